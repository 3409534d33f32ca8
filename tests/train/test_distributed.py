"""`afinar train --nproc 2`: two processes (DDP over gloo, launched by accelerate) reach the same
result as one process with the same global batch."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from afinar.config import load_spec

from .conftest import ticket_records, write_project

TRAIN = {
    "method": "lora", "learning_rate": 2e-3, "batch_size": 8, "micro_batch_size": 4, "max_seq_len": 48, "max_steps": 8,
    "eval_every": 4, "dtype": "float32", "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
}


@pytest.mark.slow
def test_two_process_ddp_matches_single_process(tmp_path):
    from afinar.data import prepare
    from afinar.workspace import Workspace

    spec_path = write_project(tmp_path / "p", task="classification", base_model="minilm-l6", records=ticket_records(120), train=TRAIN)
    results = {}
    for nproc in (1, 2):
        ws = tmp_path / f"ws-{nproc}"
        with Workspace.open(ws) as workspace:
            prepare(load_spec(spec_path), workspace, log=lambda _m: None)
        process = subprocess.run(
            [sys.executable, "-m", "afinar", "-w", str(ws), "train", "-c", str(spec_path), "--nproc", str(nproc), "--json"],
            capture_output=True, text=True, timeout=400, env=os.environ.copy(),
        )
        assert process.returncode == 0, process.stderr[-3000:]
        results[nproc] = json.loads(process.stdout)
    single, double = results[1], results[2]
    assert double["plan"]["world_size"] == 2 and double["plan"]["grad_accumulation"] == 1
    assert single["plan"]["world_size"] == 1 and single["plan"]["grad_accumulation"] == 2
    assert double["steps"] == single["steps"] == 8
    assert double["train_loss"] == pytest.approx(single["train_loss"], rel=1e-4)
    assert double["val_loss"] == pytest.approx(single["val_loss"], rel=1e-4)
