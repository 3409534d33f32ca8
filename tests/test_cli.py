"""The command line as a user meets it: fast help, clean errors, the main job end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def afinar(*args: str, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "afinar", *args], capture_output=True, text=True, cwd=cwd, timeout=timeout)


def test_help_imports_no_heavy_library():
    # `afinar --help` must answer in well under a second: it may not import torch or transformers.
    code = (
        "import sys; from afinar.cli.app import app; "
        "heavy = [m for m in ('torch', 'transformers', 'peft', 'sqlalchemy', 'pandas', 'sklearn') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "command",
    [[], ["init"], ["run"], ["config"], ["config", "show"], ["workspace", "info"], ["models"], ["models", "info"], ["audit"], ["audit", "verify"]],
)
def test_every_command_has_help_with_an_example(command):
    result = afinar(*command, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Usage" in text
    if command and command[-1] not in ("config", "models", "audit", "workspace"):
        assert "Example" in text


def test_unknown_command_is_a_usage_error():
    result = afinar("trian")
    assert result.returncode == 2
    assert "No such command" in result.stderr


@pytest.mark.slow
def test_run_example_end_to_end(tmp_path):
    """The README's main job on a fresh workspace: every stage runs, all audited.

    The example project as shipped (its data, privacy policy, gates and extra test set), with
    training cut to a tenth of an epoch of minilm-l6 instead of a full epoch of gemma3-270m: the
    demo takes many minutes, and what is tested here is that the stages run and connect.
    """
    import shutil

    import yaml

    project = tmp_path / "atendimento"
    shutil.copytree(REPO / "examples" / "atendimento", project)
    spec = yaml.safe_load((project / "afinar.yaml").read_text(encoding="utf-8"))
    spec["train"]["epochs"] = 0.1
    spec["base_model"] = "minilm-l6"
    (project / "afinar.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = afinar("-w", str(tmp_path / "ws"), "run", str(project), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["project"] == "atendimento-telecom"
    assert [stage["stage"] for stage in summary["stages"]] == ["models", "data", "train", "evaluate", "registry"]
    assert summary["pending"] == []
    verify = afinar("-w", str(tmp_path / "ws"), "audit", "verify", "--json")
    report = json.loads(verify.stdout)
    assert report["ok"] and report["length"] >= 4
    log = json.loads(afinar("-w", str(tmp_path / "ws"), "audit", "log", "--json", "-n", "10000").stdout)
    actions = [event["action"] for event in log]
    assert actions[0] == "pipeline.started" and actions[-1] == "pipeline.completed"
    for expected in ("model.pulled", "data.prepared", "train.completed", "eval.completed"):
        assert expected in actions, expected
    assert any(action.startswith("registry.") for action in actions)


def test_workspace_info_json(tmp_path):
    result = afinar("-w", str(tmp_path / "ws"), "workspace", "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["database"].startswith("sqlite:///")
    assert info["audit_events"] == 0
