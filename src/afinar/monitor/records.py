"""Drift checks in the workspace: the `monitor_checks` table (what the dashboard and the history
plots read) and the folder artifact of each check (`report.html`, `drift.json`)."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from afinar.workspace import Workspace
from afinar.workspace.schema import MonitorCheckRow


@dataclass(frozen=True)
class RecordedCheck:
    id: str
    version_id: str
    created_at: datetime
    created_by: str
    status: str
    samples: int
    summary: dict[str, Any]
    artifact_sha256: str | None

    def effects(self) -> dict[str, float]:
        return {c["name"]: c["effect"] for c in self.summary.get("checks", []) if isinstance(c.get("effect"), (int, float))}


def new_check_id() -> str:
    return "drift-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def record_check(workspace: Workspace, *, check_id: str, version_id: str, created_at: datetime, created_by: str, status: str, samples: int, summary: dict[str, Any], artifact_sha256: str | None) -> None:
    with workspace.write_session() as session:
        session.add(
            MonitorCheckRow(
                id=check_id, version_id=version_id, created_at=created_at, created_by=created_by, status=status, samples=samples,
                summary=json.dumps(summary, sort_keys=True, ensure_ascii=False, default=str), artifact_sha256=artifact_sha256,
            )
        )


def list_checks(workspace: Workspace, version_id: str | None = None, *, limit: int | None = None) -> list[RecordedCheck]:
    """Recorded checks, oldest first."""
    query = select(MonitorCheckRow).order_by(MonitorCheckRow.created_at.desc())
    if version_id:
        query = query.where(MonitorCheckRow.version_id == version_id)
    if limit:
        query = query.limit(limit)
    with workspace.session() as session:
        rows = session.scalars(query).all()
    return [
        RecordedCheck(r.id, r.version_id, r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC), r.created_by, r.status, r.samples, json.loads(r.summary or "{}"), r.artifact_sha256)
        for r in reversed(rows)
    ]
