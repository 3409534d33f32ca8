"""Tables of the workspace's metadata database (SQLAlchemy 2 declarative).

Changing a table means adding an Alembic migration in `migrations/versions/`; the database is
upgraded to the newest revision whenever a workspace is opened.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class WorkspaceInfo(Base):
    """Key/value facts about the workspace itself (its id, when it was created)."""

    __tablename__ = "workspace_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEventRow(Base):
    """One audit event; `hash` = HMAC(key, canonical JSON of the other fields incl. `prev_hash`)."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    time: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100), index=True)
    subject: Mapped[str] = mapped_column(String(500), index=True)
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHeadRow(Base):
    """The chain's length and last hash: the row every append locks, so appends serialise."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class ArtifactRow(Base):
    """A file or folder in the content-addressed store."""

    __tablename__ = "artifacts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), index=True)
    is_dir: Mapped[bool] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    meta: Mapped[str] = mapped_column(Text, default="{}")


class BaseModelRow(Base):
    """A base model pulled into the model cache: where it came from and under which licence."""

    __tablename__ = "base_models"
    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    source_sha256: Mapped[str] = mapped_column(String(64))
    source_format: Mapped[str] = mapped_column(String(32))
    licence: Mapped[str] = mapped_column(String(200))
    architecture: Mapped[str] = mapped_column(String(100))
    parameters: Mapped[int] = mapped_column(BigInteger)
    cache_path: Mapped[str] = mapped_column(Text)
    weights_sha256: Mapped[str] = mapped_column(String(64))
    pulled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DatasetRow(Base):
    """A prepared dataset version (data stage): its content hash, the fingerprint of the inputs
    and spec that produced it (for instant re-use), and its split sizes."""

    __tablename__ = "datasets"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    task: Mapped[str] = mapped_column(String(32))
    formats: Mapped[str] = mapped_column(String(200))
    records: Mapped[int] = mapped_column(Integer)
    train: Mapped[int] = mapped_column(Integer)
    validation: Mapped[int] = mapped_column(Integer)
    test: Mapped[int] = mapped_column(Integer)
    dropped: Mapped[int] = mapped_column(Integer)
    worst_finding: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class RunRow(Base):
    """A training run (train stage): what it started from, what it produced, how it ended.

    Lineage lives here: the dataset version, the base model's weights hash, the parent run of an
    incremental update, and the resolved spec; `output_sha256` is the folder artifact holding the
    weights or adapter, tokenizer, `afinar-run.json` and the step metrics.
    """

    __tablename__ = "runs"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    task: Mapped[str] = mapped_column(String(32))
    method: Mapped[str] = mapped_column(String(16))
    base_model: Mapped[str] = mapped_column(String(300))
    base_weights_sha256: Mapped[str] = mapped_column(String(64))
    dataset_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    parent_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    spec_json: Mapped[str] = mapped_column(Text)
    spec_sha256: Mapped[str] = mapped_column(String(64))
    plan_json: Mapped[str] = mapped_column(Text, default="{}")
    output_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    steps: Mapped[int] = mapped_column(Integer, default=0)
    train_loss: Mapped[float | None] = mapped_column(Float, nullable=True)
    val_loss: Mapped[float | None] = mapped_column(Float, nullable=True)
    best_val_loss: Mapped[float | None] = mapped_column(Float, nullable=True)
    stop_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RunMetricRow(Base):
    """One logged step of a run: training loss and speed (`split='train'`) or a validation."""

    __tablename__ = "run_metrics"
    run_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    split: Mapped[str] = mapped_column(String(16), primary_key=True)
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[float] = mapped_column(Float)
    loss: Mapped[float] = mapped_column(Float)
    learning_rate: Mapped[float | None] = mapped_column(Float, nullable=True)
    grad_norm: Mapped[float | None] = mapped_column(Float, nullable=True)
    tokens_per_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    elapsed_s: Mapped[float] = mapped_column(Float)
    extra: Mapped[str] = mapped_column(Text, default="{}")


# -- registry: identities, model versions and their lifecycle, LGPD subject requests -----------------


class UserRow(Base):
    """A person (or service) known to the workspace, with a comma-separated set of roles
    (viewer, data_scientist, reviewer, admin). `local_admin`: the operating-system user who
    was made admin on first use of the workspace."""

    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[int] = mapped_column(Integer, default=1)
    local_admin: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class ApiTokenRow(Base):
    """An API token: only the sha256 of the secret is kept; `id` is the public part of the token."""

    __tablename__ = "api_tokens"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200), index=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class RegisteredModelRow(Base):
    """A model name of the registry; its row is locked while a new version number is taken."""

    __tablename__ = "registered_models"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    latest_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))


class ModelVersionRow(Base):
    """One registered version (`name@version`) of a run's output, and where it is in its life cycle.

    `author` is the run's author (copied from the run at registration, for the four-eyes check);
    `notes` holds JSON facts gathered on the way (gate override, champion comparison, retrain flags).
    """

    __tablename__ = "model_versions"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_model_versions_name_version"),)
    id: Mapped[str] = mapped_column(String(220), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    project: Mapped[str] = mapped_column(String(200), index=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    dataset_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    evaluation_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    gates_passed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    author: Mapped[str] = mapped_column(String(200))
    retrain_required: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ModelTransitionRow(Base):
    """One step of a version's life cycle: who moved it from which status to which, and why."""

    __tablename__ = "model_transitions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[str] = mapped_column(String(220), index=True)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_status: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SubjectIndexRow(Base):
    """Data-subject index (LGPD art. 18): the keyed hash of an identifier found in a record
    (`afinar.privacy.subjects.subject_key`, never the value) → the dataset version and the
    record (`source file:line`) that held it."""

    __tablename__ = "subject_index"
    key_hash: Mapped[str] = mapped_column(String(80), primary_key=True)
    dataset_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    record_ref: Mapped[str] = mapped_column(String(500), primary_key=True)
    split: Mapped[str] = mapped_column(String(16))


class SubjectRequestRow(Base):
    """An LGPD deletion request (`afinar privacy forget`): the keyed hashes it matched and what
    was done (datasets rebuilt without the records, models flagged for retraining)."""

    __tablename__ = "subject_requests"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    key_hashes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200))
    result: Mapped[str] = mapped_column(Text, default="{}")


class EvaluationRow(Base):
    """An evaluation of a training run (evaluate stage): its headline numbers and gate verdict;
    `artifact_sha256` is the folder artifact with `evaluation.json`, `report.html`, `report.md`."""

    __tablename__ = "evaluations"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    project: Mapped[str] = mapped_column(String(200), index=True)
    task: Mapped[str] = mapped_column(String(32))
    dataset_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    artifact_sha256: Mapped[str] = mapped_column(String(64))
    primary_metric: Mapped[str] = mapped_column(String(64))
    tuned_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    base_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    passed: Mapped[bool] = mapped_column(Integer)
    gates_failed: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# -- serve and monitor: anonymised request logs, feedback, drift checks ------------------------------


class RequestLogRow(Base):
    """One answered item of a serving request (`item`: the choice of a chat/completion, the text of a
    classification batch). Texts are stored only after the privacy stage anonymised them; the
    raw request never reaches the database. `pii_labels`: JSON {entity label: count}, no values."""

    __tablename__ = "request_logs"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    item: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    model_name: Mapped[str] = mapped_column(String(200), index=True)
    version_id: Mapped[str] = mapped_column(String(220), index=True)
    endpoint: Mapped[str] = mapped_column(String(32))
    user_name: Mapped[str] = mapped_column(String(200))
    token_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status_code: Mapped[int] = mapped_column(Integer)
    latency_ms: Mapped[float] = mapped_column(Float)
    input_text: Mapped[str] = mapped_column(Text)
    output_text: Mapped[str] = mapped_column(Text)
    input_chars: Mapped[int] = mapped_column(Integer)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    predicted_label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    finish_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pii_found: Mapped[int] = mapped_column(Integer, default=0)
    pii_labels: Mapped[str] = mapped_column(Text, default="{}")
    privacy_operator: Mapped[str] = mapped_column(String(16))
    groups: Mapped[str] = mapped_column(Text, default="{}")


class RequestFeedbackRow(Base):
    """A label or rating given for an earlier request item (`POST /v1/feedback`)."""

    __tablename__ = "request_feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64), index=True)
    item: Mapped[int] = mapped_column(Integer, default=0)
    version_id: Mapped[str] = mapped_column(String(220), index=True)
    label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    rating: Mapped[float | None] = mapped_column(Float, nullable=True)
    user_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class MonitorCheckRow(Base):
    """One drift check of a model version (`afinar monitor drift`, `afinar audit run`): its verdict,
    the numbers behind it (JSON), and the folder artifact with the HTML and JSON report."""

    __tablename__ = "monitor_checks"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version_id: Mapped[str] = mapped_column(String(220), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32))
    samples: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="{}")
    artifact_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
