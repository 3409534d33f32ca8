"""`afinar privacy` commands, run through Typer's CliRunner on real files."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from afinar.cli.privacy import app

runner = CliRunner()
RECORDS = [
    {"id": 1, "text": "Meu CPF é 529.982.247-25 e meu nome é Maria Souza."},
    {"id": 2, "text": "Sem dados pessoais aqui."},
    {"id": 3, "text": "Ligue (11) 98765-4321 ou escreva para ana@gmail.com"},
]

TEST_KEY = bytes(range(32))  # a fixed key, tests only


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n")
    return path


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "privacy.key"
    path.write_text(TEST_KEY.hex())
    return path


def test_scan_json_gives_offsets_per_line(data_file):
    result = runner.invoke(app, ["scan", str(data_file), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3]
    first = rows[0]["spans"]
    assert [(RECORDS[0]["text"][s["start"] : s["end"]], s["label"]) for s in first] == [
        ("529.982.247-25", "BR_CPF"), ("Maria Souza", "PERSON")
    ]
    assert rows[1]["spans"] == []


def test_scan_summary_never_shows_values(data_file):
    result = runner.invoke(app, ["scan", str(data_file)])
    assert result.exit_code == 0, result.output
    assert "BR_CPF" in result.output and "2 of 3 records" in result.output
    assert "529" not in result.output and "Maria" not in result.output


def test_scan_plain_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("nada\nCPF 529.982.247-25\n")
    result = runner.invoke(app, ["scan", str(path), "--json"])
    assert [json.loads(x)["line"] for x in result.output.splitlines()] == [1, 2]


def test_anonymize_then_reveal(data_file, key_file, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("privacy:\n  default: encrypt\n  entities: {BR_CPF: replace}\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["anonymize", str(data_file), "-o", str(out), "--policy",
                                 str(policy), "--key-file", str(key_file)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert "<BR_CPF>" in rows[0]["text"] and "Maria" not in rows[0]["text"]
    assert rows[1]["text"] == RECORDS[1]["text"]
    token = re.search(r"\[ENC:[^\]]+\]", rows[0]["text"]).group()
    revealed = runner.invoke(app, ["reveal", token, "--key-file", str(key_file)])
    assert revealed.exit_code == 0 and revealed.output.strip() == "Maria Souza"


def test_anonymize_default_policy_pseudonymizes(data_file, key_file, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["anonymize", str(data_file), "-o", str(out),
                                 "--key-file", str(key_file)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "529.982.247-25" not in text and "ana@gmail.com" not in text
    assert "pseudonymisation" in result.output


def test_bad_line_names_file_line_and_field_and_writes_nothing(tmp_path, key_file):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "CPF 529.982.247-25"}\n{"texto": "Maria Souza"}\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["anonymize", str(path), "-o", str(out), "--key-file",
                                 str(key_file)])
    assert result.exit_code == 2
    assert f"{path}:2" in result.output and "'text'" in result.output
    assert "Maria" not in result.output
    assert not out.exists() and list(tmp_path.glob(".out.jsonl*")) == []


def test_invalid_json_line(tmp_path, key_file):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{not json\n')
    result = runner.invoke(app, ["scan", str(path)])
    assert result.exit_code == 2 and f"{path}:2" in result.output


def test_bad_policy_names_key_and_closest_value(data_file, key_file, tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text("entities: {CPF: replace}\n")
    result = runner.invoke(app, ["anonymize", str(data_file), "-o", str(tmp_path / "o.jsonl"),
                                 "--policy", str(policy), "--key-file", str(key_file)])
    assert result.exit_code == 2
    assert "privacy.entities" in result.output and "BR_CPF" in result.output


def test_missing_key_is_a_usage_error(data_file, tmp_path, monkeypatch):
    monkeypatch.delenv("AFINAR_PRIVACY_KEY", raising=False)
    result = runner.invoke(app, ["anonymize", str(data_file), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "no privacy key" in result.output


def test_kept_values_are_not_residual(tmp_path, key_file):
    path = tmp_path / "t.txt"
    path.write_text("Maria Souza\n")
    policy = tmp_path / "p.yaml"
    policy.write_text("default: keep\n")
    result = runner.invoke(app, ["anonymize", str(path), "-o", str(tmp_path / "o.txt"),
                                 "--policy", str(policy), "--key-file", str(key_file)])
    assert result.exit_code == 0
    assert (tmp_path / "o.txt").read_text() == "Maria Souza\n"


def test_residual_stops_the_run_naming_file_line_and_field(data_file, key_file, tmp_path,
                                                          monkeypatch):
    from afinar.privacy.anonymizer import Anonymizer
    from afinar.privacy.residual import ResidualPersonalDataError
    from afinar.privacy.span import Span

    def leaky_apply(self, text):
        raise ResidualPersonalDataError([Span(0, 5, "PERSON", 0.9, "test")])

    monkeypatch.setattr(Anonymizer, "apply", leaky_apply)
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["anonymize", str(data_file), "-o", str(out), "--key-file",
                                 str(key_file)])
    assert result.exit_code == 2
    assert f"{data_file}:1 field 'text'" in result.output and "PERSON at 0..5" in result.output
    assert not out.exists()


def test_reveal_with_wrong_key(tmp_path, key_file):
    other = tmp_path / "other.key"
    other.write_text((b"\x01" * 32).hex())
    from afinar.privacy.encryption import encrypt_value
    from afinar.privacy.keys import derive_key

    token = encrypt_value("segredo", derive_key(TEST_KEY, "encrypt"))
    result = runner.invoke(app, ["reveal", token, "--key-file", str(other)])
    assert result.exit_code == 2 and "segredo" not in result.output


def test_every_command_help_has_an_example():
    for command in ("scan", "anonymize", "reveal"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_detectors_lists_every_registered_detector():
    from afinar.privacy.registry import default_registry

    result = runner.invoke(app, ["detectors"])
    assert result.exit_code == 0, result.output
    for detector in default_registry().detectors:
        assert detector.name in result.output
    assert "disable: [person_tagger]" in result.output


def test_scan_policy_can_switch_the_tagger_off(tmp_path):
    # a name only the learned tagger finds: counted with it, not with the rules alone
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps({"text": "Hoje cedo o Oyelaran ligou de novo pedindo a segunda via."},
                               ensure_ascii=False) + "\n")
    policy = tmp_path / "policy.yaml"
    policy.write_text("privacy:\n  disable: [person_tagger]\n")
    with_tagger = json.loads(runner.invoke(app, ["scan", str(path), "--json"]).output)
    rules_only = json.loads(runner.invoke(app, ["scan", str(path), "--json", "--policy", str(policy)]).output)
    assert [s["label"] for s in with_tagger["spans"]] == ["PERSON"]
    assert rules_only["spans"] == []
    bad = tmp_path / "bad.yaml"
    bad.write_text("privacy:\n  disable: [person_taggr]\n")
    result = runner.invoke(app, ["scan", str(path), "--policy", str(bad)])
    assert result.exit_code != 0 and "did you mean 'person_tagger'" in result.output


def test_nickname_after_a_name_only_the_tagger_finds_is_anonymised_too(tmp_path, key_file):
    # the rules miss this name and so did their nickname rule; its pseudonym the rules do
    # find, and the re-scan then found the nickname left: the run stopped on a residual
    text = ("As ordens eram dadas pelo CEO, Yossef Szterenfeld, conhecido como yossef, e pelo sócio "
            "Edwin Puma, pelo WhatsApp.")
    path = tmp_path / "inicial.jsonl"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    scanned = json.loads(runner.invoke(app, ["scan", str(path), "--json"]).output)
    assert [text[s["start"]:s["end"]] for s in scanned["spans"] if s["label"] == "PERSON"] == [
        "Yossef Szterenfeld", "yossef", "Edwin Puma"]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["anonymize", str(path), "-o", str(out), "--key-file", str(key_file)])
    assert result.exit_code == 0, result.output
    written = json.loads(out.read_text())["text"]
    assert "yossef" not in written.lower() and "Szterenfeld" not in written and ", conhecido como " in written
