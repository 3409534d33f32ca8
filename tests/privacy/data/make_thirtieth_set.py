"""Build the thirtieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 30,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: utilities, telecom and real estate, the way personal
data sits in the operations of energy, water and telecom companies and of property rentals
(field crews' handhelds, reading and cut-off lists, ombudsman channels, rental agencies).
- atendimento: field service orders typed on a technician's handheld in ALL CAPS without
  accents ("CLIENTE N/ LOCALIZADO", "MEDIDOR C/ LACRE VIOLADO", "RELIGACAO"), a water
  company's meter-reading route (fixed width, names cut at the field width, with the reader's
  notes written below), an Anatel Consumidor complaint with the operator's reply, a change of
  ownership of a utility account or a number-portability request (alternating copies), a
  WhatsApp conversation with the power company's virtual assistant and then an attendant,
  a disconnection list exported as semicolon CSV, a real-estate agency's tenant screening
  form (ficha cadastral).
- juridico: an eviction petition for non-payment (landlord, tenant, guarantor couple), a
  small-claims judgment against a power distributor for an undue cut-off (PJe header with
  parties), a conciliation hearing record at Procon/CEJUSC with a telecom (payment to the
  consumer's account or random Pix key), an extrajudicial notice from a rental agency sent
  by e-mail to tenant and guarantors, a mass-litigation spreadsheet of a telecom's law firm,
  a residential lease (qualification of the parties, deposit account, utilities transfer,
  witnesses), an energy-theft inspection report (TOI) followed by the in-house legal opinion.
- saude: the registration of an electro-dependent patient with the distributor, a medical
  report for that registration forwarded by a relative, a home-care oxygen concentrator
  installation order, a hospital's bedside TV/internet subscription with its activation log,
  the list of electro-dependent customers in a planned outage area (semicolon CSV, call
  notes), a family's ombudsman complaint after a cut-off with the company's reply, a hospital
  social worker's e-mail asking for the social tariff (NIS, CadÚnico).
- financeiro: an overdue-bill renegotiation term (bills, down payment by card, debit in
  account), a debt-collection letter and SMS from a collection agency, a rental agency's
  security-deposit (caução) ledger and a refund e-mail, a tenant credit analysis for a
  guarantee (fiança / seguro-fiança), a landlord's monthly payout statement, a direct-debit
  and recurring-card enrolment file of a telecom (pipe-delimited), a negative-credit
  (negativação) batch sent to a credit bureau in a fixed-width layout (H / D / T records).

Conventions (the twentieth set's, which follow the eighteenth): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "D.", "dona", "seu"; particles inside a name are part of
it; "SURNAME, GIVEN" is one span; nicknames and first names alone (capitalised, lower case or
in capitals) are persons. Technicians, meter readers, attendants, preposts, lawyers, judges,
doctors, nurses, brokers and analysts named in the text are persons; logins, matrículas,
team codes (E-117), PPPoE and spreadsheet logins and the virtual assistant's name ("Luzia",
"Aurora", "Clara" as bot names) are not. A WhatsApp export shows the customer either by profile
name (PERSON, the emoji after it outside) or by number (PHONE_NUMBER).
People's e-mail addresses, corporate ones included, are EMAIL_ADDRESS; role mailboxes
(ouvidoria@, cobranca@, tarifasocial@) are not labelled; companies' 0800 / 4004 numbers are
not labelled. ADDRESS is street type + name + number + complement in one span, in the
handheld's abbreviations too ("R BARAO DE MAUA 1234 CS 2 FDS"); bairro, city, UF stay outside
and CEP is BR_CEP; where a CSV or fixed-width layout splits street and number, only the
street field is an ADDRESS span; a street named without a number ("na esquina da Padre
Cícero"), a company's address and a law office's address are not labelled. Installation
addresses and addresses of rented homes are people's addresses and are labelled. Fixed-width layouts cut long names
and streets at the field width: the cut value is labelled as it stands. Agency and account
are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth dates
(also compact: DDMMAAAA in the fixed-width batch, AAAAMMDD in the debit file); admission,
reading, due, cut-off and hearing dates are not. In the fixed-width batch the CPF sits in a
14-position field padded with zeros on the left: the whole field is the BR_CPF span.
PROFESSIONAL_ID includes the council acronym and UF: CRM, COREN, OAB, CREA (electrical
engineers), CRESS (social workers) and the CRECI of an individual broker ("CRECI/SP 123456-F"); a firm's CRECI ("CRECI 12.345-J") and RQE numbers are not labelled.
NIS / NIT numbers are BR_PIS. A CNPJ is BR_CNPJ wherever it appears (companies included).
IPv4 addresses of customers' connections and devices are IP_ADDRESS, private ones included;
MAC addresses, IMEI, ICCID, Wi-Fi logins and vouchers are not labelled. Plates of crews'
vans, tenants' cars and home-care vehicles are LICENSE_PLATE. PIX_KEY only for random (UUID)
keys; a Pix key that is a CPF, e-mail or phone takes that label. Masked values (asterisks,
"final 1234"), consumer unit (UC) and installation numbers, meter and hydrometer serials,
protocol, OS, TOI, contract and process numbers, property registrations (matrícula do
imóvel, IPTU), boleto lines, Pix end-to-end ids, health-plan card numbers, GPS coordinates,
CadÚnico family codes, BPC benefit numbers, electoral zone/section and the issuing body after
an RG ("SSP/MG") are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Thayslane, Edgleison, Raylane, Wemerson, Brunielly; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, Venezuelan, Ukrainian,
indigenous, Jewish), at least a quarter of the name words rare or invented; names that are
everyday words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Celeste,
Severo, Clemente) next to the same words as words ("falta de luz", "conta de luz", "fio
branco", "seria prudente", "Luz para Todos") and in places, streets and companies
(Presidente Prudente, Bento Gonçalves, Vitória/ES, Rua Rosa e Silva, Rosa dos Ventos Imóveis,
Vitória Home Care, Bento & Amado Imóveis, Hospital São Bento), which are not persons.
Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", short, first name
alone, nickname.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(consumer units, installation codes, ANATEL protocols), meter serials, IMEI/ICCID, ICD-10
codes, money, kWh and m³ readings, dBm levels, protocol, OS, TOI and contract numbers,
CadÚnico family codes (11 digits failing the CPF check), boleto lines, 0800 numbers,
laws and resolutions (Lei 8.245/1991, Res. ANEEL 1.000/2021, Lei 13.709/2018), dates that
are not birth dates, company names containing surnames, streets named after people used as
places, bot names.
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
SEED = 30
OUT = "thirtieth"

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}

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


def up(s: str) -> str:
    return fold(s).upper()


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MES = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Fernanda", "Juliana", "Patrícia", "Adriana", "Cristiane", "Simone", "Luciana", "Camila",
        "Gabriela", "Larissa", "Beatriz", "Mariana", "Letícia", "Amanda", "Priscila", "Tatiane", "Sandra",
        "Cláudia", "Rosângela", "Elaine", "Fabiana", "Maria José", "Maria de Fátima", "Francisca", "Antônia",
        "Joana", "Isabela", "Sofia", "Manuela", "Heloísa", "Valentina", "Josefa", "Luzia"]
RARE_F = ["Dirlene", "Edileusa", "Gecilda", "Jucilene", "Lucineide", "Marinalva", "Nadjane", "Quitéria",
          "Rosenilda", "Tainá", "Vandinéia", "Waldirene", "Creuza", "Dalvanise", "Eulina", "Fransuele", "Hérica",
          "Ivonete", "Jardelina", "Kelvia", "Lucivânia", "Maurinete", "Nailde", "Orlandina", "Pryscilla",
          "Raylane", "Sthefany", "Thayslane", "Ueslaine", "Valdelice", "Wanderléia", "Yngrid", "Zenaide",
          "Adenilda", "Brunielly", "Cleonice", "Kettlyn", "Rhayanne", "Deysiane", "Lorrayne", "Jhully",
          "Genoveva", "Ilzete", "Olindina"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João", "Luiz", "Carlos", "Paulo Roberto", "Ricardo", "Rodrigo",
        "Roberto", "Eduardo", "Gustavo", "Rafael", "Bruno", "Thiago", "Lucas", "Mateus", "Gabriel", "Miguel",
        "Arthur", "Heitor", "Bernardo", "Fábio", "Márcio", "Anderson", "Adriano", "Sebastião", "Raimundo",
        "Geraldo", "Vicente", "Benedito", "José"]
RARE_M = ["Adenor", "Belarmino", "Cícero Romão", "Deoclécio", "Edivaldo", "Francivaldo", "Gedeão", "Heráclito",
          "Irineu", "Jeová", "Laudelino", "Manassés", "Nilvan", "Onofre", "Quirino", "Telésforo", "Ubiratan",
          "Valdomiro", "Wanderlan", "Zenildo", "Aldenor", "Bráulio", "Dejair", "Edgleison", "Flaviano",
          "Gleidson", "Isaquiel", "Lucivaldo", "Maycon Douglas", "Nataniel", "Osmarino", "Ruan Pablo",
          "Sandoval", "Tertuliano", "Uirá", "Wemerson", "Ycaro", "Zaqueu", "Genésio", "Hipólito"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Rocha", "Dias",
          "Monteiro", "Moreira", "Cunha", "Batista", "Farias", "Sales", "Moraes", "Borges", "Fonseca", "Xavier",
          "Cruz", "Medeiros", "Pires", "Aguiar", "Tavares", "Brito", "Vasconcelos", "Siqueira", "Guimarães",
          "Leite", "Conceição", "Nascimento"]
RARE_SUR = ["Aragão", "Bandeira", "Cajazeiras", "Frota", "Gurgel", "Ibiapina", "Jatobá", "Nóbrega", "Oiticica",
            "Quaresma", "Tabosa", "Uchôa", "Valadares", "Wanderley", "Ximenes", "Arcoverde", "Borba", "Catunda",
            "Feitosa", "Girão", "Juvêncio", "Lustosa", "Mourão", "Nepomuceno", "Sarmento", "Torquato",
            "Aciolly", "Bitencourt", "Dornelles", "Fialho", "Caminha", "Lisboa Pinheiro", "Maranhão", "Pacheco Leal",
            "Rabelo", "Tenório", "Varela", "Ximango"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Severo", "Clemente", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Vitória", "Flor", "Severo", "Torres", "Porto",
            "Vale", "Serra", "Rios", "Pedreira", "Aurora"]
NICK = {"Francisco": "Chico", "José Carlos": "Zé Carlos", "Antônio": "Toninho", "Raimundo": "Mundinho",
        "Sebastião": "Tião", "Benedito": "Dito", "Maria José": "Zezé", "Maria de Fátima": "Fatinha",
        "Francisca": "Chica", "Antônia": "Toinha", "Quitéria": "Teca", "Geraldo": "Gegê", "Ubiratan": "Bira",
        "Valdomiro": "Miro", "Irineu": "Neneu", "Edivaldo": "Didi", "Ana Paula": "Paulinha", "José": "Zé",
        "Josefa": "Zefa", "Luzia": "Lulu", "Belarmino": "Bilo", "Cícero Romão": "Ciço", "Bento": "Bentinho",
        "Manassés": "Nenê", "Osmarino": "Marinho", "Valdelice": "Dedé", "Paulo Roberto": "Paulão",
        "Gedeão": "Gedé", "Heráclito": "Tito", "Zaqueu": "Zaca"}
FOREIGN = {
    "it": (["Giuliana", "Antonella", "Loredana"], ["Giancarlo", "Domenico", "Pasquale"],
           ["Zanetti", "Bortolini", "Trevisan", "Pozzobon", "Ceccato", "Girardello", "Dal Molin"]),
    "de": (["Hildegard", "Ingrid", "Elfriede"], ["Günther", "Egon", "Arno"],
           ["Schmitt", "Kuhn", "Wachholz", "Boettcher", "Rauber", "Zimmermann", "Hennig"]),
    "jp": (["Keiko", "Midori", "Harumi"], ["Satoshi", "Noboru", "Yoshio"],
           ["Higa", "Nakandakari", "Miyagi", "Shimabukuro", "Tanaka", "Okuda"]),
    "lb": (["Samira", "Rania", "Jamile"], ["Said", "Munir", "Habib"],
           ["Jabour", "Saad", "Karam", "Feres", "Bitar", "Mattar"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Li", "Wang", "Zhang", "Huang"]),
    "ht": (["Nadège", "Widline", "Fabiola"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Désir", "Louissaint", "Métellus"]),
    "sn": (["Mariama", "Awa", "Ndèye"], ["Abdoulaye", "Modou", "Babacar"], ["Faye", "Mbaye", "Seck", "Thiam"]),
    "ao": (["Ngueve", "Welwitschia", "Kiesse"], ["Kalunga", "Mbemba", "Ndombasi"],
           ["Lutumba", "Kassoma", "Ngola", "Tchiteculo"]),
    "bo": (["Jhoselin", "Mayra", "Eulalia"], ["Wilber", "Edwin", "Teodoro"],
           ["Mamani", "Condori", "Choque", "Huanca"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Ubirajara", "Raoni", "Kauê"],
           ["Guajajara", "Pataxó", "Terena", "Baniwa", "Tikuna"]),
    "jw": (["Sarah", "Esther", "Miriam"], ["Moisés", "Ezequiel", "Bóris"],
           ["Goldfarb", "Rosenthal", "Zylberstajn", "Feldman"]),
    "ve": (["Yusleidy", "Marbelis"], ["Yorman", "Deivis"], ["Briceño", "Rondón", "Guzmán"]),
    "ua": (["Iryna", "Halyna"], ["Mykola", "Vasyl"], ["Boiko", "Kravets", "Savchuk"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "ve", "ua"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Higa", "Nakandakari", "Shimabukuro", "Pozzobon", "Girardello", "Wachholz", "Boettcher", "Jabour",
             "Zanetti", "Ceccato", "Rauber", "Hennig"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Serra", "Flor", "Fonseca", "Cruz", "Aurora"}
DO_SUR = {"Nascimento", "Vale", "Porto", "Carmo"}
DOS_SUR = {"Santos", "Rios"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "86", "87", "88", "89", "91", "92", "93", "94", "96", "97", "98", "99"]
STREET_TYPES = ["Rua"] * 9 + ["Avenida"] * 3 + ["Travessa"] * 2 + ["Alameda", "Estrada", "Rodovia", "Praça", "Beco",
                                                                  "Servidão", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Rosa e Silva", "Prudente de Morais", "da Luz", "Flor do Campo", "Bento Gonçalves",
                "Dona Aurora Ximenes", "Vitória Régia", "Padre Cícero", "Marechal Deodoro", "Tiradentes",
                "Sete de Setembro", "José Bonifácio", "Capitão Onofre Jatobá", "Professor Laudelino Gurgel",
                "das Orquídeas", "dos Eletricitários", "Presidente Vargas", "Duque de Caxias", "Visconde de Taunay",
                "Santa Rita", "do Sossego", "Projetada 12", "Chico Mendes", "Irmã Dulce", "Dom Hélder Câmara",
                "Nossa Senhora de Fátima", "dos Jacarandás", "dos Coqueiros", "Manoel Branco", "Celeste Amado",
                "Coronel Severo Tabosa", "Doutor Clemente Frota", "São Bento", "Beira Rio", "Quinze de Novembro",
                "Engenheiro Genésio Catunda", "Pastor Zaqueu Borba", "Boa Esperança", "Luz do Sol"]
STREET_ABBR = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Estrada": "EST", "Rodovia": "ROD",
               "Praça": "PC", "Beco": "BC", "Servidão": "SERV", "Vila": "VL"}
NAME_ABBR = [("PROFESSOR ", "PROF "), ("DOUTOR ", "DR "), ("CAPITAO ", "CAP "), ("CORONEL ", "CEL "),
             ("PADRE ", "PE "), ("NOSSA SENHORA ", "N SRA "), ("MARECHAL ", "MAL "), ("ENGENHEIRO ", "ENG "),
             ("PRESIDENTE ", "PRES "), ("VISCONDE ", "VISC "), ("PASTOR ", "PR ")]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Rosa", "RS"),
          ("Aurora do Pará", "PA"), ("Luziânia", "GO"), ("Flores", "PE"), ("Mossoró", "RN"), ("Caruaru", "PE"),
          ("Campina Grande", "PB"), ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"), ("Imperatriz", "MA"),
          ("Teresina", "PI"), ("Crato", "CE"), ("Juazeiro do Norte", "CE"), ("Fortaleza", "CE"), ("Natal", "RN"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Campinas", "SP"),
          ("Sorocaba", "SP"), ("Bauru", "SP"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Porto Velho", "RO"), ("Santarém", "PA"), ("Manaus", "AM"), ("Aracaju", "SE"),
          ("Maceió", "AL"), ("Serra", "ES"), ("Niterói", "RJ"), ("Volta Redonda", "RJ")]
TR = {"AC": 1, "AL": 2, "AP": 3, "AM": 4, "BA": 5, "CE": 6, "DF": 7, "ES": 8, "GO": 9, "MA": 10, "MT": 11, "MS": 12,
      "MG": 13, "PA": 14, "PB": 15, "PR": 16, "PE": 17, "PI": 18, "RJ": 19, "RN": 20, "RS": 21, "RO": 22, "RR": 23,
      "SC": 24, "SE": 25, "SP": 26, "TO": 27}
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Luz", "Jardim Flor de Lis", "Alto Branco",
           "Parque São Bento", "Conjunto Vitória", "Cidade Nova", "Vila Rosa", "Planalto", "Jardim Amado",
           "Mutirão", "COHAB III", "Conjunto Ceará", "Bom Jardim", "Santa Luzia"]
CIDS = ["J44.1", "J96.1", "G12.2", "J84.1", "I50.0", "G71.0", "J96.0", "G80.9", "E84.0", "I27.0", "C34.9",
        "J43.9", "G35", "Z99.1", "Z99.8", "N18.5"]
DX = [("doença pulmonar obstrutiva crônica", "J44.1", "concentrador de oxigênio", 350),
      ("insuficiência respiratória crônica", "J96.1", "concentrador de oxigênio", 300),
      ("esclerose lateral amiotrófica", "G12.2", "ventilador mecânico domiciliar", 180),
      ("fibrose pulmonar idiopática", "J84.1", "concentrador de oxigênio", 350),
      ("apneia obstrutiva do sono grave", "G47.3", "CPAP", 60),
      ("distrofia muscular", "G71.0", "BiPAP", 120),
      ("doença renal crônica estágio 5", "N18.5", "máquina de diálise peritoneal", 200),
      ("paralisia cerebral com disfagia", "G80.9", "aspirador de secreção", 90),
      ("hipertensão pulmonar", "I27.0", "concentrador de oxigênio", 350),
      ("fibrose cística", "E84.0", "concentrador de oxigênio", 300)]
EQUIP = [("concentrador de oxigênio", 350), ("concentrador de O2 5 L/min", 300), ("BiPAP", 120), ("CPAP", 60),
         ("ventilador mecânico domiciliar", 180), ("aspirador de secreção", 90), ("bomba de infusão", 25),
         ("cama hospitalar elétrica", 150), ("máquina de diálise peritoneal", 200), ("oxímetro com alarme", 10)]


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
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Maria J")) else self.given

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return up(self.full)

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return up(f"{' '.join(sur)}, {self.given}")

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def initials(self) -> str:
        """'FRANCIVALDO G. SARMENTO' as a handheld shows the technician."""
        parts = [s for s in self.surnames if s not in PARTICLES]
        if len(parts) >= 2:
            return up(f"{self.first} {parts[0][0]}. {parts[-1]}")
        return up(self.short)


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "capsshort": up(p.short), "lowshort": fold(p.short).lower(), "capsfirst": up(p.first),
            "initials": p.initials}[form]


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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.53:
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
                second = self.pick(RARE_F + WORD_F if female else RARE_M + PT_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.05:
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

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}{self.rng.randint(1960, 2005)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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
                "semi": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}", "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
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
        if dash is None:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        ddd = ddd or self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "local": f"{h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                              f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                              f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"])
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 170, 45, 131, 143, 152])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.ri(1, 4)} fundos"])
        return t, name, num, comp

    def address(self, style: str = "text", parts: tuple | None = None) -> str:
        t, name, num, comp = parts or self.street_parts()
        if style == "caps":
            return os_addr(self, (t, name, num, comp))
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower() if self.chance(0.6) else s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1935, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, uf: str | None = None) -> str:
        seg = f"8.{TR[uf]:02d}" if uf else self.pick(["8.26", "8.06", "8.17", "8.15", "8.13", "8.05", "8.20", "8.24", "8.21", "8.16"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def uc(self) -> str:
        """A consumer-unit / installation number (never an identifier of a person)."""
        return self.pick([self.d(10), f"{self.d(7)}-{self.d(1)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}",
                          self.d(8)])

    def meter(self) -> str:
        return self.pick([f"ELO{self.d(7)}", f"A{self.d(1)}{self.pick('BCDK')}{self.d(6)}", f"LAN{self.d(8)}",
                          f"Y{self.d(2)}A{self.d(6)}", f"{self.d(2)}.{self.d(6)}-{self.d(1)}", f"NAN{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {dotted}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {self.d(5)}", f"CRESS-{uf} {n}", f"CRESS {self.ri(1, 25)}ª Região/{uf} {self.d(5)}"])
        if kind == "CRECI":
            return self.pick([f"CRECI/{uf} {self.d(5)}-F", f"CRECI-{uf} {n}", f"CRECI {uf} {dotted}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(9)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.d(12), f"OUV-{self.d(7)}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {up(MONTHS[mm - 1])} DE {yy}"}[fmt]


def os_addr(g: Gen, parts: tuple) -> str:
    """Handheld style: 'R PROF LAUDELINO GURGEL 1234 CS 2 FDS'."""
    t, name, num, comp = parts
    s = up(name)
    for a, b in NAME_ABBR:
        if g.chance(0.7):
            s = s.replace(a, b)
    typ = STREET_ABBR.get(t, up(t)) if g.chance(0.8) else up(t)
    n = "S/N" if num == "s/n" else g.pick([num, num, f"N {num}", f"Nº {num}", f", {num}"])
    c = up(comp).replace("APTO", g.pick(["AP", "APTO", "APT"])).replace("CASA", g.pick(["CS", "CASA"])).replace(
        "FUNDOS", g.pick(["FDS", "FUNDOS", "FD"])).replace("BLOCO", g.pick(["BL", "BLOCO"]))
    out = f"{typ} {s}" + ("" if n.startswith(",") else " ") + n + (f" {c}" if c else "")
    return out


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
            return self.t(s)
        assert label in LABELS, label
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        (value, "NEG") a recorded hard negative, (value, None) or a plain value is text."""
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
        s = s[:width].rstrip()
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        if s:
            self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def N(s: str) -> tuple:
    return (s, "NEG")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            if v:
                doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def brl(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def mat(g: Gen) -> str:
    return g.pick([g.d(5), g.d(6), f"{g.d(3)}.{g.d(3)}", f"T{g.d(5)}"])


def gps(g: Gen) -> str:
    return f"{-g.rng.uniform(2, 30):.6f},{-g.rng.uniform(35, 55):.6f}"


def imei(g: Gen) -> str:
    while True:
        b = g.pick(["35", "86", "35", "49"]) + g.d(12)
        if not cns_ok(b + luhn_dv(b)):
            return b + luhn_dv(b)


def iccid(g: Gen) -> str:
    return "8955" + g.pick(["10", "05", "31", "02"]) + g.d(13)


def boleto(g: Gen) -> str:
    return f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.neg(14)}"


DISTRIB = ["Celuz Distribuidora de Energia S.A.", "Prudente Energia S.A.", "Companhia Energética Aurora (CEA)",
           "Luz & Força do Vale S.A.", "Rosa dos Ventos Energia"]
SHORT = {"Celuz Distribuidora de Energia S.A.": "Celuz", "Prudente Energia S.A.": "Prudente Energia",
         "Companhia Energética Aurora (CEA)": "CEA", "Luz & Força do Vale S.A.": "Luz & Força",
         "Rosa dos Ventos Energia": "Rosa dos Ventos Energia"}
COPY = 0  # copy index of the record being built (set by build())
SANEAM = ["Companhia Aurora de Saneamento", "SAAE de Santa Rosa", "Águas do Vale Branco S.A."]
TELCOS = ["Aurora Telecom S.A.", "VivaNet Fibra Ltda", "Conecta Mais Telecom", "Tupã Móvel S.A.", "FlorNet Provedor"]
IMOBS = ["Rosa dos Ventos Imóveis", "Bento & Amado Imóveis Ltda", "Flor de Lis Administradora de Bens",
         "Imobiliária Prudente Negócios", "Girão & Catunda Imóveis", "Casa Branca Administração Predial"]
IMOB_DOM = {"Rosa dos Ventos Imóveis": "rosadosventosimoveis.com.br", "Bento & Amado Imóveis Ltda": "bentoamado.com.br",
            "Flor de Lis Administradora de Bens": "flordelisadm.com.br", "Imobiliária Prudente Negócios": "prudentenegocios.com.br",
            "Girão & Catunda Imóveis": "giraocatunda.com.br", "Casa Branca Administração Predial": "casabrancaadm.com.br"}
FIRMS = ["Gurgel & Frota Advogados Associados", "Nóbrega, Tabosa e Girão Advocacia", "Bandeira Lustosa Sociedade de Advogados",
         "Aragão & Wanderley Advogados"]
COLLECT = ["Branco Cobranças e Assessoria Ltda", "Recupera Assessoria de Crédito", "Ativa Cobrança Amigável", "Severo & Porto Recuperação de Ativos"]


# =========================================================================== atendimento

OS_TIPOS = [("RELIGACAO NORMAL", "E"), ("RELIGACAO URGENTE", "E"), ("SUSPENSAO P/ DEBITO", "E"), ("CORTE NO POSTE", "E"),
            ("INSPECAO DE MEDICAO", "E"), ("TROCA DE MEDIDOR", "E"), ("LIGACAO NOVA", "E"), ("VERIF VAZAMENTO CAVALETE", "A"),
            ("SUPRESSAO DE RAMAL", "A"), ("RELIGACAO AGUA", "A"), ("INSTALACAO FTTH", "T"), ("REPARO SEM SINAL", "T"),
            ("RETIRADA DE EQUIP (ONU)", "T")]
OS_RET = ["01 - EXECUTADO", "12 - CLIENTE AUSENTE", "07 - IMPEDIMENTO DE ACESSO", "03 - EXECUTADO C/ RESSALVA",
          "15 - ENDERECO N/ LOCALIZADO", "22 - CLIENTE RECUSOU", "09 - REPROGRAMAR"]


def os_obs(g: Gen, kind: str, c: Person) -> list:
    """ALL CAPS observation typed on the handheld; returns a list of pieces for Doc.f-like assembly."""
    nb = g.person(female=True)
    rel = g.relative(c, female=False)
    relf = g.relative(c, female=True)
    k = g.ri(0, 9)
    if kind == "T" and k in (1, 2, 5, 6):
        k = 7
    if k == 0:
        return [("CLIENTE N/ LOCALIZADO. VIZINHA D. ", None), P(up(g.pick([nb.first, nb.nick, nb.short]))),
                (" INFORMOU Q O MORADOR SAIU P/ TRABALHAR. DEIXADO AVISO NA PORTA, RETORNAR AMANHA", None)]
    if k == 1:
        return [("MEDIDOR C/ LACRE VIOLADO, FOTOS ANEXAS (4). ACOMPANHOU A VISTORIA O SR ", None), P(up(rel.short)),
                (" (" + g.pick(["FILHO", "GENRO", "IRMAO", "SOBRINHO"]) + " DO TITULAR). GERADO TOI", None)]
    if k == 2 and kind == "A":
        return [("RELIGACAO EXECUTADA NO CAVALETE. CLIENTE APRESENTOU COMPROVANTE DE PAGTO. HD SEM VAZAMENTO", None)]
    if k == 2:
        return [("RELIGACAO EXECUTADA NO POSTE. CLIENTE APRESENTOU COMPROVANTE DE PAGTO DE HOJE. ", None),
                ("LUZ RESTABELECIDA AS " + g.hm(), None)]
    if k == 3:
        r = g.pick([rel, relf])
        return [("CAO BRAVO NO QUINTAL, N/ FOI POSSIVEL ACESSAR O " + ("HD" if kind == "A" else "MEDIDOR") + ". FALAR C/ ", None),
                P(up(g.pick([r.nick, r.first]))),
                (" (" + g.pick(["FILHA", "NETA", "ESPOSA"] if r.female else ["FILHO", "NETO", "MARIDO"]) + ") NO FONE ", None),
                (g.phone(g.pick(["plain", "raw", "dash"])), "PHONE_NUMBER")]
    if k == 4:
        return [("IMOVEL FECHADO, SEGUNDO A VIZINHA ", None), P(up(nb.first if g.chance(0.5) else nb.nick)),
                (" O INQUILINO MUDOU FAZ 2 MESES. ENDERECO CONFERE C/ A OS", None)]
    if k == 5:
        sup = g.person()
        return [("CLIENTE ELETRODEPENDENTE (CONCENTRADOR O2 NA SALA) - N/ EXECUTADO O CORTE, ACIONADO SUPERVISOR ", None),
                P(up(g.pick([sup.short, sup.first]))), (" VIA RADIO", None)]
    if k == 6 and kind == "A":
        return [("TROCADO HD ANTIGO " + g.meter() + " P/ NOVO " + g.meter() + ". LEIT RETIRADA " + g.d(4) + " M3", None)]
    if k == 6:
        return [("TROCADO MEDIDOR ANTIGO " + g.meter() + " P/ NOVO " + g.meter() + ". LEIT RETIRADA " + g.d(5) +
                 " KWH. FIO BRANCO DO RAMAL REFEITO", None)]
    if k == 7 and kind == "T":
        return [("CABO DROP ROMPIDO NA ESQUINA C/ A PADRE CICERO, LANCADO 80M NOVO. ROTEADOR RESETADO, SENHA WIFI ENTREGUE P/ ", None),
                P(up(g.pick([c.first, rel.first]))), (". SINAL OK", None)]
    if k == 7:
        return [("SEM SINAL NA CTO, TECNICO DE REDE ", None), P(up(g.person(female=False).first)), (" ACIONADO. CLIENTE CIENTE", None)]
    if k == 8:
        return [("SR ", None), P(up(c.first)), (" N/ PERMITIU A ENTRADA DA EQUIPE, DISSE Q VAI RECLAMAR NA OUVIDORIA. "
                                                  "SERIA PRUDENTE MANDAR C/ APOIO", None)]
    return [("EXECUTADO S/ ANORMALIDADES. CLIENTE ASSINOU NO COLETOR", None)]


def at_os(g: Gen) -> Doc:
    """Field service orders exported from a technician's handheld (ALL CAPS, no accents)."""
    doc = Doc()
    tec = g.person(female=g.chance(0.15))
    city, uf = g.city()
    plate = g.plate()
    team = f"E-{g.ri(100, 480)}"
    date = g.date("br", 2025)
    doc.f("EXPORT COLETOR «dev» - EQUIPE «tm» - «d» - SINCRONIZADO «h»\nTEC RESP: «tec» MAT «m»   VTR «pl»\n",
          dev=g.pick(["CT-", "HH", "MOB"]) + g.d(4), tm=team, d=date, h=g.hm(), tec=P(tec.initials if g.chance(0.5) else tec.caps),
          m=mat(g), pl=(plate, "LICENSE_PLATE"))
    for _ in range(g.ri(2, 3)):
        tipo, kind = g.pick(OS_TIPOS)
        c = g.person()
        doc.f("========================================\nOS: «os»   TIPO: «tp»   PRIOR: «pr»\n",
              os=f"{g.ri(2024, 2025)}-{g.d(10)}", tp=tipo, pr=g.ri(1, 3))
        if kind == "T":
            doc.f("CONTRATO: «ct»   ONU: «onu»   RX: -«rx» DBM\n", ct=g.d(7), onu=f"ZTEG{g.hexs(8).upper()}", rx=f"{g.ri(17, 29)}.{g.ri(0, 9)}")
        else:
            doc.f("«ucl»: «uc»   «md»: «mn»   LEIT: «lt»\n", ucl=g.pick(["UC", "INSTALACAO", "MATRIC"]), uc=N(g.neg(11)) if g.chance(0.4) else g.uc(),
                  md="HD" if kind == "A" else "MEDIDOR", mn=g.meter(), lt=g.d(5))
        nm = c.caps if g.chance(0.8) else c.inverted
        doc.f("CLIENTE: «n»\n", n=P(nm))
        doc.t("CPF/CNPJ: ")
        doc.e(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF")
        doc.t("   FONE: ")
        if g.chance(0.85):
            doc.e(g.phone(g.pick(["plain", "raw", "par", "dash"])), "PHONE_NUMBER")
            if g.chance(0.4):
                doc.t(" / ")
                doc.e(g.phone(g.pick(["plain", "raw"]), mobile=g.chance(0.5)), "PHONE_NUMBER")
        else:
            doc.t("N/ INFORMADO")
        doc.t("\n")
        doc.f("END: «a»\nBAIRRO: «b»  CEP: «cep»  «city»-«uf»\nREF: «ref»\n", a=(g.address("caps"), "ADDRESS"),
              b=up(g.pick(BAIRROS)), cep=(g.cep(g.chance(0.6)), "BR_CEP"), city=up(city), uf=uf,
              ref=g.pick(["PROX MERCADINHO PRUDENTE", "CASA AZUL PORTAO BRANCO", "AO LADO DA IGREJA ASSEMBLEIA",
                          "FRENTE ESCOLA SAO BENTO", "ESQ C/ A BARAO DE MAUA", "VIELA S/ SAIDA", "POSTE 14 C/ TRAFO",
                          "DEPOIS DO BAR DO ROSA"]))
        t0 = g.ri(7 * 60, 17 * 60)
        t1 = t0 + g.ri(6, 70)
        doc.f("INICIO «h1» FIM «h2»   GPS «gps»\nOBS: ", h1=f"{t0 // 60:02d}:{t0 % 60:02d}", h2=f"{t1 // 60:02d}:{t1 % 60:02d}", gps=gps(g))
        for v, lab in os_obs(g, kind, c):
            doc.e(v, lab)
        doc.t("\n")
        if kind == "T" and g.chance(0.7):
            doc.f("IP WAN: «ip»  PPPOE: «lg»\n", ip=(g.ip(), "IP_ADDRESS"), lg=login(c) + g.d(3))
        if g.chance(0.45):
            rec = g.relative(c) if g.chance(0.5) else c
            doc.f("RECEBIDO POR: «r»  RG «rg»\n", r=P(up(g.pick([rec.full, rec.short]))), rg=(g.rg(), "BR_RG"))
        doc.f("COD RET: «rt»\n", rt=g.pick(OS_RET))
    doc.t("========================================\nFIM EXPORT\n")
    return doc


def at_leitura(g: Gen) -> Doc:
    """Water company's meter-reading route, fixed width, and the reader's notes below it."""
    doc = Doc()
    city, uf = g.city()
    rd = g.person(female=g.chance(0.5))
    ref = f"{g.ri(1, 12):02d}/2025"
    doc.f("«cia»«sp»ROTEIRO DE LEITURA - REF «ref»\nLOCALIDADE: «city»/«uf»   SETOR «st»   ROTA «ro»      EMISSAO «em»  PAG 1/«pg»\n"
          "LEITURISTA: «rd»  MAT «m»\n",
          cia=up(g.pick(SANEAM)), sp="   ", ref=ref, city=up(city), uf=uf, st=f"{g.ri(1, 30):02d}", ro=f"{g.ri(1, 999):04d}",
          em=g.date("br", 2025), pg=g.ri(2, 6), rd=P(up(rd.short)), m=mat(g))
    W = [3, 11, 11, 28, 36, 8, 6, 5, 10]
    doc.t("-" * 128 + "\n")
    doc.t("SEQ MATRICULA  HIDROMETRO  NOME DO USUARIO             ENDERECO                            CEP      L.ANT  MEDIA LEIT.ATUAL OC\n")
    rows = []
    for i in range(g.ri(5, 8)):
        c = g.person()
        rows.append(c)
        uc = g.neg(11) if g.chance(0.3) else g.d(10)
        if len(uc) == 11:
            doc.negs.append(uc)
        vals = [(f"{i + 1:03d}", None), (uc, None), (g.meter(), None), (c.caps if g.chance(0.8) else c.inverted, "PERSON"),
                (g.address("caps"), "ADDRESS"), (g.cep(False), "BR_CEP"), (g.d(6), None), (f"{g.ri(3, 60):03d}", None),
                ("__________", None)]
        for (v, lab), w in zip(vals, W):
            doc.cell(v, w, lab)
            doc.t(" ")
        doc.t("__\n")
    doc.t("-" * 128 + "\nOC: 01 CASA FECHADA 02 CAO BRAVO 03 HD EMBACADO 04 HD QUEBRADO 05 VAZAMENTO 06 LIG CLANDESTINA 07 HD INVERTIDO\n\n")
    doc.t("ANOTACOES DO LEITURISTA (DIGITADO NO RETORNO):\n")
    seqs = sorted(g.rng.sample(range(len(rows)), min(3, len(rows))))
    for s in seqs:
        c = rows[s]
        k = g.ri(0, 4)
        if k == 0:
            nw = g.person()
            doc.f("SEQ «s» - MORADORA NOVA «n», PEDIU TROCA DE TITULARIDADE. FONE «t»\n", s=f"{s + 1:03d}",
                  n=P(up(g.pick([nw.full, nw.short]))), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("SEQ «s» - OC 03, LEITURA ESTIMADA. «tr» «n» RECLAMOU DO VALOR DA ULTIMA CONTA (R$ «v»)\n", s=f"{s + 1:03d}",
                  tr="D." if c.female else "SR", n=P(up(g.pick([c.first, c.nick]))), v=g.money(60, 900))
        elif k == 2:
            doc.f("SEQ «s» - OC 05 VAZAMENTO NO CAVALETE, AVISADO O «r» (FILHO DO TITULAR)\n", s=f"{s + 1:03d}",
                  r=P(up(g.relative(c, female=False).first)))
        elif k == 3:
            doc.f("SEQ «s» - OC 01 CASA FECHADA, O IMOVEL FICA NA ESQUINA C/ A «st» (N/ TEM NUMERO NA FACHADA)\n", s=f"{s + 1:03d}",
                  st=up(g.pick(["Padre Cícero", "Barão de Mauá", "Rosa e Silva", "Sete de Setembro"])))
        else:
            doc.f("SEQ «s» - OC 06 SUSPEITA DE LIG CLANDESTINA P/ O VIZINHO «v». PASSAR P/ FISCALIZACAO\n", s=f"{s + 1:03d}",
                  v=P(up(g.person().short)))
    return doc


ANATEL_MOT = ["Cobrança de serviço não contratado", "Qualidade / queda de conexão", "Cancelamento não efetivado",
              "Portabilidade não concluída", "Linha habilitada sem autorização", "Reparo não realizado"]


def at_anatel(g: Gen) -> Doc:
    """Anatel Consumidor complaint with the operator's reply and the consumer's evaluation."""
    doc = Doc()
    c = g.person()
    telco = g.pick(TELCOS)
    mot = g.pick(ANATEL_MOT)
    movel = mot.startswith(("Portabilidade", "Linha"))
    city, uf = g.city()
    att = g.person()
    doc.f("Anatel Consumidor — Solicitação nº «n»\nPrestadora: «tc»   Serviço: «sv»   Assunto: «mt»\nAberta em «d» · Situação: «st»\n\n"
          "DADOS DO(A) CONSUMIDOR(A)\nNome: «nm»\nCPF: «cpf»\nE-mail: «e»\nTelefone para contato: «t»\n",
          n=f"{g.ri(2024, 2025)}{g.d(9)}", tc=telco, sv=g.pick(["Telefonia Móvel Pós-paga", "Telefonia Móvel Pré-paga"]) if movel else g.pick(["Banda Larga Fixa", "TV por Assinatura", "Combo (fixo + internet)"]),
          mt=mot, d=g.date("br", 2025), st=g.pick(["Respondida", "Reaberta", "Finalizada"]),
          nm=P(g.pick([c.full, c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    acesso = g.phone("par")
    doc.f("Código de acesso / número da linha: «a»\nEndereço de instalação: «ad» — «b», «city»/«uf» — CEP «cep»\n\n",
          a=(acesso, "PHONE_NUMBER") if movel else g.pick([g.d(9), "contrato " + g.d(8)]), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    tech = g.person(female=False)
    doc.t("RELATO\n")
    if mot.startswith("Cobrança"):
        doc.f("Desde «m» estão cobrando na minha fatura um tal de «sva» (R$ «v») que eu nunca pedi. Já liguei no 0800 três vezes, "
              "protocolos «p1» e «p2», e a atendente «a» disse que ia estornar e nada. Quero o cancelamento e a devolução em dobro.\n",
              m=g.pick(MONTHS), sva=g.pick(["Ubook Plus", "pacote de segurança", "Cartoon Go", "Aurora Play"]), v=g.money(9, 40),
              p1=N(g.neg(11)), p2=f"{g.ri(2024, 2025)}{g.d(8)}", a=P(g.person(female=True).first))
    elif mot.startswith("Qualidade"):
        doc.f("Contratei 500 mega e não chega a 40. A internet cai todo dia à noite. O técnico «tc» veio em «d», trocou o roteador e falou "
              "que o problema é na caixa da rua (na frente da «ref»). Meu IP «ip» fica mudando e eu trabalho de home office. «w».\n",
              tc=P(g.pick([tech.first, tech.short])), d=g.date("br", 2025), ref=g.pick(["Farmácia Luz Divina", "padaria Rosa Branca", "escola Prudente de Morais"]),
              ip=(g.ip(), "IP_ADDRESS"), w=g.pick(["Não aguento mais", "Pago em dia e não tenho o serviço", "Quero abatimento proporcional"]))
    elif mot.startswith("Cancelamento"):
        doc.f("Pedi o cancelamento em «d» por mudança de endereço (fui pra «nad»), protocolo «p». Continuam cobrando e agora "
              "meu nome foi pro Serasa. O atendente «a» confirmou o cancelamento na época.\n",
              d=g.date("br", 2024), nad=(g.address(), "ADDRESS"), p=N(g.neg(11)), a=P(g.person().short))
    elif mot.startswith("Portabilidade"):
        doc.f("Solicitei a portabilidade do número «n» pra outra operadora e a «tc» está travando. Já fui na loja do shopping, "
              "a vendedora «v» disse que o CPF no cadastro está errado («bad»), mas o meu CPF certo é o que está acima.\n",
              n=(acesso, "PHONE_NUMBER"), tc=telco.split()[0], v=P(g.person(female=True).first), bad=N(g.bad_cpf("dot")))
    elif mot.startswith("Linha"):
        doc.f("Descobri que a linha «n» está no meu CPF e eu nunca habilitei, está cheia de débitos. Meu RG é «rg», fiz B.O. "
              "nº «bo» na delegacia. Exijo o cancelamento e a retirada do meu nome.\n",
              n=(acesso, "PHONE_NUMBER"), rg=(g.rg(), "BR_RG"), bo=f"{g.d(4)}/{g.ri(2024, 2025)}")
    else:
        doc.f("Estou sem sinal há «k» dias. Marcaram visita para «d» e ninguém apareceu. Minha mãe «m» mora comigo e precisa do telefone "
              "fixo. Por favor falem com «a», que fica em casa, no «t».\n",
              k=g.ri(3, 15), d=g.date("br", 2025), m=P(g.relative(c, female=True).full), a=P(g.relative(c).first),
              t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("\nRESPOSTA DA PRESTADORA («d»)\nPrezad«o» Sr«a». «n», em atenção à manifestação registrada nesta Agência, informamos que «r» "
          "Tentamos contato no número «t» em «d2», sem sucesso. Permanecemos à disposição pelo 0800 «z».\nAtenciosamente,\n«at»\n"
          "Equipe de Relacionamento com Órgãos Reguladores — «tc»\n\n",
          d=g.date("br", 2025), o=c.o, a="a" if c.female else "", n=P(g.pick([c.full, c.short])),
          r=g.pick(["o valor contestado foi estornado na próxima fatura (crédito de R$ " + g.money(10, 200) + ").",
                    "após análise técnica não foram identificadas falhas no acesso.",
                    "a solicitação foi concluída em nossos sistemas.",
                    "a linha foi cancelada e o débito, baixado."]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), d2=g.date("br", 2025), z=f"{g.d(3)} {g.d(4)}",
          at=P(g.pick([att.full, att.short])), tc=telco)
    doc.f("AVALIAÇÃO DO CONSUMIDOR: «av»\n", av=g.pick(["Resolvida — nota 4", "Não resolvida — nota 1. Continuam cobrando.",
                                                       "Não resolvida — nota 2. Ninguém me ligou, meu número é o mesmo.",
                                                       "Resolvida — nota 5, agradeço a «x»"]).replace("«x»", "equipe"))
    return doc


def at_titular(g: Gen) -> Doc:
    """Even copies: change of ownership of a utility account; odd copies: number portability request."""
    doc = Doc()
    city, uf = g.city()
    if COPY % 2 == 0:
        old, new = g.person(), g.person()
        dist = g.pick(DISTRIB + SANEAM)
        doc.f("REQUERIMENTO DE ALTERAÇÃO DE TITULARIDADE — «ds»\nProtocolo «p» · «d» · Agência de Atendimento «city»/«uf»\n"
              "UC / Instalação: «uc»\n\n1. TITULAR ATUAL (saída)\nNome: «on»\nCPF: «oc»\nMotivo: «mo»\n\n",
              ds=dist, p=g.protocol(), d=g.date("br", 2025), city=city, uf=uf, uc=g.uc(), on=P(g.pick([old.full, old.caps])),
              oc=(g.cpf(), "BR_CPF"), mo=g.pick(["venda do imóvel", "término da locação", "falecimento do titular (certidão de óbito matrícula "
                                                   + g.d(6) + " " + g.d(2) + " " + g.d(4) + ")", "separação"]))
        doc.f("2. NOVO TITULAR\nNome: «nn»\nCPF: «nc»   RG: «rg» «oe»   Nascimento: «dob»\nCelular: «t»   E-mail: «e»\n"
              "Endereço da UC: «ad» — «b» — CEP «cep»\n",
              nn=P(new.full), nc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/" + uf, "SDS/" + uf, "DETRAN/" + uf]),
              dob=(g.dob("br"), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(new), "EMAIL_ADDRESS"),
              ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
        if g.chance(0.4):
            doc.f("Endereço para correspondência: «ad2», CEP «c2»\n", ad2=(g.address(), "ADDRESS"), c2=(g.cep(), "BR_CEP"))
        if g.chance(0.4):
            doc.f("Tarifa Social: SIM — NIS «nis»\n", nis=(g.pis(), "BR_PIS"))
        else:
            doc.t("Tarifa Social: não se aplica\n")
        br = g.person()
        doc.f("\n3. DOCUMENTOS APRESENTADOS\n[x] documento com foto  [x] «dc»\n    «imob», corretor«a» «br» («creci»)\n",
              dc=g.pick(["contrato de locação", "escritura de compra e venda", "contrato de compra e venda"]),
              imob=g.pick(IMOBS), a="a" if br.female else "", br=P(br.full), creci=(g.council("CRECI", uf), "PROFESSIONAL_ID"))
        att = g.person()
        doc.f("Leitura na data da transferência: «l» «u»\nAtendente: «at» (mat. «m»)\n\nDeclaro que as informações acima são verdadeiras.\n"
              "_____________________________\n«sg»\n",
              l=g.d(6), u=g.pick(["kWh", "m³"]), at=P(att.short), m=mat(g), sg=P(new.caps if g.chance(0.5) else new.full))
    else:
        c = g.person()
        telco, donor = g.rng.sample(TELCOS, 2)
        num = g.phone("par")
        doc.f("«tc» — TERMO DE SOLICITAÇÃO DE PORTABILIDADE NUMÉRICA\nBilhete: «bp»   Data: «d»   PDV: «pdv»\n\n"
              "Número a ser portado: «num»\nPrestadora doadora: «dn»   Receptora: «tc»\n\nTitular: «nm»\nCPF: «cpf»   Data nasc.: «dob»\n",
              tc=telco, bp=g.d(12), d=g.date("br", 2025), pdv=g.pick(["Shopping ", "Loja ", "Quiosque "]) + city + f" ({g.d(4)})",
              num=(num, "PHONE_NUMBER"), dn=donor, nm=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"),
              dob=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"))
        if g.chance(0.5):
            doc.f("RG: «rg»\n", rg=(g.rg(), "BR_RG"))
        doc.f("E-mail: «e»   Contato alternativo: «t»\nEndereço de cobrança: «ad», «city»/«uf», CEP «cep»\n\n"
              "Chip (ICCID): «icc»   Aparelho (IMEI): «imei»\nPlano: «pl»\nVendedor(a): «v» (login «lg»)\n",
              e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), city=city, uf=uf,
              cep=(g.cep(), "BR_CEP"), icc=iccid(g), imei=imei(g),
              pl=g.pick(["Controle 25GB R$ 59,99", "Pós 50GB R$ 119,90", "Família 2 linhas R$ 189,00"]),
              v=P((vd := g.person()).short), lg="vend_" + login(vd))
        doc.f("\nHISTÓRICO\n«d1» 1ª janela — REJEITADA pela doadora: «mot»\n",
              d1=g.date("br", 2025), mot=g.pick(["CPF divergente do cadastro", "linha com débito/bloqueio", "titular diferente"]))
        if g.chance(0.6):
            doc.f("   doadora informa titular «tn», CPF «bad» (não confere)\n", tn=P(up(c.short) if g.chance(0.5) else c.low),
                  bad=N(g.bad_cpf("dot")))
        doc.f("«d2» 2ª janela agendada 00h–06h. Cliente ciente, avisar no «t» quando concluir.\n",
              d2=g.date("br", 2025), t=(num, "PHONE_NUMBER"))
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp conversation with the power company's virtual assistant, then a human attendant."""
    doc = Doc()
    c = g.person()
    dist = g.pick(DISTRIB)
    sh = SHORT[dist]
    bot = g.pick(["Luzia", "Aurora", "Clara"])
    att = g.person(female=g.chance(0.6))
    ph = g.phone(g.pick(["plus", "par"]))
    prof = g.pick([c.first, c.nick, fold(c.first).lower(), c.short])
    emoji = g.pick(["", " 🌻", " ✨", " 🙏", " ❤️"])
    d = g.date("br", 2025)
    t0 = g.ri(6 * 60, 21 * 60)
    hh = []
    for _ in range(14):
        hh.append(f"{t0 // 60 % 24:02d}:{t0 % 60:02d}")
        t0 += g.pick([0, 0, 1, 1, 2, 3, 5, 9])
    doc.f("Conversa do WhatsApp com «ph»\n", ph=(ph, "PHONE_NUMBER"))
    it = iter(hh)

    def line(who: list, msg: list) -> None:
        doc.f("[«d» «h»] ", d=d, h=next(it))
        for piece in who + [": "] + msg:
            doc.e(*(piece if isinstance(piece, tuple) else (piece, None)))
        doc.t("\n")

    B = [f"{bot} (assistente virtual {sh})"]
    C = [P(prof), emoji] if g.chance(0.6) else [(ph, "PHONE_NUMBER")]
    A = [P(att.first), f" - {sh}"] if g.chance(0.3) else [f"Atendimento {sh}"]
    line(B, [f"Olá! Eu sou a {bot}, assistente virtual da {sh} ⚡ Para começar, digite o CPF do titular ou o código da instalação."])
    line(C, [(g.cpf(g.pick(["raw", "dot", "sp"])), "BR_CPF")])
    p1 = g.street_parts()
    line(B, ["Encontrei a instalação ", (os_addr(g, p1), "ADDRESS"), ". É essa? 1-Sim 2-Não"])
    line(C, [g.pick(["1", "sim", "Sim"])])
    line(B, [g.pick(["Identificamos uma ocorrência de falta de energia na sua região, com previsão de normalização até as 18h.",
                     "Não identificamos falhas na rede da sua região. Você está sem energia?"]) + " Deseja falar com um atendente?"])
    rel = g.relative(c, female=True)
    line(C, [g.pick(["ja faz 2 dias sem luz aqui", "to sem luz desde ontem de noite", "a luz ta piscando e caiu agora"]),
             ", minha ", g.pick(["mae", "avó", "sogra"]), " ", P(g.pick([rel.first, fold(rel.first).lower()])),
             " usa oxigenio, preciso de atendente urgente"])
    line(B, ["Entendi. Vou transferir para um de nossos atendentes. Protocolo ", N(g.neg(11)) if g.chance(0.5) else g.d(13), "."])
    line(A, ["Boa tarde, ", P(g.pick([c.first, c.full])), "! Me chamo ", P(att.first),
             ". Pode confirmar o endereço com número e ponto de referência?"])
    line(C, [(g.address("low", p1), "ADDRESS"), ", ", g.pick(["perto da igreja", "na esquina da Padre Cícero", "casa de muro branco",
                                                             "depois da Barão de Mauá"]), ", cep ", (g.cep(g.chance(0.5)), "BR_CEP")])
    line(A, ["Obrigad" + att.o + ". Vi que a instalação não tem cadastro de paciente eletrodependente. "
             "Vou priorizar e te mandar o formulário no e-mail, qual é?"])
    line(C, [(g.email(c), "EMAIL_ADDRESS"), " e se nao atender liga no ", (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"),
             " que é do meu ", g.pick(["filho", "marido", "irmão"]), " ", P(g.relative(c, female=False).first)])
    tec = g.person(female=False)
    line(A, ["Prontinho. A equipe do técnico ", P(g.pick([tec.first, tec.short])),
             " já está na região. Protocolo ", g.d(12), ". Posso ajudar em algo mais?"])
    return doc


def at_corte(g: Gen) -> Doc:
    """Disconnection list exported as semicolon CSV (street and number in separate fields)."""
    doc = Doc()
    city, uf = g.city()
    sup = g.person()
    doc.f("LISTA_CORTE_«dt»_POLO_«pl».csv\n", dt=g.date("compact", 2025), pl=up(city).replace(" ", "_"))
    cols = ["NR_OS", "UC", "NOME_TITULAR", "CPF_CNPJ", "LOGRADOURO", "NUM", "COMPL", "BAIRRO", "CEP", "FONE", "QTD_FAT",
            "VLR_DEBITO", "VENC_MAIS_ANTIGA", "EQUIPE", "OBS"]
    rows = []
    for _ in range(g.ri(5, 7)):
        t, name, num, comp = g.street_parts()
        street = up(f"{STREET_ABBR.get(t, t)} {name}") if g.chance(0.7) else up(f"{t} {name}")
        if g.chance(0.15):
            nm = (g.pick(["PANIFICADORA ROSA BRANCA LTDA", "MERCADINHO BENTO & FILHOS", "OFICINA DO PRUDENTE ME",
                          "SALAO FLOR DE LIS", "ACOUGUE SAO BENTO"]), None)
            doc_ = (g.cnpj(g.pick(["dot", "raw"]), alnum=g.chance(0.3)), "BR_CNPJ")
        else:
            c = g.person()
            nm = P(c.caps if g.chance(0.8) else c.inverted)
            doc_ = (g.cpf(g.pick(["raw", "raw", "dot"])), "BR_CPF")
        uc = g.neg(11) if g.chance(0.3) else g.d(10)
        rows.append([V(g.d(10)), N(uc) if len(uc) == 11 else V(uc), nm, doc_, (street, "ADDRESS"),
                     V("SN" if num == "s/n" else num), V(up(comp)), V(up(g.pick(BAIRROS))), (g.cep(g.chance(0.3)), "BR_CEP"),
                     (g.phone("raw"), "PHONE_NUMBER") if g.chance(0.8) else V(""), V(str(g.ri(2, 9))),
                     V(g.money(90, 4800)), V(g.date("br", 2024)), V(f"E-{g.ri(100, 480)}"),
                     V(g.pick(["", "", "", "ELETRODEPENDENTE - NAO CORTAR", "CAO BRAVO", "RELIGACAO CLANDESTINA ANTERIOR",
                               "MEDIDOR INTERNO", "CLIENTE AGRESSIVO - LEVAR APOIO", "PARCELAMENTO EM ANALISE"]))])
    table_csv(doc, cols, rows)
    doc.f("\n# gerado por «lg» em «d» «h» — conferido por «s» (supervisão polo «city»)\n# «q» OS na lista; prazo p/ execução «d2»\n",
          lg="sch_corte_" + g.d(2), d=g.date("br", 2025), h=g.hms(), s=P(g.pick([sup.full, sup.short])), city=city,
          q=len(rows), d2=g.date("br", 2025))
    return doc


def at_ficha(g: Gen) -> Doc:
    """Tenant screening form (ficha cadastral de pretendente) of a real-estate agency."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    imob = g.pick(IMOBS)
    doc.f("«im» — FICHA CADASTRAL DE PRETENDENTE À LOCAÇÃO (PESSOA FÍSICA)\nImóvel pretendido: «ad», «city»/«uf» · Ref. «ref» · Aluguel R$ «al»\n\n",
          im=imob.upper(), ad=(g.address(), "ADDRESS"), city=city, uf=uf, ref=f"AP{g.d(4)}", al=g.money(700, 4500))
    sp = g.relative(c, female=not c.female) if g.chance(0.6) else None
    yb = g.ri(1950, 2004)
    doc.f("1. DADOS DO PRETENDENTE\nNome completo: «nm»\nCPF: «cpf»      RG: «rg»  Órgão: SSP/«uf»\nCNH: «cnh»      Data de nascimento: «dob»\n"
          "Estado civil: «ec»   Nacionalidade: «nac»   Profissão: «pr»\nE-mail: «e»\nCelular/WhatsApp: «t»\n\n",
          nm=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), uf=uf,
          cnh=(g.cnh(), "BR_CNH") if g.chance(0.7) else V("não possui"), dob=(g.dob("br", yb, yb), "DATE_OF_BIRTH"),
          ec="casad" + c.o if sp else g.pick(["solteir" + c.o, "divorciad" + c.o, "viúv" + c.o]), nac=g.pick(["brasileira", "brasileira", "haitiana", "boliviana", "venezuelana", "angolana"]),
          pr=g.pick(["eletricista", "técnica de enfermagem", "professor", "autônomo", "vendedora", "motorista de aplicativo", "analista de sistemas"]),
          e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.text = doc.text[:-1]
        doc.f("Título de eleitor: «te»   Zona «z» Seção «sc»\n\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), z=f"{g.ri(1, 400):03d}", sc=f"{g.ri(1, 900):04d}")
    if sp:
        doc.f("2. CÔNJUGE\nNome: «n»   CPF: «cpf»   Nasc.: «dob»   Renda: R$ «r»\n\n",
              n=P(sp.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", yb - 6, min(yb + 6, 2005)), "DATE_OF_BIRTH"), r=g.money(1400, 9000))
    else:
        doc.t("2. CÔNJUGE\n(não se aplica)\n\n")
    loc = g.person()
    doc.f("3. RESIDÊNCIA ATUAL\nEndereço: «ad»   CEP «cep»\nTempo: «tp» anos   [«x»] alugada  Locador(a)/imobiliária: «lo» — fone «lt»\n\n",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), tp=g.ri(1, 12), x=g.pick(["x", " "]),
          lo=P(loc.full), lt=(g.phone(), "PHONE_NUMBER"))
    emp = g.pick(["Celuz Distribuidora de Energia S.A.", "Supermercados Prudente Ltda", "Hospital São Bento", "Construtora Vale Branco",
                  "Aurora Telecom S.A.", "Transportes Amado & Filhos"])
    doc.f("4. DADOS PROFISSIONAIS\nEmpresa: «em»   CNPJ: «cnpj»\nCargo: «cg»   Admissão: «adm»   Renda: R$ «r»\n\n",
          em=emp, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), cg=g.pick(["auxiliar administrativo", "eletricista de rede", "técnica de enfermagem", "operador de caixa"]),
          adm=g.date("br", g.ri(2012, 2024)), r=g.money(1800, 12000))
    r1, r2 = g.person(), g.person()
    doc.f("5. REFERÊNCIAS PESSOAIS\n1) «a» — «at» — «ar»\n2) «b» — «bt» — «br»\n\n",
          a=P(r1.full), at=(g.phone(), "PHONE_NUMBER"), ar=g.pick(["amiga", "ex-patroa", "irmã", "colega"] if r1.female else ["amigo", "ex-patrão", "irmão", "colega"]),
          b=P(g.pick([r2.full, r2.short])), bt=(g.phone(mobile=g.chance(0.7)), "PHONE_NUMBER"), br=g.pick(["vizinha", "prima", "colega", "missionária"] if r2.female else ["vizinho", "pastor", "primo", "colega"]))
    doc.f("6. REFERÊNCIA BANCÁRIA\nBanco «bk»   Agência «ag»   Conta «cc»   Cliente desde «y»\n\n",
          bk=g.pick(["001 - Banco do Brasil", "104 - Caixa", "237 - Bradesco", "341 - Itaú", "260 - Nu Pagamentos", "077 - Inter"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), y=g.ri(2005, 2023))
    if g.chance(0.6):
        doc.f("7. VEÍCULO\n«mdl» «ano» — placa «pl»\n\n", mdl=g.pick(["Fiat Uno", "VW Gol", "Honda CG 160", "Chevrolet Onix", "Renault Kwid"]),
              ano=g.ri(2008, 2023), pl=(g.plate(), "LICENSE_PLATE"))
    cor = g.person()
    doc.f("Garantia pretendida: «gar»\nCorretor(a) responsável: «co» — «cr»\nAutorizo a consulta aos órgãos de proteção ao crédito (Lei 13.709/2018).\n"
          "«city», «d».    ________________ «sg»\n",
          gar=g.pick(["fiador com imóvel", "seguro-fiança", "caução de 3 aluguéis", "título de capitalização"]),
          co=P(cor.full), cr=(g.council("CRECI", uf), "PROFESSIONAL_ID"), city=city, d=g.date("long", 2025), sg=P(c.full))
    return doc


# =========================================================================== juridico

ESTCIV = ["solteir", "casad", "divorciad", "viúv"]
PROFS = ["aposentad{o}", "comerciante", "professor{a}", "servidor{a} públic{o}", "eletricista", "do lar", "motorista",
         "técnic{o} em enfermagem", "empresári{o}", "autônom{o}", "vendedor{a}", "cabeleireir{o}"]


def prof(p: Person, g: Gen) -> str:
    return g.pick(PROFS).replace("{o}", p.o).replace("{a}", "a" if p.female else "")


def qualif(doc: Doc, g: Gen, p: Person, uf: str, addr: bool = True, rg: bool = True, email: bool = False) -> None:
    """'FULANA DE TAL, brasileira, casada, professora, RG nº ..., CPF nº ..., residente ...'."""
    doc.e(p.caps if g.chance(0.6) else p.full, "PERSON")
    doc.t(f", brasileir{p.o}, {g.pick(ESTCIV)}{p.o}, {prof(p, g)}")
    if rg:
        doc.t(g.pick([", portador" + ("a" if p.female else "") + " da cédula de identidade RG nº ", ", RG nº ", ", RG "]))
        doc.e(g.rg(), "BR_RG")
        doc.t(f" SSP/{uf}")
    doc.t(g.pick([", inscrit" + p.o + " no CPF/MF sob o nº ", ", CPF nº ", ", CPF "]))
    doc.e(g.cpf(), "BR_CPF")
    if email:
        doc.t(", endereço eletrônico ")
        doc.e(g.email(p), "EMAIL_ADDRESS")
    if addr:
        doc.t(", residente e domiciliad" + p.o + " na ")
        doc.e(g.address(), "ADDRESS")
        doc.t(f", {g.pick(BAIRROS)}, CEP ")
        doc.e(g.cep(g.pick([True, True, None])), "BR_CEP")


def ju_despejo(g: Gen) -> Doc:
    """Eviction petition for non-payment against tenant and guarantor couple."""
    doc = Doc()
    city, uf = g.city()
    loc, ten = g.person(), g.person()
    f1 = g.person(female=False)
    f2 = g.relative(f1, female=True)
    adv = g.person()
    oab = g.council("OAB", uf)
    imob = g.pick(IMOBS)
    m0 = g.ri(0, 6)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(ÍZA) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n\n",
          v=g.ri(1, 9), c=up(city), uf=uf)
    qualif(doc, g, loc, uf, email=g.chance(0.4))
    doc.f(", por seu advogado que esta subscreve (procuração anexa), «adv», inscrit«o» na «oab», com escritório à «esc», "
          "e-mail «em», vem, respeitosamente, à presença de Vossa Excelência, propor\n\nAÇÃO DE DESPEJO POR FALTA DE PAGAMENTO "
          "CUMULADA COM COBRANÇA DE ALUGUÉIS E ACESSÓRIOS\n\nem face de ",
          adv=P(adv.full), o=adv.o, oab=(oab, "PROFESSIONAL_ID"), esc=g.pick(["Av. Santos Dumont, 1500, sala 804", "Rua Barão do Rio Branco, 220, 3º andar"]),
          em=(corp_mail(adv, g.pick(["gurgelfrota.adv.br", "nobregatabosa.com.br", "adv.br"])), "EMAIL_ADDRESS"))
    qualif(doc, g, ten, uf, addr=False, rg=g.chance(0.5))
    doc.t(", residente no imóvel objeto da locação, situado na ")
    prop = g.address()
    doc.e(prop, "ADDRESS")
    doc.t(", CEP ")
    doc.e(g.cep(), "BR_CEP")
    doc.f("; e dos fiadores «f1» e «f2», casados entre si, «cpf» e «cpf2», respectivamente, residentes na «fa», pelos fatos e "
          "fundamentos a seguir expostos.\n\nI — DOS FATOS\n\nEm «d1», as partes celebraram contrato de locação residencial pelo prazo "
          "de 30 meses, administrado pela «im» (CRECI «creci»), com aluguel mensal de R$ «al», reajustável pelo IGP-M. "
          "O(A) Réu(Ré) deixou de pagar os aluguéis e encargos a partir de «m1», conforme demonstrativo:\n\n",
          f1=P(f1.full), f2=P(f2.full), cpf=(g.cpf(), "BR_CPF"), cpf2=(g.cpf(), "BR_CPF"), fa=(g.address(), "ADDRESS"),
          d1=g.date("long", g.ri(2021, 2023)), im=imob, creci=f"{g.d(2)}.{g.d(3)}-J", al=g.money(800, 4200),
          m1=MONTHS[m0] + " de 2024")
    total = 0
    for i in range(g.ri(3, 6)):
        v = g.ri(80000, 420000)
        total += v
        doc.f("   «m»/2024 ........ aluguel + condomínio + IPTU ........ R$ «v»\n", m=MES[m0 + i], v=f"{v // 100:,}".replace(",", ".") + f",{v % 100:02d}")
    doc.f("\nAinda, consta débito da conta de luz junto à distribuidora (instalação «uc») em nome do locatário, no valor de R$ «lv», "
          "o que viola a cláusula 9ª do contrato. Notificado extrajudicialmente em «dn» (AR nº «ar»), o Réu quedou-se inerte.\n\n"
          "II — DO DIREITO\n\nA hipótese amolda-se ao art. 9º, III, e ao art. 62 da Lei 8.245/1991. Requer-se a concessão de liminar "
          "para desocupação em 15 dias (art. 59, § 1º, IX), mediante caução de três aluguéis.\n\nIII — DOS PEDIDOS\n\n"
          "a) a citação dos Réus no endereço acima e dos fiadores, também pelo WhatsApp «wp» (informado no contrato);\n"
          "b) a procedência para decretar o despejo e condenar os Réus ao pagamento de R$ «tt»;\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«c», «d».\n\n«adv2»\n«oab2»\n",
          uc=N(g.neg(11)), lv=g.money(150, 1600), dn=g.date("br", 2024), ar=f"{g.pick(['JT', 'BR', 'OJ'])}{g.d(9)}BR",
          wp=(g.phone(), "PHONE_NUMBER"), tt=f"{total // 100:,}".replace(",", ".") + f",{total % 100:02d}",
          vc=g.money(10000, 60000), c=city, d=g.date("long", 2025), adv2=P(adv.caps), oab2=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Small-claims judgment against a power distributor for an undue cut-off, with the PJe header."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    adv, juiz, prep = g.person(), g.person(), g.person()
    dist = g.pick(DISTRIB)
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — «uf»\n«v»º Juizado Especial Cível da Comarca de «c»\n\n"
          "PROCESSO: «cnj»\nCLASSE: PROCEDIMENTO DO JUIZADO ESPECIAL CÍVEL (436)\nASSUNTO: Fornecimento de Energia Elétrica, Indenização por Dano Moral\n"
          "POLO ATIVO: «a» (CPF «cpf»)\n  Advogad«ao»: «adv» - «oab»\nPOLO PASSIVO: «ds» (CNPJ «cnpj»)\n  Advogado: «adv2» - «oab2»\n\nSENTENÇA\n\n",
          uf=uf, v=g.ri(1, 6), c=city, cnj=g.cnj(uf), a=P(a.caps), cpf=(g.cpf(), "BR_CPF"), ao=adv.o, adv=P(adv.caps),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ds=up(dist), cnpj=(g.cnpj(), "BR_CNPJ"), adv2=P(up(g.person().full)),
          oab2=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    wit = g.person(female=True)
    dcut = g.date("br", 2024)
    doc.f("Dispensado o relatório, nos termos do art. 38 da Lei 9.099/95.\n\nAlega «ao» autor«a» «an», titular da unidade consumidora nº «uc», "
          "situada na «ad», que em «dc» teve o fornecimento de energia suspenso sem aviso prévio, embora a fatura de «m» estivesse "
          "quitada desde «dp». Relata que permaneceu «h» horas sem luz, com perda de alimentos e «x».\n\n"
          "A ré sustenta a regularidade do procedimento, com base na Resolução Normativa ANEEL nº 1.000/2021, e junta tela de sistema "
          "indicando débito em aberto. Em audiência, «pa» «pp» não soube explicar a divergência. A testemunha «wt», vizinha d«ao» "
          "autor«a», confirmou que a equipe da viatura «pl» realizou o corte na manhã de «dc».\n\n",
          ao="o" if not a.female else "a", a="a" if a.female else "", an=P(g.pick([a.full, a.short])), uc=N(g.neg(11)) if g.chance(0.5) else g.uc(),
          ad=(g.address(), "ADDRESS"), dc=dcut, m=g.pick(MONTHS), dp=g.date("br", 2024), h=g.ri(14, 96),
          x=g.pick(["a necessidade de levar a mãe, que usa oxigênio, para a casa de parentes", "prejuízo ao seu pequeno comércio",
                    "constrangimento perante os vizinhos"]),
          pp=P(prep.full), pa="a preposta" if prep.female else "o preposto", wt=P(wit.full), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("É o breve relato. DECIDO.\n\nA relação é de consumo (CDC, art. 22). A suspensão por débito já quitado é indevida e o dano "
          "moral, in re ipsa. Quanto ao CID «cid» mencionado no atestado de fls., não houve prova de agravamento. Fixo a indenização em "
          "R$ «v», observada a capacidade econômica das partes.\n\nAnte o exposto, JULGO PROCEDENTE EM PARTE o pedido para condenar a ré "
          "a pagar à parte autora R$ «v», com correção desde esta data e juros desde a citação, e a abster-se de nova suspensão pelo mesmo "
          "débito, sob pena de multa de R$ «mt» por ocorrência. Sem custas e honorários (art. 55 da Lei 9.099/95).\n\n"
          "Publique-se. Registre-se. Intimem-se.\n«c», «d».\n\n«jz»\nJuiz«a» de Direito\n",
          cid=g.pick(CIDS), v=g.money(2000, 15000), mt=g.money(300, 2000), c=city, d=g.date("br", 2025),
          jz=P(g.pick([juiz.full, juiz.caps])), a="a" if juiz.female else "")
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Conciliation hearing record (Procon / CEJUSC) between a consumer and a telecom."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    telco = g.pick(TELCOS)
    prep, adv, conc = g.person(), g.person(), g.person()
    where = g.pick(["PROCON MUNICIPAL DE " + up(city), "CEJUSC — CENTRO JUDICIÁRIO DE SOLUÇÃO DE CONFLITOS DE " + up(city)])
    doc.f("«w»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\nReclamação/Processo: «n»\nData: «d», às «h»\n\n"
          "RECLAMANTE: «c», CPF «cpf», RG «rg», telefone «t», e-mail «e»\n",
          w=where, n=g.cnj(uf) if "CEJUSC" in where else f"FA {g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date("br", 2025), h=g.hm(),
          c=P(c.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        adv_c = g.person()
        doc.f("  acompanhad«o» de «a», «oab»\n", o=c.o, a=P(adv_c.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("RECLAMADA: «tc», CNPJ «cnpj», representada «pre» «pp», RG «prg», e pel«o2» advogad«o2» «adv», «oab»\n"
          "CONCILIADOR«ca»: «cc»\n\n",
          tc=telco, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), pre="pela preposta" if prep.female else "pelo preposto",
          pp=P(prep.full), prg=(g.rg(), "BR_RG"), o2=adv.o, adv=P(adv.full), oab=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"),
          ca="A" if conc.female else "", cc=P(conc.full))
    doc.f("Aberta a sessão, «o» reclamante reiterou que a linha «ln» foi bloqueada indevidamente em «db» e que vem sendo cobrad«o» por "
          "fatura de R$ «v» referente a serviço não contratado. A reclamada apresentou a seguinte proposta, ACEITA:\n\n"
          "1) cancelamento da fatura contestada e do contrato nº «ct», sem multa;\n"
          "2) pagamento de R$ «ind», a título de indenização, até «dp», ",
          o="a" if c.female else "o", ln=(g.phone("par"), "PHONE_NUMBER"), db=g.date("br", 2025), v=g.money(80, 900),
          ct=g.d(9), ind=g.money(500, 5000), dp=g.date("br", 2025))
    if g.chance(0.5):
        doc.f("mediante transferência para a conta d«o» reclamante no Banco «bk», agência «ag», conta «cc»;\n", o="a" if c.female else "o",
              bk=g.pick(["do Brasil (001)", "Itaú (341)", "Bradesco (237)", "Caixa (104)", "Nubank (260)"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("via Pix para a chave aleatória «pix», de titularidade d«o» reclamante;\n", pix=(g.uuid(), "PIX_KEY"), o="a" if c.female else "o")
    doc.f("3) retirada do nome d«o» reclamante dos cadastros de inadimplentes em 5 dias úteis.\n\n"
          "Em caso de descumprimento, multa de 50% sobre o valor. Nada mais havendo, encerrou-se o termo, que vai assinado pelos presentes.\n\n"
          "_____________________ «s1»\n_____________________ «s2» (prepost«a»)\n_____________________ «s3» (conciliador«ca»)\n",
          o="a" if c.female else "o", s1=P(c.full), s2=P(prep.caps), a="a" if prep.female else "o", s3=P(conc.short), ca="a" if conc.female else "")
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice from a rental agency, sent by e-mail to the tenant and the guarantors."""
    doc = Doc()
    city, uf = g.city()
    imob = g.pick(IMOBS)
    snd = g.person()
    ten = g.person()
    fi = g.person()
    dom = IMOB_DOM[imob]
    doc.f("De: «s» <«se»>\nPara: «te»; «fe»\nCc: juridico@«dm»\nData: «d» «h»\nAssunto: NOTIFICAÇÃO EXTRAJUDICIAL — contrato «ct» — «ad»\n\n",
          s=P(snd.full), se=(corp_mail(snd, dom), "EMAIL_ADDRESS"), te=(g.email(ten), "EMAIL_ADDRESS"), fe=(g.email(fi), "EMAIL_ADDRESS"),
          dm=dom, d=g.date("br", 2025), h=g.hm(), ct=f"{g.d(4)}/{g.ri(2020, 2024)}", ad=(g.address(), "ADDRESS"))
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «im», administradora do imóvel, por conta e ordem do(a) locador(a) «lo».\n"
          "NOTIFICADO(A) (locatári«o»): «tn», CPF «tc»\nNOTIFICADO(A) (fiador«a»): «fn», CPF «fc»",
          im=imob, lo=P(g.person().full), o=ten.o, tn=P(ten.caps), tc=(g.cpf(), "BR_CPF"), a="a" if fi.female else "",
          fn=P(fi.caps), fc=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        fs = g.relative(fi, female=not fi.female)
        doc.f(" e seu cônjuge «n», CPF «c»", n=P(fs.caps), c=(g.cpf(), "BR_CPF"))
    doc.f(", residente(s) na «fa», CEP «cep»\n\nPrezados,\n\nNa qualidade de administradora do imóvel situado na «pa», CEP «pc», "
          "NOTIFICAMOS Vossas Senhorias de que se encontram em aberto os aluguéis e encargos de «m», totalizando R$ «v», "
          "além de contas de água e luz em atraso (UC «uc»).\n\n"
          "Fica(m) o(s) notificado(s) constituído(s) em mora, com prazo de 10 (dez) dias para purgação, sob pena de ajuizamento de ação de "
          "despejo (Lei 8.245/1991) e de inclusão nos órgãos de proteção ao crédito. O pagamento pode ser feito pelo boleto anexo "
          "(linha digitável «bol»).\n\nSeria prudente que entrassem em contato ainda esta semana.\n\n"
          "Atenciosamente,\n«s»\n«cg» — «im»\n«cr»\n",
          fa=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), pa=(g.address(), "ADDRESS"), pc=(g.cep(), "BR_CEP"),
          m=", ".join(g.rng.sample(MONTHS, g.ri(2, 4))), v=g.money(1500, 18000), uc=N(g.neg(11)) if g.chance(0.6) else g.uc(),
          bol=boleto(g), s=P(snd.short), cg=g.pick(["Gerente de Locação", "Departamento de Cobrança", "Corretor" + ("a" if snd.female else "")]),
          im=imob, cr=(g.council("CRECI", uf), "PROFESSIONAL_ID"))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Mass-litigation spreadsheet of a telecom's outside law firm (CSV)."""
    doc = Doc()
    firm = g.pick(FIRMS)
    telco = g.pick(TELCOS)
    own = g.person()
    doc.f("contencioso_massa_«t»_«d».csv — «f» — carteira «tc» — responsável: «o»\n",
          t=re.sub(r"\W", "", fold(telco.split()[0])).lower(), d=g.date("compact", 2025), f=firm, tc=telco, o=P(own.full))
    cols = ["pasta", "processo", "comarca", "autor", "cpf_autor", "linha", "adv_adverso", "oab_adverso", "objeto", "valor_causa",
            "audiencia", "status", "adv_interno"]
    rows = []
    staff = [g.person() for _ in range(3)]
    for _ in range(g.ri(4, 6)):
        a = g.person()
        ad = g.person()
        city, uf = g.city()
        sf = g.pick(staff)
        rows.append([V(f"TLC-{g.d(6)}"), V(g.cnj(uf)), V(f"{city}/{uf}"), P(g.pick([a.caps, a.full, a.caps])),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.85) else V(""),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V(""),
                     P(g.pick([ad.full, ad.caps])), (g.council("OAB", uf), "PROFESSIONAL_ID"),
                     V(g.pick(["negativação indevida", "cobrança SVA", "portabilidade", "falha na prestação", "cancelamento",
                               "dano moral - bloqueio linha"])),
                     V(g.money(3000, 40000)), V(g.date("br", 2025) + " " + g.hm() if g.chance(0.6) else ""),
                     V(g.pick(["aguardando audiência", "sentença procedente - recorrer?", "acordo R$ " + g.money(500, 4000),
                               "improcedente", "citado", "execução"])),
                     P(g.pick([sf.short, sf.first])) if g.chance(0.5) else V(login(sf))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("\n# obs («o»): conferir CPF da linha 3 — no sistema do cliente consta «bad», que não bate\n# acordos acima de R$ 3.000 precisam de OK d«x» «m»\n",
          o=P(own.first), bad=N(g.bad_cpf(g.pick(["raw", "dot"]))), x=g.pick(["a", "o"]), m=P(g.person().short))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Residential lease: qualification of the parties, deposit account, utilities transfer, witnesses."""
    doc = Doc()
    city, uf = g.city()
    lo, la = g.person(), g.person()
    imob = g.pick(IMOBS)
    doc.f("CONTRATO DE LOCAÇÃO RESIDENCIAL Nº «n»\n\nLOCADOR(A): ", n=f"{g.d(4)}/{g.ri(2023, 2025)}")
    qualif(doc, g, lo, uf)
    doc.t(".\n\nLOCATÁRIO(A): ")
    qualif(doc, g, la, uf, addr=False, email=True)
    doc.f(", CNH nº «cnh», telefone «t».\n\n", cnh=(g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        fi = g.person(female=False)
        fs = g.relative(fi, female=True)
        doc.t("FIADORES: ")
        qualif(doc, g, fi, uf, addr=False, rg=False)
        doc.t(", e sua esposa ")
        qualif(doc, g, fs, uf, rg=False)
        doc.f(", proprietários do imóvel matrícula nº «m» do «k»º Cartório de Registro de Imóveis de «c».\n\n",
              m=f"{g.ri(1, 99)}.{g.d(3)}", k=g.ri(1, 3), c=city)
    doc.f("ADMINISTRADORA: «im», CNPJ «cnpj».\n\nCLÁUSULA 1ª — DO OBJETO. O imóvel residencial situado na «ad», «b», «c»/«uf», CEP «cep», "
          "inscrição imobiliária «iptu».\n\nCLÁUSULA 2ª — DO PRAZO. 30 (trinta) meses, de «d1» a «d2».\n\n"
          "CLÁUSULA 3ª — DO ALUGUEL. R$ «al» mensais, com vencimento todo dia «dv», reajuste anual pelo IPCA.\n\n",
          im=imob, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), iptu=f"{g.d(2)}.{g.d(3)}.{g.d(3)}.{g.d(4)}", d1=g.date("br", 2025), d2=g.date("br", 2027),
          al=g.money(900, 5000), dv=g.ri(1, 15))
    if g.chance(0.6):
        doc.f("CLÁUSULA 4ª — DA GARANTIA. Caução em dinheiro de 3 (três) aluguéis, R$ «v», depositada em caderneta de poupança em nome "
              "do(a) LOCADOR(A) no Banco «bk», agência «ag», conta «cc», a ser devolvida corrigida ao final (art. 38, § 2º, Lei 8.245/1991).\n\n",
              v=g.money(2700, 15000), bk=g.pick(["104 (Caixa)", "001 (Banco do Brasil)", "033 (Santander)"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.t("CLÁUSULA 4ª — DA GARANTIA. Fiança, nos termos do art. 37, II, da Lei 8.245/1991, renunciando os fiadores ao benefício de ordem.\n\n")
    doc.f("CLÁUSULA 5ª — DOS ENCARGOS. O(A) LOCATÁRIO(A) providenciará, em até 30 dias, a transferência para o seu nome das contas de "
          "energia elétrica (instalação «uc1», «ds») e água (matrícula «uc2»), respondendo pela conta de luz e demais consumos a partir "
          "da vistoria de entrada.\n\nCLÁUSULA 6ª — Fica eleito o foro da comarca de «c».\n\n«c», «d».\n\n"
          "______________________ «s1» (LOCADOR)\n______________________ «s2» (LOCATÁRIO)\n\nTestemunhas:\n",
          uc1=N(g.neg(11)) if g.chance(0.5) else g.uc(), ds=g.pick(DISTRIB), uc2=g.d(8), c=city, d=g.date("long", 2025),
          s1=P(lo.full), s2=P(la.full))
    for _ in range(2):
        w = g.person()
        doc.f("1) «n» — CPF «c»\n" if _ == 0 else "2) «n» — CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_toi(g: Gen) -> Doc:
    """Energy-theft inspection report (TOI) followed by the in-house legal opinion."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    dist = g.pick(DISTRIB)
    i1, i2 = g.person(female=False), g.person()
    n_toi = f"{g.ri(2024, 2025)}/{g.d(8)}"
    doc.f("«ds» — TERMO DE OCORRÊNCIA E INSPEÇÃO (TOI) Nº «n»\nData/hora: «d» «h»   UC: «uc»   Medidor: «md»\n"
          "Titular: «tn»   CPF: «cpf»\nEndereço: «ad» — «b» — «city»/«uf» — CEP «cep»\n",
          ds=up(dist), n=n_toi, d=g.date("br", 2025), h=g.hm(), uc=N(g.neg(11)) if g.chance(0.5) else g.uc(), md=g.meter(),
          tn=P(c.caps), cpf=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), b=up(g.pick(BAIRROS)), city=up(city), uf=uf,
          cep=(g.cep(), "BR_CEP"))
    acc = g.relative(c)
    accrel = g.pick(["filha", "sobrinha", "nora", "esposa"]) if acc.female else g.pick(["filho", "genro", "sobrinho", "irmão"])
    doc.f("Irregularidade constatada: «ir»\nInspetores: «i1» (mat. «m1») e «i2» (mat. «m2») — viatura «pl»\n"
          "Acompanhou a inspeção: «ac», «rel» do titular, CPF «acpf», que se recusou a assinar.\n",
          ir=g.pick(["desvio de energia antes da medição (ligação direta no ramal)", "medidor com bobina de potencial interrompida",
                     "by-pass no borne do medidor", "religação à revelia após suspensão"]),
          i1=P(i1.caps), m1=mat(g), i2=P(i2.caps), m2=mat(g), pl=(g.plate(), "LICENSE_PLATE"), ac=P(up(acc.full)),
          rel=accrel, acpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        w = g.person()
        doc.f("Testemunha: «w», RG «rg», residente na «wa»\n", w=P(up(w.full)), rg=(g.rg(), "BR_RG"), wa=(g.address("caps"), "ADDRESS"))
    eng = g.person()
    doc.f("Medidor lacrado em saco «ls» e encaminhado a laboratório acreditado. Fotos 1–«fp».\n"
          "Responsável técnico pela inspeção: eng. eletricista «en», «crea»\n\n"
          "----------------------------------------------------------------\nPARECER JURÍDICO Nº «pj» — Gerência Jurídica «sh»\n"
          "Ref.: TOI «n» — recuperação de consumo — «tn2»\n\n",
          ls=g.d(7), fp=g.ri(4, 12), en=P(up(eng.full)), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), pj=f"{g.d(3)}/{g.ri(2024, 2025)}", sh=SHORT.get(dist, dist), n=n_toi, tn2=P(c.full))
    lw = g.person()
    doc.f("O consumidor ajuizou ação declaratória de inexistência de débito (processo «cnj»), impugnando a cobrança de R$ «v» "
          "apurada pelo critério do art. 595 da Resolução ANEEL 1.000/2021. Verifico que o TOI foi lavrado com a presença do "
          "«rel» «acf», mas sem a entrega de cópia no ato, e que a perícia metrológica foi realizada sem aviso prévio de data ao "
          "titular. Há precedentes desfavoráveis na Turma Recursal de «city». Recomendo proposta de acordo com redução de 40% e "
          "parcelamento em até 12 vezes.\n\n«city», «d».\n«lw» — «oab»\n",
          cnj=g.cnj(uf), v=g.money(1200, 18000), rel=g.pick(["familiar", "acompanhante"]), acf=P(acc.first), city=city, d=g.date("br", 2025),
          lw=P(lw.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

HOSP = ["Hospital São Bento", "Hospital Regional Aurora", "Santa Casa de Misericórdia de Santa Rosa", "Hospital Vitória",
        "Hospital Municipal Prudente de Morais", "Policlínica Flor do Campo", "Hospital Universitário Luz do Sertão"]
HOMECARE = ["Vitória Home Care", "OxiVida Assistência Domiciliar", "Respira Bem Home Care Ltda", "Aurora Oxigenoterapia"]


def sa_eletrodep(g: Gen) -> Doc:
    """Registration of an electro-dependent patient with the power distributor (filled form)."""
    doc = Doc()
    city, uf = g.city()
    dist = g.pick(DISTRIB)
    pac = g.person()
    same = g.chance(0.3)
    tit = pac if same else g.relative(pac)
    dx, cid, eq, w = g.pick(DX)
    med = g.person()
    tcpf = g.cpf()
    doc.f("«ds»\nCADASTRO DE UNIDADE CONSUMIDORA COM PESSOA ELETRODEPENDENTE\n(Resolução Normativa ANEEL nº 1.000/2021, arts. 617 a 622)\n"
          "Protocolo: «p»   Data: «d»   Canal: «cn»\n\nA) TITULAR DA UNIDADE CONSUMIDORA\nNome: «tn»\nCPF: «tc»   Telefone: «tt»\nE-mail: «te»\n"
          "UC: «uc»\nEndereço: «ad»   Bairro: «b»   Município: «city»/«uf»   CEP: «cep»\n\n",
          ds=up(dist), p=f"{g.ri(2024, 2025)}{g.d(9)}", d=g.date("br", 2025), cn=g.pick(["agência", "site", "0800", "WhatsApp"]),
          tn=P(tit.full if g.chance(0.6) else tit.caps), tc=(tcpf, "BR_CPF"), tt=(g.phone(), "PHONE_NUMBER"),
          te=(g.email(tit), "EMAIL_ADDRESS") if g.chance(0.7) else V("não possui"), uc=g.uc(),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.t("B) PACIENTE\n")
    yr = (1935, 1985)
    if same:
        doc.t("[x] o próprio titular\n")
    else:
        par = g.pick(["mãe", "avó", "filha", "cônjuge", "irmã"] if pac.female else ["pai", "avô", "filho", "cônjuge", "irmão"])
        yr = {"mãe": (1930, 1965), "pai": (1930, 1965), "avó": (1925, 1950), "avô": (1925, 1950), "filha": (1995, 2022),
              "filho": (1995, 2022)}.get(par, (1940, 1990))
        doc.f("Nome: «n»   Parentesco com o titular: «par»\n", n=P(pac.full), par=par)
    doc.f("Data de nascimento: «dob»   CPF: «cpf»\nCartão Nacional de Saúde (CNS): «cns»\nCID-10: «cid»\n\n"
          "C) EQUIPAMENTO(S)\n1. «eq» — «w» W — uso «h» h/dia — «bk»\n",
          dob=(g.dob(g.pick(["br", "br", "nopad"]), *yr), "DATE_OF_BIRTH"),
          cpf=(tcpf, "BR_CPF") if same else ((g.cpf(), "BR_CPF") if g.chance(0.8) else V("não informado")),
          cns=(g.cns(), "BR_CNS"), cid=f"{cid} ({dx})", eq=eq, w=w, h=g.pick([8, 12, 16, 24, 24]),
          bk=g.pick(["possui cilindro reserva", "sem bateria/reserva", "nobreak 2h", "sem gerador"]))
    if g.chance(0.4):
        eq2, w2 = g.pick(EQUIP)
        doc.f("2. «eq» — «w» W — uso «h» h/dia\n", eq=eq2, w=w2, h=g.pick([4, 8, 24]))
    doc.f("\nD) RESPONSÁVEL MÉDICO\nMédic«o»: «m»   «crm»\nEstabelecimento: «hs»\n\n",
          o="a" if med.female else "o", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), hs=g.pick(HOSP))
    doc.t("E) CONTATOS PARA AVISO DE DESLIGAMENTO PROGRAMADO / EMERGÊNCIA\n")
    for i in range(g.ri(1, 3)):
        fam = g.chance(0.7)
        r = g.relative(pac) if fam else g.person()
        doc.f("«i». «n» — «t»«x»\n", i=i + 1, n=P(g.pick([r.full, r.short, r.first])), t=(g.phone(), "PHONE_NUMBER"),
              x=g.pick(["", " (WhatsApp)", " — só à noite"]) if fam else g.pick([" (vizinha)" if r.female else " (vizinho)", " (cuidador" + ("a)" if r.female else ")")]))
    an = g.person()
    doc.f("\nAnálise: «st» por «an» em «d». «obs»\n", st=g.pick(["DEFERIDO", "PENDENTE — laudo vencido", "DEFERIDO — marcar no cadastro comercial"]),
          an=P(an.short), d=g.date("br", 2025),
          obs=g.pick(["Incluir na lista de aviso do alimentador.", "Orientado sobre a Tarifa Social.", "Laudo válido por 12 meses.", ""]))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Medical report for the distributor's registration, forwarded by a relative by e-mail."""
    doc = Doc()
    city, uf = g.city()
    pac = g.person()
    rel = g.relative(pac)
    med = g.person()
    dx, cid, eq, w = g.pick(DX)
    dist = g.pick(DISTRIB)
    pf = g.pick(["da minha mãe", "da vó", "da minha sogra"]) if pac.female else g.pick(["do meu pai", "do vô", "do meu sogro"])
    doc.f("De: «rn» <«re»>\nPara: eletrodependente@«dm»\nAssunto: laudo «pf» - instalação «uc»\n\n",
          rn=P(g.pick([rel.full, rel.short])), re=(g.email(rel), "EMAIL_ADDRESS"),
          dm=re.sub(r"\W", "", fold(SHORT[dist])).lower() + ".com.br", pf=pf, uc=g.uc())
    doc.f("«hi», segue em anexo o laudo «pf» («pn») pra atualizar o cadastro. «el» usa o aparelho direto e semana passada a luz caiu 3 vezes. "
          "Qualquer coisa meu celular é «t». Obrigad«o»,\n«sg»\n\n-------- anexo: laudo_«fn».pdf (texto extraído) --------\n\n",
          hi=g.pick(["Bom dia", "Boa tarde", "Olá"]), pf=pf, el="Ela" if pac.female else "Ele", pn=P(pac.first),
          t=(g.phone(), "PHONE_NUMBER"), o=rel.o, sg=P(rel.first), fn=fold(pac.first).lower())
    hs = g.pick(HOSP)
    doc.f("«hs»\nCNPJ «cnpj»\n\nLAUDO MÉDICO\n\nDeclaro, para fins de cadastro junto à distribuidora de energia elétrica, que «o» paciente «pn», "
          "nascid«o» em «dob», portador«a» do Cartão Nacional de Saúde nº «cns» e do CPF nº «cpf», residente na «ad», CEP «cep», "
          "encontra-se sob meus cuidados com diagnóstico de «dx» (CID-10 «cid»), necessitando de uso contínuo de «eq» "
          "(potência aproximada de «w» W), «h» horas por dia.\n\nA interrupção do fornecimento de energia elétrica representa risco à "
          "vida d«o» paciente.\n\n«city», «d».\n\n«m»\n«crm»   RQE «rqe»\n",
          hs=hs.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), o="a" if pac.female else "o", pn=P(pac.caps if g.chance(0.5) else pac.full),
          dob=(g.dob(g.pick(["br", "long"]), 1925, 1975), "DATE_OF_BIRTH"), a="a" if pac.female else "",
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          dx=dx, cid=cid, eq=eq, w=w,
          h=g.pick([12, 18, 24]), city=city, d=g.date("br", 2025), m=P(g.pick([med.full, med.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5))
    return doc


def sa_homecare(g: Gen) -> Doc:
    """Home-care company's installation order for an oxygen concentrator."""
    doc = Doc()
    city, uf = g.city()
    pac = g.person()
    cui = g.relative(pac) if g.chance(0.6) else g.person(female=True)
    tec = g.person(female=False)
    enf, med = g.person(female=True), g.person()
    hc = g.pick(HOMECARE)
    doc.f("«hc» — ORDEM DE INSTALAÇÃO Nº «n»\nSolicitante: «conv»   Autorização: «aut»\n\nPACIENTE: «pn»\nNascimento: «dob»   "
          "CNS: «cns»   Carteirinha: «cart»\nEndereço: «ad», «b», «city»/«uf», CEP «cep»\nPonto de referência: «ref»\n"
          "Cuidador(a): «cn» — «ct»«ct2»\n\n",
          hc=up(hc), n=f"OI-{g.d(6)}", conv=g.pick(["Unimed", "Hapvida", "SUS - Secretaria Municipal de Saúde", "Bradesco Saúde", "Cassi"]),
          aut=g.d(9), pn=P(g.pick([pac.caps, pac.full])), dob=(g.dob("br", 1925, 2020), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), cart=f"{g.d(1)} {g.d(3)} {g.d(12)} {g.d(1)}", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          ref=g.pick(["em frente à Padaria Rosa Branca", "rua do posto de saúde", "próximo à igreja São Bento", "portão branco, casa de esquina"]),
          cn=P(g.pick([cui.full, cui.first, cui.short])), ct=(g.phone(), "PHONE_NUMBER"),
          ct2=("", None) if g.chance(0.5) else (" / " + g.phone(mobile=False), None))
    doc.f("EQUIPAMENTOS\n- concentrador de O2 5 L/min, S/N «s1», 350 W\n- cilindro reserva 680 L (backup) — S/N «s2»\n- umidificador + cânula nasal\n"
          "Prescrição: O2 «l» L/min, «h» h/dia — Dr«a». «m», «crm»\nEnfermeira responsável: «e», «co»\n\n",
          s1=f"{g.pick(['EV', 'DV', 'PH'])}{g.d(8)}", s2=g.d(7), l=g.ri(1, 4), h=g.pick([16, 18, 24]), a="a" if med.female else "",
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(g.pick([enf.full, enf.short])),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("EXECUÇÃO\nTécnico: «t» — veículo «pl» — chegada «h1», saída «h2»\nChecklist: [x] tomada exclusiva «tom»  [x] teste de alarme  "
          "[x] orientação ao cuidador\nObservação: «obs»\n",
          t=P(g.pick([tec.full, tec.short])), pl=(g.plate(), "LICENSE_PLATE"), h1=g.hm(), h2=g.hm(),
          tom=g.pick(["(sem aterramento, orientado)", "OK", "(adaptador retirado)"]), obs="")
    doc.text = doc.text[:-1]
    k = g.ri(0, 2)
    if k == 0:
        doc.f("orientada a filha «f» a cadastrar a UC como eletrodependente na «ds»; formulário entregue. Conta de luz está no nome de «tn».\n",
              f=P(g.relative(pac, female=True).first), ds=SHORT[g.pick(DISTRIB)], tn=P(g.relative(pac).full))
    elif k == 1:
        doc.f("paciente «p» lúcido, referiu falta de luz frequente no bairro. Cilindro reserva deixado cheio. Retorno em 30 dias.\n",
              p=P(pac.first))
    else:
        doc.f("cuidadora ausente, recebido por «r» (vizinha), RG «rg». Reagendar treinamento.\n",
              r=P(g.person(female=True).full), rg=(g.rg(), "BR_RG"))
    doc.f("Assinatura do responsável: ______________ «s»\n", s=P(cui.full))
    return doc


def sa_leito(g: Gen) -> Doc:
    """Hospital bedside TV/internet subscription with its activation log."""
    doc = Doc()
    hs = g.pick(HOSP)
    pac = g.person()
    ac = g.relative(pac) if g.chance(0.7) else g.person()
    prov = g.pick(["LeitoNet", "TV no Quarto", "Conecta Leito", "HospiTV"])
    doc.f("«pv» · «hs»\nTERMO DE ADESÃO — TV E INTERNET NO LEITO\n\nPaciente: «pn»   Quarto/leito: «q»   Atendimento: «at»\n"
          "Contratante (acompanhante): «cn»\nCPF: «cpf»   Celular: «t»   E-mail: «e»\n",
          pv=prov, hs=hs, pn=P(g.pick([pac.full, pac.caps])), q=f"{g.ri(1, 9)}{g.ri(0, 3)}{g.ri(1, 9)}-{g.pick('ABC')}",
          at=g.d(8), cn=P(ac.full), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(ac), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        doc.f("Data de nascimento do contratante: «dob»\n", dob=(g.dob("br", 1950, 2005), "DATE_OF_BIRTH"))
    pl = g.pick([("Diária TV + Wi-Fi", "19,90"), ("Pacote 7 dias", "89,90"), ("Pacote 15 dias", "149,00"), ("Somente Wi-Fi 7 dias", "39,90")])
    doc.f("\nPlano: «p» — R$ «v»\nPagamento: cartão de crédito «cc», val. «vl», titular «tn»\n",
          p=pl[0], v=pl[1], cc=(g.card(g.chance(0.6)), "CREDIT_CARD") if g.chance(0.7) else V("**** **** **** " + g.d(4)),
          vl=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", tn=P(up(ac.full) if g.chance(0.6) else ac.full))
    doc.f("Voucher Wi-Fi: «vc»   SSID: «ss»\nAtendente: «a»\n\n-- log de ativação --\n",
          vc=g.hexs(6).upper(), ss=g.pick(["HOSP_PACIENTE", "LEITO_WIFI", "VISITANTE_5G"]), a=P(g.person().short))
    macs = [":".join(g.hexs(2) for _ in range(6)) for _ in range(2)]
    d = g.date("iso", 2025)
    ips = [g.ip(private=True), g.ip(private=True)]
    t0 = g.ri(8 * 3600, 21 * 3600)
    hs_ = []
    for _ in range(4):
        hs_.append(f"{t0 // 3600:02d}:{t0 % 3600 // 60:02d}:{t0 % 60:02d}")
        t0 += g.ri(1, 40)
    doc.f("«d» «h1» radius: Access-Accept user=«u» mac=«m1» nas=AP-«ap»\n«d» «h2» dhcpd: DHCPACK on «ip1» to «m1» («dv»)\n"
          "«d» «h3» nat: «ip1» -> «pub» sessão iniciada\n«d» «h4» dhcpd: DHCPACK on «ip2» to «m2» (smart-tv-quarto)\n",
          d=d, h1=hs_[0], u=f"v_{g.hexs(6)}", m1=macs[0], ap=f"{g.ri(1, 9)}A{g.d(2)}", h2=hs_[1], ip1=(ips[0], "IP_ADDRESS"),
          dv=g.pick(["Galaxy-A14", "iPhone", "Redmi-Note-12", "moto-g54"]), h3=hs_[2], pub=(g.ip(), "IP_ADDRESS"), h4=hs_[3],
          ip2=(ips[1], "IP_ADDRESS"), m2=macs[1])
    if g.chance(0.5):
        doc.f("\nObs. da enfermagem (ala «ala»): acompanhante «n» pediu desligar a TV às 22h; paciente «p» em isolamento de contato, "
              "tablet higienizado.\n", ala=g.pick(["B", "C", "UTI-2", "Oncologia"]), n=P(ac.first), p=P(pac.first))
    return doc


def sa_prioridade(g: Gen) -> Doc:
    """Electro-dependent customers in a planned outage area (semicolon CSV, call notes below)."""
    doc = Doc()
    city, uf = g.city()
    dist = g.pick(DISTRIB)
    doc.f("«ds» — DESLIGAMENTO PROGRAMADO «pd» — alimentador «al» — «d» das 08h às 14h\nÁREA: bairros «b1», «b2» — «city»/«uf>\n"
          "CLIENTES ELETRODEPENDENTES NA ÁREA (uso restrito — LGPD, Lei 13.709/2018)\n\n".replace("«uf>", "«uf»"),
          ds=SHORT[dist], pd=f"PDE-{g.d(6)}", al=f"{up(city[:3])}{g.ri(1, 30):02d}", d=g.date("br", 2025), b1=g.pick(BAIRROS),
          b2=g.pick(BAIRROS), city=city, uf=uf)
    cols = ["UC", "PACIENTE", "DT_NASC", "CNS", "EQUIPAMENTO", "TITULAR", "FONE1", "FONE2", "LOGRADOURO", "NUM", "CEP", "CONTATO"]
    rows = []
    callers = [g.person(female=True) for _ in range(2)]
    pats = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pats.append(p)
        same = g.chance(0.4)
        t = p if same else g.relative(p)
        tt, name, num, comp = g.street_parts()
        rows.append([V(g.uc()), P(up(p.full)), (g.dob("br", 1928, 2022), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.8) else V(""), V(up(g.pick(EQUIP)[0])),
                     V("O MESMO") if same else P(up(t.full)), (g.phone("raw"), "PHONE_NUMBER"),
                     (g.phone("raw", mobile=g.chance(0.5)), "PHONE_NUMBER") if g.chance(0.6) else V(""),
                     (up(f"{STREET_ABBR.get(tt, tt)} {name}"), "ADDRESS"), V("SN" if num == "s/n" else num),
                     (g.cep(False), "BR_CEP"),
                     V(g.pick(["AVISADO", "N/ ATENDE", "AVISADO - TEM GERADOR", "RECADO C/ VIZINHO", "PENDENTE"]))])
    table_csv(doc, cols, rows)
    doc.t("\nREGISTRO DAS LIGAÇÕES\n")
    for r, pp in list(zip(rows, pats))[:g.ri(2, 3)]:
        cl = g.pick(callers)
        k = g.ri(0, 3)
        pname = r[1][0]
        if k == 0:
            doc.f("- «c» («h»): falei com a filha, «f», disse que vão levar «p» pra casa da irmã no dia.\n",
                  c=P(cl.first), h=g.hm(), f=P(g.person(female=True).first), p=P(pname.split()[0].title()))
        elif k == 1:
            doc.f("- «c» («h»): caixa postal nos dois números. Enviado SMS e e-mail p/ «e». Solicitar visita da equipe «eq».\n",
                  c=P(cl.short), h=g.hm(), e=(g.email(g.person()), "EMAIL_ADDRESS"), eq=f"E-{g.ri(100, 480)}")
        elif k == 2:
            doc.f("- «c» («h»): titular informou que possui gerador a gasolina; pediu para religarem antes das 14h porque o «eq» não tem bateria.\n",
                  c=P(cl.first), h=g.hm(), eq=g.pick(["BiPAP", "concentrador", "aspirador"]))
        else:
            doc.f("- «c» («h»): paciente «p» internad«o» no «hs» desde «d», manter cadastro. Confirmado pelo telefone «t».\n",
                  c=P(cl.short), h=g.hm(), p=P(pname.title()), o=pp.o, hs=g.pick(HOSP), d=g.date("br", 2025),
                  t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_ouvidoria(g: Gen) -> Doc:
    """A family's ombudsman complaint after a cut-off of an oxygen patient, and the company's reply."""
    doc = Doc()
    city, uf = g.city()
    dist = g.pick(DISTRIB)
    pac = g.person(female=g.chance(0.5))
    c = g.relative(pac)
    med, enf = g.person(), g.person(female=True)
    doc.f("OUVIDORIA «ds» — Manifestação «n» (reaberta após atendimento de 1º nível)\nCanal: site · Tipo: Reclamação · Assunto: Suspensão indevida / paciente eletrodependente\n"
          "Manifestante: «cn» · CPF «cpf» · «e» · «t»\n\nTexto da manifestação:\n",
          ds=up(SHORT[dist]), n=f"OUV-{g.ri(2024, 2025)}-{g.d(6)}", cn=P(c.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    rel = g.pick(["minha mãe", "minha avó", "minha sogra"]) if pac.female else g.pick(["meu pai", "meu avô", "meu sogro"])
    doc.f("«rel» «pn» tem «age» anos e usa oxigenio 24h, ja é cadastrad«o» como eletrodependente desde «dc» (protocolo «p»). "
          "no dia «dd» cortaram a luz da casa d«ele» na «ad» mesmo com a conta paga, o tecnico da viatura «pl» disse que tava na lista "
          "e que nao podia fazer nada. o cilindro reserva durou 3 horas, tivemos que chamar o SAMU e a enfermeira «en» («co») "
          "acompanhou ate o hospital («hs»). to anexando o laudo do dr «md» («crm»), o CNS del«a2» é «cns». "
          "quero saber quem autorizou esse corte e quero ressarcimento. «w».\n\n",
          rel=rel, pn=P(g.pick([pac.full, pac.first, fold(pac.full).lower()])), age=g.ri(60, 95), o=pac.o, dc=g.date("br", 2023),
          p=N(g.neg(11)) if g.chance(0.5) else g.d(10), dd=g.date("br", 2025), ele="ela" if pac.female else "ele",
          ad=(g.address("low"), "ADDRESS"), pl=(g.plate(), "LICENSE_PLATE"), en=P(g.pick([enf.full, enf.first])),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), hs=g.pick(HOSP), md=P(fold(med.short).lower() if g.chance(0.4) else med.short),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), a2="a" if pac.female else "e", cns=(g.cns(), "BR_CNS"),
          w=g.pick(["isso é um absurdo", "nao quero que aconteça com mais ninguem", "vou procurar a ANEEL e o Procon"]))
    ou = g.person()
    doc.f("Resposta da Ouvidoria («d»):\nPrezad«o» «cn», lamentamos profundamente o ocorrido com «pf». Apuramos que a ordem de suspensão "
          "nº «os» foi gerada para a UC «uc» antes da baixa do pagamento efetuado em «dp», e que o cadastro de eletrodependente "
          "estava vinculado a instalação anterior («old»). O cadastro foi corrigido, a OS cancelada e o crédito de R$ «v» "
          "será lançado na próxima fatura. O caso foi encaminhado à área de Qualidade para apuração da conduta da equipe.\n"
          "Colocamo-nos à disposição pelo 0800 «z».\n«ou» — Ouvidoria «ds» (mat. «m»)\n",
          d=g.date("br", 2025), o=c.o, cn=P(c.first), pf=P(g.pick([pac.first, pac.full])), os=g.d(10), uc=g.uc(),
          dp=g.date("br", 2025), old=g.uc(), v=g.money(100, 1500), z=f"{g.d(3)} {g.d(4)}", ou=P(ou.full), ds=SHORT[dist], m=mat(g))
    return doc


def sa_tarifa(g: Gen) -> Doc:
    """Hospital social worker's e-mail asking the distributor for the social tariff (NIS, CadÚnico)."""
    doc = Doc()
    city, uf = g.city()
    hs = g.pick(HOSP)
    ass = g.person(female=g.chance(0.8))
    dist = g.pick(DISTRIB)
    dom = re.sub(r"\W", "", fold(hs.split()[-1])).lower() + ".org.br"
    doc.f("De: «a» <«ae»>\nPara: tarifasocial@«dd»\nCc: servicosocial@«dm»\nAssunto: Solicitação de Tarifa Social e cadastro eletrodependente — «n» paciente(s)\n\n"
          "Prezados,\n\nO Serviço Social do «hs» solicita a inclusão na Tarifa Social de Energia Elétrica (Lei 12.212/2010) e o cadastro "
          "como eletrodependente dos pacientes abaixo, em alta hospitalar com oxigenoterapia domiciliar:\n\n",
          a=P(ass.full), ae=(corp_mail(ass, dom), "EMAIL_ADDRESS"), dd=re.sub(r"\W", "", fold(SHORT[dist])).lower() + ".com.br",
          dm=dom, n=(k := g.ri(1, 2)), hs=hs)
    for i in range(k):
        p = g.person()
        rf = g.relative(p) if g.chance(0.6) else p
        doc.f("«i») Paciente: «pn» — nasc. «dob» — CPF «cpf» — CNS «cns»\n   NIS: «nis» — Cód. família CadÚnico: «cf»\n",
              i=i + 1, pn=P(g.pick([p.full, p.caps])), dob=(g.dob("br", 1930, 2015), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
              cns=(g.cns(), "BR_CNS"), nis=(g.pis(), "BR_PIS"), cf=N(f"{(cf := g.neg(11))[:9]}-{cf[9:]}"))
        if rf is not p:
            doc.f("   Responsável familiar / titular da UC: «rn» — CPF «rc» — NIS «rnis»\n",
                  rn=P(rf.full), rc=(g.cpf(), "BR_CPF"), rnis=(g.pis(), "BR_PIS"))
        doc.f("   Endereço: «ad», «b», CEP «cep» — UC «uc»\n   Contato: «t»«bpc»\n   Diagnóstico: CID «cid»; O2 «l» L/min contínuo\n",
              ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), uc=g.uc(), t=(g.phone(), "PHONE_NUMBER"),
              bpc="" if g.chance(0.5) else f" — recebe BPC (NB {g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)})", cid=g.pick(["J44.1", "J96.1", "J84.1", "I27.0", "E84.0"]), l=g.ri(1, 4))
    med = g.person()
    doc.f("\nSeguem anexos os laudos assinados pel«o» Dr«a». «m» («crm»). «x»\n\nAtenciosamente,\n\n«sg»\nAssistente Social — «cr»\n"
          "«hs» · «city»/«uf» · ramal «r»\n",
          o="a" if med.female else "o", a="a" if med.female else "", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          x=g.pick(["Seria prudente priorizar o primeiro caso, a alta está prevista para amanhã.", "A família não tem conta de luz no nome, "
                    "o imóvel é alugado.", "A casa foi ligada pelo programa Luz para Todos; a UC é rural.", ""]),
          cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"), hs=hs, city=city, uf=uf, r=g.d(4), sg=P(ass.full))
    return doc


# =========================================================================== financeiro

def fi_reneg(g: Gen) -> Doc:
    """Overdue-bill renegotiation term: bills, down payment by card, debit in account."""
    doc = Doc()
    city, uf = g.city()
    comp = g.pick(DISTRIB + SANEAM + TELCOS)
    c = g.person()
    ccpf = g.cpf()
    doc.f("«cp»\nTERMO DE CONFISSÃO DE DÍVIDA E PARCELAMENTO Nº «n»\n\nCONSUMIDOR(A): «cn»\nCPF: «cpf»   RG: «rg»\n"
          "Unidade consumidora / contrato: «uc»\nEndereço: «ad», «city»/«uf», CEP «cep»\nTelefone: «t»   E-mail: «e»\n\n"
          "DÉBITOS RECONHECIDOS\n",
          cp=up(comp), n=f"{g.d(6)}/{g.ri(2024, 2025)}", cn=P(g.pick([c.full, c.caps])), cpf=(ccpf, "BR_CPF"), rg=(g.rg(), "BR_RG"),
          uc=g.uc(), ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.7) else V("—"))
    doc.t("Ref.     Vencimento   Valor (R$)   Multa+juros\n")
    mm, yy = g.ri(0, 11), g.ri(2023, 2024)
    for i in range(g.ri(3, 6)):
        dm, dy = (mm + 1) % 12, yy + (mm + 1) // 12
        doc.f("«m»/«y»  «v»   «a»   «j»\n", m=MES[mm], y=yy, v=f"{g.ri(5, 25):02d}/{dm + 1:02d}/{dy}",
              a=g.money(60, 900).rjust(10), j=g.money(2, 90).rjust(8))
        mm, yy = dm, dy
    k = g.ri(0, 2)
    doc.f("\nTOTAL NEGOCIADO: R$ «tt»   (desconto de «ds»% sobre encargos)\nENTRADA: R$ «en», paga em «d» ",
          tt=g.money(500, 6000), ds=g.pick([30, 50, 80, 100]), en=g.money(50, 800), d=g.date("br", 2025))
    if k == 0:
        doc.f("no cartão de crédito «cc» (titular «tn»)\n", cc=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              tn=P(up(g.pick([c.full, g.relative(c).full]))))
    elif k == 1:
        doc.f("no cartão final «f» (autorização «a»)\n", f=g.d(4), a=g.d(6))
    else:
        doc.f("via Pix (e2e «e2e»)\n", e2e=f"E{g.d(8)}{g.date('compact', 2025)}{g.d(4)}{g.hexs(11)}")
    doc.f("SALDO: «np» parcelas de R$ «vp» lançadas nas próximas faturas«deb»\n\n",
          np=g.ri(3, 24), vp=g.money(30, 400), deb=g.pick(["", " ", "; opção por débito automático"]))
    if g.chance(0.6):
        doc.f("Débito automático autorizado: banco «bk», agência «ag», conta «cc», titular «tn», CPF «tc».\n\n",
              bk=g.pick(["001", "104", "237", "341", "033", "756"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              tn=P(c.full), tc=(ccpf, "BR_CPF"))
    att = g.person()
    doc.f("O não pagamento de qualquer parcela implica vencimento antecipado e sujeita a unidade à suspensão do fornecimento nos termos da "
          "regulamentação (Res. ANEEL 1.000/2021 / Res. Anatel 765/2023). Este termo não é quitação.\n\n«city», «d».\n\n"
          "______________________ «sg»\nAtendente: «at» — posto «pt»\n",
          city=city, d=g.date("br", 2025), sg=P(c.full), at=P(g.pick([att.short, att.full])), pt=g.pick(["Shopping Aurora", "Centro", "Vila Prudente", "Poupatempo"]))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Debt-collection letter from a collection agency, with the SMS reminders sent before it."""
    doc = Doc()
    city, uf = g.city()
    ag = g.pick(COLLECT)
    cred = g.pick(TELCOS + DISTRIB)
    c = g.person()
    neg = g.person()
    doc.f("«ag»\nCNPJ «cnpj»\n\n«city», «d»\n\nA«o» Sr«a». «cn»\n«ad»\n«b» — CEP «cep» — «city»/«uf»\n\n"
          "Ref.: débitos junto à «cr» — contrato «ct» — CPF «cpf»\n\n",
          ag=ag.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), city=city, d=g.date("long", 2025), o="" if c.female else "o",
          a="a" if c.female else "", cn=P(c.caps), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), uf=uf, cr=cred, ct=g.d(10), cpf=(g.cpf("dot"), "BR_CPF"))
    doc.f("Prezad«o» «cf»,\n\nA «cr» nos encarregou de buscar uma solução amigável para o débito de R$ «v», referente a faturas vencidas "
          "entre «m1» e «m2». Preparamos uma condição especial, válida até «dv»:\n\n"
          "  • à vista: R$ «av» (desconto de «pd»% sobre juros e multa)\n  • parcelado: entrada de R$ «en» + «np»x de R$ «vp»\n\n"
          "Pague pelo boleto abaixo ou pelo Pix copia e cola enviado ao seu e-mail «e».\nLinha digitável: «bol»\n\n"
          "Caso já tenha efetuado o pagamento, desconsidere esta carta. Persistindo o débito, o credor poderá incluir seu nome nos "
          "cadastros de proteção ao crédito (CDC, art. 43, § 2º).\n\nFale com «nn», sua negociadora: 0800 «z» ou «ne»\n\n",
          o=c.o, cf=P(g.pick([c.first, c.full])), cr=cred, v=g.money(180, 7000), m1=g.date("br", 2023), m2=g.date("br", 2024),
          dv=g.date("br", 2025), av=g.money(90, 3000), pd=g.pick([40, 60, 75, 90]), en=g.money(30, 300), np=g.ri(2, 12),
          vp=g.money(30, 400), e=(g.email(c), "EMAIL_ADDRESS"), bol=boleto(g), nn=P(neg.first if g.chance(0.5) else neg.short),
          z=f"{g.d(3)} {g.d(4)}", ne=(corp_mail(neg, re.sub(r"\W", "", fold(ag.split()[0])).lower() + "cobranca.com.br"), "EMAIL_ADDRESS"))
    doc.t("---- histórico de SMS (sistema de réguas) ----\n")
    short = SHORT.get(cred, cred.split()[0])
    phs = [g.phone(g.pick(["cc", "raw", "e164"])) for _ in range(2)]
    for _ in range(g.ri(2, 3)):
        doc.f("«d» «h» → «t»: «msg»\n", d=g.date("br", 2025), h=g.hm(), t=(g.pick(phs[:1] * 3 + phs[1:]), "PHONE_NUMBER"),
              msg="")
        k = g.ri(0, 2)
        doc.text = doc.text[:-1]
        if k == 0:
            doc.f("«s»: «n», seu debito de R$ «v» pode ser quitado c/ ate 90% de desconto. Acesse «u»\n",
                  s=up(short), n=P(up(c.first)), v=g.money(100, 3000), u=f"neg.{g.pick(['aurora', 'celuz', 'viva'])}.com/{g.hexs(6)}")
        elif k == 1:
            doc.f("Ola «n», aqui e a «nn» da «ag». Temos uma proposta p/ o contrato final «f». Responda SIM p/ receber.\n",
                  n=P(g.pick([c.first, fold(c.first).lower()])), nn=P(neg.first), ag=ag.split()[0], f=g.d(4))
        else:
            doc.f("«s» informa: evite a negativacao do CPF «m». Pague ate «d» pelo Pix ou boleto.\n",
                  s=up(short), m=f"***.{g.d(3)}.{g.d(3)}-**", d=g.date("br", 2025))
    return doc


def fi_caucao(g: Gen) -> Doc:
    """Security-deposit (caução) ledger of a rental agency and one refund e-mail."""
    doc = Doc()
    imob = g.pick(IMOBS)
    own = g.person()
    doc.f("«im» — CONTROLE DE CAUÇÕES (poupança vinculada)   posição em «d»   resp.: «o»\n\n", im=imob.upper(), d=g.date("br", 2025),
          o=P(own.short))
    rows = []
    people = []
    for _ in range(g.ri(3, 5)):
        c = g.person()
        people.append(c)
        yd = g.ri(2019, 2024)
        stt = g.pick(["ativa", "ativa", "devolver", "devolvida", "retida parcial"])
        dest: tuple
        if stt in ("devolver", "devolvida", "retida parcial"):
            dest = g.pick([(g.uuid(), "PIX_KEY"), (g.email(c), "EMAIL_ADDRESS"), (g.cpf("raw"), "BR_CPF")])
        else:
            dest = ("", None)
        rows.append([V(f"{g.d(4)}/{yd}"), P(g.pick([c.full, c.caps])), (g.cpf(), "BR_CPF"), (g.address(), "ADDRESS"),
                     V(g.money(1500, 12000)), V(g.date("br", yd)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(stt), dest])
    table_md(doc, ["contrato", "locatário", "cpf", "imóvel", "caução R$", "depósito", "ag. poup.", "conta poup.", "situação", "chave Pix p/ devolução"], rows)
    c = people[0]
    snd = g.person()
    dom = IMOB_DOM[imob]
    vv = [g.ri(300000, 900000), g.ri(4000, 60000), g.ri(30000, 180000), g.ri(2000, 30000)]
    doc.f("\n---------- e-mail enviado ----------\nDe: «s» <«se»>\nPara: «ce»\nAssunto: Devolução de caução — «ad»\n\n"
          "Olá, «cf»! Concluímos a vistoria de saída em «dv». Segue o acerto da caução:\n\n"
          "  caução corrigida (poupança) ......... R$ «v1»\n  (-) conta de luz em aberto ......... R$ «v2»\n"
          "  (-) pintura (orçamento «orc») ...... R$ «v3»\n  (-) conta de água (SAAE) ........... R$ «v4»\n  = saldo a devolver ................. R$ «v5»\n\n",
          s=P(snd.full), se=(corp_mail(snd, dom), "EMAIL_ADDRESS"), ce=(g.email(c), "EMAIL_ADDRESS"), ad=(rows[0][3][0], "ADDRESS"),
          cf=P(c.first), dv=g.date("br", 2025), v1=brl(vv[0]), v2=brl(vv[1]), orc=g.pick(["Pinturas Branco", "Tintas Aurora", "Bento pintor"]),
          v3=brl(vv[2]), v4=brl(vv[3]), v5=brl(vv[0] - vv[1] - vv[2] - vv[3]))
    k = g.ri(0, 1)
    if k == 0:
        doc.f("O crédito será feito via Pix na chave aleatória que você informou: «px». Pode confirmar se a titularidade é sua?\n",
              px=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Como a chave Pix informada é de terceiro («tn»), precisamos que nos passe uma conta em seu nome: banco, agência e conta.\n",
              tn=P(g.relative(c).full))
    doc.f("\nAtt.,\n«s»\nDepartamento de Locação — «im»\n", s=P(snd.first), im=imob)
    return doc


def fi_fianca(g: Gen) -> Doc:
    """Tenant credit analysis for a guarantee (fiança / seguro-fiança)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    an = g.person()
    doc.f("ANÁLISE CADASTRAL — LOCAÇÃO RESIDENCIAL   Nº «n»   «d»\nProduto: «pr»\n\nPRETENDENTE\nNome: «cn»\nCPF: «cpf»   "
          "Nascimento: «dob»   RG: «rg»\nTítulo de eleitor: «te»\nRenda declarada: R$ «rd»   Renda comprovada: R$ «rc» («fc»)\n"
          "Empregador: «em» — CNPJ «ecnpj»\n\n",
          n=g.d(7), d=g.date("br", 2025), pr=g.pick(["Seguro-fiança Essencial", "Fiança locatícia tradicional", "Título de capitalização"]),
          cn=P(c.caps if g.chance(0.5) else c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else V("não informado"),
          rd=g.money(2000, 15000), rc=g.money(1500, 12000), fc=g.pick(["holerite", "extrato", "IRPF", "pró-labore"]),
          em=g.pick(["Celuz Distribuidora de Energia S.A.", "Supermercados Prudente Ltda", "Aurora Telecom S.A.", "Clínica Vitória Ltda",
                     "Haddad & Saad Comércio"]), ecnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"))
    doc.f("CONSULTAS (bureau)\nScore: «sc»/1000   Faixa de risco: «fx»\nRestrições: «k»\n", sc=g.ri(210, 940), fx=g.pick(["A", "B", "C", "D"]),
          k=(kk := g.ri(0, 3)))
    for _ in range(kk):
        doc.f("  - credor «cr» — R$ «v» — incluído em «d» — contrato «ct»\n", cr=g.pick(TELCOS + DISTRIB + ["Banco Vitória S.A."]),
              v=g.money(60, 3000), d=g.date("br", g.ri(2021, 2025)), ct=g.d(10) if g.chance(0.6) else N(g.neg(11)))
    if g.chance(0.5):
        sp = g.relative(c, female=not c.female)
        doc.f("Cônjuge (compõe renda): «sn», CPF «sc», nasc. «sd»\n", sn=P(sp.full), sc=(g.cpf(), "BR_CPF"),
              sd=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        fi = g.person()
        doc.f("\nFIADOR\nNome: «fn»   CPF: «fc»   Tel.: «ft»\nImóvel em garantia: «fa», CEP «fcep» (matrícula «mt», «k»º CRI de «city»)\n",
              fn=P(fi.full), fc=(g.cpf(), "BR_CPF"), ft=(g.phone(), "PHONE_NUMBER"), fa=(g.address(), "ADDRESS"),
              fcep=(g.cep(), "BR_CEP"), mt=f"{g.ri(1, 99)}.{g.d(3)}", k=g.ri(1, 3), city=city)
    doc.f("\nPARECER: «p»\nAnalista: «an» («ae»)\n",
          p=g.pick(["APROVADO — comprometimento de renda 28%", "APROVADO COM RESSALVA — exigir 1 fiador adicional",
                    "REPROVADO — restrição com concessionária de energia em aberto", "PENDENTE — enviar comprovante de residência (conta de luz)"]),
          an=P(an.full), ae=(corp_mail(an, g.pick(["segurofianca.com.br", "bentoamado.com.br", "analise.imob.br"])), "EMAIL_ADDRESS"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """A landlord's monthly payout statement from the rental agency."""
    doc = Doc()
    imob = g.pick(IMOBS)
    pr = g.person()
    cm = g.ri(1, 11)
    comp = f"{cm:02d}/2025"
    doc.f("«im»\nEXTRATO DE REPASSE AO PROPRIETÁRIO — competência «cp»\n\nProprietári«o»: «pn»\nCPF: «cpf»\n",
          im=imob.upper(), cp=comp, o=pr.o, pn=P(pr.full), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("Conta para crédito: banco «bk», ag. «ag», c/c «cc»\n", bk=g.pick(["001", "237", "341", "104", "748", "756"]),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pix para crédito: «px»\n", px=(g.uuid(), "PIX_KEY"))
    total = 0
    for i in range(g.ri(2, 3)):
        ten = g.person()
        al = g.ri(70000, 450000)
        adm = al * 8 // 100
        iptu = g.ri(3000, 30000)
        net = al - adm - iptu
        total += net
        m = lambda v: f"{v // 100:,}".replace(",", ".") + f",{v % 100:02d}"
        doc.f("\nImóvel «i»: «ad» — locatári«o» «tn»\n  aluguel recebido em «dr» ........ R$ «al»\n  (-) taxa de administração 8% ... R$ «adm»\n"
              "  (-) IPTU parcela «pi»/10 ........ R$ «ip»\n  líquido ........................ R$ «net»\n",
              i=i + 1, ad=(g.address(), "ADDRESS"), o=ten.o, tn=P(g.pick([ten.full, ten.short, ten.caps])), dr=f"{g.ri(1, 15):02d}/{cm:02d}/2025",
              al=m(al), adm=m(adm), pi=g.ri(1, 10), ip=m(iptu), net=m(net))
        if g.chance(0.3):
            doc.f("  obs.: locatário pagou com atraso; conta de luz transferida p/ o nome del«e» em «d» (UC «uc»)\n",
                  e="a" if ten.female else "e", d=g.date("br", 2025), uc=N(g.neg(11)))
    ger = g.person()
    doc.f("\nTOTAL A REPASSAR: R$ «t»   Crédito previsto: «d»\nDúvidas: «g», gerente de contas — «ge»\nIR: informe de rendimentos anual "
          "enviado para «pe».\n",
          t=f"{total // 100:,}".replace(",", ".") + f",{total % 100:02d}", d=f"{g.ri(5, 12):02d}/{cm + 1:02d}/2025", g=P(ger.full),
          ge=(corp_mail(ger, IMOB_DOM[imob]), "EMAIL_ADDRESS"), pe=(g.email(pr), "EMAIL_ADDRESS"))
    return doc


def fi_debito(g: Gen) -> Doc:
    """Direct-debit and recurring-card enrolment file of a telecom (pipe-delimited export)."""
    doc = Doc()
    telco = g.pick(TELCOS)
    doc.f("# «tc» — adesões débito automático / cartão recorrente — lote «l» — «d»\n# layout v«v»: TIPO|COD_CLIENTE|NOME|CPF_CNPJ|BANCO|AGENCIA|CONTA|CARTAO|VALIDADE|DT_NASC|EMAIL|CANAL\n",
          tc=telco, l=g.d(6), d=g.date("iso", 2025), v=f"{g.ri(1, 3)}.{g.ri(0, 9)}")
    for _ in range(g.ri(4, 6)):
        c = g.person()
        card = g.chance(0.45)
        pj = g.chance(0.12)
        doc.f("«tp»|«cc»|", tp="CC" if card else "DA", cc=g.d(9))
        if pj:
            doc.t(g.pick(["SALAO FLOR DE LIS LTDA", "MERCADINHO SAO BENTO", "AMADO & ROSA CONTABILIDADE", "OFICINA DO BRANCO ME"]) + "|")
            doc.e(g.cnpj("raw", alnum=g.chance(0.4)), "BR_CNPJ")
        else:
            doc.e(g.pick([c.caps, c.caps, c.full]), "PERSON")
            doc.t("|")
            doc.e(g.cpf("raw"), "BR_CPF")
        doc.t("|")
        if card:
            doc.t("|||")
            doc.e(g.card(False), "CREDIT_CARD")
            doc.t(f"|{g.ri(1, 12):02d}{g.ri(26, 33)}|")
        else:
            doc.t(g.pick(["001", "104", "237", "341", "033", "756", "748"]) + "|")
            doc.e(g.agency(False), "BANK_ACCOUNT")
            doc.t("|")
            doc.e(g.account(), "BANK_ACCOUNT")
            doc.t("|||")
        if g.chance(0.6) and not pj:
            doc.e(g.dob("compact"), "DATE_OF_BIRTH")
        doc.t("|")
        if g.chance(0.75) and not pj:
            doc.e(g.email(c), "EMAIL_ADDRESS")
        doc.t("|" + g.pick(["APP", "LOJA", "URA", "SITE", "TELEVENDAS"]) + "\n")
    doc.f("# total de registros: ok · enviado ao banco por «lg» (job batch_da_«h»)\n# «x»\n", lg="svc_cobranca", h=g.hexs(6),
          x=g.pick(["reprocessar rejeitados do lote anterior (agência inválida)", "cartões mascarados no espelho enviado ao BI",
                    "conferido por " + "«p»"]))
    if doc.text.endswith("«p»\n"):
        doc.text = doc.text[:-4]
        doc.e(g.person().short, "PERSON")
        doc.t("\n")
    return doc


def fi_negativ(g: Gen) -> Doc:
    """Negative-credit batch to a credit bureau, fixed-width layout (H / D / T records)."""
    doc = Doc()
    comp = g.pick(DISTRIB + TELCOS + SANEAM)
    n = g.ri(4, 6)
    doc.f("H«cnpj»«nm»«d»«seq»\n", cnpj=(g.cnpj("raw"), "BR_CNPJ"), nm=up(comp)[:40].ljust(40), d=g.date("compact", 2025), seq=g.d(6))
    for i in range(n):
        c = g.person()
        pj = g.chance(0.12)
        doc.t("D")
        doc.t("J" if pj else "F")
        if pj:
            doc.cell(g.cnpj("raw", alnum=g.chance(0.4)), 14, "BR_CNPJ")
            doc.cell(g.pick(["MERCADINHO PRUDENTE LTDA", "BAR DO BRANCO ME", "PADARIA LUZ DO DIA LTDA", "OFICINA SAO BENTO"]), 40)
            doc.cell("", 8)
        else:
            doc.cell(g.cpf_digits().rjust(14, "0"), 14, "BR_CPF")
            doc.cell(c.caps, 40, "PERSON")
            doc.cell(g.dob("ddmmyyyy"), 8, "DATE_OF_BIRTH")
        t, name, num, comp_ = g.street_parts()
        doc.cell(up(f"{STREET_ABBR.get(t, t)} {name}"), 40, "ADDRESS")
        doc.cell("SN" if num == "s/n" else num.rjust(6, "0"), 6)
        doc.cell(up(comp_), 15)
        doc.cell(up(g.pick(BAIRROS)), 20)
        city, uf = g.city()
        doc.cell(up(city), 25)
        doc.cell(uf, 2)
        doc.cell(g.cep(False), 8, "BR_CEP")
        doc.cell(str(g.ri(5000, 900000)).rjust(13, "0"), 13)
        doc.cell(g.date("compact", g.ri(2023, 2025)), 8)
        doc.cell(g.d(12), 20)
        doc.t("\n")
    doc.f("T«n»«tot»\n", n=str(n).rjust(6, "0"), tot=str(g.ri(100000, 9000000)).rjust(15, "0"))
    an = g.person()
    doc.f("\n-- layout: CPF com zeros à esquerda (14 pos.), nascimento DDMMAAAA, valor em centavos. Conferido por «a» em «d»; "
          "«k» registro(s) retido(s): «r».\n", a=P(an.short), d=g.date("br", 2025), k=1,
          r=g.pick(["cliente eletrodependente — não negativar sem aval do jurídico", "débito em discussão judicial (processo " + g.cnj() + ")",
                    "CPF " + "«bad»" + " inválido na origem"]))
    if "«bad»" in doc.text:
        i = doc.text.index("«bad»")
        tail = doc.text[i + 5:]
        doc.text = doc.text[:i]
        bad = g.bad_cpf("raw")
        doc.negs.append(bad)
        doc.t(bad + tail)
    return doc


TEMPLATES = {
    "atendimento": [at_os, at_leitura, at_anatel, at_titular, at_chat, at_corte, at_ficha],
    "juridico": [ju_despejo, ju_sentenca, ju_audiencia, ju_notificacao, ju_planilha, ju_contrato, ju_toi],
    "saude": [sa_eletrodep, sa_laudo, sa_homecare, sa_leito, sa_prioridade, sa_ouvidoria, sa_tarifa],
    "financeiro": [fi_reneg, fi_cobranca, fi_caucao, fi_fianca, fi_repasse, fi_debito, fi_negativ],
}


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits[-11:]) and len(digits.lstrip("0")) <= 11 and len(digits) in (11, 14), (record["id"], v)
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
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CREA|CRESS|CRECI)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    assert "«" not in text, (record["id"], text[text.index("«") - 40:text.index("«") + 40])
    for n in negs:
        assert n in text, (record["id"], n)
        dn = re.sub(r"\D", "", n)
        assert len(dn) == 11 and not cpf_ok(dn), (record["id"], n)
        # a hard negative must not sit inside a gold span
        for m in re.finditer(re.escape(n), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)


def build() -> list[dict]:
    global COPY
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                COPY = copy
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
                if w.lower() in PARTICLES:
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
