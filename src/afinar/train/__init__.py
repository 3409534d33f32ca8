"""The train stage: fine-tune a base model on a prepared dataset version.

Entry point: `train(loaded_spec, workspace, *, dataset_id=None, resume=False, from_run=None,
max_steps=None, nproc=1, log=print) -> TrainRun` (see `afinar.train.stage`). Two recipes,
`recipes/sft.py` (causal LM) and `recipes/classify.py` (sequence classification), each LoRA or
full. Importing this package is cheap: torch and transformers load when training starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.train.records import TrainRun, get_run, list_runs, run_metrics
    from afinar.train.stage import train

__all__ = ["TrainRun", "get_run", "list_runs", "run_metrics", "train"]

_LAZY = {
    "train": "afinar.train.stage",
    "TrainRun": "afinar.train.records",
    "get_run": "afinar.train.records",
    "list_runs": "afinar.train.records",
    "run_metrics": "afinar.train.records",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.train' has no attribute {name!r}")
