"""Both recipes × both methods on the real offline models: a few steps, and the loss falls."""

from __future__ import annotations

import json

import pytest

from afinar.config import load_spec
from afinar.train import run_metrics, train

from .conftest import chat_records, split_examples, ticket_records, write_project

CASES = [
    # (task, base model, method, learning rate, extra train settings)
    ("sft", "smollm2-135m-instruct", "lora", 2e-3, {}),
    ("sft", "smollm2-135m-instruct", "full", 1e-4, {}),
    ("sft", "gemma3-270m", "lora", 2e-3, {}),
    ("classification", "minilm-l6", "lora", 3e-3, {}),
    ("classification", "minilm-l6", "full", 3e-4, {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("task", "base_model", "method", "learning_rate", "extra"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_recipe_runs_and_loss_falls(tmp_path, model_workspace, task, base_model, method, learning_rate, extra):
    records = chat_records(40) if task == "sft" else ticket_records(80)
    spec_path = write_project(
        tmp_path / "p", task=task, base_model=base_model, records=records,
        train={"method": method, "learning_rate": learning_rate, "batch_size": 4, "max_seq_len": 96, "max_steps": 6,
               "eval_every": 3, "warmup_ratio": 0.0, "schedule": "constant", **extra},
    )
    loaded = load_spec(spec_path)
    run = train(loaded, model_workspace, examples=split_examples(loaded, records, validation=8), log=lambda _m: None)

    assert run.status == "completed" and run.steps == 6
    validations = run_metrics(model_workspace, run.id, "validation")
    assert [v["step"] for v in validations] == [0, 3, 6]
    assert validations[-1]["loss"] < 0.8 * validations[0]["loss"], validations
    assert len(run_metrics(model_workspace, run.id, "train")) == 6
    output = run.output_path(model_workspace)
    record = json.loads((output / "afinar-run.json").read_text(encoding="utf-8"))
    assert record["run_id"] == run.id and record["base_weights_sha256"] == run.base_weights_sha256
    if method == "lora":
        assert (output / "adapter_model.safetensors").exists() and (output / "adapter_config.json").exists()
    else:
        assert (output / "model.safetensors").exists()
    assert (output / "tokenizer_config.json").exists()
    if task == "sft" and base_model == "gemma3-270m":
        assert record["chat_format"] == "plain"


@pytest.mark.slow
def test_multi_label_classification_and_pooler_is_trained(tmp_path, model_workspace):
    from safetensors import safe_open

    records = ticket_records(80, multi_label=True)
    spec_path = write_project(
        tmp_path / "p", task="classification", base_model="minilm-l6", records=records,
        train={"method": "lora", "learning_rate": 3e-3, "batch_size": 8, "max_seq_len": 64, "max_steps": 6, "eval_every": 6},
    )
    loaded = load_spec(spec_path)
    run = train(loaded, model_workspace, examples=split_examples(loaded, records, validation=16), log=lambda _m: None)
    output = run.output_path(model_workspace)
    record = json.loads((output / "afinar-run.json").read_text(encoding="utf-8"))
    assert record["multi_label"] is True and record["labels"] == ["cancelamento", "fatura", "internet"]
    assert "micro_f1" in record["validations"][-1]
    validations = run_metrics(model_workspace, run.id, "validation")
    assert validations[-1]["loss"] < validations[0]["loss"]
    with safe_open(str(output / "adapter_model.safetensors"), "pt") as saved:
        names = list(saved.keys())
    # modules_to_save: BERT's untrained pooler and the new head are saved (trained) in full.
    assert any("pooler" in name for name in names) and any("classifier" in name for name in names)
