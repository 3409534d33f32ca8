"""Build the hundred-and-twelfth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwelfth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11212, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets as a whole (the eighty-fourth had urban buses, metro and
transit cards, the seventy-third road freight, the thirty-third travel in general): INTERCITY AND
INTERSTATE BUS TRAVEL AND ROAD PASSENGER TRANSPORT -- bus companies and bus stations (rodoviárias):
ticket sales at the counter and online (a ticketing terminal's screen, an online platform's
payment log), the passenger manifest the regulator requires (lista de passageiros with documents,
the crew's CNH, a minor travelling with a relative), free and discounted seats (Passe Livre --
Lei 8.899/1994 --, ID Jovem with the NIS, the elderly gratuity of the Estatuto da Pessoa Idosa --
Lei 10.741/2003, art. 40 --, the "declaração de negativa"), rebooking and refunds (the 5% retention,
refunds by card, TED or Pix), luggage claims and lost items (a station's lost-and-found book, a
call about a guitar left on the bus), drivers' shifts, telemetry, tachograph and overspeed reports
and a disciplinary suspension, road accidents with passengers (a federal highway police report,
a hospital's multiple-victim triage, an insurer's claim file for the passengers' accident cover),
lawsuits against bus companies (a passenger's claim, a small-claims hearing on a lost suitcase, a
driver's labour claim on waiting time and split shifts -- Lei 13.103/2015), inspections and
complaints at the regulators (ANTT, ARTESP, AGERGS, AGERBA, ARCE, AGEPAN: an auto de infração and
the company's prior defence, an ombudsman's answer), drivers' occupational health (long-window
toxicology for CNH C/D/E -- CTB art. 148-A --, the ASO, a polysomnography after a micro-sleep, the
SESMT's e-mails, a CAT for a fare collector assaulted on the bus), first aid at a bus station,
and money (agency commissions, a fleet fuel card, the payroll of drivers and cobradores with
alimony, an agency's instalment agreement, the office's treasury chat). All companies are invented
(Viação Aurora do Sul, Expresso Estrela do Norte, Auto Viação Leão do Vale, Rápido Bento Prudente,
Transportes Rosa dos Ventos, Viação Irmãos Calixto, Expresso Luz da Serra, Viação Planalto Celeste,
Real Expresso Jaguaribe, Viação Sertaneja Amado & Filhos; the platforms PassagemJá, RodoClick,
BusFácil, Embarca Aí; the insurers, labs, sleep and occupational clinics), and so is every person.
Layouts vary: WhatsApp exports (Android "dd/mm/yyyy hh:mm - " and iOS "[dd/mm/yyyy, hh:mm:ss]",
senders by number or by saved name, "Você" in an export from the organiser's or treasurer's
phone), a Telegram export (sender once per block), a speech-to-text call (lower case, no accents;
CPF read in groups or digit by digit in words, a spoken birth date, the address, CEP and phone in
groups; the role mailbox spelled out) with the typed record, e-mails with quoted replies (Outlook
"-----Mensagem original-----" with X-Originating-IP, "> " quoting with a web form's IP), one-line
JSON events of a payment gateway, a ticketing terminal's boxed screen, "Campo: valor" forms, dotted
leaders and ruled boxes, +---+ / psql / pipe / plain / Markdown tables, semicolon and comma CSV,
fixed-width reports (a manifest, a telemetry report, a fuel-card statement; names cut at the field
width), legal prose (a civil claim, a labour claim, a defence, a debt agreement with its
e-signature log, hearing minutes with the sentence) and OCR'd or ALL CAPS pieces (an inspection
record, a highway police accident report with OCR slips).
- atendimento: (0) WhatsApp with a bus company: bot, then an attendant; rebooking or cancelling an
  online ticket (CPF, sometimes first mistyped; a masked card and sometimes a full card number typed
  in the chat; a refund account or Pix key; a child on the lap with his or her birth date; e-mail;
  another phone); (1) a speech-to-text call about an object forgotten on the bus (CPF and birth date
  spoken, the driver by first name, the address and CEP spoken or the relative who will collect it,
  the phone) and the typed record (CPF, phone, the bus's plate, the driver, e-mail, the relative's
  RG or CNH, the attendant or his or her login); (2) a ticketing terminal's screen issuing a Passe
  Livre, elderly or ID Jovem seat (name, RG, CPF, birth date, NIS for the ID Jovem, phone, e-mail,
  address and CEP, a companion with CPF; the operator's login or name; a supervisor); (3) an
  ombudsman's e-mail answering a complaint sent to a regulator about a refused gratuity (the
  ombudsman's corporate e-mail, the passenger's e-mail, CPF, birth date, NIS, phone, a relative as
  witness, the driver and the bus's plate, the refund agency and account; X-Originating-IP or the
  web form's IP); (4) a bus station's lost-and-found book (documents found in wallets: RG, CNH, CPF
  and their owners, who collected them with RG or phone; a masked card; a foreign passport sent to
  the federal police; the staff); (5) a passenger manifest (the company's CNPJ, the bus's plate,
  drivers with CNH, seats with names cut at the field width, RG, CPF, CNH or foreign documents,
  contact phones; the dispatcher's notes: a minor with birth date and the relative travelling with
  him or her, a ticket in another's name, a no-show); (6) WhatsApp group of a charter trip
  (names with RG and CPF for the regulator's list, a grandchild's birth date, the organiser's random
  Pix key and name, the bus's plate, the driver and his phone, a pick-up address and CEP, e-mail).
- juridico: (0) a passenger's civil claim after a bus accident (qualified with RG or CNH, CPF,
  sometimes birth date, e-mail, phone, address, CEP; the company's CNPJ; the bus's plate, the
  driver, the physician's CRM, witnesses with CPF or phone; CNJ precedents; lawyers with OAB and
  e-mail); (1) an ALL CAPS road-inspection record of ANTT or a state regulator (the company's CNPJ,
  the bus's plate, the driver with CNH and CPF, a passenger with CPF and phone, the inspector) and
  the company's prior defence (another CNPJ, the driver again, the traffic manager's corporate or
  role e-mail, the lawyer with OAB and e-mail); (2) a bus driver's labour claim (RG or CNH, CPF,
  NIS/PIS, often the título de eleitor, phone, e-mail, address, CEP, CNH; the company's CNPJ; the
  buses' plates; the traffic supervisor and his WhatsApp; witnesses with CPF and sometimes address
  and CEP; CNJ precedent; lawyers); (3) small-claims hearing minutes and sentence on a lost suitcase
  (author's CPF and phone or e-mail, the company's CNPJ, lawyers with OAB, the preposto with RG,
  the conciliator, a witness with CPF, address and CEP, the refund agency and account, the lay
  judge and the judge); (4) an OCR'd federal highway police accident report (the bus's and the
  other vehicle's plates, the company's CNPJ, both drivers with CNH, CPF, birth date, phone, the
  bus driver's address and CEP; victims with birth dates; the relief bus's plate; the officers);
  (5) an insurer's claim file for a passenger injured or killed (victim's CPF, birth date, the bus's
  plate, the physician's CRM, address, CEP, phone; heirs with CPF, agency and account; the analyst's
  corporate e-mail; a lawyer with OAB; an e-signature log with e-mails and public IPs); (6) a
  telemetry overspeed report (plates, drivers cut at the field width or a badge) and the
  suspension letter (the driver's CNH, CPF, PIS, address, CEP, the plate, the manager, witnesses with
  CPF, the union's director and phone).
- saude: (0) a long-window toxicology report (the lab's CNPJ, the donor's CPF, birth date, CNH,
  phone, e-mail, sometimes the employer's CNPJ; the collector; the MRO with CRM and the technical
  lead with CRF or CRBM; when positive, the MRO's call and the donor's e-mail); (1) an ASO in a ruled
  box (the clinic's and the employer's CNPJ, CPF, birth date, sometimes RG, the examining physician
  with CRM, the PCMSO coordinator) and the SESMT's e-mail (corporate e-mails, the employee's phone,
  the SESMT's landline); (2) a polysomnography report, sometimes with the company doctor's referral
  (CRM), the clinic's CNPJ and landline, birth date, CPF or CNS, phone, address, CEP, the sleep
  physician's CRM and the technician; (3) a bus station's first-aid log in Markdown (patients, birth
  dates or ages, relatives' phones, ICD-10; the nurse's COREN; a regulator physician's CRM; a
  relative's RG; an elderly man's CNS); (4) an e-mail thread on a driver's fitness after an event at
  the wheel (corporate e-mails, the driver's CNH and CPF, the bus's plate, a cardiologist's CRM, a
  traffic psychologist's CRP, phones, a spouse); (5) a hospital's multiple-victim triage list as
  semicolon CSV (names or "DESCONHECIDO", birth dates, CNS, relatives' phones) with the regulator's
  CRM, the bus's plate, the company's contact and phone, the social worker's CRESS; (6) a CAT (the
  employer's CNPJ; the worker's birth date, NIT/PIS, CPF, address, CEP, phone; the bus's plate;
  witnesses with addresses; the CNS, the physician's CRM; the issuer's corporate or role e-mail).
- financeiro: (0) an online ticket platform's payment log as JSON lines (buyers with CPF or a masked
  one, e-mails, E.164 phones, public IPs; passengers with CPF or RG; billing address and CEP; masked
  cards; a DEBUG line leaking a full card number with its holder; a private webhook target) and the
  analyst's note; (1) a refund queue as CSV (names, CPF, e-mail, Pix keys of every kind, agency and
  account) with the analysts' notes (a spouse's account, heirs, a returned transfer, a full card
  number sent by e-mail); (2) agency commissions (Markdown or semicolon rows: agencies or MEIs as
  "root + owner's name", CNPJ, owner's e-mail, agency and account) and an owner's e-mail asking for a
  new account; (3) a fleet fuel-card statement (fixed width: the stations' CNPJ, plates, drivers cut
  at the field width, CPF or badge) with the auditor's notes (a private car's plate, a driver's
  phone, a station's CNPJ); (4) the payroll of drivers and cobradores (psql, +---+ or plain: CPF,
  PIS, agency, account) with the DP's notes (alimony to an ex-spouse's account or random Pix key, a
  fine on a plate) and the accountant's CRC and e-mail; (5) a debt acknowledgement and instalment
  agreement with a ticket agency (the company's and agency's CNPJ, the representative's CPF, the
  owner qualified with e-mail and sometimes título; the company's random Pix key; witnesses with CPF;
  the e-signature log); (6) the office's treasury chat -- Telegram, or WhatsApp with "Você" and
  numbers -- (a cashier's shortfall, a driver's allowance by Pix, a toll tag's plate, an agency's
  CNPJ, a passenger's new agency and account, an e-mail).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, in lower
case or ALL CAPS too, are persons. Staff named in the text are persons: attendants, counter clerks,
supervisors, dispatchers, drivers, traffic managers, ombudsmen, inspectors, police officers,
security guards, nurses, physicians, psychologists, lab collectors and technical leads, analysts,
accountants, lawyers, conciliators, lay judges and judges, prepostos, union directors. Logins and
system users ("npinheiro17", "dcabanas29") are not persons, nor the bots (Aurora, Estrela, Bia,
Rodinha, Viaja Bot, Celeste). Corporate e-mails of people are EMAIL_ADDRESS (also in capitals);
role mailboxes (sac@, ouvidoria@, achados@, trafego@, sesmt@, dp@, comercial@, financeiro@...) are
not labelled, nor the one spelled out in the call ("achados arroba ..."). ADDRESS is street type +
name + number + complement, in full, abbreviated, ALL CAPS, lower case or spoken (not bairro, city,
UF; the CEP is BR_CEP); companies', terminals' and filling stations' seats are never written as
addresses. Agency and account are separate BANK_ACCOUNT spans; bank codes and names are not.
PIX_KEY only for random (UUID) keys (an organiser's, the company's, an ex-spouse's, a passenger's);
a key that is a CPF, a phone or an e-mail takes that label. DATE_OF_BIRTH only for birth dates
(dd/mm/yyyy, d/m/yyyy, dd/mm/yy, dd.mm.yyyy, ISO, long, spoken); travel, purchase, accident,
collection, exam, hearing, signature and due dates are not. Masked values ("911.***.***-88",
"**** **** **** 9245", "XXXX-XXXX-XXXX-7465") are not labelled.
Decisions of this set (things BLIND_RULES.md does not settle):
- Transport identifiers are not labelled: ticket, BP-e and locator numbers, the 44-digit BP-e
  access key, bus fleet numbers ("carro 27047", "prefixo 20533"), trip numbers, ANTT or state line
  codes, seat numbers, luggage tags, Passe Livre card numbers, ID Jovem codes, RENACH numbers, auto
  de infração and highway police report numbers, the inspectors' and officers' badges ("MATRÍCULA
  0973941"), employees' badges ("MAT 08120", "matr. 29407"), CTPS numbers, claim and policy numbers,
  laboratory report and custody-chain codes, RQE, the acquirer's transaction ids and order ids.
- Foreign travel documents in a manifest or found in the lost-and-found (passport, Paraguayan CI,
  Argentine DNI, CRNM) have no label of their own and are not labelled; their holders are persons.
- BR_CNH is the driver's licence number (registro) wherever written: crews in a manifest, drivers
  in reports, letters and claims, a CNH found in a wallet; the category ("D", "E") is not labelled.
  BR_PIS covers the NIS written for the ID Jovem, the NIS/PIS of a claimant and the NIT/PIS in the
  payroll, the CAT and a suspension letter.
- LICENSE_PLATE: every plate written -- buses in manifests, reports, claims and chats, the other
  vehicles in an accident, a private car fuelled with the company's card, a toll tag's bus.
- Phones: mobiles and landlines of people and of companies and clinics are PHONE_NUMBER; three-digit
  public numbers (192) are not phone numbers here. A chat sender shown by name is a PERSON, by
  number PHONE_NUMBER; "Você" and the company's name as a chat party are not labelled.
- A minor in a manifest note written by initials ("(iniciais D.C.H.)") is not labelled; with the name
  he or she is a PERSON, and the birth date next to it is DATE_OF_BIRTH.
- An MEI agency's corporate name is the CNPJ root followed by the owner's civil name ("21.031.170
  ANTONIO ROSALEM MOREIRA"): the name is a PERSON, the 8-digit root is not labelled; the full CNPJ
  (numeric or the 2026 alphanumeric form, dotted or raw) is BR_CNPJ, also for labs, clinics,
  filling stations and insurers' clients.
- CREDIT_CARD: a full card number typed in a chat, sent by e-mail, or leaked by a DEBUG line; its
  holder there is a PERSON. IP_ADDRESS: public IPv4 / IPv6 of buyers, complainants and signers; the
  webhook's private target is not labelled.
- PROFESSIONAL_ID covers CRM, COREN, CRP, CRF, CRBM, CRESS, CRC and OAB, with the council acronym and
  UF or region ("CRM-MA 185945", "CRBM-3 41209", "CRESS 17ª Região nº 255426", "OAB/SP nº 224.185").
- Spoken forms in the call are labelled as they stand (the CPF in words or groups, "13 do 12 de
  03", the CEP in pairs, the phone in groups, the address in words). Names cut by a fixed-width
  field, typed with a slip in a chat, and names and addresses damaged by OCR ("0" for "O", "l" for
  "I") are labelled as they stand; identifiers in OCR'd text are printed clean.
- Companies, terminals, filling stations and places named after people or words are not persons:
  "Viação Irmãos Calixto", "Rápido Bento Prudente", "Viação Sertaneja Amado & Filhos", "Transportes
  Rosa dos Ventos", "Expresso Luz da Serra", "Viação Planalto Celeste", "Auto Posto Leão do Norte",
  "Posto Trevo do Amado", "Rodotur Rosa", "Terminal Rodoviário de Presidente Prudente", "Escola
  Estadual Prudente de Morais"; "Rua Motorista Gervásio Calixto, 720" inside an address is ADDRESS.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Epitácio, Belarmino, Deusdete, Gercina, Adalgisa, Orminda), coined (Waldisney, Dheyson, Kauany,
Ysabelly, Jhennyfer, Uelinton), Italian, German, Polish, Japanese/Okinawan, Lebanese, Korean,
Chinese, Haitian, Angolan, Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan,
Venezuelan -- with rare or invented name words well above a quarter (main() prints the share; a
word that is also in the common pools never counts as rare). Names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Celeste, Estrela, Glória, Esperança, Alegria, Bento, Prudente, Amado,
Clemente, Branco, Justo, Modesto, Leão, Salvador, Pacífico; surnames Rosa, Branco, Prudente, Amado,
Leão, Paz, Cruz, Luz, Aurora, Estrela, Bonfim, Serra, Vale, Leal, Pequeno) are used as names and,
elsewhere, as words and in companies, places and bots, which are not persons: "a bolsa rosa", "a
luz do painel", "foi uma vitória conseguir poltrona", "seria prudente parar no posto", "a faixa
branca da pista", "justo no feriado", "passageiro amado", the companies above, Presidente Prudente,
Bento Gonçalves, Vitória da Conquista, Salvador, Nova Aurora, Vila Rosa, Bairro da Luz, Praça da
Glória, the bots Aurora, Estrela and Celeste.

Hard negatives (never labelled): CNJ numbers (civil, labour and federal courts), 11-digit numbers
failing the CPF check (mistyped CPFs, protocols; the script checks every CPF-shaped run outside a
gold span, and every 11-digit run -- private IPs included -- against the PIS/NIS and CNH checks
too), 12-digit runs (checked not to be a valid título), 15-digit runs (checked not to be valid
CNS), 16-digit runs (checked to fail Luhn), the 44-digit BP-e keys, private IPs (checked), ticket,
trip, fleet, line, seat, badge, report and claim numbers, three-digit public numbers (192), ICD-10
codes (T75.3, R55, I10, E16.2, G47.3, S06.0, T07, S01.8...), money, speeds and litres, laws
(Lei 8.899/1994, Lei 10.741/2003, Lei 13.103/2015, Lei 8.078/1990, Lei 9.099/1995, CTB art. 148-A,
Código Civil arts. 734 e 735, CLT art. 482), companies and places named after people or words,
streets named after people outside an address, dates that are not births.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 11212
OUT_NAME = "hundredtwelfth.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    digits = [int(c) for c in nine]
    for top in (10, 11):
        rest = sum(x * (top - i) for i, x in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return f"{digits[9]}{digits[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric or 2026 alphanumeric CNPJ (each character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        rest = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if rest < 2 else 11 - rest
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if rest == 10 else ("0" if rest == 11 else str(rest))


def cnh_dv(nine: str) -> str | None:
    digits = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(digits, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(digits, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies where the published variants of the algorithm disagree are never used
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if rest >= 10 else str(rest)


def titulo_dv(eight: str, uf: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    special = uf in ("01", "02")
    if d1 == 10:
        d1 = 0
    elif d1 == 0 and special:
        d1 = 1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    if d2 == 10:
        d2 = 0
    elif d2 == 0 and special:
        d2 = 1
    return f"{d1}{d2}"


def cns_ok(n: str) -> bool:
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and \
        sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str(-total % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Elaine",
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Larissa",
            "Maria Eduarda", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata",
            "Natália", "Carolina", "Thaís", "Kelly", "Solange", "Vera Lúcia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio", "Edson", "Valdir"]
RARE_F = ["Lucivânia", "Rozilene", "Edinalva", "Joselita", "Francinete", "Gercina", "Adalgisa", "Valdirene", "Jucimara",
          "Elisângela Kátia", "Dulcinéia", "Raimunda Nonata", "Zenaide", "Cremilda", "Orminda", "Iolanda", "Benedita Célia",
          "Derlange", "Gleiciane", "Rayssa Kamilly", "Kauany", "Ysabelly", "Thayane", "Emilly Vitória", "Jhennyfer",
          "Maysa Kauane", "Antonieta", "Socorrinha", "Eurides", "Almerinda", "Laudicéia", "Nivalda", "Lindalva",
          "Maristela", "Zilmar", "Arlinda", "Querência", "Valquíria", "Dione", "Hosana"]
RARE_M = ["Adenilson", "Josué Elias", "Valdemir", "Reginaldo", "Gilmar", "Antenor", "Epitácio", "Laurindo", "Sebastião",
          "Durval", "Aristides", "Otacílio", "Belarmino", "Ezequias", "Nivaldo", "Creomar", "Juscelino", "Edivaldo",
          "Gervásio", "Deusdete", "Arlindo", "Clodoaldo", "Zacarias", "Waldisney", "Kleyton", "Jhony", "Welington",
          "Dheyson", "Kauan", "Ryan Victor", "Erivelton", "Adailton", "Cosme", "Damião", "Raniere", "Jailson",
          "Elenildo", "Uelinton", "Gedeão", "Marivaldo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela", "Alegria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório", "Severino", "Pacífico"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado"]
RARE_SUR = ["Mourão Seixas", "Esteves Brum", "Cavalheiro", "Bortoluzzi", "Rosalém", "Quixadá", "Jaguaribe", "Sampaio Tavares",
            "Calixto", "Peçanha", "Marambaia", "Piauhy", "Guaraciaba", "Itapicuru", "Canindé", "Cajueiro", "Mangabeira",
            "Ipiranga Leite", "Barreto Falcão", "Tenório Cabral", "Brasiliano", "Medeiros Galvão", "Amazonas Coelho",
            "Sucupira", "Carnaúba", "Pequeno", "Goulart Brum", "Furtado Serpa", "Régis", "Cunegundes", "Verçosa",
            "Agra", "Borborema", "Figueiredo Sá", "Dornelles", "Zimmermann Paes", "Trajano", "Apolinário", "Anunciação",
            "Bulhões"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa", "Viana", "Rios"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rick",
        "Pedro": "Pedrão", "João": "Joãozinho", "Sebastião": "Tião", "Epitácio": "Pita", "Laurindo": "Laurinho",
        "Belarmino": "Bela", "Ezequias": "Zequinha", "Deusdete": "Dete", "Juscelino": "Juju", "Zacarias": "Zaca",
        "Waldisney": "Disney", "Welington": "Tom", "Adailton": "Dadá", "Reginaldo": "Naldo", "Valdemir": "Mirim",
        "Edivaldo": "Divaldo", "Durval": "Duda", "Arlindo": "Lindinho", "Clodoaldo": "Clodo", "Gedeão": "Gedé",
        "Lucivânia": "Luci", "Rozilene": "Rozi", "Edinalva": "Nalva", "Joselita": "Zelita", "Francinete": "Neta",
        "Valdirene": "Val", "Jucimara": "Juci", "Dulcinéia": "Dulce", "Raimunda Nonata": "Nonata", "Gleiciane": "Gleice",
        "Maria das Graças": "Gracinha", "Graça": "Gracinha", "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia",
        "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu",
        "Maria Eduarda": "Duda", "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Severino": "Biu",
        "Kauan": "Kaká", "Dheyson": "Dhey", "Kleyton": "Kley", "Antonieta": "Nieta", "Almerinda": "Mena"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Graziella"], ["Vittorio", "Guido", "Battista", "Ettore"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Brambilla", "Lazzarotto", "Bortolon", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Ursula", "Hilda"], ["Helmut", "Lothar", "Reinholdo", "Egon"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Hoffmeister", "Wachholz", "Pommerening"]),
    "pl": (["Jadwiga", "Halina", "Bronisława"], ["Zbigniew", "Kazimierz", "Stanisław"],
           ["Wisniewski", "Kowalczyk", "Zawadzki", "Dembinski", "Sobczak"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Sayuri"], ["Kazuo", "Tadashi", "Shigeru", "Hideo"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Tanaka", "Higa"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Nadia"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Jorge Elias", "Farah", "Nassif", "Rizk", "Khoury", "Chedid"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo", "Dong-hyun"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne", "Nadège"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Augustin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Xukuru", "Tikuna"]),
    "jw": (["Ester", "Rivka", "Shoshana"], ["Mordechai", "Avraham", "Yossef"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel", "Feldman"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Nilda", "Liz Mabel", "Zunilda"], ["Ramón", "Arsenio", "Celso"], ["Benítez", "Ayala", "Giménez", "Ñamandú", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Sebastião", "Reginaldo", "Gilmar", "Antenor", "Aristides", "Arlindo", "Cosme", "Damião", "Jailson",
                        "Iolanda", "Valquíria", "Maristela", "Lindalva", "Juana", "Wilma", "Nelson", "Odete", "Celso",
                        "Ramón", "Nilda", "Ester", "Pequeno", "Régis", "Agra", "Calixto", "Trajano", "Apolinário",
                        "Dornelles", "Peçanha", "Cavalheiro", "Kauan", "Tavares Lopes", "Monteiro Fortes", "Durval",
                        "Juscelino", "Zacarias", "Antonieta", "Valdemir", "Nivaldo", "Edivaldo", "Adailton"])
RARE.update(["Gemma", "Assunta", "Graziella", "Ettore", "Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Lazzarotto",
             "Bortolon", "Ceccon", "Ilse", "Frieda", "Reinholdo", "Egon", "Bernsdorf", "Mallmann", "Schwanke", "Stoltz",
             "Hoffmeister", "Wachholz", "Pommerening", "Emiko", "Harumi", "Mitsuko", "Sayuri", "Tadashi", "Shigeru",
             "Hideo", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nagib", "Nassif", "Rizk", "Khoury",
             "Chedid", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Trindade", "Pedreira", "Assunção"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "73", "75", "79", "81", "82", "83", "84",
        "85", "86", "87", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Largo"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Epitácio Marambaia", "Coronel Belarmino Sucupira", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "dos Rodoviários", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Otacílio Jaguaribe", "Professora Adalgisa Quixadá", "São Bento", "Beira Rio", "Vitória Régia",
                "dos Ipês", "Leão XIII", "da Luz", "Motorista Gervásio Calixto", "Madre Paulina", "Pioneiro Egon Wachholz",
                "Doutor Nagib Chedid", "das Acácias", "Dom Hélder Câmara", "da Glória", "Padre Ezequias Canindé",
                "Vereador Laurindo Borborema", "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança",
                "dos Caminhoneiros", "Juscelino Kubitschek", "Mãe Menininha", "Zumbi dos Palmares", "Presidente Dutra",
                "Cobrador Deusdete Agra", "do Contorno", "Bom Jesus dos Passos"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Olímpica", "Jardim Estádio",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("380", "PicPay")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Liz Mabel", "Maria Eduarda", "Vitória Maria",
                                                  "Vera Lúcia", "Elisângela Kátia", "Raimunda Nonata", "Benedita Célia", "Rayssa Kamilly",
                 "Emilly Vitória", "Maysa Kauane", "Josué Elias", "Ryan Victor", "Teresa Nzola", "Nha Djassi"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def capsf(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def initial(self) -> str:
        """ "Lucivânia C." """
        return f"{self.first} {self.last[0]}."


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # ----------------------------------------------------------------- basics
    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int, upper: bool = False) -> str:
        """Hex ids (sessions, subscriptions, customers); never a run of nine or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{9}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (protocols, contracts, lines in stock)."""
        while True:
            v = str(self.ri(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n == 16 and luhn_ok(v):
                continue
            return v

    def neg_cpf(self) -> str:
        """A CPF-shaped number (dotted) that fails the check: a customer's typo."""
        n = self.neg(11)
        return fmt_cpf(n)

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.11:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """A son, daughter or sibling: own given name, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        if p.female and self.chance(0.6):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:3]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def any_cnpj(self) -> str:
        return self.cnpj(alnum=self.chance(0.25), style="dot" if self.chance(0.85) else "raw")

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv and not cpf_ok(b + dv):
                return b + dv

    def pis(self, style: str | None = None) -> str:
        while True:
            b = self.pick(["1", "1", "2"]) + self.d(9)
            n = b + pis_dv(b)
            if not cpf_ok(n):
                break
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.ri(1, 28):02d}"
        n = b + uf + titulo_dv(b, uf)
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def msisdn(self, mobile: bool = True) -> tuple[str, str]:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "cdr": f"55{ddd}{local}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "csp": f"0 15 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    # ----------------------------------------------------------------- network identifiers
    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre == "2804" or pre == "2801" else 2)]
        tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                          f"::{self.hexs(3)}:{self.hexs(4)}"])
        addr = pre + ":" + ":".join(groups) + tail
        if addr.count(":") > 7:
            addr = pre + ":" + ":".join(groups) + f"::{self.hexs(4)}"
        return addr

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address whose digits, read as an 11-digit run, pass no CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "casa dos fundos",
                          f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}", f"barraco {self.ri(1, 12)}", f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")


    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moments(self, n: int, start: datetime.date | None = None, days: int = 2,
                hours: tuple[int, int] = (0, 24)) -> list[datetime.datetime]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        out = []
        span = list(range(days * 86400))
        for s in sorted(self.rng.sample(span, n)):
            t = base + datetime.timedelta(seconds=s)
            if not hours[0] <= t.hour < hours[1]:
                t = t.replace(hour=self.ri(hours[0], hours[1] - 1))
            out.append(t)
        return sorted(out)

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS {self.ri(1, 25)}ª Região nº {n}", f"CRESS-{uf} {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC {self.ri(1, 2)}{uf}{n:06d}/O-{self.ri(0, 9)}",
                              f"CRC/{uf} {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CREF":
            c = f"{self.ri(1, 199999):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF {c.lstrip('0')}-G/{uf}", f"CREF-{uf} {c}-G",
                              f"CREF {self.ri(1, 20)}/{uf} {c}-G", f"CREF {c}-P/{uf}", f"CREF nº {c}-G/{uf}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.ri(1000, 59999)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.ri(1000, 59999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])



OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Zero to two OCR confusions in a name, word or address (identifiers are printed clean)."""
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in OCR_LETTERS if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
    return s


def typo(s: str, g: Gen) -> str:
    """A typing slip in a word or name; never returns the same string."""
    for _ in range(30):
        i = g.ri(1, max(1, len(s) - 2))
        if i + 1 >= len(s) or not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        kind = g.pick(["swap", "drop", "double"])
        out = {"swap": s[:i] + s[i + 1] + s[i] + s[i + 2:], "drop": s[:i] + s[i + 1:], "double": s[:i] + s[i] + s[i:]}[kind]
        if out != s:
            return out
    return s + "a"


def dbr(d, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def ts(t: datetime.datetime, fmt: str = "sql") -> str:
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"),
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"),
            "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"),
            "radius": f"{DAY_EN[t.weekday()]} {MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')} {t.year}",
            "syslog": f"{MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text."""
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cursor = m.end()
        self.t(template[cursor:])
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        assert len(s) <= width, (s, width)
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)




def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe ('pipe') or plain fixed-width ('plain') table."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    elif style == "psql":
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
        doc.t(f"({len(rows)} {'linha' if len(rows) == 1 else 'linhas'})\n")
    elif style == "pipe":
        doc.t("|".join(c.center(w + 2) for c, w in zip(cols, widths)) + "\n")
        doc.t("|".join("-" * (w + 2) for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("| " if k else " ")
                doc.cell(v, w, lab)
                doc.t(" ")
            doc.t("\n")
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
            doc.t("\n")




def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def jval(doc: Doc, v, indent: int | None = 0) -> None:
    """Write a JSON value (indent None: one line); a (str, LABEL) tuple is a string whose content is a span."""
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        items = list(v.items())
        if indent is None:
            doc.t("{")
            for k, (key, val) in enumerate(items):
                doc.t(f'"{key}": ' if k == 0 else f', "{key}": ')
                jval(doc, val, None)
            doc.t("}")
            return
        pad = " " * indent
        doc.t("{\n")
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        if not v:
            doc.t("[]")
            return
        if indent is None:
            doc.t("[")
            for k, val in enumerate(v):
                if k:
                    doc.t(", ")
                jval(doc, val, None)
            doc.t("]")
            return
        pad = " " * indent
        doc.t("[\n")
        for k, val in enumerate(v):
            doc.t(pad + "  ")
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(v) - 1 else "\n")
        doc.t(pad + "]")
    elif isinstance(v, tuple):
        s, lab = v
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))








def kv_block(g: Gen, doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
    """A two-column form: 'Campo: valor' lines, a ruled box or dotted leaders."""
    if style == "box":
        w1 = max(len(k) for k, _ in fields)
        w2 = max(len(v[0]) for _, v in fields)
        rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+\n"
        doc.t(rule)
        for k, (v, lab) in fields:
            doc.t("| " + k.ljust(w1) + " | ")
            doc.cell(v, w2, lab)
            doc.t(" |\n")
        doc.t(rule)
    elif style == "dots":
        w1 = max(len(k) for k, _ in fields) + 3
        for k, (v, lab) in fields:
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")








def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["motorista de ônibus", "cobradora", "auxiliar de tráfego", "agente de vendas de passagens", "aposentada",
              "diarista", "técnica de enfermagem", "estudante", "comerciante", "cozinheira", "professora", "do lar"],
        False: ["motorista de ônibus rodoviário", "cobrador", "mecânico de ônibus", "fiscal de tráfego", "agente de vendas",
               "aposentado", "pedreiro", "estudante", "comerciante", "vigilante", "agricultor", "despachante de bagagens"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg and g.chance(0.2):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", NIS/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciapopular.adv.br", "defensoria.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")



def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def lower(s: str) -> str:
    return fold(s).lower()


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.35):
        return g.pick([f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def fee(g: Gen, lo: int = 79, hi: int = 269) -> float:
    return g.ri(lo, hi) + g.pick([0.0, 0.9, 0.99, 0.9, 0.5])




def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(tipo, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")




def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(ios: bool):
    def st(t: datetime.datetime) -> str:
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "
    return st


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (selfie + token)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14"}



# --------------------------------------------------------------------------- register: intercity and interstate bus travel

COMPANIES = [("Viação Aurora do Sul", "Viação Aurora do Sul Ltda.", "viacaoaurora.com.br"),
             ("Expresso Estrela do Norte", "Expresso Estrela do Norte S.A.", "estreladonorte.com.br"),
             ("Auto Viação Leão do Vale", "Auto Viação Leão do Vale Ltda.", "leaodovale.com.br"),
             ("Rápido Bento Prudente", "Empresa de Transportes Rápido Bento Prudente Ltda.", "rapidobentoprudente.com.br"),
             ("Transportes Rosa dos Ventos", "Rosa dos Ventos Transportes Rodoviários Ltda.", "rosadosventos.com.br"),
             ("Viação Irmãos Calixto", "Irmãos Calixto Transporte de Passageiros Ltda.", "irmaoscalixto.com.br"),
             ("Expresso Luz da Serra", "Expresso Luz da Serra Ltda.", "luzdaserra.com.br"),
             ("Viação Planalto Celeste", "Viação Planalto Celeste S.A.", "planaltoceleste.com.br"),
             ("Real Expresso Jaguaribe", "Real Expresso Jaguaribe Transportes Ltda.", "realjaguaribe.com.br"),
             ("Viação Sertaneja Amado & Filhos", "Amado & Filhos Transportes Ltda.", "viacaoamado.com.br")]
PLATFORMS = [("PassagemJá", "passagemja.com.br"), ("RodoClick", "rodoclick.com.br"), ("BusFácil", "busfacil.com.br"),
             ("Embarca Aí", "embarcaai.com.br")]
AGENCIES_REG = [("ANTT", "Agência Nacional de Transportes Terrestres", "SP"), ("ARTESP", "Agência de Transporte do Estado de São Paulo", "SP"),
                ("AGERGS", "Agência Estadual de Regulação dos Serviços Públicos Delegados do RS", "RS"),
                ("AGERBA", "Agência Estadual de Regulação de Serviços Públicos da Bahia", "BA"),
                ("ARCE", "Agência Reguladora do Estado do Ceará", "CE"), ("AGEPAN", "Agência Estadual de Regulação de Serviços Públicos de MS", "MS")]
INTRASTATE = {"SP": ["São Paulo", "Campinas", "Ribeirão Preto", "Presidente Prudente", "Registro", "Bauru"],
              "RS": ["Porto Alegre", "Bento Gonçalves", "Santa Rosa", "Canoas", "Passo Fundo"],
              "BA": ["Salvador", "Vitória da Conquista", "Feira de Santana", "Ilhéus"],
              "CE": ["Fortaleza", "Juazeiro do Norte", "Pedra Branca", "Sobral"],
              "MS": ["Campo Grande", "Dourados", "Três Lagoas", "Corumbá"]}
INSURERS = [("Caminho Seguro Seguradora S.A.", "caminhoseguro.com.br"), ("Pampa Vida Seguros S.A.", "pampavida.com.br"),
            ("Seguradora Rota Firme S.A.", "rotafirme.com.br")]
LABS = [("Toxicon Análises Toxicológicas Ltda.", "toxicon.com.br"), ("Laboratório Janela Longa Ltda.", "janelalonga.com.br"),
        ("Instituto Capilar de Toxicologia S.A.", "institutocapilar.com.br")]
SLEEP = [("Clínica do Sono Sereno", "sonosereno.med.br"), ("Instituto do Sono Aurora", "sonoaurora.med.br"),
         ("Centro de Medicina do Sono Bonfim", "sonobonfim.med.br")]
OCCMED = [("Medicina do Trabalho Estrada Segura Ltda.", "estradasegura.med.br"), ("Clínica Ocupacional Rodovia Ltda.", "clinicarodovia.com.br"),
          ("SESMT Integrado Leal Ltda.", "sesmtleal.com.br")]
HOSPITALS = ["Hospital Regional do Vale", "Santa Casa de Misericórdia", "UPA 24h Rodovia", "Hospital Municipal São Bento",
             "Hospital Santa Luzia", "Pronto-Socorro Municipal"]
BUS_MODELS = ["Marcopolo Paradiso 1200 G8 / Volvo B450R", "Comil Campione Invictus DD / Scania K440", "Irizar i6S / Scania K410",
              "Busscar Vissta Buss 360 / Mercedes O-500 RSD", "Mascarello Roma 370 / Volvo B420R", "Marcopolo Viaggio 1050 / Mercedes O-500 RS"]
SERVICES = ["convencional", "executivo", "semileito", "leito", "leito-cama", "convencional c/ sanitário"]
ROUTES = [("São Paulo", "SP", "Belo Horizonte", "MG"), ("São Paulo", "SP", "Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ", "Vitória", "ES"),
          ("Salvador", "BA", "Vitória da Conquista", "BA"), ("Recife", "PE", "Caruaru", "PE"), ("Fortaleza", "CE", "Juazeiro do Norte", "CE"),
          ("Porto Alegre", "RS", "Bento Gonçalves", "RS"), ("Curitiba", "PR", "Florianópolis", "SC"), ("Goiânia", "GO", "Brasília", "DF"),
          ("Campo Grande", "MS", "Cuiabá", "MT"), ("Belém", "PA", "São Luís", "MA"), ("Teresina", "PI", "Fortaleza", "CE"),
          ("Natal", "RN", "João Pessoa", "PB"), ("Maceió", "AL", "Aracaju", "SE"), ("Belo Horizonte", "MG", "Montes Claros", "MG"),
          ("Londrina", "PR", "São Paulo", "SP"), ("Campinas", "SP", "Rio de Janeiro", "RJ"), ("Santa Rosa", "RS", "Chapecó", "SC"),
          ("Ribeirão Preto", "SP", "Goiânia", "GO"), ("Brasília", "DF", "Salvador", "BA")]
ROLE_BOXES = ["sac", "ouvidoria", "reembolso", "bagagem", "achados", "juridico", "rh", "dp", "sesmt", "trafego", "frota", "comercial",
              "agencias", "financeiro", "cobranca", "contato", "atendimento", "naoresponda", "fretamento", "gratuidade", "passelivre",
              "dpo", "privacidade", "seguros", "sinistros", "medicina", "laudos", "coleta", "protocolo", "tesouraria", "faturamento",
              "nfe", "contabilidade", "recepcao", "agendamento", "plantao", "operacoes", "corregedoria", "cadastro", "suporte",
              "chargeback", "antifraude", "repasses", "excursoes", "secretaria", "telemetria", "resultados"]
BOTS = ["Aurora", "Estrela", "Bia", "Rodinha", "Viaja Bot", "Celeste"]
LOST_ITEMS = ["mochila preta", "celular Samsung com capinha rosa", "carteira com documentos", "óculos de grau", "mala de rodinha azul",
              "notebook Dell na capa cinza", "sacola com remédios", "travesseiro de pescoço", "bolsa de couro marrom", "caixa de isopor",
              "violão no case preto", "pasta com exames", "tablet infantil", "casaco branco", "chaveiro com 4 chaves"]
ACC_ICD = [("S06.0", "concussão cerebral"), ("S22.3", "fratura de costela"), ("S42.0", "fratura de clavícula"), ("S13.4", "entorse da coluna cervical"),
           ("S82.2", "fratura da diáfise da tíbia"), ("T07", "traumatismos múltiplos"), ("S32.0", "fratura de vértebra lombar"),
           ("S00.8", "escoriações em face"), ("S52.5", "fratura distal do rádio"), ("S80.0", "contusão do joelho"), ("S01.8", "ferimento do couro cabeludo")]
AID_ICD = [("T75.3", "cinetose (enjoo de viagem)"), ("R55", "síncope"), ("I10", "pico hipertensivo"), ("E16.2", "hipoglicemia"),
           ("R51", "cefaleia"), ("J45.9", "crise de asma"), ("F41.0", "crise de pânico"), ("R07.4", "dor torácica"), ("G40.9", "crise convulsiva"),
           ("S93.4", "entorse de tornozelo na escada"), ("T78.4", "reação alérgica"), ("R10.4", "dor abdominal")]
TOX = [("Cocaína", "0,5"), ("Benzoilecgonina", "0,05"), ("Anfetamina", "0,2"), ("Metanfetamina", "0,2"), ("MDMA", "0,2"), ("MDA", "0,2"),
       ("THC (maconha)", "0,05"), ("Morfina", "0,2"), ("Codeína", "0,2"), ("6-MAM (heroína)", "0,2"), ("Anfepramona", "0,2"),
       ("Femproporex", "0,2"), ("Mazindol", "0,2")]
GRATUITIES = ["Passe Livre (Lei 8.899/1994)", "ID Jovem — gratuidade", "ID Jovem — 50%", "Idoso — gratuidade (Lei 10.741/2003, art. 40)",
              "Idoso — 50% (Lei 10.741/2003, art. 40, II)"]


def company(g: Gen) -> tuple[str, str, str]:
    return g.pick(COMPANIES)


def na(place: str) -> str:
    """ "no Terminal ..." / "na Rodoviária ..." """
    return ("no " if place.startswith("Terminal") else "na ") + place


def terminal(g: Gen, city: str) -> str:
    return g.pick(["Terminal Rodoviário de {c}", "Rodoviária de {c}", "Terminal Rodoviário Interestadual de {c}", "Rodoviária Nova de {c}"]).format(c=city)


def route(g: Gen) -> tuple[str, str, str, str]:
    r = g.pick(ROUTES)
    return r if g.chance(0.5) else (r[2], r[3], r[0], r[1])


def ticket_no(g: Gen) -> str:
    """A ticket / BP-e number or a booking locator (never labelled)."""
    return g.pick([f"{g.d(6)}", f"BP-e {g.d(3)}.{g.d(3)}.{g.d(3)}", f"{g.up(2)}{g.d(4)}{g.up(1)}", f"Loc. {g.up(3)}{g.d(3)}",
                   f"{g.ri(1, 9)}{g.d(7)}", f"série {g.ri(1, 9)} nº {g.d(6)}"])


def bpe_key(g: Gen) -> str:
    """The 44-digit access key of a BP-e, printed without separators (never labelled)."""
    return "".join([f"{g.ri(11, 53)}", f"{g.ri(25, 26)}{g.ri(1, 12):02d}", g.d(14), "63", g.d(3), g.d(9), "1", g.d(8), g.d(1)])


def prefix(g: Gen) -> str:
    """A bus's fleet number ("carro", "prefixo"): an internal id, never labelled."""
    return str(g.ri(1000, 59999))


def trip_no(g: Gen) -> str:
    return g.pick([f"{g.ri(1000, 9999)}-{g.ri(1, 9)}", f"V{g.d(6)}", f"{g.d(4)}{g.up(1)}"])


def line_code(g: Gen, uf: str) -> str:
    """ANTT or state line code (never labelled)."""
    return g.pick([f"{g.ri(10, 99)}-{g.d(4)}-{g.d(2)}", f"{uf}-{g.d(3)}", f"{g.d(2)}.{g.d(3)}.{g.d(2)}", f"{g.d(8)}"])


def pl_card(g: Gen) -> str:
    """A Passe Livre card number (an official id with no label of its own: not labelled)."""
    return g.pick([f"PL {g.d(7)}/{g.ri(2019, 2025)}", f"{g.d(3)}.{g.d(3)}-{g.up(1)}", f"nº {g.d(8)}"])


def idjovem(g: Gen) -> str:
    """An ID Jovem code (alphanumeric, not labelled)."""
    return f"{g.up(4)}{g.d(2)}{g.up(2)}{g.d(2)}{g.up(2)}"


def renach(g: Gen, uf: str) -> str:
    return f"{uf}{g.d(9)}"


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a place or a company."""
    return g.pick(["A luz do painel acendeu na serra e o carro foi recolhido para a garagem.",
                   "Foi uma vitória conseguir poltrona no feriado, estava tudo lotado.",
                   "Seria prudente parar no posto de Leão do Norte antes da subida.",
                   "A faixa branca da pista estava apagada no trecho do acidente.",
                   "A bolsa rosa continua no achados e perdidos, ninguém procurou.",
                   "O Expresso Estrela do Norte assumiu a linha para Bento Gonçalves.",
                   "A rodoviária de Vitória da Conquista ficou sem luz das 19h às 21h.",
                   "Desembarque em Salvador pela plataforma 12, não pela 4.",
                   "A Rosa dos Ventos não vende mais pelo guichê 3, só pelo 7.",
                   "Passageiro amado por todos os motoristas da linha, sempre leva café.",
                   "Na Serra do Mar a neblina estava branca como leite.",
                   "Ônibus da Celeste chegou com 40 minutos de atraso por obra na pista.",
                   "Esperança é que a BR reabra até sexta.",
                   "O guichê da Aurora fecha às 22h, depois só pelo app.",
                   "Presidente Prudente é parada obrigatória para troca de motorista.",
                   "O posto São Bento na BR-116 é o ponto de apoio para o lanche.",
                   "Os bancos da plataforma são de cor vinho, não laranja.",
                   "A estrela do painel de manutenção acendeu de novo, mandar para a oficina.",
                   "Justo no feriado o ar-condicionado do carro quebrou.",
                   "A paz na plataforma acabou quando anunciaram o cancelamento."])


# =========================================================================== atendimento


def at_zap_remarcacao(g: Gen) -> Doc:
    """WhatsApp with a bus company's SAC: bot, then an attendant; rebooking or refunding an online ticket; a child on the lap."""
    doc = Doc()
    fan, raz, dom = company(g)
    o, ou, de, du = route(g)
    m = g.person()
    att = g.person(female=g.chance(0.6))
    bot = g.pick(BOTS)
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (6, 23))[0]
    tt = iter(seq_times(g, 40, t0, 20, 420))
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.85) else P(g.pick([m.first, m.short, lower(m.first)]))
    H = (fan, None)
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    cl(doc, st(next(tt)), H, f"Olá! Sou a {bot}, assistente virtual da {fan} 🚌 Escolha: 1 Comprar passagem | 2 Remarcar ou cancelar | "
                             "3 Bagagem e achados | 4 Gratuidades | 5 Falar com atendente")
    cl(doc, st(next(tt)), me, g.pick(["2", "remarcar", "2 cancelar", "quero remarcar minha passagem"]))
    cl(doc, st(next(tt)), H, "Informe o CPF do passageiro ou o localizador da compra.")
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«x»", x=g.neg_cpf())
        cl(doc, st(next(tt)), H, "Não encontrei compras para esse CPF. Confira os números, por favor.")
        cl(doc, st(next(tt)), me, "«x» foi mal", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«x»", x=(cpf, "BR_CPF"))
    trip = g.after(t0.date(), 1, 25)
    cl(doc, st(next(tt)), H, "Encontrei: «o» → «d», «dt» às «h», poltrona «p», «s», bilhete «b». Vou te transferir para um atendente 🙂",
       o=o, d=de, dt=dbr(trip), h=g.hm(), p=g.ri(1, 46), s=g.pick(SERVICES), b=ticket_no(g))
    cl(doc, st(next(tt)), H, "Oi, «n»! Aqui é «a», tudo bem? Você quer remarcar ou cancelar?", n=P(g.pick([m.first, m.first, m.caps])),
       a=P(g.pick([att.first, att.short])))
    refund = g.chance(0.5)
    if refund:
        cl(doc, st(next(tt)), me, g.pick(["cancelar, mudaram minha escala no serviço", "cancelar mesmo, minha mãe internou",
                                          "quero o dinheiro de volta, não vou mais"]))
        cl(doc, st(next(tt)), H, "Como falta mais de 3 horas para o embarque, o cancelamento é permitido com retenção de até 5% "
                                 "do valor da tarifa. Reembolso de R$ «v» em até 30 dias.", v=brl(fee(g, 90, 420)))
        if g.chance(0.5):
            cl(doc, st(next(tt)), H, "A compra foi no cartão «c», o estorno volta nele.", c=g.masked_card())
            if g.chance(0.5):
                cl(doc, st(next(tt)), me, "esse cartão foi cancelado, põe nesse outro «c»", c=(g.card(spaced=g.chance(0.7)), "CREDIT_CARD"))
                cl(doc, st(next(tt)), H, "Por segurança, não envie dados de cartão por aqui 🙏 O estorno só pode ir para o cartão da compra; "
                                         "se ele estiver cancelado o banco repassa para a fatura.")
        else:
            cl(doc, st(next(tt)), H, "A compra foi por Pix. Informe uma conta ou chave Pix em nome do titular da compra.")
            if g.chance(0.5):
                b = g.pick(BANKS)
                cl(doc, st(next(tt)), me, "«b» ag «ag» conta «ac»", b=b[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
            else:
                cl(doc, st(next(tt)), me, "chave pix «k»", k=pix_key(g, m, cpf)[1])
    else:
        nd = g.after(trip, 2, 20)
        cl(doc, st(next(tt)), me, "remarcar pro dia «d», mesmo horário se tiver", d=dbr(nd, g.pick(["br", "short", "nopad"])))
        cl(doc, st(next(tt)), H, "Tem sim. Remarcação sem custo até 3 horas antes do embarque; se a tarifa do dia novo for maior, paga "
                                 "a diferença. Ficou poltrona «p» no dia «d».", p=g.ri(1, 46), d=dbr(nd))
    if g.chance(0.55):
        kid = g.relative(m)
        cl(doc, st(next(tt)), me, "outra coisa, vou levar «o» «r» no colo, «i» anos, precisa pagar?", o="minha" if kid.female else "meu",
           r="filha" if kid.female else "filho", i=g.ri(1, 5))
        cl(doc, st(next(tt)), H, "Criança até 6 anos incompletos viaja no colo sem pagar, uma por responsável, levando certidão de "
                                 "nascimento ou RG. Me passa o nome completo e a data de nascimento para incluir na lista de passageiros.")
        cl(doc, st(next(tt)), me, "«k» nasceu «d»", k=P(g.pick([kid.full, kid.full, lower(kid.full), typo(kid.full, g)])),
           d=(g.dob(g.pick(["br", "nopad", "short"]), 2020, 2024), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), me, "manda o comprovante no meu email «e»", e=(g.email(m), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "se precisar liga nesse outro número «t», esse zap é da minha «r»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
           r=g.pick(["irmã", "filha", "vizinha"]))
    named = g.chance(0.5)
    cl(doc, st(next(tt)), H, ("Prontinho, «n»." if named else "Prontinho!") + " Protocolo «pr». O comprovante chega em até 1 hora. «w»",
       n=P(m.first), pr=g.protocol(),
       w=g.pick(["Boa viagem!", "Posso ajudar em algo mais?", ""]))
    cl(doc, st(next(tt)), me, g.pick(["obg", "valeu", "👍", "ok obrigada"]))
    if g.chance(0.25):
        cl(doc, st(next(tt)), H, word_neg(g))
    return doc


def at_stt_achados(g: Gen) -> Doc:
    """Speech-to-text call to a bus company: an object forgotten on the bus; the typed record (plate, driver, who will collect it)."""
    doc = Doc()
    fan, raz, dom = company(g)
    o, ou, de, du = route(g)
    ag = g.person(female=g.chance(0.6))
    c = g.person()
    drv = g.person(female=g.chance(0.08))
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    item = g.pick(LOST_ITEMS)
    d = g.day()
    pref = prefix(g)
    doc.f("[transcricao automatica | central «f» | ligacao «id» | dur «mm»min | fila: bagagem e achados]\n\n", f=lower(fan),
          id=g.hexs(12), mm=g.ri(4, 16))
    A, C = "atendente: ", "passageiro: " if not c.female else "passageira: "
    doc.f(A + "«f» bom dia «a» falando em que posso ajudar\n", f=lower(fan), a=P(lower(ag.first)))
    doc.f(C + "bom dia meu nome e «n» eu vim de «o» pra «d» no onibus de «h» e esqueci «i» no bagageiro de cima\n",
          n=P(lower(g.pick([c.full, c.short]))), o=lower(o), d=lower(de), h=g.pick(["ontem a noite", "domingo", "hoje cedo", "sexta"]),
          i=lower(item))
    doc.f(A + "me passa o cpf do passageiro por favor\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "e a data de nascimento pra confirmar\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(A + "achei aqui poltrona «p» carro «c» a equipe de limpeza recolheu sim um volume nesse carro\n", p=g.ri(1, 46),
          c=" ".join(pref))
    if g.chance(0.4):
        doc.f(C + "o motorista era o «m» ele ate me ajudou com a mala\n", m=P(lower(g.pick([drv.first, drv.nick]))))
    doc.f(A + "fica guardado sessenta dias no achados e perdidos da rodoviaria de «d» ou a gente manda por encomenda com frete a pagar\n",
          d=lower(de))
    if g.chance(0.6):
        doc.f(C + "manda por encomenda pro meu endereco «a» «b» cep «cep»\n", a=(g.address("stt"), "ADDRESS"), b=lower(g.pick(BAIRROS)),
              cep=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in (0, 2, 4, 6)), spoken_digits(g.cep(False))]), "BR_CEP"))
        ship = True
    else:
        doc.f(C + "quem vai buscar e minh«o» «r» «n» pode ser\n", o="a" if g.chance(0.6) else "o", r=g.pick(["irma", "cunhada", "prima", "tia"]),
              n=P(lower(g.person(female=True).first)))
        doc.f(A + "pode sim precisa levar documento com foto e uma autorizacao sua escrita\n")
        ship = False
    doc.f(A + "um telefone pra contato\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "manda a foto do documento e do canhoto da passagem pro e-mail «r» arroba «d» que eu anexo\n" + C + "ta bom\n",
          r="achados", d=dom.replace(".", " ponto "))
    doc.f(A + "o protocolo e «pr» «w»\n\n", pr=" ".join(g.d(3) for _ in range(3)), w=g.pick(["tenha um bom dia", "mais alguma coisa",
                                                                                       "obrigada por ligar"]))
    doc.t("=== registro ===\n")
    fields = [("Protocolo", V(g.protocol())), ("Passageiro", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Viagem", V(f"{o}/{ou} > {de}/{du} {dbr(d)}")), ("Carro", V(pref)), ("Placa", (g.plate(), "LICENSE_PLATE")),
              ("Motorista", g.pick([P(drv.full), P(fold(drv.full).upper()), V("(não informado)")])), ("Objeto", V(item))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    if ship:
        fields.append(("Envio", V("encomenda, frete a pagar")))
    else:
        rel = g.person(female=True)
        fields += [("Retirada por", P(rel.full)), ("Doc. retirada", (g.rg(), "BR_RG") if g.chance(0.7) else (g.cnh(), "BR_CNH"))]
    fields.append(("Atendente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))])))
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_tela_gratuidade(g: Gen) -> Doc:
    """A ticketing counter's terminal screen issuing a free or half-price seat (Passe Livre, elderly, ID Jovem), with notes."""
    doc = Doc()
    fan, raz, dom = company(g)
    o, ou, de, du = route(g)
    op = g.person(female=g.chance(0.6))
    kind = g.pick(["pl", "pl", "idoso", "idoso", "idj"])
    p = g.person()
    d = g.day()
    W = 78
    olog = login(op, g)
    top = f" SISVENDA 4.{g.ri(1, 9)}  {fold(fan).upper()}  GUICHE {g.ri(1, 14):02d}  OPER: {olog}"
    doc.t("+" + "-" * W + "+\n|" + top[:W].ljust(W) + "|\n|" + (" " + fold(terminal(g, o)).upper())[:W].ljust(W) + "|\n")
    doc.t("|" + " EMISSAO DE BILHETE - GRATUIDADE / DESCONTO".ljust(W) + "|\n+" + "-" * W + "+\n")
    ben = {"pl": "PASSE LIVRE INTERESTADUAL", "idoso": g.pick(["IDOSO - GRATUIDADE", "IDOSO - 50%"]),
           "idj": g.pick(["ID JOVEM - GRATUIDADE", "ID JOVEM - 50%"])}[kind]
    doc.f(" Linha.......: «l»  «o»/«ou» x «d»/«du»\n", l=line_code(g, ou), o=fold(o).upper(), ou=ou, d=fold(de).upper(), du=du)
    doc.f(" Partida.....: «dt» «h»   Servico: «s»   Poltrona: «p»\n", dt=dbr(g.after(d, 0, 30)), h=g.hm(), s=fold(g.pick(SERVICES)).upper(),
          p=f"{g.ri(1, 4):02d}")
    doc.f(" Beneficio...: «b»\n", b=ben)
    caps = g.chance(0.5)
    doc.f(" Passageiro..: «n»\n", n=P(p.capsf if caps else p.full))
    if kind == "pl":
        doc.f(" Carteira....: «c»  validade «v»\n", c=pl_card(g), v=f"{g.ri(1, 12):02d}/{g.ri(2026, 2029)}")
    if g.chance(0.6):
        doc.f(" Documento...: RG «r» «org»   CPF «c»\n", r=(g.rg(), "BR_RG"), org=g.pick(RG_ORG), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f(" Documento...: CPF «c»\n", c=(g.cpf(), "BR_CPF"))
    lo, hi = {"pl": (1950, 2004), "idoso": (1935, 1965), "idj": (1997, 2010)}[kind]
    doc.f(" Nascimento..: «d»\n", d=(g.dob("br", lo, hi), "DATE_OF_BIRTH"))
    if kind == "idj":
        doc.f(" NIS (CadUn.): «n»   Cod. ID Jovem: «c»\n", n=(g.pis(), "BR_PIS"), c=idjovem(g))
    doc.f(" Telefone....: «t»\n", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(" E-mail......: «e»\n", e=(g.email(p).upper() if g.chance(0.3) else g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.75):
        doc.f(" Endereco....: «a»  CEP «c»\n", a=(g.address("caps"), "ADDRESS"), c=(g.cep(g.chance(0.7)), "BR_CEP"))
    if kind == "pl" and g.chance(0.7):
        a = g.relative(p) if g.chance(0.5) else g.person()
        doc.f(" Acompanhante: «n»  CPF «c»  (direito a acompanhante: SIM)\n", n=P(a.capsf if caps else a.full), c=(g.cpf(), "BR_CPF"))
    vagas = g.ri(0, 2)
    doc.f(" Vagas do beneficio nesta viagem: «v» de 2   [F2] Emitir  [F5] Vagas  [F9] Negativa  [ESC] Sair\n", v=vagas)
    doc.t("+" + "-" * W + "+\n\n")
    if vagas == 0:
        doc.f("*** SEM VAGAS DO BENEFICIO *** Emitida DECLARACAO DE NEGATIVA nº «n» (entregar ao passageiro, obrigatorio).\n\n",
              n=g.d(6))
    doc.f("Obs. do guichê («o»): ", o=g.pick([P(op.first), P(op.full), V(olog)]))
    if kind == "idoso":
        doc.f("«n» apresentou «x». «r»\n", n=P(g.pick([p.first, p.short])),
              x=g.pick(["carteira do idoso", "extrato do INSS comprovando renda de até 2 salários mínimos", "CTPS e contracheque"]),
              r=g.pick(["Idade conferida no documento.", "Pediu poltrona no corredor, remanejado.", "Filha veio junto e pagou tarifa cheia."]))
    elif kind == "idj":
        doc.f("Código ID Jovem validado no app. NIS confere com o CadÚnico. «r»\n",
              r=g.pick(["Passagem de volta também reservada.", "Primeira viagem com o benefício.", ""]))
    else:
        doc.f("Carteira do Passe Livre original apresentada; «r»\n",
              r=g.pick(["cadeirante, avisar motorista para embarque pela plataforma com elevador.", "deficiência visual, acompanha cão-guia.",
                        "acompanhante também com gratuidade.", "vencida há 2 meses — liberado pela supervisora."]))
    if g.chance(0.5):
        sup = g.person(female=True)
        doc.f("Supervisão: «s» — ramal «r»\n", s=P(g.pick([sup.full, sup.first])), r=g.ri(200, 299))
    if g.chance(0.3):
        doc.f("«w»\n", w=word_neg(g))
    return doc


def at_email_ouvidoria(g: Gen) -> Doc:
    """E-mail thread: a complaint forwarded by the regulator's ombudsman (a refused gratuity) and the company's ombudsman's answer."""
    doc = Doc()
    fan, raz, dom = company(g)
    o, ou, de, du = route(g)
    regs = [a for a in AGENCIES_REG if a[0] != "ANTT" and a[2] == ou] if ou == du else []
    sig, agname, auf = g.pick(regs) if regs and g.chance(0.7) else AGENCIES_REG[0]
    c = g.person()
    ov = g.person(female=g.chance(0.6))
    drv = g.person(female=False)
    t1 = g.moments(1, g.day(), 1, (7, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(20, 200))
    om = corp_mail(ov, dom, g)
    cm = g.email(c)
    kind = g.pick(["idoso", "idj", "pl"])
    doc.f("De: «n» <«m»>\nPara: «c» <«cm»>\nCc: «cc»\nData: «d»\nAssunto: RE: Manifestação «s» nº «p» — negativa de gratuidade\n\n",
          n=P(ov.full), m=(om, "EMAIL_ADDRESS"), c=P(c.full), cm=(cm, "EMAIL_ADDRESS"), cc=role_mail(g, dom, "ouvidoria"),
          d=mail_date(t2), s=sig, p=f"{g.ri(2025, 2026)}.{g.d(6)}")
    pz = g.ri(0, 2)
    doc.f(("Prezad«o» «n»" if pz < 2 else "Prezad«o» passageir«o»") + ",\n\nApuramos o ocorrido na viagem «or» → «de» de «dt». O motorista «m» (carro «c», placa «pl») informou "
          "que as duas vagas do benefício já estavam ocupadas, mas a declaração de negativa não foi entregue, o que contraria "
          "as regras do benefício. O colaborador foi orientado e a empresa vai «x».\n\n",
          o=c.o, n=P(c.first) if pz == 0 else P(c.full), de=de, **{"or": o},
          dt=dbr(t1.date() - datetime.timedelta(days=g.ri(3, 20))), m=g.pick([P(drv.full), P(drv.short), V("de plantão")]), c=prefix(g),
          pl=(g.plate(), "LICENSE_PLATE"), x=g.pick(["reembolsar o valor pago (R$ " + brl(fee(g, 80, 390)) + ")",
                                                     "emitir uma passagem de ida e volta sem custo", "reembolsar a diferença paga"]))
    doc.f("Para o reembolso, confirme a conta em seu nome: hoje consta agência «ag», conta «ac» («b»).\n\nAtenciosamente,\n«s»\n"
          "Ouvidoria — «f»\n«t»\n\n", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1],
          s=P(g.pick([ov.full, ov.short])), f=fan, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("-----Mensagem original-----\nDe: «c» <«cm»>\nEnviada em: «d»\nPara: «to»\nAssunto: Manifestação «s»\n"
              "X-Originating-IP: [«ip»]\n\n", c=P(c.full), cm=(cm, "EMAIL_ADDRESS"), d=ts(t1, "br"), to=role_mail(g, dom, "sac"),
              s=sig, ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «c» <«cm»> escreveu:\n> [formulário web · IP de origem «ip»]\n", d=ts(t1, "br"), c=P(c.full), cm=(cm, "EMAIL_ADDRESS"),
              ip=(g.ip(), "IP_ADDRESS"))
        q = "> "
    doc.f(q + "Registrei na «s» ({a}) e encaminho também a vocês.\n".replace("{a}", agname), s=sig)
    ben = {"idoso": "gratuidade de idoso", "idj": "gratuidade do ID Jovem", "pl": "Passe Livre"}[kind]
    doc.f(q + "Nome: «n» — CPF «c» — nascimento «d»\n", n=P(c.caps if g.chance(0.4) else c.full), c=(g.cpf(), "BR_CPF"),
          d=(g.dob("br", 1940 if kind == "idoso" else 1970, 1964 if kind == "idoso" else 2008), "DATE_OF_BIRTH"))
    if kind == "idj":
        doc.f(q + "NIS «n»\n", n=(g.pis(), "BR_PIS"))
    doc.f(q + "Fui no guichê da «f» «t» pedir a «b» e disseram que não tinha vaga, mas no ônibus tinha poltrona vazia. Tive que "
              "comprar a passagem inteira.\n", f=fan, t=na(terminal(g, o)), b=ben)
    if g.chance(0.4):
        a = g.relative(c)
        doc.f(q + "Minh«o» «r» «n» estava junto e pode confirmar, telefone «t».\n", o="a" if a.female else "o",
              r="filha" if a.female else "filho", n=P(a.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(q + "Meu telefone: «t»\n" + q + "«s»\n", t=(g.phone(), "PHONE_NUMBER"), s=g.pick([P(c.full), P(c.first), V("Aguardo retorno."), V("Att.")]))
    return doc


def at_achados_rodoviaria(g: Gen) -> Doc:
    """A bus station's lost-and-found book (pipe or Markdown table; documents found inside wallets) with the supervisor's notes."""
    doc = Doc()
    city, uf = g.pick(CITIES)
    term = terminal(g, city)
    d = g.day()
    sup = g.person()
    doc.f("«t» — Livro de Achados e Perdidos — «m»/«y»\nAdministração do terminal · «c»\n\n", t=term, m=MONTHS[d.month - 1], y=d.year,
          c=g.pick(["lançamentos do turno da noite", "conferido pela supervisão", "cópia digitada do livro físico"]))
    rows = []
    owners = []
    for k in range(g.ri(3, 4)):
        dd = d + datetime.timedelta(days=k)
        p = g.person()
        owners.append(p)
        kind = g.pick(["rg", "cnh", "cpf", "none", "rg", "cnh"])
        where = g.pick([f"ônibus {g.pick(COMPANIES)[0]}", "plataforma " + str(g.ri(1, 30)), "banheiro feminino", "lanchonete",
                        "guarda-volumes", "sala de espera"])
        if kind == "rg":
            item, docv = g.pick(["carteira marrom", "pochete", "carteira"]), [V("RG "), (g.rg(), "BR_RG"), V(" de "), P(p.capsf)]
        elif kind == "cnh":
            item, docv = g.pick(["carteira preta", "porta-documentos"]), [V("CNH "), (g.cnh(), "BR_CNH"), V(" — "), P(p.full)]
        elif kind == "cpf":
            item, docv = g.pick(["envelope", "bolsa"]), [V("cartão CPF "), (g.cpf(), "BR_CPF"), V(" — "), P(p.full)]
        else:
            item, docv = g.pick(LOST_ITEMS), [V("—")]
        status = g.pick(["guardado", "entregue", "entregue", "devolvido pelos Correios (documentos)"] if kind != "none" else
                        ["guardado", "entregue", "descartado (perecível)", "doado após 60 dias"])
        rows.append((dbr(dd), item, where, docv, status, p))
    md = g.chance(0.5)
    if md:
        doc.t("| data | objeto | local | documentos | situação |\n|---|---|---|---|---|\n")
    else:
        doc.t("DATA       | OBJETO                     | LOCAL                    | DOCUMENTOS / SITUAÇÃO\n" + "-" * 92 + "\n")
    for dt, item, where, docv, status, p in rows:
        if md:
            doc.f("| «d» | «i» | «w» | ", d=dt, i=item, w=where)
        else:
            doc.f("«d» | «i» | «w» | ", d=dt, i=item[:26].ljust(26), w=where[:24].ljust(24))
        for v, lab in docv:
            doc.e(v, lab)
        if status == "entregue":
            q = g.pick([p, g.relative(p)])
            doc.f(" — entregue a «n» (RG «r»)", n=P(q.full), r=(g.rg(), "BR_RG")) if g.chance(0.6) else \
                doc.f(" — entregue a «n», tel. «t»", n=P(q.short), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f(" — «s»", s=status)
            if docv[0][0] != "—" and g.chance(0.7):
                doc.f("; contato no sistema da empresa: «t»", t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
        doc.t(" |\n" if md else "\n")
    doc.f("\nObs. («s»):\n", s=g.pick([P(sup.full), P(sup.short), V("supervisão")]))
    x = g.pick(owners)
    doc.f("- Contato com «n» pelo telefone que consta no sistema da «e» («t»); vem buscar «d».\n",
          n=g.pick([P(x.first), P(x.full), V("o dono da carteira"), V("a família")]),
          e=g.pick(COMPANIES)[0], t=(g.phone(), "PHONE_NUMBER"), d=g.pick(["amanhã", "no sábado", "semana que vem"]))
    if g.chance(0.6):
        doc.f("- Na carteira havia cartão «c» e R$ «v» em espécie; lacrado em envelope, conferido por «a» e pela supervisão.\n", c=g.masked_card(),
              v=brl(g.ri(5, 300) + 0.0), a=P(g.person().first))
    if g.chance(0.35):
        e = g.person(origin=g.pick(["bo", "py", "ve", "ht"]))
        doc.f("- Passaporte estrangeiro nº «p» em nome de «n» encaminhado à Polícia Federal (ofício «o»).\n",
              p=f"{g.up(1)}{g.d(7)}", n=P(e.capsf), o=f"{g.d(3)}/{d.year}")
    if g.chance(0.35):
        doc.f("- A segurança («s») achou mala sem identificação na plataforma «p»; aberta na presença da PM, só roupas.\n",
              s=g.pick([P(g.person().first), V("vigilante do turno")]), p=g.ri(1, 30))
    if g.chance(0.3):
        doc.f("- «w»\n", w=word_neg(g))
    return doc


def at_lista_passageiros(g: Gen) -> Doc:
    """A passenger manifest as the regulator requires (fixed width): crew with CNH, seats, documents, benefits; the dispatcher's notes."""
    doc = Doc()
    fan, raz, dom = company(g)
    o, ou, de, du = route(g)
    d = g.day()
    disp = g.person()
    drivers = [g.person(female=g.chance(0.1)) for _ in range(g.pick([1, 1, 2]))]
    doc.f("«r»  CNPJ «c»\nLISTA DE PASSAGEIROS — VIAGEM «v» — LINHA «l» «o»/«ou» x «d»/«du»\n", r=fold(raz).upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), v=trip_no(g), l=line_code(g, ou), o=fold(o).upper(), ou=ou, d=fold(de).upper(), du=du)
    doc.f("PARTIDA «dt» «h»   CARRO «p»   PLACA «pl»   «m»\n", dt=dbr(d), h=g.hm(), p=prefix(g), pl=(g.plate(), "LICENSE_PLATE"),
          m=fold(g.pick(BUS_MODELS)).upper())
    for k, drv in enumerate(drivers):
        doc.f("MOTORISTA «k»: «n»  CNH «c»«x»\n", k=k + 1, n=P(drv.capsf), c=(g.cnh(), "BR_CNH"),
              x=g.pick(["", "  CAT. D", "  CAT. E", f"  VAL. {g.ri(1, 12):02d}/{g.ri(2026, 2031)}"]))
    doc.t("\nPOLT NOME                          DOCUMENTO                  EMBARQUE         DESEMBARQUE      TARIFA        FONE CONTATO\n")
    doc.t("-" * 120 + "\n")
    seats = sorted(g.sample(range(1, 47), g.ri(5, 7)))
    mid_o = [c for c, u in CITIES if u == ou and c not in (o, de)] or [o]
    mid_d = [c for c, u in CITIES if u == du and c not in (o, de)] or [de]
    dlogin = login(disp, g)
    pax = []
    for s in seats:
        p = g.person()
        pax.append(p)
        doc.cell(f"{s:02d}", 4)
        doc.t(" ")
        nm = fold(g.pick([p.full, p.full, p.short])).upper()
        doc.cell(cut(nm, 29), 29, "PERSON")
        doc.t(" ")
        r = g.rng.random()
        if r < 0.35:
            v, lab = "RG " + g.rg(), "BR_RG"
            doc.t("RG ")
            doc.cell(v[3:], 23, lab)
        elif r < 0.7:
            doc.t("CPF ")
            doc.cell(g.cpf(), 22, "BR_CPF")
        elif r < 0.8:
            doc.t("CNH ")
            doc.cell(g.cnh(), 22, "BR_CNH")
        elif r < 0.9:
            doc.cell(g.pick([f"PASSAP. {g.up(2)}{g.d(6)}", f"CI PY {g.d(7)}", f"CRNM {g.up(1)}{g.d(6)}-{g.d(1)}", f"DNI {g.d(8)}"]), 26)
        else:
            doc.cell(g.pick(["CERT. NASC.", "COLO - CERT. NASC.", "RG MENOR"]), 26)
        doc.t(" ")
        doc.cell(cut(fold(g.pick([o, o, o, g.pick(mid_o)])).upper(), 16), 16)
        doc.t(" ")
        doc.cell(cut(fold(g.pick([de, de, de, g.pick(mid_d)])).upper(), 16), 16)
        doc.t(" ")
        doc.cell(g.pick(["INTEIRA", "INTEIRA", "INTEIRA", "PASSE LIVRE", "IDOSO 100%", "ID JOVEM 50%", "IDOSO 50%", "PROMO"]), 12)
        doc.t("  ")
        if g.chance(0.8):
            doc.e(g.phone(g.pick(["raw", "raw", "plain"])), "PHONE_NUMBER")
        doc.t("\n")
    doc.t("-" * 120 + "\n")
    doc.f("TOTAL «n» PASSAGEIROS  ·  emitido por «l» em «t»\n\n", n=len(seats), l=dlogin, t=ts(g.moments(1, d, 1, (5, 23))[0], "br"))
    doc.f("Despacho («n»):\n", n=g.pick([P(disp.short), V(dlogin), V(dlogin), V(dlogin)]))
    gd = g.pick(pax)
    kid = g.relative(gd)
    doc.f("- Menor «k», nascid«o» em «d», viaja com «r» «n»; autorização judicial/escritura conferida e anexada.\n",
          k=P(g.pick([kid.full, kid.capsf])) if g.chance(0.6) else V("(iniciais " + "".join(w[0] + "." for w in kid.full.split() if w not in PARTICLES) + ")"),
          o=kid.o, d=(g.dob("br", 2010, 2018), "DATE_OF_BIRTH"),
          r=g.pick(["a avó", "a tia", "a madrinha"]) if gd.female else g.pick(["o avô", "o tio", "o padrinho"]), n=P(gd.full))
    if g.chance(0.3):
        x = g.pick(pax)
        y = g.person()
        doc.f("- Poltrona de «x» foi comprada no nome de «y»; troca de titularidade não é permitida, passageiro remarcado.\n",
              x=P(g.pick([x.short, x.first])), y=P(y.full))
    if g.chance(0.4):
        doc.f("- No-show: «n» (contato «t» não atende).\n", n=P(g.person().full), t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("- Troca de motorista em «c» às «h».\n", c=g.pick(["Presidente Prudente", "Feira de Santana", "Registro", "Leão do Norte",
                                                             "Vitória da Conquista", "Três Lagoas"]), h=g.hm())
    return doc


def at_zap_excursao(g: Gen) -> Doc:
    """WhatsApp group of a charter trip (fretamento eventual): names, RG and CPF for the regulator's list, Pix, the bus and driver."""
    doc = Doc()
    fan, raz, dom = company(g)
    org = g.person(female=g.chance(0.7))
    dest = g.pick(["Aparecida", "Juazeiro do Norte", "Porto Seguro", "Gramado", "Caldas Novas", "Beto Carrero", "Canindé", "Trindade"])
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (7, 22))[0]
    tt = iter(seq_times(g, 40, t0, 60, 3000))
    doc.f("Conversa do WhatsApp com Excursão «d» «m»\n\n", d=dest, m=g.pick(["🚌", "2026", "- Romaria", "Fds", "Grupo da Igreja"]))
    you = g.chance(0.75)
    ON = V("Você") if you else P(g.pick([org.first, org.short, org.full]))
    members = [g.person() for _ in range(3)]
    MS = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.85) else P(g.pick([p.first, p.short, p.nick])) for p in members]
    cl(doc, st(next(tt)), ON, "Gente, a «f» pediu a lista pra mandar pra ANTT até «d». Preciso de nome completo, RG e CPF de TODO MUNDO, "
                              "inclusive criança", f=fan, d=dbr(g.after(t0.date(), 2, 6), "nopad"))
    for k, (p, ms) in enumerate(zip(members, MS)):
        if g.chance(0.5):
            cl(doc, st(next(tt)), ms, "«n» RG «r» CPF «c»", n=P(g.pick([p.full, p.caps, lower(p.full)])), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
        else:
            cl(doc, st(next(tt)), ms, "«n» cpf «c»", n=P(g.pick([p.full, p.caps, typo(lower(p.full), g)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if k == 1:
            kid = g.relative(p)
            cl(doc, st(next(tt)), ms, "e «o» «r» «n» nasc «d» só tem certidão", o="minha" if kid.female else "meu",
               r="neta" if kid.female else "neto", n=P(kid.full), d=(g.dob(g.pick(["br", "nopad"]), 2014, 2022), "DATE_OF_BIRTH"))
            cl(doc, st(next(tt)), ON, "certidão serve, leva a original")
    cl(doc, st(next(tt)), ON, "Valor «v» por pessoa, pode dividir em 3x. Pix na chave aleatória «k» (é da minha conta da excursão, nome «n»)",
       v="R$ " + brl(g.ri(180, 650) + 0.0), k=(g.uuid(), "PIX_KEY"), n=P(org.full))
    cl(doc, st(next(tt)), MS[0], "mandei 1ª parcela, comprovante no privado")
    if g.chance(0.5):
        cl(doc, st(next(tt)), MS[1], "eu pago no dinheiro na saída pode?")
        cl(doc, st(next(tt)), ON, "pode mas tem que confirmar até sexta")
    drv = g.person(female=False)
    cl(doc, st(next(tt)), ON, "Ônibus confirmado: «f», «m», placa «p». Motorista «n», zap dele «z» pra quem for se atrasar",
       f=fan, m=g.pick(["executivo 46 lugares", "leito 42 lugares", "DD 60 lugares", "semileito com banheiro"]), p=(g.plate(), "LICENSE_PLATE"),
       n=P(g.pick([drv.first, drv.short, drv.nick])), z=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), ON, "Saída «h» em frente à «l». Quem mora no caminho, o ônibus pega em casa só se for na avenida",
       h=g.pick(["5h", "4h30", "22h", "23h30"]), l=g.pick(["Igreja Matriz", "Praça da Glória", "rodoviária velha", "Escola Estadual Prudente de Morais"]))
    if g.chance(0.7):
        cl(doc, st(next(tt)), MS[2], "me pega na «a» «b»? cep «c»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
           c=(g.cep(g.chance(0.6)), "BR_CEP"))
        cl(doc, st(next(tt)), ON, "pego sim, fica na rota")
    if g.chance(0.5):
        cl(doc, st(next(tt)), MS[1], "o motorista é o mesmo da romaria do ano passado? aquele «n»?", n=P(g.person(female=False).first))
    if g.chance(0.5):
        cl(doc, st(next(tt)), ON, "Quem quiser seguro viagem extra manda email pra «e» que eu passo pra corretora",
           e=(g.email(org), "EMAIL_ADDRESS"))
    cl(doc, st(next(tt)), MS[g.ri(0, 2)], g.pick(["🙏🙏", "amém, vai dar tudo certo", "oba!!", "👍", "quem leva o som?"]))
    if g.chance(0.3):
        cl(doc, st(next(tt)), ON, word_neg(g))
    return doc


AT = [at_zap_remarcacao, at_stt_achados, at_tela_gratuidade, at_email_ouvidoria, at_achados_rodoviaria, at_lista_passageiros, at_zap_excursao]


# =========================================================================== juridico


def ju_peticao_acidente(g: Gen) -> Doc:
    """A passenger's civil claim after a bus accident (carrier's strict liability): plaintiff qualified, driver, plate, doctor, witnesses."""
    doc = Doc()
    fan, raz, dom = company(g)
    city, uf = g.city()
    o, ou, de, du = route(g)
    a = g.person()
    drv = g.person(female=False)
    med = g.person()
    d = g.day()
    acc = g.after(d, -300, -30)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c»/«u»\n\n",
          v=g.pick(["1ª", "2ª", "4ª", "7ª", "11ª"]), c=fold(city).upper(), u=uf)
    qualify(g, doc, a, caps=g.chance(0.3), dob=g.chance(0.5), email=g.chance(0.7), phone=g.chance(0.5), where=(city, uf))
    doc.f(", por seus advogados, vem propor AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS em face de «r» («f»), CNPJ «cn», "
          "pelos fatos e fundamentos a seguir.\n\n", r=raz.upper(), f=fan, cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("1. Em «d», «o» autor«a» viajava na poltrona «p» do ônibus placa «pl» (carro «c»), linha «or» — «de», conduzido por «m», "
          "quando, no km «km» da «br», o coletivo «x». O boletim de acidente da PRF (BAT nº «bat») registra pista seca e "
          "velocidade incompatível, segundo o tacógrafo («vel» km/h em trecho de 80 km/h).\n\n",
          d=dbr(acc, "long"), o="a" if a.female else "o", a="a" if a.female else "", p=g.ri(1, 46), pl=(g.plate(), "LICENSE_PLATE"),
          c=prefix(g), **{"or": o}, de=de, m=P(g.pick([drv.full, drv.caps])), km=g.ri(12, 690),
          br=g.pick(["BR-116", "BR-381", "BR-101", "BR-153", "BR-040", "SP-270", "RS-122", "BR-232"]),
          x=g.pick(["saiu da pista e tombou no acostamento", "colidiu na traseira de uma carreta", "invadiu a contramão numa curva",
                    "freou bruscamente e vários passageiros foram arremessados"]), bat=f"{g.up(1)}{g.d(10)}", vel=g.ri(98, 131))
    doc.f("2. Socorrid«o» ao «h», foi atendid«o» pel«a» «md» («crm»), que diagnosticou «dg» (CID «cid»), com afastamento de «n» dias.\n\n",
          o=a.o, h=g.pick(HOSPITALS), a="a Dra." if med.female else "o Dr.", md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          **dict(zip(["cid", "dg"], g.pick(ACC_ICD))), n=g.ri(15, 120))
    wits = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("3. Presenciaram os fatos os passageiros ")
    for k, w in enumerate(wits):
        if k:
            doc.t(" e " if k == len(wits) - 1 else ", ")
        if g.chance(0.7):
            doc.f("«n» (CPF «c»)", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("«n» (tel. «t»)", n=P(w.full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(", arrolados ao final.\n\n4. O contrato de transporte traz cláusula de incolumidade e a responsabilidade da transportadora "
          "é objetiva (Código Civil, arts. 734 e 735; Lei 8.078/1990, art. 14), não elidida por culpa de terceiro. Nesse sentido: "
          "TJ«u», Apelação Cível «p1»; STJ, REsp «r».\n\n", u=uf, p1=g.cnj(CNJ_SEG.get(uf, "8.26")), r=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}/{uf}")
    doc.f("5. Pedidos: a) danos materiais de R$ «v1» (bagagem perdida, medicamentos, «y»); b) danos morais de R$ «v2»; c) pensão "
          "mensal durante a incapacidade; d) gratuidade da justiça.\n\nValor da causa: R$ «vt».\n\n«c», «d».\n\n",
          v1=brl(g.ri(1500, 25000) + 0.0), y=g.pick(["fisioterapia", "lucros cessantes", "óculos e celular"]), v2=brl(g.ri(10, 80) * 1000.0),
          vt=brl(g.ri(40, 150) * 1000.0), c=city, d=dbr(d, "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_auto_infracao_caps(g: Gen) -> Doc:
    """An ALL CAPS road-inspection record by the regulator (irregular manifest, refused gratuity) and the company's prior defence."""
    doc = Doc()
    fan, raz, dom = company(g)
    sig, agname, auf = g.pick(AGENCIES_REG)
    if sig == "ANTT":
        o, ou, de, du = route(g)
    else:
        o, de = g.sample(INTRASTATE[auf], 2)
        ou = du = auf
    auto = f"{g.d(6)}/{g.day().year}"
    fisc = g.person()
    drv = g.person(female=g.chance(0.08))
    pax = g.person()
    d = g.day()
    doc.f(caps_t("«s» — «a»\nAUTO DE INFRAÇÃO Nº «n»    FISCALIZAÇÃO EM RODOVIA\n\n"), s=sig, a=fold(agname).upper(), n=auto)
    doc.f(caps_t("DATA/HORA: «d» «h»   LOCAL: «b», KM «km», POSTO DE FISCALIZAÇÃO\n"), d=dbr(d), h=g.hm(),
          b=g.pick(["BR-116", "BR-101", "BR-381", "BR-153", "BR-364"]) if sig == "ANTT" else f"{auf}-{g.ri(10, 480):03d}", km=g.ri(5, 700))
    doc.f(caps_t("TRANSPORTADORA: «r»   CNPJ: «c»\nVEÍCULO: PLACA «p»  PREFIXO «pf»  LINHA «l» «o»-«de»\n"), r=fold(raz).upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), p=(g.plate(), "LICENSE_PLATE"), pf=prefix(g), l=line_code(g, ou), o=fold(o).upper(),
          de=fold(de).upper())
    doc.f(caps_t("CONDUTOR: «n»   CNH: «c»   CPF: «cp»\n\n"), n=P(drv.capsf), c=(g.cnh(), "BR_CNH"), cp=(g.cpf(), "BR_CPF"))
    k = g.ri(0, 3)
    inf = ["TRANSPORTAR PASSAGEIRO NAO CONSTANTE DA LISTA DE PASSAGEIROS", "TRANSPORTAR PASSAGEIROS EM PE EM SERVICO RODOVIARIO",
           "DEIXAR DE CONCEDER GRATUIDADE A BENEFICIARIO COM VAGA DISPONIVEL", "NAO PORTAR A LISTA DE PASSAGEIROS ATUALIZADA"][k]
    decl = ["TER EMBARCADO NA BEIRA DA ESTRADA, PAGANDO EM DINHEIRO AO MOTORISTA", "VIAJAR EM PE DESDE A ULTIMA PARADA",
            "TER SIDO IMPEDIDO DE USAR A GRATUIDADE NA IDA, COM POLTRONAS VAZIAS", "NAO TER RECEBIDO BILHETE"][k]
    doc.f(caps_t("DESCRIÇÃO DA INFRAÇÃO: «i». "), i=inf)
    doc.f(caps_t("CONSTATADO NA ABORDAGEM O PASSAGEIRO «n», CPF «c», TELEFONE «t», NA POLTRONA «po», QUE DECLAROU «x».\n\n"),
          n=P(pax.capsf), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), po=g.ri(1, 46), x=decl)
    doc.f(caps_t("AGENTE DE FISCALIZAÇÃO: «n» — MATRÍCULA «m»\nCIÊNCIA DO CONDUTOR: «c»\n\n"), n=P(fisc.capsf), m=g.d(7),
          c=g.pick([V("RECUSOU-SE A ASSINAR"), P(drv.capsf), V("ASSINADO")]))
    doc.t("-" * 70 + "\n\n")
    lw = g.person()
    mgr = g.person()
    doc.f("Ilmo. Sr. Superintendente de Fiscalização — «s»\n\nDEFESA PRÉVIA — Auto de Infração «n»\n\n«r», CNPJ «c», por seu "
          "advogado, apresenta defesa: ", s=sig, n=auto, r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(["o passageiro constava da lista complementar emitida no ponto de apoio de «x», juntada em anexo",
           "o passageiro embarcou em parada intermediária e viajou sentado a partir de «x», conforme relatório de telemetria",
           "as vagas do benefício estavam ocupadas, como demonstram a lista de passageiros e as declarações de negativa emitidas",
           "a lista atualizada estava no tablet de bordo e foi exibida ao agente na abordagem"][k] +
          ". O motorista «m» trabalha na empresa desde «a», sem ocorrências. Requer o arquivamento.\n\n",
          x=g.pick(["Registro", "Feira de Santana", "Leão do Norte", "Três Lagoas"]), m=P(g.pick([drv.full, drv.short])), a=g.ri(2004, 2022))
    doc.f("Gerente de tráfego responsável: «g» — «e»\n\n", g=P(mgr.full),
          e=g.pick([(corp_mail(mgr, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "trafego"))]))
    doc.f("«n»\n«o»\n", n=P(lw.full), o=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("«e»\n", e=(corp_mail(lw, g.pick(["transportesadv.com.br", "rodoviarioadvocacia.adv.br", "gmail.com"]), g), "EMAIL_ADDRESS"))
    return doc


def ju_reclamacao_motorista(g: Gen) -> Doc:
    """A bus driver's labour claim: working hours, waiting time and split shifts (Lei 13.103/2015), tachograph evidence, witnesses."""
    doc = Doc()
    fan, raz, dom = company(g)
    city, uf = g.city()
    a = g.person(female=g.chance(0.12))
    d = g.day()
    adm = g.after(d, -3500, -800)
    dem = g.after(d, -200, -20)
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «v» VARA DO TRABALHO DE «c»/«u»\n\n", v=g.pick(["1ª", "2ª", "3ª", "6ª", "9ª"]), c=fold(city).upper(), u=uf)
    qualify(g, doc, a, dob=g.chance(0.5), pis=True, titulo=g.chance(0.6), email=g.chance(0.6), phone=g.chance(0.7), where=(city, uf),
            job="motorista de ônibus rodoviário")
    doc.f(", CTPS nº «ct» série «s», vem propor RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «cn», pelos fatos a seguir.\n\n",
          ct=g.d(7), s=g.d(4), r=raz.upper(), cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("DO CONTRATO. Admitid«o» em «a» como motorista de ônibus rodoviário (CNH «cnh», categoria «cat»), dispensad«o» sem justa "
          "causa em «dm», último salário de R$ «sal».\n\n", o=a.o, a=dbr(adm), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["D", "E"]),
          dm=dbr(dem), sal=brl(g.ri(3200, 5600) + 0.0))
    doc.f("DA JORNADA. Fazia a linha «o» — «de» em escala de «e»; ficava à disposição no ponto de apoio de «p» entre as viagens sem "
          "poder se ausentar, o que a ré anotava como “tempo de espera” pago a 30%. Os registros do tacógrafo e da telemetria "
          "(placas «p1» e «p2») demonstram jornadas de até «h» horas, acima do limite da Lei 13.103/2015 e sem o descanso de 11 horas.\n\n",
          **dict(zip(["o", "de"], g.pick(ROUTES)[::2])), e=g.pick(["12x36", "dupla pegada", "viagem redonda", "6x1"]),
          p=g.pick(["Registro", "Feira de Santana", "Leão do Norte", "Três Lagoas", "Teófilo Otoni"]), p1=(g.plate(), "LICENSE_PLATE"),
          p2=(g.plate(), "LICENSE_PLATE"), h=g.ri(14, 19))
    sup = g.person()
    doc.f("O encarregado de tráfego «s» determinava por WhatsApp («t») que seguisse viagem mesmo após o limite. "
          "Também era descontado de seu salário o valor das multas de trânsito e das avarias, sem culpa apurada.\n\n",
          s=P(g.pick([sup.full, sup.short])), t=(g.phone(), "PHONE_NUMBER"))
    wits = [g.person(female=g.chance(0.2)) for _ in range(g.ri(1, 2))]
    doc.t("Testemunhas: ")
    for k, w in enumerate(wits):
        if k:
            doc.t("; ")
        doc.f("«n», «j», CPF «c»", n=P(w.full), j=g.pick(["motorista", "cobrador", "ex-fiscal de tráfego", "mecânico"]), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            doc.f(", residente na «a», CEP «cep»", a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(".\n\nPEDIDOS: horas extras e reflexos; intervalo interjornada; diferenças do tempo de espera; devolução dos descontos "
          "(R$ «v»); adicional de insalubridade (vibração de corpo inteiro); FGTS + 40%. Valor da causa: R$ «vt». Precedente: "
          "RR «cnj».\n\n«c», «d».\n\n", v=brl(g.ri(800, 9000) + 0.0), vt=brl(g.ri(40, 250) * 1000.0), cnj=g.cnj(TRT.get(uf, "5.02")),
          c=city, d=dbr(d, "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_jec_bagagem(g: Gen) -> Doc:
    """Small-claims hearing minutes and sentence for a lost suitcase: author, preposto, lawyers, conciliator, lay judge, refund account."""
    doc = Doc()
    fan, raz, dom = company(g)
    city, uf = g.city()
    o, ou, de, du = route(g)
    a = g.person()
    prep = g.person()
    conc = g.person(female=g.chance(0.6))
    jl = g.person()
    juiz = g.person()
    d = g.day()
    doc.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO — «u»\n«v»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n"
          "Processo nº «p»\nAutor«a»: «n» — CPF «cpf» — «ct»\nRé: «r» — CNPJ «cn»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO, INSTRUÇÃO E JULGAMENTO\n\n",
          u=uf, v=g.ri(1, 9), c=fold(city).upper(), p=g.cnj(CNJ_SEG.get(uf, "8.26")), a="a" if a.female else "", n=P(g.pick([a.caps, a.full])),
          cpf=(g.cpf(), "BR_CPF"), r=raz.upper(), cn=(g.any_cnpj(), "BR_CNPJ"),
          ct=g.pick([(g.email(a), "EMAIL_ADDRESS"), (g.phone(), "PHONE_NUMBER")]))
    doc.f("Em «d», na sala de audiências (sessão híbrida), presentes «o» autor«a», acompanhad«o» de «l1» («oab1»), e a ré, "
          "representada pel«pa» «pe» «pr» (RG «rg»), com «l2» («oab2»). «cl»«cn».\n\n",
          d=dbr(d, "long"), o="a" if a.female else "o", a="a" if a.female else "", l1=P(g.person().full),
          oab1=(g.council("OAB", uf), "PROFESSIONAL_ID"), pa="a" if prep.female else "o", pe="preposta" if prep.female else "preposto", pr=P(prep.full),
          rg=(g.rg(), "BR_RG"), l2=P(g.person().full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"), **(dict(cl=g.pick(["Conciliação conduzida pelo juiz leigo", "Sem conciliador designado"]), cn="") if g.chance(0.5)
             else dict(cl="Conciliadora: " if conc.female else "Conciliador: ", cn=P(conc.full))))
    doc.f("Proposta de acordo: R$ «v», recusada pel«o» autor«a».\n\nDepoimento pessoal: despachou uma mala «m» no bagageiro na "
          "viagem «or» → «de» de «dt» (ticket de bagagem «tk»); no desembarque a mala não estava no ônibus. O motorista «mo» "
          "disse que a mala poderia ter descido em «x». A reclamação foi feita no guichê no mesmo dia (protocolo «pr»).\n\n",
          v=brl(g.ri(500, 2500) + 0.0), o="a" if a.female else "o", a="a" if a.female else "", m=g.pick(["azul de rodinha", "preta grande",
                                                                                                     "vermelha", "de couro marrom"]),
          **{"or": o}, de=de, dt=dbr(g.after(d, -200, -30)), tk=g.d(6), mo=g.pick([P(g.person(female=False).first), V("de plantão")]),
          x=g.pick(["Registro", "Feira de Santana", "Leão do Norte", "outra parada"]), pr=g.protocol())
    if g.chance(0.6):
        w = g.person()
        doc.f("Testemunha do autor: «n», CPF «c», residente na «a», CEP «cep», compromissad«o»; confirmou o despacho da mala.\n\n",
              n=P(w.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), o=w.o)
    doc.f("SENTENÇA (projeto d«jo» «jl», homologado). A ré não comprovou a entrega da bagagem e, nos termos da Lei 8.078/1990, "
          "responde pelo extravio. Julgo PROCEDENTE EM PARTE o pedido para condenar a ré a pagar R$ «v1» por danos materiais e R$ «v2» "
          "por danos morais. Depósito na conta do autor: «b», agência «ag», conta «ac».\n\n«j»\nJuiz(a) de Direito\n\nSem custas "
          "(Lei 9.099/1995, art. 55). Registre-se. Intimados em audiência.\n", jl=P(jl.full), jo="a juíza leiga" if jl.female else "o juiz leigo", v1=brl(g.ri(800, 4000) + 0.0),
          v2=brl(g.ri(2, 8) * 1000.0), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          j=P(g.pick([juiz.full, juiz.caps])))
    return doc


def ju_bat_ocr(g: Gen) -> Doc:
    """An OCR'd ALL CAPS federal highway police accident report: the bus and a car, both drivers, injured passengers, officers."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    drv = g.person(female=g.chance(0.08))
    car = g.person()
    pf1 = g.person()
    pf2 = g.person()
    city, uf = g.city()
    doc.t(ocr_t("POLICIA RODOVIARIA FEDERAL - SUPERINTENDENCIA NO ESTADO\nBOLETIM DE ACIDENTE DE TRANSITO - BAT\n", g, 0.2))
    doc.f(ocr_t("NUMERO: «n»   DATA: «d»   HORA: «h»   RODOVIA: «b»   KM: «k»   MUNICIPIO: «c»/«u»\n", g, 0.2), n=f"{g.up(1)}{g.d(10)}",
          d=dbr(d), h=g.hm(), b=g.pick(["BR-116", "BR-381", "BR-101", "BR-153", "BR-040", "BR-232", "BR-364"]), k=g.ri(3, 900),
          c=fold(city).upper(), u=uf)
    doc.f(ocr_t("TIPO: «t»   CONDICAO DA PISTA: «p»\n\n", g, 0.2), t=g.pick(["COLISAO TRASEIRA", "COLISAO FRONTAL", "SAIDA DE PISTA",
                                                                              "TOMBAMENTO", "COLISAO TRANSVERSAL"]),
          p=g.pick(["SECA", "MOLHADA", "COM NEBLINA", "SECA / OBRAS"]))
    doc.f(ocr_t("VEICULO 1: ONIBUS  PLACA «p»  «m»  EMPRESA «e»  CNPJ «c»\n", g, 0.2), p=(g.plate(), "LICENSE_PLATE"),
          m=fold(g.pick(BUS_MODELS)).upper(), e=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(ocr_t("CONDUTOR: «n»  CNH «c»  CPF «cp»  NASC. «dn»\nENDERECO: «a»  CEP «cep»  FONE «f»\n", g, 0.2), n=P(ocr(drv.capsf, g, 0.3)),
          c=(g.cnh(), "BR_CNH"), cp=(g.cpf(), "BR_CPF"), dn=(g.dob("br", 1960, 1995), "DATE_OF_BIRTH"), a=(ocr(g.address("caps"), g, 0.3), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), f=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(ocr_t("TESTE DE ALCOOLEMIA: «t»\n\n", g, 0.2), t=g.pick(["0,00 MG/L", "0,00 MG/L", "RECUSOU", "NAO REALIZADO (SOCORRIDO)"]))
    doc.f(ocr_t("VEICULO 2: «v»  PLACA «p»  PROPRIETARIO: «o»\nCONDUTOR: «n»  CNH «c»  CPF «cp»  NASC. «dn»  FONE «f»\n\n", g, 0.2),
          cp=(g.cpf(), "BR_CPF"), f=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          v=g.pick(["AUTOMOVEL", "CAMINHAO TRATOR + SEMIRREBOQUE", "CAMINHONETE", "MOTOCICLETA"]), p=(g.plate(), "LICENSE_PLATE"),
          o=g.pick([P(car.capsf), V("LOCADORA"), P(g.person().capsf)]), n=P(ocr(car.capsf, g, 0.3)), c=(g.cnh(), "BR_CNH"),
          dn=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"))
    doc.t(ocr_t("VITIMAS:\n", g, 0.2))
    for _ in range(g.ri(2, 4)):
        v = g.person()
        s = g.pick(["LESAO LEVE", "LESAO LEVE", "LESAO GRAVE", "ILES", "OBITO NO LOCAL"])
        dest = {"ILES": "LIBERAD«o» NO LOCAL", "OBITO NO LOCAL": "REMOVID«o» PELO IML"}.get(s, "ENCAMINHAD«o» PARA «h»")
        doc.f(ocr_t("- «n», NASC. «d», PASSAGEIR«o» POLTRONA «p», «s», " + dest + "\n", g, 0.15), n=P(ocr(v.capsf, g, 0.3)),
              d=(g.dob("br", 1940, 2015), "DATE_OF_BIRTH"), p=g.ri(1, 46), s=s + ("A" if v.female else "O") if s == "ILES" else s,
              o="A" if v.female else "O", h=fold(g.pick(HOSPITALS)).upper())
    doc.f(ocr_t("\nNARRATIVA: SEGUNDO O CONDUTOR DO V1, O V2 «x». OS PASSAGEIROS FORAM TRANSBORDADOS PARA OUTRO VEICULO DA EMPRESA, "
                "PLACA «p2». TACOGRAFO RECOLHIDO.\n\n", g, 0.2),
          x=g.pick(["INVADIU A CONTRAMAO", "FREOU BRUSCAMENTE NA PISTA", "SAIU DO ACOSTAMENTO SEM SINALIZAR", "TRAFEGAVA SEM ILUMINACAO"]),
          p2=(g.plate(), "LICENSE_PLATE"))
    doc.f(ocr_t("POLICIAIS: «a» - MAT. «m1»  /  «b» - MAT. «m2»\n", g, 0.2), a=P(ocr(pf1.capsf, g, 0.2)), m1=g.d(7), b=P(ocr(pf2.capsf, g, 0.2)),
          m2=g.d(7))
    return doc


def ju_sinistro_seguro(g: Gen) -> Doc:
    """An insurer's claim file for a passenger injured or killed in a bus accident (APP and road-victims cover), beneficiaries, e-signature."""
    doc = Doc()
    fan, raz, dom = company(g)
    ins, idom = g.pick(INSURERS)
    v = g.person()
    an = g.person(female=g.chance(0.6))
    d = g.day()
    acc = g.after(d, -120, -10)
    death = g.chance(0.4)
    sp = g.spouse(v)
    doc.f("«i»\nDOSSIÊ DE SINISTRO «s» — «c»\nApólice APP Passageiros nº «a» · segurado: «r» (CNPJ «cn»)\n\n", i=ins.upper(),
          s=f"{g.d(4)}.{g.d(6)}", c="MORTE ACIDENTAL" if death else "INVALIDEZ / DESPESAS MÉDICAS", a=f"{g.d(2)}.{g.d(4)}.{g.d(6)}",
          r=raz, cn=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Vítima", P(v.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1945, 2005), "DATE_OF_BIRTH")),
              ("Data do acidente", V(dbr(acc))), ("Veículo (placa)", (g.plate(), "LICENSE_PLATE")),
              ("BAT / BO", V(f"{g.up(1)}{g.d(10)}")), ("Atendimento", V(g.pick(HOSPITALS))),
              ("Médico assistente", P(g.person().full)), ("CRM", (g.council("CRM"), "PROFESSIONAL_ID")),
              ("CID", V(g.pick(["T07", "S06.0", "S32.0"]) if death else g.pick(ACC_ICD)[0]))]
    if not death:
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    if death:
        doc.t("\nBENEFICIÁRIOS (herdeiros legais)\n")
        rows = []
        kids = [g.relative(v) for _ in range(g.ri(1, 2))]
        for p, rel, share in [(sp, "cônjuge", "50%")] + [(k, "filha" if k.female else "filho", f"{50 // len(kids)}%") for k in kids]:
            rows.append([P(p.full), V(rel), (g.cpf(), "BR_CPF"), V(share), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
        table_ruled(doc, ["nome", "vínculo", "CPF", "cota", "agência", "conta"], rows, g.pick(["plus", "psql", "plain"]))
    else:
        doc.f("\nIndenização por invalidez parcial: «p»% (tabela SUSEP) — R$ «v». Crédito: agência «ag», conta «ac» («b»).\n",
              p=g.pick([10, 25, 50, 70]), v=brl(g.ri(3, 60) * 1000.0), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
              b=g.pick(BANKS)[1])
    adv = g.person()
    doc.f("\nParecer do(a) analista «a» («m»): documentação completa; ", a=P(an.full), m=(corp_mail(an, idom, g), "EMAIL_ADDRESS"))
    doc.f(g.pick(["liberar pagamento.", "aguardar laudo do IML.", "solicitar certidão de óbito atualizada.", "pedir extrato do tacógrafo à transportadora."]))
    if g.chance(0.6):
        doc.f(" Atenção: procuração em favor de «n» («o»), que cobra honorários de 30% — confirmar por telefone com o beneficiário "
              "(«t»).", n=P(adv.full), o=(g.council("OAB"), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\n")
    t0 = g.moments(1, d, 1, (8, 20))[0]
    ben = sp if death else v
    signers = [(an, corp_mail(an, idom)), (ben, g.email(ben))]
    esign_log(g, doc, signers, t0)
    return doc


def ju_telemetria_suspensao(g: Gen) -> Doc:
    """A telemetry overspeed report (fixed width) and the disciplinary suspension letter to the driver, with witnesses and the union."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    drv = g.person(female=g.chance(0.1))
    an = g.person()
    pl = g.plate()
    pref = prefix(g)
    doc.f("«f» — CENTRAL DE TELEMETRIA — EVENTOS DE EXCESSO DE VELOCIDADE\nPeríodo: «a» a «b»   Analista: «l»\n\n", f=fold(fan).upper(),
          a=dbr(d - datetime.timedelta(days=7)), b=dbr(d), l=login(an, g))
    doc.t("DATA/HORA            PLACA     CARRO  MOTORISTA                 KM/RODOVIA       VEL  LIM  DUR(s)\n")
    doc.t("-" * 96 + "\n")
    others = [g.person(female=g.chance(0.1)) for _ in range(2)]
    events = g.moments(g.ri(3, 5), d - datetime.timedelta(days=7), 7, (0, 24))
    for t in events:
        who = drv if g.chance(0.6) else g.pick(others)
        p = pl if who is drv else g.plate()
        doc.cell(ts(t, "brs"), 19)
        doc.t("  ")
        doc.cell(p, 8, "LICENSE_PLATE")
        doc.t("  ")
        doc.cell(pref if who is drv else prefix(g), 5)
        doc.t("  ")
        if who is drv or g.chance(0.4):
            doc.cell(cut(fold(who.full).upper(), 24), 24, "PERSON")
        else:
            doc.cell(f"MATR {g.d(5)} (SEM NOME)", 24)
        doc.t("  ")
        doc.cell(f"{g.pick(['BR-116', 'BR-381', 'BR-101', 'SP-270'])} km {g.ri(1, 700)}", 15)
        doc.t("  ")
        doc.t(f"{g.ri(92, 128):3d}  {g.pick([80, 90, 100]):3d}  {g.ri(12, 400):5d}\n")
    doc.t("-" * 96 + "\n\n")
    doc.f("«c», «d».\n\n«o» «n»\nCNH «cnh» — CPF «cpf» — PIS «pis»\n«a» — «b», CEP «cep»\n\nCOMUNICADO DE SUSPENSÃO DISCIPLINAR\n\n",
          c=g.pick(CITIES)[0], d=dbr(g.after(d, 1, 5), "long"), o="À Sra." if drv.female else "Ao Sr.", n=P(g.pick([drv.full, drv.caps])),
          cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.f("Comunicamos a suspensão de «k», sem remuneração, por conduzir o veículo placa «p» acima da velocidade permitida em "
          "«e» ocasiões na semana, conforme relatório acima e extrato do tacógrafo, após advertência escrita anterior (art. 482 da CLT). "
          "O diário de bordo da viagem também foi preenchido com horários que não batem com a telemetria.\n\n",
          k=g.pick(["1 (um) dia", "2 (dois) dias", "3 (três) dias"]), p=(pl, "LICENSE_PLATE"), e=g.ri(3, 6))
    gm = g.person()
    doc.f("«g»\nGerente de Tráfego — «f»\n\n", g=g.pick([P(gm.full), V("p/ Diretoria")]), f=fan)
    doc.f("Ciente: ______________________ («r»)\nTestemunhas: «a» (CPF «ca») e «b» (CPF «cb»)\n", r=g.pick(["recusou-se a assinar",
                                                                                                           "assinou com ressalva", "ciente em " + dbr(g.after(d, 1, 5))]),
          a=P(g.person().full), ca=(g.cpf(), "BR_CPF"), b=P(g.person().full), cb=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        sr = g.person()
        doc.f("Acompanhou o ato o diretor do Sindicato dos Rodoviários, «n» (tel. «t»).\n", n=P(sr.full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


JU = [ju_peticao_acidente, ju_auto_infracao_caps, ju_reclamacao_motorista, ju_jec_bagagem, ju_bat_ocr, ju_sinistro_seguro, ju_telemetria_suspensao]


# =========================================================================== saude


def sa_laudo_toxicologico(g: Gen) -> Doc:
    """A long-window toxicology report for a professional driver's licence (PDF pasted as text): donor, CNH, panel, MRO, lab staff."""
    doc = Doc()
    lab, ldom = g.pick(LABS)
    fan, raz, dom = company(g)
    p = g.person(female=g.chance(0.12))
    mro = g.person()
    rt = g.person()
    col = g.person(female=g.chance(0.7))
    d = g.day()
    uf = g.pick(UFS)
    pos = g.chance(0.2)
    doc.f("«l»\nCNPJ «c» · Laboratório acreditado\n\nLAUDO DE EXAME TOXICOLÓGICO DE LARGA JANELA DE DETECÇÃO\n(CTB, art. 148-A; "
          "Lei 13.103/2015)\n\n", l=lab.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Laudo nº", V(f"{g.up(2)}{g.d(8)}")), ("Cadeia de custódia", V(f"{g.d(3)}-{g.d(6)}-{g.up(1)}")),
              ("Doador", P(g.pick([p.caps, p.full]))), ("CPF", (g.cpf(), "BR_CPF")), ("Data de nascimento", (g.dob("br", 1958, 2002), "DATE_OF_BIRTH")),
              ("CNH", (g.cnh(), "BR_CNH")), ("Categoria", V(g.pick(["D", "E", "AD", "AE"]))), ("RENACH", V(renach(g, uf))),
              ("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
              ("Finalidade", V(g.pick(["renovação da CNH", "admissional", "periódico (30 meses)", "demissional", "mudança de categoria"])))]
    if g.chance(0.6):
        fields += [("Empregador", V(raz)), ("CNPJ do empregador", (g.any_cnpj(), "BR_CNPJ"))]
    fields += [("Data da coleta", V(dbr(g.after(d, -40, -10)))), ("Posto de coleta", V(f"{g.pick(CITIES)[0]} — posto {g.ri(1, 40)}")),
               ("Coletor(a)", P(col.full)), ("Material", V(g.pick(["cabelo (3 cm)", "pelo corporal (axila)", "cabelo (6 cm)"]))),
               ("Janela de detecção", V(g.pick(["90 dias", "180 dias"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.t("\nRESULTADOS (triagem imunoquímica + confirmação LC-MS/MS)\n")
    rows = []
    hit = g.pick(TOX) if pos else None
    for sub, cut_ in g.sample(TOX, g.ri(8, 12)):
        res = f"POSITIVO ({num(g.ri(6, 90) / 10, 2)} ng/mg)" if hit and sub == hit[0] else "NEGATIVO"
        rows.append([V(sub), V(cut_), V(res)])
    if hit and not any(r[0][0] == hit[0] for r in rows):
        rows.append([V(hit[0]), V(hit[1]), V(f"POSITIVO ({num(g.ri(6, 90) / 10, 2)} ng/mg)")])
    table_ruled(doc, ["substância", "cut-off (ng/mg)", "resultado"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nCONCLUSÃO: «c»\n\n", c="POSITIVO — encaminhado ao médico revisor" if pos else "NEGATIVO para as substâncias pesquisadas")
    doc.f("Médic«o» revisor«a» (MRO): «n» — «crm»\nResponsável técnic«r»: «t» — «rt»\n", o="a" if mro.female else "o", a="a" if mro.female else "", n=P(mro.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), r="a" if rt.female else "o", t=P(rt.full),
          rt=(g.council(g.pick(["CRF", "CRBM"]), uf), "PROFESSIONAL_ID"))
    if pos:
        doc.f("\nEntrevista do MRO em «d» por telefone («t»): o doador declarou uso de «m»; «x». Contraprova solicitada pelo e-mail «e».\n",
              d=dbr(g.after(d, 1, 6)), t=(g.phone(), "PHONE_NUMBER"), m=g.pick(["inibidor de apetite receitado", "nenhuma medicação",
                                                                              "remédio para ficar acordado na estrada"]),
              x=g.pick(["sem receita apresentada", "receita de 2019 apresentada", "resultado mantido"]), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("\nVerificação de autenticidade: «u»/validar — código «c»\n", u=ldom, c=g.hexs(10, True))
    return doc


def sa_aso_motorista(g: Gen) -> Doc:
    """An occupational health certificate (ASO) of a driver or a fare collector in a ruled box, and the SESMT's e-mail about it."""
    doc = Doc()
    fan, raz, dom = company(g)
    cl_, cdom = g.pick(OCCMED)
    p = g.person(female=g.chance(0.25))
    ex = g.person()
    co = g.person()
    d = g.day()
    kind = g.pick(["Admissional", "Periódico", "Retorno ao trabalho", "Mudança de função", "Demissional"])
    res = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO", "INAPTO TEMPORARIAMENTE"])
    func = g.pick(["Motorista rodoviário", "Motorista de fretamento", "Cobradora" if p.female else "Cobrador", "Motorista rodoviário (leito)"])
    doc.f("«c» — CNPJ «cn»\nATESTADO DE SAÚDE OCUPACIONAL (ASO) — NR-7\n\n", c=cl_, cn=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Empresa", V(raz)), ("CNPJ empresa", (g.any_cnpj(), "BR_CNPJ")), ("Empregado(a)", P(g.pick([p.full, p.caps]))),
              ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.dob("br", 1962, 2003), "DATE_OF_BIRTH"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Função", V(func)), ("Exame", V(kind)),
               ("Riscos", V(g.pick(["ruído; vibração de corpo inteiro; trabalho noturno", "ergonômico (postura sentada); vibração; acidentes de trânsito",
                                    "ruído; calor; risco de assalto"]))),
               ("Audiometria", V(dbr(g.after(d, -20, -1)))), ("Acuidade visual", V(g.pick(["20/20 AO", "20/25 OD 20/20 OE", "20/30 c/ correção"]))),
               ("ECG / glicemia", V(g.pick(["normal / 92 mg/dL", "normal / 131 mg/dL", "BRD / 88 mg/dL"]))),
               ("Toxicológico", V(g.pick(["negativo (laudo em prontuário)", "n/a", "negativo"]))),
               ("Conclusão", V(res)), ("Médico examinador", P(ex.full)), ("CRM", (g.council("CRM"), "PROFESSIONAL_ID")),
               ("Coordenador PCMSO", g.pick([P(co.full), V("o mesmo")])), ("Data", V(dbr(d)))]
    kv_block(g, doc, fields, "box")
    t = g.moments(1, d, 1, (8, 19))[0]
    tec = g.person(female=g.chance(0.6))
    rh = g.person(female=g.chance(0.7))
    doc.f("\nDe: «n» <«m»>\nPara: «r» <«rm»>\nData: «d»\nAssunto: ASO «k» — matr. «p»\n\n", n=P(tec.full), m=(corp_mail(tec, dom, g), "EMAIL_ADDRESS"),
          r=P(rh.full), rm=(corp_mail(rh, dom, g), "EMAIL_ADDRESS"), d=mail_date(t), k=kind.lower(), p=g.d(5))
    if res == "APTO":
        doc.f("«r» segue o ASO d«o» «n» (apto). Pode liberar a escala a partir de «d».\n", r=g.pick([P(rh.first), V("Bom dia,")]), o=p.o,
              n=P(p.first), d=dbr(g.after(d, 1, 5)))
    else:
        doc.f("«r», «o» «n» ficou «x». «e» pediu parecer do cardiologista e avaliação do sono. «E» não pode rodar linha "
              "noturna até lá. Telefone d«e2» para o agendamento: «t».\n", r=P(rh.first), o="a" if p.female else "o", n=P(p.first),
              E="Ela" if p.female else "Ele", e2="ela" if p.female else "ele",
              x=res.lower().replace("apto", "apta" if p.female else "apto"), e=g.pick([P(ex.last), V("O examinador")]), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n«s»\nTécnic«o» de Segurança do Trabalho — SESMT «f»\n«t»\n", s=g.pick([P(tec.first), V("Att.,")]), o=tec.o, f=fan,
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def sa_polissonografia(g: Gen) -> Doc:
    """A polysomnography report for a driver after a micro-sleep event, and the company doctor's referral letter."""
    doc = Doc()
    cln, cdom = g.pick(SLEEP)
    fan, raz, dom = company(g)
    p = g.person(female=g.chance(0.1))
    sol = g.person()
    med = g.person()
    tec = g.person()
    d = g.day()
    uf = g.pick(UFS)
    ev = g.after(d, -60, -15)
    if g.chance(0.5):
        doc.f("ENCAMINHAMENTO\n\nÀ «c»\n\nEncaminho «o» motorista «n» («f», matrícula «m») para polissonografia basal. Em «d» a telemetria "
              "registrou «x» na «b» e o passageiro da poltrona 1 relatou que o motorista «y». Epworth: «e».\n\n«s» — «crm»\nMédico do "
              "Trabalho — «f»\n\n" + "=" * 60 + "\n\n", c=cln, o="a" if p.female else "o", n=P(p.full), f=fan, m=g.d(5), d=dbr(ev),
              x=g.pick(["saída de faixa sem seta três vezes em 10 minutos", "alerta de fadiga (câmera) às 3h12", "frenagem brusca às 4h40"]),
              b=g.pick(["BR-116", "BR-381", "BR-101", "BR-153"]), y=g.pick(["cochilou", "estava \"pescando\"", "bocejava muito"]),
              e=g.ri(11, 21), s=P(sol.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«c»\nCNPJ «cn» · «t»\n\nLAUDO DE POLISSONOGRAFIA BASAL (TIPO I)\n\n", c=cln.upper(), cn=(g.any_cnpj(), "BR_CNPJ"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    fields = [("Paciente", P(p.full)), ("Nascimento", (g.dob(g.pick(["br", "dot"]), 1960, 1998), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.5) else ("CNS", (g.cns(), "BR_CNS")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.85):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Solicitante", P(sol.full)), ("Data do exame", V(dbr(d))), ("Peso / altura / IMC", V((lambda w, h: f"{w} kg / {num(h / 100, 2)} m / {num(w / (h / 100) ** 2)}")(g.ri(72, 128), g.ri(160, 188)))),
               ("Circunf. cervical", V(f"{g.ri(38, 48)} cm"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    iah = g.ri(6, 68) + g.ri(0, 9) / 10
    doc.f("\nTempo total de sono: «tt» min · Eficiência: «ef»% · IAH: «iah»/h · SpO2 mínima: «sp»% · T90: «t9»% · Despertares: «dp»/h\n",
          tt=g.ri(280, 420), ef=num(g.ri(700, 950) / 10), iah=num(iah), sp=g.ri(72, 91), t9=num(g.ri(1, 300) / 10), dp=num(g.ri(50, 400) / 10))
    grade = "leve" if iah < 15 else ("moderada" if iah < 30 else "grave")
    doc.f("\nCONCLUSÃO: Síndrome da apneia obstrutiva do sono «g» (CID G47.3). «r»\n\n", g=grade,
          r=g.pick(["Indicado CPAP com titulação. Recomenda-se não conduzir veículo profissional até adesão comprovada (uso > 4 h/noite).",
                    "Higiene do sono, perda de peso e reavaliação em 90 dias; apto à direção diurna.",
                    "Indicado aparelho intraoral; reavaliar sonolência (Epworth) em 60 dias."]))
    doc.f("«m» — «crm» — RQE «r»\nMédic«o» do Sono\nPolissonografista: «t»\n", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          r=g.d(5), o="a" if med.female else "o", t=P(g.pick([tec.full, tec.short])))
    return doc


def sa_ambulatorio_rodoviaria(g: Gen) -> Doc:
    """A bus station's first-aid post log (Markdown table) with the nurse's notes: patients in transit, relatives' phones, SAMU."""
    doc = Doc()
    city, uf = g.pick(CITIES)
    d = g.day()
    nurse = g.person(female=g.chance(0.75))
    doc.f("## Posto de Primeiros Socorros — «t»\n**Plantão de «d»** · enfermagem: «n» («c»)\n\n", t=terminal(g, city), d=dbr(d),
          n=P(nurse.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.t("| hora | paciente | nasc./idade | viagem | queixa | CID | conduta | contato |\n|---|---|---|---|---|---|---|---|\n")
    pts = []
    for t in g.moments(g.ri(3, 4), d, 1, (5, 23)):
        p = g.person()
        pts.append(p)
        cid, q = g.pick(AID_ICD)
        r = g.rng.random()
        who = P(g.pick([p.full, p.short])) if r < 0.85 else V("não identificado(a)")
        age = (g.dob("br", 1938, 2012), "DATE_OF_BIRTH") if g.chance(0.6) else V(f"~{g.ri(18, 85)} a")
        trip = V(g.pick([f"{g.pick(COMPANIES)[0]} p/ {g.pick(CITIES)[0]}", "desembarcou", "aguardando conexão", "acompanhante"]))
        cont = (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V("—")
        row = [V(ts(t, "hm")), who, age, trip, V(q), V(cid),
               V(g.pick(["observação e alta", "SAMU acionado (192)", "medicação VO conforme protocolo", "encaminhado à UPA", "alta, seguiu viagem"])),
               cont]
        doc.t("|")
        for v, lab in row:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t("\n**Observações**\n")
    x = g.pick(pts)
    doc.f("- «n» perdeu o embarque durante o atendimento; liguei para o guichê da «f» («a») e a passagem foi remarcada sem custo.\n",
          n=P(g.pick([x.first, x.full])), f=g.pick(COMPANIES)[0], a=P(g.person(female=True).first))
    if g.chance(0.3):
        y = g.pick(pts)
        r = g.relative(y)
        doc.f("- «r» «n» veio buscar «o» paciente «p»; documento conferido (RG «rg»).\n",
              r=g.pick(["Filha", "Neta", "Sobrinha"]) if r.female else g.pick(["Filho", "Neto", "Sobrinho"]),
              n=P(r.full), o="a" if y.female else "o", p=P(y.short), rg=(g.rg(), "BR_RG"))
    if g.chance(0.3):
        mdc = g.person()
        doc.f("- Regulação orientou por telefone («dr» «m», «c»): «x».\n", dr="Dra." if mdc.female else "Dr.", m=P(mdc.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              x=g.pick(["manter em observação por 1 h", "não liberar para viagem de 12 h", "encaminhar à maternidade — gestante de 34 semanas"]))
    if g.chance(0.5):
        doc.f("- Idoso desacompanhado, com cartão SUS «c»; acionada a assistência social do terminal.\n", c=(g.cns(), "BR_CNS"))
    if g.chance(0.3):
        doc.f("- «w»\n", w=word_neg(g))
    doc.f("\nPassagem de plantão para «n».\n", n=g.pick([P(g.person(female=g.chance(0.7)).full), V("a equipe da noite")]))
    return doc


def sa_email_sesmt(g: Gen) -> Doc:
    """E-mail thread between the company's doctor, traffic management and HR about a driver's fitness after an event at the wheel."""
    doc = Doc()
    fan, raz, dom = company(g)
    drv = g.person(female=g.chance(0.1))
    med = g.person()
    traf = g.person()
    psi = g.person(female=g.chance(0.7))
    card = g.person()
    t1 = g.moments(1, g.day(), 1, (6, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 60))
    mm, tm = corp_mail(med, dom, g), corp_mail(traf, dom, g)
    ev = g.pick([("hipoglicemia", "E16.2", "ficou confuso e parou o ônibus no acostamento"),
                 ("dor no peito", "R07.4", "parou no posto e foi levado à UPA"),
                 ("crise hipertensiva", "I10", "teve tontura e passou a direção para o colega"),
                 ("episódio de síncope", "R55", "desmaiou no ponto de apoio antes de assumir o volante")])
    doc.f("De: «n» <«m»>\nPara: «t» <«tm»>\nCc: «cc»\nData: «d»\nAssunto: RE: Motorista «x» — afastamento da escala\n\n",
          n=P(med.full), m=(mm, "EMAIL_ADDRESS"), t=P(traf.full), tm=(tm, "EMAIL_ADDRESS"), cc=role_mail(g, dom, g.pick(["rh", "dp", "sesmt"])),
          d=mail_date(t2), x=g.pick([P(drv.short), V(f"matr. {g.d(5)}")]))
    doc.f("«t», «o» «n» fica fora da escala até nova avaliação. Pedi:\n1) parecer cardiológico — está com «dc» «c» («crm»);\n"
          "2) nova avaliação psicológica com «p» («crp»);\n3) exame toxicológico fora do período (conforme PCMSO).\n"
          "O ASO de retorno só sai depois disso. Se passar de 15 dias, encaminhar ao INSS (CAT não se aplica, não foi acidente).\n\n"
          "«s»\nMédic«a» do Trabalho — «crm2»\n\n", t=g.pick([P(traf.first), V("Prezados")]), o="a" if drv.female else "o", n=P(drv.first), c=P(card.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), p=g.pick([P(psi.full), V("a psicóloga credenciada do Detran")]), crp=(g.council("CRP"), "PROFESSIONAL_ID"), s=g.pick([P(med.full), V("Att."), V("Medicina do Trabalho")]),
          dc="a Dra." if card.female else "o Dr.",
          a="a" if med.female else "o", crm2=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Em «d», «n» <«m»> escreveu:\n", d=ts(t1, "br"), n=g.pick([P(traf.full), V("Tráfego - Garagem")]), m=(tm, "EMAIL_ADDRESS"))
    q = "> "
    doc.f(q + "«dr», ontem «o» motorista «n» (CNH «c», CPF «cpf») teve «e» na viagem «v», carro «pf», placa «pl»: «x». "
              "Passageiros seguiram com o motorista reserva «r».\n", o="a" if drv.female else "o", n=P(g.pick([drv.full, drv.caps])),
          c=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), e=ev[0], v=trip_no(g), pf=prefix(g), pl=(g.plate(), "LICENSE_PLATE"), x=ev[2],
          r=g.pick([P(g.person(female=False).short), V("da garagem"), V("de plantão")]), dr="Dra." if med.female else "Dr.")
    doc.f(q + "Atendimento na UPA com CID «c». «e» diz que já está bem e quer voltar na escala de «d». Telefone: «t».\n",
          c=ev[1], e="Ela" if drv.female else "Ele", d=g.pick(["sexta", "segunda", "amanhã"]), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        sp = g.spouse(drv)
        doc.f(q + "«r», «n», ligou preocupad«o» dizendo que «e» não toma o remédio há meses («t»).\n", n=P(sp.first),
              r="A esposa" if sp.female else "O marido", o=sp.o, e="ela" if drv.female else "ele", t=(g.phone(), "PHONE_NUMBER"))
    doc.f(q + "\n" + q + "«s»\n" + q + "Gerência de Tráfego — «f»\n", s=g.pick([P(traf.first), V("Att.")]), f=fan)
    return doc


def sa_triagem_acidente(g: Gen) -> Doc:
    """A hospital's triage list after a bus crash (semicolon CSV): wristbands, names or 'desconhecido', birth dates, CNS, relatives."""
    doc = Doc()
    fan, raz, dom = company(g)
    hosp = g.pick(HOSPITALS)
    d = g.day()
    uf = g.pick(UFS)
    doc.f("«h» — PLANO DE ATENDIMENTO A MÚLTIPLAS VÍTIMAS — acidente com ônibus «f» — «d»\n", h=hosp, f=fan, d=dbr(d))
    doc.t("pulseira;nome;nascimento;cns;classificacao;cid;destino;contato_familiar\n")
    ppl = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        known = g.chance(0.8)
        ppl.append(p)
        cells = [V(f"V{k + 1:02d}"), P(g.pick([p.full, p.capsf])) if known else V(f"DESCONHECIDO {k + 1:02d}"),
                 (g.dob(g.pick(["br", "br", "iso"]), 1938, 2020), "DATE_OF_BIRTH") if known and g.chance(0.8) else V(""),
                 (g.cns(False), "BR_CNS") if known and g.chance(0.75) else V(""),
                 *(lambda c: [V(c), V(g.pick(ACC_ICD)[0]),
                              V(g.pick({"VERMELHO": ["centro cirúrgico", "UTI", "sala vermelha"], "AMARELO": ["observação", "ortopedia", "transferido HR"],
                                        "VERDE": ["alta", "observação", "ortopedia"], "AZUL": ["alta"]}[c]))])(
                     g.pick(["VERMELHO", "AMARELO", "AMARELO", "VERDE", "VERDE", "AZUL"])),
                 (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if known and g.chance(0.75) else V("")]
        table_csv(doc, None, [cells], ";")
    reg = g.person()
    ass = g.person(female=g.chance(0.8))
    rep = g.person()
    doc.f("\nNota da regulação («n», «c»): ônibus placa «p» tombou na «b»; «k» vítimas no total, parte foi para «o». ",
          n=P(reg.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), p=(g.plate(), "LICENSE_PLATE"),
          b=g.pick(["BR-116", "BR-381", "BR-101", "BR-153", "BR-040"]), k=g.ri(12, 40), o=g.pick(HOSPITALS))
    doc.f("A lista de passageiros enviada pela empresa (por «r», «t») ajudou a identificar V«v».\n",
          r=g.pick([P(rep.full), V("plantão de tráfego")]),
          t=(g.phone(), "PHONE_NUMBER"), v=f"{g.ri(1, 6):02d}")
    doc.f("Serviço social: «a» («c») fica com o contato das famílias. «w»\n", a=P(ass.full), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          w=g.pick(["", "Imprensa só pela assessoria.", "Pertences no guarda-volumes do PS, lacrados."]))
    return doc


def sa_cat_cobrador(g: Gen) -> Doc:
    """A work-accident report (CAT): a fare collector or driver hurt in a robbery or fall on the bus; NIT, CID, physician, witnesses."""
    doc = Doc()
    fan, raz, dom = company(g)
    p = g.person(female=g.chance(0.35))
    med = g.person()
    em = g.person()
    d = g.day()
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTipo: «t»   Emitente: empregador   Filiação: empregado\n\n",
          t=g.pick(["inicial", "inicial", "reabertura"]))
    doc.t("I — EMITENTE\n")
    kv_block(g, doc, [("Razão social", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("CNAE", V("4922-1/02 — transporte rodoviário intermunicipal"))],
             "plain")
    doc.t("\nII — ACIDENTADO\n")
    f = [("Nome", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.dob("br", 1965, 2003), "DATE_OF_BIRTH")),
         ("Sexo", V("F" if p.female else "M")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("CPF", (g.cpf(), "BR_CPF")),
         ("CTPS", V(f"{g.d(7)} série {g.d(4)}")), ("Função", V(g.pick(["cobradora rodoviária" if p.female else "cobrador rodoviário", "motorista rodoviário", "despachante de bagagem"]))),
         ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, f, g.pick(["plain", "dots"]))
    doc.t("\nIII — ACIDENTE\n")
    ag = "agredida" if p.female else "agredido"
    what = g.pick([(f"assalto no interior do ônibus, {ag} com coronhada", "S01.8", "ferimento do couro cabeludo", "ônibus em trânsito"),
                   ("queda da escada do ônibus no desembarque de bagagens", "S93.4", "entorse do tornozelo", "plataforma da rodoviária"),
                   ("porta do bagageiro fechou sobre a mão", "S62.6", "fratura de falange", "ponto de apoio"),
                   (f"{ag} por passageiro sem bilhete", "S00.8", "escoriações em face", "ônibus em trânsito")])
    kv_block(g, doc, [("Data / hora", V(f"{dbr(d)} {g.hm()}")), ("Local", V(what[3])),
                      ("Veículo", (g.plate(), "LICENSE_PLATE")), ("Descrição", V(what[0])), ("Boletim de ocorrência", V(f"{g.d(5)}/{d.year}")),
                      ("Houve afastamento", V("sim"))], "plain")
    wits = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("Testemunhas: ")
    for k, w in enumerate(wits):
        if k:
            doc.t("; ")
        doc.f("«n» — «a»", n=P(w.full), a=(g.address(), "ADDRESS"))
    doc.t("\n\nIV — ATESTADO MÉDICO\n")
    kv_block(g, doc, [("Unidade", V(g.pick(HOSPITALS))), ("Cartão SUS", (g.cns(), "BR_CNS")), ("Data", V(dbr(d))),
                      ("Duração provável", V(f"{g.ri(3, 45)} dias")), ("CID-10", V(what[1])), ("Diagnóstico", V(what[2])),
                      ("Médico", P(med.full)), ("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID"))], g.pick(["plain", "dots"]))
    doc.f("\n«c», «d». Emitente: «n» — «e»\n", c=city, d=dbr(g.after(d, 0, 1)), n=P(em.full),
          e=g.pick([(corp_mail(em, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "sesmt"))]))
    return doc


SA = [sa_laudo_toxicologico, sa_aso_motorista, sa_polissonografia, sa_ambulatorio_rodoviaria, sa_email_sesmt, sa_triagem_acidente, sa_cat_cobrador]


# =========================================================================== financeiro


def fi_gateway_jsonl(g: Gen) -> Doc:
    """An online ticket platform's payment log as JSON lines (buyers, passengers, IPs, masked cards, chargebacks, a DEBUG leak)."""
    doc = Doc()
    plat, pdom = g.pick(PLATFORMS)
    d = g.day()
    an = g.person(female=g.chance(0.5))
    doc.f("# export «p» · pagamentos marcados para revisão · «d»\n", p=plat, d=dbr(d, "iso"))
    tt = iter(g.moments(40, d, 2, (0, 24)))
    buyers = []
    for _ in range(g.ri(2, 3)):
        b = g.person()
        cpf = g.cpf(g.pick(["raw", "dot"]))
        ip = g.ip()
        buyers.append((b, cpf, ip))
        o, ou, de, du = route(g)
        order = f"ord_{g.hexs(10)}"
        pax = [{"nome": P(g.pick([b.full, b.caps])), "doc": (cpf, "BR_CPF")}]
        if g.chance(0.4):
            q = g.relative(b) if g.chance(0.5) else g.person()
            pax.append({"nome": P(q.full), "doc": (g.rg("raw"), "BR_RG") if g.chance(0.4) else (g.cpf("raw"), "BR_CPF")})
        jval(doc, {"ts": ts(next(tt), "iso"), "event": "order.created", "order": order,
                   "buyer": {"name": P(b.full), "cpf": (cpf, "BR_CPF") if g.chance(0.7) else fmt_cpf(re.sub(r"\D", "", cpf))[:4] + "***.***-" + cpf[-2:], "email": (g.email(b), "EMAIL_ADDRESS"),
                             "phone": (g.phone("e164"), "PHONE_NUMBER"), "ip": (ip, "IP_ADDRESS")},
                   "trip": {"company": g.pick(COMPANIES)[0], "from": f"{o}/{ou}", "to": f"{de}/{du}", "date": dbr(g.after(d, 1, 40), "iso")},
                   "passengers": pax, "amount": float(fee(g, 110, 890))}, None)
        doc.t("\n")
        ev = {"ts": ts(next(tt), "iso"), "event": g.pick(["payment.authorized", "payment.authorized", "payment.captured"]), "order": order}
        if g.chance(0.5):
            ev["bpe_chave"] = bpe_key(g)
        jval(doc, {**ev,
                   "card": g.masked_card(), "installments": g.pick([1, 1, 2, 3, 6]), "acquirer_tid": g.hexs(16),
                   "billing": {"street": (g.address(), "ADDRESS"), "zip": (g.cep(g.chance(0.5)), "BR_CEP")} if g.chance(0.5) else None}, None)
        doc.t("\n")
    b, cpf, ip = g.pick(buyers)
    jval(doc, {"ts": ts(next(tt), "iso"), "event": "antifraud.review", "score": g.ri(61, 98),
               "reasons": g.sample(["ip_geo_mismatch", "many_cards_same_cpf", "new_email", "velocity_24h", "proxy_detected"], 2),
               "ip": (g.ip(), "IP_ADDRESS"), "email": (g.email(g.person()), "EMAIL_ADDRESS")}, None)
    doc.t("\n")
    if g.chance(0.8):
        h = g.person()
        jval(doc, {"ts": ts(next(tt), "iso"), "level": "DEBUG", "msg": "tokenize fallback: raw payload", "pan": (g.card(spaced=g.chance(0.3)), "CREDIT_CARD"),
                   "holder": P(h.capsf), "exp": f"{g.ri(1, 12):02d}/{g.ri(27, 32)}"}, None)
        doc.t("\n")
    jval(doc, {"ts": ts(next(tt), "iso"), "event": "chargeback.opened", "order": f"ord_{g.hexs(10)}",
               "reason": g.pick(["fraud_card_absent", "service_not_provided", "duplicate"]), "amount": float(fee(g, 110, 890))}, None)
    doc.t("\n")
    jval(doc, {"ts": ts(next(tt), "iso"), "event": "webhook.sent", "target": f"http://{g.ip_priv()}:8080/hooks/bpe", "status": 200}, None)
    doc.t("\n\n")
    doc.f("Nota («a»): «n» (CPF «c») comprou «k» passagens em 24 h de IPs diferentes («ip» e outro em proxy). Ligamos no «t» e «o» "
          "titular confirmou só a primeira compra. «x»\n", a=g.pick([P(an.full), P(an.first), V(login(an, g))]), n=P(b.full), c=(cpf, "BR_CPF"), k=g.ri(3, 9),
          ip=(ip, "IP_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), o="a" if b.female else "o",
          x=g.pick(["Demais pedidos cancelados antes do embarque.", "Avisar a empresa para barrar o embarque do passageiro da poltrona 12.",
                    "Chargeback contestado com a lista de passageiros e o BP-e."]))
    return doc


def fi_reembolsos_csv(g: Gen) -> Doc:
    """A refund queue exported as CSV (passengers, CPF, banking data or Pix keys, 5% retention) with the analysts' notes."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    sep = g.pick([",", ";"])
    doc.f("reembolsos_pendentes_«f»_«d».csv\n", f=re.sub(r"\W", "", lower(fan).replace(" ", "_")), d=dbr(d, "compact"))
    cols = ["protocolo", "data_pedido", "passageiro", "cpf", "email", "bilhete", "valor_pago", "retencao", "reembolso", "forma", "banco", "agencia",
            "conta", "chave_pix", "status"]
    rows = []
    ppl = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        ppl.append(p)
        v = fee(g, 80, 700)
        cpf = g.cpf(g.pick(["raw", "dot"]))
        pix = g.chance(0.5)
        row = [V(g.protocol()), V(dbr(g.after(d, -20, 0))), P(g.pick([p.full, p.capsf, p.full])), (cpf, "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"),
               V(ticket_no(g)),
               V(brl(v)), V(brl(round(v * 0.05, 2))), V(brl(round(v * 0.95, 2)))]
        if pix:
            row += [V("pix"), V(""), V(""), V(""), pix_key(g, p, cpf)[1]]
        elif g.chance(0.3):
            row += [V("estorno cartão"), V(""), V(""), V(""), V("")]
        else:
            row += [V("TED"), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V("")]
        row.append(V(g.pick(["pendente", "aprovado", "pago", "devolvido pelo banco", "em análise"])))
        rows.append(row)
    table_csv(doc, cols, rows, sep)
    an = g.person(female=g.chance(0.6))
    doc.f("\nObservações da análise («a»):\n", a=g.pick([P(an.full), P(an.first), V(login(an, g))]))
    x = g.pick(ppl)
    y = g.spouse(x)
    doc.f("- «n» pediu depósito na conta d«o» «r» «s» (CPF «c»); só com declaração assinada pelo titular da compra.\n",
          n=P(g.pick([x.first, x.short])), o="a" if y.female else "o", r="esposa" if y.female else "marido", s=P(y.full), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        z = g.pick(ppl)
        doc.f("- Passageir«o» «n» faleceu antes da viagem; reembolso integral aos herdeiros mediante certidão de óbito. Contato: «k» «t».\n",
              o=z.o, n=P(z.full), k=P(g.relative(z).full), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("- TED devolvida: agência «ag» conta «ac» não confere com o CPF. Pedir nova conta por e-mail («e»).\n",
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), e=(g.email(g.pick(ppl)), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        w = g.pick(ppl)
        doc.f("- «n» mandou o número inteiro do cartão por e-mail («c») pedindo estorno nele; respondido que o estorno volta no cartão "
              "da compra e o e-mail foi apagado.\n", n=P(g.pick([w.first, w.full])), c=(g.card(spaced=g.chance(0.5)), "CREDIT_CARD"))
    doc.f("- Retenção de 5% não se aplica quando o cancelamento foi da empresa (viagem «v» cancelada por «m»).\n", v=trip_no(g),
          m=g.pick(["quebra do carro", "interdição da BR", "falta de motorista", "greve"]))
    return doc


def fi_comissoes_agencias(g: Gen) -> Doc:
    """Commission statement of accredited ticket agencies (Markdown or psql) and an agency owner's e-mail disputing it."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    doc.f("«f» — Comissões de agências credenciadas — competência «m»/«y»\n\n", f=fan, m=f"{d.month:02d}", y=d.year)
    rows = []
    owners = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        owners.append(p)
        if g.chance(0.5):
            c = g.cnpj()
            while "/0001-" not in c:
                c = g.cnpj()
            name = [V(c[:10] + " "), P(fold(p.full).upper())]
        else:
            name = [V(g.pick(["Agência ", "Agência de Viagens ", "Posto de Vendas ", "Rodotur "]) + g.pick(["Bom Jesus", "Estrela", "Central",
                                                                                                        "do Trevo", "Celeste", "Nova Aurora", "Rosa"]))]
            c = g.any_cnpj()
        vendas = g.ri(8000, 120000) + 0.0
        pct = g.pick([8, 9, 10, 12])
        rows.append((name, (c, "BR_CNPJ"), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else V("—"), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(brl(vendas)),
                     V(f"{pct}%"), V(brl(vendas * pct / 100))))
    md = g.chance(0.5)
    cols = ["agência", "CNPJ", "e-mail", "banco", "ag.", "conta", "vendas (R$)", "%", "comissão (R$)"]
    if md:
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    else:
        doc.t("; ".join(cols) + "\n")
    for r in rows:
        if md:
            doc.t("| ")
        for k, cell in enumerate(r):
            if k:
                doc.t(" | " if md else "; ")
            if isinstance(cell, list):
                for v, lab in cell:
                    doc.e(v, lab) if lab else doc.t(v)
            else:
                doc.e(cell[0], cell[1])
        doc.t(" |\n" if md else "\n")
    x = g.pick(owners)
    t = g.moments(1, g.after(d, 3, 20), 1, (8, 22))[0]
    com = g.person(female=g.chance(0.5))
    doc.f("\nDe: «n» <«e»>\nPara: «to»\nData: «d»\nAssunto: comissão errada + troca de conta\n\n", n=P(x.full), e=(g.email(x), "EMAIL_ADDRESS"),
          to=role_mail(g, dom, g.pick(["agencias", "comercial", "financeiro"])), d=mail_date(t))
    doc.f("Boa tarde. A comissão veio sobre R$ «v» mas vendi mais, faltou o lote do feriado (bilhetes da «o»). Outra coisa: encerrei a conta "
          "antiga, favor depositar na agência «ag», conta «ac» («b»). Qualquer coisa meu celular é «t».\n«s»\n\n",
          v=brl(g.ri(8000, 90000) + 0.0), o=g.pick(["linha litoral", "linha Presidente Prudente", "linha Bento Gonçalves", "linha noturna"]),
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1], t=(g.phone(), "PHONE_NUMBER"),
          s=P(g.pick([x.first, x.full])))
    doc.f("> «c» (Comercial — «f», «e»): troca de conta só com formulário assinado pelo sócio e comprovante bancário. O lote do "
          "feriado entra na próxima competência.\n", c=P(g.pick([com.full, com.first])), f=fan,
          e=g.pick([(corp_mail(com, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "comercial"))]))
    return doc


def fi_cartao_combustivel(g: Gen) -> Doc:
    """A fleet fuel-card statement (fixed width: plates, drivers cut at the field width, CPF or badge) with the auditor's notes."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    aud = g.person()
    doc.f("EXTRATO CARTÃO FROTA — «r» — CNPJ «c»\nPeríodo «a» a «b» · centro de custo: «cc»\n\n", r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          a=dbr(d - datetime.timedelta(days=14)), b=dbr(d), cc=g.pick(["garagem matriz", "garagem filial", "linhas interestaduais", "fretamento"]))
    doc.t("DATA  HORA   POSTO                 CNPJ POSTO      PLACA     CARRO  MOTORISTA              CPF/MATR      LITROS   KM      R$\n")
    doc.t("-" * 126 + "\n")
    postos = [(n, g.cnpj("raw")) for n in g.sample(["POSTO SAO BENTO BR116", "AUTO POSTO LEAO DO NORTE", "GRAAL DA SERRA", "POSTO ESTRELA BR381",
                                                     "REDE ROSA DOS VENTOS", "POSTO TREVO DO AMADO"], 3)]
    drivers = [g.person(female=g.chance(0.1)) for _ in range(3)]
    fleet = {id(p): (g.plate(), prefix(g)) for p in drivers}
    dcpf = {id(p): g.cpf("raw") if g.chance(0.7) else None for p in drivers}
    odo = {id(p): g.ri(150000, 900000) for p in drivers}
    for t in g.moments(g.ri(4, 6), d - datetime.timedelta(days=14), 14, (0, 24)):
        p = g.pick(drivers)
        pl, pf = fleet[id(p)]
        doc.t(t.strftime("%d/%m %H:%M") + "  ")
        pn, pc = g.pick(postos)
        doc.cell(cut(pn, 20), 20)
        doc.t("  ")
        doc.cell(pc, 14, "BR_CNPJ")
        doc.t("  ")
        doc.cell(pl, 8, "LICENSE_PLATE")
        doc.t("  ")
        doc.cell(pf, 5)
        doc.t("  ")
        doc.cell(cut(fold(g.pick([p.full, p.short])).upper(), 21), 21, "PERSON")
        doc.t("  ")
        if dcpf[id(p)]:
            doc.cell(dcpf[id(p)], 12, "BR_CPF")
        else:
            doc.cell(f"MAT {g.d(5)}", 12)
        doc.t("  ")
        lit = g.ri(120, 480) + g.ri(0, 99) / 100
        odo[id(p)] += g.ri(300, 1400)
        doc.t(f"{num(lit, 2):>7}  {odo[id(p)]:>6}  {brl(lit * g.pick([5.89, 6.09, 6.19, 6.29])):>9}\n")
    doc.t("-" * 126 + "\n\n")
    doc.f("Auditoria de combustível («a»):\n", a=g.pick([P(aud.full), P(aud.short), V(login(aud, g))]))
    x = g.pick(drivers)
    doc.f("1) Abastecimento de «l» L em «h» com o cartão do carro «pf» numa placa que não é da frota («p», automóvel). Motorista «n» "
          "diz que foi o frentista. Ligar: «t».\n", l=g.ri(40, 60), h=g.hm(), pf=fleet[id(x)][1], p=(g.plate(), "LICENSE_PLATE"),
          n=P(g.pick([x.first, x.full])), t=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("2) «p» (CNPJ «c») cobrou ARLA 32 acima do contrato.\n", p=g.pick(["Graal da Serra", "Auto Posto Leão do Norte", "Posto São Bento"]),
              c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.6):
        y = g.pick(drivers)
        doc.f("3) «n» abasteceu duas vezes em 40 min no mesmo posto; cartão bloqueado até justificativa. Gerente «m» ciente.\n",
              n=P(y.short), m=g.pick([P(g.person().first), V("de tráfego")]))
    doc.f("Custo médio do período: R$ «v»/km.\n", v=num(g.ri(180, 260) / 100, 2))
    return doc


def fi_folha_motoristas(g: Gen) -> Doc:
    """Payroll of drivers and fare collectors (psql, +---+ or plain table: CPF, PIS, pay, agency, account) with notes and the accountant."""
    doc = Doc()
    fan, raz, dom = company(g)
    d = g.day()
    cont = g.person()
    doc.f("«r» — CNPJ «c»\nFolha de pagamento — «m»/«y» — tráfego (motoristas e cobradores)\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"),
          m=MONTHS[d.month - 1], y=d.year)
    rows = []
    ppl = []
    for _ in range(g.ri(4, 5)):
        p = g.person(female=g.chance(0.2))
        ppl.append(p)
        base = g.ri(2600, 5200)
        he = g.ri(0, 1800)
        rows.append([P(g.pick([p.full, p.short, fold(p.full).upper()])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.85) else V(""),
                     V(g.pick(["motorista", "motorista", "motorista leito", "cobradora" if p.female else "cobrador", "motorista reserva"])), V(brl(base + 0.0)),
                     V(brl(he + 0.0)), V(brl(g.ri(0, 900) + 0.0)), V(brl(base + he - g.ri(300, 900) + 0.0)),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_ruled(doc, ["nome", "CPF", "PIS", "função", "base", "HE+tempo espera", "diárias", "líquido", "ag.", "conta"], rows,
                g.pick(["psql", "plus", "plain"]))
    doc.t("\nNotas do DP:\n")
    x = g.pick(ppl)
    ex = g.spouse(x)
    if g.chance(0.5):
        doc.f("- Pensão alimentícia de «n» (ofício judicial «p»): 20% do líquido para «e», CPF «c», agência «ag», conta «ac».\n",
              n=P(g.pick([x.short, x.first])), p=g.cnj(), e=P(ex.full), c=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("- Pensão alimentícia de «n» (ofício judicial «p»): 20% do líquido por Pix para «e», chave aleatória «k».\n",
              n=P(g.pick([x.short, x.first])), p=g.cnj(), e=P(ex.full), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.45):
        y = g.pick(ppl)
        doc.f("- «n»: desconto de multa de trânsito (placa «p») suspenso por orientação do jurídico.\n", n=P(y.short), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.3):
        z = g.pick(ppl)
        doc.f("- Consignado de «n» quitado; margem liberada.\n", n=P(z.first))
    doc.f("Contador responsável: «c» — «crc» — «e»\n", c=P(g.pick([cont.full, cont.short])), crc=(g.council("CRC"), "PROFESSIONAL_ID"),
          e=g.pick([(corp_mail(cont, "contabilidaderodovia.com.br", g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "dp"))]))
    return doc


def fi_parcelamento_agencia(g: Gen) -> Doc:
    """A debt acknowledgement and instalment agreement with a ticket agency (owner qualified, instalments, the company's Pix), e-signed."""
    doc = Doc()
    fan, raz, dom = company(g)
    city, uf = g.city()
    own = g.person()
    rep = g.person()
    d = g.day()
    ag_name = g.pick(["Agência de Passagens Bom Jesus", "Rodotur Estrela Ltda.", "Posto de Vendas Trevo ME", "Agência Celeste Viagens"])
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E PARCELAMENTO\n\nCREDORA: «r», CNPJ «c», neste ato representada por «p», CPF «pc».\n\n"
          "DEVEDORA: «a», CNPJ «ac», representada por «ss» ", ss="sua sócia" if own.female else "seu sócio", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), p=P(rep.full),
          pc=(g.cpf(), "BR_CPF"), a=ag_name, ac=(g.any_cnpj(), "BR_CNPJ"))
    own_mail = g.email(own)
    qualify(g, doc, own, email=own_mail, phone=g.chance(0.5), where=(city, uf), titulo=g.chance(0.4), job=g.pick(["comerciante", "agente de viagens", "empresária" if own.female else "empresário"]))
    total = g.ri(6, 60) * 1000.0
    n = g.pick([3, 4, 5, 6])
    doc.f(".\n\nCláusula 1ª — A DEVEDORA reconhece dever R$ «t», relativos a repasses de vendas de passagens não efetuados entre «a» e «b».\n"
          "Cláusula 2ª — O débito será pago em «n» parcelas mensais, por Pix na chave aleatória da CREDORA «k» ou boleto:\n\n",
          t=brl(total), a=dbr(g.after(d, -200, -120)), b=dbr(g.after(d, -100, -30)), n=n, k=(g.uuid(), "PIX_KEY"))
    rows = []
    for k in range(n):
        due = g.after(d, 30 * (k + 1), 30 * (k + 1))
        rows.append([V(f"{k + 1}/{n}"), V(dbr(due)), V(brl(total / n))])
    table_ruled(doc, ["parcela", "vencimento", "valor (R$)"], rows, g.pick(["plus", "plain"]))
    doc.f("\nCláusula 3ª — O atraso de qualquer parcela vence antecipadamente o saldo, com multa de 2% e juros de 1% ao mês, e "
          "suspende o credenciamento da agência. Foro: «c»/«u».\n\n«c», «d».\n\nTestemunhas:\n", c=city, u=uf, d=dbr(d, "long"))
    for _ in range(2):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    t0 = g.moments(1, d, 1, (8, 20))[0]
    esign_log(g, doc, [(rep, corp_mail(rep, dom)), (own, own_mail)], t0)
    return doc


def fi_chat_tesouraria(g: Gen) -> Doc:
    """Telegram or WhatsApp export of a small bus company's office: counter cash, a driver's travel allowance, a shortfall, a toll tag."""
    doc = Doc()
    fan, raz, dom = company(g)
    tes = g.person(female=g.chance(0.6))
    ger = g.person()
    aux = g.person(female=g.chance(0.5))
    t0 = g.moments(1, g.day(), 1, (6, 21))[0]
    tt = iter(seq_times(g, 30, t0, 40, 2400))
    last = [None]
    if g.chance(0.35):
        doc.f("Telegram · grupo \"Tesouraria «f»\" · exportado em «d»\n", f=fan, d=ts(t0 + datetime.timedelta(days=1), "br"))
        names = {"tes": P(g.pick([tes.first, tes.short])), "ger": P(g.pick([ger.first, ger.nick, ger.short])), "aux": P(g.pick([aux.first, aux.nick]))}

        def say(who, template, **vals):
            t = next(tt)
            if who != last[0]:
                doc.f("\n«n»\n", n=names[who])
                last[0] = who
            doc.f("[«hh»] " + template + "\n", hh=ts(t, "hm"), **vals)
    else:
        doc.f("Conversa do WhatsApp com Tesouraria «f»\n\n", f=fan)
        names = {"tes": V("Você"), "ger": P(g.pick([ger.first, ger.short])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER"),
                 "aux": (g.phone("wa"), "PHONE_NUMBER")}
        st = chat_stamp(g.chance(0.4))

        def say(who, template, **vals):
            cl(doc, st(next(tt)), names[who], template, **vals)

    cx = g.person()
    say("aux", "malote do guichê «g» de «c» chegou com diferença de R$ «v», caixa «n»", g=g.ri(1, 12), c=g.pick(CITIES)[0],
        v=brl(g.ri(20, 600) + 0.0), n=g.pick([P(g.pick([cx.first, cx.short])), V("da noite"), V("do 2º turno")]))
    say("tes", g.pick(["desconta só depois de assinar o termo, não pode direto", "desconta so depois de assinar o termo, nao pode direto",
                       "so desconta com termo asinado"]))
    drv = g.person(female=False)
    say("ger", "adianta a diária do «n» que vai fazer o extra pra «c» amanhã, Pix «k»", n=P(g.pick([drv.first, drv.nick, drv.short])),
        c=g.pick(["Aparecida", "Porto Seguro", "Caldas Novas", "Juazeiro do Norte"]), k=pix_key(g, drv)[1])
    say("tes", "feito. comprovante no grupo do tráfego")
    if g.chance(0.75):
        say("aux", "tag de pedágio da placa «p» está bloqueada por saldo, recarreguei R$ «v»", p=(g.plate(), "LICENSE_PLATE"),
            v=brl(g.pick([300, 500, 1000]) + 0.0))
    if g.chance(0.6):
        say("ger", "a agência «a» (CNPJ «c») pagou a parcela?", a=g.pick(["Bom Jesus", "do Trevo", "Celeste Viagens", "Rodotur Estrela"]),
            c=(g.any_cnpj(), "BR_CNPJ"))
        say("tes", g.pick(["pagou, caiu na chave aleatória", "não, vou cobrar hoje", "pagou metade"]))
    if g.chance(0.7):
        cb = g.person(female=True)
        say("aux", "reembolso da passageira «n» (CPF «c») voltou, conta errada. Ela mandou outra: ag «ag» cc «ac»", n=P(cb.full),
            c=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        say("ger", "manda o fechamento do mês pro «e» até dia «d»", e=g.pick([(corp_mail(ger, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "financeiro"))]),
            d=g.ri(3, 10))
    say("tes", g.pick(["ok", "👍", "blz, amanhã cedo", "combinado"]))
    if g.chance(0.25):
        say("aux", word_neg(g))
    return doc


FI = [fi_gateway_jsonl, fi_reembolsos_csv, fi_comissoes_agencias, fi_cartao_combustivel, fi_folha_motoristas, fi_parcelamento_agencia, fi_chat_tesouraria]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT 100.64/10, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: str(NUM_WORDS.index(m.group(0))) if m.group(0) in NUM_WORDS else m.group(0), v))
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_ok(digits), (rid, v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (rid, v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (rid, v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|téc)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRBM|CRF)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 11-digit runs (dots and dashes allowed) outside the spans pass no PIS/NIS or CNH check either
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    # 12-digit runs outside the spans are never a valid título de eleitor
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # role mailboxes are never labelled, and a person's e-mail is never left out
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, m.group(0))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        assert len(funcs) == 7, domain
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    """Share of PERSON name words (particles left out) that are rare or invented; a word of a common name never counts."""
    total = rare = 0
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES
              for w in re.findall(r"[\w'-]+", name)}
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)} - common
    for r in records:
        for s in r["spans"]:
            if s["label"] != "PERSON":
                continue
            for w in re.findall(r"[\w'-]+", r["text"][s["start"]:s["end"]]):
                if w.lower() in PARTICLES:
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("hundredtwelfth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
