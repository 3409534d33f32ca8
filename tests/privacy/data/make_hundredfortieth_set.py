"""Build the hundred-and-fortieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredfortieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14040, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-thirty-eighth set's generator (itself adapted, like the hundred-and-thirty-seventh's, from
the hundred-and-thirty-sixth's) and adapted
(ten streets added to the street pool; councils CRQ, CREA, CRMV and CRC added to the check; a typing-slip
helper); the register and every template are new.

Register: PEST CONTROL, WATER-TANK CLEANING AND URBAN VECTOR CONTROL -- the pest-control firms
(dedetizadoras / controladoras de pragas urbanas under RDC Anvisa 622/2022) and the self-employed
dedetizadores (MEIs), their customers (households, condominiums, restaurants, schools), their applicators
and technical managers, the booking apps, the health surveillance (VISA) that licenses and fines them,
the poisonings they cause (poison-control calls, SINAN, the ER, the applicators' cholinesterase
monitoring), the city's vector control around them (dengue agents, the zoonoses centre and scorpions,
rodent control after a leptospirosis case), and the money side (invoices, payroll with hazard pay, card
disputes, collections, expense reports, purchases of professional-use products).
Why this register: the brief proposed PRIVATE SECURITY, with NOTARY AND PROPERTY REGISTRY OFFICES and
MUSIC SCHOOLS AND AMATEUR ORCHESTRAS as alternatives. Checked as the brief asked, by the generators'
docstrings (`grep -il "vigilante\|segurança privada" tests/privacy/data/make_*_set.py` matched 45 files,
so the docstrings were extracted and their Register lines read): private security is the whole register
of the hundred-and-seventeenth ("PRIVATE SECURITY FIRMS AND GUARDS": guards' rosters, post logbooks,
CNV, escolta armada, cash-in-transit, guards' labour claims) and of the thirty-seventh (private
security, condominium administration and gatehouses); notaries and registry offices are the whole
register of the fifty-third (escrituras, procurações, reconhecimento de firma, registro de imóveis,
civil registry), with the property registry again in the hundred-and-fifth; orchestras and music
schools are the whole register of the hundred-and-twenty-third ("ORCHESTRAS, MUSIC SCHOOLS, CHOIRS AND
FREELANCE MUSICIANS"). All three being taken, a register no docstring names was chosen: `grep -il
"dedetiz\|controle de pragas\|pest control\|desinsetiz\|descupiniz\|desratiz"` matches nine generators
only in their template code (a pest-control certificate asked of a restaurant, a firm's name in a
logbook), none in a docstring; in docstrings "zoonoses" occurs only as pets' and hunters' side topics
(forty-sixth, hundred-and-fifteenth, hundred-and-thirtieth) and "CIATox" only for CO/LPG calls and 0800
numbers (fifty-second, ninety-first); "dengue", "endemias" and "escorpião" occur in none.
Every firm, app, bot, clinic, distributor, condominium, client and person is invented (firms Dedetizadora
Aurora Controle de Pragas, Imunizadora Leão Branco, Bento Amado Saneamento Ambiental, Prudente Controle
de Vetores e Pragas Urbanas, Desinsetizadora Flor de Lis, Sarapião & Filhos Dedetização e Limpeza de
Caixas, Cupim Zero Expurgos, Quintanilha Saúde Ambiental, Estrela do Vale Imunizações, Vitória Régia
Higienização e Controle de Pragas; apps PragaZero, DedetizaJá, Chama o Dedetizador; bots Cupinzinho,
DedetizaBot, Formiguinha, Zezinho Cupim, Assistente Virtual; distributors Química Aurora, Agroquímica
Leão Dourado, Distribuidora Prudente Saneantes, Casa do Dedetizador Bacelar; trade names of products
Fipromax Gel, Deltacid 25 SC, Rodenblock Parafinado, Propoxur Aurora 1%...; clients Restaurante Sabor da
Aurora, Padaria Nova Esperança, Cantina Bento Amado, Lanchonete do Quintino, Churrascaria Gaúcho
Prudente...; condominiums Residencial Vila Prudente, Edifício Bento Amado, Morada do Sabiá...; health
units UPA 24h Vila Rosa, Hospital Regional Leão XIII...); active ingredients, laws and the real
toll-free poison lines are real; cities are real, CEPs random, banks real.

Layouts: a WhatsApp export from the firm's phone (Android/iOS stamps; the customer by saved name, "Cliente
Fulano", "Fulana cupim vila rosa" or a bare number) or the messaging platform's transcript with role
senders ("Cliente", "Bot Cupinzinho", "Atendente"); route sheets as +---+, psql, Markdown, pipe,
blank-aligned, CSV or fixed-width tables (names and addresses cut at the width); a lower-case
speech-to-text call with identifiers and a birth date read out in groups or in words and the typed
service order; a complaint portal's public post, the firm's reply and the private data block; e-mail
threads with quoted replies ("> ") and X-Originating-IP; an app export as JSON lines, YAML or CSV; a
certificate as "Campo: valor", dotted leaders, CAPS labels or a ruled box, OCR'd in some copies
(rn/m, cl/d, I/l, O/0, S/5... in labels and names; identifiers printed clean); legal prose (a labour
claim, a small-claims petition, a contract with an e-signature log, condominium minutes); an infraction
notice in capitals or mixed case; an ALL CAPS police report; an LGPD answer with a data inventory and an
access log; a poison-control record with a follow-up table; the SINAN form as numbered "| box | value"
lines (OCR'd sometimes); a PCMSO spreadsheet (CSV ';', TSV, Markdown, psql) with an e-mail note; a
dengue agent's field bulletin and a refusal term; an ER record in clinical shorthand; a zoonoses
request form and inspection report; an NFS-e as text or as an XML export, with a receipt
in words; a payroll summary (fixed width, ruled, CSV, psql) and a bank batch line; a card dispute with a
GPS log; a collection letter with a boleto line and a reply; an expense report with a pasted Pix
receipt; a purchase order and a delivery receipt; a MEI's monthly sheet (Markdown, CSV or blank-aligned)
with the accountant's reply. Real typing slips in customers' messages, in names typed by staff (route
sheets, app exports, a MEI's sheet) and in some dengue-bulletin addresses; a typo'd name or address is
still labelled.
- atendimento: (0) a WhatsApp booking (bot menu matching the pest; name, address and CEP for the quote;
  a pet named; the attendant by first name; the price; the CPF, a mistyped one rejected and corrected
  sometimes; an e-mail; the technician, the van and its plate; the down payment to the firm's random
  Pix key or CNPJ key; a spouse's name and phone sometimes); (1) the day's route sheet (two
  technicians, the van's plate, the driver's CNH sometimes; stops with OS, time, customer, address,
  bairro, CEP, phone, service, notes naming a síndico, neighbour or caretaker with a phone sometimes; a
  client firm's stop with the firm's name, its phone, no address and no CEP; the supervisor's check);
  (2) a call about scorpions (a child stung: name and spoken birth date) or termites, CPF, phone, CEP
  read out, the spoken address, a neighbour by name sometimes; the typed OS (e-mail sometimes);
  (3) a complaint portal post ("Fulano S." with the city), the technician, the firm's WhatsApp number,
  the reply signed with a corporate e-mail, the private block (name, CPF, phone, e-mail, address
  sometimes, CEP, IP v4 or v6) and the final rating; (4) the e-mail thread with a síndico (the
  technicians, the van's plate, the technical manager with council, the firm's CNPJ; the quoted list of
  flats with residents, restrictions, phones and pets; the caretaker; the síndico's phone sometimes);
  (5) the booking app's export (name, CPF or a mistyped one flagged false, birth date, e-mail, mobile,
  CEP, address, masked card, public or private IP, the professional, the rating); (6) the certificate of
  service (the firm's CNPJ and phone, the customer with CPF, address, CEP, phone, e-mail sometimes;
  the products with registrations and lots unlabelled; the poison lines; the applicator with CPF
  sometimes; the technical manager with council; who received it, with RG sometimes).
- juridico: (0) an applicator's labour claim (claimant qualified with birth date, RG or CNH, CPF, PIS,
  título sometimes, e-mail and phone sometimes, address, CEP; the firm's CNPJ and partner's CPF; the
  supervisor; the van's plate and his CNH sometimes; the witness with CPF and address; the lawyer with
  OAB; a TRT CNJ number sometimes); (1) a small-claims petition over a pet poisoned by rat bait (the
  plaintiff qualified; the firm's and the veterinary clinic's CNPJ; the technician; the vet with CRMV;
  the neighbour with phone; the firm's WhatsApp; a partial refund from a random Pix key sometimes;
  signed by the plaintiff or a lawyer with OAB); (2) the VISA's infraction notice (a clandestine
  applicator qualified, título sometimes, the van's plate, seized products; or a restaurant's CNPJ, its
  manager's CPF, the earlier firm's CNPJ, a contact phone; two inspectors; the receipt with RG
  sometimes); (3) an MIP contract (client's CNPJ, representative with CPF, RG and e-mail; the firm's
  CNPJ and partner's CPF; the technical manager; agency and account or boleto; witnesses with CPF and
  RG sometimes; the e-signature log with e-mails and public IPs); (4) a police report on the fake
  pest-control agents (the victim qualified with birth date, RG, CPF, address, CEP, phone; the relative
  with CPF sometimes and phone; the name a thief used, a nickname sometimes; the neighbour; the car's
  plate; the delegate and the clerk); (5) an LGPD answer (the data inventory: name, CPF, birth date
  sometimes, e-mail, phone, address, CEP, masked card; the access log with logins and IPs; the
  technician; the DPO's corporate e-mail; the original request quoted); (6) a condominium's assembly
  minutes on termites (attendance list with owners, their CPF and e-mails in some copies, proxies with
  CPF, a shop held by a firm; the engineer with CREA; three firms' CNPJs; a resident's statement; the
  síndico's e-mail).
- saude: (0) a poison-control call record (caller and phone; the patient with birth date, age, CNS
  sometimes, address and CEP sometimes; agent, circumstance, signs, ICD-10 and the conduct that fits
  it; the follow-up table with numbers called and staff by name or shift; the attendant with CRF, CRM
  or COREN; a reviewer with CRM sometimes); (1) the SINAN exogenous-poisoning form of an applicator
  (patient, birth date, CNS, mother, address, CEP, phone, the employer's name and CNPJ, ICD-10, the
  investigator with COREN or CRM); (2) the PCMSO cholinesterase sheet (name, CPF, birth date, PIS
  sometimes; the coordinator and the examiner with CRM; the e-mail to HR about the worker removed);
  (3) a dengue agent's field bulletin (homes' addresses, residents, phones, status, foci; the agent and
  supervisor; a neighbour and an absent resident by first name; the refusal term with CPF, RG or a
  mistyped CPF flagged and unlabelled, and the same address); (4) an ER record (a toddler or an
  applicator: birth date, CNS, CPF sometimes, mother, address, CEP, phone, companion and a second phone
  sometimes; ICD-10; the physician with CRM and nurse with COREN); (5) a zoonoses-centre request after a
  scorpion sting (applicant with CPF, phone, e-mail sometimes, address, CEP; the victim with birth date
  and CNS sometimes) and the inspection report (the agent, the biologist with CRBio, a neighbour);
  (6) the e-mail thread on a leptospirosis case (the firm's reply with technicians, the van's plate and
  the technical manager; the nurse's request quoted: patient with birth date, CNS, phone sometimes,
  address, CEP; contacts with kinship, birth dates and phones; her COREN).
- financeiro: (0) an NFS-e as text or XML (the firm's CNPJ, the customer's name, CPF, address, CEP,
  e-mail, phone; the technical manager with council) and a receipt in words (the payer's CPF
  sometimes); (1) a payroll summary (name, CPF, PIS, birth and admission dates in some copies, pay,
  hazard pay, bank code, agency and account; the batch line with the firm's agency and account);
  (2) a card dispute (the full card number typed by the cardholder, CPF, phone; the dispute record with
  the masked card, billing address and CEP, the merchant's CNPJ, the analyst; the merchant's defence
  with the technician, the GPS log of the van's plate, the spouse who signed, the booking IP and
  e-mail); (3) a collection letter (the client's CNPJ and representative; invoices; a boleto line; a
  random Pix key, a CNPJ key or agency and account; the clerk's corporate e-mail and phone; the reply
  with a mobile); (4) an expense report (CPF, CNH, the vans' plates in the rows; refund to a random,
  CPF or phone key or to agency and account; the supervisor; a pasted Pix receipt sometimes);
  (5) a purchase order (two CNPJs, the technical manager with council, the sales rep's e-mail and
  phone, agency and account) and the delivery receipt (driver with CNH and CPF sometimes, the truck's
  plate, receiver with RG sometimes); (6) a MEI's monthly sheet (the MEI's CNPJ, CPF, Pix key of any
  kind, WhatsApp; customers by name, nickname or "dona"/"seu" + first name, their CPF for the receipt in
  some copies, phones; the accountant with CRC).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", "técnico", "síndica"; particles and suffixes inside a name are part of
it (no "SURNAME, Given" form occurs in this set); first names alone, nicknames, lower-case, ALL CAPS,
OCR-damaged and typo'd names and names cut at a fixed width are persons; a complaint portal's "Kawan M."
(first name and initial) is one span. Staff named in the text are persons (attendants, technicians,
applicators, supervisors, technical managers, síndicos, caretakers, inspectors, dengue agents,
delegates, clerks, physicians, nurses, pharmacists, biologists, veterinarians, lawyers, accountants,
analysts, DPOs, sales reps, drivers); logins, bots, role senders ("Cliente", "Atendente", "Agente",
"Operador(a)", "Eu") and a firm shown as a chat sender are not; a saved contact's prefix or suffix
("Cliente ", "Orç. ", "cupim vila rosa") stays outside the span. Corporate e-mails of people are
EMAIL_ADDRESS (the firm's staff, the city's nurse at saude.<city>.<uf>.gov.br, the property manager,
a distributor's rep); role mailboxes (sac@, agendamento@, nfse@, financeiro@, faturamento@, dpo@,
privacidade@, lgpd@, contestacao@, disputas@, chargeback@, epidemiologia@, zoonoses@, administracao@...)
are not. ADDRESS is a person's street + number + complement (bairro, city and CEP stay out; CEP is
BR_CEP), also lower case in chats and read out in a call, typo'd, or cut at a fixed width; the homes in
a dengue bulletin are persons' homes and are labelled; firms' seats and client firms' addresses (a
contract's "com sede na", a restaurant in an infraction notice) are not. Agency and account are
separate BANK_ACCOUNT spans, whoever holds them (a worker, the firm, a distributor); bank names and
codes are not. PIX_KEY only for random keys; a key that is a CPF, CNPJ, phone or e-mail takes that
label. DATE_OF_BIRTH only for births ("DN", "nascimento", "nascido em", a spoken one); service,
collection, admission, notification, visit, invoice and signature dates are not. PROFESSIONAL_ID:
OAB, CRM, COREN, CRF, CRBio, CRQ, CREA, CRMV and CRC numbers with the acronym and the UF or region.
Every phone number is PHONE_NUMBER, the firms' landlines and WhatsApp numbers included, except the
toll-free 0800 lines of the poison-control services, which are not labelled. IP_ADDRESS only for
public addresses (v4 and v6). Every plate is LICENSE_PLATE. Every CNPJ is labelled (numeric and the
2026 alphanumeric form: firms, clients, condominiums, distributors, clinics, MEIs). A full card number
typed by a person is CREDIT_CARD; masked cards and masked CPFs are not labelled. Identifiers read out in
groups or in words are labelled like their digits.
Decisions of this set: pets' names (Aurora, Bento, Flor, Leão, Amora, Princesa...) are not persons, also
when they are name-words; CRQ numbers carry a Roman region ("CRQ-IV nº 04153290"), not a UF, and are
PROFESSIONAL_ID as written; a firm's name standing in a customer column of a route sheet, an attendance
list or a minute is not labelled; a mistyped CPF flagged by a system or an agent is left unlabelled (its
check fails).
Not labelled (hard negatives): CNJ process numbers (civil and labour courts), mistyped CPFs (checked to
fail), service-order, certificate, protocol, dispute, invoice, NF-e/NFS-e, BO and contract numbers,
order ids, Anvisa registrations and product lots, sanitary licences (LS, CMVS, alvará), municipal
registrations, CNES codes, CTPS numbers, ART numbers, CBO codes, MCC codes, inspectors' and agents'
registrations, boleto lines, DAS guide numbers, envelope ids (upper-case UUIDs), Pix transaction ids,
verification codes, GPS coordinates, ICD-10 codes (T60.0, T60.2, T60.4, T54.3, T63.2, T65.9, X22, X48,
X49, A27.9, Z57.5), laws and rules (RDC Anvisa 622/2022, RDC 216/2004, Lei 6.437/1977, Lei 13.709/2018,
Lei 8.078/1990, Lei 9.099/1995, Lei 13.301/2016, NR-6, NR-15 Anexo 13, art. 192 and art. 791-A of the
CLT, Portaria GM/MS 888/2021, LC 116/2003), money and amounts in words, non-birth dates, toll-free
poison lines, firm names holding surnames or name-words (Sarapião & Filhos, Quintanilha Saúde
Ambiental, Imunizadora Leão Branco, Lanchonete do Quintino, Casa do Dedetizador Bacelar), places and
streets named after people when they stand alone ("A Barão de Mauá está interditada"; inside an address
they are ADDRESS), health units (Hospital Regional Leão XIII, Pronto-Socorro Infantil Bento Amado).
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Esperança, Bento, Prudente, Amado,
Leão, Branco, Justo, Sereno, Dourado...) are names here and, elsewhere, words, firms, condominiums,
pets, streets, neighbourhoods and cities, not persons ("seria prudente manter crianças fora", "foi uma
vitória", "a luz do quadro", "Vitória Régia Pragas", "Edifício Bento Amado", "Bairro da Luz",
"Presidente Prudente", "Vitória/ES", "a cachorra Aurora").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German, Polish,
Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian,
Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban, indigenous, Guarani, Jewish),
rare or invented name words well above a quarter (main() prints the share, about half; a word of any
common-name pool never counts as rare). PERSON is about 35% of the spans.
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza", "Maria Clara", "Isabela", "Júlia",
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora",
            "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Maitê", "Antonella", "Melissa", "Maria Alice", "Lara"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor", "Bernardo", "Théo", "Ravi", "Gael", "Benício", "Lorenzo",
            "Noah", "Otávio", "Murilo", "Pietro", "Bento Miguel"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Kemilly", "Naomy", "Aylla", "Ysadora", "Ketheleen", "Thauany", "Myrella", "Sophya", "Hadassa", "Jhullya", "Eloah Vitória",
          "Ayslan", "Kyara", "Rhuanna", "Maria Yolanda", "Dhayane", "Wanusa", "Marlúcia", "Ivonete Cosma", "Zenaide Lourdes"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo", "Kaleb", "Thayllon",
          "Asafe", "Kalebe", "Brayan", "Natanael Kayky", "Yuri Gael", "Ayrton Kauê", "Davi Lucca", "Jhonny Ravi", "Enzo Gabriel Kauã",
          "Uelinton", "Genésio", "Claudiomiro", "Valdeci Cosme", "Edvaldo Jonas", "Arlindo Tibúrcio", "Zacarias Pio"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino", "Dourado", "Ferro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa",
          "Santana", "Bispo", "Assunção"]
RARE_SUR = ["Sarapião", "Jatobá Leite", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales", "Vilanova Brum",
            "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás", "Fagundes Paim", "Espínola", "Lustosa", "Bocaiúva", "Jurubeba",
            "Carapeba", "Aroeira", "Caldas Marinho", "Cantuária", "Paixão Brito", "Sertório", "Umbelino", "Rebouças Lima",
            "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum", "Arrais", "Bitencourt Lago", "Cerqueira Leme",
            "Junqueira Brás", "Matoso", "Lacerda Pinto", "Vasconcelos Rego", "Ximenes", "Brandão Veloso", "Catingueira",
            "Mandacaru", "Cajazeiras", "Quixabeira", "Juazeiro Lins", "Sucupira", "Umburana", "Pajeú", "Xique-Xique", "Braúna",
            "Carnaúba", "Ibiapina", "Sobreira", "Tabosa", "Inojosa", "Barreira Sampaio", "Araripe", "Jucá", "Bandeira Siqueira",
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira", "Prata", "Ferraz", "Dourado", "Vidal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Sebastião": "Tião", "Severino": "Biu", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Aparecida": "Cida", "Josefa": "Zefa",
        "Manoel": "Mané", "Benedito": "Dito", "Damião": "Dadá", "Cícero": "Ciço", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Pedro": "Pedrão",
        "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda",
        "Mariana": "Mari", "Maria Eduarda": "Duda", "Luz": "Luzinha", "Maria da Luz": "Luzinha", "Graça": "Gracinha",
        "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá", "Hermógenes": "Mogé", "Deoclécio": "Cleco",
        "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon", "Lucivaldo": "Luci", "Joscelino": "Celinho",
        "Epaminondas": "Mina", "Teotônio": "Teo", "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci",
        "Zulmira": "Mira", "Quitéria": "Téia", "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Lindolfo": "Dodô",
        "Quintino": "Tino", "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê",
        "Roberto": "Beto", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha", "Gilmário": "Gil", "Jucimar": "Juju",
        "Aristeu": "Teteu", "Zuleide": "Zu", "Genivaldo": "Geni", "Josivaldo": "Vavá", "Damiana": "Dami", "Cosma": "Cosminha",
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# street nicknames (vulgo / conhecido como): one PERSON span each
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda", "Rose-Mirline"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz", "Wisly"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste", "Délice", "Exantus"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "wa": (["Yolimar", "Nelitza", "Eumelia"], ["Eulogio", "Yosmer", "Ramiro"], ["Moraleda", "Zapata Warao", "Tovar", "Rondón"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis", "Yorgelis"], ["Yeferson", "Wuilmer", "Jhonder", "Deiby"],
           ["Bracho", "Villalobos", "Guaramato", "Pirela", "Urdaneta"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin"])
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
STREET_NAMES = ["dos Operários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "Professor Aristeu Bacelar",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "Diretora Odaléia Quintanilha", "Tenente Hermógenes Sabiá", "dos Estudantes", "Amado Bueno", "Sete",
                "Desembargador Quintino Bacelar", "Barão de Mauá", "Coronel Teotônio Arcoverde", "Beco da Esperança", "Doze de Outubro",
                "dos Jacarandás", "Doutor Nagib Chedid", "Professora Jaciara Terena", "Sargento Wilner Dorvil", "Dona Brasilina Sucupira",
                "Engenheiro Arno Kuhnen", "dos Cupinzeiros", "Ouvidor Sinfrônio Catolé", "Jequitibá", "Pastor Hagop Boghossian"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Osasco", "SP"), ("Santo André", "SP"),
          ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Betim", "MG"), ("Juiz de Fora", "MG"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo"]
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
                                            "Wesley Kauã", "Liz Mabel", "Nha Djassi", "Kássia Suellen", "Maria José",
                                            "Leidy Johana", "Jhon Fredy", "Valquíria Sol", "Zefa Maria", "Severina Dalva",
                                            "Cosme Damião", "Jairo Kauê", "Maria Dasdores"):
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
        """A date of an event in the past of the documents (2025 unless a year is given)."""
        y = year or 2025
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def docdate(self, fmt: str = "long") -> str:
        """The date a letter, petition or report is signed (first half of 2026, after the events it tells)."""
        return fmt_date(self.ri(1, 28), self.ri(1, 6), 2026, fmt)

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
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span (LABEL None: text), a list of such
        tuples is written part by part, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, list):
                for part in v:
                    self.e(part[0], part[1])
            elif isinstance(v, tuple):
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


def append_doc(doc: Doc, other: Doc) -> None:
    """Append another document's text and spans (offsets shifted)."""
    base = len(doc.text)
    doc.text += other.text
    doc.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]


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
JOBS = {True: ["diarista", "do lar", "auxiliar de limpeza", "cabeleireira", "vendedora", "autônoma", "costureira", "catadora de materiais recicláveis",
               "operadora de caixa", "cuidadora de idosos", "desempregada", "manicure", "ambulante", "aposentada", "técnica de enfermagem"],
        False: ["pedreiro", "servente", "motorista de aplicativo", "ajudante geral", "autônomo", "desempregado", "vigilante", "pintor",
                "entregador", "eletricista", "aposentado", "mecânico", "ambulante", "auxiliar de produção", "repositor"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.08, civil: str | None = None, cpf: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", lo, hi), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(cpf or g.cpf("dot"), "BR_CPF")
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
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
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
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h])
    if r:
        if r < 20:
            parts.append(UNITS[r])
        else:
            t, u = divmod(r, 10)
            parts.append(TENS[t] + (f" e {UNITS[u]}" if u else ""))
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words, as receipts write it ('mil duzentos e trinta reais e quarenta centavos')."""
    reais = int(v)
    cent = int(round((v - reais) * 100))
    th, r = divmod(reais, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else words999(th) + " mil")
    if r:
        parts.append(words999(r))
    s = (" e " if th and r and (r < 100 or r % 100 == 0) else " ").join(parts) if parts else "zero"
    s += " real" if reais == 1 else " reais"
    if cent:
        s += " e " + words999(cent) + (" centavo" if cent == 1 else " centavos")
    return s




# --------------------------------------------------------------------------- register: pest control and water-tank cleaning

SEED = 14040
OUT_NAME = "hundredfortieth.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Lorenzo": "Lolo", "Murilo": "Muca", "Cecília": "Ciça",
             "Antonella": "Nella", "Benício": "Beni", "Alice": "Lili", "Kemilly": "Mimi", "Théo": "Teté", "Kaleb": "Kaká",
             "Hadassa": "Dassa", "Naomy": "Nao", "Asafe": "Sasá", "Marlúcia": "Lúcia", "Wanusa": "Nusa", "Genésio": "Gena",
             "Claudiomiro": "Miro", "Laura": "Laurinha", "Rosimeiry": "Meire", "Rozimeire": "Meire", "Ozelita": "Zelita",
             "Edivânio": "Vaninho", "Ednaldo": "Naldo", "Jocimar": "Joci", "Osvaldir": "Vadinho", "Wanderlan": "Lanlan",
             "Gerivaldo": "Gerí", "Dorivaldo": "Dori", "Nerivaldo": "Neri", "Ueliton": "Uel", "Maxsuel": "Max"})
# Pest-control firms (all invented): (legal name, e-mail domain, short name used in chats and headers)
FIRMS = [("Dedetizadora Aurora Controle de Pragas Ltda.", "dedetizadoraaurora.com.br", "Dedetizadora Aurora"),
         ("Imunizadora Leão Branco Ltda.", "leaobranco.com.br", "Imunizadora Leão Branco"),
         ("Bento Amado Saneamento Ambiental Ltda.", "bentoamado.com.br", "Bento Amado Saneamento"),
         ("Prudente Controle de Vetores e Pragas Urbanas EIRELI", "prudentepragas.com.br", "Prudente Pragas"),
         ("Desinsetizadora Flor de Lis ME", "flordelis.srv.br", "Flor de Lis Dedetização"),
         ("Sarapião & Filhos Dedetização e Limpeza de Caixas Ltda.", "sarapiaodedetiza.com.br", "Sarapião & Filhos"),
         ("Cupim Zero Expurgos Ltda.", "cupimzero.com.br", "Cupim Zero"),
         ("Quintanilha Saúde Ambiental Ltda.", "quintanilhaambiental.com.br", "Quintanilha Ambiental"),
         ("Estrela do Vale Imunizações ME", "estreladovale.com.br", "Estrela do Vale"),
         ("Vitória Régia Higienização e Controle de Pragas Ltda.", "vitoriaregia.com.br", "Vitória Régia Pragas")]
APPS = [("PragaZero", "pragazero.app"), ("DedetizaJá", "dedetizaja.com.br"), ("Chama o Dedetizador", "chamaodedetizador.com")]
BOTS = ["Cupinzinho", "DedetizaBot", "Formiguinha", "Assistente Virtual", "Zezinho Cupim"]
# client firms (their addresses are firms' and stay unlabelled)
CLIENTS = ["Restaurante Sabor da Aurora", "Padaria Nova Esperança", "Cantina Bento Amado", "Colégio Leão XIII", "Supermercado Bom Preço Aurora",
           "Lanchonete do Quintino", "Pizzaria Rosa dos Ventos", "Pousada Flor do Campo", "Churrascaria Gaúcho Prudente",
           "Clínica Veterinária São Bento", "Hotel Vitória Palace", "Açougue e Mercearia Sabiá", "Creche Pequeno Leão", "Buffet Estrela Dalva"]
CONDOS = ["Condomínio Residencial Vila Prudente", "Condomínio Edifício Solar da Aurora", "Residencial Flor do Campo",
          "Condomínio Jardim das Oliveiras", "Edifício Bento Amado", "Residencial Leão Dourado", "Condomínio Morada do Sabiá",
          "Edifício Rosa dos Ventos"]
DISTRIBUTORS = [("Química Aurora Distribuidora de Domissanitários Ltda.", "quimicaaurora.com.br"),
                ("Agroquímica Leão Dourado Comércio Ltda.", "leaodourado.com.br"),
                ("Distribuidora Prudente Saneantes S.A.", "prudentesaneantes.com.br"),
                ("Casa do Dedetizador Bacelar ME", "casadodedetizador.com.br")]
VANS = ["Fiorino branca", "Saveiro branca", "Strada prata", "Kangoo branca", "Doblò cinza", "HR baú", "Montana branca", "Partner Rapid"]
PETS = ["Aurora", "Bento", "Pipoca", "Thor", "Mel", "Luna", "Pretinha", "Flor", "Paçoca", "Bidu", "Amora", "Fumaça", "Princesa", "Leão"]
# (pest, service, what was applied)
PESTS = [("baratas", "desinsetização", "gel de fipronil 0,05% e pulverização de deltametrina 2,5% SC"),
         ("cupim de madeira seca", "descupinização", "injeção de bifentrina 2,5% em móveis, rodapés e batentes"),
         ("cupim de solo", "descupinização", "barreira química com fipronil 2,5% SC no perímetro"),
         ("ratos", "desratização", "iscas parafinadas de brodifacoum 0,005% em porta-iscas lacrados"),
         ("escorpiões", "controle de escorpiões", "lambda-cialotrina 10% microencapsulada em ralos e caixas de gordura"),
         ("formigas", "desinsetização", "gel de imidacloprido 2,15% nos trilhos"),
         ("percevejos de cama", "desinsetização", "vapor seco e pulverização de cipermetrina 20% CE"),
         ("pulgas", "desinsetização", "permetrina 0,5% pó e pulverização de deltametrina"),
         ("pombos", "manejo de pombos", "espículas e tela de nylon (sem produto químico)"),
         ("mosquitos", "desinsetização", "termonebulização com cipermetrina 20% CE"),
         ("traças", "desinsetização", "pulverização de deltametrina 2,5% SC em armários")]
# (trade name, active ingredient, chemical group, concentration, antidote / treatment)
PRODUCTS = [("Fipromax Gel", "fipronil", "fenilpirazol", "0,05%", "sintomático"),
            ("Deltacid 25 SC", "deltametrina", "piretroide", "2,5%", "sintomático"),
            ("Cipertrin 200 CE", "cipermetrina", "piretroide", "20%", "sintomático"),
            ("Bifentol 25", "bifentrina", "piretroide", "2,5%", "sintomático"),
            ("Rodenblock Parafinado", "brodifacoum", "cumarínico", "0,005%", "vitamina K1"),
            ("Imidagel Formigas", "imidacloprido", "neonicotinoide", "2,15%", "sintomático"),
            ("Lambdatec CS", "lambda-cialotrina", "piretroide", "10%", "sintomático"),
            ("Permex Pó", "permetrina", "piretroide", "0,5%", "sintomático"),
            ("Propoxur Aurora 1%", "propoxur", "carbamato", "1%", "atropina"),
            ("Clorocal 2,5", "hipoclorito de sódio", "clorado", "2,5%", "lavagem e sintomático")]
RT_KINDS = [("CRQ", "químico", "química"), ("CRBio", "biólogo", "bióloga"), ("CREA", "engenheiro agrônomo", "engenheira agrônoma"),
            ("CRF", "farmacêutico", "farmacêutica"), ("CRMV", "médico-veterinário", "médica-veterinária")]
CRQ_REG = {"SP": "IV", "RJ": "III", "MG": "II", "RS": "V", "PR": "IX", "BA": "VII", "PE": "I", "CE": "X", "DF": "XII", "GO": "XII", "SC": "XIII",
           "ES": "XXI", "PA": "VI", "AM": "XIV", "MS": "XX", "MT": "XVI", "MA": "XI", "PB": "XIX", "RN": "XV", "PI": "XVIII", "AL": "XVII",
           "SE": "XVII"}
UF_DDD = {"SP": "11", "MG": "31", "RJ": "21", "PR": "41", "RS": "51", "SC": "48", "BA": "71", "PE": "81", "CE": "85", "RN": "84", "PB": "83",
          "MA": "98", "PI": "86", "PA": "91", "AM": "92", "GO": "62", "MS": "67", "MT": "65", "ES": "27", "AL": "82", "SE": "79", "DF": "61"}
UF_NAME = {"SP": "São Paulo", "MG": "Minas Gerais", "RJ": "Rio de Janeiro", "PR": "Paraná", "RS": "Rio Grande do Sul", "SC": "Santa Catarina",
           "BA": "Bahia", "PE": "Pernambuco", "CE": "Ceará", "RN": "Rio Grande do Norte", "PB": "Paraíba", "MA": "Maranhão", "PI": "Piauí",
           "PA": "Pará", "AM": "Amazonas", "GO": "Goiás", "MS": "Mato Grosso do Sul", "MT": "Mato Grosso", "ES": "Espírito Santo",
           "AL": "Alagoas", "SE": "Sergipe", "DF": "Distrito Federal"}
ROLE_BOXES = ["sac", "atendimento", "agendamento", "orcamento", "orcamentos", "comercial", "financeiro", "cobranca", "faturamento", "nfe", "nfse",
              "qualidade", "tecnico", "operacional", "rh", "dp", "sesmt", "juridico", "dpo", "privacidade", "lgpd", "contato", "ouvidoria",
              "no-reply", "naoresponda", "suporte", "vendas", "pedidos", "logistica", "zoonoses", "ccz", "vigilancia", "visa", "cievs",
              "epidemiologia", "notifica", "ciatox", "sindico", "administracao", "condominio", "secretaria", "compras", "disputas",
              "chargeback", "contestacao", "fiscal", "protocolo", "endemias", "recepcao", "diretoria", "contabilidade"]
LAWS = ["RDC Anvisa 622/2022", "Lei 6.437/1977", "Lei 13.709/2018", "Lei 8.078/1990", "NR-15, Anexo 13", "NR-6", "NR-7", "Portaria GM/MS 888/2021",
        "Lei 6.360/1976", "RDC 216/2004", "Lei 9.099/1995", "art. 192 da CLT", "art. 14 do CDC", "Lei 9.605/1998", "art. 927 do Código Civil"]
VISA_TRADES = ["restaurante", "padaria", "lanchonete", "cozinha industrial", "creche", "supermercado"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def os_no(g: Gen) -> str:
    """A service order number; not labelled."""
    return clean(g, lambda: g.pick([f"OS {g.ri(2025, 2026)}/{g.d(5)}", f"OS nº {g.d(6)}", f"O.S. {g.d(4)}-{g.d(2)}", f"{g.d(8)}",
                                    f"OS-{g.up(2)}{g.d(6)}", f"#{g.d(5)}"]))


def cert_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(4)}/{g.ri(2025, 2026)}", f"CE-{g.d(6)}", f"{g.d(3)}.{g.d(3)}"]))


def anvisa_reg(g: Gen) -> str:
    """A product's registration at Anvisa (MS nº); not labelled."""
    return clean(g, lambda: g.pick([f"MS {g.d(1)}.{g.d(4)}.{g.d(4)}.{g.d(3)}-{g.d(1)}", f"{g.d(1)}.{g.d(4)}.{g.d(4)}", f"Reg. MS {g.d(1)}.{g.d(4)}.{g.d(4)}"]))


def lote(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"L{g.d(5)}", f"{g.d(3)}/{g.d(2)}", f"{g.up(2)}{g.d(4)}-{g.d(2)}"]))


def licenca(g: Gen) -> str:
    """The firm's sanitary licence (licença sanitária / alvará da VISA); not labelled."""
    return clean(g, lambda: g.pick([f"LS nº {g.d(6)}/{g.ri(2024, 2026)}", f"Licença Sanitária {g.d(3)}.{g.d(3)}/{g.ri(2023, 2026)}",
                                    f"CMVS {g.d(9)}", f"alvará sanitário {g.d(5)}-{g.d(1)}"]))


def cnj_of(g: Gen, uf: str, year: tuple[int, int] = (2024, 2026)) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(*year)}.{CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def trt_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2025, 2026)}.{TRT.get(uf, '5.02')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def kid(g: Gen, parent: Person | None = None, female: bool | None = None) -> Person:
    """A child: own given name, the parent's last surname (sometimes a foreign-origin given name)."""
    parent = parent or g.person()
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.12):
        o = g.pick(["jp", "ar", "kr", "ht", "it", "de", "ve", "bo", "ao", "gk"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2012, hi: int = 2024) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "iso", "nopad", "long", "short"]), lo, hi)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is built from parts: [(text, LABEL or None), ...]."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sr(p: Person) -> str:
    return "Sra." if p.female else "Sr."


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    """A birth date as speech-to-text writes it: digits, or words."""
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def council2(g: Gen, kind: str, uf: str) -> str:
    """Councils the shared helper lacks: CRF, CRBio, CRQ (chemists, by region), CRMV (veterinarians)."""
    n = g.ri(1000, 59999)
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {n}", f"CRF/{uf} nº {n}", f"CRF-{uf} {n:,}".replace(",", ".")])
    if kind == "CRQ":
        r = CRQ_REG.get(uf, "IV")
        return g.pick([f"CRQ-{r} nº {g.d(8)}", f"CRQ {r} Região {g.d(8)}", f"CRQ-{r} {g.d(8)}", f"CRQ {r}ª Região nº {g.d(8)}".replace(f"{r}ª", f"{r}")])
    if kind == "CRMV":
        return g.pick([f"CRMV-{uf} {n}", f"CRMV/{uf} nº {n}", f"CRMV-{uf} {n}-VP"])
    if kind == "CREA":
        return g.council("CREA", uf)
    return g.pick([f"CRBio-{g.ri(1, 8):02d} {n}/{g.ri(1, 8):02d}-D", f"CRBio {g.ri(1, 8)}ª Região nº {n}-D", f"CRBio-{g.ri(1, 8):02d} {n}"])


def rt_of(g: Gen, uf: str, kind: str | None = None) -> tuple[Person, str, str]:
    """The firm's technical manager (responsável técnico, RDC 622/2022): (person, title, council id)."""
    p = g.person()
    k = kind or g.pick([x[0] for x in RT_KINDS])
    title = [x for x in RT_KINDS if x[0] == k][0][2 if p.female else 1]
    return p, title, council2(g, k, uf)


def products_for(g: Gen, pe: str) -> list[tuple]:
    """The products a certificate lists for a pest (one to three)."""
    by = {"baratas": [0, 1, 8], "cupim de madeira seca": [3], "cupim de solo": [0, 3], "ratos": [4], "escorpiões": [6, 1], "formigas": [5, 0],
          "percevejos de cama": [2, 1], "pulgas": [7, 1], "pombos": [], "mosquitos": [2], "traças": [1]}
    idx = by.get(pe, [1])
    if not idx:
        return [("— (manejo físico)", "—", "—", "—", "—")]
    return [PRODUCTS[i] for i in g.sample(idx, g.ri(1, len(idx)))] + ([PRODUCTS[9]] if g.chance(0.15) else [])


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    """A typing slip with probability p (plain text only, never a template with «keys»)."""
    return typo(s, g) if g.chance(p) else s


def firm(g: Gen) -> tuple[str, str, str]:
    return g.pick(FIRMS)


def firm_phone(g: Gen, uf: str, mobile: bool = False) -> str:
    """A firm's own line (WhatsApp or landline) in the firm's DDD; labelled like any phone number."""
    ddd = UF_DDD.get(uf, "11")
    while True:
        local = ("9" + str(g.ri(6, 9)) + g.d(7)) if mobile else (str(g.ri(2, 4)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, g.pick(["par", "par", "plain", "nospace"]))


def van(g: Gen) -> tuple[str, str]:
    return g.pick(VANS), g.plate()


def pest(g: Gen) -> tuple[str, str, str]:
    return g.pick(PESTS)


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "ok obrigada", "<Mídia oculta>", "👍", "tá bom", "blz", "kkk ta certo", "Esta mensagem foi apagada", "áudio de 0:38",
                   "a luz acabou aqui, respondo depois", "seria prudente tirar as plantas da varanda?", "vi uma barata agora na pia 😩",
                   "o portão é o azul do lado da padaria", "meu cachorro é bravo mas fica preso", "tem estacionamento na frente"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente manter crianças e animais fora do imóvel por quatro horas.", "Foi uma vitória acabar com o cupim do telhado.",
                   "A Dedetizadora Aurora atende também Presidente Prudente e região.", "O Bairro da Luz teve surto de escorpiões no verão.",
                   "A rosa do jardim foi coberta com lona antes da pulverização.", "Não há esperança de salvar o guarda-roupa: o cupim comeu a base.",
                   "A Imunizadora Leão Branco não presta serviço aos domingos.", "A Barão de Mauá está interditada para obras da Sabesp.",
                   "Vitória/ES e Vila Velha estão com alerta de dengue.", "O Condomínio Residencial Vila Prudente renovou o contrato anual.",
                   "Desligar a luz do quadro antes de abrir a caixa d'água.", "A Padaria Nova Esperança pediu o certificado para a fiscalização.",
                   "O Colégio Leão XIII fica em recesso na semana da descupinização.", "A flor de lis do portão foi pintada depois do serviço."])


def ciatox_line(g: Gen) -> str:
    """The toll-free lines of poison control that a certificate must print; toll-free lines are not labelled."""
    return g.pick(["Disque-Intoxicação 0800 722 6001", "Disque-Intoxicação (Anvisa): 0800 722 6001", "CIATox: 0800 771 3733",
                   "Centro de Informação e Assistência Toxicológica — 0800 643 5252", "Disque-Intoxicação 0800 722 6001 (24h)"])


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


# ------------------------------------------------------------------ atendimento

def cust_who(g: Gen, p: Person, phone_p: float = 0.35) -> list[tuple]:
    """How the firm's phone shows a customer: a bare number, the saved name ('Cliente Fulana', 'Fulana cupim Vila Rosa'), a first name."""
    r = g.rng.random()
    if r < phone_p:
        return [(g.phone("wa"), "PHONE_NUMBER")]
    if r < phone_p + 0.2:
        return [V(g.pick(["Cliente ", "Cli ", "Orç. "])), P(p.short)]
    if r < phone_p + 0.35:
        return [P(p.first), V(" " + g.pick(["cupim", "barata", "escorpião", "caixa d'água", "rato"]) + " " + lower(g.pick(BAIRROS)))]
    return [P(g.pick([p.full, p.short, lower(p.first)]))]


def at_whatsapp(g: Gen) -> Doc:
    """A booking on the firm's WhatsApp, as a WhatsApp export from the firm's phone (a third) or as the messaging platform's transcript
    with role senders: the bot's menu; the customer's name, address and CEP for the quote, the house and a pet (the pet's name is not a
    person); the attendant by first name; the price; the CPF (a mistyped one corrected sometimes) and e-mail for the invoice; the
    technician, the van and its plate; the down payment to the firm's random key or CNPJ key; a second contact's name and phone sometimes."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli, att, tec = g.person(g.chance(0.7)), g.person(g.chance(0.75)), g.person(g.chance(0.1))
    pe, serv, prod = pest(g)
    bot = g.pick(BOTS)
    t_start = g.moment(hours=(7, 20))
    t = iter(seq_times(g, 40, t_start, 20, 900))
    if g.chance(0.35):
        st = chat_stamp(g)
        C = cust_who(g, cli)
        B = A = [V(short)]
        for part in g.pick([[V("Conversa do WhatsApp com ")] + C, [V("WhatsApp Chat with ")] + C]):
            doc.e(part[0], part[1])
        doc.t("\n\n")
    else:
        sfmt = g.pick(["hms", "hms", "br"])

        def st(x: datetime.datetime) -> str:
            return "[" + ts(x, sfmt) + "] "
        C, B, A = [V("Cliente")], [V("Bot " + bot)], [V(g.pick(["Atendente", "Agente", "Operador(a)"]))]
        doc.f("Conversa nº «p» — WhatsApp «s» — contato «c» — fila Orçamentos — «d»\n\n", p=clean(g, lambda: g.d(9)), s=short,
              c=(g.phone("e164"), "PHONE_NUMBER"), d=dbr(t_start))
    cl2(doc, st(next(t)), C, tp(g, g.pick([f"boa tarde, to com problema de {pe} aqui em casa, quanto fica?", f"oi, vcs fazem {serv}? apareceu {pe} na cozinha",
                                     f"bom dia preciso de orçamento pra {pe} urgente", f"olá! quanto custa pra acabar com {pe}?"]), 0.4))
    cl2(doc, st(next(t)), B, f"Olá! Sou {'a' if bot in ('Formiguinha', 'Assistente Virtual') else 'o'} {bot}, da {short} 🐜. Escolha: 1️⃣ Baratas e formigas "
        "2️⃣ Cupim 3️⃣ Ratos 4️⃣ Escorpiões 5️⃣ Limpeza de caixa d'água 6️⃣ Outros")
    menu = "1" if pe in ("baratas", "formigas") else "2" if pe.startswith("cupim") else "3" if pe == "ratos" else "4" if pe == "escorpiões" else "6"
    cl2(doc, st(next(t)), C, g.pick([menu, menu, menu + " " + pe.split()[0]]))
    cl2(doc, st(next(t)), B, "Para o orçamento, informe nome completo, endereço com número, bairro e CEP.")
    cl2(doc, st(next(t)), C, g.pick(["«n»\n«a» - «b»\ncep «c»", "«n», «a», «b», «c»", "«n» «a» «b» cep «c»"]), n=P(tp(g, g.pick([cli.full, cli.low, cli.full]), 0.15)),
        a=(g.address(g.pick(["low", "text", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower() if g.chance(0.5) else g.pick(BAIRROS), c=(g.cep(g.chance(0.5)), "BR_CEP"))
    cl2(doc, st(next(t)), B, "Obrigado! Em instantes um atendente continua a conversa.")
    cl2(doc, st(next(t)), A, "«s» Aqui é «a», da «f». É casa ou apartamento? Tem criança, gestante ou animal em casa?", s=g.pick(["Olá!", "Oi!", "Boa tarde!"]),
        a=P(g.pick([att.first, att.first, att.short])), f=short)
    pet = g.pick(PETS)
    cl2(doc, st(next(t)), C, g.pick([f"casa, uns {g.ri(50, 180)}m2. tenho cachorro, o nome é {pet}", f"apto {g.ri(2, 3)} quartos, tem gato ({pet})",
                                     f"casa térrea, meu neto de 2 anos fica aqui de tarde e tem o {pet} (cachorro)"]))
    cl2(doc, st(next(t)), A, "O serviço de «s» («p») fica «v» à vista ou 2x no cartão, garantia de «g» dias. Animais e crianças fora por 4 horas. Tenho vaga «d».",
        s=serv, p=prod, v=money(g, 180, 1400), g=g.pick(["90", "90", "180", "365"]), d=g.pick(["quinta de manhã", "sábado às 8h", f"dia {g.ri(2, 28)} à tarde", "amanhã 14h"]))
    cl2(doc, st(next(t)), C, tp(g, g.pick(["pode ser. precisa de cpf pra nota?", "fechado. vcs emitem nota?", "ok, pode agendar", "fechado, pode marca"]), 0.3))
    cl2(doc, st(next(t)), A, "Sim, para a nota fiscal e o certificado preciso do CPF e de um e-mail.")
    if g.chance(0.25):
        cl2(doc, st(next(t)), C, "«c»", c=g.neg_cpf(g.chance(0.5)))
        cl2(doc, st(next(t)), A, "Esse CPF deu inválido no sistema, pode conferir?")
        cl2(doc, st(next(t)), C, "desculpa, é «c»", c=(g.cpf("raw"), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), C, "«c»", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    if g.chance(0.7):
        cl2(doc, st(next(t)), C, "«e»", e=(g.email(cli), "EMAIL_ADDRESS"))
    else:
        cl2(doc, st(next(t)), C, "email nao tenho, manda por aqui mesmo")
    vk, vp = van(g)
    key = g.chance(0.7)
    cl2(doc, st(next(t)), A, "Agendado ✅ «o» «t» vai na «v» placa «p». Sinal de 50% pelo Pix «k» («f»).", o="A técnica" if tec.female else "O técnico", t=P(g.pick([tec.first, tec.short, tec.full])), v=vk,
        p=(vp, "LICENSE_PLATE"), k=[V("chave aleatória "), (g.uuid(), "PIX_KEY")] if key else [V("CNPJ "), (g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ")], f=fname)
    cl2(doc, st(next(t)), C, g.pick(["<Mídia oculta>", "comprovante enviado", "IMG-20260312-WA0012.jpg (arquivo anexado)"]))
    if g.chance(0.5):
        sp = g.person(not cli.female)
        cl2(doc, st(next(t)), C, "se eu nao atender liga pro «w» «n» «p»", w="meu marido" if not sp.female else "minha esposa", n=P(g.pick([sp.first, sp.full])),
            p=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), A, "Recebido! «x» No dia, deixe o acesso à cozinha livre e guarde os alimentos.", x=word_neg(g) if g.chance(0.4) else "Obrigada pela preferência.")
    cl2(doc, st(next(t)), C, chat_neg(g))
    return doc


def at_rota(g: Gen) -> Doc:
    """The day's route sheet of a field team (ruled, psql, Markdown, pipe, blank-aligned, CSV or fixed width with names cut): the two
    technicians, the van's plate, the driver's CNH sometimes; per stop the service order (unlabelled), time, customer (a person, or a
    client firm whose address column says 'contrato' and has no CEP), address, bairro, CEP, phone, service, notes (a síndico or a
    neighbour by name sometimes); the supervisor's check and the odometer."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    t1, t2, sup = g.person(g.chance(0.1)), g.person(g.chance(0.2)), g.person()
    d = g.day()
    vk, vp = van(g)
    doc.t(f"{short.upper()} — ROTEIRO DE ATENDIMENTO — {dbr(d)} — EQUIPE {g.ri(1, 6):02d}\n")
    doc.f("Técnicos: «a» / «b» | Veículo: «v» «p»«c»\n\n", a=P(g.pick([t1.full, t1.short, t1.caps])), b=P(g.pick([t2.full, t2.short, t2.first])), v=vk,
          p=(vp, "LICENSE_PLATE"), c=[V(" | CNH motorista: "), (g.cnh(), "BR_CNH")] if g.chance(0.45) else "")
    style = g.pick(["plus", "psql", "md", "pipe", "plain", "csv", "fixed"])
    rows = []
    mins = g.ri(7, 8) * 60 + g.pick([0, 30])
    for i in range(g.ri(5, 7)):
        hr = V(f"{mins // 60:02d}:{mins % 60:02d}")
        mins = min(mins + g.pick([45, 60, 75, 90, 120]), 17 * 60 + 30)
        pe, serv, _ = pest(g)
        if g.chance(0.2):
            rows.append([V(os_no(g)), hr, V(g.pick(CLIENTS + CONDOS)), V("contrato mensal (MIP)"), V(g.pick(BAIRROS)), V("-"),
                         (firm_phone(g, uf), "PHONE_NUMBER") if g.chance(0.5) else V("-"), V(g.pick(["MIP mensal", "desratização", "caixa d'água"])),
                         [V(g.pick(["procurar a nutricionista", "entrada pelos fundos", "levar certificado anterior", "-"]))]])
            continue
        p = g.person()
        nm = tp(g, g.pick([p.full, p.caps, p.capsf, p.short]), 0.1)
        addr = g.address(g.pick(["text", "caps", "text"]))
        if style == "fixed":
            nm, addr = cut(nm, 22), cut(addr, 30)
        if g.chance(0.15):
            o = g.person()
            obs = [V(g.pick(["síndic" + o.o + " ", "vizinh" + o.o + " ", "zelador" + ("a " if o.female else " "), "falar c/ "])), P(g.pick([o.first, o.short])), V(" "), (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER")]
        else:
            obs = [V(g.pick(["portão azul", "cão bravo", "ligar antes", "idosa sozinha", "cobrar saldo", "retorno garantia", "gestante — só gel", "-", "-"]))]
        rows.append([V(os_no(g)), hr, P(nm), (addr, "ADDRESS"), V(g.pick(BAIRROS)), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["par", "plain", "raw", "dash"])), "PHONE_NUMBER"), V(f"{serv} ({pe})"), obs])
    cols = ["OS", "hora", "cliente", "endereço", "bairro", "CEP", "telefone", "serviço", "obs"]
    if style == "fixed":
        ws = [14, 6, 23, 31, 10, 16]
        doc.t("OS            HORA  CLIENTE                ENDEREÇO                       CEP       TELEFONE        SERVIÇO / OBS\n")
        for r in rows:
            for (v, lab), w in zip([r[0], r[1], r[2], r[3], r[5], r[6]], ws):
                doc.cell(cut(v, w - 1) if len(v) > w - 1 else v, w, lab)
            doc.e(r[7][0], r[7][1])
            doc.t(" / ")
            for part in r[8]:
                doc.e(part[0], part[1])
            doc.t("\n")
    else:
        # flatten the notes column into one string cell or parts
        flat = []
        for r in rows:
            obs = r[8]
            flat.append((r[:8], obs))
        if style == "csv":
            sep = g.pick([";", ","])
            doc.t(sep.join(cols) + "\n")
            for base, obs in flat:
                table_csv(doc, None, [base], sep)
                doc.text = doc.text[:-1]
                doc.t(sep)
                for part in obs:
                    doc.e(part[0].replace(sep, " "), part[1])
                doc.t("\n")
        else:
            table_ruled(doc, cols[:8], [b for b, _ in flat], style)
            doc.t("\nObservações:\n")
            for (base, obs) in flat:
                doc.t(f"- {base[0][0]}: ")
                for part in obs:
                    doc.e(part[0], part[1])
                doc.t("\n")
    doc.f("\nKM inicial «a» — KM final «b». Conferido por «s» em «d».\n", a=g.ri(40000, 180000), b="____", s=P(g.pick([sup.full, sup.short])) if g.chance(0.7) else login(sup, g),
          d=dbr(d))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a call to the firm about scorpions or termites: the attendant's first name, the
    customer's name, a child stung (name, spoken birth date) sometimes, the CPF, phone and CEP read out in groups or words, the address
    spoken; then the typed service order (an e-mail for the invoice sometimes; the attendant's login unlabelled, the technician by name)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli, att, tec = g.person(g.chance(0.65)), g.person(), g.person(g.chance(0.1))
    cpf = g.cpf_digits()
    ph = g.msisdn()
    cep = g.cep(False)
    addr_t = g.address("text")
    addr = re.sub(r"\s+", " ", fold(addr_t).lower().replace(",", " ").replace(" - ", " ").replace("nº", "numero")).strip()
    scorp = g.chance(0.55)
    doc.t(g.pick(["[transcricao automatica] ", "transcrição — ", ""]) + f"ligacao {g.ri(8, 17):02d}:{g.ri(0, 59):02d} — {lower(short)} — gravada para fins de qualidade\n")
    doc.f("atendente: «f» bom dia meu nome e «a» em que posso ajudar\n", f=lower(short), a=P(lower(att.first)))
    if scorp:
        k = kid(g, cli)
        dd, mm, yy = g.dob_parts(2014, 2023)
        doc.f("cliente: bom dia«n» e que apareceu escorpiao aqui em casa de novo e ontem picou meu «f» a gente foi na upa\n",
              n=[V(" aqui e a "), P(lower(cli.first))] if g.chance(0.5) and cli.female else "", f="filho" if not k.female else "filha")
        doc.f("atendente: nossa ele ta bem qual o nome e a idade\ncliente: «k» nasceu «d» ta bem so ficou com dor\n", k=P(lower(g.pick([k.first, k.full]))),
              d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
        doc.t("atendente: importante avisar tambem o centro de zoonoses da prefeitura pra vistoria mas a gente faz o controle nos ralos e caixas de gordura\n")
    else:
        doc.f("cliente: bom dia to com cupim no guarda roupa e no rodape e agora apareceu uns bichinhos de asa na janela\n")
        doc.t("atendente: e revoada de cupim entao precisa de uma vistoria antes do orcamento e gratuita\n")
    doc.f("atendente: o nome completo\ncliente: «n»\n", n=P(cli.low))
    doc.f("atendente: o cpf pra abrir a ordem de servico\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: um telefone\ncliente: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("atendente: o endereco\ncliente: «a» no «b»\n", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)))
    doc.f("atendente: cep\ncliente: «c»\n", c=(stt_groups(cep, g), "BR_CEP"))
    if g.chance(0.4):
        nb = g.person()
        doc.f("cliente: e a vizinha do lado a «v» tambem quer fazer se der desconto\n", v=P(lower(g.pick([nb.first, nb.full]))))
    doc.f("atendente: entao fica agendado «d» de manha com «o» «t» o valor a gente passa no whatsapp\ncliente: ta bom obrigad{o}\n".replace("{o}", cli.o),
          d=g.pick(["quinta", "sexta", "segunda", "amanha"]), o="a tecnica" if tec.female else "o tecnico", t=P(lower(tec.first)))
    doc.t("\n")
    doc.f("ORDEM DE SERVIÇO «os» — «s»\nCliente: «n» | CPF: «c» | Tel.: «t»\nEndereço: «a», «b» — CEP «e» — «ci»/«uf»\n", os=os_no(g), s=short,
          n=P(cli.capsf), c=(fmt_cpf(cpf), "BR_CPF"), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), a=(addr_t, "ADDRESS"), b=g.pick(BAIRROS),
          e=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"), ci=city, uf=uf)
    if g.chance(0.5):
        doc.f("E-mail p/ NF: «e»\n", e=(g.email(cli), "EMAIL_ADDRESS"))
    doc.f("Serviço: «v» | Técnic" + tec.o + ": «t» | Aberta por: «l» | Obs.: «o»\n", v="controle de escorpiões" if scorp else "vistoria de cupim",
          t=P(g.pick([tec.caps, tec.full, tec.short])), l=login(att, g), o="criança picada — CID T63.2 informado pela cliente; orientar a notificar o CCZ" if scorp else
          "revoada; possível cupim de madeira seca")
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """A complaint on a consumer-complaint portal: the public post (the consumer's first name and initial, the city), the story (the
    technician by name, the firm's WhatsApp number, the amount, the warranty), the firm's public reply signed by a person; then the
    private data block the portal shows only to the firm (full name, CPF, phone, e-mail, address sometimes, CEP, the IP of the post) and the
    final rating."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli, tec, qa = g.person(g.chance(0.6)), g.person(g.chance(0.1)), g.person()
    pe, serv, prod = pest(g)
    ini = cli.last[0] + "."
    t0 = g.moment()
    doc.f("ReclamaBR › «s» › Reclamação «p»\n\n«tt»\n«n» — «c»/«u» — «d»\n\n", s=short, p=clean(g, lambda: g.hexs(10)),
          tt=g.pick([f"{pe.capitalize()} voltaram em 15 dias e ninguém responde", "Garantia não cumprida", "Paguei e o problema continua",
                     f"Serviço de {serv} mal feito"]),
          n=P(f"{cli.first} {ini}"), c=city, u=uf, d=ts(t0, "br"))
    tserv = t0 - datetime.timedelta(days=g.ri(18, 60))
    doc.f("Contratei a «s» no dia «d» para «v» por «m». «tt» «t» veio, aplicou o produto e foi embora em 20 minutos, sem tirar o fogão do lugar. "
          "Em duas semanas «pe» estavam de volta. Mandei mensagem «x» vezes no WhatsApp «w» e só respondem \"vamos verificar\". Quero o retorno da garantia "
          "ou o dinheiro de volta.«extra»\n\n", s=short, d=dbr(tserv), v=serv, m=money(g, 160, 900), tt="A técnica" if tec.female else "O técnico", t=P(g.pick([tec.first, tec.full, tec.short])),
          pe=pe, x=g.pick(["cinco", "6", "várias"]), w=(firm_phone(g, uf, True), "PHONE_NUMBER"),
          extra=g.pick(["", " Tenho criança pequena em casa, não dá pra ficar assim.", " " + word_neg(g), " O certificado nem veio com o nome do responsável técnico."]))
    doc.f("Resposta da empresa — «d»\nOlá, «n»! Lamentamos o ocorrido. Verificamos a ordem de serviço «o»: o retorno de garantia foi agendado para «r» com «t2». "
          "Qualquer coisa, fale diretamente comigo.\n«q» — Qualidade «s»«e»\n\n", d=ts(t0 + datetime.timedelta(days=g.ri(1, 4)), "br"), n=P(cli.first), o=os_no(g),
          r=dbr(t0 + datetime.timedelta(days=g.ri(3, 9))), t2=[V("o técnico "), P(g.person(False).short)] if g.chance(0.5) else "o supervisor da região", q=P(g.pick([qa.full, qa.short])), s=short,
          e=[V(" — "), (corp_mail(qa, dom, g), "EMAIL_ADDRESS")] if g.chance(0.7) else "")
    doc.t("— Dados do consumidor (visíveis apenas para a empresa) —\n")
    fields = [("Nome completo", P(cli.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(cli), "EMAIL_ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("IP do registro", (g.ip(), "IP_ADDRESS"))]
    if g.chance(0.6):
        fields.insert(4, ("Endereço", (g.address(), "ADDRESS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    end = g.pick([("Voltaram e refizeram a aplicação. Por enquanto resolveu.", g.ri(6, 9), "Sim"), ("Ninguém apareceu. Vou ao Procon.", g.ri(0, 2), "Não"),
                  ("Devolveram metade do valor por Pix. Aceitei, mas não contrato de novo.", g.ri(3, 5), "Não")])
    doc.f("\nConsideração final do consumidor — «d»\n«c»\nNota: «n»/10 — Voltaria a fazer negócio? «v»\n", d=dbr(t0 + datetime.timedelta(days=g.ri(10, 20))),
          c=end[0], n=end[1], v=end[2])
    return doc


def at_email_condo(g: Gen) -> Doc:
    """An e-mail thread between a condominium's síndico (or síndica) and the firm: the firm's reply on top (the scheduling, the technicians,
    the van's plate for the garage, the technical manager with council, the firm's CNPJ), the síndico's message quoted (the property
    manager in copy, the list of flats with restrictions: residents by name, phones, a pet's name), the notice to residents; X-Originating-IP."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    sin, adm, com = g.person(), g.person(), g.person()
    rtp, rtt, rtid = rt_of(g, uf)
    condo = g.pick(CONDOS)
    sdom = g.pick(["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br"])
    admdom = g.pick(["administradoraleao.com.br", "gestaoaurora.adm.br", "prudenteadm.com.br", "sabiacondominios.com.br"])
    smail = g.email(sin, sdom)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(hours=g.ri(3, 60))
    vk, vp = van(g)
    techs = [g.person(g.chance(0.15)) for _ in range(g.pick([1, 1, 2]))]
    doc.f("De: «n» <«e»>\nPara: «s»\nCc: «c»\nData: " + mail_date(t1) + "\nAssunto: RE: Dedetização e limpeza das caixas d'água — «co»\n",
          n=P(com.full), e=(corp_mail(com, dom, g), "EMAIL_ADDRESS"), s=(smail, "EMAIL_ADDRESS"), c=[(corp_mail(adm, admdom, g), "EMAIL_ADDRESS")] if g.chance(0.6) else role_mail(g, admdom, "administracao"),
          co=condo)
    if g.chance(0.7):
        doc.f("X-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("\nBom dia, «x»!\n\nConfirmado para «d»: desinsetização das áreas comuns e garagens pela manhã e limpeza das «k» caixas d'água à tarde "
          "(o abastecimento fica suspenso das 13h às 18h). Equipe: «t». Veículo «v», placa «p» — por favor liberar a garagem.\n"
          "Responsável técnico: «r», «rt», «ri». «f», CNPJ «cn», «li».\n"
          "Os apartamentos com restrição serão tratados só com gel, sem pulverização.\n\nAtenciosamente,\n«m»\nComercial — «s»«ph»\n\n",
          x=P(sin.first) if g.chance(0.6) else ("síndica" if sin.female else "síndico"), d=dbr(t1 + datetime.timedelta(days=g.ri(3, 15))), k=g.pick(["duas", "três", "4"]),
          t=[x for i, tp in enumerate(techs) for x in ([V(" e ")] if i else []) + [P(g.pick([tp.full, tp.short]))]],
          v=vk, p=(vp, "LICENSE_PLATE"), r=P(rtp.full), rt=rtt, ri=(rtid, "PROFESSIONAL_ID"), f=fname, cn=(g.any_cnpj(), "BR_CNPJ"), li=licenca(g),
          m=P(g.pick([com.full, com.short, com.first])), s=short, ph=[V(" — "), (firm_phone(g, uf, g.chance(0.5)), "PHONE_NUMBER")] if g.chance(0.6) else "")
    doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t0, "br"), n=P(sin.full), e=(smail, "EMAIL_ADDRESS"))
    doc.f("> Prezados, conforme orçamento aprovado em assembleia, precisamos agendar o serviço no «c». Segue a lista dos apartamentos que pediram cuidado especial:\n>\n", c=condo)
    rows = []
    for _ in range(g.ri(2, 4)):
        r = g.person()
        restr = g.pick(["gestante", "bebê recém-nascido", "idoso acamado", "asma grave", "alergia a inseticida", f"gato ({g.pick(PETS)})", f"cachorro ({g.pick(PETS)})", "aquário"])
        rows.append([V(f"{g.ri(1, 18)}{g.pick(['01', '02', '03', '04'])}" + (g.pick(["", "", " bl A", " bl B"]))), P(g.pick([r.full, r.short, r.caps])), V(restr),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V("-")])
    body = Doc()
    table_ruled(body, ["apto", "morador(a)", "restrição", "telefone"], rows, g.pick(["md", "plain", "pipe"]))
    # quote the table line by line ('> ' before each line), shifting the spans
    base_text = body.text
    out = Doc()
    pos = 0
    for line in base_text.split("\n")[:-1]:
        start = pos
        end = pos + len(line)
        out.t("> ")
        shift = len(out.text) - start
        for s in body.spans:
            if start <= s["start"] and s["end"] <= end:
                out.spans.append({"start": s["start"] + shift, "end": s["end"] + shift, "label": s["label"]})
        out.text += line + "\n"
        pos = end + 1
    append_doc(doc, out)
    doc.f(">\n> Também vale lembrar os moradores: «w»\n> A zeladora «z» acompanha a equipe«zt».\n>\n> «n»\n> «r» — «c»«ph»\n",
          w=word_neg(g), z=P(g.person(True).first), zt=[V(", tel. "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.5) else "",
          n=P(g.pick([sin.full, sin.short])), r="Síndica" if sin.female else "Síndico", c=condo,
          ph=[V("\n> cel. "), (g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER")] if g.chance(0.6) else "")
    return doc


def at_app(g: Gen) -> Doc:
    """The home-services app's export of bookings (JSON lines, YAML or CSV): customer name, CPF (or a mistyped one flagged), birth date
    (the app asks it to check age), e-mail, mobile, CEP and address, service, price, payment (a masked card, unlabelled, or Pix), the
    customer's public IP (private ones unlabelled), the professional by name, the rating; the export's header and the analyst's note."""
    doc = Doc()
    city, uf = g.city()
    app, adom = g.pick(APPS)
    an = g.person()
    doc.f("# export «a» — pedidos de «c»/«u» — gerado em «d» por «l»\n", a=app, c=city, u=uf, d=ts(g.moment(), "iso"), l=login(an, g))
    style = g.pick(["json", "json", "yaml", "csv"])
    recs = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pe, serv, _ = pest(g)
        ok = g.chance(0.85)
        pro = g.person(g.chance(0.15))
        recs.append({"pedido": clean(g, lambda: g.hexs(12)), "nome": P(tp(g, g.pick([p.full, p.full, p.low]), 0.15)),
                     "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if ok else g.neg_cpf(), "cpf_valido": ok,
                     "nascimento": (g.dob("iso", 1950, 2005), "DATE_OF_BIRTH"), "email": (g.email(p), "EMAIL_ADDRESS"),
                     "celular": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), "cep": (g.cep(g.chance(0.5)), "BR_CEP"),
                     "endereco": (g.address(), "ADDRESS"), "servico": f"{serv} — {pe}", "valor": g.ri(150, 1200),
                     "pagamento": g.pick([f"cartão {g.masked_card()}", "pix", "pix", f"cartão {g.masked_card()} 2x"]),
                     "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.8) else g.ip_priv(), "profissional": P(g.pick([pro.full, pro.short])),
                     "nota": g.pick([5, 5, 4, 3, 1, None])})
    if style == "json":
        for r in recs:
            jval(doc, r, None)
            doc.t("\n")
    elif style == "yaml":
        for r in recs:
            first = True
            for k, v in r.items():
                doc.t("- " if first else "  ")
                first = False
                doc.t(f"{k}: ")
                if isinstance(v, tuple):
                    doc.e(v[0], v[1])
                elif v is None:
                    doc.t("null")
                elif isinstance(v, bool):
                    doc.t("true" if v else "false")
                else:
                    doc.t(str(v))
                doc.t("\n")
    else:
        cols = list(recs[0].keys())
        rows = []
        for r in recs:
            rows.append([v if isinstance(v, tuple) else V("" if v is None else (str(v).lower() if isinstance(v, bool) else v)) for v in r.values()])
        table_csv(doc, cols, rows, g.pick([";", ","]))
    doc.f("\nObs. («a»): «o»\n", a=P(an.short) if g.chance(0.5) else login(an, g),
          o=g.pick(["pedidos com cpf_valido=false ficam retidos até o cliente corrigir.", "IPs internos são do quiosque da loja parceira.",
                    "o profissional com nota 1 foi suspenso para reciclagem.", "conferir reembolso do pedido cancelado."]))
    return doc


def at_certificado(g: Gen) -> Doc:
    """The certificate of service the firm hands over (comprovante de execução, RDC 622/2022): the firm (CNPJ, sanitary licence
    unlabelled), the customer (a person: CPF, address, CEP, phone, e-mail sometimes), the date, the pests, the products table (trade name, active
    ingredient, group, concentration, Anvisa registration and lot unlabelled, antidote), the poison-control lines (toll-free, not
    labelled), the applicator (CPF sometimes) and the technical manager with council, who received it (RG sometimes); an OCR'd scan in a
    third of the copies."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli, apl = g.person(), g.person(g.chance(0.1))
    rtp, rtt, rtid = rt_of(g, uf)
    pe, serv, _ = pest(g)
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    doc.t(o(fname.upper()) + "\n")
    doc.f(o("CNPJ") + " «c» — «l» — " + o("Tel.") + " «t»\n", c=(g.any_cnpj(), "BR_CNPJ"), l=licenca(g), t=(firm_phone(g, uf), "PHONE_NUMBER"))
    doc.t(o("CERTIFICADO DE EXECUÇÃO DE SERVIÇO DE CONTROLE DE VETORES E PRAGAS URBANAS") + f" nº {cert_no(g)}\n\n")
    d = g.day()
    fields = [(o("Cliente"), P(on(g.pick([cli.full, cli.caps])))), (o("CPF"), (g.cpf(), "BR_CPF")), (o("Endereço"), (on(g.address()), "ADDRESS")),
              (o("Bairro/Cidade"), V(f"{g.pick(BAIRROS)} — {city}/{uf}")), (o("CEP"), (g.cep(), "BR_CEP")),
              (o("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), (o("E-mail"), (g.email(cli), "EMAIL_ADDRESS") if g.chance(0.45) else V("—")),
              (o("Data da execução"), V(dbr(d))),
              (o("Pragas alvo"), V(pe)), (o("Serviço"), V(serv))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps", "box"]))
    doc.t("\n" + o("PRODUTOS UTILIZADOS") + "\n")
    rows = []
    for pr in products_for(g, pe):
        rows.append([V(pr[0]), V(pr[1]), V(pr[2]), V(pr[3]), V(anvisa_reg(g) if pr[1] != "—" else "—"), V(lote(g) if pr[1] != "—" else "—"), V(pr[4])])
    table_ruled(doc, ["produto", "princípio ativo", "grupo químico", "conc.", "registro", "lote", "antídoto"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\n" + o("Em caso de intoxicação procure atendimento médico levando este certificado") + ". " + ciatox_line(g) + ".\n")
    doc.t(o(f"Garantia: {g.pick(['90', '180', '365'])} dias a partir da data de execução, condicionada às recomendações de limpeza.") + "\n")
    doc.f("\n" + o("Aplicador") + ": «a»«ac»\n" + o("Responsável técnico") + ": «r» — «rt» — «ri»\n", a=P(on(g.pick([apl.full, apl.caps]))),
          ac=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "", r=P(on(rtp.full)), rt=o(rtt), ri=(rtid, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f(o("Recebido por") + ": «n»«r» em «d»\n", n=P(on(g.pick([cli.full, g.person().full]))), d=dbr(d),
              r=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "")
    return doc


# ------------------------------------------------------------------ juridico

def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»«r»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "")


def lawyer_sign(g: Gen, doc: Doc, adv: Person, uf: str, city: str) -> None:
    doc.f("\n«c», «d».\n\n«n»\n«o»\n", c=city, d=g.docdate(), n=P(g.pick([adv.full, adv.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))


def ju_trabalhista(g: Gen) -> Doc:
    """A labour claim by a pest-control applicator against the firm: the claimant qualified (birth date, RG or CNH, CPF, PIS, e-mail and
    phone sometimes, address, CEP; CTPS unlabelled), the firm (CNPJ; its seat unlabelled) and its partner with CPF, the facts (no
    PPE, organophosphate and pyrethroid spraying, an intoxication with the ER and the CAT not issued, the supervisor, the van he drove
    with its plate and his CNH), the witness, the requests (hazard pay, NR-15, art. 192 CLT) and the lawyer with OAB; CNJ of the TRT."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    rec, soc, sup, tst, adv = g.person(g.chance(0.12)), g.person(), g.person(), g.person(), g.person()
    caps = g.chance(0.3)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA {g.ri(1, 40)}ª VARA DO TRABALHO DE {fold(city).upper()}/{uf}\n\n")
    if g.chance(0.3):
        doc.t(f"Distribuição por dependência ao processo {trt_of(g, uf)}\n\n")
    qualify(g, doc, rec, caps=caps, dob=(1975, 2003), pis=True, job=("aplicador de produtos saneantes", "aplicadora de produtos saneantes"),
            email=g.chance(0.5), phone=g.chance(0.6), titulo=g.chance(0.6))
    doc.f(", CTPS nº «c» série «s», por seu advogado, vem propor RECLAMAÇÃO TRABALHISTA em face de «f», inscrita no CNPJ sob o nº «n», com sede na «a», "
          "{city}/{uf}, na pessoa de seu sócio-administrador «p», CPF «pc», pelos fatos e fundamentos a seguir.\n\n".replace("{city}", city).replace("{uf}", uf),
          c=clean(g, lambda: g.d(7)), s=f"{g.d(4)}-{uf}", f=fname.upper() if caps else fname, n=(g.any_cnpj(), "BR_CNPJ"),
          a=g.pick(["Rua da Indústria, 450, galpão 3", "Av. dos Estados, 1.200", "Rua Marechal Deodoro, 88, sala 2", "Rodovia SP-101, km 14"]),
          p=P(soc.caps if caps else soc.full), pc=(g.cpf(), "BR_CPF"))
    doc.t("I — DOS FATOS\n")
    adm = g.date(year=g.ri(2019, 2023))
    vk, vp = van(g)
    doc.f(("A reclamante foi admitida" if rec.female else "O reclamante foi admitido") + " em «a» na função de aplicador" + ("a" if rec.female else "") +
          ", com salário de «s», e dispensad" + rec.o + " sem justa causa em «d». Pulverizava diariamente "
          "inseticidas piretroides e carbamatos (propoxur) em residências, restaurantes e condomínios, sem máscara com filtro, luvas nitrílicas ou macacão "
          "impermeável, em desacordo com a NR-6 e com a RDC Anvisa 622/2022. Recebia ordens diretas d" + ("a supervisora" if sup.female else "o supervisor") + " «sp», que dizia que \"máscara atrasa o serviço\".\n"
          "Além disso, dirigia o veículo da empresa («v», placa «p»)«cnh», sem receber o acúmulo de função.\n",
          a=adm, s=money(g, 1550, 2400), d=g.date(), sp=P(g.pick([sup.full, sup.short])), v=vk, p=(vp, "LICENSE_PLATE"),
          cnh=[V(" com sua própria CNH nº "), (g.cnh(), "BR_CNH")] if g.chance(0.5) else "")
    doc.f("Em «d», após aplicação em ambiente fechado, teve náuseas, sudorese e visão turva, sendo levad" + rec.o + " ao pronto atendimento («h»), onde foi diagnosticada intoxicação por "
          "carbamato (CID T60.0), com colinesterase de «c»% do valor de referência. A empresa não emitiu a CAT.\n", d=g.date(), h=g.pick(["Hospital Municipal Aurora", "PS Bento Amado", "UPA 24h Vila Rosa", "Hospital Regional Leão XIII"]),
          c=g.ri(30, 60))
    doc.f("A testemunha «t», ex-colega de equipe, CPF «c», residente na «a», presenciou os fatos.\n\n", t=P(tst.full), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"))
    doc.t("II — DOS PEDIDOS\n")
    va, vb, vc = g.ri(9000, 24000) + 0.5 * g.ri(0, 1), g.ri(10000, 50000) + 0.0, g.ri(3000, 12000) + 0.35 * g.ri(0, 1)
    doc.t(f"a) adicional de insalubridade em grau máximo (NR-15, Anexo 13; art. 192 da CLT), com reflexos: R$ {brl(va)};\n"
          f"b) indenização por danos morais pela exposição sem EPI e pela intoxicação: R$ {brl(vb)};\n"
          f"c) plus salarial por acúmulo de função de motorista: R$ {brl(vc)};\n"
          "d) emissão da CAT e entrega do PPP; e) honorários de sucumbência (art. 791-A da CLT).\n"
          f"Dá-se à causa o valor de R$ {brl(va + vb + vc)}.\n")
    lawyer_sign(g, doc, adv, uf, city)
    return doc


def ju_jec_pet(g: Gen) -> Doc:
    """A small-claims petition: a dog or cat poisoned by rat bait the technician left within reach (the pet's name is not a person); the
    plaintiff qualified (CPF, RG, e-mail, phone, address, CEP), the firm (CNPJ), the technician by name, the veterinary clinic (CNPJ) and
    the veterinarian with CRMV, the bills table, a neighbour as witness with phone, a partial refund from a random Pix key sometimes, the
    requests; sometimes without a lawyer, sometimes with OAB; the court's stamp with a CNJ number."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    a, tec, vet, nb = g.person(), g.person(g.chance(0.1)), g.person(), g.person()
    pet = g.pick(PETS)
    esp = g.pick(["cachorra", "cachorro", "gata", "gato"])
    art = "a" if esp in ("cachorra", "gata") else "o"
    doc.t(f"EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DO {g.ri(1, 6)}º JUIZADO ESPECIAL CÍVEL DA COMARCA DE {fold(city).upper()}/{uf}\n\n")
    if g.chance(0.5):
        doc.f("Processo nº «p» (distribuído em «d»)\n\n", p=cnj_of(g, uf), d=g.docdate("br"))
    qualify(g, doc, a, email=True, phone=True, rg=True)
    doc.f(", vem, «x», propor AÇÃO DE REPARAÇÃO DE DANOS MATERIAIS E MORAIS em face de «f», CNPJ «c», pelos fatos seguintes.\n\n",
          x=g.pick(["sem advogado (art. 9º da Lei 9.099/1995)", "por seu advogado"]), f=fname, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("1. Em «d» a ré executou {s} na residência d{o} autor{a}, pelo técnico «t». Ele espalhou iscas de raticida (brodifacoum) no quintal, "
          "fora de porta-iscas, apesar de avisado de que ali vive {ar} {e} {p}.\n".replace("{ar}", art).replace("{s}", "desratização").replace("{o}", a.o).replace("{a}", "a" if a.female else "")
          .replace("{e}", esp).replace("{p}", pet),
          d=g.date(), t=P(g.pick([tec.full, tec.short, tec.first])))
    doc.f("2. Dois dias depois {ar} {p} apresentou sangramento e foi internad{x} na Clínica Veterinária São Bento (CNPJ «cv»), sob os cuidados d{vo} «v» («cr»), que atestou "
          "intoxicação por anticoagulante cumarínico.\n".replace("{ar}", art).replace("{p}", pet).replace("{x}", art).replace("{vo}", "a Dra." if vet.female else "o Dr."),
          v=P(vet.full), cr=(council2(g, "CRMV", uf), "PROFESSIONAL_ID"), cv=(g.any_cnpj(), "BR_CNPJ"))
    rows = [[V(g.pick(["internação 3 dias", "vitamina K1 injetável", "hemograma e coagulograma", "transfusão", "consulta de retorno", "ultrassom"])),
             V(g.date("br")), V(money(g, 120, 2200))] for _ in range(g.ri(2, 4))]
    table_ruled(doc, ["despesa", "data", "valor"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("3. A vizinha «n» (tel. «t») viu o técnico jogar as iscas no gramado. A ré, procurada pelo WhatsApp «w», respondeu que \"o cliente assinou ciente\".\n",
          n=P(nb.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), w=(firm_phone(g, uf, True), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("Depois da reclamação a ré devolveu só «v» por Pix, da chave aleatória «k».\n", v=money(g, 80, 300), k=(g.uuid(), "PIX_KEY"))
    doc.t(f"4. A responsabilidade da ré é objetiva ({g.pick(['art. 14 do CDC', 'art. 14 da Lei 8.078/1990'])}). Pede-se: (a) {money(g, 1500, 6000)} de danos materiais; "
          f"(b) {money(g, 3000, 10000)} de danos morais; (c) inversão do ônus da prova.\n")
    if g.chance(0.5):
        adv = g.person()
        lawyer_sign(g, doc, adv, uf, city)
    else:
        doc.f("\n«c», «d».\n\n«n»\n", c=city, d=g.docdate(), n=P(g.pick([a.full, a.caps])))
    return doc


def ju_visa(g: Gen) -> Doc:
    """The health surveillance's infraction notice (auto de infração / termo de apreensão), often in capitals: a clandestine applicator
    (a person: CPF, RG, address, CEP, phone) with products seized (lots and registrations unlabelled) and a vehicle's plate, or a
    restaurant (CNPJ; its address is a firm's, unlabelled) without the pest-control certificate, its manager with CPF; the laws; two
    inspectors by name (registrations unlabelled); the receipt signed by the person."""
    doc = Doc()
    city, uf = g.city()
    caps = g.chance(0.5)
    u = caps_t if caps else (lambda s: s)
    f1, f2, who = g.person(), g.person(), g.person(g.chance(0.2))
    clandestine = g.chance(0.55)
    doc.t(u(f"PREFEITURA MUNICIPAL DE {fold(city).upper()}\nSECRETARIA MUNICIPAL DE SAÚDE — VIGILÂNCIA SANITÁRIA\n"))
    doc.t(u(f"AUTO DE INFRAÇÃO SANITÁRIA Nº {clean(g, lambda: g.d(5))}/{g.ri(2025, 2026)}") + (u(" E TERMO DE APREENSÃO") if clandestine else "") + "\n\n")
    if clandestine:
        doc.t(u("AUTUADO: "))
        qualify(g, doc, who, caps=caps, rg=True, phone=True, job=("dedetizador autônomo", "dedetizadora autônoma"), titulo=g.chance(0.25))
        vk, vp = van(g)
        doc.f(u("\n\nDESCRIÇÃO: em fiscalização motivada por denúncia (protocolo «p»), constatou-se que o autuado presta serviço de controle de pragas sem licença "
                "sanitária e sem responsável técnico habilitado, transportando produtos de uso profissional no veículo ") + "«v» " + u("placa") + " «pl», "
              + u("sem compartimento isolado da cabine.") + "\n", p=proto(g), v=u(vk), pl=(vp, "LICENSE_PLATE"))
        doc.t(u("PRODUTOS APREENDIDOS:") + "\n")
        for pr in g.sample(PRODUCTS[:9], g.ri(2, 3)):
            doc.t(u(f"- {pr[0]} ({pr[1]} {pr[3]}), {g.ri(1, 12)} unidades, lote {lote(g)}, registro {anvisa_reg(g)}") + "\n")
        doc.t(u(f"INFRAÇÃO: art. 10, IV, da Lei 6.437/1977; RDC Anvisa 622/2022, arts. 5º e 14.\n"))
    else:
        cli = g.pick(CLIENTS[:9])
        doc.f(u("AUTUADO: «c», CNPJ ") + "«n»" + u(", estabelecimento situado na «a», {b}. RESPONSÁVEL PRESENTE: ").replace("{b}", g.pick(BAIRROS)) + "«r»" + u(", CPF ") + "«rc»" + u(", gerente.") + "\n",
              c=u(cli), n=(g.any_cnpj(), "BR_CNPJ"), a=u(g.pick(["Rua São Bento, 210", "Av. Getúlio Vargas, 1.544, loja 2", "Praça da Matriz, 12", "Rua Treze de Maio, 77"])),
              r=P(who.capsf if caps else who.full), rc=(g.cpf(), "BR_CPF"))
        doc.f(u("DESCRIÇÃO: presença de baratas vivas na área de manipulação e de fezes de roedores no estoque; o estabelecimento não apresentou comprovante de "
                "execução de controle de pragas dos últimos seis meses, exigido pela RDC 216/2004, item 4.3. A última dedetização (certificado ") + "«c»" +
              u(") foi feita por «f», CNPJ ") + "«n»" + u(", sem licença sanitária.") + "\n", c=cert_no(g), f=u(g.pick(FIRMS)[2]), n=(g.any_cnpj(), "BR_CNPJ"))
        doc.t(u("INFRAÇÃO: art. 10, XXIX, da Lei 6.437/1977. PENALIDADE PROPOSTA: advertência e multa; interdição parcial da cozinha até nova vistoria.\n"))
        if g.chance(0.5):
            doc.f(u("CONTATO INFORMADO PELO AUTUADO: ") + "«t»" + "\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(u(f"PRAZO PARA DEFESA: 15 (quinze) dias. Local e data: {city}, {g.docdate('br')}.\n\n"))
    for p in (f1, f2):
        doc.f(u("Autoridade sanitária: ") + "«n»" + u(" — matrícula ") + f"{clean(g, lambda: g.d(6))}\n", n=P(p.capsf if caps else g.pick([p.full, p.caps])))
    doc.f(u("\nCiente e recebi a 2ª via: ") + "«n»" + "«rg»\n", n=P(who.capsf if caps else who.full),
          rg=[V(u(", RG ")), (g.rg(), "BR_RG")] if g.chance(0.5) else "")
    return doc


def ju_contrato(g: Gen) -> Doc:
    """A contract for integrated pest management (MIP): the client firm (CNPJ; seat unlabelled) represented by a manager qualified (CPF,
    RG, e-mail), the pest-control firm (CNPJ, licence unlabelled) by its partner (CPF), the technical manager with council, the monthly
    visits, the price, payment by boleto or to the firm's agency and account, the LGPD clause, two witnesses with CPF (and RG sometimes)
    and an e-signature log (names, e-mails, public IPs)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli = g.pick(CLIENTS + CONDOS)
    rep, soc = g.person(), g.person()
    rtp, rtt, rtid = rt_of(g, uf)
    caps = g.chance(0.25)
    doc.t(("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE MANEJO INTEGRADO DE PRAGAS" if not caps else "CONTRATO DE PRESTACAO DE SERVICOS DE MANEJO INTEGRADO DE PRAGAS (MIP)") +
          f" Nº {clean(g, lambda: g.d(4))}/{g.ri(2025, 2026)}\n\n")
    slug = re.sub(r"[^a-z]", "", fold(" ".join(cli.split()[1:3])).lower())
    rmail = g.email(rep, g.pick(["gmail.com", "outlook.com", slug + ".com.br", slug + ".com.br"]))
    doc.f("CONTRATANTE: «c», CNPJ «cn», com sede na «a», neste ato representad«x» por «r», CPF «rc», RG «rg», e-mail «re».\n",
          c=cli, cn=(g.any_cnpj(), "BR_CNPJ"), a=g.pick(["Rua São Bento, 210", "Av. Getúlio Vargas, 1.544", "Rua Treze de Maio, 77, térreo", "Av. Beira Rio, 900"]),
          x="o" if not cli.startswith(("Padaria", "Cantina", "Lanchonete", "Pizzaria", "Pousada", "Churrascaria", "Clínica", "Creche")) else "a",
          r=P(rep.full), rc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), re=(rmail, "EMAIL_ADDRESS"))
    doc.f("CONTRATADA: «f», CNPJ «cn», «li», representada por " + ("sua sócia" if soc.female else "seu sócio") + " «s», CPF «sc».\n\n", f=fname, cn=(g.any_cnpj(), "BR_CNPJ"), li=licenca(g),
          s=P(soc.full), sc=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 1ª — Objeto: visitas «v» de inspeção, monitoramento e controle de baratas, formigas e roedores (porta-iscas numerados e mapeados), "
          "e limpeza semestral dos reservatórios de água, conforme a RDC Anvisa 622/2022 e a Portaria GM/MS 888/2021.\n", v=g.pick(["mensais", "quinzenais"]))
    doc.f("CLÁUSULA 2ª — Responsável técnico: «r», «t», «i», que assina os certificados e o relatório de não conformidades.\n", r=P(rtp.full), t=rtt,
          i=(rtid, "PROFESSIONAL_ID"))
    pay = g.chance(0.6)
    doc.f("CLÁUSULA 3ª — Preço: «m» mensais, «p».\n", m=money(g, 280, 2400),
          p=[V("por depósito no " + bank(g) + ", agência "), (g.agency(), "BANK_ACCOUNT"), V(", conta corrente "), (g.account(), "BANK_ACCOUNT"), V(", de titularidade da CONTRATADA")]
          if pay else "por boleto com vencimento no dia 10")
    doc.t("CLÁUSULA 4ª — Dados pessoais: as partes tratarão os dados de empregados e prepostos apenas para a execução deste contrato (Lei 13.709/2018).\n"
          "CLÁUSULA 5ª — Vigência de 12 meses, renovável; rescisão com aviso de 30 dias.\n")
    dsig = datetime.date(2026, g.ri(1, 6), g.ri(1, 28))
    doc.f("\n«c», «d».\n", c=city, d=dbr(dsig, "long"))
    witnesses(g, doc, 2, caps)
    smail = corp_mail(soc, dom, g)
    esign_log(g, doc, [(rep, rmail), (soc, smail)] + ([(rtp, corp_mail(rtp, dom))] if g.chance(0.4) else []), g.moment(dsig))
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report in capitals: the 'fake pest-control agent' scam (two men claiming to be from the city's dengue control or from a
    pest-control firm entered an elderly person's home and stole jewellery and money): the victim qualified (birth date, RG, CPF,
    address, CEP, phone), the relative who called (CPF sometimes, phone), a neighbour with phone, the car's plate, the name one of them used, the delegate and
    the clerk; BO number unlabelled; sometimes a firm's note that the men are not its employees."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    vic, rel, nb, dl, es = g.person(), g.person(), g.person(), g.person(), g.person()
    vk, vp = van(g)
    fake = g.person(False)
    doc.t(f"SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL DO ESTADO DE {fold(UF_NAME.get(uf, uf)).upper()}\n".upper())
    doc.t(f"{g.ri(1, 99)}º DISTRITO POLICIAL DE {fold(city).upper()}\nBOLETIM DE OCORRÊNCIA Nº {clean(g, lambda: g.up(2) + g.d(4))}/{g.ri(2025, 2026)}\n")
    doc.t(f"NATUREZA: ESTELIONATO / FURTO QUALIFICADO MEDIANTE FRAUDE (ARTS. 171 E 155, § 4º, II, DO CP)\nDATA DO FATO: {g.date('br')} — APROX. {g.hm()}\n\n")
    doc.t("VITIMA: ")
    doc.e(vic.capsf, "PERSON")
    doc.t(f", {fold(g.pick(NATIONALITY[vic.female])).upper()}, {fold(g.pick(CIVIL[vic.female])).upper()}, APOSENTAD{vic.o.upper()}, NASCID{vic.o.upper()} EM ")
    doc.e(g.dob("br", 1935, 1958), "DATE_OF_BIRTH")
    doc.t(", RG ")
    doc.e(g.rg(), "BR_RG")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", RESIDENTE NA ")
    doc.e(g.address("caps"), "ADDRESS")
    doc.t(f", {fold(g.pick(BAIRROS)).upper()}, CEP ")
    doc.e(g.cep(), "BR_CEP")
    doc.t(", TEL. ")
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n")
    doc.f("COMUNICANTE: «n» («r»), «c»TEL. «t».\n\n", n=P(rel.capsf), r=g.pick(["FILHA", "NETA", "SOBRINHA"] if rel.female else ["FILHO", "NETO", "SOBRINHO"]),
          c=[V("CPF "), (g.cpf(), "BR_CPF"), V(", ")] if g.chance(0.6) else "", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f("HISTORICO: SEGUNDO A VITIMA, DOIS HOMENS DE COLETE E PRANCHETA SE APRESENTARAM COMO «x» E DISSERAM QUE IRIAM FAZER \"DEDETIZACAO GRATUITA CONTRA "
          "ESCORPIAO\". UM DELES DISSE CHAMAR-SE «f». ENQUANTO UM \"APLICAVA\" UM LIQUIDO SEM CHEIRO NOS RALOS, O OUTRO ENTROU NO QUARTO. APOS A SAIDA "
          "DELES A VITIMA DEU FALTA DE «o» E DE «m» EM ESPECIE. A VIZINHA «v» (TEL. «vt») VIU OS DOIS SAIREM EM UM VEICULO «vk» DE PLACA «p». "
          "«nota»\n", x=g.pick(["AGENTES DA DENGUE DA PREFEITURA", f"FUNCIONARIOS DA {fold(short).upper()}", "AGENTES DO CENTRO DE ZOONOSES"]),
          f=P(g.pick([fake.first.upper(), fold(fake.short).upper(), g.pick(FREE_NICK).upper()])), o=g.pick(["UM CORDAO DE OURO", "JOIAS DE FAMILIA", "UM CELULAR", "UM RELOGIO"]),
          m=money(g, 300, 4000).upper(), v=P(nb.capsf), vt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), vk=fold(vk).upper(), p=(vp, "LICENSE_PLATE"),
          nota=g.pick(["A VITIMA FOI ORIENTADA A NAO RECEBER PESSOAS SEM AGENDAMENTO.", "O CENTRO DE ZOONOSES INFORMOU QUE NAO HAVIA ACAO NO BAIRRO NA DATA.",
                       f"A EMPRESA {fold(fname).upper()} INFORMOU POR TELEFONE QUE OS HOMENS NAO SAO SEUS EMPREGADOS.", "SERIA PRUDENTE, SEGUNDO A FAMILIA, INSTALAR CAMERA NA ENTRADA."]))
    doc.f("\nAUTORIDADE: «d» — DELEGAD«o» DE POLICIA\nESCRIVAO(A): «e»\n", d=P(dl.capsf), o=dl.o.upper(), e=P(es.capsf))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """An LGPD request from a customer of the booking app or the firm (a technician kept writing to her or him on WhatsApp after the
    service), and the DPO's reply: the inventory of the data held (name, CPF, birth date, e-mail, phone, address, CEP, masked card
    unlabelled), the access log (users by login, public IPs; private IPs unlabelled), the technician by name, the measures; the DPO's
    corporate e-mail; role mailboxes unlabelled."""
    doc = Doc()
    city, uf = g.city()
    if g.chance(0.5):
        owner, odom = g.pick(APPS)
        odom = odom if "." in odom else odom + ".com.br"
    else:
        _, odom, owner = firm(g)
    tit, dpo, tec = g.person(), g.person(), g.person(g.chance(0.1))
    tmail = g.email(tit)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(days=g.ri(3, 14))
    doc.f("De: Encarregado de Dados — «o» <«m»>\nPara: «n» <«e»>\nData: " + mail_date(t1) + "\nAssunto: Resposta à sua solicitação LGPD «p»\n\n",
          o=owner, m=role_mail(g, odom, g.pick(["dpo", "privacidade", "lgpd"])), n=P(tit.full), e=(tmail, "EMAIL_ADDRESS"), p=proto(g))
    doc.f("Prezad«o» «n»,\n\nEm atenção ao pedido de «d» (arts. 18 e 19 da Lei 13.709/2018), seguem os dados pessoais que mantemos sobre você:\n\n",
          o=tit.o, n=P(g.pick([tit.first, tit.full])), d=dbr(t0))
    fields = [("Nome", P(tit.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Data de nascimento", (g.dob("br", 1950, 2004), "DATE_OF_BIRTH")),
              ("E-mail", (tmail, "EMAIL_ADDRESS")), ("Telefone", (g.phone(g.pick(["par", "plus", "e164"])), "PHONE_NUMBER")),
              ("Endereço do serviço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Cartão salvo", V(g.masked_card()))]
    if g.chance(0.35):
        fields.pop(2)
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nRegistro de acessos ao seu cadastro (últimos 90 dias):\n")
    rows = []
    staff = [g.person() for _ in range(2)]
    for _ in range(g.ri(3, 5)):
        t = t1 - datetime.timedelta(days=g.ri(1, 88), minutes=g.ri(0, 1400))
        who = g.pick(staff + [tec])
        rows.append([V(ts(t, "sql")), V(login(who, g) if g.chance(0.8) else "app-cliente"), (g.ip(), "IP_ADDRESS") if g.chance(0.7) else V(g.ip_priv()),
                     V(g.pick(["visualizou", "editou telefone", "exportou OS", "visualizou endereço", "login"]))])
    table_ruled(doc, ["data/hora", "usuário", "IP", "ação"], rows, g.pick(["plus", "psql", "plain", "md"]))
    doc.f("\nQuanto ao relato de mensagens pessoais enviadas pel" + tec.o + " técnic" + tec.o + " «t» ao seu WhatsApp «w» após o serviço, o profissional foi afastado e o acesso dele aos "
          "dados de clientes foi revogado. Os dados de contato serão eliminados em 15 dias, exceto os necessários à nota fiscal (obrigação legal).\n\n"
          "Atenciosamente,\n«d»\nEncarregad«o» pelo Tratamento de Dados Pessoais — «c»\n", t=P(g.pick([tec.full, tec.short, tec.first])),
          w=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), d=P(dpo.full), o=dpo.o, c=(corp_mail(dpo, odom, g), "EMAIL_ADDRESS"))
    doc.f("\n----- Mensagem original -----\nDe: «n» <«e»>\nEnviada em: «d»\n«x»\n", n=P(tit.full), e=(tmail, "EMAIL_ADDRESS"), d=dbr(t0),
          x=g.pick(["Quero saber que dados vocês têm de mim e que apaguem meu telefone. O técnico que fez a dedetização ficou me mandando mensagem de madrugada.",
                    "Solicito acesso e eliminação dos meus dados. Recebi mensagens do funcionário de vocês no meu celular particular depois do serviço."]))
    return doc


def ju_ata(g: Gen) -> Doc:
    """The minutes of a condominium's extraordinary assembly about a termite infestation: chair and secretary, the attendance list
    (flat, owner, the owner's CPF and an e-mail for the minutes in some copies, a proxy with CPF sometimes, a shop held by a firm), the
    engineer's report with CREA (ART number unlabelled), three quotes with CNPJ, a resident's statement, the vote, the apportionment, the
    síndico's e-mail; chair and secretary sign."""
    doc = Doc()
    city, uf = g.city()
    condo = g.pick(CONDOS)
    sin, sec, eng = g.person(), g.person(), g.person()
    d = g.day()
    caps = g.chance(0.2)
    doc.t(f"ATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DO {condo.upper()}\n\n")
    doc.f("Aos «d», às 19h30, em segunda convocação, no salão de festas, reuniram-se os condôminos abaixo. Presidiu «p»«px», secretariou «s».\n\n",
          d=dbr(d, "long"), p=P(sin.full), px=g.pick([", síndic" + sin.o, ""]), s=P(g.pick([sec.full, sec.short])))
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    units = iter(g.sample([f"{a}{b}" for a in range(1, 15) for b in ("01", "02", "03", "04")], 6))
    for _ in range(g.ri(4, 5)):
        o = g.person()
        if g.chance(0.45):
            pr = g.person()
            rows.append([V(next(units)), P(g.pick([o.full, o.caps])), P(pr.full), (g.cpf(), "BR_CPF")])
        elif g.chance(0.15):
            rows.append([V(f"loja {g.ri(1, 4)}"), V(g.pick(CLIENTS)), V("—"), V("—")])
        else:
            rows.append([V(next(units)), P(g.pick([o.full, o.caps, o.short])), V("—"), V("—")])
    cols = ["unid.", "condômino(a)", "procurador(a)", "CPF procurador"]
    if g.chance(0.4):
        cols.insert(2, "CPF")
        for r in rows:
            r.insert(2, (g.cpf(), "BR_CPF") if r[1][1] else V("—"))
    if g.chance(0.6):
        cols.append("e-mail p/ envio da ata")
        for r in rows:
            p = Person(r[1][0].title().split()[0], r[1][0].title().split()[1:] or ["Silva"], False) if r[1][1] else None
            r.append((g.email(p), "EMAIL_ADDRESS") if p and g.chance(0.75) else V("—"))
    table_ruled(doc, cols, rows, g.pick(["plus", "plain", "md", "pipe"]))
    doc.f("\nORDEM DO DIA: infestação de cupim de solo no bloco «b» e nas garagens.\n", b=g.pick("ABC"))
    doc.f("1. " + ("A engenheira" if eng.female else "O engenheiro") + " «e» («c», ART nº «a») apresentou laudo de vistoria: colônias no subsolo, danos em batentes de «n» apartamentos e no madeiramento do telhado.\n",
          e=P(eng.full), c=(g.council("CREA", uf), "PROFESSIONAL_ID"), a=clean(g, lambda: g.d(13)), n=g.ri(3, 14))
    doc.t("2. Foram apresentados três orçamentos:\n")
    for f in g.sample(FIRMS, 3):
        doc.f("   - «f», CNPJ «c»: «v»\n", f=f[0], c=(g.any_cnpj(), "BR_CNPJ"), v=money(g, 9000, 48000))
    w = g.person(g.chance(0.6))
    doc.f("3. " + ("A condômina" if w.female else "O condômino") + " da unidade «u», «n», relatou que o cupim destruiu o guarda-roupa do quarto do filho e pediu ressarcimento; a assembleia entendeu que "
          "o dano em móvel é particular. «x»\n", u=f"{g.ri(1, 14)}0{g.ri(1, 4)}", n=P(g.pick([w.full, w.short])), x=word_neg(g) if g.chance(0.4) else "")
    doc.f("4. Aprovada por maioria a contratação da segunda proposta, com rateio em «k» parcelas por fração ideal. " + ("A síndica" if sin.female else "O síndico") + " enviará o comunicado por e-mail«m».\n",
          k=g.pick(["três", "quatro", "6"]), m=[V(" ("), (g.email(sin), "EMAIL_ADDRESS"), V(")")] if g.chance(0.6) else "")
    doc.f("\nNada mais havendo, lavrou-se a presente ata.\n\n«a»\nPresidente\n\n«b»\nSecretári«o»\n", a=P(sin.caps if caps else sin.full), b=P(sec.full), o=sec.o)
    return doc


# ------------------------------------------------------------------ saude

# (agent as the caller names it, active ingredient / class, ICD-10 of the poisoning, external cause, signs)
AGENTS = [("chumbinho", "carbamato (aldicarbe, uso ilegal)", "T60.0", "X48", "miose, sialorreia, bradicardia, fasciculações"),
          ("veneno de rato em bloco", "brodifacoum (cumarínico)", "T60.4", "X48", "assintomático; coagulograma a repetir em 48h"),
          ("inseticida spray de barata", "piretroide (cipermetrina + praletrina)", "T60.2", "X48", "tosse, irritação ocular, parestesia perioral"),
          ("gel de barata", "fipronil 0,05%", "T60.2", "X48", "assintomático após ingestão de pequena quantidade"),
          ("produto da dedetização", "propoxur (carbamato)", "T60.0", "X48", "náuseas, sudorese, visão turva, miose"),
          ("água sanitária concentrada", "hipoclorito de sódio 2,5%", "T54.3", "X49", "odinofagia, vômitos"),
          ("formicida em pó", "fipronil", "T60.2", "X48", "vômito único, sem outros sinais")]
HEALTH_UNITS = ["UPA 24h Vila Rosa", "Hospital Municipal Aurora", "Pronto-Socorro Infantil Bento Amado", "Hospital Regional Leão XIII", "Santa Casa de {c}",
         "UBS Jardim Esperança", "Hospital Estadual Prudente de Morais"]


def g_pick_dom(c: str, uf: str) -> str:
    return f"saude.{c}.{uf.lower()}.gov.br"


def unit_of(g: Gen, city: str) -> str:
    return g.pick(HEALTH_UNITS).replace("{c}", city)


def sa_ciatox(g: Gen) -> Doc:
    """A poison-control centre's call record (ficha de atendimento telefônico): the caller (a mother, a grandmother, an applicator's
    colleague, the patient) and her or his phone, the patient (birth date, age, CNS sometimes, address and CEP sometimes), the agent, the
    circumstance, signs, the ICD-10, the conduct that fits it, the follow-up calls table (numbers called, the nurse or physician who called), the staff with CRF, CRM or COREN."""
    doc = Doc()
    city, uf = g.city()
    child = g.chance(0.65)
    ag = g.pick(AGENTS if child else [a for a in AGENTS if a[0] not in ("chumbinho", "gel de barata", "formicida em pó")])
    caller = g.person(True if child else g.chance(0.3))
    pt = kid(g, caller) if child else g.person(g.chance(0.2))
    rel = g.pick(["mãe", "avó", "tia"]) if child else g.pick(["colega de trabalho", "próprio", "cônjuge", "supervisor"])
    if rel == "próprio":
        caller = pt
        rel = "própria" if pt.female else "próprio"
    elif rel == "cônjuge":
        rel = "esposo" if caller.female else "esposa"
    dd, mm, yy = g.dob_parts(2020, 2024) if child else g.dob_parts(1965, 2004)
    st1, st2 = g.person(), g.person()
    k1 = g.pick([("farmacêutic" + st1.o, "CRF"), ("médic" + st1.o + " plantonista", "CRM"), ("enfermeir" + st1.o, "COREN")])
    t0 = g.moment()
    doc.t(f"CIATox {g.pick(['Regional', 'Estadual', 'de ' + city])} — FICHA DE ATENDIMENTO Nº {clean(g, lambda: g.d(6))}/{t0.year}\n")
    doc.t(f"Data/hora: {ts(t0, 'br')} | Modalidade: telefone | Origem: {g.pick(['residência', 'unidade de saúde', 'local de trabalho'])}\n\n")
    doc.f("Solicitante: «n» («r») — tel. «t»\n", n=P(g.pick([caller.full, caller.short])), r=rel,
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    age = t0.year - yy
    doc.f("Paciente: «n» | DN: «d» | idade: «a» | sexo: «s»«c»\n", n=P(g.pick([pt.full, pt.caps])), d=(fmt_date(dd, mm, yy, g.pick(["br", "short"])), "DATE_OF_BIRTH"),
          a=f"{age}a" if age else f"{g.ri(7, 11)}m", s="F" if pt.female else "M", c=[V(" | CNS: "), (g.cns(), "BR_CNS")] if g.chance(0.7) else "")
    if g.chance(0.6):
        doc.f("Endereço: «a», «b» — CEP «e»\n", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), e=(g.cep(), "BR_CEP"))
    doc.f("Município: «c»/«u» | Local: «l»\n", c=city, u=uf, l=unit_of(g, city) if g.chance(0.5) else "residência")
    if child:
        doc.f("Agente: «a» — «i». Circunstância: acidental; criança encontrada com o produto na mão «w», ingestão estimada «q».\n",
              a=ag[0], i=ag[1], w=g.pick(["atrás do fogão", "no quintal", "no armário da pia", "perto do ralo"]), q=g.pick(["< 1 bloco", "1 colher de chá", "desconhecida", "poucos grãos"]))
    else:
        doc.f("Agente: «a» — «i». Circunstância: ocupacional; aplicação em ambiente fechado sem EPI pela empresa «f».\n", a=ag[0], i=ag[1], f=firm(g)[2])
    doc.t(f"Sinais/sintomas: {ag[4]}.\nClassificação: {ag[2]} + {ag[3]}. Gravidade: {g.pick(['leve', 'leve', 'moderada', 'grave'])}.\n")
    conduct = {"T60.0": "atropinização conforme protocolo; dosar colinesterase", "T60.4": "coagulograma (TP/INR) em 48h e vitamina K1 se alterado",
               "T54.3": "não induzir vômito; encaminhar à UPA mais próxima"}.get(ag[2], g.pick(["observação domiciliar 6h; retornar se sintomas",
                                                                                            "lavar a pele com água e sabão; sintomáticos; retornar se piora"]))
    doc.t(f"Conduta orientada: {conduct}.\n\n")
    doc.t("Acompanhamento:\n")
    rows = []
    t = t0
    for _ in range(g.ri(2, 3)):
        t = t + datetime.timedelta(hours=g.ri(3, 30))
        w = g.pick([st1, st2])
        rows.append([V(ts(t, "br")), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("mesmo nº"),
                     P(g.pick([w.first, w.short])) if g.chance(0.6) else V(g.pick(["plantão noturno", "plantão diurno", "enf. plantão"])), V(g.pick(["sem sintomas", "recebeu alta", "internado em observação", "não atendeu", "melhora dos sintomas"] + (["INR 1,1 — normal"] if ag[2] == "T60.4" else [])))])
    table_ruled(doc, ["data/hora", "contato", "profissional", "evolução"], rows, g.pick(["plain", "psql", "md"]))
    doc.f("\nAtendente: «n» — «r» — «i»\n", n=P(st1.full), r=k1[0], i=(g.council(k1[1], uf) if k1[1] != "CRF" else council2(g, "CRF", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Revisado por: «n» — «i»\n", n=P(st2.full), i=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sinan(g: Gen) -> Doc:
    """The SINAN investigation form for an exogenous poisoning of an applicator (numbered boxes; an OCR'd scan sometimes, labels and
    names damaged, identifiers clean): patient, birth date, CNS, mother, address in one field, CEP, phone, occupation, the employer's
    name and CNPJ, agent and ICD-10, the notifier with COREN or CRM; the health unit's CNES unlabelled."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    pt = g.person(g.chance(0.15))
    mom = g.person(True)
    nt = g.person(g.chance(0.7))
    ag = g.pick([a for a in AGENTS if a[0] != "chumbinho"])
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.2, names=True)) if scan else (lambda s: s)
    doc.t(o("República Federativa do Brasil — Ministério da Saúde") + "\n" + o("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO") + "\n")
    doc.t(o("FICHA DE INVESTIGAÇÃO — INTOXICAÇÃO EXÓGENA") + f"   Nº {clean(g, lambda: g.d(7))}\n\n")
    fields = [("2 Agravo/doença", V("INTOXICAÇÃO EXÓGENA — CID10 T65.9")), ("3 Data da notificação", V(g.docdate("br"))),
              ("4 UF / 5 Município", V(f"{uf} / {fold(city).upper()}")), ("6 Unidade de saúde (CNES)", V(f"{fold(unit_of(g, city)).upper()} ({clean(g, lambda: g.d(7))})")),
              ("8 Nome do paciente", P(on(g.pick([pt.capsf, pt.full])))), ("9 Data de nascimento", (g.dob("br", 1970, 2004), "DATE_OF_BIRTH")),
              ("11 Sexo", V("F — Feminino" if pt.female else "M — Masculino")), ("15 Número do cartão SUS", (g.cns(), "BR_CNS")),
              ("16 Nome da mãe", P(on(mom.capsf))), ("21 Endereço (logradouro, nº, complemento)", (on(g.address("caps")), "ADDRESS")),
              ("20 Bairro", V(fold(g.pick(BAIRROS)).upper())), ("25 CEP", (g.cep(), "BR_CEP")), ("26 Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("31 Ocupação", V("APLICADOR DE PRODUTOS SANEANTES (CBO 5199-20)")),
              ("56 Local de exposição", V("1 — Residência de terceiros (ambiente de trabalho)")),
              ("58 Nome da empresa / CNPJ", [V(fold(fname).upper() + " / "), (g.any_cnpj(), "BR_CNPJ")]),
              ("60 Agente tóxico", V(f"{ag[1].upper()} — grupo: domissanitário/raticida")), ("66 Circunstância", V("11 — Ocupacional")),
              ("67 Exposição a trabalho", V("1 — Sim")), ("68 Emitida CAT", V(g.pick(["2 — Não", "9 — Ignorado", "1 — Sim"]))),
              ("73 Diagnóstico final (CID10)", V(ag[2])), ("75 Evolução", V(g.pick(["1 — Cura sem sequela", "1 — Cura sem sequela", "3 — Em investigação"])))]
    w1 = max(len(k) for k, _ in fields)
    caps_lbl = g.chance(0.4)
    for k, v in fields:
        lbl = o(fold(k).upper() if caps_lbl else k)
        doc.t(f"| {lbl.ljust(w1)} | ")
        if isinstance(v, list):
            for part in v:
                doc.e(part[0], part[1])
        else:
            doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\n" + o("Informações complementares") + ": «x»\n", x=o(g.pick(["paciente relata aplicação em cozinha de restaurante sem máscara; colinesterase eritrocitária 52% do basal.",
                                                                            "segunda intoxicação no ano; empresa não fornece luvas nitrílicas.",
                                                                            "atendido na UPA, liberado após 6h de observação; orientado a procurar o CEREST."])))
    ki = g.pick(["COREN", "CRM"])
    doc.f(o("Investigador") + ": «n» — «f» — «i»\n", n=P(on(nt.full)), f=o("enfermeir" + nt.o if ki == "COREN" else "médic" + nt.o), i=(g.council(ki, uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """The occupational-health clinic's cholinesterase monitoring of a firm's applicators (PCMSO; CSV, TSV, Markdown or psql): name,
    CPF, birth date, PIS sometimes, job, collection date (not a birth date), baseline and current activity, fitness; the PCMSO
    coordinator and the examiner with CRM; an e-mail note to HR about a worker removed (ICD-10 Z57.5) with the HR person's e-mail."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    coord, exm, hr = g.person(), g.person(), g.person(True if g.chance(0.7) else False)
    dcol = datetime.date(2026, g.ri(1, 5), g.ri(1, 28))
    clinic = g.pick(["Clínica Prudente Saúde Ocupacional", "MedTrab Aurora", "Ocupacional Bento Amado", "Clínica do Trabalho Flor de Lis", "SESMT Leão Branco Serviços"])
    doc.f("«c» — PCMSO «f» (CNPJ «cn»)\nMonitoramento biológico — colinesterase eritrocitária — coleta de «d»\n\n", c=clinic, f=short, cn=(g.any_cnpj(), "BR_CNPJ"),
          d=dbr(dcol))
    rows = []
    removed = None
    pis_col = g.chance(0.5)
    n = g.ri(4, 6)
    low = g.ri(0, n - 1)
    for i in range(n):
        p = g.person(g.chance(0.15))
        base = g.ri(95, 130)
        cur = int(base * (g.pick([0.55, 0.5, 0.45]) if i == low else g.pick([0.95, 0.9, 0.85, 0.8, 0.65])))
        pct = round(100 * cur / base)
        fit = "apto" if pct >= 70 else ("afastar da exposição" if pct < 60 else "apto com reavaliação em 30 dias")
        if pct < 60:
            removed = p
        row = [P(g.pick([p.full, p.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob("br", 1968, 2004), "DATE_OF_BIRTH"),
               V(g.pick(["aplicador" + ("a" if p.female else ""), "auxiliar de aplicação", "técnic" + p.o + " de campo"])), V(f"{base} U/g Hb"), V(f"{cur} U/g Hb"), V(f"{pct}%"), V(fit)]
        if pis_col:
            row.insert(3, (g.pis(), "BR_PIS"))
        rows.append(row)
    cols = ["nome", "CPF", "nascimento"] + (["PIS"] if pis_col else []) + ["função", "basal", "atual", "% basal", "conclusão"]
    style = g.pick(["csv", "tsv", "md", "psql"])
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nCoordenador do PCMSO: «c» — «ci»\nExaminador: «e» — «ei»\n", c=P(coord.full), ci=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(exm.full),
          ei=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\n---\nPara: «h»\nAssunto: afastamento — «n»\n«hn», «r» deve ser afastad«o» de qualquer aplicação por 30 dias (CID Z57.5 — exposição ocupacional a agentes "
          "tóxicos) e remanejad«o» para o estoque sem contato com produto. Nova coleta em «d». «x»\n",
          h=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"), n=P(removed.caps), hn=P(hr.first), r=P(removed.short), o=removed.o, d=dbr(dcol + datetime.timedelta(days=30)),
          x=g.pick(["Reforçar o uso de máscara PFF2 com filtro químico.", "Seria prudente revisar a troca de filtros das máscaras.", ""]))
    return doc


def sa_ace(g: Gen) -> Doc:
    """An endemic-disease agent's (ACE) field bulletin for a block of houses in the dengue programme (a table: order, address, resident,
    phone, visit status — treated, closed, refused, recovered —, larval foci, larvicide): the agent and the supervisor (registrations
    unlabelled), a neighbour's note about a closed house, and a signed refusal term (the resident of the refusing house: name, CPF or RG,
    or a mistyped CPF flagged by the agent and unlabelled; the same address)."""
    doc = Doc()
    city, uf = g.city()
    ace, sup = g.person(), g.person()
    bairro = g.pick(BAIRROS)
    doc.t(f"PREFEITURA DE {fold(city).upper()} — VIGILÂNCIA EM SAÚDE — PROGRAMA MUNICIPAL DE CONTROLE DA DENGUE\n")
    dv = g.day()
    doc.f("BOLETIM DE CAMPO — Localidade: «b» — Quarteirão «q» — Ciclo «c»/«y» — Data: «d»\nAgente: «a» (mat. «m») — Supervisor(a): «s»\n\n",
          b=bairro, q=g.ri(1, 240), c=g.ri(1, 6), y=dv.year, d=dbr(dv), a=P(g.pick([ace.full, ace.caps])), m=clean(g, lambda: g.d(5)),
          s=P(g.pick([sup.full, sup.short])))
    rows = []
    refuser = None
    for i in range(g.ri(5, 7)):
        st = g.pick(["T", "T", "T", "F", "R", "Rc", "T"])
        p = g.person()
        ad = tp(g, g.address(g.pick(["text", "caps"])), 0.12)
        if st == "R":
            refuser = (p, ad)
        foci = g.pick(["0", "0", "0", "1 (A2 — caixa d'água destampada)", "2 (B — vaso de planta)", "1 (D2 — pneu)"]) if st in ("T", "Rc") else "—"
        rows.append([V(f"{i + 1:02d}"), (ad, "ADDRESS"), P(g.pick([p.full, p.short, p.caps])) if st != "F" and g.chance(0.65) else V("—"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if st != "F" and g.chance(0.7) else V("—"), V(st), V(foci),
                     V(f"{g.ri(5, 40)} g" if foci not in ("0", "—") else "—")])
    table_ruled(doc, ["ord", "endereço", "morador(a)", "telefone", "sit.", "focos", "larvicida"], rows, g.pick(["plus", "plain", "pipe", "md"]))
    doc.t("Legenda: T tratado, F fechado, R recusa, Rc recuperado.\n")
    nb = g.person(True)
    doc.f("\nObs.: imóvel fechado — a vizinha «n» informou que o morador «m» está viajando e deixou a chave com ela; retorno agendado. «x»\n",
          n=P(g.pick([nb.first, nb.full])), m=P(g.person(False).first), x=g.pick(["Cão solto no nº 14, não foi possível entrar.", "A Barão de Mauá estava alagada no fim da tarde.", ""]))
    if refuser is None:
        refuser = (g.person(), g.address())
        doc.t(f"\n(Recusa registrada no quarteirão {g.ri(1, 240)} em {dbr(dv - datetime.timedelta(days=g.ri(1, 20)))}, anexada a este boletim.)\n")
    refuser, rad = refuser
    doc.t("\nTERMO DE RECUSA DE VISITA\n")
    doc.f("Eu, «n», «c», residente na «a», declaro que recusei a visita do agente de combate às endemias nesta data, ciente de que o imóvel poderá ser vistoriado "
          "com autorização judicial (Lei 13.301/2016).\n\n«s»\n(assinatura)\n", n=P(refuser.full),
          c=g.pick([[V("CPF "), (g.cpf(), "BR_CPF")], [V("CPF "), (g.cpf(), "BR_CPF")], [V("RG "), (g.rg(), "BR_RG")], [V("CPF "), V(g.neg_cpf()), V(" (conferir: dígito não bate)")]]),
          a=(rad, "ADDRESS"), s=P(refuser.caps))
    return doc


def sa_ps(g: Gen) -> Doc:
    """An ER record in clinical shorthand: a toddler who ate rat poison or an applicator poisoned at work; patient, birth date, CNS,
    CPF sometimes for an adult, mother, address, CEP, phone, companion with a second phone sometimes; HDA, physical exam, ICD-10 codes (T60.x with X48), conduct (atropine, activated charcoal,
    vitamin K1), the poison centre called (toll-free, unlabelled), the physician with CRM and the nurse with COREN."""
    doc = Doc()
    city, uf = g.city()
    ag = g.pick(AGENTS)
    child = g.chance(0.55)
    mom = g.person(True)
    pt = kid(g, mom) if child else g.person(g.chance(0.15))
    md, nu = g.person(), g.person(g.chance(0.7))
    t0 = g.moment()
    doc.t(f"{unit_of(g, city).upper()} — PRONTO-SOCORRO — BOLETIM DE ATENDIMENTO {clean(g, lambda: g.d(8))}\n")
    doc.f("Pcte: «n» | DN: «d» | CNS: «c»«cpf»\n", n=P(g.pick([pt.caps, pt.full])), d=(g.dob("br", 2021, 2024) if child else g.dob("br", 1970, 2004), "DATE_OF_BIRTH"),
          c=(g.cns(), "BR_CNS") if g.chance(0.8) else V("não portava"), cpf=[V(" | CPF: "), (g.cpf(), "BR_CPF")] if not child and g.chance(0.6) else "")
    doc.f("Mãe: «m» | End.: «a», «b» — CEP «e» | Tel.: «t»\n", m=P(mom.caps), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), e=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if child:
        acomp = g.pick([mom, g.person(True)])
        doc.f("Acomp.: «a» («r»)«t»\n\n", a=P(g.pick([acomp.full, acomp.short])), r="mãe" if acomp is mom else g.pick(["avó", "tia", "vizinha"]),
              t=[V(" — tel. recado "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.5) else "")
        doc.t(f"HDA: mãe refere que pcte foi encontrad{pt.o} há ~{g.ri(1, 3)}h com {ag[0]} na boca; produto aplicado por dedetizadora há {g.ri(2, 10)} dias "
              f"({g.pick(['iscas soltas atrás da geladeira', 'bloco no quintal', 'gel no rodapé'])}). Nega vômitos. Vacinação em dia.\n")
    else:
        doc.t(f"\nHDA: aplicador de dedetizadora, refere aplicação de {ag[1]} em cozinha fechada por ~{g.ri(2, 5)}h sem máscara. Início de {ag[4]} há {g.ri(1, 4)}h.\n")
    doc.t(f"EF: BEG, corad{pt.o}, hidratad{pt.o}, {g.pick(['pupilas mióticas', 'pupilas isocóricas fotorreagentes', 'sialorreia discreta'])}; FC {g.ri(55, 150)} bpm, "
          f"SatO2 {g.ri(92, 99)}% AA, {g.pick(['ACV: RCR 2T BNF s/ sopros', 'AR: MV+ s/ RA', 'AR: sibilos esparsos'])}.\n")
    doc.t(f"HD: {ag[2]} + {ag[3]} — intoxicação {'acidental' if child else 'ocupacional'} por {ag[1]}.\n")
    doc.t(f"CD: {g.pick(['carvão ativado 1 g/kg', 'atropina 0,02 mg/kg até atropinização', 'observação 6h + coagulograma', 'vitamina K1 EV', 'lavagem ocular + sintomáticos'])}; "
          f"contato com o CIATox ({g.pick(['0800 722 6001', '0800 771 3733'])}) — caso {clean(g, lambda: g.d(6))}; notificação SINAN.\n\n")
    doc.f("«m» — «mi»\n«n» — «ni»\n", m=P(g.pick([md.full, md.short])), mi=(g.council("CRM", uf), "PROFESSIONAL_ID"), n=P(g.pick([nu.full, nu.short])),
          ni=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_escorpiao(g: Gen) -> Doc:
    """A request to the city's zoonoses centre after a scorpion sting (the form: applicant with CPF, phone, e-mail, address, CEP; the
    victim with birth date and CNS sometimes, treated at a health unit, ICD-10 T63.2 + X22), then the inspection report (the zoonoses agent and the biologist
    with CRBio; findings; a neighbour who refused; guidance); role mailboxes unlabelled."""
    doc = Doc()
    city, uf = g.city()
    req = g.person(g.chance(0.7))
    vic = kid(g, req) if g.chance(0.6) else req
    ag, bio, nb = g.person(), g.person(), g.person()
    d0 = g.day()
    doc.t(f"CENTRO DE CONTROLE DE ZOONOSES DE {fold(city).upper()} — SOLICITAÇÃO DE VISTORIA — ESCORPIÕES\nProtocolo {proto(g)} — canal: {g.pick(['156', 'portal', 'e-mail zoonoses@', 'presencial'])}\n\n")
    fields = [("Requerente", P(req.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(req), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.3):
        fields.pop(3)
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    same = vic is req
    doc.f("Houve acidente? Sim — vítima: «v», nascid«o» em «d»«cns», atendid«o» em «a» («u»; CID T63.2 + X22), «e».\n",
          cns=[V(", CNS "), (g.cns(), "BR_CNS")] if g.chance(0.6) else "",
          v=P(g.pick([vic.full, vic.first])) if not same else "o próprio requerente" if not req.female else "a própria requerente", o=vic.o,
          d=(kid_dob(g, "br", 2014, 2023) if not same else g.dob("br", 1950, 2000), "DATE_OF_BIRTH"), u=unit_of(g, city), a=dbr(d0),
          e=g.pick(["recebeu soro antiescorpiônico", "dor local, liberado após observação", "internado 24h para observação"]))
    doc.t(f"Relato: {g.pick(['terceiro escorpião amarelo no banheiro esta semana', 'aparecem à noite saindo do ralo', 'terreno baldio ao lado com entulho'])}.\n\n")
    d1 = d0 + datetime.timedelta(days=g.ri(2, 12))
    doc.t(f"RELATÓRIO DE VISTORIA — {dbr(d1)}\n")
    doc.f("Equipe: «a» (agente de controle de zoonoses) e «b» («bt», «bi»).\n", a=P(g.pick([ag.full, ag.short])), b=P(bio.full), bt="bióloga" if bio.female else "biólogo",
          bi=(council2(g, "CRBio", uf), "PROFESSIONAL_ID"))
    doc.f("Achados: «x» exemplares de Tityus serrulatus capturados em caixas de passagem e entulho no quintal; baratas (alimento dos escorpiões) na rede de esgoto. "
          "«vz» «n» «r». Não se recomenda aplicação de inseticida (ineficaz e pode desalojar os escorpiões); orientados manejo ambiental, telas nos ralos e "
          "vedação de frestas. «y»\n", x=g.ri(2, 9), vz="A vizinha" if nb.female else "O vizinho", n=P(g.pick([nb.full, nb.short])),
          r=g.pick(["recusou a vistoria do terreno", "autorizou a vistoria e retirou o entulho", "não estava; deixado aviso"]),
          y=g.pick(["Caso grave notificado ao SINAN.", "Seria prudente vistoriar também a creche da rua de trás.", ""]))
    return doc


def sa_lepto(g: Gen) -> Doc:
    """An e-mail thread between the city's epidemiological surveillance and the pest-control firm hired for rodent control after a
    leptospirosis case (A27.9): the nurse's request (the patient with birth date, CNS, address, CEP, occupation; a contacts table with
    names, kinship, birth dates that fit the kinship, phones; the patient's phone sometimes) and the firm's reply (the technicians, the van's plate, dates, the technical manager with
    council); corporate e-mails of people are labelled, role mailboxes not."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    nu, com = g.person(g.chance(0.7)), g.person()
    rtp, rtt, rtid = rt_of(g, uf, g.pick(["CRBio", "CRQ", "CRMV"]))
    pt = g.person(g.chance(0.3))
    ptdob = g.dob("br", 1960, 2000)
    gd = g_pick_dom(re.sub(r"[^a-z]", "", fold(city).lower()), uf)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(days=g.ri(1, 5))
    vk, vp = van(g)
    techs = [g.person(g.chance(0.1)) for _ in range(2)]
    doc.f("De: «n» <«e»>\nPara: «v»\nData: " + mail_date(t1) + "\nAssunto: RE: Solicitação de desratização — caso de leptospirose — «b»\n\n",
          n=P(com.full), e=(corp_mail(com, dom, g), "EMAIL_ADDRESS"), v=[(corp_mail(nu, gd), "EMAIL_ADDRESS")] if g.chance(0.6) else role_mail(g, gd, "epidemiologia"),
          b=g.pick(BAIRROS))
    doc.f("Prezad«o» «x»,\n\nA desratização do entorno (raio de 100 m) será feita em «d» e «d2» pelos técnicos «a» e «b», veículo «vk» placa «p». Serão instalados porta-iscas "
          "com brodifacoum 0,005% em bocas de lobo e terrenos, com mapa entregue à vigilância. Responsável técnico: «r» («ri»).\n\nAtt.,\n«c»\n«s»\n\n",
          o=nu.o, x=P(nu.first) if g.chance(0.6) else "enfermeir" + nu.o, d=dbr(t1 + datetime.timedelta(days=2)), d2=dbr(t1 + datetime.timedelta(days=3)),
          a=P(techs[0].full), b=P(g.pick([techs[1].short, techs[1].full])), vk=vk, p=(vp, "LICENSE_PLATE"), r=P(rtp.full), ri=(rtid, "PROFESSIONAL_ID"),
          c=P(g.pick([com.full, com.short])), s=short)
    doc.f("Em «d», «n» <«e»> escreveu:\n", d=ts(t0, "br"), n=P(nu.full), e=(corp_mail(nu, gd, g), "EMAIL_ADDRESS"))
    doc.f("> Bom dia. Conforme contrato, solicitamos desratização emergencial no entorno da residência de caso confirmado de leptospirose (CID A27.9):\n"
          "> Paciente: «n», DN «d», CNS «c», «o»«t»\n> Endereço: «a», «b» — CEP «e»\n> Comunicantes em acompanhamento:\n",
          t=[V(", tel. "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.7) else "",
          n=P(pt.caps), d=(ptdob, "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"), o=g.pick(["catador de recicláveis", "ajudante de pedreiro", "do lar", "gari", "estudante"]),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), e=(g.cep(), "BR_CEP"))
    py = int(ptdob[-4:])
    for kin in g.sample(["cônjuge", "filho", "irmão", "vizinho", "colega"], g.ri(2, 3)):
        c = g.relative(pt) if kin in ("filho", "irmão") else g.person()
        word = {"cônjuge": "esposa" if c.female else "esposo", "filho": "filha" if c.female else "filho", "irmão": "irmã" if c.female else "irmão",
                "vizinho": "vizinha" if c.female else "vizinho", "colega": "colega de trabalho"}[kin]
        lo, hi = {"cônjuge": (py - 8, py + 8), "filho": (min(py + 18, 2022), 2023), "irmão": (py - 10, py + 10)}.get(kin, (1950, 2004))
        doc.f("> - «n» («k»), DN «d», «t»\n", n=P(g.pick([c.full, c.caps])), k=word, d=(g.dob("br", lo, min(hi, 2023)), "DATE_OF_BIRTH"),
              t=[V("tel. "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.7) else "sem telefone")
    doc.f("> Houve alagamento na rua em «d» e os moradores relatam muitos ratos no córrego.\n> «n»\n> Enfermeir«o» — Vigilância Epidemiológica — «i»\n",
          d=dbr(t0 - datetime.timedelta(days=g.ri(5, 20))), n=P(nu.full), o=nu.o, i=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


# ------------------------------------------------------------------ financeiro

def xml_el(doc: Doc, ind: int, tag: str, val, attrs: str = "") -> None:
    doc.t(" " * ind + f"<{tag}{attrs}>")
    if isinstance(val, tuple):
        doc.e(val[0], val[1])
    else:
        doc.t(str(val))
    doc.t(f"</{tag}>\n")


def linha_digitavel(g: Gen) -> str:
    """A bank slip's typed line; not labelled."""
    return clean(g, lambda: f"{g.pick(['341', '237', '001', '104', '033'])}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")


def fi_nfse(g: Gen) -> Doc:
    """A municipal service invoice (NFS-e; plain text or an XML export) for a service at a person's home: the
    provider (CNPJ, municipal registration unlabelled, the firm's role mailbox), the customer (name, CPF, address, CEP, e-mail, phone),
    the description (service item 07.13 of LC 116/2003, the technical manager with council), the amounts; the verification code
    unlabelled; and the receipt with the amount in words (the payer's CPF sometimes)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    cli = g.person()
    rtp, rtt, rtid = rt_of(g, uf)
    pe, serv, prod = pest(g)
    v = g.ri(180, 1800) + g.pick([0, 0, 0.5])
    nf = clean(g, lambda: str(g.ri(100, 99999)))
    cv = g.hexs(8, True)
    t = g.moment()
    cnpj = g.any_cnpj()
    cpf = g.cpf(g.pick(["dot", "raw"]))
    mail = g.email(cli)
    addr = g.address()
    cep = g.cep()
    if g.chance(0.35):
        doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<NFSe versao="1.00">\n <infNFSe>\n')
        xml_el(doc, 2, "nNFSe", nf)
        xml_el(doc, 2, "dhProc", ts(t, "iso"))
        xml_el(doc, 2, "cVerif", cv)
        doc.t("  <emit>\n")
        xml_el(doc, 4, "CNPJ", (re.sub(r"[^0-9A-Z]", "", cnpj), "BR_CNPJ"))
        xml_el(doc, 4, "IM", clean(g, lambda: g.d(8)))
        xml_el(doc, 4, "xNome", fname)
        xml_el(doc, 4, "email", role_mail(g, dom, g.pick(["nfse", "financeiro", "faturamento"])))
        doc.t("  </emit>\n  <toma>\n")
        xml_el(doc, 4, "CPF", (re.sub(r"\D", "", cpf), "BR_CPF"))
        xml_el(doc, 4, "xNome", P(fold(cli.full).upper()))
        doc.t("    <end>\n")
        xml_el(doc, 6, "xLgr", (addr, "ADDRESS"))
        xml_el(doc, 6, "xBairro", g.pick(BAIRROS))
        xml_el(doc, 6, "CEP", (cep.replace("-", ""), "BR_CEP"))
        doc.t("    </end>\n")
        xml_el(doc, 4, "fone", (g.phone("raw"), "PHONE_NUMBER"))
        xml_el(doc, 4, "email", (mail, "EMAIL_ADDRESS"))
        doc.t("  </toma>\n  <serv>\n")
        xml_el(doc, 4, "cTribNac", "071301")
        doc.t("    <xDescServ>")
        doc.f("«s» de «p» — «x». Resp. técnico «r» «i». Garantia 90 dias.", s=serv.capitalize(), p=pe, x=prod, r=P(rtp.full), i=(rtid, "PROFESSIONAL_ID"))
        doc.t("</xDescServ>\n  </serv>\n")
        xml_el(doc, 2, "vServ", f"{v:.2f}")
        xml_el(doc, 2, "vISS", f"{v * 0.05:.2f}")
        doc.t(" </infNFSe>\n</NFSe>\n\n")
    else:
        doc.t(f"PREFEITURA MUNICIPAL DE {fold(city).upper()}\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero: {nf}   Emissão: {ts(t, 'brs')}   Código de verificação: {cv}\n\n")
        doc.f("PRESTADOR: «f»\nCNPJ: «c»   Inscrição municipal: «im»\nE-mail: «m»\n\n", f=fname.upper(), c=(cnpj, "BR_CNPJ"), im=clean(g, lambda: g.d(3) + "." + g.d(3) + "-" + g.d(1)),
              m=role_mail(g, dom, g.pick(["nfse", "financeiro", "faturamento"])))
        doc.f("TOMADOR: «n»\nCPF/CNPJ: «c»\nEndereço: «a» — «b» — «ci»/«u» — CEP «e»\nE-mail: «m»   Telefone: «t»\n\n", n=P(g.pick([cli.caps, cli.capsf, cli.full])),
              c=(cpf, "BR_CPF"), a=(addr, "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, e=(cep, "BR_CEP"), m=(mail, "EMAIL_ADDRESS"),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.f("DISCRIMINAÇÃO DOS SERVIÇOS\n«s» de «p» — «x». Responsável técnico: «r», «i». Garantia de 90 dias.\n", s=serv.capitalize(), p=pe, x=prod, r=P(rtp.full),
              i=(rtid, "PROFESSIONAL_ID"))
        doc.t(f"Código do serviço: 07.13 — Dedetização, desinfecção, desinsetização, imunização, higienização, desratização, pulverização e congêneres (LC 116/2003)\n"
              f"VALOR DO SERVIÇO: R$ {brl(v)}   ISS (5%): R$ {brl(v * 0.05)}   VALOR LÍQUIDO: R$ {brl(v)}\n\n")
    payer = cli if g.chance(0.7) else g.relative(cli)
    doc.f("RECIBO\nRecebi de «n»«cp» a importância de R$ «v» («x») referente à «s» realizada em «d», paga «p».\n\n«c», «d2».\n«r»\n",
          n=P(g.pick([payer.full, payer.caps])), cp=[V(", CPF "), (g.cpf() if payer is not cli else cpf, "BR_CPF")] if g.chance(0.6) else "", v=brl(v), x=extenso(v), s=serv, d=dbr(t - datetime.timedelta(days=g.ri(0, 5))),
          p=g.pick(["em dinheiro", "por Pix", f"no cartão ({g.masked_card()})", "por Pix, em duas vezes"]), c=city, d2=dbr(t),
          r=P(g.person().full) if g.chance(0.5) else short)
    return doc


def fi_folha(g: Gen) -> Doc:
    """The month's payroll summary of a pest-control firm (fixed width, ruled or CSV): name (cut at 24 in fixed width), CPF, PIS, job,
    birth and admission dates in some copies, base pay, hazard pay (40% or 20%), net, bank and agency/account; the HR clerk; the totals; then the bank's transfer batch
    summary (the firm's own agency/account)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    hr = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«f» — CNPJ «c»\nFOLHA DE PAGAMENTO — COMPETÊNCIA «m» — RESUMO POR EMPREGADO\n\n", f=fname.upper(), c=(g.any_cnpj(), "BR_CNPJ"), m=comp)
    style = g.pick(["fixed", "plus", "csv", "psql"])
    dn = style != "fixed" and g.chance(0.5)
    rows = []
    tot = 0.0
    for _ in range(g.ri(4, 6)):
        p = g.person(g.chance(0.15))
        base = g.ri(1518, 2600)
        ins = round(base * 0.4 if g.chance(0.8) else base * 0.2, 2)
        net = round(base + ins - base * 0.09 - base * 0.06, 2)
        tot += net
        nm = p.capsf
        if style == "fixed":
            nm = cut(nm, 24)
        rows.append([P(nm), (g.cpf("dot" if style != "csv" else g.pick(["dot", "raw"])), "BR_CPF"), (g.pis("dot"), "BR_PIS"),
                     V(g.pick(["APLICADOR", "AUX APLICACAO", "TEC CAMPO", "MOTORISTA/APLIC", "ATENDENTE", "SUPERVISOR"])), V(brl(base)), V(brl(ins)), V(brl(net)),
                     V(g.pick(BANKS)[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
        if dn:
            rows[-1].insert(3, (g.dob("br", 1966, 2006), "DATE_OF_BIRTH"))
            rows[-1].insert(4, V(g.date("br", g.ri(2018, 2025))))
    cols = ["nome", "CPF", "PIS"] + (["nascimento", "admissão"] if dn else []) + ["função", "salário", "insalub.", "líquido", "banco", "agência", "conta"]
    if style == "fixed":
        ws = [25, 15, 15, 16, 10, 10, 10, 5, 7, 0]
        doc.t("NOME                     CPF            PIS            FUNCAO          SALARIO   INSALUB.  LIQUIDO   BCO  AG     CONTA\n")
        for r in rows:
            for (v, lab), w in zip(r, ws):
                doc.cell(v, max(w, len(v) + 1) if w else len(v), lab)
            doc.t("\n")
    elif style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nTotal líquido: R$ «t» — «n» empregados. Adicional de insalubridade conforme laudo (NR-15, Anexo 13).\nEmitido por: «h»\n\n",
          t=brl(tot), n=len(rows), h=P(g.pick([hr.full, hr.short])) if g.chance(0.6) else login(hr, g))
    doc.f("LOTE DE PAGAMENTO {b} — débito na agência «a» conta «c» da empresa — «n» créditos — R$ «t» — status: processado\n".replace("{b}", bank(g)),
          a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), n=len(rows), t=brl(tot))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card dispute: the cardholder's e-mail to the issuer (the full card number typed by her or him, CPF, phone), the issuer's dispute
    record (masked card unlabelled, the cardholder's CPF sometimes, billing address and CEP, the merchant's CNPJ), and the merchant's defence (the service order, the technician by name, the
    van's GPS log with its plate, the certificate signed by the customer's spouse, the booking's public IP); dispute ids unlabelled."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    ch, tec, an, sp = g.person(), g.person(g.chance(0.1)), g.person(), None
    sp = g.person(not ch.female)
    card = g.card(g.chance(0.7))
    last4 = re.sub(r"\D", "", card)[-4:]
    v = g.ri(250, 2200) + g.pick([0, 0.9])
    chmail = g.email(ch)
    t0 = g.moment()
    doc.f("De: «n» <«e»>\nPara: «c»\nAssunto: contestação de compra\n\n", n=P(ch.full), e=(chmail, "EMAIL_ADDRESS"), c=role_mail(g, g.pick(["bancoaurora.com.br", "cartaoleao.com.br", "prudentecard.com.br"]), g.pick(["contestacao", "disputas", "chargeback", "sac"])))
    doc.f("Não reconheço o serviço cobrado em «d» no valor de R$ «v» por «f» no meu cartão «c». A empresa nunca veio fazer a dedetização. CPF «cpf», telefone «t».\n«n»\n\n",
          d=dbr(t0), v=brl(v), f=short.upper(), c=(card, "CREDIT_CARD"), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), n=P(ch.first))
    doc.f("DISPUTA «id» | motivo 13.1 — serviço não prestado | cartão «m» | portador: «n»«cpf»\nEndereço de cobrança: «ad» — CEP «cep»\n"
          "Estabelecimento: «f» — CNPJ «c» — MCC 7342 (dedetização)\nAnalista: «a»\n\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          cpf=[V(" | CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.3) else "",
          id=clean(g, lambda: g.d(10)), m=f"**** **** **** {last4}", n=P(ch.caps), f=fname, c=(g.any_cnpj(), "BR_CNPJ"), a=P(an.short) if g.chance(0.5) else login(an, g))
    vk, vp = van(g)
    dexec = t0.date() - datetime.timedelta(days=g.ri(1, 6))
    doc.f("DEFESA DO ESTABELECIMENTO\nO serviço consta da «o», executado em «d» pel«x» «t». Segue o log do rastreador do veículo placa «p»:\n",
          o=os_no(g), d=dbr(dexec), x="a técnica" if tec.female else "o técnico", t=P(g.pick([tec.full, tec.caps])), p=(vp, "LICENSE_PLATE"))
    rows = []
    tt = g.moment(dexec, (8, 11))
    lat, lon = -g.ri(8, 30) - g.ri(0, 99999) / 1e5, -g.ri(35, 55) - g.ri(0, 99999) / 1e5
    for k, ev in enumerate(["saída da base", "chegada ao endereço do cliente", "ignição desligada", "saída do endereço"]):
        tt = tt + datetime.timedelta(minutes=g.ri(15, 80) if k != 2 else g.ri(1, 4))
        if k == 1:
            lat, lon = lat + g.ri(-4000, 4000) / 1e5, lon + g.ri(-4000, 4000) / 1e5
        rows.append([V(ts(tt, "sql")), (vp, "LICENSE_PLATE"), V(f"{lat:.5f}, {lon:.5f}"), V(ev)])
    table_ruled(doc, ["data/hora", "placa", "lat, lon", "evento"], rows, g.pick(["plain", "psql", "pipe"]))
    doc.f("O certificado foi assinado no local por «s», que se identificou como «r» d«o» portador«x». O pedido foi feito pelo site a partir do IP «ip», com o e-mail «e».\n",
          s=P(g.pick([sp.full, sp.first])), r="esposo" if not sp.female else "esposa", o=ch.o, x="a" if ch.female else "", ip=(g.ip_pub(), "IP_ADDRESS"), e=(chmail, "EMAIL_ADDRESS"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A collection letter for a monthly pest-management contract in arrears (a condominium or a restaurant: CNPJ, the síndico or the
    owner by name), the open invoices table (numbers unlabelled), a bank slip's typed line (unlabelled), the firm's random Pix key, CNPJ
    key or agency/account, the collections clerk with corporate e-mail and phone; then the client's reply (phone)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    condo = g.chance(0.5)
    cli = g.pick(CONDOS if condo else CLIENTS)
    rep, clerk = g.person(), g.person(g.chance(0.7))
    art = "Ao" if cli.split()[0] in ("Condomínio", "Edifício", "Residencial", "Restaurante", "Colégio", "Supermercado", "Hotel", "Açougue", "Buffet") else "À"
    doc.f("«f»\n«c», «d»\n\n«art» «cli»\nCNPJ «cn»\nA/C «x» «r»\n\nAssunto: NOTIFICAÇÃO DE DÉBITO — contrato de MIP nº «k»\n\n", f=fname, c=city, d=g.docdate(), cli=cli,
          cn=(g.any_cnpj(), "BR_CNPJ"), art=art, x=("síndica" if rep.female else "síndico") if condo else ("Sra." if rep.female else "Sr."), r=P(rep.full), k=clean(g, lambda: g.d(4)))
    doc.t("Prezados,\n\nConstam em aberto as seguintes faturas referentes às visitas mensais de controle de pragas:\n\n")
    rows, tot = [], 0.0
    for _ in range(g.ri(2, 4)):
        v = g.ri(280, 1900) + 0.0
        tot += v
        rows.append([V(clean(g, lambda: g.d(6))), V(g.date("br")), V(brl(v)), V(g.pick(["vencida", "vencida", "protesto em 5 dias"]))])
    table_ruled(doc, ["fatura", "vencimento", "valor (R$)", "situação"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("\nTotal: R$ «t», acrescido de multa de 2% e juros de 1% a.m. (cláusula 6ª). Para quitação: boleto «l» «p».\n", t=brl(tot), l=linha_digitavel(g),
          p=g.pick([[V("ou Pix pela chave aleatória "), (g.uuid(), "PIX_KEY")], [V("ou Pix (chave aleatória) "), (g.uuid(), "PIX_KEY")], [V("ou TED para a agência "), (g.agency(), "BANK_ACCOUNT"), V(", conta "), (g.account(), "BANK_ACCOUNT"), V(f" ({bank(g)})")],
                    [V("ou Pix pela chave CNPJ "), (g.cnpj(), "BR_CNPJ")]]))
    doc.f("Sem a regularização em 10 dias as visitas serão suspensas e a «x» ficará sem certificado válido para a fiscalização sanitária.\n\nAtenciosamente,\n«n»\nCobrança — «e» — «t»\n\n",
          x="administração" if condo else "empresa", n=P(clerk.full), e=(corp_mail(clerk, dom, g), "EMAIL_ADDRESS"), t=(firm_phone(g, uf, g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("---- resposta ----\n«n»: «m» Meu celular é «t».\n", n=P(g.pick([rep.full, rep.first])),
          m=g.pick(["Pagamos a fatura de março ontem, segue comprovante. As outras estão em discussão porque a visita de abril não aconteceu."] +
                   (["A assembleia aprovou o pagamento parcelado, peço que me liguem.", "O antigo síndico não repassou os boletos, vou regularizar esta semana."] if condo else
                    ["O movimento caiu muito, peço parcelamento em três vezes.", "O gerente anterior não repassou os boletos, vou regularizar esta semana."])),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    return doc


def pix_receipt(g: Gen, doc: Doc, payer_name: str, payee: Person, payee_key: tuple, when: datetime.datetime, v: float) -> None:
    """A pasted Pix receipt (masked CPF unlabelled; the transaction id unlabelled)."""
    doc.f("Comprovante de transferência Pix\nValor: R$ «v»\nData: «d»\nDe: «p»\nPara: «q» | CPF «m» | «b»\nChave: «k»\n", v=brl(v), d=ts(when, "br"), p=payer_name,
          q=P(g.pick([payee.capsf, payee.full])), m=f"***.{g.d(3)}.{g.d(3)}-**", b=bank(g), k=payee_key)
    doc.t(f"ID: E{clean(g, lambda: g.d(8))}{when.strftime('%Y%m%d%H%M')}{g.hexs(11)}\n")


def fi_reembolso(g: Gen) -> Doc:
    """A technician's expense report (prestação de contas): name, CPF, CNH, the vans' plates; a table of fuel, tolls, meals and parking
    (a fuel station and a restaurant named like people are firms); the total, the refund to a Pix key of any kind or to agency and
    account, the supervisor's approval, the finance clerk; sometimes the Pix receipt pasted."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    tec, sup, fin = g.person(g.chance(0.1)), g.person(), g.person()
    vk, vp = van(g)
    cpf = g.cpf()
    p0 = g.day()
    doc.f("«f» — PRESTAÇÃO DE CONTAS DE DESPESAS DE CAMPO\nColaborador: «n» | CPF «c» | CNH «h»\nPeríodo: «d1» a «d2» | Veículo: «vk» «p»\n\n", f=short.upper(),
          n=P(tec.full), c=(cpf, "BR_CPF"), h=(g.cnh(), "BR_CNH"), d1=dbr(p0), d2=dbr(p0 + datetime.timedelta(days=13)), vk=vk, p=(vp, "LICENSE_PLATE"))
    rows, tot = [], 0.0
    other = g.plate()
    for i in range(g.ri(4, 6)):
        kind = g.pick(["combustível — Auto Posto Estrela do Vale", "pedágio", "almoço — Restaurante Sabor da Aurora", "estacionamento", "combustível — Posto Bento Amado",
                       "lavagem do veículo", "material (luvas nitrílicas)"])
        v = round(g.ri(8, 260) + g.pick([0, 0.5, 0.9]), 2)
        tot += v
        pl = (other if i == 2 else vp)
        rows.append([V(dbr(p0 + datetime.timedelta(days=min(13, 2 * i + g.ri(0, 1))))), V(kind), (pl, "LICENSE_PLATE") if "combust" in kind or "pedágio" in kind or "lavagem" in kind else V("—"), V(brl(v))])
    table_ruled(doc, ["data", "descrição", "placa", "valor"], rows, g.pick(["plus", "plain", "md", "pipe"]))
    doc.t(f"TOTAL: R$ {brl(tot)}\n")
    doc.t("Reembolso: ")
    r = g.rng.random()
    if r < 0.35:
        key = (g.uuid(), "PIX_KEY")
        doc.f("Pix chave aleatória «k»\n", k=key)
    elif r < 0.55:
        key = (cpf, "BR_CPF")
        doc.f("Pix chave CPF «k»\n", k=key)
    elif r < 0.7:
        key = (g.phone("e164"), "PHONE_NUMBER")
        doc.f("Pix chave celular «k»\n", k=key)
    else:
        key = None
        doc.f("crédito em conta — «b», ag. «a», c/c «c»\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Aprovado: «s» («r») em «d» | Financeiro: «f»\n", s=P(g.pick([sup.full, sup.short])), r="supervisora" if sup.female else "supervisor",
          d=dbr(p0 + datetime.timedelta(days=g.ri(15, 20))), f=P(fin.first) if g.chance(0.5) else login(fin, g))
    if any(r[2][0] == other for r in rows):
        doc.f("Obs.: abastecimento da placa «x» autorizado (troca de veículo no dia).\n", x=(other, "LICENSE_PLATE"))
    else:
        doc.t("Obs.: " + g.pick(["nota do almoço sem CNPJ glosada.", "ok.", "pedágio sem comprovante — aceito pela tag do veículo."]) + "\n")
    if key and g.chance(0.5):
        doc.t("\n")
        pix_receipt(g, doc, fname.upper(), tec, key, g.moment(), tot)
    return doc


def fi_compra(g: Gen) -> Doc:
    """A purchase order of professional-use products to a distributor (the buyer firm's CNPJ, the technical manager with council, as the
    rules require for sale; the distributor's CNPJ and sales rep with corporate e-mail and phone; items with Anvisa registrations and
    lots unlabelled; payment to the distributor's agency and account); then the delivery receipt (the driver with CNH, the truck's
    plate, the driver's CPF sometimes, the employee who received, with RG sometimes)."""
    doc = Doc()
    city, uf = g.city()
    fname, dom, short = firm(g)
    dname, ddom = g.pick(DISTRIBUTORS)
    rtp, rtt, rtid = rt_of(g, uf, g.pick(["CRQ", "CRBio", "CREA", "CRF"]))
    rep, buyer, drv, rec = g.person(), g.person(), g.person(False), g.person()
    doc.f("PEDIDO DE COMPRA nº «n» — «d»\nComprador: «f» — CNPJ «c»\nResponsável técnico: «r» — «i»\nFornecedor: «df» — CNPJ «dc»\nVendedor(a): «v» — «ve» — «vt»\n\n",
          n=clean(g, lambda: g.d(5)), d=g.docdate("br"), f=fname, c=(g.any_cnpj(), "BR_CNPJ"), r=P(rtp.full), i=(rtid, "PROFESSIONAL_ID"), df=dname,
          dc=(g.any_cnpj(), "BR_CNPJ"), v=P(g.pick([rep.full, rep.short])), ve=(corp_mail(rep, ddom, g), "EMAIL_ADDRESS"), vt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    rows, tot = [], 0.0
    for pr in g.sample(PRODUCTS, g.ri(3, 5)):
        q = g.ri(2, 40)
        pu = g.ri(18, 420) + g.pick([0, 0.5, 0.9])
        tot += q * pu
        rows.append([V(pr[0]), V(anvisa_reg(g)), V(lote(g)), V(str(q)), V(brl(pu)), V(brl(q * pu))])
    table_ruled(doc, ["produto", "registro MS", "lote", "qtd", "unit.", "total"], rows, g.pick(["plus", "psql", "plain", "md"]))
    doc.f("\nTotal: R$ «t». Pagamento: 28 dias, TED para «b», agência «a», conta «c» (titular: «df»).\nComprador: «u»\n\n", t=brl(tot), b=bank(g),
          a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), df=dname, u=P(g.pick([buyer.full, buyer.short])) if g.chance(0.6) else login(buyer, g))
    doc.f("COMPROVANTE DE ENTREGA — NF-e «nf»\nMotorista: «m» — CNH «h»«mc» — veículo placa «p»\nRecebido por: «r»«rg» em «d» às «hh»\n", nf=clean(g, lambda: g.d(6)),
          mc=[V(" — CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "",
          m=P(g.pick([drv.full, drv.caps])), h=(g.cnh(), "BR_CNH"), p=(g.plate(), "LICENSE_PLATE"), r=P(g.pick([rec.full, rec.short])),
          rg=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.6) else "", d=g.docdate("br"), hh=g.hm())
    if g.chance(0.3):
        doc.t("Obs.: produto de uso profissional — venda restrita a empresa especializada com responsável técnico (RDC Anvisa 622/2022).\n")
    return doc


def fi_mei(g: Gen) -> Doc:
    """A self-employed pest controller's (MEI) monthly control sheet sent to the accountant (Markdown, CSV or blank-aligned): the MEI's
    name, CNPJ and CPF, his or her Pix key (random, phone, e-mail or CPF) and WhatsApp; per job the date, customer by name, nickname or
    "dona"/"seu" + first name (outside the span), the customer's CPF for the receipt in some copies, bairro, phone, service,
    amount and payment form; the month's total, the DAS (guide number unlabelled) and the accountant's reply with CRC."""
    doc = Doc()
    city, uf = g.city()
    mei, acc = g.person(g.chance(0.1)), g.person()
    trade = g.pick(["Dedetização", "Dedetizadora", "Controle de Pragas", "Desinsetização"]) + " " + g.pick(["do " + mei.first, mei.first + " " + mei.last, "Express " + mei.last])
    kind, key = pix_key(g, mei)
    ym = (g.ri(1, 12), 2025) if g.chance(0.7) else (g.ri(1, 5), 2026)
    mb = g.d(8) + "0001"
    mcnpj = mb + cnpj_dv(mb)
    mcnpj = g.pick([mcnpj, f"{mcnpj[:2]}.{mcnpj[2:5]}.{mcnpj[5:8]}/{mcnpj[8:12]}-{mcnpj[12:]}"])
    doc.f("«t» — MEI — CNPJ «c» — titular «n», CPF «cpf»\nPix («k»): «key»«w»\nControle de serviços — «m»\n\n", t=trade, c=(mcnpj, "BR_CNPJ"), n=P(mei.full),
          w=[V(" | WhatsApp "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if kind != "celular" and g.chance(0.7) else "",
          cpf=(g.cpf(), "BR_CPF"), k=kind, key=key, m=f"{MONTHS[ym[0] - 1]}/{ym[1]}")
    rows, tot = [], 0.0
    style = g.pick(["md", "csv", "plain"])
    sep0 = " | " if style == "md" else (g.pick([";", ","]) if style == "csv" else "  ")
    cpf_col = g.chance(0.55)
    for _ in range(g.ri(5, 7)):
        p = g.person()
        v = g.ri(120, 900) + 0.0
        tot += v
        pe, serv, _ = pest(g)
        nm = g.pick([tp(g, p.full, 0.15), p.short, p.first, "title", p.nick])
        if nm == "title":
            name_cell = [V("dona " if p.female else "seu "), P(p.first)]
        else:
            name_cell = [P(nm)]
        if cpf_col:
            name_cell = name_cell + [V(sep0), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("-")]
        rows.append((name_cell, [V(dbr(datetime.date(ym[1], ym[0], g.ri(1, 28)))), V(g.pick(BAIRROS)), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"),
                                 V(f"{serv} ({pe})"), V(brl(v)), V(g.pick(["pix", "pix", "dinheiro", "cartão", "fiado"]))]))
    cols = ["data", "cliente"] + (["CPF p/ recibo"] if cpf_col else []) + ["bairro", "telefone", "serviço", "valor", "pagto"]
    if style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for name_cell, rest in rows:
            doc.t("| ")
            doc.e(rest[0][0], None)
            doc.t(" | ")
            for part in name_cell:
                doc.e(part[0], part[1])
            for v, lab in rest[1:]:
                doc.t(" | ")
                doc.e(v, lab)
            doc.t(" |\n")
    else:
        sep = sep0
        doc.t(sep.join(cols) + "\n")
        for name_cell, rest in rows:
            doc.t(rest[0][0] + sep)
            for part in name_cell:
                doc.e(part[0], part[1])
            for v, lab in rest[1:]:
                doc.t(sep)
                if sep == "," and "," in v:
                    doc.t('"')
                    doc.e(v, lab)
                    doc.t('"')
                else:
                    doc.e(v, lab)
            doc.t("\n")
    doc.f("\nTotal do mês: R$ «t». DAS pago? «d»\n\n", t=brl(tot), d=g.pick(["sim", "ainda não", f"sim, guia {clean(g, lambda: g.d(17))}"]))
    doc.f("— resposta do escritório —\n«n», recebido. O faturamento do ano está em R$ «v», dentro do limite do MEI (R$ 81.000,00). Lembre de emitir NFS-e para os condomínios. "
          "«x»\n«a» — «c»\n", n=P(mei.first), v=brl(tot * g.ri(3, 9)), x=g.pick(["Serviço com \"fiado\" só entra quando receber.", "", "Seria prudente separar a conta PJ da pessoal."]),
          a=P(g.pick([acc.full, acc.short])), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


AT = [at_whatsapp, at_rota, at_call, at_reclamacao, at_email_condo, at_app, at_certificado]
JU = [ju_trabalhista, ju_jec_pet, ju_visa, ju_contrato, ju_bo, ju_lgpd, ju_ata]
SA = [sa_ciatox, sa_sinan, sa_aso, sa_ace, sa_ps, sa_escorpiao, sa_lepto]
FI = [fi_nfse, fi_folha, fi_chargeback, fi_cobranca, fi_reembolso, fi_compra, fi_mei]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|defensora?|estagi[aá]ri[oa]|vulgo)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
