"""Train the person tagger and write its packaged weights.

    python -m afinar.privacy.person_tagger.train [--records 6000] [--seed 0] [--c 0.1] [--out PATH]

Generates the training text (`training_text.generate_training_records`), holds out a tenth
of it as a development split, fits a logistic regression (scikit-learn, L-BFGS, L2) on
the candidate words' features — label 1 when the word lies in a gold PERSON span — and
adds, as negatives, the candidate words of the general Portuguese corpus shipped with
afinar (`builtin:pt-geral`) that the rule detector does not take for names. It prints the
development split's word-level precision and recall and writes `weights.json` (weights
rounded to 3 places, those under 0.005 dropped, plus the settings and scores in "meta").
scikit-learn is needed only here, never to use the tagger.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from afinar.privacy.person_tagger.features import candidate_features, tokenize


def labelled_candidates(records: Iterable[dict]) -> tuple[list[list[str]], list[int]]:
    """(features, label) of every candidate word of `records` ({"text", "spans"}); a word
    is a name word (1) when it overlaps a gold PERSON span."""
    rows: list[list[str]] = []
    labels: list[int] = []
    for record in records:
        text = record["text"]
        gold = [(s["start"], s["end"]) for s in record["spans"] if s["label"] == "PERSON"]
        tokens = tokenize(text)
        for index, feats in candidate_features(text, tokens):
            token = tokens[index]
            rows.append(feats)
            labels.append(int(any(start < token.end and token.start < end for start, end in gold)))
    return rows, labels


def corpus_negatives() -> list[dict]:
    """Lines of `builtin:pt-geral` as records without names, leaving out any line in which
    the rule detector finds one (a conversation may name someone)."""
    from afinar.privacy.detection import scan
    from afinar.privacy.registry import default_registry

    rules = default_registry().without(["person_tagger"])
    corpus = resources.files("afinar.train.corpus").joinpath("pt-geral.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in corpus.split("\n\n") if p.strip()]
    return [{"text": p, "spans": []} for p in paragraphs
            if not any(s.label == "PERSON" for s in scan(p, registry=rules))]


def fit(rows: list[list[str]], labels: list[int], c: float, min_count: int = 2) -> dict[str, float]:
    """Logistic-regression weights per feature name (the intercept as feature "bias").
    Features seen in fewer than `min_count` candidate words are left out: a context seen
    once says more about one generated record than about text in general."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in r if counts[f] >= min_count} for r in rows])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000, fit_intercept=False)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    return {str(n): round(float(w), 3) for n, w in zip(names, model.coef_[0]) if abs(w) >= 5e-3}


def word_scores(weights: dict[str, float], rows: list[list[str]], labels: list[int],
                threshold: float = 0.5) -> dict[str, float]:
    """Word-level precision, recall and F1 of `weights` on labelled candidate rows."""
    from afinar.privacy.person_tagger import probability

    tp = fp = fn = 0
    for feats, label in zip(rows, labels):
        z = sum(weights.get(f, 0.0) for f in feats)
        predicted = probability(z) >= threshold
        tp += predicted and label
        fp += predicted and not label
        fn += (not predicted) and label
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=6000, help="generated training records")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated text")
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 regularisation strength")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("weights.json"))
    args = parser.parse_args(argv)

    from afinar.privacy.person_tagger.training_text import generate_training_records

    records = generate_training_records(args.records, args.seed)
    held_out = records[::10]
    train_records = [r for i, r in enumerate(records) if i % 10] + corpus_negatives()
    rows, labels = labelled_candidates(train_records)
    print(f"training on {len(rows)} candidate words ({sum(labels)} in names)")
    weights = fit(rows, labels, args.c)
    dev_rows, dev_labels = labelled_candidates(held_out)
    dev = word_scores(weights, dev_rows, dev_labels)
    print(f"development split: {len(dev_rows)} words, {dev}")
    meta = {"records": args.records, "seed": args.seed, "c": args.c, "features": len(weights),
            "training_words": len(rows), "training_name_words": sum(labels), "development": dev}
    args.out.write_text(json.dumps({"meta": meta, "weights": dict(sorted(weights.items()))},
                                   ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features)")


if __name__ == "__main__":
    main()
