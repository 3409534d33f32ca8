"""Build the hundred-and-twenty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12424, 280 records: 4 domains x 7 templates x 10 copies.

Register: COWORKING SPACES, SHARED OFFICES, VIRTUAL OFFICES (fiscal address services) AND MAIL
HANDLING FOR SMALL FIRMS -- membership sign-ups with KYC, desk and meeting-room bookings, guests
announced to the building's reception, access badges and the visitors' logbook, the mail and
parcel register (who received what for which member, who collected it), virtual-office contracts
lending a fiscal address, extrajudicial notices over unpaid plans and evictions from private rooms,
a worker's labour claim against a startup housed in a coworking, a court's order to a virtual-office
provider about a client firm that only used its address, a notebook stolen from a shared desk, the
founders' agreement and cap table of a startup, and the health side (ASOs of the space's own staff,
an ergonomic assessment of a startup's team, first aid at the space, a member's repetitive strain
injury, sick notes sent to a startup's people-ops, a CAT of a cleaner or electrician, a health week
with flu vaccination), and the money side (billing exports, card chargebacks, Pix receipts, the
staff payroll, collections, expense reimbursements). Every space, firm, startup, acquirer, clinic,
fund, bot, app and person is invented (Colmeia Coworking, Aurora Hub, Estação Prudente Coworking,
Ninho Vila Rosa, Bancada Celeste, Leão Work Café, Quintal Serena, Mesa Bento, Casa Flor de Sal; the
virtual offices Sede Fácil, Endereço Nobre, Escritório Virtual Amado & Justo, Caixa Postal Vitória;
the startups and member firms Tamarindo Labs, Pitaya Pagamentos, Sabiá Analytics, Jabuti Frete
Inteligente, Cotrim & Furquim Advogados Associados, Quintanilha Design Studio, Mandacaru Energia
Solar, Lume Saúde Digital, Aroeira Contabilidade Online, Caju Edtech, Bem-te-vi Games, Estrela Guia
Consultoria em RH, Rosa dos Ventos Turismo, Prudente Capital, Tinoco Imóveis, Vaga-lume Robótica
Educacional, Cactus Seguros Digitais, Pé de Serra Cafés Especiais; the acquirers Redeflor, PagaLeão,
Vitória Adquirência; the cleaning firms Limpa Bem, Brilho Sereno, Zeladoria Bom Bento; the clinics
Clínica Ocupacional Prumo, MedTrab Ergo, Ocupa Vida Bonfim, SESMT Aurora, Clínica Movimento Celeste,
Instituto da Mão e do Punho Leal, Ortoclínica Flor de Lis; the funds Sereno Venture Capital FIP,
Fundo Bento Seed I FIP, Aurora Anjos FIP; the access systems PortaLivre, Acesso360, CatracaNet; the
booking apps MeetSala, Reserva Já, DeskHub; the bots Cowy, Colmeinha, Mel, Tico, Zaz; the rooms
Sala Aurora, Sala Bento, Sala Leão, Sala Serena, Sala Vitória Régia, Auditório Luz, Sala Cora
Coralina...).
Layouts: a web form in four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) with a
KYC checklist; WhatsApp exports (Android and iOS stamps in two date styles; senders by number, by
name or "Você"; the space or the people-ops as a business account; group chats in lower case with
@mentions); a Slack export in two styles (bracketed times, or the display-name header with AM/PM and
grouped consecutive messages); a reception logbook as a table (OCR'd scan in some copies: I/l, O/0,
S/5, B/8, m/rn...) and the access system's semicolon CSV with first_name/last_name split; the mail
register as Markdown, ruled, pipe or tab-separated text with the notice e-mail and the quoted reply;
a speech-to-text call (lower case; CPF, birth date, phone, address, CEP and the partner's RG spoken
in groups or in words, "meia" for six) and the typed pre-registration; e-mails with quoted replies
and X-Originating-IP; contracts, notices (in capitals sometimes), a labour claim, hearing minutes,
a partners' agreement, an ALL CAPS police report (OCR'd sometimes), a court's order with the
bailiff's certificate and the provider's answer; e-signature logs; an ASO form, an NR-17 assessment
with a ruled table, a first-aid logbook (capitals sometimes), a clinic record, a CAT in capitals
(OCR'd sometimes), a vaccination list as CSV, TSV or ruled table; a billing CSV, an acquirer's
dispute with the defence's evidence table, Pix receipts pasted from screenshots (OCR'd sometimes),
a cap table pasted from a spreadsheet, a payroll in fixed width or a ruled table, a collections
chat or SMS, JSON lines of expense reimbursements.
- atendimento: (0) a membership sign-up form with KYC (the form's IP, CPF, RG or CNH, birth date,
  e-mail, mobile, landline sometimes, home address and CEP, the firm's CNPJ; the emergency contact;
  people allowed to collect mail with CPF or RG; the analyst by name or login, a mistyped CPF
  corrected, a proof of address in a relative's name, the partners in the QSA); (1) a members'
  WhatsApp group or a chat with the community manager or the space's business account: a room
  booking, guests announced to the building with RG or CPF and a phone sometimes, a visitor's car
  plate (and its driver), an extra hour paid to the space's random Pix key, a friend's day pass
  with CPF and e-mail, a new number, a parcel in the pigeonholes; (2) the reception: the visitors'
  logbook (name, RG/CPF/CNH, phone, host by name or company or room, badge, plate; the shift's
  receptionists) or the access system's CSV (first_name/last_name, CPF or a masked CPF, badge ids)
  with pre-registered visitors; the shift's notes (a courier, a guard, a CNH found); (3) the mail
  register of a virtual office and the notice e-mail (the receptionist's corporate or the role
  mailbox, the bailiff who came for a summons) with the reply asking to forward the original to a
  home address and CEP (and the holder's CPF) or naming who will collect with RG and phone;
  (4) a speech-to-text call to hire a fiscal address and the typed pre-registration (the attendant
  by name or login); (5) a Slack export of the community channels (a wallet with an RG, a badge or
  a CNH found, a job offer with a person's corporate e-mail or the role mailbox and a phone, a car
  blocking the dock, a collection to a random Pix key, a lost badge blocked with the CPF, an invoice
  with a CNPJ, the printer technician's and an electrician's phones, the booking bot); (6) a
  member's complaint (renewal charged after cancelling with the card number, a parcel lost at the
  reception, a fixed desk taken, a notebook wet by a leak with its serial number) quoted with
  X-Originating-IP under the community manager's answer (CPF, the firm's CNPJ, phone, an address
  sometimes, a refund to an account, a Pix key of any kind or the card).
- juridico: (0) a virtual-office contract lending a fiscal address (the provider's CNPJ and
  representative's CPF, the client firm's CNPJ and NIRE sometimes, the partner qualified, the people
  allowed to collect mail with CPF, RG and phone, the fee to the provider's agency and account,
  witnesses sometimes, an e-signature log or an ICP-Brasil note); (1) an extrajudicial notice over
  an unpaid plan and the eviction from a private room (capitals sometimes; the member or the firm's
  partner qualified, the invoices, the space's random Pix key, the lawyer's OAB, phone and e-mail)
  and the member's reply (a CPF, the receptionist who got the keys, a phone, or the own lawyer's
  OAB); (2) a labour claim of a "pejotizado" worker against a startup housed in a coworking (the
  claimant qualified with PIS, título often, birth date, CTPS unlabelled, the MEI's CNPJ; the
  startup's CNPJ; the CEO with a nickname and the partner's WhatsApp; the coworking's access records
  asked by ofício; wages by Pix to the CPF; witnesses -- the receptionist and the community manager
  -- with RG and phone; the lawyer's OAB); (3) hearing minutes (small claims or labour: judge or
  conciliator, the plaintiff's CPF, address, CEP and e-mail for summons sometimes, PIS and título
  sometimes,
  lawyers' OAB, the preposto's CPF, a witness's RG, a settlement to an account, a random key or a
  Pix key of any kind); (4) a startup's partners' agreement (partners qualified with birth date
  sometimes, RG or CNH, CPF, e-mail, home address and CEP; an angel qualified or a fund's CNPJ and
  its manager's e-mail; the quota table; vesting; the company's agency and account; e-signature
  log sometimes); (5) an ALL CAPS police report of a notebook and a phone stolen from a shared desk
  (the victim qualified, the receptionist and the guard, the suspect visitor with RG, CPF and phone
  from the logbook, his car's plate, the officers, the delegada or delegado; the BO number, the
  notebook's serial, the IMEI and the officer's RE unlabelled); (6) a court's order to a virtual-
  office provider and its answer (the judge, the client firm's CNPJ, the bailiff's certificate
  naming the receptionist, the partners' CPF, birth date, mobile, e-mail, declared home address and
  CEP, portal logins with e-mails or logins and public IPs, who collected mail with RG, the DPO).
- saude: (0) an ASO of the space's or the cleaning firm's staff (the clinic's CNPJ and scheduling
  phone, the employer's CNPJ, CPF, RG, e-mail sometimes, birth date, NIT, phone sometimes; CBO
  unlabelled; the examiner's and the PCMSO coordinator's CRM) and sometimes the month's ASO list;
  (1) an NR-17 ergonomic assessment of a startup's team at a coworking (the startup's CNPJ, the
  physiotherapist's CREFITO, the safety engineer's CREA; workers with CPF and birth date or age,
  desk, complaint and pain score; a referral; the HR's e-mail); (2) the space's first-aid logbook
  (capitals sometimes; members and visitors with birth date, CPF or RG, a contact phone, a relative;
  the brigade members; a removal by SAMU with the ambulance's plate, the nursing technician's
  COREN and a companion's phone); (3) an orthopaedic or occupational record of a member with a
  repetitive strain injury (birth date, CPF, RG sometimes, CNS sometimes, phone, e-mail, address,
  CEP, an emergency phone; the clinic's phone; the physiotherapist's CREFITO, the physician's CRM,
  the report to the firm's HR e-mail); (4) a startup's sick-note channel (Slack, or a WhatsApp group
  exported by the people-ops: senders by number or name; doctors by name or not, the CRM in any case;
  CPF and CNS for the plan, a dependant's CPF and CNS, a relative writing from her or his own number,
  the NIT and a new phone for the INSS); (5) a CAT in capitals, OCR'd sometimes (the employer's
  CNPJ, the worker and the mother, birth date, NIT, RG, CPF, CNS sometimes, address, CEP, phone;
  witnesses' phones; the physician's CRM; the HR's e-mail); (6) a health week with flu vaccination
  and screening (the vaccinator's COREN, the members' birth dates, CPF and CNS columns, the
  coordinator's CRM or COREN, the community manager's e-mail or the role mailbox).
- financeiro: (0) the month's billing export as CSV (members with CPF, firms with CNPJ, billing
  e-mails personal or role, phones, NFS-e numbers, masked cards; the collections analyst or login;
  the boleto line; the receiving agency and account); (1) a card chargeback (the acquirer's analyst,
  the card number full or masked, other disputes of the week with full or masked card numbers,
  the member's CPF, e-mail, mobile and billing address, the
  contract's acceptance IP, badge entries, app logins with public IPs, Wi-Fi leases with private IPs
  and MAC addresses; the finance person); (2) Pix receipts from members' screenshots (payer's name,
  masked CPF unlabelled, bank, agency and account; the space's CNPJ and random key; the E2E id
  unlabelled; a payment to a partner's old CPF key; the analyst); (3) a startup's cap table pasted
  in an e-mail to the lawyer (founders and angels with CPF and e-mail, a fund's CNPJ, the option
  pool, grants with CPF, the company's agency and account, the founder's nickname and phone);
  (4) the space's payroll in fixed width (names cut at 26 characters) or a ruled table (CPF, PIS,
  agency and account or a Pix key of any kind; the login; the accountant's CRC); (5) collections on
  WhatsApp (exported by the member or by the space; the member's CPF, the firm's CNPJ, the phone and
  address on file, the space's random key, a full card number typed in the chat, a new address and
  CEP, a new e-mail) or by SMS (the random key, the reply with the CPF, a receipt to the e-mail);
  (6) a startup's reimbursement export as JSON lines (employees with CPF, corporate e-mail, a phone
  or null, a Pix key of any kind or agency and account, a masked corporate card; the approver's
  e-mail and IP; the exporter's login and private IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dr", "SD PM", "CB PM", "DELEGADA", "dona", "seu"; particles and suffixes are inside;
"SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS and OCR-damaged forms are
persons, and so are names cut at a fixed-width field, as they stand; first_name/last_name columns
are one span each. Staff named in the text are persons (community managers, receptionists, guards,
couriers, brigade members, KYC and collections analysts, people-ops, DPOs, acquirers' analysts,
lawyers, judges, conciliators, prepostos, bailiffs, police officers, delegados, physicians,
physiotherapists, engineers, nurses, vaccinators, accountants), and so are members, guests,
visitors, founders, angels, partners, relatives and a CEO known by a nickname;
logins (kgeorgiou52, vcarapeba), bots (Cowy, Zaz APP), apps, system accounts and the business
accounts of WhatsApp ("Colmeia Coworking Financeiro", "People Quintanilha") are not. Corporate
e-mails of people are EMAIL_ADDRESS; role mailboxes (recepcao@, correspondencia@, comunidade@,
membros@, financeiro@, disputas@, chargeback@, vagas@, people@, rh@, ri@, dpo@, ouvidoria@,
fiscal@, contabilidade@...) are not labelled. ADDRESS is a person's street + number + complement
(lower-case and spoken forms included; bairro, city and CEP stay out, the CEP is BR_CEP). Agency
and account are separate BANK_ACCOUNT spans, whoever holds them (a member, a worker, a payer, the
space, a startup's account for the round); bank names and codes are not labelled. PIX_KEY only for
random keys (the space's, a collection's, a settlement's, a worker's); a key that is a CPF, phone
or e-mail takes that label. DATE_OF_BIRTH only for births (spoken ones included); booking, visit,
due, accident, hearing, exam, admission, vesting and log dates and ages ("43 anos") are not.
Masked CPFs ("***.456.789-**", "•••.963.279-••") and masked cards are not labelled; identifiers
read out in groups or in words are labelled like their digits.
Decisions of this set:
- A company's address is not labelled, and this register is full of them: the seats of spaces and
  firms and, above all, the fiscal address a virtual office lends to a client firm ("com sede na
  Rua Funchal, 418, 35º andar, Vila Olímpia, São Paulo/SP (endereço fiscal contratado junto à ...)",
  the bailiff's "diligenciei no endereço ...", the BO's and the CAT's place of the facts); they are
  written without a CEP. A member's home address, a forwarding address for the mail, a billing
  address on file and the address for a boleto are persons' addresses and are labelled.
- A chat's @mention of a person ("@Temuulen", "@aurora") is a PERSON span without the "@"; Slack
  display names and WhatsApp senders by name are persons, senders by number are PHONE_NUMBER.
- PROFESSIONAL_ID: CRM, COREN, CREFITO (physiotherapists: "CREFITO-3/12345-F", "CREFITO 7 nº
  395082-F"), CREA (the safety engineer), CRC and OAB, with the acronym and the UF or region.
- NOT labelled: protocol, ticket, order, contract, dispute and agreement numbers, badge ids
  ("#58828", "0xAA24D5", "V-021"), desk and room numbers, Correios tracking codes ("QB530333588BR")
  and AR numbers, NFS-e/RPS numbers, boleto lines, NIRE, CNJ numbers, BO numbers and the officer's
  RE, notebook serial numbers, IMEIs (15 digits, Luhn-valid, never a CNS), MAC addresses, private
  IPs (Wi-Fi leases, the exporter's machine), Pix E2E ids, CTPS, CBO codes, vaccine lots, ICD-10
  codes, money, quotas and percentages, 4004 central lines.
- LICENSE_PLATE: every plate is labelled (visitors' cars, the suspect's car, the ambulance); the
  script checks that no plate-shaped token stands outside the spans.
- NIT and PIS/PASEP are one number: BR_PIS. CNPJs appear in the numeric and the 2026 alphanumeric
  forms, dotted or raw. A full card number typed in a chat, a complaint or a dispute is CREDIT_CARD.
  Phones of people and of firms (a clinic's scheduling line, a signature's landline) are labelled.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Ukrainian, Russian, Armenian, Greek, Lebanese, Syrian, Japanese, Korean,
Chinese, Mongolian, Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian,
Bolivian, Peruvian, Paraguayan, Venezuelan, indigenous, Jewish), rare or invented name words well
above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Celeste, Estrela, Esperança, Serena, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno,
Constante, Salvador...) are names here and, elsewhere, words, rooms, spaces, firms, streets and
cities, not persons ("a luz da cabine 3 queimou", "foi uma vitória achar vaga", "seria prudente
reservar", "Sala Bento", "Leão Work Café", "Quintal Serena", "Rosa dos Ventos Turismo", "Presidente
Prudente", "Rua Bento Gonçalves", the cushions wet by the "sereno"); rooms named after people
("Sala Cora Coralina") and firms named after surnames ("Cotrim & Furquim Advogados Associados",
"Tinoco Imóveis", "Quintanilha Design Studio") are not persons either.

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), protocol, order and contract numbers
(11-digit ones checked to fail CPF, PIS and CNH), tracking codes, NIRE, NFS-e, boleto lines, IMEIs,
serials, MACs, E2E ids, private IPs, masked CPFs and cards, ICD-10 codes (M65.4, G56.0, M77.1,
M54.2, H53.1, S61.0, T23.2, S93.4, S33.5, F41.1...), CBO codes, money, laws and rules (Lei
13.709/2018, LC 155/2016, NR-17, NR-35, NHO 11, arts. 2º, 3º, 467, 477 and 791-A of the CLT, art.
155 of the CP), non-birth dates, ages; the script checks CPF-, PIS-, CNH-, título-, CNS-, card- and
plate-shaped runs outside the spans.
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

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    ds = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(ds)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return f"{ds[9]}{ds[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric CNPJ or of the 2026 alphanumeric one (a character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    ws = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (ws, [6] + ws):
        r = sum(a * b for a, b in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree are never drawn
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r >= 10 else str(r)


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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str(-tot % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Carolina", "Thaís", "Sônia", "Helena", "Isabela", "Lívia", "Júlia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Henrique", "Guilherme", "Leonardo", "Caio", "Fernando", "Márcio", "Otávio", "Miguel", "Arthur"]
RARE_F = ["Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Francimar", "Ilzamar", "Marinalva", "Valdelice",
          "Cleonice", "Genilda", "Doralice", "Zulmira", "Eulália", "Hermínia", "Deolinda", "Iranildes", "Claudinéia", "Gessy",
          "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire", "Anaíldes", "Jurema",
          "Iracema", "Edileusa", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Adélia Maria",
          "Laudelina", "Mirtes", "Elzimar", "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá",
          "Cremilda", "Alzerina", "Dejanira", "Lindalva", "Edjane", "Ivanilde", "Zuleide", "Marluce", "Neusimar", "Gildete",
          "Rosimeiry", "Jozélia", "Valdirene", "Ariclenes", "Elionora", "Kássia Suellen"]
RARE_M = ["Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Valdomiro", "Deusimar", "Jadiel",
          "Kelvyn", "Wesley Kauã", "Maxsuel", "Tarcísio", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo",
          "Rosalvo", "Zózimo", "Arquimedes", "Belchior", "Cirilo", "Dagoberto", "Eliomar", "Genésio", "Isaltino", "Jocimar",
          "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon", "Sandoval", "Ueliton", "Wanderlan", "Olegário",
          "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio", "Galdino", "Aristeu", "Dejair", "Gilmário",
          "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Reginaldo Kauê", "Jailson", "Edivânio"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Alegria", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias"]
RARE_SUR = ["Sarapião", "Tamarindo", "Jatobá Leite", "Mangueira", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales",
            "Cotrim", "Alencastro", "Vilanova Brum", "Guedelha", "Parreira", "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás",
            "Fagundes Paim", "Tinoco", "Pestana", "Espínola", "Landim", "Lustosa", "Bocaiúva", "Jurubeba", "Carapeba", "Aroeira",
            "Caldas Marinho", "Capistrano", "Benevides", "Meirelles Paiva", "Cantuária", "Paixão Brito", "Sertório", "Umbelino",
            "Valadão", "Rebouças Lima", "Mascarenhas", "Gondim", "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum",
            "Arrais", "Bitencourt Lago", "Cerqueira Leme", "Sampaio Corrêa", "Junqueira Brás", "Tenório", "Matoso", "Lacerda Pinto",
            "Vasconcelos Rego", "Guimarães Rosa Leite", "Coutinho Maia", "Ximenes", "Peregrino", "Brandão Veloso", "Quaresma"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui",
        "Henrique": "Rick", "Pedro": "Pedrão", "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari",
        "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Maria Eduarda": "Duda", "Luz": "Luzinha",
        "Maria da Luz": "Luzinha", "Graça": "Gracinha", "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá",
        "Hermógenes": "Mogé", "Deoclécio": "Cleco", "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon",
        "Lucivaldo": "Luci", "Joscelino": "Celinho", "Valdomiro": "Miro", "Epaminondas": "Mina", "Teotônio": "Teo",
        "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci", "Marinalva": "Nalva",
        "Cleonice": "Nice", "Doralice": "Dora", "Zulmira": "Mira", "Hermínia": "Mimi", "Iracema": "Cema", "Quitéria": "Téia",
        "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Genésio": "Gene", "Lindolfo": "Dodô", "Quintino": "Tino",
        "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê", "Carolina": "Carol",
        "Isabela": "Bela", "Roberto": "Beto", "Fernando": "Nando", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha",
        "Gilmário": "Gil", "Jucimar": "Juju", "Aristeu": "Teteu", "Marluce": "Lulu", "Zuleide": "Zu", "Oluwaseun": "Seun",
        "Chukwuemeka": "Emeka", "Dejair": "Deja", "Edjane": "Jane"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "mn": (["Oyuntsetseg", "Enkhjargal", "Solongo"], ["Batbayar", "Ganbold", "Temuulen"], ["Dashdorj", "Tserendorj", "Batsaikhan", "Ochirbat"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "gr": (["Eleni", "Despina", "Kalliopi"], ["Stavros", "Panagiotis", "Spyros"], ["Georgiou", "Lambrakis", "Konstantinidis"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "ru": (["Svetlana", "Anastasia", "Yekaterina"], ["Dmitri", "Aleksei", "Vsevolod"], ["Volkov", "Smirnova", "Kuznetsov", "Sokolova"]),
}
RARE_ORIGINS = ("ua", "mn", "cu", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "gr", "ng", "sy", "co", "ru")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Jurema", "Iracema", "Doralice", "Cleonice", "Marinalva", "Tarcísio", "Cirilo", "Sandoval", "Belchior",
                        "Mirtes", "Hermínia", "Eulália", "Deolinda", "Genésio", "Wilma", "Juana", "Nilda", "Celso", "Ramón",
                        "Nelson", "Odete", "Ester", "Mangueira", "Parreira", "Pestana", "Benevides", "Mascarenhas", "Gondim",
                        "Capistrano", "Alencastro", "Landim", "Tinoco", "Cotrim", "Valadão", "Guedelha", "Lindalva", "Galdino",
                        "Percy", "Edwin", "Wanda", "Eleni", "Flor de María", "Valdirene", "Reginaldo Kauê", "Jailson", "Tenório",
                        "Quaresma", "Peregrino", "Sampaio Corrêa", "Coutinho Maia", "Svetlana", "Anastasia", "Dmitri", "Tunde"])
RARE.update(["Gemma", "Assunta", "Ornella", "Ettore", "Primo", "Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Boscardin",
             "Tessaro", "Ceccon", "Ilse", "Frieda", "Hedwig", "Gerda", "Egon", "Arno", "Bernsdorf", "Mallmann", "Schwanke",
             "Kretschmer", "Hoffmeister", "Pommerening", "Kuhnen", "Emiko", "Harumi", "Mitsuko", "Kyoko", "Tadashi", "Shigeru",
             "Noboru", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nakandakari", "Nagib", "Nassif", "Rizk",
             "Khoury", "Chedid", "Bechara", "Soraya", "Samira"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Pedreira", "Mangueira", "Palmeira", "Paixão Brito"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


DE_SUR = {"Oliveira", "Souza", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo", "Jesus",
          "Farias", "Alencastro", "Alcântara Seixas", "Mascarenhas", "Meirelles Paiva", "Sabiá", "Capistrano", "Bacelar", "Paula"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela"]
STREET_NAMES = ["dos Bibliotecários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tipógrafos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Campo Belo", "Santa Teresa",
           "Vila Madalena", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Adélia Maria", "Liz Mabel", "Nha Djassi", "Kássia Suellen",
                                            "Reginaldo Kauê", "Leidy Johana", "Jhon Fredy"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def surname_str(self) -> str:
        return " ".join(self.surnames)

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


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        """Hex ids (orders, sessions); never a run of seven or more digits."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{7}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (orders, protocols, contracts)."""
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
            if n in (15, 16) and luhn_ok(v):
                continue
            return v

    def neg_cpf(self, dotted: bool = True) -> str:
        """A CPF-shaped number that fails the check (a typo)."""
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.46:
            return self.pick(IMMIGRANT_SUR)
        if r < 0.58:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 2, 3])
            surnames: list[str] = []
            while sum(len(x.split()) for x in surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if surnames and sum(len(x.split()) for x in surnames) + len(s.split()) > k:
                    continue
                if s not in surnames and s != given:
                    surnames.append(s)
            takes = [i for i, x in enumerate(surnames) if particle(x)]
            if takes and rng.random() < 0.45:
                pos = self.pick(takes)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "mn"):
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
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
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
            raw = ddd + local
            if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "wa": f"+55 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504", "6516"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}"])

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
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3)]
        return self.pick(["2804", "2801", "2804"]) + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}",
                                                                                        f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}"])

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
                          "fundos", f"ap. {self.ri(101, 910)}", f"sala {self.ri(1, 30)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1955, hi: int = 2006) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2006) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (8, 22)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 23):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.05", "8.17", "8.06", "8.16", "5.02", "5.01", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}", f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("S", "5"), ("B", "8")]


def ocr(s: str, g: Gen, rate: float = 0.35, names: bool = False) -> str:
    """Zero to two OCR confusions in a word, a name or an address (identifiers are printed clean)."""
    pairs = [(a, b) for a, b in OCR_LETTERS if not (names and b[0].isdigit() and b != "0")]
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in pairs if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        i = g.pick([m.start() for m in re.finditer(re.escape(a), s)])
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
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


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
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
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
    """A value cut at a fixed-width field (trailing space and comma removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe/Markdown ('pipe', 'md') or blank-aligned ('plain') table."""
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
    elif style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in rows:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                doc.e(v, lab) if v else None
                doc.t(" |")
            doc.t("\n")
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
        if indent is None or not v:
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
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
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
            doc.t((k + " ").ljust(w1, ".") + " ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(f"{fold(k).upper()}: ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "armênia", "peruana", "argentina", "haitiana"],
               False: ["brasileiro"] * 6 + ["português", "armênio", "peruano", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["empresária", "desenvolvedora de software", "designer", "consultora", "contadora", "advogada", "arquiteta",
               "jornalista", "publicitária", "engenheira de dados", "psicóloga", "tradutora", "produtora de conteúdo", "corretora de imóveis"],
        False: ["empresário", "desenvolvedor de software", "designer", "consultor", "contador", "advogado", "arquiteto",
                "jornalista", "publicitário", "engenheiro de dados", "analista de sistemas", "tradutor", "representante comercial",
                "corretor de imóveis", "microempreendedor individual"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/NIT nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", E-MAIL " if caps else ", e-mail ")
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


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n, g), f"{n[:5]} {n[5:]}"])


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(g: Gen):
    style = g.pick(["android", "android2", "ios", "ios2"])

    def st(t: datetime.datetime) -> str:
        return {"android": ts(t, "wa") + " - ", "android2": ts(t, "wa2") + " - ", "ios": ts(t, "waios") + " ",
                "ios2": ts(t, "waios2") + " "}[style]
    return st


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 30, hi: int = 1800) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id, an upper-case UUID, is not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token e-mail)", "assinou (gov.br)", "assinou (selfie + SMS)", "visualizou e assinou"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01",
           "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


# --------------------------------------------------------------------------- register: coworking, shared offices, virtual offices

SEED = 12424
OUT_NAME = "hundredtwentyfourth.jsonl"

# (brand, legal entity, domain, kind): kind is cowork, virtual (fiscal address and mail only) or both
SPACES = [
    ("Colmeia Coworking", "Colmeia Espaços Compartilhados Ltda.", "colmeiacowork.com.br", "both"),
    ("Aurora Hub", "Aurora Hub Escritórios Flexíveis Ltda.", "aurorahub.com.br", "cowork"),
    ("Estação Prudente Coworking", "Estação Prudente Serviços de Escritório Ltda.", "estacaoprudente.com.br", "both"),
    ("Ninho Vila Rosa", "Ninho Coworking Vila Rosa Ltda. ME", "ninhovilarosa.com.br", "cowork"),
    ("Bancada Celeste", "Bancada Celeste Coworking S.A.", "bancadaceleste.com", "both"),
    ("Leão Work Café", "Leão Work Café e Escritórios Ltda.", "leaoworkcafe.com.br", "cowork"),
    ("Quintal Serena", "Serena Escritórios Compartilhados Ltda.", "quintalserena.com.br", "cowork"),
    ("Mesa Bento", "Bento Mesas e Salas Ltda.", "mesabento.com.br", "both"),
    ("Casa Flor de Sal", "Flor de Sal Espaço de Trabalho Ltda.", "casaflordesal.com.br", "cowork"),
    ("Sede Fácil", "Sede Fácil Domiciliação Empresarial Ltda.", "sedefacil.com.br", "virtual"),
    ("Endereço Nobre", "Endereço Nobre Serviços Administrativos Ltda.", "endereconobre.com.br", "virtual"),
    ("Escritório Virtual Amado & Justo", "Amado & Justo Domicílio Fiscal Ltda.", "amadojusto.com.br", "virtual"),
    ("Caixa Postal Vitória", "Vitória Gestão de Correspondências Ltda.", "caixapostalvitoria.com.br", "virtual"),
]
# company seats and fiscal addresses (never labelled: a company's address)
SEATS = ["Av. Brigadeiro Faria Lima, 1811, conj. 1204, Jardim Paulistano, São Paulo/SP", "Rua Funchal, 418, 35º andar, Vila Olímpia, São Paulo/SP",
         "Av. Paulista, 1636, sala 1504, Bela Vista, São Paulo/SP", "Rua da Glória, 190, 3º andar, Glória, Rio de Janeiro/RJ",
         "Av. Getúlio Vargas, 1300, 7º andar, Savassi, Belo Horizonte/MG", "Rua Padre Chagas, 79, térreo, Moinhos de Vento, Porto Alegre/RS",
         "Av. Carlos Gomes, 700, sala 612, Auxiliadora, Porto Alegre/RS", "Rua XV de Novembro, 1299, 10º andar, Centro, Curitiba/PR",
         "Av. Tancredo Neves, 620, Ed. Mundo Plaza, sala 2108, Caminho das Árvores, Salvador/BA",
         "Rua Antônio Lumack do Monte, 128, sala 801, Boa Viagem, Recife/PE", "Av. Dom Luís, 1200, torre 2, sala 915, Aldeota, Fortaleza/CE",
         "SCS Quadra 8, Bloco B-50, sala 442, Asa Sul, Brasília/DF", "Rua Bento Gonçalves, 2100, sala 3, Centro, Campinas/SP",
         "Av. Prudente de Morais, 135, sala 1401, Cidade Jardim, Belo Horizonte/MG"]
STARTUPS = [("Tamarindo Labs Tecnologia Ltda.", "tamarindolabs.com"), ("Pitaya Pagamentos S.A.", "pitayapay.com.br"),
            ("Sabiá Analytics Ltda.", "sabia.ai"), ("Jabuti Frete Inteligente Ltda.", "jabutifrete.com.br"),
            ("Cotrim & Furquim Advogados Associados", "cotrimfurquim.adv.br"), ("Quintanilha Design Studio Ltda. ME", "quintanilha.design"),
            ("Mandacaru Energia Solar Ltda.", "mandacarusolar.com.br"), ("Lume Saúde Digital Ltda.", "lumesaude.com.br"),
            ("Aroeira Contabilidade Online Ltda.", "aroeiracontabil.com.br"), ("Caju Edtech Ltda.", "cajuedu.com.br"),
            ("Bem-te-vi Games Ltda.", "bemtevigames.com"), ("Estrela Guia Consultoria em RH Ltda. ME", "estrelaguiarh.com.br"),
            ("Rosa dos Ventos Turismo Ltda.", "rosadosventostur.com.br"), ("Prudente Capital Gestora de Recursos Ltda.", "prudentecapital.com.br"),
            ("Tinoco Imóveis Ltda.", "tinocoimoveis.com.br"), ("Vaga-lume Robótica Educacional Ltda.", "vagalumerobotica.com.br"),
            ("Cactus Seguros Digitais Ltda.", "cactusseguros.com.br"), ("Pé de Serra Cafés Especiais Ltda.", "pedeserracafes.com.br")]
ROOMS = ["Sala Aurora", "Sala Bento", "Sala Ipê", "Aquário 2", "Cabine 3", "Sala Vitória Régia", "Auditório Luz", "Sala Leão",
         "Sala Rosa dos Ventos", "Sala Prudente", "Sala Jabuticaba", "Sala Serena", "Deck", "Sala Cora Coralina", "Estúdio de podcast"]
PLANS = [("Day pass", 59.0), ("Plano Nômade (10 diárias)", 390.0), ("Mesa rotativa", 690.0), ("Mesa fixa", 990.0),
         ("Sala privativa 4 lugares", 3900.0), ("Sala privativa 8 lugares", 7200.0), ("Escritório virtual — endereço fiscal", 149.0),
         ("Escritório virtual + correspondência", 219.0), ("Escritório virtual + atendimento telefônico", 329.0)]
VPLANS = [p for p in PLANS if p[0].startswith("Escritório virtual")]
BOTS = ["Cowy", "Colmeinha", "Mel", "Tico", "Zaz"]
ACCESS_SYS = ["PortaLivre", "Acesso360", "CatracaNet"]
BOOKING_APPS = ["MeetSala", "Reserva Já", "DeskHub"]
ACQUIRERS = [("Redeflor Pagamentos S.A.", "redeflor.com.br"), ("PagaLeão Instituição de Pagamento S.A.", "pagaleao.com.br"),
             ("Vitória Adquirência S.A.", "vitoriapay.com.br")]
CLEANING = [("Limpa Bem Serviços Gerais Ltda.", "limpabem.com.br"), ("Brilho Sereno Facilities Ltda.", "brilhosereno.com.br"),
            ("Zeladoria Bom Bento Ltda.", "zeladoriabombento.com.br")]
OCC_CLINICS = [("Clínica Ocupacional Prumo", "clinicaprumo.com.br"), ("MedTrab Ergo Saúde Ocupacional", "medtrabergo.com.br"),
               ("Ocupa Vida Bonfim", "ocupavidabonfim.com.br"), ("SESMT Aurora Medicina do Trabalho", "sesmtaurora.com.br")]
ORTHO = [("Clínica Movimento Celeste", "movimentoceleste.med.br"), ("Instituto da Mão e do Punho Leal", "maopunholeal.med.br"),
         ("Ortoclínica Flor de Lis", "ortoflordelis.med.br")]
HOSPITALS = ["Hospital São Bento", "Santa Casa de Misericórdia", "UPA 24h Vila Rosa", "Hospital Municipal Prudente de Morais",
             "Pronto-Socorro Central", "Hospital Santa Luzia", "Hospital Aurora Day"]
ERGO_ICD = [("M65.4", "tenossinovite estiloide radial (De Quervain)"), ("G56.0", "síndrome do túnel do carpo"), ("M77.1", "epicondilite lateral"),
            ("M54.2", "cervicalgia"), ("M54.5", "dor lombar baixa"), ("M75.1", "síndrome do manguito rotador"), ("H53.1", "astenopia"),
            ("M79.1", "mialgia"), ("M70.9", "transtorno de tecidos moles por uso excessivo")]
SICK_ICD = [("J11", "influenza"), ("A09", "gastroenterite"), ("J06.9", "infecção de vias aéreas superiores"), ("M54.5", "lombalgia"),
            ("B34.2", "infecção por coronavírus"), ("H10.3", "conjuntivite aguda"), ("R51", "cefaleia"), ("F41.1", "ansiedade generalizada"),
            ("F43.2", "transtorno de adaptação"), ("K08.8", "dor de dente"), ("N39.0", "infecção urinária")]
ERGO_CASES = [("dor no punho direito", "Finkelstein positivo", "M65.4", "tenossinovite estiloide radial (De Quervain)"),
              ("formigamento nos dedos à noite", "Phalen e Tinel positivos", "G56.0", "síndrome do túnel do carpo"),
              ("dor no cotovelo direito", "dor à palpação do epicôndilo lateral", "M77.1", "epicondilite lateral"),
              ("dor cervical com irradiação para o ombro", "contratura de trapézio", "M54.2", "cervicalgia"),
              ("dor lombar", "Lasègue negativo", "M54.5", "dor lombar baixa"),
              ("dor no ombro ao elevar o braço", "Neer e Hawkins positivos", "M75.1", "síndrome do manguito rotador"),
              ("ardor e cansaço visual no fim do dia", "acuidade preservada, pestanejar reduzido", "H53.1", "astenopia")]
INJ_CASES = [("ao trocar lâmpada da Sala Aurora, a escada deslizou e o trabalhador caiu de cerca de 1,5 m", "S52.5", "fratura da extremidade distal do rádio"),
             ("ao recolher copos de vidro quebrados na copa, cortou o dedo indicador", "S61.0", "ferimento de dedo sem lesão da unha"),
             ("ao limpar o bico de vapor da máquina de café sofreu queimadura na mão", "T23.2", "queimadura de segundo grau do punho e da mão"),
             ("escorregou no piso molhado do banheiro do 2º andar e bateu a cabeça na pia", "S01.8", "ferimento da cabeça"),
             ("escorregou no piso molhado do deck e torceu o tornozelo", "S93.4", "entorse do tornozelo"),
             ("ao carregar caixas de papel para o depósito sentiu dor lombar súbita", "S33.5", "entorse da coluna lombar")]
VACCINES = ["Influenza 2026", "Influenza 2025", "Covid-19 (reforço)", "dT (dupla adulto)", "Hepatite B", "Febre amarela", "Tríplice viral"]
ROLE_BOXES = ["sac", "contato", "atendimento", "recepcao", "portaria", "correspondencia", "correio", "comunidade", "reservas", "membros",
              "adesao", "kyc", "cadastro", "contratos", "financeiro", "cobranca", "faturamento", "chargeback", "disputas", "juridico", "rh",
              "dp", "people", "sesmt", "dpo", "privacidade", "lgpd", "ouvidoria", "no-reply", "naoresponda", "notificacoes", "protocolo",
              "secretaria", "suporte", "contabilidade", "fiscal", "ri", "investidores", "socios", "vagas", "ergonomia", "saude", "brigada",
              "medicina", "agendamento", "enfermagem"]
STAFF_ROLES = [("recepcionista", "recepcionista"), ("gerente de comunidade", "gerente de comunidade"), ("auxiliar de limpeza", "auxiliar de limpeza"),
               ("técnico de manutenção", "técnica de manutenção"), ("eletricista", "eletricista"), ("barista", "barista"),
               ("analista financeiro", "analista financeira"), ("assistente de correspondência", "assistente de correspondência"),
               ("porteiro", "porteira"), ("copeiro", "copeira")]
MAIL_FROM = ["Receita Federal do Brasil", "TJSP — 2ª Vara Cível", "Prefeitura de São Paulo — ISS", "Banco Inter", "Detran-SP", "Correios (AR)",
             "Caixa Econômica Federal", "JUCESP", "Justiça do Trabalho — TRT2", "PGFN", "Mercado Livre", "Amazon", "INPI", "Cartório de Protesto",
             "Secretaria da Fazenda", "Nubank", "Serasa", "Vivo Empresas", "Conselho Regional de Contabilidade"]
MAIL_KIND = ["Carta simples", "Carta registrada", "AR", "SEDEX", "PAC", "Intimação", "Notificação", "Pacote", "Boleto", "Envelope"]


def space(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str, str]:
    return g.pick([s for s in SPACES if kinds is None or s[3] in kinds])


def staff_role(g: Gen, p: Person, k: int | None = None) -> str:
    pair = g.pick(STAFF_ROLES[:k] if k else STAFF_ROLES)
    return pair[1] if p.female else pair[0]


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def pedido(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PD-{g.d(6)}", g.neg(11), f"{g.hexs(8, True)}", f"{g.d(4)}.{g.d(4)}.{g.d(3)}"]))


def contrato_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(1, 999):03d}/{g.pick([2024, 2025, 2026])}", f"CT-{g.d(5)}", f"EV-{g.ri(2024, 2026)}/{g.d(4)}",
                                    f"{g.up(2)}{g.d(6)}"]))


def cracha(g: Gen, visitor: bool = False) -> str:
    return f"V-{g.ri(1, 60):03d}" if visitor else g.pick([f"#{g.d(5)}", f"{g.d(4)}", f"C{g.d(4)}", f"0x{g.hexs(6, True)}"])


def rastreio(g: Gen) -> str:
    return clean(g, lambda: f"{g.pick(['OY', 'QB', 'NL', 'PW', 'JT', 'OV', 'AA', 'BR', 'LB'])}{g.d(9)}{g.pick(['BR', 'BR', 'BR', 'CN'])}")


def nfse(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NFS-e {g.ri(100, 99999)}", f"NFS-e nº {g.d(6)}", f"RPS {g.d(5)}", f"NF {g.d(4)}"]))


def nire(g: Gen) -> str:
    return clean(g, lambda: g.pick(["35", "33", "31", "43", "41", "53"]) + str(g.ri(2, 3)) + g.d(8))


def boleto_line(g: Gen) -> str:
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end transaction id (not labelled)."""
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def mac(g: Gen) -> str:
    return ":".join(g.hexs(2) for _ in range(6))


def imei(g: Gen) -> str:
    """A phone's IMEI (15 digits, Luhn-valid, never a CNS): not labelled."""
    while True:
        b = g.pick(["35", "86", "01"]) + g.d(12)
        n = b + luhn_dv(b)
        if not cns_ok(n):
            return n


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(1)}{g.up(2)}{g.d(4)}{g.up(1)}{g.d(1)}{g.up(2)}", f"SN{g.hexs(10, True)}", f"C02{g.up(2)}{g.d(3)}{g.up(3)}"]))


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def lote_vacina(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"{g.up(1)}{g.d(5)}-{g.d(1)}"])


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"BO {g.d(4)}/{g.ri(2025, 2026)}"]))


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, rooms, firms and places (never labelled)."""
    return g.pick(["A Sala Aurora fica interditada na sexta para troca do carpete.",
                   "Seria prudente reservar o Auditório Luz com uma semana de antecedência.",
                   "Foi uma vitória conseguir a vaga de garagem extra no condomínio.",
                   "A luz do corredor do 3º andar está piscando; chamado aberto com a manutenção.",
                   "A Sala Bento e a Sala Leão agora têm tela de 65 polegadas.",
                   "O café da Pé de Serra Cafés Especiais chega toda segunda.",
                   "Presidente Prudente e Bento Gonçalves ganharam unidades parceiras.",
                   "Na Rua Bento Gonçalves o estacionamento conveniado dá 20% de desconto.",
                   "A Tinoco Imóveis renovou a sala privativa por mais 12 meses.",
                   "Esperança de todo mundo é que o ar-condicionado do aquário volte antes do verão.",
                   "O happy hour de sexta será no Deck, com chope da Cervejaria Leão Dourado.",
                   "A Rosa dos Ventos Turismo mudou para a sala 14.",
                   "Sereno de madrugada molhou as almofadas do deck de novo.",
                   "Glória, finalmente a impressora do 2º andar voltou a funcionar."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, rooms and places."""
    return g.pick(["a luz da cabine 3 queimou de novo", "foi uma vitória achar vaga na sala aurora hoje kkk", "seria prudente levar guarda-chuva, vai cair o mundo",
                   "o leão de pelúcia da recepção sumiu 😂", "a impressora do 2º andar tá amado hoje, imprimiu tudo", "justo hoje a internet caiu",
                   "alguém viu o carregador usb-c que tava na sala bento?", "café novo na copa ☕", "a sala serena tá um forno",
                   "presidente prudente tem unidade da rede agora?", "o deck tá lotado, bora pro aquário 2", "estrela do dia: o pão de queijo da copa"])


# --------------------------------------------------------------------------- atendimento


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first)}[f])


def at_kyc_cadastro(g: Gen) -> Doc:
    """A membership sign-up with KYC: the web form (IP, plan, CPF, RG or CNH, birth date, e-mail, mobile, home address, CEP, the firm's CNPJ), the emergency contact, people allowed to collect mail, the KYC analyst's checklist."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    m = g.person()
    an = g.person(female=g.chance(0.6))
    co, cdom = g.pick(STARTUPS)
    plan = g.pick(VPLANS if kind == "virtual" else PLANS)[0]
    t0 = g.moment()
    style = g.pick(["lines", "dots", "box", "caps"])
    doc.f("«n» — Formulário de adesão («p»)\nEnviado em «t» · IP de origem «ip» · protocolo «pr»\n\n", n=nm, p=plan, t=ts(t0, "br"),
          ip=(g.ip(), "IP_ADDRESS"), pr=proto(g))
    fields = [("Nome completo", pname(g, m, ("full", "full", "caps", "low")))]
    if g.chance(0.25):
        fields.append(("Como prefere ser chamad" + m.o, P(m.nick)))
    bad = g.chance(0.25)
    fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.7):
        fields.append(("RG", (g.rg(), "BR_RG")))
        fields.append(("Órgão emissor", V(g.pick(RG_ORG))))
    else:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields.append(("Data de nascimento", (g.dob(g.pick(["br", "br", "iso", "nopad"])), "DATE_OF_BIRTH")))
    fields.append(("E-mail", (g.email(m), "EMAIL_ADDRESS")))
    fields.append(("Celular / WhatsApp", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.35):
        fields.append(("Telefone fixo", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")))
    city, uf = g.city()
    fields.append(("Endereço residencial", (g.address(), "ADDRESS")))
    fields.append(("Bairro", V(g.pick(BAIRROS))))
    fields.append(("Cidade/UF", V(f"{city}/{uf}")))
    fields.append(("CEP", (g.cep(g.chance(0.8)), "BR_CEP")))
    has_co = g.chance(0.75)
    if has_co:
        fields.append(("Empresa", V(co)))
        fields.append(("CNPJ", (g.any_cnpj(), "BR_CNPJ")))
        fields.append(("Cargo", V(g.pick(["sócio-administrador", "CEO", "fundadora", "diretor de operações", "MEI", "titular"]))))
    else:
        fields.append(("Empresa", V("— (pessoa física / freelancer)")))
    fields.append(("Plano", V(plan)))
    fields.append(("Início", V(g.date("br"))))
    fields.append(("Pagamento", V(g.pick(["boleto", "cartão de crédito recorrente", "Pix", "débito automático"]))))
    kv_block(doc, fields, style)
    if g.chance(0.7):
        ec = g.relative(m) if g.chance(0.6) else g.person()
        doc.f("\nContato de emergência: «n» («r») — «t»\n", n=P(g.pick([ec.full, ec.short, ec.first])),
              r=g.pick(["mãe", "irmã", "cônjuge", "amiga", "companheira"] if ec.female else ["pai", "irmão", "cônjuge", "amigo", "companheiro"]),
              t=(g.phone(), "PHONE_NUMBER"))
    if kind != "cowork" and g.chance(0.8):
        doc.t("\nPessoas autorizadas a retirar correspondência:\n")
        for _ in range(g.ri(1, 2)):
            a = g.person()
            doc.t("  - ")
            doc.e(*pname(g, a))
            if g.chance(0.65):
                doc.t(", CPF ")
                doc.e(g.cpf(), "BR_CPF")
            else:
                doc.t(", RG ")
                doc.e(g.rg(), "BR_RG")
            doc.t("\n")
    doc.t("\n--- Validação KYC (uso interno) ---\n")
    doc.f("Analista: «a»\n", a=P(g.pick([an.full, an.short, an.first])) if g.chance(0.7) else V(login(an, g)))
    doc.f("Documento conferido: «d» · selfie com documento: «s»\n", d=g.pick(["CNH digital", "RG frente e verso", "CIN (nova identidade)", "passaporte"]),
          s=g.pick(["ok", "ok", "refeita (reflexo)", "ok, prova de vida aprovada"]))
    if bad:
        doc.f("Obs.: CPF digitado na primeira tentativa («c») não conferia com o documento; corrigido pel«o» própri«o» titular.\n", c=g.neg_cpf(), o=m.o)
    doc.t(g.pick(["Situação cadastral na Receita: regular.\n", "Consulta Receita: CPF regular; sem restrições no bureau.\n",
                  "Receita: regular. Bureau: 1 apontamento antigo (baixado).\n"]))
    if g.chance(0.5):
        th = g.relative(m)
        doc.f("Comprovante de residência em nome de terceiro: «n» («r»), aceito com declaração de residência.\n", n=P(g.pick([th.full, th.caps])),
              r=g.pick(["mãe", "pai", "cônjuge", "sogra", "locador"]))
    if has_co and g.chance(0.6):
        sp = g.person()
        doc.f("QSA do CNPJ conferido: «a» e «b» (CPF «c»).\n", a=P(g.pick([m.full, m.caps])), b=P(g.pick([sp.full, sp.caps])), c=(g.cpf(), "BR_CPF"))
    doc.f("Risco: «r». «s» em «d».\n", r=g.pick(["baixo", "baixo", "médio (sócio PEP? não)", "baixo"]), s=g.pick(["Aprovado", "Aprovado", "Pendente de comprovante"]),
          d=g.date("br"))
    if g.chance(0.3):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


def at_reservas_zap(g: Gen) -> Doc:
    """A members' WhatsApp group or a chat with the community manager: room bookings, guest lists for the building's reception (RG or CPF), a parking plate, an extra hour paid to the space's random Pix key, a friend's day pass, a new number."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    cm = g.person(female=g.chance(0.6))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(8, 19)), 30, 1500))
    group = g.chance(0.6)
    mem = [g.person() for _ in range(4)]
    if group:
        doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"Membros {nm} 🐝", f"{nm} | avisos e reservas", f"Comunidade {nm}"]))
        CM = P(g.pick([cm.first, cm.short, lower(cm.first)])) if g.chance(0.5) else V(g.pick([f"{nm} Comunidade", "Comunidade", f"Recepção {nm}"]))
        S = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([p.first, p.short, lower(p.first), p.nick])) for p in mem]
    elif g.chance(0.35):
        doc.f("Conversa do WhatsApp com «n» «x»\n\n", n=P(cm.first), x=g.pick([f"- {nm}", f"({nm} comunidade)", "Comunidade"]))
        CM = P(g.pick([cm.first, cm.short]))
        S = [V("Você")] * 4
    else:
        doc.f("Conversa do WhatsApp com «n»\n\n", n=nm)
        CM = V(nm)
        S = [V("Você")] * 4
    m0 = mem[0]
    room = g.pick(ROOMS)
    h1, h2 = g.pick([("9h", "11h"), ("9h30", "12h"), ("10h", "12h"), ("14h", "16h"), ("15h30", "17h"), ("16h", "18h")])
    cl(doc, st(next(tt)), S[0], "«x» consigo a «r» «d» das «h1» às «h2»?", x=g.pick(["bom dia!", "oi", "oie", "bom dia pessoal"]), r=lower(room) if g.chance(0.5) else room,
       d=g.pick(["amanhã", "hoje", "na quinta", "dia " + g.date("short")]), h1=h1, h2=h2)
    if group and g.chance(0.5):
        cl(doc, st(next(tt)), CM, "@«n» reservado ✅ lembrando que passou das «k» horas do plano, a hora extra é R$ «v»", n=P(g.pick([m0.first, lower(m0.first)])),
           k=g.pick([4, 6, 8, 10]), v=brl(g.pick([35.0, 45.0, 60.0, 80.0])))
    else:
        cl(doc, st(next(tt)), CM, "reservado ✅ a hora extra fora do plano é R$ «v». dá pra reservar direto pelo «a» também", v=brl(g.pick([35.0, 45.0, 60.0, 80.0])),
           a=g.pick(BOOKING_APPS))
    ng = g.ri(2, 3)
    cl(doc, st(next(tt)), S[0], "vou receber «k» pessoas de fora, preciso mandar os nomes pra portaria do prédio?", k=g.pick([str(ng), ["duas", "três"][ng - 2]]))
    cl(doc, st(next(tt)), CM, "isso, nome completo e RG ou CPF de cada um, o condomínio exige")
    doc.t(st(next(tt)))
    doc.e(*S[0])
    doc.t(": ")
    mark = g.pick(["num", "-", ""])
    for k in range(ng):
        gp = g.person()
        doc.t(f"{k + 1}) " if mark == "num" else (mark + " " if mark else ""))
        doc.e(g.pick([gp.full, gp.caps, gp.low]), "PERSON")
        r = g.rng.random()
        if g.chance(0.35):
            doc.t(g.pick([" tel ", " - cel ", ", "]))
            doc.e(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")
        if r < 0.45:
            doc.t(g.pick([" - RG ", " rg ", " RG: "]))
            doc.e(g.rg(), "BR_RG")
        elif r < 0.93:
            doc.t(g.pick([" - CPF ", " cpf ", " CPF: "]))
            doc.e(g.cpf(), "BR_CPF")
        else:
            doc.t(" (sem documento, vai mostrar na hora)")
        doc.t("\n")
    if g.chance(0.6):
        dr = g.person()
        if g.chance(0.5):
            cl(doc, st(next(tt)), S[0], "e a vaga de visitante: placa «p», carro d«o» «n»", p=(g.plate(), "LICENSE_PLATE"), o=dr.o,
               n=P(g.pick([dr.first, dr.short, lower(dr.first)])))
        else:
            cl(doc, st(next(tt)), S[0], "e a vaga de visitante pro carro «p»", p=(g.plate(), "LICENSE_PLATE"))
        cl(doc, st(next(tt)), CM, "liberado na garagem G2 até as 19h 🚗")
    r = g.rng.random()
    if r < 0.55:
        cl(doc, st(next(tt)), CM, "a hora extra pode ser no pix, chave aleatória do espaço: «k»", k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), S[0], g.pick(["feito!", "paguei, mandei o comprovante no privado", "ok, pago à tarde"]))
    elif r < 0.8:
        cl(doc, st(next(tt)), CM, "lanço a hora extra na fatura do mês, ok?")
    if g.chance(0.6):
        fr = g.person()
        who = S[1] if group else S[0]
        cl(doc, st(next(tt)), who, "«x» minha amiga «n» quer um day pass na sexta, cpf «c», email «e»", x=g.pick(["oi", "@" + cm.first, "pergunta:"]) if group else "oi",
           n=P(g.pick([fr.full, fr.low])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), e=(g.email(fr), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), CM, "cadastrei! ela recebe o qr code de acesso no e-mail 😉")
    if g.chance(0.5):
        who = S[g.ri(1, 3)] if group else S[0]
        cl(doc, st(next(tt)), who, "troquei de número, o novo é «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if group and g.chance(0.5):
        cl(doc, st(next(tt)), S[g.ri(1, 3)], chat_neg(g))
    if group and g.chance(0.25):
        p2 = mem[2]
        cl(doc, st(next(tt)), CM, "@«n» sua encomenda chegou, tá no escaninho «k»", n=P(g.pick([p2.first, p2.nick, lower(p2.first)])), k=g.ri(1, 80))
    cl(doc, st(next(tt)), CM, g.pick(["qualquer coisa é só chamar 💛", "bom trabalho, pessoal!", "👍", "até amanhã!"]))
    return doc


def at_portaria(g: Gen) -> Doc:
    """The reception: the visitors' logbook (OCR'd scan sometimes: names, RG/CPF/CNH, host, badge, plate), or the access system's CSV export with first_name/last_name and pre-registered visitors; the shift's notes naming receptionists, guards, couriers."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    recs = [g.person(female=g.chance(0.7)) for _ in range(2)]
    day = g.day()
    mode = g.pick(["livro", "livro", "csv"])
    scan = mode == "livro" and g.chance(0.5)
    if mode == "livro":
        hdr = f"LIVRO DE VISITANTES — RECEPÇÃO {g.pick(['TÉRREO', '3º ANDAR', 'TORRE B'])} — {fold(nm).upper()}\nDATA: {dbr(day)}\n\n"
        doc.t(ocr(hdr, g, 0.4) if scan else hdr)
        rows = []
        t = datetime.datetime(day.year, day.month, day.day, 8, g.ri(0, 30))
        for _ in range(g.ri(3, 5)):
            t += datetime.timedelta(minutes=g.ri(5, 70))
            v = g.person()
            nmv = g.pick([v.capsf, v.capsf, v.full])
            if scan:
                nmv = ocr(nmv, g, 0.4, names=True)
            elif g.chance(0.15):
                nmv = typo(nmv, g)
            r = g.rng.random()
            if r < 0.45:
                doc_ = (g.rg(), "BR_RG")
                tp = "RG"
            elif r < 0.8:
                doc_ = (g.cpf(), "BR_CPF")
                tp = "CPF"
            else:
                doc_ = (g.cnh(), "BR_CNH")
                tp = "CNH"
            host = g.person()
            hv = g.pick([host.short, host.first, fold(host.short).upper(), g.pick(STARTUPS)[0].split()[0].upper(), g.pick(ROOMS).upper()])
            if g.chance(0.6):
                hv = g.pick([g.pick(STARTUPS)[0].split()[0].upper(), g.pick(ROOMS).upper(), "SALA " + str(g.ri(1, 30)), "ENTREVISTA", "EVENTO AUDITÓRIO"])
            hlab = "PERSON" if hv in (host.short, host.first, fold(host.short).upper()) else None
            out = t + datetime.timedelta(minutes=g.ri(20, 200))
            rows.append([V(ts(t, "hm")), (nmv, "PERSON"), V(tp), doc_, (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                         (hv, hlab), V(cracha(g, True)), V(ts(out, "hm") if g.chance(0.85) else ""), (g.plate(), "LICENSE_PLATE") if g.chance(0.45) else V("-")])
        table_ruled(doc, ["ENTRADA", "VISITANTE", "DOC", "NÚMERO", "TELEFONE", "VISITA", "CRACHÁ", "SAÍDA", "PLACA"], rows, g.pick(["plus", "pipe", "plain"]))
        doc.t("\n")
        if g.chance(0.5):
            doc.f("Recepção manhã: «a»   ·   tarde: «b»\n", a=P(g.pick([recs[0].first, recs[0].short, fold(recs[0].first).upper()])),
                  b=P(g.pick([recs[1].first, recs[1].short, fold(recs[1].first).upper()])))
    else:
        sysname = g.pick(ACCESS_SYS)
        doc.f("Exportação «s» — eventos de acesso «d» — unidade «n»\n\n", s=sysname, d=dbr(day, "iso"), n=nm)
        doc.t("timestamp;cracha;first_name;last_name;cpf;empresa;porta;resultado\n")
        t = datetime.datetime(day.year, day.month, day.day, 7, g.ri(0, 50))
        for _ in range(g.ri(3, 5)):
            t += datetime.timedelta(minutes=g.ri(1, 50))
            p = g.person()
            last = " ".join(p.surnames)
            doc.t(ts(t, "iso") + ";" + cracha(g) + ";")
            doc.e(p.given, "PERSON")
            doc.t(";")
            doc.e(last, "PERSON")
            doc.t(";")
            if g.chance(0.7):
                doc.e(g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
            else:
                c_ = g.cpf_digits()
                doc.t(f"***.{c_[3:6]}.{c_[6:9]}-**")
            doc.t(";" + g.pick(STARTUPS)[0] + ";" + g.pick(["catraca 1", "catraca 2", "porta 3º andar", "garagem"]) + ";" +
                  g.pick(["LIBERADO", "LIBERADO", "LIBERADO", "NEGADO (plano vencido)", "LIBERADO (QR)"]) + "\n")
        doc.t("\nVisitantes pré-cadastrados\nvisitante;documento;anfitriao;validade\n")
        for _ in range(g.ri(1, 3)):
            v = g.person()
            h = g.person()
            doc.e(g.pick([v.full, v.caps]), "PERSON")
            doc.t(";")
            if g.chance(0.6):
                doc.e(g.cpf(), "BR_CPF")
            else:
                doc.e(g.rg(), "BR_RG")
            doc.t(";")
            if g.chance(0.5):
                doc.e(g.pick([h.full, h.short]), "PERSON")
            else:
                doc.t(g.pick(STARTUPS)[0])
            doc.t(f";{dbr(day)} {g.pick(['09:00-12:00', '14:00-18:00', 'dia todo'])}\n")
    doc.t("\nOcorrências do turno:\n")
    notes = []
    v1 = g.person()
    notes.append(("- «n» tentou subir sem crachá, foi acompanhad«o» até a «r».\n", dict(n=P(g.pick([v1.full, v1.capsf])), o=v1.o, r=g.pick(ROOMS))))
    cour = g.person(False)
    mm = g.person()
    notes.append(("- Entregador («n», «e») deixou pacote para «m»; guardado no escaninho.\n",
                  dict(n=P(g.pick([cour.first, cour.short])), e=g.pick(["iFood", "Loggi", "Correios", "farmácia"]), m=P(g.pick([mm.full, mm.short, mm.first])))))
    gd = g.person(False)
    notes.append(("- Vigilante «n» verificou a porta corta-fogo do 2º andar, ok.\n", dict(n=P(g.pick([gd.first, gd.short, gd.nick])))))
    if g.chance(0.5):
        lost = g.person()
        notes.append(("- Achado: carteira com CNH «c» em nome de «n», aguardando retirada.\n", dict(c=(g.cnh(), "BR_CNH"), n=P(g.pick([lost.full, lost.capsf])))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(0, 2)):
        doc.f(ocr_t(tpl, g, 0.2) if scan else tpl, **vals)
    return doc


def at_correspondencia(g: Gen) -> Doc:
    """The mail and parcel register of a virtual office (who received what for which member, who collected it with RG or CPF), the notice e-mail to the member and the reply asking to forward to a home address or naming who will collect."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("virtual", "both"))
    recs = [g.person(female=g.chance(0.7)) for _ in range(2)]
    m = g.person()
    co, cdom = g.pick(STARTUPS)
    doc.f("Controle de correspondências — «n» — «m»\n\n", n=nm, m=f"{MONTHS[g.ri(0, 11)]}/{g.pick([2025, 2026])}")
    rows = []
    for k in range(g.ri(3, 4)):
        dest = m if k == 0 else g.person()
        rem = g.pick(MAIL_FROM) if g.chance(0.85) else None
        rp = g.person()
        got = g.chance(0.45)
        coll = dest if g.chance(0.5) else g.person()
        rc = g.pick(recs)
        dco = co if k == 0 else g.pick(STARTUPS)[0]
        row = [V(g.date("short")), V(g.pick(MAIL_KIND)), (rem, None) if rem else P(g.pick([rp.full, rp.caps])),
               P(g.pick([dest.full, dest.short, dest.caps])) if k == 0 or g.chance(0.5) else V(g.pick(["—", "(a empresa)", "A/C financeiro", "A/C sócios"])), V(dco),
               V(rastreio(g)) if g.chance(0.7) else V("-"), P(g.pick([rc.first, fold(rc.first).upper()])) if g.chance(0.25) else V(g.pick(["balcão", "portaria", "rec. 1", "(rubrica)"]))]
        if got:
            row.append(P(g.pick([coll.full, coll.short, coll.caps])))
            row.append((g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF"))
        else:
            row.append(V(g.pick(["pendente", "digitalizado", "reenviado", "pendente"])))
            row.append(V("-"))
        rows.append(row)
    style = g.pick(["md", "plus", "pipe", "tab"])
    cols = ["data", "tipo", "remetente", "destinatário", "empresa", "rastreio", "recebido por", "retirado por", "doc."]
    if style == "tab":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("\n")
    t0 = g.moment(hours=(9, 17))
    rc = recs[0]
    mmail = g.email(m)
    sender = (corp_mail(rc, dom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, dom, "correspondencia"))
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: Nova correspondência — «c»\n\n", f=sender,
          t=(mmail, "EMAIL_ADDRESS"), d=mail_date(t0), c=fold(co).upper())
    what = g.pick(MAIL_FROM[:12])
    doc.f("«n»\n\nRecebemos hoje para a «c» uma correspondência («k») remetida por «w» (rastreio «r»). Conforme o seu plano, o envelope foi digitalizado e segue anexo. "
          "O original fica disponível na recepção por 30 dias.\n\n", n=V(g.pick(["Olá!", "Prezado(a) cliente,", "Bom dia!"])), c=co, k=lower(g.pick(MAIL_KIND)), w=what, r=rastreio(g))
    if "Vara" in what or "TRT" in what or g.chance(0.2):
        oj = g.person()
        doc.f("Obs.: o oficial de justiça «n» esteve aqui procurando o sócio para citação pessoal; informamos que a empresa usa apenas o endereço fiscal "
              "e não recebemos citação em nome de terceiros.\n\n", n=P(g.pick([oj.full, oj.short])))
    doc.f("Atenciosamente,\n«n»\nCorrespondência — «s»\n«t»\n\n", n=P(g.pick([rc.full, rc.first])) if g.chance(0.6) else V("Equipe"), s=nm,
          t=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.6) else V("ramal 2"))
    if g.chance(0.5):
        doc.f("> Em «d», «n» <«e»> escreveu:\n", d=ts(t0 + datetime.timedelta(hours=g.ri(1, 30)), "br"), n=P(m.full), e=(mmail, "EMAIL_ADDRESS"))
    else:
        doc.f("> Em «d», <«e»> escreveu:\n", d=ts(t0 + datetime.timedelta(hours=g.ri(1, 30)), "br"), e=(mmail, "EMAIL_ADDRESS"))
    r = g.rng.random()
    if r < 0.5:
        doc.f("> Oi! Pode reenviar o original para o meu endereço residencial: «a», «b», «c», CEP «p». Pode debitar o frete no cartão. CPF do titular: «f».\n",
              a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c="/".join(g.city()), p=(g.cep(), "BR_CEP"), f=(g.cpf(), "BR_CPF"))
    else:
        au = g.person()
        doc.f("> Oi! Quem vai retirar é «x» «n», RG «r», amanhã de manhã. Qualquer coisa meu celular é «t».\n",
              x=g.pick(["meu sócio", "minha sócia", "meu contador", "minha irmã", "o motoboy"]), n=P(g.pick([au.full, au.short])), r=(g.rg(), "BR_RG"),
              t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("> «n»\n", n=P(g.pick([m.first, m.short])))
    return doc


def at_stt_ligacao(g: Gen) -> Doc:
    """A speech-to-text call to a virtual-office provider (CPF, birth date, phone, home address and CEP dictated in groups or in words, the partner's name and RG) and the attendant's typed pre-registration."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("virtual", "both"))
    at = g.person(female=g.chance(0.7))
    c = g.person()
    sp = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    dd, mm, yy = g.dob_parts(1960, 2004)
    cep = g.cep(False)
    addr = g.address("low")
    rg = None
    while rg is None or rg[-1] == "X":
        rg = g.rg("raw")
    doc.f("Transcrição automática — central «n» — duração «d» — confiança média «c»%\n\n", n=nm, d=f"{g.ri(4, 14):02d}:{g.ri(0, 59):02d}", c=g.ri(81, 96))
    A = "atendente" if g.chance(0.5) else "agente"
    C = "cliente" if g.chance(0.5) else "chamador"

    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    say(A, "«n» bom dia meu nome é «a» em que posso ajudar", n=lower(nm), a=P(lower(at.first)))
    say(C, "bom dia «x» eu queria contratar o endereço fiscal pra abrir minha empresa", x=g.pick(["", "tudo bem", "é"]).strip() or "então")
    say(A, "claro é pra mei ou limitada")
    say(C, "limitada eu e «x» «n»", x=g.pick(["minha sócia", "uma amiga"] if sp.female else ["meu sócio", "um amigo"]), n=P(lower(g.pick([sp.full, sp.first]))))
    say(A, "certo vou fazer o pré cadastro me passa seu nome completo por favor")
    say(C, "«n»", n=P(c.low))
    say(A, "o cpf")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.3):
        say(A, "só confirmando final «x»", x=" ".join(cpf[-2:]))
        say(C, "isso")
    say(A, "data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy % 100:02d}"]), "DATE_OF_BIRTH"))
    say(A, "um telefone com whatsapp")
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:5]} {local[5:]}"]),
                      "PHONE_NUMBER"))
    say(A, "e o endereço residencial pro contrato")
    say(C, "«a» «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(cep, g), "BR_CEP"))
    if g.chance(0.6):
        say(A, "o rg d«x» «s» «t» tem aí", x=sp.o, s="sócia" if sp.female else "sócio", t="a senhora" if c.female else "o senhor")
        say(C, "tenho é «r»", r=(g.pick([" ".join(rg[i:i + 3] for i in range(0, 9, 3)), spoken_digits(rg, g), f"{rg[:2]} {rg[2:5]} {rg[5:8]} {rg[8]}"]), "BR_RG"))
    say(A, "perfeito o plano com correspondência fica cento e quarenta e nove por mês e o contrato vai pro seu e-mail pra assinar digital")
    say(C, g.pick(["ótimo obrigado", "beleza", "tá bom muito obrigada", "ok"]))
    doc.t("\n--- Pré-cadastro digitado ---\n")
    fields = [("Nome", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH")),
              ("Celular", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")),
              ("Endereço", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
              ("Sócio(a)", P(sp.full)), ("Plano", V(g.pick(VPLANS)[0])), ("Atendente", P(at.short) if g.chance(0.5) else V(login(at, g)))]
    kv_block(doc, fields, g.pick(["lines", "dots", "caps"]))
    return doc


def at_slack(g: Gen) -> Doc:
    """A Slack export of the coworking's community channels (#geral, #achados-e-perdidos): display names, @mentions, a wallet found with a document, a job offer with e-mail, a car blocking the dock, a random Pix key for a collection, the booking bot."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    cm = g.person(female=g.chance(0.6))
    people = [g.person() for _ in range(5)]
    bot = g.pick(BOTS)
    fmt = g.pick(["bracket", "slack"])
    day = g.day()
    t = datetime.datetime(day.year, day.month, day.day, 8, g.ri(0, 59))

    prev = [None]

    def msg(sender: tuple, tpl: str, **vals) -> None:
        nonlocal t
        t += datetime.timedelta(minutes=g.ri(1, 95))
        if fmt == "slack" and prev[0] == sender:
            doc.f(tpl, **vals)
            doc.t("\n\n")
            return
        prev[0] = sender
        if fmt == "bracket":
            doc.t(f"[{ts(t, 'hm')}] ")
            doc.e(*sender)
            doc.t(": ")
            doc.f(tpl, **vals)
            doc.t("\n")
        else:
            doc.e(*sender)
            h = t.hour % 12 or 12
            doc.t(f"  {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}\n")
            doc.f(tpl, **vals)
            doc.t("\n\n")
    disp = [P(g.pick([p.full, p.short, p.first, lower(p.short)])) for p in people]
    CM = P(g.pick([cm.short, cm.full]))
    doc.f("Slack · «n» · #«c» · exportado em «d»\n\n", n=nm, c=g.pick(["geral", "achados-e-perdidos", "comunidade", "avisos"]), d=dbr(day))
    lost = g.person()
    r = g.rng.random()
    if r < 0.4:
        msg(CM, "bom dia! acharam na copa uma carteira com RG «r» em nome de «n», está na recepção 🙂", r=(g.rg(), "BR_RG"), n=P(g.pick([lost.full, lost.caps])))
    elif r < 0.7:
        msg(CM, "achei um crachá de acesso d«o» «n» no banheiro do 2º, deixei com «x» «p» na recepção", o=lost.o, n=P(g.pick([lost.full, lost.first])),
            x="a" if people[4].female else "o", p=P(g.pick([people[4].first, lower(people[4].first)])))
    else:
        msg(CM, "esqueceram uma CNH na «s»: «c», «n». tá comigo", s=lower(g.pick(ROOMS)), c=(g.cnh(), "BR_CNH"), n=P(g.pick([lost.caps, lost.full])))
    if g.chance(0.5):
        msg(CM, "lembrete: sexta tem manutenção da rede das 19h às 22h. «x»", x=word_neg(g))
    if g.chance(0.7):
        msg(disp[0], "@«n» «x»", n=P(g.pick([cm.first, lower(cm.first)])), x=g.pick(["é da minha colega, ela passa aí às 14h", "valeu!!", "obrigad" + people[0].o + "!!"]))
    hr = g.person()
    co, cdom = g.pick(STARTUPS)
    if g.chance(0.5):
        msg(disp[1], "a «c» tá contratando «v» 🚀 quem indicar manda o cv pra «n» («e») ou whatsapp «t»", c=co.split(" Ltda")[0].split(" S.A.")[0],
            v=g.pick(["dev backend pleno", "designer de produto", "SDR", "estagiária de marketing", "analista de dados"]), n=P(g.pick([hr.full, hr.first])),
            e=(corp_mail(hr, cdom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    else:
        msg(disp[1], "a «c» tá contratando «v» 🚀 cv pra «e» ou whatsapp «t»", c=co.split(" Ltda")[0].split(" S.A.")[0],
            v=g.pick(["dev backend pleno", "designer de produto", "SDR", "estagiária de marketing", "analista de dados"]),
            e=role_mail(g, cdom, "vagas"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    msg(disp[2], "quem é o dono do carro «p» parado na vaga de carga? o caminhão da mudança da sala 14 tá esperando", p=(g.plate(), "LICENSE_PLATE"))
    por = g.person(False)
    if g.chance(0.6):
        msg(disp[3], "vaquinha pro aniversário «n» 🎂 pix chave aleatória «k»", n=g.pick(["do porteiro da noite", "da equipe da limpeza", "da recepção"]), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.3):
        msg(V(f"{bot} APP"), "Reserva confirmada: «r», «h» por @«n»", r=g.pick(ROOMS), h=g.pick(["14:00–15:00", "09:30–11:00", "16:00–17:30"]),
            n=P(g.pick([people[0].first, people[2].first])))
    else:
        msg(V(f"{bot} APP"), "Lembrete: a «r» está reservada das «h». Cancelamentos com 2h de antecedência.", r=g.pick(ROOMS), h=g.pick(["14:00–15:00", "09:30–11:00", "16:00–17:30"]))
    if g.chance(0.5):
        msg(disp[g.ri(0, 4)], g.pick(["@«n» perdi meu crachá, consegue bloquear? cpf do cadastro «c»", "@«n» meu crachá parou de funcionar na catraca, cpf «c»"]),
            n=P(g.pick([cm.first, lower(cm.first)])), c=(g.cpf(), "BR_CPF"))
        msg(CM, "bloqueado e novo crachá na recepção ✅")
    if g.chance(0.4):
        msg(disp[g.ri(0, 4)], "quem pediu nota do day pass no CNPJ «c»? veio sem nome, tá comigo", c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.4):
        msg(disp[g.ri(0, 4)], "alguém tem o contato do técnico da impressora? → «t» (whats), atende o prédio todo", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        el = g.person(False)
        msg(disp[4], "alguém tem indicação de eletricista? → «n» fez a instalação lá em casa, «t»", n=P(g.pick([el.first, el.nick, el.short])) if g.chance(0.4) else V("o do prédio"),
            t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        msg(disp[g.ri(0, 4)], chat_neg(g))
    return doc


def at_email_reclamacao(g: Gen) -> Doc:
    """A member's complaint (charged after cancelling, a parcel lost at reception, a fixed desk taken, a notebook wet by a leak) quoted with X-Originating-IP under the community manager's answer; refund to a card, an account or a Pix key."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    m = g.person()
    cm = g.person()
    rc = g.person(female=g.chance(0.7))
    topic = g.pick(["cancelamento", "encomenda", "mesa", "vazamento"])
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 5), hours=g.ri(1, 5))
    mmail = g.email(m)
    doc.f("De: «n» <«e»>\nPara: «m»\nCc: «cc»\nData: «d»\nAssunto: RE: «s» — chamado «p»\n\n", n=P(cm.full), e=(corp_mail(cm, dom, g), "EMAIL_ADDRESS"),
          m=(mmail, "EMAIL_ADDRESS"), cc=role_mail(g, dom, g.pick(["ouvidoria", "financeiro", "membros"])), d=mail_date(t1),
          s=g.pick(["Reclamação", "Cobrança indevida", "Encomenda extraviada", "Problema na mesa fixa"]), p=proto(g))
    doc.f("Oi, «n», tudo bem?\n\n", n=P(g.pick([m.first, m.nick])))
    if topic == "cancelamento":
        doc.t("Você tem razão: o cancelamento foi pedido dentro do prazo e a cobrança de renovação não deveria ter ocorrido. Pedimos o estorno à adquirente. ")
    elif topic == "encomenda":
        doc.f("Localizamos a encomenda: ela foi entregue por engano a outro membro do mesmo andar e «x» «r» já a recuperou. ",
              x="a recepcionista" if rc.female else "o recepcionista", r=P(g.pick([rc.first, rc.short])))
    elif topic == "mesa":
        doc.t("A mesa fixa 27 foi liberada por erro no sistema de reservas durante a sua viagem; já corrigimos e daremos um crédito de 3 diárias. ")
    else:
        doc.t("A infiltração veio do condomínio e a administradora acionou o seguro; o laudo do técnico confirma o dano ao notebook. ")
    doc.t("O reembolso cai em até 10 dias úteis nos dados abaixo.\n\n")
    doc.f("Abraço,\n«n»\nGerente de comunidade — «s»\n«t»\n\n", n=P(g.pick([cm.first, cm.full])), s=nm,
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("ramal 104"))
    doc.f("> Em «d», «n» <«e»> escreveu:\n> X-Originating-IP: [«ip»]\n>\n", d=ts(t0, "br"), n=P(m.full), e=(mmail, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    if topic == "cancelamento":
        doc.f("> Cancelei o plano «p» no dia «d» e mesmo assim cobraram a renovação no cartão «k». Quero o estorno.\n", p=g.pick(PLANS)[0],
              d=g.date("br"), k=(g.card(g.chance(0.6)), "CREDIT_CARD") if g.chance(0.75) else V(g.masked_card()))
    elif topic == "encomenda":
        doc.f("> Comprei um monitor (rastreio «r») que consta como entregue na recepção às «h», recebido por «n», mas ninguém acha.\n", r=rastreio(g), h=g.hm(),
              n=P(g.pick([rc.first, fold(rc.first).upper()])) if g.chance(0.7) else V("alguém da recepção"))
    elif topic == "mesa":
        oth = g.person()
        doc.f("> Voltei de viagem e a minha mesa fixa estava ocupada por «n», que disse ter reservado pelo app. Pago mesa fixa justamente para isso.\n",
              n=P(g.pick([oth.full, oth.first])) if g.chance(0.6) else V("outra pessoa"))
    else:
        doc.f("> Choveu ontem e pingou água do teto na minha mesa, molhou o notebook (nº de série «s»). A assistência orçou R$ «v».\n", s=serial(g),
              v=brl(money(g, 600, 4800)))
    doc.f("> Meu CPF é «c».\n", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("> A nota fiscal sai no CNPJ da minha empresa, «c».\n", c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.3):
        doc.f("> Endereço para correspondência: «a», CEP «p».\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.8):
        doc.f("> Telefone: «t»\n", t=(g.phone(), "PHONE_NUMBER"))
    r = g.rng.random()
    if r < 0.35:
        doc.f("> Para o reembolso: «b», agência «a», conta «k».\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.75:
        kind_, kv = pix_key(g, m)
        doc.f("> Pix («k»): «v»\n", k=kind_, v=kv)
    else:
        doc.t("> Pode estornar no mesmo cartão.\n")
    doc.f("> «n»\n", n=P(g.pick([m.first, m.full, m.short])))
    if g.chance(0.3):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


AT = [at_kyc_cadastro, at_reservas_zap, at_portaria, at_correspondencia, at_stt_ligacao, at_slack, at_email_reclamacao]


# --------------------------------------------------------------------------- juridico

def cnj_of(g: Gen, uf: str, labour: bool = False) -> str:
    seg = TRT[uf] if labour else CNJ_SEG[uf]
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def seat(g: Gen) -> str:
    return g.pick(SEATS)


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def ju_contrato_ev(g: Gen) -> Doc:
    """A virtual-office contract lending a fiscal address: the provider's CNPJ and representative, the client firm's CNPJ and partner qualified, the people allowed to collect mail, the fee to the provider's agency and account, witnesses, an e-signature log."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("virtual", "both"))
    rep_ = g.person()
    part = g.person()
    co, cdom = g.pick(STARTUPS)
    plan, val = g.pick(VPLANS)
    fiscal = seat(g)
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ESCRITÓRIO VIRTUAL E CESSÃO DE ENDEREÇO FISCAL Nº «n»\n\n", n=contrato_no(g))
    doc.f("CONTRATADA: «r», inscrita no CNPJ sob o nº «c», com sede na «s», neste ato representada por «p», CPF «pc»;\n\n", r=raz,
          c=(g.any_cnpj(), "BR_CNPJ"), s=seat(g), p=P(g.pick([rep_.full, rep_.caps])), pc=(g.cpf(), "BR_CPF"))
    doc.f("CONTRATANTE: «r», inscrita no CNPJ sob o nº «c», ", r=fold(co).upper() if g.chance(0.5) else co, c=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.3):
        doc.f("NIRE «n», ", n=nire(g))
    doc.t("neste ato representada por sua sócia-administradora " if part.female else "neste ato representada por seu sócio-administrador ")
    pmail = g.email(part)
    qualify(g, doc, part, email=pmail, phone=g.chance(0.7), dob=g.chance(0.3))
    doc.t(".\n\n")
    doc.f("CLÁUSULA 1ª — DO OBJETO. A CONTRATADA cede à CONTRATANTE o uso do endereço «f» exclusivamente como sede fiscal e endereço "
          "comercial, para fins de registro na Junta Comercial, inscrição no CNPJ e cadastro municipal, no plano «p», vedado o uso como depósito ou "
          "estabelecimento de atendimento ao público.\n\n", f=fiscal, p=plan)
    doc.t("CLÁUSULA 2ª — DA CORRESPONDÊNCIA. A CONTRATADA receberá as correspondências endereçadas à CONTRATANTE, digitalizando os envelopes "
          "em até 1 (um) dia útil. Citações, intimações e notificações serão comunicadas de imediato por e-mail. Ficam autorizados a retirar "
          "correspondências:\n")
    rows = []
    for _ in range(g.ri(1, 3)):
        a = g.person()
        rows.append([P(g.pick([a.full, a.caps])), (g.cpf(), "BR_CPF"), (g.rg(), "BR_RG") if g.chance(0.6) else V("—"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.5) else V("—")])
    table_ruled(doc, ["nome", "CPF", "RG", "telefone"], rows, g.pick(["plus", "pipe", "plain", "md"]))
    doc.f("\nCLÁUSULA 3ª — DO PREÇO. R$ «v» mensais, com vencimento todo dia «d», por boleto ou por transferência para «b», agência «a», conta corrente «k», "
          "de titularidade da CONTRATADA. O atraso superior a 60 dias autoriza a rescisão e a comunicação à Receita Federal e à Junta Comercial "
          "de que a CONTRATANTE não mais ocupa o endereço.\n\n", v=brl(val), d=g.pick([5, 10, 15, 20]), b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"),
          k=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 4ª — DA LGPD. Os dados pessoais dos sócios e autorizados serão tratados apenas para execução deste contrato e cumprimento de "
          "obrigação legal (Lei 13.709/2018, art. 7º, II e V), inclusive o dever de identificação do cliente.\n\n")
    city, uf = g.city()
    doc.f("«c», «d».\n", c=city, d=g.date("long"))
    t0 = g.moment()
    if g.chance(0.5):
        witnesses(g, doc, 2)
        doc.t("\n")
    signers = [(rep_, corp_mail(rep_, dom, g)), (part, pmail)]
    if g.chance(0.5):
        w = g.person()
        signers.append((w, g.email(w)))
    if g.chance(0.7):
        esign_log(g, doc, signers, t0)
    else:
        doc.f("\nAssinado digitalmente pelas partes em «d» (certificado ICP-Brasil).\n", d=ts(t0, "br"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice for an unpaid plan and the eviction of a member from a private room (the member or the firm's partner qualified, the open invoices, the lawyer's OAB), and the member's reply e-mail."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    m = g.person()
    lw = g.person()
    co, cdom = g.pick(STARTUPS)
    pj = g.chance(0.6)
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    doc.f(up("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «r», CNPJ «c», com sede na «s».\n"), r=U(raz), c=(g.any_cnpj(), "BR_CNPJ"), s=U(seat(g)))
    doc.t(up("NOTIFICAD" + ("A" if pj else m.o.upper()) + ": "))
    if pj:
        doc.f(up("«r», CNPJ «c», na pessoa de su«o» sóci«o» "), r=fold(co).upper(), c=(g.any_cnpj(), "BR_CNPJ"), o=U(m.o))
    qualify(g, doc, m, caps=caps, email=g.chance(0.7), phone=g.chance(0.7), dob=g.chance(0.4))
    doc.t(".\n\n")
    room = f"sala privativa {g.ri(1, 40)}"
    doc.f(up("Prezad«o» Senhor«a»,\n\nNa qualidade de prestadora de serviços de escritório compartilhado, a NOTIFICANTE vem informar que constam em aberto "
             "as seguintes faturas do contrato «k» («p»):\n\n"), o=U(m.o), a=U("a" if m.female else ""), k=contrato_no(g), p=U(room))
    rows = []
    total = 0.0
    for _ in range(g.ri(2, 4)):
        v = money(g, 900, 7800)
        total += v
        rows.append([V(f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"), V(nfse(g)), V(g.date("br")), V("R$ " + brl(v))])
    table_ruled(doc, ["competência", "documento", "vencimento", "valor"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f(up("\nTotal atualizado (multa de 2% e juros de 1% a.m.): R$ «v».\n\n"), v=brl(total * 1.07))
    doc.f(up("Fica V. Sa. NOTIFICAD«o» a, no prazo de 5 (cinco) dias, quitar o débito ou desocupar a «p», retirando seus pertences, sob pena de rescisão "
             "do contrato, bloqueio dos crachás de acesso e adoção das medidas judiciais cabíveis, inclusive ação de cobrança. O débito poderá ser pago "
             "por Pix na chave aleatória «x».\n\n"), o="A" if m.female else "O", p=U(room), x=(g.uuid(), "PIX_KEY"))
    doc.f("«c», «d».\n\n", c=g.city()[0], d=g.date("long"))
    doc.f("«n»\n«o»\n", n=P(lw.caps if caps else lw.full), o=(g.council("OAB"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Tel./WhatsApp «t»\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("«e»\n", e=(corp_mail(lw, g.pick(["cobrancaempresarial.adv.br", "furquimlustosa.adv.br", "startuplex.adv.br"]), g), "EMAIL_ADDRESS"))
    doc.f("Enviada por AR «a» e por e-mail.\n\n", a=rastreio(g))
    if g.chance(0.75):
        t0 = g.moment()
        doc.f("-----\nDe: «n» <«e»>\nEnviado em: «d»\nAssunto: Re: Notificação extrajudicial\n\n", n=P(m.full), e=(g.email(m), "EMAIL_ADDRESS"), d=mail_date(t0))
        r = g.rng.random()
        if r < 0.4:
            doc.f("Recebi a notificação. A fatura de «c» já foi paga (comprovante anexo, Pix «x»). Proponho quitar o restante em 3 vezes. "
                  "Peço que não bloqueiem meu crachá até o acordo. Meu CPF é «p».\n", c=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", x=e2e(g), p=(g.cpf(), "BR_CPF"))
        elif r < 0.7:
            doc.f("Deixei a sala em «d» e entreguei as chaves para «n», da recepção; a cobrança posterior é indevida. Podem falar comigo no «t».\n",
                  d=g.date("br"), n=P(g.pick([g.person().first, g.person().full])), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("Meu advogado, «n» («o»), entrará em contato.\n", n=P(g.person().full), o=(g.council("OAB"), "PROFESSIONAL_ID"))
        doc.f("«n»\n", n=P(g.pick([m.first, m.full])))
    return doc


def ju_reclamacao_trab(g: Gen) -> Doc:
    """A labour claim of a worker (hired as PJ) against a startup housed in a coworking: the claimant qualified (PIS, título, birth date, the MEI's CNPJ), the startup's CNPJ and founders, the coworking's access logs as evidence, wages by Pix, witnesses, the lawyer's OAB."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    w = g.person()
    f1 = g.person()
    f2 = g.person()
    co, cdom = g.pick(STARTUPS)
    uf = g.pick(["SP", "SP", "RJ", "MG", "RS", "PR", "PE", "BA", "CE", "SC", "DF"])
    city, _ = city_of(g, uf) if any(c[1] == uf for c in CITIES) else g.city()
    lw = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»\n\n", v=g.ri(1, 89), c=fold(city).upper())
    if g.chance(0.5):
        doc.f("Distribuição por dependência ao processo «n»\n\n", n=cnj_of(g, uf, True))
    qualify(g, doc, w, caps=g.chance(0.3), email=g.chance(0.6), phone=g.chance(0.6), dob=g.chance(0.7), titulo=g.chance(0.8), pis=True,
            job=g.pick([("desenvolvedor de software", "desenvolvedora de software"), ("designer", "designer"), ("analista de suporte", "analista de suporte"),
                        ("executivo de vendas", "executiva de vendas")]))
    doc.f(", CTPS «c»", c=ctps(g, uf))
    if g.chance(0.6):
        doc.f(", titular da microempresa individual inscrita no CNPJ «c»", c=(g.cnpj(), "BR_CNPJ"))
    doc.f(", vem, por seu advogado, propor RECLAMAÇÃO TRABALHISTA pelo rito ordinário em face de «r», CNPJ «c», com endereço fiscal na «s»", r=fold(co).upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), s=seat(g))
    doc.t(", pelos fatos a seguir.\n\n")
    ad = g.date("br", 2023)
    doc.f("1. DO VÍNCULO. «a» foi contratad«o» em «d» como «x» por meio de \"contrato de prestação de serviços\" com exigência de abertura de MEI "
          "(pejotização), cumprindo jornada fixa das 9h às 19h no espaço «n», onde a reclamada ocupa a sala privativa «s». As ordens eram dadas «c1», «f1», "
          "«c2» «k», e «c3» «f2», pelo WhatsApp «t».\n\n", c1="pela CEO" if f1.female else "pelo CEO", c2="conhecida como" if f1.female else "conhecido como",
          c3="pela sócia" if f2.female else "pelo sócio", a="A reclamante" if w.female else "O reclamante", o=w.o, d=ad,
          x=g.pick(["desenvolvedor(a)", "designer", "analista"]), n=nm, s=g.ri(1, 30), f1=P(f1.full), k=P(f1.nick if f1.nick != f1.first else lower(f1.first)),
          f2=P(f2.full if g.chance(0.5) else f2.short), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("2. DA PROVA DA JORNADA. Requer-se a expedição de ofício ao «r» («n») para que apresente os registros do sistema de controle de acesso "
          "(catraca e crachá «b») de «d1» a «d2», e o livro de visitantes da recepção.\n\n", r=raz, n=nm, b=cracha(g), d1=ad, d2=g.date("br", 2025))
    doc.f("3. DA REMUNERAÇÃO. O salário de R$ «v» era pago por Pix na chave CPF «c», sem recibo, e o último mês não foi quitado.\n\n", v=brl(money(g, 3500, 14000)),
          c=(g.cpf(), "BR_CPF"))
    doc.t("4. DOS PEDIDOS: reconhecimento do vínculo (CLT, arts. 2º e 3º); anotação da CTPS; verbas rescisórias (art. 477); FGTS + 40%; horas extras; "
          "multa do art. 467; honorários (art. 791-A).\n\n")
    doc.t("Rol de testemunhas:\n")
    for k in range(g.ri(1, 3)):
        t = g.person()
        role = g.pick(["ex-colega de equipe", "recepcionista do coworking", "membro de outra empresa no mesmo andar", "gerente de comunidade do coworking"])
        doc.f("«k») «n», «r», RG «g», celular «t»\n", k=k + 1, n=P(g.pick([t.full, t.caps])), r=role, g=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\n", v=brl(money(g, 40000, 380000)))
    doc.f("«c», «d».\n\n", c=city, d=g.date("long"))
    doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("«e»\n", e=(corp_mail(lw, "trabalhistasunidos.adv.br", g), "EMAIL_ADDRESS"))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes (small claims: a member against the coworking over a lost parcel or a double charge; or labour: a receptionist against the space): judge or conciliator, parties with CPF, lawyers, the preposto, a witness, a settlement to an account or a random Pix key."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    uf = g.pick(["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "DF", "GO", "SC"])
    labour = g.chance(0.45)
    judge = g.person()
    a = g.person()
    pp = g.person()
    la, lb = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO\n«c»\n\nTERMO DE AUDIÊNCIA — «k»\nProcesso nº «n»\n\n",
          c=f"JUSTIÇA DO TRABALHO — TRT DA {g.ri(1, 24)}ª REGIÃO — {g.ri(1, 80)}ª VARA DO TRABALHO" if labour else
          f"TRIBUNAL DE JUSTIÇA — JUIZADO ESPECIAL CÍVEL — {g.pick(['FORO CENTRAL', 'FORO REGIONAL DE PINHEIROS', 'FORO REGIONAL DE SANTO AMARO', 'COMARCA DA CAPITAL'])}",
          k="CONCILIAÇÃO" if not labour or g.chance(0.3) else "INSTRUÇÃO E JULGAMENTO", n=cnj_of(g, uf, labour))
    doc.f("Aos «d», às «h», na sala de audiências (sessão por videoconferência), presente «x» «j»", d=g.date("long"), h=g.hm(),
          x=("a MM. Juíza" if judge.female else "o MM. Juiz") if labour or g.chance(0.4) else ("a conciliadora" if judge.female else "o conciliador"),
          j=P(g.pick([judge.full, judge.caps])))
    doc.t(", foram apregoadas as partes.\n\n")
    doc.t("RECLAMANTE: " if labour else "AUTOR(A): ")
    doc.e(g.pick([a.caps, a.full]), "PERSON")
    doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
    if not labour or g.chance(0.4):
        doc.f(", residente na «a», CEP «p»", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        doc.f(", e-mail para intimações «e»", e=(g.email(a), "EMAIL_ADDRESS"))
    if labour and g.chance(0.6):
        doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
        if g.chance(0.5):
            doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f(", acompanhad«o» de «x» «n» («b»).\n", o=a.o, x="sua advogada" if la.female else "seu advogado", n=P(la.full),
          b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("RÉ: «r», CNPJ «c», representada «o» «n», CPF «pc», e por «x» «l» («b»).\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"),
          o="pela preposta" if pp.female else "pelo preposto", n=P(pp.full), pc=(g.cpf(), "BR_CPF"), x="sua advogada" if lb.female else "seu advogado", l=P(lb.full),
          b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if labour:
        doc.f("\nObjeto: vínculo de «r» «n», diferenças salariais e horas extras.\n", r=g.pick(["recepcionista", "gerente de comunidade", "auxiliar de limpeza", "barista"]),
              n=nm)
    else:
        doc.f("\nObjeto: «o».\n", o=g.pick([f"encomenda extraviada na recepção do {nm} (rastreio {rastreio(g)})", "cobrança de plano após cancelamento",
                                             "danos a notebook por infiltração na mesa fixa", "bloqueio de acesso e retenção de pertences na sala privativa"]))
    if g.chance(0.7):
        wt = g.person()
        doc.f("Presente a testemunha «n», RG «r», que foi dispensada diante do acordo.\n", n=P(wt.full), r=(g.rg(), "BR_RG"))
    v = money(g, 1500, 45000)
    k = g.ri(1, 6)
    doc.f("\nCONCILIAÇÃO: as partes celebram acordo: a ré pagará «x» o valor de R$ «v» em «k» parcela(s) de R$ «p», vencendo a primeira em «d», ", x=("à reclamante" if a.female else "ao reclamante") if labour else ("à autora" if a.female else "ao autor"),
          v=brl(v), k=k, p=brl(v / k), d=g.date("br"))
    r = g.rng.random()
    if r < 0.45:
        doc.f("mediante depósito na conta de «t», «b», agência «a», conta «n».", t=g.pick(["titularidade do(a) autor(a)", "seu patrono", "sua patrona"]),
              b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), n=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.8:
        doc.f("por Pix na chave aleatória «k» indicada pel«o» autor«a».", k=(g.uuid(), "PIX_KEY"), o=a.o, a="a" if a.female else "")
    else:
        kind_, kv = pix_key(g, a)
        doc.f("por Pix (chave «k»: «v»).", k=kind_, v=kv)
    doc.t(" Multa de 50% em caso de inadimplemento. As partes dão quitação do objeto da ação.\n\n")
    doc.f("Homologo o acordo. Nada mais.\n\n«j»\n«t»\n", j=P(judge.caps if g.chance(0.5) else judge.full) if g.chance(0.5) else V("(assinado digitalmente)"), t="Juíza do Trabalho" if labour and judge.female else
          ("Juiz do Trabalho" if labour else ("Conciliadora" if judge.female else "Conciliador")))
    return doc


def ju_acordo_socios(g: Gen) -> Doc:
    """A startup's quota-holders' agreement (partners qualified with birth date, RG or CNH, CPF, e-mail, home address and CEP; the seat at a virtual office, unlabelled; quotas and vesting; an angel investor or a fund with CNPJ and its manager), and an e-signature log."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("virtual", "both"))
    co, cdom = g.pick(STARTUPS)
    parts = [g.person() for _ in range(g.ri(2, 3))]
    doc.f("ACORDO DE SÓCIOS DA «c»\n\n", c=fold(co).upper())
    doc.f("Pelo presente instrumento, as partes abaixo, na qualidade de únicas sócias da «c», sociedade empresária limitada inscrita no CNPJ sob o nº «n»"
          "«x», com sede na «s» (endereço fiscal contratado junto à «r»):\n\n", c=co, n=(g.any_cnpj(), "BR_CNPJ"),
          x=f", NIRE {nire(g)}" if g.chance(0.5) else "", s=seat(g), r=raz)
    mails = []
    for k, p in enumerate(parts):
        doc.f("«k») ", k=chr(ord("a") + k))
        mail = g.email(p)
        mails.append(mail)
        qualify(g, doc, p, email=mail, dob=g.chance(0.6))
        doc.t(";\n")
    inv = None
    if g.chance(0.6):
        if g.chance(0.5):
            inv = g.person()
            doc.t("e, como INVESTIDOR-ANJO (LC 155/2016), ")
            qualify(g, doc, inv, email=True, addr=g.chance(0.5))
            doc.t(";\n")
        else:
            mgr = g.person()
            doc.f("e, como INVESTIDORA, «f», fundo de investimento inscrito no CNPJ «c», representado por sua gestora «gg», CNPJ «gc», na pessoa de «p» "
                  "(«e»);\n", f=g.pick(["Sereno Venture Capital FIP", "Fundo Bento Seed I FIP", "Aurora Anjos Fundo de Investimento"]), c=(g.cnpj(), "BR_CNPJ"),
                  gg="Prudente Capital Gestora de Recursos Ltda.", gc=(g.any_cnpj(), "BR_CNPJ"), p=P(mgr.full),
                  e=(corp_mail(mgr, "prudentecapital.com.br", g), "EMAIL_ADDRESS"))
    doc.t("\nresolvem celebrar o presente Acordo de Sócios, mediante as cláusulas seguintes.\n\nCLÁUSULA 1ª — DO CAPITAL. O capital social é distribuído como segue:\n\n")
    total = g.pick([10000, 100000, 1000000])
    shares = [g.ri(20, 60) for _ in parts]
    s = sum(shares)
    rows = []
    for p, sh in zip(parts, shares):
        q = total * sh // s
        rows.append([P(g.pick([p.full, p.caps])), V(num(q, 0)), V(f"{100 * q / total:.2f}%".replace(".", ","))])
    table_ruled(doc, ["sócio", "quotas", "%"], rows, g.pick(["plus", "pipe", "plain", "md"]))
    doc.f("\nCLÁUSULA 2ª — DO VESTING. As quotas de «n» sujeitam-se a vesting de 48 meses com cliff de 12 meses, contados de «d».\n",
          n=P(parts[-1].full), d=g.date("br", 2025))
    doc.t("CLÁUSULA 3ª — DA NÃO CONCORRÊNCIA E DA CONFIDENCIALIDADE. Pelo prazo de 24 meses após a saída, nenhum sócio atuará em negócio concorrente.\n")
    doc.f("CLÁUSULA 4ª — DA ADMINISTRAÇÃO. A sociedade será administrada por «n», com poderes para representá-la perante bancos, inclusive na conta "
          "da sociedade no «b», agência «a», conta «k».\n", n=P(parts[0].full), b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 5ª — DO TAG ALONG E DRAG ALONG. Conforme anexo I.\n\n")
    doc.f("«c», «d».\n", c=g.city()[0], d=g.date("long"))
    if g.chance(0.45):
        esign_log(g, doc, [(p, mm) for p, mm in zip(parts, mails)], g.moment())
    else:
        doc.t("\n" + "\n".join("_" * 30 for _ in parts) + "\n")
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """An ALL CAPS police report of a notebook and a phone stolen from a shared desk, OCR'd in some copies: the victim qualified, the suspect registered at reception as a visitor (RG, CPF), the receptionist and the guard, the suspect's car plate, the officers, the delegado; BO number, serial numbers and IMEI unlabelled."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    v = g.person()
    s = g.person(False)
    rc = g.person(female=g.chance(0.7))
    gd = g.person(False)
    pm1, pm2 = g.person(False), g.person()
    dl = g.person()
    scan = g.chance(0.5)
    T = (lambda t: ocr_t(caps_t(t), g, 0.25)) if scan else caps_t
    doc.f(T("SECRETARIA DA SEGURANÇA PÚBLICA\nPOLÍCIA CIVIL — «d»º DISTRITO POLICIAL\nBOLETIM DE OCORRÊNCIA Nº «b»\nNATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, II, CP)\n"
            "DATA/HORA DO FATO: «f»\nLOCAL: «l» — ESPAÇO DE COWORKING\n\n"), d=g.ri(1, 99), b=bo_no(g), f=ts(g.moment(), "br"), l=fold(seat(g)).upper())
    doc.t(T("VÍTIMA: "))
    qualify(g, doc, v, caps=True, phone=True, email=g.chance(0.6), dob=g.chance(0.5))
    doc.t(".\n\n")
    nb = serial(g)
    doc.f(T("HISTÓRICO: COMPARECE A VÍTIMA NOTICIANDO QUE DEIXOU SEU NOTEBOOK (Nº DE SÉRIE «s») E SEU CELULAR (IMEI «i») NA MESA COMPARTILHADA «m» "
            "ENQUANTO ESTAVA NA «r». AO RETORNAR, OS BENS HAVIAM SIDO SUBTRAÍDOS. SEGUNDO «x» «c», O ÚNICO VISITANTE NÃO ACOMPANHADO NO HORÁRIO FOI "),
          s=nb, i=imei(g), m=f"M-{g.ri(1, 60)}", r=fold(g.pick(ROOMS)).upper(), x="A RECEPCIONISTA" if rc.female else "O RECEPCIONISTA",
          c=P(ocr(rc.capsf, g, 0.3, names=True) if scan else rc.capsf))
    doc.e(ocr(s.capsf, g, 0.3, names=True) if scan else s.capsf, "PERSON")
    doc.f(T(", IDENTIFICADO NO LIVRO DE VISITANTES COM O RG «r»"), r=(g.rg(), "BR_RG"))
    if g.chance(0.6):
        doc.f(T(" E CPF «c»"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(T(", TELEFONE DECLARADO «t»"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f(T(", QUE SE DISSE CANDIDATO A UMA VAGA NA EMPRESA «e». O VIGILANTE «g» INFORMA QUE O SUSPEITO DEIXOU O PRÉDIO PELA GARAGEM EM UM VEÍCULO "
            "DE PLACA «p». AS IMAGENS DAS CÂMERAS FORAM PRESERVADAS.\n\n"), e=fold(g.pick(STARTUPS)[0]).upper(), g=P(gd.capsf if g.chance(0.6) else fold(gd.nick).upper()),
          p=(g.plate(), "LICENSE_PLATE"))
    doc.f(T("TESTEMUNHA: «n», «r», TEL. «t».\n"), n=P(rc.capsf), r=fold(staff_role(g, rc, 2)).upper(), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(T("CONDUTOR: SD PM «a» / CB PM «b»\n"), a=P(pm1.capsf), b=P(pm2.capsf))
    else:
        doc.f(T("CONDUTOR: SD PM «a», RE «r»\n"), a=P(pm1.capsf), r=clean(g, lambda: f"{g.d(6)}-{g.d(1)}"))
    doc.f(T("AUTORIDADE: DELEGAD«o» «d»\n"), o="A" if dl.female else "O", d=P(dl.capsf))
    if g.chance(0.4):
        doc.t("\n" + T("PROVIDÊNCIAS: REQUISITADAS AS IMAGENS E O REGISTRO DE ACESSO DO SISTEMA " + g.pick(ACCESS_SYS).upper() + ".") + "\n")
    return doc


def ju_oficio_resposta(g: Gen) -> Doc:
    """A court's order to a virtual-office provider asking the data of a client firm that used its fiscal address (a tax foreclosure or a fraud case), the bailiff's certificate naming the receptionist, and the provider's answer: partners' CPF, phones, e-mails, home addresses and CEP from the KYC, portal logins with IPs, who collected the mail."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("virtual", "both"))
    uf = g.pick(["SP", "SP", "RJ", "MG", "PR", "RS", "DF", "BA"])
    judge = g.person()
    oj = g.person()
    rc = g.person(female=g.chance(0.7))
    dpo = g.person()
    co, cdom = g.pick(STARTUPS)
    parts = [g.person() for _ in range(g.ri(1, 2))]
    proc = cnj_of(g, uf)
    doc.f("OFÍCIO Nº «o» — «v»\nProcesso nº «p»\nClasse: «c»\n\nÀ «r»\n\n", o=f"{g.ri(100, 9999)}/{g.pick([2025, 2026])}",
          v=g.pick(["1ª Vara de Execuções Fiscais", "3ª Vara Cível", "2ª Vara Empresarial", "Vara de Falências e Recuperações Judiciais"]), p=proc,
          c=g.pick(["Execução Fiscal", "Procedimento Comum Cível", "Desconsideração da Personalidade Jurídica", "Cumprimento de Sentença"]), r=raz)
    doc.f("Senhor(a) Responsável,\n\nPor determinação «x» «j», requisito, no prazo de 10 dias, as informações cadastrais da empresa «c» (CNPJ «n»), que declarou "
          "como sede o endereço fiscal fornecido por Vossa Senhoria, incluindo: qualificação dos contratantes, registros de acesso ao portal do cliente e "
          "identificação de quem retirou correspondências.\n\n", x="da MM. Juíza" if judge.female else "do MM. Juiz", j=P(judge.full), c=fold(co).upper(),
          n=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("CERTIDÃO: Certifico que, em «d», diligenciei no endereço «e» e lá não encontrei a executada. Fui atendid«o» por «r», recepcionista, que informou "
          "tratar-se de escritório virtual. Dou fé.\n«n», Oficial de Justiça\n\n", o=oj.o, d=g.date("br"), e=seat(g), r=P(g.pick([rc.full, rc.short])),
          n=P(oj.full))
    doc.f("-----\nRESPOSTA AO OFÍCIO — «r»\n\nEm atenção ao ofício expedido no processo «p», informamos:\n\n1) Contrato de escritório virtual nº «k», vigente de «a» a «b», plano «pl».\n"
          "2) Sócios qualificados no cadastro (KYC):\n", r=raz, p=proc, k=contrato_no(g), a=g.date("br", 2024), b=g.date("br"), pl=g.pick(VPLANS)[0])
    for p in parts:
        doc.f("   - «n», CPF «c», nascid«o» em «d», celular «t», e-mail «e», residência declarada: «a», CEP «z»\n", n=P(g.pick([p.full, p.caps])),
              c=(g.cpf(), "BR_CPF"), o=p.o, d=(g.dob("br"), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"),
              a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    doc.t("3) Últimos acessos ao portal do cliente:\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.pick(parts)
        rows.append([V(ts(g.moment(), "brs")), (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V(login(p, g)), (g.ip(), "IP_ADDRESS"),
                     V(g.pick(["login", "download de digitalização", "pedido de reenvio", "alteração cadastral"]))])
    table_ruled(doc, ["data/hora", "usuário", "IP", "evento"], rows, g.pick(["plus", "psql", "plain"]))
    doc.t("4) Retiradas de correspondência:\n")
    for _ in range(g.ri(1, 3)):
        c = g.person()
        doc.f("   - «d»: «k» retirada por «n», RG «r»\n", d=g.date("br"), k=g.pick(["intimação", "carta da PGFN", "AR do TJ", "envelope do banco"]),
              n=P(g.pick([c.full, c.caps])), r=(g.rg(), "BR_RG"))
    doc.f("\nColocamo-nos à disposição.\n\n«n»\nEncarregad«o» de Proteção de Dados — «s»\n«e»\n", n=P(dpo.full), o=dpo.o, s=nm,
          e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, dom, "dpo")))
    return doc


JU = [ju_contrato_ev, ju_notificacao, ju_reclamacao_trab, ju_ata_audiencia, ju_acordo_socios, ju_bo_furto, ju_oficio_resposta]


# --------------------------------------------------------------------------- saude


def employer(g: Gen) -> tuple[str, str, str]:
    """The employer of a coworking's staff: the space itself or the outsourced cleaning firm: (legal name, domain, brand)."""
    if g.chance(0.6):
        nm, raz, dom, kind = space(g, ("cowork", "both"))
        return raz, dom, nm
    raz, dom = g.pick(CLEANING)
    return raz, dom, raz


def sa_aso(g: Gen) -> Doc:
    """An ASO of a coworking's receptionist, community manager, cleaner, barista or maintenance technician (the clinic's and the employer's CNPJ, CPF, RG, birth date, NIT; ergonomic, chemical or noise risks; the examiner's and the PCMSO coordinator's CRM) and sometimes the team's ASO list."""
    doc = Doc()
    cl_, cdom = g.pick(OCC_CLINICS)
    raz, edom, brand = employer(g)
    w = g.person()
    ex = g.person()
    co = g.person()
    uf = g.pick(UFS)
    role = staff_role(g, w)
    risks = {"recepcionista": "ergonômico (postura sentada prolongada, uso de computador)", "auxiliar de limpeza": "químico (saneantes domissanitários); ergonômico",
             "barista": "físico (calor, ruído do moedor); acidente (queimadura)", "eletricista": "elétrico; trabalho em altura (NR-35)"}
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO"])
    style = g.pick(["lines", "box", "caps", "dots"])
    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO («t»)\n«c» — CNPJ «n» — agendamentos «p»\n\n", t=tipo, c=cl_, n=(g.any_cnpj(), "BR_CNPJ"),
          p=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.3)), "PHONE_NUMBER"))
    fields = [("Empresa", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.8):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(w), "EMAIL_ADDRESS")))
    fields += [("Data de nascimento", (g.dob(g.pick(["br", "br", "iso"]), 1960, 2006), "DATE_OF_BIRTH")), ("NIT/PIS", (g.pis(), "BR_PIS"))]
    if g.chance(0.5):
        fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    fields += [
               ("Função", V(role)), ("CBO", V(g.pick(["4221-05", "5143-20", "5134-40", "9511-05", "4101-05", "5131-15"]))),
               ("Riscos", V(risks.get(role, "ergonômico (mobiliário compartilhado, iluminação)"))),
               ("Exames", V(g.pick(["clínico; acuidade visual", "clínico; audiometria", "clínico; hemograma; glicemia", "clínico; ECG; EEG (NR-35)"])))]
    kv_block(doc, fields, style)
    doc.f("\nConclusão: «r»\n\n", r=g.pick(["APTO(A) para a função", "APTO(A) para a função", "APTO(A) com restrição: evitar carga > 10 kg por 30 dias", "INAPTO(A) temporariamente"]))
    doc.f("Médic«o» examinador«a»: «n» — «c»\n", o=ex.o, a="a" if ex.female else "", n=P(ex.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Coordenador«a» do PCMSO: «n» — «c»\n", a="a" if co.female else "", n=P(g.pick([co.full, co.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«c», «d»\n", c=g.city()[0], d=g.date("br"))
    if g.chance(0.5):
        doc.f("\nASOs do mês — equipe «b»\n", b=brand)
        rows = []
        for _ in range(g.ri(2, 4)):
            p = g.person()
            rows.append([P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("(sem CPF no cadastro)"),
                         V(staff_role(g, p)), V(g.pick(["periódico", "admissional", "demissional"])), V(g.date("short")), V(g.pick(["apto", "apto", "apto c/ restrição"]))])
        table_ruled(doc, ["nome", "CPF", "função", "tipo", "data", "resultado"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    return doc


def sa_ergonomia(g: Gen) -> Doc:
    """An ergonomic assessment (AET, NR-17) of a startup's team at a coworking: the startup's CNPJ, the physiotherapist's CREFITO and the safety engineer's CREA, the workers with CPF, birth date or age, desk, complaint and pain score; furniture named after words."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    co, cdom = g.pick(STARTUPS)
    ft = g.person()
    en = g.person()
    hr = g.person()
    doc.f("ANÁLISE ERGONÔMICA DO TRABALHO (NR-17) — «c»\nCNPJ: «n»\nLocal: «s» («b», sala privativa «k»)\nData da visita: «d»\n\n", c=fold(co).upper(),
          n=(g.any_cnpj(), "BR_CNPJ"), s=seat(g), b=nm, k=g.ri(1, 30), d=g.date("br"))
    doc.f("Responsáveis: «a», fisioterapeuta do trabalho, «ac»", a=P(ft.full), ac=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("; «b», engenheir«o» de segurança do trabalho, «bc»", b=P(en.full), o=en.o, bc=(g.council("CREA"), "PROFESSIONAL_ID"))
    doc.t(".\n\n1. POSTOS AVALIADOS\n\n")
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        age = g.chance(0.2)
        rows.append([P(g.pick([p.full, p.full, p.caps])), (g.cpf(), "BR_CPF") if g.chance(0.9) else V("—"),
                     V(f"{g.ri(21, 58)} anos") if age else (g.dob("br", 1968, 2004), "DATE_OF_BIRTH"),
                     V(g.pick(["dev", "design", "vendas", "CS", "financeiro", "dados"])), V(f"M-{g.ri(1, 40)}" if g.chance(0.6) else "rotativa"),
                     V(g.pick(["dor cervical", "formigamento mão D", "lombalgia", "ardor ocular", "dor no punho", "sem queixas", "ombro E"])), V(str(g.ri(0, 9)))])
    style = g.pick(["plus", "pipe", "md", "plain"])
    table_ruled(doc, ["colaborador", "CPF", "nasc./idade", "área", "mesa", "queixa", "EVA"], rows, style)
    doc.t("\n2. ACHADOS\n- Mesas rotativas sem regulagem de altura; notebooks usados sem suporte nem teclado externo.\n"
          "- Cadeiras do modelo \"Serena\" com apoio lombar insuficiente para pessoas acima de 1,85 m.\n"
          "- Iluminância de 280 lux na bancada junto à janela (NHO 11 recomenda 500 lux).\n")
    if g.chance(0.5):
        doc.t("- " + word_neg(g) + "\n")
    doc.t("\n3. RECOMENDAÇÕES\n- Suporte de notebook, teclado e mouse externos para todos; pausas de 10 min a cada 50 min.\n"
          "- Prioridade de mesa fixa regulável para quem relatou dor de intensidade ≥ 6.\n")
    if g.chance(0.4):
        rp = g.person()
        doc.f("\nEncaminhad«o» à avaliação médica: «n» (CID provável «c»).\n", o=rp.o, n=P(rp.full), c=g.pick(ERGO_ICD)[0])
    doc.f("\nCópia para: «n»«e»\n", n=P(g.pick([hr.full, hr.short])) if g.chance(0.5) else V("RH "), e=(corp_mail(hr, cdom, g), "EMAIL_ADDRESS") if g.chance(0.7) else V(role_mail(g, cdom, "people")))
    return doc


def sa_primeiros_socorros(g: Gen) -> Doc:
    """The first-aid logbook at a coworking (sometimes in capitals): members and visitors with birth date, CPF, a relative's phone; the brigade member; a removal by SAMU with the ambulance's plate and the nursing technician's COREN."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    caps = g.chance(0.35)
    up = caps_t if caps else (lambda s: s)
    brig = [g.person() for _ in range(2)]
    U = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    start = g.day()
    span = g.ri(20, 120)
    stamps = iter(sorted(datetime.datetime(start.year, start.month, start.day, g.ri(8, 20), g.ri(0, 59)) + datetime.timedelta(days=g.ri(0, span))
                         for _ in range(6)))
    doc.f(up("REGISTRO DE PRIMEIROS SOCORROS — BRIGADA «n»\nPeríodo: «a» a «b»\n\n"), n=fold(nm).upper(), a=dbr(start),
          b=dbr(start + datetime.timedelta(days=span)))
    events = [
        ("«h» — «n» («v»), nasc. «d», mal-estar e tontura na copa; glicemia capilar 58 mg/dL; ofertado suco; melhorou em 15 min.«b»\n",
         lambda p: dict(d=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"))),
        ("«h» — «n» («v»), corte superficial no dedo ao abrir caixa na sala «s»; curativo.«b»\n",
         lambda p: dict(s=g.ri(1, 30))),
        ("«h» — «n» («v»), CPF «c», crise de ansiedade após ligação; acolhimento na Sala Serena; contato com «x» «r» pelo «t».«b»\n",
         lambda p: (lambda rel: dict(c=(g.cpf(), "BR_CPF"), x=U(g.pick(["a irmã", "a esposa", "a mãe"] if rel.female else ["o marido", "o irmão", "o companheiro", "o pai"])),
                                     r=P(fold(rel.first).upper() if caps else rel.first), t=(g.phone(), "PHONE_NUMBER")))(g.relative(p))),
        ("«h» — «n» («v»), queimadura leve na mão com a máquina de café; água corrente 10 min.«b»\n", lambda p: {}),
        ("«h» — «n» («v»), torção do tornozelo na escada do deck; gelo e imobilização; foi embora de carro de aplicativo.«b»\n", lambda p: {}),
    ]
    for tpl, extra in g.sample(events, g.ri(2, 4)):
        p = g.person()
        vv = g.pick(["membro", "visitante", "colaborador da limpeza", "membro — mesa fixa", "palestrante"]) if not p.female else g.pick(["membro", "visitante", "colaboradora da limpeza", "membro — mesa fixa", "palestrante"])
        vals = dict(h=ts(next(stamps), "br"), n=P(p.capsf if caps else g.pick([p.full, p.short])), v=up(vv),
                    b=V(""))
        if g.chance(0.25):
            bb = g.pick(brig)
            vals["b"] = P(fold(bb.first).upper() if caps else bb.first)
            tpl = tpl.replace("«b»", " Brigadista: «b».")
        vals.update(extra(p))
        if g.chance(0.4) and "«c»" not in tpl and "«d»" not in tpl:
            tpl = tpl.replace("(«v»), ", "(«v»), «k» «i», ")
            vals["k"] = g.pick(["CPF", "RG"])
            vals["i"] = (g.cpf(), "BR_CPF") if vals["k"] == "CPF" else (g.rg(), "BR_RG")
        if g.chance(0.45) and "«t»" not in tpl:
            tpl = tpl.replace("«b»\n", " Contato informado: «t».«b»\n")
            vals["t"] = (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")
        doc.f(up(tpl), **vals)
    if g.chance(0.8):
        p = g.person()
        nurse = g.person()
        doc.f(up("«h» — «n» («v»), nascid«o» em «d», RG «r», dor torácica e sudorese durante reunião no Auditório Luz. Acionado SAMU (192); viatura «p», "
                 "técnic«o2» de enfermagem «e» («c»). Removid«o» para «x». Acompanhante: «a», «t».«b»\n"),
              h=ts(next(stamps), "br"), n=P(p.capsf if caps else p.full), v=up(g.pick(["membro", "visitante", "colaborador" if not p.female else "colaboradora"])), o=U(p.o),
              d=(g.dob("br", 1950, 1990), "DATE_OF_BIRTH"), r=(g.rg(), "BR_RG"), p=(g.plate(), "LICENSE_PLATE"), o2=U(nurse.o),
              e=P(nurse.capsf if caps else nurse.full), c=(g.council("COREN"), "PROFESSIONAL_ID"), x=fold(g.pick(HOSPITALS)).upper() if caps else g.pick(HOSPITALS),
              a=P(g.person().capsf if caps else g.person().full) if g.chance(0.5) else V(up("sem acompanhante; contato da irmã")), t=(g.phone(), "PHONE_NUMBER"), b=V(""))
    if g.chance(0.4):
        doc.f(up("\nBrigadistas do período: «a» e «b». Kit de primeiros socorros reposto em «d».\n"), a=P(brig[0].capsf if caps else brig[0].full),
              b=P(brig[1].capsf if caps else brig[1].full), d=dbr(start + datetime.timedelta(days=span)))
    else:
        doc.f(up("\nKit de primeiros socorros reposto em «d». Ramal da brigada: 190.\n"), d=dbr(start + datetime.timedelta(days=span)))
    if g.chance(0.4):
        doc.t(up(word_neg(g)) + "\n")
    return doc


def sa_prontuario(g: Gen) -> Doc:
    """An orthopaedic/occupational record of a coworking member (a developer or designer with a repetitive strain injury): birth date, CNS, CPF, phone, e-mail, address, CEP; the physician's CRM, the physiotherapist's CREFITO, the report to the firm's HR e-mail."""
    doc = Doc()
    cl_, cdom = g.pick(ORTHO)
    pt = g.person()
    md = g.person()
    ft = g.person()
    co, codom = g.pick(STARTUPS)
    q, ex, cid, cdesc = g.pick(ERGO_CASES)
    doc.f("«c» · «p»\nPRONTUÁRIO — CONSULTA «t»\n\n", c=cl_, p=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
          t=g.pick(["ORTOPÉDICA", "DE MEDICINA DO TRABALHO", "FISIÁTRICA"]))
    fields = [("Paciente", P(g.pick([pt.full, pt.caps]))), ("Nascimento", (g.dob(), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.7):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(pt), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")),
               ("CEP", (g.cep(), "BR_CEP")), ("Convênio", V(g.pick(["particular", "Bento Saúde Empresarial", "Aurora Saúde", "reembolso"])))]
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    if g.chance(0.6):
        doc.f("Contato de emergência: «t» («r»)\n", t=(g.phone(), "PHONE_NUMBER"), r=g.pick(["mãe", "cônjuge", "irmão", "pai"]))
    doc.f("\nQP: «q» há «m» meses.\nHDA: trabalha como «j» na «c», em coworking («p»), 9 a 10 h/dia em notebook sem suporte; piora no fim do dia.\n",
          q=q,
          m=g.ri(1, 14), j=g.pick(["desenvolvedor(a)", "designer", "analista de dados", "redator(a)"]), c=co, p=g.pick(["mesa rotativa", "mesa fixa", "day pass"]))
    doc.f("Exame: «e».\nHD: «d» (CID «c»).\nConduta: AINE por 7 dias; órtese noturna; fisioterapia 10 sessões com «f» («fc»); orientação ergonômica.\n",
          e=ex,
          d=cdesc, c=cid, f=P(g.pick([ft.full, ft.short])), fc=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Afastamento: «k» dias a partir de «d».\n", k=g.ri(2, 15), d=g.date("br"))
    doc.f("\n«t»«n» — «c»\n", t=g.pick(["", dra(md) + " "]), n=P(md.full), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        hr = g.person()
        doc.f("\nRelatório enviado a pedido d«o» paciente para «n» («e»), do RH da empresa, sem diagnóstico (apenas CID e período).\n", o=pt.o,
              n=P(g.pick([hr.full, hr.first])), e=(corp_mail(hr, codom, g), "EMAIL_ADDRESS"))
    return doc


def sa_chat_atestados(g: Gen) -> Doc:
    """A startup's Slack #people channel or WhatsApp with the people-ops: sick notes (the doctor by name or not, the CRM in any case), CPF and CNS for the health plan's refund, a relative writing, the NIT for the INSS after 15 days."""
    doc = Doc()
    co, cdom = g.pick(STARTUPS)
    po = g.person(female=g.chance(0.7))
    staff = [g.person() for _ in range(3)]
    slack = g.chance(0.35)
    day = g.day()
    t = datetime.datetime(day.year, day.month, day.day, 8, g.ri(0, 59))
    short = co.split(" Ltda")[0].split(" S.A.")[0]
    if slack:
        doc.f("Slack · «c» · #people-atestados\n\n", c=short)
    else:
        doc.f("Conversa do WhatsApp com «c»\n\n", c=g.pick([f"Atestados {short}", f"People {short} 🩺", f"Ausências {short.split()[0]}"]))
        st = chat_stamp(g)

    def msg(sender: tuple, tpl: str, **vals) -> None:
        nonlocal t
        t += datetime.timedelta(minutes=g.ri(3, 300))
        doc.t(f"[{ts(t, 'hm')}] " if slack else st(t))
        doc.e(*sender)
        doc.t(": ")
        doc.f(tpl, **vals)
        doc.t("\n")
    PO = P(g.pick([po.first, po.short])) if slack else V("Você")
    if slack:
        S = [P(g.pick([p.short, p.first, lower(p.first)])) for p in staff]
    else:
        S = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.65) else P(g.pick([p.first, p.short])) for p in staff]
    doc_ = g.person()
    cid, desc = g.pick(SICK_ICD)
    if g.chance(0.6):
        msg(S[0], "bom dia, tô com «d», fui na UPA ontem. atestado de «k» dias, dr«a» «n» «c»", d=desc, k=g.ri(1, 5), a="a" if doc_.female else "",
            n=P(g.pick([doc_.full, doc_.short])), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    else:
        msg(S[0], "bom dia, tô com «d». atestado de «k» dias, não dá pra ler o nome do médico, só o carimbo «c»", d=desc, k=g.ri(1, 5),
            c=(g.council("CRM"), "PROFESSIONAL_ID"))
    msg(PO, "melhoras! sobe a foto no drive e me manda teu cpf e o cartão sus pro reembolso do plano")
    msg(S[0], "cpf «c» / cns «s»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), s=(g.cns(), "BR_CNS"))
    if g.chance(0.6):
        msg(S[1], "aproveitando: o cpf do meu dependente pro plano é «c» e o cartão sus dele «s»", c=(g.cpf(), "BR_CPF"), s=(g.cns(g.chance(0.5)), "BR_CNS"))
    if slack:
        msg(S[1], "@«n» atestado de acompanhamento da minha filha, pediatra não colocou nome legível, só «c»", n=P(po.first), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    else:
        rel = g.person()
        sick = staff[1]
        rx = (g.pick(["esposa", "mãe", "irmã", "filha"]) if rel.female else g.pick(["marido", "pai", "irmão", "filho"]))
        msg((g.phone("wa"), "PHONE_NUMBER"), "oi «n», aqui é «r», «x» d«o» «m». «e» tá internad«o» (pronto-socorro do «h»), mando o atestado depois. esse é meu número",
            n=P(lower(po.first)), r=P(g.pick([rel.first, rel.full])), x=rx, o=sick.o, m=P(g.pick([sick.first, sick.short])), e="ela" if sick.female else "ele",
            h=g.pick(HOSPITALS))
    msg(PO, "recebido. passou de 15 dias vai pro INSS, vou precisar do NIT e do seu celular atualizado")
    msg(S[2], "meu NIT é «p», cel «t»", p=(g.pis(g.pick(["dot", "raw"])), "BR_PIS"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        d2 = g.person()
        msg(S[2], "o relatório é d«o» «t»«n» («c»), CID «i»", o=d2.o, t=g.pick(["", "dr. " if not d2.female else "dra. "]), n=P(g.pick([d2.full, d2.short, d2.first])),
            c=(g.council("CRM"), "PROFESSIONAL_ID"), i=g.pick(SICK_ICD)[0])
    if g.chance(0.5):
        msg(PO, "lembrando: atestado odontológico também vale, e o coworking pede pra avisar a recepção quando alguém fica afastado por causa do crachá")
    if g.chance(0.4):
        msg(S[1], chat_neg(g))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A CAT (work-accident report) in capitals, OCR'd sometimes, of a cleaner, barista or maintenance worker injured at a coworking: the employer's CNPJ, the worker and the mother, birth date, NIT, RG, CPF, CNS sometimes, address, CEP, phone; witnesses; the physician's CRM; the HR's e-mail."""
    doc = Doc()
    raz, edom, brand = employer(g)
    w = g.person()
    mother = g.person(True)
    md = g.person()
    hr = g.person()
    scan = g.chance(0.5)
    T = (lambda s: ocr_t(caps_t(s), g, 0.25)) if scan else caps_t
    what, cid, cdesc = g.pick(INJ_CASES)
    place = "ESTABELECIMENTO DE TERCEIRO — COWORKING" if raz in dict(CLEANING) else "ESTABELECIMENTO DO EMPREGADOR"
    N = (lambda s: ocr(s, g, 0.3, names=True)) if scan else (lambda s: s)
    doc.f(T("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTIPO: «t»   EMISSÃO: «d»\n\nI — EMITENTE / EMPREGADOR\nRAZÃO SOCIAL: «r»\nCNPJ: «c»\n\n"),
          t=g.pick(["INICIAL", "INICIAL", "REABERTURA"]), d=g.date("br"), r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(T("II — ACIDENTADO\nNOME: «n»\nNOME DA MÃE: «m»\nDATA DE NASCIMENTO: «d»   SEXO: «s»\nNIT/PIS: «p»\n"), n=P(N(w.capsf)), m=P(N(mother.capsf)),
          d=(g.dob("br", 1962, 2005), "DATE_OF_BIRTH"), s="F" if w.female else "M", p=(g.pis(), "BR_PIS"))
    doc.f(T("RG: «r»   CPF: «c»\n"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f(T("CARTÃO SUS: «c»\n"), c=(g.cns(), "BR_CNS"))
    city, uf = g.city()
    doc.f(T("ENDEREÇO: «a»   BAIRRO: «b»   CEP: «z»\nMUNICÍPIO: «m»/«u»   TELEFONE: «t»\nCBO: «o» — «f»\n\n"), a=(N(g.address("caps")), "ADDRESS"),
          b=fold(g.pick(BAIRROS)).upper(), z=(g.cep(), "BR_CEP"), m=fold(city).upper(), u=uf, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          o=g.pick(["5143-20", "5134-40", "9511-05", "5143-25"]), f=fold(staff_role(g, w)).upper())
    doc.f(T("III — ACIDENTE\nDATA: «d»  HORA: «h»  HORAS TRABALHADAS: «k»\nLOCAL: «l» («pl»)\n"
            "DESCRIÇÃO: «x»\n"), d=g.date("br"), h=g.hm(), k=f"{g.ri(0, 8):02d}:{g.ri(0, 59):02d}", l=fold(seat(g)).upper(), pl=place,
          x=fold(what).upper())
    doc.t(T("TESTEMUNHAS:\n"))
    for _ in range(g.ri(1, 2)):
        tw = g.person()
        doc.f(T("«n» — TEL. «t»\n"), n=P(N(tw.capsf)), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f(T("\nIV — ATESTADO MÉDICO\nUNIDADE: «u»   DATA: «d»\nDIAGNÓSTICO PROVÁVEL: «x»   CID-10: «c»\nAFASTAMENTO: «k» DIAS\nMÉDICO: «m» — «r»\n\n"),
          u=fold(g.pick(HOSPITALS)).upper(), d=g.date("br"), x=fold(cdesc).upper(), c=cid, k=g.ri(1, 30), m=P(N(md.capsf)), r=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(T("EMITIDA POR: «n» — RH — «e»\n"), n=P(N(hr.capsf)), e=(corp_mail(hr, edom, g), "EMAIL_ADDRESS") if g.chance(0.7) else V(role_mail(g, edom, "rh")))
    return doc


def sa_campanha(g: Gen) -> Doc:
    """A health week at a coworking (flu vaccination and screening): the list of members vaccinated with company, birth date, CPF or CNS, vaccine and lot, blood pressure and glucose; the vaccinator's COREN; the clinic's coordinator; the community manager's e-mail."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    cl_, cdom = g.pick(OCC_CLINICS)
    vac = g.person(True)
    coord = g.person()
    cm = g.person()
    vname = g.pick(VACCINES[:3])
    lot = lote_vacina(g)
    doc.f("SEMANA DA SAÚDE — «n» — «d»\nParceria: «c» · Vacina: «v» (lote «l»)\nVacinação: «a» — «ac»\n\n", n=nm, d=g.date("br"), c=cl_, v=vname, l=lot,
          a=P(g.pick([vac.full, vac.short])) if g.chance(0.6) else V("técnica da clínica"), ac=(g.council("COREN"), "PROFESSIONAL_ID"))
    fmt = g.pick(["csv", "tab", "plus", "pipe"])
    dfmt = g.pick(["br", "iso"])
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        rows.append([P(g.pick([p.full, p.caps, p.low])), V(g.pick(STARTUPS)[0].split(" Ltda")[0].split(" S.A.")[0]), (g.dob(dfmt, 1955, 2006), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.8) else V(""), (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.55) else V(""),
                     V(g.pick(["sim", "sim", "não (recusou)", "sim"])), V(f"{g.ri(100, 160)}x{g.ri(60, 100)}"), V(str(g.ri(72, 180)))])
    cols = ["nome", "empresa", "nascimento", "cpf", "cns", "vacinado", "pa", "glicemia"]
    if fmt == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif fmt == "tab":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.f("\nAlterações encaminhadas: PA ≥ 140x90 ou glicemia ≥ 126 (jejum) → orientação de procurar UBS. Coordenação: «n» («c»).\n", n=P(coord.full),
          c=(g.council(g.pick(["CRM", "COREN"])), "PROFESSIONAL_ID"))
    doc.f("Dúvidas com a comunidade: «n»«e»\n", n=P(g.pick([cm.first, cm.full])) if g.chance(0.5) else V("recepção — "), e=(corp_mail(cm, dom, g), "EMAIL_ADDRESS") if g.chance(0.7) else V(role_mail(g, dom, "comunidade")))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


SA = [sa_aso, sa_ergonomia, sa_primeiros_socorros, sa_prontuario, sa_chat_atestados, sa_cat, sa_campanha]


# --------------------------------------------------------------------------- financeiro


def fi_faturamento(g: Gen) -> Doc:
    """The month's billing export of a coworking (CSV: member or firm, CPF or CNPJ, billing e-mail, plan, NFS-e, due date, status, payment: boleto line, masked card or Pix), and the collections analyst's note."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    an = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    sep = g.pick([";", ",", ";"])
    doc.f("faturamento_«c»_«n».csv\n", c=comp.replace("/", "-"), n=lower(nm).replace(" ", "_").replace("&", "e"))
    cols = ["cliente", "documento", "email_cobranca", "telefone", "plano", "valor", "nfse", "vencimento", "status", "forma"]
    doc.t(sep.join(cols) + "\n")
    for _ in range(g.ri(5, 8)):
        pf = g.chance(0.45)
        plan, val = g.pick(PLANS)
        if pf:
            p = g.person()
            who = P(g.pick([p.full, p.caps]))
            docid = (g.cpf(), "BR_CPF")
            mail = (g.email(p), "EMAIL_ADDRESS")
        else:
            co, cdom = g.pick(STARTUPS)
            who = V(co)
            docid = (g.any_cnpj(), "BR_CNPJ")
            if g.chance(0.5):
                p = g.person()
                mail = (corp_mail(p, cdom, g), "EMAIL_ADDRESS")
            else:
                mail = V(role_mail(g, cdom, g.pick(["financeiro", "contabilidade", "fiscal"])))
        status = g.pick(["pago", "pago", "pago", "em aberto", "vencido", "cancelado"])
        forma = g.rng.random()
        if forma < 0.4:
            fm = V("boleto")
        elif forma < 0.75:
            fm = V("cartão " + g.masked_card())
        else:
            fm = V("pix")
        tel = (g.phone(g.pick(["raw", "e164", "par", "plain"]), mobile=g.chance(0.8)), "PHONE_NUMBER") if g.chance(0.75) else V("")
        row = [who, docid, mail, tel, V(plan), V(brl(val * g.pick([1, 1, 1, 2, 3]))), V(nfse(g)), V(g.date("br")), V(status), fm]
        table_csv(doc, None, [row], sep)
    doc.t("\n")
    doc.f("Obs. («n», cobrança): «x»\n", n=P(g.pick([an.first, an.short])) if g.chance(0.6) else V(login(an, g)),
          x=g.pick(["3 vencidos entraram na régua D+5 (e-mail + WhatsApp).", "cancelados por pedido até o dia 20 não geram nova fatura.",
                    "os boletos em aberto foram reemitidos com nova data."]))
    if g.chance(0.6):
        doc.f("Linha digitável do maior vencido: «b»\n", b=boleto_line(g))
    if g.chance(0.5):
        doc.f("Conta de recebimento: «b», agência «a», conta «k» (titular «r»).\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), r=raz)
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card chargeback dispute: the acquirer's notice (card number full or masked, amount, reason code), the coworking's defence with the member's CPF, e-mail, phone, badge check-ins, app logins with public IPs, Wi-Fi leases with private IPs and MAC addresses, the contract's e-signature IP."""
    doc = Doc()
    nm, raz, dom, kind = space(g, ("cowork", "both"))
    acq, adom = g.pick(ACQUIRERS)
    an = g.person()
    fa = g.person()
    m = g.person()
    t0 = g.moment()
    card = g.card(g.chance(0.5))
    full = g.chance(0.65)
    doc.f("De: «n» <«e»>\nPara: «p»\nAssunto: Disputa «k» — contestação do portador\nData: «d»\n\n", n=P(an.full), e=(corp_mail(an, adom, g), "EMAIL_ADDRESS"),
          p=role_mail(g, dom, g.pick(["financeiro", "chargeback", "disputas"])), k=pedido(g), d=mail_date(t0))
    doc.f("Prezados, recebemos contestação do portador do cartão «c» referente à transação de R$ «v» em «d» (motivo «r»). "
          "Envie a documentação em até 7 dias corridos.\n«n»\nAnálise de Disputas — «a»\n\n", c=(card, "CREDIT_CARD") if full else V(g.masked_card()),
          v=brl(g.pick(PLANS)[1] * g.pick([1, 3, 6])), d=g.date("br"), r=g.pick(["4853 — serviço não prestado", "4837 — não reconhece", "13.1 — mercadoria/serviço não recebido",
                                                                                 "10.4 — fraude em ambiente não presencial"]), n=P(an.first), a=acq)
    if g.chance(0.6):
        doc.t("Outras contestações do mesmo estabelecimento na semana:\n")
        for _ in range(g.ri(1, 3)):
            doc.f("  - «c» · R$ «v» · «d»\n", c=(g.card(g.chance(0.5)), "CREDIT_CARD") if g.chance(0.6) else V(g.masked_card()), v=brl(g.pick(PLANS)[1]),
                  d=g.date("br"))
        doc.t("\n")
    doc.f("> RESPOSTA — «r»\n> Cliente: «n», CPF «c», e-mail «e», celular «t».\n", r=raz, n=P(g.pick([m.full, m.caps])), c=(g.cpf(), "BR_CPF"),
          e=(g.email(m), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("> Contrato de adesão aceito eletronicamente em «d», IP «i».\n", d=ts(g.moment(), "brs"), i=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.6):
        doc.f("> Endereço de cobrança informado no cadastro: «a», CEP «p».\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.t("> Uso comprovado do serviço no período contestado:\n")
    rows = []
    for _ in range(g.ri(4, 6)):
        k = g.rng.random()
        t = g.moment()
        if k < 0.3:
            rows.append([V(ts(t, "sql")), V("catraca"), V(f"crachá {cracha(g)}"), V("entrada")])
        elif k < 0.75:
            rows.append([V(ts(t, "sql")), V("app"), (g.ip(), "IP_ADDRESS"), V(g.pick(["login", "reserva Sala Bento", "reserva Aquário 2", "check-in"]))])
        else:
            rows.append([V(ts(t, "sql")), V("wi-fi"), V(f"{g.ip_priv()} / {mac(g)}"), V("lease DHCP")])
    table_ruled(doc, ["quando", "origem", "identificador", "evento"], rows, g.pick(["plus", "psql", "plain"]))
    if g.chance(0.5):
        doc.f("> Cartão cadastrado na assinatura: «c» (portador: «n»).\n", c=(card, "CREDIT_CARD") if g.chance(0.5) else V(g.masked_card()),
              n=P(g.pick([m.caps, m.full])))
    doc.f("> Responsável: «n» — «e»\n", n=P(g.pick([fa.full, fa.short])), e=(corp_mail(fa, dom, g), "EMAIL_ADDRESS") if g.chance(0.7) else V(role_mail(g, dom, "financeiro")))
    return doc


def fi_pix_comprovantes(g: Gen) -> Doc:
    """Pix receipts pasted from members' screenshots (OCR'd sometimes): the payer's name, masked CPF (unlabelled), bank, agency and account; the recipient's CNPJ and random key; the E2E id (unlabelled); the finance analyst's reconciliation."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    key = g.uuid()
    cnpj = g.any_cnpj()
    an = g.person()
    doc.f("Conciliação Pix — «n» — lote «l»\n\n", n=nm, l=g.date("iso"))
    for k in range(g.ri(2, 4)):
        p = g.person()
        t = g.moment()
        scan = g.chance(0.4)
        N = (lambda s: ocr(s, g, 0.35, names=True)) if scan else (lambda s: s)
        cpf = g.cpf_digits()
        masked = g.pick([f"***.{cpf[3:6]}.{cpf[6:9]}-**", f"•••.{cpf[3:6]}.{cpf[6:9]}-••", f"***{cpf[3:9]}**"])
        bank = g.pick(BANKS)
        doc.f("--- comprovante «k» («s») ---\n", k=k + 1, s=g.pick(["print do app", "PDF", "foto da tela"]) if not scan else "imagem (OCR)")
        doc.f("Comprovante de transferência Pix\nValor: R$ «v»\nData: «d»\n\nDe\n«n»\nCPF «c»\n«b»\n", v=brl(g.pick(PLANS)[1]), d=ts(t, "brs"),
              n=P(N(g.pick([p.capsf, p.full]))), c=masked, b=bank[1])
        if g.chance(0.85):
            doc.f("Agência «a» · Conta «k»\n", a=(g.agency(False), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
        doc.f("\nPara\n«r»\nCNPJ «c»\nChave «x»\n\nID da transação: «i»\n", r=fold(raz).upper(), c=(cnpj, "BR_CNPJ"), x=(key, "PIX_KEY"), i=e2e(g, t))
        if g.chance(0.3):
            doc.f("Mensagem: «m»\n", m=g.pick(["mensalidade mesa fixa", "day pass sexta", "fatura " + f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}", "sala reunião + café"]))
        doc.t("\n")
    if g.chance(0.5):
        p = g.person()
        doc.f("Pix recebido na chave antiga (CPF d«o» sóci«o» «n»: «c») — estornar e pedir reenvio na chave aleatória.\n", o=p.o, n=P(g.pick([p.full, p.short])),
              c=(g.cpf(), "BR_CPF"))
    doc.f("Conferido por «n» em «d». Baixa manual das faturas no sistema.\n", n=P(g.pick([an.first, an.short])) if g.chance(0.6) else V(login(an, g)), d=g.date("br"))
    return doc


def fi_cap_table(g: Gen) -> Doc:
    """A startup's cap table pasted as text from a spreadsheet and the founder's e-mail to the lawyer: founders and angels with CPF, e-mail and shares, a fund with CNPJ, the option pool and the employees' grants with CPF, the round's bank account."""
    doc = Doc()
    co, cdom = g.pick(STARTUPS)
    f = [g.person() for _ in range(g.ri(2, 3))]
    lw = g.person()
    t0 = g.moment()
    fmail = corp_mail(f[0], cdom, g)
    doc.f("De: «n» <«e»>\nPara: ", n=P(f[0].full), e=(fmail, "EMAIL_ADDRESS"))
    lmail = corp_mail(lw, g.pick(["startuplex.adv.br", "furquimlustosa.adv.br"]), g)
    if g.chance(0.5):
        doc.f("«l» <«le»>", l=P(lw.full), le=(lmail, "EMAIL_ADDRESS"))
    else:
        doc.e(lmail, "EMAIL_ADDRESS")
    doc.f("\nData: «d»\nAssunto: cap table atualizado pós-rodada\n\n", d=mail_date(t0))
    doc.f("«o», segue a planilha colada abaixo (aba \"cap table\"). A conversão do mútuo do «a» já está considerada.\n\n",
          o=g.pick(["Oi", "Olá, doutor" + ("a" if lw.female else ""), "Bom dia"]), a=g.pick(["anjo", "fundo", "programa de aceleração"]))
    rows = []
    tot = 1_000_000
    left = tot
    for p in f:
        q = g.ri(150_000, 320_000)
        left -= q
        rows.append([P(g.pick([p.full, p.short])), (g.cpf(), "BR_CPF"), (g.email(p) if g.chance(0.5) else corp_mail(p, cdom, g), "EMAIL_ADDRESS"), V("fundador(a)"), V(num(q, 0))])
    for _ in range(g.ri(1, 2)):
        a = g.person()
        q = g.ri(10_000, 60_000)
        left -= q
        rows.append([P(g.pick([a.full, a.caps])), (g.cpf(), "BR_CPF"), (g.email(a), "EMAIL_ADDRESS") if g.chance(0.7) else V(""), V("anjo (mútuo)"), V(num(q, 0))])
    if g.chance(0.6):
        q = g.ri(50_000, 150_000)
        left -= q
        rows.append([V(g.pick(["Sereno Venture Capital FIP", "Fundo Bento Seed I FIP", "Aurora Anjos FIP"])), (g.cnpj(), "BR_CNPJ"), V(role_mail(g, "prudentecapital.com.br", "ri")), V("fundo"), V(num(q, 0))])
    rows.append([V("Option pool (ESOP)"), V(""), V(""), V("pool"), V(num(max(left, 0), 0))])
    fmt = g.pick(["tab", "plus", "md", "pipe"])
    cols = ["acionista", "documento", "email", "classe", "quotas"]
    if fmt == "tab":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, fmt)
    doc.t("\nOutorgas do pool (vesting 4 anos, cliff 1):\n")
    for _ in range(g.ri(1, 2)):
        e = g.person()
        doc.f("- «n» — CPF «c» — «k» opções — início «d»\n", n=P(g.pick([e.full, e.short])), c=(g.cpf(), "BR_CPF"), k=num(g.ri(2, 30) * 1000, 0), d=g.date("br"))
    doc.f("\nO aporte caiu na conta da empresa («b», ag. «a», c/c «k») em «d». Dá pra registrar a alteração na Junta até sexta? O endereço continua o fiscal "
          "da «s».\n\n«n»\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), d=g.date("br"), s=space(g, ("virtual", "both"))[0],
          n=P(g.pick([f[0].first, f[0].nick])))
    if g.chance(0.5):
        doc.f("«t»\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_folha_staff(g: Gen) -> Doc:
    """The coworking's own payroll in fixed width or Markdown (receptionists, community managers, cleaners, baristas: CPF, PIS, bank agency and account or a Pix key of any kind), the HR login and the accountant's CRC."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    acc = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    fixed = g.chance(0.5)
    doc.f("«r»\nFOLHA DE PAGAMENTO — COMPETÊNCIA «c»\n\n", r=fold(raz).upper(), c=comp)
    staff = [g.person() for _ in range(g.ri(4, 6))]
    if fixed:
        W = 26
        doc.t("NOME".ljust(W) + "  " + "CPF".ljust(14) + "  " + "PIS".ljust(14) + "  " + "FUNCAO".ljust(22) + "  " + "LIQUIDO".rjust(9) + "  CREDITO\n")
        for p in staff:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
            doc.t("  ")
            doc.cell(g.pis("dot"), 14, "BR_PIS")
            doc.t("  ")
            doc.cell(cut(fold(staff_role(g, p)).upper(), 22), 22)
            doc.t("  ")
            doc.cell(brl(money(g, 1700, 6500)), 9, right=True)
            doc.t("  ")
            if g.chance(0.5):
                kind_, kv = pix_key(g, p)
                doc.t(f"PIX {fold(kind_).upper()} ")
                doc.e(*kv)
            else:
                b = g.pick(BANKS)
                doc.t(f"{b[0]} AG ")
                doc.e(g.agency(), "BANK_ACCOUNT")
                doc.t(" CC ")
                doc.e(g.account(), "BANK_ACCOUNT")
            doc.t("\n")
    else:
        rows = []
        for p in staff:
            b = g.pick(BANKS)
            if g.chance(0.5):
                kind_, kv = pix_key(g, p)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            else:
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            rows.append([P(g.pick([p.full, p.short])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"), V(staff_role(g, p)), V(brl(money(g, 1700, 6500)))] + cred)
        table_ruled(doc, ["nome", "CPF", "PIS", "função", "líquido", "banco/forma", "agência/chave", "conta"], rows, g.pick(["md", "plus", "pipe"]))
    doc.f("\nGerado por «l» em «d». Encargos: INSS patronal, FGTS 8%, RAT 1%.\nContador responsável: «n» — «c»\n", l=login(g.person(), g), d=g.date("br"),
          n=P(g.pick([acc.full, acc.caps])), c=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_renegociacao(g: Gen) -> Doc:
    """Collections on WhatsApp or by SMS: a member's overdue plan renegotiated in instalments (the member's CPF, the space's random Pix key, a full card number typed in the chat for the recurring charge, a new address and CEP for the boleto), the collections analyst."""
    doc = Doc()
    nm, raz, dom, kind = space(g)
    m = g.person()
    an = g.person(female=g.chance(0.6))
    debt = money(g, 400, 9000)
    if g.chance(0.75):
        st = chat_stamp(g)
        tt = iter(seq_times(g, 30, g.moment(hours=(9, 19)), 60, 4000))
        B = V(g.pick([f"{nm} Financeiro", f"Cobrança {nm}", nm]))
        r0 = g.rng.random()
        C = V("Você") if r0 < 0.55 else ((g.phone("wa"), "PHONE_NUMBER") if r0 < 0.8 else P(g.pick([m.first, m.short, lower(m.first)])))
        doc.f("Conversa do WhatsApp com «n»\n\n", n=B[0])
        cl(doc, st(next(tt)), B, "Olá, «n»! Aqui é «a», do financeiro «s». Consta em aberto o valor de R$ «v» referente ao plano «p». Podemos conversar?",
           n=P(m.first), a=P(an.first), s=nm, v=brl(debt), p=g.pick(VPLANS if kind == "virtual" else PLANS)[0])
        cl(doc, st(next(tt)), C, g.pick(["oi, to sabendo, o cliente atrasou e travou meu caixa", "consigo parcelar?", "oi! dá pra dividir?"]))
        k = g.ri(2, 6)
        cl(doc, st(next(tt)), B, "Consigo em «k»x de R$ «v» sem juros. Me confirma seu CPF pra gerar o acordo?", k=k, v=brl(debt / k))
        cl(doc, st(next(tt)), C, "«c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if g.chance(0.8):
            cl(doc, st(next(tt)), C, "a nota sai no cnpj da empresa: «c»", c=(g.any_cnpj(), "BR_CNPJ"))
        cl(doc, st(next(tt)), B, "Obrigad«o»! No cadastro consta o celular «t» e o endereço «a», CEP «p». Continua assim?", o="a" if an.female else "o",
           t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        cl(doc, st(next(tt)), C, g.pick(["isso", "sim sim", "o celular sim, o endereço eu mando já", "tudo certo"]))
        r = g.rng.random()
        if r < 0.45:
            cl(doc, st(next(tt)), B, "Pronto. A entrada pode ser no Pix, chave aleatória: «k»", k=(g.uuid(), "PIX_KEY"))
            cl(doc, st(next(tt)), C, "pago 👍")
        elif r < 0.75:
            cl(doc, st(next(tt)), C, "pode deixar no cartão recorrente, o novo é «c» val «v»", c=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
            cl(doc, st(next(tt)), B, "Por segurança, não mande o número do cartão por aqui 🙏 vou te mandar o link do portal. Apaguei a mensagem do nosso lado.")
        else:
            cl(doc, st(next(tt)), C, "manda o boleto pro endereço novo: «a», cep «p»", a=(g.address("low"), "ADDRESS"), p=(g.cep(g.chance(0.5)), "BR_CEP"))
            cl(doc, st(next(tt)), B, "Atualizado! Também vai por e-mail.")
        if g.chance(0.6):
            cl(doc, st(next(tt)), C, "meu email mudou: «e»", e=(g.email(m), "EMAIL_ADDRESS"))
            cl(doc, st(next(tt)), B, "Anotado. O termo do acordo vai para «e» e o boleto da 1ª parcela também.", e="esse e-mail")
        cl(doc, st(next(tt)), B, "Acordo «p» registrado. Obrigad«o», «n»!", p=proto(g), o="a" if an.female else "o", n=P(m.first))
    else:
        doc.f("SMS de 29{0} · {1}\n".format(g.d(3), g.date("br")))
        doc.f("«s»: «n», sua fatura de R$ «v» venceu. Regularize p/ evitar bloqueio do cracha. Pix chave «k». Duvidas: «t»\n", s=fold(nm).upper()[:20],
              n=P(fold(m.first).upper()), v=brl(debt), k=(g.uuid(), "PIX_KEY"), t=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.6) else V("4004-1212"))
        doc.f("\n-- resposta --\nja paguei ontem, falei com «a» «b». «n» cpf «c»\n", a="a" if an.female else "o", b=P(lower(an.first)), n=P(lower(m.full)),
              c=(g.cpf(), "BR_CPF"))
        doc.f("\n-- SMS de 29{0} --\n«s»: Pagamento localizado (E2E «e»). Recibo enviado para «m». Obrigado!\n".format(g.d(3)), s=fold(nm).upper()[:20], e=e2e(g),
              m=(g.email(m), "EMAIL_ADDRESS"))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """A startup's expense-reimbursement export as JSON lines (employees' day passes, meeting rooms and rides: name, CPF, e-mail, a Pix key of any kind or agency and account; the corporate card masked; the approver), and the admin audit with IPs."""
    doc = Doc()
    co, cdom = g.pick(STARTUPS)
    ap = g.person()
    doc.f("// export reembolsos — «c» — «d»\n", c=co, d=g.date("iso"))
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rec = {"colaborador": P(g.pick([p.full, p.short])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), "email": (corp_mail(p, cdom, g), "EMAIL_ADDRESS"),
               "celular": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER") if g.chance(0.5) else None,
               "despesa": g.pick([f"day pass {space(g, ('cowork', 'both'))[0]}", f"{g.pick(ROOMS)} (2h)", "uber reunião cliente", "café com investidor", "mesa rotativa — semana"]),
               "valor": round(money(g, 25, 420), 2)}
        r = g.rng.random()
        if r < 0.5:
            kind_, kv = pix_key(g, p)
            rec["pagamento"] = "pix"
            rec["chave_tipo"] = kind_
            rec["chave"] = kv
        elif r < 0.8:
            rec["banco"] = g.pick(BANKS)[0]
            rec["agencia"] = (g.agency(), "BANK_ACCOUNT")
            rec["conta"] = (g.account(), "BANK_ACCOUNT")
        else:
            rec["pagamento"] = "cartão corporativo"
            rec["cartao"] = g.masked_card()
        rec["status"] = g.pick(["aprovado", "aprovado", "pendente", "recusado: sem nota"])
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"evento": "aprovacao_lote", "aprovador": P(ap.full), "email": (corp_mail(ap, cdom, g), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"), "em": ts(g.moment(), "iso")}, None)
    doc.t("\n")
    if g.chance(0.6):
        jval(doc, {"evento": "exportacao", "usuario": login(g.person(), g), "ip": g.ip_priv(), "em": ts(g.moment(), "iso")}, None)
        doc.t("\n")
    return doc


FI = [fi_faturamento, fi_chargeback, fi_pix_comprovantes, fi_cap_table, fi_folha_staff, fi_renegociacao, fi_reembolso]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![A-Za-z0-9])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)
SPOKEN = {w: str(i) for i, w in enumerate(NUM_WORDS)}
SPOKEN["meia"] = "6"


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    if PLATE_RE.search(s):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = digits_of(v)
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
            raw = re.sub(r"[^0-9X]", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|vigilante|brigadista|sd)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CREFITO|CRP)(?![A-Za-z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    for m in PLATE_RE.finditer(text):
        assert not free(m), (rid, m.group(0))
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
    print("hundredtwentyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
