"""Build the eighty-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
seed 8989, 280 records: 4 domains x 7 templates x 10 copies.

Register: sports and fitness -- gyms and their membership desks, personal trainers and online
training consultancies, swimming schools, amateur football and futsal leagues (registration by
WhatsApp, referees' match reports, the disciplinary tribunal, league assemblies and bank
accounts), road races and marathons (registration exports, kit pick-up, results and prize
money, medical posts), sports-medicine and cardiology clinics, athletes' group insurance,
sponsorship and image-rights contracts, youth academies with minors and their guardians, a
fantasy-league / betting operator's KYC and payout disputes, social clubs' dues. (The fortieth
and eighty-first sets also touched sport and fitness; this set uses other documents and layouts:
súmulas, TJD decisions, kit lists, fixed-width results, HL7 messages, debit return files, a
police report, an incentive-law account, an RPA, a bank statement.) Layouts: fixed-width reports
(names cut at the field width), +---+ / plain / psql tables, CSV (comma and semicolon), JSON from
an app, JSON lines, HL7 v2 pipes, WhatsApp exports (Android and iOS, senders as names, nicknames
or phone numbers), e-mails, Google-Forms-like exports, OCR'd scans, contract and petition prose,
minutes, an ALL CAPS police report.
- atendimento: (0) a race's kit pick-up list (fixed width) with the desk's notes on third-party
  pick-ups; (1) a futsal team's WhatsApp group collecting CPF, RG and birth dates for the league
  registration (Pix for the referee fee, a car plate); (2) a swimming school's support ticket with
  the app's JSON of a minor's enrolment (guardians, authorised pick-up with RG and plate, address,
  instructor's CREF, sign-up IP); (3) an e-mail thread at a gym's membership desk transferring an
  annual plan to a relative (sometimes a full card number in the e-mail); (4) a race's registration
  CSV export (first_name/last_name, CPF or a foreign passport, birth date, e-mail, phones, IP);
  (5) an OCR'd youth-academy tryout registration of a minor with guardian consent; (6) the
  anamnesis form responses of an online personal-training consultancy.
- juridico: (0) a referee's match report (súmula) with squads (birth dates, RG or CPF), cards and
  the incident report; (1) a TJD decision (CBJD articles, a CNJ number of a civil suit, the league's
  account for the fine); (2) a sponsorship and image-rights contract (sponsor, athlete, image-rights
  company with a numeric or alphanumeric CNPJ, witnesses, e-signature IPs); (3) a youth-academy
  training contract of a minor (Lei Pelé art. 29, CNS, both guardians, savings account, psychologist
  with CRP); (4) an ALL CAPS police occurrence report after a referee was assaulted (victim, author
  with nickname, witness, damaged car); (5) a small-claims petition against a betting operator that
  withheld a payout; (6) the minutes of an amateur league's general assembly with the attendance
  table and the elected board (voter card, accountant's CRC).
- saude: (0) a gym's physical assessment (measurements table, CREF, CREFITO, CRN); (1) a stress-test
  report and cardiology clearance for a race (CPF, CNS, CRM, RQE); (2) a race medical post's log
  (semicolon CSV, birth dates, ambulance plates, relative's phone); (3) a club physiotherapist's
  e-mail notifying an injury to the athletes' insurance with reimbursement data; (4) rejected HL7 v2
  ADT messages of a sports-medicine clinic pasted in an integration ticket; (5) a youth tryout's
  pre-participation screening CSV (minors, CPF, CNS, guardians' names and phones); (6) an e-mail
  carrying an OCR'd dermatological certificate for the swimming pool.
- financeiro: (0) a social club's direct-debit return report (fixed width, names cut at 30
  characters, agency and account) with a card number noted by the secretary; (1) a fantasy-league
  payout dispute (KYC JSON lines with CNH, birth date, IPs, a random Pix key owned by a relative,
  the account given instead); (2) a race's official results (fixed width, "SURNAME, GIVEN" and
  caps) and the prize money list (CPF and Pix key or account; foreign winners paid via an agent
  with a CNPJ); (3) the account of a project under the sports incentive law (Lei 11.438/2006):
  payees with CPF/CNPJ, NIT/PIS, agency and account, CREF and CRC; (4) an RPA receipt of a referee or
  a swimming instructor (CPF, PIS, RG, birth date, address, account, sometimes a voter card);
  (5) a club's dues collection e-mail and the WhatsApp exchange where the member sends a full card
  number; (6) a league's bank statement CSV (Pix and TED lines with names, remitters' agency and
  account) with the treasurer's reconciliation.

Conventions (the twentieth set's, as the eighty-first and eighty-eighth apply them): PERSON covers
the name only, never "Sr.", "Sra.", "Dr.", "Dr(a).", "Auditor(a)", "prof.", "dona", "seu";
particles inside a name (de, da, dos, e) are part of it; "SURNAME, GIVEN" is one span; nicknames
and first names alone (also in caps or lower case) are persons; first_name and last_name columns
are one span each. Staff named in the text (attendants, trainers, evaluators, referees and
assistants, auditors, lawyers, doctors, nurses, physiotherapists, psychologists, accountants,
analysts, clerks, treasurers) are persons; logins ("jmendoncafurtado", "tesouraria01", "cmelo"), the
"sistema"/risk-engine and "@handles" are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (relacionamento@, secretaria@, sinistros@, tesouraria@, diretoria@) are not labelled.
ADDRESS is street type + name + number + complement, in any case, also inside JSON and HL7
fields; bairro, city and UF stay out, the CEP is BR_CEP; addresses of companies, clinics and
sponsors (a sponsor's seat, a clinic's letterhead) are not labelled. Agency and account are
separate BANK_ACCOUNT spans whoever holds them (a league's, a club's or an image company's own
account too); bank codes and names are not labelled. DATE_OF_BIRTH only for birth dates (athletes,
minors, guardians, members, referees, patients), in Brazilian, short, long, dotted, ISO and HL7
(YYYYMMDD) forms; match, race, exam, injury, hearing, payment, due and log dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region: CREF, CREFITO, CRM, COREN, CRN, CRP,
CRC, OAB; RQE numbers are not labelled. PIX_KEY only for random (UUID) keys used as Pix keys (a
club's or a league's key too); a Pix key that is an e-mail, phone or CPF takes that label. Every
CNPJ is BR_CNPJ (numeric and the 2026 alphanumeric form, dotted or raw). Every phone number is
PHONE_NUMBER, landlines of clinics and clubs included. Masked values (cards with asterisks,
"final 1234", "•••• 1234"; "***.456.789-**"), internal ids, protocol, ticket, contract, order,
policy, claim, process-internal and RPA numbers are not labelled.
New decisions of this set:
- Sporting nicknames (Bigode, Formiga, Pezão, Tuca, Careca, Baiano...) are PERSON wherever they name
  a player: as a WhatsApp sender, after "conhecido como" or "VULGO", or glued to a first name
  ("Wandeclayton Magrão"). The same words elsewhere are not names.
- WhatsApp senders shown as a phone number are PHONE_NUMBER; senders shown by a team's or club's
  name are not labelled.
- In HL7 v2 messages the family and given components of a name (PID-5, PV1-7) are one PERSON span
  each, like first_name/last_name columns; the practitioner id "CRM-UF-123456" in PV1-7 is
  PROFESSIONAL_ID; CNS and CPF repetitions of PID-3 are BR_CNS and BR_CPF.
- Names cut by a fixed-width field (debit return file, kit list, results) are labelled as they
  stand ("LORRAYNE ORLANDINA RIBEIRO MEL"); so are OCR-damaged names and addresses in the scans
  ("IONARA NUNES RAM0S", "Luiz Fernanclo Alencar Andrade Nascimento", "SERENA FORTES ROLlM") -- the
  OCR damage may put a "0" for an "O" inside a name. Identifiers in scans are never damaged.
- Bib numbers, chip ids, league/federation registrations, referee registrations, súmula and TJD
  process numbers, CBJD articles, race times and paces, scores, passports of foreign runners,
  apólice numbers, e-signature envelope UUIDs, device ids, Processo SLIE numbers and the
  "documento" column of a bank statement are not labelled (internal ids); the CNJ number of a
  civil suit cited in a decision is a hard negative.
- Plates of every vehicle (a player's car, ambulances, police cars, a damaged car) are
  LICENSE_PLATE, old (ABC-1234) and Mercosul (ABC1D23) forms.
- Teams, leagues, cups, gyms, clinics, sponsors, fields and image-rights companies named after
  people or words (E.C. Bento Freitas, Amado F.C., G.E. Rosa Branca, Taça Prudente de Morais,
  Estádio Municipal Dr. Amado Leal, Academia Leão Fitness, Consultório de Dermatologia Leal,
  Exantus Licenciamento Ltda., Guerreiro Athletics Management) are not persons.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Wandeclayton, Uóxinton, Ryquelmy, Jardeson, Raissany, Sthefany; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, indigenous, Jewish, Andean, Venezuelan,
Ukrainian) and East African elite runners (Kiprotich, Jepchirchir, Tigist, Kenenisa); close to
half of the name words are rare or invented (main() prints the share). Names that are also words
(Rosa, Luz, Flor, Vitória, Aurora, Esperança, Celeste, Serena, Glória, Estrela, Bento, Prudente,
Amado, Justo, Sereno, Leão, Branco, Valente, Campos, Guerreiro) are used as given names and
surnames, and elsewhere as words ("foi uma vitória suada", "luz verde do cardiologista", "camiseta
rosa", "seria prudente", "faixa branca", "placar em branco", "time valente", "campos sintéticos")
and in places, teams and companies (Presidente Prudente, Bento Gonçalves, Santa Rosa, Aurora/CE,
Esperança/PB, Vitória/ES, Avenida Aurora, Corrida Rosa Contra o Câncer, Leão Suplementos), which are
not labelled. Forms: full, ALL CAPS with and without accents, lower case, "SURNAME, GIVEN", first
name alone, nicknames, split first_name/last_name, HL7 components, truncated and OCR-damaged.

Hard negatives (never labelled): CNJ numbers, 11-digit contract, order, registration and statement
document numbers that fail the CPF check (the script checks every unlabelled CPF-shaped number),
16-digit health-plan card numbers failing Luhn, ICD-10 codes (S83.5, S93.4, T67.1, Z02.5), money,
laws (Lei 9.615/1998, Lei 14.790/2023, Lei 11.438/2006, Lei 8.078/1990, Lei 13.709/2018, Lei
8.069/1990), CBJD articles, police registration numbers (matrícula), dates that are not birth
dates, masked CPFs and cards.
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
SEED = 8989
OUT_NAME = "eightyninth.jsonl"

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
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        r = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
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
        return None  # bodies on which the published variants of the algorithm disagree: never used
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
            if v > 9:
                v -= 9
        total += v
    return str(-total % 10)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the foreign pools listed in RARE_ORIGINS hold regional, coined or foreign names that are
# not in common Brazilian name lists; main() prints their share of the PERSON name words.

PT_F = ["Ana Carolina", "Bruna", "Camila", "Daniela", "Fernanda", "Gabriela", "Jéssica", "Juliana", "Larissa",
        "Letícia", "Mariana", "Natália", "Patrícia", "Renata", "Sabrina", "Tatiana", "Vanessa", "Amanda",
        "Bianca", "Carla", "Luana", "Raquel", "Sílvia", "Helena", "Alice", "Cecília", "Lívia", "Yasmin",
        "Maria Luiza", "Ana Beatriz", "Thaís", "Priscila", "Eduarda"]
RARE_F = ["Cleidiane", "Deuzuíta", "Edilamar", "Francinete", "Gilvanete", "Hosana", "Iraci", "Jozilene",
          "Keytiane", "Lucivânia", "Marilac", "Neidiane", "Orlandina", "Perpétua", "Raissany", "Suzineide",
          "Uiara", "Vandinéia", "Wedja", "Xênia", "Zuleide", "Adrielly", "Brendha", "Emanuely", "Jhenifer",
          "Kamilly", "Dalvanira", "Edineusa", "Genilda", "Ionara", "Lorrayne", "Rhuanna", "Sthefany",
          "Valquíria", "Zoraide", "Maelly", "Ilzamar", "Criselda"]
PT_M = ["Carlos Eduardo", "Felipe", "Gustavo", "Igor", "João Vitor", "Leonardo", "Marcelo", "Paulo",
        "Pedro Henrique", "Renan", "Rafael", "Sérgio", "Thiago", "Vinícius", "Wagner", "André", "Alexandre",
        "Caio", "Davi", "Enzo", "Fabrício", "Luiz Fernando", "Murilo", "Otávio", "Samuel", "Wesley",
        "José Carlos", "Antônio", "Francisco", "Júlio César"]
RARE_M = ["Adenor", "Belarmino", "Claudionor", "Dejair", "Edivaldo", "Florisvaldo", "Genival", "Hermógenes",
          "Irapuan", "Jailson", "Kleberson", "Lindomar", "Manassés", "Nivaldo", "Odair", "Reginaldo",
          "Sinvaldo", "Tertuliano", "Uélinton", "Valdeci", "Wandeclayton", "Xisto", "Zacarias", "Jhonatan",
          "Deividson", "Elenilson", "Gervásio", "Anacleto", "Dioclécio", "Josimar", "Creomar", "Rivelino",
          "Maicon", "Uóxinton", "Jardeson", "Kaylan", "Ryquelmy", "Wellerson", "Eurípedes", "Lucivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Nascimento", "Araújo", "Melo", "Barbosa", "Ribeiro", "Carvalho", "Gomes", "Martins",
          "Lopes", "Mendes", "Vieira", "Freitas", "Correia", "Teixeira", "Azevedo", "Ramos", "Machado",
          "Castro", "Nunes", "Moura", "Andrade", "Reis"]
RARE_SUR = ["Arrais", "Benevides", "Cajazeira", "Dornelles", "Espínola", "Fontenele", "Gadelha", "Ibiapino",
            "Lustosa", "Mororó", "Paranaguá", "Olinto", "Quirino", "Rolim", "Saboia", "Timbó", "Vilarouca",
            "Xerez", "Bessa", "Caminha", "Gurgel", "Macambira", "Sobreira", "Alencar", "Brayner", "Loiola",
            "Tinoco", "Bezerril", "Cunegundes", "Portela", "Mendonça Furtado", "Aragão", "Parente", "Sarmento",
            "Jatahy", "Coimbra", "Falcão", "Nepomuceno", "Albuquerque", "Ximenes"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Celeste", "Serena", "Pérola", "Estrela", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Sereno", "Leão", "Branco", "Valente"]
WORD_SUR = ["Rosa", "Luz", "Branco", "Prudente", "Amado", "Bento", "Leão", "Campos", "Valente", "Guerreiro",
            "Vitória", "Flores", "Fortes", "Leal", "Rocha", "Cordeiro", "Coelho", "Serra", "Pinheiro", "Aurora"]
NICK = {"Antônio": "Toninho", "Francisco": "Chico", "José Carlos": "Zé Carlos", "Carlos Eduardo": "Cadu",
        "Pedro Henrique": "PH", "João Vitor": "JV", "Luiz Fernando": "Nando", "Júlio César": "Julinho",
        "Maria Luiza": "Malu", "Ana Beatriz": "Bia", "Gabriela": "Gabi", "Fernanda": "Nanda", "Eduarda": "Duda",
        "Daniela": "Dani", "Lindomar": "Lindo", "Claudionor": "Nonô", "Belarmino": "Bel", "Hermógenes": "Mógenes",
        "Rafael": "Rafinha", "Valdeci": "Deci", "Zacarias": "Zaca", "Perpétua": "Tuta", "Edivaldo": "Vado"}
SPORT_NICKS = ["Bigode", "Magrão", "Formiga", "Tuca", "Kiko", "Nenê", "Pezão", "Dentinho", "Baiano", "Gaúcho",
               "Careca", "Sapinho", "Tico", "Juninho", "Paraíba", "Neguebinha"]

FOREIGN = {
    "it": (["Graziela", "Loreta", "Annunziata"], ["Pasquale", "Vittorio", "Ettore"],
           ["Bortolotto", "Zanella", "Piccinin", "De Marchi", "Benedetti", "Dall'Agnol"]),
    "de": (["Elke", "Gerda", "Hannelore"], ["Helmut", "Reinhold", "Arno"],
           ["Kessler", "Bauermann", "Dreher", "Stoltz", "Ruschel", "Hoffmeister"]),
    "jp": (["Midori", "Sachiko", "Tomoko"], ["Hiroshi", "Kenji", "Takeshi"],
           ["Yamashiro", "Oshiro", "Tamashiro", "Kinjo", "Matsumoto", "Nishimura"]),
    "ar": (["Leila", "Soraya", "Nádia"], ["Nagib", "Fuad", "Tufi", "Salim"],
           ["Haddad", "Maluf", "Nassif", "Abdalla", "Chaim", "Hallal"]),
    "kr": (["Min-ji", "Ha-eun"], ["Sung-min", "Jae-won"], ["Kim", "Choi", "Yoon", "Jung"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Jian"], ["Chen", "Wang", "Zhou", "Lin"]),
    "ht": (["Roseline", "Mirlande", "Guerline"], ["Wilner", "Jeanty", "Frantz", "Roodly"],
           ["Saint-Fleur", "Dorvil", "Exantus", "Pierre-Paul", "Jean-Louis"]),
    "sn": (["Fatou", "Khady", "Aminata"], ["Ousmane", "Cheikh", "Mamadou"], ["Diop", "Ndiaye", "Gueye", "Seck"]),
    "ao": (["Ngueve", "Kiesse", "Wanda"], ["Kalunga", "Mavinga", "Bartolomeu"], ["Kapenda", "Muteka", "Chipenda", "Sapalo"]),
    "in": (["Jurema", "Araci", "Moema", "Iracema"], ["Ubirajara", "Aritana", "Tainã"],
           ["Tikuna", "Kaingang", "Xavante", "Munduruku", "Baniwa", "Potiguara"]),
    "jw": (["Ruth", "Hanna", "Dvora"], ["Abraão", "Isaac", "Salomão"], ["Klabin", "Lerner", "Feldman", "Wajnberg", "Goldfarb"]),
    "an": (["Marisol", "Wara", "Yessenia"], ["Wilfredo", "Edwin", "Ronald"], ["Mamani", "Apaza", "Ticona", "Colque"]),
    "ve": (["Yusleidy", "Mariángel", "Rosmery"], ["Yorbis", "Jhonder", "Wuilmer"], ["Bracho", "Urdaneta", "Guanipa"]),
    "ua": (["Oksana", "Halyna"], ["Mykola", "Taras"], ["Kovalchuk", "Melnyk", "Shevchuk"]),
}
# East African elite runners (the marathons' results and prize lists).
KENYA = (["Faith", "Brigid", "Tigist", "Gladys", "Purity"], ["Eliud", "Geoffrey", "Kenenisa", "Tadese", "Vincent"],
         ["Kiprotich", "Chebet", "Jepchirchir", "Kipkemboi", "Bekele", "Tola", "Cheruiyot", "Kiplagat"])
RARE_ORIGINS = ("ht", "sn", "ao", "in", "jw", "an", "ve", "ua", "kr", "cn")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(KENYA[0] + KENYA[1] + KENYA[2])
RARE.update(["Bortolotto", "Piccinin", "Dall'Agnol", "Bauermann", "Ruschel", "Hoffmeister", "Yamashiro",
             "Oshiro", "Tamashiro", "Kinjo", "Nassif", "Hallal", "Chaim", "Hannelore", "Annunziata"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Serra", "Aurora", "Rocha"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Reis", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


# --------------------------------------------------------------------------- places, clubs, companies

DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35",
        "41", "43", "44", "45", "47", "48", "51", "53", "54", "55", "61", "62", "65", "67", "71", "73", "75",
        "79", "81", "83", "84", "85", "86", "88", "91", "92", "95", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "das Flores", "Aurora", "Bento Gonçalves", "Rosa Branca",
                "Padre Anchieta", "Sete de Setembro", "Marechal Floriano", "Tiradentes", "Coronel Belarmino Arrais",
                "Luz do Sol", "Vitória Régia", "Almirante Barroso", "dos Atletas", "dos Esportistas", "Anita Garibaldi",
                "Dom Pedro II", "Monsenhor Xisto Sobreira", "Nossa Senhora da Glória", "Irmã Dulce", "Castro Alves",
                "José Bonifácio", "Campos Sales", "Leão XIII", "Professora Iraci Gadelha", "Governador Valadares",
                "Doutor Amado Fontenele", "Estrela Dalva", "das Palmeiras", "Sócrates Brasileiro", "Maria Esther Bueno",
                "Ayrton Senna", "Engenheiro Timbó", "Duque de Caxias"]
CITIES = [("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"), ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"),
          ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Florianópolis", "SC"), ("Chapecó", "SC"),
          ("São Paulo", "SP"), ("Campinas", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Santos", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"),
          ("Uberlândia", "MG"), ("Vitória", "ES"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"), ("Fortaleza", "CE"),
          ("Aurora", "CE"), ("Esperança", "PB"), ("João Pessoa", "PB"), ("Natal", "RN"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Boa Vista", "RR"), ("Aracaju", "SE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Boa Vista", "Santa Luzia", "Jardim das Flores", "Cohab",
           "Bela Vista", "São Bento", "Vila Nova", "Parque Esperança", "Alto da Glória", "Petrópolis", "Jardim Leão"]
CIDS = ["S83.5", "S93.4", "S82.6", "M75.1", "S43.0", "M23.2", "S42.0", "T67.1", "E86", "R55", "S06.0",
        "M76.6", "S76.1", "M22.4", "J45.9", "I49.9", "S52.5", "Z02.5", "T78.4", "S62.6"]

GYMS = ["Academia Leão Fitness", "Aurora Wellness Club", "Rede Corpo Valente", "Academia Flor de Lótus",
        "Studio Prudente Pilates", "Bento Box Cross Training", "Arena Guerreiro Fight Club", "SmartMove Academias",
        "Academia Vitória Fit", "Campos Sport Center"]
GYM_DOM = {"Academia Leão Fitness": "leaofitness.com.br", "Aurora Wellness Club": "aurorawellness.com.br",
           "Rede Corpo Valente": "corpovalente.com.br", "Academia Flor de Lótus": "flordelotus.fit",
           "Studio Prudente Pilates": "prudentepilates.com.br", "Bento Box Cross Training": "bentobox.com.br",
           "Arena Guerreiro Fight Club": "arenaguerreiro.com.br", "SmartMove Academias": "smartmove.com.br",
           "Academia Vitória Fit": "vitoriafit.com.br", "Campos Sport Center": "campossport.com.br"}
SWIM = ["Escola de Natação Golfinho Amado", "Aquática Rosa dos Ventos", "Acqua Vitória Natação",
        "Escola de Natação Tubarão Branco", "Instituto Aquático Estrela do Mar", "Natação Kinjo & Filhos"]
LEAGUES = ["Liga Amadora de Futebol de Aurora", "Liga Prudentina de Futsal", "Liga Independente de Futebol Amador da Zona Leste",
           "Liga Bentogonçalvense de Futebol Society", "Liga Vitoriense de Futsal Amador", "Liga Esportiva Rosa Branca",
           "Liga de Futebol Amador do Vale do Leão"]
TEAMS = ["E.C. Bento Freitas", "Amado F.C.", "G.E. Rosa Branca", "A.A. Prudente", "Vitória do Bairro F.C.", "Unidos da Luz",
         "E.C. Flor do Campo", "Guerreiros da Vila", "Real Aurora", "Leões do Norte F.C.", "Sereno Futsal",
         "E.C. Estrela D'Alva", "Atlético Campos Novos", "S.E. Valente", "Barão de Mauá F.C.", "Unidos do Tiradentes",
         "Grêmio Recreativo Glória", "Juventude Esperança", "Cruzeirinho da Cohab", "Bola de Ouro F.C."]
COPAS = ["Copa Aurora de Futsal", "Taça Prudente de Morais", "Copa Luz do Sertão", "Copa Leão de Futebol Society",
         "Torneio Início Rosa Branca", "Copa Bento Gonçalves de Veteranos", "Taça Esperança Sub-17", "Copa Valente de Várzea"]
FIELDS = ["Campo do Estrela", "Ginásio Poliesportivo Prudente de Morais", "Arena Society Barão de Mauá",
          "Complexo Esportivo Vitória Régia", "Quadra da Associação Bento Ribeiro", "Ginásio Aurora",
          "Estádio Municipal Dr. Amado Leal", "Campo do Rosa Branca"]
EVENTS = ["Meia Maratona Internacional de Aurora", "Corrida Rosa Contra o Câncer", "Maratona de Presidente Prudente",
          "Night Run Vitória 10K", "Corrida São Bento 10K", "Volta da Luz 5K", "Maratona das Flores",
          "Desafio Leão da Serra 21K", "Corrida do Guerreiro 15K", "Meia de Santa Rosa"]
RUN_TEAMS = ["Assessoria Corre Amado", "Leão Running Team", "Equipe Flor de Lis", "Pace Valente Assessoria",
             "Aurora Runners", "avulso", "avulso", "Guerreiros do Asfalto", "Rosa Run Club", "Tartarugas da Orla"]
TIMERS = ["Chip Luz Cronometragem", "Cronos Bento Sports Timing", "TempoCerto Cronometragem", "Valente Timing Ltda."]
HOSPITALS = ["Hospital São Bento", "Santa Casa de Misericórdia", "Hospital Municipal Prudente de Morais", "UPA Vila Rosa",
             "Hospital Aurora", "Hospital Estadual Dona Rosa Amado", "Pronto-Socorro Central", "UPA 24h Jardim Leão"]
SPONSORS = ["Supermercados Prudente Ltda.", "Leão Suplementos S.A.", "Aurora Bebidas Isotônicas Ltda.",
            "Calçados Valente Indústria e Comércio Ltda.", "Construtora Campos & Guerreiro Ltda.", "Farmácias Flor da Vida S.A.",
            "Rosa Branca Seguros S.A.", "Bento Nutrition Ltda.", "Estrela Guia Transportes Ltda."]
BETS = ["Palpite Certo Apostas Ltda.", "GolDeLuz Bet Ltda.", "Escalação Campeã Fantasy Ltda.", "Bento Bets Ltda.",
        "VaiLeão Sports Entretenimento Ltda.", "Mitou Fantasy Games S.A."]
CLINICS = ["Clínica Valente de Medicina Esportiva", "CardioEsporte Aurora", "Instituto do Atleta Prudente",
           "Clínica Leão de Ortopedia e Esporte", "MedSport Rosa Amado", "Centro de Cardiologia do Esporte São Bento"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("212", "Banco Original"), ("290", "PagSeguro")]
WORD_USES = ["foi uma vitória suada, 3 a 2 no último minuto", "seria prudente chegar meia hora antes",
             "o cardiologista deu luz verde", "camiseta rosa pra quem faz o 5K", "a torcida do Leão lotou a arquibancada",
             "os campos sintéticos estão interditados", "time valente, não desistiu", "guerreiro em campo o jogo todo",
             "a aurora na largada foi linda", "está na flor da idade pra competir", "faixa branca ainda",
             "ficou em branco no primeiro tempo", "o técnico amado pela garotada", "céu celeste e calor de 34 graus",
             "a estrela do time", "glória ao acesso!", "sereno o tempo todo, bom sinal", "a turma de Bento Gonçalves fechou 12 vagas"]


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
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return fold(self.full).upper()

    @property
    def caps_acc(self) -> str:
        return self.full.upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def family(self) -> str:
        return " ".join(s for s in self.surnames)

    @property
    def nick(self) -> str:
        return NICK.get(self.given, self.first)

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "caps_acc": p.caps_acc, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(), "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "compact": f"{yy}{mm:02d}{dd:02d}", "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}",
            "caps": f"{dd:02d} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{fold(MONTHS[mm - 1])[:3]}/{yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

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

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (hard negatives)."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
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
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.45 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "ve", "an"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def kenyan(self, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        return Person(self.pick(KENYA[0] if female else KENYA[1]), [self.pick(KENYA[2])], female)

    def minor(self, parent: Person, female: bool | None = None) -> Person:
        female = self.chance(0.4) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != parent.last][:1]
        return Person(p.given, own + [parent.last], female)

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        return Person(p.given, [s for s in p.surnames if s != of.last][:1] + [of.last], p.female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.run{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br", "live.com"])
        return f"{user}@{domain}"

    # ----------------------------------------------------------------- identifiers
    def cpf(self, style: str | None = None) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                break
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}", "***.***.***-**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
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
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4"])
        if b == "3":
            body = self.pick(["34", "37"]) + self.d(12)
            n = body + luhn_dv(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        body = b + self.d(14)
        n = body + luhn_dv(body)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked(self) -> str:
        return self.pick([f"{self.pick('456')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(letters) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(letters)}{self.d(2)}"

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
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"ap. {self.ri(101, 910)}", f"cs {self.ri(1, 4)}", f"lote {self.ri(1, 40)} quadra {self.ri(1, 20)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1962, hi: int = 2005) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None, lo: int = 2009, hi: int = 2019) -> str:
        return self.dob(fmt, lo, hi)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def stamps(self, n: int, days: int = 3, fmt: str = "iso") -> list[str]:
        y = self.pick([2024, 2025, 2025, 2026])
        base = datetime.datetime(y, self.ri(1, 12), self.ri(1, 28), self.ri(0, 12), self.ri(0, 59), self.ri(0, 59))
        secs = sorted(self.rng.sample(range(0, max(days, 1) * 86400), n))
        fm = {"iso": "%Y-%m-%dT%H:%M:%SZ", "br": "%d/%m/%Y %H:%M", "log": "%Y-%m-%d %H:%M:%S",
              "hl7": "%Y%m%d%H%M%S", "wa": "%d/%m/%y %H:%M:%S"}[fmt]
        return [(base + datetime.timedelta(seconds=s)).strftime(fm) for s in secs]

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def hm(self) -> str:
        return f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.24", "8.21", "8.13", "8.19", "8.06", "8.17", "8.05", "8.15"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2022, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "CREF":
            c = f"{self.ri(1, 160000):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF{self.ri(1, 20)}/{uf} {c}-G", f"CREF-{uf} {c}-G",
                              f"CREF {c.lstrip('0')}-G/{uf}", f"CREF {c}-P/{uf}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 399999)}-F",
                              f"CREFITO-{self.ri(1, 18)}/{self.ri(10000, 399999)}-F",
                              f"CREFITO {self.ri(1, 18)}/{uf} {self.ri(10000, 399999)}-F"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.d(5)}", f"CRN{self.ri(1, 11)} {self.d(5)}/P"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 24):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.d(1)}", f"CRC/{uf} {self.d(6)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "ó"), ("O", "0"), ("M", "RN"), ("E", "F"), ("A", "À")]


def ocr(s: str, g: Gen, rate: float = 0.4) -> str:
    """One or two OCR confusions in a name or a word (identifiers are never damaged)."""
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a (value, None)
        tuple or a plain value is text."""
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
        """A fixed-width cell; a value longer than the field is cut as a report would cut it."""
        if len(s) > width:
            s = s[:width].rstrip()
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
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("=" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
            doc.t("\n")


def table_fixed(doc: Doc, cols: list[tuple[str, int]], rows: list[list[tuple]], rule: str = "-") -> None:
    """A report with fixed field widths: long values are cut at the field width."""
    doc.t(" ".join(h.ljust(w) for h, w in cols).rstrip() + "\n")
    doc.t(" ".join(rule * w for _, w in cols) + "\n")
    for r in rows:
        for k, ((v, lab), (_, w)) in enumerate(zip(r, cols)):
            if k:
                doc.t(" ")
            if k == len(r) - 1:
                doc.e(v[:w].rstrip(), lab)
            else:
                doc.cell(v, w, lab)
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


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def dom_of(name: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(name).lower()).split() if x not in ("de", "da", "do", "ltda", "sa", "e", "dos")]
    return "".join(w)[:20] + ".com.br"



# =========================================================================== atendimento


def at_kits(g: Gen) -> Doc:
    """Kit pick-up list printed at a running event's expo, with the desk's notes on third-party pick-ups."""
    doc = Doc()
    ev = g.pick(EVENTS)
    op = g.person()
    doc.f("«ev» — ENTREGA DE KITS — «loc»\n«d» · Posto «n» (peitos «a»–«b») · operador(a): «op»\n\n",
          ev=ev.upper() if g.chance(0.5) else ev, loc=g.pick(["Ginásio Aurora", "Shopping Valente Center, piso L2",
                                                              "Expo Leão — Pavilhão 3", "Praça da Estação"]),
          d=g.date("br"), n=g.ri(1, 9), a=(lo := g.ri(1, 40) * 100), b=lo + 499,
          op=P(name_form(g, op, ["short", "first"])) if g.chance(0.4) else V(login(op)))
    rows = []
    extra = []
    for _ in range(g.ri(4, 5)):
        a = g.person() if g.chance(0.9) else g.kenyan()
        doc_kind = g.pick(["cpf", "cpf", "cpf", "rg", "cnh"])
        dv = {"cpf": (g.cpf(), "BR_CPF"), "rg": (g.rg(), "BR_RG"), "cnh": (g.cnh(), "BR_CNH")}[doc_kind]
        if a.surnames[0] in KENYA[2]:
            dv = V(f"PASS {g.pick(['AK', 'BK'])}{g.d(7)}")
        third = g.chance(0.25)
        if third:
            t = g.spouse(a) if g.chance(0.5) else g.person()
            by = P(name_form(g, t, ["caps", "caps", "full"]))
            bydoc = (g.rg(), "BR_RG") if g.chance(0.6) else (g.cpf(), "BR_CPF")
            extra.append((a, t))
        else:
            by, bydoc = V("o próprio"), V("")
        rows.append([V(str(g.ri(lo, lo + 499))), P(name_form(g, a, ["caps", "caps", "inverted", "full"])), dv,
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(g.pick(["PP", "P", "M", "M", "G", "GG", "BL-M", "BL-P"])), V(g.pick(["5K", "10K", "21K", "21K", "42K"])),
                     by, bydoc, V(g.hm())])
    table_fixed(doc, [("PEITO", 5), ("NOME", 28), ("DOCUMENTO", 14), ("CELULAR", 15), ("CAM", 4), ("DIST", 4), ("RETIRADO POR", 26),
                      ("DOC RETIRANTE", 14), ("HORA", 5)], rows)
    doc.t("\nOCORRÊNCIAS DO POSTO\n")
    if extra:
        a, t = extra[0]
        doc.f("- kit do peito acima retirado por «t» com autorização simples (sem firma reconhecida); liberado pela supervisão. "
              "Contato do retirante: «tel».\n", t=P(t.first if g.chance(0.5) else t.full), tel=(g.phone(), "PHONE_NUMBER"))
    c = g.person()
    doc.f("- atleta do peito «c» sem documento físico: mostrou a CNH digital («cnh») no celular. Camiseta trocada de M para G.\n"
          "- pedido de troca de titularidade (vaga vendida por fora) recusado: inscrição nº «ins» continua no nome do titular.\n"
          "- a voluntária do posto 3 (cel. «vt») cobre o posto «n» a partir das 14h; «w».\n",
          c=g.ri(lo, lo + 499), cnh=(g.cnh(), "BR_CNH"), ins=g.neg(11),
          vt=(g.phone(), "PHONE_NUMBER"), n=g.ri(1, 9),
          w=g.pick(["camiseta rosa só para o 5K", "seria prudente repor as sacolas antes do almoço", "faltou luz no pavilhão das 11h às 11h20",
                    "o kit Aurora (isotônico) acabou às 16h"]))
    return doc


def at_whatsapp_time(g: Gen) -> Doc:
    """WhatsApp export of an amateur futsal team collecting data for the league registration."""
    doc = Doc()
    team = g.pick(TEAMS)
    copa = g.pick(COPAS)
    cap = g.person(female=False)
    players = [g.person(female=False) for _ in range(6)]
    ios = g.chance(0.5)
    stamps = g.stamps(14, 3, "wa" if ios else "br")
    everyone = players + [cap]
    saved = {id(p): g.chance(0.35) for p in everyone}
    phones = {id(p): g.phone(g.pick(["plus", "plus", "par"])) for p in everyone}
    nickmap = {id(p): g.pick(SPORT_NICKS) for p in everyone}
    shown = {id(p): g.pick([p.short, nickmap[id(p)], f"{p.first} {nickmap[id(p)]}", p.first]) for p in everyone}
    doc.f("Conversa do WhatsApp com «t» ⚽ «y»\n", t=team, y=g.pick(["2025", "Veteranos", "Sub-20", "Futsal"]))
    k = [0]

    def line(who, msg: str, **kw) -> None:
        ts = stamps[k[0]]
        k[0] += 1
        doc.t(f"[{ts}] " if ios else f"{ts} - ")
        if saved[id(who)]:
            doc.e(shown[id(who)], "PERSON")
        else:
            doc.e(phones[id(who)], "PHONE_NUMBER")
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line(cap, "Rapaziada, a «l» pediu até sexta a ficha de inscrição da «c»: nome completo, CPF, RG, data de nascimento e foto 3x4. "
         "Quem não mandar não entra na relação e não joga", l=g.pick(LEAGUES), c=copa)
    p = players[0]
    if g.chance(0.4):
        line(p, "«n»\nCPF «cpf»\nRG «rg»\nnasc «dob»", n=P(p.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
             dob=(g.dob(g.pick(["br", "nopad", "short"]), 1980, 2004), "DATE_OF_BIRTH"))
    else:
        line(p, "CPF «cpf»\nRG «rg»\nnasc «dob»", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
             dob=(g.dob(g.pick(["br", "nopad", "short"]), 1980, 2004), "DATE_OF_BIRTH"))
    p = players[1]
    line(p, "«cpf» «dob»", cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("br", 1980, 2004), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        line(p, "nome completo: «n»", n=P(p.caps))
    p = players[2]
    line(p, "to sem cpf aqui, vai o RG: «rg». nascido em «dob»", rg=(g.rg(), "BR_RG"), dob=(g.dob("long", 1980, 2004), "DATE_OF_BIRTH"))
    cousin = g.person(female=False)
    p = players[3]
    line(p, "meu primo «c» vai entrar no meu lugar, machuquei o joelho. CPF dele «cpf», nasc. «dob», cel «t»",
         c=P(cousin.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1985, 2005), "DATE_OF_BIRTH"), t=(g.phone("par"), "PHONE_NUMBER"))
    tes = players[5]
    if g.chance(0.5):
        line(tes, "arbitragem ficou R$ «v» por jogo + inscrição R$ «ins». manda Pix pra chave aleatória «pix» (conta no meu nome, «n»)",
             v=g.ri(150, 260), ins=g.ri(300, 900), pix=(g.uuid(), "PIX_KEY"), n=P(tes.full))
    else:
        line(tes, "arbitragem ficou R$ «v» por jogo + inscrição R$ «ins». Pix na chave aleatória «pix» ou na conta ag «ag» cc «cc»",
             v=g.ri(150, 260), ins=g.ri(300, 900), pix=(g.uuid(), "PIX_KEY"), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        line(players[0], "feito ✅ «w»", w=g.pick(["e foi uma vitória suada sábado hein", "seria prudente treinar goleiro linha",
                                                  "faixa de capitão fica com o Bigode?", "sereno, vamo pra cima"]))
    line(players[1], "quem vai de carro pro «f»? vou no Gol prata placa «pl», cabe mais 3", f=g.pick(FIELDS), pl=(g.plate(), "LICENSE_PLATE"))
    line(cap, "faltam 2 ainda. estreia «d» 19h contra o «adv»", d=g.date("br"), adv=g.pick([t for t in TEAMS if t != team]))
    line(players[4], "mal aí, CPF «cpf», nascimento «dob». mas to fora umas 3 semanas, o médico pediu ressonância",
         cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("iso", 1978, 2003), "DATE_OF_BIRTH"))
    line(cap, "beleza. mando tudo pro e-mail da liga hoje à noite, com cópia pro meu «e»", e=(g.email(cap), "EMAIL_ADDRESS"))
    return doc


def at_app_natacao(g: Gen) -> Doc:
    """Support ticket of a swimming school's app with the JSON of a minor's enrolment."""
    doc = Doc()
    school = g.pick(SWIM)
    par = g.person()
    kid = g.minor(par)
    other = g.spouse(par)
    at = g.person()
    city, uf = g.city()
    doc.f("Chamado #«n» — «s» — app Família\nAberto por: «at» (atendimento) em «d»\nResumo: responsável não vê a turma d«o» filh«o» no app após "
          "a rematrícula. Payload do cadastro (GET /v2/alunos/«id») colado abaixo.\n\n",
          n=g.d(6), s=school, at=V(login(at)), d=g.date("br"), o=kid.o, id=g.d(7))
    pick = g.person()
    instr = g.person()
    has_cpf = g.chance(0.5)
    doc.f('{\n  "aluno": {\n    "id": «id»,\n    "nome": "«k»",\n    "data_nascimento": "«dob»",\n    "cpf": «q1»«cpf»«q2»,\n'
          '    "turma": "«tu»",\n    "nivel": "«nv»",\n    "restricoes": "«re»",\n    "atestado_dermatologico_validade": "«av»"\n  },\n'
          '  "responsaveis": [\n    {"nome": "«p»", "parentesco": "«pp»", "cpf": "«pc»", "celular": "«pt»", "email": "«pe»", "financeiro": true},\n'
          '    {"nome": "«o»", "parentesco": "«op»", "cpf": null, "celular": "«ot»", "email": "«oe»", "financeiro": false}\n  ],\n'
          '  "autorizados_retirada": [\n    {"nome": "«r»", "documento": "«rd»", "placa": "«pl»"}\n  ],\n'
          '  "endereco": {"logradouro": "«ad»", "bairro": "«b»", "cidade": "«c»", "uf": "«uf»", "cep": "«cep»"},\n'
          '  "professor": {"nome": "«in»", "registro": "«cref»"},\n'
          '  "cobranca": {"meio": "cartao_recorrente", "cartao": "«mask»", "dia": «dia»},\n'
          '  "meta": {"criado_por": "app", "ip_cadastro": "«ip»", "device": "«dev»", "ultima_sincronizacao": "«sync»"}\n}\n',
          id=g.d(7), k=P(g.pick([kid.full, kid.caps])), dob=(g.kid_dob("iso", 2012, 2021), "DATE_OF_BIRTH"),
          q1='"' if has_cpf else "", q2='"' if has_cpf else "", cpf=(g.cpf(), "BR_CPF") if has_cpf else V("null"),
          tu=g.pick(["Golfinhos 2 (sáb 9h)", "Tubarões (ter/qui 17h)", "Adaptação bebê", "Estrelas do Mar 1", "Pré-equipe"]),
          nv=g.pick(["adaptação", "crawl iniciante", "costas", "aperfeiçoamento", "pré-competitivo"]),
          re=g.pick(["nenhuma", "otite de repetição — usar protetor", "asma leve (bombinha na mochila)", "alergia a cloro?"]),
          av=g.date("iso"), p=P(par.full), pp="mãe" if par.female else "pai", pc=(g.cpf(), "BR_CPF"),
          pt=(g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER"), pe=(g.email(par), "EMAIL_ADDRESS"),
          o=P(other.full), op="pai" if par.female else "mãe", ot=(g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"),
          oe=(g.email(other), "EMAIL_ADDRESS"), r=P(name_form(g, pick, ["full", "caps"])), rd=(g.rg(), "BR_RG"),
          pl=(g.plate(), "LICENSE_PLATE"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf,
          cep=(g.cep(g.chance(0.7)), "BR_CEP"), **{"in": P(instr.full)}, cref=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          mask=g.masked(), dia=g.pick([5, 10, 15]), ip=(g.ip(), "IP_ADDRESS"),
          dev=g.pick(["iPhone14,5 iOS 17.4", "SM-A546E Android 14", "moto g54 Android 13"]), sync=g.stamps(1)[0])
    doc.f("\nAnálise («a2»): «why» e a turma nova não foi vinculada ao responsável financeiro. Corrigido na base; "
          "pedi para a família sair e entrar de novo no app. «w».\n",
          a2=V(login(g.person())),
          why="o cpf do aluno veio null" if not has_cpf else "o cadastro do outro responsável ficou sem CPF", w=g.pick(["Prof. da turma avisado", "Sem custo para a família",
                                                         "Atestado vence mês que vem: lembrar a família"]))
    return doc


def at_cessao(g: Gen) -> Doc:
    """E-mail thread at a gym's membership desk: a member transfers the annual plan to a relative."""
    doc = Doc()
    gym = g.pick(GYMS)
    dom = GYM_DOM[gym]
    m = g.person()
    n = g.spouse(m) if g.chance(0.4) else g.person()
    at = g.person()
    pt = g.person()
    city, uf = g.city()
    rel = g.pick(["cunhado(a)", "irmã(o)", "sobrinho(a)", "colega de trabalho", "esposa/marido"])
    doc.f("De: «m» <«me»>\nPara: relacionamento@«dom»\nData: «d»\nAssunto: Transferência do meu plano anual («pl»)\n\n"
          "Boa tarde,\n\nestou me mudando para «c2» e quero transferir o restante do meu «pl» (contrato nº «ct», unidade «u») para "
          "minha/meu «rel». Seguem os dados:\n\nNome: «n2»\nCPF: «nc»\nRG: «nr»\nData de nascimento: «nd»\nCelular: «nt»\n"
          "E-mail: «ne»\nEndereço: «na», «b» — «city»/«uf», CEP «cep»\n\nMeus dados: CPF «mc», cel. «mt». O débito no cartão «mask» "
          "pode parar depois da transferência.\n\nObrigado(a),\n«mf»\n\n",
          m=P(m.full), me=(m_mail := g.email(m), "EMAIL_ADDRESS"), dom=dom, d=g.date("long"), pl=g.pick(["Black 12 meses", "Anual Flex", "Plano Guerreiro", "Gold anual"]),
          c2=g.pick(["Bento Gonçalves", "Presidente Prudente", "Vitória", "Lisboa", "Santa Rosa", "Aurora (CE)"]), ct=g.neg(11),
          u=g.pick(["Centro", "Jardim Aurora", "Shopping Valente", "Vila Rosa", "Boa Vista"]), rel=rel,
          n2=P(n.full), nc=(g.cpf(), "BR_CPF"), nr=(g.rg(), "BR_RG"), nd=(g.dob(g.pick(["br", "br", "long"])), "DATE_OF_BIRTH"),
          nt=(g.phone(), "PHONE_NUMBER"), ne=(g.email(n), "EMAIL_ADDRESS"), na=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), mc=(g.cpf(), "BR_CPF"), mt=(g.phone(), "PHONE_NUMBER"), mask=(g.card(), "CREDIT_CARD") if g.chance(0.4) else V(g.masked()),
          mf=P(name_form(g, m, ["first", "full", "nick"])))
    doc.f("----- resposta -----\nDe: Relacionamento «gym» <«ae»>\nPara: «me»\n\nOlá, «mf»!\n\nA cessão do plano é permitida uma vez por contrato, com taxa "
          "de R$ «tx». «nf» precisa passar na recepção da unidade «u» com documento com foto para cadastrar a biometria da catraca e "
          "responder o PAR-Q. As sessões com o personal «pt» («cref») não são transferíveis; o novo titular pode contratá-las "
          "direto com o profissional. «w».\n\nProtocolo: «prot»\n\n«at» — Relacionamento com o Cliente\n«gym» · «tel» · ramal «r»\n",
          at=P(at.full), ae=(corp_mail(at, dom), "EMAIL_ADDRESS"), me=(m_mail, "EMAIL_ADDRESS"), mf=P(m.first), tx=g.money(49, 199),
          nf=P(n.first), u=g.pick(["Centro", "Jardim Aurora", "Shopping Valente", "Vila Rosa"]), pt=P(pt.full),
          cref=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          w=g.pick(["Seria prudente agendar pelo app", "A avaliação física inicial é cortesia", "Fica em branco o campo de indicação"]),
          prot=g.protocol(), gym=gym, tel=(g.phone(mobile=False, style=g.pick(["par", "zero"])), "PHONE_NUMBER"), r=g.ri(200, 299))
    return doc


def at_inscricoes(g: Gen) -> Doc:
    """CSV export of a race's registrations from the ticketing platform (first_name/last_name columns)."""
    doc = Doc()
    ev = g.pick(EVENTS)
    ana = g.person()
    sep = g.pick([",", ";"])
    doc.f("# export inscricoes — «ev» — gerado em «ts» por «lg»\n", ev=ev, ts=g.stamps(1, 1, "log")[0], lg=login(ana))
    rows = []
    for _ in range(g.ri(3, 4)):
        kenyan = g.chance(0.12)
        a = g.kenyan() if kenyan else g.person()
        c = g.spouse(a) if g.chance(0.5) and not kenyan else g.person()
        first, last = a.given, " ".join(a.surnames)
        if g.chance(0.3):
            first, last = fold(first).upper(), fold(last).upper()
        rows.append([V(g.d(7)), V(str(g.ri(1000, 9999))), P(first), P(last),
                     V(f"{g.pick(['FZ', 'AK', 'BK'])}{g.d(6)}") if kenyan else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob("iso", 1958, 2006), "DATE_OF_BIRTH"), V("F" if a.female else "M"), (g.email(a), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"), V(g.pick(RUN_TEAMS)),
                     (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["P", "M", "G", "GG", "BL P", "BL M"])), V(g.pick(["21K", "10K", "5K", "42K", "21K"])),
                     V(g.pick(["pago", "pago", "pago", "pendente", "cortesia"])), (g.ip(), "IP_ADDRESS")])
    table_csv(doc, ["inscricao_id", "peito", "first_name", "last_name", "documento", "data_nascimento", "sexo", "email", "celular",
                    "equipe", "tel_emergencia", "camiseta", "distancia", "status", "ip_inscricao"], rows, sep=sep)
    doc.f("# «n» linhas | cortesias liberadas por «s» | pedido «ped» (boleto) ainda sem baixa\n", n=len(rows),
          s=P(g.person().full) if g.chance(0.3) else V("organização"), ped=g.neg(11))
    return doc


def at_ocr_peneira(g: Gen) -> Doc:
    """OCR'd scan of a youth football academy's tryout registration of a minor, with guardian consent."""
    doc = Doc()
    club = g.pick(TEAMS)
    par = g.person()
    kid = g.minor(par, female=g.chance(0.2))
    city, uf = g.city()
    av = g.person()
    rec = g.person()
    cat = g.pick(["SUB-11", "SUB-13", "SUB-15", "SUB-17"])
    doc.f("[digitalizado — texto reconhecido por OCR, pág. 1/1]\n\n«h1»\n«h2» «cat» — «d»\n\n",
          h1=ocr(f"{club.upper()} — CATEGORIAS DE BASE", g), h2=ocr("FICHA DE INSCRIÇÃO PARA AVALIAÇÃO TÉCNICA (PENEIRA)", g), cat=cat,
          d=g.date("br"))
    doc.f("«l1» «k»\n«l2» «dob»   SEXO: «sx»\nRG: «rg»   CPF: «cpf»\n«l3» «esc»   SÉRIE: «se»\nPOSIÇÃO: «pos»   PÉ «pe»\n"
          "CLUBE ANTERIOR: «ca»\n\n",
          l1=ocr("NOME DO ATLETA:", g), k=P(ocr(g.pick([kid.caps, kid.caps_acc]), g, 0.5)),
          l2=ocr("DATA DE NASCIMENTO:", g), dob=(g.kid_dob(g.pick(["br", "br", "short"]), 2008, 2016), "DATE_OF_BIRTH"),
          sx="F" if kid.female else "M", rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), l3=ocr("ESCOLA:", g),
          esc=ocr(g.pick(["E.E. PRUDENTE DE MORAIS", "COLEGIO ESTADUAL ROSA AMADO", "E.M. AURORA BOREAL", "ESCOLA BENTO FREITAS"]), g),
          se=f"{g.ri(5, 9)}º", pos=g.pick(["GOLEIRO", "ZAGUEIRO", "LATERAL", "VOLANTE", "MEIA", "ATACANTE", "PONTA"]),
          pe=g.pick(["DIREITO", "ESQUERDO", "AMBIDESTRO"]), ca=g.pick(["NENHUM", "ESCOLINHA LEÃO DO BAIRRO", "PROJETO BOLA DE OURO", "FUTSAL DO SESC"]))
    doc.f("«l4»\nNOME: «p»   «par»\nCPF: «pc»   TEL: «pt»\n«l5» «ad» — «b» — «city»/«uf»\nCEP: «cep»\n\n",
          l4=ocr("DADOS DO RESPONSÁVEL LEGAL", g), p=P(ocr(par.caps, g, 0.5)), par=ocr("(MÃE)" if par.female else "(PAI)", g),
          pc=(g.cpf(), "BR_CPF"), pt=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"), l5=ocr("ENDEREÇO:", g),
          ad=(ocr(g.address("caps"), g, 0.3), "ADDRESS"), b=g.pick(BAIRROS).upper(), city=city.upper(), uf=uf, cep=(g.cep(g.chance(0.6)), "BR_CEP"))
    doc.f("«aut»\n\nASS. DO RESPONSÁVEL: ______________\n\n«l6» «av» — «cref»\nNOTA TÉCNICA: «nt»   RESULTADO: «res»\n"
          "RECEBIDO POR: «rec»   Nº INSCRIÇÃO: «ni»\n",
          aut=ocr("AUTORIZO MEU(MINHA) FILHO(A) A PARTICIPAR DA AVALIAÇÃO E DECLARO QUE ELE(A) ESTÁ APTO(A) À PRÁTICA ESPORTIVA, "
                  "ISENTANDO O CLUBE DE RESPONSABILIDADE POR LESÕES DECORRENTES DA ATIVIDADE.", g, 0.6),
          l6=ocr("AVALIADOR:", g), av=P(ocr(g.pick([av.caps, av.full]), g, 0.4)), cref=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          nt=g.pick(["7,5", "6", "8", "9,0", "5,5"]), res=g.pick(["APROVADO 2ª FASE", "LISTA DE ESPERA", "DISPENSADO", "APROVADO"]),
          rec=P(ocr(rec.first.upper(), g, 0.3)), ni=g.d(5))
    return doc


def at_consultoria(g: Gen) -> Doc:
    """Responses of an online personal-training consultancy's anamnesis form (spreadsheet pasted as blocks)."""
    doc = Doc()
    coach = g.person()
    brand = g.pick(["Consultoria Valente", "Método Leão", "Team Aurora Online", "Projeto Corpo Bento", f"Time {coach.first}"])
    doc.f("Respostas ao formulário «b» — Anamnese (exportado da planilha)\n\n", b=brand)
    for i in range(3):
        a = g.person()
        ind = g.person()
        doc.f("Carimbo de data/hora: «ts»\nEndereço de e-mail: «e»\nNome completo: «n»\nCPF (para a nota fiscal): «cpf»\nData de nascimento: «dob»\nWhatsApp com DDD: «t»\n"
              "Cidade/UF: «c»\nObjetivo principal: «obj»\nLesões ou cirurgias: «les»\nUsa algum medicamento? «med»\n"
              "Instagram (opcional): @«ig»\nComo conheceu a consultoria? ",
              ts=g.stamps(1, 1, "br")[0], e=(g.email(a), "EMAIL_ADDRESS"),
              n=P(name_form(g, a, ["full", "full", "low", "caps"])), cpf=(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short", "dot"]), 1968, 2006), "DATE_OF_BIRTH"),
              t=(g.phone(g.pick(["raw", "par", "plain", "dash"])), "PHONE_NUMBER"), c="/".join(g.city()),
              obj=g.pick(["emagrecer 8 kg até o casamento", "correr minha primeira meia maratona", "hipertrofia", "voltar a jogar futsal sem dor",
                          "condicionamento pro jiu-jitsu (faixa branca ainda)"]),
              les=g.pick(["não", "LCA do joelho direito operado em 2019", "condromalácia", "hérnia de disco L5-S1", "entorse de tornozelo recorrente"]),
              med=g.pick(["não", "losartana", "levotiroxina 50mcg", "não, só whey"]),
              ig=re.sub(r"[^a-z]", "", fold(a.first).lower()) + g.pick(["fit", ".run", "_treino", g.d(2)]))
        how = g.ri(0, 3)
        if how == 0:
            doc.f("Indicação da(o) «x»\n\n", x=P(ind.full if g.chance(0.5) else ind.first))
        elif how == 1:
            doc.f("indicação do «x» do futsal\n\n", x=P(g.pick(SPORT_NICKS)))
        else:
            doc.t(g.pick(["Instagram", "Google", "vi um reels", "TikTok"]) + "\n\n")
    doc.f("Obs. de «c» («cref»): planilhas da semana 1 enviadas por e-mail; «w». Dúvidas no «t».\n",
          c=P(coach.first), cref=(g.council("CREF"), "PROFESSIONAL_ID"), w=g.pick(WORD_USES), t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico


def ju_sumula(g: Gen) -> Doc:
    """Referee's match report (súmula) of an amateur futsal/football league, with the incident report."""
    doc = Doc()
    league = g.pick(LEAGUES)
    a_team, b_team = g.sample(TEAMS, 2)
    futsal = g.chance(0.5)
    ref = g.person(female=g.chance(0.2))
    as1, as2, dele = g.person(), g.person(), g.person()
    ga, gb = g.ri(0, 6), g.ri(0, 6)
    cat = g.pick(["Adulto", "Veteranos 40+", "Sub-20", "Feminino Livre"])
    women = cat == "Feminino Livre"
    dob_range = {"Adulto": (1985, 2005), "Veteranos 40+": (1966, 1985), "Sub-20": (2006, 2008), "Feminino Livre": (1983, 2007)}[cat]
    doc.f("«lg»\nSÚMULA DE JOGO Nº «n»/«y»\nCompetição: «cp» — «cat» — «rd»ª rodada\nPartida: «a» «ga» x «gb» «b»\n"
          "Local: «loc» — Data: «d» — Início: «hi» — Término: «ht»\n\nARBITRAGEM\nÁrbitro: «r»   CPF: «rc»   Registro liga: «rr»\n"
          "Celular: «rt»   Pagamento da taxa de arbitragem: Pix chave aleatória «pix»\n«l1»: «a1»   CPF: «ac»\nDelegado da partida: «de»\n\n",
          lg=league.upper(), n=g.ri(10, 480), y=g.pick([2025, 2026]), cp=g.pick(COPAS), cat=cat,
          rd=g.ri(1, 14), a=a_team, ga=ga, gb=gb, b=b_team, loc=g.pick(FIELDS), d=g.date("br"), hi=f"{(hh := g.ri(8, 20)):02d}:{(mi := g.ri(0, 5) * 10):02d}", ht=f"{hh + (1 if futsal else 2):02d}:{mi + g.ri(0, 9):02d}",
          r=P(name_form(g, ref, ["caps", "full"])), rc=(g.cpf(), "BR_CPF"), rr=g.d(5), rt=(g.phone(), "PHONE_NUMBER"),
          pix=(g.uuid(), "PIX_KEY"), l1="2º Árbitro" if futsal else "Assistente 1", a1=P(name_form(g, as1, ["caps", "full", "short"])),
          ac=(g.cpf(), "BR_CPF"), de=V(g.pick(["não designado", "representante da liga", "não compareceu"])))
    squads = {}
    for team in (a_team, b_team):
        doc.f("RELAÇÃO DE ATLETAS — «t»\n", t=team.upper())
        rows = []
        pl = []
        for num in g.sample(range(1, 30), 3):
            p = g.person(female=women)
            pl.append((num, p))
            dv = (g.rg(), "BR_RG") if g.chance(0.5) else (g.cpf(), "BR_CPF")
            rows.append([V(str(num)), P(name_form(g, p, ["caps", "caps", "full"])), (g.dob("br", *dob_range), "DATE_OF_BIRTH"), dv,
                         V(g.pick(["T", "T", "R", "T"])), V(g.pick(["", "", "C", "G"]))])
        table_ruled(doc, ["Nº", "Atleta", "Nasc.", "Documento", "T/R", "C/G"], rows, g.pick(["plus", "plain"]))
        tec = g.person(female=False)
        if g.chance(0.5):
            doc.f("Técnico: «t» («cref»)\n\n", t=P(name_form(g, tec, ["caps", "full"])),
                  cref=(g.council("CREF"), "PROFESSIONAL_ID") if g.chance(0.6) else V("sem registro"))
        else:
            doc.t("Técnico: não relacionado (dirigiu o capitão)\n\n")
        squads[team] = pl
    doc.t("CARTÕES\n")
    (na, pa) = g.pick(squads[a_team])
    (nb, pb) = g.pick(squads[b_team])
    nick_b = g.pick(SPORT_NICKS)
    m2 = g.ri(2, 19)
    doc.f("CA  «m1»' «tp»  nº «na» («ta») — reclamação acintosa\nCV  «m2»' 2ºT  nº «nb» («tb») — agressão física ao «who»\n\n",
          m1=g.ri(2, 19), tp=g.pick(["1ºT", "2ºT"]), na=na, ta=a_team,
          m2=m2, nb=nb, tb=b_team, who=(who := g.pick(["árbitro principal", "2º árbitro" if futsal else "assistente 1"])))
    doc.f("RELATÓRIO DO ÁRBITRO\nAos «m2» minutos do segundo tempo, após marcação de falta, o atleta nº «nb» do «tb», Sr. «pb», conhecido como "
          "«nick», desferiu um empurrão seguido de soco no ombro do «who». Foi expulso e se recusou a deixar a quadra por cerca de «x» "
          "minutos. A partida foi paralisada e só reiniciada com a chegada da guarnição da PM (viatura «vt»). O capitão do «tb» "
          "recusou-se a assinar a súmula. «w».\n\nAssinaturas: árbitro / capitães / delegado\n",
          m2=m2, nb=nb, tb=b_team, pb=P(pb.full), nick=P(nick_b), who=who, x=g.ri(3, 12),
          vt=(g.plate(), "LICENSE_PLATE"),
          w=g.pick(["Registro que a vitória do mandante foi mantida", "O placar não estava em branco quando houve a confusão",
                    "A iluminação do ginásio falhou duas vezes (falta de luz no setor B)"]),
          )
    return doc


def ju_tjd(g: Gen) -> Doc:
    """Decision (acórdão) of the disciplinary tribunal (TJD) of an amateur league."""
    doc = Doc()
    league = g.pick(LEAGUES)
    team = g.pick(TEAMS)
    at1 = g.person(female=False)
    at2 = g.person(female=False)
    rel, proc, dfs, pres, ref = g.person(), g.person(), g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("TRIBUNAL DE JUSTIÇA DESPORTIVA — «lg»\nProcesso Disciplinar nº «n»/«y»\nDenunciados: «A1» (atleta, «t»); «A2» (atleta, «t»); «t» (entidade)\n"
          "Relator: Auditor(a) «rel»\nProcuradoria: Procuradoria da Justiça Desportiva\nDefesa: «dfs» («oab») — «de»\n\nACÓRDÃO\n\n",
          lg=league.upper(), n=g.d(3), y=g.pick([2025, 2026]), A1=P(at1.caps), A2=P(at2.caps), t=team, rel=P(rel.full),
          dfs=P(dfs.full), de=(g.email(dfs, g.pick(["adv.br", "gmail.com", "advocacia.com.br"])), "EMAIL_ADDRESS"), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("EMENTA: Agressão física a árbitro (art. 254-A do CBJD). Invasão de quadra por torcedores (art. 213). Suspensão e multa. "
          "Recurso parcialmente provido.\n\nRELATÓRIO\nTrata-se de denúncia oferecida com base na súmula nº «s» lavrada pelo árbitro da partida no jogo "
          "entre «t» e «t2», pela «cp». Segundo a súmula, o atleta «a1», inscrito sob o CPF «c1», agrediu o árbitro após a marcação de "
          "pênalti. O atleta «a2» (RG «r2») teria incitado a torcida. A defesa juntou vídeo e a declaração de uma testemunha "
          "residente na «ad», que afirma ter visto apenas um empurrão. O primeiro denunciado nasceu em «dob» e não possui antecedentes na liga.\n\n",
          s=g.d(3), t=team, t2=g.pick([x for x in TEAMS if x != team]), cp=g.pick(COPAS), a1=P(at1.full),
          c1=(g.cpf(), "BR_CPF"), a2=P(at2.full), r2=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"),
          dob=(g.dob("br", 1980, 2004), "DATE_OF_BIRTH"))
    doc.f("VOTO\nO relator reconhece a agressão, mas afasta a qualificadora. Registre-se que a ação declaratória proposta pelo clube "
          "na Justiça comum (processo nº «cnj») não suspende a competência desta Corte (art. 217, § 1º, da Constituição; Lei 9.615/1998).\n\n"
          "DECISÃO\nPor maioria: o primeiro denunciado suspenso por «k» partidas; o segundo denunciado absolvido; «t» multado em R$ «v», a recolher na conta da liga "
          "(Banco «bk», ag. «ag», c/c «cc») em 10 dias, sob pena de perda de pontos e de «w».\n\n«city», «d».\n\n«pres»\nPresidente do TJD\n",
          cnj=g.cnj(), k=g.ri(2, 12), t=team, v=g.money(200, 3000),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          w=g.pick(["ter declarada a vitória do adversário por W.O.", "exclusão da Copa", "perda do mando de campo"]),
          city=g.city()[0], d=g.date("long"), pres=P(pres.caps))
    return doc


def ju_patrocinio(g: Gen) -> Doc:
    """Sponsorship and image-rights licence contract between a sponsor, an athlete and her/his image company."""
    doc = Doc()
    sp = g.pick(SPONSORS)
    dirx = g.person()
    ath = g.person()
    agent = g.person()
    city, uf = g.city()
    sport = g.pick(["corrida de rua", "natação", "jiu-jitsu", "futsal", "vôlei de praia", "triatlo", "skate street", "atletismo (400 m)"])
    img = f"{fold(ath.last).title()} {g.pick(['Sports', 'Imagem', 'Esportes', 'Licenciamento'])} Ltda."
    doc.f("CONTRATO DE PATROCÍNIO ESPORTIVO E LICENÇA DE USO DE IMAGEM, NOME E VOZ\n\n"
          "PATROCINADORA: «sp», inscrita no CNPJ sob o nº «scnpj», com sede na Av. «sed», neste ato representada por seu diretor de marketing, "
          "«dir», CPF «dc».\n\n"
          "ATLETA: «ath», brasileir«o», «civ», atleta de «sport», nascid«o» em «dob», portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf», "
          "residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep», e-mail «e», telefone «t».\n\n"
          "INTERVENIENTE-ANUENTE: «img», CNPJ «icnpj», titular da licença dos direitos de imagem d«o» ATLETA, representada por seu sócio-"
          "administrador e agente «ag» («ae»).\n\n",
          sp=sp, scnpj=(g.any_cnpj(), "BR_CNPJ"), sed=g.pick(["Paulista, 1.842, 12º andar", "Bento Gonçalves, 3.300", "das Américas, 500, bloco 2"]),
          dir=P(dirx.full), dc=(g.cpf(), "BR_CPF"), ath=P(ath.caps), o=ath.o, a="a" if ath.female else "", 
          civ=g.pick(["solteir" + ath.o, "casad" + ath.o, "em união estável"]), sport=sport, dob=(g.dob(g.pick(["br", "long"]), 1990, 2006), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), e=(g.email(ath), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), img=img,
          icnpj=(g.cnpj(alnum=g.chance(0.6)), "BR_CNPJ"), ag=P(agent.full), ae=(g.email(agent), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 1ª — A PATROCINADORA patrocinará o ATLETA na temporada «y», com uso da marca no uniforme de competição e nas redes sociais "
          "(perfil @«ig», mínimo de 4 publicações/mês).\n"
          "CLÁUSULA 2ª — Pela licença de imagem, a PATROCINADORA pagará à INTERVENIENTE R$ «v» mensais, mediante nota fiscal, por crédito na "
          "conta corrente nº «cc», agência «agc», Banco «bk», de titularidade da INTERVENIENTE.\n"
          "CLÁUSULA 3ª — Bônus por resultado: R$ «bon» por vitória em etapa do circuito e R$ «pod» por pódio; nenhum bônus se o ATLETA ficar "
          "em branco na temporada.\n"
          "CLÁUSULA 4ª — Aplicam-se a Lei 9.615/1998 (art. 87-A) e a Lei 13.709/2018 quanto aos dados pessoais do ATLETA.\n"
          "CLÁUSULA 5ª — Fica eleito o foro da comarca de «city».\n\n",
          y=g.pick([2025, 2026]), ig=re.sub(r"[^a-z]", "", fold(ath.first + ath.last).lower()) + g.pick(["", "oficial", ".atleta"]),
          v=g.money(1500, 40000), cc=(g.account(), "BANK_ACCOUNT"), agc=(g.agency(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1],
          bon=g.money(500, 5000), pod=g.money(200, 2000), city=city)
    w1, w2 = g.person(), g.person()
    doc.f("Testemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n\nAssinado eletronicamente:\n«s1» — IP «ip1» — «ts1»\n«s2» — IP «ip2» — «ts2»\n"
          "interveniente — IP «ip3» — «ts3»\nEnvelope «env»\n",
          w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"),
          s1=P(dirx.caps), ip1=(g.ip(), "IP_ADDRESS"), ts1=(ts := g.stamps(3, 2))[0], s2=P(ath.caps), ip2=(g.ip(), "IP_ADDRESS"), ts2=ts[1],
          ip3=(g.ip(), "IP_ADDRESS"), ts3=ts[2], env=g.uuid().upper())
    return doc


def ju_formacao(g: Gen) -> Doc:
    """Youth-academy training contract of a minor athlete (art. 29 Lei Pelé) signed by both guardians."""
    doc = Doc()
    club = g.pick(TEAMS)
    mom = g.person(female=True)
    dad = g.spouse(mom)
    kid = g.minor(dad, female=g.chance(0.15))
    pres = g.person()
    mon = g.person()
    psy = g.person(female=g.chance(0.7))
    city, uf = g.city()
    doc.f("CONTRATO DE FORMAÇÃO DESPORTIVA\n(art. 29, § 4º, da Lei nº 9.615/1998 e Lei nº 8.069/1990 — ECA)\n\n"
          "ENTIDADE FORMADORA: «club», associação civil sem fins lucrativos, CNPJ «cnpj», neste ato representada por seu presidente, «pres».\n\n"
          "ATLETA EM FORMAÇÃO: «k», nascid«o» em «dob», CPF «kc», Cartão Nacional de Saúde «cns», estudante do «se» da «esc».\n\n"
          "REPRESENTANTES LEGAIS: «m», «mp», CPF «mc», RG «mr», celular «mt»; e «d», «dp», CPF «dc», celular «dt», ambos residentes na "
          "«ad», «b», «city»/«uf», CEP «cep».\n\n",
          club=club.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), pres=P(pres.full), k=P(g.pick([kid.full, kid.caps])), o=kid.o,
          dob=(g.kid_dob(g.pick(["br", "long"]), 2008, 2013), "DATE_OF_BIRTH"), kc=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          se=f"{g.ri(7, 9)}º ano" if g.chance(0.5) else f"{g.ri(1, 2)}º ano do ensino médio",
          esc=g.pick(["E.E. Prudente de Morais", "Escola Municipal Bento Freitas", "Colégio Estadual Rosa Amado", "E.M. Professora Iraci Gadelha"]),
          m=P(mom.full), mp=g.pick(["do lar", "cabeleireira", "auxiliar de enfermagem", "professora", "comerciante"]), mc=(g.cpf(), "BR_CPF"),
          mr=(g.rg(), "BR_RG"), mt=(g.phone(), "PHONE_NUMBER"), d=P(dad.full), dp=g.pick(["motorista", "pedreiro", "vigilante", "comerciante", "servidor público"]),
          dc=(g.cpf(), "BR_CPF"), dt=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    doc.f("CLÁUSULA 1ª — A entidade oferecerá treinamento, alimentação, transporte e alojamento na Casa do Atleta, sob supervisão de monitor designado pelo clube "
          "(tel. «mot»), assegurada a frequência escolar.\n"
          "CLÁUSULA 2ª — O(A) atleta receberá bolsa de aprendizagem de R$ «v» mensais, depositada em conta de poupança em nome do(a) menor, "
          "agência «ag», conta «cc», movimentável pelos representantes.\n"
          "CLÁUSULA 3ª — Acompanhamento psicológico com «psy» («crp») e médico com o departamento do clube; qualquer lesão será comunicada "
          "em até 24 horas aos responsáveis.\n"
          "CLÁUSULA 4ª — Autorizam os representantes o uso da imagem do(a) atleta exclusivamente em materiais institucionais; «w».\n\n"
          "«city», «dd».\n\n____________________ pela entidade formadora\n____________________ pelos representantes legais\n"
          "Testemunhas: «t1» (CPF «tc1») e «t2» (RG «tr2»)\n",
          mot=(g.phone(), "PHONE_NUMBER"), v=g.money(300, 1500), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          psy=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          w=g.pick(["a torcida do Leão não tem relação com o clube", "seria prudente rever esta cláusula a cada temporada",
                    "não haverá uso comercial da vitória d" + kid.o + " atleta"]),
          city=city, dd=g.date("long"), t1=P(g.person().full), tc1=(g.cpf(), "BR_CPF"),
          t2=P(g.person().full), tr2=(g.rg(), "BR_RG"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police occurrence report (boletim de ocorrência, ALL CAPS) after a fight at an amateur match."""
    doc = Doc()
    vit = g.person()
    aut = g.person(female=False)
    tes = g.person()
    own = g.person()
    pol = g.person()
    city, uf = g.city()
    a_team, b_team = g.sample(TEAMS, 2)
    vulgo = g.pick(SPORT_NICKS).upper()
    doc.f("SECRETARIA DA SEGURANÇA PÚBLICA — «dp»\nBOLETIM DE OCORRÊNCIA Nº «n»/«y»\nNATUREZA: LESÃO CORPORAL (ART. 129 CP); DANO (ART. 163 CP)\n"
          "DATA/HORA DO FATO: «d» «h»   LOCAL: «loc», «city»/«uf»\nDATA DA COMUNICAÇÃO: «d» «h2»\n\n",
          dp=g.pick(["DELEGACIA DE POLÍCIA DE PLANTÃO", f"{g.ri(1, 9)}º DISTRITO POLICIAL", "DEPPE — DELEGACIA DE EVENTOS ESPORTIVOS"]),
          n=g.d(4), y=(bo_d := g.date("br"))[-4:], d=bo_d, h=f"{(hh := g.ri(8, 18)):02d}:{g.ri(0, 59):02d}", h2=f"{hh + g.ri(1, 4):02d}:{g.ri(0, 59):02d}", loc=fold(g.pick(FIELDS)).upper(), city=fold(city).upper(), uf=uf)
    doc.f("VÍTIMA: «v»\nRG: «vr»   CPF: «vc»   NASC.: «vd»\nEND.: «va» — «vb»   TEL.: «vt»\nPROFISSÃO: «vp»\n\n"
          "AUTOR: «a»   VULGO «an»\nRG: «ar»   NASC.: «ad»\nEND.: «aa»\n\nTESTEMUNHA: «t»   TEL.: «tt»\n\n"
          "VEÍCULO ENVOLVIDO: «pl» (DANIFICADO — PARA-BRISA) — PROPRIETÁRIO: «o»\n\n",
          v=P(vit.caps), vr=(g.rg(), "BR_RG"), vc=(g.cpf(), "BR_CPF"), vd=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"),
          va=(g.address("caps"), "ADDRESS"), vb=g.pick(BAIRROS).upper(), vt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          vp=(vp := g.pick(["ÁRBITRO AMADOR", "ÁRBITRO AMADOR", "ASSISTENTE DE ARBITRAGEM", "MESÁRIO"])),
          a=P(aut.caps), an=P(vulgo), ar=(g.rg(), "BR_RG"), ad=(g.dob("br", 1970, 2004), "DATE_OF_BIRTH"),
          aa=(g.address("caps"), "ADDRESS") if g.chance(0.7) else V("NÃO INFORMADO"), t=P(tes.caps), tt=(g.phone(), "PHONE_NUMBER"),
          pl=(plate := g.plate(), "LICENSE_PLATE"), o=P(own.caps) if g.chance(0.5) else V("A PRÓPRIA VÍTIMA"))
    doc.f("HISTÓRICO: COMPARECE A VÍTIMA RELATANDO QUE ATUAVA COMO «fn» NA PARTIDA ENTRE «ta» E «tb», VÁLIDA PELA «cp», QUANDO, APÓS O "
          "APITO FINAL, FOI CERCADA POR ATLETAS E TORCEDORES DO «tb». O AUTOR, «a», CONHECIDO COMO «an», DESFERIU SOCOS EM SEU ROSTO. "
          "NA SAÍDA, O VEÍCULO «pl», ACIMA DESCRITO, ESTACIONADO NA RUA LATERAL, TEVE O PARA-BRISA QUEBRADO. A VÍTIMA FOI ATENDIDA EM "
          "«hosp» (BOLETIM MÉDICO «bm», CID «cid»). A TESTEMUNHA CONFIRMA OS FATOS. EXPEDIDA REQUISIÇÃO DE EXAME DE CORPO DE DELITO.\n\n"
          "RESPONSÁVEL PELO REGISTRO: «pol» — ESCRIVÃO(Ã) DE POLÍCIA — MATRÍCULA «mat»\n",
          fn={"ÁRBITRO AMADOR": "ÁRBITRO", "ASSISTENTE DE ARBITRAGEM": "ASSISTENTE", "MESÁRIO": "MESÁRIO"}[vp], ta=fold(a_team).upper(), tb=fold(b_team).upper(), cp=fold(g.pick(COPAS)).upper(),
          a=P(fold(aut.short).upper()), an=P(vulgo), pl=(plate, "LICENSE_PLATE"),
          hosp=fold(g.pick(HOSPITALS)).upper(), bm=g.d(8), cid=g.pick(["S02.2", "S00.8", "S01.5", "S06.0"]),
          pol=P(pol.caps), mat=f"{g.d(3)}.{g.d(3)}-{g.d(1)}")
    return doc


def ju_apostas(g: Gen) -> Doc:
    """Small-claims petition against a sports-betting operator that withheld a payout after KYC."""
    doc = Doc()
    aut = g.person()
    adv = g.person()
    agt = g.person()
    city, uf = g.city()
    op = g.pick(BETS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «cu»/«uf»\n\n"
          "«a», brasileir«o», «pr», inscrit«o» no CPF sob o nº «cpf», portador(a) do RG «rg», nascid«o» em «dob», residente e domiciliad«o» na «ad», "
          "«b», «city»/«uf», CEP «cep», e-mail «e», telefone «t», vem, por seu advogado (procuração anexa), propor\n\n"
          "AÇÃO DE OBRIGAÇÃO DE FAZER C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «op», CNPJ «cnpj», operadora autorizada nos termos da "
          "Lei 14.790/2023, pelos fatos e fundamentos a seguir.\n\n",
          n=g.ri(1, 12), cu=fold(city).upper(), uf=uf, a=P(aut.caps), o=aut.o,
          pr=g.pick(["motorista de aplicativo", "auxiliar administrativo", "estudante", "mecânico", "vendedor(a)", "técnico(a) de enfermagem"]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "long"]), 1975, 2005), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, cep=(g.cep(), "BR_CEP"), e=(g.email(aut), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), op=op.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("I — DOS FATOS\nA parte autora mantém conta na plataforma da ré desde «d0» (usuário «user»). Em «d1», acertou aposta múltipla no jogo "
          "«ta» x «tb», e a vitória do visitante rendeu R$ «v». Solicitou o saque para a sua chave Pix aleatória «pix», cadastrada em "
          "seu próprio nome, mas a ré bloqueou o valor alegando \"revisão de segurança\". Enviou selfie, foto do documento e comprovante de "
          "residência; o atendente «ag» respondeu, do e-mail «age», que o acesso partira do IP «ip», \"não compatível com o perfil\". "
          "A parte autora jamais apostou por terceiros.\n\n"
          "II — DO DIREITO\nA relação é de consumo (Lei 8.078/1990). A retenção é abusiva, como já decidido no processo nº «cnj».\n\n"
          "III — DOS PEDIDOS\na) a liberação de R$ «v» em 5 dias, sob multa diária; b) indenização por danos morais de R$ «dm»; "
          "c) subsidiariamente, o crédito na conta da parte autora no Banco «bk», agência «agn», conta «cc».\n\nValor da causa: R$ «vc».\n\n"
          "«city», «dd».\n\n«adv»\n«oab»\n",
          d0=g.date("br", 2023), user=re.sub(r"[^a-z]", "", fold(aut.first).lower()) + g.d(3), d1=g.date("br", 2025),
          ta=g.pick(["Flamengo", "Palmeiras", "Grêmio", "Bahia", "Fortaleza", "Cruzeiro"]), tb=g.pick(["Vitória", "Sport", "Ceará", "Goiás", "Juventude"]),
          v=g.money(2000, 60000), pix=(g.uuid(), "PIX_KEY"), ag=P(agt.first if g.chance(0.5) else agt.full),
          age=(corp_mail(agt, dom_of(op)), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), cnj=g.cnj(), dm=g.money(5000, 20000),
          bk=g.pick(BANKS)[1], agn=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), vc=g.money(10000, 80000),
          city=city, dd=g.date("long", 2026), adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_ata_liga(g: Gen) -> Doc:
    """Minutes of an amateur league's general assembly electing its board, with the attendance list."""
    doc = Doc()
    league = g.pick(LEAGUES)
    city, uf = g.city()
    doc.f("ATA DA ASSEMBLEIA GERAL ORDINÁRIA DA «lg»\nCNPJ «cnpj»\n\nAos «d», às «h», na sede social, reuniram-se em segunda convocação os "
          "representantes dos clubes filiados abaixo relacionados, para eleição da diretoria para o biênio «b1»/«b2» e aprovação das contas.\n\n",
          lg=league.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), d=g.date("long"), h=g.hm(), b1=(y := g.pick([2025, 2026])), b2=y + 1)
    rows = []
    for club in g.sample(TEAMS, 4):
        r = g.person()
        rows.append([V(club), P(name_form(g, r, ["full", "caps", "full"])), (g.cpf(), "BR_CPF") if g.chance(0.8) else (g.rg(), "BR_RG"),
                     V(g.pick(["presidente", "vice-presidente", "procurador", "diretor de futebol"])), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")])
    table_ruled(doc, ["Clube", "Representante", "Documento", "Cargo no clube", "Contato"], rows, g.pick(["plus", "psql", "plain"]))
    pres, vice, tes, sec = g.person(), g.person(), g.person(female=True), g.person()
    doc.f("\nAberta a sessão pelo presidente em exercício, foi aprovada por unanimidade a chapa única \"«ch»\", assim composta:\n"
          "PRESIDENTE: «p», brasileiro(a), «pe», comerciante, RG «pr», CPF «pc», título eleitoral «tit», residente na «pa», «city»/«uf», CEP «pcep»;\n"
          "VICE-PRESIDENTE: «v», CPF «vc»;\nTESOUREIRA: «t», CPF «tc», e-mail «te»;\nSECRETÁRIO: «s».\n\n"
          "As contas do exercício, apresentadas pela contadora «ct» («crc»), foram aprovadas. O representante do «club» registrou em ata: "
          "«w». Nada mais havendo, eu, secretário, lavrei a presente ata.\n",
          ch=g.pick(["Renovação e Luz", "Vitória da Várzea", "União Valente", "Bola pra Frente"]),
          p=P(pres.full), pe=g.pick(["casado(a)", "solteiro(a)", "divorciado(a)"]), pr=(g.rg(), "BR_RG"), pc=(g.cpf(), "BR_CPF"),
          tit=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else V("não informado"), pa=(g.address(), "ADDRESS"), city=city, uf=uf, pcep=(g.cep(), "BR_CEP"), v=P(vice.full), vc=(g.cpf(), "BR_CPF"),
          t=P(tes.full), tc=(g.cpf(), "BR_CPF"), te=(g.email(tes), "EMAIL_ADDRESS"), s=P(sec.full),
          ct=P(g.person(female=True).full) if g.chance(0.5) else V("do escritório contratado"), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), club=g.pick(TEAMS),
          w=g.pick(WORD_USES))
    return doc


JU = [ju_sumula, ju_tjd, ju_patrocinio, ju_formacao, ju_bo, ju_apostas, ju_ata_liga]


# =========================================================================== saude


def sa_avaliacao(g: Gen) -> Doc:
    """A gym's physical assessment report (anthropometry table, tests) with referrals."""
    doc = Doc()
    gym = g.pick(GYMS)
    al = g.person()
    av = g.person()
    fis = g.person()
    nut = g.person()
    female = al.female
    doc.f("«gym» — AVALIAÇÃO FÍSICA\nAluno(a): «a»   Nasc.: «dob»   Sexo: «sx»\nMatrícula: «m»   Objetivo: «obj»\n"
          "Avaliador(a): «av» — «cref»   Data: «d»   Protocolo: «pr»\n\n",
          gym=gym.upper(), a=P(name_form(g, al, ["full", "caps"])), dob=(g.dob(g.pick(["br", "short", "dot"]), 1960, 2007), "DATE_OF_BIRTH"),
          sx="F" if female else "M", m=g.d(6), obj=g.pick(["emagrecimento", "hipertrofia", "preparação p/ meia maratona", "retorno pós-lesão"]),
          av=P(av.full), cref=(g.council("CREF"), "PROFESSIONAL_ID"), d=g.date("br"),
          pr=g.pick(["Pollock 7 dobras", "Pollock 3 dobras", "Bioimpedância tetrapolar", "Jackson & Pollock"]))
    rows = [[V(k), V(f"{g.ri(lo, hi)},{g.d(1)}"), V(f"{g.ri(lo, hi)},{g.d(1)}")] for k, lo, hi in
            [("Peso (kg)", 52, 110), ("Estatura (m)", 1, 1), ("% gordura", 11, 38), ("Massa magra (kg)", 38, 80), ("Cintura (cm)", 64, 112),
             ("Quadril (cm)", 84, 120), ("Braço dir. (cm)", 24, 42), ("Coxa dir. (cm)", 44, 68)]]
    rows[1] = [V("Estatura (m)"), V(f"1,{g.ri(50, 95)}"), V("—")]
    table_ruled(doc, ["Medida", "Atual", "Anterior"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("\nTestes: VO2máx estimado (Cooper) «vo» ml/kg/min · flexão de braço «fb» rep. · sentar e alcançar «sa» cm\n"
          "PA repouso «pa» mmHg · FC repouso «fc» bpm\n\nObservações: relata dor no «dor»; encaminhad«o» à fisioterapeuta «fi» («crefito») e ao "
          "nutricionista «nu» («crn»). «w». Reavaliação em 90 dias.\n"
          "Relatório enviado para «e» e para o WhatsApp «t».\n",
          vo=g.ri(28, 56), fb=g.ri(5, 45), sa=g.ri(12, 40), pa=f"{g.ri(10, 14)}0/{g.ri(6, 9)}0", fc=g.ri(52, 90),
          dor=g.pick(["joelho direito ao agachar", "ombro esquerdo no supino", "tendão de Aquiles após a corrida", "lombar"]), o=al.o,
          fi=P(fis.full), crefito=(g.council("CREFITO"), "PROFESSIONAL_ID"), nu=P(nut.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"),
          w=g.pick(["Seria prudente reduzir o volume de corrida por 3 semanas", "Aluno sereno quanto à meta, boa adesão",
                    "Luz verde do cardiologista anexada ao prontuário", "Ficou em branco o campo de medicamentos: confirmar"]), e=(g.email(al), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_cardio(g: Gen) -> Doc:
    """Exercise stress-test report and pre-participation cardiology clearance for a marathon."""
    doc = Doc()
    cl = g.pick(CLINICS)
    pac = g.person()
    sol = g.person()
    car = g.person()
    uf = g.pick(UFS)
    ev = g.pick(EVENTS)
    doc.f("«cl» — «tel»\nLAUDO DE TESTE ERGOMÉTRICO — AVALIAÇÃO PRÉ-PARTICIPAÇÃO ESPORTIVA\n\n"
          "Paciente: «p»   Sexo: «sx»   Nasc.: «dob»\nCPF: «cpf»   CNS: «cns»   Contato: «pt»\nConvênio: «conv» — carteira «cart»\n"
          "Solicitante: «s» — «scrm»\nIndicação: liberação para «ev»; «hist».\n\n",
          cl=cl, tel=(g.phone(mobile=False, style=g.pick(["par", "plain"])), "PHONE_NUMBER"), p=P(name_form(g, pac, ["full", "caps"])),
          sx="F" if pac.female else "M", dob=(g.dob("br", 1958, 1998), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), pt=(g.phone(), "PHONE_NUMBER"),
          conv=g.pick(["Unimed", "Bradesco Saúde", "particular", "SulAmérica", "Cassi"]), cart=g.neg(16),
          s=P(sol.full) if g.chance(0.5) else V("médico do clube"), scrm=(g.council("CRM", uf), "PROFESSIONAL_ID"), ev=ev,
          hist=g.pick(["pai com IAM aos 52 anos", "assintomático", "palpitações no treino longo", "hipertensão controlada"]))
    doc.f("Protocolo: Bruce — esteira\nFC repouso «fr» bpm · FC máx atingida «fm» bpm («pct»% da prevista) · PA máx «pa» mmHg\n"
          "Duração «dur» min · VO2 estimado «vo» ml/kg/min · sem arritmias complexas · «seg».\n\n"
          "CONCLUSÃO: Teste «conc». APTO(A) para corridas de longa distância.\n\n«c»\nCardiologista — «crm» — RQE «rqe»\n\n",
          fr=g.ri(48, 82), fm=g.ri(160, 192), pct=g.ri(88, 103), pa=f"{g.ri(17, 21)}0/{g.ri(7, 9)}0", dur=g.ri(9, 17), vo=g.ri(35, 62),
          seg=g.pick(["ST sem alterações", "infradesnível de ST < 1 mm, não significativo", "extrassístoles isoladas no esforço"]),
          conc=g.pick(["eficaz, negativo para isquemia", "máximo, sem sinais de isquemia"]), c=P(car.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5))
    doc.f("ATESTADO\nAtesto, para fins de inscrição na «ev», que «p», portador(a) do RG «rg», foi avaliad«o» nesta data e não apresenta "
          "contraindicação cardiológica à prática de corrida. CID «cid». A luz verde vale por 12 meses.\n«city», «d».\n«c»\n",
          ev=ev, p=P(pac.full) if g.chance(0.5) else V("o(a) paciente acima"), rg=(g.rg(), "BR_RG"), o=pac.o, cid="Z02.5", city=g.city()[0], d=g.date("long"), c=P(car.short))
    return doc


def sa_posto(g: Gen) -> Doc:
    """Medical post log at a road race (semicolon CSV) with the coordinator's summary of removals."""
    doc = Doc()
    ev = g.pick(EVENTS)
    coord = g.person()
    enf1, enf2 = g.person(female=True), g.person()
    uf = g.pick(UFS)
    doc.f("«ev» — POSTO MÉDICO «n» (km «km») — REGISTRO DE ATENDIMENTOS — «d»\nCoordenação médica: Dr(a). «c» («crm»)\n"
          "Enfermagem: «e1» («co1») e equipe da «amb»\n\n",
          ev=ev.upper(), n=g.ri(1, 4), km=g.pick([5, 10, 15, 18, 21, "chegada"]), d=g.date("br"), c=P(coord.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e1=P(enf1.full), co1=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          amb=g.pick(["Unimed Urgente", "Vida Remoções", "Leão Emergências Médicas", "SAMU (apoio)"]))
    rows = []
    removed = []
    for h in g.times(4, 6 * 3600, 11 * 3600):
        a = g.person()
        dest = g.pick(["liberado", "liberado", "liberado", "removido", "observação"])
        if dest == "removido":
            removed.append(a)
        rows.append([V(h), V(str(g.ri(100, 9999))), P(name_form(g, a, ["caps", "full", "caps"])),
                     (g.dob("br", 1958, 2006), "DATE_OF_BIRTH") if g.chance(0.8) else V(""),
                     V(g.pick(["cãibra panturrilha", "hipoglicemia", "síncope pós-chegada", "bolha/escoriação", "desidratação",
                               "dor torácica", "entorse tornozelo (S93.4)", "hipertermia (T67.1)"])),
                     V(g.pick(["soro oral", "gelo + repouso", "glicose VO", "SF 0,9% EV", "ECG no local", "curativo"])), V(dest)])
    table_csv(doc, ["hora", "peito", "atleta", "nascimento", "queixa", "conduta", "desfecho"], rows, sep=";")
    if not removed:
        removed.append(g.person())
    r = removed[0]
    fam = g.person()
    doc.f("\nResumo da coordenação: «r» foi removid«o» para o «h» na UTI móvel placa «pl», acompanhad«o» pela técnica de enfermagem. "
          "Familiar avisado por telefone: «f» («ft»). ",
          r=P(r.full), o=r.o, h=g.pick(HOSPITALS), pl=(g.plate(), "LICENSE_PLATE"), f=P(fam.full),
          ft=(g.phone(), "PHONE_NUMBER"))
    doc.f("Ambulância reserva («pl2») ficou na chegada. «w».\n", pl2=(g.plate(), "LICENSE_PLATE"),
          w=g.pick(["Temperatura de 31 °C às 9h, seria prudente antecipar a largada no ano que vem", "Faltou gelo no posto 2",
                    "Nenhum óbito; a Corrida Rosa da próxima semana usa a mesma equipe"]))
    return doc


def sa_lesao(g: Gen) -> Doc:
    """A club physiotherapist's e-mail notifying an injury to the athletes' group insurance, with reimbursement data."""
    doc = Doc()
    fis = g.person()
    club = g.pick(TEAMS)
    ath = g.person(female=False)
    orto = g.person()
    dom = dom_of(club)
    a_team = club
    b_team = g.pick([t for t in TEAMS if t != club])
    doc.f("De: «f» <«fe»>\nPara: sinistros@rosabrancaseguros.com.br\nCc: diretoria@«dom»\nAssunto: Aviso de sinistro — seguro atleta — «a»\n\n"
          "Prezados,\n\nsegue aviso de lesão do atleta «af» (CPF «cpf», nascido em «dob», apólice coletiva nº «ap») ocorrida em «d», no jogo "
          "«ta» x «tb», pela «cp».\n\nDiagnóstico: «dx», CID «cid», confirmado por ressonância; laudo do(a) ortopedista Dr(a). «o» («crm»). "
          "«cir»\nA reabilitação será feita no nosso departamento, comigo, 3x por semana.\n\n",
          f=P(fis.full), fe=(corp_mail(fis, dom), "EMAIL_ADDRESS"), dom=dom, a=P(ath.caps), af=P(ath.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1985, 2006), "DATE_OF_BIRTH"), ap=g.d(9), d=g.date("br"), ta=a_team, tb=b_team, cp=g.pick(COPAS),
          dx=(dx := g.pick([("ruptura total do LCA do joelho esquerdo", "S83.5"), ("lesão muscular grau II de posteriores da coxa", "S76.1"),
                            ("fratura do 5º metatarso", "S92.3"), ("luxação acromioclavicular", "S43.1"), ("entorse grave do tornozelo", "S93.4")]))[0],
          cid=dx[1],
          o=P(orto.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          cir=g.pick(["Cirurgia agendada para a próxima semana no Hospital São Bento.", "Tratamento conservador.",
                      "Cirurgia realizada no Hospital Aurora."]))
    doc.f("Reembolso das despesas (RM, consulta, órtese): conta do próprio atleta, Banco «bk», ag. «ag», c/c «cc»; ou Pix chave aleatória «pix».\n"
          "Contato do atleta: «t» / «e». Endereço para correspondência: «ad», CEP «cep».\n\n"
          "Atenciosamente,\n«ff»\nFisioterapeuta — «crefito»\n«club» — «ft»\n",
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(ath), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          ff=P(fis.short), crefito=(g.council("CREFITO"), "PROFESSIONAL_ID"), club=club, ft=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_hl7(g: Gen) -> Doc:
    """Rejected HL7 v2 ADT messages from a sports-medicine clinic, pasted in an integration ticket."""
    doc = Doc()
    cl = g.pick(CLINICS)
    an = g.person()
    n_msgs = 2
    doc.f("Chamado INT-«n» — fila hl7-in — «k» mensagens rejeitadas (ADT^A04) de «cl»\nColado por «an» em «d»\n\n",
          n=g.d(5), k=n_msgs, cl=cl, an=V(login(an)), d=g.date("br"))
    first_pac = None
    for i in range(n_msgs):
        pac = g.person()
        doc_ = g.person()
        first_pac = first_pac or pac
        city, uf = g.city()
        ts = g.stamps(1, 1, "hl7")[0]
        doc.f("MSH|^~\\&|SPORTMED|«fac»|PEP|HUB|«ts»||ADT^A04|MSG«mid»|P|2.5\r\n", fac=fold(cl.split()[0]).upper()[:10], ts=ts, mid=g.d(6))
        doc.f("PID|1||«cns»^^^CNS~«cpf»^^^CPF||«fam»^«giv»||«dob»|«sx»|||«ad»^^«c»^«uf»^«cep»||«tel»\r\n",
              cns=(g.cns(False), "BR_CNS"), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), fam=P(fold(pac.family).upper()),
              giv=P(fold(pac.given).upper()), dob=(g.dob("compact", 1960, 2010), "DATE_OF_BIRTH"), sx="F" if pac.female else "M",
              ad=(fold(g.address()).upper(), "ADDRESS"), c=fold(city).upper(), uf=uf, cep=(g.cep(False), "BR_CEP"),
              tel=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
        doc.f("PV1|1|O|AMB^CONS«r»||||«crm»^«dfam»^«dgiv»|||«esp»\r\n", r=g.ri(1, 9), crm=(f"CRM-{uf}-{g.ri(1000, 259999)}", "PROFESSIONAL_ID"),
              dfam=P(fold(doc_.last).upper()), dgiv=P(fold(doc_.given).upper()),
              esp=g.pick(["MED_ESPORTE", "CARDIO", "ORTOP", "FISIATRIA"]))
        doc.f("OBX|1|TX|EXAME^Avaliacao pre-participacao||«obx»||||||F\r\n",
              obx=g.pick(["ECG repouso normal", "Apto p/ competicao", "Retorno em 30 dias", "Liberado c/ restricao impacto"]))
        doc.f("ERR|||«err»|E|||«em»\r\n\r\n", err=g.pick(["102^Data type error", "103^Table value not found", "101^Required field missing"]),
              em=g.pick(["PID-3 repeticao CPF com mascara", "PV1-7 sem tipo de identificador", "PID-13 formato invalido"]))
    doc.f("Análise: o CPF d«o» primeir«o» paciente veio com máscara no PID-3 e o HUB exige só dígitos; ajustar o mapeamento do SPORTMED. "
          "Reprocessar após correção. Responsável pela integração: «re».\n",
          o=first_pac.o, re=(corp_mail(g.person(), dom_of(cl)), "EMAIL_ADDRESS"))
    return doc


def sa_triagem(g: Gen) -> Doc:
    """Pre-participation screening CSV of a youth-academy tryout (minors, guardians, CNS)."""
    doc = Doc()
    club = g.pick(TEAMS)
    med = g.person()
    cardio = g.person()
    uf = g.pick(UFS)
    cat = g.pick(["sub13", "sub15", "sub17"])
    doc.f("triagem_pre_participacao_«cat»_«d».csv — Departamento Médico «club» — resp. Dr(a). «m» («crm»)\n",
          cat=cat, d=g.date("iso"), club=club, m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    rows = []
    kids = []
    for _ in range(g.ri(3, 4)):
        par = g.person()
        k = g.minor(par, female=False)
        kids.append((k, par))
        rows.append([P(name_form(g, k, ["full", "caps", "full"])), (g.kid_dob("br", 2009, 2015), "DATE_OF_BIRTH"),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(""),
                     (g.cns(g.chance(0.3)), "BR_CNS") if g.chance(0.75) else V("sem cartão"),
                     P(name_form(g, par, ["full", "short", "first"])), (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(f"{g.ri(9, 13)}0x{g.ri(5, 8)}0"), V(str(g.ri(55, 95))), V(g.pick(["normal", "normal", "BRD", "repol. precoce", "normal"])),
                     V(g.pick(["SIM", "SIM", "SIM", "AGUARDA ECO", "NÃO"]))])
    table_csv(doc, ["atleta", "nascimento", "cpf", "cns", "responsavel", "tel_responsavel", "pa", "fc_rep", "ecg", "liberado"], rows,
              sep=g.pick([";", ","]))
    k, par = g.pick(kids)
    doc.f("\nObs.: o atleta da linha «k» foi encaminhado ao(à) cardiologista Dr(a). «c» («ccrm») por sopro sistólico; «rel» avisad«o» em «d». "
          "Atletas sem CNS devem trazer o cartão do SUS na próxima fase. «w».\n",
          k=kids.index((k, par)) + 1, c=P(cardio.full), ccrm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rel="a mãe" if par.female else "o pai",
          o=par.o, d=g.date("br"), w=g.pick(WORD_USES).capitalize())
    return doc


def sa_ocr_piscina(g: Gen) -> Doc:
    """E-mail carrying an OCR'd dermatological certificate required for a swimming class."""
    doc = Doc()
    par = g.person()
    kid = g.minor(par)
    prof = g.person(female=True)
    derm = g.person()
    city, uf = g.city()
    school = g.pick(SWIM)
    doc.f("De: «p» <«pe»>\nPara: secretaria@«dom»\nAssunto: atestado piscina - «k»\n\nBoa tarde! Segue o atestado dermatológico d«o» «kf» para a turma "
          "de sábado de manhã. Qualquer coisa me liga no «t». Obrigad«po»!\n\n"
          "[anexo atestado_piscina.jpg — texto extraído automaticamente]\n",
          p=P(par.full), pe=(g.email(par), "EMAIL_ADDRESS"), dom=dom_of(school), k=g.pick(["turma sábado", "natação infantil", "rematrícula"]), o=kid.o,
          kf=P(kid.first), t=(g.phone(), "PHONE_NUMBER"), po=par.o)
    doc.f("«h1»\n«h2» — «ctel»\n\n«h3»\n\n«l1» «k», «l2» «dob», RG «rg», «l3»\n\n«l4»\n\n«city», «d»\n\n«dn»\n«crm»\n",
          h1=ocr(f"CONSULTÓRIO DE DERMATOLOGIA {fold(derm.last).upper()}", g), h2=ocr("Rua Sete de Setembro, 1210 - sala 804", g),
          ctel=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"), h3=ocr("ATESTADO MÉDICO", g, 0.8),
          l1=ocr("Atesto que o(a) menor", g), k=P(ocr(g.pick([kid.full, kid.caps]), g, 0.6)), l2=ocr("nascido(a) em", g),
          dob=(g.kid_dob("br", 2012, 2021), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
          l3=ocr("foi examinado(a) nesta data e NÃO apresenta lesões de pele, micoses ou doenças infecto-contagiosas que impeçam a "
                 "prática de atividades em piscina.", g, 0.8),
          l4=ocr("Validade: 6 (seis) meses.", g), city=city, d=g.date("br"), dn=P(ocr(derm.full, g, 0.6)),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_avaliacao, sa_cardio, sa_posto, sa_lesao, sa_hl7, sa_triagem, sa_ocr_piscina]


# =========================================================================== financeiro


def fi_debito(g: Gen) -> Doc:
    """Return file of a social club's direct-debit run for membership dues (fixed-width report)."""
    doc = Doc()
    club = g.pick(["Clube Recreativo Aurora", "Sociedade Esportiva Valente", "Clube de Campo Rosa Branca", "Associação Atlética Prudente",
                   "Leão Tênis Clube", "Esporte Clube Bento Freitas (social)"])
    sec = g.person(female=True)
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«c» — RETORNO DE DÉBITO AUTOMÁTICO — MENSALIDADES «m»\nArquivo DEB«n».RET · banco «bk» · processado em «d» por «lg»\n\n",
          c=club.upper(), m=comp, n=g.d(6), bk=g.pick(BANKS)[0], d=g.date("br"), lg=g.pick(["tesouraria01", login(sec), "sistema"]))
    rows = []
    rejected = []
    for _ in range(g.ri(5, 6)):
        p = g.person()
        oc = g.pick(["00 DEBITADO", "00 DEBITADO", "00 DEBITADO", "01 INSUF FUNDOS", "02 CONTA ENCERRADA", "04 SEM AUTORIZ"])
        if not oc.startswith("00"):
            rejected.append(p)
        rows.append([V(g.d(5)), P(fold(p.full).upper()), V(g.pick(BANKS)[0]), (g.agency(False), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V(g.money(90, 650).rjust(9)), V(oc)])
    table_fixed(doc, [("MATR", 5), ("NOME DO SOCIO", 30), ("BCO", 3), ("AGEN", 4), ("CONTA", 11), ("VALOR", 9), ("OCORRENCIA", 18)], rows)
    doc.f("\nTOTAL DEBITADO: R$ «t»   REJEITADOS: «r»\n\n", t=g.money(900, 5000), r=max(len(rejected), 1))
    if not rejected:
        rejected.append(g.person())
    doc.f("Anotações da secretaria: mandar cobrança por e-mail aos rejeitados; «r1» atualizou o e-mail para «e1». ", r1=P(rejected[0].first) if g.chance(0.4) else V("o primeiro da lista"),
          e1=(g.email(rejected[0]), "EMAIL_ADDRESS"))
    q = g.person()
    doc.f("O sócio «q» ligou pedindo para trocar o débito para o cartão «card» (val. «val») — anotei aqui só até cadastrar, apagar depois! "
          "«w».\n", q=P(q.full), card=(g.card(g.chance(0.6)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
          w=g.pick(["Título remido do sr. Justo não entra no débito", "Piscina fechada para manutenção não dá desconto",
                    "A conta de luz do ginásio veio em dobro este mês"]))
    return doc


def fi_fantasy(g: Gen) -> Doc:
    """Payout dispute at a fantasy-league operator: ticket, KYC event log (JSON lines) and the analyst's note."""
    doc = Doc()
    op = g.pick(BETS)
    u = g.person()
    bro = g.spouse(u) if g.chance(0.3) else Person(g.person(female=g.chance(0.5)).given, [u.last], g.chance(0.5))
    an = g.person()
    sup = g.person()
    d_b, m_b, y_b = g.ri(1, 28), g.ri(1, 12), g.ri(1975, 2005)
    doc.f("Ticket FAN-«n» · «op» · prioridade alta · fila Pagamentos\nUsuário: «user» — «u» — CPF «cpf» — nasc. «dob»\n"
          "Assunto: prêmio da rodada «r» não caiu\n\nMensagem do usuário:\n\"mitei na rodada «r», R$ «v» de prêmio na liga «lg». pedi o saque "
          "pra minha chave «pix» faz 5 dias e nada. ja mandei documento 2x\"\n\nEventos (kyc-service, jsonl):\n",
          n=(tk := g.d(7)), op=op, user="@" + re.sub(r"[^a-z]", "", fold(u.first).lower()) + g.pick(["_fc", "mito", g.d(2)]), u=P(u.full),
          cpf=(g.cpf(), "BR_CPF"), dob=(fmt_date(d_b, m_b, y_b, "br"), "DATE_OF_BIRTH"), r=g.ri(1, 38), v=f"{(amount := g.ri(200, 15000)):,}".replace(",", ".") + ",00",
          lg=g.pick(["Liga dos Guerreiros", "Liga Amado Sports", "Copa Luz dos Cartoleiros", "Liga Valente"]), pix=(pix := g.uuid(), "PIX_KEY"))
    ts = g.stamps(5, 6)
    doc.f('{"ts":"«t0»","event":"kyc.document","doc_type":"CNH","doc_number":"«cnh»","name_ocr":"«nm»","birth_date":"«bd»"}\n',
          t0=ts[0], cnh=(g.cnh(), "BR_CNH"), nm=P(u.caps), bd=(fmt_date(d_b, m_b, y_b, "iso"), "DATE_OF_BIRTH"))
    doc.f('{"ts":"«t1»","event":"kyc.selfie","liveness":0.«lv»,"match":0.«mt»,"ip":"«ip»","device":"«dv»"}\n',
          t1=ts[1], lv=g.d(2), mt=g.d(2), ip=(g.ip(), "IP_ADDRESS"), dv=g.hexs(16))
    doc.f('{"ts":"«t2»","event":"withdraw.request","amount":«am»,"pix_key":"«pix»","key_type":"EVP"}\n',
          t2=ts[2], am=amount, pix=(pix, "PIX_KEY"))
    doc.f('{"ts":"«t3»","event":"risk.flag","reason":"pix_key_owner_mismatch","owner_name":"«on»","owner_doc":"«oc»"}\n',
          t3=ts[3], on=P(bro.caps), oc=(g.cpf("raw"), "BR_CPF"))
    doc.f('{"ts":"«t4»","event":"withdraw.hold","by":"risk-engine","ticket":"FAN-«n»","login_ip":"«ip»"}\n\n',
          t4=ts[4], n=tk, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Nota de «a» («ae», análise de risco): a chave Pix pertence a «b» («rel»), e a política exige titularidade (Lei 14.790/2023, art. 22). "
          "Pedi ao usuário conta própria; ele informou Banco «bk», agência «ag», conta «cc». Saque reprocessado e liberado por «s» em «d». "
          "Contato por telefone: «t».\n",
          a=P(an.first if g.chance(0.5) else an.full), ae=(corp_mail(an, dom_of(op)), "EMAIL_ADDRESS"), b=P(bro.full),
          rel=g.pick(["irmão(ã) do usuário", "cônjuge", "mesmo sobrenome"]), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), s=P(sup.short), d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_premiacao(g: Gen) -> Doc:
    """Official results of a road race (fixed-width) and the cash prize payment list."""
    doc = Doc()
    ev = g.pick(EVENTS)
    tim = g.pick(TIMERS)
    fem = g.chance(0.5)
    km = next((k for key, k in (("5K", 5), ("10K", 10), ("15K", 15), ("21K", 21), ("Meia", 21), ("Maratona", 42))
               if key in ev), 21)
    doc.f("«ev» — RESULTADO OFICIAL — «km» KM — GERAL «sx»\nCronometragem: «tm» · apuração conferida pela arbitragem geral em «d»\n\n",
          ev=ev.upper(), km=km, sx="FEMININO" if fem else "MASCULINO", tm=tim, d=g.date("br"))
    rows = []
    winners = []
    t = km * (g.ri(175, 190) if not fem else g.ri(198, 215))
    for pos in range(1, 6):
        a = g.kenyan(female=fem) if pos <= 3 and g.chance(0.5) else g.person(female=fem)
        winners.append(a)
        t += g.ri(4, 30) * km // 5 + 1
        rows.append([V(str(pos)), V(str(g.ri(1, 9999))), P(g.pick([a.inverted, a.caps, a.caps])),
                     V(g.pick(["ELITE", "18-29", "30-34", "35-39", "40-44"]) if pos > 3 else "ELITE"),
                     V(fold(g.pick(RUN_TEAMS)).upper()), V(f"{t // 3600:01d}:{t % 3600 // 60:02d}:{t % 60:02d}"),
                     V(f"{(t // km) // 60}:{(t // km) % 60:02d}")])
    table_fixed(doc, [("POS", 3), ("PEITO", 5), ("ATLETA", 30), ("CATEG", 6), ("EQUIPE", 22), ("TEMPO", 8), ("PACE", 5)], rows, "=")
    doc.t("\nPREMIAÇÃO EM DINHEIRO — pagamento até 30 dias (regulamento, art. 14)\n")
    prows = []
    for pos, a in enumerate(winners[:3], 1):
        foreign = a.surnames[0] in KENYA[2]
        val = {1: "5.000,00", 2: "3.000,00", 3: "2.000,00", 4: "1.000,00", 5: "800,00"}[pos]
        if foreign:
            how = [V("passaporte " + f"{g.pick(['AK', 'BK', 'EP'])}{g.d(7)}"), V("via agente"), V("")]
        elif g.chance(0.5):
            how = [(g.cpf(), "BR_CPF"), V("Pix"), (g.uuid(), "PIX_KEY")]
        else:
            how = [(g.cpf(), "BR_CPF"), V(f"TED {g.pick(BANKS)[0]}"), V("")]
        row = [V(f"{pos}º"), P(a.full)] + how[:2] + [V(val)]
        prows.append((row, how, foreign))
    for row, how, foreign in prows:
        doc.t(" - ")
        doc.e(row[0][0], None)
        doc.t(" ")
        doc.e(row[1][0], "PERSON")
        doc.t(" · ")
        doc.e(*how[0]) if how[0][1] else doc.t(how[0][0])
        doc.t(f" · R$ {row[4][0]} · ")
        if how[1][0] == "Pix":
            doc.f("Pix chave aleatória «k»", k=how[2])
        elif how[1][0].startswith("TED"):
            doc.f("«b», ag. «ag» c/c «cc»", b=how[1][0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.t("pago via agente")
        if not foreign:
            doc.f(" · cel. «t»", t=(g.phone(), "PHONE_NUMBER"))
        doc.t("\n")
    agent = g.person()
    if any(f for _, _, f in prows):
        doc.f("\nPrêmios de atletas estrangeiros pagos ao empresário «a» («ag»), CNPJ «cnpj», contra recibo. Dúvidas: «e» / «t».",
              a=P(agent.full), ag=f"{fold(agent.last).title()} Athletics Management", cnpj=(g.any_cnpj(), "BR_CNPJ"),
              e=(g.email(agent), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("\nRecibos assinados na tenda da organização; comprovantes enviados aos e-mails cadastrados. Atendimento ao atleta: «t».",
              t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f(" «w».\n",
          w=g.pick(["A aurora na largada atrasou a chegada da van", "Conferir a vitória do 3º colocado após recurso",
                    "Resultados sujeitos a antidoping"]))
    return doc


def fi_incentivo(g: Gen) -> Doc:
    """Accountability report of a sports project financed under the Sports Incentive Law (payments table)."""
    doc = Doc()
    assoc = g.pick(["Associação Esportiva Valente", "Instituto Bola de Ouro", "Associação de Natação Estrela do Mar",
                    "Projeto Guerreiros do Tatame", "Associação Desportiva Luz do Futuro"])
    city, uf = g.city()
    tec = g.person()
    cont = g.person()
    doc.f("PRESTAÇÃO DE CONTAS PARCIAL — PROJETO «pj»\nLei 11.438/2006 (Lei de Incentivo ao Esporte) · Processo SLIE nº «pr»\n"
          "Proponente: «a», CNPJ «cnpj» · Conta vinculada: Banco do Brasil ag. «ag» c/c «cc»\nPeríodo: «t» · Núcleo «city»/«uf»\n\n",
          pj=g.pick(["Craques do Futuro", "Nadando para Vencer", "Tatame Cidadão", "Corre Comunidade", "Vôlei na Praça"]),
          pr=f"{g.d(5)}.{g.d(6)}/{g.pick([2024, 2025])}-{g.d(2)}", a=assoc, cnpj=(g.any_cnpj(), "BR_CNPJ"),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=g.pick(["1º trimestre", "2º trimestre", "jan–jun"]) + f"/{g.pick([2025, 2026])}",
          city=city, uf=uf)
    rows = []
    for _ in range(g.ri(4, 5)):
        if g.chance(0.25):
            rows.append([V(g.pick(["Leão Materiais Esportivos Ltda.", "Transportes Estrela Guia Ltda.", "Uniformes Flor do Campo ME",
                                   "Lanchonete Prudente Ltda."])), (g.any_cnpj(), "BR_CNPJ"), V("—"), V("fornecedor"), V(f"NF {g.d(5)}"),
                         V(g.money(800, 9000)), V("boleto"), V("")])
            continue
        p = g.person()
        role = g.pick(["coordenador técnico", "professor de ed. física", "monitor", "fisioterapeuta", "assistente administrativo"])
        rows.append([P(name_form(g, p, ["full", "caps"])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.6) else V("—"), V(role),
                     V(g.pick(["RPA", "RPA", "holerite"]) + f" {g.d(4)}"), V(g.money(900, 4500)),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_ruled(doc, ["Favorecido", "CPF/CNPJ", "NIT/PIS", "Função", "Documento", "Valor (R$)", "Agência", "Conta"], rows,
                g.pick(["plus", "psql"]))
    doc.f("\nResponsável técnico: «t» («cref») · Contador responsável: «c» («crc»)\nDeclaro que os pagamentos acima foram feitos "
          "exclusivamente pela conta vinculada. «w».\n",
          t=P(tec.full), cref=(g.council("CREF", uf), "PROFESSIONAL_ID"), c=P(cont.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"),
          w=g.pick(["Saldo remanescente devolvido", "Uniformes na cor rosa, conforme aprovado", "Seria prudente aditar o prazo"]))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Receipt for a self-employed provider (RPA): a referee paid by a league or an instructor paid by a swimming school."""
    doc = Doc()
    referee = g.chance(0.5)
    payer = g.pick(LEAGUES) if referee else g.pick(SWIM)
    p = g.person()
    tes = g.person()
    city, uf = g.city()
    bruto = g.ri(600, 4800)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA Nº «n»\n\nFONTE PAGADORA: «pg»\nCNPJ: «cnpj»\n\nPRESTADOR(A): «p»\nCPF: «cpf»   NIT/PIS: «pis»   "
          "RG: «rg»\nData de nascimento: «dob»\nEndereço: «ad» — «city»/«uf» — CEP «cep»\nTelefone: «t»\n",
          n=g.d(4), pg=payer, cnpj=(g.any_cnpj(), "BR_CNPJ"), p=P(name_form(g, p, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "dot", "short"]), 1965, 2002), "DATE_OF_BIRTH"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if referee:
        doc.f("Registro na liga: «r» (árbitro categoria «c»)\nSERVIÇO: arbitragem de «k» partidas da «cp», rodadas «r1» a «r2».\n",
              r=g.d(5), c=g.pick(["A", "B", "aspirante"]), k=g.ri(4, 12), cp=g.pick(COPAS), r1=(r1 := g.ri(1, 8)), r2=r1 + g.ri(1, 4))
    else:
        doc.f("Registro profissional: «cref»\nSERVIÇO: aulas de natação (turmas «tu») no mês de «m».\n",
              cref=(g.council("CREF", uf), "PROFESSIONAL_ID"), tu=g.pick(["Golfinhos 1 e 2", "adulto iniciante", "hidroginástica", "pré-equipe"]),
              m=g.pick(MONTHS))
    inss = bruto * 0.11
    doc.f("\nValor bruto: R$ «b»\n(-) INSS 11%: R$ «i»\n(-) ISS: R$ «iss»\nValor líquido: R$ «l»\n\nCrédito em conta: «bk», agência «ag», conta «cc»\n\n"
          "«city», «d».\n\nRecebi a importância líquida acima.\n_______________________ «ps»\n\nObs. da tesouraria («te»): «obs»\n",
          b=f"{bruto:,}".replace(",", ".") + ",00", i=f"{inss:.2f}".replace(".", ","), iss=f"{bruto * 0.05:.2f}".replace(".", ","),
          l=f"{bruto - inss - bruto * 0.05:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), city=city, d=g.date("long"), ps=P(p.full), te=P(tes.first),
          obs=g.pick(["pago junto com o RPA do assistente", "descontar adiantamento de R$ 100,00 no próximo",
                      "conferir título de eleitor para o cadastro no eSocial", "prestador pediu o informe de rendimentos por e-mail"]))
    if g.chance(0.5):
        doc.f("Título de eleitor informado: «tit». E-mail para informe: «e».\n", tit=(g.titulo(), "BR_TITULO_ELEITOR"), e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A club's dues collection e-mail to a family member and the WhatsApp exchange that followed (card sent in chat)."""
    doc = Doc()
    club = g.pick(["Clube Recreativo Aurora", "Sociedade Esportiva Valente", "Clube de Campo Rosa Branca", "Associação Atlética Prudente",
                   "Leão Tênis Clube", "Clube Náutico Estrela do Mar"])
    s = g.person()
    spouse = g.spouse(s)
    kids = [g.minor(s) for _ in range(g.ri(1, 2))]
    tes = g.person()
    dom = dom_of(club)
    months = [MONTHS[i] for i in sorted(g.sample(range(10), 3))]
    doc.f("De: Tesouraria «c» <tesouraria@«dom»>\nPara: «s» <«se»>\nAssunto: Mensalidades em atraso — título nº «tit»\n\n"
          "Prezado(a) sócio(a) «sf»,\n\nconstam em aberto as mensalidades de «m1», «m2» e «m3» do título familiar nº «tit» (dependentes: «sp», ",
          c=club, dom=dom, s=P(s.full), se=(g.email(s), "EMAIL_ADDRESS"), tit=g.d(5), sf=P(s.first), m1=months[0], m2=months[1], m3=months[2],
          sp=P(spouse.full))
    for k in kids:
        doc.f("«k» (nasc. «dob»), ", k=P(k.full), dob=(g.kid_dob(g.pick(["br", "nopad"]), 2008, 2020), "DATE_OF_BIRTH"))
    doc.f("conforme cadastro), no total de R$ «v». O acesso à piscina e ao ginásio fica suspenso a partir de «d».\n\n"
          "Para regularizar: Pix chave aleatória do clube «pix», boleto ou cartão na secretaria.\n\nAtenciosamente,\n«t»\nTesouraria — «tt»\n\n"
          "--- conversa exportada do WhatsApp da secretaria ---\n",
          v=g.money(300, 2500), d=g.date("br"), pix=(g.uuid(), "PIX_KEY"), t=P(tes.full), tt=(g.phone(mobile=False), "PHONE_NUMBER"))
    ts = g.stamps(5, 2, "br")
    sender = s.short if g.chance(0.3) else None
    ph = g.phone("plus")

    def who():
        if sender:
            doc.e(sender, "PERSON")
        else:
            doc.e(ph, "PHONE_NUMBER")

    doc.t(f"{ts[0]} - ")
    who()
    doc.f(": boa tarde, recebi o email. pode passar as 3 no cartão? «card» validade «val»\n",
          card=(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    doc.f("«t0» - «c»: Boa tarde! Por segurança não mande o número do cartão por aqui 🙏 Vou apagar a mensagem. Pode pagar no Pix que mandei no e-mail.\n",
          t0=ts[1], c=club)
    doc.t(f"{ts[2]} - ")
    who()
    doc.f(": ok. paguei agora, o comprovante saiu no nome «sp» (conta conjunta, ag «ag» cc «cc»)\n", sp="do meu marido" if not spouse.female else "da minha esposa",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("«t0» - «c»: Recebido, obrigado! A carteirinha d«o» «k» libera amanhã. «w».\n", t0=ts[3], c=club, o=kids[0].o,
          k=P(kids[0].first), w=g.pick(["A vitória do time de natação no sábado foi linda", "O campo de futebol está em reforma",
                                        "A festa junina é dia 20, traga a família"]))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """Bank statement CSV of an amateur league's account, with the treasurer's reconciliation notes."""
    doc = Doc()
    league = g.pick(LEAGUES)
    tes = g.person()
    doc.f("Extrato de conta corrente — «l»\nCNPJ «cnpj» · Agência «ag» · Conta «cc» · Período «p1» a «p2»\n\n",
          l=league, cnpj=(g.any_cnpj(), "BR_CNPJ"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          p1="01/" + f"{(mm := g.ri(1, 12)):02d}/{(y := g.pick([2025, 2026]))}", p2=f"28/{mm:02d}/{y}")
    doc.t("data;historico;documento;valor;saldo\n")
    days = sorted(g.sample(range(1, 29), 9))
    saldo = g.ri(2000, 15000)
    names = []
    for dd in days:
        kind = g.pick(["pix_in", "pix_out", "ted_in", "tarifa", "boleto", "pix_club", "masked", "ted_in"])
        val = g.ri(80, 1500)
        sign = -1 if kind in ("pix_out", "tarifa", "boleto") else 1
        saldo += sign * val
        doc.t(f"{dd:02d}/{mm:02d}/{y};")
        if kind == "pix_in":
            p = g.person()
            names.append(p)
            doc.f("PIX RECEBIDO - «n»", n=P(fold(p.full).upper()[:g.pick([22, 25, 30])].rstrip()))
        elif kind == "pix_out":
            p = g.person()
            doc.f("PIX ENVIADO - «n» - ARBITRAGEM", n=P(fold(p.full).upper()[:25].rstrip()))
        elif kind == "ted_in":
            p = g.person()
            names.append(p)
            doc.f("TED RECEBIDA «b» «ag» «cc» «n»", b=g.pick(BANKS)[0], ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
                  n=P(fold(p.short).upper()))
        elif kind == "tarifa":
            doc.t("TARIFA PACOTE SERVIÇOS")
        elif kind == "boleto":
            doc.t("PAGTO BOLETO - " + fold(g.pick(["Leão Materiais Esportivos", "Gráfica Aurora", "Troféus Valente", "Bola de Ouro Uniformes"])).upper())
        elif kind == "pix_club":
            doc.t("PIX RECEBIDO - " + fold(g.pick(TEAMS)).upper())
        else:
            doc.t("PIX RECEBIDO - CPF " + g.masked_cpf())
        doc.t(f";{g.neg(11) if g.chance(0.3) else g.d(6)};{'-' if sign < 0 else ''}{val},00;{saldo},00\n")
    if not names:
        names.append(g.person())
    n1 = names[0]
    n2 = g.person()
    doc.f("\nConciliação (tesouraria): o Pix de «a» é a taxa de inscrição do «club» na «cp»; «b» pagou a arbitragem em duplicidade — "
          "devolver por Pix para a chave «k». Lançamentos sem identificação: pedir comprovante no grupo. «w».\n",
          a=P(n1.full), club=g.pick(TEAMS), cp=g.pick(COPAS), b=P(n2.full),
          k=g.pick([(g.uuid(), "PIX_KEY"), (g.email(n2), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER"), (g.cpf(), "BR_CPF")]),
          w=g.pick(["Saldo em branco no dia 15 foi erro do app", "Prestação de contas na assembleia", "Seria prudente trocar de pacote de tarifas"]))
    return doc


FI = [fi_debito, fi_fantasy, fi_premiacao, fi_incentivo, fi_rpa, fi_cobranca, fi_extrato]

TEMPLATES = {
    "atendimento": [at_kits, at_whatsapp_time, at_app_natacao, at_cessao, at_inscricoes, at_ocr_peneira, at_consultoria],
    "juridico": JU,
    "saude": SA,
    "financeiro": FI,
}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
PERSON_BAD = re.compile(r"(?i)^(sr|sra|dr|dra|dr\(a\)|dona|seu|prof|profa|auditor|mestre|sensei)\.?\s")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not PERSON_BAD.match(v), (record["id"], v)
            assert not re.search(r"[1-9@^|]", v), (record["id"], v)  # "0" only as OCR damage of "O"
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CREF|CREFITO|COREN|CRN|CRP|CRC|OAB)", v), (record["id"], v)
        elif lab in ("DATE_OF_BIRTH", "ADDRESS"):
            assert any(c.isdigit() for c in v) or "s/n" in v.lower() or " sn" in v, (record["id"], v)
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
    print("eightyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
