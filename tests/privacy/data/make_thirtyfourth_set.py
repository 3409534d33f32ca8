"""Build the thirty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 34,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, name pools,
check digits) follow the shape of the thirty-second set's generator.

Register, not used by the earlier sets: construction, engineering and property development,
the way personal data sits on building sites and in developers' offices: foremen's typed site
diaries, admission and safety-training records, time-clock exports, subcontractor registers,
ART/RRT records with CREA/CAU numbers, building-permit and habite-se processes, off-plan
purchase contracts and buyer forms, defect complaints, labour claims, delivery-delay
lawsuits, CATs, ASOs, first-aid logs, payment plans, collection and subcontractor payments.
- atendimento: 0 site diary (RDO) typed by the foreman (crew list, concrete-truck plates,
  engineer's visit, a neighbour's complaint); 1 buyer registration form of an off-plan unit
  (spouse, PIS, CNH, refund account, broker with CRECI); 2 defect complaint ticket and
  warranty visit (portal IP, attendant, technician, engineer's report); 3 worker admission
  and site induction record (NR-18, NR-35, ASO, emergency contact, motorbike plate);
  4 time-clock export (semicolon CSV: name, PIS, CPF, punches); 5 WhatsApp group of the site;
  6 e-mail thread of a house's habite-se process (owner, architect CAU, engineer CREA, RRT,
  ART, alvará, inscrição imobiliária).
- juridico: 0 labour claim of a construction worker (subcontractor + developer, Súmula 331);
  1 judgment in a buyers' lawsuit over delivery delay (Lei 4.591/1964, Lei 13.786/2018);
  2 off-plan purchase contract with witnesses and an e-signature audit trail; 3 letter on the
  substitution of the technical responsible (ART/RRT) with the subcontractor register (CSV);
  4 extrajudicial notice on construction defects and the developer's reply; 5 labour court
  hearing record with settlement paid to an account or a random Pix key; 6 labour inspection
  report (NR-18 / NR-35 embargo) with workers found without registration.
- saude: 0 CAT (work accident report of a fall); 1 ASO for work at height; 2 site first-aid
  log; 3 attendance list of NR-35 / NR-18 training (CSV); 4 EPI delivery receipt (NR-06);
  5 SESMT e-mail with the UPA's care summary of an injured worker; 6 PCMSO periodic-exam
  scheduling e-mail with the clinic's reply.
- financeiro: 0 buyer payment plan (INCC, card for recurring charges, boleto line);
  1 instalment collection log; 2 subcontractor measurement bulletin and payment; 3 payroll
  export of a subcontractor's workers (CSV: CPF, PIS, agency, account or random Pix key);
  4 bank financing checklist at key handover (repasse: PIS, FGTS, título, employer CNPJ);
  5 cancellation (distrato) refund term; 6 site petty-cash and corporate-card report.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "eng.", "arq.", "téc.", "mestre"; particles inside a name are part of it; "SURNAME,
GIVEN" is one span; nicknames and first names alone, capitalised, lower case or in capitals,
are persons. Workers, foremen, engineers, architects, brokers, attendants, analysts, lawyers,
judges, labour inspectors, doctors, nurses and safety technicians named in the text are
persons; logins are not. A WhatsApp export shows a member by profile name (PERSON; tags such
as "Mestre", emoji outside) or by number (PHONE_NUMBER). People's e-mail addresses,
corporate and public-body ones included, are EMAIL_ADDRESS; role mailboxes (sac@, juridico@,
sesmt@, agendamento@, financeiro@) are not labelled. ADDRESS is street type + name + number
+ complement of a natural person (buyer, worker, neighbour, the owner of a house under a
building permit); bairro, city, UF stay outside and CEP is BR_CEP; the developers' buildings
(named developments) and company addresses are not labelled. Agency and account are separate
BANK_ACCOUNT spans, whoever holds the account (a subcontractor's company account included); bank
codes are not. DATE_OF_BIRTH only for people's birth dates;
admission, accident, hearing, exam, due and delivery dates are not. PROFESSIONAL_ID includes
the council acronym and UF: CREA, CRM, COREN, OAB, and new here CAU (architects; the CAU
number is national, so "CAU A12345-6" without UF is labelled as it stands, "CAU/SP
A123456-7" with it) and CRECI (real-estate brokers, a professional council: "CRECI/SP
12345", "CRECI-PR 123456-F"). Not labelled: ART and RRT numbers, alvará and habite-se
numbers, CNO (obra) numbers, labour inspectors' CIF, EPI CA numbers, CBO codes, RNM numbers
of foreign workers, time-clock REP serials and NSR, badge and registration numbers, CAT
numbers, contract, protocol, ticket and NF numbers, boleto lines, matrícula do imóvel,
inscrição imobiliária (11 digits that fail the CPF check), masked CPFs, corporate card
"final 1234". A CNPJ is BR_CNPJ wherever it appears (companies included, numeric and
alphanumeric). NIS/NIT numbers are BR_PIS. Plates of concrete trucks, pickups and workers'
motorbikes are LICENSE_PLATE. IPv4 addresses of e-signature trails and the client portal are
IP_ADDRESS. PIX_KEY only for random (UUID) keys; e-signature envelope ids are not labelled.

Names: Brazilian names of many origins (southern colonial, north-eastern workers' names such
as Josivan, Rivanildo, Gildásio, Erisvaldo, coined names, Italian, German, Pomeranian,
Japanese, Polish, Lebanese, Paraguayan, Bolivian, Haitian, Venezuelan, Senegalese, Angolan,
indigenous, Jewish, Korean, Chinese), at least a quarter of the name words rare or invented;
names that are everyday words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora,
Branco, Celeste) next to the same words in developments, companies and places (Residencial
Flor de Lis, Edifício Aurora Prime, Construtora Prado & Amado, Imobiliária Casa Prudente,
Presidente Prudente, Bento Gonçalves, "rosa do vento"), which are not persons.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(NSR, inscrição imobiliária), ART/RRT numbers, CNO, ICD-10 codes (S52.5, S62.6, L24.5...),
money, m², m³, INCC, protocol, ticket, contract, NF and order numbers, REP serials, boleto
lines, laws and rules (Lei 4.591/1964, Lei 13.786/2018, Lei 9.711/1998, Lei 13.709/2018,
NR-18, NR-35, NR-06, NBR 17170, Súmula 331), dates that are not birth dates, company names
containing surnames.
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
SEED = 34
OUT = "thirtyfourth"

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
          "Odacir", "Selvino", "Lindomar", "Josivan", "Rivanildo", "Gildásio", "Zenildo", "Creonildo", "Adailton",
          "Cosmo Damião", "Erisvaldo"]
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
    "ve": (["Yusmary", "Oriana", "Yelitza", "Dayerlin"], ["Yorman", "Deivis", "Wuilmer", "Yonaiker"],
           ["Guerrero", "Rondón", "Briceño", "Colmenares", "Zambrano Pérez"]),
    "jw": (["Golda", "Raquel", "Ester"], ["Jacó", "Moisés", "Isaac"], ["Schvartzman", "Averbuch", "Lerner", "Wainstein", "Gutfreind"]),
    "kr": (["Eun-hee", "Ji-yeon"], ["Sang-min", "Young-soo"], ["Kim", "Park", "Cho", "Shin"]),
    "cn": (["Meiling", "Xiu"], ["Jian", "Zhiwei"], ["Chen", "Liu", "Zhang", "Huang"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("pom", "nl", "men", "pl", "py", "bo", "ht", "sn", "ao", "ind", "jw", "ve"):
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
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"), ("Sorocaba", "SP"),
          ("Curitiba", "PR"), ("Londrina", "PR"), ("Pato Branco", "PR"), ("Florianópolis", "SC"), ("Balneário Camboriú", "SC"),
          ("Joinville", "SC"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Caxias do Sul", "RS"), ("Belo Horizonte", "MG"),
          ("Uberlândia", "MG"), ("Goiânia", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Palmas", "TO"),
          ("Vitória", "ES"), ("Vila Velha", "ES"), ("Porto Velho", "RO")]
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
BANKS = ["001", "104", "748", "756", "237", "341", "033", "085", "133"]


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

    def address(self, style: str = "text", rural: float = 0.05) -> str:
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

# =========================================================================== construction register

CONSTRUTORAS = [("Construtora Prado & Amado Ltda", "pradoamado.com.br"), ("Aurora Incorporações SPE 12 Ltda", "auroraincorp.com.br"),
                ("Bento Ferraz Engenharia S.A.", "bentoferraz.eng.br"), ("Vitória Empreendimentos Imobiliários Ltda", "vitoriaemp.com.br"),
                ("Kowalski & Nakamura Construções Ltda", "kncon.com.br"), ("Rosa Branco Urbanismo Ltda", "rosabranco.com.br"),
                ("Construtora Luz do Vale Ltda", "luzdovale.com.br"), ("Dalcin Piovesan Incorporadora S.A.", "dalcinpiovesan.com.br")]
EMPREEND = ["Residencial Flor de Lis", "Edifício Aurora Prime", "Condomínio Villa Rosa", "Residencial Bento Amado", "Torre Vitória Business",
            "Residencial Luz da Serra", "Edifício Prudente Tower", "Jardins do Ipê", "Residencial Parque das Araucárias", "Edifício Celeste"]
EMPREITEIRAS = ["Empreiteira Souza & Brum Ltda ME", "JRS Alvenaria e Acabamentos Ltda", "Formas Dalcin Ltda", "Instaladora Elétrica Nakamura ME",
                "Gesso Rosa Decor Ltda", "Impermeabilizadora Vitória Ltda", "Serralheria Amado & Filhos Ltda", "Hidráulica Quispe Serviços Ltda",
                "Pinturas Jean-Louis ME", "Concreteira Branco Mix Ltda"]
FUNCOES = ["pedreiro", "servente", "carpinteiro", "armador", "eletricista", "encanador", "pintor", "gesseiro", "azulejista",
           "operador de betoneira", "operador de grua", "sinaleiro", "encarregado de alvenaria", "apontador", "almoxarife",
           "montador de andaime", "soldador", "ajudante geral", "mestre de obras"]
CIDS = ["S62.6", "S82.2", "S06.0", "T14.0", "S61.0", "S93.4", "S05.1", "T23.2", "L24.5", "M54.5", "S32.0", "S42.0"]
SERVICOS = ["alvenaria do 7º pavimento", "concretagem da laje do 12º pav.", "armação dos pilares P12 a P20", "forma da escada",
            "reboco externo fachada norte", "contrapiso torre B", "instalações elétricas 3º ao 5º pav.", "impermeabilização do reservatório",
            "montagem do balancim", "assentamento de porcelanato", "gesso liso aptos finais 1 e 2", "escavação das sapatas"]
UNID = ["apto", "apartamento", "unidade", "apto.", "AP"]


def unit(g: Gen) -> str:
    return f"{g.pick(UNID)} {g.ri(1, 24)}0{g.ri(1, 8)}" + g.pick(["", f" Torre {g.pick('ABC')}", f" bloco {g.ri(1, 6)}"])


def prof_id(g: Gen, uf: str, kind: str | None = None) -> str:
    kind = kind or g.pick(["CREA", "CREA", "CAU"])
    if kind == "CAU":
        return g.pick([f"CAU A{g.d(5)}-{g.d(1)}", f"CAU/{uf} A{g.d(6)}-{g.d(1)}", f"CAU nº A{g.d(5)}-{g.d(1)}", f"CAU-{uf} A{g.d(5)}{g.d(1)}"])
    return g.council(kind, uf)


def art_no(g: Gen, uf: str) -> str:
    return g.pick([f"{uf}{g.ri(2024, 2025)}{g.d(7)}", f"{IBGE.get(uf, '35')}0{g.d(11)}", f"{g.ri(2024, 2025)}.{g.d(6)}"])


def rrt_no(g: Gen) -> str:
    return g.pick([f"SI{g.d(8)}R0{g.ri(1, 9)}CT001", f"{g.d(8)}", f"RRT-{g.d(7)}"])


def cno(g: Gen) -> str:
    return f"{g.d(2)}.{g.d(3)}.{g.d(5)}/{g.d(2)}"


def con_mail(p: Person, dom: str) -> str:
    return corp_mail(p, dom)


def qual(g: Gen, doc: Doc, p: Person, uf: str, job: str | None = None, dob: bool | None = None, rg: bool = True) -> None:
    doc.e(g.pick([p.full, p.caps, p.caps]), "PERSON")
    doc.t(", " + ("brasileira" if p.female else "brasileiro") + ", "
          + g.pick(["casad" + p.o, "solteir" + p.o, "divorciad" + p.o, "em união estável"]) + ", " + (job or g.pick(["engenheiro", "servidor público", "professor", "comerciante", "analista de sistemas", "enfermeira", "autônomo"])))
    if dob if dob is not None else g.chance(0.35):
        doc.t(", nascid" + p.o + " em ")
        doc.e(g.dob(g.pick(["br", "long"]), lo=1955, hi=2003), "DATE_OF_BIRTH")
    if rg:
        doc.t(", " + g.pick(["portador" + ("a" if p.female else "") + " do RG nº ", "RG ", "cédula de identidade nº "]))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(["SSP/", "SESP/", "SSP-", "DETRAN/"]) + uf)
    doc.t(", " + g.pick(["inscrit" + p.o + " no CPF sob o nº ", "CPF nº ", "CPF/MF ", "inscrit" + p.o + " no CPF/MF sob nº "]))
    doc.e(g.pcpf(p), "BR_CPF")
    doc.t(", " + g.pick(["residente e domiciliad" + p.o + " na ", "com endereço na ", "residente na "]))
    doc.e(g.urban(), "ADDRESS")
    doc.t(", " + g.pick(["Centro", "bairro Jardim Primavera", "Vila Operária", "bairro São Cristóvão", "Parque Industrial"]))
    if g.chance(0.6):
        doc.t(", CEP ")
        doc.e(g.cep(), "BR_CEP")


def esign_log(g: Gen, doc: Doc, people: list[Person], base: dt.date) -> None:
    doc.f("\n--- Trilha de auditoria («pl») — envelope «id» ---\n", pl=g.pick(["Clicksign", "D4Sign", "DocuSign", "ZapSign"]),
          id=g.uuid() if g.chance(0.5) else g.hexs(24))
    for p in people:
        doc.parts([P(g.pick([p.full, p.caps])), " — CPF "])
        if g.chance(0.4):
            c = re.sub(r"\D", "", g.pcpf(p))
            doc.t(f"***.{c[3:6]}.{c[6:9]}-**")
        else:
            doc.e(fmt_cpf(re.sub(r"\D", "", g.pcpf(p))), "BR_CPF")
        doc.t(" — ")
        doc.e(g.pemail(p), "EMAIL_ADDRESS")
        doc.f(" — assinou em «d» «h» — IP «ip»\n", d=ds(g.plus(base, 0, 4)), h=g.hms(), ip=(g.ip(g.chance(0.1)), "IP_ADDRESS"))


def worker(g: Gen) -> Person:
    return g.person(origin=g.pick(["pt"] * 6 + ["ht", "ht", "ve", "bo", "ao", "sn", "ind"]))


# =========================================================================== atendimento

def at_diario(g: Gen) -> Doc:
    """Site diary (RDO / diário de obra) typed by the foreman."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    mestre, eng, fisc = g.person(female=False), g.person(), g.person()
    d = g.day()
    doc.f("«c»\nRELATÓRIO DIÁRIO DE OBRA (RDO) nº «n» — «em» — «cy»/«uf»\nCNO «cno»   Data: «d»   Tempo: manhã «t1» / tarde «t2»\n"
          "Responsável pelo preenchimento: «m» (mestre)\n\nEFETIVO\n", c=up(con), n=g.ri(40, 620), em=g.pick(EMPREEND), cy=city, uf=uf,
          cno=cno(g), d=ds(d), t1=g.pick(["bom", "nublado", "chuva fraca"]), t2=g.pick(["bom", "chuva forte (parou 15h)", "nublado"]),
          m=P(g.pick([mestre.full, mestre.short, mestre.caps])))
    for _ in range(g.ri(2, 4)):
        w = worker(g)
        doc.parts([" - ", (g.pick([w.caps, w.full, w.short, w.nick]), "PERSON"), " — ", g.pick(FUNCOES), " — ",
                   g.pick(["próprio", g.pick(EMPREITEIRAS)]), "\n"])
    doc.f("Total: «n» próprios + «m» terceiros\n\nSERVIÇOS EXECUTADOS\n- «s1»\n- «s2»\n\nOCORRÊNCIAS\n", n=g.ri(8, 40), m=g.ri(5, 60),
          s1=g.pick(SERVICOS), s2=g.pick(SERVICOS))
    doc.f("- concretagem: caminhões betoneira placas «p1» e «p2» da Concreteira Branco Mix, «m3» m³, fck 30, slump ok. motorista «mo» (CNH «cnh») atrasou 40 min\n",
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"), m3=g.ri(8, 48), mo=P(g.pick([worker(g).first, worker(g).short])), cnh=(g.cnh(), "BR_CNH"))
    if g.chance(0.6):
        a = worker(g)
        doc.f("- o servente «a» torceu o pé na rampa, levado ao ambulatório, tec. seg. «ts» acompanhou. ver CAT se precisar\n",
              a=P(g.pick([a.short, a.first])), ts=P(g.person().short))
    doc.f("- visita do eng. «e» («crea») — liberou armação. Fiscal da prefeitura «f» esteve na obra, pediu cópia do alvará nº «al» e ART «art»\n",
          e=P(g.pick([eng.full, eng.short])), crea=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"), f=P(fisc.short), al=f"{g.d(4)}/{d.year}",
          art=art_no(g, uf))
    if g.chance(0.5):
        v = g.person()
        doc.f("- vizinho «v» («ad») reclamou de poeira e trinca no muro; tel «t». Anotado p/ vistoria cautelar\n", v=P(v.full),
              ad=(g.urban(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("\nAss. mestre: _____________   Ass. eng. residente: _____________\n")
    return doc


def at_ficha(g: Gen) -> Doc:
    """Buyer registration form for an off-plan apartment (ficha cadastral do comprador)."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    c = g.person()
    sp = g.spouse(c)
    cor = g.person()
    doc.f("FICHA CADASTRAL — PROPONENTE COMPRADOR\nEmpreendimento: «em» — «u»   Tabela «tb»\n\nNome completo: «n»\nCPF: «cpf»   RG: «rg»   "
          "Data de nasc.: «dob»\nEstado civil: «ec»   Profissão: «pf»   Renda: R$ «r»\nEndereço: «ad»   Bairro: «b»   CEP: «cep»   «cy»/«uf»\n"
          "Celular: «t»   E-mail: «e»\nEndereço comercial: Av. Getúlio Vargas, 1200, sala 4 (empresa)\n", em=g.pick(EMPREEND), u=unit(g), tb=f"{g.pick(MES)}/{g.ri(24, 25)}", n=P(g.pick([c.full, c.caps])),
          cpf=(g.pcpf(c), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "iso", "nopad"]), hi=2002), "DATE_OF_BIRTH"),
          ec=g.pick(["casado(a)", "solteiro(a)", "união estável"]), pf=g.pick(["médica", "vendedor", "militar", "analista", "dentista", "motorista de app"]),
          r=g.money(3000, 40000), ad=(g.urban(), "ADDRESS"), b=g.pick(["Centro", "Jardim Aurora", "Vila Rosa", "Boa Vista"]), cep=(g.cep(), "BR_CEP"),
          cy=city, uf=uf, t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(c), "EMAIL_ADDRESS"))
    if g.chance(0.7):
        doc.f("\nCÔNJUGE / 2º PROPONENTE: «n»   CPF «cpf»   nasc. «dob»   tel. «t»\n", n=P(sp.full), cpf=(g.pcpf(sp), "BR_CPF"),
              dob=(g.dob(hi=2002), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.8):
        doc.f("CNH (doc. apresentado): «cnh»\n", cnh=(g.cnh(), "BR_CNH"))
    doc.f("\nFGTS: «f»   PIS: «pis»\nConta p/ devolução de sinal: banco «bk» ag. «ag» c/c «cc»\n", f=g.pick(["sim, vai usar", "não", "sim"]),
          pis=(g.pis(), "BR_PIS"), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nCorretor(a): «co» — «cr»   Imobiliária Casa Prudente\nGerente de vendas: «gv»\nObs.: «o»\n", co=P(cor.full),
          cr=(g.pick(["CRECI/" + uf + " " + g.d(5), "CRECI-" + uf + " " + g.d(6) + "-F"]), "PROFESSIONAL_ID"), gv=P(g.person().short),
          o=g.pick(["cliente quer vaga coberta, verificar tabela", "sinal via Pix na conta da SPE (não na do corretor!)",
                    "renda informal, análise Caixa pendente", "comprovante de residência em nome da sogra — " + g.person().first]))
    doc.t("\nDeclaro que as informações são verdadeiras e autorizo consulta ao SPC/Serasa (Lei 13.709/2018, art. 7º, X).\n")
    return doc


def at_assist(g: Gen) -> Doc:
    """Defect complaint ticket and warranty visit (assistência técnica pós-obra)."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    c = g.person()
    at, tec = g.person(), worker(g)
    d = g.day()
    doc.f("Chamado AT-«n» | Empreendimento «em» | «u»\nAberto em «d» via portal do cliente (IP «ip»)\nSolicitante: «c» — «t» — «e»\n\n"
          "Descrição: «ds»\n\n", n=g.d(6), em=g.pick(EMPREEND), u=unit(g), d=ds(d), ip=(g.ip(), "IP_ADDRESS"), c=P(g.pick([c.full, c.low])),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(c), "EMAIL_ADDRESS"),
          ds=g.pick(["infiltração no teto do banheiro social, mancha aumentando depois da chuva",
                     "trinca diagonal na parede da sala perto da janela, piso do quarto soltando (som oco)",
                     "disjuntor do chuveiro desarmando direto, já chamei eletricista por conta",
                     "porta da varanda não fecha, esquadria empenada. e a garantia? recebi as chaves faz 8 meses"]))
    doc.f("[«d2»] «a» (atendimento): Olá «cf», chamado recebido, prazo de até 30 dias para vistoria conforme manual do proprietário (NBR 17170).\n",
          d2=ds(g.plus(d, 0, 2)), a=P(at.first), cf=P(c.first))
    doc.f("[«d3»] Vistoria agendada: técnico «tc», «h». Portaria avisada.\n", d3=ds(g.plus(d, 3, 9)), tc=P(g.pick([tec.full, tec.short])), h=g.hm())
    doc.f("[«d4»] Laudo: «l». Responsável técnico: «eg» («crea»).\n", d4=ds(g.plus(d, 10, 25)),
          l=g.pick(["falha na impermeabilização do box do apto de cima, procedente", "trinca de retração sem risco estrutural, tratar com tela",
                    "uso inadequado (furação em tubulação), improcedente"]),
          eg=P(g.person().full), crea=(prof_id(g, uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("[«d5»] Cliente: não aceito o laudo, vou procurar advogado e o Procon. meu contato alternativo «t2»\n", d5=ds(g.plus(d, 26, 30)),
              t2=(g.phone(), "PHONE_NUMBER"))
    doc.t("Atendente responsável: ")
    doc.e(at.full, "PERSON")
    doc.t(" — sac@" + dom + "\n")
    return doc


def at_admissao(g: Gen) -> Doc:
    """Worker admission and site induction record (ficha de integração / admissão)."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    emp = g.pick(EMPREITEIRAS)
    doc.f("FICHA DE INTEGRAÇÃO — CANTEIRO «em»\nEmpresa: «emp»   CNPJ «cnpj»\n\nNome: «n»\nFunção: «f»   Admissão: «ad»\nNascimento: «dob»   "
          "Natural de: «nat»\nCPF «cpf»   RG «rg»   PIS/NIT «pis»\n", em=up(g.pick(EMPREEND)), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          n=P(g.pick([w.caps, w.full])), f=g.pick(FUNCOES), ad=g.date(), dob=(g.dob(g.pick(["br", "short"]), lo=1965, hi=2006), "DATE_OF_BIRTH"),
          nat=g.pick(["Caruaru/PE", "Porto Príncipe (Haiti)", "Juazeiro do Norte/CE", "Cochabamba (Bolívia)", "Luanda (Angola)", "Picos/PI", city + "/" + uf]),
          cpf=(g.pcpf(w), "BR_CPF"), rg=(g.rg(), "BR_RG") if g.chance(0.7) else "RNM " + g.pick("VFG") + g.d(6) + "-" + g.pick("ABC"),
          pis=(g.pis(), "BR_PIS"))
    if g.chance(0.6):
        doc.f("Título eleitor «te»   CNS «cns»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), cns=(g.cns(), "BR_CNS"))
    if g.chance(0.5):
        doc.f("CNH «cnh» cat. «ct» (operador de máquinas)\n", cnh=(g.cnh(), "BR_CNH"), ct=g.pick(["B", "C", "D", "AB"]))
    doc.f("Endereço: «a», CEP «cep»\nContato de emergência: «c» («pr») «t»\nAlojamento: «al»\n", a=(g.urban(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          c=P(g.pick([g.relative(w).full, g.relative(w).first])), pr=g.pick(["esposa", "mãe", "irmão", "tio"]), t=(g.phone(), "PHONE_NUMBER"),
          al=g.pick(["não", "sim — quarto 4", "sim (container 2)"]))
    doc.f("\nTreinamentos: NR-18 admissional 6h em «d1» ✔   NR-35 «d2»   NR-06 (EPI) ✔\nInstrutor: «i» — téc. seg. trabalho\nASO apto em «d3» — «m» «crm»\n",
          d1=g.date(), d2=g.pick(["válido até " + g.date(year=2026), "pendente", "não se aplica"]), i=P(g.person().full), d3=g.date(),
          m=P(g.person().short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Veículo p/ estacionamento: moto «p»\n", p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Crachá nº «c»   Nº matrícula «m»\n", c=g.d(5), m=g.d(6))
    return doc


def at_ponto(g: Gen) -> Doc:
    """Time-clock export (AFD/REP-P) of a site, semicolon CSV."""
    doc = Doc()
    city, uf = g.city()
    doc.f("Exportação espelho de ponto — obra «em» — período «p»\nREP nº «rep»  Emp. CNPJ «cnpj»\n", em=g.pick(EMPREEND),
          p=f"{g.ri(1, 12):02d}/2025", rep=g.d(17), cnpj=(g.cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.ri(5, 8)):
        w = worker(g)
        rows.append([(g.pick([w.caps, w.full]), "PERSON"), (g.pis("raw"), "BR_PIS"), (g.pcpf(w, "raw") if g.chance(0.9) else "", "BR_CPF"),
                     (g.pick(FUNCOES), None), (g.date("br", 2025), None), (g.hm(), None), (g.hm(), None),
                     (g.pick(["", "", "atestado", "falta", "HE 50%"]), None)])
    csv_rows(doc, ["nome", "pis", "cpf", "funcao", "data", "entrada", "saida", "obs"], rows)
    doc.f("\nNSR inicial «n» / final «m». Gerado por «lg» em «d».\n", n=N(g.neg(11)), m=g.d(9), lg=login(g.person()), d=g.date())
    return doc


def at_zap(g: Gen) -> Doc:
    """WhatsApp group of the site (foremen, engineer, subcontractors)."""
    doc = Doc()
    city, uf = g.city()
    ppl = [worker(g) for _ in range(4)]
    eng = g.person()
    doc.f("Conversa do WhatsApp com Obra «em» 🏗️\n", em=g.pick(EMPREEND))
    d = g.day()
    who = [[P(p.first), g.pick([" Mestre", " Elétrica", " Gesso", " 🏗️", ""])] if g.chance(0.5) else [(g.phone("plus"), "PHONE_NUMBER")] for p in ppl]
    E = ["Eng. ", P(eng.short)]
    t = [8, 0]
    msgs = [
        (who[0], ["bom dia, caminhão da areia chegou placa ", (g.plate(), "LICENSE_PLATE"), " descarregando"]),
        (E, ["ok. ", P(ppl[1].first.lower()), " cadê a equipe do 5º?"]),
        (who[1], ["to indo, o ", P(g.pick([ppl[2].nick, ppl[2].first])), " faltou de novo, mandou atestado"]),
        (who[2], ["atestado ta no RH. numero do RH ", (g.phone(g.pick(["plain", "par"]), mobile=False), "PHONE_NUMBER")]),
        (E, ["manda o contato do gesseiro novo"]),
        (who[3], ["", P(worker(g).full), " ", (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER")]),
        (who[0], ["a bomba de concreto só amanhã, o ", P(worker(g).first), " da concreteira confirmou. pedido nº ", g.d(7)]),
        (E, ["rosa do vento na laje hoje tá forte, sem grua depois das 14h. nr-18 não é brincadeira"]),
    ]
    for w, m in msgs:
        t[1] += g.ri(1, 40)
        t[0] += t[1] // 60
        t[1] %= 60
        doc.t(f"{ds(d)} {t[0]:02d}:{t[1]:02d} - ")
        doc.parts(w)
        doc.t(": ")
        doc.parts(m)
        doc.t("\n")
    return doc


def at_habitese(g: Gen) -> Doc:
    """E-mail thread of a building-permit / habite-se process of a private house (owner is a natural person)."""
    doc = Doc()
    city, uf = g.city()
    own, arq, eng, desp = g.person(), g.person(), g.person(), g.person()
    dom = "prefeitura" + re.sub(r"[^a-z]", "", fold(city).lower())[:10] + ".gov.br"
    serv = g.person()
    doc.f("De: «d» <«de»>\nPara: «s» <«se»>\nAssunto: Habite-se — processo «pr»\n\nPrezada «sf»,\n\nEm nome do proprietário «o» (CPF «cpf»), "
          "solicito a vistoria para habite-se da residência unifamiliar na «ad», lote «lt», quadra «qd», CEP «cep». Inscrição imobiliária «ii».\n\n"
          "Projeto: arq. «a» — «cau», RRT «rrt»\nExecução: eng. «e» — «crea», ART «art»\nAlvará de construção nº «al» de «dal».\n\n",
          d=P(desp.full), de=(g.pemail(desp), "EMAIL_ADDRESS"), s=P(serv.short), se=(corp_mail(serv, dom), "EMAIL_ADDRESS"),
          pr=f"{g.d(5)}/{g.ri(2023, 2025)}", sf=P(serv.first), o=P(g.pick([own.full, own.caps])), cpf=(g.pcpf(own), "BR_CPF"),
          ad=(g.urban(), "ADDRESS"), lt=g.ri(1, 40), qd=g.ri(1, 30), cep=(g.cep(), "BR_CEP"), ii=N(g.neg(11)),
          a=P(arq.full), cau=(prof_id(g, uf, "CAU"), "PROFESSIONAL_ID"), rrt=rrt_no(g), e=P(eng.full),
          crea=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"), art=art_no(g, uf), al=g.d(5), dal=g.date(year=2024))
    doc.f("Seguem anexos o certificado do Corpo de Bombeiros e o termo de ligação de esgoto.\n\nAtt.,\n«d»\nDespachante — «t»\n\n"
          "> Em «dd», «s» escreveu:\n> Falta a declaração de conclusão assinada pelo RT e a CND de obra (CNO «cno»). Tel. do setor: «tp».\n",
          d=P(desp.short), t=(g.phone(), "PHONE_NUMBER"), dd=g.date(), s=P(serv.full), cno=cno(g), tp=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico

def ju_reclamatoria(g: Gen) -> Doc:
    """Labour claim of a construction worker against the subcontractor and the developer (responsabilidade subsidiária)."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    adv = g.person()
    con, dom = g.pick(CONSTRUTORAS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «cy»/«uf»\n\n", v=g.ri(1, 9), cy=up(city), uf=uf)
    qual(g, doc, w, uf, job=g.pick(FUNCOES), dob=True)
    doc.f(", CTPS digital, PIS «pis», telefone «t», vem, por sua advogada, propor RECLAMAÇÃO TRABALHISTA em face de «e», CNPJ «c1», e, "
          "subsidiariamente, «con», CNPJ «c2» (Súmula 331, IV, do TST), pelos fatos a seguir.\n\n", pis=(g.pis(), "BR_PIS"), t=(g.phone(), "PHONE_NUMBER"),
          e=up(g.pick(EMPREITEIRAS)), c1=(g.cnpj(), "BR_CNPJ"), con=up(con), c2=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    enc = worker(g)
    doc.f("O reclamante trabalhou de «d1» a «d2» como «f» na obra do «em», sob as ordens do encarregado «en», sem registro nos primeiros meses, "
          "com salário de R$ «s» pago em dinheiro. Fazia horas extras habituais sem pagamento e não recebeu cinto paraquedista (NR-35). "
          "As testemunhas «t1» e «t2» confirmarão.\n\nPedidos: verbas rescisórias, FGTS + 40%, adicional de insalubridade (NR-15), multa do art. 477 da CLT. "
          "Valor da causa: R$ «vc».\n\n«cy2», «d».\n\n«a»\n«oab»\n«ae»\n", d1=g.date(year=2023), d2=g.date(year=2025), f=g.pick(FUNCOES),
          em=g.pick(EMPREEND), en=P(g.pick([enc.full, enc.nick])), s=g.money(1800, 3500), t1=P(worker(g).full), t2=P(worker(g).full),
          vc=g.money(20000, 180000), cy2=city, d=g.date("long", 2025), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ae=(law_mail(g, adv), "EMAIL_ADDRESS"))
    return doc


def ju_atraso(g: Gen) -> Doc:
    """Lawsuit of buyers over delivery delay of an off-plan apartment."""
    doc = Doc()
    city, uf = g.city()
    a, b = g.person(), None
    con, dom = g.pick(CONSTRUTORAS)
    adv = g.person()
    doc.f("Processo «cnj»\n«v»ª Vara Cível da Comarca de «cy»\n\nSENTENÇA\n\n", cnj=g.cnj(uf), v=g.ri(1, 12), cy=city)
    doc.parts(["Vistos. "])
    qual(g, doc, a, uf, dob=False, rg=g.chance(0.5))
    if g.chance(0.6):
        b = g.spouse(a)
        doc.t(", e ")
        qual(g, doc, b, uf, dob=False, rg=False)
    doc.f(", ajuizaram ação de indenização em face de «con» alegando atraso na entrega da «u» do «em», prometida para «dp» com tolerância de 180 dias "
          "(Lei 4.591/1964, art. 43-A, incluído pela Lei 13.786/2018). O habite-se só foi expedido em «dh». Pedem lucros cessantes de 0,5% ao mês "
          "sobre R$ «vi» e danos morais.\n\nA ré, representada por «ar» («oab2»), sustentou caso fortuito (pandemia, falta de insumos). "
          "Em audiência, a testemunha «t» (corretora) disse que a data era 'garantida'.\n\nJULGO PROCEDENTE EM PARTE o pedido. "
          "Advogado dos autores: «ad» («oab»).\n\n«cy», «d». Juiz(a) «j».\n",
          con=up(con), u=unit(g), em=g.pick(EMPREEND), dp=g.date(year=2023), dh=g.date(year=2025), vi=g.money(250000, 900000),
          ar=P(g.person().full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"), t=P(g.person(female=True).full),
          ad=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), cy=city, d=g.date("long", 2025), j=P(g.person().full))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Off-plan purchase contract (instrumento particular de promessa de compra e venda), with e-signature trail."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    c = g.person()
    rep = g.person()
    d = g.day()
    doc.f("INSTRUMENTO PARTICULAR DE PROMESSA DE COMPRA E VENDA DE UNIDADE AUTÔNOMA EM CONSTRUÇÃO nº «n»\n\nPROMITENTE VENDEDORA: «con», "
          "CNPJ «cnpj», neste ato por seu diretor «r», CPF «rc».\nPROMISSÁRIO(A) COMPRADOR(A): ", n=f"{g.d(4)}/{d.year}", con=up(con),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), r=P(rep.full), rc=(g.pcpf(rep), "BR_CPF"))
    qual(g, doc, c, uf, dob=g.chance(0.5))
    doc.f(", e-mail «e», telefone «t».\n\nCLÁUSULA 1ª — Objeto: «u» do «em», matrícula nº «m» do «ri»º Registro de Imóveis, incorporação registrada "
          "(R.«r» — Lei 4.591/1964). Área privativa «ap» m².\nCLÁUSULA 2ª — Preço: R$ «p», corrigido pelo INCC-DI até as chaves e IPCA após.\n"
          "CLÁUSULA 9ª — Distrato: retenção de até 50% (patrimônio de afetação, Lei 13.786/2018).\n",
          e=(g.pemail(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), u=unit(g), em=g.pick(EMPREEND), m=g.d(5), ri=g.ri(1, 6), r=g.d(2),
          ap=f"{g.ri(38, 180)},{g.d(2)}", p=g.money(280000, 1500000))
    wit = [g.person(), g.person()]
    doc.f("\nTestemunhas: 1) «a» CPF «ac»  2) «b» CPF «bc»\n", a=P(wit[0].full), ac=(g.pcpf(wit[0]), "BR_CPF"), b=P(wit[1].full), bc=(g.pcpf(wit[1]), "BR_CPF"))
    esign_log(g, doc, [c, rep] + wit[:g.ri(0, 2)], d)
    return doc


def ju_rt(g: Gen) -> Doc:
    """Letter of substitution of the technical responsible (baixa de ART / nova RRT) to the municipality, with the subcontractor register."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    old, new, arq = g.person(), g.person(), g.person()
    doc.f("À Secretaria Municipal de Urbanismo de «cy»\nRef.: Alvará «al» — «em» — substituição de responsável técnico\n\n«con», CNPJ «cnpj», comunica "
          "a baixa da ART «a1» do eng. civil «o» («c1»), desligado em «d», e a assunção da execução pelo eng. «n» («c2»), ART «a2». "
          "Projeto arquitetônico mantido: arq. «ar» («cau»), RRT «rrt».\n\nCadastro de subempreiteiros na obra:\n",
          cy=city, al=f"{g.d(4)}/{g.ri(2023, 2025)}", em=g.pick(EMPREEND), con=up(con), cnpj=(g.cnpj(), "BR_CNPJ"), a1=art_no(g, uf),
          o=P(old.full), c1=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"), d=g.date(), n=P(new.full), c2=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"),
          a2=art_no(g, uf), ar=P(arq.full), cau=(prof_id(g, uf, "CAU"), "PROFESSIONAL_ID"), rrt=rrt_no(g))
    rows = []
    for _ in range(g.ri(3, 5)):
        r = g.person()
        rows.append([(g.pick(EMPREITEIRAS), None), (g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), (g.pick([r.full, r.caps]), "PERSON"),
                     (g.phone(), "PHONE_NUMBER"), (g.pemail(r), "EMAIL_ADDRESS"), (g.pick(["ART " + art_no(g, uf), "—", "TRT " + g.d(8)]), None)])
    csv_rows(doc, ["razao_social", "cnpj", "responsavel", "telefone", "email", "art_trt"], rows)
    doc.f("\nAtenciosamente,\n«n»\nDiretor técnico — «e»\n", n=P(new.short), e=(con_mail(new, dom), "EMAIL_ADDRESS"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice of a buyer's lawyer about construction defects, and the developer's reply."""
    doc = Doc()
    city, uf = g.city()
    con, dom = g.pick(CONSTRUTORAS)
    c, adv, jur = g.person(), g.person(), g.person()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNotificante: «c», CPF «cpf», proprietário(a) da «u» do «em»\nNotificada: «con»\n\n"
          "Por meio desta, a notificante comunica vícios construtivos (infiltrações, fissuras, desplacamento de cerâmica) constatados no laudo do "
          "eng. «p» («crea») de «dl», e requer o reparo em 15 dias, sob pena de ação (CDC art. 18; CC art. 618). Contato: «ae» / «t».\n\n«a» — «oab»\n\n",
          c=P(g.pick([c.full, c.caps])), cpf=(g.pcpf(c), "BR_CPF"), u=unit(g), em=g.pick(EMPREEND), con=up(con), p=P(g.person().full),
          crea=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"), dl=g.date(), ae=(law_mail(g, adv), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("— RESPOSTA —\nPrezado Dr. «al», acusamos o recebimento. A vistoria na unidade da Sra. «cl» será feita pelo técnico «tc» em «dv»; pedimos "
          "que o(a) morador(a) libere o acesso. A impermeabilização está na garantia de 5 anos. Protocolo interno «pr».\n\n«j»\nCoordenação Jurídica — «je» | juridico@«dom»\n",
          al=P(adv.last), cl=P(c.last), tc=P(worker(g).short), dv=g.date(), pr=g.d(8), j=P(jur.full), je=(con_mail(jur, dom), "EMAIL_ADDRESS"), dom=dom)
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Labour court hearing record with settlement (acordo) paid to an account or a random Pix key."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    con, dom = g.pick(CONSTRUTORAS)
    doc.f("ATA DE AUDIÊNCIA — ATOrd «cnj»\nReclamante: «r»\nReclamadas: «e» e «con»\n\nAos «d», na sala da «v»ª Vara do Trabalho de «cy», "
          "presente a Juíza «j», foram apregoadas as partes. Presente o reclamante, acompanhado do advogado «a» («oab»). Presentes as reclamadas, "
          "representadas pela preposta «pp» e pelo advogado «b» («oab2»).\n\nCONCILIAÇÃO: R$ «v» em «n» parcelas, 1ª em «d1», ",
          cnj=g.cnj(uf, "5"), r=P(g.pick([w.caps, w.full])), e=up(g.pick(EMPREITEIRAS)), con=up(con), d=g.date("long", 2025), v=g.ri(1, 9),
          cy=city, j=P(g.person(female=True).full), a=P(g.person().full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), pp=P(g.person().full),
          b=P(g.person().full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"), n=g.ri(2, 10), d1=g.date(year=2025))
    if g.chance(0.5):
        doc.f("mediante depósito na conta do reclamante, banco «bk», agência «ag», conta «cc» (CPF «cpf»).", bk=g.pick(BANKS),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), cpf=(g.pcpf(w), "BR_CPF"))
    else:
        doc.f("via Pix para a chave aleatória «px» de titularidade do reclamante (CPF «cpf»).", px=(g.uuid(), "PIX_KEY"), cpf=(g.pcpf(w), "BR_CPF"))
    doc.t(" Multa de 50% em caso de atraso. Custas pelas reclamadas. Recolhimentos do INSS sobre a parcela indenizatória: não incidem.\n")
    return doc


def ju_auto(g: Gen) -> Doc:
    """Labour inspection report on a site (NR-18), with the list of workers found without registration."""
    doc = Doc()
    city, uf = g.city()
    aud = g.person()
    emp = g.pick(EMPREITEIRAS)
    doc.f("RELATÓRIO DE INSPEÇÃO — AUDITORIA FISCAL DO TRABALHO\nObra: «em» — «cy»/«uf» — CNO «cno»\nEmpregador: «emp», CNPJ «cnpj»\n"
          "Auditor-Fiscal: «a» (CIF «cif»)\n\nConstatações: andaime fachadeiro sem guarda-corpo no 9º pavimento; periferia da laje sem proteção (NR-18, item 18.9); "
          "trabalhadores em altura sem cinto (NR-35). EMBARGO parcial lavrado (Termo nº «te»).\n\nTrabalhadores encontrados sem registro:\n",
          em=g.pick(EMPREEND), cy=city, uf=uf, cno=cno(g), emp=up(emp), cnpj=(g.cnpj(), "BR_CNPJ"), a=P(aud.full), cif=g.d(6), te=g.d(7))
    for i in range(g.ri(3, 6)):
        w = worker(g)
        doc.f("«i». «n» — «f» — CPF «cpf» — nasc. «dob»«x»\n", i=i + 1, n=P(g.pick([w.caps, w.full])), f=g.pick(FUNCOES),
              cpf=(g.pcpf(w), "BR_CPF") if g.chance(0.8) else "não soube informar", dob=(g.dob("br", lo=1960, hi=2006), "DATE_OF_BIRTH"),
              x=g.pick(["", "", " — reside no alojamento", " — estrangeiro, sem RNM", " — menor? verificar"]))
        if g.chance(0.5):
            doc.parts(["   tel. ", (g.phone(), "PHONE_NUMBER"), " / PIS ", (g.pis(), "BR_PIS"), "\n"])
    doc.f("\nResponsável na obra que acompanhou: «r», encarregado, tel. «t».\n", r=P(worker(g).full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

def sa_cat(g: Gen) -> Doc:
    """Work accident report (CAT) of a site fall."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    dt_ = g.day()
    b = g.born(1965, 2005)
    doc.f("COMUNICAÇÃO DE ACIDENTE DO TRABALHO — CAT nº «n»   Tipo: inicial\n\nEMITENTE: empregador — «emp» — CNPJ «cnpj»\n"
          "ACIDENTADO: «w»\nNasc.: «dob» ({age} anos)   Sexo: «sx»   CPF: «cpf»   NIT: «pis»\nCTPS digital   Função: «f» (CBO «cbo»)\n"
          "Endereço: «ad» — CEP «cep»   Tel.: «t»\n\n",
          n=f"{g.d(10)}-{g.d(1)}/{g.d(2)}", emp=g.pick(EMPREITEIRAS), cnpj=(g.cnpj(), "BR_CNPJ"), w=P(g.pick([w.caps, w.full])),
          dob=(ds(b), "DATE_OF_BIRTH"), ag=age(b, dt_), sx="F" if w.female else "M", cpf=(g.pcpf(w), "BR_CPF"), pis=(g.pis(), "BR_PIS"), f=g.pick(FUNCOES),
          cbo=f"{g.d(4)}-{g.d(2)}", ad=(g.urban(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("ACIDENTE: «d» às «h», «hh»h após início da jornada. Local: obra «em», «loc». Descrição: «ds». Parte atingida: «pa». Agente: queda de altura.\n"
          "Houve afastamento: sim. Registro policial: não. Óbito: não.\nTestemunha: «tw» — «ta»\n\n",
          d=ds(dt_), h=g.hm(), hh=g.ri(1, 8), em=g.pick(EMPREEND), loc=g.pick(["torre B, 6º pav.", "poço do elevador", "rampa de acesso", "bandeja primária"]),
          ds=g.pick(["escorregou da escada de mão ao descer com balde de argamassa", "pisou em tábua solta do andaime e caiu cerca de 2 m",
                     "foi atingido por vergalhão que caiu do guincho", "cortou a mão na serra circular de bancada"]),
          pa=g.pick(["punho direito", "perna esquerda", "cabeça", "mão esquerda"]), tw=P(worker(g).full), ta=(g.urban(), "ADDRESS"))
    doc.f("ATESTADO MÉDICO: atendido em «d» no Pronto-Socorro, CID «cid», afastamento provável «di» dias. Médico: «m» — «crm».\n"
          "CNS do acidentado: «cns»\n", d=ds(dt_), cid=g.pick(CIDS), di=g.ri(3, 90), m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cns=(g.cns(), "BR_CNS"))
    return doc


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) for work at height."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    clin = g.pick(["Clínica SESMT Vitória", "OcupaMed Prudente", "Medicina do Trabalho Aurora Ltda", "Clínica São Bento Saúde Ocupacional"])
    doc.f("«cl» — CNPJ «cnpj»\nATESTADO DE SAÚDE OCUPACIONAL — «tp»\n\nEmpresa: «emp»\nTrabalhador: «w»   CPF «cpf»   RG «rg»\nNIT «pis»   CNS «cns»\nData nasc.: «dob»   Função: «f»\n\n"
          "Riscos: ruído (betoneira, serra), poeira de sílica, trabalho em altura (NR-35), esforço físico.\nExames: clínico; audiometria; espirometria; "
          "ECG; EEG; glicemia; acuidade visual; avaliação psicossocial.\n\nParecer: «p»\nApto para trabalho em altura: «al»\n\nMédico examinador: «m» «crm»\n"
          "Médico coordenador do PCMSO: «mc» «crm2»\n", cl=clin, cnpj=(g.cnpj(), "BR_CNPJ"), tp=g.pick(["ADMISSIONAL", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO"]),
          emp=g.pick(EMPREITEIRAS), w=P(g.pick([w.caps, w.full])), cpf=(g.pcpf(w), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"), cns=(g.cns(), "BR_CNS"),
          dob=(g.dob(lo=1962, hi=2006), "DATE_OF_BIRTH"), f=g.pick(FUNCOES), p=g.pick(["APTO", "APTO", "INAPTO TEMPORARIAMENTE (PA 170x110)"]),
          al=g.pick(["sim", "sim", "não"]), m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mc=P(g.person().full),
          crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\n«cy», «d».  Assinatura do trabalhador: «s»\n", cy=city, d=g.date(), s=P(w.short))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """Site first-aid log (livro do ambulatório do canteiro)."""
    doc = Doc()
    city, uf = g.city()
    tec = g.person(female=True)
    doc.f("AMBULATÓRIO DO CANTEIRO — «em» — registro de atendimentos\nTéc. enfermagem: «t» «co»\n\n", em=up(g.pick(EMPREEND)), t=P(tec.full),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    d = g.day()
    for _ in range(g.ri(4, 7)):
        w = worker(g)
        d = g.plus(d, 0, 3)
        doc.f("«d» «h» | «w» | «f» | «q» | «c»\n", d=ds(d, "short"), h=g.hm(), w=P(g.pick([w.caps, w.short, w.nick, w.low])), f=g.pick(FUNCOES),
              q=g.pick(["corpo estranho no olho (limalha)", "cefaleia, PA 150x100", "corte superficial no dedo", "dor lombar após carregar saco de cimento",
                        "dermatite nas mãos (cimento) L24.5", "tontura, não tomou café"]),
              c="")
        doc.text = doc.text[:-1]
        k = g.ri(0, 4)
        if k == 0:
            doc.parts(["encaminhado ao Dr. ", P(g.person().last), ", ligar p/ esposa ", P(g.person(female=True).first), " ",
                       (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")])
        else:
            doc.t(g.pick(["lavagem + encaminhado UPA", "curativo, retorna ao trabalho", "dipirona 500mg, repouso 30 min",
                          "orientado, usar luva nitrílica"]))
        doc.t("\n")
    doc.f("\nVisto do médico do trabalho: «m» «crm» em «d»\n", m=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), d=ds(g.plus(d, 1, 5)))
    return doc


def sa_treino(g: Gen) -> Doc:
    """Attendance list of NR-35 / NR-18 training (lista de presença)."""
    doc = Doc()
    city, uf = g.city()
    inst, eng = g.person(), g.person()
    doc.f("LISTA DE PRESENÇA — «tr»\nCarga horária: «ch»h   Data: «d»   Local: canteiro «em»\nInstrutor: «i» — técnico em segurança do trabalho\n"
          "Resp. técnico: eng. seg. trab. «e» — «crea»\n\n", tr=g.pick(["NR-35 Trabalho em Altura (inicial)", "NR-18 Admissional", "NR-35 Reciclagem bienal",
                                                                          "NR-12 Betoneira e serra circular"]),
          ch=g.pick([4, 6, 8]), d=g.date(), em=g.pick(EMPREEND), i=P(inst.full), e=P(eng.full), crea=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"))
    rows = []
    for k in range(g.ri(5, 9)):
        w = worker(g)
        rows.append([(str(k + 1), None), (g.pick([w.full, w.caps]), "PERSON"), (g.pcpf(w, g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis(), "BR_PIS"), (g.pick(FUNCOES), None), (g.pick(EMPREITEIRAS + ["próprio"]), None), (g.pick(["7,5", "8,0", "9,5", "6,0", "ausente"]), None)])
    csv_rows(doc, ["nº", "nome", "cpf", "nit", "funcao", "empresa", "nota"], rows)
    doc.t("\nObs.: Haitianos fizeram a prova com tradução do colega ")
    doc.e(worker(g).first, "PERSON")
    doc.t(". Certificados enviados p/ o DP.\n")
    return doc


def sa_epi(g: Gen) -> Doc:
    """EPI delivery receipt (ficha de entrega de EPI, NR-06)."""
    doc = Doc()
    w = worker(g)
    doc.f("FICHA DE CONTROLE DE ENTREGA DE EPI (NR-06)\nColaborador: «w»   Matrícula: «m»\nCPF «cpf»   Função: «f»   Admissão: «a»\n\n"
          "PIS «pis»   RG «rg»\n\nData       | EPI                        | CA    | Qtd | Assinatura\n", w=P(g.pick([w.caps, w.full])), m=g.d(5), cpf=(g.pcpf(w), "BR_CPF"),
          f=g.pick(FUNCOES), a=g.date(), pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"))
    for _ in range(g.ri(4, 7)):
        doc.f("«d» | «e» | «ca» | «q»   | «s»\n", d=g.date(), e=g.pick(["capacete c/ jugular       ", "botina bico PVC           ", "luva de raspa             ",
                                                                  "cinto paraquedista        ", "óculos ampla visão        ", "protetor auricular plug   ",
                                                                  "talabarte duplo Y         "]), ca=g.d(5), q=g.ri(1, 2),
              s=g.pick(["biometria", "ok", "assinado"]))
    doc.f("\nDeclaro que recebi os EPIs acima e fui treinado para seu uso.\nEntregue por: «al» (almoxarife)   Conferido: SESMT\n",
          al=P(worker(g).short))
    return doc


def sa_hospital(g: Gen) -> Doc:
    """Hospital / UPA care summary of a site worker sent to the company's SESMT."""
    doc = Doc()
    city, uf = g.city()
    w = worker(g)
    med = g.person()
    ts = g.person()
    dom = g.pick(CONSTRUTORAS)[1]
    doc.f("De: «ts» <«te»>\nPara: sesmt@«dom»\nAssunto: acidente «w» — atualização\n\nPessoal, segue o resumo que a UPA entregou pro ", ts=P(ts.full),
          te=(con_mail(ts, dom), "EMAIL_ADDRESS"), dom=dom, w=P(g.pick([w.short, w.first])))
    doc.parts([P(w.nick if g.chance(0.5) else w.first), ":\n\n"])
    doc.f("UPA «u» — Boletim de atendimento nº «b»\nPaciente: «p»   CPF: «cpf»   CNS: «cns»   Nasc.: «dob»\nMãe: «m»\nQueixa: queda de altura ~«h» m no canteiro. "
          "Rx punho: fratura distal do rádio (CID «cid»). Conduta: tala gessada, encaminhado à ortopedia.\nMédico: «md» — «crm»\n\n"
          "A esposa («e») pediu pra avisar pelo «t». Ele mora na «ad», perto da obra.\n\n«tsf»\nTéc. Segurança do Trabalho\n",
          u=g.pick(["Zona Norte", "Jardim Aurora", "Vila Rosa", "Central"]), b=g.d(8), p=P(g.pick([w.caps, w.full])), cpf=(g.pcpf(w), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          dob=(g.dob(lo=1965, hi=2005), "DATE_OF_BIRTH"), m=P(g.relative(w, True).full), h=g.ri(2, 6), cid="S52.5", md=P(med.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(g.spouse(w).first), t=(g.phone(), "PHONE_NUMBER"), ad=(g.urban(), "ADDRESS"),
          tsf=P(ts.short))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """SESMT e-mail scheduling periodic exams (PCMSO) with the clinic's reply."""
    doc = Doc()
    city, uf = g.city()
    rh, cli = g.person(), g.person()
    con, dom = g.pick(CONSTRUTORAS)
    doc.f("De: «r» <«re»>\nPara: agendamento@ocupamed.com.br\nCc: «c» <«ce»>\nAssunto: Periódicos obra «em» — «m»\n\nBoa tarde! Seguem os colaboradores "
          "com periódico vencendo:\n\n", r=P(rh.full), re=(con_mail(rh, dom), "EMAIL_ADDRESS"), c=P(cli.full), ce=(g.pemail(cli), "EMAIL_ADDRESS"),
          em=g.pick(EMPREEND), m=g.pick(MES) + "/25")
    for _ in range(g.ri(4, 7)):
        w = worker(g)
        doc.f("- «w» | CPF «cpf» | NIT «pis» | nasc. «dob» | «f» | «ex»\n", w=P(g.pick([w.full, w.caps])), cpf=(g.pcpf(w), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
              dob=(g.dob(lo=1962, hi=2005), "DATE_OF_BIRTH"), f=g.pick(FUNCOES),
              ex=g.pick(["audiometria + clínico", "clínico + espirometria", "ECG/EEG (altura)", "clínico"]))
    doc.f("\nObs: o «x» está afastado pelo INSS (B91) desde «d», não agendar.\n\n«rf»\nDP/SESMT — «con»\n\n> Resposta de «c2»: agendados para «d2» 7h30. "
          "Trazer documento com foto. Qualquer coisa «t».\n", x=P(worker(g).first), d=g.date(), rf=P(rh.first), con=con, c2=P(cli.first),
          d2=g.date(), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


# =========================================================================== financeiro

def fi_plano(g: Gen) -> Doc:
    """Buyer payment plan (plano de pagamento / fluxo) of an off-plan unit."""
    doc = Doc()
    con, dom = g.pick(CONSTRUTORAS)
    c = g.person()
    doc.f("«con»\nPLANO DE PAGAMENTO — «em» — «u»\nComprador: «c»   CPF «cpf»\nE-mail p/ boletos: «e»\n\n", con=up(con), em=g.pick(EMPREEND), u=unit(g),
          c=P(g.pick([c.full, c.caps])), cpf=(g.pcpf(c), "BR_CPF"), e=(g.pemail(c), "EMAIL_ADDRESS"))
    d = g.day("2024-01-02", "2024-12-20")
    doc.f("Sinal (ato): R$ «s» em «d» via Pix\nMensais: «n» x R$ «m» (INCC-DI)\nIntermediárias: 3 x R$ «i» (dez/24, dez/25, dez/26)\nChaves: R$ «k» — financiamento "
          "bancário (repasse)\nTotal: R$ «t»\n\n", s=g.money(10000, 60000), d=ds(d), n=g.ri(24, 60), m=g.money(900, 4500), i=g.money(10000, 40000),
          k=g.money(150000, 700000), t=g.money(300000, 1200000))
    doc.f("Cartão p/ recorrência das mensais: «cc» (titular «tt»)\nLinha digitável 1ª mensal: «ld»\n", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
          tt=P(c.caps), ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Vendedor(a): «v»   Aprovado por: diretoria comercial (login «a»)\n", v=P(g.person().full), a=login(g.person()))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collection log of overdue instalments (régua de cobrança)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    an = g.person(female=True)
    doc.f("Contrato «ct» — «c» — CPF «cpf» — «u»\nSaldo em atraso: R$ «s» (3 parcelas)\n\n", ct=f"{g.d(4)}/{g.ri(2021, 2024)}", c=P(c.caps),
          cpf=(g.pcpf(c), "BR_CPF"), u=unit(g), s=g.money(3000, 25000))
    d = g.day()
    ev = [
        ["régua automática: e-mail enviado p/ ", (g.pemail(c), "EMAIL_ADDRESS")],
        ["ligação p/ ", (g.phone(), "PHONE_NUMBER"), " — atendeu o cônjuge, ", P(g.spouse(c).first), ", disse que estão com o orçamento apertado"],
        ["whatsapp: cliente pediu boleto atualizado, enviado. promessa p/ dia ", str(g.ri(5, 28))],
        ["cliente: 'paguei via pix pra chave que o corretor passou' — chave ", (g.uuid(), "PIX_KEY"), " NÃO é da SPE. orientado a fazer BO"],
        ["proposta de acordo: entrada R$ " + g.money(1000, 5000) + " + 6x. aprovado por ", P(g.person().short)],
        ["novo endereço informado: ", (g.urban(), "ADDRESS"), ", CEP ", (g.cep(), "BR_CEP")],
    ]
    for e in g.rng.sample(ev, g.ri(4, 6)):
        d = g.plus(d, 1, 9)
        doc.t(f"{ds(d)} — ")
        doc.parts([P(g.pick([an.first, an.short]))] + [" — "] + e + ["\n"])
    doc.t("Não enviar a protesto antes de falar com o jurídico (processo " + g.cnj(uf) + ").\n")
    return doc


def fi_medicao(g: Gen) -> Doc:
    """Measurement bulletin and payment of a subcontractor (boletim de medição)."""
    doc = Doc()
    city, uf = g.city()
    emp = g.pick(EMPREITEIRAS)
    r, eng = g.person(), g.person()
    doc.f("BOLETIM DE MEDIÇÃO nº «n» — «em»\nSubempreiteiro: «emp» — CNPJ «cnpj»\nResponsável: «r» — «t» — «e»\nContrato «ct»   Período «p»\n\n",
          n=g.ri(1, 30), em=g.pick(EMPREEND), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), r=P(g.pick([r.full, r.caps])),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.pemail(r), "EMAIL_ADDRESS"), ct=f"CT-{g.d(4)}", p=(lambda d0: f"{ds(d0)} a {ds(g.plus(d0, 14, 31))}")(g.day()))
    tot = 0
    for _ in range(g.ri(3, 5)):
        q, pu = g.ri(50, 900), g.ri(20, 95)
        tot += q * pu
        doc.f("  «s»: «q» m² x R$ «pu»,00 = R$ «v»\n", s=g.pick(SERVICOS), q=q, pu=pu, v=brl(q * pu * 100))
    doc.f("Bruto: R$ «b»  Retenção contratual 5%: R$ «r»  INSS 11% (Lei 9.711/1998)  ISS 5%\nLíquido a pagar em «d»: banco «bk» ag «ag» cc «cc» — titular «tt»\n",
          b=brl(tot * 100), r=brl(tot * 5), d=g.date(), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tt=g.pick(["a empresa", emp]))
    doc.f("\nMedido por: «m» (apontador)   Aprovado: eng. «en» («crea»)   NF «nf»\n", m=P(worker(g).full), en=P(eng.short),
          crea=(prof_id(g, uf, "CREA"), "PROFESSIONAL_ID"), nf=g.d(6))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll export of a subcontractor's site workers (semicolon CSV)."""
    doc = Doc()
    emp = g.pick(EMPREITEIRAS)
    doc.f("FOLHA «m» — «emp» — CNPJ «cnpj» — obra «em»\n", m=g.pick(MES) + "/2025", emp=up(emp), cnpj=(g.cnpj(), "BR_CNPJ"), em=g.pick(EMPREEND))
    rows = []
    for _ in range(g.ri(5, 8)):
        w = worker(g)
        pay = g.ri(0, 2)
        rows.append([(g.pick([w.caps, w.full]), "PERSON"), (g.pcpf(w, "raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.dob("br", lo=1960, hi=2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.urban(g.pick(["text", "caps"])), "ADDRESS"),
                     (g.cep(g.chance(0.5)), "BR_CEP"), (g.pick(FUNCOES), None), (g.money(1900, 6000), None), (g.pick(BANKS) if pay == 0 else "", None), (g.agency(False) if pay == 0 else "", "BANK_ACCOUNT"),
                     (g.account() if pay == 0 else "", "BANK_ACCOUNT"), (g.uuid() if pay == 1 else "", "PIX_KEY")])
    csv_rows(doc, ["nome", "cpf", "pis", "dt_nasc", "celular", "endereco", "cep", "cargo", "liquido", "banco", "agencia", "conta", "pix_aleatoria"], rows)
    doc.f("Total líquido: R$ «t»\nResp.: «r»  (envio p/ financeiro@«d»)\n", t=g.money(15000, 60000), r=P(g.person().full),
          d=g.pick(CONSTRUTORAS)[1])
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Bank financing of the buyer at key handover (repasse / financiamento habitacional)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    cor = g.person()
    doc.f("CHECKLIST DE REPASSE — «em» «u»\nProponente: «c»   CPF «cpf»   Nasc. «dob»\nEmpregador: «emp» — CNPJ «cnpj»   Renda bruta R$ «r»\n"
          "PIS «pis»  — FGTS disponível R$ «f»\nTítulo de eleitor «te»\nEndereço atual: «ad», CEP «cep»\n", em=g.pick(EMPREEND), u=unit(g),
          c=P(g.pick([c.full, c.caps])), cpf=(g.pcpf(c), "BR_CPF"), dob=(g.dob(hi=2001), "DATE_OF_BIRTH"),
          emp=g.pick(["Hospital Santa Rosa", "Supermercados Bento Ltda", "Prefeitura de " + city, "Transportes Aurora Ltda"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), r=g.money(4000, 25000), pis=(g.pis(), "BR_PIS"), f=g.money(5000, 90000), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          ad=(g.urban(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Conta para débito das prestações: ag. «ag» conta «cc» (op. 013 poupança)\nCorrespondente: «co» — «ce» — «t»\nSituação: «s»\n",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), co=P(cor.full), ce=(g.pemail(cor, "correspcaixa.com.br"), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"), s=g.pick(["aprovado, aguardando laudo de avaliação", "restrição no CPF — pendência com Banco Prudente",
                                                   "assinatura do contrato marcada", "comprovante de renda reprovado"]))
    return doc


def fi_distrato(g: Gen) -> Doc:
    """Cancellation (distrato) refund calculation."""
    doc = Doc()
    c = g.person()
    con, dom = g.pick(CONSTRUTORAS)
    pago = g.ri(20000, 200000)
    doc.f("TERMO DE DISTRATO — «con»\nUnidade «u» — «em»\nAdquirente: «c», CPF «cpf», e-mail «e»\n\nValores pagos: R$ «p»\nRetenção 25% (Lei 13.786/2018, art. 67-A): R$ «r»\n"
          "Comissão de corretagem: R$ «k»\nA restituir: R$ «v» em parcela única, 30 dias após o habite-se, na conta: ag. «ag» c/c «cc» (banco «bk»)\n",
          con=con, u=unit(g), em=g.pick(EMPREEND), c=P(c.full), cpf=(g.pcpf(c), "BR_CPF"), e=(g.pemail(c), "EMAIL_ADDRESS"), p=brl(pago * 100),
          r=brl(pago * 25), k=g.money(5000, 20000), v=brl(pago * 60), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(BANKS))
    if g.chance(0.5):
        doc.f("ou via Pix (chave aleatória do adquirente): «px»\n", px=(g.uuid(), "PIX_KEY"))
    doc.f("\nAnalista: «a» — «ae»\n", a=P(g.person().full), ae=(con_mail(g.person(), dom), "EMAIL_ADDRESS"))
    return doc


def fi_caixinha(g: Gen) -> Doc:
    """Site petty-cash and corporate-card report (prestação de contas)."""
    doc = Doc()
    eng = g.person()
    doc.f("PRESTAÇÃO DE CONTAS — caixa da obra «em» — responsável «e»\nCartão corporativo final «f» (cartão completo no cofre)\n\n", em=g.pick(EMPREEND),
          e=P(eng.full), f=g.d(4))
    for _ in range(g.ri(4, 6)):
        k = g.ri(0, 3)
        doc.t(g.date() + " | ")
        if k == 0:
            doc.parts(["combustível caminhonete ", (g.plate(), "LICENSE_PLATE"), " | R$ " + g.money(150, 500)])
        elif k == 1:
            doc.parts(["diária p/ ", P(worker(g).full), " (CPF ", (g.cpf(), "BR_CPF"), ") | R$ " + g.money(120, 300)])
        elif k == 2:
            doc.parts(["Depósito Rosa & Filhos — cimento 10 sc | R$ " + g.money(300, 900)])
        else:
            doc.parts(["frete carreto do ", P(worker(g).nick), " tel ", (g.phone(), "PHONE_NUMBER"), " placa ", (g.plate(), "LICENSE_PLATE"), " | R$ " + g.money(80, 400)])
        doc.t("\n")
    doc.f("\nReembolso p/ «e»: cartão pessoal «cc» usado na compra emergencial de disjuntores (fatura anexa)\nAprovado: «a»\n",
          e=P(eng.first), cc=(g.card(), "CREDIT_CARD"), a=P(g.person().short))
    return doc


TEMPLATES = {
    "atendimento": [at_diario, at_ficha, at_assist, at_admissao, at_ponto, at_zap, at_habitese],
    "juridico": [ju_reclamatoria, ju_atraso, ju_contrato, ju_rt, ju_notificacao, ju_audiencia, ju_auto],
    "saude": [sa_cat, sa_aso, sa_ambulatorio, sa_treino, sa_epi, sa_hospital, sa_pcmso],
    "financeiro": [fi_plano, fi_cobranca, fi_medicao, fi_folha, fi_repasse, fi_distrato, fi_caixinha],
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu|eng|arq|téc|mestre)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|financeiro|sesmt|agendamento|dp|cobranca)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CREA|CAU|CRECI)\b", v), (record["id"], v)
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
