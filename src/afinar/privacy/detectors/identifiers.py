"""Brazilian document numbers: CPF, CNPJ (numeric and alphanumeric), RG, CNH, PIS/PASEP,
título de eleitor, CNS and CEP.

Each candidate comes from a precompiled regex whose look-arounds keep it from starting or
ending inside a longer number (so the pieces of a CNJ process number such as
0001234-56.2023.8.26.0100 are never candidates), then its check digits are verified.
The score depends on the formatting (a fully punctuated CPF is rarely anything else) and on
the nearest context keyword (see `_scoring`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf

from afinar.privacy import checksums, keywords
from afinar.privacy.detectors._scoring import (
    BOLETO_FIELDS_BEFORE,
    COMPETING_KEYWORDS,
    HAS_DIGIT,
    asked_for,
    contextual_score,
    dictated,
    digits_of,
    spoken_groups,
)
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import aligned_header_at, cell_at, hl7_components

# Not glued to a preceding digit/letter or to a number-joining punctuation + digit.
# The leading look-ahead names the first character: `re` then skips to candidate
# positions instead of trying the look-behind at every one (15-25% faster scans).
_START = r"(?=\d)(?<![\w.\-/])"
_START_ALNUM = r"(?=[0-9A-Z])(?<![\w.\-/])"
_END = r"(?![\w]|[.\-/][\w])"


def _hl7_typed_ids(text: str, kind: str) -> Iterator[tuple[int, int]]:
    """The identifiers of PID-3 (the patient's identifier list) whose assigning authority
    or type code (CX components 4 and 5) is `kind`: "22950475876^^^CPF"."""
    for _, components in hl7_components(text, "PID", 3):
        if any(text[s:e].upper() == kind for s, e in components[3:5]):
            yield components[0]


@register_detector
class CpfDetector(Detector):
    """CPF: 123.456.789-09, 123456789-09 or 12345678909 (check digits via python-stdnum)."""

    name = "br_cpf"
    labels = ("BR_CPF",)
    trigger = HAS_DIGIT
    # (glued to its keyword too, as a fixed-width list prints it: "CPF552.510.746-54")
    _pattern = re.compile(rf"(?:{_START}|(?<=CPF)(?=\d)|(?<=cpf)(?=\d))(\d{{3}})(\.?)(\d{{3}})\.?(\d{{3}})(-?)(\d{{2}}){_END}")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if "PID|" in text:
            # HL7 v2: the patient's identifiers, each with its type ("22950475876^^^CPF")
            for start, end in _hl7_typed_ids(text, "CPF"):
                if stdnum_cpf.is_valid(digits_of(text[start:end])):
                    yield Span(start, end, "BR_CPF", 0.95, self.name)
        for match in self._pattern.finditer(text):
            if not stdnum_cpf.is_valid(digits_of(match.group())):
                continue
            punctuated = bool(match.group(2)) and bool(match.group(5))
            if punctuated:
                score = 0.95
            else:
                base = 0.85 if match.group(5) else 0.55
                digits = digits_of(match.group())
                # "Contato: 13748477716": eleven digits are a phone only as DDD + a mobile
                # number, which starts with 9
                not_a_phone = frozenset({"PHONE_NUMBER"}) if digits[2] != "9" else frozenset()
                # eleven digits are never the fourteen of a CNPJ named before them: a sole
                # trader's company name ends with the owner's CPF ("<CNPJ>…</CNPJ><xNome>NADIA
                # ZOGBI 17345272508</xNome>")
                score = contextual_score(context, match.start(), "BR_CPF", base,
                                         ignore=not_a_phone | _NOT_A_CNPJ)
            yield Span(match.start(), match.end(), "BR_CPF", score, self.name)
        for match in self._pieces.finditer(text):
            digits = digits_of(match.group())
            if len(digits) != 11 or not stdnum_cpf.is_valid(digits):
                continue
            if asked_for(context, match.start(), "BR_CPF"):
                yield Span(match.start(), match.end(), "BR_CPF", 0.9, self.name)
            elif self._cpf_grouping.fullmatch(match.group()) and keywords.CPF.search(
                    context.before(match.start(), 160)):
                # grouped as a CPF is printed ("290 200 385 40"), its check digits right, after
                # a question that named the CPF beside another number ("o CPF do titular ou o
                # código da instalação")
                yield Span(match.start(), match.end(), "BR_CPF", 0.85, self.name)
        if "000" in text:
            for match in self._padded.finditer(text):
                # a CPF in the fourteen (or fifteen) positions a fixed-width record keeps for
                # "CPF or CNPJ", zeros on its left, glued to the fields around it
                # ("DF00004760453202ADENILDA…"); a CNPJ's root may start with zeros too
                # ("00.000.000/0001-91"), so one that is a valid CNPJ is left to the CNPJ
                digits = match.group()
                core = digits[-11:]
                # an amount in cents padded with zeros ("000000000150000") is no CPF
                if core.startswith("00") or not stdnum_cpf.is_valid(core) or stdnum_cnpj.is_valid(digits[-14:]):
                    continue
                yield Span(match.start(), match.end(), "BR_CPF", 0.8, self.name)
        yield from dictated(context, "BR_CPF", (11,), stdnum_cpf.is_valid, self.name)

    _padded = re.compile(r"(?<!\d)0{3,4}\d{11}(?!\d)")

    # A CPF spoken or typed in pieces: "679... 361... 730 30", "8 4 8 1 8 8 3 5 3 0 7",
    # "941 563 418 95" (groups of digits split by blanks, commas or pauses, on one line);
    # it counts only after a CPF keyword or question (`asked_for`)
    # (speech-to-text writes the dash as a word, or says the check digits are next: "005 934
    # 114 traco 98", "365 121 118 digito 50"), and the dots too: "457 ponto 562 ponto 909 07"
    _pieces = re.compile(
        r"(?=\d)(?<![\w.\-/])\d{1,3}(?:(?:[ \t]*(?:\.{2,3}|…|,)[ \t]*"
        r"|[ \t]+(?:(?:tra[cç]o|h[ií]fen|d[ií]gitos?|ponto)[ \t]+)?|-)\d{1,3}){2,10}"
        r"(?![\w]|[.\-/,]\d)"
    )
    _cpf_grouping = re.compile(r"\d{3} \d{3} \d{3} \d{2}")


_NOT_A_CNPJ = frozenset({"BR_CNPJ"})


@register_detector
class CnpjDetector(Detector):
    """CNPJ: 12.345.678/0001-95 and the alphanumeric form (12.ABC.345/01DE-35, from July
    2026), punctuated or not; validated with python-stdnum 2.2, which implements the
    Receita Federal's alphanumeric algorithm (ASCII code - 48, weights 2..9, mod 11)."""

    name = "br_cnpj"
    labels = ("BR_CNPJ",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        rf"{_START_ALNUM}([0-9A-Z]{{2}})(\.?)([0-9A-Z]{{3}})\.?([0-9A-Z]{{3}})(/?)([0-9A-Z]{{4}})"
        rf"(-?)(\d{{2}}){_END}"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            compact = re.sub(r"[./-]", "", match.group())
            if not stdnum_cnpj.is_valid(compact):
                continue
            numeric = compact.isdigit()
            if not numeric and not any(c.isdigit() for c in compact[:12]):
                continue  # all-capitals body: an acronym soup, not a CNPJ
            if len(match.group()) == 14 and BOLETO_FIELDS_BEFORE.search(text, max(0, match.start() - 60),
                                                                           match.start()):
                continue  # a boleto's due-date factor and amount, the last field of its line
            if match.group(5) and match.group(7):  # has the slash and the dash
                score = 0.95
            else:
                score = contextual_score(
                    context, match.start(), "BR_CNPJ", 0.6 if numeric else 0.4
                )
            yield Span(match.start(), match.end(), "BR_CNPJ", score, self.name)
        yield from dictated(context, "BR_CNPJ", (14,), stdnum_cnpj.is_valid, self.name)


@register_detector
class RgDetector(Detector):
    """RG (carteira de identidade). Formats differ by state, so a bare number needs the
    keyword; the São Paulo format 12.345.678-X has a check digit that raises the score.
    After the keyword the other states' shapes count too: two check characters
    ("55.254.729-06"), the state before the number ("MG-12.345.678")."""

    name = "br_rg"
    labels = ("BR_RG",)
    trigger = HAS_DIGIT
    # the issuer may be glued to the number: "99.822.436-4-SSP/SP", "1234567/SSP-BA"
    _end = rf"(?:(?=[-/](?:SSP|SDS|SESP|SESDEC|SSPDS|SJS|SJTC|DGPC|IIRGD|IFP|PC|DETRAN|DIC|ITEP|POLITEC)\b)|{_END})"
    _punctuated = re.compile(
        rf"{_START_ALNUM}(?:(?:{keywords.STATE_CODES})-?)?(\d{{1,2}})\.(\d{{3}})\.(\d{{3}})(?:-?([\dXx]{{1,2}}))?{_end}"
    )
    # the check letter may follow the digits unseparated: "<nrRg>87891903X</nrRg>"
    # (a state's code may open it, "MG7842010"; other letters make another document's
    # number: a boleto's "Nº documento: CT7842010")
    _bare = re.compile(rf"{_START_ALNUM}(?:(?:{keywords.STATE_CODES})-?)?\d{{5,10}}(?:-[\dXx]{{1,2}}|[Xx])?{_end}")

    # the document a receiver shows a courier or a postman: "Recebedor: … - Doc:
    # MG-98.724.471", "Documento: 236077697", "entreguei na vizinha, doc dela 283540734"
    # (a CPF's eleven digits there are the CPF's)
    # (or a KYC form's, its check named in brackets: "Documento (KYC): 72999501X")
    _document_word = re.compile(r"(?<![\w])doc(?:umento|\.)?(?:[ \t]+del[ae])?(?:[ \t]*\([a-z ]{2,15}\))?[ \t]*(?::|\.*)[ \t]*$")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        seen: set[int] = set()
        for match in self._punctuated.finditer(text):
            seen.add(match.start())
            body = (match.group(1) + match.group(2) + match.group(3)).zfill(8)
            check = (match.group(4) or "").upper()
            base = 0.7 if check and checksums.rg_sp_check_digit(body) == check else 0.45
            if self._document_word.search(context.before(match.start(), 20)):
                base = max(base, 0.85)
            score = contextual_score(context, match.start(), "BR_RG", base, own=0.9)
            yield Span(match.start(), match.end(), "BR_RG", score, self.name)
        for match in self._bare.finditer(text):
            if match.start() in seen:
                continue
            base = 0.1
            if len(digits_of(match.group())) in range(7, 11) and self._document_word.search(
                    context.before(match.start(), 40)):
                base = 0.85
            score = contextual_score(context, match.start(), "BR_RG", base, own=0.85)
            if score >= 0.5:
                yield Span(match.start(), match.end(), "BR_RG", score, self.name)
        yield from dictated(context, "BR_RG", (7, 8, 9, 10), None, self.name)


@register_detector
class CnhDetector(Detector):
    """CNH: 11 digits with DENATRAN check digits. Shares its shape with CPF and PIS, so it
    counts only next to its keyword (CNH, habilitação, carteira de motorista)."""

    name = "br_cnh"
    labels = ("BR_CNH",)
    trigger = HAS_DIGIT
    _pattern = re.compile(rf"{_START}\d{{11}}{_END}")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            if checksums.is_valid_cnh(match.group()):
                score = contextual_score(context, match.start(), "BR_CNH", 0.3)
                if score < 0.85 and not checksums.is_valid_cpf(match.group()) and (answers_a_question_for(
                        text, context, match.start(), ("cnh", "habilitacao"))
                        or RgDetector._document_word.search(context.before(match.start(), 40))
                        or keywords.CNH.search(context.before(match.start(), 120))):
                    # "E o número de registro da CNH?" ↵ "…: Registro 45785961451"; a KYC's
                    # "Documento (KYC): 15490871767" (a CPF's digits there are the CPF's); the
                    # licence named in the message before ("traz a cnh antiga" ↵ "o número da
                    # minha é 08019434276"), its check digits holding and a CPF's not
                    score = 0.85
                yield Span(match.start(), match.end(), "BR_CNH", score, self.name)
        # read out in groups after the question: "o numero do registro da cnh" ↵ "714 126 234 12"
        yield from dictated(context, "BR_CNH", (11,), checksums.is_valid_cnh, self.name)


@register_detector
class PisDetector(Detector):
    """PIS/PASEP/NIS/NIT: 123.45678.90-1 (its own punctuation) or 11 bare digits."""

    name = "br_pis"
    labels = ("BR_PIS",)
    trigger = HAS_DIGIT
    _pattern = re.compile(rf"{_START}\d{{3}}(\.?)\d{{5}}\.?\d{{2}}(-?)\d{_END}")
    _other_document_before = re.compile(
        r"(?<![a-z])(?:cpf|cnpj|rg|cnh|renavam|titulo|cns|sus|tel|fone|telefone|cel|celular|whats(?:app)?|conta|protocolo)\W*$")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            digits = digits_of(match.group())
            if not checksums.is_valid_pis(digits):
                continue
            base = 0.9 if match.group(1) and match.group(2) else 0.3
            score = contextual_score(context, match.start(), "BR_PIS", base)
            if score < 0.5 and len(digits) == 11 and digits[2] != "9" and not stdnum_cpf.is_valid(digits) \
                    and keywords.PIS.search(context.folded) \
                    and not self._other_document_before.search(context.before(match.start(), 20)):
                # eleven bare digits with the NIS's check digit, no CPF's and no mobile's shape, in a
                # text that speaks of NIS: a family list's other rows ("1. Patrícia … 12456972343 —
                # 2 pessoas", the NIS named on another row only)
                score = 0.6
            yield Span(match.start(), match.end(), "BR_PIS", score, self.name)
        # read out in groups after the question: "o numero do pis" ↵ "cliente: 176 598 263 34"
        yield from dictated(context, "BR_PIS", (11,), checksums.is_valid_pis, self.name)


@register_detector
class TituloEleitorDetector(Detector):
    """Título de eleitor: 12 digits (sequence, UF code 01-28, two check digits), often
    written 1234 5678 9012; without its keyword it stays below the default threshold."""

    name = "br_titulo_eleitor"
    labels = ("BR_TITULO_ELEITOR",)
    trigger = HAS_DIGIT
    # (read aloud in groups and transcribed with commas: "3288, 0090, 1929")
    _pattern = re.compile(rf"{_START}\d{{4}}([ .]?|, )\d{{4}}\1\d{{4}}{_END}")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            if checksums.is_valid_titulo(digits_of(match.group())):
                base = 0.45 if match.group(1) else 0.35
                score = contextual_score(context, match.start(), "BR_TITULO_ELEITOR", base)
                if score < 0.85 and (self._registration.search(context.before(match.start(), 40))
                                     or self._registration_column(context, match.start())
                                     or answers_a_question_for(text, context, match.start(), ("titulo",))):
                    # the electoral registry's own word ("Inscrição anterior: 0773 3376 0442",
                    # an "INSCRIÇÃO" column), or the answer to a question for the título
                    score = 0.85
                yield Span(match.start(), match.end(), "BR_TITULO_ELEITOR", score, self.name)
        # read out in other groups than its own four: "043 620 792 259"
        yield from dictated(context, "BR_TITULO_ELEITOR", (12,), checksums.is_valid_titulo, self.name)

    @staticmethod
    def _registration_column(context: ContextWindow, start: int) -> bool:
        cell = cell_at(context, start)
        header = cell.header if cell is not None else (
            aligned_header_at(context, start) if "  " in context.text or "\t" in context.text else None)
        return header is not None and bool(_REGISTRATION_HEADER.fullmatch(header))

    # "inscrição" right before the number (the voter's registration is the título's number),
    # not a state's, a town's or a council's
    _registration = re.compile(r"(?<![\w])inscricao(?: eleitoral)?(?:(?! estadual| municipal| oab| no cpf| no cnpj)"
                               r"[^\n\d]){0,30}[:.]?[ \t]*$")


def answers_a_question_for(text: str, context: ContextWindow, start: int, asked: tuple[str, ...]) -> bool:
    """The number opens a chat line's answer ("[…] +55 11 97990-1517: 284913272682",
    "ELEITOR: 3288, 0090, 1929", "…: Registro 45785961451, vence em …") and the line before
    asks for the document (one of the folded words `asked`: "titulo", "cnh")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start or not _ANSWER_OPENING.search(context.folded, line_start, start):
        return False
    previous = context.folded[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return any(word in previous for word in asked)


# the speaker's colon, then at most the number's own word: "…: Registro ", "…: nº "
_ANSWER_OPENING = re.compile(r":[ \t]*(?:(?:registro|numero|n[º°o.]?|cnh|titulo)[ \t:]*)?$")


# A column of voters' registrations: "INSCRIÇÃO", "Nº inscrição", "inscrição eleitoral"
_REGISTRATION_HEADER = re.compile(r"(?:n[ro]?[º°.]? ?|numero (?:da )?)?inscricao(?: eleitoral)?")


@register_detector
class CnsDetector(Detector):
    """Cartão Nacional de Saúde: 15 digits, usually 123 4567 8901 2345."""

    name = "br_cns"
    labels = ("BR_CNS",)
    trigger = HAS_DIGIT
    _pattern = re.compile(rf"{_START}[12789]\d{{2}}([ .]?)\d{{4}}\1\d{{4}}\1\d{{4}}{_END}")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if "PID|" in text:
            # HL7 v2: the patient's identifiers, each with its type ("811157075094209^^^SUS^CNS")
            for start, end in _hl7_typed_ids(text, "CNS"):
                if checksums.is_valid_cns(digits_of(text[start:end])):
                    yield Span(start, end, "BR_CNS", 0.95, self.name)
        for match in self._pattern.finditer(text):
            if checksums.is_valid_cns(digits_of(match.group())):
                base = 0.7 if match.group(1) else 0.55
                # "o cartão é 769477124866071": the card a health card is, when the digits
                # fail the payment cards' Luhn check
                not_a_card = _NOT_A_CARD if not checksums.is_valid_luhn(digits_of(match.group())) else frozenset()
                score = contextual_score(context, match.start(), "BR_CNS", base, ignore=not_a_card)
                yield Span(match.start(), match.end(), "BR_CNS", score, self.name)
        yield from dictated(context, "BR_CNS", (15,), checksums.is_valid_cns, self.name)


_NOT_A_CARD = frozenset({"CREDIT_CARD"})


@register_detector
class CepDetector(Detector):
    """CEP (postal code): 01310-100 or 01.310-100; eight bare digits only after "CEP"."""

    name = "br_cep"
    labels = ("BR_CEP",)
    trigger = HAS_DIGIT
    _pattern = re.compile(rf"{_START}\d{{2}}(\.?)\d{{3}}(-?)\d{{3}}{_END}")
    _under_city_and_state = re.compile(
        rf"[^\W\d_][ \t]*(?:/|[ \t]-[ \t]|[ \t]–[ \t])[ \t]*(?:{keywords.STATE_CODES})[ \t]*\n[ \t]*$"
    )
    # the cell after the city and state on the address's line: "… | Goiânia (GO) | 84804848",
    # "… Pelotas/RS, 96015560", "Campina Grande - PB   67069347"
    _after_city_and_state = re.compile(
        # (or in the fields of a record split by bars: "…|LONDRINA|PR|47363488|BR")
        rf"[^\W\d_][ \t]*(?:\([ \t]*(?:{keywords.STATE_CODES})[ \t]*\)|(?:/|[ \t]?-[ \t]?|[ \t]–[ \t]|\|)[ \t]*"
        rf"(?:{keywords.STATE_CODES})(?![\w]))(?:[ \t]*[|,;–—-][ \t]*|[ \t]{{2,}}|\t)$"
    )
    _alone_on_its_line = re.compile(r"[ \t]*(?:\n|$)")
    # the cell after a street and its number in a table's row: "| Av. Bento Gonçalves, 554 |
    # 11174320 |", "Estrada Leão Sampaio 1920 bloco D apto 211  58866700"
    _after_street_cell = re.compile(
        r"(?:^|\n|\||[ \t]{2})[ \t]*(?i:rua|r\.|av\.?|avenida|travessa|tv\.|alameda|al\.|pra[çc]a|rodovia|rod\."
        r"|estrada|largo|servid[ãa]o|passagem)[ \t]+[^\W\d_][^\n|\d]{1,60}(?:n[º°o]\.?[ \t]*)?\d{1,5}(?![\d.,]\d)"
        r"[^\n|\d]{0,30}(?:\d{1,4}[^\n|\d]{0,6})?(?:[ \t]{2,}|[ \t]*\|[ \t]*)$"
    )
    _cell_end = re.compile(r"[ \t]{2,}|[ \t]*(?:\||\n|$)")
    # a cell's start: a line's, or after a gap of two blanks or a comma ("…KM 7  71036-985  SAO LUIS-MA")
    _line_start = re.compile(r"(?:^|\n|[ \t]{2}|,)[ \t]*$")
    _city_and_state_after = re.compile(
        rf"[ \t]+[^\W\d_][^\n/\d]{{1,40}}(?:/|[ \t]?-[ \t]?|[ \t]–[ \t])[ \t]*(?:{keywords.STATE_CODES})(?![\w])"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            base = 0.6 if match.group(2) else 0.1
            after_city = self._after_city_and_state.search(text, max(0, match.start() - 30), match.start())
            if ((not match.group(2) and self._under_city_and_state.search(text, max(0, match.start() - 80),
                                                                          match.start())
                    and self._alone_on_its_line.match(text, match.end()))
                    # or opening the city-and-state line or cell: "58463244 Santa Luzia/MG"
                    or (self._line_start.search(text, max(0, match.start() - 3), match.start())
                        and self._city_and_state_after.match(text, match.end()))
                    or after_city
                    or (not match.group(1) and not match.group(2) and self._cell_end.match(text, match.end())
                        and self._after_street_cell.search(text, max(0, match.start() - 120), match.start()))):
                # an envelope's or a letter's address block: the city and state on one line,
                # the eight digits alone on the next ("PADRE EUSTÁQUIO – BENTO GONÇALVES/RS\n99081056")
                base = 0.85
            score = contextual_score(context, match.start(), "BR_CEP", base)
            if base == 0.85 and (match.group(2) or after_city):
                # a dashed CEP before the city and state is one whatever word came before
                # it (the "ramal" of a rural road is no phone's extension there), and so is
                # the field after them in a record ("…|LONDRINA|PR|47363488|BR", whose first
                # line is no header)
                score = max(score, 0.8)
            if score > 0.1:
                yield Span(match.start(), match.end(), "BR_CEP", score, self.name)
        yield from dictated(context, "BR_CEP", (8,), None, self.name)
        if "PID|" in text:
            # HL7 v2: the patient's address (PID-11), street^other^city^state^postal code
            for _, components in hl7_components(text, "PID", 11):
                if len(components) >= 5 and re.fullmatch(r"\d{5}-?\d{3}", text[slice(*components[4])]):
                    yield Span(*components[4], "BR_CEP", 0.9, self.name)
        if "ADR" in text:
            # a vCard's ADR property: post-office box;extended;street;locality;region;postal
            # code;country -- the sixth component is the CEP, bare digits or not
            for match in _VCARD_ADR.finditer(text):
                yield Span(*match.span("code"), "BR_CEP", 0.9, self.name)


_VCARD_ADR = re.compile(
    r"(?m)^(?:item\d+\.)?ADR(?:;[^:\n]*)?:(?:[^;\n]*;){5}?(?<=;)(?P<code>\d{2}\.?\d{3}-?\d{3})(?=;|[ \t]*$)"
)

