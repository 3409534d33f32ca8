"""Metrics of generated text against references: exact match, token F1, ROUGE-L and chrF.

Tokens are lower-cased words and numbers (accents kept: "é" and "e" are different words in
Portuguese). ROUGE-L is computed here from the longest common subsequence (no `rouge-score`
package: it drops every non-ASCII letter, which breaks Portuguese); chrF comes from sacrebleu.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (NFC), punctuation dropped."""
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def normalise_answer(text: str) -> str:
    return " ".join(tokens(text))


def exact_match(prediction: str, reference: str) -> float:
    """1.0 when both are the same sequence of words (case, punctuation and spacing ignored)."""
    return float(normalise_answer(prediction) == normalise_answer(reference))


def token_f1(prediction: str, reference: str) -> float:
    """F1 of the bag-of-words overlap (SQuAD's definition); 1.0 when both are empty."""
    predicted, expected = tokens(prediction), tokens(reference)
    if not predicted or not expected:
        return float(predicted == expected)
    common = sum((Counter(predicted) & Counter(expected)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return 2 * precision * recall / (precision + recall)


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (dynamic programming, O(len(a)·len(b)) time,
    O(min) memory)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for item in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if item == other else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F-measure (β = 1, as `rouge-score` reports it): LCS-based precision and recall."""
    predicted, expected = tokens(prediction), tokens(reference)
    if not predicted or not expected:
        return float(predicted == expected)
    lcs = lcs_length(predicted, expected)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(predicted), lcs / len(expected)
    return 2 * precision * recall / (precision + recall)


def chrf(predictions: Sequence[str], references: Sequence[str]) -> float:
    """Corpus chrF (sacrebleu defaults: character 6-grams, β = 2) as a fraction in [0, 1]."""
    from sacrebleu.metrics import CHRF

    return CHRF().corpus_score(list(predictions), [list(references)]).score / 100.0


def chrf_statistics(predictions: Sequence[str], references: Sequence[str]) -> np.ndarray:
    """Per-sentence chrF statistics (N, K); a corpus score is `chrf_from_statistics` of their sum,
    so a bootstrap can resample sentences without recomputing n-grams."""
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    return np.array(metric._extract_corpus_statistics(list(predictions), [list(references)]), dtype=np.int64)


def chrf_from_statistics(summed: np.ndarray) -> float:
    from sacrebleu.metrics import CHRF

    return CHRF()._compute_score_from_stats(summed.tolist()).score / 100.0


def sentence_scores(predictions: Sequence[str], references: Sequence[str]) -> dict[str, np.ndarray]:
    """Per-example exact match, token F1 and ROUGE-L (their means are the corpus scores)."""
    pairs = list(zip(predictions, references, strict=True))
    return {
        "exact_match": np.array([exact_match(p, r) for p, r in pairs]),
        "token_f1": np.array([token_f1(p, r) for p, r in pairs]),
        "rouge_l": np.array([rouge_l(p, r) for p, r in pairs]),
    }


def generation_report(predictions: Sequence[str], references: Sequence[str]) -> dict[str, float]:
    scores = sentence_scores(predictions, references)
    report = {name: float(values.mean()) if len(values) else 0.0 for name, values in scores.items()}
    report["chrf"] = chrf(predictions, references) if predictions else 0.0
    report["examples"] = len(predictions)
    return report
