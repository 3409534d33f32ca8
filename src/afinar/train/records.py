"""Run records: the `runs` table (lineage and outcome) and `run_metrics` (step-by-step curves)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from afinar.errors import NotFoundError
from afinar.workspace import Workspace
from afinar.workspace.schema import RunMetricRow, RunRow

RUNS_FOLDER = "runs"


@dataclass(frozen=True)
class TrainRun:
    """A training run as recorded in the workspace."""

    id: str
    project: str
    task: str
    method: str
    base_model: str
    base_weights_sha256: str
    dataset_id: str | None
    parent_run_id: str | None
    status: str  # running | completed | failed
    spec: dict[str, Any]
    spec_sha256: str
    plan: dict[str, Any]
    output_sha256: str | None
    steps: int
    train_loss: float | None
    val_loss: float | None
    best_val_loss: float | None
    stop_reason: str | None
    error: str | None
    created_by: str
    created_at: str
    finished_at: str | None

    def output_path(self, workspace: Workspace) -> Path:
        """Folder with the weights or adapter, tokenizer and `afinar-run.json` (completed runs)."""
        if not self.output_sha256:
            raise NotFoundError(f"run {self.id} has no output (status {self.status})")
        return workspace.store.get(self.output_sha256).path

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def run_folder(workspace: Workspace, run_id: str) -> Path:
    folder = workspace.root / RUNS_FOLDER / run_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def create_run(workspace: Workspace, **values: Any) -> None:
    with workspace.write_session() as session:
        session.add(RunRow(created_at=datetime.now(UTC), status="running", **values))


def update_run(workspace: Workspace, run_id: str, **values: Any) -> None:
    with workspace.write_session() as session:
        row = session.get(RunRow, run_id)
        for key, value in values.items():
            setattr(row, key, value)


def finish_run(workspace: Workspace, run_id: str, status: str, **values: Any) -> None:
    update_run(workspace, run_id, status=status, finished_at=datetime.now(UTC), **values)


def get_run(workspace: Workspace, id_or_prefix: str) -> TrainRun:
    """A run by id or unique prefix (at least 6 characters), or `latest:<project>`."""
    with workspace.session() as session:
        if id_or_prefix.startswith("latest:"):
            query = select(RunRow).where(RunRow.project == id_or_prefix.split(":", 1)[1]).order_by(RunRow.created_at.desc()).limit(1)
        elif len(id_or_prefix) < 6:
            raise NotFoundError(f"run id {id_or_prefix!r} is too short; give at least 6 characters")
        else:
            query = select(RunRow).where(RunRow.id.startswith(id_or_prefix))
        rows = session.scalars(query).all()
    if not rows:
        raise NotFoundError(f"no run {id_or_prefix!r} in this workspace", hint="list them with `afinar train list`")
    if len(rows) > 1:
        raise NotFoundError(f"run id {id_or_prefix!r} is ambiguous ({len(rows)} matches); give more characters")
    return _from_row(rows[0])


def list_runs(workspace: Workspace, project: str | None = None, status: str | None = None) -> list[TrainRun]:
    query = select(RunRow).order_by(RunRow.created_at.desc())
    if project:
        query = query.where(RunRow.project == project)
    if status:
        query = query.where(RunRow.status == status)
    with workspace.session() as session:
        return [_from_row(row) for row in session.scalars(query).all()]


def record_metrics(workspace: Workspace, run_id: str, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if not rows:
        return
    with workspace.write_session() as session:
        for row in rows:
            extra = json.dumps(row.pop("extra", {}) or {}, sort_keys=True)
            session.merge(RunMetricRow(run_id=run_id, extra=extra, **row))


def forget_metrics_after(workspace: Workspace, run_id: str, step: int) -> None:
    """Drop metrics logged after a checkpoint: a resumed run logs those steps again."""
    with workspace.write_session() as session:
        session.execute(delete(RunMetricRow).where(RunMetricRow.run_id == run_id, RunMetricRow.step > step))


def run_metrics(workspace: Workspace, run_id: str, split: str | None = None) -> list[dict[str, Any]]:
    """Step metrics of a run, in step order (`split` 'train' or 'validation' to filter)."""
    query = select(RunMetricRow).where(RunMetricRow.run_id == run_id).order_by(RunMetricRow.step, RunMetricRow.split)
    if split:
        query = query.where(RunMetricRow.split == split)
    with workspace.session() as session:
        rows = session.scalars(query).all()
    return [
        {
            "split": r.split,
            "step": r.step,
            "epoch": r.epoch,
            "loss": r.loss,
            "learning_rate": r.learning_rate,
            "grad_norm": r.grad_norm,
            "tokens_per_s": r.tokens_per_s,
            "elapsed_s": r.elapsed_s,
            **json.loads(r.extra or "{}"),
        }
        for r in rows
    ]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


def _from_row(row: RunRow) -> TrainRun:
    return TrainRun(
        id=row.id,
        project=row.project,
        task=row.task,
        method=row.method,
        base_model=row.base_model,
        base_weights_sha256=row.base_weights_sha256,
        dataset_id=row.dataset_id,
        parent_run_id=row.parent_run_id,
        status=row.status,
        spec=json.loads(row.spec_json),
        spec_sha256=row.spec_sha256,
        plan=json.loads(row.plan_json or "{}"),
        output_sha256=row.output_sha256,
        steps=row.steps,
        train_loss=row.train_loss,
        val_loss=row.val_loss,
        best_val_loss=row.best_val_loss,
        stop_reason=row.stop_reason,
        error=row.error,
        created_by=row.created_by,
        created_at=_iso(row.created_at),
        finished_at=_iso(row.finished_at),
    )
