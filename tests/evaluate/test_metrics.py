"""Metrics checked by hand and against scikit-learn / sacrebleu on small cases."""

from __future__ import annotations

import numpy as np
import pytest

from afinar.evaluate.classification_metrics import classification_report, expected_calibration_error, macro_f1_fast
from afinar.evaluate.text_metrics import chrf, chrf_from_statistics, chrf_statistics, exact_match, lcs_length, rouge_l, token_f1

LABELS = ["a", "b", "c"]


def test_classification_report_matches_hand_counts_and_sklearn():
    from sklearn.metrics import accuracy_score, f1_score

    y_true = np.array([0, 0, 0, 1, 1, 2])
    y_pred = np.array([0, 0, 1, 1, 2, 2])
    report = classification_report(y_true, y_pred, None, LABELS)
    # By hand: a: P 2/2, R 2/3 → F1 0.8; b: P 1/2, R 1/2 → 0.5; c: P 1/2, R 1/1 → 2/3.
    assert report["accuracy"] == pytest.approx(4 / 6)
    assert report["per_class"]["a"] == {"precision": 1.0, "recall": pytest.approx(2 / 3), "f1": pytest.approx(0.8), "support": 3}
    assert report["per_class"]["c"]["f1"] == pytest.approx(2 / 3)
    assert report["macro_f1"] == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert report["macro_f1"] == pytest.approx(f1_score(y_true, y_pred, average="macro"))
    assert report["accuracy"] == accuracy_score(y_true, y_pred)
    assert report["confusion_matrix"]["matrix"] == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    assert report["ece"] is None


def test_a_label_the_model_never_saw_counts_as_an_error():
    report = classification_report(np.array([0, -1]), np.array([0, 1]), None, ["a", "b"])
    assert report["accuracy"] == 0.5
    assert report["per_class"]["b"]["precision"] == 0.0


@pytest.mark.parametrize("seed", range(5))
def test_fast_macro_f1_equals_sklearn(seed):
    from sklearn.metrics import f1_score

    rng = np.random.default_rng(seed)
    y_true = rng.integers(-1, 5, size=200)
    y_pred = rng.integers(0, 5, size=200)
    expected = f1_score(y_true, y_pred, labels=list(range(5)), average="macro", zero_division=0)
    assert macro_f1_fast(y_true, y_pred, 5) == pytest.approx(expected)
    present = sorted(set(y_true[y_true >= 0]) | set(y_pred))
    assert macro_f1_fast(y_true[:7], y_pred[:7], 5, present_only=True) == pytest.approx(
        f1_score(y_true[:7], y_pred[:7], labels=sorted(set(y_true[:7][y_true[:7] >= 0]) | set(y_pred[:7])), average="macro", zero_division=0)
    )
    assert present


def test_expected_calibration_error_by_hand():
    # Two examples at confidence 0.9 (one right), two at 0.6 (both right), 15 bins:
    # |0.5 - 0.9| * 2/4 + |1.0 - 0.6| * 2/4 = 0.2 + 0.2.
    proba = np.array([[0.9, 0.1], [0.9, 0.1], [0.4, 0.6], [0.4, 0.6]])
    y_true = np.array([0, 1, 1, 1])
    assert expected_calibration_error(y_true, proba) == pytest.approx(0.4)
    perfect = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert expected_calibration_error(np.array([0, 1]), perfect) == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("a", "b", "length"),
    [("", "abc", 0), ("abc", "abc", 3), ("abcbdab", "bdcaba", 4), ("xyz", "abc", 0), ("o gato no telhado".split(), "o gato está no telhado".split(), 4)],
)
def test_lcs_length(a, b, length):
    assert lcs_length(list(a), list(b)) == length


@pytest.mark.parametrize(
    ("prediction", "reference", "expected"),
    [
        ("o gato subiu no telhado", "o gato está no telhado", 0.8),  # LCS 4 of 5 and 5 words
        ("o contrato foi rescindido", "o contrato foi rescindido", 1.0),
        ("Contrato rescindido!", "contrato   rescindido", 1.0),  # case and punctuation ignored
        ("a b c d", "d c b a", 0.25),  # LCS 1: P = R = 1/4
        ("rescisão contratual", "multa de fidelidade", 0.0),
        ("", "", 1.0),
        ("algo", "", 0.0),
        ("não", "nao", 0.0),  # accents are part of the word in Portuguese
    ],
)
def test_rouge_l_on_hand_checked_strings(prediction, reference, expected):
    assert rouge_l(prediction, reference) == pytest.approx(expected)


def test_token_f1_and_exact_match():
    assert token_f1("o pedido é azul", "o pedido é vermelho") == pytest.approx(0.75)
    assert token_f1("azul azul", "azul") == pytest.approx(2 * 0.5 * 1 / 1.5)
    assert exact_match("O pedido é azul.", "o pedido é   azul") == 1.0
    assert exact_match("O pedido é azul", "o pedido é verde") == 0.0


def test_chrf_on_hand_checked_strings():
    # "abcdef" vs "abcdeg", character n-grams of order 1..6: precision = recall per order
    # 5/6, 4/5, 3/4, 2/3, 1/2, 0/1; their mean is the F-score: 3.55 / 6.
    assert chrf(["abcdef"], ["abcdeg"]) == pytest.approx(3.55 / 6)
    assert chrf(["o pedido é azul"], ["o pedido é azul"]) == pytest.approx(1.0)
    assert chrf(["xyz"], ["abc"]) == 0.0


def test_chrf_matches_sacrebleu_and_its_statistics_resample():
    from sacrebleu.metrics import CHRF

    predictions = ["o contrato foi rescindido", "a multa é devida", "prazo de trinta dias", "olá"]
    references = ["o contrato está rescindido", "não há multa devida", "prazo de 30 dias", "olá!"]
    assert chrf(predictions, references) == pytest.approx(CHRF().corpus_score(predictions, [references]).score / 100)
    stats = chrf_statistics(predictions, references)
    assert chrf_from_statistics(stats.sum(0)) == pytest.approx(chrf(predictions, references))
    draw = np.array([1, 1, 3])
    assert chrf_from_statistics(stats[draw].sum(0)) == pytest.approx(chrf([predictions[i] for i in draw], [references[i] for i in draw]))
