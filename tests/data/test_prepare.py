"""`prepare` end to end on small real files: splits, dedup, bias, versioning, atomicity, privacy, CLI."""

from __future__ import annotations

import json
import random
import time

import pyarrow.parquet as pq
import pytest

from afinar.audit import AuditLog
from afinar.data import get_dataset, list_datasets, prepare
from afinar.errors import DataError

from .conftest import portuguese_sentence, write_jsonl

QUIET = {"log": lambda _: None}


def tickets(n=600, seed=0, skew=0.0, near_copies=0):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        region = rng.choice(["Nordeste", "Sul", "Sudeste", "Norte"])
        label = rng.choice(["cobranca", "tecnico", "cancelamento"])
        if region == "Nordeste" and rng.random() < skew:
            label = "cobranca"
        rows.append({"id": f"t{i}", "text": portuguese_sentence(rng, 18) + f" protocolo {i}", "label": label,
                     "region": region, "gender": rng.choice(["F", "M"]), "customer_id": f"c{i // 4}"})
    for k in range(near_copies):
        original = rows[k * 7]
        copy = dict(original, id=f"dup{k}", text=original["text"].replace("Olá,", "Oi,"))
        rows.append(copy)
    return rows


@pytest.fixture
def project(tmp_path, make_project):
    def make(rows, **data):
        write_jsonl(tmp_path / "data" / "tickets.jsonl", rows)
        spec = {"sources": ["data/tickets.jsonl"], "group_fields": ["region", "gender"], **data}
        return make_project(spec)

    return make


def split_rows(version, split):
    return pq.read_table(version.split_path(split)).to_pylist()


def test_prepare_end_to_end_with_the_real_tokenizer(project, workspace):
    version = prepare(project(tickets(300), split={"group_by": "customer_id"}), workspace, **QUIET)
    manifest = version.manifest()
    assert sum(version.splits.values()) == version.records > 250
    assert manifest["inputs"][0]["sha256"] and manifest["privacy"]["mode"] == "declared_anonymized"
    assert [s["step"] for s in manifest["steps"]][:4] == ["ingest", "validate", "repair_text", "privacy"]
    assert 20 < manifest["token_lengths"]["mean"] < 80  # MiniLM word pieces, not the 128 its tokenizer.json pads to
    example = next(version.examples("train"))
    assert example.kind == "classification" and example.label and example.groups.keys() == {"region", "gender"}
    html = (version.path / "report.html").read_text()
    assert "<svg" in html and "protocolo" not in html  # plots inline, no record text
    assert "protocolo" not in (version.path / "report.md").read_text()
    assert [e.action for e in AuditLog(workspace).events(action="data.")] == ["data.prepared"]


def test_group_aware_split_and_no_leakage(project, workspace, words):
    version = prepare(project(tickets(800), split={"group_by": "customer_id"}), workspace, token_counter=words, **QUIET)
    customer_split = {}
    rows = tickets(800)
    customer_of = {r["id"]: r["customer_id"] for r in rows}
    for split in ("train", "validation", "test"):
        for row in split_rows(version, split):
            customer = customer_of[row["record_id"]]
            assert customer_split.setdefault(customer, split) == split
    assert version.manifest()["steps"][10]["counts"]["ok"] is True  # leakage check
    assert version.splits["test"] > 40 and version.splits["validation"] > 40


def test_splits_are_reproducible_and_the_same_inputs_give_the_same_id(project, workspace, words):
    loaded = project(tickets(500))
    first = prepare(loaded, workspace, token_counter=words, **QUIET)
    started = time.perf_counter()
    again = prepare(loaded, workspace, token_counter=words, **QUIET)
    assert again.reused and again.id == first.id and time.perf_counter() - started < 1.0
    rebuilt = prepare(loaded, workspace, token_counter=words, force=True, **QUIET)
    assert rebuilt.id == first.id  # byte-identical content, hence the same content hash
    assert [r["record_id"] for r in split_rows(rebuilt, "test")] == [r["record_id"] for r in split_rows(first, "test")]
    actions = [e.action for e in AuditLog(workspace).events(action="data.")]
    assert actions == ["data.prepared", "data.reused", "data.prepared"]
    assert len(list_datasets(workspace, "teste")) == 1 and get_dataset(workspace, first.id[:8]).id == first.id


def test_changing_the_seed_changes_the_version(project, workspace, words, make_project):
    first = prepare(project(tickets(300)), workspace, token_counter=words, **QUIET)
    other = prepare(project(tickets(300), split={"seed": 7}), workspace, token_counter=words, **QUIET)
    assert other.id != first.id and not other.reused


def test_dedup_drops_planted_near_duplicates_and_exact_copies(project, workspace, words):
    rows = tickets(400, near_copies=20)
    rows.append(dict(rows[3], id="exact", text=rows[3]["text"].upper()))
    version = prepare(project(rows), workspace, token_counter=words, **QUIET)
    kept = {r["record_id"] for s in ("train", "validation", "test") for r in split_rows(version, s)}
    assert "exact" not in kept
    assert sum(f"dup{k}" in kept for k in range(20)) <= 1
    report = json.loads((version.path / "report.json").read_text())
    assert report["near_duplicate_clusters"] and all(":" in c["kept"] for c in report["near_duplicate_clusters"])
    steps = {s["step"]: s["counts"] for s in version.manifest()["steps"]}
    assert steps["exact_dedup"]["dropped"] == 1 and steps["near_dedup"]["dropped"] >= 19


def test_bias_audit_in_prepare_flags_the_planted_skew(project, workspace, words):
    skewed = prepare(project(tickets(1200, skew=0.5)), workspace, token_counter=words, **QUIET)
    assert skewed.worst_finding == "high"
    findings = json.loads((skewed.path / "report.json").read_text())["bias"]["findings"]
    assert any(f["kind"] == "label_gap" and f["field"] == "region" and f["subject"] == "cobranca" for f in findings)


def test_balanced_data_has_no_label_gap_finding(project, workspace, words):
    balanced = prepare(project(tickets(1200, seed=5)), workspace, token_counter=words, **QUIET)
    findings = json.loads((balanced.path / "report.json").read_text())["bias"]["findings"]
    assert not [f for f in findings if f["kind"] == "label_gap"]


def test_bias_gate_fails_without_writing(project, workspace, words):
    with pytest.raises(DataError, match="bias audit"):
        prepare(project(tickets(1200, skew=0.5), bias={"fail_on": "high"}), workspace, token_counter=words, **QUIET)
    assert list_datasets(workspace) == [] and workspace.store.list("dataset") == []


def test_strict_prepare_fails_and_leaves_nothing_half_written(project, workspace, words, tmp_path):
    rows = tickets(200)
    rows.insert(50, {"id": "bad", "text": "", "label": "x"})
    with pytest.raises(DataError, match=r"tickets.jsonl:51: field 'text': empty content"):
        prepare(project(rows), workspace, token_counter=words, strict=True, **QUIET)
    assert list_datasets(workspace) == [] and workspace.store.list("dataset") == []
    assert [p for p in (workspace.root / "tmp").iterdir()] == []
    assert [e.action for e in AuditLog(workspace).events(action="data.")] == ["data.prepare_failed"]
    lenient = prepare(project(rows), workspace, token_counter=words, **QUIET)
    report = json.loads((lenient.path / "report.json").read_text())
    assert {"file": "data/tickets.jsonl", "line": 51, "field": "text", "reason": "empty content", "detail": "", "step": "validation"} in report["dropped"]["records"]


def test_over_length_policies(project, workspace, words):
    rows = tickets(100)
    rows[0]["text"] = " ".join(["palavra"] * 80)
    dropped = prepare(project(rows, max_tokens=40, over_length="drop"), workspace, token_counter=words, **QUIET)
    assert dropped.dropped == 1
    truncated = prepare(project(rows, max_tokens=40), workspace, token_counter=words, **QUIET)
    assert truncated.dropped == 0 and max(r["n_tokens"] for s in ("train", "validation", "test") for r in split_rows(truncated, s)) <= 40
    with pytest.raises(DataError, match=r"tickets.jsonl:1: example too long"):
        prepare(project(rows, max_tokens=40, over_length="fail"), workspace, token_counter=words, **QUIET)


def test_chat_truncation_with_a_chat_template(tmp_path, make_project, workspace):
    """SmolLM2-style template: long chats lose their last turns, then the end of the answer."""
    from transformers import AutoTokenizer

    from afinar.data.example import Example, Message, SourceRef
    from afinar.data.tokens import HuggingFaceTokenCounter
    from afinar.models import pull

    tokenizer = AutoTokenizer.from_pretrained(pull("minilm-l6", workspace, log=lambda _: None).path)
    tokenizer.chat_template = "{% for m in messages %}<{{ m.role }}> {{ m.content }}\n{% endfor %}"
    counter = HuggingFaceTokenCounter(tokenizer, "minilm-l6")
    chat = Example(kind="chat", record_id="c", source=SourceRef("f", 1), messages=(
        Message("user", "pergunta " * 5), Message("assistant", "resposta " * 5),
        Message("user", "outra " * 50), Message("assistant", "longa " * 50)))
    assert counter.count([chat])[0] > 60
    cut = counter.truncate(chat, 60)
    assert [m.role for m in cut.messages] == ["user", "assistant"] and counter.count([cut])[0] <= 60
    shorter = counter.truncate(chat, 14)
    assert shorter is None or counter.count([shorter])[0] <= 14


def test_refuses_unanonymised_data_without_a_privacy_policy(tmp_path, make_project, workspace, words):
    write_jsonl(tmp_path / "d.jsonl", tickets(50))
    loaded = make_project({"sources": ["d.jsonl"], "already_anonymized": False})
    with pytest.raises(DataError, match="not declared anonymised") as error:
        prepare(loaded, workspace, token_counter=words, **QUIET)
    assert "already_anonymized" in error.value.hint


def test_anonymises_with_the_privacy_policy(tmp_path, make_project, workspace, words, monkeypatch):
    monkeypatch.delenv("AFINAR_PRIVACY_KEY", raising=False)
    rows = tickets(60)
    rows[0]["text"] = "Meu CPF é 529.982.247-25 e meu e-mail é maria.silva@exemplo.com.br, a fatura veio errada."
    write_jsonl(tmp_path / "d.jsonl", rows)
    loaded = make_project(
        {"sources": ["d.jsonl"], "already_anonymized": False},
        extra={"privacy": {"default": "redact", "fail_on_residual": False}},
    )
    version = prepare(loaded, workspace, token_counter=words, **QUIET)
    texts = [r["text"] for s in ("train", "validation", "test") for r in split_rows(version, s)]
    assert not any("529.982.247-25" in t or "maria.silva" in t for t in texts)
    privacy = version.manifest()["privacy"]
    assert privacy["mode"] == "anonymized" and privacy["records_changed"] >= 1 and privacy["entities"]


def test_another_privacy_key_gives_another_dataset(tmp_path, make_project, workspace, words, monkeypatch):
    # Pseudonyms depend on the key: a dataset prepared under one key must not be reused under another.
    write_jsonl(tmp_path / "d.jsonl", tickets(60))
    loaded = make_project(
        {"sources": ["d.jsonl"], "already_anonymized": False},
        extra={"privacy": {"default": "pseudonymize", "fail_on_residual": False}},
    )
    monkeypatch.setenv("AFINAR_PRIVACY_KEY", "11" * 32)
    first = prepare(loaded, workspace, token_counter=words, **QUIET)
    assert prepare(loaded, workspace, token_counter=words, **QUIET).reused
    monkeypatch.setenv("AFINAR_PRIVACY_KEY", "22" * 32)
    second = prepare(loaded, workspace, token_counter=words, **QUIET)
    assert not second.reused
    assert "22" * 32 not in json.dumps(second.manifest())


@pytest.mark.parametrize("split", [{"group_by": "customer_id"}, {}], ids=["grouped", "ungrouped"])
def test_the_split_does_not_depend_on_the_privacy_key(tmp_path, make_project, words, monkeypatch, split):
    # Another key gives other pseudonyms in the texts, but the same records in each split (the
    # same customers, with group_by): runs on two workspaces (or before and after a key
    # rotation) compare on the same test set.
    from afinar.workspace import Workspace

    rows = tickets(240)
    for i, row in enumerate(rows):
        row["text"] += f" Atendido por Marcela Quintanilha{i % 7} no protocolo."
    write_jsonl(tmp_path / "d.jsonl", rows)
    loaded = make_project(
        {"sources": ["d.jsonl"], "already_anonymized": False, "split": split},
        extra={"privacy": {"default": "pseudonymize", "fail_on_residual": False}},
    )
    versions = []
    for key, name in (("44" * 32, "ws1"), ("55" * 32, "ws2")):
        monkeypatch.setenv("AFINAR_PRIVACY_KEY", key)
        workspace = Workspace.open(tmp_path / name)
        try:
            versions.append({split: split_rows(prepare(loaded, workspace, token_counter=words, **QUIET), split)
                             for split in ("train", "validation", "test")})
        finally:
            workspace.close()
    first, second = versions
    assert {r["text"] for r in first["test"]} != {r["text"] for r in second["test"]}  # other pseudonyms
    for split in ("train", "validation", "test"):
        assert sorted(r["record_id"] for r in first[split]) == sorted(r["record_id"] for r in second[split])
    assert len(first["test"]) > 15


def test_workers_anonymise_the_same_dataset(tmp_path, make_project, words, monkeypatch):
    # Two processes anonymise what one does, record for record; the number of processes is not
    # part of the dataset's fingerprint, nor of the policy the manifest records.
    from afinar.workspace import Workspace

    monkeypatch.setenv("AFINAR_PRIVACY_KEY", "33" * 32)
    rows = tickets(90)
    for i in range(0, 90, 3):
        rows[i]["text"] += f" Falar com Maria Souza{i} pelo CPF 529.982.247-25 ou (11) 98765-43{i:02d}."
    write_jsonl(tmp_path / "d.jsonl", rows)
    loaded = make_project(
        {"sources": ["d.jsonl"], "already_anonymized": False},
        extra={"privacy": {"default": "pseudonymize", "fail_on_residual": False, "workers": 2}},
    )
    one, two = (Workspace.open(tmp_path / name) for name in ("ws1", "ws2"))
    try:
        single = prepare(loaded, one, token_counter=words, workers=1, **QUIET)
        parallel = prepare(loaded, two, token_counter=words, **QUIET)  # the spec's workers: 2
        assert single.fingerprint == parallel.fingerprint
        for split in ("train", "validation", "test"):
            assert split_rows(single, split) == split_rows(parallel, split)
        texts = [r["text"] for r in split_rows(parallel, "train")]
        assert not any("529.982.247-25" in t or "Maria Souza" in t for t in texts)
        manifest = parallel.manifest()["privacy"]
        assert manifest["records_changed"] >= 30 and "workers" not in manifest["policy"]
        assert prepare(loaded, one, token_counter=words, workers=2, **QUIET).reused
    finally:
        one.close()
        two.close()


def test_cli_data_commands(tmp_path, make_project, monkeypatch):
    from afinar.cli import main

    write_jsonl(tmp_path / "data" / "tickets.jsonl", tickets(120) + [{"id": "x", "text": 3, "label": "a"}])
    make_project({"sources": ["data/tickets.jsonl"], "group_fields": ["region"]})
    monkeypatch.setenv("AFINAR_WORKSPACE", str(tmp_path / "ws"))

    def run(*args):
        with pytest.raises(SystemExit) as exit_info:
            main(list(args))
        return exit_info.value.code

    assert run("data", "validate", "-c", str(tmp_path)) == 2
    assert run("data", "validate", "-c", str(tmp_path), "--lenient") == 0
    assert run("data", "prepare", "-c", str(tmp_path), "--strict") == 2
    assert run("data", "prepare", "-c", str(tmp_path), "--json") == 0
    assert run("data", "list", "--json") == 0
    assert run("data", "show", "latest:teste") == 0
    assert run("data", "report", "latest:teste", "-o", str(tmp_path / "r.html")) == 0
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")
    assert run("data", "show", "ffffff") == 4
