"""Quality curation of single records: mojibake repair, length, letters, language.

Pure functions of one example (plus a lazily loaded language detector); the stage's entry
function decides what to do with the verdicts. Label conflicts and class imbalance look at
the whole dataset and live in `dedup` (conflicts, which share its text hashes) and `bias`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afinar.config.spec import QualitySpec
from afinar.data.example import Example

# Characters that mis-decoded UTF-8 leaves behind (Ã£ for ã, â€™ for ’, C1 controls): only texts
# containing one are handed to ftfy, which is much slower than this test.
MOJIBAKE_HINT = re.compile("[ÃÂâ\u0080-\u009f]")
NOT_LETTER = re.compile(r"[\W\d_]+")
SPACE = re.compile(r"\s+")


def repair_mojibake(example: Example) -> tuple[Example, bool]:
    """The example with mis-decoded text repaired by ftfy, and whether anything changed."""
    texts = example.texts()
    if not any(MOJIBAKE_HINT.search(text) for text in texts):
        return example, False
    import ftfy

    fixed = [ftfy.fix_text(text, normalization="NFC") if MOJIBAKE_HINT.search(text) else text for text in texts]
    if fixed == texts:
        return example, False
    return example.with_texts(fixed), True


def letter_ratio(text: str) -> float:
    """Share of letters among the non-space characters (1.0 for an empty text)."""
    visible = len(SPACE.sub("", text))
    if not visible:
        return 1.0
    return len(NOT_LETTER.sub("", text)) / visible


@dataclass(frozen=True)
class QualityVerdict:
    reason: str
    detail: str = ""


class LanguageDetector:
    """py3langid's offline model (97 languages, loaded on first use, ~0.5 s)."""

    def __init__(self) -> None:
        self._identifier = None

    def detect(self, text: str) -> tuple[str, float]:
        """(ISO 639-1 code, confidence in [0, 1])."""
        if self._identifier is None:
            from py3langid.langid import _load_identifier

            self._identifier = _load_identifier(norm_probs=True)
        language, confidence = self._identifier.classify(text)
        return language, float(confidence)


def quality_verdict(
    example: Example, quality: QualitySpec, language: str | None, detector: LanguageDetector | None
) -> QualityVerdict | None:
    """Why the example should be dropped, or None when it passes every filter."""
    text = example.joined_text()
    length = len(text.strip())
    if length < quality.min_chars:
        return QualityVerdict("too short", f"{length} characters, minimum {quality.min_chars}")
    if quality.max_chars is not None and length > quality.max_chars:
        return QualityVerdict("too long", f"{length} characters, maximum {quality.max_chars}")
    ratio = letter_ratio(text)
    if ratio < quality.min_letter_ratio:
        return QualityVerdict("mostly non-letters", f"{ratio:.0%} letters, minimum {quality.min_letter_ratio:.0%}")
    if language and detector is not None:
        letters = len(NOT_LETTER.sub("", text))
        if letters >= quality.language_min_chars:
            found, confidence = detector.detect(text)
            if found != language and confidence >= quality.language_confidence:
                return QualityVerdict("other language", f"detected '{found}' with confidence {confidence:.2f}, expected '{language}'")
    return None
