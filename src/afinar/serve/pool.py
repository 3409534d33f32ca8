"""Which model versions the server answers with, and their loaded engines.

The registry is the only source: a bare model name means its version in `production`; a
request naming `NAME@VERSION` may also reach a version in one of `serve.extra_statuses`.
`ModelPool.refresh()` compares a cheap stamp of the registry (the ids and statuses of the
servable versions) with the last one, at most every `registry_poll_s`; a promotion is picked
up on the next request without a restart. Engines are loaded on first use (or at start-up with
`preload`) and closed, after their queued work, once their version is no longer servable.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from afinar.config.spec import ServeSpec
from afinar.errors import AfinarError, NotFoundError, UsageError
from afinar.workspace import Workspace
from afinar.workspace.schema import ModelVersionRow


class ModelNotServedError(NotFoundError):
    """The request names a model (or version) this server does not serve (HTTP 404)."""


@dataclass(frozen=True)
class Servable:
    """A version the server may answer with, and what it knows about it without loading it."""

    id: str
    name: str
    version: int
    status: str
    run_id: str
    created: int


class ModelPool:
    def __init__(self, workspace: Workspace, settings: ServeSpec, *, metrics=None, audit=None, log: Callable[[str], None] | None = None) -> None:
        self.workspace = workspace
        self.settings = settings
        self.metrics = metrics
        self.audit = audit
        self.log = log or (lambda _m: None)
        self.statuses = ("production", *settings.extra_statuses)
        self.servable: dict[str, Servable] = {}
        self.production: dict[str, Servable] = {}
        self.stamp = ""
        self._checked = 0.0
        self._engines: dict[str, object] = {}
        self._loading: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.refresh(force=True)

    # -- the registry ------------------------------------------------------------------------------

    def refresh(self, *, force: bool = False) -> bool:
        """Re-read the servable versions if the poll interval has passed; True if they changed."""
        now = time.monotonic()
        if not force and now - self._checked < self.settings.registry_poll_s:
            return False
        self._checked = now
        with self.workspace.session() as session:
            rows = session.execute(
                select(ModelVersionRow.id, ModelVersionRow.name, ModelVersionRow.version, ModelVersionRow.status, ModelVersionRow.run_id, ModelVersionRow.created_at)
                .where(ModelVersionRow.status.in_(self.statuses))
                .order_by(ModelVersionRow.name, ModelVersionRow.version)
            ).all()
        stamp = hashlib.sha256("|".join(f"{r.id}:{r.status}" for r in rows).encode()).hexdigest()[:16]
        if stamp == self.stamp:
            return False
        servable = {r.id: Servable(r.id, r.name, r.version, r.status, r.run_id, int(_aware(r.created_at).timestamp())) for r in rows}
        production: dict[str, Servable] = {}
        for entry in servable.values():
            if entry.status == "production":
                production[entry.name] = entry  # the newest, should two ever be in production
        with self._lock:
            first = not self.stamp
            before = {name: s.id for name, s in self.production.items()}
            self.servable, self.production, self.stamp = servable, production, stamp
            gone = [vid for vid in self._engines if vid not in servable]
            engines = [self._engines.pop(vid) for vid in gone]
        after = {name: s.id for name, s in production.items()}
        if self.metrics:
            self.metrics.served.clear()
            for entry in servable.values():
                self.metrics.served.labels(entry.name, entry.id, entry.status).set(1)
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                self.log(f"{name}: now serving {after.get(name) or 'nothing'} (was {before.get(name) or 'nothing'})")
                if self.audit is not None and not first:
                    self.audit("serve.switched", f"model:{name}", {"from": before.get(name), "to": after.get(name)})
        if engines:
            # Closing waits for queued work: never on the request that noticed the change.
            threading.Thread(target=lambda: [e.close() for e in engines], name="afinar-unload", daemon=True).start()
        return True

    def resolve(self, model: str) -> Servable:
        """The version a request's `model` field names: NAME → its production version; NAME@N or
        NAME@production → that version if it is servable here."""
        self.refresh()
        model = (model or "").strip()
        name, _, which = model.partition("@")
        with self._lock:
            if not which or which == "production":
                entry = self.production.get(name)
                if entry is None:
                    raise ModelNotServedError(
                        f"model {model!r} has no version in production here",
                        hint="GET /v1/models lists what this server answers with",
                    )
                return entry
            if not which.isdigit():
                raise UsageError(f"model {model!r}: write NAME or NAME@VERSION (a number)")
            entry = self.servable.get(f"{name}@{int(which)}")
        if entry is None:
            allowed = ", ".join(self.statuses)
            raise ModelNotServedError(f"model version {model!r} is not served here (this server serves versions in: {allowed})")
        return entry

    # -- engines -----------------------------------------------------------------------------------

    def engine(self, entry: Servable):
        """The loaded engine of a servable version (loading it now if needed; blocking)."""
        with self._lock:
            engine = self._engines.get(entry.id)
            lock = self._loading.setdefault(entry.id, threading.Lock())
        if engine is not None:
            return engine
        with lock:
            with self._lock:
                engine = self._engines.get(entry.id)
            if engine is None:
                engine = self._load(entry)
                with self._lock:
                    if entry.id not in self.servable:  # demoted while loading
                        engine.close()
                        raise ModelNotServedError(f"model version {entry.id} stopped being served while it was loading")
                    self._engines[entry.id] = engine
        return engine

    def loaded(self) -> list[str]:
        with self._lock:
            return sorted(self._engines)

    def preload(self) -> None:
        for entry in list(self.production.values()):
            try:
                self.engine(entry)
            except AfinarError as exc:
                self.log(f"{entry.id}: could not be loaded: {exc.message}")

    def close(self) -> None:
        with self._lock:
            engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()

    def _load(self, entry: Servable):
        from afinar.evaluate.models import device, inference_dtype, load_tuned
        from afinar.serve.engines import ClassifierEngine, GeneratorEngine
        from afinar.train import get_run

        started = time.perf_counter()
        run = get_run(self.workspace, entry.run_id)
        loaded = load_tuned(run, self.workspace, log=self.log)
        dtype, where = inference_dtype(self.settings.dtype), device()
        wait_s = self.settings.batch_wait_ms / 1000.0
        if run.task == "classification":
            labels = list(loaded.record.get("labels") or [])
            if not labels:
                raise AfinarError(f"{entry.id}: its run {run.id} recorded no labels; it cannot be served as a classifier")
            max_length = min(int(run.spec.get("train", {}).get("max_seq_len") or 512), getattr(loaded.model.config, "max_position_embeddings", 512) or 512)
            engine = ClassifierEngine(
                loaded.model, loaded.tokenizer, labels, multi_label=bool(loaded.record.get("multi_label")), max_length=max_length,
                max_batch=self.settings.max_batch_size, wait_s=wait_s, dtype=dtype, device=where, metrics=self.metrics, version=entry.id,
            )
        else:
            loaded.tokenizer.padding_side = "left"
            engine = GeneratorEngine(
                loaded.model, loaded.tokenizer, chat_format=loaded.record.get("chat_format", "plain"),
                max_batch=self.settings.max_batch_size_generate, wait_s=wait_s, dtype=dtype, device=where, metrics=self.metrics, version=entry.id,
            )
        if self.metrics:
            self.metrics.model_loads.labels(entry.id).inc()
        self.log(f"{entry.id}: loaded ({run.task}, {run.method} on {run.base_model}) in {time.perf_counter() - started:.1f} s")
        return engine


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns: they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
