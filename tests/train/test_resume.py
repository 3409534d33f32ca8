"""Exact resume: `kill -9` a real `afinar train` process, then `afinar train --resume` ends with
the same final loss as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from afinar.config import load_spec

from .conftest import ticket_records, write_project

# dtype and threads pinned: the reference and the killed run are separate runs, and `auto` follows
# the load (the thread count the load average, bf16 a timed matmul near its threshold here); a
# resumed run keeps its own run's choices (tests/train/test_hardware_resume.py)
TRAIN = {
    "method": "lora", "threads": 1, "dtype": "float32", "learning_rate": 2e-3, "batch_size": 8, "max_seq_len": 48, "max_steps": 40,
    "checkpoint_every": 4, "eval_every": 10, "lora": {"r": 4, "alpha": 8, "dropout": 0.1},
}


def _afinar(workspace: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "afinar", "-w", str(workspace), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "AFINAR_USER": "tester"}, **kwargs,
    )


def _prepared_workspace(path: Path, spec_path: Path) -> Path:
    from afinar.data import prepare
    from afinar.workspace import Workspace

    with Workspace.open(path) as workspace:
        prepare(load_spec(spec_path), workspace, log=lambda _m: None)
    return path


@pytest.mark.slow
def test_kill_9_then_resume_matches_uninterrupted_run(tmp_path):
    spec_path = write_project(tmp_path / "p", task="classification", base_model="minilm-l6", records=ticket_records(240), train=TRAIN)

    reference_ws = _prepared_workspace(tmp_path / "ws-ref", spec_path)
    reference = _afinar(reference_ws, "train", "-c", str(spec_path), "--json")
    out, err = reference.communicate(timeout=300)
    assert reference.returncode == 0, err
    expected = json.loads(out)

    ws = _prepared_workspace(tmp_path / "ws", spec_path)
    victim = _afinar(ws, "train", "-c", str(spec_path), "--json")
    killed_at = None
    deadline = time.time() + 240
    while time.time() < deadline and victim.poll() is None:
        pointers = list((ws / "runs").glob("*/checkpoints/LATEST"))
        if pointers:
            step = int(pointers[0].read_text().strip().split("-")[1])
            if step >= 12:
                os.kill(victim.pid, signal.SIGKILL)
                killed_at = step
                break
        time.sleep(0.01)
    victim.communicate(timeout=60)
    assert killed_at is not None, "the run ended before it could be killed; make it longer"
    assert victim.returncode == -signal.SIGKILL

    resumed = _afinar(ws, "train", "-c", str(spec_path), "--resume", "--json")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    result = json.loads(out)
    assert "resuming run" in err
    assert result["status"] == "completed" and result["steps"] == expected["steps"] == 40
    assert result["train_loss"] == pytest.approx(expected["train_loss"], rel=1e-5, abs=1e-6)
    assert result["val_loss"] == pytest.approx(expected["val_loss"], rel=1e-5, abs=1e-6)

    show = _afinar(ws, "train", "show", result["id"], "--json", "--metrics")
    out, _ = show.communicate(timeout=60)
    curve = json.loads(out)["metrics"]
    assert [row["step"] for row in curve] == list(range(1, 41))  # steps after the checkpoint logged once

    audit = _afinar(ws, "audit", "log", "--action", "train.", "--json")
    out, _ = audit.communicate(timeout=60)
    assert [event["action"] for event in json.loads(out)] == ["train.started", "train.resumed", "train.completed"]


@pytest.mark.slow
def test_resume_without_an_interrupted_run_is_a_clear_error(tmp_path):
    spec_path = write_project(tmp_path / "p", task="classification", base_model="minilm-l6", records=ticket_records(40), train=TRAIN)
    ws = _prepared_workspace(tmp_path / "ws", spec_path)
    process = _afinar(ws, "train", "-c", str(spec_path), "--resume")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 4
    assert "no interrupted run" in err
