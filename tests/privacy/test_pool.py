"""`PrivacyPool`: several processes give exactly what one gives, in order; failures are clear."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afinar.errors import DataError
from afinar.privacy.anonymizer import Anonymizer
from afinar.privacy.detection import scan
from afinar.privacy.policy import PrivacyPolicy
from afinar.privacy.pool import PrivacyPool, Residual, available_cpus, resolve_workers
from afinar.privacy.registry import Detector
from afinar.privacy.span import Span

TEST_KEY = bytes(range(32))  # a fixed key, tests only
DATA = Path(__file__).parent / "data"
POLICY = PrivacyPolicy(default="pseudonymize", entities={"BR_CPF": "hash", "EMAIL_ADDRESS": "mask"}, fail_on_residual=False)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """150 varied texts with personal data of every kind (a labelled set's)."""
    rows = [json.loads(line) for line in (DATA / "hundredtwentyfourth.jsonl").read_text(encoding="utf-8").splitlines()]
    return [row["text"] for row in rows[::2][:150]]


def _record(name: str, index: int) -> str:
    """The text of record `index` (from 0) of the labelled set `name`."""
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return json.loads(lines[index])["text"]


def test_two_processes_anonymise_and_scan_exactly_as_one(texts):
    anonymizer = Anonymizer(POLICY, TEST_KEY)
    expected = [anonymizer.apply(text) for text in texts]
    assert sum(len(r.spans) for r in expected) > 1000  # the texts are full of personal data
    with PrivacyPool(POLICY, TEST_KEY, workers=2) as pool:
        assert pool.workers == 2
        got = list(pool.anonymize(iter(texts)))  # any iterable, read lazily
        scanned = list(pool.scan(texts, min_score=0.5))
    assert got == expected  # texts, spans, replacements and offsets, in input order
    assert scanned == [scan(text) for text in texts]


def test_one_worker_runs_in_this_process_and_returns_residuals_as_values(monkeypatch):
    def leaky_apply(self, text):
        from afinar.privacy.residual import ResidualPersonalDataError

        raise ResidualPersonalDataError([Span(0, 5, "PERSON", 0.9, "test")])

    with PrivacyPool(POLICY, TEST_KEY, workers=1) as pool:
        assert pool._executor is None
        monkeypatch.setattr(Anonymizer, "apply", leaky_apply)
        assert list(pool.anonymize(["Maria Souza"])) == [Residual((Span(0, 5, "PERSON", 0.9, "test"),))]


def test_workers_zero_means_one_per_cpu():
    assert resolve_workers(0) == available_cpus() >= 1
    assert resolve_workers(3) == 3
    with pytest.raises(ValueError, match="workers"):
        resolve_workers(-1)


class _RuntimeDetector(Detector):
    """A detector registered by the running program, which a fresh worker process lacks."""

    name = "runtime_only"
    labels = ("PERSON",)

    def detect(self, text, context):
        yield from ()


def test_a_detector_registered_at_run_time_stops_a_parallel_pool(monkeypatch):
    import afinar.privacy.registry as registry_module

    monkeypatch.setattr(registry_module, "_DEFAULT_REGISTRY", registry_module.default_registry().replacing(_RuntimeDetector()))
    with PrivacyPool(POLICY, TEST_KEY, workers=2) as pool, pytest.raises(DataError, match="detectors differ"):
        list(pool.scan(["Maria Souza"]))


def test_a_scan_only_pool_needs_no_key(texts):
    with PrivacyPool(POLICY, workers=1) as pool:
        assert list(pool.scan(texts[:5])) == [scan(text) for text in texts[:5]]
        with pytest.raises(AssertionError, match="only scans"):
            list(pool.anonymize(texts[:1]))


def test_cli_output_is_the_same_with_workers(tmp_path, texts):
    from afinar.cli.privacy import app

    runner = CliRunner()
    # line 47: a chat whose phone number the first scan misses and the re-scan finds once the
    # sender's name around it is a pseudonym (the eighty-third set's 24th record)
    records = texts[:46] + [_record("eightythird", 23)] + texts[47:60]
    source = tmp_path / "t.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(records)))
    key_file = tmp_path / "k"
    key_file.write_text(TEST_KEY.hex())
    strict = tmp_path / "strict.yaml"
    strict.write_text("default: pseudonymize\nanonymize_residual: false\n")
    outputs, refusals = {}, {}
    for workers in ("1", "2"):
        out = tmp_path / f"o{workers}.jsonl"
        # with the re-scan's finds taken as the residual, the run stops at line 47 (the phone
        # number the re-scan finds in its pseudonymised text), in a worker as in this
        # process, and writes nothing
        refused = runner.invoke(app, ["anonymize", str(source), "-o", str(out), "--key-file", str(key_file),
                                      "--policy", str(strict), "--workers", workers])
        assert refused.exit_code == 2 and not out.exists()
        refusals[workers] = refused.output
        # the default policy anonymises that phone number too, and goes on
        result = runner.invoke(app, ["anonymize", str(source), "-o", str(out), "--key-file", str(key_file),
                                     "--workers", workers])
        assert result.exit_code == 0, result.output
        assert "5635-9290" in records[46] and "5635-9290" not in out.read_text(encoding="utf-8")
        scanned = runner.invoke(app, ["scan", str(source), "--json", "--workers", workers])
        assert scanned.exit_code == 0, scanned.output
        outputs[workers] = (out.read_bytes(), scanned.output)
    assert outputs["1"] == outputs["2"]
    assert refusals["1"] == refusals["2"] and f"{source}:47 field 'text': personal data left" in refusals["1"]
    assert len(outputs["1"][1].splitlines()) == 60 and re.search(r'"label": "PERSON"', outputs["1"][1])
    assert runner.invoke(app, ["scan", str(source), "--workers", "-2"]).exit_code == 2
