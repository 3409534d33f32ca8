"""How much an unknown word looks like a Brazilian person's name, from its letters alone.

The gazetteer cannot list every name: Brazilian given names are coined all the time
(Gedeílson, Janecleide, Jocivaldo) and surnames come from plants and places (Pitombeira,
Maniçoba). Their letters still say a lot: "-ilson", "-cleide", "-valdo", "-eira" after a
capital. A naive-Bayes log-odds over character 2-, 3- and 4-grams (with word boundaries)
is trained on the gazetteer's name words against the vocabulary of the general Portuguese
corpus shipped with afinar (`builtin:pt-geral`) and the gazetteer's own non-name,
organisation, place and company lists. It is used only as one more piece of evidence, next
to a context that could announce a name ("Porteiro: Esmeraldino Bacurau", not "geladeira
Frost Free").

The trained odds are frozen in `name_shape_model.json` beside this module, so that a word
added to a list (a firm's word, a form label) does not move the score of every other word
and, through them, what the rules and the tagger decide elsewhere. A maintainer retrains
it on purpose, and then re-runs the evaluation sets:

    python -m afinar.privacy.name_shape
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer

# Above this a word is name-shaped (on the evaluation sets' lists of names the gazetteer
# does not know, 77 % score above it; of the capitalised non-name words in their texts, 19 %)
NAME_SHAPED = 1.0
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{3,}")


def _grams(word: str) -> list[str]:
    marked = f"^{word}$"
    return [marked[i : i + n] for n in (2, 3, 4) for i in range(len(marked) - n + 1)]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded words of the general Portuguese corpus (`builtin:pt-geral`) that are not name
    words: "voce", "como", "apos", "ponto", "placa"."""
    corpus = files("afinar.train.corpus").joinpath("pt-geral.txt").read_text(encoding="utf-8")
    return frozenset({fold(w) for w in _WORD.findall(corpus)} - load_gazetteer().name_words)


_MODEL_FILE = "name_shape_model.json"


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    """(log-odds per n-gram, prior log-odds) of the frozen model (`_MODEL_FILE`)."""
    stored = json.loads(files("afinar.privacy").joinpath(_MODEL_FILE).read_text(encoding="utf-8"))
    return stored["odds"], stored["prior"]


def train_model() -> tuple[dict[str, float], float]:
    """(log-odds per n-gram, prior log-odds) trained on the packaged lists as they are now."""
    gazetteer = load_gazetteer()
    # the shape of Brazilian-Portuguese names: "Kuznetsov" or "Wendy" must not teach it
    # that English or Slavic letters look like a name
    names = set(gazetteer.name_words - gazetteer.other_origins)
    words = set(common_words())
    words |= set(gazetteer.not_name_words) | set(gazetteer.organisation_words)
    for index in (gazetteer.places, gazetteer.places_named_after_people, gazetteer.companies):
        words |= {w for entries in index.values() for entry in entries for w in entry}
    words -= names
    in_names, in_words = Counter(), Counter()
    for name in names:
        in_names.update(set(_grams(name)))
    for word in words:
        in_words.update(set(_grams(word)))
    n_names, n_words = len(names), len(words)
    odds = {
        gram: math.log((in_names[gram] + 0.5) / (n_names + 1)) - math.log((in_words[gram] + 0.5) / (n_words + 1))
        for gram in set(in_names) | set(in_words)
    }
    unseen = math.log(0.5 / (n_names + 1)) - math.log(0.5 / (n_words + 1))
    odds[""] = unseen  # an n-gram neither list has
    return odds, math.log(n_names / n_words)


@lru_cache(maxsize=4096)
def name_shape(word: str) -> float:
    """Log-odds, scaled by the number of n-grams, that the folded `word` is a name word."""
    odds, prior = _model()
    grams = _grams(word)
    unseen = odds[""]
    return (prior + sum(odds.get(g, unseen) for g in grams)) / math.sqrt(len(grams))


def is_name_shaped(word: str) -> bool:
    """True when the word (any case and accents) is a gazetteer name word or scores above
    `NAME_SHAPED`."""
    folded = fold(word)
    return folded in load_gazetteer().name_words or name_shape(folded) >= NAME_SHAPED


def write_model() -> Path:
    """Retrain on the packaged lists and overwrite the frozen model; returns its path."""
    odds, prior = train_model()
    path = Path(__file__).with_name(_MODEL_FILE)
    body = json.dumps({"prior": prior, "odds": dict(sorted(odds.items()))}, ensure_ascii=False,
                      separators=(",", ":"))
    path.write_text(body + "\n", encoding="utf-8")
    _model.cache_clear()
    name_shape.cache_clear()
    return path


if __name__ == "__main__":
    print(f"wrote {write_model()}")
