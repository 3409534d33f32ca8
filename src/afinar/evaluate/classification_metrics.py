"""Metrics of a classifier on a test set: accuracy, macro/weighted F1, per-class precision,
recall and F1, the confusion matrix, and calibration (expected calibration error).

Pure functions of labels and probabilities (scikit-learn does the counting); `macro_f1_fast` is
the same macro-F1 from a confusion count with numpy, for the thousand resamples of a bootstrap.
"""

from __future__ import annotations

from typing import Any

import numpy as np

ECE_BINS = 15


def classification_report(y_true: np.ndarray, y_pred: np.ndarray, proba: np.ndarray | None, labels: list[str]) -> dict[str, Any]:
    """Every metric of a single-label classifier. `y_true`/`y_pred`: class indices into `labels`
    (a true label unknown to the model is -1: always wrong); `proba`: (N, C) probabilities or None."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    index = list(range(len(labels)))
    precision, recall, f1, support = precision_recall_fscore_support(y_true, y_pred, labels=index, zero_division=0)
    return {
        "examples": int(len(y_true)),
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=index, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_true, y_pred, labels=index, average="weighted", zero_division=0)),
        "ece": expected_calibration_error(y_true, proba) if proba is not None else None,
        "per_class": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": {"labels": labels, "matrix": confusion_matrix(y_true, y_pred, labels=index).tolist()},
    }


def multilabel_report(y_true: np.ndarray, y_pred: np.ndarray, labels: list[str]) -> dict[str, Any]:
    """Metrics of a multi-label classifier; `y_true`/`y_pred` are (N, C) 0/1 indicator matrices."""
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    precision, recall, f1, support = precision_recall_fscore_support(y_true, y_pred, zero_division=0)
    return {
        "examples": int(len(y_true)),
        "accuracy": float((y_true == y_pred).all(axis=1).mean()),
        "macro_f1": float(f1_score(y_true, y_pred, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(y_true, y_pred, average="weighted", zero_division=0)),
        "ece": None,
        "per_class": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "confusion_matrix": None,
    }


def expected_calibration_error(y_true: np.ndarray, proba: np.ndarray, bins: int = ECE_BINS) -> float:
    """ECE of the top-class probability: Σ_b (n_b / N) · |accuracy_b − confidence_b| over
    `bins` equal-width confidence bins (Guo et al. 2017)."""
    confidence = proba.max(axis=1)
    correct = (proba.argmax(axis=1) == y_true).astype(float)
    # Bin b holds confidences in (b/bins, (b+1)/bins]; a confidence of exactly 0 goes to bin 0.
    which = np.clip(np.ceil(confidence * bins).astype(int) - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        members = which == b
        if members.any():
            total += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return float(total)


def macro_f1_fast(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int, *, present_only: bool = False) -> float:
    """Macro-F1 over classes 0..n_classes-1 (true labels of -1 count as misses), equal to
    scikit-learn's `f1_score(labels=range(n), average='macro', zero_division=0)`; with
    `present_only`, over the classes that occur in `y_true` or `y_pred` (scikit-learn's default
    labels), which is what a subgroup that lacks some classes should be judged on."""
    known = y_true >= 0
    true_positive = np.bincount(y_true[known & (y_true == y_pred)], minlength=n_classes)[:n_classes]
    predicted = np.bincount(y_pred, minlength=n_classes)[:n_classes]
    actual = np.bincount(y_true[known], minlength=n_classes)[:n_classes]
    denominator = predicted + actual
    f1 = np.divide(2 * true_positive, denominator, out=np.zeros(n_classes), where=denominator > 0)
    if present_only:
        present = denominator > 0
        return float(f1[present].mean()) if present.any() else 0.0
    return float(f1.mean())
