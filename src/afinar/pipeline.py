"""`afinar run`: the whole life cycle of a project spec, stage by stage.

Each stage is a function from (spec, workspace) to a `StageResult`; stages talk only through
the workspace (artifacts, database rows, audit events). Stages that have not been built yet
are listed as such, never faked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from afinar.audit import AuditLog
from afinar.config import LoadedSpec
from afinar.workspace import Workspace
from afinar.workspace.atomic import atomic_write_text


@dataclass
class StageResult:
    stage: str
    summary: str
    outputs: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


Stage = Callable[[LoadedSpec, Workspace, Callable[[str], None]], StageResult]

# Stages of DESIGN.md's pipeline not built yet, in order; `afinar run` says so in its summary.
PENDING_STAGES: tuple[str, ...] = ()


def model_stage(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None]) -> StageResult:
    """Pull the base model into the cache, load it with the task's head, run one forward pass."""
    import torch

    from afinar.models import load_base, pull

    spec = loaded.spec
    pulled = pull(spec.base_model, workspace, log=log)
    head = "classification" if spec.task == "classification" else "causal-lm"
    model, tokenizer = load_base(spec.base_model, workspace, head=head, num_labels=2, log=log)
    sample = tokenizer(["Olá, preciso de ajuda com a minha fatura deste mês."], return_tensors="pt")
    with torch.inference_mode():
        output = model(**sample)
    finite = bool(torch.isfinite(output.logits).all())
    if not finite:
        from afinar.errors import ModelUnavailableError

        raise ModelUnavailableError(f"{spec.base_model}: the forward pass produced NaN/inf; the weights are broken")
    return StageResult(
        stage="models",
        summary=f"{pulled.name}: {pulled.architecture}, {pulled.parameters / 1e6:.1f}M parameters, {pulled.licence}; forward pass ok",
        outputs={
            "base_model": pulled.name,
            "weights_sha256": pulled.weights_sha256,
            "parameters": pulled.parameters,
            "logits_shape": list(output.logits.shape),
        },
    )


def data_stage(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None]) -> StageResult:
    """Prepare the spec's data into a versioned dataset (reused at once when nothing changed)."""
    from afinar.data import prepare

    version = prepare(loaded, workspace, log=log)
    return StageResult(
        stage="data",
        summary=f"dataset {version.short_id}{' (reused)' if version.reused else ''}: {version.splits['train']} train, "
        f"{version.splits['validation']} validation, {version.splits['test']} test; {version.dropped} dropped; "
        f"worst bias finding: {version.worst_finding or 'none'}",
        outputs={"dataset": version.id, "splits": version.splits, "dropped": version.dropped, "worst_finding": version.worst_finding},
    )


def train_stage(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None]) -> StageResult:
    """Fine-tune on the dataset version the data stage just prepared (or reused)."""
    from afinar.train import train

    run = train(loaded, workspace, dataset_id=_dataset_just_prepared(loaded, workspace), progress=True, log=log)
    return StageResult(
        stage="train",
        summary=f"run {run.id}: {run.method}, {run.steps} steps, train loss {run.train_loss:.4f}"
        + (f", validation loss {run.val_loss:.4f}" if run.val_loss is not None else "")
        + f" ({run.stop_reason}); output {run.output_sha256[:12]}",
        outputs={"run": run.id, "dataset": run.dataset_id, "steps": run.steps, "train_loss": run.train_loss, "val_loss": run.val_loss, "output_sha256": run.output_sha256},
    )


def _dataset_just_prepared(loaded: LoadedSpec, workspace: Workspace) -> str | None:
    """The dataset of this project's newest `data.prepared` / `data.reused` audit event (the data
    stage's output, read from the record rather than passed between stages)."""
    for event in AuditLog(workspace).events(action="data.", newest_first=True, limit=200):
        if event.action in ("data.prepared", "data.reused") and event.details.get("project") == loaded.spec.project:
            return event.subject.split(":", 1)[1]
    return None


def evaluate_stage(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None]) -> StageResult:
    """Evaluate the run the train stage just finished: held-out metrics, base comparison,
    forgetting, fairness, memorisation and the spec's gates. A failed gate is reported (and the
    registry records it), not raised: `afinar eval RUN --strict` is the command that fails on it."""
    from afinar.errors import NotFoundError
    from afinar.evaluate import evaluate

    run_id = _run_just_trained(loaded, workspace)
    if run_id is None:
        raise NotFoundError(f"project {loaded.spec.project!r} has no completed run to evaluate")
    evaluation = evaluate(run_id, workspace, loaded=loaded, log=log)
    result = evaluation.result
    primary = evaluation.primary_metric
    parts = [f"{evaluation.id}: {primary} {evaluation.tuned_value:.4f}"]
    for test_set in [result["test"], *result["extra_test_sets"]]:
        c = (test_set.get("comparisons") or {}).get(primary)
        if c:
            parts.append(f"{test_set['name']}: tuned {c['tuned']:.4f} vs base {c['base']:.4f} ({c['difference']:+.4f}, CI {c['ci_low']:+.4f} … {c['ci_high']:+.4f})")
    if result["metrics"].get("forgetting") is not None:
        parts.append(f"forgetting {result['metrics']['forgetting']:.4f}")
    failed = [gate["metric"] for gate in result["gates"] if not gate["passed"]]
    parts.append(f"gates FAILED: {', '.join(failed)}" if failed else ("gates passed" if result["gates"] else "no gates"))
    return StageResult(
        stage="evaluate",
        summary="; ".join(parts),
        outputs={"evaluation": evaluation.id, "run": run_id, "passed": evaluation.passed, "gates_failed": failed,
                 "metrics": {k: v for k, v in result["metrics"].items() if v is not None}, "report": str(evaluation.report_html)},
    )


def registry_stage(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None]) -> StageResult:
    """Register the run the train stage just finished as a candidate model version, with its
    evaluation when it has one; acting as `$AFINAR_TOKEN`'s user or the local OS user."""
    from afinar.errors import NotFoundError
    from afinar.registry import Registry

    run_id = _run_just_trained(loaded, workspace)
    if run_id is None:
        raise NotFoundError(f"project {loaded.spec.project!r} has no completed run to register")
    registry = Registry(workspace)
    version = registry.register(run_id, registry.cli_identity())
    gates = {True: "evaluation gates passed", False: "evaluation gates FAILED", None: "not evaluated"}[version.gates_passed]
    return StageResult(
        stage="registry",
        summary=f"{version.id}: candidate ({gates}); next: `afinar registry submit {version.id}`, then a reviewer approves",
        outputs={"model_version": version.id, "run": run_id, "evaluation": version.evaluation_id, "gates_passed": version.gates_passed},
    )


def _run_just_trained(loaded: LoadedSpec, workspace: Workspace) -> str | None:
    """The run of this project's newest `train.completed` audit event (read from the record)."""
    from afinar.train import get_run

    for event in AuditLog(workspace).events(action="train.completed", newest_first=True, limit=200):
        run_id = event.subject.split(":", 1)[1]
        if get_run(workspace, run_id).project == loaded.spec.project:
            return run_id
    return None


# The data stage comes after models: it measures lengths with the base model's tokenizer.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("models", model_stage), ("data", data_stage), ("train", train_stage), ("evaluate", evaluate_stage), ("registry", registry_stage)
)


def run_pipeline(loaded: LoadedSpec, workspace: Workspace, log: Callable[[str], None] = print) -> list[StageResult]:
    """Run every available stage on the spec; each start, end and failure goes to the audit log."""
    audit = AuditLog(workspace)
    import json

    spec_artifact = workspace.store.put_bytes(
        (json.dumps(loaded.resolved(), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"),
        kind="spec",
        meta={"project": loaded.spec.project},
    )
    subject = f"project:{loaded.spec.project}"
    audit.append("pipeline.started", subject, {"spec_sha256": spec_artifact.sha256, "stages": [name for name, _ in STAGES]})
    results = []
    for name, stage in STAGES:
        log(f"stage {name}")
        started = time.perf_counter()
        try:
            result = stage(loaded, workspace, log)
        except Exception as exc:
            audit.append("pipeline.stage_failed", subject, {"stage": name, "error": type(exc).__name__})
            raise
        result.seconds = round(time.perf_counter() - started, 2)
        audit.append("pipeline.stage_completed", subject, {"stage": name, "seconds": result.seconds, **result.outputs})
        results.append(result)
    summary = {"spec_sha256": spec_artifact.sha256, "stages": [r.__dict__ for r in results], "pending": list(PENDING_STAGES)}
    atomic_write_text(
        workspace.root / "runs" / f"{loaded.spec.project}-last-run.json",
        json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
    )
    audit.append("pipeline.completed", subject, {"spec_sha256": spec_artifact.sha256, "completed": [r.stage for r in results]})
    return results
