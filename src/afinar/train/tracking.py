"""Where a run's numbers go: the workspace (`run_metrics`, for loss curves in reports), a Rich
progress bar for people, and optionally a local MLflow store."""

from __future__ import annotations

import contextlib
import math
from typing import Any

from afinar.errors import UsageError
from afinar.train.records import record_metrics
from afinar.workspace import Workspace

FLUSH_EVERY = 20


class MetricsSink:
    """Buffers step metrics and writes them to the workspace (and MLflow) in small batches."""

    def __init__(self, workspace: Workspace | None, run_id: str, *, mlflow_uri: str | None = None, params: dict[str, Any] | None = None) -> None:
        self.workspace = workspace
        self.run_id = run_id
        self.pending: list[dict[str, Any]] = []
        self.mlflow = None
        if mlflow_uri and workspace is not None:
            self.mlflow = _start_mlflow(mlflow_uri, run_id, params or {})

    def add(self, row: dict[str, Any]) -> None:
        self.pending.append(row)
        if self.mlflow is not None:
            prefix = "val_" if row["split"] == "validation" else ""
            values = {f"{prefix}loss": row["loss"]}
            for key in ("learning_rate", "grad_norm", "tokens_per_s"):
                if row.get(key) is not None:
                    values[key] = row[key]
            values.update({f"{prefix}{k}": v for k, v in (row.get("extra") or {}).items() if isinstance(v, (int, float))})
            self.mlflow.log_metrics({k: v for k, v in values.items() if math.isfinite(v)}, step=row["step"])
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.workspace is not None and self.pending:
            record_metrics(self.workspace, self.run_id, self.pending)
        self.pending = []

    def close(self, status: str) -> None:
        self.flush()
        if self.mlflow is not None:
            self.mlflow.end_run(status="FINISHED" if status == "completed" else "FAILED")


def _start_mlflow(uri: str, run_id: str, params: dict[str, Any]):
    try:
        import mlflow
    except ImportError:
        raise UsageError("train.mlflow_uri is set but MLflow is not installed", hint="pip install mlflow (a local store needs no server: mlflow_uri: file:./mlruns)") from None
    mlflow.set_tracking_uri(uri)
    mlflow.set_experiment(params.get("project", "afinar"))
    mlflow.start_run(run_name=run_id)
    flat = {key: str(value)[:250] for key, value in _flatten(params).items()}
    mlflow.log_params(flat)
    return mlflow


def _flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, dict):
            out.update(_flatten(item, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = item
    return out


@contextlib.contextmanager
def progress_bar(total: int, completed: int, enabled: bool):
    """A Rich progress bar (steps, loss, tokens/s, ETA) on stderr; yields `update(step, **fields)`."""
    if not enabled:
        yield lambda *args, **kwargs: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]train"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]}"),
        TextColumn("val {task.fields[val]}"),
        TextColumn("{task.fields[speed]} tok/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    task = progress.add_task("train", total=total, completed=completed, loss="-", val="-", speed="-")

    def update(step: int, **fields: Any) -> None:
        progress.update(task, completed=step, **{k: v for k, v in fields.items() if v is not None})

    with progress:
        yield update
