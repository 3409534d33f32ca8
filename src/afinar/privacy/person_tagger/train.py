"""Train the person tagger and write its packaged weights.

    python -m afinar.privacy.person_tagger.train [--records 6000] [--seed 0] [--c 0.3]
        [--labelled-list tests/privacy/data/tagger_training_sets.txt] [--out PATH]

Generates the training text (`training_text.generate_training_records`), holds out a tenth
of it as a development split, fits a logistic regression (scikit-learn, L-BFGS, L2) on
the candidate words' features — label 1 when the word lies in a gold PERSON span — and
adds, as negatives, the candidate words of the general Portuguese corpus shipped with
afinar (`builtin:pt-geral`) that the rule detector does not take for names. With
`--labelled-list`, the labelled JSONL files it names (one a line, relative to the list's
folder) are trained on too, a word of theirs weighing one generated word; only features
whose words occur in the generated text or are general Portuguese words are learnt from
them (`public_vocabulary_filter`), so no name of those files is memorised. The packaged
weights are trained this way on afinar's own labelled evaluation sets (the source
repository's tests/privacy/data, all but the held-out set and the sets not yet judged).
It prints the development split's word-level precision and recall and writes
`weights.json` (weights rounded to 3 places, those under 0.005 dropped, plus the settings,
the labelled sets and the scores in "meta").
scikit-learn is needed only here, never to use the tagger.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
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


def fit(rows: list[list[str]], labels: list[int], c: float, min_count: int = 2,
        sample_weight: list[float] | None = None, allowed: Callable[[str], bool] | None = None) -> dict[str, float]:
    """Logistic-regression weights per feature name (the intercept as feature "bias").
    Features seen in fewer than `min_count` candidate words are left out: a context seen
    once says more about one generated record than about text in general. `allowed`, when
    given, says which features may be learnt at all; `sample_weight` weighs the rows."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r))
    keep = {f for f, n in counts.items() if n >= min_count and (allowed is None or allowed(f))}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in r if f in keep} for r in rows])
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000, fit_intercept=False)
    model.fit(matrix, labels, sample_weight=sample_weight)
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


_MARKERS = frozenset({"<num>", "<nl>", "<edge>"})


def public_vocabulary_filter(public_features: set[str]) -> Callable[[str], bool]:
    """Which features a model trained on a company's own files may hold: those that also
    occur in the generated text or the general corpus, and those whose words are all words
    of the general Portuguese corpus ("p1=cliente"). A feature naming a word only the
    company's files contain ("p1=zylbersztajn", a neighbour's surname) is never learnt, so
    no name, street or customer word of those files can be read back from the weights."""
    from afinar.privacy.name_shape import common_words

    corpus = common_words()

    def allowed(feature: str) -> bool:
        if feature in public_features:
            return True
        _template, _, value = feature.partition("=")
        for piece in value.split("_"):
            piece = piece.rstrip(".")
            if piece and piece not in _MARKERS and (len(piece) > 1 or piece.isalnum()) and piece not in corpus:
                return False
        return True

    return allowed


def train_on_labelled(labelled: list[dict], *, generated: int = 6000, seed: int = 0, c: float = 0.1,
                      user_weight: float = 3.0, hold_out: float = 0.2,
                      progress: Callable[[str], None] = lambda message: None) -> dict:
    """Weights trained on the generated text and the corpus (as the packaged ones are) plus
    `labelled` records of your own ({"text", "spans": [{"start", "end", "label"}]}; PERSON
    spans are the names), each of their words weighing `user_weight` generated ones. One
    record in round(1 / hold_out) is held out, to compare the packaged weights with the new
    ones on your text. Returns {"meta": ..., "weights": ...}, the weights file's content:
    no text, and only features of public vocabulary (`public_vocabulary_filter`)."""
    from afinar.privacy.person_tagger import load_weights
    from afinar.privacy.person_tagger.training_text import generate_training_records

    step = max(2, round(1 / hold_out)) if hold_out > 0 else 0
    held = [r for i, r in enumerate(labelled) if step and i % step == step - 1]
    own = [r for i, r in enumerate(labelled) if not (step and i % step == step - 1)]
    progress(f"generating {generated} training records")
    records = generate_training_records(generated, seed)
    public_rows, public_labels = labelled_candidates([r for i, r in enumerate(records) if i % 10] + corpus_negatives())
    own_rows, own_labels = labelled_candidates(own)
    public = {f for row in public_rows for f in row}
    progress(f"fitting on {len(public_rows)} generated words and {len(own_rows)} of yours")
    weights = fit(public_rows + own_rows, public_labels + own_labels, c,
                  sample_weight=[1.0] * len(public_rows) + [user_weight] * len(own_rows),
                  allowed=public_vocabulary_filter(public))
    dev_rows, dev_labels = labelled_candidates(records[::10])
    meta: dict = {"records": generated, "seed": seed, "c": c, "features": len(weights),
                  "training_words": len(public_rows) + len(own_rows),
                  "training_name_words": sum(public_labels) + sum(own_labels),
                  "development": word_scores(weights, dev_rows, dev_labels),
                  "own_data": {"records": len(own), "held_out_records": len(held), "words": len(own_rows),
                               "name_words": sum(own_labels), "user_weight": user_weight}}
    if held:
        held_rows, held_labels = labelled_candidates(held)
        packaged, _meta = load_weights()
        meta["own_data"]["held_out"] = {"words": len(held_rows), "name_words": sum(held_labels),
                                        "packaged": word_scores(packaged, held_rows, held_labels),
                                        "trained": word_scores(weights, held_rows, held_labels)}
    return {"meta": meta, "weights": dict(sorted(weights.items()))}


def read_labelled_list(path: Path) -> tuple[list[str], list[dict]]:
    """(names, records) of the labelled JSONL files listed in `path` (one file a line,
    relative to the list's folder; blank lines and "#" comments skipped). A file that is
    missing or holds no {"text", "spans"} record is a ValueError naming it and the line."""
    names: list[str] = []
    records: list[dict] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        file = path.parent / entry
        if not file.is_file():
            raise ValueError(f"{path}:{number}: no labelled file {entry!r} beside the list")
        for row, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise ValueError(f"{file}:{row}: not a JSON record ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                    or not isinstance(record.get("spans"), list):
                raise ValueError(f"{file}:{row}: expected a {{\"text\", \"spans\"}} record")
            records.append(record)
        names.append(Path(entry).stem)
    return names, records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=6000, help="generated training records")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated text")
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 regularisation strength")
    parser.add_argument("--labelled-list", type=Path, default=None,
                        help="a text file naming labelled JSONL files to train on as well (one a line)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("weights.json"))
    args = parser.parse_args(argv)

    from afinar.privacy.person_tagger.training_text import generate_training_records

    names: list[str] = []
    labelled: list[dict] = []
    if args.labelled_list is not None:
        try:
            names, labelled = read_labelled_list(args.labelled_list)
        except (OSError, ValueError) as error:
            parser.error(str(error))  # exits 2, naming the file and line
    records = generate_training_records(args.records, args.seed)
    held_out = records[::10]
    train_records = [r for i, r in enumerate(records) if i % 10] + corpus_negatives()
    rows, labels = labelled_candidates(train_records)
    print(f"training on {len(rows)} candidate words of generated text and corpus ({sum(labels)} in names)")
    meta: dict = {"records": args.records, "seed": args.seed, "c": args.c}
    allowed = None
    if args.labelled_list is not None:
        allowed = public_vocabulary_filter({f for row in rows for f in row})
        labelled_rows, labelled_labels = labelled_candidates(labelled)
        print(f"and on {len(labelled_rows)} of {len(names)} labelled sets ({sum(labelled_labels)} in names)")
        meta["labelled"] = {"sets": names, "records": len(labelled), "words": len(labelled_rows),
                            "name_words": sum(labelled_labels)}
        rows, labels = rows + labelled_rows, labels + labelled_labels
    weights = fit(rows, labels, args.c, allowed=allowed)
    dev_rows, dev_labels = labelled_candidates(held_out)
    dev = word_scores(weights, dev_rows, dev_labels)
    print(f"development split: {len(dev_rows)} words, {dev}")
    meta.update({"features": len(weights), "training_words": len(rows), "training_name_words": sum(labels),
                 "development": dev})
    args.out.write_text(json.dumps({"meta": meta, "weights": dict(sorted(weights.items()))},
                                   ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features)")


if __name__ == "__main__":
    main()
