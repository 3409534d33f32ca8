"""Automatic-debit files in FEBRABAN's layout ("Débito Automático", 150 positions): what a
utility, a lender or a school sends its bank to debit its customers' accounts (remessa)
and what the bank returns, read by position, not by words.

The header (record "A") says which file it is; the detail records after it name the
customer and the account debited:

    A2732092              VITORIA SECURITIZADO077BANCO INTER         2024051600020704DEBITO AUTOMATICO
    F58814489289              8085 861462951    2024051200000000021766901THAYNARA SANDRA…

Positions (0-based, FEBRABAN's layout, version 04/05): header "A" at 0, the words "DEBITO
AUTOMATICO" at 81–98. Records "B" (a customer's sign-up), "C", "D", "E" (a debit to make)
and "F" (a debit's return): the customer's id at the company 1–26 (most companies use the
CPF or CNPJ), the agency 26–30, the customer's account at the bank 30–44. Records "E" and
"F" carry the due date 44–52, the value 52–67 and, after a two-position code, a field for
the company's own use 69–129, where exporters often write the customer's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.checksums import is_valid_cnpj, is_valid_cpf
from afinar.privacy.folding import ContextWindow, fold
from afinar.privacy.gazetteer import load_gazetteer
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span

# the file's header: record "A", remessa (1) or retorno (2), the layout's name at 81
_HEADER = re.compile(r"(?m)^A[12][^\n]{79}DEBITO AUTOMATICO")
# a customer's record at the start of a line: its id, the agency, the account
_DETAIL = re.compile(r"(?m)^[BCDEF](?P<id>[0-9A-Za-z ]{25})(?P<agency>\d{4})(?P<account>[ 0-9A-Za-z-]{14})")
# the words of a name at the start of the company's field, up to a digit
_NAME = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+)*")


@register_detector
class AutomaticDebitDetector(Detector):
    """Customers' CPFs, agencies, accounts and names in automatic-debit detail records."""

    name = "automatic_debit"
    labels = ("BANK_ACCOUNT", "PERSON", "BR_CPF", "BR_CNPJ")
    trigger = _HEADER

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        header = _HEADER.search(text)
        if header is None:
            return  # no automatic-debit file (the registry asks only where the trigger is)
        for record in _DETAIL.finditer(text, header.end()):
            account = record.group("account").strip()
            if not account or not any(c.isdigit() for c in account):
                continue
            customer = record.group("id").strip()
            start = record.start("id") + record.group("id").index(customer) if customer else 0
            if len(customer) == 11 and is_valid_cpf(customer):
                yield Span(start, start + 11, "BR_CPF", 0.95, self.name)
            elif len(customer) == 14 and is_valid_cnpj(customer):
                yield Span(start, start + 14, "BR_CNPJ", 0.95, self.name)
            yield Span(*record.span("agency"), "BANK_ACCOUNT", 0.95, self.name)
            at = record.start("account") + record.group("account").index(account)
            yield Span(at, at + len(account), "BANK_ACCOUNT", 0.95, self.name)
            if text[record.start()] in "EF":
                yield from self._name(text, record.start() + 69)

    def _name(self, text: str, position: int) -> Iterator[Span]:
        """The customer's name at the start of the company's field, when it is one: letters
        only, no organisation or listed non-name word (a firm's name is no one's)."""
        name = _NAME.match(text, position)
        if name is None or len(name.group()) < 3 or text[position - 1] == "\n":
            return
        words = fold(name.group()).split()
        gazetteer = load_gazetteer()
        if len(words) >= 2 and not any(w in gazetteer.organisation_words or w in gazetteer.not_name_words
                                       for w in words):
            yield Span(name.start(), name.end(), "PERSON", 0.9, self.name)
