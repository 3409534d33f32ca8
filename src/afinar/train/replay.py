"""Replay against forgetting: general-domain text mixed into the training examples.

A share `ratio` of the training examples is general text (continued pre-training style: every
token is a target), so the model keeps practising the language it already knew while it learns
the domain. `builtin:pt-geral` is shipped with afinar (corpus/LICENCES.txt): Brazilian-Portuguese
prose from the Guia Foca GNU/Linux (GFDL) and everyday dialogues from chatterbot-corpus (BSD).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from afinar.data.example import Example, SourceRef
from afinar.errors import DataError, UsageError

BUILTIN = {"builtin:pt-geral": "pt-geral.txt"}


def load_replay_texts(corpus: str, resolve) -> list[str]:
    """Texts of a replay corpus: a builtin name, or a .txt (blank-line-separated documents) or
    .jsonl (a `text` field per line) file, resolved against the spec's folder by `resolve`."""
    if corpus.startswith("builtin:"):
        if corpus not in BUILTIN:
            raise UsageError(f"train.replay.corpus: unknown builtin corpus {corpus!r}", hint=f"builtin corpora: {', '.join(BUILTIN)}")
        from importlib.resources import files

        return _split_documents(files("afinar.train").joinpath("corpus", BUILTIN[corpus]).read_text(encoding="utf-8"))
    path = Path(resolve(corpus))
    if not path.is_file():
        raise UsageError(f"train.replay.corpus: {path}: no such file")
    if path.suffix == ".jsonl":
        texts = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                texts.append(str(json.loads(line)["text"]))
            except (ValueError, KeyError, TypeError):
                raise DataError(f"{path}:{number}: expected a JSON object with a `text` field") from None
        return texts
    return _split_documents(path.read_text(encoding="utf-8"))


def replay_examples(texts: list[str], n_task_examples: int, ratio: float, seed: int, corpus: str) -> list[Example]:
    """`ratio` of the mixed set: n_replay = n_task · ratio / (1 − ratio), drawn without replacement
    while the corpus lasts (then cycling), in a seeded order."""
    if ratio <= 0 or not texts:
        return []
    wanted = round(n_task_examples * ratio / (1 - ratio))
    order = list(range(len(texts)))
    random.Random(f"replay:{seed}").shuffle(order)
    picked = [order[i % len(order)] for i in range(wanted)]
    return [Example(kind="text", record_id=f"replay-{i}", source=SourceRef(corpus, i + 1), text=texts[i]) for i in picked]


def _split_documents(text: str) -> list[str]:
    return [doc.strip() for doc in text.split("\n\n") if doc.strip()]
