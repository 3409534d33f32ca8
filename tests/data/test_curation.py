"""Pure parts: dedup, splits, bias audit, quality filters, sensitive terms."""

from __future__ import annotations

import random

import numpy as np
import pytest

from afinar.config.spec import BiasSpec, QualitySpec
from afinar.data import bias, dedup, splits
from afinar.data.example import Example, SourceRef
from afinar.data.quality import LanguageDetector, quality_verdict, repair_mojibake
from afinar.data.sensitive_terms import CATEGORY_NAMES, sensitive_categories

from .conftest import portuguese_sentence


def perturb(text: str, rng: random.Random, edits: int = 2) -> str:
    chars = list(text)
    for _ in range(edits):
        chars[rng.randrange(len(chars))] = rng.choice("abcdefghij")
    return "".join(chars)


def test_normalisation_ignores_case_accents_punctuation():
    assert dedup.normalize_for_dedup("  Não, CANCELEI!!  o plano... ") == dedup.normalize_for_dedup("nao cancelei o plano")


def test_minhash_estimate_is_close_to_true_jaccard():
    hasher = dedup.MinHasher(256, 5)
    rng = random.Random(3)
    a = dedup.normalize_for_dedup(portuguese_sentence(rng, 30))
    b = a[: len(a) // 2] + dedup.normalize_for_dedup(portuguese_sentence(rng, 15))
    shingles = lambda s: {s[i : i + 5] for i in range(len(s) - 4)}  # noqa: E731
    true = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
    signatures = hasher.signatures([a, b])
    assert abs((signatures[0] == signatures[1]).mean() - true) < 0.1


def test_near_duplicate_clusters_find_planted_duplicates():
    rng = random.Random(7)
    originals = [portuguese_sentence(rng, 20) for _ in range(300)]
    texts = list(originals)
    planted = {}
    for i in range(0, 300, 10):
        planted[len(texts)] = i
        texts.append(perturb(originals[i], rng, 1))
    normalised = [dedup.normalize_for_dedup(t) for t in texts]
    signatures = dedup.MinHasher(128, 5).signatures(normalised)
    bands = dedup.band_hashes(signatures, *dedup.lsh_params(0.8, 128))
    representative, pairs = dedup.near_duplicate_clusters(signatures, bands, np.ones(len(texts), bool), 0.8)
    found = {i for i in range(len(texts)) if representative[i] != i}
    recall = sum(1 for copy, original in planted.items() if representative[copy] == original) / len(planted)
    assert recall >= 0.9
    assert found <= set(planted)  # no original is taken for a duplicate of another


def test_exact_duplicates_and_conflicting_labels():
    keys = np.array([5, 7, 5, 9, 7, 5], dtype=np.int64)
    labels = np.array([0, 1, 0, 2, 3, 0], dtype=np.int32)
    alive = np.ones(6, bool)
    assert list(dedup.first_of_each(keys, alive)) == [0, 1, 0, 3, 1, 0]
    assert list(dedup.conflicting_label_mask(keys, labels, alive)) == [False, True, False, False, True, False]


def test_splits_are_reproducible_order_independent_and_stratified():
    n = 3000
    rng = np.random.default_rng(0)
    keys = rng.integers(-(2**62), 2**62, n)
    strata = rng.integers(0, 3, n)
    units = np.arange(n)
    first = splits.assign_splits(units, keys, strata, 0.1, 0.2, seed=42)
    again = splits.assign_splits(units, keys, strata, 0.1, 0.2, seed=42)
    assert (first == again).all()
    order = rng.permutation(n)  # the same records in another order get the same splits
    shuffled = splits.assign_splits(np.arange(n), keys[order], strata[order], 0.1, 0.2, seed=42)
    assert (shuffled == first[order]).all()
    assert not (splits.assign_splits(units, keys, strata, 0.1, 0.2, seed=7) == first).all()
    for stratum in range(3):
        members = first[strata == stratum]
        assert abs((members == splits.TEST).mean() - 0.2) < 0.02
        assert abs((members == splits.VALIDATION).mean() - 0.1) < 0.02


def test_group_aware_split_keeps_groups_together():
    n = 2000
    rng = np.random.default_rng(1)
    group = rng.integers(0, 150, n)
    units = splits.split_units(group.astype(np.int64))
    assigned = splits.assign_splits(units, rng.integers(0, 2**62, n), None, 0.1, 0.1, seed=42)
    for g in np.unique(group):
        assert len(set(assigned[group == g])) == 1
    assert 0.05 < (assigned == splits.TEST).mean() < 0.15
    report = splits.leakage_check(assigned, np.ones(n, bool), np.arange(n), group.astype(np.int64), None, None, None)
    assert report.ok


def test_leakage_check_detects_a_crossing_duplicate():
    split = np.array([0, 0, 2], dtype=np.int8)
    report = splits.leakage_check(split, np.ones(3, bool), np.array([1, 2, 1]), None, None, None, None)
    assert report.exact_pairs_across_splits == 1 and not report.ok


def _labelled_groups(rng, n, skew: float):
    regions = rng.choice(["Nordeste", "Sul", "Sudeste", "Norte"], n)
    labels = np.where(rng.random(n) < 0.3, "cobranca", "tecnico")
    skewed = (regions == "Nordeste") & (rng.random(n) < skew)
    labels = np.where(skewed, "cobranca", labels)
    region_values = sorted(set(regions))
    label_sets = [("cobranca",), ("tecnico",)]
    return (
        {"region": (np.array([region_values.index(r) for r in regions]), region_values)},
        (np.array([0 if label == "cobranca" else 1 for label in labels]), label_sets),
    )


def test_bias_audit_flags_a_planted_label_skew():
    groups, labels = _labelled_groups(np.random.default_rng(2), 4000, skew=0.4)
    audit = bias.audit_bias(groups, labels, None, BiasSpec())
    gaps = [f for f in audit.findings if f.kind == "label_gap"]
    assert gaps and gaps[0].severity == "high" and gaps[0].stats["high_group"] == "Nordeste"
    assert audit.worst() == "high"


def test_bias_audit_does_not_flag_a_balanced_set():
    groups, labels = _labelled_groups(np.random.default_rng(3), 4000, skew=0.0)
    audit = bias.audit_bias(groups, labels, None, BiasSpec())
    assert not [f for f in audit.findings if f.kind == "label_gap"]
    assert all(t.p_value > 0.001 for t in audit.gap_tests)


def test_bias_audit_flags_underrepresented_groups_and_imbalance():
    codes = np.array([0] * 980 + [1] * 20)
    labels = (np.array([0] * 990 + [1] * 10), [("a",), ("b",)])
    audit = bias.audit_bias({"gender": (codes, ["F", "M"])}, labels, None, BiasSpec(), imbalance_ratio=10)
    kinds = {f.kind for f in audit.findings}
    assert {"underrepresented", "class_imbalance"} <= kinds


def test_sensitive_terms_by_category():
    def categories(text):
        mask = sensitive_categories(text)
        return {name for i, name in enumerate(CATEGORY_NAMES) if mask >> i & 1}

    assert categories("Paciente DIABÉTICA, em tratamento de depressão") == {"saude"}
    assert categories("Sou evangélico e filiado ao sindicato dos bancários") == {"conviccao_religiosa", "filiacao_sindical"}
    assert categories("Fiz teste de DNA e cadastrei a biometria") == {"genetico_biometrico"}
    assert categories("Comprei um celular preto e a internet caiu") == set()


def _example(text: str) -> Example:
    return Example(kind="classification", record_id="r", source=SourceRef("f", 1), text=text, labels=("a",))


def test_mojibake_is_repaired():
    fixed, changed = repair_mojibake(_example("NÃ£o consigo pagar a cobranÃ§a"))
    assert changed and fixed.text == "Não consigo pagar a cobrança"
    assert repair_mojibake(_example("Não consigo"))[1] is False


@pytest.mark.parametrize(
    "text,reason",
    [
        ("ok", "too short"),
        ("1234 5678 9012 3456 !!!! ####", "mostly non-letters"),
        ("I would like to cancel my subscription and get a refund for last month please", "other language"),
        ("Quero cancelar minha assinatura e receber o reembolso do mês passado, por favor", None),
        ("boleto vencido", None),  # too short to judge the language
    ],
)
def test_quality_verdicts(text, reason):
    verdict = quality_verdict(_example(text), QualitySpec(), "pt", LanguageDetector())
    assert (verdict.reason if verdict else None) == reason
