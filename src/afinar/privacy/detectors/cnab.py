"""Payment batches in FEBRABAN's CNAB 240 layout: the files a company's bank takes to pay
suppliers and salaries (remessa) and returns (retorno), read by position, not by words.

A detail line of segment A names the payee and the account paid; the segment B line after
it holds the payee's CPF or CNPJ and address:

    7560001300001A00001807706031 0000226870846 VALDOMIRO LUIZ PESTANA DE      8957…
    0330001300002B   100043404940113RUA AMADO NERVO, 3125, FUNDOS       29067003

Positions (0-based, FEBRABAN's layout 240): bank 0–3, batch 3–7, record type "3" at 7,
sequence 8–13, segment at 13. Segment A: agency 23–28 and its check digit at 28, account
29–41 and its check digit at 41, payee's name 43–73. Segment B: inscription type at 17
("1" a CPF, "2" a CNPJ), inscription 18–32 (a CPF is its last eleven digits), street 32–62,
number 62–67, complement 67–82, CEP 117–125; some exporters write the street, number and
complement as one field and the CEP after blanks, which is read too. A company's address
(inscription type 2) and its name are not personal data of a person: a segment A followed
by a segment B of type 2 yields the account only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.checksums import is_valid_cnpj, is_valid_cpf
from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

# a detail record (type 3) of segment A or B at the start of a line
_DETAIL = re.compile(r"(?m)^\d{7}3\d{5}[AB]")
# the street, number and complement as one field, then the CEP after two or more blanks
_JOINED_ADDRESS = re.compile(r"(?P<address>\S.*?\S)[ ]{2,}(?P<cep>\d{8})(?!\d)")


def _field(line_start: int, line: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) in the text of the field `line[start:end]` without its blanks, or None
    when it is blank."""
    value = line[start:end]
    stripped = value.strip()
    if not stripped:
        return None
    left = start + len(value) - len(value.lstrip())
    return line_start + left, line_start + left + len(stripped)


@register_detector
class CnabDetector(Detector):
    """Payees' accounts, names, CPFs, addresses and CEPs in CNAB 240 detail lines."""

    name = "cnab"
    labels = ("BANK_ACCOUNT", "PERSON", "BR_CPF", "BR_CNPJ", "ADDRESS", "BR_CEP")
    trigger = _DETAIL

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        lines = []  # (offset, line) of the detail lines, in order
        for match in _DETAIL.finditer(text):
            end = text.find("\n", match.start())
            lines.append((match.start(), text[match.start(): len(text) if end < 0 else end].rstrip("\r")))
        for index, (offset, line) in enumerate(lines):
            if line[13] == "A":
                yield from self._segment_a(offset, line, lines[index + 1] if index + 1 < len(lines) else None)
            else:
                yield from self._segment_b(offset, line)

    def _segment_a(self, offset: int, line: str, following: tuple[int, str] | None) -> Iterator[Span]:
        if len(line) < 43 or not line[23:28].isdigit() or not line[29:41].isdigit():
            return
        for start, end in ((23, 29), (29, 42)):  # agency, account: each with its check digit
            field = _field(offset, line, start, end)
            if field is not None:
                yield Span(*field, "BANK_ACCOUNT", 0.95, self.name)
        company = following is not None and following[1][13:14] == "B" and following[1][17:18] == "2"
        name = _field(offset, line, 43, 73)
        if name is None or company:
            return
        words = fold(line[43:73]).split()
        gazetteer = load_gazetteer()
        if all(w.isalpha() for w in words) and not any(
                w in gazetteer.organisation_words or w in gazetteer.not_name_words for w in words):
            yield Span(*name, "PERSON", 0.95, self.name)

    def _segment_b(self, offset: int, line: str) -> Iterator[Span]:
        kind, number = line[17:18], line[18:32]
        if len(line) < 32 or not number.isdigit():
            return
        if kind == "2":
            if is_valid_cnpj(number):
                yield Span(offset + 18, offset + 32, "BR_CNPJ", 0.95, self.name)
            return  # a company's address is not a person's
        if kind != "1" or not number.startswith("000") or not is_valid_cpf(number[3:]):
            return
        yield Span(offset + 21, offset + 32, "BR_CPF", 0.95, self.name)
        if len(line) >= 125 and line[117:125].isdigit():  # FEBRABAN's own positions
            address = _field(offset, line, 32, 82)
            cep = (offset + 117, offset + 125)
        else:
            joined = _JOINED_ADDRESS.match(line, 32)
            if joined is None:
                return
            address = (offset + joined.start("address"), offset + joined.end("address"))
            cep = (offset + joined.start("cep"), offset + joined.end("cep"))
        if address is not None:
            yield Span(*address, "ADDRESS", 0.95, self.name)
        yield Span(*cep, "BR_CEP", 0.95, self.name)
