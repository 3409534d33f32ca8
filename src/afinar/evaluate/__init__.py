"""The evaluate stage: held-out metrics, tuned vs base on the same split, forgetting, per-group
fairness, memorisation, policy gates, and the evaluation report.

Entry point: `evaluate(run_id, workspace, *, log=print) -> Evaluation` (see
`afinar.evaluate.stage`); stored evaluations: `get_evaluation`, `list_evaluations`; the tuned
model of a run: `load_tuned`. Importing this package is cheap (the spec loader imports
`afinar.evaluate.gates`); torch, transformers, scikit-learn and fairlearn load on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afinar.evaluate.gates import METRICS, check_gates, parse_gate
    from afinar.evaluate.models import load_tuned
    from afinar.evaluate.records import Evaluation, get_evaluation, list_evaluations
    from afinar.evaluate.stage import evaluate

__all__ = ["METRICS", "Evaluation", "check_gates", "evaluate", "get_evaluation", "list_evaluations", "load_tuned", "parse_gate"]

_LAZY = {
    "evaluate": "afinar.evaluate.stage",
    "Evaluation": "afinar.evaluate.records",
    "get_evaluation": "afinar.evaluate.records",
    "list_evaluations": "afinar.evaluate.records",
    "load_tuned": "afinar.evaluate.models",
    "METRICS": "afinar.evaluate.gates",
    "check_gates": "afinar.evaluate.gates",
    "parse_gate": "afinar.evaluate.gates",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'afinar.evaluate' has no attribute {name!r}")
