"""Paired bootstrap of the difference between two models scored on the same examples.

Each resample draws N example indices with replacement (one seeded numpy generator) and scores
BOTH models on that same draw, so the interval reflects the difference on shared examples
rather than two independent noises (Koehn 2004; Efron & Tibshirani's percentile interval).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

# A metric of a resample: it receives the drawn indices and returns the model's score on them.
ResampledMetric = Callable[[np.ndarray], float]


@dataclass(frozen=True)
class PairedDifference:
    metric: str
    tuned: float
    base: float
    difference: float  # tuned − base on the full test set
    ci_low: float
    ci_high: float
    confidence: float
    resamples: int
    seed: int
    share_tuned_better: float  # share of resamples where tuned > base

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def paired_bootstrap(
    metric: str,
    n: int,
    tuned: ResampledMetric,
    base: ResampledMetric,
    *,
    resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> PairedDifference:
    """Percentile interval of tuned(sample) − base(sample) over `resamples` paired resamples."""
    everything = np.arange(n)
    tuned_full, base_full = tuned(everything), base(everything)
    rng = np.random.default_rng(seed)
    differences = np.empty(resamples)
    for r in range(resamples):
        draw = rng.integers(0, n, size=n)
        differences[r] = tuned(draw) - base(draw)
    alpha = (1.0 - confidence) / 2.0
    low, high = np.quantile(differences, [alpha, 1.0 - alpha])
    return PairedDifference(
        metric=metric,
        tuned=float(tuned_full),
        base=float(base_full),
        difference=float(tuned_full - base_full),
        ci_low=float(low),
        ci_high=float(high),
        confidence=confidence,
        resamples=resamples,
        seed=seed,
        share_tuned_better=float((differences > 0).mean()),
    )


def mean_of(scores: np.ndarray) -> ResampledMetric:
    """The resampled mean of per-example scores (accuracy, exact match, ROUGE-L, …)."""
    return lambda draw: float(scores[draw].mean())
