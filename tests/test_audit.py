"""The audit log: a clean chain verifies; every kind of tampering is caught."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from afinar.audit import AuditLog


def _filled_log(workspace, n: int = 6) -> AuditLog:
    log = AuditLog(workspace)
    for i in range(n):
        log.append("test.event", f"subject:{i}", {"i": i, "note": "ação registrada"})
    return log


def _db(workspace) -> sqlite3.Connection:
    return sqlite3.connect(workspace.root / "afinar.db")


def test_clean_chain_verifies(workspace):
    log = _filled_log(workspace)
    report = log.verify()
    assert report.ok, report.problems
    assert report.length == 6
    events = log.events()
    assert [e.seq for e in events] == [1, 2, 3, 4, 5, 6]
    assert events[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert events[0].actor == "tester"


def test_event_rejects_non_json_details(workspace):
    with pytest.raises(TypeError):
        AuditLog(workspace).append("test.event", "s", {"bad": object()})
    with pytest.raises(ValueError, match="stage.verb"):
        AuditLog(workspace).append("NoDots", "s")


def test_edited_event_is_caught(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        db.execute("UPDATE audit_events SET details = ? WHERE seq = 3", (json.dumps({"i": 99}),))
    report = log.verify()
    assert not report.ok
    assert any("event #3" in p and "does not match its hash" in p for p in report.problems)


def test_edited_actor_is_caught(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        db.execute("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2")
    assert any("event #2" in p for p in log.verify().problems)


def test_deleted_event_is_caught(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        db.execute("DELETE FROM audit_events WHERE seq = 4")
    report = log.verify()
    assert not report.ok
    assert any("#5 found where #4 was expected" in p for p in report.problems)


def test_inserted_event_is_caught(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        # Make room after #3 and insert a forged event that links to #3's hash.
        db.execute("UPDATE audit_events SET seq = seq + 100 WHERE seq > 3")
        db.execute("UPDATE audit_events SET seq = seq - 99 WHERE seq > 100")
        prev = db.execute("SELECT hash FROM audit_events WHERE seq = 3").fetchone()[0]
        db.execute(
            "INSERT INTO audit_events VALUES (4, '2026-01-01T00:00:00+00:00', 'mallory', 'model.approved', 'x', '{}', ?, ?)",
            (prev, "f" * 64),
        )
        db.execute("UPDATE audit_head SET length = 7")
    report = log.verify()
    assert not report.ok
    assert any("event #4: content does not match its hash" in p for p in report.problems)


def test_reordered_events_are_caught(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        db.execute("UPDATE audit_events SET seq = -2 WHERE seq = 2")
        db.execute("UPDATE audit_events SET seq = 2 WHERE seq = 5")
        db.execute("UPDATE audit_events SET seq = 5 WHERE seq = -2")
    report = log.verify()
    assert not report.ok
    assert any("does not match its hash" in p for p in report.problems)


def test_truncation_is_caught_by_head(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        db.execute("DELETE FROM audit_events WHERE seq > 4")
    report = log.verify()
    assert any("truncated" in p for p in report.problems)


def test_truncation_with_rewritten_head_is_caught_by_anchor(workspace):
    log = _filled_log(workspace)
    with _db(workspace) as db:
        last = db.execute("SELECT hash FROM audit_events WHERE seq = 4").fetchone()[0]
        db.execute("DELETE FROM audit_events WHERE seq > 4")
        db.execute("UPDATE audit_head SET length = 4, head_hash = ?", (last,))
    report = log.verify()
    assert any("anchor records 6 events but only 4 exist (truncated)" in p for p in report.problems)


def test_altered_anchor_is_caught(workspace):
    log = _filled_log(workspace)
    anchor_path = workspace.root / "audit.anchor"
    anchor = json.loads(anchor_path.read_text())
    anchor["length"] = 3
    anchor_path.write_text(json.dumps(anchor))
    assert any("anchor file audit.anchor was altered" in p for p in log.verify().problems)


def test_anchor_lagging_after_interrupted_append_is_a_warning(workspace):
    log = _filled_log(workspace)
    anchor_path = workspace.root / "audit.anchor"
    saved = anchor_path.read_text()
    log.append("test.event", "subject:last", {})
    anchor_path.write_text(saved)  # as if the process died between commit and anchor update
    report = log.verify()
    assert report.ok
    assert report.warnings and "1 event(s) after the last anchor" in report.warnings[0]


def test_cli_verify_exit_codes(workspace):
    _filled_log(workspace)
    cmd = [sys.executable, "-m", "afinar", "-w", str(workspace.root), "audit", "verify"]
    ok = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "intact" in ok.stdout
    with _db(workspace) as db:
        db.execute("UPDATE audit_events SET subject = 'other' WHERE seq = 1")
    bad = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 6
    assert "event #1" in bad.stdout
    listing = subprocess.run(
        [sys.executable, "-m", "afinar", "-w", str(workspace.root), "audit", "log", "--json", "-n", "2"],
        capture_output=True, text=True, timeout=60,
    )
    assert [e["seq"] for e in json.loads(listing.stdout)] == [5, 6]
