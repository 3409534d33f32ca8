"""Context scoring shared by the number detectors.

Many Brazilian identifiers share a shape (CPF, CNH and PIS are all 11 digits; a mobile
number with its area code is 11 digits too), so an unformatted number is labelled by the
nearest context keyword before it: its own keyword raises the score, another identifier's
keyword or a "not personal" word (protocolo, pedido, processo, R$ ...) lowers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from stdnum.br import cpf as stdnum_cpf

from afinar.privacy import checksums, keywords
from afinar.privacy.folding import ContextWindow
from afinar.privacy.span import Span
from afinar.privacy.tables import TableCell, aligned_header_at, cell_at, field_key_before, form_label_at, key_words

NEGATIVE = "NOT_PERSONAL"

# Pre-filter (`Detector.trigger`) of every detector whose candidates contain a digit.
HAS_DIGIT = re.compile(r"\d")

COMPETING_KEYWORDS = {
    "BR_CPF": keywords.CPF,
    "BR_CNPJ": keywords.CNPJ,
    "BR_RG": keywords.RG,
    "BR_CNH": keywords.CNH,
    "BR_PIS": keywords.PIS,
    "BR_TITULO_ELEITOR": keywords.TITULO,
    "BR_CNS": keywords.CNS,
    "BR_CEP": keywords.CEP,
    "PHONE_NUMBER": keywords.PHONE,
    "CREDIT_CARD": keywords.CARD,
    NEGATIVE: keywords.NOT_PERSONAL_NUMBER,
}

# How far back (characters) a keyword still speaks for a number: "CPF nº 123..." and
# "inscrito no CPF sob o número 123..." both fit.
CONTEXT_WIDTH = 40
# Column headers of batch files that hold a CPF or a CNPJ, whichever the payee is.
_DOCUMENT_HEADERS = frozenset({"documento", "doc", "cpf/cnpj", "cpf_cnpj", "cpf cnpj", "cpf ou cnpj",
                               "cnpj/cpf", "documento do favorecido"})


# "CPF/CNPJ: …", "CNPJ ou CPF": a field for either document; the digits decide which.
_EITHER_DOCUMENT = re.compile(r"(?:cpf|cnpj)[ \t]*(?:/|ou|\|)[ \t]*(?:cpf|cnpj)\W{0,4}$")
# ... and "RG ou CNH: …", "CNH/RG": a field for either identity document (the shape decides)
_EITHER_ID_CARD = re.compile(r"(?:rg|cnh)[ \t]*(?:/|ou|\|)[ \t]*(?:rg|cnh)\W{0,4}$")
# "seu CPF ou matrícula": a question for either number, answered with the CPF (its check
# digits decide) on the next line, "…pra começar 😊\n[10:38] Você: 50956090885"
# (or "Digite seu CPF ou nº do contrato.")
_CPF_OR_OTHER_NUMBER = re.compile(
    r"cpf[ \t]*(?:/|ou)[ \t]*(?:a[ \t]+|o[ \t]+)?(?:(?:n[º°o.]|numero)[ \t]*(?:d[eoa][ \t]+)?)?"
    r"(?:matricula|ra|protocolo|pedido|e-?mail|contrato|cadastro)(?![a-z])")
# A boleto's "linha digitável": three fields with their check digits, the general check
# digit, then due-date factor and amount, fourteen digits that may pass a card's or a CNPJ's
# check ("03396.30664 93440.939110 90134.687099 3 63682446605901")
BOLETO_FIELDS_BEFORE = re.compile(r"\d{5}\.?\d{5}[ \t]+\d{5}\.?\d{6}[ \t]+\d{5}\.?\d{6}[ \t]+\d[ \t]+$")
# the label -> the field for it or its twin
_EITHER_FIELD = {"BR_CPF": _EITHER_DOCUMENT, "BR_CNPJ": _EITHER_DOCUMENT, "BR_RG": _EITHER_ID_CARD,
                 "BR_CNH": _EITHER_ID_CARD}


_NOTE_AFTER_LABEL = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*:[ \t]*$")
_OWNER_BEFORE_BRACKET = re.compile(
    r"[ \t]+d[aeo][ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+(?:(?:d[aeo]s?|e)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,7}[ \t]*\($")


def contextual_score(
    context: ContextWindow,
    start: int,
    label: str,
    base: float,
    *,
    own: float = 0.95,
    other: float = 0.3,
    ignore: frozenset[str] = frozenset(),
) -> float:
    """Score of a `label` candidate at `start` given the nearest keyword before it.

    `base` applies with no keyword; `own` when the nearest keyword is the label's own;
    `other` (a ceiling) when it names another identifier or a non-personal number, unless
    that label is in `ignore` (the candidate cannot be one: a CPF that is no phone number).
    """
    nearest = _field_keyword(context, start)
    width = CONTEXT_WIDTH
    if nearest is None:
        cell = cell_at(context, start)
        if cell is not None:
            nearest = _column_keyword(context, start, cell)
            # a table's cell is read on its own: the words before it are other cells'
            # values and headers ("(id, cpf, dt_nasc, cep) VALUES (1, '…', '19660917'")
            width = min(width, start - cell.start)
        elif start and context.text[start - 1] in " \t\n" and "  " in context.text:
            # a blank-aligned table ("Cód. familiar  NIS RF       Nome RF"): the column's
            # header speaks for the number of every row, not only of the first
            header = aligned_header_at(context, start, strict=True)
            if header is not None:
                # the cell runs to the next gap of two blanks, as `_column_keyword` reads it
                gap = _ALIGNED_GAP.search(context.text, start)
                nearest = _column_keyword(context, start, TableCell(start, gap.start() if gap else len(context.text),
                                                                   header))
    if nearest is None and width == CONTEXT_WIDTH and start and context.text[start - 1] in " \t\n":
        # a form read back from PDF: the field's label on the line above, or in a stacked
        # block of labels ("CPF:\nPIS:\n65501246970\n111.07130.08-0")
        printed = form_label_at(context, start)
        if printed is not None:
            nearest = _label_keyword(printed)
    if nearest is None:
        nearest = context.nearest_before(start, width, COMPETING_KEYWORDS)
        if nearest is not None and width == CONTEXT_WIDTH and (
                line_start := _transcript_speaker_before(context, start)) is not None:
            # a transcript's speaker is no keyword ("eleitora: 32 9 6271 7955" answers "qual o
            # melhor telefone pra contato"): the turn before speaks for the number
            nearest = context.nearest_before(line_start, width, COMPETING_KEYWORDS)
        if nearest is not None and width == CONTEXT_WIDTH and (
                note := _NOTE_AFTER_LABEL.search(context.text, max(0, start - 50), start)) is not None:
            # the label's note in brackets says what the number is for, not what it is: "CPF
            # (para a nota fiscal): 02112875124"; unless the note names the identifier itself:
            # "Crédito via Pix (chave celular): 86997557828"
            if nearest == NEGATIVE:
                nearest = context.nearest_before(note.start(), 16, COMPETING_KEYWORDS) or nearest
    if nearest is None and context.text[start - 1:start] == "(" and width == CONTEXT_WIDTH:
        # the keyword, then whose number it is, then the number in brackets: "o título de
        # eleitor de Lucas Mourão Bezerra de Menezes Júnior (2817 1199 2828)"
        owner = _OWNER_BEFORE_BRACKET.search(context.text, max(0, start - 90), start)
        if owner is not None:
            nearest = context.nearest_before(owner.start(), 24, COMPETING_KEYWORDS)
    if nearest is None:
        return base
    if isinstance(nearest, frozenset):
        # a column for either of two numbers ("NIS/CPF"): the check digits decided
        return max(base, own) if label in nearest else base if nearest & ignore else min(base, other)
    either = _EITHER_FIELD.get(label)
    if nearest == label or (either is not None and either.search(context.before(start, CONTEXT_WIDTH))):
        return max(base, own)
    if label == "BR_CPF" and base >= 0.5 and _CPF_OR_OTHER_NUMBER.search(context.before(start, 2 * CONTEXT_WIDTH)):
        return max(base, own)
    if nearest in ignore:
        return base
    if (base >= 0.9 or _keyword_line_above_has_its_number(context, start, COMPETING_KEYWORDS[nearest])) \
            and _keyword_has_its_number(context, start, COMPETING_KEYWORDS[nearest]):
        # "R$ 2.632,87 - JAILSON SANTOS - (79) 2434-0521": the amount is the money word's
        # number; a number of an unmistakable shape after it is not the amount. So with
        # another identifier's: "RG 15.013.356-2 — (49) 94870-4610" is a phone after the RG
        return base
    return min(base, other)


# a line's speaker label right before the number: "eleitora: "
_SPEAKER_BEFORE = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\W\d_ ]{2,20}):[ \t]*$")


def _transcript_speaker_before(context: ContextWindow, start: int) -> int | None:
    """Where the number's line starts, when the number follows nothing but a transcript's
    speaker label that is also a keyword ("eleitora:", "titular:"): a label that opens two or
    more lines of the text, some of them speech (three words or more, the first a word).
    None otherwise."""
    text = context.text
    line_start = text.rfind("\n", 0, start) + 1
    label = _SPEAKER_BEFORE.fullmatch(text, line_start, start)
    if label is None or line_start == 0:
        return None
    name = context.folded[label.start("label"):label.end("label")]
    if not any(pattern.fullmatch(name) for pattern in COMPETING_KEYWORDS.values()):
        return None
    key = ("transcript_speaker", name)
    speaker = context.memo.get(key)
    if speaker is None:
        lines = re.findall(rf"(?m)^[ \t]*{re.escape(name)}:[ \t]*([^\n]*)", context.folded)
        # (a form's field repeated per record opens its value, a number: "CNH: 0939… cat. B")
        speaker = context.memo[key] = len(lines) >= 2 and any(
            len(rest.split()) >= 3 and rest[:1].isalpha() for rest in lines)
    return line_start if speaker else None


def _after_nearest_keyword(context: ContextWindow, start: int, pattern: re.Pattern[str]) -> str | None:
    """The text between the nearest keyword of `pattern` (in the context width) and
    `start`, or None without one."""
    window = context.before(start, CONTEXT_WIDTH)
    last = None
    for last in pattern.finditer(window):
        pass
    return None if last is None else window[last.end():]


def _keyword_has_its_number(context: ContextWindow, start: int, pattern: re.Pattern[str]) -> bool:
    """True when a number stands between the nearest keyword of `pattern` and `start`."""
    after = _after_nearest_keyword(context, start, pattern)
    if after is None:
        return False
    digit = max((i for i, c in enumerate(after) if c.isdigit()), default=-1)
    # the keyword's number ends before the candidate, with more than blanks between: in
    # "cartão nº 3656 682899 6775" the groups are one card's
    return digit >= 0 and bool(after[digit + 1:].strip(" \t"))


def _keyword_line_above_has_its_number(context: ContextWindow, start: int, pattern: re.Pattern[str]) -> bool:
    """True when the nearest keyword of `pattern` stands on a line above `start`'s with a
    number after it on its own line: "Titular: R$ 8.476,91\n Dependente: 29944394173" (the
    money word's number is the amount, the next line's is no money)."""
    after = _after_nearest_keyword(context, start, pattern)
    return after is not None and "\n" in after and any(c.isdigit() for c in after.split("\n", 1)[0])


def _field_keyword(context: ContextWindow, start: int) -> str | None:
    """In a structured record the number's own key speaks for it, whatever stands before
    the key: "<tituloEleitor>0043 5687 0906</tituloEleitor>" after a "<cpf>" element is a
    título, '"cep": "01310100"' a CEP. None without a key or under one that names nothing."""
    key = field_key_before(context, start)
    if key is None:
        return None
    if key in _BARE_NUMBER_KEYS:
        # a list of documents, each an object with its type beside its number: '{"tipo":
        # "CNH_DIGITAL", "numero": "81806998917"}': the type is the key that speaks
        key = _document_type_beside(context, start) or key
    words = key.split()
    # whose document it is may come first: "customer_document", "documento_cliente"
    owned = " ".join(w for w in words if w not in _KEY_OWNERS)
    if ("cpf" in words and "cnpj" in words) or key in _DOCUMENT_KEYS or (owned != key and owned in _DOCUMENT_KEYS):
        # a field for either document ("partieCnpjCpf", "tax_id"): the digits decide which
        value = _DOCUMENT_VALUE.match(context.text, start)
        length = len(re.sub(r"[./-]", "", value.group())) if value else 0
        # (seven to ten characters: the identity card's, as in a table's document column;
        # SNGPC's "<numeroDocumento>336606382</numeroDocumento>")
        return "BR_CPF" if length == 11 else "BR_CNPJ" if length == 14 else "BR_RG" if 7 <= length <= 10 else None
    for name, pattern in COMPETING_KEYWORDS.items():
        if pattern.search(key):
            return name
    if any(_SYSTEM_KEY_WORD.fullmatch(word) for word in key.split()):
        return NEGATIVE
    return None


# A number's key that names no document: the type is told in a key beside it
_BARE_NUMBER_KEYS = frozenset({"numero", "number", "num", "nr", "nro", "valor", "value"})
# the type's key and value in the same object, before the number: '"tipo": "CNH_DIGITAL",'
_DOCUMENT_TYPE_KEY = re.compile(
    r"[\"'](?:tipo|type|tipo_?documento|tipo_?doc|document_?type|doc_?type|kind)[\"'][ \t]*:[ \t]*[\"']"
    r"(?P<value>[^\"'\n{}]{2,40})[\"'][^{}]*$", re.IGNORECASE)


def _document_type_beside(context: ContextWindow, start: int) -> str | None:
    """The folded words of the type given beside a bare number in the same JSON object
    ('"tipo": "TITULO_ELEITOR"' -> "titulo eleitor"), or None."""
    window = context.text[max(0, start - 160):start]
    opening = window.rfind("{")
    if opening < 0:
        return None
    match = _DOCUMENT_TYPE_KEY.search(window, opening)
    return key_words(match.group("value")) if match is not None else None


# Keys of a field that holds a person's CPF or a firm's CNPJ, whichever the party is
# a column for a named party's document: "DOC. COMPRADOR", "documento do paciente"
_PERSON_DOCUMENT_HEADER = re.compile(
    r"(?:doc\.?|documento)(?: d[oa])? (?:comprador|compradora|paciente|cliente|titular|"
    r"responsavel|resp\.?|portador|portadora|retirante|adquirente|proprietario|condutor|visitante"
    # a protest batch's debtor: "DOC_DEVEDOR"
    r"|devedor|devedora|sacado|sacada|favorecido|favorecida"
    # a league's or a school's roster: "DOC ATLETA", "documento do aluno"
    r"|atleta|aluno|aluna|socio|socia|associado|associada|participante|passageiro|passageira|hospede)")


_KEY_OWNERS = frozenset({"customer", "cliente", "client", "buyer", "comprador", "payer", "pagador", "titular",
                         "holder", "user", "usuario", "beneficiary", "beneficiario", "recipient", "sender"})
_DOCUMENT_KEYS = frozenset({"tax id", "taxid", "tax number", "documento", "document", "doc",
                            "nr documento", "numero documento", "document number", "cpf cnpj",
                            "cnpj cpf", "nr doc", "num doc", "documento fiscal"})
_DOCUMENT_VALUE = re.compile(r"[0-9A-Z][0-9A-Z./-]{5,19}(?![\w])")


# A key's word that names a system's identifier or a timestamp, whose value is no
# person's number however it is shaped: "req_id", "FITID", "TRNUID", "nProt", "nsu",
# OFX's and NF-e's "DTPOSTED", "dhEmi", "created_at"
_SYSTEM_KEY_WORD = re.compile(
    r"id|uid|uuid|guid|[a-z]{2,6}id|nsu|checknum|refnum|prot|hash|token|seq"
    r"|dt[a-z]{3,}|dh[a-z]{3,}|date|datetime|timestamp|ts|time|created|updated"
)


def value_field(context: ContextWindow, cell: TableCell) -> str | None:
    """The field's name (folded) in the row of a table of fields and their values, when
    `cell` is under a header of values ("| Campo | Valor |", "| CEP | 71260-856 |"): the
    cell right before it ("| PMS (Opera) | CPF | 64277863000 |"). None elsewhere."""
    if cell.header not in VALUE_HEADERS:
        return None
    line_start = context.text.rfind("\n", 0, cell.start) + 1
    field = context.folded[line_start:cell.start].strip(" \t|;,:")
    if any(c in field for c in "|;\t"):
        field = re.split(r"[|;\t]", field)[-1].strip(" \t,:")
    return field or None


def _column_keyword(context: ContextWindow, start: int, cell: TableCell) -> str | None:
    """In a table, the header of the number's column speaks for it, as the nearest
    keyword does in prose: "PROTOCOLO" makes a protocol, "CPF" or "DOCUMENTO" a CPF.
    None under a header that names nothing."""
    if cell.header in VALUE_HEADERS:
        # a table of fields and their values ("| Campo | Valor |", "| CEP | 71260-856 |"):
        # the row's field names the number, not the column's header
        field = value_field(context, cell)
        if field and field in _DOCUMENT_HEADERS:
            # "| Documento | 57627635021 |" under a record's "| CPF | …|": the digits tell which
            return _document_by_digits(context, cell)
        if field:
            named = _column_keyword_of(field)
            if named is None:  # "Tel. 1", "CPF do titular": the field's last keyword
                found = [(m.end(), name) for name, pattern in COMPETING_KEYWORDS.items()
                         for m in pattern.finditer(field)]
                named = max(found)[1] if found else None
            return named
    if cell.header in ("documento", "doc") and _STATEMENT_HEADER.search(context.folded):
        # a bank statement's document number: "data;historico;documento;valor;saldo" (the
        # counterparty's CPF or CNPJ may stand there: "AURORA ENERGIA S.A.  13063809000376")
        if len(digits_of(context.text[cell.start:cell.end])) in (11, 14):
            return _document_by_digits(context, cell)
        return NEGATIVE
    if cell.header in _DOCUMENT_HEADERS or cell.header in _DOCUMENT_NUMBER_HEADERS \
            or _PERSON_DOCUMENT_HEADER.fullmatch(cell.header) \
            or "/" in cell.header and cell.header.split("/", 1)[0].strip() in ("doc", "documento"):
        # (a column for a document or something else, the document named first:
        # "doc/placa/contato")
        named = _document_type_before(context, cell)
        if named is not None:
            return named
        return _document_by_digits(context, cell)
    return _column_keyword_of(cell.header)


def _document_by_digits(context: ContextWindow, cell: TableCell) -> str | None:
    """The identifier a person's document cell holds, told by its characters: a CNPJ's
    fourteen, a CPF's eleven (a driving licence's, when only its check digits hold), an
    identity card's five to ten."""
    value = context.text[cell.start:cell.end]
    digits = len(digits_of(value))
    if len(re.sub(r"[^0-9A-Za-z]", "", value)) == 14 and re.fullmatch(r"[0-9A-Z./\-\s]+", value.strip()):
        return "BR_CNPJ"  # the alphanumeric CNPJ ("ZDWEYTESA00110", "YL.1QH.GDF/A001-03")
    # a person's document of seven to ten digits is the identity card's ("DOC.
    # COMPRADOR | 1276510", "MG-10.087.658")
    if digits == 11:
        # a buyer's "document" of eleven digits is the CPF, or the driving licence's
        # number shown instead ("RG ou CNH"): the check digits tell them apart
        number = digits_of(value)
        if not stdnum_cpf.is_valid(number) and checksums.is_valid_cnh(number):
            return "BR_CNH"
        return "BR_CPF"
    return "BR_CNPJ" if digits == 14 else "BR_RG" if 5 <= digits <= 10 else None


# a bank statement's header: its "documento" is the transaction's number
# (or its amount's: "DATA   HISTÓRICO   DOCUMENTO   VALOR (R$)")
_STATEMENT_HEADER = re.compile(r"(?m)^[^\n]*(?:historico|lancamento)[^\n]*documento[^\n]*(?:saldo|valor)")
# A number column beside a column of its type ("tipo_doc;num_doc": "RG;9.109.262-2",
# "CNH;04609725425"): the type's cell names it
_DOCUMENT_NUMBER_HEADERS = frozenset({"num doc", "nr doc", "n doc", "no doc", "numero doc", "nr documento",
                                      "num documento", "numero documento", "numero do documento", "doc numero",
                                      "documento numero", "numero"})
# the types a column header does not name (`_header_label` reads the rest: "RG", "CNH", "NIS")
_OTHER_DOCUMENT_TYPES = {"ci": "BR_RG", "rne": NEGATIVE, "crnm": NEGATIVE, "passaporte": NEGATIVE,
                         "ctps": NEGATIVE}


def _document_type_before(context: ContextWindow, cell: TableCell) -> str | None:
    """The identifier the cell right before `cell` in its row names, when it holds only a
    document's type ("RG", "CNH", "Passaporte"), or None."""
    text = context.text
    delimiter = text[cell.start - 1 : cell.start] if cell.start else ""
    if delimiter not in (";", "\t", "|", ","):
        return None
    line_start = text.rfind("\n", 0, cell.start) + 1
    previous = text[line_start : cell.start - 1].rsplit(delimiter, 1)[-1]
    named = context.folded[cell.start - 1 - len(previous) : cell.start - 1].strip(" \"'.")
    if not named or len(named.split()) > 2:
        return None  # a type is a word or two, not a name or a sentence
    return _OTHER_DOCUMENT_TYPES.get(named) or _header_label(named)


def _column_keyword_of(header: str) -> str | frozenset[str] | None:
    """The identifier a column's header names; for a column of either of two identifiers
    ("NIS/CPF", "nis_cpf", "CPF ou NIS") the pair, as a set: the digits decide which."""
    named = _header_label(header)
    return named if named is not None else _header_pair(header)


@lru_cache(maxsize=1024)
def _header_pair(header: str) -> frozenset[str] | None:
    """The two identifiers a header of two names of different numbers names, or None."""
    words = [w for w in re.split(r"[ /|_]+", header) if w and w != "ou" and w not in _COLUMN_QUALIFIERS]
    if len(words) == 3 and words[2].rstrip(".") in _COLUMN_OWNERS:
        words = words[:2]  # and whose numbers they are: "Título/NIS resp.", "CPF/NIS titular"
    if len(words) != 2:
        return None
    named = frozenset(next((n for n, p in COMPETING_KEYWORDS.items() if p.fullmatch(w)), None) for w in words)
    return named if len(named) == 2 and None not in named and NEGATIVE not in named else None


_ALIGNED_GAP = re.compile(r"[ ]{2,}|[\t\n]|$")
# the header of a table's column of values, beside a column of the fields' names
VALUE_HEADERS = frozenset({"valor", "value", "dado", "dados", "conteudo", "informacao", "resposta"})
_BRACKETED_NOTE = re.compile(r"[ \t]*\([^()]*\)[ \t]*$")


@lru_cache(maxsize=1024)
def _header_label(header: str) -> str | None:
    """The identifier a column's folded header names, or None (see `_column_keyword`)."""
    # a note in brackets after the name says how the number is used, not what it is:
    # "celular (sms)", "telefone (whatsapp)"
    header = _BRACKETED_NOTE.sub("", header) or header
    for _ in range(2):
        for name, pattern in COMPETING_KEYWORDS.items():
            if pattern.fullmatch(header):
                return name
        # a column named as a schema's is ("nr_cep", "num_cpf", "cd_cns"): the kind of
        # value before the noun
        first, _, rest = header.partition(" ")
        if first in _COLUMN_QUALIFIERS and rest:
            header = rest
            continue
        # ... or after it: "cnh_registro", "cpf_numero"
        rest, _, last = header.rpartition(" ")
        if not rest or (last not in _COLUMN_QUALIFIERS and last != "registro"):
            break
        header = rest
    # two names of one number, split by a slash or (a schema's snake_case) a blank:
    # "nit/pis", "pis/pasep", "tel/cel", "pis_pasep", "titulo_eleitor", "nr_titulo_eleitor"
    words = [w.rstrip(".") for w in re.split(r"[ /]+", header)
             if w and w not in _COLUMN_QUALIFIERS and w not in _PARTICLES]
    if len(words) == 2 and words[1] in _COLUMN_OWNERS:
        # the number and whose it is: "NIS RF" (the family's responsible), "cpf_titular"
        words = words[:1]
        return next((n for n, p in COMPETING_KEYWORDS.items() if p.fullmatch(words[0])), None)
    if len(words) < 2:
        return None
    named = {next((n for n, p in COMPETING_KEYWORDS.items() if p.fullmatch(w)), None) for w in words}
    if len(named) == 1 and None not in named:
        return named.pop()
    # one document's name among words that name nothing: "cnpj pj imagem" (the CNPJ of
    # the firm that receives image rights)
    named.discard(None)
    if len(named) == 1 and next(iter(named)) in ("BR_CPF", "BR_CNPJ") and words[0] in _DOCUMENT_WORDS:
        return named.pop()
    return None


_DOCUMENT_WORDS = frozenset({"cpf", "cnpj"})


@lru_cache(maxsize=1024)
def _label_keyword(label: str) -> str | None:
    """The identifier a form's printed label names ("cpf", "rg / orgao", "18 cpf",
    "nit/pis", "cpf do titular"): a column header's reading, or else the one identifier
    whose keyword the label holds; None when it names none or several."""
    named = _header_label(label)
    if named is not None:
        return named
    found = {name for name, pattern in COMPETING_KEYWORDS.items() if pattern.search(label)}
    return found.pop() if len(found) == 1 else None


_PARTICLES = frozenset({"de", "do", "da", "dos", "das"})


# Who a column's number belongs to, after its name: "NIS RF", "CPF_TITULAR", "RG resp."
_COLUMN_OWNERS = frozenset({"rf", "resp", "responsavel", "titular", "tit", "cliente", "benef", "beneficiario",
                            # a driver's, a farmer's: "CNH mot.", "CPF prod."
                            "mot", "motorista", "condutor", "cond", "produtor", "prod",
                            # which of a person's addresses or phones: "cep_residencia"
                            "residencia", "residencial", "res", "entrega", "cobranca", "correspondencia",
                            "crianca", "filho", "filha", "menor",
                            "segurado", "paciente", "conjuge", "mae", "pai", "dependente", "dep", "aluno"})


_COLUMN_QUALIFIERS = frozenset({"nr", "nro", "num", "numero", "no", "n", "cd", "cod", "codigo", "ds", "txt"})


# A number dictated or typed in groups of digits, on one line: "67 454 830", "52086 847",
# "53 057 802 0002 85", "474802080 65" (what speech recognition writes of pauses)
# (up to sixteen groups: a card read digit by digit)
_SPOKEN_GROUPS = re.compile(r"(?=\d)(?<![\w.\-/,])\d{1,9}(?:[ \t]+\d{1,9}){1,15}(?![\w]|[.\-/,]\d)")


def spoken_groups(context: ContextWindow) -> list[re.Match[str]]:
    """Every run of blank-separated digit groups in the text (memoised per text). Such a
    run is an identifier only when it has the identifier's length and its keyword was the
    last said (`asked_for`)."""
    key = ("spoken_groups",)
    cached = context.memo.get(key)
    if cached is None:
        cached = context.memo[key] = list(_SPOKEN_GROUPS.finditer(context.text))
    return cached  # type: ignore[return-value]


# A line that only marks whose turn follows in a fine-tuning chat template: "<|user|>",
# "<|im_start|>user", "[INST]", "### Resposta:", "<start_of_turn>user"
ROLE_MARKER = re.compile(
    r"[ \t]*(?:<\|[a-z_]{2,20}\|>[ \t]*(?:[a-z]{2,12})?|<(?:start_of_turn|end_of_turn)>[ \t]*(?:[a-z]{2,12})?"
    r"|\[/?INST\]|#{2,4}[ \t]*[^\W\d][\w ]{0,25}:?)[ \t]*\r?"
)


def asked_for(context: ContextWindow, start: int, label: str) -> bool:
    """True when `label`'s keyword is the nearest identifier keyword before `start`, on its
    line or on the line before ("diga o CPF do titular.\n[00:00:22] Cliente: 679… 361…")."""
    text = context.text
    line_start = text.rfind("\n", 0, start) + 1
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
    if previous_start and ROLE_MARKER.fullmatch(text, previous_start, line_start - 1):
        # a chat template's turn marker between question and answer ("<|user|>")
        previous_start = text.rfind("\n", 0, previous_start - 1) + 1
    speaker_line = _transcript_speaker_before(context, start)
    if speaker_line is not None:
        # a transcript's speaker label that is a keyword ("eleitora: 785 ponto 230 ponto
        # 954 20") is no answer to itself: the question is the turn before's
        start = speaker_line
    width = min(start - previous_start, 160)
    return context.nearest_before(start, width, COMPETING_KEYWORDS) == label


def digits_of(value: str) -> str:
    """Only the ASCII digits of `value`."""
    return "".join(c for c in value if "0" <= c <= "9")


def dictated(
    context: ContextWindow,
    label: str,
    lengths: tuple[int, ...],
    valid: Callable[[str], bool] | None,
    detector: str,
) -> Iterator[Span]:
    """An identifier dictated in groups of digits ("cep 67 454 830", "meu rg é 32 113 99",
    "o cnpj dela é 53 057 802 0002 85"): a run of `spoken_groups` with the identifier's
    number of digits (and valid check digits, where it has them) right after its keyword,
    or on the line after the question that names it."""
    for match in spoken_groups(context):
        digits = digits_of(match.group())
        if len(digits) in lengths and (valid is None or valid(digits)) \
                and asked_for(context, match.start(), label):
            yield Span(match.start(), match.end(), label, 0.85, detector)
