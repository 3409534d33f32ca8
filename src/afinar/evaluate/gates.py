"""Policy gates: the metric names a gate may use, and checking `metric: ">=0.85"` against results.

This module is imported by the spec loader (to reject unknown metrics and metrics that do not
apply to the task when `afinar.yaml` is read), so it must stay free of heavy imports.

Every gate-able metric is a number in `Evaluation.metrics`, measured on the held-out test split
of the run's dataset version (extra test sets are reported, not gated).
"""

from __future__ import annotations

import difflib
import operator
import re
from dataclasses import dataclass
from typing import Any, Literal

GATE_EXPRESSION = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)\s*$")
OPERATORS = {">=": operator.ge, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, "<": operator.lt}
Task = Literal["classification", "sft"]
BOTH: frozenset[str] = frozenset({"classification", "sft"})
CLASSIFICATION: frozenset[str] = frozenset({"classification"})
SFT: frozenset[str] = frozenset({"sft"})

# The metric a task is judged by: what `improvement_over_base` and `fairness_gap` are computed on.
PRIMARY_METRIC: dict[str, str] = {"classification": "macro_f1", "sft": "chrf"}


@dataclass(frozen=True)
class GateMetric:
    name: str
    tasks: frozenset[str]
    higher_is_better: bool | None  # None: neither (a difference whose sign is the point)
    description: str


_METRICS = (
    GateMetric("accuracy", CLASSIFICATION, True, "Share of test examples whose predicted label is right (multi-label: all labels right)."),
    GateMetric("macro_f1", CLASSIFICATION, True, "Unweighted mean of the per-class F1 scores (scikit-learn `f1_score(average='macro')`)."),
    GateMetric("weighted_f1", CLASSIFICATION, True, "Per-class F1 weighted by class support."),
    GateMetric("ece", CLASSIFICATION, False, "Expected calibration error of the top-class probability (15 equal-width bins)."),
    GateMetric(
        "demographic_parity_difference", CLASSIFICATION, False,
        "Largest difference between groups in the rate at which a class is predicted (fairlearn, one class against the rest, worst class and field).",
    ),
    GateMetric(
        "equalized_odds_difference", CLASSIFICATION, False,
        "Largest between-group difference in true- or false-positive rate (fairlearn, one class against the rest, worst class and field).",
    ),
    GateMetric("perplexity", SFT, False, "exp(mean negative log-likelihood) of the reference answers' tokens given their prompts."),
    GateMetric("exact_match", SFT, True, "Share of generations equal to the reference after normalisation (case, accents kept, spacing, punctuation)."),
    GateMetric("token_f1", SFT, True, "Mean token-overlap F1 between generation and reference (SQuAD style)."),
    GateMetric("rouge_l", SFT, True, "Mean ROUGE-L F-measure (longest common subsequence of tokens)."),
    GateMetric("chrf", SFT, True, "Corpus chrF (sacrebleu), as a fraction in [0, 1] (sacrebleu's score / 100)."),
    GateMetric(
        "memorised_pii", SFT, False,
        "Distinct personal-data values (privacy scan) in generations that appear verbatim in the training data but not in the prompt.",
    ),
    GateMetric(
        "improvement_over_base", BOTH, True,
        "Primary metric (macro_f1 / chrf) of the tuned model minus that of the base model, on the same test split.",
    ),
    GateMetric(
        "improvement_ci_low", BOTH, True,
        "Lower end of the paired-bootstrap confidence interval of `improvement_over_base` (> 0: a significant improvement).",
    ),
    GateMetric(
        "fairness_gap", BOTH, False,
        "Largest between-group difference of the primary metric, over every group field (groups of at least `evaluate.min_group_size`).",
    ),
    GateMetric("fairness_ratio", BOTH, True, "Smallest between-group ratio (min / max) of the primary metric, over every group field."),
    GateMetric(
        "forgetting", BOTH, False,
        "sft: relative change of perplexity on held-out general Portuguese, (tuned - base) / base; "
        "classification: 1 - mean cosine similarity of base and tuned mean-pooled embeddings of that text.",
    ),
)
METRICS: dict[str, GateMetric] = {metric.name: metric for metric in _METRICS}


@dataclass(frozen=True)
class Gate:
    metric: str
    expression: str
    op: str
    threshold: float

    def check(self, value: float | None) -> bool:
        return value is not None and OPERATORS[self.op](value, self.threshold)


def parse_gate(metric: str, expression: Any) -> Gate:
    """A gate from its spec entry; ValueError (with a did-you-mean) when the name or comparison is bad."""
    if metric not in METRICS:
        close = difflib.get_close_matches(metric, list(METRICS), n=1, cutoff=0.6)
        hint = f" — did you mean '{close[0]}'?" if close else f" (known metrics: {', '.join(sorted(METRICS))})"
        raise ValueError(f"gate {metric!r}: unknown metric{hint}")
    match = GATE_EXPRESSION.match(str(expression))
    if not match:
        raise ValueError(
            f"gate {metric!r}: {expression!r} is not a comparison; write e.g. \">=0.85\" (operators >=, <=, ==, !=, >, <)"
        )
    return Gate(metric, str(expression).strip(), match.group(1), float(match.group(2)))


def check_gate_applies(metric: str, task: str) -> None:
    """ValueError when `metric` is not measured for `task` (e.g. `macro_f1` for an sft project)."""
    info = METRICS[metric]
    if task not in info.tasks:
        measured = sorted(name for name, m in METRICS.items() if task in m.tasks)
        raise ValueError(
            f"gate {metric!r} does not apply to task {task!r} (it is measured for {', '.join(sorted(info.tasks))} only); "
            f"gates for {task}: {', '.join(measured)}"
        )


def metrics_for(task: str) -> list[str]:
    return [name for name, metric in METRICS.items() if task in metric.tasks]


@dataclass(frozen=True)
class GateVerdict:
    metric: str
    expression: str
    value: float | None
    passed: bool
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"metric": self.metric, "expression": self.expression, "value": self.value, "passed": self.passed, "reason": self.reason}


def check_gates(gates: dict[str, str], metrics: dict[str, float | None]) -> list[GateVerdict]:
    """One verdict per gate; a metric that could not be measured fails its gate (never passes silently)."""
    verdicts = []
    for name, expression in gates.items():
        gate = parse_gate(name, expression)
        value = metrics.get(name)
        if value is None:
            verdicts.append(GateVerdict(name, gate.expression, None, False, "not measured (see the evaluation for why)"))
            continue
        passed = gate.check(value)
        verdicts.append(GateVerdict(name, gate.expression, value, passed, f"{value:.4g} {gate.op} {gate.threshold:g}" + ("" if passed else " is false")))
    return verdicts
