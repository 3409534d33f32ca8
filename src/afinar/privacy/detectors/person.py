"""Person names, offline: a gazetteer of Brazilian names plus capitalisation and context.

How a name is found (each rule is here because a simpler one failed on real text):

1. Runs of capitalised (or ALL-CAPS) words, joined by the particles da/de/do/das/dos,
   are the candidates: "Maria da Conceição Souza".
2. Words inside a known place ("João Pessoa", "Santa Catarina") or company ("Magazine
   Luiza", "Casas Bahia") are blocked, and a run with an organisation word ("Farmácia
   Silva", "Lojas Rocha", "Silva Advogados") or right after a street type or an
   organisation word ("Rua João Silva", "Hospital Albert Einstein") is dropped.
3. A name starts at a known given name; at a known surname when another name word follows;
   or at any capitalised word right after a person context ("Sr.", "Dra.", "paciente",
   "cliente", "meu nome é", "falei com", "atendente", "autor", "réu"…).
4. Given names that are everyday words ("Rosa", "Cruz", "Paz", "Luz", "Vitória") count
   alone only after a person context.
5. After a strong context, lower-case names count too when their words are in the
   gazetteer: "meu nome é joão da silva".

The span never includes the title ("Sr.") — the title says nothing about who it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from afinar.privacy.folding import ContextWindow, fold, keyword_pattern
from afinar.privacy.gazetteer import Gazetteer, load_gazetteer
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

# Words before a name that say a person follows.
_PERSON_CONTEXT_WORDS = [
    "sr", "sra", "srta", "sr.", "sra.", "srta.", "dr", "dra", "dr.", "dra.", "dr(a)",
    "doutor", "doutora", "prof", "profa", "prof.", "profa.", "professor", "professora",
    "dona", "d.", "senhor", "senhora", "seu", "paciente", "cliente", "titular",
    "beneficiario", "beneficiaria", "segurado", "segurada", "contratante", "requerente",
    "requerido", "requerida", "autor", "autora", "reu", "re", "reclamante", "reclamado",
    "reclamada", "testemunha", "advogado", "advogada", "medico", "medica", "enfermeiro",
    "enfermeira", "atendente", "consultor", "consultora", "gerente", "vendedor", "vendedora",
    "tecnico", "tecnica", "colaborador", "colaboradora", "funcionario", "funcionaria",
    "falei com", "fui atendido por", "fui atendida por", "atendido por", "atendida por",
    "atendido pela", "atendida pela", "atendido pelo", "atendida pelo", "meu nome e",
    "me chamo", "chamo-me", "nome", "nome completo", "nome do paciente", "nome do cliente",
    "filho de", "filha de", "mae", "pai", "esposa", "esposo", "marido", "genitor",
    "genitora", "representante", "procurador", "procuradora", "assinado por", "att",
    "atenciosamente", "ass", "responsavel", "acompanhante", "juiz", "juiza", "desembargador",
    "desembargadora", "promotor", "promotora", "perito", "perita", "inventariante",
    "falecido", "falecida", "menor", "socio", "socia", "corretor", "corretora", "motorista",
    "sou o", "sou a", "eu sou", "aqui e o", "aqui e a", "aqui quem fala e", "com o",
    "com a", "para o", "para a", "assinante", "portador", "portadora", "outorgante",
    "outorgado", "outorgada", "exequente", "executado", "executada", "apelante", "apelado",
    "apelada", "agravante", "agravado", "impetrante", "denunciado", "denunciada", "vitima",
    "investigado", "investigada", "dr(a).", "drª", "sr(a)", "sr(a).", "sra(o)", "enf.",
    "enfª", "paciente:", "cliente:", "tutor", "tutora", "aluno", "aluna", "candidato",
    "candidata", "locatario", "locataria", "locador", "locadora", "fiador", "fiadora",
    "devedor", "devedora", "credor", "credora", "solicitante", "interessado", "interessada",
]
_PERSON_CONTEXT = frozenset(fold(w).rstrip(".") for w in _PERSON_CONTEXT_WORDS)
_CONTEXT_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _PERSON_CONTEXT)
_ARTICLES = frozenset({"o", "a", "do", "da", "ao", "pelo", "pela", "com"})
_TRAILING_PUNCTUATION = ":,-–"


def has_person_context(context: ContextWindow, start: int) -> bool:
    """True when a person context word or phrase ends right before `start`, maybe followed
    by an article and a colon or comma: "Sra. |", "paciente: |", "falei com a |".

    Looked up as the last one to four words in a set, not with a regex anchored at the end
    of the window: this runs for every capitalised run and must be cheap. Answers are
    memoised per text (the same offset is asked about more than once).
    """
    key = ("person_context", start)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = _has_person_context(context, start)
    return cached  # type: ignore[return-value]


def _has_person_context(context: ContextWindow, start: int) -> bool:
    window = context.before(start, 40)
    if window and not (window[-1].isspace() or window[-1] in _TRAILING_PUNCTUATION):
        return False
    words = window.split()
    if start > 40 and words:
        words = words[1:]  # the first chunk may be cut in the middle of a word
    words = [w.strip(_TRAILING_PUNCTUATION) for w in words]
    words = [w.rstrip(".") for w in words if w]
    if not words:
        return False
    last = words[-1]
    # Every phrase ends with one of _CONTEXT_LAST_WORDS: reject most runs without joining.
    if last not in _CONTEXT_LAST_WORDS and not (
        last in _ARTICLES and len(words) > 1 and words[-2] in _CONTEXT_LAST_WORDS
    ):
        return False
    for trimmed in (words, words[:-1] if last in _ARTICLES else None):
        if not trimmed:
            continue
        for size in (1, 2, 3, 4):
            if len(trimmed) >= size and " ".join(trimmed[-size:]) in _PERSON_CONTEXT:
                return True
    return False


# Contexts strong enough to accept lower-case gazetteer names after them.
_LOWERCASE_CONTEXT = re.compile(
    r"(?=[mncspfda])(?<!\w)(?:meu nome e|me chamo|chamo-me|nome completo|nome|sou o|sou a|paciente|cliente"
    r"|sr\.?|sra\.?|srta\.?|dona|falei com(?: o| a)?|atendente|atendido por|atendida por"
    r"|atendido pela|atendida pela|filho de|filha de)[ \t]*:?[ \t]+(?=[a-z])"
)
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
        interesting = gazetteer.name_words
        for run in _RUN.finditer(text):
            # Most runs are a sentence's first word; skip those with no name word and no
            # person context before them without building tokens.
            words = run.group().replace("'", " ").replace("’", " ").split()
            if (
                not any(fold(w) in interesting or fold(w) in _PERSON_CONTEXT for w in words)
                and not _GIVEN_NAME_ENDING.search(words[0])
                and not has_person_context(context, run.start())
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
        words = [t for t in tokens if not t.is_particle]
        organisation = [t.folded in gazetteer.organisation_words for t in tokens]
        if organisation[0] or organisation[-1]:
            return []  # "Farmácia Silva", "Lojas Rocha", "Silva Advogados"
        if self._after_street_or_organisation(context, run.start(), gazetteer):
            return []
        blocked = self._blocked_by_places_and_companies(tokens, context, gazetteer)
        if any(organisation):  # "Vila Mariana", "Hospital Maria Amélia": the rest is a name
            blocked.update(range(organisation.index(True), len(tokens)))  # of a place or firm
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
        for first_index, first in enumerate(segment):
            if first.is_particle:
                continue
            words = [t for t in segment[first_index:] if not t.is_particle]
            has_context = has_person_context(context, first.start)
            score = self._score(words, has_context, text, context, gazetteer)
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
        has_context: bool,
        text: str,
        context: ContextWindow,
        gazetteer: Gazetteer,
    ) -> float:
        """Confidence that `words` (a run without particles) is a person's name; 0 when it
        cannot even start one."""
        given, surnames, ambiguous = gazetteer.given, gazetteer.surnames, gazetteer.ambiguous
        first, rest = words[0], words[1:]
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
        elif has_context and first.folded not in _TITLES and len(first.folded) > 1:
            score = 0.0  # an unknown capitalised word: a name only after a person context
        else:
            return 0.0
        if has_context:
            if first.all_caps and not rest and first.folded not in given:
                return 0.0  # "cliente VIP": an acronym, not a name
            score = max(score, 0.85 if known_rest or first_is_given else 0.75)
        return score

    @staticmethod
    def _lowercase_names(
        text: str, context: ContextWindow, gazetteer: Gazetteer
    ) -> Iterator[Span]:
        """Lower-case names right after a strong context: "meu nome é joão da silva"."""
        given, surnames = gazetteer.given, gazetteer.surnames
        for match in _LOWERCASE_CONTEXT.finditer(context.folded):
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
                if (folded in given) if words == 0 else (folded in given or folded in surnames):
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
