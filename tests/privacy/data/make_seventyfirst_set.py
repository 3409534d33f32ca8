"""Build the seventy-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from
other generators), seed 7171, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: offshore oil and gas and mining operations, the papers
that an operator (FPSO, fixed platform, drilling rig; open-pit mine and tailings dam), its
contractors, occupational clinics, unions and lawyers produce: persons-on-board (POB) lists and
helicopter passenger manifests, crew rotation (escala de embarque 14x14 / 14x21) schedules,
contractors' mobilisation dossiers with NR-33/NR-35 training certificates and ASOs, mine gate
access-control logs, dam-safety emergency plan (PAEBM) registers of downstream residents in the
self-rescue zone (ZAS), workplace accident investigations and CATs, collective bargaining over
hazard pay (adicional de periculosidade) and on-call allowances (sobreaviso, Lei 5.811/1972),
per-diem spreadsheets, measurement bulletins and payroll of contractors. Layouts vary: letters,
petitions and minutes, forms field by field ("Nome | ...", "CPF .......... ..."), fixed-width
tables with and without rulers, CSV extracts (comma, semicolon, tab, pipe), Markdown tables,
WhatsApp exports (Android and iOS stamps), e-mails with quoted replies, key=value logs, a
CNAB240-like remittance excerpt, OCR-ish scans.

- atendimento: the POB list of a unit (cabin, lifeboat, emergency contact), a helicopter
  passenger manifest (document, birth date, weights, HUET validity; pilots, check-in agent),
  a crew rotation CSV with the logistics coordinator's note on swaps, the WhatsApp group of
  the logistics team (transfer van, hotel, a stranded worker), a mine gate access-control log
  (turnstiles, vehicle gate with plates and CNH, visitors), the PAEBM register of residents in
  the ZAS (Markdown), a contractor HR e-mail asking the operator's portal team to unblock a
  worker's registration (quoted reply with the portal IP).
- juridico: an accident investigation report (RIA) with witnesses and the investigation
  committee, minutes of a collective bargaining meeting (union and company, lawyers), a labour
  claim petition for hazard pay, a power of attorney of a dead miner's heirs (some scanned,
  OCR damage), an out-of-court notice from downstream residents to the miner, a court expert's
  hazard-pay report (laudo pericial) with the inspection attendees, the legal department's CSV
  of labour claims.
- saude: an ASO form (some scanned), a mobilisation dossier checklist (identity documents,
  NR-35/NR-33/HUET certificates, vaccines, ASO), a medevac e-mail from the nurse on board, a CAT
  form field by field (worker, mother, witness, doctor), an occupational clinic's CSV of
  periodic exams, a primary-care list of bedridden and oxygen-dependent residents in the ZAS,
  a WhatsApp chat between the onshore occupational nurse and a worker on sick leave.
- financeiro: a per-diem spreadsheet with bank data and Pix keys, a measurement bulletin
  (boletim de medição) cover letter with invoice and the contractor's bank data, a travel
  expense report (taxi, hotel, rental car, corporate card), a payroll print-out of hazard pay
  and on-call allowances, an emergency-aid CSV paid by the miner to displaced families, a
  treasury batch log (approvers' IPs) with a CNAB-like remittance, an e-mail thread about
  unpaid per diems (Pix key, card used for the hotel).

Conventions (the twentieth set's, as restated in the brief): PERSON covers the name only, never
"Sr.", "Sra.", "Dr.", "Dra.", "Eng.", "Enf.", "Cmte", "dona", "seu"; particles inside a name
(de, da, do, dos) are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames
and first names alone are persons. Workers, relatives, residents, witnesses, pilots, nurses,
doctors, engineers, safety technicians, union officers, lawyers, analysts and coordinators
named in the text are persons; logins ("usr=mcampos", "usr wsaintil"), system users
("sap_batch", "sistema SOC"), WhatsApp business/role display names ("~ Coord. Logística",
"SESMT Saúde Ocupacional") and team names are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (logistica@, portal.contratadas@, coordmed@, financeiro@,
sesmt.saude@, agenda@) are not labelled. ADDRESS is street type + name + number + complement
(not bairro, city, state or CEP; CEP is BR_CEP); a company's address is not labelled. Agency
and account are separate BANK_ACCOUNT spans; bank codes and bank names are not. DATE_OF_BIRTH
only for birth dates. PROFESSIONAL_ID includes the council acronym and UF. PIX_KEY only for
random (UUID) keys used as Pix keys; Pix keys that are a CPF, an e-mail or a phone take those
labels. Masked values (asterisks), internal ids, protocol, contract, ticket and order numbers
are not labelled.
New decisions for this register:
- registrations of engineers and psychologists are PROFESSIONAL_ID too ("CREA-RJ 123456",
  "CREA/MG 1234567890", "CREA-SP 12345/D", "CRP 06/12345"), like CRM, COREN and OAB; a safety
  technician's "reg. MTE 012345/RJ" is not (no council);
- aircraft registrations (PR-XXX), flight numbers, vessel and unit names (FPSO Maré Alta,
  PAT-04), lifeboat and cabin numbers, badge (crachá) and employee numbers (matrícula), CTPS
  numbers, CAT numbers, training certificate numbers (NR-33, NR-35, OPITO), NF-e numbers and
  keys, CNAB batch and file numbers, TAC numbers and geographic coordinates are not labelled;
- a resident's rural address ("Estrada Vicinal LMG-493, km 13, Sítio Três Irmãos") is ADDRESS;
  in the CNAB-like excerpt, the zero-padded agency and account fields and the street field are
  labelled as they stand;
- IPv4 addresses are IP_ADDRESS whoever holds them (private addresses of turnstile and gate
  controllers included);
- a CNPJ is BR_CNPJ whoever holds it (contractor, operator, union, clinic); a contractor's
  bank agency and account in a payment letter are BANK_ACCOUNT too;
- phone numbers are PHONE_NUMBER whoever holds them (a heliport base landline, a plantão);
  0800 lines are not;
- body and baggage weights, vital signs, ages, exam, embark, disembark, accident, admission,
  HUET-validity and signature dates are not DATE_OF_BIRTH;
- OCR damage (scanned forms) touches letters of names and words only (rn/m, I/l, cl/d), and the
  span is labelled as it stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Jhemerson, Dhenifer, Kethellyn, Ruthcléia, Uóston; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish, Polish),
at least a quarter of the name words rare or invented (the script prints the share); names
that are also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Glória,
Justo, Fortunato, Severo) next to the same words as words ("seria prudente remarcar o voo",
"a luz de obstrução", "o casco ficou branco", "uma vitória da categoria") and in places,
streets and companies (Mina Aurora, Barragem Doutor Prudente, Hotelaria Offshore Rosa dos
Ventos, Catering Prudente, Luz Elétrica Industrial, Transportes Bento Amaral, Presidente
Prudente, Bento Gonçalves, Santa Rosa; streets such as Rua Rosa Branca or Avenida Doutor Bento
Amaral inside residents' ADDRESS spans), which are not persons. Forms: full names, ALL CAPS
without accents, lower case, "SURNAME, Given", first name alone, nicknames (Tião, Chico, Naldo).

Hard negatives (never labelled, plenty): CNJ process numbers, 11-digit numbers failing the CPF
check (invoice, lot, certificate and protocol numbers; the script checks them and any other
unlabelled 11-digit number), ICD-10 codes (S82.1, T67.0, Z57.5), money, protocol/ticket numbers,
order and contract numbers, company names containing a surname (Zanotelli Engenharia Ltda,
Saad & Chedid Automação Ltda, Bitar, Rahal & Zogbi Advogados), streets honouring people standing
alone as places ("cava Barão de Mauá", "rota alternativa pela Amado Nervo"), laws and norms (Lei 5.811/1972,
Lei 12.334/2010, Lei 14.066/2020, Lei 13.709/2018, NR-16, NR-35), dates that are not birth dates,
masked cards.
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
SEED = 7171
OUT_NAME = "seventyfirst.jsonl"

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
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Simone", "Márcia", "Patrícia",
        "Rosana", "Lúcia", "Helena", "Juliana", "Lívia", "Fernanda", "Camila", "Bruna", "Adriana", "Tatiane",
        "Michele", "Sandra", "Regina", "Ana Paula", "Maria José", "Ana Beatriz", "Cristina", "Aline",
        "Sônia", "Priscila", "Luana", "Larissa", "Gabriela", "Rita de Cássia", "Débora"]
RARE_F = ["Joelma", "Edilene", "Zenaide", "Cleonice", "Rosineide", "Marinalva", "Gleiciane", "Ivoneide",
          "Lucicleide", "Dalvanise", "Eulina", "Jozenilda", "Maria do Socorro", "Raimunda", "Kássia Jordana",
          "Sheila Cristiny", "Wanderléia", "Elizângela", "Ruthcléia", "Dhenifer", "Kethellyn", "Ysadora",
          "Adrielly", "Thauany", "Walquíria", "Nilzete", "Gersonita", "Iranilde", "Odenilza", "Edineia",
          "Marizete", "Creusa", "Zilmar", "Alvina", "Benedita", "Osmarina", "Laudicéia", "Francisléia"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Rodrigo",
        "Cláudio", "André", "Ricardo", "Júlio", "Fábio", "Rafael", "Thiago", "Gustavo", "Diego", "Anderson",
        "João Pedro", "Felipe", "Marcos", "Jorge", "Roberto", "Antônio", "José Carlos", "Mauro", "Wellington",
        "Francisco", "Sebastião", "Manoel", "Raimundo", "Leandro", "Vinícius", "Edson"]
RARE_M = ["Adenilson", "Gerivaldo", "Josué Elias", "Valdomiro", "Erivelton", "Claudiomiro", "Jucelino",
          "Deivisson", "Wanderson", "Joelson", "Ednaldo", "Genésio", "Lindoval", "Aurelino", "Osmildo",
          "Reinivaldo", "Cledson", "Marivaldo", "Gildásio", "Evanildo", "Romualdo", "Tarcísio", "Dejair",
          "Uóston", "Jhemerson", "Maicon Douglas", "Kauê Henrique", "Wesclei", "Railson", "Francinaldo",
          "Sidclei", "Edivan", "Arquimedes", "Belarmino", "Zenóbio", "Teotônio", "Nerivaldo", "Juraci"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Machado", "Lima", "Rocha", "Moreira"]
RARE_SUR = ["Guedelha", "Brandão Caldas", "Tamandaré", "Arruda Sá", "Piancó", "Itaboraí", "Cajazeira",
            "Ourique", "Malafaia", "Salvaterra", "Quaresma", "Siqueira Campos", "Ximenes", "Baraúna",
            "Gouvêa", "Mangabeira", "Carneiro Leão", "Olímpio", "Paiva", "Tabosa", "Rebelo", "Sampaio",
            "Jatobá", "Marajó", "Valadares", "Peçanha", "Bitencourt", "Zanella", "Custódio", "Evangelista",
            "Cotrim", "Abrantes", "Pestana", "Barroncas", "Figueiró", "Laranjeira", "Cerqueira", "Muniz Falcão"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Fortunato", "Severo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Vitória", "Amado", "Pedreira",
            "Ferro", "Rocha", "Pinheiro", "Torres", "Bravo", "Serra", "Fontes"]
NICK = {"Luiz Carlos": "Luizão", "Manoel": "Mané", "Sebastião": "Tião", "Francisco": "Chico",
        "Raimundo": "Mundico", "Maria do Socorro": "Socorrinho", "Raimunda": "Mundinha", "José Carlos": "Zé Carlos",
        "Antônio": "Toninho", "Rita de Cássia": "Ritinha", "Ednaldo": "Naldo", "Marivaldo": "Vavá",
        "Wanderson": "Wandinho", "Claudiomiro": "Miro", "Carlos Eduardo": "Cadu", "Benedita": "Dita",
        "Francinaldo": "Naldinho", "Lindoval": "Doval", "Jucelino": "Celim", "Gildásio": "Gil"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Giuseppina"], ["Ettore", "Lorenzo", "Primo"],
           ["Zanotelli", "Bortolini", "Pasqualotto", "Dal Molin", "Cenci", "Tonietto", "Fachinello"]),
    "de": (["Irmgard", "Helga", "Frieda"], ["Egon", "Ewald", "Reinoldo"],
           ["Kuhnen", "Schmitz", "Wessler", "Blaese", "Raduenz", "Goedert"]),
    "jp": (["Harumi", "Kazue", "Mitsuko"], ["Tadashi", "Shigeru", "Yoshio"],
           ["Higa", "Nakasone", "Kanashiro", "Uehara", "Shimabukuro", "Miyagi"]),
    "ar": (["Samira", "Jamile", "Mouna"], ["Jamil", "Assad", "Munir"],
           ["Saad", "Chedid", "Rahal", "Bitar", "Zogbi", "Jabour"]),
    "kr": (["Eun-ji", "So-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Xiuying"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Zheng"]),
    "bo": (["Filomena", "Gladys", "Zenobia"], ["Wilber", "Nemesio", "Ruddy"],
           ["Mamani", "Choque", "Condori", "Quispe", "Huanca"]),
    "ht": (["Nadège", "Wideline", "Marie-Ange"], ["Jean-Robert", "Wisner", "Lesly"],
           ["Pierre-Louis", "Désir", "Jean-Baptiste", "Saintil", "Alexis"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Moustapha", "Serigne"],
           ["Mbaye", "Faye", "Thiam", "Seck", "Cissé"]),
    "ao": (["Kianda", "Nsimba"], ["Kalunga", "Ndombele"], ["Mbemba", "Lukamba", "Kinguri", "Nzinga"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Ubiratã", "Aruã"], ["Terena", "Pataxó", "Guajajara", "Baniwa"]),
    "jw": (["Ester", "Sara", "Miriam"], ["Moisés", "Elias", "Natan"], ["Goldstein", "Rosenthal", "Lerner", "Szajnbok"]),
    "pl": (["Jadwiga", "Halina"], ["Stanislau", "Kazimierz"], ["Kowalski", "Wisniewski", "Dziedzic", "Mazurek"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
for _o in ("de", "jp", "ar", "it"):
    RARE.update(FOREIGN[_o][2])
PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Estrela", "Conceição"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Bonfim"}
DOS_SUR = {"Reis", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"




DDDS = ["22", "22", "22", "21", "21", "27", "27", "31", "31", "37", "38", "94", "94", "13", "12", "71", "79",
        "84", "85", "91", "98", "11", "24", "28", "33", "35", "62", "65", "47", "51", "81", "92", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Barão de Mauá",
                "Flor de Maio", "das Palmeiras", "Coronel Gerivaldo Tabosa", "Professora Zenaide Ourique",
                "Sete de Setembro", "Dom Pedro II", "Barão do Rio Branco", "Luz do Sol", "Esperança",
                "Rui Barbosa", "Tenente Coronel Brito", "dos Mineiros", "das Acácias", "Vitória Régia",
                "Getúlio Vargas", "Padre Anchieta", "Beira-Rio", "Quinze de Novembro", "do Petróleo",
                "dos Pescadores", "Engenheiro Zanotelli", "Juscelino Kubitschek", "Santos Dumont",
                "Ouro Preto", "da Ferrovia", "Marechal Floriano", "dos Garimpeiros", "Amado Nervo",
                "Presidente Sodré", "Silva Jardim"]
CITIES = [("Macaé", "RJ"), ("Rio das Ostras", "RJ"), ("Campos dos Goytacazes", "RJ"), ("Cabo Frio", "RJ"),
          ("Niterói", "RJ"), ("São Gonçalo", "RJ"), ("Itaguaí", "RJ"), ("Vitória", "ES"), ("Vila Velha", "ES"),
          ("Linhares", "ES"), ("Itabira", "MG"), ("Mariana", "MG"), ("Brumadinho", "MG"), ("Congonhas", "MG"),
          ("Nova Lima", "MG"), ("Itabirito", "MG"), ("Ouro Preto", "MG"), ("Barão de Cocais", "MG"),
          ("Parauapebas", "PA"), ("Canaã dos Carajás", "PA"), ("Marabá", "PA"), ("Paracatu", "MG"),
          ("Santos", "SP"), ("São Sebastião", "SP"), ("Aracaju", "SE"), ("Mossoró", "RN"), ("Catu", "BA"),
          ("São Luís", "MA"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"),
          ("Conceição do Mato Dentro", "MG"), ("Crixás", "GO"), ("Alta Floresta", "MT")]
UFS = ["RJ", "RJ", "ES", "MG", "MG", "PA", "SP", "BA", "SE", "RN", "MA", "RS", "PR", "SC", "PE", "CE", "GO",
       "AM", "DF", "MT", "MS", "PI", "AL", "TO", "PB"]
BAIRROS = ["Cajueiros", "Imbetiba", "Cavaleiros", "Lagomar", "Centro", "Bela Vista", "Jardim Aurora",
           "Vila Esperança", "Bonfim", "Córrego do Feijão", "Bento Rodrigues", "Paracatu de Baixo",
           "Parque das Flores", "Novo Horizonte", "Rosa dos Ventos", "Vila Rica"]
CIDS = ["S62.6", "S82.1", "T67.0", "S06.0", "T59.8", "M54.5", "S93.4", "J68.0", "H83.3", "F43.1", "T70.2",
        "W11", "S42.0", "I21.9", "T28.0", "S61.0", "T75.4", "Z10.0", "Z57.5", "J45.9", "G47.2", "I10"]


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
        return self.given.split()[0] if not self.given.startswith(("Flor de", "Maria d", "Thi ")) else self.given

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
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
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

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
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
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
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
            if not female and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "vn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "ig.com.br"])
        return f"{user}@{domain}"

    # ----------------------------------------------------------------- identifiers
    def neg11(self, style: str = "raw") -> tuple:
        """An 11-digit hard negative (fails the CPF check), tagged so the script verifies it."""
        n = self.neg(11)
        return (fmt_cpf(n) if style == "dot" else n, "NEG11")

    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
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

    def cns_digits(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                return b + str(last)

    def cns(self, spaced: bool | None = None) -> str:
        n = self.cns_digits()
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"sala {self.rng.randint(101, 910)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2008) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def iso_ts(self) -> str:
        return f"{self.date('iso')}T{self.hms()}.{self.d(3)}Z"

    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.04", "5.15", "8.19", "4.03", "8.13", "8.17"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"SAC-{self.d(7)}"])

    def version(self) -> str:
        return f"{self.rng.randint(0, 4)}.{self.rng.randint(0, 31)}.{self.rng.randint(0, 19)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}", f"CREA/{uf} {self.d(10)}", f"CREA-{uf} {n}/D", f"CREA {uf} {dotted}"])
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
        if kind == "CRQ":
            return f"CRQ {self.pick(['III', 'II', 'IV', 'XVI'])} Região {self.d(8)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]




OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("cl", "d"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I"), ("0", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35, digits: bool = False) -> str:
    """Apply one or two OCR confusions: letters in names and words, digit/letter in identifiers."""
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


def jstr_ascii(s: str) -> str:
    return json.dumps(s)[1:-1]


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # 11-digit hard negatives, checked to fail the CPF check

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG11":
            self.negs.append(s)
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

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
        self.negs += other.negs
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


def P(s: str):
    return (s, "PERSON")



# --------------------------------------------------------------------------- tables and shared bits

def V(s) -> tuple:
    return (str(s), None)


def table_psql(doc: Doc, cols: list[str], rows: list[list[tuple]], footer: bool = True) -> None:
    """psql / dbt-show style: ` a | b ` with a dashed rule and "(n rows)"."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
    doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            doc.t(" " if k == 0 else " | ")
            doc.cell(v, w, lab)
        doc.t("\n")
    if footer:
        doc.t(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})\n")


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


def mojibake(s: str) -> str:
    """UTF-8 read as Latin-1 (the one kind of damage this set keeps, in a few records)."""
    return s.encode("utf-8").decode("latin-1")


def score(g: Gen, k: int = 4) -> str:
    return f"0.{g.d(k)}"


def signed(g: Gen) -> str:
    return g.pick(["+", "-"]) + f"0.{g.d(3)}"


def cust_id(g: Gen) -> str:
    return g.pick([f"CLI{g.d(8)}", f"cus_{g.hexs(12)}", g.d(9), f"C-{g.d(6)}"])


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




def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: str | None = "-", sep: str = "  ",
                upper: bool = False) -> None:
    """Fixed-width print-out, with or without a ruler under the header."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    head = sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()
    doc.t((head.upper() if upper else head) + "\n")
    if ruler:
        doc.t(ruler * len(head) + "\n")
    for r in rows:
        line_start = len(doc.text)
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.text = doc.text[:line_start] + doc.text[line_start:].rstrip(" ")
        doc.t("\n")
    if ruler:
        doc.t(ruler * len(head) + "\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def mat(g: Gen) -> str:
    return g.pick([f"{g.d(7)}", f"MAT-{g.d(5)}", f"{g.d(2)}.{g.d(4)}-{g.d(1)}", f"C{g.d(6)}"])


def date_pair(g: Gen, days: int, fmt: str = "br") -> tuple[str, str]:
    """Two dates `days` apart (an embark and a disembark date, a period)."""
    a = datetime.date(g.pick([2024, 2025, 2025]), g.rng.randint(1, 12), g.rng.randint(1, 28))
    b = a + datetime.timedelta(days=days)
    f = {"br": "%d/%m/%Y", "iso": "%Y-%m-%d", "short": "%d/%m"}[fmt]
    return a.strftime(f), b.strftime(f)


def cnpj_any(g: Gen) -> tuple:
    return (g.cnpj("dot", alnum=g.chance(0.25)) if g.chance(0.85) else g.cnpj("raw", alnum=g.chance(0.2)), "BR_CNPJ")


def ctps(g: Gen) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}/{g.pick(UFS)}", f"{g.d(7)}/{g.d(5)}-{g.pick(UFS)}", f"nº {g.d(6)}, série {g.d(3)}"])


# --------------------------------------------------------------------------- register vocabulary

OPERATORS = ["Atlântica Petróleo e Gás S.A.", "Bacia Leste Energia Ltda", "Maré Alta Óleo e Gás S.A.",
             "Petro Sudeste Exploração Ltda"]
MINERS = ["Mineração Serra Azul S.A.", "Vale do Ferro Mineração S.A.", "Mineração Pico Branco Ltda",
          "Carajás Norte Minérios S.A.", "Mineração Aurora do Quadrilátero S.A."]
CONTRACTORS = ["Zanotelli Engenharia Ltda", "Caldas & Rebelo Serviços Offshore Ltda", "Peçanha Andaimes e Pintura Industrial Ltda",
               "Transportes Bento Amaral Ltda", "Higa Inspeções Submarinas Ltda", "Construtora Valadares S.A.",
               "Hotelaria Offshore Rosa dos Ventos Ltda", "Catering Prudente Refeições Coletivas Ltda",
               "Luz Elétrica Industrial Ltda", "Aurora Drilling do Brasil Ltda", "Mangabeira Caldeiraria e Montagens Ltda",
               "Saad & Chedid Automação Ltda", "Kanashiro Topografia e Geotecnia Ltda", "Bravo Mergulho Raso ME",
               "Flor de Lótus Limpeza Industrial Eireli", "Sampaio Guindastes e Movimentação de Carga Ltda"]
UNITS = ["FPSO Maré Alta", "FPSO Bravo Norte", "PAT-04", "PCH-2 (fixa)", "SS-88 Aurora Star", "FPSO Cidade de Quissamã",
         "NS-31 (navio-sonda)", "PMXL-1", "FPSO Tubarão Azul", "P-ESP-09"]
FUNCOES = ["Técnico de Operação", "Caldeireiro", "Soldador 6G", "Montador de Andaime", "Pintor Industrial",
           "Eletricista Força e Controle", "Instrumentista", "Mecânico de Manutenção", "Técnico de Segurança",
           "Rádio-operador", "Cozinheiro", "Taifeiro", "Guindasteiro", "Sondador", "Torrista", "Plataformista",
           "Inspetor de Ultrassom", "Supervisor de Produção", "Alpinista Industrial N2", "Enfermeiro do Trabalho"]
MINE_FUNCOES = ["Operador de Caminhão Fora de Estrada", "Operador de Escavadeira", "Blaster", "Auxiliar de Mina",
                "Técnico de Geotecnia", "Mecânico de Equipamentos Pesados", "Motorista de Comboio", "Vigilante",
                "Operador de Britagem", "Eletricista de Mina", "Topógrafo", "Técnico em Mineração"]
HELIPORTS = ["SBME (Macaé)", "SBJR (Jacarepaguá)", "SBCB (Cabo Frio)", "SBVT (Vitória)", "SBST (Santos)", "SBFS (São Tomé)"]
MINES = ["Mina Serra Azul", "Complexo Pico Branco", "Mina Córrego Fundo", "Mina Aurora", "Mina do Cauê Velho",
         "Mina Boa Esperança", "Complexo Carajás Norte - Mina N6"]
DAMS = ["Barragem B-IV", "Barragem Córrego Fundo", "Barragem Doutor Prudente", "Barragem Sul Superior",
        "Barragem Forquilha VI", "Barragem Rosa Branca", "Dique Aurora II"]
WORD_USES = ["seria prudente remarcar o voo", "a luz de obstrução do heliponto estava apagada",
             "o casco ficou branco de sal", "rosa dos ventos no mapa de rota de fuga", "deu luz verde para embarque",
             "foi uma vitória da categoria", "a previsão é de mar de almirante, céu de brigadeiro, tudo em flor",
             "o mestre de cabotagem achou prudente esperar", "o amado colete salva-vidas laranja",
             "a sirene da barragem tocou às 10h no teste de aurora", "tudo correu bem, graças à Glória de Deus",
             "pilha de estéril em tom rosa"]
LAWS = ["Lei 5.811/1972", "NR-16", "NR-37", "NR-33", "NR-35", "Lei 12.334/2010", "Lei 14.066/2020", "CLT art. 193",
        "Lei 13.709/2018", "Lei 8.213/1991", "NR-22", "Súmula 364 do TST", "Lei 6.514/1977"]


def aircraft(g: Gen) -> str:
    return "PR-" + "".join(g.pick("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))


def flight(g: Gen) -> str:
    return g.pick([f"OMN-{g.d(4)}", f"BRS {g.d(3)}", f"LHX{g.d(4)}", f"V{g.d(3)}/{g.d(2)}"])


def weight(g: Gen, lo: int = 55, hi: int = 125) -> str:
    return str(g.rng.randint(lo, hi))


# --------------------------------------------------------------------------- atendimento


def at_pob(g: Gen) -> Doc:
    """POB list of a production unit, fixed-width, with lifeboat and emergency contact columns."""
    doc = Doc()
    unit, op = g.pick(UNITS), g.pick(OPERATORS)
    oim, radio, nurse = g.person(), g.person(), g.person()
    doc.f("«op» — «u»\nLISTA DE PESSOAS A BORDO (POB)   data «d»  06:00   POB «n» / «cap» leitos\n"
          "OIM: «oim»   Rádio-op.: «r»   Enf. a bordo: «nu» («cor»)\n\n",
          op=op.upper(), u=unit, d=g.date("br"), n=g.rng.randint(80, 160), cap=g.rng.randint(160, 190),
          oim=P(name_form(g, oim, ["full", "caps", "short"])), r=P(name_form(g, radio, ["full", "short", "first"])),
          nu=P(nurse.short), cor=(g.council("COREN", "RJ"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.person()
        rel = g.relative(p) if g.chance(0.7) else g.person()
        contact = P(name_form(g, rel, ["first", "short", "caps", "nick"])) if g.chance(0.45) else V(
            g.pick(["esposa", "mãe", "irmão", "companheira", "pai", "filha"]))
        cab = f"{g.pick('ABC')}-{g.rng.randint(101, 330)}/{g.rng.randint(1, 4)}"
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        rows.append([V(cab), P(p.caps if g.chance(0.7) else p.full), V(g.pick(CONTRACTORS).split(" ")[0].upper()[:12]),
                     V(g.pick(FUNCOES)[:20]), cpf, (g.dob(g.pick(["br", "short"]), 1958, 2003), "DATE_OF_BIRTH"),
                     V(f"BAL-{g.rng.randint(1, 4)}"), contact,
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER")])
    table_fixed(doc, ["CAMAROTE", "NOME", "EMPRESA", "FUNÇÃO", "CPF", "NASC.", "BALEEIRA", "CONT. EMERG.", "TEL."],
                rows, ruler=g.pick(["-", "=", None]), sep=g.pick(["  ", " | ", "   "]))
    doc.f("\nObs.: desembarque de «k» pessoas no voo «f» («a»); «w». Check-in no «h». "
          "Alterações de POB somente via sistema, prot. «pr».\n",
          k=g.rng.randint(3, 19), f=flight(g), a=aircraft(g), w=g.pick(WORD_USES), h=g.pick(HELIPORTS), pr=g.protocol())
    if g.chance(0.3):
        doc.f("Emitido por: «x» (usr «l») — rev. «v»\n", x=P(radio.full), l=login(radio), v=g.rng.randint(1, 6))
    return doc


def at_manifest(g: Gen) -> Doc:
    """Helicopter passenger manifest (bilingual header), with weights and HUET validity."""
    doc = Doc()
    cmt, cop, agent = g.person(), g.person(), g.person()
    org = g.pick(HELIPORTS)
    doc.f("MANIFESTO DE PASSAGEIROS / PASSENGER MANIFEST\nVoo/Flight: «f»   Aeronave: «t» «a»   «o» → «u»\n"
          "Data: «d»   ETD «e»   Cmte: «c»   Co-piloto: «cp»\n\n",
          f=flight(g), t=g.pick(["S-92A", "AW139", "H175", "EC225"]), a=aircraft(g), o=org, u=g.pick(UNITS),
          d=g.date("br"), e=g.hm(), c=P(name_form(g, cmt, ["caps", "full", "inverted"])), cp=P(name_form(g, cop, ["caps", "full", "short"])))
    rows = []
    dobf = g.pick(["br", "iso", "dot"])
    for i in range(g.rng.randint(4, 6)):
        p = g.person()
        if g.chance(0.5):
            doc_id = (g.cpf("dot"), "BR_CPF")
        elif g.chance(0.6):
            doc_id = (g.rg(), "BR_RG")
        else:
            doc_id = (g.cnh(), "BR_CNH")
        nm = g.pick([p.inverted, p.caps, p.caps, p.full])
        rows.append([V(f"{i + 1:02d}"), P(nm), doc_id, (g.dob(dobf, 1960, 2004), "DATE_OF_BIRTH"), V(weight(g)), V(weight(g, 4, 23)),
                     V(g.pick(CONTRACTORS).split(" ")[0][:14]), V(g.date("br", g.pick([2025, 2026, 2027])))])
    table_fixed(doc, ["#", "PASSAGEIRO/NAME", "DOC", "DOB", "PESO", "BAG", "EMPRESA", "HUET VAL."], rows, ruler=g.pick(["-", "_", None]))
    doc.f("\nPeso total pax+bag: «w» kg   Carga: «c» kg (manifesto de carga «m»)\n"
          "Check-in: «a»«as»balcão «b»   Contato base: «tel»\n",
          w=g.rng.randint(600, 1400), c=g.rng.randint(0, 300), m=g.protocol(), **({"a": P(name_form(g, agent, ["first", "short", "full"])), "as": " — "} if g.chance(0.5) else {"a": "", "as": ""}),
          b=g.rng.randint(1, 6), tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    if g.chance(0.5):
        x = g.person()
        doc.f("NO-SHOW: «n» (não compareceu; substituto não informado). «w».\n", n=P(x.caps), w=g.pick(WORD_USES).capitalize())
    return doc


def at_escala(g: Gen) -> Doc:
    """Crew rotation (escala de embarque 14x14 / 14x21) CSV and the coordinator's note about swaps."""
    doc = Doc()
    coord = g.person()
    doc.f("escala_embarque_«u»_«m».csv\n", u=re.sub(r"\W+", "_", g.pick(UNITS)).strip("_").lower(), m=g.date("compact")[:6])
    sep = g.pick([";", ",", "\t"])
    rows = []
    people = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        people.append(p)
        fn = g.pick([p.full, p.caps, p.plain])
        reg = g.pick(["14x14", "14x21", "21x21", "7x7"])
        emb, des = date_pair(g, int(reg.split("x")[0]))
        rows.append([V(mat(g)), P(fn), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), V(g.pick(FUNCOES)), V(reg), V(emb), V(des), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("")])
    table_csv(doc, ["matricula", "nome", "cpf", "funcao", "regime", "embarque", "desembarque", "celular", "email_pessoal"], rows, sep=sep)
    a, b = g.pick(people), g.pick(people)
    doc.f("\n-- nota de «c» («ce»): troca de escala «a» <-> «b» aprovada pelo supervisor «s»; "
          "passagem aérea GRU-MEA localizador «loc» já emitida. Demais pedidos pelo canal logistica.embarque@«dom».\n",
          c=P(name_form(g, coord, ["first", "full"])), ce=(corp_mail(coord, "atlanticapg.com.br"), "EMAIL_ADDRESS"),
          a=P(a.first if g.chance(0.5) else a.short), b=P(b.short), s=P(g.person().short) if g.chance(0.5) else V("de turno"),
          loc="".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), dom="atlanticapg.com.br")
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp export of a logistics group: transfers, van plates, hotel, a stranded worker."""
    doc = Doc()
    coord, driver = g.person(), g.person(female=False)
    ws = [g.person(), g.person(), g.person(female=False)]
    d = g.date("br")
    ts = g.times(9, 4 * 3600, 22 * 3600)
    ios = g.chance(0.5)

    def stamp(i: int) -> str:
        return f"[{d}, {ts[i]}:{g.rng.randint(10, 59)}] " if ios else f"{d} {ts[i]} - "

    c_name = name_form(g, coord, ["full", "short"])
    cn = P(c_name) if g.chance(0.55) else V(g.pick(["Logística Embarque BL", "Transporte Offshore Macaé", "Logistica POB", "~ Coord. Logística"]))
    w0 = name_form(g, ws[0], ["short", "first", "full"])
    w1 = (g.phone("plus"), "PHONE_NUMBER") if g.chance(0.4) else P(name_form(g, ws[1], ["first", "short", "nick"]))
    doc.f("«s»«c»: Bom dia pessoal, transfer p/ o heliporto sai 05h do hotel. Van placa «pl», motorista «dr» «dt»\n",
          s=stamp(0), c=cn, pl=(g.plate(), "LICENSE_PLATE"), dr=P(driver.nick if g.chance(0.4) else driver.first),
          dt=(g.phone("plain"), "PHONE_NUMBER"))
    doc.f("«s»«w»: «c» meu nome não tá na lista do voo, sou da «emp»\n", s=stamp(1), w=P(w0),
          c=P(coord.first), emp=g.pick(CONTRACTORS).split(" ")[0])
    doc.f("«s»«c»: «w» manda CPF e data de nascimento no privado\n", s=stamp(2), c=cn, w=P(ws[0].first))
    doc.f("«s»«w»: «cpf» nasc «dob», RG «rg»\n", s=stamp(3), w=P(w0),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1965, 2002), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"))
    doc.f("«s»«c»: ok incluído, voo «f». Quem não recebeu o voucher («h») fala com a «r» no «rt»\n",
          s=stamp(4), c=cn, f=flight(g), h=g.pick(["Hotel Aurora Macaé", "Pousada Bento", "Hotel Flor do Mar", "Hotel Imbetiba"]),
          r=P(g.person(female=True).first), rt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("«s»«w»: <Mídia oculta>\n", s=stamp(5), w=w1)
    doc.f("«s»«w»: gente o «x» ficou sem carona em «cid», alguém passa na «ad»? tel dele «t»\n",
          s=stamp(6), w=w1, x=P(ws[2].nick if g.chance(0.5) else ws[2].first),
          cid=g.city()[0], ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("«s»«c»: «w»\n", s=stamp(7), c=cn, w=g.pick(["Passo lá, sem stress", "Pode deixar que o motorista busca", "Ok", "Vou ver com o supervisor"]))
    doc.f("«s»«c»: Lembrando: sem ASO e sem NR-35 válida não embarca. Dúvidas: logistica@«dom» (não responder aqui)\n",
          s=stamp(8), c=cn, dom=g.pick(["bacialeste.com.br", "atlanticapg.com.br"]))
    return doc


def at_gate(g: Gen) -> Doc:
    """Access-control log of a mine gate (turnstiles and vehicle gate), key=value lines."""
    doc = Doc()
    mine = g.pick(MINES)
    doc.f("# export controle_acesso «m» — portaria «p» — «d»\n", m=mine, p=g.pick(["P1", "P2 (Sul)", "Balança", "Principal"]),
          d=(day := g.date("iso")))
    ts = g.times(g.rng.randint(5, 7), 4 * 3600, 23 * 3600)
    ctrl = f"10.{g.rng.randint(0, 60)}.{g.rng.randint(0, 250)}.{g.rng.randint(2, 250)}"
    for t in ts:
        p = g.person()
        k = g.rng.randint(0, 3)
        head = f"{day} {t}:{g.rng.randint(10, 59)} "
        if k == 0:
            doc.f("«h»[CTRL «ip»] ENTRADA OK cracha=«c» nome=\"«n»\" cpf=«cpf» empresa=\"«e»\"\n",
                  h=head, ip=(ctrl, "IP_ADDRESS"), c=g.d(6), n=P(p.caps), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                  e=g.pick(CONTRACTORS + MINERS))
        elif k == 1:
            doc.f("«h»[CTRL «ip»] NEGADO cracha=«c» nome=\"«n»\" motivo=«mo»\n",
                  h=head, ip=(ctrl, "IP_ADDRESS"), c=g.d(6), n=P(p.caps),
                  mo=g.pick(["ASO_VENCIDO", "NR22_PENDENTE", "INTEGRACAO_SSMA_PENDENTE", "BLOQUEIO_RH", "DUPLA_PASSAGEM"]))
        elif k == 2:
            doc.f("«h»[GATE-VEIC «ip»] VEICULO ENTRADA placa=«pl» motorista=\"«n»\" cnh=«cnh» carga=«cg» nf=«nf»\n",
                  h=head, ip=(f"10.{g.rng.randint(0, 60)}.{g.rng.randint(0, 250)}.{g.rng.randint(2, 250)}", "IP_ADDRESS"),
                  pl=(g.plate(), "LICENSE_PLATE"), n=P(p.caps if g.chance(0.6) else p.plain), cnh=(g.cnh(), "BR_CNH"),
                  cg=g.pick(["explosivos (ANFO)", "diesel S10", "pneus OTR", "vazio", "peças"]), nf=g.neg11())
        else:
            v = g.person()
            doc.f("«h»[RECEPCAO] VISITANTE nome=\"«n»\" rg=«rg» anfitriao=\"«a»\" obs=\"«o»\"\n",
                  h=head, n=P(p.full if g.chance(0.5) else p.caps), rg=(g.rg(), "BR_RG"),
                  a=P(v.short) if g.chance(0.5) else V(g.pick(["SSMA", "GEOTECNIA", "SUPRIMENTOS", "PORTARIA"])),
                  o=g.pick(["auditoria ANM", "visita técnica barragem", "entrega de documentos", "", "reunião com SSMA"]))
    op = g.person()
    if g.chance(0.5):
        doc.f("# fim — «k» eventos; operador do turno: «o» (login «l»)\n", k=len(ts), o=P(op.short), l=login(op))
    else:
        doc.f("# fim — «k» eventos; operador do turno: login «l»\n", k=len(ts), l=login(op))
    return doc


def at_pae(g: Gen) -> Doc:
    """PAE (dam emergency action plan) register of residents in the self-rescue zone, Markdown."""
    doc = Doc()
    dam, miner = g.pick(DAMS), g.pick(MINERS)
    city, uf = g.city()
    doc.f("## PAEBM — «b» («m»)\n### Cadastro da população na ZAS — setor «s» («c»/«uf»)\n\n"
          "Atualizado em «d» por «a» (assistente social). Rota de fuga: ponto de encontro PE-«pe» (quadra da escola).\n\n",
          b=dam, m=miner, s=g.pick(["A", "B", "C", "D"]) + str(g.rng.randint(1, 9)), c=city, uf=uf, d=g.date("br"),
          a=P(g.person(female=g.chance(0.7)).full), pe=g.rng.randint(1, 12))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.person()
        elderly = g.chance(0.4)
        rows.append([P(p.full if g.chance(0.7) else p.caps),
                     (g.dob(g.pick(["br", "iso"]), 1930 if elderly else 1950, 1958 if elderly else 2005), "DATE_OF_BIRTH"),
                     (g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(str(g.rng.randint(1, 7))),
                     V(g.pick(["acamado", "cadeirante", "usa O2", "—", "—", "surdez", "gestante"])),
                     V(f"-20.{g.d(5)}, -43.{g.d(5)}")])
    table_md(doc, ["Responsável", "Nasc.", "Endereço", "CEP", "Telefone", "Moradores", "Mobilidade", "Coord."], rows)
    n = g.person()
    doc.f("\n«vr»«n»«vc»«t». Próximo simulado de evacuação: «d». "
          "Sirene S-«s» testada ok. Referência: «law».\n",
          **({"vr": "Vizinha de referência da rua: ", "n": P(name_form(g, n, ["nick", "first", "full"])), "vc": ", "} if g.chance(0.5)
             else {"vr": "Plantão Defesa Civil: ", "n": "", "vc": ""}),
          t=(g.phone(), "PHONE_NUMBER"), d=g.date("br"), s=g.rng.randint(1, 30),
          law=g.pick(["Lei 12.334/2010", "Lei 14.066/2020", "Resolução ANM 95/2022"]))
    return doc


def at_helpdesk(g: Gen) -> Doc:
    """E-mail thread: a contractor's HR asks the operator's portal team to unblock a worker's registration."""
    doc = Doc()
    hr, analyst, w = g.person(), g.person(), g.person()
    emp = g.pick(CONTRACTORS)
    dom = re.sub(r"[^a-z]", "", fold(emp.split(" ")[0]).lower()) + ".com.br"
    doc.f("De: «h» <«he»>\nPara: portal.contratadas@«od»\nAssunto: RE: cadastro bloqueado - «w»\nData: «d»\n\n",
          h=P(hr.full), he=(corp_mail(hr, dom), "EMAIL_ADDRESS"), od="atlanticapg.com.br", w=P(w.caps), d=g.date("br"))
    doc.f("Prezados, bom dia.\n\nO colaborador «w» continua com status PENDENTE no portal. Seguem os dados conferidos:\n"
          "  CPF: «cpf»\n  RG: «rg» SSP/«uf»\n  Nascimento: «dob»\n  PIS: «pis»\n  «tl»«tit»«tn»Celular: «t»\n\n"
          "O certificado NR-35 (nº «cn», carga horária 8h) e o ASO de «ad» já foram anexados. «x»\n\nAtt.,\n«h»\nRH — «e»\n«ht»\n\n",
          w=P(w.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), uf=g.pick(UFS), dob=(g.dob("br", 1962, 2003), "DATE_OF_BIRTH"),
          pis=(g.pis(), "BR_PIS"), t=(g.phone(), "PHONE_NUMBER"), cn=g.protocol(), ad=g.date("br"),
          **({"tl": "Título eleitor: ", "tit": (g.titulo(), "BR_TITULO_ELEITOR"), "tn": "\n  "} if g.chance(0.5)
             else {"tl": "", "tit": "", "tn": ""}),
          x=g.pick(["Seria prudente liberar antes do embarque de segunda.", "Ele embarca dia 3.", ""]),
          h=P(hr.first if g.chance(0.5) else hr.full), e=emp, ht=(g.phone("plain", mobile=False), "PHONE_NUMBER"))
    doc.f("> Em «d», «a» <«ae»> escreveu:\n> Prezada «h», o cadastro foi bloqueado porque o CPF informado\n"
          "> («bad») não confere com a Receita. Último acesso ao portal do IP «ip». Chamado «ch».\n> «a2» — Gestão de Acesso de Contratadas\n> Dados tratados conforme a «law» e a «nr».\n",
          d=g.date("br"), a=P(analyst.full), ae=(corp_mail(analyst, "atlanticapg.com.br"), "EMAIL_ADDRESS"), h=P(hr.first),
          law=g.pick(["Lei 13.709/2018 (LGPD)", "LGPD (Lei 13.709/2018)"]), nr=g.pick(LAWS[1:5]), bad=g.neg11(g.pick(["dot", "raw"])), ip=(g.ip(), "IP_ADDRESS"), ch=g.protocol(), a2=P(analyst.short))
    return doc


# --------------------------------------------------------------------------- juridico

SINDICATOS = ["Sindicato dos Trabalhadores Offshore do Norte Fluminense (SINTOFF-NF)",
              "Sindicato dos Petroleiros do Litoral Capixaba (SINDIPETRO-LC)",
              "Sindicato Metabase dos Mineiros de Itabira e Região",
              "Sindicato dos Trabalhadores na Extração Mineral do Sudeste do Pará (STEM-SP)"]
LAWFIRMS = ["Bitar, Rahal & Zogbi Advogados", "Quaresma Valadares Sociedade de Advogados", "Cotrim e Pestana Advocacia",
            "Leão Branco Advocacia Trabalhista", "Abrantes & Muniz Falcão Advogados Associados"]
VARAS = ["1ª Vara do Trabalho de Macaé/RJ", "2ª Vara do Trabalho de Macaé/RJ", "Vara do Trabalho de Itabira/MG",
         "1ª Vara do Trabalho de Parauapebas/PA", "Vara do Trabalho de Congonhas/MG", "3ª Vara do Trabalho de Vitória/ES",
         "Vara do Trabalho de Campos dos Goytacazes/RJ"]
ESTADO_CIVIL = ["solteiro", "casado", "divorciado", "em união estável", "viúvo"]


def civil(p: Person) -> str:
    e = g_pick_stable(ESTADO_CIVIL, p)
    return e[:-1] + "a" if p.female and e.endswith("o") else e


def g_pick_stable(seq: list[str], p: Person) -> str:
    return seq[sum(map(ord, p.full)) % len(seq)]


def ju_ria(g: Gen) -> Doc:
    """Accident investigation report (RIA) of a mine or platform, with committee and witnesses."""
    doc = Doc()
    mine = g.pick(MINES + UNITS)
    v = g.person()
    emp = g.pick(CONTRACTORS)
    doc.f("RELATÓRIO DE INVESTIGAÇÃO DE ACIDENTE — RIA nº «n»/«y»\nUnidade: «u»\nData/hora do evento: «d» «h»   "
          "Classificação: típico, com afastamento   CAT nº «cat» (emitida em «de»)\n\n1. ACIDENTADO\n"
          "Nome: «v»   CPF: «cpf»   Data de nasc.: «dob»\nFunção: «f»   Empresa: «e» (CNPJ «cnpj»)   Matrícula: «m»\n\n",
          n=g.d(4), y=g.pick([2024, 2025]), u=mine, d=g.date("br"), h=g.hm(), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(2)}",
          de=g.date("br"), v=P(v.caps if g.chance(0.5) else v.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1965, 2003), "DATE_OF_BIRTH"), f=g.pick(FUNCOES + MINE_FUNCOES),
          e=emp, cnpj=cnpj_any(g), m=mat(g))
    med = g.person()
    doc.f("2. DESCRIÇÃO\nDurante «a», o colaborador «v» «b». Foi atendido na enfermaria por «en» e removido "
          "para o Hospital «hosp», onde foi avaliad«oa» por «tt» «md» («crm»). Diagnóstico: CID «cid»; afastamento de «k» dias.\n\n",
          a=g.pick(["a montagem de andaime no nível 3 do britador primário", "a troca de revestimento do moinho de bolas",
                    "manobra de carga no convés com o guindaste de BB", "a limpeza do tanque de lastro (espaço confinado)",
                    "a inspeção do flare", "o abastecimento do caminhão fora de estrada"]),
          v=P(v.first), b=g.pick(["sofreu queda de mesmo nível ao pisar em grating solto", "teve a mão prensada entre a carga e a estrutura",
                                  "apresentou mal súbito por exposição a H2S", "caiu de altura de 2,4 m com o cinto desconectado",
                                  "foi atingido por fragmento de rocha"]),
          en=P(g.person().short) if g.chance(0.4) else V("a equipe de enfermagem"), hosp=g.pick(["Público de Macaé", "São João Batista", "Margarida", "Yutaka Takeda", "Municipal Prudente de Morais"]),
          oa=v.o, tt="Dra." if med.female else "Dr.", md=P(med.full), crm=(g.council("CRM", g.pick(["RJ", "MG", "PA", "ES"])), "PROFESSIONAL_ID"), cid=g.pick(CIDS),
          k=g.rng.randint(3, 60))
    doc.t("3. TESTEMUNHAS\n")
    for _ in range(g.rng.randint(2, 3)):
        t = g.person()
        doc.f("- «t», «f», RG «rg», tel. «tel»\n", t=P(t.full), f=g.pick(FUNCOES + MINE_FUNCOES).lower(), rg=(g.rg(), "BR_RG"),
              tel=(g.phone(), "PHONE_NUMBER"))
    eng, cipa, tst = g.person(), g.person(), g.person()
    doc.f("\n4. COMISSÃO DE INVESTIGAÇÃO\nEng. «e» («crea») — coordenador\n«c» — CIPA/CIPAMIN, representante dos empregados\n"
          "«t» — técnico de segurança, reg. MTE «r»\n\n5. CAUSAS E AÇÕES\nFalha no procedimento (item 35.4 da «nr»); «w». "
          "Ação 1: reciclagem NR-35 para a equipe de «s» (resp. «s2», prazo «pz»).\n",
          e=P(eng.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), c=P(cipa.full), t=P(name_form(g, tst, ["full", "caps"])),
          r=f"{g.d(6)}/{g.pick(UFS)}", nr=g.pick(["NR-35", "NR-22", "NR-37", "NR-33"]),
          w=g.pick(["permissão de trabalho emitida sem APR", "seria prudente revisar a matriz de riscos", "linha de vida sem inspeção",
                    "iluminação deficiente (sem luz no acesso)"]), s=V(g.pick(["andaimes", "caldeiraria", "movimentação de carga", "lavra"])), s2=P(eng.first), pz=g.date("br"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a collective bargaining meeting over hazard pay and on-call allowances."""
    doc = Doc()
    sind = g.pick(SINDICATOS)
    emp = g.pick(OPERATORS + MINERS)
    doc.f("ATA DE REUNIÃO DE NEGOCIAÇÃO COLETIVA Nº «n»/«y»\n\nAos «d», reuniram-se na sede do «s», CNPJ «cs», "
          "e a «e», CNPJ «ce», para tratar do adicional de periculosidade, do sobreaviso e das horas de trajeto.\n\nPresentes:\n",
          n=g.rng.randint(1, 9), y=g.pick([2024, 2025]), d=g.date("long"), s=sind, cs=cnpj_any(g), e=emp, ce=cnpj_any(g))
    pres = []
    for role in ["Presidente do sindicato", "Diretor de saúde do trabalhador", "Gerente de Relações Trabalhistas", "Advogado da empresa",
                 "Assessora jurídica do sindicato"][: g.rng.randint(4, 5)]:
        p = g.person()
        pres.append(p)
        if "Advog" in role or "jurídica" in role:
            doc.f("- «p» («r»), «o»\n", p=P(p.full), r=role, o=(g.council("OAB", g.pick(["RJ", "MG", "ES", "PA"])), "PROFESSIONAL_ID"))
        elif "sindicato" in role or "Diretor" in role:
            doc.f("- «p» («r»), CPF «c»\n", p=P(p.full if g.chance(0.6) else p.caps), r=role, c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("- «p» («r»), «m»\n", p=P(p.full), r=role, m=(corp_mail(p, "bacialeste.com.br"), "EMAIL_ADDRESS"))
    doc.f("\nO «p» abriu a reunião lembrando que a «law» e a «nr» asseguram o adicional de 30%% sobre o salário-base; "
          "a empresa propôs pagar o sobreaviso à razão de «pc» da hora normal no regime 14x21. «w». Após intervalo, «q» apresentou a planilha de "
          "impacto (R$ «v»/ano). Ficou acordado: (i) manutenção da periculosidade integral para quem embarca; (ii) nova reunião "
          "em «d2». O caso individual de «b» (protocolos «pr1» e «pr2») será tratado à parte.\n\n"
          .replace("%%", "%"),
          p=P(pres[0].first if g.chance(0.5) else pres[0].short) if g.chance(0.5) else V("presidente do sindicato"), law=g.pick(["Lei 5.811/1972", "CLT art. 193", "Lei 12.740/2012"]),
          nr=g.pick(["NR-16", "Súmula 364 do TST", "NR-16, Anexo 2"]), pc=g.pick(["20%", "33%", "1/3", "um terço"]),
          w=g.pick(["O sindicato considerou a proposta uma vitória parcial", "Não houve consenso", "A comissão achou prudente consultar a base"]),
          q=P(pres[2].short), v=g.money(200000, 9000000), d2=g.date("br"), b=P(g.person().caps),
          pr1=g.protocol(), pr2=g.protocol())
    doc.t("Assinaturas:\n")
    for p in pres[:2]:
        doc.f("______________________  «p»\n", p=P(p.caps if g.chance(0.5) else p.full))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Labour claim (reclamação trabalhista) of an offshore/mine worker against a contractor and the operator."""
    doc = Doc()
    a = g.person()
    adv, adv2 = g.person(), g.person()
    emp, op = g.pick(CONTRACTORS), g.pick(OPERATORS + MINERS)
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»\n\n\n«a», brasileir«o», «ec», «f», portador«ra» do RG nº «rg», "
          "inscrit«o» no CPF sob o nº «cpf», PIS/NIT «pis», CTPS «ct», nascid«o» em «dob», residente e domiciliad«o» na «ad», "
          "«b», «c»/«uf», CEP «cep», e-mail «em», telefone «tel», por seus advogados infra-assinados, vem propor\n\n"
          "RECLAMAÇÃO TRABALHISTA\n\nem face de «e», CNPJ «ce», com sede na Rua Tenente Coronel Brito, «n», Macaé/RJ, e, "
          "de forma subsidiária, «op», CNPJ «cop», pelos fatos e fundamentos a seguir.\n\n",
          v=g.pick(VARAS).upper(), a=P(a.caps), o=a.o, ec=civil(a), f=g.pick(FUNCOES + MINE_FUNCOES).lower(),
          ra="a" if a.female else "", rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ct=ctps(g),
          dob=(g.dob(g.pick(["br", "long"]), 1960, 2001), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(a), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          e=emp, ce=cnpj_any(g), n=g.rng.randint(10, 900), op=op, cop=cnpj_any(g))
    t1, t2 = g.person(), g.person()
    doc.f("I — DOS FATOS\n«rc» foi admitid«o» em «ad» e embarcava em regime 14x21 na unidade «u», exposto a inflamáveis "
          "(«nr»), sem receber o adicional de periculosidade. Testemunhas: «t1» e «t2», que embarcavam na mesma equipe do "
          "supervisor «s».\n\nII — DOS PEDIDOS\na) adicional de periculosidade de 30%; b) reflexos; c) horas de sobreaviso "
          "(«law»).\n\nDá-se à causa o valor de R$ «val».\n\n«cid», «d».\n\n«adv»\n«oab»\n\n«adv2»\n«oab2»\n",
          rc="A Reclamante" if a.female else "O Reclamante", o=a.o,
          ad=g.date("br", g.pick([2016, 2018, 2020, 2021])), u=g.pick(UNITS + MINES), nr=g.pick(["NR-16, Anexo 2", "NR-20"]),
          t1=P(t1.full), t2=P(name_form(g, t2, ["full", "caps", "short"])), s=P(g.person().short), law="Lei 5.811/1972",
          val=g.money(40000, 900000), cid=g.city()[0], d=g.date("long"), adv=P(adv.caps if g.chance(0.5) else adv.full),
          oab=(g.council("OAB", uf if uf in ("RJ", "MG", "ES", "PA") else "RJ"), "PROFESSIONAL_ID"), adv2=P(adv2.full),
          oab2=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Scanned power of attorney of the heirs of a miner killed at work (OCR damage in names and words)."""
    doc = Doc()
    dead = g.person(female=False)
    widow = g.relative(dead, female=True)
    kids = [g.relative(dead) for _ in range(g.rng.randint(1, 3))]
    adv = g.person()
    scan = g.chance(0.6)

    def o(s: str) -> str:
        return ocr(s, g, 0.3) if scan else s

    doc.f("«h»\n\nOUTORGANTES: «w», «ec», do lar, RG «rg», CPF «cpf», nascida em «dob», residente na «ad», CEP «cep», "
          "«c»/MG, tel. «tel»;\n", h=o("PROCURAÇÃO AD JUDICIA ET EXTRA") + (" [digitalizado — pág. 1/2]" if scan else ""),
          w=P(o(widow.caps if g.chance(0.5) else widow.full)), ec=g.pick(["viúva", "viúva", "companheira sobrevivente"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1955, 1992), "DATE_OF_BIRTH"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=g.pick(["Brumadinho", "Mariana", "Barão de Cocais", "Itabira"]),
          tel=(g.phone(), "PHONE_NUMBER"))
    for k in kids:
        minor = g.chance(0.5)
        doc.f("«k», «m», CPF «cpf», nascid«o» em «dob»«r»;\n", k=P(o(k.caps if g.chance(0.5) else k.full)),
              m="menor impúbere" if minor else "maior, capaz", cpf=(g.cpf(), "BR_CPF"), o=k.o,
              dob=(g.dob("br", 2008 if minor else 1975, 2019 if minor else 2004), "DATE_OF_BIRTH"),
              r=f", neste ato representad{k.o} por sua mãe" if minor else "")
    doc.f("herdeiros de «d» (falecido em «df» no rompimento / acidente da «u»), OUTORGAM a «a», «oab», do escritório «fi», "
          "poderes para o foro em geral, em especial para «obj», podendo receber e dar quitação, inclusive do acordo de "
          "indenização com a «mi», e levantar alvarás na conta «cj».\n\n«c», «dt».\n\n«s»\n",
          d=P(o(dead.full)), df=g.date("br", g.pick([2019, 2023, 2024])), u=g.pick(DAMS + MINES), a=P(o(adv.full)),
          oab=(g.council("OAB", "MG"), "PROFESSIONAL_ID"), fi=g.pick(LAWFIRMS),
          obj=g.pick(["propor ação indenizatória por danos morais e materiais", "habilitação no processo «cnj»".replace("«cnj»", g.cnj("5.03"))]),
          mi=g.pick(MINERS), cj=f"judicial nº {g.d(13)}", c=g.pick(["Brumadinho", "Belo Horizonte", "Itabira"]), dt=g.date("long"),
          s=o("(assinaturas ilegíveis; firma reconhecida por semelhança)"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Out-of-court notice from downstream residents to a miner about the PAE and resettlement."""
    doc = Doc()
    miner, dam = g.pick(MINERS), g.pick(DAMS)
    adv = g.person(female=True)
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTES:\n", )
    for _ in range(g.rng.randint(2, 3)):
        p = g.person()
        rural = g.chance(0.4)
        addr = (f"Estrada {g.pick(['Municipal', 'Vicinal'])} {g.pick(['MG-', 'BR-', 'LMG-'])}{g.rng.randint(10, 800)}, km {g.rng.randint(1, 40)}, "
                f"Sítio {g.pick(['Boa Esperança', 'Santa Luzia', 'Flor do Campo', 'Recanto Aurora', 'Três Irmãos'])}") if rural else g.address()
        doc.f("«p», «ec», «pr», CPF «cpf», residente na «ad», «b», CEP «cep»;\n", p=P(p.full), ec=civil(p),
              pr=g.pick(["aposentada", "agricultora", "pescadora artesanal", "comerciante", "professora", "do lar"] if p.female
                        else ["aposentado", "agricultor", "pescador artesanal", "comerciante", "professor", "garimpeiro"]),
              cpf=(g.cpf(), "BR_CPF"), ad=(addr, "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.f("\nNOTIFICADA: «m», CNPJ «cnpj», responsável pela «b».\n\nOs Notificantes, por sua advogada «a» («oab»), "
          "residem na Zona de Autossalvamento (ZAS) da «b», classificada em nível de emergência «n» desde «d». Vêm NOTIFICAR a "
          "empresa para que, no prazo de 15 dias: (a) apresente o PAEBM atualizado («law»); (b) informe o cronograma de "
          "reassentamento; (c) custeie aluguel social. Os ruídos de detonação na «m2» e a sirene testada às «h» não foram "
          "precedidos de aviso. A vizinha «v» (tel. «t») relata trincas na casa.\n\nRespostas para «e» ou «a2», «tel».\n",
          m=miner, cnpj=cnpj_any(g), b=dam, a=P(adv.full), oab=(g.council("OAB", "MG"), "PROFESSIONAL_ID"), n=g.rng.randint(1, 3),
          d=g.date("br"), law=g.pick(["Lei 12.334/2010, art. 12", "Lei 14.066/2020", "Lei 23.291/2019 (MG)"]),
          m2=g.pick(["Mina Aurora", "cava Barão de Mauá", "frente de lavra Norte"]), h=g.hm(), v=P(name_form(g, g.person(female=True), ["full", "first", "nick"])),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(adv, g.pick(["gmail.com", "adv.br", "outlook.com"])), "EMAIL_ADDRESS"),
          a2=P(adv.first), tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_laudo(g: Gen) -> Doc:
    """Court expert report on hazard pay (laudo pericial de periculosidade) with the inspection attendees."""
    doc = Doc()
    perito, at1, at2, rec, sv = g.person(), g.person(), g.person(), g.person(), g.person()
    named = g.chance(0.5)
    doc.f("Processo nº «cnj» — «v»\nReclamante: «r» (CPF «rcpf»)   Reclamada: «e»\n\nLAUDO PERICIAL DE PERICULOSIDADE\n\n"
          "Perito do juízo: «eng» «p», engenheir«o» de segurança do trabalho, «crea», «pe», «pt»\n\n",
          cnj=g.cnj(g.pick(["5.01", "5.03", "5.08", "5.17"])), v=g.pick(VARAS), r=P(rec.caps), rcpf=(g.cpf(), "BR_CPF"), e=g.pick(CONTRACTORS),
          eng="Eng.ª" if perito.female else "Eng.", o=perito.o, p=P(perito.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), pe=(g.email(perito), "EMAIL_ADDRESS"), pt=(g.phone(), "PHONE_NUMBER"))
    doc.f("1. DILIGÊNCIA\nRealizada em «d», às «h», na «u», com a presença de: «r» (reclamante); «a1», assistente técnico da "
          "reclamada («c1»); «a2», assistente do reclamante («c2»); e «s»«sc» supervis«sor» de turno, que acompanhou a vistoria a "
          "pedido do gerente da unidade.\n\n2. ATIVIDADES\nO reclamante exercia a função de «f», com acesso diário à área "
          "classificada (zona 1) do módulo de compressão e ao tanque de «x». Pelo «nr», caracteriza-se a periculosidade "
          "(item 1, alínea «al»).\n\n3. CONCLUSÃO\nHá periculosidade no período de «p1» a «p2». «w».\n\n«cid», «dt».\n«p2n»\n",
          d=g.date("br"), h=g.hm(), u=g.pick(UNITS + MINES), r=P(rec.first if g.chance(0.4) else rec.full), a1=P(at1.full),
          c1=(g.council("CREA"), "PROFESSIONAL_ID"), a2=P(at2.full), c2=(g.council("CREA"), "PROFESSIONAL_ID"),
          s=P(name_form(g, sv, ["full", "short", "caps"])) if named else "o", sc="," if named else "",
          sor="ora" if named and sv.female else "or", f=g.pick(FUNCOES + MINE_FUNCOES).lower(),
          x=g.pick(["diesel", "condensado", "metanol", "explosivos"]), nr=g.pick(["Anexo 2 da NR-16", "Anexo 1 da NR-16"]),
          al=g.pick("abcdef"), p1=g.date("br", 2019), p2=g.date("br", 2024),
          w=g.pick(["Seria prudente que o juízo oficiasse a ANP", "Respondidos os quesitos em anexo",
                    "A reclamada não apresentou o PPRA/PGR solicitado"]),
          cid=g.pick(["Macaé", "Itabira", "Vitória", "Parauapebas"]), dt=g.date("long"), p2n=P(perito.caps))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Legal department CSV of labour claims by contractors' workers (provisioning)."""
    doc = Doc()
    sep = g.pick([";", "\t", ","])
    doc.f("# contencioso_trabalhista_contratadas_«d».csv — exportado por «a» («l»)\n", d=g.date("compact"),
          a=P((an := g.person()).short), l=login(an))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p, adv = g.person(), g.person()
        rows.append([V(g.cnj(g.pick(["5.01", "5.03", "5.17", "5.08"]))), P(p.caps if g.chance(0.6) else p.full),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), V(g.pick(CONTRACTORS)), V(g.pick(["periculosidade", "sobreaviso",
                     "acidente típico", "horas in itinere", "dano moral"])), V(g.money(5000, 800000)),
                     V(g.pick(["provável", "possível", "remota"])), P(adv.full if g.chance(0.6) else adv.caps) if g.chance(0.5) else V(""),
                     (g.council("OAB", g.pick(["RJ", "MG", "ES", "PA", "SP"])), "PROFESSIONAL_ID")])
    table_csv(doc, ["processo", "reclamante", "cpf_reclamante", "empregadora", "objeto", "valor_causa", "risco", "adv_reclamante", "oab"],
              rows, sep=sep)
    doc.f("# total provisionado: R$ «v» | ref. «law»\n", v=g.money(100000, 5000000), law=g.pick(["CPC 25", "NBC TG 25", "IAS 37"]))
    return doc


JU = [ju_ria, ju_ata, ju_peticao, ju_procuracao, ju_notificacao, ju_laudo, ju_planilha]


# --------------------------------------------------------------------------- saude

CLINICS = ["Clínica Ocupacional Imbetiba", "MedTrab Macaé Saúde Ocupacional Ltda", "Clínica Santa Luzia de Itabira",
           "Centro Médico Carajás Ocupacional", "SESMT — Base Operacional Cabiúnas", "Ambulatório Mina Serra Azul"]
EXAMES = ["audiometria", "espirometria", "ECG", "EEG", "hemograma", "glicemia", "acuidade visual", "RX tórax OIT",
          "teste de Romberg", "avaliação psicossocial (NR-33/35)", "gama-GT", "toxicológico"]


def sa_aso(g: Gen) -> Doc:
    """ASO (occupational health certificate) form, sometimes scanned, for work at height and confined spaces."""
    doc = Doc()
    w, ex, co = g.person(), g.person(), g.person()
    scan = g.chance(0.35)

    def o(s: str) -> str:
        return ocr(s, g, 0.35) if scan else s

    kind = g.pick(["ADMISSIONAL", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"])
    doc.f("«h»\n«cl» — CNPJ «ccl»\n\nEmpresa: «e»   CNPJ: «ce»\nTrabalhador(a): «w»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»   CNS: «cns»\n"
          "Função: «f»   Setor/GHE: «gh»\n\nRiscos: «r»\nExames complementares: «x»\n\n",
          h=o("ATESTADO DE SAÚDE OCUPACIONAL — ASO ") + kind + (" [cópia digitalizada]" if scan else ""),
          cl=g.pick(CLINICS), ccl=cnpj_any(g), e=g.pick(CONTRACTORS), ce=cnpj_any(g), w=P(o(w.caps if g.chance(0.6) else w.full)),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "nopad"]), 1962, 2004), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), f=g.pick(FUNCOES + MINE_FUNCOES), gh=f"GHE-{g.d(2)} {g.pick(['convés', 'casario', 'lavra', 'planta de beneficiamento', 'oficina'])}",
          r=", ".join(g.rng.sample(["ruído contínuo", "H2S", "benzeno", "trabalho em altura", "espaço confinado", "poeira de sílica",
                                   "vibração de corpo inteiro", "radiação não ionizante", "calor"], 3)),
          x=", ".join(f"{e} ({g.date('br')})" for e in g.rng.sample(EXAMES, 3)))
    doc.f("PARECER: «p»\n[«a1»] apto para trabalho em altura (NR-35)   [«a2»] apto para espaço confinado (NR-33)   "
          "[«a3»] apto para embarque (CBSP/HUET)\n\nMédico examinador: «m» — «crm»\nCoordenador do PCMSO: «c» — «crm2»\n"
          "Data: «d»   «obs»\n",
          p=g.pick(["APTO", "APTO", "APTO", "INAPTO TEMPORARIAMENTE", "APTO COM RESTRIÇÃO"]), a1=g.pick("XX "), a2=g.pick("X  "),
          a3=g.pick("XX "), m=P(o(ex.full)), crm=(g.council("CRM", g.pick(["RJ", "MG", "ES", "PA"])), "PROFESSIONAL_ID"),
          c=P(co.full if g.chance(0.6) else co.caps), crm2=(g.council("CRM", g.pick(["RJ", "MG", "ES", "PA"])), "PROFESSIONAL_ID"),
          d=g.date("br"), obs=g.pick(["", "Uso obrigatório de lentes corretivas.", "Reavaliar PA em 30 dias (CID I10).",
                                       f"Retorno após CID {g.pick(CIDS)}.", "Hipoacusia leve OD, sem restrição."]))
    return doc


def sa_dossie(g: Gen) -> Doc:
    """Contractor's mobilisation dossier: identity documents, NR-33/NR-35 certificates, vaccines, ASO (checklist)."""
    doc = Doc()
    w, inst, eng, fisc = g.person(), g.person(), g.person(), g.person()
    doc.f("DOSSIÊ DE MOBILIZAÇÃO — «e»\nContrato «ct» / «op»\nColaborador: «w»   Função: «f»\n\n",
          e=g.pick(CONTRACTORS).upper(), ct=f"{g.d(4)}.{g.d(7)}.{g.d(2)}.{g.d(1)}", op=g.pick(OPERATORS + MINERS),
          w=P(w.caps), f=g.pick(FUNCOES + MINE_FUNCOES))
    items = [("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("PIS/NIT", (g.pis(), "BR_PIS")),
             ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")), ("Cartão SUS", (g.cns(), "BR_CNS")),
             ("CNH (cat. D, EAR)", (g.cnh(), "BR_CNH")), ("Data de nascimento", (g.dob("br", 1963, 2003), "DATE_OF_BIRTH"))]
    doc.t("1) DOCUMENTOS PESSOAIS\n")
    for label, val in g.rng.sample(items, g.rng.randint(5, 7)):
        doc.f("  [«c»] «l»: «v»\n", c=g.pick("xxxX"), l=label, v=val)
    doc.f("  [x] Comprovante de residência: «ad», «c» — CEP «cep»\n", ad=(g.address(), "ADDRESS"), c="/".join(g.city()),
          cep=(g.cep(), "BR_CEP"))
    doc.f("\n2) TREINAMENTOS\n  [x] NR-35 Trabalho em Altura — cert. nº «n1», 8h, instrutor «i»«ic», resp. técnico Eng. «e» («crea»), validade «v1»\n"
          "  [x] NR-33 Trabalhador Autorizado — cert. nº «n2», 16h, validade «v2»\n  [«h»] CBSP + HUET (OPITO) — «n3», validade «v3»\n"
          "  [x] NR-10 Básico — «n4»\n\n",
          n1=g.protocol(), **({"i": P(name_form(g, inst, ["full", "short", "caps"])), "ic": ""} if g.chance(0.5)
             else {"i": "", "ic": "(EAD, turma " + g.d(3) + ")"}), e=P(eng.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"),
          v1=g.date("br", 2026), n2=f"{g.d(5)}/{g.pick([2024, 2025])}", v2=g.date("br", 2026), h=g.pick("x "),
          n3=f"OPITO {g.d(6)}", v3=g.date("br", g.pick([2026, 2027])), n4=g.neg11())
    doc.f("3) SAÚDE\n  [x] ASO periódico de «d» (apto NR-33/NR-35), «md» «m» («crm»)\n  [«fa»] Vacina febre amarela, dT, hepatite B\n"
          "  Contato de emergência: «ce» — «ct»\n\nConferido por «f» (fiscal do contrato) em «dc». «w».\n",
          d=g.date("br"), md="médica" if (mp := g.person()).female else "médico", m=P(mp.short), crm=(g.council("CRM"), "PROFESSIONAL_ID"), fa=g.pick("x "),
          ce=P(name_form(g, g.relative(w), ["full", "first", "short"])), ct=(g.phone(), "PHONE_NUMBER"),
          f=P(fisc.full), dc=g.date("br"), w=g.pick(["Liberado para embarque", "Pendente HUET — não embarcar",
                                                     "Seria prudente antecipar a reciclagem NR-33", "OK"]))
    return doc


def sa_medevac(g: Gen) -> Doc:
    """Offshore medevac e-mail from the nurse on board to the onshore medical coordination."""
    doc = Doc()
    nurse, doc_on, pat = g.person(), g.person(), g.person()
    unit = g.pick(UNITS)
    doc.f("De: «n» <«ne»>\nPara: coordmed@«dom»; «d» <«de»>\nAssunto: MEDEVAC «pr» — «u» — «p»\n\n",
          n=P(nurse.full), ne=(corp_mail(nurse, "bacialeste.com.br"), "EMAIL_ADDRESS"), dom="bacialeste.com.br",
          d=P(doc_on.full), de=(corp_mail(doc_on, "bacialeste.com.br"), "EMAIL_ADDRESS"), pr=g.pick(["URGENTE", "PRIORIDADE 2", "ELETIVO"]),
          u=unit, p=P(pat.caps))
    doc.f("«dr»«dn»,\n\nSolicito remoção aeromédica de «p», «f» da «e», nasc. «dob», CPF «cpf», CNS «cns».\n"
          "Queixa: «q». Sinais vitais às «h»: PA «pa», FC «fc», SpO2 «sp»%%, Glasgow «gl». Hipótese: CID «cid».\n"
          "Conduta: «c». Regulação por teleconsulta com «t» («crm»).\n\nFamiliar avisado: «fam» («rel»), tel. «ft».\n"
          "Aeronave prevista: «ac», pouso estimado em «hp» às «hh».\n\n«n2»\nEnfermeir«o» do Trabalho — «coren»\n«u»\n"
          .replace("%%", "%"),
          **({"dr": g.pick(["Dr. ", "Dra. " if doc_on.female else "Dr. ", "Boa tarde, "]), "dn": P(doc_on.first)} if g.chance(0.4)
             else {"dr": g.pick(["Prezados", "Boa tarde", "Senhores"]), "dn": ""}), p=P(pat.full),
          f=g.pick(FUNCOES).lower(), e=g.pick(CONTRACTORS), dob=(g.dob("br", 1962, 2002), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), q=g.pick(["dor torácica em aperto há 40 min", "trauma em mão D com o guincho", "queimadura em MMSS (vapor)",
                                             "cefaleia súbita e vômitos", "dor lombar intensa após içamento", "crise convulsiva"]),
          h=g.hm(), pa=f"{g.rng.randint(90, 190)}x{g.rng.randint(50, 110)}", fc=g.rng.randint(50, 140), sp=g.rng.randint(86, 99),
          gl=g.rng.randint(11, 15), cid=g.pick(CIDS), c=g.pick(["AAS 300 mg, O2 por cateter", "imobilização e analgesia", "acesso venoso, SF 0,9%"]),
          t=P(doc_on.short), crm=(g.council("CRM", "RJ"), "PROFESSIONAL_ID"), fam=P(name_form(g, (fm := g.relative(pat)), ["full", "first", "short"])),
          rel=g.pick(["esposa", "mãe", "irmã", "companheira", "filha"] if fm.female else ["marido", "pai", "irmão", "companheiro", "filho"]), ft=(g.phone(), "PHONE_NUMBER"),
          ac=f"{g.pick(['AW139', 'S-92'])} {aircraft(g)}", hp=g.pick(HELIPORTS), hh=g.hm(), n2=P(nurse.short) if g.chance(0.6) else V("Enfermagem de bordo"), o=nurse.o,
          coren=(g.council("COREN", "RJ"), "PROFESSIONAL_ID"), u=unit)
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (work accident report) as filled in the INSS form, field by field."""
    doc = Doc()
    w = g.person()
    mom = g.relative(w, female=True)
    medico = g.person()
    city, uf = g.city()
    sep = g.pick([": ", " .......... ", " | "])
    doc.t("COMUNICAÇÃO DE ACIDENTE DO TRABALHO — CAT\n")
    doc.f("Emitente«s»1 - Empregador   Tipo«s»«t»\nRazão social«s»«e»\nCNPJ«s»«c»\nCNAE«s»«cn»\n\nACIDENTADO\n", s=sep,
          t=g.pick(["1 - Inicial", "2 - Reabertura", "3 - Comunicação de óbito"]), e=g.pick(CONTRACTORS + MINERS), c=cnpj_any(g),
          cn=g.pick(["0710-3/01", "0600-0/01", "0910-6/00", "4292-8/02"]))
    fields = [("Nome", P(w.caps)), ("Nome da mãe", P(mom.caps if g.chance(0.6) else mom.full)),
              ("Data de nascimento", (g.dob(g.pick(["br", "short"]), 1963, 2004), "DATE_OF_BIRTH")), ("Sexo", V("F" if w.female else "M")),
              ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("RG", (g.rg(), "BR_RG")), ("CTPS", V(ctps(g))),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP")),
              ("Município/UF", V(f"{city}/{uf}")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    for k, v in fields:
        doc.f("«k»«s»«v»\n", k=k, s=sep, v=v)
    doc.f("\nACIDENTE\nData«s»«d»   Hora«s»«h»   Após «hs» h de trabalho\nLocal«s»«l»\nParte atingida«s»«pa»\nAgente causador«s»«ag»\n"
          "Testemunha«s»«t» — «tt»\n\nATESTADO MÉDICO\nUnidade«s»«un»\nDiagnóstico provável«s»«dg»   CID-10«s»«cid»\n"
          "Afastamento«s»«af»\nMédico«s»«m» — «crm»\n",
          s=sep, d=g.date("br"), h=g.hm(), hs=g.rng.randint(1, 11), l=g.pick(UNITS + MINES), pa=g.pick(["mão esquerda", "pé direito",
          "coluna lombar", "olhos", "múltiplas", "face"]), ag=g.pick(["guindaste", "grating", "martelete", "caminhão fora de estrada",
          "vapor d'água", "correia transportadora", "rocha"]), t=P(g.person().full), tt=(g.phone(), "PHONE_NUMBER"),
          un=g.pick(["Hospital Público de Macaé", "UPA Itabira", "Hospital Yutaka Takeda", "Santa Casa de Ouro Preto"]),
          dg=g.pick(["fratura", "contusão", "entorse", "queimadura de 2º grau", "corpo estranho na córnea"]), cid=g.pick(CIDS),
          af=g.pick(["Sim, 15 dias", "Não", "Sim, indeterminado"]), m=P(medico.full),
          crm=(g.council("CRM", uf if uf in UFS else "RJ"), "PROFESSIONAL_ID"))
    return doc


def sa_agenda(g: Gen) -> Doc:
    """Occupational clinic's CSV of periodic exams scheduled for the crew before the next boarding."""
    doc = Doc()
    sep = g.pick([";", ",", "|"])
    doc.f("«cl» — agenda de periódicos «d» (gerado «ts» por «u»)\n", cl=g.pick(CLINICS), d=g.date("br"),
          ts=g.hm(), u=g.pick(["sistema SOC", "agenda.bot", "ws_integracao", "recepcao02"]))
    rows = []
    n = g.rng.randint(4, 6)
    dobf = g.pick(["br", "iso"])
    for t in g.times(n, 7 * 3600, 17 * 3600):
        p = g.person()
        rows.append([V(t), P(p.caps if g.chance(0.5) else p.plain), (g.cpf("raw"), "BR_CPF"),
                     (g.dob(dobf, 1962, 2004), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.5) else V(""), V(g.pick(CONTRACTORS).split(" ")[0]),
                     V("+".join(g.rng.sample(["AUDIO", "ESPIRO", "ECG", "EEG", "HMG", "GLIC", "RX", "PSICO"], 3))),
                     (g.phone("raw"), "PHONE_NUMBER")])
    table_csv(doc, ["hora", "paciente", "cpf", "dt_nasc", "cns", "empresa", "exames", "fone"], rows, sep=sep)
    doc.f("obs: «m» («crm») atende até 12h; após, «m2». Faltas: reagendar pelo 0800 ou agenda@«dom».\n",
          m=P(g.person().short), crm=(g.council("CRM", g.pick(["RJ", "MG", "PA"])), "PROFESSIONAL_ID"), m2=P(g.person().first) if g.chance(0.5) else V("plantonista"),
          dom=g.pick(["medtrabmacae.com.br", "clinicaimbetiba.com.br"]))
    return doc


def sa_zas(g: Gen) -> Doc:
    """Primary-care unit list of vulnerable residents in the dam's self-rescue zone, for evacuation support."""
    doc = Doc()
    ubs = g.pick(["UBS Córrego do Feijão", "ESF Bento Rodrigues II", "UBS Vila Esperança", "ESF Rosa dos Ventos", "UBS Parque das Flores"])
    enf = g.person(female=True)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE — «u»\nRelação de usuários com mobilidade reduzida na ZAS da «b» (apoio ao PAEBM)\n"
          "Responsável: Enf. «e» («cor»)   Atualização: «d»\n\n", u=ubs, b=g.pick(DAMS), e=P(enf.full),
          cor=(g.council("COREN", "MG"), "PROFESSIONAL_ID"), d=g.date("br"))
    rows = []
    for i in range(g.rng.randint(3, 5)):
        p = g.person()
        acs = g.person()
        rows.append([V(str(i + 1)), P(p.full if g.chance(0.6) else p.caps), (g.dob("br", 1928, 1960), "DATE_OF_BIRTH"),
                     (g.cns(True), "BR_CNS"), (g.address("caps" if g.chance(0.3) else "text"), "ADDRESS"),
                     V(g.pick(["acamado", "O2 domiciliar", "cadeirante", "hemodiálise 3x/sem", "demência", "amputado MID"])),
                     (g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), P(acs.first) if g.chance(0.5) else V(g.pick(["micro 2", "micro 4", "s/ ACS"]))])
    table_fixed(doc, ["#", "Usuário", "Nasc.", "CNS", "Endereço", "Condição", "Tel. cuidador", "ACS"], rows,
                ruler=g.pick(["-", "=", None]), sep=" | " if g.chance(0.5) else "  ")
    doc.f("\nCIDs mais frequentes: «c1», «c2», «c3». Transporte sanitário acionar «t» (plantão). «w».\n",
          c1=g.pick(CIDS), c2=g.pick(["I10", "E11.9", "J44.9", "N18.5"]), c3=g.pick(["F03", "G30.9", "I69.4"]),
          t=(g.phone(mobile=False), "PHONE_NUMBER"), w=g.pick(["Dona Flor Imóveis cedeu o galpão como ponto de apoio",
                                                              "Seria prudente revisar a lista a cada 3 meses",
                                                              "Rota alternativa pela Amado Nervo se a ponte estiver interditada"]))
    return doc


def sa_chat(g: Gen) -> Doc:
    """WhatsApp chat between the onshore occupational nurse and a worker on sick leave, plus a referral."""
    doc = Doc()
    nurse, w, psi = g.person(female=g.chance(0.7)), g.person(), g.person()
    d = g.date("br")
    ts = g.times(8, 7 * 3600, 21 * 3600)
    n_name = name_form(g, nurse, ["full", "short"])
    nn = P(n_name) if g.chance(0.5) else V(g.pick(["SESMT Saúde Ocupacional", "Enfermagem do Trabalho BL", "Saúde Ocupacional - Base Imbetiba"]))
    w_name = (g.phone("plus"), "PHONE_NUMBER") if g.chance(0.6) else P(name_form(g, w, ["short", "first", "nick", "full"]))
    lines = [
        (nn, "Oi «x», aqui é «n» do SESMT da «e». Recebi seu atestado, tá legível só metade", dict(x=P(w.first), n=P(nurse.first), e=g.pick(["Atlântica", "Bacia Leste", "Serra Azul", "Pico Branco", "Maré Alta"]))),
        (w_name, "oi «n», o médico deu 10 dias, CID «cid». vou mandar de novo", dict(n=P(nurse.first), cid=g.pick(CIDS))),
        (w_name, "<anexo: atestado_«f».jpg>", dict(f=g.d(8))),
        (nn, "Agora sim. «tt» «m» «crm», ok. Confirma seu CPF, data de nascimento e cartão do SUS pro sistema?", dict(tt="Dra." if (md := g.person()).female else "Dr.", m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))),
        (w_name, "«cpf» «dob»\nsus «cns»", dict(cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1965, 2003), "DATE_OF_BIRTH"),
                                          cns=(g.cns(), "BR_CNS"))),
        (nn, "Obrigad«o». Também marquei acolhimento com a psicóloga «p» («crp»), ela te liga do «t»", dict(o=nurse.o, p=P(psi.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"))),
        (w_name, "blz. o desembarque foi tenso, a luz apagou no módulo e o colega «c» se machucou também", dict(c=P(g.person().nick))),
        (nn, "Fique tranquilo. O retorno é com ASO de retorno, a gente agenda. Qualquer coisa: sesmt.saude@«dom»", dict(dom="atlanticapg.com.br")),
    ]
    ios = g.chance(0.5)
    for (who, msg, vals), t in zip(lines, ts):
        doc.t(f"[{d} {t}] " if ios else f"{d} {t} - ")
        doc.e(*who)
        doc.t(": ")
        doc.f(msg + "\n", **vals)
    return doc


SA = [sa_aso, sa_dossie, sa_medevac, sa_cat, sa_agenda, sa_zas, sa_chat]


# --------------------------------------------------------------------------- financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]


def pix_any(g: Gen, p: Person) -> tuple:
    k = g.rng.random()
    if k < 0.45:
        return (g.uuid(), "PIX_KEY")
    if k < 0.65:
        return (g.email(p), "EMAIL_ADDRESS")
    if k < 0.85:
        return (g.cpf("raw"), "BR_CPF")
    return (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")


def money_plain(g: Gen, lo: int, hi: int) -> str:
    return g.money(lo, hi).replace(".", "")


def fi_diarias(g: Gen) -> Doc:
    """Per-diem spreadsheet of a contractor's crew (semicolon CSV or fixed width), bank data and Pix keys."""
    doc = Doc()
    emp = g.pick(CONTRACTORS)
    doc.f("«e» — PLANILHA DE DIÁRIAS DE EMBARQUE — competência «c»\nUnidade: «u»   Valor diária: R$ «v»   Aprovador: «a»\n\n",
          e=emp.upper(), c=g.date("br")[3:], u=g.pick(UNITS + MINES), v=g.money(80, 260), a=P(g.person().short))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        code, bank = g.pick(BANKS)
        dias = g.rng.randint(7, 28)
        rows.append([V(mat(g)), P(p.caps if g.chance(0.7) else p.full), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(code),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), pix_any(g, p), V(str(dias)),
                     V(money_plain(g, 500, 7000))])
    cols = ["MATR", "NOME", "CPF", "BCO", "AG", "CONTA", "CHAVE PIX", "DIAS", "TOTAL R$"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, sep=";")
    else:
        table_fixed(doc, cols, rows, ruler=g.pick(["-", "=", None]))
    doc.f("\nTotal geral: R$ «t» | Lote Pix «l» agendado para «d». Dúvidas: financeiro@«dom».\n",
          t=g.money(5000, 60000), l=g.neg11(), d=g.date("br"), dom=re.sub(r"[^a-z]", "", fold(emp.split(" ")[0]).lower()) + ".com.br")
    return doc


def fi_bm(g: Gen) -> Doc:
    """Contractor's monthly measurement bulletin (boletim de medição) cover letter with invoice and bank data."""
    doc = Doc()
    emp, op = g.pick(CONTRACTORS), g.pick(OPERATORS + MINERS)
    fisc, gest, rep = g.person(), g.person(), g.person()
    code, bank = g.pick(BANKS)
    doc.f("«c», «d»\n\nÀ «op» (CNPJ «cop»)\nGerência de Contratos de Serviços — A/C «f» (fiscal) e «g» (gest«go»)\n\n"
          "Ref.: Boletim de Medição nº «bm» — Contrato «ct» — período «p1» a «p2»\n\nPrezados,\n\n"
          "A «e», inscrita no CNPJ sob o nº «ce», encaminha o BM «bm» no valor de R$ «v», referente a «s». "
          "Segue a NF-e nº «nf» (chave «ch»), com retenção de ISS («iss»%%) e INSS (11%%).\n\n"
          "Dados para pagamento: «bank» (banco «code»), agência «ag», conta corrente «cc», titular «e».\n"
          "Obs.: as horas de sobreaviso de «w1» e «w2» (mobilização emergencial em «de») constam em anexo.\n\n"
          "Atenciosamente,\n\n«r»\n«rc» — «e»\n«re» | «rt»\n".replace("%%", "%"),
          c=g.pick(["Macaé", "Rio das Ostras", "Itabira", "Parauapebas", "Vitória"]), d=g.date("long"), op=op, cop=cnpj_any(g), f=P(fisc.full),
          g=P(gest.short), go="ora" if gest.female else "or", bm=f"{g.d(3)}/{g.pick([2024, 2025])}", ct=f"{g.d(10)}", p1=(per := date_pair(g, 30))[0], p2=per[1],
          e=emp, ce=cnpj_any(g), v=g.money(80000, 4000000),
          s=g.pick(["serviços de andaime e pintura na FPSO", "manutenção de caminhões fora de estrada", "inspeção submarina de risers",
                    "hotelaria e catering a bordo", "monitoramento geotécnico da barragem"]),
          nf=g.d(6), ch=" ".join(g.d(4) for _ in range(11)), iss=g.pick(["2", "3", "5"]), bank=bank, code=code,
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(True), "BANK_ACCOUNT"), w1=P(g.person().full),
          w2=P(name_form(g, g.person(), ["full", "caps", "short"])), de=g.date("br"), r=P(rep.full),
          rc=g.pick(["Diretor Comercial", "Gerente de Contrato", "Coordenadora Administrativa"]),
          re=(corp_mail(rep, re.sub(r"[^a-z]", "", fold(emp.split(" ")[0]).lower()) + ".com.br"), "EMAIL_ADDRESS"),
          rt=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Expense claim of a worker (taxi, hotel, rental car) with corporate card and reimbursement account."""
    doc = Doc()
    w, mgr = g.person(), g.person()
    code, bank = g.pick(BANKS)
    doc.f("RELATÓRIO DE DESPESAS DE VIAGEM — RDV «n»\nColaborador: «w»   Matrícula: «m»   CPF: «cpf»\n"
          "Centro de custo: «cc» («u»)   Motivo: «mo»\n\n", n=g.d(6), w=P(w.full if g.chance(0.6) else w.caps), m=mat(g),
          cpf=(g.cpf(), "BR_CPF"), cc=f"CC{g.d(5)}", u=g.pick(UNITS + MINES),
          mo=g.pick(["desembarque antecipado por tempo", "treinamento HUET em Macaé", "auditoria de barragem", "mobilização de equipe"]))
    items = []
    for _ in range(g.rng.randint(3, 5)):
        kind = g.pick(["Táxi", "Hotel", "Locação veículo", "Alimentação", "Passagem rodoviária", "Combustível"])
        card = g.chance(0.5)
        if card:
            pay = (g.card(g.chance(0.7)), "CREDIT_CARD") if g.chance(0.75) else V(f"{g.d(4)} **** **** {g.d(4)}")
        else:
            pay = V(g.pick(["dinheiro", "Pix pessoal", "débito pessoal"]))
        desc = kind
        if kind == "Locação veículo":
            items.append((g.date("br"), desc + " placa ", (g.plate(), "LICENSE_PLATE"), pay))
        else:
            items.append((g.date("br"), desc, None, pay))
    doc.t("DATA        DESPESA                         PAGO COM                 VALOR\n")
    for d, desc, plate, pay in items:
        doc.t(f"{d}  ")
        if plate:
            doc.t(desc)
            doc.e(*plate)
            doc.t(" " * max(1, 32 - len(desc) - len(plate[0])))
        else:
            doc.t(desc.ljust(32))
        doc.e(*pay)
        doc.t(" " * max(1, 25 - len(pay[0])) + g.money(30, 1800).rjust(9) + "\n")
    doc.f("\nReembolso em conta: «b» ag. «ag» c/c «cc»\nAprovado por: «mg» («me») em «d»\nCartão corporativo: fatura «fa», "
          "conciliação pendente de «k» itens.\n", b=bank, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          mg=P(mgr.full), me=(corp_mail(mgr, g.pick(["atlanticapg.com.br", "serraazul.com.br", "bacialeste.com.br"])), "EMAIL_ADDRESS"),
          d=g.date("br"), fa=f"{g.pick(MONTHS)}/{g.pick([2024, 2025])}", k=g.rng.randint(0, 4))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll print-out of hazard pay (periculosidade), on-call and night shift, fixed width."""
    doc = Doc()
    emp = g.pick(CONTRACTORS + MINERS)
    doc.f("«e»  CNPJ «c»\nRESUMO DA FOLHA — ADICIONAIS (periculosidade 30%, sobreaviso, noturno)  Competência «m»\n\n",
          e=emp.upper(), c=cnpj_any(g), m=g.date("br")[3:])
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        base = g.rng.randint(2800, 14000)
        rows.append([V(mat(g)), P(fold(p.full).upper() if g.chance(0.7) else p.full), (g.pis(g.pick(["dot", "raw"])), "BR_PIS"),
                     V(f"{base:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")),
                     V(f"{base * 0.3:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")),
                     V(g.money(0, 3000)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_fixed(doc, ["MATR.", "NOME", "PIS", "SAL.BASE", "PERIC.30%", "SOBREAV.", "AG", "CONTA"], rows,
                ruler=g.pick(["-", "=", None]), upper=True)
    doc.f("\nBase legal: «l». Conferido por «a» — DP. Processado em «d» (lote «lo»).\n",
          l=g.pick(["CLT art. 193 e NR-16", "Lei 5.811/1972, art. 6º", "ACT 2025/2026, cl. 14ª"]), a=P(g.person().short),
          d=g.date("br"), lo=g.neg11())
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """Emergency aid (auxílio emergencial) paid by the miner to displaced downstream families, CSV."""
    doc = Doc()
    miner, dam = g.pick(MINERS), g.pick(DAMS)
    sep = g.pick([",", ";"])
    doc.f("# auxilio_emergencial_«b»_lote«l».csv — «m» (TAC «tac»)\n", b=re.sub(r"\W+", "_", fold(dam)).lower(), l=g.d(3),
          m=miner, tac=f"{g.d(3)}/{g.pick([2024, 2025])}")
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        k = g.rng.random()
        if k < 0.5:
            pay = [(g.uuid(), "PIX_KEY"), V(""), V("")]
        elif k < 0.8:
            pay = [V(""), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            pay = [(g.cpf("raw"), "BR_CPF"), V(""), V("")]
        rows.append([P(p.full if g.chance(0.6) else p.caps), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"]), 1935, 2006), "DATE_OF_BIRTH"), (g.address(g.pick(["text", "caps", "low"])), "ADDRESS"),
                     (g.cep(False) if g.chance(0.3) else g.cep(), "BR_CEP")] + pay + [V(money_plain(g, 1412, 4500)),
                     V(g.pick(["ZAS", "ZSS", "reassentado", "aluguel social"]))])
    table_csv(doc, ["titular", "cpf", "nascimento", "endereco_origem", "cep", "chave_pix", "agencia", "conta", "valor", "situacao"],
              rows, sep=sep)
    doc.f("# conferência: «a» / auditoria independente: «b»\n", a=P(g.person().full), b=g.pick(["Fortunato & Bravo Auditores",
                                                                                             "Amado Auditoria Ltda", "KLM Auditores"]))
    return doc


def fi_cnab(g: Gen) -> Doc:
    """Payment batch log of the miner's treasury: approvals with IPs, then a CNAB-like remittance excerpt."""
    doc = Doc()
    a1, a2 = g.person(), g.person()
    day = g.date("iso")
    tt = [f"{t}:{g.rng.randint(10, 59)}" for t in g.times(6, 6 * 3600, 22 * 3600)]
    doc.f("[«d» «t1»] lote «l» criado por usr=«u1» (fornecedores/diarias), «k» pagamentos, total R$ «v»\n"
          "[«d» «t2»] aprovação 1/2: «n1» (usr=«u1b») ip=«ip1» token OK\n[«d» «t3»] aprovação 2/2: «n2» (usr=«u2») ip=«ip2» token OK\n"
          "[«d» «t4»] remessa CNAB240 gerada: REM«r».rem\n\n",
          d=day, t1=tt[0], t2=tt[1], t3=tt[2], t4=tt[3], l=g.d(6), u1="sap_batch", k=g.rng.randint(3, 5), v=g.money(5000, 400000),
          n1=P(a1.full), u1b=login(a1), ip1=(g.ip(), "IP_ADDRESS"), n2=P(a2.caps if g.chance(0.5) else a2.full), u2=login(a2),
          ip2=(g.ip(), "IP_ADDRESS"), r=g.d(8))
    for i in range(g.rng.randint(3, 4)):
        p = g.person()
        code = g.pick(BANKS)[0]
        nm = fold(p.full).upper()[:30]
        nm = nm.rsplit(" ", 1)[0] if len(fold(p.full)) > 30 else nm
        ag, cc = g.d(4), g.d(g.rng.randint(6, 9))
        doc.f("«c»00013«s»A000018«b»«ag» «cc»«dv» «n»«val»\n", c=g.pick(BANKS)[0], s=f"{2 * i + 1:05d}", b=code,
              ag=("0" + ag, "BANK_ACCOUNT"), cc=(cc.rjust(12, "0"), "BANK_ACCOUNT"), dv=g.pick("0123456789"),
              n=P(nm), val=" " * (31 - len(nm)) + g.d(15))
        adr = fold(g.address("caps")).upper()[:35].rstrip(" ,-")
        doc.f("«c»00013«s»B   1000«cpf»«ad»«pad»«cep»\n", c=g.pick(BANKS)[0], s=f"{2 * i + 2:05d}", cpf=(g.cpf("raw"), "BR_CPF"),
              ad=(adr, "ADDRESS"), pad=" " * (36 - len(adr)), cep=(g.cep(False), "BR_CEP"))
    doc.f("\n[«d» «t»] retorno RET«r».ret: «k» liquidados, 1 rejeitado (conta inexistente) — tratado por «n»\n",
          d=day, t=tt[5], r=g.d(8), k=g.rng.randint(2, 4), n=P(a1.first) if g.chance(0.5) else V("tesouraria"))
    return doc


def fi_email(g: Gen) -> Doc:
    """E-mail thread: a contractor's worker chases unpaid per diems; the finance analyst replies."""
    doc = Doc()
    w, an = g.person(), g.person()
    emp = g.pick(CONTRACTORS)
    edom = re.sub(r"[^a-z]", "", fold(emp.split(" ")[0]).lower()) + ".com.br"
    we = g.email(w)
    doc.f("De: «a» <«ae»>\nPara: «w» <«we»>\nCc: financeiro@«dom»\nAssunto: Re: diárias de «m» não pagas\n\n",
          a=P(an.full), ae=(corp_mail(an, edom), "EMAIL_ADDRESS"), w=P(w.full), we=(we, "EMAIL_ADDRESS"), dom=edom,
          m=g.pick(MONTHS))
    doc.f("Olá «w»,\n\nO pagamento voltou porque a chave Pix cadastrada não existe mais. Atualizei para a conta abaixo; "
          "confirme, por favor:\n  Banco «b» — Ag. «ag» — C/C «cc» — CPF «cpf»\nPrevisão de crédito: «d» (lote «l»).\n\n«a»\n"
          "Analista Financeiro — «e»\n«t»\n\n", w=P(w.first), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          cpf=(g.cpf(), "BR_CPF"), d=g.date("br"), l=g.neg11(), a=P(an.first if g.chance(0.5) else an.short), e=emp,
          t=(g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «w» <«we»>\nEnviada em: «d»\n\nBoa tarde, fiquei 21 dias na «u» e até hoje não caiu "
          "nada. Minha chave é «pix». Também paguei o hotel em Macaé no meu cartão «card» porque o voucher não tinha saído. "
          "Se precisar, meu zap é «z».\n\n«w2»\n«f» — matrícula «m»\n",
          w=P(w.caps if g.chance(0.3) else w.full), we=(we, "EMAIL_ADDRESS"), d=g.date("br"), u=g.pick(UNITS),
          pix=(g.uuid(), "PIX_KEY"), card=(g.card(g.chance(0.5)), "CREDIT_CARD") if g.chance(0.6) else V(f"final {g.d(4)}"),
          z=(g.phone(), "PHONE_NUMBER"), w2=P(name_form(g, w, ["first", "short", "nick"])), f=g.pick(FUNCOES), m=mat(g))
    return doc


FI = [fi_diarias, fi_bm, fi_reembolso, fi_folha, fi_auxilio, fi_cnab, fi_email]



TEMPLATES = {
    "atendimento": [at_pob, at_manifest, at_escala, at_chat, at_gate, at_pae, at_helpdesk],
    "juridico": JU,
    "saude": SA,
    "financeiro": FI,
}


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, (record["id"], lab)
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO) if lab not in ("PERSON", "EMAIL_ADDRESS", "BR_CNPJ") else v)
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|eng|engª|cmte|enf)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert not re.search(r"\d{5}-\d{3}", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CREA|CRP|CRF|CRO|CRQ|CRBM|CRN|CREFITO)", v), (record["id"], v)
    # any other unlabelled 11-digit number (bare or CPF-punctuated) must fail the CPF check too
    for m in re.finditer(r"(?<![\w.-])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w-]|\.\d)", text):
        if any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))
    for n in negs:
        d = re.sub(r"\D", "", n)
        assert len(d) == 11 and not cpf_ok(d), (record["id"], n)
        assert n in text, (record["id"], n)
        for m in re.finditer(re.escape(n), text):
            i = m.start()
            assert not any(s["start"] < i + len(n) and i < s["end"] for s in record["spans"]), (record["id"], n)


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, doc.negs)
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
                if w.lower() in PARTICLES or w.lower() == "e":
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
    print(OUT_NAME, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
