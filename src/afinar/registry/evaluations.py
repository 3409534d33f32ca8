"""What the registry reads from the evaluate stage: a run's evaluation, its gate verdicts, and
which test set its numbers were measured on. Only the `evaluations` table and each
evaluation's `evaluation.json` are read (docs/evaluation.md), never the evaluate internals."""

from __future__ import annotations

from typing import Any

from afinar.workspace import Workspace


def evaluation_of_run(workspace: Workspace, run_id: str):
    """The newest evaluation of `run_id` on its own dataset's test split (not a re-evaluation
    on another model's test set, which the champion comparison makes), or None."""
    from afinar.evaluate.records import list_evaluations

    for evaluation in list_evaluations(workspace, run_id=run_id):
        if is_own_test_split(evaluation):
            return evaluation
    return None


def is_own_test_split(evaluation) -> bool:
    """Whether the evaluation measured the test split of the run's own dataset version."""
    dataset_id = evaluation.result.get("run", {}).get("dataset_id")
    return dataset_id is None or test_set_of(evaluation)["source"] == f"dataset {dataset_id} split test"


def get_evaluation(workspace: Workspace, evaluation_id: str):
    from afinar.evaluate.records import get_evaluation as get

    return get(workspace, evaluation_id)


def test_set_of(evaluation) -> dict[str, Any]:
    """Where an evaluation's headline numbers come from: the test split's source, its size and
    the sampling settings. Two evaluations are comparable when these are equal."""
    result = evaluation.result
    test = result.get("test") or {}
    settings = result.get("settings") or {}
    return {
        "source": test.get("source") or "unknown",
        "examples": test.get("examples"),
        "max_test_examples": settings.get("max_test_examples"),
        "seed": settings.get("seed"),
    }


def same_test_set(a, b) -> bool:
    keys = ("source", "examples", "max_test_examples", "seed")
    first, second = test_set_of(a), test_set_of(b)
    # In-memory examples have no identity: two such evaluations are never known to share a test set.
    return first["source"].startswith("dataset ") and all(first[k] == second[k] for k in keys)


def failed_gates(evaluation) -> list[dict[str, Any]]:
    return [gate for gate in evaluation.gates if not gate.get("passed")]


def describe_failures(evaluation) -> str:
    failures = failed_gates(evaluation)
    return "; ".join(f"{g['metric']} {g['expression']}: {g.get('reason', 'failed')}" for g in failures) or "no gate failed"
