"""Per-group metrics (fairlearn's `MetricFrame`), their largest gap and ratio, and for
classifiers the demographic-parity and equalised-odds differences.

Each of the spec's `group_fields` is judged on its own. Every group is reported with its size;
only groups with at least `min_group_size` test examples enter the gaps (a group of three
examples moves its accuracy by a third with one error). `fairness_gap` is the largest gap of
the primary metric over all fields; `fairness_ratio` the smallest min/max ratio.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

# A metric of one group: it receives the indices of the group's examples.
GroupMetric = Callable[[np.ndarray], float]


def group_metrics(
    groups: Sequence[dict[str, str]],
    group_fields: list[str],
    metrics: dict[str, GroupMetric],
    primary: str,
    *,
    min_group_size: int,
    labels: dict[str, np.ndarray] | None = None,
) -> dict[str, Any]:
    """Per-field, per-group values of every metric, gaps and ratios; `labels` (classification:
    {"y_true": …, "y_pred": …, "n_classes": …}) adds demographic parity and equalised odds."""
    by_field: dict[str, Any] = {}
    worst_gap, worst_ratio, worst_field = None, None, None
    for field in group_fields:
        values = np.array([g.get(field, "(missing)") for g in groups], dtype=object)
        result = _one_field(values, metrics, primary, min_group_size)
        if labels is not None:
            result.update(_parity(values, labels, result["eligible_groups"]))
        by_field[field] = result
        gap = result["gaps"].get(primary)
        if gap is not None and (worst_gap is None or gap > worst_gap):
            worst_gap, worst_field = gap, field
        ratio = result["ratios"].get(primary)
        if ratio is not None and (worst_ratio is None or ratio < worst_ratio):
            worst_ratio = ratio
    summary: dict[str, Any] = {
        "group_fields": group_fields,
        "primary_metric": primary,
        "min_group_size": min_group_size,
        "by_field": by_field,
        "fairness_gap": worst_gap,
        "fairness_ratio": worst_ratio,
        "worst_field": worst_field,
    }
    if labels is not None:
        summary["demographic_parity_difference"] = _max_or_none(f.get("demographic_parity_difference") for f in by_field.values())
        summary["equalized_odds_difference"] = _max_or_none(f.get("equalized_odds_difference") for f in by_field.values())
    return summary


def _one_field(values: np.ndarray, metrics: dict[str, GroupMetric], primary: str, min_group_size: int) -> dict[str, Any]:
    from fairlearn.metrics import MetricFrame

    positions = np.arange(len(values))
    # fairlearn slices y_pred by group; passing example positions lets a metric look up anything
    # about its examples (labels, probabilities, texts, per-example scores).
    def wrap(metric: GroupMetric):
        return lambda _y_true, y_pred: metric(np.asarray(y_pred, dtype=int))

    frame = MetricFrame(
        metrics={name: wrap(metric) for name, metric in metrics.items()},
        y_true=positions,
        y_pred=positions,
        sensitive_features=values,
    )
    sizes = {str(group): int((values == group).sum()) for group in frame.by_group.index}
    eligible = [group for group, size in sizes.items() if size >= min_group_size]
    groups = {
        str(group): {"n": sizes[str(group)], **{name: _float(frame.by_group.loc[group, name]) for name in metrics}}
        for group in frame.by_group.index
    }
    gaps, ratios = {}, {}
    if len(eligible) >= 2:
        for name in metrics:
            column = [groups[g][name] for g in eligible if groups[g][name] is not None]
            if len(column) >= 2:
                gaps[name] = float(max(column) - min(column))
                ratios[name] = float(min(column) / max(column)) if max(column) > 0 else None
    return {
        "groups": groups,
        "eligible_groups": eligible,
        "gaps": gaps,
        "ratios": ratios,
        "best_group": max(eligible, key=lambda g: groups[g][primary]) if len(eligible) >= 2 else None,
        "worst_group": min(eligible, key=lambda g: groups[g][primary]) if len(eligible) >= 2 else None,
    }


def _parity(values: np.ndarray, labels: dict[str, np.ndarray], eligible: list[str]) -> dict[str, Any]:
    """Demographic parity and equalised odds differences (fairlearn), one class against the rest,
    over the eligible groups; the worst class is the field's value."""
    from fairlearn.metrics import demographic_parity_difference, equalized_odds_difference

    keep = np.isin(values.astype(str), eligible)
    if len(eligible) < 2:
        return {"demographic_parity_difference": None, "equalized_odds_difference": None, "per_class": {}}
    y_true, y_pred, names = labels["y_true"][keep], labels["y_pred"][keep], labels["names"]
    sensitive = values[keep].astype(str)
    per_class = {}
    for index, name in enumerate(names):
        truth, predicted = (y_true == index).astype(int), (y_pred == index).astype(int)
        parity = demographic_parity_difference(truth, predicted, sensitive_features=sensitive)
        # Equalised odds needs both outcomes in every group; otherwise a rate is undefined.
        odds = equalized_odds_difference(truth, predicted, sensitive_features=sensitive) if _both_outcomes(truth, sensitive) else None
        per_class[name] = {"demographic_parity_difference": _float(parity), "equalized_odds_difference": _float(odds)}
    return {
        "demographic_parity_difference": _max_or_none(c["demographic_parity_difference"] for c in per_class.values()),
        "equalized_odds_difference": _max_or_none(c["equalized_odds_difference"] for c in per_class.values()),
        "per_class": per_class,
    }


def _both_outcomes(truth: np.ndarray, sensitive: np.ndarray) -> bool:
    return all(len(set(truth[sensitive == group])) == 2 for group in set(sensitive))


def _float(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if np.isfinite(value) else None


def _max_or_none(values) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None
