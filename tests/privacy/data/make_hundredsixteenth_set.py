"""Build the hundred-and-sixteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredsixteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11616, 280 records: 4 domains x 7 templates x 10 copies.

Register: DRIVING SCHOOLS AND DRIVER LICENSING -- driving schools (CFCs: enrolment chats and
contracts, class and simulator schedules, instructors with their DETRAN credential, the cars of the
fleet), the DETRAN's licensing system and processes (first licence, renewal with or without EAR,
category change, PCD board, the CNH Social programme, suspension processes, the roster of practical
tests and its results), the medical fitness exam and the psychological assessment by accredited
physicians and psychologists (restrictions such as "uso obrigatório de lentes corretivas"), appeals
to the JARI and minutes of the CETRAN, small claims against a school, an instructor's labour claim,
a power of attorney to a despachante, a police report of a collision during a class, and the money
side (DAE/DUDA guides and their linha digitável, CNH Social transfers, card chargebacks, instructors'
pay, a fintech paying fines in instalments, a financed course in arrears, the school's cash chat).
All schools, clinics, despachantes, fintechs and acquirers' customers are invented (Autoescola
Aurora, CFC Rosa dos Ventos, Autoescola Leão do Norte, CFC Luz Verde, Autoescola Bento Prudente, CFC
Estrela Guia, Autoescola Vitória Trânsito, CFC Amado & Leal, Autoescola Flor do Cerrado, CFC Sinal
Aberto; Clínica Celeste de Medicina do Tráfego, Clínica Prudente Exames de Trânsito, Instituto
Branco de Psicologia do Trânsito, Clínica Bonfim Tráfego, Policlínica Serena, Clínica Farol do
Condutor; Despachante Serra & Fontes, Glória Despachos Veiculares, Despachante Justo, Despachante
Rosa Branca; DirigeJá Crédito, FinanCNH, QuitaMulta...), and so is every person.
Layouts: WhatsApp exports in lower case (Android and iOS stamps, senders by number or name, "Você"),
a DETRAN system screen in capitals with dotted labels and F-keys, a fixed-width test roster in
capitals (names cut at the field width), forms ("Campo: valor", dotted leaders, ruled boxes), CSV
(semicolon and comma, first_name/last_name split), a speech-to-text call (lower case, CPF, CNH and
CEP spoken in groups or words, spoken birth date) with the typed record, e-mails with quoted replies
and X-Originating-IP, JSON lines, Markdown, +---+ / psql / pipe / plain tables, legal pieces, ALL
CAPS notices, an OCR'd police report, e-signature logs.
- atendimento: (0) WhatsApp enrolment with a school (bot, then the secretary; CPF, sometimes first
  mistyped; birth date; address and CEP; e-mail; the first class with the instructor and the car's
  plate; a random Pix key; the mother who pays, a full card typed, or a partner; a father's phone);
  (1) a DETRAN driver screen in capitals (name, filiation, birth date, CPF, RG, CNH registration,
  espelho and RENACH, restrictions, address, CEP, phone, e-mail, points, fines with plates, the
  last digital-licence access IP, the attendant); (2) an enrolment contract (school CNPJ and
  director, the student's form, the financial guarantor, clauses, witnesses with CPF); (3) an e-mail
  thread on cancelled classes (coordinator's corporate e-mail and landline, instructors, the cars'
  plates, the student's e-mail, IP, CPF, phone, the mother); (4) a speech-to-text call to the DETRAN
  on a renewal and the typed record; (5) the school's schedule of classes as CSV (instructors and
  credentials in the header; students, CPF, mobile, RENACH, plates; simulator rows without plate);
  (6) the DETRAN's roster of practical tests in fixed width (examiners, candidates cut at the
  width, CPF or masked CPF, the schools' cars, results).
- juridico: (0) an appeal to the JARI (owner qualified, CNH clause, plate, RENAVAM, the driver
  indicated with CPF and CNH; signed by a despachante with CRDD or by a lawyer with OAB); (1) an ALL
  CAPS notice opening a suspension process (CPF, CNH, address, CEP, fines with plates, the director)
  and the lawyer's prior defence (another driver's CNH and CPF, OAB, e-mail, phone); (2) minutes of
  a CETRAN chamber (president, appellants with CPF or masked CPF, CNH in suspension appeals, plates,
  rapporteurs, a dissent, the lawyer's oral argument with OAB, the secretary); (3) a small-claims
  petition against a decredentialed school (plaintiff qualified, CNPJ, partner, instructor,
  attendant's WhatsApp, witness); (4) an instructor's labour claim (PIS, often título, CNH, the
  cars' plates, the partner's WhatsApp, witnesses); (5) a power of attorney to a despachante (CRDD,
  plate, RENAVAM, RENACH) with an e-signature log; (6) an OCR'd police report of a collision during
  a class (the school's car and CNPJ, the learner with CPF and birth date, the instructor's CNH, the
  other driver qualified, a victim, the officers).
- saude: (0) the medical fitness report in a ruled box (clinic CNPJ, candidate, CPF, RG, birth date,
  address, CEP, phone, result and restriction, CID, the physician's CRM and RQE, the
  ophthalmologist's CRM); (1) the psychological assessment report (tests, CRP) and the candidate's
  e-mail asking for the feedback interview; (2) the special medical board's report for a disabled
  candidate (qualified, CNS, CID, adaptations, CREFITO, an authorised driver with CPF and CNH, the
  board's CRMs); (3) an e-mail thread clinic <-> DETRAN board on an unfit result (corporate e-mails,
  CRMs, candidate's CPF, birth date, phone, CNH or masked CNH); (4) a clinic's daily agenda as
  semicolon CSV (doctor's CRM and psychologist's CRP in the header; CPF, birth date, phone);
  (5) WhatsApp between a candidate and the clinic (lenses, the ophthalmologist's CRM, the CNH, a
  daughter's birth date); (6) an emergency record after a fall in a motorcycle class (CNS, CPF,
  birth date, address, CEP, the instructor as companion, the motorcycle's plate, CRM, COREN).
- financeiro: (0) a DAE/DUDA guide in capitals (contributor, CPF, sometimes plate and RENAVAM,
  linha digitável), the bank receipt (payer, agency, account) and the school's list of guides paid
  for students; (1) the CNH Social list of beneficiaries (NIS, CPF, birth date), a substitute with
  phone, the transfer to the school's agency and account, the programme manager's e-mail;
  (2) a chargeback notice (full card, holder) and the school's defence (manager's e-mail, student's
  CPF and phone, class log with instructors and plates, e-learning access IPs); (3) instructors' pay
  in Markdown (CPF, PIS, agency and account or a Pix key of any kind, the accountant's CRC); (4) a
  fintech's JSON lines of fines, licensing and IPVA paid in instalments (name, e-mail, E.164 phone,
  CPF, plate, RENAVAM, public IP, billing address and CEP; a private webhook target); (5) a notice on
  a financed course in arrears (debtor qualified, guarantor, random Pix key, linha digitável,
  e-signature log); (6) the school's cash-closing WhatsApp (a third party's card holder, a refund to
  an account, a car's fuel, the despachante's Pix by CPF, a full card sent by a student).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dona"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first
names, nicknames, lower case and ALL CAPS forms are persons; first_name/last_name columns are one
span each. Staff named in the text are persons (attendants, secretaries, coordinators, directors,
instructors, examiners, physicians, psychologists, physiotherapists, nurses, despachantes, lawyers,
councillors, programme managers, police officers, accountants), and so are the parents in a DETRAN
screen's filiation; logins and bots (Sinaleiro, Volantinho, Aurora, Cone, Baliza Bot, Seta) are not.
Corporate e-mails of people are EMAIL_ADDRESS, a DETRAN employee's included; role mailboxes
(juntamedica@, cnhsocial@, psicologia@, chargeback@, diretoria@, despachante@, secretaria@...) are
not. ADDRESS is street + number + complement; the CEP is BR_CEP. Agency and account are separate
BANK_ACCOUNT spans, whoever holds them (a person, a payer, the school receiving the CNH Social
transfer). PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes that label.
DATE_OF_BIRTH only for births (spoken ones included); class, test, exam, first-licence, expiry,
infraction, hearing and due dates are not. Masked cards, masked CPFs and masked CNHs are not labelled.
Decisions of this set:
- BR_CNH is the 11-digit registration number (with its check digits), typed, in capitals or spoken
  in groups or words. Not labelled: the RENACH form number (UF + 9 digits, "SP123456789"), the CNH
  form's espelho number (10 digits), the LADV number, RENAVAM (11 digits, checked to fail the CPF,
  PIS and CNH checks), AIT numbers and infraction codes ("745-50"), DETRAN, JARI and CETRAN process
  numbers, DAE/DUDA numbers and linha digitável, EC, NSU and authorisation codes, contract and
  enrolment numbers, the clinic's DETRAN accreditation number.
- LICENSE_PLATE: every plate is labelled, the driving schools' own cars and motorcycles included
  (and a school car's plate in a roster, a class log or an ER record), as are private cars in fines,
  appeals, powers of attorney, the fintech's events and police reports; old (ABC-1234, ABC1234) and
  Mercosul (ABC1D23) forms.
- PROFESSIONAL_ID covers CRM, CRP, CREFITO, COREN, CRC, OAB and CRDD (the regional council of
  despachantes documentalistas) with the acronym and UF or region. Not labelled: the RQE
  (specialist registration written after the CRM), the instructors' and examiners' DETRAN
  credentials and matrículas, the police officers' RE.
- A full card number quoted by the acquirer in a chargeback, or typed in a chat, is CREDIT_CARD.
- A chat sender by name is a PERSON, by number PHONE_NUMBER; "Você" and the school or clinic as a
  chat party are not labelled. Names cut at a fixed-width field, or damaged by OCR, are labelled as
  they stand. The place of an infraction or collision ("Avenida Bento Gonçalves, sentido centro")
  has no number and is not an ADDRESS.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned,
coined, Italian, German, Polish, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented name words
well above a quarter (main() prints the share). Names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Bento, Prudente, Amado, Leão, Branco, Serena, Estrela...) are names here and,
elsewhere, words, schools, clinics, bots and places, not persons ("a luz verde do simulador", "o
carro branco da frota", "Autoescola Bento Prudente", "Policlínica Serena", "Presidente Prudente",
"Rua Bento Gonçalves", the bot Aurora).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), RENAVAM, RENACH, espelho, AIT and
infraction codes, linha digitável blocks, protocol numbers, ICD-10 codes (H52.1, G40.9, Z89.5,
S82.6...), money, laws and resolutions (Lei 9.503/1997, Lei 14.071/2020, Resoluções Contran
723/2018, 798/2020, 918/2022, 927/2022, Lei 8.078/1990, Lei 9.099/1995, Lei 8.989/1995, Lei
13.146/2015, Lei 13.709/2018), companies and streets named after people or words, non-birth dates,
private IPs; the script checks CPF-, PIS-, CNH-, título-, CNS- and card-shaped runs outside the spans.
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
    digits = [int(c) for c in nine]
    for top in (10, 11):
        rest = sum(x * (top - i) for i, x in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return f"{digits[9]}{digits[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric or 2026 alphanumeric CNPJ (each character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        rest = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if rest < 2 else 11 - rest
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if rest == 10 else ("0" if rest == 11 else str(rest))


def cnh_dv(nine: str) -> str | None:
    digits = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(digits, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(digits, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies where the published variants of the algorithm disagree are never used
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if rest >= 10 else str(rest)


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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and \
        sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


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


def luhn_ok(n: str) -> bool:
    return n.isdigit() and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Elaine",
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Larissa",
            "Maria Eduarda", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata",
            "Natália", "Carolina", "Thaís", "Kelly", "Solange", "Vera Lúcia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio", "Edson", "Valdir"]
RARE_F = ["Lucivânia", "Rozilene", "Edinalva", "Joselita", "Francinete", "Gercina", "Adalgisa", "Valdirene", "Jucimara",
          "Elisângela Kátia", "Dulcinéia", "Raimunda Nonata", "Zenaide", "Cremilda", "Orminda", "Iolanda", "Benedita Célia",
          "Derlange", "Gleiciane", "Rayssa Kamilly", "Kauany", "Ysabelly", "Thayane", "Emilly Vitória", "Jhennyfer",
          "Maysa Kauane", "Antonieta", "Socorrinha", "Eurides", "Almerinda", "Laudicéia", "Nivalda", "Lindalva",
          "Maristela", "Zilmar", "Arlinda", "Querência", "Valquíria", "Dione", "Hosana"]
RARE_M = ["Adenilson", "Josué Elias", "Valdemir", "Reginaldo", "Gilmar", "Antenor", "Epitácio", "Laurindo", "Sebastião",
          "Durval", "Aristides", "Otacílio", "Belarmino", "Ezequias", "Nivaldo", "Creomar", "Juscelino", "Edivaldo",
          "Gervásio", "Deusdete", "Arlindo", "Clodoaldo", "Zacarias", "Waldisney", "Kleyton", "Jhony", "Welington",
          "Dheyson", "Kauan", "Ryan Victor", "Erivelton", "Adailton", "Cosme", "Damião", "Raniere", "Jailson",
          "Elenildo", "Uelinton", "Gedeão", "Marivaldo"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela", "Alegria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório", "Severino", "Pacífico"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado"]
RARE_SUR = ["Mourão Seixas", "Esteves Brum", "Cavalheiro", "Bortoluzzi", "Rosalém", "Quixadá", "Jaguaribe", "Sampaio Tavares",
            "Calixto", "Peçanha", "Marambaia", "Piauhy", "Guaraciaba", "Itapicuru", "Canindé", "Cajueiro", "Mangabeira",
            "Ipiranga Leite", "Barreto Falcão", "Tenório Cabral", "Brasiliano", "Medeiros Galvão", "Amazonas Coelho",
            "Sucupira", "Carnaúba", "Pequeno", "Goulart Brum", "Furtado Serpa", "Régis", "Cunegundes", "Verçosa",
            "Agra", "Borborema", "Figueiredo Sá", "Dornelles", "Zimmermann Paes", "Trajano", "Apolinário", "Anunciação",
            "Bulhões"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa", "Viana", "Rios"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rick",
        "Pedro": "Pedrão", "João": "Joãozinho", "Sebastião": "Tião", "Epitácio": "Pita", "Laurindo": "Laurinho",
        "Belarmino": "Bela", "Ezequias": "Zequinha", "Deusdete": "Dete", "Juscelino": "Juju", "Zacarias": "Zaca",
        "Waldisney": "Disney", "Welington": "Tom", "Adailton": "Dadá", "Reginaldo": "Naldo", "Valdemir": "Mirim",
        "Edivaldo": "Divaldo", "Durval": "Duda", "Arlindo": "Lindinho", "Clodoaldo": "Clodo", "Gedeão": "Gedé",
        "Lucivânia": "Luci", "Rozilene": "Rozi", "Edinalva": "Nalva", "Joselita": "Zelita", "Francinete": "Neta",
        "Valdirene": "Val", "Jucimara": "Juci", "Dulcinéia": "Dulce", "Raimunda Nonata": "Nonata", "Gleiciane": "Gleice",
        "Maria das Graças": "Gracinha", "Graça": "Gracinha", "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia",
        "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu",
        "Maria Eduarda": "Duda", "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Severino": "Biu",
        "Kauan": "Kaká", "Dheyson": "Dhey", "Kleyton": "Kley", "Antonieta": "Nieta", "Almerinda": "Mena"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Graziella"], ["Vittorio", "Guido", "Battista", "Ettore"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Brambilla", "Lazzarotto", "Bortolon", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Ursula", "Hilda"], ["Helmut", "Lothar", "Reinholdo", "Egon"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Hoffmeister", "Wachholz", "Pommerening"]),
    "pl": (["Jadwiga", "Halina", "Bronisława"], ["Zbigniew", "Kazimierz", "Stanisław"],
           ["Wisniewski", "Kowalczyk", "Zawadzki", "Dembinski", "Sobczak"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Sayuri"], ["Kazuo", "Tadashi", "Shigeru", "Hideo"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Tanaka", "Higa"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Nadia"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Jorge Elias", "Farah", "Nassif", "Rizk", "Khoury", "Chedid"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo", "Dong-hyun"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne", "Nadège"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Augustin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Xukuru", "Tikuna"]),
    "jw": (["Ester", "Rivka", "Shoshana"], ["Mordechai", "Avraham", "Yossef"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel", "Feldman"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Nilda", "Liz Mabel", "Zunilda"], ["Ramón", "Arsenio", "Celso"], ["Benítez", "Ayala", "Giménez", "Ñamandú", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Sebastião", "Reginaldo", "Gilmar", "Antenor", "Aristides", "Arlindo", "Cosme", "Damião", "Jailson",
                        "Iolanda", "Valquíria", "Maristela", "Lindalva", "Juana", "Wilma", "Nelson", "Odete", "Celso",
                        "Ramón", "Nilda", "Ester", "Pequeno", "Régis", "Agra", "Calixto", "Trajano", "Apolinário",
                        "Dornelles", "Peçanha", "Cavalheiro", "Kauan", "Tavares Lopes", "Monteiro Fortes", "Durval",
                        "Juscelino", "Zacarias", "Antonieta", "Valdemir", "Nivaldo", "Edivaldo", "Adailton"])
RARE.update(["Gemma", "Assunta", "Graziella", "Ettore", "Tomasoni", "Pasqualotto", "Zanella", "Dal Pizzol", "Lazzarotto",
             "Bortolon", "Ceccon", "Ilse", "Frieda", "Reinholdo", "Egon", "Bernsdorf", "Mallmann", "Schwanke", "Stoltz",
             "Hoffmeister", "Wachholz", "Pommerening", "Emiko", "Harumi", "Mitsuko", "Sayuri", "Tadashi", "Shigeru",
             "Hideo", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nagib", "Nassif", "Rizk", "Khoury",
             "Chedid", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Trindade", "Pedreira", "Assunção"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "73", "75", "79", "81", "82", "83", "84",
        "85", "86", "87", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Largo"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Epitácio Marambaia", "Coronel Belarmino Sucupira", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "dos Rodoviários", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Otacílio Jaguaribe", "Professora Adalgisa Quixadá", "São Bento", "Beira Rio", "Vitória Régia",
                "dos Ipês", "Leão XIII", "da Luz", "Motorista Gervásio Calixto", "Madre Paulina", "Pioneiro Egon Wachholz",
                "Doutor Nagib Chedid", "das Acácias", "Dom Hélder Câmara", "da Glória", "Padre Ezequias Canindé",
                "Vereador Laurindo Borborema", "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança",
                "dos Caminhoneiros", "Juscelino Kubitschek", "Mãe Menininha", "Zumbi dos Palmares", "Presidente Dutra",
                "Cobrador Deusdete Agra", "do Contorno", "Bom Jesus dos Passos"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Olímpica", "Jardim Estádio",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("380", "PicPay")]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Liz Mabel", "Maria Eduarda", "Vitória Maria",
                                                  "Vera Lúcia", "Elisângela Kátia", "Raimunda Nonata", "Benedita Célia", "Rayssa Kamilly",
                 "Emilly Vitória", "Maysa Kauane", "Josué Elias", "Ryan Victor", "Teresa Nzola", "Nha Djassi"):
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

    @property
    def initial(self) -> str:
        """ "Lucivânia C." """
        return f"{self.first} {self.last[0]}."


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        """Hex ids (sessions, subscriptions, customers); never a run of nine or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{9}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (protocols, contracts, lines in stock)."""
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
            if n == 16 and luhn_ok(v):
                continue
            return v

    def neg_cpf(self) -> str:
        """A CPF-shaped number (dotted) that fails the check: a customer's typo."""
        n = self.neg(11)
        return fmt_cpf(n)

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
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.11:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
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

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        if p.female and self.chance(0.6):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

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
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
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
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "cdr": f"55{ddd}{local}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "csp": f"0 15 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}"])

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
        pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre == "2804" or pre == "2801" else 2)]
        tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                          f"::{self.hexs(3)}:{self.hexs(4)}"])
        addr = pre + ":" + ":".join(groups) + tail
        if addr.count(":") > 7:
            addr = pre + ":" + ":".join(groups) + f"::{self.hexs(4)}"
        return addr

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
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "casa dos fundos",
                          f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}", f"barraco {self.ri(1, 12)}", f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")


    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moments(self, n: int, start: datetime.date | None = None, days: int = 2,
                hours: tuple[int, int] = (0, 24)) -> list[datetime.datetime]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        out = []
        span = list(range(days * 86400))
        for s in sorted(self.rng.sample(span, n)):
            t = base + datetime.timedelta(seconds=s)
            if not hours[0] <= t.hour < hours[1]:
                t = t.replace(hour=self.ri(hours[0], hours[1] - 1))
            out.append(t)
        return sorted(out)

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

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
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS {self.ri(1, 25)}ª Região nº {n}", f"CRESS-{uf} {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC {self.ri(1, 2)}{uf}{n:06d}/O-{self.ri(0, 9)}",
                              f"CRC/{uf} {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CREF":
            c = f"{self.ri(1, 199999):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF {c.lstrip('0')}-G/{uf}", f"CREF-{uf} {c}-G",
                              f"CREF {self.ri(1, 20)}/{uf} {c}-G", f"CREF {c}-P/{uf}", f"CREF nº {c}-G/{uf}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.ri(1000, 59999)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.ri(1000, 59999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])



OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Zero to two OCR confusions in a name, word or address (identifiers are printed clean)."""
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
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"),
            "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"),
            "radius": f"{DAY_EN[t.weekday()]} {MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')} {t.year}",
            "syslog": f"{MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


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




def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe ('pipe') or plain fixed-width ('plain') table."""
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
        if not v:
            doc.t("[]")
            return
        if indent is None:
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
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))








def kv_block(g: Gen, doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
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
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")








def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.2):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", NIS/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
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


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciapopular.adv.br", "defensoria.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")



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


def fee(g: Gen, lo: int = 79, hi: int = 269) -> float:
    return g.ri(lo, hi) + g.pick([0.0, 0.9, 0.99, 0.9, 0.5])




def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(tipo, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")




def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(ios: bool):
    def st(t: datetime.datetime) -> str:
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "
    return st


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (selfie + token)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14"}




# --------------------------------------------------------------------------- register: driving schools and driver licensing

SEED = 11616
OUT_NAME = "hundredsixteenth.jsonl"

CFCS = [("Autoescola Aurora", "Aurora Centro de Formação de Condutores Ltda.", "autoescolaaurora.com.br"),
        ("CFC Rosa dos Ventos", "Rosa dos Ventos CFC Ltda. ME", "cfcrosadosventos.com.br"),
        ("Autoescola Leão do Norte", "Leão do Norte Formação de Condutores Ltda.", "leaodonorte.com.br"),
        ("CFC Luz Verde", "Luz Verde Centro de Formação de Condutores A e B Ltda.", "cfcluzverde.com.br"),
        ("Autoescola Bento Prudente", "Bento Prudente Autoescola Ltda.", "bentoprudente.com.br"),
        ("CFC Estrela Guia", "Estrela Guia Formação de Condutores Eireli", "estrelaguiacfc.com.br"),
        ("Autoescola Vitória Trânsito", "Vitória Trânsito CFC Ltda.", "vitoriatransito.com.br"),
        ("CFC Amado & Leal", "Amado & Leal Centro de Formação de Condutores Ltda.", "amadoeleal.com.br"),
        ("Autoescola Flor do Cerrado", "Flor do Cerrado Autoescola Ltda.", "flordocerrado.com.br"),
        ("CFC Sinal Aberto", "Sinal Aberto Formação de Condutores Ltda.", "sinalaberto.com.br")]
CLINICS = [("Clínica Celeste de Medicina do Tráfego", "Celeste Medicina do Tráfego Ltda.", "clinicaceleste.med.br"),
           ("Clínica Prudente Exames de Trânsito", "Prudente Exames Médicos e Psicológicos Ltda.", "prudenteexames.com.br"),
           ("Instituto Branco de Psicologia do Trânsito", "Instituto Branco Psicologia e Medicina do Tráfego Ltda.", "institutobranco.com.br"),
           ("Clínica Bonfim Tráfego", "Bonfim Medicina e Psicologia do Tráfego S/S", "bonfimtrafego.com.br"),
           ("Policlínica Serena", "Policlínica Serena Ltda.", "policlinicaserena.com.br"),
           ("Clínica Farol do Condutor", "Farol do Condutor Serviços Médicos Ltda.", "faroldocondutor.med.br")]
DESPACHANTES = [("Despachante Serra & Fontes", "serrafontes.com.br"), ("Glória Despachos Veiculares", "gloriadespachos.com.br"),
                ("Leal Documentação de Veículos", "lealdoc.com.br"), ("Despachante Justo", "despachantejusto.com.br"),
                ("Despachante Rosa Branca", "rosabrancadespachos.com.br")]
FINTECHS = [("DirigeJá Crédito", "dirigeja.com.br"), ("FinanCNH", "financnh.com.br"), ("Parcela Fácil Trânsito", "parcelafacil.com.br"),
            ("QuitaMulta", "quitamulta.com.br")]
ACQUIRERS = ["Cielo", "Rede", "Stone", "GetNet", "PagBank"]
BOTS = ["Sinaleiro", "Volantinho", "Aurora", "Cone", "Baliza Bot", "Seta"]
ROLE_BOXES = ["sac", "contato", "secretaria", "matriculas", "matricula", "agendamento", "atendimento", "financeiro", "juridico", "naoresponda",
              "jari", "cetran", "juntamedica", "cnhsocial", "habilitacao", "ouvidoria", "protocolo", "cobranca", "chargeback", "disputas",
              "exames", "laudos", "psicologia", "credenciamento", "diretoria", "no-reply", "suporte", "recursos", "pcd", "rh", "dp",
              "faturamento", "privacidade", "dpo", "coordenacao", "despachante", "multas"]
CARS = [("Onix 1.0 branco", "B"), ("HB20 1.0 prata", "B"), ("Argo Drive branco", "B"), ("Gol 1.0 branco", "B"), ("Mobi Like vermelho", "B"),
        ("Kwid Zen branco", "B"), ("Polo Track cinza", "B"), ("Sandero automático adaptado", "B"), ("Honda CG 160 Start", "A"),
        ("Honda Pop 110i", "A"), ("Yamaha Factor 150", "A"), ("VW Delivery 9.170", "C"), ("Mercedes Accelo 1016", "C"),
        ("micro-ônibus Volare W9", "D"), ("Scania R450 com semirreboque", "E")]
PRIVATE_CARS = ["Fiat Uno 2012 prata", "VW Gol 2015 branco", "Renault Sandero 2019", "Toyota Corolla 2021 preto", "Honda Biz 125",
                "Chevrolet S10 2018", "Hyundai Creta 2023", "Fiat Strada 2020 vermelha", "Yamaha Fazer 250", "VW Saveiro 2014"]
INFRACTIONS = [("745-50", "transitar em velocidade superior à máxima permitida em até 20%", "art. 218, I", 4),
               ("746-30", "transitar em velocidade superior à máxima permitida entre 20% e 50%", "art. 218, II", 5),
               ("605-03", "avançar o sinal vermelho do semáforo", "art. 208", 7),
               ("763-31", "conduzir o veículo segurando ou manuseando telefone celular", "art. 252, parágrafo único", 7),
               ("518-51", "deixar o condutor de usar o cinto de segurança", "art. 167", 5),
               ("516-91", "recusar-se a ser submetido a teste de etilômetro", "art. 165-A", 7),
               ("554-12", "estacionar em local proibido pela sinalização", "art. 181, XVII", 3),
               ("596-70", "ultrapassar pela contramão em linha contínua", "art. 203, V", 7),
               ("659-92", "deixar de dar preferência ao pedestre na faixa", "art. 214, I", 7),
               ("581-91", "transitar na faixa exclusiva de ônibus", "art. 184, III", 4)]
SERVICES = ["primeira habilitação (categorias A e B)", "primeira habilitação (categoria B)", "adição de categoria A", "mudança de categoria para D",
            "mudança de categoria para C", "renovação", "renovação com inclusão de EAR", "segunda via", "reabilitação após cassação",
            "troca da permissão para dirigir pela CNH definitiva", "CNH Social"]
RESTRICTIONS = [("A", "uso obrigatório de lentes corretivas"), ("A", "uso obrigatório de lentes corretivas"), ("E", "uso obrigatório de prótese auditiva"),
                ("D", "veículo com transmissão automática"), ("F", "veículo com direção hidráulica / elétrica"),
                ("X", "validade reduzida (reavaliação em 3 anos)"), ("G", "vedado dirigir após o pôr do sol")]
TRAFFIC_ICD = [("H52.1", "miopia"), ("H52.0", "hipermetropia"), ("H54.4", "cegueira em um olho (visão monocular)"), ("E11.9", "diabetes tipo 2"),
               ("G40.9", "epilepsia"), ("I10", "hipertensão arterial"), ("H90.3", "perda auditiva neurossensorial bilateral"),
               ("G47.3", "apneia do sono"), ("F10.2", "dependência de álcool (em remissão)")]
PCD_ICD = [("G82.2", "paraplegia", "câmbio automático, freio e acelerador manuais"),
           ("Z89.5", "amputação de perna abaixo do joelho", "câmbio automático e acelerador à esquerda"),
           ("G80.2", "paralisia cerebral hemiplégica", "pomo no volante e comandos à direita"),
           ("Q72.4", "agenesia de membro inferior", "comando manual de freio e acelerador"),
           ("M21.7", "encurtamento de membro inferior", "câmbio automático e alongador de pedais"),
           ("G35", "esclerose múltipla", "câmbio automático e direção elétrica")]
INJURY_ICD = [("S52.5", "fratura da extremidade distal do rádio"), ("S82.6", "fratura do maléolo lateral"), ("S06.0", "concussão cerebral"),
              ("T14.0", "escoriações múltiplas"), ("S42.0", "fratura da clavícula"), ("S93.4", "entorse do tornozelo")]
PSY_TESTS = ["Palográfico", "AC-15 (atenção concentrada)", "TEACO-FF", "TEADI-2", "TEALT", "BFP (personalidade)", "R-1 (raciocínio não verbal)",
             "Pfister", "entrevista semiestruturada", "TRAP (trânsito)"]
PLACES = ["pista do Autódromo Municipal", "circuito do DETRAN no Parque da Cidade", "pátio da CIRETRAN", "pista de motos da Vila Aurora",
          "bairro Jardim Vitória (percurso urbano)", "estacionamento do estádio", "circuito da Rua Bento Gonçalves"]
JOBS = {True: ["estudante", "auxiliar administrativa", "manicure", "professora", "técnica de enfermagem", "vendedora", "diarista", "cozinheira",
               "instrutora de trânsito", "motorista de aplicativo", "do lar", "autônoma", "caixa de supermercado"],
        False: ["estudante", "motoboy", "motorista de aplicativo", "pedreiro", "vendedor", "instrutor de trânsito", "vigilante",
                "auxiliar de logística", "mecânico", "agricultor", "eletricista", "autônomo", "entregador"]}


def cfc(g: Gen) -> tuple[str, str, str]:
    return g.pick(CFCS)


def clinic(g: Gen) -> tuple[str, str, str]:
    return g.pick(CLINICS)


def renach(g: Gen, uf: str | None = None) -> str:
    """The RENACH form number (UF + 9 digits): not labelled."""
    return f"{uf or g.pick(UFS)}{g.d(9)}"


def ait(g: Gen) -> str:
    return g.pick([f"{g.up(1)}{g.d(8)}", f"{g.up(2)}{g.d(7)}", f"{g.d(3)}{g.up(1)}{g.d(5)}", f"1T{g.d(7)}"])


def espelho(g: Gen) -> str:
    """The CNH form ('espelho') number: 10 digits, not labelled."""
    return str(g.ri(1, 9)) + g.d(9)


def renavam(g: Gen) -> str:
    """A vehicle's RENAVAM (11 digits, not labelled; never passes the CPF, PIS or CNH check)."""
    return g.neg(11)


def credencial(g: Gen, uf: str) -> str:
    """An instructor's or examiner's DETRAN credential: not labelled."""
    return g.pick([f"{g.ri(1000, 99999)}", f"{uf}-{g.d(6)}", f"{g.d(3)}.{g.d(3)}", f"INS/{uf} {g.d(5)}"])


def crdd(g: Gen, uf: str | None = None) -> str:
    uf = uf or g.pick(UFS)
    n = g.ri(100, 19999)
    return g.pick([f"CRDD/{uf} {n}", f"CRDD-{uf} nº {n}", f"CRDD/{uf} {n:,}".replace(",", ".")])


def rqe(g: Gen) -> str:
    return f"RQE {g.ri(1000, 99999)}"


def pa_no(g: Gen) -> str:
    return g.pick([f"{g.ri(2024, 2026)}/{g.d(6)}", f"PA-{g.d(7)}", f"{g.d(3)}.{g.d(3)}/{g.ri(2024, 2026)}", f"{g.up(2)}{g.d(8)}"])


def barcode(g: Gen) -> str:
    """The 'linha digitável' of a collection guide: four 11-digit blocks, each with its own digit (none passes a check)."""
    return "  ".join(f"{g.neg(11)}-{g.d(1)}" for _ in range(4))


def nsu(g: Gen) -> str:
    return g.pick([g.d(6), g.d(9) + g.up(1), f"{g.d(4)}.{g.d(4)}"])


def fleet(g: Gen, n: int, cats: str = "B") -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        cat = g.pick(cats)
        out.append((g.pick([m for m, c in CARS if c == cat]), g.plate()))
    return out


def infr(g: Gen) -> tuple[str, str, str, int]:
    return g.pick(INFRACTIONS)


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    """A city of the given state (the pool has at least one for every UF used)."""
    return g.pick([c for c in CITIES if c[1] == uf])


def detran(uf: str) -> str:
    return f"DETRAN-{uf}"


def dmail(uf: str) -> str:
    return f"detran.{uf.lower()}.gov.br"


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def word_neg(g: Gen) -> str:
    return g.pick(["A luz verde do simulador acendeu antes da hora, avisei o suporte.", "O carro branco da frota está na oficina até sexta.",
                   "Seria prudente remarcar a baliza para depois da chuva.", "Foi uma vitória passar de primeira na prova de rua!",
                   "A Autoescola Aurora fecha às 18h no sábado.", "Na Rua Bento Gonçalves o percurso do exame tem muito ônibus.",
                   "Aluno amado é aluno aprovado 🚗", "Justo no dia da prova o pneu furou.", "A estrela do adesivo no vidro é da frota nova.",
                   "O CFC Rosa dos Ventos abriu turma de reciclagem no sábado.", "Presidente Prudente ganhou pista nova de motos.",
                   "A paz acabou quando o examinador pediu a rampa.", "O Leão do Norte mudou de endereço, mas o telefone é o mesmo.",
                   "Flor de laranjeira no retrovisor não pode, disse o examinador.", "Esperança é passar na próxima, sem faltas graves.",
                   "Na Avenida Presidente Vargas o semáforo do exame está quebrado.", "A Clínica Celeste só atende com hora marcada.",
                   "O sinal fechou e ela parou certinho, mas deixou o carro morrer."])


def nm(p: Person, g: Gen, caps: bool = False) -> str:
    return p.capsf if caps else g.pick([p.full, p.full, p.caps])


# --------------------------------------------------------------------------- atendimento


def at_zap_matricula(g: Gen) -> Doc:
    """WhatsApp enrolment chat with a driving school (lower case): bot, then the secretary; class, instructor and car."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    c = g.person(female=g.chance(0.55))
    att = g.person(female=g.chance(0.75))
    ins = g.person(female=g.chance(0.25))
    bot = g.pick(BOTS)
    st = chat_stamp(g.chance(0.4))
    d0 = g.day()
    tt = iter(seq_times(g, 30, g.moments(1, d0, 1, (8, 22))[0], 20, 500))
    doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.65) else P(lower(g.pick([c.first, c.short, c.nick])))
    shop = V(fan)
    cat = g.pick(["ab", "b", "a", "adição de moto", "mudança pra d"])
    cl(doc, st(next(tt)), me, g.pick(["oi quero tirar a carteira «k» quanto ta", "boa noite vcs tem pacote «k»?", "oii queria saber o valor da «k»"]), k=cat)
    cl(doc, st(next(tt)), shop, "olá! eu sou «b», assistente virtual da «f» 🚗 o pacote sai por r$ «v» em até 10x. pra pré-matrícula me manda nome completo, cpf e data de nascimento",
       b=lower(bot), f=lower(fan), v=brl(g.ri(18, 42) * 100.0))
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«n» «c»", n=P(lower(c.full)), c=g.neg_cpf())
        cl(doc, st(next(tt)), shop, "hmm esse cpf não passou na validação 😕 confere pra mim?")
        cl(doc, st(next(tt)), me, "ops, «c»", c=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«n» cpf «c»", n=P(lower(g.pick([c.full, c.full, c.short]))), c=(cpf, "BR_CPF"))
    cl(doc, st(next(tt)), me, "nasci «d»", d=(g.dob(g.pick(["br", "short", "nopad", "low"]), 1968, 2007), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), shop, "já tem renach? (se já fez o exame médico em outra clínica)")
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "tenho, «r»", r=renach(g, uf))
    else:
        cl(doc, st(next(tt)), me, "não sei o que é isso kkk")
    cl(doc, st(next(tt)), shop, "vou te passar pra secretaria, um minutinho")
    cl(doc, st(next(tt)), shop, "oi, aqui é «o» «a» da secretaria 😊 me passa o endereço com cep pra ficha", o=att.o, a=P(lower(g.pick([att.first, att.short]))))
    cl(doc, st(next(tt)), me, "«ad» cep «cp»", ad=(g.address("low"), "ADDRESS"), cp=(g.cep(g.chance(0.7)), "BR_CEP"))
    cl(doc, st(next(tt)), shop, "e um e-mail pra eu mandar o contrato?")
    cl(doc, st(next(tt)), me, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    model, plate = fleet(g, 1, "A" if "moto" in cat or cat == "a" else "B")[0]
    cl(doc, st(next(tt)), shop, "primeira aula prática «d» às «h» com «i», no «m» placa «p». o simulador fica pra semana seguinte",
       d=dbr(g.after(d0, 2, 15), "short"), h=g.hm(), i=P(lower(g.pick([ins.first, ins.short, ins.nick]))), m=lower(model), p=(plate, "LICENSE_PLATE"))
    cl(doc, st(next(tt)), shop, "a matrícula é r$ «v» no pix, chave aleatória «k»", v=brl(g.pick([150, 200, 250, 300]) + 0.0), k=(g.uuid(), "PIX_KEY"))
    r = g.rng.random()
    if r < 0.4:
        cl(doc, st(next(tt)), me, "quem vai pagar é minha mãe, «n», o comprovante vai no nome dela", n=P(lower(g.relative(c, True).full)))
    elif r < 0.7:
        cl(doc, st(next(tt)), me, "posso pagar no cartão? «n» val «v» cvv «cv»", n=(g.card(g.chance(0.5)), "CREDIT_CARD"),
           v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}", cv=g.d(3))
        cl(doc, st(next(tt)), shop, "não manda cartão por aqui não! apaga por favor 🙏 te mando o link de pagamento no e-mail")
    else:
        cl(doc, st(next(tt)), me, "paguei, tá no nome «x» «n»", x="do meu namorado" if c.female else "da minha namorada",
           n=P(lower(g.person(female=not c.female).first)))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "se eu não atender liga pro meu pai «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), shop, "pré-matrícula «m» ok ✅ traz rg e comprovante de residência na primeira aula", m=f"{g.ri(2025, 2026)}/{g.d(4)}")
    if g.chance(0.35):
        cl(doc, st(next(tt)), me, lower(word_neg(g)))
    return doc


def at_tela_detran(g: Gen) -> Doc:
    """A DETRAN licensing system's driver screen in capitals (filiation, CNH, points, processes, last app access)."""
    doc = Doc()
    uf = g.pick(UFS)
    c = g.person()
    mae = g.relative(c, True)
    pai = g.relative(c, False)
    op = g.person()
    city, _ = city_of(g, uf)
    res = g.pick(RESTRICTIONS)
    pts = g.ri(0, 38)
    doc.f("«d» · SISTEMA DE HABILITACAO · CONSULTA CONDUTOR          USUARIO: «l»   TERMINAL: «ip»\n", d=detran(uf), l=login(op, g).upper(), ip=g.ip_priv())
    doc.t("=" * 86 + "\n")
    doc.f("NOME..............: «n»\n", n=P(c.capsf))
    doc.f("FILIACAO..........: «m»\n                    «p»\n", m=P(mae.capsf), p=P(pai.capsf) if g.chance(0.85) else V("NAO DECLARADO"))
    doc.f("DATA NASCIMENTO...: «d»     SEXO: «s»     NACIONALIDADE: «na»\n", d=(g.dob("br", 1950, 2006), "DATE_OF_BIRTH"), s="F" if c.female else "M",
          na=fold(g.pick(NATIONALITY[c.female])).upper())
    doc.f("CPF...............: «c»     RG: «rg» «o»\n", c=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=g.pick(RG_ORG))
    doc.f("REGISTRO CNH......: «cnh»     ESPELHO: «e»     RENACH: «r»\n", cnh=(g.cnh(), "BR_CNH"), e=espelho(g), r=renach(g, uf))
    doc.f("CATEGORIA.........: «k»     1A HABILITACAO: «h»     VALIDADE: «v»\n", k=g.pick(["AB", "B", "A", "AD", "AE", "AC", "D"]),
          h=g.date("br", g.ri(1985, 2020)), v=g.date("br", g.ri(2025, 2035)))
    doc.f("RESTRICOES........: «r»\nEAR...............: «e»\n", r=f"{res[0]} - {fold(res[1]).upper()}" if g.chance(0.6) else "NENHUMA", e=g.pick(["SIM", "NAO", "NAO"]))
    doc.f("ENDERECO..........: «a»\nBAIRRO/MUNICIPIO..: «b» / «c»     CEP: «p»\n", a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(),
          c=fold(city).upper(), p=(g.cep(g.chance(0.6)), "BR_CEP"))
    em = g.email(c)
    doc.f("TELEFONE..........: «t»     E-MAIL: «e»\n", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), e=(em.upper() if g.chance(0.5) else em, "EMAIL_ADDRESS"))
    sit = "REGULAR" if pts < 20 else g.pick(["EM PROCESSO DE SUSPENSAO", "SUSPENSA", "BLOQUEADA - RECURSO JARI PENDENTE"])
    doc.f("PONTUACAO 12 MESES: «p» PONTOS     SITUACAO: «s»\n", p=pts, s=sit)
    doc.t("-" * 86 + "\nINFRACOES (ULTIMOS 12 MESES)\nDATA        AIT          COD     PLACA      PTS  SITUACAO\n")
    for _ in range(g.ri(1, 4)):
        code, desc, art, pt = infr(g)
        a = ait(g)
        doc.t(f"{g.date('br')}  {a.ljust(11)}  {code}  ")
        doc.cell(g.plate(), 9, "LICENSE_PLATE")
        doc.f("  «p»    «s»\n", p=pt, s=g.pick(["PAGA", "EM RECURSO JARI", "NOTIFICADA", "INDICADO CONDUTOR", "VENCIDA"]))
    doc.t("-" * 86 + "\nPROCESSOS\n")
    doc.f("«n»  «s»  «k»\n", n=pa_no(g), s=fold(g.pick(SERVICES)).upper(),
          k=g.pick(["AGUARDANDO EXAME MEDICO", "AGUARDANDO EXAME PRATICO", "APTO - AGUARDANDO EMISSAO", "ARQUIVADO", "EM ANALISE"]))
    doc.f("ULTIMO ACESSO CARTEIRA DIGITAL: «t»  IP «ip»\n", t=ts(g.moments(1)[0], "brs"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("OBS: «o» — ATENDIMENTO POR «a» NO POSTO «pp».\n", o=g.pick(["CIDADAO SOLICITOU 2A VIA POR EXTRAVIO", "ATUALIZADO ENDERECO A PEDIDO",
                                                                      "ORIENTADO SOBRE CURSO DE RECICLAGEM", "ENTREGUE PPD"]),
          a=P(g.pick([op.capsf, fold(op.short).upper()])), pp=fold(city_of(g, uf)[0]).upper())
    doc.t("F3=VOLTAR  F5=IMPRIMIR  F8=HISTORICO  F12=SAIR\n")
    return doc


def at_contrato_matricula(g: Gen) -> Doc:
    """A driving school's enrolment contract: the student's form, the package, clauses, witnesses."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    c = g.person()
    dr = g.person()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS — FORMAÇÃO DE CONDUTORES Nº «n»\n\nCONTRATADA: «r», CNPJ «c», credenciada no «d» sob o nº «cr», "
          "neste ato representada por «dr», diretor«a» de ensino.\n\nCONTRATANTE (ALUNO/A)\n", n=f"{g.d(4)}/{g.ri(2025, 2026)}", r=raz,
          c=(g.any_cnpj(), "BR_CNPJ"), d=detran(uf), cr=credencial(g, uf), dr=P(dr.full), a="a" if dr.female else "")
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1960, 2007), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.75):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields += [("RENACH", V(renach(g, uf) if g.chance(0.6) else "a gerar")), ("Categoria pretendida", V(g.pick(["AB", "B", "A", "D", "adição A"])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    if g.chance(0.45):
        rf = g.relative(c, g.chance(0.6))
        doc.f("\nRESPONSÁVEL FINANCEIRO: «n», CPF «c», tel. «t»\n", n=P(rf.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    na = g.pick([20, 20, 25, 30])
    sim = g.pick([0, 0, 5, 5, 10])
    tot = g.ri(16, 45) * 100.0
    k = g.pick([1, 3, 6, 10, 12])
    doc.f("\nSERVIÇOS: curso teórico-técnico de 45 h/aula («m»); «a» aulas práticas de 50 minutos«s»; uso do veículo do CFC no primeiro exame prático.\n"
          "VALOR: R$ «t», em «k»x de R$ «p» («f»).\n\n", m=g.pick(["presencial", "EAD com biometria facial", "híbrido"]), a=na,
          s=f", das quais {sim} em simulador" if sim else "", t=brl(tot), k=k, p=brl(tot / k), f=g.pick(["boleto", "cartão de crédito", "Pix", "carnê"]))
    doc.f("Cláusula 4ª — Reprovado o aluno, o reteste depende do recolhimento da taxa do «d» e de aula extra (R$ «v»).\n"
          "Cláusula 7ª — Na desistência, devolvem-se as aulas não realizadas, retida multa de 10%; na contratação pela internet vale o art. 49 da Lei 8.078/1990.\n"
          "Cláusula 9ª — Os dados pessoais são tratados para cadastro no RENACH e no sistema do «d» (Lei 13.709/2018).\n\n",
          d=detran(uf), v=brl(g.ri(60, 140) + 0.0))
    doc.f("«c», «dt».\n\n____________________________\n«n» — CONTRATANTE\n\n____________________________\n«dr» — CONTRATADA\n\n",
          c=g.city()[0], dt=g.date("long"), n=P(g.pick([c.full, c.caps])), dr=P(dr.full))
    for _ in range(2):
        w = g.person()
        doc.f("Testemunha: «n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def at_email_reclamacao(g: Gen) -> Doc:
    """An e-mail thread: a student complains about cancelled classes; the pedagogical coordinator reschedules."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    c = g.person(female=g.chance(0.6))
    co = g.person(female=g.chance(0.6))
    i1 = g.person(female=g.chance(0.2))
    i2 = g.person(female=g.chance(0.3))
    (m1, p1), (m2, p2) = fleet(g, 2)
    d0 = g.day()
    t = g.moments(2, d0, 5, (7, 23))
    cm = g.email(c)
    com = corp_mail(co, dom, g)
    doc.f("De: «n» <«e»>\nPara: «c»\n", n=P(co.full), e=(com, "EMAIL_ADDRESS"), c=(cm, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        d = g.person()
        doc.f("Cc: «n» <«e»>\n", n=P(d.full), e=(corp_mail(d, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Cc: «r»\n", r=role_mail(g, dom, "diretoria"))
    doc.f("Data: «d»\nAssunto: RE: aulas canceladas e exame prático — RENACH «r»\n\n", d=mail_date(t[1]), r=renach(g, uf))
    doc.f("Olá, «n»!\n\nPedimos desculpas. «oi» «i1» está afastad«o1» e o «m1» de placa «p1» foi para a oficina. Remarcamos suas aulas com «i2», no veículo «p2»:\n",
          n=P(c.first), oi="A instrutora" if i1.female else "O instrutor", o1=i1.o, i1=P(g.pick([i1.first, i1.short])), m1=m1, p1=(p1, "LICENSE_PLATE"), i2=P(i2.short), p2=(p2, "LICENSE_PLATE"))
    for dd in sorted(g.after(d0, 6, 25) for _ in range(g.ri(2, 4))):
        doc.f("  - «d» às «h»\n", d=dbr(dd), h=g.hm())
    doc.f("\nSeu exame prático ficou para «d» (local: «l»). A taxa de reteste não será cobrada.\n\nAtenciosamente,\n«n»\nCoordenação pedagógica — «f»\n«t»\n\n",
          d=dbr(g.after(d0, 30, 50)), l=g.pick(PLACES), n=P(co.short), f=fan, t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: «d»\nX-Originating-IP: [«ip»]\nAssunto: aulas canceladas\n\n",
          n=P(g.pick([c.full, c.low])), e=(cm, "EMAIL_ADDRESS"), d=mail_date(t[0]), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Boa noite. Sou «n», CPF «c», alun«o» da categoria «k». Já é a terceira aula cancelada em cima da hora pel«oi» «i». Paguei R$ «v» e meu exame é dia «d». "
          "Se não resolverem vou pedir o estorno no cartão e reclamar no Procon. Meu celular é «t».\n",
          n=P(c.full), c=(g.cpf(), "BR_CPF"), o=c.o, oi=i1.o, k=g.pick(["B", "AB", "A"]), i=P(g.pick([i1.first, i1.nick])), v=brl(g.ri(15, 40) * 100.0),
          d=dbr(g.after(d0, 8, 20)), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        m = g.relative(c, True)
        doc.f("Minha mãe, «n», é a responsável financeira (tel. «t»).\n", n=P(m.full), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_stt_detran(g: Gen) -> Doc:
    """A speech-to-text call to the DETRAN call centre about a renewal (lower case, spoken numbers), then the typed record."""
    doc = Doc()
    uf = g.pick(UFS)
    c = g.person()
    at = g.person(female=g.chance(0.7))
    cpf = g.cpf_digits()
    cnh = g.cnh()
    cep = g.cep(False)
    cl_ = clinic(g)
    ear = g.chance(0.5)
    doc.f("[transcricao automatica — central de atendimento «d» — ligacao «p»]\n", d=lower(detran(uf)), p=g.protocol())
    doc.f("atendente: «d» boa tarde meu nome e «a» em que posso ajudar\n", d=lower(detran(uf)), a=P(lower(at.first)))
    doc.f("cidadao: oi boa tarde e que minha carteira vence «m» e eu queria agendar a renovacao\n", m=g.pick(["mes que vem", "semana que vem", "agora em dezembro"]))
    doc.f("atendente: pois nao qual o seu nome completo\ncidadao: «n»\n", n=P(lower(c.full)))
    doc.f("atendente: o cpf por favor\ncidadao: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: data de nascimento\ncidadao: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    sp = g.pick([f"{cnh[:3]} {cnh[3:6]} {cnh[6:9]} {cnh[9:]}", spoken_digits(cnh), f"{cnh[:5]} {cnh[5:]}"])
    doc.f("atendente: e o numero do registro da cnh aquele de onze digitos\ncidadao: «n»\n", n=(sp, "BR_CNH"))
    if ear:
        doc.f("cidadao: e eu comecei a trabalhar de motorista de aplicativo precisa colocar aquele ear\n"
              "atendente: precisa sim o exerce atividade remunerada entra na renovacao\n")
    doc.f("atendente: o endereco continua o mesmo\ncidadao: nao mudei agora e «a» cep «p»\n", a=(g.address("stt"), "ADDRESS"),
          p=(g.pick([spoken_digits(cep), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("atendente: um telefone pra contato\ncidadao: «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f("atendente: ficou agendado o exame medico na «c» dia «d» as «h» e a guia o senhor paga pelo aplicativo\ncidadao: ta bom obrigado\n\n",
          c=lower(cl_[0]), d=g.date("nopad"), h=g.hm())
    doc.t("REGISTRO DO ATENDIMENTO\n")
    fields = [("Cidadão", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Registro CNH", (cnh, "BR_CNH")),
              ("Endereço novo", (g.address(), "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")),
              ("Telefone", (g.phone("par"), "PHONE_NUMBER")), ("Serviço", V("RENOVAÇÃO COM INCLUSÃO DE EAR" if ear else "RENOVAÇÃO")),
              ("Clínica", V(cl_[0])), ("Atendente", g.pick([P(at.full), V(login(at, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    return doc


def at_csv_aulas(g: Gen) -> Doc:
    """A driving school's schedule of practical and simulator classes, exported as CSV (instructors with their credentials, cars' plates)."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    sep = g.pick([";", ","])
    inst = [(g.person(female=g.chance(0.25)), credencial(g, uf)) for _ in range(g.ri(2, 3))]
    cars = fleet(g, g.ri(2, 3), "BBA")
    d0 = g.day()
    doc.f("# agenda de aulas — «f» — semana de «a» a «b» — exportado por «l» em «t»\n", f=fan, a=dbr(d0), b=dbr(g.after(d0, 5, 6)),
          l=login(g.person(), g), t=ts(g.moments(1)[0], "sql"))
    doc.t("# instrutores: ")
    for k, (ip, cr) in enumerate(inst):
        doc.f("«s»«n» (cred. «c»)", s="; " if k else "", n=P(g.pick([ip.full, ip.short])), c=cr)
    doc.t("\n")
    cols = ["data", "hora", "aluno", "cpf", "celular", "renach", "cat", "cred_instrutor", "veiculo", "placa", "tipo", "status"]
    rows = []
    for _ in range(g.ri(5, 7)):
        s = g.person()
        ip, cr = g.pick(inst)
        simu = g.chance(0.25)
        model, plate = g.pick(cars)
        rows.append([V(dbr(g.after(d0, 0, 6), g.pick(["br", "iso"]))), V(g.hm()), P(g.pick([s.full, s.caps, s.full])),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.75) else V(""),
                     (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V(""), V(renach(g, uf)), V(g.pick(["B", "B", "A", "AB"])),
                     V(cr), V(f"simulador SIM-0{g.ri(1, 3)}" if simu else model),
                     V("") if simu else (plate, "LICENSE_PLATE"), V("simulador" if simu else g.pick(["prática", "prática", "baliza", "percurso de exame"])),
                     V(g.pick(["realizada", "realizada", "falta do aluno", "cancelada (chuva)", "agendada", "biometria pendente"]))])
    table_csv(doc, cols, rows, sep)
    s = g.person()
    doc.f("\n-- obs: «a» verificar biometria do aluno «n» (tablet «ip» sem sinal); repor 2 aulas.\n", a=P(g.person(True).first), n=P(s.short), ip=g.ip_priv())
    if g.chance(0.4):
        doc.f("-- veículo «p» com revisão vencida: não escalar até «d».\n", p=(g.pick(cars)[1], "LICENSE_PLATE"), d=g.date("br"))
    return doc


def at_pauta_exame(g: Gen) -> Doc:
    """A DETRAN's roster of practical driving tests in capitals (fixed width, names cut at the field width) with results."""
    doc = Doc()
    uf = g.pick(UFS)
    e1, e2 = g.person(), g.person()
    doc.f("«d» — DIRETORIA DE HABILITACAO\nPAUTA DE EXAME PRATICO DE DIRECAO VEICULAR — «dt» — LOCAL: «l»\n", d=detran(uf), dt=g.date("br"),
          l=fold(g.pick(PLACES)).upper())
    doc.f("BANCA EXAMINADORA: «a» (MATR. «ma») / «b» (MATR. «mb»)     CATEGORIA: «k»\n", a=P(e1.capsf), ma=f"{g.d(3)}.{g.d(3)}-{g.d(1)}",
          b=P(g.pick([e2.capsf, fold(e2.short).upper()])), mb=f"{g.d(3)}.{g.d(3)}-{g.d(1)}", k=g.pick(["B", "A", "B", "D"]))
    doc.t("-" * 112 + "\n")
    doc.t("HORA  RENACH       CANDIDATO                   CPF             CFC                    PLACA     RESULTADO\n")
    doc.t("-" * 112 + "\n")
    absent = []
    cfcs = g.sample(CFCS, 3)
    plates = {f[0]: g.plate() for f in cfcs}
    h = g.ri(7, 9) * 60
    for _ in range(g.ri(6, 9)):
        c = g.person()
        h += g.pick([15, 20, 30])
        cf = g.pick(cfcs)
        doc.t(f"{h // 60:02d}:{h % 60:02d}  {renach(g, uf)}  ")
        doc.cell(cut(c.capsf, 26), 26, "PERSON")
        doc.t("  ")
        if g.chance(0.75):
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
        else:
            doc.cell(f"***.{g.d(3)}.{g.d(3)}-**", 14)
        doc.t("  ")
        doc.cell(cut(fold(cf[0]).upper(), 21), 21)
        doc.t("  ")
        doc.cell(plates[cf[0]], 8, "LICENSE_PLATE")
        res = g.pick(["APROVADO", "APROVADO", "APROVADO", "REPROVADO - FALTA ELIMINATORIA (AVANCAR SINAL)", "REPROVADO - 4 FALTAS MEDIAS",
                      "REPROVADO - DEIXOU O VEICULO MORRER NA RAMPA", "AUSENTE"])
        if res == "AUSENTE":
            absent.append(c)
        doc.t(f"  {res}\n")
    doc.t("-" * 112 + "\n")
    if absent:
        doc.f("OBS: CANDIDAT«o» «n» AUSENTE — REAGENDAMENTO MEDIANTE NOVA TAXA.\n", o=absent[0].o.upper(), n=P(fold(absent[0].short).upper()))
    if g.chance(0.5):
        cf = g.pick(cfcs)
        doc.f("OBS: VEICULO «p» («f») APRESENTOU PANE; EXAMES SEGUINTES NO VEICULO «q».\n", p=(plates[cf[0]], "LICENSE_PLATE"),
              f=fold(cf[0]).upper(), q=(g.plate(), "LICENSE_PLATE"))
    doc.f("HOMOLOGADO POR «n» — CHEFE DE SECAO\n", n=P(g.person().capsf))
    return doc


AT = [at_zap_matricula, at_tela_detran, at_contrato_matricula, at_email_reclamacao, at_stt_detran, at_csv_aulas, at_pauta_exame]


# --------------------------------------------------------------------------- juridico


def cnh_clause(g: Gen, doc: Doc, p: Person, caps: bool = False) -> None:
    up = caps_t if caps else (lambda s: s)
    doc.f(up(", habilitad«o» sob o registro CNH nº «c»"), o=p.o.upper() if caps else p.o, c=(g.cnh(), "BR_CNH"))


def desp_sig(g: Gen, doc: Doc, uf: str) -> None:
    """The signature of a despachante documentalista (CRDD) or of a lawyer (OAB)."""
    if g.chance(0.5):
        d = g.person()
        dn, ddom = g.pick(DESPACHANTES)
        doc.f("«n»\nDespachante documentalista — «c»\n«f» · «e»\n", n=P(g.pick([d.full, d.caps])), c=(crdd(g, uf), "PROFESSIONAL_ID"), f=dn,
              e=(corp_mail(d, ddom, g), "EMAIL_ADDRESS") if g.chance(0.6) else role_mail(g, ddom, "despachante"))
    else:
        lawyer_sig(g, doc, 1, dom=g.pick(["transitoadvocacia.adv.br", "multazero.adv.br", "gmail.com", "direitodotransito.adv.br"]))


def ju_recurso_jari(g: Gen) -> Doc:
    """An appeal to the JARI against a traffic fine, by a despachante or a lawyer (owner qualified, plate, driver indicated)."""
    doc = Doc()
    uf = g.pick(UFS)
    a = g.person()
    code, desc, art, pt = infr(g)
    plate = g.plate()
    orgao = g.pick([detran(uf), f"DER-{uf}", "PRF", f"Secretaria Municipal de Mobilidade de {g.city()[0]}"])
    doc.f("ILUSTRÍSSIMO SENHOR PRESIDENTE DA JUNTA ADMINISTRATIVA DE RECURSOS DE INFRAÇÕES — JARI / «o»\n\n"
          "Auto de Infração nº «a»\nPlaca: «p»    RENAVAM: «r»\nEnquadramento: «c» — «d» («art» do CTB)\n\n", o=orgao.upper(), a=ait(g),
          p=(plate, "LICENSE_PLATE"), r=renavam(g), c=code, d=desc, art=art)
    clause = g.chance(0.6)
    qualify(g, doc, a, email=g.chance(0.5), phone=g.chance(0.4), rg=("rg" if clause else True) if g.chance(0.6) else False, where=city_of(g, uf))
    if clause:
        cnh_clause(g, doc, a)
    doc.f(", proprietári«o» do veículo «m», placa «p», vem interpor RECURSO contra a penalidade de multa, pelos fundamentos a seguir.\n\n",
          o=a.o, m=g.pick(PRIVATE_CARS), p=(plate, "LICENSE_PLATE"))
    doc.f("1. A notificação da autuação foi expedida em «d2», mais de 30 dias após a suposta infração de «d1», o que impõe o arquivamento do auto "
          "(art. 281, parágrafo único, II, da Lei 9.503/1997).\n", d1=g.date("br"), d2=g.date("br"))
    doc.f("2. O auto não identifica o equipamento medidor nem a data de sua última aferição pelo INMETRO, em afronta à Resolução Contran nº 798/2020.\n")
    if g.chance(0.65):
        o = g.person()
        doc.f("3. Subsidiariamente: na ocasião o veículo era conduzido por «n», CPF «c», CNH «h», que assina a declaração de indicação de condutor anexa "
              "(Resolução Contran nº 918/2022).\n", n=P(o.full), c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"))
    doc.f("\nRequer o efeito suspensivo (art. 285 do CTB), o cancelamento do auto e a exclusão dos «p» pontos do prontuário do recorrente.\n\n"
          "«c», «d».\n\n", p=pt, c=g.city()[0], d=g.date("long"))
    desp_sig(g, doc, uf)
    return doc


def ju_suspensao_caps(g: Gen) -> Doc:
    """A DETRAN's notice opening a licence suspension process (ALL CAPS), and the lawyer's prior defence."""
    doc = Doc()
    uf = g.pick(UFS)
    c = g.person()
    city, _ = city_of(g, uf)
    doc.f("«d» — NOTIFICACAO DE INSTAURACAO DE PROCESSO ADMINISTRATIVO\nPROCESSO Nº «p» — PENALIDADE: SUSPENSAO DO DIREITO DE DIRIGIR (ART. 261, I, DO CTB)\n\n",
          d=detran(uf), p=pa_no(g))
    doc.f("CONDUTOR: «n»\nCPF: «c»   REGISTRO CNH: «h»   RENACH: «r»\nENDERECO: «a» — «b» — «ci»/«u» — CEP «cep»\n\n", n=P(c.capsf),
          c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"), r=renach(g, uf), a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(),
          ci=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"))
    rows = []
    tot = 0
    for _ in range(g.ri(3, 5)):
        code, desc, art, pt = infr(g)
        tot += pt
        rows.append([V(g.date("br")), V(ait(g)), V(code), (g.plate(), "LICENSE_PLATE"), V(str(pt))])
    doc.f("INFRACOES QUE FUNDAMENTAM O PROCESSO (PONTUACAO NO PERIODO: «t» PONTOS)\n", t=max(tot, 20))
    table_ruled(doc, ["DATA", "AIT", "COD", "PLACA", "PTS"], rows, g.pick(["plain", "plus"]))
    dr = g.person()
    doc.f("\nFICA O CONDUTOR NOTIFICADO PARA APRESENTAR DEFESA EM 30 DIAS. A PENALIDADE PODERA SER DE «m» MESES, CUMULADA COM CURSO DE RECICLAGEM "
          "(RESOLUCAO CONTRAN Nº 723/2018).\n\n«n»\nDIRETOR«a» DE HABILITACAO\n\n", m=g.pick(["6 A 12", "2 A 8", "8 A 14"]), n=P(dr.capsf),
          a="A" if dr.female else "")
    o = g.person()
    lw = g.person()
    doc.f("DEFESA PRÉVIA — Processo «p»\n\n«n», já qualificad«o», por seu advogado «l», vem apresentar defesa. A infração de «d» (veículo «pl») foi cometida por «x», "
          "CNH «h», CPF «c», que conduzia o veículo naquela data, conforme declaração anexa com firma reconhecida. Excluída essa pontuação, o condutor não atinge o limite "
          "do art. 261, I, do CTB (redação da Lei 14.071/2020). Subsidiariamente, requer a conversão em frequência ao curso de reciclagem no «f».\n\n",
          p=pa_no(g), n=P(c.full), o=c.o, l=P(lw.full), d=g.date("br"), pl=(g.plate(), "LICENSE_PLATE"), x=P(o.full), h=(g.cnh(), "BR_CNH"),
          c=(g.cpf(), "BR_CPF"), f=cfc(g)[0])
    doc.f("«n»\n«o»\n", n=P(lw.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("«e» · «t»\n", e=(corp_mail(lw, g.pick(["transitoadvocacia.adv.br", "cnhlivre.adv.br", "gmail.com"]), g), "EMAIL_ADDRESS"),
              t=(g.phone("par"), "PHONE_NUMBER"))
    return doc


def ju_cetran_ata(g: Gen) -> Doc:
    """Minutes of a CETRAN chamber session judging appeals (recorrentes, plates, the rapporteurs, an oral argument)."""
    doc = Doc()
    uf = g.pick(UFS)
    pres = g.person()
    cons = [g.person() for _ in range(3)]
    sec = g.person(True)
    doc.f("CONSELHO ESTADUAL DE TRÂNSITO — CETRAN/«u»\nATA DA «n»ª SESSÃO ORDINÁRIA DA «k»ª CÂMARA RECURSAL — «d»\n\n", u=uf, n=g.ri(10, 140), k=g.ri(1, 4),
          d=g.date("long"))
    doc.f("Presentes: «p» (Presidente) e os conselheiros titulares da Câmara, com quórum regimental.\n\nPROCESSOS JULGADOS\n", p=P(pres.full))
    items = g.ri(2, 4)
    oral = g.ri(1, items)
    for k in range(1, items + 1):
        r = g.person()
        rel = g.pick(cons)
        code, desc, art, pt = infr(g)
        susp = g.chance(0.5)
        doc.f("«k») Recurso nº «n» («t») — Recorrente: «r» — CPF «c»", k=k, n=pa_no(g), t="suspensão do direito de dirigir" if susp else "multa",
              r=P(g.pick([r.capsf, r.full])), c=(g.cpf(), "BR_CPF") if g.chance(0.6) else f"***.{g.d(3)}.{g.d(3)}-**")
        if susp:
            doc.f(" — CNH «h»", h=(g.cnh(), "BR_CNH"))
        doc.f(" — Placa «p» — AIT «a» («cd») — Relator«x»: «rl» — Decisão: ", p=(g.plate(), "LICENSE_PLATE"), a=ait(g), cd=code,
              x="a" if rel.female else "", rl=P(g.pick([rel.short, rel.full])))
        if g.chance(0.2):
            v = g.pick([x for x in cons if x is not rel])
            doc.f("negado provimento, vencid«o» «o» conselheir«o» «v».\n", o=v.o, v=P(v.short))
        else:
            doc.t(g.pick(["negado provimento, por unanimidade", "dado provimento, auto arquivado por vício de notificação", "convertido em diligência",
                          "dado provimento parcial, mantida a multa e afastada a suspensão"]) + ".\n")
    lw = g.person()
    doc.f("\nSustentação oral: «l», «o», pelo recorrente do item «k», que juntou a sentença da ação anulatória nº «cnj».\n", l=P(lw.full),
          o=(g.council("OAB", uf), "PROFESSIONAL_ID"), k=oral, cnj=g.cnj(CNJ_SEG.get(uf)))
    doc.f("Nada mais havendo, eu, «s», secretária, lavrei a presente ata.\n\n«p» — Presidente\n", p=P(pres.full), s=P(g.pick([sec.full, sec.short])))
    return doc


def ju_jec_cfc(g: Gen) -> Doc:
    """A small-claims petition against a driving school that closed (or was decredentialed) without giving the classes."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    a = g.person()
    ow = g.person()
    at = g.person(True)
    ins = g.person(female=g.chance(0.2))
    doc.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n", c=city_of(g, uf)[0].upper(), u=uf)
    qualify(g, doc, a, email=True, phone=True, dob=g.chance(0.3), titulo=g.chance(0.3), where=city_of(g, uf))
    doc.f(", vem propor AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS em face de «r» («f»), CNPJ «c», representada por seu sócio «o», "
          "pelos fatos a seguir.\n\n", r=raz, f=fan, c=(g.any_cnpj(), "BR_CNPJ"), o=P(ow.full))
    doc.f("1. Em «d», a parte autora contratou o pacote «p», pagando R$ «v» no cartão de crédito.\n2. Das «n» aulas práticas, realizou apenas «k»: o instrutor «i» "
          "faltava sem aviso e, em «d2», o CFC foi descredenciado pelo «dt», conforme portaria publicada no Diário Oficial.\n"
          "3. A atendente «at» prometeu por WhatsApp («t») a devolução em 30 dias, o que nunca ocorreu.\n", d=g.date("br"),
          p=g.pick(["de primeira habilitação AB", "de adição de categoria A", "de mudança para a categoria D", "completo com simulador"]),
          v=brl(g.ri(15, 48) * 100.0), n=g.pick([20, 25, 30]), k=g.ri(2, 9), i=P(g.pick([ins.full, ins.short])), d2=g.date("br"), dt=detran(uf),
          at=P(g.pick([at.first, at.full])), t=(g.phone("wa"), "PHONE_NUMBER"))
    doc.f("4. A responsabilidade é objetiva (arts. 14 e 20 da Lei 8.078/1990). Nesse sentido, Recurso Inominado «cnj».\n\n"
          "PEDIDOS: restituição de R$ «r» e danos morais de R$ «m». Valor da causa: R$ «vc» (Lei 9.099/1995).\n\n", cnj=g.cnj(CNJ_SEG.get(uf)),
          r=brl(g.ri(8, 30) * 100.0), m=brl(g.ri(3, 10) * 1000.0), vc=brl(g.ri(5, 15) * 1000.0))
    if g.chance(0.5):
        w = g.person()
        doc.f("Testemunha: «n», CPF «c», colega de turma.\n\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    lawyer_sig(g, doc, 1)
    return doc


def ju_trab_instrutor(g: Gen) -> Doc:
    """A driving instructor's labour claim against a driving school (PIS, título, CNH; cars; the owner's WhatsApp; witnesses)."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    a = g.person(female=g.chance(0.3))
    ow = g.person()
    doc.f("EXMO. SR. JUIZ DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n", v=g.ri(1, 90), c=city_of(g, uf)[0].upper(), u=uf)
    qualify(g, doc, a, email=g.chance(0.6), phone=True, pis=True, titulo=g.chance(0.6), dob=g.chance(0.4), rg="rg" if g.chance(0.5) else False,
            where=city_of(g, uf),
            job="instrutora de trânsito" if a.female else "instrutor de trânsito")
    cnh_clause(g, doc, a)
    (m1, p1), (m2, p2) = fleet(g, 2, "BBBA")
    doc.f(", credencial de instrutor nº «cr» no «dt», vem ajuizar RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c».\n\n", cr=credencial(g, uf), dt=detran(uf),
          r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("«a» reclamante ministrava aulas das «h1» às «h2», de segunda a sábado, nos veículos «m1» (placa «p1») e «m2» (placa «p2»), recebendo R$ «v» por aula, "
          "sem registro em CTPS. As escalas eram enviadas pelo sócio «o» pelo WhatsApp «t». Nos dias de exame, acompanhava os alunos na pista sem pagamento. "
          "Nesse sentido: TRT, RO «cnj».\n", a="A" if a.female else "O", h1=g.pick(["6h", "6h30", "7h"]), h2=g.pick(["21h", "22h", "20h30"]), m1=m1, p1=(p1, "LICENSE_PLATE"), m2=m2,
          p2=(p2, "LICENSE_PLATE"), v=brl(g.ri(18, 45) + 0.0), o=P(ow.full), t=(g.phone("wa"), "PHONE_NUMBER"), cnj=g.cnj(TRT.get(uf)))
    doc.t("\nPEDIDOS: vínculo de emprego, horas extras, adicional noturno, FGTS + 40%, multa do art. 477 da CLT.\n\nROL DE TESTEMUNHAS:\n")
    for _ in range(g.ri(1, 3)):
        w = g.person()
        doc.f("- «n», CPF «c»", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            doc.f(", «a», CEP «p»", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        doc.t("\n")
    doc.f("\nValor da causa: R$ «v»\n\n", v=brl(g.ri(20, 95) * 1000.0))
    lawyer_sig(g, doc, 1)
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """A private power of attorney to a despachante (vehicle and licence services) with an e-signature log."""
    doc = Doc()
    uf = g.pick(UFS)
    a = g.person()
    d = g.person()
    dn, ddom = g.pick(DESPACHANTES)
    am = g.email(a)
    dm = corp_mail(d, ddom, g)
    plate = g.plate()
    doc.t("PROCURAÇÃO PARTICULAR\n\nOUTORGANTE: ")
    clause = g.chance(0.5)
    qualify(g, doc, a, email=am, phone=g.chance(0.5), rg="rg" if clause else True, where=city_of(g, uf))
    if clause:
        cnh_clause(g, doc, a)
    doc.f(".\n\nOUTORGADO: «n», despachante documentalista, CPF «c», «r», com escritório no «f».\n\n", n=P(d.full), c=(g.cpf(), "BR_CPF"),
          r=(crdd(g, uf), "PROFESSIONAL_ID"), f=dn)
    doc.f("PODERES: representar o outorgante perante o «dt», a JARI e o CETRAN/«u» para «s», relativos ao veículo «m», placa «p», RENAVAM «rv», "
          "e à sua habilitação (RENACH «rn»), podendo requerer, recorrer, assinar, pagar taxas e receber documentos.\n\n«c», «dd».\n",
          dt=detran(uf), u=uf, s=g.pick(["transferência de propriedade e licenciamento", "recurso de multas e indicação de condutor",
                                        "segunda via da CNH e renovação", "baixa de gravame e transferência"]),
          m=g.pick(PRIVATE_CARS), p=(plate, "LICENSE_PLATE"), rv=renavam(g), rn=renach(g, uf), c=g.city()[0], dd=g.date("long"))
    esign_log(g, doc, [(a, am), (d, dm)], g.moments(1)[0])
    return doc


def ju_bo_acidente(g: Gen) -> Doc:
    """An OCR'd police report of a collision during a practical class (learner, instructor, the other driver, plates, officers)."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    s = g.person()
    ins = g.person(female=g.chance(0.25))
    o = g.person()
    model, p1 = fleet(g, 1, "BBA")[0]
    city, _ = g.city()
    doc.t(ocr_t("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA MILITAR\n", g))
    doc.f(ocr_t("BOLETIM DE OCORRÊNCIA Nº «n» — ACIDENTE DE TRÂNSITO SEM VÍTIMA FATAL\nData/hora do fato: «d» «h»   Local: «l», «c»\n\n", g),
          n=f"{g.d(5)}/{g.ri(2025, 2026)}", d=g.date("br"), h=g.hm(), l=g.pick(["cruzamento da Rua Tiradentes com a Av. Getúlio Vargas",
                                                                              "Avenida Bento Gonçalves, sentido centro", "rotatória da Estrada do Contorno",
                                                                              "Rua Sete de Setembro, em frente à escola estadual"]), c=city)
    doc.f(ocr_t("VEÍCULO 1: «m» — placa «p» — de propriedade de «r», CNPJ «cn» (veículo de aprendizagem, duplo comando)\n", g),
          m=model, p=(p1, "LICENSE_PLATE"), r=raz, cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(ocr_t("Condutor(a): «n», aluno(a) em aula prática, LADV nº «la», CPF «c», nascido(a) em «d»\n", g), n=P(ocr(s.capsf, g)), la=g.d(8),
          c=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1975, 2007), "DATE_OF_BIRTH"))
    doc.f(ocr_t("Instrutor(a) a bordo: «n», CNH «h», credencial «cr»\n\n", g), n=P(ocr(ins.capsf, g)), h=(g.cnh(), "BR_CNH"), cr=credencial(g, uf))
    doc.f(ocr_t("VEÍCULO 2: «m» — placa «p»\nCondutor: «n», CNH «h», CPF «c», residente na «a», CEP «cep», fone «t»\n\n", g), m=g.pick(PRIVATE_CARS),
          p=(g.plate(), "LICENSE_PLATE"), n=P(ocr(o.capsf, g)), h=(g.cnh(), "BR_CNH"), c=(g.cpf(), "BR_CPF"), a=(ocr(g.address("caps"), g), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(ocr_t("HISTÓRICO: segundo o instrutor, o veículo 2 «x». O condutor do veículo 2 «y». Teste de etilômetro: 0,00 mg/L em ambos.\n", g),
          x=g.pick(["avançou o sinal vermelho e atingiu a lateral direita do veículo 1", "mudou de faixa sem sinalizar", "colidiu na traseira durante a baliza"]),
          y=g.pick(["nega e diz que o aluno freou bruscamente", "admitiu estar ao celular", "não quis declarar"]))
    if g.chance(0.5):
        v = g.person()
        doc.f(ocr_t("Vítima: «n», passageira do veículo 2, socorrida pelo SAMU ao Hospital «h» com escoriações.\n", g), n=P(ocr(v.capsf, g)),
              h=g.pick(["Santa Luzia", "Municipal", "São Bento", "da Luz"]))
    p1_, p2_ = g.person(), g.person()
    doc.f(ocr_t("\nPOLICIAIS: SD PM «a» — RE «ra»; CB PM «b» — RE «rb»\n", g), a=P(ocr(p1_.capsf, g)), ra=f"{g.d(6)}-{g.d(1)}",
          b=P(ocr(fold(p2_.short).upper(), g)), rb=f"{g.d(6)}-{g.d(1)}")
    return doc


JU = [ju_recurso_jari, ju_suspensao_caps, ju_cetran_ata, ju_jec_cfc, ju_trab_instrutor, ju_procuracao, ju_bo_acidente]


# --------------------------------------------------------------------------- saude


def sa_exame_medico(g: Gen) -> Doc:
    """The report of the medical fitness exam (exame de aptidão física e mental) by an accredited traffic physician."""
    doc = Doc()
    cn, craz, cdom = clinic(g)
    uf = g.pick(UFS)
    c = g.person()
    md = g.person()
    res = g.pick(RESTRICTIONS)
    icd = g.pick(TRAFFIC_ICD[:3] + TRAFFIC_ICD[5:7])
    doc.f("«c» — CNPJ «cn» — credenciada «d» nº «k»\nLAUDO DO EXAME DE APTIDÃO FÍSICA E MENTAL\n\n", c=cn.upper(), cn=(g.any_cnpj(), "BR_CNPJ"), d=detran(uf),
          k=g.d(4))
    fields = [("Candidato(a)", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Nascimento", (g.dob("br", 1945, 2007), "DATE_OF_BIRTH")), ("RENACH", V(renach(g, uf))), ("Finalidade", V(g.pick(SERVICES))),
              ("Categoria", V(g.pick(["B", "AB", "D", "AE", "C"])))]
    if g.chance(0.8):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(c), "EMAIL_ADDRESS")))
    fields += [("Acuidade visual", V(f"OD 20/{g.pick([20, 25, 30, 40])}  OE 20/{g.pick([20, 25, 30, 40, 200])} {g.pick(['sem correção', 'com correção'])}")),
               ("Campo visual", V(g.pick(["normal", "normal", "reduzido em OE"]))), ("Visão cromática", V("normal")),
               ("PA", V(f"{g.ri(11, 16)}x{g.ri(7, 10)} mmHg")), ("Audição (voz)", V(g.pick(["normal", "normal", "reduzida à direita"])))]
    kv_block(g, doc, fields, "box")
    apto = g.pick(["APTO", "APTO COM RESTRIÇÕES", "APTO COM RESTRIÇÕES", "INAPTO TEMPORÁRIO"])
    doc.f("\nRESULTADO: «r»", r=apto)
    if apto == "APTO COM RESTRIÇÕES":
        doc.f(" — «a»: «b»", a=res[0], b=res[1])
    elif apto == "INAPTO TEMPORÁRIO":
        doc.f(" — reavaliar em «n» dias após «x»", n=g.pick([30, 60, 90]), x=g.pick(["correção óptica", "controle glicêmico", "laudo do especialista"]))
    doc.f("\nCID informado: «i» («d»). Validade do exame: «v» anos.\n\n", i=icd[0], d=icd[1], v=g.pick([10, 5, 3, 2]))
    doc.f("«c», «d».\n\n«n»\nMédic«o» perit«o» examinador«a» — «crm» — «rqe» (Medicina de Tráfego)\n", c=g.city()[0], d=g.date("br"), n=P(md.full),
          o=md.o, a="a" if md.female else "", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=rqe(g))
    if g.chance(0.4):
        oft = g.person()
        doc.f("Anexo: relatório oftalmológico de «n» («crm»).\n", n=P(oft.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_avaliacao_psicologica(g: Gen) -> Doc:
    """The psychological assessment report (avaliação psicológica) by an accredited psychologist, and the candidate's request for feedback."""
    doc = Doc()
    cn, craz, cdom = clinic(g)
    uf = g.pick(UFS)
    c = g.person()
    ps = g.person(female=g.chance(0.8))
    doc.f("«c»\nLAUDO DE AVALIAÇÃO PSICOLÓGICA PARA CONDUTORES (Resolução Contran nº 927/2022)\n\n", c=cn)
    doc.f("Nome: «n»\nCPF: «c»    Nascimento: «d»\nRENACH: «r»    Escolaridade: «e»\nFinalidade: «f»\nEndereço: «a» — CEP «p»\n\nINSTRUMENTOS\n",
          n=P(g.pick([c.full, c.caps])), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"),
          c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "dot"]), 1950, 2007), "DATE_OF_BIRTH"), r=renach(g, uf),
          e=g.pick(["ensino médio completo", "fundamental incompleto", "superior completo", "superior incompleto"]), f=g.pick(SERVICES))
    for t in g.sample(PSY_TESTS, g.ri(3, 5)):
        doc.f("- «t»: «r»\n", t=t, r=g.pick(["médio", "médio superior", "inferior", "superior", "adequado", "dentro do esperado"]))
    res = g.pick(["APTO", "APTO", "INAPTO TEMPORÁRIO", "APTO"])
    doc.f("\nCONCLUSÃO: «r»«x».\n\n«n»\nPsicólog«o» perit«o» examinador«a» de trânsito — «crp»\n", r=res,
          x=" — nova avaliação após 30 dias, com direito a entrevista devolutiva" if res != "APTO" else "",
          n=P(ps.full), o=ps.o, a="a" if ps.female else "", crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    em = g.email(c)
    doc.f("\n---\nDe: «e»\nPara: «m»\nAssunto: entrevista devolutiva\n\nBoa tarde, sou «n» e fiz a avaliação em «d» com a «p». Gostaria de agendar a devolutiva "
          "e pedir cópia do laudo. Meu telefone é «t».\n", e=(em, "EMAIL_ADDRESS"), m=role_mail(g, cdom, "psicologia"), n=P(g.pick([c.full, c.short])),
          d=g.date("br"), p=P(g.pick([ps.first, ps.short])), t=(g.phone(), "PHONE_NUMBER"))
    if res != "APTO" and g.chance(0.6):
        p2 = g.person(True)
        doc.f("Recurso à junta psicológica do «d»: avaliação por «n», «crp».\n", d=detran(uf), n=P(p2.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_pcd_laudo(g: Gen) -> Doc:
    """A special medical board's report for a disabled candidate (PCD): adaptations, restrictions, tax exemptions."""
    doc = Doc()
    uf = g.pick(UFS)
    c = g.person()
    icd, dsc, adap = g.pick(PCD_ICD)
    doc.f("«d» — JUNTA MÉDICA ESPECIAL\nLAUDO PARA CONDUTOR COM DEFICIÊNCIA — PROCESSO «p»\n\nRequerente: ", d=detran(uf), p=pa_no(g))
    qualify(g, doc, c, rg=g.chance(0.5), phone=True, dob=True)
    doc.f(", CNS «s».\n\n", s=(g.cns(), "BR_CNS"))
    doc.f("Diagnóstico: «d» (CID «i»), conforme relatório de «m», «crm».\nAdaptações veiculares obrigatórias: «a».\nRestrições na CNH: «r».\n",
          d=dsc, i=icd, m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), a=adap,
          r=g.pick(["D, F e X", "D e X", "D, F, G e X", "B (câmbio automático) e X"]))
    if g.chance(0.5):
        f = g.person(female=g.chance(0.7))
        doc.f("Avaliação funcional: «n», fisioterapeuta, «c».\n", n=P(f.full), c=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("Parecer: APTO COM RESTRIÇÕES. O laudo instrui pedido de isenção de IPI (Lei 8.989/1995) e de ICMS, e a prioridade prevista na Lei 13.146/2015.\n\n")
    if g.chance(0.5):
        r = g.relative(c)
        doc.f("Condutor autorizado (até 3): «n», CPF «c», CNH «h».\n\n", n=P(r.full), c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"))
    doc.t("JUNTA:\n")
    for _ in range(g.ri(2, 3)):
        m = g.person()
        doc.f("«t»«n» — «c»\n", t=g.pick(["", dra(m) + " "]), n=P(m.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_email_junta(g: Gen) -> Doc:
    """An e-mail thread between the accredited clinic's physician and the DETRAN medical board about an unfit result."""
    doc = Doc()
    cn, craz, cdom = clinic(g)
    uf = g.pick(UFS)
    c = g.person()
    m1 = g.person()
    m2 = g.person()
    icd, dsc = g.pick(TRAFFIC_ICD[2:])
    t = g.moments(2, g.day(), 4, (8, 19))
    e1 = corp_mail(m1, cdom, g)
    e2 = corp_mail(m2, dmail(uf), g)
    doc.f("De: «n» <«e»>\nPara: «m»\nCc: «e1»\nData: «d»\nAssunto: RE: Recurso INAPTO — «c»\n\n", n=P(m2.full), e=(e2, "EMAIL_ADDRESS"),
          m=role_mail(g, dmail(uf), "juntamedica"), e1=(e1, "EMAIL_ADDRESS"), d=mail_date(t[1]), c=P(c.caps))
    doc.f("Prezad«o» «d» «n»,\n\nA junta analisou o recurso. Com o relatório do especialista («s», «crm») comprovando «x», o candidato pode ser considerado "
          "APTO COM RESTRIÇÕES, validade de «v» ano(s). Solicito que a clínica reagende o exame e informe no sistema.\n\n«n2»\n«crm2»\nJunta Médica — «dt»\n\n",
          o=m1.o, d=dra(m1), n=P(m1.last if g.chance(0.5) else m1.short), s=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          x=g.pick(["controle da doença há mais de 12 meses", "ausência de crises há 2 anos", "campo visual compensado", "adesão ao CPAP"]),
          v=g.pick([1, 2, 3]), n2=P(m2.full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"), dt=detran(uf))
    doc.f("> Em «d», «n» <«e»> escreveu:\n> Encaminho recurso d«o» candidat«o» «c», CPF «cpf», nascid«o» em «dob», RENACH «r»,\n> "
          "considerado INAPTO por «x» (CID «i»). Telefone do candidato: «t». CNH atual: «h».\n> «s»\n", d=mail_date(t[0]), n=P(m1.full), e=(e1, "EMAIL_ADDRESS"),
          o=c.o, c=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"), r=renach(g, uf), x=dsc, i=icd,
          t=(g.phone(), "PHONE_NUMBER"), h=(g.cnh(), "BR_CNH") if g.chance(0.6) else V(f"*******{g.d(4)}"), s=g.pick(["Att.", "Grato.", "Cordialmente."]))
    return doc


def sa_agenda_csv(g: Gen) -> Doc:
    """A traffic-medicine clinic's daily agenda as semicolon CSV (doctor and psychologist registered in the header)."""
    doc = Doc()
    cn, craz, cdom = clinic(g)
    uf = g.pick(UFS)
    md = g.person()
    ps = g.person(female=g.chance(0.8))
    doc.f("# «c» — agenda «d»\n# médico: «m» «crm» | psicólog«o»: «p» «crp»\n", c=cn, d=g.date("br"), m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          o=ps.o, p=P(ps.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    split = g.chance(0.4)
    cols = ["hora"] + (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "nascimento", "renach", "finalidade", "sala", "res_medico",
                                                                            "res_psico", "telefone"]
    rows = []
    h = g.ri(7, 8) * 60
    for _ in range(g.ri(5, 7)):
        c = g.person()
        h += g.pick([20, 30, 40])
        nm_ = [P(c.given), P(" ".join(c.surnames))] if split else [P(g.pick([c.full, c.caps]))]
        fin = g.pick(["1a hab", "renovação", "adição", "mudança", "reabilitação", "EAR"])
        rows.append([V(f"{h // 60:02d}:{h % 60:02d}")] + nm_ + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1950, 2007), "DATE_OF_BIRTH"),
                     V(renach(g, uf)), V(fin), V(g.pick(["1", "2", "psi"])), V(g.pick(["apto", "apto", "apto c/ restr. A", "inapto temp.", ""])),
                     V(g.pick(["apto", "apto", "inapto temp.", ""])) if fin != "renovação" else V(""),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.6) else V("")])
    table_csv(doc, cols, rows, ";")
    doc.f("\n# recepção: «r». faltosos: ligar amanhã. «w»\n", r=P(g.person(True).first), w=word_neg(g) if g.chance(0.4) else "")
    return doc


def sa_zap_clinica(g: Gen) -> Doc:
    """WhatsApp chat between a candidate and a traffic clinic (lower case): lenses, the ophthalmologist's report, rescheduling."""
    doc = Doc()
    cn, craz, cdom = clinic(g)
    uf = g.pick(UFS)
    c = g.person()
    rc = g.person(True)
    oft = g.person()
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 30, g.moments(1, g.day(), 1, (8, 20))[0], 30, 900))
    doc.f("Conversa do WhatsApp com «f»\n\n", f=cn)
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(lower(g.pick([c.first, c.nick, c.short])))
    sh = V(cn)
    cl(doc, st(next(tt)), me, g.pick(["bom dia preciso remarcar meu exame médico da renovação", "oi, fiquei inapto na vista, o que eu faço?",
                                       "boa tarde, dá pra fazer o psicotécnico e o médico no mesmo dia?"]))
    cl(doc, st(next(tt)), sh, "bom dia! aqui é a «r» 😊 me passa nome completo, cpf e data de nascimento", r=P(lower(rc.first)))
    cl(doc, st(next(tt)), me, "«n»\n«c»\n«d»", n=P(lower(c.full)), c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "short", "nopad"]), 1950, 2006), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), sh, "achei. no exame a acuidade deu 20/«a» sem lente. se usar óculos traz a receita, vai sair com restrição a (lente obrigatória)",
       a=g.pick([40, 50, 60, 70]))
    cl(doc, st(next(tt)), me, "fui na oftalmo, «n» «crm», ela passou lente, mando foto", n=P(lower(g.pick([oft.full, oft.short]))),
       crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    cl(doc, st(next(tt)), me, "<mídia oculta>")
    md = g.person()
    cl(doc, st(next(tt)), sh, "recebido! reagendei «d» às «h» com «t» «m». traz a cnh antiga", d=g.date("short"), h=g.hm(), t=lower(dra(md)), m=P(lower(md.short)))
    if g.chance(0.6):
        cl(doc, st(next(tt)), me, "o número da minha é «h» se precisar", h=(g.cnh(), "BR_CNH"))
    cl(doc, st(next(tt)), sh, "manda um e-mail pra eu enviar o laudo depois")
    cl(doc, st(next(tt)), me, "«e»", e=(g.email(c), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "ah e minha filha «n» vai junto fazer a primeira habilitação, ela nasceu «d»", n=P(lower(g.relative(c, True).first)),
           d=(g.dob("br", 2004, 2007), "DATE_OF_BIRTH"))
    cl(doc, st(next(tt)), sh, g.pick(["perfeito, até lá!", "combinado 👍", "ok! a taxa do detran é paga à parte, tá?"]))
    return doc


def sa_ficha_emergencia(g: Gen) -> Doc:
    """An emergency-room record after a learner's fall in a motorcycle class (CNS, birth date, the instructor as companion, CRM, COREN)."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    c = g.person()
    ins = g.person(female=g.chance(0.2))
    model, plate = fleet(g, 1, "A")[0]
    icd, dsc = g.pick(INJURY_ICD)
    doc.f("«h» — FICHA DE ATENDIMENTO DE EMERGÊNCIA Nº «n»\n", h=g.pick(["UPA 24h Vila Aurora", "Pronto-Socorro Municipal", "Hospital São Bento — PS",
                                                                         "Hospital Santa Luzia — Emergência"]), n=g.d(7))
    fields = [("Paciente", P(g.pick([c.full, c.caps]))), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Nascimento", (g.dob("br", 1960, 2007), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Acompanhante", P(g.pick([ins.full, ins.short]))), ("Tel. acompanhante", (g.phone(), "PHONE_NUMBER"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nHISTÓRIA: queda de motocicleta («m», placa «p», de «f») durante aula prática na pista, a baixa velocidade, com capacete. "
          "Instrutor«a» «i» acompanha.\nEXAME: consciente, Glasgow 15, «x».\nHD: «d» (CID «c»).\nCONDUTA: «k».\n\n",
          m=model, p=(plate, "LICENSE_PLATE"), f=raz, a="a" if ins.female else "", i=P(ins.first),
          x=g.pick(["dor e deformidade em punho", "edema em tornozelo", "escoriações em joelho e cotovelo", "dor em ombro"]), d=dsc, c=icd,
          k=g.pick(["imobilização e encaminhamento à ortopedia", "analgesia, RX, alta com orientações", "observação por 6 horas"]))
    md = g.person()
    doc.f("Médic«o»: «n» — «crm»\nEnfermagem: «e» — «coren»\n", o=md.o, n=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          e=P(g.person(female=g.chance(0.8)).short), coren=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Atestado de «n» dias. Comunicado ao CFC por «e».\n", n=g.ri(2, 15), e=role_mail(g, dom, "secretaria"))
    return doc


SA = [sa_exame_medico, sa_avaliacao_psicologica, sa_pcd_laudo, sa_email_junta, sa_agenda_csv, sa_zap_clinica, sa_ficha_emergencia]


# --------------------------------------------------------------------------- financeiro


def fi_guia_detran(g: Gen) -> Doc:
    """A DETRAN collection guide (DAE/DUDA) in capitals, the bank receipt, and the school's list of guides paid for students."""
    doc = Doc()
    uf = g.pick(UFS)
    c = g.person()
    fan, raz, dom = cfc(g)
    kind = "DUDA" if uf == "RJ" or g.chance(0.3) else "DAE"
    serv = g.pick(SERVICES)
    doc.f("GOVERNO DO ESTADO — «d»\n«k» — DOCUMENTO DE ARRECADAÇÃO Nº «n»\n\n", d=detran(uf), k=kind, n=g.neg(15) if kind == "DUDA" else g.neg(11))
    doc.f("CONTRIBUINTE: «n»    CPF: «c»\nSERVICO: «s»    RENACH: «r»\n", n=P(c.capsf), c=(g.cpf(), "BR_CPF"), s=fold(serv).upper(), r=renach(g, uf))
    if g.chance(0.3):
        doc.f("PLACA: «p»    RENAVAM: «rv»\n", p=(g.plate(), "LICENSE_PLATE"), rv=renavam(g))
    t1, t2 = g.ri(80, 260) + 0.0, g.ri(40, 180) + 0.0
    doc.f("COMPOSICAO: TAXA DE EXAME «a» R$ «x» + EMISSAO DE DOCUMENTO R$ «y»\nVENCIMENTO: «v»    VALOR TOTAL: R$ «t»\nLINHA DIGITAVEL: «l»\n\n",
          a=g.pick(["PRATICO", "TEORICO", "MEDICO", "DE RETESTE"]), x=brl(t1), y=brl(t2), v=g.date("br"), t=brl(t1 + t2), l=barcode(g))
    p = g.pick([c, g.relative(c), g.person()])
    doc.f("COMPROVANTE DE PAGAMENTO — «b»\nPagador: «n»\nAgência: «ag»   Conta: «ac»\nValor pago: R$ «t»   Autenticação: «au»\n\n",
          b=g.pick(BANKS)[1], n=P(g.pick([p.full, p.caps])), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), t=brl(t1 + t2),
          au=g.hexs(16, True))
    doc.f("«f» — guias pagas pela secretaria em «d»\n", f=fan, d=g.date("br"))
    rows = []
    for _ in range(g.ri(3, 5)):
        s = g.person()
        rows.append([P(g.pick([s.full, s.caps])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V(""), V(g.neg(11) if kind == "DAE" else g.neg(15)),
                     V(brl(g.ri(80, 420) + 0.0)), V(g.pick(["pago", "pago", "a vencer", "reembolsar aluno"]))])
    table_ruled(doc, ["aluno", "cpf", "guia", "valor", "status"], rows, g.pick(["plus", "psql", "plain", "pipe"]))
    return doc


def fi_cnh_social(g: Gen) -> Doc:
    """The CNH Social programme: beneficiaries referred to a driving school (NIS, CPF, birth date) and the state's transfer to the school."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    uf = g.pick(UFS)
    doc.f("PROGRAMA CNH SOCIAL — «d»\nRELAÇÃO DE BENEFICIÁRIOS ENCAMINHADOS — «f» (CNPJ «c») — EDITAL «e»\n\n", d=detran(uf), f=fan,
          c=(g.any_cnpj(), "BR_CNPJ"), e=f"{g.ri(1, 9):02d}/{g.ri(2025, 2026)}")
    rows = []
    for _ in range(g.ri(4, 6)):
        b = g.person()
        rows.append([P(g.pick([b.full, b.caps])), (g.pis(), "BR_PIS"), (g.cpf(), "BR_CPF"), (g.dob("br", 1970, 2007), "DATE_OF_BIRTH"),
                     V(g.pick(["A", "B", "AB", "adição A", "mudança D"])), V(brl(g.ri(12, 30) * 100.0))])
    table_ruled(doc, ["beneficiário", "NIS", "CPF", "nascimento", "categoria", "valor ao CFC"], rows, g.pick(["plus", "psql", "plain"]))
    s = g.person()
    doc.f("\nSUPLENTE CONVOCADO(A): «n», NIS «p», telefone «t» (vaga de beneficiário que não compareceu).\n", n=P(s.full), p=(g.pis(), "BR_PIS"),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("O repasse da 1ª parcela será creditado na conta do CFC: «b», agência «ag», conta «ac».\nO aluno não paga taxa ao CFC; cobrança indevida deve ser "
          "denunciada pelo «m».\n\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          m=role_mail(g, dmail(uf), "cnhsocial"))
    gs = g.person()
    doc.f("«n»\nGestor«a» do Programa CNH Social — «e»\n", n=P(gs.full), a="a" if gs.female else "", e=(corp_mail(gs, dmail(uf), g), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """An acquirer's chargeback notice (full card, holder) and the driving school's reply with the class and e-learning access logs."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    acq = g.pick(ACQUIRERS)
    h = g.person()
    s = g.pick([h, g.relative(h)])
    fm = g.person()
    v = g.ri(12, 45) * 100.0
    doc.f("«a» — AVISO DE CONTESTAÇÃO (CHARGEBACK)\nEstabelecimento: «r» — CNPJ «c» — EC «ec»\n\n", a=acq.upper(), r=raz, c=(g.any_cnpj(), "BR_CNPJ"),
          ec=g.d(10))
    doc.f("Cartão: «k»\nPortador: «n»\nTransação: «d» — R$ «v» em «p»x — NSU «nsu» — autorização «au»\nMotivo: «m»\nPrazo para defesa: 10 dias.\n\n",
          k=(g.card(g.chance(0.6)), "CREDIT_CARD"), n=P(g.pick([h.caps, h.full])), d=g.date("br"), v=brl(v), p=g.pick([1, 6, 10, 12]), nsu=nsu(g),
          au=g.up(1) + g.d(5), m=g.pick(["4853 — serviço não prestado", "13.1 — mercadoria/serviço não recebido", "4837 — transação não reconhecida",
                                           "10.4 — fraude em ambiente sem cartão presente"]))
    doc.f("De: «n» <«e»>\nPara: «r»\nAssunto: Defesa — contestação NSU «nsu»\n\nPrezados, o serviço foi prestado a«o» alun«o» «s», CPF «c», matrícula «mt». "
          "Telefone do aluno no cadastro: «t». Seguem os registros de aula (biometria no veículo) e de acesso ao curso teórico EAD:\n\n", t=(g.phone(), "PHONE_NUMBER"),
          n=P(fm.full), e=(corp_mail(fm, dom, g), "EMAIL_ADDRESS"), r=role_mail(g, acq.lower().replace(" ", "") + ".com.br", "chargeback"), nsu=nsu(g),
          o=s.o, s=P(s.full), c=(g.cpf(), "BR_CPF"), mt=f"{g.ri(2024, 2026)}/{g.d(4)}")
    rows = []
    ins = [g.person(female=g.chance(0.25)) for _ in range(2)]
    cars = fleet(g, 2)
    for _ in range(g.ri(3, 5)):
        i = g.pick(ins)
        rows.append([V(ts(g.moments(1)[0], "br")), P(g.pick([i.short, i.first])), (g.pick(cars)[1], "LICENSE_PLATE"), V(g.pick(["biometria ok", "biometria ok", "foto ok"]))])
    table_ruled(doc, ["aula", "instrutor", "placa", "registro"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\nAcessos EAD (módulo teórico):\n")
    for _ in range(g.ri(2, 4)):
        doc.f("  «t»  IP «ip»  «m»\n", t=ts(g.moments(1)[0], "sql"), ip=(g.ip(), "IP_ADDRESS"), m=g.pick(["legislação de trânsito", "direção defensiva",
                                                                                                       "primeiros socorros", "mecânica básica", "prova simulada"]))
    doc.f("\nAtenciosamente,\n«n»\nFinanceiro — «f»\n", n=P(fm.short), f=fan)
    return doc


def fi_folha_instrutores(g: Gen) -> Doc:
    """The monthly payment of instructors per class (Markdown), with the accountant's note."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    doc.f("## «f» — pagamento de instrutores — competência «m»\n\n", f=fan, m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    doc.t("| instrutor | CPF | PIS | aulas | R$/aula | total | banco | agência | conta / chave Pix |\n|---|---|---|---|---|---|---|---|---|\n")
    for _ in range(g.ri(3, 6)):
        p = g.person(female=g.chance(0.3))
        n = g.ri(40, 220)
        va = g.ri(18, 40) + 0.0
        doc.t("| ")
        doc.e(g.pick([p.full, p.short]), "PERSON")
        doc.t(" | ")
        doc.e(g.cpf(), "BR_CPF")
        doc.t(" | ")
        doc.e(g.pis(), "BR_PIS")
        doc.f(" | «n» | «v» | «t» | «b» | ", n=n, v=brl(va), t=brl(n * va), b=g.pick(BANKS)[1])
        if g.chance(0.6):
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(" | ")
            doc.e(g.account(), "BANK_ACCOUNT")
        else:
            doc.t("— | ")
            doc.e(*pix_key(g, p)[1])
        doc.t(" |\n")
    ct = g.person()
    doc.f("\nObs.: adiantamento de R$ «v» descontado de «n»; aulas de simulador pagas à parte. Conferido por «c» («crc»).\n",
          v=brl(g.ri(100, 600) + 0.0), n=P(g.person().first), c=P(ct.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_jsonl_pagamentos(g: Gen) -> Doc:
    """A fintech's JSON lines of DETRAN debts paid in instalments (fines, licensing): customer, vehicle plate, card, IP."""
    doc = Doc()
    fn, fdom = g.pick(FINTECHS)
    t = g.moments(6)
    for k in range(g.ri(3, 5)):
        c = g.person()
        debts = []
        for _ in range(g.ri(1, 3)):
            tp = g.pick(["multa", "multa", "licenciamento", "IPVA"])
            debts.append({"tipo": tp, ("ait" if tp == "multa" else "exercicio"): ait(g) if tp == "multa" else g.pick([2025, 2026]),
                          "valor": round(g.ri(88, 2934) + g.pick([0.0, 0.16, 0.5]), 2)})
        ev = {"ts": ts(t[k], "iso"), "event": g.pick(["payment.approved", "payment.declined", "installment.created", "payment.refunded"]),
              "customer": {"name": P(g.pick([c.full, c.caps])), "email": (g.email(c), "EMAIL_ADDRESS"), "phone": (g.phone("e164"), "PHONE_NUMBER"),
                           "document": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")},
              "vehicle": {"plate": (g.plate(g.chance(0.3)), "LICENSE_PLATE"), "renavam": renavam(g), "uf": g.pick(UFS)},
              "debts": debts, "card": g.masked_card(), "installments": g.pick([1, 3, 6, 12]), "ip": (g.ip(), "IP_ADDRESS"), "id": f"pay_{g.hexs(14)}"}
        if g.chance(0.3):
            ev["billing"] = {"street": (g.address(), "ADDRESS"), "zip": (g.cep(g.chance(0.5)), "BR_CEP")}
        jval(doc, ev, None)
        doc.t("\n")
    an = g.person()
    doc.f("\n-- «n»: «k» recusas seguidas do mesmo cartão; webhook do «f» para «ip» respondeu 502.\n", n=P(an.first), k=g.ri(2, 5), f=fn, ip=g.ip_priv())
    return doc


def fi_cobranca_curso(g: Gen) -> Doc:
    """A collection notice for a financed driving course (debtor qualified, guarantor, instalments, random Pix key) and its e-signature log."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    fn, fdom = g.pick(FINTECHS)
    c = g.person()
    rep = g.person()
    cm = g.email(c)
    doc.f("«f» — financiamento do curso de formação de condutores\nNOTIFICAÇÃO DE DÉBITO E PROPOSTA DE ACORDO — contrato «k»\n\nA ", f=fn,
          k=f"CCB-{g.d(6)}")
    qualify(g, doc, c, email=cm, phone=True, titulo=g.chance(0.25))
    n = g.pick([3, 4, 6, 10])
    tot = g.ri(8, 40) * 100.0
    doc.f(".\n\nO curso contratado com a «r» (CNPJ «cn») foi financiado em «p» parcelas; constam em aberto R$ «t». Proposta: «n» parcelas de R$ «v», "
          "por boleto ou Pix na chave aleatória «pk».\n\n", r=fan, cn=(g.any_cnpj(), "BR_CNPJ"), p=g.pick([10, 12, 18]), t=brl(tot), n=n, v=brl(tot / n),
          pk=(g.uuid(), "PIX_KEY"))
    if g.chance(0.45):
        av = g.relative(c)
        doc.f("Avalista: «n», CPF «c».\n\n", n=P(av.full), c=(g.cpf(), "BR_CPF"))
    due, day = g.ri(1, 5), g.ri(5, 25)
    rows = [[V(f"{k + 1}/{n}"), V(fmt_date(day, (due + k - 1) % 12 + 1, 2026 + (due + k - 1) // 12, "br")), V(brl(tot / n))] for k in range(n)]
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain"]))
    doc.f("\nLinha digitável da 1ª parcela: «l»\nResponsável: «n», «e».\n", l=barcode(g), n=P(rep.full), e=(corp_mail(rep, fdom, g), "EMAIL_ADDRESS"))
    esign_log(g, doc, [(rep, corp_mail(rep, fdom)), (c, cm)], g.moments(1)[0])
    return doc


def fi_zap_caixa(g: Gen) -> Doc:
    """The driving school's cash-closing WhatsApp chat ('Você' is the owner): card of a third party, refunds, fuel for a car, DETRAN guides."""
    doc = Doc()
    fan, raz, dom = cfc(g)
    sc = g.person(True)
    st = chat_stamp(g.chance(0.4))
    tt = iter(seq_times(g, 20, g.moments(1, g.day(), 1, (17, 23))[0], 60, 1200))
    doc.f("Conversa do WhatsApp com Secretaria «f»\n\n", f=fan)
    o = V("Você")
    r = P(g.pick([sc.first, sc.nick])) if g.chance(0.4) else (g.phone("wa"), "PHONE_NUMBER")
    cl(doc, st(next(tt)), r, "fechamento: dinheiro R$ «a», cartão R$ «b», pix R$ «c»", a=brl(g.ri(100, 900) + 0.0), b=brl(g.ri(900, 6000) + 0.0),
       c=brl(g.ri(300, 3000) + 0.0))
    s = g.person()
    cl(doc, st(next(tt)), r, "a aluna «n» pagou a matrícula com cartão da tia, titular «t», quer nota no CPF «c»", n=P(s.full), t=P(g.person(True).full),
       c=(g.cpf(), "BR_CPF"))
    cl(doc, st(next(tt)), o, "pode emitir. e o estorno do «n» que desistiu? manda pra ag «ag» cc «ac»", n=P(g.person(False).first),
       ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), r, "um aluno mandou o cartão inteiro no direct pra pagar a 2ª parcela: «k», apaguei a mensagem dele", k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    (m1, p1), = fleet(g, 1)
    i = g.person(female=g.chance(0.2))
    cl(doc, st(next(tt)), r, "o «i» abasteceu o «m» («p») e pediu reembolso de R$ «v»", i=P(g.pick([i.first, i.nick])), m=m1, p=(p1, "LICENSE_PLATE"),
       v=brl(g.ri(80, 300) + 0.0))
    dn, ddom = g.pick(DESPACHANTES)
    d = g.person()
    cl(doc, st(next(tt)), o, "paga o despachante («d», «n») pelo pix, chave é o cpf «x» «c»", d=dn, n=P(d.first), x="dela" if d.female else "dele",
       c=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        s2 = g.person()
        cl(doc, st(next(tt)), r, "faltam as guias do reteste d«o» «n» e do «m», vencem «d»", o=s2.o, n=P(g.pick([s2.first, s2.short])), m=P(g.person(False).first),
           d=g.date("short"))
    cl(doc, st(next(tt)), o, g.pick(["ok, amanhã vejo", "👍", "fecha e vai pra casa", lower(word_neg(g))]))
    return doc


FI = [fi_guia_detran, fi_cnh_social, fi_chargeback, fi_folha_instrutores, fi_jsonl_pagamentos, fi_cobranca_curso, fi_zap_caixa]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT 100.64/10, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: str(NUM_WORDS.index(m.group(0))) if m.group(0) in NUM_WORDS else m.group(0), v))
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|téc)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRBM|CRF|CRO|CREFITO|CRDD)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 11-digit runs (dots and dashes allowed) outside the spans pass no PIS/NIS or CNH check either
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    # 12-digit runs outside the spans are never a valid título de eleitor
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # role mailboxes are never labelled, and a person's e-mail is never left out
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
    print("hundredsixteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
