"""The dataset bias audit: who is represented, how labels differ between groups, where LGPD's
sensitive categories are mentioned, rated against the spec's `data.bias` thresholds.

A pure function of per-record codes (group value, label set, sensitive-category bit mask);
it never sees a text. Statistics:
- representation: records and share per value of each group field;
- label gaps: for each (group field, label), the share of records with the label in each group
  (groups with at least `min_group_size` records), the largest difference between two groups,
  and a chi-square test of independence of "has the label" and group (scipy), significant at
  `alpha` after a Bonferroni correction over the field's labels;
- sensitive terms: the share of records mentioning each art. 5 II category, overall and per
  group, with the same test.
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from afinar.config.spec import BiasSpec
from afinar.data.sensitive_terms import CATEGORY_NAMES

SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass
class Finding:
    severity: str  # low | medium | high
    kind: str  # label_gap | underrepresented | sensitive_terms | class_imbalance | missing_group
    message: str
    field: str | None = None
    subject: str | None = None  # the label, group or category concerned
    stats: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass
class GapTest:
    field: str
    label: str
    shares: dict[str, float]
    gap: float
    high_group: str
    low_group: str
    chi2: float
    p_value: float
    significant: bool


@dataclass
class BiasAudit:
    records: int
    representation: dict[str, list[dict[str, Any]]]
    label_counts: dict[str, int]
    label_share_by_group: dict[str, dict[str, dict[str, float]]]
    gap_tests: list[GapTest]
    sensitive: dict[str, Any]
    findings: list[Finding]

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_ORDER.__getitem__)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def chi_square(table: np.ndarray) -> tuple[float, float]:
    """(statistic, p-value) of the chi-square test of independence; (0, 1) for a degenerate table."""
    from scipy.stats import chi2_contingency

    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if table.shape[0] < 2 or table.shape[1] < 2:
        return 0.0, 1.0
    statistic, p_value, _, _ = chi2_contingency(table, correction=False)
    return float(statistic), float(p_value)


def audit_bias(
    groups: dict[str, tuple[np.ndarray, list[str]]],
    label_sets: tuple[np.ndarray, list[tuple[str, ...]]] | None,
    sensitive_masks: np.ndarray | None,
    thresholds: BiasSpec,
    imbalance_ratio: float = 10.0,
) -> BiasAudit:
    """Audit the kept records. `groups`: field → (value code per record, values); `label_sets`:
    (label-set code per record, label sets); `sensitive_masks`: category bit mask per record."""
    n = len(next(iter(groups.values()))[0]) if groups else (len(label_sets[0]) if label_sets else 0)
    findings: list[Finding] = []
    representation: dict[str, list[dict[str, Any]]] = {}
    for name, (codes, values) in groups.items():
        counts = np.bincount(codes, minlength=len(values)) if n else np.zeros(len(values), dtype=int)
        rows = [
            {"group": values[i], "count": int(counts[i]), "share": float(counts[i] / n) if n else 0.0}
            for i in np.argsort(-counts, kind="stable")
            if counts[i]
        ]
        representation[name] = rows
        for row in rows:
            if row["group"] == "(missing)" and row["share"] >= thresholds.min_group_share:
                findings.append(Finding("low", "missing_group", f"{name}: {row['share']:.0%} of records have no value", name, row["group"], row))
            elif row["share"] < thresholds.min_group_share:
                findings.append(
                    Finding(
                        "medium",
                        "underrepresented",
                        f"{name}={row['group']}: {row['count']} records ({row['share']:.1%}), below {thresholds.min_group_share:.0%}",
                        name,
                        row["group"],
                        row,
                    )
                )

    label_counts: dict[str, int] = {}
    share_by_group: dict[str, dict[str, dict[str, float]]] = {}
    gap_tests: list[GapTest] = []
    if label_sets is not None and n:
        set_codes, sets = label_sets
        labels = sorted({label for label_set in sets for label in label_set})
        membership = {label: np.isin(set_codes, [i for i, s in enumerate(sets) if label in s]) for label in labels}
        label_counts = {label: int(mask.sum()) for label, mask in membership.items()}
        findings.extend(_imbalance(label_counts, imbalance_ratio))
        for name, (codes, values) in groups.items():
            tests, shares = _gaps(name, codes, values, membership, thresholds)
            gap_tests.extend(tests)
            share_by_group[name] = shares
        findings.extend(_gap_findings(gap_tests, thresholds))

    sensitive: dict[str, Any] = {}
    if sensitive_masks is not None and n:
        sensitive, sensitive_findings = _sensitive(groups, sensitive_masks, thresholds)
        findings.extend(sensitive_findings)

    findings.sort(key=lambda f: (-SEVERITY_ORDER[f.severity], f.kind, f.field or "", f.subject or ""))
    return BiasAudit(n, representation, label_counts, share_by_group, gap_tests, sensitive, findings)


def _gaps(
    name: str, codes: np.ndarray, values: list[str], membership: dict[str, np.ndarray], thresholds: BiasSpec
) -> tuple[list[GapTest], dict[str, dict[str, float]]]:
    sizes = np.bincount(codes, minlength=len(values))
    eligible = [i for i in range(len(values)) if sizes[i] >= thresholds.min_group_size and values[i] != "(missing)"]
    shares: dict[str, dict[str, float]] = {values[i]: {} for i in range(len(values)) if sizes[i]}
    tests = []
    corrected_alpha = thresholds.alpha / max(len(membership), 1)
    for label, mask in membership.items():
        with_label = np.bincount(codes[mask], minlength=len(values))
        for i in range(len(values)):
            if sizes[i]:
                shares[values[i]][label] = float(with_label[i] / sizes[i])
        if len(eligible) < 2:
            continue
        group_shares = {values[i]: float(with_label[i] / sizes[i]) for i in eligible}
        high = max(group_shares, key=group_shares.__getitem__)
        low = min(group_shares, key=group_shares.__getitem__)
        table = np.array([[with_label[i], sizes[i] - with_label[i]] for i in eligible])
        statistic, p_value = chi_square(table)
        gap = group_shares[high] - group_shares[low]
        tests.append(GapTest(name, label, group_shares, gap, high, low, statistic, p_value, p_value < corrected_alpha))
    return tests, shares


def _gap_findings(tests: list[GapTest], thresholds: BiasSpec) -> list[Finding]:
    findings = []
    for test in tests:
        if not test.significant or test.gap < thresholds.max_label_gap / 2:
            continue
        severity = "high" if test.gap >= thresholds.max_label_gap else "medium"
        high_share, low_share = test.shares[test.high_group], test.shares[test.low_group]
        ratio = f", {high_share / low_share:.1f}×" if low_share > 0 else ""
        findings.append(
            Finding(
                severity,
                "label_gap",
                f"label '{test.label}' by {test.field}: {high_share:.0%} in {test.high_group} vs {low_share:.0%} in "
                f"{test.low_group} (gap {test.gap:.2f}{ratio}; chi-square p={test.p_value:.2g})",
                test.field,
                test.label,
                {"gap": test.gap, "p_value": test.p_value, "chi2": test.chi2, "high_group": test.high_group, "low_group": test.low_group},
            )
        )
    return findings


def _imbalance(label_counts: dict[str, int], imbalance_ratio: float) -> list[Finding]:
    present = {label: count for label, count in label_counts.items() if count}
    if len(present) < 2:
        return []
    largest = max(present, key=present.__getitem__)
    smallest = min(present, key=present.__getitem__)
    ratio = present[largest] / present[smallest]
    if ratio < imbalance_ratio:
        return []
    return [
        Finding(
            "medium",
            "class_imbalance",
            f"class imbalance: '{largest}' has {present[largest]} records, '{smallest}' {present[smallest]} ({ratio:.0f}×)",
            None,
            smallest,
            {"ratio": ratio, "largest": largest, "smallest": smallest},
        )
    ]


def _sensitive(
    groups: dict[str, tuple[np.ndarray, list[str]]], masks: np.ndarray, thresholds: BiasSpec
) -> tuple[dict[str, Any], list[Finding]]:
    n = len(masks)
    summary: dict[str, Any] = {}
    findings = []
    for bit, category in enumerate(CATEGORY_NAMES):
        mentions = (masks >> bit) & 1 == 1
        count = int(mentions.sum())
        entry: dict[str, Any] = {"records": count, "share": count / n, "by_group": {}}
        worst_gap: tuple[float, str, str, float] | None = None
        for name, (codes, values) in groups.items():
            sizes = np.bincount(codes, minlength=len(values))
            hits = np.bincount(codes[mentions], minlength=len(values))
            entry["by_group"][name] = {values[i]: {"records": int(hits[i]), "share": float(hits[i] / sizes[i])} for i in range(len(values)) if sizes[i]}
            eligible = [i for i in range(len(values)) if sizes[i] >= thresholds.min_group_size and values[i] != "(missing)"]
            if len(eligible) >= 2 and count:
                share = {i: hits[i] / sizes[i] for i in eligible}
                high, low = max(share, key=share.__getitem__), min(share, key=share.__getitem__)
                _, p_value = chi_square(np.array([[hits[i], sizes[i] - hits[i]] for i in eligible]))
                gap = float(share[high] - share[low])
                if p_value < thresholds.alpha and (worst_gap is None or gap > worst_gap[0]):
                    worst_gap = (gap, name, f"{values[high]} {share[high]:.0%} vs {values[low]} {share[low]:.0%}", p_value)
        summary[category] = entry
        if entry["share"] >= thresholds.sensitive_share:
            uneven = worst_gap is not None and worst_gap[0] >= thresholds.max_label_gap
            message = f"LGPD art. 5 II category '{category}' is mentioned in {entry['share']:.1%} of records"
            if uneven:
                message += f", unevenly by {worst_gap[1]} ({worst_gap[2]}, p={worst_gap[3]:.2g})"  # type: ignore[index]
            findings.append(
                Finding(
                    "high" if uneven else "medium",
                    "sensitive_terms",
                    message + "; sensitive data needs an art. 11 legal basis",
                    worst_gap[1] if uneven else None,  # type: ignore[index]
                    category,
                    {"share": entry["share"], "records": count},
                )
            )
    return summary, findings
