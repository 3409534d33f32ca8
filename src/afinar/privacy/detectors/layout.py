"""Fixed-width records read with the layout described beside them.

A mainframe export pasted with its layout ("002-012  NR-CPF  9(11)", "053-060  DT-NASC
9(08) AAAAMMDD") glues its fields together ("155788850479PRUDENTE NUNES, PEDRO   19890515
RODOVIA…"): no boundary separates a CPF from the record type before it or a date of birth
from the address after it, so the number detectors cannot see them. The layout can: each
field of a record line (`tables.record_layout_cells`) is labelled by its name, read with
the same key vocabularies as a JSON key or a column header (CPF, CEP, telefone, a birth
key, an agency or account key, an address key), and kept when its value has the shape
(and check digits) of what its name says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.br import cnpj as stdnum_cnpj
from stdnum.br import cpf as stdnum_cpf

from afinar.privacy import checksums
from afinar.privacy.detectors._scoring import COMPETING_KEYWORDS, NEGATIVE, digits_of
from afinar.privacy.detectors.contact import valid_brazilian_number
from afinar.privacy.detectors.dates import _is_birth_key
from afinar.privacy.detectors.financial import _bank_key_role
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import record_layout_cells

# A field's name that holds the street address
_ADDRESS_WORDS = frozenset({"endereco", "end", "ender", "logradouro", "lograd", "lgr", "address", "street", "rua"})
_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                   r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}"
                   r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}"
                   r"|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
_ACCOUNT = re.compile(r"\d{1,13}(?:-?[\dxX])?")
_VALID = {
    "BR_CPF": lambda v: stdnum_cpf.is_valid(v) and len(v) == 11,
    "BR_CNPJ": lambda v: stdnum_cnpj.is_valid(v),
    "BR_PIS": lambda v: len(v) == 11 and checksums.is_valid_pis(v),
    "BR_CNS": lambda v: len(v) == 15 and checksums.is_valid_cns(v),
    "BR_CEP": lambda v: len(v) == 8 and v != "00000000",
    "PHONE_NUMBER": lambda v: valid_brazilian_number(v.lstrip("0")),
    "BR_RG": lambda v: 5 <= len(v) <= 10,
    "BR_CNH": lambda v: len(v) == 11 and checksums.is_valid_cnh(v),
    "BR_TITULO_ELEITOR": lambda v: len(v) == 12 and checksums.is_valid_titulo(v),
}


def field_label(name: str) -> str | None:
    """The label a record field named `name` (folded words: "nr cpf", "dt nasc",
    "cd agencia", "ds endereco") holds, or None."""
    if _is_birth_key(name):
        return "DATE_OF_BIRTH"
    if _bank_key_role(name) is not None:
        return "BANK_ACCOUNT"
    words = name.split()
    if any(w in _ADDRESS_WORDS for w in words):
        return "ADDRESS"
    for label, pattern in COMPETING_KEYWORDS.items():
        if label not in (NEGATIVE, "CREDIT_CARD") and pattern.search(name):
            return label
    return None


@register_detector
class RecordLayoutDetector(Detector):
    """Fields of fixed-width records named by the layout given in the same text."""

    name = "record_layout"
    labels = ("BR_CPF", "BR_CNPJ", "BR_PIS", "BR_CNS", "BR_CEP", "PHONE_NUMBER", "BR_RG", "BR_CNH",
              "BR_TITULO_ELEITOR", "DATE_OF_BIRTH", "BANK_ACCOUNT", "ADDRESS")
    # a record is read only where the layout gives a numeric picture: "9(11)" or a copybook's PIC
    trigger = re.compile(r"9\(\d|(?i:pic)")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for cell in record_layout_cells(context):
            label = field_label(cell.header)
            if label is None:
                continue
            value = text[cell.start:cell.end]
            if label == "DATE_OF_BIRTH":
                ok = _DATE.fullmatch(value) is not None
            elif label == "BANK_ACCOUNT":
                ok = _ACCOUNT.fullmatch(value) is not None and value.strip("0") != ""
            elif label == "ADDRESS":
                ok = any(c.isalpha() for c in value) and any(c.isdigit() for c in value) or "S/N" in value.upper()
            else:
                digits = digits_of(value)
                ok = digits == value.replace(".", "").replace("-", "").replace("/", "") and _VALID[label](digits)
            if ok:
                yield Span(cell.start, cell.end, label, 0.9, self.name)
