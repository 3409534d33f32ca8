"""E-mail addresses, Brazilian phone numbers and IP addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import phonenumbers
from stdnum.br import cpf as stdnum_cpf

from afinar.privacy import keywords
from afinar.privacy.detectors._scoring import NEGATIVE, HAS_DIGIT, contextual_score, dictated, digits_of
from afinar.privacy.folding import ContextWindow
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import aligned_header_at, cell_at, hl7_fields


@register_detector
class EmailDetector(Detector):
    """E-mail addresses (local@domain.tld); the shape is conclusive but for a message's or
    an event's identifier and an organisation's role mailbox, which name no person."""

    name = "email"
    labels = ("EMAIL_ADDRESS",)
    trigger = re.compile("@")
    _pattern = re.compile(
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w@])"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._pattern.finditer(text):
            local = match.group()[: match.group().index("@")]
            if (self._machine_local.fullmatch(local) or local.lower() in _ROLE_MAILBOXES
                    or _is_role_desk(local, match.group()[len(local) + 1:])
                    or self._internal_domain.search(match.group())
                    or self._message_id.match(text, text.rfind("\n", 0, match.start()) + 1, match.start())):
                yield Span(match.start(), match.end(), "EMAIL_ADDRESS", 0.4, self.name)
            else:
                yield Span(match.start(), match.end(), "EMAIL_ADDRESS", 0.95, self.name)

    # Shaped like an address but no mailbox: a mail's Message-ID ("<9972aef3…@mail.gmail.com>"),
    # an iCalendar event's UID ("UID:e0412dde-…@projuris.com.br"): a header that names a
    # message or an event, or a local part of hexadecimal digits and dashes only (a hash,
    # a UUID) that nobody reads mail at
    _message_id = re.compile(
        r"(?i)(?:message-id|in-reply-to|references|content-id|uid|x-[\w-]*-id)[ \t]*[:;][^\n]*$"
    )
    _machine_local = re.compile(r"(?=[0-9a-fA-F-]*\d)[0-9a-fA-F-]{16,}")
    # a directory's logon name in a domain that no mail reaches (Active Directory's
    # userPrincipalName "wleite@empresa.local"): an account, not a mailbox
    _internal_domain = re.compile(r"\.(?i:local|lan|internal|intranet|corp|localdomain)$")


_LOCAL_PIECES = re.compile(r"[._-]")
# Mail providers where anyone has a mailbox: a role word there opens a person's address
_FREE_MAIL = re.compile(r"(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|bol|uol|ig|terra|icloud|"
                        r"me|protonmail|proton|zoho|aol|gmx|globo|globomail|r7|oi)\.", re.IGNORECASE)


# desks that are only ever numbered: an electoral registry office by its zone ("ze50@tre-pe…",
# "zona285@…"; "ze" alone may be a Zé)
_NUMBERED_DESKS = frozenset({"ze", "zona"})


def _is_role_desk(local: str, domain: str) -> bool:
    """A service's desk within a role mailbox: "ouvidoria.saude@…", "secretaria.escolar@…",
    "creas.leste@…" (a role word first); not on a free mail provider, nor with a given name
    after the role ("sales.arthur@…": a person in sales)."""
    pieces = _LOCAL_PIECES.split(local.lower())
    if _FREE_MAIL.match(domain):
        return False
    if len(pieces) == 1:
        # a numbered desk: "dp78@policiacivil…", "sac2@…"
        return local.rstrip("0123456789").lower() in _ROLE_MAILBOXES | _NUMBERED_DESKS and local[-1:].isdigit()
    from afinar.privacy.folding import fold
    from afinar.privacy.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    if pieces[0] in _ROLE_MAILBOXES:
        return not any(fold(piece) in gazetteer.given for piece in pieces[1:])
    # ... or the role last, after a unit's abbreviation: "medicina.trabalho@…",
    # "delpom.cartorio@…" (not "maria.financeiro@…", "silva.rh@…", "eulina.sales@…": a
    # person in the office, by the gazetteer or by the look of the word)
    from afinar.privacy.name_shape import is_name_shaped

    return pieces[-1] in _ROLE_MAILBOXES and not any(
        fold(piece) in gazetteer.given or fold(piece) in gazetteer.surnames or is_name_shaped(fold(piece))
        for piece in pieces[:-1])


# An organisation's role mailbox names a service, not a person: "sac@…", "contato@…",
# "nao-responda@…"
_ROLE_MAILBOXES = frozenset({
    "sac", "contato", "atendimento", "faleconosco", "fale-conosco", "ouvidoria", "suporte",
    "noreply", "no-reply", "naoresponda", "nao-responda", "nao_responda", "no_reply",
    "donotreply", "do-not-reply", "postmaster", "mailer-daemon", "webmaster",
    # a firm's departments: "posvenda@loja.com.br", "cobranca@…", "rh@…"
    "posvenda", "pos-venda", "pos.venda", "vendas", "comercial", "financeiro", "cobranca",
    "faturamento", "compras", "rh", "juridico", "marketing", "ti", "helpdesk", "servicedesk",
    "info", "support", "sales", "billing", "admin",
    # the data-protection officer's channel
    "privacidade", "dpo", "lgpd", "privacy", "encarregado",
    # a school's or a public body's offices: "vestibular@uel.br", "secretaria@…"
    "vestibular", "secretaria", "protocolo", "reitoria", "prefeitura", "imprensa",
    "concursos", "selecao", "matriculas", "graduacao", "ensino", "editais",
    # a small business's or a clinic's desks and a system's senders: "encomendas@doceria…",
    # "recepcao@clinica…", "eventos@buffet…", "alerts@obs.…"
    "encomendas", "pedidos", "orcamento", "orcamentos", "reservas", "agendamento",
    "agendamentos", "recepcao", "eventos", "alerts", "alertas", "alert", "notifications",
    "notificacoes", "avisos", "newsletter",
    # an accounting office's desks: "fiscal@…", "contabil@…", "dp@…" (its payroll)
    "fiscal", "contabil", "contabilidade", "dp", "departamento.pessoal", "folha", "societario",
    # public social and health services' units: "creas@…", "conselhotutelar@…",
    # "vigilancia.socioassistencial@…"
    "creas", "cras", "conselhotutelar", "caps", "ubs", "vigilancia",
    # a drugstore's, a manufacturer's, a research site's desks: "loja@…",
    # "farmacovigilancia@…", "cep@…" (the research ethics committee), "contasapagar@…"
    "loja", "farmacia", "farmacovigilancia", "qualidade", "regulatorio", "pesquisa", "cep",
    "conep", "estoque", "logistica", "expedicao", "entregas", "delivery", "tesouraria",
    "pagamentos", "contasapagar", "contasareceber", "auditoria", "compliance", "naj",
    # a laboratory's and a carmaker's desks: "laudos@…", "recall@…"
    "laudos", "resultados", "recall", "garantia", "frota", "sinistros", "assistencia",
    # an operator's desks for its contractors and its occupational-health service:
    # "portal.contratadas@…", "coordmed@…", "agenda@…"
    "portal", "contratadas", "fornecedores", "terceiros", "sesmt", "medtrab", "coordmed", "coordenacao",
    "agenda",
    # a university's admission and student-aid desks: "sisu@…", "prouni@…", "bolsas@…"
    "sisu", "prouni", "fies", "bolsas", "estagio", "estagios", "diplomas", "biblioteca",
    # a manufacturer's exchange and relationship desks, occupational health and safety, a
    # police station's registry: "trocas@…", "relacionamento@…", "medicina.trabalho@…",
    # "seg.trabalho@…", "delpom.cartorio@…"; a card acquirer's dispute desk and a Procon's
    # complaints unit: "contestacao@…", "cip@procon…"
    "trocas", "relacionamento", "trabalho", "cartorio", "contestacao", "contestacoes", "chargeback", "cip",
    # a dispatcher's, a driving school's, a letting agency's and a building's desks:
    # "documentos@…", "cfc.sp@detran…", "vistoria@…", "locacao@…", "sindico@…", "brigada@…"
    "documentos", "cfc", "vistoria", "vistorias", "locacao", "sindico", "sindica", "brigada", "portaria",
    # a hearing-aid maker's returns and laboratory, a clinic's audiology, a town's civil
    # defence, a health plan's intermediation unit: "rma@…", "laboratorio@…", "fono@…",
    # "defesacivil@…", "nip@…"
    "rma", "laboratorio", "laboratorios", "fono", "fonoaudiologia", "audiologia", "defesacivil",
    "defesa.civil", "nip",
    # a partnership's, a payout's, a sign-up's and a settlement's desks, a sports court's and an
    # anti-doping unit's, a campaign's volunteers: "parcerias@…", "repasses@…",
    # "inscricoes@…", "acordos@…", "tjd@…", "antidoping@…", "voluntarios@…"
    "parcerias", "repasses", "inscricoes", "acordos", "tjd", "stjd", "antidoping", "nutricao", "voluntarios",
    # an exchange agency's homestay desk: "acomodacao@…"
    "acomodacao", "acomodacoes", "homestay", "intercambio",
    # a delivery app's desk for its couriers: "parceiros@…"
    "parceiros", "parceiro", "entregadores",
    # a provider's cancellation desk, a tower company's property team
    "cancelamento", "cancelamentos", "patrimonial",
    # a betting operator's affiliate and responsible-gambling desks, a health plan's refunds,
    # a health department's and a hospital's social and mental-health services
    "afiliados", "jogoresponsavel", "jogo.responsavel", "reembolso", "reembolsos",
    "saudemental", "saude.mental", "servico.social", "servicosocial",
    # a blood bank's donor recruitment, a transplant centre and its clinic, a take-back
    # programme's and a fines office's desks
    "captacao", "redome", "cet", "ambulatorio", "descarte", "autuacao", "imunizacao", "vacinacao",
    # a consórcio's credit desk, an epidemiological surveillance centre (CIEVS), a health
    # surveillance office
    "credito", "cievs", "visa", "vigilancia.sanitaria", "vigilanciasanitaria",
    # a prison administration's desks: savings, parcels, the lawyers' visiting room
    # ("peculio@…", "sedex@…", "parlatorio.itaitinga@…"); an HIV/STI specialised service (SAE)
    "peculio", "sedex", "parlatorio", "sae",
    # an airline's special-assistance, baggage and loyalty desks
    "assistenciaespecial", "assistencia.especial", "bagagem", "bagagens", "fidelidade", "milhas", "escala",
    # a shipping line's and a ship agency's desks: its crew's changes, its ships' husbandry
    # (crew and supplies in port), container demurrage, a port's operations
    "crew", "tripulacao", "husbandry", "demurrage", "detention", "operations", "operacoes", "ops",
    "documentacao", "exportacao", "importacao", "despacho",
    # a zoonosis centre and its castration programme, a clinic's psychology service, a
    # DETRAN's medical board and social licence programme, a school's board, a despachante's
    # office, the agriculture ministry's transit desks
    "zoonoses", "castracao", "psicologia", "juntamedica", "junta.medica", "diretoria", "cnhsocial", "transito",
    "vigiagro", "despachante",
    # a hospital's infection control committee, a laundry's, a franchise's and a theatre's desks,
    # a collecting society's
    "ccih", "scih", "lavanderia", "rouparia", "enxoval", "royalties", "bilheteria", "producao", "camarim",
    "arrecadacao", "patrocinio",
    # a museum's, an archive's and a library's desks, a market's stallholders' desk, an
    # acquirer's disputes, an epidemiology service ("educativo@…", "visitas@…",
    # "emprestimos@…", "leitores@…", "expositores@…", "disputas@…", "epidemiologia@…")
    "educativo", "visitas", "emprestimos", "leitores", "expositores", "disputas", "epidemiologia",
    # a land registry's, a surveying firm's and a city housing office's desks, a family health
    # team ("certidoes@ri…", "ri@…", "registro@…", "topografia@…", "projetos@…",
    # "regularizacao@…", "habitacao@…", "esf@…", "saude@…")
    "certidoes", "certidao", "ri", "registro", "topografia", "projetos", "regularizacao", "habitacao", "esf", "saude",
    # a taxi cooperative's dispatch, registration, lost-property and mobility desks, a union's
    # homologation desk, a clinic's ("central@…", "cadastro@…", "achados@…", "mobilidade@…",
    # "homologacao@sintracon…", "clinica@…")
    "central", "cadastro", "achados", "mobilidade", "homologacao", "clinica",
})


@register_detector
class PhoneDetector(Detector):
    """Brazilian landline and mobile numbers, with or without +55 and the area code (DDD).

    With a DDD the number is validated by `phonenumbers` (area code and subscriber ranges);
    without one only the shape is checked (mobile 9XXXX-XXXX, landline [2-5]XXX-XXXX),
    which is why those need a dash or a context word to pass the default threshold.
    The country code without "+" ("5562978721998", "55 62 97872-1998") counts when the
    rest is a valid Brazilian number, unless a protocol or order word precedes it.
    """

    name = "phone"
    labels = ("PHONE_NUMBER",)
    trigger = HAS_DIGIT
    _pattern = re.compile(
        r"(?=[+(\d])(?<![\w+.\-/])"  # the look-ahead lets `re` skip to candidate starts
        # not a time's seconds or minutes: "16:50:51\n28458244" (prose may wrap a number
        # after its area code, "(27)\n97279-4119", so a line break still joins groups)
        r"(?<!\d:)"
        r"(?P<country>\+\s?55[\s.-]?|0055[\s.-]?)?"
        r"(?P<ddd>\(\s?0?\d{2}\s?\)\s?|0?\d{2}[\s.-]?)?"
        r"(?P<local>9[\s.]?\d{4}(?P<dash1>[\s.-]?)\d{4}|[2-5]\d{3}(?P<dash2>[\s.-]?)\d{4})"
        r"(?![\w]|[.\-/]\d)"
    )

    # A message log's line: its time stamp, an arrow, then the number it was sent to or
    # came from, and a colon ("18/03/2025 22:51 → 5535967662130: …"); what the line before
    # said ("… pelo Pix ou boleto.") does not speak for it
    _log_stamp = re.compile(r"(?:^|\n)[ \t\[]*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?"
                            r"[ \t]*(?:→|->|=>|>>|<-|←|-|–)?[ \t]*$")

    def _log_addressee(self, text: str, start: int, end: int) -> bool:
        return text.startswith(":", end) and self._log_stamp.search(text, max(0, start - 40), start) is not None

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        firm_cards = _organisation_cards(text) if "VCARD" in text else []
        # an HL7 order's placer and filler numbers (OBR-2/3, ORC-2/3): the lab's ids
        orders = [(start, end) for segment in ("OBR", "ORC") if f"{segment}|" in text
                  for field, start, end in hl7_fields(text, segment) if field in (2, 3)]
        for match in self._pattern.finditer(text):
            if firm_cards and any(s <= match.start() < e for s, e in firm_cards):
                yield Span(match.start(), match.end(), "PHONE_NUMBER", 0.3, self.name)
                continue  # a firm's own contact card: its number reaches no person
            if orders and any(s <= match.start() and match.end() <= e for s, e in orders):
                continue
            if self._longer_run.match(text, match.end()) and not re.search(r"[-)]", match.group()):
                continue  # "719 5149 9960" of "719 5149 9960 6217": a CNS's first groups
            digits = digits_of(match.group())
            has_country = bool(match.group("country"))
            ddd = match.group("ddd")
            if has_country:
                digits = digits[4:] if digits.startswith("0055") else digits[2:]
            punctuated = bool(match.group("dash1") or match.group("dash2"))
            if ddd:
                digits = digits.lstrip("0") if digits.startswith("0") else digits
                if not valid_brazilian_number(digits):
                    continue
                if self._nationwide_number.match(digits_of(match.group("local"))):
                    # "+55 11 4004-1234": the firm's nationwide number written in full
                    yield Span(match.start(), match.end(), "PHONE_NUMBER", 0.3, self.name)
                    continue
                styled = has_country or "(" in ddd or punctuated
                base = 0.9 if styled else 0.5
            else:
                if has_country:
                    continue  # +55 straight into the local number: not a dialable form
                base = 0.55 if punctuated and digits.startswith("9") else 0.4
                if self._shared_number.match(digits):
                    # 3003/4004-xxxx: a firm's nationwide number, dialled without an area
                    # code, that reaches a call centre, not a person
                    yield Span(match.start(), match.end(), "PHONE_NUMBER", 0.3, self.name)
                    continue
            # with its area code a number has ten or eleven digits, never a CEP's eight: a
            # "CEP" before it names the CEP that came first ("CEP 56019-320\nContatos: (81)
            # 96842-2606 / (47) 2695-9162")
            ignore = frozenset()
            if ddd:
                # "(84)99955-3184", "14-99819-0621", "+55 48 96207-4982": a mobile number in
                # its full dress (area code set apart, the nine digits grouped) is no protocol,
                # order or reference number, so a case word before it ("Contato informado na
                # reclamação:", "Referência: Marta (…)") does not undo it; a landline's ten
                # digits still may be one ("protocolo (71) 3344-5566")
                local = digits_of(match.group("local"))
                dressed = len(local) == 9 and (
                    has_country or "(" in ddd or (ddd[-1] in " .-" and "-" in match.group("local")))
                # a mobile number so dressed is no other identifier either: a CPF word before
                # it ("manda teu nome completo e cpf no privado dela: (82) 96796-2459") names
                # what is to be sent, not this number
                ignore = _NOT_ANOTHER_NUMBER if dressed else _NOT_A_CEP
            score = contextual_score(context, match.start(), "PHONE_NUMBER", base, own=0.9,
                                     ignore=ignore)
            if score < 0.85 and self._log_addressee(text, match.start(), match.end()):
                score = 0.85
            if score < 0.85 and ddd and len(digits) == 11 and digits[2] == "9" and _PIX_KEY_BEFORE.search(
                    context.before(match.start(), 16)) and not stdnum_cpf.is_valid(digits):
                score = 0.85  # a Pix key that is a mobile number: "chave pix 51993778755"
            yield Span(match.start(), match.end(), "PHONE_NUMBER", score, self.name)
        for match in self._country_without_plus.finditer(text):
            if self._longer_run.match(text, match.end()) and self._group_before.search(
                    text, max(0, match.start() - 5), match.start()):
                continue  # the middle of a row of four-digit groups: an NF-e access key
            digits = digits_of(match.group())
            if not valid_brazilian_number(digits[2:]):
                continue
            if self._nationwide_number.match(digits[4:]):
                continue  # "551140041234": a firm's nationwide number (see above)
            # twelve or thirteen bare digits that make a valid number after "55" (an SMS
            # gateway's DESTINO column, "5562978721998"); spaced, a dialled number
            base = 0.6 if digits == match.group() else 0.7
            if cell_at(context, match.start()) is not None:
                base = 0.85  # a column of its own: a batch file's destination
            score = contextual_score(context, match.start(), "PHONE_NUMBER", base, own=0.9)
            if score < 0.85 and self._log_addressee(text, match.start(), match.end()):
                score = 0.85
            yield Span(match.start(), match.end(), "PHONE_NUMBER", score, self.name)
        if "+" in text:
            # a number abroad with its country code, valid for `phonenumbers` in that
            # country's plan: "+86 151 9919 5594", "+509 4559-6861", "+963 984 425 384"
            for match in self._international.finditer(text):
                if _valid_international_number(match.group()):
                    yield Span(match.start(), match.end(), "PHONE_NUMBER",
                               contextual_score(context, match.start(), "PHONE_NUMBER", 0.85, own=0.9), self.name)
        # dictated in groups of digits right after its keyword, as speech recognition writes
        # the pauses: "o telefone pra contato continua 3196 852 2169", "no zap 499 93 968 181"
        yield from dictated(context, "PHONE_NUMBER", (10, 11), valid_brazilian_number, self.name)

    # "+" and a country code other than Brazil's, then groups of digits (a bracketed area
    # code among them) split by a blank, a dot or a dash
    _international = re.compile(
        r"(?<![\w+])\+(?!55)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\w]|[.\-/]\d)")

    _shared_number = re.compile(r"[34]00\d\d{4}$")
    # with an area code, only the prefixes reserved for nationwide numbers (3003, 4004,
    # 4020 ...); "(85) 3005-5429" is an ordinary line
    _nationwide_number = re.compile(r"(?:300[34]|400\d|4020|4062|4090)\d{4}$")
    # One more group of four digits after blank- or dot-grouped digits: the phone-shaped
    # start of a longer grouped number (a CNS "719 5149 9960 6217", a card)
    _longer_run = re.compile(r"[ .]\d{4}(?![\w]|[.\-/]\d)")
    _group_before = re.compile(r"\d{4}[ .]$")

    # The country code without "+" or "00": "5562978721998", "55 62 97872-1998",
    # "55 (62) 97872-1998"; not inside a longer row of digits (an NF-e key, a protocol)
    _country_without_plus = re.compile(
        r"(?=5)(?<![\w+.\-/])55[ .-]?(?:\(\d{2}\)|\d{2})[ .-]?"
        r"(?:9[ .]?\d{4}[ .-]?\d{4}|[2-5]\d{3}[ .-]?\d{4})(?![\w]|[.\-/]\d)"
    )


# "chave pix", "pix:", "pix (celular)" right before the number
_PIX_KEY_BEFORE = re.compile(r"(?<![\w])(?:chave[ \t]+)?pix(?:[ \t]*\((?:celular|cel|telefone|fone)\))?[ \t:]*$")
_NOT_A_CEP = frozenset({"BR_CEP"})
_NOT_A_CEP_NOR_A_CASE_NUMBER = frozenset({"BR_CEP", NEGATIVE})
_NOT_ANOTHER_NUMBER = frozenset({"BR_CEP", NEGATIVE, "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_CNS",
                                 "BR_TITULO_ELEITOR", "CREDIT_CARD", "BANK_ACCOUNT"})

# A vCard and the marks of an organisation's card: no person's name in N ("N:;;;;"), or
# Apple's "X-ABShowAs:COMPANY"
_VCARD = re.compile(r"BEGIN:VCARD.*?(?:END:VCARD|\Z)", re.DOTALL)
_FIRM_CARD = re.compile(r"(?m)^(?:N:[; \t]*\r?$|X-ABSHOWAS:COMPANY)", re.IGNORECASE)


def _organisation_cards(text: str) -> list[tuple[int, int]]:
    """(start, end) of each vCard in `text` that describes an organisation, not a person."""
    return [m.span() for m in _VCARD.finditer(text) if _FIRM_CARD.search(m.group())]


def valid_brazilian_number(national_digits: str) -> bool:
    """True when DDD + subscriber number is a valid Brazilian number for `phonenumbers`."""
    if len(national_digits) not in (10, 11):
        return False
    try:
        number = phonenumbers.parse(national_digits, "BR")
    except phonenumbers.NumberParseException:
        return False
    # a toll-free, shared-cost or premium-rate line (0800, 0300, 0500, 0900) is a firm's
    # service number, dialled by everyone: "Para reagendar ligue 0800 069 4847"
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) not in _SERVICE_NUMBER_TYPES


def _valid_international_number(written: str) -> bool:
    """True when `written` ("+86 151 9919 5594") has a country code and a length that
    country's plan allows (`phonenumbers.is_possible_number`: its ranges change faster
    than any copy of them), eight digits or more, and is no service number."""
    if sum(c.isdigit() for c in written) < 8:
        return False
    try:
        number = phonenumbers.parse(written, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number) and phonenumbers.number_type(number) not in _SERVICE_NUMBER_TYPES


_SERVICE_NUMBER_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE,
                                   phonenumbers.PhoneNumberType.SHARED_COST,
                                   phonenumbers.PhoneNumberType.PREMIUM_RATE})


@register_detector
class IpAddressDetector(Detector):
    """IPv4 (each octet 0-255) and IPv6 addresses; a nearby "versão" lowers the score,
    because 1.2.3.4 is also a version number, and so does a private network's address
    without an IP word or a workstation (a word before it, its table column) to name it."""

    name = "ip_address"
    labels = ("IP_ADDRESS",)
    trigger = re.compile(r"[\d:]")  # IPv4 has digits, IPv6 colons
    _ipv4 = re.compile(
        r"(?=\d)(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
        r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)"
    )
    _ipv6 = re.compile(r"(?<![\w:])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f:]{2,39}(?![\w:])")
    # RFC 1918 private networks, loopback and link-local
    _private = re.compile(r"(?:10|127)\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.")
    _version = re.compile(r"(?<!\w)(?:versao|release|build|v\.?)\s*$")
    # public budgets' expense classification, four dotted groups ("dotação 02.08.10.122
    # 3.3.90.48", "natureza de despesa 3.3.90.39"): an account of the budget, no address
    _budget = re.compile(r"(?<!\w)(?:dotacao|dotacoes|natureza d[ae] despesa|elemento de despesa|empenho"
                         r"|classificacao orcamentaria|rubrica)(?!\w)")

    # a workstation named right before the address: "— estação 192.168.5.21", "estação de
    # trabalho: 10.2.0.14", "terminal 172.16.3.9", "máquina 10.0.0.7" (not "máquina virtual")
    _workstation = re.compile(
        r"(?<![\w])(?:estac(?:ao|oes)(?:[ \t]+de[ \t]+trabalho)?|terminal|terminais|workstation"
        r"|maquina|computador|micro|desktop)(?:[ \t]+(?:n[º°o.]?|ip|do[ \t]+usuario|de[ \t]+origem))?"
        r"[ \t]*[:=#(\[-]?[ \t]*$"
    )

    # a device's hardware address on the same line: "DHCPACK on 192.168.13.211 to
    # bc:bd:0a:d7:07:a0 (iPhone)" leases the address to one person's phone
    _mac_after = re.compile(r"[^\n]{0,40}?(?<![\w:])[0-9a-fA-F]{2}(?:[:-][0-9a-fA-F]{2}){5}(?![\w:])")

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        spans = list(self._ipv4_spans(text, context))
        # a private address found to be a device's or a workstation's is so wherever it
        # recurs in the text ("nat: 192.168.13.211 -> 189.225.186.132")
        personal = {text[s.start:s.end] for s in spans if s.score >= 0.9 and self._private.match(text, s.start)}
        for span in spans:
            if span.score < 0.9 and text[span.start:span.end] in personal:
                span = Span(span.start, span.end, "IP_ADDRESS", 0.9, self.name)
            yield span
        yield from self._ipv6_spans(text, context)

    def _ipv4_spans(self, text: str, context: ContextWindow) -> Iterator[Span]:
        for match in self._ipv4.finditer(text):
            if self._version.search(context.before(match.start(), 12)):
                continue
            near_ip = keywords.IP.search(context.before(match.start(), 40))
            if near_ip and near_ip.group().strip(' \t"\':=') == "host" and self._private.match(match.group()) \
                    and _HOST_KEY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                near_ip = None  # a log's server on a private network ('"host": "10.58.62.190"')
            if near_ip:
                score = 0.95
            elif self._private.match(match.group()):
                # a private network's address ("node 10.0.6.137 é interno", a mail's
                # "helo=[192.168.0.171]") is reused by every network and locates no one
                # outside it; it counts when named an IP ("os IPs 138.79.131.201 e
                # 10.10.195.14") or a person's workstation, as access logs tie it to
                # whoever sat there ("— estação 192.168.5.21", a column "ip_estacao")
                if self._workstation.search(context.before(match.start(), 30)) \
                        or _in_workstation_column(context, match.start()) or self._mac_after.match(text, match.end()):
                    score = 0.9
                else:
                    score = 0.4
            elif self._budget.search(context.before(match.start(), 40)):
                score = 0.3
            else:
                score = 0.75
            yield Span(match.start(), match.end(), "IP_ADDRESS", score, self.name)

    def _ipv6_spans(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if ":" in text:
            for match in self._ipv6.finditer(text):
                if len(match.group().strip(":")) < 2:
                    continue  # a separator ("Motofly :: Onboarding"), or "::1", no one's address
                if match.group().endswith("::") and re.match(r"/\d{1,3}(?!\d)", text[match.end():match.end() + 4]):
                    continue  # a delegated prefix, a network's block: "IPv6 (PD): 2804:2ecf:443e:3600::/56"
                try:
                    ipaddress.IPv6Address(match.group())
                except ValueError:
                    continue
                yield Span(match.start(), match.end(), "IP_ADDRESS", 0.85, self.name)


# a log's key for the machine that wrote it: '"host": "', "host="
_HOST_KEY_BEFORE = re.compile(r"(?<![\w])host[\"']?[ \t]*[:=][ \t]*[\"']?$")
# A table column for the address a person worked from: "ip_estacao", "IP", "ip origem",
# "estação", "terminal" (an access log's or an audit trail's)
_WORKSTATION_COLUMN_WORDS = frozenset({"ip", "ips", "ipv4", "estacao", "terminal", "workstation",
                                       "maquina", "computador", "micro", "desktop"})


def _in_workstation_column(context: ContextWindow, start: int) -> bool:
    """True when `start` opens a cell of a table column headed for an IP address or a
    workstation, as the words "IP" or "estação" would say in prose."""
    cell = cell_at(context, start)
    if cell is not None:
        header = cell.header
    elif context.text[max(0, start - 2):start] == "  " or context.text[start - 1:start] == "\t":
        # a blank-aligned table's cell follows a gap, not a single blank inside a sentence
        header = aligned_header_at(context, start)
    else:
        return False
    return header is not None and len(header.split()) <= 4 and any(
        w in _WORKSTATION_COLUMN_WORDS for w in re.split(r"[\W_]+", header))
