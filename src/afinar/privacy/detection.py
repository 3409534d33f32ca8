"""`scan(text)`: every detector, a score threshold, and one deterministic overlap rule.

Overlap rule (documented in docs/privacy.md): candidates at or above `min_score` are taken
greedily in the order (highest score, then longest span, then earliest start, then label
name, then detector name); a candidate is kept when it overlaps none already kept. A
PERSON candidate that overlaps a kept span only at one end keeps its whole words outside it
("Olga Zielinski OAB" against the register "OAB/ES 461925" keeps "Olga Zielinski"): a name
that runs into an identifier is still a name. The order is total, so the same text always
yields the same spans, whatever order the detectors ran in.
"""

from __future__ import annotations

from bisect import bisect_left

from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.markup import decoded_view, to_original
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.name_shape import is_name_shaped
from afinar.privacy.ocr import ocr_view
from afinar.privacy.recurrence import RECURRENCE_SCORE, recurring_names
from afinar.privacy.registry import DetectorRegistry, default_registry
from afinar.privacy.span import Span

DEFAULT_MIN_SCORE = 0.5
# how far before a span found in the OCR view a misread character may be for the span
# to count: a keyword's length and the blanks after it ("NASClDO EM ")
_MISREAD_BEFORE = 24


def resolve_overlaps(candidates: list[Span], text: str | None = None) -> list[Span]:
    """Keep a non-overlapping subset of `candidates` by the rule above, sorted by start.
    Without `text`, a PERSON candidate that overlaps a kept span is dropped whole."""
    ordered = sorted(candidates, key=lambda s: (-s.score, -s.length, s.start, s.label, s.detector))
    starts: list[int] = []  # kept spans, sorted by start (they never overlap each other)
    kept: list[Span] = []
    for span in ordered:
        position = bisect_left(starts, span.start)
        before = kept[position - 1] if position > 0 and kept[position - 1].end > span.start else None
        after = kept[position] if position < len(kept) and kept[position].start < span.end else None
        if before is not None or after is not None:
            if text is None or span.label != "PERSON":
                continue
            span = _words_outside(text, span, before, after)
            if span is None:
                continue
            position = bisect_left(starts, span.start)
        starts.insert(position, span.start)
        kept.insert(position, span)
    return kept


def _words_outside(text: str, span: Span, before: Span | None, after: Span | None) -> Span | None:
    """The part of `span` on one side of the kept span it overlaps (`before` it starts, or
    `after`), cut back to whole words; None when kept spans overlap it on both sides or one
    lies inside it (which side would be the name?), or no word of two letters is left."""
    if before is not None and after is not None:
        return None
    if after is not None:
        if after.end < span.end:
            return None
        start, end = span.start, after.start
        while end > start and text[end - 1].isalpha() and text[end].isalpha():
            end -= 1  # the kept span starts mid-word: that word is not the name's
    else:
        assert before is not None
        start, end = before.end, span.end
        while start < end and text[start - 1].isalpha() and text[start].isalpha():
            start += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    if sum(c.isalpha() for c in text[start:end]) < 2:
        return None
    return Span(start, end, span.label, span.score, span.detector)


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


def _touches(changed: list[int], span: Span) -> bool:
    """Whether a changed offset (sorted) lies in `span` or right after it."""
    at = bisect_left(changed, span.start)
    return at < len(changed) and changed[at] <= span.end


def _everyday_words(text: str, span: Span) -> bool:
    """Whether the whole words of `text` under `span` hold no name word of the gazetteer
    and none shaped like a name ("NASCIDO EM": none; "HILDA POMMER", "MIN-SEOK SHIN": some)."""
    start, end = span.start, span.end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    name_words = load_gazetteer().name_words
    return not any(word in name_words or is_name_shaped(word) for word in fold(text[start:end]).split())


def scan(
    text: str,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    registry: DetectorRegistry | None = None,
    recur_names: bool = True,
) -> list[Span]:
    """Personal data in `text`: non-overlapping spans with score >= `min_score`, by start.

    `registry` defaults to the built-in detectors; pass your own to add or remove some.
    Text with markup or transfer encodings (HTML entities and tags, quoted-printable, URL
    encoding, words hyphenated across lines) is also read decoded (`markup.decoded_view`),
    and what is found there covers the markup in the original; text with a scan's
    misreadings ("I4/10/1979", "AVENlDA") is also read with them undone (`ocr.ocr_view`);
    a name found only in the misread text, touching a misread character, is dropped when
    its words read right hold no name word.
    With `recur_names`, a word of a PERSON span found is a PERSON wherever else it stands
    in the text (`recurrence.recurring_names`). A PERSON candidate inside a numbered
    address that is not personal (scored under `min_score`: a firm's, a seat) is dropped:
    a street's words name no one; so is one inside a role mailbox's e-mail address.
    """
    detectors = registry if registry is not None else default_registry()
    context = ContextWindow(text)
    detected = detectors.detect(text, context)
    # a street's words are no one's name even where the address is not personal (a firm's
    # premises, scored under `min_score`): "Loja: Praça Rosa e Silva, 30" names no Silva.
    # Only a numbered address counts: "R. Rocha" without a number may be an initial and a
    # surname as well as a street.
    streets = [(s.start, s.end) for s in detected if s.label == "ADDRESS" and s.score < min_score
               and any(c.isdigit() for c in text[s.start:s.end])]
    # ... nor are the words of a role mailbox's address ("ZE50@TRE-PE.JUS.BR": no Zé)
    streets += [(s.start, s.end) for s in detected if s.label == "EMAIL_ADDRESS" and s.score < min_score]
    candidates = [s for s in detected if s.score >= min_score and not (
        streets and s.label == "PERSON" and any(a <= s.start and s.end <= b for a, b in streets))]
    view = decoded_view(text)
    if view is not None:
        # markup and transfer encodings decoded ("Luciana&nbsp;Campelo", "=C3=A9"): what the
        # detectors find there, mapped back over the markup, competes with the rest
        decoded, starts, ends = view
        for span in detectors.detect(decoded):
            if span.score >= min_score:
                start, end = to_original(starts, ends, span.start, span.end)
                candidates.append(Span(start, end, span.label, span.score, span.detector))
    fixed = ocr_view(text)
    if fixed is not None:
        # a scan's misreadings undone ("I4/10/1979", "AVENlDA"), same offsets: what is
        # found there and covers a changed character, or follows one closely (a dot leader
        # set apart from its value, a keyword misread: "NASClDO EM 09/05/2009"), competes
        # with the rest
        changed = [i for i, (a, b) in enumerate(zip(text, fixed)) if a != b]
        found_there = detectors.detect(fixed)
        # a name found in the misread text only, touching a misread character, whose words
        # read right hold no name word, is a misreading: "O MENOR, NASClDO EM" reads a
        # "NASClDO EM" ("NASCIDO EM")
        names_there = [s for s in found_there if s.label == "PERSON" and s.score >= min_score]
        candidates = [s for s in candidates if s.label != "PERSON" or not _touches(changed, s)
                      or any(s.overlaps(n) for n in names_there) or not _everyday_words(fixed, s)]
        for span in found_there:
            # (a name only where it covers a misread character or starts right after one,
            # "Assinatura: ___Maria___": "Celiilar: I1 96047…" is no name for the phone
            # fixed after it)
            at = bisect_left(changed, span.start - (1 if span.label == "PERSON" else _MISREAD_BEFORE))
            if span.score >= min_score and at < len(changed) and changed[at] < span.end:
                candidates.append(span)
    found = resolve_overlaps(merge_agreeing(candidates), text)
    if recur_names and RECURRENCE_SCORE >= min_score and any(s.label == "PERSON" for s in found):
        found = resolve_overlaps(found + recurring_names(text, found, context), text)
    return found
