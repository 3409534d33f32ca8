"""The statistics behind the drift checks: pure functions from arrays to numbers.

- two-sample tests: Kolmogorov–Smirnov (lengths), Mann–Whitney U (per-text rates), Fisher's exact
  test (shares), chi-square (label counts), a one-sided binomial test (accuracy on feedback);
- embeddings: the squared maximum mean discrepancy (RBF kernel, median-distance bandwidth) with a
  permutation test, and the cross-validated AUC of a classifier telling the two samples apart;
- label distributions: the population stability index and the Jensen–Shannon distance.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

PSI_FLOOR = 1e-4  # share given to a label absent from one side, so PSI stays finite


def ks_p_value(reference: np.ndarray, recent: np.ndarray) -> float:
    from scipy.stats import ks_2samp

    return float(ks_2samp(reference, recent).pvalue)


def mann_whitney_p_value(reference: np.ndarray, recent: np.ndarray, alternative: str = "two-sided") -> float:
    """`alternative="less"`: the reference tends to be smaller than recent values."""
    from scipy.stats import mannwhitneyu

    if np.all(reference == reference[0]) and np.all(recent == reference[0]):
        return 1.0  # identical constants: no evidence of a difference
    return float(mannwhitneyu(reference, recent, alternative=alternative).pvalue)


def fisher_p_value(hits_a: int, n_a: int, hits_b: int, n_b: int) -> float:
    from scipy.stats import fisher_exact

    return float(fisher_exact([[hits_a, n_a - hits_a], [hits_b, n_b - hits_b]]).pvalue)


def label_shares(labels: Sequence[str], vocabulary: Sequence[str]) -> np.ndarray:
    counts = np.array([sum(1 for label in labels if label == v) for v in vocabulary], dtype=float)
    return counts / max(counts.sum(), 1.0)


def population_stability_index(reference: np.ndarray, recent: np.ndarray) -> float:
    """PSI = Σ (q − p) · ln(q / p) over shares p (reference) and q (recent)."""
    p = np.clip(reference, PSI_FLOOR, None)
    q = np.clip(recent, PSI_FLOOR, None)
    p, q = p / p.sum(), q / q.sum()
    return float(np.sum((q - p) * np.log(q / p)))


def jensen_shannon_distance(reference: np.ndarray, recent: np.ndarray) -> float:
    """The Jensen–Shannon distance (base 2, in [0, 1])."""
    from scipy.spatial.distance import jensenshannon

    return float(jensenshannon(reference, recent, base=2))


def chi_square_p_value(reference_counts: np.ndarray, recent_counts: np.ndarray) -> float:
    from scipy.stats import chi2_contingency

    table = np.vstack([reference_counts, recent_counts])
    table = table[:, table.sum(axis=0) > 0]
    if table.shape[1] < 2:
        return 1.0
    return float(chi2_contingency(table).pvalue)


def binomial_p_value_below(correct: int, n: int, expected: float) -> float:
    """P(at most `correct` right out of `n`) if the true accuracy were `expected`."""
    from scipy.stats import binomtest

    return float(binomtest(correct, n, min(max(expected, 0.0), 1.0), alternative="less").pvalue)


def _rbf_kernel(x: np.ndarray, bandwidth: float) -> np.ndarray:
    squared = np.sum(x * x, axis=1)
    distances = np.maximum(squared[:, None] + squared[None, :] - 2.0 * x @ x.T, 0.0)
    return np.exp(-distances / (2.0 * bandwidth * bandwidth))


def median_bandwidth(x: np.ndarray, rng: np.random.Generator, max_points: int = 500) -> float:
    """The median pairwise Euclidean distance (on at most `max_points` points)."""
    if len(x) > max_points:
        x = x[rng.choice(len(x), max_points, replace=False)]
    squared = np.sum(x * x, axis=1)
    distances = np.sqrt(np.maximum(squared[:, None] + squared[None, :] - 2.0 * x @ x.T, 0.0))
    upper = distances[np.triu_indices(len(x), k=1)]
    median = float(np.median(upper)) if len(upper) else 1.0
    return median if median > 0 else 1.0


def mmd_permutation_test(reference: np.ndarray, recent: np.ndarray, *, permutations: int, seed: int, max_per_side: int = 500) -> tuple[float, float]:
    """(MMD², permutation p-value) of two samples of embeddings, each capped at `max_per_side`."""
    rng = np.random.default_rng(seed)
    if len(reference) > max_per_side:
        reference = reference[rng.choice(len(reference), max_per_side, replace=False)]
    if len(recent) > max_per_side:
        recent = recent[rng.choice(len(recent), max_per_side, replace=False)]
    pooled = np.vstack([reference, recent])
    n, m = len(reference), len(recent)
    kernel = _rbf_kernel(pooled, median_bandwidth(pooled, rng))
    # MMD² (biased) = wᵀKw with w = +1/n on the reference, −1/m on recent; permuting the pooled
    # sample permutes w, so every permutation is one column of W and all of them one matmul.
    base = np.concatenate([np.full(n, 1.0 / n), np.full(m, -1.0 / m)])
    weights = np.empty((n + m, permutations + 1))
    weights[:, 0] = base
    for j in range(1, permutations + 1):
        weights[:, j] = base[rng.permutation(n + m)]
    statistics = np.einsum("ij,ij->j", weights, kernel @ weights)
    observed = statistics[0]
    p_value = (1 + np.sum(statistics[1:] >= observed - 1e-12)) / (permutations + 1)
    return float(observed), float(p_value)


def domain_classifier_auc(reference: np.ndarray, recent: np.ndarray, *, seed: int, folds: int = 5, max_per_side: int = 1000) -> float:
    """Cross-validated ROC AUC of a logistic regression telling recent (1) from reference (0)
    embeddings: 0.5 when indistinguishable, 1.0 when perfectly separable."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    rng = np.random.default_rng(seed)
    if len(reference) > max_per_side:
        reference = reference[rng.choice(len(reference), max_per_side, replace=False)]
    if len(recent) > max_per_side:
        recent = recent[rng.choice(len(recent), max_per_side, replace=False)]
    x = np.vstack([reference, recent])
    y = np.concatenate([np.zeros(len(reference)), np.ones(len(recent))])
    folds = max(2, min(folds, len(recent), len(reference)))
    model = LogisticRegression(C=1.0, max_iter=2000)
    scores = cross_val_predict(model, x, y, cv=StratifiedKFold(folds, shuffle=True, random_state=seed), method="predict_proba")[:, 1]
    return float(roc_auc_score(y, scores))
