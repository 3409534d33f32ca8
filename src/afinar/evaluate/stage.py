"""`evaluate(run_id, workspace)`: the evaluate stage's entry point.

It loads the run's tuned model and the examples it must be judged on (the held-out test split of
the run's dataset version, plus `evaluate.extra_test_sets`), runs the task's recipe
(`classifier.py` or `generator.py`), checks the spec's policy gates, writes the report
(JSON, HTML, Markdown) as one artifact, records it in the `evaluations` table, and writes
`eval.completed` (and one `eval.gate_failed` per failed gate) to the audit log.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from afinar.audit import AuditLog, current_actor
from afinar.config import LoadedSpec, Spec
from afinar.data.example import Example
from afinar.errors import NotFoundError, UsageError
from afinar.evaluate.gates import check_gates
from afinar.evaluate.job import EvalJob
from afinar.evaluate.models import device as pick_device
from afinar.evaluate.models import inference_dtype, load_tuned
from afinar.evaluate.records import EVALUATION_FILE, Evaluation, get_evaluation, new_evaluation_id, record_evaluation
from afinar.evaluate.test_sets import TestSet, extra_test_set, sample_examples
from afinar.workspace import Workspace

SCHEMA = "afinar.evaluation/1"


def evaluate(
    run_id: str,
    workspace: Workspace,
    *,
    loaded: LoadedSpec | None = None,
    examples: Mapping[str, list[Example]] | None = None,
    log: Callable[[str], None] = print,
) -> Evaluation:
    """Evaluate a completed training run; returns the stored evaluation.

    `run_id`: an id, unique prefix or `latest:<project>`. `loaded`: take the `evaluate:` settings
    (gates, extra test sets, …) from this spec instead of the one the run was trained with, and
    resolve extra test files against its folder. `examples`: in-memory {"train": […], "test": […]}
    instead of the run's dataset version (tests, benchmarks).
    """
    from afinar.train import get_run

    started = time.perf_counter()
    run = get_run(workspace, run_id)
    spec = loaded.spec if loaded is not None else Spec.model_validate(run.spec)
    if spec.project != run.project or spec.task != run.task:
        raise UsageError(f"the spec is for project {spec.project!r} ({spec.task}), run {run.id} for {run.project!r} ({run.task})")
    settings = spec.evaluate
    log(f"evaluating run {run.id} ({run.task}, {run.method} on {run.base_model})")

    # The examples: the test split the run never saw, the training split, extra test files.
    if examples is not None:
        test_examples, train_examples, source = list(examples["test"]), list(examples.get("train", [])), "in-memory examples"
    else:
        test_examples, train_examples, source = _dataset_splits(workspace, run)
    test = TestSet("test", sample_examples(test_examples, settings.max_test_examples, settings.seed), source)
    spec_file = loaded if loaded is not None else LoadedSpec(spec, Path.cwd() / "afinar.yaml")
    extra = [extra_test_set(spec_file, workspace, written) for written in settings.extra_test_sets]
    extra = [TestSet(s.name, sample_examples(s.examples, settings.max_test_examples, settings.seed), s.source, s.skipped) for s in extra]
    tuned = load_tuned(run, workspace, log=log)
    dtype, device = inference_dtype(settings.dtype), pick_device()
    threads = _set_threads(settings.threads) if device == "cpu" else None
    log(f"{len(test.examples)} test examples" + "".join(f", {len(s.examples)} in {s.name}" for s in extra)
        + f"; inference {dtype} on {device}" + (f", {threads} thread(s)" if threads else ""))

    job = EvalJob(run=run, workspace=workspace, spec=spec, tuned=tuned, test=test, extra=extra, train_examples=train_examples, dtype=dtype, device=device, log=log)
    if run.task == "classification":
        from afinar.evaluate.classifier import evaluate_classifier as recipe
    else:
        from afinar.evaluate.generator import evaluate_generator as recipe
    outcome = recipe(job)

    metrics = headline_metrics(outcome)
    verdicts = check_gates(settings.gates, metrics)
    result = {
        "schema": SCHEMA,
        "id": new_evaluation_id(),
        "project": run.project,
        "task": run.task,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_by": current_actor(),
        "run": {
            "id": run.id, "method": run.method, "base_model": run.base_model, "base_weights_sha256": run.base_weights_sha256,
            "dataset_id": run.dataset_id, "parent_run_id": run.parent_run_id, "output_sha256": run.output_sha256, "steps": run.steps,
            "train_loss": run.train_loss, "val_loss": run.val_loss, "best_val_loss": run.best_val_loss, "stop_reason": run.stop_reason,
        },
        "settings": settings.model_dump(mode="json"),
        "inference": {"dtype": dtype, "device": device},
        "primary_metric": outcome["primary_metric"],
        "metrics": metrics,
        "comparison": (outcome["test"].get("comparisons") or {}).get(outcome["primary_metric"]),
        "test": outcome["test"],
        "extra_test_sets": outcome["extra_test_sets"],
        "forgetting": outcome["forgetting"],
        "fairness": outcome["test"].get("fairness"),
        "memorisation": outcome["memorisation"],
        "gates": [v.to_json() for v in verdicts],
        "passed": all(v.passed for v in verdicts),
        "chat_format": outcome.get("chat_format"),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)

    from afinar.evaluate.report import loss_curves

    curves = loss_curves(workspace, run.id)
    artifact = _store(workspace, result, curves)
    record_evaluation(workspace, result, artifact)
    _audit(workspace, result, artifact)
    log(_summary_line(result))
    return get_evaluation(workspace, result["id"])


def headline_metrics(outcome: dict[str, Any]) -> dict[str, float | None]:
    """The gate-able numbers (gates.METRICS) of the test split, tuned model."""
    test = outcome["test"]
    metrics: dict[str, float | None] = {}
    for name, value in test["tuned"].items():
        if isinstance(value, (int, float)) and name != "examples" and name != "reference_tokens":
            metrics[name] = float(value)
    primary = (test.get("comparisons") or {}).get(outcome["primary_metric"])
    metrics["improvement_over_base"] = primary["difference"] if primary else None
    metrics["improvement_ci_low"] = primary["ci_low"] if primary else None
    fairness = test.get("fairness") or {}
    metrics["fairness_gap"] = fairness.get("fairness_gap")
    metrics["fairness_ratio"] = fairness.get("fairness_ratio")
    for name in ("demographic_parity_difference", "equalized_odds_difference"):  # classifiers only
        if name in fairness:
            metrics[name] = fairness[name]
    metrics["forgetting"] = outcome["forgetting"]["forgetting"] if outcome.get("forgetting") else None
    memorisation = outcome.get("memorisation") or {}
    if "memorised_pii" in memorisation:
        metrics["memorised_pii"] = float(memorisation["memorised_pii"])
    return metrics


def _dataset_splits(workspace: Workspace, run) -> tuple[list[Example], list[Example], str]:
    from afinar.data import get_dataset

    if not run.dataset_id:
        raise NotFoundError(f"run {run.id} was trained on in-memory examples: it has no dataset version with a test split")
    version = get_dataset(workspace, run.dataset_id)
    test = list(version.examples("test"))
    if not test:
        raise UsageError(
            f"dataset {version.short_id} has an empty test split: there is nothing held out to evaluate on",
            hint="set data.split.test (e.g. 0.1) and prepare the data again",
        )
    return test, list(version.examples("train")), f"dataset {version.id} split test"


def _store(workspace: Workspace, result: dict[str, Any], curves: dict[str, Any]) -> str:
    from afinar.evaluate.report import write_reports

    build = Path(tempfile.mkdtemp(prefix="eval-", dir=workspace.root / "tmp"))
    try:
        (build / EVALUATION_FILE).write_text(json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
        write_reports(build, result, curves)
        return workspace.store.put_dir(build, kind="evaluation", meta={"run_id": result["run"]["id"], "project": result["project"]}).sha256
    finally:
        shutil.rmtree(build, ignore_errors=True)


def _audit(workspace: Workspace, result: dict[str, Any], artifact: str) -> None:
    audit = AuditLog(workspace)
    subject = f"run:{result['run']['id']}"
    for gate in result["gates"]:
        if not gate["passed"]:
            audit.append("eval.gate_failed", subject, {"evaluation": result["id"], **gate})
    audit.append(
        "eval.completed",
        subject,
        {
            "evaluation": result["id"],
            "artifact_sha256": artifact,
            "project": result["project"],
            "dataset_id": result["run"]["dataset_id"],
            "passed": result["passed"],
            "gates_failed": sum(1 for g in result["gates"] if not g["passed"]),
            "metrics": {k: v for k, v in result["metrics"].items() if v is not None},
            "seconds": result["seconds"],
        },
    )


def _summary_line(result: dict[str, Any]) -> str:
    primary = result["primary_metric"]
    comparison = result["comparison"]
    line = f"evaluation {result['id']}: {primary} {result['metrics'].get(primary):.4f}"
    if comparison:
        line += f" vs base {comparison['base']:.4f} (difference {comparison['difference']:+.4f}, {comparison['confidence']:.0%} CI {comparison['ci_low']:+.4f} … {comparison['ci_high']:+.4f})"
    failed = [g["metric"] for g in result["gates"] if not g["passed"]]
    line += f"; gates: {'all passed' if not failed else 'FAILED ' + ', '.join(failed)}" if result["gates"] else "; no gates"
    return line


def _set_threads(setting) -> int:
    """Torch's CPU threads for this evaluation (`evaluate.threads`); a training run earlier in
    the same process may have left a count chosen for another load."""
    import torch

    from afinar.train.hardware import auto_threads

    threads = setting if setting != "auto" else auto_threads()[0]
    torch.set_num_threads(threads)
    return threads
