"""The workspace: artifact store, atomic writes, secrets, and real concurrent processes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from afinar.audit import AuditLog
from afinar.errors import IntegrityError
from afinar.workspace import Workspace
from afinar.workspace.atomic import atomic_output_file, atomic_write_text


def test_store_is_content_addressed(workspace, tmp_path):
    data = b"linha 1\nlinha 2\n"
    a = workspace.store.put_bytes(data, "test")
    assert a.sha256 == hashlib.sha256(data).hexdigest()
    assert a.path.read_bytes() == data
    source = tmp_path / "copy.txt"
    source.write_bytes(data)
    b = workspace.store.put_file(source, "test")
    assert b.sha256 == a.sha256
    assert len(workspace.store.list("test")) == 1


def test_store_folders_hash_their_manifest(workspace, tmp_path):
    folder = tmp_path / "model"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("a")
    (folder / "sub" / "b.txt").write_text("b")
    first = workspace.store.put_dir(folder, "folder")
    assert first.is_dir and (first.path / "sub" / "b.txt").read_text() == "b"
    (folder / "sub" / "b.txt").write_text("changed")
    assert workspace.store.put_dir(folder, "folder").sha256 != first.sha256


def test_store_verify_detects_modified_content(workspace):
    artifact = workspace.store.put_bytes(b"original", "test")
    workspace.store.verify(artifact.sha256)
    artifact.path.chmod(0o644)
    artifact.path.write_bytes(b"modified")
    with pytest.raises(IntegrityError, match="modified on disk"):
        workspace.store.verify(artifact.sha256)


def test_atomic_write_leaves_old_content_on_failure(tmp_path):
    target = tmp_path / "report.json"
    atomic_write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_output_file(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("crash while writing")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_secret_is_created_once_and_private(workspace):
    key = workspace.secret("audit")
    assert len(key) == 32
    assert workspace.secret("audit") == key
    assert (workspace.root / "keys" / "audit.key").stat().st_mode & 0o077 == 0


def test_reopening_keeps_identity_and_schema(tmp_path):
    first = Workspace.open(tmp_path / "ws")
    ws_id = first.id
    first.close()
    again = Workspace.open(tmp_path / "ws")
    assert again.id == ws_id
    with sqlite3.connect(tmp_path / "ws" / "afinar.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_workspace_path_that_is_a_file_is_a_clear_error(tmp_path):
    from afinar.errors import UsageError

    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="not a folder"):
        Workspace.open(tmp_path / "file")


def test_unreachable_database_is_a_clear_error(tmp_path):
    from afinar.errors import AfinarError

    with pytest.raises(AfinarError, match="cannot open the metadata database") as info:
        Workspace.open(tmp_path / "ws", database_url="postgresql://u:secret-pw@127.0.0.1:1/nodb")
    assert "secret-pw" not in str(info.value)


WORKER = textwrap.dedent(
    """
    import sys
    from afinar.workspace import Workspace
    from afinar.audit import AuditLog
    root, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ws = Workspace.open(root, database_url=sys.argv[4] if len(sys.argv) > 4 else None)
    log = AuditLog(ws)
    for i in range(n):
        log.append("test.concurrent", f"worker:{name}", {"i": i})
        ws.store.put_bytes(f"shared-{i % 5}".encode(), "shared")
        ws.store.put_bytes(f"{name}-{i}".encode(), "own")
    """
)


def _run_workers(root, count: int, events: int, database_url: str | None = None) -> None:
    args = [str(root), "", str(events)] + ([database_url] if database_url else [])
    procs = []
    for w in range(count):
        args[1] = f"w{w}"
        procs.append(subprocess.Popen([sys.executable, "-c", WORKER, *args], stderr=subprocess.PIPE, text=True))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err


@pytest.mark.slow
def test_concurrent_processes_do_not_corrupt_a_new_workspace(tmp_path):
    root = tmp_path / "shared-ws"  # does not exist yet: the processes also race the migration
    _run_workers(root, count=3, events=40)
    ws = Workspace.open(root)
    report = AuditLog(ws).verify()
    assert report.ok, report.problems
    assert report.length == 120
    assert len(ws.store.list("shared")) == 5
    assert len(ws.store.list("own")) == 120
    with sqlite3.connect(root / "afinar.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.postgres
def test_postgres_workspace_full_cycle(tmp_path, postgres_url):
    ws = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    assert ws.dialect == "postgresql"
    log = AuditLog(ws)
    for i in range(5):
        log.append("test.event", f"s:{i}", {"i": i})
    artifact = ws.store.put_bytes(b"no postgres", "test")
    assert ws.store.get(artifact.sha256).size == len(b"no postgres")
    assert log.verify().ok
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE audit_events SET details = '{\"i\": 7}' WHERE seq = 2")
    assert any("event #2" in p for p in log.verify().problems)


@pytest.mark.postgres
@pytest.mark.slow
def test_postgres_concurrent_processes(tmp_path, postgres_url):
    _run_workers(tmp_path / "ws", count=3, events=30, database_url=postgres_url)
    ws = Workspace.open(tmp_path / "ws", database_url=postgres_url)
    report = AuditLog(ws).verify()
    assert report.ok, report.problems
    assert report.length == 90
    assert len(ws.store.list("shared")) == 5


def test_migrations_form_one_chain():
    # Stages add their own migrations; two written in parallel must not both revise the same parent.
    from alembic.script import ScriptDirectory

    from afinar.workspace import _alembic_config

    scripts = ScriptDirectory.from_config(_alembic_config())
    assert len(scripts.get_heads()) == 1, scripts.get_heads()
    assert len({rev.revision for rev in scripts.walk_revisions()}) == len(list(scripts.walk_revisions()))


@pytest.mark.slow
def test_two_afinar_commands_at_once_on_one_workspace(tmp_path):
    """Two real `afinar` processes pull the same model into one new workspace and cache at once."""
    import json
    import os

    env = {**os.environ, "AFINAR_MODEL_CACHE": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "afinar", "-w", str(tmp_path / "ws"), "models", "pull", "minilm-l6", "--json"]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], [err for _, err in outputs]
    pulled = [json.loads(out) for out, _ in outputs]
    assert pulled[0]["weights_sha256"] == pulled[1]["weights_sha256"]
    assert sum("pulling minilm-l6" in err for _, err in outputs) == 1  # converted once, under the lock
    ws = Workspace.open(tmp_path / "ws")
    report = AuditLog(ws).verify()
    assert report.ok, report.problems


def _open_workspace_at_barrier(path, barrier, results) -> None:
    barrier.wait()
    try:
        with Workspace.open(path) as ws:
            results.put(ws.id)
    except Exception as exc:  # noqa: BLE001 - reported to the test
        results.put(f"error: {exc!r}")


@pytest.mark.slow
def test_processes_creating_one_new_workspace_at_once_all_open_it(tmp_path):
    """Races seen in CI: switching a new SQLite file to WAL ("database is locked" without waiting),
    and a process that saw the migrated schema before the workspace id was written. Four
    processes released by one barrier open a new workspace, ten times."""
    import multiprocessing

    context = multiprocessing.get_context("fork")  # already imported: they start at the same instant
    for round_ in range(10):
        barrier, results = context.Barrier(4), context.Queue()
        procs = [context.Process(target=_open_workspace_at_barrier, args=(tmp_path / f"ws{round_}", barrier, results)) for _ in range(4)]
        for proc in procs:
            proc.start()
        seen = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
        assert not [s for s in seen if s.startswith("error")], seen
        assert len(set(seen)) == 1  # one workspace id, seen by all
