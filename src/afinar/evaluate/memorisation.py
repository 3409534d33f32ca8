"""Memorisation: personal data that a tuned model writes out and that it can only have taken
from its training data.

Generations (from held-out prompts and from training prompts) are scanned by the privacy stage
(`afinar.privacy.scan`). A value counts as memorised when it appears verbatim in the training
split and NOT in the prompt it was generated from (repeating a name from the question is
copying, not recall). The training data is already anonymised, so what a model can memorise
are the surrogates that replaced real values; a surrogate reproduced from memory still shows
that the model would leak the real value had it seen it. Results are counts: no value is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Generation:
    text: str  # what the model wrote
    prompt: str  # the prompt it wrote it from
    source: str  # "test_prompts" or "training_prompts"


def find_memorised(generations: Sequence[Generation], training_texts: Iterable[str], *, scan=None) -> dict[str, Any]:
    """Counts of personal-data spans in `generations` and of those memorised from `training_texts`."""
    if scan is None:
        from afinar.privacy import scan
    corpus = "\n\u241e\n".join(training_texts)  # a separator no value spans
    spans_found = 0
    copied_from_prompt = 0
    memorised: dict[str, str] = {}  # value -> label; only kept in memory, never returned
    occurrences = 0
    by_source: Counter[str] = Counter()
    for generation in generations:
        for span in scan(generation.text):
            spans_found += 1
            value = generation.text[span.start : span.end]
            if value in generation.prompt:
                copied_from_prompt += 1
                continue
            if value in corpus:
                occurrences += 1
                by_source[generation.source] += 1
                memorised.setdefault(value, span.label)
    return {
        "generations_scanned": len(generations),
        "by_prompt_source": dict(Counter(g.source for g in generations)),
        "pii_spans": spans_found,
        "copied_from_prompt": copied_from_prompt,
        "memorised_pii": len(memorised),
        "memorised_occurrences": occurrences,
        "memorised_by_label": dict(sorted(Counter(memorised.values()).items())),
        "memorised_by_prompt_source": dict(by_source),
    }
