"""The two models an evaluation compares: the tuned model of a run, and its base model.

`load_tuned(run, workspace)` reads the run's output artifact (weights or LoRA adapter, tokenizer,
`afinar-run.json`) and returns a plain transformers model, with a LoRA adapter merged into the
weights it was trained on: the base model (checked against the weights hash the run recorded),
or, for an incremental run, the weights its parent run started from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afinar.errors import AfinarError, UsageError
from afinar.workspace import Workspace

RUN_RECORD = "afinar-run.json"  # written by the train stage into every run output


@dataclass
class LoadedModel:
    model: Any
    tokenizer: Any
    record: dict[str, Any]  # the run's afinar-run.json ({} for a base model)


def run_record(run, workspace: Workspace) -> dict[str, Any]:
    """The run's `afinar-run.json`: labels, chat format, validation history, …"""
    path = run.output_path(workspace) / RUN_RECORD
    return json.loads(path.read_text(encoding="utf-8"))


def load_tuned(run, workspace: Workspace, *, log=print) -> LoadedModel:
    """The tuned model of a completed run, in eval mode, fp32 weights."""
    if run.status != "completed" or not run.output_sha256:
        raise UsageError(f"run {run.id} is {run.status}; only a completed run can be evaluated", hint="see `afinar train list`")
    output = run.output_path(workspace)
    record = run_record(run, workspace)
    head = "classification" if run.task == "classification" else "causal-lm"
    num_labels = len(record.get("labels") or []) or None
    if run.method == "full":
        model = _from_folder(output, head, num_labels)
    else:
        from peft import PeftModel

        start = _starting_weights(run, workspace, log)
        model = _from_folder(start, head, num_labels)
        model = PeftModel.from_pretrained(model, output).merge_and_unload()
    tokenizer = _tokenizer(output)
    if head == "classification" and record.get("labels"):
        model.config.id2label = dict(enumerate(record["labels"]))
        model.config.label2id = {label: i for i, label in enumerate(record["labels"])}
    model.eval()
    return LoadedModel(model, tokenizer, record)


def load_base_model(name: str, workspace: Workspace, *, head: str, log=print) -> LoadedModel:
    """The base model as it was before tuning (`encoder` for classification, `causal-lm` for sft)."""
    from afinar.models import load_base

    model, tokenizer = load_base(name, workspace, head=head, log=log)
    model.eval()
    return LoadedModel(model, tokenizer, {})


def _starting_weights(run, workspace: Workspace, log) -> Path:
    """The folder of the weights a LoRA run's adapter applies to."""
    if run.parent_run_id is None:
        from afinar.models import cached, pull

        base = cached(run.base_model, workspace) or pull(run.base_model, workspace, log=log)
        if base.weights_sha256 != run.base_weights_sha256:
            raise AfinarError(
                f"the base model {run.base_model!r} in the model cache (weights {base.weights_sha256[:12]}) is not the one run "
                f"{run.id} was trained on ({run.base_weights_sha256[:12]}); its adapter would be applied to other weights",
                hint=f"restore that version of the model (`afinar models pull {run.base_model} --force` from the same source)",
            )
        return base.path
    from afinar.train import get_run

    parent = get_run(workspace, run.parent_run_id)
    if parent.method == "full":
        return parent.output_path(workspace)
    return _starting_weights(parent, workspace, log)  # lora → lora: the same adapter, continued


def _from_folder(folder: Path, head: str, num_labels: int | None):
    import torch
    from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the "newly initialised head" notice: the adapter replaces it
    try:
        if head == "classification":
            return AutoModelForSequenceClassification.from_pretrained(folder, num_labels=num_labels, dtype=torch.float32)
        return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    finally:
        hf_logging.set_verbosity(verbosity)


def _tokenizer(folder: Path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def inference_dtype(setting: str) -> str:
    """`float32` or `bfloat16` for inference; `auto` measures this machine (bf16 only where its
    matmuls run at least twice as fast: AMX CPUs and GPUs with bf16)."""
    if setting != "auto":
        return setting
    import torch

    if torch.cuda.is_available():
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float32"
    from afinar.train.hardware import BF16_MIN_SPEEDUP, measure_bf16_speedup

    return "bfloat16" if measure_bf16_speedup() >= BF16_MIN_SPEEDUP else "float32"


def device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
