"""Stored evaluations: the `evaluations` table, and the artifact folder behind each row
(`evaluation.json`, `report.html`, `report.md`)."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from afinar.errors import NotFoundError
from afinar.workspace import Workspace
from afinar.workspace.schema import EvaluationRow

EVALUATION_FILE = "evaluation.json"


@dataclass(frozen=True)
class Evaluation:
    """An evaluation as recorded: `result` is the whole `evaluation.json` (docs/evaluation.md)."""

    id: str
    run_id: str
    project: str
    task: str
    dataset_id: str | None
    artifact_sha256: str
    path: Path
    primary_metric: str
    tuned_value: float | None
    base_value: float | None
    passed: bool
    gates_failed: int
    seconds: float
    created_by: str
    created_at: str
    result: dict[str, Any]

    @property
    def metrics(self) -> dict[str, float | None]:
        """The gate-able numbers of the test split (tuned model)."""
        return self.result["metrics"]

    @property
    def gates(self) -> list[dict[str, Any]]:
        return self.result["gates"]

    @property
    def report_html(self) -> Path:
        return self.path / "report.html"

    @property
    def report_md(self) -> Path:
        return self.path / "report.md"

    def to_json(self) -> dict[str, Any]:
        return self.result


def new_evaluation_id() -> str:
    return "eval-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def record_evaluation(workspace: Workspace, result: dict[str, Any], artifact_sha256: str) -> None:
    comparison = result.get("comparison") or {}
    with workspace.write_session() as session:
        session.add(
            EvaluationRow(
                id=result["id"],
                run_id=result["run"]["id"],
                project=result["project"],
                task=result["task"],
                dataset_id=result["run"]["dataset_id"],
                artifact_sha256=artifact_sha256,
                primary_metric=result["primary_metric"],
                tuned_value=result["metrics"].get(result["primary_metric"]),
                base_value=comparison.get("base"),
                passed=int(result["passed"]),
                gates_failed=sum(1 for gate in result["gates"] if not gate["passed"]),
                seconds=result["seconds"],
                created_by=result["created_by"],
                created_at=datetime.fromisoformat(result["created_at"]),
            )
        )


def get_evaluation(workspace: Workspace, ref: str) -> Evaluation:
    """An evaluation by id (or unique prefix of at least 6 characters), `latest:<project>`, or
    `run:<run id>` (that run's newest evaluation)."""
    query = select(EvaluationRow).order_by(EvaluationRow.created_at.desc())
    if ref.startswith("latest:"):
        query = query.where(EvaluationRow.project == ref.split(":", 1)[1]).limit(1)
    elif ref.startswith("run:"):
        query = query.where(EvaluationRow.run_id.startswith(ref.split(":", 1)[1])).limit(1)
    elif len(ref) < 6:
        raise NotFoundError(f"evaluation id {ref!r} is too short; give at least 6 characters")
    else:
        query = query.where(EvaluationRow.id.startswith(ref))
    with workspace.session() as session:
        rows = session.scalars(query).all()
    if not rows:
        raise NotFoundError(f"no evaluation {ref!r} in this workspace", hint="evaluate a run with `afinar eval RUN`")
    if len(rows) > 1:
        raise NotFoundError(f"evaluation id {ref!r} is ambiguous ({len(rows)} matches); give more characters")
    return _from_row(rows[0], workspace)


def list_evaluations(workspace: Workspace, project: str | None = None, run_id: str | None = None) -> list[Evaluation]:
    query = select(EvaluationRow).order_by(EvaluationRow.created_at.desc())
    if project:
        query = query.where(EvaluationRow.project == project)
    if run_id:
        query = query.where(EvaluationRow.run_id == run_id)
    with workspace.session() as session:
        rows = session.scalars(query).all()
    return [_from_row(row, workspace) for row in rows]


def _from_row(row: EvaluationRow, workspace: Workspace) -> Evaluation:
    path = workspace.store.get(row.artifact_sha256).path
    return Evaluation(
        id=row.id,
        run_id=row.run_id,
        project=row.project,
        task=row.task,
        dataset_id=row.dataset_id,
        artifact_sha256=row.artifact_sha256,
        path=path,
        primary_metric=row.primary_metric,
        tuned_value=row.tuned_value,
        base_value=row.base_value,
        passed=bool(row.passed),
        gates_failed=row.gates_failed,
        seconds=row.seconds,
        created_by=row.created_by,
        created_at=row.created_at.isoformat(timespec="seconds") if isinstance(row.created_at, datetime) else str(row.created_at),
        result=json.loads((path / EVALUATION_FILE).read_text(encoding="utf-8")),
    )
