"""Payment cards, PIX random keys and bank accounts."""

from __future__ import annotations

import re
from itertools import chain
from collections.abc import Iterator

from stdnum import iban as stdnum_iban

from afinar.privacy import checksums, keywords
from afinar.privacy.detectors._scoring import (BOLETO_FIELDS_BEFORE, HAS_DIGIT, VALUE_HEADERS, contextual_score,
                                              dictated, digits_of, value_field)
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import aligned_header_at, aligned_table_at, cell_at, field_key_before, table_cells


@register_detector
class CreditCardDetector(Detector):
    """Card numbers of 13-19 digits (grouped by 4, Amex 4-6-5, or bare) passing Luhn and
    starting like a real brand (3 Amex/Diners, 4 Visa/Elo, 5 Mastercard/Elo, 6 Elo/Hipercard,
    2 Mastercard 2-series); fifteen digits only as Amex's 34/37 (an IMEI is fifteen digits
    with a Luhn check digit)."""

    name = "credit_card"
    labels = ("CREDIT_CARD",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        # not a stretch of a longer row of 4-digit groups: an NF-e access key ("CHAVE DE
        # ACESSO: 2261 8148 … 1539", 11 groups) holds Luhn-valid runs of four
        r"(?=[2-6])(?<![\w.\-/])(?<!\d{4}[ -])(?:[2-6]\d{3}(?P<sep>[ -])\d{4}(?P=sep)\d{4}(?P=sep)\d{1,7}"
        r"(?!(?P=sep)\d{4})|3[47]\d{2}[ -]\d{6}[ -]\d{5}|[2-6]\d{12,18})(?![\w]|[.\-/]\d)"
    )

    # (or as a JSON object's next key: '"number":"5567…","exp":"06/32"')
    _expiry_after = re.compile(r"[\"']?[ \t]*[,;-]?[ \t]*[\"']?(?i:val(?:idade)?|venc(?:imento)?|exp(?:ira|iry)?)\.?"
                               r"[\"']?[ \t]*[:=]?[ \t]*[\"']?(?:0[1-9]|1[0-2])/(?:\d{2}|20\d{2})(?!\d)")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            digits = digits_of(match.group())
            if not 13 <= len(digits) <= 19 or not checksums.is_valid_luhn(digits):
                continue
            if len(digits) == 14 and BOLETO_FIELDS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # a boleto's due-date factor and amount, the last field of its line
            if len(digits) == len(match.group()) and _TIMESTAMP.fullmatch(digits):
                continue  # a message's or a log's time stamp: HL7's "20241024224640" (MSH-7)
            if len(digits) == 15 and not digits.startswith(("34", "37")):
                # fifteen digits are an Amex card's only; a phone's IMEI has fifteen with a
                # Luhn check digit too ("IMEI 356938035643809")
                continue
            if len(digits) == len(match.group()) and (key := field_key_before(context, match.start())) \
                    and set(key.split()) & _MEMBER_NUMBER_KEY_WORDS:
                continue  # a health plan's member number: '"carteirinha": "39194397350452771"'
            base = 0.9 if len(digits) != len(match.group()) else 0.55
            # (a phone word says nothing of fourteen digits or more: no phone has them,
            # "ditou o cartão novo por telefone (4635…)")
            score = contextual_score(context, match.start(), "CREDIT_CARD", base,
                                     ignore=_PHONE_ONLY if len(digits) > 13 else frozenset())
            if self._expiry_after.match(text, match.end()):
                score = max(score, 0.9)  # its expiry right after it: "2224899299296302 val 08/27"
            yield Span(match.start(), match.end(), "CREDIT_CARD", score, self.name)
        # read aloud digit by digit after the card's word: "o número é 4 4 4 6 7 2 2 9 …"
        yield from dictated(context, "CREDIT_CARD", (16,), checksums.is_valid_luhn, self.name)


_PHONE_ONLY = frozenset({"PHONE_NUMBER"})
# keys of a member's or an account's own number, never a card's
_MEMBER_NUMBER_KEY_WORDS = frozenset({"carteirinha", "matricula", "beneficiario", "associado", "inscricao"})


@register_detector
class PixKeyDetector(Detector):
    """PIX random keys (chave aleatória): a version-4 UUID after a PIX word or under a PIX
    key's field; any other UUID is a system's identifier. CPF, e-mail and phone keys are
    found by their own detectors."""

    name = "pix_key"
    labels = ("PIX_KEY",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        r"(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}"
        r"-[0-9a-fA-F]{12}(?![\w-])"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        pix_end = -1  # where the last PIX key found ends
        for match in self._pattern.finditer(text):
            # A UUID is also what systems name requests, jobs, records and events with
            # ("req_id=…", "request_id: …", '"id": "…"', "UID:…@host"); masking those
            # would leave a log unreadable and hides nobody. A random key is a PIX key when
            # something says so: a PIX word before it, or its record's key.
            cell = cell_at(context, match.start())
            # a PIX word before it on its line ("Pix na chave aleatória que consta no seu
            # cadastro (…)"), or on the line above when it opens its line ("Chave Pix\n…");
            # not a JSON line's above
            before = context.before(match.start(), 60)
            line = before.rpartition("\n")[2]
            if line.strip() and not _CHAT_TURN_ONLY.fullmatch(line):
                before = line
            elif line.strip():
                # (a chat's turn holding the key alone answers the turns above: "… pague a
                # taxa no pix abaixo\n16/09/2025 18:19 - Gerente: 7adb4d57-…", "a chave pix
                # que vc mandou veio cortada\n[15/07/25 11:18] Ester: 2004a190-…")
                before = "\n".join(context.before(match.start(), 300).split("\n")[-3:])
            if keywords.PIX.search(before) or (
                    # (farther back on its own line, the payee named in between: "Se preferir
                    # Pix, chave aleatória da Solventes Leão Indústria Química Ltda. (CNPJ …): …")
                    line.strip() and not _ID_WORD_BEFORE.search(before)
                    and keywords.PIX.search(context.before(match.start(), 160).rpartition("\n")[2])) or \
                    _is_pix_key_field(
                    field_key_before(context, match.start())) or (
                    # a table's column of keys: "EndToEndId | … | Chave de destino", "pix/obs"
                    cell is not None and _is_pix_key_field(cell.header)) or (
                    # a blank-aligned report's: "chave Pix (aleatória)"
                    cell is None and "  " in text and _is_pix_key_field(aligned_header_at(context, match.start()))) or (
                    # the next of a list of keys ("AS CHAVES ALEATÓRIAS 1ccee821-… E 837e0220-…"),
                    # or one a note after it calls a PIX key ("Pagamento: af6a627b-…\n\n
                    # (pagamento via chave Pix aleatória)")
                    pix_end >= 0 and _NEXT_IN_A_LIST.fullmatch(text, pix_end, match.start())) or (
                    _PIX_NOTE_AFTER.match(context.folded, match.end())):
                pix_end = match.end()
                yield Span(match.start(), match.end(), "PIX_KEY", 0.95, self.name)
            else:
                yield Span(match.start(), match.end(), "PIX_KEY", 0.4, self.name)


# an identifier's word right before a UUID ("Correlation id …", "Comprovante id …"): a record's
# id, whatever Pix word stands farther back on the line (folded)
_ID_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:id|uuid|identificador|comprovante|correlation|trace|request|protocolo|transacao|ticket|chamado)(?![\w])[^\n]{0,6}$")


# YYYYMMDDhhmm[ss]: a time stamp written without separators
_TIMESTAMP = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?")
_NEXT_IN_A_LIST = re.compile(r"[ \t]*(?:,|;|/|\b[eE]\b)[ \t]*")
_PIX_NOTE_AFTER = re.compile(r"[ \t]*\n{0,2}[ \t]*\([^()\n]{0,40}(?<![\w])pix(?![\w])")


# A chat's turn mark and sender and nothing else: "16/09/2025 18:19 - Gerente: ", "15:53 Fake: "
# (the time is required: "ID notificação: …" is a field, not a turn)
# (or a number, the sender not in the phone's contacts: "[27/03/2024, 17:47:58] +55 17 98797-4005: ")
_CHAT_TURN_ONLY = re.compile(r"[ \t]*\[?[\d/]{0,10},?[ \t]*\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*-?[ \t]*"
                             r"(?:[^:\n\d]{1,40}|\+?[\d ()-]{8,20}):[ \t]*")


# A record's key for a PIX key: "pix_key", "chavePix", "chave.destino", "key" (a PIX
# transaction's), "evp" (the Central Bank's name for the random key)
# An account number whose last three digits before the check digit a dot sets apart, the
# rest ungrouped ("3145.244-1", "159554.294-3", "538361.514-X"), as banks' receipts print
# it: the check digit is required, so a sum ("25.732") or a grouped figure is no account
_DOTTED_ACCOUNT = r"\d{4,6}\.\d{3}-[\dxX]"

# Open Finance Brasil's payment consent names it the "proxy" (of a DICT payment)
# (or the column of whom a payment went to, where a random key is the payee's: "pago_a";
# or of how it is paid, where a random key stands beside "dinheiro" and "transferência":
# "pagamento", "forma_pagamento")
_PIX_KEY_FIELD = re.compile(r"(?:^|[ /])(?:pix|chave|evp|dict)(?:[ /]|$)|^(?:pix )?key$|^proxy$|^pago (?:a|para)$"
                            r"|^(?:forma (?:de )?)?pagamento$")


def _is_pix_key_field(key: str | None) -> bool:
    return key is not None and bool(_PIX_KEY_FIELD.search(key))


@register_detector
class BankAccountDetector(Detector):
    """Agência and conta numbers right after their words: "agência 1234-5", "ag. 0001",
    "conta corrente 12345-6", "c/c 98765-0". The number is the span, not the word.

    IBANs ("DE25 3528 2628 8335 1041 56", grouped in fours or not) are accounts wherever
    they stand once their check digits pass (python-stdnum's `iban`, which also checks each
    country's length and layout); after an explicit "Conta/IBAN", "IBAN" or "account" label
    a foreign account number ("692-9490856") is one too."""

    name = "bank_account"
    labels = ("BANK_ACCOUNT",)
    trigger = HAS_DIGIT
    _agency = re.compile(
        # "ag" glued to its digits is a login or a code ("login ag21832"), not the word
        # (in English, as ship agents' and exporters' invoices write it: "Branch 4482")
        # (a form's dot leader may lead to the number: "Agência ........ 2060-6")
        # (or a log's key=value: "ag=2215 conta=596603-5")
        r"(?<![\w])(?:ag[eê]ncia|ag\.|ag(?![\w])|branch)\s*(?:banc[aá]ria\s*)?(?:\.{3,}[ \t]*)?(?:n[º°o.]?\s*|[:=]\s*)?"
        # dictated in pairs: "agência 38 27"
        r"(?P<number>\d{3,6}(?:-[\dxX])?|\d{2}[ \t]\d{2})(?![\w]|[.\-/]\d)"
        # the account after a slash: "ag. 2918 / 3988369-2"
        r"(?:[ \t]*/[ \t]*(?P<account>\d{4,13}(?:-[\dxX])?)(?![\w]|[.\-/]\d))?",
        re.IGNORECASE,
    )
    # "conta p/ crédito 5420-4 / 00455-X": what the account is for may come between, and
    # agency and account may stand together, split by a slash
    _account = re.compile(
        # (an incentive-law project's pair of accounts: "conta captação 65786392-6, conta movimento …")
        r"(?<![\w])(?:conta(?:[\s-]+(?:corrente|poupan[çc]a|sal[aá]rio|pagamento|capta[çc][ãa]o|movimento)"
        # "conta poupança social digital 332024334"
        r"(?:[ \t]+(?:social|digital|f[aá]cil|simples|conjunta|individual)){0,2})?"
        r"(?:[ \t]+(?:p/|para|de|do)[ \t]*(?:cr[eé]dito|dep[oó]sito|recebimento|pagamento))?"
        r"|c/c|c\.c\.|cc|c/p|account)\s*(?:\.{3,}[ \t]*)?(?:n[º°o.]?\s*|[:=]\s*)?"
        # the check digit dictated after a pause: "conta 8757119 3"
        r"(?P<number>" + _DOTTED_ACCOUNT + r"|\d{1,3}(?:\.\d{3})+(?:-[\dxX])?"
        r"|\d{3,13}(?:-[\dxX]|[ \t]\d(?=[ \t]*(?:\n|$)|[ \t]+[^\W\d]))?)"
        # (Markdown's italics may close right after it: "_… c/c 914165487-4_")
        r"(?![^\W_]|_\w|[.\-/]\d)"
        r"(?:[ \t]*/[ \t]*(?P<second>" + _DOTTED_ACCOUNT + r"|\d{1,3}(?:\.\d{3})+-[\dxX]|\d{3,13}-[\dxX])"
        r"(?![\w]|[.\-/]\d))?",
        re.IGNORECASE,
    )
    # Agency and account glued by a slash after "conta": "paga na conta 0789-3/379439234-2",
    # "conta 2640/3630313" (check digits or not)
    # (or the holder between: "débito na conta do clube 2708/575702-8")
    _agency_slash_account = re.compile(
        r"(?<![\w])conta(?:[ \t]+d[oa][ \t]+[^\W\d]+)?[ \t]*(?:n[º°o.]?[ \t]*|:[ \t]*)?(?P<agency>\d{4}(?:-[\dxX])?)/"
        r"(?P<account>\d{4,13}(?:-[\dxX])?)(?![\w/]|[.\-]\d)",
        re.IGNORECASE,
    )
    # A bank's three-digit code and name, where an account's number might stand
    # ("077 - Inter", "104 (Caixa)")
    _bank_code = re.compile(r"\d{3}[ \t]*(?:[-–—][ \t]*|\([ \t]*)[^\W\d]")
    # An incentive-law project's accounts named by their kind alone, after "conta(s)" on
    # their line: "contas vinculadas — Banco do Brasil, agência 0652-0: captação 928696585-9,
    # movimento 24417372-8" (with the check digit only)
    _project_account = re.compile(
        r"(?<![\w])(?:capta[çc][ãa]o|movimento)[ \t]*:?[ \t]*(?P<number>\d{3,13}-[\dxX])(?![\w]|[.\-/]\d)",
        re.IGNORECASE,
    )
    # "poupança 44499-1" without "conta": only with its check digit ("poupança 1.000"
    # is money)
    _savings = re.compile(
        r"(?<![\w])poupan[çc]a\s*(?:n[º°o.]?\s*|:\s*)?"
        r"(?P<number>" + _DOTTED_ACCOUNT + r"|\d{1,3}(?:\.\d{3})+-[\dxX]|\d{3,13}-[\dxX])(?![\w]|[.\-/]\d)",
        re.IGNORECASE,
    )
    # A savings account's variation or operation before its number (Banco do Brasil's
    # "poupança var. 51 3498289", Caixa's "conta poupança op. 013 00012345-6"): the number
    # after it is the account, check digit or not
    _savings_variation = re.compile(
        r"(?<![\w])(?:poupan[çc]a|conta)\s+(?:var(?:ia[çc][ãa]o)?|op(?:era[çc][ãa]o)?)\.?\s*(?:n[º°o.]?\s*)?"
        r"\d{2,3}[ \t]*[-–:/]?[ \t]*(?P<number>\d{4,13}(?:-[\dxX])?)(?![\w]|[.\-/]\d)",
        re.IGNORECASE,
    )
    # A savings account after its agency, check digit or not: "ag. 2137 poupança 160986"
    _savings_after_agency = re.compile(
        r"(?<![\w])ag(?:[eê]ncia|\.)?[ \t]*\d{3,5}(?:-[\dxX])?[ \t]*,?[ \t]*(?:conta[ \t]+)?poupan[çc]a[ \t]*"
        r"(?:n[º°o.]?[ \t]*|:[ \t]*)?(?P<number>\d{4,13}(?:-[\dxX])?)(?![\w]|[.\-/]\d)",
        re.IGNORECASE,
    )
    # Bank, agency and account in one field, split by slashes, in a record that speaks of
    # bank accounts ("debito,260/0162/843237-1" under "# debito: banco/agencia/conta"); the
    # bank's code is not personal
    _bank_agency_account = re.compile(
        r"(?<![\w/.-])\d{3}/(?P<agency>\d{4}(?:-[\dxX])?)/(?P<account>\d{4,13}(?:-[\dxX])?)(?![\w/]|[.-]\d)"
    )
    _transfer_destination = re.compile(
        r"(?<![\w])(?i:ted|doc|tef|transf(?:er[eê]ncia)?)[ \t]*[:=][ \t]*\d{3}/(?P<agency>\d{4}(?:-[\dxX])?)/"
        r"(?P<account>\d{4,13}(?:-[\dxX])?)(?![\w/]|[.-]\d)"
    )
    # IBAN: country, two check digits, then up to 30 letters and digits, in groups of four
    # or not ("DE25 3528 2628 8335 1041 56", "IT63L0670945201778943281033")
    _iban = re.compile(
        r"(?<![\w-])[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|[A-Z0-9]{10,30})(?![\w-])"
    )
    # A foreign account after an explicit label: "Conta/IBAN: 692-9490856", "account no.
    # 123-4567890", "IBAN: …" (groups of digits joined by dashes or single spaces)
    _labelled_foreign = re.compile(
        r"(?<![\w])(?:conta[ \t]*/[ \t]*iban|iban|account(?:[ \t]+(?:number|no\.?|n[º°]))?"
        r"|acct\.?)[ \t]*(?::[ \t]*|n[º°o.][ \t]*)?"
        r"(?P<number>\d{2,8}(?:[- ]\d{2,12}){1,3})(?![\w]|[.\-/]\d)",
        re.IGNORECASE,
    )

    # A transfer's line of a bank statement: "TED 237 0245 2143401 JOAO P FREITAS" -- the
    # kind, the bank's code, then the counterpart's agency and account before the name
    _transfer_memo = re.compile(
        r"(?<![\w])(?:TED|DOC|TEF)[ \t]+\d{3}[ \t]+(?P<agency>\d{4}(?:-[\dxX])?)[ \t]+"
        r"(?P<account>\d{4,13}(?:-[\dxX])?)(?=[ \t]+[^\W\d])"
    )

    # ... or after the counterpart's name, the amount after them: "TED RECEBIDA ANA LIMA
    # 756 7586 27686465-1  564,85"
    _transfer_after_name = re.compile(
        r"(?<![\w])(?:TED|DOC|TEF)[ \t]+[^\W\d][^\n\d]{0,80}?[ \t]\d{3}[ \t]+(?P<agency>\d{4}(?:-[\dxX])?)"
        r"[ \t]+(?P<account>\d{4,13}(?:-[\dxX])?)(?![\w,.]|-\w)"
    )

    # A CNAB 240 remittance's segment A (a payment's detail): bank (3), lot (4), record
    # type (1) and sequence (5) digits, the segment's letter at column 14, then the payee's
    # bank and clearing codes, agency and zero-padded account before the payee's name
    # ("2370001303612A000018237 6309 000000267228 YUSMARY SILVA …")
    _cnab_segment_a = re.compile(
        r"(?m)^\d{13}A\d{3,}[ \t]+(?P<agency>\d{4,5}(?:-?[\dxX])?)[ \t]+"
        r"(?P<account>\d{5,13}(?:-?[\dxX])?)[ \t]+(?=[^\W\d])"
    )

    # SWIFT MT messages: the ordering (50A/F/K) and beneficiary (59/59A/59F) customer's
    # field opens with "/" and the account ("IBAN or number")
    _swift_account = re.compile(r"(?m)^:(?:50[AFK]|59[AF]?):/(?P<number>[A-Z0-9][A-Z0-9./-]{3,33})[ \t]*$")
    # A structured record's field named for the agency or the account: '"agencia": "0001"',
    # "<numeroConta>12345-6</numeroConta>", '"account": {"agency": "9487", "number": "620323-1"}'
    _keyed = re.compile(
        r"(?:<(?P<tag>[A-Za-z_][\w.-]{0,40})>|[\"'](?P<key>[A-Za-z_][\w.-]{0,40})[\"'][ \t]*[:=][ \t]*[\"']?)"
        r"(?P<number>\d{1,3}(?:\.\d{3})+(?:-[\dxX])?|\d{3,13}(?:-[\dxX])?)(?=[\"'<,;}\s]|$)"
    )
    # A number field inside an object keyed by the account: '"account": {"agency": …,
    # "number": "620323-1"}'
    _account_object = re.compile(
        r"[\"']?(?:account|conta|bank[_ ]?account|conta[_ ]?bancaria|dados[_ ]?bancarios)[\"']?[ \t]*:[ \t]*\{[^{}]{0,120}$",
        re.IGNORECASE,
    )
    # An agency's key earlier in the same object: "branchCode", "agencia", "partieBranchCode"
    _agency_sibling = re.compile(r"[\"'](?:[\w.-]*(?i:branch|agency|agencia|ag[eê]ncia))[\w.-]*[\"'][ \t]*:[ \t]*[\"']?\d")
    # A number that fills a table cell: agency, account, or both split by a slash
    _cell_number = re.compile(
        r"(?P<first>" + _DOTTED_ACCOUNT + r"|\d{1,3}(?:\.\d{3})+(?:-[\dxX])?|\d{3,13}(?:-[\dxX])?)"
        r"(?:[ \t]*/[ \t]*(?P<second>" + _DOTTED_ACCOUNT
        + r"|\d{1,3}(?:\.\d{3})+(?:-[\dxX])?|\d{3,13}(?:-[\dxX])?))?"
    )
    _bare_number = re.compile(r"(?<![\w.,/-])(?:\d{3,13}(?:-[\dxX])?)(?![\w]|[.,/-]\d)")
    # a bank's code and an agency in one cell, one blank apart
    _code_and_agency = re.compile(r"\d{3}[ ](?P<agency>\d{4}(?:-[\dxX])?)(?![\w]|[.,/-]\d)")
    # the next cell of a row, when it holds a number
    _next_cell_number = re.compile(r"(?:[ ]{2,}|\t)[ \t]*(?P<number>\d{3,13}(?:-[\dxX])?)(?![\w]|[.,/-]\d)")
    # a header's bank word, maybe a schema's snake_case part ("agencia_pagto", "nr_conta")
    # "Centro de custo: CC03851": a cost centre's code, not a current account ("cc")
    _cost_centre = re.compile(r"(?:centro[ \t]+de[ \t]+custos?|c\.[ \t]*custo)[ \t]*[:.-]?[ \t]*$")
    _bank_header_word = re.compile(r"(?<![^\W_])(?:ag|agencia|cc|c/c|conta|branch|account)(?![^\W_])")

    # a bank API's resource path, agency then account: "GET /v2/contas/2328/22701/extrato"
    _account_path = re.compile(
        r"/(?:contas?|accounts?)/(?P<agency>\d{4}(?:-[\dxX])?)/(?P<account>\d{4,13}(?:-[\dxX])?)(?=[/?#\s\"']|$)")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        yield from self._structured(text, context)
        if "/" in text:
            for match in self._account_path.finditer(text):
                yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        agencies = list(self._agency.finditer(text))
        for match in agencies:
            start, end = match.span("number")
            yield Span(start, end, "BANK_ACCOUNT", 0.85, self.name)
            if match.group("account"):
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        for match in self._account.finditer(text):
            start, end = match.span("number")
            if self._bank_code.match(text, start):
                continue  # "Conta para crédito: 077 - Inter – agência …": the bank's code
            if self._cost_centre.search(context.before(match.start(), 24)):
                continue
            if "  " in text and (header := aligned_header_at(context, match.start())) \
                    and self._cost_centre.search(header):
                continue  # "CC9277" under a fleet invoice's "C.CUSTO" column
            if "\n" in text[match.start():start] and _GAP.search(text, text.rfind("\n", 0, match.start()) + 1,
                                                                  match.start()):
                continue  # a table header's last word, not the next row's first number: "…  CONTA\n36229"
            words = match.group()[: start - match.start()].lower()
            strong = agencies or any(w in words for w in ("corrente", "poupan", "c/c", "c.c"))
            yield Span(start, end, "BANK_ACCOUNT", 0.85 if strong else 0.6, self.name)
            if match.group("second"):
                yield Span(*match.span("second"), "BANK_ACCOUNT", 0.85 if strong else 0.6,
                           self.name)
        if "conta" in context.folded:
            for match in self._project_account.finditer(text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                if "conta" in context.folded[line_start:match.start()]:
                    yield Span(*match.span("number"), "BANK_ACCOUNT", 0.85 if agencies else 0.6, self.name)
        for match in self._savings.finditer(text):
            if not text[max(0, match.start() - 6):match.start()].lower().rstrip().endswith("conta"):
                yield Span(*match.span("number"), "BANK_ACCOUNT", 0.85, self.name)
        for match in self._agency_slash_account.finditer(text):
            yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
            yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        for match in chain(self._savings_variation.finditer(text), self._savings_after_agency.finditer(text)):
            yield Span(*match.span("number"), "BANK_ACCOUNT", 0.85, self.name)
        for match in self._iban.finditer(text):
            if stdnum_iban.is_valid(match.group()):
                yield Span(match.start(), match.end(), "BANK_ACCOUNT", 0.9, self.name)
        if "TED" in text or "DOC" in text or "TEF" in text:
            for match in chain(self._transfer_memo.finditer(text), self._transfer_after_name.finditer(text)):
                yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        if "A" in text:
            for match in self._cnab_segment_a.finditer(text):
                yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        for match in self._labelled_foreign.finditer(text):
            start, end = match.span("number")
            yield Span(start, end, "BANK_ACCOUNT", 0.85, self.name)

    def _structured(self, text: str, context: ContextWindow) -> Iterator[Span]:
        """Accounts that a record's structure names: a SWIFT customer field, a key, a
        table column headed for the agency or the account."""
        if ":5" in text:
            for match in self._swift_account.finditer(text):
                yield Span(*match.span("number"), "BANK_ACCOUNT", 0.9, self.name)
        if '"' in text or "'" in text or "<" in text:
            for match in self._keyed.finditer(text):
                words = _key_words(match.group("tag") or match.group("key"))
                role = _bank_key_role(words)
                if role is None and words.split()[-1] in _NUMBER_WORDS and all(
                        w in _QUALIFIERS for w in words.split()):
                    if self._account_object.search(text, max(0, match.start() - 130), match.start()):
                        role = "account"
                    elif self._agency_sibling.search(_object_before(text, match.start())):
                        # '{"compeCode": "077", "branchCode": "6289", "number": "7152766-5"}':
                        # the number beside an agency in one object is the account's
                        role = "account"
                if role is not None:
                    yield Span(*match.span("number"), "BANK_ACCOUNT", 0.85, self.name)
        if "/" in text and ("ted" in context.folded or "doc" in context.folded or "transf" in context.folded):
            # a transfer's destination, bank/agency/account after its kind: "ted:336/5315/29611-1"
            for match in self._transfer_destination.finditer(text):
                yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        if not self._bank_header_word.search(context.folded):
            return
        if "/" in text:
            for match in self._bank_agency_account.finditer(text):
                yield Span(*match.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                yield Span(*match.span("account"), "BANK_ACCOUNT", 0.85, self.name)
        cells = table_cells(context)
        # a "Conta" column beside an agency's is the bank account, check digit or not
        with_agency = {text.rfind("\n", 0, c.start) for c in cells if _bank_header_role(c.header) == "agency"}
        # ... and so is a "Conta" field under an "Agência" field, in a table of fields and
        # their values ("| Agência | 6329-6 |" then "| Conta | 59056 |")
        agency_fields = [c.start for c in cells if c.header in VALUE_HEADERS
                         and _bank_header_role(value_field(context, c) or "") == "agency"]
        for cell in cells:
            # (in a table of fields and their values, the row's field: "| Agência | 5362")
            header = (value_field(context, cell) or "") if cell.header in VALUE_HEADERS else cell.header
            role = _account_or_key(_bank_header_role(header), text[cell.start:cell.end])
            if role == "weak account" and (text.rfind("\n", 0, cell.start) in with_agency or (
                    cell.header in VALUE_HEADERS and any(
                        a < cell.start and text.count("\n", a, cell.start) <= 2 for a in agency_fields))):
                role = "account"
            if role is not None and (match := self._cell_number.fullmatch(text, cell.start, cell.end)):
                yield from _cell_spans(match, role, self.name)
        if "  " in text or "\t" in text:
            for match in self._bare_number.finditer(text):
                header = aligned_header_at(context, match.start())
                role = _account_or_key(_bank_header_role(header), match.group()) if header else None
                if role == "weak account" and (table := aligned_table_at(context, match.start())) is not None \
                        and any(w in _AGENCY_WORDS for h in table[0] for w in re.split(r"[^\w]+", h)):
                    role = "account"  # "BCO AGENCIA CONTA": beside an agency's column
                if role == "agency" and (coded := self._code_and_agency.match(text, match.start())) \
                        and any(w in ("bco", "banco", "bank") for w in header.split()):  # type: ignore[union-attr]
                    # "BCO AGÊNCIA" over "033 5169": the bank's code, then the agency
                    yield Span(*coded.span("agency"), "BANK_ACCOUNT", 0.85, self.name)
                    continue
                if role is not None and (number := self._cell_number.fullmatch(text, *match.span())):
                    yield from _cell_spans(number, role, self.name)
                    if role == "both" and number.group("second") is None \
                            and re.fullmatch(r"\d{3,5}(?:-[\dxX])?", number.group()) \
                            and (account := self._next_cell_number.match(text, match.end())) \
                            and _bank_header_role(aligned_header_at(context, account.start("number")) or ""):
                        # "AGÊNCIA CONTA", one header over two cells ("3078    610503-5"): the
                        # agency, then the account in the next cell
                        yield Span(*match.span(), "BANK_ACCOUNT", 0.85, self.name)
                        yield Span(*account.span("number"), "BANK_ACCOUNT", 0.85, self.name)


_GAP = re.compile(r"[ ]{2,}|\t")  # between a table's cells
_NUMBER_WORDS = frozenset({"number", "numero", "num", "nr", "no", "nro"})


def _object_before(text: str, position: int) -> str:
    """The part before `position` of the JSON object that `position` is in: up to 200
    characters, from its opening brace or the last closing one (an inner object's)."""
    window = text[max(0, position - 200):position]
    return window[max(window.rfind("}"), window.rfind("{")) + 1:]


def _key_words(key: str) -> str:
    """A key's folded words: "numeroConta" -> "numero conta", "bank_account" -> "bank account"."""
    return " ".join(re.sub(r"[_.\-]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)).lower().split())


# "branchid", "acctid": OFX's <BANKACCTFROM> fields
# (and a fixed-width header's cuts: "BCO AGEN CONTA")
_AGENCY_WORDS = frozenset({"ag", "agen", "agenc", "agencia", "agência", "branch", "agency", "branchid"})
_ACCOUNT_WORDS = frozenset({"conta", "account", "acct", "cc", "c/c", "acctid"})
# words a bank field's key or header may add to its noun: "numero conta", "conta dv",
# "account number", "bank account", "conta corrente"
_QUALIFIERS = frozenset({"numero", "num", "nr", "no", "n", "number", "nro", "bank", "banco", "bco",
                         "bancaria", "corrente", "poupanca", "poup", "dv", "digito", "code", "codigo",
                         "cod", "do", "da", "de", "the", "favorecido", "cliente", "pagador",
                         "recebedor", "beneficiario", "titular", "cd",
                         # Open Finance Brasil's counterpart ("partieBranchCode",
                         # "partieNumber") and English parties
                         "partie", "party", "counterparty", "payer", "payee", "holder",
                         # what the account is for, as HR and payment exports abbreviate
                         # it: "agencia_pagto", "conta_pgto", "conta_salario"
                         "pagto", "pgto", "pagamento", "salario", "deposito", "recebimento",
                         "destino", "origem",
                         # a platform's payout to a creator or a seller: "payout_branch",
                         # "payout_account", "repasse_conta"
                         "payout", "repasse", "saque", "withdrawal",
                         # a column for the account or a Pix key ("conta / chave pix"): the
                         # value's shape tells which
                         "chave", "pix",
                         # an inmate's savings account for the day of release: "Conta pecúlio",
                         # "CONTA PEC."
                         "peculio", "pec"})


def _bank_key_role(words: str) -> str | None:
    """"agency" or "account" when a key's words name a bank agency or account and nothing
    else ("account_id", "conta_luz" are other things), else None."""
    parts = words.split()
    if not parts or not all(w in _AGENCY_WORDS or w in _ACCOUNT_WORDS or w in _QUALIFIERS
                            for w in parts):
        return None
    if any(w in _AGENCY_WORDS for w in parts):
        return "agency"
    if any(w in _ACCOUNT_WORDS for w in parts):
        return "account"
    return None


def _bank_header_role(header: str) -> str | None:
    """What a table column headed `header` (folded) holds: "agency", "account", "both"
    ("AG/CONTA", "Agência / Conta", "BANCO 237 Bradesco AG/CONTA"), or None."""
    parts = [w for w in re.split(r"[^\w/]+|(?<=\w)/(?=\w)", header.replace("c/c", "cc")) if w.strip("/")]
    agency = any(w in _AGENCY_WORDS for w in parts)
    account = any(w in _ACCOUNT_WORDS for w in parts)
    if agency and account:
        return "both"
    if not (agency or account):
        return None
    # nothing but the bank's words ("AG", "Nº da conta", "CC"), a bank's name and code
    # allowed only before an agency/account pair
    # (or a Pix key's type or the key itself, in the same column: "AG/TIPO", "CONTA/CHAVE")
    if not all(w in _AGENCY_WORDS or w in _ACCOUNT_WORDS or w in _QUALIFIERS or w in _PIX_ALTERNATIVES
               for w in parts):
        return None
    if agency:
        return "agency"
    if any(w in _STRONG_ACCOUNT for w in parts):
        return "account"
    # (shared with a Pix key's column, "conta/chave", an account to pay into: a bank's, when
    # the number has no key's shape)
    return "account or key" if any(w in ("chave", "pix") for w in parts) else "weak account"


# ("conta_ou_chave"; "AGÊNCIA / FORMA": the agency, or how it is paid when not into an account)
_PIX_ALTERNATIVES = frozenset({"tipo", "chave", "pix", "ou", "forma"})


def _account_or_key(role: str | None, value: str) -> str | None:
    """An "account or key" column's value: an account, unless it has a key's shape (a CPF's
    or a phone's ten or eleven digits, a CNPJ's fourteen, and no account's check digit after a
    dash: "488255222-5" is an account), which its own detector reads."""
    if role != "account or key":
        return role
    if re.fullmatch(r"[ \t]*\d{3,12}-[\dxX][ \t]*", value):
        return "account"
    return None if len(digits_of(value)) in (10, 11, 14) else "account"


# Words that make a "conta" a bank account ("conta corrente", "CC"); a column headed
# "Conta" alone may be a ledger account's code
_STRONG_ACCOUNT = frozenset({"cc", "corrente", "poupanca", "poup", "bancaria", "bank", "banco"})


def _cell_spans(match: re.Match[str], role: str, detector: str) -> Iterator[Span]:
    """The agency and account numbers of a table cell under a bank column."""
    first, second = match.group("first"), match.group("second")
    if role == "both":
        if second is not None:
            yield Span(*match.span("first"), "BANK_ACCOUNT", 0.85, detector)
            yield Span(*match.span("second"), "BANK_ACCOUNT", 0.85, detector)
        return
    if second is not None:
        return
    if role == "agency" and not re.fullmatch(r"\d{3,5}(?:-[\dxX])?", first):
        return
    if role == "weak account" and "-" not in first:
        return  # "CONTA | DESCRIÇÃO": an accounting account's code, unless it has a check digit
    yield Span(*match.span("first"), "BANK_ACCOUNT", 0.85, detector)
