"""`scan(text)`: every detector, a score threshold, and one deterministic overlap rule.

Overlap rule (documented in docs/privacy.md): candidates at or above `min_score` are taken
greedily in the order (highest score, then longest span, then earliest start, then label
name, then detector name); a candidate is kept when it overlaps none already kept. The
order is total, so the same text always yields the same spans, whatever order the
detectors ran in.
"""

from __future__ import annotations

from bisect import bisect_left

from afinar.privacy.recurrence import RECURRENCE_SCORE, recurring_names
from afinar.privacy.registry import DetectorRegistry, default_registry
from afinar.privacy.span import Span

DEFAULT_MIN_SCORE = 0.5


def resolve_overlaps(candidates: list[Span]) -> list[Span]:
    """Keep a non-overlapping subset of `candidates` by the rule above, sorted by start."""
    ordered = sorted(candidates, key=lambda s: (-s.score, -s.length, s.start, s.label, s.detector))
    starts: list[int] = []  # kept spans, sorted by start (they never overlap each other)
    kept: list[Span] = []
    for span in ordered:
        position = bisect_left(starts, span.start)
        if position > 0 and kept[position - 1].end > span.start:
            continue
        if position < len(kept) and kept[position].start < span.end:
            continue
        starts.insert(position, span.start)
        kept.insert(position, span)
    return kept


def merge_agreeing(candidates: list[Span]) -> list[Span]:
    """Where spans of one label from two or more detectors overlap, one span covering them
    all replaces them (the highest score, the detectors' names joined by "+"). Two detectors
    agreeing that a stretch is a name, each seeing a different part of it ("Maria Okafor" by
    the tagger, "Maria" by the rules), should mask the whole. Overlaps within one detector
    are left as they are: they are its alternatives, for `resolve_overlaps` to choose from."""
    by_label: dict[str, list[Span]] = {}
    for span in candidates:
        by_label.setdefault(span.label, []).append(span)
    merged: list[Span] = []
    for label, spans in by_label.items():
        spans.sort(key=lambda s: (s.start, -s.end))
        group: list[Span] = []
        group_end = -1
        for span in spans + [None]:  # type: ignore[list-item]
            if span is not None and group and span.start < group_end:
                group.append(span)
                group_end = max(group_end, span.end)
                continue
            if group:
                detectors = sorted({s.detector for s in group})
                if len(detectors) > 1:
                    merged.append(Span(min(s.start for s in group), group_end, label,
                                       max(s.score for s in group), "+".join(detectors)))
                else:
                    merged.extend(group)
            if span is not None:
                group, group_end = [span], span.end
    return merged


def scan(
    text: str,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    registry: DetectorRegistry | None = None,
    recur_names: bool = True,
) -> list[Span]:
    """Personal data in `text`: non-overlapping spans with score >= `min_score`, by start.

    `registry` defaults to the built-in detectors; pass your own to add or remove some.
    With `recur_names`, a word of a PERSON span found is a PERSON wherever else it stands
    in the text (`recurrence.recurring_names`).
    """
    detectors = registry if registry is not None else default_registry()
    candidates = [s for s in detectors.detect(text) if s.score >= min_score]
    found = resolve_overlaps(merge_agreeing(candidates))
    if recur_names and RECURRENCE_SCORE >= min_score and any(s.label == "PERSON" for s in found):
        found = resolve_overlaps(found + recurring_names(text, found))
    return found
