"""Professional register numbers: CRM/SP 123456, OAB/SP 123.456, COREN-RJ 123.456-ENF…"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_COUNCILS = (
    "CRM", "CRO", "COREN", "CREA", "CRP", "CRF", "CRN", "CREFITO", "CRMV", "CRBM", "CAU",
    "CRC", "OAB", "CREF", "CRFa", "CRESS", "CORECON", "CRA", "CRQ", "CRTR", "CONFEA", "RMS",
)
_UFS = (
    "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
)


@register_detector
class ProfessionalIdDetector(Detector):
    """A council acronym, an optional state, and the register number; the whole phrase is
    the span because the acronym plus state narrows the number down to one professional."""

    name = "professional_id"
    labels = ("PROFESSIONAL_ID",)
    _pattern = re.compile(
        rf"(?<![\w])(?:{'|'.join(sorted(_COUNCILS, key=len, reverse=True))})"
        rf"(?:\s*[-/]\s*(?:{_UFS})|\s+(?:{_UFS})(?=[\s:nN]))?"
        r"\s*(?:n[º°o.]?\s*|:\s*|-\s*)?"
        r"\d{1,3}(?:\.\d{3})+(?:-[\dA-Z]{1,3})?(?![\w]|[.-]\d)"
        r"|(?<![\w])(?:" + "|".join(_COUNCILS) + r")"
        rf"(?:\s*[-/]\s*(?:{_UFS})|\s+(?:{_UFS})(?=[\s:nN]))?"
        r"\s*(?:n[º°o.]?\s*|:\s*|-\s*)?"
        r"\d{3,9}(?:-[\dA-Z]{1,3})?(?![\w]|[.-]\d)"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            yield Span(match.start(), match.end(), "PROFESSIONAL_ID", 0.9, self.name)
