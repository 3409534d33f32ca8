"""Scores on the labelled evaluation sets (tests/privacy/data, built by make_eval_sets.py).

The goals are asserted on the HELD-OUT set, whose templates were written in another style
and never tuned on. The leak-rate goal is not met yet (1.83% against <= 1%); that test is a
strict xfail so that it turns red, and gets promoted, the day it passes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from afinar.privacy.evaluation import EvaluationReport, evaluate_afinar, score_detection

DATA = Path(__file__).parent / "data"

TEST_KEY = bytes(range(32))  # a fixed key, tests only


@lru_cache(maxsize=2)
def report(name: str) -> EvaluationReport:
    records = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()]
    return evaluate_afinar(records, TEST_KEY)


def test_sets_are_four_domains_and_differ():
    for name in ("tuning", "heldout"):
        records = [json.loads(x) for x in (DATA / f"{name}.jsonl").read_text().splitlines()]
        assert {r["domain"] for r in records} == {"atendimento", "juridico", "saude", "financeiro"}
        for record in records:
            for span in record["spans"]:
                assert 0 <= span["start"] < span["end"] <= len(record["text"])
    tuning = {r["text"][:25] for r in map(json.loads, (DATA / "tuning.jsonl").open())}
    heldout = {r["text"][:25] for r in map(json.loads, (DATA / "heldout.jsonl").open())}
    assert not tuning & heldout


def test_heldout_micro_f1_goal():
    assert report("heldout").micro.f1 >= 0.95


def test_heldout_person_recall_goal():
    assert report("heldout").per_label["PERSON"].recall >= 0.90


@pytest.mark.xfail(strict=True, reason="held-out leak rate is 1.83%: unseen names after "
                   "context words the detector does not know (docs/privacy.md, limitations)")
def test_heldout_leak_rate_goal():
    assert report("heldout").leak_rate <= 0.01


def test_tuning_set_scores_stay_where_they_were():
    # a regression guard: these are the numbers the detectors were tuned to
    tuning = report("tuning")
    assert tuning.micro.f1 >= 0.99 and tuning.leak_rate <= 0.015


def test_metrics_on_a_tiny_example():
    records = [{"text": "Maria e CPF", "spans": [{"start": 0, "end": 5, "label": "PERSON"},
                                                  {"start": 8, "end": 11, "label": "BR_CPF"}]}]
    scored = score_detection(records, lambda t: [(0, 3, "PERSON"), (6, 7, "PHONE_NUMBER")])
    assert scored.per_label["PERSON"].recall == 1.0
    assert scored.per_label["BR_CPF"].recall == 0.0
    assert scored.per_label["PHONE_NUMBER"].precision == 0.0
    assert scored.micro.precision == 0.5 and scored.micro.recall == 0.5
