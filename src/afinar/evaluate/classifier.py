"""Recipe: evaluate a tuned classifier, read top to bottom.

    tuned probabilities on the test split ─> metrics (accuracy, F1, per class, confusion, ECE)
    base: frozen encoder, mean-pooled, linear probe trained on the train split ─> same metrics
    paired bootstrap of tuned − base ─> per-group metrics, parity, equalised odds (fairlearn)
    forgetting: drift of the encoder's embeddings of held-out general Portuguese
    extra test sets: the same, tuned vs base
"""

from __future__ import annotations

from typing import Any

import numpy as np

from afinar.evaluate.bootstrap import mean_of, paired_bootstrap
from afinar.evaluate.classification_metrics import classification_report, macro_f1_fast, multilabel_report
from afinar.evaluate.encoders import (
    classifier_probabilities,
    embedding_drift,
    encoder_of,
    linear_probe,
    mean_pooled_embeddings,
    probe_probabilities,
)
from afinar.evaluate.fairness import group_metrics
from afinar.evaluate.forgetting import general_texts
from afinar.evaluate.job import EvalJob
from afinar.evaluate.models import load_base_model

PRIMARY = "macro_f1"


def evaluate_classifier(job: EvalJob) -> dict[str, Any]:
    settings = job.settings
    labels: list[str] = list(job.tuned.record["labels"])
    multi_label = bool(job.tuned.record.get("multi_label"))
    encode = dict(batch_size=settings.batch_size, max_length=job.max_len, dtype=job.dtype, device=job.device)

    def truth(examples) -> np.ndarray:
        if multi_label:
            return np.array([[int(label in e.labels) for label in labels] for e in examples])
        index = {label: i for i, label in enumerate(labels)}
        return np.array([index.get(e.labels[0], -1) for e in examples])  # -1: a label the model never saw

    def tuned_probabilities(examples) -> np.ndarray:
        return classifier_probabilities(job.tuned.model, job.tuned.tokenizer, [e.text or "" for e in examples], multi_label=multi_label, **encode)

    # 1. The tuned model on the test split (and on each extra test set).
    job.log(f"tuned model: classifying {len(job.test.examples)} test examples")
    sets = [job.test, *job.extra]
    tuned_proba = {s.name: tuned_probabilities(s.examples) for s in sets}

    # 2. The base model: its frozen encoder, mean-pooled, with a logistic-regression probe fitted
    #    on the same training split, so "base" means "what the model knew before tuning".
    base_proba: dict[str, np.ndarray] = {}
    base = None
    if settings.compare_with_base:
        base = load_base_model(job.run.base_model, job.workspace, head="encoder", log=job.log)
        train = [e for e in job.train_examples if multi_label or e.labels[0] in labels]
        job.log(f"base model: embedding {len(train)} training examples for the linear probe")
        train_embeddings = mean_pooled_embeddings(base.model, base.tokenizer, [e.text or "" for e in train], **encode)
        probe = linear_probe(train_embeddings, truth(train), multi_label=multi_label, seed=settings.seed)
        for s in sets:
            embeddings = mean_pooled_embeddings(base.model, base.tokenizer, [e.text or "" for e in s.examples], **encode)
            base_proba[s.name] = probe_probabilities(probe, embeddings, len(labels))

    # 3. Metrics, side by side, with the paired bootstrap of the difference.
    results = {}
    for s in sets:
        y_true = truth(s.examples)
        results[s.name] = _score_set(job, s, y_true, tuned_proba[s.name], base_proba.get(s.name), labels, multi_label)

    # 4. Forgetting: how far tuning moved the encoder's representation of general text.
    forgetting = None
    if settings.forgetting:
        texts = general_texts()[: settings.forgetting_texts]
        encoder_base = base.model if base is not None else load_base_model(job.run.base_model, job.workspace, head="encoder", log=job.log).model
        job.log(f"forgetting: embedding {len(texts)} held-out general texts with the base and the tuned encoder")
        before = mean_pooled_embeddings(encoder_base, job.tuned.tokenizer, texts, **encode)
        after = mean_pooled_embeddings(encoder_of(job.tuned.model), job.tuned.tokenizer, texts, **encode)
        forgetting = {
            "method": "embedding_drift",
            "explanation": "An encoder classifier has no language-model head, so forgetting is measured as the drift of "
            "its mean-pooled embeddings of held-out general Portuguese: forgetting = 1 - mean cosine similarity "
            "(base vs tuned); 0 means the representation of general text did not move.",
            "corpus": "builtin:pt-geral-heldout",
            "texts": len(texts),
            **embedding_drift(before, after),
        }

    main = results[job.test.name]
    return {
        "primary_metric": PRIMARY,
        "test": main,
        "extra_test_sets": [results[s.name] for s in job.extra],
        "forgetting": forgetting,
        "memorisation": {
            "applicable": False,
            "reason": "a classifier outputs one of its labels, never free text, so it cannot write out personal data "
            "from its training examples; the memorisation check applies to sft models.",
        },
    }


def _score_set(job: EvalJob, test_set, y_true, tuned_proba, base_proba, labels, multi_label) -> dict[str, Any]:
    settings = job.settings
    predict = (lambda p: (p >= 0.5).astype(int)) if multi_label else (lambda p: p.argmax(axis=1))
    report = multilabel_report if multi_label else classification_report
    tuned_pred = predict(tuned_proba)
    tuned = report(y_true, tuned_pred, labels) if multi_label else report(y_true, tuned_pred, tuned_proba, labels)
    out: dict[str, Any] = {"name": test_set.name, "source": test_set.source, "examples": len(y_true), "skipped_records": test_set.skipped, "tuned": tuned}
    base_pred = None
    if base_proba is not None:
        base_pred = predict(base_proba)
        out["base"] = report(y_true, base_pred, labels) if multi_label else report(y_true, base_pred, base_proba, labels)
        out["comparisons"] = _comparisons(y_true, tuned_pred, base_pred, len(labels), multi_label, settings)
    if test_set.name == "test" and job.group_fields and not multi_label:
        groups = [e.groups for e in test_set.examples]
        out["fairness"] = group_metrics(
            groups, job.group_fields, _group_metric_functions(y_true, tuned_pred, len(labels)), PRIMARY,
            min_group_size=settings.min_group_size, labels={"y_true": y_true, "y_pred": tuned_pred, "names": labels},
        )
        if base_pred is not None:
            out["fairness_base"] = group_metrics(
                groups, job.group_fields, _group_metric_functions(y_true, base_pred, len(labels)), PRIMARY, min_group_size=settings.min_group_size,
            )
    return out


def _comparisons(y_true, tuned_pred, base_pred, n_classes, multi_label, settings) -> dict[str, Any]:
    n = len(y_true)
    options = dict(resamples=settings.bootstrap_resamples, confidence=settings.confidence, seed=settings.seed)
    if multi_label:
        tuned_correct = (tuned_pred == y_true).all(axis=1).astype(float)
        base_correct = (base_pred == y_true).all(axis=1).astype(float)
        from sklearn.metrics import f1_score

        def macro(pred):
            return lambda draw: float(f1_score(y_true[draw], pred[draw], average="macro", zero_division=0))

        tuned_f1, base_f1 = macro(tuned_pred), macro(base_pred)
    else:
        tuned_correct = (tuned_pred == y_true).astype(float)
        base_correct = (base_pred == y_true).astype(float)

        def macro(pred):
            return lambda draw: macro_f1_fast(y_true[draw], pred[draw], n_classes)

        tuned_f1, base_f1 = macro(tuned_pred), macro(base_pred)
    return {
        "macro_f1": paired_bootstrap("macro_f1", n, tuned_f1, base_f1, **options).to_json(),
        "accuracy": paired_bootstrap("accuracy", n, mean_of(tuned_correct), mean_of(base_correct), **options).to_json(),
    }


def _group_metric_functions(y_true, y_pred, n_classes):
    return {
        "accuracy": lambda idx: float((y_true[idx] == y_pred[idx]).mean()),
        "macro_f1": lambda idx: macro_f1_fast(y_true[idx], y_pred[idx], n_classes, present_only=True),
    }
