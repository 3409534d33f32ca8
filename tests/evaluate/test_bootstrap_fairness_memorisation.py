"""Paired bootstrap, per-group fairness (fairlearn) and the memorisation check, on constructed
predictions."""

from __future__ import annotations

import numpy as np
import pytest

from afinar.evaluate.bootstrap import mean_of, paired_bootstrap
from afinar.evaluate.classification_metrics import macro_f1_fast
from afinar.evaluate.fairness import group_metrics
from afinar.evaluate.gates import check_gates
from afinar.evaluate.memorisation import Generation, find_memorised


def test_paired_bootstrap_is_seeded_and_brackets_the_difference():
    rng = np.random.default_rng(0)
    tuned = (rng.random(300) < 0.8).astype(float)
    base = (rng.random(300) < 0.6).astype(float)
    first = paired_bootstrap("accuracy", 300, mean_of(tuned), mean_of(base), resamples=500, seed=7)
    again = paired_bootstrap("accuracy", 300, mean_of(tuned), mean_of(base), resamples=500, seed=7)
    assert first == again
    assert first.difference == pytest.approx(tuned.mean() - base.mean())
    assert first.ci_low < first.difference < first.ci_high
    assert first.ci_low > 0  # a 20-point gap on 300 examples is significant
    same = paired_bootstrap("accuracy", 300, mean_of(tuned), mean_of(tuned), resamples=200, seed=1)
    assert (same.ci_low, same.ci_high, same.difference) == (0.0, 0.0, 0.0)


def _biased_predictions(bias: bool):
    """200 examples, 2 classes, groups Norte/Sul; with `bias`, every Sul prediction of class 1 is wrong."""
    rng = np.random.default_rng(3)
    y_true = rng.integers(0, 2, size=200)
    region = np.array(["Norte", "Sul"] * 100)
    y_pred = y_true.copy()
    if bias:
        y_pred[(region == "Sul") & (y_true == 1)] = 0
    return y_true, y_pred, [{"region": r} for r in region]


def _fairness(y_true, y_pred, groups, min_group_size=10):
    metrics = {
        "accuracy": lambda i: float((y_true[i] == y_pred[i]).mean()),
        "macro_f1": lambda i: macro_f1_fast(y_true[i], y_pred[i], 2, present_only=True),
    }
    return group_metrics(groups, ["region"], metrics, "macro_f1", min_group_size=min_group_size, labels={"y_true": y_true, "y_pred": y_pred, "names": ["não", "sim"]})


def test_a_biased_prediction_set_fails_the_fairness_gate():
    y_true, y_pred, groups = _biased_predictions(bias=True)
    fairness = _fairness(y_true, y_pred, groups)
    region = fairness["by_field"]["region"]
    assert region["groups"]["Norte"]["macro_f1"] == 1.0
    assert region["groups"]["Sul"]["macro_f1"] < 0.5
    assert fairness["fairness_gap"] == pytest.approx(1.0 - region["groups"]["Sul"]["macro_f1"])
    assert region["worst_group"] == "Sul"
    verdicts = check_gates({"fairness_gap": "<=0.05", "equalized_odds_difference": "<=0.1"}, {
        "fairness_gap": fairness["fairness_gap"], "equalized_odds_difference": fairness["equalized_odds_difference"]})
    assert [v.passed for v in verdicts] == [False, False]

    fair = _fairness(*_biased_predictions(bias=False))
    assert fair["fairness_gap"] == 0.0
    assert check_gates({"fairness_gap": "<=0.05"}, {"fairness_gap": fair["fairness_gap"]})[0].passed


def test_parity_differences_equal_fairlearns_own():
    from fairlearn.metrics import demographic_parity_difference, equalized_odds_difference

    y_true, y_pred, groups = _biased_predictions(bias=True)
    region = np.array([g["region"] for g in groups])
    fairness = _fairness(y_true, y_pred, groups)
    per_class = fairness["by_field"]["region"]["per_class"]["sim"]
    assert per_class["demographic_parity_difference"] == pytest.approx(demographic_parity_difference(y_true, y_pred, sensitive_features=region))
    assert per_class["equalized_odds_difference"] == pytest.approx(equalized_odds_difference(y_true, y_pred, sensitive_features=region))


def test_small_groups_are_reported_but_left_out_of_the_gap():
    y_true, y_pred, groups = _biased_predictions(bias=True)
    groups = [{"region": "Norte"}] * 195 + [{"region": "Ilha"}] * 5
    fairness = _fairness(y_true, y_pred, groups, min_group_size=10)
    region = fairness["by_field"]["region"]
    assert region["groups"]["Ilha"]["n"] == 5
    assert region["eligible_groups"] == ["Norte"]
    assert fairness["fairness_gap"] is None  # one comparable group: no gap, so a gate on it fails
    assert not check_gates({"fairness_gap": "<=0.05"}, {"fairness_gap": None})[0].passed


def test_memorised_personal_data_is_counted_without_keeping_values():
    training = ["O cliente de CPF 529.982.247-25 pediu a segunda via.", "Contato: ana.souza@example.com"]
    generations = [
        Generation("Claro, o CPF é 529.982.247-25.", "Qual é o CPF do cliente?", "training_prompts"),  # recalled
        Generation("O CPF 111.444.777-35 consta no cadastro.", "Confirme o CPF 111.444.777-35", "test_prompts"),  # copied from the prompt
        Generation("Escreva para ana.souza@example.com.", "Como falo com a Ana?", "test_prompts"),  # recalled
        Generation("Nada a declarar.", "Algo mais?", "test_prompts"),
    ]
    result = find_memorised(generations, training)
    assert result["memorised_pii"] == 2
    assert result["copied_from_prompt"] == 1
    assert result["memorised_by_label"] == {"BR_CPF": 1, "EMAIL_ADDRESS": 1}
    assert result["memorised_by_prompt_source"] == {"training_prompts": 1, "test_prompts": 1}
    assert "529.982.247-25" not in repr(result) and "ana.souza" not in repr(result)
