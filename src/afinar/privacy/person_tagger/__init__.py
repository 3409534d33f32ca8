"""A learned tagger of person names, next to the rules of `detectors/person.py`.

The rules find names the way they were written to; text nobody anticipated (an unknown
name of Japanese or Haitian origin alone in mid-sentence, a register with its own layout)
slips past them. This tagger is a logistic regression over each candidate word's features
(`features.py`: shape, case, gazetteer facts, name-likeness of its letters, the words and
marks around it and around its run of capitalised words), trained by
`python -m afinar.privacy.person_tagger.train` on generated text (`training_text.py`:
hundreds of templates in the four domains, names of many origins, many hard negatives)
and on afinar's labelled evaluation sets judged so far (all but the held-out one; only
features of public vocabulary are learnt from them, so none of their names). Its weights ship as
`weights.json` (feature -> weight); scoring a word is a sum of dictionary lookups, so no
numerical library is imported to use it.

`tag_person_names(text)` returns (start, end, probability) of the names it finds:
consecutive candidate words each at or above `WORD_THRESHOLD`, joined by spaces or name
particles ("da", "van"), the span's probability the lowest of its words'.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.person_tagger.features import (
    JOINING_PARTICLES,
    Token,
    candidates,
    context_features,
    tokenize,
    word_features,
)

WEIGHTS_FILE = "weights.json"
WORD_THRESHOLD = 0.5


class TaggerWeights:
    """A trained model: feature -> weight, its metadata, and the sha256 of the file it was
    read from (recorded in dataset manifests). The packaged one is `packaged_weights()`; a
    company's own, trained by `afinar privacy train-tagger`, is `read_weights(path)`."""

    def __init__(self, weights: dict[str, float], meta: dict[str, object], sha256: str) -> None:
        self.weights = weights
        self.meta = meta
        self.sha256 = sha256
        # a word's own features, and a neighbourhood's, recur across texts: their sums are
        # cached per model
        self.word_score = lru_cache(maxsize=65536)(self._word_score)
        self.context_score = lru_cache(maxsize=131072)(self._context_score)

    def _word_score(self, word_key: tuple[str, str, bool, bool, bool]) -> float:
        get = self.weights.get
        return sum(get(f, 0.0) for f in word_features(*word_key))

    def _context_score(self, context_key: tuple) -> float:
        get = self.weights.get
        return sum([get(f, 0.0) for f in context_features(context_key)])

    @classmethod
    def from_bytes(cls, raw: bytes, source: str) -> TaggerWeights:
        """Parse a weights file's bytes; ValueError naming `source` when it is not one."""
        import hashlib

        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{source}: not a JSON weights file ({error})") from None
        weights = data.get("weights") if isinstance(data, dict) else None
        meta = data.get("meta", {}) if isinstance(data, dict) else None
        if not isinstance(weights, dict) or not isinstance(meta, dict) or not all(
                isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
                for k, v in weights.items()):
            raise ValueError(f"{source}: expected {{\"meta\": {{...}}, \"weights\": {{feature: number}}}}")
        return cls({k: float(v) for k, v in weights.items()}, meta, hashlib.sha256(raw).hexdigest())


@lru_cache(maxsize=1)
def packaged_weights() -> TaggerWeights:
    """The model shipped with afinar (`weights.json` beside this module)."""
    raw = resources.files(__package__).joinpath(WEIGHTS_FILE).read_bytes()
    return TaggerWeights.from_bytes(raw, WEIGHTS_FILE)


def read_weights(path) -> TaggerWeights:
    """A weights file written by `afinar privacy train-tagger` (ValueError when it is not one;
    OSError when it cannot be read)."""
    from pathlib import Path

    return TaggerWeights.from_bytes(Path(path).read_bytes(), str(path))


def weights_sha256() -> str:
    """sha256 of the packaged weights file (recorded in dataset manifests)."""
    return packaged_weights().sha256


def load_weights() -> tuple[dict[str, float], dict[str, object]]:
    """(feature -> weight, metadata) of the packaged model."""
    model = packaged_weights()
    return model.weights, model.meta


def probability(z: float) -> float:
    """The logistic function of a summed score, clipped so that exp() cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _probabilities(text: str, tokens: list[Token], model: TaggerWeights | None = None) -> dict[int, float]:
    """Token index -> probability of being part of a person's name, for each candidate.
    The same sum as over `candidate_features`, with the word's and the run's parts summed
    once (a word recurs; a run's words share its features)."""
    model = model or packaged_weights()
    get = model.weights.get
    word_score, context_score = model.word_score, model.context_score
    found, run_feats = candidates(text, tokens)
    run_scores: dict[int, float] = {}
    out = {}
    for candidate in found:
        z = word_score(candidate.word_key) + context_score(candidate.context_key)
        if candidate.run is not None:
            run_z = run_scores.get(candidate.run)
            if run_z is None:
                run_z = run_scores[candidate.run] = sum([get(f, 0.0) for f in run_feats[candidate.run]])
            z += run_z
        out[candidate.index] = probability(z)
    return out


def word_probabilities(text: str, model: TaggerWeights | None = None) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each candidate word: what the tagger thinks of every
    word it looked at, for inspecting its decisions."""
    tokens = tokenize(text)
    return [(tokens[i].start, tokens[i].end, p) for i, p in _probabilities(text, tokens, model).items()]


def tag_person_names(text: str, threshold: float = WORD_THRESHOLD,
                     extend_threshold: float | None = None,
                     everyday_threshold: float | None = None,
                     model: TaggerWeights | None = None) -> list[tuple[int, int, float]]:
    """(start, end, probability) of each name found in `text`, in order.

    A name is a run of consecutive candidate words joined by spaces or name particles (and
    by "e" before a word that is not a known given name: "Barbosa e Lima"), with at least
    one word at or above `threshold`; its probability is its most certain word's. The other
    words need only `extend_threshold` (default: `threshold`), so a name certain in one word
    ("Kovalenko") carries its less certain neighbours ("Ivan", "coutinho", "natália
    fochesatto"); a lower-case word of the general corpus is never a candidate, so
    "joão pedro vieram" stops at "pedro". A run cannot go past
    a word ending in a dot unless it is an initial ("J. Souza"; "Maia Neto. Pode" stops at
    "Neto", "Maia Jr. Me" at "Jr."). A name made only of everyday words ("Rosa", "Cruz", "domingos", "marina")
    needs `everyday_threshold` (default: `threshold`). `model` defaults to the packaged
    weights.
    """
    tokens = tokenize(text)
    low = threshold if extend_threshold is None else min(extend_threshold, threshold)
    everyday_bar = threshold if everyday_threshold is None else max(everyday_threshold, threshold)
    gazetteer = load_gazetteer()
    probability = {i: p for i, p in _probabilities(text, tokens, model).items() if p >= low}
    for i in [i for i, p in probability.items() if p >= threshold]:
        # a listed surname right after a certain name word belongs to the name, however
        # doubtful or ordinary the word ("ornella serra bortoluzzi", "francinete carvalho")
        after = i + 1
        if (after < len(tokens) and after not in probability and tokens[after].kind == "word"
                and tokens[after].folded in gazetteer.surnames
                and tokens[after].start - tokens[i].end <= 2
                and tokens[after].word[0].isupper() == tokens[i].word[0].isupper()):
            probability[after] = low
    names: list[tuple[int, int, float]] = []
    index = 0
    while index < len(tokens):
        if index not in probability:
            index += 1
            continue
        first = last = index
        while True:
            if tokens[last].text.endswith(".") and len(tokens[last].word) > 1:
                break  # "Neto." may end a sentence and "Jr." ends a name; only an initial carries on
            step = last + 1
            # a name particle between two name words belongs to the name ("Maria da Silva");
            # so does "e" before a surname that is not a given name ("Barbosa e Lima", but
            # "Ana Souza e Maria" are two people)
            if step + 1 in probability and step not in probability and tokens[step].kind == "word":
                particle = tokens[step].folded
                if particle in JOINING_PARTICLES or (
                        particle == "e" and tokens[step + 1].folded not in gazetteer.given):
                    step += 1
            # (a tab parts two cells: "nome\tcpf\tfone\tdias" holds no "fone dias")
            if step in probability and tokens[step].start - tokens[step - 1].end <= 2 and all(
                    tokens[k].kind == "word" for k in range(last + 1, step + 1)) \
                    and "\t" not in text[tokens[last].end:tokens[step].start]:
                last = step
            else:
                break
        members = [i for i in range(first, last + 1) if i in probability]
        highest = max(probability[i] for i in members)
        everyday = all(tokens[i].folded in gazetteer.everyday_in_lower_case for i in members)
        if highest >= (everyday_bar if everyday else threshold):
            end = tokens[last].end
            if tokens[last].text.endswith(".") and len(tokens[last].word) > 1 and tokens[last].folded != "jr":
                end -= 1  # an initial ("Ana M.") and "Jr." keep their dot; "Lima." ending a sentence does not
            names.append((tokens[first].start, end, highest))
        index = last + 1
    return _whole_inverted_names(text, names) if ", " in text else names


_CELL_EDGES = "\"'\t;|\n"
# a cell holding one name in inverted order: "SILVA MACHADO, YKARO", "Teixeira Paz, Waldirene
# Ozenira de" (the given names' particle moved to the end)
_INVERTED_NAME = re.compile(
    r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*){0,3}"
    r", [^\W\d_]+(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*){0,3}"
)


def _cell_edge_before(text: str, at: int) -> bool:
    """Whether a cell's edge (a delimiter, a line's end, or two blanks) ends right before `at`."""
    return text[at - 1] in _CELL_EDGES or text[at - 2:at] == "  "


def _cell_edge_after(text: str, at: int) -> bool:
    """Whether a cell's edge starts at `at`."""
    return text[at] in _CELL_EDGES or text[at:at + 2] == "  "


def _whole_inverted_names(text: str, names: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """`names`, each one that is part of a cell holding a name in inverted order ("SURNAMES,
    GIVEN NAMES", in a quoted CSV or SQL field, a ";"/"|"/tab-separated cell, a blank-aligned
    column's cell or a line of its own) widened to the whole cell: the comma there joins the two halves of one name.
    Every word of the cell must be capitalised, or the cell all lower case, so that "Silva,
    obrigado" stays apart."""
    widened: list[tuple[int, int, float]] = []
    for start, end, probability in names:
        # (a blank-aligned column's cell ends at two blanks: "BEZERRA CARNAUBA, NERIVALDO  CRO/SP 84459")
        left = start
        while left > 0 and start - left < 80 and not _cell_edge_before(text, left):
            left -= 1
        right = end
        while right < len(text) and right - end < 80 and not _cell_edge_after(text, right):
            right += 1
        bounded = (left == 0 or _cell_edge_before(text, left)) and (right == len(text) or _cell_edge_after(text, right))
        while left < start and text[left] == " ":
            left += 1
        while right > end and text[right - 1] == " ":
            right -= 1
        cell = text[left:right]
        if (bounded and _INVERTED_NAME.fullmatch(cell)
                and (cell.islower() or all(w[0].isupper() or fold(w) in JOINING_PARTICLES
                                           for w in cell.replace(",", " ").split()))):
            start, end = left, right
        if widened and widened[-1][1] > start:  # both halves were found: one name
            previous = widened.pop()
            start, end, probability = min(previous[0], start), max(previous[1], end), max(previous[2], probability)
        widened.append((start, end, probability))
    return widened
