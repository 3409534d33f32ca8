"""The one record that joins detection to transformation.

Every detector returns `Span`s and every operator consumes them; there is no second copy of
this type anywhere in afinar (see STYLE.md, rule 5).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A piece of personal data found in a text.

    `start`/`end` are character offsets into the scanned text (`text[start:end]` is the value;
    the span never stores the value itself, so logging a span cannot leak it). `label` is the
    entity type (e.g. "BR_CPF"), `score` the confidence in [0, 1], `detector` the registered
    name of the detector that produced it.
    """

    start: int
    end: int
    label: str
    score: float
    detector: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"a span needs 0 <= start < end, got {self.start}..{self.end}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"a span score must lie in [0, 1], got {self.score}")

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end
