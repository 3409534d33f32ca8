"""`train(loaded_spec, workspace)`: the train stage's entry point.

It resolves what to train on (a prepared dataset version) and from (the base model, or a parent
run for an incremental update), records the run with its lineage, calls the task's recipe, and
stores the result; `train.started` / `train.completed` / `train.failed` go to the audit log.
With `nproc > 1` it launches that many processes through `accelerate` (DDP; gloo on CPU) and
each of them comes back here as one rank.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from typing import Any

from afinar.audit import AuditLog, current_actor
from afinar.config import LoadedSpec
from afinar.data.example import Example
from afinar.errors import AfinarError, NotFoundError, UsageError
from afinar.train.checkpoint import latest_checkpoint
from afinar.train.records import (
    TrainRun,
    create_run,
    finish_run,
    forget_metrics_after,
    get_run,
    list_runs,
    new_run_id,
    run_folder,
)
from afinar.train.tracking import MetricsSink
from afinar.workspace import Workspace

RESUMABLE = ("running", "failed", "interrupted")


def train(
    loaded: LoadedSpec,
    workspace: Workspace,
    *,
    dataset_id: str | None = None,
    resume: bool = False,
    from_run: str | None = None,
    max_steps: int | None = None,
    nproc: int = 1,
    examples: Mapping[str, list[Example]] | None = None,
    progress: bool = False,
    log: Callable[[str], None] = print,
    run_id: str | None = None,
) -> TrainRun:
    """Fine-tune the spec's base model on a dataset version; returns the recorded run.

    `dataset_id`: a prepared version (default: the project's newest). `resume`: continue the
    project's newest interrupted run from its last checkpoint. `from_run`: start from a completed
    run's adapter or weights (incremental update). `max_steps`: cap the optimizer steps.
    `examples`: in-memory splits {"train": [...], "validation": [...]} instead of a dataset version
    (tests, benchmarks). `run_id` is used by the distributed launcher.
    """
    import warnings

    # PEFT asks transformers a deprecated question on every wrap; the answer is right, the warning noise.
    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
    if max_steps is not None:
        loaded = LoadedSpec(loaded.spec.model_copy(update={"train": loaded.spec.train.model_copy(update={"max_steps": max_steps})}), loaded.path)
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    if nproc > 1 and world_size == 1:
        if examples is not None:
            raise UsageError("in-memory examples cannot be sent to other processes; train on a dataset version with --nproc")
        from afinar.train.launch import launch_ranks

        return launch_ranks(loaded, workspace, nproc=nproc, dataset_id=dataset_id, resume=resume, from_run=from_run, log=log)
    if world_size > 1:
        import torch
        from accelerate import PartialState

        PartialState(cpu=not torch.cuda.is_available())  # joins the process group (gloo on CPU, nccl on GPUs)
    say = log if rank == 0 else (lambda _message: None)
    spec = loaded.spec

    previous = _run_to_resume(workspace, loaded, run_id) if resume else None
    if previous is not None:
        run_id, dataset_id, from_run = previous.id, previous.dataset_id, previous.parent_run_id
    parent = _parent_run(workspace, spec, from_run) if from_run else None
    if examples is None:
        from afinar.train.examples import dataset_examples

        dataset_id, splits = dataset_examples(workspace, spec.project, spec.task, dataset_id)
    else:
        splits = {"train": list(examples.get("train", [])), "validation": list(examples.get("validation", []))}
    from afinar.models import cached, pull

    base = cached(spec.base_model, workspace) if rank else pull(spec.base_model, workspace, log=say)
    resolved = loaded.resolved()
    run_id = run_id or new_run_id()
    audit = AuditLog(workspace)
    subject = f"run:{run_id}"
    if rank == 0:
        if previous is None and not _run_exists(workspace, run_id):
            create_run(
                workspace,
                id=run_id,
                project=spec.project,
                task=spec.task,
                method=spec.train.method,
                base_model=spec.base_model,
                base_weights_sha256=base.weights_sha256,
                dataset_id=dataset_id,
                parent_run_id=parent.id if parent else None,
                spec_json=json.dumps(resolved, sort_keys=True, ensure_ascii=False),
                spec_sha256=_sha256_json(resolved),
                created_by=current_actor(),
            )
            audit.append(
                "train.started",
                subject,
                {"project": spec.project, "task": spec.task, "method": spec.train.method, "base_model": spec.base_model,
                 "base_weights_sha256": base.weights_sha256, "dataset_id": dataset_id, "parent_run_id": parent.id if parent else None,
                 "spec_sha256": _sha256_json(resolved), "processes": world_size},
            )
            say(f"run {run_id}: {spec.task} / {spec.train.method} on {spec.base_model}, dataset {dataset_id[:12] if dataset_id else '(in memory)'}")
        else:
            checkpoint = latest_checkpoint(run_folder(workspace, run_id) / "checkpoints")
            step = int(checkpoint.name.split("-")[1]) if checkpoint else 0
            forget_metrics_after(workspace, run_id, step)
            from afinar.train.records import update_run

            update_run(workspace, run_id, status="running", error=None)
            audit.append("train.resumed", subject, {"step": step, "processes": world_size})
            say(f"resuming run {run_id} from step {step}")

    from afinar.train.job import TrainJob
    from afinar.train.recipes.classify import classify
    from afinar.train.recipes.sft import sft

    recipe = classify if spec.task == "classification" else sft
    folder = run_folder(workspace, run_id)
    sink = MetricsSink(workspace if rank == 0 else None, run_id, mlflow_uri=spec.train.mlflow_uri if rank == 0 else None, params=resolved)
    job = TrainJob(
        loaded=loaded, workspace=workspace, run_id=run_id, run_dir=folder, examples=splits, base=base, parent=parent,
        dataset_id=dataset_id, resume=previous is not None, sink=sink, rank=rank, world_size=world_size,
        show_progress=progress, log=say, resumed_plan=previous.plan if previous is not None else None,
    )
    try:
        with _exclusive(folder, rank):
            result = recipe(job)
    except BaseException as exc:
        if rank == 0:
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            message = exc.message if isinstance(exc, AfinarError) else f"{type(exc).__name__}: {str(exc)[:500]}"
            sink.close(status)
            finish_run(workspace, run_id, status, error=message)
            audit.append("train.failed", subject, {"status": status, "error_type": type(exc).__name__})
        raise
    if rank == 0:
        state = result.state
        sink.close("completed")
        finish_run(
            workspace, run_id, "completed", output_sha256=result.output_sha256, steps=state.step, train_loss=state.train_loss,
            val_loss=state.val_loss, best_val_loss=state.best_val_loss, stop_reason=state.stop_reason,
        )
        audit.append(
            "train.completed",
            subject,
            {"steps": state.step, "train_loss": state.train_loss, "val_loss": state.val_loss, "best_val_loss": state.best_val_loss,
             "restored_step": state.restored_step, "stop_reason": state.stop_reason, "output_sha256": result.output_sha256, "dataset_id": dataset_id,
             "seconds": round(state.elapsed_s, 1), "tokens": state.tokens_seen},
        )
        say(f"run {run_id} completed: {state.step} steps, train loss {state.train_loss:.4f}"
            + (f", validation loss {state.val_loss:.4f}" if state.val_loss is not None else "") + f" ({state.stop_reason})")
    if world_size > 1:
        import torch

        torch.distributed.barrier()
    return get_run(workspace, run_id)


def _run_to_resume(workspace: Workspace, loaded: LoadedSpec, run_id: str | None) -> TrainRun | None:
    """The run to continue: the given one, or the project's newest unfinished run with a checkpoint."""
    if run_id is not None:
        return get_run(workspace, run_id) if _run_exists(workspace, run_id) else None
    for run in list_runs(workspace, loaded.spec.project):
        if run.status == "completed":
            break  # a newer completed run: older interrupted ones are stale
        if run.status in RESUMABLE and latest_checkpoint(run_folder(workspace, run.id) / "checkpoints"):
            if _training_relevant(run.spec) != _training_relevant(loaded.resolved()):
                raise UsageError(
                    f"run {run.id} was started with a different base_model/task/train section; it cannot be resumed with this spec",
                    hint="restore the spec it was started with, or start a new run without --resume",
                )
            return run
    raise NotFoundError(
        f"project {loaded.spec.project!r} has no interrupted run with a checkpoint to resume",
        hint="start a new run without --resume",
    )


def _parent_run(workspace: Workspace, spec, from_run: str) -> TrainRun:
    parent = get_run(workspace, from_run)
    if parent.status != "completed" or not parent.output_sha256:
        raise UsageError(f"run {parent.id} did not complete (status {parent.status}); only a completed run can be continued")
    if parent.base_model != spec.base_model or parent.task != spec.task:
        raise UsageError(
            f"run {parent.id} tuned {parent.base_model} for {parent.task}; this spec tunes {spec.base_model} for {spec.task}",
            hint="an incremental run keeps the parent's base model and task",
        )
    return parent


def _run_exists(workspace: Workspace, run_id: str) -> bool:
    from afinar.workspace.schema import RunRow

    with workspace.session() as session:
        return session.get(RunRow, run_id) is not None


def _training_relevant(resolved: dict[str, Any]) -> dict[str, Any]:
    return {"task": resolved.get("task"), "base_model": resolved.get("base_model"), "train": resolved.get("train")}


def _sha256_json(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class _exclusive:
    """Hold `<run>/.lock` while training, so a run is never trained by two processes at once
    (the operating system drops the lock if the process is killed)."""

    def __init__(self, folder, rank: int) -> None:
        self.path = folder / ".lock"
        self.rank = rank
        self.lock = None

    def __enter__(self):
        if self.rank == 0:
            from filelock import FileLock, Timeout

            self.lock = FileLock(str(self.path))
            try:
                self.lock.acquire(timeout=0)
            except Timeout:
                raise UsageError(f"run {self.path.parent.name} is being trained by another process right now") from None
        return self

    def __exit__(self, *exc) -> None:
        if self.lock is not None:
            self.lock.release()
