"""Model versions in the workspace database and the transitions between their statuses.

Every transition runs in one write transaction that locks the version's row (SELECT ... FOR
UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite), checks the lifecycle table, the acting
identity and the governance rules, writes the new status and a `model_transitions` row; then
the audit log gets `registry.<action in past tense>` with the acting identity.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy.exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from afinar.audit import AuditLog
from afinar.errors import NotFoundError, UsageError
from afinar.registry.errors import PermissionDeniedError
from afinar.registry.identity import User, authorize
from afinar.registry.lifecycle import PAST_TENSE, Status, next_status
from afinar.workspace import Workspace
from afinar.workspace.schema import ModelTransitionRow, ModelVersionRow, RegisteredModelRow

MODEL_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
REFERENCE = re.compile(r"^(?P<name>[a-z0-9][a-z0-9._-]{0,63})(?:@(?P<version>\d+|latest|" + "|".join(s.value for s in Status) + "))?$")


@dataclass(frozen=True)
class ModelVersion:
    """One registered version, `name@version`, of a training run's output."""

    id: str
    name: str
    version: int
    project: str
    run_id: str
    dataset_id: str | None
    evaluation_id: str | None
    gates_passed: bool | None  # None: never evaluated
    status: str
    author: str  # who trained the run
    retrain_required: bool
    notes: dict[str, Any]
    created_at: str
    created_by: str  # who registered it
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Transition:
    version_id: str
    action: str
    from_status: str | None
    to_status: str
    actor: str
    reason: str | None
    details: dict[str, Any]
    at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def version_id(name: str, version: int) -> str:
    return f"{name}@{version}"


# -- reading ------------------------------------------------------------------------------------------


def get_version(workspace: Workspace, reference: str) -> ModelVersion:
    """A version by `name@3`, `name@latest`, `name@production` (any status: the newest in it) or `name`."""
    match = REFERENCE.match(reference.strip())
    if not match:
        raise UsageError(f"{reference!r} is not a model version; write NAME@VERSION, e.g. atendimento-telecom@3")
    name, which = match.group("name"), match.group("version") or "latest"
    query = select(ModelVersionRow).where(ModelVersionRow.name == name)
    if which.isdigit():
        query = query.where(ModelVersionRow.version == int(which))
    elif which != "latest":
        query = query.where(ModelVersionRow.status == which)
    with workspace.session() as session:
        row = session.scalars(query.order_by(ModelVersionRow.version.desc()).limit(1)).first()
    if row is None:
        raise NotFoundError(f"no model version {reference!r} in this workspace", hint="list them with `afinar registry list`")
    return _from_row(row)


def list_versions(workspace: Workspace, *, name: str | None = None, project: str | None = None, status: str | None = None, run_id: str | None = None, dataset_id: str | None = None) -> list[ModelVersion]:
    query = select(ModelVersionRow).order_by(ModelVersionRow.name, ModelVersionRow.version)
    for column, value in ((ModelVersionRow.name, name), (ModelVersionRow.project, project), (ModelVersionRow.status, status), (ModelVersionRow.run_id, run_id), (ModelVersionRow.dataset_id, dataset_id)):
        if value:
            query = query.where(column == value)
    with workspace.session() as session:
        return [_from_row(row) for row in session.scalars(query).all()]


def history(workspace: Workspace, reference: str) -> list[Transition]:
    version = get_version(workspace, reference)
    with workspace.session() as session:
        rows = session.scalars(select(ModelTransitionRow).where(ModelTransitionRow.version_id == version.id).order_by(ModelTransitionRow.id)).all()
    return [
        Transition(r.version_id, r.action, r.from_status, r.to_status, r.actor, r.reason, json.loads(r.details or "{}"), _iso(r.at))
        for r in rows
    ]


# -- registering ----------------------------------------------------------------------------------------


def register(workspace: Workspace, run, actor: User, *, name: str, evaluation) -> ModelVersion:
    """Record `run` (a completed `TrainRun`) as the next version of `name`, status `candidate`."""
    authorize(actor, "registry.register")
    if not MODEL_NAME.match(name):
        raise UsageError(f"model name {name!r}: use lower-case letters, digits, '.', '_' or '-' (at most 64)")
    if run.status != "completed" or not run.output_sha256:
        raise UsageError(f"run {run.id} is {run.status}; only a completed run with an output can be registered", hint="see `afinar train list`")
    existing = list_versions(workspace, name=name, run_id=run.id)
    if existing:
        raise UsageError(f"run {run.id} is already registered as {existing[0].id}")
    from afinar.registry.lineage import code_version

    notes = json.dumps({"code_version": code_version()}, sort_keys=True)
    now = datetime.now(UTC)
    for _attempt in range(5):
        try:
            with workspace.write_session() as session:
                model = session.scalars(select(RegisteredModelRow).where(RegisteredModelRow.name == name).with_for_update()).first()
                if model is None:
                    model = RegisteredModelRow(name=name, project=run.project, latest_version=0, created_at=now, created_by=actor.name)
                    session.add(model)
                    session.flush()  # a second process inserting the same name fails here, and retries
                elif model.project != run.project:
                    raise UsageError(f"model {name} belongs to project {model.project}, not {run.project}", hint="register under another --name")
                model.latest_version += 1
                number = model.latest_version
                row = ModelVersionRow(
                    id=version_id(name, number),
                    name=name,
                    version=number,
                    project=run.project,
                    run_id=run.id,
                    dataset_id=run.dataset_id,
                    evaluation_id=evaluation.id if evaluation else None,
                    gates_passed=None if evaluation is None else int(evaluation.passed),
                    status=Status.CANDIDATE.value,
                    author=run.created_by,
                    retrain_required=0,
                    notes=notes,
                    created_at=now,
                    created_by=actor.name,
                    updated_at=now,
                )
                session.add(row)
                session.add(_transition_row(row.id, "register", None, Status.CANDIDATE, actor, None, {}, now))
            break
        except sqlalchemy.exc.IntegrityError:
            continue
    else:
        raise UsageError(f"could not take a version number for {name} (too many concurrent registrations); try again")
    version = get_version(workspace, version_id(name, number))
    AuditLog(workspace).append(
        "registry.registered",
        f"model:{version.id}",
        {
            "run_id": run.id,
            "project": run.project,
            "dataset_id": run.dataset_id,
            "output_sha256": run.output_sha256,
            "evaluation_id": version.evaluation_id,
            "gates_passed": version.gates_passed,
            "author": version.author,
            "via": actor.via,
        },
        actor=actor.name,
    )
    return version


# -- transitions ----------------------------------------------------------------------------------------

# check(session, locked row, actor) -> extra audit details; raises to refuse.
Check = Callable[[Session, ModelVersionRow, User], dict[str, Any]]


def transition(
    workspace: Workspace,
    reference: str,
    action: str,
    actor: User,
    *,
    reason: str | None = None,
    permission: str | None = None,
    check: Check | None = None,
) -> ModelVersion:
    """Move a version along the lifecycle table; every refusal is audited too (`registry.refused`)."""
    audit = AuditLog(workspace)
    version = get_version(workspace, reference)
    subject = f"model:{version.id}"
    try:
        authorize(actor, permission or f"registry.{action}")
        now = datetime.now(UTC)
        with workspace.write_session() as session:
            row = session.scalars(select(ModelVersionRow).where(ModelVersionRow.id == version.id).with_for_update()).one()
            source = Status(row.status)
            target = next_status(action, source)
            details = check(session, row, actor) if check else {}
            row.status = target.value
            row.updated_at = now
            session.add(_transition_row(row.id, action, source, target, actor, reason, details, now))
    except (PermissionDeniedError, UsageError) as exc:
        audit.append(
            "registry.refused",
            subject,
            {"action": action, "status": version.status, "error": type(exc).__name__, "message": exc.message[:500], "via": actor.via},
            actor=actor.name,
        )
        raise
    audit.append(
        f"registry.{PAST_TENSE[action]}",
        subject,
        {"from": source.value, "to": target.value, "reason": reason, "run_id": version.run_id, "via": actor.via, **details},
        actor=actor.name,
    )
    return get_version(workspace, version.id)


def update_notes(session: Session, row: ModelVersionRow, **values: Any) -> None:
    notes = json.loads(row.notes or "{}")
    notes.update(values)
    row.notes = json.dumps(notes, sort_keys=True, ensure_ascii=False, default=str)


def last_actor_of(session: Session, version_id_: str, action: str) -> str | None:
    row = session.scalars(
        select(ModelTransitionRow)
        .where(ModelTransitionRow.version_id == version_id_, ModelTransitionRow.action == action)
        .order_by(ModelTransitionRow.id.desc())
        .limit(1)
    ).first()
    return row.actor if row else None


def _transition_row(version: str, action: str, source: Status | None, target: Status, actor: User, reason: str | None, details: dict[str, Any], at: datetime) -> ModelTransitionRow:
    return ModelTransitionRow(
        version_id=version,
        action=action,
        from_status=source.value if source else None,
        to_status=target.value,
        actor=actor.name,
        reason=reason,
        details=json.dumps(details, sort_keys=True, ensure_ascii=False, default=str),
        at=at,
    )


def _from_row(row: ModelVersionRow) -> ModelVersion:
    return ModelVersion(
        id=row.id,
        name=row.name,
        version=row.version,
        project=row.project,
        run_id=row.run_id,
        dataset_id=row.dataset_id,
        evaluation_id=row.evaluation_id,
        gates_passed=None if row.gates_passed is None else bool(row.gates_passed),
        status=row.status,
        author=row.author,
        retrain_required=bool(row.retrain_required),
        notes=json.loads(row.notes or "{}"),
        created_at=_iso(row.created_at),
        created_by=row.created_by,
        updated_at=_iso(row.updated_at),
    )


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="seconds")
