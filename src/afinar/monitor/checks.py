"""The drift checks: recent traffic against the reference sample, one `Check` per question.

| check | effect size (thresholds in `monitor.thresholds`) | significance |
|---|---|---|
| length | relative change of the mean length in tokens | Kolmogorov–Smirnov |
| oov_rate | change of the mean share of words the tokenizer splits | Mann–Whitney U |
| unseen_words | change of the mean share of words the reference never used | Mann–Whitney U |
| personal_data | change of the share of texts with personal data | Fisher's exact test |
| language | change of the share of texts in another language | Fisher's exact test |
| embedding | AUC of a classifier telling the samples apart (MiniLM) | MMD permutation test |
| labels | PSI of the predicted labels (JS distance shown) | chi-square |
| performance | accuracy drop on feedback below the evaluated accuracy | one-sided binomial test |

A check warns (alerts) when its effect reaches the warn (alert) level AND its p-value is below
`alpha_warn` (`alpha_alert`) divided by the number of checks that ran (Bonferroni), so that the
family of checks together keeps its false-alarm rate near alpha. Functions here are pure.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from afinar.config.spec import MonitorSpec
from afinar.monitor import statistics as st
from afinar.monitor.descriptors import Described, unseen_rates, vocabulary_of

ORDER = {"ok": 0, "insufficient_data": 0, "not_applicable": 0, "warn": 1, "alert": 2}


@dataclass
class Check:
    name: str
    effect: float | None
    p_value: float | None
    reference_value: float | None
    recent_value: float | None
    detail: str
    status: str = "ok"  # ok | warn | alert | insufficient_data | not_applicable
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("effect", "p_value", "reference_value", "recent_value"):
            if out[key] is not None:
                out[key] = _round(out[key])
        return out


def _round(value: float) -> float | None:
    return None if value is None or not math.isfinite(value) else float(f"{value:.6g}")


@dataclass
class Sides:
    """What a comparison needs: the measured reference and recent samples, the personal-data flag
    of each text on both sides, and the reference's label vocabulary (classifiers)."""

    reference: Described
    recent: Described
    reference_personal: np.ndarray
    recent_personal: np.ndarray
    label_vocabulary: list[str] | None = None


def compare(sides: Sides, settings: MonitorSpec, *, feedback: list[tuple[str, str]] | None = None, evaluated_accuracy: float | None = None) -> list[Check]:
    """Every check that applies, judged. `feedback`: (predicted, right) label pairs."""
    checks = [
        length_check(sides.reference, sides.recent),
        oov_check(sides.reference, sides.recent),
        unseen_words_check(sides.reference, sides.recent, settings.seed),
        share_check("personal_data", sides.reference_personal, sides.recent_personal, "texts with personal data"),
        share_check("language", sides.reference.other_language, sides.recent.other_language, "texts in another language"),
        embedding_check(sides.reference, sides.recent, settings),
    ]
    if sides.label_vocabulary is not None and sides.recent.labels is not None and sides.reference.labels is not None:
        checks.append(label_check(sides.reference.labels, sides.recent.labels, sides.label_vocabulary))
    if feedback is not None:
        checks.append(performance_check(feedback, evaluated_accuracy, settings.min_feedback))
    return judge(checks, settings)


def judge(checks: list[Check], settings: MonitorSpec) -> list[Check]:
    tested = [c for c in checks if c.p_value is not None and c.effect is not None and c.status == "ok"]
    m = max(len(tested), 1)
    for check in tested:
        levels = getattr(settings.thresholds, check.name)
        if check.p_value < settings.alpha_alert / m and check.effect >= levels.alert:
            check.status = "alert"
        elif check.p_value < settings.alpha_warn / m and check.effect >= levels.warn:
            check.status = "warn"
        check.extra["levels"] = {"warn": levels.warn, "alert": levels.alert, "alpha_warn": settings.alpha_warn / m, "alpha_alert": settings.alpha_alert / m}
    return checks


def overall_status(checks: list[Check], samples: int, settings: MonitorSpec) -> str:
    worst = max((c.status for c in checks), key=lambda s: ORDER.get(s, 0), default="ok")
    if samples < settings.min_samples and ORDER.get(worst, 0) == 0:
        return "insufficient_data"
    return worst if ORDER.get(worst, 0) else "ok"


# -- the checks ---------------------------------------------------------------------------------------


def length_check(reference: Described, recent: Described) -> Check:
    ref, now = float(np.mean(reference.tokens)), float(np.mean(recent.tokens))
    effect = abs(now / ref - 1.0) if ref > 0 else 0.0
    return Check("length", effect, st.ks_p_value(reference.tokens, recent.tokens), ref, now, f"mean {ref:.1f} → {now:.1f} tokens")


def oov_check(reference: Described, recent: Described) -> Check:
    ref, now = float(np.mean(reference.oov)), float(np.mean(recent.oov))
    return Check("oov_rate", abs(now - ref), st.mann_whitney_p_value(reference.oov, recent.oov), ref, now, f"{ref:.1%} → {now:.1%} of words split by the tokenizer")


def unseen_words_check(reference: Described, recent: Described, seed: int) -> Check:
    """New vocabulary: words absent from one half of the reference that recur (in two texts or
    more) in recent traffic, against the same measure on the other half, at the same sample size
    (recurrence depends on it). One-sided: fewer new words than the reference is no drift."""
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(reference))
    half = max(1, len(order) // 2)
    vocabulary = vocabulary_of([reference.texts[i] for i in order[:half]])
    size = min(len(order) - half, len(recent))
    baseline_texts = [reference.texts[i] for i in order[half : half + size]]
    recent_texts = recent.texts if len(recent) <= size else [recent.texts[i] for i in np.sort(rng.choice(len(recent), size, replace=False))]
    baseline = unseen_rates(baseline_texts, vocabulary, min_texts=2)
    rates = unseen_rates(recent_texts, vocabulary, min_texts=2)
    if not len(baseline) or not len(rates):
        return Check("unseen_words", None, None, None, None, "too few texts to compare vocabularies", status="not_applicable")
    ref, now = float(np.mean(baseline)), float(np.mean(rates))
    return Check(
        "unseen_words", now - ref, st.mann_whitney_p_value(baseline, rates, alternative="less"), ref, now,
        f"{ref:.1%} → {now:.1%} of words are recurring words the reference never used (samples of {size})",
    )


def share_check(name: str, reference: np.ndarray, recent: np.ndarray, what: str) -> Check:
    ref, now = reference[~np.isnan(reference)], recent[~np.isnan(recent)]
    if len(ref) == 0 or len(now) == 0:
        return Check(name, None, None, None, None, f"no texts long enough to judge {what}", status="not_applicable")
    a, b = float(ref.mean()), float(now.mean())
    p_value = st.fisher_p_value(int(ref.sum()), len(ref), int(now.sum()), len(now))
    return Check(name, abs(b - a), p_value, a, b, f"{a:.1%} → {b:.1%} {what} (of {len(ref)} / {len(now)} judged)")


def embedding_check(reference: Described, recent: Described, settings: MonitorSpec) -> Check:
    mmd, p_value = st.mmd_permutation_test(reference.embeddings, recent.embeddings, permutations=settings.permutations, seed=settings.seed)
    auc = st.domain_classifier_auc(reference.embeddings, recent.embeddings, seed=settings.seed)
    return Check("embedding", auc, p_value, 0.5, auc, f"domain classifier AUC {auc:.3f}; MMD² {mmd:.4f} (permutation p {p_value:.4f})", extra={"mmd2": _round(mmd)})


def label_check(reference: list[str], recent: list[str], vocabulary: list[str]) -> Check:
    labels = list(dict.fromkeys([*vocabulary, *reference, *recent]))
    p, q = st.label_shares(reference, labels), st.label_shares(recent, labels)
    psi = st.population_stability_index(p, q)
    js = st.jensen_shannon_distance(p, q)
    counts_ref = p * len(reference)
    counts_now = q * len(recent)
    moved = sorted(labels, key=lambda label: -abs(q[labels.index(label)] - p[labels.index(label)]))[:3]
    detail = f"PSI {psi:.3f}, JS distance {js:.3f}; most changed: " + ", ".join(f"{label} {p[labels.index(label)]:.0%}→{q[labels.index(label)]:.0%}" for label in moved)
    return Check(
        "labels", psi, st.chi_square_p_value(counts_ref, counts_now), None, None, detail,
        extra={"js_distance": _round(js), "reference_shares": dict(zip(labels, map(_round, p), strict=True)), "recent_shares": dict(zip(labels, map(_round, q), strict=True))},
    )


def performance_check(feedback: list[tuple[str, str]], evaluated_accuracy: float | None, min_feedback: int) -> Check:
    n = len(feedback)
    if n < min_feedback:
        return Check("performance", None, None, evaluated_accuracy, None, f"{n} feedback label(s); {min_feedback} needed", status="insufficient_data")
    correct = sum(predicted == right for predicted, right in feedback)
    accuracy = correct / n
    if evaluated_accuracy is None:
        return Check("performance", None, None, None, accuracy, f"accuracy {accuracy:.1%} on {n} feedback labels; no evaluation to compare with", status="not_applicable")
    drop = evaluated_accuracy - accuracy
    p_value = st.binomial_p_value_below(correct, n, evaluated_accuracy)
    return Check("performance", drop, p_value, evaluated_accuracy, accuracy, f"accuracy {evaluated_accuracy:.1%} (evaluation) → {accuracy:.1%} on {n} feedback labels")
