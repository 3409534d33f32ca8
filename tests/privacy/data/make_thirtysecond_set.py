"""Build the thirty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 32,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: agribusiness and rural life, the way personal data
sits in cooperatives, rural credit unions and banks, agronomists' and veterinarians' work and
rural public services (sindicatos, Emater, defesa agropecuária, rural health posts, CEREST),
with the lower case, abbreviations and audio transcriptions of producers' WhatsApp groups,
the ALL CAPS of scale-house and registry systems, and the formal Portuguese of notaries,
courts and credit notes.
- atendimento: grain delivery tickets of a cooperative's receiving unit (romaneios: a fixed
  width report in even copies, a semicolon CSV export in odd copies; truck plates, drivers,
  the grader's notes below), a cooperative member admission form (spouse, property, CAR and
  CCIR, account and random Pix key for the production payments), a WhatsApp group of
  producers and the cooperative's technicians (lower case, "[áudio transcrito]"), a CAF
  (former DAP, Pronaf) extract of a family farming unit with the union's counter notes, an
  e-mail from a surveying office with the CAR receipt, CCIR and ITR data after a
  rectification, an agronomist's field-visit report with the agronomic prescription and its
  ART, a complaint ticket at the cooperative's SAC about a moisture discount or a wrong input
  delivery, with the reply.
- juridico: a petition for special rural adverse possession (usucapião especial rural:
  plaintiffs, neighbours, witnesses, surveyor), a rural lease contract (arrendamento, paid in
  bags of soybeans, e-signature log), a rural labour inspection report with the list of
  workers found, a police report on a moved boundary fence followed by the lawyer's
  extrajudicial notice, a labour court hearing record (rural worker against a farmer,
  settlement paid to an account or a random Pix key), a notarial deed of sale of a rural
  property (CCIR, NIRF, CAR, SIGEF certification), a law firm's spreadsheet of CPR and rural
  credit executions (semicolon CSV) with the covering e-mail.
- saude: a SINAN investigation form of exogenous (pesticide) poisoning, an e-SUS record of a
  rural health post (SOAP, ACS home visit), a veterinarian's brucellosis vaccination
  certificate (CRMV; calves named and dated), an animal transit guide (e-GTA) with the truck
  and driver and the loading messages, the municipal health van's passenger list (semicolon
  CSV), a CEREST investigation of collective poisoning by aerial spray drift, an e-mail of a
  rural workers' union sending members to cholinesterase exams, with the lab's results.
- financeiro: a Pronaf rural credit proposal at a credit cooperative (guarantor, technical
  assistance, app log), a CPR (cédula de produto rural) with guarantees and an e-signature
  log, a member's current-account statement at the cooperative with the payment e-mail
  thread, a payroll of seasonal harvest workers (safristas: PIS, Pix keys, accounts), the
  collection log of overdue rural credit installments (WhatsApp, audio transcription, visit,
  renegotiation), an agronomist's inspection report of a financed crop (fiscalização, MCR),
  a Proagro loss notice with the expert's summary and the payment.
Phone numbers mostly carry the DDD of the document's state; dates inside a document are kept in
order (symptoms before notification, vaccination after the calves' birth, hearing before the
first instalment), and ages agree with birth dates.

Conventions (the twentieth set's, as the thirtieth states them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "D.", "dona", "seu", "Eng. Agr.", "Vet.", "MV"; particles
inside a name are part of it; "SURNAME, GIVEN" is one span; nicknames and vulgos ("Zé",
"Tonho", "Luizinho", "Zé Baiano", "CHIMANGO", and "Alemão" or "Gringo" when they stand for a
person: "a oficina do Alemão") and first names alone, capitalised, lower case or in capitals,
are persons. Producers, drivers, graders, technicians, agronomists, veterinarians, attendants, managers, lawyers, judges, notaries, auditors, doctors, nurses and
community health agents named in the text are persons; logins (bal_gpiovesan, the adv_resp
column of a spreadsheet when it holds logins), scale-house users and system accounts are not.
Names of animals (the calves "Aurora", "Vitória", "Flor" in a vaccination certificate) are not
persons. A WhatsApp export shows a member either by profile name (PERSON; titles and
tags such as "Eng. Agr.", "(Coop)" and emoji outside) or by number (PHONE_NUMBER).
People's e-mail addresses, corporate and public-body ones included, are EMAIL_ADDRESS; role
mailboxes (sac@, credito@, laboratorio@, cerest@) are not labelled. ADDRESS is road type +
name + number + complement in one span. New here: rural roads count as street types
("Linha Tigre, lote 45", "Linha 184, lote 12, gleba 05", "Estrada Municipal do Cascalho,
km 8", "Ramal do Jacu, km 6", "Travessão Santa Rita, s/n", "Rodovia MT-130, km 42"), and the
span holds road, number or km and lot/gleba; the property's name (Sítio Santa Rosa, Fazenda
Boa Esperança), "zona rural", the community, bairro, city and UF stay outside, and CEP is
BR_CEP. The road + km of a natural person's farm is an ADDRESS; a cooperative's, company's,
public body's or law office's address is not labelled, nor is a place named without a number
("no trevo da Linha Tigre", "na capela São Bento", "com a Estrada Velha de Castro (servidão
pública)", "na esquina da Vereador Olmiro Toigo"). Where a form or CSV splits street and
number, only the street field is an ADDRESS span; fixed-width layouts cut long names at the
field width and the cut value is labelled as it stands. Agency and account are separate
BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for people's birth dates;
delivery, visit, vaccination, admission, hearing and due dates are not, and neither are the
birth dates of animals (calves in the vaccination certificate). PROFESSIONAL_ID includes
the council acronym and UF: CREA (agronomists, surveyors), CRMV (veterinarians), CRM, COREN,
OAB and CRC (accountants); ART numbers, SIAPE registrations of labour inspectors and the
official-service registration of a veterinarian are not labelled. NIS / NIT numbers are
BR_PIS. A CNPJ is BR_CNPJ wherever it appears (cooperatives and companies included). Truck,
trailer, tractor, bus and health-van plates are LICENSE_PLATE; aircraft registrations (PS-JEU)
are not. IPv4 addresses in e-signature and app logs are IP_ADDRESS. PIX_KEY only for random (UUID) keys; a
Pix key that is a CPF, e-mail or phone takes that label; SIGEF certification codes and
e-signature document ids, though UUIDs, are not labelled. Masked values (asterisks), CAR registration codes, CCIR / INCRA codes, NIRF, CAF / DAP numbers, state
producer registrations (IE), cooperative member numbers (matrícula), romaneio, ticket, NF,
contract, CPR, GTA, SISBOV and ear-tag numbers, property registry numbers (matrícula do
imóvel), CNES, SINAN numbers, boletim de ocorrência numbers, CNJ process numbers and GPS
coordinates are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional: southern colonial
names such as Loreni, Neuri, Elemar, Adelar, Rudimar, Valdecir, Nelci, and north-eastern
ones such as Expedito, Francinaldo, Adeilton, Erondina; coined names such as Dheniffer,
Uálisson, Thauane; Italian, German, Pomeranian, Dutch, Mennonite, Japanese, Polish and
Ukrainian, Lebanese, Paraguayan, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish,
Korean, Chinese), at least a quarter of the name words rare or invented; names that are
everyday words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Celeste,
Constante, Modesto) next to the same words as words ("Luz para Todos", "conta de luz",
"milho branco", "feijão rosa", "seria prudente", "flor do café") and in places, companies
and animals (Presidente Prudente, Bento Gonçalves, Flor da Serra do Sul, Vitória das
Missões, Cooperativa Aurora do Oeste, Cerealista Prado & Amado, the calf "Aurora"), which are
not persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", short, first
name alone, nickname.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF
check (state producer registrations, scale tickets, SIPRA and livestock-holding codes), ART
numbers, CAR codes, CCIR and NIRF, CAF/DAP numbers, SISBOV numbers, ear tags, GTA series and
numbers, NF numbers, ICD-10 codes (T60.0, T60.3, Z57.4, A27.9, L03.1, I10), money, sacks and
kilos, moisture percentages, protocol, ticket and contract numbers, SIGEF UUIDs, aircraft registrations, laws and rules
(Lei 4.504/1964, Decreto 59.566/1966, Lei 8.929/1994, Lei 5.889/1973, NR-31, MCR 2-6,
Lei 13.709/2018), dates that are not birth dates, company names containing surnames,
streets named after people used as places.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 32
OUT = "thirtysecond"

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
EXT_DAY = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
           "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um", "vinte e dois",
           "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito", "vinte e nove",
           "trinta", "trinta e um"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Maria", "Maria de Lourdes", "Marli", "Neusa", "Sandra", "Cleusa", "Rosângela", "Ivone", "Marlene",
        "Salete", "Terezinha", "Elisângela", "Fernanda", "Juliana", "Camila", "Daiane", "Jaqueline", "Tânia",
        "Luciane", "Adriana", "Simone", "Patrícia", "Aline", "Bruna", "Larissa", "Gabriela", "Natália", "Vanessa",
        "Francisca", "Raimunda", "Antônia", "Josefa", "Sebastiana", "Maria José", "Eliane", "Márcia"]
RARE_F = ["Loreni", "Nelci", "Iracilda", "Lindaura", "Ivanilde", "Marinês", "Noeli", "Gessi", "Dircelene", "Lucimar",
          "Sirlei", "Juçara", "Rosicler", "Genecy", "Ilse", "Dheniffer", "Thauane", "Greicy", "Andrielli", "Taciane",
          "Edinéia", "Fabiula", "Ledi", "Oneide", "Valdete", "Leonilda", "Zulmira", "Erondina", "Gisleine",
          "Jucimara", "Idalina", "Rozeli", "Vilsoni", "Marizete", "Clecí", "Nadir", "Irani", "Elvira Nair"]
PT_M = ["João", "José", "Antônio", "Carlos", "Paulo", "Luiz", "Pedro", "Marcos", "Roberto", "Sérgio", "Jorge",
        "Ricardo", "Rafael", "Eduardo", "Fernando", "Márcio", "Anderson", "Leandro", "Rodrigo", "Daniel", "Gilmar",
        "Valdir", "Ademir", "Claudemir", "Francisco", "Sebastião", "Luiz Carlos", "José Carlos", "Mateus", "Lucas",
        "Vilmar", "Osmar"]
RARE_M = ["Neuri", "Elemar", "Ireno", "Darci", "Rudimar", "Adelar", "Valdecir", "Jocemar", "Ivanor", "Nelsi",
          "Olmiro", "Leodir", "Lauri", "Nilmar", "Jandir", "Lírio", "Arcângelo", "Deonísio", "Genuíno", "Sadi",
          "Volmir", "Alceu", "Expedito", "Damião", "Aurelino", "Olegário", "Francinaldo", "Adeilton", "Gerivaldo",
          "Joselito", "Ednaldo", "Jhonatan Kauê", "Wellerson", "Uálisson", "Tarcísio", "Clodoaldo", "Nestor Ari",
          "Odacir", "Selvino", "Lindomar"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Ribeiro", "Martins", "Alves", "Gomes", "Barbosa", "Rocha", "Moreira", "Cardoso", "Machado", "Fernandes",
          "Mendes", "Nunes", "Teixeira", "Vieira", "Lopes", "Soares", "Dias", "Freitas", "Batista", "Correia"]
RARE_SUR = ["Quevedo", "Brum", "Lemes", "Godinho", "Canabarro", "Taborda", "Bonamigo", "Cadore", "Brustolin", "Dalcin",
            "Tonello", "Zanatta", "Pasqualotto", "Piovesan", "Cenci", "Dall'Agnol", "Schwantes", "Kunz", "Reichert",
            "Mallmann", "Wolschick", "Kleinschmitt", "Puhl", "Sganzerla", "Lazzari", "Boff", "Sausen", "Heck",
            "Ferrazza", "Tochetto", "Marcolin", "Sobreira", "Jucá", "Arrais", "Bezerra Sobral", "Cavalheiro",
            "Chiapetti", "Dalmolin", "Toigo", "Bogoni"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Constante", "Modesto"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Campos", "Prado", "Pinheiro",
            "Cordeiro", "Carneiro", "Coelho", "Leitão", "Videira", "Serra", "Matos"]
NICK = {"José": "Zé", "Antônio": "Tonho", "Sebastiana": "Tiana", "Francisco": "Chico", "Rudimar": "Rudi",
        "Leodir": "Léo", "Genuíno": "Nino", "Expedito": "Pedito", "Aurelino": "Lino", "Joselito": "Lito",
        "Marinês": "Nês", "Terezinha": "Tê", "Lindaura": "Dadá", "Iracilda": "Cilda", "Raimunda": "Mundinha",
        "Josefa": "Zefa", "Antônia": "Toinha", "Maria de Lourdes": "Lurdinha", "Pedro": "Pedrão", "Nelsi": "Nelsinho",
        "Volmir": "Miro", "Carlos": "Carlão", "Gilmar": "Gil", "Sebastião": "Tião", "Luiz Carlos": "Luizinho",
        "José Carlos": "Zeca", "Valdecir": "Cido", "Arcângelo": "Anjo", "Olegário": "Gaio", "Francisca": "Chiquinha",
        "Maria José": "Zezé", "Damião": "Mião", "Adelar": "Dé", "Bento": "Bentinho", "Constante": "Tante"}
FOREIGN = {
    "it": (["Giovana", "Pierina", "Graziela", "Santina"], ["Angelo", "Bortolo", "Primo", "Aldo"],
           ["Zanella", "Bortoli", "Tomazoni", "Andreolla", "Dal Pizzol", "Fontana", "Menegat", "Rigo"]),
    "de": (["Hilda", "Irma", "Elfi", "Ingrid"], ["Egon", "Arno", "Werner", "Lothar"],
           ["Schmitz", "Bohn", "Fuhr", "Hendges", "Lunkes", "Dresch", "Scherer", "Weber"]),
    "pom": (["Elza", "Hilma", "Adelina"], ["Germano", "Hilário", "Ervino", "Albino"],
            ["Ramlow", "Tesch", "Berger", "Hartwig", "Plaster", "Boening", "Jastrow"]),
    "nl": (["Hendrika", "Geertje", "Wilma"], ["Hendrik", "Willem", "Dirk"],
           ["de Geus", "Groenwold", "Rabbers", "van der Vinne", "Dijkstra", "Borg"]),
    "men": (["Agatha", "Katharina", "Helena"], ["Abram", "Jakob", "Heinrich"],
            ["Dück", "Penner", "Enns", "Friesen", "Wiebe", "Klassen", "Janzen"]),
    "jp": (["Satiko", "Massako", "Yukie", "Tieko"], ["Massao", "Tadashi", "Yoshiaki", "Kazuo"],
           ["Nakamura", "Ueda", "Okamoto", "Kobayashi", "Yamaguti", "Fujisawa", "Hirata"]),
    "pl": (["Jadwiga", "Halina", "Stefania", "Olga"], ["Casimiro", "Estanislau", "Miroslau", "Vladimir"],
           ["Kowalski", "Wisniewski", "Hrynkiw", "Oliynyk", "Dziedzic", "Kachuba", "Zaleski", "Burko"]),
    "lb": (["Jamile", "Samia", "Nadia"], ["Salim", "Nagib", "Fuad"], ["Abib", "Chaim", "Daher", "Curi", "Nasser"]),
    "py": (["Ramona", "Librada", "Nidia", "Zunilda"], ["Celestino", "Ramón", "Eladio", "Lucio"],
           ["Benítez", "Giménez", "Ayala", "Villalba", "Ortiz Cáceres", "Duarte Insfrán"]),
    "bo": (["Eulalia", "Justina", "Wara"], ["Wilfredo", "Teófilo", "Ruperto"], ["Quispe", "Mamani", "Condori", "Flores Apaza"]),
    "ht": (["Mirlande", "Ketia", "Rosemène"], ["Wilguens", "Dieuseul", "Fritzner"],
           ["Saint-Fleur", "Délice", "Jean-Louis", "Dorélus", "Augustin"]),
    "sn": (["Fatou", "Aïssatou", "Coumba"], ["Moussa", "Ibrahima", "Alioune"], ["Diallo", "Sarr", "Diouf", "Kane"]),
    "ao": (["Ngueza", "Nsimba", "Kiame"], ["Kalei", "Mpanzu", "Ndonga"], ["Kipungo", "Lundoloqui", "Mbunga", "Kanda"]),
    "ind": (["Potira", "Jaci", "Tainara", "Kunhã Poty"], ["Arakuã", "Ubiratã", "Poti", "Tupã"],
            ["Kaiowá", "Terena", "Kaingang", "Xokleng", "Fulni-ô", "Pankararu", "Krenak"]),
    "jw": (["Golda", "Raquel", "Ester"], ["Jacó", "Moisés", "Isaac"], ["Schvartzman", "Averbuch", "Lerner", "Wainstein", "Gutfreind"]),
    "kr": (["Eun-hee", "Ji-yeon"], ["Sang-min", "Young-soo"], ["Kim", "Park", "Cho", "Shin"]),
    "cn": (["Meiling", "Xiu"], ["Jian", "Zhiwei"], ["Chen", "Liu", "Zhang", "Huang"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("pom", "nl", "men", "pl", "py", "bo", "ht", "sn", "ao", "ind", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Bortolo", "Pierina", "Santina", "Zanella", "Tomazoni", "Andreolla", "Dal Pizzol", "Menegat", "Hendges",
             "Lunkes", "Dresch", "Fuhr", "Satiko", "Massako", "Tieko", "Massao", "Yamaguti", "Fujisawa", "Abib", "Chaim"])

PARTICLES = ["da", "de", "do", "das", "dos", "e", "van", "der"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Costa", "Serra", "Flor", "Rocha"}
DO_SUR = {"Prado", "Carmo"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["14", "16", "17", "18", "34", "35", "38", "42", "43", "44", "45", "46", "49", "51", "53", "54", "55", "62",
        "64", "65", "66", "67", "69", "63", "77", "87", "89", "94", "99", "27", "28", "47", "48", "41"]
STREET_TYPES = ["Rua"] * 9 + ["Avenida"] * 3 + ["Travessa", "Travessa", "Alameda", "Praça", "Servidão"]
STREET_NAMES = ["Barão do Rio Branco", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "das Hortênsias",
                "Sete de Setembro", "Tiradentes", "Marechal Floriano", "Duque de Caxias", "Getúlio Vargas",
                "Padre Anchieta", "Pioneiro Adelar Cenci", "Pioneira Lindaura Brum", "dos Colonos", "dos Imigrantes",
                "Frei Rogério", "Irmã Dulce", "Vereador Olmiro Toigo", "Aurora Boreal", "Rosa Amado",
                "Coronel Taborda", "São Bento", "Quinze de Novembro", "Primavera", "das Araucárias", "dos Ipês",
                "Castelo Branco", "Vitória Régia", "Dona Luz Quevedo", "João Pessoa", "Santos Dumont", "Paraná",
                "Bahia", "Mato Grosso", "do Comércio", "Ernesto Dornelles", "Fernando Ferrari", "Anita Garibaldi"]
LINHAS = ["Tigre", "Marfim", "Sete de Setembro", "São Roque", "Bonita", "Cascata", "Santa Lúcia", "Pinhalzinho",
          "Lajeado Rosa", "Flor da Serra", "Barra Grande", "Alto Bonito", "São Pedro", "Dois Irmãos", "Gramado",
          "Aurora", "Passo Fundo Baixo", "Santa Cruz", "Bela Vista", "Consolata", "Sanga Funda", "Três Barras"]
ESTRADAS = ["Municipal do Cascalho", "Geral Rio dos Índios", "Vicinal PRP-040", "Municipal Bento Amado",
            "Geral da Serrinha", "do Pinhal", "Vicinal Aurora-Santa Luzia", "Municipal VCL-020", "da Colônia Witmarsum",
            "Velha de Castro", "Geral Linha Tigre", "do Faxinal dos Prados", "Boiadeira", "do Arroio Grande"]
RAMAIS = ["do Jacu", "Bom Jesus", "da Castanheira", "Três Bocas", "do Limão", "Esperança", "Novo Oriente"]
RODOVIAS = ["MT-130", "MT-242", "GO-174", "BR-163", "PR-182", "PR-317", "RS-344", "BA-463", "MS-156", "SC-283",
            "TO-010", "BR-364", "RO-010", "MA-006", "PI-392"]
CITIES = [("Sorriso", "MT"), ("Lucas do Rio Verde", "MT"), ("Primavera do Leste", "MT"), ("Nova Mutum", "MT"),
          ("Canarana", "MT"), ("Rio Verde", "GO"), ("Jataí", "GO"), ("Cascavel", "PR"), ("Toledo", "PR"),
          ("Castro", "PR"), ("Pato Branco", "PR"), ("Flor da Serra do Sul", "PR"), ("Palmeira", "PR"),
          ("Chapecó", "SC"), ("Concórdia", "SC"), ("São Miguel do Oeste", "SC"), ("Erechim", "RS"),
          ("Passo Fundo", "RS"), ("Santa Rosa", "RS"), ("Ijuí", "RS"), ("Frederico Westphalen", "RS"),
          ("Vitória das Missões", "RS"), ("Bento Gonçalves", "RS"), ("Dourados", "MS"), ("Maracaju", "MS"),
          ("Luís Eduardo Magalhães", "BA"), ("Barreiras", "BA"), ("Balsas", "MA"), ("Uruçuí", "PI"),
          ("Petrolina", "PE"), ("Unaí", "MG"), ("Patos de Minas", "MG"), ("Presidente Prudente", "SP"),
          ("Holambra", "SP"), ("Santa Maria de Jetibá", "ES"), ("Ji-Paraná", "RO"), ("Cacoal", "RO"),
          ("Paragominas", "PA"), ("Araguaína", "TO"), ("Quixadá", "CE")]
TR = {"AC": 1, "AL": 2, "AP": 3, "AM": 4, "BA": 5, "CE": 6, "DF": 7, "ES": 8, "GO": 9, "MA": 10, "MT": 11, "MS": 12,
      "MG": 13, "PA": 14, "PB": 15, "PR": 16, "PE": 17, "PI": 18, "RJ": 19, "RN": 20, "RS": 21, "RO": 22, "RR": 23,
      "SC": 24, "SE": 25, "SP": 26, "TO": 27}
UF_DDD = {"SP": ["11", "14", "16", "17", "18", "19"], "RJ": ["21", "22", "24"], "ES": ["27", "28"],
          "MG": ["31", "34", "35", "37", "38"], "PR": ["41", "42", "43", "44", "45", "46"], "SC": ["47", "48", "49"],
          "RS": ["51", "53", "54", "55"], "GO": ["62", "64"], "TO": ["63"], "MT": ["65", "66"], "MS": ["67"], "RO": ["69"],
          "BA": ["71", "73", "74", "75", "77"], "PE": ["81", "87"], "CE": ["85", "88"], "PI": ["86", "89"],
          "PA": ["91", "93", "94"], "MA": ["98", "99"]}
CAPITAL = {"SP": "São Paulo", "ES": "Vitória", "MG": "Belo Horizonte", "PR": "Curitiba", "SC": "Florianópolis",
           "RS": "Porto Alegre", "GO": "Goiânia", "TO": "Palmas", "MT": "Cuiabá", "MS": "Campo Grande", "RO": "Porto Velho",
           "BA": "Salvador", "PE": "Recife", "CE": "Fortaleza", "PI": "Teresina", "PA": "Belém", "MA": "São Luís"}
BR_ROADS = ["BR-163", "BR-364", "BR-158", "BR-282", "BR-153", "BR-020", "BR-135", "BR-116", "BR-277", "BR-369", "BR-070"]
TRT = {"SP": 15, "RS": 4, "PR": 9, "SC": 12, "MT": 23, "MS": 24, "GO": 18, "BA": 5, "MA": 16, "PI": 22, "PE": 6,
       "MG": 3, "ES": 17, "RO": 14, "PA": 8, "TO": 10, "CE": 7}
IBGE = {"MT": "51", "GO": "52", "PR": "41", "SC": "42", "RS": "43", "MS": "50", "BA": "29", "MA": "21", "PI": "22",
        "PE": "26", "MG": "31", "SP": "35", "ES": "32", "RO": "11", "PA": "15", "TO": "17", "CE": "23"}
COMUNIDADES = ["Linha Tigre", "São Roque", "Capela Santa Lúcia", "Assentamento Eldorado", "Distrito de Flor da Serra",
               "Colônia Witmarsum", "Comunidade Bom Jesus", "Faxinal dos Prados", "Vila Rural Aurora", "Barra Grande",
               "Reassentamento São Francisco", "Comunidade Luz do Campo"]
PROPS = ["Sítio Santa Rosa", "Fazenda Boa Esperança", "Sítio Recanto da Flor", "Fazenda São Bento", "Chácara Dois Irmãos",
         "Sítio Bom Jesus", "Fazenda Aurora", "Sítio Três Marias", "Fazenda Vitória", "Sítio Nossa Senhora Aparecida",
         "Fazenda Rio Branco", "Sítio Pinheirinho", "Estância Santa Clara", "Fazenda Prado Verde", "Sítio Luz do Sol",
         "Fazenda Água Limpa", "Sítio Alvorada", "Fazenda Santa Luzia", "Sítio Bela Vista", "Fazenda Ouro Verde"]
COOPS = [("Cooperativa Agroindustrial Aurora do Oeste", "Coopaurora", "coopaurora.com.br"),
         ("Cooperativa Agropecuária Luz do Campo", "Coopluz", "coopluz.coop.br"),
         ("Cooperativa Agrícola Mista Flor da Serra", "Cooperflor", "cooperflor.com.br"),
         ("Cooperativa dos Produtores do Vale Branco", "Coopervale", "coopervale.agr.br"),
         ("Cooperativa Agrária Witmarsum Prado", "Coopwit", "coopwit.com.br"),
         ("Cooperativa Mista Vitória das Missões", "Comivi", "comivi.coop.br")]
CREDCOOPS = [("Credaurora — Cooperativa de Crédito Rural Aurora", "Credaurora", "credaurora.com.br"),
             ("Credicampo Vale Branco", "Credicampo", "credicampo.coop.br"),
             ("Cooperativa de Crédito Solidário Flor da Serra", "Credflor", "credflor.coop.br"),
             ("Banco Prudente S.A.", "Banco Prudente", "bancoprudente.com.br")]
TRADINGS = ["Zanatta Grãos S.A.", "Cerealista Prado & Amado Ltda", "Armazéns Gerais Piovesan S.A.",
            "Agropecuária Kowalski Ltda", "Trading Bento Agro Exportadora S.A.", "Sementes Dalcin & Filhos Ltda",
            "Fertilizantes Rosa dos Ventos Ltda", "Agrícola Nakamura Comércio de Insumos Ltda"]
BANKS = ["001", "104", "748", "756", "237", "341", "033", "085", "133"]
CIDS_AGRO = ["T60.0", "T60.1", "T60.3", "T60.9", "Z57.4", "X48", "Y18", "T65.9"]
CULTURAS = ["soja", "milho", "milho safrinha", "trigo", "feijão", "café", "fumo", "arroz", "algodão", "maçã", "laranja"]
AGROTOX = [("glifosato", "Roundup Original DI"), ("paraquate", "Gramoxone 200"), ("clorpirifós", "Lorsban 480 BR"),
           ("2,4-D", "DMA 806 BR"), ("mancozebe", "Dithane NT"), ("acefato", "Orthene 750 BR"),
           ("metomil", "Lannate BR"), ("atrazina", "Primóleo"), ("tebuconazol", "Folicur 200 EC"),
           ("imidacloprido", "Evidence 700 WG"), ("fipronil", "Regent 800 WG"), ("carbendazim", "Derosal 500 SC")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.cpfd: str | None = None
        self.mail: str | None = None

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria d", "Maria J", "Ana M", "Kunhã", "Jorge E")):
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


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "capsshort": up(p.short), "lowshort": fold(p.short).lower(), "capsfirst": up(p.first),
            "lownick": fold(p.nick).lower()}[form]


def near_city(g: "Gen", uf: str) -> str:
    same = [c for c, u in CITIES if u == uf]
    return g.pick(same + [CAPITAL.get(uf, "Curitiba")])


def em_prop(prop: str) -> str:
    """'na Fazenda X' / 'no Sítio X'."""
    return ("na " if prop.split()[0] in ("Fazenda", "Estância", "Chácara") else "no ") + prop


def de_prop(prop: str) -> str:
    return ("da " if prop.split()[0] in ("Fazenda", "Estância", "Chácara") else "do ") + prop


def ds(d: dt.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.uf: str | None = None

    def day(self, lo: str = "2025-01-02", hi: str = "2025-11-28") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.rng.randint(0, (b - a).days))

    def plus(self, d: dt.date, lo: int, hi: int) -> dt.date:
        return d + dt.timedelta(days=self.rng.randint(lo, hi))

    def born(self, lo: int = 1940, hi: int = 2005) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def pcpf(self, p: "Person", style: str | None = None) -> str:
        """The person's own CPF (the same digits wherever the document repeats it)."""
        if p.cpfd is None:
            p.cpfd = self.cpf_digits()
        n = p.cpfd
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return fmt_cpf(n) if style == "dot" else n

    def pemail(self, p: "Person", domain: str | None = None) -> str:
        if p.mail is None:
            p.mail = self.email(p, domain)
        return p.mail

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
        if r < 0.54:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
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
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.3:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def spouse(self, of: Person) -> Person:
        """A spouse: the wife usually adds the husband's last surname."""
        p = self.person(female=not of.female)
        if p.female and self.chance(0.7):
            keep = [s for s in p.surnames if s not in SUFFIXES][:2]
            return Person(p.given, [s for s in keep if s != of.last] + [of.last], True)
        return p

    def child(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        given = self.pick((RARE_F + PT_F + WORD_F) if female else (RARE_M + PT_M + WORD_M))
        sur = [s for s in of.surnames if s not in SUFFIXES]
        return Person(given, sur[-2:] if len(sur) > 1 and self.chance(0.5) else sur[-1:], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(60, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}{self.rng.randint(1960, 2005)}", f"sitio{l}", f"{f}.agro", f"{f}{l}.agro"])
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
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003", "0014", "0027"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        """SP-like RG with its check digit, or the shapes of the southern states (RS, PR, SC, MT)."""
        style = style or self.pick(["dot", "dot", "raw", "rs", "pr", "sc", "mt"])
        if style in ("dot", "raw"):
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n
        if style == "rs":
            return str(self.ri(1, 9)) + self.d(9)
        if style == "pr":
            return f"{self.ri(1, 9)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"
        if style == "sc":
            return f"{self.ri(1, 7)}.{self.d(3)}.{self.d(3)}"
        return f"{self.d(7)}-{self.d(1)}"

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

    def cep(self, dash: bool | None = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        if dash is None:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True, ddd: str | None = None) -> str:
        if ddd is None:
            ddd = self.pick(UF_DDD[self.uf]) if self.uf in UF_DDD and self.chance(0.75) else self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}", "local": f"{h}-{t}", "dot": f"{ddd}.{h}.{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

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
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                              f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"])
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 170, 45, 131, 143, 152])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ----------------------------------------------------------------- places
    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 9)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"sala {self.ri(1, 20)}"])
        return t, name, num, comp

    def urban(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            ab = {"Rua": "R", "Avenida": "AV", "Travessa": "TV", "Alameda": "AL", "Praça": "PC", "Servidão": "SERV"}
            return up(f"{ab.get(t, t)} {name} " + ("S/N" if num == "s/n" else num) + (f" {comp}" if comp else ""))
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv"}
            return fold(f"{ab.get(t, t)} {name} " + ("sn" if num == "s/n" else num) + (f" {comp}" if comp else "")).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.25) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", ", ", nº ", " "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def rural(self, style: str = "text") -> str:
        """A rural road address: road type + name + number/km + lot; the property's name stays outside."""
        k = self.ri(0, 6)
        if k in (0, 1):
            s = f"Linha {self.pick(LINHAS)}, " + self.pick([f"lote {self.ri(1, 140)}", "s/n", f"nº {self.ri(10, 2500)}",
                                                            f"km {self.ri(1, 18)}", f"lote {self.ri(1, 90)}, gleba {self.ri(1, 12):02d}"])
        elif k == 2:
            s = f"Linha {self.ri(1, 200)}, lote {self.ri(1, 90)}, gleba {self.ri(1, 12):02d}"
        elif k == 3:
            s = f"Estrada {self.pick(ESTRADAS)}, " + self.pick([f"km {self.ri(1, 40)}", f"km {self.ri(1, 30)},{self.ri(1, 9)}",
                                                                 "s/n", f"nº {self.ri(100, 9000)}"])
        elif k == 4:
            road = self.pick(RODOVIAS) if not self.uf else self.pick([f"{self.uf}-{self.ri(10, 499):03d}", self.pick(BR_ROADS)])
            s = f"Rodovia {road}, km {self.ri(2, 780)}" + self.pick(["", "", f", lote {self.ri(1, 60)}"])
        elif k == 5:
            s = f"Ramal {self.pick(RAMAIS)}, km {self.ri(1, 60)}" + self.pick(["", f", lote {self.ri(1, 80)}"])
        else:
            s = self.pick(["Travessão Santa Rita", "Travessão Bonito", "Corredor dos Tropeiros", "Corredor do Sossego",
                           "Travessão Leopoldina"]) + ", " + self.pick(["s/n", f"nº {self.ri(10, 999)}", f"km {self.ri(1, 12)}"])
        if style == "caps":
            return up(s).replace(",", "").replace("Nº ", "")
        if style == "low":
            return fold(s).lower().replace(",", "")
        return s

    def address(self, style: str = "text", rural: float = 0.6) -> str:
        return self.rural(style) if self.chance(rural) else self.urban(style)

    def city(self) -> tuple[str, str]:
        c = self.pick(CITIES)
        self.uf = c[1]
        return c

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(5, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        return brl(v)

    def cnj(self, uf: str | None = None, justice: str = "8") -> str:
        uf = uf or self.pick(sorted(TR))
        if justice == "5":
            seg = f"5.{TRT.get(uf, 9):02d}"
        elif justice == "4":
            seg = f"4.{self.ri(1, 6):02d}"
        else:
            seg = f"8.{TR[uf]:02d}"
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(sorted(IBGE))
        n = self.rng.randint(1000, 199999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}/D", f"CREA/{uf} {n}", f"CREA-{uf} {dotted}", f"CREA {uf} {self.d(10)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(100, 19999):05d}", f"CRMV/{uf} {self.ri(1000, 19999)}",
                              f"CRMV-{uf} nº {self.ri(1000, 19999)}", f"CRMV/{uf} {self.ri(1000, 9999)}/VP"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.d(6)}/O-{self.d(1)}", f"CRC-{uf} {self.d(6)}/O", f"CRC {uf}-{self.d(6)}/O-{self.d(1)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])

    # ----------------------------------------------------------------- rural registries (never labelled)
    def art(self) -> str:
        return self.pick([f"{self.ri(1, 27)}{self.ri(2024, 2025)}{self.d(7)}", f"nº {self.d(13)}",
                          f"{self.uf or self.pick(sorted(IBGE))}{self.ri(2024, 2025)}{self.d(7)}", self.d(13)])

    def car(self, uf: str) -> str:
        h = "".join(self.pick("0123456789ABCDEF") for _ in range(32))
        return f"{uf}-{IBGE.get(uf, '41')}{self.d(5)}-" + ".".join(h[i:i + 4] for i in range(0, 32, 4))

    def ccir(self) -> str:
        return f"{self.d(3)}.{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"

    def nirf(self) -> str:
        return f"{self.d(1)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"

    def caf(self, uf: str) -> str:
        return self.pick([f"{uf}{self.d(2)}{self.ri(2024, 2025)}.{self.d(2)}.{self.d(9)}CAF",
                          f"{uf}0{self.ri(1, 9)}2025.01.{self.d(9)}CAF"])

    def dap(self) -> str:
        return f"SDW{self.d(19)}"

    def ie(self) -> str:
        """A state producer registration; 11-digit ones are recorded as hard negatives by the caller."""
        return self.pick([self.neg(11), f"{self.d(3)}.{self.d(5)}-{self.d(2)}", f"{self.d(2)}.{self.d(3)}.{self.d(3)}-{self.d(1)}",
                          self.d(10), f"{self.d(3)}/{self.d(7)}"])

    def nfe_key(self) -> str:
        return " ".join(self.d(4) for _ in range(11))

    def matric(self) -> str:
        return self.pick([self.d(5), self.d(6), f"{self.d(2)}.{self.d(3)}", f"{self.d(4)}-{self.d(1)}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "ddmmyyyy": f"{dd:02d}{mm:02d}{yy}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {up(MONTHS[mm - 1])} DE {yy}"}[fmt]


def brl(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def law_mail(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f}@{l}.adv.br", f"{f}.{l}@{l}advocacia.com.br", f"contato.{f}{l}@gmail.com", f"{f[0]}{l}.adv@gmail.com",
                   f"{f}.{l}.adv@hotmail.com"])


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def gps(g: Gen) -> str:
    return f"{-g.rng.uniform(3, 30):.6f}, {-g.rng.uniform(38, 58):.6f}"


def sacas(g: Gen, lo: int = 100, hi: int = 9000) -> str:
    return f"{g.ri(lo, hi):,}".replace(",", ".")


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
        if label == "ADDRESS" and fold(s.split()[0]).lower() in ("ramal", "travessao", "corredor"):
            # masculine road types: "na Linha ..." but "no Ramal ..."
            for fem, masc in ((" na ", " no "), (" da ", " do "), (" NA ", " NO "), (" DA ", " DO ")):
                if self.text.endswith(fem):
                    self.text = self.text[:-len(fem)] + masc
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

    def parts(self, pieces: list) -> "Doc":
        for p in pieces:
            if isinstance(p, tuple):
                self.e(p[0], p[1])
            else:
                self.t(p)
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


def N(s: str) -> tuple:
    return (s, "NEG")


def csv_rows(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            if v:
                doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


COPY = 0  # copy index of the record being built (set by build())


def ie_val(g: Gen):
    v = g.ie()
    return (v, "NEG") if len(v) == 11 and v.isdigit() else v


def coop_mail(p: Person, coop: tuple) -> str:
    return corp_mail(p, coop[2])


# =========================================================================== atendimento

PRODUTOS = [("SOJA GRAOS", "soja"), ("SOJA GRAOS", "soja"), ("MILHO GRAOS", "milho"), ("TRIGO PAO", "trigo"),
            ("FEIJAO CARIOCA", "feijão"), ("MILHO BRANCO", "milho branco"), ("CAFE CONILON", "café")]


def at_romaneio(g: Gen) -> Doc:
    """Grain delivery tickets: a fixed-width report (even copies) or a semicolon CSV export (odd copies)."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    prod, prod_low = g.pick(PRODUTOS)
    cl = g.person(female=g.chance(0.3))
    dte = g.day()
    dtb = ds(dte)
    base = g.ri(100000, 890000)
    first = base + 1
    tot = 0
    rows = []
    if COPY % 2 == 0:
        doc.f("«sig» - UNIDADE «city» («uf»)                      EMISSAO «d» «h»\nRELATORIO DE ROMANEIOS DE ENTRADA - PRODUTO: «pr» - SAFRA «sf»\n"
              "CNPJ UNID: «cnpj»   BALANCA: BAL-0«b»   USUARIO: bal_«lg»\n",
              sig=up(coop[1]), city=up(city), uf=uf, d=dtb, h=g.hm(), pr=prod, sf=g.pick(["24/25", "25/26", "2025"]),
              cnpj=(g.cnpj(), "BR_CNPJ"), b=g.ri(1, 4), lg=login(g.person()))
        doc.t("-" * 118 + "\n")
        doc.t("ROMAN. DATA  PRODUTOR                     CPF/CNPJ        PLACA    MOTORISTA            P.LIQ KG UMID  IMP DESC KG\n")
        doc.t("-" * 118 + "\n")
        for i in range(g.ri(3, 4)):
            c = g.person()
            mot = g.person(female=g.chance(0.08))
            pj = g.chance(0.1)
            base += g.ri(1, 9)
            rom = str(base)
            liq = g.ri(12000, 49000)
            tot += liq
            um = g.rng.uniform(11.5, 22.0)
            imp = g.rng.uniform(0.2, 3.5)
            desc = int(liq * max(0.0, um - 14) * 0.0145 + liq * max(0.0, imp - 1) / 100)
            tot -= desc
            doc.cell(rom, 6)
            doc.t(" ")
            doc.cell(dtb[:5], 5)
            doc.t(" ")
            if pj:
                doc.cell(g.pick(["AGROPECUARIA KOWALSKI LTDA", "FAZENDAS REUNIDAS PRADO AMADO", "SEMENTES DALCIN & FILHOS",
                                 "GRANJA SAO BENTO LTDA"]), 28)
                doc.t(" ")
                doc.cell(g.cnpj("raw"), 14, "BR_CNPJ")
            else:
                doc.cell(c.caps if g.chance(0.85) else c.inverted, 28, "PERSON")
                doc.t(" ")
                doc.cell(g.cpf("raw"), 14, "BR_CPF")
            doc.t("  ")
            doc.cell(g.plate(), 8, "LICENSE_PLATE")
            doc.t(" ")
            if g.chance(0.4) and not pj:
                doc.cell("O PROPRIO", 20)
            else:
                doc.cell(up(g.pick([mot.full, mot.short, mot.full])), 20, "PERSON")
            doc.t(" ")
            doc.cell(f"{liq:,}".replace(",", "."), 8, right=True)
            doc.t(" ")
            doc.cell(f"{um:.1f}".replace(".", ","), 5, right=True)
            doc.t(" ")
            doc.cell(f"{imp:.1f}".replace(".", ","), 4, right=True)
            doc.t(" ")
            doc.cell(f"{desc:,}".replace(",", "."), 7, right=True)
            doc.t("\n")
            rows.append((rom, c, mot, pj))
        doc.t("-" * 118 + "\n")
        doc.f("TOTAL LIQUIDO: «kg» KG  (= «sc» SC 60 KG)   ROMANEIOS CANCELADOS: «cc»\n\n", kg=f"{tot:,}".replace(",", "."),
              sc=f"{tot // 60:,}".replace(",", "."), cc=g.pick(["NENHUM", "NENHUM", f"{first - 1} (DIGITACAO)", f"{base + 1} (PLACA ERRADA)"]))
        doc.f("OBS CLASSIFICADOR («cl»):\n", cl=P(up(g.pick([cl.short, cl.first, cl.full]))))
        for rom, c, mot, pj in g.rng.sample(rows, 2):
            k = g.ri(0, 5)
            if pj:
                k = g.pick([1, 4])
            if k == 0:
                doc.f("- ROM «r»: UMID ACIMA DE 18%, «tr» «n» AUTORIZOU SECAGEM E DESCONTO CONF. TABELA. ASSINOU NA BALANCA\n",
                      r=rom, tr="D." if c.female else "SR", n=P(up(g.pick([c.first, c.short, c.nick]))))
            elif k == 1:
                doc.f("- ROM «r»: MOTORISTA «m» SEM CNH NA CABINE, MOSTROU FOTO NO CELULAR (CNH «cnh»). LIBERADO P/ DESCARGA\n",
                      r=rom, m=P(up(g.pick([mot.first, mot.short]))), cnh=(g.cnh(), "BR_CNH"))
            elif k == 2:
                rel = g.relative(c)
                doc.f("- ROM «r»: ARDIDOS «a»%, CARGA SEGREGADA NO SILO «s». AVISADO «o» «rl» («gr») NO «t»\n",
                      r=rom, a=g.ri(6, 14), s=g.ri(1, 6), o="A" if rel.female else "O", rl=P(up(rel.first)),
                      gr=g.pick(["FILHA", "ESPOSA", "NORA"] if rel.female else ["FILHO", "GENRO", "IRMAO"]) + " DO COOPERADO",
                      t=(g.phone(g.pick(["plain", "raw", "dash"])), "PHONE_NUMBER"))
            elif k == 3:
                doc.f("- ROM «r»: NF DE PRODUTOR C/ IE ERRADA («ie»), SEGURAR FIXACAO ATE CORRIGIR. FALAR C/ «n»\n",
                      r=rom, ie=N(g.neg(11)), n=P(up(g.pick([c.first, c.nick]))))
            elif k == 4:
                doc.f("- ROM «r»: CAMINHAO «p» VOLTOU P/ 2A CARGA NA «ad» (ROÇA DO «n»)\n", r=rom, p=(g.plate(), "LICENSE_PLATE"),
                      ad=(g.rural("caps"), "ADDRESS"), n=P(up(g.person(female=False).first)))
            else:
                doc.f("- ROM «r»: IMPUREZA ALTA (PALHA/TERRA). PRODUTOR CONTESTOU, AMOSTRA LACRADA «l» GUARDADA P/ RECLASSIF.\n",
                      r=rom, l=f"{g.pick('ABCDEFG')}{g.d(5)}")
        doc.t(g.pick(["", "OBS: MILHO BRANCO SO NO SILO 4 (CONTRATO SEMENTES DALCIN)\n", "FILA NA PORTARIA: 23 CAMINHOES AS 17H\n"]))
    else:
        sender = g.person()
        boss = g.person()
        doc.f("De: «s» <«se»>\nPara: «b» <«be»>\nAssunto: export romaneios «un» «d»\n\nBom dia, segue o export da balança de hoje "
              "(filtro: «pl»). Os marcados em obs são os que deram problema.\n\n",
              s=P(sender.full), se=(coop_mail(sender, coop), "EMAIL_ADDRESS"), b=P(boss.full), be=(coop_mail(boss, coop), "EMAIL_ADDRESS"),
              un=city, d=dtb, pl=prod_low)
        cols = ["romaneio", "data_entrada", "hora", "matricula", "cooperado", "cpf_cnpj", "ie", "propriedade", "placa_cavalo",
                "placa_carreta", "motorista", "cpf_motorista", "produto", "peso_liquido_kg", "umidade", "impureza", "obs"]
        doc.t(";".join(cols) + "\n")
        for i in range(g.ri(3, 5)):
            c = g.person()
            mot = g.person(female=False)
            iev = ie_val(g)
            row = [(str(base + i), None), (ds(dte, "iso"), None), (f"{6 + i * 2 + g.ri(0, 1):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}", None), (g.matric(), None),
                   (g.pick([c.full, c.caps, c.full]), "PERSON"), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                   iev if isinstance(iev, tuple) else (iev, None), (g.pick(PROPS), None), (g.plate(False), "LICENSE_PLATE"),
                   (g.plate() if g.chance(0.7) else "", "LICENSE_PLATE"), (g.pick([mot.full, mot.caps, mot.short]), "PERSON"),
                   (g.cpf("raw") if g.chance(0.6) else "", "BR_CPF"), (prod, None), (str(g.ri(12000, 52000)), None),
                   (f"{g.rng.uniform(11.5, 21):.1f}", None), (f"{g.rng.uniform(0.3, 3):.2f}", None)]
            csv_rows(doc, None, [row])
            doc.text = doc.text[:-1] + ";"
            k = g.ri(0, 5)
            if k == 0:
                pp = g.person()
                doc.parts(["descarga autorizada por ", P(g.pick([pp.short, pp.first]))])
            elif k == 1:
                doc.parts(["motorista novo, CNH ", (g.cnh(), "BR_CNH")])
            elif k == 2:
                doc.parts(["reclassificar - produtor contesta umidade, tel ", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")])
            elif k == 3:
                doc.t("carga do vizinho na mesma NF, conferir")
            doc.t("\n")
        doc.f("\n«cf» — classificação. «x»\n", cf=P(cl.short),
              x=g.pick(["Placa da carreta em branco = caminhão truck.", "O milho branco foi pro silo 4.", "Fixação só depois da NF conferida."]))
    return doc


ESTCIVIL = [("casado", "casada"), ("solteiro", "solteira"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
            ("em união estável", "em união estável")]
REGIMES = ["comunhão parcial de bens", "comunhão universal de bens", "separação total de bens"]


def ec(g: Gen, p: Person, married: bool | None = None) -> str:
    if married:
        return "casada" if p.female else "casado"
    return g.pick(ESTCIVIL)[1 if p.female else 0]


def at_ficha(g: Gen) -> Doc:
    """Cooperative member admission form (proposta de admissão de cooperado)."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    c = g.person()
    married = g.chance(0.7)
    sp = g.spouse(c)
    bc = g.born(1945, 2000)
    nat = g.pick(CITIES)
    doc.f("«cn» — «sg»\nPROPOSTA DE ADMISSÃO DE COOPERADO   Nº «n»   Unidade: «city»/«uf»\n\n1. PROPONENTE\n"
          "Nome: «nm»\nCPF: «cpf»    RG: «rg» «oe»    Nascimento: «dob»\nNaturalidade: «nat»    Estado civil: «ec»\n",
          cn=up(coop[0]), sg=up(coop[1]), n=f"{g.ri(2024, 2025)}/{g.d(4)}", city=city, uf=uf,
          nm=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/" + uf, "SESP/" + uf, "SJS/" + uf, "PC/" + uf]),
          dob=(ds(bc, g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH"), nat=f"{nat[0]}/{nat[1]}",
          ec=ec(g, c, married) + (f" — regime: {g.pick(REGIMES)}" if married else ""))
    if married:
        doc.f("Cônjuge: «sn»    CPF: «sc»    Nasc.: «sd»\n", sn=P(sp.full), sc=(g.cpf(), "BR_CPF"),
              sd=(ds(g.born(bc.year - 6, min(bc.year + 6, 2003))), "DATE_OF_BIRTH"))
    if g.chance(0.45):
        doc.f("Título de eleitor: «te»   (exigido p/ votar na AGO)\n", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Endereço p/ correspondência: «ad» — «com» — CEP «cep» — «cy»/«uf»\nFone: «t»«t2s»«t2»   E-mail: «e»\n\n",
          ad=(g.address(rural=0.7), "ADDRESS"), com=g.pick(COMUNIDADES + ["Centro", "zona rural"]), cep=(g.cep(g.chance(0.8)), "BR_CEP"),
          cy=city, uf=uf, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          t2s=" / " if (t2y := g.chance(0.5)) else "", t2=(g.phone("par", mobile=False), "PHONE_NUMBER") if t2y else "",
          e=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else "não possui")
    doc.t("2. PROPRIEDADE(S) EXPLORADA(S)\n")
    for j in range(g.ri(1, 2)):
        own = j == 0 or g.chance(0.3)
        doc.f("  «pn» — «ha» ha — «cd»", pn=g.pick(PROPS), ha=f"{g.ri(4, 480)},{g.d(1)}",
              cd="própria" if own else "arrendada de ")
        if not own:
            arr = g.person()
            doc.f("«a» (CPF «ac»)", a=P(g.pick([arr.full, arr.short])), ac=(g.cpf(), "BR_CPF"))
        doc.f("\n    Localização: «ad», «com», «cy»/«uf»\n    CAR: «car»   CCIR: «cc»   NIRF: «nf»   Inscr. produtor: «ie»\n",
              ad=(g.rural(), "ADDRESS"), com=g.pick(COMUNIDADES), cy=city, uf=uf, car=g.car(uf), cc=g.ccir(), nf=g.nirf(), ie=ie_val(g))
    acts = g.rng.sample(["grãos (soja/milho)", "leite — " + str(g.ri(8, 90)) + " vacas em lactação", "suínos (integração, " + str(g.ri(300, 2400)) + " cabeças)",
                         "aves de corte (2 aviários)", "trigo", "fumo", "erva-mate", "feijão"], 2)
    doc.f("\n3. ATIVIDADES: «a1»; «a2»\n\n4. CONTA P/ CRÉDITO DA PRODUÇÃO\nBanco «bk»  Ag. «ag»  C/C «cc»  Titular: «tt»\n",
          a1=acts[0], a2=acts[1], bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tt=P(c.short) if g.chance(0.4) else g.pick(["o próprio", "o proponente", "conta conjunta c/ cônjuge"]))
    if g.chance(0.6):
        doc.f("Chave Pix (aleatória): «px»\n", px=(g.uuid(), "PIX_KEY"))
    if g.chance(0.35):
        doc.f("Cartão «sg» Agro (compras na loja agropecuária, débito na safra): «cd» — validade «vv»\n", sg=coop[1],
              cd=(g.card(g.chance(0.8)), "CREDIT_CARD"), vv=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
    ind = g.person()
    tec = g.person()
    apr = g.day()
    doc.f("\n5. INDICAÇÃO / PARECER\nIndicado pelo cooperado «ind» (matr. «m»).\nParecer técnico: «pt»\nTécnico: «tn» — «crea»\n",
          ind=P(g.pick([ind.full, ind.short])), m=g.matric(),
          pt=g.pick(["produtor conhecido na comunidade, lavoura bem conduzida, sem restrição.",
                     "visitada a propriedade em " + ds(g.plus(apr, -40, -5)) + ", área confere com o CAR. Recomendo a admissão.",
                     "filho de cooperado antigo, assume a sucessão da propriedade do pai.",
                     "tem dívida na cerealista Prado & Amado, seria prudente exigir aval no primeiro custeio."]),
          tn=P(tec.full), crea=(g.council(g.pick(["CREA", "CREA", "CRMV"]), uf), "PROFESSIONAL_ID"))
    if g.chance(0.5) and bc.year < 1985:
        suc = g.child(c)
        doc.f("Sucessor indicado: «s» (filh«o»), CPF «sc», nasc. «sd»\n", s=P(suc.full), o=suc.o, sc=(g.cpf(), "BR_CPF"),
              sd=(ds(g.born(bc.year + 20, min(bc.year + 36, 2006))), "DATE_OF_BIRTH"))
    doc.t("\nDeclaro ciência do tratamento dos meus dados pela cooperativa nos termos da Lei 13.709/2018 (LGPD) e do Estatuto Social.\n")
    doc.f("\nAprovado na reunião do Conselho de Administração de «d» (Ata «at»). Cota-parte: R$ «v» em «p» parcelas.\n"
          "Cadastro conferido (login «lg»).\n",
          d=ds(apr), at=f"{g.ri(1, 24):02d}/{apr.year}", v=g.money(500, 8000), p=g.ri(1, 10), lg=login(g.person()))
    return doc


def wa_stamps(g: Gen, n: int, start: dt.date | None = None, t0: int | None = None, style: str | None = None) -> list[str]:
    day = start or g.day()
    style = style or g.pick(["android", "ios", "brackets"])
    t = t0 if t0 is not None else g.ri(5 * 60, 8 * 60)
    out = []
    for _ in range(n):
        t += g.pick([1, 2, 3, 5, 8, 14, 30, 55, 120])
        if t >= 23 * 60:
            t = g.ri(5 * 60, 7 * 60)
            day = day + dt.timedelta(days=1)
        hh, mi = divmod(t, 60)
        if style == "android":
            out.append(f"{ds(day)} {hh:02d}:{mi:02d} - ")
        elif style == "ios":
            out.append(f"[{ds(day, 'short')}, {hh:02d}:{mi:02d}:{g.ri(0, 59):02d}] ")
        else:
            out.append(f"[{ds(day)} {hh:02d}:{mi:02d}] ")
    return out


def at_zap(g: Gen) -> Doc:
    """WhatsApp group of producers and the cooperative's technicians (export)."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    linha = g.pick(LINHAS)
    tech = g.person(female=g.chance(0.35))
    vet = g.person(female=g.chance(0.5))
    prods = [g.person() for _ in range(5)]
    grp = g.pick([f"Produtores Linha {linha} 🌽", f"{coop[1]} - Grãos {city}", f"Leite {linha} 🐄 {coop[1]}",
                  f"Safra 25/26 - Núcleo {linha}", f"Amigos da Capela {linha}"])
    doc.f("Conversa do WhatsApp com «g»\n\n", g=grp)
    members = []
    for p in prods:
        k = g.ri(-5, 6)
        if k <= 0:
            members.append(([(g.phone(g.pick(["plus", "plus", "par"])), "PHONE_NUMBER")], p))
        elif k == 1:
            members.append(([P(p.low)], p))
        elif k == 2:
            members.append(([P(p.first), " " + g.pick(["🚜", "🌽", "🐄", "🙏", "🌱", "🇧🇷"])], p))
        elif k == 3:
            members.append((["Seu " if not p.female else "Dona ", P(p.first)], p))
        elif k == 4:
            members.append(([P(p.short)], p))
        else:
            members.append(([P(p.full)], p))
    if g.chance(0.4):
        T = [g.pick([f"Assistência Técnica {coop[1]}", f"{coop[1]} Agronomia 🌱", f"ATER {coop[1]} - {city}"])]
    else:
        T = [g.pick(["Eng. Agr. ", "Agr. ", "", "Téc. "]), P(g.pick([tech.first, tech.short])), " (" + coop[1] + ")"]
    if g.chance(0.4):
        V = [g.pick(["Clínica Veterinária Flor do Campo", "Agropet São Bento 🐮", "Vet Campo & Cia"])]
    else:
        V = [g.pick(["Dra. ", "Vet. ", "MV "]) if vet.female else g.pick(["Dr. ", "Vet. ", "MV "]), P(g.pick([vet.first, vet.short])), " 🐮"]
    stamps = iter(wa_stamps(g, 40))

    def line(who: list, msg: list) -> None:
        doc.t(next(stamps))
        doc.parts(who)
        doc.t(": ")
        doc.parts(msg)
        doc.t("\n")

    def pm() -> tuple:
        return g.pick(members)

    nb = g.person()
    msgs: list[list] = []
    w, p = pm()
    msgs.append([(w, [f"bom dia pessoal, alguem sabe se a unidade {g.pick(['da linha ' + linha.lower(), 'de ' + city, 'do trevo'])} "
                     f"ta recebendo {g.pick(['milho', 'soja', 'trigo'])} hj?"])])
    w2, p2 = pm()
    if g.chance(0.5):
        msgs.append([(w2, [f"ta sim, fila de uns {g.ri(8, 40)} caminhao, o ", P(g.pick([nb.nick, fold(nb.first).lower()])),
                          f" ta la desde as {g.ri(4, 6)}h"])])
    else:
        msgs.append([(w2, [f"ta sim mas a fila ta grande, uns {g.ri(8, 40)} caminhao na portaria"])])
    host = g.pick(prods)
    msgs.append([(T, ["Bom dia! Lembrando que sexta tem dia de campo na propriedade do ", P(g.pick([host.full, host.short])),
                     " (", (g.rural(), "ADDRESS"), "), começa 8h. Café por conta da coop ☕"])])
    viz = g.person(female=False)
    w, p = pm()
    msgs.append([(w, ["[áudio transcrito] oi bom dia aqui é ", "a " if p.female else "o ",
                     P(fold(p.first).lower()), f" da linha {linha.lower()}, o meu vizinho seu ", P(fold(viz.first).lower()),
                     " ta com ferrugem na soja, vc consegue passar la amanha? o telefone dele é ",
                     (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER")])])
    msgs[-1].append((T, [P(p.first), " passo sim, depois do almoço. Se tiver a receita do fungicida que vocês usaram, manda foto aqui"]))
    pl = g.plate()
    fr = g.person(female=False)
    w, p = pm()
    msgs.append([(w, [f"alguem tem frete p/ levar 2 carga de milho pra {near_city(g, uf)}? pago R$ {g.ri(80, 190)} a ton. o caminhao do ",
                     P(fold(g.pick([fr.nick, fr.first])).lower()), " (", (pl, "LICENSE_PLATE"), ") ta baixado na oficina"])])
    tes = g.person(female=True)
    w, p = pm()
    msgs.append([(w, ["gente o pix da rifa da festa da capela é essa chave ", (g.uuid(), "PIX_KEY"), " (é da ",
                     P(g.pick([tes.first, fold(tes.short).lower()])), ", tesoureira) 🙏"])])
    w, p = pm()
    msgs.append([(w, [P(fold(tech.first).lower()), " agenda descarga pra mim amanha cedo, meu cpf é ", (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     ", to sem internet em casa so pego sinal aqui no trevo"])])
    msgs[-1].append((T, ["Agendado ", P(p.first), f", senha {g.d(6)}, janela das {g.ri(7, 16)}h. Leva a NF de produtor."]))
    bo = g.person()
    w, p = pm()
    msgs.append([(w, ["alguem viu um boi branco q fugiu la da ", g.pick(PROPS).lower(), " do ", P(fold(bo.short).lower()),
                     "? ta sem brinco, qualquer coisa liga ", (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER")])])
    msgs.append([(T, [f"Pessoal, o pessoal do Luz para Todos vai passar na linha {linha.lower()} semana que vem. Quem ainda não tem "
                     "padrão de energia procura a prefeitura com CPF e RG."])])
    w, p = pm()
    msgs.append([(w, ["<Mídia oculta>"])])
    fe = g.person(female=False)
    w, p = pm()
    msgs.append([(w, ["quem quiser semente de feijão rosa é com o ", P(g.pick([fe.nick, fe.first, fold(fe.first).lower()])), " ",
                     (g.phone(g.pick(["plain", "raw", "dash"])), "PHONE_NUMBER")])])
    msgs.append([(V, ["Bom dia. Campanha de vacinação contra brucelose: bezerras de 3 a 8 meses. Agendar comigo no ",
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), ". Atestado sai no mesmo dia."])])
    w, p = pm()
    em = g.email(p)
    msgs.append([(T, ["Relatório da visita de ontem foi no e-mail de vocês. ", P(g.pick([p.first, p.short])),
                     ", o seu voltou, é ", (em, "EMAIL_ADDRESS"), " mesmo?"])])
    msgs[-1].append((w, [g.pick(["nao, o certo é ", "é o da minha filha agora: "]), (g.email(g.child(p, female=True)), "EMAIL_ADDRESS")]))
    w, p = pm()
    msgs.append([(None, list(w) + [" adicionou ", (g.phone("plus"), "PHONE_NUMBER")])])
    msgs.append([(None, [(g.phone("plus"), "PHONE_NUMBER"), " entrou usando o link de convite deste grupo"])])
    w, p = pm()
    msgs.append([(w, [g.pick(["kkkk", "👍", "blz", "amem 🙏", "obrigado", "vlw"])])])
    w, p = pm()
    msgs.append([(w, [f"a soja da linha {linha.lower()} deu {g.ri(48, 78)} sc/ha, o ", P(fold(g.person(female=False).first).lower()),
                     " disse q o milho branco tb ta bonito"])])
    # keep order of the core exchange but drop a few extras
    keep = [m for i, unit in enumerate(msgs) if i < 3 or g.chance(0.27) for m in unit]
    for who, msg in keep:
        if who is None:
            doc.t(next(stamps))
            doc.parts(msg)
            doc.t("\n")
        else:
            line(who, msg)
    return doc


def at_caf(g: Gen) -> Doc:
    """CAF (Pronaf) extract of a family farming unit, with the rural workers' union counter notes."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    sp = g.spouse(c)
    married = g.chance(0.75)
    ag = g.person()
    n1 = g.day()
    n2 = g.plus(n1, 2, 10)
    n3 = g.plus(n2, 1, 12)
    issuer = g.pick([f"STR — Sindicato dos Trabalhadores Rurais de {city}", f"Emater — Escritório Municipal de {city}",
                     f"Sindicato dos Trabalhadores na Agricultura Familiar de {city}"])
    doc.f("CADASTRO NACIONAL DA AGRICULTURA FAMILIAR — CAF\nEXTRATO DA UNIDADE FAMILIAR DE PRODUÇÃO AGRÁRIA (UFPA)\n\n"
          "Nº de inscrição: «caf»\nSituação: ATIVA     Inscrição: «d1»     Validade: «d2»\nEntidade emissora: «ie»\nAgente emissor: «ag»\n"
          "DAP anterior (migrada): «dap»\n\nCOMPOSIÇÃO DA UFPA\n",
          caf=g.caf(uf), d1=ds(n3), d2=ds(n3 + dt.timedelta(days=730)), ie=issuer, ag=P(g.pick([ag.full, ag.caps])), dap=g.dap())
    mem = [(c, "TITULAR")]
    if married:
        mem.append((sp, "CÔNJUGE / 2º TITULAR"))
    for _ in range(g.ri(0, 1)):
        ch = g.child(c)
        mem.append((ch, "FILHA" if ch.female else "FILHO"))
    bt = g.born(1950, 1992)
    for i, (p, rel) in enumerate(mem):
        adult = i < (2 if married else 1)
        doc.f("«i») «n» — CPF «cpf»", i=i + 1, n=P(p.caps if g.chance(0.6) else p.full), cpf=(g.cpf(), "BR_CPF"))
        if adult and g.chance(0.75):
            doc.f(" — NIS «nis»", nis=(g.pis(), "BR_PIS"))
        born = bt if i == 0 else (g.born(bt.year - 5, bt.year + 5) if adult else g.born(bt.year + 19, min(bt.year + 38, 2012)))
        doc.f(" — nasc. «dob» — «rel»\n", dob=(ds(born), "DATE_OF_BIRTH"), rel=rel)
    cond = g.ri(0, 3)
    doc.f("\nENDEREÇO DA UFPA: «ad», «com», «cy»/«uf» — CEP «cep»\nTelefone: «t»\n\nESTABELECIMENTO: «pn» — «ha» ha — ",
          ad=(g.rural(), "ADDRESS"), com=g.pick(COMUNIDADES), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), pn=g.pick(PROPS), ha=f"{g.ri(2, 72)},{g.d(2)}")
    if cond == 0:
        doc.t("condição: PROPRIETÁRIO\n")
    elif cond == 1:
        ar = g.person()
        doc.f("condição: ARRENDATÁRIO — arrendador: «a», CPF «ac»\n", a=P(ar.full), ac=(g.cpf(), "BR_CPF"))
    elif cond == 2:
        doc.f("condição: ASSENTADO — PA «pa», lote «l» (código SIPRA «sp»)\n",
              pa=g.pick(["Eldorado", "Santa Rosa", "Vitória", "Oito de Junho", "Chico Mendes"]), l=g.ri(1, 300), sp=N(g.neg(11)))
    else:
        pa = g.person()
        doc.f("condição: PARCEIRO (meeiro) — parceiro-outorgante: «a»\n", a=P(pa.short))
    doc.f("Módulos fiscais: «mf»   Mão de obra: familiar«mo»\nRENDA BRUTA ANUAL: estabelecimento R$ «r1»; fora do estabelecimento R$ «r2»; "
          "benefícios R$ «r3»\nPRODUÇÃO: «pr»\nENQUADRAMENTO PRONAF: «gr»\n",
          mf=f"{g.ri(0, 3)},{g.d(1)}", mo=g.pick(["", "", " + 1 empregado temporário na safra"]), r1=g.money(18000, 400000),
          r2=g.money(0, 30000), r3=g.money(0, 18000),
          pr=", ".join(g.rng.sample(["leite", "milho", "fumo", "feijão", "mandioca", "hortaliças", "suínos", "mel", "erva-mate", "uva", "café"], 3)),
          gr=g.pick(["Grupo V (Renda Variável)", "Grupo B (Microcrédito)", "Grupo A/C", "Grupo V"]))
    at = g.person(female=g.chance(0.7))
    doc.f("\n--- anotações do balcão («org») ---\n", org=issuer.split(" — ")[0])
    kid = mem[-1][0] if len(mem) > 2 else g.child(c)
    sogro = g.person(female=False)
    doc.f("«d»: titular compareceu c/ «k» («kr»). trouxe bloco de notas 2024, título de eleitor «te» e comprovante de residência "
          "(conta de luz«sgp»«sg»). falta ITR da área«x».\n",
          d=ds(n1)[:5], k=P(kid.first), kr="filha" if kid.female else "filho", te=(g.titulo(), "BR_TITULO_ELEITOR"),
          sgp=" em nome do sogro " if (sgy := g.chance(0.4)) else " no nome del" + ("a" if c.female else "e"),
          sg=P(g.pick([sogro.full, sogro.short])) if sgy else "", x=g.pick([" arrendada", "", " de cima"]))
    if married:
        doc.f("«d»: liguei no «t», «s» atendeu, disse q «o» titular ta na colheita e volta sexta.«n»\n", d=ds(n2)[:5],
              t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), s=P(g.pick([sp.first, sp.nick])), o="a" if c.female else "o",
              n="")
    doc.f("«d»: CAF emitido, entregue em mãos e mandado no zap. «obs»\natendente: «a»\n",
          d=ds(n3)[:5],
          obs=g.pick(["cobrar taxa sindical.", "encaminhar p/ o Credflor (custeio do leite).", "orientado sobre o Garantia-Safra.",
                      "seria prudente conferir a área no CAR, deu diferença."]), a=P(g.pick([at.first, at.short])))
    return doc


def at_car(g: Gen) -> Doc:
    """E-mail from a surveying office with the CAR receipt, CCIR and ITR data after a rectification."""
    doc = Doc()
    city, uf = g.city()
    own = g.person()
    co = g.person() if g.chance(0.5) else None
    surv = g.person(female=g.chance(0.3))
    firm = g.pick(["Geoagro Topografia e Meio Ambiente", "Prado Levantamentos Rurais", "Topocampo Engenharia",
                   "Branco & Toigo Agrimensura", "Aurora Geo Serviços"])
    dom = re.sub(r"[^a-z]", "", fold(firm.split()[0]).lower()) + ".eng.br"
    prop = g.pick(PROPS)
    ocpf = g.cpf()
    area = g.ri(12, 2400)
    mfv = g.pick([5, 7, 10, 12, 16, 20, 30, 40, 60, 70, 80, 90, 100, 110])
    doc.f("De: «s» <«se»>\nPara: «o» <«oe»>\n", s=P(surv.full), se=(corp_mail(surv, dom), "EMAIL_ADDRESS"),
          o=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"))
    if co:
        doc.f("Cc: «c» <«ce»>\n", c=P(co.short), ce=(g.email(co), "EMAIL_ADDRESS"))
    tr = "Dona" if own.female else "Seu"
    doc.f("Assunto: RES: retificação do CAR e CCIR 2025 - «p»\n\n«tr»«n», bom dia.\n\nSegue abaixo o extrato do recibo do CAR depois da "
          "retificação que fizemos (a reserva legal agora bate com o georreferenciamento). Conferir os nomes e CPFs, qualquer erro me "
          "avise antes de eu protocolar o CCIR.\n\n",
          p=prop, tr=(tr + " ") if (grn := g.chance(0.5)) else "Olá", n=P(g.pick([own.first, own.nick])) if grn else "")
    doc.f("--- RECIBO DE INSCRIÇÃO DO IMÓVEL RURAL NO CAR ---\nRegistro no CAR: «car»\nData de cadastro: «d1»   Retificação: «d2»\n"
          "Nome do imóvel rural: «p»\nMunicípio: «cy»/«uf»   Coordenadas do centroide: «gps»\nÁrea total: «at» ha   APP: «app» ha   "
          "Reserva legal: «rl» ha   Módulos fiscais: «mf»\n",
          car=g.car(uf), d1=g.date("br", 2016), d2=g.date("br", 2025), p=up(prop), cy=city, uf=uf, gps=gps(g),
          at=f"{area},{g.d(4)}", app=f"{g.ri(1, max(2, area // 15))},{g.d(4)}", rl=f"{area // 5},{g.d(4)}",
          mf=f"{area / mfv:.2f}".replace(".", ","))
    doc.f("Cadastrante: «c» — CPF «cc»\nProprietários/possuidores:\n  «o» — CPF «oc»\n",
          c=P(up(surv.full)), cc=(g.cpf(), "BR_CPF"), o=P(own.caps), oc=(ocpf, "BR_CPF"))
    if co:
        doc.f("  «c» — CPF «cc»\n", c=P(co.caps), cc=(g.cpf(), "BR_CPF"))
    doc.f("\n--- CCIR 2025 (SNCR/INCRA) ---\nCódigo do imóvel: «cd»   Denominação: «p»\nTitular: «o»   CPF: «oc»   Nacionalidade: brasileira   "
          "Condição: proprietário   % detenção: «pc»\nEndereço de correspondência do declarante: «ad» — «cy»/«uf» — CEP «cep»\n"
          "Área registrada: «ar» ha   Taxa de serviços cadastrais: R$ «tx» (vencida em «dv»)\n",
          cd=g.ccir(), p=up(prop), o=P(own.caps), oc=(ocpf.replace(".", "").replace("-", ""), "BR_CPF"), pc="100,00" if not co else "50,00",
          ad=(g.address(rural=0.4), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"), ar=f"{area + g.ri(-3, 3)},{g.d(4)}",
          tx=g.money(20, 180), dv=g.date("br", 2025))
    doc.f("\n--- ITR ---\nNIRF: «nf»   DITR 2025 entregue em «d» (recibo «rc»)\n\n", nf=g.nirf(), d=g.date("br", 2025),
          rc=f"{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}-{g.d(2)}")
    k = g.ri(0, 2)
    if k == 0:
        viz = g.person()
        doc.f("Obs.: na divisa com o «v» (lado do córrego) o marco M-04 está dentro da estrada, vou precisar da assinatura dele na "
              "declaração de confrontante. O telefone que tenho é «t», se tiver outro me passe.\n\n",
              v=P(g.pick([viz.full, viz.short, viz.nick])), t=(g.phone(), "PHONE_NUMBER"))
    elif k == 1:
        doc.f("Obs.: o CCIR antigo ainda saía no nome do seu pai, «f», por isso o banco travou o custeio. Com o inventário "
              "averbado já dá para atualizar.\n\n", f=P(g.pick([g.relative(own, female=False).full, g.relative(own, False).caps])))
    else:
        doc.t("Obs.: o SIGEF certificou a parcela sem sobreposição. Falta só pagar a taxa do CCIR e mandar o comprovante.\n\n")
    doc.f("Att.,\n«s»\n«ti» — «cr»\nART da retificação: «art»\n«f»\n«t»\n",
          s=P(surv.full), ti=g.pick(["Eng. Agrimensor", "Engenheiro Agrônomo", "Eng. Cartógrafo e Agrimensor"]) if not surv.female else g.pick(["Eng.ª Agrimensora", "Engenheira Agrônoma"]),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art(), f=firm, t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


DIAG = [("soja", "ferrugem asiática (Phakopsora pachyrhizi) em reboleiras no talhão 2", "Fox Xpro", "bixafem + protioconazol + trifloxistrobina", "0,5 L/ha"),
        ("soja", "percevejo-marrom acima do nível de controle (3 por pano de batida)", "Engeo Pleno S", "tiametoxam + lambda-cialotrina", "0,2 L/ha"),
        ("soja", "mancha-alvo e oídio no terço inferior", "Ativum", "fluxapiroxade + piraclostrobina + epoxiconazol", "0,8 L/ha"),
        ("milho", "lagarta-do-cartucho com 25% de plantas raspadas", "Ampligo", "clorantraniliprole + lambda-cialotrina", "0,15 L/ha"),
        ("milho", "cigarrinha-do-milho (Dalbulus maidis) nas bordaduras", "Acefato Nortox", "acefato", "1,0 kg/ha"),
        ("trigo", "brusone e giberela no espigamento", "Nativo", "trifloxistrobina + tebuconazol", "0,75 L/ha"),
        ("feijão", "mosca-branca e mosaico-dourado", "Evidence 700 WG", "imidacloprido", "0,2 kg/ha"),
        ("café", "bicho-mineiro e ferrugem do cafeeiro", "Verdadero 600 WG", "ciproconazol + tiametoxam", "1,0 kg/ha"),
        ("soja", "buva e capim-amargoso resistentes na dessecação", "Gramoxone 200", "paraquate", "2,0 L/ha")]
CULTIVARES = {"soja": ["BMX Zeus IPRO", "NS 5933 IPRO", "TMG 7063", "DM 66I68", "Brasmax Raio"], "milho": ["AG 9025", "P3707VYH", "DKB 360", "FS 575"],
              "trigo": ["TBIO Audaz", "ORS Vintecinco"], "feijão": ["IPR Tuiuiú", "BRS Estilo"], "café": ["Catuaí 144", "Arara"]}


def at_ater(g: Gen) -> Doc:
    """Agronomist's field-visit report with the agronomic prescription and its ART."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    tec = g.person(female=g.chance(0.35))
    c = g.person()
    rel = g.relative(c)
    cult, diag, prod, ativo, dose = g.pick(DIAG)
    crea = g.council("CREA", uf)
    prop = g.pick(PROPS)
    ha = g.ri(8, 320)
    cpfd = g.cpf_digits()
    vd = g.day()
    doc.f("«co» — ASSISTÊNCIA TÉCNICA\nRELATÓRIO DE VISITA TÉCNICA Nº «n»\nData: «d»  «h»   Técnic«o»: «t» («cr»)\n"
          "Produtor: «p» (matr. «m»)   CPF: «cpf»   Fone: «pf»\nPropriedade: «pr» — «ad» — «cy»/«uf» — CEP «cep»\n",
          co=up(coop[0]), n=f"{g.d(4)}/{vd.year}", d=ds(vd), h=f"{g.ri(7, 17):02d}:{g.ri(0, 59):02d}", o="a" if tec.female else "o",
          t=P(tec.full), cr=(crea, "PROFESSIONAL_ID"), p=P(g.pick([c.full, c.caps])), m=g.matric(), cpf=(fmt_cpf(cpfd), "BR_CPF"),
          pr=prop, ad=(g.rural(), "ADDRESS"), cy=city, uf=uf, pf=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          cep=(g.cep(g.chance(0.8)), "BR_CEP"))
    doc.f("Acompanhou a visita: «r» («rl») — fone «ph»\n\nCultura: «cu» — cultivar «cv» — semeadura «ds» — talhões «tl» («ha» ha)\n"
          "Situação: «diag». «extra»\n",
          r=P(g.pick([rel.full, rel.first, rel.short])), rl=g.pick(["filha", "esposa", "nora"] if rel.female else ["filho", "genro", "irmão", "sobrinho"]),
          ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), cu=cult, cv=g.pick(CULTIVARES[cult]), ds=ds(g.plus(vd, -120, -30)),
          tl=g.pick(["1, 2 e 4", "3 (baixada)", "todos", "5 e 6 (área arrendada)"]), ha=ha, diag=diag,
          extra=g.pick(["Estande bom, 13 plantas/m.", "Falhas na linha por excesso de chuva.", "Lavoura vizinha (do lado da Estrada Boiadeira) sem controle.",
                        "Plantas com flor do café abrindo no talhão de cima.", "Milho branco do vizinho com a mesma praga."]))
    doc.f("Recomendações: aplicar «pd» conforme receita abaixo; monitorar com pano de batida a cada 7 dias; «r2».\n\n",
          pd=prod, r2=g.pick(["regular o bico do pulverizador (vazão desigual)", "respeitar a faixa de 300 m da escola municipal",
                             "tríplice lavagem das embalagens e devolução na central da coop", "não aplicar com vento acima de 10 km/h"]))
    nrec = f"{g.d(5)}/{vd.year}"
    doc.f("--- RECEITA AGRONÔMICA Nº «n» ---\nProdutor: «p»   CPF: «cpf»\nPropriedade: «pr»   Município: «cy»/«uf»\n"
          "Cultura: «cu»   Área a tratar: «ha» ha   Diagnóstico: «dg»\nProduto: «pd» («at») — dose: «ds» — volume de calda: «vc» L/ha — "
          "nº de aplicações: «na» — intervalo de segurança: «isg» dias\nModo de aplicação: «md»\n"
          "EPI: macacão hidrorrepelente, luvas nitrílicas, botas, respirador com filtro, viseira\n",
          n=nrec, p=P(c.caps), cpf=(cpfd, "BR_CPF"), pr=prop, cy=city, uf=uf, cu=cult, ha=ha, dg=diag.split(" (")[0].split(" acima")[0],
          pd=prod, at=ativo, ds=dose, vc=g.pick([100, 120, 150, 200]), na=g.ri(1, 3), isg=g.pick([14, 21, 30, 45]),
          md=g.pick(["terrestre (pulverizador autopropelido)", "terrestre (bomba costal)", "aérea (avião agrícola, empresa contratada)", "terrestre (turbo-atomizador)"]))
    op = g.person(female=False)
    doc.parts(["Aplicador: ", P(g.pick([op.full, op.nick, op.short]))])
    k = g.ri(0, 3)
    if k == 1:
        doc.t(" (funcionário)")
    elif k == 2:
        doc.parts([", CPF ", (g.cpf(), "BR_CPF")])
    elif k == 3:
        doc.parts([" (terceirizado, CNH ", (g.cnh(), "BR_CNH"), ")"])
    doc.f("\nResponsável técnico: «t» — «cr» — ART «art»\n", t=P(tec.full), cr=(crea, "PROFESSIONAL_ID"), art=g.art())
    if g.chance(0.6):
        doc.f("\nEnviado p/ «e» e p/ o WhatsApp do produtor. Próxima visita: «d».\n", e=(g.email(c), "EMAIL_ADDRESS"), d=ds(g.plus(vd, 7, 21)))
    return doc


def at_sac(g: Gen) -> Doc:
    """Complaint ticket at the cooperative's SAC (moisture discount, wrong input delivery, payment, card), with the reply."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    c = g.person()
    att = g.person(female=g.chance(0.7))
    resp = g.person()
    canal = g.pick(["0800", "WhatsApp", "e-mail", "balcão da unidade " + city])
    k = COPY % 4 if g.chance(0.7) else g.ri(0, 3)
    subj = ["Desconto de umidade/impureza em romaneio", "Entrega de adubo diferente do pedido", "Pagamento de fixação não creditado",
            "Cobrança em duplicidade no cartão do produtor"][k]
    ag, cc, bk = g.agency(), g.account(), g.pick(BANKS)
    op = g.day()
    ev = g.plus(op, -25, -3)
    doc.f("CHAMADO SAC-«y»-«n»   Canal: «ca»   Aberto em «d» «h»   Prioridade: «pr»\nCooperado: «c» — matr. «m» — CPF «cpf»\n"
          "Fone: «t»   E-mail: «em»\nAssunto: «sb»\n\nRelato («rt»):\n",
          y=op.year, n=g.d(6), ca=canal, d=ds(op), h=f"{g.ri(7, 18):02d}:{g.ri(0, 59):02d}", pr=g.pick(["média", "alta", "baixa"]),
          c=P(g.pick([c.full, c.caps])), m=g.matric(), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          em="não informado" if g.chance(0.3) else (g.email(c), "EMAIL_ADDRESS"),
          sb=subj, rt="transcrição da ligação" if canal == "0800" else "mensagem do cooperado")
    if k == 0:
        mot = g.person(female=False)
        doc.f("\"entreguei «s» sacas de soja no dia «d», romaneio «r», e descontaram «u»% de umidade mas o meu medidor deu 14. o motorista "
              "«m» viu a amostra sair do caminhão seca. quero a reclassificação e que guardem a contraprova. o «v» da balança "
              "disse que o aparelho tava descalibrado naquele dia\"\n",
              s=sacas(g, 200, 2400), d=ds(ev), r=N(g.neg(11)) if g.chance(0.4) else g.d(6), u=g.ri(17, 23),
              m=P(g.pick([mot.first, mot.full, mot.nick])), v=P(g.pick([g.person(female=False).first, "Alemão"])))
    elif k == 1:
        kid = g.child(c)
        doc.f("\"pedi «t» ton de 02-20-20 pro plantio e veio 04-14-08. o caminhão placa «p» descarregou no barracão da «ad» quando "
              "eu não tava, quem recebeu foi «o» «k». pedido «pd», NF «nf». preciso trocar antes de sexta senão perco a janela\"\n",
              t=g.ri(8, 60), p=(g.plate(), "LICENSE_PLATE"), ad=(g.rural("low") if g.chance(0.4) else g.rural(), "ADDRESS"),
              o="minha filha" if kid.female else "meu filho", k=P(g.pick([kid.first, kid.full])), pd=g.d(7), nf=g.d(6))
    elif k == 2:
        doc.f("\"fixei «s» sacas em «d» e até agora não caiu nada. mudei de banco este ano, a conta nova é ag «ag» cc «cc» no «bn», "
              "informei pro «a» lá na unidade mas acho que não atualizaram. tenho parcela do custeio vencendo dia «dv»\"\n",
              s=sacas(g, 300, 3000), d=ds(ev), ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"),
              bn=g.pick(["Credaurora", "Sicoob", "Banco do Brasil", "Credflor", "banco " + bk]), a=P(g.person(female=False).first),
              dv=g.ri(5, 28))
    else:
        doc.f("\"comprei «it» na loja agropecuária da coop no cartão do produtor e cobraram duas vezes R$ «v». o cartão é «cd», "
              "venc «vv». a moça do caixa, a «cx», disse que era só estornar mas já passou 30 dias\"\n",
              it=g.pick(["ração e sal mineral", "arame farpado e palanque", "semente de milho", "botina e EPI"]), v=g.money(300, 9000),
              cd=(g.card(g.chance(0.7)), "CREDIT_CARD"), vv=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", cx=P(g.person(female=True).first))
    setor = ["classificação", "logística de insumos", "financeiro / conta-movimento", "cartões e crédito"][k]
    doc.f("\nAtendente: «a» — encaminhado p/ «s» (resp.: «r», «re»)\n\n--- histórico ---\n",
          a=P(g.pick([att.full, att.short])), s=setor, r=P(resp.short), re=(coop_mail(resp, coop), "EMAIL_ADDRESS"))
    doc.f("«d» «r»: «tx»\n", d=ds(g.plus(op, 1, 6), "short"), r=P(resp.first),
          tx=["contraprova reanalisada: umidade 16,2%. Diferença de desconto a devolver ao cooperado.",
              "troca autorizada, coleta agendada com a transportadora Dalcin & Filhos.",
              "cadastro bancário estava desatualizado; corrigido e reprocessado o pagamento.",
              "estorno solicitado à adquirente, prazo de 2 faturas."][k])
    doc.t("Resposta enviada por " + g.pick(["e-mail", "WhatsApp"]) + ":\n")
    tr = "Prezada Sra." if c.female else "Prezado Sr."
    doc.f("\"«tr» «n», ", tr=tr, n=P(g.pick([c.full, c.short])))
    if k == 0:
        doc.t("após a reclassificação da contraprova, a diferença de R$ " + g.money(80, 2600) + " foi creditada na sua conta-movimento.")
    elif k == 1:
        doc.t("a troca do fertilizante será feita até quinta-feira; favor deixar alguém na propriedade para receber.")
    elif k == 2:
        doc.parts(["o valor foi creditado hoje em sua nova conta (ag. ", (ag, "BANK_ACCOUNT"), ", c/c ", (cc, "BANK_ACCOUNT"),
                   "). Pedimos desculpas pela demora."])
    else:
        doc.t("o estorno foi solicitado e aparecerá em até duas faturas.")
    doc.f(" Permanecemos à disposição. Equipe SAC «sg»\"\n", sg=coop[1])
    doc.f("Avaliação do cooperado: «av»\n", av=g.pick(["5 - resolvido", "3 - demorou", "1 - não resolveu", "sem resposta"]))
    return doc


# =========================================================================== juridico

PROFS = [("agricultor", "agricultora"), ("lavrador", "lavradora"), ("produtor rural", "produtora rural"),
         ("pecuarista", "pecuarista"), ("aposentado", "aposentada"), ("agricultor", "do lar"), ("tratorista", "tratorista")]


def prof(g: Gen, p: Person) -> str:
    return g.pick(PROFS)[1 if p.female else 0]


def qual(g: Gen, doc: Doc, p: Person, uf: str, form: str | None = None, dob: bool | None = None, rg: bool = True,
         addr: bool = True, married: str | None = None) -> None:
    """Qualification of a party: NAME, brasileiro, casado, agricultor, RG ..., CPF ..., residente na ..."""
    doc.e(form or g.pick([p.full, p.caps, p.caps]), "PERSON")
    doc.t(", " + ("brasileira" if p.female else "brasileiro") + ", " + (married or ec(g, p)) + ", " + prof(g, p))
    if dob if dob is not None else g.chance(0.35):
        doc.t(", nascid" + p.o + " em ")
        doc.e(g.dob(g.pick(["br", "long"]), hi=1998), "DATE_OF_BIRTH")
    if rg:
        doc.t(", " + g.pick(["portador" + ("a" if p.female else "") + " do RG nº ", "RG ", "cédula de identidade nº "]))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/", "SESP/", "SJS/", "PC/"]) + uf)
    doc.t(", " + g.pick(["inscrit" + p.o + " no CPF sob o nº ", "CPF nº ", "CPF/MF ", "inscrit" + p.o + " no CPF/MF sob nº "]))
    doc.e(g.pcpf(p), "BR_CPF")
    if addr:
        doc.t(", " + g.pick(["residente e domiciliad" + p.o + " na ", "com residência na ", "residente na "]))
        if g.chance(0.65):
            doc.e(g.rural(), "ADDRESS")
            doc.t(", " + g.pick(["zona rural", g.pick(COMUNIDADES), "interior"]))
        else:
            doc.e(g.urban(), "ADDRESS")
            doc.t(", " + g.pick(["Centro", "bairro Jardim Primavera", "Vila Operária", "bairro São Cristóvão"]))
        if g.chance(0.6):
            doc.t(", CEP ")
            doc.e(g.cep(), "BR_CEP")


def ju_usucapiao(g: Gen) -> Doc:
    """Petition for special rural adverse possession (usucapião especial rural)."""
    doc = Doc()
    city, uf = g.city()
    a1 = g.person(female=False)
    a2 = g.spouse(a1)
    adv = g.person()
    agr = g.person()
    ha = g.ri(8, 50)
    oab = g.council("OAB", uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «cy»/«uf»\n\n\n",
          v=g.pick(["1ª", "2ª", "ÚNICA"]), cy=up(city), uf=uf)
    qual(g, doc, a1, uf, married="casado", dob=g.chance(0.5))
    doc.t(", e sua esposa ")
    qual(g, doc, a2, uf, form=g.pick([a2.full, a2.caps]), married="casada", addr=False, dob=g.chance(0.4))
    doc.t(", residente no mesmo endereço")
    doc.f(", por seu advogado que esta subscreve (procuração anexa), «a», «oab», com escritório profissional na Rua «ru», «rn», "
          "«cy»/«uf», e-mail «ae», vêm respeitosamente à presença de Vossa Excelência propor\n\nAÇÃO DE USUCAPIÃO ESPECIAL RURAL\n\n"
          "com fundamento no art. 191 da Constituição Federal, no art. 1.239 do Código Civil (Lei 10.406/2002) e na Lei 6.969/1981, "
          "em face de «r» e de eventuais interessados incertos, citando-se os confinantes abaixo, pelos fatos e fundamentos a seguir.\n\n",
          a=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), ru=g.pick(["Marechal Floriano", "Sete de Setembro", "Duque de Caxias"]),
          rn=g.ri(10, 2000), cy=city, uf=uf, ae=(law_mail(g, adv), "EMAIL_ADDRESS"),
          r=P(g.person().caps))
    seller = g.person(female=False)
    yr = g.ri(1992, 2012)
    doc.f("I — DOS FATOS\n\nOs autores exercem, desde «y», posse mansa, pacífica e ininterrupta sobre área rural de «ha» hectares, "
          "parte do imóvel denominado «pn», situado na «ad», zona rural de «cy»/«uf», onde residem e trabalham com a família no cultivo de "
          "«cu» e na criação de gado leiteiro. Os direitos possessórios foram adquiridos de «s», por contrato particular de cessão "
          "não levado a registro, pelo preço de «pz».\n\nA área está inscrita no CAR sob nº «car» e no cadastro do INCRA (CCIR «ccir») "
          "em nome de terceiro, constando da matrícula nº «mat» do Registro de Imóveis de «cy».\n\n",
          y=yr, ha=ha, pn=g.pick(PROPS), ad=(g.rural(), "ADDRESS"), cy=city, uf=uf, cu=g.pick(["milho e feijão", "mandioca e café", "fumo", "hortaliças"]),
          s=P(g.pick([seller.full, seller.caps])), pz=g.pick(["20 cabeças de gado", "Cr$ 450.000,00", "R$ 8.000,00", "um trator Valmet 85 id"]),
          car=g.car(uf), ccir=g.ccir(), mat=f"{g.ri(1, 40)}.{g.d(3)}")
    doc.t("A área confronta:\n")
    for side in g.rng.sample(["ao norte", "ao sul", "a leste", "a oeste"], g.ri(2, 4)):
        k = g.ri(0, 4)
        if k == 0:
            doc.f("  — «s», com a Estrada «e» (servidão pública);\n", s=side, e=g.pick(ESTRADAS))
        elif k == 1:
            doc.f("  — «s», com o Rio «r»;\n", s=side, r=g.pick(["Branco", "das Antas", "Jacutinga", "do Peixe", "Sagrado"]))
        else:
            vz = g.person()
            doc.f("  — «s», com «v»", s=side, v=P(g.pick([vz.full, vz.caps])))
            if g.chance(0.6):
                doc.f(", CPF «c», residente na «ad»", c=(g.cpf(), "BR_CPF"), ad=(g.rural(), "ADDRESS"))
            doc.t(";\n")
    doc.f("\nA planta e o memorial descritivo georreferenciados foram elaborados pel«o» «ti» «ag», «cr», ART «art».\n\n",
          o="a" if agr.female else "o", ti="Eng.ª Agrimensora" if agr.female else "Eng. Agrimensor", ag=P(agr.full),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art())
    doc.t("II — DAS PROVAS\n\nRequerem a oitiva das testemunhas:\n")
    for i in range(g.ri(1, 2)):
        w = g.person()
        doc.f("«i». «w», «pf», CPF «c», residente na «ad»", i=i + 1, w=P(w.full), pf=prof(g, w), c=(g.cpf(), "BR_CPF"),
              ad=(g.rural(), "ADDRESS"))
        if g.chance(0.5):
            doc.parts([", tel. ", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")])
        doc.t(";\n")
    doc.f("\nDá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«cy», «dt».\n\n«a»\n«oab»\n",
          vc=g.money(40000, 900000), cy=city, dt=ds(g.day(), "long"), a=P(up(adv.full)), oab=(oab, "PROFESSIONAL_ID"))
    return doc


def esign_log(g: Gen, doc: Doc, people: list[Person], plat: str | None = None, base: dt.date | None = None) -> None:
    plat = plat or g.pick(["ZapSign", "Clicksign", "D4Sign", "Autentique", "gov.br"])
    base = base or g.day()
    doc.f("\n--- Registro de assinaturas eletrônicas («pl») — documento «id» ---\n", pl=plat, id=g.uuid() if g.chance(0.5) else g.hexs(24))
    for p in people:
        cpf = re.sub(r"\D", "", g.pcpf(p))
        masked = g.chance(0.5)
        doc.parts([P(g.pick([p.full, p.caps])), " — CPF "])
        if masked:
            doc.t(f"***.{cpf[3:6]}.{cpf[6:9]}-**")
        else:
            doc.e(fmt_cpf(cpf), "BR_CPF")
        doc.t(" — ")
        if g.chance(0.7):
            doc.e(g.pemail(p), "EMAIL_ADDRESS")
        else:
            doc.e(g.phone("e164"), "PHONE_NUMBER")
        doc.f(" — assinou em «d» «h» — IP «ip»\n", d=ds(g.plus(base, 0, 5)), h=g.hms(), ip=(g.ip(g.chance(0.1)), "IP_ADDRESS"))


def ju_arrendamento(g: Gen) -> Doc:
    """Rural lease contract (arrendamento rural), paid in bags of soybeans, with the e-signature log."""
    doc = Doc()
    city, uf = g.city()
    lr = g.person()
    lrs = g.spouse(lr)
    pj = g.chance(0.35)
    le = g.person()
    cdate = g.day("2024-05-01", "2025-07-30")
    doc.t(g.pick(["CONTRATO PARTICULAR DE ARRENDAMENTO RURAL", "INSTRUMENTO PARTICULAR DE ARRENDAMENTO DE IMÓVEL RURAL PARA FINS AGRÍCOLAS"]) + "\n\n")
    doc.t("ARRENDADOR(ES): ")
    married = g.chance(0.6)
    qual(g, doc, lr, uf, married="casado" if married and not lr.female else ("casada" if married else None))
    if married:
        doc.t("; e seu cônjuge ")
        qual(g, doc, lrs, uf, form=lrs.full, addr=False, rg=g.chance(0.5), married="casada" if lrs.female else "casado")
    doc.t(";\n\nARRENDATÁRIO(A): ")
    if pj:
        doc.f("«co», pessoa jurídica de direito privado, CNPJ «cn», neste ato representada por «sa» ",
              co=g.pick(["Agropecuária Kowalski Ltda", "Granja Leitão & Filhos Ltda", "Agrícola Nakamura Ltda", "Fazendas Reunidas Prado Amado S.A.",
                         "Sementes Dalcin & Filhos Ltda"]), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
              sa="sua sócia-administradora" if le.female else "seu sócio-administrador")
    qual(g, doc, le, uf)
    ha = g.ri(20, 900)
    sc = g.ri(8, 16)
    prop = g.pick(PROPS)
    doc.f(";\n\nCLÁUSULA 1ª — DO OBJETO. O ARRENDADOR dá em arrendamento «ha» ha de terras agricultáveis do imóvel rural denominado «pn», "
          "matrícula nº «m» do Registro de Imóveis de «cy»/«uf», CCIR «cc», NIRF «nf», CAR «car», destinados exclusivamente ao cultivo de "
          "grãos (soja no verão; milho ou trigo no inverno).\n\n"
          "CLÁUSULA 2ª — DO PRAZO. O prazo é de «pr» safras, de «i» a «f», observado o mínimo do art. 13 do Decreto 59.566/1966.\n\n"
          "CLÁUSULA 3ª — DO PREÇO. O arrendamento anual corresponde a «sc» sacas de 60 kg de soja por hectare, pagas em dinheiro pela "
          "cotação do balcão da «co» no dia do pagamento, até 30 de abril de cada ano, mediante ",
          ha=ha, pn=prop, m=f"{g.ri(1, 30)}.{g.d(3)}", cy=city, uf=uf, cc=g.ccir(), nf=g.nirf(), car=g.car(uf),
          pr=(npr := g.pick(["3 (três)", "5 (cinco)", "4 (quatro)"])), i=f"1º/08/{cdate.year}", f=f"30/06/{cdate.year + int(npr[0])}", sc=sc,
          co=g.pick(COOPS)[1])
    if g.chance(0.5):
        doc.f("depósito na conta do ARRENDADOR no banco «b», agência «ag», conta corrente «cc»", b=g.pick(BANKS),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Pix para a chave aleatória «px», de titularidade do ARRENDADOR", px=(g.uuid(), "PIX_KEY"))
    doc.t(", valendo o comprovante como recibo.\n\n")
    doc.f("CLÁUSULA 4ª — Fica assegurado ao ARRENDATÁRIO o direito de preferência na renovação e na alienação do imóvel (art. 92 da "
          "Lei 4.504/1964). As benfeitorias úteis dependem de autorização escrita.\n\nCLÁUSULA 5ª — O ARRENDATÁRIO responde pelo uso de "
          "agrotóxicos conforme receituário agronômico e pela conservação das curvas de nível e da reserva legal.\n\n"
          "CLÁUSULA 6ª — As comunicações entre as partes valerão por e-mail: ARRENDADOR «e1»; ARRENDATÁRIO «e2».\n\n"
          "Fica eleito o foro da comarca de «cy»/«uf».\n\n«cy», «dt».\n\nTestemunhas:\n",
          e1=(g.pemail(lr), "EMAIL_ADDRESS"), e2=(g.pemail(le), "EMAIL_ADDRESS"), cy=city, uf=uf, dt=ds(cdate, "long"))
    wits = [g.person(), g.person()]
    for i, w in enumerate(wits):
        doc.f("«i». «w» — CPF «c»\n", i=i + 1, w=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    esign_log(g, doc, [lr, le] + ([lrs] if married and g.chance(0.5) else []), base=cdate)
    return doc


FUNCOES = ["trabalhador rural (catação de raiz)", "operador de roçadeira", "aplicador de agrotóxico (bomba costal)",
           "tratorista", "cozinheira", "colhedor de café", "trabalhador na roçada de pasto", "cortador de lenha p/ secador de fumo",
           "serviços gerais", "colhedor de maçã", "carvoejador"]


def ju_fiscalizacao(g: Gen) -> Doc:
    """Rural labour inspection report with the list of workers found."""
    doc = Doc()
    city, uf = g.city()
    d1 = g.day()
    d2 = g.plus(d1, 2, 9)
    emp = g.person(female=g.chance(0.15))
    afts = [g.person(), g.person()]
    gato = g.person(female=False)
    prop = g.pick(PROPS)
    doc.f("MINISTÉRIO DO TRABALHO E EMPREGO — SUPERINTENDÊNCIA REGIONAL DO TRABALHO EM «uf»\nRELATÓRIO DE FISCALIZAÇÃO — "
          "ESTABELECIMENTO RURAL\nOrdem de serviço nº «os»   Período da ação: «d1» a «d2»\n\n1. IDENTIFICAÇÃO DO EMPREGADOR\n"
          "Empregador: «e» (pessoa física)   CPF: «cpf»\nCEI/CNO: «cei»\nEstabelecimento: «pr» — «ad» — «cy»/«uf»\n"
          "Atividade: «at»\nTelefone: «t»\n\n",
          uf=uf, os=g.d(10), d1=ds(d1), d2=ds(d2), e=P(g.pick([emp.caps, emp.full])), cpf=(g.cpf(), "BR_CPF"),
          cei=f"{g.d(2)}.{g.d(3)}.{g.d(5)}/{g.d(2)}", pr=prop, ad=(g.rural(), "ADDRESS"), cy=city,
          at=g.pick(["cultivo de café", "criação de bovinos para corte", "produção de carvão vegetal", "cultivo de fumo", "cultivo de maçã", "extração de erva-mate"]),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("2. EQUIPE\nAuditor«x»-Fiscal do Trabalho «a1» (SIAPE «s1»), coordenador«x» da ação", x="a" if afts[0].female else "",
          a1=P(afts[0].full), s1=g.d(7))
    if g.chance(0.5):
        doc.f(", e «a2» (SIAPE «s2»)", a2=P(afts[1].full), s2=g.d(7))
    doc.t("; representante do Ministério Público do Trabalho; apoio da Polícia Rodoviária Federal.\n\n3. TRABALHADORES ENCONTRADOS\n")
    doc.t("nº | nome | CPF | NIT | nascimento | função | início\n")
    for i in range(g.ri(3, 5)):
        w = g.person(origin=g.pick(["pt", "pt", "pt", "py", "ht", "bo", "ind"]))
        doc.f("«i» | «n» | ", i=f"{i + 1:02d}", n=P(g.pick([w.caps, w.full])))
        if g.chance(0.85):
            doc.e(g.cpf(), "BR_CPF")
        else:
            doc.t("não possui (estrangeiro, RNM " + g.pick("FGV") + g.d(6) + "-" + g.d(1) + ")")
        doc.t(" | ")
        if g.chance(0.6):
            doc.e(g.pis(), "BR_PIS")
        else:
            doc.t("—")
        doc.f(" | «dob» | «fn» | «ad»\n", dob=(g.dob("br", lo=1960, hi=2006), "DATE_OF_BIRTH"), fn=g.pick(FUNCOES),
              ad=g.pick([ds(g.plus(d1, -400, -20)), ds(g.plus(d1, -90, -5)), "sem registro"]))
    doc.f("\n4. DESCRIÇÃO\nOs trabalhadores foram arregimentados em «orig» pelo intermediador conhecido como «gn» (CPF «gc», "
          "telefone «gt»), que cobrava R$ «v» de cada um pela passagem e descontava alimentação do salário. O alojamento, barraco de lona "
          "a cerca de 2 km da sede, não tinha instalações sanitárias nem água potável; as embalagens de «ag» eram guardadas junto aos "
          "alimentos, sem EPI para a aplicação (NR-31, itens 31.7 e 31.17).\n\n",
          orig=g.pick(["Caarapó/MS", "Pedro II/PI", "Codó/MA", "Minas Novas/MG", "Ciudad del Este (PY)", "Porto Príncipe (HT), via Manaus"]),
          gn=P(g.pick(["Zé Baiano", "Paraguaio", "Toninho Gato", gato.nick, gato.nick])), gc=(g.cpf(), "BR_CPF"),
          gt=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), v=g.money(150, 600), ag=g.pick(AGROTOX)[1])
    adv = g.person()
    cont = g.person()
    doc.f("5. PROVIDÊNCIAS\nLavrados «k» autos de infração. Emitidas guias de seguro-desemprego do trabalhador resgatado. Verbas rescisórias "
          "pagas em «dp» na presença da equipe, no total de R$ «vt». O empregador esteve assistido pel«o» advogad«o» «ad» («oab») e pelo "
          "contador, «crc».\n\n«cy», «d».\n«a1»\nAuditor«x»-Fiscal do Trabalho\n",
          k=g.ri(6, 24), dp=ds(d2), vt=g.money(20000, 180000), o="a" if adv.female else "o", ad=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"), cy=city,
          d=ds(g.plus(d2, 3, 20), "long"), a1=P(up(afts[0].full)), x="a" if afts[0].female else "")
    return doc


def ju_divisa(g: Gen) -> Doc:
    """Police report on a moved boundary fence, followed by the lawyer's extrajudicial notice."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    viz = g.person(female=False)
    vson = g.child(viz, female=False)
    agr = g.person()
    adv = g.person()
    wit = g.person()
    fact = g.day()
    reg = g.plus(fact, 0, 3)
    notice = g.plus(reg, 5, 30)
    bo = f"{reg.year}-{g.d(6)}" if g.chance(0.5) else f"{g.d(5)}/{reg.year}"
    doc.f("«pc» — DELEGACIA DE POLÍCIA DE «cy»\nBOLETIM DE OCORRÊNCIA Nº «bo»\nNatureza: ALTERAÇÃO DE LIMITES (ART. 161 CP) / DANO\n"
          "Data/hora do registro: «d» «h»   Data do fato: «df»\n\nCOMUNICANTE/VÍTIMA: «c»\nSexo: «sx»   Nascimento: «dob»\n"
          "RG: «rg»   CPF: «cpf»\nResidência: «ad» — «com» — «cy»/«uf»\nTelefone: «t»\n\n",
          pc=up("Polícia Civil do Estado"), cy=up(city), bo=bo, d=ds(reg), h=g.hm(), df=ds(fact),
          c=P(c.caps), sx="FEMININO" if c.female else "MASCULINO", dob=(g.dob("br", hi=1995), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.pcpf(c, "dot"), "BR_CPF"), ad=(g.rural("caps"), "ADDRESS"),
          com=up(g.pick(COMUNIDADES)), uf=uf, t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    nick = g.pick(["TUCA", "CHIMANGO", "MANECO", "GRINGO", "ALEMÃO", "PIÁ"])
    doc.f("SUSPEITO: «v» (VULGO «nk»), vizinho confrontante, «pr», fone «vt»\n\nHISTÓRICO:\nCOMPARECE NESTA UNIDADE «o» COMUNICANTE RELATANDO QUE NA "
          "MANHÃ DO DIA «df» SEU VIZINHO, O SUSPEITO, ACOMPANHADO DO FILHO «vson» E DE UM FUNCIONÁRIO, ARRANCOU "
          "APROXIMADAMENTE «m» METROS DE CERCA DE ARAME FARPADO NA DIVISA ENTRE AS PROPRIEDADES, RECOLOCANDO-A CERCA DE «x» METROS PARA "
          "DENTRO DA ÁREA D«o» COMUNICANTE, ONDE HAVIA PLANTIO DE «cu». INFORMA QUE A DIVISA FOI LEVANTADA EM «ano» PEL«oa» «ti» «ag» "
          "(«cr») E QUE POSSUI O MEMORIAL DESCRITIVO. INFORMA AINDA QUE O SUSPEITO JÁ O AMEAÇOU EM OUTRA OCASIÃO DIZENDO QUE \"ALI É TUDO DELE\". "
          "PRESENCIOU OS FATOS «w», TELEFONE «wt». NADA MAIS.\n\n",
          v=P(viz.caps), nk=P(nick), pr=up(g.pick(PROPS)), vt=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), o="A" if c.female else "O", df=ds(fact),
          vson=P(up(g.pick([vson.first, vson.short]))),
          m=g.ri(80, 600), x=g.ri(5, 40), cu=g.pick(["MILHO", "SOJA", "PASTAGEM", "FEIJÃO", "ERVA-MATE"]), ano=g.ri(2008, 2022),
          oa="A" if agr.female else "O", ti="AGRIMENSORA" if agr.female else "AGRIMENSOR", ag=P(agr.caps),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), w=P(wit.caps),
          wt=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    doc.f("---------- Mensagem encaminhada ----------\nDe: «a» <«ae»>\nData: «d»\nAssunto: Notificação extrajudicial - divisa «pr»\n\n"
          "NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «c», CPF «cpf»\nNOTIFICADO: «v», CPF «vc», residente na «vad»\n\n"
          "Ilmo. Senhor,\n\nNa qualidade de advogad«ao» d«o» Notificante, e tendo em vista o Boletim de Ocorrência nº «bo», NOTIFICO Vossa "
          "Senhoria para que, no prazo de 10 (dez) dias, restabeleça a cerca na linha de divisa original, conforme memorial descritivo "
          "georreferenciado (SIGEF «sg»), sob pena de ajuizamento de ação demarcatória (art. 569 do CPC) cumulada com reintegração de posse "
          "e perdas e danos pela lavoura destruída, estimadas em R$ «pd».\n\n«cy», «dl».\n\n«a2»\n«oab»\n",
          a=P(adv.full), ae=(law_mail(g, adv), "EMAIL_ADDRESS"), d=ds(notice), pr=g.pick(PROPS),
          c=P(c.full), cpf=(g.pcpf(c), "BR_CPF"), v=P(viz.full), vc=(g.cpf(), "BR_CPF"), vad=(g.rural(), "ADDRESS"),
          ao="a" if adv.female else "o", o=c.o, bo=bo,
          sg=g.uuid(), pd=g.money(3000, 60000), cy=city, dl=ds(notice, "long"), a2=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """Labour court hearing record: rural worker against a farmer; settlement or testimony."""
    doc = Doc()
    city, uf = g.city()
    uf2 = uf if uf in TRT else "PR"
    rcl = g.person(female=g.chance(0.25))
    rcd = g.person(female=g.chance(0.2))
    judge = g.person()
    a1, a2 = g.person(), g.person()
    prep = g.person()
    prop = g.pick(PROPS)
    hd = g.day("2024-03-01", "2025-11-20")
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\nVara do Trabalho de «cy»\n\n"
          "ATOrd «cnj»\nRECLAMANTE: «rl» — CPF: «rlc»\nRECLAMADO: «rd» («pr») — CPF: «rdc»\n\nATA DE AUDIÊNCIA\n\n"
          "Aos «dd» dias do mês de «mm» de «yy», às «h», na sala de audiências desta Vara, sob a presidência d«jo» Exm«jo». «jz» do "
          "Trabalho «j», foram apregoadas as partes.\n\n",
          r=TRT[uf2], cy=city, cnj=g.cnj(uf2, "5"), rl=P(rcl.caps), rd=P(rcd.caps), pr=prop, rlc=(g.pcpf(rcl), "BR_CPF"), rdc=(g.pcpf(rcd), "BR_CPF"), dd=EXT_DAY[hd.day],
          mm=MONTHS[hd.month - 1], yy=hd.year, h=f"{g.ri(8, 17):02d}:{g.pick(['00', '10', '20', '30', '40', '50'])}",
          jo="a" if judge.female else "o", jz="Juíza" if judge.female else "Juiz",
          j=P(judge.full))
    doc.f("Presente o reclamante, acompanhad«o» d«ao1» advogad«ao1» «a1» («o1»). Presente o reclamado, representado pel«ao3» «x» «pp», "
          "CPF «pc», acompanhado d«ao2» advogad«ao2» «a2» («o2»).\n\n",
          o=rcl.o, ao1="a" if a1.female else "o", a1=P(a1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ao3="a" if prep.female else "o", x="preposta" if prep.female else "preposto", pp=P(prep.full), pc=(g.cpf(), "BR_CPF"),
          ao2="a" if a2.female else "o", a2=P(a2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if COPY % 2 == 0:
        v = g.ri(400000, 4500000)
        doc.f("CONCILIAÇÃO: as partes se conciliam nos seguintes termos: o reclamado pagará ao reclamante R$ «v», em «p» parcelas mensais e "
              "sucessivas, vencendo-se a primeira em «d», mediante ",
              v=brl(v), p=g.ri(2, 6), d=ds(g.plus(hd, 10, 40)))
        if g.chance(0.55):
            doc.f("depósito na conta de titularidade do reclamante (banco «b», agência «ag», conta «cc», CPF «cpf»)",
                  b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), cpf=(g.pcpf(rcl), "BR_CPF"))
        else:
            doc.f("transferência Pix para a chave aleatória «px», informada pelo reclamante e conferida em audiência", px=(g.uuid(), "PIX_KEY"))
        doc.f(". Em caso de inadimplemento, multa de 50% sobre o saldo. O reclamado procederá à anotação da CTPS digital do reclamante, "
              "com admissão em «ad» e saída em «sd», função «fn». Natureza indenizatória das parcelas (art. 832, § 3º, da CLT). "
              "Custas de R$ «cu» pelo reclamado.\n\n",
              ad=ds(g.plus(hd, -2000, -500)), sd=ds(g.plus(hd, -400, -90)), fn=g.pick(["trabalhador rural polivalente", "tratorista", "retireiro", "safrista"]),
              cu=brl(v // 50))
    else:
        doc.t("Rejeitada a conciliação. Depoimento pessoal do reclamante: ")
        cap = g.person(female=False)
        doc.f("\"que trabalhou «pr» de «a1» a «a2», na ordenha e no trato do gado; que o capataz, seu «cp», marcava o ponto num caderno; "
              "que morava numa casa da fazenda na «ad»; que tirava leite às 4h da manhã todos os dias, inclusive domingo\". Nada mais.\n\n"
              "Testemunha do reclamante: «w», «pf», RG «rg», residente na «wad». Advertid«wo» e compromissad«wo». Disse: \"que é vizinho da "
              "fazenda e via o reclamante na ordenha de madrugada; que o «rdf» pagava por fora, em dinheiro ou Pix\". Nada mais.\n\n"
              "Testemunha do reclamado: «w2», CPF «w2c». Contraditada por ser empregad«o» do reclamado; acolhida a contradita, ouvid«o» como "
              "informante. Encerrada a instrução. Razões finais remissivas.\n\n",
              pr=em_prop(prop), a1=g.ri(2014, hd.year - 4), a2=g.ri(hd.year - 2, hd.year), cp=P(g.pick([cap.nick, cap.first])), ad=(g.rural(), "ADDRESS"),
              w=P((w := g.person()).full), pf=prof(g, w), rg=(g.rg(), "BR_RG"), wad=(g.rural(), "ADDRESS"), wo=w.o,
              rdf=P(g.pick([rcd.first, rcd.nick])), w2=P((w2 := g.person()).full), w2c=(g.cpf(), "BR_CPF"), o=w2.o)
    doc.f("Cientes as partes. Nada mais.\n«j»\n«jz» do Trabalho\n", j=P(up(judge.full)), jz="Juíza" if judge.female else "Juiz")
    return doc


def ju_escritura(g: Gen) -> Doc:
    """Notarial deed of sale of a rural property."""
    doc = Doc()
    city, uf = g.city()
    v1 = g.person(female=False)
    v2 = g.spouse(v1)
    buyer = g.person()
    esc = g.person(female=g.chance(0.7))
    tab = g.person(female=g.chance(0.5))
    ha = g.ri(10, 1500)
    price = g.ri(30000000, 900000000)
    deed = g.day("2024-02-01", "2025-11-28")
    hb = g.born(1932, 1955)
    doc.f("LIVRO «l» — FOLHAS «f1»/«f2»\n«tb»\n\nESCRITURA PÚBLICA DE COMPRA E VENDA DE IMÓVEL RURAL\n\n"
          "SAIBAM quantos esta pública escritura virem que, aos «dd» dias do mês de «mm» do ano de «yy», nesta cidade de «cy»/«uf», "
          "no Tabelionato, perante mim, compareceram partes entre si justas e contratadas, a saber: como OUTORGANTES VENDEDORES, ",
          l=g.ri(100, 900), f1=f"{g.ri(1, 290):03d}", f2=f"{g.ri(291, 300):03d}",
          tb=g.pick(["Tabelionato de Notas e Protesto de ", "1º Tabelionato de Notas de ", "Serviço Notarial e Registral de "]) + city,
          dd=EXT_DAY[deed.day], mm=MONTHS[deed.month - 1], yy="dois mil e vinte e " + ("quatro" if deed.year == 2024 else "cinco"), cy=city, uf=uf)
    doc.e(v1.caps, "PERSON")
    doc.f(", brasileiro, agricultor, nascido em «dob», portador da CNH nº «cnh» (DETRAN/«uf»), inscrito no CPF sob nº «cpf», e sua mulher ",
          dob=(ds(hb), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"), uf=uf, cpf=(g.pcpf(v1), "BR_CPF"))
    doc.e(v2.caps, "PERSON")
    doc.f(", brasileira, do lar, nascida em «dob», RG nº «rg», CPF nº «cpf», casados sob o regime da comunhão universal de bens antes da "
          "Lei 6.515/1977, residentes e domiciliados na «ad», «cy»/«uf»; e como OUTORGAD«o» COMPRADOR«a», ",
          dob=(ds(g.born(hb.year - 4, min(hb.year + 6, 1958))), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cpf=(g.pcpf(v2), "BR_CPF"),
          ad=(g.address(rural=0.5), "ADDRESS"), cy=city, uf=uf, o="A" if buyer.female else "O", a="A" if buyer.female else "")
    doc.e(buyer.caps, "PERSON")
    doc.f(", «nat», «ec», «pf», CPF nº «cpf», e-mail «e», telefone «t», residente na «ad», CEP «cep»; os presentes reconhecidos como os "
          "próprios por mim, à vista dos documentos apresentados, do que dou fé.\n\n",
          nat="brasileira" if buyer.female else g.pick(["brasileiro", "brasileiro naturalizado", "paraguaio, RNM " + g.pick("VFG") + g.d(6) + "-" + g.d(1)]),
          ec=ec(g, buyer), pf=prof(g, buyer), cpf=(g.cpf(), "BR_CPF"), e=(g.email(buyer), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), ad=(g.urban(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("1. DO OBJETO: imóvel rural denominado «pn», com área de «ha» ha, situado no município de «cy»/«uf», matrícula nº «m» do Registro de "
          "Imóveis da Comarca, cadastrado no INCRA sob o código «cc», NIRF «nf», CAR «car», com georreferenciamento certificado pelo "
          "SIGEF (certificação «sg»).\n\n2. DO PREÇO: R$ «pz», pago da seguinte forma: R$ «s1» neste ato, por TED para a conta de "
          "titularidade do outorgante vendedor no banco «b», agência «ag», conta «co», e o saldo em «p» parcelas anuais "
          "equivalentes a «sc» sacas de soja cada.\n\n",
          pn=g.pick(PROPS), ha=ha, cy=city, uf=uf, m=f"{g.ri(1, 40)}.{g.d(3)}", cc=g.ccir(), nf=g.nirf(), car=g.car(uf), sg=g.uuid(),
          pz=brl(price), s1=brl(price // 3), b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), co=(g.account(), "BANK_ACCOUNT"),
          p=g.ri(2, 5), sc=sacas(g, 1000, 20000))
    doc.f("3. Foram apresentados: CCIR 2025 quitado, certidão negativa de débitos do ITR, CND trabalhista e guia de ITBI nº «it», "
          "paga em «dp». Emitida a DOI. ", it=g.d(8), dp=ds(g.plus(deed, -20, -1)))
    k = g.ri(0, 2)
    if k == 0:
        doc.t("O imóvel não tem sobreposição com terra indígena, conforme certidão da FUNAI.")
    elif k == 1:
        doc.t("Declaram as partes que não há arrendamento vigente.")
    else:
        arr = g.person()
        doc.parts(["Consta arrendamento a ", P(g.pick([arr.full, arr.caps])), ", CPF ", (g.cpf(), "BR_CPF"),
                   ", até a safra 2026/27, que o comprador declara conhecer."])
    doc.f("\n\nE, de como assim disseram, do que dou fé, pediram-me que lavrasse esta escritura, a qual "
          "lida em voz alta, aceitam e assinam. Eu, «e», Escrevente Autorizad«eo», a lavrei. Eu, «t», Tabeli«ta», a subscrevo.\n",
          e=P(esc.full), eo=esc.o, t=P(tab.full), ta="ã" if tab.female else "ão")
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Law firm's spreadsheet of CPR and rural credit executions (semicolon CSV) with the covering e-mail."""
    doc = Doc()
    city, uf = g.city()
    firm = g.pick(["Quevedo, Brum & Taborda Advogados", "Bonamigo Cadore Sociedade de Advogados", "Abib & Chaim Advocacia do Agronegócio",
                   "Piovesan Lazzari Advogados"])
    dom = re.sub(r"[^a-z]", "", fold(firm.split()[0]).lower()) + ".adv.br"
    adv = g.person()
    cli_contact = g.person()
    cred = g.pick(TRADINGS + [c[0] for c in CREDCOOPS[:3]])
    doc.f("De: «a» <«ae»>\nPara: «c» <«ce»>\nAssunto: Planilha de execuções — atualização «d»\n\nBoa tarde.\n\nSegue a planilha "
          "atualizada das execuções da «cr»«pt» Destaque para as linhas com penhora de safra: o oficial de justiça esteve nas propriedades semana "
          "passada. Os CPFs marcados com * conferimos na Receita.\n\n",
          a=P(adv.full), ae=(corp_mail(adv, dom), "EMAIL_ADDRESS"), c=P(cli_contact.full), ce=(g.email(cli_contact, g.pick(COOPS)[2]), "EMAIL_ADDRESS"),
          d=g.date("br", 2025), cr=cred, pt="" if cred.endswith(".") else ".")
    cols = ["pasta", "processo", "comarca", "executado", "cpf_cnpj", "avalista", "cpf_avalista", "titulo", "valor_causa", "fase", "adv_resp", "obs"]
    doc.t(";".join(cols) + "\n")
    staff = [g.person() for _ in range(3)]
    for i in range(g.ri(3, 5)):
        ex = g.person()
        av = g.spouse(ex) if g.chance(0.5) else g.person()
        st = g.pick(staff)
        cy2, uf3 = g.city()
        pj = g.chance(0.15)
        row = [(f"{g.ri(1000, 9999)}/{g.ri(22, 25)}", None), (g.cnj(uf3), None), (f"{cy2}/{uf3}", None)]
        if pj:
            row += [(g.pick(["Agropecuária Três Irmãos Ltda", "Granja Bento Ltda", "Sementes Ouro Verde Ltda"]), None),
                    (g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ")]
        else:
            row += [(g.pick([ex.caps, ex.full]), "PERSON"), (g.cpf(g.pick(["dot", "raw"])) , "BR_CPF")]
        has_av = g.chance(0.6)
        row += [(g.pick([av.caps, av.full]) if has_av else "", "PERSON"), (g.cpf() if has_av and g.chance(0.8) else "", "BR_CPF")]
        row += [(g.pick(["CPR-F " + g.d(5), "CPR física " + g.d(4) + "/" + str(g.ri(2021, 2024)), "CCB rural " + g.d(6), "Cédula Rural Pignoratícia " + g.d(5)]), None),
                (g.money(40000, 4000000), None),
                (g.pick(["citação", "penhora de safra", "embargos à execução", "acordo em cumprimento", "suspensa (RJ do produtor)", "leilão designado"]), None),
                ((login(st), None) if g.chance(0.8) else (st.first, "PERSON"))]
        csv_rows(doc, None, [row])
        doc.text = doc.text[:-1] + ";"
        k = g.ri(0, 5)
        if k == 0:
            doc.parts(["citação frustrada - mudou p/ o Paraguai, irmão informou novo end. ", (g.urban(), "ADDRESS")])
        elif k == 1:
            doc.parts(["penhora de ", g.pick(["1.200", "3.500", "800"]), " sc de soja no armazém da ", g.pick(COOPS)[1], " - fiel depositário ",
                       P(g.pick([ex.first, ex.short]))])
        elif k == 2:
            doc.parts(["devedor ligou (", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), ") propondo acordo em 3 safras"])
        elif k == 3:
            doc.parts(["CPF do avalista na inicial errado (", N(g.neg(11)), "), emendar"])
        doc.t("\n")
    doc.f("\nQualquer dúvida estou à disposição.\n\n«a»\n«oab»\n«fm»\n«t»\n",
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), fm=firm, t=(g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

UBS = ["UBS Rural Linha Tigre", "Posto de Saúde do Distrito de Flor da Serra", "ESF Rural São Roque", "UBS Vila Rural Aurora",
       "Posto de Saúde Comunidade Bom Jesus", "UBS Assentamento Eldorado", "Unidade de Saúde da Família Barra Grande"]
HOSP = ["Hospital São Bento", "Hospital Regional de {cy}", "Hospital Beneficente Santa Luzia", "Hospital Municipal Vitória",
        "Santa Casa de Misericórdia de {cy}", "Hospital Aurora"]
SINTOMAS = ["náuseas, vômitos, sudorese e miose", "cefaleia, tontura e visão turva", "salivação excessiva, dor abdominal e diarreia",
            "fasciculações e fraqueza muscular", "lesões de pele nas mãos e antebraços", "ardência nos olhos e tosse",
            "dispneia e bradicardia", "queimação na boca e na garganta"]


def sa_sinan(g: Gen) -> Doc:
    """SINAN investigation form: exogenous (pesticide) poisoning."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    mom = g.person(female=True)
    nurse = g.person(female=g.chance(0.8))
    ativo, comercial = g.pick(AGROTOX)
    cid = g.pick(["T60.0", "T60.0", "T60.1", "T60.3", "T60.9"])
    hosp = g.pick(HOSP).replace("{cy}", city)
    sym = g.day()
    notif = g.plus(sym, 0, 4)
    bp = g.born(1950, 2008)
    doc.f("República Federativa do Brasil — Ministério da Saúde\nSINAN — SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\n"
          "FICHA DE INVESTIGAÇÃO — INTOXICAÇÃO EXÓGENA          Nº «n»\n\n"
          "1 Tipo de notificação: 2 - Individual\n2 Agravo/doença: INTOXICAÇÃO EXÓGENA      Código (CID10): «cid»\n"
          "3 Data da notificação: «dn»\n4 UF: «uf»   5 Município de notificação: «cy»\n6 Unidade de saúde: «ub»   Código (CNES): «cnes»\n"
          "7 Data dos primeiros sintomas: «ds»\n",
          n=g.d(7), cid=cid, dn=ds(notif), uf=uf, cy=up(city), ub=up(g.pick(UBS)), cnes=g.d(7), ds=ds(sym))
    street_only = g.chance(0.6)
    doc.f("8 Nome do paciente: «nm»\n9 Data de nascimento: «dob»   10 Idade: «id» A   11 Sexo: «sx»   12 Gestante: «gs»\n"
          "13 Raça/cor: «rc»   14 Escolaridade: «es»\n15 Número do Cartão SUS: «cns»   CPF: «cpf»\n16 Nome da mãe: «mae»\n",
          nm=P(c.caps), dob=(ds(bp), "DATE_OF_BIRTH"), id=age(bp, sym), sx="F - Feminino" if c.female else "M - Masculino",
          gs=g.pick(["5 - Não", "6 - Não se aplica", "2 - 2º trimestre"]) if c.female else "6 - Não se aplica",
          rc=g.pick(["1 - Branca", "4 - Parda", "2 - Preta", "5 - Indígena", "3 - Amarela"]),
          es=g.pick(["02 - 4ª série completa do EF", "03 - 5ª à 8ª série incompleta do EF", "06 - Ensino médio completo", "01 - 1ª a 4ª série incompleta do EF"]),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else "não informado", mae=P(mom.caps))
    if street_only:
        rd = g.rural()
        street, _, rest = rd.partition(", ")
        doc.f("17 UF: «uf»   18 Município de residência: «cy»\n20 Bairro: «b»\n21 Logradouro: «lg»   22 Número: «nr»\n"
              "23 Complemento: «cp»\n26 CEP: «cep»\n27 (DDD) Telefone: «t»\n28 Zona: 2 - Rural\n",
              uf=uf, cy=up(city), b=up(g.pick(COMUNIDADES)), lg=(up(street), "ADDRESS"), nr=up(rest) if rest else "S/N",
              cp=up(g.pick(PROPS)), cep=(g.cep(g.chance(0.7)), "BR_CEP"), t=(g.phone("par"), "PHONE_NUMBER"))
    else:
        doc.f("17 UF: «uf»   18 Município de residência: «cy»\n21 Logradouro/nº: «lg»\n23 Complemento: «cp»\n26 CEP: «cep»\n"
              "27 (DDD) Telefone: «t»\n28 Zona: 2 - Rural\n",
              uf=uf, cy=up(city), lg=(g.rural("caps"), "ADDRESS"), cp=up(g.pick(PROPS)), cep=(g.cep(), "BR_CEP"),
              t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\n34 Ocupação: TRABALHADOR AGROPECUÁRIO EM GERAL (CBO 6210-05)\n35 Situação no mercado de trabalho: «sm»\n"
          "36 Local de ocorrência da exposição: 4 - Ambiente de trabalho\n37 Nome do local/estabelecimento: «pr»\n"
          "40 Grupo do agente tóxico: 05 - Agrotóxico agrícola\n41 Agente tóxico: «ac» / «at»\n42 Atividade exercida: «ae»\n"
          "43 Cultura/lavoura: «cu»\n44 Via de exposição: «vx»\n45 Circunstância: «ci»\n46 Exposição decorrente do trabalho: 1 - Sim\n"
          "47 Tipo de exposição: 1 - Aguda-única\n",
          sm=g.pick(["01 - Empregado registrado", "02 - Empregado não registrado", "03 - Autônomo/conta própria", "10 - Trabalhador familiar"]),
          pr=up(g.pick(PROPS)), ac=up(comercial), at=up(ativo),
          ae=g.pick(["1 - Diluição", "2 - Pulverização", "3 - Tratamento de sementes", "5 - Colheita", "6 - Transporte"]),
          cu=up(g.pick(["soja", "fumo", "milho", "café", "tomate", "maçã"])), vx=g.pick(["1 - Digestiva", "2 - Cutânea", "3 - Respiratória", "2 - Cutânea / 3 - Respiratória"]),
          ci=g.pick(["01 - Uso habitual", "02 - Acidental", "03 - Ambiental", "06 - Tentativa de suicídio"]))
    doc.f("49 Tipo de atendimento: «ta»   50 Hospitalização: «hz»   52 Município de hospitalização: «cy»\n53 Unidade de saúde: «h»\n"
          "56 Classificação final: 1 - Intoxicação confirmada   57 Critério de confirmação: 2 - Clínico-epidemiológico\n"
          "58 Diagnóstico (CID10): «cid»   59 Evolução: «ev»   61 Data do encerramento: «de»\n\n",
          ta=g.pick(["2 - Hospitalar", "1 - Ambulatorial"]), hz=g.pick(["1 - Sim", "2 - Não"]), cy=up(city), h=up(hosp), cid=cid,
          ev=g.pick(["1 - Cura sem sequela", "1 - Cura sem sequela", "2 - Cura com sequela"]), de=ds(g.plus(notif, 10, 60)))
    boss = g.person(female=False)
    sp = g.spouse(c)
    doc.t("INFORMAÇÕES COMPLEMENTARES: ")
    k = g.ri(0, 2)
    if k == 0:
        doc.parts(["Paciente relata que aplicava o produto com bomba costal, sem luvas, na lavoura do patrão Sr. ",
                   P(g.pick([boss.full, boss.short])), ". Apresentou ", g.pick(SINTOMAS), " cerca de 2 h depois. Trazid", c.o, " pel",
                   sp.o, " ", "esposa " if sp.female else "marido ", P(sp.first), ", tel. ", (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), "."])
    elif k == 1:
        doc.parts(["Exposição na diluição do produto em galpão fechado. O filho ", P(g.child(c, False).first),
                   " também apresentou sintomas leves e foi orientado. Empregador (", P(boss.caps), ") comunicado; CEREST acionado."])
    else:
        doc.parts(["Deriva de pulverização da propriedade vizinha (", P(boss.short), "). ", g.pick(SINTOMAS).capitalize(),
                   ". Orientada a família sobre a notificação à ADAPAR."])
    doc.f("\n\nInvestigador: «n» — «f» — «cr»\n", n=P(nurse.full), f="Enfermeira" if nurse.female else "Enfermeiro",
          cr=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_ubs(g: Gen) -> Doc:
    """e-SUS record at a rural health post: SOAP note and the community health agent's home visit."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    mom = g.person(female=True)
    doc_ = g.person()
    nurse = g.person(female=g.chance(0.8))
    acs = g.person(female=g.chance(0.7))
    ub = g.pick(UBS)
    att = g.day()
    bp = g.born(1940, 2005)
    doc.f("e-SUS APS — PEC — «ub» — Equipe ESF Rural «eq»\n\nCIDADÃO: «nm»\nCNS: «cns»   CPF: «cpf»   Nasc.: «dob» («id» anos)\n"
          "Mãe: «mae»   Telefone: «t»\nEndereço: «ad», «com» — Microárea «ma» — ACS «acs»\n\n",
          ub=ub, eq=f"{g.ri(1, 6):02d}", nm=P(g.pick([c.caps, c.full])), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"),
          dob=(ds(bp), "DATE_OF_BIRTH"), id=age(bp, att), mae=P(mom.full), t=(g.phone(), "PHONE_NUMBER"),
          ad=(g.rural(), "ADDRESS"), com=g.pick(COMUNIDADES), ma=f"{g.ri(1, 9):02d}", acs=P(g.pick([acs.full, acs.short])))
    k = g.ri(0, 3)
    bro = g.relative(c, female=False)
    doc.f("ATENDIMENTO «d» «h» — «pf» «dr» («crm»)\n", d=ds(att), h=f"{g.ri(7, 16):02d}:{g.ri(0, 59):02d}", pf="Médica" if doc_.female else "Médico",
          dr=P(doc_.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if k == 0:
        doc.parts(["S: refere tontura, cefaleia e \"vista escura\" desde ontem à tarde, após aplicar veneno no fumo junto com o irmão ",
                   P(bro.first), ". Usou máscara de pano. Nega ingestão.\nO: PA 100x60, FC 56, pupilas mióticas, sudorese. Glicemia 98.\n"
                   "A: T60.0 — intoxicação por organofosforado (suspeita); Z57.4 — exposição ocupacional a agentes tóxicos na agricultura.\n"
                   "P: encaminhado para ", g.pick(HOSP).replace("{cy}", city), " com a ambulância; solicitada colinesterase; notificação SINAN "
                   "feita pel" + nurse.o + " enfermeir" + nurse.o + " ", P(nurse.first), " (", (g.council("COREN", uf), "PROFESSIONAL_ID"), ").\n"])
    elif k == 1:
        doc.parts(["S: ferida na perna após queda do trator há 5 dias, \"passou banha e pó de café\". Vacina antitetânica desconhecida.\n"
                   "O: lesão de 6 cm em face anterior da perna E, bordas hiperemiadas, secreção purulenta.\nA: L03.1 — celulite; Z23.5.\n"
                   "P: limpeza, cefalexina 500 mg 6/6 h 7 dias, dT hoje. Curativo diário no posto com a técnica ", P(g.person(female=True).first),
                   ". Retorno em 3 dias.\n"])
    elif k == 2:
        doc.parts(["S: febre, calafrios e dor nas panturrilhas há 4 dias; trabalha na ordenha e limpou a esterqueira na enchente.\n"
                   "O: Tax 38,6; sufusão conjuntival; dor à palpação das panturrilhas.\nA: A27.9 — leptospirose (suspeita).\n"
                   "P: doxiciclina 100 mg 12/12 h; sorologia; notificado. Vigilância avisada para investigar o rebanho junto com o veterinário ",
                   P(g.person().full), " (", (g.council("CRMV", uf), "PROFESSIONAL_ID"), ").\n"])
    else:
        doc.parts(["S: hipertens" + c.o + ", veio renovar receita. Mora sozinh" + c.o + (" desde que o marido faleceu" if c.female else " desde que a esposa faleceu") + ", filho ", P(bro.first),
                   " mora em ", g.pick(CITIES)[0], ". Refere que não toma o remédio quando vai para a roça.\n"
                   "O: PA 160x100.\nA: I10 — hipertensão essencial.\nP: losartana 50 mg 12/12 h, hidroclorotiazida 25 mg; agendar com " + ("a enfermeira " if nurse.female else "o enfermeiro "),
                   P(nurse.first), " para aferições semanais; ACS reforçar adesão.\n"])
    doc.f("\nVISITA DOMICILIAR — ACS «a» — «d»\n", a=P(acs.first), d=ds(g.plus(att, 2, 20)))
    j = g.ri(0, 2)
    if j == 0:
        doc.parts(["Família informa que ", P(fold(c.first).lower() if g.chance(0.3) else c.first),
                   " está melhor. Orientados sobre o armazenamento das embalagens de agrotóxico (estavam na cozinha). Nora ",
                   P(g.person(female=True).first), " pediu agendamento de preventivo.\n"])
    elif j == 1:
        doc.parts(["Ninguém em casa, vizinho seu ", P(g.person(female=False).first), " disse que foram na colheita. Deixado recado. "
                   "Tentado contato no ", (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), ".\n"])
    else:
        doc.parts(["Domicílio sem água tratada (poço raso perto do chiqueiro). Encaminhado pedido de análise à Vigilância. Cadastro "
                   "atualizado: neto ", P(g.child(c).full), ", CNS ", (g.cns(), "BR_CNS"), ".\n"])
    return doc


ANIMAL_NAMES = ["Aurora", "Mimosa", "Estrela", "Vitória", "Flor", "Rosinha", "Pintada", "Bonita", "Malhada", "Princesa",
                "Luz", "Jabuticaba", "Serena", "Cigana", "Neblina", "Branca", "Faceira", "Rosa", "Celeste", "Amada"]
RACAS = ["Holandesa", "Jersey", "Girolando 5/8", "Gir Leiteiro", "Nelore", "Angus", "Jersolando", "Pardo-Suíço"]
DEFESA = {"PR": "ADAPAR", "SC": "CIDASC", "RS": "SEAPI/DDA", "MT": "INDEA", "MS": "IAGRO", "GO": "AGRODEFESA", "RO": "IDARON",
          "BA": "ADAB", "MG": "IMA", "SP": "CDA", "TO": "ADAPEC", "PA": "ADEPARÁ", "MA": "AGED", "PI": "ADAPI", "PE": "ADAGRO",
          "ES": "IDAF", "CE": "ADAGRI"}


def sa_brucelose(g: Gen) -> Doc:
    """Veterinarian's brucellosis vaccination certificate (calves named and dated), with the owner's data."""
    doc = Doc()
    city, uf = g.city()
    vet = g.person(female=g.chance(0.5))
    own = g.person()
    crmv = g.council("CRMV", uf)
    vd = g.day()
    fab = g.plus(vd, -200, -40)
    doc.f("ATESTADO DE VACINAÇÃO CONTRA BRUCELOSE Nº «n»\n(PNCEBT — vacinação obrigatória de fêmeas bovinas e bubalinas de 3 a 8 meses)\n\n"
          "Médic«o» veterinári«o» cadastrad«o»: «v»   «cr»   Cadastro no serviço oficial («df»): «cd»\nFone: «vt»   E-mail: «ve»\n\n"
          "PROPRIETÁRIO(A): «p»\nCPF: «cpf»   Fone: «t»   E-mail: «oe»\nPropriedade: «pr» — «ad» — «cy»/«uf»\nCódigo da exploração pecuária: «ce»\n\n",
          n=f"{g.d(4)}/{vd.year}", o="a" if vet.female else "o", v=P(vet.full), cr=(crmv, "PROFESSIONAL_ID"), df=DEFESA.get(uf, "SDA"),
          cd=f"{uf}-{g.d(4)}", vt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), ve=(g.email(vet), "EMAIL_ADDRESS"),
          p=P(g.pick([own.caps, own.full])), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), pr=g.pick(PROPS),
          oe=(g.email(own), "EMAIL_ADDRESS") if g.chance(0.6) else "—",
          ad=(g.rural(), "ADDRESS"), cy=city, uf=uf, ce=N(g.neg(11)) if g.chance(0.5) else f"{g.d(2)}.{g.d(3)}.{g.d(5)}")
    doc.f("Vacina: «vc» — partida «pt» — fabricação «fb» — validade «vl»\nData da vacinação: «dv»\n\n",
          vc=g.pick(["B19 (amostra 19)", "RB51 (amostra não indutora de anticorpos)"]), pt=f"{g.d(3)}/{g.ri(24, 25)}",
          fb=f"{fab.month:02d}/{fab.year}", vl=f"{fab.month:02d}/{fab.year + 1}", dv=ds(vd))
    doc.t("Nº | brinco | SISBOV | nome | raça | nascimento | marcação\n")
    names = g.rng.sample(ANIMAL_NAMES, 6)
    for i in range(g.ri(3, 6)):
        doc.f("«i» | «b» | «sb» | «nm» | «r» | «dn» | «mc»\n", i=i + 1, b=f"{g.d(4)}", sb=g.neg(15) if g.chance(0.6) else "—",
              nm=names[i] if g.chance(0.75) else "—", r=g.pick(RACAS), dn=ds(g.plus(vd, -240, -92)), mc=g.pick(["V 5 (lado esquerdo da cara)", "V5", "—"]))
    k = g.ri(0, 2)
    doc.t("\nObs.: ")
    if k == 0:
        fil = g.child(own)
        doc.parts(["a bezerra Aurora (brinco da mãe Vitória) estava com diarreia, vacinada assim mesmo. Quem contém os animais é ",
                   "a filha " if fil.female else "o filho ", P(fil.first), "; avisar também no ", (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), "."])
    elif k == 1:
        func = g.person(female=False)
        doc.parts(["acompanhou a vacinação o funcionário ", P(g.pick([func.full, func.nick])), ". Comunicação ao serviço oficial (", DEFESA.get(uf, "SDA"),
                   ") feita pela técnica ", P(g.person(female=True).short), " em ", ds(g.plus(vd, 1, 10)), "."])
    else:
        doc.parts(["propriedade vizinha (", P(g.person().full), ") com caso positivo de brucelose no último exame; recomendado exame "
                   "de todo o rebanho antes da próxima GTA. Próxima campanha de aftosa: maio."])
    doc.f("\n\nDeclaro, para os devidos fins, que vacinei os animais acima identificados.\n«cy», «d».\n\n«v»\n«cr»\n",
          cy=city, d=ds(vd, "long"), v=P(up(vet.full) if g.chance(0.5) else vet.full), cr=(crmv, "PROFESSIONAL_ID"))
    return doc


def dest_addr(g: Gen, uf: str) -> str:
    keep, g.uf = g.uf, uf
    a = g.rural("caps")
    g.uf = keep
    return a


def sa_gta(g: Gen) -> Doc:
    """Animal transit guide (e-GTA) with the truck, the driver and the loading messages."""
    doc = Doc()
    city, uf = g.city()
    c2, uf2 = (near_city(g, uf), uf) if g.chance(0.7) else g.pick(CITIES)
    emd = g.day()
    ldm = g.ri(3 * 60, 6 * 60)
    na, nb, nc = g.ri(0, 20), g.ri(0, 40), g.ri(0, 10)
    orig = g.person()
    dest = g.person()
    mot = g.person(female=False)
    em = g.person(female=g.chance(0.4))
    vetem = g.chance(0.6)
    frig = g.chance(0.4)
    plate = g.plate()
    doc.f("«df» — GUIA DE TRÂNSITO ANIMAL (e-GTA)\nSérie: «s»   Nº: «n»   Emissão: «d» «h»   Validade: «v»\nEspécie: «es»   Finalidade: «fi»\n\n"
          "ORIGEM\nProdutor: «op»   CPF: «oc»\nEstabelecimento: «pr»   Código: «co»\nEndereço: «oa»\nMunicípio/UF: «cy»/«uf»\n\n",
          df=DEFESA.get(uf, "SDA"), s=g.pick("ABCDJKL"), n=g.d(6), d=ds(emd), h=f"{ldm // 60 - 1:02d}:{g.ri(0, 59):02d}", v=ds(g.plus(emd, 2, 6)),
          es=g.pick(["BOVINA", "BOVINA", "SUÍNA", "BUBALINA"]), fi=g.pick(["ABATE", "ENGORDA", "REPRODUÇÃO", "EXPOSIÇÃO/LEILÃO"]),
          op=P(orig.caps), oc=(g.cpf(), "BR_CPF"), pr=up(g.pick(PROPS)), co=N(g.neg(11)) if g.chance(0.5) else g.d(9),
          oa=(g.rural("caps"), "ADDRESS"), cy=up(city), uf=uf)
    if frig:
        doc.f("DESTINO\nEstabelecimento: «fr»   CNPJ: «cn»   SIF «sif»\nMunicípio/UF: «cy»/«uf»\n\n",
              fr=g.pick(["FRIGORÍFICO PRADO AMADO LTDA", "FRIGOBENTO ALIMENTOS S.A.", "COOPERATIVA AURORA DO OESTE - UNIDADE DE ABATE"]),
              cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), sif=g.ri(100, 4999), cy=up(c2), uf=uf2)
    else:
        doc.f("DESTINO\nProdutor: «dp»   CPF: «dc»\nEstabelecimento: «pr»\nEndereço: «da»\nMunicípio/UF: «cy»/«uf»\n\n",
              dp=P(dest.caps), dc=(g.cpf(), "BR_CPF"), pr=up(g.pick(PROPS)), da=(dest_addr(g, uf2), "ADDRESS"), cy=up(c2), uf=uf2)
    doc.f("ESTRATIFICAÇÃO\nMachos 0-12 m: «a»   Machos 13-24 m: «b»   Fêmeas 25-36 m: «c»   Total: «t»\n"
          "Vacinas: febre aftosa (etapa «et») — brucelose (atestado «at»)\n\nTRANSPORTE: rodoviário\nVeículo: «pl»   Carreta: «pc»\n"
          "Motorista: «m»   CPF: «mc»   CNH: «cnh»\nTransportadora: «tr»\n\n",
          a=na, b=nb, c=nc, t=na + nb + nc, et=g.pick(["maio/2024", "novembro/2024", "maio/2025", "estado livre sem vacinação"]),
          at=f"{g.d(4)}/{emd.year}", pl=(plate, "LICENSE_PLATE"), pc=(g.plate(), "LICENSE_PLATE"), m=P(mot.caps), mc=(g.cpf("raw"), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"),
          tr=g.pick(["TRANSPORTES BOIADEIRO SERRA LTDA", "ROSA & CARNEIRO TRANSPORTES", "O PRÓPRIO"]))
    if vetem:
        doc.f("EMITENTE: «e», Médic«o» Veterinári«o» habilitad«o» — «cr»\n", e=P(em.full), o="a" if em.female else "o",
              cr=(g.council("CRMV", uf), "PROFESSIONAL_ID"))
    else:
        doc.f("EMITENTE: Escritório de Atendimento de «cy» — servidor«a» «e» (mat. «m»)\n", cy=city, a="a" if em.female else "",
              e=P(em.full), m=g.d(6))
    doc.t("\n--- mensagens (grupo da carga) ---\n")
    sty = g.pick(["android", "ios", "brackets"])
    st = iter(wa_stamps(g, 1, emd, ldm, sty) + wa_stamps(g, 2, emd, min(ldm + g.ri(240, 700), 20 * 60), sty))
    doc.parts([next(st), P(g.pick([orig.first, orig.short, fold(orig.first).lower()])), ": carga saiu agora, placa ", (plate, "LICENSE_PLATE"),
               ", motorista ", P(g.pick([mot.first, mot.nick, mot.short])), " cel ", (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), "\n"])
    if frig:
        cmp = g.person()
        doc.parts([next(st), P(cmp.first), " (compras ", g.pick(["Frigobento", "Prado Amado", "Aurora"]), "): recebido, ", str(na + nb + nc),
                   " cab, 1 com lesão de vacina. romaneio de abate amanhã cedo\n"])
    else:
        doc.parts([next(st), P(g.pick([dest.first, dest.short])), ": chegou tudo bem, só uma novilha mancando. GTA conferida\n"])
    doc.parts([next(st), P(g.pick([orig.first, orig.short])), ": 👍 manda o pix do frete pro motorista na chave ",
               (g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"), "\n"])
    return doc


DESTINOS = ["HU — ambulatório de oncologia", "Hospital Regional — hemodiálise", "CEO — bucomaxilo", "AME — oftalmologia",
            "Hospital Aurora — cirurgia geral", "Centro de Reabilitação — fisioterapia", "Consórcio Intermunicipal — ortopedia",
            "Hospital São Bento — cardiologia", "Laboratório Central — exames", "CAPS II — psiquiatria", "Maternidade — pré-natal de alto risco"]


def sa_transporte(g: Gen) -> Doc:
    """The municipal health van's passenger list (semicolon CSV) with the driver's notes."""
    doc = Doc()
    city, uf = g.city()
    mot = g.person(female=False)
    coord = g.person(female=g.chance(0.7))
    plate = g.plate()
    dest_city = g.pick([c for c, u in CITIES if u == uf and c != city] + [CAPITAL.get(uf, "Curitiba")] * 2)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «cy» — TRANSPORTE SANITÁRIO\nVIAGEM «d» — destino «dc» — saída «h» da rodoviária\n"
          "Veículo: «vv» placa «pl» — Motorista: «m» (fone «mt»)\n\n",
          cy=up(city), d=g.date("br", 2025), dc=up(dest_city), h=g.pick(["03:30", "04:00", "04:30", "05:00"]),
          vv=g.pick(["VAN Sprinter 16 lug.", "Micro-ônibus", "Ducato 15 lug."]), pl=(plate, "LICENSE_PLATE"),
          m=P(g.pick([mot.full, mot.caps, mot.short])), mt=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    cols = ["seq", "paciente", "cns", "dt_nasc", "telefone", "embarque", "destino", "hora_consulta", "acompanhante", "obs"]
    doc.t(";".join(cols) + "\n")
    for i in range(g.ri(4, 6)):
        c = g.person()
        bp = g.born(1935, 2020)
        comp = g.relative(c) if g.chance(0.25) else None
        emb = g.ri(0, 3)
        if emb == 0:
            embv = (g.rural(), "ADDRESS")
        elif emb == 1:
            embv = (g.pick(["trevo da Linha " + g.pick(LINHAS), "capela São Bento", "escola da " + g.pick(COMUNIDADES), "posto de saúde",
                            "mercadinho Aurora", "bar do trevo"]), None)
        else:
            embv = ("rodoviária", None)
        row = [(str(i + 1), None), (g.pick([c.caps, c.full, c.caps]), "PERSON"), (g.cns(False), "BR_CNS"),
               (ds(bp, g.pick(["br", "br", "short"])) if bp.year >= 1940 else ds(bp), "DATE_OF_BIRTH"),
               (g.phone(g.pick(["plain", "raw", "par"])) if g.chance(0.85) else "", "PHONE_NUMBER"), embv,
               (g.pick([d for d in DESTINOS if not d.startswith("Maternidade")] +
                       (["Maternidade — pré-natal de alto risco"] * 3 if c.female and 1985 < bp.year < 2007 else [])), None), (g.pick(["07:00", "07:30", "08:00", "09:15", "10:00", "13:00", "13:30"]), None),
               ((comp.caps if g.chance(0.5) else comp.full) if comp else "", "PERSON")]
        csv_rows(doc, None, [row])
        doc.text = doc.text[:-1] + ";"
        k = g.ri(0, 6)
        if k == 0:
            doc.t("cadeirante")
        elif k == 1:
            doc.t("oxigênio portátil")
        elif k == 2:
            doc.t("retorno mesmo dia")
        elif k == 3:
            doc.t("confirmar c/ a ACS da microárea")
        elif k == 4:
            doc.t("jejum")
        doc.t("\n")
    doc.f("\nObs. do motorista («m»): «o»\nLista conferida por «c» (Regulação/TFD) — «ce»\n",
          m=P(mot.first),
          o=g.pick(["pegar o paciente da Linha Bonita na porteira, o ramal tá sem condição de subir com a van",
                    "vaga extra p/ acompanhante do seq 3 autorizada por telefone", "voltar até 17h, ambulância da hemodiálise sai junto",
                    "a ponte do Arroio Grande caiu, ir pela Estrada Municipal Bento Amado",
                    "quem embarca na cidade espera na esquina da Vereador Olmiro Toigo com a Getúlio Vargas"]),
          c=P(coord.full), ce=(g.email(coord, g.pick(["saude." + fold(city).lower().replace(" ", "") + ".gov.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def sa_cerest(g: Gen) -> Doc:
    """CEREST investigation of collective poisoning by aerial spray drift."""
    doc = Doc()
    city, uf = g.city()
    farmer = g.person()
    pilot = g.person(female=False)
    agr = g.person()
    acs = g.person(female=g.chance(0.7))
    med = g.person()
    enf = g.person(female=g.chance(0.8))
    tst = g.person()
    ativo, comercial = g.pick(AGROTOX)
    com = g.pick(["Assentamento Eldorado", "Comunidade Bom Jesus", "Vila Rural Aurora", "Reassentamento São Francisco", "Aldeia Te'ýikue",
                  "Escola Municipal do Campo Flor da Serra"])
    firm = g.pick(["Aviação Agrícola Bento & Prado Ltda", "Aeroagrícola Céu Azul Ltda", "Serra Aviação Agrícola Ltda"])
    doc.f("CEREST REGIONAL DE «cy» — CENTRO DE REFERÊNCIA EM SAÚDE DO TRABALHADOR\nRELATÓRIO DE INVESTIGAÇÃO Nº «n»\n"
          "Assunto: intoxicação coletiva por agrotóxico — deriva de pulverização aérea — «co»\n\n1. NOTIFICAÇÃO\n"
          "Em «d», às «h», «ao» ACS «a» comunicou por telefone («at») que moradores da «co» apresentavam «s» após a passagem de um avião "
          "agrícola sobre a lavoura vizinha.\n\n2. CASOS\n",
          cy=up(city), n=f"{g.ri(1, 30):02d}/2025", co=com, d=g.date("br", 2025), h=g.hm(), ao="a" if acs.female else "o", a=P(acs.full),
          at=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), s=g.pick(SINTOMAS))
    doc.t("nome | nasc. | CNS | sintomas | atendimento\n")
    for _ in range(g.ri(2, 4)):
        c = g.person(origin=g.pick(["pt", "pt", "ind"]) if "Aldeia" in com else "pt")
        doc.f("«n» | «dob» | «cns» | «s» | «at»\n", n=P(g.pick([c.full, c.caps])), dob=(g.dob("br", lo=1945, hi=2021), "DATE_OF_BIRTH"),
              cns=(g.cns(), "BR_CNS") if g.chance(0.8) else "não localizado", s=g.pick(SINTOMAS),
              at=g.pick(["UBS — observação e alta", "Hospital Regional — internado 48 h", "PA — alta", "UBS — encaminhado ao hospital"]))
    doc.f("\n3. FONTE PROVÁVEL\nPulverização aérea de «pc» («pa») «pr», de propriedade de «fm» (CPF «fc»), «ad». Aeronave «ae», "
          "operada pela empresa «fi» (CNPJ «cn»), piloto «pl». Receituário agronômico nº «rn», emitido pel«o» Eng. Agr. «ag» («cr»), ART «art», "
          "previa faixa de segurança de 500 m de povoações (IN MAPA 2/2008), não respeitada segundo o relato dos moradores.\n\n",
          pc=comercial, pa=ativo, pr=em_prop(g.pick(PROPS)), fm=P(farmer.full), fc=(g.cpf(), "BR_CPF"), ad=(g.rural(), "ADDRESS"),
          ae=f"P{g.pick('RST')}-{''.join(g.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(3))}", fi=firm,
          cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), pl=P(pilot.full), rn=f"{g.d(5)}/2025", o="a" if agr.female else "o",
          ag=P(agr.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art())
    doc.f("4. MEDIDAS\nNotificação SINAN de todos os casos; coleta de água do poço e de folhas para análise de resíduos; ofício ao «df», ao MAPA "
          "e ao Ministério Público do Trabalho; orientação às famílias.\n\nEquipe:\n«m» — médic«mo» do trabalho — «mc»\n«e» — enfermeir«eo» — «ec»\n"
          "técnico de segurança do trabalho do CEREST\n",
          df=DEFESA.get(uf, "SDA"), m=P(med.full), mo=med.o, mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.full), eo=enf.o,
          ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_colinesterase(g: Gen) -> Doc:
    """Rural workers' union e-mail sending members to cholinesterase exams, with the lab's results."""
    doc = Doc()
    city, uf = g.city()
    sec = g.person(female=g.chance(0.8))
    lab = g.person()
    pres = g.person()
    dom = "str" + re.sub(r"[^a-z]", "", fold(city).lower())[:12] + ".org.br"
    doc.f("De: «s» <«se»>\nPara: laboratorio@saude.«cy».gov.br\nCc: «pe»\nAssunto: colinesterase - trabalhadores da «cu» - lote «l»\n\n"
          "Boa tarde, pessoal do laboratório.\n\nSegue a lista dos associados do sindicato que vão fazer a coleta de colinesterase na "
          "quinta-feira, conforme combinado com a Vigilância. Todos trabalham com aplicação de veneno na «cu». Alguns não têm e-mail, "
          "o resultado pode vir pra mim.\n\n",
          s=P(sec.full), se=(corp_mail(sec, dom), "EMAIL_ADDRESS"), cy=re.sub(r"[^a-z]", "", fold(city).lower()),
          pe=(g.email(pres), "EMAIL_ADDRESS"), cu=g.pick(["fumicultura", "cultura do tomate", "fruticultura (maçã)", "soja"]),
          l=g.ri(1, 6))
    doc.t("nome | CPF | CNS | nasc. | empregador/propriedade | fone\n")
    ws = []
    for _ in range(g.ri(3, 4)):
        w = g.person()
        ws.append(w)
        emp = g.pick(["própria (" + g.pick(PROPS) + ")", "parceria c/ " + "«emp»", "safrista — " + g.pick(TRADINGS[:4] + ["Granja Leitão & Filhos Ltda"])])
        doc.f("«n» | «c» | «cns» | «dob» | ", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"),
              cns=(g.cns(), "BR_CNS") if g.chance(0.8) else "—", dob=(g.dob("br", lo=1955, hi=2006), "DATE_OF_BIRTH"))
        if emp == "parceria c/ «emp»":
            doc.parts(["parceria c/ ", P(g.person().short)])
        else:
            doc.t(emp)
        doc.t(" | ")
        if g.chance(0.8):
            doc.e(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER")
        else:
            doc.t("recado c/ vizinho")
        doc.t("\n")
    doc.f("\nAtt.,\n«s»\nSecretári«o» do STR de «cy»\n\n", s=P(sec.first), o=sec.o, cy=city)
    med = g.person()
    doc.f("---------- Resposta ----------\nDe: «l» <«le»>\nData: «d»\n\nBoa tarde, seguem os resultados (colinesterase eritrocitária, % do valor "
          "de referência pré-exposição):\n", l=P(lab.full), le=(g.email(lab, "saude." + re.sub(r"[^a-z]", "", fold(city).lower()) + ".gov.br"), "EMAIL_ADDRESS"),
          d=g.date("br", 2025))
    flagged = [w for w in ws if g.chance(0.45)] or ws[:1]
    doc.t(f"{len(ws) - len(flagged)} resultado(s) dentro da normalidade (acima de 80%). Fora da faixa:\n")
    for w in flagged:
        pct = g.ri(48, 79)
        doc.f("- «n»: «p»% «r»\n", n=P(g.pick([w.first + " " + w.last, w.caps, w.first])), p=pct,
              r="— ALTERADO, encaminhar ao CEREST" if pct < 70 else "— limítrofe, repetir em 30 dias")
    doc.f("\nOs alterados foram agendados com «m» da UBS («crm»). Lembrar que o exame não substitui o afastamento da exposição.\n\n"
          "«l»\nBioquímic«o» — Laboratório Municipal\n",
          m="a médica do trabalho" if med.female else "o médico do trabalho", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), l=P(lab.full), o=lab.o)
    return doc


# =========================================================================== financeiro


def fi_proposta(g: Gen) -> Doc:
    """Pronaf rural credit proposal at a credit cooperative (guarantor, technical assistance, app log)."""
    doc = Doc()
    cc_name, cc_short, cc_dom = g.pick(CREDCOOPS[:3])
    city, uf = g.city()
    c = g.person()
    married = g.chance(0.7)
    sp = g.spouse(c)
    tec = g.person()
    an = g.person()
    av = g.person()
    cult = g.pick(["milho safrinha", "soja", "feijão", "leite (pastagem e silagem)", "fumo", "trigo", "café"])
    ha = g.ri(5, 60)
    doc.f("«cn»\nPROPOSTA DE CRÉDITO RURAL — PRONAF CUSTEIO — Safra 2025/2026   Nº «n»   PA «pa» («cy»/«uf»)\n\n"
          "PROPONENTE: «p»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»   Estado civil: «ec»\n",
          cn=up(cc_name), n=g.d(8), pa=f"{g.ri(1, 40):02d}", cy=city, uf=uf, p=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), dob=(g.dob("br", hi=2004), "DATE_OF_BIRTH"), ec=ec(g, c, married))
    if married:
        doc.f("Cônjuge: «s» — CPF «sc» — nasc. «sd»\n", s=P(sp.full), sc=(g.cpf(), "BR_CPF"), sd=(g.dob("br", hi=2004), "DATE_OF_BIRTH"))
    if g.chance(0.35):
        doc.f("Título de eleitor: «te»   Zona «z» Seção «s»\n", te=(g.titulo(g.chance(0.3)), "BR_TITULO_ELEITOR"), z=f"{g.ri(1, 250):03d}",
              s=f"{g.ri(1, 400):04d}")
    doc.f("CAF nº «caf» (válido até «vd») — Enquadramento: «gr»\nEndereço: «ad», «com», «cy»/«uf» — CEP «cep»\n"
          "Contato: «t» / «e»\nConta corrente: PA «pa» — conta «cc»\n\n",
          caf=g.caf(uf), vd=g.date("br", 2027), gr=g.pick(["Pronaf V", "Pronaf V — Mais Alimentos", "Pronaf B"]),
          ad=(g.rural(), "ADDRESS"), com=g.pick(COMUNIDADES), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), pa=(g.agency(False), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    orc = g.ri(2500000, 25000000)
    doc.f("EMPREENDIMENTO: custeio de «cu» — «ha» ha — «pr»\nOrçamento: R$ «o»   Valor financiado: R$ «vf»   Taxa: «tx»% a.a.   "
          "Vencimento: «vc»\nAssistência técnica: «t» — «cr» — projeto/ART «art»\nSeguro: Proagro Mais (adesão obrigatória)\n\n"
          "GARANTIAS: penhor cedular da safra financiada; aval de «av» (CPF «ac», «ar»)\n\n",
          cu=cult, ha=ha, pr=g.pick(PROPS), o=brl(orc), vf=brl(orc * 9 // 10), tx=g.pick(["3,0", "5,0", "6,0", "8,0"]),
          vc=g.date("br", 2026), t=P(tec.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art(),
          av=P(g.pick([av.full, av.caps])), ac=(g.cpf(), "BR_CPF"), ar=g.pick(["vizinho", "irmão", "cunhado", "sogro", "cooperado"]))
    if g.chance(0.3):
        doc.f("Seguro prestamista: débito mensal no cartão «cd»\n\n", cd=(g.card(), "CREDIT_CARD"))
    doc.f("PARECER DO ANALISTA («a»): «pt»\n\n", a=P(an.short),
          pt=g.pick(["renda compatível (R$ " + g.money(60000, 300000) + "/ano), sem restrições no SCR; recomendo aprovação.",
                     "produtor com prorrogação em 2024 por estiagem (laudo do Eng. Agr. anexado); seria prudente reduzir a área financiada.",
                     "cadastro do cônjuge desatualizado; aprovado condicionado à atualização.",
                     "avalista com restrição no Serasa; substituído pelo cooperado indicado pelo gerente."]))
    doc.f("--- log da plataforma ---\n«d» «h» proposta enviada pelo app «cs» | usuário CPF «u» | IP «ip» | dispositivo «dv»\n"
          "«d» «h2» documentos anexados: CAF, CCIR, matrícula, orçamento (4 arquivos)\n«d2» «h3» análise concluída por «ln» (login)\n",
          d=ds(pd := g.day()), h=f"{(hh := g.ri(6, 21)):02d}:{g.ri(0, 29):02d}:{g.ri(0, 59):02d}", cs=cc_short,
          u="***." + g.d(3) + "." + g.d(3) + "-**", ip=(g.ip(), "IP_ADDRESS"),
          dv=g.pick(["Android 13 / Moto G52", "iOS 17 / iPhone 11", "Android 12 / Galaxy A22"]),
          h2=f"{hh:02d}:{g.ri(30, 59):02d}:{g.ri(0, 59):02d}", d2=ds(g.plus(pd, 1, 9)), h3=g.hms(),
          ln=login(an))
    return doc


def fi_cpr(g: Gen) -> Doc:
    """CPR (cédula de produto rural) with guarantees and the e-signature log."""
    doc = Doc()
    city, uf = g.city()
    em = g.person()
    av = g.person()
    avs = g.spouse(av)
    cred = g.pick(TRADINGS)
    fin = g.chance(0.6)
    q = g.ri(500, 12000)
    cd = g.day("2025-01-10", "2025-10-30")
    doc.f("CÉDULA DE PRODUTO RURAL «tp» Nº «n»\n(Lei 8.929/1994)\n\nEMITENTE: ",
          tp="COM LIQUIDAÇÃO FINANCEIRA (CPR-F)" if fin else "FÍSICA", n=f"{g.d(4)}/{g.ri(2024, 2025)}")
    qual(g, doc, em, uf, dob=False)
    doc.f(", na qualidade de produtor«a» rural, inscrição estadual «ie»\n\nCREDORA: «cr», CNPJ «cn», com sede em «cy2»\n\n",
          a="a" if em.female else "", ie=ie_val(g), cr=cred, cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), cy2=g.pick(CITIES)[0])
    doc.f("1. PRODUTO: soja em grãos, tipo exportação, umidade máx. 14%, impureza máx. 1%\n2. QUANTIDADE: «q» sacas de 60 kg («kg» kg), "
          "safra 2025/2026\n3. LOCAL DE ENTREGA: armazém da credora em «cy», ou onde ela indicar num raio de 80 km\n4. VENCIMENTO: «v»\n",
          q=f"{q:,}".replace(",", "."), kg=f"{q * 60:,}".replace(",", "."), cy=city, v=ds(dt.date(2026, g.ri(3, 5), g.ri(1, 30))))
    if fin:
        doc.f("5. LIQUIDAÇÃO FINANCEIRA: pelo preço da soja no indicador «ix» do dia anterior ao vencimento, multiplicado pela quantidade, "
              "mediante crédito na conta da credora; eventual saldo positivo será creditado ao EMITENTE no banco «b», agência «ag», conta «cc»\n",
              ix=g.pick(["CEPEA/ESALQ Paranaguá", "B3 SJC", "da praça de " + city]), b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("«n6». GARANTIAS: penhor cedular de primeiro grau da safra a ser colhida em «ha» ha «pr», matrícula nº «m», CAR «car»; "
          "aval de ", n6=6 if fin else 5, ha=g.ri(30, 900), pr=de_prop(g.pick(PROPS)), m=f"{g.ri(1, 40)}.{g.d(3)}", car=g.car(uf))
    qual(g, doc, av, uf, rg=False, dob=False, addr=g.chance(0.5))
    doc.f(", com anuência do cônjuge «s», CPF «sc».\n«n7». REGISTRO: cédula registrada na «rg» sob o código «cd» em «d».\n\n«cy», «dl».\n",
          s=P(avs.full), sc=(g.pcpf(avs), "BR_CPF"), rg=g.pick(["B3", "CERC", "CRDC"]), cd=g.pick([g.neg(11), "CPR" + g.d(12), g.d(14)]),
          n7=7 if fin else 6, d=ds(g.plus(cd, 1, 8)), cy=city, dl=ds(cd, "long"))
    # the registry code may be an 11-digit hard negative
    m = re.search(r"sob o código (\d{11}) em", doc.text)
    if m:
        doc.negs.append(m.group(1))
    esign_log(g, doc, [em, av, avs], plat=g.pick(["DocuSign", "Clicksign", "gov.br", "ZapSign"]), base=cd)
    return doc


def fi_extrato(g: Gen) -> Doc:
    """A member's current-account statement at the cooperative, with the payment e-mail thread."""
    doc = Doc()
    coop = g.pick(COOPS)
    city, uf = g.city()
    c = g.person()
    kid = g.child(c)
    arr = g.person()
    fin = g.person(female=g.chance(0.6))
    mat = g.matric()
    m1 = g.ri(1, 9)
    p1 = dt.date(2025, m1, 1)
    p2 = dt.date(2025, m1 + g.ri(1, 3), 28)
    days = sorted(g.plus(p1, 0, (p2 - p1).days) for _ in range(7))
    dd = iter(days)
    doc.f("«co» — EXTRATO DE CONTA-MOVIMENTO DO COOPERADO\nPeríodo: «p1» a «p2»   Unidade: «cy»\nCooperado: «m» — «c» — CPF «cpf»\n\n",
          co=up(coop[1]), p1=ds(p1), p2=ds(p2), cy=city, m=mat, c=P(c.caps),
          cpf=(g.cpf(), "BR_CPF"))
    doc.t("DATA   HISTÓRICO                                                        DÉBITO       CRÉDITO\n")
    sc = g.ri(300, 4000)
    pr = g.ri(9800, 14500)
    lines = [("Fixação soja %s sc @ R$ %s — rom. %s/%s" % (f"{sc:,}".replace(",", "."), brl(pr), g.d(6), g.d(6)), None, sc * pr),
             ("Funrural/Senar 1,5%", sc * pr * 15 // 1000, None),
             ("Compra insumos NF %s (adubo 02-20-20)" % g.d(6), g.ri(800000, 9000000), None),
             ("Cota-capital (retenção 1%)", sc * pr // 100, None),
             ("Retorno de sobras 2024", None, g.ri(30000, 900000))]
    for h, db, cr in lines:
        doc.f("«d»  «h»«db»«cr»\n", d=ds(next(dd))[:5], h=h.ljust(62), db=(brl(db) if db else "").rjust(12),
              cr=(brl(cr) if cr else "").rjust(14))
    doc.f("«d»  TED p/ conta do cooperado — bco «b» ag ", d=ds(next(dd))[:5], b=g.pick(BANKS))
    doc.e(g.agency(False), "BANK_ACCOUNT")
    doc.t(" cc ")
    doc.e(g.account(), "BANK_ACCOUNT")
    doc.f("«sp»«v»\n", sp=" " * g.ri(6, 14), v=brl(g.ri(2000000, 30000000)))
    doc.f("«d»  Pix p/ «a» (arrendamento) — chave ", d=ds(next(dd))[:5], a=P(up(arr.short)))
    if g.chance(0.7):
        doc.e(g.uuid(), "PIX_KEY")
    else:
        doc.e(g.cpf(), "BR_CPF")
    doc.f("   «v»\n\nSALDO FINAL: R$ «s»\n\n", v=brl(g.ri(500000, 9000000)), s=brl(g.ri(0, 5000000)))
    doc.f("---------- e-mail ----------\nDe: «k» <«ke»>\nPara: financeiro@«dm»\nAssunto: pagamento da fixação - matr «m»\n\n"
          "Bom dia. Sou «fa» d«o» cooperad«o» «c» e cuido da parte do escritório da propriedade. «pp» pediu que o saldo da fixação de "
          "«dt» seja depositado na minha conta, no «bn», ag. «ag», conta «cc», em meu nome (CPF «kc»). Segue a autorização assinada em "
          "anexo. Qualquer coisa meu celular é «t».\n\n",
          k=P(kid.full), ke=(g.email(kid), "EMAIL_ADDRESS"), dm=coop[2], m=mat, fa="a filha" if kid.female else "o filho", o=c.o,
          c=P(g.pick([c.full, c.short])), pp="A mãe" if c.female else "O pai", dt=ds(days[0]), bn=g.pick(["Credaurora", "Sicredi", "Banco do Brasil", "Cresol"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), kc=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("---------- resposta ----------\nDe: «f» <«fe»>\n\nOlá «k», tudo bem? Pela norma da cooperativa o crédito da produção só pode ir "
          "para conta de titularidade do cooperado ou do cônjuge. Peço que o seu «pai» assine o termo de cessão no balcão da unidade "
          "«cy» com firma reconhecida. Att., Financeiro «co»\n",
          f=P(fin.full), fe=(coop_mail(fin, coop), "EMAIL_ADDRESS"), k=P(kid.first), pai="pai" if not c.female else "mãe",
          cy=city, co=coop[1])
    return doc


def fi_safristas(g: Gen) -> Doc:
    """Payroll of seasonal harvest workers (safristas): PIS, Pix keys, accounts."""
    doc = Doc()
    city, uf = g.city()
    emp = g.person()
    turm = g.person(female=False)
    cont = g.person()
    cult = g.pick(["COLHEITA DE MAÇÃ", "COLHEITA DE CAFÉ", "COLHEITA DE LARANJA", "CLASSIFICAÇÃO DE FUMO", "COLHEITA DE UVA", "CATAÇÃO DE RAIZ"])
    doc.f("«pr» — FOLHA DE PAGAMENTO DE SAFRISTAS — «cu» «an» — «q»ª QUINZENA/«mm»\nEmpregador: «e» — CPF «ec» — CEI «cei»\n"
          "Contrato de safra (Lei 5.889/1973, art. 14)\n\n",
          pr=up(g.pick(PROPS)), cu=cult, an=g.ri(2024, 2025), q=g.ri(1, 2), mm=g.pick(MES), e=P(g.pick([emp.caps, emp.full])),
          ec=(g.cpf(), "BR_CPF"), cei=f"{g.d(2)}.{g.d(3)}.{g.d(5)}/{g.d(2)}")
    doc.t("Nº  NOME                              CPF             PIS/NIT         NASC.       DIAS  PROD.   LÍQUIDO    PAGAMENTO\n")
    for i in range(g.ri(3, 5)):
        w = g.person(origin=g.pick(["pt", "pt", "pt", "pt", "ht", "py", "ind", "sn", "bo"]))
        doc.cell(f"{i + 1:02d}", 4)
        doc.cell(w.caps, 34, "PERSON")
        doc.cell(g.cpf("dot"), 16, "BR_CPF")
        if g.chance(0.8):
            doc.cell(g.pis("dot"), 16, "BR_PIS")
        else:
            doc.cell("PENDENTE", 16)
        doc.cell(g.dob("br", lo=1958, hi=2007), 12, "DATE_OF_BIRTH")
        dias = g.ri(8, 13)
        doc.cell(str(dias), 6)
        doc.cell(f"{g.ri(20, 140)} {g.pick(['bins', 'sc', 'cx', 'kg'])}"[:7], 8)
        doc.cell(brl(g.ri(90000, 420000)), 11)
        k = g.ri(0, 4)
        if k == 0:
            doc.parts(["Pix ", (g.uuid(), "PIX_KEY")])
        elif k == 1:
            doc.parts(["Pix CPF"])
        elif k == 2:
            doc.parts(["Pix ", (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")])
        elif k == 3:
            doc.parts(["ag ", (g.agency(), "BANK_ACCOUNT"), " cc ", (g.account(), "BANK_ACCOUNT")])
        else:
            doc.t("dinheiro (recibo)")
        doc.t("\n")
    doc.f("\nTOTAL LÍQUIDO: R$ «t»   INSS retido: R$ «i»   FGTS: R$ «f»\n\nObs.: turma trazida de «orig» pelo turmeiro «tm» (ônibus placa «pl»), "
          "que recebe R$ «v» por pessoa/dia; alojamento na sede. «o2»\n\nConferido: «c» — «crc»\n",
          t=brl(g.ri(1500000, 6000000)), i=brl(g.ri(100000, 500000)), f=brl(g.ri(100000, 500000)),
          orig=g.pick(["Pedro II/PI", "Caarapó/MS", "Vacaria/RS", "Codó/MA", "São Joaquim/SC", "Porto Príncipe via Chapecó"]),
          tm=P(g.pick([turm.full, turm.nick, turm.short])), pl=(g.plate(), "LICENSE_PLATE"), v=g.money(5, 20),
          o2=g.pick(["Dois safristas sem conta receberam em espécie.", "Safrista nº 03 saiu antes do fim do contrato.",
                     "Haitianos com CPF emitido em Roraima; carteira digital ok.", ""]),
          c=P(cont.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collection log of overdue rural credit installments: WhatsApp, audio transcription, farm visit, renegotiation."""
    doc = Doc()
    cc_name, cc_short, cc_dom = g.pick(CREDCOOPS)
    city, uf = g.city()
    c = g.person(female=g.chance(0.25))
    sp = g.spouse(c)
    av = g.person()
    ger = g.person()
    an = g.person(female=g.chance(0.6))
    emt = g.person()
    ph = g.phone(g.pick(["par", "plain"]))
    due = g.day("2025-01-05", "2025-09-30")
    c1 = g.plus(due, 5, 20)
    c2 = g.plus(c1, 0, 2)
    c3 = g.plus(c2, 3, 12)
    c4 = g.plus(c3, 1, 10)
    doc.f("«cs» — RÉGUA DE COBRANÇA — CARTEIRA RURAL — relatório de contatos\nCliente: «c» — CPF «cpf» — PA «pa»\n"
          "Operação: custeio «cu» 2024/25 nº «op» — parcela «p»/«n» vencida em «dv» — R$ «v»\nAvalista: «a» — CPF «ac» — fone «at»\n"
          "Garantia: penhor de «pe» + alienação fiduciária do trator «tr» (placa «tp»)\n\n",
          cs=up(cc_short), c=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), pa=f"{g.ri(1, 40):02d}",
          cu=g.pick(["soja", "milho", "leite", "fumo"]), op=g.d(8), p=g.ri(1, 3), n=g.ri(3, 5), dv=ds(due), v=g.money(8000, 400000),
          a=P(av.full), ac=(g.cpf(), "BR_CPF"), at=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          pe=g.pick(["2.000 sc de soja", "30 novilhas", "safra de milho"]), tr=g.pick(["Massey Ferguson 4292", "Valtra A950", "John Deere 5078E"]),
          tp=(g.plate(), "LICENSE_PLATE"))
    doc.f("«d» «h» — WhatsApp para «ph» (mensagem padrão): \"Bom dia, «n»! Aqui é «a», da «cs». Consta em aberto a parcela do seu "
          "custeio vencida em «dv». Podemos conversar sobre a regularização? Pix da cooperativa: CNPJ «cn».\"\n",
          d=ds(c1)[:5], h=f"{g.ri(8, 11):02d}:{g.ri(0, 59):02d}", ph=(ph, "PHONE_NUMBER"), n=P(c.first), a=P(an.first), cs=cc_short, dv=ds(due),
          cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("«d» «h» — resposta (áudio transcrito): \"oi aqui é «ao» «ps», «rl»... «el» tá na roça, sem sinal. a gente perdeu uns «x»% da "
          "safra na seca, o técnico da emater fez o laudo. assim que colher o milho a gente paga. pode ligar no meu número «sp» "
          "que é mais fácil\"\n",
          d=ds(c2)[:5], h=f"{g.ri(18, 22):02d}:{g.ri(0, 59):02d}", ao="o" if c.female else "a", ps=P(fold(sp.first).lower() if g.chance(0.5) else sp.first),
          rl="marido dela" if c.female else "esposa dele", el="ela" if c.female else "ele",
          x=g.ri(30, 70), sp=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    doc.f("«d» — visita d«go» gerente «g» na propriedade («ad»): lavoura de milho safrinha boa, estimativa «e» sc/ha. Produtor«a» assinou "
          "pedido de prorrogação (MCR 2-6-4) com laudo do Eng. Agr. «t» («cr»). ",
          d=ds(c3)[:5], go="a" if ger.female else "o", g=P(ger.full), ad=(g.rural(), "ADDRESS"), e=g.ri(70, 130), a="a" if c.female else "", t=P(emt.full),
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"))
    k = g.ri(0, 3)
    if k == 0:
        doc.t("Avalista ciente.\n")
    elif k == 1:
        doc.t("Seria prudente reforçar a garantia.\n")
    elif k == 2:
        doc.parts(["Trator está na oficina do ", P(g.pick(["Alemão", "Gringo", g.person(female=False).nick])), ", sem condição de remoção.\n"])
    else:
        doc.t("Cônjuge pediu boleto no e-mail.\n")
    doc.f("«d» — proposta enviada p/ «e»: entrada de R$ «en» ", d=ds(c4)[:5], e=(g.email(c), "EMAIL_ADDRESS"),
          en=g.money(2000, 40000))
    if g.chance(0.45):
        doc.f("no cartão de crédito «cd» (número passado pel«o» cônjuge por telefone, venc. «vv»)", cd=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              o=sp.o, vv=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
    else:
        doc.f("via débito em conta (ag «ag» cc «cc»)", ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f(" e saldo em 3 parcelas anuais. Se não aceitar até «lim», encaminhar ao jurídico (escritório Quevedo, Brum & Taborda).\n"
          "Analista: «a» — «ae»\n", lim=ds(g.plus(c4, 7, 20)), a=P(an.full), ae=(corp_mail(an, cc_dom), "EMAIL_ADDRESS"))
    return doc


ESTADIOS = {"soja": ["V6", "R1", "R3", "R5.1", "R5.3", "R7"], "milho": ["V8", "VT", "R2", "R4"], "trigo": ["afilhamento", "emborrachamento", "espigamento"],
            "café": ["chumbinho", "granação", "maturação"], "feijão": ["V4", "R6", "R8"]}


def fi_laudo(g: Gen) -> Doc:
    """Agronomist's inspection report of a financed crop (fiscalização de crédito rural)."""
    doc = Doc()
    bank = g.pick(CREDCOOPS)
    city, uf = g.city()
    c = g.person()
    ger = g.person(female=False)
    agr = g.person(female=g.chance(0.35))
    cult = g.pick(sorted(ESTADIOS))
    prev = g.ri(40, 1200)
    impl = prev - g.pick([0, 0, 0, g.ri(1, 30)])
    doc.f("LAUDO DE FISCALIZAÇÃO DE OPERAÇÃO DE CRÉDITO RURAL\n(Manual de Crédito Rural, Capítulo 2, Seção 7)\n\nInstituição: «b» — «ag»\n"
          "Mutuário: «m»   CPF: «cpf»\nOperação nº «op»   Finalidade: custeio agrícola — «cu» safra 2025/26   Valor: R$ «v»\n"
          "Imóvel: «pr» — «ad» — «cy»/«uf» — CEP «cep»\nFone do mutuário: «mt»   E-mail: «me»\nCAR: «car»   Coordenadas da sede: «gps»\n\n",
          b=bank[0], ag=g.pick(["Agência ", "PA "]) + city, m=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), op=g.pick([g.d(9), f"{g.d(2)}/{g.d(5)}-{g.d(1)}"]),
          cu=cult, v=g.money(80000, 3000000), pr=g.pick(PROPS), ad=(g.rural(), "ADDRESS"), cy=city, uf=uf, car=g.car(uf), gps=gps(g),
          cep=(g.cep(), "BR_CEP"), mt=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          me=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.5) else "não informado")
    doc.f("Data da vistoria: «d»   Acompanhante: «a» («rl»), fone «t»\n\nSITUAÇÃO CONSTATADA\nÁrea prevista: «p» ha   Área implantada: «i» ha   "
          "Estádio: «es»\nProdutividade estimada: «pe» «un»/ha (orçamento: «po»)\nTratos culturais: «tc»\nOcorrências: «oc»\n\n",
          d=ds(vd := g.day("2025-01-20", "2025-11-28")), a=P((acp := g.pick([(ger.full, "gerente da fazenda"), (ger.short, "capataz"),
                                                                           (g.child(c, female=False).full, "filho do mutuário")]))[0]), rl=acp[1],
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), p=prev, i=impl, es=g.pick(ESTADIOS[cult]),
          pe=g.ri(40, 80) if cult != "café" else g.ri(20, 55), un="sc", po=g.ri(55, 70),
          tc=g.pick(["adubação de cobertura realizada; 2 aplicações de fungicida", "controle de plantas daninhas em atraso no talhão 3",
                     "conforme recomendação técnica"]),
          oc=g.pick(["estiagem de 22 dias em janeiro; perdas localizadas", "granizo em " + ds(g.plus(vd, -40, -5)) + " no talhão próximo à Linha Bonita",
                     "nenhuma", "ataque de percevejo controlado"]))
    doc.f("CONCLUSÃO: «cc»\n\nResponsável técnic«o»: «n», «ti» — «cr» — ART «art»\nE-mail: «e»\n\nAssinatura do mutuário: ______________ («m»)\n",
          cc="área implantada inferior à financiada; recomenda-se o desmembramento do valor excedente." if impl < prev else
          g.pick(["os recursos foram aplicados conforme o orçamento; lavoura em bom estado.",
                  "há indício de perdas acima de 30%; orientado o mutuário a comunicar o Proagro."]),
          o="a" if agr.female else "o", n=P(agr.full), ti="Engenheira Agrônoma" if agr.female else "Engenheiro Agrônomo",
          cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), art=g.art(), e=(g.email(agr), "EMAIL_ADDRESS"), m=P(up(c.short)))
    return doc


def fi_proagro(g: Gen) -> Doc:
    """Proagro loss notice (COP), the expert's summary and the payment."""
    doc = Doc()
    bank = g.pick(CREDCOOPS)
    city, uf = g.city()
    c = g.person()
    com = g.relative(c)
    per = g.person(female=g.chance(0.3))
    ana = g.person()
    ha = g.ri(8, 300)
    perda = g.ri(31, 92)
    oc = g.day("2024-12-01", "2025-08-30")
    cm = g.plus(oc, 1, 10)
    v1 = g.plus(cm, 3, 20)
    v2 = g.plus(v1, 10, 40)
    dfr = g.plus(v2, 10, 50)
    doc.f("PROAGRO — COMUNICAÇÃO DE OCORRÊNCIA DE PERDAS (COP)\nAgente: «b» — «ag»\nBeneficiário: «n»   CPF: «cpf»\n"
          "Endereço: «bad» — «cy»/«uf» — CEP «cep»\n"
          "Operação: «op»   Empreendimento: «cu» — «ha» ha — «pr»\nEvento: «ev»   Data da ocorrência: «do»   Data da comunicação: «dc»\n"
          "Comunicado por: «cm» («rl»), CPF «cc», fone «t», e-mail «e»\n\n",
          b=bank[0], ag=g.pick(["Agência ", "PA "]) + city, n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), op=g.d(9),
          bad=(g.rural(), "ADDRESS"), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          cu=g.pick(["soja", "milho safrinha", "feijão", "trigo"]), ha=ha, pr=g.pick(PROPS),
          ev=g.pick(["estiagem", "excesso de chuva", "granizo", "geada", "vendaval"]), do=ds(oc), dc=ds(cm),
          cm=P(g.pick([com.full, com.first])), cc=(g.cpf(), "BR_CPF"), rl=g.pick(["filha", "esposa"] if com.female else ["filho", "irmão", "genro"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(com), "EMAIL_ADDRESS"))
    doc.f("SÚMULA DA PERÍCIA\nPerit«o»: «p» — «cr»   Vistorias: «v1» e «v2»\nProdução esperada: «pe» sc   Produção obtida (estimada): «po» sc   "
          "Perda apurada: «pd»%\nRecursos próprios/receitas consideradas: R$ «rp»\nObs.: ",
          o="a" if per.female else "o", p=P(per.full), cr=(g.council("CREA", uf), "PROFESSIONAL_ID"), v1=ds(v1), v2=ds(v2),
          pe=sacas(g, 2000, 20000), po=sacas(g, 200, 8000), pd=perda, rp=g.money(0, 80000))
    k = g.ri(0, 2)
    if k == 0:
        doc.t("produtor não fez a aplicação de fungicida recomendada; perda parcialmente atribuída a manejo.")
    elif k == 1:
        doc.parts(["lavoura vizinha (seu ", P(g.person(female=False).first), ") com o mesmo quadro."])
    else:
        doc.t("perda compatível com o evento; sem irregularidade.")
    doc.t("\n\n")
    doc.f("DEFERIMENTO: cobertura de R$ «cb» deferida em «dd» pel«ao» analista «a». Crédito na conta do beneficiário, agência «ag», "
          "conta «cc», com amortização automática do saldo devedor do custeio.\n",
          cb=g.money(10000, 600000), dd=ds(dfr), ao="a" if ana.female else "o", a=P(ana.full),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("\nRecurso à CER: «t»\n", t=g.pick(["não interposto", "interposto em " + ds(g.plus(dfr, 5, 25)) + " pelo advogado do beneficiário"]))
    return doc


TEMPLATES = {
    "atendimento": [at_romaneio, at_ficha, at_zap, at_caf, at_car, at_ater, at_sac],
    "juridico": [ju_usucapiao, ju_arrendamento, ju_fiscalizacao, ju_divisa, ju_trabalhista, ju_escritura, ju_planilha],
    "saude": [sa_sinan, sa_ubs, sa_brucelose, sa_gta, sa_transporte, sa_cerest, sa_colinesterase],
    "financeiro": [fi_proposta, fi_cpr, fi_extrato, fi_safristas, fi_cobranca, fi_laudo, fi_proagro],
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
            assert cpf_ok(digits) and re.fullmatch(r"[\d. -]+", v), (record["id"], v)
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
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
            else:
                assert 7 <= len(raw) <= 10, (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu|eng|agr|vet|mv)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|financeiro|credito|laboratorio|cerest|cobranca)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CRMV|OAB|COREN|CREA|CRC)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d]+(-[\dX])?", v), (record["id"], v)
    assert "«" not in text and "»" not in text, (record["id"], text[max(0, text.find("«") - 40):text.find("«") + 40])
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
