"""`afinar registry`, `afinar users` and `afinar privacy find-subject/forget` as a user meets them:
help with examples, JSON output, and the documented exit codes (2 forbidden transition or
failed gate, 3 permission denied, 4 not found)."""

from __future__ import annotations

import io
import json

import pytest
from .conftest import PLANTED, make_people, record_run

from afinar.registry import Registry

COMMANDS = [
    ["registry", c] for c in ("register", "list", "show", "submit", "withdraw", "approve", "reject", "promote", "retire", "card", "lineage", "export")
] + [["users", c] for c in ("add", "roles", "list", "token")] + [["privacy", "find-subject"], ["privacy", "forget"]]


def afinar(capsys, *args: str) -> tuple[int, str, str]:
    from afinar.cli import main

    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(capsys, command):
    code, out, _ = afinar(capsys, *command, "--help")
    assert code == 0 and "Usage" in out and "Example" in out


@pytest.fixture
def cli(workspace, monkeypatch, capsys):
    """run(*args, as_user=None) -> (exit code, stdout, stderr), acting with a user's token."""
    people = make_people(workspace)

    def run(*args: str, as_user: str | None = None):
        if as_user:
            monkeypatch.setenv("AFINAR_TOKEN", people.tokens[as_user])
        else:
            monkeypatch.delenv("AFINAR_TOKEN", raising=False)
        return afinar(capsys, "-w", str(workspace.root), *args)

    return run, people


def test_a_review_from_the_command_line(cli, workspace):
    run, people = cli
    code, out, _ = run("registry", "register", record_run(workspace), "--json", as_user="ana.cientista")
    assert code == 0 and json.loads(out)["id"] == "atendimento-telecom@1"
    assert run("registry", "submit", "atendimento-telecom@1", as_user="ana.cientista")[0] == 0

    code, _, err = run("registry", "approve", "atendimento-telecom@1", as_user="vitor.leitor")
    assert code == 3 and "may not registry.approve" in err
    code, _, err = run("registry", "promote", "atendimento-telecom@1", as_user="bruno.revisor")
    assert code == 2 and "cannot promote a version that is pending_review" in err
    code, _, err = run("registry", "reject", "atendimento-telecom@1", "--reason", " ", as_user="bruno.revisor")
    assert code == 2 and "needs a reason" in err
    code, out, _ = run("registry", "approve", "atendimento-telecom@1", "-m", "ok", "--json", as_user="bruno.revisor")
    assert code == 0 and json.loads(out)["status"] == "approved"
    code, out, _ = run("registry", "promote", "atendimento-telecom@1", as_user="bruno.revisor")
    assert code == 0 and "no version of this model is in production" in out

    code, out, _ = run("registry", "show", "atendimento-telecom@production", "--json", as_user="vitor.leitor")
    shown = json.loads(out)
    assert [t["action"] for t in shown["history"]] == ["register", "submit", "approve", "promote"]
    assert shown["history"][2]["actor"] == "bruno.revisor" and shown["next"] == ["retire"]
    code, out, _ = run("registry", "list", "--status", "production", as_user="vitor.leitor")
    assert code == 0 and "atendimento-telecom@1" in out
    assert run("registry", "show", "atendimento-telecom@9")[0] == 4


def test_self_approval_is_refused_from_the_command_line(cli, workspace):
    from afinar.registry import identity

    run, people = cli
    identity.add_user(workspace, people.admin, "rita.dupla", ["data_scientist", "reviewer"])
    token, _ = identity.create_token(workspace, people.admin, "rita.dupla")
    people.tokens["rita.dupla"] = token
    run("registry", "register", record_run(workspace, author="rita.dupla"), as_user="rita.dupla")
    run("registry", "submit", "atendimento-telecom@1", as_user="rita.dupla")
    code, _, err = run("registry", "approve", "atendimento-telecom@1", as_user="rita.dupla")
    assert code == 3 and "four eyes" in err


def test_failed_gates_from_the_command_line(cli, workspace):
    run, people = cli
    run("registry", "register", record_run(workspace, passed=False), as_user="ana.cientista")
    code, _, err = run("registry", "submit", "atendimento-telecom@1", as_user="ana.cientista")
    assert code == 2 and "failed gates" in err and "--override-gates" in err
    code, out, _ = run("registry", "submit", "atendimento-telecom@1", "--override-gates", "revisão manual", "--json")  # the local admin
    assert code == 0 and json.loads(out)["notes"]["gate_override"]["reason"] == "revisão manual"


def test_users_from_the_command_line(cli, workspace):
    run, people = cli
    code, _, err = run("users", "add", "eva", "--role", "admin", as_user="bruno.revisor")
    assert code == 3
    code, out, _ = run("users", "add", "eva", "--role", "reviewer", "--json")
    assert code == 0 and json.loads(out)["roles"] == ["reviewer"]
    code, out, _ = run("users", "token", "eva", "--label", "notebook")
    token = out.strip().splitlines()[-1]
    assert code == 0 and token.startswith("afn_")
    code, out, _ = run("users", "list", "--tokens", "--json")
    listed = json.loads(out)
    assert "eva" in [u["name"] for u in listed["users"]] and token not in out
    assert Registry(workspace).authenticate(token).name == "eva"
    code, _, err = run("users", "roles", "eva", "--role", "superuser")
    assert code == 2 and "unknown role" in err


def test_cards_lineage_and_subject_requests_from_the_command_line(world, monkeypatch, capsys, tmp_path):
    world_, workspace = world
    people = make_people(workspace)
    registry = Registry(workspace)
    version = registry.register(world_.runs["a"], people.scientist).id

    def run(*args: str):
        return afinar(capsys, "-w", str(workspace.root), *args)  # as the local admin

    code, out, _ = run("registry", "card", version, "-o", str(tmp_path / "card.html"))
    assert code == 0 and (tmp_path / "card.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, _ = run("registry", "card", version)
    assert out.startswith("---\nlicense: apache-2.0") and PLANTED["cpf"] not in out
    code, out, _ = run("registry", "lineage", version)
    assert code == 0 and world_.datasets["a"] in out and "source data/tickets.jsonl sha256" in out
    code, out, _ = run("registry", "lineage", "--reverse", world_.datasets["a"][:10], "--json")
    assert [v["id"] for v in json.loads(out)["model_versions"]] == [version]
    assert run("registry", "lineage")[0] == 2

    monkeypatch.setattr("sys.stdin", io.StringIO(PLANTED["cpf"] + "\n"))
    code, out, _ = run("privacy", "find-subject", "--stdin", "--type", "BR_CPF", "--json")
    found = json.loads(out)
    assert code == 0 and [d["id"] for d in found["datasets"]] == [world_.datasets["a"]] and PLANTED["cpf"] not in out
    monkeypatch.setenv("AFINAR_TOKEN", people.tokens["bruno.revisor"])
    code, _, err = run("privacy", "find-subject", PLANTED["email"])
    assert code == 3
    monkeypatch.delenv("AFINAR_TOKEN")
    code, _, err = run("privacy", "forget", "--stdin", "--json")
    assert code == 2 and "--yes" in err
    code, out, _ = run("privacy", "forget", PLANTED["email"], "--yes")
    assert code == 0 and "rebuilt" not in out and "→" in out and "remove the records from the sources too" in out
    assert registry.get(version).retrain_required
