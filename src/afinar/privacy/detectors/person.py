"""Person names, offline: a gazetteer of Brazilian names plus capitalisation and context.

How a name is found (each rule is here because a simpler one failed on real text):

1. Runs of capitalised (or ALL-CAPS) words, joined by the particles da/de/do/das/dos,
   are the candidates: "Maria da Conceição Souza".
2. Words inside a known place ("João Pessoa", "Santa Catarina") or company ("Magazine
   Luiza", "Casas Bahia") are blocked, and a run with an organisation word ("Farmácia
   Silva", "Lojas Rocha", "Silva Advogados") or right after a street type or an
   organisation word ("Rua João Silva", "Hospital Albert Einstein") is dropped.
3. A name starts at a known given name; at a known surname when another name word follows;
   or at any capitalised word right after a person context ("Sr.", "Prezado(a)", "PCT:",
   "Técnica de enfermagem", "eleitor", "favorecido", "meu nome é"…: ~370 phrases of the
   four domains in `gazetteer/person_contexts.txt`). After a weak context ("emitida
   para", "transferência para", "Bom dia": `person_contexts_weak.txt`) an unknown name
   needs two words. So does one announced by what follows it, as in a legal
   qualification or a note: "Fulano Beltrano, brasileiro, casado", "… (esposa)", "… CPF".
4. Given names that are everyday words ("Rosa", "Cruz", "Paz", "Luz", "Vitória") count
   alone only after a person context.
5. After a person context, lower-case names count too when their first word is a known
   given name that is not an everyday word: "meu nome é joão da silva", "falei com a
   maria", "a paciente ana souza".
6. Two-word surnames made of everyday words ("Casa Grande", "Castelo Branco") are part of
   the name when a name word precedes them, not an organisation or place.

The span never includes the title ("Sr.") — the title says nothing about who it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from afinar.privacy.folding import ContextWindow, fold, keyword_alternation
from afinar.privacy.gazetteer import Gazetteer, context_phrase, load_gazetteer, read_word_file
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_WORD = (
    rf"[{_UPPER}]['’][{_UPPER}][{_LOWER}]+"  # D'Ávila
    rf"|[{_UPPER}][{_LOWER}]+(?:['’-][{_UPPER}{_LOWER}]+)?"  # Maria, Ana-Lúcia
    rf"|[{_UPPER}]{{2,}}(?:['’-][{_UPPER}]+)?"  # MARIA
    rf"|[{_UPPER}]\.(?=[ \t]+[{_UPPER}])"  # the initial in "João P. Silva"
)
_PARTICLE = r"(?:[dD][aAeEoO][sS]?|[dD]['’](?=[" + _UPPER + "]))"
_RUN = re.compile(  # the leading look-ahead lets `re` skip straight to capitals
    rf"(?=[{_UPPER}])(?<![\w@.])(?:{_WORD})(?:(?:[ \t]+|(?<=['’]))(?:{_PARTICLE}[ \t]+)?(?:{_WORD}))*"
)
_TOKEN = re.compile(rf"{_WORD}|{_PARTICLE}")
_PARTICLES = frozenset({"da", "de", "do", "das", "dos", "d'", "d’"})

_ARTICLES = frozenset({"o", "a", "do", "da", "ao", "pelo", "pela", "com"})
_TRAILING_PUNCTUATION = ":,-–"
NO_CONTEXT, WEAK_CONTEXT, STRONG_CONTEXT = 0, 1, 2

# What may follow a person's name and announce it: a legal qualification ("…, brasileira,
# casada, portadora do RG"), a document of a natural person, a relative in brackets.
_RIGHT_CUE = re.compile(
    r"[ \t]*(?:[,;–-][ \t]*)?(?:brasileir[oa]|estrangeir[oa]|solteir[oa]|casad[oa]"
    r"|divorciad[oa]|viuv[oa]|separad[oa]|portador|portadora|inscrit[oa]|nascid[oa]"
    r"|residente|domiciliad[oa]|natural de|filh[oa] de|aposentad[oa]|menor impubere"
    r"|cpf|c\.p\.f|rg|cnh)(?!\w)"
    r"|[ \t]*\((?:esposa|esposo|marido|mae|pai|filh[oa]|irm[ao]|avo|net[oa]|sobrinh[oa]"
    r"|tio|tia|genitor|genitora|conjuge|companheir[oa]|responsavel|acompanhante)\)"
)


def person_context(context: ContextWindow, start: int) -> int:
    """STRONG_CONTEXT when a phrase of `person_contexts.txt` ends right before `start`,
    maybe followed by an article and a colon or comma ("Sra. |", "PCT: |", "falei com a |",
    "Prezado(a) |"); WEAK_CONTEXT for one of `person_contexts_weak.txt`; else NO_CONTEXT.

    Looked up as the last one to four words in a set, not with a regex anchored at the end
    of the window: this runs for every capitalised run and must be cheap. Answers are
    memoised per text (the same offset is asked about more than once).
    """
    key = ("person_context", start)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = _person_context(context, start)
    return cached  # type: ignore[return-value]


def has_person_context(context: ContextWindow, start: int) -> bool:
    """True when a strong person context ends right before `start` (see person_context)."""
    return person_context(context, start) == STRONG_CONTEXT


def _person_context(context: ContextWindow, start: int) -> int:
    window = context.before(start, 40)
    if window and not (window[-1].isspace() or window[-1] in _TRAILING_PUNCTUATION):
        return NO_CONTEXT
    words = window.split()
    if start > 40 and words:
        words = words[1:]  # the first chunk may be cut in the middle of a word
    words = [w.strip(_TRAILING_PUNCTUATION) for w in words]
    words = context_phrase([w for w in words if w]).split()
    if not words:
        return NO_CONTEXT
    strong, weak, last_words = _contexts()
    last = words[-1]
    # Every phrase ends with one of `last_words`: reject most runs without joining.
    if last not in last_words and not (
        last in _ARTICLES and len(words) > 1 and words[-2] in last_words
    ):
        return NO_CONTEXT
    found = NO_CONTEXT
    for trimmed in (words, words[:-1] if last in _ARTICLES else None):
        if not trimmed:
            continue
        for size in (1, 2, 3, 4):
            if len(trimmed) >= size:
                phrase = " ".join(trimmed[-size:])
                if phrase in strong:
                    return STRONG_CONTEXT
                if phrase in weak:
                    found = WEAK_CONTEXT
    return found


_CONTEXTS: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
_WORTH_A_LOOK: frozenset[str] | None = None


def _words_worth_a_look() -> frozenset[str]:
    """Name words and one-word contexts: a capitalised run with none of them (and no
    context around it) is skipped before tokenising. Built once, not per text."""
    global _WORTH_A_LOOK
    if _WORTH_A_LOOK is None:
        gazetteer = load_gazetteer()
        _WORTH_A_LOOK = gazetteer.name_words | gazetteer.person_contexts
    return _WORTH_A_LOOK


def _contexts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(strong phrases, weak phrases, last words of any phrase), from the gazetteer."""
    global _CONTEXTS
    if _CONTEXTS is None:
        gazetteer = load_gazetteer()
        strong, weak = gazetteer.person_contexts, gazetteer.weak_person_contexts
        _CONTEXTS = (strong, weak, frozenset(p.split()[-1] for p in strong | weak))
    return _CONTEXTS


_LOWERCASE_CONTEXT: re.Pattern[str] | None = None


def _lowercase_context() -> re.Pattern[str]:
    """Any strong person context (as written in the file, dots included), then an optional
    "(a)", article, colon or comma, right before a lower-case word, in folded text."""
    global _LOWERCASE_CONTEXT
    if _LOWERCASE_CONTEXT is None:
        phrases = {fold(p) for p in read_word_file("person_contexts.txt")}
        phrases |= {p.rstrip(".") for p in phrases}
        _LOWERCASE_CONTEXT = re.compile(
            rf"(?<!\w)(?:{keyword_alternation(phrases)})(?:\((?:a|o|as|os)\))?\.?"
            r"[ \t]*[:,]?[ \t]+(?:(?:o|a|do|da|ao|pelo|pela)[ \t]+)?(?=[a-z])"
        )
    return _LOWERCASE_CONTEXT


_LOWER_WORD = re.compile(rf"[{_LOWER}]+(?:['’][{_LOWER}]+)?")
# Titles that may stand between a street type and a name: "Rua Dr. João Silva".
_TITLES = frozenset(fold(w) for w in (
    "dr", "dra", "prof", "profa", "professor", "professora", "doutor", "doutora", "gen",
    "general", "cel", "coronel", "mal", "marechal", "presidente", "padre", "frei", "dom",
    "deputado", "senador", "vereador", "governador", "ministro", "engenheiro", "eng",
    "capitao", "tenente", "major", "almirante", "brigadeiro", "barao", "visconde", "conde",
    "princesa", "duque", "monsenhor", "conego", "irma", "madre", "papa", "sargento", "cap",
    "ten", "des", "desembargador", "juiz", "vigario", "pastor", "comendador", "sr", "sra",
))
# Productive endings of Brazilian given names (Adenilson, Edinaldo, Cleidiane, Lucineide,
# Francinete, Marivalda...). They let a capitalised pair mid-sentence count as a name
# even when the gazetteer does not know the given name; never at a sentence start.
_GIVEN_NAME_ENDING = re.compile(
    r"(?:ilson|elson|erson|ailson|nilson|ildo|aldo|valdo|naldo|ilda|valda|alva|iane|iana"
    r"|ilene|ilane|eide|cleide|ete|inete|ênio|enio|ásio|asio|ézio|ezio|isvaldo|inho|inha"
    r"|uel|iel|ardo|erto|lene|lita|mara|dara|nara|yara|ysson|ison|ton|ias)$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|^\s*[-–•*]\s*)$")


class _Token(NamedTuple):  # a tuple: built for every word of every capitalised run
    start: int
    end: int
    folded: str
    is_particle: bool
    all_caps: bool


@register_detector
class PersonNameDetector(Detector):
    """Brazilian person names (see the module docstring for the rules)."""

    name = "person_gazetteer"
    labels = ("PERSON",)

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        gazetteer = load_gazetteer()
        found: list[Span] = []
        interesting = _words_worth_a_look()
        for run in _RUN.finditer(text):
            # Most runs are a sentence's first word; skip those with no name word, no
            # name-shaped word and no person context around them without building tokens.
            words = run.group().replace("'", " ").replace("’", " ").split()
            if (
                not any(fold(w) in interesting for w in words)
                and not any(_GIVEN_NAME_ENDING.search(w) for w in words)
                and not person_context(context, run.start())
                and not _RIGHT_CUE.match(context.folded, run.end())
            ):
                continue
            found.extend(self._names_in_run(text, run, context, gazetteer))
        for span in self._lowercase_names(text, context, gazetteer):
            if not any(span.overlaps(other) for other in found):
                found.append(span)
        return iter(found)

    def _names_in_run(
        self, text: str, run: re.Match[str], context: ContextWindow, gazetteer: Gazetteer
    ) -> list[Span]:
        offset = run.start()
        tokens = []
        for m in _TOKEN.finditer(run.group()):
            word = m.group()
            folded = fold(word)
            tokens.append(_Token(offset + m.start(), offset + m.end(), folded,
                                 folded in _PARTICLES, len(word) > 1 and word.isupper()))
        # "Maria Cecília Casa Grande": a two-word surname after a name word is a name,
        # though "Casa" alone would mark an organisation.
        in_surname = self._in_compound_surnames(tokens, gazetteer)
        organisation = [
            t.folded in gazetteer.organisation_words and i not in in_surname
            for i, t in enumerate(tokens)
        ]
        if organisation[0] or organisation[-1]:
            return []  # "Farmácia Silva", "Lojas Rocha", "Silva Advogados"
        if self._after_street_or_organisation(context, run.start(), gazetteer):
            return []
        blocked = self._blocked_by_places_and_companies(tokens, context, gazetteer)
        if any(organisation):  # "Vila Mariana", "Hospital Maria Amélia": the rest is a name
            blocked.update(range(organisation.index(True), len(tokens)))  # of a place or firm
        # "Prezado Cliente", "Central de Atendimento", "Paciente Hipertensa": a role, a
        # department or a state is skipped like an acronym (never a name word itself).
        blocked.update(i for i, t in enumerate(tokens) if t.folded in gazetteer.not_name_words)
        if any(not t.all_caps and not t.is_particle for t in tokens):
            # In a title-case run an unknown ALL-CAPS word is an acronym that ends the name:
            # "Fernanda Lima CRM/SP", "João Souza CPF".
            blocked.update(
                i for i, t in enumerate(tokens)
                if t.all_caps and not t.is_particle and t.folded not in gazetteer.name_words
            )

        spans: list[Span] = []
        segment: list[_Token] = []
        for index, token in enumerate(tokens):
            if index in blocked:
                spans.extend(self._score_segment(segment, text, context, gazetteer))
                segment = []
            else:
                segment.append(token)
        spans.extend(self._score_segment(segment, text, context, gazetteer))
        return spans

    @staticmethod
    def _in_compound_surnames(tokens: list[_Token], gazetteer: Gazetteer) -> set[int]:
        """Indexes of tokens inside a known two-word surname that follows a name word."""
        inside: set[int] = set()
        folded = [t.folded for t in tokens]
        for index in range(1, len(tokens)):
            for entry in gazetteer.compound_surnames.get(folded[index], ()):
                if tuple(folded[index : index + len(entry)]) == entry:
                    inside.update(range(index, index + len(entry)))
        return inside

    @staticmethod
    def _after_street_or_organisation(
        context: ContextWindow, start: int, gazetteer: Gazetteer
    ) -> bool:
        """True when the word before the run (skipping titles like "Dr.") is a street type
        or an organisation word: "Rua Dr. João Silva", "farmácia Silva"."""
        for word in reversed(context.before(start, 60).split()):
            word = word.strip(".,;:()")
            if word in _TITLES:
                continue
            return word in gazetteer.organisation_words
        return False

    @staticmethod
    def _blocked_by_places_and_companies(
        tokens: list[_Token], context: ContextWindow, gazetteer: Gazetteer
    ) -> set[int]:
        """Indexes of tokens inside a known place or company name, unless a person context
        stands right before it ("Sr. João Pessoa" is a person, "em João Pessoa" a city)."""
        blocked: set[int] = set()
        folded = [t.folded for t in tokens]
        for index, word in enumerate(folded):
            for entry in gazetteer.companies.get(word, ()):
                if tuple(folded[index : index + len(entry)]) == entry:
                    blocked.update(range(index, index + len(entry)))
                    break
        # A place only counts at the start of a run: "em Santos" is the city, but in
        # "José dos Santos" the same word is a surname.
        for entry in gazetteer.places.get(folded[0], ()) if folded else ():
            if tuple(folded[: len(entry)]) == entry:
                if not has_person_context(context, tokens[0].start):
                    blocked.update(range(len(entry)))
                break
        return blocked

    def _score_segment(
        self,
        segment: list[_Token],
        text: str,
        context: ContextWindow,
        gazetteer: Gazetteer,
    ) -> list[Span]:
        """Find the name in a run of unblocked tokens and score it (0, 1 or 2 spans:
        a leading non-name word such as "Olá" or "Obrigado" is skipped)."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        while segment and segment[0].is_particle:
            segment = segment[1:]
        while segment and segment[-1].is_particle:
            segment = segment[:-1]
        if not segment:
            return []
        right_cue = _RIGHT_CUE.match(context.folded, segment[-1].end) is not None
        for first_index, first in enumerate(segment):
            if first.is_particle:
                continue
            words = [t for t in segment[first_index:] if not t.is_particle]
            strength = person_context(context, first.start)
            score = self._score(words, strength, right_cue, text, gazetteer)
            if score > 0.0:
                end = segment[-1].end
                return [Span(first.start, end, "PERSON", score, self.name)]
            if first.folded in given or first.folded in surnames or first.folded in ambiguous:
                # a name word that did not make the cut: do not start again inside it
                # ("Rosa Vermelha" must not become "Vermelha")
                return []
        return []

    @staticmethod
    def _score(
        words: list[_Token],
        strength: int,
        right_cue: bool,
        text: str,
        gazetteer: Gazetteer,
    ) -> float:
        """Confidence that `words` (a run without particles) is a person's name; 0 when it
        cannot even start one. `strength` is the person context before the first word,
        `right_cue` whether a qualification or a relative in brackets follows the run."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        first, rest = words[0], words[1:]
        has_context = strength == STRONG_CONTEXT
        # a weak context or a right cue vouches for two or more words, not for one
        announced = bool(rest) and (strength == WEAK_CONTEXT or right_cue)
        known_rest = sum(1 for t in rest if t.folded in given or t.folded in surnames)
        first_is_given = first.folded in given
        first_is_ambiguous = first.folded in ambiguous
        if first_is_given and not first_is_ambiguous:
            if rest:
                score = 0.9 if known_rest else 0.8
            elif first.all_caps:
                score = 0.55
            else:
                sentence_start = _SENTENCE_START.search(text[max(0, first.start - 4) : first.start])
                score = 0.6 if sentence_start else 0.7
        elif first_is_given or first_is_ambiguous:
            score = 0.85 if known_rest else 0.3
        elif first.folded in surnames:
            score = 0.6 if rest and known_rest == len(rest) else 0.4
        elif (
            rest
            and not first.all_caps
            and _GIVEN_NAME_ENDING.search(first.folded)
            and not _SENTENCE_START.search(text[max(0, first.start - 4) : first.start])
        ):
            score = 0.55  # "de Josenildo Tabosa": an unknown name of a Brazilian shape
        elif (has_context or announced) and first.folded not in _TITLES and len(first.folded) > 1:
            score = 0.0  # an unknown capitalised word: a name only after a person context
        else:
            return 0.0
        if has_context:
            if first.all_caps and not rest and first.folded not in given:
                return 0.0  # "cliente VIP": an acronym, not a name
            score = max(score, 0.85 if known_rest or first_is_given else 0.75)
        elif announced:
            score = max(score, 0.8 if known_rest or first_is_given else 0.7)
        return score

    @staticmethod
    def _lowercase_names(
        text: str, context: ContextWindow, gazetteer: Gazetteer
    ) -> Iterator[Span]:
        """Lower-case names right after a strong context: "meu nome é joão da silva". The
        first word must be a given name that is not also an everyday word ("com a paz")."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        for match in _lowercase_context().finditer(context.folded):
            position, words, end = match.end(), 0, None
            while True:
                word = _LOWER_WORD.match(text, position)
                if not word:
                    break
                folded = fold(word.group())
                if folded in _PARTICLES and words:
                    after = _LOWER_WORD.match(text, _skip_spaces(text, word.end()))
                    if after and fold(after.group()) in surnames:
                        position = _skip_spaces(text, word.end())
                        continue
                    break
                if (
                    (folded in given and folded not in ambiguous)
                    if words == 0
                    else (folded in given or folded in surnames)
                ):
                    words, end = words + 1, word.end()
                    position = _skip_spaces(text, word.end())
                    continue
                break
            if end is not None:
                yield Span(match.end(), end, "PERSON", 0.8 if words > 1 else 0.7, "person_gazetteer")


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position
