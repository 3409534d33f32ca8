"""Build the hundred-and-eleventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredeleventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11111, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets as a whole: AIRLINES, AIRPORTS AND AIR TRAVEL -- airline
customer service (bookings and PNR locators, cancellations, rebooking and material assistance under
Resolução ANAC 400/2016, lost and damaged baggage with RIB/PIR reports, loyalty-miles programmes and
account takeovers, special assistance for PNAE passengers with MEDIF under Resolução ANAC 280/2013,
unaccompanied minors, check-in and boarding records shown as a GDS-style PNR display), airports
(a lost-and-found register, the airport clinic, a Federal Police record of an unruly passenger, the
health authority's yellow-fever certificate), crew (a flight attendant's labour claim under Lei
13.475/2017, rosters, sick leaves and fatigue reports, per-diem payment files), aviation medicine
(CMA medical certificates of pilots and cabin crew at a credentialed clinic, in-flight medical
incidents with a volunteer physician and a diversion, the airline's medical desk deciding a MEDIF),
consumer disputes (small-claims petitions and hearings for delays and lost luggage, a Procon record
against a travel agency, a consumidor.gov.br complaint, an out-of-court settlement for overbooking),
travel money (checkout logs with instalments and antifraud, refund queues under Lei 14.034/2020,
card chargebacks and their representment, agencies' commissions, a miles broker's purchases and
tickets issued for third parties, a travel-insurance assistance chat). Airlines, agencies, brokers,
insurers, clinics, airport operators and people are invented (Aerovia Celeste, Linhas Aéreas Aurora,
Rosa dos Ventos Linhas Aéreas, Estrela do Sul Airlines, VoaBrisa, Leão do Norte Aviação Regional;
Flor de Lis Viagens, Bento Turismo, Vitória Travel, Passagem Amada, Prudente Viagens Corporativas,
Sol e Luz Turismo; Balcão das Milhas, Milhas do Bento; Assist Viagem Flor, Segura Viagem Leão;
Clínica de Medicina Aeroespacial Bonfim; Concessionária Aeroporto Aurora...); the airports are the
real ones, by code and by their official names.
Layouts vary: WhatsApp exports (Android "dd/mm/yyyy hh:mm - " and iOS "[dd/mm/yyyy, hh:mm:ss]",
senders by number or by saved name, "Você" in an export from the client's phone, the airline's bot),
a speech-to-text call (lower case, no accents, the CPF read in groups or digit by digit in words, a
spoken birth date, the CEP and phone in groups, the flight and RIB spelled letter by letter, the role
mailbox spelled with "arroba" and "ponto") with the typed record, a GDS-style PNR display with its
history, e-mails with quoted replies (Outlook "-----Mensagem original-----" with X-Originating-IP,
"> " quoting, headers with the name or the bare address), one-line JSON events and JSON lines (a
loyalty programme's chat, a checkout log, an occupational-health export), "Campo: valor" forms, dotted
leaders and ruled boxes, +---+ / psql / pipe / plain / Markdown tables, semicolon and comma CSV, a
fixed-width payment file (names cut at 30 characters), legal prose (petitions, a labour claim,
hearing minutes with the sentence and the DJE note, a settlement with its e-signature log), an ALL
CAPS Procon record and a Federal Police record sometimes in capitals, and OCR'd ALL CAPS scans (a
paper unaccompanied-minor form, a vaccination certificate record).
- atendimento: (0) WhatsApp with an airline: bot, then an agent; a cancelled flight (locator and
  surname, the passengers in GDS form, a child; the CPF, sometimes first mistyped; the child's birth
  date for the fare; the hotel voucher sent to an e-mail; sometimes a full card number typed to get a
  taxi refunded, a second phone or a mother not in the booking; the 0800); (1) a speech-to-text call
  to the baggage desk (a lost suitcase, the RIB spelled out, CPF and birth date spoken, the delivery
  address and CEP spoken, a relative who may receive it, the phone) and the typed record (RIB, CPF,
  bag tag, phone, e-mail, birth date from the registry, delivery address and CEP, the agent or his
  login); (2) an e-mail thread on special assistance for a PNAE passenger with an oxygen concentrator
  (the MEDIF transcribed: passenger, birth date, CPF, the companion's CPF, phone, physician with CRM
  and office landline; the desk's corporate e-mail; the quoted request with X-Originating-IP,
  sometimes an address and CEP); (3) a PNR display (SURNAME/GIVEN names with titles, a child with
  birth date, AP phones, APE e-mail, SSR DOCS with passport, birth date and name, SSR CTCM phone, SSR
  CTCE e-mail in GDS encoding, OSI with CPF, TKNE and FA e-tickets, history with "RF-" lines) and the
  agent's note; (4) an airport's lost-and-found register as semicolon CSV (RG, CNH or CPF found in
  wallets and on boarding passes, the names on them, the finders) with the supervisor's notes (a third
  party collecting with RG, CPF and phone; a parcel to an address, CEP and e-mail; an abandoned bag
  and the APAC; a car's plate); (5) a loyalty programme's support chat as one-line JSON events
  (member, CPF, programme number, public IPs of logins, miles redeemed for a stranger with birth date
  and origin IP, the new e-mail, a card typed, phone, address, CEP, a corrected birth date, a private
  upstream); (6) an unaccompanied-minor form, digital or an OCR'd paper one (the child and birth
  date, the guardian with RG or CNH, CPF, phone, address, CEP, e-mail; the receiver with address,
  CEP, RG or CNH, CPF, phone; the check-in agent with badge and the crew escort).
- juridico: (0) a small-claims petition for a long delay, a missed connection and a night on the
  airport floor (plaintiff qualified with RG or CNH, CPF, e-mail, phone, sometimes birth date,
  address, CEP; spouse as co-plaintiff; a minor child with birth date; the airline's CNPJ; locator and e-ticket; a witness
  with CPF; precedents by CNJ number; lawyers with OAB and e-mail); (1) a Procon record in ALL CAPS
  (a package sold by an agency and never refunded: consumer's CPF, RG, birth date, address, CEP,
  phones, e-mail; both suppliers' CNPJ; the seller's first name; the agency partner's answer with a
  corporate or role e-mail; attendant and conciliator); (2) a consumidor.gov.br complaint as the
  company's back office prints it (consumer's CPF, e-mail, phones, CEP, age bracket; the story with
  the RIB and, sometimes, the CPF again; bank agency and account; the company's answer signed by an
  analyst, an initial or a first name; the rating; an internal note); (3) a flight attendant's labour
  claim (RG or CNH, CPF, NIS/PIS, sometimes título de eleitor, e-mail, phone, address, CEP; CTPS and
  CANAC; the airline's CNPJ; a roster table with captains by name or badge; the base manager with her
  corporate e-mail; the occupational physician with CRM; witnesses with CPF, address and CEP; a lawyer;
  the TRT number); (4) small-claims hearing minutes and sentence for a pilfered suitcase on an
  international flight (lay judge and judge, the author's CPF, lawyers with OAB, the airline's CNPJ,
  the preposto's RG, a witness with CPF, address and CEP, the PIR, the author's agency and account,
  the DJE note typed by a login); (5) a Federal Police record (TCO) of an unruly passenger, sometimes
  in capitals (the author's mother, birth date, RG or CNH, CPF, address, CEP, phone; the captain; the
  APAC; the crew victim with CPF; witnesses with CPF, seat and phone; the author's car plate; agent,
  delegate and lawyer); (6) an out-of-court settlement for a denied boarding (passengers qualified,
  the airline's CNPJ and its attorney with CPF, the lawsuit's CNJ number, payment to a random Pix key,
  a CPF key or an account, a witness, the lawyer) with the e-signature log (names, e-mails, public
  IPs).
- saude: (0) a CMA exam record at a credentialed clinic (clinic's CNPJ and landline; candidate's
  birth date, CPF, CANAC, address, CEP, phone, e-mail; a results table; ICD-10; ophthalmologist with
  CRM, audiologist with CRFa, examiner with CRM; a referral with CRM); (1) an in-flight medical
  occurrence report (passenger in GDS form or by name, seat, birth date, CPF or passport, sometimes
  CNS and phone, the companion by name or relation with phone; the purser; a volunteer physician with
  CRM, a nurse with COREN, the ground medical support with CRM; the captain; the diversion; the airport
  physician with CRM; the ambulance's plate); (2) an airport clinic's shift log in Markdown or CSV
  (patients by name or initials, birth date or age, CPF, CNS or passport, ICD-10; staff with CRM and
  COREN; a ground-handling worker with CPF and phone; the ambulance's plate and a companion's phone;
  a pregnant passenger's doctor with CRM); (3) an e-mail thread between the airline's medical desk
  (MEDA) and a passenger's physician (MEDIF parts 1 and 2: birth date, CPF, phone, e-mail; the
  companion with CPF; the physician with CRM, RQE and phone; the MEDA physician with CRM;
  X-Originating-IP); (4) crew sick leaves as JSON lines (name, CPF, birth date, role, CANAC, ICD-10,
  the physician by name or by user id, CRM, sometimes CNS and phone) and the occupational physician's
  e-mail on a fatigue report (a psychologist with CRP); (5) an OCR'd ALL CAPS record of a yellow-fever
  certificate (CIVP) issued at the airport (name, birth date, CPF, CNS, passport, address, CEP, phone;
  the vaccine lot; the nurse with COREN; a minor's companion with CPF; the issuer); (6) WhatsApp with
  a travel-insurance medical assistance desk (a traveller abroad: name, CPF, birth date; the triage
  nurse with COREN; a teleconsultation physician with CRM; ICD-10; an emergency contact with phone;
  e-mail; bank agency and account for a refund).
- financeiro: (0) an airline's checkout log as JSON lines (customers by name or id, phones, birth
  dates, raw or masked CPF, e-mails, BIN and last four digits, public IPs, instalments, antifraud; a
  DEBUG line leaking a full card number with its holder; chargebacks with ARN; a private webhook
  origin) and the analyst's note; (1) a refund queue (psql, +---+ or plain: passengers, CPF or
  masked, phone, locator, e-ticket, card reversal on a masked card, agency and account, Pix key of
  each kind) with the analyst's notes (a spouse's account, a returned transfer with phone and e-mail,
  an agency's CNPJ); (2) a travel agency's commissions CSV (consultants' CPF, NIS/PIS or MEI CNPJ,
  phone, Pix key of each kind) and the owner's e-mail to the accountant (the airline's and the
  agency's CNPJ, CRC); (3) a miles broker's semicolon CSV (sellers with CPF, WhatsApp, programme,
  random or CPF/phone/e-mail Pix key or bank agency and account; passengers with CPF, birth date,
  phone) and the operator's note; (4) a chargeback representment pasted from a PDF (the airline's
  CNPJ; cardholder with CPF, masked card, purchase IP, e-mail, phone; the passenger who flew with CPF
  and phone; the check-in IP; the bag tag; the analyst with a corporate or role e-mail); (5) a crew
  per-diem payment file in fixed width (bank code, agency, account, names cut at 30 characters, raw
  CPF or a failing number; the company's raw CNPJ) with HR notes (a spouse's account, a CPF corrected,
  the NIS, a new address and CEP, an e-mail); (6) WhatsApp with a travel agency (a package in ten
  instalments: names, CPFs and birth dates of the family, the agency's random Pix key or CNPJ key, a
  card number typed, an e-mail, a company's CNPJ for the invoice, a phone).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"Dr(a).", "seu", "dona", "Comandante", "Cmte.", "Adv."; particles inside a name (de, da, do, das, dos,
e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first
names alone and nicknames, in lower case or ALL CAPS too, are persons; a surname given alone to find
a booking ("cordeiro magalhaes") is a person. Staff named in the text are persons: airline agents,
analysts, supervisors, pursers, captains, crew members, check-in agents, APAC agents, lost-and-found
staff, physicians, nurses, audiologists, psychologists, Federal Police agents and delegates, lawyers,
judges, prepostos, Procon attendants and conciliators, travel consultants, accountants, broker
operators. Logins and system users ("wszymanski", "gzylberstajn67", "usr11953") and customer ids
("cus_5871d06331") are not persons. Corporate e-mails of people are EMAIL_ADDRESS (also in capitals);
role mailboxes (sac@, reembolso@, bagagem@, assistenciaespecial@, meda@, medif@, escala@, chargeback@,
sinistros@, viagens@, diarias@, juridico@...) are not labelled, nor the one spelled out in the call.
ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS or spoken (not
bairro, city, UF; the CEP is BR_CEP); streets named after people ("Rua Comandante Heráclito
Mangabeira, 1200") are inside the ADDRESS. Agency and account are separate BANK_ACCOUNT spans; bank
codes and names are not labelled. PIX_KEY only for random (UUID) keys; a Pix key that is a CPF, a
phone, an e-mail or a CNPJ takes that label (the "tipo" word is not labelled). DATE_OF_BIRTH only for
birth dates; flight, purchase, exam, vaccination, leave, hearing and signature dates, CMA validity and
passport expiry are not. Masked values ("439.***.***-39", "**** **** **** 9959", "576234******5267",
"•••• 3275") are not labelled.
Decisions of this set (things BLIND_RULES.md does not settle):
- GDS name elements: "SURNAME/GIVEN" is one PERSON span, in the PNR display, on boarding passes, in
  logs and in court texts; the title codes (MR, MRS, MSTR, MISS) and "(CHD/...)" stay outside. A
  received-from line with a first name ("RF-SUELI") is a PERSON; "RF-APP", "RF-PAX" and a login are
  not.
- GDS dates "27OCT84" in SSR DOCS and after a child's name are DATE_OF_BIRTH; "28DEC" (flight date),
  the passport's expiry and the ticketing date are not.
- SSR CTCE carries an e-mail in GDS encoding ("//" for "@", ".." for "_"): it is EMAIL_ADDRESS. AP and
  SSR CTCM phones are PHONE_NUMBER; the CPF after "OSI ... CPF" is BR_CPF.
- Never labelled: passport numbers (no label for them), PNR locators, e-tickets (13 digits), flight
  numbers, seats, bag tags, RIB/PIR references, loyalty-programme numbers (those of 11 and 12 digits
  pass no identifier check), vouchers, the CANAC (ANAC's code of a crew member or pilot), crew and
  staff badges, office ids and IATA numbers of the PNR, aircraft registration marks (PR-, PS-, PP-:
  not a LICENSE_PLATE), ARNs, chargeback case ids and authorisation codes, envelope ids, CIVP numbers
  and vaccine lots, EMK seals, RQE, CTPS, Procon and consumidor.gov.br numbers, protocols.
- PROFESSIONAL_ID covers CRM, COREN, CRFa (audiologists), CRP, OAB and CRC, with the council acronym
  and UF or region.
- Airlines' 0800 lines and clinics' landlines are PHONE_NUMBER; airlines', agencies', brokers',
  clinics' and companies' CNPJ are BR_CNPJ (numeric or the 2026 alphanumeric form, dotted or raw), and
  a consultant's MEI CNPJ too. A chat sender shown by name is a PERSON, by number PHONE_NUMBER; "Você",
  the businesses in a chat and the bots (Celi, Aurora, Estrela, Brisinha, Ventura, Lia) are not
  persons.
- LICENSE_PLATE: cars at the kerb or in the airport parking, the author's car, ambulances. CREDIT_CARD:
  a full number typed in a chat or leaked by a DEBUG line; its holder is a PERSON. IP_ADDRESS: public
  IPv4 / IPv6 of customers, members, senders and signers; upstreams and webhook origins (10/8,
  172.16/12, 192.168/16) are not labelled. BR_PIS covers the NIS/PIS of a claimant, of crew in HR
  notes and of travel consultants; BR_CNS covers SUS cards.
- Patients written by initials ("R.H.") are not labelled; an emergency contact or a companion given by
  relation ("esposa", "filho") is not labelled, one given by name is a PERSON.
- Spoken forms in the call are labelled as they stand (the CPF in groups or in words, "8 do 3 de 71",
  the CEP and phone in groups, the address in words); names and addresses damaged by OCR ("0" for
  "O", "l" for "I") are labelled as they stand, identifiers in OCR'd text are printed clean.
- Airports, hotels, businesses and streets named after people or words are not persons: "Aeroporto
  Salgado Filho", "Aeroporto Hercílio Luz", "Aeroporto Afonso Pena", "Aeroporto Santos Dumont",
  "Aeroporto Jorge Amado", "Aeroporto Zumbi dos Palmares", "Aeroporto Presidente Juscelino
  Kubitschek", "Aeroporto Internacional Tancredo Neves", "Aeroporto Gilberto Freyre", "Hotel Aurora
  Aeroporto", "Leão Palace Hotel", "Bento Turismo", "Milhas do Bento", "Engenharia Bento & Amado Ltda.",
  "Rosa dos Ventos Linhas Aéreas", "Estrela do Sul Airlines", "Vitória Travel".

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Epaminondas, Anfilóquio, Eudóxia, Deuzuíta, Quitéria, Belarmino), coined (Kessyllen, Raylane,
Mykaelle, Thayllane, Deivisson, Dyonathan), compound north-eastern surnames (Albuquerque Maranhão,
Arruda Câmara, Lacerda Bivar, Monte Alverne), Italian, German, Japanese/Okinawan, Lebanese and Syrian,
Polish, Greek, Korean, Chinese, Haitian, Angolan, Mozambican, Senegalese, indigenous, Jewish,
Peruvian, Venezuelan, Cuban -- with rare or invented name words above a quarter (main() prints the
share; a word that is also in the common pools, or in COMMON_WORDS, never counts as rare). Names that
are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Brisa, Marina, Lua, Bento,
Prudente, Amado, Clemente, Branco, Justo, Modesto, Leão, Vicente; surnames Rosa, Branco, Prudente,
Amado, Leão, Paz, Cruz, Luz, Aurora, Estrela, Bonfim, Céu, Monte, Porto, Ventura, Brisa) are used as
names and, elsewhere, as words and in airlines, agencies, hotels, bots, airports and places, which are
not persons: "a luz de apertar os cintos", "foi uma vitória", "seria prudente chegar", "o céu
estava limpo", "a rosa dos ventos do painel", "a brisa do mar", "serena a noite", Aerovia Celeste,
Linhas Aéreas Aurora, Rosa dos Ventos, Estrela do Sul, VoaBrisa, Leão do Norte, Sol e Luz Turismo,
Flor de Lis Viagens, Passagem Amada, Hotel Brisa Mar, Pousada Flor do Céu, the bots Aurora and
Estrela, Vitória, Salvador, Presidente Prudente, Bento Gonçalves, Vila Rosa, Jardim Aurora, Jardim
Céu Azul.

Hard negatives (never labelled): CNJ numbers (civil and labour courts), 11-digit numbers failing the
CPF check (protocols, mistyped CPFs, loyalty numbers; the script checks every CPF-shaped run outside a
gold span, and every 11-digit run -- private IPs included -- against the PIS/NIS and CNH checks too),
12-digit runs (checked not to be a valid título), 15-digit runs (checked not to be valid CNS),
16-digit runs (checked to fail Luhn; e-signature envelope ids are drawn again when a digit run would
pass), private IPs (checked), e-tickets, ARNs, locators, flight numbers, aircraft registrations, bag
tags, RIB/PIR references, passports, CANAC, ICD-10 codes (R55, I20.0, J45.9, T70.0, H52.1, G47.3,
F43.0, Z73.0, S93.4...), money and instalments, vital signs and exam results, laws and rules
(Resolução ANAC 400/2016, Resolução ANAC 280/2013, Lei 14.034/2020, Lei 7.565/1986, Lei 13.475/2017,
Lei 8.078/1990, Lei 9.099/1995, Lei 8.069/1990, Resolução CNJ 295/2019, Decreto 5.910/2006, RBAC 67,
RBAC 117, Lei 13.709/2018), airports, hotels, businesses and bots named after people or words,
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
SEED = 11111
OUT_NAME = "hundredeleventh.jsonl"

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
            "Natália", "Carolina", "Thaís", "Helena", "Alice", "Júlia", "Cláudia", "Isabela"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio", "Miguel", "Arthur"]
RARE_F = ["Eudóxia", "Zulmira", "Joselita", "Clemilda", "Marizete", "Edinalva", "Lucimeire", "Genoveva", "Odilia",
          "Ivonete", "Dirce", "Hermínia", "Zélia", "Eufrosina", "Rosilene", "Deuzuíta", "Benedita", "Gildete",
          "Alvanira", "Cleonice", "Mariúza", "Josefa Bárbara", "Kessyllen", "Raylane", "Yasmyn", "Sthephanny", "Mykaelle",
          "Kauanny", "Laysla", "Thayllane", "Jhulya", "Wandreza", "Myllena", "Ádila", "Naiellen", "Fabrícia",
          "Evellyn Vitória", "Brenaya", "Sabrynna", "Dhayane", "Iolanda", "Anicleide", "Tercília", "Ermelinda", "Quitéria"]
RARE_M = ["Deodato", "Erisvaldo", "Genésio", "Josué Amâncio", "Alcebíades", "Epaminondas", "Lindolfo", "Heráclito", "Orlandino",
          "Nicanor", "Anfilóquio", "Tertuliano", "Manoelino", "Cosmo", "Hildebrando", "Zacarias", "Elionai", "Gedeão",
          "Ivanor", "Reginaldo Januário", "Valdevino", "Onésimo", "Juscelino", "Wemerson", "Kauê Emanuel", "Jhonny", "Maicon Douglas",
          "Deivisson", "Thierry Kauã", "Ryan Lucas", "Kaylan", "Wellington Ícaro", "Dyonathan", "Éverton Kaique", "Luiggi",
          "Nycolas", "Rhyan", "Jadson", "Eleazar", "Abelardo", "Belarmino", "Sinval", "Dorgival", "Agripino"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela",
          "Brisa", "Marina", "Lua"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório", "Celso", "Vicente"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado"]
RARE_SUR = ["Albuquerque Maranhão", "Cavalcanti de Albuquerque", "Wanderlei", "Mangabeira", "Jurema", "Carnaúba", "Itapicuru",
            "Tavares Bastos", "Bandeira Lins", "Brandão Vilela", "Sampaio Correia", "Mirandela", "Bulhões", "Canabrava",
            "Gadelha", "Guimarães Peixoto", "Perdigão", "Quirino", "Valadares", "Chaves Barcelos", "Xavier Uchoa",
            "Ipiranga", "Paranhos", "Arruda Câmara", "Tenório Cavalcanti", "Aragão", "Trancoso", "Marinho Falcão",
            "Sucupira", "Cajueiro", "Urtiga", "Pequi", "Jenipapo", "Barroso Leite", "Medeiros Galvão", "Dantas Fragoso",
            "Lacerda Bivar", "Cordeiro Magalhães", "Vasconcelos Brito", "Monte Alverne", "Figueiredo Praxedes", "Mourão"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa", "Céu", "Monte", "Porto", "Ventura", "Brisa"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria da Luz": "Luzinha", "Luiz": "Lulu", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rique",
        "Pedro": "Pedrinho", "João": "Jão", "Deodato": "Dedé", "Heráclito": "Tito", "Genésio": "Gena",
        "Epaminondas": "Nonda", "Cosmo": "Cosminho", "Ivanor": "Nonô", "Valdevino": "Vino", "Wemerson": "Wem",
        "Deivisson": "Deivi", "Kauê Emanuel": "Manu", "Jhonny": "Jhow", "Maicon Douglas": "Maiquinho", "Ryan Lucas": "Ryan",
        "Eudóxia": "Dóxa", "Joselita": "Zeza", "Marizete": "Zete", "Edinalva": "Nalva", "Clemilda": "Mida",
        "Ivonete": "Nete", "Kessyllen": "Kessy", "Sthephanny": "Tetê", "Maria das Graças": "Gracinha", "Graça": "Gracinha",
        "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati",
        "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu", "Maria Eduarda": "Duda",
        "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Benedita": "Dita", "Quitéria": "Teca",
        "Zacarias": "Zaca", "Alcebíades": "Bide", "Belarmino": "Bel", "Vicente": "Vicentinho"}
FOREIGN = {
    "it": (["Graziella", "Filomena", "Annunziata", "Ornella"], ["Ottavio", "Gianluca", "Benedetto", "Ercole"],
           ["Zanoni", "Dall'Agnol", "Bonatto", "De Bortoli", "Scapinello", "Girardello", "Tonietto", "Menegotto"]),
    "de": (["Gertrudes", "Elfriede", "Brunhilde", "Hedwig"], ["Arno", "Siegfried", "Udo", "Wendelin"],
           ["Petry", "Hillebrand", "Wiggers", "Kuhnen", "Spengler", "Dreher", "Ruschel"]),
    "jp": (["Kimiko", "Yoshiko", "Chiyoko", "Naomi"], ["Masao", "Noboru", "Takeshi", "Isamu"],
           ["Nakasone", "Oshiro", "Kaneshiro", "Tokeshi", "Arakaki", "Chinen", "Matsumoto", "Yonamine"]),
    "ar": (["Samira", "Jamile", "Najla", "Rania"], ["Fuad", "Munir", "Salim", "Kamal"],
           ["Maluf Rahal", "Sabbag", "Zaidan", "Ghosn", "Kassab", "Aboud", "Hajjar"]),
    "pl": (["Jadwiga", "Wanda", "Halina"], ["Zbigniew", "Kazimierz", "Wojciech"],
           ["Wiśniewski", "Kowalczyk", "Dombrowski", "Szymański", "Mazurek"]),
    "gr": (["Eleni", "Despina", "Ourania"], ["Stavros", "Dimitrios", "Panagiotis"],
           ["Papadopoulos", "Karamanlis", "Theodorakis", "Vlahos"]),
    "kr": (["Ji-yeon", "Hye-jin", "Seo-yeon"], ["Sung-min", "Tae-hoon", "Jun-ho"], ["Park", "Kang", "Jeong", "Baek"]),
    "cn": (["Meiling", "Xiuying", "Qingyun"], ["Jianguo", "Weiming", "Zhenghao"], ["Huang", "Zhao", "Xu", "Guo", "Deng"]),
    "ht": (["Roseline", "Nerline", "Guerda", "Islande"], ["Wesner", "Jean-Robert", "Frantz", "Dieuseul"],
           ["Exantus", "Louis-Jean", "Désir", "Joseph-Noël", "Pierre-Paul", "Fils-Aimé"]),
    "ao": (["Luzolo", "Ngueza", "Mpemba"], ["Ndombele", "Kiala", "Nsimba"], ["Mavinga", "Nzinga", "Kissanga", "Mateta"]),
    "mz": (["Anifa", "Celmira"], ["Amosse", "Horácio"], ["Macuácua", "Chissano Mabunda", "Cossa", "Nhantumbo"]),
    "sn": (["Fatou", "Awa", "Ndeye"], ["Mamadou", "Ibrahima", "Abdoulaye"], ["Diop", "Ndiaye", "Sow", "Gueye"]),
    "in": (["Yara", "Iracema", "Jurema"], ["Raoni", "Aritana", "Kaiowá"],
           ["Tikuna", "Kaxinawá", "Potiguara", "Munduruku", "Krenak", "Wapichana"]),
    "jw": (["Sara", "Miriam", "Chaja", "Tova"], ["Moisés", "Salomão", "Jacó", "Boruch"],
           ["Feldman", "Grinberg", "Zylberstajn", "Kogan", "Lewinsohn", "Sztajn"]),
    "pe": (["Yesenia", "Milagros", "Rocío"], ["Wilber", "Edwin", "Percy"], ["Quispe", "Huamán", "Mamani Cusi", "Ccori", "Choque"]),
    "ve": (["Yoselin", "Dayana", "Yuleisy"], ["Yonaiker", "Franyer", "Deivis"], ["Rangel", "Urdaneta", "Zambrano", "Chirinos"]),
    "cu": (["Yanelis", "Odalys"], ["Yoandri", "Osmany"], ["Despaigne", "Lescay", "Hechavarría"]),
    "sy": (["Hiba", "Lama"], ["Tarek", "Bassel"], ["Alhassan", "Darwish", "Shami"]),
}
RARE_ORIGINS = ("pl", "gr", "kr", "cn", "ht", "ao", "mz", "sn", "in", "jw", "pe", "ve", "cu", "sy")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Sara", "Miriam", "Moisés", "Salomão", "Jacó", "Dayana", "Edwin", "Percy", "Benedita", "Dirce",
                        "Iolanda", "Zélia", "Cosmo", "Zacarias", "Jhonny", "Nycolas", "Jadson", "Fabrícia", "Yara",
                        "Jurema", "Iracema", "Rangel", "Aragão", "Valadares", "Mourão", "Ipiranga", "Quirino", "Feldman",
                        "Park", "Kang"])
RARE.update(["Graziella", "Annunziata", "Ornella", "Ottavio", "Ercole", "Zanoni", "Dall'Agnol", "Bonatto", "De Bortoli",
             "Scapinello", "Girardello", "Tonietto", "Menegotto", "Gertrudes", "Elfriede", "Brunhilde", "Hedwig", "Siegfried",
             "Wendelin", "Petry", "Hillebrand", "Wiggers", "Kuhnen", "Spengler", "Ruschel", "Kimiko", "Yoshiko", "Chiyoko",
             "Masao", "Noboru", "Isamu", "Nakasone", "Oshiro", "Kaneshiro", "Tokeshi", "Arakaki", "Chinen", "Yonamine",
             "Najla", "Rania", "Fuad", "Munir", "Maluf Rahal", "Sabbag", "Zaidan", "Ghosn", "Kassab", "Aboud", "Hajjar"])

# words of the compound pools that are frequent in Brazil: never counted as rare by rare_share()
COMMON_WORDS = ["Albuquerque", "Guimarães", "Medeiros", "Vasconcelos", "Figueiredo", "Cordeiro", "Magalhães", "Barroso", "Leite",
                "Dantas", "Sampaio", "Tavares", "Bastos", "Brandão", "Chaves", "Lacerda", "Marinho", "Arruda", "Xavier", "Galvão",
                "Brito", "Vilela", "Lins", "Bandeira", "Falcão", "Câmara", "Cavalcanti", "Peixoto", "Barcelos", "Fragoso", "Uchoa",
                "Monte", "Maranhão", "Reginaldo", "Wellington", "Éverton", "Douglas", "Emanuel", "Josué", "Ryan", "Kaique", "Maicon",
                "Bárbara", "Josefa", "Evellyn", "Januário", "Ícaro", "Kauê", "Tenório", "Correia"]
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
STREET_NAMES = ["Santos Dumont", "Bartolomeu de Gusmão", "Brigadeiro Faria Lima", "Prudente de Morais", "Bento Gonçalves",
                "Flor de Lis", "da Aurora", "Estrela Dalva", "Comandante Heráclito Mangabeira", "Aviador Deodato Gadelha",
                "Tenente-Aviador Epaminondas Sucupira", "Tiradentes", "Quinze de Novembro", "Marechal Rondon", "da Paz",
                "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "dos Aeronautas", "das Gaivotas", "Anita Garibaldi",
                "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Senador Alcebíades Canabrava", "Professora Eudóxia Jurema",
                "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz", "do Aeroporto", "Madre Paulina",
                "Pioneiro Arno Ruschel", "Doutor Fuad Sabbag", "das Acácias", "Dom Hélder Câmara", "da Glória", "Padre Cosmo Perdigão",
                "Vereador Genésio Quirino", "Rio Branco", "Treze de Maio", "Nova Esperança", "Céu Azul", "dos Pilotos",
                "Zumbi dos Palmares", "Brigadeiro Eduardo Gomes", "Capitão Aviador Sinval Valadares", "do Hangar"]
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
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Aeroporto", "Jardim Aeroporto",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Cumbica",
           "Cajazeiras", "Vila Prudente", "Campo Belo", "Pampulha", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Jardim Céu Azul",
           "Aeroviário", "Hauer", "Galeão", "Ilha do Governador"]
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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Josefa Bárbara",
                                            "Maicon Douglas", "Ryan Lucas", "Kauê Emanuel"):
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
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", "gds": f"{dd:02d}{MON_EN[mm - 1].upper()}{yy % 100:02d}"}[fmt]


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
            while len(surnames) > 1 and sum(len(x.split()) for x in surnames) > 3:
                surnames.pop(0)  # compound surnames count double: at most three surname words
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

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}", f"***{self.d(6)}**"])

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

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

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
        if kind == "CRFa":
            return self.pick([f"CRFa {self.ri(1, 9)}-{self.ri(1000, 29999)}", f"CRFa-{uf} {self.ri(1000, 29999)}",
                              f"CRFa {self.ri(1, 9)}ª Região nº {self.ri(1000, 29999)}"])
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


def nf(g: Gen, p: Person, forms: list[str] | None = None) -> str:
    """One written form of a person's name."""
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.capsf, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "lowshort": fold(p.short).lower(), "initial": p.initial}[form]


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


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
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


def join_names(doc: Doc, names: list[str], last: str = " e ") -> None:
    for k, n in enumerate(names):
        if k:
            doc.t(last if k == len(names) - 1 else ", ")
        doc.e(n, "PERSON")






def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "peruana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "peruano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["professora", "enfermeira", "empresária", "analista de sistemas", "comerciante", "aposentada", "engenheira civil",
              "vendedora autônoma", "servidora pública", "estudante", "cabeleireira", "representante comercial"],
        False: ["professor", "motorista de aplicativo", "empresário", "analista de sistemas", "comerciante", "aposentado",
               "engenheiro agrônomo", "vendedor autônomo", "servidor público", "estudante", "eletricista", "representante comercial"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None, civil: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil or g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
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


# --------------------------------------------------------------------------- register: airlines, airports, air travel

AIRLINES = [  # brand, legal name, domain, designator, loyalty programme, ticket prefix
    ("Aerovia Celeste", "Aerovia Celeste Linhas Aéreas S.A.", "aeroviaceleste.com.br", "VQ", "Celeste Milhas", "629"),
    ("Linhas Aéreas Aurora", "Aurora Transportes Aéreos S.A.", "voeaurora.com.br", "Q5", "AuroraPontos", "731"),
    ("Rosa dos Ventos Linhas Aéreas", "Rosa dos Ventos Transportes Aéreos Ltda.", "rosadosventos.aero", "R4", "Ventos+", "584"),
    ("Estrela do Sul Airlines", "Estrela do Sul Linhas Aéreas S.A.", "estreladosul.com.br", "E7", "Clube Estrela", "462"),
    ("VoaBrisa", "Brisa Linhas Aéreas Regionais S.A.", "voabrisa.com.br", "B9", "Brisa Fidelidade", "318"),
    ("Leão do Norte Aviação Regional", "Leão do Norte Táxi Aéreo e Linhas Regionais Ltda.", "leaodonorte.aero", "L8", "LeãoPass", "207")]
AGENCIES = [("Flor de Lis Viagens e Turismo", "Flor de Lis Viagens e Turismo Ltda.", "flordelisviagens.com.br"),
            ("Bento Turismo", "Bento Operadora de Turismo Ltda. ME", "bentoturismo.com.br"),
            ("Vitória Travel", "Vitória Travel Agência de Viagens Eireli", "vitoriatravel.tur.br"),
            ("Passagem Amada", "Passagem Amada Intermediação de Viagens S.A.", "passagemamada.com.br"),
            ("Prudente Viagens Corporativas", "Prudente Gestão de Viagens Corporativas Ltda.", "prudentevc.com.br"),
            ("Voa Já Online", "Voa Já Online Agência de Turismo Ltda.", "voaja.com.br"),
            ("Sol e Luz Turismo", "Sol e Luz Turismo e Eventos Ltda.", "soleluzturismo.com.br")]
BROKERS = [("Balcão das Milhas", "Balcão das Milhas Intermediação Ltda.", "balcaodasmilhas.com.br"),
           ("MilhaCerta", "MilhaCerta Serviços de Fidelidade Ltda.", "milhacerta.com.br"),
           ("Milhas do Bento", "Bento Milhas e Passagens ME", "milhasdobento.com.br")]
AIRPORTS = [("GRU", "Guarulhos", "SP", "Aeroporto Internacional de Guarulhos – Governador André Franco Montoro"),
            ("CGH", "São Paulo", "SP", "Aeroporto de Congonhas"), ("VCP", "Campinas", "SP", "Aeroporto de Viracopos"),
            ("GIG", "Rio de Janeiro", "RJ", "Aeroporto do Galeão – Antonio Carlos Jobim"),
            ("SDU", "Rio de Janeiro", "RJ", "Aeroporto Santos Dumont"),
            ("BSB", "Brasília", "DF", "Aeroporto Presidente Juscelino Kubitschek"),
            ("CNF", "Confins", "MG", "Aeroporto Internacional Tancredo Neves"),
            ("POA", "Porto Alegre", "RS", "Aeroporto Salgado Filho"), ("FLN", "Florianópolis", "SC", "Aeroporto Hercílio Luz"),
            ("CWB", "São José dos Pinhais", "PR", "Aeroporto Afonso Pena"),
            ("SSA", "Salvador", "BA", "Aeroporto Deputado Luís Eduardo Magalhães"),
            ("REC", "Recife", "PE", "Aeroporto Gilberto Freyre"), ("FOR", "Fortaleza", "CE", "Aeroporto Pinto Martins"),
            ("MAO", "Manaus", "AM", "Aeroporto Eduardo Gomes"), ("BEL", "Belém", "PA", "Aeroporto Val de Cans"),
            ("NAT", "São Gonçalo do Amarante", "RN", "Aeroporto Aluízio Alves"), ("MCZ", "Maceió", "AL", "Aeroporto Zumbi dos Palmares"),
            ("CGB", "Várzea Grande", "MT", "Aeroporto Marechal Rondon"), ("JPA", "Bayeux", "PB", "Aeroporto Presidente Castro Pinto"),
            ("IOS", "Ilhéus", "BA", "Aeroporto Jorge Amado"), ("VIX", "Vitória", "ES", "Aeroporto de Vitória – Eurico de Aguiar Salles"),
            ("PPB", "Presidente Prudente", "SP", "Aeroporto de Presidente Prudente")]
INTL = [("LIS", "Lisboa"), ("MIA", "Miami"), ("EZE", "Buenos Aires"), ("SCL", "Santiago"), ("MCO", "Orlando"), ("LIM", "Lima"),
        ("PTY", "Cidade do Panamá"), ("MVD", "Montevidéu"), ("CUN", "Cancún")]
CANCEL_REASONS = ["manutenção não programada da aeronave", "readequação da malha aérea", "condições meteorológicas adversas no destino",
                  "tripulação excedeu o limite de jornada (Lei 13.475/2017)", "fechamento do aeroporto para pousos (teto abaixo dos mínimos)",
                  "colisão com ave (bird strike) na etapa anterior", "troca de aeronave por questões técnicas",
                  "restrição de tráfego aéreo imposta pelo controle (CGNA)"]
HOTELS = ["Hotel Aurora Aeroporto", "Pousada Flor do Céu", "Hotel Estrela Guia Airport", "Rede Bonfim Hotéis — unidade aeroporto",
          "Hotel Brisa Mar", "Leão Palace Hotel"]
BAGS = ["mala de rodinhas vermelha, rígida, 23 kg", "mala preta de lona com fita rosa no puxador", "mochila cinza de trilha 60 L",
        "mala azul-marinho média com cadeado TSA", "caixa de isopor lacrada com fita branca", "case de violão preto",
        "mala de bordo verde-limão despachada no portão", "cadeira de rodas motorizada (bateria de lítio)",
        "carrinho de bebê dobrável", "mala floral média com etiqueta de couro"]
ROLE_BOXES = ["sac", "ouvidoria", "contato", "financeiro", "juridico", "rh", "reembolso", "reembolsos", "bagagem", "bagagens",
              "assistenciaespecial", "meda", "medif", "fidelidade", "chargeback", "antifraude", "atendimento", "grupos", "tripulacao",
              "escala", "achadoseperdidos", "seguranca", "emissao", "emissoes", "contabilidade", "comercial", "naoresponda", "noreply",
              "dpo", "privacidade", "reservas", "saudeocupacional", "postomedico", "vacinacao", "assistencia", "central", "protocolo",
              "cobranca", "pagamentos", "diarias", "viagens", "eventos", "acordos", "conciliacao", "cadastro", "suporte", "nfe",
              "ocorrencias", "operacoes", "sinistros"]
BOTS = ["Celi", "Aurora", "Estrela", "Brisinha", "Ventura", "Lia"]
INFLIGHT_ICD = [("R55", "síncope"), ("I20.0", "angina instável"), ("R06.0", "dispneia"), ("E16.2", "hipoglicemia"),
                ("J45.9", "crise asmática"), ("T78.4", "reação alérgica"), ("G40.9", "crise convulsiva"), ("R11", "náuseas e vômitos"),
                ("F41.0", "crise de pânico"), ("T70.0", "barotrauma otítico"), ("R50.9", "febre"), ("I10", "pico hipertensivo"),
                ("O47.0", "contrações em gestante de 33 semanas"), ("S01.8", "ferimento em couro cabeludo (queda de bagagem do bagageiro)")]
CLINIC_ICD = [("R55", "síncope"), ("R51", "cefaleia"), ("S93.4", "entorse do tornozelo"), ("I10", "pico hipertensivo"),
              ("F41.0", "crise de ansiedade"), ("T75.3", "cinetose"), ("E16.2", "hipoglicemia"), ("S61.0", "corte no dedo"),
              ("M54.5", "lombalgia (carregamento de bagagens)"), ("T15.1", "corpo estranho na conjuntiva"), ("R10.4", "dor abdominal"),
              ("J06.9", "infecção de vias aéreas superiores"), ("T67.5", "exaustão pelo calor no pátio")]
CMA_ICD = [("H52.1", "miopia"), ("H52.0", "hipermetropia"), ("H90.3", "perda auditiva neurossensorial bilateral"), ("I10", "hipertensão essencial"),
           ("E11.9", "diabetes mellitus tipo 2"), ("G47.3", "apneia do sono"), ("E66.0", "obesidade"), ("H53.5", "discromatopsia"),
           ("E78.0", "hipercolesterolemia"), ("F43.2", "transtorno de adaptação"), ("K21.9", "refluxo gastroesofágico")]
LEAVE_ICD = [("J11.1", "síndrome gripal"), ("M54.5", "lombalgia"), ("T70.0", "barotrauma otítico"), ("F43.0", "reação aguda ao estresse"),
             ("J01.9", "sinusite aguda"), ("G43.9", "enxaqueca"), ("S93.4", "entorse do tornozelo (escada da aeronave)"),
             ("Z73.0", "esgotamento (fadiga)"), ("A09", "gastroenterite"), ("H66.9", "otite média")]
CREW_ROLES = ["CMTE", "CMTE", "CO-PILOTO", "CO-PILOTO", "CHEFE DE CABINE", "COMISSÁRIO(A)", "COMISSÁRIO(A)", "COMISSÁRIO(A)"]
CMA_CLINICS = [("Clínica de Medicina Aeroespacial Bonfim", "cmabonfim.med.br"), ("AeroVida Medicina Aeronáutica", "aerovida.med.br"),
               ("Instituto Santos Dumont de Saúde do Aeronauta", "isdsaude.med.br"), ("MedAero Leão Clínica Credenciada", "medaeroleao.com.br")]
INSURERS = [("Assist Viagem Flor", "assistflor.com.br"), ("Segura Viagem Leão", "seguraleao.com.br"), ("Vitória Assistência ao Viajante", "vitoriaassist.com.br")]
CORPS = [("Transportadora Serra Azul Ltda.", "serraazul.com.br"), ("Agroindustrial Bom Pastor S.A.", "bompastor.com.br"),
         ("Construtora Pedra Branca S.A.", "pedrabranca.com.br"), ("Laboratório Estrela da Manhã Ltda.", "estreladamanha.com.br"),
         ("Cooperativa Vale do Céu", "valedoceu.coop.br"), ("Engenharia Bento & Amado Ltda.", "bentoamado.eng.br")]
HANDLERS = ["Pista Segura Serviços Auxiliares Ltda.", "Rampa Sul Handling S.A.", "AeroApoio Serviços Aeroportuários Ltda."]
OPERATORS = ["Concessionária Aeroporto Aurora S.A.", "Aeroportos do Vale Concessões S.A.", "Concessionária Rota do Céu S.A."]


def airline(g: Gen) -> tuple[str, str, str, str, str, str]:
    return g.pick(AIRLINES)


def airport(g: Gen) -> tuple[str, str, str, str]:
    return g.pick(AIRPORTS)


def route(g: Gen) -> tuple[tuple, tuple]:
    a, b = g.sample(AIRPORTS, 2)
    return a, b


def pnr(g: Gen) -> str:
    """A booking locator (never labelled)."""
    return "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def eticket(g: Gen, prefix: str, style: str | None = None) -> str:
    body = g.d(10)
    style = style or g.pick(["dash", "raw", "sp"])
    return {"dash": f"{prefix}-{body}", "raw": f"{prefix}{body}", "sp": f"{prefix} {body}"}[style]


def flight(g: Gen, code: str, space: bool | None = None) -> str:
    space = g.chance(0.6) if space is None else space
    return f"{code}{' ' if space else ''}{g.ri(1000, 9899)}"


def bagtag(g: Gen, code: str, prefix: str) -> str:
    return g.pick([f"0{prefix}{g.d(6)}", f"{code}{g.d(6)}", f"{code} {g.d(6)}"])


def rib(g: Gen, apt: str, code: str) -> str:
    """A RIB/PIR file reference (station + carrier + 5 digits; never labelled)."""
    return f"{apt}{code}{g.d(5)}"


def loyalty_no(g: Gen) -> str:
    """A loyalty-programme number (never labelled; 11- and 12-digit ones pass no identifier check)."""
    return g.neg(g.pick([9, 10, 11, 12]))


def seat(g: Gen) -> str:
    return f"{g.ri(1, 38)}{g.pick('ABCDEF')}"


def gds_name(p: Person, g: Gen) -> str:
    """The GDS name element SURNAME/GIVEN (the title code is written apart, outside the span)."""
    sur = [s for s in p.surnames if s not in PARTICLES]
    if sur[-1] in SUFFIXES and len(sur) > 1:
        last = f"{sur[-2]} {sur[-1]}"
    elif len(sur) > 1 and g.chance(0.3):
        last = " ".join(sur)
    else:
        last = sur[-1]
    given = p.given if g.chance(0.6) else p.first
    return fold(f"{last}/{given}").upper().replace("'", "")


def gds_title(p: Person, child: bool = False) -> str:
    if child:
        return "MISS" if p.female else "MSTR"
    return "MRS" if p.female else "MR"


def gds_date(d: datetime.date) -> str:
    return f"{d.day:02d}{MON_EN[d.month - 1].upper()}"


def crew_badge(g: Gen) -> str:
    """Crew or staff badge / CANAC (never labelled)."""
    return g.pick([f"{g.d(6)}", f"MAT {g.d(5)}", f"{g.up(2)}{g.d(4)}"])


def canac(g: Gen) -> str:
    return f"{g.ri(100000, 999999)}"


def aircraft_reg(g: Gen) -> str:
    """An aircraft's registration mark (PR-XXX, PS-XXX): not a licence plate, never labelled."""
    return f"{g.pick(['PR', 'PS', 'PP'])}-{g.up(3)}"


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


def sac_0800(g: Gen) -> str:
    """An airline's 0800 line (PHONE_NUMBER, like a clinic's landline); its raw digits pass no CPF/PIS/CNH check."""
    while True:
        n = "0800" + g.d(7)
        if not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
            return g.pick([f"0800 {n[4:7]} {n[7:]}", f"0800-{n[4:7]}-{n[7:]}", f"0800 {n[4:]}"])


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a place or a company."""
    return g.pick(["A luz de apertar os cintos ficou acesa até o pouso.", "Foi uma vitória conseguir lugar no voo das 6h.",
                   "Seria prudente chegar ao aeroporto com duas horas de antecedência.", "O céu estava limpo sobre Salvador na aproximação.",
                   "A rosa dos ventos do painel mostrava vento cruzado forte.", "Embarque pelo portão 12, ao lado da loja Flor de Lis.",
                   "A Estrela do Sul anunciou voos novos para Vitória da Conquista.", "Bento Gonçalves ainda não tem voo regular.",
                   "A fila do raio-x estava parada, ninguém ama esperar assim.", "O avião pousou em Vitória às 22h10, com atraso de 40 minutos.",
                   "Tripulação, portas em automático e verificação cruzada.", "O Hotel Aurora Aeroporto não tinha quarto para todos.",
                   "A mala branca com fita rosa apareceu na esteira 4.", "Voo com escala em Presidente Prudente por causa do combustível.",
                   "A brisa do mar atrasou a decolagem? Não, foi a manutenção.", "Sala VIP Estrela fechada para reforma até março.",
                   "O Aeroporto Santos Dumont fechou para pousos por 40 minutos.", "Serena a noite, turbulência só na descida.",
                   "O leão de chácara da sala VIP conferiu o cartão de embarque.", "Cadeira de rodas deixada na ponte de embarque do Hercílio Luz.",
                   "O Salgado Filho voltou a operar com todos os portões.", "Esperança é que a malha volte ao normal na semana que vem."])

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


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def hdr(doc: Doc, g: Gen, key: str, p: Person, mail: str, bare: float = 0.4) -> None:
    """A mail header line: 'De: Name <mail>' or, as some clients show it, the bare address."""
    if g.chance(bare):
        doc.f(f"{key}: «m»\n", m=(mail, "EMAIL_ADDRESS"))
    else:
        doc.f(f"{key}: «n» <«m»>\n", n=P(p.full), m=(mail, "EMAIL_ADDRESS"))


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
    while True:  # an envelope id whose digit runs never read as a card number or a CPF
        env = str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()
        if not any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(env)) and \
                not any(cpf_ok(re.sub(r"\D", "", m.group(1))) for m in CPF_LIKE.finditer(env)):
            break
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=env)
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


# =========================================================================== atendimento


def at_zap_cancelamento(g: Gen) -> Doc:
    """WhatsApp with an airline: bot, then an agent; a cancelled flight, rebooking, hotel voucher, a child's fare, refund of a taxi."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    m = g.person()
    kid = g.relative(m) if g.chance(0.55) else None
    ag = g.person(female=g.chance(0.6))
    bot = g.pick(BOTS)
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (5, 23))[0]
    tt = iter(seq_times(g, 40, t0, 15, 400))
    ddd, local = g.msisdn()
    if g.chance(0.92):
        me = (g.fmt_phone(ddd, local, "wa"), "PHONE_NUMBER")
    else:
        me = (g.pick([m.first, m.short, m.full, lower(m.first)]), "PERSON")
    H = (brand, None)
    loc = pnr(g)
    fl = flight(g, code)
    doc.f("Conversa do WhatsApp com «f»\n\n", f=brand)
    cl(doc, st(next(tt)), H, f"Olá! Eu sou a {bot}, assistente virtual da {brand} ✈️ Escolha: 1 Minha reserva | 2 Bagagem | "
                             "3 Voo cancelado ou atrasado | 4 Reembolso | 5 Falar com atendente")
    cl(doc, st(next(tt)), me, g.pick(["3", "voo cancelado", "3 meu voo foi cancelado!!"]))
    cl(doc, st(next(tt)), H, "Informe o código da reserva (localizador de 6 letras/números) e o sobrenome do passageiro.")
    cl(doc, st(next(tt)), me, "«l» «s»", l=g.pick([loc, loc.lower()]), s=P(g.pick([m.last, m.last.upper(), lower(m.last)])))
    cl(doc, st(next(tt)), H, "Encontrei a reserva «l»: voo «fl» «a» → «b», «d» às «h». Passageiros: «p1»«sep»«p2»«chd». Infelizmente o "
                             "voo foi cancelado por «r». Vou te transferir para um atendente.",
       l=loc, fl=fl, a=a[0], b=b[0], d=dbr(t0.date()), h=g.hm(), p1=P(gds_name(m, g)), sep=", " if kid else "",
       p2=P(gds_name(kid, g)) if kid else V(""), chd=" (CHD)" if kid else "", r=g.pick(CANCEL_REASONS))
    greet = g.chance(0.5)
    cl(doc, st(next(tt)), H, "Oi«sp»«n», aqui é «a», da central «f». Sinto muito pelo transtorno. Pela Resolução ANAC 400/2016 você pode "
                             "escolher: reacomodação no próximo voo disponível, reembolso integral ou outra modalidade de transporte.",
       sp=" " if greet else "", n=P(g.pick([m.first, lower(m.first)])) if greet else V(""), a=P(g.pick([ag.first, ag.short])), f=brand)
    cl(doc, st(next(tt)), me, g.pick(["quero ir hoje ainda, tem voo de outra cia?", "preciso chegar amanhã cedo, tenho casamento",
                                      "tô com criança no aeroporto desde as 4h, qual a solução?", "me coloca no próximo, mas e o hotel?"]))
    cl(doc, st(next(tt)), H, "Consegui reacomodar no «fl2» de amanhã às «h». Como a espera passa de 4 horas, vocês têm direito a hotel e "
                             "traslado. Para emitir o voucher preciso do CPF do titular da reserva.", fl2=flight(g, code), h=g.hm())
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«x»", x=g.neg_cpf())
        cl(doc, st(next(tt)), H, "Esse CPF não confere com o cadastro, pode verificar?")
        cl(doc, st(next(tt)), me, "foi mal, «x»", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«x»", x=(cpf, "BR_CPF"))
    if kid is not None:
        cl(doc, st(next(tt)), H, "Para manter a tarifa de criança no voo novo preciso da data de nascimento d«o» «k».",
           o=kid.o, k=P(g.pick([kid.first, kid.first.upper()])))
        cl(doc, st(next(tt)), me, "«d»", d=(g.dob(g.pick(["br", "nopad", "short"]), 2014, 2023), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), H, "Voucher emitido no «ht» com jantar e café. Para onde envio o voucher e o novo cartão de embarque?",
       ht=g.pick(HOTELS))
    cl(doc, st(next(tt)), me, "no email «e»", e=(g.email(m), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "e o uber que eu paguei até aqui? R$ «v». se quiser estorna nesse cartão «c»", v=brl(g.ri(40, 160) + 0.0),
           c=(g.card(spaced=g.chance(0.6)), "CREDIT_CARD"))
        cl(doc, st(next(tt)), H, "Por segurança não envie número de cartão aqui! O reembolso de despesas é por formulário no site, com o "
                                 "comprovante.")
    elif g.chance(0.5):
        cl(doc, st(next(tt)), me, "se precisar falar comigo liga nesse outro número «t», esse aqui tá sem bateria",
           t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.2):
        cl(doc, st(next(tt)), me, "minha mãe tá junto, «n», ela não tá na reserva mas é idosa, dá pra pedir cadeira de rodas?",
           n=P(g.pick([g.person(female=True).full, g.person(female=True).first])))
        cl(doc, st(next(tt)), H, "Ela precisa estar em uma reserva nossa para solicitar assistência. Procure o balcão de atendimento especial.")
    cl(doc, st(next(tt)), H, "Protocolo «p». Qualquer coisa, a central é «t». «w»", p=g.protocol(),
       t=(sac_0800(g), "PHONE_NUMBER") if g.chance(0.5) else V("pelo app"), w=g.pick(["Boa viagem!", "", "Obrigada pela paciência."]))
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, g.pick(["vou abrir reclamação na ANAC", "ok obrigado", "👍", "o hotel é longe demais"]))
    if g.chance(0.25):
        cl(doc, st(next(tt)), H, word_neg(g))
    return doc


def at_stt_bagagem(g: Gen) -> Doc:
    """Speech-to-text call to an airline's baggage desk: a lost suitcase (RIB/PIR), delivery address, then the typed record."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    ag = g.person(female=g.chance(0.6))
    c = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    rb = rib(g, b[0], code)
    fl = flight(g, code, space=False)
    bag = g.pick(BAGS)
    doc.f("[transcricao automatica | central de bagagens «f» | chamada «id» | dur «mm»min]\n\n", f=lower(brand), id=g.hexs(12),
          mm=g.ri(6, 22))
    A, C = "atendente: ", "cliente: "
    doc.f(A + "«f» bagagens boa noite meu nome e «a» em que posso ajudar\n", f=lower(brand), a=P(lower(ag.first)))
    doc.f(C + "boa noite e «n» eu cheguei de «o» no «fl» e minha mala nao apareceu na esteira\n",
          n=P(lower(g.pick([c.full, c.short, c.first]))), o=lower(a[1]), fl=" ".join(fl.lower()))
    doc.f(A + "a senhora abriu o rib no aeroporto\n" if c.female else A + "o senhor abriu o rib no aeroporto\n")
    doc.f(C + "abri sim o numero e «r»\n", r=" ".join([lower(rb[:3]), lower(rb[3:5]), " ".join(rb[5:])]))
    doc.f(A + "pra confirmar o cadastro me fala o cpf do titular\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.7):
        doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(A + "descreve a bagagem pra mim\n" + C + "«b»\n", b=lower(bag))
    doc.f(A + "a mala ja foi localizada em «x» ela vem no proximo voo a entrega e em domicilio qual o endereco\n",
          x=lower(g.pick(AIRPORTS)[1]))
    doc.f(C + "«ad» «bb» cep «cep»\n", ad=(g.address("stt"), "ADDRESS"), bb=lower(g.pick(BAIRROS)),
          cep=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in (0, 2, 4, 6)), spoken_digits(g.cep(False))]), "BR_CEP"))
    if g.chance(0.4):
        rel = g.relative(c)
        doc.f(C + "se eu nao tiver em casa pode deixar com «o» «r» «k»\n", o="a minha" if rel.female else "o meu",
              r=g.pick(["filha", "irma"]) if rel.female else g.pick(["filho", "irmao"]), k=P(lower(g.pick([rel.first, rel.full]))))
    doc.f(A + "um telefone pra contato do motorista\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "pela resolucao quatrocentos o prazo e de sete dias para voo domestico e «sr» tem direito a ressarcimento das despesas "
              "de primeira necessidade manda as notas pro e-mail «r» arroba «d»\n" + C + "anotado\n",
          r="bagagem", d=dom.replace(".", " ponto "), sr="a senhora" if c.female else "o senhor")
    doc.f(A + "o protocolo e «pr» «w»\n\n", pr=" ".join(g.d(3) for _ in range(3)),
          w=g.pick(["mais alguma coisa", "obrigada por ligar", "boa noite"]))
    doc.t("--- registro do atendimento ---\n")
    fields = [("Protocolo", V(g.protocol())), ("RIB/PIR", V(rb)), ("Passageiro", P(g.pick([c.full, gds_name(c, g)]))),
              ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Voo", V(f"{fl} {a[0]}-{b[0]}")), ("Etiqueta", V(bagtag(g, code, pref))),
              ("Descrição", V(bag)), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    if g.chance(0.5):
        fields.append(("Nasc. (cadastro)", (g.dob("br", 1950, 2006), "DATE_OF_BIRTH")))
    if g.chance(0.8):
        city = g.pick(AIRPORTS)
        fields += [("Entrega", (g.address("text"), "ADDRESS")), ("Cidade/UF", V(f"{city[1]}/{city[2]}")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Status", V(g.pick(["LOCALIZADA - AGUARDANDO EMBARQUE", "EM ROTA DE ENTREGA", "NAO LOCALIZADA - BUSCA MUNDIAL (WorldTracer)"]))),
               ("Atendente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "dots", "box"]))
    return doc


def at_email_pnae(g: Gen) -> Doc:
    """E-mail thread: special assistance for a PNAE passenger (wheelchair, oxygen), the MEDIF transcribed, the desk's reply."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    fam = g.person(female=g.chance(0.7))
    pax = Person(g.person(female=True).given, [s for s in fam.surnames if s not in PARTICLES][-1:], True) if g.chance(0.6) else g.person()
    an = g.person(female=g.chance(0.6))
    dr = g.person()
    t1 = g.moments(1, g.day(), 1, (7, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 40))
    fm = g.email(fam)
    am = corp_mail(an, dom, g)
    loc = pnr(g)
    dr_crm = g.council("CRM")
    hdr(doc, g, "De", an, am, 0.2)
    hdr(doc, g, "Para", fam, fm, 0.5)
    doc.f("Cc: «cc»\nData: «d»\nAssunto: RE: Assistência especial — reserva «l»\n\n", cc=role_mail(g, dom, "assistenciaespecial"),
          d=mail_date(t2), l=loc)
    doc.f("«f»,\n\nRegistramos para «p» o atendimento «w» no voo «fl» («a» → «b»). Como haverá uso de concentrador de "
          "oxigênio portátil (POC), o MEDIF precisa ser enviado com 72 horas de antecedência (Resolução ANAC 280/2013). Abaixo transcrevemos o "
          "formulário recebido; falta a assinatura do médico assistente na parte 2.\n\n",
          f=g.pick([V("Prezada(o) cliente"), V("Olá"), V("Bom dia")]), p=g.pick([P(pax.full), P(pax.first), V("a passageira" if pax.female else "o passageiro")]), w=g.pick(["WCHC (cadeira de rodas até o assento)", "WCHS (cadeira até a porta)",
                                                                            "WCHR + POC"]), fl=flight(g, code), a=a[0], b=b[0])
    icd = g.pick([("J44.1", "DPOC exacerbada"), ("I50.0", "insuficiência cardíaca congestiva"), ("J84.1", "fibrose pulmonar"),
                  ("C34.9", "neoplasia pulmonar"), ("Z99.8", "dependência de oxigenoterapia")])
    fields = [("MEDIF parte 1 — Passageiro", P(g.pick([pax.full, pax.caps]))), ("Data de nascimento", (g.dob("br", 1932, 1960), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Acompanhante", V("a(o) remetente")), ("CPF acompanhante", (g.cpf(), "BR_CPF")),
              ("Telefone de contato", (g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER")),
              ("MEDIF parte 2 — Médico assistente", P(dr.full)), ("CRM", (dr_crm, "PROFESSIONAL_ID")),
              ("Tel. consultório", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")),
              ("Diagnóstico / CID", V(f"{icd[1]} ({icd[0]})")), ("Oxigênio a bordo", V(f"{g.ri(1, 4)} L/min contínuo")),
              ("Maca", V("não")), ("Apto para o voo", V("sim, acompanhado"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nO concentrador deve ter bateria para 150% do tempo de voo. No dia, apresente-se no balcão de atendimento prioritário com 2h de "
          "antecedência.\n\nAtenciosamente,\n«a»\nAssistência Especial — «f»\n«t»\n\n", a=P(g.pick([an.full, an.first])), f=brand,
          t=(sac_0800(g), "PHONE_NUMBER") if g.chance(0.5) else (g.phone("par", mobile=False), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.t("-----Mensagem original-----\n")
        hdr(doc, g, "De", fam, fm, 0.5)
        doc.f("Enviada em: «d»\nPara: «to»\nAssunto: Assistência especial — reserva «l»\nX-Originating-IP: [«ip»]\n\n", d=ts(t1, "br"),
              to=role_mail(g, dom, "assistenciaespecial"), l=loc, ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «f» <«fm»> escreveu:\n", d=ts(t1, "br"), f=P(fam.full), fm=(fm, "EMAIL_ADDRESS"))
        q = "> "
    rel = g.pick(["minha mãe", "minha sogra", "minha avó"] if pax.female else ["meu pai", "meu tio", "meu sogro"])
    doc.f(q + "Bom dia. «r», «p», tem «i» anos, usa oxigênio e não anda sozinh«o». Vamos viajar no dia «d» para a casa da família.\n",
          r=rel.capitalize(), p=P(g.pick([pax.full, pax.short])), i=g.ri(66, 92), o=pax.o, d=dbr(g.after(t1.date(), 4, 30)))
    doc.f(q + "«om» d«e» é «dr» («crm»). Podem ligar no meu celular «t».\n", dr=P(g.pick([dr.full, dr.short])),
          om="A médica" if dr.female else "O médico", crm=(dr_crm, "PROFESSIONAL_ID"), t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"),
          e="ela" if pax.female else "ele")
    if g.chance(0.4):
        doc.f(q + "Endereço para correspondência: «ad», CEP «cep».\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(q + "\n" + q + "«s»\n", s=g.pick([P(fam.first), V("Obrigada"), V("Att."), V("Obrigada desde já")]))
    return doc


def at_pnr_gds(g: Gen) -> Doc:
    """A PNR display pasted from the reservations system (GDS-style elements, SSR DOCS/CTCE/CTCM, OSI with CPF) and the agent's note."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    d = g.day()
    office = f"{a[0]}{code}0{g.ri(100, 899)}"
    loc = pnr(g)
    ag = g.person(female=g.chance(0.5))
    sup = g.person()
    pax = [g.person()]
    if g.chance(0.6):
        pax.append(g.spouse(pax[0]))
    kids = []
    if g.chance(0.5):
        kids.append(g.relative(pax[0]))
    doc.f("RP/«o»/«o»            «s»/SU  «d»/«h»Z   «l»\n", o=office, s=g.pick(["AA", "BR", "GS"]),
          d=gds_date(d) + f"{d.year % 100:02d}", h=f"{g.ri(0, 23):02d}{g.ri(0, 59):02d}", l=loc)
    k = 1
    for p in pax:
        doc.f("  «k».«n» «t»", k=k, n=P(gds_name(p, g)), t=gds_title(p))
        k += 1
    for kd in kids:
        doc.f("  «k».«n» «t»(CHD/«dob»)", k=k, n=P(gds_name(kd, g)), t=gds_title(kd, True), dob=(g.dob("gds", 2014, 2022), "DATE_OF_BIRTH"))
        k += 1
    doc.t("\n")
    npax = len(pax) + len(kids)
    fd = g.after(d, 3, 60)
    doc.f("  «k»  «c»«n» «cl» «dd» «w» «a»«b» HK«np»  «h1» «h2»  «dd»  E  «c»/«l»\n", k=k, c=code, n=g.ri(1000, 9899),
          cl=g.pick("YBMHKLQ"), dd=gds_date(fd), w=fd.isoweekday(), a=a[0], b=b[0], np=npax, h1=f"{g.ri(5, 21):02d}{g.pick(['05', '20', '40', '55'])}",
          h2=f"{g.ri(6, 23):02d}{g.pick(['10', '35', '50'])}", l=loc)
    k += 1
    ph = g.msisdn()
    doc.f("  «k» AP «c» «p» - «t»\n", k=k, c=a[0], p=(g.fmt_phone(ph[0], ph[1], g.pick(["plain", "par", "dash"])), "PHONE_NUMBER"),
          t=g.pick(["M", "H", "B"]))
    k += 1
    if g.chance(0.5):
        doc.f("  «k» AP «c» «p» - H\n", k=k, c=a[0], p=(g.phone(g.pick(["plain", "par"]), mobile=False), "PHONE_NUMBER"))
        k += 1
    mail = g.email(pax[0])
    doc.f("  «k» APE «e»\n", k=k, e=(mail.upper(), "EMAIL_ADDRESS"))
    k += 1
    doc.f("  «k» TK OK«d»/«o»\n", k=k, d=gds_date(d), o=office)
    k += 1
    for i, p in enumerate(pax, 1):
        if g.chance(0.6):
            exp = g.after(d, 300, 3000)
            doc.f("  «k» SSR DOCS «c» HK1 P/BRA/«pp»/BRA/«dob»/«sx»/«ex»/«n»/P«i»\n", k=k, c=code, pp=f"{g.up(2)}{g.d(6)}",
                  dob=(g.dob("gds", 1945, 2004), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
                  ex=f"{exp.day:02d}{MON_EN[exp.month - 1].upper()}{exp.year % 100:02d}", n=P(gds_name(p, g)), i=i)
            k += 1
    doc.f("  «k» SSR CTCM «c» HK1/«p»/P1\n", k=k, c=code, p=("55" + ph[0] + ph[1], "PHONE_NUMBER"))
    k += 1
    if g.chance(0.7):
        enc = mail.upper().replace("_", "..").replace("@", "//")
        doc.f("  «k» SSR CTCE «c» HK1/«e»/P1\n", k=k, c=code, e=(enc, "EMAIL_ADDRESS"))
        k += 1
    for i, p in enumerate(pax + kids, 1):
        if i <= len(pax) or g.chance(0.6):
            doc.f("  «k» OSI «c» CPF «x» P«i»\n", k=k, c=code, x=(g.cpf("raw"), "BR_CPF"), i=i)
            k += 1
    if g.chance(0.5):
        doc.f("  «k» SSR «s» «c» NN1/P1\n", k=k, s=g.pick(["WCHR", "WCHS", "DEAF", "BLND", "MAAS", "SPML", "PETC"]), c=code)
        k += 1
    doc.f("  «k» SSR TKNE «c» HK1 «a»«b» «n»«cl»«dd»/«t»/P1\n", k=k, c=code, a=a[0], b=b[0], n=g.ri(1000, 9899), cl="Y",
          dd=gds_date(fd), t=eticket(g, pref, "raw") + "C1")
    k += 1
    doc.f("  «k» RM «r»\n", k=k, r=g.pick(["PAX SOLICITOU REEMBOLSO TX EMBARQUE", "REACOMODADO POR CANCELAMENTO - RES 400 ART 12",
                                         "PAX PCD - CADEIRA PROPRIA DESPACHADA", "NAO OFERECER UPGRADE - RECLAMACAO ANAC EM ABERTO",
                                         "MARCACAO DE ASSENTO GRATUITA - ASSISTENCIA ESPECIAL"]))
    k += 1
    doc.f("  «k» FA PAX «t»/ET«c»/BRL«v»/«d»/«o»/«ag»/S3\n", k=k, c=code, t=eticket(g, pref, "dash"), v=brl(g.ri(280, 3900) + 0.0).replace(".", ""),
          d=gds_date(d) + f"{d.year % 100:02d}", o=office, ag=f"{g.d(8)}")
    doc.t("\nHISTORY\n")
    sc = f"{g.d(4)}{g.up(2)}"
    doc.f("000 OS/«d» «h» «o» «sc» AA  \n000 RF-«rf»\n", d=gds_date(d), h=f"{g.ri(0, 23):02d}{g.ri(0, 59):02d}", o=office, sc=sc,
          rf=g.pick([P(fold(pax[0].first).upper()), V("PAX"), V("SITE"), V("APP")]))
    doc.f("001 XS «c»«n» Y «dd» «a»«b» HX«np»\n", c=code, n=g.ri(1000, 9899), dd=gds_date(g.after(d, 2, 30)), a=a[0], b=b[0], np=npax)
    doc.f("001 RF-«s»\n\n", s=V(login(ag, g)) if g.chance(0.6) else P(fold(ag.first).upper()))
    doc.f("Obs. do atendimento («a»): ", a=g.pick([P(ag.full), P(ag.short), V(login(ag, g))]))
    p = pax[0]
    k = g.ri(0, 2)
    tpl = ["passageir«o» «n» ligou pedindo troca de titularidade da reserva para «x»; informado que a tarifa não permite (bilhete "
           "nominal e intransferível). Supervisão («s») ciente.\n",
           "«n» informou que o CPF do cadastro estava errado, corrigido no OSI. Novo contato: «x». Validado com «s».\n",
           "cliente «n» pediu para incluir «x» na reserva (mesmo voo); feito como nova reserva e vinculada por OSI. Autorizado por «s».\n"][k]
    doc.f(tpl, o=p.o, n=P(g.pick([p.full, p.first])), s=g.pick([P(sup.first), P(sup.full), V(login(sup, g))]),
          x=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if k == 1 else P(g.person().full))
    return doc


def at_achados_perdidos(g: Gen) -> Doc:
    """An airport's lost-and-found register (semicolon CSV) and the supervisor's notes on deliveries to owners and third parties."""
    doc = Doc()
    op = g.pick(OPERATORS)
    ap = airport(g)
    d = g.day()
    sup = g.person()
    doc.f("«o» — «a» («c»)\nACHADOS E PERDIDOS — livro de registro — semana de «d»\n\n", o=op, a=ap[3], c=ap[0], d=dbr(d))
    doc.t("data_hora;local;item;documento_no_item;nome_no_documento;encontrado_por;status\n")
    owners = []
    for t in g.moments(g.ri(3, 4), d, 6, (0, 24)):
        owner = g.person()
        owners.append(owner)
        finder = g.person()
        doc.t(ts(t, "br") + ";" + g.pick(["Portão 12", "Esteira 3", "Sala de embarque B", "Raio-X canal 2", "Banheiro fem. T2",
                                          "Praça de alimentação", "Ponte de embarque 5", "Aeronave " + aircraft_reg(g) + " (limpeza)",
                                          "Meio-fio desembarque"]) + ";")
        r = g.rng.random()
        if r < 0.3:
            doc.f("carteira marrom;RG «v»;«n»;", v=(g.rg(), "BR_RG"), n=P(g.pick([owner.caps, owner.full])))
        elif r < 0.45:
            doc.f("porta-documentos;CNH «v»;«n»;", v=(g.cnh(), "BR_CNH"), n=P(g.pick([owner.caps, owner.full])))
        elif r < 0.6:
            doc.f("cartão de embarque + celular;CPF «v»;«n»;", v=(g.cpf(), "BR_CPF"), n=P(gds_name(owner, g)))
        elif r < 0.7:
            doc.f("passaporte;passaporte (enviado à PF);«n»;", n=P(owner.caps))
        else:
            doc.t(g.pick(["fone de ouvido sem fio", "óculos de grau", "casaco bege", "notebook (sem identificação)", "guarda-chuva rosa",
                          "bicho de pelúcia (leão)", "garrafa térmica branca"]) + ";-;-;")
        doc.f("«f»;«s»\n", f=g.pick([P(finder.first), V("equipe limpeza"), V("limpeza"), V("APAC"), V("balcão cia")]),
              s=g.pick(["aguardando", "aguardando", "entregue ao dono", "entregue a terceiro autorizado", "enviado pelos Correios", "descartado (90 dias)"]))
    doc.f("\nNotas da supervisão («s»):\n", s=g.pick([P(sup.short), V(login(sup, g)), V(login(sup, g))]))
    o1 = g.pick(owners)
    th = g.person()
    doc.f("- Item de «o» retirado por «t», com autorização assinada e cópia do documento (RG «rg», CPF «c»). Tel. de contato «p».\n",
          o=P(g.pick([o1.full, o1.short])), t=P(th.full), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.7):
        o2 = g.pick(owners)
        city = g.pick(AIRPORTS)
        doc.f("- «o» pediu envio por Sedex a cobrar para «ad», «ci»/«uf», CEP «cep». E-mail para o código de rastreio: «e».\n",
              o=P(g.pick([o2.full, o2.first])), ad=(g.address(), "ADDRESS"), ci=city[1], uf=city[2], cep=(g.cep(), "BR_CEP"),
              e=(g.email(o2), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        apac = g.person()
        doc.f("- Mochila abandonada no saguão às «h»: isolamento da área pela APAC «a» e acionamento da PF; dono localizado pelo "
              "sistema de som, «n», voo «fl». Liberad«o» após vistoria.\n", h=g.hm(), a=P(g.pick([apac.full, apac.short])),
              n=g.pick([P(o1.full), V("passageiro em conexão")]), fl=flight(g, g.pick(AIRLINES)[3]), o="a" if g.chance(0.5) else "o")
    if g.chance(0.6):
        doc.f("- «x» com placa «p» «y»\n", x=g.pick(["Chave de carro encontrada no estacionamento P2, chaveiro", "Veículo parado no meio-fio do embarque há 3h,"]),
              p=(g.plate(), "LICENSE_PLATE"), y=g.pick(["— proprietário avisado pelo cadastro do estacionamento.", "— acionado o guincho.",
                                                       "— aguardando retirada no balcão."]))
    if g.chance(0.4):
        doc.f("- «w»\n", w=word_neg(g))
    return doc


def at_fidelidade_json(g: Gen) -> Doc:
    """A loyalty programme's support chat as one-line JSON events: a hijacked account, miles moved to a stranger, tickets for third parties."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    u = g.person()
    ag = g.person(female=g.chance(0.5))
    t0 = g.moments(1, g.day(), 1, (6, 23))[0]
    tt = iter(seq_times(g, 30, t0, 5, 240))
    sid = g.hexs(16)

    def ev(kind: str, **fields):
        rec = {"ts": ts(next(tt), "iso"), "session": sid, "event": kind}
        rec.update(fields)
        jval(doc, rec, None)
        doc.t("\n")

    cpf = g.cpf(g.pick(["dot", "raw"]))
    ev("session_start", channel=g.pick(["app", "web"]), member={"name": P(g.pick([u.full, u.caps])), "cpf": (cpf, "BR_CPF"),
                                                                  "number": loyalty_no(g), "tier": g.pick(["Prata", "Ouro", "Diamante", "Clássico"])},
       ip=(g.ip(), "IP_ADDRESS"))
    ev("msg", sender="bot", text=f"Oi! Aqui é o atendimento {prog}. Como posso ajudar?")
    ev("msg", sender="user", text=g.pick(["sumiram 80 mil milhas da minha conta", "alguém emitiu passagem com meus pontos",
                                          "recebi e-mail de troca de senha que não fui eu"]))
    ev("handoff", queue="antifraude", agent=(ag.full, "PERSON") if g.chance(0.5) else login(ag, g))
    for _ in range(g.ri(2, 4)):
        ev("login_history", at=ts(t0 - datetime.timedelta(hours=g.ri(2, 200)), "iso"), ip=(g.ip(), "IP_ADDRESS"),
           device=g.pick(["Android 13", "iPhone 14", "Windows 10 / Chrome", "Linux / Firefox"]), result=g.pick(["ok", "ok", "otp_fail"]))
    thief = g.person()
    ev("redemption", type=g.pick(["award_ticket", "transfer"]), miles=g.ri(15, 120) * 1000,
       passenger={"name": P(gds_name(thief, g)), "birth": (g.dob("iso", 1975, 2004), "DATE_OF_BIRTH")} if g.chance(0.6) else {"name": P(thief.caps)},
       pnr=pnr(g), origin_ip=(g.ip(), "IP_ADDRESS"), flagged=True)
    ev("msg", sender="agent", agent_name=P(ag.first), text="Vi uma emissão para outra pessoa com as suas milhas. Você conhece?",
       about=P(g.pick([thief.last.upper(), thief.full, gds_name(thief, g)])))
    ev("msg", sender="user", text="não conheço! e o email da conta foi trocado, o meu é", email=(g.email(u), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        ev("msg", sender="user", text="o cartão do clube também foi trocado, o meu é esse", card=(g.card(spaced=g.chance(0.5)), "CREDIT_CARD"))
        ev("moderation", action="masked_in_ui", rule="card_number")
    ev("account_action", action="block_redemptions", reason="suspeita de ATO", by=login(ag, g))
    if g.chance(0.7):
        ev("profile_update", field="phone", value=(g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.7):
        ev("profile_update", field="address", value=(g.address("text"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    if g.chance(0.4):
        ev("profile_update", field="birth_date", value=(g.dob("iso", 1955, 2004), "DATE_OF_BIRTH"), reason="correção de cadastro")
    ev("msg", sender="agent", text="Bloqueei novos resgates. O estorno das milhas é analisado em até 10 dias úteis; protocolo enviado por e-mail.")
    ev("session_end", rating=g.ri(1, 5), upstream=g.ip_priv())
    return doc


def at_menor_desacompanhado(g: Gen) -> Doc:
    """An unaccompanied-minor form (digital boxes or an OCR'd paper form): the child, who delivers and who collects, the escort."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    par = g.person(female=g.chance(0.6))
    kid = g.relative(par)
    rec = g.person()
    esc = g.person(female=g.chance(0.7))
    cki = g.person()
    paper = g.chance(0.35)
    d = g.day()
    if paper:
        O = lambda s: ocr_t(caps_t(s), g, 0.2)  # noqa: E731
        nm = lambda s: ocr(fold(s).upper(), g)  # noqa: E731
    else:
        O = lambda s: s  # noqa: E731
        nm = lambda s: s  # noqa: E731
    doc.f(O("«f» — FORMULÁRIO DE MENOR DESACOMPANHADO (UM)\nVoo «fl»  «a» → «b»  Data «d»  Localizador «l»\n\n"),
          f=fold(brand).upper() if paper else brand, fl=flight(g, code), a=a[0], b=b[0], d=dbr(d), l=pnr(g))
    dd, mm, yy = g.dob_parts(2013, 2020)
    age = d.year - yy - ((d.month, d.day) < (mm, dd))
    fields = [("Criança", P(nm(kid.full))), ("Data de nascimento", (fmt_date(dd, mm, yy, g.pick(["br", "nopad"])), "DATE_OF_BIRTH")),
              ("Idade", V(f"{age} anos")), ("Observações de saúde", V(g.pick(["nenhuma", "alergia a amendoim", "asma leve (bombinha na mochila)", "TEA — evitar ruído"]))),
              ("Responsável no embarque", P(nm(par.full)))]
    r = g.rng.random()
    if r < 0.6:
        fields.append(("RG", (g.rg(), "BR_RG")))
    elif r < 0.85:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields += [("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")),
               ("Endereço", (nm(g.address("caps" if paper else "text")), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               ("Quem recebe no destino", P(nm(rec.full))),
               ("Parentesco", V(g.pick(["avó", "tia", "mãe", "madrinha"] if rec.female else ["avô", "tio", "pai", "padrinho"])))]
    if g.chance(0.5):
        fields += [("Endereço (recebedor)", (nm(g.address("caps" if paper else "text")), "ADDRESS")), ("CEP (recebedor)", (g.cep(), "BR_CEP"))]
    r = g.rng.random()
    if r < 0.6:
        fields.append(("Documento (recebedor)", (g.rg(), "BR_RG")))
    else:
        fields.append(("CNH (recebedor)", (g.cnh(), "BR_CNH")))
    fields += [("CPF (recebedor)", (g.cpf(), "BR_CPF")), ("Celular (recebedor)", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if not paper and g.chance(0.8):
        fields.append(("E-mail do responsável", (g.email(par), "EMAIL_ADDRESS")))
    fields.append(("Taxa UM", V(f"R$ {brl(g.pick([150, 180, 200, 250]) + 0.0)} por trecho")))
    if paper:
        fields = [(fold(k).upper(), v if v[1] else V(fold(v[0]).upper())) for k, v in fields]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]) if not paper else "plain")
    doc.t(O("\nDeclaro que a criança viaja com autorização (ECA, Lei 8.069/1990, art. 83; Resolução CNJ 295/2019) e que a pessoa indicada "
            "estará no desembarque. A criança só será entregue mediante apresentação do documento original.\n"))
    doc.f(O("\nCheck-in: «c» («m»)   Tripulante acompanhante: «e»\n"), c=P(nm(g.pick([cki.full, cki.short]))), m=crew_badge(g),
          e=P(nm(g.pick([esc.full, esc.first]))))
    if g.chance(0.5):
        doc.f(O("Entregue no desembarque às «h» a «r» — conferido por «s».\n"), h=g.hm(), r=P(nm(g.pick([rec.full, rec.first]))),
              s=g.pick([P(nm(g.person().full)), V(O("agente de solo")), V(O("supervisão"))]))
    if paper:
        doc.t("\nASSINATURA DO RESPONSÁVEL: [assinatura]\n")
    return doc


AT = [at_zap_cancelamento, at_stt_bagagem, at_email_pnae, at_pnr_gds, at_achados_perdidos, at_fidelidade_json, at_menor_desacompanhado]


# =========================================================================== juridico


def ju_peticao_atraso(g: Gen) -> Doc:
    """A small-claims petition: a delayed flight, a missed connection, a night on the airport floor (Res. ANAC 400, CDC art. 14)."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    city, uf = a[1], a[2]
    au = g.person()
    co = g.spouse(au) if g.chance(0.5) else None
    kid = g.relative(au) if g.chance(0.4) else None
    d = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n",
          n=g.ri(1, 9), c=fold(city).upper(), u=uf)
    qualify(g, doc, au, email=True, phone=g.chance(0.8), dob=g.chance(0.3))
    if co:
        doc.t(", e ")
        qualify(g, doc, co, email=g.chance(0.4), addr=False, civil="casada" if co.female else "casado")
        doc.t(", residente no mesmo endereço")
    if kid:
        doc.t(", e ")
        doc.e(kid.full, "PERSON")
        doc.f(", menor, nascid«o» em «d», neste ato representad«o» por seus genitores", o=kid.o,
              d=(g.dob(g.pick(["br", "long"]), 2011, 2022), "DATE_OF_BIRTH"))
    doc.f(", vêm, por seus advogados, propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de «r», pessoa jurídica de direito "
          "privado, inscrita no CNPJ sob o nº «cn», pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n", r=fold(legal).upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"))
    conn = g.pick(AIRPORTS)
    hrs = g.ri(5, 31)
    doc.f("«a» adquiri«r» bilhetes (localizador «l», bilhete «t») para o voo «fl», de «o» para «de», com conexão em «cx», em «dd». O voo "
          "atrasou «h» horas por «mot», a conexão foi perdida e a ré só reacomodou «pr» no dia seguinte. Não houve hotel: «pp» "
          "passaram a noite no saguão do «ap», sem alimentação adequada, em violação aos arts. 26 e 27 da Resolução ANAC nº 400/2016.\n\n",
          a="Os autores" if (co or kid) else ("A autora" if au.female else "O autor"), r="ram" if (co or kid) else "u", l=pnr(g),
          t=eticket(g, pref), fl=flight(g, code), o=a[1], de=b[1], cx=conn[1], dd=dbr(d, "long"), h=hrs, mot=g.pick(CANCEL_REASONS),
          pr="os passageiros" if (co or kid) else ("a passageira" if au.female else "o passageiro"),
          pp="todos" if (co or kid) else ("ela" if au.female else "ele"), ap=conn[3])
    if kid:
        doc.f("A criança «k», com «i» anos, dormiu no chão, e a família só recebeu um voucher de R$ «v» às «hh».\n\n",
              k=P(kid.first), i=g.ri(3, 12), v=brl(g.pick([30, 40, 50]) + 0.0), hh=g.hm())
    wit = g.person()
    mat, mor = g.ri(80, 900) + 0.9, g.ri(3, 15) * 1000.0
    doc.f("O atendimento foi prestado no balcão pel«o» funcionári«o» «w», que se recusou a entregar declaração de contingência. Outr«wa» "
          "passageir«wa» do mesmo voo, «x», CPF «xc», presenciou os fatos e será arrolad«wa» como testemunha.\n\n", wa=wit.o,
          o=g.pick(["a", "o"]), w=g.pick([P(g.person().first), V("de plantão"), P(g.person().full)]), x=P(wit.full), xc=(g.cpf(), "BR_CPF"))
    doc.f("II — DO DIREITO\n\nA responsabilidade da ré é objetiva (Lei 8.078/1990, art. 14; Lei 7.565/1986, art. 256). O dano moral é "
          "presumido em atraso superior a quatro horas com pernoite sem assistência, como decidido nos autos nº «c1» e «c2».\n\n"
          "III — DOS PEDIDOS\n\na) a citação da ré; b) a condenação ao pagamento de R$ «m» a título de danos materiais (alimentação e "
          "transporte); c) danos morais de R$ «dm» para cada autor; d) a inversão do ônus da prova (CDC, art. 6º, VIII).\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\n«ci», «dt».\n\n", c1=g.cnj(CNJ_SEG.get(uf, "8.26")), c2=g.cnj(), m=brl(mat),
          dm=brl(mor), vc=brl(mat + mor * (1 + (co is not None) + (kid is not None))), ci=city, dt=dbr(g.after(d, 10, 90), "long"))
    lawyer_sig(g, doc, n=g.pick([1, 1, 2]))
    return doc


def ju_procon_agencia(g: Gen) -> Doc:
    """A Procon record in ALL CAPS: a travel agency sold a package and never refunded the cancelled flights; the agency's answer."""
    doc = Doc()
    fan, raz, dom = g.pick(AGENCIES)
    brand, legal, adom, code, prog, pref = airline(g)
    ap = airport(g)
    city, uf = ap[1], ap[2]
    c = g.person()
    att = g.person()
    conc = g.person()
    mgr = g.person()
    vend = g.person()
    d = g.day()
    U = caps_t
    doc.f(U("PROCON «c» — FICHA DE ATENDIMENTO Nº «n»\nDATA: «d»   ATENDENTE: «a»\n\n"), c=fold(city).upper(),
          n=f"{g.ri(2025, 2026)}.{g.d(3)}.{g.d(6)}-{g.d(1)}", d=dbr(d), a=P(fold(g.pick([att.full, att.short])).upper()))
    fields = [("CONSUMIDOR(A)", P(c.capsf)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG") if g.chance(0.7) else V("NAO APRESENTADO")),
              ("NASCIMENTO", (g.dob("br", 1945, 2004), "DATE_OF_BIRTH")), ("ENDERECO", (g.address("caps"), "ADDRESS")),
              ("BAIRRO", V(fold(g.pick(BAIRROS)).upper())), ("CEP", (g.cep(), "BR_CEP")),
              ("TELEFONE", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("TELEFONE 2", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER") if g.chance(0.4) else V("-")),
              ("E-MAIL", (g.email(c).upper(), "EMAIL_ADDRESS") if g.chance(0.7) else V("NAO POSSUI")),
              ("FORNECEDOR 1", V(fold(raz).upper())), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")),
              ("FORNECEDOR 2", V(fold(legal).upper())), ("CNPJ ", (g.any_cnpj(), "BR_CNPJ"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    dest = g.pick(INTL)
    doc.f(U("\nRELATO: CONSUMIDOR«a» ADQUIRIU EM «d1» PACOTE PARA «de» (AEREO «f» + HOTEL) NA «ag», PELO VALOR DE R$ «v», PAGO EM «p»X "
            "NO CARTAO «cc». O VOO DE IDA FOI CANCELADO PELA COMPANHIA E «ov» «vd» PROMETEU REEMBOLSO EM 30 DIAS. PASSADOS «m» MESES, "
            "NADA FOI DEVOLVIDO E A AGENCIA ALEGA QUE O VALOR ESTA COM A COMPANHIA AEREA, QUE POR SUA VEZ DIZ TER REPASSADO A AGENCIA. "
            "PEDE REEMBOLSO INTEGRAL CORRIGIDO (LEI 14.034/2020, ART. 3º) E INFORMACAO DO LOCALIZADOR «l».\n\n"),
          a="A" if c.female else "", d1=dbr(g.after(d, -300, -60)), de=fold(dest[1]).upper(), f=fold(brand).upper(), ag=fold(fan).upper(),
          v=brl(g.ri(3, 18) * 1000 + g.ri(0, 99) / 100), p=g.pick([6, 10, 12]), cc=g.masked_card(),
          ov="A VENDEDORA" if vend.female else "O VENDEDOR", vd=P(fold(g.pick([vend.first, vend.short])).upper()), m=g.ri(3, 9), l=pnr(g))
    if g.chance(0.8):
        doc.f(U("RESPOSTA DO FORNECEDOR 1 (EM «d»): A AGENCIA INFORMA QUE O REEMBOLSO FOI SOLICITADO A CIA AEREA NO SISTEMA BSP E "
                "QUE SE COMPROMETE A ADIANTAR O VALOR EM «n» PARCELAS. ASSINA: «m», SOCI«o» ADMINISTRADOR«a», E-MAIL «e».\n\n"),
              d=dbr(g.after(d, 5, 20)), n=g.ri(2, 6), m=P(mgr.capsf), o="A" if mgr.female else "O", a="A" if mgr.female else "",
              e=(corp_mail(mgr, dom, g).upper(), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, dom, "reembolso").upper()))
    doc.f(U("AUDIENCIA DE CONCILIACAO: «d» — CONCILIADOR«a»: «c» — RESULTADO: «r»\n"), d=dbr(g.after(d, 20, 45)),
          a="A" if conc.female else "", c=P(conc.capsf), r=g.pick(["ACORDO", "ACORDO", "SEM ACORDO — ENCAMINHADO AO JEC", "FORNECEDOR 2 AUSENTE"]))
    if g.chance(0.4):
        doc.f(U("OBS: «w»\n"), w=fold(word_neg(g)).upper())
    return doc


def ju_consumidor_gov(g: Gen) -> Doc:
    """A consumidor.gov.br complaint as the company's back office prints it: the consumer's data, the story, the answer, the rating."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    c = g.person()
    an = g.person(female=g.chance(0.6))
    d = g.day()
    rb = rib(g, b[0], code)
    doc.f("consumidor.gov.br — Área da Empresa — «f»\nReclamação nº «n»   Registrada em «d»   Prazo de resposta: 10 dias\n"
          "Assunto: Transporte Aéreo > Bagagem > Extravio\n\n", f=brand, n=f"{d.year}.{g.d(2)}/{g.d(8)}", d=dbr(d))
    doc.t("DADOS DO CONSUMIDOR (visíveis apenas para a empresa)\n")
    city = g.pick(AIRPORTS)
    ccpf = g.cpf()
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (ccpf, "BR_CPF")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Telefone 2", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.4) else V("—")), ("CEP", (g.cep(), "BR_CEP")),
              ("Cidade/UF", V(f"{city[1]}/{city[2]}")), ("Faixa etária", V(g.pick(["entre 21 e 30 anos", "entre 31 e 40 anos", "entre 41 e 50 anos",
                                                                                   "entre 51 e 60 anos", "entre 61 e 70 anos"])))]
    kv_block(g, doc, fields, "plain")
    doc.f("\nRELATO\nViajei no voo «fl» de «o» para «de» em «dd» e minha mala («bg») não chegou. Abri o RIB «r» no aeroporto e até hoje, "
          "«n» dias depois, ninguém me dá resposta. Tive que comprar roupas e remédios, gastei R$ «v». A atendente «at» do balcão "
          "disse que a mala estava em «x», mas depois sumiu do sistema. Já liguei no 0800 umas dez vezes.«cpt»«cp»\n\n",
          fl=flight(g, code), o=a[1], de=b[1], dd=dbr(g.after(d, -25, -8)), bg=g.pick(BAGS), r=rb, n=g.ri(8, 25), v=brl(g.ri(200, 2500) + 0.0),
          at=g.pick([P(g.person(female=True).first), V("de plantão")]), x=g.pick(AIRPORTS)[1],
          **(dict(cpt=" Meu CPF: ", cp=(ccpf, "BR_CPF")) if g.chance(0.5) else dict(cpt="", cp=V(""))))
    doc.f("PEDIDO\nQuero a mala ou a indenização pelo conteúdo, e o ressarcimento das despesas (notas em anexo). Se for depósito: «bk», "
          "agência «ag», conta «ac», em nome de «n».\n\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          n=P(g.pick([c.full, c.short])))
    doc.f("RESPOSTA DA EMPRESA («d»)\nOlá, «n». Lamentamos o ocorrido. Sua bagagem segue em busca pelo sistema mundial de rastreamento "
          "(referência «r»). Conforme a Resolução ANAC 400/2016, art. 32, após 7 dias a bagagem é considerada extraviada e a indenização "
          "é paga em até 7 dias. Para isso, envie a declaração de conteúdo para «m». O ressarcimento das despesas emergenciais foi "
          "aprovado e será depositado na conta informada.\n«s» — Equipe de Relacionamento «f»\n\n",
          d=dbr(g.after(d, 2, 9)), n=P(g.pick([c.first, c.first, c.full])), r=rb, m=role_mail(g, dom, g.pick(["bagagem", "bagagens", "sinistros"])),
          s=P(g.pick([an.initial, an.first, an.full])), f=brand)
    ok = g.chance(0.5)
    doc.f("AVALIAÇÃO DO CONSUMIDOR\nResolvida: «r»   Nota: «n»   Comentário: «c»\n", r="Sim" if ok else "Não", n=g.ri(3, 5) if ok else g.ri(1, 2),
          c=g.pick(["a mala chegou, com a rodinha quebrada", "demoraram, mas resolveram", "pagaram as despesas e a mala apareceu"] if ok else
                   ["a mala chegou rasgada e faltando um perfume", "pagaram as despesas mas não a mala", "nunca mais voo com essa empresa"]))
    if g.chance(0.4):
        doc.f("\nNota interna (não publicada): consumidor também abriu reclamação na ANAC (protocolo «p»). Responsável: «r».\n",
              p=g.protocol(), r=g.pick([P(an.full), V(login(an, g))]))
    return doc


def ju_reclamacao_aeronauta(g: Gen) -> Doc:
    """A flight attendant's labour claim: roster and rest-period violations (Lei 13.475/2017), the roster excerpt, witnesses."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    city, uf = ap[1], ap[2]
    rc = g.person(female=g.chance(0.65))
    mgr = g.person()
    chf = g.person()
    d = g.day()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n", n=g.ri(1, 60),
          c=fold(city).upper(), u=uf)
    qualify(g, doc, rc, email=True, phone=True, pis=True, titulo=g.chance(0.5), job="comissária de voo" if rc.female else "comissário de voo", where=(city, uf))
    doc.f(", CTPS nº «ct» série «se», código ANAC «ca», vem propor RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «cn», com base "
          "operacional no «ap», pelos fatos a seguir.\n\n", ct=g.d(7), se=g.d(4), ca=canac(g), r=fold(legal).upper(), cn=(g.any_cnpj(), "BR_CNPJ"),
          ap=ap[3])
    adm = g.after(d, -2500, -700)
    doc.f("1. «a» foi admitid«o» em «d1» e dispensad«o» em «d2», sem justa causa. A ré programava jornadas acima do limite do art. 36 da "
          "Lei 13.475/2017 e repousos inferiores a 12 horas (art. 46), como mostra o extrato da escala de «m»:\n\n",
          a="A reclamante" if rc.female else "O reclamante", o=rc.o, d1=dbr(adm), d2=dbr(g.after(d, -90, -20)), m=MONTHS[g.ri(0, 11)])
    rows = []
    for _ in range(g.ri(2, 3)):
        day = g.day()
        crew = [g.person() for _ in range(2)]
        rows.append([V(dbr(day, "short")), V(f"{code}{g.ri(1000, 9899)}/{code}{g.ri(1000, 9899)}"), V(f"{g.ri(4, 7):02d}:{g.pick(['00', '30', '45'])}"),
                     V(f"{g.ri(11, 16)}h{g.pick(['05', '20', '40'])}"), V(f"{g.ri(8, 11)}h"),
                     P(g.pick([crew[0].short, gds_name(crew[0], g), crew[0].caps])) if g.chance(0.7) else V("CMTE " + crew_badge(g)), V(crew_badge(g))])
    table_ruled(doc, ["data", "voos", "apresentação", "jornada", "repouso", "comandante", "mat. chefe cabine"], rows, g.pick(["plus", "plain", "pipe"]))
    ocd = g.person()
    doc.f("\n2. Em «d», após a terceira jornada seguida acima do limite, «a» comunicou fadiga (relatório RBAC 117) à chefe de base, «m», "
          "que respondeu por e-mail («e») que \"a escala não seria alterada\". Dias depois, foi afastad«o» «pm» do trabalho «dr» "
          "(«crm») com CID F43.0.\n\n", d=dbr(g.after(d, -200, -100)), a="a reclamante" if rc.female else "o reclamante",
          m=P(mgr.full), e=(corp_mail(mgr, dom, g), "EMAIL_ADDRESS"), o=rc.o, dr=P(ocd.full), pm="pela médica" if ocd.female else "pelo médico",
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("3. Pede: horas extras e adicional noturno; indenização pela supressão de repousos e folgas (art. 50); diárias não pagas; "
          "FGTS + 40%; danos morais. Testemunhas: «w1», CPF «c1», e «w2», CPF «c2», residente na «ad», CEP «cep».\n\n",
          w1=P(chf.full), c1=(g.cpf(), "BR_CPF"), w2=P(g.person().full), c2=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Valor da causa: R$ «v».\n«c», «d».\n\n", v=brl(g.ri(60, 400) * 1000.0), c=city, d=dbr(g.after(d, 1, 30), "long"))
    lawyer_sig(g, doc, n=1, dom="aeronautas.adv.br")
    doc.f("Processo distribuído sob o nº «p».\n", p=g.cnj(TRT.get(uf, "5.02")))
    return doc


def ju_audiencia_bagagem(g: Gen) -> Doc:
    """Small-claims hearing minutes and sentence: a suitcase damaged and pilfered on an international flight (Montreal, STF Tema 210)."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    city, uf = ap[1], ap[2]
    a = g.person()
    jl = g.person()
    jt = g.person()
    prep = g.person()
    wit = g.person()
    la, lr = g.person(), g.person()
    d = g.day()
    dest = g.pick(INTL)
    doc.f("PODER JUDICIÁRIO — JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\nProcesso nº «p»\n\nTERMO DE AUDIÊNCIA DE INSTRUÇÃO E "
          "JULGAMENTO\n\nAos «d», presente «o» «jz» «jl», foi aberta a audiência. Presentes: a parte autora, «an», CPF «ac», "
          "acompanhad«ao» de «sa» «ad» («oab»); a ré, «r» (CNPJ «cn»), representada pel«op» preposto«pa» «pp», RG «rg», e «pr» «rd» "
          "(«oab2»).\n\n", c=fold(city).upper(), u=uf, p=g.cnj(CNJ_SEG.get(uf, "8.26")), d=dbr(d, "long"), o="a" if jl.female else "o",
          jz="Juíza Leiga" if jl.female else "Juiz Leigo", jl=P(jl.full), an=P(g.pick([a.full, a.caps])), ac=(g.cpf(), "BR_CPF"), ao=a.o,
          sa="sua advogada" if la.female else "seu advogado", ad=P(la.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), r=legal,
          cn=(g.any_cnpj(), "BR_CNPJ"), op="a" if prep.female else "o", pa="(a)" if prep.female else "", pp=P(prep.full), rg=(g.rg(), "BR_RG"),
          pr="pela advogada" if lr.female else "pelo advogado", rd=P(lr.full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Conciliação infrutífera. Ouvida a testemunha «w», CPF «wc», residente na «wa», CEP «wcep», que viajou no mesmo voo e viu a mala "
          "da autora sair da esteira com o zíper arrebentado e o cadeado TSA quebrado.\n\n", w=P(wit.full), wc=(g.cpf(), "BR_CPF"),
          wa=(g.address("text"), "ADDRESS"), wcep=(g.cep(), "BR_CEP"))
    doc.f("PROJETO DE SENTENÇA. Dispensado o relatório (Lei 9.099/1995, art. 38). A autora voou de «de» para «o» no voo «fl» e registrou o "
          "PIR «pir» no desembarque. Tratando-se de voo internacional, a indenização por dano material observa os limites da Convenção de "
          "Montreal (Decreto 5.910/2006; STF, Tema 210), o que não alcança o dano moral. JULGO PARCIALMENTE PROCEDENTES os pedidos para "
          "condenar a ré a pagar R$ «v1» de danos materiais e R$ «v2» de danos morais, a serem depositados na conta da autora, agência «ag», "
          "conta «cta», «bk».\n\n", de=dest[1], o=ap[1], fl=flight(g, code), pir=rib(g, ap[0], code), v1=brl(g.ri(900, 6000) + 0.0),
          v2=brl(g.ri(2, 8) * 1000.0), ag=(g.agency(), "BANK_ACCOUNT"), cta=(g.account(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1])
    doc.f("«jl»\n«jz»\n\nHOMOLOGO o projeto de sentença (Lei 9.099/1995, art. 40).\n«jt»\n«jd» de Direito\n\n",
          jl=P(g.pick([jl.full, jl.caps])), jz="Juíza Leiga" if jl.female else "Juiz Leigo", jt=P(g.pick([jt.full, jt.caps])),
          jd="Juíza" if jt.female else "Juiz")
    if g.chance(0.6):
        cle = g.person()
        doc.f("DJE «d» — Intimação: Adv. «o1», Adv. «o2». Digitado por «c».\n", d=dbr(g.after(d, 2, 10)),
              o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), c=g.pick([P(cle.short), V(login(cle, g))]))
    return doc


def ju_tco_indisciplinado(g: Gen) -> Doc:
    """A Federal Police TCO (small-offence record) at the airport: an unruly passenger, the crew as victims, witnesses, the agents."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    city, uf = ap[1], ap[2]
    au = g.person()
    mom = g.person(female=True)
    cms = g.person(female=g.chance(0.7))
    cmd = g.person(female=g.chance(0.2))
    apf = g.person()
    dlg = g.person()
    d = g.day()
    caps = g.chance(0.5)
    U = caps_t if caps else (lambda s: s)  # noqa: E731
    N = (lambda p: p.capsf) if caps else (lambda p: p.full)  # noqa: E731
    doc.f(U("POLÍCIA FEDERAL — DELEGACIA ESPECIAL NO «a»\nTERMO CIRCUNSTANCIADO DE OCORRÊNCIA Nº «n»\n\n"), a=fold(ap[3]).upper() if caps else ap[3],
          n=f"{g.d(4)}/{d.year}-DEAIN/{uf}")
    doc.f(U("Data/hora do fato: «d» «h» — Local: aeronave «m», voo «fl», em solo, portão «p»\nNatureza: desobediência e lesão corporal "
            "leve (Código Penal, arts. 330 e 129), com infração ao art. 302 da Lei 7.565/1986\n\nAUTOR DO FATO\n"),
          d=dbr(d), h=g.hm(), m=aircraft_reg(g), fl=flight(g, code), p=g.ri(1, 40))
    fields = [(U("Nome"), P(N(au)))] + ([(U("Filiação (mãe)"), P(N(mom)))] if g.chance(0.6) else []) + \
        [(U("Nascimento"), (g.dob("br", 1960, 2003), "DATE_OF_BIRTH"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    else:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields += [("CPF", (g.cpf(), "BR_CPF")), (U("Endereço"), (g.address("caps" if caps else "text"), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
               (U("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f(U("\nHISTÓRICO: Segundo «tv» tripulante, «au» recusou-se a guardar a bagagem de mão, ofendeu a tripulação e, ao ser advertid«ao», "
            "empurrou a vítima contra o galley, causando escoriação no antebraço. «o» comandante, «k», determinou o retorno ao portão e "
            "acionou a Polícia Federal. O agente de proteção (APAC) «ap» conteve «au» até a chegada da equipe.\n\nVÍTIMA: «c2», CPF «vc», "
            "tripulante (código ANAC «ca»).\nTESTEMUNHAS: «t1», CPF «tc1», assento «s1», telefone «tp1»; «t2», CPF «tc2», assento «s2», telefone «tp2».\n\n"),
          tv=U(cms.o), au=U("a autora") if au.female else U("o autor"), ao=U(au.o), o="A" if cmd.female else "O", k=P(N(cmd)), ap=g.pick([P(N(g.person())), V(U("de plantão"))]), c2=P(N(cms)), vc=(g.cpf(), "BR_CPF"), ca=canac(g),
          t1=P(N(g.person())), tc1=(g.cpf(), "BR_CPF"), s1=seat(g), tp1=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          t2=P(N(g.person())), tc2=(g.cpf(), "BR_CPF"), s2=seat(g), tp2=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.f(U("«au» assumiu o compromisso de comparecer ao Juizado Especial Criminal (Lei 9.099/1995, art. 69, parágrafo único) e foi "
            "liberad«ao». A companhia informou que aplicará a restrição de embarque prevista em seu regulamento.\n\nAgente de Polícia Federal: "
            "«a» — mat. «m»\nDelegad«o» de Polícia Federal: «d»\n"), au=U("A autora") if au.female else U("O autor"), ao=U(au.o), a=P(N(apf)), m=g.d(5), o="a" if dlg.female else "o", d=P(N(dlg)))
    if g.chance(0.5):
        doc.f(U("Veículo d«o» autor«a» no estacionamento do terminal: «p» (removido pelo guincho a pedido da concessionária).\n"), p=(g.plate(), "LICENSE_PLATE"),
              o=U(au.o), a=U("a" if au.female else ""))
    if g.chance(0.5):
        lw = g.person()
        doc.f(U("Advogad«o» d«x» presente: «n», «oab».\n"), x=U("a autora") if au.female else U("o autor"), o=lw.o, n=P(N(lw)), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_acordo_esign(g: Gen) -> Doc:
    """An out-of-court settlement between passengers and an airline or agency (over a denied boarding), with the e-signature log."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    p1 = g.person()
    p2 = g.relative(p1) if g.chance(0.4) else None
    rep = g.person()
    lw = g.person()
    wt = g.person()
    d = g.day()
    doc.t("TERMO DE ACORDO EXTRAJUDICIAL E QUITAÇÃO\n\nPelo presente instrumento, de um lado ")
    m1 = g.email(p1)
    qualify(g, doc, p1, email=m1, phone=g.chance(0.5))
    if p2:
        doc.t(", e ")
        qualify(g, doc, p2, rg=g.chance(0.5), addr=False)
    doc.f(", doravante PASSAGEIRO(S), e de outro «r», CNPJ «cn», neste ato representada por «sp» «rp», CPF «rc», doravante "
          "COMPANHIA, resolvem celebrar o presente acordo:\n\n", sp="sua procuradora" if rep.female else "seu procurador", r=legal, cn=(g.any_cnpj(), "BR_CNPJ"), rp=P(rep.full), rc=(g.cpf(), "BR_CPF"))
    doc.f("Cláusula 1ª — O(s) PASSAGEIRO(S) tiveram o embarque negado no voo «fl» de «dd», partindo do «ap», por preterição (overbooking), "
          "recebendo a compensação imediata prevista no art. 24 da Resolução ANAC 400/2016, que não quita os demais danos.\n"
          "Cláusula 2ª — A COMPANHIA pagará R$ «v» em parcela única até «dp», na forma indicada ao final.\n"
          "Cláusula 3ª — Com o pagamento, o(s) PASSAGEIRO(S) dão plena quitação, inclusive quanto à ação nº «cnj», que será extinta.\n"
          "Cláusula 4ª — Os dados pessoais aqui tratados o são apenas para o cumprimento deste acordo (Lei 13.709/2018, art. 7º, V).\n\n",
          fl=flight(g, code), dd=dbr(g.after(d, -120, -20)), ap=ap[3], v=brl(g.ri(3, 20) * 1000.0), dp=dbr(g.after(d, 5, 15)),
          cnj=g.cnj(CNJ_SEG.get(ap[2], "8.26")))
    r = g.rng.random()
    if r < 0.4:
        doc.f("Forma de pagamento: Pix para a chave aleatória «k», de titularidade d«o» passageir«o».\n", k=(g.uuid(), "PIX_KEY"), o=p1.o)
    elif r < 0.6:
        doc.f("Forma de pagamento: Pix para a chave CPF «k».\n", k=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Forma de pagamento: depósito no «b», agência «ag», conta corrente «ac», «n».\n", b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), n="de titularidade d" + p1.o + " passageir" + p1.o)
    doc.f("\n«c», «d».\n\nTestemunha: «w», CPF «wc»\nAdvogad«o» dos passageiros: «l», «oab»\n", c=ap[1], d=dbr(d, "long"), w=P(wt.full),
          wc=(g.cpf(), "BR_CPF"), o=lw.o, l=P(lw.full), oab=(g.council("OAB", ap[2]), "PROFESSIONAL_ID"))
    signers = [(p1, m1), (rep, corp_mail(rep, dom, g)), (lw, corp_mail(lw, g.pick(["consumidoraereo.adv.br", "gmail.com"]), g))]
    if p2 and g.chance(0.7):
        signers.insert(1, (p2, g.email(p2)))
    esign_log(g, doc, signers, g.moments(1, d, 1, (8, 20))[0])
    return doc


JU = [ju_peticao_atraso, ju_procon_agencia, ju_consumidor_gov, ju_reclamacao_aeronauta, ju_audiencia_bagagem, ju_tco_indisciplinado, ju_acordo_esign]


# =========================================================================== saude


def sa_cma_exame(g: Gen) -> Doc:
    """An aviation medical exam record for the CMA (credentialed clinic): the candidate, the tests, the examiners and the result."""
    doc = Doc()
    cli, cdom = g.pick(CMA_CLINICS)
    ap = airport(g)
    c = g.person(female=g.chance(0.35))
    ex = g.person()
    of = g.person()
    fo = g.person(female=g.chance(0.7))
    d = g.day()
    cls = g.pick([("1ª classe", "piloto de linha aérea"), ("1ª classe", "piloto comercial"), ("2ª classe", "comissári" + c.o + " de voo"),
                  ("2ª classe", "piloto privado"), ("4ª classe", "piloto de aerodesportivo")])
    doc.f("«c» — credenciada ANAC (RBAC 67)\nCNPJ «cn» · «t» · «ci»/«u»\n\nFICHA DE EXAME DE SAÚDE PERICIAL — CMA «k»\nData do exame: «d»\n\n",
          c=cli, cn=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), ci=ap[1], u=ap[2],
          k=cls[0], d=dbr(d))
    fields = [("Candidato(a)", P(g.pick([c.full, c.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "br", "dot"]), 1962, 2006), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Código ANAC (CANAC)", V(canac(g))), ("Atividade", V(cls[1])),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields.append(("Exame", V(g.pick(["inicial", "revalidação", "revalidação", "após afastamento"]))))
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nRESULTADOS\n")
    rows = [[V("Acuidade visual (longe)"), V(f"OD 20/{g.pick([20, 25, 30, 40])} OE 20/{g.pick([20, 25, 30])}"), V(g.pick(["sem correção", "com correção"]))],
            [V("Visão de cores (Ishihara)"), V(f"{g.ri(10, 14)}/14 pranchas"), V(g.pick(["normal", "normal", "alterada — teste de lanterna"]))],
            [V("Audiometria"), V(f"média {g.ri(10, 35)} dB"), V(g.pick(["normal", "perda leve em 4 kHz"]))],
            [V("ECG de repouso"), V(f"FC {g.ri(55, 90)} bpm"), V(g.pick(["ritmo sinusal", "BRD incompleto"]))],
            [V("Pressão arterial"), V(f"{g.ri(110, 150)}/{g.ri(70, 95)} mmHg"), V("")],
            [V("Glicemia de jejum"), V(f"{g.ri(78, 140)} mg/dL"), V("")]]
    table_ruled(doc, ["exame", "resultado", "obs."], rows, g.pick(["plus", "plain", "pipe"]))
    icd = g.pick(CMA_ICD)
    doc.f("\nAchados: «n» (CID «c»).\nParecer: «r»\nValidade do CMA: até «v»\n\n", n=icd[1], c=icd[0],
          r=g.pick(["APTO", "APTO com restrição: uso obrigatório de lentes corretivas (VDL)", "APTO com restrição: somente em tripulação múltipla (OML)",
                    "INCAPAZ temporariamente — reavaliação em 90 dias"]), v=dbr(g.after(d, 300, 730)))
    doc.f("Oftalmologista: «o» — «oc»\nFonoaudióloga(o): «f» — «fc»\nMédico(a) examinador(a) credenciado(a): «e» — «ec»\n",
          o=P(g.pick([of.full, of.short])), oc=(g.council("CRM", ap[2]), "PROFESSIONAL_ID"), f=P(g.pick([fo.full, fo.short])),
          fc=(g.council("CRFa", ap[2]), "PROFESSIONAL_ID"), e=P(ex.full), ec=(g.council("CRM", ap[2]), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("\nEncaminhado ao «x» «n» («c») para avaliação de «m».\n", x=g.pick(["cardiologista", "endocrinologista", "psiquiatra"]),
              n=P(g.person().full), c=(g.council("CRM"), "PROFESSIONAL_ID"), m=g.pick(["teste ergométrico", "apneia do sono (polissonografia)", "HbA1c"]))
    return doc


def sa_ocorrencia_bordo(g: Gen) -> Doc:
    """An in-flight medical occurrence report: the passenger, a volunteer physician on board, the crew, the diversion, the handover."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    div = g.pick(AIRPORTS)
    pax = g.person()
    comp = g.person()
    vol = g.person()
    nur = g.person(female=True)
    pur = g.person(female=g.chance(0.6))
    cmt = g.person(female=g.chance(0.2))
    gnd = g.person()
    apdr = g.person()
    d = g.day()
    icd = g.pick(INFLIGHT_ICD)
    doc.f("«f» — RELATÓRIO DE OCORRÊNCIA MÉDICA A BORDO (ROMB)\nVoo «fl»  «a»-«b»  Aeronave «m»  Data «d»\n\n", f=brand, fl=flight(g, code),
          a=a[0], b=b[0], m=aircraft_reg(g), d=dbr(d))
    fields = [("Passageiro(a)", P(g.pick([pax.full, gds_name(pax, g)]))), ("Assento", V(seat(g))),
              ("Nascimento", (g.dob("br", 1940, 2010), "DATE_OF_BIRTH"))]
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    else:
        fields.append(("Documento", V(f"passaporte {g.up(2)}{g.d(7)}")))
    if g.chance(0.35):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    if g.chance(0.5):
        fields.append(("Celular", (g.phone(g.pick(["par", "plus", "plain"])), "PHONE_NUMBER")))
    fields += [("Acompanhante", g.pick([P(comp.full), P(comp.first), V("esposa"), V("filho")])), ("Tel. acompanhante", (g.phone(g.pick(["par", "plus", "plain"])), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    hh = g.ri(0, 23)
    doc.f("\nDESCRIÇÃO: às «h1» (hora de Brasília), «e», «a» chefe de cabine «p» foi chamad«a» ao assento por «s». Feito anúncio "
          "solicitando profissional de saúde. Apresentou-se «v», médic«o» («crm», carteira conferida), auxiliad«o2» pela passageira «n», "
          "enfermeira («cor»).\n", h1=f"{hh:02d}:{g.ri(0, 59):02d}", e=g.pick(["em cruzeiro no FL370", "em cruzeiro no FL350", "em cruzeiro no FL390", "ainda na subida", "no início da descida"]),
          a="a" if pur.female else "o", p=g.pick([P(pur.full), P(pur.first), V("(relatora)")]), s=icd[1], v=P(vol.full), o=vol.o, crm=(g.council("CRM"), "PROFESSIONAL_ID"), o2=vol.o,
          n=P(g.pick([nur.full, nur.short])), cor=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("Sinais: PA «pa» mmHg, FC «fc» bpm, SpO2 «sp»% (oxímetro do kit). Usado o kit médico (EMK lacre «l»): «med». Contato com o "
          "suporte médico em solo, «g» («gc»), às «h2».\n", pa=f"{g.ri(80, 190)}/{g.ri(50, 110)}", fc=g.ri(45, 140), sp=g.ri(84, 99),
          l=g.d(6), med=g.pick(["oxigênio 4 L/min", "AAS 300 mg mastigado", "glicose oral", "salbutamol spray", "dipirona 1 g", "soro fisiológico"]),
          g=V("médico regulador") if g.chance(0.5) else P(gnd.full), gc=(g.council("CRM"), "PROFESSIONAL_ID"), h2=f"{(hh + 1) % 24:02d}:{g.ri(0, 59):02d}")
    if g.chance(0.6):
        doc.f("«o» comandante «c» decidiu pela alternativa em «x» («ap»). Pouso às «h». ", o="A" if cmt.female else "O",
              c=P(g.pick([cmt.full, cmt.short])), x=div[1], ap=div[0], h=f"{(hh + 2) % 24:02d}:{g.ri(0, 59):02d}")
    else:
        doc.f("«o» comandante «c» manteve o destino após avaliação com o médico voluntário. ", o="A" if cmt.female else "O",
              c=P(g.pick([cmt.full, cmt.short])))
    doc.f("Passageir«o» entregue ao posto médico do aeroporto, Dr(a). «dr» («dc»), hipótese «i» («n»), removid«o» pela ambulância «pl» "
          "ao «h».\n\n", o=pax.o, dr=P(apdr.full), dc=(g.council("CRM"), "PROFESSIONAL_ID"), i=icd[0], n=icd[1],
          pl=(g.plate(), "LICENSE_PLATE"), h=g.pick(["Hospital Santa Luzia", "Hospital Estrela da Manhã", "Hospital Municipal Bonfim",
                                                    "Pronto-Socorro Aurora"]))
    doc.f("Relatado por: «p» (chefe de cabine, mat. «m»)\nCiente: comandante\nCópia: «mb»\n", p=P(pur.full), m=crew_badge(g),
          mb=role_mail(g, dom, "meda"))
    if g.chance(0.2):
        doc.f("\nNota da MEDA: agradecer «v» por carta; ofertado crédito de cortesia. «w»\n", v=P(g.pick([vol.full, vol.short])), w=g.pick(["", word_neg(g)]))
    return doc


def sa_posto_medico(g: Gen) -> Doc:
    """An airport clinic's shift log (Markdown or CSV): passengers, ground staff and crew, ICD-10, removals with the ambulance plate."""
    doc = Doc()
    op = g.pick(OPERATORS)
    ap = airport(g)
    d = g.day()
    md = g.person()
    en = g.person(female=g.chance(0.7))
    tc = g.person()
    doc.f("«o» — Posto Médico do «a»\nPlantão de «d» (07h–19h)\nMédico(a): «m» «mc» · Enfermagem: «e» «ec», «t» «tc»\n\n", o=op, a=ap[3],
          d=dbr(d), m=P(md.full), mc=(g.council("CRM", ap[2]), "PROFESSIONAL_ID"), e=P(en.full), ec=(g.council("COREN", ap[2]), "PROFESSIONAL_ID"),
          t=g.pick([P(tc.full), P(tc.short), V("técnico(a) de plantão")]), tc=(g.council("COREN", ap[2]), "PROFESSIONAL_ID"))
    cols = ["hora", "paciente", "tipo", "nascimento", "documento", "queixa", "CID", "conduta"]
    rows = []
    for t in g.moments(g.ri(3, 5), d, 1, (7, 19)):
        p = g.person()
        kind = g.pick(["passageiro", "passageiro", "colaborador", "tripulante"])
        r = g.rng.random()
        if r < 0.6:
            docu = ("§CPF " + g.cpf(), None)
        elif r < 0.8:
            docu = ("§CNS " + g.cns(), None)
        elif r < 0.85:
            docu = ("passaporte (estrangeiro)", None)
        else:
            docu = ("não informado", None)
        icd = g.pick(CLINIC_ICD)
        name = g.pick([P(p.full), P(p.caps), V(f"{p.first[0]}.{p.last[0]}."), V(f"{p.first[0]}.{p.last[0]}."), V("não identificado")])
        born = (g.dob("br", 1945, 2008), "DATE_OF_BIRTH") if g.chance(0.75) else V(f"{g.ri(18, 80)} anos")
        rows.append([V(ts(t, "hm")), name, V(kind), born, docu, V(icd[1]), V(icd[0]),
                     V(g.pick(["medicado e liberado", "liberado para voo", "não recomendado voar hoje", "removido ao hospital", "CAT emitida"]))])
    fixed = rows
    if g.chance(0.5):
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in fixed:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                _cell_doc(doc, v, lab)
                doc.t(" |")
            doc.t("\n")
    else:
        doc.t(";".join(cols) + "\n")
        for r in fixed:
            for k, (v, lab) in enumerate(r):
                if k:
                    doc.t(";")
                _cell_doc(doc, v, lab)
            doc.t("\n")
    sup = g.person()
    w = g.person()
    doc.f("\nOcorrências:\n- Colaborador(a) da «h» «n» (CPF «c», tel. «t») cortou a mão no porão da aeronave; CAT aberta, empresa avisada.\n",
          h=g.pick(HANDLERS), n=P(w.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.7):
        doc.f("- Remoção às «h» pela ambulância «p» (UTI móvel) para o «x»; acompanhante «a», tel. «t».\n", h=g.hm(), p=(g.plate(), "LICENSE_PLATE"),
              x=g.pick(["Hospital Santa Luzia", "Hospital Municipal Bonfim", "Pronto-Socorro Aurora"]), a=P(g.person().full),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("- Passageira gestante de «s» semanas sem atestado: orientada a não embarcar (regulamento da cia: atestado a partir da 28ª). "
              "Médico assistente informado por telefone: «d» («c»).\n", s=g.ri(29, 37), d=P(g.person().full), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Passagem de plantão para «n».\n", n=P(g.pick([sup.full, sup.short])))
    return doc


def _cell_doc(doc: Doc, v: str, lab) -> None:
    """A table cell; '§CPF 123...' / '§CNS ...' writes the kind word as text and the number as a span."""
    if v.startswith("§"):
        kind, value = v[1:].split(" ", 1)
        doc.t(kind + " ")
        doc.e(value, "BR_CPF" if kind == "CPF" else "BR_CNS")
    else:
        doc.e(v, lab)


def sa_medif_email(g: Gen) -> Doc:
    """E-mail thread between the airline's medical desk (MEDA) and a passenger's physician: the MEDIF, the stretcher, the decision."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    pax = g.person()
    dr = g.person()
    med = g.person()
    comp = g.person()
    t1 = g.moments(1, g.day(), 1, (7, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(5, 50))
    dm = g.pick([g.email(dr), corp_mail(dr, g.pick(["hsantaluzia.org.br", "cardioaurora.med.br", "clinicabonfim.med.br"]), g)])
    mm = corp_mail(med, dom, g)
    loc = pnr(g)
    hdr(doc, g, "De", med, mm, 0.3)
    hdr(doc, g, "Para", dr, dm, 0.5)
    fl = flight(g, code)
    doc.f("Cc: «cc»\nData: «dt»\nAssunto: RE: MEDIF — reserva «l» — voo «fl»\n\n", cc=role_mail(g, dom, g.pick(["meda", "medif"])),
          dt=mail_date(t2), l=loc, fl=fl)
    cond = g.pick([("pós-operatório de 12 dias de artroplastia de quadril", "Z96.6", "presença de implante ortopédico"),
                   ("pneumonia tratada com SpO2 de 93% em ar ambiente", "J18.9", "pneumonia"),
                   ("IAM há 4 semanas, sem complicações, FE preservada", "I21.9", "infarto agudo do miocárdio"),
                   ("neoplasia em quimioterapia, estável, com anemia leve", "C50.9", "neoplasia maligna em tratamento")])
    doc.f("Prezado(a) «d»,\n\nAnalisamos o MEDIF d«x» «p». Considerando «c», o transporte é aceito com as condições: oxigênio "
          "suplementar a «o» L/min, assento na janela com acompanhante ao lado («a», CPF «ac») e embarque prioritário. «maca»\n\n"
          "Atenciosamente,\n«m»\nMédic«mo» da MEDA — «f» — «mc»\n\n", d=g.pick([V("colega"), V("Dr(a).")]), x="o" if not pax.female else "a", p=P(pax.full),
          c=cond[0],
          o=g.ri(2, 4), a=P(comp.full), ac=(g.cpf(), "BR_CPF"), maca=g.pick(["", "Não será necessária maca.", "A maca ocupa 9 assentos e será cobrada à parte."]),
          m=P(med.full), mo="a" if med.female else "o", f=brand, mc=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.t("-----Mensagem original-----\n")
        hdr(doc, g, "De", dr, dm, 0.5)
        doc.f("Enviada em: «t»\nPara: «to»\nAssunto: MEDIF — «p»\nX-Originating-IP: [«ip»]\n\n", t=ts(t1, "br"), to=role_mail(g, dom, "medif"),
              p=g.pick([P(pax.caps), V(loc)]), ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «t», «d» <«dm»> escreveu:\n", t=ts(t1, "br"), d=P(dr.full), dm=(dm, "EMAIL_ADDRESS"))
        q = "> "
    doc.f(q + "Segue o MEDIF preenchido d«x» paciente.\n" + q + "\n", x="o" if not pax.female else "a")
    icd = (cond[1], cond[2])
    doc.f(q + "PARTE 1 — Passageiro: «n» | Nascimento: «dob» | CPF: «c» | Tel.: «t» | E-mail: «e»\n", n=P(pax.caps),
          dob=(g.dob(g.pick(["br", "dot", "iso"]), 1938, 1995), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain", "e164"])), "PHONE_NUMBER"), e=(g.email(pax), "EMAIL_ADDRESS") if g.chance(0.7) else V("não tem"))
    doc.f(q + "Voo: «fl» «a»-«b» em «d» | Acompanhante: «c»\n", fl=fl, a=a[0], b=b[0], d=dbr(g.after(t1.date(), 3, 20)),
          c=P(comp.full))
    doc.f(q + "PARTE 2 — Médico assistente: «d» | «crm» | RQE «rq» | Tel.: «t»\n" + q + "Diagnóstico: «n» (CID «c») | Prognóstico: bom | "
          "Oxigênio: sim | Maca: «m» | Medicação a bordo: «md»\n", d=P(dr.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rq=g.ri(10000, 99999),
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"), n=icd[1], c=icd[0], m=g.pick(["não", "sim"]),
          md=g.pick(["enoxaparina 40 mg SC", "nenhuma", "insulina NPH", "morfina se dor — levará receita"]))
    doc.f(q + "\n" + q + "«s»\n", s=g.pick([P(dr.short), V("Att."), V("Cordialmente")]))
    return doc


def sa_afastamentos_jsonl(g: Gen) -> Doc:
    """Crew sick leaves exported as JSON lines from the occupational-health system, and the occupational physician's note on fatigue."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    d = g.day()
    ot = g.person()
    bm = g.person()
    crew = []
    for _ in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.55))
        crew.append(p)
        icd = g.pick(LEAVE_ICD)
        rec = {"base": ap[0], "nome": P(g.pick([p.full, p.caps])), "cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
               "nascimento": (g.dob("iso", 1965, 2002), "DATE_OF_BIRTH"), "funcao": g.pick(CREW_ROLES), "canac": canac(g),
               "cid": icd[0], "dias": g.ri(1, 15), "inicio": dbr(g.after(d, -30, 0), "iso"),
               "medico": P(g.person().full) if g.chance(0.15) else f"usr{g.d(5)}", "crm": (g.council("CRM"), "PROFESSIONAL_ID"), "cma_validade": dbr(g.after(d, 30, 700), "iso")}
        if g.chance(0.3):
            rec["cns"] = (g.cns(False), "BR_CNS")
        if g.chance(0.5):
            rec["telefone"] = (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")
        jval(doc, rec, None)
        doc.t("\n")
    x = g.pick(crew)
    psyp = g.person()
    if g.chance(0.5):
        psy_word, psy = ("à psicóloga" if psyp.female else "ao psicólogo"), P(psyp.full)
    else:
        psy_word, psy = "ao psicólogo", V("do programa de apoio")
    doc.t("\n")
    hdr(doc, g, "De", ot, corp_mail(ot, dom, g), 0.5)
    hdr(doc, g, "Para", bm, corp_mail(bm, dom, g), 0.5)
    doc.f("Cc: «esc»\nAssunto: Relato de fadiga — base «b»\n\n", esc=role_mail(g, dom, "escala"), b=ap[0])
    doc.f("«b»Bom dia. «n» teve três afastamentos em 60 dias e apresentou relato voluntário de fadiga (FRMS, RBAC 117). Recomendo não "
          "escalar madrugadas consecutivas por 30 dias e encaminhamento «ps» «p» («pc»). O CMA está válido, não há motivo para "
          "comunicar a ANAC neste momento.\n\n«o»\nMédic«oo» do Trabalho — «cr»\n", b=V(""), n=P(g.pick([x.first, x.full])),
          ps=psy_word, p=psy, pc=(g.council("CRP"), "PROFESSIONAL_ID"), o=P(g.pick([ot.full, ot.short])), oo="a" if ot.female else "o",
          cr=(g.council("CRM", ap[2]), "PROFESSIONAL_ID"))
    return doc


def sa_civp_ocr(g: Gen) -> Doc:
    """An OCR'd ALL CAPS yellow-fever vaccination record (CIVP issued at the airport's health post), a minor's companion."""
    doc = Doc()
    ap = airport(g)
    d = g.day()
    tr = g.person()
    minor = g.chance(0.35)
    O = lambda s: ocr_t(caps_t(s), g, 0.25)  # noqa: E731
    nm = lambda s: ocr(fold(s).upper(), g)  # noqa: E731
    doc.f(O("AGÊNCIA NACIONAL DE VIGILÂNCIA SANITÁRIA — POSTO DE ORIENTAÇÃO AO VIAJANTE\n«a»\nREGISTRO DE EMISSÃO DO CERTIFICADO "
            "INTERNACIONAL DE VACINAÇÃO OU PROFILAXIA (CIVP) Nº «n»\n\n"), a=fold(ap[3]).upper(), n=f"{g.up(2)}{g.d(8)}")
    born = (g.dob("br", 2009, 2020), "DATE_OF_BIRTH") if minor else (g.dob("br", 1948, 2006), "DATE_OF_BIRTH")
    fields = [("NOME", P(nm(tr.full))), ("DATA DE NASCIMENTO", born), ("SEXO", V("F" if tr.female else "M")),
              ("NACIONALIDADE", V("BRASILEIRA" if g.chance(0.85) else "VENEZUELANA")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("CARTAO SUS", (g.cns(), "BR_CNS")))
    fields.append(("PASSAPORTE", V(f"{g.up(2)}{g.d(6)}")))
    if g.chance(0.5):
        fields += [("ENDERECO", (nm(g.address("caps")), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields.append(("TELEFONE", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    kv_block(g, doc, fields, "plain")
    dest = g.pick(["ANGOLA", "NIGERIA", "GUIANA FRANCESA", "QUENIA", "UGANDA", "GANA", "BOLIVIA (YUNGAS)"])
    vac = g.pick(AIRPORTS)
    doc.f(O("\nVACINA: FEBRE AMARELA (ATENUADA) — LOTE «l» — FABRICANTE BIO-MANGUINHOS\nDATA DA VACINAÇÃO: «dv» — UNIDADE: «u»\n"
            "DESTINO DECLARADO: «de»\nPROFISSIONAL QUE CONFERIU: «p» — «c»\n"),
          l=f"{g.up(3)}{g.d(3)}Z", dv=dbr(g.after(d, -3000, -20)), u=fold(g.pick(["UBS VILA AEROPORTO", "UBS JARDIM AURORA", "CENTRO DE SAUDE BONFIM"])),
          de=dest, p=P(nm(g.person(female=True).full)), c=(g.council("COREN", vac[2]), "PROFESSIONAL_ID"))
    if minor:
        par = g.person()
        doc.f(O("\nMENOR DE IDADE — ACOMPANHANTE: «n», CPF «c», GRAU DE PARENTESCO: «g»\n"), n=P(nm(par.full)), c=(g.cpf(), "BR_CPF"),
              g=g.pick(["MÃE", "PAI", "AVÓ"]))
    doc.f(O("\nEMITIDO POR: «e»   DATA: «d»\n"), e=P(nm(g.person().full)), d=dbr(d))
    if g.chance(0.4):
        doc.t(O("\nOBS.: CERTIFICADO VÁLIDO POR TODA A VIDA (RSI/OMS). O NOME NO CIVP DEVE SER IGUAL AO DO PASSAPORTE.\n"))
    return doc


def sa_zap_assistencia(g: Gen) -> Doc:
    """WhatsApp with a travel-insurance medical assistance desk: a traveller falls ill abroad, teleconsultation, the hospital, refund."""
    doc = Doc()
    ins, idom = g.pick(INSURERS)
    tr = g.person()
    nur = g.person(female=g.chance(0.7))
    dr = g.person()
    st = chat_stamp(g.chance(0.5))
    t0 = g.moments(1, g.day(), 1, (0, 24))[0]
    tt = iter(seq_times(g, 40, t0, 30, 900))
    dest = g.pick(INTL)
    own = g.chance(0.5)
    me = ("Você", None) if own else (g.phone("wa"), "PHONE_NUMBER")
    H = (f"{ins} 24h", None)
    doc.f("Conversa do WhatsApp com «i» 24h\n\n", i=ins)
    cl(doc, st(next(tt)), me, "boa noite, to em «d» e preciso de médico, meu voucher é «v»", d=dest[1], v=f"{g.up(3)}-{g.d(7)}")
    cl(doc, st(next(tt)), H, "Olá! Central médica 24h. Confirme nome completo, CPF e data de nascimento do segurado.")
    cl(doc, st(next(tt)), me, "«n» cpf «c» nasc «d»", n=P(g.pick([tr.full, tr.low])), c=(g.cpf(), "BR_CPF"),
       d=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2004), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), H, "Obrigada. Sou «n», enfermeira da triagem («c»). O que está sentindo?", n=P(g.pick([nur.first, nur.full])),
       c=(g.council("COREN"), "PROFESSIONAL_ID"))
    sym = g.pick([("febre de 39 e dor de garganta desde ontem", "J03.9"), ("dor forte na barriga lado direito", "R10.3"),
                  ("torci o tornozelo descendo do ônibus", "S93.4"), ("diarreia e vômito, acho que foi comida", "A09"),
                  ("dor de ouvido muito forte depois do voo", "T70.0")])
    cl(doc, st(next(tt)), me, sym[0])
    cl(doc, st(next(tt)), H, "Vou agendar teleconsulta com «d» («c») em 15 minutos. Se piorar, vá ao pronto-socorro da rede: «h».",
       d=P(g.pick([dr.full, dr.short])), c=(g.council("CRM"), "PROFESSIONAL_ID"),
       h=g.pick(["Hospital da Luz", "Clínica Santa Rosa", "Hospital San Salvador", "Medical Center Estrela"]))
    cl(doc, st(next(tt)), me, "<Mídia oculta>")
    cl(doc, st(next(tt)), H, "Teleconsulta concluída. Hipótese: CID «c». Receita enviada no e-mail cadastrado. Algum contato de emergência no Brasil?",
       c=sym[1])
    fam = g.person()
    cl(doc, st(next(tt)), me, "«r» «n», «t»", r=g.pick(["minha esposa", "minha mãe", "minha irmã"] if fam.female else ["meu marido", "meu pai", "meu irmão"]),
       n=P(g.pick([fam.full, fam.first])),
       t=(g.phone(g.pick(["par", "plus", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        cl(doc, st(next(tt)), me, "paguei a farmácia do meu bolso, como peço reembolso? meu email é «e»", e=(g.email(tr), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), H, "Envie nota e receita para «m» com os dados bancários do segurado.", m=role_mail(g, idom, "sinistros"))
        cl(doc, st(next(tt)), me, "«b» ag «ag» cc «ac» no meu nome", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), H, "A companhia aérea pediu atestado de aptidão para o voo de volta; o Dr. «d» emitiu, está no seu e-mail.",
           d=P(dr.last))
    cl(doc, st(next(tt)), H, g.pick(["Melhoras! Protocolo «p».", "Qualquer piora, chame. Protocolo «p»."]), p=g.protocol())
    return doc


SA = [sa_cma_exame, sa_ocorrencia_bordo, sa_posto_medico, sa_medif_email, sa_afastamentos_jsonl, sa_civp_ocr, sa_zap_assistencia]


# =========================================================================== financeiro


def fi_ecommerce_jsonl(g: Gen) -> Doc:
    """An airline's e-commerce payment log as JSON lines: bookings in instalments, antifraud, chargebacks, a DEBUG line with a full card."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    an = g.person(female=g.chance(0.5))
    t0 = g.moments(1, g.day(), 1, (0, 24))[0]
    tt = iter(seq_times(g, 40, t0, 20, 1800))
    buyers = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        buyers.append(p)
        a, b = route(g)
        rec = {"ts": ts(next(tt), "iso"), "level": "INFO", "svc": "checkout", "pnr": pnr(g), "route": f"{a[0]}-{b[0]}",
               "amount": round(g.ri(300, 4500) + g.ri(0, 99) / 100, 2), "installments": g.pick([1, 3, 6, 10, 12]),
               "customer": {"name": P(g.pick([p.full, p.caps])) if g.chance(0.65) else f"cus_{g.hexs(10)}",
                            "phone": (g.phone("e164"), "PHONE_NUMBER"),
                            **({"birth_date": (g.dob("iso", 1950, 2005), "DATE_OF_BIRTH")} if g.chance(0.5) else {}),
                            "document": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.7) else g.masked_cpf(),
                            "email": (g.email(p), "EMAIL_ADDRESS")},
               "card": {"bin": f"{g.pick('45')}{g.d(5)}", "last4": g.d(4), "brand": g.pick(["visa", "master", "elo", "amex"])},
               "ip": (g.ip(), "IP_ADDRESS"), "antifraud": {"score": g.ri(1, 99), "decision": g.pick(["approve", "approve", "review", "deny"])}}
        if g.chance(0.3):
            rec["miles_used"] = g.ri(5, 60) * 1000
        jval(doc, rec, None)
        doc.t("\n")
    if g.chance(0.7):
        x = g.pick(buyers)
        jval(doc, {"ts": ts(next(tt), "iso"), "level": "DEBUG", "svc": "tokenizer", "msg": "raw payload before vault",
                   "holder": P(x.caps), "pan": (g.card(spaced=False), "CREDIT_CARD"), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 32)}"}, None)
        doc.t("\n")
    for _ in range(g.ri(1, 2)):
        x = g.pick(buyers)
        jval(doc, {"ts": ts(next(tt), "iso"), "level": "WARN", "svc": "disputes", "event": "chargeback_received",
                   "reason": g.pick(["10.4 fraud card-absent", "13.1 services not provided", "4855 goods not received", "4837 no cardholder authorization"]),
                   "arn": g.d(23), "customer": P(x.full) if g.chance(0.6) else f"cus_{g.hexs(10)}"}, None)
        doc.t("\n")
    jval(doc, {"ts": ts(next(tt), "iso"), "level": "INFO", "svc": "webhook", "from": g.ip_priv(), "status": 200}, None)
    doc.t("\n")
    x = g.pick(buyers)
    doc.f("\n# nota do analista («a»): a linha DEBUG do tokenizer precisa ser removida do log (PCI-DSS). Contestação de «n» tem "
          "cartão de embarque lido no portão, defender com o check-in. «w»\n", a=g.pick([P(an.full), V(login(an, g))]), n=P(g.pick([x.full, x.first])),
          w=g.pick(["", "Abrir chamado para o time de pagamentos."]))
    return doc


def fi_fila_reembolso(g: Gen) -> Doc:
    """A refund queue of cancelled tickets (psql/plus/plain): refund by card reversal, transfer or Pix; the analyst's notes (Lei 14.034/2020)."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    an = g.person()
    sup = g.person()
    d = g.day()
    doc.f("«f» — fila de reembolsos — «d» (prazo legal: 7 dias após a solicitação — Lei 14.034/2020, art. 3º)\n\n", f=brand, d=dbr(d))
    rows = []
    ppl = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        ppl.append(p)
        r = g.rng.random()
        if r < 0.4:
            how, v1, v2 = "estorno cartão", V(g.masked_card()), V("-")
        elif r < 0.7:
            how, v1, v2 = "transferência", (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")
        else:
            tipo, key = pix_key(g, p)
            how, v1, v2 = f"Pix ({tipo})", key, V("-")
        rows.append([P(g.pick([p.full, gds_name(p, g), p.caps])), (g.cpf(), "BR_CPF") if g.chance(0.85) else V(g.masked_cpf()),
                     (g.phone(g.pick(["raw", "e164", "plain"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"), V(pnr(g)),
                     V(eticket(g, pref, "raw")), V(brl(g.ri(180, 3800) + 0.0)), V(how), v1, v2,
                     V(g.pick(["pendente", "aprovado", "pago", "devolvido pelo banco"]))])
    table_ruled(doc, ["passageiro", "CPF", "contato", "PNR", "bilhete", "valor", "forma", "agência/chave", "conta", "status"], rows,
                g.pick(["psql", "plus", "plain"]))
    x = g.pick(ppl)
    sp = g.spouse(x)
    doc.f("\nNotas («a»):\n- «n» pede o crédito na conta d«o» «r» «s» (agência «ag», conta «ac», «b»). Só com procuração ou declaração "
          "assinada, conforme política; pedido encaminhado a «sp».\n", a=g.pick([P(an.short), V(login(an, g))]), n=P(g.pick([x.first, x.full])),
          o="a" if sp.female else "o", r="esposa" if sp.female else "marido", s=P(sp.full), ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1], sp=g.pick([P(sup.first), V("supervisão"), V(login(sup, g))]))
    y = g.pick(ppl)
    doc.f("- Transferência de «n» devolvida: conta encerrada. Contato pelo «t» / «e».\n", n=P(g.pick([y.full, y.short])),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), e=(g.email(y), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("- Bilhete emitido por agência («ag», CNPJ «cn»): reembolso sai via BSP para a agência, não para o passageiro.\n",
              ag=g.pick(AGENCIES)[1], cn=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.5):
        doc.f("- Taxa de embarque devolvida mesmo no no-show (Res. ANAC 400, art. 14). «w»\n", w=g.pick(["", word_neg(g)]))
    return doc


def fi_agencia_comissoes(g: Gen) -> Doc:
    """A travel agency's monthly commissions to its consultants (CSV), the incentive dispute with an airline, the accountant."""
    doc = Doc()
    fan, raz, dom = g.pick(AGENCIES)
    brand, legal, adom, code, prog, pref = airline(g)
    own = g.person()
    ac = g.person()
    d = g.day()
    sep = g.pick([";", ","])
    doc.f("«f» — comissões de consultores — «m»/«y»\n\n", f=fan, m=g.pick(MONTHS), y=d.year)
    cols = ["consultor", "cpf", "nis_ou_cnpj", "celular", "vendas_brl", "comissao_pct", "comissao_brl", "tipo_chave", "chave_pix"]
    rows = []
    ppl = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        ppl.append(p)
        cpf = g.cpf()
        sales = g.ri(15, 180) * 1000 + 0.0
        pct = g.pick([3, 4, 5, 6])
        tipo, key = pix_key(g, p, cpf)
        rows.append([P(g.pick([p.full, p.short])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.6) else (g.cnpj(), "BR_CNPJ"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(brl(sales)), V(str(pct)), V(brl(sales * pct / 100)), V(tipo), key])
    table_csv(doc, cols, rows, sep)
    t = g.moments(1, g.after(d, 2, 10), 1, (8, 20))[0]
    doc.t("\n")
    hdr(doc, g, "De", own, corp_mail(own, dom, g), 0.4)
    hdr(doc, g, "Para", ac, corp_mail(ac, "contabilidadebonfim.com.br", g), 0.4)
    doc.f("Data: «d»\nAssunto: incentivo «f» — «m»\n\n", d=mail_date(t), f=brand, m=g.pick(MONTHS))
    doc.f("«a», a «f» («cn») não pagou o over de «p»% sobre os bilhetes emitidos no trimestre. Nosso CNPJ no acordo comercial é «cn2». "
          "Lança como receita a receber e segura a comissão d«o» «x» até o estorno do bilhete cancelado.\n\n«s»\n\n", a=P(ac.first), f=brand, cn=(g.any_cnpj(), "BR_CNPJ"), p=g.pick([1, 1.5, 2, 3]), cn2=(g.any_cnpj(), "BR_CNPJ"),
          o="a" if ppl[0].female else "o", x=P(ppl[0].first), s=P(g.pick([own.first, own.full])))
    doc.f("> Ok, lanço assim. «n» — «crc»\n", n=g.pick([P(ac.first), V("Contabilidade Bonfim")]), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_milhas_emissoes(g: Gen) -> Doc:
    """A miles broker's spreadsheet (semicolon CSV): sellers of miles paid by Pix or account, tickets issued for third parties."""
    doc = Doc()
    bro, braz, bdom = g.pick(BROKERS)
    op = g.person()
    d = g.day()
    doc.f("«b» — controle de compra de milhas e emissões — «d»\n\n", b=bro, d=dbr(d))
    doc.t("cedente;cpf_cedente;whatsapp;programa;qtd_milhas;milheiro_brl;total_brl;pagamento;dados_pagamento;conta\n")
    sellers = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        prog_s = g.pick(AIRLINES)[4]
        sellers.append((p, prog_s))
        cpf = g.cpf()
        q = g.ri(20, 300) * 1000
        mil = g.pick([14.5, 16.0, 17.8, 19.9, 21.0, 24.5])
        doc.f("«n»;«c»;«w»;«p»;«q»;«m»;«t»;", n=P(g.pick([p.full, p.caps])), c=(cpf, "BR_CPF"),
              w=(g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), p=prog_s, q=q, m=brl(mil),
              t=brl(q / 1000 * mil))
        if g.chance(0.6):
            tipo, key = pix_key(g, p, cpf)
            doc.f("pix «t»;«k»;\n", t=tipo, k=key)
        else:
            doc.f("TED «b»;«ag»;«ac»\n", b=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("\nemissões (passageiros)\npassageiro;cpf;nascimento;celular;trecho;programa_usado;localizador;valor_cobrado\n")
    for _ in range(g.ri(2, 3)):
        p = g.person()
        a, b = route(g)
        doc.f("«n»;«c»;«d»;«t»;«a»-«b»;«pr»;«l»;«v»\n", n=P(g.pick([p.full, gds_name(p, g)])), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V(""),
              d=(g.dob(g.pick(["br", "iso"]), 1950, 2020), "DATE_OF_BIRTH"), a=a[0], b=b[0], pr=g.pick(AIRLINES)[4], l=pnr(g),
              v=brl(g.ri(400, 2600) + 0.0))
    x, xprog = g.pick(sellers)
    doc.f("\nObs. («o»): a conta de «n» no «p» foi bloqueada por \"comercialização de milhas\" (regulamento, item «i»); segurar o Pix até "
          "ela mandar print do saldo. Contato: «t». «w»\n", o=g.pick([P(op.first), P(op.full), V(login(op, g))]), n=P(g.pick([x.first, x.full])),
          p=xprog, i=f"{g.ri(3, 12)}.{g.ri(1, 9)}", t=(g.phone(g.pick(["par", "e164", "plain"])), "PHONE_NUMBER"),
          w=g.pick(["", "Lembrar: emissão para terceiros só com CPF e data de nascimento conferidos."]))
    return doc


def fi_chargeback_defesa(g: Gen) -> Doc:
    """A chargeback representment pasted from a PDF: the cardholder, the passenger who flew, boarding evidence, check-in IP."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    a, b = route(g)
    ch = g.person()
    pax = g.relative(ch) if g.chance(0.5) else ch
    an = g.person(female=g.chance(0.6))
    d = g.day()
    fd = g.after(d, -60, -10)
    doc.f("«l»\nCNPJ «cn»\n\nDEFESA DE CONTESTAÇÃO (REPRESENTMENT)\nCaso «c» · ARN «arn» · Motivo «m»\n\n", l=legal, cn=(g.any_cnpj(), "BR_CNPJ"),
          c=f"CB-{g.d(8)}", arn=g.d(23), m=g.pick(["10.4 — fraude, cartão não presente", "13.1 — serviço não prestado", "4837 — sem autorização do portador"]))
    fields = [("Portador(a) do cartão", P(g.pick([ch.caps, ch.full]))), ("CPF do portador", (g.cpf(), "BR_CPF")), ("Cartão", V(g.masked_card())), ("Autorização", V(g.up(2) + g.d(4))),
              ("Valor", V(f"R$ {brl(g.ri(400, 5200) + 0.0)} em {g.pick([1, 3, 6, 10])}x")), ("Data da compra", V(dbr(g.after(fd, -40, -2)))),
              ("IP da compra", (g.ip(), "IP_ADDRESS")), ("E-mail cadastrado", (g.email(ch), "EMAIL_ADDRESS")),
              ("Telefone cadastrado", (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nEVIDÊNCIAS DE PRESTAÇÃO DO SERVIÇO\n1. Reserva «p», bilhete «t», voo «fl» «a»-«b» em «d».\n2. Passageir«o»: «n», CPF «c»«rel», telefone «pt».\n"
          "3. Check-in pelo app em «ci» a partir do IP «ip» (mesmo dispositivo da compra: «dv»).\n4. Cartão de embarque lido no portão «g» às «h»; "
          "assento «s».\n5. Bagagem despachada, etiqueta «bt».\n\n", p=pnr(g), t=eticket(g, pref), fl=flight(g, code), a=a[0], b=b[0], d=dbr(fd),
          o=pax.o, n=P(g.pick([pax.full, gds_name(pax, g)])), c=(g.cpf(), "BR_CPF"), pt=(g.phone(g.pick(["par", "e164", "plain"])), "PHONE_NUMBER"),
          rel="" if pax is ch else f" ({'filha' if pax.female else 'filho'} d{ch.o} portador{'a' if ch.female else ''})",
          ci=ts(g.moments(1, fd - datetime.timedelta(days=1), 1, (6, 23))[0], "br"), ip=(g.ip(), "IP_ADDRESS"),
          dv=g.pick(["iPhone 13 / app 8.2.1", "Android 14 / app 8.4.0", "Windows / Chrome 126"]), g=g.ri(1, 40), h=g.hm(), s=seat(g),
          bt=bagtag(g, code, pref))
    if pax is not ch:
        doc.f("Obs.: a compra foi feita pel«o» própri«o» portador«a» para «n»; o programa de fidelidade «p» registra os dois no mesmo "
              "grupo familiar.\n\n", o=ch.o, a="a" if ch.female else "", n=P(pax.first), p=prog)
    doc.f("Diante do exposto, requer-se a reversão da contestação.\n\n«a»\nAnalista de Disputas — «f»\n«e»\n", a=P(an.full), f=brand,
          e=g.pick([(corp_mail(an, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "chargeback"))]))
    return doc


def fi_arquivo_diarias(g: Gen) -> Doc:
    """A crew per-diem payment file (fixed width: bank, agency, account, name, CPF) with HR notes (a spouse's account, a wrong CPF)."""
    doc = Doc()
    brand, legal, dom, code, prog, pref = airline(g)
    ap = airport(g)
    d = g.day()
    hr = g.person()
    doc.f("«l»\nARQUIVO DE PAGAMENTO — DIÁRIAS DE TRIPULANTES — BASE «b» — COMPETÊNCIA «m»/«y»\nEMPRESA CNPJ «cn»  LOTE «lt»\n\n",
          l=fold(legal).upper(), b=ap[0], m=f"{g.ri(1, 12):02d}", y=d.year, cn=(g.cnpj(style="raw"), "BR_CNPJ"), lt=g.d(4))
    doc.t("SEQ  BCO  AGENCIA  CONTA         FAVORECIDO                     CPF          DIARIAS  VALOR\n")
    ppl = []
    for k in range(g.ri(3, 5)):
        p = g.person()
        ppl.append(p)
        doc.t(f"{k + 1:04d} ")
        doc.cell(g.pick(BANKS)[0], 3)
        doc.t("  ")
        doc.cell(g.agency(dv=False), 7, "BANK_ACCOUNT")
        doc.t("  ")
        doc.cell(g.account(), 12, "BANK_ACCOUNT")
        doc.t("  ")
        doc.cell(cut(fold(p.full).upper(), 30), 30, "PERSON")
        doc.t(" ")
        if g.chance(0.9):
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        else:
            doc.cell(g.neg(11), 11)
        n = g.ri(2, 14)
        doc.t(f"  {n:7d}  {brl(n * g.pick([95.0, 110.0, 135.5])):>9}\n")
    doc.f("\nTOTAL DE REGISTROS: «n»\n\nNotas do RH («h»):\n", n=len(ppl), h=g.pick([P(hr.full), P(hr.short), V(login(hr, g))]))
    x = g.pick(ppl)
    sp = g.spouse(x)
    doc.f("- «n» pediu crédito na conta d«o» «r» «s» (ag. «ag», cc «ac»); negado: diária é verba do empregado, só em conta de "
          "titularidade própria.\n", n=P(g.pick([x.first, x.full])), o="a" if sp.female else "o", r="esposa" if sp.female else "marido",
          s=P(sp.full), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    y = g.pick(ppl)
    doc.f("- Registro de «n» voltou com CPF inválido («bad»); correto é «c», conferido na ficha. NIS «ps».\n", n=P(g.pick([y.full, y.short])),
          bad=g.neg_cpf(), c=(g.cpf(), "BR_CPF"), ps=(g.pis(), "BR_PIS"))
    if g.chance(0.5):
        z = g.pick(ppl)
        doc.f("- «n» atualizou o endereço para «a», CEP «c» (informe de rendimentos).\n", n=P(g.pick([z.first, z.full])),
              a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    doc.f("- Dúvidas: «e»\n", e=g.pick([(corp_mail(hr, dom, g), "EMAIL_ADDRESS"), V(role_mail(g, dom, "diarias"))]))
    return doc


def fi_zap_agencia(g: Gen) -> Doc:
    """WhatsApp between a client and a small travel agency: a package in instalments, a group booking's list, Pix and a card link."""
    doc = Doc()
    fan, raz, dom = g.pick(AGENCIES)
    c = g.person()
    ag = g.person(female=g.chance(0.7))
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (8, 22))[0]
    tt = iter(seq_times(g, 40, t0, 60, 3000))
    own = g.chance(0.5)
    me = ("Você", None) if own else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.8) else (g.pick([c.first, c.short]), "PERSON"))
    A = (fan, None)
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    dest = g.pick(INTL + [(x[0], x[1]) for x in AIRPORTS[:8]])
    cl(doc, st(next(tt)), A, "Oi «n»! Aqui é «a», da «f». Segue a cotação para «d»: aéreo + hotel 5 noites, R$ «v» por pessoa, em até 10x sem "
                             "juros ou 5% de desconto no Pix.", n=P(c.first), a=P(ag.first), f=fan, d=dest[1], v=brl(g.ri(2, 9) * 1000 + 0.0))
    ppl = [(c, True)] + ([(g.spouse(c), True)] if g.chance(0.6) else []) + [(g.relative(c), False) for _ in range(g.ri(0, 2))]
    cl(doc, st(next(tt)), me, "fechado! vamos em «k»", k=len(ppl) if len(ppl) > 1 else "1, só eu")
    cl(doc, st(next(tt)), A, "Preciso de nome completo como no documento, CPF e data de nascimento de todos.")
    for p, adult in ppl:
        cl(doc, st(next(tt)), me, "«n» - «c» - «d»", n=P(g.pick([p.full, p.full, p.low])), c=(g.cpf(), "BR_CPF"),
           d=(g.dob(g.pick(["br", "nopad", "short"]), *((1955, 1998) if adult else (2006, 2021))), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), A, "Pix da agência: chave aleatória «k» (CNPJ «cn»).", k=(g.uuid(), "PIX_KEY"), cn=(g.any_cnpj(), "BR_CNPJ"))
    else:
        cl(doc, st(next(tt)), A, "Pix da agência é o CNPJ «cn», ou te mando o link de pagamento no cartão.", cn=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), me, "vou pagar no cartão, «c» validade «v»", c=(g.card(spaced=g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        cl(doc, st(next(tt)), A, "Não mande dados do cartão aqui, por favor! Apaga essa mensagem. Vou te enviar o link seguro.")
    else:
        cl(doc, st(next(tt)), me, "manda o link, parcela em 10")
    cl(doc, st(next(tt)), A, "Emitido! Localizador «l», «f». Os vouchers vão para o seu e-mail, qual é?", l=pnr(g), f=g.pick(AIRLINES)[0])
    cl(doc, st(next(tt)), me, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "ah, e a nota fiscal sai no CNPJ da minha empresa, «co», «cn»", co=g.pick(CORPS)[0], cn=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), A, "Lembrando: a «f» cobra multa de remarcação e o reembolso segue a regra da tarifa. Qualquer coisa, «t».",
           f=g.pick(AIRLINES)[0], t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), me, g.pick(["obrigad" + c.o + "!!", "👏👏", "vamos que vamos", "ok"]))
    return doc


FI = [fi_ecommerce_jsonl, fi_fila_reembolso, fi_agencia_comissoes, fi_milhas_emissoes, fi_chargeback_defesa, fi_arquivo_diarias,
      fi_zap_agencia]



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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|téc|cmte|comandante|mr|mrs)\.?\s", v), (rid, v)
            assert not re.search(r"\s(MR|MRS|MSTR|MISS|CHD|INF)$", v), (rid, v)
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+(@|//)[\w-]+(\.[\w-]+)+", v), (rid, v)  # "//" stands for "@" in a GDS CTCE element
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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRC|CRFa|CRF)(?![A-Z])", v), (rid, v)
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
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES + COMMON_WORDS
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
    print("hundredeleventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
