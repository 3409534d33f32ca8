"""A name found once is a name where it recurs in the same text.

Detectors judge each mention on its own evidence, and a name is often announced once
("Moradora do 302, Widline Exantus") and then used bare ("a Widline disse…", "widline:
ok"). After the detectors, `recurring_names` looks for the other mentions of each word of
the PERSON spans found, and returns them as PERSON spans too, scored `RECURRENCE_SCORE`
(below every detector's score, so a span of another label over the same text wins).

Only words that could hardly be anything else recur: three letters or more, a gazetteer
name word or name-shaped (`name_shape`), and not an everyday word in lower case ("rosa",
"graça"), a word of the general Portuguese corpus, an organisation word, a particle, a
suffix ("Filho", "Neto") or a listed non-name. A mention inside a listed place or
company, or joined to an organisation word ("Bento Gonçalves", "Empório Haddad"), is not
one (the same check as the learned tagger's, `known_not_a_person`). A nickname in
apposition after a name found by any detector ("…, conhecido como yossef,") is one too, at
the rules' score for it (`detectors.person.nicknames_after_names`).
"""

from __future__ import annotations

import re

from afinar.privacy.folding import ContextWindow, fold, fold_text
from afinar.privacy.span import Span

RECURRENCE_SCORE = 0.55
_WORD = re.compile(r"(?<![\w@.])[^\W\d_]{3,}(?:['’-][^\W\d_]+)*(?![\w@])")


_SUFFIXES = frozenset({"filho", "filha", "neto", "neta", "junior", "jr", "sobrinho", "sobrinha", "segundo"})


def _known_rest(text: str, start: int, end: int) -> bool:
    """Whether the words of text[start:end], particles aside, are all listed name words
    (one at least): the surnames that vouch for the word before them as a given name."""
    from afinar.privacy.gazetteer import load_gazetteer
    from afinar.privacy.person_tagger.features import PARTICLES

    name_words = load_gazetteer().name_words
    if not text.startswith(" ", start) or "\t" in text[start:end] or "\n" in text[start:end]:
        return False  # a cell or a line before it: "Cível\tBranco Mourão Oliveira"
    after = text[start:end].split(maxsplit=1)
    if not after or fold(after[0]) in PARTICLES:
        return False  # "Recebi de Luciana Oliveira Borges": a verb before "de", no given name
    rest = [fold(w) for w in _WORD.findall(text, start, end)]
    if not rest:
        return False
    return all(w in name_words for w in rest if w not in PARTICLES)


def _given_name_like(folded: str) -> bool:
    """Whether a word that opened a confident whole name, though no listed name word nor
    name-shaped, recurs as the given name it was: "Eudóxia" of "De: Eudóxia Melo Holanda
    Barros" signs the letter ("…\nEudóxia"), "Kuarup" of "atendente: Kuarup Guajajara"
    speaks in the chat ("[20:19] Kuarup: Boa noite")."""
    from afinar.privacy.gazetteer import load_gazetteer

    return not _never_recurs(folded) and folded not in load_gazetteer().places


def _recurring_word(folded: str) -> bool:
    """Whether a word of a found name is specific enough to mark its other mentions."""
    from afinar.privacy.gazetteer import load_gazetteer
    from afinar.privacy.name_shape import is_name_shaped

    return not _never_recurs(folded) and (folded in load_gazetteer().name_words or is_name_shaped(folded))


def _never_recurs(folded: str) -> bool:
    """An everyday, corpus, organisation or listed non-name word, a particle or a suffix:
    no word of a name to mark elsewhere."""
    from afinar.privacy.gazetteer import load_gazetteer
    from afinar.privacy.name_shape import common_words
    from afinar.privacy.person_tagger.features import PARTICLES

    gazetteer = load_gazetteer()
    return (folded in gazetteer.everyday_in_lower_case or folded in common_words()
            or folded in gazetteer.organisation_words or folded in gazetteer.not_name_words
            or folded in PARTICLES or folded in _SUFFIXES)


def recurring_names(text: str, spans: list[Span], context: ContextWindow | None = None) -> list[Span]:
    """PERSON spans for the other mentions, in `text`, of the words of the PERSON `spans`.
    A mention in lower case counts only when the word was found in lower case too or is a
    known given name ("Resultados" found as a name does not make "resultados" one).
    `context` is the text's folded view, when the caller has one."""
    from afinar.privacy.detectors.person import (
        announced_firm_words, in_a_not_person_column, nicknames_after_names, virtual_assistant_names,
    )
    from afinar.privacy.gazetteer import load_gazetteer

    found_as: dict[str, bool] = {}  # folded word -> seen in lower case
    spellings: dict[str, set[str]] = {}  # folded word -> its length-keeping folds as found
    leading: set[str] = set()  # the given names opening a confident whole name
    for span in spans:
        if span.label == "PERSON":
            for index, m in enumerate(_WORD.finditer(text, span.start, span.end)):
                if _entity_name(text, m.start(), m.end()):
                    continue  # "atilde" of "Le&atilde;o" is markup, not a word of the name
                word = m.group()
                folded = fold(word)
                found_as[folded] = found_as.get(folded, False) or word.islower()
                spellings.setdefault(folded, set()).add(fold_text(word))
                if (index == 0 and m.start() == span.start and span.score >= WHOLE_NAME_MIN_SCORE
                        and not word.isupper() and _known_rest(text, m.end(), span.end)):
                    leading.add(folded)
    names = {n: lower for n, lower in found_as.items() if _recurring_word(n) or (n in leading and _given_name_like(n))}
    whole = _whole_names(text, spans)
    # a nickname given right after a name only the tagger found ("Yossef Szterenfeld,
    # conhecido como yossef,"): the rules look for one after their own names only
    nicknames = nicknames_after_names(text, spans)
    if not names and not whole:
        return nicknames
    context = context if context is not None else ContextWindow(text)
    folded_text = context.folded
    given = load_gazetteer().given
    assistants = virtual_assistant_names(context) | announced_firm_words(context)
    found = _whole_name_mentions(text, folded_text, whole, spans, assistants) + _couples(text, spans) + nicknames
    for name, seen_in_lower_case in names.items():
        # the few name words are looked up in the folded text (same offsets as `text`),
        # rather than every word of the text folded and looked up
        for needle in sorted(spellings[name]):
            found.extend(_mentions(text, folded_text, needle, name, seen_in_lower_case, spans, given,
                                   assistants))
    if found and ("  " in text or "\n" in text):
        # a surname again in a column of firms: "PRATES" under "EMPRESA" is a contractor
        found = [s for s in found if not in_a_not_person_column(context, s.start)]
    return sorted(set(found))


def _mentions(text: str, folded_text: str, needle: str, name: str, seen_in_lower_case: bool,
              spans: list[Span], given: frozenset[str], assistants: frozenset[str]) -> list[Span]:
    """Recurrence spans for the whole-word occurrences of `needle` in `folded_text`."""
    from afinar.privacy.detectors.person_tagger import known_not_a_person

    found = []
    at = folded_text.find(needle)
    while at >= 0:
        start, end = at, at + len(needle)
        at = folded_text.find(needle, end)
        word = _WORD.match(text, start)
        if word is None or word.end() != end or _inside_a_word(text, start):
            continue
        if word.group().islower() and not seen_in_lower_case and name not in given:
            continue
        if any(s.start < end and start < s.end for s in spans):
            continue
        if not known_not_a_person(text, start, end, assistants):
            found.append(Span(start, end, "PERSON", RECURRENCE_SCORE, "recurrence"))
    return found


# A whole name of two words or more, found with this score or more, marks its verbatim
# repetitions whatever its words ("YUSMARY SILVA GUARAMATO" of a payroll's CSV, again in
# the remittance file below it), and wins over a detector's part of it ("YUSMARY SILVA")
WHOLE_NAME_MIN_SCORE = 0.8
WHOLE_NAME_SCORE = 0.85


# A couple sharing the surname after a label or opening a line: "Anfitriões: Niamh e
# Padraig Kavanagh", "Pais: Ulrike e Detlef Brandt" -- the given name before "e"
_COUPLE_BEFORE = re.compile(r"(?:^|\n|:)[ \t]*(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,})[ \t]+e[ \t]+$")


def _couples(text: str, spans: list[Span]) -> list[Span]:
    """PERSON spans for the given name joined by "e" to a confident whole name that
    follows a label or opens a line (`_COUPLE_BEFORE`)."""
    found = []
    for span in spans:
        if span.label != "PERSON" or span.score < 0.6 or " e " not in text[max(0, span.start - 4):span.start]:
            continue
        if len(_WORD.findall(text, span.start, span.end)) < 2:
            continue
        couple = _COUPLE_BEFORE.search(text, max(0, span.start - 40), span.start)
        if couple is None:
            continue
        start, end = couple.span("given")
        if _given_name_like(fold(couple.group("given"))) and not any(s.start < end and start < s.end for s in spans):
            found.append(Span(start, end, "PERSON", RECURRENCE_SCORE, "recurrence"))
    return found


def _whole_names(text: str, spans: list[Span]) -> set[str]:
    """The folded text of each confident PERSON span of two words or more."""
    from afinar.privacy.gazetteer import load_gazetteer

    organisation_words = load_gazetteer().organisation_words
    whole = set()
    for span in spans:
        if span.label == "PERSON" and span.score >= WHOLE_NAME_MIN_SCORE:
            words = _WORD.findall(text, span.start, span.end)
            if len(words) >= 2 and "\n" not in text[span.start:span.end] and not any(
                    fold(w) in organisation_words for w in words):
                whole.add(fold_text(text[span.start:span.end]))
    return whole


def _whole_name_mentions(text: str, folded_text: str, whole: set[str], spans: list[Span],
                         assistants: frozenset[str]) -> list[Span]:
    """PERSON spans for the other whole-word occurrences of the names in `whole`, except
    where another label's span (a street named for the person, an e-mail) holds them."""
    from afinar.privacy.detectors.person_tagger import known_not_a_person

    found = []
    for needle in sorted(whole):
        at = folded_text.find(needle)
        while at >= 0:
            start, end = at, at + len(needle)
            at = folded_text.find(needle, end)
            if _inside_a_word(text, start) or (end < len(text) and (text[end].isalnum() or text[end] == "@")):
                continue
            overlapping = [s for s in spans if s.start < end and start < s.end]
            if any(s.label != "PERSON" or s.start < start or s.end > end for s in overlapping):
                continue  # another label's, or a longer name already: leave it
            if any(s.start == start and s.end == end for s in overlapping):
                continue  # the mention found
            if not known_not_a_person(text, start, end, assistants):
                found.append(Span(start, end, "PERSON", WHOLE_NAME_SCORE, "recurrence"))
    return found


def _entity_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name of an HTML entity ("&atilde;")."""
    return start > 0 and text[start - 1] == "&" and text.startswith(";", end)


def _inside_a_word(text: str, start: int) -> bool:
    """Whether `start` continues a word: "ana" in "Mariana" or in "Lúcia-Ana"."""
    if start == 0:
        return False
    before = text[start - 1]
    return before.isalnum() or before in "_@." or (
        before in "'’-" and start >= 2 and text[start - 2].isalpha())
