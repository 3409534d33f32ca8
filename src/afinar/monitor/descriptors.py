"""Text descriptors of a sample of texts, measured the same way for reference data and traffic.

Before anything is measured, personal data in both samples is turned into the same shape: request
logs hold `<LABEL>` placeholders (or nothing, under `redact`), while a dataset holds pseudonyms; the
privacy stage's scanner normalises the reference texts with the operator the logs used, so that a
drift check compares what people write, not how it was anonymised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
PLACEHOLDER = re.compile(r"<[A-Z_]+>")


def words(text: str) -> list[str]:
    """Lower-cased words of a text, personal-data placeholders left out."""
    return [w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", text))]


class OovCounter:
    """Share of a text's words the model's tokenizer has no single token for (split into pieces
    or unknown). Looked up once per distinct word."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self._cache: dict[str, bool] = {}
        self._unk = getattr(tokenizer, "unk_token_id", None)

    def is_oov(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is None:
            ids = self.tokenizer(" " + word, add_special_tokens=False)["input_ids"]
            hit = self._cache[word] = len(ids) != 1 or (self._unk is not None and ids[0] == self._unk)
        return hit

    def rate(self, text: str) -> float:
        found = words(text)
        return sum(self.is_oov(w) for w in found) / len(found) if found else 0.0


def unseen_rates(texts: Sequence[str], vocabulary: set[str], *, min_texts: int = 1) -> np.ndarray:
    """Per text, the share of its words that are not in `vocabulary` and occur in at least
    `min_texts` texts of the sample (0 for a text without words). With `min_texts=2`, a word
    written once — a name the privacy scan missed, a typo — is not new vocabulary; a word the
    traffic keeps using is."""
    found = [words(text) for text in texts]
    spread: dict[str, int] = {}
    for text_words in found:
        for word in set(text_words):
            if word not in vocabulary:
                spread[word] = spread.get(word, 0) + 1
    out = np.zeros(len(texts))
    for i, text_words in enumerate(found):
        if text_words:
            out[i] = sum(spread.get(w, 0) >= min_texts for w in text_words) / len(text_words)
    return out


def vocabulary_of(texts: Sequence[str]) -> set[str]:
    return {w for text in texts for w in words(text)}


def token_counts(tokenizer, texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros(0)
    encoded = tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    return np.array([len(ids) for ids in encoded], dtype=float)


def other_language(texts: Sequence[str], detect: Callable[[str], tuple[str, float]], *, expected: str | None, min_letters: int, min_confidence: float = 0.5) -> np.ndarray:
    """Per text: 1.0 when the detector is at least `min_confidence` sure it is not `expected`, 0.0
    when it is, NaN when the text is too short to judge (or no language is expected)."""
    out = np.full(len(texts), np.nan)
    if expected is None:
        return out
    for i, text in enumerate(texts):
        plain = PLACEHOLDER.sub(" ", text)
        if sum(c.isalpha() for c in plain) < min_letters:
            continue
        language, confidence = detect(plain)
        out[i] = 1.0 if (language != expected and confidence >= min_confidence) else 0.0
    return out


@dataclass
class Described:
    """A sample of texts and what was measured on each (one row per text)."""

    texts: list[str]
    tokens: np.ndarray  # length in the model's tokens
    oov: np.ndarray  # share of words without a single token in the model's vocabulary
    other_language: np.ndarray  # 1 / 0 / NaN (too short to judge)
    embeddings: np.ndarray  # (N, H), L2-normalised MiniLM sentence embeddings
    labels: list[str] | None = None  # predicted labels (classifiers)

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, index: Sequence[int]) -> Described:
        index = np.asarray(index, dtype=int)
        return Described(
            [self.texts[i] for i in index], self.tokens[index], self.oov[index], self.other_language[index], self.embeddings[index],
            [self.labels[i] for i in index] if self.labels is not None else None,
        )

    @staticmethod
    def concat(parts: Sequence[Described]) -> Described:
        labelled = all(p.labels is not None for p in parts)
        return Described(
            [t for p in parts for t in p.texts],
            np.concatenate([p.tokens for p in parts]),
            np.concatenate([p.oov for p in parts]),
            np.concatenate([p.other_language for p in parts]),
            np.vstack([p.embeddings for p in parts]),
            [label for p in parts for label in p.labels] if labelled else None,
        )
