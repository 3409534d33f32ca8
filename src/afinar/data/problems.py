"""Problems found in records: where (file:line, field) and why, never the offending value.

`RecordProblem` is what validation and curation report for one record; `ProblemLog` collects
them with bounded memory (every problem is counted, the first `keep` are kept in detail), and
raises in strict mode.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from afinar.data.example import SourceRef
from afinar.errors import DataError

DETAILED_PROBLEMS = 1000


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """A record that was rejected or changed. `step`: validation, quality, length, dedup, …"""

    source: SourceRef
    field: str
    reason: str  # a fixed phrase, counted as such ("invalid JSON", "near-duplicate")
    detail: str = ""  # particulars that never quote the value ("of data.jsonl:12", "expected a string, got a list")
    step: str = "validation"

    def __str__(self) -> str:
        field = f" field '{self.field}':" if self.field else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.source}:{field} {self.reason}{detail}"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.source.file,
            "line": self.source.line,
            "field": self.field,
            "reason": self.reason,
            "detail": self.detail,
            "step": self.step,
        }


class InvalidRecord(Exception):
    """Raised by a record converter; becomes a `RecordProblem` (lenient) or a `DataError` (strict)."""

    def __init__(self, field: str, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason
        self.detail = detail


class ProblemLog:
    """Counts every problem by (step, reason kind); keeps the first `keep` in full."""

    def __init__(self, *, strict_steps: frozenset[str] = frozenset(), keep: int = DETAILED_PROBLEMS) -> None:
        self.strict_steps = strict_steps
        self.keep = keep
        self.detailed: list[RecordProblem] = []
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, problem: RecordProblem, *, hint: str | None = None) -> None:
        if problem.step in self.strict_steps:
            raise DataError(str(problem), hint=hint or "fix the record, or prepare with --lenient to skip invalid records")
        self.counts[(problem.step, problem.reason)] += 1
        if len(self.detailed) < self.keep:
            self.detailed.append(problem)

    def total(self, step: str | None = None) -> int:
        return sum(n for (s, _), n in self.counts.items() if step is None or s == step)

    def count(self, step: str, reason: str) -> int:
        return self.counts[(step, reason)]

    def summary(self) -> list[dict[str, Any]]:
        """[{step, reason, count}], most frequent first."""
        return [
            {"step": step, "reason": reason, "count": count}
            for (step, reason), count in sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total(),
            "by_reason": self.summary(),
            "records": [p.to_json() for p in self.detailed],
            "records_truncated": self.total() > len(self.detailed),
        }

