"""Build the eighty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 8585,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: driving schools (CFCs) and the state traffic department
(DETRAN) — licence (CNH) applications and renewals, the medical and psychological fitness exams
of drivers in clinics accredited by the DETRAN, theory and practical test schedules, instructors'
rosters and their cars, traffic fines and appeals to the JARI, suspension of the right to drive,
vehicle transfer and licensing paperwork by dispatchers (despachantes), fees and instalment plans.
- atendimento: a driving school's enrolment form (first licence / category change, parents'
  names, optional voter card), a WhatsApp chat of a school (bot greeting, then an attendant or
  the school's business name as sender; the student sometimes shown as a bare phone number)
  scheduling lessons and the practical test, a citizen's e-mail to the DETRAN about a renewal and
  change of address with the attendant's reply above it, the weekly instructors' roster (ruled
  table, instructors' CPF/CNH and cars, lesson slots with pick-up addresses), a CSV extract of the
  DETRAN exam schedule sent to the school (candidates, cars, examiners), an OCR-ish scan of a
  licence service request (duplicate, renewal, international permit), a support ticket of the
  DETRAN online portal quoting login/biometrics log lines (CPF, IP, e-mail).
- juridico: a lawyer's appeal to the JARI against a fine, a defence in a licence suspension
  proceeding with the table of fines in the record, the form identifying the driver of a company
  car, a writ of mandamus against the DETRAN (licensing blocked by a cloned plate), a power of
  attorney to a despachante for a transfer, a despachante's e-mail summarising a sale
  communication (ATPV-e), the minutes of a JARI session (ruled or fixed-width table of appeals).
- saude: the report of the physical and mental fitness exam (traffic physician, optional SUS card),
  the result of the psychological assessment (psychologist, review board), an accredited
  clinic's day schedule printed fixed-width without rulers, an e-mail appeal to the DETRAN's
  special medical board (epilepsy, diabetes, apnoea, glaucoma) with the board's reply, a special
  report for a disabled driver (adaptations, physiotherapist), a lab's CSV of long-window
  toxicological tests (categories C/D/E) with the reviewing physician, an OCR-ish scan of the
  renewal exam of an elderly driver with a companion.
- financeiro: a DETRAN vehicle-debts statement forwarded by a despachante with his payment data,
  an instalment plan of fines on a credit card with the gateway's DEBUG log (full PAN), a
  school's receivables CSV (nome/sobrenome columns, Pix keys or cards for refunds), the monthly
  payment of instructors (ruled table with PIS, bank data, Pix keys; a new hire's data), a
  despachante's quote/receipt for a transfer, a request for refund of a fee paid twice (bank
  account, holder), a finance e-mail about card chargebacks quoting the acquirer's file.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sr(a).", "Dra.",
"dona", "seu"; particles inside a name are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are
one span; nicknames, first names alone and first name + initial ("Rosinete S.") are persons, and
so are the names shown as chat senders; nome/sobrenome columns are one span each. Staff named in
the text (attendants, instructors, examiners, coordinators, despachantes, lawyers, JARI members,
physicians, psychologists, physiotherapists, clerks, analysts) are persons; logins and system
users (op_974, svc_cnhdigital, recepcao01) and bots ("Lia (assistente virtual)", "CFCBot") are
not, nor is a school's business name shown as chat sender. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (atendimento@detran..., juntamedica@, documentos@, cfc.mg@) are not
labelled. ADDRESS is street type + name + number + complement (not bairro, city, state or CEP;
CEP is BR_CEP); a company's address is not labelled. Agency and account are separate
BANK_ACCOUNT spans; bank names and codes are not. DATE_OF_BIRTH only for birth dates; dates of
exams, fines, sales, sessions and payments are not. PROFESSIONAL_ID includes the council acronym
and UF or region (CRM/SP 123456, OAB-MG 12.345, CRP 06/12345, CREFITO-3/123456-F). PIX_KEY only
for random (UUID) keys used as Pix keys; session ids and Pix end-to-end ids are not. Masked card
numbers are not labelled; a full PAN is CREDIT_CARD. Plates of cars, motorcycles and school cars
are LICENSE_PLATE. The OCR-ish scans keep letter confusions in names and addresses and
digit/letter confusions in identifiers, labelled as they stand (their check digits hold once the
confusion is undone).
Decided here: the registration of a despachante documentalista at his council ("CRDD/SP 1234",
"CRDD-RS 3545") is a PROFESSIONAL_ID (the council acronym and UF, like CRM or OAB). RENACH
numbers (UF + 9 digits), RENAVAM (11 digits, always failing the CPF check), chassis numbers
(VIN), autos de infração, instructor credential numbers, JARI appeal numbers, process, portaria
and SEI numbers, sample codes of the toxicological lab, guide and boleto numbers and the
arrecadação barcode line are ids of vehicles or procedures and are not labelled. A city or an
exam ground named after a street or a person ("pista da Barão de Mauá", "sala de sessões, sito
à Rua Barão de Mauá", "Av. Tiradentes — bloco B", "Rodovia Presidente Dutra, km 210", "Rua Bento
Gonçalves esquina com a Tiradentes") carries no house number and is not ADDRESS, nor a person.
The infraction site of a fine is such a place. The candidate's own licence number (registro,
11 digits) is BR_CNH wherever it appears.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Wandicleia, Dhiully, Kethelyn, Luandson, Dheyson, Raylson; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, indigenous, Jewish,
Venezuelan, Polish), at least a quarter of the name words rare or invented; names that are also
words (Rosa, Flor, Luz, Aurora, Vitória, Esperança, Glória, Bento, Prudente, Amado, Branco, Justo,
Severo) next to the same words as words ("seria prudente chegar 30 minutos antes", "o carro é
branco", "a luz do painel acendeu", "conta de luz", "foi uma vitória passar na baliza") and in
places, schools, clinics and companies (Presidente Prudente, Bento Gonçalves, Vitória/ES, Rio
Branco, CFC Aurora, Autoescola Prudente, CFC Rosa dos Ventos, Clínica de Trânsito Vitória,
MedTrânsito Flor de Lis, Despachante Amado, Ciretran Aurora, Rua Rosa dos Ventos), which are not
persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", "SURNAME, Given",
first name alone, nicknames, first name + initial, split into nome/sobrenome columns.

Hard negatives (never labelled): CNJ process numbers, 11-digit RENAVAM, protocol and barcode
blocks that fail the CPF check (the script asserts that every unlabelled 11-digit number, bare or
dotted, fails it), RENACH numbers, chassis numbers, autos de infração and infraction codes
(745-50, 516-91), points, ICD-10 codes (H52.1, G40.9, E11.9, T90.5), money, fees and fines,
protocol, ticket, NSU, matrícula and boleto numbers, masked cards, session UUIDs and request
hashes, laws and norms (Lei 9.503/1997, Lei 14.071/2020, Resolução CONTRAN 918/2022, Resolução
CFP 01/2019, Lei 13.709/2018, Lei 8.989/1995, art. 165 do CTB, Súmula 127 do STJ), dates that are
not birth dates, company names containing a surname (Autoescola Saad, Auto Escola Bento Catunda
Ltda, Despachante Torquato, Lustosa Despachos, Laboratório Chaib, Clínica Nakamura Medicina do
Tráfego, Distribuidora Bessa Ltda, Escritório Contábil Bessa, Cartório Bessa — 1º Ofício).
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
SEED = 8585

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


def renavam_dv(ten: str) -> str:
    """RENAVAM (vehicle register) check digit: a vehicle id, never labelled here."""
    r = sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) * 10 % 11
    return "0" if r == 10 else str(r)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Camila", "Larissa", "Gabriela", "Tatiane", "Cristiane",
        "Luciana", "Simone", "Priscila", "Aline", "Beatriz", "Isabela", "Manuela", "Heloísa", "Lorena", "Mariana",
        "Roberta", "Sandra", "Cláudia", "Rosângela", "Maria José", "Ana Paula", "Maria Eduarda", "Elaine",
        "Natália", "Francisca", "Antônia", "Raquel", "Joana"]
RARE_F = ["Wandicleia", "Josenilda", "Edileusa", "Maricélia", "Rosinete", "Gleiciane", "Kethelyn", "Ariadny",
          "Dhiully", "Ivaneide", "Cleonice", "Zilmar", "Lucineide", "Jucileide", "Nauriane", "Welma", "Genilda",
          "Evanilde", "Leidjane", "Anyelle", "Thamyres", "Edinalva", "Jucilene", "Dalvanira", "Ozana", "Cremilda",
          "Benedita Ilza", "Nilzete", "Raissa Thayná", "Eudóxia", "Gessyca", "Francisca Eurides", "Marizete",
          "Yasmyn", "Kaylane", "Deolinda", "Auricélia", "Sebastiana"]
PT_M = ["Rodrigo", "Eduardo", "Ricardo", "Fábio", "Gustavo", "Thiago", "Bruno", "Diego", "Rafael", "Vinícius",
        "Matheus", "Lucas", "Gabriel", "Antônio", "José Carlos", "João Pedro", "Francisco", "Raimundo", "Sebastião",
        "Roberto", "Adriano", "Márcio", "Anderson", "Leandro", "Fabrício", "Heitor", "Miguel", "Arthur", "Benedito",
        "Geraldo", "José Roberto", "Luís Fernando"]
RARE_M = ["Josenildo", "Edivaldo", "Valdomiro", "Gilmário", "Deusdete", "Adenilson", "Rivaldo", "Cleomar",
          "Wanderlei", "Erivelton", "Jucelino", "Orlandino", "Ubiratan", "Creomar", "Zenóbio", "Janderson",
          "Maicon Douglas", "Kauê Ryan", "Dheyson", "Ytalo", "Jhonatan", "Luandson", "Gercino", "Olímpio",
          "Tertuliano", "Sátiro", "Nicanor", "Epitácio", "Aristeu", "Belarmino", "Ezequias", "Valdenor",
          "Reginaldo Wesley", "Arquimedes", "Jeová", "Raylson", "Adailton", "Genésio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Ribeiro", "Gonçalves", "Rocha",
          "Dias", "Moreira", "Monteiro", "Cunha", "Batista", "Fernandes", "Moraes", "Barros", "Rezende", "Sampaio",
          "Medeiros", "Tavares", "Sales", "Brito", "Miranda", "Aguiar", "Macedo", "Farias", "Siqueira", "Coelho",
          "Pereira", "Carvalho", "Melo", "Conceição"]
RARE_SUR = ["Catunda", "Mororó", "Uchôa", "Jatobá", "Sucupira", "Paraguassu", "Canindé", "Lustosa", "Torquato",
            "Ximenes", "Tabosa", "Quaresma", "Boaventura", "Benevides", "Bessa", "Aragão", "Gurgel", "Valadares",
            "Brasileiro", "Cajazeira", "Frota", "Pordeus", "Arruda Câmara", "Peregrino", "Sertório", "Vasconcelos Dourado",
            "Bandeira de Melo", "Jucá", "Paiva Cortez", "Guabiraba", "Mamede", "Carapeba", "Sobreira", "Tenório", "Limaverde",
            "Feitosa", "Cirne", "Vilarim"]
WORD_F = ["Rosa", "Flor", "Luz", "Aurora", "Vitória", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Severo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Leão", "Pedreira", "Carneiro",
            "Raposo", "Lobo", "Videira", "Pinheiro", "Aurora"]
NICK = {"Francisco": "Chico", "José Carlos": "Zeca", "Raimundo": "Mundico", "Sebastião": "Tião", "Antônio": "Toninho",
        "Benedito": "Dito", "Geraldo": "Gera", "João Pedro": "JP", "Maria José": "Zezé", "Ana Paula": "Paulinha",
        "Francisca": "Chica", "Antônia": "Toinha", "Deusdete": "Dete", "Tertuliano": "Tuta", "Belarmino": "Bel",
        "Wanderlei": "Vando", "Sebastiana": "Tiana", "Marizete": "Zete", "Jhonatan": "Jhon", "Ubiratan": "Bira",
        "Rodrigo": "Digão", "Eduardo": "Dudu", "Luís Fernando": "Nando", "Heloísa": "Helô"}
FOREIGN = {
    "it": (["Giuliana", "Loredana", "Antonella"], ["Giancarlo", "Massimo", "Primo"],
           ["Zanella", "Bortolini", "Dal Pozzo", "Tomasi", "Ceccon", "Pegoraro", "Lorenzetti"]),
    "de": (["Hildegard", "Ingrid", "Erna"], ["Egon", "Reinaldo", "Udo"],
           ["Schmitt", "Klein", "Wagner", "Stein", "Kuhn", "Hübner", "Reichert"]),
    "jp": (["Keiko", "Harumi", "Yuki"], ["Masao", "Tadashi", "Kazuo"],
           ["Nakamura", "Higa", "Miyagi", "Sato", "Fukuda", "Okamoto"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jorge Elias", "Habib", "Salim"],
           ["Saad", "Jafet", "Chaib", "Murad", "Hajjar", "Zogbi"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-soo"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Wang"]),
    "ht": (["Wideline", "Nadège", "Marie-Ange"], ["Jean-Robert", "Fritznel", "Wesner"],
           ["Pierre", "Jean-Baptiste", "Saint-Fleur", "Louissaint", "Charles"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Ibrahima", "Moustapha", "Abdoulaye"],
           ["Sarr", "Faye", "Mbaye", "Cissé", "Seck"]),
    "ao": (["Esperança Nzinga", "Isabel Kieza"], ["Manuel Kiambote", "Nzuzi"], ["Mbemba", "Kiluange", "Muondo", "Lukombo"]),
    "bo": (["Wara", "Nayeli", "Sonia"], ["Teófilo", "Evo", "Marcelino"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Kauã", "Raoni", "Ubirajara"], ["Terena", "Guajajara", "Pataxó", "Baniwa"]),
    "jw": (["Sarah", "Miriam", "Ester"], ["Moisés", "Jacó", "Elias"], ["Rozenblit", "Feldman", "Szajnbrum", "Lerner"]),
    "ve": (["Yoselin", "Mariángel"], ["Yorman", "Deivis"], ["Briceño", "Chirinos", "Urdaneta"]),
    "pl": (["Jadwiga", "Halina"], ["Czesław", "Zbigniew"], ["Kowalczyk", "Wiśniewski", "Dąbrowski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "ve", "pl", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Frota", "Rocha", "Aurora"}
DO_SUR = {"Amado", "Carmo"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "14", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81", "82",
        "84", "85", "86", "87", "89", "91", "92", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia", "Via"]
STREET_NAMES = ["Barão de Mauá", "Rosa dos Ventos", "Doutor Amado Catunda", "da Aurora", "Presidente Prudente",
                "Bento Gonçalves", "Flor de Maio", "Coronel Tertuliano Jatobá", "Professora Edileusa Torquato",
                "Sete de Setembro", "Marechal Deodoro", "Visconde de Taunay", "das Mangueiras", "Luz do Sol",
                "Padre Cícero", "Tiradentes", "Dom Aquino", "José Bonifácio", "Vereador Gilmário Sucupira",
                "dos Jangadeiros", "Senador Pompeu", "Duque de Caxias", "Monsenhor Tabosa", "Vitória Régia",
                "Castro Alves", "Santa Rita", "Almirante Barroso", "Major Belarmino Frota", "Engenheiro Uchôa",
                "Rio Branco", "Esperança", "dos Bandeirantes", "Antônio Raposo Tavares"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Aurora do Pará", "PA"), ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Feira de Santana", "BA"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Sorocaba", "SP"),
          ("Bauru", "SP"), ("Franca", "SP"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Imperatriz", "MA"), ("Teresina", "PI"), ("Juazeiro do Norte", "CE"),
          ("Arapiraca", "AL"), ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Araguaína", "TO"),
          ("Volta Redonda", "RJ"), ("Cachoeiro de Itapemirim", "ES"), ("Luz", "MG"), ("Flores", "PE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "Bela Vista", "Parque Bento", "Alto da Glória", "Vila Esperança",
           "Jardim Vitória", "Santa Luzia", "Conjunto Flor do Campo", "Cidade Alta", "Vila Prudente", "Boa Vista"]
CIDS = ["H52.1", "H52.0", "H54.4", "G40.9", "E11.9", "I10", "F10.2", "G47.3", "H90.3", "Q71.3", "S48.0", "Z02.4",
        "F41.1", "H25.9", "G35", "E10.9", "H40.1", "T90.5", "F19.2", "R55"]
CATS = ["A", "B", "AB", "AB", "B", "C", "D", "AC", "AD", "AE", "ACC"]
CTB = ["art. 165 do CTB", "art. 218, I, do CTB", "art. 218, II, do CTB", "art. 252, VI, do CTB", "art. 244, I, do CTB",
       "art. 162, I, do CTB", "art. 208 do CTB", "art. 230, V, do CTB", "art. 181, XVII, do CTB", "art. 167 do CTB"]
INFR = [("745-50", "Transitar em velocidade superior à máxima permitida em até 20%", "Média", 4, "130,16"),
        ("746-30", "Transitar em velocidade superior à máxima em mais de 20% até 50%", "Grave", 5, "195,23"),
        ("747-10", "Transitar em velocidade superior à máxima em mais de 50%", "Gravíssima x3", 7, "880,41"),
        ("605-03", "Avançar o sinal vermelho do semáforo", "Gravíssima", 7, "293,47"),
        ("736-62", "Dirigir segurando ou manuseando telefone celular", "Gravíssima", 7, "293,47"),
        ("516-91", "Dirigir sob a influência de álcool", "Gravíssima x10", 7, "2.934,70"),
        ("518-51", "Dirigir veículo com CNH cassada ou suspensa", "Gravíssima x3", 7, "880,41"),
        ("659-92", "Estacionar em desacordo com a regulamentação — estacionamento rotativo", "Grave", 5, "195,23"),
        ("554-12", "Estacionar no passeio", "Grave", 5, "195,23"),
        ("659-93", "Deixar de efetuar o registro do veículo (licenciamento vencido)", "Gravíssima", 7, "293,47"),
        ("518-52", "Deixar o condutor de usar o cinto de segurança", "Grave", 5, "195,23")]
NORMS = ["Lei 9.503/1997", "Lei 14.071/2020", "Resolução CONTRAN 918/2022", "Resolução CONTRAN 927/2022",
         "Resolução CONTRAN 789/2020", "Lei 13.709/2018", "Resolução CONTRAN 723/2018", "Portaria DETRAN 1.680/2014",
         "Lei 12.009/2009", "Resolução CFP 01/2019"]
CARS = ["Onix 1.0 LT", "HB20 Sense", "Argo Drive", "Polo Track", "Mobi Like", "Kwid Zen", "Gol 1.0", "Sandero",
        "Voyage", "Fiat Uno Way", "Yamaha Factor 150", "Honda CG 160 Start", "VW Delivery 9.170", "Mercedes Accelo 1016",
        "Marcopolo Volare", "Scania R450 + semirreboque"]


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
        if self.given.startswith(("Maria ", "Ana ", "Jean-", "Marie-", "Jorge ")) or "-" in self.given:
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


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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

    def neg_from(self, prefix: str, n: int = 11) -> str:
        """n digits starting with prefix that fail the CPF check (bill and guide blocks)."""
        while True:
            v = prefix + self.d(n - len(prefix))
            if not cpf_ok(v):
                return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
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
                if s not in surnames and not any(w in s.split() for x in surnames for w in x.split()):
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "half": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
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
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "36"])
        b += self.d(15 - len(b))
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

    def renavam(self) -> str:
        """A valid RENAVAM that fails the CPF check (vehicle id, never labelled)."""
        while True:
            b = "0" + self.d(9) if self.chance(0.4) else str(self.rng.randint(1, 9)) + self.d(9)
            n = b + renavam_dv(b)
            if not cpf_ok(n):
                return n

    def chassi(self) -> str:
        C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["9BW", "9BG", "93H", "9BD", "9C2", "8AP", "9BF"]) + "".join(self.pick(C) for _ in range(14))

    def renach(self, uf: str | None = None) -> str:
        return f"{uf or self.pick(UFS)}{self.d(9)}"

    def auto(self) -> str:
        """Auto de infração number (never labelled)."""
        return self.pick([f"{self.pick('ABCDEFGHS')}{self.d(9)}", f"1{self.pick('ABCDEF')}{self.d(7)}",
                          f"{self.pick(['R', 'E', 'T'])}{self.d(3)}{self.d(5)}", f"SP{self.d(8)}"])

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", f"lote {self.rng.randint(1, 60)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2007) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 18):02d}:{self.pick(['00', '15', '30', '45', '20', '40'])}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 60, hi: int = 18 * 60, step: int = 20) -> list[str]:
        slots = sorted(self.rng.sample(range(lo, hi, step), n))
        return [f"{x // 60:02d}:{x % 60:02d}" for x in slots]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.13", "8.21", "8.24", "8.05", "8.09", "8.06", "8.19", "4.03"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}", f"{self.d(6)}/{self.rng.randint(2024, 2026)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "CRP":
            reg = {"SP": "06", "RJ": "05", "MG": "04", "RS": "07", "PR": "08", "BA": "03", "PE": "02", "DF": "01",
                   "SC": "12", "CE": "11", "GO": "09", "PA": "10", "ES": "16", "MT": "18", "MS": "14"}.get(uf, "13")
            m = self.rng.randint(1000, 199999)
            return self.pick([f"CRP {reg}/{m}", f"CRP-{reg}/{m}", f"CRP {reg}/{m:06d}", f"CRP/{reg} {m}"])
        if kind == "CRDD":
            return self.pick([f"CRDD/{uf} {self.rng.randint(100, 9999)}", f"CRDD-{uf} {self.rng.randint(100, 9999)}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("n", "ri"), ("o", "ó"), ("h", "li")]
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
        self.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width] if label is None else s
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


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """Ruled table: `+----+` borders (plus) or a single dashed rule under the header (dash)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if style == "plus":
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    else:
        doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            line = Doc()
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    line.t("  ")
                line.cell(v, w, lab) if k < len(r) - 1 else line.e(v, lab)
            base = len(doc.text)
            doc.text += line.text + "\n"
            doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]


def table_fixed(doc: Doc, widths: list[int], rows: list[list[tuple]]) -> None:
    """Fixed-width columns without rulers or header rule (as printed by legacy systems)."""
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, max(w, len(v)), lab)
                doc.t(" ")
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
        doc.t(sep.join(f'"{c}"' if quote_all else c for c in cols) + "\n")
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
    return f"{f[0]}{l}" if len(f) else l


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


CFCS = ["CFC Aurora", "Autoescola Prudente", "CFC Rosa dos Ventos", "Auto Escola Bento Catunda Ltda",
        "CFC Luz do Caminho", "Autoescola Irmãos Jatobá", "Centro de Formação de Condutores Vitória", "CFC Nova Esperança",
        "Auto Escola Mamede & Filhos", "CFC Pé na Estrada", "Autoescola Saad", "CFC Amado Sobreira"]
CLINICS = ["Clínica de Trânsito Vitória", "MedTrânsito Flor de Lis", "Clínica Nakamura Medicina do Tráfego",
           "Centro Médico Aurora — credenciada DETRAN", "Psicotran Avaliações", "Clínica Boaventura", "PsicoVida Trânsito",
           "Clínica Luz Perícias", "Instituto Frota de Medicina do Tráfego"]
DESPACHANTES = ["Despachante Amado", "Despachante Rosa & Filhos", "Despachante Prudente Ltda", "Lustosa Despachos",
                "Despachante Irmãos Bessa", "Rápido Documentos Veiculares", "Despachante Torquato"]
LABS = ["Laboratório Valadares Toxicologia", "ToxLab Brasil", "Psychemedics Brasil", "Laboratório Chaib", "Lab Tox Aurora"]
DOMS = ["cfcaurora.com.br", "autoescolaprudente.com.br", "cfcrosadosventos.com.br", "medtransito.com.br",
        "despachanteamado.com.br", "detran.sp.gov.br", "detran.pr.gov.br", "detran.mg.gov.br", "detran.ce.gov.br",
        "clinicavitoria.med.br", "psicotran.com.br"]
WORD_USES = ["seria prudente chegar 30 minutos antes", "o carro é branco, o Onix da frente", "a luz do painel acendeu",
             "conta de luz no nome do titular serve como comprovante", "a flor da idade pra tirar a carta, né",
             "foi uma vitória passar na baliza", "só prudente mesmo", "farol com luz baixa acesa",
             "o bento (marmita) fica na copa", "campanha Maio Amarelo", "aurora da manhã, 6h já tem aula",
             "tudo em branco no formulário", "assinatura em branco"]


# =========================================================================== atendimento

def at_matricula(g: Gen) -> Doc:
    """Driving-school enrolment form (first licence, category change), filled at the counter."""
    doc = Doc()
    cfc = g.pick(CFCS)
    city, uf = g.city()
    c = g.person(word=g.chance(0.15))
    mae, pai = g.relative(c, female=True), g.relative(c, female=False)
    att = g.person()
    kind = g.pick(["1ª HABILITAÇÃO", "ADIÇÃO DE CATEGORIA", "MUDANÇA DE CATEGORIA", "1ª HABILITAÇÃO"])
    doc.f("«cfc» — CNPJ «cnpj»\nCredenciamento DETRAN/«uf» nº «cr»   Fone (sala) «tf»\n\nFICHA DE MATRÍCULA — «k»\n"
          "Nº matrícula: «mt»     RENACH: «rn»     Data: «d»\n------------------------------------------------------------\n",
          cfc=cfc, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), uf=uf, cr=g.d(4), tf=g.phone("par", mobile=False),
          k=kind, mt=f"{g.rng.randint(2024, 2026)}/{g.d(4)}", rn=g.renach(uf), d=g.date("br"))
    doc.f("Nome do(a) aluno(a): «n»\nData de nascimento: «dob»    Sexo: «sx»    Naturalidade: «nat»\n"
          "CPF: «cpf»    RG: «rg» «org»«te»\nFiliação: «m» e «p»\n",
          n=P(g.pick([c.full, c.caps, c.full])), dob=(g.dob(g.pick(["br", "br", "nopad", "short"]), 1958, 2007), "DATE_OF_BIRTH"),
          sx="F" if c.female else "M", nat="/".join(g.city()), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP-" + uf, "SESP/PR", "IFP/RJ", "PC/" + uf, ""]), te=Doc().f("    Título eleitor: «x»", x=(g.titulo(), "BR_TITULO_ELEITOR")) if g.chance(0.3) else "", m=P(g.pick([mae.full, mae.caps])),
          p=P(g.pick([pai.full, pai.caps])) if g.chance(0.85) else ("(não consta)", None))
    doc.f("Endereço: «ad»   Bairro: «b»\nCidade/UF: «ci»/«uf»   CEP: «cep»\nCelular/WhatsApp: «t1»   Recado: «t2» («rec»)\n"
          "E-mail: «e»\n",
          ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf,
          cep=(g.cep(g.chance(0.85)), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          rec=g.pick(["mãe", "vizinha", "trabalho", "avó"]), e=(g.email(c), "EMAIL_ADDRESS"))
    if kind != "1ª HABILITAÇÃO":
        doc.f("CNH atual nº «cnh»   Cat. atual: «ca»   Validade: «v»\n", cnh=(g.cnh(), "BR_CNH"), ca=g.pick(["A", "B", "AB"]),
              v=g.date("br", g.pick([2027, 2028, 2030, 2033])))
    doc.f("\nCategoria pretendida: «cat»   Pacote: «pk» — R$ «val» em «x»x («fp»)\nObs.: «o»\n\n"
          "Declaro que as informações acima são verdadeiras.\n\n______________________________\n«sg»\n\nAtendente: «at»   Visto coord.: «vc»\n",
          cat=g.pick(CATS), pk=g.pick(["completo (20 aulas práticas)", "somente práticas", "teórico EAD + 15 práticas", "moto + carro"]),
          val=g.money(1400, 4800), x=g.rng.randint(1, 10), fp=g.pick(["cartão", "boleto", "Pix", "carnê"]),
          o=g.pick(["aluno(a) usa óculos, orientado(a) a levar no exame médico", "precisa de horário após 18h",
                    "indicação da " + g.pick(["prima", "colega de trabalho"]) + " (desconto 5%)", "—", WORD_USES[0]]),
          sg=P(c.caps), at=P(g.pick([att.first, att.short])), vc=P(g.person().first))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp chat of a driving school: bot greeting, then an attendant schedules lessons and the exam."""
    doc = Doc()
    c = g.person()
    att = g.person(female=g.chance(0.7))
    ins = g.person()
    cfc = g.pick(CFCS)
    # on the school's phone an unsaved student shows as a number; on a shared export the school shows as its business name
    sender = (g.phone("plus"), "PHONE_NUMBER") if g.chance(0.45) else P(g.pick([c.first, c.short, c.nick if c.nick != c.first else c.first + " " + c.last[:1] + "."]))
    schoolside = g.chance(0.5)
    ts = g.times(12, 8 * 60, 19 * 60, 3)
    day = g.date("br")
    bot = g.pick(["Lia (assistente virtual)", "CFCBot", "Atendimento Automático"])
    doc.f("[«d» «t0»] «s»: boa tarde, queria saber das aulas de baliza\n"
          "[«d» «t1»] «bot»: Olá! Bem-vindo(a) à «cfc» 🚗 Digite 1 para matrícula, 2 para agendar aula, 3 para falar com atendente\n"
          "[«d» «t2»] «s»: 3\n[«d» «t3»] «a»: Oi, aqui é «art» «af» 😊 me passa seu CPF pra eu achar o cadastro?\n"
          "[«d» «t4»] «s»: «cpf»\n",
          d=day, t0=ts[0], s=sender, t1=ts[1], bot=bot, cfc=cfc, t2=ts[2], t3=ts[3], a=V(cfc) if schoolside else P(att.short), art=att.o, af=P(att.first),
          t4=ts[4], cpf=(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF"))
    doc.f("[«d» «t5»] «a»: achei, «cf». Vc tem «k» aulas práticas restantes. Data de nascimento só pra confirmar?\n"
          "[«d» «t6»] «s»: «dob»\n"
          "[«d» «t7»] «a»: ok! Tenho «wd» às «h1» com o instrutor «i» no «car» placa «pl», ou sábado às «h2» com a «i2»\n"
          "[«d» «t8»] «s»: «wd» tá ótimo. ele me pega em casa? é na «ad»\n",
          d=day, t5=ts[5], a=V(cfc) if schoolside else P(att.short), cf=P(fold(c.first).lower() if g.chance(0.3) else c.first), k=g.rng.randint(2, 9), t6=ts[6], s=sender,
          dob=(g.dob(g.pick(["br", "nopad", "short"]), 1975, 2007), "DATE_OF_BIRTH"), t7=ts[7],
          wd=g.pick(["terça", "quarta", "quinta"]), h1=g.hm(), i=P(g.pick([ins.first, ins.short, ins.nick])), car=g.pick(CARS[:10]),
          pl=(g.plate(), "LICENSE_PLATE"), h2=g.hm(), i2=P(g.person(female=True).first), t8=ts[8],
          ad=(g.address(g.pick(["low", "low", "text"])), "ADDRESS"))
    doc.f("[«d» «t9»] «a»: pega sim, dentro do perímetro. Confirmei! Protocolo «pr». A prova prática tá marcada pro dia «dp» na "
          "pista da «pista», chega 30 min antes\n[«d» «t10»] «s»: blz. manda o boleto no meu email «e»\n"
          "[«d» «t11»] «a»: enviado ✅ qualquer coisa chama no «tel». «w»\n",
          d=day, t9=ts[9], a=V(cfc) if schoolside else P(att.short), pr=g.protocol(), dp=g.date("br"),
          pista=g.pick(["Barão de Mauá", "Av. Presidente Prudente", "Ciretran Aurora", "Rua Sete de Setembro, perto do estádio"]),
          t10=ts[10], s=sender, e=(g.email(c), "EMAIL_ADDRESS"), t11=ts[11], tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          w=g.pick(["Boa aula!", "Lembra de levar a LADV impressa.", WORD_USES[1], WORD_USES[5]]))
    return doc


def at_email_detran(g: Gen) -> Doc:
    """Citizen e-mail to the DETRAN service channel about a CNH renewal and change of address; attendant's reply above."""
    doc = Doc()
    c = g.person()
    att = g.person()
    uf = g.pick(["SP", "PR", "MG", "CE", "RS", "GO", "BA", "PE"])
    mail_c = g.email(c)
    doc.f("De: atendimento@detran.«u».gov.br\nPara: «mc»\nAssunto: RE: Renovação CNH — mudança de endereço — Protocolo «pr»\n\n"
          "Prezado(a) «n»,\n\nSeu pedido de renovação foi recebido. Para concluir, agende o exame médico em clínica credenciada "
          "(lista no portal) e compareça à unidade «un» com documento original. O endereço novo («ad2») já consta no RENACH «rn».\n"
          "Taxa de renovação: R$ «tx» (paga em «dpg»).\n\nAtenciosamente,\n«at»\nAtendente — Central de Relacionamento DETRAN/«U»\n\n",
          u=uf.lower(), mc=(mail_c, "EMAIL_ADDRESS"), pr=g.protocol(), n=P(g.pick([c.first, c.full, c.short])),
          un=g.pick(["Poupatempo " + g.pick(["Sé", "Itaquera", "Bauru", "Presidente Prudente"]), "Ciretran Centro", "Vapt Vupt Aurora", "Posto Ganha Tempo"]),
          ad2=(ad := g.address(), "ADDRESS"), rn=g.renach(uf), tx=g.money(90, 260), dpg=g.date("br"),
          at=P(g.pick([att.full, att.short])), U=uf)
    doc.f("-----Mensagem original-----\nEm «d», «cn» <«mc»> escreveu:\n> Bom dia. Minha CNH nº «cnh» vence dia «v» e eu mudei de endereço.\n"
          "> Endereço novo: «ad», «b», «ci» — CEP «cep»\n> CPF «cpf», nascid«o» em «dob».\n"
          "> Posso fazer a renovação sem ir na Ciretran? Trabalho de dia, meu cel é «t».\n> «w»\n> Att, «sig»\n",
          d=g.date("br"), cn=P(c.caps if g.chance(0.4) else c.full), mc=(mail_c, "EMAIL_ADDRESS"), cnh=(g.cnh(), "BR_CNH"),
          v=g.date("br"), ad=(ad, "ADDRESS"), b=g.pick(BAIRROS), ci=g.city()[0], cep=(g.cep(), "BR_CEP"),
          cpf=(g.cpf(), "BR_CPF"), o=c.o, dob=(g.dob(g.pick(["br", "long", "nopad"]), 1940, 1990), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"), w=g.pick(["Obs: a CNH antiga tem a restrição de lentes.", "Anexei comprovante (conta de luz).",
                                                   "Seria prudente mandar o documento pelo correio?", ""]),
          sig=P(g.pick([c.first, c.short, c.nick])))
    return doc


def week(g: Gen) -> tuple[str, str]:
    """Monday and Saturday of a random week, dd/mm/yyyy."""
    mon = datetime.date(2025, 1, 6) + datetime.timedelta(weeks=g.rng.randint(0, 60))
    return mon.strftime("%d/%m/%Y"), (mon + datetime.timedelta(days=5)).strftime("%d/%m/%Y")


def at_escala(g: Gen) -> Doc:
    """Weekly instructors' roster of a driving school (ruled table) with the day's lesson slots."""
    doc = Doc()
    cfc = g.pick(CFCS)
    coord = g.person()
    doc.f("«cfc» — ESCALA DE INSTRUTORES / VEÍCULOS — semana «d1» a «d2»\nResponsável: «co» (coord. de ensino)\n\n",
          cfc=cfc.upper(), d1=(w := week(g))[0], d2=w[1], co=P(g.pick([coord.full, coord.short])))
    rows, inst = [], []
    for _ in range(g.rng.randint(4, 5)):
        i = g.person()
        inst.append(i)
        rows.append([P(g.pick([i.full, i.caps, i.short])), (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH"), V(g.pick(["B", "AB", "AD", "AE", "A"])),
                     V(g.pick(CARS[:12])), (g.plate(), "LICENSE_PLATE"), V(g.pick(["manhã", "tarde", "integral", "noite", "M/T"]))])
    table_ruled(doc, ["Instrutor", "CPF", "CNH", "Cat", "Veículo", "Placa", "Turno"], rows, g.pick(["plus", "dash"]))
    i = g.pick(inst)
    doc.f("\nAulas de «wd» — «inf»:\n", wd=g.pick(["segunda", "terça", "quarta", "quinta", "sexta"]), inf=P(i.first))
    for h in g.times(g.rng.randint(3, 5), 7 * 60, 19 * 60, 50):
        a = g.person()
        doc.f("  «h»  «a» («k»ª aula, «tp»)", h=h, a=P(g.pick([a.first, a.short, a.first + " " + a.last[0] + "."])),
              k=g.rng.randint(1, 20), tp=g.pick(["baliza", "rua", "ladeira", "percurso da prova", "moto — circuito"]))
        if g.chance(0.45):
            doc.f(" — buscar na «ad»", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"))
        elif g.chance(0.3):
            doc.f(" — avisar no «t»", t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
        doc.t("\n")
    sub = g.pick(inst)
    doc.f("\nOBS: o «pl» está na oficina até «d» (troca de embreagem) — «s» usa o reserva. «i» está com a credencial nº «cr» "
          "vencendo, renovar no DETRAN. Tel. plantão «t».\n",
          pl=(g.plate(), "LICENSE_PLATE"), d=g.date("br"), s=P(sub.first), i=P(g.pick(inst).short), cr=g.d(6),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_agenda_prova(g: Gen) -> Doc:
    """CSV extract of the DETRAN exam schedule sent to a driving school."""
    doc = Doc()
    uf = g.pick(["SP", "MG", "PR", "SC", "BA", "GO", "PE", "CE"])
    tipo = g.pick(["PRATICO", "TEORICO", "PRATICO"])
    doc.f("# DETRAN-«uf» — agenda_exames_«tp»_«d».csv — gerado por sgh.cfc (usuário «lg»)\n", uf=uf, tp=tipo.lower(),
          d=g.date("compact"), lg=g.pick(["cfc" + g.d(4), "op_" + g.d(3)]))
    cols = ["renach", "nome_candidato", "cpf", "dt_nascimento", "categoria", "data_exame", "hora", "local", "veiculo_placa", "examinador"]
    rows = []
    ex = [g.person() for _ in range(2)]
    for _ in range(g.rng.randint(3, 5)):
        c = g.person()
        rows.append([V(g.renach(uf)), P(g.pick([c.caps, c.caps, c.full])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.dob(g.pick(["br", "iso"]), 1960, 2007), "DATE_OF_BIRTH"), V(g.pick(CATS)), V(g.date("br")), V(g.hm()),
                     V(g.pick(["PISTA CENTRO", "CIRETRAN AURORA", "PISTA BARAO DE MAUA", "UNIDADE VILA PRUDENTE"])),
                     (g.plate(), "LICENSE_PLATE") if tipo == "PRATICO" else V(""), P(fold(g.pick(ex).short).upper()) if tipo == "PRATICO" else V("")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# total: «n» candidatos | remarcação até 48h antes | dúvidas: cfc.«u»@detran.«u».gov.br\n"
          "# «ob»\n", n=len(rows), u=uf.lower(),
          ob=g.pick(["candidatos ausentes pagam nova taxa (R$ " + g.money(40, 90) + ")", "exame do «x» remarcado por chuva",
                     "processo nº " + g.protocol() + " sub judice — não examinar"]).replace("«x»", fold(g.person().first).upper()))
    return doc


def at_ocr_requerimento(g: Gen) -> Doc:
    """OCR-ish scan of a paper request (duplicate licence / renewal / PID) with letter and digit confusions."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    serv = g.pick(["2ª VIA DA CNH (perda/roubo)", "RENOVAÇÃO DA CNH", "PERMISSÃO INTERNACIONAL PARA DIRIGIR - PID",
                   "SUBSTITUIÇÃO DE CNH ESTRANGEIRA"])
    noisy = lambda s: ocr(s, g)
    doc.f("DEPARTAMENTO ESTADUAL DE TRÂNSlTO - DETRAN/«uf»\nREQUERIMENTO DE SERVlÇOS DE HABlLlTAÇÃO\n"
          "Serviço: «sv»                     Protoc. «pr»\n\n"
          "1 - ldentificação\nNome: «n»\nCPF: «cpf»        Doc. ldent.: «rg» «org»\nData Nasc.: «dob»   Registro CNH: «cnh»\n",
          uf=uf, sv=serv, pr=g.protocol(), n=P(noisy(g.pick([c.caps, c.full]))), cpf=(ocr(g.cpf("dot"), g, digits=True), "BR_CPF"),
          rg=(ocr(g.rg("dot"), g, digits=True), "BR_RG"), org=g.pick(["SSP", "SSP/" + uf, "SDS"]),
          dob=(g.dob("br", 1950, 2003), "DATE_OF_BIRTH"), cnh=(ocr(g.cnh(), g, digits=True), "BR_CNH"))
    doc.f("2 - Endereço\nLogradouro: «ad»\nBairro: «b»    Município: «ci»    CEP: «cep»\nTel.: «t»    E-mail: «e»\n\n",
          ad=(noisy(g.address("caps")), "ADDRESS"), b=g.pick(BAIRROS).upper(), ci=city.upper(), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if serv.startswith("2ª"):
        doc.f("3 - Declaração de extravio\nBoletim de Ocorrência nº «bo» lavrado em «d». Declaro para os devidos fins que extraviei "
              "minha CNH.\n\n", bo=f"{g.d(4)}/{g.rng.randint(2024, 2026)}", d=g.date("br"))
    else:
        doc.f("3 - Observações\n«o»\n\n", o=g.pick(["Exame médico realizado na " + g.pick(CLINICS) + " em " + g.date("br"),
                                                  "Apresentou CNH estrangeira nº " + g.d(9) + " (validade " + g.date("br") + ")",
                                                  "Restrição A — uso de lentes corretivas"]))
    rec = g.person()
    doc.f("«ci2», «dd»\n\nAssinatura: ___«sig»___\nRecebido por: «r» — mat. «m»\n",
          ci2=city, dd=g.date("long"), sig=P(noisy(c.short)), r=P(noisy(g.pick([rec.full, rec.short]))), m=g.d(6))
    return doc


def at_log_portal(g: Gen) -> Doc:
    """Support ticket of the DETRAN online portal quoting login and biometrics log lines."""
    doc = Doc()
    c = g.person()
    an = g.person()
    cpf = g.cpf("raw")
    ip = g.ip()
    doc.f("Chamado «n» — Portal de Serviços DETRAN — \"não consigo emitir a CNH digital\"\nSolicitante: «c» («e»)  Tel: «t»\n"
          "Atendente N2: «a»\n\nDescrição do cidadão: «dc»\n\nLogs (filtro cpf=«cpf»):\n",
          n=f"INC{g.d(7)}", c=P(g.pick([c.full, c.caps])), e=(mail := g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          a=P(an.full), dc=g.pick(["aparece 'dados divergentes da base nacional' depois da selfie",
                                   "o app fica com a tela em branco depois do login", "pede validação facial e não passa"]),
          cpf=(cpf, "BR_CPF"))
    ts = g.date("iso")
    nlines = g.rng.randint(4, 6)
    hs = [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in sorted(g.rng.sample(range(6 * 3600, 23 * 3600), nlines))]
    for k in range(nlines):
        ev = g.pick(["LOGIN_GOVBR_OK", "BIOMETRIA_FACIAL_FAIL score=0." + g.d(2), "CNH_DIGITAL_REQ", "SERPRO_ERR 422 dados divergentes",
                     "OTP_SENT", "SESSION_EXPIRED"])
        if k == 0:
            doc.f("«ts»T«h» INFO  auth  cpf=«cpf» ip=«ip» nivel=prata ev=LOGIN_GOVBR_OK sid=«sid»\n", ts=ts, h=hs[k],
                  cpf=(cpf, "BR_CPF"), ip=(ip, "IP_ADDRESS"), sid=g.uuid())
        elif "OTP" in ev:
            doc.f("«ts»T«h» INFO  otp   cpf=«cpf» canal=email dest=«e» ev=OTP_SENT\n", ts=ts, h=hs[k], cpf=(cpf, "BR_CPF"),
                  e=(mail, "EMAIL_ADDRESS"))
        else:
            doc.f("«ts»T«h» «lv» «mod» cpf=«cpf» ip=«ip» ev=«ev» req=«rq»\n", ts=ts, h=hs[k], lv=g.pick(["WARN ", "ERROR", "INFO "]),
                  mod=g.pick(["bio  ", "cnhd ", "gw   "]), cpf=(cpf, "BR_CPF"), ip=(g.pick([ip, ip, g.ip()]), "IP_ADDRESS"), ev=ev,
                  rq=g.hexs(12))
    doc.f("\nAnálise («af»): o nome na base estadual está «n1» e na Receita «n2» — divergência de grafia. Encaminhado p/ "
          "retificação cadastral (RENACH «rn»). Usuário técnico svc_cnhdigital sem erro. Protocolo «pr».\n",
          af=P(an.first), n1=P(c.caps), n2=P(fold(c.first + " " + c.last).upper()), rn=g.renach(),
          pr=g.protocol())
    return doc


# =========================================================================== juridico

def lawyer_block(g: Gen, uf: str) -> tuple[Person, str]:
    adv = g.person()
    return adv, g.council("OAB", uf)


def ju_recurso_jari(g: Gen) -> Doc:
    """Appeal to the JARI against a traffic fine, written by a lawyer for the owner-driver."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    adv, oab = lawyer_block(g, uf)
    code, desc, grav, pts, val = g.pick(INFR)
    doc.f("ILUSTRÍSSIMO(A) SENHOR(A) PRESIDENTE DA JUNTA ADMINISTRATIVA DE RECURSOS DE INFRAÇÕES — JARI/«org»\n\n"
          "Auto de Infração nº «ai»\nPlaca: «pl»   RENAVAM: «rv»\n\n",
          org=g.pick(["DETRAN-" + uf, "DER-" + uf, "PRF", "Secretaria Municipal de Mobilidade de " + city]), ai=g.auto(),
          pl=(g.plate(), "LICENSE_PLATE"), rv=g.renavam())
    doc.f("«n», «nac», «ec», «prof», portador(a) do RG nº «rg» e inscrito(a) no CPF sob o nº «cpf», habilitado(a) sob o registro "
          "nº «cnh», residente e domiciliado(a) na «ad», «b», «ci»/«uf», CEP «cep», e-mail «e», telefone «t», por seu advogado "
          "«adv» («oab»), vem, respeitosamente, interpor RECURSO contra a penalidade imposta, pelos fatos e fundamentos a seguir.\n\n",
          n=P(c.caps if g.chance(0.6) else c.full), nac=g.pick(["brasileiro(a)", "brasileira", "brasileiro", "naturalizado(a) brasileiro(a)"]),
          ec=g.pick(["solteiro(a)", "casado(a)", "divorciado(a)", "em união estável"]),
          prof=g.pick(["motorista de aplicativo", "representante comercial", "professora", "autônomo", "técnico de enfermagem", "aposentado"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"))
    doc.f("I — DOS FATOS\nO recorrente foi autuado em «d» às «h», na «loc», pela infração de código «cd» («ds»), natureza «gr», "
          "«pts» pontos, valor R$ «v», com fundamento no «art». Ocorre que ",
          d=g.date("br"), h=g.hm(), loc=g.pick(["Av. Barão de Mauá, altura do nº 1.200", "Rodovia Presidente Dutra, km " + str(g.rng.randint(100, 300)),
                                                "Rua Bento Gonçalves esquina com a Tiradentes", "Av. Aurora, sentido centro"]),
          cd=code, ds=desc, gr=grav, pts=pts, v=val, art=g.pick(CTB))
    k = g.rng.randint(0, 3)
    if k == 0:
        doc.f("o veículo encontrava-se estacionado na garagem do condomínio, conforme declaração do síndico «s»", s=P(g.person(female=False).full))
    elif k == 1:
        doc.f("o radar estava com aferição vencida")
    elif k == 2:
        doc.f("o condutor era «o», indicado tempestivamente (CNH «cn»), e a indicação não foi apreciada",
              o=P(g.person().full), cn=(g.cnh(), "BR_CNH"))
    else:
        doc.f("a placa foi clonada, havendo BO nº «bo»", bo=f"{g.d(5)}/{g.rng.randint(2024, 2026)}")
    doc.f(".\n\nII — DO DIREITO\nA notificação de autuação foi expedida fora do prazo de 30 dias previsto no art. 281, parágrafo único, II, "
          "do CTB («lei») e a «res» exige a identificação do equipamento medidor (nº de série «ns», verificação INMETRO de «dv»).\n\n",
          lei=g.pick(NORMS[:2]), res=g.pick(NORMS[2:5]), ns=f"{g.pick(['FSP', 'PER', 'VLX'])}-{g.d(5)}", dv=g.date("br"))
    doc.f("III — DO PEDIDO\nRequer o cancelamento do auto e o arquivamento do processo, com a exclusão dos pontos do prontuário.\n\n"
          "«ci», «dd».\n\n«adv»\n«oab»\n«ad2»\n", ci=city, dd=g.date("long"), adv=P(adv.caps if g.chance(0.5) else adv.full),
          oab=(g.pick([oab, oab.replace("/", " ")]), "PROFESSIONAL_ID"),
          ad2=g.pick(["Escritório: Av. Sete de Setembro, 1.500, sala 804", "e-mail: contato@" + login(adv) + "advocacia.com.br", ""]))
    return doc


def ju_suspensao(g: Gen) -> Doc:
    """Defence in a licence suspension proceeding, with the table of fines in the driver's record."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    adv, oab = lawyer_block(g, uf)
    doc.f("DEFESA PRÉVIA — PROCESSO ADMINISTRATIVO DE SUSPENSÃO DO DIREITO DE DIRIGIR\nProcesso nº «pa»   Portaria nº «po»\n"
          "Interessado(a): «n»   CNH: «cnh»   CPF: «cpf»\nData de nascimento: «dob»   Categoria: «cat» «ear»\n\n",
          pa=f"{g.d(6)}/{g.rng.randint(2024, 2026)}", po=f"{g.d(4)}/{g.rng.randint(2024, 2026)}",
          n=P(c.caps), cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
          cat=g.pick(["B", "AB", "D", "AD", "E"]), ear=g.pick(["(EAR)", "", "— exerce atividade remunerada"]))
    doc.f("Pontuação no período de 12 meses (extrato do prontuário em «d»):\n\n", d=g.date("br"))
    rows = []
    total = 0
    for _ in range(g.rng.randint(3, 5)):
        code, desc, grav, pts, val = g.pick(INFR)
        total += pts
        rows.append([V(g.auto()), V(g.date("br")), (g.plate(), "LICENSE_PLATE"), V(code), V(grav), V(str(pts)), V("R$ " + val)])
    table_ruled(doc, ["Auto", "Data", "Placa", "Código", "Natureza", "Pts", "Valor"], rows, g.pick(["plus", "dash"]))
    cond = g.person()
    doc.f("\nTotal: «tt» pontos. O(a) interessado(a) é condutor(a) profissional e, nos termos «lei», o limite é de 40 pontos. "
          "Além disso, o auto da placa «pl» refere-se a veículo da empresa «emp» (CNPJ «cnpj»), conduzido à época por «cond», "
          "CNH «cc», conforme indicação protocolada em «di».\n\n",
          tt=total, lei=g.pick(["da Lei 14.071/2020", "do art. 261, I, do CTB", "da Resolução CONTRAN 723/2018"]),
          pl=(rows[-1][2][0], "LICENSE_PLATE"), emp=g.pick(["Transportes Catunda Ltda", "Frota & Mamede Logística", "Rosa Branca Entregas ME",
                                                           "Auto Viação Prudente"]),
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), cond=P(cond.full), cc=(g.cnh(), "BR_CNH"), di=g.date("br"))
    if g.chance(0.6):
        doc.f("Registre-se que tramita o processo judicial nº «cnj» («vara»), em que se discute a regularidade das notificações.\n\n",
              cnj=g.cnj(), vara=g.pick(["Vara da Fazenda Pública", "Juizado Especial da Fazenda Pública", "2ª Vara Cível"]))
    doc.f("Requer-se: (a) o arquivamento; (b) subsidiariamente, a participação em curso de reciclagem preventivo; (c) intimação "
          "no e-mail «e» ou no endereço «ad», «ci»/«uf», CEP «cep».\n\n«ci», «dd»\n«adv» — «oab»\nTel. «t»\n",
          e=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), dd=g.date("br"),
          adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def ju_indicacao(g: Gen) -> Doc:
    """Form identifying the driver responsible for a fine, filled by a company owning the vehicle."""
    doc = Doc()
    city, uf = g.city()
    rep = g.person()
    cond = g.person()
    emp = g.pick(["Distribuidora Bessa Ltda", "Amado Transportes EIRELI", "Construtora Irmãos Catunda", "Luz & Ximenes Engenharia",
                  "Locadora Vitória Ltda", "Farmácia Flor do Campo"])
    code, desc, grav, pts, val = g.pick(INFR)
    doc.f("FORMULÁRIO DE IDENTIFICAÇÃO DO CONDUTOR INFRATOR\n(art. 257, § 7º, do CTB — prazo de 30 dias da notificação)\n\n"
          "Órgão autuador: «org»    Auto de infração: «ai»\nPlaca: «pl»    Código/desdobramento: «cd»    Data: «d» «h»\n\n"
          "PROPRIETÁRIO (pessoa jurídica)\nRazão social: «emp»\nCNPJ: «cnpj»\nEndereço: Av. Industrial, 2.300 — Distrito Industrial, «ci»/«uf»\n"
          "Representante legal: «rep»   CPF: «rcpf»\n\n",
          org=g.pick(["DETRAN/" + uf, "DER/" + uf, "Prefeitura de " + city, "PRF"]), ai=g.auto(), pl=(g.plate(), "LICENSE_PLATE"),
          cd=code, d=g.date("br"), h=g.hm(), emp=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ci=city, uf=uf,
          rep=P(rep.full), rcpf=(g.cpf(), "BR_CPF"))
    doc.f("CONDUTOR INFRATOR\nNome: «n»\nNº registro CNH: «cnh»    UF: «uf»    Validade: «v»\nCPF: «cpf»\n"
          "Endereço: «ad»    CEP: «cep»\nTelefone: «t»\n\n"
          "Declaro ser o condutor do veículo no momento da infração e estar ciente de que a pontuação será lançada em meu prontuário.\n\n"
          "Assinatura do condutor: «s1»          Assinatura do proprietário: «s2»\n\nAnexos: cópia da CNH do condutor; contrato social; "
          "cópia do «doc» do representante\n",
          n=P(g.pick([cond.full, cond.caps])), cnh=(g.cnh(), "BR_CNH"), uf=g.pick(UFS), v=g.date("br", g.pick([2027, 2029, 2031])),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), s1=P(cond.short), s2=P(rep.short), doc=g.pick(["RG", "CNH", "documento de identidade"]))
    doc.f("\nRecebido em «d» por «r» (protocolo «pr»). «obs»\n", d=g.date("br"), r=P(g.person().short), pr=g.protocol(),
          obs=g.pick(["Assinaturas conferem com os documentos.", "Falta reconhecimento de firma — devolver.", ""]))
    return doc


def ju_mandado(g: Gen) -> Doc:
    """Writ of mandamus against the DETRAN for a licensing blocked by fines of a cloned plate."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    adv1, adv2 = g.person(), g.person()
    pl = g.plate()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA DA FAZENDA PÚBLICA DA COMARCA DE «CI»/«uf»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n"
          "«n», «nac», inscrito(a) no CPF sob o nº «cpf», RG «rg», nascido(a) em «dob», residente na «ad», CEP «cep», e-mail «e», "
          "vem, por seus advogados «a1» («o1») e «a2» («o2»), impetrar\n\nMANDADO DE SEGURANÇA com pedido liminar\n\n"
          "contra ato do DIRETOR-PRESIDENTE DO DEPARTAMENTO ESTADUAL DE TRÂNSITO DE «UFN», pelos motivos que seguem.\n\n",
          v=g.rng.randint(1, 15), CI=fold(city).upper(), uf=uf, cnj=g.cnj(), n=P(c.caps), nac=g.pick(["brasileiro(a)", "brasileira", "brasileiro"]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), e=(g.email(c), "EMAIL_ADDRESS"), a1=P(adv1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), UFN=uf)
    doc.f("1. O impetrante é proprietário do veículo «car», placa «pl», RENAVAM «rv», chassi «ch». O licenciamento «ano» foi "
          "bloqueado em razão de «k» autos lavrados em «ci2», cidade onde jamais esteve, por veículo de outra marca ostentando a mesma "
          "placa (clonagem), conforme BO nº «bo» e laudo de vistoria de «dv».\n"
          "2. Conforme a «lei» e a Súmula 127 do STJ, é ilegal condicionar o licenciamento ao pagamento de multas sem prévia notificação.\n"
          "3. A testemunha «t1», vizinho do impetrante, confirma que o veículo permaneceu na garagem.\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\n«ci», «dd».\n\n«a1» — «o1»\n",
          car=g.pick(CARS[:10]), pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), ch=g.chassi(), ano=g.rng.randint(2024, 2026),
          k=g.rng.randint(2, 7), ci2=g.city()[0], bo=f"{g.d(5)}/{g.rng.randint(2024, 2026)}", dv=g.date("br"),
          lei=g.pick(["Lei 9.503/1997", "Resolução CONTRAN 918/2022"]), t1=P(g.person(female=False).full),
          vc=g.money(1000, 20000), ci=city, dd=g.date("long"), a1=P(adv1.caps), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney from a vehicle owner to a dispatcher (despachante) for transfer and licensing."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    dsp = g.person()
    doc.f("PROCURAÇÃO PARTICULAR\n\nOUTORGANTE: «n», «nac», «ec», «prof», portador(a) da Cédula de Identidade RG nº «rg», CPF nº «cpf», "
          "CNH nº «cnh», residente e domiciliado(a) à «ad», bairro «b», «ci»/«uf», CEP «cep».\n\n"
          "OUTORGADO: «dn», despachante documentalista, inscrito no «crdd», CPF «dcpf», com escritório na «dsp» (CNPJ «cnpj»).\n\n",
          n=P(c.caps), nac=g.pick(["brasileiro(a)", "brasileira", "brasileiro"]), ec=g.pick(["solteiro(a)", "casado(a)", "viúvo(a)"]),
          prof=g.pick(["comerciante", "do lar", "servidor público", "engenheira", "pedreiro", "aposentado(a)"]), rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), dn=P(dsp.full), crdd=(g.council("CRDD", uf), "PROFESSIONAL_ID"), dcpf=(g.cpf(), "BR_CPF"),
          dsp=g.pick(DESPACHANTES), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    doc.f("PODERES: para o fim especial de representar o(a) outorgante perante o DETRAN/«uf», Ciretrans, Poupatempo e demais "
          "órgãos, podendo requerer transferência de propriedade, licenciamento, 2ª via de CRV/CRLV, baixa de gravame, vistoria, "
          "pagar taxas, assinar requerimentos e ATPV-e, relativamente ao veículo:\n"
          "Marca/modelo: «car»   Ano: «ano»   Cor: «cor»\nPlaca: «pl»   RENAVAM: «rv»   Chassi: «ch»\n\n"
          "Comprador indicado: «cp», CPF «ccpf».\nValidade: 90 dias.\n\n«ci», «dd».\n\n_____________________________\n«sg»\n\n"
          "Reconheço por semelhança a firma de «sg2». «cart», «ci».\n",
          uf=uf, car=g.pick(CARS), ano=f"{(fab := g.rng.randint(2008, 2024))}/{fab + g.rng.randint(0, 1)}",
          cor=g.pick(["branco", "prata", "preto", "vermelho", "cinza"]), pl=(g.plate(), "LICENSE_PLATE"), rv=g.renavam(), ch=g.chassi(),
          cp=P(g.person().full), ccpf=(g.cpf(), "BR_CPF"), ci=city, dd=g.date("long"), sg=P(c.full), sg2=P(c.caps),
          cart=g.pick(["2º Tabelião de Notas", "Cartório Bessa — 1º Ofício", "Tabelionato Mamede", "Cartório do Registro Civil Aurora"]))
    return doc


def ju_comunicado_venda(g: Gen) -> Doc:
    """Dispatcher's e-mail to a seller about the sale communication (ATPV-e), with the data summary below."""
    doc = Doc()
    city, uf = g.city()
    vend, comp = g.person(), g.person()
    dsp = g.person()
    dom = g.pick(["despachanteamado.com.br", "lustosadespachos.com.br", "rapidodoc.com.br"])
    doc.f("From: «dn» <«de»>\nTo: «vm»\nCc: documentos@«dom»\nSubject: ATPV-e / comunicação de venda — «pl»\n\n"
          "Boa tarde, «vf»!\n\nSegue o resumo para conferência antes de eu lançar a intenção de venda no sistema do DETRAN. Se estiver tudo "
          "certo, é só responder \"ok\" que eu assino digitalmente pelo gov.br. «w».\n\n",
          dn=P(dsp.full), de=(corp_mail(dsp, dom), "EMAIL_ADDRESS"), vm=(g.email(vend), "EMAIL_ADDRESS"), dom=dom,
          pl=(pl := g.plate(), "LICENSE_PLATE"), vf=P(vend.first), w=g.pick(["Seria prudente fazer a vistoria antes", "O comprador já pagou o sinal",
                                                                             "Lembrando que a multa de «x» ainda está em aberto"]).replace("«x»", g.date("br")))
    doc.f("VEÍCULO\n  Placa ........ «pl»\n  RENAVAM ...... «rv»\n  Modelo ....... «car»\n  Valor venda .. R$ «val»\n  Data venda ... «dv»\n\n"
          "VENDEDOR\n  Nome ......... «vn»\n  CPF .......... «vc»\n  Nascimento ... «vdob»\n\n"
          "COMPRADOR\n  Nome ......... «cn»\n  CPF/CNPJ ..... «cc»\n  Endereço ..... «ad»\n  CEP .......... «cep»\n  Município .... «ci»/«uf»\n"
          "  E-mail ....... «ce»\n  Celular ...... «ct»\n\n",
          pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), car=g.pick(CARS), val=g.money(15000, 120000), dv=g.date("br"),
          vn=P(vend.caps), vc=(g.cpf(), "BR_CPF"), vdob=(g.dob("br", 1945, 2004), "DATE_OF_BIRTH"), cn=P(comp.caps),
          cc=(g.cpf(), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ci=city, uf=uf,
          ce=(g.email(comp), "EMAIL_ADDRESS"), ct=(g.phone(), "PHONE_NUMBER"))
    doc.f("Honorários: R$ «h» + taxa DETRAN R$ «tx» (boleto nº «bol»).\nA comunicação de venda tira de você a responsabilidade "
          "pelas multas a partir de «dv» (art. 134 do CTB).\n\nAbraço,\n«ds»\n«dsp» · «crdd» · WhatsApp «t»\n",
          h=g.money(150, 600), tx=g.money(80, 350), bol=g.d(12), dv=g.date("br"), ds=P(dsp.first), dsp=g.pick(DESPACHANTES),
          crdd=(g.council("CRDD", uf), "PROFESSIONAL_ID"), t=(g.phone("plain"), "PHONE_NUMBER"))
    return doc


def ju_ata_jari(g: Gen) -> Doc:
    """Minutes of a JARI session: board members and the appeals judged (ruled or fixed-width table)."""
    doc = Doc()
    city, uf = g.city()
    pres, m1, m2, sec = g.person(), g.person(), g.person(), g.person()
    doc.f("ATA DA «n»ª SESSÃO ORDINÁRIA DA «j»ª JARI — «org»\n\nAos «dd», às «h», reuniram-se na sala de sessões, sito à "
          "Rua Barão de Mauá (anexo da Ciretran), os membros: «p» (presidente, representante do órgão), «a» (representante de "
          "entidade de classe — «cl») e «b» (representante da sociedade), secretariados por «s».\n\n"
          "Foram julgados os seguintes recursos:\n\n",
          n=g.rng.randint(12, 310), j=g.rng.randint(1, 9), org=g.pick(["DETRAN/" + uf, "DER/" + uf, "SEMOB " + city]), dd=g.date("long"),
          h=g.hm(), p=P(pres.full), a=P(m1.full), cl=g.pick(["OAB", "Sindicato dos CFCs", "Sindicato dos Taxistas"]), b=P(m2.full), s=P(sec.full))
    rows = []
    with_rel = g.chance(0.35)
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        rows.append([V(f"{g.d(5)}/{g.rng.randint(2024, 2026)}"), P(g.pick([c.caps, c.inverted, c.caps])), (g.plate(), "LICENSE_PLATE"),
                     V(g.auto()), V(g.pick(INFR)[0]), V(g.pick(["DEFERIDO", "INDEFERIDO", "INDEFERIDO", "NÃO CONHECIDO", "DILIGÊNCIA"])),
                     P(fold(g.pick([pres, m1, m2]).first).upper()) if with_rel else V(g.pick(["unânime", "unânime", "2x1"]))])
    if g.chance(0.5):
        table_ruled(doc, ["Recurso", "Recorrente", "Placa", "Auto", "Cód.", "Decisão", "Relator" if with_rel else "Votação"], rows, g.pick(["plus", "dash"]))
    else:
        table_fixed(doc, [12, 34, 9, 12, 7, 14, 12], rows)
    doc.f("\nO recurso de «x» foi convertido em diligência para juntada da CNH do condutor indicado. Nada mais havendo, "
          "eu, «s», lavrei a presente ata, que vai assinada pelos membros.\n",
          x=P(rows[0][1][0] if g.chance(0.5) else rows[-1][1][0]), s=P(sec.short))
    if g.chance(0.4):
        doc.f("\n«p»\n«a»\n«b»\n", p=P(pres.caps), a=P(m1.caps), b=P(m2.caps))
    else:
        doc.t("\n(assinado eletronicamente pelos membros — SEI)\n")
    return doc


# =========================================================================== saude

def sa_laudo_medico(g: Gen) -> Doc:
    """Report of the physical and mental fitness exam for drivers (accredited clinic, traffic physician)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    med = g.person()
    clin = g.pick(CLINICS)
    res = g.pick(["APTO", "APTO", "APTO COM RESTRIÇÕES", "INAPTO TEMPORÁRIO", "APTO COM RESTRIÇÕES"])
    doc.f("«cl» — CNPJ «cnpj»\nCredenciada DETRAN/«uf» — Portaria «po»\n\nLAUDO DO EXAME DE APTIDÃO FÍSICA E MENTAL\n"
          "Finalidade: «fin»     RENACH: «rn»\n\nCandidato(a): «n»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob» («id» anos)\n"
          "Endereço: «ad» — CEP «cep»\nTelefone: «t»   Categoria pretendida: «cat»   Atividade remunerada: «ear»\n«sus»\n",
          cl=clin, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), uf=uf, po=f"{g.d(3)}/{g.rng.randint(2015, 2024)}",
          fin=g.pick(["1ª habilitação", "renovação", "adição de categoria", "mudança de categoria", "reabilitação"]), rn=g.renach(uf),
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(dob := g.dob("br", 1940, 2006), "DATE_OF_BIRTH"), id=2025 - int(dob[-4:]), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), cat=g.pick(CATS), ear=g.pick(["sim", "não"]),
          sus=g.pick([Doc(), Doc().f("Cartão SUS: «x»\n", x=(g.cns(), "BR_CNS")), Doc().f("CNS «x»\n", x=(g.cns(), "BR_CNS"))]))
    od, oe = g.pick(["20/20", "20/25", "20/30", "20/40", "20/60"]), g.pick(["20/20", "20/25", "20/30", "20/50"])
    doc.f("ANAMNESE: «an»\nEXAME FÍSICO: PA «pa» mmHg; FC «fc» bpm; IMC «imc»\nACUIDADE VISUAL (s/ correção): OD «od»  OE «oe»  "
          "AO «ao»\nCampo visual: «cv»   Visão cromática: «vc»   Visão noturna/ofuscamento: normal\nAUDIOMETRIA: «au»\n"
          "Dinamometria: D «d1» kgf / E «d2» kgf\nHipótese diagnóstica (CID-10): «cid»\n\n",
          an=g.pick(["nega doenças crônicas", "HAS em tratamento (losartana 50 mg)", "DM2 em uso de metformina", "refere apneia do sono, usa CPAP",
                     "epilepsia controlada, última crise há 3 anos", "nega uso de álcool e drogas"]),
          pa=f"{g.rng.randint(10, 16)}x{g.rng.randint(6, 10)}", fc=g.rng.randint(56, 98), imc=f"{g.rng.uniform(19, 38):.1f}",
          od=od, oe=oe, ao=g.pick([od, oe]), cv=g.pick(["normal (confrontação)", "120° horizontal AO", "reduzido OE"]),
          vc=g.pick(["normal (Ishihara 21/21)", "discromatopsia leve (Ishihara 17/21)"]),
          au=g.pick(["não realizada (cat. B)", "perda leve bilateral", "normal"]), d1=g.rng.randint(20, 55), d2=g.rng.randint(18, 50),
          cid=g.pick(["—", "H52.1", "H52.0", "I10", "E11.9", "G47.3", "H52.1 / I10"]))
    rest = {"APTO": "sem restrições", "APTO COM RESTRIÇÕES": g.pick(["A — uso obrigatório de lentes corretivas",
                                                                     "A, D — lentes e prótese auditiva", "validade reduzida (3 anos)",
                                                                     "F — veículo com câmbio automático"]),
            "INAPTO TEMPORÁRIO": "reavaliar em " + str(g.rng.randint(30, 180)) + " dias após controle pressórico"}[res]
    doc.f("RESULTADO: «r» — «rs»\nValidade do exame: «v»\n\n«ci», «dd»\n\n«m»\nMédic«o» perit«o» examinador«a» — «crm»\nEsp. Medicina de Tráfego\n"
          "\nCiente: «sg»\n",
          r=res, rs=rest, v=g.pick(["10 anos", "5 anos", "3 anos", "2 anos e 6 meses"]), ci=city, dd=g.date("br"),
          m=P(g.pick([med.full, med.caps])), o=med.o, a="a" if med.female else "", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          sg=P(c.short))
    return doc


def sa_psicologica(g: Gen) -> Doc:
    """Result of the psychological assessment for drivers, with the psychologist and the board for review."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    ps = g.person(female=g.chance(0.75))
    res = g.pick(["APTO", "INAPTO TEMPORÁRIO", "APTO", "INAPTO"])
    doc.f("«cl»\nAVALIAÇÃO PSICOLÓGICA PARA CONDUTORES — RESULTADO\n(Resolução CONTRAN 927/2022 e Resolução CFP 01/2019)\n\n"
          "Nome: «n»\nData de nasc.: «dob»    CPF: «cpf»    RENACH: «rn»\nE-mail para envio do resultado: «e»\n\n"
          "Instrumentos aplicados em «da»: «ins»\n\n",
          cl=g.pick(CLINICS), n=P(c.caps), dob=(g.dob("br", 1955, 2007), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), rn=g.renach(uf),
          e=(g.email(c), "EMAIL_ADDRESS"), da=g.date("br"),
          ins=", ".join(g.rng.sample(["Teste Palográfico", "BFP", "TEACO-FF", "TEADI", "TEALT", "R-1", "Atenção Concentrada (AC)",
                                      "entrevista psicológica", "Bateria Psicológica para Avaliação da Atenção (BPA)"], 4)))
    doc.f("RESULTADO: «r»\n«obs»\n\nPsicólog«o» perit«o» examinador«a»: «p» — «crp»\n",
          r=res, obs={"APTO": "Candidato(a) apresentou desempenho compatível com a condução de veículo automotor.",
                      "INAPTO TEMPORÁRIO": "Desempenho abaixo do esperado em atenção dividida. Reteste a partir de " + g.date("br") + ".",
                      "INAPTO": "Cabe recurso à Junta Psicológica do DETRAN/" + uf + " no prazo de 30 dias."}[res],
          o=ps.o, a="a" if ps.female else "", p=P(ps.full), crp=(g.council("CRP", uf), "PROFESSIONAL_ID"))
    if res != "APTO":
        b1, b2 = g.person(), g.person()
        doc.f("\n--- Encaminhamento (uso interno) ---\nEntrevista devolutiva agendada: «dv» às «h» com «pf». Se houver recurso, a banca "
              "será composta por «b1» («c1») e «b2» («c2»). Contato do candidato: «t».\n",
              dv=g.date("br"), h=g.hm(), pf=P(ps.first), b1=P(b1.full), c1=(g.council("CRP", uf), "PROFESSIONAL_ID"),
              b2=P(b2.short), c2=(g.council("CRP", uf), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("\nRetirar o laudo impresso na recepção («rec») ou pelo WhatsApp «t». «w»\n", rec=P(g.person().first),
              t=(g.phone("par"), "PHONE_NUMBER"), w=g.pick(["Boa prova!", "A taxa de R$ " + g.money(80, 200) + " já foi quitada.", ""]))
    return doc


def sa_agenda_clinica(g: Gen) -> Doc:
    """Daily schedule of an accredited clinic printed fixed-width without rulers."""
    doc = Doc()
    city, uf = g.city()
    med, psi = g.person(), g.person(female=True)
    doc.f("«cl»  ·  AGENDA DO DIA «d»  ·  impresso por «lg» em «h»\nMédico: «m» («crm»)   Psicóloga: «p» («crp»)\n\n",
          cl=g.pick(CLINICS).upper(), d=g.date("br"), lg=g.pick(["recepcao01", "rec.tarde", "adm"]), h=g.hm(),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), p=P(psi.full), crp=(g.council("CRP", uf), "PROFESSIONAL_ID"))
    doc.t("HORA  PACIENTE                            CPF             EXAME      FONE              VALOR     PGTO\n")
    rows = []
    for h in g.times(g.rng.randint(5, 8), 7 * 60, 17 * 60, 20):
        c = g.person()
        ex = g.pick(["MED", "MED+PSI", "PSI", "MED", "MED-RENOV", "RETESTE PSI"])
        rows.append([V(h), P(g.pick([c.caps, c.caps, c.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(ex),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), V(g.money(90, 350)),
                     V(g.pick(["PIX", "DIN", "CART", "pendente", "GUIA DETRAN"]))])
    table_fixed(doc, [5, 35, 15, 10, 17, 9, 8], rows)
    doc.f("\nFaltou: «f» (remarcar). Encaixe p/ «enc», tel «t».\n«w»\n",
          f=P(fold(g.person().short).upper()), enc=P(g.person().full), t=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Lembrar: paciente de 70+ tem validade reduzida.", "Ishihara novo chegou.", "Máquina de cartão com luz vermelha piscando — ligar p/ suporte."]))
    return doc


def sa_junta(g: Gen) -> Doc:
    """E-mail thread with the DETRAN special medical board about an 'unfit' result (epilepsy, diabetes, apnoea)."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    neuro = g.person()
    sec = g.person()
    cond = g.pick([("G40.9", "epilepsia", "neurologista"), ("E10.9", "diabetes tipo 1 com hipoglicemias", "endocrinologista"),
                   ("G47.3", "apneia obstrutiva do sono", "médico do sono"), ("H40.1", "glaucoma", "oftalmologista")])
    doc.f("De: «n» <«e»>\nPara: juntamedica@detran.«u».gov.br\nData: «d»\nAssunto: Recurso — resultado INAPTO — RENACH «rn»\n\n"
          "Prezados,\n\nFui considerad«o» inapt«o» no exame médico de renovação por «cd» (CID «cid»). Anexo relatório d«ao» «esp» "
          "«nm» («crm»), que me acompanha há «k» anos, afirmando controle adequado.\n\n"
          "Meus dados: CPF «cpf», CNH «cnh», nascimento «dob», Cartão SUS «cns». Endereço: «ad», «ci»/«U», CEP «cep». Telefone «t».\n\n"
          "Preciso da CNH para trabalhar (sou «prof»). «jud»\n\nAtenciosamente,\n«sg»\n\n",
          n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), u=uf.lower(), d=g.date("br"), rn=g.renach(uf), o=c.o, cd=cond[1], cid=cond[0],
          ao="a" if neuro.female else "o", esp=cond[2], nm=P(g.pick([neuro.full, neuro.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          k=g.rng.randint(2, 15), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), dob=(g.dob(g.pick(["br", "long"]), 1950, 2000), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), ci=city, U=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          prof=g.pick(["motorista de van escolar", "entregador", "vendedor externo", "técnico de campo"]), sg=P(c.short),
          jud=g.pick(["", "Se não for resolvido vou entrar com ação (meu advogado já tem o processo nº " + g.cnj() + " contra o plano de saúde).",
                      "Já tenho uma ação na justiça sobre isso, nº " + g.cnj() + "."]))
    doc.f("---\nResposta (Junta Médica Especial — «u2»):\nSr(a). «nf», o recurso foi recebido sob nº «pr». A avaliação presencial será em «da» às «h», "
          "na sede (Av. Tiradentes — bloco B). Trazer exames: «ex». Os peritos designados são «p1» («c1») e «p2» («c2»).\n«s»\nSecretaria da Junta\n",
          u2="DETRAN/" + uf, nf=P(c.last), pr=g.protocol(), da=g.date("br"), h=g.hm(),
          ex=g.pick(["EEG recente e nível sérico do anticonvulsivante", "HbA1c e glicemias capilares de 30 dias",
                     "polissonografia", "campimetria computadorizada"]),
          p1=P(g.person().full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), p2=P(g.person().full),
          c2=(g.council("CRM", uf), "PROFESSIONAL_ID"), s=P(sec.short))
    return doc


def sa_pcd(g: Gen) -> Doc:
    """Special medical report for a disabled driver: adapted vehicle codes, physiotherapist and tax-exemption note."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    m, ft = g.person(), g.person()
    doc.f("LAUDO MÉDICO ESPECIAL — CONDUTOR COM DEFICIÊNCIA (PcD)\nJunta Médica Especial DETRAN/«uf» — sessão de «d»\n\n"
          "Requerente: «n»\nDN: «dob}   CPF: «cpf}   CNS: «cns}\nEndereço: «ad}   CEP «cep}\nContato: «t} / «e}\n\n".replace("}", "»"),
          uf=uf, d=g.date("br"), n=P(c.caps), dob=(g.dob("br", 1950, 2005), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(c), "EMAIL_ADDRESS"))
    cid = g.pick([("T90.5", "sequela de TCE"), ("Q71.3", "agenesia de mão"), ("G80.9", "paralisia cerebral leve"),
                  ("S48.0", "amputação traumática de membro superior"), ("T93.6", "sequela de fratura de fêmur"), ("G35", "esclerose múltipla")])
    doc.f("Diagnóstico: «ds» — CID «cid»\nAvaliação funcional (fisioterapia): «ft», «crf», em «df»: força MSD grau «g1», MSE grau «g2»; "
          "amplitude de movimento preservada em «mb».\n\nRestrições/adaptações exigidas: «rs»\nCategoria: «cat»   Validade: «v»\n\n",
          ds=cid[1], cid=cid[0], ft=P(ft.full), crf=(f"CREFITO-{g.rng.randint(1, 16)}/{g.d(6)}-F", "PROFESSIONAL_ID"), df=g.date("br"),
          g1=g.rng.randint(2, 5), g2=g.rng.randint(0, 5), mb=g.pick(["MMII", "MID", "coluna cervical"]),
          rs=g.pick(["F — câmbio automático; G — direção hidráulica; I — acelerador à esquerda", "D — prótese auditiva; E — obrigatório o uso de prótese de membro",
                     "F, G, K — comandos manuais de freio e acelerador", "câmbio automático e pomo giratório no volante"]),
          cat=g.pick(["B", "B", "A (moto adaptada)"]), v=g.pick(["5 anos", "3 anos", "2 anos"]))
    doc.f("Observação: laudo válido para fins de isenção de IPI/IOF/ICMS (Lei 8.989/1995) somente com a CNH emitida constando as restrições. "
          "Veículo a adaptar: placa «pl».\n\nMédicos da Junta:\n«m1» — «c1»\n«m2» — «c2»\n",
          pl=(g.plate(), "LICENSE_PLATE"), m1=P(m.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), m2=P(g.person().caps),
          c2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_toxicologico(g: Gen) -> Doc:
    """CSV of long-window toxicological tests (categories C, D, E) from a lab, with the reviewing physician."""
    doc = Doc()
    uf = g.pick(UFS)
    mro = g.person()
    lab = g.pick(LABS)
    doc.f("# «lab» (CNPJ «cnpj») — remessa RENACH/SENATRAN «d» — médico revisor (MRO): «m» «crm»\n",
          lab=lab, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), d=g.date("iso"), m=P(mro.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    cols = ["cod_amostra", "nome", "cpf", "cnh", "dt_nasc", "celular", "cat", "finalidade", "dt_coleta", "posto_coleta", "resultado"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        res = g.pick(["NEGATIVO"] * 5 + ["POSITIVO - cocaína", "POSITIVO - anfetamínicos", "INCONCLUSIVO (recoleta)"])
        rows.append([V(f"{g.pick(['TX', 'AM'])}{g.d(9)}"), P(g.pick([c.caps, c.caps, c.full])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.cnh(), "BR_CNH"), (g.dob(g.pick(["iso", "br"]), 1955, 2000), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER") if g.chance(0.85) else V(""), V(g.pick(["C", "D", "E", "AD", "AE"])),
                     V(g.pick(["renovação", "adição", "periódico 2,5 anos", "CLT admissional", "mudança"])), V(g.date("br")),
                     V(g.pick(["Posto Aurora", "Unid. Centro", "Clínica Vitória", "Posto Rodovia km 42"])), V(res)])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]), quote_all=g.chance(0.3))
    pos = [r for r in rows if r[-1][0].startswith(("POS", "INC"))]
    if pos:
        doc.f("# «n»: resultado comunicado ao doador por telefone «t» em «d»; contraprova disponível por 5 anos\n",
              n=P(pos[0][1][0]), t=(g.phone(), "PHONE_NUMBER"), d=g.date("br"))
    doc.f("# conferido por «c» — CRM do revisor confere com cadastro. Não constam dados de CID neste arquivo.\n", c=P(g.person().short))
    return doc


def sa_ocr_idoso(g: Gen) -> Doc:
    """OCR-ish scan of the renewal exam of an elderly driver (reduced validity), with a relative as companion."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    acomp = g.relative(c)
    med = g.person()
    noisy = lambda s: ocr(s, g)
    doc.f("CLlNICA «cl» - MEDlClNA DO TRÁFEGO\nFlCHA DE EXAME MÉDICO - RENOVAÇÃO\n\nNorne: «n»\nNasc.: «dob}  ldade: «i} anos\n"
          "CPF: «cpf}     CNH n°: «cnh}\nCNS: «cns}\nEnd.: «ad}\nCEP: «cep}   Fone: «t}\nAcompanhante: «ac} («par}) - CPF «acpf}\n\n".replace("}", "»"),
          cl=fold(g.pick(["Vitória", "Boaventura", "Aurora", "Frota"])).upper(), n=P(noisy(c.caps)),
          dob=(ocr(dob := g.dob("br", 1935, 1955), g, digits=True), "DATE_OF_BIRTH"), i=2025 - int(dob[-4:]),
          cpf=(ocr(g.cpf("dot"), g, digits=True), "BR_CPF"), cnh=(ocr(g.cnh(), g, digits=True), "BR_CNH"),
          cns=(ocr(g.cns(), g, digits=True), "BR_CNS") if g.chance(0.7) else "nao informado", ad=(noisy(g.address("caps")), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.4)), "PHONE_NUMBER"),
          ac=P(noisy(acomp.full)), par=g.pick(["filha", "neta", "nora", "sobrinha"] if acomp.female else ["filho", "neto", "genro", "sobrinho"]), acpf=(ocr(g.cpf("dot"), g, digits=True), "BR_CPF"))
    doc.f("Uso de rnedicamentos: «md»\nAcuidade visual c/ correção: OD «od»  OE «oe»\nTeste de reflexos / coordenação: «rf»\n"
          "CID: «cid»\n\nConclusão: APTO - validade reduzida para «v» anos (art. 147, § 2º, do CTB)\n\n«m»\n«crm»\n",
          md=g.pick(["losartana, AAS", "metformina, sinvastatina", "nega", "levotiroxina"]), od=g.pick(["20/25", "20/30", "20/40"]),
          oe=g.pick(["20/25", "20/30", "20/40"]), rf=g.pick(["normal", "levemente lentificado", "preservado"]),
          cid=g.pick(["H25.9", "I10", "H52.1", "Z02.4"]), v=g.pick(["3", "3", "2"]), m=P(noisy(med.caps)),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]


def fi_extrato_debitos(g: Gen) -> Doc:
    """Vehicle debts statement from the DETRAN portal, forwarded by a dispatcher with payment instructions."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    dsp = g.person()
    pl = g.plate()
    doc.f("Oi «cf», tudo bem? Puxei o extrato do seu carro no site do DETRAN, segue abaixo. Dá pra parcelar as multas no cartão "
          "em até 12x pela credenciada. Me confirma o CPF do titular que eu emito as guias.\n— «ds» («dsp»)\n\n",
          cf=P(g.pick([c.first, c.nick])), ds=P(dsp.first), dsp=g.pick(DESPACHANTES))
    doc.f("==================== DETRAN-«uf» · CONSULTA DE DÉBITOS DO VEÍCULO ====================\n"
          "Placa: «pl}    RENAVAM: «rv}    Exercício: «ex}\nProprietário: «n}\nCPF/CNPJ: «cpf}\nMunicípio: «ci}\n\n".replace("}", "»"),
          uf=uf, pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), ex=g.rng.randint(2025, 2026), n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), ci=city.upper())
    doc.t("DÉBITO                                   VENCIMENTO   VALOR (R$)\n")
    total = 0
    items = [("IPVA " + str(g.rng.randint(2024, 2026)) + " cota única", g.rng.randint(400, 4000)),
             ("Licenciamento anual", g.rng.randint(90, 180)), ("Seguro DPVAT/SPVAT", g.rng.randint(0, 60))]
    for _ in range(g.rng.randint(1, 3)):
        items.append(("Multa AIT " + g.auto() + " (" + g.pick(INFR)[0] + ")", g.rng.randint(88, 2935)))
    for name, v in items:
        cents = g.rng.randint(0, 99)
        total += v * 100 + cents
        doc.t(f"{name[:40]:<40} {g.date('br')}   {v:>8},{cents:02d}\n")
    doc.f("TOTAL: R$ «tt»\nLinha digitável (guia única): «ld»\n=============================================================================\n\n",
          tt=f"{total // 100:,}".replace(",", ".") + f",{total % 100:02d}",
          ld=" ".join(f"{b}-{g.d(1)}" for b in [g.neg_from("8")] + [g.neg(11) for _ in range(3)]))
    key = g.uuid()
    doc.f("Se preferir pagar direto comigo (taxa + honorários de R$ «h»), o Pix é chave aleatória «k» em nome de «tn», "
          "ou TED «bk» ag. «ag» c/c «cc». Comprovante pro «e» ou no zap «t».\n",
          h=g.money(80, 400), k=(key, "PIX_KEY"), tn=P(dsp.full), bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), e=(g.email(dsp, g.pick(["gmail.com", "despachanteamado.com.br", "hotmail.com"])), "EMAIL_ADDRESS"),
          t=(g.phone("plain"), "PHONE_NUMBER"))
    return doc


def fi_parcelamento(g: Gen) -> Doc:
    """Instalment plan of fines and fees paid by credit card through an accredited payment company, with the gateway log."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    card = g.card(g.chance(0.5))
    n = g.pick([3, 6, 10, 12])
    total = g.rng.randint(500, 9000)
    doc.f("«emp» — Instituição credenciada DETRAN/«uf» (Portaria «po»)\nTERMO DE ADESÃO — PARCELAMENTO DE DÉBITOS VEICULARES\n\n"
          "Pagador: «n»   CPF: «cpf»\nNascimento: «dob»   Celular: «t»   E-mail: «e»\nEndereço de cobrança: «ad» — «ci»/«uf» — CEP «cep»\n"
          "Veículo: placa «pl» / RENAVAM «rv»   Proprietário: «pr»\n\n",
          emp=g.pick(["ZapPay Débitos Veiculares S.A.", "Parcela Fácil Pagamentos", "Vitória Pagamentos Ltda", "Detran Pag"]), uf=uf,
          po=f"{g.d(3)}/{g.rng.randint(2020, 2025)}", n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2005), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), ci=city, cep=(g.cep(), "BR_CEP"),
          pl=(g.plate(), "LICENSE_PLATE"), rv=g.renavam(), pr=P(g.pick([c.caps, g.relative(c).caps])))
    doc.f("Débitos incluídos: «it»\nValor à vista: R$ «vt»   Parcelamento: «n»x de R$ «vp» (CET «cet»% a.m.)\n"
          "Cartão: «bd» final «fn»   Titular do cartão: «tc»\n\n",
          it=", ".join(g.rng.sample(["IPVA", "licenciamento", "2 multas", "multa art. 165", "taxa de transferência", "3 multas de radar"], 2)),
          vt=f"{total:,}".replace(",", ".") + ",00", n=n, vp=f"{total * 1.12 / n:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          cet=f"{g.rng.uniform(1.5, 4.9):.2f}".replace(".", ","), bd=g.pick(["VISA", "MASTERCARD", "ELO"]), fn=card.replace(" ", "")[-4:],
          tc=P(fold(c.short).upper()))
    ip = g.ip()
    doc.f("Aceite eletrônico em «d» às «h», IP «ip», dispositivo Android.\n\n--- log gateway (anexado ao chamado «ch» pelo suporte) ---\n"
          "«d2» «h1» DEBUG authorize req={\"pan\":\"«pan»\",\"exp\":\"«ex»\",\"holder\":\"«hd»\",\"installments\":«n»,\"amount\":«am»,\"ip\":\"«ip2»\"}\n"
          "«d2» «h2» INFO  authorize resp={\"status\":\"«st»\",\"nsu\":\"«nsu»\",\"auth_code\":\"«ac»\",\"pan\":\"«mk»\"}\n\n"
          "Analista: «an». Obs.: o DEBUG não devia estar gravando o PAN aberto — abri incidente.\n",
          d=g.date("br"), h=g.hms(), ip=(ip, "IP_ADDRESS"), ch=g.protocol(), d2=g.date("iso"), h1=f"10:0{g.d(1)}:{g.rng.randint(0, 5)}1",
          pan=(card.replace(" ", ""), "CREDIT_CARD"), ex=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(27, 33)}", hd=P(fold(c.short).upper()),
          n=n, am=total * 112, ip2=(ip, "IP_ADDRESS"), h2=f"10:1{g.d(1)}:{g.rng.randint(0, 5)}9", st=g.pick(["APPROVED", "DECLINED", "APPROVED"]),
          nsu=g.d(9), ac=g.d(6), mk=card.replace(" ", "")[:6] + "******" + card.replace(" ", "")[-4:], an=P(g.person().full))
    return doc


def fi_mensalidades(g: Gen) -> Doc:
    """Driving-school receivables exported to CSV (first name and surname in separate columns)."""
    doc = Doc()
    cfc = g.pick(CFCS)
    doc.f("# «cfc» — contas a receber — export «d» (sistema AutoGestor CFC) — usuário «u»\n", cfc=cfc, d=g.date("iso"),
          u=g.pick(["financeiro", "adm.cfc", "gerencia"]))
    cols = ["nome", "sobrenome", "cpf", "data_nasc", "celular", "email", "pacote", "parcela", "valor", "vencimento", "forma", "ref_pgto", "status"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        fn, ln = first_last(c)
        if g.chance(0.3):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        forma = g.pick(["pix", "pix", "cartao", "boleto", "dinheiro"])
        ref = {"pix": (g.uuid(), "PIX_KEY") if g.chance(0.6) else V("E" + g.d(8) + g.date("compact") + g.hexs(8)),
               "cartao": (g.card(False), "CREDIT_CARD") if g.chance(0.35) else V(g.d(6) + "******" + g.d(4)),
               "boleto": V(g.d(12)), "dinheiro": V("")}[forma]
        rows.append([P(fn), P(ln), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.dob("iso", 1960, 2007), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"), (g.email(c), "EMAIL_ADDRESS") if g.chance(0.85) else V(""),
                     V(g.pick(["B completo", "A+B", "reciclagem", "aulas avulsas", "D adição"])),
                     V(f"{g.rng.randint(1, 6)}/{g.rng.randint(6, 10)}"), V(g.money(150, 900).replace(".", "")), V(g.date("br")), V(forma), ref,
                     V(g.pick(["pago", "pago", "em aberto", "atrasado", "estornado"]))])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# ref_pgto: chave Pix aleatória informada pelo aluno p/ devolução, ou cartão (tokenização falhou em «d»). Conferir c/ «a».\n",
          d=g.date("br"), a=P(g.person().first))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Monthly payment of instructors (hours taught), ruled table with bank data, PIS and voter-card of new hires."""
    doc = Doc()
    cfc = g.pick(CFCS)
    doc.f("«cfc» — REPASSE DE INSTRUTORES — competência «m»/«y»\nAprovado por: «a»   Contabilidade: «ct»\n\n",
          cfc=cfc.upper(), m=f"{g.rng.randint(1, 12):02d}", y=g.rng.randint(2024, 2026), a=P(g.person().full),
          ct=g.pick(["Escritório Contábil Bessa", "Contabilidade Luz & Prudente", "Frota Contadores Associados"]))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        i = g.person()
        b = g.pick(BANKS)
        pix = g.chance(0.45)
        rows.append([P(g.pick([i.full, i.caps, i.inverted_title])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS"), V(b[0]),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), (g.uuid(), "PIX_KEY") if pix else V("-"),
                     V(str(g.rng.randint(40, 190))), V(g.money(1800, 7500))])
    table_ruled(doc, ["Instrutor", "CPF", "PIS/PASEP", "Bco", "Ag.", "Conta", "Chave Pix", "Aulas", "Valor R$"], rows, g.pick(["plus", "dash"]))
    nv = g.person()
    doc.f("\nAdmissão no mês: «n» — nasc. «dob», CPF «cpf», PIS «pis», título eleitoral «te», CNH «cnh» (cat. «cat», EAR), "
          "credencial de instrutor nº «cr». Endereço: «ad», CEP «cep». Conta salário a abrir.\n"
          "Desconto de «v» do «x» referente à multa do «pl» (art. 218 do CTB, em aula).\n",
          n=P(nv.full), dob=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          te=(g.titulo(), "BR_TITULO_ELEITOR"), cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["AB", "AD", "AE"]), cr=g.d(7),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), v="R$ " + g.money(130, 300), x=P(rows[0][0][0]), pl=(g.plate(), "LICENSE_PLATE"))
    return doc


def fi_orcamento(g: Gen) -> Doc:
    """Dispatcher's quote and receipt for a vehicle transfer (fees, fees of the DETRAN, inspection) with payment data."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    dsp = g.person()
    doc.f("«dspn» · CNPJ «cnpj» · «crdd»\nResp.: «dn»   Fone «df»\n\nORÇAMENTO / RECIBO Nº «nr»\n\nCliente: «n»\nCPF: «cpf}   "
          "RG: «rg}\nFone: «t}   E-mail: «e}\nVeículo: «car} — placa «pl} — RENAVAM «rv}\n\n".replace("}", "»"),
          dspn=g.pick(DESPACHANTES), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), crdd=(g.council("CRDD", uf), "PROFESSIONAL_ID"),
          dn=P(dsp.full), df=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), nr=g.d(5), n=P(g.pick([c.full, c.caps])),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"),
          car=g.pick(CARS), pl=(g.plate(), "LICENSE_PLATE"), rv=g.renavam())
    total = 0
    for s in g.rng.sample(["Taxa de transferência DETRAN", "Vistoria de identificação veicular (ECV)", "Emissão CRV/CRLV-e",
                           "Honorários despachante", "Baixa de gravame", "Mudança de município", "Placa Mercosul (par)",
                           "Reconhecimento de firma (2x)"], g.rng.randint(3, 5)):
        v = g.rng.randint(30, 450)
        total += v
        doc.t(f"  {s:.<45} R$ {v:>6},00\n")
    doc.f("  TOTAL ........................................ R$ «tt»,00\n\n", tt=total)
    how = g.pick(["pix", "ted", "cartao"])
    if how == "pix":
        doc.f("Pagamento via Pix (chave aleatória): «k»\nFavorecido: «fv»\n", k=(g.uuid(), "PIX_KEY"), fv=P(dsp.caps))
    elif how == "ted":
        doc.f("Depósito/TED: «b» — Ag. «ag» — C/C «cc» — favorecido «fv»\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), fv=P(dsp.full))
    else:
        doc.f("Pago no cartão em «k»x (maquininha), NSU «nsu», cartão final «f».\n", k=g.rng.randint(1, 6), nsu=g.d(6), f=g.d(4))
    doc.f("Prazo: «pz» dias úteis após a vistoria na «vs».\n\nRecebi de «n2» a importância acima.\n«ci», «d»\n«ds»\n",
          pz=g.rng.randint(3, 15), vs=g.pick(["ECV Barão de Mauá", "vistoria Aurora", "Ciretran " + city]), n2=P(c.short), ci=city,
          d=g.date("br"), ds=P(dsp.short))
    return doc


def fi_restituicao(g: Gen) -> Doc:
    """Request for refund of a DETRAN fee paid twice, with the bank account and the clerk's analysis."""
    doc = Doc()
    city, uf = g.city()
    c = g.person()
    tit = c if g.chance(0.6) else g.relative(c)
    serv = g.person()
    doc.f("DETRAN/«uf» — REQUERIMENTO DE RESTITUIÇÃO DE TAXAS\n\nRequerente: «n»\nCPF: «cpf»    RG: «rg»    Data de nascimento: «dob»\n"
          "Título de eleitor (opcional): «te»\nEndereço: «ad»    Bairro: «b»    CEP: «cep»    Município: «ci»\n"
          "Telefone: «t»    E-mail: «e»\n\n",
          uf=uf, n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1945, 2005), "DATE_OF_BIRTH"),
          te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else "—", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), ci=city, t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Motivo: «mv»\nGuias: «g1» (paga em «d1», R$ «v»)  e  «g2» (paga em «d2», R$ «v»)\n\n"
          "DADOS BANCÁRIOS PARA DEPÓSITO\nBanco: «bn» («bc»)   Agência: «ag»   Conta: «cc»   Tipo: «tp»\nTitular: «tn»   CPF do titular: «tcpf»\n\n",
          mv=g.pick(["pagamento em duplicidade da taxa de renovação", "serviço não prestado (desistência da 2ª via)",
                     "taxa de licenciamento paga duas vezes (app do banco + lotérica)"]),
          g1=g.d(12), d1=g.date("br"), v=g.money(60, 300), g2=g.d(12), d2=g.date("br"), bn=(b := g.pick(BANKS))[1], bc=b[0],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]),
          tn=P(tit.full), tcpf=(g.cpf(), "BR_CPF") if tit is not c else "o mesmo")
    doc.f("«ci», «dd».     Assinatura: «sg»\n\n--- PARECER (uso do DETRAN) ---\nConferido no sistema de arrecadação: «pc». Deferido em «dp» "
          "por «sv» (mat. «mt»). Processo SEI «sei». «nt»\n",
          ci=city, dd=g.date("br"), sg=P(c.short), pc=g.pick(["duplicidade confirmada", "apenas uma guia compensada — indeferir"]),
          dp=g.date("br"), sv=P(serv.full), mt=g.d(6), sei=f"{g.d(5)}.{g.d(6)}/{g.rng.randint(2024, 2026)}-{g.d(2)}",
          nt=g.pick(["Titular da conta diverge do requerente — exige procuração.", "Lei 13.709/2018: não reenviar os dados bancários por e-mail.", ""]))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Finance e-mail of a driving school about card chargebacks, quoting the acquirer's dispute file."""
    doc = Doc()
    fin = g.person()
    cont = g.person()
    dom = g.pick(["cfcaurora.com.br", "autoescolaprudente.com.br", "cfcrosadosventos.com.br"])
    doc.f("De: «fn» <«fe»>\nPara: «cn» <«ce»>\nAssunto: contestações (chargeback) — «m»\n\n«cf», segue o arquivo da adquirente com as "
          "contestações do mês. Precisamos mandar a defesa até «d» com o contrato assinado e o comprovante das aulas.\n\n",
          fn=P(fin.full), fe=(corp_mail(fin, dom), "EMAIL_ADDRESS"), cn=P(cont.full), ce=(g.email(cont, "contabilbessa.com.br"), "EMAIL_ADDRESS"),
          m=g.pick(MONTHS) + "/" + str(g.rng.randint(2024, 2026)), cf=P(cont.first), d=g.date("br"))
    cols = ["DT_VENDA", "NSU", "CARTAO", "PORTADOR", "CPF_PORTADOR", "VALOR", "MOTIVO", "IP_ECOMMERCE"]
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        c = g.person()
        online = g.chance(0.6)
        rows.append([V(g.date("br")), V(g.d(9)), (g.card(False), "CREDIT_CARD") if g.chance(0.7) else V(g.d(6) + "******" + g.d(4)),
                     P(fold(c.full).upper()), (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(""), V(g.money(120, 3200)),
                     V(g.pick(["4837 fraude", "4853 serviço não prestado", "4863 não reconhece", "83 fraude CNP"])),
                     (g.ip(), "IP_ADDRESS") if online else V("POS")])
    table_csv(doc, cols, rows, sep=";")
    x = rows[0][3][0]
    doc.f("\nO caso de «x» é de responsável que pagou o pacote do(a) filho(a) e esqueceu; já falei com a família, vai cancelar a disputa. "
          "O aluno é «al», matrícula «mt», contrato assinado pelo gov.br em «dc».\nTodos os outros fizeram aulas (tenho a planilha "
          "de frequência dos instrutores).\n\nAbs,\n«f1»\nFinanceiro · «tel»\n",
          x=P(x), al=P(g.person().full), mt=g.d(5), dc=g.date("br"), f1=P(fin.first),
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


TEMPLATES = {
    "atendimento": [at_matricula, at_whatsapp, at_email_detran, at_escala, at_agenda_prova, at_ocr_requerimento, at_log_portal],
    "juridico": [ju_recurso_jari, ju_suspensao, ju_indicacao, ju_mandado, ju_procuracao, ju_comunicado_venda, ju_ata_jari],
    "saude": [sa_laudo_medico, sa_psicologica, sa_agenda_clinica, sa_junta, sa_pcd, sa_toxicologico, sa_ocr_idoso],
    "financeiro": [fi_extrato_debitos, fi_parcelamento, fi_mensalidades, fi_repasse, fi_orcamento, fi_restituicao, fi_chargeback],
}

ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
ELEVEN = re.compile(r"(?<![\d.])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
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
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|CRP|OAB|CRDD|COREN|CREFITO)\b", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", ENCODED.sub("", v)), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|atendimento|documentos|financeiro|contato|cfc\.|nao-responda)", v), (record["id"], v)
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled number passes CPF", m.group(1))


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
    with (HERE / "eightyfifth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eightyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
