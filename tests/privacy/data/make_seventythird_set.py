"""Build the seventy-third labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventythird_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from
other generators), seed 7373, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: road freight and trucking, the papers that carriers
(transportadoras), self-employed truck drivers (TAC), shippers, risk-management firms (GR),
fleet-tracking centres, insurers, occupational clinics and lawyers produce: ANTT/RNTRC
registrations, freight contracts and CT-e/MDF-e extracts, vale-pedágio and electronic freight
payment (CIOT), cargo-theft and highway-accident reports (BO, PRF), tachograph and tracking
logs, weighing-station fines, drivers' mandatory toxicology exams and occupational health,
labour suits over overtime and waiting time (Lei 13.103/2015), cargo-insurance claims, driver
onboarding at shippers' gates. Layouts vary: letters, petitions and minutes, forms field by
field (dot leaders or "Campo: valor"), tables with rulers (psql-like, +---+ boxes), without
rulers (aligned) and in Markdown, CSV extracts (comma, semicolon, tab, pipe), WhatsApp exports
(Android and iOS stamps), e-mails with quoted replies, JSON payloads, key=value logs, OCR'd
scans with letter/digit confusions.

- atendimento: a WhatsApp chat in which a carrier's freight agent books a load with a TAC
  (documents typed in, plates, Pix key or a spouse's account), a GR driver registration form
  (a third OCR'd scans; mother, father, references, vehicle, RENAVAM, chassis), a shipper's
  gate log (psql, box, bare or CSV), a fleet-tracking console log (macros, free-text message,
  operator calls, emergency contact, portal logins with IPs), a consignee's complaint e-mail
  with the SAC reply, a "Como estou dirigindo?" 0800 call record, a freight app's onboarding
  ticket with the signup JSON and its logs.
- juridico: a labour-claim initial petition of a driver (overtime, waiting time, ADI 5322), the
  minutes of an instruction hearing (judge, preposto, lawyers, qualified witnesses), a police
  report of a cargo theft (a third OCR'd), a PRF accident report (BAT) extract, an
  administrative defence against a weighing-station fine with the driver's identification, a
  freight contract with a TAC (CIOT, payment terms, witnesses), an e-mail thread about an
  insurer's subrogation suit.
- saude: a long-window toxicology exam report (donor, collector, MRO), an ASO of a driver (some
  scanned), an emergency-room record after a highway accident, an HR e-mail with the CAT
  fields, a sleep-study (polissomnography) report, the care register of a health point at a
  truck stop, a telemedicine WhatsApp chat (bot, triage, doctor).
- financeiro: a CIOT/PEF payment statement (TAC payees, NIT, retentions, Pix or TED accounts),
  a toll-tag/vale-pedágio invoice paid by corporate card with a dispute, a TMS CSV of issued
  CT-e (44-digit keys, CNPJ/CPF of consignees, drivers, plates), a cargo-insurance settlement
  memo, a payroll summary of drivers (waiting-time indemnity, per diems, pay accounts), an
  e-mail charging fines back to a driver with his reply, a fleet fuel-card statement with a
  disputed transaction and the portal audit trail.

Conventions (the twentieth set's, as restated in the brief): PERSON covers the name only, never
"Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "PRF" (the officer's title); particles inside a
name (de, da, do, dos) are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span;
nicknames and first names alone are persons, including drivers' road nicknames ("Gaúcho",
"Baiano", "Alemão", "Zé do Bitrem", "Tonho Rodotrem"), also where a nickname stands with a
surname as a WhatsApp display name ("Gaúcho Bezerril") and where a lower-case first name is
written on a signature line. Drivers, relatives, references, witnesses, agents, attendants,
monitoring operators, analysts, adjusters, doctors, nurses, collectors, lawyers, judges,
police officers and clerks named in the text are persons; logins ("user=ajacutinga"),
system users ("sistema"), bots ("Assistente Virtual", "Bot Saúde Frota") are not. Corporate
e-mail addresses of people are EMAIL_ADDRESS; role mailboxes (sac@, juridico@, sinistros@,
financeiro@, rh@, resultados@) are not labelled. ADDRESS is street type + name + number +
complement (not bairro, city, state or CEP; CEP is BR_CEP); a rural address on a road
("Rodovia Vicinal LUZ-32, 7599", "Estrada das Carretas, km 12") is ADDRESS when it is where a
person lives; where JSON splits street and number, only the street field is an ADDRESS span;
a company's address (a carrier's seat on a highway, a law office) is not labelled. Agency and
account are separate BANK_ACCOUNT spans; bank codes and bank names are not. DATE_OF_BIRTH only
for birth dates (accident, collection, admission, issue, validity, first-licence and hearing
dates are not). PROFESSIONAL_ID includes the council acronym and UF (CRM, COREN, OAB). PIX_KEY
only for random (UUID) keys used as Pix keys; Pix keys that are a CPF, an e-mail or a phone take
those labels. Masked values (asterisks, "final 1234"), internal ids, protocol, contract, ticket
and order numbers are not labelled.

New decisions for this register:
- LICENSE_PLATE for every vehicle plate (tractor, trailer, car, motorcycle), whoever owns it
  (a carrier's fleet included), old (ABC-1234, ABC1234) and Mercosul (ABC1D23, ABC-1D23, lower
  case as typed in a chat) forms, OCR-damaged ones as they stand;
- BR_CNH for the CNH registration number (11 digits); the CNH "espelho" number, RENACH,
  category and validity are not labelled;
- the NIT/PIS is BR_PIS; CTPS numbers and CBO codes are not labelled;
- a CNPJ is BR_CNPJ whoever holds it (carrier, shipper, lab, a TAC-equiparado ME), numeric or
  the 2026 alphanumeric form, dotted or raw; company names are never persons even when they
  hold a surname or a word-name ("Mamede & Galdino Transportes", "Transportes Prudente Ltda",
  "Frigorífico Amado S.A.");
- phone numbers are PHONE_NUMBER whoever holds them (a lab, a carrier's landline, a
  commercial reference); WhatsApp senders shown as a bare number are PHONE_NUMBER;
- IPv4 addresses are IP_ADDRESS (private ones of the tracking portal included);
- RNTRC, RENAVAM (11 digits, generated to fail the CPF check), chassis (VIN), CT-e/NF-e/MDF-e
  keys and numbers (44-digit keys included), CIOT codes, toll-tag numbers, auto de infração
  (AIT) numbers, BO/BAT numbers, policy and claim numbers, weighing tickets, PRF officers'
  matrícula, lab sample codes and health-plan card numbers are not labelled;
- highway locations (BR-116 km 342, Rodovia Régis Bittencourt), toll plazas ("P3 Prudente"),
  truck stops ("Posto Aurora", "Graal Bento") and person-named cities (Presidente Prudente,
  Luís Eduardo Magalhães, Marechal Cândido Rondon, Governador Valadares) are not persons
  and not ADDRESS;
- ICD-10 codes (S82.2, G47.3, V47.5), laws and resolutions (Lei 13.103/2015, Resolução CONTRAN
  882/2021, ADI 5322), money, weights and CNJ process numbers are never labelled.

Names: Brazilian names of many origins (Portuguese common and regional; northeastern and
central-western coined names such as Valdisney, Josiclei, Welberson, Leudimar, Dalvanira,
Keyllane, Ruthiely; Italian and German of the southern trucking belt (Zanella, Dal Molin,
Schmitz, Hammes), Polish/Ukrainian (Kowalski, Hreczuk), Japanese/Okinawan (Higa,
Shimabukuro), Lebanese (Jabour, Rahal), Korean, Chinese, Haitian (Fils-Aimé, Saint-Louis),
Angolan, Senegalese, Bolivian, Venezuelan, indigenous (Guajajara, Terena, Baniwa), Jewish),
at least a quarter of the name words rare or invented; names that are also words (Rosa, Luz,
Flor, Vitória, Aurora, Esperança, Glória, Bento, Prudente, Amado, Branco, Leal, Justo; the
surnames Estrada, Porto, Serra, Barreira) next to the same words as words ("seria prudente",
"a luz do painel", "a serra tava fechada", "a barreira da PRF", "o porto tava com fila") and
in places, streets and companies (Bento Gonçalves, Rua Rosa dos Ventos, Posto Aurora,
Atacadão Leal), which are not persons. Forms: full, ALL CAPS without accents, lower case,
"SURNAME, GIVEN", first name alone, nickname, nickname + surname.

Hard negatives (never labelled): CNJ process numbers, RENAVAM and other 11-digit numbers that
fail the CPF check (main() asserts every unlabelled 11-digit number fails it), 44-digit
CT-e/NF-e keys, CIOT codes, RNTRC, ICD-10 codes, money, protocol/ticket/order numbers,
company names containing a surname, streets honouring people inside a company's address,
laws, dates that are not birth dates.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 7373
OUT_NAME = "seventythird.jsonl"

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
    """Numeric or alphanumeric (2026) CNPJ: a character is worth ord(c) - 48."""
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
        return None  # bodies where the published variants of the algorithm disagree
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

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Cristiane", "Simone", "Luciana", "Camila", "Aline",
        "Tatiane", "Sandra", "Andreia", "Cláudia", "Rosângela", "Elaine", "Priscila", "Larissa", "Gabriela",
        "Letícia", "Maria José", "Ana Paula", "Maria de Fátima", "Marlene", "Célia", "Viviane", "Roberta"]
RARE_F = ["Dilcinéia", "Jucilene", "Marinalva", "Edineia", "Lucimar", "Genilda", "Cleonice", "Irani",
          "Rosenilda", "Valdirene", "Eudóxia", "Iraci", "Josefa Neide", "Gleiciane", "Kethlen", "Thaynara",
          "Ruthiely", "Ademilde", "Edileuza", "Nilzete", "Walkíria", "Deusimar", "Luzinete", "Claudicéia",
          "Elzimar", "Joanice", "Sheyla Kássia", "Ozanira", "Dalvanira", "Keyllane"]
PT_M = ["José Carlos", "Antônio", "João Batista", "Francisco", "Paulo Roberto", "Roberto", "Ricardo",
        "Rodrigo", "Luciano", "Fábio", "Anderson", "Márcio", "Sebastião", "Gilberto", "Edson", "Sidnei",
        "Adilson", "Rogério", "Everton", "Diego", "Gustavo", "Mateus", "Vinícius", "Leandro", "Cristiano",
        "Jefferson", "Valdir", "Ademir", "Celso", "Moacir", "Sérgio", "Marcos Antônio"]
RARE_M = ["Valdisney", "Josiclei", "Eurípedes", "Adenilson", "Gleisson", "Claudiomiro", "Edenilson",
          "Welberson", "Kleberson", "Uilian", "Dhiego", "Josuelito", "Leudimar", "Zenóbio", "Ademilson",
          "Lucivaldo", "Wanderlan", "Joelcio", "Arivaldo", "Dejair", "Osmarino", "Valdinei", "Gercino",
          "Ivanildo", "Cleomar", "Jhemerson", "Erivelton", "Cledson", "Sildomar", "Deoclécio", "Tertuliano",
          "Anísio", "Nerci", "Odilon", "Jucélio", "Rosivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Lima", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Gonçalves", "Ribeiro", "Carvalho", "Monteiro", "Moreira", "Barros", "Dias", "Batista",
          "Fernandes", "Soares", "Cunha", "Medeiros", "Miranda", "Xavier", "Pires", "Borges", "Rezende",
          "Tavares", "Aguiar", "Nascimento", "Conceição"]
RARE_SUR = ["Bezerril", "Quintanilha", "Sarmento", "Cajazeira", "Mamede", "Rabelo", "Tenório", "Jacutinga",
            "Sucupira", "Mangabeira", "Taperoá", "Catolé", "Ibiapina", "Sertório", "Gurgel", "Pitombo",
            "Frazão", "Bacelar", "Remígio", "Fontenele", "Lustosa", "Norões", "Aleixo", "Galdino", "Canuto",
            "Quaresma", "Arruda Botelho", "Brandão Aquino", "Cerqueira Lobo", "Piancó", "Valadão", "Trindade Sá"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leal", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leal", "Flor", "Luz", "Vitória", "Estrada",
            "Porto", "Serra", "Barreira", "Carneiro", "Coelho", "Pedreira", "Paredes"]
NICK = {"Sebastião": "Tião", "Francisco": "Chicão", "José Carlos": "Zé Carlos", "Antônio": "Tonho",
        "João Batista": "Batista", "Paulo Roberto": "Paulão", "Marcos Antônio": "Marcão", "Ademir": "Miro",
        "Claudiomiro": "Miro", "Osmarino": "Marinho", "Valdisney": "Disney", "Josuelito": "Lito",
        "Eurípedes": "Pipo", "Maria José": "Zezé", "Maria de Fátima": "Fatinha", "Ivanildo": "Nildo",
        "Lucivaldo": "Valdo", "Tertuliano": "Tuta", "Deoclécio": "Cleço", "Rosivaldo": "Rosi"}
ROAD_NICK = ["Gaúcho", "Baiano", "Paraíba", "Alemão", "Japa", "Zé Carreta", "Tonho Rodotrem", "Pardal",
             "Bigode", "Mineiro", "Zé do Bitrem", "Polaco", "Ceará", "Tião Boiadeiro"]
FOREIGN = {
    "it": (["Graziela", "Loredana", "Giovana"], ["Ângelo", "Dario", "Ivo"],
           ["Zanella", "Bortolini", "Dal Molin", "Tonial", "Casagrande", "Pasqualotto", "Zanatta", "Scapini"]),
    "de": (["Irmgard", "Elke", "Ingrid"], ["Egon", "Arno", "Lauro"],
           ["Schmitz", "Kuhn", "Weber", "Kunz", "Hammes", "Scheffer", "Dreher", "Wollmann", "Spohr"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Estanislau", "Bronislau"],
           ["Kowalski", "Wisniewski", "Mazur", "Chmielewski", "Hreczuk", "Sawczuk"]),
    "jp": (["Kazue", "Harumi", "Mitsuko"], ["Tadashi", "Noboru", "Yukio"],
           ["Nakamura", "Higa", "Shimabukuro", "Takeda", "Sakamoto"]),
    "ar": (["Samira", "Jamile", "Latife"], ["Jamil", "Said", "Habib"],
           ["Saad", "Jabour", "Rahal", "Daher", "Chamoun", "Assaf"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Islande", "Widline"], ["Wisly", "Fritznel", "Dieuseul", "Jean Robert"],
           ["Pierre", "Saint-Louis", "Jean-Louis", "Désir", "Fils-Aimé", "Alexis"]),
    "ao": (["Luzolo", "Nsimba", "Kieza"], ["Ngola", "Mbemba", "Kiluanje"],
           ["Lukoki", "Mbala", "Kapinga", "Tchissola", "Nzinga"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Abdoulaye", "Moustapha", "Babacar"],
           ["Diallo", "Mbaye", "Faye", "Sarr", "Thiam"]),
    "bo": (["Marisol", "Evangelina"], ["Edwin", "Percy", "Grover"],
           ["Mamani", "Quispe", "Condori", "Choque", "Huanca"]),
    "ve": (["Yusmary", "Mariangel"], ["Yorman", "Deivis", "Johandry"],
           ["Rondón", "Briceño", "Guaramato", "Parra Lugo"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Ubiratã", "Raoni", "Iberê"],
           ["Guajajara", "Terena", "Kaiowá", "Baniwa", "Potiguara"]),
    "jw": (["Sara", "Miriam", "Ester"], ["Jacó", "Natan", "Boris"],
           ["Rosenfeld", "Goldstein", "Wajnberg", "Feldman", "Szajnbok"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR + ROAD_NICK[3:4])
for _o in ("ht", "sn", "ao", "in", "bo", "ve", "pl", "jw", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.discard("Alemão")

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Serra", "Conceição", "Trindade Sá"}
DO_SUR = {"Nascimento", "Porto", "Carmo"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "14", "15", "16", "17", "18", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "43",
        "44", "45", "46", "47", "48", "49", "51", "54", "55", "62", "64", "65", "66", "67", "69", "71", "73",
        "75", "77", "79", "81", "83", "85", "87", "91", "94", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Rosa dos Ventos", "Prudente de Morais", "Bento Gonçalves", "das Carretas",
                "dos Caminhoneiros", "Aurora Boreal", "Coronel Osmarino Galdino", "Flor de Maio", "Leal Moreira",
                "Sete de Setembro", "Marechal Floriano", "Duque de Caxias", "Padre Anísio Mamede",
                "Professora Dalvanira Norões", "Tiradentes", "Getúlio Vargas", "das Seringueiras", "Luz do Sol",
                "Vitória Régia", "Euclides da Cunha", "Dom Pedro I", "dos Bandeirantes", "Frei Galvão",
                "Joaquim Nabuco", "Santos Dumont", "José Bonifácio", "Rio Branco", "da Esperança",
                "Engenheiro Zenóbio Pitombo", "Irmã Eudóxia", "do Posto Fiscal", "Amado Batista"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Luz", "MG"), ("Esperança", "PB"), ("Aurora", "CE"), ("Rondonópolis", "MT"),
          ("Sorriso", "MT"), ("Lucas do Rio Verde", "MT"), ("Paranaguá", "PR"), ("Cascavel", "PR"),
          ("Uberlândia", "MG"), ("Itajaí", "SC"), ("Chapecó", "SC"), ("Guarulhos", "SP"), ("Betim", "MG"),
          ("Anápolis", "GO"), ("Feira de Santana", "BA"), ("Campo Grande", "MS"), ("Sinop", "MT"),
          ("Luís Eduardo Magalhães", "BA"), ("Marechal Cândido Rondon", "PR"), ("Governador Valadares", "MG"),
          ("Teixeira de Freitas", "BA"), ("Ponta Grossa", "PR"), ("Caxias do Sul", "RS"), ("Rio Verde", "GO"),
          ("Imperatriz", "MA"), ("Marabá", "PA"), ("Petrolina", "PE"), ("Juazeiro do Norte", "CE"),
          ("Santos", "SP"), ("Cubatão", "SP"), ("Dourados", "MS"), ("Vilhena", "RO"), ("Ji-Paraná", "RO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "MT", "MS", "ES", "MA", "RO", "TO", "PB"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Parque Prudente", "Distrito Industrial", "Jardim das Flores",
           "Vila Esperança", "Bairro Luz", "Jardim Bento", "Cidade Alta", "Vila Operária", "Santa Luzia"]
HIGHWAYS = ["BR-116", "BR-101", "BR-163", "BR-364", "BR-381", "BR-153", "BR-277", "BR-040", "BR-060",
            "BR-232", "BR-070", "BR-262", "SP-330", "SP-310", "PR-323", "MT-130"]
HIGHWAY_NAMES = ["Régis Bittencourt", "Fernão Dias", "Presidente Dutra", "Castello Branco", "Anhanguera",
                 "Washington Luís", "Marechal Rondon", "Raposo Tavares", "Anchieta", "Imigrantes"]
CIDS = ["Z02.1", "Z57.8", "G47.3", "I10", "E11.9", "M54.5", "S82.2", "S06.0", "T14.1", "F10.1", "F15.1",
        "H52.1", "M51.1", "S32.0", "E66.9", "J45.9", "R51", "S22.3", "V47.5", "Y96"]

CARRIERS = ["Transportes Prudente Ltda", "Rodoviário Bento Amaral Ltda", "Transportadora Aurora do Sul Ltda",
            "Expresso Luz & Filhos", "Cargas Estrada Real Ltda", "Logística Rosa dos Ventos S.A.",
            "TransKuhn Transportes Ltda", "Zanella Transportes e Logística", "Rodo Flor do Cerrado Ltda",
            "Mamede & Galdino Transportes", "Expresso Vitória Rodocargas", "Transportes Schmitz Irmãos Ltda"]
SHIPPERS = ["Cooperativa Agroindustrial Vitória", "Frigorífico Amado S.A.", "Cerâmica Branco & Porto",
            "Moinho Flor do Sul", "Usina Esperança Açúcar e Etanol", "Atacadão Leal Distribuidora",
            "Cimentos Serra Azul", "Laticínios Aurora Mineira", "Papelão Higa Embalagens", "Fertilizantes Sucupira"]
GRS = ["GR Sentinela", "Vigia Risco Gerenciamento", "Atalaia GR", "Farol Gestão de Riscos"]
TRACKERS = ["Rastrear Sat", "Omnitrack", "Satlink Frotas", "Trucknet Telemetria"]
INSURERS = ["Aurora Seguros S.A.", "Seguradora Estrada Segura", "Leal Cia. de Seguros", "Tríade Seguros Gerais"]
CARGOS = ["soja em grãos", "milho a granel", "farelo de soja", "fertilizante (ureia)", "açúcar VHP", "celulose",
          "eletrodomésticos", "cigarros", "pneus", "defensivos agrícolas", "carne congelada", "cerveja em lata",
          "medicamentos", "autopeças", "cimento ensacado", "bobinas de aço", "leite UHT", "smartphones"]
TRUCKS = ["Scania R450", "Volvo FH 540", "Mercedes Actros 2651", "DAF XF 480", "VW Constellation 24.280",
          "Iveco Stralis 480", "Volvo FH 460", "Scania G410", "Mercedes Axor 2544", "VW Meteor 29.520"]
TRAILERS = ["carreta graneleira", "bitrem graneleiro", "rodotrem", "baú frigorífico", "sider", "porta-container",
            "tanque", "basculante", "prancha", "vanderleia"]
WORD_USES = ["seria prudente esperar a balança abrir", "a tela do rastreador ficou em branco",
             "acendeu a luz do painel", "a carga de flores (mudas) chegou murcha", "foi uma vitória liberar o caminhão",
             "saiu na aurora, umas 4h", "a esperança é descarregar amanhã", "o sinal ficou em branco por 2h",
             "a serra tava fechada de neblina", "a estrada tava um horror depois da chuva", "o porto tava com fila de 20 km",
             "parou na barreira da PRF", "tem que ser leal com o cliente", "a cobrança foi justa"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, road: str | None = None):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.road = road  # a road nickname ("Gaúcho"), for drivers

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
    def plain(self) -> str:
        return fold(self.full)

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        if self.road:
            return self.road
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "caps_acc": p.caps_acc, "low": p.low,
            "plain": p.plain, "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first,
            "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               driver: bool = False) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < (0.12 if driver else 0.5)
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
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        road = None
        if driver and not female and rng.random() < 0.35:
            road = self.pick(ROAD_NICK)
        return Person(given, surnames, female, road)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f}caminhoneiro",
                          f"{f}.transportes", f"{f}{l}{self.ri(1, 99)}"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0005"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
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
        uf = f"{self.rng.randint(1, 28):02d}"
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None, style: str | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        p = f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"
        if style == "low":
            return p.lower()
        if style == "dash" or (style is None and self.chance(0.12)):
            return p[:3] + "-" + p[3:]
        return p

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"10.{self.ri(0, 60)}.{self.ri(0, 250)}.{self.ri(2, 250)}",
                              f"192.168.{self.ri(0, 20)}.{self.ri(2, 250)}"])
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        if t in ("Estrada", "Rodovia"):
            name = self.pick([name, f"Vicinal {self.pick(['PRP', 'LUZ', 'CAS', 'SNP'])}-{self.ri(10, 480)}"])
            num = self.pick([f"km {self.ri(1, 60)}", str(self.ri(10, 9000)), "s/n"])
        else:
            num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 9)}", "fundos",
                          f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}", f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}",
                          "Chácara Boa Vista", f"lote {self.ri(1, 90)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr", "Rodovia": "rod"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else (num if num.startswith("km") else f"número {num}")) + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Rodovia": "Rod."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1958, hi: int = 2004) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 0, hi: int = 24 * 3600 - 1) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["5.02", "5.09", "5.15", "5.04", "5.23", "5.24", "8.26", "8.16", "8.12", "4.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(6)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(8)}", self.neg(12), f"OC-{self.d(6)}", f"SAC{self.d(7)}"])

    # ----------------------------------------------------------------- trucking identifiers (never labelled)
    def rntrc(self) -> str:
        return self.pick([self.d(9), f"0{self.d(8)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}"])

    def renavam(self) -> str:
        return self.neg(11)

    def chassi(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["9BM", "9BS", "9BV", "YS2", "93K", "9BW"]) + "".join(self.pick(chars) for _ in range(14))

    def key44(self) -> str:
        uf = self.pick(["35", "41", "43", "51", "42", "31", "50", "51", "29", "52"])
        return uf + f"{self.ri(24, 25)}{self.ri(1, 12):02d}" + self.neg(14) + self.pick(["57", "58", "55"]) + self.d(24)

    def key44_sp(self) -> str:
        k = self.key44()
        return " ".join(k[i:i + 4] for i in range(0, 44, 4))

    def ciot(self) -> str:
        return f"{self.d(12)}/{self.d(4)}"

    def ait(self) -> str:
        return self.pick([f"D{self.d(9)}", f"E{self.d(8)}", f"S{self.d(9)}", f"1A{self.d(7)}", f"AIT {self.d(3)}{self.d(7)}"])

    def bo(self) -> str:
        return self.pick([f"{self.d(4)}/{self.ri(2024, 2025)}", f"{self.ri(2024, 2025)}.{self.d(7)}",
                          f"BO-{self.d(3)}-{self.d(5)}/{self.ri(24, 25)}", f"{self.d(6)}/{self.ri(2024, 2025)}"])

    def policy(self) -> str:
        return self.pick([f"{self.d(2)}.54.{self.d(7)}", f"1180{self.d(9)}", f"RCTR-C {self.d(8)}", f"APL-{self.d(10)}"])

    def nf(self) -> str:
        return f"{self.d(3)}.{self.d(3)}" if self.chance(0.6) else str(self.ri(1000, 999999))

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN {uf} {n}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRBM":
            return f"CRBM-{self.ri(1, 6)} {self.d(5)}"
        if kind == "CRP":
            return f"CRP {self.ri(1, 20):02d}/{self.d(5)}"
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}", f"CRM/{uf} nº {dotted}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("a", "à")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """One or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


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
        pad = " " * (width - len(s)) if len(s) <= width else ""
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def L(s: str, label: str) -> tuple:
    return (s, label)


# --------------------------------------------------------------------------- tables


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "psql") -> None:
    """psql-like (` a | b ` with a dashed rule), box (+---+) or bare (aligned, no rule)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "box":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("| ")
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t(" | ")
                doc.cell(v, w, lab)
            doc.t(" |\n")
        doc.t(rule)
        return
    if style == "bare":
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                if k == len(r) - 1:
                    doc.e(v, lab)
                else:
                    doc.cell(v, w, lab)
            doc.t("\n")
        return
    doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
    doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            doc.t(" " if k == 0 else " | ")
            doc.cell(v, w, lab)
        doc.t("\n")
    doc.t(f"({len(rows)} {'linha' if len(rows) == 1 else 'linhas'})\n")


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


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def dom_of(company: str) -> str:
    w = [x for x in re.findall(r"\w+", fold(company).lower()) if x not in ("ltda", "sa", "s", "a", "e", "de", "do", "da", "dos", "cia")]
    return "".join(w[:2])[:18] + ".com.br"


def plates(g: Gen, trailer: int | None = None) -> list[str]:
    n = g.pick([0, 1, 1, 1, 2]) if trailer is None else trailer
    return [g.plate() for _ in range(1 + n)]


# =========================================================================== atendimento


def wa_stamp(g: Gen, ios: bool) -> callable:
    day = g.date("br")
    base = g.ri(5, 18) * 60

    def stamp(step: int) -> str:
        nonlocal base
        base += step + g.ri(0, 9)
        hh, mm = divmod(min(base, 1439), 60)
        if ios:
            return f"[{day} {hh:02d}:{mm:02d}:{g.ri(0, 59):02d}] "
        return f"{day[:6]}{day[8:]} {hh:02d}:{mm:02d} - "
    return stamp


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export: a freight agent of a carrier books a load with a self-employed driver (TAC)."""
    doc = Doc()
    ag = g.person()
    dr = g.person(driver=True)
    ios = g.chance(0.4)
    st = wa_stamp(g, ios)
    sep = ": "
    carrier = g.pick(CARRIERS)
    business = g.chance(0.4)  # the agent writes from the carrier's WhatsApp Business line
    ag_disp = V(f"{carrier.split()[0]} {carrier.split()[1]} Fretes") if business else P(g.pick([ag.full, ag.short, ag.short]))
    dr_disp = "phone" if g.chance(0.45) else "name"
    if dr_disp == "name":
        DR = P(g.pick([dr.full, dr.short, f"{dr.nick} {dr.last}" if dr.road else dr.short]))
    else:
        DR = (g.phone("plus"), "PHONE_NUMBER")
    c1, c2 = g.city(), g.city()
    if g.chance(0.3):
        doc.f("Conversa do WhatsApp com «d»\n\n", d=DR)
    doc.f("«s»«a»«sp»", s=st(0), a=ag_disp, sp=sep)
    if business:
        doc.f("Aqui é «art» «agn», da «car». ", art="a" if ag.female else "o", agn=P(ag.first), car=carrier)
    doc.f("Bom dia «n», tudo certo? Tenho «c» saindo de «o1»/«u1» pra «o2»/«u2», «t» ton, frete R$ «v»/ton. Topa?\n",
          n=P(dr.nick if g.chance(0.6) else dr.first), c=g.pick(CARGOS), o1=c1[0], u1=c1[1],
          o2=c2[0], u2=c2[1], t=g.ri(27, 49), v=g.money(90, 420))
    doc.f("«s»«d»«sp»bom dia. topo sim, to vazio em «cc». carrega quando?\n", s=st(4), d=DR, sp=sep, cc=g.city()[0])
    doc.f("«s»«a»«sp»Amanhã 6h na «sh». Me manda foto da CNH e dos CRLV do cavalo e da carreta pra eu subir na «gr»\n",
          s=st(3), a=ag_disp, sp=sep, sh=g.pick(SHIPPERS), gr=g.pick(GRS))
    doc.f("«s»«d»«sp»<Mídia oculta>\n" if not ios else "«s»«d»«sp»imagem ocultada\n", s=st(2), d=DR, sp=sep)
    pl = plates(g, g.pick([1, 1, 2]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("«s»«d»«sp»cnh «cnh» cpf «cpf»\n", s=st(1), d=DR, sp=sep, cnh=(g.cnh(), "BR_CNH"),
              cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
        doc.f("«s»«d»«sp»cavalo «p0» carreta «p1»", s=st(1), d=DR, sp=sep, p0=(pl[0], "LICENSE_PLATE"), p1=(pl[1], "LICENSE_PLATE"))
        if len(pl) > 2:
            doc.f(" e «p2» (bitrem)", p2=(pl[2], "LICENSE_PLATE"))
        doc.t("\n")
    elif k == 1:
        doc.f("«s»«d»«sp»a foto ficou ruim, vai digitado: CPF «cpf» / CNH «cnh» categ E validade «val»\n«s2»«d»«sp»placas «p0» / «p1»\n",
              s=st(1), d=DR, sp=sep, cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), val=g.date("br", g.ri(2026, 2030)),
              s2=st(1), p0=(pl[0], "LICENSE_PLATE"), p1=(pl[1], "LICENSE_PLATE"))
    else:
        doc.f("«s»«d»«sp»RNTRC «r» no meu nome. cavalo «p0», carreta «p1»\n", s=st(2), d=DR, sp=sep, r=g.rntrc(),
              p0=(pl[0].lower() if g.chance(0.3) else pl[0], "LICENSE_PLATE"), p1=(pl[1], "LICENSE_PLATE"))
        doc.f("«s»«a»«sp»e o CPF?\n«s2»«d»«sp»«cpf»\n", s=st(3), a=ag_disp, sp=sep, s2=st(1), d=DR, cpf=(g.cpf(), "BR_CPF"))
    doc.f("«s»«a»«sp»Cadastro aprovado na GR ✅. Adiantamento de «pct»% sai pelo CIOT depois de carregado. Qual teu pix?\n",
          s=st(25), a=ag_disp, sp=sep, pct=g.pick([50, 60, 70, 80]))
    k = g.ri(0, 3)
    if k <= 1:
        doc.f("«s»«d»«sp»chave aleatória «u»\n", s=st(2), d=DR, sp=sep, u=(g.uuid(), "PIX_KEY"))
    elif k == 2:
        doc.f("«s»«d»«sp»pix é o email «e»\n", s=st(2), d=DR, sp=sep, e=(g.email(dr), "EMAIL_ADDRESS"))
    else:
        doc.f("«s»«d»«sp»conta da minha esposa «w» ag «ag» cc «cc» caixa\n", s=st(2), d=DR, sp=sep,
              w=P(g.relative(dr, True).full), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("«s»«a»«sp»Anotado. Qualquer coisa na estrada fala com o «m» do monitoramento «t»\n", s=st(4), a=ag_disp, sp=sep,
          m=P(g.person(female=False).first), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    doc.f("«s»«d»«sp»«w» 👍\n", s=st(60), d=DR, sp=sep, w=g.pick(["blz", "fechado", "tmj", "ok, amanhã to lá", "beleza chefe"]))
    if g.chance(0.6):
        doc.f("«s»«d»«sp»chegando na balança de «c», «w»\n", s=st(600), d=DR, sp=sep, c=g.city()[0], w=g.pick(WORD_USES))
    return doc


def at_gr_ficha(g: Gen) -> Doc:
    """Risk-management (GR) driver registration form, field by field; a third are OCR'd scans."""
    doc = Doc()
    scan = g.chance(0.35)
    dr = g.person(driver=True)
    gr = g.pick(GRS)
    carrier = g.pick(CARRIERS)

    def O(s: str, digits: bool = False) -> str:
        return ocr(s, g, 0.35, digits) if scan else s

    def fld(name: str, val, width: int = 22):
        lead = name + " " + "." * max(2, width - len(name)) + " " if g.chance(0.5) or scan else name + ": "
        doc.t(lead)
        if isinstance(val, tuple):
            doc.e(val[0], val[1])
        else:
            doc.t(str(val))
        doc.t("\n")

    if scan:
        doc.t(f"[digitalizado - {g.pick(['HP ScanJet', 'CamScanner', 'Epson L3250'])} - pág 1/2]\n")
    doc.f("«gr» — FICHA CADASTRAL DE MOTORISTA   Consulta nº «n»\nSolicitante: «c»  (CNPJ «cj»)\nTipo: «tp»\n\n",
          gr=gr.upper() if scan else gr, n=g.d(8), c=carrier, cj=(g.cnpj(), "BR_CNPJ"),
          tp=g.pick(["AGREGADO", "TERCEIRO/AUTÔNOMO (TAC)", "FUNCIONÁRIO FROTA"]))
    doc.t("1. DADOS DO MOTORISTA\n")
    fld("Nome", P(O(dr.caps if scan or g.chance(0.5) else dr.full)))
    if dr.road or g.chance(0.3):
        fld("Apelido", P(dr.nick))
    fld("CPF", (O(g.cpf(), True), "BR_CPF"))
    uf = g.pick(UFS)
    doc.t("RG / Órgão emissor: " if g.chance(0.5) else "RG: ")
    doc.e(O(g.rg(), True), "BR_RG")
    doc.t(f" SSP/{uf}\n")
    fld("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 1960, 2000), "DATE_OF_BIRTH"))
    c = g.city()
    fld("Naturalidade", f"{c[0]}/{c[1]}")
    fld("Nome da mãe", P(O(g.relative(dr, True).caps if scan else g.relative(dr, True).full)))
    if g.chance(0.7):
        fld("Nome do pai", P(O(g.relative(dr, False).caps if scan else g.relative(dr, False).full)))
    else:
        fld("Nome do pai", "NÃO CONSTA")
    fld("Estado civil", g.pick(["casado", "solteiro", "união estável", "divorciado"]))
    if g.chance(0.5):
        fld("Título eleitor", (g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.4):
        fld("PIS/NIT", (g.pis(), "BR_PIS"))
    doc.t("\n2. ENDEREÇO\n")
    fld("Logradouro", (O(g.address(g.pick(["text", "caps"]))), "ADDRESS"))
    fld("Bairro", g.pick(BAIRROS))
    c = g.city()
    fld("Cidade/UF", f"{c[0]}/{c[1]}")
    fld("CEP", (O(g.cep(), True), "BR_CEP"))
    fld("Celular", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        fld("Fone recado", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    if g.chance(0.6):
        fld("E-mail", (g.email(dr), "EMAIL_ADDRESS"))
    doc.t("\n3. HABILITAÇÃO\n")
    fld("Registro CNH", (O(g.cnh(), True), "BR_CNH"))
    fld("Categoria", g.pick(["E", "E", "D", "AE"]))
    fld("Validade", g.date("br", g.ri(2025, 2033)))
    fld("1ª habilitação", g.date("br", g.ri(1985, 2018)))
    if g.chance(0.5):
        fld("Nº espelho", g.d(10))
    if g.chance(0.4):
        fld("RENACH", f"{g.pick(UFS)}{g.d(9)}")
    fld("Curso MOPP", g.pick(["SIM - validade " + g.date("br", 2027), "NÃO", "vencido"]))
    doc.t("\n4. VEÍCULO\n")
    pl = plates(g)
    fld("Placa cavalo", (O(pl[0], True), "LICENSE_PLATE"))
    fld("RENAVAM", g.renavam())
    fld("Chassi", g.chassi())
    fld("Marca/modelo", g.pick(TRUCKS))
    for k, p in enumerate(pl[1:]):
        fld(f"Placa carreta {k + 1}", (p, "LICENSE_PLATE"))
    own = g.ri(0, 2)
    if own == 0:
        fld("Proprietário", "o próprio motorista")
    elif own == 1:
        o = g.person()
        doc.t("Proprietário: ")
        doc.e(o.caps, "PERSON")
        doc.t(" CPF ")
        doc.e(g.cpf(), "BR_CPF")
        doc.t("\n")
    else:
        fld("Proprietário", carrier.upper())
    doc.t("\n5. REFERÊNCIAS\n")
    for k in range(g.ri(1, 2)):
        r = g.person()
        doc.f("Pessoal «k»: «n» («rel») — «t»\n", k=k + 1, n=P(O(name_form(g, r, ["full", "caps", "short"]))),
              rel=g.pick(["irmão", "cunhado", "vizinho", "esposa", "compadre", "ex-patrão"]),
              t=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"))
    for k in range(g.ri(1, 2)):
        doc.f("Comercial «k»: «n» — tel «t» (falar c/ «p»)\n", k=k + 1, n=g.pick(CARRIERS + SHIPPERS),
              t=(g.phone(g.pick(["par", "zero"]), mobile=False), "PHONE_NUMBER"), p=P(g.person().first))
    an = g.person()
    doc.f("\nParecer: «res» — validade da pesquisa «v» dias. Analista: «a»  «d» «h»\n",
          res=g.pick(["APTO", "APTO", "APTO COM RESTRIÇÃO (carga de alto valor não)", "PENDENTE - CNH ilegível"]),
          v=g.pick([90, 180]), a=P(O(an.short if g.chance(0.6) else an.full)), d=g.date("br"), h=g.hm())
    return doc


def at_portaria(g: Gen) -> Doc:
    """Gate log of a shipper's distribution centre: trucks in and out, driver documents, plates."""
    doc = Doc()
    sh = g.pick(SHIPPERS)
    porter = g.person()
    c = g.city()
    style = g.pick(["psql", "box", "bare", "csv"])
    doc.f("«sh» — CD «c»\nCONTROLE DE PORTARIA / ACESSO DE VEÍCULOS DE CARGA   data: «d»   turno: «tu»   porteiro: «p»\n\n",
          sh=sh, c=c[0], d=g.date("br"), tu=g.pick(["A (06-14h)", "B (14-22h)", "C (22-06h)"]), p=P(name_form(g, porter, ["full", "short", "caps"])))
    rows = []
    n = g.ri(4, 6)
    hrs = g.times(n * 2, 0, 24 * 3600 - 1)
    first_drivers = []
    for i in range(n):
        dr = g.person(driver=True)
        first_drivers.append(dr)
        kind = g.pick(["CPF", "CPF", "RG", "CNH"])
        docv = {"CPF": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), "RG": (g.rg(), "BR_RG"), "CNH": (g.cnh(), "BR_CNH")}[kind]
        pl = plates(g)
        name = name_form(g, dr, ["caps", "caps", "full", "short", "capsshort"])
        rows.append([V(hrs[2 * i]), V(hrs[2 * i + 1] if g.chance(0.7) else "--"), P(name), V(kind), docv, (pl[0], "LICENSE_PLATE"),
                     (pl[1], "LICENSE_PLATE") if len(pl) > 1 else V("-"),
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V("-"), V(g.pick(CARRIERS)[:24].rstrip()),
                     V(g.pick([f"NF {g.nf()}", f"PED {g.d(7)}", f"CT-e {g.d(6)}", f"coleta {g.d(5)}"])), V(f"D{g.ri(1, 24):02d}")])
    cols = ["entrada", "saída", "motorista", "doc", "nº doc", "cavalo", "carreta", "celular", "transportadora", "ref", "doca"]
    if style == "csv":
        table_csv(doc, cols, rows, sep=";")
    else:
        table_ruled(doc, cols, rows, style)
    d0 = g.pick(first_drivers)
    k = g.ri(0, 2)
    if k == 0:
        doc.f("\nOBS: motorista «n» chegou com ajudante «h» (RG «rg»), não autorizado pela transportadora — ajudante aguardou na área externa.\n",
              n=P(d0.first if g.chance(0.5) else d0.nick), h=P(g.person(female=False).full), rg=(g.rg(), "BR_RG"))
    elif k == 1:
        doc.f("\nOBS: placa «p» constava no agendamento como «q», divergência informada p/ «s» (programação) por telefone «t».\n",
              p=(g.plate(), "LICENSE_PLATE"), q=(g.plate(), "LICENSE_PLATE"), s=P(g.person().first), t=(g.phone("plain"), "PHONE_NUMBER"))
    else:
        doc.f("\nOBS: «w». Motorista «n» sem EPI (botina), orientado. Senha «s».\n", w=g.pick(WORD_USES),
              n=P(d0.short), s=g.d(4))
    doc.f("Visto supervisão: «v»\n", v=P(g.person().short) if g.chance(0.7) else "____________")
    return doc


def at_rastreamento(g: Gen) -> Doc:
    """Fleet-tracking console log: macros from the truck, free-text messages, operator actions, portal logins."""
    doc = Doc()
    tr = g.pick(TRACKERS)
    dr = g.person(driver=True)
    op1, op2 = g.person(), g.person()
    pl = plates(g, 1)
    day = g.date("iso")
    hw = g.pick(HIGHWAYS)
    doc.f("«tr» · Central de Monitoramento · Viagem «v» · Veículo «p» + «q» · Motorista: «m» (CPF «cpf», cel «cel»)\nSM (solicitação de monitoramento) «sm» · GR «gr»\n",
          tr=tr, v=g.d(7), p=(pl[0], "LICENSE_PLATE"), q=(pl[1], "LICENSE_PLATE"), m=P(name_form(g, dr, ["caps", "full", "short"])),
          cpf=(g.cpf(), "BR_CPF"), cel=(g.phone("plain"), "PHONE_NUMBER"), sm=g.d(9), gr=g.pick(GRS))
    doc.t("-" * 96 + "\n")
    ts = g.times(9, 3 * 3600, 23 * 3600)
    km = g.ri(10, 600)
    lines = [("MACRO 01", "INICIO DE VIAGEM"), ("MACRO 05", "PARADA PARA REFEICAO"), ("POSICAO", "em movimento"),
             ("MACRO 07", "PARADA PERNOITE"), ("ALERTA", "desvio de rota 4,2 km"), ("MACRO 12", "MENSAGEM LIVRE")]
    for i, (kind, txt) in enumerate(lines):
        km += g.ri(20, 140)
        doc.f("«d» «t»  «p»  «k» «x» lat -«la» lon -«lo»  «hw» km «km»\n",
              d=day, t=ts[i] + f":{g.ri(0, 59):02d}", p=(pl[0], "LICENSE_PLATE"), k=kind.ljust(9), x=txt.ljust(24),
              la=f"{g.ri(8, 29)}.{g.d(5)}", lo=f"{g.ri(40, 60)}.{g.d(5)}", hw=hw, km=km)
    doc.f("      texto: \"«m»\"\n", m=g.pick([
        "PNEU ESTOUROU NO 2 EIXO DA CARRETA, PARADO NO ACOSTAMENTO",
        "SEM SINAL NA SERRA, LIGAR NO MEU NUMERO",
        "POLICIA RODOVIARIA PAROU PRA FISCALIZACAO",
        "VOU PARAR NO POSTO AURORA P/ DESCANSO 11H"]))
    doc.f("«d» «t»  [op «o»] contato telefônico c/ motorista no «tel», confirmou parada. «w»\n", d=day, t=ts[6], o=P(op1.short),
          tel=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), w=g.pick(["Sem anormalidade.", "Senha de pânico NÃO acionada.", "Tudo ok, segue viagem."]))
    if g.chance(0.6):
        doc.f("«d» «t»  [op «o»] tentativa de contato s/ sucesso; acionado contato de emergência «c» («r») «tel»\n", d=day, t=ts[7],
              o=P(op2.first), c=P((rel := g.relative(dr)).full), r=g.pick(["esposa", "mãe", "filha"] if rel.female else ["irmão", "filho", "pai"]), tel=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("«d» «t»  [sistema] jornada: «h»h dirigidas sem pausa de 30 min — alerta Lei 13.103/2015 enviado ao gestor «g»\n",
          d=day, t=ts[8], h=f"{g.ri(5, 7)},{g.ri(0, 9)}", g=P(g.person().full))
    doc.t("-" * 96 + "\nLog de acesso ao portal (últimos eventos):\n")
    for o in (op1, op2):
        doc.f("«d»T«t»Z user=«u» ip=«ip» action=«a»\n", d=day, t=g.hms(), u=login(o), ip=(g.ip(g.chance(0.4)), "IP_ADDRESS"),
              a=g.pick(["login", "view_trip", "export_kml", "ack_alert"]))
    return doc


def at_sac_email(g: Gen) -> Doc:
    """E-mail from a consignee complaining about a delivery, with the carrier SAC's quoted reply."""
    doc = Doc()
    cl = g.person()
    att = g.person()
    carrier = g.pick(CARRIERS)
    dom = dom_of(carrier)
    dr = g.person(driver=True)
    c = g.city()
    mail_cl = g.email(cl)
    reply = g.chance(0.6)
    when = g.date("br")
    if reply:
        doc.f("De: «a» <«am»>\nPara: «n» <«m»>\nCc: sac@«dom»\nAssunto: RE: Entrega NF «nf» - «s»\n\n",
              a=P(att.full), am=(corp_mail(att, dom), "EMAIL_ADDRESS"), n=P(cl.full), m=(mail_cl, "EMAIL_ADDRESS"), dom=dom,
              nf=(nf := g.nf()), s=g.pick(["mercadoria avariada", "atraso na entrega", "entregue em endereço errado"]))
        doc.f("Prezad«o» «f»,\n\nLamentamos o ocorrido. Abrimos a ocorrência «oc» e a mercadoria será recolhida pela nossa filial de «fc» "
              "em até 5 dias úteis. O motorista «d» confirmou que «x».\nPara agilizar, confirme por favor o endereço de coleta e um telefone.\n\n"
              "Att.,\n«a2»\nAtendimento ao Cliente | «car»\n«tel» | sac@«dom»\n\n",
              o=cl.o, f=P(cl.first), oc=g.protocol(), fc=g.city()[0], d=P(g.pick([dr.first, dr.short, dr.nick])),
              x=g.pick(["a caixa já estava amassada no carregamento", "ninguém atendeu no endereço às 14h",
                        "houve troca de volumes no transbordo de " + g.city()[0]]),
              a2=P(g.pick([att.short, att.first])), car=carrier, tel=(g.phone(g.pick(["zero", "par"]), mobile=False), "PHONE_NUMBER"), dom=dom)
        doc.f("Em «d», «n» <«m»> escreveu:\n", d=when, n=P(cl.full), m=(mail_cl, "EMAIL_ADDRESS"))
        q = "> "
    else:
        doc.f("From: «n» <«m»>\nTo: sac@«dom»\nDate: «d»\nSubject: Reclamação entrega «nf»\n\n", n=P(cl.full), m=(mail_cl, "EMAIL_ADDRESS"),
              dom=dom, d=when, nf=(nf := g.nf()))
        q = ""
    doc.f(q + "Boa tarde. Comprei «it» na «lj» (pedido «ped») e a transportadora de vocês entregou «pr».\n", it=g.pick(["uma geladeira", "um sofá retrátil",
          "um kit de pneus", "uma máquina de lavar", "um guarda-roupa 6 portas"]), lj=g.pick(["Magazine Aurora", "Casas Bento", "Loja Leal Móveis",
          "Atacadão Leal Distribuidora"]), ped=g.pick([g.d(10), f"#{g.d(8)}", g.neg(11)]),
          pr=g.pick(["com a lateral toda amassada", "3 dias depois do prazo", "faltando um volume"]))
    doc.f(q + "Chave da NF-e: «k»\n", k=g.key44_sp() if g.chance(0.5) else g.key44())
    doc.f(q + "Endereço de entrega: «ad», «b», «ci»/«uf» - CEP «cep»\n", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=c[0], uf=c[1],
          cep=(g.cep(), "BR_CEP"))
    doc.f(q + "O caminhão era placa «p» e o motorista se negou a esperar eu abrir a caixa. Meu celular é «t».\n",
          p=(g.plate(), "LICENSE_PLATE"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f(q + "A nota está no meu nome, CPF «cpf».\n", cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f(q + "Se eu não estiver, pode deixar com «v» (vizinha), «vt».\n", v=P(g.person(female=True).first), vt=(g.phone("plain"), "PHONE_NUMBER"))
    doc.f(q + "\n" + q + "«n»\n", n=P(g.pick([cl.full, cl.first, cl.short])))
    return doc


def at_0800(g: Gen) -> Doc:
    """Call record of the 'Como estou dirigindo?' line: a road user reports a truck; routing and feedback."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    caller = g.person()
    att = g.person()
    dr = g.person(driver=True)
    sup = g.person()
    pl = g.plate()
    hw = g.pick(HIGHWAYS)
    doc.f("0800 COMO ESTOU DIRIGINDO — «car»\nRegistro «r»   Data «d» «h»   Atendente: «a» (ramal «ra»)\n\n",
          car=carrier, r=g.protocol(), d=g.date("br"), h=g.hm(), a=P(att.short), ra=g.ri(2000, 2999))
    doc.f("Denunciante: «n»\nContato: «t»«e»«em»\nPlaca informada: «p» (adesivo traseiro nº «ad»)\nLocal: «hw», km «km», sentido «s»\n",
          n=P(name_form(g, caller, ["full", "short", "first"])) if g.chance(0.8) else "não quis se identificar",
          t=(g.phone(), "PHONE_NUMBER"), e=(sl := " / " if g.chance(0.6) else ""), em=(g.email(caller), "EMAIL_ADDRESS") if sl else "", p=(pl, "LICENSE_PLATE"),
          ad=g.d(4), hw=hw, km=g.ri(1, 900), s=g.pick(["norte", "sul", "capital", "interior", "Curitiba"]))
    doc.f("Relato (transcrito): «x»\n\n", x=g.pick([
        "\"o caminhão tava colado na minha traseira na descida da serra, piscando farol, quase me jogou pro acostamento\"",
        "\"ultrapassou em faixa contínua na curva, com criança no meu carro\"",
        "\"motorista falando no celular e a carreta zigue-zagueando\"",
        "\"elogio: o motorista parou pra ajudar minha esposa com pneu furado, muito educado\""]))
    doc.f("Encaminhamento: consulta rastreador → veículo «p» na escala do dia com «m» (CNH «cnh»), gestor de frota «s».\n",
          p=(pl, "LICENSE_PLATE"), m=P(name_form(g, dr, ["caps", "full", "short"])), cnh=(g.cnh(), "BR_CNH"), s=P(sup.full))
    doc.f("Velocidade no horário (telemetria): «v» km/h. Tacógrafo digital: «tg».\n", v=g.ri(40, 110),
          tg=g.pick(["sem excesso", "excesso registrado 3x", "sem registro (falha de leitura)"]))
    doc.f("Tratativa: «tt»\nRetorno ao denunciante: «rt»\n", tt=g.pick(["advertência verbal + reciclagem direção defensiva",
          "advertência escrita", "elogio registrado no prontuário do motorista", "suspensão 1 dia (reincidência)"]),
          rt=g.pick(["por telefone em " + g.date("br"), "e-mail enviado", "não atendeu, 3 tentativas"]))
    if g.chance(0.7):
        doc.f("Histórico da placa: «k» registro(s) anterior(es) — «d» («m2», advertido)\n", k=g.ri(1, 3), d=g.date("br", 2024),
              m2=P(g.person(driver=True).short))
    if g.chance(0.6):
        doc.f("\n-- nota «s»: «w». Falar com «m» na volta dele, «mt».\n", s=P(sup.first), w=g.pick(WORD_USES),
              m=P(dr.nick), mt=(g.phone("plain"), "PHONE_NUMBER"))
    return doc


def at_app(g: Gen) -> Doc:
    """Support ticket of a freight-matching app: a driver's signup payload failing validation, with logs."""
    doc = Doc()
    dr = g.person(driver=True)
    ag = g.person()
    t, name, num, comp = g.street_parts()
    pl = plates(g)
    city = g.city()
    doc.f("Ticket #«n» · Cadastro de motorista travado em \"validação de documentos\"\nSolicitante: «d» («e») via app Android «v»\n"
          "Responsável: «a» · Fila: Onboarding Motoristas\n\n",
          n=g.d(6), d=P(dr.full), e=(g.email(dr), "EMAIL_ADDRESS"), v=f"{g.ri(3, 6)}.{g.ri(0, 20)}.{g.ri(0, 9)}", a=P(ag.full))
    doc.t("Payload recebido (POST /v2/drivers):\n```json\n{\n")
    doc.f('  "nome": "«n»",\n  "cpf": "«c»",\n  "data_nascimento": "«b»",\n', n=P(dr.full if g.chance(0.6) else dr.caps),
          c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), b=(g.dob("iso"), "DATE_OF_BIRTH"))
    doc.f('  "cnh": {"numero": "«c»", "categoria": "E", "validade": "«v»"},\n', c=(g.cnh(), "BR_CNH"), v=g.date("iso", g.ri(2024, 2031)))
    doc.f('  "celular": "«t»",\n  "email": "«e»",\n', t=(g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"), e=(g.email(dr), "EMAIL_ADDRESS"))
    doc.f('  "endereco": {"logradouro": "«l»", "numero": "«nu»", "complemento": "«co»", "bairro": "«b»", "cidade": "«ci»", "uf": "«uf»", "cep": "«cep»"},\n',
          l=(f"{t} {name}", "ADDRESS"), nu=num, co=comp, b=g.pick(BAIRROS), ci=city[0], uf=city[1], cep=(g.cep(False), "BR_CEP"))
    doc.t('  "veiculos": [')
    for k, p in enumerate(pl):
        doc.f('«s»{"placa": "«p»", "tipo": "«t»", "renavam": "«r»"}', s=", " if k else "", p=(p, "LICENSE_PLATE"),
              t="cavalo" if k == 0 else "semirreboque", r=g.renavam())
    doc.f('],\n  "antt_rntrc": "«r»",\n', r=g.rntrc())
    kb = g.ri(0, 2)
    if kb == 0:
        doc.f('  "pagamento": {"tipo": "pix", "chave": "«u»", "tipo_chave": "aleatoria"}\n', u=(g.uuid(), "PIX_KEY"))
    elif kb == 1:
        doc.f('  "pagamento": {"tipo": "conta", "banco": "«bk»", "agencia": "«a»", "conta": "«c»"}\n', bk=g.pick(["001", "104", "237", "341", "756", "748"]),
              a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f('  "pagamento": {"tipo": "pix", "chave": "«t»", "tipo_chave": "celular"}\n', t=(g.phone("e164"), "PHONE_NUMBER"))
    doc.t("}\n```\n\nLogs:\n")
    ip = g.ip()
    lday = g.date("iso")
    for ev in g.pick([["ocr_cnh_ok", "face_match score=0.41 FAIL", "retry"], ["serpro_cpf_situacao=REGULAR", "cnh_validade EXPIRED"],
                      ["antt_rntrc status=ATIVO", "gr_consulta timeout 30s", "gr_consulta PENDENTE"]]):
        doc.f("«d» «h» INFO req=«r» ip=«ip» «ev»\n", d=lday, h=g.hms(), r=g.hexs(8), ip=(ip, "IP_ADDRESS"), ev=ev)
    k = g.ri(0, 2)
    doc.f("\n«a» (interno): falei com ele no «t»; ", a=P(ag.first), t=(g.phone("plain"), "PHONE_NUMBER"))
    if k == 0:
        doc.t("a foto da CNH tá com reflexo.")
    elif k == 1:
        doc.f("a CNH venceu em «d».", d=g.date("br", 2025))
    else:
        doc.f("o nome no Serpro está diferente («n»), mudou de sobrenome depois do casamento.", n=P(dr.caps))
    doc.t(" Pedi selfie nova e foto da CNH sem capinha.\n")
    return doc


# =========================================================================== juridico


def qualif(doc: Doc, g: Gen, p: Person, role: str, caps: bool = True, dob: bool = True, rich: bool = True) -> None:
    """'NAME, brasileiro, casado, motorista, CPF ..., RG ..., residente na ...' qualification paragraph."""
    c = g.city()
    nat = "brasileir" + p.o if g.chance(0.85) else g.pick(["haitian" + p.o, "boliviano", "venezuelan" + p.o, "angolan" + p.o])
    doc.f("«n», «nat», «ec», «prof», ", n=P(p.caps if caps else p.full), nat=nat,
          ec=g.pick(["casad" + p.o, "solteir" + p.o, "divorciad" + p.o, "convivente em união estável"]), prof=role)
    if rich and g.chance(0.6):
        doc.f("portador(a) da CTPS nº «ct» série «se»-«uf», ", ct=g.d(7), se=g.d(4), uf=c[1])
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if rich and g.chance(0.6):
        doc.f(" e no PIS/PASEP sob o nº «pis»", pis=(g.pis("dot"), "BR_PIS"))
    if g.chance(0.7):
        doc.f(", RG nº «rg» SSP/«uf»", rg=(g.rg(), "BR_RG"), uf=g.pick(UFS))
    if rich and g.chance(0.25):
        doc.f(", título de eleitor nº «te»", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    if dob and g.chance(0.7):
        doc.f(", nascid«o» em «b»", o=p.o, b=(g.dob(g.pick(["br", "long"]), 1960, 1999), "DATE_OF_BIRTH"))
    doc.f(", residente e domiciliad«o» na «ad», «ba», «ci»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS),
          ci=c[0], uf=c[1], cep=(g.cep(), "BR_CEP"))
    if rich and g.chance(0.5):
        doc.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone("par"), "PHONE_NUMBER"))


def ju_peticao(g: Gen) -> Doc:
    """Initial petition of a labour claim by a truck driver: overtime, waiting time, rest breaks (Lei 13.103/2015)."""
    doc = Doc()
    c = g.city()
    rec = g.person(driver=True)
    adv = [g.person(), g.person()]
    carrier = g.pick(CARRIERS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «ci»/«uf»\n\n\n", v=g.ri(1, 6), ci=c[0].upper(), uf=c[1])
    qualif(doc, g, rec, "motorista carreteiro")
    doc.f(", por seus advogados que esta subscrevem (procuração anexa), «a1», «o1», e «a2», «o2», com escritório na Av. «es», «en», "
          "onde recebem intimações, vem, respeitosamente, propor\n\nRECLAMAÇÃO TRABALHISTA\npelo rito ordinário\n\nem face de «car», pessoa jurídica "
          "de direito privado inscrita no CNPJ sob o nº «cj», com sede na Rodovia «hw», km «km», Distrito Industrial, «ci2»/«uf2», pelos fatos e "
          "fundamentos a seguir expostos.\n\n",
          a1=P(adv[0].full), o1=(g.council("OAB", c[1]), "PROFESSIONAL_ID"), a2=P(adv[1].full), o2=(g.council("OAB", c[1]), "PROFESSIONAL_ID"),
          es=g.pick(["Getúlio Vargas", "Brasil", "Paraná", "Presidente Kennedy"]), en=g.ri(10, 3000), car=carrier.upper(),
          cj=(g.cnpj(), "BR_CNPJ"), hw=g.pick(HIGHWAYS), km=g.ri(1, 700), ci2=(c2 := g.city())[0], uf2=c2[1])
    adm, dem = g.date("long", g.ri(2018, 2022)), g.date("long", g.ri(2023, 2025))
    doc.f("I — DO CONTRATO DE TRABALHO\n\nO Reclamante foi admitido em «a» para exercer a função de motorista de carreta (CBO 7825-10), com último salário "
          "de R$ «s», sendo dispensado sem justa causa em «d». Conduzia o conjunto «tr», placas «p1» e «p2», em rotas entre «r1» e «r2».\n\n",
          a=adm, s=g.money(2800, 5200), d=dem, tr=g.pick(TRUCKS) + " + " + g.pick(TRAILERS), p1=(g.plate(), "LICENSE_PLATE"),
          p2=(g.plate(), "LICENSE_PLATE"), r1=g.city()[0], r2=g.pick(["o Porto de Paranaguá", "o Porto de Santos", "Manaus (via balsa)", g.city()[0]]))
    doc.f("II — DA JORNADA E DO TEMPO DE ESPERA\n\nA jornada era controlada por rastreador «tk» e tacógrafo, o que afasta a exceção do art. 62, I, "
          "da CLT. O Reclamante permanecia em média «h» horas por viagem em filas de carga e descarga, tempo que a Reclamada tratava como "
          "\"tempo de espera\" (art. 235-C, §8º, da CLT, incluído pela Lei 13.103/2015), indenizado a 30% do salário-hora. Ocorre que o STF, "
          "na ADI 5322, declarou inconstitucional a exclusão desse tempo da jornada, sendo devidas as horas como extras, com adicional de 50%.\n\n",
          tk=g.pick(TRACKERS), h=g.ri(6, 30))
    doc.f("Os colegas «t1» e «t2», que faziam a mesma rota, presenciaram a rotina e serão arrolados como testemunhas. «w»\n\n",
          t1=P(g.person(driver=True).full), t2=P(g.person(driver=True).short),
          w=g.pick(["Sequer havia local adequado de descanso nos pátios dos clientes.",
                    "Seria prudente, desde já, a requisição dos relatórios do rastreador.",
                    "Em dias de safra a fila no terminal chegava a 40 km."]))
    doc.f("III — DOS PEDIDOS\n\na) horas extras e reflexos — R$ «v1»;\nb) intervalos intrajornada e interjornada suprimidos (art. 235-C, §3º) — R$ «v2»;\n"
          "c) diárias de viagem em atraso — R$ «v3»;\nd) multa do art. 477 da CLT.\n\nDá-se à causa o valor de R$ «vt».\n\n«ci», «d».\n\n«a1»\n«o1»\n\n«a2»\n«o2»\n",
          v1=g.money(20000, 180000), v2=g.money(5000, 60000), v3=g.money(1000, 20000), vt=g.money(60000, 300000), ci=c[0], d=g.date("long", 2025),
          a1=P(adv[0].caps if g.chance(0.5) else adv[0].full), o1=(g.council("OAB", c[1]), "PROFESSIONAL_ID"),
          a2=P(adv[1].full), o2=(g.council("OAB", c[1]), "PROFESSIONAL_ID"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of an instruction hearing in a driver's labour claim: parties, preposto, qualified witnesses."""
    doc = Doc()
    c = g.city()
    judge = g.person()
    rec = g.person(driver=True)
    carrier = g.pick(CARRIERS)
    pre = g.person()
    ar, ad = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «ci»\n\n"
          "ATA DE AUDIÊNCIA — PROCESSO ATOrd «cnj»\n\nEm «d», às «h», na sala de audiências desta Vara, sob a presidência do(a) "
          "Exmo(a). Juiz(a) do Trabalho «j», foram apregoados os litigantes:\n",
          r=g.ri(1, 24), v=g.ri(1, 5), ci=c[0], cnj=g.cnj("5." + str(g.ri(10, 24))), d=g.date("long"), h=g.hm(), j=P(judge.full))
    doc.f("RECLAMANTE: «n» (CPF «cpf»), presente, acompanhad«o» do(a) advogado(a) «a», «oa»;\n", n=P(rec.caps), cpf=(g.cpf(), "BR_CPF"), o=rec.o, a=P(ar.full),
          oa=(g.council("OAB", c[1]), "PROFESSIONAL_ID"))
    doc.f("RECLAMADA: «car» (CNPJ «cj»), representada pelo(a) preposto(a) «p», RG «rg», acompanhad«o2» do(a) advogado(a) «a», «oa».\n\n",
          car=carrier.upper(), cj=(g.cnpj(), "BR_CNPJ"), o2=pre.o, p=P(pre.full), rg=(g.rg(), "BR_RG"), a=P(ad.full), oa=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("Depoimento pessoal do(a) reclamante: \"que dirigia o caminhão placa «p»; que o tacógrafo era trocado pelo encarregado «e»; "
          "que ficava até «hh» horas na fila do «lc» sem poder sair do caminhão; «w»\".\n",
          p=(g.plate(), "LICENSE_PLATE"), e=P(g.pick([(x := g.person(female=False)).first, x.nick, x.short])), hh=g.ri(8, 36),
          lc=g.pick(["terminal de Paranaguá", "pátio da usina", "Porto de Santos", "frigorífico em Rondonópolis"]),
          w=g.pick(["que a luz do painel acusava excesso de jornada e ninguém fazia nada", "que nunca recebeu as diárias de pernoite",
                    "que o apelido dele na empresa era \"" + rec.nick + "\""]))
    # "que o apelido dele..." holds a nickname: label it
    tail = doc.text.rfind("\"" + rec.nick + "\"")
    if tail > doc.text.rfind("Depoimento pessoal"):
        doc.spans.append({"start": tail + 1, "end": tail + 1 + len(rec.nick), "label": "PERSON"})
    doc.f("Depoimento do(a) preposto(a): \"que o controle de jornada era feito pelo rastreador «tk»; que o reclamante nunca reclamou\".\n\n",
          tk=g.pick(TRACKERS))
    for k in range(g.ri(1, 2)):
        t = g.person(driver=True)
        doc.f("«k»ª TESTEMUNHA DO(A) «lado»: «n», «prof», CPF «cpf», RG «rg», residente na «ad», «ci», telefone «tel». Advertid«o» e compromissad«o». "
              "Depoimento: \"que trabalhou com o reclamante, conhecido como «nk», entre «a1» e «a2»; que «dep»\".\n",
              k=k + 1, lado=g.pick(["RECLAMANTE", "RECLAMADA"]), n=P(t.caps if g.chance(0.6) else t.full),
              prof=g.pick(["motorista", "conferente", "mecânico", "ex-motorista"]), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              tel=(g.phone("par"), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"),
              ci=g.city()[0], o=t.o, nk=P(rec.nick), a1=g.ri(2018, 2021), a2=g.ri(2022, 2024),
              dep=g.pick(["ficavam dias aguardando descarga sem receber", "a empresa exigia que desligassem o rastreador na volta",
                          "o tacógrafo de disco era preenchido com caneta pelo encarregado"]))
    doc.f("\nEncerrada a instrução. Razões finais remissivas. Conciliação final rejeitada. Julgamento em «d».\n\n«j»\nJuiz(a) do Trabalho\n",
          d=g.date("br"), j=P(judge.caps if g.chance(0.5) else judge.full))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report (boletim de ocorrência) of a cargo theft; a third are OCR'd scans."""
    doc = Doc()
    scan = g.chance(0.35)
    vic = g.person(driver=True)
    dele = g.person()
    esc = g.person()
    c = g.city()
    carrier = g.pick(CARRIERS)

    def O(s: str, digits: bool = False) -> str:
        return ocr(s, g, 0.3, digits) if scan else s

    doc.f("SECRETARIA DA SEGURANÇA PÚBLICA\nPOLÍCIA CIVIL DO ESTADO\n«dp»\nBOLETIM DE OCORRÊNCIA Nº «bo»\n\n",
          dp=g.pick(["DELEGACIA ESPECIALIZADA DE ROUBO DE CARGAS", "DISTRITO POLICIAL DE " + c[0].upper(), "DEIC — DIVISÃO DE INVESTIGAÇÕES SOBRE CARGAS"]),
          bo=g.bo())
    doc.f("Natureza: ROUBO DE CARGA (art. 157, §2º, II e V, e §2º-A, I, do Código Penal)\nData/hora do fato: «d» «h»   Data da comunicação: «d» «h2»\n"
          "Local: «hw», km «km», «lc», «ci»/«uf»\n\n", d=g.date("br"), h=g.hm(), h2=g.hm(), hw=g.pick(HIGHWAYS + ["Rodovia " + x for x in HIGHWAY_NAMES]),
          km=g.ri(1, 800), lc=g.pick(["acostamento", "posto de combustível", "trevo de acesso", "área de descanso"]), ci=c[0], uf=c[1])
    doc.t("VÍTIMA / COMUNICANTE\n")
    doc.f("Nome: «n»\nRG: «rg»   CPF: «cpf»\nNascimento: «b»   Naturalidade: «nat»", n=P(O(vic.caps)), rg=(O(g.rg(), True), "BR_RG"),
          cpf=(O(g.cpf(), True), "BR_CPF"), b=(g.dob("br", 1962, 2000), "DATE_OF_BIRTH"), nat=g.city()[0].upper())
    if g.chance(0.35):
        doc.f("   Título eleitoral: «te»", te=(O(g.titulo(), True), "BR_TITULO_ELEITOR"))
    doc.f("\nFiliação: «m» e «p»\nEndereço: «ad»   CEP: «cep»\nTelefone: «t»\nProfissão: motorista\n\n",
          m=P(O(g.relative(vic, True).caps)), p=P(O(g.relative(vic, False).caps)),
          ad=(O(g.address("caps")), "ADDRESS"), cep=(O(g.cep(), True), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    pl = plates(g, 1)
    doc.f("VEÍCULOS\nCavalo mecânico «mk», placa «p1», RENAVAM «r1», cor «cor», proprietário «car»\nSemirreboque «tr», placa «p2»\n\n",
          mk=g.pick(TRUCKS).upper(), p1=(O(pl[0], True), "LICENSE_PLATE"), r1=g.renavam(), cor=g.pick(["BRANCA", "VERMELHA", "PRATA", "AZUL"]),
          car=carrier.upper(), tr=g.pick(TRAILERS).upper(), p2=(pl[1], "LICENSE_PLATE"))
    doc.f("CARGA: «cg» — NF-e «nf», valor declarado R$ «v», embarcador «sh»\n\n", cg=g.pick(CARGOS).upper(), nf=g.nf(), v=g.money(80000, 1500000),
          sh=g.pick(SHIPPERS).upper())
    doc.f("HISTÓRICO\nComparece a vítima noticiando que, ao parar no local, foi abordad«o» por «q» indivíduos armados que «a» colocaram em um veículo "
          "«vv» e «a» mantiveram em cativeiro por cerca de «hh» horas, sendo liberad«o» em «lb». Informa que o rastreador «tk» foi desligado "
          "(jammer) e que a central só percebeu às «h2». Contatou a transportadora pelo telefone do monitoramento, falando com «op». "
          "Não reconhece os autores. «extra»\n\n",
          o=vic.o, a=vic.o, q=g.ri(2, 4), vv=g.pick(["GOL PRATA", "ONIX BRANCO", "HILUX PRETA"]), hh=g.ri(2, 9),
          lb=g.pick(["estrada de terra próxima a " + g.city()[0], "matagal às margens da rodovia"]), tk=g.pick(TRACKERS), h2=g.hm(),
          op=P(O(g.person().full)), extra=g.pick(["", "O cavalo mecânico foi localizado sem a carreta.",
                                                   "Testemunha: frentista " + "«TESTE»"]))
    if "«TESTE»" in doc.text:
        i = doc.text.index("«TESTE»")
        t = g.person()
        tn = O(t.caps)
        doc.text = doc.text[:i] + tn + doc.text[i + 7:]
        doc.spans.append({"start": i, "end": i + len(tn), "label": "PERSON"})
    doc.f("Autoridade: «dl» — Delegad«o» de Polícia\nEscrivã(o): «es»\n", dl=P(O(dele.full)), o=dele.o, es=P(O(esc.full)))
    if scan:
        doc.t("[fim da pág. 1 — documento digitalizado pelo setor de sinistros]\n")
    return doc


def ju_prf(g: Gen) -> Doc:
    """PRF accident report (BAT) extract: vehicles, drivers, victims, the officers; pasted in the carrier's legal file."""
    doc = Doc()
    hw = g.pick(HIGHWAYS)
    c = g.city()
    doc.f("MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA — POLÍCIA RODOVIÁRIA FEDERAL\nBOLETIM DE ACIDENTE DE TRÂNSITO — BAT nº «n»\n\n"
          "Data: «d»  Hora: «h»  Rodovia: «hw»  km: «km»,«m»  Município: «ci»/«uf»  Sentido: «s»\nTipo: «tp»  Causa presumível: «cp»\n"
          "Condições: pista «pi», «tempo», «fase»\n\n", n=f"{g.ri(2024, 2025)}{g.d(6)}", d=g.date("br"), h=g.hm(), hw=hw, km=g.ri(1, 900), m=g.d(1),
          ci=c[0], uf=c[1], s=g.pick(["crescente", "decrescente"]), tp=g.pick(["Colisão traseira", "Tombamento", "Saída de leito carroçável",
          "Colisão transversal", "Engavetamento"]), cp=g.pick(["Reação tardia ou ineficiente do condutor", "Velocidade incompatível",
          "Condutor dormindo", "Pista escorregadia", "Defeito mecânico no veículo"]), pi=g.pick(["simples", "dupla"]),
          tempo=g.pick(["céu claro", "chuva", "nublado", "neblina"]), fase=g.pick(["plena noite", "pleno dia", "amanhecer"]))
    vs = []
    for k in range(g.ri(2, 3)):
        heavy = k == 0 or g.chance(0.4)
        vs.append((g.plate(), g.pick(TRUCKS) if heavy else g.pick(["VW Gol", "Fiat Strada", "Chevrolet Onix", "Toyota Corolla", "Honda CG 160"])))
    doc.t("VEÍCULOS ENVOLVIDOS\n")
    rows = []
    for k, (pl, mod) in enumerate(vs):
        rows.append([V(f"V{k + 1}"), (pl, "LICENSE_PLATE"), V(mod), V(g.pick(["PR", "SP", "MT", "SC", "GO", "MS"])), V(g.pick(["Danos de grande monta", "Danos de média monta", "Sem danos"]))])
    table_ruled(doc, ["#", "placa", "marca/modelo", "UF", "danos"], rows, g.pick(["box", "bare"]))
    doc.t("\nCONDUTORES\n")
    for k, (pl, mod) in enumerate(vs):
        p = g.person(driver=k == 0)
        doc.f("V«k» — «n», CPF «cpf», CNH «cnh» cat. «cat», nasc. «b», «eti». Estado: «st»\n", k=k + 1, n=P(p.caps if g.chance(0.7) else p.full),
              cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["E", "D", "B", "AB"]), b=(g.dob("br", 1955, 2005), "DATE_OF_BIRTH"),
              eti=g.pick(["etilômetro 0,00 mg/L", "etilômetro 0,00 mg/L", "recusou o teste do etilômetro", "etilômetro 0,21 mg/L (auto lavrado)"]),
              st=g.pick(["ileso", "ferido leve", "ferido grave", "ileso"]))
    if g.chance(0.7):
        doc.t("\nPASSAGEIROS / VÍTIMAS\n")
        for _ in range(g.ri(1, 2)):
            v = g.person()
            doc.f("«n», «i» anos, «st», encaminhad«o» para «hs» por «re»\n", n=P(v.caps), i=g.ri(3, 80), o=v.o,
                  st=g.pick(["ferida leve", "ferida grave", "ilesa"]), hs=g.pick(["Hospital Regional de " + g.city()[0], "Santa Casa de " + g.city()[0], "UPA 24h"]),
                  re=g.pick(["SAMU", "ambulância da concessionária", "Corpo de Bombeiros"]))
    doc.f("\nNarrativa: O V1 «nar». Local sinalizado por «ag».\n", nar=g.pick([
        "transitava no sentido crescente quando, segundo o condutor, \"apagou a luz do painel e perdeu o freio\" na descida da serra, vindo a tombar",
        "colidiu na traseira do V2, que reduzira a velocidade por causa de obras na pista",
        "saiu da pista e atingiu a barreira de concreto; o condutor declarou estar dirigindo há 9 horas"]),
        ag=g.pick(["viatura da PRF", "equipe da concessionária", "cones até a chegada do guincho"]))
    for k in range(g.ri(1, 2)):
        a = g.person()
        doc.f("Agente responsável: PRF «n» — matrícula «m»\n", n=P(g.pick([a.full, a.short, a.caps])), m=g.d(7))
    doc.f("\n[anexado ao processo interno JUR-«j» — enviado por «s» em «d»]\n", j=g.d(5), s=P(g.person().short), d=g.date("br"))
    return doc


def ju_multa(g: Gen) -> Doc:
    """Administrative defence against a weighing-station fine (excess weight), with the driver's identification."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    adv = g.person()
    dr = g.person(driver=True)
    c = g.city()
    pl = plates(g, 1)
    org = g.pick(["ANTT — Agência Nacional de Transportes Terrestres", "DNIT — Departamento Nacional de Infraestrutura de Transportes",
                  "DER/" + c[1] + " — Departamento de Estradas de Rodagem"])
    doc.f("ILUSTRÍSSIMO SENHOR PRESIDENTE DA JARI — «org»\n\nAuto de Infração nº «ait»\nVeículo: «p1» (cavalo) / «p2» (semirreboque)   RENAVAM «r»\n"
          "Infração: «inf»\nLocal: Posto de Pesagem Veicular de «lp», «hw» km «km»\n\n",
          org=org, ait=g.ait(), p1=(pl[0], "LICENSE_PLATE"), p2=(pl[1], "LICENSE_PLATE"), r=g.renavam(),
          inf=g.pick(["art. 231, V, do CTB — excesso de peso bruto total (PBT)", "art. 231, X — excesso de peso por eixo",
                      "evasão da balança (art. 209 do CTB)", "Resolução ANTT 5.867/2020 — transporte sem vale-pedágio obrigatório"]),
          lp=g.city()[0], hw=g.pick(HIGHWAYS), km=g.ri(1, 900))
    doc.f("«car», pessoa jurídica inscrita no CNPJ «cj», RNTRC «rn», por seu(sua) advogado(a) «a» («o»), vem apresentar DEFESA PRÉVIA, "
          "pelos motivos a seguir.\n\n", car=carrier.upper(), cj=(g.cnpj(), "BR_CNPJ"), rn=g.rntrc(), a=P(adv.full),
          o=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.f("1. O ticket de pesagem nº «tk» registra PBT de «pb» kg para limite de «lim» kg; aplicada a tolerância de 5% (Resolução CONTRAN "
          "nº 882/2021), o excesso é inexistente ou inferior ao apontado. 2. A balança estava com a verificação do INMETRO vencida desde «dv» "
          "(certificado anexo). 3. A nota fiscal «nf» comprova peso líquido de «pl» kg de «cg». «w»\n\n",
          tk=g.d(8), pb=f"{g.ri(45, 80)}.{g.d(3)}", lim=g.pick(["45.000", "57.000", "74.000", "48.500"]), dv=g.date("br"), nf=g.nf(),
          pl=f"{g.ri(27, 50)}.{g.d(3)}", cg=g.pick(CARGOS), w=g.pick(["Seria prudente, ainda, a anulação de ofício.", "",
                                                                    "Juntam-se fotos do tacógrafo e do lacre."]))
    doc.t("INDICAÇÃO DE CONDUTOR INFRATOR (art. 257, §7º, do CTB)\n")
    doc.f("Nome: «n»\nCPF: «cpf»   CNH nº «cnh»   UF «uf»   categoria E\nEndereço: «ad», «ci»/«uf2» — CEP «cep»\n",
          n=P(dr.caps if g.chance(0.6) else dr.full), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), uf=g.pick(UFS),
          ad=(g.address(), "ADDRESS"), ci=c[0], uf2=c[1], cep=(g.cep(), "BR_CEP"))
    doc.f("Assinatura do condutor: ____«sig»____   Assinatura do proprietário: p/ «car2»\n\n", sig=P(dr.first.lower()) if g.chance(0.3) else "",
          car2=carrier)
    doc.f("Termos em que pede deferimento.\n«ci», «d».\n\n«a»\n«o»\n«e»\n", ci=c[0], d=g.date("long"), a=P(adv.full),
          o=(g.council("OAB"), "PROFESSIONAL_ID"), e=(corp_mail(adv, g.pick(["advocaciarodoviaria.adv.br", "multastransp.com.br", dom_of(carrier)])), "EMAIL_ADDRESS"))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Road freight contract between a carrier (ETC) and a self-employed driver (TAC), with CIOT and payment terms."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    tac = g.person(driver=True)
    rep = g.person()
    c1, c2 = g.city(), g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇO DE TRANSPORTE RODOVIÁRIO DE CARGAS — TAC nº «n»\n(Lei 11.442/2007 e Resolução ANTT 5.862/2019)\n\n",
          n=f"{g.d(4)}/{g.ri(2024, 2025)}")
    doc.f("CONTRATANTE: «car», CNPJ «cj», RNTRC «rn», neste ato representada por «r», «cg».\n\n", car=carrier.upper(), cj=(g.cnpj(), "BR_CNPJ"),
          rn=g.rntrc(), r=P(rep.full), cg=g.pick(["gerente de operações", "sócio-administrador" if not rep.female else "sócia-administradora", "coordenador" + ("a" if rep.female else "") + " de frota"]))
    doc.t("CONTRATADO: ")
    qualif(doc, g, tac, "transportador autônomo de cargas (TAC)", caps=g.chance(0.6), rich=False)
    doc.f(", RNTRC «rn», proprietário do veículo placa «p1» e do semirreboque placa «p2».\n\n", rn=g.rntrc(), p1=(g.plate(), "LICENSE_PLATE"),
          p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("CLÁUSULA 1ª — O CONTRATADO transportará «t» t de «cg» de «o»/«uo» a «de»/«ud», conforme CT-e «ct» e MDF-e «mdf».\n"
          "CLÁUSULA 2ª — Frete total R$ «v» (R$ «vt»/t), pago por meio de pagamento eletrônico de frete (PEF), CIOT «ciot»: adiantamento "
          "de «pa»% na liberação da carga e saldo em até 5 dias da entrega do canhoto.\n",
          t=g.ri(25, 50), cg=g.pick(CARGOS), o=c1[0], uo=c1[1], de=c2[0], ud=c2[1], ct=g.d(6), mdf=g.d(6), v=g.money(4000, 25000),
          vt=g.money(90, 450), ciot=g.ciot(), pa=g.pick([40, 50, 70]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Parágrafo único — Os créditos serão feitos via Pix, chave aleatória «u», de titularidade do CONTRATADO.\n", u=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("Parágrafo único — Os créditos serão feitos na conta de titularidade do CONTRATADO: banco «b», agência «a», conta «c».\n",
              b=g.pick(["001", "104", "237", "341", "756 (Sicoob)", "748 (Sicredi)"]), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Parágrafo único — Os créditos serão feitos via Pix, chave CPF «cpf», ou na agência «a», conta poupança «c».\n",
              cpf=(g.cpf("raw"), "BR_CPF"), a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 3ª — O vale-pedágio obrigatório (Lei 10.209/2001) será fornecido em TAG nº «tag», no valor de R$ «vp».\n"
          "CLÁUSULA 4ª — A carga está coberta pela apólice RCTR-C «ap» da «seg»; o CONTRATADO responde pelo RCF-DC.\n"
          "CLÁUSULA 5ª — Fica eleito o foro de «fo».\n\n«ci», «d».\n\n", tag=g.d(10), vp=g.money(150, 2500), ap=g.policy(), seg=g.pick(INSURERS),
          fo=c1[0], ci=c1[0], d=g.date("long"))
    doc.f("_______________________\n«car»\n«r»\n\n_______________________\n«t»\n\nTestemunhas:\n", car=carrier, r=P(rep.caps), t=P(tac.caps))
    for k in range(2):
        w = g.person()
        doc.f("«k». «n» — CPF «cpf»\n", k=k + 1, n=P(name_form(g, w, ["full", "caps", "short"])), cpf=(g.cpf(), "BR_CPF"))
    return doc


def ju_regressiva(g: Gen) -> Doc:
    """E-mail thread between an insurer's outside counsel and a carrier's legal team about a subrogation suit after a cargo theft."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    dom = dom_of(carrier)
    adv = g.person()
    jur = g.person()
    dr = g.person(driver=True)
    ins = g.pick(INSURERS)
    adom = g.pick(["rabelo-sarmento.adv.br", "cajazeiraadvogados.com.br", "lealporto.adv.br", "fontenele.adv.br"])
    cnj = g.cnj(g.pick(["8.26", "8.16", "8.12", "8.11"]))
    doc.f("De: «a» <«am»>\nEnviado em: «d» «h»\nPara: «j» <«jm»>\nCc: juridico@«dom»; sinistros@«idom»\nAssunto: Ação regressiva «ins» x «car» — proc. «cnj»\n\n",
          a=P(adv.full), am=(corp_mail(adv, adom), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(), j=P(jur.full), jm=(corp_mail(jur, dom), "EMAIL_ADDRESS"),
          dom=dom, idom=dom_of(ins), ins=ins, car=carrier, cnj=cnj)
    doc.f("Prezad«o» «jf»,\n\nA «ins» indenizou o embarcador em R$ «v» (sinistro «sn») e ajuizou a regressiva. Para a contestação "
          "preciso de:\n1) declaração do motorista «m» (CPF «cpf») sobre a parada no «pp»;\n2) relatório do rastreador do «p» (carreta «p2») entre «h1» e «h2»;\n"
          "3) cópia do BO «bo» e do cadastro na GR.\n\nO cliente alega que a parada não estava no plano de viagem. «w»\n\nAbs.,\n«af»\n«oa»\n«tel»\n\n",
          o=jur.o, jf=P(jur.first), ins=ins, v=g.money(80000, 900000), sn=g.d(9), m=P(dr.full), cpf=(g.cpf(), "BR_CPF"),
          pp=g.pick(["Posto Aurora", "Auto Posto Bento", "Posto Flor da Serra", "posto do trevo de " + g.city()[0]]),
          p=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"), h1=g.hm(), h2=g.hm(), bo=g.bo(), w=g.pick(["Audiência de conciliação em " + g.date("br") + ".",
          "Prazo de contestação: 15 dias úteis.", ""]), af=P(adv.short), oa=(g.council("OAB"), "PROFESSIONAL_ID"),
          tel=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «j» <«jm»>\nEnviada em: «d»\n\n«af», segue em anexo o que já temos. O «mf» está em viagem, volta "
          "«dv»; o celular dele é «t». A declaração dele foi colhida por «s» (gestão de risco, «sm»). O 2º motorista da escala, «m2», "
          "CNH «cnh», também pode depor.\n\n«jf»\nJurídico | «car»\n",
          j=P(jur.full), jm=(corp_mail(jur, dom), "EMAIL_ADDRESS"), d=g.date("br"), af=P(adv.first), mf=P(g.pick([dr.first, dr.nick])),
          dv=g.pick(["sexta", "segunda", "dia " + str(g.ri(1, 28))]), t=(g.phone(), "PHONE_NUMBER"), s=P((sg := g.person()).full),
          sm=(corp_mail(sg, dom), "EMAIL_ADDRESS"), m2=P(g.person(driver=True).full), cnh=(g.cnh(), "BR_CNH"), jf=P(jur.short), car=carrier)
    return doc


# =========================================================================== saude

LABS = ["Laboratório Luz Diagnósticos", "Toxiclin Análises", "LabVida Toxicologia", "Instituto Flor de Lis de Análises",
        "Psychemed-like Brasil Lab", "Laboratório Prudente de Toxicologia"]
CLINICS = ["Clínica Estrada Segura Medicina do Trabalho", "SESMT Saúde Ocupacional", "Ocupamed Rondonópolis",
           "Clínica Bento Saúde Ocupacional", "MedTrab Aurora"]


def sa_toxicologico(g: Gen) -> Doc:
    """Long-window toxicology exam report (hair) for a professional driver: donor, collection, results, MRO."""
    doc = Doc()
    lab = g.pick(LABS)
    dr = g.person(driver=True)
    col = g.person()
    mro = g.person()
    c = g.city()
    doc.f("«lab» — CNPJ «cj»\nLAUDO DE EXAME TOXICOLÓGICO DE LARGA JANELA DE DETECÇÃO\n(Lei 13.103/2015; CTB art. 148-A; Portaria MTP 672/2021)\n"
          "Laudo nº «n»   Código da amostra: «am»\n\n", lab=lab.upper(), cj=(g.cnpj(), "BR_CNPJ"), n=g.d(9), am=f"TX{g.d(2)}-{g.d(7)}")
    layout = g.pick(["fields", "line"])
    if layout == "fields":
        doc.f("DOADOR\nNome: «n»\nCPF: «cpf»        RG: «rg»\nData de nascimento: «b»        Sexo: «sx»\nCNH: «cnh»   Categoria: «cat»\n"
              "Finalidade: «fin»\n", n=P(dr.caps if g.chance(0.6) else dr.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              b=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if dr.female else "M", cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["C", "D", "E"]),
              fin=g.pick(["Renovação de CNH", "Mudança de categoria", "Admissional (CLT)", "Demissional (CLT)", "Periódico (2,5 anos)"]))
    else:
        doc.f("Doador: «n» | CPF «cpf» | nasc. «b» | CNH «cnh» cat. «cat» | finalidade: «fin»\n", n=P(dr.full), cpf=(g.cpf(), "BR_CPF"),
              b=(g.dob("br"), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["D", "E"]), fin=g.pick(["renovação CNH", "admissional"]))
    if g.chance(0.5):
        doc.f("Empregador: «car» (CNPJ «cj»)\n", car=g.pick(CARRIERS), cj=(g.cnpj(), "BR_CNPJ"))
    doc.f("Coleta: «d» às «h», posto «pc» — «ci»/«uf». Material: «mat» (comprimento «cm» cm). Coletor(a): «co» («cc»)\n\n",
          d=g.date("br"), h=g.hm(), pc=g.pick(["Posto Aurora BR-163", "Unidade Centro", "Clínica parceira " + g.pick(CLINICS)]), ci=c[0], uf=c[1],
          mat=g.pick(["cabelo", "pelos corporais (axila)", "pelos corporais (perna)"]), cm=g.pick(["3,0", "4,5", "6,0"]),
          co=P(name_form(g, col, ["full", "short"])), cc=(g.council("COREN"), "PROFESSIONAL_ID") if g.chance(0.5) else "técnico de coleta")
    doc.t("RESULTADOS (janela de detecção mínima de 90 dias)\n")
    subs = [("Maconha (THC-COOH)", "0,2 pg/mg"), ("Cocaína e derivados", "0,5 ng/mg"), ("Anfetamina", "0,2 ng/mg"),
            ("Metanfetamina", "0,2 ng/mg"), ("MDMA / MDA", "0,2 ng/mg"), ("Anfepramona", "0,2 ng/mg"), ("Femproporex", "0,2 ng/mg"),
            ("Mazindol", "0,2 ng/mg"), ("Morfina / Codeína / Heroína", "0,2 ng/mg")]
    pos = g.pick([None, None, None, 1, 2])
    rows = []
    for i, (s, cut) in enumerate(subs):
        rows.append([V(s), V(cut), V("POSITIVO (" + g.pick(["1,8", "3,2", "0,9"]) + ")" if i == pos else "NEGATIVO")])
    table_ruled(doc, ["substância", "cut-off", "resultado"], rows, g.pick(["psql", "bare", "box"]))
    doc.f("Contato do doador para entrevista do MRO: «t»", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" / «e»", e=(g.email(dr), "EMAIL_ADDRESS"))
    doc.t("\n")
    doc.f("\nConclusão: «con»\n\nMédico revisor (MRO): «m» — «crm»\n«ext»Laudo liberado em «d». Validade para fins de CNH: 90 dias da coleta.\n",
          con="NEGATIVO para todas as substâncias pesquisadas." if pos is None else "POSITIVO. Doador entrevistado pelo MRO em " + g.date("br") +
          "; declarou uso de medicamento sem prescrição. Resultado comunicado ao DETRAN.",
          m=P(mro.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date("br"),
          ext="")
    if g.chance(0.5):
        doc.f("Contato do laboratório: «t» / resultados@«dm»\n", t=(f"(0{g.pick(DDDS)}) 3{g.d(3)}-{g.d(4)}", "PHONE_NUMBER"), dm=dom_of(lab))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a truck driver; a third are scans."""
    doc = Doc()
    scan = g.chance(0.3)
    carrier = g.pick(CARRIERS)
    dr = g.person(driver=True)
    ex, co = g.person(), g.person()
    clinic = g.pick(CLINICS)

    def O(s: str, digits: bool = False) -> str:
        return ocr(s, g, 0.3, digits) if scan else s

    doc.f("ATESTADO DE SAÚDE OCUPACIONAL — ASO   (NR-07)\n«cl»\n\nEmpresa: «car»   CNPJ: «cj»\n", cl=clinic, car=carrier.upper(),
          cj=(O(g.cnpj(), True) if False else g.cnpj(), "BR_CNPJ"))
    doc.f("Empregado(a): «n»\nCPF: «cpf»   RG: «rg»   PIS/NIT: «pis»\nNascimento: «b»   Função: Motorista carreteiro (CBO 7825-10)   Setor: Operações/Frota\n"
          "Tipo de exame: «tp»\n\n", n=P(O(dr.caps)), cpf=(O(g.cpf(), True), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"),
          b=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"), tp=g.pick(["( ) Admissional  (X) Periódico  ( ) Retorno  ( ) Mudança de função  ( ) Demissional",
                                                                       "(X) Admissional", "(X) Retorno ao trabalho (afastamento " + str(g.ri(16, 120)) + " dias)"]))
    doc.t("Riscos ocupacionais: ruído contínuo; vibração de corpo inteiro; postura sentada prolongada; trabalho noturno; risco de acidentes (trânsito).\n\n")
    doc.t("Exames complementares:\n")
    for e in g.rng.sample(["Audiometria tonal", "Acuidade visual", "Eletrocardiograma", "Eletroencefalograma", "Glicemia de jejum",
                           "Hemograma completo", "Avaliação psicossocial", "Exame toxicológico (larga janela)"], 5):
        doc.f("  - «e» ........ «d» ........ «r»\n", e=e, d=g.date("br"), r=g.pick(["normal", "normal", "alterado — ver parecer", "dentro dos limites"]))
    doc.f("\nParecer: «par»\n\n", par=g.pick(["APTO para a função", "APTO para a função", "APTO com restrição: não realizar jornada noturna por 60 dias",
                                            "INAPTO temporariamente — encaminhado ao especialista (CID " + g.pick(CIDS) + ")"]))
    doc.f("Médico examinador: «e» — «ec»\nMédico coordenador do PCMSO: «c» — «cc»\n«ci», «d»\n\n_____________________\nAssinatura do empregado: «s»\n",
          e=P(O(ex.full)), ec=(O(g.council("CRM"), True), "PROFESSIONAL_ID"), c=P(co.full), cc=(g.council("CRM"), "PROFESSIONAL_ID"),
          ci=g.city()[0], d=g.date("br"), s=P(dr.first + " " + dr.last) if g.chance(0.5) else "(ilegível)")
    return doc


def sa_pronto_socorro(g: Gen) -> Doc:
    """Emergency-room record of a driver brought in after a highway accident."""
    doc = Doc()
    pat = g.person(driver=True)
    doc_ = g.person()
    nurse = g.person()
    c = g.city()
    comp = g.relative(pat)
    doc.f("HOSPITAL REGIONAL DE «ci» — PRONTO-SOCORRO\nFICHA DE ATENDIMENTO Nº «n»   Classificação de risco: «cr»\nEntrada: «d» «h»\n\n",
          ci=c[0].upper(), n=g.d(7), cr=g.pick(["VERMELHO", "LARANJA", "AMARELO"]), d=g.date("br"), h=g.hm())
    if g.chance(0.3):
        doc.f("Paciente: DESCONHECIDO (identificado às «h» pelos documentos na cabine)\n", h=g.hm())
    doc.f("Nome: «n»   Nasc.: «b»   Sexo: «sx»\nCartão SUS: «cns»   CPF: «cpf»\nMãe: «m»\nEndereço: «ad» — «ci»/«uf» — CEP «cep»\n",
          n=P(pat.caps), b=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if pat.female else "M", cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"),
          m=P(g.relative(pat, True).caps), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), ci=(cc := g.city())[0], uf=cc[1], cep=(g.cep(), "BR_CEP"))
    doc.f("Acompanhante/contato: «a» («r») — «t»\n\n", a=P(comp.full) if g.chance(0.7) else "sem acompanhante", r=g.pick(["esposa", "filha", "irmã"] if comp.female else ["esposo", "irmão", "filho", "cunhado"]),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Trazido por: «tb». Mecanismo: «mec», «hw» km «km». Placa do veículo (informada pela PRF): «p».\n", tb=g.pick(["SAMU USA 0" + str(g.ri(1, 9)),
          "resgate da concessionária", "Corpo de Bombeiros"]), mec=g.pick(["colisão traseira caminhão x carreta", "tombamento de carreta",
          "capotamento", "atropelamento na área de descanso"]), hw=g.pick(HIGHWAYS), km=g.ri(1, 900), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nEVOLUÇÃO MÉDICA («h»): paciente «con», Glasgow «gl», PA «pa» mmHg, FC «fc». «qd» HD: «c1»; «c2». Conduta: «cd».\n«m» — «crm»\n",
          h=g.hm(), con=g.pick(["consciente, orientado", "sonolento", "agitado, hálito etílico"]), gl=g.ri(9, 15), pa=f"{g.ri(90, 170)}x{g.ri(50, 100)}",
          fc=g.ri(55, 130), qd=g.pick(["Dor em hemitórax D.", "Fratura exposta de perna E.", "Escoriações múltiplas.", "Refere ter dormido ao volante."]),
          c1=g.pick(["S82.2", "S22.3", "S06.0", "S32.0", "T14.1"]), c2=g.pick(["V47.5", "V43.5", "Y96", "R51"]),
          cd=g.pick(["TC de crânio, RX tórax, analgesia", "imobilização e avaliação ortopedia", "observação 12h"]),
          m=P(doc_.full), crm=(g.council("CRM", cc[1]), "PROFESSIONAL_ID"))
    doc.f("ENFERMAGEM: SSVV aferidos, AVP MSE, «obs». «e» — «co»\n", obs=g.pick(["pertences (celular e carteira) entregues ao acompanhante",
          "paciente pede para avisar a transportadora", "exame de alcoolemia colhido a pedido da PRF"]), e=P(name_form(g, nurse, ["full", "short"])),
          co=(g.council("COREN", cc[1]), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Obs. serviço social: transportadora «car» avisada; contato «s» «st».\n", car=g.pick(CARRIERS), s=P(g.person().short),
              st=(g.phone(g.pick(["par", "zero"]), mobile=False), "PHONE_NUMBER"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """HR e-mail to the occupational doctor with the CAT (work accident report) fields of a driver, pasted."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    dom = dom_of(carrier)
    hr = g.person()
    med = g.person()
    dr = g.person(driver=True)
    c = g.city()
    doc.f("De: «h» <«hm»>\nPara: «m» <«mm»>\nAssunto: CAT - «n» - acidente de trajeto/típico em «d»\n\n", h=P(hr.full), hm=(corp_mail(hr, dom), "EMAIL_ADDRESS"),
          m=P(med.full), mm=(corp_mail(med, g.pick(["ocupamed.com.br", "medtrabaurora.com.br", "clinicabento.med.br"])), "EMAIL_ADDRESS"), n=P(dr.caps), d=g.date("br"))
    doc.f("Dr«a» «ml», boa tarde.\nSegue abaixo o que vou lançar no eSocial (S-2210). Pode conferir a parte do atestado?\n\n",
          a="a." if med.female else ".", ml=P(med.last))
    items = [("Emitente", (carrier + " — CNPJ ", None)), ("", (g.cnpj(), "BR_CNPJ")), ("Tipo de CAT", ("Inicial", None)),
             ("Acidentado", P(dr.full)), ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")), ("Sexo", ("F" if dr.female else "M", None)),
             ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("CTPS", (f"{g.d(7)} série {g.d(4)}", None)),
             ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
             ("Data/hora do acidente", (f"{g.date('br')} {g.hm()}", None)), ("Horas trabalhadas antes", (f"{g.ri(1, 11)}h{g.ri(0, 59):02d}", None)),
             ("Local", (f"{g.pick(HIGHWAYS)} km {g.ri(1, 900)}, {c[0]}/{c[1]} (via pública)", None)),
             ("Situação geradora", (g.pick(["queda da carreta ao enlonar a carga", "prensamento da mão no engate da quinta roda",
                                            "colisão com veículo de terceiro", "torção do tornozelo ao descer da cabine"]), None)),
             ("Parte atingida", (g.pick(["mão D", "tornozelo E", "coluna lombar", "ombro D"]), None)),
             ("CID-10", (g.pick(["S62.6", "S93.4", "M54.5", "S43.0", "S82.2"]), None))]
    for k, v in items:
        if k == "":
            doc.e(*v)
            doc.t("\n")
            continue
        doc.t(f"{k}: ")
        doc.e(*v)
        if k != "Emitente":
            doc.t("\n")
    t = g.person()
    doc.f("Testemunha: «t» — «tt»\n", t=P(t.full), tt=(g.phone("plain"), "PHONE_NUMBER"))
    doc.f("Atestado: «u», «md» «crm», «dias» dias de afastamento, CID «c»\n\n", u=g.pick(["UPA " + c[0], "Hospital Regional de " + c[0], "Santa Casa"]),
          md=P(g.person().full), crm=(g.council("CRM", c[1]), "PROFESSIONAL_ID"), dias=g.ri(2, 30), c=g.pick(CIDS))
    doc.f("Obs.: «w». O gestor dele («g») pediu pra não lançar como típico, mas pela descrição é típico sim.\n\nAtt,\n«hf»\nDepartamento Pessoal — «car»\n"
          "rh@«dom» | «tel»\n", w=g.pick(["ele estava no 2º dia de viagem", "o rastreador confirma que o caminhão estava parado",
                                         "a PRF não foi acionada"]), g=P(g.person().first), hf=P(hr.first), car=carrier, dom=dom,
          tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def sa_polissonografia(g: Gen) -> Doc:
    """Sleep study report of a driver screened for sleep apnoea (fatigue at the wheel)."""
    doc = Doc()
    pat = g.person(driver=True)
    req, rep = g.person(), g.person()
    tec = g.person()
    clinic = g.pick(["Instituto do Sono Aurora", "Clínica Bento do Sono", "SonoVida Medicina do Sono", "Neuroclínica Serra Azul"])
    imc = g.ri(26, 42) + g.ri(0, 9) / 10
    iah = g.ri(5, 68) + g.ri(0, 9) / 10
    grau = "leve" if iah < 15 else ("moderada" if iah < 30 else "grave")
    doc.f("«cl»\nPOLISSONOGRAFIA BASAL (tipo «tp») — LAUDO\n\nPaciente: «n»\nNascimento: «b»   Sexo: «sx»   IMC: «imc» kg/m²   Circ. cervical: «cc» cm\n",
          cl=clinic, tp=g.pick(["I", "II", "III (domiciliar)"]), n=P(g.pick([pat.full, pat.caps])), b=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
          sx="F" if pat.female else "M", imc=f"{imc:.1f}".replace(".", ","), cc=g.ri(38, 50))
    if g.chance(0.5):
        doc.f("CPF: «cpf»   ", cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        doc.f("CNS: «cns»   ", cns=(g.cns(), "BR_CNS"))
    else:
        doc.f("Convênio: «cv» — carteirinha «cart»   ", cv=g.pick(["Unimed", "SEST SENAT Saúde", "Bradesco Saúde"]), cart=g.d(16))
    doc.f("Solicitante: «r» («rc»)\nIndicação: motorista profissional, roncos, sonolência diurna (Epworth «ep»/24), «ind»\n\n",
          r=P(req.full), rc=(g.council("CRM"), "PROFESSIONAL_ID"), ep=g.ri(8, 22),
          ind=g.pick(["quase-acidente relatado pela empresa", "exame exigido na renovação de CNH cat. E", "cochilos ao volante à tarde"]))
    doc.f("Resultados: tempo total de sono «tts» min; eficiência «ef»%; IAH «iah»/h; IDO «ido»/h; SpO2 mínima «sp»%; "
          "tempo com SpO2 < 90%: «t90» min; microdespertares «md»/h.\n\n", tts=g.ri(240, 420), ef=g.ri(60, 95), iah=f"{iah:.1f}".replace(".", ","),
          ido=f"{iah * 0.9:.1f}".replace(".", ","), sp=g.ri(68, 91), t90=g.ri(0, 120), md=g.ri(8, 50))
    doc.f("Conclusão: Síndrome da apneia obstrutiva do sono «gr» (CID G47.3).\nRecomendações: CPAP com titulação; higiene do sono; redução de peso. "
          "«rec»\n\nTécnico(a) responsável: «t»\nMédico(a) do sono: «m» — «mc»\n",
          gr=grau, rec=g.pick(["Por tratar-se de motorista profissional, sugere-se afastamento da direção até adesão ao CPAP comprovada (Resolução CONTRAN 923/2022).",
                               "Reavaliar em 90 dias. A empresa deve ser informada apenas com consentimento do paciente (LGPD, Lei 13.709/2018).",
                               "Sem restrição para dirigir se adesão ao tratamento > 4h/noite."]),
          t=P(tec.short), m=P(rep.full), mc=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("\nLaudo enviado para «e» e por WhatsApp «w» em «d».\n", e=(g.email(pat), "EMAIL_ADDRESS"), w=(g.phone(), "PHONE_NUMBER"), d=g.date("br"))
    return doc


def sa_ponto_parada(g: Gen) -> Doc:
    """Daily care register of a health point at a truck stop (blood pressure, glucose, referrals)."""
    doc = Doc()
    nurse = g.person(female=g.chance(0.7))
    stop = g.pick(["Posto Aurora", "Graal Bento", "Flor do Cerrado", "Esperança", "Posto Leal", "Rede Prudente"])
    hw = g.pick(HIGHWAYS)
    doc.f("PONTO DE PARADA E DESCANSO «st» — «hw» km «km»\nEspaço Saúde do Caminhoneiro — atendimentos de «d»\nResponsável: «n» «co»\n\n",
          st=stop.upper(), hw=hw, km=g.ri(1, 900), d=g.date("br"), n=P(nurse.full), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    rows = []
    hs = g.times(g.ri(5, 7), 6 * 3600, 22 * 3600)
    for h in hs:
        p = g.person(driver=True)
        doc_ = g.pick(["cns", "cns", "cpf", "cpf", "none"])
        idv = {"cns": (g.cns(False), "BR_CNS"), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), "none": V("não informou")}[doc_]
        rows.append([V(h), P(name_form(g, p, ["full", "caps", "short", "nick", "capsshort"])), idv, V(str(g.ri(23, 71))),
                     (g.plate(), "LICENSE_PLATE") if g.chance(0.8) else V("-"),
                     (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER") if g.chance(0.6) else V(""), V(f"{g.ri(10, 19)}x{g.ri(6, 12)}"),
                     V(str(g.ri(78, 340))), V(g.pick(["orientado", "orientado", "encaminhado UPA", "aferir de novo na volta", "vacina influenza",
                                                      "teste rápido HIV/sífilis NR", "curativo"]))])
    cols = ["hora", "nome", "documento", "idade", "placa", "telefone", "PA", "glic", "conduta"]
    k = g.ri(0, 2)
    if k == 0:
        table_csv(doc, cols, rows, sep=g.pick([";", "\t"]))
    else:
        table_ruled(doc, cols, rows, g.pick(["psql", "box", "bare"]))
    doc.f("\nObs.: «o»\n", o=g.pick(["motorista da placa " + "«PL»" + " com PA 19x12 recusou encaminhamento, assinou termo.",
                                     "faltou fita de glicemia à tarde; " + g.pick(WORD_USES) + ".",
                                     "campanha novembro azul: 3 PSA coletados."]))
    if "«PL»" in doc.text:
        i = doc.text.index("«PL»")
        pl = g.plate()
        doc.text = doc.text[:i] + pl + doc.text[i + 4:]
        doc.spans.append({"start": i, "end": i + len(pl), "label": "LICENSE_PLATE"})
    doc.f("Visto: «v»\n", v=P(nurse.first) if g.chance(0.5) else P(g.person().short))
    return doc


def sa_telemed(g: Gen) -> Doc:
    """WhatsApp chat of a driver with the carrier's telemedicine line: identification, symptoms, prescription."""
    doc = Doc()
    dr = g.person(driver=True)
    med = g.person()
    att = g.person(female=True)
    ios = g.chance(0.5)
    st = wa_stamp(g, ios)
    bot = g.pick(["Assistente Virtual", "Bot Saúde Frota", "TeleSaúde 24h"])
    if g.chance(0.55):
        D = (g.phone(g.pick(["plus", "plus", "plain"])), "PHONE_NUMBER")  # unsaved contact on the clinic's line
    else:
        D = P(g.pick([dr.full, dr.short, f"{dr.nick} {dr.last}" if dr.road else dr.first]))
    A = P(att.short) if g.chance(0.6) else V("Triagem Enfermagem")
    doc.f("«s»«b»: Olá! Você está na TeleSaúde do motorista — «car». Digite seu CPF para começar.\n", s=st(0), b=bot, car=g.pick(CARRIERS))
    doc.f("«s»«d»: «cpf»\n", s=st(1), d=D, cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    doc.f("«s»«b»: Confirma a data de nascimento?\n«s2»«d»: «dob»\n", s=st(0), b=bot, s2=st(1), d=D, dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    doc.f("«s»«a»: Oi «f», aqui é a «af» da triagem. O que está sentindo?\n", s=st(3), a=A, f=P(dr.nick if dr.road else dr.first), af=P(att.first))
    doc.f("«s»«d»: «sym»\n", s=st(2), d=D, sym=g.pick(["dor nas costas q desce pra perna, faz 3 dias, to parado em " + g.city()[0],
                                                    "pressão alta, deu 17x11 no posto, dor de cabeça forte", "febre e dor de garganta desde ontem",
                                                    "o olho ta vermelho e ardendo, dirigi a noite toda"]))
    doc.f("«s»«a»: Vou te passar «x» «m». Tá em local seguro, com o caminhão parado?\n«s2»«d»: sim, no pátio do posto\n",
          s=st(2), a=A, x="pra Dra." if med.female else "pro Dr.", m=P(med.full), s2=st(1), d=D)
    doc.f("«s»«m»: Olá, tudo bem? «q»\n", s=st(6), m=P(med.short), q=g.pick(["Vou prescrever analgésico e relaxante, NÃO dirija nas próximas 6 horas.",
          "Procure a UPA mais próxima para aferir a pressão de novo. Não siga viagem hoje.", "Receita digital enviada. Atestado de 2 dias."]))
    doc.f("«s»«m»: Receita assinada digitalmente — «mc». Mando pra qual e-mail?\n«s2»«d»: «e»\n", s=st(2), m=P(med.short),
          mc=(g.council("CRM"), "PROFESSIONAL_ID"), s2=st(3), d=D, e=(g.email(dr), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        doc.f("«s»«d»: avisa o «g» do tráfego que vou atrasar, o zap dele é «t»\n", s=st(2), d=D, g=P(g.person(female=False).first),
              t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    doc.f("«s»«b»: Atendimento encerrado. Protocolo «p». Avalie de 1 a 5.\n", s=st(10), b=bot, p=g.protocol())
    return doc


# =========================================================================== financeiro

BANKS = ["001", "104", "237", "341", "033", "756", "748", "260", "077", "336"]


def month_dates(g: Gen, n: int) -> list[str]:
    """n sorted dates of one month (statement lines)."""
    m, y = g.ri(1, 12), g.pick([2024, 2025, 2025])
    return [f"{d:02d}/{m:02d}/{y}" for d in sorted(g.ri(1, 28) for _ in range(n))]


def fi_ciot(g: Gen) -> Doc:
    """Electronic freight payment (PEF/CIOT) statement of a carrier: TAC payees, retentions, where each was paid."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    an = g.person()
    ipef = g.pick(["Repom-like PEF", "PagFrete IPEF", "e-Frete Pagamentos", "Rodocred IPEF"])
    doc.f("«ip» — Extrato de operações de transporte (CIOT)\nContratante: «car»  CNPJ «cj»\nPeríodo: 01/«m» a «d2»/«m»   Emitido por: «a» («l»)\n\n",
          ip=ipef, car=carrier, cj=(g.cnpj(), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}", d2=g.pick([28, 30, 31]), a=P(an.full), l=login(an))
    n = g.ri(3, 4)
    for i in range(n):
        tac = g.person(driver=True)
        bruto = g.ri(3000, 22000)
        inss = bruto * 0.2 * 0.11
        sest = bruto * 0.2 * 0.025
        doc.f("CIOT «c»  |  emissão «d»  |  «o» → «de»\n", c=g.ciot(), d=g.date("br"), o=g.city()[0], de=g.city()[0])
        if g.chance(0.8):
            doc.f("  Contratado: «n»  CPF «cpf»  NIT «nit»  RNTRC «rn»\n", n=P(g.pick([tac.caps, tac.full])), cpf=(g.cpf(), "BR_CPF"),
                  nit=(g.pis(), "BR_PIS"), rn=g.rntrc())
        else:
            doc.f("  Contratado: «n» ME (TAC-equiparado)  CNPJ «cj»  resp. «r»  RNTRC «rn»\n", n=fold(tac.short).upper(), cj=(g.cnpj(), "BR_CNPJ"),
                  r=P(tac.full), rn=g.rntrc())
        doc.f("  Veículo: «p»", p=(g.plate(), "LICENSE_PLATE"))
        if g.chance(0.6):
            doc.f(" / «q»", q=(g.plate(), "LICENSE_PLATE"))
        doc.f("   Frete bruto R$ «b»   INSS R$ «i»   SEST/SENAT R$ «s»   IRRF R$ «ir»   Pedágio (VPO) R$ «vp»\n",
              b=f"{bruto:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
              i=f"{inss:.2f}".replace(".", ","), s=f"{sest:.2f}".replace(".", ","), ir=g.pick(["0,00", g.money(10, 400)]), vp=g.money(100, 1800))
        k = g.ri(0, 2)
        if k == 0:
            doc.f("  Pagamento: adiantamento R$ «a» + saldo R$ «s» → Pix chave aleatória «u»\n", a=g.money(1000, 9000), s=g.money(500, 9000),
                  u=(g.uuid(), "PIX_KEY"))
        elif k == 1:
            doc.f("  Pagamento: TED banco «b» ag «ag» c/c «cc» (titular: «t»)\n", b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), t=g.pick(["o próprio", "cônjuge — " + "«CJ»"]))
            if "«CJ»" in doc.text:
                i = doc.text.index("«CJ»")
                nm = g.relative(tac).full
                doc.text = doc.text[:i] + nm + doc.text[i + 4:]
                doc.spans.append({"start": i, "end": i + len(nm), "label": "PERSON"})
        else:
            doc.f("  Pagamento: cartão frete «cf» (saque em posto credenciado)\n", cf=g.pick(["**** **** **** " + g.d(4), "final " + g.d(4)]))
        doc.t("  " + "-" * 70 + "\n")
    doc.f("Total de operações: «n»   Encerradas: «e»   Em aberto: «a»\nDúvidas: financeiro@«dom» ou «t» (falar com «p»)\n",
          n=n, e=g.ri(1, n), a=g.ri(0, 2), dom=dom_of(carrier), t=(g.phone("par", mobile=False), "PHONE_NUMBER"), p=P(g.person().first))
    return doc


def fi_pedagio(g: Gen) -> Doc:
    """Toll-tag and vale-pedágio statement of a carrier, with the card that paid the invoice and a dispute."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    op = g.pick(["Sem Barreira Tag", "ConectCar-like", "VeloTag", "Move Mais Pedágio"])
    holder = g.person()
    pl = [g.plate() for _ in range(g.ri(2, 3))]
    doc.f("«op» — Fatura empresarial «m»/«y»\nCliente: «car» — CNPJ «cj»\nGestor(a) da conta: «h» · «he»\n\n", op=op, m=f"{g.ri(1, 12):02d}",
          y=g.ri(2024, 2025), car=carrier, cj=(g.cnpj(), "BR_CNPJ"), h=P(holder.full), he=(corp_mail(holder, dom_of(carrier)), "EMAIL_ADDRESS"))
    rows = []
    plazas = ["P1 Jacarezinho", "P3 Prudente", "P2 Mauá da Serra", "Praça Aurora", "P4 Bento", "P7 Registro", "Praça Luz", "P5 Sorriso",
              "P2 Rio Verde", "Praça Serra Azul"]
    for dt in month_dates(g, g.ri(5, 8)):
        p = g.pick(pl)
        rows.append([V(f"{dt} {g.hm()}"), V(g.pick(plazas)), (p, "LICENSE_PLATE"), V(f"{g.pick([2, 3, 6, 7, 9])} eixos"),
                     V(g.pick(["TAG", "VPO", "TAG"])), V(g.money(8, 190))])
    table_ruled(doc, ["data/hora", "praça", "placa", "categoria", "meio", "valor R$"], rows, g.pick(["psql", "bare", "box"]))
    doc.f("\nTotal: R$ «t»   Vencimento «v»\nForma de pagamento: cartão de crédito corporativo «cc» (titular «ct»)\n", t=g.money(500, 9000),
          v=g.date("br"), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), ct=P(g.pick([holder.caps, holder.full])))
    dp = g.pick(pl)
    dr = g.person(driver=True)
    doc.f("\nContestação aberta por «h» em «d»: cobrança em duplicidade na «pz» para a placa «p», que estava parada no pátio de «ci» "
          "(rastreador comprova). Motorista da escala: «m», telefone «t».\n", h=P(holder.first), d=g.date("br"), pz=g.pick(plazas),
          p=(dp, "LICENSE_PLATE"), ci=g.city()[0], m=P(dr.full), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Resposta «op»: estorno de R$ «v» na próxima fatura. Atendente: «a».\n", op=op, v=g.money(8, 190), a=P(g.person().first))
    return doc


def fi_cte(g: Gen) -> Doc:
    """CSV export of CT-e issued by a carrier's TMS (keys, shipper and consignee documents, driver, plates, values)."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    u = g.person()
    sep = g.pick([";", ",", "|"])
    doc.f("# export TMS · relatorio_cte_emitidos · filial «f» · gerado por «u» em «d» «h»\n", f=g.city()[0], u=login(u), d=g.date("br"), h=g.hms())
    cols = ["chave_cte", "nct", "serie", "dt_emissao", "cnpj_remetente", "doc_destinatario", "nome_destinatario", "motorista", "cpf_motorista",
            "placa_tracao", "placa_reboque", "vl_frete", "vl_mercadoria", "uf_ini", "uf_fim", "mdfe"]
    rows = []
    for _ in range(g.ri(4, 6)):
        dr = g.person(driver=True)
        if g.chance(0.6):
            dd = (g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ")
            dn = V(g.pick(SHIPPERS + ["Atacadão Leal Distribuidora", "Supermercado Vitória Ltda", "Cerealista Prudente"]))
        else:
            dest = g.person()
            dd = (g.cpf("raw"), "BR_CPF")
            dn = P(dest.caps)
        pl = plates(g, 1)
        rows.append([V(g.key44()), V(str(g.ri(1000, 99999))), V("1"), V(g.date("iso") + " " + g.hms()), (g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"),
                     dd, dn, P(name_form(g, dr, ["caps", "caps", "full"])), (g.cpf("raw"), "BR_CPF"), (pl[0], "LICENSE_PLATE"),
                     (pl[1], "LICENSE_PLATE"), V(g.money(900, 18000).replace(".", "")), V(g.money(20000, 900000).replace(".", "")),
                     V(g.pick(UFS)), V(g.pick(UFS)), V(g.d(9))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("# «n» registros · filtros: status=autorizado; modal=01 · obs «o»: «w»\n", n=len(rows), o=P(u.first),
          w=g.pick(["conferir CT-e complementar do frete-retorno", "2 destinatários PF (venda direta ao produtor)", "seria prudente reemitir o MDF-e"]))
    return doc


def fi_indenizacao(g: Gen) -> Doc:
    """Cargo-insurance claim settlement memo: the event, the driver, the adjuster, the calculation, the payment."""
    doc = Doc()
    ins = g.pick(INSURERS)
    carrier = g.pick(CARRIERS)
    reg = g.person()
    dr = g.person(driver=True)
    an = g.person()
    prej = g.ri(60000, 1200000)
    fr = int(prej * g.pick([0.1, 0.15, 0.2]))
    doc.f("«ins» — Sinistros Transportes\nMEMORANDO DE LIQUIDAÇÃO — Sinistro nº «sn»\n\nApólice: «ap» (RCTR-C)   Segurado: «car» — CNPJ «cj»\n"
          "Evento: «ev» em «d», «hw» km «km»\nBO: «bo»   Regulação: «re», regulador «r» («rm», «rt»)\n\n",
          ins=ins, sn=g.d(10), ap=g.policy(), car=carrier, cj=(g.cnpj(), "BR_CNPJ"), ev=g.pick(["roubo de carga", "tombamento com avaria total",
          "incêndio do veículo", "furto parcial (violação de lacre)"]), d=g.date("br"), hw=g.pick(HIGHWAYS), km=g.ri(1, 900), bo=g.bo(),
          re=g.pick(["Regula Sul Vistorias", "Prudente Regulação de Sinistros", "Vistoria Leal & Associados"]), r=P(reg.full),
          rm=(corp_mail(reg, g.pick(["regulasul.com.br", "prudentereg.com.br", "vleal.com.br"])), "EMAIL_ADDRESS"),
          rt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Motorista: «m» — CPF «cpf» — CNH «cnh» (consulta GR «gr» válida na data)\nVeículo: «p1» / «p2»\n\n", m=P(dr.full), cpf=(g.cpf(), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), gr=g.pick(GRS), p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    f = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    doc.f("Cálculo:\n  Prejuízo apurado (NF «nf»)  R$ «p»\n  (-) Franquia / POS        R$ «fr»\n  (-) Salvados              R$ «sv»\n  "
          "= Indenização              R$ «i»\n\n", nf=g.nf(), p=f(prej), fr=f(fr), sv=f(0), i=f(prej - fr))
    doc.f("Pagamento ao segurado: banco «b», agência «ag», conta «cc», em «d».\n", b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"))
    if g.chance(0.5):
        t = g.person()
        doc.f("Terceiro envolvido: «t», CPF «cpf», veículo «p» — ressarcimento de danos materiais via Pix «u».\n", t=P(t.full), cpf=(g.cpf(), "BR_CPF"),
              p=(g.plate(), "LICENSE_PLATE"), u=(g.uuid(), "PIX_KEY"))
    doc.f("Direito de regresso contra o transportador: «dr». «w»\n\nAnalista: «a» — Aprovação: «ap2»\n", dr=g.pick(["sim, cláusula DDR não contratada",
          "não (DDR vigente)", "em análise pelo jurídico"]), w=g.pick(["", "Atenção: motorista parou fora do plano de viagem.",
          "Carga de alto valor sem escolta."]), a=P(an.short), ap2=P(g.person().full))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll summary of employed drivers: overtime, waiting-time indemnity (30%), per diems, pay accounts."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    ana = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}"
    doc.f("«car» — CNPJ «cj»\nRESUMO DA FOLHA — MOTORISTAS (Lei 13.103/2015)   Competência «c»\nProcessado por «a» em «d»\n\n",
          car=carrier.upper(), cj=(g.cnpj(), "BR_CNPJ"), c=comp, a=P(ana.full), d=g.date("br"))
    rows = []
    with_dob = g.chance(0.3)
    for _ in range(g.ri(4, 6)):
        p = g.person(driver=True)
        r = [V(g.d(5)), P(name_form(g, p, ["caps", "caps", "inverted", "full"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS")]
        if with_dob:
            r.append((g.dob("br"), "DATE_OF_BIRTH"))
        r += [V(g.date("br", g.ri(2012, 2024))), V(g.money(2900, 4800)), V(f"{g.ri(0, 80)}h"), V(f"{g.ri(0, 120)}h"), V(g.money(0, 2400)),
              V(g.pick(BANKS)), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(g.money(2500, 9000))]
        rows.append(r)
    cols = ["matr", "nome", "cpf", "pis"] + (["nasc"] if with_dob else []) + ["admissão", "sal_base", "HE50%", "t_espera", "diárias", "bco", "ag", "conta", "líquido"]
    k = g.ri(0, 2)
    if k == 0:
        table_csv(doc, cols, rows, sep=";")
    else:
        table_ruled(doc, cols, rows, g.pick(["psql", "bare"]))
    doc.f("\nObs.: tempo de espera indenizado a 30% do salário-hora (art. 235-C, §9º, CLT) — «o». Diárias sem incidência (até 50% do salário).\n"
          "Conferido por: «c»\n", o=g.pick(["ver ADI 5322 com o jurídico antes de fechar", "sem alteração", "2 motoristas com horas em disputa judicial"]),
          c=P(g.person().short))
    return doc


def fi_multas(g: Gen) -> Doc:
    """E-mail from fleet finance charging traffic fines back to a driver, with the driver's reply."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    dom = dom_of(carrier)
    an = g.person()
    dr = g.person(driver=True)
    other = g.person(driver=True)
    demail = g.email(dr)
    doc.f("De: «a» <«am»>\nPara: «d» <«dm»>\nAssunto: Multas para desconto — «n»\n\n", a=P(an.full), am=(corp_mail(an, dom), "EMAIL_ADDRESS"),
          d=P(dr.full), dm=(demail, "EMAIL_ADDRESS"), n=P(dr.caps))
    doc.f("Olá «f»,\n\nConforme o termo de responsabilidade assinado na admissão (art. 462, §1º, CLT), seguem as infrações no seu período de condução "
          "(CNH «cnh»):\n\n", f=P(g.pick([dr.first, dr.nick])), cnh=(g.cnh(), "BR_CNH"))
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([V(g.ait()), V(g.date("br")), (g.plate(), "LICENSE_PLATE"), V(f"{g.pick(HIGHWAYS)} km {g.ri(1, 900)}"),
                     V(g.pick(["7455-0 (vel. até 20%)", "5185-2 (sem pausa)", "6831-0 (excesso PBT)", "7366-2 (celular)", "5762-6 (tempo de direção)"])),
                     V(g.money(130, 2900))])
    table_md(doc, ["AIT", "data", "placa", "local", "código", "valor R$"], rows)
    doc.f("\nTotal: R$ «t», em «p» parcelas na folha. Se discordar, responda até «d».\n\n«a»\nFinanceiro de Frota | «car» | «tel»\n\n",
          t=g.money(300, 6000), p=g.ri(1, 5), d=g.date("br"), a=P(an.short), car=carrier, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("---\nEm «d», «n» <«m»> escreveu:\n> discordo da «o». nesse dia o caminhao «p» tava com o «ot», eu tava de folga em «ci». "
          "pode ver no rastreador. «w»\n> «s»\n> CPF «cpf»\n", d=g.date("br"), n=P(dr.full), m=(demail, "EMAIL_ADDRESS"),
          o=g.pick(["segunda", "ultima", "primeira"]), p=(g.plate(), "LICENSE_PLATE"), ot=P(g.pick([other.full, other.nick, other.first])),
          ci=g.city()[0], w=g.pick(["ja paguei uma no pix pra voces, devolve na chave «U»", "o tacografo mostra", "isso nao é justo"]),
          s=P(g.pick([dr.first.lower(), dr.full, dr.nick])), cpf=(g.cpf(), "BR_CPF"))
    if "«U»" in doc.text:
        i = doc.text.index("«U»")
        u = g.uuid()
        doc.text = doc.text[:i] + u + doc.text[i + 3:]
        for s in doc.spans:
            if s["start"] > i:
                s["start"] += len(u) - 3
                s["end"] += len(u) - 3
        doc.spans.append({"start": i, "end": i + len(u), "label": "PIX_KEY"})
    return doc


def fi_combustivel(g: Gen) -> Doc:
    """Fleet fuel-card statement with a disputed transaction and the portal audit trail."""
    doc = Doc()
    carrier = g.pick(CARRIERS)
    dr = g.person(driver=True)
    an = g.person()
    pl = g.plate()
    card = g.card(g.chance(0.6))
    doc.f("«car» · Cartão frota «bd» · Extrato por portador\nPortador: «n»   CPF «cpf»   Cartão: «c»   Veículo: «p»   Centro de custo: «cc»\nCelular cadastrado p/ token: «t»\n\n",
          car=carrier, bd=g.pick(["Visa Frota", "Mastercard Fleet", "Elo Combustível"]), n=P(g.pick([dr.caps, dr.full])), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), c=(card, "CREDIT_CARD"),
          p=(pl, "LICENSE_PLATE"), cc=g.pick(["OPER-SUL", "GRANEL-MT", "FRIGO-SP"]))
    postos = ["Posto Aurora", "Auto Posto Bento", "Rede Leal BR-163", "Posto Flor da Serra", "Graal Esperança", "Posto Prudente Ltda",
              "Posto Amado & Filhos", "Auto Posto Vitória"]
    rows = []
    odo = g.ri(100000, 900000)
    for dt in month_dates(g, g.ri(4, 6)):
        odo += g.ri(300, 1200)
        lt = g.ri(150, 700)
        rows.append([V(f"{dt} {g.hm()}"), V(g.pick(postos)), V(g.city()[0]), V("Diesel S10"), V(f"{lt},{g.d(2)}"),
                     V(f"{odo:,}".replace(",", ".")), V(g.money(900, 4500))])
    table_ruled(doc, ["data", "estabelecimento", "cidade", "produto", "litros", "hodômetro", "valor R$"], rows, g.pick(["psql", "box", "bare"]))
    doc.f("\nContestação («d»): transação de R$ «v» no «po» não reconhecida — o caminhão estava em «ci» (rastreador). Motorista «m» diz que "
          "não passou o cartão. Bloqueio do cartão final «f» feito por «a».\n", d=g.date("br"), v=g.money(900, 4500), po=g.pick(postos),
          ci=g.city()[0], m=P(g.pick([dr.first, dr.short, dr.nick])), f=card.replace(" ", "")[-4:], a=P(an.full))
    doc.t("Trilha de auditoria do portal:\n")
    for ev in g.rng.sample(["login", "consulta_extrato", "bloqueio_cartao", "alteracao_limite", "emissao_2a_via"], 3):
        doc.f("  «d»T«h» user=«u» ip=«ip» «e»\n", d=g.date("iso"), h=g.hms(), u=g.pick([login(an), "sistema", login(dr)]),
              ip=(g.ip(), "IP_ADDRESS"), e=ev)
    if g.chance(0.5):
        doc.f("Nova via entregue no endereço do motorista: «ad» — CEP «cep»\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_whatsapp, at_gr_ficha, at_portaria, at_rastreamento, at_sac_email, at_0800, at_app],
    "juridico": [ju_peticao, ju_ata, ju_bo, ju_prf, ju_multa, ju_contrato, ju_regressiva],
    "saude": [sa_toxicologico, sa_aso, sa_pronto_socorro, sa_cat, sa_polissonografia, sa_ponto_parada, sa_telemed],
    "financeiro": [fi_ciot, fi_pedagio, fi_cte, fi_indenizacao, fi_folha, fi_multas, fi_combustivel],
}

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\dA-Za-z])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Za-z]{3}-?[0-9][0-9A-Za-z][0-9]{2}", v.replace("O", "0") if False else v) or \
                re.fullmatch(r"[A-Za-z]{3}-?[0-9OlISB][0-9A-Za-z][0-9OlISB]{2}", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|enf|sgt)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|financeiro|rh|sinistros|monitoramento|contato|ouvidoria|faturamento|sesmt)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRF|CRBM|CRP|CREA|CRO)", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or CPF-formatted) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: (s["start"], s["end"]))
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
    print("seventythird", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
