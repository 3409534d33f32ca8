"""Build the hundred-and-thirty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13131, 280 records: 4 domains x 7 templates x 10 copies.

Register: LAND SURVEYING AND LAND-TENURE REGULARISATION (agrimensura, topografia, REURB). The brief
proposed home care and elderly caregiving; the forty-seventh set already covers that register as a
whole (ILPI, home-care agencies and caregivers, curatela, BPC/LOAS, pharmacy and family chats), and the
funeral and cemetery register proposed as the alternative is covered by the thirty-ninth and the
ninetieth, so this set takes the other close register the brief named, which no earlier generator
uses (checked with grep for REURB, agrimensura, georreferenciamento, cuidador, ILPI, home care,
funeral, cemitério): surveying firms and their field crews (levantamento planialtimétrico, GNSS RTK,
estação total, marcos), the georeferencing of rural properties for INCRA/SIGEF (Lei 10.267/2001),
urban land regularisation under Lei 13.465/2017 and Decreto 9.310/2018 (REURB-S and REURB-E, the
socio-economic registration, the notices to registered owners and confrontantes, the Certidão de
Regularização Fundiária and its list of occupants, legitimação fundiária), usucapião in court and
out of court (art. 1.238 of the Civil Code, art. 216-A of Lei 6.015/1973, Provimento CNJ 149/2023),
boundary disputes (ação demarcatória; art. 161 of the Penal Code, alteração de limites), informal
sales of lots ('contratos de gaveta'), and the health side around it (a snake bite in the field, the
crew's occupational certificates, a family health team's registration in a settlement whose streets
were renumbered by the survey, a risk area that cannot be titled, a priority request for an ill
elder, an outbreak list after a flood). Every firm, programme, settlement, farm, association, bot,
clinic and person is invented (the firms Rosa dos Ventos Agrimensura, GeoPrudente Topografia, Marco
Zero Georreferenciamento, Bento & Leão Engenharia, Topo Aurora, Estrela Guia Geodésia, Vértice Amado
Agrimensura, Prumo Branco Topografia; the programmes Lar Legal, Escritura na Mão, Morar Legal,
Regulariza Já, Título Cidadão, Casa Legal, Chão Firme; the settlements Núcleo Vila Esperança,
Ocupação Flor do Cerrado, Loteamento Jardim Aurora, Comunidade Beira Rio, Núcleo Bento Prudente,
Morro da Luz, Loteamento Recanto Dourado, Comunidade do Amado...; the farms Sítio Boa Esperança,
Fazenda Santa Rosa, Fazenda Bento Prudente, Sítio Serra do Amado...; the bots Regularizinha, GeoBot,
LoteZap, TopoBot). Cities are real; CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by name,
nickname, number or "Você"; a business account and a bot; a residents' group in lower case with
@mentions, a "~Name criou este grupo" line and "<Mídia oculta>"; typing slips); a speech-to-text call
(lower case; CPF, phone and CEP read out in groups or in words, "meia" for six) and its CRM note;
forms in four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and scans with OCR
confusions (I/l, O/0, S/5, B/8, m/rn, d/cl...); ruled, pipe, Markdown, psql-like and blank-aligned
tables; CSV with "," or ";", TSV; e-mails with quoted originals and X-Originating-IP; court petitions,
an out-of-court usucapião request with the registrar's note, hearing minutes, an edital with an
objection; a contract (capitals sometimes) with a notary's recognition; an ALL CAPS police report
(OCR'd sometimes); a CAT form; an e-SUS record; a field work order with a vertex table; receipts
with the amount in words; a fixed-width payroll and a fixed-width bank statement (names cut at 22 or
24 characters); JSON lines; an e-signature log.
- atendimento: (0) a WhatsApp chat with a city's REURB office (bot, then an attendant): the
  occupant's name, CPF, birth date, NIS, the spouse's name and CPF, the lot's address with quadra and
  lote, the CEP, a neighbour with a phone, an e-mail; the process number and matrícula unlabelled;
  (1) a speech-to-text call to a surveying firm booking a georeferencing or a usucapião survey and
  the CRM note (the surveyor with CREA or CRT); (2) a REURB-S socio-economic registration form
  (holder: birth date, CPF, RG or CNH, NIS, título sometimes, phone, e-mail; spouse; the lot's
  address and CEP; a household table; the interviewer by name or login; the social worker's CRESS);
  (3) a residents' association WhatsApp group (the crew coming, the pickup's plate, documents typed
  in the group, a new number, the fee to a random Pix key, a marker stone pulled out); (4) a lot
  buyer's e-mail complaining that the survey found less area, quoted under the firm's answer (the
  engineer with CREA or CAU); (5) a field work order (client, crew with nicknames, plate, equipment
  serials, vertex table, confrontantes present with CPF or RG and phone); (6) a 156/ombudsman screen
  about a neighbour's wall over a lot (requester's data, the neighbour by name and "vulgo", the
  fiscal's answer).
- juridico: (0) an initial petition of extraordinary usucapião (the couple qualified, the seller and
  his heirs, the registered owner or a defunct subdivider's CNPJ, the confrontantes with addresses,
  the plan's author with CREA or CAU, witnesses, the lawyer's OAB and e-mail); (1) an out-of-court
  usucapião request to the land registry with a table of confrontantes' consents and the
  registrar's 'nota de exigência' (a heir's CPF, the clerk); (2) minutes of a boundary-demarcation
  hearing (CNJ number, judge, clerk sometimes, parties' CPF, lawyers' OAB, the surveyor expert's CREA
  and e-mail, witnesses with RG, CPF and address, fees to agency and account); (3) the list of
  occupants annexed to a CRF (quadra, lote, area, beneficiary, CPF, RG sometimes, spouse and CPF; the
  commission with CAU and CRESS); (4) a REURB notice to registered owners and confrontantes not found
  (last known addresses, CPFs, some masked; "ESPÓLIO DE" a name) and an objection received; (5) a
  private assignment of possession rights over a lot (capitals sometimes: parties qualified,
  título sometimes, the lot's address, instalments to agency and account or a random key,
  witnesses, the notary's recognition); (6) an ALL CAPS police report of boundary markers pulled out
  and a fence moved (victim qualified, author by "VULGO", the truck's plate and driver's CNH, a
  witness, the clerk and the delegado).
- saude: (0) a CAT with the SINAN venomous-animal notification of a surveying assistant bitten by a
  snake (the firm's CNPJ; the worker's birth date, CPF, RG, PIS, CNS, address, CEP, phone; the crew
  leader as witness; the physician's CRM; T63.0 / X20 unlabelled); (1) an e-SUS household and
  individual registration in a settlement under REURB (the new address and the old one, CEP, the
  members' birth dates, CNS and CPF; the ACS; the nurse's COREN); (2) a joint civil defence, family
  health and social assistance inspection of a risk area (families with CPF, address and phone;
  vulnerable persons with birth date and CNS; COREN, CRESS, CREA); (3) a field surveyor's
  occupational certificate (ASO: CPF, RG, NIT, CNS sometimes, birth date, phone; two CRMs;
  vaccination dates); (4) an e-mail asking priority for an ill elder in the REURB process, with the
  medical report transcribed (birth date, CPF, CNS, ICD-10, CRM) and the social worker's CRESS; (5) a
  lower-case WhatsApp chat between a family health nurse and a resident (a bedridden grandmother's
  CNS, birth date and CPF; the renumbered address and the old one; the doctor's CRM; the nurse's
  COREN); (6) an e-mail from epidemiological surveillance with a CSV or TSV line list of cases after a
  flood (name, birth date, CNS, CPF, address with quadra and lote, CEP, phone; ICD-10 unlabelled).
- financeiro: (0) a surveying firm's commercial proposal (client's CPF, e-mail, phone,
  correspondence address; property codes unlabelled; items and total; entry to agency and account
  or a random key; a card typed sometimes; the engineer's CREA; an e-signature log sometimes); (1)
  the field crew's payroll (fixed width or a table: CPF, PIS, per-diems, a Pix key of any kind or
  agency and account; the accountant's CRC; the batch's login and IP); (2) a residents'
  association's cash book for the survey's cost-sharing (CSV or ruled: residents, lots, Pix from
  masked CPFs, transfers from agency and account; the association's and the firm's CNPJ; the
  treasurer's phone); (3) receipts for a possession sale's instalment or a surveyor's fees (amount in
  words; CPFs, the lot's address, a random key or agency and account, CREA or CRT, a witness's RG);
  (4) JSON lines from a city's REURB income screening (name, CPF, NIS, birth date, income, lot,
  address, CEP, phone or e-mail or null, the analyst's login, the public IP); (5) a surveying firm's
  fixed-width bank statement (clients' Pix, crew's keys, agency and account, the GNSS rental's CNPJ,
  the CREA's ART fee, fuel with a masked card); (6) an e-mail thread with a land registry about the
  fees of a REURB-E title (the registry's agency, account and CNPJ or a slip's line; the
  beneficiary's CPF, a card typed sometimes, a new phone, an address and CEP; IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Sra.", "Dr.", "Dra.", "dona", "seu", "o finado", "VULGO", "ESPÓLIO DE"; particles and suffixes are
inside; "SURNAME, GIVEN" is one span; first names, nicknames ("Galego", "Tiziu", "Canela Fina",
"Bode Velho"), lower case, ALL CAPS, OCR-damaged forms, names with a typing slip and names cut at a
fixed-width field (as they stand) are persons. Staff named in the text are persons (attendants,
social workers, surveyors, topographers, assistants, engineers, architects, fiscals, notaries and
registry clerks, judges, court clerks, experts, lawyers, delegados, physicians, nurses, community
health agents, civil defence agents, treasurers, accountants), and so are occupants, spouses,
heirs, sellers, buyers, confrontantes, witnesses, residents and drivers; logins (krodrigues84,
jyazbek16), bots (Regularizinha, GeoBot) and business accounts of WhatsApp ("Habitação Anápolis
(REURB)") are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (reurb@,
regularizacao@, registro@, certidoes@, atendimento@, projetos@, topografia@, epidemiologia@, ubs@,
rh@, sesmt@...) are not labelled. ADDRESS is a person's street + number + complement (lower-case,
caps and OCR'd forms included; bairro, núcleo, city and CEP stay out, the CEP is BR_CEP). Agency
and account are separate BANK_ACCOUNT spans, whoever holds them (a seller, an expert, a firm, an
association, a registry); bank names and codes are not labelled. PIX_KEY only for random keys; a
key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (household
tables, JSON "nascimento" and a spoken or chat-typed date included); survey, visit, accident,
vaccination, hearing, signature and due dates and ages ("76 anos") are not. Masked CPFs
("***.259.213-**") and masked cards are not labelled; identifiers read out in groups or in words
(CPF, phone, CEP) are labelled like their digits.
Decisions of this set:
- A lot in a settlement is a home: "Rua Projetada 4, s/n, Qd. J, Lt. 47", "r bento amado 653 qd. e,
  lt. 32", "BECO DO CORREGO FUNDO, 203, QD 38 LT 05" are ADDRESS, quadra and lote inside the span,
  for an occupant, a confrontante, a buyer, a victim or a family in a risk area; both the old
  address and the new one after the survey renumbered a street are ADDRESS. A lot named only by its
  cadastral reference ("lote 17 da quadra A do núcleo X", "QB-L12" in a cash book) has no street and
  is not ADDRESS; nor are farm names (Sítio Boa Esperança), settlements, and the addresses of
  companies and institutions (an occupational clinic's seat, a UBS "na praça da matriz").
- PROFESSIONAL_ID: CREA ("CREA-SP 5061234567", "CREA/MG 123456/D", "CREA GO 86.937/D"), CAU
  ("CAU A12345-6", "CAU/SP A619067-4"), CRT for technicians in surveying ("CRT-01 nº 66863",
  "CRT-01/AL 82285"), OAB, CRESS, CRM, COREN and CRC, with the acronym and the UF or region. NOT
  labelled: the surveyor's INCRA credential (three letters, "CJH"), vertex codes ("CJH-M-3365"),
  ART and RRT numbers, the CREA named without a number ("CREA-SP TAXA ART" in a statement).
- Land and survey identifiers are NOT labelled: matrícula numbers, SNCR codes (13 digits), CCIR
  numbers (11-digit ones drawn to fail the CPF, PIS and CNH checks), CAR codes, NIRF, IPTU
  registrations, SIGEF parcel ids (lower-case UUIDs that are not Pix keys), REURB and SEI process
  numbers, UTM coordinates, heights, areas (m², ha), equipment serials, OS, CAT, SINAN, INE and
  family numbers, microáreas, CTPS, CBO and CNAE codes, BO, CNJ, protocol, contract, proposal and
  invoice numbers, notary seals, the e-signature envelope id (an upper-case UUID), slips' lines.
- LICENSE_PLATE: every plate (the crew's pickup, a dump truck); the script checks that no
  plate-shaped token stands outside the spans.
- A full card typed in an e-mail or noted in a proposal is CREDIT_CARD.
- Service numbers (SAMU 192, 156) are not phone numbers; a registry's or a firm's landline in a
  signature is PHONE_NUMBER; a chat sender shown by number is PHONE_NUMBER.

Names: Brazilian names of many origins (Portuguese common, north-eastern, old-fashioned rural ones
such as Belarmina, Gercina, Onofre, Saturnino, Malaquias, coined and young coined ones such as
Kaylane, Ryquelme, Kawan; Italian, German, Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese,
Korean, Chinese, Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, Cuban, Colombian, Bolivian,
Peruvian, Paraguayan, Venezuelan, Warao, indigenous, Jewish), rare or invented name words well above
a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora,
Celeste, Estrela, Esperança, Bento, Prudente, Amado, Leão, Branco, Sereno, Dourado, Marco...) are
names here and, elsewhere, words, firms, settlements, farms, streets and cities, not persons ("o
marco de concreto", "MARCOS DE CONCRETO", "a conta de luz", "a rosa dos ventos da planta", "muro
branco", "foi uma vitória", "seria prudente refazer a poligonal", "Rosa dos Ventos Agrimensura",
"Marco Zero Georreferenciamento", "Prumo Branco Topografia", "Núcleo Bento Prudente", "Fazenda Santa
Rosa", "Presidente Prudente", "Rua Bento Gonçalves", "Paróquia São Bento"); streets named after
people are places when they stand alone ("na bento gonçalves ta tudo alagado") and part of ADDRESS
inside a person's address.

Hard negatives: CNJ numbers, CCIR numbers and protocols of 11 digits (checked to fail CPF, PIS and
CNH), SNCR and CAR codes, SIGEF UUIDs, matrículas, IPTU registrations, REURB/SEI process numbers,
vertex codes and INCRA credentials, UTM coordinates, areas, serials, ART/RRT numbers, OS, CAT and
SINAN numbers, masked CPFs and cards, private IPs, ICD-10 codes (T63.0, X20, A27.9, A90, B15.9, A09,
G30.1, I69.4, N18.5, C50.9, G20, I50.0, J44.9, I10, E11.9, Z34.9, J45.9), CBO and CNAE codes, money,
laws and rules (Lei 13.465/2017 arts. 13, 23, 25, 31, 39 and 41, Decreto 9.310/2018, Lei
6.015/1973 arts. 213 and 216-A, Lei 10.267/2001, Lei 10.741/2003 art. 71, Provimento CNJ 149/2023,
arts. 1.238 CC, 161 CP, 246, 259, 487 and 574 CPC, NBR 13.133), non-birth dates, ages; the script
checks CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Agripina", "Belarmina", "Clotildes", "Deuzuíta", "Eulália", "Feliciana", "Gercina", "Honorina", "Idalina", "Jovelina",
          "Lindaura", "Marcolina", "Nazária", "Olindina", "Rosalva", "Terezinha Luz", "Valdelina", "Zuleica", "Gumercinda", "Irany"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Agenor", "Belmiro", "Cassimiro", "Durvalino", "Euclides", "Firmino", "Galdino", "Honório", "Idelfonso", "Januário",
          "Laurindo", "Malaquias", "Natalino", "Onofre", "Petronilo", "Romualdo", "Saturnino", "Tertuliano", "Venâncio", "Zacarias"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato", "Marco",
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
            "Taquari", "Perobal", "Cambará", "Jequitibá Sousa", "Ipiranga Leme", "Cabral Tinoco", "Esteves Quaresma", "Bragança Lobo",
            "Canavarro", "Meireles Toledo", "Peçanha", "Serrano Bueno", "Tavora", "Vilhena", "Mourão Pestana", "Godinho Prates"]
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
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# neighbourhood nicknames: one PERSON span (residents of a núcleo and field crews are known by them)
FREE_NICK = ["Galego", "Tiziu", "Bigode", "Baixinho", "Pezão", "Paraíba", "Ceará", "Russo", "Careca", "Canela Fina", "Tatu",
             "Bode Velho", "Mineirinho", "Pituca", "Sabiá", "Coroinha", "Trovão", "Passarinho", "Boneca", "Nego Dengo"]
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
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co")
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
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Viela", "Beco", "Servidão",
                "Passagem"]
STREET_NAMES = ["Projetada 3", "Projetada B", "Projetada 11", "da Esperança", "dos Agrimensores", "Marco Zero", "do Córrego Fundo",
                "Dona Belarmina Taquari", "Mestre Galdino Perobal", "Beira Córrego", "Sete Quedas", "das Palmeiras", "Cecília Meireles",
                "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tipógrafos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Professora Cosma Sucupira", "dos Estudantes", "Reitor Hildebrando Matoso", "Mestre Genivaldo Pajeú",
                "dos Universitários", "Santa Luzia", "Frei Damião", "Paulo Freire", "Darcy Ribeiro", "Anísio Teixeira"]
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
           "Vila Madalena", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí", "Vila Esperança", "Jardim Catarina",
           "Conjunto Bento Ribeiro", "Cidade Universitária", "Vila Nova Aurora", "Barão Geraldo", "Vila Universitária", "Trindade",
           "Camobi", "Jardim Botânico", "Fonseca", "Núcleo Vila Esperança", "Ocupação Flor do Cerrado", "Comunidade Beira Rio",
           "Morro da Luz", "Recanto Dourado", "Jardim Vitória Régia", "Parque Sereno", "Vila Bento Prudente"]
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
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}", f"Qd. {self.pick('ABCDEFGH')} Lt. {self.ri(1, 40)}",
                          f"lote {self.ri(1, 48)}", "casa dos fundos", f"Quadra {self.ri(1, 40)}, Lote {self.ri(1, 40):02d}"])
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
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.ri(1, 9)}{self.d(9)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(6)}",
                              f"CREA {uf} {self.d(2)}.{self.d(3)}/D"])
        if kind == "CAU":
            return self.pick([f"CAU A{self.d(5)}-{self.d(1)}", f"CAU/{uf} A{self.d(6)}-{self.d(1)}", f"CAU nº A{self.d(5)}-{self.d(1)}",
                              f"CAU/BR A{self.d(5)}-{self.d(1)}"])
        if kind == "CRT":
            r = f"{self.ri(1, 5):02d}"
            return self.pick([f"CRT-{r} nº {self.ri(1000, 99999)}", f"CRT-{r}/{uf} {self.d(5)}", f"CRT {r} {self.ri(1000, 99999)}-TA"])
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


def typo_t(template: str, g: Gen, rate: float = 0.35) -> str:
    """With probability `rate`, one typing slip in a word of five letters or more of a template, never inside its «keys»."""
    if not g.chance(rate):
        return template
    parts = re.split(r"(«\w+»)", template)
    words = [(k, m.start(), m.end()) for k, part in enumerate(parts) if not MARK.fullmatch(part)
             for m in re.finditer(r"[a-záéíóúâêôãõç]{5,}", part)]
    if not words:
        return template
    k, a, b = g.pick(words)
    parts[k] = parts[k][:a] + typo(parts[k][a:b], g) + parts[k][b:]
    return "".join(parts)


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


NATIONALITY = {True: ["brasileira"] * 9 + ["portuguesa", "boliviana", "peruana", "paraguaia", "haitiana", "venezuelana"],
               False: ["brasileiro"] * 9 + ["português", "boliviano", "peruano", "paraguaio", "haitiano", "venezuelano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["do lar", "diarista", "costureira", "aposentada", "lavradora", "merendeira", "auxiliar de limpeza", "comerciante",
               "pescadora", "cabeleireira", "técnica de enfermagem", "professora", "cozinheira", "vendedora autônoma", "agricultora"],
        False: ["pedreiro", "servente de obras", "aposentado", "lavrador", "motorista", "mecânico", "vigilante", "comerciante",
                "pescador", "eletricista", "carpinteiro", "agricultor", "vendedor ambulante", "pintor", "soldador"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, civil: str | None = None) -> None:
    """'NAME, brasileira, casada, costureira, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans.

    civil: 'married' (casado/casada), 'union' (em união estável), 'single-ish' (never married) or None (any)."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    if civil == "married":
        cv = "casada" if p.female else "casado"
    elif civil == "union":
        cv = "em união estável"
    elif civil == "alone":
        cv = g.pick([c for c in CIVIL[p.female] if not c.startswith("casad") and c != "em união estável"])
    else:
        cv = g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {cv}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1940, 1990)
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


def slip(g: Gen, s: str, p: float = 0.15) -> str:
    """A name or word typed with a slip now and then (a misspelt name is still a name)."""
    return typo(s, g) if g.chance(p) else s


def clt(doc: Doc, g: Gen, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """A chat line typed in a hurry: sometimes one typing slip in a word of the message."""
    cl(doc, stamp, sender, typo_t(template, g), **vals)


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


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."



# --------------------------------------------------------------------------- register: surveying, REURB and land regularisation

SEED = 13131
OUT_NAME = "hundredthirtyfirst.jsonl"

# (brand, legal name, domain): surveying and georeferencing firms (all invented)
FIRMS = [
    ("Rosa dos Ventos Agrimensura", "Rosa dos Ventos Agrimensura e Topografia Ltda.", "rosadosventostopo.com.br"),
    ("GeoPrudente Topografia", "GeoPrudente Serviços de Topografia Ltda. ME", "geoprudente.com.br"),
    ("Marco Zero Georreferenciamento", "Marco Zero Engenharia de Agrimensura Ltda.", "marcozerogeo.com.br"),
    ("Bento & Leão Engenharia", "Bento & Leão Engenharia e Regularização Ltda.", "bentoleao.eng.br"),
    ("Topo Aurora", "Aurora Topografia e Geodésia Ltda.", "topoaurora.com.br"),
    ("Estrela Guia Geodésia", "Estrela Guia Levantamentos Geodésicos Ltda.", "estrelaguiageo.com.br"),
    ("Vértice Amado Agrimensura", "Amado & Dourado Agrimensores Associados Ltda.", "verticeamado.com.br"),
    ("Prumo Branco Topografia", "Prumo Branco Topografia e Projetos Ltda.", "prumobranco.com.br"),
]
# municipal regularisation programmes and offices
PROGRAMS = ["Programa Lar Legal", "Programa Escritura na Mão", "Programa Morar Legal", "Regulariza Já", "Programa Título Cidadão",
            "Programa Casa Legal", "Programa Chão Firme"]
OFFICES = ["Núcleo de Regularização Fundiária da Secretaria Municipal de Habitação", "Coordenadoria de REURB da Secretaria de Planejamento",
           "Departamento de Regularização Fundiária", "Diretoria de Habitação e Regularização Fundiária", "Gerência de Regularização Fundiária (GRF)"]
# informal settlements and irregular subdivisions (places, never persons)
NUCLEOS = ["Núcleo Vila Esperança", "Ocupação Flor do Cerrado", "Loteamento Jardim Aurora", "Comunidade Beira Rio", "Núcleo Bento Prudente",
           "Vila Santa Rosa II", "Assentamento Leão do Norte", "Morro da Luz", "Loteamento Recanto Dourado", "Núcleo Parque Sereno",
           "Jardim Vitória Régia", "Comunidade do Amado", "Chácaras Flor do Campo", "Núcleo Córrego do Bento"]
FEM_PLACES = {"Ocupação", "Comunidade", "Vila", "Gleba", "Chácara", "Fazenda", "Estância"}
RURAL = ["Sítio Boa Esperança", "Fazenda Santa Rosa", "Chácara Recanto da Luz", "Sítio Três Marias", "Fazenda Bento Prudente", "Gleba Aurora",
         "Sítio Pau d'Arco", "Chácara Flor do Campo", "Fazenda Leão Dourado", "Sítio Serra do Amado", "Estância Vitória", "Sítio Córrego Branco"]
BOTS = ["Regularizinha", "GeoBot", "LoteZap", "Assistente Virtual Habitação", "TopoBot"]
GNSS = ["Trimble R12i", "CHC i73", "Leica GS18 T", "Emlid Reach RS3", "South Galaxy G7", "Comnav T300", "Hi-Target V200", "Stonex S990"]
STATIONS = ["estação total Leica TS07", "estação total Topcon ES-105", "estação total Ruide RTS-822", "nível digital Sokkia SDL1X",
            "drone DJI Phantom 4 RTK", "drone DJI Mavic 3 Enterprise"]
CARS = ["Hilux branca", "S10 prata", "Strada branca", "Saveiro vermelha", "L200 preta", "Ranger cinza", "Fiat Toro branca", "Duster marrom"]
ROLE_BOXES = ["reurb", "regularizacao", "habitacao", "ouvidoria", "protocolo", "contato", "orcamento", "orcamentos", "comercial", "financeiro",
              "cobranca", "atendimento", "sac", "registro", "certidoes", "ri", "cartorio", "intimacoes", "juridico", "nrf", "social",
              "cadastro", "topografia", "campo", "projetos", "sigef", "no-reply", "naoresponda", "dpo", "lgpd", "rh", "dp", "sesmt",
              "seguranca", "vigilancia", "epidemiologia", "ubs", "saude", "associacao", "diretoria", "tesouraria", "contabilidade",
              "faturamento", "defesacivil", "esf", "notificacao", "gabinete", "secretaria", "fiscalizacao", "geo"]
REL_KIN = {True: ["mãe", "avó", "tia", "irmã", "sogra", "filha", "esposa", "companheira"],
           False: ["pai", "avô", "tio", "irmão", "sogro", "filho", "esposo", "companheiro"]}
CRAS_UNITS = ["CRAS Vila Esperança", "CRAS Centro", "CRAS Beira Rio", "CRAS Morro da Luz", "CRAS Aurora"]
UBS = ["UBS Vila Esperança", "ESF Beira Rio", "UBS Morro da Luz", "ESF Parque Sereno", "UBS Centro", "UPA 24h São Bento",
       "ESF Flor do Cerrado", "UBS Recanto Dourado"]
HOSP = ["Hospital Regional Santa Rosa", "Santa Casa de Misericórdia", "Hospital Municipal Bento Prudente", "Pronto-Socorro Municipal",
        "Hospital Estadual Aurora"]
OCC_CLINICS = [("Clínica Ocupacional Vitória", "clinicavitoria.med.br"), ("SESMT Assessoria Amado", "sesmtamado.com.br"),
               ("Medicina do Trabalho Leão", "mtleao.com.br"), ("Clínica Trabalho Seguro", "trabalhoseguro.med.br")]
OCC_JOB = [("auxiliar de topografia", "auxiliar de topografia"), ("topógrafo", "topógrafa"), ("técnico em agrimensura", "técnica em agrimensura"),
           ("motorista de campo", "motorista de campo"), ("balizeiro", "balizeira"), ("operador de drone", "operadora de drone")]


def de(place: str) -> str:
    """The contraction of 'de' with a place's article ('do Loteamento', 'da Ocupação', 'das Chácaras')."""
    w = place.split()[0]
    return "das" if w.endswith("s") and w[0].isupper() and w not in ("Núcleo",) else ("da" if w in FEM_PLACES else "do")


def em(place: str) -> str:
    """The contraction of 'em' with a place's article ('no Morro da Luz', 'na Comunidade Beira Rio')."""
    return {"do": "no", "da": "na", "das": "nas"}[de(place)]


def firm(g: Gen) -> tuple[str, str, str]:
    return g.pick(FIRMS)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def proc_reurb(g: Gen) -> str:
    """A municipal REURB administrative process number: not labelled."""
    return clean(g, lambda: g.pick([f"REURB-S nº {g.ri(1, 240):03d}/{g.ri(2023, 2026)}", f"REURB-E {g.ri(1, 99):02d}/{g.ri(2023, 2026)}",
                                     f"PA {g.d(5)}/{g.ri(2023, 2026)}", f"{g.d(4)}.{g.d(6)}/{g.ri(2023, 2026)}-{g.d(2)}",
                                     f"SEI {g.d(5)}.{g.d(6)}/{g.ri(2023, 2026)}-{g.d(2)}"]))


def matricula(g: Gen) -> str:
    """A land-registry record number (matrícula): not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(1, 99)}.{g.d(3)}", f"{g.ri(1, 9)}{g.d(3)}", f"{g.ri(100, 999)}.{g.d(3)}", f"M-{g.ri(1, 99)}.{g.d(3)}"]))


def sncr(g: Gen) -> str:
    """A rural property's INCRA code (SNCR, 13 digits): not labelled."""
    return clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")


def ccir(g: Gen) -> str:
    """A CCIR certificate number: not labelled (drawn to fail the CPF, PIS and CNH checks)."""
    return clean(g, lambda: g.pick([g.neg(11), f"{g.d(2)}.{g.d(3)}.{g.d(3)}.{g.d(3)}", f"{g.d(4)}/{g.ri(2023, 2025)}"]))


def car_code(g: Gen, uf: str | None = None) -> str:
    """A CAR (rural environmental register) code: not labelled."""
    uf = uf or g.pick(UFS)
    return clean(g, lambda: f"{uf}-{g.ri(1100015, 5300108)}-{g.hexs(32, True)}")


def sigef_id(g: Gen) -> str:
    """A SIGEF parcel certification id: a lower-case UUID that is not a Pix key (not labelled)."""
    return str(uuid.UUID(int=g.rng.getrandbits(128), version=4))


def nirf(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(1)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")


def art_no(g: Gen) -> str:
    """An ART (CREA) or RRT (CAU) number: not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2620, 2628)}{g.ri(2024, 2026)}{g.d(7)}", f"{g.d(3)}{g.ri(2024, 2026)}{g.d(8)}",
                                     g.d(10), g.d(8)]))


def iptu(g: Gen) -> str:
    """A municipal property tax registration (inscrição imobiliária): not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(2)}.{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}", f"{g.d(3)}.{g.d(3)}.{g.d(4)}", f"{g.d(1)}.{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"]))


def cred_incra(g: Gen) -> str:
    """A surveyor's INCRA credential code (three letters): not labelled."""
    return "".join(g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))


def vertex(g: Gen, cred: str, kind: str | None = None) -> str:
    return f"{cred}-{kind or g.pick('MPV')}-{g.ri(1, 9999):04d}"


def utm_e(g: Gen) -> str:
    return f"{g.ri(200, 799)}.{g.d(3)},{g.d(3)}"


def utm_n(g: Gen) -> str:
    return f"{g.ri(6, 9)}.{g.d(3)}.{g.d(3)},{g.d(3)}"


def area_m2(g: Gen, lo: float = 96.0, hi: float = 640.0) -> str:
    return num(g.rng.uniform(lo, hi), 2) + " m²"


def area_ha(g: Gen) -> str:
    return num(g.rng.uniform(1.5, 480.0), 4) + " ha"


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2021, 2026)}.{CNJ_SEG[uf]}.{g.d(4)}")


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"{g.d(4)}/{g.ri(2025, 2026)}"]))


def selo(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"Selo {g.up(3)}{g.d(5)}-{g.up(2)}", f"selo digital {g.up(4)}{g.d(6)}", f"Selo nº {g.up(2)}{g.d(7)}"]))


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(4)}{g.up(1)}{g.d(5)}", f"SN {g.hexs(10, True)}", f"{g.up(2)}{g.d(8)}"]))


def boleto_line(g: Gen) -> str:
    return clean(g, lambda: f"{g.pick(['23790', '34191', '00190', '10499', '03399'])}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.ri(9000, 9999)}{g.d(10)}")


def contrato_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(1, 999):03d}/{g.pick([2025, 2026])}", f"CT-{g.d(5)}", f"{g.up(2)}{g.d(6)}", f"PROP-{g.ri(2025, 2026)}-{g.d(4)}"]))


def matr_func(g: Gen) -> str:
    """A civil servant's registration number (matrícula funcional): not labelled."""
    return clean(g, lambda: g.pick([f"mat. {g.d(5)}-{g.d(1)}", f"matrícula {g.d(6)}", f"mat. {g.d(2)}.{g.d(3)}"]))


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def occupant(g: Gen, female: bool | None = None) -> Person:
    origin = "pt" if g.chance(0.72) else g.pick(["ht", "ve", "bo", "in", "jp", "ar", "it", "de", "py", "pe", "ao", "sn", "cv", "pl", "ua",
                                                  "kr", "cn", "wa", "co", "sy", "am", "jw", "ng", "cu"])
    return g.person(female=female, origin=origin)


def odob(g: Gen, fmt: str | None = None) -> str:
    """An adult's birth date (an occupant, a worker)."""
    return g.dob(fmt, 1938, 1990)


def lot_addr(g: Gen, style: str = "text") -> str:
    """A home in a settlement: street (often 'Projetada'), number or s/n, quadra and lote."""
    t = g.pick(["Rua", "Rua", "Rua", "Travessa", "Viela", "Beco", "Servidão", "Avenida"])
    name = g.pick(["Projetada " + str(g.ri(1, 24)), "Projetada " + g.pick("ABCDEFGH"), "da Esperança", "Beira Córrego", "das Palmeiras",
                   "Dona Belarmina Taquari", "Mestre Galdino Perobal", "dos Agrimensores", "Sete Quedas", "do Córrego Fundo", "Nova Aurora",
                   "Bento Amado", "da Luz", "Flor do Cerrado", "Um", "Dois", "Três", "São Bento", "Esperança Nova", "Vitória Régia"])
    numv = str(g.ri(1, 980)) if g.chance(0.8) else "s/n"
    q, l = g.pick([str(g.ri(1, 40)), g.pick("ABCDEFGHJ")]), g.ri(1, 48)
    comp = g.pick([f"Qd {q} Lt {l:02d}", f"Quadra {q}, Lote {l}", f"Qd. {q}, Lt. {l}", f"quadra {q} lote {l}", "", f"lote {l}", f"Q{q} L{l}"])
    if style == "caps":
        return fold(f"{t} {name}, {numv}" + (f", {comp}" if comp else "")).upper()
    if style == "low":
        ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Servidão": "serv"}
        return fold(f"{ab.get(t, t)} {name} " + (numv if numv != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
    if t == "Rua" and g.chance(0.3):
        t = "R."
    return f"{t} {name}, {numv}" + (g.pick([", ", " - ", " "]) + comp if comp else "")


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def fnick(g: Gen, p: Person) -> str:
    """A resident's or a crew member's nickname: a pet name or a free one ('Galego', 'Tiziu')."""
    return p.nick if g.chance(0.4) and p.nick != p.first else g.pick(FREE_NICK)


def a_(p: Person) -> str:
    return "a" if p.female else "o"


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, firms and places (never labelled)."""
    return g.pick(["O marco de concreto do vértice 4 foi arrancado; será reimplantado com pino de aço.",
                   "Na divisa com a Fazenda Santa Rosa a cerca segue o córrego até a estrada velha.",
                   "A luz elétrica chegou ao núcleo antes da regularização; a rede de esgoto ainda não.",
                   "Seria prudente refazer a poligonal antes de protocolar no registro de imóveis.",
                   "A Rosa dos Ventos Agrimensura entregou a planta e o memorial descritivo em PDF e DWG.",
                   "O levantamento foi uma vitória para a comunidade depois de 20 anos de espera.",
                   "A Rua Bento Gonçalves não entra no perímetro; o núcleo começa na esquina da Projetada 3.",
                   "Parede pintada de branco e muro de bloco; calçada sem guia rebaixada.",
                   "Presidente Prudente e Bento Gonçalves mandaram técnicos para o seminário de REURB.",
                   "A Estrela Guia Geodésia usou a base RBMC da cidade vizinha para o pós-processamento.",
                   "A estação total ficou no ponto P-07 (marco de esperança, como chamam o pilar antigo).",
                   "O Morro da Luz e a Comunidade Beira Rio ficaram para a segunda etapa do programa.",
                   "Ao amanhecer, a aurora cobria de névoa o vale e o GNSS demorou a fixar.",
                   "A rosa dos ventos no canto da planta indica o norte verdadeiro, não o magnético.",
                   "O Núcleo Bento Prudente tem 214 lotes, 9 deles em área de preservação permanente.",
                   "A Vértice Amado Agrimensura e a GeoPrudente Topografia disputaram a licitação."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, firms and places."""
    return g.pick(["nao mexe no marco que o moço fincou ta", "a luz caiu de novo na rua de baixo", "foi uma vitoria essa reuniao gente 🙏",
                   "seria prudente levar o carne do iptu tb", "o muro do vizinho é branco ou é o cinza?", "esperança é a ultima que morre kkk",
                   "a rosa dos ventos da planta ta errada?", "o pessoal da estrela guia passou aqui ontem", "a aurora tá linda hoje aqui no morro",
                   "na bento gonçalves ta tudo alagado", "o cartorio fica na frei damiao ou na tiradentes?", "vou levar a conta de luz como comprovante",
                   "tem um marco amarelo no meio do meu quintal kkkk", "o vale inteiro sem sinal hoje"])


# --------------------------------------------------------------------------- atendimento


def at_zap_reurb(g: Gen) -> Doc:
    """A WhatsApp chat with a city's regularisation office (a bot, then an attendant or a social worker): an occupant asks when her title comes out; sends her name, CPF, birth date, NIS, the spouse's name and CPF, the lot's address with quadra and lote and the CEP, a phone; a confrontante (neighbour) named with a phone; the process number and the matrícula unlabelled; the socio-economic visit scheduled; the resident's lines typed in a hurry (a slip now and then, a misspelt spouse's name still a PERSON)."""
    doc = Doc()
    st = chat_stamp(g)
    t0 = g.moment(hours=(7, 21))
    tt = iter(seq_times(g, 40, t0, 20, 1500))
    prog = g.pick(PROGRAMS)
    city, uf = g.city()
    acct = g.pick([f"{prog} — Pref. de {city}", f"Habitação {city} (REURB)", f"Regularização Fundiária {city}"])
    att = g.person(female=g.chance(0.7))
    occ = occupant(g)
    sp = g.person(female=not occ.female, origin="pt") if g.chance(0.65) else None
    nuc = g.pick(NUCLEOS)
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([occ.full, occ.short, lower(occ.first), occ.nick]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    bot = g.pick(BOTS)
    clt(doc, g, st(next(tt)), R, g.pick(["bom dia, queria saber do meu titulo da casa, moro «e» «n»", "boa tarde!! a escritura «d» «n» ja saiu??",
                                     "oi, fiz o cadastro da regularização em «y» e ate agora nada", "Bom dia. Quero informação sobre o «p»."]),
       n=lower(nuc), e=em(nuc), d=de(nuc), y=g.ri(2019, 2024), p=prog)
    cl(doc, st(next(tt)), B, "Olá! Sou «b», assistente virtual do «p» 🏠 Digite 1 para situação do cadastro, 2 para agendar visita, 3 para falar com atendente.",
       b=bot, p=prog)
    clt(doc, g, st(next(tt)), R, g.pick(["1", "3", "1 situação"]))
    cl(doc, st(next(tt)), B, "Bom dia! Aqui é «a» — «o». Me informe o nome completo do titular, CPF e data de nascimento, por favor.",
       a=P(g.pick([att.first, att.short])), o=g.pick(OFFICES))
    doc.t(st(next(tt)))
    doc.e(*R)
    doc.t(": ")
    low = g.chance(0.5)
    if low:
        doc.f("«n» cpf «c» nasc «d»", n=P(g.pick([occ.low, lower(occ.short)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
              d=(odob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
        if g.chance(0.85):
            doc.f(" nis «n»", n=(g.pis(g.pick(["raw", "dot"])), "BR_PIS"))
        doc.t("\n")
    else:
        doc.f("Nome: «n»\nCPF: «c»\nNascimento: «d»\n", n=P(g.pick([occ.full, occ.caps])), c=(g.cpf(), "BR_CPF"), d=(odob(g, "br"), "DATE_OF_BIRTH"))
        if g.chance(0.85):
            doc.f("NIS: «n»\n", n=(g.pis(), "BR_PIS"))
    cl(doc, st(next(tt)), B, "Localizei, «n». Seu cadastro está no processo «p», etapa de levantamento topográfico «d» «c». Casad«o» ou em união estável? O cônjuge também precisa constar.",
       n=P(occ.first), p=proc_reurb(g), c=nuc, d=de(nuc), o=a_(occ))
    if sp:
        doc.t(st(next(tt)))
        doc.e(*R)
        doc.t(": ")
        doc.f(g.pick(["sim, «k» «n» cpf «c»", "moro junto com «n» faz «y» anos, cpf «dd» é «c»", "união estável com «n» — CPF «c»"]),
              k=g.pick(["meu marido", "minha esposa", "meu companheiro", "minha companheira"]), n=P(slip(g, g.pick([sp.full, sp.low, sp.short]))),
              c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), dd="dela" if sp.female else "dele", y=g.ri(3, 30))
        doc.t("\n")
    else:
        clt(doc, g, st(next(tt)), R, g.pick(["sou viuva", "moro sozinha", "separada, ele nem mora mais aqui", "solteira com 3 filhos"] if occ.female else
                                            ["sou viuvo", "moro sozinho", "separado, ela foi embora", "solteiro"]))
    cl(doc, st(next(tt)), B, "Confirma o endereço do imóvel e o CEP?")
    if low:
        clt(doc, g, st(next(tt)), R, "«a» «b» cep «p»", a=(lot_addr(g, "low"), "ADDRESS"), b=lower(nuc), p=(g.cep(g.chance(0.5)), "BR_CEP"))
    else:
        clt(doc, g, st(next(tt)), R, "«a» — «b» — CEP «p»", a=(lot_addr(g), "ADDRESS"), b=nuc, p=(g.cep(), "BR_CEP"))
    if g.chance(0.55):
        nb = g.person(origin="pt")
        clt(doc, g, st(next(tt)), R, g.pick(["o moço da topografia disse que a divisa com o lote d«o» «n» ta errada, o zap «d» é «t»",
                                         "minha vizinh«o» «n» tb nao recebeu nada, o numero «d» «t»",
                                         "o lote do lado é d«o» «n» (conhecid«o» como «k»), fone «t»"]),
           o=a_(nb), d="dela" if nb.female else "dele", n=P(g.pick([nb.first, nb.short, lower(nb.first)])), k=P(fnick(g, nb)), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        clt(doc, g, st(next(tt)), R, chat_neg(g))
    d = t0 + datetime.timedelta(days=g.ri(5, 40))
    cl(doc, st(next(tt)), B, "Agendei a visita do cadastro socioeconômico para «d», entre 8h e 12h, com a assistente social «s». Leve RG, CPF, «c» e a conta de luz. A matrícula-mãe é a «m»; o título sai em nome «t» depois da CRF.",
       c="certidão de casamento ou declaração de união estável" if sp else "certidão de estado civil", t="do casal" if sp else "do titular", d=dbr(d), s=P(g.pick([g.person(female=True).short, g.person(female=True).first])), m=matricula(g))
    if g.chance(0.7):
        clt(doc, g, st(next(tt)), R, "posso mandar meu email? «e»", e=(g.email(occ), "EMAIL_ADDRESS"))
        cl(doc, st(next(tt)), B, "Pode sim, anotado. 👍")
    clt(doc, g, st(next(tt)), R, g.pick(["obrigada 🙏", "ok obg", "Deus abençoe", "👍👍"]))
    return doc


def at_stt_agrimensura(g: Gen) -> Doc:
    """A speech-to-text call to a surveying firm (lower case, no punctuation): a rural owner books the georeferencing of a small farm or an urban owner a survey for usucapião; name, CPF (in groups or in words), phone, e-mail given as 'mando pelo zap'; the property's CCIR and matrícula (unlabelled), area, a correspondence address and a CEP read out in groups or in words, confrontantes named; then the typed CRM note (an e-mail received by WhatsApp sometimes) (the attendant by name or login, the surveyor assigned with CREA or CRT)."""
    doc = Doc()
    brand, legal, dom = firm(g)
    at = g.person(female=g.chance(0.7))
    cli = occupant(g)
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    rural = g.chance(0.55)
    prop = g.pick(RURAL)
    city, uf = g.city()
    say = say_f(doc)
    doc.f("Transcrição automática — «b» — chamada «c» — «h» — confiança «k»%\n\n", b=brand, c=proto(g), h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(71, 95))
    A = g.pick(["atendente", "locutor 1", "agente"])
    C = g.pick(["cliente", "locutor 2", "ligante"])
    say(A, "«x» «b» «a» falando como posso ajudar", x=g.pick(["bom dia", "boa tarde"]), b=lower(brand), a=P(lower(at.first)))
    if rural:
        say(C, "oi eu tenho um «p» em «m» e o banco pediu o georreferenciamento pro financiamento quanto fica", p=g.pick(["sitio", "pedaço de terra", "sitiozinho"]),
            m=lower(city))
    else:
        say(C, "boa tarde eu preciso de uma planta e memorial pra usucapião do meu terreno o advogado que pediu")
    say(A, "certo qual o nome completo do proprietario")
    say(C, "«n»", n=P(cli.low))
    say(A, "e o cpf")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.5):
        say(A, "repetindo «c» correto", c=(g.pick([f"{cpf[:3]} {cpf[3:6]} {cpf[6:9]} {cpf[9:]}", spoken_digits(cpf, g)]), "BR_CPF"))
        say(C, "isso")
    say(A, "um telefone pra contato")
    say(C, "«t» é zap tambem", t=(g.fmt_phone(ddd, local, "stt") if g.chance(0.5) else spoken_digits(ddd + local, g), "PHONE_NUMBER"))
    if rural:
        ha = g.ri(3, 180)
        say(A, "qual a area aproximada e tem o ccir")
        say(C, "da uns «h» hectares o ccir é «c» e a matricula «m» no cartorio de «k»", h=ha, c=ccir(g), m=matricula(g), k=lower(city))
    else:
        say(A, "qual o endereço do terreno")
        nuc = g.pick(NUCLEOS)
        say(C, "«a» «e» «b»", a=(lot_addr(g, "low"), "ADDRESS"), e=em(nuc), b=lower(nuc))
    if rural or g.chance(0.5):
        cep = g.cep(False)
        say(A, "e o endereço pra correspondência com cep")
        where = (g.address("low"), "ADDRESS") if rural else V("o mesmo do terreno")
        say(C, "«a» cep «p»", a=where, p=(g.pick([f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g), f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    n1, n2 = g.person(origin="pt"), g.person(female=True)
    say(A, "e os vizinhos de divisa sabe o nome")
    if g.chance(0.5):
        say(C, "de um lado é «o» «a» do outro a dona «b» «c»", o=a_(n1), a=P(g.pick([lower(n1.short), n1.low, lower(n1.first)])), b=P(lower(n2.first)),
            c=g.pick(["ja falecida o filho que cuida", "ela é tranquila", "tem briga de cerca com ela", "mora em outra cidade"]))
    else:
        say(C, "so sei «o» «a» do lado de cima o resto é fazenda e estrada", o=a_(n1), a=P(g.pick([lower(n1.short), n1.low, lower(n1.first)])))
    say(A, "tem email pra mandar o orçamento")
    say(C, "«x»", x=g.pick(["mando pelo zap que eu nao sei falar", "é da minha filha mando por mensagem", "nao tenho pode ser pelo zap"]))
    if g.chance(0.35):
        say(C, chat_neg(g))
    surv = g.person(female=g.chance(0.3))
    d = g.day()
    say(A, "certo vou agendar a vistoria com «o» «s» no dia «d» «e» liga antes", o=a_(surv), e="ela" if surv.female else "ele",
        s=P(g.pick([lower(surv.first), surv.low])), d=f"{d.day} do {d.month}")
    doc.t("\n--- registro no CRM ---\n")
    fields = [("Lead", V(proto(g))), ("Cliente", P(g.pick([cli.full, cli.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Telefone/WhatsApp", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if rural:
        fields += [("Imóvel", V(f"{prop} — {city}/{uf}")), ("Serviço", V("georreferenciamento + certificação SIGEF (Lei 10.267/2001)")),
                   ("CAR", V(car_code(g, uf)))]
    else:
        fields += [("Serviço", V("levantamento planialtimétrico + planta e memorial p/ usucapião")), ("Município", V(f"{city}/{uf}"))]
    if g.chance(0.5):
        fields.append(("E-mail (recebido no WhatsApp)", (g.email(cli), "EMAIL_ADDRESS")))
    fields += [("Confrontantes", V("informados na ligação")), ("Vistoria", V(dbr(d)))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    doc.f("Técnico: «s» — «k»\n", s=P(g.pick([surv.full, surv.short])), k=(g.council(g.pick(["CREA", "CREA", "CRT"]), uf), "PROFESSIONAL_ID"))
    doc.f("Atendente: «a»\n", a=P(at.full) if g.chance(0.3) else V(login(at, g)))
    return doc


def fam_row_dob(g: Gen, rel: str) -> str:
    yrs = {"cônjuge": (1950, 1992), "companheiro(a)": (1955, 1995), "filho(a)": (1998, 2024), "neto(a)": (2008, 2025), "mãe": (1928, 1955),
           "pai": (1925, 1955), "enteado(a)": (2003, 2022), "irmão(ã)": (1950, 1990), "sobrinho(a)": (2000, 2022)}[rel]
    return g.dob(g.pick(["br", "br", "short"]), *yrs)


def at_cadastro_socio(g: Gen) -> Doc:
    """A REURB-S socio-economic registration form (Campo: valor, dotted leaders, ruled box or ALL CAPS labels, sometimes an OCR'd scan): the holder's name, birth date, CPF, RG or CNH, NIS, título sometimes, phone, e-mail sometimes; the spouse's name, birth date and CPF; the lot's address, CEP, núcleo, quadra and lote; time of occupation and income; a household table in blank-aligned columns (name, kinship, birth date, CPF or '-', NIS); the interviewer by name or login and the social worker's CRESS; the IPTU registration and the form number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    nuc = g.pick(NUCLEOS)
    scan = g.chance(0.3)
    hold = occupant(g)
    sp = g.person(female=not hold.female, origin="pt") if g.chance(0.6) else None
    style = g.pick(["plain", "dots", "box", "caps"])
    O = (lambda s: ocr(s, g, 0.5, names=True)) if scan else ident
    if scan:
        doc.t("[digitalizado — OCR]\n")
    doc.f("PREFEITURA MUNICIPAL — «c»/«u»\n«o»\nFICHA DE CADASTRO SOCIOECONÔMICO — REURB-S (Lei 13.465/2017, art. 13, I)\nFicha nº «n» · «p»\n\n",
          c=fold(city).upper(), u=uf, o=g.pick(OFFICES).upper(), n=clean(g, lambda: f"{g.d(4)}/{g.ri(2024, 2026)}"), p=proc_reurb(g))
    f1 = [("Núcleo", V(nuc)), ("Titular", P(O(g.pick([hold.full, hold.caps])))), ("Data de nascimento", (odob(g, "br"), "DATE_OF_BIRTH")),
          ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.75):
        f1.append(("RG", (g.rg(), "BR_RG")))
    else:
        f1.append(("CNH", (g.cnh(), "BR_CNH")))
    f1.append(("NIS/PIS", (g.pis(), "BR_PIS")))
    if g.chance(0.5):
        f1.append(("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    f1.append(("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.6):
        f1.append(("E-mail", (g.email(hold), "EMAIL_ADDRESS")))
    f1.append(("Endereço do imóvel", (O(lot_addr(g)), "ADDRESS")))
    f1.append(("CEP", (g.cep(), "BR_CEP")))
    f1.append(("Inscrição imobiliária", V(iptu(g) if g.chance(0.5) else "não possui")))
    f1.append(("Tempo de ocupação", V(f"{g.ri(5, 42)} anos")))
    f1.append(("Forma de aquisição", V(g.pick(["compra de posse (recibo)", "doação de parente", "ocupação", "herança", "contrato de gaveta"]))))
    if sp:
        f1 += [("Cônjuge/companheiro(a)", P(O(g.pick([sp.full, sp.caps])))), ("Nasc. cônjuge", (odob(g, "br"), "DATE_OF_BIRTH")),
               ("CPF cônjuge", (g.cpf(), "BR_CPF"))]
    kv_block(doc, f1, style)
    doc.t("\nCOMPOSIÇÃO FAMILIAR\n")
    rows = []
    for _ in range(g.ri(1, 4)):
        rel = g.pick(["filho(a)", "filho(a)", "neto(a)", "mãe", "enteado(a)", "irmão(ã)", "sobrinho(a)"])
        m = g.relative(hold) if rel in ("filho(a)", "neto(a)", "irmão(ã)") else g.person(origin="pt")
        rows.append([P(O(g.pick([m.full, m.caps, m.short]))), V(rel), (fam_row_dob(g, rel), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.55) else V("-"), (g.pis("raw"), "BR_PIS") if g.chance(0.3) else V("-"),
                     V(g.pick(["estudante", "desempregado(a)", "do lar", "autônomo(a)", "-", "BPC", "aposentado(a)"]))])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF", "NIS", "ocupação"], rows, g.pick(["plain", "plain", "plus"]))
    inc = money(g, 600, 4800)
    doc.f("\nRenda familiar declarada: R$ «r» · Recebe Bolsa Família: «b» · Enquadramento sugerido: «e»\n", r=brl(inc), b=g.pick(["sim", "não"]),
          e="REURB-S" if inc < 4000 else "REURB-E (verificar)")
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    iv, sw = g.person(), g.person(female=g.chance(0.85))
    doc.f("\nEntrevistador(a): «i»\nAssistente social: «s» — «k»\n", i=P(O(iv.full)) if g.chance(0.6) else V(login(iv, g)), s=P(O(g.pick([sw.full, sw.short]))),
          k=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("Declaro, sob as penas da lei, que as informações são verdadeiras. «c», «d».\n", c=city, d=g.date("long"))
    return doc


def at_grupo_moradores(g: Gen) -> Doc:
    """A residents' association WhatsApp group (lower case, @mentions, nicknames, '<Mídia oculta>'): the president announces the survey crew (the firm, the surveyor by name with a phone, the pickup's plate), asks who still owes documents (names and nicknames), a resident types her CPF and RG, another a new number, the association's fee by Pix to a random key, a quarrel over a marker stone ('marco' as a word), the assembly at the church (an institution); typing slips in words and in a name now and then."""
    doc = Doc()
    st = chat_stamp(g)
    t0 = g.moment(hours=(6, 22))
    tt = iter(seq_times(g, 40, t0, 30, 2400))
    nuc = g.pick(NUCLEOS)
    brand, legal, dom = firm(g)
    pres = g.person(female=g.chance(0.5), origin="pt")
    ppl = [occupant(g) for _ in range(5)]
    surv = g.person(female=g.chance(0.25))
    doc.f("«h»Grupo «n»\n", h=g.pick(["", "Conversa do WhatsApp com "]), n=g.pick([f"Moradores {nuc} 🏡", f"Associação {nuc}", f"REURB {lower(nuc)} (só assuntos do título)"]))
    tc = t0 - datetime.timedelta(days=g.ri(20, 400), minutes=g.ri(0, 600))
    by_pres = g.chance(0.45)  # exported from the president's phone
    if by_pres:
        doc.f("«t»Você criou este grupo\n", t=st(tc))
    else:
        doc.f("«t»~«p» criou este grupo\n", t=st(tc), p=P(pres.first))

    def who(p: Person):
        r = g.rng.random()
        if r < 0.58:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.76:
            return P(g.pick([p.first, p.short, lower(p.first)]))
        if r < 0.86:
            return P(fnick(g, p))
        return P(p.full)
    PR = V("Você") if by_pres else who(pres)
    plate = g.plate()
    clt(doc, g, st(next(tt)), PR, "bom dia vizinhos!! sabado «d» a equipe da «f» vem medir os lotes da quadra «q» em diante. quem vai acompanhar é «o» «s» («t») 🙏",
       o=a_(surv), d=g.pick(["agora", "que vem", "dia " + str(g.ri(2, 28))]), f=lower(brand), q=g.pick("ABCDEFGH"), s=P(g.pick([lower(surv.first), surv.first, lower(surv.short)])),
       t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    clt(doc, g, st(next(tt)), PR, "eles vem numa «c» placa «p», nao precisa ter medo de abrir o portão", c=lower(g.pick(CARS)), p=(plate, "LICENSE_PLATE"))
    clt(doc, g, st(next(tt)), who(ppl[0]), g.pick(["ok", "👍", "graças a deus", "vai medir a minha tb?"]))
    late = g.sample(ppl[1:], 3)  # the first one owes documents and types them, the others answer
    doc.t(st(next(tt)))
    doc.e(*PR)
    doc.t(": falta documento de: ")
    for k, p in enumerate(late[:g.ri(2, 3)]):
        if k:
            doc.t(", ")
        doc.f("@«n»", n=P(slip(g, g.pick([lower(p.first), lower(p.short), fnick(g, p)]))))
    doc.t(g.pick([" — rg cpf e certidao de casamento", ". manda foto aqui no privado", " (urgente)"]) + "\n")
    c1 = late[0]
    doc.t(st(next(tt)))
    doc.e(*who(c1))
    doc.f(": meu cpf «c» rg «r» pode anotar aí\n", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), r=(g.rg(g.pick(["raw", "dot"])), "BR_RG"))
    clt(doc, g, st(next(tt)), PR, g.pick(["não manda documento no grupo!! apaga por favor", "apaga isso aí, manda no privado 🙏"]))
    clt(doc, g, st(next(tt)), who(late[1]), "<Mídia oculta>")
    c2 = late[2]
    clt(doc, g, st(next(tt)), who(c2), "gente meu numero novo é «t», o antigo roubaram", t=(g.phone(g.pick(["raw", "plain", "e164"])), "PHONE_NUMBER"))
    if g.chance(0.7):
        bad = g.person(origin="pt")
        clt(doc, g, st(next(tt)), who(ppl[0]), "«o» «n» arrancou o marco de concreto da divisa de novo 😡 vou chamar a prefeitura", o=a_(bad), n=P(g.pick([lower(bad.first), fnick(g, bad), lower(bad.short)])))
        clt(doc, g, st(next(tt)), PR, "calma, o técnico recoloca. marco não é cerca, é só o ponto da medição")
    clt(doc, g, st(next(tt)), PR, "a contribuição da associação pra taxa do cartório é R$ «v» por lote, pix chave aleatória «k» («t»)", v=brl(g.pick([20.0, 30.0, 50.0, 15.0])),
       k=(g.uuid(), "PIX_KEY"), t=g.pick([P(g.pick([lower(g.person(female=True).first), g.person(female=True).first])), V("manda o comprovante pra tesouraria")]))
    clt(doc, g, st(next(tt)), who(ppl[3]), chat_neg(g))
    clt(doc, g, st(next(tt)), PR, "assembleia domingo 15h no salão da Paróquia São Bento. pauta: lista dos beneficiários e a «p»", p=g.pick(["CRF", "planta do núcleo", "área de risco do córrego"]))
    if g.chance(0.5):
        mae = g.relative(ppl[4], True)
        clt(doc, g, st(next(tt)), who(ppl[4]), "@«n» minha mae «m» nao consegue ir, pode assinar por ela?", n=P(lower(pres.first)),
           m=P(slip(g, g.pick([lower(mae.first), mae.first, lower(mae.short)]))))
    return doc


def at_email_loteadora(g: Gen) -> Doc:
    """A lot buyer's e-mail to a surveying firm that measured an irregular subdivision, complaining that her lot has less area than the contract (X-Originating-IP), quoted under the firm's answer (the engineer with CREA or CAU, the attendant, a role mailbox); CPF, phone, the lot's address and CEP, the seller's name; contract and protocol numbers, areas and coordinates unlabelled."""
    doc = Doc()
    brand, legal, dom = firm(g)
    cli = occupant(g)
    gm = g.email(cli)
    eng = g.person(female=g.chance(0.4))
    att = g.person(female=g.chance(0.7))
    nuc = g.pick(NUCLEOS)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 90))
    a1, a2 = g.rng.uniform(250, 450), None
    a2 = a1 - g.rng.uniform(6, 40)
    city, uf = g.city()
    doc.f("De: «b» <«m»>\nPara: ", b=brand, m=role_mail(g, dom, g.pick(["atendimento", "contato", "projetos", "topografia"])))
    if g.chance(0.5):
        doc.f("«c» <«e»>", c=P(g.pick([cli.full, cli.short])), e=(gm, "EMAIL_ADDRESS"))
    else:
        doc.e(gm, "EMAIL_ADDRESS")
    doc.f("\nData: «d»\nAssunto: RE: Medição do lote — área menor que o contrato\n\n", d=mail_date(t1))
    doc.f("Prezad«o» «n»,\n\n", o=a_(cli), n=P(g.pick([cli.first, cli.full])))
    doc.f("A medição foi feita com «g» em modo RTK, conforme a NBR 13.133, e o relatório está disponível. Os vértices de frente (E «e», N «n») batem com a planta aprovada «d» «l»; a diferença vem do recuo da viela de servidão, que não pode ser incorporado ao lote. «x» «k» («c») pode explicar pessoalmente na quinta, às 14h.\n\n",
          g=g.pick(GNSS), e=utm_e(g), n=utm_n(g), l=nuc, d=de(nuc), x="A eng." if eng.female else "O eng.", k=P(g.pick([eng.full, eng.short])), c=(g.council(g.pick(["CREA", "CREA", "CAU"]), uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n\n")
    doc.f("Atenciosamente,\n«a»\n«b» — «t»\n", a=P(g.pick([att.full, att.short])), b=brand, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("\nEm «d», «n» <«e»> escreveu:\n", d=t0.strftime("%d/%m/%Y %H:%M"), n=P(g.pick([cli.full, cli.low])), e=(gm, "EMAIL_ADDRESS"))
    doc.f("> X-Originating-IP: [«i»]\n", i=(g.ip(), "IP_ADDRESS"))
    seller = g.person(origin="pt")
    doc.f("> Boa tarde. Comprei em «y» do sr. «s» o lote da «a», CEP «p» («l»), contrato «c», com «x» no papel. Vocês mediram «z» e agora a prefeitura vai titular com a área menor. Quero a revisão.\n",
          y=g.ri(2004, 2022), s=P(g.pick([seller.full, seller.short])), a=(lot_addr(g), "ADDRESS"), p=(g.cep(), "BR_CEP"), l=nuc, c=contrato_no(g),
          x=num(a1, 2) + " m²", z=num(a2, 2) + " m²")
    doc.f("> Meu CPF é «c» e o telefone «t».", c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        n2 = g.person(origin="pt")
        doc.f(" «v» de trás, «n», também foi prejudicad«o» (tel. «t»).", v="A vizinha" if n2.female else "O vizinho", o=a_(n2), n=P(g.pick([n2.full, n2.first])),
              t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.f(" Se precisar pagar nova medição, pode debitar no cartão «k» (val. «v»).", k=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.f("\n> «n»\n", n=P(g.pick([cli.full, cli.first])))
    return doc


def at_os_campo(g: Gen) -> Doc:
    """A surveying crew's field work order and notebook (a form and blank-aligned or ruled tables): the client with CPF and phone, the property (a farm's name, or an urban lot's address with CEP), the crew (surveyor with CREA or CRT, assistants by name and nickname), the pickup's plate, the GNSS and total station serials (unlabelled), a vertex table (codes with the INCRA credential, UTM coordinates, heights: unlabelled), the confrontantes present (name, CPF or RG, phone, signed or refused), notes."""
    doc = Doc()
    brand, legal, dom = firm(g)
    city, uf = g.city()
    cli = occupant(g)
    cred = cred_incra(g)
    rural = g.chance(0.5)
    surv = g.person(female=g.chance(0.25))
    aux = [g.person(female=g.chance(0.15), origin="pt") for _ in range(g.ri(1, 2))]
    d = g.day()
    doc.f("«b» — ORDEM DE SERVIÇO DE CAMPO «o»\nData: «d»   Município: «c»/«u»\n\n", b=brand.upper(), o=clean(g, lambda: f"OS-{g.d(4)}/{d.year}"), d=dbr(d), c=city, u=uf)
    f = [("Cliente", pname(g, cli, ("full", "caps"))), ("CPF", (g.cpf(), "BR_CPF")), ("Contato", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.5):
        f.append(("E-mail", (g.email(cli), "EMAIL_ADDRESS")))
    if rural:
        f += [("Imóvel", V(g.pick(RURAL))), ("Matrícula", V(matricula(g))), ("SNCR", V(sncr(g))), ("Serviço", V("georreferenciamento (NTGIR 3ª ed.)"))]
        if g.chance(0.45):
            f.append(("Parcela SIGEF vizinha (certificada)", V(sigef_id(g))))
    else:
        f += [("Endereço", (lot_addr(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Serviço", V(g.pick(["levantamento p/ usucapião", "desmembramento", "retificação de área", "REURB - lote a lote"])))]
    f += [("Responsável técnico", P(g.pick([surv.full, surv.short]))), ("Registro", (g.council(g.pick(["CREA", "CREA", "CRT"]), uf), "PROFESSIONAL_ID")),
          ("Credenciamento INCRA", V(cred))]
    kv_block(doc, f, g.pick(["plain", "dots", "box"]))
    doc.t("Equipe: ")
    for k, a in enumerate(aux):
        if k:
            doc.t(", ")
        if g.chance(0.3):
            doc.f("«n» («k»)", n=P(g.pick([a.full, a.short])), k=P(fnick(g, a)))
        else:
            doc.e(g.pick([a.full, a.short, a.first]), "PERSON")
    doc.f("\nVeículo: «c» «p» · Receptores: «r1» nº série «s1» (base) e «s2» (rover) · «e» nº «s3»\n\n", c=g.pick(CARS), p=(g.plate(), "LICENSE_PLATE"),
          r1=g.pick(GNSS), s1=serial(g), s2=serial(g), e=g.pick(STATIONS), s3=serial(g))
    rows = []
    for k in range(g.ri(4, 7)):
        rows.append([V(vertex(g, cred, g.pick("MPPV"))), V(utm_e(g)), V(utm_n(g)), V(num(g.rng.uniform(8, 1100), 3)),
                     V(g.pick(["RTK", "PPP", "relativo estático", "topografia"])), V(g.pick(["marco concreto", "pino aço", "virtual", "marco existente", "cerca"]))])
    table_ruled(doc, ["vértice", "E (m)", "N (m)", "h (m)", "método", "materialização"], rows, g.pick(["plain", "plus", "psql"]))
    doc.t("\nCONFRONTANTES PRESENTES\n")
    rows = []
    for _ in range(g.ri(2, 3)):
        c = g.person()
        ident_ = (g.cpf(), "BR_CPF") if g.chance(0.7) else (g.rg(), "BR_RG")
        rows.append([P(g.pick([c.full, c.caps, c.short])), ident_, (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V("-"),
                     V(g.pick(["assinou croqui", "assinou croqui", "recusou assinar", "ausente - notificar", "assinou a rogo"]))])
    table_ruled(doc, ["nome", "documento", "telefone", "anuência"], rows, g.pick(["plain", "pipe", "md"]))
    doc.t("\nObs.: ")
    doc.t(g.pick(["cachorro bravo no lote 12, pedir para prender. ", "divisa de fundos em discussão, não materializar. ", "chuva às 15h, voltamos segunda. ",
                  "proprietário acompanhou todo o levantamento. "]))
    if g.chance(0.6):
        doc.t(word_neg(g))
    doc.t("\n")
    return doc


def at_ouvidoria_156(g: Gen) -> Doc:
    """A city's 156 / ombudsman system screen (ruled, psql or 'Campo: valor'): a resident reports a neighbour's wall advancing over her lot in a REURB núcleo and asks for inspection; requester's name, birth date and RG sometimes, CPF, phones, e-mail, address and CEP, channel (web with IP, phone or counter); the reported neighbour by name and nickname ('vulgo'), with a phone and the address where he or she lives sometimes; the attendant's login; routing to inspection; a fiscal's answer with his name (registration unlabelled)."""
    doc = Doc()
    city, uf = g.city()
    req = occupant(g)
    nb = g.person(origin="pt", female=g.chance(0.3))
    fiscal = g.person(female=g.chance(0.4))
    att = g.person()
    ch = g.pick(["Portal 156", "Telefone 156", "Balcão", "App Cidade"])
    nuc = g.pick(NUCLEOS)
    doc.f("SISTEMA DE ATENDIMENTO AO CIDADÃO — PREFEITURA DE «c»\nProtocolo «p» · Canal: «h» · Abertura: «d»\n\n", c=fold(city).upper(), p=proto(g), h=ch, d=ts(g.moment(), "brs"))
    f = [("Solicitante", pname(g, req, ("full", "caps", "full"))), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        f.append(("E-mail", (g.email(req), "EMAIL_ADDRESS")))
    f += [("Endereço", (lot_addr(g), "ADDRESS")), ("Bairro/núcleo", V(nuc)), ("CEP", (g.cep(), "BR_CEP"))]
    if ch in ("Portal 156", "App Cidade"):
        f.append(("IP de origem", (g.ip(), "IP_ADDRESS")))
    if g.chance(0.75):
        f.insert(2, ("Data de nascimento", (odob(g, "br"), "DATE_OF_BIRTH")))
    if g.chance(0.6):
        f.insert(2, ("RG", (g.rg(), "BR_RG")))
    if g.chance(0.5):
        f.insert(4, ("Telefone 2 (recado)", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER")))
    f += [("Assunto", V("Fiscalização de obras — invasão de divisa / área em regularização")), ("Atendente", V(login(att, g) if ch != "Portal 156" else "autoatendimento"))]
    if g.chance(0.5):
        rows = [[V(k), v] for k, v in f]
        table_ruled(doc, ["campo", "valor"], rows, g.pick(["plus", "psql"]))
    else:
        kv_block(doc, f, g.pick(["plain", "caps"]))
    doc.f("\nRelato: o vizinho «n», vulgo «k», levantou muro de bloco «m» metros para dentro do meu lote depois que a equipe de topografia fincou os marcos. O lote é o «l» «d» «u», que está no processo «r». Já falei com «e» e ameaçou. ",
          n=P(g.pick([nb.full, nb.short])), k=P(fnick(g, nb)), m=num(g.rng.uniform(0.4, 3.5), 1), l=f"{g.ri(1, 40)} da quadra {g.pick('ABCDEFG')}", u=nuc, d=de(nuc), e="ela" if nb.female else "ele", r=proc_reurb(g))
    if g.chance(0.5):
        doc.f("O telefone «x» é «t».", x="dela" if nb.female else "dele", t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(" «x» mora na «a» (casa da frente).", x="Ela" if nb.female else "Ele", a=(lot_addr(g), "ADDRESS"))
    doc.t("\n\n")
    doc.f("Encaminhado a: Fiscalização de Posturas · «o»\n", o=g.pick(OFFICES))
    doc.f("Resposta («d»): vistoria realizada pelo fiscal «f» («m»). Constatada obra sem alvará; lavrado auto de embargo «a». O limite será conferido com a planta do levantamento da «b». Lei Complementar municipal «x».\n",
          d=g.date("br"), f=P(g.pick([fiscal.full, fiscal.short])), m=matr_func(g), a=clean(g, lambda: f"AE-{g.d(5)}/{g.ri(2025, 2026)}"), b=firm(g)[0],
          x=f"{g.ri(10, 400)}/{g.ri(1998, 2022)}")
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


AT = [at_zap_reurb, at_stt_agrimensura, at_cadastro_socio, at_grupo_moradores, at_email_loteadora, at_os_campo, at_ouvidoria_156]


# --------------------------------------------------------------------------- juridico


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        if g.chance(0.75):
            doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("«k». «n» — RG «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.rg(), "BR_RG"))


def ident(x: str) -> str:
    return x


def home(g: Gen, doc: Doc, p: Person, caps: bool = False, city: tuple[str, str] | None = None, lot: bool = True, both: bool = False) -> None:
    """', residente e domiciliada na <address>, <bairro>, <city>/<UF>, CEP <cep>' (the address and CEP are spans)."""
    up = caps_t if caps else ident
    doc.t(up(", ambos residentes e domiciliados na " if both else ", residente e domiciliad" + p.o + " na "))
    if lot:
        doc.e(lot_addr(g, "caps" if caps else "text"), "ADDRESS")
    else:
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
    c, uf = city or g.city()
    doc.t(up(f", {g.pick(BAIRROS)}, {c}/{uf}, CEP "))
    doc.e(g.cep(), "BR_CEP")


def lawyer_sig(g: Gen, doc: Doc, uf: str, n: int = 1, email: bool = True) -> None:
    for _ in range(n):
        lw = g.person()
        doc.f("\n«n»\n«o»", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.8):
            doc.f(" · «e»", e=(g.email(lw, g.pick(["adv.br", "gmail.com", f"{fold(lw.last).lower().replace(' ', '')}advocacia.com.br"])), "EMAIL_ADDRESS"))
    doc.t("\n")


def ju_usucapiao_inicial(g: Gen) -> Doc:
    """An initial petition of extraordinary usucapião (art. 1.238 of the Civil Code; arts. 246 §3º and 259 of the CPC): the claimants (a couple, or a widow) qualified with RG or CNH, CPF, the lot's address (their home) and CEP; the chain of possession (the first seller and his heirs named); the registered owner (a person or a defunct subdivider with CNPJ); the confrontantes with their home addresses; the surveyor's plan and memorial (CREA or CAU; ART unlabelled); witnesses to be heard; the lawyer's OAB and e-mail; matrícula, areas and the value of the claim unlabelled."""
    doc = Doc()
    city, uf = g.city()
    a1 = occupant(g)
    a2 = g.person(female=not a1.female, origin="pt") if g.chance(0.65) else None
    nuc = g.pick(NUCLEOS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c»/«u»\n\n", v=g.pick(["1ª", "2ª", "3ª", "4ª"]),
          c=fold(city).upper(), u=uf)
    civ = g.pick(["married", "married", "union"]) if a2 else "alone"
    qualify(g, doc, a1, caps=False, addr=False, email=g.chance(0.3), phone=g.chance(0.3), civil=civ)
    if a2:
        if civ == "married":
            doc.t(g.pick([", e seu cônjuge ", ", e sua esposa " if a2.female else ", e seu marido "]))
        else:
            doc.t(", e sua companheira " if a2.female else ", e seu companheiro ")
        qualify(g, doc, a2, addr=False, civil=civ)
    home(g, doc, a1, city=(city, uf), both=a2 is not None)
    doc.t(", por seu advogado infra-assinado, vêm propor AÇÃO DE USUCAPIÃO EXTRAORDINÁRIA (art. 1.238 do Código Civil), em face de ")
    if g.chance(0.5):
        owner = g.person(origin="pt")
        doc.f("«n» (titular tabular, em lugar incerto) e seus eventuais herdeiros", n=P(g.pick([owner.full, owner.caps])))
    else:
        doc.f("«n», CNPJ «c», loteadora com baixa na Receita Federal", n=g.pick(["Empreendimentos Imobiliários Aurora Ltda.", "Loteadora Bento Prudente S/A",
                                                                                    "Comercial Leão Dourado de Terrenos Ltda.", "Imobiliária Santa Rosa Ltda."]),
              c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t(", pelos fatos e fundamentos a seguir.\n\n")
    s1 = g.person(origin="pt")
    h1 = g.relative(s1)
    doc.f("I — DOS FATOS\n\n«w» desde «y» o imóvel situado «e» «l», lote «lt» da quadra «q», com «a», objeto da matrícula nº «m» do «r»º Registro de Imóveis, tendo-o adquirido de «s» por contrato particular nunca registrado. «x», «f» «h» confirm«v» a venda em declaração anexa (doc. 4). A posse é mansa, pacífica e ininterrupta há mais de «n» anos, com pagamento de IPTU (inscrição «i») e edificação de casa de alvenaria.\n\n",
          w="Os autores ocupam" if a2 else ("A autora ocupa" if a1.female else "O autor ocupa"), **(
              {"f": "sua filha" if h1.female else "seu filho", "h": P(g.pick([h1.full, h1.short])), "v": "ou"} if g.chance(0.5) else
              {"f": "seus", "h": "herdeiros", "v": "aram"}),
          y=g.ri(1988, 2010), l=nuc, e=em(nuc), lt=g.ri(1, 40), q=g.pick("ABCDEFGH"), a=area_m2(g), m=matricula(g), r=g.ri(1, 3), s=P(g.pick([s1.full, s1.caps])),
          n=g.pick([15, 20, 25, 30]), i=iptu(g), x="Falecida a vendedora" if s1.female else "Falecido o vendedor")
    doc.t("II — DOS CONFRONTANTES (art. 246, §3º, do CPC)\n\n")
    for k in range(g.ri(2, 3)):
        c = g.person()
        doc.f("«k») «n»", k="abcd"[k], n=P(g.pick([c.full, c.caps])))
        if g.chance(0.5):
            doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
        doc.f(", residente na «a», CEP «p» («s»);\n", a=(lot_addr(g), "ADDRESS"), p=(g.cep(), "BR_CEP"),
              s=g.pick(["confrontante lateral direito", "confrontante de fundos", "confrontante lateral esquerdo", "do outro lado da servidão"]))
    eng = g.person(female=g.chance(0.35))
    doc.f("\nA planta e o memorial descritivo foram elaborados por «e», «c», com ART nº «a», e georreferenciados ao SIRGAS 2000 (vértices «v1» a «v2»).\n\n",
          e=P(g.pick([eng.full, eng.short])), c=(g.council(g.pick(["CREA", "CREA", "CAU"]), uf), "PROFESSIONAL_ID"), a=art_no(g),
          v1=vertex(g, cred_incra(g), "P"), v2=vertex(g, cred_incra(g), "P"))
    doc.t("III — DOS PEDIDOS\n\nRequerem a citação dos réus e dos confrontantes, a intimação das Fazendas Públicas (art. 259, I, do CPC), a oitiva das testemunhas abaixo e, ao final, a declaração do domínio.\n\n")
    for _ in range(g.ri(1, 2)):
        w = g.person()
        doc.f("- «n», «j», ", n=P(g.pick([w.full, w.caps])), j=g.pick(JOBS[w.female]))
        if g.chance(0.6):
            doc.f("RG «r»", r=(g.rg(), "BR_RG"))
        else:
            doc.f("CPF «c»", c=(g.cpf(), "BR_CPF"))
        doc.f(", residente na «a»;\n", a=(g.address(), "ADDRESS"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «d».\n", v=brl(money(g, 18000, 160000)), c=city, d=g.date("long"))
    lawyer_sig(g, doc, uf)
    return doc


def ju_usucapiao_extra(g: Gen) -> Doc:
    """A request for extrajudicial usucapião to the Registro de Imóveis (art. 216-A of Lei 6.015/1973; Provimento CNJ 149/2023): the applicant qualified with birth date and spouse; the notarial minutes (ata notarial) and the plan by a CAU or CREA professional; a table of confrontantes' consents (name, CPF, lot, how they consented); then the registrar's 'nota de exigência' quoted (the clerk by name, a role mailbox), asking for a missing consent and a heir's CPF; protocol, matrícula, seal and ART unlabelled."""
    doc = Doc()
    city, uf = g.city()
    req = occupant(g)
    sp = g.person(female=not req.female, origin="pt") if g.chance(0.5) else None
    ri = f"{g.pick(['1º', '2º', 'Único'])} Ofício de Registro de Imóveis de {city}/{uf}"
    doc.f("ILUSTRÍSSIMO SENHOR OFICIAL DO «r»\n\n", r=ri.upper())
    qualify(g, doc, req, addr=False, dob=True, email=g.chance(0.6), phone=g.chance(0.6), civil="married" if sp else "alone")
    if sp:
        doc.t(", sob o regime da comunhão parcial de bens, com ")
        doc.e(g.pick([sp.full, sp.caps]), "PERSON")
        doc.t(", CPF ")
        doc.e(g.cpf(), "BR_CPF")
    home(g, doc, req, city=(city, uf))
    eng = g.person(female=g.chance(0.45))
    tab = g.person()
    tab_who = (("pela tabeliã" if tab.female else "pelo tabelião"), P(g.pick([tab.full, tab.short]))) if g.chance(0.5) else \
        ("no Tabelionato de Notas local", V(f"({g.ri(1, 4)}º Ofício)"))
    doc.f(", vem requerer o RECONHECIMENTO EXTRAJUDICIAL DE USUCAPIÃO do imóvel em que reside, com «a», instruído com: (i) ata notarial lavrada «o» «t» (livro «l», fls. «f»); (ii) planta e memorial assinados por «e», «c», RRT/ART «n»; (iii) certidões negativas; (iv) justo título e comprovantes de IPTU.\n\n",
          a=area_m2(g), o=tab_who[0], t=tab_who[1], l=g.ri(100, 999), f=f"{g.ri(1, 399):03d}",
          e=P(g.pick([eng.full, eng.short])), c=(g.council(g.pick(["CAU", "CREA"]), uf), "PROFESSIONAL_ID"), n=art_no(g))
    doc.t("ANUÊNCIA DOS CONFRONTANTES\n")
    rows = []
    for _ in range(g.ri(2, 3)):
        c = g.person()
        rows.append([P(g.pick([c.full, c.caps, c.short])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("não localizado"),
                     V(g.pick(["lote 07", "lote 09", "fundos", "lateral dir.", "lateral esq.", "matr. " + matricula(g)])),
                     V(g.pick(["assinou planta (firma reconhecida)", "carta de anuência", "notificar (art. 216-A, §2º)", "edital", "assinou planta"]))])
    table_ruled(doc, ["confrontante", "CPF", "imóvel", "forma"], rows, g.pick(["plain", "plus", "md"]))
    doc.f("\nTermos em que pede deferimento. «c», «d».\n", c=city, d=g.date("br"))
    lawyer_sig(g, doc, uf)
    clerk = g.person(female=g.chance(0.6))
    heir = g.person(origin="pt")
    doc.f("\n---------- NOTA DE EXIGÊNCIA ----------\nProtocolo «p» · prenotação válida até «d»\nDe: «m»\n\n", p=proto(g), d=g.date("br"),
          m=role_mail(g, f"ri{fold(city).lower().replace(' ', '')}.com.br", g.pick(["registro", "ri", "cartorio", "certidoes"])))
    doc.f("1. Falta a anuência do titular tabular; consta óbito de «n» em «y» — apresentar inventário ou qualificação dos herdeiros, incluindo «h» (CPF «c»).\n",
          n=P(g.pick([heir.full, heir.caps])), y=g.ri(1995, 2021), h=P(g.relative(heir).full), c=(g.cpf(), "BR_CPF"))
    doc.f("2. O memorial não indica o código dos vértices do perímetro (ex.: «v»); retificar.\n3. Recolher emolumentos do edital (R$ «r»).\n\n«n»\nEscrevente autorizad«o» — «s»\n",
          v=vertex(g, cred_incra(g)), r=brl(money(g, 180, 900)), n=P(g.pick([clerk.full, clerk.short])), o=a_(clerk), s=selo(g))
    return doc


def ju_ata_demarcatoria(g: Gen) -> Doc:
    """Minutes of a hearing in a boundary-demarcation action (ação demarcatória, arts. 574 ff. of the CPC): CNJ number; judge and clerk; claimant and defendant (a farmer, a neighbour) with CPF; their lawyers' OAB; the court-appointed surveyor expert (CREA) presenting the report; the expert's e-mail for intimations; witnesses qualified (RG, CPF, address), a late neighbour remembered by first name or nickname; the agreed new fence line by vertex codes; the expert's fees paid to his agency and account; the next date."""
    doc = Doc()
    city, uf = g.city()
    judge, clerk = g.person(), g.person(female=g.chance(0.6))
    au, re_ = occupant(g), g.person()
    per = g.person(female=g.chance(0.3))
    cred = cred_incra(g)
    rural = g.chance(0.5)
    doc.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO\nComarca de «c» — «v» Vara Cível\n\nTERMO DE AUDIÊNCIA DE INSTRUÇÃO\nProcesso nº «n» — Ação Demarcatória\n\n",
          c=city, v=g.pick(["1ª", "2ª", "3ª"]), n=cnj_of(g, uf))
    doc.f("Aos «d», às «h», na sala de audiências, presente o(a) MM. Juiz(a) de Direito «j», comigo, ", d=g.date("long"),
          h=f"{g.ri(9, 17)}h{g.pick(['00', '15', '30', '45'])}", j=P(g.pick([judge.full, judge.caps])))
    if g.chance(0.5):  # the clerk named, or not
        doc.f("«k», ", k=P(g.pick([clerk.full, clerk.short])))
    doc.t("escrevente, foi aberta a audiência. ")
    doc.f("Presentes «xa» «a», CPF «ac», acompanhad«oa» do(a) advogado(a) «la» («lo»), e «xr» «r», CPF «rc», com o(a) advogado(a) «lb» («lbo»). ",
          xa="a autora" if au.female else "o autor", oa=a_(au), xr="a ré" if re_.female else "o réu",
          a=P(g.pick([au.full, au.caps])), ac=(g.cpf(), "BR_CPF"), la=P(g.person().full), lo=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          r=P(g.pick([re_.full, re_.caps])), rc=(g.cpf(), "BR_CPF"), lb=P(g.person().full), lbo=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Presente «x» «p», «pc» (e-mail para intimações: «pe»), que ratificou o laudo de fls. «f»: a linha divisória entre «i1» e «i2» segue dos vértices «v1» a «v2», e não pelo córrego, como sustenta a parte ré.\n\n",
          x="a perita agrimensora" if per.female else "o perito agrimensor", pe=(g.email(per, g.pick(["gmail.com", "outlook.com", "agrimensura.eng.br"])), "EMAIL_ADDRESS"),
          p=P(g.pick([per.full, per.short])), pc=(g.council("CREA", uf), "PROFESSIONAL_ID"), f=f"{g.ri(120, 480)}/{g.ri(481, 700)}",
          i1=g.pick(RURAL) if rural else "o lote da parte autora", i2=g.pick(RURAL) if rural else "o lote da parte ré", v1=vertex(g, cred, "M"), v2=vertex(g, cred, "M"))
    doc.t("Ouvidas as testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        w = g.person(origin="pt")
        doc.f("- «n», «j», RG «r», CPF «c», residente na «a», compromissad«o»; disse que conhece a cerca velha desde «y» e que ", n=P(g.pick([w.full, w.caps])), j=g.pick(JOBS[w.female]),
              r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), o=a_(w), y=g.ri(1970, 2005))
        said = g.pick(["o marco de pedra ficava perto da porteira.\n", "o pai da parte ré mudou a cerca depois da enchente.\n", "nunca houve briga até a venda do sítio.\n",
                       "finado"])
        if said == "finado":
            old = g.person(female=False, origin="pt")
            doc.f("o finado «n» dizia que a divisa era a aroeira.\n", n=P(g.pick([old.first, old.nick, old.short])))
        else:
            doc.t(said)
    doc.f("\nCONCILIAÇÃO: as partes acordam em adotar a linha do laudo, com nova cerca às expensas comuns em «n» dias. Os honorários periciais remanescentes (R$ «v») serão depositados na conta d«o» perit«o», no «b», agência «ag», conta «cc».\n",
          o=a_(per),
          n=g.pick([30, 45, 60, 90]), v=brl(money(g, 2500, 14000)), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("Homologo o acordo (art. 487, III, «b», do CPC). Saem intimados. Nada mais.\n\n«s»\n", b="b", s=g.pick(["(assinado eletronicamente pelo(a) magistrado(a) e pelas partes presentes)", "Juiz(a) de Direito — assinatura digital",
                                                                "Partes e advogados assinaram o termo eletrônico."]))
    return doc


def ju_crf_listagem(g: Gen) -> Doc:
    """The list of occupants annexed to a Certidão de Regularização Fundiária (art. 41 of Lei 13.465/2017): the núcleo, municipality, process and matrícula (unlabelled); a blank-aligned, ruled or pipe table with quadra, lote, area, the beneficiary's name, CPF, civil status and the spouse's name and CPF; the commission that signs (names, the architect's CAU, the social worker's CRESS) and the secretary; the registry's note on free registration for REURB-S."""
    doc = Doc()
    city, uf = g.city()
    nuc = g.pick(NUCLEOS)
    mod = g.pick(["REURB-S", "REURB-S", "REURB-E"])
    procn = clean(g, lambda: f"{mod} nº {g.ri(1, 240):03d}/{g.ri(2022, 2025)}")
    doc.f("MUNICÍPIO DE «c»/«u»\nCERTIDÃO DE REGULARIZAÇÃO FUNDIÁRIA — «m» — «n»\nAnexo II — Listagem dos ocupantes e direitos reais outorgados (art. 41, VI, da Lei 13.465/2017)\nProcesso «p» · matrícula-mãe «x»\n\n",
          c=fold(city).upper(), u=uf, m=mod, n=nuc.upper(), p=procn, x=matricula(g))
    rows = []
    q = g.pick("ABCDEFGH")
    with_rg = g.chance(0.5)
    for l in range(1, g.ri(3, 5) + 1):
        b = occupant(g)
        civil = g.pick(CIVIL[b.female])
        sp = g.person(female=not b.female, origin="pt") if civil.startswith("casad") or civil == "em união estável" else None
        if g.chance(0.15):
            rows.append([V(q), V(f"{l:02d}"), V(area_m2(g)), V("área pública / não titulado")] + [V("-")] * (5 if with_rg else 4))
            continue
        rows.append([V(q), V(f"{l:02d}"), V(area_m2(g)), P(g.pick([b.caps, b.full, b.capsf])), (g.cpf(), "BR_CPF")] + ([(g.rg(), "BR_RG")] if with_rg else [])
                    + [V(civil), P(g.pick([sp.caps, sp.full])) if sp else V("-"), (g.cpf(), "BR_CPF") if sp else V("-")])
    cols = ["qd", "lote", "área", "beneficiário(a)", "CPF"] + (["RG"] if with_rg else []) + ["estado civil", "cônjuge/companheiro(a)", "CPF cônjuge"]
    table_ruled(doc, cols, rows, g.pick(["plain", "plus", "pipe", "psql"]))
    doc.f("\nDireito real outorgado: «d». Os lotes não titulados permanecem na matrícula-mãe.\n", d=g.pick(["legitimação fundiária (art. 23)", "legitimação de posse (art. 25)", "compra e venda (REURB-E)"]))
    if mod == "REURB-S":
        doc.t("Registro isento de custas e emolumentos (art. 13, §1º, da Lei 13.465/2017).\n")
    doc.t("\nComissão de Regularização Fundiária:\n")
    for kind in ("CAU", "CRESS", None):
        m = g.person(female=g.chance(0.55))
        doc.f("«n»", n=P(g.pick([m.full, m.caps])))
        if kind:
            doc.f(" — «k»", k=(g.council(kind, uf), "PROFESSIONAL_ID"))
        else:
            doc.f(" — «m»", m=matr_func(g))
        doc.t("\n")
    sec = g.person()
    doc.f("\n«n»\nSecretário(a) Municipal de Habitação\n«c», «d».\n", n=P(g.pick([sec.full, sec.caps])), c=city, d=g.date("long"))
    if g.chance(0.35):
        doc.t(word_neg(g) + "\n")
    return doc


def ju_edital_notificacao(g: Gen) -> Doc:
    """A REURB notification notice (art. 31 of Lei 13.465/2017) to registered owners and confrontantes not found, with their last known addresses (ADDRESS) and CPFs (some masked: unlabelled), the 30-day term to object; followed by an objection filed by one of them through a lawyer (OAB, e-mail) or in person (phone, e-mail), and the office's dispatch by an analyst."""
    doc = Doc()
    city, uf = g.city()
    nuc = g.pick(NUCLEOS)
    doc.f("EDITAL DE NOTIFICAÇÃO Nº «n» — REURB\nO Município de «c» («o») NOTIFICA os titulares de domínio e confrontantes abaixo, não localizados, para, querendo, apresentarem impugnação no prazo de 30 (trinta) dias, nos termos do art. 31, §§ 3º e 4º, da Lei 13.465/2017, relativa à regularização «d» «u» (processo «p»):\n\n",
          n=clean(g, lambda: f"{g.ri(1, 99):03d}/{g.ri(2024, 2026)}"), c=city, o=g.pick(OFFICES), u=nuc, d=de(nuc), p=proc_reurb(g))
    names = []
    for k in range(g.ri(3, 5)):
        p = g.person()
        names.append(p)
        r = g.rng.random()
        doc.f("«k». ", k=k + 1)
        if r < 0.25:
            doc.f("ESPÓLIO DE «n»", n=P(p.capsf))
        else:
            doc.f("«n»", n=P(g.pick([p.capsf, p.caps, p.full])))
        if g.chance(0.7):
            doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(", CPF «c»", c=f"***.{g.d(3)}.{g.d(3)}-**")
        lc, lu = g.city()
        doc.f(", último endereço conhecido: «a», «m»/«u»", a=(g.address(), "ADDRESS"), m=lc, u=lu)
        if g.chance(0.7):
            doc.f(", CEP «p»", p=(g.cep(), "BR_CEP"))
        doc.t(f" — {g.pick(['titular da matrícula ' + matricula(g), 'confrontante', 'titular de transcrição antiga', 'compromissário comprador'])};\n")
    doc.f("\nO silêncio implicará anuência (art. 31, §6º). Publique-se. «c», «d».\n", c=city, d=g.date("long"))
    obj = g.pick(names)
    doc.f("\n======== IMPUGNAÇÃO RECEBIDA EM «d» ========\n", d=g.date("br"))
    if g.chance(0.55):
        doc.f("«n», já qualificad«o» no edital, por seu advogado, impugna a inclusão do lote «l» na REURB, alegando ser proprietári«o» e nunca ter abandonado o imóvel. Requer a intimação no endereço atual: «a», CEP «p».\n",
              n=P(g.pick([obj.full, obj.caps])), o=a_(obj), l=f"{g.ri(1, 40):02d}", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        lawyer_sig(g, doc, uf)
    else:
        kid = g.relative(obj)
        doc.f("Compareceu ao balcão «n», filh«o» de «m», informando que «x» faleceu e que os irmãos querem ser ouvidos. Telefone «t», e-mail «e».\n",
              n=P(kid.full), o=a_(kid), m=P(g.pick([obj.full, obj.short])), x="a mãe" if obj.female else "o pai", t=(g.phone(), "PHONE_NUMBER"),
              e=(g.email(kid), "EMAIL_ADDRESS"))
    an = g.person(female=g.chance(0.6))
    doc.f("\nDespacho: à Procuradoria para análise; tentar solução consensual (art. 31, §3º, art. 34). — «a» («m»)\n", a=P(g.pick([an.full, an.short])), m=matr_func(g))
    return doc


def ju_contrato_gaveta(g: Gen) -> Doc:
    """A private contract assigning possession rights over a lot in an unregistered subdivision (cessão de direitos possessórios, 'contrato de gaveta'; capitals sometimes): the assignor and spouse qualified; the assignee qualified; the lot (address, quadra, lote, measures; no matrícula); price, instalments to the assignor's agency and account or a random Pix key; the clause on a future REURB title; witnesses with CPF or RG; the notary's signature recognition (seal unlabelled)."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    city, uf = g.city()
    ced = occupant(g)
    csp = g.person(female=not ced.female, origin="pt") if g.chance(0.5) else None
    ces = occupant(g)
    nuc = g.pick(NUCLEOS)
    doc.t(up("INSTRUMENTO PARTICULAR DE CESSÃO DE DIREITOS POSSESSÓRIOS SOBRE LOTE\n\n"))
    doc.t(up("CEDENTE: "))
    qualify(g, doc, ced, caps=caps, addr=False, phone=g.chance(0.6), email=g.chance(0.3), civil="married" if csp else "alone")
    if csp:
        doc.t(up(", e seu cônjuge "))
        qualify(g, doc, csp, caps=caps, addr=False, civil="married")
    home(g, doc, ced, caps=caps, city=(city, uf), lot=False, both=csp is not None)
    doc.t(up(";\nCESSIONÁRI" + ("A" if ces.female else "O") + ": "))
    qualify(g, doc, ces, caps=caps, addr=False, email=g.chance(0.4), phone=g.chance(0.5), titulo=g.chance(0.5))
    home(g, doc, ces, caps=caps, city=(city, uf), lot=g.chance(0.5))
    doc.t(".\n\n")
    w, d = g.pick([10, 12, 8, 15]), g.pick([25, 30, 20, 40])
    doc.t(up("CLÁUSULA 1ª — DO OBJETO. O CEDENTE transfere a posse mansa e pacífica que exerce desde "))
    doc.f(up("«y» sobre o lote situado na "), y=g.ri(1995, 2018))
    doc.e(lot_addr(g, "caps" if caps else "text"), "ADDRESS")
    doc.f(up(", «n», medindo «w» m de frente por «d» m da frente aos fundos, sem matrícula individualizada, confrontando com lotes de terceiros.\n"), n=nuc, w=w, d=d)
    price = money(g, 15000, 95000)
    doc.f(up("CLÁUSULA 2ª — DO PREÇO. R$ «v», sendo R$ «e» de entrada e o saldo em «n» parcelas mensais, "), v=brl(price), e=brl(round(price * 0.2, 2)), n=g.ri(6, 48))
    if g.chance(0.55):
        doc.f(up("depositadas na conta do CEDENTE no «b», agência «a», conta «c».\n"), b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(up("pagas por Pix à chave aleatória «k».\n"), k=(g.uuid(), "PIX_KEY"))
    doc.t(up("CLÁUSULA 3ª — DA REGULARIZAÇÃO. Sobrevindo REURB, o título será expedido em nome do CESSIONÁRIO, obrigando-se o CEDENTE a assinar os documentos necessários (Lei 13.465/2017). Impostos e taxas a partir desta data correm por conta do CESSIONÁRIO.\n"))
    doc.t(up(f"CLÁUSULA 4ª — DO FORO. Fica eleito o foro da comarca de {city}/{uf}.\n\n"))
    doc.f("«c», «d».\n\n«a»\n«b»\n", c=city, d=g.date("caps" if caps else "long"), a=P(ced.capsf if caps else ced.full), b=P(ces.capsf if caps else ces.full))
    witnesses(g, doc, 2, caps)
    if g.chance(0.5):
        doc.f("\nReconheço por semelhança as firmas de «a» e «b». «s». Escrevente: «e».\n", a=P(ced.full), b=P(ces.full), s=selo(g), e=P(g.person().short))
    else:
        doc.f("\nReconheço as firmas dos contratantes por semelhança. «s».\n", s=selo(g))
    return doc


def ju_bo_esbulho(g: Gen) -> Doc:
    """A police report in ALL CAPS (OCR'd sometimes) of a land invasion with boundary markers pulled out (art. 161 of the Penal Code, alteração de limites, and esbulho possessório): the victim qualified (birth date, RG, CPF, the lot's address and CEP, phone); the victim's e-mail sometimes; the author by nickname ('VULGO') and name, CPF or the neighbouring lot's address sometimes; the truck's plate and its driver with CNH sometimes; a witness with RG, CPF and phone; the surveying firm named; the clerk and the delegado; BO number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    scan = g.chance(0.35)
    O = (lambda s: ocr(s, g, 0.45, names=True)) if scan else ident
    vic = occupant(g)
    aut = g.person(origin="pt", female=g.chance(0.2))
    wit = g.person()
    clerk, dele = g.person(), g.person()
    nuc = g.pick(NUCLEOS)
    doc.f("«s»SECRETARIA DA SEGURANCA PUBLICA\nDELEGACIA DE POLICIA DE «c»\nBOLETIM DE OCORRENCIA Nº «b»\nNATUREZA: ALTERACAO DE LIMITES (ART. 161, CP) / ESBULHO POSSESSORIO (ART. 161, §1º, II, CP)\nDATA/HORA DO FATO: «d» «h»\n\n",
          s="[DIGITALIZADO]\n" if scan else "", c=fold(city).upper(), b=bo_no(g), d=g.date("br"), h=g.hm())
    doc.t("VITIMA: ")
    doc.e(O(vic.capsf), "PERSON")
    doc.t(", NASCID" + ("A" if vic.female else "O") + " EM ")
    doc.e(odob(g, "br"), "DATE_OF_BIRTH")
    doc.t(", RG ")
    doc.e(g.rg(), "BR_RG")
    doc.t(", CPF ")
    doc.e(g.cpf(), "BR_CPF")
    doc.t(", RESIDENTE NA ")
    doc.e(O(lot_addr(g, "caps")), "ADDRESS")
    doc.f(", «n», CEP «p», TELEFONE «t»", n=fold(nuc).upper(), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(", E-MAIL «e»", e=(g.email(vic).upper(), "EMAIL_ADDRESS"))
    doc.t(".\n")
    doc.f("AUTOR: «n», VULGO «k»", n=P(O(aut.capsf)), k=P(fold(fnick(g, aut)).upper()))
    if g.chance(0.4):
        doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(", RESIDENTE NA «a» (LOTE VIZINHO)", a=(O(lot_addr(g, "caps")), "ADDRESS"))
    doc.t(", DEMAIS DADOS IGNORADOS.\n")
    doc.f("TESTEMUNHA: «n», RG «r», CPF «c», TEL «t».\n\n", n=P(O(wit.capsf)), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("HISTORICO: COMPARECE A VITIMA NOTICIANDO QUE «a», SEU CONFRONTANTE, ARRANCOU OS MARCOS DE CONCRETO IMPLANTADOS PELA EMPRESA «f» NO LEVANTAMENTO DA REURB E AVANCOU A CERCA EM CERCA DE «m» METROS SOBRE SEU LOTE, UTILIZANDO UM CAMINHAO CACAMBA PLACA «pl»",
          a="A AUTORA" if aut.female else "O AUTOR", f=fold(firm(g)[0]).upper(), m=g.ri(2, 9), pl=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.45):
        drv = g.person(female=False)
        doc.f(", CONDUZIDO POR «n», CNH «c»", n=P(O(drv.capsf)), c=(g.cnh(), "BR_CNH"))
    doc.f(". A TESTEMUNHA PRESENCIOU O FATO. A VITIMA APRESENTOU COPIA DA PLANTA COM OS VERTICES «v1» E «v2». NADA MAIS.\n\n",
          v1=vertex(g, cred_incra(g), "M"), v2=vertex(g, cred_incra(g), "M"))
    doc.f("ESCRIVAO(A): «e»\nDELEGADO(A): «d»\n", e=P(O(clerk.capsf)), d=P(O(dele.capsf)))
    return doc


JU = [ju_usucapiao_inicial, ju_usucapiao_extra, ju_ata_demarcatoria, ju_crf_listagem, ju_edital_notificacao, ju_contrato_gaveta, ju_bo_esbulho]


# --------------------------------------------------------------------------- saude


def sa_cat_ofidico(g: Gen) -> Doc:
    """A work-accident report (CAT) with the SINAN venomous-animal notification of a surveying assistant bitten by a snake while opening a line through the bush: the firm's CNPJ (CNAE unlabelled); the worker's name, birth date, CPF, RG, PIS/NIT, CNS, home address, CEP and phone (CTPS and CBO unlabelled); the place of the accident (a farm: unlabelled); the crew leader as witness with CPF and phone; the hospital's physician with CRM; ICD-10 codes, antivenom, CAT and SINAN numbers unlabelled; the issuer from the firm's HR."""
    doc = Doc()
    brand, legal, dom = firm(g)
    city, uf = g.city()
    w = g.person(female=g.chance(0.2), origin="pt" if g.chance(0.8) else None)
    lead = g.person(female=g.chance(0.25))
    doc_ = g.person()
    hr = g.person(female=g.chance(0.7))
    job = g.pick(OCC_JOB)
    d = g.day()
    style = g.pick(["plain", "dots", "box", "caps"])
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT nº «n» (inicial)\n\n1. EMITENTE / EMPREGADOR\n", n=clean(g, lambda: f"{g.d(10)}-{g.d(1)}/{g.d(2)}"))
    kv_block(doc, [("Razão social", V(legal)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("CNAE", V("7119-7/01 — serviços de cartografia, topografia e geodésia"))], style)
    doc.t("\n2. ACIDENTADO\n")
    f = [("Nome", pname(g, w, ("full", "caps", "capsf"))), ("Data de nascimento", (g.dob("br", 1965, 2005), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
         ("RG", (g.rg(), "BR_RG")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("CTPS", V(clean(g, lambda: f"{g.d(7)} série {g.d(4)}-{uf}"))), ("CNS", (g.cns(), "BR_CNS")),
         ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
         ("Ocupação", V(f"{job[1] if w.female else job[0]} (CBO {g.pick(['3121-05', '3121-10', '7170-20', '7823-05'])})"))]
    kv_block(doc, f, style)
    doc.t("\n3. ACIDENTE\n")
    kv_block(doc, [("Data/hora", V(f"{dbr(d)} {g.ri(7, 16):02d}:{g.ri(0, 59):02d}")), ("Local", V(f"{g.pick(RURAL)}, zona rural de {city}/{uf}")),
                   ("Agente causador", V(g.pick(["serpente (jararaca)", "serpente não identificada", "escorpião", "enxame de abelhas"]))),
                   ("Parte atingida", V(g.pick(["tornozelo direito", "mão esquerda", "perna esquerda", "dedo da mão direita"])))], style)
    doc.f("Descrição: durante a abertura de picada para a poligonal do vértice «v», «e» foi picad«o» ao afastar a vegetação; usava perneira, mas a picada ocorreu acima dela. Removid«o» pela equipe na caminhonete da empresa.\n",
          v=vertex(g, cred_incra(g)), e="a empregada" if w.female else "o empregado", o=a_(w))
    doc.f("Testemunha: «n» (chefe de equipe) — CPF «c» — tel. «t»\n", n=P(g.pick([lead.full, lead.short])), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.t("\n4. ATESTADO MÉDICO\n")
    doc.f("Unidade: «u» · Atendimento: «d» · Internação: «i»\nDiagnóstico: acidente botrópico «g» — CID-10 T63.0 / X20; soro antibotrópico «a» ampolas; TC: «c».\nAfastamento provável: «n» dias.\nMédico(a): «m» — «k»\n",
          u=g.pick(HOSP), d=dbr(d), i=g.pick(["sim, 48 h", "sim, 72 h", "não"]), g=g.pick(["leve", "moderado", "grave"]), a=g.pick([2, 4, 8, 12]),
          c=g.pick([">30 min (incoagulável)", "18 min", "12 min", "normal"]), n=g.pick([7, 15, 20, 30]), m=P(g.pick([doc_.full, doc_.short])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nNotificação SINAN nº «s» (acidente por animal peçonhento).\nEmitente: «e» — RH «b» — «m»\n", s=clean(g, lambda: g.d(7)), e=P(g.pick([hr.full, hr.short])), b=brand,
          m=(corp_mail(hr, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else role_mail(g, dom, g.pick(["rh", "dp", "sesmt"])))
    return doc


def sa_esus_domiciliar(g: Gen) -> Doc:
    """An e-SUS home and individual registration typed by a community health agent in a settlement under REURB: the household's address (quadra/lote) and CEP, micro-area (unlabelled), housing conditions; the responsible's name, birth date, CNS, CPF, NIS, phone, e-mail sometimes; a member table (name, birth date, CNS or CPF, kinship, conditions with ICD-10 codes unlabelled); the ACS by name; the team's nurse with COREN; the note that the street was renamed by the survey (the old address too)."""
    doc = Doc()
    city, uf = g.city()
    ubs = g.pick(UBS)
    resp = occupant(g)
    acs = g.person(female=g.chance(0.75))
    nurse = g.person(female=g.chance(0.8))
    doc.f("e-SUS APS — CADASTRO DOMICILIAR E TERRITORIAL\nUnidade: «u» · INE «i» · Microárea «m» · Família «f»\n\n", u=ubs, i=clean(g, lambda: g.d(10)), m=f"{g.ri(1, 12):02d}",
          f=clean(g, lambda: g.d(5)))
    f = [("Logradouro", (lot_addr(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Bairro", V(g.pick(NUCLEOS))),
         ("Tipo de imóvel", V("domicílio")), ("Situação de moradia", V(g.pick(["própria (posse, REURB-S em andamento)", "cedida", "ocupação", "alugada sem contrato"]))),
         ("Material", V(g.pick(["alvenaria com revestimento", "alvenaria sem revestimento", "madeira aproveitada", "taipa"]))),
         ("Abastecimento de água", V(g.pick(["rede encanada", "poço", "ligação irregular"]))), ("Escoamento", V(g.pick(["fossa rudimentar", "céu aberto", "rede coletora"]))),
         ("Telefone de contato", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
         ("NIS do responsável", (g.pis(), "BR_PIS") if g.chance(0.7) else V("não possui"))]
    if g.chance(0.4):
        f.append(("E-mail", (g.email(resp), "EMAIL_ADDRESS")))
    kv_block(doc, f, g.pick(["plain", "dots", "caps"]))
    if g.chance(0.5):
        doc.f("Endereço anterior (antes da numeração da REURB): «a»\n", a=(g.address(g.pick(["text", "low"])), "ADDRESS"))
    doc.t("\nCADASTRO INDIVIDUAL — MEMBROS\n")
    rows = [[P(g.pick([resp.caps, resp.full])), (g.dob("br", 1950, 1992), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS"), (g.cpf(), "BR_CPF"), V("responsável"),
             V(g.pick(["hipertensão (I10)", "diabetes (E11.9)", "-", "tabagista"]))]]
    for _ in range(g.ri(1, 4)):
        rel = g.pick(["cônjuge", "filho(a)", "filho(a)", "neto(a)", "mãe", "companheiro(a)"])
        m = g.relative(resp) if rel in ("filho(a)", "neto(a)") else g.person(origin="pt")
        rows.append([P(g.pick([m.caps, m.full])), (fam_row_dob(g, rel), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS") if g.chance(0.8) else V("-"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("-"), V(rel),
                     V(g.pick(["-", "-", "gestante (Z34.9)", "asma (J45.9)", "acamado (sequela AVC, I69.4)", "deficiência física", "-"]))])
    table_ruled(doc, ["nome", "nascimento", "CNS", "CPF", "relação", "condições"], rows, g.pick(["plain", "plus", "psql"]))
    doc.f("\nObs.: família aguarda título da REURB; rua renomeada após o levantamento da «f». Agendar visita da enfermeira para «x».\n", f=firm(g)[0],
          x=g.pick(["gestante", "acamado", "curativo", "aferição de PA"]))
    doc.f("ACS: «a»\nEnfermeir«o»: «n» — «k»\n", a=P(g.pick([acs.full, acs.short])), o=a_(nurse), n=P(g.pick([nurse.full, nurse.short])), k=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


VULN = [("acamado(a)", None, (1928, 1960)), ("gestante de 32 semanas", True, (1988, 2008)), ("cadeirante", None, (1950, 2012)),
        ("oxigenodependente", None, (1935, 1965)), ("criança com microcefalia", None, (2016, 2023)), ("idoso(a) sozinho(a)", None, (1930, 1955)),
        ("recém-nascido(a) de 20 dias", None, (2025, 2025))]


def sa_vistoria_risco(g: Gen) -> Doc:
    """A joint inspection report of civil defence, the family health team and social assistance on a risk area of a núcleo (margin of a stream; art. 39 of Lei 13.465/2017: not regularisable without works): the families to be moved (responsible's name, CPF, address in the núcleo, residents, phone), the vulnerable persons (name, birth date, CNS, condition); referrals to the social rent; signatures: civil defence agent (registration unlabelled), nurse (COREN), social worker (CRESS), geotechnical engineer (CREA)."""
    doc = Doc()
    city, uf = g.city()
    nuc = g.pick(NUCLEOS)
    doc.f("RELATÓRIO CONJUNTO DE VISTORIA Nº «n» — ÁREA DE RISCO\nDefesa Civil Municipal · «u» · «c»\nLocal: «k» — setor «s» (margem do córrego)\nData: «d»\n\n",
          n=clean(g, lambda: f"{g.ri(1, 199):03d}/{g.ri(2025, 2026)}"), u=g.pick(UBS), c=g.pick(CRAS_UNITS), k=nuc, s=g.pick(["R1", "R2", "R3", "R4"]), d=g.date("br"))
    doc.f("Grau de risco: «r». Trincas em «n» moradias, solapamento da margem e lançamento de esgoto a céu aberto. Área não passível de titulação sem obras (art. 39 da Lei 13.465/2017).\n\n",
          r=g.pick(["alto (R3)", "muito alto (R4)", "médio (R2)"]), n=g.ri(3, 14))
    doc.t("FAMÍLIAS A REMOVER / MONITORAR\n")
    rows = []
    vul = []
    for _ in range(g.ri(3, 4)):
        p = occupant(g)
        rows.append([P(g.pick([p.full, p.caps, p.short])), (g.cpf(), "BR_CPF"), (lot_addr(g), "ADDRESS"), V(str(g.ri(1, 8))),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V("sem telefone"),
                     V(g.pick(["remoção imediata", "aluguel social", "monitorar", "remoção preventiva"]))])
        if g.chance(0.4):
            cond, fem, yrs = g.pick(VULN)
            fem = g.chance(0.5) if fem is None else fem
            vul.append((g.relative(p, female=fem) if g.chance(0.5) else g.person(female=fem, origin="pt"), cond, yrs))
    table_ruled(doc, ["responsável", "CPF", "endereço", "moradores", "telefone", "encaminhamento"], rows, g.pick(["plain", "plus", "pipe"]))
    if vul:
        doc.t("\nPESSOAS VULNERÁVEIS (prioridade no atendimento)\n")
        for v, cond, yrs in vul:
            doc.f("- «n», nasc. «d», CNS «c» — «x»\n", n=P(g.pick([v.full, v.caps])), d=(g.dob("br", *yrs), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
                  x=cond.replace("(a)", "a" if v.female else "o") if "(a)" in cond else cond)
    if g.chance(0.4):
        doc.t("\n" + word_neg(g) + "\n")
    doc.t("\nEquipe:\n")
    ag = g.person()
    if g.chance(0.6):
        doc.f("«n» — agente de Defesa Civil («m»)\n", n=P(g.pick([ag.full, ag.short])), m=matr_func(g))
    else:
        doc.f("Agente de Defesa Civil — «m» (assinatura no sistema)\n", m=matr_func(g))
    for kind, role in (("COREN", "enfermeira(o) da ESF"), ("CRESS", "assistente social"), ("CREA", "engenheira(o) geotécnica(o)")):
        if kind == "CREA" and g.chance(0.3):
            continue
        p = g.person(female=g.chance(0.6))
        doc.f("«n» — «r» — «k»\n", n=P(g.pick([p.full, p.short])), r=role, k=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """An occupational health certificate (ASO: admission, periodic or return to work) of a field surveyor, in a ruled box or plain form: the firm's CNPJ, the worker's name, CPF, RG, NIT, CNS sometimes, birth date, phone and function; the risks (sun, venomous animals, noise, ergonomics); the exams; fit or unfit; the examining physician's CRM and the PCMSO coordinator's CRM; vaccination dates (not births); the clinic's address unlabelled."""
    doc = Doc()
    brand, legal, dom = firm(g)
    clin, cdom = g.pick(OCC_CLINICS)
    city, uf = g.city()
    w = g.person(female=g.chance(0.25))
    ex, co = g.person(), g.person()
    job = g.pick(OCC_JOB)
    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO"])
    doc.f("«c» — Medicina e Segurança do Trabalho\nAv. «a» (sede da clínica)\n\nATESTADO DE SAÚDE OCUPACIONAL — «k»\n\n", c=clin, a=g.pick(["Getúlio Vargas, 1.210, sala 4", "Marechal Deodoro, 88", "Brasil, 3.400"]), k=kind)
    f = [("Empresa", V(legal)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", pname(g, w, ("full", "caps"))), ("CPF", (g.cpf(), "BR_CPF")),
         ("RG", (g.rg(), "BR_RG")), ("NIT", (g.pis(), "BR_PIS")), ("Cartão SUS", (g.cns(), "BR_CNS") if g.chance(0.6) else V("não informado")), ("Nascimento", (g.dob("br", 1962, 2005), "DATE_OF_BIRTH")),
         ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("Função", V(job[1] if w.female else job[0])),
         ("Riscos", V("radiação não ionizante (sol), animais peçonhentos, ruído (roçadeira), ergonômico (carga de equipamentos)"))]
    kv_block(doc, f, g.pick(["box", "plain", "dots"]))
    doc.t("\nExames: clínico; audiometria; acuidade visual; glicemia de jejum; hemograma" + g.pick(["", "; ECG", "; espirometria"]) + ".\n")
    doc.f("Vacinas: antitetânica em «a»; febre amarela em «b»; hepatite B (3 doses).\n", a=g.date("br", g.ri(2016, 2025)), b=g.date("br", g.ri(2000, 2024)))
    doc.f("\nConclusão: «r»\n", r=g.pick(["APTO para a função.", "APTO, com restrição: uso obrigatório de perneira e protetor solar.", "INAPTO temporariamente — reavaliar em 30 dias."]))
    doc.f("\nMédico(a) examinador(a): «n» — «k»\nCoordenador(a) do PCMSO: «c» — «ck»\n«m», «d».\n\nAssinatura do trabalhador: «s»\n",
          n=P(g.pick([ex.full, ex.short])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=P(g.pick([co.full, co.caps])), ck=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          m=city, d=g.date("br"), s=P(g.pick([w.full, w.short])))
    return doc


LAUDO_CASES = [("doença de Alzheimer de início tardio", "G30.1"), ("sequela de acidente vascular cerebral", "I69.4"),
               ("doença renal crônica em hemodiálise", "N18.5"), ("neoplasia maligna da mama", "C50.9"), ("doença de Parkinson", "G20"),
               ("insuficiência cardíaca congestiva", "I50.0"), ("doença pulmonar obstrutiva crônica", "J44.9")]


def sa_laudo_prioridade(g: Gen) -> Doc:
    """An e-mail from an occupant's daughter or son to the regularisation office asking for priority for an elderly or ill father or mother (Lei 10.741/2003, art. 71; art. 1.048 of the CPC), with the medical report transcribed (name, birth date, CPF, CNS, ICD-10 code, physician's CRM) and the social worker's opinion (CRESS); the office's reply from a named analyst or a role mailbox; X-Originating-IP."""
    doc = Doc()
    city, uf = g.city()
    old = occupant(g)
    kid = g.relative(old)
    md = g.person()
    sw = g.person(female=g.chance(0.85))
    an = g.person(female=g.chance(0.6))
    cond, icd = g.pick(LAUDO_CASES)
    nuc_ = g.pick(NUCLEOS)
    gm = g.email(kid)
    dom = f"{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br"
    t0 = g.moment()
    if g.chance(0.6):
        doc.f("De: «a» <«e»>\n", a=P(g.pick([an.full, an.short])), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("De: REURB <«e»>\n", e=role_mail(g, dom, g.pick(["reurb", "regularizacao", "habitacao"])))
    doc.f("Para: «e»\nAssunto: RE: Pedido de prioridade — «n»\n\n", e=(gm, "EMAIL_ADDRESS"), n=g.pick(["REURB", "idoso", "titular acamado", "processo " + proc_reurb(g)]))
    doc.f("Prezad«o» «n», deferimos a prioridade de tramitação (Lei 10.741/2003, art. 71). A visita técnica ao lote foi antecipada para «d». Atenciosamente.\n\n",
          o=a_(kid), n=P(kid.first), d=dbr(t0 + datetime.timedelta(days=g.ri(3, 20))))
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: «d»\nX-Originating-IP: [«i»]\n\n", n=P(g.pick([kid.full, kid.low])), e=(gm, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), i=(g.ip(), "IP_ADDRESS"))
    bd = g.dob_parts(1928, 1958)
    doc.f("Bom dia. Sou «r» (CPF «kc») de «n», «a» anos, titular do cadastro da REURB «e» «u» (processo «p»). Peço prioridade porque «x» tem «c». Segue o laudo digitado:\n\n",
          r="filha" if kid.female else "filho", kc=(g.cpf(), "BR_CPF"), n=P(g.pick([old.full, old.short])), a=t0.year - bd[2] - (1 if (t0.month, t0.day) < (bd[1], bd[0]) else 0), u=nuc_, e=em(nuc_), p=proc_reurb(g), x="ela" if old.female else "ele", c=cond)
    doc.f("  LAUDO MÉDICO\n  Paciente: «n» · Nasc.: «d» · CPF: «c» · CNS: «s»\n  Diagnóstico: «k» (CID-10 «i»). Dependente de terceiros para as atividades de vida diária.\n  «m» — «mk» — «h», «dt»\n\n",
          n=P(old.caps), d=(fmt_date(*bd, "br"), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"), k=cond, i=icd,
          m=P(g.pick([md.full, md.short])), mk=(g.council("CRM", uf), "PROFESSIONAL_ID"), h=g.pick(HOSP + UBS), dt=g.date("br", t0.year))
    doc.f("O parecer social d«o» «s» («k») do «c» também vai anexo. Meu telefone é «t».\n\n«n»\n", s=P(g.pick([sw.full, sw.short])), k=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          o=a_(sw), c=g.pick(CRAS_UNITS), t=(g.phone(), "PHONE_NUMBER"), n=P(g.pick([kid.full, kid.first])))
    return doc


def sa_zap_esf(g: Gen) -> Doc:
    """A lower-case WhatsApp chat between a family health nurse or community agent and a resident: a home visit for a bedridden grandmother, her CNS and birth date typed, the new address after the survey renumbered the street (old and new addresses), the doctor of the team (CRM) and the nurse's COREN in the reply, a relative's phone; 'tá sem luz' and other words."""
    doc = Doc()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 30, g.moment(hours=(7, 19)), 30, 1800))
    city, uf = g.city()
    nurse = g.person(female=g.chance(0.8))
    res = occupant(g)
    gran = g.relative(res, female=True) if g.chance(0.6) else g.person(female=True, origin="pt")
    md = g.person()
    if g.chance(0.35):  # exported from the resident's phone: the nurse shown by name
        N, R = P(g.pick([nurse.first, nurse.short, lower(nurse.first)])), V("Você")
    else:  # exported from the nurse's phone: the resident shown by number or by name
        N = V("Você")
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(g.pick([lower(res.first), res.short, fnick(g, res)]))
    if N[1] is None:
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
    cl(doc, st(next(tt)), N, "bom dia! aqui é «n» da «u». a visita da vó «v» fica pra «d», pode ser?", n=P(lower(nurse.first)), u=lower(g.pick(UBS)),
       v=P(g.pick([lower(gran.first), gran.nick if gran.nick != gran.first else lower(gran.first)])), d=g.pick(["quinta de manhã", "amanhã 14h", "segunda"]))
    clt(doc, g, st(next(tt)), R, "pode sim. mas o endereço mudou, a rua agora chama «a», antes era «b»", a=(lot_addr(g, "low"), "ADDRESS"), b=(g.address("low"), "ADDRESS"))
    clt(doc, g, st(next(tt)), R, "foi a numeração da regularização, o pessoal da topografia pintou os numeros no muro")
    cl(doc, st(next(tt)), N, "anotado. me manda o cartão do sus dela e a data de nascimento pra atualizar")
    clt(doc, g, st(next(tt)), R, "«c» nasc «d»", c=(g.cns(g.chance(0.5)), "BR_CNS"), d=(g.dob(g.pick(["br", "nopad", "short"]), 1928, 1950), "DATE_OF_BIRTH"))
    if g.chance(0.8):
        clt(doc, g, st(next(tt)), R, "o cpf dela é «c» se precisar", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    clt(doc, g, st(next(tt)), R, g.pick(["ela ta com uma ferida nas costas (escara)", "ela parou de comer direito", "a pressão dela ta 18 por 10"]))
    cl(doc, st(next(tt)), N, "vou levar «x» «m» junto («k»). se piorar antes liga «s» ou vai na «u»", x="a dra." if md.female else "o dr.", m=P(g.pick([lower(md.first), md.short])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"),
       s="192", u=g.pick(["upa", "UPA 24h São Bento"]))
    if g.chance(0.6):
        kid = g.relative(gran)
        clt(doc, g, st(next(tt)), R, "se eu nao tiver em casa quem abre é «n», o numero «dd» é «t»", dd="dela" if kid.female else "dele", n=P(g.pick([lower(kid.first), fnick(g, kid)])),
           t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    clt(doc, g, st(next(tt)), R, chat_neg(g))
    cl(doc, st(next(tt)), N, "combinado. qualquer coisa a «u» fica na «a» — «n», «k»", u=g.pick(UBS), a=g.pick(["praça da matriz", "rua de cima da escola", "entrada do núcleo"]),
       n=P(nurse.full), k=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sinan_csv(g: Gen) -> Doc:
    """An e-mail from epidemiological surveillance to a family health team with a CSV or TSV line list of leptospirosis, dengue or hepatitis A cases among residents of a riverside occupation after a flood (name, birth date, CNS, CPF sometimes, address with quadra/lote, CEP, phone, disease with ICD-10, onset date, outcome); notes naming an ACS and a mother; the sender's signature with e-mail and phone, or the role mailbox."""
    doc = Doc()
    city, uf = g.city()
    dom = f"saude.{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br"
    snd = g.person(female=g.chance(0.65))
    nuc = g.pick(NUCLEOS)
    ubs = g.pick(UBS)
    doc.f("De: «f»\nPara: «t»\nAssunto: Casos notificados — «n» — pós-enchente\n\n", f=(corp_mail(snd, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else role_mail(g, dom, g.pick(["epidemiologia", "vigilancia"])),
          t=role_mail(g, dom, g.pick(["ubs", "esf", "saude"])), n=nuc)
    doc.f("Equipe da «u», segue a lista dos casos residentes «e» «n». Favor busca ativa dos contactantes e conferência dos endereços (a numeração mudou com a REURB).\n\n", u=ubs, e=em(nuc), n=nuc)
    sep = g.pick([",", ";", "\t"])
    cols = ["nome", "dt_nasc", "cns", "cpf", "endereco", "cep", "telefone", "agravo", "cid", "inicio_sintomas", "evolucao"]
    rows = []
    for _ in range(g.ri(3, 5)):
        p = occupant(g)
        ag, cid = g.pick([("leptospirose", "A27.9"), ("dengue", "A90"), ("hepatite A", "B15.9"), ("diarreia aguda", "A09")])
        rows.append([P(g.pick([p.caps, p.full, p.capsf])), (g.dob("br", 1940, 2022), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS"),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else V(""), (lot_addr(g, g.pick(["text", "caps"])), "ADDRESS"), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.75) else V(""), V(ag), V(cid), V(g.date("br")),
                     V(g.pick(["cura", "em tratamento", "internado", "ignorado"]))])
    table_csv(doc, cols, rows, sep)
    acs = g.person(female=g.chance(0.75))
    mom = g.person(female=True, origin="pt")
    doc.f("\nObs.: «x» ACS «a» informou que a família de «m» mudou para a casa da irmã. ", x=a_(acs), a=P(g.pick([acs.full, acs.first])), m=P(g.pick([mom.full, mom.short])))
    doc.t(g.pick(["Há mais dois contactantes sem CNS.", "Um caso notificado pelo hospital sem telefone.", "Reforçar orientação sobre água do poço."]) + "\n")
    if g.chance(0.6):
        doc.f("\n«n»\nVigilância Epidemiológica — «t»\n", n=P(g.pick([snd.full, snd.short])), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    else:
        doc.t("\nVigilância Epidemiológica Municipal\n")
    return doc


SA = [sa_cat_ofidico, sa_esus_domiciliar, sa_vistoria_risco, sa_aso, sa_laudo_prioridade, sa_zap_esf, sa_sinan_csv]


# --------------------------------------------------------------------------- financeiro

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


def fi_orcamento_georref(g: Gen) -> Doc:
    """A surveying firm's commercial proposal for georeferencing a rural property or surveying an urban lot (a letter with a priced table): the client's name, CPF, e-mail and phone, a correspondence address and CEP for a rural client; the property (name, matrícula, SNCR, CCIR, CAR, NIRF, a neighbour's SIGEF parcel id: unlabelled), area; items (field survey, processing, SIGEF certification, ART fee, registry costs); payment: an entry to the firm's agency and account or random Pix key, the balance by card (masked) or slip; the engineer with CREA signs; the firm's CNPJ; validity; a card typed by the client sometimes; an e-signature log (e-mails, IPs) sometimes."""
    doc = Doc()
    brand, legal, dom = firm(g)
    city, uf = g.city()
    cli = occupant(g)
    eng = g.person(female=g.chance(0.35))
    cmail, emailx = g.email(cli), corp_mail(eng, dom, g)
    rural = g.chance(0.6)
    doc.f("«b»\n«l» — CNPJ «c»\n\nPROPOSTA COMERCIAL «p»\n«m», «d»\n\n", b=brand.upper(), l=legal, c=(g.any_cnpj(), "BR_CNPJ"), p=contrato_no(g), m=city, d=g.date("long"))
    doc.f("«o» «n»\nCPF «c» · «e» · «t»\n\n", o="À Sra." if cli.female else "Ao Sr.", n=pname(g, cli, ("full", "caps")), c=(g.cpf(), "BR_CPF"),
          e=(cmail, "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if rural:
        c2, u2 = g.city()
        doc.f("Endereço para correspondência: «a», «c»/«u», CEP «p»\n\n", a=(g.address(), "ADDRESS"), c=c2, u=u2, p=(g.cep(), "BR_CEP"))
        doc.f("Objeto: georreferenciamento do imóvel rural «i» (matrícula «m», SNCR «s», CCIR «k», CAR «r»), área declarada de «a», para certificação no SIGEF/INCRA conforme a Lei 10.267/2001 e a Norma Técnica (3ª ed.).\n\n",
              i=g.pick(RURAL), m=matricula(g), s=sncr(g), k=ccir(g), r=car_code(g, uf), a=area_ha(g))
        if g.chance(0.5):
            doc.f("NIRF (ITR): «n». Confrontante já certificado no SIGEF (parcela «p»): os vértices comuns serão herdados.\n\n", n=nirf(g), p=sigef_id(g))
        items = [("Levantamento de campo (GNSS RTK + estático)", money(g, 3500, 18000)), ("Processamento e relatório", money(g, 900, 3000)),
                 ("Planta, memorial e planilha ODS", money(g, 700, 2200)), ("Certificação SIGEF e acompanhamento", money(g, 800, 2500)),
                 ("ART (taxa CREA)", g.pick([99.64, 262.55, 96.62])), ("Averbação no registro (estimativa)", money(g, 400, 1800))]
    else:
        doc.f("Objeto: levantamento planialtimétrico cadastral do lote situado na «a», CEP «p», com planta e memorial descritivo para «x».\n\n",
              a=(lot_addr(g), "ADDRESS"), p=(g.cep(), "BR_CEP"), x=g.pick(["usucapião extrajudicial", "retificação de área (art. 213 da Lei 6.015/1973)", "desmembramento", "REURB-E"]))
        items = [("Levantamento planialtimétrico", money(g, 900, 3500)), ("Planta e memorial descritivo", money(g, 400, 1500)),
                 ("Colheita de anuência dos confrontantes", money(g, 300, 900)), ("ART (taxa CREA)", g.pick([99.64, 96.62])),
                 ("Visita técnica adicional", money(g, 150, 400))]
    rows = [[V(k), V(brl(v))] for k, v in items]
    tot = sum(v for _, v in items)
    rows.append([V("TOTAL"), V(brl(tot))])
    table_ruled(doc, ["item", "valor (R$)"], rows, g.pick(["plus", "plain", "pipe", "md"]))
    doc.f("\nPagamento: 40% (R$ «e») na assinatura", e=brl(round(tot * 0.4, 2)))
    if g.chance(0.5):
        doc.f(" por depósito (banco «b»), agência «a», conta «c»", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(" por Pix (chave aleatória «k»)", k=(g.uuid(), "PIX_KEY"))
    doc.f("; saldo na entrega «s».\n", s=g.pick(["em boleto", f"no cartão em até {g.ri(2, 10)}x", "por Pix", "em 3 parcelas"]))
    if g.chance(0.35):
        doc.f("Cartão cadastrado para o saldo: «m».\n", m=g.masked_card())
    elif g.chance(0.5):
        doc.f("Cartão informado pelo cliente por telefone para o saldo: «k», val. «v» (apagar do CRM após o lançamento).\n", k=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.f("Prazo de execução: «d» dias úteis após a mobilização. Validade da proposta: 15 dias.\n\n«n»\nEngenheir«o» agrimensor«a» — «k»\n", d=g.ri(15, 90),
          n=P(g.pick([eng.full, eng.short])), o=a_(eng), a="a" if eng.female else "", k=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("«e» · «t»\n", e=(emailx, "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.35):
        esign_log(g, doc, [(cli, cmail), (eng, emailx)], g.moment(), g.pick(["plain", "psql"]))
    elif g.chance(0.35):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_folha_campo(g: Gen) -> Doc:
    """A surveying firm's monthly payroll of field staff, in fixed width (names cut at 22) or a table: CPF, PIS/NIT, function, field per-diems (diárias de campo), gross, net, the credit (a Pix key of any kind or agency and account); the crew leader who approved the timesheet, the accountant's CRC, the batch sent by a login from a public IP."""
    doc = Doc()
    brand, legal, dom = firm(g)
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«r» — CNPJ «c»\nFOLHA DE PAGAMENTO — EQUIPE DE CAMPO — COMPETÊNCIA «k»\n\n", r=fold(legal).upper(), c=(g.any_cnpj(), "BR_CNPJ"), k=comp)
    crew = [g.person(female=g.chance(0.2)) for _ in range(g.ri(3, 5))]
    if g.chance(0.5):
        W = 22
        doc.t("NOME".ljust(W) + "  " + "CPF".ljust(14) + "  " + "NIT".ljust(14) + "  FUNCAO        DIARIAS     BRUTO   LIQUIDO  CREDITO\n")
        for p in crew:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
            doc.t("  ")
            if g.chance(0.9):
                doc.cell(g.pis("dot"), 14, "BR_PIS")
            else:
                doc.cell("-", 14)
            fn = g.pick(["AUX TOPOGRAF", "TOPOGRAFO", "MOTORISTA", "BALIZEIRO", "TEC AGRIMENS", "OP DRONE"])
            di = g.ri(0, 18)
            gross = money(g, 1800, 5200) + di * 85
            doc.t(f"  {fn:<12}  {di:>7}  {brl(gross):>8}  {brl(gross * 0.86):>8}  ")
            if g.chance(0.6):
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
        for p in crew:
            di = g.ri(0, 18)
            gross = money(g, 1800, 5200) + di * 85
            if g.chance(0.6):
                kind_, kv = pix_key(g, p)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            else:
                b = g.pick(BANKS)
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            rows.append([P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.6) else V("-"),
                         V(g.pick(["aux. topografia", "topógrafo(a)", "motorista", "balizeiro(a)", "técnico(a) em agrimensura"])), V(str(di)),
                         V(brl(gross)), V(brl(gross * 0.86))] + cred)
        table_ruled(doc, ["nome", "CPF", "PIS/NIT", "função", "diárias", "bruto", "líquido", "forma", "agência/chave", "conta"], rows, g.pick(["md", "plus", "pipe", "psql"]))
    lead, fin, acc = g.person(), g.person(female=g.chance(0.7)), g.person()
    doc.f("\nDiárias conferidas por «c» (chefe de campo) com base nos diários de obra. Pagamento: «f».\nContador(a): «a» — «k»\n", c=P(g.pick([lead.full, lead.short])),
          f=P(g.pick([fin.full, fin.short])), a=P(g.pick([acc.full, acc.caps])), k=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.f("Lote enviado por «l» em «t» (IP «i»).\n", l=login(fin, g), t=ts(g.moment(), "brs"), i=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_caixa_associacao(g: Gen) -> Doc:
    """A residents' association's cash book for the survey cost-sharing (rateio do levantamento) and registry fees, as CSV with ';' or a ruled table: date, resident, lot, amount, form (Pix from a masked CPF, cash, a transfer from agency and account); payments to the surveying firm (CNPJ) and to the registry; the association's CNPJ, agency and account; the treasurer and the president; a note on who still owes (names and nicknames)."""
    doc = Doc()
    nuc = g.pick(NUCLEOS)
    brand, legal, dom = firm(g)
    b = g.pick(BANKS)
    doc.f("ASSOCIAÇÃO DE MORADORES DO «n» — CNPJ «c»\nConta: «b» ag. «a» c/c «k»\nLIVRO CAIXA — RATEIO DO LEVANTAMENTO TOPOGRÁFICO E CUSTAS DA REURB\n\n",
          n=nuc.upper(), c=(g.any_cnpj(), "BR_CNPJ"), b=b[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    rows = []
    owed = []
    for _ in range(g.ri(3, 6)):
        p = occupant(g)
        d = g.date("br")
        lot = f"Q{g.pick('ABCDEFGH')}-L{g.ri(1, 40):02d}"
        v = g.pick([50.0, 100.0, 150.0, 75.0, 120.0])
        r = g.rng.random()
        if r < 0.4:
            c_ = g.cpf_digits()
            rows.append([V(d), P(g.pick([p.full, p.caps, p.short])), V(lot), V(brl(v)), V(f"Pix ***.{c_[3:6]}.{c_[6:9]}-**"), V(""), V("")])
        elif r < 0.65:
            rows.append([V(d), P(g.pick([p.full, p.short, fnick(g, p)])), V(lot), V(brl(v)), V("dinheiro (recibo)"), V(""), V("")])
        else:
            rows.append([V(d), P(g.pick([p.full, p.caps])), V(lot), V(brl(v)), V("TED"), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
        if g.chance(0.15):
            owed.append(g.person(origin="pt"))
    rows.append([V(g.date("br")), V(f"{brand} (CNPJ)"), V("-"), V("-" + brl(money(g, 2000, 9000))), V("TED"), V(""), V("")])
    rows.append([V(g.date("br")), V("Registro de Imóveis — prenotação"), V("-"), V("-" + brl(money(g, 100, 600))), V("boleto"), V(""), V("")])
    cols = ["data", "morador / favorecido", "lote", "valor", "forma", "agência", "conta"]
    if g.chance(0.45):
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nPagamento à «b» (CNPJ «c») referente à 1ª medição — NF «n».\n", b=brand, c=(g.any_cnpj(), "BR_CNPJ"), n=clean(g, lambda: g.d(6)))
    if owed:
        doc.t("Em aberto: ")
        for k, p in enumerate(owed):
            if k:
                doc.t(", ")
            doc.e(g.pick([p.short, p.first, fnick(g, p)]), "PERSON")
        doc.t(".\n")
    tes, pres = g.person(female=g.chance(0.7)), g.person()
    doc.f("\nTesoureira(o): «t» (fone «f»)   Presidente: «p»\n", t=P(g.pick([tes.full, tes.short])), f=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"),
          p=P(g.pick([pres.full, pres.caps])))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_recibos(g: Gen) -> Doc:
    """Receipts (capitals sometimes, amount in words): a possession sale's instalment paid by an occupant to the former holder (names, CPFs, the lot's address, Pix to a random key or a transfer to agency and account, a witness), or a surveyor's fee receipt (the payer's CPF, the surveyor's CPF and CREA or CRT, the lot's address or a farm's name); the payer's phone and the payee's phone or address sometimes; the receipt number unlabelled."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    city, uf = g.city()
    for _ in range(g.ri(1, 2)):
        payer = occupant(g)
        payee = g.person()
        v = money(g, 300, 9000)
        sur = g.chance(0.45)
        doc.f(up("RECIBO nº «n» — R$ «v»\n\n"), n=clean(g, lambda: f"{g.ri(1, 999):03d}/{g.ri(2025, 2026)}"), v=brl(v))
        doc.t(up("Recebi de "))
        doc.e(payer.capsf if caps else g.pick([payer.full, payer.caps]), "PERSON")
        doc.t(up(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
        if g.chance(0.4):
            doc.t(up(", telefone "))
            doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.f(up(", a importância de R$ «v» («e»), "), v=brl(v), e=extenso(v).upper() if caps else extenso(v))
        if sur:
            doc.t(up("referente aos honorários do levantamento topográfico e memorial descritivo do "))
            if g.chance(0.5):
                doc.t(up("lote situado na "))
                doc.e(lot_addr(g, "caps" if caps else "text"), "ADDRESS")
            else:
                doc.t(up(g.pick(RURAL)))
        else:
            doc.f(up("referente à «k»ª parcela da cessão de direitos de posse do lote situado na "), k=g.ri(1, 24))
            doc.e(lot_addr(g, "caps" if caps else "text"), "ADDRESS")
        doc.f(up(", «n»"), n=g.pick(NUCLEOS))
        if g.chance(0.5):
            doc.f(up(", pago por Pix à chave «k»"), k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f(up(", depositado na agência «a», conta «c»"), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        doc.t(up(", dando plena quitação.\n\n"))
        doc.f("«c», «d».\n\n«n»\nCPF «k»", c=city, d=g.date("caps" if caps else "long"), n=P(payee.capsf if caps else payee.full), k=(g.cpf(), "BR_CPF"))
        if g.chance(0.55):
            doc.f(up(" · fone «t»"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if not sur and g.chance(0.5):
            doc.f(up("\nEndereço: «a», CEP «p»"), a=(g.address("caps" if caps else "text"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        if sur:
            doc.f(" — «r»", r=(g.council(g.pick(["CREA", "CRT"]), uf), "PROFESSIONAL_ID"))
        doc.t("\n")
        if not sur and g.chance(0.6):
            w = g.person()
            doc.f(up("Testemunha: «n» — RG «r»\n"), n=P(w.capsf if caps else w.full), r=(g.rg(), "BR_RG"))
        doc.t("\n")
    return doc


def fi_reurb_jsonl(g: Gen) -> Doc:
    """JSON lines exported from a city's REURB system (income screening for REURB-S or REURB-E and the fee waiver): holder's name, CPF, NIS, birth date, income, household size, lot (quadra, lote, area), street address, CEP, phone or e-mail or null, the classification, the analyst's login and the public IP of the operation; the exporter's private IP in the header."""
    doc = Doc()
    city, uf = g.city()
    nuc = g.pick(NUCLEOS)
    ex = g.person()
    doc.f("# sisreurb export — «c»/«u» — «n» — por «l» de «i» em «t»\n", c=city, u=uf, n=nuc, l=login(ex, g), i=g.ip_priv(), t=ts(g.moment(), "iso"))
    for _ in range(g.ri(4, 6)):
        p = occupant(g)
        inc = round(money(g, 0, 9500), 2)
        rec = {"protocolo": proc_reurb(g), "titular": P(g.pick([p.full, p.caps, p.low])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
               "nis": (g.pis("raw"), "BR_PIS") if g.chance(0.6) else None, "nascimento": (odob(g, "iso"), "DATE_OF_BIRTH"),
               "renda_familiar": inc, "membros": g.ri(1, 8),
               "lote": {"quadra": g.pick("ABCDEFGH"), "lote": g.ri(1, 40), "area_m2": round(g.rng.uniform(90, 500), 2)},
               "endereco": (lot_addr(g), "ADDRESS"), "cep": (g.cep(g.chance(0.5)), "BR_CEP"),
               "contato": (g.phone("e164"), "PHONE_NUMBER") if g.chance(0.5) else ((g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else None),
               "enquadramento": "REURB-S" if inc < 5 * 1518 else "REURB-E", "isencao_custas": inc < 5 * 1518,
               "analista": login(g.person(), g), "ip": (g.ip(), "IP_ADDRESS")}
        jval(doc, rec, None)
        doc.t("\n")
    return doc


def fi_extrato_firma(g: Gen) -> Doc:
    """A surveying firm's bank statement in fixed width: the firm's CNPJ, agency and account; Pix received from clients (names cut at 24), Pix and transfers sent to field staff (keys, agency and account), the GNSS rental company's CNPJ, the CREA's ART fee, fuel; document ids unlabelled; the owner's note naming a client and a crew member."""
    doc = Doc()
    brand, legal, dom = firm(g)
    b = g.pick(BANKS)
    year = g.pick([2025, 2026])
    mo = g.ri(1, 12)
    doc.f("«b» — EXTRATO DE CONTA CORRENTE PJ\nCliente: «c»\nCNPJ: «j»\nAgência: «a»   Conta: «k»   Período: 01/«m»/«y» a 28/«m»/«y»\n\n", b=b[1].upper(), c=fold(legal).upper(),
          j=(g.cnpj(), "BR_CNPJ"), a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), m=f"{mo:02d}", y=year)
    W = 24
    doc.t("DATA   " + "HISTORICO".ljust(18) + "  " + "DESCRICAO".ljust(W) + "  DOCUMENTO        VALOR\n")
    clients = []
    for d in sorted(g.ri(1, 28) for _ in range(g.ri(6, 9))):
        kind_ = g.pick(["pixin", "pixin", "pixout", "ted", "art", "rent", "fuel", "pixout", "rent"])
        doc.t(f"{d:02d}/{mo:02d}  ")
        if kind_ == "pixin":
            p = occupant(g)
            clients.append(p)
            doc.t("PIX RECEBIDO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(money(g, 500, 9000)):>9} C\n")
        elif kind_ == "pixout":
            p = g.person()
            doc.t("PIX ENVIADO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(money(g, 150, 900)):>9} D\n")
            kind2, kv = pix_key(g, p)
            doc.t(" " * 27 + f"CHAVE {fold(kind2).upper()}: ")
            doc.e(*kv)
            doc.t("\n")
        elif kind_ == "ted":
            p = g.person()
            doc.t("TED ENVIADA".ljust(18) + "  ")
            ag, cc = g.agency(False), g.account()
            desc = f"AG {ag} CC {cc}"
            doc.t("AG ")
            doc.e(ag, "BANK_ACCOUNT")
            doc.t(" CC ")
            doc.e(cc, "BANK_ACCOUNT")
            doc.t(" " * max(1, W - len(desc)) + "  ")
            doc.e(cut(fold(p.short).upper(), 15), "PERSON")
            doc.t(f"  {brl(money(g, 400, 2500)):>9} D\n")
        elif kind_ == "art":
            doc.t("PAGTO BOLETO".ljust(18) + "  " + f"CREA-{g.pick(UFS)} TAXA ART".ljust(W) + f"  {clean(g, lambda: g.d(12)):<15}  {brl(g.pick([99.64, 262.55])):>9} D\n")
        elif kind_ == "rent":
            doc.t("TED ENVIADA".ljust(18) + "  " + g.pick(["GEOLOC ALUGUEL EQUIP", "RTK RENTAL BRASIL", "TOPOSUL LOCACOES"]).ljust(W) + "  ")
            doc.e(g.cnpj("raw"), "BR_CNPJ")
            doc.t(f"  {brl(money(g, 800, 3500)):>8} D\n")
        else:
            doc.t("COMPRA CARTAO".ljust(18) + "  " + g.pick(["POSTO ESTRELA GUIA", "AUTO POSTO SAO BENTO", "POSTO LEAO DOURADO"]).ljust(W) + f"  {g.masked_card():<15}  {brl(money(g, 150, 700)):>9} D\n")
    doc.t(f"\nSALDO EM 28/{mo:02d}: {brl(money(g, 1000, 40000))}\n\n")
    own = g.person()
    if g.chance(0.5):
        doc.f("Obs. («n»): ", n=P(g.pick([own.first, own.short])))
    else:
        doc.t("Obs.: ")
    if clients:
        c0 = g.pick(clients)
        doc.f("entrada de «n» é a 1ª parcela do georreferenciamento; ", n=P(g.pick([c0.first, c0.short])))
    cm = g.person(origin="pt")
    doc.f("adiantamento de diária d«o» «n» descontar na folha.\n", o=a_(cm), n=P(g.pick([cm.first, fnick(g, cm)])))
    return doc


def fi_email_emolumentos(g: Gen) -> Doc:
    """An e-mail thread with a land registry about the fees to register a REURB-E title (REURB-S is exempt: art. 13 §1º of Lei 13.465/2017): the beneficiary's name and CPF, the matrícula and protocol (unlabelled), the registry's agency, account and CNPJ or a slip's line, the clerk's signature with name and phone; the beneficiary's message with her CPF, a card typed sometimes, a new phone, an address and CEP for the certificate, and the IP."""
    doc = Doc()
    city, uf = g.city()
    ben = occupant(g)
    clerk = g.person(female=g.chance(0.6))
    dom = f"ri{fold(city).lower().replace(' ', '')}.com.br"
    gm = g.email(ben)
    t0 = g.moment()
    doc.f("De: «c» <«m»>\nPara: «e»\nAssunto: RE: Registro do título — «n» — protocolo «p»\n\n", c=g.pick([f"Registro de Imóveis de {city}", "Cartório de Registro de Imóveis"]),
          m=role_mail(g, dom, g.pick(["registro", "certidoes", "ri", "atendimento"])), e=(gm, "EMAIL_ADDRESS"), n=P(g.pick([ben.full, ben.caps])), p=proto(g))
    doc.f("Prezad«o» «n»,\n\nO título do seu lote (REURB-E, matrícula «m») está apto a registro. Como o enquadramento é de interesse específico, não há isenção (art. 13, §1º, da Lei 13.465/2017 aplica-se só à REURB-S). Emolumentos: R$ «v».\n",
          o=a_(ben), n=P(ben.first), m=matricula(g), v=brl(money(g, 380, 2400)))
    if g.chance(0.5):
        doc.f("Depósito identificado: «b», agência «a», conta «k», CNPJ do cartório «j», informando o CPF «c» do beneficiário.\n", b=g.pick(BANKS)[1],
              a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), j=(g.any_cnpj(), "BR_CNPJ"), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Boleto: «l» (CPF do sacado «c»).\n", l=boleto_line(g), c=(g.cpf(), "BR_CPF"))
    doc.f("Não aceitamos dados de cartão por e-mail.\n\nAtenciosamente,\n«n»\nEscrevente — «t»\n", n=P(g.pick([clerk.full, clerk.short])),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("\n> Em «d», «n» <«e»> escreveu:\n> X-Originating-IP: [«i»]\n", d=t0.strftime("%d/%m/%Y %H:%M"), n=P(g.pick([ben.full, ben.low])), e=(gm, "EMAIL_ADDRESS"),
          i=(g.ip(), "IP_ADDRESS"))
    doc.f("> Bom dia, recebi a notificação da prefeitura que meu título saiu («u»). Quanto fica o registro? Meu CPF: «c».", u=g.pick(NUCLEOS),
          c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.55):
        doc.f(" Pode cobrar no cartão «k» venc «v»?", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    if g.chance(0.6):
        doc.f(" Meu telefone novo: «t».", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(" A certidão pode ir pelo correio: «a», CEP «p».", a=(lot_addr(g), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("\n> «n»\n", n=P(g.pick([ben.first, ben.full])))
    return doc


FI = [fi_orcamento_georref, fi_folha_campo, fi_caixa_associacao, fi_recibos, fi_reurb_jsonl, fi_extrato_firma, fi_email_emolumentos]



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
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CAU|CRT|CREFITO|CRP|CRESS)(?![A-Za-z])", v), (rid, v)
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
    print("hundredthirtyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
