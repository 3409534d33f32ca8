"""Dates of birth: a date is personal data here only next to a birth keyword."""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy import keywords
from afinar.privacy.detectors._scoring import HAS_DIGIT
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_MONTHS = (
    "janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    "|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez"
)


@register_detector
class DateOfBirthDetector(Detector):
    """dd/mm/aaaa, dd-mm-aaaa, dd.mm.aaaa, aaaa-mm-dd and "3 de março de 1985" within
    40 characters after nascimento / nasc. / DN / nascido(a) em / data de nascimento."""

    name = "date_of_birth"
    labels = ("DATE_OF_BIRTH",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        r"(?=\d)(?<![\w/.\-])(?:(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}"
        r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
        rf"|(?:0?[1-9]|[12]\d|3[01]|1º)\s+de\s+(?:{_MONTHS})\.?\s+de\s+(?:19|20)\d{{2}})"
        r"(?![\w]|[/.\-]\d)",
        re.IGNORECASE,
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            window = context.before(match.start(), 40)
            keyword = None
            for keyword in keywords.DATE_OF_BIRTH.finditer(window):
                pass  # keep the last (nearest) one
            # "nascimento: 03/04/1985; consulta em 05/06/2023": a number between the keyword
            # and the date means the keyword already has its date.
            if keyword and _is_a_surname(text, match.start() - len(window) + keyword.start(),
                                         match.start() - len(window) + keyword.end()):
                continue
            if keyword and not any(c.isdigit() for c in window[keyword.end() :]):
                yield Span(match.start(), match.end(), "DATE_OF_BIRTH", 0.9, self.name)


_NAME_WORD_AROUND = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")


def _is_a_surname(text: str, start: int, end: int) -> bool:
    """True when the birth keyword at `text[start:end]` is "Nascimento" inside a person's
    name ("Dr(a). Davi Lucca Nascimento Cardoso está confirmada para 08/01/2023"): written
    capitalised, with a known given name or surname right before or after it."""
    if not text.startswith("Nascimento", start):
        return False
    from afinar.privacy.folding import fold
    from afinar.privacy.gazetteer import load_gazetteer

    names = load_gazetteer().name_words
    before = text[max(0, start - 30) : start].split()[-1:]
    after = _NAME_WORD_AROUND.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(
        (before and _NAME_WORD_AROUND.fullmatch(before[0]) and fold(before[0]) in names)
        or (after and fold(after.group()) in names)
    )
