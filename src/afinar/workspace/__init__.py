"""The workspace: metadata database, artifact store, model cache and secrets of one afinar setup.

Default folder `./.afinar/` (`--workspace` or `AFINAR_WORKSPACE` move it). Metadata lives in
SQLite (WAL) inside the folder, or in PostgreSQL when `AFINAR_DATABASE_URL` names one. The
schema is migrated with Alembic to the newest revision on every `Workspace.open`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session

from afinar.errors import AfinarError, UsageError
from afinar.workspace.atomic import atomic_write_bytes
from afinar.workspace.schema import WorkspaceInfo
from afinar.workspace.store import Artifact, ArtifactStore

__all__ = ["Artifact", "ArtifactStore", "Workspace", "default_workspace_path"]

DEFAULT_FOLDER = ".afinar"
MIGRATIONS = Path(__file__).parent / "migrations"
# Arbitrary 64-bit constant: PostgreSQL advisory lock taken while migrating the schema.
PG_MIGRATION_LOCK = 0x61_66_69_6E_61_72_00_01


def default_workspace_path() -> Path:
    return Path(os.environ.get("AFINAR_WORKSPACE") or DEFAULT_FOLDER)


class Workspace:
    """An opened workspace. Create with `Workspace.open(path)`; safe to share between processes."""

    def __init__(self, root: Path, engine: Engine) -> None:
        self.root = root
        self.engine = engine
        self.store = ArtifactStore(self)

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, database_url: str | None = None) -> Workspace:
        """Open (creating if needed) the workspace at `path`, migrating its database to head."""
        root = Path(path) if path is not None else default_workspace_path()
        root = root.expanduser().resolve()
        if root.exists() and not root.is_dir():
            raise UsageError(f"{root}: exists and is not a folder; choose another --workspace")
        for folder in (root, root / "artifacts", root / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        (root / "keys").mkdir(mode=0o700, exist_ok=True)
        url = database_url or os.environ.get("AFINAR_DATABASE_URL") or f"sqlite:///{root / 'afinar.db'}"
        engine = _create_engine(url)
        workspace = cls(root, engine)
        workspace._migrate()
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def database_url(self) -> str:
        """The database URL with any password hidden (safe to print)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def model_cache(self) -> Path:
        """Folder of converted base models (`AFINAR_MODEL_CACHE` shares one between workspaces)."""
        folder = Path(os.environ.get("AFINAR_MODEL_CACHE") or self.root / "models").expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @property
    def id(self) -> str:
        with self.session() as session:
            return session.get(WorkspaceInfo, "workspace_id").value

    # -- database sessions -----------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (no commit)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and serialises with other writers.

        On SQLite the transaction starts with BEGIN IMMEDIATE, so two processes never both
        read-then-write the same rows; on PostgreSQL callers lock rows explicitly.
        """
        with self.engine.connect().execution_options(afinar_write=True) as connection:
            with Session(bind=connection, expire_on_commit=False) as session:
                with session.begin():
                    yield session

    # -- secrets ---------------------------------------------------------------------------------

    def secret(self, name: str) -> bytes:
        """A 32-byte key kept in `keys/<name>.key` (mode 0600), created on first use.

        `AFINAR_<NAME>_KEY` (hex) overrides the file, for setups where keys live in a vault.
        """
        override = os.environ.get(f"AFINAR_{name.upper()}_KEY")
        if override:
            try:
                return bytes.fromhex(override)
            except ValueError:
                raise UsageError(f"AFINAR_{name.upper()}_KEY must be hexadecimal") from None
        path = self.root / "keys" / f"{name}.key"
        if not path.exists():
            key = secrets.token_bytes(32)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass  # another process created it first: use theirs
            else:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(key.hex().encode())
        # A freshly created key file may still be empty for a few microseconds in a race.
        for _ in range(100):
            content = path.read_bytes().strip()
            if len(content) == 64:
                return bytes.fromhex(content.decode())
            time.sleep(0.01)
        raise AfinarError(f"{path}: key file is corrupt (expected 64 hex characters)")

    # -- files -------------------------------------------------------------------------------------

    def write_file(self, relative: str, data: bytes) -> Path:
        """Atomically write a file inside the workspace folder."""
        target = self.root / relative
        atomic_write_bytes(target, data)
        return target

    # -- migrations --------------------------------------------------------------------------------

    def _migrate(self) -> None:
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
        if self._current_revision() == head:
            return
        if self.dialect == "sqlite":
            from filelock import FileLock

            with FileLock(str(self.root / ".migrate.lock"), timeout=120):
                self._upgrade()
        else:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"SELECT pg_advisory_lock({PG_MIGRATION_LOCK})")
                try:
                    self._upgrade()
                finally:
                    connection.exec_driver_sql(f"SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})")
                    connection.commit()

    def _current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _upgrade(self) -> None:
        from alembic import command

        from afinar.workspace.schema import AuditHeadRow

        config = _alembic_config()
        # One transaction for the schema and its first rows: a process that sees the head revision
        # (and so skips migrating) must also see the workspace id and the audit chain's head.
        with self.engine.connect().execution_options(afinar_write=True) as connection:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                with Session(bind=connection, expire_on_commit=False) as session:
                    if session.get(WorkspaceInfo, "workspace_id") is None:
                        session.add(WorkspaceInfo(key="workspace_id", value=str(uuid.uuid4())))
                    if session.scalars(select(AuditHeadRow)).first() is None:
                        session.add(AuditHeadRow(id=1, length=0, head_hash="0" * 64))
                    session.flush()


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _create_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": 60})
            _configure_sqlite(engine)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        with engine.connect():
            pass
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one clear message
        from sqlalchemy.engine import make_url

        shown = make_url(url).render_as_string(hide_password=True)
        raise AfinarError(f"cannot open the metadata database {shown}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is always DEFERRED).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=60000")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get("afinar_write") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def _switch_to_wal(cursor, *, patience_s: float = 60.0) -> None:
    """Put the database in WAL mode, waiting while another process does the same.

    Switching a new database file to WAL needs an exclusive lock, and SQLite answers "database
    is locked" at once, without its busy handler, when two processes create one workspace at the
    same moment; once the file is in WAL mode the pragma takes no lock.
    """
    import sqlite3

    deadline = time.monotonic() + patience_s
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
