"""Dates of birth: a date is personal data here only next to a birth keyword."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from afinar.privacy import keywords
from afinar.privacy.checksums import is_valid_cpf
from afinar.privacy.folding import ContextWindow
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.name_shape import is_name_shaped
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.detectors._scoring import COMPETING_KEYWORDS, NEGATIVE, ROLE_MARKER, digits_of
from afinar.privacy.tables import (aligned_header_at, aligned_table_at, cell_at, field_key_before, form_label_at,
                                  hl7_fields, key_words)

_MONTHS = (
    "janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    "|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez"
)

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)


@register_detector
class DateOfBirthDetector(Detector):
    """dd/mm/aaaa, dd-mm-aaaa, dd.mm.aaaa, aaaa-mm-dd and "3 de março de 1985" within
    40 characters after nascimento / nasc. / DN / nascido(a) em / data de nascimento."""

    name = "date_of_birth"
    labels = ("DATE_OF_BIRTH",)
    # a digit, or a birth spelled out in words ("nascida aos vinte e um dias do mês de julho
    # de mil novecentos e oitenta e oito")
    trigger = re.compile(r"\d|[Nn]asc|NASC")
    _pattern = re.compile(
        r"(?=\d)(?<![\w/.\-])(?:(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}"
        r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
        rf"|(?:0?[1-9]|[12]\d|3[01]|1º)\s+de\s+(?:{_MONTHS})\.?\s+de\s+(?:19|20)\d{{2}}"
        # the month abbreviated, as forms and system screens print it: "26 MAI 1995",
        # "26/mai/1995", "26-DEZ-2005"
        # (or in English, as crew lists and passports print it: "04-SEP-1988")
        r"|(?:0?[1-9]|[12]\d|3[01])(?P<sep>[ /\-])(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov"
        r"|dez|dec)\.?"
        r"(?P=sep)(?:19|20)\d{2}"
        # the armed forces' dates, the year cut to two digits: "25 JAN 05", "12 DEZ 03"
        r"|(?:0?[1-9]|[12]\d|3[01]) (?:JAN|FEV|MAR|ABR|MAI|JUN|JUL|AGO|SET|OUT|NOV|DEZ) \d{2}(?![\w/])"
        # dictated, the month as a number: "21 06 1997" (what speech recognition writes of
        # the pauses), "12 do 11 de 1954" (ASR transcripts)
        r"|(?:0?[1-9]|[12]\d|3[01])[ \t](?:0[1-9]|1[0-2])[ \t](?:19|20)\d{2}(?![ \t]\d)"
        r"|(?:0?[1-9]|[12]\d|3[01])[ \t]+do[ \t]+(?:0?[1-9]|1[0-2])[ \t]+de[ \t]+(?:19|20)\d{2}"
        # exports and logs: aaaammdd ("birth=19910920", a dt_nasc column "19530514")
        r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
        # the month first, as American software exports it, where the day cannot be a
        # month: "01/28/1972", "09/19/2003"
        r"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d{2}"
        # a death declaration's boxes: ddmmaaaa, eight digits ("9 Data de nascimento: 12101954")
        r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}"
        # hurried notes: ddmmaa, six digits ("dn 081256")
        r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}"
        # airlines' and passports' form: "16FEB62", "05OCT76", "10APR1998"
        r"|(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|FEV|ABR|MAI|AGO|SET|OUT|DEZ)"
        r"(?:19|20)?\d{2})"
        r"(?![\w]|[/.\-]\d)",
        re.IGNORECASE,
    )

    # English, the month by name: "April 15, 1999", "15 November 1963", "3rd of May 1980"
    _english = re.compile(
        rf"(?<![\w/.\-])(?:(?:{_EN_MONTHS})\.?[ \t]+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?"
        rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:{_EN_MONTHS})\.?,?)"
        r"[ \t]+(?:19|20)\d{2}(?![\w]|[/.\-]\d)",
        re.IGNORECASE,
    )

    # (an airline reservation's dates of birth, in its own encodings, are read by
    # `gds.ReservationRecordDetector`)

    # a person's record typed on one line, name, CPF, then the date that ends it: "rosilene
    # ramos lewinsohn - 20031894836 - 14/04/58", "Samira Zaidan - 345.990.285-09 - 14/8/1960"
    _after_name_and_cpf = re.compile(
        r"(?<![\w])[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}[ \t]+[-–—][ \t]+"
        r"(?P<cpf>\d{3}\.?\d{3}\.?\d{3}-?\d{2})[ \t]+[-–—][ \t]+"
        r"(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{2}|\d{4}))[ \t]*(?=\n|$)"
    )

    # ... or the date first, then the document, as a prison's list of registered visitors or a
    # family's list of dependants has it: "- JUCIMAR FREITAS BOCAIUVA - 12/02/2020 - CPF
    # 938.866.368-36 - AGUARDANDO ANTECEDENTES", "- CLEMENTE PRATA CASTRO - 26/05/2017 - RG …"
    _listed_name_date_then_document = re.compile(
        r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-–•*])[ \t]*[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}"
        r"[ \t]+[-–—][ \t]+(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{2}|\d{4}))"
        r"[ \t]*[-–—,][ \t]*(?i:cpf|rg|cnh|cns|certid[aã]o)(?![\w])"
    )

    # ... or a relative's name and date in a chat's message, as a booking for a family is
    # typed: "meu filho roberto sarkissian viana 25/8/2023", "minha filha Josivânia 9/3/2024"
    _relative_and_date = re.compile(
        r"(?<![\w])(?i:meu|minha)[ \t]+(?i:filh[oa]|m[ãa]e|pai|esposa|marido|net[oa]|sobrinh[oa]|irm[ãa]o?|av[óôo]"
        r"|entead[oa]|sogr[oa]|cunhad[oa]|prim[oa]|companheir[oa])[ \t]+[^\W\d_][^\W\d_'’-]*"
        r"(?:[ \t]+[^\W\d_][^\W\d_'’-]*){0,6}[ \t]+"
        r"(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{2}|\d{4}))[ \t]*(?=\n|$|[,;.][ \t]|[ \t]+(?i:rg|cpf)(?![\w]))",
        re.MULTILINE,
    )
    # ... or a name, the date (of the last century or the first years of this one), then the
    # document, opening its line or a chat's message: "claudia catole oliveira 05/12/44 rg …"
    _name_date_then_document = re.compile(
        r"(?:^|(?<=:[ \t]))[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}[ \t]+"
        r"(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19\d{2}|200\d|[3-9]\d))[ \t]+(?i:rg|cpf|cnh)(?![\w])",
        re.MULTILINE,
    )

    # ... or split by blanks only, as a chat's message types it: "bela quaresma gomes
    # 91729837441 20/11/1970", "irma pagung kuster 598.377.545-67 23/11/1999" (a date of the
    # last century or the first years of this one: a payment's date after a payer's CPF is
    # recent)
    _spaced_name_cpf_date = re.compile(
        r"(?<![\w])(?P<name>[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6})[ \t]+"
        r"(?P<cpf>\d{3}\.?\d{3}\.?\d{3}-?\d{2})[ \t]+"
        r"(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19\d{2}|200\d|[3-9]\d))[ \t]*(?=\n|$)"
    )
    # a list of people, one a line, each name and its date of birth, under a request for
    # names and birth dates: "1. BENTO ANACLETO MELO WISNIEWSKI - 3/9/1947", "2. Yossef
    # Wainstein 17/5/1938", "- Jubileu Pedreira Silva Bacelar 01/04/63" (a date of the last
    # century or the first years of this one)
    _listed_name_and_date = re.compile(
        # (the first item may follow a chat's sender: "[12:56:58] Você: 1. …")
        r"(?m)^(?:[^\n]{0,60}?:[ \t]+)?[ \t]*(?:\d{1,2}[.)-]|[-–•*])[ \t]*[^\W\d_][^\W\d_'’-]*(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}"
        r"(?:[ \t]*[-–—][ \t]*|[ \t]+)"
        r"(?P<dob>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19\d{2}|200\d|[3-9]\d))[ \t]*$"
    )
    # (searched first: only a text with a CPF and a date after it can hold that line)
    _cpf_then_date = re.compile(r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}[ \t]+\d{1,2}/")
    _NOT_A_NAME = frozenset({"cpf", "pix", "chave", "cnpj", "rg", "pagamento", "pago", "recebido", "transferencia",
                             "deposito", "titular", "favorecido", "pagador", "valor", "data", "vencimento"})

    # a registry's or a parish book's date spelled out after the birth: "nascido a seis de
    # dezembro de 1994", "nascida aos vinte e um dias de julho de 1988"
    _spelled_date = (
        r"(?:(?:vinte|trinta)(?: e (?:um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove))?"
        r"|primeiro|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze"
        r"|quinze|dezesseis|dezessete|dezoito|dezenove|\d{1,2})(?:[ \t]+dias?)?[ \t]+d[eo][ \t]+(?:mes[ \t]+de[ \t]+)?"
        # (the month by its number too, as a caller says it: "dezessete do oito de mil
        # novecentos e setenta"; the year in this century: "sete de abril de dois mil e três")
        rf"(?:{_MONTHS}|(?<=do[ \t])(?:um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze))"
        r"[ \t]+de[ \t]+(?:(?:19|20)\d{2}|mil[ \w]{4,60}?(?=[,.;\n]|$)"
        # (a year of this century said in words ends with its number words, the caller
        # going on: "dois mil e quinze ta bem so ficou com dor", "vinte e um do dez de dois mil")
        r"|dois[ \t]+mil(?:[ \t]+e[ \t]+(?:(?:vinte|trinta)(?:[ \t]+e[ \t]+[a-z]+)?|um|dois|tres|quatro|cinco|seis"
        r"|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze|quinze|dezesseis|dezessete|dezoito|dezenove))?"
        r"(?![ \t]+e[ \t])(?=[^\w]|$))"
    )
    _spelled = re.compile(
        r"(?<![\w])(?:nascid[oa]s?|nasceu)[ \t]+(?:(?:a|em|aos|no dia)[ \t]+)?" rf"(?P<date>{_spelled_date})"
    )
    # a transcript's answer, alone on its line after its speaker, to a turn that asked for
    # the date of birth last: "atendente: e a data de nascimento\ndoador: vinte de dezembro de
    # mil novecentos e oitenta e um", "doador: 24 do 2 de 77", "munícipe: 22 5 1952" (the
    # separators unspoken)
    # (the speaker maybe after the turn's time: "[00:03:15] chamador: onze do quatro de …")
    _spelled_answer = re.compile(
        r"nascimento(?: pra confirmar| por favor| dele| dela| do passageiro| da passageira)?\??[ \t]*\n"
        r"(?:\[[\d:]{4,8}\][ \t]*)?[^\n:]{1,30}:[ \t]*"
        rf"(?P<date>{_spelled_date}|\d{{1,2}} do \d{{1,2}} de (?:19|20)?\d{{2}}"
        r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d{2})[ \t]*(?=\n|$)"
    )

    # ... or said right after "nasceu", the separators unspoken and the year maybe in two
    # digits: "solicitante: marcia bento batista nasceu 22 09 05 se nao me engano", "nasceu 27
    # do 6 de 2018"
    _spoken_after_nasceu = re.compile(
        r"(?<![\w])(?:nasceu|nasci)(?:[ \t]+(?:dia|em|no dia))?[ \t]+"
        r"(?P<date>(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)?\d{2}|\d{1,2} do \d{1,2} de (?:19|20)?\d{2})"
        r"(?![\d/.-])"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if " - " in text or "–" in text or "—" in text:
            for match in self._after_name_and_cpf.finditer(text):
                if is_valid_cpf(digits_of(match.group("cpf"))):
                    yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.85, self.name)
            for match in self._listed_name_date_then_document.finditer(text):
                yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.85, self.name)
        if "/" in text:
            for match in chain(self._relative_and_date.finditer(text), self._name_date_then_document.finditer(text)):
                yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.85, self.name)
        for match in self._spaced_name_cpf_date.finditer(text) if self._cpf_then_date.search(text) else ():
            if is_valid_cpf(digits_of(match.group("cpf"))) and not self._NOT_A_NAME.intersection(
                    context.folded[match.start("name"):match.end("name")].split()):
                yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.85, self.name)
        if "nascimento" in context.folded:
            for match in self._listed_name_and_date.finditer(text):
                if "nascimento" in context.folded[:match.start()]:
                    yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.85, self.name)
        if "nasc" in context.folded:
            for match in self._spelled.finditer(context.folded):
                yield Span(*match.span("date"), "DATE_OF_BIRTH", 0.9, self.name)
            for match in self._spelled_answer.finditer(context.folded):
                yield Span(*match.span("date"), "DATE_OF_BIRTH", 0.85, self.name)
            for match in self._spoken_after_nasceu.finditer(context.folded):
                yield Span(*match.span("date"), "DATE_OF_BIRTH", 0.85, self.name)
        last_end = -1  # where the last date of birth found ends
        for match in chain(self._pattern.finditer(text), self._english.finditer(text)):
            score = self._score(text, context, match)
            if score is None and 0 <= last_end < match.start() and _continues_births(text, last_end, match.start()):
                score = 0.85
            if score is not None:
                last_end = match.end()
                yield Span(match.start(), match.end(), "DATE_OF_BIRTH", score, self.name)
        if "DTOP|" in text:
            # a DMED file's dependant (DTOP) or reimbursed dependant (RDTOP) record: the CPF
            # (maybe empty), then the date of birth, then the name
            for match in _DMED_DEPENDANT.finditer(text):
                yield Span(*match.span("dob"), "DATE_OF_BIRTH", 0.9, self.name)
        if "PID|" in text:
            # HL7 v2: PID-7 is the patient's date (and time) of birth, YYYYMMDD[HHMM[SS]]
            for field, start, end in hl7_fields(text, "PID"):
                if field == 7 and (date := self._compact.match(text, start, end)):
                    yield Span(start, date.end(), "DATE_OF_BIRTH", 0.9, self.name)

    def _score(self, text: str, context: ContextWindow, match: re.Match[str]) -> float | None:
        """The score of the date `match` as a date of birth, or None when it is not one."""
        opens_line = text[match.start() - 1:match.start()] in ("", "\n") or (
            text[match.start() - 1:match.start()] == "[" and text[match.start() - 2:match.start() - 1] in ("", "\n"))
        if opens_line and _TIME_AFTER.match(text, match.end()):
            # a chat export's or a log's timestamp opening its line: "27/12/2025 13:23 - Rita: …",
            # "[25/02/2025, 09:26:12] +55 83 …"
            return None
        if _DEATH_AFTER.match(context.folded, match.end()):
            return None  # a death's date marked so in a "Nasc. ou óbito" column: "22/05/25 (ób.)"
        if _an_animals_row(context, match.start()):
            return None  # "| Julieta | felino | SRD | fêmea | 19/10/2014 |", "Mel — canino, SRD, …, nasc. 11/04/2024"
        window = _OCR_DIGIT.sub(_ocr_letter, context.before(match.start(), 40))
        keyword = _last_birth_keyword(window)
        keyword_near = keyword is not None
        # "nascimento: 03/04/1985; consulta em 05/06/2023": a number between the keyword
        # and the date means the keyword already has its date.
        # a surname is no keyword ("Davi Nascimento em 08/01/2023"), but the date may
        # still stand in a birth column ("Leao Duarte Nascimento;06/08/90" under "DN")
        surname = keyword is not None and _is_a_surname(
            text, match.start() - len(window) + keyword.start(), match.start() - len(window) + keyword.end())
        if surname or (keyword is not None and _ANIMALS_BIRTH.match(window, keyword.end())):
            keyword = None  # a pet's birth: "Nascimento (animal):", "nasc. estimado"
        if keyword and _LABEL_BETWEEN.search(window, keyword.end()):
            keyword = None  # "certidão de nascimento de Larissa.\nRetorno agendado: 02/04/25"
        if keyword and window[:keyword.start()].endswith("certidao de ") and _ANOTHER_ITEM_BETWEEN.match(
                window, keyword.end()):
            keyword = None  # a document in a list, another item's date after it: "certidão de nascimento — coleta 16/09/2025"
        if keyword and not any(c.isdigit() for c in window[keyword.end() :]) and not (
                text[match.start() - 1:match.start()] == "[" and _TIME_AFTER.match(text, match.end())):
            # (not a chat line's timestamp: "…data de nascimento dela.\n[06/06/2026 10:16]")
            return 0.9
        if _in_a_birth_column(context, match.start()):
            return 0.9
        if _between_a_name_and_a_document(text, context, match.start(), match.end()):
            return 0.85  # (the name's surname may be "Nascimento")
        if surname:
            return None
        if keyword is None and _birth_label_on_the_line(context, match.start()):
            return 0.9
        if not keyword_near and _birth_named_in_the_sentence(text, context, match.start()):
            return 0.85
        if _answers_a_birth_question(text, context, match.start()) or _alone_under_a_cpf(text, context, match):
            return 0.85
        if text[match.start() - 1:match.start()] == "(" and _NAME_BEFORE_BRACKET.search(
                text, max(0, match.start() - 40), match.start() - 1) and _DOCUMENT_AFTER_BRACKET.match(text, match.end()):
            return 0.85  # "Encaminho a Elfriede Gomes Wachholz (04/05/1996), CNS 9033…, CPF …"
        key = field_key_before(context, match.start())
        if _is_birth_key(key) or (key in _VALUE_KEYS and _is_birth_key(_named_field_before(text, match.start()))):
            return 0.9
        if text[match.start() - 1:match.start()] == "(" and _NAME_BEFORE_BRACKET.search(
                text, max(0, match.start() - 40), match.start() - 1) and _CHILDREN_ON_THE_LINE.search(
                context.folded, text.rfind("\n", 0, match.start()) + 1, match.start()):
            return 0.85  # "Irmã(o)s acolhidos juntos: Rafael (26/01/2015), Gabriela (10/12/2022)"
        if _in_a_list_of_dependants(text, context, match.start(), match.end()):
            return 0.85
        return None

    _compact = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=\d{0,6}$|\d{0,6}[^\d])")


_DEATH_AFTER = re.compile(r"[ \t]*(?:\([ \t]*(?:ob\.?|obito|falec\w*|†)[ \t]*\)|†)")
_DMED_DEPENDANT = re.compile(
    r"(?m)^R?DTOP\|\d{0,11}\|(?P<dob>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\|")


# A birth keyword qualified as an animal's, as veterinary records write it: "Nascimento
# (animal): 25/05/2015", "nascimento do pet", "(nasc. estimado 27/04/2021)" (a rescued
# animal's age is estimated; a person's date of birth is known)
_ANIMALS_BIRTH = re.compile(
    r"[ \t.]*(?:\((?:animal|pet)\)|d[oa] (?:animal|pet|cao|cachorro|cadela|gato|gata|filhote)(?![\w])"
    r"|estimad[oa](?![\w]))")


# An animal's species, as a veterinary record, a pet shop's screen or a zoonosis centre's
# export gives it beside the animal's name (folded); an owner is "tutor(a)"
# ("espécie" alone is an INSS benefit's kind too: "Espécie: 41 - aposentadoria por idade")
_SPECIES = re.compile(r"(?<![\w])(?:canin[oa]|felin[oa]|pelagem)(?![\w])")
_OWNER = re.compile(r"(?<![\w])(?:tutor|tutora|proprietari[oa]|responsavel|dono|dona)(?![\w])")


def _an_animals_row(context: ContextWindow, start: int) -> bool:
    """Whether the date at `start` is an animal's: a species (`_SPECIES`) before it on its
    line with no owner after the species ("Billy | canino | Shih-tzu | macho | 04/12/2025",
    not "tutora do canino Thor, nasc. …"), or on the line above a line that is the date's
    own label ("Espécie / raça: canino / Yorkshire" over "Nascimento: 13/07/2019")."""
    folded = context.folded
    line_start = folded.rfind("\n", 0, start) + 1
    species = list(_SPECIES.finditer(folded, line_start, start))
    if species:
        return not _OWNER.search(folded, species[-1].end(), start)
    line_end = folded.find("\n", start)
    rest_of_line = folded[start:] if line_end < 0 else folded[start:line_end]
    if line_start == 0 or _OWNER.search(folded, line_start, start) or any(c.isalpha() for c in rest_of_line):
        return False
    above = folded.rfind("\n", 0, line_start - 1) + 1
    return _SPECIES.search(folded, above, line_start) is not None and not _OWNER.search(folded, above, line_start)


def _birth_label_on_the_line(context: ContextWindow, start: int) -> bool:
    """True when the date ends a long label of its own line that names a birth: "Data de
    nascimento do mentorado pra conferência do seguro: 14/03/2008" (the keyword further
    back than the usual window, with nothing but words between it and the colon)."""
    line = context.before(start, 120).rsplit("\n", 1)[-1]
    if not _LABEL_END.search(line):
        return False
    keyword = _last_birth_keyword(line)
    if keyword is None:
        return False
    label = line[keyword.end():]  # one label: a single colon, no sentence ending inside it
    return (not any(c.isdigit() for c in label) and label.count(":") == 1 and ". " not in label
            and not _ANIMALS_BIRTH.match(line, keyword.end()))


def _last_birth_keyword(window: str) -> re.Match[str] | None:
    """The birth keyword nearest the end of `window` (folded), if any."""
    keyword = None
    for keyword in keywords.DATE_OF_BIRTH.finditer(window):
        pass
    return keyword


def _birth_named_in_the_sentence(text: str, context: ContextWindow, start: int) -> bool:
    """True when the sentence that ends in the date named a birth, in lower case, further
    back than the usual window, with no number and no sentence's end between: "a data de
    nascimento na ficha está errada: o correto é 01/02/2016" (a surname "Nascimento" is
    capitalised)."""
    window = context.before(start, 100)
    keyword = _last_birth_keyword(window)
    if keyword is None:
        return False
    between = window[keyword.end():]
    offset = start - len(window)
    if "nasc" not in keyword.group() or len(keyword.group()) < 6:
        return False  # the long, unambiguous keywords only ("nascimento", "nascida em"; not "dn")
    if _ANIMALS_BIRTH.match(window, keyword.end()):
        return False  # a pet's: "data de nascimento do pet (estimada) é 02/02/2020"
    if window[:keyword.start()].endswith(("certidao de ", "registro de ", "certidoes de ")):
        return False  # a birth certificate's date is its issue's or its delivery's
    return (not any(c.isdigit() or c in ".?!;\n" for c in between)
            and text[offset + keyword.start():offset + keyword.end()].islower())


_LABEL_END = re.compile(r":[ \t]*$")
# Another field's label on a line of its own between the keyword and the date
_LABEL_BETWEEN = re.compile(r"\n[ \t]*[^\W\d][^:\n\d]{0,30}:[ \t]*$")
# Another item of a list between a document's name and the date: " — coleta "
_ANOTHER_ITEM_BETWEEN = re.compile(r"[ \t]*[—–;|][ \t]*[^\W\d][^\n\d:]{0,25}$")
# A time after the date, as in a chat's or a log's timestamp
_TIME_AFTER = re.compile(r",?[ T]\d{1,2}:\d{2}")


# Scanned forms read by OCR put a digit for a letter inside words ("Data de Nasc1mento",
# "D0C"): a 1 or 0 between letters is read as the letter before the keywords are sought.
# ("nascid0(a) em", "Data de nasciment0:": or before a bracket, or ending the word)
_OCR_DIGIT = re.compile(r"(?<=[a-z])[01](?=[a-z]|\([a-z]\)|(?![\w]))")


def _ocr_letter(match: re.Match[str]) -> str:
    return "i" if match.group() == "1" else "o"


# A field key that names the date of birth, split into words by `field_key_before` or a
# header's punctuation: "dob", "birth date", "dt nasc", "dt nascto", "data nascimento",
# "dtnascimento", "birthDate".
_BIRTH_KEY_WORD = re.compile(r"(?:dt|dta|data|date|d)?(?:nasc[a-z]*|birth[a-z]*)|dob|dn|born")
_WORD_SPLIT = re.compile(r"[\W_]+")


# A change log's value, the field it sets named beside it: '{"field": "birth_date",
# "value": "2000-02-15"}'
_VALUE_KEYS = frozenset({"value", "valor", "new value", "novo valor", "new", "novo", "to", "para"})
_FIELD_NAME = re.compile(r'"(?:field|campo|attribute|atributo|property|propriedade)"[ \t]*:[ \t]*"(?P<name>[^"\n]{1,40})"')


def _named_field_before(text: str, start: int) -> str | None:
    """The field a value sets, named earlier in its object (as key words), or None."""
    opening = text.rfind("{", max(0, start - 200), start)
    if opening < 0:
        return None
    named = None
    for named in _FIELD_NAME.finditer(text, opening, start):
        pass
    return key_words(named.group("name")) if named else None


def _is_birth_key(key: str | None) -> bool:
    """True when a structured field's key (folded words) names the date of birth: not an
    age's key, unless the column holds either ("nasc./idade", "DN/idade", "IDADE/DN":
    "22/01/1979" or "~39 a")."""
    if not key:
        return False
    words = _WORD_SPLIT.split(key)
    return (
        bool(keywords.DATE_OF_BIRTH.search(key)) or any(_BIRTH_KEY_WORD.fullmatch(w) for w in words)
    ) and ("idade" not in key or any(w.startswith("nasc") or w == "dn" for w in words if w != "idade"))


def _is_birth_header(header: str) -> bool:
    """A column header that names the date of birth: "nascimento", "data de nasc.", "dn",
    "dt. nasc.", "data de nascimento" (folded)."""
    return _is_birth_key(header)


# Who a dependant is to the holder, in the column before the date of birth of a list of
# dependants or beneficiaries: "cônjuge  10/10/1993", "filha  14 de outubro de 2006"
_KINSHIP_BEFORE = re.compile(
    r"(?<![\w])(?:conjuge|companheir[oa](?:\(a\))?|esposa|esposo|marido|filh[oa](?:\(a\))?"
    r"|enteado(?:\(a\))?|enteada|net[oa](?:\(a\))?|sobrinh[oa](?:\(a\))?|afilhad[oa](?:\(a\))?"
    r"|irm[aã]o?(?:\(a\))?|irma|pai|mae|sogr[oa](?:\(a\))?|avo|av[oó]|genro|nora|tutelad[oa]"
    r"|dependente|responsavel familiar|outr[oa] parente)[ \t]+$"
)
# The same kinship as a list item's field, before the date: "1 - DEYSE NASSER - CÔNJUGE -
# 02/04/1977", "filha, 14/10/2006"
_KINSHIP_FIELD_BEFORE = re.compile(_KINSHIP_BEFORE.pattern[:-len(r"[ \t]+$")] + r"[ \t]*[-–—,;:|][ \t]*$")
# The kinship as the field after the date: "- Deuzuite Lima, 13/11/2017, Filha, -;"
_KINSHIP_FIELD_AFTER = re.compile(r"[ \t]*[-–—,;|][ \t]*" + _KINSHIP_BEFORE.pattern[len("(?<![\w])"):-len(r"[ \t]+$")]
                                  + r"(?![\w])")
# The heading on the list's own line: "Composição: Quirino Landim (outro parente, 08/05/2016)"
_DEPENDANTS_INLINE = re.compile(
    r"(?<![\w])(?:dependentes|beneficiari[oa]s|agregad[oa]s|composicao(?: familiar)?|grupo familiar)[ \t]*:")
# The heading of a list of a holder's dependants or beneficiaries
_DEPENDANTS_HEADING = re.compile(
    r"(?<![\w])(?:dependentes?|beneficiari[oa]s?|agregad[oa]s|composicao familiar|grupo familiar)"
    r"(?:[ \t(][^\n]{0,30})?[ \t]*:?[ \t]*$", re.MULTILINE
)


def _in_a_list_of_dependants(text: str, context: ContextWindow, start: int, end: int) -> bool:
    """True when the date follows a kinship field in an item of a list headed as a list of
    dependants or beneficiaries ("DEPENDENTES:\n1 - DEYSE NASSER - CÔNJUGE - 02/04/1977"):
    the one date such a list gives of each person is the date of birth. The heading is at
    most 12 lines up, with no blank line between."""
    if not (_KINSHIP_FIELD_BEFORE.search(context.before(start, 25))
            or _KINSHIP_FIELD_AFTER.match(context.folded, end)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _DEPENDANTS_INLINE.search(context.folded, line_start, start):
        return True  # "Composição: Domitila Sobral (filha, 02/02/2019), Eduardo …"
    for _ in range(12):
        if line_start == 0:
            return False
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = context.folded[previous:line_start - 1]
        if not line.strip():
            return False
        if _DEPENDANTS_HEADING.search(line):
            return True
        line_start = previous
    return False


# What stands between two dates of one list of births: whose the next date is, as a
# kinship word or a given name ("titular 02/04/1993, cônjuge Otávio 14/05/1983, Ricardo
# 28/06/2024", "25/05/2001 (e Marcelo 25/05/1984)")
_LIST_JOINT = re.compile(r"[ \t]*,?[ \t]*e[ \t]+")
_BETWEEN_BIRTHS = re.compile(r"[ \t]*[,;]?[ \t]*\(?[ \t]*(?:e[ \t]+)?((?:[^\W\d_][\w'-]*[ \t]+){1,3})")
_KINSHIP_WORD = re.compile(_KINSHIP_BEFORE.pattern[len("(?<![\w])"):-len(r"[ \t]+$")] + r"|titular")
# Words of another date's field, which ends the list: "nasc. 01/02/1980, admissão 03/04/2010"
_NOT_A_BIRTH_WORD = frozenset({"data", "dt", "em", "de", "ate", "desde", "dia", "admissao", "emissao",
                               "validade", "vencimento", "consulta", "obito", "casamento", "expedicao",
                               "entrada", "saida", "alta", "inicio", "fim", "entrevista", "atualizacao",
                               "cadastro", "registro", "protocolo", "agendado", "agendada", "retorno"})


def _continues_births(text: str, previous_end: int, start: int) -> bool:
    """True when the date follows a date of birth on its line, with only whose it is
    between them (a kinship word or a capitalised name, up to three words) or nothing but
    "e"."""
    if _LIST_JOINT.fullmatch(text, previous_end, start):
        return True  # a list of dates of birth: "datas de nascimento 14/06/1964 e 25/01/2005"
    between = _BETWEEN_BIRTHS.fullmatch(text, previous_end, start)
    if between is None:
        return False
    from afinar.privacy.folding import fold

    words = between.group(1).split()
    for index, word in enumerate(words):
        folded = fold(word)
        if 0 < index < len(words) - 1 and folded in ("do", "da", "dos", "das", "de"):
            continue  # a name's particle: "e Maria do Socorro 02/03/1991"
        if folded in _NOT_A_BIRTH_WORD or not (word[0].isupper() or _KINSHIP_WORD.fullmatch(folded)):
            return False
    return True


def _in_a_birth_column(context: ContextWindow, start: int) -> bool:
    """True when the date is a cell of a table column headed by a birth keyword: a
    delimited table ("CÓD. | NOME | DATA DE NASCIMENTO | CPF"), a blank-aligned one
    ("NOME      PARENTESCO     NASC.        CPF"), or, in a blank-aligned table with such a
    column, right after a kinship word ("cônjuge 10/10/1993": a list of dependants)."""
    cell = cell_at(context, start)
    if cell is not None:
        return _is_birth_header(cell.header)
    if start and context.text[start - 1] in " \t\n":
        # a form read back from PDF: "CPF            Nasc.\n770.732.887-60     09/12/1954",
        # "19 Data de nascimento:\n20 Nome da mãe:\n14/11/1976\nMARIA …"
        printed = form_label_at(context, start)
        if printed is not None and _is_birth_header(printed):
            return True
    if "  " not in context.text and "\t" not in context.text:
        return False
    header = aligned_header_at(context, start)
    if header is not None:
        return _is_birth_header(header)
    if not _KINSHIP_BEFORE.search(context.before(start, 20)):
        return False
    table = aligned_table_at(context, start)
    return table is not None and any(_is_birth_header(h) for h in table[0])


# The start of a chat or transcript line, before what was said: "20:15 Isaac: ",
# "[00:01:12] Cliente: ", "[spk_1 125.47s] " (a diarised ASR turn), "- Paciente: ", or
# nothing.
# (or a chat export's date and time: "27/12/2025 13:23 - ", "27/12/25, 13:23 - ")
_TURN_MARK = (r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?|\(\d{1,2}:\d{2}(?::\d{2})?\)|\[[^\]\n]{1,30}\]"
              r"|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?)")
# (a diariser's numbered speaker: "SPEAKER_01:", a username ending in digits: "wdesir290:";
# a chat export's in braces: "{cliente}:"; a phone number, WhatsApp's unsaved contact)
_SPEAKER = (r"(?:[^\W\d][^:\n\d]{0,40}\d{0,4}|\{[^{}\n]{1,40}\}"
            r"|\+?\d{2}[\d \-()]{7,18}\d):")
_SPEAKER_PREFIX = re.compile(
    rf"[ \t]*(?:{_TURN_MARK}[ \t]*(?:-[ \t]*)?)?"
    rf"(?:[-–•>][ \t]*)?(?:{_SPEAKER}[ \t]*)?$"
)
# The same with a few words of the answer before the date: "ele é de 06/07/1960"
_ANSWER_LEAD = re.compile(_SPEAKER_PREFIX.pattern[:-1] + r"(?:[^\W\d]+[ \t]+){0,3}$")
# The same after the answer to what was asked first: "CLIENTE: 769, 25 de agosto de
# 1998" after "os três primeiros dígitos do cpf e a data de nascimento" (a blank may stand
# before the comma: "+55 12 3502-6176: 56346198742 , 20/5/1987")
_ANSWER_AFTER_NUMBER = re.compile(_SPEAKER_PREFIX.pattern[:-1] + r"[\d.\-/]{1,18}[ \t]?[,;]?[ \t]+(?:e[ \t]+)?$")
# ... or after the name asked for first, a whole name: "+55 41 99329-7985: Manoel Bandeira
# Siqueira Batista 22/11/2014" after "Qual o nome completo da criança e a data de nascimento?"
_ANSWER_AFTER_NAME = re.compile(_SPEAKER_PREFIX.pattern[:-1] + r"(?:[^\W\d][^\W\d'’-]*[ \t]+){2,7},?[ \t]*$")
# ... or as fields split by slashes or bars, the name first: "raniere_27: Raniere de Saboia
# Cordeiro / 828.617.399-67 / 15/2/1987" after "nome completo, CPF e data de nascimento?"
_ANSWER_FIELDS = re.compile(_SPEAKER_PREFIX.pattern[:-1]
                            + r"(?:[^\W\d][^\n\d/|]{0,80}[ \t]*[/|][ \t]*)?[\d.\-]{1,18}[ \t]*[/|][ \t]*$")
# A transcript's turn: a time or a diarisation tag, a speaker's name, or both
_TURN = re.compile(rf"[ \t]*(?:{_TURN_MARK}[ \t]*(?:-[ \t]*)?(?:{_SPEAKER})?|{_SPEAKER})[ \t]")


# The opening of a turn's text in a conversation serialised as JSON (ShareGPT's "value",
# OpenAI's "content"), right before the answer
_JSON_TURN = re.compile(r'"(?:value|content|text)"[ \t]*:[ \t]*"$')


# A person's date in brackets after the name, the person's documents after it: the date of
# birth, as referrals and lists of people write it
# A record's fields in a line: a name, the date, a person's document ("1. 19:21 — edvaldo
# campos carvalho, 05/12/1969, CNS 914 …", "1) LIVIA FREITAS ANDRADE — 22/09/1967 —
# 220.672.399-96"): the one date given between the two is the date of birth
_NAME_FIELD_BEFORE = re.compile(
    r"(?:^|[\n—–;|]|\d[.)])[ \t]*(?P<first>[^\W\d_][^\W\d_'’-]*)(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}"
    # (a record's number in brackets and a diagnosis' code may come between: "mariama
    # mbaye (prontuário 809950), C34.1, 1978-05-24, e-mail …")
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[a-z]\d{2}(?:\.\d{1,2})?)?"
    r"[ \t]*(?:,|[ \t][—–-])[ \t]*$")
_DOCUMENT_AFTER_FIELD = re.compile(
    r"[ \t]*(?:[,;]|[—–-](?=[ \t]))[ \t]*(?:(?:CNS|CPF|RG|NIS|[Cc]art[ãa]o SUS|e-?mail|E-?mail)(?![\w])"
    r"|\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d))")


# ... or, in a chat's message, set apart by blanks alone: "[16/02/2025 17:42] Você: Prudente
# Lobo Sá Barreto 7/10/2005 cpf 657.426.901-69 sus …", "…: hyun-woo fontes choi 3/2/1993 cpf 60029760356"
_NAME_OPENING_A_MESSAGE = re.compile(
    r":[ \t]+(?P<first>[^\W\d_][^\W\d_'’-]*)(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}[ \t]+$")
_CPF_AFTER_BLANKS = re.compile(r"[ \t]+cpf[ \t:]*\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?!\d)")
# ... or after the name and the CPF: "[22/05/25 15:50:40] Camila: camila moreira da silva
# 14115436530 03/09/1982 camilasil@gmail.com"
_NAME_AND_CPF_OPENING_A_MESSAGE = re.compile(
    r":[ \t]+(?P<first>[^\W\d_][^\W\d_'’-]*)(?:[ \t]+[^\W\d_][^\W\d_'’-]*){1,6}[ \t]+(?:cpf[ \t:]*)?"
    r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}[ \t]*,?[ \t]+$")


def _between_a_name_and_a_document(text: str, context: ContextWindow, start: int, end: int) -> bool:
    """True when the date is a field between a name (its first word a listed given name or
    shaped like one) and a person's document (`_NAME_FIELD_BEFORE`, `_DOCUMENT_AFTER_FIELD`;
    in a chat's message, `_NAME_OPENING_A_MESSAGE` and `_CPF_AFTER_BLANKS`), or right after
    the name and the CPF that open a chat's message (`_NAME_AND_CPF_OPENING_A_MESSAGE`)."""
    if _DOCUMENT_AFTER_FIELD.match(text, end) is not None:
        before = _NAME_FIELD_BEFORE.search(context.folded, max(0, start - 80), start)
    elif _CPF_AFTER_BLANKS.match(context.folded, end) is not None:
        before = _NAME_OPENING_A_MESSAGE.search(context.folded, max(0, start - 80), start)
    else:
        before = _NAME_AND_CPF_OPENING_A_MESSAGE.search(context.folded, max(0, start - 100), start)
    if before is None:
        return False
    gazetteer = load_gazetteer()
    words = before.group().strip(" \t,—–-").split()
    return any(w in gazetteer.given or w in gazetteer.surnames for w in words) or is_name_shaped(before.group("first"))


_NAME_BEFORE_BRACKET = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+[ \t]*$")
_DOCUMENT_AFTER_BRACKET = re.compile(r"\)[ \t]*[,;–—-][ \t]*(?:CNS|CPF|RG|CNH|NIS|PIS|cart[ãa]o SUS)[ \t:nº°.]*\d")
# A CPF alone on its line, right above the date's line
# A line that lists children or siblings, each with the date in brackets after the name
_CHILDREN_ON_THE_LINE = re.compile(
    r"(?<![\w])(?:filh(?:os|as|os\(as\))|irm(?:a\(o\)s|aos|as)|criancas|net(?:os|as)|enteados|dependentes)"
    r"(?![\w])[^:\n]{0,40}:")
# (or after a chat's sender: "[11:31:32] Natanael: 152.572.998-52\n22/2/1982")
# (a PIS or NIS line may stand between: "…: amado jatoba leite⏎210.424.067-07⏎pis 149.32755.95-0⏎12/04/1995")
_CPF_LINE_ABOVE = re.compile(r"(?:^|\n|:[ \t])[ \t]*(?:(?i:cpf)[ \t]*[:.]?[ \t]*)?\d{3}\.?\d{3}\.?\d{3}-?\d{2}[ \t]*\n"
                             r"(?:[ \t]*(?i:pis|nis|pasep|nit)[ \t:.]*[\d.-]{11,14}[ \t]*\n)?[ \t]*$")
# ... or before it on its line, alone after a chat's sender (or after the name of whom they
# are): "[18/06/26 17:54] Fuad: 45122048819 20/07/1986", "…: Aurora Sobral: 115.753.242-02, 21/02/1969",
# or a JSON log's message: '"msg": "253.646.346-04 23/04/1997"}'
_CPF_BEFORE_ON_THE_LINE = re.compile(r"(?:^|\n|:[ \t]\"?)[ \t]*\d{3}\.?\d{3}\.?\d{3}-?\d{2}[ \t]*,?[ \t]+$")


def _alone_under_a_cpf(text: str, context: ContextWindow, match: re.Match[str]) -> bool:
    """True when the date is alone on its line right under a CPF alone on its line (or a PIS
    line under it), and the date of birth was asked for shortly before: the answer to "me
    passa nome completo, CPF, data de nascimento e e-mail" typed one field a line."""
    line_end = text.find("\n", match.end())
    if text[match.end():len(text) if line_end < 0 else line_end].strip().strip('"},'):
        return False  # (a JSON log's message ends its line: '…23/04/1997"}')
    if not (_CPF_LINE_ABOVE.search(text, max(0, match.start() - 60), match.start())
            or _CPF_BEFORE_ON_THE_LINE.search(text, max(0, match.start() - 30), match.start())):
        return False
    return bool(keywords.DATE_OF_BIRTH.search(context.folded, max(0, match.start() - 600), match.start()))


def _line_above(text: str, line_start: int) -> tuple[int, int]:
    """(start, end) of the last non-blank line above the line starting at `line_start`, its
    trailing blanks left out."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\r\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _answers_a_birth_question(text: str, context: ContextWindow, start: int) -> bool:
    """True when the date opens its line's speech (after a time and a speaker, and at most
    three words: "ele é de 06/07/1960") and the line before asks for the date of birth:
    "Confirma sua data de nascimento?\n20:15 Isaac: 17/04/1988." The question mark is
    what ties the two; a date after any other question ("Qual o dia da consulta?") is not
    one. Speech recognition writes no question marks: in a transcript the asking turn
    ("[07:01] OUVIDOR: data de nascimento\n[07:25] CLIENTE: 26 de novembro de 1995") is
    one that names the date of birth last, with no number after the name."""
    line_start = text.rfind("\n", 0, start) + 1
    if '"' in text and (turn_value := _JSON_TURN.search(text, max(0, start - 160), start)):
        # a conversation serialised as JSON ('{"from": "gpt", "value": "Qual a data de
        # nascimento …?"}, {"from": "human", "value": "10/4/2016…'): the turn before asks
        # (or tells the customer to give it: "Para sua segurança, confirme sua data de nascimento.")
        asked_end = text.rfind('?"', max(0, turn_value.start() - 200), turn_value.start())
        told_end = text.rfind('."', max(0, turn_value.start() - 200), turn_value.start())
        told = told_end > asked_end
        asked_end = max(asked_end, told_end)
        # (no number given between; a JSON-lines log's next line opens with its timestamp)
        gap_end = text.rfind("\n", asked_end, turn_value.start())
        if asked_end < 0 or any(c.isdigit() for c in text[asked_end:gap_end if gap_end >= 0 else turn_value.start()]):
            return False
        asked_start = text.rfind('"', 0, asked_end) + 1
        sentence = text[asked_start:asked_end]
        sentence_start = asked_start + max(sentence.rfind(". "), sentence.rfind("! "), -1) + 1
        return bool(keywords.DATE_OF_BIRTH.search(context.folded[sentence_start:asked_end])) and (
            not told or _REQUEST.search(context.folded, sentence_start, asked_end) is not None)
    if line_start == 0:
        return False
    after_number = after_name = False
    if not _ANSWER_LEAD.match(text, line_start, start):
        if _ANSWER_AFTER_NAME.match(text, line_start, start):
            after_name = True  # the question asked for a name, then the date of birth
        elif not (_ANSWER_AFTER_NUMBER.match(text, line_start, start) or _ANSWER_FIELDS.match(text, line_start, start)):
            return False
        else:
            after_number = True  # the question asked for a number, then the date of birth
    previous_start, previous_end = _line_above(text, line_start)
    if previous_start and ROLE_MARKER.fullmatch(text, previous_start, previous_end):
        # a chat template's turn marker between question and answer ("<|user|>")
        previous_start, previous_end = _line_above(text, previous_start)
    answer_turn = _TURN.match(text, line_start, start)
    if answer_turn is None and not after_number and previous_start and text[line_start:start].strip() == "":
        # the date on the second line of a message whose first holds the name: "10:13 - +55
        # 22 97681-1323: Evellyn Ospina\n10/07/12" under "Me passa o nome completo e a data
        # de nascimento do paciente, por favor?"
        first = _TURN.match(text, previous_start, previous_end)
        said = text[first.end():previous_end] if first is not None else ""
        if first is not None and said.strip() and "?" not in said and not any(c.isdigit() for c in said) \
                and len(said.split()) <= 8:
            after_name = True
            previous_start, previous_end = _line_above(text, previous_start)
    for _ in range(2):
        # the answer given in several messages, the name first ("Leandro: Leandro Prudente",
        # then "Leandro: 07/08/86"): the question stands above the same speaker's lines
        earlier = _TURN.match(text, previous_start, previous_end) if answer_turn and previous_start else None
        if earlier is None or _speaker(earlier.group()) != _speaker(answer_turn.group()) \
                or "?" in text[previous_start:previous_end]:
            break
        previous_start, previous_end = _line_above(text, previous_start)
    question = text[previous_start:previous_end]
    if question.endswith("?"):
        # the question's own sentence: after the last full stop or exclamation before the "?"
        sentence_start = previous_start + max(question.rfind(". ", 0, -1), question.rfind("! ", 0, -1), -1) + 1
        asked = context.folded[sentence_start:previous_end]
        return _asks_birth(asked, after_number) and (not after_name or "nome" in asked)
    if after_name:
        return False
    turn = _TURN.match(text, previous_start, previous_end)
    if turn is None or _TURN.match(text, line_start, start) is None:
        return False  # both lines are turns of a transcript
    asked = context.folded[turn.end():previous_end]
    if after_number and not _asks_another_number(asked):
        return False
    last = None
    for last in keywords.DATE_OF_BIRTH.finditer(asked):
        pass
    # (a number that is no date may follow: "precisa da data de nascimento pro buffet
    # cobrar como criança (até 8 anos não paga)")
    return (last is not None and not _DATE_LIKE.search(asked, last.end())
            # a birth certificate is a document asked for, not the date ("Documentos
            # faltantes: certidão de nascimento de Larissa.\nRetorno agendado: 02/04/25")
            and not asked.endswith(("certidao de ", "certidoes de "), 0, last.start())
            and not _is_a_surname(text, turn.end() + last.start(), turn.end() + last.end()))


def _speaker(turn: str) -> str:
    """Who speaks in a turn's opening, its time and date left out: "[11/03/2025, 16:02:59]
    Leandro:" -> "Leandro:"."""
    return re.sub(r"^[\s\[\]\d/:,.-]*", "", turn).strip()


# a request for something, not a question: "confirme sua data de nascimento."
_REQUEST = re.compile(r"(?<![\w])(?:confirme|confirma|informe|informa|digite|envie|mande|manda|passe|passa|diga)(?![\w])")
# what says a date was already given after the keyword: "12/03", "1980", "2 de março"
_DATE_LIKE = re.compile(r"\d[ \t]*[/.-][ \t]*\d|\d{4}|\d[ \t]+de[ \t]+[a-z]")


def _asks_birth(sentence: str, after_number: bool) -> bool:
    """True when the question names the date of birth (and, for an answer that gives a
    number first, an identifier too)."""
    return bool(keywords.DATE_OF_BIRTH.search(sentence)) and (not after_number or _asks_another_number(sentence))


def _asks_another_number(asked: str) -> bool:
    """True when the folded question names an identifier before the date of birth."""
    birth = None
    for birth in keywords.DATE_OF_BIRTH.finditer(asked):
        pass  # the last: a surname ("Rolim Nascimento") may come before
    if birth is None:
        return False
    before = asked[:birth.start()]
    return any(name not in ("DATE_OF_BIRTH", NEGATIVE) and pattern.search(before)
               for name, pattern in COMPETING_KEYWORDS.items())


_NAME_WORD_AROUND = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")
_PARTICLE_AND_NAME = re.compile(r" d(?:[aeo]|[ao]s) ([A-ZÀ-Þ][a-zß-ÿ]+)(?![\w]|[ \t]*:)")
_FIELD_WORDS = frozenset({"data", "dt", "dia", "local", "certidao", "registro", "cidade", "hora",
                          "ano", "mes", "pais", "estado", "municipio", "comprovante", "assento",
                          "termo", "declaracao", "atestado", "ficha", "livro", "cartorio"})
_TITLE = re.compile(r"(?:Dr|Dra|Sr|Sra|Srta|Prof|Profa|Pe|Dom|Dona|Seu|Enf|Fisio)\.?")


def _is_a_surname(text: str, start: int, end: int) -> bool:
    """True when the birth keyword at `text[start:end]` is "Nascimento" inside a person's
    name ("Dr(a). Davi Lucca Nascimento Cardoso está confirmada para 08/01/2023"): written
    capitalised, with a known given name or surname right before or after it (in capitals,
    after a known name word)."""
    from afinar.privacy.folding import fold
    from afinar.privacy.gazetteer import load_gazetteer

    names = load_gazetteer().name_words
    if text.startswith("NASCIMENTO", start) and not re.match(r"[ \t]*[:(/]", text[end:end + 3]):
        # in a roster typed in capitals, the last of a name's words: "LUCIA SAMPAIO CORREA
        # NASCIMENTO     MOT       09/03/25" (not "DATA DE NASCIMENTO", "NASCIMENTO: …")
        before = text[max(0, start - 30, text.rfind("\n", 0, start) + 1):start].split()
        return bool(before) and before[-1].isupper() and fold(before[-1]) in names
    if not text.startswith("Nascimento", start):
        return False
    if (text[start - 2:start] == "  " or text[start - 1:start] == "\t") and text.startswith(":", end):
        return False  # a form's next field after a gap: "Nome: Letícia Conceição   Nascimento: 18/10/1935"
    # a name stands on the keyword's line: "Aluno(a): Maria Azevedo\nNascimento: 15/03/1980"
    # is a form's label under the name's line
    words_before = text[max(0, start - 40, text.rfind("\n", 0, start) + 1) : start].split()
    # after a title ("Dr. Nascimento", "Sra. Nascimento"), or after "do"/"da" that follows a
    # capitalised word that is no field label, and not labelling anything itself ("Ítalo do
    # Nascimento em 02/04/2025"; not "Data do Nascimento", "Local do Nascimento:")
    if words_before and _TITLE.fullmatch(words_before[-1]):
        return True
    if (len(words_before) >= 2 and words_before[-1] in ("do", "da", "dos", "das")
            and _NAME_WORD_AROUND.fullmatch(words_before[-2])
            and fold(words_before[-2]) not in _FIELD_WORDS
            and not re.match(r"[ \t]*[:\-–]", text[end:end + 3])):
        return True
    # a name's particle and a known name after it: "Gercino Nascimento da Vitória em …"
    joined = _PARTICLE_AND_NAME.match(text, end)
    if joined and fold(joined.group(1)) in names:
        return True
    before = words_before[-1:]
    after = _NAME_WORD_AROUND.match(text, end + 1) if text[end : end + 1] == " " else None
    from afinar.privacy.name_shape import is_name_shaped

    return bool(
        (before and _NAME_WORD_AROUND.fullmatch(before[0]) and fold(before[0]) not in _FIELD_WORDS
         and (fold(before[0]) in names or is_name_shaped(fold(before[0]))))
        or (after and fold(after.group()) in names)
    )
