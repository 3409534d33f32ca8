"""Measuring texts for drift: normalise personal data, then length, OOV rate, language, MiniLM
embeddings and (classifiers) predicted labels. Also the model version's reference sample,
cached in the workspace because it is measured again at every check.

Models load on first use: the version's tokenizer (from its run output), the offline
`minilm-l6` encoder for embeddings, and the tuned classifier for predicted labels.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from afinar.monitor.descriptors import PLACEHOLDER, Described, OovCounter, other_language, token_counts
from afinar.workspace import Workspace

EMBEDDING_MODEL = "minilm-l6"
EMBEDDING_MAX_TOKENS = 128
CACHE_VERSION = "2"  # bump when what is measured changes
MASKED = re.compile(r"\*{3,}")


def personal_data_flags(original: Sequence[str], found: Sequence[int]) -> np.ndarray:
    """1.0 for a reference text that held personal data: the scanner found some (pseudonyms look
    like the real thing), or the data stage had already replaced (`<LABEL>`) or masked (`***`) it."""
    return np.array([float(n > 0 or bool(PLACEHOLDER.search(o)) or bool(MASKED.search(o))) for o, n in zip(original, found, strict=True)])


class Measurer:
    """Measures texts for one model version (its tokenizer, its classifier, its language)."""

    def __init__(self, workspace: Workspace, run, *, language: str | None, min_letters: int, operator: str = "replace", batch_size: int = 64) -> None:
        self.workspace = workspace
        self.run = run
        self.language = language
        self.min_letters = min_letters
        self.operator = operator
        self.batch_size = batch_size
        self._tokenizer = None
        self._oov = None
        self._detector = None
        self._encoder = None
        self._classifier = None
        self._anonymizer = None

    # -- the parts, loaded on first use ---------------------------------------------------------

    @property
    def tokenizer(self):
        if self._tokenizer is None:
            from transformers import AutoTokenizer

            self._tokenizer = AutoTokenizer.from_pretrained(self.run.output_path(self.workspace))
            backend = getattr(self._tokenizer, "backend_tokenizer", None)
            if backend is not None:  # MiniLM's tokenizer.json truncates to 128: measure full lengths
                backend.no_truncation()
                backend.no_padding()
        return self._tokenizer

    def normalise(self, texts: Sequence[str]) -> tuple[list[str], list[int]]:
        """(texts with personal data replaced the way request logs are, spans found per text)."""
        if self._anonymizer is None:
            from afinar.data.anonymization import privacy_key
            from afinar.privacy import Anonymizer, PrivacyPolicy

            self._anonymizer = Anonymizer(PrivacyPolicy(default=self.operator, entities={}, fail_on_residual=False), privacy_key(self.workspace))
        out, found = [], []
        for text in texts:
            result = self._anonymizer.apply(text)
            out.append(result.text)
            found.append(len(result.replacements))
        return out, found

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(N, 384) L2-normalised mean-pooled MiniLM embeddings."""
        if not texts:
            return np.zeros((0, 384))
        if self._encoder is None:
            from afinar.models import load_base

            self._encoder = load_base(EMBEDDING_MODEL, self.workspace, head="encoder", log=lambda _m: None)
            self._encoder[0].eval()
        from afinar.evaluate.encoders import mean_pooled_embeddings

        encoder, tokenizer = self._encoder
        vectors = mean_pooled_embeddings(encoder, tokenizer, list(texts), batch_size=self.batch_size, max_length=EMBEDDING_MAX_TOKENS, dtype="float32", device="cpu")
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def predict(self, texts: Sequence[str]) -> list[str]:
        """The tuned classifier's label for each text (the labels joined by ',' for multi-label)."""
        if self.run.task != "classification":
            raise ValueError("only classifiers predict labels")
        if self._classifier is None:
            from afinar.evaluate.models import load_tuned

            self._classifier = load_tuned(self.run, self.workspace, log=lambda _m: None)
        from afinar.evaluate.encoders import classifier_probabilities

        loaded = self._classifier
        labels = list(loaded.record.get("labels") or [])
        multi = bool(loaded.record.get("multi_label"))
        max_length = int(self.run.spec.get("train", {}).get("max_seq_len") or 512)
        proba = classifier_probabilities(loaded.model, loaded.tokenizer, list(texts), multi_label=multi, batch_size=self.batch_size, max_length=max_length, dtype="float32", device="cpu")
        if multi:
            return [",".join(label for label, p in zip(labels, row, strict=True) if p > 0.5) for row in proba]
        return [labels[i] for i in proba.argmax(axis=1)]

    @property
    def labels(self) -> list[str]:
        from afinar.evaluate.models import run_record

        return list(run_record(self.run, self.workspace).get("labels") or [])

    def describe(self, texts: Sequence[str], *, labels: Sequence[str] | None = None, predict: bool = False) -> Described:
        """Measure already-normalised texts. `labels`: predicted labels known already (request
        logs); `predict`: run the classifier for them."""
        if self._oov is None:
            self._oov = OovCounter(self.tokenizer)
        if self._detector is None:
            from afinar.data.quality import LanguageDetector

            self._detector = LanguageDetector()
        texts = list(texts)
        if labels is None and predict:
            labels = self.predict(texts)
        return Described(
            texts=texts,
            tokens=token_counts(self.tokenizer, texts),
            oov=np.array([self._oov.rate(t) for t in texts]),
            other_language=other_language(texts, self._detector.detect, expected=self.language, min_letters=self.min_letters),
            embeddings=self.embed(texts),
            labels=list(labels) if labels is not None else None,
        )


# -- the reference sample ------------------------------------------------------------------------------


def example_texts(example) -> list[str]:
    """The texts of a dataset example that correspond to what a request sends: the text to
    classify, a completion's prompt, or each user turn of a chat."""
    if example.kind == "chat":
        return [m.content for m in example.messages if m.role == "user" and m.content.strip()]
    if example.kind == "completion":
        return [example.prompt] if example.prompt else []
    return [example.text] if example.text else []


@dataclass
class Reference:
    """A version's reference sample, measured: what recent traffic is compared with."""

    described: Described
    personal: np.ndarray  # 1.0 per text that held personal data
    true_labels: list[str] | None
    dataset_id: str
    split: str
    operator: str

    def to_cache(self) -> dict[str, Any]:
        d = self.described
        return {
            "texts": np.array(json.dumps(d.texts, ensure_ascii=False)),
            "tokens": d.tokens, "oov": d.oov, "other_language": d.other_language, "embeddings": d.embeddings,
            "labels": np.array(json.dumps(d.labels)), "true_labels": np.array(json.dumps(self.true_labels)), "personal": self.personal,
        }


def split_texts(workspace: Workspace, dataset_id: str, splits: Sequence[str]) -> tuple[list[str], list[str | None]]:
    """(texts, true label per text) of the dataset's `splits`, in order."""
    from afinar.data import get_dataset

    dataset = get_dataset(workspace, dataset_id)
    texts, labels = [], []
    for split in splits:
        for example in dataset.examples(split):
            for text in example_texts(example):
                texts.append(text)
                labels.append(",".join(example.labels) if example.labels else None)
    return texts, labels


def sample_indices(n: int, limit: int, seed: int) -> list[int]:
    order = list(range(n))
    random.Random(f"monitor:{seed}").shuffle(order)
    return sorted(order[:limit])


def reference_sample(measurer: Measurer, dataset_id: str, *, limit: int, seed: int, split: str = "train", log=print) -> Reference:
    """The measured reference sample of a version (a seeded sample of its dataset's `split`),
    from the workspace cache when it was measured before with the same settings."""
    key = hashlib.sha256(
        json.dumps([CACHE_VERSION, measurer.run.id, dataset_id, split, limit, seed, measurer.operator, measurer.language, measurer.min_letters]).encode()
    ).hexdigest()[:24]
    path = measurer.workspace.root / "monitor" / "reference" / f"{key}.npz"
    classifier = measurer.run.task == "classification"
    if path.exists():
        with np.load(path, allow_pickle=False) as cached:
            described = Described(
                json.loads(str(cached["texts"])), cached["tokens"], cached["oov"], cached["other_language"], cached["embeddings"], json.loads(str(cached["labels"]))
            )
            return Reference(described, cached["personal"], json.loads(str(cached["true_labels"])), dataset_id, split, measurer.operator)
    texts, true_labels = split_texts(measurer.workspace, dataset_id, [split])
    chosen = sample_indices(len(texts), limit, seed)
    originals = [texts[i] for i in chosen]
    log(f"measuring the reference: {len(chosen)} texts of split {split} of dataset {dataset_id[:12]}")
    normalised, found = measurer.normalise(originals)
    # The model is asked about the texts as they are (pseudonyms look like the real thing, as in
    # traffic); only the descriptors see the normalised texts, as in the request logs.
    described = measurer.describe(normalised, labels=measurer.predict(originals) if classifier else None)
    reference = Reference(described, personal_data_flags(originals, found), [true_labels[i] for i in chosen] if classifier else None, dataset_id, split, measurer.operator)
    path.parent.mkdir(parents=True, exist_ok=True)
    from afinar.workspace.atomic import atomic_output_file

    with atomic_output_file(path, "wb") as handle:
        np.savez(handle, **reference.to_cache())
    return reference
