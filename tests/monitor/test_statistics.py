"""The drift statistics and descriptors on tiny, known inputs (no model)."""

from __future__ import annotations

import numpy as np
import pytest

from afinar.config.spec import MonitorSpec
from afinar.monitor import statistics as st
from afinar.monitor.checks import Check, judge, overall_status, performance_check
from afinar.monitor.descriptors import other_language, unseen_rates, vocabulary_of, words


def test_psi_and_js_are_zero_for_equal_shares_and_grow_with_the_shift():
    p = np.array([0.5, 0.3, 0.2])
    assert st.population_stability_index(p, p) == pytest.approx(0.0)
    assert st.jensen_shannon_distance(p, p) == pytest.approx(0.0)
    small, large = np.array([0.45, 0.33, 0.22]), np.array([0.1, 0.2, 0.7])
    assert 0 < st.population_stability_index(p, small) < 0.1 < 0.25 < st.population_stability_index(p, large)
    assert st.jensen_shannon_distance(p, large) > st.jensen_shannon_distance(p, small)
    assert np.isfinite(st.population_stability_index(np.array([1.0, 0.0]), np.array([0.5, 0.5])))  # a new label


def test_label_shares_count_every_label():
    assert st.label_shares(["a", "b", "a", "c"], ["a", "b", "c", "d"]).tolist() == [0.5, 0.25, 0.25, 0.0]


def test_mmd_permutation_test_tells_shifted_samples_from_equal_ones():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(200, 8)), rng.normal(size=(100, 8))
    shifted = rng.normal(loc=0.5, size=(100, 8))
    _, p_same = st.mmd_permutation_test(a, b, permutations=200, seed=1)
    mmd_shifted, p_shifted = st.mmd_permutation_test(a, shifted, permutations=200, seed=1)
    assert p_same > 0.05 and p_shifted == pytest.approx(1 / 201) and mmd_shifted > 0


def test_domain_classifier_auc_is_near_half_for_one_distribution():
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(300, 8)), rng.normal(size=(150, 8))
    assert 0.35 < st.domain_classifier_auc(a, b, seed=0) < 0.65
    assert st.domain_classifier_auc(a, rng.normal(loc=1.5, size=(150, 8)), seed=0) > 0.95


def test_share_tests_and_binomial():
    assert st.fisher_p_value(10, 100, 11, 100) > 0.5
    assert st.fisher_p_value(10, 100, 60, 100) < 1e-6
    assert st.binomial_p_value_below(90, 100, 0.9) > 0.4
    assert st.binomial_p_value_below(60, 100, 0.9) < 1e-6
    assert st.chi_square_p_value(np.array([50, 50]), np.array([10, 90])) < 1e-6


def test_words_leave_placeholders_and_numbers_out():
    assert words("Meu CPF é <BR_CPF>, falo com <PERSON> às 10h: pré-pago!") == ["meu", "cpf", "é", "falo", "com", "às", "h", "pré-pago"]


def test_unseen_words_are_counted_against_a_vocabulary():
    vocabulary = vocabulary_of(["quero cancelar o plano", "a fatura veio errada"])
    assert unseen_rates(["quero cancelar o cashback", "123"], vocabulary).tolist() == [0.25, 0.0]
    # Only words the sample keeps using count as new vocabulary with min_texts=2: not a one-off name.
    sample = ["quero o cashback", "o cashback veio errado", "sou raimunda"]
    assert unseen_rates(sample, vocabulary, min_texts=2).tolist() == [1 / 3, 0.25, 0.0]


def test_language_is_judged_only_on_texts_long_enough():
    from afinar.data.quality import LanguageDetector

    detector = LanguageDetector()
    texts = ["A internet caiu de novo e ninguém resolve, preciso de ajuda urgente com o meu plano.", "The internet is down again and nobody fixes it, I need help.", "oi"]
    assert other_language(texts, detector.detect, expected="pt", min_letters=20).tolist()[:2] == [0.0, 1.0]
    assert np.isnan(other_language(texts, detector.detect, expected="pt", min_letters=20)[2])


@pytest.mark.parametrize(
    ("effect", "p_value", "status"),
    [
        (0.6, 1e-6, "alert"),  # large and significant
        (0.3, 1e-6, "warn"),  # significant, only past the warn level
        (0.6, 0.03, "ok"),  # large, but not significant once divided among the 2 checks (0.05 / 2)
        (0.1, 1e-9, "ok"),  # significant but too small to matter
    ],
)
def test_a_check_needs_both_effect_and_significance(effect, p_value, status):
    settings = MonitorSpec()  # length: warn 0.25, alert 0.5; alpha 0.05 / 0.01
    checks = [Check("length", effect, p_value, 10.0, 16.0, ""), Check("oov_rate", 0.0, 0.9, 0.1, 0.1, "")]
    judged = judge(checks, settings)
    assert judged[0].status == status
    assert judged[0].extra["levels"]["alpha_alert"] == pytest.approx(0.005)  # Bonferroni over 2 checks
    assert overall_status(judged, 100, settings) == status
    assert overall_status(judged, 10, settings) == ("insufficient_data" if status == "ok" else status)


def test_performance_is_judged_against_the_evaluated_accuracy():
    good = [("a", "a")] * 27 + [("a", "b")] * 3
    bad = [("a", "a")] * 18 + [("a", "b")] * 12
    assert performance_check(good[:10], 0.9, 20).status == "insufficient_data"
    assert judge([performance_check(good, 0.9, 20)], MonitorSpec())[0].status == "ok"
    assert judge([performance_check(bad, 0.9, 20)], MonitorSpec())[0].status == "alert"  # 60% against 90%
    assert performance_check(bad, None, 20).status == "not_applicable"
