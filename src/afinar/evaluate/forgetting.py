"""Forgetting: what tuning cost the model on general Portuguese it was not tuned on.

The text is `builtin:pt-geral-heldout` (corpus/LICENCES.txt): 200 paragraphs that no replay
corpus contains, so replay cannot have trained on them. For a causal LM, forgetting is the
relative change of perplexity on that text, (tuned − base) / base: 0.10 means 10% worse, a
negative value means better. (Encoders: see `encoders.embedding_drift`.)
"""

from __future__ import annotations

from functools import cache
from typing import Any

CORPUS = "builtin:pt-geral-heldout"


@cache
def _corpus_text() -> str:
    from importlib.resources import files

    return files("afinar.evaluate").joinpath("corpus", "pt-geral-heldout.txt").read_text(encoding="utf-8")


def general_texts() -> list[str]:
    return [doc.strip() for doc in _corpus_text().split("\n\n") if doc.strip()]


def perplexity_change(base_perplexity: float, tuned_perplexity: float) -> dict[str, Any]:
    return {
        "method": "perplexity",
        "explanation": "Relative change of perplexity on held-out general Portuguese: (tuned - base) / base; "
        "0.10 = 10% worse than the base model, negative = better.",
        "corpus": CORPUS,
        "base_perplexity": base_perplexity,
        "tuned_perplexity": tuned_perplexity,
        "forgetting": (tuned_perplexity - base_perplexity) / base_perplexity,
    }
