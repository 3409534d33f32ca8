"""Measuring the detectors on labelled text: span-overlap P/R/F1 and the leak rate.

A record is {"text": str, "spans": [{"start", "end", "label"}, ...]} (gold spans).
A predicted span and a gold span match when they overlap and carry the same label;
precision counts predicted spans that match some gold span, recall counts gold spans
matched by some predicted span. The leak rate is label-blind: the share of gold
personal-data characters that `Anonymizer.apply` (replace policy) leaves untouched.

Overlap scoring cannot see over-masking: a name that runs on into its sentence ("SR
SANDOVAL RECLAMOU DO VALOR") still overlaps the gold name, while anonymising it erases
the sentence. The over-masking rate shows it: the share of the characters the Anonymizer
replaced that are no gold personal data (blanks aside). It is reported, not a goal: a
span over a whole field's value ("Rua X, 12, apto 3" labelled only to the number) counts
there as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from afinar.privacy.span import Span


@dataclass
class LabelScores:
    """Counts for one label; `precision`, `recall` and `f1` derive from them."""

    true_positive_predictions: int = 0
    predictions: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive_predictions / self.predictions if self.predictions else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    """Per-label scores, their micro average, and the leak rate."""

    per_label: dict[str, LabelScores] = field(default_factory=dict)
    leaked_chars: int = 0
    gold_chars: int = 0
    overmasked_chars: int = 0
    masked_chars: int = 0

    @property
    def micro(self) -> LabelScores:
        total = LabelScores()
        for scores in self.per_label.values():
            total.true_positive_predictions += scores.true_positive_predictions
            total.predictions += scores.predictions
            total.matched_gold += scores.matched_gold
            total.gold += scores.gold
        return total

    @property
    def leak_rate(self) -> float:
        return self.leaked_chars / self.gold_chars if self.gold_chars else 0.0

    @property
    def overmask_rate(self) -> float:
        """Share of the masked characters (blanks aside) that are no gold personal data."""
        return self.overmasked_chars / self.masked_chars if self.masked_chars else 0.0

    def as_dict(self) -> dict[str, object]:
        """Plain numbers, rounded to 4 places, for JSON and docs."""
        return {
            "micro_precision": round(self.micro.precision, 4),
            "micro_recall": round(self.micro.recall, 4),
            "micro_f1": round(self.micro.f1, 4),
            "leak_rate": round(self.leak_rate, 4),
            "overmask_rate": round(self.overmask_rate, 4),
            "per_label": {
                label: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                        "f1": round(s.f1, 4), "gold": s.gold, "predicted": s.predictions}
                for label, s in sorted(self.per_label.items())
            },
        }


GoldSpan = tuple[int, int, str]


def gold_spans(record: dict) -> list[GoldSpan]:
    """(start, end, label) of a labelled record's gold spans."""
    return [(s["start"], s["end"], s["label"]) for s in record["spans"]]


def score_detection(
    records: Iterable[dict],
    detect: Callable[[str], list[GoldSpan]],
    *,
    labels: Iterable[str] | None = None,
) -> EvaluationReport:
    """Score `detect` (text -> [(start, end, label)]) against the records' gold spans.

    With `labels`, only those labels count (used to compare a tool that knows fewer
    entity types on its own ground, and on everything).
    """
    report = EvaluationReport()
    wanted = set(labels) if labels is not None else None
    for record in records:
        gold = [g for g in gold_spans(record) if wanted is None or g[2] in wanted]
        predicted = [p for p in detect(record["text"]) if wanted is None or p[2] in wanted]
        for start, end, label in predicted:
            scores = report.per_label.setdefault(label, LabelScores())
            scores.predictions += 1
            if any(g[2] == label and g[0] < end and start < g[1] for g in gold):
                scores.true_positive_predictions += 1
        for start, end, label in gold:
            scores = report.per_label.setdefault(label, LabelScores())
            scores.gold += 1
            if any(p[2] == label and p[0] < end and start < p[1] for p in predicted):
                scores.matched_gold += 1
    return report


def leak_counts(records: Iterable[dict], masked: Callable[[str], list[tuple[int, int]]]) -> tuple[int, int]:
    """(leaked, total) gold characters, given `masked(text)` -> replaced (start, end) ranges
    in the original text."""
    leaked = total = 0
    for record in records:
        ranges = masked(record["text"])
        for start, end, _label in gold_spans(record):
            for position in range(start, end):
                total += 1
                if not any(s <= position < e for s, e in ranges):
                    leaked += 1
    return leaked, total


def overmask_counts(records: Iterable[dict], masked: Callable[[str], list[tuple[int, int]]]) -> tuple[int, int]:
    """(over-masked, masked) characters, given `masked(text)` -> replaced (start, end)
    ranges in the original text: of the non-blank characters inside those ranges, how many
    lie in no gold span."""
    overmasked = total = 0
    for record in records:
        text = record["text"]
        personal = bytearray(len(text))
        for start, end, _label in gold_spans(record):
            personal[start:end] = b"\x01" * (end - start)
        seen = bytearray(len(text))  # (overlapping replacements count a character once)
        for start, end in masked(text):
            for position in range(start, end):
                if seen[position] or text[position].isspace():
                    continue
                seen[position] = 1
                total += 1
                overmasked += not personal[position]
    return overmasked, total


def evaluate_afinar(records: list[dict], key: bytes) -> EvaluationReport:
    """afinar's `scan` scored on `records`, plus the leak rate of a replace-everything
    Anonymizer (residual failure off: the leak rate is what is being measured).

    One `Anonymizer.apply` per text serves both: the spans it replaced are those of `scan`
    at the default threshold with the built-in detectors, which is what is scored. (Without
    the second pass over what the re-scan finds, `anonymize_residual`: that would score the
    re-scan of placeholder text as well as `scan`; it only masks more, so the leak rate
    measured here is an upper bound of the default policy's.)"""
    from afinar.privacy.anonymizer import Anonymizer
    from afinar.privacy.policy import PrivacyPolicy

    anonymizer = Anonymizer(PrivacyPolicy(default="replace", fail_on_residual=False, anonymize_residual=False), key)
    applied = {record["text"]: anonymizer.apply(record["text"]) for record in records}
    report = score_detection(records, lambda t: [(s.start, s.end, s.label) for s in applied[t].spans])
    def replaced(text: str) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in applied[text].replacements]

    report.leaked_chars, report.gold_chars = leak_counts(records, replaced)
    report.overmasked_chars, report.masked_chars = overmask_counts(records, replaced)
    return report
