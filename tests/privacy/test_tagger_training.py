"""`afinar privacy train-tagger`: the person tagger trained on a company's own labelled
files, used through the policy's `tagger_weights`, and what its weights may hold."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from afinar.cli.privacy import app
from afinar.privacy.anonymizer import Anonymizer
from afinar.privacy.person_tagger import packaged_weights, read_weights
from afinar.privacy.person_tagger.train import public_vocabulary_filter
from afinar.privacy.policy import PrivacyPolicy

runner = CliRunner()
TEST_KEY = bytes(range(32))  # a fixed key, tests only

# invented names (no gazetteer, no corpus): what a company's files hold and no weights file may
GIVEN = ["Quelvya", "Dariomar", "Ilzeni", "Ruthenia", "Joceval", "Marquelei", "Edvanira", "Taurino"]
SURNAMES = ["Pitombeira", "Zaquetti", "Vasquenho", "Bordalino", "Trancoso", "Guedelho"]
# a company's own registers: the packaged weights doubt a name in "entrega com X" (0.22)
TURNS = [
    "rota {h}: entrega com {n} as {h}h",
    "rota {h}: entrega com {n} confirmada",
    "vistoriador {n} registrou o sinistro; segurado ausente",
    "o {n} pediu retorno amanha cedo",
    "protocolo {p} aberto, cliente nao informou o nome",
]


def _labelled(count: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for _ in range(count):
        template = rng.choice(TURNS)
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}".lower() if rng.random() < 0.5 else rng.choice(GIVEN).lower()
        text = template.format(n=name, h=rng.randint(8, 18), p=rng.randint(10**6, 10**7))
        start = text.find(name)
        spans = [{"start": start, "end": start + len(name), "label": "PERSON"}] if "{n}" in template else []
        records.append({"text": text, "spans": spans})
    return records


@pytest.fixture
def labelled_file(tmp_path):
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _labelled(60)) + "\n")
    return path


def test_weights_trained_on_own_files_hold_no_word_only_those_files_contain(tmp_path, labelled_file):
    out = tmp_path / "tagger.json"
    result = runner.invoke(app, ["train-tagger", str(labelled_file), "-o", str(out), "--generated", "150"])
    assert result.exit_code == 0, result.output
    raw = out.read_text(encoding="utf-8")
    trained = json.loads(raw)
    own = trained["meta"]["own_data"]
    assert own["records"] == 48 and own["held_out_records"] == 12 and own["name_words"] > 0
    assert set(own["held_out"]) == {"words", "name_words", "packaged", "trained"}
    assert len(own["file_sha256"]) == 64
    # neither the invented names nor any text of the file are in the weights
    for word in GIVEN + SURNAMES:
        assert word.lower() not in raw.lower()
    assert "segurado ausente" not in raw
    # the held-out comparison is printed, and the trained weights learnt the file's
    # registers: "entrega com quelvya" is a name to them, a doubt to the packaged ones
    assert "packaged" in result.output and "trained" in result.output
    assert own["held_out"]["packaged"]["recall"] < 0.8
    assert own["held_out"]["trained"]["recall"] > own["held_out"]["packaged"]["recall"]
    assert own["held_out"]["trained"]["f1"] > own["held_out"]["packaged"]["f1"]


def test_a_policy_uses_its_own_weights_and_the_manifest_names_them(tmp_path, labelled_file):
    out = tmp_path / "tagger.json"
    assert runner.invoke(app, ["train-tagger", str(labelled_file), "-o", str(out), "--generated", "150"]).exit_code == 0
    policy = PrivacyPolicy(default="replace", fail_on_residual=False, tagger_weights="tagger.json")
    anonymizer = Anonymizer(policy, TEST_KEY, base_dir=tmp_path)
    version = anonymizer.detector_versions()["person_tagger"]
    assert version.endswith("+weights." + read_weights(out).sha256[:12])
    assert read_weights(out).sha256 != packaged_weights().sha256
    text = "vistoriador quelvya pitombeira registrou o sinistro; segurado ausente"
    assert anonymizer.apply(text).text == "vistoriador <PERSON> registrou o sinistro; segurado ausente"
    # the CLI's scan reads the same key, relative to the policy file
    (tmp_path / "policy.yaml").write_text("default: replace\ntagger_weights: tagger.json\n")
    (tmp_path / "one.jsonl").write_text(json.dumps({"text": text}) + "\n")
    scanned = runner.invoke(app, ["scan", str(tmp_path / "one.jsonl"), "--json", "--policy", str(tmp_path / "policy.yaml")])
    assert scanned.exit_code == 0, scanned.output
    spans = json.loads(scanned.output.splitlines()[0])["spans"]
    assert [(s["start"], s["end"], s["label"]) for s in spans] == [(12, 30, "PERSON")]


def test_a_missing_or_broken_weights_file_is_a_clear_error(tmp_path):
    from afinar.errors import UsageError

    with pytest.raises(UsageError, match=r"privacy.tagger_weights: .*nope.json: no such file"):
        Anonymizer(PrivacyPolicy(tagger_weights="nope.json"), TEST_KEY, base_dir=tmp_path)
    (tmp_path / "bad.json").write_text('{"weights": {"bias": "high"}}')
    with pytest.raises(UsageError, match=r"privacy.tagger_weights: .*bad.json: expected"):
        Anonymizer(PrivacyPolicy(tagger_weights="bad.json"), TEST_KEY, base_dir=tmp_path)


@pytest.mark.parametrize("lines, message", [
    (['{"text": "ana foi", "spans": [{"start": 0, "end": 30, "label": "PERSON"}]}'],
     r"labelled.jsonl:1: spans\[0\]: offsets 0..30 are outside the text \(7 characters\)"),
    (['{"text": "ok", "spans": []}', '{"text": "ana foi"}'], r"labelled.jsonl:2: field 'spans' must be a list"),
    (['{"text": "ana foi", "spans": [{"start": "0", "end": 3, "label": "PERSON"}]}'],
     r"labelled.jsonl:1: spans\[0\]: start and end must be integers"),
    (['{"text": "ana foi", "spans": []}'], r"labelled.jsonl: no PERSON span to learn from"),
    (['{"texto": "ana foi", "spans": []}'], r"labelled.jsonl:1: field 'text' is missing"),
])
def test_bad_labelled_files_name_file_line_and_field_and_write_nothing(tmp_path, lines, message):
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "tagger.json"
    result = runner.invoke(app, ["train-tagger", str(path), "-o", str(out), "--generated", "50"])
    assert result.exit_code == 2
    assert __import__("re").search(message, " ".join(result.output.split())), result.output
    assert "ana foi" not in result.output  # never the text
    assert not out.exists()


def test_only_public_vocabulary_may_be_learnt():
    allowed = public_vocabulary_filter({"p1=zaquetti_first"})
    assert allowed("p1=zaquetti_first")  # seen in the generated text: public
    assert allowed("p1=cliente") and allowed("p12=<nl>_tecnico") and allowed("n1=,")
    assert not allowed("p1=pitombeira") and not allowed("p12=sr._bordalino")
