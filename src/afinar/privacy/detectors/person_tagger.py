"""Person names found by the learned tagger (`afinar.privacy.person_tagger`).

It runs beside the rules of `person.py`: where both find a name, `scan` keeps the union
of the two spans (see `detection.merge_agreeing`); where only the tagger does, its span
stands. Its scores are ranked below the rules': a probability from `SPAN_THRESHOLD` to 1
becomes a score from 0.5 to `MAX_SCORE`, under every rule's score for a span it takes
(0.75 and up), so where a rule says that overlapping text is something else ("Av.
Estrela Dalva, n. 862" is an address, not "Dalva"), the rule wins the overlap.

What the gazetteer knows for certain is not a person overrules the tagger: a span with an
organisation word ("Haddad Imóveis"), a span that is a listed place or company ("Antônio
Prado", "Tokio Marine"), and the name a text gives its virtual assistant ("Clara
(assistente virtual)") are dropped. So are a span whose capitalised words lead to a
legal form ("Peçanha [Andaimes] e Pintura Industrial Ltda"), a town with its state
("Valença-BA"), a boat after the kind of vessel ("embarcação Rosa Branca"), a bot
("PósObra Bot"), a cell of a table's column of firms, places or trades ("EMPRESA",
"funcao"), and one word in lower case that no name list knows in a sentence its writer
began with a capital ("… e a sirene testada").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from afinar.privacy import keywords
from afinar.privacy.detectors.person import (
    BOT_WORDS, FORM_OF_ADDRESS, PHONE_WORDS, STATE_AFTER, after_a_sentence_opener, announced_firm_words, before_a_camel_case_word,
    before_a_not_person_column, full_name, in_a_firms_chat_sender, names_apart_from_their_sentence,
    virtual_assistant_names,
)
from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.person_tagger import TaggerWeights, packaged_weights, tag_person_names
from afinar.privacy.person_tagger.features import JOINING_PARTICLES
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import above_a_ruler, is_column_header

# Chosen on the generated development split and the eight earlier evaluation sets
# (docs/privacy.md, "Learned tagger").
SPAN_THRESHOLD = 0.8
EXTEND_THRESHOLD = 0.5
EVERYDAY_THRESHOLD = 0.95
MAX_SCORE = 0.7
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


# a login or an address's local part around a word: "sandra.oliveira", "luis.kac", "ana@"
_LOGIN_AFTER = re.compile(r"(?:\.[a-z0-9_]|@|_[a-z0-9])")
_LOGIN_BEFORE = re.compile(r"[a-z0-9_][._]$")
_ACCOUNT_WORD_BEFORE = re.compile(r"(?<![\w])(?:usuario|user|login|usr)[ \t]*[:=]?[ \t]*$")
_ORDINAL_BEFORE = re.compile(r"\d{1,2}\s?[ªºao°]\.?\s+$")
_LIST_ITEM_START = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?")
_JOINED_BEFORE = re.compile(r"(?:[^\W\d_]+\.?[ \t]{1,2})+$")  # words joined by spaces, up to the span
# words joined by spaces (or " & ", as in "Teixeira & Cia."), from the span on
_JOINED_AFTER = re.compile(r"(?:[ \t]{1,2}(?:&[ \t]{1,2})?[^\W\d_]+)+")


def _run_words(stretch: str, capitalised: bool, backwards: bool = False) -> list[str]:
    """Folded words of `stretch` in reading order, as far as they stay one run with the
    span (read away from it: forwards, or `backwards`): next to a capitalised span a run
    holds capitalised words and particles, and ends at the first other word ("o Rubens do
    açougue", "Maria Souza trabalha no Banco")."""
    words = _WORD.findall(stretch)
    if backwards:
        words.reverse()
    kept = []
    for word in words:
        folded = fold(word.rstrip("."))
        if capitalised and not word[0].isupper() and folded not in JOINING_PARTICLES and folded != "e":
            break
        kept.append(folded)
    return kept[::-1] if backwards else kept


def _until_and(words: list[str]) -> list[str]:
    """`words` up to the first "e": "Ana Souza e Hospital X" speaks of two things."""
    return words[: words.index("e")] if "e" in words else words


def _has_organisation_word(words: list[str]) -> bool:
    """Whether an organisation word stands among `words` (folded), other than as the start
    of a compound surname ("Casa Grande", "Vila Nova")."""
    gazetteer = load_gazetteer()
    for i, word in enumerate(words):
        if word in gazetteer.organisation_words and not any(
                tuple(words[i : i + len(entry)]) == entry for entry in gazetteer.compound_surnames.get(word, ())):
            return True
    return False


@lru_cache(maxsize=1)
def _blocking_words() -> frozenset[str]:
    """Organisation words and listed non-names, other than name particles: one of them in a
    span says it is no person."""
    gazetteer = load_gazetteer()
    return (gazetteer.organisation_words | gazetteer.not_name_words) - JOINING_PARTICLES


# The rest of a firm's name after the span, then its legal form: "Peçanha [Andaimes] e Pintura
# Industrial Ltda", "[Carajás] Norte Minérios S.A.", "[Caldas] & Rebelo Ltda"
_FIRM_REST = re.compile(
    r"(?:[ \t]{1,2}(?:&|e|E|d[aeo]s?|[^\W\d_a-zà-ÿ][^\W\d_]*)){0,8}[ \t]*,?[ \t]*"
    r"(?:Ltda|LTDA|EIRELI|Eireli|S\.[ \t]?A\b|S/A\b)"
)
_BOT_AFTER = re.compile(r"[ \t]+(?:[Bb]ot|BOT)(?![\w])")
# the other partners of a firm named after them, after the span: ", Souza & Lima" (then
# its organisation word: "Pinheiro, Souza & Lima Advogados")
_PARTNERS_AFTER = re.compile(r"(?:,[ \t]+[^\W\d_a-zà-ÿ][^\W\d_]*){1,4}[ \t]+(?:&|e)[ \t]+[^\W\d_a-zà-ÿ][^\W\d_]*")
# a labelled address line up to its number and a comma, the town next: "Endereço:
# Kastanienallee 99, Berlin", "Address: 233 Queen's Park Road, Brighton BN2 0GJ"
_ADDRESS_LINE_BEFORE = re.compile(
    r"[ \t]*(?:[Ee]ndere[cç]o|ENDERE[CÇ]O|[Ee]nd\.|END\.|[Aa]ddress|ADDRESS|[Mm]orada)\b[^\n]*?\d[^\n,]*,[ \t]*")
# what may follow a town on its address line: the line's end, a comma, its state, its postcode
_TOWN_END = re.compile(r"[ \t]*(?:$|\n|,|[/-][ \t]?[A-Z]{2}\b|[ \t][A-Z0-9]*\d[A-Z0-9]*\b)")
_CITY_AND_STATE = re.compile(rf"-(?:{keywords.STATE_CODES})$")
_AND = re.compile(r"[ \t](?:e|E|&)[ \t]")

# A work named before its title in quotes: 'na obra audiovisual "A Flor do Mandacaru"', 'as
# canções "Rosa Morena" e "', 'set da obra "', 'obra/projeto "'
_WORK_TITLE_BEFORE = re.compile(
    r"(?i:obras?|can[cç](?:[ãa]o|[õo]es)|m[uú]sicas?|filmes?|novelas?|livros?|s[ée]ries?|projeto|pe[cç]as?"
    r"|[áa]lbum|t[íi]tulos?|espet[áa]culos?|document[áa]rios?|programas?|obra/projeto|curta|longa)"
    r"[^\"“”\n]{0,25}[\"“](?:(?:O|A|Os|As|Um|Uma) )?$"
    r"|[\"”][ \t]+e[ \t]+[\"“](?:(?:O|A|Os|As) )?$"
)


# A capital's initial after the span, ending the name: "Kethelyn M. (3ª aula", "Jun H.\n"
_INITIAL_AFTER = re.compile(r"[ \t][A-ZÀ-Þ]\.(?=[ \t]*[(\n,;:)—–]|[ \t]*$)")
# A product's capacity, power or screen size, which its brand follows
_PRODUCT_SIZE_BEFORE = re.compile(
    r'(?<![\w,.])\d+(?:[,.]\d+)?(?:[ \t]?(?:L|kg|Kg|KG|W|pol|litros|polegadas|BTUs?|btus|GB|TB|mAh)|")[ \t]+$')


# The word naming an indigenous people before its name: "povo Kayapó", "etnia: Munduruku", "Terra
# Indígena Xavante", "língua Tikuna" (a person's name may end with the people's: "Raoni Kayapó")
_PEOPLE_BEFORE = re.compile(r"(?<![\w])(?:povos?|etnias?|terra indigena|t\.?i\.?|linguas?|idiomas?|tribos?"
                            r"|indios|indigenas)[ \t]*:?[ \t]*(?:d[aeo]s?[ \t]+)?$")


def known_not_a_person(text: str, start: int, end: int, assistants: frozenset[str]) -> bool:
    """Whether the gazetteer says for certain that text[start:end] is not a person:

    * a word that is never a name ("Fulano") or an organisation word in it;
    * an organisation word in the words joined to it by spaces, after it ("Mattos Filho
      Advogados", "Silva Serviços Financeiros"; after a name in lower case, only the next
      word: "haddad imoveis") or before it ("Hospital Santa Maria",
      "igreja de são joão batista", "Empório Haddad");
    * an ordinal right before it ("2ª Câmara", "1º Batalhão"): a body, not a person;
    * a place or company it is part of ("Antônio Prado", "Tokio Marine");
    * the name the text gives its virtual assistant, a firm that introduces itself;
    * a brand after a product's size ("micro-ondas 30 L Hakone"); a radio station ("Rádio Leão");
    * a form of address ("V.Sa.", "Vossa Excelência");
    * a verb's imperfect in lower case, one word the gazetteer lacks ("marcava").
    """
    gazetteer = load_gazetteer()
    blocking = _blocking_words()
    words = [fold(w.rstrip(".")) for w in _WORD.findall(text, start, end)]
    if not words or FORM_OF_ADDRESS.match(text, start) or before_a_camel_case_word(text, start, end) != end:
        return True  # (a brand in camel case in it: "InBody", "BodyMax")
    if _LOGIN_AFTER.match(text, end) or _LOGIN_BEFORE.search(text, max(0, start - 2), start):
        return True  # "sandra" of the login "sandra.oliveira", "kac" of "luis.kac"
    if text[start:end].islower() and " " not in text[start:end] and _ACCOUNT_WORD_BEFORE.search(
            fold(text[max(0, start - 12):start])):
        return True  # an account's name after its word: "usuário rcruz exportou o lote"
    if text[start:end].islower() and len(words) == 1 and len(words[0]) >= 5 and words[0].endswith(("ava", "avam")) \
            and words[0] not in gazetteer.name_words:
        return True  # a verb's imperfect in lower case: "a gerente marcava reuniões"
    from afinar.privacy.detectors.person import (
        CLUB_FORM_BEFORE, is_a_cooperative_name, is_a_nationality, is_a_vessel, is_an_animal, is_an_occupation,
        radio_station_names, street_and_title_before,
    )

    if is_an_animal(text, start, end) or is_a_vessel(text, start):
        return True  # a pet, a boat: "meu cachorro Chico", "Tião Poodle", "embarcação Rosa Branca"
    if is_an_occupation(text, start) or is_a_nationality(text, start, end):
        return True  # a party's trade after the civil status, a nationality: "…, BOLIVIANO, SOLTEIRO, VIGIA PORTUARIO, …"
    if _BOT_AFTER.match(text, end):
        return True  # a service's bot: "Eu sou PósObra Bot"
    if any(s < end and start < e for s, e in radio_station_names(text)):
        return True  # a radio station: "Ouvintes Rádio Leão do Sertão", "RADIO PRUDENTE COMUNITARIA"
    if street_and_title_before(text, start):
        return True  # a street named after a title and a name: "da praça Irmã Dulce"
    if _PRODUCT_SIZE_BEFORE.search(text, max(0, start - 16), start):
        return True  # a product's brand after its size: "refrigerador frost free 480 L Zenit", "smart TV 55\" Gelmax"
    if _CITY_AND_STATE.search(text, start, end) or STATE_AFTER.match(text, end):
        return True  # a town with its state: "Valença-BA", "Bragança/PA"
    if _PEOPLE_BEFORE.search(fold(text[max(0, start - 30):start])):
        return True  # an indigenous people, not a person: "povo Kayapó", "etnia: Munduruku", "TI Xavante"
    if text[end:end + 1] in ('"', "”") and _WORK_TITLE_BEFORE.search(text, max(0, start - 50), start):
        return True  # a work's title in quotes: 'a obra audiovisual "Vitória Amarga"
    if any(w in blocking for w in words):
        return True
    if all(w in assistants or (assistants and w in BOT_WORDS) for w in words):
        return True  # "Flora", "BOT Duda"
    line_start = text.rfind("\n", 0, start) + 1
    tail = _JOINED_AFTER.match(text, end)
    capitalised = text[start].isupper()
    # in lower-case text every word is joined by a space: only the next one says "haddad
    # imoveis"; "agente raimundo ofereceu plano", "bom dia luz alves preposto da lojas" are people
    after = _until_and(_run_words(tail.group(), capitalised)[:3 if capitalised else 1] if tail else [])
    if _has_organisation_word(after):
        return True
    partners = _PARTNERS_AFTER.match(text, end) if capitalised else None
    if partners is not None and _has_organisation_word(_run_words(text[partners.end():partners.end() + 40], True)[:3]):
        return True  # a firm named after its partners: "Pinheiro, Souza & Lima Advogados"
    if capitalised and len(words) == 1 and _ADDRESS_LINE_BEFORE.fullmatch(text, line_start, start) \
            and _TOWN_END.match(text, end):
        return True  # a town after its address's number: "Endereço: Kastanienallee 99, Berlin"
    firm = _FIRM_REST.match(text, end) if capitalised else None
    # (a party before "e": "entre Maria Souza e Reformas Teixeira Ltda", "em face de
    # VALDELICE SILVEIRA SAPUCAIA e DISTRIBUIDORA IRMÃOS PRADO LTDA")
    if firm is not None and not (_AND.search(firm.group()) and (words[0] in gazetteer.given or full_name(words))):
        return True
    head = text[max(line_start, start - 60) : start]
    ordinal = _ORDINAL_BEFORE.search(head)
    if ordinal is not None and start - len(head) == line_start and _LIST_ITEM_START.fullmatch(head, 0, ordinal.start()):
        ordinal = None  # a ranked list's place, not a body: "- 2º Gladys Kiplagat · passaporte …"
    if ordinal is not None or CLUB_FORM_BEFORE.search(head):
        return True  # "2ª Câmara"; a sports club's name after its form: "E.C. Rosa Branca"
    joined = _JOINED_BEFORE.search(head)
    before = _until_and(_run_words(joined.group(), capitalised, backwards=True)[-4:][::-1] if joined else [])[::-1]
    if _has_organisation_word(before):
        return True
    if capitalised and before and is_a_cooperative_name(before[-1]):
        return True  # right after a cooperative's coined name: "Coopercata Rosa Branca"
    for skip in range(len(before) + 1):
        # a listed place or company of two or more words, starting `skip` words before the
        # span, that the text spells out in full and that covers the span
        stretch = tuple(before[len(before) - skip:]) + tuple(words) + tuple(after)
        for index in (gazetteer.places, gazetteer.places_named_after_people, gazetteer.companies):
            for entry in index.get(stretch[0], ()):
                if len(entry) >= max(2, skip + len(words)) and stretch[: len(entry)] == entry:
                    return True
    return False


def _unknown_in_cased_text(context: ContextWindow, start: int, end: int) -> bool:
    """Whether text[start:end], one word in lower case, is no name word of the gazetteer in
    a sentence its writer began with a capital: there a name would be capitalised too, and
    a lower-case word the tagger takes ("Os ruídos … e a sirene", "referentes a óleo
    diesel") is a thing. In a sentence typed in lower case (a chat's "bom dia dulcinéia
    falando") the tagger's word stands."""
    text = context.text
    if fold(text[start:end]) in load_gazetteer().name_words or _GREETED.search(context.before(start, 16)):
        return False  # (a greeting's addressee typed in lower case: "Oi, edjane, tudo bem?")
    sentence = _SENTENCE_START.search(text, max(0, start - 300), start)
    for word in _WORD.finditer(text, sentence.end() if sentence else max(0, start - 300), start):
        if not (len(word.group()) > 1 and word.group().isupper()):  # past a speaker's tag: "[SPEAKER_01]"
            return word.group()[0].isupper()
    return False


_GREETED = re.compile(r"(?<![\w])(?:oi|ola|bom dia|boa tarde|boa noite|prezad[oa]|querid[oa])[,!]?[ \t]+$")
# where a sentence or a chat's message starts, the last one before a word: after a full
# stop, a line break, a speaker's colon, a tab or an opening quote
_SENTENCE_START = re.compile(r"(?s:.*)(?:[.!?:][ \t]+|[\n\t\"“])")  # (a table's cell, a quoted value)


def _everyday_word(word: str) -> bool:
    """A word of the general corpus that is no name word ("saldo", not "rosa" or "kenji"; "e-mail"
    as "email"), or a verb in the past tense that no name word is ("cliente cancelou o casamento")."""
    from afinar.privacy.name_shape import common_words

    folded = fold(word)
    return folded in common_words() or folded.replace("-", "") in common_words() or (
        len(folded) >= 5 and folded.endswith(_PAST_TENSE) and folded not in load_gazetteer().name_words)


_PAST_TENSE = ("ou", "aram", "eram", "iram")

# Countries newcomers to Brazil come from (folded); not those that are also common surnames or
# nicknames ("Portugal", "China")
_COUNTRIES = frozenset({
    "haiti", "venezuela", "senegal", "bolivia", "afeganistao", "angola", "siria", "colombia", "peru", "paraguai",
    "argentina", "uruguai", "chile", "equador", "cuba", "congo", "nigeria", "gana", "camaroes", "guine",
    "mocambique", "libano", "palestina", "ucrania", "russia", "iraque", "ira", "japao", "coreia", "bangladesh",
    "paquistao", "india", "marrocos", "egito", "italia", "espanha", "franca", "alemanha", "polonia", "cabo verde",
})
_CELL_EDGE = frozenset("\t|;,\n")


def _alone_in_a_cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills a table's cell: a tab, bar, semicolon, comma or line
    edge on both sides (blanks aside)."""
    before = text[max(0, start - 16):start].rstrip(" ")[-1:]
    after = text[end:end + 16].lstrip(" ")[:1]
    return before in _CELL_EDGE | {""} and after in _CELL_EDGE | {""}


@register_detector
class PersonTaggerDetector(Detector):
    """Person names found by a learned tagger (a logistic regression over each word's
    shape, gazetteer facts, neighbours and layout), beside the rules; switch it off with
    `disable: [person_tagger]` in the privacy policy."""

    name = "person_tagger"
    labels = ("PERSON",)

    def __init__(self, model: TaggerWeights | None = None) -> None:
        """`model`: weights of your own (`read_weights`); the packaged ones by default."""
        self.model = model

    def version(self) -> str:
        return f"{super().version()}+weights.{(self.model or packaged_weights()).sha256[:12]}"

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        assistants = virtual_assistant_names(context) | announced_firm_words(context)
        for start, end, probability in tag_person_names(text, SPAN_THRESHOLD, EXTEND_THRESHOLD, EVERYDAY_THRESHOLD,
                                                        self.model):
            if known_not_a_person(text, start, end, assistants):
                continue
            if is_column_header(context, start, end) or above_a_ruler(context, start) \
                    or in_a_firms_chat_sender(context, start):
                continue  # a column's header over its rows: "Nome,CPF,Nascimento,Celular"
            if text[start:end].islower() and " " not in text[start:end] and (
                    _everyday_word(text[start:end]) or _unknown_in_cased_text(context, start, end)):
                continue  # "e o saldo creditado": one everyday word in lower case is no name
            if " " not in text[start:end] and fold(text[start:end]).rstrip(".") in PHONE_WORDS:
                continue  # a phone's word, in any case: "nome\tcpf\tfone", "AUT 1318-B  Tel. (12) …"
            if fold(text[start:end]) in _COUNTRIES and _alone_in_a_cell(text, start, end):
                continue  # a newcomer's country in its column: "Pierre-Louis, Stevenson\tHaiti\t(13) …"
            score = 0.5 + (MAX_SCORE - 0.5) * (probability - SPAN_THRESHOLD) / (1 - SPAN_THRESHOLD)
            if initial := _INITIAL_AFTER.match(text, end):
                end = initial.end()  # the surname's initial after a first name: "Zenóbio W. (16ª aula"
            span: Span | None = Span(start, end, "PERSON", round(min(score, MAX_SCORE), 4), self.name)
            if "  " in text or "\n" in text or '":' in text:
                span = before_a_not_person_column(context, span)  # "Caldas" under "empresa": a contractor
            if span is None:
                continue
            for piece in names_apart_from_their_sentence(text, span, load_gazetteer()):
                name_start = after_a_sentence_opener(context, piece.start, piece.end)
                yield piece if name_start == piece.start else Span(name_start, piece.end, piece.label, piece.score,
                                                                   piece.detector)
