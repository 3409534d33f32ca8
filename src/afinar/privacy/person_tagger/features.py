"""Tokens and the features the person tagger reads for each candidate word.

A text is cut into tokens (words, numbers, single punctuation marks, line breaks). Only
*candidate* words are classified: capitalised or ALL-CAPS words (but particles, corpus
words, organisation words and listed non-names that are no name word: "DA", "Compra",
"Hospital"), initials ("J."), and lower-case words the gazetteer lists as name words or
whose letters look like a name's
(`name_shape`) and the general Portuguese corpus does not know (names in chats are written
in lower case). Everything else is context.

The features say what a reader uses to tell a name: the word's shape and case, whether
the gazetteer knows it (and as what), how name-like its letters are (`name_shape`), its
ending, whether the line is all capitals (where case says nothing), the words and marks
around it and around the run of capitalised words it belongs to ("Dra." before "Maria
Helena Okafor" announces all three). The candidate word itself is a feature only when it
is an everyday word ("banco", "rosa"): the tagger must learn what announces a name, not a
list of the names it was trained on.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.name_shape import NAME_SHAPED, common_words, name_shape

_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f"  # Latin Extended-A too: "Stanisław", "Dvořák"
_TOKEN = re.compile(
    rf"[{_LETTER}](?:[{_LETTER}]|['’-](?=[{_LETTER}]))*\.?"  # words, D'Ávila, Ana-Lúcia, "Dra." keeps its dot
    r"|\d+(?:[.,/-]\d+)*"  # numbers, dates, amounts
    r"|\n"
    r"|[^\s\w]"  # one punctuation mark
)
PARTICLES = frozenset({"da", "de", "do", "das", "dos", "di", "del", "della", "van", "von", "der", "den",
                       "el", "al", "bin", "ibn", "du", "le", "la", "y", "e"})
# Particles that join two name words into one span ("Maria da Silva", "Ludwig van Beethoven");
# "e" is a feature but never a join: "Ana e Maria" are two people.
JOINING_PARTICLES = PARTICLES - {"e", "y", "la", "le", "el", "al"}


_LOWER_CASE_ABBREVIATIONS = frozenset({"sr", "sra", "srta", "dr", "dra", "pct", "pcte", "enf", "prof", "profa",
                                       "tec", "av", "r", "tel", "cel", "cpf", "adv", "eng", "arq", "fisio"})


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ is several times slower
class Token:
    """One token: its text, offsets, coarse kind ("word", "num", "nl", "punct"), and for
    words the text without a final dot (`word`: the dot is kept on "Dr.", "J.") and its
    folded form (`folded`; "" for other kinds)."""

    text: str
    start: int
    end: int
    kind: str
    word: str = ""
    folded: str = ""


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` in order. A word keeps a final dot when it is a capitalised
    abbreviation or initial (one to four letters: "Dr.", "J.", "Sra.", "Av.") or a lower-case
    title ("sr.", "dra.", "pct."); otherwise the dot is its own token, a sentence's end."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        value = match.group()
        start, end = match.span()
        first = value[0]
        if first.isalpha():
            if value[-1] != ".":
                append(Token(value, start, end, "word", value, fold(value)))
            elif len(value) <= 5 and first.isupper() or value[:-1].casefold() in _LOWER_CASE_ABBREVIATIONS:
                word = value[:-1]
                append(Token(value, start, end, "word", word, fold(word)))
            else:
                word = value[:-1]
                append(Token(word, start, end - 1, "word", word, fold(word)))
                append(Token(".", end - 1, end, "punct"))
        elif first == "\n":
            append(Token(value, start, end, "nl"))
        elif first.isdigit():
            append(Token(value, start, end, "num"))
        else:
            append(Token(value, start, end, "punct"))
    return tokens


def case_of(word: str) -> str:
    """"upper" (two or more capitals, no lower case), "title", "initial" (one capital), or "lower"."""
    if word[0].isupper():
        if len(word) == 1:
            return "initial"
        return "upper" if word.isupper() else "title"
    return "lower"


@lru_cache(maxsize=65536)
def _word_facts(folded: str) -> tuple[str, ...]:
    """Gazetteer and corpus facts about a folded word, as feature names."""
    g = load_gazetteer()
    facts = []
    if folded in g.female:
        facts.append("given_f")
    if folded in g.male:
        facts.append("given_m")
    if folded in g.surnames:
        facts.append("surname")
    if folded in g.everyday_in_lower_case:
        facts.append("everyday")
    if folded in g.not_name_words:
        facts.append("not_name")
    if folded in g.organisation_words:
        facts.append("org")
    if folded in g.places or folded in g.places_named_after_people:
        facts.append("place_start")
    if folded in g.companies:
        facts.append("company_start")
    if folded in common_words():
        facts.append("common")
    if folded in PARTICLES:
        facts.append("particle")
    if not facts:
        facts.append("unknown")
    return tuple(facts)


def _shape_bucket(folded: str) -> str:
    if len(folded) < 3:
        return "short"
    return str(max(-4, min(4, round(name_shape(folded)))))


# a chunk of letters, digits and ".@/:+-_" holding "@", a digit, "_" or a URL mark
_CODE_CHUNK = re.compile(r"(?<![\w.@/:+\-])[\w.@/:+\-]*?(?:[@\d_]|://|www\.)[\w.@/:+\-]*")


_GLUED_CAPITALS = re.compile(r"(?<=\d)[A-ZÀ-ÖØ-Þ]{3,}$")
_NEXT_CAPITALS = re.compile(r" {1,2}(?:D[AEO]S? {1,2})?[A-ZÀ-ÖØ-Þ]{2,}")


# a media type: "content-type: application/json" ("json" is no name)
_MEDIA_TYPE = re.compile(r"(?<![\w/])(?:application|text|image|audio|video|multipart|font)/[\w.+-]+")


def code_chunks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each chunk of letters, digits and ".@/:+-_" that holds "@", a digit,
    "_" or a URL mark: an e-mail address, a login, a plate or a file name, whose words other
    detectors own. Quotes, commas and ";" end a chunk, so a name in a CSV row ('14:33;"KENJI,
    seu pedido') is not in one."""
    chunks = []
    for match in _CODE_CHUNK.finditer(text):
        start, end = match.span()
        # a fixed-width record glues a name to the number before it ("…3202ADENILDA
        # TORQUATO"): the capitals after the last digit, when more capitals follow, are words
        glued = _GLUED_CAPITALS.search(text, start, end)
        if glued is not None and _NEXT_CAPITALS.match(text, end):
            end = glued.start()
        chunks.append((start, end))
    if "/" in text:
        # (kept in order: a media type holds no digit, "@" or "_", so no chunk above has it)
        chunks = sorted(chunks + [m.span() for m in _MEDIA_TYPE.finditer(text)])
    return chunks


def in_code_chunk(token: Token, chunks: list[tuple[int, int]]) -> bool:
    """Whether the token lies in one of `chunks` (from `code_chunks`)."""
    position = bisect_right(chunks, (token.start, math.inf)) - 1  # the last chunk starting at or before it
    return position >= 0 and chunks[position][1] >= token.end


def is_candidate(token: Token, chunks: list[tuple[int, int]]) -> bool:
    """Whether the tagger classifies this word token (see the module docstring); `chunks`
    are the text's `code_chunks`."""
    if token.text[0].isupper():
        if not _capitalised_candidate(token.folded, len(token.word)):
            return False
    elif not _lower_case_candidate(token.folded):
        return False
    return not in_code_chunk(token, chunks)


@lru_cache(maxsize=65536)
def _capitalised_candidate(folded: str, length: int) -> bool:
    """A capitalised word is looked at unless it is a particle, a professional council's
    acronym ("OAB-PB"), or a word of the general corpus, a listed non-name or an
    organisation word that is no name word: "DA", "Compra", "Atendimento", "Hospital" are
    context, never names (a third of capitalised words)."""
    if length == 1:
        return True  # an initial
    if folded in PARTICLES or _is_council(folded):
        return False
    gazetteer = load_gazetteer()
    if folded in gazetteer.name_words or folded in _compound_surname_words():
        return True
    return not (folded in common_words() or folded in gazetteer.not_name_words
                or folded in gazetteer.organisation_words)


def _is_council(folded: str) -> bool:
    """A professional council's acronym ("oab", "crf-ce"): the PROFESSIONAL_ID detector's,
    never part of a name ("Maria Souza OAB-PB 131161")."""
    from afinar.privacy.detectors.professional import COUNCIL_ACRONYMS

    return folded.split("-", 1)[0] in COUNCIL_ACRONYMS


@lru_cache(maxsize=1)
def _compound_surname_words() -> frozenset[str]:
    """Every word of a listed compound surname ("casa", "grande", "castelo", "branco")."""
    entries = load_gazetteer().compound_surnames.values()
    return frozenset(word for group in entries for entry in group for word in entry)


@lru_cache(maxsize=65536)
def _lower_case_candidate(folded: str) -> bool:
    """A lower-case word is looked at when it is a name word of the gazetteer or is
    name-shaped and not a common word: "evelyn", "kovalenko"; not "resultados", "pra"."""
    if len(folded) < 3:
        return False
    if folded in load_gazetteer().name_words:
        return True
    return folded not in common_words() and name_shape(folded) >= NAME_SHAPED


def _context_name(token: Token) -> str:
    """How a neighbouring token appears as context: the folded word for words, the mark
    for punctuation, "<num>", "<nl>" ("<edge>" stands for the text's edges)."""
    if token.kind == "word":
        return token.folded + "." if token.text[-1] == "." else token.folded
    if token.kind == "num":
        return "<num>"
    if token.kind == "nl":
        return "<nl>"
    return token.text


def _neighbour_shape(token: Token) -> str:
    """A neighbour's case and what the gazetteer knows of it ("title:name", "lower:common"),
    or its kind ("num", "nl", "p," for a comma)."""
    if token.kind != "word":
        return token.kind if token.kind != "punct" else f"p{token.text}"
    return _word_shape(token.folded, case_of(token.word))


@lru_cache(maxsize=65536)
def _word_shape(folded: str, case: str) -> str:
    facts = _word_facts(folded)
    known = "name" if any(f in facts for f in ("given_f", "given_m", "surname")) else facts[0]
    return f"{case}:{known}"


def line_is_upper(text: str, token: Token) -> bool:
    """Whether the token's line has no lower-case letter (a form or heading in capitals)."""
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    line = text[start : end if end >= 0 else len(text)]
    return not any(c.islower() for c in line)


def runs_of_capitalised(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indices of runs of capitalised words, joined by name particles
    and single spaces (the run "Maria Helena da Costa" in "Dra. Maria Helena da Costa:")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "word" and token.text[0].isupper():
            j = i
            while True:
                k = j + 1
                if (k < len(tokens) and tokens[k].kind == "word" and tokens[k].folded in JOINING_PARTICLES
                        and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
                        and tokens[k + 1].word[0].isupper()):
                    k += 1
                if (k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[0].isupper()
                        and tokens[k].start - tokens[k - 1].end <= 2):
                    j = k
                else:
                    break
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


_EDGE = "<edge>"


def _run_features(tokens: list[Token], ctx: list[str], folded: list[str], first: int, last: int) -> list[str]:
    """Features shared by every word of the run tokens[first..last]: its length, the words
    and marks around it, how many of its words the gazetteer knows."""
    n = len(tokens)
    words_in_run = sum(1 for i in range(first, last + 1) if folded[i] not in JOINING_PARTICLES)
    b1 = ctx[first - 1] if first >= 1 else _EDGE
    b2 = ctx[first - 2] if first >= 2 else _EDGE
    b3 = ctx[first - 3] if first >= 3 else _EDGE
    a1 = ctx[last + 1] if last + 1 < n else _EDGE
    a2 = ctx[last + 2] if last + 2 < n else _EDGE
    feats = [f"run_len={min(words_in_run, 6)}", f"rb1={b1}", f"rb12={b2}_{b1}", f"rb123={b3}_{b2}_{b1}",
             f"ra1={a1}", f"ra12={a1}_{a2}"]
    if b1 in (_EDGE, "<nl>"):
        feats.append("run_line_start")
    known = 0
    for i in range(first, last + 1):
        run_facts = _word_facts(folded[i])
        if "given_f" in run_facts or "given_m" in run_facts or "surname" in run_facts:
            known += 1
        if "org" in run_facts:
            feats.append("run_has_org")
        if "place_start" in run_facts:
            feats.append("run_has_place_word")
    feats.append(f"run_known={min(known, 3)}")
    feats.append(f"run_known_share={round(4 * known / max(words_in_run, 1))}")
    g = load_gazetteer()
    words = tuple(folded[first : last + 1])
    for i in range(len(words)):
        for kind, index in (("place", g.places), ("patron_place", g.places_named_after_people),
                            ("company", g.companies), ("compound_surname", g.compound_surnames)):
            for entry in index.get(words[i], ()):
                if words[i : i + len(entry)] == entry:
                    feats.append(f"run_has_{kind}" if i or len(entry) < len(words) else f"run_is_{kind}")
                    break
    return feats


_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]+")


@lru_cache(maxsize=65536)
def word_features(folded: str, case: str, upper_line: bool, dot: bool, joined: bool) -> tuple[str, ...]:
    """Features of the candidate word itself (cached: the same words recur)."""
    facts = _word_facts(folded)
    feats = ["bias", f"case={case}", f"shape={_shape_bucket(folded)}", f"len={min(len(folded), 12)}"]
    feats += [f"fact={x}" for x in facts]
    feats += [f"case_fact={case}:{x}" for x in facts]
    if upper_line:
        feats.append("line=upper")
        feats += [f"upper_fact={x}" for x in facts]
    if len(folded) >= 4:
        feats.append(f"suf3={folded[-3:]}")
        feats.append(f"suf2={folded[-2:]}")
    # names are pronounceable: "GHIJ", "KLMN", "XPTO" are codes
    vowels = sum(c in "aeiouy" for c in folded)
    consonant_run = max((len(r) for r in _CONSONANTS.findall(folded)), default=0)
    feats.append(f"vowels={round(4 * vowels / max(len(folded), 1))}")
    feats.append(f"consonant_run={min(consonant_run, 4)}")
    if "common" in facts or "not_name" in facts or "org" in facts or "particle" in facts:
        feats.append(f"w={folded}")
    if dot:
        feats.append("dot")
    if joined:
        feats.append("joined")
    return tuple(feats)


# What a candidate's neighbours are: (p1, p2, p3, n1, n2, p1s, n1s, case, position in its
# run or None, the mark before its run or None); `context_features` spells it out
ContextKey = tuple[str, str, str, str, str, str, str, str, "str | None", "str | None"]


@lru_cache(maxsize=131072)
def context_features(key: ContextKey) -> tuple[str, ...]:
    """The features of a candidate's neighbours (cached: the same neighbourhoods recur)."""
    p1, p2, p3, n1, n2, p1s, n1s, case, position, b1 = key
    context = [f"p1={p1}", f"p2={p2}", f"p12={p2}_{p1}", f"p123={p3}_{p2}_{p1}",
               f"n1={n1}", f"n2={n2}", f"n12={n1}_{n2}",
               f"p1s={p1s}", f"n1s={n1s}", f"p1s_case={p1s}_{case}", f"n1s_case={n1s}_{case}"]
    if p1 in (_EDGE, "<nl>"):
        context.append("line_start")
    elif p1 in (".", "!", "?"):
        context.append("sentence_start")
    if position is not None:
        context += [f"run_pos={position}", f"rb1_pos={b1}_{position}"]
    else:
        context.append("no_run")
    return tuple(context)


@dataclass(slots=True)
class Candidate:
    """A candidate word's features in three groups: of the word itself (`word_key` for
    `word_features`, cached), of its neighbours (`context_key` for `context_features`,
    cached), and of its run (`run` indexes the document's run features; None for a word
    outside a run)."""

    index: int
    word_key: tuple[str, str, bool, bool, bool]
    context_key: ContextKey
    run: int | None

    @property
    def context(self) -> list[str]:
        return list(context_features(self.context_key))

    def all_features(self, run_features: dict[int, list[str]]) -> list[str]:
        feats = list(word_features(*self.word_key)) + self.context
        return feats + run_features[self.run] if self.run is not None else feats


def candidates(text: str, tokens: list[Token]) -> tuple[list[Candidate], dict[int, list[str]]]:
    """The candidate words of `text` (see the module docstring for what their features
    say) and the features of each run of capitalised words, by the run's first token."""
    n = len(tokens)
    folded = [t.folded for t in tokens]
    ctx = [_context_name(t) for t in tokens]
    shape_cache: dict[int, str] = {}

    def shape(i: int) -> str:
        found = shape_cache.get(i)
        if found is None:
            found = shape_cache[i] = _neighbour_shape(tokens[i])
        return found

    run_of: dict[int, tuple[int, int]] = {}
    run_feats: dict[int, list[str]] = {}  # built for the runs that hold a candidate
    for first, last in runs_of_capitalised(tokens):
        for i in range(first, last + 1):
            run_of[i] = (first, last)
    upper_lines: dict[int, bool] = {}
    chunks = code_chunks(text)
    out = []
    for index, token in enumerate(tokens):
        if token.kind != "word" or not is_candidate(token, chunks):
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        upper_line = upper_lines.get(line_start)
        if upper_line is None:
            upper_line = upper_lines[line_start] = line_is_upper(text, token)
        word = token.word
        case = case_of(word)
        key = (folded[index], case, upper_line, token.text.endswith("."),
               "-" in word or "'" in word or "’" in word)
        p1 = ctx[index - 1] if index >= 1 else _EDGE
        p2 = ctx[index - 2] if index >= 2 else _EDGE
        p3 = ctx[index - 3] if index >= 3 else _EDGE
        n1 = ctx[index + 1] if index + 1 < n else _EDGE
        n2 = ctx[index + 2] if index + 2 < n else _EDGE
        p1s = shape(index - 1) if index >= 1 else "edge"
        n1s = shape(index + 1) if index + 1 < n else "edge"
        run = run_of.get(index)
        if run is not None:
            first, last = run
            position = ("only" if first == last else "first" if index == first
                        else "last" if index == last else "mid")
            b1 = ctx[first - 1] if first >= 1 else _EDGE
            if first not in run_feats:
                run_feats[first] = _run_features(tokens, ctx, folded, first, last)
            out.append(Candidate(index, key, (p1, p2, p3, n1, n2, p1s, n1s, case, position, b1), first))
        else:
            out.append(Candidate(index, key, (p1, p2, p3, n1, n2, p1s, n1s, case, None, None), None))
    return out, run_feats


def candidate_features(text: str, tokens: list[Token] | None = None) -> list[tuple[int, list[str]]]:
    """(token index, all feature names) of every candidate token of `text`."""
    tokens = tokens if tokens is not None else tokenize(text)
    found, run_feats = candidates(text, tokens)
    return [(c.index, c.all_features(run_feats)) for c in found]
