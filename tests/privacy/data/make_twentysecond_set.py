"""Build the twenty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 22,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: the paperwork of small organisations (condominiums,
small schools, churches and associations, clinics and labs, small law and accounting
offices, a car workshop, a pharmacy, small employers), as text extracted from their
documents by PDF-to-text or by a scanner with decent OCR. Column layouts come flattened
into lines (side by side with padding, or one column after the other, or one cell a line),
a form's labels and values sometimes sit on separate lines (a row of labels, then the row
of values; or all labels of a box, then all values), headers and footers repeat on every
page with page numbers and form feeds, prose is hard-wrapped (a name or an address may be
cut by a line break), and scanned pages carry a few OCR confusions (rn/m, 0/O, 1/l).
- atendimento: a condominium circular re-registering garage spaces (units, owners, tenants,
  vehicles and plates), a small school's enrolment form (student, guardians, people allowed
  to fetch the child, paediatrician), a school report card printed per student (teachers by
  subject, coordinator), a church's member roll, the minutes of a residents' association
  meeting with its attendance list (scanned), a car workshop's service order (owner,
  vehicle, plate, RENAVAM, mechanic, who took the car back), a furniture store's delivery
  route sheet (driver, helper, truck plate, customers, who received).
- juridico: a small law office's client intake sheet, a power of attorney (procuração ad
  judicia) with an e-signature log, a residential lease (landlord, tenants, guarantor and
  spouse, witnesses, garage space, Pix key for the rent), a condominium's extrajudicial
  notice of a fine, the minutes of an association's board election filed at the registry
  of legal entities (board qualified in full, lawyer's visa, registry stamp), a labour
  termination form (TRCT, numbered boxes), a fee agreement with a lawyer and its receipt.
- saude: a clinic's printed day schedule, a multi-page lab report (patient header on every
  page), a pharmacy's delivery slips (customer and pharmacy copies), occupational health
  certificates (ASO) of a small employer's admissions, a psychologist's monthly receipts for
  reimbursement, a lab's home-collection route, a day-care's vaccination and health roll.
- financeiro: payslips (holerites, employee and employer copies), a boleto as it comes out
  of PDF-to-text (payer's receipt and clearing slip), rent and service receipts (scanned
  receipt book), an accountant's monthly e-mail printed from webmail (DAS, DARF, FGTS
  guides; eSocial admission data), a condominium's monthly accounts with defaulters and
  payroll, scanned recurring-debit authorisations (card or account) of an association, a
  school's debt-settlement agreement with a guardian.

Conventions (the twentieth set's, which follow the eighteenth and nineteenth where they
decide): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "Prof.ª", "dona",
"seu", "Pr.", "tio" ("Tio Kalunga" of the school van is "Kalunga"); particles inside a name
are part of it; "SURNAME, Given" is one span; nicknames and first names alone are persons.
Staff named in the documents (síndicos, doorkeepers, teachers, coordinators, pastors, secretaries, mechanics, drivers, pharmacists,
doctors, lab staff, lawyers, accountants, registry officers) are persons; system logins and
user names ("recepcao2", "adm.financeiro") are not. A name cut by a line break of the
wrapped text is one span with the line break inside. Names and identifiers damaged by OCR
are labelled as they stand; the check below undoes the digit confusions before it verifies
check digits. Companies, condominiums, schools, churches, parishes, clinics and streets
named after people or after name-words ("Condomínio Edifício Dona Aurora Prudente",
"Colégio Professora Zuleide Gadelha", "Auto Mecânica Irmãos Tesch", "Paróquia Nossa Senhora
das Dores") are not persons. ADDRESS is street type + name + number + complement in one span
(bairro, city and UF outside); the address of a company, condominium, school, church,
clinic, registry or law office is not labelled, nor a street named without a number; a
condominium unit alone ("apto 302, bloco B", "unidade 104") is not an ADDRESS. Every CEP
is BR_CEP, also a company's. Phone numbers with an area code are PHONE_NUMBER, also a small
business's (often the owner's mobile); 0800 numbers are not. Role mailboxes (secretaria@,
fiscal@, contato@) are not labelled; people's e-mails, corporate too, are. Agency and
account are separate BANK_ACCOUNT spans (also a condominium's or a company's); bank codes
are not. DATE_OF_BIRTH only for birth dates; admission, baptism, collection, due, issue and
signature dates are not. PROFESSIONAL_ID includes the council acronym and UF or region
("CRM-SP 123456", "OAB/RJ 98.765", "CRC-PR 045678/O-3", "CRP 06/123456", "CRF-MG 34567",
"CRBM-3 12345", "COREN-BA 123456-ENF", "CRO-SC 9876"). PIX_KEY only for random (UUID) keys
used as Pix keys; Pix keys that are a CPF, CNPJ, e-mail or phone take those labels. The NIT of
a day labourer and the PIS of payslips, TRCT and eSocial are BR_PIS. LICENSE_PLATE for both
the old (ABC-1234) and the Mercosul (ABC1D23) forms. CREDIT_CARD only for full card numbers
written on an authorisation form; masked cards ("final 4821", "**** 4821") are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Clebiane, Waldisney, Uóchinton, Lauanny, Dhonatan; Italian, German/Pomeranian, Polish and
Ukrainian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Bolivian/Peruvian, Venezuelan, indigenous, Jewish, Armenian, Greek), at least a quarter of
the name words rare or invented; names that are also words (Rosa, Luz, Flor, Aurora, Vitória,
Graça, Celeste, Bento, Prudente, Amado, Branco, Modesto, Justo, Leão, Fiel, Franco, "Maria
das Dores", "Maria do Socorro") next to the same words used as words ("cor BRANCO", "preço
justo", "conta de luz", "a paz do Senhor", "pela graça de Deus", "fiel cumprimento", "o
leão da Receita", "seria prudente", "ponto de luz") and in places, streets, parishes and
companies (Bento Gonçalves, Presidente Prudente, Vitória/ES, Rua da Aurora, Drogaria Flor
de Lis, Centro Automotivo Leão), which are not persons. Forms: full names, ALL CAPS without
accents (system printouts), "SURNAME, Given" (class lists, rolls), lower case, first name
alone, nicknames, short names.

Hard negatives (never labelled): boleto digitable lines, "nosso número" and barcodes, a Pix
QR payload (its UUID is part of a charge URL, not a key), DAS and DARF document numbers and
their digitable lines (11-digit groups failing the CPF check), DARF revenue codes, eSocial
receipt numbers, NF-e numbers, RENAVAM (11 digits failing the CPF check), chassis numbers,
service-order, order, request, protocol, process and agreement numbers, CNJ process numbers,
INSS benefit numbers, registry-of-deeds matrículas and IPTU inscriptions, birth certificate
matrículas, school enrolment numbers and INEP codes, CTPS numbers, electoral zone/section,
CBO and CNAE codes, EAN barcodes and batch numbers of medicines, health-plan card numbers,
CNES codes, ICD-10 codes, laws ("Lei 8.245/1991", "art. 1.336, IV"), money, competences,
dates that are not birth dates, condominium units and garage spaces, postal AR codes,
e-signature document ids and hashes, registry seals, system logins.
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
SEED = 22
ORD = "twentysecond"

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


def mod10_dv(body: str) -> str:
    """The modulo-10 check digit of a boleto / collection-slip field."""
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str(-total % 10)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MONTHS_AB = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Maria José", "Juliana", "Fernanda", "Patrícia", "Adriana", "Simone", "Cristiane",
        "Luciana", "Tatiane", "Camila", "Aline", "Priscila", "Larissa", "Gabriela", "Beatriz", "Manuela",
        "Sophia", "Valentina", "Heloísa", "Laura", "Isabela", "Lorena", "Sandra", "Rosângela", "Cláudia",
        "Elaine", "Fabiana", "Viviane", "Mariana", "Letícia", "Raquel", "Carla", "Francisca", "Antônia"]
RARE_F = ["Adenilza", "Clebiane", "Wanderléia", "Ivaneide", "Nilzete", "Rosenilda", "Lindaura", "Ozana",
          "Gerusa", "Quitéria", "Zenilda", "Jozenita", "Edileusa", "Maricleide", "Thauany", "Evellyn",
          "Grazielly", "Kethlen", "Lauanny", "Myrella", "Rhayane", "Sthefany", "Kauany", "Cleonice",
          "Hermelinda", "Doralice", "Gessyca", "Dheyse", "Ilzamar", "Nadjane", "Aldenora", "Marizete",
          "Cremilda", "Belanísia", "Eudóxia", "Joventina", "Lucivânia", "Zuleica"]
PT_M = ["José Carlos", "João Pedro", "Antônio", "Francisco", "Luiz Fernando", "Rafael", "Rodrigo", "Gustavo",
        "Thiago", "Bruno", "Diego", "Fábio", "Márcio", "Roberto", "Ricardo", "Eduardo", "Vinícius", "Guilherme",
        "Lucas", "Matheus", "Gabriel", "Miguel", "Arthur", "Heitor", "Bernardo", "Daniel", "Everton", "Robson",
        "Adriano", "Sebastião", "Benedito", "Raimundo", "Geraldo", "Paulo Sérgio"]
RARE_M = ["Josenildo", "Adailton", "Genésio", "Gumercindo", "Olegário", "Tertuliano", "Claudenor", "Jucelino",
          "Rivaldo", "Sinésio", "Ubiratan", "Waldisney", "Uóchinton", "Ryquelme", "Deividson", "Aurelino",
          "Belarmino", "Crispim", "Edivaldo", "Expedito", "Felisberto", "Gedeão", "Hildebrando", "Laudelino",
          "Manassés", "Onofre", "Quirino", "Rosalvo", "Tibúrcio", "Valdomiro", "Wescley", "Dhonatan",
          "Jhemerson", "Erivan", "Zenóbio", "Kelvin Ryan", "Maicon Douglas"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Moreira", "Batista", "Cunha", "Pires", "Fonseca", "Farias", "Melo", "Barros", "Siqueira", "Tavares",
          "Brito", "Medeiros", "Xavier", "Lacerda", "Leite", "Coelho", "Viana", "Aguiar", "Borges", "Moraes",
          "Conceição", "Nascimento", "Ramos"]
RARE_SUR = ["Tenório", "Cordovil", "Maranhão", "Filgueira", "Wanderley", "Quintela", "Cajazeira", "Gondim",
            "Montenegro", "Frota", "Ximenes", "Jatobá", "Mourão", "Sarmento", "Uchôa", "Aragão", "Colaço",
            "Espíndola", "Guedelha", "Lustosa", "Pitombo", "Tapajós", "Valadares", "Bulcão", "Dourado",
            "Feitosa", "Malheiros", "Nazário", "Orrico", "Parente", "Rabelo", "Sucupira", "Tinoco", "Vilaça",
            "Gadelha", "Penedo", "Landim", "Bulhões"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Graça", "Celeste", "Maria das Dores", "Maria do Socorro",
          "Maria da Glória", "Maria da Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Modesto", "Justo", "Leão", "Fiel", "Franco", "Vital"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Amado", "Paz", "Cruz", "Franco",
            "Bonfim", "Fiel", "Vital", "Cordeiro", "Carneiro", "Justo"]
NICK = {"José Carlos": "Zé Carlos", "Francisco": "Chico", "Sebastião": "Tião", "Benedito": "Dito",
        "Antônio": "Tonho", "Raimundo": "Mundinho", "Maria José": "Zezé", "Maria das Dores": "Dorinha",
        "Maria do Socorro": "Socorrinho", "Francisca": "Chiquinha", "Expedito": "Pedito", "Gumercindo": "Cindo",
        "Quitéria": "Teca", "Hermelinda": "Linda", "Valdomiro": "Miro", "Luiz Fernando": "Nando",
        "Geraldo": "Gegê", "Antônia": "Toinha", "Genésio": "Gena", "Olegário": "Lego", "Rosenilda": "Nilda"}
FOREIGN = {
    "it": (["Giuseppina", "Antonella", "Loredana"], ["Giácomo", "Pasquale", "Orlando"],
           ["Zanella", "Tomazoni", "Bernardi", "Piccinini", "Dal Molin", "De Carli", "Scapin"]),
    "de": (["Edelgard", "Hilda", "Irmgard", "Elfrida"], ["Erwino", "Arno", "Udo", "Ervin"],
           ["Pagung", "Tesch", "Ramlow", "Krause", "Berger", "Schaeffer", "Boldt", "Wutke"]),
    "pl": (["Wanda", "Halina", "Iryna"], ["Estanislau", "Wladimir", "Casimiro"],
           ["Wojcik", "Kowalski", "Hreczuk", "Zaleski", "Dombrowski", "Semeniuk"]),
    "jp": (["Teruko", "Yoshie", "Mitsue", "Kazue"], ["Kazuo", "Tadashi", "Shigueo", "Massao"],
           ["Higa", "Miyagi", "Nakamura", "Uehara", "Shimabukuro", "Sakamoto", "Hayashi"]),
    "ar": (["Samira", "Jamile", "Latife"], ["Nagib", "Salim", "Abrão"], ["Saad", "Nasser", "Abib", "Jafet", "Daher", "Zogbi"]),
    "kr": (["Seo-yeon", "Eun-ji"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Cho", "Kang"]),
    "cn": (["Mei", "Jing"], ["Wei", "Jun"], ["Wang", "Liang", "Zhang", "Huang"]),
    "ht": (["Wideline", "Nadège", "Fabiola"], ["Fritznel", "Jean-Robert", "Wesner"],
           ["Jean-Baptiste", "Pierre-Louis", "Saintil", "Dorcely", "Augustin"]),
    "ao": (["Nzinga", "Ngueve", "Luzolo"], ["Kalunga", "Ngola", "Mbemba"], ["Kassoma", "Kiangebeni", "Lutonadio", "Tchissola"]),
    "sn": (["Coumba", "Awa", "Ndeye"], ["Babacar", "Modou", "Abdoulaye"], ["Mbaye", "Seck", "Diallo", "Thiam", "Niang"]),
    "bo": (["Rosmery", "Fidelia", "Yessica"], ["Wilber", "Edwin", "Freddy"], ["Mamani", "Condori", "Choque", "Huanca", "Limachi"]),
    "ve": (["Yusleidy", "Yorgelis", "Maryelis"], ["Deivis", "Yonaiker", "Jhoan"], ["Rondón", "Urdaneta", "Guanipa", "Marcano"]),
    "in": (["Potyra", "Tainá", "Jaciara"], ["Kauã", "Ubiraci", "Poty"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaiowá"]),
    "jw": (["Rivka", "Tzipora", "Hadassa"], ["Chaim", "Mendel", "Itzhak"], ["Feldman", "Szajnbrum", "Rosenberg", "Goldfarb", "Wainer"]),
    "am": (["Anahid", "Sirvart"], ["Hagop", "Kirkor"], ["Kalaydjian", "Boghossian", "Tchalian"]),
    "gr": (["Eleni", "Despina"], ["Spyros", "Stavros"], ["Papadopoulos", "Karamanlis", "Fotiadis"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("pl", "ht", "ao", "sn", "bo", "ve", "in", "jw", "am", "gr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Paz", "Cruz", "Silva", "Conceição", "Penedo", "Frota", "Fonseca", "Cunha"}
DO_SUR = {"Nascimento", "Bonfim", "Carmo"}
DOS_SUR = {"Santos", "Ramos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "34",
        "35", "38", "41", "42", "43", "44", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65",
        "66", "67", "68", "69", "71", "73", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Vila", "Largo"]
STREET_NAMES = ["da Aurora", "Prudente de Morais", "Bento Gonçalves", "Rosa e Silva", "Flor de Maio",
                "das Graças", "Coronel Belarmino Lustosa", "Professora Ilzamar Feitosa", "Sete de Setembro",
                "Treze de Maio", "Dom Pedro I", "Barão de Mauá", "Luz do Sol", "Nossa Senhora das Dores",
                "Tiradentes", "Marechal Deodoro", "Capitão Onofre Tinoco", "dos Ipês", "Vitória Régia",
                "Maestro Laudelino Parente", "Padre Cícero", "Beira Mar", "Vinte e Um de Abril",
                "Irmãs Quintela", "Cônego Crispim Valadares", "dos Jangadeiros", "Senador Pitombo",
                "das Mangueiras", "Getúlio Vargas", "Santos Dumont", "Engenheiro Gondim", "Duque de Caxias",
                "Pedro Álvares Cabral", "Leão XIII", "Celeste Aída", "do Amado", "Franco da Rocha"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Maria de Jetibá", "ES"),
          ("Aurora", "CE"), ("Graça", "CE"), ("Nossa Senhora do Socorro", "SE"), ("Rio Branco", "AC"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Marília", "SP"), ("Registro", "SP"),
          ("Londrina", "PR"), ("Ponta Grossa", "PR"), ("Prudentópolis", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"),
          ("Caxias do Sul", "RS"), ("Santa Cruz do Sul", "RS"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Divinópolis", "MG"), ("Volta Redonda", "RJ"), ("Petrópolis", "RJ"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Caruaru", "PE"), ("Campina Grande", "PB"), ("Mossoró", "RN"),
          ("Imperatriz", "MA"), ("Santarém", "PA"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Corumbá", "MS"),
          ("Teresina", "PI"), ("Arapiraca", "AL"), ("Porto Velho", "RO"), ("Manaus", "AM"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim das Rosas", "Alto da Luz",
           "Parque São Bento", "Vila Esperança", "Bonfim", "Jardim Celeste", "Flor do Campo", "Cidade Nova",
           "Vila Amado", "Santa Graça", "Conjunto Leão Dourado", "Cohab II", "Jardim Primavera", "Boa Vista"]
CIDS = ["E11.9", "I10", "J45.9", "N39.0", "K29.7", "M54.5", "F41.1", "Z00.0", "A09", "J06.9", "G43.9", "R51",
        "Z01.4", "L30.9", "E66.9", "Z34.0", "H52.1", "E03.9", "D50.9", "M17.1", "B35.3", "F90.0"]
CAR_MODELS = ["Fiat Uno Mille", "VW Gol 1.0", "Chevrolet Onix LT", "Hyundai HB20", "Fiat Strada", "Renault Kwid",
              "Toyota Corolla XEi", "Honda Civic", "VW Fox", "Fiat Argo Drive", "Ford Ka SE", "Chevrolet Prisma",
              "Jeep Renegade", "Nissan Kicks", "VW Saveiro", "Fiat Palio Weekend", "Honda CG 160 Fan",
              "Yamaha Fazer 250", "Honda Biz 125", "Chevrolet Celta"]
COLORS = ["BRANCO", "BRANCA", "PRATA", "PRETO", "CINZA", "VERMELHO", "AZUL", "BRANCO", "VERDE", "BEGE", "ROSA"]


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
        if self.given.startswith("Maria d") or "-" in self.given.split()[0]:
            return self.given
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
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        """Class-list and roll form: "SOBRENOMES, Prenome"."""
        sur = [s for s in self.surnames if s not in PARTICLES]
        return f"{' '.join(sur).upper()}, {self.given}"

    @property
    def inv_caps(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "first": p.first, "last": p.last,
            "inverted": p.inverted, "inv_caps": p.inv_caps, "nick": p.nick, "capsshort": fold(p.short).upper(),
            "lowfirst": fold(p.first).lower()}[form]


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
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + ["Rosa", "Luz", "Aurora"] if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.35:
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
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None, origin: str = "pt") -> Person:
        """Someone of the same family: own given name and first surname, the family's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin=origin)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def child(self, mother: Person, father: Person | None, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        given = self.person(female=female, origin="pt").given
        sur = [mother.last]
        if father is not None and father.last != mother.last:
            sur.append(father.last)
        if self.chance(0.3):
            sur.insert(len(sur) - 1, particle(sur[-1]))
        return Person(given, sur, female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l[:3]}"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", "dash": f"{n[:9]}-{n[9:]}"}[style]

    def pcpf(self, p: Person, style: str | None = None) -> str:
        """The person's own CPF (the same one wherever the person appears in a document)."""
        if not getattr(p, "cpf_digits", None):
            p.cpf_digits = self.cpf_digits()
        n = p.cpf_digits
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n}[style]

    def card_brand(self) -> tuple[str, str]:
        kind = self.pick(["Visa", "Visa", "Mastercard", "Mastercard", "Elo", "Amex"])
        if kind == "Amex":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return (f"{n[:4]} {n[4:10]} {n[10:]}" if self.chance(0.8) else n), kind
        b = {"Visa": "4", "Mastercard": self.pick(["51", "53", "55", "22"]), "Elo": self.pick(["636368", "504175", "650"])}[kind]
        b += self.d(15 - len(b))
        n = b + luhn_dv(b)
        return (" ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.chance(0.8) else n), kind

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

    def rg(self) -> tuple[str, str]:
        """(number, issuer): São Paulo style with its check digit most often, other states' shapes too."""
        k = self.rng.random()
        if k < 0.55:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return (f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if self.chance(0.8) else n), self.pick(["SSP/SP", "SSP-SP", "SSP/SP"])
        if k < 0.7:
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}", "SSP/MG"
        uf = self.pick(["PE", "CE", "BA", "PR", "RS", "GO", "ES", "SC", "PA"])
        n = str(self.ri(1, 9)) + self.d(self.pick([6, 7, 8, 9]))
        return (n if self.chance(0.6) else f"{n[:-1]}-{n[-1]}"), self.pick([f"SSP/{uf}", f"SDS/{uf}", f"SESP/{uf}", f"PC/{uf}"])

    def cnh(self) -> str:
        while True:
            b = str(self.rng.randint(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
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

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else (n if self.chance(0.6) else f"{n[:2]}.{n[2:5]}-{n[5:]}")

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        ddd = ddd or self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plain", "nospace", "dash", "plus", "raw"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "sp": f"{ddd} {h} {t}", "zero": f"(0{ddd}) {h}-{t}", "nodash": f"({ddd}) {local}"}[style]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"ap. {self.ri(11, 804)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            abbr = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL"}
            t2 = abbr.get(t, t) if self.chance(0.4) else t
            return fold(f"{t2} {name}, {num}" + (f" {comp}" if comp else "")).upper()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " ", ", "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "short", "long", "nopad", "dot", "dash"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "4.03", "8.13", "8.08"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2017, 2025)}.{seg}.{self.d(4)}"

    def renavam(self) -> str:
        return self.neg(11)

    def chassis(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["9BW", "9BG", "93H", "9BD", "8AP", "9C2", "94D"]) + "".join(self.pick(chars) for _ in range(14))

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.d(5)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.d(5)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}", f"CRF-{uf} nº {dotted}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.d(1)}", f"CRC/{uf} 1{uf}{self.d(6)}/O-{self.d(1)}",
                              f"CRC {uf}-{self.d(6)}/O"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {self.d(6)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def brl(cents: int, dots: bool = True) -> str:
    r, c = divmod(cents, 100)
    return (f"{r:,}".replace(",", ".") if dots else str(r)) + f",{c:02d}"


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}", "ab": f"{dd:02d}/{MONTHS_AB[mm - 1]}/{yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("n", "ri"), ("ú", "u"), ("õ", "o"), ("li", "h"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I"), ("0", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.2, digits: bool = False) -> str:
    """At most two OCR confusions: letters in names and words, digit/letter in identifiers."""
    table = OCR_DIGITS if digits else OCR_LETTERS
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in table if a in s]
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
    def __init__(self, text: str = ""):
        self.text = text
        self.spans: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None or not s:
            return self.t(s)
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        a (value, None) tuple or a plain value is text, a Doc is appended with its spans."""
        cursor = 0
        for m in MARK.finditer(template):
            self.t(template[cursor:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, Doc):
                self.add(v)
            elif isinstance(v, tuple):
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
        return self

    def pad(self, width: int) -> "Doc":
        """Pad the current line to `width` columns (at least one blank)."""
        col = len(self.text) - (self.text.rfind("\n") + 1)
        return self.t(" " * max(1, width - col))


def P(s: str) -> tuple:
    return (s, "PERSON")


def L(s: str, label: str | None) -> tuple:
    return (s, label)


def D(template: str, **vals) -> Doc:
    return Doc().f(template, **vals)


def vdoc(v) -> Doc:
    """A field value as a Doc: a Doc, a (text, LABEL) tuple, a list of those and strings, or text."""
    if isinstance(v, Doc):
        return v
    d = Doc()
    if isinstance(v, tuple):
        d.e(v[0], v[1])
    elif isinstance(v, list):
        for p in v:
            if isinstance(p, Doc):
                d.add(p)
            elif isinstance(p, tuple):
                d.e(p[0], p[1])
            else:
                d.t(str(p))
    else:
        d.t(str(v))
    return d


def slice_doc(src: Doc, a: int, b: int) -> Doc:
    out = Doc(src.text[a:b])
    for s in src.spans:
        if s["start"] >= a and s["end"] <= b:
            out.spans.append({"start": s["start"] - a, "end": s["end"] - a, "label": s["label"]})
        else:
            assert s["end"] <= a or s["start"] >= b, ("page break inside a span", s)
    return out


def paginate(src: Doc, per_page: int, header, footer) -> Doc:
    """Cut `src` into pages of about `per_page` lines at line ends outside spans, and wrap each
    page in header(k, n) and footer(k, n) (Docs or None), the way PDF-to-text repeats them."""
    if not src.text.endswith("\n"):
        src.t("\n")
    covered = set()
    for s in src.spans:
        covered.update(range(s["start"], s["end"]))
    cuts, count, start = [], 0, 0
    for i, ch in enumerate(src.text):
        if ch != "\n":
            continue
        count += 1
        if count >= per_page and i not in covered and len(src.text) - i > 40:
            cuts.append((start, i + 1))
            start, count = i + 1, 0
    cuts.append((start, len(src.text)))
    n = len(cuts)
    out = Doc()
    for k, (a, b) in enumerate(cuts, 1):
        h = header(k, n) if header else None
        if h is not None:
            out.add(h)
        out.add(slice_doc(src, a, b))
        f = footer(k, n) if footer else None
        if f is not None:
            out.add(f)
    return out


def reflow(doc: Doc, width: int) -> Doc:
    """Hard-wrap long lines at `width` by turning blanks into line breaks (offsets are kept, so a
    name or an address may end up cut by a line break inside its span)."""
    chars = list(doc.text)
    col, last_space = 0, None
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_space = 0, None
            continue
        col += 1
        if ch == " ":
            last_space = i
        if col > width and last_space is not None:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = None
    doc.text = "".join(chars)
    return doc


def side(doc: Doc, left: list, right: list, gap: int = 4, width: int | None = None) -> None:
    """Two columns printed side by side (pdftotext -layout)."""
    left = [vdoc(x) for x in left]
    right = [vdoc(x) for x in right]
    w = width or max(len(x.text) for x in left) + gap
    for i in range(max(len(left), len(right))):
        if i < len(left):
            doc.add(left[i])
        if i < len(right) and right[i].text:
            doc.pad(w)
            doc.add(right[i])
        doc.t("\n")


def form(doc: Doc, g: Gen, rows: list[list[tuple]], mode: str | None = None) -> str:
    """A form's fields (rows of (label, value)) the way extraction returns them:
    inline   "Label: value   Label: value" (one row a line)
    below    the label on one line, the value on the next
    grid     a row of labels, then the row of values under them (boxed forms, -layout)
    blocks   all labels of a row, then all its values, one a line (text boxes read in order)."""
    mode = mode or g.pick(["inline", "below", "grid", "blocks"])
    sep = g.pick(["   ", "    ", "  ", "     "])
    colon = g.pick([":", ":", ""]) if mode != "inline" else ":"
    for row in rows:
        vals = [vdoc(v) for _, v in row]
        labs = [lab for lab, _ in row]
        if mode == "inline":
            for k, (lab, vd) in enumerate(zip(labs, vals)):
                if k:
                    doc.t(sep)
                doc.t(f"{lab}: ")
                doc.add(vd)
            doc.t("\n")
        elif mode == "below":
            for lab, vd in zip(labs, vals):
                doc.t(lab + colon + "\n")
                doc.add(vd)
                doc.t("\n")
        elif mode == "grid":
            widths = [max(len(lab), len(vd.text)) + g.ri(2, 6) for lab, vd in zip(labs, vals)]
            line = "".join(lab.ljust(w) for lab, w in zip(labs, widths)).rstrip()
            doc.t(line + "\n")
            for k, vd in enumerate(vals):
                if k:
                    doc.pad(sum(widths[:k]))
                doc.add(vd)
            doc.t("\n")
        else:
            for lab in labs:
                doc.t(lab + colon + "\n")
            for vd in vals:
                doc.add(vd)
                doc.t("\n")
    return mode


def table_layout(doc: Doc, cols: list[str], rows: list[list], gap: int = 2, rule: str | None = None) -> None:
    """A printed table flattened by pdftotext -layout: cells padded into columns."""
    rows = [[vdoc(c) for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[k].text) for r in rows]) + gap for k, c in enumerate(cols)]
    doc.t("".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(rule * (sum(widths) - gap) + "\n")
    for r in rows:
        for k, c in enumerate(r):
            if k and c.text:
                doc.pad(sum(widths[:k]))
            doc.add(c)
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")


def table_cells(doc: Doc, cols: list[str] | None, rows: list[list], blank: bool = True) -> None:
    """A printed table read cell by cell (pdftotext without -layout): one cell a line."""
    if cols:
        doc.t("\n".join(cols) + "\n")
        if blank:
            doc.t("\n")
    for r in rows:
        for c in r:
            doc.add(vdoc(c))
            doc.t("\n")
        if blank:
            doc.t("\n")


def signature(doc: Doc, name: tuple, below: list | None = None, line: str | None = None) -> None:
    doc.t((line or "_" * 38) + "\n")
    doc.e(*name)
    doc.t("\n")
    for b in below or []:
        doc.add(vdoc(b))
        doc.t("\n")


def cpf_t(g: Gen, style: str | None = None) -> tuple:
    return (g.cpf(style), "BR_CPF")


def rg_t(g: Gen) -> tuple[tuple, str]:
    n, iss = g.rg()
    return (n, "BR_RG"), iss


def ph(g: Gen, style: str | None = None, mobile: bool = True) -> tuple:
    return (g.phone(style, mobile), "PHONE_NUMBER")


def addr(g: Gen, style: str = "text") -> tuple:
    return (g.address(style), "ADDRESS")


def cep_t(g: Gen, dash: bool = True) -> tuple:
    return (g.cep(dash), "BR_CEP")


def money_words(g: Gen) -> tuple[str, str]:
    """A round amount in figures and in words, as on receipts."""
    units = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
    hundreds = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos",
                "oitocentos", "novecentos"]
    tens = ["", "dez", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
    th = g.ri(0, 4)
    h = g.ri(0, 9)
    t = g.pick([0, 0, 2, 5, 8])
    if th == 0 and h == 0:
        h = g.ri(1, 9)
    value = th * 1000 + h * 100 + t * 10
    parts = []
    if th:
        parts.append("mil" if th == 1 else f"{units[th]} mil")
    rest = []
    if h:
        rest.append("cem" if (h == 1 and t == 0) else hundreds[h])
    if t:
        rest.append(tens[t])
    if rest:
        parts.append(" e ".join(rest))
    if len(parts) == 2:
        words = parts[0] + (" e " if (h == 0 or t == 0) else " ") + parts[1]
    else:
        words = parts[0]
    words = words.replace("  ", " ").strip()
    fig = f"{value:,}".replace(",", ".") + ",00"
    return fig, words + " reais"


# --------------------------------------------------------------------------- small organisations

CONDOS = ["Condomínio Residencial Flor do Vale", "Condomínio Edifício Dona Aurora Prudente", "Residencial Bento Gonçalves II",
          "Condomínio Parque das Graças", "Edifício Solar Celeste", "Condomínio Vila Justo Leão", "Residencial Luz do Sol",
          "Condomínio Jardim das Rosas", "Edifício Comendador Tinoco", "Residencial Monte Sião"]
ADMINS = ["Prudente Administradora de Condomínios Ltda", "Gondim Gestão Condominial Ltda", "Habitar Bem Administração de Bens",
          "AdmCond Leão & Filhos", "Sucupira Serviços Condominiais ME"]
SCHOOLS = ["Escola Infantil Pequeno Polegar", "Colégio Professora Zuleide Gadelha", "Centro Educacional Raio de Sol",
           "Escolinha Mundo Encantado", "Instituto Educacional Bento Amado", "Escola de Educação Infantil Flor de Lis",
           "Colégio Aurora do Saber", "Centro Educacional Prudente de Morais", "Escola Cantinho da Graça"]
CHURCHES = ["Igreja Evangélica Assembleia de Deus — Congregação Vila Esperança", "Primeira Igreja Batista em Jardim Aurora",
            "Paróquia Nossa Senhora das Dores — Comunidade São Bento", "Igreja Presbiteriana Independente de Bento Gonçalves",
            "Igreja do Evangelho Quadrangular — Bairro Santa Graça", "Igreja Evangélica de Confissão Luterana — Comunidade de Jetibá",
            "Igreja Adventista do Sétimo Dia — Distrito Alto da Luz", "Comunidade Cristã Graça e Paz"]
ASSOCS = ["Associação de Moradores do Bairro Alto da Luz", "Associação dos Feirantes de Itabuna", "Clube de Mães Flor de Maio",
          "Associação Cultural Nipo-Brasileira de Registro", "Sociedade Beneficente Sírio-Libanesa", "Associação Pomerana de Jetibá",
          "Associação de Moradores da Vila Amado", "Associação dos Haitianos de Chapecó", "Associação Comunitária Santa Graça"]
CLINICS = ["Clínica Médica São Lucas", "Clínica Vida & Luz", "Consultório Odontológico Sorriso Prudente", "Clínica Integrada Aurora",
           "Policlínica Bom Jesus", "Clínica da Família Celeste", "Centro Médico Bento Amaral"]
LABS = ["Laboratório de Análises Clínicas Bonfim", "LabVida Análises Clínicas", "Laboratório São Bento", "BioLuz Diagnósticos",
        "Laboratório Santa Graça", "Análises Clínicas Dr. Pitombo"]
OFFICES = ["Haddad & Queiroga Advogados Associados", "Rolim Advocacia", "Tesch, Krause & Amaral Sociedade de Advogados",
           "Escritório Jurídico Cajazeira", "Montenegro Advocacia Trabalhista", "Feitosa & Luz Advogados", "Leão Franco Advocacia"]
ACCOUNTANTS = [("Contabilidade Penedo", "contabilidadepenedo.com.br"), ("Escritório Contábil Higa & Filhos", "higacontabil.com.br"),
               ("Fagundes Assessoria Contábil", "fagundes.cnt.br"), ("Contábil Luz & Cia", "contabilluz.com.br"),
               ("Organização Contábil Bonfim", "ocbonfim.com.br"), ("Valadares Contabilidade Ltda", "valadares.cnt.br")]
WORKSHOPS = ["Auto Mecânica Irmãos Tesch", "Oficina do Branco", "Centro Automotivo Leão", "Mecânica São Bento",
             "Funilaria e Pintura Aurora", "Auto Center Prudente", "Retífica e Mecânica Dal Molin", "Moto Peças e Serviços Bonfim"]
PHARMACIES = ["Drogaria Flor de Lis", "Farmácia do Bonfim", "Drogaria Prudente", "Farmácia Santa Graça",
              "Drogaria Nossa Senhora do Socorro", "Farmácia Popular Vital", "Drogaria Celeste"]
STORES = ["Móveis Bonfim", "Casa & Conforto Prudente", "Lojas Leão Móveis e Eletro", "Madeireira e Materiais Aurora",
          "Colchões Flor do Sono", "Depósito de Materiais Irmãos Frota"]
SMALL_FIRMS = ["Panificadora Rosa Branca Ltda", "Mercadinho Dois Irmãos", "Salão Beleza Pura ME", "Restaurante Sabor da Luz",
               "Serralheria Prudente Ltda", "Pet Shop Amado", "Confecções Flor de Maio", "Vidraçaria Leão do Norte",
               "Açougue Bento Ltda ME", "Ótica Celeste", "Lanchonete Graça Divina", "Borracharia do Justo"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("756", "Sicoob"), ("748", "Sicredi"), ("260", "Nu Pagamentos"), ("077", "Inter")]
LOGINS = ["recepcao2", "adm.financeiro", "secretaria01", "portaria", "caixa3", "sistema", "coord.ped", "farm.balcao", "os_web"]


def company_street(g: Gen) -> str:
    """A company's own street address (never labelled)."""
    t, name, num, _ = g.street_parts()
    return f"{t} {name}, {num if num != 's/n' else 's/nº'}"


def page_footer(g: Gen, left, style: int | None = None):
    """A page footer maker for paginate: `left` (text or Doc) and the page number, then a form feed."""
    style = g.ri(0, 3) if style is None else style
    gap = " " * g.ri(6, 20)

    def footer(k: int, n: int) -> Doc:
        d = Doc("\n")
        if style == 2:
            return d.t(f"- {k} -\n\f")
        d.add(vdoc(left))
        if style == 0:
            return d.t(f"\nPágina {k} de {n}\n\f")
        if style == 1:
            return d.t(f"{gap}{k}/{n}\n\f")
        return d.t(f" — pág. {k}\n\f")
    return footer


# =========================================================================== atendimento

def at_garage(g: Gen) -> Doc:
    """A condominium circular re-registering garage spaces: units, owners, tenants, vehicles, plates."""
    condo, adm = g.pick(CONDOS), g.pick(ADMINS)
    city, uf = g.city()
    sind, zel = g.person(), g.person(female=False)
    cnpj = g.cnpj()
    body = Doc()
    body.f("CIRCULAR Nº «n»/«y»\n\nAssunto: recadastramento de veículos e vagas de garagem\n\nPrezados(as) condôminos(as),\n\n"
           "Conforme deliberado na Assembleia Geral Ordinária de «d», segue a relação de vagas, proprietários, moradores e "
           "veículos cadastrados. Solicitamos conferir os dados e comunicar divergências à portaria «z» até «d2». "
           "Veículos sem cadastro não terão a tag liberada a partir de «d3». «w»\n\n",
           n=f"{g.ri(1, 40):03d}", y=g.pick([2024, 2025]), d=g.date(), z=D("ou ao zelador «n»", n=P(g.pick([zel.first, zel.short, zel.nick]))) if g.chance(0.6) else "ou à administradora",
           d2=g.date(),
           d3=g.date(), w=g.pick(["Seria prudente que cada morador confira também a placa.", "Lembramos que a vaga de visitante é rotativa.",
                                  "A iluminação da G2 foi trocada (cada ponto de luz agora tem sensor).", ""]))
    reflow(body, g.pick([76, 82, 90]))
    rows = []
    for _ in range(g.ri(3, 5)):
        unit = f"{g.ri(1, 14)}{g.ri(1, 4):02d}" + g.pick(["", "", "-A", "-B", " Bl.C"])
        own = g.person()
        if g.chance(0.2):
            ten = g.person()
            mor = P(name_form(g, ten, ["caps", "full", "short"]))
        else:
            mor = g.pick(["o mesmo", "a mesma", "PROPRIETÁRIO", "—", "idem"])
        cars = g.ri(0, 2) if g.chance(0.9) else 0
        vaga = f"G{g.ri(1, 2)}-{g.ri(1, 60):02d}"
        first = True
        for _c in range(max(cars, 1)):
            car = [g.pick(CAR_MODELS), g.pick(COLORS), (g.plate(), "LICENSE_PLATE")] if cars else ["sem veículo", "", ""]
            if first:
                rows.append([unit, P(name_form(g, own, ["caps", "caps", "full", "inv_caps"])), mor, vaga] + car +
                            [ph(g, g.pick(["par", "plain", "raw", "nospace"]))])
            else:
                rows.append(["", "", "", f"G{g.ri(1, 2)}-{g.ri(1, 60):02d}"] + car + [""])
            first = False
    cols = ["UNID.", "PROPRIETÁRIO(A)", "MORADOR(A)", "VAGA", "VEÍCULO", "COR", "PLACA", "CONTATO"]
    cells = g.chance(0.45)
    if not cells:
        table_layout(body, cols, rows, gap=g.ri(2, 3), rule=g.pick([None, "-", "="]))
    else:
        table_cells(body, cols, rows, blank=g.chance(0.6))
    ten2, own2 = g.person(), g.person()
    body.f("\nObservações:\n1. A vaga «v» está locada «o» (unidade «u»), por contrato particular.\n"
           "2. Motos somente no bicicletário coberto; a moto placa «p» não tem cadastro, favor regularizar.\n"
           "3. O veículo «c» placa «p2» está há mais de 15 dias na vaga de visitante e será notificado.\n\n",
           v=f"G1-{g.ri(1, 40):02d}", o=D("por «o» a «t»", o=P(name_form(g, own2, ["full", "caps", "short"])), t=P(name_form(g, ten2, ["full", "short"])))
           if g.chance(0.4) else "a morador de outra unidade",
           u=f"{g.ri(1, 14)}{g.ri(1, 4):02d}", p=(g.plate(), "LICENSE_PLATE"), c=g.pick(COLORS).lower(), p2=(g.plate(), "LICENSE_PLATE"))
    body.f("«c», «d».\n\n", c=city, d=g.date("long"))
    signature(body, P(sind.full), [f"Síndic{sind.o}"])
    if g.chance(0.05):
        body.f("Conselho consultivo: «a», «b» e «c»\n", a=P(g.person().short), b=P(g.person().full), c=P(g.person().first))
    head = lambda k, n: D("«c» — CNPJ «j»\n«a»\n\n", c=condo.upper(), j=(cnpj, "BR_CNPJ"), a=adm) if k == 1 else \
        D("«c» — Circular (continuação)\n\n", c=condo)
    foot_left = f"{adm} — {company_street(g)} — {g.pick(BAIRROS)} — {city}/{uf}"
    foot = page_footer(g, foot_left, g.ri(0, 3))
    return paginate(body, g.ri(40, 56) if cells else g.ri(16, 24), head, foot)


def at_enrolment(g: Gen) -> Doc:
    """A small school's enrolment form: student, guardians, people allowed to fetch, health."""
    school = g.pick(SCHOOLS)
    city, uf = g.city()
    mae = g.person(female=True)
    pai = g.person(female=False) if g.chance(0.65) else None
    kid = g.child(mae, pai)
    doc = Doc()
    doc.f("«s»\nCNPJ «j» — Autorização SEE nº «a»/«y» — INEP «i»\n\nFICHA DE MATRÍCULA — ANO LETIVO 2026\n"
          "Matrícula nº «m»        Turma: «t»        Turno: «tu»\n\n1. DADOS DO(A) ALUNO(A)\n",
          s=school.upper(), j=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), a=g.ri(100, 999), y=g.ri(1998, 2019), i=g.d(8),
          m=f"2026{g.d(4)}", t=g.pick(["Maternal II", "Jardim I", "Pré II", "1º ano A", "3º ano B", "5º ano"]),
          tu=g.pick(["Manhã", "Tarde", "Integral"]))
    mode = g.pick(["inline", "below", "grid", "blocks"])
    kc, kuf = g.city()
    cert = f"{g.d(6)} 01 55 {g.ri(2014, 2022)} 1 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}"
    form(doc, g, [[("Nome completo", P(name_form(g, kid, ["full", "caps"])))],
                  [("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 2014, 2022), "DATE_OF_BIRTH")),
                   ("Sexo", "F" if kid.female else "M"), ("Naturalidade", f"{kc}/{kuf}")],
                  [("CPF", cpf_t(g) if g.chance(0.6) else ""), ("Cartão SUS", (g.cns(), "BR_CNS") if g.chance(0.7) else "")],
                  [("Certidão de nascimento (matrícula)", cert)]], mode)
    doc.t("\n2. FILIAÇÃO\n")
    for who, p in (("mãe", mae), ("pai", pai)):
        if p is None:
            doc.t("Nome do pai: não consta\n")
            continue
        rg, iss = rg_t(g)
        form(doc, g, [[(f"Nome d{'a' if who == 'mãe' else 'o'} {who}", P(p.full if g.chance(0.7) else p.caps))],
                      [("CPF", cpf_t(g)), ("RG / Órgão", [rg, f" {iss}"])],
                      [("Profissão", g.pick(["Auxiliar administrativo", "Professora", "Motorista", "Do lar", "Autônomo",
                                             "Técnica de enfermagem", "Vendedor", "Cabeleireira", "Pedreiro"])),
                       ("Local de trabalho", g.pick(SMALL_FIRMS + ["—"]))],
                      [("Celular/WhatsApp", ph(g)), ("E-mail", (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else "")]], mode)
    doc.t("\n3. ENDEREÇO\n")
    form(doc, g, [[("Endereço", addr(g)), ("Bairro", g.pick(BAIRROS))], [("Cidade/UF", f"{city}/{uf}"), ("CEP", cep_t(g))]], mode)
    doc.t("\n4. RESPONSÁVEL FINANCEIRO\n")
    if g.chance(0.7):
        doc.f("( «a» ) Mãe   ( «b» ) Pai   (   ) Outro\n", a="X" if pai is None or g.chance(0.6) else " ", b=" " if pai is None else g.pick(["X", " "]))
    else:
        avo = g.relative(mae, female=True)
        doc.f("(   ) Mãe   (   ) Pai   ( X ) Outro: «n» (avó) — CPF «c»\n", n=P(avo.full), c=cpf_t(g))
    doc.t("\n5. PESSOAS AUTORIZADAS A BUSCAR A CRIANÇA\n")
    rows = []
    for _ in range(g.ri(1, 2)):
        r = g.relative(mae) if g.chance(0.6) else g.person()
        rg, _iss = rg_t(g)
        rel = g.pick(["avó", "tia", "madrinha", "vizinha", "irmã (maior)"] if r.female else ["avô", "tio", "padrinho", "vizinho"])
        rows.append([P(r.full if g.chance(0.7) else r.short), rel,
                     rg, ph(g, g.pick(["par", "plain"]))])
    if g.chance(0.3):
        drv = g.person(female=False)
        rows.append([[("Tio ", None), P(drv.nick)], "transporte escolar", [("van placa ", None), (g.plate(), "LICENSE_PLATE")],
                     ph(g, "par")])
    if g.chance(0.5):
        table_layout(doc, ["Nome", "Parentesco", "RG / Documento", "Telefone"], rows)
    else:
        table_cells(doc, ["Nome", "Parentesco", "RG / Documento", "Telefone"], rows, blank=False)
    ped = g.person()
    doc.f("\n6. SAÚDE\nAlergias: «al»\nPlano de saúde: «pl»\nPediatra: Dr«a». «p» — «c»\nEm caso de emergência avisar: «e» («t»)\n",
          al=g.pick(["não", "dipirona", "lactose", "amendoim e camarão", "picada de inseto"]),
          pl=g.pick(["não possui", f"Unimed — carteirinha {g.d(1)} {g.d(3)} {g.d(12)} {g.d(1)}", f"Hapvida {g.d(10)}"]),
          a="a" if ped.female else "", p=P(ped.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=P(g.relative(mae).short), t=ph(g))
    doc.f("\nDeclaro serem verdadeiras as informações acima e estar ciente do Regimento Escolar.\n«c», «d».\n\n", c=city, d=g.date())
    signature(doc, P(mae.full if g.chance(0.7) or pai is None else pai.full), ["Responsável legal"])
    foot_ip = g.chance(0.4)
    ip, when = g.ip(), f"{g.date()} {g.hms()}"
    login = g.pick(LOGINS)

    def foot(k: int, n: int) -> Doc:
        d = Doc("\n")
        if foot_ip:
            d.f("Formulário enviado pelo portal em «w» — IP «ip» — ", w=when, ip=(ip, "IP_ADDRESS"))
        else:
            d.t(f"Impresso por {login} — ")
        return d.t(f"página {k} de {n}\n\f")
    return paginate(doc, g.ri(28, 40), None, foot)


SUBJECTS = ["Língua Portuguesa", "Matemática", "Ciências", "História", "Geografia", "Arte", "Educação Física",
            "Língua Inglesa", "Ensino Religioso"]


def at_report_card(g: Gen) -> Doc:
    """School report cards printed from the school system, one page per student (siblings)."""
    school = g.pick(SCHOOLS)
    teachers = {s: g.person() for s in SUBJECTS}
    coord, dire = g.person(female=g.chance(0.8)), g.person()
    mae = g.person(female=True)
    pai = g.person(female=False)
    kids = [g.child(mae, pai) for _ in range(g.pick([1, 1, 1, 1, 2]))]
    with_teachers = g.chance(0.35)
    resp = g.pick([mae, pai])
    year = g.pick([2024, 2025])
    out = Doc()
    cells = g.chance(0.4)
    resp_tel, with_cpf = g.phone(), g.chance(0.5)
    resp_mail = g.email(resp) if g.chance(0.5) else None
    for kid in kids:
        page = Doc()
        page.f("«s»\nBOLETIM ESCOLAR — ANO LETIVO «y»\n\nAluno(a): «a»        Nº «n»\nTurma: «t»     Turno: «tu»     Matrícula: «m»\n"
               "Data de nasc.: «d»«cpf»     Responsável: «r» — «rt»«re»\n\n",
               s=school.upper(), y=year, a=P(name_form(g, kid, ["caps", "full", "caps"])), n=g.ri(1, 35),
               t=g.pick(["6º ano B", "7º ano A", "8º ano C", "4º ano", "9º ano A"]), tu=g.pick(["Matutino", "Vespertino"]),
               m=f"{year - g.ri(0, 5)}{g.d(5)}", d=(g.dob("br", 2010, 2018), "DATE_OF_BIRTH"),
               r=P(name_form(g, resp, ["full", "caps", "short"])), rt=(resp_tel, "PHONE_NUMBER"),
               cpf=D("     CPF: «c»", c=cpf_t(g)) if with_cpf else "",
               re=D(" — «e»", e=(resp_mail, "EMAIL_ADDRESS")) if resp_mail else "")
        rows = []
        for s in g.rng.sample(SUBJECTS, g.ri(4, 6)):
            grades = [f"{g.ri(40, 100) / 10:.1f}".replace(".", ",") for _ in range(3)]
            if g.chance(0.3):
                grades[2] = "-"
            tp = teachers[s]
            tn = g.pick([tp.full, tp.short, fold(tp.short).upper()])
            rows.append([s] + ([[("Prof.ª " if tp.female else "Prof. ", None), P(tn)] if g.chance(0.5) else P(tn)] if with_teachers else [])
                        + grades + [str(g.ri(0, 14)), g.pick(["APR", "CUR", "APR", "REC"])])
        cols = ["Componente curricular"] + (["Professor(a)"] if with_teachers else []) + ["1º Tri", "2º Tri", "3º Tri", "Faltas", "Sit."]
        if cells:
            table_cells(page, cols, rows, blank=False)
        else:
            table_layout(page, cols, rows, gap=g.ri(2, 4))
        page.f("\nLegenda: APR aprovado · CUR cursando · REC recuperação\n\nObservações do conselho de classe: «o»\n\n",
               o=g.pick([D("«n» demonstra ótima participação; precisa melhorar a organização dos cadernos.", n=P(kid.first)),
                         D("Encaminhad«o» à recuperação paralela de Matemática com «t».", o=kid.o, t=P(teachers["Matemática"].short)),
                         D("Sem observações.")]))
        page.f("Coordenação pedagógica: «c»          Direção: «d»\n\nEmitido em «e» por «l» — SGE v«v»\n",
               c=P(coord.full), d=P(dire.full) if g.chance(0.5) else "____________________", e=g.date(year=year), l=g.pick(LOGINS), v=f"{g.ri(2, 5)}.{g.ri(0, 9)}")
        out.add(page).t(f"\n{school} — página {len(out.text.split(chr(12)))} de {len(kids)}\n\f")
    return out


def at_church_roll(g: Gen) -> Doc:
    """A church's member roll printed by the secretary: one block (or row) per member."""
    church = g.pick(CHURCHES)
    city, uf = g.city()
    pastor = g.person(female=g.chance(0.2))
    body = Doc()
    body.f("A paz do Senhor! Lista para uso interno da secretaria — não divulgar fora do conselho.\nPastor presidente: «p»   "
           "Secretária: «s»\n\n", p=P(pastor.full),
           s=P(g.person(female=True).short) if g.chance(0.4) else "ramal 3")
    blocks = g.chance(0.65)
    rows = []
    for i in range(g.ri(3, 5)):
        m = g.person(word=g.chance(0.15))
        sp = g.relative(m, female=not m.female) if g.chance(0.4) else None
        num = f"{g.ri(1, 900):04d}"
        dob = (g.dob(g.pick(["br", "short", "nopad"]), 1940, 2008), "DATE_OF_BIRTH")
        bat = g.date(year=g.ri(1975, 2024))
        a, c = addr(g), cep_t(g)
        tel = ph(g)
        em = (g.email(m), "EMAIL_ADDRESS") if g.chance(0.5) else None
        cargo = g.pick(["membro", "diácono", "diaconisa", "louvor", "Escola Bíblica", "presbítero", "missões", "intercessão"])
        name = P(name_form(g, m, ["caps", "inv_caps", "full"]))
        if blocks:
            body.f("«n»  «m»\nNasc.: «d»    Estado civil: «ec»«sp»\nBatismo: «b»    Recebid«o» por: «r»\n"
                   "End.: «a» — «ba» — CEP «c»\nFone: «t»«em»\nCargo/ministério: «cg»\n\n",
                   n=num, m=name, d=dob, ec="casad" + m.o if sp else g.pick(["solteir" + m.o, "viúv" + m.o]),
                   sp=D("    Cônjuge: «s»", s=P(sp.full if g.chance(0.6) else sp.first)) if sp else "", b=bat, o=m.o,
                   r=g.pick(["batismo", "carta de transferência", "aclamação", "profissão de fé"]), a=a, ba=g.pick(BAIRROS), c=c, t=tel,
                   em=D("    E-mail: «e»", e=em) if em else "", cg=cargo)
        else:
            rows.append([num, name, dob, bat, tel, [a, " — CEP ", c], cargo])
    if not blocks:
        table_layout(body, ["Nº", "NOME", "NASC.", "BATISMO", "TELEFONE", "ENDEREÇO", "MINISTÉRIO"], rows, gap=2)
    body.f("\nTotal nesta listagem: «n» membros. Atualizações com a secretaria após o culto de domingo. Pela graça de Deus, "
           "seguimos crescendo.\n", n=g.ri(40, 300))
    upd = g.date()
    head = lambda k, n: Doc(f"{church.upper()}\n{city}/{uf} — SECRETARIA — ROL DE MEMBROS (atualizado em {upd})\n\n")
    return paginate(body, g.ri(18, 26), head, page_footer(g, church, g.ri(0, 3)))


def at_minutes(g: Gen) -> Doc:
    """Minutes of a residents' association meeting, scanned: prose, then the attendance list."""
    assoc = g.pick(ASSOCS)
    city, uf = g.city()
    pres, sec, tes = g.person(), g.person(female=True), g.person()
    mor, sug = g.person(female=True), g.person(female=False)
    bank, bname = g.pick(BANKS)
    t, name, num, _c = g.street_parts()
    doc = Doc()
    doc.f("«a»\nCNPJ «j»\n\nATA DA «n»ª REUNIÃO ORDINÁRIA\n\n", a=ocr(assoc.upper(), g, 0.3), j=(g.cnpj(), "BR_CNPJ"), n=g.ri(12, 180))
    prose = Doc()
    prose.f("Aos «d» dias do mês de «m» de «y», às «h» horas, na sede social, reuniram-se os associados cujas assinaturas constam "
            "da lista de presença, sob a presidência de «p» e secretariada por mim, «s». Pauta: 1) iluminação pública; 2) "
            "limpeza do terreno baldio; 3) prestação de contas; 4) festa junina. Item 1: a moradora «mo», residente na «ad», "
            "relatou que o poste em frente à sua casa está sem luz há três semanas e que já abriu protocolo nº «pr» na "
            "prefeitura; deixou o telefone «t» para contato. «su» Item 3: o tesoureiro«te» "
            "apresentou o saldo de R$ «v» em conta no «bn», agência «ag», conta «cc», e informou que «k» associados estão em "
            "atraso. Item 4: a festa será no dia «fd», na «st», em frente à quadra. Nada mais havendo a tratar, eu, «s2», "
            "secretária, lavrei a presente ata, que vai assinada por mim e pelo presidente.\n\n",
            d=g.ri(1, 28), m=g.pick(MONTHS), y=g.pick([2024, 2025]), h=g.pick(["19", "19h30", "20", "9"]),
            p=P(ocr(pres.full, g, 0.08)), s=P(ocr(sec.full, g, 0.08)), mo=P(ocr(name_form(g, mor, ["full", "short"]), g, 0.08)),
            ad=(ocr(g.address(), g, 0.08), "ADDRESS"), pr=g.neg(11) if g.chance(0.5) else f"{g.ri(2024, 2025)}/{g.d(6)}",
            t=(ocr(g.phone(g.pick(["par", "plain"])), g, 0.1, True), "PHONE_NUMBER"), su=D("O Sr. «n» sugeriu um abaixo-assinado.", n=P(ocr(sug.short, g, 0.08))) if g.chance(0.5) else "Foi sugerido um abaixo-assinado.",
            te=D(" «n»", n=P(ocr(tes.full, g, 0.08))) if g.chance(0.5) else "", v=g.money(200, 9000), bn=bname, ag=(g.agency(), "BANK_ACCOUNT"),
            cc=(ocr(g.account(), g, 0.08, True), "BANK_ACCOUNT"), k=g.ri(3, 40), fd=g.date("br"), st=f"{t} {name}",
            s2=P(sec.first if g.chance(0.3) else sec.full) if g.chance(0.5) else "a secretária abaixo assinada")
    reflow(prose, g.pick([80, 88, 95]))
    doc.add(prose)
    if g.chance(0.5):
        signature(doc, P(ocr(pres.full, g, 0.08)), ["Presidente"], "_" * 30)
        signature(doc, P(ocr(sec.full, g, 0.08)), ["Secretária"], "_" * 30)
    else:
        doc.t("[assinatura]          [assinatura]\nPresidente            Secretária\n")
    doc.t("\nLISTA DE PRESENÇA\n")
    with_rg = g.chance(0.7)
    cols = g.pick([["Nome", "Endereço", "Telefone", "Assinatura"], ["NOME", "RUA / Nº", "FONE", "ASSINATURA"]])
    if with_rg:
        cols.insert(1, "RG")
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        a = (ocr(g.address(g.pick(["text", "caps"])), g, 0.08), "ADDRESS") if g.chance(0.8) else "casa " + str(g.ri(1, 300))
        rows.append([P(ocr(name_form(g, p, ["full", "caps", "short", "low"]), g, 0.1)), a,
                     (ocr(g.phone(g.pick(["par", "plain", "raw"])), g, 0.1, True), "PHONE_NUMBER") if g.chance(0.8) else "",
                     g.pick(["[assinatura]", "[rubrica]", "", "[ilegível]"])])
        if with_rg:
            rows[-1].insert(1, (ocr(rg_t(g)[0][0], g, 0.1, True), "BR_RG"))
    if g.chance(0.5):
        table_layout(doc, cols, rows, gap=g.ri(2, 4))
    else:
        doc.t(" | ".join(cols) + "\n")
        for r in rows:
            for k, c in enumerate(r):
                if k:
                    doc.t(" | ")
                doc.add(vdoc(c))
            doc.t("\n")
    doc.f("\n[digitalizado em «d» — «dpi» dpi — OCR]\n", d=g.date(), dpi=g.pick([200, 300]))
    return doc


def at_workshop(g: Gen) -> Doc:
    """A car workshop's service order: client and vehicle side by side, parts, authorisation, hand-over."""
    ws = g.pick(WORKSHOPS)
    city, uf = g.city()
    c = g.person()
    mec, cons = g.person(female=False), g.person()
    doc = Doc()
    doc.f("«w»\nCNPJ «j» — «a» — «b» — «c»/«uf»\nFone «t» · WhatsApp «t2»\n\n",
          w=ws.upper(), j=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), a=company_street(g), b=g.pick(BAIRROS), c=city, uf=uf,
          t=(g.phone("par", False, ddd := g.pick(DDDS)), "PHONE_NUMBER"), t2=(g.phone("par", True, ddd), "PHONE_NUMBER"))
    day, mon = g.ri(1, 20), g.ri(1, 12)
    doc.f("ORDEM DE SERVIÇO Nº «n»          Entrada: «d» «h»          Previsão: «p»\n\n", n=f"{g.ri(1, 9999):06d}",
          d=f"{day:02d}/{mon:02d}/2025", h=g.hm(), p=f"{day + g.ri(1, 7):02d}/{mon:02d}/2025")
    fleet = g.chance(0.2)
    if fleet:
        left = [Doc("DADOS DO CLIENTE"), D("Cliente: «f»", f=g.pick(SMALL_FIRMS)), D("CNPJ: «j»", j=(g.cnpj(), "BR_CNPJ")),
                D("Condutor: «n»", n=P(c.full)), D("Fone: «t»", t=ph(g))]
    else:
        left = [Doc("DADOS DO CLIENTE"), D("Nome: «n»", n=P(name_form(g, c, ["full", "caps"]))), D("CPF: «c»", c=cpf_t(g)),
                D("Fone: «t»", t=ph(g)), D("E-mail: «e»", e=(g.email(c), "EMAIL_ADDRESS")) if g.chance(0.6) else Doc("E-mail:"),
                D("End.: «a»", a=addr(g)), D("Bairro: «b»  CEP: «c»", b=g.pick(BAIRROS), c=cep_t(g))]
    model = g.pick(CAR_MODELS)
    right = [Doc("DADOS DO VEÍCULO"), Doc(f"Modelo: {model}"), Doc(f"Ano/Mod.: {(y := g.ri(2005, 2023))}/{y + g.ri(0, 1)}"),
             Doc(f"Cor: {g.pick(COLORS)}"), D("Placa: «p»", p=(g.plate(), "LICENSE_PLATE")), Doc(f"RENAVAM: {g.renavam()}"),
             Doc(f"Chassi: {g.chassis()}"), Doc(f"KM: {g.ri(8, 240)}.{g.d(3)}")]
    if g.chance(0.6):
        side(doc, left, right, gap=g.ri(4, 10))
    else:
        for x in left + [Doc("")] + right:
            doc.add(x).t("\n")
    compl, diag = g.pick([("barulho na suspensão dianteira em lombada", "bieleta e bucha da bandeja desgastadas"),
                          ("luz da injeção acesa e falhando na partida a frio", "bobina do 2º cilindro com defeito, velas gastas"),
                          ("freio chiando e pedal baixo", "pastilhas no limite, disco empenado"),
                          ("ar-condicionado não gela", "falta de gás, válvula de expansão ok"),
                          ("vazamento de óleo embaixo do motor", "retentor do virabrequim vazando")])
    doc.f("\nRECLAMAÇÃO DO CLIENTE: «r»\nDIAGNÓSTICO («m»): «d»\n\n", r=compl, m=P(g.pick([mec.first, mec.short, mec.nick])), d=diag)
    rows, total = [], 0
    for _ in range(g.ri(3, 6)):
        v = g.ri(30, 900)
        q = g.ri(1, 4)
        total += v * q
        rows.append([g.pick([g.d(6), f"{g.d(2)}.{g.d(3)}", "MO" + g.d(3)]),
                     g.pick(["PASTILHA FREIO DIANT.", "DISCO FREIO VENTILADO", "BIELETA DIANT. LE", "VELA IGNICAO", "BOBINA IGNICAO",
                             "OLEO 5W30 SINT. 1L", "FILTRO OLEO", "MAO DE OBRA SUSPENSAO", "MAO DE OBRA FREIO", "CARGA GAS R134A",
                             "RETENTOR", "ALINHAMENTO + BALANCEAMENTO"]), str(q), f"{v},00", f"{v * q},00"])
    table_layout(doc, ["CÓD.", "DESCRIÇÃO", "QTD", "VL. UNIT.", "TOTAL"], rows, gap=g.ri(2, 4))
    doc.f("\nTOTAL GERAL: R$ «t»,00   Pagamento: «p»\nGarantia de 90 dias para peças e serviços (CDC art. 26, II).\n\n",
          t=total, p=g.pick(["cartão de crédito 3x (final " + g.d(4) + ")", "Pix para o CNPJ da oficina", "dinheiro", "débito"]))
    doc.t("Autorizo a execução dos serviços e a compra das peças acima descritas.\n")
    signature(doc, P(c.full if not fleet else c.short), ["Cliente" if not fleet else "Condutor"], "_" * 32)
    who = c if g.chance(0.6) else g.relative(c)
    doc.t("\nTERMO DE ENTREGA\n")
    rg, iss = rg_t(g)
    doc.f("Veículo retirado em «d» às «h» por «n», «doc», conferido por «k».\n",
          d=g.date(), h=g.hm(), n=P(name_form(g, who, ["full", "caps", "short"])),
          doc=D("RG «r» «i»", r=rg, i=iss) if g.chance(0.5) else D("CNH «c»", c=(g.cnh(), "BR_CNH")),
          k=P(cons.first) if g.chance(0.5) else "portaria")
    doc.f("Consultor técnico: «c»    Mecânico responsável: «m»\n", c=P(cons.full) if g.chance(0.5) else "balcão", m=P(mec.full))
    return doc


def at_delivery(g: Gen) -> Doc:
    """A furniture store's delivery route sheet: driver, helper, truck, customers, who received."""
    store = g.pick(STORES)
    city, uf = g.city()
    drv, hlp, conf = g.person(female=False), g.person(female=False), g.person()
    body = Doc()
    body.f("Data: «d»    Rota: «r»\nMotorista: «m»    CNH: «c»    Veículo: «v» placa «p»\nAjudante: «a»\n"
           "Saída: «h»    Km inicial: «km»\n\n",
           d=g.date(), r=", ".join(g.rng.sample(BAIRROS, 3)), m=P(name_form(g, drv, ["full", "caps", "short"])),
           c=(g.cnh(), "BR_CNH"), v=g.pick(["VW 8.160 Delivery", "Iveco Daily 35-150", "Fiat Fiorino", "Mercedes Accelo 815"]),
           p=(g.plate(), "LICENSE_PLATE"), a=P(name_form(g, hlp, ["first", "nick", "short"])) if g.chance(0.6) else "—", h=g.hm(), km=f"{g.ri(10, 300)}.{g.d(3)}")
    cells = g.chance(0.5)
    for i in range(1, g.ri(2, 3) + 1):
        c = g.person()
        fields = [D("ENTREGA «i» — Pedido «p» — NF-e «nf»", i=i, p=g.d(6), nf=f"{g.ri(1, 99)}.{g.d(3)}"),
                  D("Cliente: «n»", n=P(name_form(g, c, ["caps", "full"]))),
                  D("Endereço: «a» — «b» — CEP «c»", a=addr(g, g.pick(["text", "caps"])), b=g.pick(BAIRROS), c=cep_t(g)),
                  Doc("Referência: " + g.pick(["portão BRANCO ao lado da padaria", "casa rosa de esquina", "perto da Igreja Graça e Paz",
                                               "em frente ao mercadinho Dois Irmãos", "sobrado verde, interfone quebrado"])),
                  D("Fone: «t»«t2»", t=ph(g), t2=D(" / «x»", x=ph(g)) if g.chance(0.4) else ""),
                  Doc("Produtos: " + ", ".join(g.rng.sample(["Guarda-roupa 6 portas (3 vol.)", "Colchão casal D33", "Rack 1,80",
                                                             "Sofá 3 lugares", "Mesa 4 cadeiras", "Geladeira 375L", "Cama box solteiro",
                                                             "Cimento CP II 50kg (10 sc)", "Porta de madeira 80cm"], 2)))]
        rec = c if g.chance(0.5) else g.relative(c)
        if g.chance(0.7):
            rg, _ = rg_t(g)
            fields.append(D("Recebido por: «n»   RG «r»   Hora: «h»", n=P(name_form(g, rec, ["full", "short", "first"])), r=rg, h=g.hm()))
        else:
            fields.append(Doc("Recebido por: ____________   (ninguém em casa, reagendar)"))
        if g.chance(0.35):
            fields.append(g.pick([D("Obs.: se não tiver ninguém deixar com a vizinha «n» (casa ao lado)", n=P(g.person(female=True).first)),
                                  D("Obs.: ligar antes para o marido, «n», «t»", n=P(g.person(female=False).short), t=ph(g)),
                                  Doc("Obs.: cliente pediu montagem, agendar montador")]))
        for f in fields:
            body.add(f).t("\n")
        body.t("\n" if cells else "-" * g.ri(40, 70) + "\n")
    body.f("Retorno: «h»    Km final: «km»\nConferido por: «c»\n", h=g.hm(), km=f"{g.ri(10, 300)}.{g.d(3)}",
           c=P(conf.short) if g.chance(0.6) else "__________")
    n = g.d(5)
    head = lambda k, nn: Doc(f"{store.upper()} — ROMANEIO DE ENTREGAS Nº {n}\n\n")
    return paginate(body, g.ri(22, 34), head, page_footer(g, f"Romaneio {n} — {city}/{uf}", g.ri(0, 3)))


# =========================================================================== juridico

PROFS = [("professora", "professor"), ("comerciante", "comerciante"), ("auxiliar de enfermagem", "auxiliar de enfermagem"),
         ("costureira", "pedreiro"), ("do lar", "motorista"), ("aposentada", "aposentado"), ("empresária", "empresário"),
         ("cozinheira", "eletricista"), ("vendedora", "vendedor"), ("diarista", "servente"), ("cabeleireira", "mecânico"),
         ("agricultora", "agricultor"), ("auxiliar administrativa", "auxiliar administrativo"), ("estudante", "estudante")]


def prof(g: Gen, p: Person) -> str:
    f, m = g.pick(PROFS)
    return f if p.female else m


def civil(g: Gen, p: Person) -> str:
    return g.pick(["solteir" + p.o, "casad" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "convivente em união estável"])


def qualify(g: Gen, p: Person, name: str | None = None, dob: bool = False, contact: bool = False, cnh: bool = False,
            titulo: bool = False, cpf: str | None = None) -> Doc:
    """A party qualified in full, the way contracts and minutes write it."""
    city, uf = g.city()
    rg, iss = rg_t(g)
    d = Doc()
    d.f("«n», «na», «ec», «pr», portador«a» da cédula de identidade RG nº «rg» «iss», inscrit«o» no CPF sob o nº «cpf»",
        n=P(name or p.caps), na="brasileir" + p.o, ec=civil(g, p), pr=prof(g, p), a="a" if p.female else "", rg=rg, iss=iss, o=p.o,
        cpf=(cpf or g.pcpf(p), "BR_CPF"))
    if cnh:
        d.f(", CNH nº «c»", c=(g.cnh(), "BR_CNH"))
    if titulo:
        d.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if dob:
        d.f(", nascid«o» em «d»", o=p.o, d=(g.dob(g.pick(["br", "long", "br"]), 1950, 2001), "DATE_OF_BIRTH"))
    d.f(", residente e domiciliad«o» na «a», bairro «b», «c»/«uf», CEP «cep»", o=p.o, a=addr(g), b=g.pick(BAIRROS), c=city, uf=uf,
        cep=cep_t(g))
    if contact:
        d.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=ph(g))
    return d


def esign_log(g: Gen, signers: list[tuple[Person, str]]) -> Doc:
    """The signature log page an e-signature service appends to a PDF."""
    d = Doc()
    day = g.date()
    times = sorted(g.hms() for _ in range(len(signers) + 1))
    d.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS\nDocumento: «id»\nHash SHA-256: «h»\nCriado em «c» por «l»\n\n",
        id=g.uuid(), h=g.hexs(64), c=f"{day} {times[0]}", l=g.pick(LOGINS))
    for (p, mail), when in zip(signers, times[1:]):
        d.f("«n»\n  CPF: «cpf»   E-mail: «e»\n  Assinou em «w» (GMT-03:00) — IP «ip» — «dev»\n",
            n=P(p.full), cpf=(g.pcpf(p), "BR_CPF"), e=(mail, "EMAIL_ADDRESS"), w=f"{day} {when}", ip=(g.ip(), "IP_ADDRESS"),
            dev=g.pick(["Android 14 / Chrome", "iPhone / Safari", "Windows 10 / Edge", "token via WhatsApp"]))
    d.t("Validação: portal do assinador, código " + g.hexs(4).upper() + "-" + g.hexs(4).upper() + "\n")
    return d


def lawyer(g: Gen, uf: str | None = None) -> tuple[Person, str]:
    p = g.person()
    return p, g.council("OAB", uf)


def ju_intake(g: Gen) -> Doc:
    """A small law office's client intake sheet."""
    office = g.pick(OFFICES)
    city, uf = g.city()
    adv, oab = lawyer(g, uf)
    c = g.person()
    labour = g.chance(0.55)
    doc = Doc()
    doc.f("FICHA DE ATENDIMENTO — CLIENTE PESSOA FÍSICA\n\nData: «d»    Atendido por: Dr«a». «n» («o»)    Indicação: «i»\n\n"
          "DADOS PESSOAIS\n",
          d=g.date(), a="a" if adv.female else "", n=P(adv.full), o=(oab, "PROFESSIONAL_ID"),
          i=g.pick([D("cliente antigo «x»", x=P(g.person().full)), "Instagram", "sindicato", D("irmã («x»)", x=P(g.relative(c, True).first))]))
    mode = g.pick(["inline", "below", "grid", "blocks"])
    rg, iss = rg_t(g)
    rows = [[("Nome", P(name_form(g, c, ["full", "caps"]))), ("Estado civil", civil(g, c))],
            [("CPF", cpf_t(g)), ("RG / Órgão", [rg, " " + iss]), ("CNH", (g.cnh(), "BR_CNH") if g.chance(0.4) else "")],
            [("Data de nascimento", (g.dob(), "DATE_OF_BIRTH")), ("Profissão", prof(g, c))],
            [("Nome da mãe", P(g.relative(c, True).full))]]
    if labour:
        rows.append([("PIS/NIT", (g.pis(), "BR_PIS")), ("CTPS nº / série", f"{g.d(7)} / {g.d(4)}-{uf}")])
    if g.chance(0.5):
        rows.append([("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")), ("Zona/Seção", f"{g.ri(1, 400):03d}/{g.ri(1, 900):04d}")])
    rows += [[("Endereço", addr(g)), ("Bairro", g.pick(BAIRROS))], [("Cidade/UF", f"{city}/{uf}"), ("CEP", cep_t(g))],
             [("Celular/WhatsApp", ph(g)), ("Recado", [P(g.relative(c).first), " ", ph(g, "par")] if g.chance(0.5) else "")],
             [("E-mail", (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else "não tem")]]
    form(doc, g, rows, mode)
    area = "Trabalhista" if labour else "Família"
    doc.f("\nÁREA: «a»\n", a=area)
    if labour:
        firm = g.pick(SMALL_FIRMS)
        boss, wit = g.person(), g.person()
        doc.f("PARTE CONTRÁRIA: «f» — CNPJ «j»\n\nRELATO: Cliente trabalhou de «a» a «b» como «p», sem registro nos primeiros "
              "meses. Era subordinad«o» ao encarregado «e», que «x». Recebia R$ «s» por fora, via Pix. Testemunha: «w», ex-colega, "
              "fone «t». Já teve processo anterior nº «cnj» (arquivado). Demitid«o» sem justa causa, não recebeu as verbas "
              "rescisórias nem a multa do FGTS.\n",
              f=firm, j=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), a=g.date(year=g.ri(2019, 2023)), b=g.date(year=2025), p=prof(g, c),
              o=c.o, e=P(g.pick([boss.full, boss.short, boss.first])),
              x=g.pick(["fazia cobranças na frente dos clientes", "exigia horas extras não pagas", "não era nada prudente com a segurança"]),
              s=g.money(300, 1500), w=P(wit.full), t=ph(g), cnj=g.cnj("5.15"))
    else:
        ex = g.person(female=not c.female)
        kid = g.child(c if c.female else ex, ex if c.female else c)
        doc.f("PARTE CONTRÁRIA: «x», «r», endereço «a»\n\nRELATO: Cliente busca «o» em favor de «k», nascid«ko» em «d». O "
              "requerido trabalha na «f» e recebe em torno de R$ «s». Há conversa de WhatsApp em que ele admite a dívida. "
              "Processo anterior nº «cnj».\n",
              x=P(ex.full), r=g.pick(["ex-companheiro", "ex-cônjuge", "genitor"]) if not ex.female else "genitora",
              a=addr(g) if g.chance(0.6) else "desconhecido", o=g.pick(["revisão de alimentos", "execução de alimentos", "guarda"]),
              k=P(kid.full), ko=kid.o, d=(g.dob("br", 2009, 2022), "DATE_OF_BIRTH"), f=g.pick(SMALL_FIRMS), s=g.money(1800, 6000),
              cnj=g.cnj("8.26"))
    doc.f("\nDOCUMENTOS ENTREGUES: [x] RG/CPF  [x] comprovante de residência (conta de luz)  [«a»] CTPS  [«b»] extrato FGTS\n"
          "HONORÁRIOS: «h»\n", a=g.pick(["x", " "]), b=g.pick(["x", " "]),
          h=g.pick(["30% do proveito econômico, contrato assinado", "R$ 1.500,00 + 20% do êxito", "Defensoria? cliente sem renda — avaliar"]))
    foot = page_footer(g, D("«o» — «a» — «c»/«uf» — CEP «cep»", o=office, a=company_street(g), c=city, uf=uf, cep=cep_t(g)),
                       g.pick([0, 3]))
    head = lambda k, n: Doc(f"{office.upper()}\n\n") if k == 1 else None
    return paginate(doc, g.ri(26, 40), head, foot)


def ju_procuracao(g: Gen) -> Doc:
    """A power of attorney ad judicia, hard-wrapped, with a substabelecimento or an e-signature log."""
    office = g.pick(OFFICES)
    city, uf = g.city()
    c = g.person()
    advs = [lawyer(g, uf) for _ in range(g.ri(1, 2))]
    dom = re.sub(r"[^a-z]", "", fold(office.split()[0]).lower()) + g.pick([".adv.br", "advocacia.com.br", ".com.br"])
    body = Doc()
    body.f("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE: «q».\n\nOUTORGAD«s»: ", q=qualify(g, c, contact=g.chance(0.5)),
           s="OS" if len(advs) > 1 else ("A" if advs[0][0].female else "O"))
    mails = []
    for i, (a, oab) in enumerate(advs):
        mail = f"{re.sub(r'[^a-z]', '', fold(a.first).lower())}@{dom}"
        mails.append(mail)
        body.f("«s»«n», brasileir«o», advogad«o», inscrit«o» na «oab», e-mail «e»", s=", e " if i else "", n=P(a.full), o=a.o,
               oab=(oab, "PROFESSIONAL_ID"), e=(mail, "EMAIL_ADDRESS"))
    body.f(", com escritório profissional na «a», «c»/«uf», onde recebe«m» intimações.\n\n", a=company_street(g), c=city, uf=uf,
           m="m" if len(advs) > 1 else "")
    purpose = g.ri(0, 3)
    if purpose == 0:
        purp = D("ajuizar reclamação trabalhista em face de «f», CNPJ «j»", f=g.pick(SMALL_FIRMS), j=(g.cnpj(), "BR_CNPJ"))
    elif purpose == 1:
        purp = D("acompanhar o processo nº «n», em trâmite na «v»ª Vara Cível da Comarca de «c»", n=g.cnj(), v=g.ri(1, 9), c=city)
    elif purpose == 2:
        dec = g.relative(c)
        purp = D("representá-l«o» no inventário dos bens deixados por «d», falecid«do» em «dt», CPF «cpf»", o=c.o, d=P(dec.full),
                 do=dec.o, dt=g.date(year=g.ri(2020, 2025)), cpf=cpf_t(g))
    else:
        kid = g.child(c if c.female else g.person(True), c if not c.female else g.person(False))
        purp = D("propor ação de alimentos em favor de «k», nascid«o» em «d», em face de «r»", k=P(kid.full), o=kid.o,
                 d=(g.dob("long", 2010, 2023), "DATE_OF_BIRTH"), r=P(g.person(female=not c.female).full))
    body.f("PODERES: pelo presente instrumento particular de mandato, «o» outorgante nomeia e constitui seus bastantes "
           "procuradores os outorgados acima, conferindo-lhes amplos poderes para o foro em geral, com a cláusula ad judicia et "
           "extra, em qualquer juízo, instância ou tribunal, podendo propor contra quem de direito as ações competentes e "
           "defendê-l«o» nas contrárias, seguindo umas e outras até final decisão, usando os recursos legais e acompanhando-os, "
           "conferindo-lhes ainda poderes especiais para confessar, desistir, transigir, firmar acordos e compromissos, receber e "
           "dar quitação, requerer justiça gratuita e substabelecer esta em outrem, com ou sem reserva de iguais poderes, dando "
           "tudo por bom, firme e valioso, especialmente para «p».\n\n«c», «d».\n\n\n",
           o="a" if c.female else "o", p=purp, c=city, d=g.date("long"))
    reflow(body, g.pick([72, 80, 86]))
    signature(body, P(c.caps), ["OUTORGANTE"])
    if g.chance(0.35):
        a3, oab3 = lawyer(g, uf)
        sub = Doc()
        sub.f("\nSUBSTABELECIMENTO\nSubstabeleço, com reserva de iguais poderes, na pessoa de «n», «o», os poderes que me foram "
              "conferidos na procuração acima. «c», «d».\n", n=P(a3.full), o=(oab3, "PROFESSIONAL_ID"), c=city, d=g.date())
        reflow(sub, 80)
        body.add(sub)
        signature(body, P(advs[0][0].full), [(advs[0][1], "PROFESSIONAL_ID")])
    out = paginate(body, g.ri(20, 30), None, page_footer(g, office, g.ri(0, 3)))
    if g.chance(0.5):
        signers = [(c, g.email(c))] + [(a, m) for (a, _), m in zip(advs[:1], mails)]
        out.add(esign_log(g, signers))
    return out


def ju_lease(g: Gen) -> Doc:
    """A residential lease between private persons: parties, property, garage, rent by Pix, guarantor, witnesses."""
    city, uf = g.city()
    lor, lat = g.person(), g.person()
    lat2 = g.relative(lat, female=not lat.female) if g.chance(0.35) else None
    fia = g.person()
    fia_sp = g.relative(fia, female=not fia.female) if g.chance(0.4) else None
    body = Doc()
    body.f("CONTRATO DE LOCAÇÃO RESIDENCIAL\n\nPelo presente instrumento particular, de um lado «a», doravante denominad«o» "
           "LOCADOR«ra»; e de outro lado «b»",
           a=qualify(g, lor, contact=g.chance(0.5), cpf=(lor_cpf := g.cpf("dot"))), o=lor.o, ra="A" if lor.female else "",
           b=qualify(g, lat, cnh=g.chance(0.3), contact=g.chance(0.6)))
    if lat2:
        body.f(", e seu cônjuge «n», CPF «c»", n=P(lat2.caps), c=cpf_t(g))
    body.f(", doravante denominad«o» LOCATÁRI«o2»; têm entre si justo e contratado o seguinte:\n\n", o="os" if lat2 else lat.o,
           o2="A" if lat.female and not lat2 else "O" if not lat2 else "OS")
    iptu = f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}"
    body.f("CLÁUSULA 1ª — DO OBJETO. O LOCADOR dá em locação o imóvel residencial situado na «a», bairro «b», «c»/«uf», CEP «cep», "
           "objeto da matrícula nº «m» do «r»º Cartório de Registro de Imóveis, inscrição imobiliária (IPTU) «i», com direito à "
           "vaga de garagem nº «v».\n\n",
           a=addr(g), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g), m=f"{g.ri(1, 99)}.{g.d(3)}", r=g.ri(1, 3), i=iptu, v=g.ri(1, 80))
    body.f("CLÁUSULA 2ª — DO PRAZO. A locação terá prazo de «p» meses, com início em «d», nos termos da Lei 8.245/1991.\n\n",
           p=g.pick([12, 24, 30, 36]), d=g.date())
    bank, bname = g.pick(BANKS)
    pay = g.ri(0, 2)
    if pay == 0:
        paym = D("por Pix para a chave aleatória «k», de titularidade do LOCADOR", k=(g.uuid(), "PIX_KEY"))
    elif pay == 1:
        paym = D("por depósito no «b», agência «a», conta corrente «c», de titularidade do LOCADOR", b=bname,
                 a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        paym = D("por Pix para a chave «k» (CPF do LOCADOR)", k=(re.sub(r"\D", "", lor_cpf), "BR_CPF"))
    fig, words = money_words(g)
    body.f("CLÁUSULA 3ª — DO ALUGUEL. O aluguel mensal é de R$ «v» («w»), reajustado anualmente pelo IGP-M, a ser pago até o dia "
           "«dd» de cada mês, «p». O atraso implicará multa de 10% e juros de 1% ao mês. Conta de luz, água e condomínio por "
           "conta do LOCATÁRIO.\n\n", v=fig, w=words, dd=g.pick([5, 10, 15, 20]), p=paym)
    fq = qualify(g, fia, name=fia.caps)
    body.f("CLÁUSULA 4ª — DA GARANTIA. Assina como FIADOR«a», principal pagador«b» e solidariamente responsável, «f»", f=fq,
           a="A" if fia.female else "", b="a" if fia.female else "")
    if fia_sp:
        body.f(", e seu cônjuge «n», CPF «c», que também assina", n=P(fia_sp.caps), c=cpf_t(g))
    body.t(", renunciando ao benefício de ordem do art. 827 do Código Civil.\n\n")
    body.f("CLÁUSULA 5ª — DA VISTORIA. O imóvel é entregue conforme laudo de vistoria anexo (pintura nova cor branco gelo, todos os "
           "pontos de luz funcionando), obrigando-se o LOCATÁRIO ao fiel cumprimento deste contrato e a devolvê-lo no mesmo estado.\n\n"
           "CLÁUSULA 6ª — DO FORO. Fica eleito o foro da Comarca de «c»/«uf».\n\nE por estarem justos e contratados, assinam o "
           "presente em duas vias de igual teor, na presença de duas testemunhas.\n\n«c», «d».\n\n", c=city, uf=uf, d=g.date("long"))
    reflow(body, g.pick([76, 84, 92]))
    for who, role in [(lor, "LOCADOR"), (lat, "LOCATÁRIO"), (fia, "FIADOR")]:
        if who.female:
            role = {"LOCADOR": "LOCADORA", "LOCATÁRIO": "LOCATÁRIA", "FIADOR": "FIADORA"}[role]
        signature(body, P(who.caps), [role])
        body.t("\n")
    body.t("TESTEMUNHAS:\n")
    for i in (1, 2):
        w = g.person()
        body.f("«i». ______________________  Nome: «n»  CPF: «c»\n", i=i, n=P(w.full) if g.chance(0.7) else "", c=cpf_t(g))
    rub = "Rubricas: ______ ______ ______"
    out = paginate(body, g.ri(24, 34), None, lambda k, n: Doc(f"\n{rub}{' ' * 12}Página {k} de {n}\n\f"))
    if g.chance(0.3):
        out.add(esign_log(g, [(lor, g.email(lor)), (lat, g.email(lat))]))
    return out


def ju_condo_notice(g: Gen) -> Doc:
    """A condominium's extrajudicial notice of a fine (parking in another unit's space)."""
    condo = g.pick(CONDOS)
    city, uf = g.city()
    sind = g.person()
    own = g.person()
    ten = g.person() if g.chance(0.6) else None
    adv, oab = lawyer(g, uf)
    doc = Doc()
    doc.f("«c»\nCNPJ «j»\n\nNOTIFICAÇÃO EXTRAJUDICIAL Nº «n»/«y»\n\n", c=condo.upper(), j=(g.cnpj(), "BR_CNPJ"),
          n=f"{g.ri(1, 60):03d}", y=g.pick([2024, 2025]))
    doc.f("NOTIFICAD«o»: «a»«c»\nUnidade «u» — Bloco «b»«t»\n", o="A" if own.female else "O", a=P(own.caps),
          c=D(" — CPF «x»", x=(g.pcpf(own), "BR_CPF")) if g.chance(0.7) else "", u=f"{g.ri(1, 18)}{g.ri(1, 4):02d}",
          b=g.pick("ABCD"), t=D(" — tel. «x»", x=ph(g)) if g.chance(0.5) else "")
    if ten:
        doc.f("Morador«a»/locatári«o»: «n»\n", a="a" if ten.female else "", o=ten.o, n=P(ten.full))
    doc.t("\n")
    prose = Doc()
    other = g.person()
    prose.f("«c», inscrito no CNPJ acima, neste ato representado por «a» síndic«o» «s», vem NOTIFICAR Vossa Senhoria acerca "
            "da infração abaixo. No dia «d», às «h», o veículo «m», cor «cor», placa «p», foi estacionado no box «v», pertencente à "
            "unidade «u2»«ot», conforme registro no livro de ocorrências (fls. «fl») e imagens do CFTV, "
            "apesar da advertência verbal feita «po». A conduta infringe o art. «art» do Regimento Interno e o art. "
            "1.336, IV, do Código Civil (Lei 10.406/2002). Fica aplicada multa de R$ «mu», que será lançada no boleto de «mes». "
            "O prazo para recurso ao Conselho Consultivo é de 10 (dez) dias. Seria prudente, ainda, regularizar o cadastro do "
            "veículo na administração.\n\n«ci», «dt».\n\n",
            c=condo, a="sua" if sind.female else "seu", o=sind.o, s=P(sind.full), d=g.date(), h=g.hm(), m=g.pick(CAR_MODELS),
            cor=g.pick(COLORS).lower(), p=(g.plate(), "LICENSE_PLATE"), v=f"G{g.ri(1, 2)}-{g.ri(1, 60):02d}",
            u2=f"{g.ri(1, 18)}{g.ri(1, 4):02d}", ot=D(" (proprietári«o» «n»)", o=other.o, n=P(other.full)) if g.chance(0.5) else "",
            fl=g.ri(10, 200),
            po=g.pick([D("pelo porteiro «n»", n=P(g.person(False).first)), "pela portaria"]), art=g.ri(8, 40), mu=g.money(150, 900),
            mes=f"{g.pick(MONTHS)}/{g.pick([2024, 2025])}", ci=city, dt=g.date("long"))
    reflow(prose, g.pick([78, 86]))
    doc.add(prose)
    signature(doc, P(sind.full), [f"Síndic{sind.o}"], "_" * 30)
    doc.t("\n")
    if g.chance(0.6):
        signature(doc, P(adv.full), [(oab, "PROFESSIONAL_ID"), "Assessoria jurídica do condomínio"], "_" * 30)
    doc.f("\nEnviada por carta com AR nº «ar» e por e-mail a «e».\nRecebida por: «r» em «d»\n",
          ar=f"{g.pick(['JT', 'JO', 'BR', 'OD'])}{g.d(9)}BR", e=(g.email(own), "EMAIL_ADDRESS"),
          r=g.pick([D("«n»", n=P(own.full)), D("«n»", n=P(fold(own.short).upper())),
                    D("«n» (porteiro)", n=P(g.person(False).first)), "portaria (AR assinado)", "—"]), d=g.date())
    return doc


def ju_election(g: Gen) -> Doc:
    """Minutes of an association's board election filed at the registry of legal entities (stamp scanned)."""
    assoc = g.pick(ASSOCS + CHURCHES[:3])
    city, uf = g.city()
    pres, sec = g.person(), g.person()
    chapa = g.pick(["Luz e Esperança", "União e Trabalho", "Graça e Paz", "Renovação", "Mãos Dadas", "Vitória"])
    body = Doc()
    body.f("«a»\nCNPJ «j»\n\nATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DE ELEIÇÃO E POSSE DA DIRETORIA — MANDATO «y1»/«y2»\n\n",
           a=assoc.upper(), j=(g.cnpj(), "BR_CNPJ"), y1=(y := g.pick([2025, 2026])), y2=y + 2)
    prose = Doc()
    prose.f("Aos «d» dias do mês de «m» de «y», às «h», em segunda convocação, na sede da entidade, reuniram-se «n» associados, "
            "conforme lista de presença anexa, sob a presidência de «p», que convidou «s» para secretariar os trabalhos. Após a "
            "leitura do edital, foi apresentada a única chapa inscrita, denominada \"«c»\", eleita por aclamação. A diretoria eleita "
            "tomou posse imediatamente e fica assim constituída:\n\n",
            d=g.ri(1, 28), m=g.pick(MONTHS), y=y - 1, h=g.pick(["19h", "19h30", "9h", "15h"]), n=g.ri(15, 120), p=P(pres.full),
            s=P(sec.full), c=chapa)
    reflow(prose, g.pick([80, 90]))
    body.add(prose)
    board = ["PRESIDENTE"] + g.rng.sample(["VICE-PRESIDENTE", "1º SECRETÁRIO", "1º TESOUREIRO", "2º TESOUREIRO"], g.ri(1, 2))
    members = [pres] + [g.person() for _ in board[1:]]
    for role, m in zip(board, members):
        q = Doc()
        q.f("«r»: «q»;\n\n", r=role, q=qualify(g, m, dob=g.chance(0.7), titulo=g.chance(0.25)))
        reflow(q, g.pick([80, 90]))
        body.add(q)
    if g.chance(0.25):
        body.f("CONSELHO FISCAL: «a», «b» e «c».\n\n", a=P(g.person().full), b=P(g.person().full), c=P(g.person().full))
    body.f("Nada mais havendo, lavrou-se a presente ata, que segue assinada pelo presidente e "
           "pela secretária.\n«ci», «d».\n\n", ci=city, d=g.date())
    if g.chance(0.5):
        signature(body, P(pres.caps), ["Presidente"], "_" * 30)
        signature(body, P(sec.caps), ["Secretári" + sec.o], "_" * 30)
    else:
        body.t("______________________________     ______________________________\nPresidente                         Secretári" + sec.o + "\n")
    adv, oab = lawyer(g, uf)
    body.f("\nVisto do advogado (Lei 8.906/1994, art. 1º, § 2º): «n» — «o»\n", n=P(adv.full), o=(oab, "PROFESSIONAL_ID"))
    esc = g.person()
    body.f("\n«t»\nProtocolado sob nº «n» em «d»\nAverbado à margem do registro nº «r» do Livro A-«l»\nEmolumentos: R$ «e»   "
           "Selo digital: «s»\n«c», «d2».  «esc» — «x»\n",
           t=ocr(f"REGISTRO CIVIL DE PESSOAS JURÍDICAS DE {fold(city).upper()}", g, 0.4), n=ocr(f"{g.ri(1, 99)}.{g.d(3)}", g, 0.3, True),
           d=g.date(), r=g.d(4), l=g.ri(1, 30), e=g.money(80, 600), s=f"{g.hexs(4).upper()}{g.d(5)}-{g.hexs(3).upper()}",
           c=ocr(city, g, 0.3), d2=g.date(), esc=P(ocr(esc.full, g, 0.35)),
           x=ocr("Escrevente Autorizad" + esc.o, g, 0.4))
    return paginate(body, g.ri(24, 36), None, page_footer(g, assoc, g.ri(0, 3)))


def ju_trct(g: Gen) -> Doc:
    """A labour termination form (TRCT): numbered boxes, labels and values on separate lines."""
    firm = g.pick(SMALL_FIRMS)
    city, uf = g.city()
    w = g.person()
    owner = g.person()
    doc = Doc()
    doc.t("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nIDENTIFICAÇÃO DO EMPREGADOR\n")
    mode = g.pick(["grid", "blocks", "blocks", "below"])
    form(doc, g, [[("01 CNPJ/CEI", (g.cnpj(), "BR_CNPJ")), ("02 Razão Social/Nome", firm)],
                  [("03 Endereço (logradouro, nº, andar, apartamento)", company_street(g)), ("04 Bairro", g.pick(BAIRROS))],
                  [("05 Município", city), ("06 UF", uf), ("07 CEP", cep_t(g)), ("08 CNAE", f"{g.d(4)}-{g.d(1)}/{g.d(2)}")]], mode)
    doc.t("\nIDENTIFICAÇÃO DO TRABALHADOR\n")
    wc, wuf = g.city()
    form(doc, g, [[("10 PIS/PASEP", (g.pis(), "BR_PIS")), ("11 Nome", P(w.caps))],
                  [("12 Endereço (logradouro, nº, andar, apartamento)", addr(g, "caps")), ("13 Bairro", fold(g.pick(BAIRROS)).upper())],
                  [("14 Município", wc), ("15 UF", wuf), ("16 CEP", cep_t(g)), ("17 CTPS (nº, série, UF)", f"{g.d(7)} {g.d(4)} {wuf}"),
                   ("18 CPF", cpf_t(g))],
                  [("19 Data de nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")), ("20 Nome da mãe", P(g.relative(w, True).caps))]],
         mode)
    doc.t("\nDADOS DO CONTRATO\n")
    form(doc, g, [[("21 Tipo de contrato", "1. Contrato por prazo indeterminado"), ("22 Causa do afastamento", g.pick(
        ["Despedida sem justa causa, pelo empregador", "Pedido de demissão", "Rescisão por acordo (art. 484-A CLT)"]))],
                  [("23 Remuneração mês anterior", "R$ " + g.money(1412, 4500)), ("24 Data de admissão", g.date(year=g.ri(2015, 2023))),
                   ("25 Data do aviso prévio", g.date(year=2025)), ("26 Data de afastamento", g.date(year=2025))],
                  [("27 Cód. afastamento", g.pick(["SJ2", "PD0", "SJ1"])), ("28 Pensão alim. (%)", "0,00"),
                   ("29 Categoria do trabalhador", "01")]], mode)
    doc.t("\nDISCRIMINAÇÃO DAS VERBAS RESCISÓRIAS\n")
    rows, tot = [], 0
    for code, name in [("50", "Saldo de ___ dias salário"), ("63", "13º salário proporcional"), ("65", "Férias proporcionais"),
                       ("68", "Terço constitucional de férias"), ("69", "Aviso prévio indenizado")]:
        v = g.ri(200, 3000)
        tot += v
        rows.append([code, name, f"{v},{g.d(2)}"])
    table_layout(doc, ["Rubrica", "Descrição", "Valor"], rows, gap=3)
    bank, bname = g.pick(BANKS)
    doc.f("\nTOTAL BRUTO: «t»    TOTAL DEDUÇÕES: «d»    VALOR LÍQUIDO: «l»\nDepósito na conta do trabalhador: «b» Ag. «ag» C/C «cc»\n\n",
          t=f"{tot},00", d=g.money(100, 900), l=g.money(800, 9000), b=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("«c»/«uf», «d»\n\n", c=city, uf=uf, d=g.date())
    signature(doc, P(owner.full), ["Empregador (sócio-administrador)"], "_" * 34)
    signature(doc, P(w.full if g.chance(0.5) else w.caps), ["Trabalhador"], "_" * 34)
    if g.chance(0.5):
        adv, oab = lawyer(g, uf)
        doc.f("Assistido por: «n» — «o»\n", n=P(adv.full), o=(oab, "PROFESSIONAL_ID"))
    return paginate(doc, g.ri(40, 60), None, page_footer(g, "TRCT — Portaria MTP 671/2021", 1))


def ju_fees(g: Gen) -> Doc:
    """A fee agreement with a lawyer and the receipt of the first instalment."""
    office = g.pick(OFFICES)
    city, uf = g.city()
    c = g.person()
    adv, oab = lawyer(g, uf)
    body = Doc()
    body.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS ADVOCATÍCIOS E HONORÁRIOS\n\nCONTRATANTE: «q».\n\nCONTRATAD«oo»: «n», advogad«o», "
           "inscrit«o» na «oab», CPF «cpf», integrante de «of».\n\n",
           q=qualify(g, c, contact=True), oo="A" if adv.female else "O", o=adv.o, n=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), cpf=cpf_t(g), of=office)
    obj = g.pick([D("ajuizamento de ação de usucapião do imóvel situado na «a»", a=addr(g)),
                  D("defesa no processo nº «n»", n=g.cnj()),
                  D("divórcio consensual com partilha e guarda do filho «k»", k=P(g.person().first)),
                  D("pedido de aposentadoria por idade junto ao INSS (NB «nb»)", nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")])
    fig, words = money_words(g)
    parc = g.ri(2, 10)
    pay = g.chance(0.5)
    body.f("CLÁUSULA 1ª — Objeto: «o».\n\nCLÁUSULA 2ª — Honorários: R$ «v» («w»), sendo uma entrada na assinatura e o saldo em «p» "
           "parcelas mensais, «pm», sem prejuízo de 20% sobre o proveito econômico, observada a tabela da OAB/«uf».\n\n"
           "CLÁUSULA 3ª — Despesas processuais e custas por conta do CONTRATANTE. O preço é justo e foi livremente ajustado.\n\n"
           "«c», «d».\n\n",
           o=obj, v=fig, w=words, p=parc,
           pm=D("por Pix na chave aleatória «k»", k=(g.uuid(), "PIX_KEY")) if pay else
           D("por boleto, ou por depósito no «b», ag. «a», c/c «cc»", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"),
             cc=(g.account(), "BANK_ACCOUNT")), uf=uf, c=city, d=g.date("long"))
    reflow(body, g.pick([78, 88]))
    signature(body, P(c.caps), ["CONTRATANTE"])
    signature(body, P(adv.caps), ["CONTRATADO" if not adv.female else "CONTRATADA", (oab, "PROFESSIONAL_ID")])
    body.t("\nTestemunhas:\n")
    for _ in range(2):
        w = g.person()
        body.f("«n» — CPF «c»\n", n=P(w.full) if g.chance(0.6) else "______________________", c=cpf_t(g))
    out = paginate(body, g.ri(26, 36), None, page_footer(g, office, g.ri(0, 3)))
    if g.chance(0.3):
        return out
    rec = Doc()
    rec.f("\nRECIBO\n\nRecebi de «n», CPF «c», a importância de R$ «v», referente à entrada dos honorários do contrato acima. "
          "«ci», «d».\n\n", n=P(c.full), c=(g.pcpf(c), "BR_CPF"), v=g.money(300, 3000), ci=city, d=g.date())
    reflow(rec, 80)
    out.add(rec)
    signature(out, P(adv.full), [(oab, "PROFESSIONAL_ID")], "_" * 30)
    if g.chance(0.3):
        out.add(esign_log(g, [(c, g.email(c)), (adv, g.email(adv, "adv.oab" + uf.lower() + ".org.br"))]))
    return out


# =========================================================================== saude

PLANS = ["Unimed", "Bradesco Saúde", "Hapvida", "SulAmérica", "Amil", "Cassi", "São Francisco Saúde", "Particular", "Particular"]


def plan_card(g: Gen, plan: str) -> str:
    if plan == "Particular":
        return ""
    return g.pick([f"{g.d(1)} {g.d(3)} {g.d(12)} {g.d(1)}", f"{g.d(3)} {g.d(3)} {g.d(4)} {g.d(4)} {g.d(3)}", g.d(17), f"{g.d(8)}-{g.d(2)}"])


def sa_agenda(g: Gen) -> Doc:
    """A clinic's day schedule printed from its system (flattened table, repeated header)."""
    clinic = g.pick(CLINICS)
    city, uf = g.city()
    doc_p = g.person()
    spec = g.pick(["Clínica Geral", "Cardiologia", "Ginecologia", "Pediatria", "Dermatologia", "Ortopedia", "Endocrinologia"])
    crm = g.council("CRM", uf)
    day = g.date()
    login = g.pick(LOGINS)
    body = Doc()
    rows = []
    times = sorted(g.rng.sample(range(7 * 60, 18 * 60, 15), g.ri(4, 7)))
    with_cpf = g.chance(0.4)
    for t in times:
        p = g.person(female=g.chance(0.6 if spec != "Ginecologia" else 1.0))
        plan = g.pick(PLANS)
        obs = g.pick(["", "", "", "retorno c/ exames", "1ª consulta", D("acomp. filha «n»", n=P(g.relative(p, True).first)),
                      D("encaixe autorizado por «n»", n=P(doc_p.first)), "confirmado WhatsApp", "faltou última", f"retorno — CID {g.pick(CIDS)}"])
        rows.append([f"{t // 60:02d}:{t % 60:02d}", P(name_form(g, p, ["caps", "caps", "full"])),
                     (g.dob(g.pick(["br", "short"]), 1938, 2020), "DATE_OF_BIRTH"), ph(g, g.pick(["par", "raw", "plain"])),
                     plan + (" " + plan_card(g, plan) if plan != "Particular" else ""), obs])
        if with_cpf:
            rows[-1].insert(3, cpf_t(g, "raw"))
    cols = ["HORA", "PACIENTE", "NASC.", "TELEFONE", "CONVÊNIO / CARTEIRA", "OBS."]
    if with_cpf:
        cols.insert(3, "CPF")
    cells = g.chance(0.45)
    if not cells:
        table_layout(body, cols, rows, gap=2)
    else:
        table_cells(body, cols, rows, blank=g.chance(0.5))
    body.f("\nTotal de pacientes: «n»   Confirmados: «c»   Encaixes: «e»\n", n=len(rows), c=g.ri(1, len(rows)), e=g.ri(0, 2))
    dr = "Dra." if doc_p.female else "Dr."

    def head(k: int, n: int) -> Doc:
        return D("«c» — AGENDA DO DIA «d»\nProfissional: «dr» «p» — «crm» — «s»\n\n", c=clinic.upper(), d=day, dr=dr, p=P(doc_p.full),
                 crm=(crm, "PROFESSIONAL_ID"), s=spec)
    at = g.hm()
    foot = lambda k, n: Doc(f"\nImpresso por {login} em {day} {at} — pág. {k}/{n}\n\f")
    return paginate(body, g.ri(36, 50) if cells else g.ri(14, 22), head, foot)


LAB_EXAMS = [
    ("HEMOGRAMA COMPLETO", [("Hemácias", "4,2 a 5,4 milhões/mm³", lambda g: f"{g.ri(38, 58) / 10:.2f}".replace(".", ",")),
                            ("Hemoglobina", "12,0 a 16,0 g/dL", lambda g: f"{g.ri(100, 170) / 10:.1f}".replace(".", ",")),
                            ("Hematócrito", "36 a 47 %", lambda g: str(g.ri(32, 50))),
                            ("Leucócitos", "4.000 a 11.000 /mm³", lambda g: f"{g.ri(3, 14)}.{g.d(3)}"),
                            ("Plaquetas", "150.000 a 450.000 /mm³", lambda g: f"{g.ri(120, 480)}.000")]),
    ("GLICOSE (JEJUM)", [("Glicose", "70 a 99 mg/dL", lambda g: str(g.ri(68, 240)))]),
    ("HEMOGLOBINA GLICADA", [("HbA1c", "até 5,6 %", lambda g: f"{g.ri(48, 110) / 10:.1f}".replace(".", ","))]),
    ("COLESTEROL TOTAL E FRAÇÕES", [("Colesterol total", "< 190 mg/dL", lambda g: str(g.ri(130, 290))),
                                    ("HDL", "> 40 mg/dL", lambda g: str(g.ri(28, 80))),
                                    ("LDL (Martin)", "< 130 mg/dL", lambda g: str(g.ri(60, 210))),
                                    ("Triglicerídeos", "< 150 mg/dL", lambda g: str(g.ri(60, 400)))]),
    ("TSH ULTRASSENSÍVEL", [("TSH", "0,45 a 4,5 µUI/mL", lambda g: f"{g.ri(2, 90) / 10:.2f}".replace(".", ","))]),
    ("CREATININA", [("Creatinina", "0,6 a 1,1 mg/dL", lambda g: f"{g.ri(5, 25) / 10:.2f}".replace(".", ","))]),
    ("URINA TIPO I (EAS)", [("Densidade", "1.005 a 1.030", lambda g: f"1.0{g.ri(5, 30):02d}"),
                            ("pH", "5,0 a 7,0", lambda g: f"{g.ri(5, 8)},0"), ("Leucócitos", "até 10.000/mL", lambda g: f"{g.ri(1, 40)}.000")]),
    ("VITAMINA D (25-OH)", [("25-hidroxivitamina D", "> 20 ng/mL", lambda g: f"{g.ri(80, 450) / 10:.1f}".replace(".", ","))]),
]


def sa_lab(g: Gen) -> Doc:
    """A multi-page lab report: the patient header repeated on every page, a signer per exam."""
    lab = g.pick(LABS)
    city, uf = g.city()
    p = g.person()
    docp = g.person()
    crm = g.council("CRM", uf)
    signers = [(g.person(), g.council(g.pick(["CRBM", "CRF"]), uf)) for _ in range(g.pick([1, 1, 2]))]
    rt, rtc = signers[0]
    name = name_form(g, p, ["caps", "full"])
    dob = g.dob(g.pick(["br", "br", "short"]), 1935, 2015)
    ident = g.pick(["cpf", "cns", "cns", "none", "both"])
    ident_v = g.cpf() if ident in ("cpf", "both") else g.cns() if ident == "cns" else ""
    cns2 = g.cns()
    ped = f"{g.d(2)}-{g.d(6)}"
    col = f"{g.date()} {g.hm()}"
    plan = g.pick(PLANS)
    dr = "Dra." if docp.female else "Dr."
    cnes = g.d(7)
    rel = g.date()
    tel = g.phone() if g.chance(0.6) else None

    def head(k: int, n: int) -> Doc:
        d = Doc()
        if k == 1:
            d.f("«l»\nCNES «c» — Responsável técnico: «rt» — «rtc»\n\n", l=lab.upper(), c=cnes, rt=P(rt.full), rtc=(rtc, "PROFESSIONAL_ID"))
        else:
            d.f("«l» — CNES «c»\n\n", l=lab.upper(), c=cnes)
        d.f("Paciente: «n»          Sexo: «s»     Nasc.: «d»«t»\n", n=P(name), s="F" if p.female else "M", d=(dob, "DATE_OF_BIRTH"),
            t=D("     Tel.: «x»", x=(tel, "PHONE_NUMBER")) if tel and k == 1 else "")
        if ident == "cpf":
            d.f("CPF: «v»     ", v=(ident_v, "BR_CPF"))
        elif ident == "both":
            d.f("CPF: «v»     CNS: «w»\n", v=(ident_v, "BR_CPF"), w=(cns2, "BR_CNS"))
        elif ident == "cns":
            d.f("CNS: «v»     ", v=(ident_v, "BR_CNS"))
        if k == 1:
            d.f("Pedido: «p»     Convênio: «c»\nSolicitante: «dr» «m» — «crm»\nColeta: «co»\n", p=ped, c=plan, dr=dr, m=P(docp.full),
                crm=(crm, "PROFESSIONAL_ID"), co=col)
        else:
            d.f("Pedido: «p»     Coleta: «co»\n", p=ped, co=col)
        d.t("--------------------------------------------------------------------------\n")
        return d
    body = Doc()
    for ex, items in g.rng.sample(LAB_EXAMS, g.ri(2, 4)):
        body.f("\n«e»\nMaterial: «m»   Método: «t»\n", e=ex, m="urina" if "URINA" in ex else g.pick(["sangue total", "soro", "plasma"]),
               t=g.pick(["automatizado", "enzimático colorimétrico", "quimioluminescência", "citometria de fluxo"]))
        rows = [[n, fn(g), ref] for n, ref, fn in items]
        table_layout(body, ["", "Resultado", "Valores de referência"], rows, gap=g.ri(3, 8))
        s, sc = g.pick(signers)
        if g.chance(0.5):
            body.f("Liberado eletronicamente por «n» — «c» em «d»\n", n=P(s.full), c=(sc, "PROFESSIONAL_ID"), d=rel)
        else:
            body.f("Conferido e liberado em «d» — assinatura digital ICP-Brasil\n", d=rel)
    foot = page_footer(g, D("«l» — «a» — «c»/«uf» — CEP «cep»", l=lab, a=company_street(g), c=city, uf=uf, cep=cep_t(g)),
                       g.pick([0, 1, 3]))
    return paginate(body, g.ri(14, 22), head, foot)


def sa_pharmacy(g: Gen) -> Doc:
    """A pharmacy's delivery slip, printed twice (customer and pharmacy copies) on one page."""
    ph_name = g.pick(PHARMACIES)
    city, uf = g.city()
    c = g.person()
    pres = g.person()
    farm = g.person()
    moto = g.person(female=False)
    order = g.d(7)
    cpf = g.cpf()
    a, cep = g.address(g.pick(["text", "caps"])), g.cep()
    phone = g.phone()
    plate = g.plate()
    items = []
    for med in g.rng.sample(["LOSARTANA POT. 50MG 30CP", "METFORMINA 850MG 30CP", "DIPIRONA 1G 10CP", "OMEPRAZOL 20MG 28CP",
                             "SINVASTATINA 20MG 30CP", "AMOXICILINA 500MG 21CAP", "INSULINA NPH 10ML", "FRALDA GERIÁTRICA G 8UN",
                             "SERTRALINA 50MG 30CP", "LEVOTIROXINA 50MCG 30CP"], g.ri(1, 4)):
        items.append([med,
                      "789" + g.d(10), f"L{g.d(5)}{g.pick('ABCDE')}", f"{g.ri(1, 12):02d}/{g.ri(26, 28)}", str(g.ri(1, 3)), g.money(5, 180)])
    rx = g.chance(0.6)
    kept = "retida (controle especial)" if any(m[0].startswith(("AMOXI", "SERTRA")) for m in items) else "apresentada, devolvida ao cliente"
    crm = g.council(g.pick(["CRM", "CRM", "CRO"]), uf)
    crf = g.council("CRF", uf)
    pay = g.pick(["Cartão crédito (final " + g.d(4) + ")", "Pix na entrega", "Dinheiro — troco p/ R$ 100,00", "Farmácia Popular"])
    rcv = c if g.chance(0.6) else g.relative(c)
    rg, _ = rg_t(g)
    ph_cnpj, ph_tel, day = g.cnpj(), g.phone("par", False), g.date()
    out = Doc()
    for via in g.rng.sample(["VIA DO CLIENTE", "VIA DA FARMÁCIA"], 2 if g.chance(0.6) else 1):
        d = Doc()
        d.f("«f» — CNPJ «j»\nTel./WhatsApp «t»\nCOMPROVANTE DE ENTREGA — «v»\nPedido: «o»    Data: «d»    Entregador: «m»  Moto placa «p»\n\n",
            f=ph_name.upper(), j=(ph_cnpj, "BR_CNPJ"), t=(ph_tel, "PHONE_NUMBER"),
            v=via, o=order, d=day, m=P(moto.first if via.endswith("CLIENTE") else moto.short), p=(plate, "LICENSE_PLATE"))
        d.f("Cliente: «n»\nCPF na nota: «c»\nEndereço: «a» — CEP «cep»\nFone: «t»\n\n", n=P(c.caps), c=(cpf, "BR_CPF"),
            a=(a, "ADDRESS"), cep=(cep, "BR_CEP"), t=(phone, "PHONE_NUMBER"))
        table_layout(d, ["Produto", "EAN", "Lote", "Val.", "Qtd", "Valor"], items, gap=2)
        if rx:
            d.f("Receita: «dr» «n» — «c» — «r»\n", r=kept, dr="Dra." if pres.female else "Dr.", n=P(pres.full),
                c=(crm, "PROFESSIONAL_ID"))
        d.f("Farmacêutic«o» responsável: «n» — «c»\nPagamento: «p»\n", o=farm.o, n=P(farm.full), c=(crf, "PROFESSIONAL_ID"), p=pay)
        if via.endswith("FARMÁCIA"):
            d.f("\nRecebido por: «n»    Doc.: «r»    Hora: «h»\nAssinatura: ______________________\n",
                n=P(name_form(g, rcv, ["full", "short", "caps"])), r=rg, h=g.hm())
        d.t("\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - (corte aqui)\n\n")
        out.add(d)
    return out


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificates (ASO) of a small employer's admissions, one a page."""
    firm = g.pick(SMALL_FIRMS)
    clinic = g.pick(["Medicina do Trabalho Prudente", "Clínica Ocupacional Bonfim", "SESMT Assessoria Aurora", "OcupaVida Saúde Ocupacional"])
    city, uf = g.city()
    cnpj = g.cnpj(alnum=g.chance(0.2))
    coord = g.person()
    coord_crm = g.council("CRM", uf)
    exr = g.person()
    exr_crm = g.council("CRM", uf)
    with_coord = g.chance(0.5)
    mode, fstyle = g.pick(["grid", "inline", "blocks"]), g.pick([0, 2])
    out = Doc()
    for _ in range(g.ri(1, 3)):
        w = g.person()
        d = Doc()
        d.f("«c»\nATESTADO DE SAÚDE OCUPACIONAL — ASO\n( «a» ) Admissional  ( «p» ) Periódico  (   ) Demissional  (   ) Retorno ao trabalho\n\n",
            c=clinic.upper(), a="X" if (adm := g.chance(0.75)) else " ", p=" " if adm else "X")
        form(d, g, [[("Empresa", firm), ("CNPJ", (cnpj, "BR_CNPJ"))],
                    [("Funcionário(a)", P(name_form(g, w, ["caps", "full"]))), ("Data de nasc.", (g.dob("br", 1962, 2006), "DATE_OF_BIRTH"))],
                    [("CPF", cpf_t(g)), ("RG", rg_t(g)[0])] + ([("NIT/PIS", (g.pis(), "BR_PIS"))] if g.chance(0.5) else []),
                    [("Função", g.pick(["Auxiliar de produção", "Balconista", "Padeiro", "Atendente", "Motorista entregador", "Serralheiro"])),
                     ("CBO", f"{g.d(4)}-{g.d(2)}"), ("Setor", g.pick(["Produção", "Loja", "Cozinha", "Expedição"]))]], mode)
        d.f("\nRiscos ocupacionais: «r»\nExames complementares: «e»\n\nCONCLUSÃO: «c» para a função.\n\n",
            r=g.pick(["ruído; calor; ergonômico (posição em pé)", "ausência de riscos específicos", "poeira de farinha; calor (forno)",
                      "químico (solventes); ruído"]),
            e=g.pick(["audiometria " + g.date(), "hemograma e glicemia " + g.date(), "acuidade visual; ECG " + g.date(), "não se aplica"]),
            c=g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO"]))
        d.f("Médico examinador: «dr» «n» — «c»\n«coord»\n",
            dr="Dra." if exr.female else "Dr.", n=P(exr.full), c=(exr_crm, "PROFESSIONAL_ID"),
            coord=D("Médico coordenador do PCMSO: «dr» «n» — «c»\n", dr="Dra." if coord.female else "Dr.", n=P(coord.full),
                    c=(coord_crm, "PROFESSIONAL_ID")) if with_coord else "")
        d.f("«c», «d»\n\n", c=city, d=g.date())
        signature(d, P(w.full), ["Assinatura do(a) funcionário(a) — recebi a 2ª via"], "_" * 30)
        out.add(paginate(d, 80, None, page_footer(g, clinic, fstyle)))
    return out


def sa_receipts(g: Gen) -> Doc:
    """A psychologist's (or physiotherapist's) monthly receipts for health-plan reimbursement."""
    kind = g.pick(["CRP", "CRP", "CREFITO", "CRO"])
    pro = g.person(female=g.chance(0.75))
    council = g.council(kind)
    pro_cpf = g.cpf()
    payer = g.person()
    kid = g.child(payer if payer.female else g.person(True), payer if not payer.female else g.person(False)) if g.chance(0.4) else None
    payer_cpf = g.cpf()
    city, uf = g.city()
    key = g.uuid() if g.chance(0.6) else None
    pro_tel, pro_mail = g.phone("par"), g.email(pro)
    cid = g.pick(["F41.1", "F32.1", "F90.0", "F84.0", "M54.5", "M17.1", "K08.1", "F43.2"]) if g.chance(0.6) else None
    what = {"CRP": "sessões de psicoterapia", "CREFITO": "sessões de fisioterapia", "CRO": "tratamento odontológico"}[kind]
    title = {"CRP": "Psicóloga" if pro.female else "Psicólogo", "CREFITO": "Fisioterapeuta",
             "CRO": "Cirurgiã-dentista" if pro.female else "Cirurgião-dentista"}[kind]
    out = Doc()
    year = g.pick([2024, 2025])
    m0 = g.ri(0, 8)
    for i in range(g.ri(2, 3)):
        m = m0 + i
        body = Doc()
        days = sorted(g.rng.sample(range(1, 29), g.ri(2, 4)))
        dl = ", ".join(f"{x:02d}" for x in days[:-1]) + f" e {days[-1]:02d}/{m + 1:02d}/{year}"
        n = len(days)
        val = g.ri(120, 350)
        body.f("«n»\n«t» — «c»\nCPF «cpf»\nTel./WhatsApp «tel» · «em»\n\nRECIBO Nº «r»\n\nValor: R$ «v»,00\n\n", n=P(pro.caps), t=title,
               c=(council, "PROFESSIONAL_ID"), cpf=(pro_cpf, "BR_CPF"), tel=(pro_tel, "PHONE_NUMBER"), em=(pro_mail, "EMAIL_ADDRESS"),
               r=f"{m + 1:02d}/{year}", v=n * val)
        pr = Doc()
        if kid:
            pr.f("Recebi de «p», CPF «c», a importância de R$ «v»,00, referente a «n» «w» de «s» «k», realizadas em «d».",
                 p=P(payer.full), c=(payer_cpf, "BR_CPF"), v=n * val, n=n, w=what, s="sua filha" if kid.female else "seu filho",
                 k=P(kid.full if i == 0 else kid.first), d=dl)
        else:
            pr.f("Recebi de «p», CPF «c», a importância de R$ «v»,00, referente a «n» «w», realizadas em «d», valor unitário R$ «u»,00.",
                 p=P(payer.full), c=(payer_cpf, "BR_CPF"), v=n * val, n=n, w=what, d=dl, u=val)
        if cid:
            pr.t(f" CID-10: {cid}.")
        pr.t(" Dou plena quitação. Recibo válido para fins de reembolso e declaração de imposto de renda.\n\n")
        reflow(pr, g.pick([70, 80]))
        body.add(pr)
        if key and i == 0:
            body.f("Pagamento por Pix — chave aleatória: «k»\n\n", k=(key, "PIX_KEY"))
        body.f("«c», «d» de «m» de «y».\n\n", c=city, d=days[-1], m=MONTHS[m], y=year)
        signature(body, P(pro.full) if g.chance(0.6) else ("(assinatura)", None), [(council, "PROFESSIONAL_ID")], "_" * 30)
        out.add(paginate(body, 80, None, lambda k, nn, i=i: Doc(f"\n{i + 1}\n\f")))
    return out


def sa_collection(g: Gen) -> Doc:
    """A lab's home-collection route: collector, car, patients with address and instructions."""
    lab = g.pick(LABS)
    col = g.person()
    city, uf = g.city()
    body = Doc()
    body.f("ROTEIRO DE COLETA DOMICILIAR — «d»\nColetor(a): «n» — «c»\nVeículo: «v» placa «p»    Saída: «h»\n\n",
           d=g.date(), n=P(col.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), v=g.pick(["Fiat Mobi", "Renault Kwid", "Honda Biz 125"]),
           p=(g.plate(), "LICENSE_PLATE"), h=f"05:{g.ri(20, 59):02d}")
    times = sorted(g.rng.sample(range(6 * 60, 11 * 60, 10), g.ri(2, 4)))
    for i, t in enumerate(times, 1):
        p = g.person()
        lines = [D("«i». «h» — «n»", i=i, h=f"{t // 60:02d}:{t % 60:02d}", n=P(name_form(g, p, ["caps", "full"]))),
                 D("   Nasc.: «d»   Pedido: «p»«c»", d=(g.dob("br", 1930, 2020), "DATE_OF_BIRTH"), p=f"{g.d(2)}-{g.d(6)}",
                   c=g.pick([D("   CNS: «x»", x=(g.cns(), "BR_CNS")), D("   CPF: «x»", x=cpf_t(g)), ""])),
                 D("   End.: «a» — «b» — CEP «c»", a=addr(g), b=g.pick(BAIRROS), c=cep_t(g)),
                 D("   Fone: «t»", t=ph(g)),
                 Doc("   Exames: " + ", ".join(g.rng.sample(["hemograma", "glicemia", "TSH", "creatinina", "urina I", "INR", "PSA",
                                                            "vitamina D", "potássio"], g.ri(1, 3))) + g.pick(["   JEJUM 8h", "   JEJUM 12h", ""]))]
        if g.chance(0.5):
            lines.append(g.pick([D("   Obs.: acamado, ligar antes para a filha «n» («t»)", n=P(g.relative(p, True).first), t=ph(g, "par")),
                                 D("   Obs.: interfone não funciona, chamar «n» no portão", n=P(g.relative(p).nick)),
                                 Doc("   Obs.: cão bravo no quintal"), Doc("   Obs.: cobrar taxa domiciliar R$ 30,00 (Pix)")]))
        for x in lines:
            body.add(x).t("\n")
        body.t("\n")
    body.f("Conferido por: «n» (triagem)\n", n=P(g.person().short))
    head = lambda k, n: Doc(f"{lab.upper()} — {city}/{uf}\n\n") if k == 1 else Doc(f"{lab} — roteiro (cont.)\n\n")
    return paginate(body, g.ri(18, 28), head, page_footer(g, lab, g.ri(0, 3)))


def sa_daycare(g: Gen) -> Doc:
    """A day-care's vaccination and health roll of one class."""
    school = g.pick(SCHOOLS)
    nurse = g.person(female=g.chance(0.85))
    city, uf = g.city()
    body = Doc()
    turma = g.pick(["Berçário II", "Maternal I", "Maternal II", "Jardim I"])
    rows = []
    for _ in range(g.ri(3, 6)):
        m = g.person(female=True)
        k = g.child(m, g.person(False) if g.chance(0.7) else None)
        resp = m if g.chance(0.75) else g.relative(k)
        rows.append([P(name_form(g, k, ["inverted", "caps", "full"])), (g.dob(g.pick(["br", "short"]), 2020, 2024), "DATE_OF_BIRTH"),
                     (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.75) else "não trouxe",
                     g.pick(["em dia", "falta tríplice viral (reforço)", "falta pneumo 10", "sem caderneta", "falta febre amarela", "em dia"]),
                     g.pick(["—", "APLV", "dipirona", "—", "asma (bombinha na mochila)", "ovo"]),
                     [P(name_form(g, resp, ["short", "first", "full"])), " ", ph(g, g.pick(["par", "plain"]))] if g.chance(0.5) else
                     [g.pick(["mãe", "pai", "avó"]), " ", ph(g, g.pick(["par", "plain"]))]])
    cols = ["Criança", "Nasc.", "Cartão SUS", "Vacinas", "Alergias", "Responsável / contato"]
    if g.chance(0.5):
        table_layout(body, cols, rows, gap=2)
    else:
        table_cells(body, cols, rows)
    body.f("\nCampanha de vacinação na UBS do bairro em «d». Avisar as famílias pela agenda. Lembrar que criança com febre não "
           "fica na escola; pela graça de Deus este mês não tivemos surto.\n\nResponsável: «n» — «c»\n",
           d=g.date(), n=P(nurse.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    year = g.pick([2024, 2025])
    head = lambda k, n: Doc(f"{school.upper()}\nCONTROLE DE VACINAÇÃO E SAÚDE — TURMA {turma.upper()} — {year}\n\n")
    return paginate(body, g.ri(20, 40), head, page_footer(g, f"{school} — {city}/{uf}", g.ri(0, 3)))


# =========================================================================== financeiro

def neg_group(g: Gen, prefix: str, n: int = 11) -> str:
    """An n-digit field of a collection slip that starts with `prefix` and passes no CPF/PIS/CNH check."""
    while True:
        v = prefix + g.d(n - len(prefix))
        if not (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
            return v


def boleto_line(g: Gen, bank: str) -> str:
    f1 = bank + "9" + g.d(5)
    f2, f3 = g.d(10), g.d(10)
    return (f"{f1[:5]}.{f1[5:]}{mod10_dv(f1)} {f2[:5]}.{f2[5:]}{mod10_dv(f2)} {f3[:5]}.{f3[5:]}{mod10_dv(f3)} "
            f"{g.ri(1, 9)} {g.ri(9800, 9999)}{g.d(10)}")


def das_line(g: Gen) -> str:
    groups = [neg_group(g, "858" if i == 0 else "")for i in range(4)]
    return " ".join(f"{x}-{mod10_dv(x)}" for x in groups)


def fi_payslip(g: Gen) -> Doc:
    """Payslips (holerites) as PDF-to-text returns them: employee and employer copies."""
    firm = g.pick(SMALL_FIRMS)
    cnpj = g.cnpj(alnum=g.chance(0.2))
    city, uf = g.city()
    mes = g.pick(MONTHS).capitalize()
    year = g.pick([2024, 2025])
    mode = g.pick(["grid", "blocks", "grid", "below"])
    out = Doc()
    for _ in range(g.ri(1, 2)):
        w = g.person()
        cod = f"{g.ri(1, 300):06d}"
        cpf, pis = g.cpf(), g.pis()
        bank, bname = g.pick(BANKS)
        ag, cc = g.agency(), g.account()
        sal = g.ri(1518, 4200)
        func = g.pick(["AUX. PRODUCAO", "BALCONISTA", "PADEIRO", "ATENDENTE", "AUX. ADMINISTRATIVO", "COZINHEIRA", "VENDEDOR(A)"])
        adm = g.date(year=g.ri(2012, 2025))
        vias = ["VIA DO EMPREGADO", "VIA DO EMPREGADOR"] if g.chance(0.6) else ["VIA DO EMPREGADO"]
        he_h = g.ri(0, 20)
        he = round(sal * 100 / 220 * 1.5 * he_h)
        inss_p = 7.5 if sal <= 1518 else 9.0 if sal <= 2793 else 12.0
        inss = round((sal * 100 + he) * inss_p / 100)
        vt = sal * 6
        items = [("001", "SALARIO BASE", "30,00", brl(sal * 100, False), "")]
        if he_h:
            items.append(("250", "HORAS EXTRAS 50%", f"{he_h},00", brl(he, False), ""))
        items += [("903", "INSS", f"{inss_p:.2f}".replace(".", ","), "", brl(inss, False)), ("911", "VALE TRANSPORTE 6%", "6,00", "", brl(vt, False))]
        adv = round(sal * 40) if g.chance(0.4) else 0
        if adv:
            items.append(("930", "ADIANTAMENTO QUINZENAL", "", "", brl(adv, False)))
        venc, desc = sal * 100 + he, inss + vt + adv
        cbo, dep = f"{g.d(4)}-{g.d(2)}", str(g.ri(1, 9))
        band = "0" if sal < 2428 else "1" if sal < 2826 else "2"
        for via in vias:
            d = Doc()
            d.f("«f»                                RECIBO DE PAGAMENTO DE SALÁRIO\nCNPJ: «j»                          Referência: «m»/«y»   Mensalista\n\n",
                f=firm.upper(), j=(cnpj, "BR_CNPJ"), m=mes, y=year)
            form(d, g, [[("Código", cod), ("Nome do Funcionário", P(w.caps)), ("CBO", cbo), ("Depto", dep)],
                        [("Função", func), ("Admissão", adm), ("CPF", (cpf, "BR_CPF")), ("PIS", (pis, "BR_PIS"))]], mode)
            d.t("\n")
            table_layout(d, ["Cód.", "Descrição", "Referência", "Vencimentos", "Descontos"], [list(x) for x in items], gap=3)
            d.f("\nTotal de Vencimentos «v»    Total de Descontos «de»\nValor Líquido ==> «l»\n\n"
                "Salário Base   Sal. Contr. INSS   Base Cálc. FGTS   FGTS do Mês   Base Cálc. IRRF   Faixa IRRF\n"
                "«s»,00       «s»,00           «s»,00          «fg»        «s»,00          «fx»\n\n"
                "Crédito em conta: «b» («bc») Ag. «ag» C/C «cc»\n\n",
                v=brl(venc), de=brl(desc), l=brl(venc - desc), s=sal, fg=brl(round(venc * 0.08), False),
                fx=band, b=bname, bc=bank, ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"))
            d.f("DECLARO TER RECEBIDO A IMPORTÂNCIA LÍQUIDA DISCRIMINADA NESTE RECIBO\n____/____/______     __________________________\n"
                "      DATA                  «n»\n«v»\n\f", n=P(w.caps) if g.chance(0.5) else "ASSINATURA DO FUNCIONÁRIO", v=via)
            out.add(d)
    return out


def fi_boleto(g: Gen) -> Doc:
    """A boleto as PDF-to-text returns it: payer's receipt and clearing slip, fields jumbled."""
    city, uf = g.city()
    kind = g.ri(0, 3)
    if kind == 3:
        ben_p = g.person()
        ben = D("«n» — CPF «c»", n=P(ben_p.caps), c=cpf_t(g))
        ref = "ALUGUEL " + g.pick(MONTHS).upper() + "/2025"
    else:
        org = g.pick([CONDOS, SCHOOLS, ASSOCS][kind])
        ben = D("«n» — CNPJ «c»", n=org.upper(), c=(g.cnpj(), "BR_CNPJ"))
        ref = [f"TAXA CONDOMINIAL {g.pick(MONTHS_AB).upper()}/25 — UNIDADE {g.ri(1, 18)}{g.ri(1, 4):02d}",
               f"MENSALIDADE {g.pick(MONTHS).upper()} — ALUNO(A) ", "CONTRIBUIÇÃO ASSOCIATIVA ANUAL"][kind]
    pag = g.person()
    kid = g.child(pag if pag.female else g.person(True), pag if not pag.female else g.person(False))
    bank, bname = g.pick(BANKS[:6])
    line = boleto_line(g, bank)
    cpf = g.cpf()
    a, bai, cep = g.address(g.pick(["caps", "text"])), g.pick(BAIRROS), g.cep()
    venc, val = g.date(year=2025), g.money(90, 2500)
    mail = g.email(pag) if g.chance(0.4) else None
    nosso = f"{g.d(3)}/{g.d(8)}-{g.d(1)}"
    docn = g.d(g.pick([6, 8, 10]))
    ben_code = f"{g.d(4)}/{g.d(5)}-{g.d(1)}"
    bank_dv = g.d(1)

    def pagador(caps: bool = True) -> Doc:
        d = Doc()
        d.f("«n» — CPF: «c»\n«a» «b»\n«cep» «ci» - «uf»«m»", n=P(pag.caps if caps else pag.full), c=(cpf, "BR_CPF"),
            a=(a, "ADDRESS"), b=fold(bai).upper(), cep=(cep, "BR_CEP"), ci=fold(city).upper(), uf=uf,
            m=D("\nE-mail: «e»", e=(mail, "EMAIL_ADDRESS")) if mail else "")
        return d
    doc = Doc()
    doc.f("«b» | «bc»-«dv» | «l»\n\nRecibo do Pagador\n", b=bname, bc=bank, dv=bank_dv, l=line)
    mode = g.pick(["blocks", "grid", "below"])
    form(doc, g, [[("Beneficiário", ben), ("Agência/Código do Beneficiário", ben_code)],
                  [("Nosso Número", nosso), ("Nº do documento", docn), ("Vencimento", venc), ("Valor do Documento", val)],
                  [("Pagador", pagador())]], mode)
    doc.t("Autenticação mecânica\n\n- - - - - - - - - - - - - - - - - - - - - - corte na linha pontilhada - - - - - - - - - - - - - - - - -\n\n")
    doc.f("«b» | «bc»-«dv» | «l»\n", b=bname, bc=bank, dv=bank_dv, l=line)
    instr = Doc(ref)
    if kind == 1:
        instr.e(kid.caps, "PERSON")
    form(doc, g, [[("Local de pagamento", "PAGÁVEL EM QUALQUER BANCO ATÉ O VENCIMENTO"), ("Vencimento", venc)],
                  [("Beneficiário", ben), ("Agência/Código Beneficiário", ben_code)],
                  [("Data do documento", g.date(year=2025)), ("Nº documento", docn), ("Espécie doc.", g.pick(["DM", "DS", "RC"])),
                   ("Aceite", "N"), ("Nosso número", nosso)],
                  [("Instruções (texto de responsabilidade do beneficiário)", [instr, "\nAPÓS O VENCIMENTO COBRAR MULTA DE 2% E JUROS DE 1% A.M.\n"
                                                                                   "NÃO RECEBER APÓS 30 DIAS DO VENCIMENTO"]),
                   ("(=) Valor do documento", val)],
                  [("Pagador", pagador(g.chance(0.7)))]], g.pick(["blocks", "grid", "below"]))
    if g.chance(0.3):
        av = g.person()
        doc.f("Sacador/Avalista: «n» — CPF «c»\n", n=P(av.full), c=cpf_t(g))
    doc.f("Código de baixa\nAutenticação mecânica - Ficha de Compensação\n\n«bar»\n", bar=bank + "9" + g.d(40))
    if kind != 3 and g.chance(0.6):
        doc.f("\nPague com Pix (QR Code):\n00020101021226900014br.gov.bcb.pix2568qrpix.«b».com.br/qr/v2/«u»5204000053039865802BR5925«m»6009«c»62070503***6304«h»\n",
              b=fold(bname.split()[0]).lower(), u=g.uuid(), m=fold(ben.text.split(" — ")[0])[:25], c=fold(city).upper()[:9], h=g.hexs(4).upper())
    if g.chance(0.35):
        doc.f("\nGerado em «d» «t» via portal do «w» — IP «ip»\n", d=g.date(), t=g.hms(),
              w=g.pick(["condômino", "responsável", "associado"]), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_receipts(g: Gen) -> Doc:
    """Rent and service receipts from a receipt book, scanned (a few OCR confusions)."""
    city, uf = g.city()
    em = g.person()
    em_cpf = g.cpf_digits()
    em_nit = g.pis()
    em_key = g.pick([(g.uuid(), "PIX_KEY"), (g.phone("par"), "PHONE_NUMBER"), (g.email(em), "EMAIL_ADDRESS"), (g.uuid(), "PIX_KEY")])
    doc = Doc()
    for i in range(g.ri(2, 3)):
        pay = g.person()
        fig, words = money_words(g)
        kind = g.ri(0, 4)
        if kind == 0:
            ref = D("aluguel do mês de «m»/«y» do imóvel situado na «a», CEP «c»", m=g.pick(MONTHS), y=g.pick([2024, 2025]),
                    a=(ocr(g.address(), g, 0.08), "ADDRESS"), c=(ocr(g.cep(), g, 0.08, True), "BR_CEP"))
        elif kind == 1:
            ref = D("serviço de pintura e reparos na residência situada na «a»", a=(ocr(g.address(), g, 0.08), "ADDRESS"))
        elif kind == 2:
            ref = D("sinal da venda do veículo «m», cor «c», placa «p», RENAVAM «r»", m=g.pick(CAR_MODELS), c=g.pick(COLORS).lower(),
                    p=(ocr(g.plate(), g, 0.08, True), "LICENSE_PLATE"), r=g.renavam())
        elif kind == 3:
            ref = D("diárias de faxina do mês de «m» (NIT «n»)", m=g.pick(MONTHS), n=(em_nit, "BR_PIS"))
        else:
            k = g.person()
            ref = D("aulas particulares de reforço d«o» alun«o» «k»", o=k.o, k=P(ocr(k.first if g.chance(0.5) else k.full, g, 0.08)))
        d = Doc()
        d.f("RECIBO Nº «n»                                   R$ «v»\n\n", n=f"{g.ri(1, 50):03d}", v=fig)
        d.f("Recebi de «p», CPF «c», a importância de «w», referente a «r». Para clareza, firmo o presente.\n\n",
            p=P(ocr(name_form(g, pay, ["full", "caps", "low"]), g, 0.1)), c=(ocr(g.cpf(), g, 0.1, True), "BR_CPF"), w=words, r=ref)
        reflow(d, g.pick([64, 72, 80]))
        d.f("«c», «d».\n\n", c=ocr(city, g, 0.1), d=g.date("long"))
        signature(d, P(ocr(em.full, g, 0.1)) if g.chance(0.7) else ("[assinatura]", None), [D("CPF «c»", c=(ocr(fmt_cpf(em_cpf), g, 0.1, True), "BR_CPF"))], "_" * 28)
        if g.chance(0.5):
            d.f("Chave Pix: «k»\n", k=em_key)
        d.f("\n[página digitalizada «i»]\n\f", i=i + 1)
        doc.add(d)
    return doc


def fi_accountant(g: Gen) -> Doc:
    """An accountant's monthly e-mail to a small-business client, printed from webmail (with the client's reply)."""
    office, dom = g.pick(ACCOUNTANTS)
    firm = g.pick(SMALL_FIRMS)
    city, uf = g.city()
    acc = g.person()
    cl = g.person()
    acc_mail = f"{re.sub(r'[^a-z]', '', fold(acc.first).lower())}@{dom}"
    cl_mail = g.email(cl)
    cm = g.ri(1, 11)
    comp = f"{cm:02d}/{g.pick([2024, 2025])}"
    subj = f"Guias competência {comp} — {firm}"
    body = Doc()
    body.f("«n» <«m»>\nPara: «c» <«cm»>\nCc: fiscal@«d»\n«dt»\n\nBom dia, «cf»!\n\nSeguem as guias da competência «comp» da «f» (CNPJ «j»):\n\n",
           n=P(acc.full), m=(acc_mail, "EMAIL_ADDRESS"), c=P(cl.full), cm=(cl_mail, "EMAIL_ADDRESS"), d=dom,
           dt=f"{g.date()} {g.hm()}", cf=P(cl.first), comp=comp, f=firm, j=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    body.f("• DAS — Simples Nacional — vencimento 20/«m» — R$ «v»\n  Nº do documento: «nd»\n  Linha digitável: «l»\n"
           "• DARF «cod» («cn») — vencimento «dv» — R$ «v2»\n  Linha digitável: «l2»\n"
           "• FGTS Digital — guia emitida no portal, vencimento dia 20 — R$ «v3»\n\n",
           m=f"{cm + 1:02d}", v=g.money(200, 6000), nd=f"{g.d(2)}.{g.d(2)}.{g.d(5)}.{g.d(7)}-{g.d(1)}", l=das_line(g),
           cod=g.pick(["0561", "1708", "5952", "2089"]), cn=g.pick(["IRRF s/ salários", "IRRF s/ serviços", "PIS/COFINS/CSLL retidos"]),
           dv=g.date(year=2025), v2=g.money(30, 900), l2=das_line(g), v3=g.money(100, 2000))
    if g.chance(0.8):
        e = g.person()
        bank, bname = g.pick(BANKS)
        body.f("Admissão enviada ao eSocial (S-2200), recibo nº 1.2.«r»:\n  Nome: «n»\n  CPF: «c»   PIS/NIS: «p»\n"
               "  Nascimento: «dob»   Raça/cor: «rc»   Instrução: «gi»\n  Endereço: «a» — «b» — CEP «cep»\n"
               "  Admissão: «ad»   Cargo: «cg» (CBO «cbo»)   Salário: R$ «s»\n  Conta salário: «bn» ag. «ag» c/c «cc»\n«x»\n",
               r=g.d(19), n=P(e.caps if g.chance(0.5) else e.full), c=cpf_t(g), p=(g.pis(), "BR_PIS"),
               dob=(g.dob(g.pick(["br", "br", "iso"]), 1965, 2006), "DATE_OF_BIRTH"), rc=g.pick(["parda", "branca", "preta", "amarela"]),
               gi=g.pick(["médio completo", "fundamental incompleto", "superior incompleto"]), a=addr(g), b=g.pick(BAIRROS), cep=cep_t(g),
               ad=g.date(year=2025), cg=g.pick(["Atendente", "Aux. de cozinha", "Vendedora", "Padeiro"]), cbo=f"{g.d(4)}-{g.d(2)}",
               s=g.money(1518, 2600), bn=bname, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
               x=g.pick([D("  Título de eleitor: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR")), D("  CNH: «t» (cat. B)\n", t=(g.cnh(), "BR_CNH")), ""]))
    if g.chance(0.3):
        r = g.person()
        body.f("A rescisão d«o» «n» ficou para «d»; o TRCT vai por aqui mesmo na semana que vem.\n", o=r.o,
               n=P(g.pick([r.full, r.first])), d=g.date(year=2025))
    body.f("«w»\n\nQualquer dúvida estou à disposição.\n\nAtenciosamente,\n\n«n»\nContador«a» — «crc»\n«of»\n«t» | «m»\n\n",
           w=g.pick(["Lembrando que o leão não perdoa: o prazo da DEFIS é 31/03.", "Seria prudente separar o valor do 13º já a partir deste mês.",
                     "O pró-labore continua no valor de um salário mínimo.", ""]),
           n=P(acc.full), a="a" if acc.female else "", crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), of=office, t=ph(g, "par"),
           m=(acc_mail, "EMAIL_ADDRESS"))
    body.f("Em «d», «n» <«m»> escreveu:\n", d=g.date(), n=P(cl.full), m=(cl_mail, "EMAIL_ADDRESS"))
    reply = Doc()
    reply.f("> Oi «a», segue os dados da funcionária nova. O celular dela é «t». Só falta ela trazer o título de eleitor.\n"
            "> Obrigad«o»«f»\n", a=P(acc.first), t=ph(g), o=cl.o, f=D(",\n> «n»", n=P(cl.first)) if g.chance(0.5) else "!")
    if g.chance(0.4):  # typed on the phone, all lower case (same length, so the spans stay put)
        assert len(reply.text.lower()) == len(reply.text)
        reply.text = reply.text.lower()
    body.add(reply)
    now = f"{g.date('nopad')}, {g.hm()}"
    url = f"https://mail.google.com/mail/u/0/?ik={g.hexs(10)}&view=pt&search=all&permthid=thread-f:{g.d(19)}&simpl=msg-f:{g.d(19)}"
    gap = " " * g.ri(8, 20)
    head = lambda k, n: Doc(f"{now}{gap}Gmail - {subj}\n\n")
    foot = lambda k, n: Doc(f"\n{url}{' ' * 4}{k}/{n}\n\f")
    return paginate(body, g.ri(22, 34), head, foot)


def fi_condo_accounts(g: Gen) -> Doc:
    """A condominium's monthly accounts: balance, payroll, suppliers, defaulters, audit board."""
    condo = g.pick(CONDOS)
    city, uf = g.city()
    mi = g.ri(0, 11)
    mes = f"{MONTHS[mi].upper()}/{g.pick([2024, 2025])}"
    bank, bname = g.pick(BANKS)
    days = iter(sorted(g.rng.sample(range(1, 29), 9)))
    dt = lambda: f"{next(days):02d}/{mi + 1:02d}"
    body = Doc()
    body.f("PRESTAÇÃO DE CONTAS — «m»\n\nSaldo anterior («b», ag. «ag», c/c «cc»): R$ «s»\n\nRECEITAS\n", m=mes, b=bname,
           ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), s=g.money(2000, 90000))
    table_layout(body, ["Histórico", "Valor"], [["Taxas condominiais recebidas", g.money(8000, 60000)], ["Multas e juros", g.money(50, 900)],
                                               [f"Aluguel do salão de festas (unid. {g.ri(1, 18)}{g.ri(1, 4):02d})", g.money(100, 400)],
                                               ["Fundo de reserva", g.money(500, 5000)]], gap=6)
    body.t("\nDESPESAS\n")
    zel, dia, sind = g.person(False), g.person(True), g.person()
    rows = [[dt(), "Salário zelador", [P(name_form(g, zel, ["caps", "full"])), " (CPF ", cpf_t(g), ")"], g.money(1800, 3200)],
            [dt(), "Diarista limpeza (RPA)", [P(name_form(g, dia, ["caps", "full"])), " NIT ", (g.pis(), "BR_PIS")], g.money(300, 1200)],
            [dt(), "Manutenção portão eletrônico", [g.pick(["Portões Bento Ltda", "Serralheria Prudente Ltda", "Automação Leão"]),
                                                                 " CNPJ ", (g.cnpj(), "BR_CNPJ")], g.money(150, 900)],
            [dt(), "Energia elétrica (conta de luz) áreas comuns", g.pick(["CEMIG", "COPEL", "Enel", "Equatorial", "CPFL"]),
             g.money(300, 2500)],
            [dt(), "Água e esgoto", g.pick(["SABESP", "SANEPAR", "CAGECE", "EMBASA", "COPASA"]), g.money(200, 3000)],
            [dt(), "Pró-labore síndico", [P(name_form(g, sind, ["full", "caps"])), " (CPF ", (g.pcpf(sind), "BR_CPF"), ")"], g.money(500, 2000)],
            [dt(), "Tarifas bancárias", bname, g.money(10, 90)]]
    if g.chance(0.5):
        enc = g.person(False)
        key = g.pick([ph(g, "raw"), (g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY")])
        rows.insert(3, [dt(), "Reparo hidráulico (autônomo)", [P(enc.short), " — Pix ", key], g.money(150, 800)])
    table_layout(body, ["Data", "Histórico", "Favorecido", "Valor"], rows, gap=3)
    body.t("\nINADIMPLÊNCIA\n")
    irows = []
    for _ in range(g.ri(1, 3)):
        o = g.person()
        irows.append([f"{g.ri(1, 18)}{g.ri(1, 4):02d}", P(name_form(g, o, ["caps", "inv_caps", "full"])), str(g.ri(1, 9)), g.money(300, 9000),
                      g.pick(["acordo em andamento", "notificado", "ação de cobrança nº " + g.cnj(), "—"])])
    table_layout(body, ["Unid.", "Condômino", "Meses", "Débito", "Situação"], irows, gap=3)
    body.f("\nSaldo final: R$ «s»\n\nParecer do conselho fiscal: «p»\n\n«c», «d».\n\n", s=g.money(2000, 90000),
           p=D("as contas foram examinadas e aprovadas por «a» e «b», que não encontraram irregularidades.", a=P(g.person().full),
               b=P(g.person().full)) if g.chance(0.3) else "contas aprovadas sem ressalvas na reunião do conselho.", c=city,
           d=g.date("long"))
    signature(body, P(sind.full), [f"Síndic{sind.o}"])
    cnpj = g.cnpj()
    head = lambda k, n: D("«c»\nCNPJ «j» — «ci»/«uf»\n\n", c=condo.upper(), j=(cnpj, "BR_CNPJ"), ci=city, uf=uf)
    return paginate(body, g.ri(24, 40), head, page_footer(g, g.pick(ADMINS), g.ri(0, 3)))


def fi_card_auth(g: Gen) -> Doc:
    """Scanned recurring-debit authorisations (card or account) received by an association or church."""
    org = g.pick(ASSOCS + CHURCHES + ["Academia Corpo em Graça", "Escola de Música Aurora"])
    city, uf = g.city()
    out = Doc()
    kind = g.pick(["CONTRIBUIÇÃO MENSAL", "DÍZIMO / OFERTA MENSAL", "MENSALIDADE"])
    mode = g.pick(["inline", "grid", "below"])
    for i in range(2):
        a = g.person()
        d = Doc()
        d.f("«o»\nAUTORIZAÇÃO DE DÉBITO RECORRENTE — «k»\n\n", o=ocr(org.upper(), g, 0.3), k=kind)
        form(d, g, [[(ocr("Associado(a)", g, 0.3), P(ocr(name_form(g, a, ["full", "caps"]), g, 0.08))), ("Matrícula", g.d(5))],
                    [("CPF", (ocr(g.pcpf(a), g, 0.1, True), "BR_CPF")), ("Nasc.", (ocr(g.dob("br", 1945, 2005), g, 0.1, True), "DATE_OF_BIRTH"))],
                    [(ocr("Endereço", g, 0.3), (ocr(g.address(), g, 0.08), "ADDRESS")), ("CEP", (ocr(g.cep(), g, 0.1, True), "BR_CEP"))],
                    [("Celular", (ocr(g.phone(g.pick(["par", "plain"])), g, 0.1, True), "PHONE_NUMBER")),
                     ("E-mail", (g.email(a), "EMAIL_ADDRESS") if g.chance(0.6) else "")]], mode)
        card = i == 0 or g.chance(0.5)
        d.f("\nForma de pagamento: («c») Cartão de crédito   («b») Débito em conta\n", c="X" if card else " ", b=" " if card else "X")
        if card:
            hold = a if g.chance(0.6) else g.relative(a)
            form(d, g, [[("Titular do cartão", P(name_form(g, hold, ["caps", "full"]))), ("CPF do titular", (g.pcpf(hold), "BR_CPF"))],
                        [("Número do cartão", (ocr((cb := g.card_brand())[0], g, 0.08, True), "CREDIT_CARD")),
                         ("Validade", f"{g.ri(1, 12):02d}/{g.ri(26, 32)}"), ("Bandeira", cb[1])]], mode)
        else:
            bank, bname = g.pick(BANKS)
            form(d, g, [[("Banco", f"{bank} — {bname}"), ("Agência", (g.agency(), "BANK_ACCOUNT")),
                         ("Conta", (ocr(g.account(), g, 0.08, True), "BANK_ACCOUNT"))]], mode)
        d.f("Valor mensal: R$ «v»   Dia do débito: «dd»\n\nAutorizo o débito mensal do valor acima até comunicação em contrário, "
            "por escrito, com 30 dias de antecedência.\n«c», «d».\n\n", v=g.money(20, 300), dd=g.pick([5, 10, 15, 20]), c=ocr(city, g, 0.2),
            d=g.date())
        signature(d, P(ocr(a.full, g, 0.08)), ["Assinatura"], "_" * 30)
        d.f("\nRecebido por: «r» (tesouraria)   [digitalizado — pág. «i»]\n\f", r=P(g.person().short) if g.chance(0.4) else "______",
            i=i + 1)
        out.add(d)
    return out


def fi_school_debt(g: Gen) -> Doc:
    """A school's debt-settlement agreement with a guardian: arrears table, Pix down payment, instalments."""
    school = g.pick(SCHOOLS)
    city, uf = g.city()
    dire = g.person(female=g.chance(0.7))
    resp = g.person()
    other = g.person(female=not resp.female)
    kids = [g.child(resp if resp.female else other, other if resp.female else resp) for _ in range(g.pick([1, 1, 2]))]
    body = Doc()
    body.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO DE PARCELAMENTO Nº «n»/«y»\n\nCREDORA: «s», inscrita no CNPJ sob o nº «j», "
           "com sede na «a», «c»/«uf», neste ato representada por «sd» «d».\n\nDEVEDOR«ra»: «q».\n\nALUNO(S): ",
           n=g.ri(1, 99), y=g.pick([2024, 2025]), s=school, j=(g.cnpj(), "BR_CNPJ"), a=company_street(g), c=city, uf=uf, d=P(dire.full),
           sd="sua diretora" if dire.female else "seu diretor", ra="A" if resp.female else "", q=qualify(g, resp, contact=True))
    for i, k in enumerate(kids):
        body.f("«s»«n» («t»)", s=" e " if i else "", n=P(k.full), t=g.pick(["2º ano", "Maternal II", "6º ano", "9º ano", "1ª série EM"]))
    body.t(".\n\n")
    months = g.rng.sample(range(12), g.ri(2, 5))
    body.t("CLÁUSULA 1ª — O(A) DEVEDOR(A) reconhece e confessa a dívida referente às mensalidades abaixo:\n\n")
    fee = g.ri(450, 1500) * 100
    rows, total = [], 0
    for m in sorted(months):
        fine = round(fee * (0.02 + 0.01 * g.ri(1, 6)))
        total += fee + fine
        rows.append([MONTHS[m].capitalize(), f"10/{m + 1:02d}/2025", brl(fee), brl(fine), brl(fee + fine)])
    reflow(body, 88)
    table_layout(body, ["Mês", "Vencimento", "Valor", "Multa/juros", "Total"], rows, gap=3)
    entry = round(total * g.pick([0.1, 0.2, 0.3]) / 100) * 100
    pix = g.ri(0, 2)
    pm = [D("por Pix para a chave aleatória «k» da CREDORA", k=(g.uuid(), "PIX_KEY")),
          D("por Pix para a chave CNPJ da CREDORA"), D("em dinheiro na secretaria")][pix]
    cl = Doc()
    cl.f("\nCLÁUSULA 2ª — O débito total de R$ «v» será pago com entrada de R$ «e», na assinatura deste termo, «pm», e o saldo "
         "em «p» parcelas mensais por boleto, com vencimento todo dia 10. CLÁUSULA 3ª — O não pagamento de qualquer parcela implica "
         "o vencimento antecipado das demais e autoriza o protesto e a inscrição em cadastros de inadimplentes. ",
         v=brl(total), e=brl(entry), pm=pm, p=g.ri(2, 10))
    if g.chance(0.5):
        av = g.person()
        cl.f("CLÁUSULA 4ª — Assina como avalista «n», CPF «c», telefone «t». ", n=P(av.full), c=cpf_t(g), t=ph(g))
    cl.f("A rematrícula fica condicionada ao fiel cumprimento deste acordo.\n\n«c», «d».\n\n", c=city, d=g.date("long"))
    reflow(cl, 88)
    body.add(cl)
    signature(body, P(dire.full), ["Pela CREDORA"])
    signature(body, P(resp.caps), ["DEVEDOR" + ("A" if resp.female else "")])
    body.t("Testemunhas: ")
    w1, w2 = g.person(), g.person()
    if g.chance(0.5):
        body.f("«a» (CPF «c1») e «b» (CPF «c2»)\n", a=P(w1.full), c1=cpf_t(g), b=P(w2.short), c2=cpf_t(g))
    else:
        body.f("1) ________________ CPF «c1»   2) ________________ CPF «c2»\n", c1=cpf_t(g), c2=cpf_t(g))
    out = paginate(body, g.ri(24, 36), None, page_footer(g, f"{school} — Tesouraria", g.ri(0, 3)))
    if g.chance(0.3):
        out.add(esign_log(g, [(resp, g.email(resp)), (dire, g.email(dire, "escola.com.br"))]))
    return out


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_garage, at_enrolment, at_report_card, at_church_roll, at_minutes, at_workshop, at_delivery],
    "juridico": [ju_intake, ju_procuracao, ju_lease, ju_condo_notice, ju_election, ju_trct, ju_fees],
    "saude": [sa_agenda, sa_lab, sa_pharmacy, sa_aso, sa_receipts, sa_collection, sa_daycare],
    "financeiro": [fi_payslip, fi_boleto, fi_receipts, fi_accountant, fi_condo_accounts, fi_card_auth, fi_school_debt],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "BR_RG") else ""
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
            assert 7 <= len(raw) <= 10, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v[:3] + v[3:].translate(OCR_UNDO)), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|prof|pr)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())


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
    with (HERE / f"{ORD}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORD, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
