"""Build the seventy-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7272, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: artisanal fishing communities and fishers' colonies
(colônias de pescadores Z-xx) on the coast, the estuaries and the Amazon, São Francisco and
Paraná rivers: RGP fisher registrations, seguro-defeso applications and denials, boat
registrations with the Navy (Capitania dos Portos), fish-market sales notebooks, cooperative
credit for ice and diesel, IBAMA/ICMBio infraction notices and the defences against them,
community health agents' home visits in riverside and coastal villages, river health boats,
assembly minutes and dues, as a colony office, a cooperative, a health post and the lawyers
would write them (forms, letters, chats, e-mails, CSV and tab exports, tables with and without
rulers, OCR'd scans, application logs, handwritten notebooks transcribed).
- atendimento (colony office): a membership form (ficha de cadastro de sócio, a third of
  them OCR'd scans with letter and digit confusions), a WhatsApp export between a fisher and
  the colony secretary about the seguro-defeso papers, a batch list of seguro-defeso
  applications (ruled, psql-like or bare table), an e-mail to the Capitania dos Portos on a
  boat ownership transfer, assembly minutes with an attendance extract, the application log
  of the colony's registration web app, the counter notebook of the office (caderno de
  atendimento).
- juridico (the colony's lawyers): an administrative defence against an IBAMA infraction
  notice, an initial petition to a federal small-claims court (JEF) against a seguro-defeso
  denial, a power of attorney with a declaration of poverty (OCR'd scan), the office's
  case-control CSV, an ICMBio seizure and custody notice in an extractive reserve (truck
  plate, driver's CNH), an e-mail thread lawyer/colony president, a JEF hearing record with
  qualified witnesses.
- saude (health post, ACS, river health boat): an ACS home-visit sheet with the household
  table (CNS, birth dates, ICD-10), the day register of a river health boat, a SINAN-like
  notification of a fisher's work accident (stingray, scalping, drowning) with numbered
  fields, a referral letter to the town hospital, the WhatsApp group of the ACS team, a
  HIPERDIA-like CSV of hypertensive and diabetic people, a medical report for an INSS claim.
- financeiro (cooperative, fish market, credit): a fish-stall sales notebook transcribed
  from a photo, the cooperative's ice and diesel credit position with debit accounts, Pix
  receipts pasted into a reconciliation sheet, the colony's dues CSV (some full card
  numbers left in an old sheet), a collection letter for a fuel debt, a Pronaf/Agroamigo
  microcredit proposal, the purchase log of a fish-processing plant (payment accounts,
  pickup truck plates).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu", "d.", "Enf."; particles inside a name are part of it; "SURNAME, Given"
and "SURNAME, GIVEN" are one span; nicknames and first names alone are persons, including
fishers' nicknames that are phrases ("Zé da Rede", "Chico Mergulhão", "Tonho Pescada").
Staff named in the text (secretaries, treasurers, attendants, ACS, doctors, nurses, lawyers,
judges, federal attorneys, environmental agents, credit officers, drivers) are persons;
logins, system accounts, role contacts ("Colônia Z-3 Secretaria"), staff initials ("GS") and
ACS codes ("ACS07") are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes
(secretaria@, juridico@, intimacoes@, agencia.x@marinha.mil.br) are not labelled. ADDRESS is
street type + name + number + complement (not community, city, state or CEP; CEP is
BR_CEP); "Ramal" and "Passagem" are street types of the Amazon and a ramal's "km 12" is its
number; where a form splits street and number (the SINAN fields), only the street field is
an ADDRESS span; the address of a company, a firm, a cooperative or the colony's own seat is
not labelled, nor reference points ("casa azul perto do trapiche"). Agency and account are
separate BANK_ACCOUNT spans; bank codes and bank names are not. DATE_OF_BIRTH only for
birth dates (dates of notification, accident, hearing, defeso, payment, issue are not).
PROFESSIONAL_ID includes the council acronym and UF or region (CRM, COREN, OAB, CRC); RQE,
staff registration numbers (matrícula) and CBO codes are not labelled. PIX_KEY only for
random (UUID) keys, whoever holds them (a member or the cooperative); a phone used as a Pix
key is PHONE_NUMBER. The NIT/NIS is the PIS number and is BR_PIS. CNPJs are labelled BR_CNPJ
wherever they appear (numeric and the 2026 alphanumeric form), companies included; a
company's name is never a person even when it holds a surname.

New decisions for this register: RGP numbers, boat inscriptions (Capitania, TIE), CAF/DAP
numbers, CHA (arrais-amador) numbers, RENAVAM, IBAMA/ICMBio infraction and seizure numbers,
SEI process numbers, INSS requirement protocols, GRU numbers, boleto "nosso número" and Pix
end-to-end ids are not labelled. Boat names are not labelled even when they look like a
person ("Dona Zefa", "Dona Luzia", "Menino Bento", "Filho do Prudente"), nor colony patrons
("Colônia Z-1 Almirante Tamandaré"), extractive reserves, health units named after people
("Unidade Básica Dr. Bento Catunda") or person-named cities (Marechal Deodoro, Presidente
Epitácio, Governador Celso Ramos). Fish that are also surnames ("sardinha", "dourado") are
not persons in sales notebooks; the surnames Sardinha and Dourado are, in names. A WhatsApp
sender shown as a bare phone number ("~ +55 91 98888-7777") is PHONE_NUMBER.

Names: Brazilian names of many origins (Portuguese common and regional, northern and
northeastern coined names such as Deuzelina, Ozaneide, Kethellyn, Francirley, Uelington;
Italian, German/Pomeranian of Santa Catarina, Japanese/Okinawan, Lebanese, Korean, Chinese,
Haitian, Angolan, Senegalese, Bolivian, indigenous fishing peoples (Tupinambá, Pataxó, Tikuna,
Kokama, Tremembé), Moroccan-Jewish families of the Amazon (Benchimol, Serruya, Sabbá, Azulay)),
at least a quarter of the name words rare or invented; names that are also words (Rosa,
Luz, Flor, Vitória, Aurora, Marina, Estrela, Pérola, Bento, Prudente, Amado, Sereno, Branco,
Leão) next to the same words as words ("conta de luz", "é prudente esperar a vazante",
"vitória da categoria"), in places, streets, boats and companies (Rua Rosa Branca, Vila Flor
do Mangue, Ponta da Aurora, Fábrica de Gelo Aurora, Auto Posto Prudente). Forms: full, ALL
CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames; OCR'd scans
keep their damage inside the span ("Nascirnento", "AGUlAR").

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(INSS protocols, RENAVAM, GRU), ICD-10 codes, CBO codes, money, kilograms and prices, RGP
numbers, boat inscriptions, SEI and infraction numbers, order, invoice and boleto numbers,
masked CPFs and cards, laws and decrees (Lei 10.779/2003, Decreto 6.514/2008, Lei 9.605/1998,
Lei 13.709/2018), dates that are not birth dates, company names with surnames (Frigorífico
Sardinha & Filhos, Nader & Cury Atacadista, Quaresma & Benchimol Advogados Associados).
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
SEED = 7272
OUT_NAME = "seventysecond.jsonl"

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
MESES3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Maria", "Ana Paula", "Francisca", "Antônia", "Raimunda", "Josefa", "Luciana", "Cláudia", "Adriana",
        "Patrícia", "Fernanda", "Juliana", "Sandra", "Simone", "Maria José", "Tereza", "Rita", "Joana", "Marlene",
        "Célia", "Eliana", "Rosângela", "Débora", "Maria das Graças", "Ana Lúcia", "Lúcia", "Jéssica", "Camila",
        "Aline", "Larissa", "Terezinha", "Sebastiana", "Edna", "Vânia"]
RARE_F = ["Deuzelina", "Ozaneide", "Raimunda Nonata", "Edileuza", "Marinalva", "Iracilda", "Lucineide", "Dinalva",
          "Auricélia", "Valdelice", "Marivalda", "Eurides", "Joselma", "Rosilda", "Cleonice", "Francisleide",
          "Eulina", "Deusdete", "Jucilene", "Maricleide", "Nazilda", "Orlandina", "Quitéria", "Wanderléia",
          "Zenaide", "Ivanilde", "Lindinalva", "Rosiclea", "Kethellyn", "Raynara", "Thaylane", "Adrielly",
          "Jhennyfer", "Lauanny", "Creusimar", "Maria Eduvirges", "Osmarina", "Dorgivânia"]
PT_M = ["José", "João", "Antônio", "Francisco", "Sebastião", "Raimundo", "Manoel", "Pedro", "Paulo", "Carlos",
        "Luiz", "Marcos", "Jorge", "Benedito", "Severino", "Roberto", "Ricardo", "Rafael", "Gabriel", "Lucas",
        "Mateus", "José Carlos", "João Batista", "Francisco das Chagas", "Ubirajara", "Daniel", "Márcio",
        "Fábio", "Edson", "Luís Fernando", "Miguel", "Valdir"]
RARE_M = ["Valdemiro", "Edivaldo", "Arivaldo", "Genésio", "Jucelino", "Deoclécio", "Claudionor", "Raimundo Nonato",
          "Iranildo", "Orismar", "Laudelino", "Tibúrcio", "Anísio", "Zenóbio", "Joélcio", "Erivan", "Gedeão",
          "Adenilson", "Marivaldo", "Edimilson", "Osmarino", "Dejair", "Wanderclei", "Rickelme", "Kawê",
          "Uelington", "Francirley", "Deyvison", "Jhonatan Wesley", "Euclides", "Ozéias", "Aristeu", "Leovigildo",
          "Josenildo", "Manoelito", "Cosme Damião", "Hildebrando", "Sinfrônio"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Araújo", "Ribeiro", "Barbosa", "Cardoso", "Gomes", "Martins", "Rocha", "Moraes", "Batista",
          "Conceição", "Sales", "Monteiro", "Pinheiro", "Farias", "Medeiros", "Machado", "Cunha", "Brito", "Lopes",
          "Nunes", "Dias", "Teixeira", "Moreira"]
RARE_SUR = ["Bezerril", "Quaresma", "Cajazeira", "Piauilino", "Gurgel", "Mangueira", "Itapary", "Jatobá", "Curuçá",
            "Maracajá", "Brayner", "Caminha", "Espíndola", "Sodré", "Vidigal", "Remígio", "Pureza", "Paixão",
            "Figueiró", "Tavares Bastos", "Muniz Falcão", "Arruda Câmara", "Mucuripe", "Tapajós", "Anajás",
            "Sarmento", "Bragança", "Ventura", "Lobato", "Sampaio Corrêa", "Caldas Aguiar", "Parnaíba",
            "Xavier Miranda", "Inojosa", "Capistrano", "Ximenes", "Benevides", "Catunda", "Alvarenga Peixoto"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Marina", "Estrela", "Pérola", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Sereno", "Leão", "Justo", "Fortunato", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Sardinha", "Dourado", "Pescador",
            "Marinho", "Raposo", "Cordeiro", "Coelho", "Leão", "Estrela", "Vitória", "Bastos"]
NICK = {"Sebastião": "Tião", "José": "Zé", "Francisco": "Chico", "Antônio": "Tonho", "Raimundo": "Mundico",
        "Ubirajara": "Bira", "Benedito": "Dito", "Manoel": "Mané", "João": "Joca", "Josefa": "Zefa",
        "Raimunda": "Mundinha", "Francisca": "Chica", "Terezinha": "Tetê", "Maria das Graças": "Gracinha",
        "Raimunda Nonata": "Nonata", "Raimundo Nonato": "Nonato", "Deuzelina": "Deuza", "Valdemiro": "Miro",
        "Edivaldo": "Vavá", "Cosme Damião": "Cosminho", "Sebastiana": "Tiana", "Francisco das Chagas": "Chaguinha",
        "José Carlos": "Zeca", "Claudionor": "Nonô", "Marivalda": "Vavinha", "Antônia": "Toinha",
        "Leovigildo": "Vigi", "Genésio": "Gena", "Hildebrando": "Brando", "Osmarino": "Marino"}
FISHER_NICK = ["Zé da Rede", "Chico Mergulhão", "Tonho Pescada", "Nego Dão", "Galego", "Baixinho do Porto",
               "Dedé", "Cabeça", "Tião Remo", "Bira do Gelo", "Neguinho", "Mundico da Ilha"]
FOREIGN = {
    "it": (["Graziella", "Giovanna", "Rafaela"], ["Giácomo", "Lorenzo", "Angelo"],
           ["Zanella", "Bortolotto", "Dal Pizzol", "Ferrarini", "Colombo", "Benedetti"]),
    "de": (["Helga", "Irmgard", "Elfrida"], ["Egon", "Arno", "Erwin"],
           ["Schmidt", "Kuhnen", "Beckhauser", "Koerich", "Schroeder", "Sell"]),
    "jp": (["Keiko", "Harumi", "Yumi"], ["Tadashi", "Noboru", "Kazuo"],
           ["Sakamoto", "Higa", "Nakamura", "Miyagi", "Shimabukuro", "Uehara"]),
    "ar": (["Samira", "Jamile", "Nagla"], ["Salim", "Elias", "Jamil"],
           ["Habib", "Cury", "Nader", "Bechara", "Zaidan", "Saliba"]),
    "kr": (["Ji-woo", "Soo-ah"], ["Dong-hyun", "Min-jun"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Mei", "Xiu"], ["Jian", "Wei"], ["Huang", "Zhang", "Liang", "Tang"]),
    "ht": (["Wideline", "Nadège", "Fabiola"], ["Wesly", "Jean-Robert", "Fritznel"],
           ["Pierre", "Jean-Baptiste", "Dorsainvil", "Louis-Charles", "Saint-Fleur"]),
    "ao": (["Nzinga", "Kianda", "Luzolo"], ["Kalunga", "Manuel Mbemba", "Kiame"],
           ["Mbemba", "Kassoma", "Lukamba", "Tchipalanga", "Ndombele"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Modou", "Babacar", "Ibrahima"], ["Diallo", "Ba", "Faye", "Mbaye", "Seck"]),
    "bo": (["Ximena", "Justina", "Rosmery"], ["Evaristo", "Rolando", "Wilber"],
           ["Mamani", "Choque", "Condori", "Huanca", "Ticona"]),
    "in": (["Potira", "Jandira", "Moema", "Araci"], ["Arakém", "Anajé", "Iberê", "Tupã"],
           ["Pataxó", "Tupinambá", "Tikuna", "Kokama", "Munduruku", "Tremembé"]),
    "jw": (["Esther", "Miriam", "Rebeca"], ["Isaac", "Moisés", "Salomão"],
           ["Benchimol", "Serruya", "Sabbá", "Azulay", "Bentes", "Obadia"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Deuza", "Nonô", "Vavinha", "Vigi", "Mergulhão", "Dão"])
# words of multi-word rare entries that are common on their own do not count as rare
COMMON_WORDS = {w for n in PT_F + PT_M + PT_SUR + WORD_F + WORD_M + WORD_SUR for w in n.split()} | {
    "Aguiar", "Miranda", "Corrêa", "Tavares", "Xavier", "Caldas", "Câmara", "Arruda", "Muniz", "Falcão", "Peixoto",
    "Alvarenga", "Maria", "Raimunda", "Raimundo", "Wesley", "Cosme", "Sampaio", "Jean", "Manuel", "Luís"}

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Paixão", "Pureza", "Estrela", "Flor", "Cunha"}
DO_SUR = {"Nascimento", "Amaral", "Carmo", "Espírito Santo"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


# --------------------------------------------------------------------------- places and register vocabulary

DDDS = ["91", "91", "93", "94", "92", "97", "96", "98", "99", "86", "85", "88", "84", "83", "81", "87", "82",
        "79", "71", "73", "75", "27", "28", "22", "24", "12", "13", "41", "47", "48", "53", "51", "67", "65", "38"]
COLONY_TOWNS = [("Vigia", "PA", "Z-3"), ("Bragança", "PA", "Z-17"), ("Cametá", "PA", "Z-16"), ("Abaetetuba", "PA", "Z-14"),
                ("Soure", "PA", "Z-1"), ("Parintins", "AM", "Z-17"), ("Tefé", "AM", "Z-4"), ("Itacoatiara", "AM", "Z-2"),
                ("Santarém", "PA", "Z-20"), ("Raposa", "MA", "Z-53"), ("Camocim", "CE", "Z-1"), ("Acaraú", "CE", "Z-2"),
                ("Aracati", "CE", "Z-12"), ("Icapuí", "CE", "Z-17"), ("Touros", "RN", "Z-7"), ("Cabedelo", "PB", "Z-1"),
                ("Itamaracá", "PE", "Z-10"), ("Piaçabuçu", "AL", "Z-19"), ("Penedo", "AL", "Z-12"),
                ("Marechal Deodoro", "AL", "Z-4"), ("Valença", "BA", "Z-15"), ("Canavieiras", "BA", "Z-20"),
                ("Prado", "BA", "Z-24"), ("Caravelas", "BA", "Z-25"), ("Conceição da Barra", "ES", "Z-2"),
                ("Arraial do Cabo", "RJ", "Z-5"), ("Paraty", "RJ", "Z-18"), ("Ubatuba", "SP", "Z-10"),
                ("Cananéia", "SP", "Z-9"), ("Iguape", "SP", "Z-8"), ("Guaratuba", "PR", "Z-7"), ("Paranaguá", "PR", "Z-1"),
                ("Governador Celso Ramos", "SC", "Z-9"), ("Laguna", "SC", "Z-14"), ("Pelotas", "RS", "Z-3"),
                ("Rio Grande", "RS", "Z-1"), ("Tramandaí", "RS", "Z-6"), ("Corumbá", "MS", "Z-1"), ("Cáceres", "MT", "Z-2"),
                ("Pirapora", "MG", "Z-1"), ("Xique-Xique", "BA", "Z-22"), ("Presidente Epitácio", "SP", "Z-13"),
                ("Vitória", "ES", "Z-5"), ("Barra de Santo Antônio", "AL", "Z-6")]
COLONY_PATRONS = ["Almirante Tamandaré", "Marcílio Dias", "Marechal Rondon", "Presidente Vargas", "Santo André",
                  "São Pedro", "Nossa Senhora dos Navegantes", "Barão de Mauá", "Ministro Fernando Costa",
                  "Padre Anchieta", "Senador Dantas"]
COMMUNITIES = ["Vila do Bonfim", "Comunidade Santa Luzia do Arapiranga", "Ilha de Cotijuba", "Vila dos Pescadores",
               "Prainha", "Comunidade São Raimundo do Jarí", "Ponta da Aurora", "Vila Flor do Mangue", "Baixio",
               "Ilha das Onças", "Comunidade Boa Esperança", "Vila Prudente do Norte", "Povoado Amado",
               "Comunidade Nossa Senhora de Nazaré", "Tapera", "Ilha do Mel", "Barra Nova", "Costa do Bento"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Travessa", "Travessa", "Passagem", "Beco", "Estrada", "Ramal",
                "Alameda", "Servidão"]
STREET_NAMES = ["Barão de Mauá", "Beira-Mar", "dos Pescadores", "da Praia", "Almirante Tamandaré",
                "Coronel Zenóbio Quaresma", "Padre Eutíquio", "Siqueira Mendes", "da Maré", "Marcílio Dias",
                "da Ilha", "do Açaizal", "São Pedro", "Nossa Senhora dos Navegantes", "Rosa Branca", "da Aurora",
                "Prudente de Morais", "Bento Gonçalves", "Vitória Régia", "das Mangabeiras", "do Porto",
                "Professora Eulina Catunda", "Manoel Pescador", "Luz do Sol", "Flor do Mangue", "Quinze de Novembro",
                "Sete de Setembro", "Rui Barbosa", "do Trapiche", "Tiradentes", "Dom Pedro II", "do Farol",
                "Capitão Anísio Quaresma", "Vereador Tibúrcio Bezerril", "das Gaivotas", "Igarapé-Miri"]
UFS = ["PA", "AM", "MA", "CE", "RN", "PB", "PE", "AL", "SE", "BA", "ES", "RJ", "SP", "PR", "SC", "RS", "MS", "MT",
       "MG", "AP", "PI", "TO", "RO"]
BOATS = ["Rosa de Saron", "Estrela do Mar II", "Dona Flor", "Aurora Boreal", "Menino Bento", "Dona Zefa",
         "Maria Bonita", "Vitória Régia", "Deus é Amor", "Luz do Amanhecer", "Sereia Morena", "Pérola Negra",
         "São Pedro I", "N. Sra. dos Navegantes", "Filho do Prudente", "Tio Amado III", "Brisa do Mar",
         "Dona Luzia", "Rei do Camarão", "Esperança de Deus", "Marina Sol", "Netinho", "Princesa do Marajó",
         "Flor de Liz", "Beija-Flor", "Caçador de Tainha", "Rosa Branca", "Canoa Estrela"]
BOAT_TYPES = ["canoa a remo", "canoa motorizada", "bote de alumínio", "barco de boca aberta", "lancha", "rabeta",
              "jangada", "barco de pesca (casco madeira)", "baleeira", "voadeira", "bateira"]
FISH = ["sardinha", "tainha", "pescada amarela", "dourada", "corvina", "robalo", "camarão rosa", "camarão branco",
        "caranguejo (cambada)", "tambaqui", "pirarucu manejado", "tucunaré", "curimatã", "pacu", "mapará",
        "serra", "cavala", "pargo", "bagre", "siri", "ostra (dz)", "filhote", "dourado", "gurijuba", "piramutaba"]
GEARS = ["rede de emalhar", "tarrafa", "espinhel", "covo", "zangaria", "curral", "linha de mão", "puçá", "arrasto"]
DEFESO = [("Lei 10.779/2003", "seguro-defeso"), ("Lei 11.959/2009", "Política Nacional da Pesca"),
          ("Decreto 8.424/2015", "regulamento do seguro-defeso"), ("Decreto 6.514/2008", "infrações ambientais"),
          ("Lei 9.605/1998", "crimes ambientais"), ("Lei 13.709/2018", "LGPD"), ("IN IBAMA 206/2008", "defeso do camarão"),
          ("Portaria SAP/MAPA 112/2023", "período de defeso"), ("Lei 13.134/2015", "alteração do seguro-defeso")]
CIDS = ["T63.5", "W57", "X20", "T75.1", "L55.0", "B54", "A27.9", "B55.1", "S61.0", "M54.5", "I10", "E11.9", "J06.9",
        "H10.9", "L23.9", "T69.0", "W69", "A09", "B82.9", "H52.4", "M75.1", "Z02.7", "N39.0", "T20.2", "S93.4"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("004", "Banco do Nordeste"), ("037", "Banpará"),
         ("748", "Sicredi"), ("756", "Sicoob"), ("237", "Bradesco"), ("260", "Nubank"), ("033", "Santander")]
COMPANIES = ["Frigorífico Sardinha & Filhos Ltda", "Pescados Bezerril Comércio Ltda", "Gelo Flor do Mar ME",
             "Posto Amado Combustíveis", "Cooperativa Mista dos Pescadores de Vila Rosa", "Peixaria Dourado",
             "Distribuidora Quaresma de Pescados", "Estaleiro Benchimol Ltda", "Auto Posto Prudente",
             "Comercial Higa Pescados", "Nader & Cury Atacadista", "Fábrica de Gelo Aurora",
             "Redes e Malhas Bragança", "Mercadinho Esperança", "Motores Kuhnen Náutica"]
WORD_USES = ["a maré tá de lua", "ficou sem luz na vila desde sábado", "é prudente esperar a vazante",
             "o gelo chegou branco de sal", "a rosa dos ventos da capitania", "barco amado por todos",
             "a flor da maré", "a aurora foi bonita hoje", "vitória da categoria na assembleia",
             "bento da rede nova (benzimento) marcado pro domingo", "a estrela da manhã ainda tava no céu"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, nick: str | None = None):
        self.given = given
        self.surnames = surnames
        self.female = female
        self._nick = nick

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria d", "Francisco das", "Jean-", "Ji-", "Soo-", "Dong-", "Min-")):
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
        if self._nick:
            return self._nick
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain"])
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

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.08 and " " not in given:
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
        nick = None
        if not female and rng.random() < 0.08:
            nick = self.pick(FISHER_NICK)
        return Person(given, surnames, female, nick)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f}pescador{self.d(2)}",
                          f"{f}.{l}.pesca"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "icloud.com"])
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

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

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
        style = style or self.pick(["dot", "dot", "raw", "uf"])
        if style == "uf":
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}"
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
        style = style or self.pick(["dot", "raw", "dot"])
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
        if self.chance(0.1) and dash:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zap": f"+55 {ddd} {h[:1]} {h[1:]}-{t}" if mobile else f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}"])

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
        dv = self.chance(0.35) if dv is None else dv
        return f"{self.d(4)}-{self.pick('0123456789X')}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.8) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        if self.chance(0.15):
            body = f"{body[:-3]}.{body[-3:]}"
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        if t == "Ramal":
            num = f"km {self.ri(1, 40)}"
        else:
            num = str(self.rng.randint(3, 2400)) if self.chance(0.85) else "s/n"
        comp = self.pick(["", "", "", "", f"casa {self.rng.randint(1, 12)}", "fundos", "próximo ao trapiche",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", f"apto {self.ri(101, 304)}",
                          "casa de madeira", "altos"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Passagem": "psg", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else (num if num.startswith("km") else f"número {num}")) + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Passagem": "Psg.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def town(self) -> tuple[str, str, str]:
        return self.pick(COLONY_TOWNS)

    def dob(self, fmt: str | None = None, lo: int = 1948, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(5, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 5 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["4.01", "4.05", "4.04", "4.03", "4.02", "8.14", "8.06", "8.05", "8.24"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(6)}"])

    def rgp(self) -> str:
        uf = self.pick(UFS)
        return self.pick([f"{uf}{self.d(8)}", f"{uf}-{self.d(7)}-{self.d(1)}", f"{self.d(4)}.{self.d(6)}",
                          f"{uf}0{self.d(9)}"])

    def inscricao(self) -> str:
        return self.pick([f"{self.d(3)}-{self.d(6)}-{self.d(1)}", f"{self.d(10)}", f"{self.d(3)}.{self.d(6)}-{self.d(1)}",
                          f"TIE {self.d(9)}"])

    def auto_infracao(self) -> str:
        return self.pick([f"{self.d(7)}-E", f"{self.d(6)}/{self.pick('ABCDE')}", f"AI {self.d(7)}-D", f"{self.d(4)}{self.d(3)}"])

    def sei(self) -> str:
        return f"{self.pick(['02001', '02018', '02047', '02070'])}.{self.d(6)}/{self.ri(2022, 2025)}-{self.d(2)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN {uf} {n}"])
        if kind == "CRC":
            return f"CRC-{uf} {self.d(6)}/O-{self.d(1)}"
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}-{self.d(1)}"])
        if kind == "CRMV":
            return f"CRMV-{uf} {self.ri(1000, 19999)}"
        if kind == "CRBio":
            return f"CRBio-{self.pick(['01', '02', '03', '04', '05', '06', '07', '08'])} {self.d(5)}/{self.d(2)}-D"
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRP":
            return f"CRP {self.d(2)}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mes": f"{dd:02d}/{MESES3[mm - 1]}/{yy}", "ddmm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
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
        pad = " " * max(0, width - len(s))
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
    """Fixed-width table: `+---+` rulers ("plus"), psql pipes ("psql") or no rulers ("bare")."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
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
    else:
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


def colony(g: Gen) -> tuple[str, str, str, str]:
    """(town, uf, Z-number, full colony name); the patron in the name honours a person, not labelled."""
    town, uf, z = g.town()
    name = g.pick([f"Colônia de Pescadores {z} de {town}", f"Colônia de Pescadores {z} \"{g.pick(COLONY_PATRONS)}\"",
                   f"Colônia {z} {g.pick(COLONY_PATRONS)}", f"Colônia de Pescadores e Aquicultores {z}"])
    return town, uf, z, name


def boat(g: Gen) -> str:
    return g.pick(BOATS)


def law(g: Gen) -> str:
    return g.pick(DEFESO)[0]


# --------------------------------------------------------------------------- atendimento (colony office)


def at_ficha(g: Gen) -> Doc:
    """Colony membership form (ficha de cadastro/atualização de sócio), sometimes an OCR-ish scan."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    scan = g.chance(0.35)
    p = g.person()
    sp = g.relative(p, female=not p.female)

    def nm(s: str) -> str:
        return ocr(s, g) if scan else s

    def dg(s: str) -> str:
        return ocr(s, g, 0.25, digits=True) if scan else s

    head = fold(cname).upper() if g.chance(0.5) else cname
    if scan:
        doc.t(f"[digitalizado — pág. 1/2 — {g.date('br')}]\n")
    doc.f("«h»\nFICHA DE CADASTRO / ATUALIZAÇÃO DE SÓCIO(A)    Matrícula nº «m»    Data: «dt»\n"
          "------------------------------------------------------------------\n",
          h=head, m=g.d(4), dt=g.date("br"))
    doc.f("Nome completo: «n»\nApelido: «a»        Sexo: «s»     Estado civil: «ec»\n"
          "Data de nasc.: «dob»     Naturalidade: «nat»\n",
          n=P(nm(g.pick([p.full, p.caps]))), a=P(p.nick), s="F" if p.female else "M",
          ec=g.pick(["casad" + p.o, "solteir" + p.o, "união estável", "viúv" + p.o]),
          dob=(g.dob(g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"), nat=f"{g.town()[0]}/{g.pick(UFS)}")
    doc.f("CPF: «cpf»    RG: «rg» «org»    NIT/PIS/PASEP: «pis»\n",
          cpf=(dg(g.cpf()), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "PC/" + uf, "SEGUP/PA", "SSP"]),
          pis=(dg(g.pis()), "BR_PIS"))
    if g.chance(0.8):
        doc.f("Título eleitoral: «t»   Zona «zn» Seção «se»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"), zn=g.ri(1, 120), se=g.ri(1, 400))
    doc.f("Endereço: «ad»    Comunidade/Bairro: «b»\nMunicípio: «c»/«uf»    CEP: «cep»\n",
          ad=(nm(g.address(g.pick(["text", "caps"]))), "ADDRESS"), b=g.pick(COMMUNITIES), c=town, uf=uf, cep=(g.cep(), "BR_CEP"))
    tel = (g.phone(), "PHONE_NUMBER")
    if g.chance(0.5):
        doc.f("Fone/WhatsApp: «t»   Recado: «r» («rn»)\n", t=tel, r=(g.phone(), "PHONE_NUMBER"), rn=P(g.person().first))
    else:
        doc.f("Fone/WhatsApp: «t»   E-mail: «e»\n", t=tel, e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("RGP nº «rgp» (emissão «de»)   Categoria: pescador«a» artesanal   Arte: «ar»\n"
          "Embarcação: «bt» — «bty» — inscrição Capitania «ins»   ( ) própria  (x) parceria\n",
          rgp=g.rgp(), de=g.date("br", g.pick([2012, 2015, 2019, 2023])), a="a" if p.female else "", ar=g.pick(GEARS),
          bt=g.pick(BOATS), bty=g.pick(BOAT_TYPES), ins=g.inscricao())
    doc.f("Cônjuge/companheir«o»: «sn»   CPF: «sc»\n", o="o" if p.female else "a", sn=P(nm(sp.full)), sc=(g.cpf(), "BR_CPF"))
    doc.t("Dependentes:\n")
    for _ in range(g.ri(1, 3)):
        k = g.relative(p)
        doc.f("  - «n» — nasc. «d»\n", n=P(nm(k.full)), d=(g.dob("br", 2006, 2022), "DATE_OF_BIRTH"))
    at = g.person()
    doc.f("\nDeclaro que as informações são verdadeiras (Lei 11.959/2009).\nAss. do(a) sócio(a): ______________   "
          "Atendente: «at»   Mensalidade: R$ «v»\n", at=P(g.pick([at.full, at.short, at.first])), v=g.pick(["20,00", "25,00", "30,00", "15,00"]))
    return doc


def at_zap(g: Gen) -> Doc:
    """WhatsApp export between a fisher and the colony secretary about the seguro-defeso paperwork."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person()
    sec = g.person(female=g.chance(0.7))
    ts = g.times(12, 6 * 3600, 21 * 3600)
    day = g.date("short")
    pn = g.pick([p.full, p.short, p.nick, p.first])
    sform = g.ri(0, 4)
    if sform <= 1:  # saved as the office's contact: a role account, not a person
        who_sec = [V(g.pick([f"Colônia {z} Secretaria", f"Colônia de Pescadores {z}", f"Secretaria {z} {town}"]))]
    elif sform == 2:
        who_sec = [P(sec.first), V(f" Colônia {z}")]
    else:
        who_sec = [P(sec.short if sform == 3 else sec.first)]
    if g.chance(0.35):
        doc.f("Conversa do WhatsApp com «c»\n", c=P(pn))
        who_p = [P(pn)]
    else:
        num = g.phone("zap")
        doc.f("Conversa do WhatsApp com «c»\n", c=(num, "PHONE_NUMBER"))
        who_p = [(num, "PHONE_NUMBER")]
    k = 0

    def line(who, msg_tpl, **kw):
        nonlocal k
        doc.t(f"{day} {ts[k]} - ")
        for v, lab in who:
            doc.e(v, lab)
        doc.f(": " + msg_tpl + "\n", **kw)
        k += 1

    pn, sn = who_p, who_sec
    line(pn, "bom dia «s» aqui e «n» da «com», queria saber do seguro defeso se ja saiu",
         s=P(sec.first), n=P(p.nick if g.chance(0.5) else p.first), com=g.pick(COMMUNITIES))
    line(sn, "Bom dia! Preciso q vc mande foto do RG e CPF e o NIT, o seu RGP tá ativo sim (nº «rgp»)", rgp=g.rgp())
    line(pn, "cpf «cpf» nit «pis»", cpf=(g.cpf(g.pick(["raw", "dot", "dash"])), "BR_CPF"), pis=(g.pis(), "BR_PIS"))
    line(pn, "rg «rg» nasci em «dob»", rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(sn, "E o endereço? Tem que ser o mesmo do comprovante de luz")
    line(pn, "«ad» cep «cep» «c»", ad=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"), cep=(g.cep(g.chance(0.6)), "BR_CEP"), c=town.lower())
    if g.chance(0.5):
        sp = g.relative(p, female=not p.female)
        line(pn, "«w» tbm quer dar entrada, «el» é «n» cpf «cpf»", w="a mulher" if not p.female else "meu marido",
             el="ela" if not p.female else "ele",
             n=P(g.pick([sp.full, sp.low])), cpf=(g.cpf(), "BR_CPF"))
    else:
        line(pn, "o numero do meu cunhado e «t» ele tem a nota da venda do peixe", t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    line(sn, "Ok. Protocolo do requerimento no INSS: «pr». Acompanha pelo 135 ou pelo app", pr=g.neg(11) if g.chance(0.5) else g.d(10))
    line(pn, "<Mídia oculta>")
    if g.chance(0.5):
        line(sn, "Recebi. Falta a declaração do presidente da colônia, o «n» assina amanhã", n=P(g.person(female=False).first))
    else:
        line(sn, g.pick(["Recebi. Mas a foto do CPF tá cortada", "Recebi, tudo certo por enquanto"]))
    line(pn, g.pick(["vlw", "obrigado minha filha deus abençoe", "blz, amanha passo ai cedo antes da maré", "ok"]))
    return doc


def at_lote(g: Gen) -> Doc:
    """Batch of seguro-defeso applications the colony keyed in, as a ruled or bare table."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    sp, lw = g.pick(["camarão", "pescada amarela", "caranguejo-uçá", "piracema (água doce)", "lagosta", "robalo"]), law(g)
    doc.f("«c» — «cty»/«uf»\nRELAÇÃO DE REQUERIMENTOS DE SEGURO-DEFESO — defeso do «sp» — lote «lt» (envio «d»)\n"
          "Base legal: Lei 10.779/2003 c/c Decreto 8.424/2015\n\n", c=cname, cty=town, uf=uf, sp=sp, lt=g.d(3), d=g.date("br"))
    rows = []
    for i in range(g.ri(5, 7)):
        p = g.person()
        st = g.pick(["DEFERIDO", "EM ANÁLISE", "INDEFERIDO - RGP suspenso", "EXIGÊNCIA", "DEFERIDO", "INDEFERIDO - renda"])
        rows.append([V(f"{i + 1:02d}"), P(g.pick([p.caps, p.caps, p.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis(), "BR_PIS"), (g.dob("br"), "DATE_OF_BIRTH"), V(g.rgp()), (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"),
                     V(st), V(g.neg(11) if g.chance(0.5) else g.d(9))])
    table_ruled(doc, ["Nº", "NOME", "CPF", "NIT", "NASC.", "RGP", "FONE", "SITUAÇÃO", "PROTOCOLO INSS"], rows, g.pick(["plus", "bare", "psql"]))
    pres = g.person()
    doc.f("\nConferido por: «a» («ac»)   Presidente: «p»\nObs.: os indeferidos por renda serão orientados a procurar a assessoria jurídica«adv».\n",
          a=P(g.person().full), ac=g.pick(["secretária", "secretário", "auxiliar adm."]), p=P(pres.caps if g.chance(0.4) else pres.full),
          adv="")
    return doc


def at_capitania(g: Gen) -> Doc:
    """E-mail to the Capitania dos Portos agency on a boat ownership transfer; owners named."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    sec = g.person()
    a, b = g.person(), g.person()
    dom = f"colonia{z.lower().replace('-', '')}{fold(town).lower().replace(' ', '')[:8]}.org.br"
    doc.f("De: «se» <«sem»>\nPara: agencia.«ag»@marinha.mil.br; secretaria@«dom»\nData: «d» «h»\n"
          "Assunto: Transferência de propriedade — embarcação «bt» (inscrição «ins»)\n\n",
          se=P(sec.full), sem=(g.email(sec, dom), "EMAIL_ADDRESS"), ag=fold(town).lower().split()[0], dom=dom, d=g.date("br"), h=g.hm(),
          bt=g.pick(BOATS), ins=g.inscricao())
    doc.f("Prezados,\n\nEncaminho a documentação para transferência da embarcação acima, «bty», «m» m, motor «mo», "
          "do vendedor para o comprador, ambos sócios desta colônia:\n\n",
          bty=g.pick(BOAT_TYPES), m=f"{g.ri(4, 14)},{g.d(1)}", mo=g.pick(["Yanmar 18 HP", "Honda 13 HP", "Tobata 11 HP", "MWM 4 cil.", "rabeta 6.5"]))
    for role, p in (("VENDEDOR", a), ("COMPRADOR", b)):
        doc.f("«r»: «n», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», «com», CEP «cep», tel. «t»\n",
              r=role, n=P(g.pick([p.full, p.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=p.o,
              dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), com=g.pick(COMMUNITIES), cep=(g.cep(), "BR_CEP"),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nValor declarado: R$ «v». Guia GRU paga em «d» (nº «gru»). O comprador possui CHA/Arrais-Amador nº «cha».\n",
          v=g.money(3000, 60000), d=g.date("br"), gru=g.neg(11) if g.chance(0.5) else g.d(17), cha=g.d(9))
    doc.f("\nAtenciosamente,\n«n»\n«role» — «c»\n«t» | «e2»\n", n=P(sec.full), role=g.pick(["Secretári" + sec.o, "Auxiliar administrativ" + sec.o]),
          c=cname, t=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.5) else V(f"({g.pick(DDDS)}) 3{g.d(3)}-{g.d(4)}"),
          e2=f"secretaria@{dom}")
    doc.t("\n").f("> Em «d», «n» escreveu:\n> Favor reenviar com o TIE original digitalizado em frente e verso.\n",
                  d=g.date("br"), n=P(g.person().short))
    return doc


def at_ata(g: Gen) -> Doc:
    """Minutes of the colony's general assembly (ata de assembleia) on dues and the defeso."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    pres, sec, tes = g.person(), g.person(), g.person()
    doc.f("ATA DA ASSEMBLEIA GERAL «tp» DA «c»\n\n", tp=g.pick(["ORDINÁRIA", "EXTRAORDINÁRIA"]), c=fold(cname).upper())
    doc.f("Aos «d» dias do mês de «mes» de «a», às «h», na sede da colônia, situada na «sede», «cty»/«uf», reuniram-se em "
          "segunda convocação «q» sócios, conforme lista de presença anexa, sob a presidência de «p», secretariada por mim, «s». ",
          d=g.pick(["doze", "quinze", "vinte", "três", "vinte e oito", "dez"]), mes=g.pick(MONTHS), a=g.pick(["2024", "2025"]), h=g.hm(),
          sede=f"{g.pick(['Rua', 'Avenida', 'Travessa'])} {g.pick(['Barão de Mauá', 'Beira-Mar', 'Almirante Tamandaré', 'do Porto'])}, {g.ri(10, 900)}",
          cty=town, uf=uf, q=g.ri(23, 140), p=P(pres.full), s=P(sec.full))
    doc.f("Pauta: 1) reajuste da mensalidade; 2) defeso «ano»; 3) prestação de contas do gelo. "
          "Item 1: «x» «t» informou inadimplência de R$ «v»; aprovado reajuste para R$ «m» a partir de «comp». ",
          ano=g.pick(["2024/2025", "2025/2026"]), x="a tesoureira" if tes.female else "o tesoureiro", t=P(tes.full), v=g.money(800, 20000),
          m=g.pick(["25,00", "30,00", "35,00"]), comp=g.pick(["março", "abril", "julho"]))
    sp1, sp2 = g.person(female=False), g.person(female=True)
    doc.f("Item 2: o sócio «a», conhecido como «an», disse que «w» e pediu que a colônia cobre do INSS os indeferimentos; "
          "a sócia «b» (matrícula «mb») lembrou que o RGP dela está suspenso desde «ds». ",
          a=P(sp1.full), an=P(sp1.nick), w=g.pick(["a vitória do ano passado foi da categoria", "é prudente esperar a portaria",
                                                  "a maré não tá pra peixe"]),
          b=P(g.pick([sp2.full, sp2.short])), mb=g.d(4), ds=g.date("br", 2024))
    doc.f("Item 3: «ot» tesoureir«o» apresentou o saldo da fábrica de gelo (R$ «s»). Nada mais havendo, eu, secretári«o2», lavrei a presente ata.\n\n",
          ot="a" if tes.female else "o", o=tes.o, s=g.money(1000, 90000), o2=sec.o)
    doc.t("LISTA DE PRESENÇA (extrato)\n")
    for i in range(g.ri(3, 4)):
        m = g.person()
        doc.f("«i». «n» — mat. «mt» — «doc»\n", i=i + 1, n=P(g.pick([m.full, m.caps, m.short])), mt=g.d(4),
              doc=(g.cpf(), "BR_CPF") if g.chance(0.85) else V("ass. a rogo"))
    return doc


def at_log(g: Gen) -> Doc:
    """Application log of the colony's registration web app (logins are not persons)."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    day = g.date("iso")
    ts = sorted(g.hms() for _ in range(12))
    doc.f("# cadastro-colonia-«z» / app.log «d»\n", z=z.lower(), d=day)
    k = 0
    for i in range(g.ri(8, 11)):
        t = f"{day} {ts[k]}"
        k += 1
        kind = g.ri(0, 6)
        p = g.person()
        if kind == 0:
            doc.f("«t» INFO  auth  login ok user=«u» ip=«ip» ua=\"Mozilla/5.0 (Linux; Android 1«a»)\"\n",
                  t=t, u=f"{fold(p.first).lower()}.{fold(p.last).lower()}"[:14], ip=(g.ip(), "IP_ADDRESS"), a=g.d(1))
        elif kind == 1:
            doc.f("«t» INFO  socio  PUT /api/socios/«id» campos=[telefone,endereco] by=«u» ip=«ip»\n",
                  t=t, id=g.d(5), u=g.pick(["secretaria01", "admin", "tesouraria", "balcao2"]), ip=(g.ip(), "IP_ADDRESS"))
        elif kind == 2:
            doc.f("«t» WARN  busca GET /api/socios?cpf=«cpf» 404 (não cadastrado) ip=«ip»\n", t=t, cpf=(g.cpf("raw"), "BR_CPF"), ip=(g.ip(), "IP_ADDRESS"))
        elif kind == 3:
            doc.f("«t» INFO  email enviado to=«e» template=boleto_mensalidade ref=«r»\n", t=t, e=(g.email(p), "EMAIL_ADDRESS"), r=g.d(8))
        elif kind == 4:
            doc.f("«t» DEBUG socio.create nome=\"«n»\" nasc=«dob» nit=«pis» rgp=«rgp»\n", t=t, n=P(g.pick([p.caps, p.full])),
                  dob=(g.dob("iso"), "DATE_OF_BIRTH"), pis=(g.pis("raw"), "BR_PIS"), rgp=g.rgp())
        elif kind == 5:
            doc.f("«t» ERROR sms gateway timeout dest=«tel» job=«j» retry=«r»\n", t=t, tel=(g.phone("e164"), "PHONE_NUMBER"), j=g.hexs(8), r=g.ri(1, 3))
        else:
            doc.f("«t» INFO  import planilha defeso linha «l»: ok («n»; «cpf»)\n", t=t, l=g.ri(2, 300), n=P(p.caps),
                  cpf=(g.cpf(), "BR_CPF"))
    rt = g.person()
    doc.f("# rotacionado às «h» — responsável técnico: «r» <«e»>\n", h=g.hm(), r=P(rt.full), e=(g.email(rt, "pescaweb.com.br"), "EMAIL_ADDRESS"))
    return doc


def at_balcao(g: Gen) -> Doc:
    """Counter notebook of the colony office (caderno de atendimento), typed from handwriting."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    doc.f("CADERNO DE ATENDIMENTO — balcão «z» — «d»\n(transcrito por «t»)\n\n", z=z, d=g.date("br"), t=P(g.person().first))
    hs = g.times(6, 7 * 3600, 17 * 3600)
    for h in hs[:g.ri(4, 5)]:
        p = g.person()
        k = g.ri(0, 5)
        if k == 0:
            doc.f("«h» — «tr» «n» veio p/ 2ª via da carteirinha. Trouxe RG «rg» e comprov. de res. (conta de luz) "
                  "no nome da filha «f». Pago R$ 10,00.\n", h=h, tr=g.pick(["d.", "dona", "sra."]) if p.female else g.pick(["sr.", "seu"]),
                  n=P(g.pick([p.nick, p.full])), rg=(g.rg(), "BR_RG"), f=P(g.relative(p, True).first))
        elif k == 1:
            doc.f("«h» — «n», cpf «cpf», quer saber pq o defeso foi indeferido. Olhei no sistema: «m». Encaminhei pro dr. «a».\n",
                  h=h, n=P(g.pick([p.full, p.low])), cpf=(g.cpf(), "BR_CPF"), m=g.pick(["RGP c/ pendência", "renda de outra fonte (CNIS)", "recebeu auxílio em concomitância"]),
                  a=P(g.person(female=False).last))
        elif k == 2:
            doc.f("«h» — mudança de endereço do «n»: agora mora na «ad», CEP «cep». Tel novo «t».\n",
                  h=h, n=P(p.nick if g.chance(0.5) else p.short), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
                  t=(g.phone(), "PHONE_NUMBER"))
        elif k == 3:
            doc.f("«h» — ligou a filha do «n» (cpf «cpf») falando que ele tá internado em «c», pediu p/ segurar a mensalidade. Contato: «t».\n",
                  h=h, n=P(p.first), cpf=(g.cpf(), "BR_CPF"), c=g.town()[0], t=(g.phone(), "PHONE_NUMBER"))
        elif k == 4:
            doc.f("«h» — «n» trouxe a declaração de nascimento do neto («kn», nasc. «dob») p/ incluir no plano funeral.\n",
                  h=h, n=P(p.full), kn=P(g.relative(p).first), dob=(g.dob("br", 2023, 2025), "DATE_OF_BIRTH"))
        else:
            doc.f("«h» — «w». Atendido «n», NIT «pis», só informação.\n", h=h, w=g.pick(WORD_USES).capitalize(),
                  n=P(p.caps), pis=(g.pis(), "BR_PIS"))
    doc.f("\nFechamento do caixa: R$ «v» — «s»\n", v=g.money(30, 900), s=P(g.person().short))
    return doc


# --------------------------------------------------------------------------- juridico (lawyers of the colony)

FIRMS = ["Quaresma & Benchimol Advogados Associados", "Escritório Bezerril Advocacia", "Gurgel, Sodré e Catunda Advogados",
         "Prudente & Rosa Sociedade de Advogados", "Assessoria Jurídica Popular Maré", "Cury Habib Advocacia Previdenciária",
         "Ximenes & Pureza Advogados"]


def lawyer(g: Gen, uf: str) -> tuple[Person, str]:
    return g.person(), g.council("OAB", uf if g.chance(0.8) else None)


def qualif(g: Gen, doc: Doc, p: Person, uf: str, town: str, dob: bool = False, caps: bool = True) -> None:
    """Standard qualification of a party: name, nationality, status, RG, CPF, address."""
    doc.f("«n», brasileir«o», «ec», pescador«a» artesanal, ", n=P(p.caps if caps else p.full), o=p.o,
          ec=g.pick(["casad" + p.o, "solteir" + p.o, "convivente em união estável", "viúv" + p.o]), a="a" if p.female else "")
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    doc.f("portador«a» da cédula de identidade RG nº «rg» «org», inscrit«o» no CPF/MF sob o nº «cpf», ",
          a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick([f"SSP/{uf}", f"PC/{uf}", "SEGUP/PA", f"SESP/{uf}"]), o=p.o,
          cpf=(g.cpf(), "BR_CPF"))
    doc.f("residente e domiciliad«o» na «ad», «com», «c»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
          com=g.pick(COMMUNITIES), c=town, uf=uf, cep=(g.cep(), "BR_CEP"))


def ju_defesa(g: Gen) -> Doc:
    """Administrative defence against an IBAMA infraction notice (auto de infração) for fishing in the defeso."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person(female=g.chance(0.2))
    agent = g.person()
    adv, oab = lawyer(g, uf)
    doc.f("ILUSTRÍSSIMO SENHOR SUPERINTENDENTE DO IBAMA NO ESTADO «e»\n\nAuto de Infração nº «ai»\nProcesso SEI nº «sei»\n"
          "Termo de Apreensão nº «ta»\n\n", e=g.pick(["DO PARÁ", "DO MARANHÃO", "DA BAHIA", "DE SANTA CATARINA", "DO AMAZONAS", "DO CEARÁ"]),
          ai=g.auto_infracao(), sei=g.sei(), ta=g.d(6))
    qualif(g, doc, p, uf, town, dob=g.chance(0.3))
    doc.f(", RGP nº «rgp», telefone «t», por seu advogado infra-assinado (procuração anexa), vem, tempestivamente, apresentar\n\n"
          "DEFESA ADMINISTRATIVA\n\nem face do auto de infração lavrado em «d» pel«ao» agente ambiental federal «ag» (matrícula «mt»), "
          "pelos fatos e fundamentos a seguir.\n\n",
          rgp=g.rgp(), t=(g.phone(), "PHONE_NUMBER"), d=g.date("br"), ao="a" if agent.female else "o",
          ag=P(g.pick([agent.full, agent.caps])), mt=g.d(7))
    kg = g.ri(12, 400)
    doc.f("I – DOS FATOS\n\nConsta do auto que «oa» autuad«o» teria sido abordad«o» em «d», «loc», transportando «kg» kg de «f» "
          "a bordo da embarcação «bt» (inscrição «ins»), durante o período de defeso, sendo-lhe imposta multa de R$ «m» "
          "com fundamento no art. 35 do Decreto 6.514/2008 e apreendidos «q» m de «ge».\n\n",
          d=g.date("br"), oa=p.o, o=p.o, loc=g.pick(["no rio Guamá", "no estuário do rio Pará", "no furo do Arapiranga", "na lagoa dos Patos", "na baía de Marajó", "no rio São Francisco", "na lagoa Mundaú"]),
          kg=kg, f=g.pick(FISH), bt=g.pick(BOATS), ins=g.inscricao(), m=g.money(700, 90000), q=g.ri(50, 1200), ge=g.pick(GEARS))
    w1, w2 = g.person(), g.person()
    doc.f("Ocorre que o pescado era proveniente de captura anterior ao defeso, conforme nota de venda e declaração de estoque "
          "entregue à colônia em «d». Confirmam os fatos as testemunhas «a», CPF «ca», e «b» (vulgo «bn»), que estavam no trapiche.\n\n",
          d=g.date("br"), a=P(w1.full), ca=(g.cpf(), "BR_CPF"), b=P(w2.full), bn=P(w2.nick))
    doc.f("II – DO DIREITO\n\nA conduta não se amolda ao tipo do art. 34 da Lei 9.605/1998. Ademais, trata-se de pesca artesanal "
          "de subsistência e baixa renda, devendo ser aplicada a advertência (art. 5º do Decreto 6.514/2008) ou a conversão da multa.\n\n"
          "III – DOS PEDIDOS\n\na) a nulidade do auto; b) subsidiariamente, a redução da multa em 90%; c) a devolução dos petrechos.\n\n"
          "«c», «dt».\n\n«adv»\n«oab»\n«e» | «t»\n",
          c=town, dt=g.date("long"), adv=P(g.pick([adv.full, adv.caps])), oab=(oab, "PROFESSIONAL_ID"),
          e=(g.email(adv, g.pick(["adv.br", "gmail.com", "quaresmabenchimol.adv.br"])), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_inicial(g: Gen) -> Doc:
    """Initial petition to a federal small-claims court (JEF) against the denial of the seguro-defeso."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person(female=g.chance(0.6))
    a1, o1 = lawyer(g, uf)
    a2, o2 = lawyer(g, uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DO JUIZADO ESPECIAL FEDERAL DA SUBSEÇÃO JUDICIÁRIA DE «s»\n\n",
          s=fold(g.pick([town, g.town()[0]])).upper())
    qualif(g, doc, p, uf, town, dob=True, caps=g.chance(0.7))
    doc.f(", NIT «pis», e-mail «e», telefone «t», por seus advogados (instrumento anexo), vem propor\n\n"
          "AÇÃO DE CONCESSÃO DE SEGURO-DESEMPREGO DO PESCADOR ARTESANAL\n\nem face do INSTITUTO NACIONAL DO SEGURO SOCIAL – INSS, "
          "autarquia federal, CNPJ «cnpj», pelos motivos seguintes.\n\n",
          pis=(g.pis(), "BR_PIS"), e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("1. A parte autora é pescador«a» artesanal filiad«o» à «c» desde «ano», com RGP nº «rgp», e exerce a pesca de «f» "
          "com «ge», em regime de economia familiar com «cj» («rel»).\n",
          a="a" if p.female else "", o=p.o, c=cname, ano=g.ri(1998, 2019), rgp=g.rgp(), f=g.pick(FISH), ge=g.pick(GEARS),
          cj=P(g.relative(p, not p.female).full), rel="cônjuge" if g.chance(0.6) else "companheir" + ("o" if p.female else "a"))
    doc.f("2. Requereu o benefício em «d» (requerimento nº «req»), indeferido sob o fundamento de «mot». Contudo, a Lei 10.779/2003 "
          "e o Decreto 8.424/2015 não exigem «ex».\n3. O CNIS aponta vínculo urbano de «nm» (CNPJ «cn»), encerrado em «de», "
          "anterior ao período aquisitivo.\n\n",
          d=g.date("br"), req=g.neg(11) if g.chance(0.5) else g.d(10), mot=g.pick(["\"ausência de comercialização da produção\"",
          "\"existência de outra fonte de renda\"", "\"RGP não ativo no período\""]), ex=g.pick(["nota fiscal em nome próprio", "inscrição como contribuinte individual"]),
          nm=g.pick(COMPANIES), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), de=g.date("br", 2022))
    doc.f("Dá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «dt».\n\n«n1» — «o1»\n«n2» — «o2»\n",
          v=g.money(5000, 30000), c=town, dt=g.date("br"), n1=P(a1.full), o1=(o1, "PROFESSIONAL_ID"), n2=P(a2.full), o2=(o2, "PROFESSIONAL_ID"))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney and declaration of poverty, scanned and OCR'd (a few character confusions)."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    firm = g.pick(FIRMS)
    outs = [g.person() for _ in range(g.ri(1, 2))]
    advs = [lawyer(g, uf) for _ in range(g.ri(1, 3))]

    def o(s: str, digits: bool = False) -> str:
        return ocr(s, g, 0.3, digits)

    doc.f("«x»\nP R O C U R A Ç Ã O   \"AD JUDICIA ET EXTRA\"\n\nOUTORGANTE(S): ", x=g.pick(["[OCR pág. 1]", "-- scan 300dpi --", "[imagem 1 de 2]"]))
    for i, p in enumerate(outs):
        if i:
            doc.t("; e ")
        doc.f("«n», pescador«a», CPF «cpf», RG «rg», nascid«o» em «d», residente na «ad», CEP «cep»",
              n=P(o(p.caps)), a="a" if p.female else "", cpf=(o(g.cpf(), True), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=p.o,
              d=(g.dob("br"), "DATE_OF_BIRTH"), ad=(o(g.address("caps")), "ADDRESS"), cep=(o(g.cep(), True), "BR_CEP"))
    doc.t(".\n\nOUTORGADO(S): ")
    for i, (a, oab) in enumerate(advs):
        if i:
            doc.t(", ")
        doc.f("«n», «oab»", n=P(o(a.full)), oab=(oab, "PROFESSIONAL_ID"))
    doc.f(", integrantes de «f», com escritório na «fa», «c»/«uf», onde recebem intimações (e-mail intimacoes@«dom»).\n\n"
          "PODERES: os da cláusula ad judicia, para o foro em geral, e especialmente para propor ação contra o INSS "
          "(seguro-defeso) e defesa em autos de infração ambiental (IBAMA/ICMBio), podendo transigir, receber e dar quitação.\n\n"
          "«c», «d».\n\n______________________\n«sig»\n\n",
          f=firm, fa=f"{g.pick(['Rua', 'Avenida', 'Travessa'])} {g.pick(STREET_NAMES)}, {g.ri(10, 2000)}, sala {g.ri(1, 30)}",
          c=town, uf=uf, dom=re.sub(r"[^a-z]", "", fold(firm.split()[0]).lower()) + ".adv.br", d=g.date("br"), sig=P(o(outs[0].full)))
    p = outs[0]
    doc.f("DECLARAÇÃO DE HIPOSSUFICIÊNCIA\n\nEu, «n», declaro, sob as penas da lei, que não possuo condições de arcar com as "
          "custas processuais sem prejuízo do sustento próprio e da família (art. 99 do CPC). Renda mensal aproximada: R$ «r», "
          "proveniente da pesca. A rogo, por não saber assinar, assina «rog», CPF «rc».\n",
          n=P(o(p.full)), r=g.money(300, 1800), rog=P(g.person().full), rc=(g.cpf(), "BR_CPF"))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Case-control spreadsheet of the colony's lawyers (CSV), CNJ numbers and hearing dates unlabelled."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    sep = g.pick([";", ",", "\t"])
    doc.f("controle_processos_defeso_«z».csv — atualizado por «a» em «d»\n", z=z.replace("-", "").lower(), a=P(g.person().first), d=g.date("br"))
    cols = ["cliente", "cpf", "nascimento", "processo", "vara", "fase", "prox_audiencia", "contato", "resp", "obs"]
    advs = [g.person() for _ in range(2)]
    ini = ["".join(w[0] for w in a.full.split() if w not in PARTICLES).upper()[:3] for a in advs]
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        rows.append([P(g.pick([p.caps, p.full, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.6) else V(""), V(g.cnj()),
                     V(g.pick(["1ª JEF", "2ª JEF", "Vara Única", "JEF Adjunto", "TR/JEF"])),
                     V(g.pick(["inicial", "citação", "instrução", "sentença procedente", "recurso INSS", "RPV expedida", "arquivado"])),
                     V(g.date("br") if g.chance(0.6) else "-"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(g.pick(ini)), V(g.pick(["", "RGP suspenso", "testemunha: " + g.pick(FISHER_NICK), "renda CNIS", "prioridade idoso",
                                                  "falecido - habilitar herdeiros", "juntar nota do frigorífico"]))])
    # the obs column with a nickname is text about a witness: label it
    fixed = []
    for r in rows:
        obs = r[-1][0]
        if obs.startswith("testemunha: "):
            fixed.append((r, obs))
        else:
            fixed.append((r, None))
    doc.t(sep.join(cols) + "\n")
    for r, obs in fixed:
        for k, (v, lab) in enumerate(r[:-1]):
            if k:
                doc.t(sep)
            q = sep in v
            doc.t('"' if q else "")
            doc.e(v, lab)
            doc.t('"' if q else "")
        doc.t(sep)
        if obs:
            doc.t("testemunha: ").e(obs[len("testemunha: "):], "PERSON")
        else:
            doc.t(r[-1][0])
        doc.t("\n")
    doc.f("\n# resp: «i1» = «a1»; nascimento só p/ prioridade (Lei 10.741/2003)\n", i1=ini[0], a1=P(advs[0].short))
    return doc


def ju_termo(g: Gen) -> Doc:
    """ICMBio seizure and custody notice (termo de apreensão e depósito) in an extractive reserve."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person(female=False)
    ag1, ag2 = g.person(), g.person()
    drv = g.person(female=False)
    dep = g.person()
    doc.f("MINISTÉRIO DO MEIO AMBIENTE — ICMBio\n«u»\nTERMO DE APREENSÃO E DEPÓSITO Nº «n»/«a» — vinculado ao AI nº «ai»\n\n",
          u=g.pick(["RESEX Marinha de Soure", "RESEX Mãe Grande de Curuçá", "RESEX Caeté-Taperaçu", "RESEX do Cassurubá",
                    "RESEX Marinha do Pirajubaé", "RESEX Canavieiras", "RESEX Tapajós-Arapiuns"]), n=g.d(5), a=g.ri(2024, 2025), ai=g.auto_infracao())
    doc.f("AUTUADO: «n»\nCPF: «cpf»   RG: «rg»   Data nasc.: «dob»\nEndereço: «ad» — «com» — CEP «cep»\nTelefone: «t»\n\n",
          n=P(p.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          ad=(g.address("caps"), "ADDRESS"), com=g.pick(COMMUNITIES), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("BENS APREENDIDOS:\n01 — «q» m de «ge» (malha «mm» mm)\n02 — «kg» kg de «f» (doados à «ent», recibo anexo)\n"
          "03 — embarcação «bt», «bty», inscrição «ins»\n",
          q=g.ri(50, 900), ge=g.pick(GEARS), mm=g.ri(20, 70), kg=g.ri(10, 600), f=g.pick(FISH),
          ent=g.pick(["Escola Municipal Rosa Branca", "Creche Flor do Mangue", "Lar dos Idosos São Vicente", "Pastoral da Criança"]),
          bt=g.pick(BOATS), bty=g.pick(BOAT_TYPES), ins=g.inscricao())
    if g.chance(0.7):
        doc.f("04 — veículo «v», placa «pl», RENAVAM «ren», conduzido por «d», CNH «cnh»\n",
              v=g.pick(["caminhão baú VW 8.160", "Fiat Strada", "caminhonete Hilux", "caminhão Ford Cargo 816 com câmara fria"]),
              pl=(g.plate(), "LICENSE_PLATE"), ren=g.neg(11), d=P(drv.full), cnh=(g.cnh(), "BR_CNH"))
    doc.f("\nDEPOSITÁRI«o» FIEL: «n», CPF «cpf», que assume a guarda na «ad».\n",
          o="A" if dep.female else "O", n=P(dep.full), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"))
    doc.f("\nAgentes: «a1» (mat. «m1») e «a2» (mat. «m2»). Testemunha: «tw».\nO autuado «rec» o termo. «dt», «h».\n",
          a1=P(ag1.full), m1=g.d(7), a2=P(ag2.short), m2=g.d(7), tw=P(g.person().full),
          rec=g.pick(["recebeu a 2ª via e assinou", "recusou-se a assinar", "assinou a rogo e recebeu a 2ª via"]),
          dt=g.date("br"), h=g.hm())
    return doc


def ju_email(g: Gen) -> Doc:
    """E-mail thread between the colony president and the lawyer on denied applications."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    pres = g.person()
    adv, oab = lawyer(g, uf)
    dom = re.sub(r"[^a-z]", "", fold(g.pick(FIRMS).split()[0]).lower()) + ".adv.br"
    ae = g.email(adv, dom)
    pe = g.email(pres)
    doc.f("From: «a» <«ae»>\nTo: «p» <«pe»>\nCc: juridico@«dom»\nSubject: RE: indeferidos defeso «ano» — lista\nDate: «d» «h»\n\n",
          a=P(adv.full), ae=(ae, "EMAIL_ADDRESS"), p=P(pres.full), pe=(pe, "EMAIL_ADDRESS"), dom=dom, ano=g.pick(["2024", "2025"]),
          d=g.date("br"), h=g.hm())
    doc.f("«pf», boa tarde.\n\nDos nomes que você mandou, já protocolamos:\n", pf=P(g.pick([pres.first, pres.nick])))
    for _ in range(g.ri(2, 3)):
        c = g.person()
        doc.f("- «n» (CPF «cpf») — proc. «cnj» — audiência «d»\n", n=P(g.pick([c.full, c.caps, c.short])), cpf=(g.cpf(), "BR_CPF"),
              cnj=g.cnj(), d=g.date("br"))
    c1, c2 = g.person(), g.person()
    doc.f("\nFaltam documentos de «a» (falta o NIT — se for «pis» confirme) e de «b», que mudou para a «ad» e não atualizou o RGP. "
          "Peça para levarem testemunhas que os conheçam da pesca, não parentes.\n\n«s»\n«oab»\n",
          a=P(c1.full), pis=(g.pis(), "BR_PIS"), b=P(c2.short), ad=(g.address(), "ADDRESS"), s=P(adv.first), oab=(oab, "PROFESSIONAL_ID"))
    doc.t("\n-----Mensagem original-----\nDe: ")
    if g.chance(0.5):
        doc.f("«p» <«pe»>", p=P(pres.caps), pe=(pe, "EMAIL_ADDRESS"))
    else:
        doc.e(pe, "EMAIL_ADDRESS")
    doc.f("\nEnviada em: «d»\n\nDr«x» «a», segue a lista. O «n» pediu pra ligar no «t» "
          "que ele fica embarcado até sexta.\n«ps»Presidente da «c»\n", d=g.date("br"), x="a." if adv.female else ".", a=P(adv.last),
          n=P(g.person(female=False).nick), t=(g.phone(), "PHONE_NUMBER"), ps=V(""), c=cname)
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Hearing record (termo de audiência de instrução) of a JEF case, witnesses qualified."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    judge, proc, autor = g.person(), g.person(), g.person()
    adv, oab = lawyer(g, uf)
    doc.f("PODER JUDICIÁRIO — JUSTIÇA FEDERAL\nJuizado Especial Federal de «c»\nTERMO DE AUDIÊNCIA DE INSTRUÇÃO E JULGAMENTO\n\n"
          "Processo: «cnj»\nClasse: Procedimento do Juizado Especial Cível\nAutor(a): «a»\nRéu: Instituto Nacional do Seguro Social - INSS\n\n",
          c=town, cnj=g.cnj(), a=P(autor.caps))
    doc.f("Aos «d», às «h», na sala de audiências, presentes «oj» Juiz«a» Federal «j», a parte autora, acompanhada de seu advogado "
          "«adv» («oab»), e «op» Procurador«b» Federal «pr». ",
          d=g.date("long"), h=g.hm(), oj="a" if judge.female else "o", a="a" if judge.female else "", j=P(judge.full),
          adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), op="a" if proc.female else "o", b="a" if proc.female else "", pr=P(proc.full))
    doc.t("Aberta a audiência, foram ouvidas as testemunhas:\n\n")
    for i in range(2):
        w = g.person()
        doc.f("«i». «n», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», «com». Compromissad«o». Disse que conhece a parte autora há «y» anos "
              "«w»; que a família pesca «f», e que quem vende o peixe é o «nk».\n",
              i=i + 1, n=P(w.caps if g.chance(0.5) else w.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=w.o, dob=(g.dob("br"), "DATE_OF_BIRTH"),
              ad=(g.address(), "ADDRESS"), com=g.pick(COMMUNITIES), y=g.ri(3, 40),
              w=g.pick(["da comunidade", "do porto", "do tempo da colônia velha", "da igreja"]), f=g.pick(FISH),
              nk=P(g.person(female=False).nick))
    doc.f("\nSENTENÇA: «s». Julgo «r» o pedido (art. 487, I, CPC), nos termos da Lei 10.779/2003. Sem custas. Publicada em audiência.\n\n"
          "«j2»\nJuiz«a» Federal\n",
          s=g.pick(["Dispensado o relatório (art. 38 da Lei 9.099/95)", "Relatório dispensado"]),
          r=g.pick(["PROCEDENTE", "PROCEDENTE", "IMPROCEDENTE", "PARCIALMENTE PROCEDENTE"]), j2=P(judge.caps), a="a" if judge.female else "")
    return doc


# --------------------------------------------------------------------------- saude (health posts, ACS, river boats)

CONDITIONS = ["hipertenso", "diabético", "gestante", "acamado", "hanseníase em tto", "tuberculose (TDO)", "criança <2a",
              "idoso", "deficiência visual", "etilista", "tabagista", "puérpera", "—", "—"]
HEALTH_UNITS = ["UBS Fluvial Igarapé-Açu", "Posto de Saúde da Ilha", "UBS Ribeirinha São Raimundo", "Barco-Hospital Papa Francisco",
                "UBS Vila dos Pescadores", "ESF Ribeirinha 03", "UBS Rosa Branca", "Unidade Básica Dr. Bento Catunda"]


def sa_visita(g: Gen) -> Doc:
    """ACS home-visit sheet (ficha de visita domiciliar) in a riverside or coastal village."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    acs = g.person(female=g.chance(0.7))
    resp = g.person()
    doc.f("FICHA DE VISITA DOMICILIAR E TERRITORIAL — «u»\nMicroárea «ma» — «com» — «c»/«uf»\nACS: «a»   CNS prof.: «acns»   Data: «d»\n\n",
          u=g.pick(HEALTH_UNITS), ma=f"{g.ri(1, 9):02d}", com=g.pick(COMMUNITIES), c=town, uf=uf, a=P(acs.full),
          acns=(g.cns(), "BR_CNS"), d=g.date("br"))
    doc.f("Domicílio: «ad»   Ref.: «ref»\nCEP «cep»   Tel. «t»   Água: «ag»   Energia: «en»\n\n",
          ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), ref=g.pick(["casa azul perto do trapiche", "depois da igreja Assembleia",
          "palafita nº 12", "ao lado do barracão da colônia", "beira do igarapé"]), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          ag=g.pick(["rio (sem tratamento)", "poço", "rede", "chuva/cisterna"]), en=g.pick(["sim", "não (gerador)", "Luz para Todos"]))
    rows = [[P(resp.full), (g.cns(False), "BR_CNS"), (g.dob("br"), "DATE_OF_BIRTH"), V("responsável; pescador" + ("a" if resp.female else "")),
             V(g.pick(CIDS) if g.chance(0.5) else "")]]
    for _ in range(g.ri(2, 4)):
        m = g.relative(resp)
        rows.append([P(g.pick([m.full, m.first + " " + m.last])), (g.cns(False), "BR_CNS"), (g.dob("br", 1950, 2024), "DATE_OF_BIRTH"),
                     V(g.pick(CONDITIONS)), V(g.pick(CIDS) if g.chance(0.4) else "")])
    table_ruled(doc, ["Nome", "CNS", "Nasc.", "Condição", "CID"], rows, g.pick(["plus", "bare"]))
    doc.f("\nMotivo: «m». Orientações: «o».\n", m=g.pick(["acompanhamento de rotina", "busca ativa de faltoso", "pós-enchente", "egresso de internação",
                                                      "cadastro atualizado"]),
          o=g.pick(["hipoclorito na água de beber", "cuidados com ferrada de arraia", "vacina em atraso da criança", "uso de protetor solar na pesca",
                    "leptospirose — não andar descalço na lama"]))
    if g.chance(0.4):
        doc.f("Obs.: «n» («nn») é quem cuida da avó; pede visita do Dr. «dr» na próxima viagem do barco.\n",
              n=P(rows[1][0][0]), nn=P(g.person().nick), dr=P(g.person().last))
    return doc


def sa_fluvial(g: Gen) -> Doc:
    """Day register of a river health boat (UBS fluvial), psql-like or ruled table."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    med, enf = g.person(), g.person()
    doc.f("«u» — viagem «v» — «d» — atracado em «com»\nEquipe: «m» («crm»), «e» («coren»), 2 téc. enf., 1 ACS, piloto\n\n",
          u=g.pick(HEALTH_UNITS[:4]), v=g.d(3), d=g.date("br"), com=g.pick(COMMUNITIES), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          e=P(enf.full), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    rows = []
    for h in g.times(g.ri(5, 7), 7 * 3600, 16 * 3600):
        p = g.person()
        rows.append([V(h), P(g.pick([p.caps, p.full, p.short])), (g.cns(g.chance(0.3)), "BR_CNS"), (g.dob("br", 1940, 2024), "DATE_OF_BIRTH"),
                     V(g.pick(CIDS)), V(g.pick(["curativo", "prescrição", "encaminhado sede", "retorno 30d", "vacina", "PCCU coletado", "teste rápido malária"])),
                     V(g.pick(["MED", "ENF", "TEC", "ODONTO"]))])
    table_ruled(doc, ["hora", "paciente", "cns", "dn", "cid", "conduta", "prof"], rows, g.pick(["psql", "plus"]))
    doc.f("\nTotal: «n» atendimentos. Combustível: «l» L de diesel. Próxima atracação: «c2», «dd».\n", n=len(rows), l=g.ri(80, 600),
          c2=g.pick(COMMUNITIES), dd=g.date("br"))
    return doc


def sa_notificacao(g: Gen) -> Doc:
    """SINAN-like notification of a work accident of a fisher (stingray, scalping, drowning), fields numbered."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person()
    mae = g.person(female=True)
    nt = g.person()
    t, name, num, comp = g.street_parts()
    doc.f("SINAN — FICHA DE INVESTIGAÇÃO — ACIDENTE DE TRABALHO «tipo»\nNº «n»\n\n",
          tipo=g.pick(["GRAVE", "COM EXPOSIÇÃO A ANIMAL PEÇONHENTO", ""]).strip(), n=g.d(7))
    doc.f("| 2 Agravo: «ag» | 3 Data da notificação: «dn» | 5 Município: «c»/«uf» |\n",
          ag=g.pick(["acidente por ferrão de arraia (X27)", "escalpelamento em eixo de motor (S08.0)", "quase-afogamento (T75.1)",
                     "ferimento por anzol", "acidente com bagre (W56)"]), dn=g.date("br"), c=town, uf=uf)
    doc.f("| 31 Nome: «n» | 32 Data de nascimento: «dob» | 34 Sexo: «s» |\n| 36 Cartão SUS: «cns» | 37 Nome da mãe: «m» |\n",
          n=P(g.pick([p.caps, p.full])), dob=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"), s="F" if p.female else "M",
          cns=(g.cns(), "BR_CNS"), m=P(g.pick([mae.caps, mae.full])))
    doc.f("| 41 Logradouro: «st» | 42 Número: «nu» | 43 Complemento: «cp» | 46 CEP: «cep» | 47 Telefone: «t» |\n",
          st=(f"{t} {name}", "ADDRESS"), nu=num, cp=comp or "-", cep=(g.cep(), "BR_CEP"), t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("| 50 Ocupação: pescador artesanal (CBO 6310-05) | 52 CPF: «cpf» | 53 Vínculo: autônomo/colônia «z» |\n",
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.8) else V("não informado"), z=z)
    doc.f("| 60 Data do acidente: «da» | 61 Hora: «h» | 65 Local: «loc» | 68 CID: «cid» |\n\n",
          da=g.date("br"), h=g.hm(), loc=g.pick(["a bordo, rio", "praia, arrasto de calão", "igarapé, pesca de tarrafa", "mangue, coleta de caranguejo"]),
          cid=g.pick(CIDS))
    doc.f("Descrição: «d»\n\nNotificante: «n» — «c» — «u»\nAssinatura: ________  Tel. unidade: («dd») 3«a»-«b»\n",
          d=g.pick(["paciente relata ferrada no calcanhar ao desembarcar, dor intensa, feito água morna e analgesia.",
                    "cabelo preso no eixo descoberto do motor da canoa; couro cabeludo parcialmente avulsionado, removid" + p.o + " de voadeira.",
                    "caiu da embarcação à noite, resgatado por " + g.pick(["outro pescador", "vizinhos"]) + ", aspirou água.",
                    "anzol transfixado na mão esquerda, retirado sob anestesia local."]),
          n=P(nt.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), u=g.pick(HEALTH_UNITS), dd=g.pick(DDDS), a=g.d(3), b=g.d(4))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """Referral letter (guia de referência) from a village health post to the town hospital."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person()
    comp = g.relative(p)
    med = g.person()
    age = g.ri(18, 84)
    doc.f("«u»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\nAo «dst»\n\nEncaminho «tr» «n», «a» anos (DN «dob»), CNS «cns», CPF «cpf», "
          "pescador«x» da «com», ",
          u=g.pick(HEALTH_UNITS), dst=g.pick(["Hospital Regional de " + town, "serviço de ortopedia", "Hospital Municipal Prudente de Morais",
                                              "CAPS de " + town, "ambulatório de dermatologia"]),
          tr=g.pick(["a Sra." if p.female else "o Sr.", "a paciente" if p.female else "o paciente"]), n=P(g.pick([p.full, p.caps])), a=age,
          dob=(g.dob("br", 2025 - age - 1, 2025 - age), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"),
          x="a" if p.female else "", com=g.pick(COMMUNITIES))
    doc.f("com quadro de «q» (CID «cid»). «h»\n\nMedicações em uso: «med».\nAcompanhante: «c» («rel»), tel. «t».\n"
          "Transporte: «tr».\n\n«lc», «d».\n\n«m»\n«crm»\n",
          q=g.pick(["lesão por ferrão de arraia em pé D com sinais de infecção", "lombalgia crônica com irradiação (esforço na puxada de rede)",
                    "queimadura solar de 2º grau em dorso", "pterígio bilateral", "dispneia e febre há 5 dias", "crise hipertensiva"]),
          cid=g.pick(CIDS), h=g.pick(["Nega alergias.", "Alérgico a dipirona.", "HAS em uso irregular.", "Tabagista 30 maços-ano.", ""]).strip(),
          med=g.pick(["losartana 50 mg", "nenhuma", "metformina 850 mg 2x/dia", "cefalexina 500 mg"]), c=P(g.pick([comp.full, comp.first])),
          rel=g.pick(["esposa", "filho", "filha", "irmã", "neto"]), t=(g.phone(), "PHONE_NUMBER"),
          tr=g.pick(["ambulancha da SEMSA", "barco de linha (por conta própria)", "voadeira da colônia", "ônibus"]), lc=town, d=g.date("br"),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_zap_acs(g: Gen) -> Doc:
    """WhatsApp group of the community health agents of an island or river stretch."""
    doc = Doc()
    team = [g.person(female=g.chance(0.7)) for _ in range(3)]
    enf = g.person(female=True)
    day = g.date("br")
    doc.f("[grupo] ACS «c» 💙\n", c=g.pick(["Ilha Grande", "Baixo Tocantins", "Costa do Bento", "Vila Flor do Mangue", "Prainha e Tapera"]))
    msgs = []
    numbers = {id(m): g.phone("plus") for m in team if g.chance(0.7)}
    for _ in range(g.ri(6, 7)):
        who = g.pick(team + [enf])
        p = g.person()
        k = g.ri(0, 6)
        if k == 0:
            msgs.append((who, "visitei «tr»«n» hj, a pressão tava 18x10, falei pra ir no posto amanhã cedo", dict(
                tr="dona " if p.female else "seu ", n=P(p.nick if g.chance(0.4) else p.first))))
        elif k == 1:
            msgs.append((who, "alguém tem o cartão sus «da» «n»? nasceu «dob», a mãe é a «m»", dict(
                da="da" if p.female else "do", n=P(p.first), dob=(g.dob("br", 2024, 2024), "DATE_OF_BIRTH"), m=P(g.person(female=True).full))))
        elif k == 2:
            msgs.append((who, "cns dela: «cns»", dict(cns=(g.cns(), "BR_CNS"))))
        elif k == 3:
            msgs.append((who, "o «n» da rede (filho do «pn») machucou de arraia, tá sem barco pra vir. liga p ele «t»", dict(
                n=P(g.person(female=False).first), pn=P(g.person(female=False).nick), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))))
        elif k == 4:
            msgs.append((who, "«w» 😂", dict(w=g.pick(WORD_USES))))
        elif k == 5:
            msgs.append((who, "gente a vacinação de campanha vai ser na «ad» (casa da «n»), dia «d»", dict(
                ad=(g.address(), "ADDRESS"), n=P(g.person(female=True).first), d=g.date("ddmm"))))
        else:
            msgs.append((who, "«n» cpf «cpf» tá com cadastro duplicado no e-SUS, quem resolve?", dict(
                n=P(g.pick([p.full, p.low])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))))
    for h, (who, tpl, kw) in zip(g.times(len(msgs)), msgs):
        doc.f("[«d» «h»] ", d=day, h=h)
        if who is enf:
            doc.e("Enf. ", None)
        if id(who) in numbers:
            doc.t("~ ").e(numbers[id(who)], "PHONE_NUMBER")
        else:
            doc.e(who.first if g.chance(0.6) else who.short, "PERSON")
        doc.t(": ")
        doc.f(tpl + "\n", **kw)
    return doc


def sa_cronicos(g: Gen) -> Doc:
    """HIPERDIA-like extract of hypertensive and diabetic people of the microarea (CSV)."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    sep = g.pick([";", ","])
    acs = [g.person() for _ in range(2)]
    acs_codes = [f"ACS{g.ri(1, 30):02d}" for _ in acs]
    doc.f("# extrato_hiperdia_microarea_«m».csv gerado em «d» por «u»\n", m=f"{g.ri(1, 9):02d}", d=g.date("iso"),
          u=g.pick(["esus.pec", "relatorio.automatico", "coordenacao.ab"]))
    cols = ["nome", "cns", "cpf", "dt_nasc", "logradouro", "telefone", "acs", "ultima_pa", "hba1c", "cid"]
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        rows.append([P(g.pick([p.caps, p.full])), (g.cns(False), "BR_CNS"), (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else V(""),
                     (g.dob("iso", 1938, 1990), "DATE_OF_BIRTH"), (g.address(g.pick(["caps", "text"])), "ADDRESS"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V(""), V(g.pick(acs_codes)),
                     V(f"{g.ri(11, 21)}x{g.ri(6, 12)}"), V(f"{g.ri(5, 12)},{g.d(1)}" if g.chance(0.5) else ""), V(g.pick(["I10", "E11.9", "I10;E11.9", "E10.9"]))])
    table_csv(doc, cols, rows, sep)
    doc.f("# «k» = «n»; conferir os sem CPF na próxima visita; glicosímetro da «c» quebrado\n", k=acs_codes[0], n=P(acs[0].full),
          c=g.pick(["Vila Flor do Mangue", "Ponta da Aurora", "Prainha", "Costa do Bento"]))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Medical report for an INSS incapacity claim of a fisher (laudo / atestado)."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person()
    med = g.person()
    doc.f("LAUDO MÉDICO\n\nPaciente: «n»\nData de nascimento: «dob»    CPF: «cpf»    NIT: «pis»\nCartão Nacional de Saúde: «cns»\n"
          "Endereço: «ad», «com», «c»-«uf»\n\n",
          n=P(g.pick([p.full, p.caps])), dob=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), com=g.pick(COMMUNITIES), c=town, uf=uf)
    doc.f("Atesto para fins de requerimento junto ao INSS (requerimento nº «rq») que «o» paciente, pescador«a» artesanal, "
          "apresenta «q» (CID-10 «cid»), com incapacidade «t» para a atividade de pesca desde «d», devendo permanecer afastad«o» "
          "por «dias» dias. Exames: «ex».\n\n",
          rq=g.neg(11) if g.chance(0.4) else g.d(9), o="a" if p.female else "o", a="a" if p.female else "",
          q=g.pick(["hérnia discal lombar", "tendinopatia do ombro (M75.1)", "sequela de escalpelamento", "perda visual por pterígio",
                    "amputação traumática de falange", "DPOC"]), cid=g.pick(CIDS), t=g.pick(["total e temporária", "parcial e permanente"]),
          d=g.date("br"), dias=g.pick([30, 60, 90, 120, 180]), ex=g.pick(["RM de coluna de " + g.date("br"), "RX anexo", "laudo oftalmológico anexo"]))
    doc.f("«c», «d».\n\n«m»\n«crm» — RQE «rqe»\n«cl»\n", c=town, d=g.date("long"), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          rqe=g.d(5), cl=g.pick(["Clínica Bezerril Saúde Ocupacional", "Policlínica Rosa Branca", "Consultório Habib & Cury", "CEREST " + town]))
    return doc


# --------------------------------------------------------------------------- financeiro (cooperative, fish market, credit)

COOPS = ["Cooperativa Mista dos Pescadores de Vila Rosa", "COOPESCA Bragantina", "Coopermar — Cooperativa dos Pescadores do Litoral",
         "Cooperativa Aurora de Pesca Artesanal", "COOPAPESCA Marajó", "Cooperativa dos Pescadores e Marisqueiras Flor do Mangue"]


def fi_caderneta(g: Gen) -> Doc:
    """Fish-stall sales notebook (caderneta do peixe), transcribed from a photo; fish names are not persons."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    own = g.person()
    doc.f("caderneta «b» — «o» — mercado do peixe de «c»\n(foto transcrita, algumas linhas ilegíveis)\n\n",
          b=g.pick(["azul", "de capa dura", "2025", "do box 14"]), o=P(g.pick([own.nick, own.first, own.full])), c=town)
    for _ in range(g.ri(7, 9)):
        dd = g.date("ddmm")
        f = g.pick(FISH)
        kg = g.ri(2, 60)
        pr = g.ri(6, 55)
        k = g.ri(0, 6)
        p = g.person()
        if k == 0:
            doc.f("«d» «f» «kg»kg x «pr» = «tot» — «n» — pago pix\n", d=dd, f=f, kg=kg, pr=pr, tot=kg * pr,
                  n=P(g.pick([p.nick, p.first])))
        elif k == 1:
            doc.f("«d» fiado «n» «f» «kg» kg «tot»,00 (zap «t»)\n", d=dd, n=P(g.pick([p.nick, p.short])), f=f, kg=kg, tot=kg * pr,
                  t=(g.phone(g.pick(["raw", "plain", "dash"])), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("«d» «emp» levou «kg» kg de «f» — boleto «bol» — nf «nf»\n", d=dd, emp=g.pick(COMPANIES), kg=kg * 3, f=f,
                  bol=g.d(12), nf=g.d(6))
        elif k == 3:
            doc.f("«d» gelo 4 barras -«v» / diesel «l»L -«v2» (coop)\n", d=dd, v=g.ri(40, 80), l=g.ri(10, 60), v2=g.ri(60, 400))
        elif k == 4:
            doc.f("«d» «tr»«n» pagou no cartão «cc» «tot»,00 (maquininha sem sinal, anotei p/ passar depois)\n",
                  d=dd, tr=g.pick(["d. ", "dona "]) if p.female else g.pick(["seu ", "sr "]), n=P(p.first), cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
                  tot=kg * pr)
        elif k == 5:
            doc.f("«d» comprei da canoa do «n» («bt») «kg» kg «f» a «pr» — paguei «tot»\n", d=dd, n=P(g.pick([p.nick, p.first, p.full])),
                  bt=g.pick(BOATS), kg=kg, f=f, pr=pr - 3 if pr > 8 else pr, tot=kg * max(pr - 3, 1))
        else:
            doc.f("«d» «w»\n", d=dd, w=g.pick(["não abri, maré grande", "sardinha acabou cedo", "dourado tava caro na pedra",
                                                "pescada amarela boa, vendi tudo", "faltou luz, gelo derreteu", "só camarão rosa hoje"]))
    doc.f("\nchave pix p/ receber: «k»\nconta: «b» ag «ag» cc «cc» («o»)\n", k=(g.uuid(), "PIX_KEY"), b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), o=P(own.first))
    return doc


def fi_coop(g: Gen) -> Doc:
    """Cooperative statement of ice and diesel credit per member, ruled table with debit accounts."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    coop = g.pick(COOPS)
    doc.f("«c» — CNPJ «cn»\nPOSIÇÃO DO CRÉDITO DE GELO E COMBUSTÍVEL — competência «m»/«a»\n\n",
          c=coop.upper(), cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}", a=g.pick([2024, 2025]))
    rows = []
    for _ in range(g.ri(5, 6)):
        p = g.person()
        bk = g.pick(BANKS)
        rows.append([V(g.d(4)), P(g.pick([p.caps, p.caps, p.full])), (g.cpf(), "BR_CPF"), V(g.ri(0, 800)), V(g.ri(0, 120)),
                     V(g.money(0, 9000)), V(bk[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_ruled(doc, ["MAT", "COOPERADO", "CPF", "DIESEL_L", "GELO_BR", "SALDO_DEV", "BCO", "AG", "CONTA"], rows, g.pick(["plus", "psql", "bare"]))
    fin, ctd = g.person(), g.person()
    doc.f("\nDébito automático no dia 10. Limite padrão R$ «l» por embarcação (Resolução CA nº «r»/«a»).\n"
          "Financeiro: «f» — «fe» | Contador: «c» («crc»)\n",
          l=g.money(500, 5000), r=g.ri(1, 30), a=g.ri(2022, 2025), f=P(fin.full), fe=(g.email(fin, "coop" + g.pick(["pesca", "mar", "aurora"]) + ".coop.br"), "EMAIL_ADDRESS"),
          c=P(ctd.full), crc=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_pix(g: Gen) -> Doc:
    """Pix receipts pasted into the cooperative's payment-reconciliation sheet; random keys are PIX_KEY."""
    doc = Doc()
    coop = g.pick(COOPS)
    ccn = g.cnpj(alnum=g.chance(0.35))
    ckey = g.uuid()
    doc.f("conciliacao_pix_«d».txt — «c»\n", d=g.date("compact"), c=coop)
    for _ in range(g.ri(3, 4)):
        p = g.person()
        bk = g.pick(BANKS)
        k = g.ri(0, 2)
        doc.t("\n========================================\n")
        if k < 2:
            doc.f("Comprovante de Pix\nValor: R$ «v»\nData: «d» às «h»\n\nQuem pagou\nNome: «n»\nCPF: «cpf»\nInstituição: «b»\n"
                  "Agência: «ag»   Conta: «cc»\n\nQuem recebeu\nNome: «r»\nCNPJ: «cn»\nChave: «k»\n\nID: E«e»\n",
                  v=g.money(30, 3000), d=g.date("br"), h=g.hms(), n=P(g.pick([p.caps, p.full])),
                  cpf=V(g.masked_cpf()) if g.chance(0.6) else (g.cpf(), "BR_CPF"), b=bk[1], ag=(g.agency(False), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), r=coop.upper()[:40], cn=(ccn, "BR_CNPJ"), k=(ckey, "PIX_KEY"),
                  e=f"{g.d(8)}{g.date('compact')}{g.d(4)}{g.hexs(7)}".upper())
        else:
            doc.f("PIX ENVIADO ✔\nR$ «v» para «n»\nchave aleatória «k»\n«b» · ag «ag» · cc «cc»\nmotivo: «m»\nautenticação «a»\n",
                  v=g.money(20, 2500), n=P(g.pick([p.full, p.short])), k=(g.uuid(), "PIX_KEY"), b=bk[1], ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"), m=g.pick(["devolução cota-parte", "pagto pescado lote " + g.d(3), "adiantamento defeso", "frete gelo"]),
                  a=g.hexs(24).upper())
    doc.f("\n-- conferido: «n» («d») — divergência de R$ «v» no lote «l»\n", n=g.pick(["tesouraria", "financeiro2", "conselho fiscal"]),
          d=g.date("br"), v=g.money(1, 200), l=g.d(4))
    return doc


def fi_mensalidades(g: Gen) -> Doc:
    """Colony dues export (CSV) with payment method; some members left a full card number for recurring debit."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    sep = g.pick([";", ","])
    comp = f"{g.ri(1, 12):02d}/{g.pick([2024, 2025])}"
    doc.f("mensalidades_«z»_«c».csv\n", z=z.lower().replace("-", ""), c=comp.replace("/", "-"))
    cols = ["matricula", "nome", "cpf", "competencia", "valor", "forma", "dados_pagto", "nosso_numero", "pago_em"]
    doc.t(sep.join(cols) + "\n")
    for _ in range(g.ri(6, 8)):
        p = g.person()
        forma = g.pick(["boleto", "cartao", "debito", "pix", "especie"])
        doc.f(f"«m»{sep}«n»{sep}«cpf»{sep}«c»{sep}«v»{sep}«f»{sep}", m=g.d(4), n=P(g.pick([p.caps, p.full, p.low])),
              cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), c=comp, v=g.pick(["20.00", "25.00", "30.00", "15.00"]), f=forma)
        if forma == "cartao":
            doc.e(g.card(False), "CREDIT_CARD") if g.chance(0.6) else doc.t(g.masked_card())
        elif forma == "debito":
            doc.f("ag «a» cc «c»", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        elif forma == "pix":
            doc.e(g.uuid(), "PIX_KEY") if g.chance(0.5) else doc.e(g.phone("e164"), "PHONE_NUMBER")
        doc.f(f"{sep}«nn»{sep}«pg»\n", nn=g.d(17) if forma == "boleto" else "", pg=g.date("iso") if g.chance(0.7) else "")
    doc.f("\n# dados_pagto: pix = chave do sócio p/ devolução; cartão sem máscara veio da planilha antiga da «t» — REMOVER\n",
          t=P(g.person(female=True).first))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collection letter from the cooperative to a member in arrears on the fuel/ice credit."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    coop = g.pick(COOPS)
    p = g.person()
    ger = g.person()
    doc.f("«c»\nCNPJ «cn» — «end», «cty»/«uf»\n\n«cty», «d».\n\n«tr» «n»\n«ad»\n«com» — CEP «cep»\n\n",
          c=coop, cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), end=f"Rua {g.pick(STREET_NAMES)}, {g.ri(10, 900)}", cty=town, uf=uf,
          d=g.date("long"), tr="À Sra." if p.female else "Ao Sr.", n=P(g.pick([p.full, p.caps])), ad=(g.address(), "ADDRESS"),
          com=g.pick(COMMUNITIES), cep=(g.cep(), "BR_CEP"))
    doc.f("Ref.: débito em aberto — contrato de crédito de insumos nº «ct» — CPF «cpf»\n\nPrezad«o» cooperad«o»,\n\n"
          "Constam em aberto as seguintes parcelas referentes a óleo diesel e gelo fornecidos à embarcação «bt»:\n\n",
          ct=f"{g.d(4)}/{g.ri(2023, 2025)}", cpf=(g.cpf(), "BR_CPF"), o=p.o, bt=g.pick(BOATS))
    tot = 0
    n = g.ri(2, 4)
    y0, m0 = g.pick([(2024, g.ri(1, 12)), (2025, g.ri(1, 6))])
    for i in range(n):
        v = g.ri(150, 2500)
        tot += v
        mm = m0 + i
        doc.f("  «i»ª parcela  venc. «d»  R$ «v»,00\n", i=i + 1, d=f"10/{(mm - 1) % 12 + 1:02d}/{y0 + (mm - 1) // 12}", v=v)
    doc.f("  TOTAL ......................... R$ «t»,00 (+ multa de 2% e juros de 1% a.m.)\n\n", t=tot)
    doc.f("Para regularizar: Pix «k» (chave aleatória da cooperativa), ou débito na sua conta «ag» / «cc» cadastrada, mediante "
          "autorização. «w»\n\nAtenciosamente,\n\n«g»\nGerente financeir«o2» — «t»\n",
          k=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          w=g.pick(["Caso já tenha pago, desconsidere.", "Seria prudente regularizar antes do defeso, quando o limite é suspenso.",
                    "Após 90 dias o nome será levado ao conselho fiscal (Estatuto, art. 18)."]),
          g=P(ger.full), o2=ger.o, t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_pronaf(g: Gen) -> Doc:
    """Microcredit proposal (Pronaf B / Agroamigo) for a fisher's new engine and nets."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    p = g.person()
    sp = g.relative(p, female=not p.female)
    ag = g.person()
    bk = g.pick(BANKS[:4])
    doc.f("PROPOSTA DE CRÉDITO — «prog» — «b»\nAgência «ca» («cty»/«uf»)   Assessor(a): «asr»   Proposta nº «pn»\n\n",
          prog=g.pick(["PRONAF B", "AGROAMIGO CRESCER", "PRONAF Mais Alimentos"]), b=bk[1], ca=g.d(4), cty=town, uf=uf,
          asr=P(ag.full), pn=g.neg(11) if g.chance(0.4) else g.d(8))
    doc.f("1. PROPONENTE\nNome: «n»\nCPF: «cpf»   RG: «rg»   NIS: «nis»\nNascimento: «dob»   Título: «t»\nEndereço: «ad»   CEP: «cep»\n"
          "Celular: «cel»   E-mail: «e»\nCAF nº «caf» (validade «vc»)   RGP: «rgp»\n\n",
          n=P(p.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), nis=(g.pis(), "BR_PIS"), dob=(g.dob("br", 1960, 2003), "DATE_OF_BIRTH"),
          t=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), cel=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V("não possui"), caf=f"{uf}{g.d(6)}.{g.d(2)}.{g.d(6)}", vc=g.date("br", 2027), rgp=g.rgp())
    doc.f("2. CÔNJUGE\nNome: «n»   CPF: «cpf»   Nascimento: «dob»\n\n", n=P(sp.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"))
    forn = g.pick(["Motores Kuhnen Náutica", "Redes e Malhas Bragança", "Estaleiro Benchimol Ltda", "Casa do Pescador Amado"])
    doc.f("3. PROJETO\nItens: «it» — fornecedor «f», CNPJ «fc»\nValor financiado: R$ «v»   Carência: «c» meses   Renda bruta anual da pesca: R$ «r»\n"
          "Bens: «bt» (embarcação, «bty»); moto «mo» placa «pl»\n\n",
          it=g.pick(["motor de popa 15 HP + 2 redes de emalhar", "caixa térmica 500 L + tarrafa", "motor de centro Yanmar + reforma do casco",
                     "freezer horizontal + balança"]), f=forn, fc=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), v=g.money(2000, 20000),
          c=g.pick([6, 12, 18]), r=g.money(8000, 40000), bt=g.pick(BOATS), bty=g.pick(BOAT_TYPES),
          mo=g.pick(["Honda CG 160", "Yamaha Factor", "Shineray 50"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("4. CRÉDITO EM CONTA\nAgência «a» Conta «c» (conta simplificada)\n\nEnviado pelo app do assessor em «d» «h» — IP «ip»\n",
          a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_frigorifico(g: Gen) -> Doc:
    """Purchase log of a fish-processing plant buying from fishers: payment accounts and pickup truck plates."""
    doc = Doc()
    town, uf, z, cname = colony(g)
    emp = g.pick(["Frigorífico Sardinha & Filhos Ltda", "Pescados Bezerril Comércio Ltda", "Distribuidora Quaresma de Pescados",
                  "Comercial Higa Pescados", "Nader & Cury Atacadista"])
    doc.f("«e» — CNPJ «cn»\nENTRADAS DE PESCADO — «d» — posto de compra «c»\n\n", e=emp, cn=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"),
          d=g.date("br"), c=town)
    sep = g.pick([";", "|", "\t"])
    cols = ["hora", "fornecedor", "cpf", "rgp", "especie", "kg", "rs_kg", "total", "banco", "ag", "conta", "placa_coleta"]
    rows = []
    plates = [g.plate() for _ in range(2)]
    for h in g.times(g.ri(5, 7), 4 * 3600, 12 * 3600):
        p = g.person()
        kg = g.ri(15, 900)
        pr = g.ri(5, 40)
        bk = g.pick(BANKS)
        rows.append([V(h), P(g.pick([p.caps, p.full, p.caps])), (g.cpf("raw"), "BR_CPF"), V(g.rgp()), V(g.pick(FISH)), V(kg), V(f"{pr},00"),
                     V(f"{kg * pr},00"), V(bk[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), (g.pick(plates), "LICENSE_PLATE")])
    table_csv(doc, cols, rows, sep)
    drv = g.person(female=False)
    doc.f("\nMotorista da coleta: «n», CNH «cnh», caminhão «p1»; apoio «p2». Pedido nº «pd». Balança aferida (INMETRO «inm»).\n",
          n=P(drv.full), cnh=(g.cnh(), "BR_CNH"), p1=(plates[0], "LICENSE_PLATE"), p2=(plates[1], "LICENSE_PLATE"), pd=g.d(6), inm=g.d(8))
    return doc


TEMPLATES = {
    "atendimento": [at_ficha, at_zap, at_lote, at_capitania, at_ata, at_log, at_balcao],
    "juridico": [ju_defesa, ju_inicial, ju_procuracao, ju_planilha, ju_termo, ju_email, ju_audiencia],
    "saude": [sa_visita, sa_fluvial, sa_notificacao, sa_encaminhamento, sa_zap_acs, sa_cronicos, sa_laudo],
    "financeiro": [fi_caderneta, fi_coop, fi_pix, fi_mensalidades, fi_cobranca, fi_pronaf, fi_frigorifico],
}

ELEVEN = re.compile(r"(?<![\dA-Za-z])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2}|\d{11})(?![\d])")


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
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|d)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRC|CREA|CRMV|CRBio|CRO|CRP)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        assert lab in LABELS, lab
    # hard negatives: every unlabelled 11-digit number (raw or CPF-shaped) must fail the CPF check
    for m in ELEVEN.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


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
                check(record)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    total = rare = 0
    common = {fold(w).lower() for w in COMMON_WORDS}
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
    assert len(records) == 280, len(records)
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("seventysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
