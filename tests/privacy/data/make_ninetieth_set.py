"""Build the ninetieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from the other
generators), seed 9090, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: funeral, cemetery and bereavement services (serviços
funerários, cemitérios e luto) — funeral homes and their 24h lines, funeral-plan (plano funerário)
companies, municipal cemeteries and crematoria, hospital mortuaries and the death-verification
service (SVO), notaries and courts dealing with the dead's estate, insurers, the INSS, banks, a
local newspaper's obituary column and a health unit's bereavement group. Layouts: WhatsApp
exports (Android and iOS), "Campo: valor" forms, notarial and judicial prose, fixed-width, ruled
(+---+), pipe and psql registers, Markdown tables, CSV (comma, semicolon, pipe), JSON from systems
and APIs, a speech-to-text transcript, e-mails, letters, OCR'd scans, obituary prose.
- atendimento: (0) a WhatsApp export between a funeral home's 24h business account (shown as the
  home's name, sometimes "Attendant | Home") and a relative (shown as a phone number or, when
  saved, by name) after a death at home: the deceased's name, birth date and CPF, the plan holder,
  the address for the removal, the hearse plate, the declarant's RG and CPF; (1) a funeral home's
  service order: the deceased (CPF, RG, CNS, voter card, birth date, spouse, mother, last address,
  CEP), the declarant/contractor, the plan holder, urn, wreath ribbon wording, wake, burial or
  cremation, hearse plate, prices; (2) a local newspaper's obituary column: death notices (age,
  birth date, widow(er), children by first name, nickname, family phone), a seventh-day mass, a
  company's condolence note, yesterday's burials, a family notice with the home address for the
  visits or the shivá; (3) the JSON export of an online memorial page (the deceased's birth date,
  the responsible relative's CPF, e-mail and phone, guest-book messages with authors, e-mails,
  WhatsApp numbers, IPs and names inside the messages); (4) the automatic speech-to-text transcript
  (lower case, no accents) of a funeral plan's 24h call: CPF read in groups, spoken birth date,
  address, CEP, phone read in groups, the caller's RG and CPF; (5) a consumidor.gov.br complaint
  (consumer data block, narrative with the deceased and the misspelt name on the grave plaque, the
  company's reply refunding by Pix random key or to an account, evaluation); (6) a municipal
  cemetery's burial register (fixed-width, ruled or pipe): deceased ("SURNAME, GIVEN" or full
  caps), age, birth date, plot or ossuary, concession holder with CPF and phone (or the
  municipality's free grave), DO number; occurrences (exhumation and transfer to the ossuary asked
  by a relative, transfer of a concession).
- juridico: (0) a public deed of extrajudicial probate (inventário e partilha): clerk, widow(er)
  and heirs qualified (RG, CPF, address, CEP, e-mail, sometimes birth date), heirs' spouses, lawyer
  (OAB, e-mail), the deceased's birth date, RG, CPF and last address, the assets (a house's
  address, a car's plate and Renavam, a bank account, burial-plot rights); (1) a small-claims
  petition against a funeral plan that refused cover; (2) an OCR'd family-court decision ordering
  an exhumation for a post-mortem paternity DNA test (parties with CPFs, the minor's birth date,
  the coroner's CRM, the judge); (3) a private deed assigning perpetual burial-plot rights
  (assignor, assignee, original holder, remains moved to the ossuary, Pix random key or bank
  transfer, witnesses with CPFs, notary clerk); (4) a power of attorney from the widow(er) to a
  funeral agent plus the declaration of need for the municipal funeral benefit (household table
  with birth dates, NIS and CPFs; social worker's CRESS); (5) a law firm's case-tracking sheet
  (Markdown or ruled/psql table) of survivor pensions, probate and Lei 6.858 permits, with notes;
  (6) a petition for a court permit (Lei 6.858/1980) to withdraw a deceased worker's FGTS/PIS
  (widow(er), minor child, the deceased's PIS, employer CNPJ, account, Public Defender or lawyer).
- saude: (0) a Declaração de Óbito typed into the mortality system (SIM) or read from a scan with
  OCR noise (CNS, name, parents, birth date also as ddmmyyyy, residence, home where the death
  occurred, causes with ICD-10, certifying doctor with CRM and contact, registry, declarant with RG
  and phone); (1) a hospital mortuary's in/out register (fixed-width): patient, birth date, CNS,
  who took the body (relative or funeral agent) with RG/CPF/CNH and phone, funeral home, hearse
  plate; occurrences (SVO referral, psychologist's CRP); (2) a crematorium's request and
  authorisation (deceased's CPF, RG, birth date; requester; will by public deed or relatives'
  declaration with CPFs; two doctors' CRMs; implanted-device check by a nurse's COREN; ashes);
  (3) palliative-care notes of the last days (doctor, family conference with phones and e-mail,
  psychologist, social worker, nurse, death, communication to the family); (4) an ambulance team's
  referral of a death at home to the SVO and the SVO intake (team, plate, home address, informant,
  pathologist); (5) a health unit's bereavement-group participants CSV (name, CNS, birth date,
  phone, e-mail, address, the person lost, relationship, date of loss) with the facilitator's
  note; (6) an embalming certificate and transfer authorisation of a body to another city (hearse
  plate, receiving relative with CPF, address, phone, e-mail) or abroad (passport/RNM, the family's
  address and phone abroad), embalmer, responsible doctor, person in charge with CPF.
- financeiro: (0) a funeral-plan adhesion contract (holder; dependants table with spouse, children
  and an aggregated mother, birth dates and CPFs; payment by account debit, recurring card with the
  full number, or carnê; seller); (1) a collections CSV of overdue plans (observations naming the
  dependant who took over after the holder's death, a card number typed in, a wrong CPF quoted) and
  the contact log (collector login, WhatsApp, e-mail opened with IP, agreement); (2) a
  beneficiary's e-mail claiming a group life insurance (beneficiaries' CPF, birth date, account or
  Pix random key, phones, e-mail) with the OCR'd text of the death certificate and the insurer's
  answer; (3) an SPVAT (former DPVAT) death-claim screen (victim's CPF, birth date, CNH when
  driving, plate, Renavam, police report; beneficiaries with CPF, phone, bank code, agency,
  account); (4) a Meu INSS survivor-pension (B21) request receipt (requester and deceased with CPF,
  NIT, birth date; dependants; payment account) and the award letter; (5) a bank branch's letter
  to the estate's administrator closing the deceased's accounts and paying the heirs (accounts,
  Pix random key, manager's phone and e-mail); (6) a funeral-plan cancellation logged by the plan's
  API (request IP, JSON payload with holder, address, CEP, dependants' birth dates, refund by Pix
  random key or TED agency/account, requester when the holder died) and the retention desk's note.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"dona", "seu"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; nicknames and first names alone, also in
lower case, are persons. Staff named in the text are persons; logins, system accounts, the
business account's name and "Anônimo" are not. Corporate e-mails of people are EMAIL_ADDRESS;
role mailboxes (sinistros@, juridico@, obituario@) are not labelled. ADDRESS is street type + name
+ number + complement, in any case, abbreviated or spoken (not bairro, city, UF; the CEP is
BR_CEP); a company's address (a plan company's seat, a law firm's office) is not labelled. Agency
and account are separate BANK_ACCOUNT spans (also JSON fields and CSV/table columns); bank codes
and names are not. PIX_KEY only for random (UUID, "EVP") keys. CNPJs of funeral homes, plan
companies and employers are BR_CNPJ (numeric and 2026 alphanumeric). Masked CPFs ("***.267.247-**")
and cards ("**** **** **** 1128", "XXXX-XXXX-XXXX-7153", "451670******7829") are not labelled.
Decisions of this set:
- The deceased is a PERSON wherever named: in forms, registers, certificates, deeds, headers,
  obituaries, memorial JSON, condolence messages, wreath ribbons, transcripts. So are the
  declarant, relatives, plan holders and dependants, heirs and their spouses, parents in a DO's
  filiação, concession holders, beneficiaries, witnesses, the person lost named in a bereavement
  group, clergy named in a mass notice (Padre, Pe., Frei, Monsenhor, Cônego stay outside), and
  staff: attendants, funeral agents, embalmers, doctors, nurses, psychologists, social workers,
  pathologists, coroners, judges, notary clerks, analysts, collectors, bank managers. Kinship words
  ("minha mãe", "avó", "tia") stay outside the span.
- The misspelt name on a grave plaque quoted in a complaint is a PERSON span as it stands, and so
  is the correct name next to it. OCR damage (rn/m, l/I, accents lost or added, "dc" for "de") is
  kept in scanned names, words, addresses and birth dates and labelled as it stands; identifiers
  in scans are printed clean.
- The deceased's birth date is DATE_OF_BIRTH, like anyone's (holders, dependants, heirs, minors,
  consumers, participants), in any format: dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ddmmyyyy (DO field),
  ISO in JSON, long ("3 de abril de 1946"), lower case and unaccented in the transcript. Dates of
  death, burial, cremation, exhumation, wake, registration, accident, loss, DER/DIB, signature,
  due and log dates are never labelled; ages are not.
- The deceased's last residence and the home where the death occurred (repeated in the DO) are
  ADDRESS; so are a family home named for the visits or the shivá, a house in a probate, a
  bereavement participant's address, and a receiving family's street address abroad ("Calle
  Sagárnaga 25", "Carrera 19 224"; the foreign city is not). Cemeteries, chapels, crematoria,
  hospitals, churches and funeral homes are not addresses; plot references (quadra, lote, gaveta,
  jazigo, "Q15 L355 G2"), ossuary and columbarium numbers are not labelled.
- Plates of hearses, ambulances and the SVO van, of a car in a probate and of the vehicle in a road
  death are LICENSE_PLATE, whoever owns the vehicle.
- NIT/NIS/PIS numbers are BR_PIS; the CNS of a deceased or a patient is BR_CNS; a deceased
  driver's CNH is BR_CNH; a deceased's voter card is BR_TITULO_ELEITOR.
- PROFESSIONAL_ID: CRM, COREN, OAB, CRP and, decided here, CRESS for social workers ("CRESS/MG
  49209", "CRESS 10ª Região nº 60297"), always with the council acronym and UF or region. A public
  defender's or a health inspector's matrícula is not labelled.
- Every phone number is PHONE_NUMBER: mobiles, landlines, funeral homes' 24h lines, WhatsApp senders
  shown by number, numbers abroad ("+591 45 739 2923"), numbers read in groups in the transcript
  ("24 9 6170 0174"); 0800 and 4004 service numbers are not labelled.
- In the transcript, names in lower case without accents are PERSON, a CPF read in groups ("582
  785 094 25") is BR_CPF, a CEP read as "75508 818" is BR_CEP; the protocol digits are not labelled.
- Not labelled (document and internal ids): DO numbers, the 32-digit matrícula of a death
  certificate, livro/folhas/termo, registry and protocol numbers, CNES codes, INSS benefit numbers
  (NB), Renavam, police report numbers, policy, certificate and claim numbers, plan contract and
  service-order numbers, AWB and seal (lacre) numbers, passports and RNM, CTPS, selo digital, ITCMD
  guides, CNDT numbers, agreement numbers, CBO codes, URLs, API paths and ids.

Names: Brazilian names of many origins — Portuguese common and regional, old-fashioned
(Durvalina, Eleutério, Deusdedit, Teodolinda, Gumercindo), coined (Kauã, Uóshington, Keillany,
Thamyres, Jardson), Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Armenian, Ukrainian/Polish
— with the deceased's generation matching the birth years; more than a quarter of the name words
rare or invented (main() prints the share). Names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Celeste, Glória, Esperança, Graça, Bento, Prudente, Amado, Clemente, Modesto, Constante,
Inocêncio; surnames Paz, Cruz, Branco, Leão, Jardim, Socorro; Maria das Dores, Maria do Socorro,
Maria da Glória, Maria da Piedade, Maria da Consolação, Maria da Paz) next to the same words as
words ("descanse em paz", "sentia muitas dores", "Glória a Deus", "foi uma vitória", "a aurora de
um novo dia", "a esperança do reencontro", "seria prudente", "conta de luz", "pronto-socorro")
and in cemeteries, crematoria, funeral homes, plans, churches, hospitals, streets, bairros and
cities (Cemitério da Paz, Cemitério Parque Jardim da Aurora, Cemitério Vertical Memorial Luz Eterna,
Funerária Rosa Mística, Funerária Prudente & Filhos, Organização Social de Luto Bento Amado, Plano Vitória
Familiar, Paróquia Nossa Senhora das Dores, Hospital São Bento, Rua da
Paz, Jardim Vitória, Alto da Glória, Presidente Prudente, Bento Gonçalves, Aurora (CE), Nova
Aurora, Santa Rosa, Piedade, Vitória), which are not persons. Forms: full, ALL CAPS with and
without accents, lower case, "SURNAME, GIVEN", first name alone, nickname, OCR-damaged.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(Renavam, ITCMD guides, agreement numbers, protocols, a wrong CPF quoted in a collections note; the
script checks every CPF-shaped run outside a gold span), ICD-10 codes (I21.9, C34.9, U07.1, J69.0),
money, ids listed above, laws (Lei 6.015/1973, Lei 8.213/1991, Lei 11.441/2007, Lei 13.261/2016,
Lei 6.858/1980, Lei 8.078/1990, Resolução CNJ nº 35/2007, Súmula 301 do STJ), companies and
institutions named after people or words (Funerária Sucupira & Timbó, "Rosa, Luz & Branco
Sociedade de Advogados", a firm named after its partners' surnames, Hospital Regional Dr. Expedito
Sucupira, UBS Dr. Teófilo Bessa, Escola Estadual Prudente de Morais), street names honouring people
outside an address, dates that are not birth dates.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 9090
OUT_NAME = "ninetieth.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    d = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    return f"{d[9]}{d[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Numeric or alphanumeric (2026) CNPJ: each character is worth ord(c) - 48."""
    v = [ord(c) - 48 for c in twelve]
    w = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (w, [6] + w):
        r = sum(a * b for a, b in zip(v, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        v.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    d = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(d, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(d, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree
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
    return len(n) == 15 and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str(-total % 10)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]

# --------------------------------------------------------------------------- name pools
# The RARE_* pools and the foreign pools listed in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign names that are not in common Brazilian name lists; main() prints their share.

OLD_F = ["Maria", "Aparecida", "Conceição", "Terezinha", "Raimunda", "Francisca", "Antônia", "Josefa",
         "Benedita", "Lourdes", "Helena", "Luzia", "Madalena", "Nair", "Irene", "Tereza", "Cecília", "Ana",
         "Maria José", "Maria Helena", "Dirce", "Neusa"]
OLD_M = ["José", "Antônio", "Sebastião", "Geraldo", "Joaquim", "Manoel", "Francisco", "João", "Benedito",
         "Raimundo", "Pedro", "Luiz", "Jorge", "Osvaldo", "Alfredo", "Waldemar", "Orlando", "Mário",
         "José Maria", "Antônio Carlos", "Nelson", "Arlindo"]
RARE_OLD_F = ["Durvalina", "Ozória", "Albertina", "Leontina", "Jandira", "Sebastiana", "Cacilda", "Zulmira",
              "Ermelinda", "Alzira", "Otília", "Filomena", "Hermínia", "Brasilina", "Geralda", "Idalina",
              "Olinda", "Anunciata", "Teodolinda", "Juvelina", "Eponina", "Militana", "Deolinda", "Belmira",
              "Custódia", "Honorina", "Firmina", "Laudelina", "Eulália", "Dalvina"]
RARE_OLD_M = ["Expedito", "Ozório", "Eleutério", "Genésio", "Belarmino", "Januário", "Teotônio", "Valdevino",
              "Olegário", "Sinfrônio", "Juvenal", "Deusdedit", "Anacleto", "Querubino", "Gumercindo",
              "Florisbelo", "Ataliba", "Tertuliano", "Agenor", "Aureliano", "Clodoaldo", "Doralino",
              "Lindolfo", "Aprígio", "Zacarias", "Galdino", "Olímpio", "Teófilo", "Otaviano", "Leopoldino"]
MID_F = ["Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Sandra", "Luciana", "Vanessa", "Cristina",
         "Cláudia", "Eliane", "Rosana", "Simone", "Andréa", "Kátia", "Sílvia", "Renata", "Daniela",
         "Ana Cláudia", "Rosângela", "Elaine", "Regina"]
MID_M = ["Carlos", "Paulo", "Marcos", "Marcelo", "Rodrigo", "Fernando", "Sérgio", "Roberto", "Ricardo", "Fábio",
         "Alexandre", "Márcio", "André", "Luciano", "Anderson", "José Carlos", "João Batista", "Eduardo",
         "Leandro", "Wagner", "Rogério", "Cláudio"]
RARE_REG_F = ["Edileusa", "Gerusa", "Lucineide", "Marluce", "Zeneide", "Cleidiane", "Joseilda", "Valdelice",
              "Rozilda", "Neuzimar", "Elisnete", "Dalvanira", "Francineide", "Euzimar", "Ivanilde", "Gildete",
              "Nivalda", "Irismar", "Cremilda", "Lenilda", "Josiclei", "Aldenora"]
RARE_REG_M = ["Adelmo", "Edinaldo", "Josenildo", "Gilvan", "Erivaldo", "Genivaldo", "Valdeci", "Rosivaldo",
              "Joselito", "Cleomar", "Ednaldo", "Jailton", "Marivaldo", "Claudionor", "Gildásio", "Evilásio",
              "Derivaldo", "Ozenir", "Nivaldo", "Zenóbio", "Edvan", "Arnóbio"]
YOUNG_F = ["Júlia", "Beatriz", "Larissa", "Camila", "Letícia", "Amanda", "Bruna", "Gabriela", "Isabela",
           "Sofia", "Valentina", "Alice", "Laura", "Manuela", "Yasmin", "Lorena", "Ana Júlia", "Maria Eduarda"]
YOUNG_M = ["Lucas", "Gabriel", "Matheus", "Pedro Henrique", "Guilherme", "Gustavo", "Vinícius", "Arthur",
           "Miguel", "Davi", "Enzo", "Heitor", "Samuel", "Thiago", "Felipe", "Caio", "João Vítor", "Rafael"]
RARE_COINED_F = ["Kauany", "Jhennifer", "Rayssa", "Keillany", "Thaynara", "Sthefany", "Lorrayne", "Kaylane",
                 "Jhully", "Myllena", "Raylla", "Nathiele", "Lauanda", "Emilly", "Kétury", "Dheyne", "Ysadora",
                 "Kauane", "Ruthiely", "Gleyce", "Hellen", "Thamyres"]
RARE_COINED_M = ["Kauã", "Wenderson", "Jhonatan", "Welligton", "Maicon", "Deivid", "Rhuan", "Kaique",
                 "Jeferson", "Uóshington", "Ueslei", "Uilian", "Thauan", "Dhiego", "Lohran", "Érisson",
                 "Jardson", "Kelvin", "Wallace", "Richarlyson", "Maxsuel", "Gledson"]
# Given names that are also everyday words (and the Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Glória", "Esperança", "Graça", "Estrela",
          "Maria das Dores", "Maria do Socorro", "Maria da Glória", "Maria da Piedade", "Maria da Consolação",
          "Maria da Luz", "Maria das Graças", "Maria da Paz", "Rosa Maria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Modesto", "Cândido", "Severo", "Inocêncio", "Justo",
          "Constante"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues",
          "Almeida", "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha",
          "Barbosa", "Correia", "Mendes", "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes",
          "Batista", "Moreira", "Machado", "Lopes"]
RARE_SUR = ["Sucupira", "Jatahy", "Quixadá", "Araripe", "Timbó", "Carvalhedo", "Mourato", "Gurgel", "Benevides",
            "Ximenes", "Vilarouca", "Bacelar", "Fontenele", "Queiroga", "Grangeiro", "Cotrim", "Arrais",
            "Trajano", "Rolim", "Sarmento", "Portela", "Bessa", "Uchoa", "Gadelha", "Caminha", "Brígido",
            "Aderaldo", "Mororó", "Cajazeira", "Juaçaba", "Pitombeira", "Parente", "Tenório", "Jucá",
            "Frota", "Alencar", "Bandeira", "Landim", "Sobreira", "Feitosa"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leão", "Paz", "Cruz", "Luz", "Flores", "Jardim",
            "Campos", "Pinheiro", "Salgueiro", "Vitória", "Fontes", "Neves", "Cordeiro", "Raposo", "Aurora",
            "Socorro", "Glória"]
NICK = {"Aparecida": "Cida", "Benedito": "Dito", "Benedita": "Dita", "Sebastião": "Tião", "Francisco": "Chico",
        "Francisca": "Chica", "José": "Zé", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Conceição": "Ceiça",
        "Antônio": "Toninho", "Maria das Dores": "Dorinha", "Maria do Socorro": "Corrinha",
        "Maria da Glória": "Glorinha", "Josefa": "Zefa", "Sebastiana": "Tiana", "Joaquim": "Quinzinho",
        "Tereza": "Teca", "Teodolinda": "Linda", "Gumercindo": "Cindo", "Expedito": "Pedito",
        "Manoel": "Mané", "Terezinha": "Tê", "Geraldo": "Gê", "Luzia": "Lu", "Deusdedit": "Dedé",
        "Militana": "Tana", "Zacarias": "Zaca", "Antônia": "Tonha", "João": "Joãozinho", "Valdevino": "Vino",
        "Ozório": "Zorinho", "Juvelina": "Juju", "Aureliano": "Lili", "Conceição Maria": "Ceiça"}
FOREIGN = {
    "it": (["Giuseppina", "Assunta", "Rosalia"], ["Giuseppe", "Vittorio", "Angelo"],
           ["Bortolotto", "Zampieri", "Dall'Agnol", "Carraro", "Tessaro", "Perin", "Baldissera"]),
    "de": (["Frida", "Erna", "Irmgard"], ["Wilhelm", "Arno", "Helmuth"],
           ["Ramlow", "Krüger", "Schaeffer", "Tesch", "Berger", "Hoffmann", "Ehlert"]),
    "jp": (["Setsuko", "Fumiko", "Tomoko"], ["Tadashi", "Hiroshi", "Kenji"],
           ["Tamashiro", "Oshiro", "Yamashita", "Nishimoto", "Kinjo", "Uehara", "Sakaguchi"]),
    "ar": (["Nagibe", "Wadia", "Laila"], ["Nagib", "Farid", "Salim"],
           ["Nassif", "Chedid", "Abdalla", "Haddad", "Maluf", "Feres", "Sfeir"]),
    "kr": (["Min-seo", "Hye-jin"], ["Sung-min", "Jae-won"], ["Baek", "Yoon", "Choi", "Han"]),
    "cn": (["Xiaomei", "Lihua"], ["Guoqiang", "Haoran"], ["Chen", "Wu", "Lin", "Zhou"]),
    "ht": (["Mirlande", "Rose-Andrée", "Guerline"], ["Wilner", "Frantz", "Jean-Claude"],
           ["Exantus", "Dorvil", "Jean-Pierre", "Célestin", "Saint-Fleur"]),
    "ao": (["Ngueza", "Kianda", "Tchissola"], ["Nzau", "Kalunga", "Makiesse"],
           ["Mavungo", "Lutonda", "Kapenda", "Nzuzi"]),
    "sn": (["Fatou", "Aminata", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Diallo"]),
    "in": (["Tuíre", "Arani", "Potira"], ["Ubirajara", "Awaju", "Kretã"],
           ["Krenak", "Kaingang", "Tikuna", "Xavante", "Baniwa"]),
    "jw": (["Rivka", "Chaya", "Sura"], ["Shlomo", "Itzhak", "Mendel"],
           ["Szwarc", "Feldman", "Rosenblatt", "Grinberg", "Wajnberg"]),
    "bo": (["Wara", "Justina", "Eulogia"], ["Wilber", "Fidel", "Marcelino"],
           ["Apaza", "Callisaya", "Mamani", "Ticona", "Choquehuanca"]),
    "ve": (["Yusmary", "Yorgelis", "Mariangel"], ["Jhonny", "Yorman", "Wilmer"],
           ["Chirinos", "Rangel", "Guanipa", "Briceño"]),
    "am": (["Anahid", "Siranush"], ["Garabed", "Haig"], ["Bedrossian", "Kherlakian", "Tchakerian"]),
    "ua": (["Olga", "Ksenia"], ["Bohdan", "Taras"], ["Kravchuk", "Hreczuk", "Melnyk", "Szczepański"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "am", "ua")
RARE = set(RARE_OLD_F + RARE_OLD_M + RARE_REG_F + RARE_REG_M + RARE_COINED_F + RARE_COINED_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Bortolotto", "Zampieri", "Dall'Agnol", "Tessaro", "Baldissera", "Ramlow", "Tesch", "Ehlert",
             "Irmgard", "Helmuth", "Tamashiro", "Oshiro", "Nishimoto", "Kinjo", "Uehara", "Sakaguchi", "Setsuko",
             "Fumiko", "Nagibe", "Wadia", "Nassif", "Chedid", "Sfeir", "Giuseppina", "Assunta"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Paz", "Cruz", "Aurora", "Glória", "Cunha", "Rocha"}
DO_SUR = {"Nascimento", "Carmo", "Socorro", "Prado"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "33", "35", "38",
        "41", "42", "43", "44", "47", "48", "51", "54", "55", "61", "62", "65", "67", "68", "71", "73", "75",
        "77", "79", "81", "82", "83", "84", "85", "86", "88", "91", "92", "95", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva", "das Flores", "Aurora",
                "da Saudade", "Nossa Senhora das Dores", "Padre Cícero", "Dom Pedro II", "Coronel Expedito Sucupira",
                "Professora Durvalina Timbó", "Tiradentes", "Sete de Setembro", "Marechal Floriano", "da Paz",
                "Luz Divina", "Vitória Régia", "Castro Alves", "Anita Garibaldi", "Doutor Nagib Chedid",
                "Santos Dumont", "Frei Caneca", "Irmã Dulce", "dos Pioneiros", "Hermann Weege", "Rui Barbosa",
                "José de Alencar", "Celeste Amado", "Getúlio Vargas", "Ipiranga", "das Palmeiras",
                "Visconde do Rio Branco", "Monsenhor Tabosa", "São Bento", "da Esperança", "Flor de Liz",
                "Dona Glória Arrais", "Cônego Aprígio Landim"]
CITIES = [("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Caruaru", "PE"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Aurora", "CE"), ("Nova Aurora", "PR"), ("Flores da Cunha", "RS"),
          ("Glória de Dourados", "MS"), ("Piedade", "SP"), ("Ribeirão Preto", "SP"), ("Pomerode", "SC"),
          ("Santa Maria de Jetibá", "ES"), ("Registro", "SP"), ("Maringá", "PR"), ("Prudentópolis", "PR"),
          ("Corumbá", "MS"), ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"),
          ("Porto Alegre", "RS"), ("Curitiba", "PR"), ("Recife", "PE"), ("Fortaleza", "CE"), ("Salvador", "BA"),
          ("Manaus", "AM"), ("Belém", "PA"), ("Goiânia", "GO"), ("Campinas", "SP"), ("São Gonçalo", "RJ"),
          ("Juiz de Fora", "MG"), ("Montes Claros", "MG"), ("Teresina", "PI"), ("Dourados", "MS"),
          ("São Gabriel da Cachoeira", "AM"), ("Boa Vista", "RR"), ("Vitória", "ES"), ("Sobral", "CE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Jardim da Paz", "Pirajá", "Triângulo",
           "Alto da Glória", "Vila Esperança", "Boa Vista", "Santa Luzia", "Conjunto Celeste", "Bela Vista",
           "Vila Prudente", "Parque das Flores", "Lagoa Seca", "Jardim Vitória"]
CIDS = ["I21.9", "I64", "J18.9", "C34.9", "E14.9", "I50.9", "A41.9", "C50.9", "J44.1", "N18.9", "R99",
        "G30.9", "C61", "K74.6", "I10", "U07.1", "C16.9", "J96.0", "I46.9", "E11.9", "F03", "C18.9"]
CAUSES = {"I21.9": "infarto agudo do miocárdio", "I64": "acidente vascular cerebral", "J18.9": "pneumonia",
          "C34.9": "neoplasia maligna de pulmão", "E14.9": "diabetes mellitus", "I50.9": "insuficiência cardíaca",
          "A41.9": "choque séptico", "C50.9": "neoplasia maligna de mama", "J44.1": "DPOC exacerbada",
          "N18.9": "doença renal crônica", "R99": "causa indeterminada", "G30.9": "doença de Alzheimer",
          "C61": "neoplasia maligna de próstata", "K74.6": "cirrose hepática", "I10": "hipertensão arterial",
          "U07.1": "COVID-19", "C16.9": "neoplasia maligna de estômago", "J96.0": "insuficiência respiratória aguda",
          "I46.9": "parada cardiorrespiratória", "E11.9": "diabetes mellitus tipo 2", "F03": "demência",
          "C18.9": "neoplasia maligna de cólon"}

CEMITERIOS = ["Cemitério Municipal da Saudade", "Cemitério São João Batista", "Cemitério Parque Jardim da Aurora",
              "Cemitério da Paz", "Cemitério Municipal Bom Pastor", "Cemitério Parque das Flores",
              "Cemitério Luterano da Comunidade Evangélica", "Cemitério Municipal Santa Rosa",
              "Cemitério Campo Santo Nossa Senhora das Dores", "Cemitério Vertical Memorial Luz Eterna",
              "Cemitério Parque Prudente", "Cemitério da Consolação"]
CREMATORIOS = ["Crematório Luz Eterna", "Crematório Municipal Vila Aurora", "Crematório Parque da Paz",
               "Crematório Metropolitano Celeste", "Crematório Jardim da Saudade"]
FUNERARIAS = ["Funerária Rosa Mística Ltda.", "Funerária Prudente & Filhos", "Funerária São Bento",
              "Organização Social de Luto Bento Amado", "Funerária Vitória Régia", "Amparo Serviços Póstumos Ltda.",
              "Funerária Flor de Lis", "Grupo Luz da Paz Assistência Funeral", "Funerária Nossa Senhora da Glória",
              "Funerária Celeste Morada", "Funerária Sucupira & Timbó"]
PLANOS = ["Plano Amado Assistência Familiar", "Amparo Família Plano Funerário", "Plano Luz Eterna",
          "Assistência Funeral Rosa dos Ventos", "Previda Aurora", "Plano Paz & Bem", "Plano Vitória Familiar"]
CAPELAS = ["Capela 2 do Velório Municipal", "Sala Vitória Régia", "Capela Santa Luzia", "Sala Aurora",
           "Capela Ecumênica", "Sala Flor de Liz", "Capela São Bento", "Sala 3 (Esperança)"]
IGREJAS = ["Igreja Matriz de Nossa Senhora da Glória", "Paróquia Nossa Senhora das Dores", "Paróquia São Bento",
           "Igreja Nossa Senhora da Piedade", "Comunidade Evangélica Luterana", "Igreja Batista da Esperança",
           "Paróquia Nossa Senhora da Consolação", "Igreja Ortodoxa Antioquina São Jorge",
           "Assembleia de Deus Ministério Vitória", "Capela do Perpétuo Socorro"]
HOSPITAIS = ["Hospital Santa Rosa", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Regional Dr. Expedito Sucupira", "Hospital Municipal Prudente de Morais",
             "Hospital Nossa Senhora das Dores", "UPA 24h Vila Aurora", "Hospital Universitário",
             "Hospital e Maternidade Celeste", "Hospital do Perpétuo Socorro"]
INSURERS = ["Prudente Seguros de Vida S.A.", "Aurora Vida e Previdência", "Seguradora Rosa dos Ventos",
            "Amparo Vida Seguros", "Celeste Seguros S.A.", "Bento Amado Vida e Previdência"]
CARTORIOS = ["Cartório do 1º Ofício de Registro Civil", "Cartório Prudente de Registro Civil das Pessoas Naturais",
             "Registro Civil do Subdistrito da Glória", "Cartório Vitória — 2º Registro Civil",
             "Ofício de Registro Civil do Distrito de Aurora"]
TABELIONATOS = ["1º Tabelionato de Notas", "Tabelionato Sucupira de Notas e Protestos", "2º Tabelionato de Notas Rosa",
                "Cartório do 3º Ofício de Notas", "Tabelionato Prudente de Notas"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]
URNAS = ["urna sextavada verniz alto brilho", "urna luxo Imperial mogno", "urna popular 1,90 m",
         "urna branca (infantil) 1,20 m", "urna Bento III com visor", "urna ecológica para cremação",
         "urna extra-grande 2,10 m"]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Maria Helena"):
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
    def caps_fold(self) -> str:
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


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.caps_fold, "low": p.low,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": fold(p.first).lower(), "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "compact": f"{dd:02d}{mm:02d}{yy}",
            "es": f"{dd} de {MONTHS_ES[mm - 1]} de {yy}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n == 16 and luhn_dv(v[:15]) == v[15]:
                continue
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.53:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, era: str = "mid",
               word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            else:
                common, rare, p = {"old": (OLD_F, RARE_OLD_F, 0.45) if female else (OLD_M, RARE_OLD_M, 0.45),
                                   "mid": (MID_F, RARE_REG_F, 0.4) if female else (MID_M, RARE_REG_M, 0.4),
                                   "young": (YOUNG_F, RARE_COINED_F, 0.45) if female else (YOUNG_M, RARE_COINED_M, 0.45)}[era]
                given = self.pick(rare if rng.random() < p else common)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_OLD_F + OLD_F) if female else (RARE_OLD_M + OLD_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick((MID_F + RARE_REG_F) if female else (MID_M + RARE_REG_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def child(self, parent: Person, female: bool | None = None, era: str = "mid") -> Person:
        """A son or daughter: own given name, another surname, ending in the parent's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt", era=era)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != parent.last][:1]
        return Person(p.given, own + [parent.last], female)

    def spouse(self, of: Person, era: str = "mid") -> Person:
        p = self.person(female=not of.female, era=era)
        if p.female:  # a wife often took the husband's last surname
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(50, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
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
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
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
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
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

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            if not cpf_ok(ddd + local):  # a raw 11-digit phone never doubles as a valid CPF
                break
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mobile else f"{ddd} {h} {t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked(self) -> str:
        return self.pick([f"{self.pick('456')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}"])

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

    def ip(self) -> str:
        if self.chance(0.1):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"ap. {self.ri(101, 910)}", f"cs {self.ri(1, 4)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento").replace("cs", "casa")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int, hi: int) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2000) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def death(self) -> datetime.date:
        return datetime.date(self.pick([2024, 2025, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        """A date lo..hi days after d (negative: before), never past the end of 2026."""
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def stamps(self, n: int, days: int = 3, fmt: str = "iso", start: datetime.date | None = None) -> list[str]:
        """n increasing timestamps within `days` days (logs, chat histories)."""
        if start is None:
            start = datetime.date(self.pick([2024, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))
        base = datetime.datetime(start.year, start.month, start.day, self.ri(0, 12), self.ri(0, 59), self.ri(0, 59))
        secs = sorted(self.rng.sample(range(0, days * 86400), n))
        out = []
        for s in secs:
            t = base + datetime.timedelta(seconds=s)
            out.append({"iso": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"),
                        "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "sql": t.strftime("%Y-%m-%d %H:%M:%S")}[fmt])
        return out

    def hm(self) -> str:
        return f"{self.ri(6, 23):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 0, hi: int = 24 * 3600 - 1) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.24", "8.21", "8.13", "8.06", "8.17", "8.05", "4.03", "4.05"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}"])

    def do_number(self) -> str:
        """Number pre-printed on a Declaração de Óbito form (not labelled)."""
        return f"{self.d(8)}-{self.d(1)}"

    def matricula_certidao(self, year: int) -> str:
        """32-digit matrícula of a civil-registry death certificate (not labelled)."""
        return f"{self.d(6)} 01 55 {year} 4 {self.d(5)} {self.d(3)} {self.d(7)} {self.d(2)}"

    def nb(self) -> str:
        """INSS benefit number (NB), 10 digits (not labelled)."""
        n = self.d(10)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}"

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
            return self.pick([f"CRESS/{uf} {self.d(5)}", f"CRESS {self.ri(1, 25)}ª Região nº {self.d(5)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "ó"), ("h", "li"), ("A", "Á")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply zero to two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate * (2 if digits else 1)):
            continue
        opts = [(a, b) for a, b in table if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
    return s


def cid_for(g: Gen, p: Person) -> str:
    """A basic cause of death (ICD-10) compatible with the person's sex."""
    return g.pick([c for c in CIDS if c != ("C61" if p.female else "C50.9")])


def typo(s: str, g: Gen) -> str:
    """A typing slip in a name (swapped, dropped, doubled or replaced letter); never the same string."""
    for _ in range(20):
        i = g.ri(1, len(s) - 2)
        if not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        kind = g.pick(["swap", "drop", "double", "sub"])
        if kind == "swap":
            out = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif kind == "drop":
            out = s[:i] + s[i + 1:]
        elif kind == "double":
            out = s[:i] + s[i] + s[i:]
        else:
            sub = {"t": "d", "d": "t", "s": "z", "z": "s", "e": "i", "i": "e", "o": "u", "u": "o", "l": "u", "v": "b", "b": "v",
                   "n": "m", "m": "n", "c": "s", "g": "j", "j": "g", "a": "e"}
            if s[i].lower() not in sub:
                continue
            r = sub[s[i].lower()]
            out = s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1:]
        if out != s:
            return out
    return s + "a" if not s.endswith("a") else s[:-1]


def age_at(born: tuple[int, int, int], on: datetime.date) -> int:
    dd, mm, yy = born
    return on.year - yy - ((on.month, on.day) < (mm, dd))


def dbr(d: datetime.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a (value, None) tuple or a plain value is text."""
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+----+ ruled table ('plus'), a plain fixed-width one ('plain'), a psql one ('psql') or a
    pipe-ruled register ('pipe')."""
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
        doc.t("  ".join("=" * w for w in widths) + "\n")
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
            q = sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def jval(doc: Doc, v, indent: int) -> None:
    """Write a JSON value; a (str, LABEL) tuple is a string whose content is a gold span."""
    pad = " " * indent
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        doc.t("{\n")
        items = list(v.items())
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        if not v:
            doc.t("[]")
            return
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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


BANK_DOMAINS = {"Banco do Brasil": "bb.com.br", "Bradesco": "bradesco.com.br", "Itaú": "itau-unibanco.com.br", "Caixa": "caixa.gov.br",
                "Santander": "santander.com.br", "Sicoob": "sicoob.com.br", "Sicredi": "sicredi.com.br", "Banrisul": "banrisul.com.br",
                "Banco do Nordeste": "bnb.gov.br"}


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company).lower()).split()
         if x not in ("de", "da", "do", "dos", "ltda", "e", "sa", "funeraria", "grupo", "servicos", "hospital", "plano",
                      "seguros", "seguradora", "municipal", "regional", "dr", "banco", "nossa", "senhora", "das")]
    return "".join(w[:2]) + ".com.br"


# TEMPLATES_START
class Dead:
    """A deceased person: name, birth date (labelled) and death date (never labelled)."""

    def __init__(self, g: Gen, female: bool | None = None, era: str = "old", origin: str | None = None,
                 lo: int = 1926, hi: int = 1972):
        self.p = g.person(female=female, origin=origin, era=era)
        a, b = {"old": (1925, 1958), "mid": (1955, 1985), "young": (1982, 2008)}[era]
        if max(lo, a) <= min(hi, b):
            lo, hi = max(lo, a), min(hi, b)
        self.born = g.dob_parts(lo, hi)
        self.died = g.death()
        self.age = age_at(self.born, self.died)

    def set_death(self, d: datetime.date) -> "Dead":
        self.died = d
        self.age = age_at(self.born, d)
        return self

    def dob(self, fmt: str = "br") -> str:
        return fmt_date(*self.born, fmt)

    def dod(self, fmt: str = "br") -> str:
        return dbr(self.died, fmt)


def fem_place(h: str) -> bool:
    return fold(h).lower().startswith(("santa casa", "upa", "policlinica", "capela", "sala"))


def no(h: str) -> str:
    """ "no Hospital ..." / "na Santa Casa ..." """
    return ("na " if fem_place(h) else "no ") + h


def do(h: str) -> str:
    return ("da " if fem_place(h) else "do ") + h


def dele(p: Person) -> str:
    return "dela" if p.female else "dele"


def rel_word(of: Person, kind: str) -> str:
    """Kinship word agreeing with the gender of `of` (kind: filho, pai, esposo, irmão, neto, avô)."""
    f = of.female
    return {"filho": "filha" if f else "filho", "pai": "mãe" if f else "pai", "esposo": "esposa" if f else "esposo",
            "irmão": "irmã" if f else "irmão", "neto": "neta" if f else "neto", "avô": "avó" if f else "avô",
            "viúvo": "viúva" if f else "viúvo", "sobrinho": "sobrinha" if f else "sobrinho"}[kind]


# =========================================================================== atendimento

def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export: a funeral home's 24h business account and a relative after a death at home."""
    doc = Doc()
    fun = g.pick(FUNERARIAS).replace(" Ltda.", "")
    att = g.person(era=g.pick(["mid", "young"]))
    dead = Dead(g)
    fam = g.child(dead.p)
    tit = dead.p if g.chance(0.4) else g.spouse(dead.p, era="old")
    doc_m = g.person()
    dr = ("a dra", "ela") if doc_m.female else ("o dr", "ele")
    ios = g.chance(0.5)
    secs = sorted(g.rng.sample(range(18 * 3600, 24 * 3600), 12))
    ts = [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]
    day = dead.dod()
    att_named = g.chance(0.2)  # the business account shows the attendant's name in some exports
    fam_named = g.chance(0.15)  # the relative saved in the phone book, otherwise shown by number
    fam_phone = g.phone(g.pick(["plus", "par"]))
    doc.t("Conversa do WhatsApp com ")
    doc.t(fun + "\n") if fam_named else doc.f("«w»\n", w=(fam_phone, "PHONE_NUMBER"))
    doc.t("As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n")

    def line(i: int, who: str, msg: str, **kw) -> None:
        doc.t(f"[{day} {ts[i]}:{secs[i] % 60:02d}] " if ios else f"{day} {ts[i]} - ")
        if who == "a":
            doc.f("«n» | «f»", n=P(att.first), f=fun) if att_named else doc.t(fun)
        else:
            doc.e(fam.short, "PERSON") if fam_named else doc.e(fam_phone, "PHONE_NUMBER")
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    rel = rel_word(dead.p, "pai")
    line(0, "f", g.pick(["boa noite, «r» acabou de falecer aqui em casa, preciso da remoção",
                         "oi, preciso de ajuda, «r» faleceu agora a pouco em casa. vcs fazem remoção?",
                         "Boa noite. Infelizmente «r» partiu agora. Temos o plano com vocês"]), r=("minha " if dead.p.female else "meu ") + rel)
    line(1, "a", "Boa noite. Meus sentimentos 🙏 Aqui é «a», do plantão. O médico já constatou o óbito? Se não houver médico "
         "que acompanhava, o corpo vai pro SVO.", a=P(att.first))
    if g.chance(0.5):
        line(2, "f", "«d» «dm» da UBS acompanhava, «e» disse que vem assinar a declaração", d=dr[0], e=dr[1],
             dm=P(g.pick([doc_m.first, doc_m.short])))
    else:
        line(2, "f", "o médico do posto que acompanhava já vem, ele disse que assina a declaração")
    line(3, "f", "meu email pra mandar os documentos é «e»", e=(g.email(fam), "EMAIL_ADDRESS"))
    line(4, "a", "Ótimo. Me passa por favor nome completo, data de nascimento e CPF d«o» falecid«o», e o número do contrato se tiver",
         o=dead.p.o)
    line(5, "f", "«n» «nasc» «dob» cpf «cpf»", n=P(g.pick([dead.p.full, dead.p.caps, dead.p.low])),
         nasc=g.pick(["nasc", "nascid" + dead.p.o + " em", "dn"]), dob=(dead.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
         cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    line(6, "a", "Localizei o contrato «ct», titular «t» (CPF «tc»). Plano ativo, em dia até «m». Cobre remoção, urna, velório de 24h e "
         "sepultamento.", ct=g.d(6), t=P(tit.caps), tc=V(g.masked_cpf()) if g.chance(0.4) else (g.cpf(), "BR_CPF"),
         m=f"{dead.died.month:02d}/{dead.died.year}")
    line(7, "a", "Qual o endereço pra equipe buscar?")
    line(8, "f", "«ad» «b» cep «cep». «ref»", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower(),
         cep=(g.cep(g.chance(0.6)), "BR_CEP"), ref=g.pick(["do lado da padaria Aurora", "portão branco", "casa de esquina com a farmácia São Bento",
                                                          "perto da igreja da Glória", ""]))
    line(9, "a", "A equipe já está saindo, carro «pl». Previsão de 40 min. Vou precisar do RG e CPF de quem vai declarar o óbito no cartório.",
         pl=(g.plate(), "LICENSE_PLATE"))
    line(10, "f", "sou eu mesm«o». «n», rg «rg» cpf «c». ela queria ser enterrada no «cem»".replace("ela", "ela" if dead.p.female else "ele")
         .replace("enterrada", "enterrad" + dead.p.o), o=fam.o, n=P(fam.full), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
         cem=g.pick(CEMITERIOS))
    line(11, "a", "Anotado. Qualquer coisa meu direto é «ph». Que Deus conforte vocês 🙏", ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def at_ordem_servico(g: Gen) -> Doc:
    """A funeral home's service order ("Campo: valor" form) with the deceased, declarant and plan."""
    doc = Doc()
    fun = g.pick(FUNERARIAS)
    dead = Dead(g, era=g.pick(["old", "old", "mid"]), lo=1930, hi=1985)
    dec = g.child(dead.p)
    mother = g.person(female=True, era="old")
    spouse = g.spouse(dead.p, era="old")
    city, uf = g.city()
    agent = g.person()
    cremation = g.chance(0.3)
    doc.f("«fun»\nCNPJ «cnpj» · Plantão 24h «pl24»\n\nORDEM DE SERVIÇO FUNERÁRIO Nº «os»/«y»        Emissão: «em» «hm»\n"
          "Atendente/agente funerári«ao»: «ag»\n\n",
          fun=fun.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), pl24=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          os=g.d(5), y=dead.died.year, em=dead.dod(), hm=f"{(th := g.ri(1, 20)) + g.ri(1, 3):02d}:{g.ri(0, 59):02d}", ao=agent.o, ag=P(g.pick([agent.full, agent.short])))
    fields = [("Nome do(a) falecido(a)", P(g.pick([dead.p.caps, dead.p.caps_fold, dead.p.full]))),
              ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (dead.dob(g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")),
              ("Idade", V(f"{dead.age} anos")),
              ("Data/hora do óbito", V(f"{dead.dod()} {th:02d}:{g.ri(0, 59):02d}")),
              ("Local do óbito", V(g.pick(HOSPITAIS + ["residência", "residência", "via pública (SVO)",
                                                        "pronto-socorro da UPA 24h Vila Aurora"]))),
              ("Estado civil", V(("casad" if g.chance(0.5) else "viúv") + dead.p.o)),
              ("Cônjuge", P(spouse.full)),
              ("Nome da mãe", P(mother.full)),
              ("Último endereço", (g.address(), "ADDRESS")),
              ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
              ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.6):
        fields.insert(3, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.4):
        fields.insert(3, ("Cartão SUS", (g.cns(), "BR_CNS")))
    doc.t("1. DADOS DO(A) FALECIDO(A)\n")
    for k, v in fields:
        doc.t(f"  {k}: ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\n2. DECLARANTE / CONTRATANTE\n  Nome: «n»   Parentesco: «par»\n  CPF: «cpf»   RG: «rg»\n  Telefones: «t» / «t2»   E-mail: «e»\n",
          n=P(dec.full), par=rel_word(dec, "filho"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(g.pick(["par", "plain", "dash"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          e=(g.email(dec), "EMAIL_ADDRESS"))
    plan = g.chance(0.6)
    if plan:
        tit = g.pick([dead.p, spouse, dec])
        doc.f("\n3. PLANO\n  «pl» — contrato «ct» — titular: «t» — situação: «st»\n",
              pl=g.pick(PLANOS), ct=g.d(7), t=P(tit.caps_fold if g.chance(0.5) else tit.full),
              st=g.pick(["ATIVO (em dia)", "ATIVO — 2 parcelas em aberto", "CARÊNCIA (adesão há 4 meses)"]))
    else:
        doc.t("\n3. PLANO\n  particular (sem plano)\n")
    wreath = g.person(female=not dead.p.female, era="old")
    doc.f("\n4. SERVIÇOS\n  Urna: «u»\n  Tanatopraxia: «tan»\n  Ornamentação: flores do campo + coroa («cor»)\n  Dizeres da faixa: \"",
          u=("urna ecológica para cremação" if cremation else g.pick([u for u in URNAS if "infantil" not in u and "cremação" not in u])),
          tan=g.pick(["sim (velório > 12h)", "não", "sim — traslado"]),
          cor=g.pick(["rosas brancas", "crisântemos", "lírios e flores do campo"]))
    if g.chance(0.3):  # the ribbon names the widow(er): a PERSON
        doc.f("«a» «w» e filhos", a=g.pick(["Saudades de su" + ("a esposa" if wreath.female else "eu esposo"), "Homenagem de"]),
              w=P(wreath.first))
    else:
        doc.t(g.pick(["Saudades eternas de seus filhos e netos", "Descanse em paz", "Com amor, da família", "Eternas saudades"]))
    doc.f("\"\n  Velório: «cap», das «h1» às «h2»\n  «dest»\n  Carro funerário: «mod» placa «placa» — equipe «mot»\n\n",
          cap=g.pick(CAPELAS), h1=f"{(hh := g.ri(13, 22)):02d}:00", h2=f"{g.pick([hh - 10, hh - 8, 9, 10]) % 24:02d}:00 do dia seguinte",
          dest=("Cremação: " + g.pick(CREMATORIOS)) if cremation else
          f"Sepultamento: {g.pick(CEMITERIOS)}, quadra {g.ri(1, 60)}, lote {g.ri(1, 900)}, gaveta {g.ri(1, 3)}",
          mod=g.pick(["Fiat Doblò", "Chevrolet Spin", "Renault Master", "Mercedes Sprinter"]), placa=(g.plate(), "LICENSE_PLATE"),
          mot=g.pick(["R1", "R2", "plantão noturno", "remoção 03"]))
    rows = [("Urna", g.money(900, 6000)), ("Ornamentação e coroa", g.money(250, 900)), ("Taxa de velório (capela)", g.money(180, 600)),
            ("Taxa de sepultamento / cremação", g.money(300, 4500)), ("Remoção", g.money(150, 800))]
    doc.t("5. VALORES\n")
    for k, v in rows:
        doc.t(f"  {k:<32} R$ {v:>10}\n")
    doc.f("  Pagamento: «fp»\n\nDeclaro que as informações acima são verdadeiras. «city», «d».\n\n______________________\nDeclarante\n",
          fp=g.pick([f"cartão de crédito {g.masked()} em 6x", "Pix (chave CNPJ da funerária)", "coberto pelo plano — excedente R$ " + g.money(100, 900),
                     "boleto em 3x"]), city=city, d=dead.dod("long"))
    return doc


def join_names(doc: Doc, names: list[str]) -> None:
    """Write "A, B e C" with each name a PERSON span."""
    for k, n in enumerate(names):
        if k:
            doc.t(" e " if k == len(names) - 1 else ", ")
        doc.e(n, "PERSON")


def at_obituario(g: Gen) -> Doc:
    """A local newspaper's obituary column: death notices, a seventh-day mass, a company's note, burials."""
    doc = Doc()
    city, uf = g.city()
    paper = g.pick([f"Gazeta de {city}", f"Jornal de {city}", f"Folha de {city}", "O Diário da Aurora", "Tribuna Regional",
                    "A Voz do Vale", "Folha do Sertão Central", f"Correio de {city}"])
    day = g.death()
    doc.f("«p» — «c» («uf»), «wd», «d»\nFALECIMENTOS\n\n", p=paper.upper(), c=city, uf=uf, wd=WEEKDAYS[day.weekday()], d=dbr(day, "long"))
    order = g.rng.sample(["a", "a", "b", "c", "d", "e"], g.pick([2, 3, 3]))
    for kind in order:
        if kind == "a":
            dead = Dead(g, lo=1925, hi=1960)
            p = dead.p
            sp = g.spouse(p, era="old")
            kids = [g.child(p) for _ in range(g.ri(1, 3))]
            doc.f("† «n», «a» anos\n", n=P(g.pick([p.caps, p.full])), a=dead.age)
            if g.chance(0.7):
                doc.f("Nascid«o» em «dob», em «nat», f", o=p.o, dob=(dead.dob(g.pick(["long", "br"])), "DATE_OF_BIRTH"),
                      nat=g.pick(CITIES)[0])
            else:
                doc.t("F")
            doc.f("aleceu «when», «h». Era «st» «sp». Deixa «fs» ", when=g.pick(["ontem", "na madrugada de ontem", f"no dia {max(1, day.day - g.ri(1, 3))}"]),
                  fs=("os filhos" if len(kids) > 1 else rel_word(kids[0], "filho").replace("filha", "a filha").replace("filho", "o filho")),
                  h=no(g.pick(HOSPITAIS)), st=g.pick(["viúv" + p.o + " de", "casad" + p.o + " com"]), sp=P(g.pick([sp.full, sp.short])))
            join_names(doc, [g.pick([k.first, k.first, k.full]) for k in kids])
            bios = ["Devota de Nossa Senhora das Dores, participava do grupo de oração da paróquia.",
                    "Agricultor" + ("a" if p.female else "") + ", plantou café por 40 anos no Sítio Boa Esperança.",
                    f"Foi uma vitória ter chegado aos {dead.age}, dizia a família.",
                    "Professor" + ("a" if p.female else "") + f" aposentad{p.o} da Escola Estadual Prudente de Morais.",
                    "Comerciante, manteve por décadas a Mercearia Flor do Vale, no centro."]
            if p.nick != p.first:
                bios += [f"Conhecid{p.o} como «nk», era querid{p.o} por toda a vizinhança.",
                         "«nk», como todos chamavam, sentia muitas dores desde o AVC do ano passado."]
            doc.f(", «n1» netos«n2». " + g.pick(bios) + " O velório acontece na «cap», e o «fim» às «h», no «cem».\n\n",
                  n1=g.ri(2, 14), n2=g.pick(["", "", f" e {g.ri(1, 6)} bisnetos"]), cap=g.pick(CAPELAS), fim=g.pick(["sepultamento será", "enterro será"]),
                  h=f"{g.ri(9, 17)}h", cem=g.pick(CEMITERIOS), nk=P(p.nick))
            if g.chance(0.8):
                doc.text = doc.text[:-2]
                doc.f(" Contato da família: «t».\n\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        elif kind == "b":
            p = g.person(era="old")
            padre = g.person(female=False)
            doc.f("MISSA DE 7º DIA\nA família de «n» agradece as manifestações de carinho e convida parentes e amigos para a missa de "
                  "sétimo dia, «wd», às «h», na «ig», celebrada pelo «t» «pd».\n\n",
                  n=P(g.pick([p.full, p.caps])), wd=g.pick(WEEKDAYS[:6]), h=f"{g.ri(7, 19)}h",
                  ig=g.pick([i for i in IGREJAS if ("Nossa Senhora" in i or "São" in i or "Socorro" in i) and "Ortodoxa" not in i]),
                  t=g.pick(["Padre", "Pe.", "Frei", "Monsenhor", "Cônego"]), pd=P(g.pick([padre.full, padre.short, padre.first])))
        elif kind == "c":
            p = g.person(era="old")
            emp = g.child(p)
            comp = g.pick(["Cooperativa Agroindustrial Aurora", "Supermercados Bento", "Cerâmica São Bento", "Metalúrgica Prudente",
                           "Colégio Vitória", "Rádio Luz FM", "Farmácia Celeste"])
            doc.f("NOTA DE PESAR\nA diretoria da «c» lamenta profundamente o falecimento de «n», «r» d«o» noss«o» colaborador«a» «e», "
                  "e se solidariza com familiares e amigos neste momento de dor. «w».\n\n",
                  c=comp, n=P(p.full), r=rel_word(p, "pai"), o=emp.o, a="a" if emp.female else "", e=P(g.pick([emp.full, emp.short])),
                  w=g.pick(["Que descanse em paz", "Nossos sentimentos", "Que a luz eterna " + ("a" if p.female else "o") + " ilumine"]))
        elif kind == "d":
            cem = g.pick(CEMITERIOS)
            doc.f("SEPULTAMENTOS DE ONTEM — «c»\n", c=cem)
            for _ in range(g.ri(2, 3)):
                dd = Dead(g, era=g.pick(["old", "old", "mid", "young"]), lo=1925, hi=2005)
                doc.t("• ")
                doc.e(g.pick([dd.p.full, dd.p.caps_fold]), "PERSON")
                doc.t(f", {dd.age} anos, {g.pick(BAIRROS)}\n")
            doc.t("\n")
        else:
            dead = Dead(g, origin=g.pick(["jw", "jw", "ar", "jp", "de", "it", "pt"]), lo=1930, hi=1960)
            p = dead.p
            jew = p.surnames[-1] in FOREIGN["jw"][2]
            doc.f("«n» (Z\"L)\n" if jew else "«n»\n", n=P(p.full))
            doc.f("Faleceu aos «a» anos. Deixa «r» «s», filhos e netos. ", a=dead.age,
                  r="a esposa" if not p.female else "o esposo", s=P(g.spouse(p, era="old").first))
            doc.f("O «cult» será na residência da família, «ad», a partir das «h». «cem»Contato: «t».\n\n",
                  cem="O sepultamento foi no Cemitério Israelita, conforme a tradição. " if jew else "",
                  cult="período de condolências (shivá)" if jew else g.pick(["terço", "culto em memória", "recebimento das visitas"]),
                  ad=(g.address(), "ADDRESS"), h=f"{g.ri(14, 19)}h", t=(g.phone(), "PHONE_NUMBER"))
    fun = g.pick(FUNERARIAS)
    doc.f("Informações sobre velórios: «f» — «t»«w»\n", f=fun, t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.4)), "PHONE_NUMBER"),
          w=g.pick(["", " (24h)", ". Envie sua nota: obituario@" + dom_of(paper)]))
    return doc


def at_memorial(g: Gen) -> Doc:
    """JSON export of an online memorial page (guest book of condolences) from a funeral home's site."""
    doc = Doc()
    fun = g.pick(FUNERARIAS)
    dead = Dead(g, era=g.pick(["old", "mid"]), lo=1930, hi=1980)
    p = dead.p
    resp = g.child(p)
    doc.f("GET /api/v2/memoriais/«id»?incluir=mensagens  →  200 OK  («ms» ms)\n", id=g.hexs(12), ms=g.ri(40, 900))
    msgs = []
    stamps = g.stamps(g.ri(2, 4), 6, "iso", start=dead.died)
    kid = g.child(p)
    relp = g.pick([p.first, p.nick])
    tpls = g.rng.sample([
            ("«x», descanse em paz. Foi uma luz na vida de todos nós 🕯️", dict(x=P(relp))),
            ("Meus sentimentos à família. «x» vai fazer muita falta na rua «r».", dict(x=P(p.first), r=g.pick(STREET_NAMES))),
            ("Que a aurora de um novo dia traga conforto. Com carinho, «s» e família", dict(s=P(g.person().first))),
            ("«x» foi meu professor" + ("a" if p.female else "") + " e nunca vou esquecer. Força, família!", dict(x=P(g.pick([p.nick, p.first])))),
            ("Glória a Deus pela vida d" + p.o + " «x». Oramos pela família.", dict(x=P(p.short))),
            ("Lembro d" + p.o + " «x» na quermesse da Paróquia São Bento, sempre com aquele sorriso. Força, «k».", dict(x=P(p.nick), k=P(kid.first))),
            ("Tenham fé. Ela nos deixa a esperança do reencontro. Um abraço apertado em todos.", {}),
        ], len(stamps))
    for ts, tpl in zip(stamps, tpls):
        a = g.person(era=g.pick(["mid", "young", "old"]))
        msgs.append({"id": g.ri(10000, 99999), "autor": P(g.pick([a.full, a.short, a.low, a.first])) if g.chance(0.7) else "Anônimo",
                     "email": (g.email(a), "EMAIL_ADDRESS"), "whatsapp": (g.phone("e164"), "PHONE_NUMBER") if g.chance(0.6) else None,
                     "ip": (g.ip(), "IP_ADDRESS"), "enviada_em": ts,
                     "texto": tpl, "aprovada": g.chance(0.85), "moderador": g.pick(["mod_" + g.d(3), "auto", login(g.person())])})
    obj = {"id": g.hexs(12), "funeraria": fun, "falecido": {"nome": P(p.full), "nascimento": (dead.dob("iso"), "DATE_OF_BIRTH"),
                                                           "falecimento": dead.dod("iso"), "cidade": g.pick(CITIES)[0],
                                                           "foto_url": f"https://cdn.{dom_of(fun)}/m/{g.hexs(16)}.jpg"},
           "velorio": {"local": g.pick(CAPELAS), "inicio": dbr(dead.died, "iso") + f"T{g.hm()}:00-03:00"},
           "responsavel": {"nome": P(resp.full), "cpf": (g.cpf("raw"), "BR_CPF"), "email": (g.email(resp), "EMAIL_ADDRESS"),
                           "telefone": (g.phone("e164"), "PHONE_NUMBER")},
           "visitas": g.ri(40, 2400), "velas_acesas": g.ri(3, 300), "mensagens": msgs}
    # message texts are written through a small template so that the names inside become spans
    _json_with_texts(doc, obj)
    doc.t("\n")
    return doc


def _json_with_texts(doc: Doc, v, indent: int = 0) -> None:
    pad = " " * indent
    if isinstance(v, dict):
        doc.t("{\n")
        items = list(v.items())
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            if key == "texto":
                tpl, kw = val
                doc.t('"')
                doc.f(tpl, **kw)
                doc.t('"')
            else:
                _json_with_texts(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        doc.t("[\n")
        for k, val in enumerate(v):
            doc.t(pad + "  ")
            _json_with_texts(doc, val, indent + 2)
            doc.t(",\n" if k < len(v) - 1 else "\n")
        doc.t(pad + "]")
    else:
        jval(doc, v, indent)


def at_callcenter(g: Gen) -> Doc:
    """Automatic transcription (speech-to-text, lower case, no accents) of a funeral plan's 24h call."""
    doc = Doc()
    plan = g.pick(PLANOS)
    att = g.person(era=g.pick(["mid", "young"]))
    dead = Dead(g, lo=1930, hi=1965)
    p = dead.p
    cl = g.child(p)
    hosp = g.pick([h for h in HOSPITAIS if not fem_place(h)])
    lo = lambda s: fold(s).lower()  # noqa: E731
    doc.f("[transcricao automatica — central 24h «pl» — chamada «id» — duracao 00:«mm»:«ss» — fila OBITO — agente «lg»]\n\n",
          pl=plan, id=g.hexs(10), mm=f"{g.ri(4, 14):02d}", ss=f"{g.ri(0, 59):02d}", lg=login(att) + g.d(2))
    A, C = "atendente: ", "cliente: "
    doc.f(A + "«pl» boa noite meu nome e «a» com quem eu falo\n", pl=lo(plan), a=P(lo(att.first)))
    doc.f(C + "e «c» «r» do «x» ele faleceu agora no «h»\n".replace("ele", "ela" if p.female else "ele").replace("do «x»", ("da «x»" if p.female else "do «x»")),
          c=P(lo(g.pick([cl.first, cl.short]))), r=lo(rel_word(cl, "filho")), x=P(lo(g.pick([p.first, p.nick, p.short]))), h=lo(hosp))
    doc.f(A + "meus sentimentos vou precisar de alguns dados o plano esta no nome de quem\n")
    doc.f(C + "no nome del«e» mesmo «n»\n", e="a" if p.female else "e", n=P(lo(p.full)))
    doc.f(A + "o cpf del«e» por favor\n" + C + "«cpf»\n", e="a" if p.female else "e", cpf=(g.cpf(g.pick(["sp", "raw"])), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«dob»\n", dob=(lo(dead.dob(g.pick(["long", "br", "nopad"]))), "DATE_OF_BIRTH"))
    doc.f(A + "localizei aqui contrato «ct» esta em dia o plano cobre a urna o velorio e o translado ate «km» quilometros "
          "voces ja tem o local do velorio\n", ct=" ".join(g.d(3) for _ in range(2)), km=g.pick([50, 100, 150]))
    mae = g.person(female=True, era="old")
    dest = g.pick(["cremar que era a vontade del" + ("a" if p.female else "e"), "enterrar no " + lo(g.pick(CEMITERIOS)),
                   "levar pra enterrar em " + lo(g.pick(CITIES)[0]) + " junto da mae del" + ("a" if p.female else "e") + " dona «mae»"])
    doc.f(C + "a gente queria " + no(lo(g.pick(CAPELAS))) + " e depois " + dest + "\n", mae=P(lo(g.pick([mae.first, mae.nick]))))
    doc.f(A + "certo e o endereco da residencia del«e» para o cadastro\n" + C + "«ad» bairro «b» cep «cep»\n",
          e="a" if p.female else "e", ad=(g.address("stt"), "ADDRESS"), b=lo(g.pick(BAIRROS)), cep=((c8 := g.cep(False))[:5] + " " + c8[5:], "BR_CEP") if g.chance(0.4) else (g.cep(False), "BR_CEP"))
    doc.f(A + "um telefone pra equipe entrar em contato\n" + C + "«t» e o meu whatsapp\n" + A + "e o seu rg ou cpf por favor\n" + C + "rg «rg» cpf «cc»\n",
          t=(g.phone("stt"), "PHONE_NUMBER"), rg=(g.rg("raw"), "BR_RG"), cc=(g.cpf("sp"), "BR_CPF"))
    doc.f(A + "anotado a equipe da «fun» vai ate o «h» retirar o corpo assim que a declaracao de obito for assinada "
          "o protocolo e «pr» seria prudente ja separar o rg e a certidao de casamento del«e»\n",
          fun=lo(g.pick(FUNERARIAS).replace(" Ltda.", "")), h=lo(hosp), pr=" ".join(g.d(2) for _ in range(5)), e="a" if p.female else "e")
    doc.f(C + "ta bom obrigad«o»\n" + A + "«pl» agradece sua ligacao\n\n[fim da transcricao — confianca media 0,8«k» — revisado por: «rv»]\n",
          o=cl.o, pl=lo(plan), k=g.d(1), rv=g.pick(["nao revisado", "qa_" + g.d(3), login(g.person())]))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """A consumer complaint on a public complaints platform about a funeral service, with the company's reply."""
    doc = Doc()
    fun = g.pick(FUNERARIAS + PLANOS)
    c = g.person(era="mid")
    dead = Dead(g, lo=1930, hi=1970)
    rep = g.person()
    city, uf = g.city()
    wrong = typo(dead.p.first, g)
    h1 = g.ri(0, 18)
    d_reply = g.after(dead.died, 12, 40)
    doc.f("consumidor.gov.br — Reclamação «n»\nEmpresa: «f»   Situação: «st»\nAssunto: Serviços funerários — «as»\n\n",
          n=f"{dead.died.year}.{dead.died.month:02d}/{g.d(9)}", f=fun, st=g.pick(["Respondida", "Finalizada não avaliada", "Finalizada avaliada"]),
          **{"as": g.pick(["cobrança indevida", "má prestação do serviço", "cancelamento de plano", "recusa de cobertura"])})
    doc.f("DADOS DO CONSUMIDOR (visíveis para a empresa)\nNome: «n»\nCPF: «cpf»\nData de nascimento: «dob»\nE-mail: «e»\n"
          "Celular: «t»   Telefone fixo: «t2»\nEndereço: «ad» — «city»/«uf» — CEP «cep»\n\n",
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 1995), "DATE_OF_BIRTH"), e=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.f("RELATO\n«r» «x» faleceu em «dd» e acionamos o plano às «h1». A remoção só chegou depois das «h2», o corpo ficou "
          "«hh» horas em casa. No velório a coroa veio com flores murchas e, pior, a placa da gaveta saiu com o nome errado: \"«w»\" em vez de "
          "«x2». O atendente disse que trocaria em 10 dias e até hoje nada. Ainda cobraram R$ «v» de \"taxa de capela\" que o "
          "contrato «ct» diz que está incluída. Já liguei no «sac» umas 6 vezes (protocolos «p1» e «p2»).\n\n",
          r=g.pick(["Minha mãe", "Minha avó", "Minha tia", "Minha sogra"] if dead.p.female else ["Meu pai", "Meu avô", "Meu esposo", "Meu tio"]),
          x=P(dead.p.full), dd=dead.dod(), h1=f"{h1:02d}:{g.ri(0, 59):02d}", h2=f"{h1 + (hh := g.ri(4, 6)):02d}:{g.ri(0, 59):02d}", hh=hh,
          w=P(wrong + " " + " ".join(dead.p.surnames)), x2=P(dead.p.first), v=g.money(150, 900), ct=g.d(7),
          sac=g.pick(["0800 " + g.d(3) + " " + g.d(4), "SAC", "4004-" + g.d(4)]), p1=g.protocol(), p2=g.protocol())
    doc.f("PEDIDO\nTroca da placa com o nome correto e devolução em dobro da taxa (art. 42, parágrafo único, da Lei 8.078/1990).\n\n"
          "RESPOSTA DA EMPRESA («dr»)\nPrezad«o» «c», em nome da «f» lamentamos a perda e as falhas relatadas. A placa com o nome correto "
          "foi refeita e instalada em «di» (foto anexa). Quanto à taxa, providenciamos o estorno de R$ «v2» ", dr=dbr(d_reply),
          o=c.o, c=P(c.first), f=fun, di=dbr(g.after(d_reply, -4, -1)), v2=g.money(150, 900))
    if g.chance(0.5):
        doc.f("via Pix para a chave aleatória informada no atendimento («pix»).", pix=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("na conta informada (ag. «ag», c/c «cc», «b»).", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              b=g.pick(BANKS)[1])
    doc.f(" Seguimos à disposição.\n«rp» — Ouvidoria «f2»\n\nAVALIAÇÃO DO CONSUMIDOR\nResolvida: «rs»   Nota: «nt»\n«cm»\n",
          rp=P(g.pick([rep.full, rep.first])), f2=fun.split(" Ltda")[0], rs=g.pick(["Sim", "Não"]), nt=g.ri(1, 5),
          cm=g.pick(["A placa foi trocada mas o estorno não caiu.", "Resolveram, mas só depois da reclamação aqui.", "",
                     "Seria prudente a empresa treinar melhor a equipe do plantão."]))
    return doc


def at_cemiterio(g: Gen) -> Doc:
    """A municipal cemetery's burial register (fixed-width print-out) with exhumations and ossuary transfers."""
    doc = Doc()
    city, _uf = g.city()
    cem = g.pick(CEMITERIOS)
    adm = g.person()
    start = g.death()
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA DE SERVIÇOS URBANOS\nADMINISTRAÇÃO DO «cem»\n"
          "LIVRO DE REGISTRO DE SEPULTAMENTOS Nº «lv» — fls. «f1»/«f2» — impresso em «d» por «lg»\n\n",
          c=fold(city).upper(), cem=fold(cem).upper(), lv=g.ri(8, 40), f1=(f1 := g.ri(10, 190)), f2=f1 + 1, d=dbr(g.after(start, 3, 20)),
          lg=g.pick(["adm.cemiterio", login(adm), "sepult01"]))
    rows = []
    n = g.ri(3, 5)
    reg = g.ri(1000, 9000)
    days = sorted(g.after(start, 0, 12) for _ in range(n))
    for k in range(n):
        dd = Dead(g, era=g.pick(["old", "old", "mid", "young"]), lo=1926, hi=2008).set_death(g.after(days[k], -2, -1))
        conc = g.child(dd.p) if g.chance(0.6) else g.spouse(dd.p, era="old")
        social = g.chance(0.4)  # a free grave of the municipality: no private concession holder
        rows.append([V(str(reg + k)), V(dbr(days[k], "short")),
                     P(g.pick([dd.p.caps_fold, dd.p.inverted, dd.p.caps])), V(str(dd.age)),
                     (dd.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH") if g.chance(0.85) else V("--"),
                     V(f"Q{g.ri(1, 60):02d} L{g.ri(1, 900):03d} G{g.ri(1, 3)}" if g.chance(0.8) else f"OSS {g.ri(100, 2000)}"),
                     V("PREFEITURA (SOCIAL)") if social else P(g.pick([conc.caps_fold, conc.inverted])),
                     V("--") if social else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V("--") if social else (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(fold(g.pick(FUNERARIAS).replace("Funerária ", "").replace(" Ltda.", "")).upper()[:18]),
                     V(g.do_number())])
    table_ruled(doc, ["REG", "DATA", "FALECIDO(A)", "ID", "NASC", "QD/LT/GV", "CONCESSIONARIO", "CPF CONC", "TEL CONC", "FUNERARIA", "DO N"],
                rows, g.pick(["plain", "pipe", "plus"]))
    ex = Dead(g, lo=1930, hi=1975)
    req = g.child(ex.p)
    doc.f("\nOCORRÊNCIAS\n- Exumação da gaveta «gv» do lote «lt» (restos mortais de «x», sepultad«o» em «sy») e transferência para o ossuário "
          "nº «os», a pedido d«rqo» «rq» (RG «rg», CPF «rc», tel. «t»), taxa paga (guia «gu»). Acompanhou o sepultador de plantão.\n"
          "- Concessão perpétua do lote «lt2» transferida por falecimento do titular (escritura de inventário apresentada); novo "
          "titular CPF «nc».\n- Prazo de 3 anos p/ exumação vence em «pz»; notificar a família por carta.\n",
          gv=g.ri(1, 3), lt=g.ri(1, 900), x=P(g.pick([ex.p.full, ex.p.caps_fold])), o=ex.p.o, sy=g.ri(2012, 2021), os=g.ri(100, 2500),
          rqo=req.o, rq=rel_word(req, "filho"), rg=(g.rg(), "BR_RG"), rc=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), gu=g.neg(11),
          lt2=g.ri(1, 900), nc=(g.cpf(), "BR_CPF"), pz=g.date("br", g.ri(2026, 2028)))
    doc.f("\nVisto: «a» — Administrador(a)\n", a=P(adm.short) if g.chance(0.3) else V("(rubrica ilegível)"))
    return doc


AT = [at_whatsapp, at_ordem_servico, at_obituario, at_memorial, at_callcenter, at_reclamacao, at_cemiterio]


# =========================================================================== juridico

PROFS_F = ["aposentada", "do lar", "professora", "comerciante", "enfermeira", "servidora pública", "costureira", "agricultora",
           "auxiliar administrativa", "cabeleireira"]
PROFS_M = ["aposentado", "comerciante", "motorista", "professor", "pedreiro", "servidor público", "agricultor", "eletricista",
           "vendedor", "técnico em enfermagem"]


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, email: bool = True,
            civil: str | None = None, addr: bool = True) -> None:
    """Notarial / petition qualification of a natural person."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=civil or (g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o), prof=g.pick(PROFS_F if p.female else PROFS_M))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1945, 1995), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» da cédula de identidade RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SESP/" + uf, "SSP-" + uf, "PC/" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))


def ju_inventario(g: Gen) -> Doc:
    """Public deed of extrajudicial probate (inventário e partilha) at a notary: widow(er), heirs, spouses, assets."""
    doc = Doc()
    tab = g.pick(TABELIONATOS)
    city, uf = g.city()
    dead = Dead(g, lo=1935, hi=1965)
    p = dead.p
    widow = g.spouse(p, era="old")
    heirs = [g.child(p) for _ in range(g.pick([1, 2, 2, 3]))]
    esc = g.person()
    adv = g.person()
    deed = g.after(dead.died, 40, 300)
    doc.f("«tab» — Comarca de «c»/«uf»\nLIVRO «lv» — FOLHAS «f1»/«f2» — PROTOCOLO «pr»\n\n"
          "ESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA DOS BENS DEIXADOS POR «d»\n\n"
          "SAIBAM quantos esta pública escritura virem que, aos «dt», nesta cidade de «c», no «tab2», perante mim, «esc», "
          "Escrevente Autorizad«eo», compareceram as partes entre si justas e acordadas, a saber: como VIÚV«WO»-MEEIR«WO» e INVENTARIANTE, ",
          tab=tab.upper(), c=city, uf=uf, lv=g.ri(300, 2900), f1=(f1 := g.ri(1, 390)), f2=f1 + g.ri(3, 6), pr=g.d(6),
          d=P(p.caps), dt=dbr(deed, "long"), tab2=tab, esc=P(esc.full), eo=esc.o, WO=widow.o.upper())
    qualify(g, doc, widow, civil="viúv" + widow.o, dob=g.chance(0.5))
    doc.t("; e como HERDEIROS FILHOS: ")
    for k, h in enumerate(heirs):
        doc.t(f"{k + 1}) ")
        married = g.chance(0.4)
        qualify(g, doc, h, civil=("casad" + h.o) if married else ("solteir" + h.o), email=g.chance(0.5), addr=g.chance(0.7))
        if married:
            sp = g.spouse(h)
            doc.f(", casad«o» sob o regime da comunhão parcial de bens com «s», «sp», inscrit«o2» no CPF sob o nº «cpf», que comparece "
                  "para anuir", o=h.o, s=P(sp.caps), sp=g.pick(PROFS_F if sp.female else PROFS_M), o2=sp.o, cpf=(g.cpf(), "BR_CPF"))
        doc.t("; ")
    doc.f("todos assistidos pel«o» advogad«o» «a», inscrit«o» na «oab», com escritório na Avenida «av», nº «n», e-mail «e». "
          "Reconheço a identidade dos presentes e dou fé.\n\n",
          o=adv.o, a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), av=g.pick(STREET_NAMES), n=g.ri(10, 3000),
          e=(corp_mail(adv, g.pick(["advocacia.adv.br", dom_of(adv.last + " advogados")])), "EMAIL_ADDRESS"))
    doc.f("1. DO AUTOR DA HERANÇA: «d», nascid«o» em «dob», portador«a» do RG nº «rg», inscrit«o» no CPF sob o nº «cpf», "
          "falecid«o» em «dod», em «c», conforme certidão de óbito matrícula «mat», expedida pelo «cart». Não deixou testamento "
          "(busca negativa na CENSEC). Era casad«o» com a(o) inventariante sob o regime da comunhão universal de bens e residia na "
          "«ad», CEP «cep».\n\n",
          d=P(p.full), o=p.o, dob=(dead.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), a="a" if p.female else "",
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dod=dead.dod("long"), c=city, mat=g.matricula_certidao(dead.died.year),
          cart=g.pick(CARTORIOS), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("2. DOS BENS: (a) imóvel residencial situado na «ad», «b», objeto da matrícula nº «m» do «k»º Registro de Imóveis, "
          "avaliado em R$ «v1»; (b) veículo «mod», ano «ano», placa «pl», Renavam «rn», avaliado em R$ «v2»; (c) saldo da conta "
          "corrente nº «cc», agência «ag», do «bk», no valor de R$ «v3»",
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=f"{g.ri(1, 99)}.{g.d(3)}", k=g.ri(1, 4), v1=g.money(90000, 900000),
          mod=g.pick(["VW Gol 1.0", "Fiat Strada", "Chevrolet Onix", "Toyota Corolla", "Honda CG 160"]), ano=g.ri(2008, 2022),
          pl=(g.plate(), "LICENSE_PLATE"), rn=g.neg(11), v2=g.money(12000, 95000), cc=(g.account(), "BANK_ACCOUNT"),
          ag=(g.agency(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1], v3=g.money(800, 60000))
    if g.chance(0.5):
        doc.f("; (d) direitos sobre o jazigo perpétuo nº «j» do «cem», onde «o» autor da herança foi sepultad«o2»",
              j=g.ri(10, 3000), cem=g.pick(CEMITERIOS), o="a" if p.female else "o", o2=p.o)
    doc.f(".\n\n3. DA PARTILHA: «aw» viúv«wo»-meeir«wo» caberá a metade ideal de todos os bens; «n»\n\n"
          "4. DO IMPOSTO: ITCMD recolhido conforme guia nº «gu», paga em «gp», e certidões negativas apresentadas (CND federal, "
          "CNDT nº «cndt»).\n\nAssim o disseram, do que dou fé, nos termos da Lei 11.441/2007 e da Resolução CNJ nº 35/2007. "
          "Eu, escrevente, a lavrei. E eu, Tabeli«ta», a subscrevo.\n\n",
          wo=widow.o, aw="à" if widow.female else "ao", n=(f"a outra metade será dividida em partes iguais entre os {len(heirs)} herdeiros. O veículo fica atribuído por inteiro "
             "ao herdeiro nomeado em 1º lugar, que reporá aos demais o valor correspondente." if len(heirs) > 1 else
             "a outra metade caberá ao herdeiro único."),
          gu=g.neg(11), gp=dbr(g.after(dead.died, 20, 40)), cndt=g.d(8) + "/" + str(deed.year),
          ta=g.pick(["ã", "ão"]))
    doc.t("(seguem as assinaturas das partes, do advogado e do tabelião)\n")
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Initial petition at a small-claims court against a funeral plan that refused cover."""
    doc = Doc()
    city, uf = g.city()
    dead = Dead(g, lo=1935, hi=1970)
    a = g.child(dead.p)
    sib = g.child(dead.p)
    plan = g.pick(PLANOS)
    other = g.pick([f for f in FUNERARIAS if f != plan])
    adv = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          n=g.ri(1, 5), c=fold(city).upper(), uf=uf)
    qualify(g, doc, a, caps=True, dob=g.chance(0.4))
    doc.f(", telefone «t», por seu advogado que esta subscreve (procuração anexa), vem, respeitosamente, propor a presente\n\n"
          "AÇÃO DE OBRIGAÇÃO DE PAGAR C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «pl» LTDA., inscrita no CNPJ sob o nº «cnpj», "
          "com sede na Rua «rs», nº «rn», «c», pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\n"
          "1. «aut» é dependente do plano funerário nº «ct», cujo titular era «seu» genitor«a», «d» (CPF «dc»), falecid«o» em «dod», "
          "conforme certidão de óbito anexa.\n2. Acionada no mesmo dia pelo telefone da central, a ré recusou a cobertura alegando "
          "\"carência\" e \"parcelas em atraso\", embora o contrato estivesse ativo desde «ad» e as «np» parcelas estivessem quitadas "
          "(extrato anexo). Atendeu a ligação a preposta «pp», protocolo «pr».\n"
          "3. Sem alternativa, a família contratou às pressas a «of», pagando R$ «v» no cartão de crédito de um irmão d«ao» «aut2».\n"
          "4. O velório, que deveria durar a noite toda, durou 3 horas. Os fatos foram presenciados por duas testemunhas (rol anexo), "
          "com telefone «tt» para intimação.\n\nII — DO DIREITO\n\nA recusa viola a Lei 13.261/2016 e o art. 6º, VIII, da Lei 8.078/1990 (inversão do ônus da "
          "prova). O dano moral é evidente: a família, em luto, foi exposta a negociação de preços diante do corpo de «d2».\n\n"
          "III — DOS PEDIDOS\n\na) a condenação da ré ao reembolso de R$ «v»;\nb) indenização por danos morais de R$ «dm»;\n"
          "c) a citação da ré pelo e-mail juridico@«dom».\n\nDá-se à causa o valor de R$ «vc».\n\nNestes termos, pede deferimento.\n"
          "«c», «dt».\n\n«adv»\n«oab» — «ae»\n",
          seu="sua" if dead.p.female else "seu", aut="A autora" if a.female else "O autor", ao="a" if a.female else "o", aut2="autora" if a.female else "autor",
          t=(g.phone(), "PHONE_NUMBER"), pl=plan.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), rs=g.pick(STREET_NAMES), rn=g.ri(10, 2000), c=city,
          ct=g.d(7), a="a" if dead.p.female else "", d=P(dead.p.full), dc=(g.cpf(), "BR_CPF"), o=dead.p.o, dod=dead.dod(),
          ad=g.date("br", g.ri(2009, 2020)), np=g.ri(40, 180), pp=P(g.person(female=True).first), pr=g.protocol(), of=other,
          v=g.money(2800, 9000), s=P(sib.full), tt=(g.phone(), "PHONE_NUMBER"), d2=P(dead.p.first),
          dm=g.money(8000, 20000), dom=dom_of(plan), vc=g.money(15000, 30000), dt=dbr(g.after(dead.died, 20, 200), "long"), adv=P(adv.caps),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_exumacao(g: Gen) -> Doc:
    """OCR of a family court's decision ordering an exhumation for a post-mortem paternity DNA test."""
    doc = Doc()
    city, uf = g.city()
    dead = Dead(g, female=False, era=g.pick(["old", "mid"]), lo=1940, hi=1980)
    mother = g.person(female=True)
    kp = g.person(era="young")
    kid = Person(kp.given, [mother.last], kp.female)
    h1, h2 = g.child(dead.p), g.child(dead.p)
    perito = g.person()
    juiz = g.person()
    O = lambda s: ocr(s, g, 0.35)  # noqa: E731
    doc.f("«pj»\n«v»ª VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «c»\n\nProcesso nº «cnj»\nClasse: «cl»\n"
          "Requerente: «k» (menor) — CPF «kc», representad«ko» por sua genitora «m» — CPF «mc»\nRequeridos: «h1» — CPF «c1»; «h2» — CPF «c2» "
          "(herdeiros de «d»)\n\nDECISÃO\n\n",
          pj=O(f"PODER JUDICIÁRIO DO ESTADO {'DE ' + uf if g.chance(0.5) else '- ' + uf}"), v=g.ri(1, 6), c=fold(city).upper(),
          cnj=g.cnj(), cl=O("Investigação de Paternidade post mortem"), k=P(O(kid.caps)), ko=kid.o, m=P(O(mother.caps)),
          h1=P(O(h1.caps)), h2=P(O(h2.caps)), d=P(O(dead.p.caps)), kc=(g.cpf(), "BR_CPF"), mc=(g.cpf(), "BR_CPF"),
          c1=(g.cpf(), "BR_CPF"), c2=(g.cpf(), "BR_CPF"))
    doc.f(O("Vistos. Trata-se de ação de investigação de paternidade post mortem ajuizada pel") + "«ko» " + O("requerente, nascid") +
          "«ko» em «kd», " + O("em face dos herdeiros do investigado, falecido em ") + "«dod». " +
          O("Citados, os requeridos recusaram-se a fornecer material genético para o exame de DNA por parentesco, o que, "
            "nos termos da Súmula 301 do STJ, não afasta a necessidade de prova técnica.") + "\n\n" +
          O("Assim, DEFIRO a exumação dos restos mortais do investigado, sepultado no ") + "«cem», quadra «q», lote «l», "
          + O("para coleta de material genético, a ser realizada pelo Instituto Médico Legal sob a responsabilidade d") + "«po» "
          + O("perit") + "«po» " + O("médic") + "«po» " + O("legista ") + "«pe» («crm»), " +
          O("facultada a presença de assistentes técnicos. Oficie-se à administração do cemitério para que agende a diligência "
            "e comunique a família. O perfil genético será confrontado com o d" + kid.o + " requerente e o de sua genitora.") + "\n\n" +
          O("Intimem-se, inclusive o Ministério Público") + ".\n\n«c», «dt».\n\n«j»\n«ja» de Direito\n"
          "[documento assinado digitalmente — código de verificação «hx»]\n",
          ko=kid.o, kd=(ocr(fmt_date(*g.dob_parts(2010, 2019), "br"), g, 0.15, True), "DATE_OF_BIRTH"),
          dod=dead.dod(), cem=g.pick(CEMITERIOS),
          q=g.ri(1, 60), l=g.ri(1, 900), po=perito.o, pe=P(O(perito.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c=city, dt=dbr(g.after(dead.died, 300, 900), "long"), j=P(O(juiz.full)),
          ja="Juíza" if juiz.female else "Juiz", hx=g.hexs(8).upper())
    return doc


def ju_cessao(g: Gen) -> Doc:
    """Private deed assigning the rights over a perpetual burial plot, with the transfer of remains to the ossuary."""
    doc = Doc()
    city, uf = g.city()
    ced = g.person(era="old")
    ces = g.person()
    cem = g.pick(CEMITERIOS)
    orig = g.spouse(ced, era="old")
    doc.t("INSTRUMENTO PARTICULAR DE CESSÃO DE DIREITOS SOBRE JAZIGO PERPÉTUO\n\nCEDENTE: ")
    qualify(g, doc, ced, caps=True, civil="viúv" + ced.o, dob=g.chance(0.5))
    doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))
    doc.t(".\n\nCESSIONÁRI" + ces.o.upper() + ": ")
    qualify(g, doc, ces, caps=True)
    doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))
    doc.f(".\n\nCLÁUSULA 1ª — O CEDENTE é titular dos direitos de uso do jazigo perpétuo nº «j», quadra «q», do «cem», em «c»/«uf», "
          "concedido originalmente a «o» (falecid«oo» em «y»), conforme título de concessão nº «t» e termo de transferência averbado "
          "no livro da administração.\n\nCLÁUSULA 2ª — Os restos mortais ali sepultados (gavetas 1 e 2) serão exumados às "
          "expensas do CEDENTE e trasladados para o ossuário nº «os» do mesmo cemitério antes da entrega do jazigo, observado o "
          "prazo mínimo de 3 (três) anos do último sepultamento.\n\nCLÁUSULA 3ª — O preço é de R$ «v», pago neste ato ",
          j=g.ri(10, 4000), q=g.ri(1, 60), cem=cem, c=city, uf=uf, o=P(orig.full), oo=orig.o, y=g.ri(1990, 2018), t=g.d(5),
          os=g.ri(100, 2500), v=g.money(4000, 38000))
    if g.chance(0.5):
        doc.f("por Pix para a chave aleatória do CEDENTE «pix», servindo o comprovante como recibo.", pix=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("por transferência para a conta do CEDENTE no «bk», agência «ag», conta «cc».", bk=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    w1, w2 = g.person(), g.person()
    esc = g.person()
    doc.f("\n\nCLÁUSULA 4ª — A cessão só produz efeitos após anuência da administração do cemitério (Decreto municipal nº «dec»/«dy»).\n\n"
          "«c», «dt».\n\n_____________________ CEDENTE\n_____________________ CESSIONÁRI«co»\n\nTestemunhas:\n"
          "1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n\nReconheço por semelhança as firmas do CEDENTE e d«co2» CESSIONÁRI«co». «tab», «dt2». "
          "Escrevente: «esc». Selo digital «selo».\n",
          dec=g.ri(1000, 19999), dy=g.ri(1998, 2022), c=city, dt=dbr(sd := g.death(), "long"), co=ces.o.upper(), w1=P(w1.full), c1=(g.cpf(), "BR_CPF"),
          w2=P(w2.full), c2=(g.cpf(), "BR_CPF"), co2=ces.o, tab=g.pick(TABELIONATOS), dt2=dbr(g.after(sd, 0, 6)),
          esc=P(g.pick([esc.full, esc.short])), selo=f"{g.up(3)}{g.d(5)}-{g.up(2)}{g.d(2)}")
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney to a funeral agent plus a declaration of need for the municipal funeral benefit."""
    doc = Doc()
    city, _uf = g.city()
    dead = Dead(g, lo=1940, hi=1990, era=g.pick(["old", "mid"]))
    out = g.spouse(dead.p, era=g.pick(["old", "mid"]))
    ag = g.person()
    fun = g.pick(FUNERARIAS)
    doc.t("PROCURAÇÃO PARTICULAR\n\nOUTORGANTE: ")
    qualify(g, doc, out, caps=True, email=False)
    doc.f(".\nOUTORGAD«O»: «a», agente funerári«o» da «f», inscrit«o» no CPF sob o nº «cpf», RG «rg», celular «ac».\n\n"
          "PODERES: para, em nome d«oo» outorgante, promover o registro do óbito de «d», ocorrido em «dod», junto ao «cart», "
          "retirar o corpo «loc», requerer certidões e guias de sepultamento e requerer à Secretaria Municipal de Assistência "
          "Social o benefício eventual de auxílio-funeral, podendo assinar requerimentos e receber documentos.\n\n«c», «dt».\n\n"
          "_______________________\nOutorgante\n\n",
          o=ag.o, O=ag.o.upper(), a=P(ag.full), f=fun, cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ac=(g.phone(), "PHONE_NUMBER"), oo=out.o, d=P(dead.p.full), dod=dead.dod(),
          cart=g.pick(CARTORIOS), loc=no(g.pick(["IML de " + city, "SVO", "necrotério " + do(g.pick(HOSPITAIS))])), c=city, dt=dead.dod("long"))
    doc.f("DECLARAÇÃO DE HIPOSSUFICIÊNCIA — BENEFÍCIO EVENTUAL (AUXÍLIO-FUNERAL)\n\nEu, «n», NIS «nis», declaro, sob as penas da "
          "lei, que a renda mensal da minha família é de R$ «r», insuficiente para custear o funeral, e que a família é "
          "composta por:\n\n", n=P(out.full), nis=(g.pis(), "BR_PIS"), r=g.money(400, 2200))
    rows = []
    for _ in range(g.ri(1, 3)):
        k = g.child(dead.p, era="young")
        kd = g.dob("br", 2004, 2020)
        rows.append([P(g.pick([k.full, k.caps])), V(rel_word(k, "filho")), (kd, "DATE_OF_BIRTH"),
                     (g.pis(), "BR_PIS") if g.chance(0.4) else V("—"), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("não tem")])
    table_ruled(doc, ["Nome", "Parentesco", "Nascimento", "NIS", "CPF"], rows, g.pick(["plus", "plain"]))
    asoc = g.person(female=g.chance(0.8))
    doc.f("\nCadÚnico atualizado em «dc». Parecer: «par»\n«as» — Assistente Social — «cress»\nCRAS «cras»\n",
          dc=g.date("br"), par=g.pick(["DEFERIDO — urna padrão, translado e sepultamento no " + g.pick(CEMITERIOS) + ".",
                                         "deferido parcialmente (sem velório em capela).", "encaminhar à Secretaria para empenho."]),
          **{"as": P(asoc.full)}, cress=(g.council("CRESS"), "PROFESSIONAL_ID"),
          cras=g.pick(["Vila Esperança", "Centro", "Jardim Aurora", "Luz do Sertão", "São Bento"]))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """A law firm's tracking sheet of survivor-pension and probate cases (Markdown or ruled table) with notes."""
    doc = Doc()
    firm_p = g.person()
    firm = g.pick([f"{firm_p.last} & {g.person().last} Advogados Associados", f"Escritório {firm_p.last} Advocacia Previdenciária",
                   "Prudente & Amado Advogados", "Rosa, Luz & Branco Sociedade de Advogados"])
    lawyers = [g.person() for _ in range(3)]
    doc.f("«f» — controle de casos: pensão por morte / inventário — atualizado em «d» por «u»\n\n", f=firm, d=g.date("br"),
          u=P(lawyers[0].short) if g.chance(0.25) else V(login(lawyers[0])))
    rows = []
    for _ in range(g.ri(3, 4)):
        dead = Dead(g, lo=1935, hi=1985, era=g.pick(["old", "mid"]))
        cl = g.spouse(dead.p) if g.chance(0.6) else g.child(dead.p)
        kind = g.pick(["B21 adm", "B21 judicial", "inventário extraj.", "alvará 6.858", "B21 recurso CRPS"])
        rows.append([P(g.pick([cl.full, cl.caps_fold, cl.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), P(g.pick([dead.p.full, dead.p.caps_fold])),
                     (dead.dob("br"), "DATE_OF_BIRTH") if g.chance(0.5) else V(dead.dod("short") + " (ób.)"),
                     V(kind), V(g.nb()) if kind.startswith("B21") else V(g.cnj() if "judicial" in kind or "alvar" in kind else "—"),
                     V(g.pick(["aguardando perícia", "exigência: certidão de casamento", "DER " + g.date("br"), "concedido",
                               "indeferido — qualidade de dependente", "minuta enviada ao cartório", "aguardando ITCMD"])),
                     V(login(g.pick(lawyers)))])
    cols = ["Cliente", "CPF", "Tel.", "Instituidor/falecido", "Nasc. ou óbito", "Tipo", "NB / processo", "Status", "Resp."]
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql"]))
    doc.f("\nObservações:\n- linha 1: a união estável com o falecido precisa de prova (fotos, conta conjunta ag. «ag» c/c «cc»); agendar "
          "justificação administrativa. Testemunha indicada pela cliente: tel. «tt».\n- linha 2: filho maior inválido — laudo d«dr» «m» («crm») "
          "anexado.\n- Honorários: 30% dos atrasados (contrato padrão). Lei 8.213/1991, art. 74 e 77.\n",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tt=(g.phone(), "PHONE_NUMBER"), dr="a Dra." if (md := g.person()).female else "o Dr.", m=P(md.short),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def ju_alvara(g: Gen) -> Doc:
    """Petition for a court permit (Lei 6.858/1980) to withdraw a deceased worker's FGTS/PIS and last wages."""
    doc = Doc()
    city, uf = g.city()
    dead = Dead(g, lo=1960, hi=1995, era=g.pick(["mid", "young"]))
    widow = g.spouse(dead.p, era="mid")
    kid = g.child(dead.p, era="young")
    emp = g.pick(["Cerâmica São Bento Ltda.", "Transportadora Aurora Ltda.", "Supermercado Flor do Vale Ltda.",
                  "Construtora Prudente Engenharia S.A.", "Frigorífico Santa Rosa S.A.", "Metalúrgica Vitória Ltda."])
    defensoria = g.chance(0.5)
    doc.f("EXMO(A). SR(A). DR(A). JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n", n=g.ri(1, 8), c=fold(city).upper(), uf=uf)
    qualify(g, doc, widow, caps=True, email=g.chance(0.5))
    doc.f(", telefone «t»", t=(g.phone(), "PHONE_NUMBER"))
    doc.f(", por si e representando «o2» filh«o2» menor «k», nascid«o2» em «kd», CPF «kc», ",
          o2=kid.o, k=P(kid.caps), kd=(g.dob("br", 2010, 2020), "DATE_OF_BIRTH"), kc=(g.cpf(), "BR_CPF"))
    doc.f("na qualidade de únicos dependentes habilitados perante o INSS (certidão de dependentes anexa), vêm, «rep», requerer\n\n"
          "ALVARÁ JUDICIAL (Lei 6.858/1980 e Decreto 85.845/1981)\n\npelas razões a seguir.\n\n"
          "1. «d», nascid«o» em «dob», inscrit«o» no CPF sob o nº «cpf» e no PIS/PASEP sob o nº «pis», faleceu em «dod», "
          "sem deixar outros bens a inventariar (certidão de óbito matrícula «mat»).\n"
          "2. O falecido era empregad«o» de «e», CNPJ «cnpj», e deixou saldo de FGTS, cotas do PIS e verbas rescisórias não pagas "
          "(CTPS nº «ctps», série «se»), no valor aproximado de R$ «v».\n\n"
          "Requer a expedição de alvará para que a Caixa Econômica Federal e a empregadora depositem os valores na conta de «w», "
          "agência «ag», conta «cc», «bk», reservada a cota d«o2» menor em conta judicial.\n\nValor da causa: R$ «v».\n\n«c2», «dt».\n\n",
          rep="representados pela Defensoria Pública" if defensoria else "por seu advogado",
          d=P(dead.p.full), o=dead.p.o, dob=(dead.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), dod=dead.dod("long"), mat=g.matricula_certidao(dead.died.year), e=emp, cnpj=(g.any_cnpj(), "BR_CNPJ"),
          ctps=g.d(7), se=g.d(4) + "-" + uf, v=g.money(3000, 45000), w=P(widow.short), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1], o2=kid.o, c2=city, dt=dbr(g.after(dead.died, 30, 240), "long"))
    sig = g.person()
    if defensoria:
        doc.f("«s»\nDefensor«a» Públic«o» — matrícula «m»\n", s=P(sig.full), a="a" if sig.female else "", o=sig.o, m=g.d(6))
    else:
        doc.f("«s»\n«oab»\n", s=P(sig.caps), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


JU = [ju_inventario, ju_peticao, ju_exumacao, ju_cessao, ju_procuracao, ju_planilha, ju_alvara]


# =========================================================================== saude

# Parte I of a death certificate, from the immediate cause (a) to the underlying one (c); "" where the line stays empty.
CHAINS = [("J96.0", "J18.9", "G30.9"), ("A41.9", "J18.9", "C34.9"), ("I46.9", "I21.9", ""), ("I64", "I10", ""),
          ("J96.0", "U07.1", ""), ("A41.9", "N18.9", "E14.9"), ("I50.9", "I10", ""), ("J96.0", "C34.9", ""),
          ("A41.9", "C16.9", ""), ("I46.9", "C18.9", ""), ("J18.9", "F03", ""), ("I21.9", "E11.9", ""),
          ("J96.0", "J44.1", ""), ("I46.9", "K74.6", "")]
CHAINS_M = [("A41.9", "C61", "")]
CHAINS_F = [("J96.0", "C50.9", "")]

ESCOLARIDADE = ["Fundamental I incompleto", "Fundamental II completo", "Médio completo", "Superior completo", "Sem escolaridade",
                "Ignorado"]
OCUPACOES = [("aposentado(a)", "9999-93"), ("dona de casa", "9999-92"), ("trabalhador agropecuário", "6210-05"),
             ("pedreiro", "7152-10"), ("professor(a) do ensino fundamental", "2312-10"), ("motorista de caminhão", "7825-10"),
             ("comerciante varejista", "1414-10"), ("costureira", "7632-10"), ("vigilante", "5173-30")]


def sa_do(g: Gen) -> Doc:
    """A Declaração de Óbito typed into the mortality system (SIM), some copies read from a scan with OCR noise."""
    doc = Doc()
    scan = g.chance(0.4)
    O = (lambda s: ocr(s, g, 0.4)) if scan else (lambda s: s)  # noqa: E731
    dead = Dead(g, era=g.pick(["old", "old", "mid"]), lo=1928, hi=1990)
    p = dead.p
    father, mother = g.person(female=False, era="old"), g.person(female=True, era="old")
    city, uf = g.city()
    home = g.chance(0.35)
    md = g.person()
    typist = g.person()
    doc.f("«h1»\n«h2» Nº «n»«src»\n\n", h1=O("MINISTÉRIO DA SAÚDE — SISTEMA DE INFORMAÇÕES SOBRE MORTALIDADE (SIM)"),
          h2=O("DECLARAÇÃO DE ÓBITO"), n=g.do_number(),
          src=(" — [digitalizado, leitura automática]" if scan else f" — digitada por {login(typist)} em {dbr(g.after(dead.died, 1, 20))}"))
    doc.f("I — IDENTIFICAÇÃO\n 1 Tipo de óbito: 2 - Não fetal   2 Data do óbito: «dod»   3 Hora: «hr»\n"
          " 4 Cartão SUS: «cns»   5 Naturalidade: «nat»\n 6 Nome do falecido: «n»\n 7 Nome do pai: «f»\n 8 Nome da mãe: «m»\n"
          " 9 Data de nascimento: «dob»   10 Idade: «age» anos   11 Sexo: «sx»   12 Raça/cor: «rc»\n"
          " 13 Situação conjugal: «ec»   14 Escolaridade: «es»   15 Ocupação: «oc» (CBO «cbo»)\n",
          dod=dead.dod(), hr=g.hm(), cns=(g.cns(), "BR_CNS") if g.chance(0.8) else V("não informado"),
          nat="/".join(g.pick(CITIES)), n=P(O(g.pick([p.caps, p.caps_fold]))),
          f=P(O(father.caps_fold)) if g.chance(0.8) else V("IGNORADO"), m=P(O(mother.caps_fold)),
          dob=(dead.dob(g.pick(["br", "br", "compact"])), "DATE_OF_BIRTH"), age=dead.age, sx="F" if p.female else "M",
          rc=g.pick(["1 - Branca", "2 - Preta", "4 - Parda", "3 - Amarela", "5 - Indígena"]),
          ec=g.pick(["2 - Casado", "3 - Viúvo", "1 - Solteiro", "5 - União estável"]), es=g.pick(ESCOLARIDADE),
          oc=(occ := g.pick(OCUPACOES))[0], cbo=occ[1])
    addr = g.address(g.pick(["caps", "text"]))
    doc.f("II — RESIDÊNCIA\n 16 Logradouro/nº/compl.: «ad»\n 17 CEP: «cep»   18 Bairro: «b»   19 Município: «c»   20 UF: «uf»\n",
          ad=(O(addr), "ADDRESS"), cep=(g.cep(g.chance(0.7)), "BR_CEP"), b=g.pick(BAIRROS), c=city, uf=uf)
    doc.t("III — OCORRÊNCIA\n")
    if home:
        doc.f(" 21 Local: 3 - Domicílio   22 Endereço da ocorrência: «ad» (o mesmo da residência)\n", ad=(O(addr), "ADDRESS"))
    else:
        doc.f(" 21 Local: 1 - Hospital   22 Estabelecimento: «h»   CNES «cnes»\n", h=g.pick(HOSPITAIS), cnes=g.d(7))
    chain = g.pick(CHAINS + (CHAINS_F if p.female else CHAINS_M))
    doc.t("V — CONDIÇÕES E CAUSAS DO ÓBITO\n")
    for k, (cid, tm) in enumerate(zip(chain, [g.pick(["horas", "2 dias", "1 semana"]), g.pick(["meses", "3 anos", "1 mês", "dias"]),
                                                g.pick(["anos", "10 anos", "ignorado"])])):
        doc.t((" Parte I  " if k == 0 else "          ") + "abc"[k] + ") " + (f"{CAUSES[cid]} ({cid})  — {tm}" if cid else "—") + "\n")
    doc.t(" Parte II  " + g.pick(["hipertensão arterial (I10)", "tabagismo (F17.2)", "—", "obesidade (E66.9)", "diabetes mellitus tipo 2 (E11.9)"]) + "\n")
    doc.f("VI — MÉDICO\n 26 Nome do médico: «md»   27 CRM: «crm»\n 28 O médico que assina atendeu o falecido? «at»\n"
          " 29 Meio de contato: «mc»   30 Data do atestado: «da»\n",
          md=P(O(md.caps_fold if scan else md.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          at=g.pick(["1 - Sim", "2 - Substituto", "3 - IML", "4 - SVO"]),
          mc=((g.phone(), "PHONE_NUMBER") if g.chance(0.6) else (corp_mail(md, dom_of(g.pick(HOSPITAIS))), "EMAIL_ADDRESS")),
          da=dead.dod())
    decl = g.child(p)
    doc.f("VIII — CARTÓRIO\n «cart» — registro nº «rg» — livro C-«lv», fls. «fl» — em «dr»\n"
          "IX — DECLARANTE (registro)\n Nome: «dn»   RG: «drg»   Parentesco: «par»   Telefone: «dt»\n",
          cart=g.pick(CARTORIOS), rg=g.d(6), lv=g.ri(10, 300), fl=g.ri(1, 300), dr=dbr(g.after(dead.died, 0, 3)),
          dn=P(O(decl.full)), drg=(g.rg(), "BR_RG"), par=rel_word(decl, "filho"), dt=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_necroterio(g: Gen) -> Doc:
    """A hospital mortuary's in/out register (fixed-width) and the shift's occurrences."""
    doc = Doc()
    hosp = g.pick(HOSPITAIS)
    tech = g.person()
    start = g.death()
    doc.f("«h» — SERVIÇO DE NECROTÉRIO\nREGISTRO DE ENTRADA E SAÍDA DE CORPOS — «m»/«y» — responsável técnico: «t» («coren»)\n\n",
          h=fold(hosp).upper(), m=f"{start.month:02d}", y=start.year, t=P(tech.full), coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    rows = []
    n = g.ri(3, 4)
    entries = sorted((g.after(start, 0, 10), g.ri(0, 23), g.ri(0, 59)) for _ in range(n))
    for t_in, hh, mm in entries:
        dd = Dead(g, era=g.pick(["old", "old", "mid", "young"]), lo=1930, hi=2010)
        who = g.child(dd.p) if g.chance(0.7) else g.spouse(dd.p)
        doc_kind = g.pick(["rg", "rg", "cpf", "cnh"])
        docv = {"rg": (g.rg(), "BR_RG"), "cpf": (g.cpf(), "BR_CPF"), "cnh": (g.cnh(), "BR_CNH")}[doc_kind]
        rows.append([V(dbr(t_in, "short") + f" {hh:02d}:{mm:02d}"), V(g.d(7)), P(g.pick([dd.p.caps_fold, dd.p.inverted])),
                     (dd.dob("short"), "DATE_OF_BIRTH") if g.chance(0.7) else V("--"), (g.cns(False), "BR_CNS") if g.chance(0.7) else V("--"),
                     V(g.pick(["UTI 2", "CM 3", "PS", "ONCO", "CC", "UTI-COVID", "CM 1"])),
                     V(dbr(g.after(t_in, 0, 1), "short") + " " + g.hm()),
                     V("AGENTE DA FUNERARIA") if g.chance(0.45) else P(g.pick([who.caps_fold, fold(who.short).upper()])),
                     (docv[0], docv[1]), (g.phone("raw"), "PHONE_NUMBER"),
                     V(fold(g.pick(FUNERARIAS).replace("Funerária ", "").replace(" Ltda.", "")).upper()[:16]),
                     (g.plate(), "LICENSE_PLATE") if g.chance(0.85) else V("SVO")])
    table_ruled(doc, ["ENTRADA", "PRONT", "NOME", "NASC", "CNS", "SETOR", "SAIDA", "RETIRADO POR", "DOC", "TEL", "FUNERARIA", "PLACA"], rows,
                g.pick(["plain", "pipe"]))
    x = g.pick(rows)
    doc.f("\nOCORRÊNCIAS DO PLANTÃO\n- «a»: corpo do leito «n» encaminhado ao SVO (óbito com menos de 24h de internação, causa mal definida). "
          "Viatura do SVO placa «pl».\n- Família do registro das «hx» pediu para ver o corpo antes da liberação; acompanhada pela "
          "psicóloga de plantão («crp»).\n- Pertences (aliança, celular) entregues ao mesmo familiar, RG «rg», com termo assinado.\n"
          "- «ob»\n",
          a=g.hm(), n=f"{g.ri(200, 620)}-{g.pick('ABC')}", pl=(g.plate(), "LICENSE_PLATE"), hx=x[0][0].split()[-1],
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), rg=(g.rg(), "BR_RG"),
          ob=g.pick(["câmara fria 2 com temperatura acima do limite — chamado aberto na manutenção.",
                     "funerária chegou sem a guia de sepultamento, retornou às 16h.", "sem outras intercorrências.",
                     "luz do corredor do necrotério queimada, solicitado reparo."]))
    return doc


def sa_cremacao(g: Gen) -> Doc:
    """A crematorium's cremation request and authorisation file (two doctors, will, implanted devices, ashes)."""
    doc = Doc()
    crem = g.pick(CREMATORIOS)
    dead = Dead(g, lo=1930, hi=1980)
    p = dead.p
    req = g.child(p)
    others = [g.child(p) for _ in range(g.ri(1, 2))]
    city, uf = g.city()
    d1, d2 = g.person(), g.person()
    doc.f("«c»\nREQUERIMENTO E AUTORIZAÇÃO DE CREMAÇÃO Nº «n»/«y»\n\n1. FALECID«O»\nNome: «nm»   CPF: «cpf»   RG: «rg»\nNascimento: «dob»   "
          "Óbito: «dod»   DO nº «do»\nCausa (DO): «ca» («cid») — morte natural\n\n",
          c=crem.upper(), n=g.d(4), y=dead.died.year, O=p.o.upper(), nm=P(p.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(dead.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), dod=dead.dod(), do=g.do_number(),
          ca=CAUSES[cid := cid_for(g, p)], cid=cid)
    doc.f("2. REQUERENTE\n«r», «rel», RG «rg», CPF «rc»\nTel.: «t»   E-mail: «e»\nEndereço: «ad», «c»/«uf», CEP «cep»\n\n",
          r=P(req.full), rel=rel_word(req, "filho"), rg=(g.rg(), "BR_RG"), rc=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(req), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.4):
        doc.f("3. VONTADE DE SER CREMAD«O»\n(X) manifestada em vida por instrumento público — «tab», livro «lv», fls. «fl»\n\n",
              O=p.o.upper(), tab=g.pick(TABELIONATOS), lv=g.ri(100, 3000), fl=g.ri(1, 399))
    else:
        doc.f("3. VONTADE DE SER CREMAD«O»\n(X) manifestada verbalmente em vida, declarada pelos familiares abaixo, que concordam:\n",
              O=p.o.upper())
        for k in others:
            doc.f("    «n» — CPF «c»\n", n=P(k.full), c=(g.cpf(), "BR_CPF"))
        doc.t("\n")
    doc.f("4. ATESTADO DE ÓBITO (Lei 6.015/1973, art. 77, § 2º)\n(X) firmado por dois médicos: «d1» («c1») e «d2» («c2»)\n\n"
          "5. DISPOSITIVOS IMPLANTADOS\nMarca-passo/CDI: «mp»\nVerificado por: «v» («coren»)\n\n"
          "6. CERIMÔNIA E CINZAS\nDespedida na «sala» em «dc» às «hc».\nCinzas: «cz»\n\n«c», «dt». Atendimento: «at»\n",
          d1=P(d1.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), d2=P(d2.full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          mp=g.pick(["não possui", "possuía — retirado pela tanatopraxista antes da cremação", "possuía — retirado no hospital (relatório anexo)"]),
          v=P(g.person(female=g.chance(0.7)).full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          sala=g.pick(["Sala Aurora", "Sala da Paz", "Sala Celeste", "Capela Ecumênica"]), dc=dbr(g.after(dead.died, 1, 3)), hc=f"{g.ri(8, 17)}:{g.pick(['00', '30'])}",
          cz=g.pick(["entregar à requerente" if req.female else "entregar ao requerente", "depositar no columbário nº " + str(g.ri(100, 900)),
                     "aguardar retirada (prazo 90 dias)"]), c=city, dt=dead.dod(),
          at=g.pick(["recepcao01", "balcão", "plantão noturno"]))
    return doc


def sa_paliativo(g: Gen) -> Doc:
    """Palliative-care notes of a patient's last days: family conference, death, communication to the family."""
    doc = Doc()
    hosp = g.pick(HOSPITAIS)
    dead = Dead(g, lo=1930, hi=1975)
    p = dead.p
    md, nurse, psy = g.person(), g.person(female=g.chance(0.8)), g.person(female=g.chance(0.8))
    d1, d2 = g.child(p), g.child(p)
    grand = g.child(d1, era="young")
    uf = g.pick(UFS)
    d0 = dead.died
    t_death = datetime.datetime(d0.year, d0.month, d0.day, g.ri(0, 23), g.ri(0, 59))
    moments = [datetime.datetime(d0.year, d0.month, d0.day, g.ri(8, 11), g.ri(0, 59)) - datetime.timedelta(days=2),
               datetime.datetime(d0.year, d0.month, d0.day, g.ri(14, 17), g.ri(0, 59)) - datetime.timedelta(days=1),
               t_death, t_death + datetime.timedelta(minutes=g.ri(15, 50))]
    stamps = [m.strftime("%d/%m/%Y %H:%M") for m in moments]
    doc.f("«h» — EQUIPE DE CUIDADOS PALIATIVOS\nPaciente: «n»   Pront. «pr»   DN: «dob»   CNS: «cns»   Leito: «lt»\n"
          "Diagnóstico: «dx»\n\n",
          h=hosp.upper(), n=P(g.pick([p.full, p.caps])), pr=g.d(7), dob=(dead.dob(), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          lt=f"{g.ri(200, 620)}-{g.pick('ABC')}", dx=g.pick(["neoplasia de pâncreas metastática (C25.9)", "ELA em fase avançada (G12.2)",
                                                             "demência avançada (F03) + pneumonia aspirativa (J69.0)",
                                                             "ICC classe IV (I50.9)", "neoplasia de pulmão (C34.9)"]))
    doc.f("[«s0»] Evolução médica — «md» («crm»)\nS: família refere que não se alimenta há 3 dias; sentia muitas dores à noite.\n"
          "O: sonolent«o», respiração irregular, extremidades frias. A: processo ativo de morte. P: morfina em bomba, suspender dieta, "
          "liberar visita estendida.\n\n",
          s0=stamps[0], md=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=p.o)
    doc.f("[«s1»] Conferência familiar\nPresentes: «a» («ra», tel. «ta», «ea»), «b» («rb», tel. «tb»), «rc»; psicóloga «ps» («crp»); assistente social "
          "(«cress»).\nPontos: a família entende a gravidade; pediram que o padre da paróquia venha para a unção dos enfermos; "
          "combinado que não haverá reanimação (ordem de não reanimar registrada). A família comentou que «w».\n\n",
          s1=stamps[1], a=P(d1.full), ra=rel_word(d1, "filho"), ta=(g.phone(), "PHONE_NUMBER"), ea=(g.email(d1), "EMAIL_ADDRESS"), b=P(d2.first),
          tb=(g.phone(), "PHONE_NUMBER"), rb=rel_word(d2, "filho"),
          rc=rel_word(grand, "neto") + "s", ps=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          w=g.pick(["seria prudente avisar os parentes de fora", "a luz do quarto incomoda " + dele(p), "foi uma vitória chegar até aqui",
                    "só quer que " + ("ela" if p.female else "ele") + " descanse em paz"]))
    doc.f("[«s2»] Enfermagem — «nu» («coren»)\nPaciente sem sinais vitais às «hr». Constatado óbito pel«mo» plantonista. Corpo preparado, "
          "identificado com etiqueta e encaminhado ao necrotério após despedida da família.\n\n",
          s2=stamps[2], nu=P(nurse.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), hr=stamps[2][-5:], mo="a médica" if md.female else "o médico")
    fun = g.pick(FUNERARIAS)
    doc.f("[«s3»] Comunicação do óbito — «md»\nÓbito comunicado presencialmente aos filhos e por telefone a«b» («tb»). Orientada a família "
          "sobre a DO nº «do», a liberação do corpo e o luto; a família escolheu a «f» (contato «tf»). Encaminhado o contato do "
          "grupo de apoio ao luto da psicologia.\n",
          s3=stamps[3], md=V("equipe médica") if g.chance(0.5) else P(md.short), b=" outros familiares", tb=(g.phone(), "PHONE_NUMBER"), do=g.do_number(), f=fun,
          tf=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def sa_svo(g: Gen) -> Doc:
    """Referral of a death at home to the death-verification service (SVO) by the ambulance team, with the SVO's intake."""
    doc = Doc()
    city, uf = g.city()
    dead = Dead(g, lo=1935, hi=1985)
    p = dead.p
    is_child = g.chance(0.7)
    inf = g.child(p) if is_child else g.spouse(p)
    rel = rel_word(inf, "filho") if is_child else rel_word(inf, "esposo")
    reg, nurse, pat = g.person(), g.person(), g.person()
    found = datetime.datetime(dead.died.year, dead.died.month, dead.died.day, g.ri(5, 19), g.ri(0, 59))
    call = found + datetime.timedelta(minutes=g.ri(8, 40))
    intake = call + datetime.timedelta(minutes=g.ri(70, 240))
    doc.f("SAMU 192 — «c»/«uf»\nGUIA DE ENCAMINHAMENTO AO SERVIÇO DE VERIFICAÇÃO DE ÓBITO (SVO)\nOcorrência nº «oc» — «dt» «hr»\n"
          "Equipe: «eq» — médico regulador «rg» («crm»); enfermeir«no» «nu» («coren»); viatura «vt», placa «pl»\n\n",
          c=city, uf=uf, oc=g.d(8), dt=dead.dod(), hr=call.strftime("%H:%M"), eq=g.pick(["USA 03", "USB 12", "USA Alfa"]), rg=P(reg.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), no=nurse.o, nu=P(nurse.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          vt=f"{g.pick(['USA', 'USB'])}-{g.d(2)}", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("LOCAL DO ÓBITO: residência — «ad», «b» — CEP «cep»\nFALECID«O»: «n»   DN: «dob»   RG: «rgn»\n"
          "INFORMANTE: «i» («rel»), tel. «ti», ",
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), O=p.o.upper(),
          n=P(g.pick([p.caps_fold, p.full])), dob=(dead.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH") if g.chance(0.85) else V("ignorada"),
          rgn=(g.rg(), "BR_RG") if g.chance(0.7) else V("não localizado"), i=P(inf.full), rel=rel, ti=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.25):
        doc.t("documento não apresentado\n\n")
    else:
        doc.f("CPF «x»\n\n", x=(g.cpf(), "BR_CPF"))
    doc.f("HISTÓRICO: encontrad«o» pel«io» «rel2» sem sinais vitais, no quarto, às «h2». «rig» Sem sinais de violência. "
          "Comorbidades referidas: «cm». Medicações: «md». Sem médico assistente — última consulta na UBS «ubs» há «m» meses "
          "(prontuário solicitado).\n\n",
          o=p.o, io=inf.o, rel2=rel, h2=found.strftime("%H:%M"), rig=g.pick(["Rigidez presente.", "Sem rigidez, corpo ainda morno.", "Livores fixos."]),
          cm=g.pick(["HAS, DM2", "HAS, ICC", "DPOC, ex-tabagista", "nenhuma conhecida", "Alzheimer, HAS"]),
          md=g.pick(["losartana, metformina", "furosemida, AAS", "nenhuma", "donepezila, losartana"]),
          ubs=g.pick(["Vila Esperança", "Dr. Teófilo Bessa", "Jardim Aurora", "Rosa Amado", "São Bento"]), m=g.ri(2, 14))
    doc.f("— RECEBIMENTO NO SVO —\nRecebido em «dr» às «hr» pelo técnico de plantão. Necropsia nº «nn»/«y» — patologista «pt» («crm»).\n"
          "Causa básica: «ca» («cid»). DO emitida nº «do». Corpo liberado à «fun» em «dl».\n",
          dr=dbr(intake.date()), hr=intake.strftime("%H:%M"), nn=g.d(4), y=dead.died.year, pt=P(pat.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), ca=CAUSES[cid := g.pick(["I21.9", "I46.9", "I64", "I50.9", "J18.9", "R99", "K74.6"])],
          cid=cid, do=g.do_number(), fun=g.pick(FUNERARIAS), dl=dbr(g.after(intake.date(), 0, 1)))
    return doc


def sa_luto(g: Gen) -> Doc:
    """A health unit's bereavement support group: participants CSV (CNS, phone, whom they lost) and the facilitator's notes."""
    doc = Doc()
    unit = g.pick(["UBS Vila Esperança", "CAPS II Aurora", "UBS Dr. Teófilo Bessa", "Policlínica São Bento", "CAPS Luz do Sertão",
                   "UBS Jardim da Paz"])
    psy = g.person(female=g.chance(0.8))
    grp = g.pick(["Grupo Florescer", "Roda de Conversa sobre Luto", "Grupo Saudade que Cuida", "Grupo Recomeço"])
    ref = g.death()
    doc.f("# «u» — «gr» (apoio ao luto) — lista de participantes, ciclo «c»/«y»\n# facilitação: «p» («crp»)",
          u=unit, gr=grp, c=(ref.month - 1) // 4 + 1, y=ref.year, p=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.f("; apoio: residente «r»", r=P(g.person().first))
    doc.t("\n")
    sep = g.pick([";", ","])
    rows = []
    for _ in range(g.ri(3, 5)):
        a = g.person(era=g.pick(["mid", "old", "young"]))
        kind = g.pick(["esposo", "esposo", "filho", "pai", "irmão"])
        if kind == "esposo":
            lost = g.spouse(a)
        elif kind == "filho":
            lost = g.child(a, era="young")
        else:
            q = g.person(era="old" if kind == "pai" else "mid")
            lost = Person(q.given, [s for s in q.surnames if s not in PARTICLES][:1] + [a.last], q.female)
        rows.append([P(g.pick([a.full, a.caps_fold, a.full])), (g.cns(False), "BR_CNS") if g.chance(0.85) else V(""),
                     (g.dob("br", 1945, 2004), "DATE_OF_BIRTH") if g.chance(0.75) else V(""),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(a), "EMAIL_ADDRESS") if g.chance(0.5) else V(""),
                     (g.address(g.pick(["text", "low"])), "ADDRESS") if g.chance(0.6) else V(""),
                     P(g.pick([lost.full, lost.first, lost.short])) if g.chance(0.5) else V(""), V(rel_word(lost, kind)),
                     V(dbr(g.after(ref, -700, -30))), V(str(g.ri(1, 8))),
                     V(g.pick(["", "", "encaminhar p/ psiquiatria", "perda por suicídio — acompanhamento individual",
                               "óbito por COVID", "acidente de moto", "quer falar sobre a exumação marcada", "faltou 2x"]))])
    table_csv(doc, ["participante", "cns", "data_nasc", "telefone", "email", "endereco", "pessoa_falecida", "vinculo", "data_perda",
                    "encontros", "obs"], rows, sep=sep)
    doc.f("\nRegistro do encontro «n» («d»): linha 1 falou pela primeira vez sobre a perda, trouxe uma foto e uma flor; outra pessoa "
          "disse que a saudade \"vem como onda\". Tema do próximo encontro: datas difíceis (aniversário, Finados). Encaminhar "
          "linha 2 para atendimento individual.\n",
          n=g.ri(2, 8), d=dbr(ref))
    return doc


ABROAD = {
    "ht": ("Haiti", [("Port-au-Prince", ["Rue Lamarre", "Delmas 33, Rue Mercier", "Rue Capois"]), ("Cap-Haïtien", ["Rue 17", "Boulevard du Cap"])], "+509"),
    "bo": ("Bolívia", [("Cochabamba", ["Calle Jordán", "Avenida Ayacucho"]), ("La Paz", ["Calle Sagárnaga", "Avenida Buenos Aires"])], "+591"),
    "sn": ("Senegal", [("Dakar", ["Rue Carnot", "Sicap Liberté 6, Villa"]), ("Thiès", ["Avenue Léopold Senghor"])], "+221"),
    "ao": ("Angola", [("Luanda", ["Rua Comandante Che Guevara", "Rua Rainha Ginga"]), ("Huambo", ["Rua Norton de Matos"])], "+244"),
    "ve": ("Venezuela", [("Maracaibo", ["Avenida 5 de Julio", "Calle 72"]), ("Barquisimeto", ["Carrera 19"])], "+58"),
    "jp": ("Japão", [("Hamamatsu", ["Aioicho", "Sumiyoshi"]), ("Okinawa", ["Naha-shi Kumoji"])], "+81"),
    "pt": ("Portugal", [("Braga", ["Rua do Souto", "Avenida da Liberdade"]), ("Porto", ["Rua de Cedofeita"])], "+351"),
}


def sa_traslado(g: Gen) -> Doc:
    """An embalming certificate with the transfer authorisation of a body to another state or abroad."""
    doc = Doc()
    fun = g.pick(FUNERARIAS)
    cc = g.pick(sorted(ABROAD) + ["br", "br"])
    origin = cc if cc in FOREIGN else ("pt" if cc in ("br", "pt") else None)
    dead = Dead(g, origin=origin, era=g.pick(["mid", "young", "old"]), lo=1945, hi=2002)
    p = dead.p
    city, uf = g.city()
    tan, md = g.person(), g.person()
    doc.f("«f» — CNPJ «cnpj»\nCERTIFICADO DE TANATOPRAXIA (EMBALSAMAMENTO) E AUTORIZAÇÃO DE TRASLADO Nº «n»\n\n"
          "Falecid«o»: «nm»\nNascimento: «dob»   Óbito: «dod», em «c»/«uf» (DO nº «do»)\nDocumento: ",
          f=fun.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), n=g.d(5), o=p.o, nm=P(g.pick([p.caps, p.full])),
          dob=(dead.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), dod=dead.dod(), c=city, uf=uf, do=g.do_number())
    if cc in ("br", "pt"):
        doc.f("RG «x»\n", x=(g.rg(), "BR_RG"))
    else:
        doc.t(f"passaporte {g.up(2)}{g.d(7)} / RNM {g.up(1)}{g.d(6)}-{g.pick('0123456789X')}\n")
    doc.f("Causa do óbito: «ca» («cid»)\n\nProcedimento: tanatopraxia arterial realizada por «t» (tanatopraxista) em «dp», sob "
          "responsabilidade técnica d«mo» «md» («crm»). Urna zincada, lacre nº «lc».\n\n",
          ca=CAUSES[cid := cid_for(g, p)], cid=cid, t=P(g.pick([tan.full, tan.short])), dp=dbr(g.after(dead.died, 0, 1)),
          mo="a Dra." if md.female else "o Dr.", md=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), lc=g.d(6))
    rec = g.child(p) if g.chance(0.5) else g.spouse(p)
    if cc == "br":
        c2, uf2 = g.pick([c for c in CITIES if c[0] != city])
        doc.f("DESTINO: «c2»/«uf2» (traslado rodoviário, «km» km), carro funerário placa «pl», motorista «mo».\n"
              "Receberá o corpo: «r», CPF «rc», «ad», «c2» — tel. «tr», e-mail «re».\nSepultamento previsto no «cem».\n\n",
              c2=c2, uf2=uf2, km=g.ri(120, 2600), pl=(g.plate(), "LICENSE_PLATE"), mo=P(g.person(female=False).full), r=P(rec.full), rc=(g.cpf(), "BR_CPF"),
              ad=(g.address(), "ADDRESS"), tr=(g.phone(), "PHONE_NUMBER"), re=(g.email(rec), "EMAIL_ADDRESS"), cem=g.pick(CEMITERIOS))
    else:
        country, places, ddi = ABROAD[cc]
        town, streets = g.pick(places)
        st = g.pick(streets)
        addr = f"{st} {g.ri(2, 400)}" if not st.endswith("Villa") else f"{st} {g.ri(1000, 9999)}"
        doc.f("DESTINO: «town», «co» — transporte aéreo, AWB «awb», voo «fl». Consulado: visto do cônsul em «dv».\n"
              "Família no destino: «r», «ad», «town» — tel. «tr»\n\n",
              town=town, co=country, awb=f"{g.d(3)}-{g.d(8)}", fl=g.pick(["TP 088", "AV 0086", "CM 0701", "AT 215", "ET 507", "LA 8070"]),
              dv=dbr(g.after(dead.died, 1, 4)), r=P(rec.full), ad=(addr, "ADDRESS"), tr=(f"{ddi} {g.d(2)} {g.d(3)} {g.d(4)}", "PHONE_NUMBER"))
    resp = g.child(p) if g.chance(0.5) else g.person()
    doc.f("Responsável pelo traslado no Brasil: «r», CPF «c», tel. «t», e-mail «e».\nVisto da Vigilância Sanitária: "
          "fiscal matrícula «m».\n",
          r=P(resp.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp), "EMAIL_ADDRESS"),
          m=g.d(6))
    return doc


SA = [sa_do, sa_necroterio, sa_cremacao, sa_paliativo, sa_svo, sa_luto, sa_traslado]


# =========================================================================== financeiro

def fi_plano(g: Gen) -> Doc:
    """A funeral-plan adhesion contract: holder, dependants, payment by account debit or recurring card."""
    doc = Doc()
    plan = g.pick(PLANOS)
    tit = g.person(era=g.pick(["mid", "old"]))
    tb = g.dob_parts(1945, 1988)
    city, uf = g.city()
    seller = g.person()
    married = g.chance(0.7)
    ec = (g.pick(["casad", "casad"]) + tit.o if married else g.pick(["viúv", "solteir", "divorciad"]) + tit.o)
    if married and g.chance(0.2):
        ec = "união estável"
    doc.f("«p» — CNPJ «cnpj»\nPROPOSTA DE ADESÃO E CONTRATO DE ASSISTÊNCIA FUNERAL Nº «n»\nModalidade: «m» — mensalidade R$ «v»\n\n"
          "TITULAR\nNome: «tn»\nCPF: «tc»   RG: «tr»   Nascimento: «td»\nEstado civil: «ec»   Profissão: «pf»\nEndereço: «ad»   Bairro: «b»\n"
          "Cidade/UF: «c»/«uf»   CEP: «cep»\nCelular: «t»   Recado: «t2»   E-mail: «e»\n\n",
          p=plan.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), n=g.d(7), m=g.pick(["Familiar Bronze", "Familiar Prata", "Ouro (até 10 vidas)", "Familiar Sênior"]),
          v=g.money(39, 189), tn=P(g.pick([tit.caps, tit.full])), tc=(g.cpf(), "BR_CPF"), tr=(g.rg(), "BR_RG"),
          td=(fmt_date(*tb, g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), ec=ec,
          pf=g.pick(PROFS_F if tit.female else PROFS_M), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"),
          e=(g.email(tit), "EMAIL_ADDRESS"))
    rows = []
    sp = g.spouse(tit)
    if married:
        rows.append([P(sp.full), V(rel_word(sp, "esposo") if ec != "união estável" else "companheir" + sp.o),
                     (g.dob("br", tb[2] - 6, tb[2] + 6), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF")])
    for _ in range(g.ri(1, 2)):
        k = g.child(tit, era="young")
        rows.append([P(k.full), V(rel_word(k, "filho")), (g.dob("br", tb[2] + 20, min(tb[2] + 40, 2022)), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("—")])
    if g.chance(0.6):
        m = g.person(female=True, era="old")
        rows.append([P(m.full), V("mãe (agregada +R$ " + g.money(15, 45) + ")"), (g.dob("br", tb[2] - 35, tb[2] - 18), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF")])
    doc.t("DEPENDENTES\n")
    table_ruled(doc, ["Nome", "Parentesco", "Nascimento", "CPF"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\nFORMA DE PAGAMENTO\n")
    fp = g.pick(["debito", "cartao", "boleto"])
    if fp == "debito":
        doc.f("(X) débito em conta — «bk», agência «ag», conta «cc», titular da conta: «h»\n", bk=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), h=P(g.pick([tit.full, sp.full]) if married else tit.full))
    elif fp == "cartao":
        doc.f("(X) cartão de crédito recorrente — nº «cn»   validade «vd»   nome no cartão: «h»\n",
              cn=(g.card(g.chance(0.7)), "CREDIT_CARD"), vd=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}", h=P(fold(tit.short).upper()))
    else:
        doc.t("(X) boleto bancário mensal (carnê) — vencimento dia " + str(g.pick([5, 10, 15, 20])) + "\n")
    doc.f("\nCARÊNCIA: 90 dias para morte natural; isenta em caso de morte acidental. Reajuste anual pelo IPCA. O contrato observa a "
          "Lei 13.261/2016. Cancelamento a qualquer tempo, com aviso de 30 dias.\n\n«c», «d».\n\n____________________\nTitular\n\n"
          "Vendedor(a): «s» — código «sc» — «st»\n",
          c=city, d=g.date("long"), s=P(g.pick([seller.full, seller.short])), sc=g.d(4), st=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A funeral plan's collections export (CSV) of overdue instalments, with the collectors' contact log."""
    doc = Doc()
    plan = g.pick(PLANOS)
    col = g.person()
    sep = g.pick([",", ";", "|"])
    day = g.death()
    doc.f("# cobranca_inadimplentes_«ym».csv — «p» — gerado por «lg» em «d» — filtro: atraso >= 30 dias\n",
          ym=f"{day.year}{day.month:02d}", p=plan, lg=g.pick(["cob_batch", login(col), "relatorios"]), d=dbr(day))
    rows = []
    for _ in range(g.ri(4, 6)):
        t = g.person(era=g.pick(["mid", "old"]))
        obs_kind = g.pick(["", "", "dec", "card", "proc", "pix", "cpf"])
        obs = ""
        if obs_kind == "dec":
            obs = f"titular falecid{t.o} em {dbr(g.after(day, -90, -10))} - dependente {g.child(t).full} assumiu"
        elif obs_kind == "card":
            obs = f"cliente passou cartao {g.card(False)} p/ recorrencia"
        elif obs_kind == "proc":
            obs = "reclamou no Procon, nao cobrar"
        elif obs_kind == "pix":
            obs = f"prometeu Pix ate dia {g.ri(1, 28)}"
        elif obs_kind == "cpf":
            obs = f"CPF no cadastro errado ({g.neg(11)}), corrigir"
        rows.append([V(g.d(7)), P(g.pick([t.caps_fold, t.full, t.caps_fold])), (g.cpf("raw"), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), (g.email(t), "EMAIL_ADDRESS") if g.chance(0.6) else V(""),
                     V(str(g.ri(1, 9))), V(g.money(40, 1500).replace(".", "")), V(dbr(g.after(day, -300, -31))),
                     V(g.pick(["boleto", "cartao", "debito", "carne"])), V(g.pick(["EM_ATRASO", "NEGATIVAR", "ACORDO", "SUSPENSO"])), V(obs)])
    doc.t(sep.join(["contrato", "titular", "cpf", "telefone", "email", "parc_abertas", "valor_aberto", "venc_mais_antigo",
                    "forma", "status", "obs"]) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v
            doc.t('"' if q else "")
            m = re.match(r"(titular falecid[oa] em \S+ - dependente )(.+)( assumiu)$", v)
            c = re.match(r"(cliente passou cartao )(\d+)( p/ recorrencia)$", v)
            if m:  # an observation naming the dependant who took over the plan
                doc.t(m.group(1)).e(m.group(2), "PERSON").t(m.group(3))
            elif c:  # a full card number typed into the observation
                doc.t(c.group(1)).e(c.group(2), "CREDIT_CARD").t(c.group(3))
            else:
                doc.e(v, lab)
            doc.t('"' if q else "")
        doc.t("\n")
    doc.t("\n# histórico de contatos (últimos 7 dias)\n")
    events = sorted((g.after(day, -7, -1), g.ri(8, 19), g.ri(0, 59)) for _ in range(g.ri(3, 4)))
    for dt, hh, mm in events:
        r = g.pick(rows)
        doc.t(f"{dbr(dt)} {hh:02d}:{mm:02d} ")
        kind = g.pick(["lig", "wpp", "mail", "acordo"])
        if kind == "lig":
            doc.f("«c» ligou p/ contrato «n» — «res»\n", c=login(col), n=r[0][0],
                  res=g.pick(["não atende", "caixa postal", "filha atendeu, titular internado", "disse que vai pagar sexta",
                              "número não existe"]))
        elif kind == "wpp":
            doc.f("WhatsApp enviado para «t» (template cobranca_v3) — «st»\n", t=(g.phone("e164"), "PHONE_NUMBER"),
                  st=g.pick(["lido", "entregue", "falhou"]))
        elif kind == "mail":
            doc.f("e-mail de cobrança aberto por «e» (IP «ip»)\n", e=(g.email(g.person()), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
        else:
            doc.f("acordo «a» registrado por «c»: «np»x de R$ «v», 1ª via Pix\n", a=g.neg(11), c=P(col.full), np=g.ri(2, 6),
                  v=g.money(30, 300))
    return doc


def fi_seguro(g: Gen) -> Doc:
    """A beneficiary's e-mail claiming a group life insurance, with the OCR'd death certificate and the insurer's answer."""
    doc = Doc()
    ins = g.pick(INSURERS)
    dom = dom_of(ins)
    dead = Dead(g, lo=1945, hi=1980)
    p = dead.p
    b1 = g.child(p)
    b2_child = g.chance(0.5)
    b2 = g.child(p) if b2_child else g.spouse(p)
    emp = g.pick(["Cooperativa Agroindustrial Aurora", "Cerâmica São Bento Ltda.", "Prefeitura Municipal de " + g.pick(CITIES)[0],
                  "Transportadora Prudente Ltda.", "Hospital Santa Rosa"])
    an = g.person()
    city, uf = g.city()
    doc.f("De: «b» <«be»>\nPara: sinistros@«dom»\nData: «dt»\nAssunto: Aviso de sinistro — seguro de vida em grupo — apólice «ap»\n\n"
          "Boa tarde,\n\nSou «rel» «seg» (CPF «cpf»), que faleceu em «dod». «pr» tinha seguro de vida em grupo pela «emp» "
          "(apólice «ap», certificado «cert»). Somos os beneficiários indicados:\n\n",
          b=P(b1.full), be=(g.email(b1), "EMAIL_ADDRESS"), dom=dom, dt=dbr(sent := g.after(dead.died, 10, 60)) + f" {g.ri(13, 18)}:{g.ri(0, 59):02d}",
          seg="da segurada" if p.female else "do segurado",
          rel=rel_word(b1, "filho"), cpf=(g.cpf(), "BR_CPF"), dod=dead.dod(),
          pr="Ela" if p.female else "Ele", emp=emp, ap=f"{g.d(2)}.{g.d(4)}.{g.d(7)}", cert=g.d(9))
    doc.f("- eu, CPF «ac», nascid«ao» em «ad», 50% — conta no «bk», agência «ag», conta «cc»\n",
          ac=(g.cpf(), "BR_CPF"), ao=b1.o, ad=(g.dob("br", 1965, 2000), "DATE_OF_BIRTH"), bk=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("- «a», CPF «ac», 50% — Pix (chave aleatória) «pix»\n\nMeu telefone é «t». Segue abaixo o texto da certidão de óbito.\n\n"
          "Contato d«b2o» outr«b2o» beneficiári«b2o»: «t2», «e2».\n\nAtt.\n\n--- anexo: certidao_obito.pdf (texto extraído por OCR) ---\n",
          a=P(b2.full), ac=(g.cpf(), "BR_CPF"), pix=(g.uuid(), "PIX_KEY"), t=(g.phone(), "PHONE_NUMBER"), b2o=b2.o,
          t2=(g.phone(), "PHONE_NUMBER"), e2=(g.email(b2), "EMAIL_ADDRESS"))
    O = lambda s: ocr(s, g, 0.4)  # noqa: E731
    kids = [b1] + ([b2] if b2_child else []) + [g.child(p) for _ in range(g.ri(0, 1))]
    md = g.person()
    doc.f("«h»\nNOME: «n»\nCPF: «cpf»\nMATRÍCULA: «mat»\nSEXO: «sx»   COR: «cor»   ESTADO CIVIL E IDADE: «ec», «ag» anos\n"
          "NATURALIDADE: «nat»   DOCUMENTO DE IDENTIFICAÇÃO: RG «rg»   ELEITOR: «el»\nFILIAÇÃO: [trecho ilegível]\n"
          "RESIDÊNCIA: «ad», «c»/«uf»\nDATA E HORA DO FALECIMENTO: «dod» às «hr»\nLOCAL: «loc»\nCAUSA DA MORTE: «ca»\n"
          "SEPULTAMENTO: «cem»\nDECLARANTE: «dc»\nMÉDICO: «md», «crm»\nOBSERVAÇÕES: Deixou bens. Deixou os filhos: ",
          h=O("CERTIDÃO DE ÓBITO"), n=P(O(p.caps)), cpf=(g.cpf(), "BR_CPF"), mat=g.matricula_certidao(dead.died.year), sx="feminino" if p.female else "masculino",
          cor=g.pick(["parda", "branca", "preta"]), ec=O(g.pick(["casad", "viúv"]) + p.o), ag=dead.age, nat=O(g.pick(CITIES)[0]),
          rg=(g.rg(), "BR_RG"), el=g.pick(["Sim", "Não"]), ad=(O(g.address("caps")), "ADDRESS"), c=fold(city).upper(), uf=uf,
          dod=dead.dod(), hr=g.hm(), loc=O(g.pick(HOSPITAIS)).upper(), ca=O(CAUSES[cid_for(g, p)]).upper(), cem=g.pick(CEMITERIOS).upper(),
          dc=P(O(b1.caps)), md=P(O(md.caps)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    join_names(doc, [O(k.caps) for k in kids])
    doc.f(".\n--- fim do anexo ---\n\n> Resposta de «an» («ae») em «dr»:\n> Prezad«bo» beneficiári«bo», recebemos o aviso (sinistro nº «sn»). "
          "Pendências: RG e CPF d«b2o» segund«b2o» beneficiári«b2o» e declaração de herdeiros. O prazo de pagamento é de 30 dias após a documentação completa "
          "(prazo regulamentar).\n",
          an=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), dr=dbr(g.after(sent, 1, 9)), bo=b1.o, sn=g.d(10),
          b2o=b2.o)
    return doc


def fi_spvat(g: Gen) -> Doc:
    """A traffic-death compulsory insurance claim (SPVAT, formerly DPVAT) as printed from the claims system."""
    doc = Doc()
    dead = Dead(g, era=g.pick(["young", "mid"]), lo=1970, hi=2005)
    p = dead.p
    city, uf = g.city()
    att = g.person()
    doc.f("SPVAT (antigo DPVAT) — SEGURO OBRIGATÓRIO PARA PROTEÇÃO DE VÍTIMAS DE ACIDENTES DE TRÂNSITO\nCONSULTA DE PEDIDO DE INDENIZAÇÃO\n"
          "Pedido nº «n»   Natureza: MORTE   Situação: «st»   Aberto em «ab» por «op»\n\n",
          n=f"{g.ri(2024, 2026)}{g.d(9)}", st=g.pick(["EM ANÁLISE", "PENDENTE DE DOCUMENTO", "APROVADO", "PAGO"]),
          ab=dbr(g.after(dead.died, 10, 90)), op=g.pick(["agência " + g.d(4), "app", login(att)]))
    doc.f("VÍTIMA\n  Nome: «n»\n  CPF: «cpf»   Nascimento: «dob»\n  Data do acidente: «da»   Óbito: «dod»   Município: «c»/«uf»\n"
          "  Boletim de ocorrência: «bo»   Condição: «cd»«cnhl»«cnh»\n  Veículo: «vm» — placa «pl» — Renavam «rn»\n\n",
          n=P(g.pick([p.caps_fold, p.full])), cpf=(g.cpf(), "BR_CPF"), dob=(dead.dob(), "DATE_OF_BIRTH"),
          da=dbr(g.after(dead.died, -5, 0)), dod=dead.dod(), c=city, uf=uf, bo=f"{g.d(6)}/{dead.died.year}",
          cd=(cond := g.pick(["condutor", "condutor", "passageiro", "pedestre", "ciclista"])),
          cnhl="   CNH da vítima: " if cond == "condutor" else "", cnh=(g.cnh(), "BR_CNH") if cond == "condutor" else "",
          vm=g.pick(["Honda CG 160 Fan", "Yamaha Factor 150", "VW Gol", "Fiat Uno", "Chevrolet Celta"]), pl=(g.plate(), "LICENSE_PLATE"), rn=g.neg(11))
    rows = []
    sp = g.spouse(p, era=g.pick(["young", "mid"])) if g.chance(0.6) else None
    bens = ([sp] if sp else []) + [g.child(p, era="young") for _ in range(g.ri(1, 2))]
    if not sp:
        bens = [g.person(female=True, era="old")] + bens[:1]
    for b in bens:
        rows.append([P(b.full), V("cônjuge" if b is sp else (rel_word(b, "filho") if b.last == p.last else "mãe")),
                     (g.cpf(), "BR_CPF"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), V(f"{100 // len(bens)}%"), V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT")])
    doc.t("BENEFICIÁRIOS\n")
    table_ruled(doc, ["Nome", "Vínculo", "CPF", "Telefone", "Cota", "Banco", "Agência", "Conta"], rows, g.pick(["plain", "psql", "plus"]))
    doc.f("\nValor da indenização por morte: R$ «v»\nDocumentos pendentes: «pd»\nObservação do atendimento («a»): «ob»\n",
          v=g.pick(["13.500,00", "13.500,00", "6.750,00 (por beneficiário)"]),
          pd=g.pick(["certidão de casamento atualizada", "declaração de únicos herdeiros com firma reconhecida", "laudo do IML", "nenhum"]),
          a=P(att.short),
          ob=g.pick(["menor representado pela mãe; valor em conta judicial.", "beneficiária ligou do " + g.phone("par") + " pedindo prazo.",
                     "BO indica motocicleta sem licenciamento — não impede a indenização.", "sem observações."]))
    if "ligou do" in doc.text:
        m = re.search(r"ligou do (\S+ \S+) pedindo", doc.text)
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PHONE_NUMBER"})
    return doc


def fi_inss(g: Gen) -> Doc:
    """Meu INSS receipt of a survivor's pension request (B21) and the later award letter."""
    doc = Doc()
    dead = Dead(g, lo=1935, hi=1975)
    p = dead.p
    req = g.spouse(p, era="old")
    kid = g.child(p, era="young") if g.chance(0.4) else None
    der = g.after(dead.died, 5, 80)
    doc.f("INSTITUTO NACIONAL DO SEGURO SOCIAL — Meu INSS\nCOMPROVANTE DE REQUERIMENTO\nServiço: Pensão por Morte Urbana   Protocolo: «pr»   "
          "DER: «der»\n\nREQUERENTE\n  Nome: «n»\n  CPF: «cpf»   NIT: «nit»   Data de nascimento: «dob»\n  E-mail: «e»   Celular: «t»   Telefone: «t2»\n\n",
          pr=g.d(9), der=dbr(der), n=P(req.caps_fold), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis("dot"), "BR_PIS"),
          dob=(g.dob("br", 1940, 1975), "DATE_OF_BIRTH"), e=(g.email(req), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          t2=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("INSTITUIDOR\n  Nome: «n»\n  CPF: «cpf»   NIT: «nit»   Data de nascimento: «dob»\n  Data do óbito: «dod»   Benefício anterior: «ba»\n\n",
          n=P(p.caps_fold), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), dob=(dead.dob(), "DATE_OF_BIRTH"), dod=dead.dod(),
          ba=(f"aposentadoria por idade NB {g.nb()}" if dead.age >= (62 if p.female else 65) else
              g.pick([f"aposentadoria por incapacidade permanente NB {g.nb()}", "nenhum (segurado empregado — último vínculo ativo)",
                      f"auxílio por incapacidade temporária NB {g.nb()}"])))
    doc.t("DEPENDENTES DECLARADOS\n")
    doc.f("  1. «n» — cônjuge/companheir«o»\n", n=P(req.full), o=req.o)
    if kid:
        doc.f("  2. «n» — filh«o» menor de 21 anos — nascid«o» em «dob» — CPF «cpf»\n", n=P(kid.full), o=kid.o,
              dob=(g.dob("br", 2006, 2018), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nFORMA DE PAGAMENTO: conta corrente — «bk» — agência «ag» — conta «cc»\nDocumentos anexados: certidão de óbito, certidão de "
          "casamento, RG, comprovante de endereço (conta de luz).\n\n",
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    srv = g.person()
    doc.f("--- CARTA DE CONCESSÃO («dc») ---\nPrezad«o» Senhor«a2», informamos que foi concedido o benefício de PENSÃO POR MORTE, espécie 21, "
          "NB «nb», com início em «dib» e renda mensal inicial de R$ «rmi», «dur» (Lei 8.213/1991, art. 77). "
          "Análise: «s», servidor«a» da APS «aps».\n",
          dc=dbr(g.after(der, 30, 120)), o=req.o, a2="a" if req.female else "", nb=g.nb(), dib=dead.dod(), rmi=g.money(1518, 7000),
          dur=g.pick(["vitalícia", "com duração de 15 anos", "com duração de 20 anos", "vitalícia (cônjuge com 44 anos ou mais)"]),
          s=P(srv.full), a="a" if srv.female else "", aps=g.pick(["Aurora", "Presidente Prudente", "Centro", "Vila Rosa", "Bento Gonçalves"]))
    return doc


def fi_banco(g: Gen) -> Doc:
    """A bank branch's letter to the estate's administrator closing the deceased's accounts and paying the heirs."""
    doc = Doc()
    bank = g.pick(["Banco do Brasil", "Bradesco", "Itaú", "Caixa", "Santander", "Sicoob", "Sicredi", "Banrisul", "Banco do Nordeste"])
    dead = Dead(g, lo=1930, hi=1970)
    p = dead.p
    inv = g.child(p) if g.chance(0.6) else g.spouse(p, era="old")
    heirs = [inv] + [g.child(p) for _ in range(g.ri(1, 2))]
    city, uf = g.city()
    mgr = g.person()
    doc.f("«b» — Agência «ba»\n«c», «d»\n\n«tr» «n»\n«ad»\n«bairro» — «c»/«uf» — CEP «cep»\n\nRef.: Espólio de «dn» — CPF «cpf» — "
          "encerramento de contas e liberação de saldos\n\n«vc» Senhor«a»,\n\nEm atenção ao seu pedido, acompanhado da escritura de inventário "
          "lavrada no «tab» (livro «lv», fls. «fl»), informamos a situação das contas d«o» titular falecid«o»:\n\n",
          b=bank.upper(), ba=g.pick(["Centro", "Aurora", "São Bento", "Vila Rosa", "Prudente de Morais"]), c=city, d=g.date("long"),
          tr=g.pick(["À Sra.", "Ao Sr."]) if False else ("À Sra." if inv.female else "Ao Sr."), n=P(inv.full), ad=(g.address(), "ADDRESS"),
          bairro=g.pick(BAIRROS), uf=uf, cep=(g.cep(), "BR_CEP"), dn=P(p.full), cpf=(g.cpf(), "BR_CPF"),
          vc="Prezada" if inv.female else "Prezado", a="a" if inv.female else "", tab=g.pick(TABELIONATOS), lv=g.ri(100, 2000),
          fl=g.ri(1, 399), o=p.o)
    ag = g.agency()
    doc.f("1. Conta corrente agência «ag», conta «cc» — saldo de R$ «v1» — encerrada em «de».\n"
          "2. Poupança agência «ag2», conta «pp» — saldo de R$ «v2».\n3. Cartão de crédito «ms» — cancelado; fatura residual de R$ «v3» "
          "debitada do saldo.\n4. Débitos automáticos cancelados: conta de luz, «pl», IPTU.\n\nOs valores líquidos serão transferidos "
          "conforme a partilha:\n",
          ag=(ag, "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v1=g.money(200, 80000), de=g.date("br"), ag2=(ag, "BANK_ACCOUNT"),
          pp=(g.account(), "BANK_ACCOUNT"), v2=g.money(50, 150000), ms=g.masked(), v3=g.money(40, 3000), pl=g.pick(PLANOS))
    share = 100 // len(heirs)
    for h in heirs:
        if g.chance(0.3):
            doc.f("  - «n» (CPF «c») — «s»% — Pix, chave aleatória «k»\n", n=P(h.full), c=(g.cpf(), "BR_CPF"), s=share, k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("  - «n» (CPF «c») — «s»% — «bk», ag. «ag», c/c «cc»\n", n=P(h.full), c=(g.cpf(), "BR_CPF"), s=share,
                  bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nCópia desta carta foi enviada para «ie».\nColocamo-nos à disposição e apresentamos nossos sentimentos.\n\nAtenciosamente,\n«m»\nGerente de Relacionamento — «t» — «e»\n",
          ie=(g.email(inv), "EMAIL_ADDRESS"), m=P(mgr.full), t=(g.phone(mobile=False), "PHONE_NUMBER"),
          e=(corp_mail(mgr, BANK_DOMAINS[bank]), "EMAIL_ADDRESS"))
    return doc


def fi_cancelamento(g: Gen) -> Doc:
    """A funeral-plan cancellation request as logged by the plan's API (JSON) and the retention desk's note."""
    doc = Doc()
    plan = g.pick(PLANOS)
    tit = g.person(era=g.pick(["mid", "old"]))
    ret = g.person()
    motivo = g.pick(["falecimento do titular", "mudança de cidade", "dificuldade financeira", "contratou outro plano"])
    ct = g.d(7)
    doc.f("«ts» INFO  api.contratos  POST /v1/contratos/«ct»/cancelamento  200  ip=«ip»  ua=\"«ua»\"\npayload:\n",
          ts=g.stamps(1, 1, "sql", start=(base := g.death()))[0], ct=ct, ip=(g.ip(), "IP_ADDRESS"),
          ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "PlanoApp/4.2.1 (iPhone; iOS 17.5)", "okhttp/4.12.0"]))
    ty = g.ri(1950, 1988)
    deps, dep_people = [], []
    if g.chance(0.6):
        sp = g.spouse(tit)
        dep_people.append(sp)
        deps.append({"nome": P(sp.full), "nascimento": (g.dob("iso", ty - 5, ty + 5), "DATE_OF_BIRTH"), "parentesco": "conjuge"})
    for _ in range(g.ri(1, 2)):
        k = g.child(tit, era="young")
        dep_people.append(k)
        deps.append({"nome": P(k.full), "nascimento": (g.dob("iso", ty + 20, min(ty + 40, 2022)), "DATE_OF_BIRTH"),
                     "parentesco": "filho" if not k.female else "filha"})
    if g.chance(0.5):
        refund = {"tipo": "pix", "chave_tipo": "EVP", "chave": (g.uuid(), "PIX_KEY")}
    else:
        refund = {"tipo": "ted", "banco": g.pick(BANKS)[0], "agencia": (g.agency(False), "BANK_ACCOUNT"), "conta": (g.account(), "BANK_ACCOUNT")}
    obj = {"contrato": ct, "plano": plan,
           "titular": {"nome": P(tit.full), "cpf": (g.cpf("raw"), "BR_CPF"), "nascimento": (g.dob("iso", ty, ty), "DATE_OF_BIRTH"),
                       "email": (g.email(tit), "EMAIL_ADDRESS"), "celular": (g.phone("e164"), "PHONE_NUMBER"),
                       "endereco": {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP"), "cidade": g.pick(CITIES)[0]}},
           "motivo": motivo, "dependentes": deps, "reembolso": refund, "canal": g.pick(["app", "site", "whatsapp"]),
           "aceite_termo": True, "operador": g.pick(["retencao_0" + str(g.ri(1, 9)), "self_service"])}
    if motivo == "falecimento do titular":
        obj["solicitante"] = {"nome": P((sol := g.child(tit)).full), "cpf": (g.cpf("raw"), "BR_CPF"), "vinculo": rel_word(sol, "filho")}
    jval(doc, obj, 0)
    doc.f("\n\n— nota da retenção («r», «d») —\n", r=P(ret.full), d=dbr(g.after(base, 0, 3)))
    if motivo == "falecimento do titular":
        doc.f("Titular «t» faleceu; o serviço foi prestado pela rede em «ds» (OS «os»). Dependentes podem migrar sem nova carência; "
              "«dp» pediu para pensar. Seria prudente ligar de novo em 15 dias.\n", t=P(tit.short), ds=dbr(g.after(base, -25, -2)), os=g.d(5),
              dp=P(dep_people[0].first))
    else:
        doc.f("Ofereci downgrade para o Bronze e 2 meses de isenção; «t» recusou («m»). Multa de 10% dispensada (mais de 12 meses de "
              "contrato). Estorno das parcelas pagas após o pedido em até 10 dias úteis.\n", t=P(tit.first), m=motivo)
    return doc


FI = [fi_plano, fi_cobranca, fi_seguro, fi_spvat, fi_inss, fi_banco, fi_cancelamento]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "ADDRESS") else ""
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (record["id"], v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (record["id"], v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (record["id"], v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (record["id"], v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (record["id"], v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v.translate(OCR_UNDO))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 9 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|padre|pe|frei|pastor|tia|tio|vó|vô)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (record["id"], v)
    # hard negatives: any CPF-shaped number outside the gold spans must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    total = rare = 0
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)}
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
    print("ninetieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
