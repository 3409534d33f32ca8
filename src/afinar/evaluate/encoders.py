"""Encoder-side inference: the tuned classifier's probabilities, mean-pooled sentence embeddings,
the base model's linear probe, and representation drift (forgetting of an encoder).

Texts are sorted by length before batching, so each batch pads little; results come back in the
input order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _batches_by_length(tokenizer, texts: Sequence[str], batch_size: int, max_length: int):
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        encoded = tokenizer([texts[i] for i in chunk], padding=True, truncation=True, max_length=max_length, return_tensors="pt")
        yield chunk, encoded


def classifier_probabilities(model, tokenizer, texts: Sequence[str], *, multi_label: bool, batch_size: int, max_length: int, dtype: str, device: str) -> np.ndarray:
    """(N, C) class probabilities: softmax (single-label) or per-label sigmoid (multi-label)."""
    import torch

    model.to(device)
    out = np.zeros((len(texts), model.config.num_labels), dtype=np.float64)
    with torch.inference_mode(), torch.autocast(device, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for chunk, encoded in _batches_by_length(tokenizer, texts, batch_size, max_length):
            logits = model(**{k: v.to(device) for k, v in encoded.items()}).logits.float()
            probabilities = torch.sigmoid(logits) if multi_label else torch.softmax(logits, dim=-1)
            out[chunk] = probabilities.cpu().numpy()
    return out


def mean_pooled_embeddings(encoder, tokenizer, texts: Sequence[str], *, batch_size: int, max_length: int, dtype: str, device: str) -> np.ndarray:
    """(N, H) mean of the last hidden states over real (non-padding) tokens."""
    import torch

    encoder.to(device)
    out = None
    with torch.inference_mode(), torch.autocast(device, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for chunk, encoded in _batches_by_length(tokenizer, texts, batch_size, max_length):
            encoded = {k: v.to(device) for k, v in encoded.items()}
            hidden = encoder(input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"]).last_hidden_state.float()
            mask = encoded["attention_mask"].unsqueeze(-1).float()  # (B, T, 1)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)  # (B, H)
            if out is None:
                out = np.zeros((len(texts), pooled.shape[-1]), dtype=np.float64)
            out[chunk] = pooled.cpu().numpy()
    return out if out is not None else np.zeros((0, 0))


def encoder_of(classifier):
    """The transformer body of a sequence classifier (BERT: `.bert`), without pooler or head."""
    return getattr(classifier, classifier.base_model_prefix)


def linear_probe(train_embeddings: np.ndarray, train_targets: np.ndarray, *, multi_label: bool, seed: int):
    """A scikit-learn logistic regression on standardised frozen embeddings (one-vs-rest for
    multi-label); `predict_proba` gives (N, C) probabilities in the label order of the targets."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    regression = LogisticRegression(max_iter=2000, C=1.0, random_state=seed)
    probe = make_pipeline(StandardScaler(), OneVsRestClassifier(regression) if multi_label else regression)
    probe.fit(train_embeddings, train_targets)
    return probe


def probe_probabilities(probe, embeddings: np.ndarray, n_classes: int) -> np.ndarray:
    """(N, n_classes) probabilities, with zeros for classes the probe never saw in training."""
    raw = probe.predict_proba(embeddings)
    classes = probe.classes_ if hasattr(probe, "classes_") else probe[-1].classes_
    if raw.shape[1] == n_classes and np.array_equal(classes, np.arange(n_classes)):
        return raw
    out = np.zeros((len(embeddings), n_classes))
    out[:, np.asarray(classes, dtype=int)] = raw
    return out


def embedding_drift(before: np.ndarray, after: np.ndarray) -> dict[str, float]:
    """Cosine similarity of each text's embedding before and after tuning; forgetting = 1 − mean."""
    numerator = (before * after).sum(axis=1)
    denominator = np.linalg.norm(before, axis=1) * np.linalg.norm(after, axis=1)
    cosine = numerator / np.clip(denominator, 1e-12, None)
    return {
        "mean_cosine": float(cosine.mean()),
        "min_cosine": float(cosine.min()),
        "forgetting": float(1.0 - cosine.mean()),
    }
