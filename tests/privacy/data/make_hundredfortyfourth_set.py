"""Build the hundred-and-forty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14444, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-second set's generator and adapted (southern name pools -- German/Pomeranian,
Italian, Polish, Ukrainian and the coined names of the colonial "linhas" --, an origin mix for the tobacco
belts, rural addresses on the roads of the linhas, phone numbers in the area codes 51, 53, 55, 47 and 42,
CEPs drawn by the document's state, a fixed-width table helper, CREA numbers); the register and every
template are new.

Register: TOBACCO GROWING UNDER INTEGRATION CONTRACTS IN THE SOUTH -- the family farms of the tobacco
belts (Vale do Rio Pardo and the south of Rio Grande do Sul, the Alto Vale and the Planalto Norte of
Santa Catarina, the south-centre of Paraná) bound to a leaf company (fumageira) by an integration contract
(Lei 13.288/2016, with its conciliation commission, the CADEC): the company's field instructors
(orientadores agrícolas) who contract the crop, visit the float-tray seedlings and the curing barns
(estufas) and sign the input orders with an agronomist's prescription; the harvest season with hired
hands (safristas, diaristas) paid by the day; the bales (fardos) picked up in the linhas by carriers'
trucks and unloaded at the company's reception unit on a schedule; the grading by classes (BO1, CO2, X3L,
T1O...) and the disputes it causes; the hail mutual that inspects and pays losses; the side-selling to a
middleman (atravessador) and the theft of cured tobacco from barns; the labour inspection on child labour
(Decreto 6.481/2008, Lista TIP) and unregistered hands; the health side (green tobacco sickness -- the
"doença da folha verde do tabaco", T65.2 --, organophosphate poisonings, cholinesterase campaigns, falls
from the barn's beams and burns at its furnace, the CEREST's investigation, the mental-health referral of
an indebted grower); and the money side (the sales settlement with input deductions and Funrural, input
orders, the Pronaf rural credit note pledging the crop, receipts of day wages, the firewood seller's
sales of eucalyptus for the barns, the hail indemnity, a Pix scam in the name of a carrier's driver).
Why this register: the brief asked for one industry's logistics or the life of small towns and the
countryside, in a register no earlier set covers. Checked as the brief asked, by the generators'
docstrings (all make_*_set.py, extracted with ast and searched case-insensitively): "tabac", "fumo",
"fumage", "fumicult", "tobacco", "Afubra", "granizo", "estufa", "folha verde", "orientador agr",
"CADEC", "13.288", "colinesterase", "Santa Cruz do Sul" and "Venâncio" occur in none ("integração" only
as a contractor's onboarding in the fifty-fourth and inside other words in the sixty-first and
sixty-fourth); tobacco appears only as a crop word inside the code of the ninety-first and thirty-second
(agribusiness and rural-health registers). Alternatives considered and set aside: a dairy cooperative's
milk-collection routes ("leite" and "laticín" occur in four docstrings and the ninety-first has a dairy's
statement to a milk producer) and soy and corn grain haulage with warehouse queues and romaneios
("romanei" occurs in five docstrings: the thirty-second, sixtieth, sixty-first, ninety-first and
hundred-and-forty-second); fishing colonies, river boats and sugar-cane harvest crews are the
hundred-and-twenty-fifth, hundred-and-thirty-ninth and hundred-and-thirty-second registers.
Every company, carrier, mutual, association, firewood seller, hospital, product, clinic and person is
invented (leaf companies Tabacos Leão do Sul S.A., Prudente Leaf Tabacos Ltda., Aurora Folhas do Brasil
Ltda., Fumos Vale Amado Ltda., Quintanilha Tabacos S.A.; carriers Transportes Bento Amado Ltda., Transkroth
Cargas Ltda., Rodoviário Flor da Serra, Translinha Ferraz Ltda., Expresso Schwantes & Filhos; firewood
sellers Lenhas Prudente, Madeireira Aurora do Vale, Eucaliptos Goettems & Filhos, Lenheira Leão Branco;
Mútua de Granizo Vale Sereno; Associação dos Fumicultores do Vale Sereno; hospitals Hospital Regional
Bento Amado, Hospital Beneficente Linha Aurora, Hospital São Bento, Hospital Comunitário Vale Sereno,
Hospital Prudente de Morais; products Imidafor 200 SC, Clorotal 480 EC, Acefax 750 SP...); the towns,
the laws, the councils, the ICD-10 codes and the banks are real; CEPs are random within each state's
range, and the rural localities (Linha Ferraz, Linha Aurora, Linha Bento, Picada Flor, Rincão Branco,
Faxinal do Rosa, Travessão Leão, Linha Salvador, Linha Vitória, Linha Clemente...) are generic or invented.

Layouts: a WhatsApp export between instructor and grower (Android and iOS stamps; senders as a person's
name, a name with a locality or "fumo", a business profile ("Orientador Leão do Sul"), a saved label
without a name ("Produtor Linha Ferraz") or a bare number) with a vCard pasted in (BEGIN:VCARD, FN, TEL);
the reception unit's unloading schedule as psql, +---+, Markdown, blank-aligned, CSV or fixed-width
tables (names cut at the width); a lower-case speech-to-text transcript of the growers' hotline with
timestamps and speaker tags (CPF, birth date, address, CEP and a phone read out in groups or in words)
and the typed ticket; the grower app's profile export as pretty JSON or JSON lines; an e-mail thread with
a quoted pickup order and X-Originating-IP; a handwritten letter scanned and OCR'd (rn/m, cl/d, I/l, O/0,
c/e, ii/u in words and names; identifiers printed clean); a checkbox visit report with the household
table; legal prose (an integration contract in clauses, in mixed case or capitals, with an e-signature log
sometimes; a civil petition with a deliveries table; a police report in capitals; a labour-inspection
report with a TAC; CADEC minutes with an attendance list; a notary's power of attorney signed "a rogo";
an extrajudicial notice with the post's delivery receipt and a counter-notice); a SINAN form as numbered
fields ("nn | label | value", "nn. label: value", "[nn] label ....", labels OCR'd sometimes); a lab's
campaign table with an e-mail; an emergency-room record in clinical shorthand; a CEREST report; a
referral and counter-referral form; a CAT as dotted-leader blocks; a community health agent's CSV with
quoted fields; a sales settlement with right-aligned columns; an input order (table or CSV); a rural
credit note; receipts of day wages in prose; a firewood seller's CSV export with a WhatsApp exchange; a
hail claim and inspection report; a Pix dispute form in a ruled box. Typing slips in growers' messages and
in names typed by staff; a typo'd name or word is still labelled.
- atendimento: (0) the instructor-grower chat (the contract moved to a son's, daughter's or spouse's name
  with CPF, RG, birth date and sometimes NIT; the carrier's plate; the driver's vCard with full name and
  mobile; the spouse by first name or "a patroa"; a hail loss with the assessor's name and phone);
  (1) the unloading schedule (ticket, grower, CPF or the grower's code, locality, bales, kg, carrier,
  plate, driver or "o produtor", driver's CPF and phone; a rescheduled grower; a CPF flagged as wrong
  that fails the check; the classifier); (2) the hotline transcript (attendant's first name; grower's
  name, locality, CPF, birth date, address and CEP read out; the instructor; a neighbour sometimes; the
  daughter's first name and phone read out) and the typed ticket (the attendant as a login);
  (3) the app's profile export (name, CPF, birth date, state registration, NIT sometimes, e-mail, mobile,
  rural address, CEP, agency and account, spouse with birth date and CPF, children with birth dates, the
  instructor's name and login, last access IP, public or private); (4) the pickup e-mail thread (the
  carrier's operator and the company's analyst with corporate e-mails; growers with CPF sometimes, rural
  address and phone; the driver with CPF, RG sometimes, CNH, tractor and trailer plates, mobile; the IP);
  (5) the OCR'd letter (instructor; grower with RG and CPF; agency and account; spouse; son and phone;
  rural address and CEP; the clerk on the reception stamp); (6) the visit report (instructor, grower
  with CPF and phone; coordinates, DOF and state registration unlabelled; household with birth dates and
  CPF or NIS; school names holding surnames; the agronomist with CREA; signatures or the instructor's
  phone).
- juridico: (0) the integration contract (company CNPJ and its attorney; grower qualified with birth
  date, RG or CNH, CPF, título and NIT sometimes, e-mail and phone sometimes, address, CEP; the spouse
  with CPF and RG; agency and account; signatures; witnesses with CPF and RG sometimes; e-signature log);
  (1) the grower's petition (grower qualified, e-mail and phone sometimes; the spouse with CPF; the
  company's CNPJ; instructor, classifier and the association's representative by name sometimes; two
  witnesses with CPF and rural address; the lawyer with OAB and e-mail sometimes; the CNJ number);
  (2) the police report (victim qualified with birth date, RG or CNH, CPF, phone, address, CEP; the
  neighbour with phone; the pickup's plate twice; the suspect with CPF sometimes and his "vulgo"; the
  middleman's nickname; the suspect's phone sometimes; the delegate; the clerk or "de plantão");
  (3) the labour inspection and TAC (employer with CPF, address, CEP; hands with CPF, NIT, birth date,
  one under 18; the son or daughter with phone; the inspectors and the labour prosecutor by name);
  (4) the CADEC minutes (the association's CNPJ; the coordinator and the secretary; a grower's case with
  CPF and a son's first name; the attendance list with CPF, phone, corporate or private e-mail and a
  signature written as a name in a few rows); (5) the power of attorney (the elderly grower qualified
  with birth date, RG or CNH, CPF, título sometimes; the person signing "a rogo" with CPF; the son or
  daughter appointed, qualified with phone and e-mail sometimes; agency and account; the notary's
  substitute); (6) the extrajudicial notice (company CNPJ; its lawyer with OAB; the grower with CPF,
  address, CEP, phone sometimes; the receipt signed by a relative with RG; the counter-notice with the
  grower's lawyer and OAB, the mutual's assessor with CREA, a phone, a CNJ number sometimes).
- saude: (0) the SINAN form (patient, birth date, CNS, CPF mostly, mother, rural address, CEP, phones;
  the investigator with COREN or CRM); (1) the cholinesterase list (names, birth dates, CNS; the
  technician with CRF or CRBM; the e-mail with the sender's corporate address naming low results with
  phones); (2) the ER record (patient with birth date, CNS, CPF sometimes, rural address, CEP; the
  companion with phone; the triage nurse with COREN; the physician with CRM); (3) the CEREST report
  (index case with birth date, CNS, CPF sometimes, address, CEP, phone; the instructor sometimes; the
  family table with birth dates; the agronomist with CREA; the nurse with COREN and corporate e-mail, the
  physician with CRM); (4) the referral and counter-referral (user with birth date, CNS, CPF sometimes,
  address, CEP, phone; the reference relative with phone; physician CRM, psychologist CRP, social
  worker CRESS, the community agent's name); (5) the CAT (employer with CPF, address, CEP, phone, e-mail
  sometimes; the hand with CPF, NIT, birth date, address, CEP, phone; the witness with phone; the
  physician with CRM); (6) the community agent's CSV (heads of household, CNS, rural address, phone;
  notes with a child's first name and birth date; the supervising nurse's corporate e-mail and COREN).
- financeiro: (0) the sales settlement (company CNPJ; grower and co-owner with CPF; the instructor with
  phone; address, CEP, contact phone and e-mail sometimes; agency and account; the NF-e access key
  unlabelled); (1) the input order (grower with CPF, phone, e-mail sometimes; delivery address and CEP;
  the agronomist with CREA; a guarantor with CPF and phone; a Cartão BNDES number sometimes; the spouse
  with CPF; the instructor's signature sometimes); (2) the rural credit note (issuer qualified with birth
  date, RG or CNH, CPF, NIT and título sometimes, e-mail sometimes, phone, address, CEP; spouse with CPF;
  guarantor with CPF and RG; agency and account; the manager); (3) the day-wage receipts (the grower
  with CPF; hands with CPF, NIT sometimes, nickname sometimes, paid by Pix to a random, phone, e-mail or
  CPF key; signatures "a rogo" with CPF, thumbprint or name; the accountant with CRC); (4) the firewood
  seller's export (its CNPJ, numeric or alphanumeric; customers with CPF or a CNPJ, phone, random Pix key
  or masked card; the trucks' plates; a WhatsApp with a full card number sometimes or the driver's name
  and plate); (5) the hail claim (member with CPF, RG, phone, e-mail sometimes, address, CEP; the notice's
  IP sometimes; the assessor with CREA, phone and corporate e-mail sometimes; the relative who followed;
  agency and account); (6) the Pix dispute (payer with CPF, agency, account, mobile, e-mail; the
  receiver's name and random key, his CPF masked; the fake driver's name; a phone sometimes; the app
  session's IP; the attendant).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu"; particles and suffixes inside a name are part of it (no "SURNAME, Given"
form occurs in this set); first names alone, nicknames ("Lore", "vulgo ALEMAO", "(Pé de Pano)"),
lower-case, ALL CAPS, OCR-damaged and typo'd names and names cut at a fixed width are persons. Staff named
in the text are persons (instructors, classifiers, analysts, carriers' operators and drivers, assessors,
agronomists, inspectors, prosecutors, delegates, clerks, notaries, lawyers, nurses, physicians,
psychologists, social workers, community agents, managers, attendants, accountants); logins, business
profiles and role senders ("Orientador Leão do Sul", "ura", "atendente", "cliente", "Produtor Linha
Ferraz") are not; a saved contact's prefix or suffix ("fumo", "(orientador)", a locality, the firm's
word "Eucaliptos" before a first name) stays outside the span. Corporate e-mails of people are EMAIL_ADDRESS (the companies',
carriers' and mutual's staff, the municipal health staff); role mailboxes (logistica@, cerest@,
transporte@...) are not. ADDRESS is a person's street + number + complement or, for a rural home, the
road of the linha with its km, lot or s/n ("Estrada Geral da Linha Ferraz, km 7", "Estrada Municipal
Linha Alta, nº 5287", "ERS-409, km 12", "Rua Pomerana, s/n"); the locality (linha, picada, rincão,
faxinal, travessão), "zona rural", the city and the CEP stay outside (CEP is BR_CEP), and a locality named
alone is not an address even when an address elsewhere holds it. NIS, NIT and PIS are one identifier,
BR_PIS. Agency and account are separate BANK_ACCOUNT spans; bank names and codes are not. PIX_KEY only
for random keys; a key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births
("DN", "nascimento", "nascido em", "nasceu", a spoken one); delivery, storm, visit, notification, due and
signature dates are not. PROFESSIONAL_ID: OAB, CRM, COREN, CREA, CRF, CRBM, CRP, CRESS and CRC numbers
with the acronym and the UF or region. Every phone number is PHONE_NUMBER (landlines included; 0800
numbers and extensions are not). IP_ADDRESS only for public addresses (v4 and v6). Every plate is
LICENSE_PLATE. Every CNPJ is labelled (companies, associations, sellers; numeric and the 2026
alphanumeric form). A full card number typed by a person is CREDIT_CARD (a Cartão BNDES number on an
order form too); masked cards and masked CPFs are not labelled. Identifiers read out in groups or in words
are labelled like their digits. Decisions of this set: the sender of a WhatsApp line shown as a bare
number is PHONE_NUMBER; a vCard's FN is PERSON and its TEL is PHONE_NUMBER; a nickname after "vulgo" or in
brackets after a name is its own PERSON span; "a patroa" and "o véio" are not persons; an Auditor-Fiscal
do Trabalho and a labour prosecutor are named without an identifier (none is labelled).
Not labelled (hard negatives): CNJ process numbers, police report, TAC, infraction-notice and inspection
numbers, the grower's code at the company (matrícula), state registrations of rural producers, CAEPF,
CAR and CAF codes, land-registry numbers and entries, NF-e numbers and access keys, DOF numbers, input
order, settlement, credit-note, receipt, pickup-order and unloading-ticket numbers, the post's tracking
code, the notary's book, page and digital seal, Pix E2E ids and app sessions, protocol numbers (some of
11 digits, checked to fail), GPS coordinates, tobacco classes (BO1, CO2, X3L, T1O...), CBO codes, ICD-10
codes (T65.2, T60.0, Z57.4, S32.0, S22.3, T23.2, S61.0, S82.6, F32.1, F41.1, F41.2) and external causes
(W13, X19, W26, W06), a mistyped CPF flagged as failing (checked to fail), a masked CPF, laws and rules
(Lei 13.288/2016, Decreto 6.481/2008, NR-31, Lei 5.889/1973, Lei 8.212/1991, Decreto-Lei 167/1967,
Lei 13.709/2018, art. 155, § 4º, of the Código Penal, art. 41 of the CLT), money and amounts in words,
non-birth dates, private IPs, firm and place names holding surnames or name-words (Tabacos Leão do Sul,
Prudente Leaf, Aurora Folhas, Fumos Vale Amado, Quintanilha Tabacos, Expresso Schwantes & Filhos,
Eucaliptos Goettems & Filhos, Lenheira Leão Branco, Rodoviário Flor da Serra, Linha Aurora, Linha Bento,
Linha Salvador, Picada Schwantes, Rincão dos Kroth, Faxinal do Rosa, Travessão Leão, Hospital Regional
Bento Amado, EMEF Prudente de Morais, Escola Estadual Bento Gonçalves), streets named after people when
they stand alone ("A Rua Leopoldo Puntel alaga quando o arroio sobe"; inside an address they are
ADDRESS). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Prata, Margarida, Bento,
Prudente, Amado, Justo, Constante, Clemente, Salvador, Leão, Branco, Dourado...) are names here and,
elsewhere, words, firms, localities, hospitals and streets, not persons ("seria prudente colher só depois
que o orvalho secar", "foi uma vitória salvar a estufa", "não há esperança de preço melhor", "a folha
ficou rosada").
Names: Brazilian names of many origins (Portuguese-Azorean common and regional, the coined and
old-fashioned names of the southern colonies -- Loreni, Iloni, Nelci, Adelar, Olmiro, Loreno, Nelsi --,
German and Pomeranian, Italian, Polish, Ukrainian, Lebanese, Syrian, Armenian, Japanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Nigerian, Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan,
Colombian, Cuban, indigenous, Guarani, Jewish), rare or invented name words well above a quarter (main()
prints the share, about half; a word of any common-name pool never counts as rare). PERSON is a little
over a third of the spans (about 36%: chats, attendance lists and receipt books are name-heavy).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every upper-case plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0, where[1] if where else None), "ADDRESS")
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




# --------------------------------------------------------------------------- register: tobacco growing under integration contracts in the South

SEED = 14444
OUT_NAME = "hundredfortyfourth.jsonl"

# Southern rural given names: the coined and old-fashioned names of the colonial "linhas" (rare lists) and the common ones
SOUTH_RARE_F = ["Loreni", "Iloni", "Ledi", "Elci", "Ironi", "Clenir", "Nelci", "Zeli", "Ledir", "Dalvina", "Lisiane", "Elvenice",
                "Irenita", "Nelsa", "Adiles", "Odila", "Verginia", "Noemi Ilse", "Loiraci", "Almerinda", "Ivanilde Frida", "Nadir",
                "Zelmira", "Otília", "Lurdes Ilga", "Ivone Hilda"]
SOUTH_RARE_M = ["Nelsi", "Lauri", "Adelar", "Olmiro", "Loreno", "Valmor", "Ivanor", "Dilmar", "Elmar", "Ildo", "Leomar", "Gilnei",
                "Jandir", "Anildo", "Oredes", "Edemar", "Sadi", "Irno", "Lédio", "Arlei", "Deonísio", "Nelmo", "Alcindo", "Valdir Lírio",
                "Ervino", "Rudimar", "Selvino", "Orlei", "Gildo", "Lirio"]
SOUTH_COMMON_F = ["Marli", "Neiva", "Rosane", "Salete", "Dirce", "Lourdes", "Noeli", "Ivete", "Inês", "Elisete", "Tânia", "Jussara",
                  "Ivani", "Olinda", "Ilda", "Terezinha", "Franciele", "Daiane", "Tainá", "Eduarda", "Gabriele", "Andressa"]
SOUTH_COMMON_M = ["Ademir", "Valdecir", "Vilmar", "Dirceu", "Gelson", "Darci", "Nestor", "Ernani", "Arlindo", "Jair", "Lauro", "Ivo",
                  "Nilo", "Alceu", "Clóvis", "Élio", "Jonas", "Cristiano", "Maicon", "Jeferson", "Éverton", "Douglas", "Leandro"]
SOUTH_RARE_SUR = ["Dornelles", "Leivas", "Garcez", "Cezimbra", "Mariante", "Bolzan", "Trevisan", "Cechin", "Dalcin", "Pivetta",
                  "Zanon", "Minuzzi", "Rigon", "Dal Forno", "Brondani", "Fagundes Leivas", "Pacheco Goulart", "Trindade Ávila",
                  "Feijó Sampaio", "Rockenbach", "Goettems", "Dettenborn"]
SOUTH_COMMON_SUR = ["Vargas", "Goulart", "Brum", "Quadros", "Medeiros", "Ávila", "Fagundes", "Prestes", "Machado", "Kuhn", "Schmidt",
                    "Muller", "Krause", "Weber", "Schneider"]
DE_F = ["Ilse", "Irmgard", "Hildegard", "Sieglinde", "Erna", "Elfrida", "Edeltraud", "Gisela", "Brunilde", "Ingrid", "Wally", "Herta",
        "Lorena Gerda", "Nelly"]
DE_M = ["Arno", "Egon", "Ervino", "Harry", "Udo", "Waldemar", "Elmo", "Sigfrid", "Nelmo", "Balduíno", "Hilário", "Reinoldo", "Armindo",
        "Edvino", "Helmuth", "Osvino"]
DE_SUR = ["Schwantes", "Klafke", "Radtke", "Kroth", "Bohn", "Henn", "Goettems", "Ruschel", "Wendt", "Boettcher", "Puntel",
          "Dettenborn", "Kist", "Thiesen", "Hammes", "Stumm", "Rockenbach", "Heinle", "Kuhn", "Schuster", "Lenz", "Ziemann", "Priebe",
          "Buss", "Jeske", "Hartwig", "Tesch", "Bartz", "Raddatz", "Kickhofel", "Schiavon Kroth", "Bergmann", "Frantz", "Holz",
          "Gressler", "Sehn", "Wunsch", "Treichel", "Konzen"]
FOREIGN["de"] = (DE_F, DE_M, DE_SUR)
FOREIGN["it"] = (FOREIGN["it"][0] + ["Pierina", "Santina", "Gelsomina"], FOREIGN["it"][1] + ["Angelo", "Valentino", "Gentile"],
                 FOREIGN["it"][2] + ["Bolzan", "Trevisan", "Dalcin", "Pivetta", "Minuzzi", "Brondani", "Dal Forno", "Rigon"])
FOREIGN["ua"] = (FOREIGN["ua"][0] + ["Olga", "Paraskevia"], FOREIGN["ua"][1] + ["Volodymyr", "Petro", "Mykola"],
                 FOREIGN["ua"][2] + ["Sembaluk", "Hreczuk", "Vavruk", "Kozak", "Bodnar", "Swiech", "Kuchla"])
FOREIGN["pl"] = (FOREIGN["pl"][0] + ["Genowefa", "Czesława"], FOREIGN["pl"][1] + ["Stanisław", "Tadeusz"],
                 FOREIGN["pl"][2] + ["Dudek", "Wolanski", "Pietrowski", "Marcinkowski", "Gogola"])
RARE_F.extend(SOUTH_RARE_F * 3)
RARE_M.extend(SOUTH_RARE_M * 3)
COMMON_F.extend(SOUTH_COMMON_F * 2)
COMMON_M.extend(SOUTH_COMMON_M * 2)
RARE_SUR.extend(SOUTH_RARE_SUR * 2)
PT_SUR.extend(SOUTH_COMMON_SUR)
RARE.update(SOUTH_RARE_F + SOUTH_RARE_M + SOUTH_RARE_SUR)
RARE.update(["Irmgard", "Hildegard", "Sieglinde", "Elfrida", "Edeltraud", "Brunilde", "Ervino", "Udo", "Sigfrid", "Balduíno",
             "Reinoldo", "Edvino", "Helmuth", "Osvino", "Schwantes", "Klafke", "Radtke", "Kroth", "Goettems", "Ruschel", "Boettcher",
             "Puntel", "Dettenborn", "Kist", "Thiesen", "Hammes", "Stumm", "Heinle", "Ziemann", "Priebe", "Jeske", "Tesch", "Raddatz",
             "Kickhofel", "Schiavon Kroth", "Gressler", "Sehn", "Treichel", "Konzen", "Pierina", "Santina", "Gelsomina", "Sembaluk",
             "Hreczuk", "Vavruk", "Swiech", "Kuchla", "Genowefa", "Czesława", "Marcinkowski", "Gogola", "Paraskevia"])
RARE.difference_update(["Nadir", "Otília", "Olga", "Angelo", "Valentino", "Kozak", "Bodnar", "Dudek", "Petro"])
NICK.update({"Valdecir": "Cica", "Ademir": "Miro", "Adelar": "Dela", "Loreno": "Lolo", "Nelsi": "Nelsinho", "Arno": "Arninho",
             "Egon": "Gongo", "Lauri": "Lala", "Jandir": "Jango", "Olmiro": "Miro", "Ervino": "Vino", "Darci": "Darcizinho",
             "Terezinha": "Tete", "Loreni": "Lore", "Iloni": "Loni", "Hildegard": "Hilda", "Sieglinde": "Linda", "Waldemar": "Valdo",
             "Rudimar": "Rudi", "Gilnei": "Nei", "Leomar": "Léo", "Franciele": "Fran", "Daiane": "Dai", "Eduarda": "Duda",
             "Maicon": "Mai", "Jeferson": "Jefinho", "Balduíno": "Dino", "Selvino": "Vino", "Armindo": "Mindo", "Irmgard": "Irma"})
FREE_NICK[:] = ["Alemão", "Polaco", "Gringo", "Galego", "Magrão", "Russo", "Baixinho", "Pardal", "Zoio", "Cabeção", "Tatu", "Bugio",
                "Graxaim", "Quero-Quero", "Negão", "Bolacha", "Ferrugem", "Pé de Pano", "Lagartixa", "Ratão"]


def origin_draw(g: Gen) -> str:
    """Origins of the growers of the tobacco belts: Portuguese-Azorean and coined, German/Pomeranian, Italian, Polish/Ukrainian, others."""
    r = g.rng.random()
    if r < 0.44:
        return "pt"
    if r < 0.70:
        return "de"
    if r < 0.77:
        return "it"
    if r < 0.84:
        return g.pick(["pl", "ua"])
    return g.pick(sorted(FOREIGN))


_person0 = Gen.person


def _person(self: Gen, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
    return _person0(self, female, origin or ("pt" if word else origin_draw(self)), word)


Gen.person = _person

# Towns of the tobacco belts (real municipalities; CEPs random) with their area codes
TOWNS = [("Santa Cruz do Sul", "RS", "51"), ("Venâncio Aires", "RS", "51"), ("Vera Cruz", "RS", "51"), ("Candelária", "RS", "51"),
         ("Vale do Sol", "RS", "51"), ("Sinimbu", "RS", "51"), ("Passo do Sobrado", "RS", "51"), ("Arroio do Tigre", "RS", "51"),
         ("Sobradinho", "RS", "51"), ("Canguçu", "RS", "53"), ("São Lourenço do Sul", "RS", "53"), ("Camaquã", "RS", "51"),
         ("Dom Feliciano", "RS", "51"), ("Agudo", "RS", "55"), ("Paraíso do Sul", "RS", "55"), ("Itaiópolis", "SC", "47"),
         ("Canoinhas", "SC", "47"), ("Santa Terezinha", "SC", "47"), ("Papanduva", "SC", "47"), ("Ituporanga", "SC", "47"),
         ("Irineópolis", "SC", "47"), ("Rio Azul", "PR", "42"), ("Prudentópolis", "PR", "42"), ("Irati", "PR", "42"),
         ("São João do Triunfo", "PR", "42"), ("Ipiranga", "PR", "42"), ("Imbituva", "PR", "42"), ("Rebouças", "PR", "42")]
TOWN_DDD = {c: d for c, _, d in TOWNS}
UF_DDD = {"RS": ["51", "53", "55"], "SC": ["47", "49"], "PR": ["42", "41"]}
# rural localities (linhas, picadas, rincões, faxinais): places, not persons, and not addresses when named alone
COMMS = ["Linha Ferraz", "Linha Sete de Setembro", "Linha Brasil", "Linha Santa Emília", "Picada Schwantes", "Linha Aurora",
         "Linha Bento", "Picada Flor", "Rincão dos Kroth", "Linha Progresso", "Linha Alta", "Travessão Leão", "Faxinal dos Prudentes",
         "Serra dos Tapes", "Linha Amado", "Rincão del Rei", "Linha Pinheiral", "Colônia Nova Esperança", "Linha Salvador",
         "Faxinal do Rosa", "Picada Café Velho", "Linha Vitória", "Costa do Rio Pardinho", "Linha Hansel", "Rincão Branco",
         "Linha Clemente", "Faxinal Santa Luzia", "Linha Formosa"]
FIRMS = [("Tabacos Leão do Sul S.A.", "leaodosul.com.br", "Leão do Sul"), ("Prudente Leaf Tabacos Ltda.", "prudenteleaf.com.br", "Prudente Leaf"),
         ("Aurora Folhas do Brasil Ltda.", "aurorafolhas.com.br", "Aurora Folhas"), ("Fumos Vale Amado Ltda.", "valeamado.com.br", "Vale Amado"),
         ("Quintanilha Tabacos S.A.", "quintanilhatabacos.com.br", "Quintanilha")]
CARRIERS = [("Transportes Bento Amado Ltda.", "bentoamado.com.br"), ("Transkroth Cargas Ltda.", "transkroth.com.br"),
            ("Rodoviário Flor da Serra", "rodoflordaserra.com.br"), ("Translinha Ferraz Ltda.", "translinhaferraz.com.br"),
            ("Expresso Schwantes & Filhos", "expressoschwantes.com.br")]
LENHAS = [("Lenhas Prudente", "lenhasprudente.com.br"), ("Madeireira Aurora do Vale", "madeireiraaurora.com.br"),
          ("Eucaliptos Goettems & Filhos", "eucaliptosgoettems.com.br"), ("Lenheira Leão Branco", "lenheiraleao.com.br")]
MUTUA = ("Mútua de Granizo Vale Sereno", "mutuavalesereno.org.br")
ASSOC = "Associação dos Fumicultores do Vale Sereno"
GRADES = ["BO1", "BO2", "BO3", "CO1", "CO2", "CO3", "X1O", "X2O", "X3L", "T1O", "T2R", "B1L", "C2L", "X3F", "BOK", "TLK", "C3R", "BO2L"]
VARIETIES = ["Virgínia", "Virgínia", "Burley", "Comum (galpão)"]
PRODUCTS = ["Imidafor 200 SC", "Clorotal 480 EC", "Acefax 750 SP", "Flumetral 250 EC", "Orizon Max", "Sulcafós 10 GR", "Brotex (antibrotante)"]
TRUCKS = ["VW 24.280 Constellation", "Mercedes-Benz Atego 2426", "Ford Cargo 2429", "Scania R 450 com carreta", "Volvo FH 460 com carreta",
          "VW 8.160 Delivery", "Mercedes-Benz Accelo 1016", "Iveco Tector 240E28"]
RURAL_BANKS = [("748", "Sicredi"), ("001", "Banco do Brasil"), ("133", "Cresol"), ("041", "Banrisul"), ("104", "Caixa"), ("756", "Sicoob")]
HOSPITALS = ["Hospital Regional Bento Amado", "Hospital Beneficente Linha Aurora", "Hospital São Bento", "Hospital Comunitário Vale Sereno",
             "Hospital Prudente de Morais"]
ROLE_BOXES = ["logistica", "recebimento", "centraldoprodutor", "sac", "juridico", "cerest", "vigilancia", "epidemiologia", "protocolo",
              "ouvidoria", "contato", "financeiro", "naoresponda", "no-reply", "cadastro", "sinistros", "agendamento", "rh", "secretaria",
              "saude", "atendimento", "cobranca", "compras", "vendas", "pedidos", "nfe", "faturamento", "credito", "mutua", "cadec",
              "sindicato", "tabelionato", "notificacoes", "med", "fiscalizacao", "ubs", "caps", "lab", "transporte", "operacao",
              "auditoriasocial", "insumos", "agronomia", "contabilidade", "pix"]
LAWS = ["Lei 13.288/2016", "Lei 5.889/1973", "Decreto 6.481/2008", "NR-31", "Lei 8.212/1991", "Lei 13.709/2018", "Lei 9.099/1995",
        "art. 155, § 4º, do Código Penal", "art. 180 do Código Penal", "Decreto-Lei 167/1967", "Lei 12.651/2012", "Decreto 5.658/2006"]
ROADS = ["Estrada Geral {l}", "Estrada Geral da {l}", "Estrada Municipal {l}", "Estrada Vicinal {l}", "Estrada {l}", "{r}", "Rua Principal",
         "Rua da Igreja", "Rua Pomerana", "Rua Leopoldo Puntel", "Rua Guilherme Kroth", "Travessa da Cooperativa", "Rua do Salão Comunitário"]
ROUTE = {"RS": ["ERS-{n}", "RSC-{n}", "BR-471"], "SC": ["SC-{n}", "BR-280"], "PR": ["PR-{n}", "BR-153"]}


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


_CUR = {"uf": "RS"}


def town(g: Gen) -> tuple[str, str]:
    """A town of the tobacco belts; the document's UF also steers the CEPs drawn for it."""
    c, uf, _ = g.pick(TOWNS)
    _CUR["uf"] = uf
    return c, uf


def gw(p: Person, m: str, f: str) -> str:
    """The masculine or feminine form of a word that goes with a person ('o instrutor' / 'a instrutora')."""
    return f if p.female else m


def comm(g: Gen) -> str:
    return g.pick(COMMS)


def gov(city: str, uf: str, sec: str = "") -> str:
    return (f"{sec}." if sec else "") + f"{slug(city)}.{uf.lower()}.gov.br"


def art(loc: str) -> str:
    """'da Linha Ferraz', 'do Rincão Branco'."""
    return "da" if loc.split()[0] in ("Linha", "Picada", "Colônia", "Costa", "Serra") else "do"


def _cep(self: Gen, dash: bool = True) -> str:
    """A CEP of the southern states (RS 93-99, SC 88-89, PR 84-85); small towns often end in -000."""
    pre = {"RS": ["93", "95", "96", "96", "97", "98", "99"], "SC": ["88", "89", "89"], "PR": ["84", "84", "85"]}[_CUR["uf"]]
    n = self.pick(pre) + self.d(3) + (self.d(3) if self.chance(0.5) else "000")
    return f"{n[:5]}-{n[5:]}" if dash else n


Gen.cep = _cep
DDDS[:] = ["51", "51", "51", "53", "54", "55", "47", "47", "49", "48", "42", "42", "41", "43"]


def rural_addr(g: Gen, uf: str | None = None, style: str = "text", loc: str | None = None) -> str:
    """A rural home: the road of a linha with its km or s/n, a state road's km, or a district street with its number."""
    uf = uf or "RS"
    r = g.pick(ROADS)
    route = g.pick(ROUTE[uf]).format(n=g.ri(130, 489))
    l = (loc or comm(g))
    road = r.replace("da {l}", art(l) + " {l}").format(l=l, r=route)
    if road.startswith(("Estrada", "ERS", "RSC", "SC-", "PR-", "BR-")):
        tail = g.pick([f", km {g.ri(2, 38)}", f", km {g.ri(2, 38)}", ", s/n", f" km {g.ri(2, 38)}", f", km {g.ri(2, 38)}, casa {g.ri(1, 4)}",
                       f", nº {g.ri(100, 9800)}", f", lote {g.ri(1, 90)}"])
    else:
        tail = g.pick([f", {g.ri(3, 980)}", ", s/n", f", nº {g.ri(3, 980)}", f" {g.ri(3, 980)}"])
    s = road + tail
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower().replace("estrada", g.pick(["estrada", "estr", "est."]), 1)
    return s


def town_addr(g: Gen, style: str = "text") -> str:
    t = g.pick(["Rua", "Rua", "Rua", "Avenida", "Travessa"])
    num = str(g.ri(3, 2499)) if g.chance(0.9) else "s/n"
    comp = g.pick(["", "", "", "", "casa 2", "fundos", "apto 102", "sala 3", "bloco B"])
    s = f"{t} {g.pick(STREET_NAMES)}" + (g.pick([", ", ", nº ", " "]) if num != "s/n" else ", ") + num + (g.pick([", ", " - "]) + comp if comp else "")
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower()
    return s.replace("Rua ", "R. ", 1) if g.chance(0.2) else s


def home(g: Gen, style: str = "text", rural: float = 0.75, uf: str | None = None, loc: str | None = None) -> str:
    return rural_addr(g, uf, style, loc) if g.chance(rural) else town_addr(g, style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def cnj_of(g: Gen, uf: str, seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg or CNJ_SEG.get(uf, '8.21')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def rbank(g: Gen) -> tuple[str, str]:
    return g.pick(RURAL_BANKS)


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    return typo(s, g) if g.chance(p) else s


def lphone(g: Gen, where: str, mobile: bool = True, style: str | None = None) -> str:
    """A phone number in the area code of a town (or of a UF); labelled like any phone number."""
    ddd = TOWN_DDD.get(where) or g.pick(UF_DDD.get(where, ["51"]))
    while True:
        local = ("9" + str(g.ri(8, 9)) + g.d(7)) if mobile else ("3" + str(g.ri(2, 7)) + g.d(6))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "plain", "nospace", "raw", "dash"]))


def nis(g: Gen) -> str:
    return g.pis(g.pick(["dot", "raw", "raw"]))


def kid(g: Gen, parent: Person, female: bool | None = None) -> Person:
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.15):
        o = g.pick(["de", "de", "it", "ua"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def mate(g: Gen, p: Person) -> Person:
    """A spouse: own given name and first surname, ending in the other's last surname."""
    return g.relative(p, not p.female)


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def sr(p: Person) -> str:
    return "dona" if p.female else "seu"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def crea(g: Gen, uf: str) -> str:
    return g.pick([f"CREA-{uf} {g.d(6)}", f"CREA/{uf} {g.d(6)}-{g.d(1)}", f"CREA-{uf} nº {g.ri(10000, 249999)}/D", f"CREA {uf} {g.d(6)}"])


def council2(g: Gen, kind: str, uf: str) -> str:
    if kind == "CREA":
        return crea(g, uf)
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {g.ri(1000, 39999)}", f"CRF/{uf} nº {g.ri(1000, 39999)}"])
    if kind == "CRBM":
        return g.pick([f"CRBM-{uf} {g.ri(1000, 19999)}", f"CRBM {g.ri(1, 7)}ª Região nº {g.ri(1000, 19999)}"])
    return g.council(kind, uf)


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def safra(g: Gen) -> str:
    y = g.pick([2024, 2025, 2025])
    return g.pick([f"{y}/{y + 1}", f"{y % 100}/{(y + 1) % 100}", f"{y}/{(y + 1) % 100}"])


def matricula(g: Gen) -> str:
    """The grower's code at the company (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.ri(10, 99)}.{g.d(5)}", f"P-{g.d(6)}", f"{g.d(4)}-{g.d(3)}", f"INT{g.d(5)}"]))


def ie_prod(g: Gen, uf: str) -> str:
    """The state registration of a rural producer (not labelled)."""
    return clean(g, lambda: {"RS": f"{g.d(3)}/{g.d(7)}", "SC": f"{g.d(3)}.{g.d(3)}.{g.d(3)}", "PR": f"{g.d(8)}-{g.d(2)}"}[uf])


def nfe_key(g: Gen) -> str:
    return clean(g, lambda: " ".join(g.d(4) for _ in range(11)))


def car_code(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{uf}-{g.d(7)}-" + ".".join(g.hexs(4, True) for _ in range(8)))


def coords(g: Gen, uf: str) -> str:
    lat = {"RS": (-31.4, -29.2), "SC": (-27.6, -26.1), "PR": (-25.9, -25.0)}[uf]
    return f"{g.rng.uniform(*lat):.5f}, {g.rng.uniform(-53.4, -50.2):.5f}"


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "blz", "👍", "<Mídia oculta>", "áudio de 0:47", "Esta mensagem foi apagada", "kkkk", "tá bom", "valeu",
                   "a luz caiu de novo aqui na linha", "choveu pedra ontem de noite", "a estrada tá um barro só depois da ponte",
                   "a folha baixeira já tá madura", "to botando lenha na estufa, depois falo", "deus o livre 🙏"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente colher só depois que o orvalho secar.", "Foi uma vitória salvar a estufa do fogo.",
                   "Sem luz na Linha Aurora desde a tempestade de quinta.", "O granizo pegou a Picada Flor inteira.",
                   "A Tabacos Leão do Sul abriu o recebimento na segunda.", "A Lenheira Leão Branco cobra R$ 95 o metro de eucalipto.",
                   "A ponte do Rincão Branco caiu na cheia de 2024.", "Não há esperança de preço melhor, dizem na Linha Salvador.",
                   "A Rua Leopoldo Puntel alaga quando o arroio sobe.", "Na Linha Bento a colheita começou mais cedo.",
                   "O Hospital Regional Bento Amado fica a 40 km da lavoura.", "A folha ficou rosada por causa do frio na cura.",
                   "A Quintanilha Tabacos pagou a BO1 a R$ 22,40 o quilo.", "O Faxinal do Rosa recebe o caminhão às quintas."])


# ------------------------------------------------------------------ atendimento

def at_orientador(g: Gen) -> Doc:
    """The field instructor's (orientador agrícola) WhatsApp chat with a grower, exported from the instructor's phone: the visit to the
    seedlings in float trays, the input order, the contract moved to a son's or daughter's name (CPF, RG, birth date sent), the pickup
    of the bales with the carrier's plate and driver, a vCard of the driver (FN, TEL), the wife by first name, a hail loss with the
    mutual's assessor and his phone; senders as saved names with a locality or a bare number."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    firm, dom, short = g.pick(FIRMS)
    ori = g.person(g.chance(0.3))
    gro = g.person(g.chance(0.25), word=g.chance(0.15))
    wife = mate(g, gro)
    son = kid(g, gro)
    drv, per = g.person(False), g.person(g.chance(0.2))
    carrier = g.pick(CARRIERS)[0]
    st = chat_stamp(g)
    t0 = g.moment(hours=(6, 10))
    t = iter(seq_times(g, 30, t0, 60, 5400))
    r = g.rng.random()
    if r < 0.45:
        G_ = [(lphone(g, city, style="wa"), "PHONE_NUMBER")]
    elif r < 0.65:
        G_ = [V(g.pick(["Produtor ", "Fumo ", "Integrado ", "Prod. "]) + loc)]
    elif r < 0.85:
        G_ = [P(g.pick([gro.short, gro.first])), V(" " + g.pick([loc, loc.split()[-1], "fumo", "fumo " + loc.split()[-1]]))]
    else:
        G_ = [P(g.pick([gro.short, gro.full, gro.nick]))]
    r = g.rng.random()
    if r < 0.35:
        O_ = [V(g.pick([f"Orientador {short}", f"Técnico {short}", "Orientador Fumo", f"{short} Assistência Técnica"]))]
    elif r < 0.55:
        O_ = [(lphone(g, city, style="wa"), "PHONE_NUMBER")]
    else:
        O_ = g.pick([[P(ori.first)], [P(ori.short)], [P(ori.first), V(f" {short}")], [P(ori.first), V(" (orientador)" if not ori.female else " (orientadora)")]])
    doc.t("Conversa do WhatsApp com ")
    for part in (G_ if len(G_) > 1 or G_[0][1] is None else O_):  # a saved label means the instructor's phone
        doc.e(part[0], part[1])
    doc.t("\n\n")
    cl2(doc, st(next(t)), O_, "Bom dia «s» «n», amanhã cedo passo aí «a» «l» pra ver as mudas no float e fechar o pedido de insumos da safra «sf».",
        s=sr(gro), n=P(gro.first), a=art(loc).replace("d", "n", 1), l=loc, sf=safra(g))
    cl2(doc, st(next(t)), G_, tp(g, g.pick(["bom dia. pode vir, to na estufa. a fornalha da estufa 2 ta rachada", "pode vir tche, o float ta bonito",
                                            "bom dia, vem depois das 10 que de manhã to no galpão classificando"]), 0.3))
    if g.chance(0.5):
        cl2(doc, st(next(t)), G_, chat_neg(g))
    heir = son if g.chance(0.6) else wife
    cl2(doc, st(next(t)), G_, tp(g, g.pick(["esse ano o contrato vai no nome «w», cpf «c»", "bota o contrato no nome «w» que eu vou aposentar, o cpf é «c»"]), 0.3),
        w=[V(("da minha guria " if son.female else g.pick(["do meu guri ", "do meu filho "])) if heir is son else gw(heir, "do meu marido ", "da minha mulher ")), P(heir.first if g.chance(0.6) else heir.full)],
        c=(g.cpf(g.pick(["raw", "dot", "dot"])), "BR_CPF"))
    cl2(doc, st(next(t)), O_, "Beleza. Manda também o RG e a data de nascimento pra eu cadastrar no sistema.")
    cl2(doc, st(next(t)), G_, tp(g, "rg «r» nasceu «d»«n»", 0.2), r=(g.rg(), "BR_RG"), n=[V(" nit "), (g.pis("raw"), "BR_PIS")] if g.chance(0.4) else "", d=(g.dob(g.pick(["br", "nopad", "short"]), 1968 if heir is wife else 1996, 2006), "DATE_OF_BIRTH"))
    plate = g.plate()
    dph = lphone(g, city)
    cl2(doc, st(next(t)), O_, "Recebido. A coleta dos fardos ficou pra «dt»: caminhão da «ca», placa «p». Segue o contato do motorista.",
        dt=dbr(t0.date() + datetime.timedelta(days=g.ri(5, 60))), ca=carrier, p=(plate, "LICENSE_PLATE"))
    cl2(doc, st(next(t)), O_, "contato.vcf (arquivo anexado)")
    doc.t("BEGIN:VCARD\nVERSION:3.0\nFN:")
    doc.e(drv.full, "PERSON")
    doc.t("\nTEL;TYPE=CELL:")
    doc.e(dph, "PHONE_NUMBER")
    doc.t(g.pick(["\nORG:" + carrier, ""]) + "\nEND:VCARD\n")
    cl2(doc, st(next(t)), G_, tp(g, gw(wife, "o", "a") + " «w» pergunta se o preço da «c» vai subir esse ano kkk", 0.3),
        w=P(wife.first if wife is not heir else g.pick([wife.nick, wife.first])) if g.chance(0.5) else V(gw(wife, "véio", "patroa")),
        c=g.pick(GRADES[:6]))
    cl2(doc, st(next(t)), O_, "A tabela sai depois da negociação com a «a». Por enquanto vale a do ano passado.", a=g.pick([ASSOC, "comissão dos produtores", "CADEC"]))
    if g.chance(0.5):
        cl2(doc, st(next(t)), G_, tp(g, "o granizo de sexta pegou a lavoura de baixo, ja registrei na mutua, protocolo «p»", 0.3), p=proto(g))
        cl2(doc, st(next(t)), O_, gw(per, "O perito", "A perita") + " da mútua é «x» «pn», «pp». Liga pra marcar a vistoria.", x=gw(per, "o", "a"),
            pn=P(g.pick([per.short, per.full])), pp=(lphone(g, city, style=g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        cl2(doc, st(next(t)), G_, g.pick([chat_neg(g), word_neg(g)]))
    return doc


def table_fixed(doc: Doc, cols: list[str], widths: list[int], rows: list[list[tuple]]) -> None:
    """A fixed-width report: every value cut at its column's width (names cut are still labelled)."""
    doc.t("".join(c.upper()[:w].ljust(w + 1) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("=" * (sum(widths) + len(widths) - 1) + "\n")
    for r in rows:
        out_line = []
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            v2 = cut(v, w).rstrip("-") if lab in (None, "PERSON", "ADDRESS") else v
            assert len(v2) <= w, (v2, w)
            if lab and not v2:
                lab = None
            out_line.append((v2, lab, w))
        for k, (v2, lab, w) in enumerate(out_line):
            doc.e(v2, lab) if v2 else None
            if k < len(out_line) - 1:
                doc.t(" " * (w - len(v2) + 1))
        doc.t("\n")


def at_agenda(g: Gen) -> Doc:
    """The reception unit's unloading schedule for a shift (psql, +---+, Markdown, blank-aligned, fixed-width or CSV): ticket, grower,
    CPF or the grower's code, locality, bales, estimated kg, carrier, plate, driver, driver's phone; the classifier and the supervisor;
    a note with a grower rescheduled and a CPF flagged as wrong (it fails the check: not labelled)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    doc.t(f"{firm} — Unidade de Recebimento {city}/{uf}\nAGENDA DE DESCARGA — {g.date('br')} — turno {g.pick(['manhã', 'tarde', 'noite'])}\n\n")
    rows = []
    growers = []
    for i in range(g.ri(4, 5)):
        p = g.person(g.chance(0.2))
        growers.append(p)
        drv = g.person(False)
        carrier = g.pick(CARRIERS + [("próprio", ""), ("próprio", "")])[0]
        rows.append([V(clean(g, lambda: f"S{g.d(4)}")), P(tp(g, g.pick([p.full, p.caps, p.short]), 0.08)),
                     (g.cpf(), "BR_CPF") if g.chance(0.65) else V(matricula(g)), V(comm(g)), V(str(g.ri(18, 140))), V(num(g.ri(900, 7800), 0)),
                     V(carrier.split()[0] if carrier != "próprio" else "próprio"), (g.plate(), "LICENSE_PLATE"),
                     (P(g.pick([drv.short, drv.first, drv.caps])) if g.chance(0.6) else V("a definir")) if carrier != "próprio" else V("o produtor"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("-"),
                     (lphone(g, city, style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V("-")])
    cols = ["senha", "produtor", "cpf/matr.", "localidade", "fardos", "kg est.", "transp.", "placa", "motorista", "cpf mot.", "fone mot."]
    style = g.pick(["plus", "psql", "plain", "md", "fixed", "csv"])
    if style == "fixed":
        table_fixed(doc, cols, [6, 20, 14, 16, 6, 7, 10, 8, 14, 14, 16], rows)
    elif style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    a, b = g.sample(growers, 2)
    cla, sup = g.person(), g.person()
    doc.f("\nObs.: «a» reagendado (umidade acima de 17%, fardos mofados). Cadastro de «b» com CPF divergente («x»), conferir antes da emissão da NF.\n",
          a=P(g.pick([a.short, a.first + " " + a.last])), b=P(b.short), x=g.neg_cpf())
    doc.f("Classificador(a) de plantão: «c» — supervisão de recebimento: ramal «r»\n", c=P(g.pick([cla.full, cla.short])) if g.chance(0.5) else V("equipe B"), r=g.ri(2100, 2399))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_0800(g: Gen) -> Doc:
    """The company's grower hotline, as the speech-to-text engine writes it (lower case, no punctuation, timestamps, speaker tags): the
    attendant's first name, the grower's name and locality, the CPF and the birth date read out (groups or words), a complaint about the
    grade given at the reception, the instructor's name, a daughter's phone read out; then the typed ticket (the attendant as a login)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    att, gro, ori = g.person(g.chance(0.7)), g.person(g.chance(0.3)), g.person(g.chance(0.3))
    dau = kid(g, gro, True)
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1948, 1985)
    ph = lphone(g, city, style="raw")
    pr = proto(g)
    doc.f("CENTRAL DO PRODUTOR «s» — 0800 «n» — transcrição automática (pt-BR) — chamada «c»\n\n", s=fold(short).upper(), n=f"{g.ri(600, 799)} {g.d(4)}", c=clean(g, lambda: g.hexs(10)))
    sec = g.ri(2, 20)

    def line(who: str, template: str, **vals) -> None:
        nonlocal sec
        doc.t(f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}] {who}: ")
        doc.f(template, **vals)
        doc.t("\n")
        sec += g.ri(4, 40)
    A, C = g.pick([("atendente", "cliente"), ("ATD", "CLI"), ("agente", "chamador")])
    line("ura", "central do produtor para falar de classificação digite um para coleta digite dois")
    line(A, "central do produtor «a» bom dia com quem eu falo", a=P(lower(att.first)))
    line(C, "bom dia aqui é «n» " + art(loc) + " «l» lá em «c»", n=P(g.pick([gro.low, lower(gro.short), lower(gro.first)])), l=lower(loc), c=lower(city))
    line(A, "o senhor me confirma o cpf por favor" if not gro.female else "a senhora me confirma o cpf por favor")
    line(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    line(A, "e a data de nascimento")
    line(C, "«d»", d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    addr_t = rural_addr(g, uf, "text", loc)
    addr = fold(addr_t).lower()
    cep = g.cep(False)
    line(A, "e o endereço continua o mesmo")
    line(C, "«e» cep «c»", e=(addr, "ADDRESS"), c=(g.pick([f"{cep[:2]} {cep[2:5]} {cep[5:]}", f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g)]), "BR_CEP"))
    line(A, "obrigada «s» «n» qual é a solicitação" if att.female else "obrigado «s» «n» qual é a solicitação", s=sr(gro) if g.chance(0.5) else "",
         n=P(lower(gro.first)) if g.chance(0.5) else ("senhora" if gro.female else "senhor"))
    line(C, "a minha carga de «d» foi tudo classificada em «x» e " + gw(ori, "o", "a") + " «o» tinha dito que ia dar «y» no mínimo", d=g.pick(["terça", "ontem", "semana passada", "sexta"]),
         x=lower(g.pick(GRADES[6:])), o=P(lower(g.pick([ori.first, ori.short]))), y=lower(g.pick(GRADES[:6])))
    if g.chance(0.25):
        nb = g.person()
        line(C, gw(nb, "o vizinho", "a vizinha") + " «v» levou a mesma folha e deu classe melhor", v=P(lower(nb.first)))
    line(A, "vou abrir uma contestação de classificação e o orientador entra em contato em até cinco dias úteis")
    line(C, "liga no celular da minha filha «f» que eu não escuto bem o número é «t»", f=P(lower(dau.first)), t=(g.pick([stt_groups(ph, g), f"{ph[:2]} {ph[2]} {ph[3:7]} {ph[7:]}"]), "PHONE_NUMBER"))
    line(A, "anotado o protocolo é «p» tenha um bom dia", p=pr)
    doc.t("\n--- CHAMADO (digitado) ---\n")
    kv_block(doc, [("Produtor", P(gro.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
                   ("Matrícula", V(matricula(g))), ("Endereço", (addr_t, "ADDRESS")), ("Localidade", V(f"{loc} — {city}/{uf}")),
                   ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Contato", P(dau.short)),
                   ("Telefone", (g.fmt_phone(ph[:2], ph[2:], "par"), "PHONE_NUMBER")), ("Motivo", V("contestação de classificação")),
                   ("Orientador", P(ori.full)), ("Aberto por", V(login(att, g)))], g.pick(["plain", "dots", "box", "caps"]))
    return doc


def at_app(g: Gen) -> Doc:
    """The grower app's profile export (pretty JSON, or one JSON line per grower): name, CPF, birth date, state registration (not
    labelled), e-mail, mobile, rural address, CEP, payment agency and account, the household for the social audit (spouse with CPF,
    children with birth dates), the instructor (name and login), the last access IP (public, or private and then not labelled)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    doc.f("# {0} — Portal do Produtor — exportação de cadastro (LGPD, Lei 13.709/2018) — {1}\n".format(short, ts(g.moment(), "iso")))
    one_line = g.chance(0.6)
    n = g.ri(2, 3) if one_line else 1
    for _ in range(n):
        p = g.person(g.chance(0.3))
        sp = mate(g, p)
        ori = g.person()
        loc = comm(g)
        bcode, bname = rbank(g)
        fam = [{"nome": P(sp.full), "parentesco": "cônjuge", "nascimento": (g.dob("iso", 1955, 1999), "DATE_OF_BIRTH"), "cpf": (g.cpf(), "BR_CPF")}]
        for _ in range(g.ri(1, 2)):
            k = kid(g, p)
            fam.append({"nome": P(k.full), "parentesco": "filho(a)", "nascimento": (kid_dob(g, "iso"), "DATE_OF_BIRTH"), "atividade_lavoura": False})
        ip = (g.ip(), "IP_ADDRESS") if g.chance(0.6) else g.ip_priv()
        rec = {"codigo": matricula(g), "nome": P(p.full), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "nascimento": (g.dob("iso", 1950, 1999), "DATE_OF_BIRTH"), "ie_produtor": ie_prod(g, uf),
               "nit": (g.pis(), "BR_PIS") if g.chance(0.6) else None, "email": (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else None, "celular": (lphone(g, city, style="e164"), "PHONE_NUMBER"),
               "endereco": {"logradouro": (rural_addr(g, uf, loc=loc), "ADDRESS"), "localidade": loc, "municipio": city, "uf": uf, "cep": (g.cep(), "BR_CEP")},
               "pagamento": {"banco": f"{bcode} - {bname}", "agencia": (g.agency(), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")},
               "grupo_familiar": fam, "orientador": {"nome": P(ori.full), "login": login(ori, g)},
               "safra": safra(g), "variedade": g.pick(VARIETIES), "pes_contratados": g.ri(20, 160) * 1000,
               "ultimo_acesso": {"ip": ip, "quando": ts(g.moment(), "iso"), "app": f"android {g.ri(3, 5)}.{g.ri(0, 9)}.{g.ri(0, 9)}"}}
        jval(doc, rec, None if one_line else 0)
        doc.t("\n")
    return doc


def at_email_coleta(g: Gen) -> Doc:
    """An e-mail thread between the company's logistics analyst and a carrier on a pickup order in the linhas: the growers to collect
    (name, rural address, locality, bales, phone), the driver (CPF, CNH, plates of the tractor unit and the trailer), the carrier's
    reply with the driver's mobile; corporate e-mails of both people; X-Originating-IP."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    carrier, cdom = g.pick(CARRIERS)
    ana, op, drv = g.person(), g.person(), g.person(False)
    am, om = corp_mail(ana, dom, g), corp_mail(op, cdom, g)
    t0 = g.moment(hours=(7, 17))
    oc = clean(g, lambda: f"OC-{g.ri(2025, 2026)}/{g.d(5)}")
    doc.f("From: «a» <«b»>\nTo: «c» <«d»>\nSubject: RE: Ordem de coleta «oc» — «ci»\nDate: «t»\n\n", a=P(op.full), b=(om, "EMAIL_ADDRESS"),
          c=P(ana.full), d=(am, "EMAIL_ADDRESS"), oc=oc, ci=city, t=mail_date(t0 + datetime.timedelta(hours=g.ri(1, 20))))
    doc.f("Confirmado. O «d» sai da garagem às «h» e faz a rota na ordem da lista. Celular dele: «t».\n", d=P(g.pick([drv.first, drv.nick])), h=g.pick(["4h30", "5h", "5h30"]),
          t=(lphone(g, city), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Atenção: a ponte da «l» não aguenta o bitrem, vamos com o truck.\n", l=comm(g))
    doc.f("Att., «o» — Operação «c»\n\n", o=P(op.first), c=carrier)
    doc.f("> Em «t», <«b»> escreveu:\n> Bom dia. Segue a ordem de coleta «oc» para «d»:\n>\n", t=ts(t0, "br"), b=(am, "EMAIL_ADDRESS"), oc=oc, d=g.date("br"))
    for i in range(g.ri(3, 4)):
        p = g.person(g.chance(0.25))
        loc = comm(g)
        doc.f("> «i») «n»«c» — «e», «l» — «f» fardos — fone «t»\n", i=i + 1, n=P(g.pick([p.full, p.caps, p.short])), e=(rural_addr(g, uf, loc=loc), "ADDRESS"),
              c=[V(" (CPF "), (g.cpf(), "BR_CPF"), V(")")] if g.chance(0.7) else "",
              l=loc, f=g.ri(20, 160), t=(lphone(g, city, mobile=g.chance(0.7)), "PHONE_NUMBER"))
    doc.f(">\n> Motorista escalado: «m», CPF «c»«rg», CNH «h»\n> Cavalo «p1» / carreta «p2»\n", m=P(drv.full), c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"), rg=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "",
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("> Lembrando: lona obrigatória, fardo molhado é recusado na descarga.\n> Analista de Logística — «s» — «r»\n", s=short,
          r=role_mail(g, dom, g.pick(["logistica", "transporte", "agendamento"])))
    doc.f("\nX-Originating-IP: [«ip»]\n", ip=(g.ip_pub(), "IP_ADDRESS"))
    return doc


def at_carta(g: Gen) -> Doc:
    """A grower's handwritten letter to the company, scanned and OCR'd (rn/m, cl/d, I/l, O/0... in words and names; identifiers clean):
    he will not plant next season; name, CPF, the grower's code (not labelled), the agency and account for the balance, the wife, a son's
    phone, the rural address and CEP; the reception stamp with the clerk's name."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, ori, clerk = g.person(g.chance(0.3)), g.person(g.chance(0.3)), g.person()
    wife, son = mate(g, gro), kid(g, gro)
    rate = g.pick([0.15, 0.3, 0.45])
    o = lambda s: ocr(s, g, rate)  # noqa: E731
    on = lambda s: ocr(s, g, rate * 0.6, names=True)  # noqa: E731
    doc.t(f"[documento digitalizado — OCR — pág. 1/1]\n\n{o(city)}, {g.docdate(g.pick(['br', 'long']))}\n\n")
    doc.f(o(gw(ori, "Ao senhor ", "À senhora ")) + "«o»" + o(gw(ori, " orientador da firma ", " orientadora da firma ")) + short + "\n\n", o=P(on(g.pick([ori.full, ori.short]))))
    doc.f(o("Eu ") + "«n»" + o(", RG ") + "«r»" + o(", CPF ") + "«c»" + o(gw(gro, ", produtor ", ", produtora ")) + art(loc) + " " + o(loc) + o(", matrícula ") + matricula(g) +
          o(", venho avisar que não vou plantar fumo na safra que vem porque ") + o(g.pick(["a idade não deixa mais", "o guri foi pra cidade",
                                                                                          "a estufa queimou e não tenho como fazer outra",
                                                                                          "o preço não paga a lenha"])) + ".\n",
          n=P(on(g.pick([gro.full, gro.caps]))), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    bcode, bname = rbank(g)
    doc.f(o("Peço que o saldo da venda seja depositado no ") + bname + o(" agência ") + "«a»" + o(" conta ") + "«c»" + o(gw(wife, " que é minha e do meu esposo ", " que é minha e da minha esposa ")) + "«w».\n",
          a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), w=P(on(g.pick([wife.full, wife.first]))))
    doc.f(o("Se precisar falar liga pro meu filho ") + "«s»" + o(" no fone ") + "«t»" + o(". Meu endereço é ") + "«e», CEP «cep».\n\n",
          s=P(on(son.first)), t=(lphone(g, city, style=g.pick(["plain", "par", "nospace"])), "PHONE_NUMBER"),
          e=(on(rural_addr(g, uf, loc=loc)), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(o("Sem mais, agradeço os anos de parceria.") + "\n«n»\n\n", n=P(on(gro.full)))
    doc.f("[carimbo] RECEBIDO EM «d» — «u» — por «c»\n", d=g.date("br", 2026), u=fold(short).upper(), c=P(g.pick([clerk.short, clerk.caps])))
    return doc


def at_visita(g: Gen) -> Doc:
    """The instructor's field visit report (checkbox form): grower with CPF and state registration (not labelled), coordinates (not
    labelled), phone; checks on barns, firewood with its DOF (not labelled), protective clothing, no minors in the field (Decreto
    6.481/2008); the household declaration for the social audit (names, kinship, birth dates, school names holding surnames); the
    agronomist's prescription with CREA; the signatures."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, ori, agr = g.person(g.chance(0.3)), g.person(g.chance(0.3)), g.person()
    sp = mate(g, gro)
    doc.f("RELATÓRIO DE VISITA TÉCNICA Nº «n» — SAFRA «s»\n«f» — Orientador(a): «o» — Data: «d»\n\n", n=clean(g, lambda: f"{g.d(4)}/{g.ri(25, 26)}"), s=safra(g),
          f=firm, o=P(g.pick([ori.full, ori.short])), d=g.date("br"))
    doc.f("Produtor(a): «p»    CPF: «c»    IE: «ie»\nLocalidade: «l» — «ci»/«uf»    GPS: «g»\nFone: «t»\n\n", p=P(g.pick([gro.full, gro.caps])), c=(g.cpf(), "BR_CPF"),
          ie=ie_prod(g, uf), l=loc, ci=city, uf=uf, g=coords(g, uf), t=(lphone(g, city), "PHONE_NUMBER"))
    checks = [(f"Estufas: {g.ri(1, 3)} ({g.pick(['convencional', 'ar forçado', 'elétrica'])})", True),
              (f"Lenha com DOF nº {clean(g, lambda: g.d(12))} / área de eucalipto própria", g.chance(0.7)),
              ("Vestimenta de colheita (hidrorrepelente) entregue e em uso", g.chance(0.8)),
              ("Nenhum menor de 18 anos na lavoura ou na estufa (Decreto 6.481/2008)", True),
              ("Embalagens vazias devolvidas (tríplice lavagem)", g.chance(0.7)),
              (f"Mudas no float: {g.ri(20, 140)} mil — {g.pick(VARIETIES)}", True)]
    for s, ok in checks:
        doc.t(("[x] " if ok else "[ ] ") + s + "\n")
    doc.t("\nDECLARAÇÃO DO GRUPO FAMILIAR (auditoria social):\n")
    rows = [[P(sp.full), V("cônjuge"), (g.dob("br", 1958, 1996), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.7) else (nis(g), "BR_PIS"), V("lavoura")]]
    for _ in range(g.ri(1, 3)):
        k = kid(g, gro)
        rows.append([P(g.pick([k.full, k.first + " " + k.last])), V("filho(a)"), (kid_dob(g, lo=2008, hi=2022), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.5) else V("—"),
                     V(g.pick(["EMEF Prudente de Morais", "Escola Estadual Bento Gonçalves", "EEEF Leopoldo Puntel", "EMEF Linha Aurora",
                               "Colégio Sinodal Flor da Serra", "creche"]))])
    if g.chance(0.4):
        o_ = g.person()
        rows.append([P(o_.full), V("sogro(a)"), (g.dob("br", 1935, 1955), "DATE_OF_BIRTH"), (nis(g), "BR_PIS") if g.chance(0.5) else (g.cpf(), "BR_CPF"),
                     V("aposentado(a)")])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF/NIS", "escola/atividade"], rows, g.pick(["plus", "md", "plain", "pipe"]))
    doc.f("\nRecomendações: «r». Produto: «pr», conforme receituário agronômico nº «n» — «a», «c».\n",
          r=g.pick(["colher a baixeira só com a folha enxuta", "trocar a tela do float", "refazer o aterramento da estufa elétrica", "aplicar antibrotante após a capação"]),
          pr=g.pick(PRODUCTS), n=clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}"), a=P(g.pick([agr.full, agr.short])), c=(crea(g, uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\n____________________          ____________________\n«p»          «o»\nprodutor(a)                    orientador(a)\n", p=P(gro.full), o=P(ori.full))
    else:
        doc.f("\nAssinaturas: produtor(a) ______________  orientador(a) ______________ (tel. do orientador: «t»)\n", t=(lphone(g, city), "PHONE_NUMBER"))
    return doc


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2010, hi: int = 2024) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "nopad", "short", "iso"]), lo, hi)


RG_ORG[:] = ["SSP/RS", "SJS/RS", "IGP/RS", "SSP/SC", "IGP/SC", "SESP/PR", "II/PR", "SSP/RS"]
JOB_RURAL = [("agricultor", "agricultora"), ("produtor rural", "produtora rural"), ("fumicultor", "fumicultora"),
             ("agricultor aposentado", "agricultora aposentada")]
UF_NAME = {"RS": "Rio Grande do Sul", "SC": "Santa Catarina", "PR": "Paraná"}
PRT = {"RS": "4ª", "SC": "12ª", "PR": "9ª"}


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for i in range(n):
        w = g.person()
        doc.f("«i». «n» — CPF «c»«r»\n", i=i + 1, n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "")


# ------------------------------------------------------------------ juridico

def ju_contrato(g: Gen) -> Doc:
    """The integration contract for a season (Lei 13.288/2016), in clauses: the company with its CNPJ and its attorney; the grower
    qualified (birth date, RG or CNH, CPF, título sometimes, rural address, CEP) and the consenting spouse (CPF, RG); the property (land
    registry number, CAR code: not labelled), the inputs, classification, payment to agency and account, CADEC, child labour; witnesses
    with CPF; an e-signature log (names, e-mails, IPs) in some copies."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, rep = g.person(g.chance(0.3)), g.person()
    sp = mate(g, gro)
    caps = g.chance(0.35)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    doc.t(up(f"CONTRATO DE INTEGRAÇÃO VERTICAL Nº {clean(g, lambda: g.d(6))}/{g.ri(2025, 2026)} — PRODUÇÃO DE TABACO — SAFRA {safra(g)}\n(Lei 13.288/2016)\n\n"))
    doc.f(up("INTEGRADORA: ") + firm + up(", inscrita no CNPJ sob o nº ") + "«c»" + up(f", com unidade em {city}/{uf}, neste ato representada por {gw(rep, 'seu procurador', 'sua procuradora')} ") + "«r»;\n",
          c=(g.cnpj(), "BR_CNPJ"), r=P(rep.capsf if caps else rep.full))
    doc.t(up("INTEGRADO(A): "))
    qualify(g, doc, gro, caps=caps, dob=(1950, 2000), job=g.pick(JOB_RURAL), where=(city, uf), rural=0.85, titulo=g.chance(0.35), pis=g.chance(0.4),
            civil=gw(gro, g.pick(["casado", "casado", "em união estável"]), g.pick(["casada", "casada", "em união estável"])),
            email=g.chance(0.3), phone=g.chance(0.6))
    doc.f(up(", inscrição estadual de produtor nº ") + ie_prod(g, uf) + ";\n" + up("CÔNJUGE ANUENTE: ") + "«s», CPF «c», RG «r».\n\n",
          s=P(sp.capsf if caps else sp.full), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    pes = g.ri(25, 180) * 1000
    doc.t(up(f"CLÁUSULA PRIMEIRA — DO OBJETO. O(A) INTEGRADO(A) produzirá {num(pes, 0)} pés de tabaco {g.pick(VARIETIES)} na propriedade situada na {loc}, "
             f"matrícula nº {clean(g, lambda: g.d(5))} do Registro de Imóveis de {city}, CAR {car_code(g, uf)}, e entregará toda a produção à INTEGRADORA.\n"))
    doc.t(up("CLÁUSULA SEGUNDA — DOS INSUMOS. Sementes, bandejas, fertilizantes e defensivos serão fornecidos pela INTEGRADORA mediante pedido, "
             "com receituário agronômico, e descontados na comercialização.\n"))
    doc.t(up(f"CLÁUSULA TERCEIRA — DA CLASSIFICAÇÃO. A classificação seguirá a tabela de classes negociada; é facultado ao(à) INTEGRADO(A) acompanhá-la "
             f"pessoalmente ou por representante da {ASSOC}.\n"))
    bcode, bname = rbank(g)
    doc.f(up(f"CLÁUSULA QUARTA — DO PAGAMENTO. O valor líquido será creditado em até 5 (cinco) dias úteis no {bname}, agência ") + "«a»" + up(", conta ") + "«cc»"
          + up(" de titularidade do(a) INTEGRADO(A).\n"), a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t(up("CLÁUSULA QUINTA — DA CADEC. Divergências serão levadas à Comissão para Acompanhamento, Desenvolvimento e Conciliação da Integração.\n"))
    doc.t(up("CLÁUSULA SEXTA — É vedado o trabalho de menores de 18 anos na cultura (Decreto 6.481/2008), sob pena de rescisão.\n"))
    doc.t(up(f"CLÁUSULA SÉTIMA — Fica eleito o foro da Comarca de {city}/{uf}.\n\n{city}, {g.docdate()}.\n"))
    signed(g, doc, gro, "Integrado(a)", caps=caps)
    signed(g, doc, sp, "Cônjuge anuente", caps=caps)
    witnesses(g, doc, 2, caps)
    if g.chance(0.4):
        esign_log(g, doc, [(gro, g.email(gro)), (rep, corp_mail(rep, dom, g))], g.moment())
    return doc


def ju_peticao(g: Gen) -> Doc:
    """A grower's civil action against the company over undervalued grades: the grower qualified (e-mail and phone sometimes) and the
    wife with CPF; the company's CNPJ; the deliveries table (NF-e numbers, bales, kg, grade given and grade expected: not labelled); the
    instructor, the classifier and the association's representative by name; the list of witnesses with CPF and rural address; the lawyer
    with OAB; the CNJ number of the distribution (not labelled)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    gro, ori, cla, rep, adv = g.person(g.chance(0.3)), g.person(), g.person(), g.person(), g.person()
    sp = mate(g, gro)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c»/«uf»\n\nDistribuição por dependência — Processo nº «n»\n\n",
          v=g.pick(["1ª", "2ª", "3ª"]), c=fold(city).upper(), uf=uf, n=cnj_of(g, uf))
    qualify(g, doc, gro, dob=False, job=g.pick(JOB_RURAL), where=(city, uf), rural=0.8, email=g.chance(0.4), phone=g.chance(0.6),
            civil=gw(gro, "casado", "casada"))
    doc.f(", e sua esposa" if not gro.female else ", e seu esposo", )
    doc.f(" «s», CPF «c», por seu advogado que esta subscreve, vêm propor AÇÃO DE REVISÃO DE CLASSIFICAÇÃO C/C INDENIZAÇÃO POR DANOS MATERIAIS em face de "
          "«f», inscrita no CNPJ sob o nº «cn», pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n", s=P(sp.full), c=(g.cpf(), "BR_CPF"), f=firm.upper(),
          cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(gw(gro, "Integrado desde «y», o autor", "Integrada desde «y», a autora") + " entregou na safra «s» os fardos abaixo, sempre " + gw(gro, "orientado", "orientada")
          + gw(ori, " pelo instrutor", " pela instrutora") + " «o», que avaliou a produção na propriedade como "
          "de classes superiores:\n\n", y=g.ri(1995, 2018), s=safra(g), o=P(g.pick([ori.full, ori.short])))
    rows = []
    for _ in range(g.ri(3, 5)):
        kg = g.ri(800, 4200)
        rows.append([V(g.date("br")), V(clean(g, lambda: f"{g.d(3)}.{g.d(3)}")), V(str(kg // 50)), V(num(kg, 0)), V(g.pick(GRADES[6:])), V(g.pick(GRADES[:6]))])
    table_ruled(doc, ["data", "NF-e", "fardos", "kg", "classe atribuída", "classe orientada"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nNa descarga de «d», «c» recusou a reclassificação, embora " + gw(rep, "o representante", "a representante") + " da associação«r», presente ao ato, tenha "
          "registrado a divergência. A diferença de preço soma «v», conforme a tabela da própria ré (Lei 13.288/2016, art. 4º).\n\n",
          d=g.date("br"), c=[V("a classificadora "), P(g.pick([cla.full, cla.short]))] if g.chance(0.5) else V("a classificação de plantão"), r=[V(", "), P(rep.full)] if g.chance(0.5) else "",
          v=money(g, 8000, 64000))
    doc.t("II — DOS PEDIDOS\n\na) a citação da ré; b) a perícia de classificação das amostras retidas; c) a condenação ao pagamento da diferença, "
          "corrigida; d) a inversão do ônus da prova.\n\nRol de testemunhas:\n")
    for i in range(2):
        w = g.person()
        wl = comm(g)
        doc.f("«i». «n», agricultor(a), CPF «c», residente na «e», «l», «ci»/«uf»;\n", i=i + 1, n=P(w.full), c=(g.cpf(), "BR_CPF"), e=(rural_addr(g, uf, loc=wl), "ADDRESS"),
              l=wl, ci=city, uf=uf)
    doc.f("\nDá-se à causa o valor de «v».\n\n«ci», «d».\n\n«a»\n«o»«e»\n", v=money(g, 8000, 64000), ci=city, d=g.docdate(), a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=[V(" — "), (g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS")] if g.chance(0.7) else "")
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report in capitals on cured tobacco stolen from a barn at night: the victim qualified (birth date, RG, CPF, phone, rural
    address, CEP); the neighbour who saw a pickup's plate, with phone; a former harvest hand by name and 'vulgo'; a middleman known by a
    nickname; the bales' tag code (not labelled); the delegate and the clerk."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    vit, viz, sus, dele, esc = g.person(g.chance(0.3)), g.person(), g.person(False), g.person(), g.person()
    doc.f("POLÍCIA CIVIL DO ESTADO «u» — DELEGACIA DE POLÍCIA DE «c»\nBOLETIM DE OCORRÊNCIA Nº «n» — FURTO QUALIFICADO (ART. 155, § 4º, DO CÓDIGO PENAL)\n",
          u={"RS": "DO RIO GRANDE DO SUL", "SC": "DE SANTA CATARINA", "PR": "DO PARANÁ"}[uf], c=fold(city).upper(), n=clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}"))
    doc.f("DATA DO FATO: «d» ENTRE 01H E 05H — LOCAL: GALPÃO DE FUMO, «l», INTERIOR DE «c»\n\nCOMUNICANTE/VÍTIMA: ", d=g.date("br"), l=fold(loc).upper(), c=fold(city).upper())
    qualify(g, doc, vit, caps=True, dob=(1950, 1995), job=g.pick(JOB_RURAL), where=(city, uf), rural=0.9, phone=True)
    n_f = g.ri(8, 40)
    plate = g.plate()
    doc.f(".\n\nRELATO: A VÍTIMA RELATA QUE NA MADRUGADA FORAM SUBTRAÍDOS «n» FARDOS DE TABACO CURADO (CERCA DE «k» KG, CLASSE «cl») DO GALPÃO AO LADO DA ESTUFA, "
          "COM ROMPIMENTO DO CADEADO. " + gw(viz, "O VIZINHO", "A VIZINHA") + " «v», TELEFONE «t», OUVIU O CACHORRO LATIR E VIU UMA CAMINHONETE «m» DE PLACA «p» SAINDO SEM FARÓIS PELA ESTRADA GERAL. ",
          n=n_f, k=n_f * g.ri(45, 60), cl=g.pick(GRADES), v=P(viz.capsf), t=(lphone(g, city, style=g.pick(["par", "plain"])), "PHONE_NUMBER"),
          m=g.pick(["S10 BRANCA", "HILUX PRATA", "STRADA VERMELHA", "F-1000 AZUL", "SAVEIRO PRETA"]), p=(plate, "LICENSE_PLATE"))
    doc.f("A VÍTIMA SUSPEITA DE «s»«c», VULGO «a», QUE TRABALHOU COMO DIARISTA NA COLHEITA E CONHECIA O GALPÃO, E DE UM ATRAVESSADOR CONHECIDO COMO «b», QUE COMPRA "
          "FUMO SEM NOTA NA REGIÃO. OS FARDOS ESTAVAM ETIQUETADOS COM A MATRÍCULA «mt» DA «f».«x»\n\n",
          s=P(sus.capsf), c=[V(" (CPF "), (g.cpf(), "BR_CPF"), V(", CONFORME CONSULTA AO SISTEMA)")] if g.chance(0.5) else "", a=P(fold(g.pick(FREE_NICK)).upper()), b=P(fold(g.pick(FREE_NICK)).upper()), mt=matricula(g), f=fold(firm).upper().rstrip("."),
          x=[V(" O SUSPEITO USA O CELULAR "), (lphone(g, city, style="plain"), "PHONE_NUMBER"), V(".")] if g.chance(0.4) else "")
    doc.f("PREJUÍZO ESTIMADO: «v». PROVIDÊNCIAS: PERÍCIA NO LOCAL SOLICITADA; CONSULTA À PLACA «p».\n\nAUTORIDADE: «d» — DELEGAD«o» DE POLÍCIA\nESCRIVÃO(Ã): «e»\n",
          v=money(g, 6000, 38000), p=(plate, "LICENSE_PLATE"), d=P(dele.capsf), o="A" if dele.female else "O", e=P(esc.capsf) if g.chance(0.5) else V("DE PLANTÃO (MAT. " + clean(g, lambda: g.d(6)) + ")"))
    return doc


def ju_fiscalizacao(g: Gen) -> Doc:
    """A labour inspection report on a tobacco farm (NR-31) and the TAC signed before the labour prosecutor: the employer with CPF
    (CAEPF not labelled), address and CEP; the table of hands found without registration (name, CPF, NIT, birth date, task, start),
    one of them under 18; the son who followed the inspection, with phone; the two inspectors and the prosecutor by name; AI and TAC
    numbers not labelled."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    emp, a1, a2, proc = g.person(g.chance(0.2)), g.person(), g.person(), g.person()
    son = kid(g, emp)
    doc.f("MINISTÉRIO DO TRABALHO E EMPREGO — SUPERINTENDÊNCIA REGIONAL DO TRABALHO NO «u»\nRELATÓRIO DE AÇÃO FISCAL — TRABALHO RURAL (NR-31) — «d»\n\n",
          u=fold(UF_NAME[uf]).upper(), d=g.date("br"))
    doc.f(gw(emp, "Empregador", "Empregadora") + ": «n», CPF «c», CAEPF «cp», " + gw(emp, "integrado", "integrada") + " da «f».\nEstabelecimento: «e», «l», «ci»/«uf», CEP «cep».\n\n", n=P(g.pick([emp.full, emp.caps])),
          c=(g.cpf(), "BR_CPF"), cp=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}"), f=short, e=(rural_addr(g, uf, loc=loc), "ADDRESS"), l=loc, ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.t("Trabalhadores encontrados na colheita de tabaco sem registro em CTPS/eSocial:\n\n")
    rows = []
    for i in range(g.ri(3, 4)):
        w = g.person(g.chance(0.35))
        minor = i == 0
        rows.append([P(g.pick([w.full, w.caps, w.short])), (g.cpf(), "BR_CPF") if g.chance(0.85) else V("não possui"),
                     (nis(g), "BR_PIS") if g.chance(0.6) and not minor else V("-"),
                     (g.dob("br", 2008, 2009) if minor else g.dob("br", 1960, 2004), "DATE_OF_BIRTH"),
                     V(g.pick(["colheita", "amarração das folhas", "carregamento da estufa", "classificação no galpão"])), V(g.date("nopad"))])
    g.rng.shuffle(rows)
    table_ruled(doc, ["nome", "CPF", "NIT", "nascimento", "atividade", "início"], rows, g.pick(["plus", "psql", "plain", "md"]))
    doc.f("\nConstatado adolescente em atividade da Lista TIP (Decreto 6.481/2008), afastado de imediato. Lavrados os autos de infração nº «a1» e «a2» "
          "(art. 41 da CLT; NR-31, item 31.6). Acompanhou a ação «x» «s», telefone «t».\n\nAuditores-Fiscais do Trabalho: «f1»«f2».\n\n",
          a1=clean(g, lambda: g.d(9)), a2=clean(g, lambda: g.d(9)), x="a filha do empregador," if son.female else "o filho do empregador,",
          s=P(son.full), t=(lphone(g, city), "PHONE_NUMBER"), f1=P(a1.full), f2=[V(" e "), P(a2.full)] if g.chance(0.5) else " e equipe")
    doc.f("TERMO DE AJUSTE DE CONDUTA Nº «n» — PROCURADORIA REGIONAL DO TRABALHO DA «p» REGIÃO\nCompromissário(a): «e». Procurador(a) do Trabalho: «pr».\n"
          "Obrigações: registrar os trabalhadores em até 10 dias; não admitir menores de 18 anos; fornecer vestimenta de colheita e água potável; "
          "multa de «m» por trabalhador encontrado em situação irregular.\n", n=clean(g, lambda: f"{g.d(3)}/{g.ri(2025, 2026)}"), p=PRT[uf], e=P(emp.full),
          pr=P(proc.full), m=money(g, 2000, 10000))
    return doc


def ju_cadec(g: Gen) -> Doc:
    """The minutes of a CADEC meeting (the integration's conciliation commission): the growers' association with its CNPJ; members for
    the company and for the growers; a grower's case (CPF, locality, the son who came with him, the classifier); an attendance list with
    CPF, phone and a signature written as a name in some rows."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    m1, m2, m3, m4, sec = (g.person() for _ in range(5))
    gro = g.person(g.chance(0.3))
    son = kid(g, gro)
    loc = comm(g)
    doc.f("ATA Nº «n» DA COMISSÃO PARA ACOMPANHAMENTO, DESENVOLVIMENTO E CONCILIAÇÃO DA INTEGRAÇÃO (CADEC) — «f» / «a» (CNPJ «c»)\n\n",
          n=f"{g.ri(1, 14):02d}/{g.ri(2025, 2026)}", f=short.upper(), a=ASSOC.upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("Aos «d», na sede da associação em «ci»/«uf», reuniram-se os membros da CADEC indicados na lista de presença, sob a coordenação de «m3», presidente da "
          "associação. Secretariou os trabalhos «s».\n\n", d=g.docdate("long"), ci=city, uf=uf, m3=P(m3.full), s=P(sec.full) if g.chance(0.5) else V("a secretária executiva"))
    doc.f("Item 1 — Caso " + gw(gro, "do integrado", "da integrada") + " «g» (CPF «c», «l»): contestação da classificação de «n» fardos entregues em «d». "
          + gw(gro, "O integrado, acompanhado", "A integrada, acompanhada") + " «x» «s», alegou que "
          "as amostras foram tomadas de fardos úmidos. A integradora propôs a reclassificação de metade dos fardos em «k». Proposta aceita.\n",
          g=P(g.pick([gro.full, gro.short])), c=(g.cpf(), "BR_CPF"), l=loc, n=g.ri(6, 40), d=g.date("br"), x="da filha" if son.female else "do filho",
          s=P(son.first), k=g.pick(GRADES[:6]))
    doc.f("Item 2 — Preço de referência: a classe «a» passa a «p» por quilo; «b» a «q».\nItem 3 — Informes: «w»\n\n", a=g.pick(GRADES[:3]), p=money(g, 18, 24),
          b=g.pick(GRADES[6:]), q=money(g, 7, 12), w=word_neg(g))
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    for p, rep in [(m1, short), (m2, short), (m3, "integrados"), (m4, "integrados")] + ([(gro, "convidado")] if g.chance(0.4) else []):
        sig = g.rng.random()
        mail = (corp_mail(p, dom, g), "EMAIL_ADDRESS") if rep == short else (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("")
        rows.append([P(g.pick([p.full, p.caps])), V(rep), (g.cpf(), "BR_CPF"), (lphone(g, city, style=g.pick(["plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     mail, P(p.short) if sig < 0.15 else V("(assinado)" if sig < 0.8 else "ausente")])
    table_ruled(doc, ["nome", "representação", "CPF", "telefone", "e-mail", "assinatura"], rows, g.pick(["plus", "plain", "pipe"]))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """A notary's public power of attorney: an elderly grower (qualified with birth date, RG, CPF, título sometimes, address, CEP) who
    does not sign, a person signing at his request ('a rogo') with CPF, the son or daughter appointed (qualified, phone), powers before the
    company, the bank (agency, account) and the hail mutual; the notary's substitute by name; book, page and digital seal not labelled."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    out, tab, rogo = g.person(g.chance(0.4)), g.person(), g.person()
    son = kid(g, out)
    doc.f("REPÚBLICA FEDERATIVA DO BRASIL — TABELIONATO DE NOTAS DE «c»/«uf»\nLIVRO «l» — FOLHA «f» — PROCURAÇÃO BASTANTE QUE FAZ «o»\n\n", c=fold(city).upper(), uf=uf,
          l=f"{g.ri(80, 420)}-P", f=g.ri(1, 299), o=P(out.capsf))
    doc.f("Saibam quantos este público instrumento de procuração virem que, aos «d», nesta cidade de «c», em meu cartório, perante mim, «t», «x», "
          "compareceu como OUTORGANTE: ", d=g.docdate("long"), c=city, t=P(tab.full), x=gw(tab, "Tabelião Substituto", "Tabeliã Substituta"))
    qualify(g, doc, out, dob=(1930, 1958), job=("agricultor aposentado", "agricultora aposentada"), where=(city, uf), rural=0.85, titulo=g.chance(0.6))
    doc.f("; reconhecid«o» como «p» própri«o» por mim, à vista dos documentos apresentados, que, por não saber assinar, pede que assine a seu rogo «r», CPF «c». "
          "E pel«o» outorgante me foi dito que nomeia e constitui como bastante procurador(a) ", o=out.o, p="a" if out.female else "o", r=P(rogo.full), c=(g.cpf(), "BR_CPF"))
    doc.t("seu filho, " if not son.female else "sua filha, ")
    qualify(g, doc, son, dob=False, job=g.pick(JOB_RURAL[:3]), where=(city, uf), rural=0.7, phone=g.chance(0.9), email=g.chance(0.4))
    bcode, bname = rbank(g)
    doc.f(", a quem confere poderes para, junto à «f», firmar e rescindir contrato de integração, retirar insumos, acompanhar a classificação, receber valores e dar "
          "quitação; movimentar a conta nº «cc», agência «a», do «b»; representar o(a) outorgante perante a «m» em avisos de sinistro; podendo substabelecer.\n"
          "Selo digital: «sd». Emolumentos: «e».\n\n", f=firm, cc=(g.account(), "BANK_ACCOUNT"), a=(g.agency(), "BANK_ACCOUNT"), b=bname, m=MUTUA[0],
          sd=clean(g, lambda: f"{g.d(4)}.{g.d(2)}.{g.d(7)}.{g.d(5)}"), e=money(g, 90, 260))
    doc.f("A rogo de «o»: «r»\n«t» — «x»\n", o=P(out.full), r=P(rogo.full), t=P(tab.full), x=gw(tab, "Tabelião Substituto", "Tabeliã Substituta"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice from the company to a grower who sold part of the crop to a middleman, with the input debt; the post's
    delivery receipt (tracking code not labelled; received by a relative, with RG); the grower's lawyer's counter-notice (the hail loss,
    the mutual's assessor with CREA, the bales delivered)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, adv, adv2, per = g.person(g.chance(0.3)), g.person(), g.person(), g.person()
    rec = mate(g, gro) if g.chance(0.6) else kid(g, gro)
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «f», CNPJ «c», por «sa» «a» («o»).\nNOTIFICAD«x»: «n», CPF «cp», residente na «e», «l», «ci»/«uf», CEP «cep»«t».\n\n",
          t=[V(", telefone "), (lphone(g, city), "PHONE_NUMBER")] if g.chance(0.6) else "",
          f=firm, c=(g.any_cnpj(), "BR_CNPJ"), sa=gw(adv, "seu advogado", "sua advogada"), a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), x=gro.o.upper(), n=P(g.pick([gro.full, gro.caps])), cp=(g.cpf(), "BR_CPF"),
          e=(rural_addr(g, uf, loc=loc), "ADDRESS"), l=loc, ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Pela presente, fica V.Sa. notificad«x» de que, pelo contrato de integração da safra «s», comprometeu-se a entregar toda a produção à notificante. "
          "A estimativa do orientador indicou «k» kg e foram entregues apenas «e» kg, havendo indícios de venda a terceiro («w»). O saldo de insumos financiados é de «v». "
          "Concede-se o prazo de 10 (dez) dias para a quitação ou a apresentação de justificativa, sob pena de cobrança judicial e de não renovação (Lei 13.288/2016).\n\n",
          x=gro.o, s=safra(g), k=num(g.ri(6000, 14000), 0), e=num(g.ri(2500, 5800), 0), w=g.pick(["atravessador de Vale do Sol", "comprador sem nota", "fumageira concorrente"]),
          v=money(g, 9000, 48000))
    doc.f("AVISO DE RECEBIMENTO — objeto «o» — entregue em «d» — recebido por: «r» — doc.: RG «rg»\n\n", o=clean(g, lambda: f"{g.up(2)}{g.d(9)}BR"), d=g.date("br"),
          r=P(g.pick([rec.full, rec.caps])), rg=(g.rg(), "BR_RG"))
    doc.f("CONTRANOTIFICAÇÃO\n\n«n», por " + gw(adv2, "seu advogado", "sua advogada") + " «a» («o»), responde: a diferença decorre do granizo de «d», registrado na «m» e vistoriado " + gw(per, "pelo perito", "pela perita") + " «p» («c»), "
          "com perda de «pc»% da lavoura«cj»; não houve venda a terceiros. Requer a compensação da indenização no saldo. Contato: «t».\n",
          cj=f", como provado na produção antecipada de provas nº {cnj_of(g, uf)}" if g.chance(0.5) else "",
          n=P(gro.full), a=P(adv2.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), d=g.date("br"), m=MUTUA[0], p=P(per.full), c=(crea(g, uf), "PROFESSIONAL_ID"),
          pc=g.ri(30, 80), t=(lphone(g, city, mobile=g.chance(0.6)), "PHONE_NUMBER"))
    return doc


# ------------------------------------------------------------------ saude

def sa_sinan(g: Gen) -> Doc:
    """The SINAN exogenous-intoxication form of a harvest worker (green tobacco sickness, T65.2, or an organophosphate, T60.0), printed
    as numbered fields ('nn | label | value', 'nn. label: value' or dotted leaders; labels OCR'd in some copies): name, birth date, CNS,
    CPF sometimes, mother, rural address, CEP, phone, occupation (CBO code not labelled), the agent, the investigator with COREN or CRM."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    pac, mae, inv = g.person(g.chance(0.45)), g.person(True), g.person(g.chance(0.7))
    folha = g.chance(0.6)
    style = g.pick(["pipe", "dot", "lead"])
    ocr_on = g.chance(0.3)
    lab = (lambda s: ocr(s, g, 0.3)) if ocr_on else (lambda s: s)
    doc.f("SINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\n«t» — Nº «n»\n\n", t=lab("FICHA DE INVESTIGAÇÃO — INTOXICAÇÃO EXÓGENA"), n=clean(g, lambda: g.d(7)))
    fields = [("Data da notificação", V(g.date("br"))), ("UF / Município de notificação", V(f"{uf} / {city}")),
              ("Unidade notificadora", V(g.pick([f"UBS {loc}", g.pick(HOSPITALS), f"ESF {loc}"]))), ("Data dos primeiros sintomas", V(g.date("br"))),
              ("Nome do paciente", P(g.pick([pac.full, pac.caps]))), ("Data de nascimento", (g.dob("br", 1955, 2006), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if pac.female else "M")), ("Número do Cartão SUS", (g.cns(), "BR_CNS"))]
    if g.chance(0.8):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Nome da mãe", P(g.pick([mae.full, mae.caps]))), ("Logradouro", (rural_addr(g, uf, g.pick(["text", "caps"]), loc), "ADDRESS")),
               ("Localidade / Zona", V(f"{loc} / rural")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (lphone(g, city), "PHONE_NUMBER")),
               ("Telefone para recado", (lphone(g, city, mobile=g.chance(0.5)), "PHONE_NUMBER") if g.chance(0.6) else V("—")),
               ("Ocupação (CBO)", V(g.pick(["6220-20 trabalhador na cultura de fumo", "6220-20", "6210-05 trabalhador agropecuário em geral"]))),
               ("Agente tóxico", V("folha verde do tabaco (nicotina)" if folha else g.pick(PRODUCTS[:4]))),
               ("Circunstância", V("uso habitual — colheita com a folha molhada" if folha else "ocupacional — aplicação sem EPI")),
               ("Via de exposição", V("cutânea" if folha else "respiratória/cutânea")), ("Diagnóstico (CID-10)", V("T65.2" if folha else "T60.0")),
               ("Evolução", V(g.pick(["cura sem sequela", "cura sem sequela", "em acompanhamento"]))),
               ("Investigador(a)", [P(inv.full), V(" — "), (council2(g, g.pick(["COREN", "COREN", "CRM"]), uf), "PROFESSIONAL_ID")])]
    w = max(len(k) for k, _ in fields) + 2
    for i, (k, v) in enumerate(fields, 1):
        k = lab(k)
        parts = v if isinstance(v, list) else [v]
        if style == "pipe":
            doc.t(f"{i + 30:>2} | {k.ljust(w)} | ")
        elif style == "dot":
            doc.t(f"{i + 30}. {k}: ")
        else:
            doc.t(f"[{i + 30}] " + (k + " ").ljust(w + 2, "."))
            doc.t(" ")
        for part in parts:
            doc.e(part[0], part[1])
        doc.t("\n")
    doc.t("\n" + lab("Observações") + ": " + g.pick(["náusea, vômitos e tontura após colheita sob chuva", "cefaleia, sudorese e miose após aplicação",
                                                   "terceiro episódio nesta safra"]) + ".\n")
    return doc


def sa_colinesterase(g: Gen) -> Doc:
    """The municipal lab's cholinesterase campaign list for the growers of a locality (a blank-aligned, +---+ or Markdown table: name,
    birth date, CNS, locality, result, conduct), the technician in charge with CRF or CRBM, and the e-mail to the CEREST naming the
    low results with phones."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    rt, sender = g.person(), g.person(g.chance(0.7))
    ref = g.pick(["3.930 a 10.800", "4.620 a 11.500"])
    lo = int(ref.split()[0].replace(".", ""))
    doc.f("LABORATÓRIO MUNICIPAL DE «c» — DOSAGEM DE COLINESTERASE PLASMÁTICA — CAMPANHA SAFRA «s»\nColeta na «l» em «d» (valor de referência: «r» U/L)\n\n",
          c=fold(city).upper(), s=safra(g), l=loc, d=g.date("br"), r=ref)
    rows, low = [], []
    for _ in range(g.ri(4, 5)):
        p = g.person(g.chance(0.4))
        v = g.ri(2100, 9800)
        bad = v < lo
        if bad:
            low.append(p)
        rows.append([P(tp(g, g.pick([p.full, p.caps, p.short]), 0.08)), (g.dob("br", 1952, 2005), "DATE_OF_BIRTH"), (g.cns(g.chance(0.3)), "BR_CNS"),
                     V(g.pick([loc, comm(g)])), V(num(v, 0)), V("repetir/CEREST" if bad else "normal")])
    table_ruled(doc, ["nome", "nascimento", "CNS", "localidade", "resultado", "conduta"], rows, g.pick(["plus", "plain", "md", "psql"]))
    doc.f("\nResponsável técnico: «n» — «c»\n\n", n=P(rt.full), c=(council2(g, g.pick(["CRF", "CRBM"]), uf), "PROFESSIONAL_ID"))
    sm = corp_mail(sender, gov(city, uf, "saude"), g)
    doc.f("--- e-mail ---\nDe: «n» <«e»>\nPara: «r»\nAssunto: «a» — campanha «l»\n\n", a="colinesterase baixa" if low else "resultados da coleta", n=P(sender.full), e=(sm, "EMAIL_ADDRESS"),
          r=role_mail(g, gov(city, uf, "saude"), "cerest"), l=loc)
    if low:
        doc.t("Bom dia. Seguem os resultados. Precisam de avaliação no CEREST: ")
        for i, p in enumerate(low):
            doc.f("«n» (tel. «t»)" + (", " if i < len(low) - 1 else ".\n"), n=P(g.pick([p.short, p.full])), t=(lphone(g, city), "PHONE_NUMBER"))
    else:
        doc.t("Bom dia. Todos os resultados dentro da referência nesta coleta.\n")
    doc.t(g.pick(["Abraço.\n", "Att.\n", "At.te, Laboratório Municipal\n"]))
    return doc


def sa_ps(g: Gen) -> Doc:
    """An emergency-room record in clinical shorthand: a fall from the curing barn while hanging the sticks (or a burn at the furnace),
    the patient (birth date, CNS), the companion with phone, triage nurse with COREN, ICD-10 and external causes (S32.0, S22.3, S42.0,
    T23.2, W13, X19: not labelled), transfer by the SAMU, the physician with CRM."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    pac, nur, med = g.person(g.chance(0.25)), g.person(g.chance(0.8)), g.person()
    is_mate = g.chance(0.5)
    acomp = mate(g, pac) if is_mate else kid(g, pac)
    kin = ("esposa" if acomp.female else "esposo") if is_mate else ("filha" if acomp.female else "filho")
    queda = g.chance(0.65)
    hosp, ref_h = g.sample(HOSPITALS, 2)
    doc.f("«h» — PRONTO-SOCORRO — BOLETIM DE ATENDIMENTO Nº «n»\n«d» «t»\n\n", h=fold(hosp).upper(), n=clean(g, lambda: g.d(8)), d=g.date("br"), t=g.hm())
    doc.f("Pcte: «p» | DN «dn» | CNS «cns»«cpf»\nEnd.: «e» — «l», «c» — CEP «cep»\nAcomp.: «a» («k») — tel «t»\n",
          cpf=[V(" | CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.7) else "", e=(rural_addr(g, uf, g.pick(["text", "low"]), loc), "ADDRESS"), cep=(g.cep(), "BR_CEP"), p=P(g.pick([pac.full, pac.caps])), dn=(g.dob(g.pick(["br", "short"]), 1950, 2002), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), l=loc, c=city, a=P(g.pick([acomp.first, acomp.full])), k=kin,
          t=(lphone(g, city, style=g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    doc.f("Classif. risco: «r» — «n», «c»\n", r=g.pick(["LARANJA", "AMARELO", "VERMELHO"]), n=P(nur.short), c=(council2(g, "COREN", uf), "PROFESSIONAL_ID"))
    if queda:
        doc.f("HDA: queda de ~«m» m do travessão da estufa de fumo ao pendurar varas, há «h»h. Nega perda de consciência. Dor lombar intensa e em hemitórax «s».\n"
              "EF: REG, corado, PA «pa», FC «fc». Dor à palpação de L1-L2; crepitação arcos costais.\nHD: S32.0 / S22.3 — causa externa W13.\n",
              m=g.pick(["2", "3", "3,5", "4"]), h=g.ri(1, 6), s=g.pick(["D", "E"]), pa=f"{g.ri(10, 16)}x{g.ri(6, 10)}", fc=g.ri(70, 118))
    else:
        doc.f("HDA: queimadura ao alimentar a fornalha da estufa à noite, há «h»h, retorno de chama. Dor intensa em mão e punho «s».\n"
              "EF: flictenas em dorso de mão e punho, ~«q»% SCQ.\nHD: T23.2 — causa externa X19.\n", h=g.ri(1, 6), s=g.pick(["D", "E"]), q=g.ri(1, 4))
    doc.f("CD: analgesia, «x»; «y».\n«n» — «c»\n", x="RX tórax e coluna, TC coluna lombar" if queda else "curativo com sulfadiazina de prata, profilaxia antitetânica",
          y=g.pick([f"transferência ao {ref_h} via SAMU (USA {g.ri(1, 9)})", "internação em observação", "alta com retorno em 48h"]),
          n=P(g.pick([med.full, med.short])), c=(council2(g, "CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_cerest(g: Gen) -> Doc:
    """The CEREST's investigation report on a grower's family (prose and a table): the index case (birth date, CNS, CPF sometimes,
    rural address, CEP, phone), the SINAN number (not labelled), the company and its instructor, the exposed family (names, kinship,
    birth dates, tasks, symptoms), the agronomist's prescription with CREA, the team (nurse with COREN, physician with CRM, a safety
    technician without a council number)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    ind, ori, agr, nur, med, tec = g.person(g.chance(0.4)), g.person(), g.person(), g.person(g.chance(0.8)), g.person(), g.person()
    doc.f("CEREST REGIONAL — RELATÓRIO DE INVESTIGAÇÃO DE AGRAVO RELACIONADO AO TRABALHO Nº «n»\n\n", n=clean(g, lambda: f"{g.d(3)}/{g.ri(2025, 2026)}"))
    doc.f("1. Caso índice: «p», nascid«o» em «dn», CNS «cns»«cpf», residente na «e», «l», «c»/«uf», CEP «cep», telefone «t». "
          "Notificação SINAN nº «s» em «d» (T65.2; Z57.4).\n\n", p=P(ind.full), o=ind.o, dn=(g.dob("br", 1955, 1972), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cpf=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "", e=(rural_addr(g, uf, loc=loc), "ADDRESS"), l=loc, c=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(lphone(g, city), "PHONE_NUMBER"), s=clean(g, lambda: g.d(7)), d=g.date("br"))
    doc.f("2. Processo de trabalho: família integrada à «f» («o»), «k» mil pés de Virgínia, colheita manual da baixeira ao ponteiro, amarração e "
          "carregamento de duas estufas a lenha. Colheita frequente com a folha molhada de orvalho, sem vestimenta hidrorrepelente.\n\n3. Família exposta:\n",
          f=firm, o=[V(gw(ori, "orientador ", "orientadora ")), P(g.pick([ori.full, ori.short]))] if g.chance(0.5) else V("orientação técnica da empresa"), k=g.ri(40, 150))
    rows = []
    for _ in range(g.ri(2, 3)):
        is_kid = g.chance(0.5)
        m = kid(g, ind) if is_kid else g.relative(ind)
        kin = gw(m, "filho", "filha") if is_kid else g.pick([gw(m, "irmão", "irmã"), gw(m, "genro", "nora"), gw(m, "sobrinho", "sobrinha")])
        rows.append([P(m.full), V(kin), (g.dob("br", 1990, 2006) if is_kid else g.dob("br", 1960, 2003), "DATE_OF_BIRTH"),
                     V(g.pick(["colheita", "amarração", "estufa", "colheita e estufa"])), V(g.pick(["náusea e tontura", "assintomático(a)", "cefaleia", "vômitos"]))])
    table_ruled(doc, ["nome", "vínculo", "nascimento", "tarefa", "sintomas"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("\n4. Receituário agronômico nº «n», emitido por «a» («c»), recomendando «p» na lavoura, com reentrada de 24 h não respeitada.\n\n"
          "5. Recomendações: vestimenta de colheita, colheita após o orvalho secar, afastamento de gestantes e adolescentes (Decreto 6.481/2008).\n\n"
          "Equipe: «e1» («c1», «m1»), «e2» («c2») e técnico em segurança do trabalho da regional.\n", n=clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}"), a=P(agr.full),
          c=(crea(g, uf), "PROFESSIONAL_ID"), p=g.pick(PRODUCTS), e1=P(nur.full), c1=(council2(g, "COREN", uf), "PROFESSIONAL_ID"), m1=(corp_mail(nur, gov(city, uf, "saude"), g), "EMAIL_ADDRESS"), e2=P(med.full),
          c2=(council2(g, "CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_caps(g: Gen) -> Doc:
    """A referral and counter-referral form from the family-health team to the CAPS I (debts after a hail loss, insomnia; F32.1, F41.2,
    Z57.4 not labelled): the user (birth date, CNS, rural address, CEP, phone), the reference relative with phone, the referring
    physician with CRM, the psychologist with CRP and the social worker with CRESS, the community agent by name."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    us, med, psy, soc, acs = g.person(g.chance(0.35)), g.person(), g.person(g.chance(0.7)), g.person(g.chance(0.8)), g.person(g.chance(0.7))
    fam = g.pick([mate(g, us), kid(g, us)])
    doc.f("FICHA DE REFERÊNCIA E CONTRARREFERÊNCIA — RAPS — «c»/«uf»\nDe: ESF «l» — Para: CAPS I «c»\n\n", c=city, uf=uf, l=loc)
    kv_block(doc, [("Usuário(a)", P(g.pick([us.full, us.caps]))), ("DN", (g.dob("br", 1955, 1998), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS")),
                   ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não informado")),
                   ("Endereço", (rural_addr(g, uf, loc=loc), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (lphone(g, city, mobile=g.chance(0.6)), "PHONE_NUMBER")),
                   ("Familiar de referência", P(fam.full)), ("Tel. do familiar", (lphone(g, city), "PHONE_NUMBER"))], g.pick(["plain", "dots", "box", "caps"]))
    doc.f("\nMotivo: fumicultor(a) integrado(a), perda de «p»% da lavoura no granizo de «d», dívida de insumos; insônia, tristeza, isolamento há 2 meses. "
          "Exposição ocupacional a agrotóxicos (Z57.4). HD: «h».\nSolicitante: «m» — «c»\n\n", p=g.ri(30, 90), d=g.date("br"), h=g.pick(["F32.1", "F41.2", "F32.1 / F41.1"]),
          m=P(med.full), c=(council2(g, "CRM", uf), "PROFESSIONAL_ID"))
    doc.f("--- CONTRARREFERÊNCIA ---\nAcolhid«o» em «d» por «p» («cp») e «s» («cs»). PTS: atendimento semanal, grupo de produtores rurais, orientação sobre renegociação "
          "da dívida com o sindicato. Acompanhamento no território pel«x» ACS «a».\n", o=us.o, d=g.date("br", 2026), p=P(psy.full),
          cp=(council2(g, "CRP", uf), "PROFESSIONAL_ID"), s=P(soc.full), cs=(council2(g, "CRESS", uf), "PROFESSIONAL_ID"), x="a" if acs.female else "o",
          a=P(g.pick([acs.first, acs.short])))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A CAT (work-accident report) for a harvest hand hired by a grower, as dotted-leader blocks: the grower as employer with CPF
    (CAEPF not labelled) and phone; the worker with CPF, NIT, birth date, address, CEP, phone; the accident (cut with the topping knife
    or a fall from the cart: S61.0, S82.6, W26, W06 not labelled); a witness with phone; the physician's certificate with CRM."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    emp, w, tes, med = g.person(g.chance(0.2)), g.person(g.chance(0.35)), g.person(), g.person()
    corte = g.chance(0.55)
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT Nº «n» — tipo: inicial — emitente: empregador\n\n", n=clean(g, lambda: f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}"))
    doc.t("EMPREGADOR\n")
    kv_block(doc, [("Nome", P(emp.full)), ("CPF", (g.cpf(), "BR_CPF")), ("CAEPF", V(clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}/{g.d(3)}-{g.d(2)}"))),
                   ("Endereço", (rural_addr(g, uf, loc=loc), "ADDRESS")), ("Local", V(f"{loc}, {city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
                   ("Telefone", (lphone(g, city), "PHONE_NUMBER"))] + ([("E-mail", (g.email(emp), "EMAIL_ADDRESS"))] if g.chance(0.5) else []), "dots")
    doc.t("\nACIDENTADO\n")
    kv_block(doc, [("Nome", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("NIT", (g.pis(), "BR_PIS")), ("Nascimento", (g.dob("br", 1965, 2005), "DATE_OF_BIRTH")),
                   ("Endereço", (home(g, "text", 0.6, uf), "ADDRESS")), ("Município", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
                   ("Telefone", (lphone(g, city), "PHONE_NUMBER")), ("CBO", V("6220-20")), ("Contrato", V("safrista (Lei 5.889/1973)"))], "dots")
    doc.t("\nACIDENTE\n")
    kv_block(doc, [("Data/hora", V(f"{g.date('br')} {g.ri(6, 18):02d}:{g.ri(0, 59):02d}")), ("Local", V("lavoura de fumo" if corte else "carreta de fumo (trator)")),
                   ("Descrição", V("cortou a mão esquerda com a faca de capação" if corte else "caiu da carreta carregada de folhas ao descer o barranco")),
                   ("Parte atingida", V("mão" if corte else "perna")), ("CID-10", V("S61.0" if corte else "S82.6")), ("Causa externa", V("W26" if corte else "W06")),
                   ("Testemunha", P(tes.full)), ("Tel. testemunha", (lphone(g, city), "PHONE_NUMBER"))], "dots")
    doc.f("\nATESTADO MÉDICO: afastamento por «d» dias. «m» — «c»\n", d=g.pick([5, 15, 30, 45]), m=P(med.full), c=(council2(g, "CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_acs(g: Gen) -> Doc:
    """A community health agent's harvest-season visits, exported from her spreadsheet as a semicolon CSV with quoted fields: date,
    head of the household, CNS, rural address, phone, situation, a note naming a child with birth date, a pregnant woman, a case of green
    tobacco sickness; the ACS and the supervising nurse's corporate e-mail and COREN."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    acs, nur = g.person(g.chance(0.8)), g.person(g.chance(0.8))
    mo, yr = g.ri(1, 12), g.ri(2025, 2026)
    days = sorted(g.sample(range(1, 29), 7))
    doc.f("# ESF «l» — «c»/«uf» — visitas domiciliares — ACS «a» — «m»\n", l=loc, c=city, uf=uf, a=P(acs.full), m=f"{MONTHS[mo - 1]}/{yr}")
    rows = []
    for i in range(g.ri(5, 7)):
        p = g.person(g.chance(0.5))
        r = g.rng.random()
        if r < 0.25:
            k = kid(g, p)
            note = [V(f"criança "), P(k.first), V(" (DN "), (kid_dob(g, "br", 2019, 2024), "DATE_OF_BIRTH"), V(") com vacina atrasada; mãe na colheita")]
        elif r < 0.45:
            note = [V("gestante na colheita, orientada a não manusear folha molhada; DPP " + g.date("br", 2026))]
        elif r < 0.65:
            note = [V("teve vômito e tontura após colher na chuva (folha verde?) — encaminhado à UBS")]
        elif r < 0.8:
            note = [V("idoso acamado; a filha cuida; sem luz na linha")]
        else:
            note = [V(g.pick(["sem intercorrências", "colhendo sem luvas, orientado", "hipertenso, sem remédio há 1 semana"]))]
        rows.append([V(f"{days[i]:02d}/{mo:02d}/{yr}"), P(g.pick([p.full, p.short, lower(p.full)])), (g.cns(False), "BR_CNS") if g.chance(0.9) else V(""),
                     (rural_addr(g, uf, loc=loc), "ADDRESS"), (lphone(g, city, style=g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     V(g.pick(["visitado", "ausente (na lavoura)", "visitado", "recusou"])), note])
    doc.t("data;responsavel;cns;endereco;telefone;situacao;obs\n")
    for r in rows:
        for j, v in enumerate(r):
            if j:
                doc.t(";")
            parts = v if isinstance(v, list) else [v]
            q = any(";" in x[0] or "," in x[0] for x in parts)
            doc.t('"' if q else "")
            for part in parts:
                doc.e(part[0], part[1])
            doc.t('"' if q else "")
        doc.t("\n")
    doc.f("\nSupervisão: «n» <«e»> — «c»\n", n=P(nur.full), e=(corp_mail(nur, gov(city, uf, "saude"), g), "EMAIL_ADDRESS"), c=(council2(g, "COREN", uf), "PROFESSIONAL_ID"))
    return doc


# ------------------------------------------------------------------ financeiro

def linha_digitavel(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")


def fi_acerto(g: Gen) -> Doc:
    """The company's sales settlement for a grower (demonstrativo de comercialização): the company's CNPJ; grower and co-owner spouse
    with CPF, state registration and code (not labelled), rural address, CEP; the instructor; the invoices table with bales, grade, kg,
    price and value (right-aligned, not labelled); deductions (inputs, Funrural under Lei 8.212/1991, the mutual); net credited to
    agency and account; the NF-e access key (not labelled)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, ori = g.person(g.chance(0.3)), g.person()
    sp = mate(g, gro)
    doc.f("«f» — CNPJ «c»\nDEMONSTRATIVO DE COMERCIALIZAÇÃO — SAFRA «s» — emitido em «d»\n\n", f=firm.upper(), c=(g.any_cnpj(), "BR_CNPJ"), s=safra(g), d=g.date("br", 2026))
    doc.f("Produtor(a): «p»   CPF: «c»\nCondômino(a): «s»   CPF: «c2»\nIE: «ie»   Matrícula: «m»   Orientador(a): «o» («ot»)\nEndereço: «e» — «l» — «ci»/«uf» — CEP «cep»\n"
          "Contato: «t»«em»\n\n", t=(lphone(g, city), "PHONE_NUMBER"), em=[V(" — "), (g.email(gro), "EMAIL_ADDRESS")] if g.chance(0.5) else "",
          p=P(g.pick([gro.full, gro.caps])), c=(g.cpf(), "BR_CPF"), s=P(g.pick([sp.full, sp.caps])), c2=(g.cpf(), "BR_CPF"), ie=ie_prod(g, uf), m=matricula(g),
          o=P(g.pick([ori.short, ori.full])), ot=(lphone(g, city), "PHONE_NUMBER"), e=(rural_addr(g, uf, loc=loc), "ADDRESS"), l=loc, ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    tot = 0.0
    lines = []
    for _ in range(g.ri(3, 6)):
        kg = g.ri(600, 3900)
        pr = g.ri(900, 2450) / 100
        v = round(kg * pr, 2)
        tot += v
        lines.append((clean(g, lambda: f"{g.d(3)}.{g.d(3)}"), g.date("br"), str(kg // 50), g.pick(GRADES), num(kg, 0), brl(pr), brl(v)))
    hdr = ("NF-e", "data", "fardos", "classe", "kg", "R$/kg", "valor R$")
    ws = [max(len(h), *(len(x[i]) for x in lines)) for i, h in enumerate(hdr)]
    doc.t("  ".join(h.rjust(w) if i >= 4 else h.ljust(w) for i, (h, w) in enumerate(zip(hdr, ws))) + "\n")
    for x in lines:
        doc.t("  ".join(v.rjust(w) if i >= 4 else v.ljust(w) for i, (v, w) in enumerate(zip(x, ws))) + "\n")
    ins = round(tot * g.ri(25, 45) / 100, 2)
    fun = round(tot * 0.015, 2)
    mut = round(tot * 0.02, 2)
    bcode, bname = rbank(g)
    doc.f("\nBruto: R$ «b»\n(-) Insumos safra (pedido «pd»): R$ «i»\n(-) Funrural 1,5% (Lei 8.212/1991): R$ «fu»\n(-) «m»: R$ «mu»\nLíquido: R$ «l»\n\n"
          "Crédito em «d» — «bn» (banco «bc») — agência «a» — conta «cc»\nChave de acesso NF-e: «k»\n",
          b=brl(tot), pd=clean(g, lambda: g.d(6)), i=brl(ins), fu=brl(fun), m=MUTUA[0], mu=brl(mut), l=brl(tot - ins - fun - mut), d=g.date("br", 2026), bn=bname, bc=bcode,
          a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), k=nfe_key(g))
    return doc


def fi_insumos(g: Gen) -> Doc:
    """An input order for the season (seeds, float trays, fertiliser, products, harvest clothing): the grower with CPF and phone,
    delivery to the rural address; the items table (codes not labelled); the agronomist's prescription with CREA; a neighbour as
    guarantor with CPF and phone; signatures of grower, spouse (CPF) and instructor."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    loc = comm(g)
    gro, ori, agr, av = g.person(g.chance(0.3)), g.person(), g.person(), g.person()
    sp = mate(g, gro)
    doc.f("PEDIDO DE INSUMOS Nº «n» — SAFRA «s» — «f»\n\n", n=clean(g, lambda: g.d(6)), s=safra(g), f=short.upper())
    doc.f("Produtor: «p» — CPF «c» — matrícula «m» — fone «t»«em»\nEntrega: «e», «l», «ci»/«uf», CEP «cep»\n\n", cep=(g.cep(), "BR_CEP"),
          em=[V(" — "), (g.email(gro), "EMAIL_ADDRESS")] if g.chance(0.4) else "", p=P(g.pick([gro.full, gro.caps])), c=(g.cpf(), "BR_CPF"), m=matricula(g),
          t=(lphone(g, city), "PHONE_NUMBER"), e=(rural_addr(g, uf, loc=loc), "ADDRESS"), l=loc, ci=city, uf=uf)
    items = [("Sementes peletizadas Virgínia", "cx", g.ri(1, 4), 380.0), ("Bandeja float 200 células", "un", g.ri(100, 600), 6.9),
             ("Adubo NPK 10-18-24", "sc 50 kg", g.ri(20, 120), 182.0), ("Salitre (nitrato de sódio)", "sc 50 kg", g.ri(10, 40), 156.0),
             (g.pick(PRODUCTS), "L", g.ri(2, 20), 96.5), ("Vestimenta de colheita", "kit", g.ri(2, 6), 129.0)]
    rows = []
    tot = 0.0
    for nm, un, q, pr in g.sample(items, g.ri(4, 6)):
        tot += q * pr
        rows.append([V(clean(g, lambda: f"{g.d(2)}.{g.d(4)}")), V(nm), V(str(q)), V(un), V(brl(q * pr))])
    style = g.pick(["plus", "md", "plain", "csv"])
    if style == "csv":
        table_csv(doc, ["cod", "item", "qtd", "un", "valor"], rows, ";")
    else:
        table_ruled(doc, ["cód.", "item", "qtd", "un", "valor R$"], rows, style)
    if g.chance(0.3):
        doc.f("\nEntrada de 10% no Cartão BNDES nº «c», validade «v».", c=(g.card(g.chance(0.5), brand=g.pick(["4", "5"])), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 31)}")
    doc.f("\nTotal: R$ «t» — pagamento: desconto na comercialização da safra.\nReceituário agronômico: «a» — «c»\nAvalista: «v» — CPF «vc» — fone «vt»\n\n",
          t=brl(tot), a=P(agr.full), c=(crea(g, uf), "PROFESSIONAL_ID"), v=P(av.full), vc=(g.cpf(), "BR_CPF"), vt=(lphone(g, city, mobile=g.chance(0.7)), "PHONE_NUMBER"))
    doc.f("Ass.: «p» (produtor)  /  «s», CPF «c» (cônjuge)  /  «o»\n", p=P(gro.short), s=P(sp.full), c=(g.cpf(), "BR_CPF"),
          o=[P(ori.full), V(" (orientador)")] if g.chance(0.5) else V("______ (orientador)"))
    return doc


def fi_cedula(g: Gen) -> Doc:
    """A rural credit note (Cédula Rural Pignoratícia, Pronaf custeio) for the tobacco crop: the issuer qualified (birth date, RG or CNH,
    CPF, título sometimes, address, CEP), the spouse with CPF, a guarantor with CPF and RG; the pledge of the crop, the land registry
    number, CAR and CAF codes (not labelled); credit to agency and account; the manager; the registration entry (not labelled)."""
    doc = Doc()
    city, uf = town(g)
    firm, dom, short = g.pick(FIRMS)
    gro, av, ger = g.person(g.chance(0.3)), g.person(), g.person()
    sp = mate(g, gro)
    bcode, bname = g.pick(RURAL_BANKS[:4])
    v = g.ri(18, 95) * 1000 + g.pick([0, 500])
    doc.f("CÉDULA RURAL PIGNORATÍCIA Nº «n» — PRONAF CUSTEIO — «b»\nValor: R$ «v» («x») — Vencimento: «d»\n\n", n=clean(g, lambda: f"{g.d(2)}.{g.d(5)}-{g.d(1)}"), b=bname.upper(),
          v=brl(v), x=extenso(v), d=g.date("br", 2026))
    doc.t("EMITENTE: ")
    qualify(g, doc, gro, dob=(1955, 2000), job=g.pick(JOB_RURAL[:3]), where=(city, uf), rural=0.8, titulo=g.chance(0.35), phone=True, email=g.chance(0.5),
            civil=gw(gro, "casado", "casada"),
            pis=g.chance(0.4))
    doc.f(".\nCÔNJUGE INTERVENIENTE: «s», CPF «c».\nAVALISTA: «a», CPF «ac», RG «r».\n\n", s=P(sp.full), c=(g.cpf(), "BR_CPF"), a=P(av.full), ac=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
    doc.f("Finalidade: custeio de «h» ha de tabaco «vr», safra «s», integrado(a) à «f» Garantia: penhor cedular de primeiro grau da produção esperada de «k» kg, "
          "no imóvel de matrícula nº «m» do Registro de Imóveis de «ci», CAR «car», CAF «caf».\n", h=g.ri(2, 9), vr=g.pick(VARIETIES), s=safra(g), f=firm, k=num(g.ri(5000, 22000), 0),
          m=clean(g, lambda: g.d(5)), ci=city, car=car_code(g, uf), caf=clean(g, lambda: f"{uf}{g.d(12)}"))
    doc.f("Crédito em conta: agência «a», conta «cc». Encargos: «j»% a.a. (Decreto-Lei 167/1967).\n\n«ci», «d».\n", a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          j=g.pick(["3", "4", "6"]), ci=city, d=g.docdate())
    signed(g, doc, gro, "Emitente")
    signed(g, doc, sp, "Cônjuge")
    doc.t("\n_______________________________\nAvalista\n")
    doc.f("\nGerente: «g»\nR-«r» na matrícula «m» — Registro de Imóveis de «ci» — protocolo «p»\n", g=P(ger.full), r=g.ri(1, 9), m=clean(g, lambda: g.d(5)), ci=city, p=clean(g, lambda: g.d(6)))
    return doc


def fi_diarias(g: Gen) -> Doc:
    """The grower's receipts for harvest hands' daily wages, typed from the receipt book: per hand the amount (in words too), the days,
    the Pix key (random, phone, e-mail or CPF) or cash, the hand's name (nickname in brackets sometimes) and CPF, and a signature line (a
    name 'a rogo' with CPF, or a thumbprint); the grower with CPF; the accountant's note with CRC."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    gro, acc = g.person(g.chance(0.25)), g.person()
    mo, yr = g.ri(11, 12) if g.chance(0.5) else g.ri(1, 2), g.ri(2025, 2026)
    doc.f("RECIBOS DE DIÁRIAS — COLHEITA DE FUMO — «p» (CPF «c») — «l» — «m»/«y»\n\n", p=P(gro.full), c=(g.cpf(), "BR_CPF"), l=loc, m=MONTHS[mo - 1], y=yr)
    for i in range(g.ri(3, 4)):
        w = g.person(g.chance(0.4))
        wcpf = g.cpf()
        dias = g.ri(4, 22)
        val = dias * g.pick([120, 130, 140, 150])
        doc.f("Recibo «i» — Recebi «p» a importância de R$ «v» («x»), referente a «d» diárias de colheita e amarração de fumo, de «a» a «b».\n",
              i=i + 1, p=[V("de "), P(g.pick([gro.short, gro.full]))] if i == 0 and g.chance(0.5) else [V(g.pick(["do(a) empregador(a) acima", "do mesmo empregador"]))], v=brl(val), x=extenso(val), d=dias, a=f"{g.ri(1, 9):02d}/{mo:02d}", b=f"{g.ri(15, 28)}/{mo:02d}")
        if g.chance(0.7):
            kind, key = pix_key(g, w, wcpf)
            doc.f("Pago via Pix (chave «k»): «kv»\n", k=kind, kv=key)
        else:
            doc.t("Pago em dinheiro.\n")
        nick = g.chance(0.3)
        doc.f("«n»«nk» — CPF «c»«nt»\n", n=P(g.pick([w.full, w.caps])), nk=[V(" ("), P(g.pick(FREE_NICK)), V(")")] if nick else "", c=(wcpf, "BR_CPF"),
              nt=[V(" — NIT "), (g.pis(), "BR_PIS")] if g.chance(0.3) else "")
        r = g.rng.random()
        if r < 0.25:
            ro = g.person()
            doc.f("Assinatura: a rogo, «r», CPF «c»\n\n", r=P(ro.full), c=(g.cpf(), "BR_CPF"))
        elif r < 0.5:
            doc.t("Assinatura: (impressão digital)\n\n")
        elif r < 0.88:
            doc.t("Assinatura: ______________ (assinado)\n\n")
        else:
            doc.f("Assinatura: «s»\n\n", s=P(g.pick([w.short, w.first + " " + w.last])))
    doc.f("Obs. da contabilidade: contratos de safra a registrar no eSocial (Lei 5.889/1973). «a» — «c»\n", a=P(acc.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_lenha(g: Gen) -> Doc:
    """A firewood seller's monthly sales export (CSV): its CNPJ (numeric or alphanumeric); per sale the date, customer, CPF (or a grower's
    CNPJ), phone, locality, stacked cubic metres, amount, payment (random Pix key, boleto, masked card, on credit), the truck's plate,
    the DOF number (not labelled); a customer's WhatsApp with a full card number typed sometimes, or a complaint naming the driver."""
    doc = Doc()
    city, uf = town(g)
    firm, fdom = g.pick(LENHAS)
    drivers = [(g.person(False), g.plate()) for _ in range(2)]
    mo, yr = g.ri(1, 12), g.ri(2025, 2026)
    days = sorted(g.sample(range(1, 29), 7))
    doc.f("# «f» — CNPJ «c» — vendas «m»/«y» — exportado do sistema\n", f=firm, c=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), m=f"{mo:02d}", y=yr)
    sep = g.pick([";", ","])
    cols = ["data", "cliente", "cpf_cnpj", "fone", "localidade", "m_st", "valor", "pgto", "placa", "dof"]
    doc.t(sep.join(cols) + "\n")
    last = None
    for i in range(g.ri(5, 7)):
        p = g.person(g.chance(0.3))
        last = p
        m3 = g.ri(8, 40)
        pay = g.rng.random()
        if pay < 0.35:
            pg = [V("pix "), (g.uuid(), "PIX_KEY")]
        elif pay < 0.55:
            pg = [V("boleto")]
        elif pay < 0.8:
            pg = [V("cartao " + g.masked_card().replace(",", ""))]
        else:
            pg = [V("fiado ate a safra")]
        vals = [[V(f"{days[i]:02d}/{mo:02d}/{yr}")], [P(g.pick([p.full, p.caps, p.short]))],
                [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else (g.cnpj("raw"), "BR_CNPJ")],
                [(lphone(g, city, style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER")] if g.chance(0.85) else [V("")], [V(comm(g))],
                [V(str(m3))], [V(brl(m3 * g.pick([85, 90, 95, 98])))], pg, [(g.pick(drivers)[1], "LICENSE_PLATE")], [V(clean(g, lambda: g.d(12)))]]
        for j, parts in enumerate(vals):
            if j:
                doc.t(sep)
            q = any(sep in x[0] for x in parts)
            doc.t('"' if q else "")
            for part in parts:
                doc.e(part[0], part[1])
            doc.t('"' if q else "")
        doc.t("\n")
    st = chat_stamp(g)
    t = iter(seq_times(g, 6, g.moment(), 60, 3000))
    C_ = [P(g.pick([last.first, last.short]))] if g.chance(0.5) else [(lphone(g, city, style="wa"), "PHONE_NUMBER")]
    S_ = [V(firm.split()[0] + " ")] + [P(g.person().first)]
    doc.t("\n--- WhatsApp ---\n")
    if g.chance(0.4):
        cl2(doc, st(next(t)), C_, tp(g, "manda mais «m» metro pra estufa, passa no cartao «c» val «v»", 0.3), m=g.ri(10, 30), c=(g.card(g.chance(0.6)), "CREDIT_CARD"),
            v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        cl2(doc, st(next(t)), S_, "Não precisa mandar o cartão por aqui, apaga a mensagem. O «d» leva a maquininha.", d=P(drivers[0][0].first))
    else:
        cl2(doc, st(next(t)), C_, tp(g, "o «d» largou a lenha no meio do potreiro, nao no galpao como combinado", 0.3), d=P(drivers[0][0].first))
        cl2(doc, st(next(t)), S_, "Desculpa, vou falar com ele. A carga da placa «p» volta amanhã pra arrumar.", p=(drivers[0][1], "LICENSE_PLATE"))
    cl2(doc, st(next(t)), C_, g.pick([chat_neg(g), word_neg(g)]))
    return doc


def fi_granizo(g: Gen) -> Doc:
    """The hail mutual's claim notice and inspection report: the member with CPF, phone, e-mail sometimes, rural address, CEP; the
    storm's date and the notice protocol (not labelled); the assessor with CREA and the son or wife who followed; the plots table (no
    personal data); the indemnity to agency and account."""
    doc = Doc()
    city, uf = town(g)
    loc = comm(g)
    gro, per = g.person(g.chance(0.3)), g.person()
    is_mate = g.chance(0.5)
    acomp = mate(g, gro) if is_mate else kid(g, gro)
    kin = ("esposa" if acomp.female else "esposo") if is_mate else ("filha" if acomp.female else "filho")
    doc.f("«m» — AVISO DE SINISTRO E LAUDO DE VISTORIA Nº «n»\n\n1. ASSOCIADO\n", m=MUTUA[0].upper(), n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"))
    f1 = [("Nome", P(g.pick([gro.full, gro.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Telefone", (lphone(g, city), "PHONE_NUMBER"))]
    if g.chance(0.4):
        f1.append(("E-mail", (g.email(gro), "EMAIL_ADDRESS")))
    f1 += [("Endereço", (rural_addr(g, uf, loc=loc), "ADDRESS")), ("Localidade", V(f"{loc} — {city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
           ("Integradora", V(g.pick(FIRMS)[0]))]
    style = g.pick(["plain", "dots", "caps"])
    kv_block(doc, f1, style)
    d1 = g.day()
    doc.f("\n2. SINISTRO\nGranizo em «d» por volta das «h»; aviso em «a» (protocolo «p»«ip»).\n\n3. VISTORIA — «v»\nPerito(a): «n» — «c» — «pt»«pe»\nAcompanhou: «x» («k»)\n\n", pt=(lphone(g, city), "PHONE_NUMBER"),
          pe=[V(" — "), (corp_mail(per, MUTUA[1], g), "EMAIL_ADDRESS")] if g.chance(0.6) else "",
          d=dbr(d1), h=g.hm(), a=dbr(d1 + datetime.timedelta(days=g.ri(0, 4))), p=proto(g), ip=[V(", pelo app, IP "), (g.ip(), "IP_ADDRESS")] if g.chance(0.5) else "", v=dbr(d1 + datetime.timedelta(days=g.ri(6, 25))), n=P(g.pick([per.full, per.short])), c=(crea(g, uf), "PROFESSIONAL_ID"),
          x=P(g.pick([acomp.first, acomp.full])), k=kin)
    rows = []
    for i in range(g.ri(2, 4)):
        rows.append([V(f"T{i + 1}"), V(num(g.ri(8, 45) * 1000, 0)), V(g.pick(["colheita da baixeira", "pré-colheita", "ponteiro"])), V(f"{g.ri(10, 100)}%")])
    table_ruled(doc, ["talhão", "pés", "estágio", "dano"], rows, g.pick(["plus", "plain", "md"]))
    bcode, bname = rbank(g)
    doc.f("\n4. INDENIZAÇÃO: «v» — crédito no «b», agência «a», conta «cc», em até 15 dias.\n«w»\n", v=money(g, 3000, 42000), b=bname, a=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), w=word_neg(g) if g.chance(0.5) else "")
    return doc


def fi_med(g: Gen) -> Doc:
    """A credit cooperative's Pix dispute form (MED, Mecanismo Especial de Devolução): the payer with CPF, agency and account, phone;
    the transaction (E2E id and protocol not labelled); the receiver by name and random key; the grower's account of a fake freight
    charge in the name of a carrier's driver; the app session's IP; the attendant; the status."""
    doc = Doc()
    city, uf = town(g)
    carrier = g.pick(CARRIERS)[0]
    pay, rcv, drv, att = g.person(g.chance(0.3)), g.person(), g.person(False), g.person()
    bcode, bname = g.pick([RURAL_BANKS[0], RURAL_BANKS[2], RURAL_BANKS[5]])
    doc.f("«b» — CONTESTAÇÃO DE PIX (MED — Mecanismo Especial de Devolução) — protocolo «p»\n\n", b=bname.upper(), p=proto(g))
    kv_block(doc, [("Pagador(a)", P(g.pick([pay.full, pay.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Agência", (g.agency(False), "BANK_ACCOUNT")),
                   ("Conta", (g.account(), "BANK_ACCOUNT")), ("Celular", (lphone(g, city), "PHONE_NUMBER")), ("E-mail", (g.email(pay), "EMAIL_ADDRESS")),
                   ("Data/hora do Pix", V(ts(g.moment(), "brs"))), ("Valor", V(money(g, 400, 3800))),
                   ("ID da transação (E2E)", V(clean(g, lambda: "E" + g.hexs(8, True) + g.d(4) + g.up(6) + g.hexs(6)))),
                   ("Recebedor informado", P(rcv.full)), ("CPF do recebedor", V(f"***.{g.d(3)}.{g.d(3)}-**")), ("Chave (aleatória)", (g.uuid(), "PIX_KEY")), ("Instituição do recebedor", V(g.pick(["PagBank", "Mercado Pago", "Nubank", "Inter"])))],
             g.pick(["plain", "box", "dots"]))
    doc.f("\nRelato do cooperado: recebi mensagem de «d», que disse ser motorista da «c», cobrando o frete dos fardos até a unidade de recebimento. "
          "Paguei na chave que ele mandou. A transportadora informou que não cobra frete do produtor e que não tem motorista com esse nome.«x»\n",
          d=P(g.pick([drv.full, drv.first])), c=carrier, x=[V(" O número que mandou mensagem é "), (lphone(g, city, style="plain"), "PHONE_NUMBER"), V(".")] if g.chance(0.5) else "")
    doc.f("\nCanal: app — sessão «s» — IP «ip»\nAtendente: «a» (PA «pa»)\nSituação: bloqueio cautelar solicitado à instituição do recebedor; prazo de análise 7 dias.\n",
          s=clean(g, lambda: g.hexs(12)), ip=(g.ip(), "IP_ADDRESS"), a=P(g.pick([att.full, att.short])), pa=f"{g.ri(1, 40):02d} {city}")
    return doc


AT = [at_orientador, at_agenda, at_0800, at_app, at_email_coleta, at_carta, at_visita]
JU = [ju_contrato, ju_peticao, ju_bo, ju_fiscalizacao, ju_cadec, ju_procuracao, ju_notificacao]
SA = [sa_sinan, sa_colinesterase, sa_ps, sa_cerest, sa_caps, sa_cat, sa_acs]
FI = [fi_acerto, fi_insumos, fi_cedula, fi_diarias, fi_lenha, fi_granizo, fi_med]


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
            assert PLATE_RE.fullmatch(v.upper()), (rid, v)  # a plate typed in lower case by a citizen is a plate
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr|est)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
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
    print("hundredfortyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
