"""Offline word lists for finding Brazilian person names, shipped as package data.

The text files beside this module are read once, on first use, into folded
(lower-case, accent-free) sets. `given_names_female.txt`, `given_names_male.txt` and
`surnames.txt` are Faker's pt_BR person lists merged with afinar's own additions (rebuild
with `python -m afinar.privacy.gazetteer.rebuild`); the other files are hand-written, among
them `*_origins.txt`: common names of Brazil's immigrant and indigenous communities.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from functools import lru_cache
from importlib import resources

from afinar.privacy.folding import fold


@dataclass(frozen=True)
class Gazetteer:
    """Folded word sets used by the person-name detector and the pseudonymiser.

    `given` is female | male; `name_words` is every word of any name list. `places`,
    `companies` and `compound_surnames` map a folded first word to the folded multi-word
    names that start with it, so a run of capitalised words can be checked position by
    position. `person_contexts` / `weak_person_contexts` are the phrases that announce a
    name (normalised by `context_phrase`); `not_name_words` are capitalised words never
    part of a name (`not_names.txt` plus the one-word contexts, minus any name word).
    `places_named_after_people` only count ending a run with no name word before them.
    `everyday_in_lower_case` is `ambiguous` plus the given names that, written in lower
    case, are everyday words too ("marcos", "domingos", "caio"). The `*_display` tuples
    keep the accented, capitalised spelling for building surrogates. `other_origins` are
    the name words only the `*_origins.txt` lists hold (not Brazilian-Portuguese in shape);
    `east_asian_surnames` the Chinese and Korean section of `surnames_origins.txt`.
    """

    female: frozenset[str]
    male: frozenset[str]
    given: frozenset[str]
    name_words: frozenset[str]
    surnames: frozenset[str]
    organisation_words: frozenset[str]
    ambiguous: frozenset[str]
    everyday_in_lower_case: frozenset[str]
    places: dict[str, tuple[tuple[str, ...], ...]]
    places_named_after_people: dict[str, tuple[tuple[str, ...], ...]]
    companies: dict[str, tuple[tuple[str, ...], ...]]
    compound_surnames: dict[str, tuple[tuple[str, ...], ...]]
    person_contexts: frozenset[str]
    weak_person_contexts: frozenset[str]
    not_name_words: frozenset[str]
    other_origins: frozenset[str]
    east_asian_surnames: frozenset[str]
    female_display: tuple[str, ...]
    male_display: tuple[str, ...]
    surname_display: tuple[str, ...]


_ONE_ENTRY_A_LINE = ("places.txt", "places_named_after_people.txt", "companies.txt", "compound_surnames.txt",
                     "person_contexts.txt", "person_contexts_weak.txt",
                     "person_contexts_lowercase.txt")
_GENDER_SUFFIX = re.compile(r"\((?:a|o|as|os|es)\)$")


def context_phrase(words: list[str]) -> str:
    """The lookup form of folded context words: "(a)"/"(o)" suffixes and final dots
    dropped, one space between words ("prezado(a)" -> "prezado", "tec." -> "tec")."""
    # the dot first: "sr(a)." -> "sr(a)" -> "sr"
    return " ".join([_GENDER_SUFFIX.sub("", w.rstrip(".")) if w[-1] in ".)" else w for w in words])


def read_word_file(name: str) -> list[str]:
    """Lines (or space-separated words) of a packaged list, without blanks and # comments.

    Files whose entries may contain spaces (places, companies) keep one entry a line;
    the others may hold several words a line.
    """
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    entries: list[str] = []
    multiword = name in _ONE_ENTRY_A_LINE
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        entries.extend([line] if multiword else line.split())
    return entries


def _section_words(name: str, heading: str) -> list[str]:
    """The words of a list's section: the lines after the comment line "# `heading`",
    up to the next comment line."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    words: list[str] = []
    inside = False
    for line in text.splitlines():
        if line.startswith("#"):
            inside = line.lstrip("# ").strip() == heading
        elif inside:
            words.extend(line.split())
    if not words:
        raise ValueError(f"{name}: no section headed '# {heading}'")
    return words


def _index_by_first_word(entries: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group folded multi-word entries by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        words = tuple(fold(w) for w in entry.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read and fold every packaged list (about a millisecond; cached for the process)."""
    female = read_word_file("given_names_female.txt")
    male = read_word_file("given_names_male.txt")
    surnames = read_word_file("surnames.txt")
    # names of Brazil's immigrant and indigenous communities: found, never made up
    # (surrogates keep drawing from the Brazilian-Portuguese lists above)
    origins = {name: frozenset(fold(w) for w in read_word_file(f"{name}_origins.txt"))
               for name in ("given_names_female", "given_names_male", "surnames")}
    female_folded = frozenset(fold(w) for w in female) | origins["given_names_female"]
    male_folded = frozenset(fold(w) for w in male) | origins["given_names_male"]
    surnames_folded = frozenset(fold(w) for w in surnames) | origins["surnames"]
    ambiguous_folded = frozenset(fold(w) for w in read_word_file("ambiguous_words.txt"))
    name_words = female_folded | male_folded | surnames_folded | ambiguous_folded
    person_contexts = frozenset(
        context_phrase(fold(p).split()) for p in read_word_file("person_contexts.txt")
    )
    weak_person_contexts = frozenset(
        context_phrase(fold(p).split()) for p in read_word_file("person_contexts_weak.txt")
    )
    one_word_contexts = {p for p in person_contexts | weak_person_contexts if " " not in p}
    not_names = {fold(w) for w in read_word_file("not_names.txt")} | one_word_contexts
    return Gazetteer(
        female=female_folded,
        male=male_folded,
        given=female_folded | male_folded,
        name_words=name_words,
        surnames=surnames_folded,
        organisation_words=frozenset(fold(w) for w in read_word_file("organisation_words.txt")),
        ambiguous=ambiguous_folded,
        everyday_in_lower_case=ambiguous_folded
        | frozenset(fold(w) for w in read_word_file("everyday_given_names.txt")),
        places=_index_by_first_word(read_word_file("places.txt")),
        places_named_after_people=_index_by_first_word(read_word_file("places_named_after_people.txt")),
        companies=_index_by_first_word(read_word_file("companies.txt")),
        compound_surnames=_index_by_first_word(read_word_file("compound_surnames.txt")),
        person_contexts=person_contexts,
        weak_person_contexts=weak_person_contexts,
        not_name_words=frozenset(not_names - name_words),
        other_origins=frozenset().union(*origins.values())
        - {fold(w) for w in female + male + surnames},
        east_asian_surnames=frozenset(fold(w) for w in _section_words("surnames_origins.txt", "Chinese and Korean")),
        female_display=tuple(female),
        male_display=tuple(male),
        surname_display=tuple(surnames),
    )
