"""What both evaluation recipes receive: the run, its settings, the examples, the machine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from afinar.data.example import Example
from afinar.evaluate.models import LoadedModel
from afinar.evaluate.test_sets import TestSet
from afinar.workspace import Workspace


@dataclass
class EvalJob:
    run: Any  # afinar.train.TrainRun
    workspace: Workspace
    spec: Any  # afinar.config.Spec the evaluation settings come from
    tuned: LoadedModel
    test: TestSet
    extra: list[TestSet]
    train_examples: list[Example]
    dtype: str  # float32 | bfloat16 (autocast)
    device: str
    log: Callable[[str], None]

    @property
    def settings(self):
        return self.spec.evaluate

    @property
    def max_len(self) -> int:
        """The training cut: longer inputs are cut the same way at evaluation."""
        return int(self.run.spec.get("train", {}).get("max_seq_len", 512))

    @property
    def group_fields(self) -> list[str]:
        return list(self.spec.data.group_fields)
