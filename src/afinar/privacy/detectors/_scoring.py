"""Context scoring shared by the number detectors.

Many Brazilian identifiers share a shape (CPF, CNH and PIS are all 11 digits; a mobile
number with its area code is 11 digits too), so an unformatted number is labelled by the
nearest context keyword before it: its own keyword raises the score, another identifier's
keyword or a "not personal" word (protocolo, pedido, processo, R$ ...) lowers it.
"""

from __future__ import annotations

import re

from afinar.privacy import keywords
from afinar.privacy.folding import ContextWindow

NEGATIVE = "NOT_PERSONAL"

# Pre-filter (`Detector.trigger`) of every detector whose candidates contain a digit.
HAS_DIGIT = re.compile(r"\d")

COMPETING_KEYWORDS = {
    "BR_CPF": keywords.CPF,
    "BR_CNPJ": keywords.CNPJ,
    "BR_RG": keywords.RG,
    "BR_CNH": keywords.CNH,
    "BR_PIS": keywords.PIS,
    "BR_TITULO_ELEITOR": keywords.TITULO,
    "BR_CNS": keywords.CNS,
    "BR_CEP": keywords.CEP,
    "PHONE_NUMBER": keywords.PHONE,
    "CREDIT_CARD": keywords.CARD,
    NEGATIVE: keywords.NOT_PERSONAL_NUMBER,
}

# How far back (characters) a keyword still speaks for a number: "CPF nº 123..." and
# "inscrito no CPF sob o número 123..." both fit.
CONTEXT_WIDTH = 40


def contextual_score(
    context: ContextWindow,
    start: int,
    label: str,
    base: float,
    *,
    own: float = 0.95,
    other: float = 0.3,
) -> float:
    """Score of a `label` candidate at `start` given the nearest keyword before it.

    `base` applies with no keyword; `own` when the nearest keyword is the label's own;
    `other` (a ceiling) when it names another identifier or a non-personal number.
    """
    nearest = context.nearest_before(start, CONTEXT_WIDTH, COMPETING_KEYWORDS)
    if nearest is None:
        return base
    if nearest == label:
        return max(base, own)
    return min(base, other)


def digits_of(value: str) -> str:
    """Only the ASCII digits of `value`."""
    return "".join(c for c in value if "0" <= c <= "9")
