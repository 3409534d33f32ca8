"""Audit events: append under a lock, verify the whole chain, list with filters."""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from afinar.workspace import Workspace
from afinar.workspace.atomic import atomic_write_text
from afinar.workspace.schema import AuditEventRow, AuditHeadRow

GENESIS = "0" * 64
ACTION = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
ANCHOR_FILE = "audit.anchor"


def current_actor() -> str:
    """Who is acting: `AFINAR_USER`, else the operating-system user."""
    user = os.environ.get("AFINAR_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid:{os.getuid()}"


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 (the bytes that get hashed)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def body(self) -> dict[str, Any]:
        """The hashed fields (everything but `hash`)."""
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": self.details,
            "prev_hash": self.prev_hash,
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.body(), "hash": self.hash}


@dataclass
class VerifyReport:
    length: int
    head_hash: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "length": self.length, "head_hash": self.head_hash, "problems": self.problems, "warnings": self.warnings}


class AuditLog:
    """The audit log of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._key = workspace.secret("audit")

    def _mac(self, payload: bytes) -> str:
        return hmac.new(self._key, payload, hashlib.sha256).hexdigest()

    def _event_hash(self, body: dict[str, Any]) -> str:
        return self._mac(canonical_json(body))

    def _anchor_mac(self, length: int, head_hash: str) -> str:
        return self._mac(f"anchor:{self.workspace.id}:{length}:{head_hash}".encode())

    def append(self, action: str, subject: str, details: dict[str, Any] | None = None, *, actor: str | None = None) -> AuditEvent:
        """Append one event and return it. `details` must be JSON and hold no personal data:
        ids, hashes, counts and settings only."""
        if not ACTION.match(action):
            raise ValueError(f"audit action {action!r} must look like 'stage.verb' (lower case, dotted)")
        details = details or {}
        canonical_json(details)  # fails early on values that are not plain JSON
        from filelock import FileLock

        # The file lock orders the database commit and the anchor write together; the row lock
        # (FOR UPDATE, or SQLite's BEGIN IMMEDIATE) serialises appends from other hosts too.
        with FileLock(str(self.workspace.root / ".audit.lock"), timeout=120):
            with self.workspace.write_session() as session:
                head = session.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).one()
                body = {
                    "seq": head.length + 1,
                    "time": datetime.now(UTC).isoformat(timespec="microseconds"),
                    "actor": actor or current_actor(),
                    "action": action,
                    "subject": subject,
                    "details": details,
                    "prev_hash": head.head_hash,
                }
                event = AuditEvent(**body, hash=self._event_hash(body))
                session.add(
                    AuditEventRow(
                        seq=event.seq,
                        time=event.time,
                        actor=event.actor,
                        action=event.action,
                        subject=event.subject,
                        details=canonical_json(event.details).decode("utf-8"),
                        prev_hash=event.prev_hash,
                        hash=event.hash,
                    )
                )
                head.length = event.seq
                head.head_hash = event.hash
            self._write_anchor(event.seq, event.hash)
        return event

    def _write_anchor(self, length: int, head_hash: str) -> None:
        anchor = {"length": length, "head_hash": head_hash, "mac": self._anchor_mac(length, head_hash)}
        atomic_write_text(self.workspace.root / ANCHOR_FILE, json.dumps(anchor, sort_keys=True) + "\n", private=True)

    def _read_anchor(self) -> dict[str, Any] | None:
        path = self.workspace.root / ANCHOR_FILE
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"corrupt": True}

    def events(
        self,
        *,
        action: str | None = None,
        subject: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[AuditEvent]:
        """Events matching every filter given (`action` matches a prefix such as 'model.')."""
        query = select(AuditEventRow)
        if action:
            query = query.where(AuditEventRow.action.startswith(action))
        if subject:
            query = query.where(AuditEventRow.subject == subject)
        if actor:
            query = query.where(AuditEventRow.actor == actor)
        if since:
            query = query.where(AuditEventRow.time >= since)
        query = query.order_by(AuditEventRow.seq.desc() if newest_first else AuditEventRow.seq)
        if limit:
            query = query.limit(limit)
        with self.workspace.session() as session:
            rows = session.scalars(query).all()
        return [_event_from_row(row) for row in rows]

    def head(self) -> tuple[int, str]:
        with self.workspace.session() as session:
            row = session.get(AuditHeadRow, 1)
        return row.length, row.head_hash

    def verify(self) -> VerifyReport:
        """Recompute the chain; report edited, deleted, inserted, reordered or truncated events."""
        problems: list[str] = []
        expected_prev = GENESIS
        count = 0
        hash_at: dict[int, str] = {}
        with self.workspace.session() as session:
            for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)).yield_per(1000):
                count += 1
                try:
                    event = _event_from_row(row)
                except ValueError:
                    problems.append(f"event #{row.seq}: details are not valid JSON (edited)")
                    expected_prev = row.hash
                    continue
                if row.seq != count:
                    problems.append(
                        f"event #{row.seq} found where #{count} was expected (an event was deleted or inserted)"
                    )
                    count = row.seq
                if not hmac.compare_digest(self._event_hash(event.body()), event.hash):
                    problems.append(f"event #{row.seq}: content does not match its hash (edited or forged)")
                if event.prev_hash != expected_prev:
                    problems.append(
                        f"event #{row.seq}: does not follow the event before it (deleted, inserted or reordered)"
                    )
                hash_at[row.seq] = event.hash
                expected_prev = event.hash
            head_row = session.get(AuditHeadRow, 1)
        length, last_hash = count, expected_prev
        if head_row is None:
            problems.append("the audit head record is missing")
        elif head_row.length != length or head_row.head_hash != last_hash:
            if head_row.length > length:
                problems.append(f"the head records {head_row.length} events but only {length} exist (truncated)")
            else:
                problems.append(f"the head records {head_row.length} events ({head_row.head_hash[:12]}) but the chain has {length} ending {last_hash[:12]}")
        anchor = self._read_anchor()
        if anchor is None:
            if length:
                problems.append(f"the anchor file {ANCHOR_FILE} is missing")
        elif anchor.get("corrupt") or not {"length", "head_hash", "mac"} <= anchor.keys():
            problems.append(f"the anchor file {ANCHOR_FILE} is unreadable")
        elif not hmac.compare_digest(self._anchor_mac(anchor["length"], anchor["head_hash"]), anchor["mac"]):
            problems.append(f"the anchor file {ANCHOR_FILE} was altered (its MAC does not match)")
        elif anchor["length"] > length:
            problems.append(f"the anchor records {anchor['length']} events but only {length} exist (truncated)")
        elif hash_at.get(anchor["length"], GENESIS if anchor["length"] == 0 else None) != anchor["head_hash"]:
            problems.append(f"event #{anchor['length']} is not the one the anchor recorded (rewritten)")
        elif anchor["length"] < length:
            report_gap = length - anchor["length"]
            # An append commits before it rewrites the anchor; a crash in between leaves it behind.
            warnings = [f"{report_gap} event(s) after the last anchor (an append was interrupted before updating it)"]
            return VerifyReport(length, last_hash, problems, warnings)
        return VerifyReport(length, last_hash, problems)


def _event_from_row(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        seq=row.seq,
        time=row.time,
        actor=row.actor,
        action=row.action,
        subject=row.subject,
        details=json.loads(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
