"""Request logs: what the API answered, with personal data removed BEFORE anything is stored.

Routes hand `LogEntry`s (raw text, in memory only) to `RequestLogStore.record`; a writer thread
runs the privacy stage's `Anonymizer` over every text (policy: `serve.request_logs.operator`
for every entity type, residual re-scan on) and writes the anonymised rows in batches. A text in
which the re-scan still finds personal data is replaced by `WITHHELD` as a whole. Group values
that look like personal data are withheld too. Rows expire after `retention_days`; `purge`
deletes expired logs and feedback.

`read_logs` / `read_feedback` are the typed reads the monitor stage uses.
"""

from __future__ import annotations

import json
import queue
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from afinar.config.spec import RequestLogSpec
from afinar.errors import NotFoundError
from afinar.workspace import Workspace
from afinar.workspace.schema import RequestFeedbackRow, RequestLogRow

WITHHELD = "[withheld: personal data remained after anonymisation]"
WITHHELD_GROUP = "[withheld]"
BATCH_ROWS = 256


@dataclass
class LogEntry:
    """One answered item, as the route saw it. Lives in memory only until anonymised."""

    request_id: str
    item: int
    model_name: str
    version_id: str
    endpoint: str
    user_name: str
    token_id: str | None
    status_code: int
    latency_ms: float
    input_text: str
    output_text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    predicted_label: str | None = None
    score: float | None = None
    finish_reason: str | None = None
    groups: dict[str, str] = field(default_factory=dict)
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class LoggedRequest:
    """A stored (anonymised) request log row."""

    id: str
    item: int
    created_at: datetime
    model_name: str
    version_id: str
    endpoint: str
    user_name: str
    status_code: int
    latency_ms: float
    input_text: str
    output_text: str
    input_chars: int
    prompt_tokens: int
    completion_tokens: int
    predicted_label: str | None
    score: float | None
    finish_reason: str | None
    pii_found: int
    pii_labels: dict[str, int]
    privacy_operator: str
    groups: dict[str, str]


@dataclass(frozen=True)
class Feedback:
    id: int
    request_id: str
    item: int
    version_id: str
    label: str | None
    rating: float | None
    user_name: str
    created_at: datetime


def log_anonymizer(workspace: Workspace, settings: RequestLogSpec):
    """The privacy stage's `Anonymizer` with the request-log policy: one operator for every entity."""
    from afinar.data.anonymization import privacy_key
    from afinar.privacy import Anonymizer, PrivacyPolicy

    policy = PrivacyPolicy(default=settings.operator, entities={}, fail_on_residual=True, min_score=settings.min_score)
    return Anonymizer(policy, privacy_key(workspace))


class RequestLogStore:
    """Anonymises and writes request logs on its own thread; `flush()` waits for what was recorded."""

    def __init__(self, workspace: Workspace, settings: RequestLogSpec, metrics=None) -> None:
        self.workspace = workspace
        self.settings = settings
        self.metrics = metrics
        self._anonymizer = log_anonymizer(workspace, settings) if settings.enabled else None
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self.errors = 0

    def start(self) -> None:
        if self.settings.enabled and self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="afinar-request-log", daemon=True)
            self._thread.start()

    def record(self, entries: list[LogEntry]) -> None:
        if self._anonymizer is None or not entries:
            return
        self._queue.put(entries)
        if self.metrics:
            self.metrics.log_queue.set(self._queue.qsize())

    def flush(self, timeout: float = 30.0) -> None:
        """Return once everything recorded before this call is written (or `timeout` passed)."""
        if self._thread is None:
            return
        done = threading.Event()
        self._queue.put(done)
        done.wait(timeout)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(60)
            self._thread = None

    def anonymise(self, entry: LogEntry) -> RequestLogRow:
        """The row to store for `entry`: its texts and group values anonymised (pure but for the key)."""
        found: Counter = Counter()
        texts = []
        for text in (entry.input_text, entry.output_text):
            clean, labels = self._anonymise_text(text)
            texts.append(clean)
            found.update(labels)
        groups = {}
        for name, value in (entry.groups or {}).items():
            clean, labels = self._anonymise_text(str(value))
            groups[str(name)[:64]] = WITHHELD_GROUP if labels or clean != value else clean
        retention = timedelta(days=self.settings.retention_days)
        return RequestLogRow(
            id=entry.request_id,
            item=entry.item,
            created_at=entry.created_at,
            expires_at=entry.created_at + retention,
            model_name=entry.model_name,
            version_id=entry.version_id,
            endpoint=entry.endpoint,
            user_name=entry.user_name,
            token_id=entry.token_id,
            status_code=entry.status_code,
            latency_ms=round(entry.latency_ms, 3),
            input_text=texts[0],
            output_text=texts[1],
            input_chars=len(entry.input_text),
            prompt_tokens=entry.prompt_tokens,
            completion_tokens=entry.completion_tokens,
            predicted_label=entry.predicted_label,
            score=entry.score,
            finish_reason=entry.finish_reason,
            pii_found=sum(found.values()),
            pii_labels=json.dumps(dict(sorted(found.items()))),
            privacy_operator=self.settings.operator,
            groups=json.dumps(groups, sort_keys=True, ensure_ascii=False),
        )

    def _anonymise_text(self, text: str) -> tuple[str, Counter]:
        from afinar.privacy import ResidualPersonalDataError

        if not text:
            return "", Counter()
        try:
            result = self._anonymizer.apply(text)
        except ResidualPersonalDataError as exc:
            return WITHHELD, Counter(span.label for span in exc.spans)
        return result.text, Counter(r.label for r in result.replacements)

    def _loop(self) -> None:
        while True:
            first = self._queue.get()
            pending = [first]
            while len(pending) < BATCH_ROWS:
                try:
                    pending.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            entries = [e for batch in pending if isinstance(batch, list) for e in batch]
            if entries:
                self._write(entries)
            if self.metrics:
                self.metrics.log_queue.set(self._queue.qsize())
            for marker in pending:
                if isinstance(marker, threading.Event):
                    marker.set()
            if any(marker is None for marker in pending):
                return

    def _write(self, entries: list[LogEntry]) -> None:
        try:
            rows = [self.anonymise(entry) for entry in entries]
            with self.workspace.write_session() as session:
                session.add_all(rows)
        except Exception as exc:  # noqa: BLE001 - a lost log row must not take the server down
            import logging

            self.errors += len(entries)
            # The type only: an exception message could quote request text.
            logging.getLogger("afinar.serve").error("could not write %d request log rows: %s", len(entries), type(exc).__name__)
            return
        if self.metrics:
            for row in rows:
                for label, count in json.loads(row.pii_labels).items():
                    self.metrics.personal_data.labels(label).inc(count)


# -- reading, feedback, purging -------------------------------------------------------------------------


def _from_row(row: RequestLogRow) -> LoggedRequest:
    return LoggedRequest(
        id=row.id,
        item=row.item,
        created_at=_aware(row.created_at),
        model_name=row.model_name,
        version_id=row.version_id,
        endpoint=row.endpoint,
        user_name=row.user_name,
        status_code=row.status_code,
        latency_ms=row.latency_ms,
        input_text=row.input_text,
        output_text=row.output_text,
        input_chars=row.input_chars,
        prompt_tokens=row.prompt_tokens,
        completion_tokens=row.completion_tokens,
        predicted_label=row.predicted_label,
        score=row.score,
        finish_reason=row.finish_reason,
        pii_found=row.pii_found,
        pii_labels=json.loads(row.pii_labels or "{}"),
        privacy_operator=row.privacy_operator,
        groups=json.loads(row.groups or "{}"),
    )


def read_logs(
    workspace: Workspace,
    *,
    version_id: str | None = None,
    model_name: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    newest_first: bool = True,
) -> list[LoggedRequest]:
    """Stored request logs, newest first by default, filtered by version or model and time."""
    query = select(RequestLogRow)
    if version_id:
        query = query.where(RequestLogRow.version_id == version_id)
    if model_name:
        query = query.where(RequestLogRow.model_name == model_name)
    if since is not None:
        query = query.where(RequestLogRow.created_at >= since)
    if until is not None:
        query = query.where(RequestLogRow.created_at < until)
    order = RequestLogRow.created_at.desc() if newest_first else RequestLogRow.created_at
    query = query.order_by(order, RequestLogRow.id, RequestLogRow.item)
    if limit:
        query = query.limit(limit)
    with workspace.session() as session:
        return [_from_row(row) for row in session.scalars(query).all()]


def get_logged(workspace: Workspace, request_id: str, item: int) -> LoggedRequest:
    with workspace.session() as session:
        row = session.get(RequestLogRow, (request_id, item))
    if row is None:
        raise NotFoundError(f"no logged request {request_id!r} (index {item}); it may have expired or logging is off")
    return _from_row(row)


def add_feedback(workspace: Workspace, logged: LoggedRequest, *, label: str | None, rating: float | None, user_name: str, retention_days: float) -> Feedback:
    now = datetime.now(UTC)
    row = RequestFeedbackRow(
        request_id=logged.id, item=logged.item, version_id=logged.version_id, label=label, rating=rating, user_name=user_name,
        created_at=now, expires_at=now + timedelta(days=retention_days),
    )
    with workspace.write_session() as session:
        session.add(row)
        session.flush()
        feedback_id = row.id
    return Feedback(feedback_id, logged.id, logged.item, logged.version_id, label, rating, user_name, now)


def read_feedback(workspace: Workspace, *, version_id: str, since: datetime | None = None) -> list[tuple[Feedback, LoggedRequest]]:
    """The newest feedback on each logged item of a version, with the item it is about."""
    query = (
        select(RequestFeedbackRow, RequestLogRow)
        .join(RequestLogRow, (RequestLogRow.id == RequestFeedbackRow.request_id) & (RequestLogRow.item == RequestFeedbackRow.item))
        .where(RequestFeedbackRow.version_id == version_id)
        .order_by(RequestFeedbackRow.id)
    )
    if since is not None:
        query = query.where(RequestLogRow.created_at >= since)
    latest: dict[tuple[str, int], tuple[Feedback, LoggedRequest]] = {}
    with workspace.session() as session:
        for feedback, log in session.execute(query).all():
            latest[(feedback.request_id, feedback.item)] = (
                Feedback(feedback.id, feedback.request_id, feedback.item, feedback.version_id, feedback.label, feedback.rating, feedback.user_name, _aware(feedback.created_at)),
                _from_row(log),
            )
    return list(latest.values())


def purge_expired(workspace: Workspace, now: datetime | None = None) -> dict[str, int]:
    """Delete request logs and feedback past their retention; {table: rows deleted}."""
    now = now or datetime.now(UTC)
    with workspace.write_session() as session:
        feedback = session.execute(delete(RequestFeedbackRow).where(RequestFeedbackRow.expires_at < now)).rowcount
        logs = session.execute(delete(RequestLogRow).where(RequestLogRow.expires_at < now)).rowcount
    return {"request_logs": logs or 0, "request_feedback": feedback or 0}


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)

