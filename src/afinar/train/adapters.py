"""Which weights train: LoRA adapters chosen per architecture (PEFT), or every weight; and the
starting point of an incremental run (a parent run's adapter or weights).

Frozen weights get no gradient and no optimizer state: PEFT sets `requires_grad=False` on them and
the optimizer only ever sees parameters that require a gradient.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from afinar.errors import UsageError

# Every linear layer of the attention and MLP blocks, per architecture (`model_type`).
LORA_TARGETS: dict[str, list[str] | str] = {
    "llama": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "mistral": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "qwen2": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "qwen3": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gemma": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gemma2": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "gemma3_text": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    "phi3": ["qkv_proj", "o_proj", "gate_up_proj", "down_proj"],
    # BERT: the encoder layers' linears only; a bare "dense" would also catch the pooler, which
    # `modules_to_save` trains in full instead.
    "bert": r".*encoder\.layer\.\d+\.(attention\.self\.(query|key|value)|attention\.output\.dense|intermediate\.dense|output\.dense)",
    "roberta": r".*encoder\.layer\.\d+\.(attention\.self\.(query|key|value)|attention\.output\.dense|intermediate\.dense|output\.dense)",
    "xlm-roberta": r".*encoder\.layer\.\d+\.(attention\.self\.(query|key|value)|attention\.output\.dense|intermediate\.dense|output\.dense)",
}


def lora_targets(model_type: str, configured: str | list[str]) -> list[str] | str:
    if configured == "auto":
        return LORA_TARGETS.get(model_type, "all-linear")
    return configured


def classification_modules_to_save(model) -> list[str]:
    """The classification head, and the pooler where there is one (BERT's was never trained)."""
    names = [name for name, _ in model.named_children()]
    saved = [name for name in ("classifier", "score") if name in names]
    base = getattr(model, getattr(model, "base_model_prefix", ""), None)
    if base is not None and getattr(base, "pooler", None) is not None:
        saved.append("pooler")
    return saved


def add_lora(model, lora_spec, task: str, model_type: str):
    """Wrap `model` with fresh LoRA adapters (PEFT)."""
    from peft import LoraConfig, TaskType, get_peft_model

    if lora_spec.modules_to_save == "auto":
        to_save = classification_modules_to_save(model) if task == "classification" else []
    else:
        to_save = lora_spec.modules_to_save
    config = LoraConfig(
        r=lora_spec.r,
        lora_alpha=lora_spec.alpha,
        lora_dropout=lora_spec.dropout,
        target_modules=lora_targets(model_type, lora_spec.target_modules),
        modules_to_save=to_save or None,
        task_type=TaskType.SEQ_CLS if task == "classification" else TaskType.CAUSAL_LM,
    )
    try:
        return get_peft_model(model, config)
    except ValueError as exc:
        raise UsageError(f"train.lora.target_modules: {exc}", hint="leave it `auto`, or name modules of this model") from None


def start_from_parent(model, parent_output: Path, parent_method: str, method: str, lora_spec, task: str, model_type: str, log):
    """Continue an earlier run: its adapter stays trainable (lora→lora), is merged into the weights
    (lora→full), or its weights are the new base (full→lora, full→full; loaded by the caller)."""
    from peft import PeftModel

    if parent_method == "lora":
        model = PeftModel.from_pretrained(model, parent_output, is_trainable=True)
        if method == "lora":
            log(f"continuing the parent's LoRA adapter (r={model.peft_config['default'].r}); train.lora settings of this spec are not used")
            return model
        log("merging the parent's LoRA adapter into the weights, then training every weight")
        model = model.merge_and_unload()
        for parameter in model.parameters():
            parameter.requires_grad_(True)
        return model
    return add_lora(model, lora_spec, task, model_type) if method == "lora" else model


def count_parameters(model) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    trainable = total = 0
    for parameter in model.parameters():
        total += parameter.numel()
        if parameter.requires_grad:
            trainable += parameter.numel()
    return trainable, total


def save_trained(model, tokenizer, folder: Path, method: str) -> dict[str, Any]:
    """Write the adapter (LoRA) or the full weights (safetensors) and the tokenizer into `folder`."""
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    files = sorted(p.name for p in folder.iterdir())
    return {"format": "peft-adapter" if method == "lora" else "transformers", "files": files}
