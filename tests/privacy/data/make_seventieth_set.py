"""Build the seventieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from
other generators), seed 7070, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets: civil defence and disaster response after floods and
landslides (Rio Grande do Sul 2024-like river floods, Serra Fluminense and Litoral Norte
landslides), the papers that municipal agencies, NGOs, field hospitals, insurers, public
defenders and lawyers produce in the weeks after: shelter registration lists (families,
children, pets), Defesa Civil damage assessments and interdictions, missing-person reports and
reunification logs, donation distribution receipts, emergency aid (Auxílio Reconstrução)
applications and Pix payment batches, volunteers' WhatsApp coordination, field-hospital and
SAMU triage sheets, property-loss insurance and legal claims against the municipality,
rescue teams' radio logs. Layouts vary: letters and petitions, forms, fixed-width tables with
and without rulers, CSV extracts (comma, semicolon, tab, fully quoted), Markdown tables,
WhatsApp exports (Android and iOS stamps), e-mails with quoted replies, OCR-ish scans, logs.

- atendimento: a shelter registration sheet (families with a table of members, health notes,
  pets), a volunteers' WhatsApp group export (rescue requests, boats, vehicles, a Pix key for
  fuel), a missing-person report with the reunification entry (some scanned, OCR damage), a
  donation distribution CSV (beneficiaries, NIS, phones, the volunteer's initials), the 199
  call-centre occurrence report of the municipal civil defence, a social worker's e-mail reply
  quoting the citizen's message, a rescue radio log of the command post.
- juridico: an initial petition for damages against the municipality (qualification of the
  plaintiffs, witnesses, lawyers), a Defesa Civil technical inspection report with interdiction,
  a child-protection council's handover of an unaccompanied child (reunification), a power of
  attorney with a declaration of poverty (some scanned), an out-of-court notice to an insurer
  (car and home), a court decision granting rent aid to listed families, a public defender's
  intake spreadsheet for a collective action (CSV).
- saude: a START triage sheet of a field hospital (fixed-width), a SOAP clinical note with
  suspected leptospirosis, a SINAN leptospirosis notification form (scanned), a regulation
  centre e-mail arranging transfers out of a flooded hospital, a shelter vaccination CSV, a
  psychosocial care log (Markdown), a forensic identification and recognition record (IML).
- financeiro: the Auxílio Reconstrução application receipt (IP of submission, bank data or
  Pix key), a Pix payment batch CSV of the municipal fund, an NGO's chargeback review of card
  donations, fuel/mileage reimbursement receipts of volunteer drivers and boat owners, an
  insurer's notice of indemnity payment, a transparency-portal extract of emergency spending,
  a bank back-office e-mail answering a beneficiary whose aid was returned.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu", "vô", "Sgt."; particles inside a name (de, da, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames and first names alone are persons. Victims, relatives,
neighbours, witnesses, volunteers, attendants, social workers, engineers, doctors, nurses,
psychologists, lawyers, judges, analysts and regulators named in the text are persons; logins
("op03", "usr_pagamentos", SI-PNI logins such as "tpinheiro"), system users, radio call signs
("ABT-12", "Águia 2", "BOTE 03") and team names are not. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (cras.centro@, regulacao.estadual@, nir@, sinistros@,
contato@ of a law firm) are not labelled. ADDRESS is street type + name + number + complement
(not city, state, bairro or CEP; CEP is BR_CEP); a company's, law firm's or public body's
address is not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and
bank names are not. DATE_OF_BIRTH only for birth dates. PROFESSIONAL_ID includes the council
acronym and UF or region ("CRM/RS 123456", "CREMERS 12345", "COREN-RS 123456-TE",
"OAB/RJ 98.765"). PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys that are a
CPF, an e-mail or a phone take those labels. Masked values (asterisks), internal ids,
protocol, occurrence, contract, policy and claim numbers are not labelled.
New decisions for this register:
- the NIS (NIS/PIS/PASEP/NIT, one number with one check digit) is BR_PIS;
- registrations of other councils are PROFESSIONAL_ID too: engineers and architects
  ("CREA-RS 123456", "CAU A123456-7"), psychologists ("CRP 07/12345"), social workers
  ("CRESS 10ª Região nº 1234");
- pets' names in shelter lists ("Bento (cão SRD)", "Flor (gata)", "Aurora (gata)") are not
  persons; neither are unidentified victims ("NÃO IDENTIFICADO (masc., ~50a)");
- staff initials in a "resp." or "Prof." column ("GS", "NCM") are not labelled;
- the plates of official vehicles (civil defence and fire brigade viaturas) are
  LICENSE_PLATE like any other plate; RENAVAM and chassis numbers are not labelled;
- an institution's, NGO's, insurer's, supplier's or municipality's CNPJ is BR_CNPJ (the label
  is for the number, whoever holds it); phone numbers are PHONE_NUMBER whoever holds them
  (a CRAS landline, an unsaved WhatsApp contact shown as the sender), but 0800 lines and the
  short emergency numbers (199, 193, 190) are not;
- geographic coordinates, property registration numbers (inscrição imobiliária), CNES and
  IBGE codes, SINAN numbers, death-certificate (DO) and police-report (BO) numbers, birth
  certificate registration numbers (matrícula), vaccine lot numbers, empenho numbers, Pix
  end-to-end ids and gateway transaction ids are not labelled;
- disaster, event, admission, notification, vaccination, death, payment and signature dates
  are not DATE_OF_BIRTH; ages are not labelled;
- where a transparency portal prints a person's CPF partially (LGPD), the name is PERSON and
  the masked CPF is not labelled;
- OCR damage (scanned forms) touches letters of names and words only (rn/m, l/I, cl/d), and
  the span is labelled as it stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Francisgleyson, Maxwendel, Dhiovana, Kauanny, Raylane; gaúcho surnames (Brum, Paim, Sperb,
Kologeski, Zambiasi, Ughini); Italian, German, Japanese, Lebanese, Korean, Chinese, Haitian,
Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish), at least a quarter of the name
words rare or invented (the script prints the share); names that are also words (Rosa, Luz,
Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Esperança, Justo, Fortunato, Maria do
Socorro) next to the same words as words ("sem luz", "seria prudente", "pedido de socorro",
"camiseta rosa", "vestido branco com flores"), places, streets and organisations (Bento
Gonçalves, Presidente Prudente, Santa Rosa, Estrela/RS, Vila Aurora, Abrigo Paróquia Nossa
Senhora do Socorro, Mercado Bento Irmãos, ONG Rosa dos Ventos, Clube Amado Batista), which are
not persons. Forms: full names, ALL CAPS without accents, lower case, "SURNAME, Given", first
name alone, nicknames (Zé, Corrinha, Nildo, Tião).

Hard negatives (never labelled, plenty): CNJ process numbers, 11-digit numbers failing the CPF
check (donation order numbers, RENAVAM, insurance claim numbers; the script checks them),
ICD-10 codes (A27.9, T75.1, F43.0), money, protocol/occurrence/ticket numbers, order numbers,
company names containing a surname (Zanotto Materiais de Construção Ltda, Transportes Schmitt
& Filhos Ltda, Dornelles & Paim Advogados Associados), streets honouring people standing alone
as places ("posto da Voluntários da Pátria", "corpo localizado próximo à Barão de Mauá"),
laws and decrees (Lei 12.608/2012, Lei 8.069/1990, Lei 13.709/2018), dates that are not birth
dates, masked CPFs and cards.
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
SEED = 7070
OUT_NAME = "seventieth.jsonl"

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
# RARE_* and the less common foreign pools hold uncommon, regional or coined name words;
# main() prints their share among the words of PERSON spans.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Cristiane", "Luciana", "Simone",
        "Camila", "Larissa", "Gabriela", "Mariana", "Sandra", "Cláudia", "Aline", "Tatiane", "Débora",
        "Maria José", "Maria das Graças", "Francisca", "Antônia", "Elaine", "Rosângela", "Beatriz",
        "Isabela", "Manuela", "Valentina", "Heloísa", "Sofia", "Laura", "Fabiana", "Priscila"]
RARE_F = ["Marinalva", "Cleonice", "Edjane", "Rosicleide", "Kauanny", "Dhiovana", "Raylane", "Jhennifer",
          "Lucineide", "Gerusa", "Ivoneide", "Zenaide", "Waldirene", "Auricélia", "Cleidiane", "Eunice Zaira",
          "Dalvanira", "Francielly", "Ketlyn", "Maelly", "Nayara Kethlen", "Odete Lourdes", "Quitéria",
          "Rizolene", "Sheyla Mayara", "Tainara", "Uilma", "Valdelice", "Yolanda", "Zilmar", "Benedita",
          "Deusdete", "Eurides", "Gilmara", "Hozana", "Irismar", "Jucimara", "Laudiceia"]
PT_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo Roberto", "Luiz", "Marcos", "Rafael",
        "Daniel", "Rodrigo", "Eduardo", "Gustavo", "Ricardo", "Anderson", "Fábio", "Roberto", "Lucas",
        "Gabriel", "Matheus", "Miguel", "Arthur", "Heitor", "Bernardo", "Vinícius", "Diego", "Thiago",
        "Sebastião", "Raimundo", "Geraldo", "Márcio", "João Pedro"]
RARE_M = ["Josenildo", "Vandeilson", "Francisgleyson", "Wemerson", "Maxwendel", "Thauan", "Cledson",
          "Adelmo", "Benício", "Deoclécio", "Edivaldo", "Gedeão", "Irineu", "Jucelino", "Laércio",
          "Nerivaldo", "Orlandino", "Rosivaldo", "Sidnei", "Tarcísio", "Ubiratan", "Valdomiro", "Zenóbio",
          "Ademilson", "Claudionor", "Djalma", "Erivelton", "Genésio", "Hildebrando", "Isaías", "Juscelino",
          "Kelvin", "Lourenço", "Moacir", "Natanael", "Oziel", "Reinaldo Aurélio", "Wanderson"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Gomes", "Ribeiro", "Carvalho", "Martins", "Rocha", "Dias", "Moreira", "Barbosa",
          "Cardoso", "Teixeira", "Fernandes", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Moraes",
          "Freitas", "Machado", "Batista", "Pinheiro", "Cunha"]
RARE_SUR = ["Brum", "Vargas Taborda", "Caldart", "Fialho", "Gonzatto", "Lemos Pacheco", "Marinho Neves",
            "Paim", "Quadros", "Severo", "Tavares Bittencourt", "Velho", "Camboim", "Colombo", "Dornelles",
            "Escobar", "Facchin", "Guedes Bezerra", "Jacques", "Kologeski", "Lorenzoni", "Missio",
            "Noronha", "Ourique", "Prestes", "Rambo", "Sperb", "Thomé", "Ughini", "Wolff", "Zambiasi",
            "Borba", "Chaves Barcellos", "Fraga", "Goulart", "Heck", "Job", "Kroeff", "Luft", "Medeiros Netto"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Maria do Socorro", "Maria das Dores",
          "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Justo", "Fortunato"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Aurora", "Neves",
            "Fontes", "Pedroso", "Cordeiro", "Estrela", "Passos"]
NICK = {"José": "Zé", "Francisco": "Chico", "Antônio": "Toninho", "Maria José": "Zezé",
        "Maria das Graças": "Gracinha", "Francisca": "Chica", "Raimundo": "Mundinho", "Sebastião": "Tião",
        "Geraldo": "Gera", "Luiz": "Lula", "Benedita": "Dita", "Paulo Roberto": "Paulinho",
        "Maria do Socorro": "Corrinha", "Maria das Dores": "Dorinha", "Josenildo": "Nildo",
        "Deoclécio": "Déo", "Orlandino": "Dino", "Lourenço": "Lourenço", "Valdomiro": "Miro",
        "Marinalva": "Nalva", "Quitéria": "Teca", "Deusdete": "Dete", "Hildebrando": "Brando",
        "Ademilson": "Mil", "Claudionor": "Nonô", "João Pedro": "JP", "Isaías": "Isa"}
FOREIGN = {
    "it": (["Giulia", "Franca", "Loredana"], ["Dario", "Aldo", "Gianluca"],
           ["Zanotto", "Bertuol", "Pezzini", "Tonial", "Dal Molin", "Menegat", "Piccinini", "Rigon"]),
    "de": (["Ingrid", "Helga", "Elfriede"], ["Arno", "Egon", "Lothar"],
           ["Schmitt", "Wiebbelling", "Kunz", "Hartmann", "Dreher", "Kehl", "Schwambach", "Sehn"]),
    "jp": (["Keiko", "Yumi", "Akemi"], ["Hideo", "Satoshi", "Noboru"],
           ["Nakamura", "Higa", "Shimabukuro", "Miyazato", "Okuda", "Tanabe"]),
    "lb": (["Samira", "Rania", "Jamile"], ["Jorge Elias", "Habib", "Salim"],
           ["Zogbi", "Bechara", "Jabour", "Murad", "Saliba", "Rahal"]),
    "kr": (["Ji-yeon", "Eun-ha"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Hwang", "Kang"]),
    "cn": (["Mei", "Yan"], ["Jun", "Wei"], ["Wang", "Liang", "Zhang", "Huang"]),
    "ht": (["Nadège", "Widline", "Clotilde"], ["Jean-Baptiste", "Wisly", "Dieuseul"],
           ["Louissaint", "Pierre-Louis", "Mérilus", "Fénelon", "Désir", "Jeune"]),
    "ao": (["Nzinga", "Ndalu", "Kieza"], ["Kapemba", "Nelo", "Mbemba"],
           ["Cassoma", "Chipenda", "Kalunga", "Mukenge", "Sachipangele"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Babacar", "Modou", "Serigne"],
           ["Mbaye", "Seck", "Thiam", "Diallo", "Faye"]),
    "bo": (["Marisol", "Nieves", "Justina"], ["Wálter", "Teodoro", "Reynaldo"],
           ["Mamani", "Choque", "Condori", "Quispe", "Limachi"]),
    "in": (["Jaciara", "Potira", "Araní"], ["Kuaray", "Ubiraci", "Tainá Poty"],
           ["Guarani", "Kaiowá", "Terena", "Pataxó", "Kaingang Fagundes"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Natan"],
           ["Szpigel", "Rozenfeld", "Gurevitch", "Lerner", "Feldman"]),
    "pl": (["Jadwiga", "Halina", "Irena"], ["Casimiro", "Estanislau", "Bronislau"],
           ["Wisniewski", "Kowalczyk", "Hreczuk", "Zielinski", "Mazurek"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Wiebbelling", "Schwambach", "Sehn", "Kehl", "Bertuol", "Tonial", "Menegat", "Rigon",
             "Pezzini", "Elfriede", "Lothar", "Loredana", "Miyazato", "Tanabe", "Okuda", "Noboru",
             "Zogbi", "Jabour", "Rahal", "Jamile"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Cunha", "Aurora", "Estrela", "Fontes", "Rocha"}
DO_SUR = {"Nascimento", "Prado", "Carmo"}
DOS_SUR = {"Santos", "Passos", "Anjos", "Reis", "Neves"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["51", "51", "51", "54", "55", "53", "24", "21", "22", "12", "13", "11", "47", "48", "81", "81",
        "31", "27", "71", "82", "91", "92", "61", "85", "41", "19"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Travessa", "Estrada", "Beco", "Servidão", "Alameda",
                "Rodovia", "Praça", "Largo"]
STREET_NAMES = ["Voluntários da Pátria", "Barão de Mauá", "Marechal Floriano Peixoto", "Coronel Bento Rosa",
                "da Aurora", "Esperança", "Rosa Branca", "das Flores", "Beira-Rio", "Sete de Setembro",
                "Dona Leopoldina", "Presidente Vargas", "Padre Reus", "Tiradentes", "Bento Gonçalves",
                "São Pedro", "dos Ferroviários", "Getúlio Vargas", "Santos Dumont", "Professor Adelmo Brum",
                "Irmã Dulce", "Ernesto Dornelles", "Osvaldo Aranha", "Guilherme Schell", "João Pessoa",
                "Ipiranga", "do Porto", "Alberto Pasqualini", "das Hortênsias", "Frei Orlando",
                "Projetada 4", "Capitão Quitério Wolff", "General Câmara", "Luz do Sol", "Tenente Amado Fialho",
                "Nossa Senhora do Socorro", "Mauá", "Farrapos", "do Arroio", "Theodomiro Porto da Fonseca"]
COMPLEMENTS = ["", "", "", "", "casa 2", "casa 3", "fundos", "apto 101", "apto 203", "bloco B apto 12",
               "térreo", "lote 14", "qd 7 lt 9", "ap. 34", "casa dos fundos", "sobrado"]
CITIES = [("Canoas", "RS"), ("São Leopoldo", "RS"), ("Eldorado do Sul", "RS"), ("Porto Alegre", "RS"),
          ("Lajeado", "RS"), ("Estrela", "RS"), ("Roca Sales", "RS"), ("Muçum", "RS"), ("Encantado", "RS"),
          ("Cruzeiro do Sul", "RS"), ("Guaíba", "RS"), ("Novo Hamburgo", "RS"), ("Santa Maria", "RS"),
          ("Bento Gonçalves", "RS"), ("Petrópolis", "RJ"), ("Teresópolis", "RJ"), ("Nova Friburgo", "RJ"),
          ("São Sebastião", "SP"), ("Ubatuba", "SP"), ("Franco da Rocha", "SP"), ("Blumenau", "SC"),
          ("Rio do Sul", "SC"), ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Maceió", "AL"),
          ("Itabuna", "BA"), ("Presidente Prudente", "SP"), ("Aurora", "CE"), ("Santa Rosa", "RS")]
UFS = ["RS", "RS", "RS", "SC", "PR", "SP", "RJ", "MG", "PE", "BA", "ES", "AL", "DF"]
BAIRROS = ["Mathias Velho", "Harmonia", "Rio Branco", "Vila Esperança", "Centro", "Navegantes", "Sarandi",
           "Humaitá", "Arquipélago", "Ilha da Pintada", "Vila Aurora", "Campina", "Santos Dumont",
           "Moinhos", "Quitandinha", "Vila Sapê", "Barra do Sahy", "Bairro Flor", "Jardim das Rosas",
           "Navegantes", "Fátima", "Feitoria", "Rio dos Sinos", "Estação"]
CIDS = ["A27.9", "T75.1", "W65", "X38", "S82.2", "T14.1", "J18.9", "A09", "L03.1", "F43.0", "F43.1",
        "Z59.0", "T67.0", "S06.0", "J06.9", "B34.9", "I10", "E11.9", "R50.9", "A33", "T79.6", "S32.0",
        "L08.9", "Y36"]
SHELTERS = ["Abrigo Ginásio Municipal", "Abrigo Escola Estadual Bento Gonçalves", "Abrigo ULBRA Prédio 11",
            "Abrigo Paróquia Nossa Senhora do Socorro", "Abrigo Centro Comunitário Vila Aurora",
            "Abrigo CTG Querência", "Abrigo Igreja Batista Esperança", "Abrigo Colégio Rosa Branca",
            "Ponto de Acolhimento Clube Amado Batista"]
PETS = [("Bento", "cão SRD"), ("Flor", "gata"), ("Pretinha", "cadela"), ("Thor", "cão"), ("Mel", "cadela"),
        ("Amora", "gata"), ("Luz", "calopsita"), ("Princesa", "cadela"), ("Tobias", "cão"), ("Aurora", "gata"),
        ("Paçoca", "cão SRD"), ("Rosa", "cabra"), ("Negão", "cavalo"), ("Prudente", "jabuti")]


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
        if self.given.startswith("Maria d"):
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
        return self.full.lower()

    @property
    def inverted(self) -> str:
        sur = " ".join(s for s in self.surnames if s not in PARTICLES)
        return f"{fold(sur).upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "capsshort": fold(p.short).upper(),
            "lowfirst": p.first.lower(), "plain": fold(p.full)}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
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

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

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
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               child: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
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
                second = self.pick(RARE_F + WORD_F[:6] if female else RARE_M + PT_M).split()[0]
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
            if not female and not child and rng.random() < 0.05:
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

    def relative(self, of: Person, female: bool | None = None, child: bool = False) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt", child=child)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.n(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "terra.com.br", "icloud.com", "live.com"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}"]) + "@" + domain

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
                "half": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"***.***.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0002"])
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
            b = str(self.n(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv:
                return b + dv

    def pis(self, style: str | None = None) -> str:
        b = self.pick(["1", "1", "2"]) + self.d(9)
        n = b + pis_dv(b)
        style = style or self.pick(["dot", "raw", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.n(1, 28):02d}"
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
        pre = self.pick(["9", "9", "9", "2", "1", "8", "5"])
        n = pre + self.d(7)
        dash = self.chance(0.85) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.n(6, 9)) + self.d(7)) if mobile else (str(self.n(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h[:-4]} {h[-4:]}-{t}"
                if mobile else f"+55 {ddd} {h}-{t}"}[style]

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
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.n(1, 9)) + self.d(self.n(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def ip6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.n(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(COMPLEMENTS)
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return s.lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2007) -> str:
        dd, mm, yy = self.n(1, 28), self.n(1, 12), self.n(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "short", "long", "nopad", "dot", "iso"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2024, 2025])
        return fmt_date(self.n(1, 28), self.n(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.n(0, 23):02d}:{self.n(0, 59):02d}"

    def times(self, n: int, lo: int = 0, hi: int = 24 * 3600 - 1) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.n(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.21", "8.21", "8.21", "8.19", "8.26", "8.24", "8.17", "4.04", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.n(2023, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.n(2024, 2025)}{self.d(6)}", f"DC-{self.d(5)}/{self.n(2024, 2025)}",
                          f"{self.d(3)}.{self.d(3)}/{self.n(2024, 2025)}", f"#{self.d(7)}", f"OC{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.n(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE",
                              f"Coren-{uf} {n}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {n}", f"CREA/{uf} {n}/D", f"CREA-{uf} {self.d(10)}"])
        if kind == "CAU":
            return f"CAU A{self.d(6)}-{self.d(1)}"
        if kind == "CRP":
            return self.pick([f"CRP {self.n(1, 24):02d}/{self.d(5)}", f"CRP-{self.n(1, 24):02d}/{self.d(6)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.n(1, 25)}ª Região nº {self.d(4)}", f"CRESS/{uf} {self.d(5)}"])
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.d(5)}", f"CRMV/{uf} {self.d(4)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CREMERS {n}"
                          if uf == "RS" else f"CRM-{uf} {dotted}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"),
               ("ã", "a"), ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]


def ocr(s: str, g: Gen, rate: float = 0.3) -> str:
    """One or two OCR confusions in letters (names, words); digits are left alone."""
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

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width] if label is None else s
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


def N11(s: str) -> tuple:
    return (s, "NEG11")


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], sep: str = " | ", rule: str = "-",
                cross: str = "-+-") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if rule:
        doc.t(cross.join(rule * w for w in widths) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t(sep)
            line.cell(v, w if k < len(r) - 1 else len(v), lab)
        txt = line.text.rstrip()
        base = len(doc.text)
        doc.text += txt
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]
        doc.negs += line.negs
        doc.t("\n")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join((f'"{c}"' if quote_all else c) for c in cols) + "\n")
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
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def age_from(dob: str) -> int:
    m = re.search(r"(19|20)\d\d", dob)
    return (2024 - int(m.group(0))) if m else 40


def street_only(g: Gen) -> str:
    """A street name standing alone as a place (hard negative)."""
    return g.pick(["Barão de Mauá", "Voluntários da Pátria", "Marechal Floriano", "Bento Gonçalves",
                   "Dona Leopoldina", "Padre Reus", "Getúlio Vargas", "Presidente Vargas", "Farrapos",
                   "Coronel Bento Rosa"])


# =========================================================================== atendimento

KIN = {"cônjuge": None, "companheira": True, "companheiro": False, "filho": False, "filha": True,
       "neto": False, "neta": True, "mãe": True, "pai": False, "sogra": True, "enteado": False, "sobrinha": True}
HEALTH_NOTES = ["", "", "", "asma", "gestante 28 sem", "usa insulina", "PCD (cadeirante)", "hipertenso",
                "TEA", "alergia a dipirona", "acamada", "perdeu óculos", "em uso de marcapasso"]


def at_abrigo(g: Gen) -> Doc:
    """Shelter registration sheet: families, members, pets, origin address."""
    doc = Doc()
    city, uf = g.city()
    staff = g.person()
    shelter = g.pick(SHELTERS)
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA DE DESENVOLVIMENTO SOCIAL\n"
          "CADASTRO DE FAMÍLIAS DESABRIGADAS/DESALOJADAS — «s»\n"
          "Data: «d»   Cadastrador(a): «st» (mat. «m»)   Folha «f»/«ff»\n"
          "================================================================================\n",
          c=fold(city).upper(), s=shelter.upper(), d=g.date(), st=P(name_form(g, staff, ["full", "caps", "short"])),
          m=g.d(5), f=g.n(2, 9), ff=g.n(10, 30))
    for i in range(g.n(2, 3)):
        head = g.person()
        doc.f("\nFAMÍLIA «i» — Responsável: «h»\n", i=f"{g.n(10, 240):03d}", h=P(g.pick([head.caps, head.full, head.caps])))
        k = g.n(0, 3)
        if k == 0:
            doc.f("CPF: «c»   NIS: «n»   Tel.: «t»\n", c=(g.cpf(), "BR_CPF"), n=(g.pis(), "BR_PIS"), t=(g.phone(), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("CPF «c» | RG «r» | DN «b» | fone «t»\n", c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"),
                  b=(g.dob(), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("CPF: «c» (sem documento, informado verbalmente)   Contato: «t» / recado c/ vizinha «v» «t2»\n",
                  c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), v=P(g.person(female=True).first),
                  t2=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("Documentos: perdidos na enchente. NIS «n». Nasc. «b». Tel «t»\n", n=(g.pis(), "BR_PIS"),
                  b=(g.dob(), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"))
        _, cep = g.city(), g.cep()
        doc.f("End. de origem: «a» — «b» — CEP «z» — situação do imóvel: «s»\n", a=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), z=(cep, "BR_CEP"), s=g.pick(["destruído", "interditado pela Defesa Civil", "alagado (água 1,80 m)",
                                                            "risco de deslizamento", "sem acesso", "parcialmente destruído"]))
        rows = []
        for rel in g.rng.sample(sorted(KIN), g.n(2, 3)):
            fem = KIN[rel] if KIN[rel] is not None else not head.female
            young = rel in ("filho", "filha", "neto", "neta", "enteado", "sobrinha")
            m = g.relative(head, female=fem, child=young) if rel not in ("cônjuge", "companheira", "companheiro", "sogra") else g.person(female=fem)
            dob = g.dob("br", 2008, 2023) if young else g.dob("br", 1940, 1995)
            doc_id = (g.cpf(), "BR_CPF") if g.chance(0.45) else (g.pick(["certidão nasc.", "—", "sem doc", "RG perdido"]), None)
            note = g.pick(HEALTH_NOTES if fem and not young else [h for h in HEALTH_NOTES if "gestante" not in h])
            rows.append([P(m.full if g.chance(0.7) else m.caps), V(rel), (dob, "DATE_OF_BIRTH"), doc_id, V(note)])
        table_fixed(doc, ["Nome", "Parentesco", "Dt nasc.", "Documento", "Obs. saúde"], rows)
        if g.chance(0.7):
            pets = g.rng.sample(PETS, g.n(1, 2))
            doc.t("Animais: " + "; ".join(f"{n} ({s})" for n, s in pets) + " — " +
                  g.pick(["ficaram no canil do abrigo", "encaminhados ao abrigo de animais", "com a família na sala 4",
                          "resgatados pela equipe de fauna"]) + "\n")
    doc.f("\nObs.: «o»\nAssinatura do cadastrador: ______________  Conferido por: «c»\n",
          o=g.pick(["famílias chegaram de barco, resgatadas pelo Corpo de Bombeiros. Sem luz no ginásio até as 22h.",
                    "faltam colchões; doação de cobertores da Igreja Aurora da Fé chegou às 16h.",
                    "pedido de socorro recebido via 199; famílias trazidas pela Marinha.",
                    "seria prudente separar ala para idosos. Cesta básica entregue a todas."]),
          c=P(g.person().short) if g.chance(0.5) else f"mat. {g.d(5)}")
    return doc


def wa_stamp(g: Gen, date: str, hm: str, android: bool) -> str:
    return f"{date} {hm} - " if android else f"[{date[:6]}{date[-2:]}, {hm}] "


def at_whatsapp(g: Gen) -> Doc:
    """Volunteers' WhatsApp group export: rescue requests, boats, donations, a Pix key."""
    doc = Doc()
    android = g.chance(0.5)
    date = g.date()
    bairro = g.pick(BAIRROS)
    people = [g.person() for _ in range(5)]
    doc.f("Conversa do WhatsApp com «g»\n", g=g.pick([f"Voluntários Resgate {bairro}", "SOS Enchente - Barcos",
                                                  f"Doações {bairro} 🆘", "Cozinha Solidária Abrigo"]))
    times = g.times(g.n(7, 9), 5 * 3600, 23 * 3600)
    for hm in times:
        doc.t(wa_stamp(g, date, hm, android))
        if g.chance(0.35):
            doc.e(g.phone(g.pick(["wa", "plus"])), "PHONE_NUMBER")
        else:
            p = g.pick(people)
            doc.e(g.pick([p.full, p.short, p.first, p.nick]), "PERSON")
        doc.t(": ")
        k = g.n(0, 9)
        if k == 0:
            doc.f("URGENTE família ilhada na «a», «n» pessoas no telhado, um idoso acamado. Contato da filha «f» «t»\n",
                  a=(g.address(g.pick(["text", "low"])), "ADDRESS"), n=g.n(2, 6), f=P(g.person(female=True).first),
                  t=(g.phone(), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("barco do «b» saindo agora do posto da «s», cabe mais 2 remadores\n", b=P(g.person(female=False).nick),
                  s=street_only(g))
        elif k == 2:
            doc.f("tenho caminhonete placa «p» disponível pra levar donativo, me chama no privado\n", p=(g.plate(), "LICENSE_PLATE"))
        elif k == 3:
            o = g.person()
            doc.f("pix pra vaquinha do combustível dos barcos, chave aleatória «k» (conta da «o»)\n",
                  k=(g.uuid(), "PIX_KEY"), o=P(o.short))
        elif k == 4:
            doc.t(g.pick(["<Mídia oculta>\n", "alguém tem luz aí? aqui tá tudo sem luz\n", "👍\n",
                          "água subindo rápido na ponte, seria prudente ninguém passar de carro\n",
                          "pessoal NÃO compartilhem fake news, abrigo Aurora ainda tem vaga\n",
                          "Essa mensagem foi apagada\n", "alguém sabe se a balsa tá funcionando?\n"]))
        elif k == 5:
            v = g.person()
            doc.f("achei a «v», tá no «s». avisem o «r»\n", v=P(g.pick([v.full, v.first + " " + v.last])),
                  s=g.pick(SHELTERS), r=P(g.person(female=False).first))
        elif k == 6:
            v = g.person()
            doc.f("procuro «v», «i» anos, morava na «a». último contato ontem às «h». Qualquer info ligar «t»\n",
                  v=P(v.full), i=g.n(4, 88), a=(g.address(), "ADDRESS"), h=g.hm(), t=(g.phone(), "PHONE_NUMBER"))
        elif k == 7:
            nm = g.pick(WORD_M + ["Tião", "Nildo", "Miro"]) if g.chance(0.6) else g.person(female=False).first
            pre = g.pick(["o seu ", "o Sr. ", "o vô ", "o "])
            doc.f(pre + "«x» já foi resgatado? a casa dele é a «a»\n", x=P(nm), a=(g.address("low"), "ADDRESS"))
        elif k == 8:
            doc.f("precisamos de água potável e fralda geriátrica no «s». Responsável lá é a «r» «t»\n",
                  s=g.pick(SHELTERS), r=P(g.person(female=True).short), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("caiu barreira na estrada, Defesa Civil interditou. Protocolo «p»\n", p=g.protocol())
    return doc


def at_desaparecido(g: Gen) -> Doc:
    """Missing-person report and reunification log (form, some OCR damage on scans)."""
    doc = Doc()
    scan = g.chance(0.4)
    v = g.person()
    dob = g.dob(lo=1935, hi=2019)
    cl = g.person()
    nm = ocr(v.caps, g) if scan else v.full
    doc.f("«hdr»\nREGISTRO DE PESSOA DESAPARECIDA — EVENTO HIDROLÓGICO «y»\nNº do registro: «r»    Posto: «s»\n\n",
          hdr="[digitalizado - pág. 1]" if scan else "CENTRAL DE INFORMAÇÕES SOBRE DESAPARECIDOS — DEFESA CIVIL / SSP",
          y=g.pick(["MAIO/2024", "2024", "FEV/2023", "JAN/2025"]), r=g.protocol(), s=g.pick(SHELTERS))
    doc.f("1. DADOS DA PESSOA DESAPARECIDA\nNome: «n»\nApelido: «a»\nData de nascimento: «b»   Sexo: «x»\n",
          n=P(nm), a=P(v.nick) if v.nick != v.first or g.chance(0.5) else V("—"), b=(dob, "DATE_OF_BIRTH"),
          x="F" if v.female else "M")
    if g.chance(0.6):
        doc.f("RG: «r»   CPF: «c»\n", r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Documentos: não informado / CPF «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.f("Características: «c»\nEndereço residencial: «a», bairro «b», «cy» — CEP «z»\nÚltimo local visto: «l»\n\n",
          c=g.pick(["cabelo grisalho, usa óculos, camiseta rosa", "baixa estatura, tatuagem no braço (nome da filha)",
                    "cadeirante, fala pouco", "criança de pele morena, vestido branco com flores", "usa aparelho auditivo",
                    "boné do Grêmio, bermuda jeans", "cicatriz na testa, dentadura"]),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cy="/".join(g.city()), z=(g.cep(), "BR_CEP"),
          l=g.pick([f"próximo à ponte da {street_only(g)}", f"esquina da {street_only(g)} com a {street_only(g)}",
                    "no telhado da casa, antes do resgate", "no barco da Marinha rumo ao abrigo", "na fila da balsa"]))
    doc.f("2. COMUNICANTE\nNome: «n»   Parentesco: «p»\nTelefone: «t»   E-mail: «e»\n\n",
          n=P(ocr(cl.full, g) if scan else cl.full),
          p=g.pick(["filha", "irmã", "vizinha", "neta", "esposa"] if cl.female else ["filho", "irmão", "vizinho", "neto", "sobrinho"]),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(cl), "EMAIL_ADDRESS"))
    at = g.person()
    doc.f("Atendente: «a»   Data/hora do registro: «d» «h»\n", a=P(at.full), d=g.date(), h=g.hm())
    doc.t("\n3. REUNIFICAÇÃO / LOCALIZAÇÃO\n")
    if g.chance(0.75):
        r = g.person()
        doc.f("«d» — localizad«o» com vida no «s». Reconhecid«o» por «r» («p»), RG «rg». Conferência: «c».\n",
              d=g.date(), o=v.o, s=g.pick(SHELTERS + ["Hospital de Campanha", "HPS", "Hospital Bruno Born"]),
              r=P(r.full), p=g.pick(["neta", "cunhada", "irmã", "filha"] if r.female else ["neto", "cunhado", "irmão", "filho"]),
              rg=(g.rg(), "BR_RG"), c=P(g.person().short))
        doc.f("Registro encerrado. «f»\n", f=g.pick(["Família reunida.", "Encaminhad" + v.o + " ao CRAS para cadastro do auxílio.",
                                                   "Comunicado ao 190 para baixa do BO " + g.d(6) + "/" + str(g.n(2024, 2025)) + "."]))
    else:
        doc.f("«d» — sem localização até o momento. Lista cruzada com IML e hospitais. Próxima checagem «d2».\n",
              d=g.date(), d2=g.date())
    return doc


def at_doacoes(g: Gen) -> Doc:
    """Donation distribution receipts exported as CSV from a shared spreadsheet."""
    doc = Doc()
    sep = g.pick([";", ","])
    date = g.date()
    doc.f("«t»\n", t=g.pick(["entregas_donativos_semana.csv", "Planilha Doações - Ponto de Coleta Rosa dos Ventos (exportado)",
                             "controle_cestas_abrigo.csv", "RECIBOS KIT LIMPEZA - export"]))
    items = ["cesta básica", "kit limpeza", "kit higiene", "colchão", "cobertor", "água 5L (x4)", "fralda inf. G",
             "ração 10kg", "roupa infantil", "kit cozinha"]
    vols = [g.person() for _ in range(3)]
    rows = []
    for _ in range(g.n(5, 8)):
        b = g.person()
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.8) else (g.masked_cpf(), None)
        nis = (g.pis("raw"), "BR_PIS") if g.chance(0.5) else V("")
        rows.append([V(g.date()), P(g.pick([b.full, b.caps, b.low])), cpf, nis, V(g.pick(items)), V(g.n(1, 4)),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V(""),
                     V("".join(w[0] for w in fold(g.pick(vols).full).split() if w[0].isupper())),
                     V(g.pick(["ok", "assinou", "digital", "rubrica", "ok"]))])
    table_csv(doc, ["data", "beneficiario", "cpf", "nis", "item", "qtd", "telefone", "resp", "assinatura"], rows, sep=sep)
    doc.f("\nTotal no período: «c» cestas, «k» kits. Pedido nº «n» (Mercado Bento Irmãos) pago pela paróquia. Dúvidas: «v» «t»\n",
          c=g.n(40, 400), k=g.n(20, 200), n=N11(g.neg(11)), v=P(vols[0].short), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_199(g: Gen) -> Doc:
    """Civil-defence 199 call-centre occurrences printed from the dispatch system."""
    doc = Doc()
    city, uf = g.city()
    doc.f("COMPDEC «c»/«u» - CENTRAL 199 - RELATÓRIO DE OCORRÊNCIAS\nEmitido em «d» por «l»\n",
          c=fold(city).upper(), u=uf, d=g.date(), l=g.pick(["sistema", "op_plantao2", "admin.compdec", "relatorio.auto"]))
    for _ in range(g.n(3, 4)):
        op = g.person()
        s = g.person()
        doc.t("-" * 72 + "\n")
        doc.f("Ocorrência: «o»   Recebida: «d» «h»   Atendente: «a»\n", o=g.protocol(), d=g.date(), h=g.hm(),
              a=P(g.pick([op.short, op.caps, op.first])) if g.chance(0.5) else f"op{g.n(1, 12):02d} (mat. {g.d(5)})")
        doc.f("Solicitante: «s»   Tel.: «t»\n", s=P(g.pick([s.full, s.caps, s.low])), t=(g.phone(), "PHONE_NUMBER"))
        doc.f("Local: «a» - «b» - CEP «z»\nRef.: «r»   Coord.: -«la», -«lo»\n",
              a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"),
              r=g.pick(["em frente ao Mercado Luz", "atrás da Escola Aurora", "perto da Barão de Mauá", "ao lado do posto Rosa",
                        "subida do morro, casa amarela", "final da linha do ônibus"]),
              la=f"{g.n(22, 30)}.{g.d(5)}", lo=f"{g.n(43, 52)}.{g.d(5)}")
        doc.f("Natureza: «n»\nRelato: «r»\n",
              n=g.pick(["deslizamento de terra", "alagamento", "rachadura em residência", "queda de muro", "árvore sobre rede elétrica",
                        "risco de desabamento"]),
              r=g.pick(["morador relata trincas nas paredes após a chuva, família com 3 crianças",
                        "água na altura da janela, idosa sozinha, não quer sair de casa",
                        "barranco cedeu atrás da casa, vizinho ajudou a retirar os móveis",
                        "sem luz e sem água há 4 dias, pede remoção para abrigo"]))
        if g.chance(0.5):
            doc.f("Vistoria: equipe «e» (viatura placa «p»), técnico responsável «t»\n", e=g.pick(["Alfa", "Bravo", "02", "Norte"]),
                  p=(g.plate(), "LICENSE_PLATE"), t=P(g.person().full))
    doc.t("-" * 72 + "\nFim do relatório.\n")
    return doc


def at_email_cras(g: Gen) -> Doc:
    """Citizen e-mail to the CRAS role mailbox and the social worker's reply (quoted)."""
    doc = Doc()
    c = g.person()
    tec = g.person(female=g.chance(0.8))
    city, uf = g.city()
    dom = f"{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br"
    ce = g.email(c)
    doc.f("De: «tn» <«te»>\nPara: «ce»\nCc: cras.«b»@«dom»\nAssunto: RE: cadastro auxílio - «cn»\n\n",
          tn=P(tec.full), te=(g.work_email(tec, dom), "EMAIL_ADDRESS"), ce=(ce, "EMAIL_ADDRESS"),
          b=g.pick(["centro", "norte", "harmonia", "vilaesperanca"]), dom=dom, cn=P(c.caps if g.chance(0.4) else c.full))
    doc.f("Bom dia, «cf».\n\nSeu cadastro foi localizado. Para liberar o Auxílio Reconstrução falta o comprovante de residência "
          "do imóvel da «a» (conta de luz ou de água serve, mesmo antiga). Pode trazer no CRAS de segunda a sexta, 8h às 17h, ou "
          "responder este e-mail com a foto.\nProtocolo do atendimento: «p».\n\nAtt.,\n«ts»\nTécnica de referência — «cr»\n"
          "CRAS «cy» | «tt»\n\n",
          cf=P(c.first), a=(g.address(), "ADDRESS"), p=g.protocol(), ts=P(tec.short), cr=(g.council("CRESS"), "PROFESSIONAL_ID"),
          cy=city, tt=(g.phone(mobile=False), "PHONE_NUMBER"))
    q = "> "
    doc.f("Em «d», «cn» <«ce»> escreveu:\n", d=g.date(), cn=P(c.full), ce=(ce, "EMAIL_ADDRESS"))
    lines = [("boa tarde meu nome é «n» cpf «c», perdi tudo na enchente de maio, a casa ficou «s».", dict(
        n=P(c.low), c=(g.cpf(), "BR_CPF"), s=g.pick(["interditada", "no chão", "com lama até o teto"]))),
        ("fiz o cadastro no abrigo mas não recebi nada ainda. meu NIS é «n»", dict(n=(g.pis(), "BR_PIS"))),
        ("moro com minha mãe «m» (nasc. «b») que é acamada.", dict(m=P(g.relative(c, True).full), b=(g.dob(lo=1930, hi=1955), "DATE_OF_BIRTH"))),
        ("meu zap é «t» se precisar, obrigad«o»", dict(t=(g.phone(), "PHONE_NUMBER"), o=c.o))]
    for tpl, kw in lines:
        doc.t(q)
        doc.f(tpl + "\n", **kw)
    return doc


def at_radio(g: Gen) -> Doc:
    """Rescue teams' radio log kept by the operations centre (timestamps, call signs, victims)."""
    doc = Doc()
    op = g.person()
    doc.f("LIVRO DE REGISTRO DE RÁDIO — POSTO DE COMANDO «pc» — «d»\nOperador de rádio: «o»   Canal: «ch»\n\n",
          pc=g.pick(["SCO Canoas", "PC Vale do Taquari", "PC Quitandinha", "SCI Barra do Sahy", "PC Mathias Velho"]),
          d=g.date(), o=P(g.pick([op.full, op.caps])), ch=g.pick(["VHF 2", "ROIP 4", "DMR TG 7241", "canal 11"]))
    for hm in g.times(g.n(7, 10)):
        src = g.pick(["ABT-12", "BOTE 03", "Águia 2", "USA-01", "GBS Delta", "VTR 4410", "Marinha 07", "Bravo 1"])
        doc.f("«h» «s» → PC: ", h=hm, s=src)
        k = g.n(0, 6)
        if k == 0:
            v = g.person()
            doc.f("resgatadas «n» vítimas na «a». Uma delas «v», aprox. «i» anos, hipotermia leve. QSL.\n",
                  n=g.n(2, 7), a=(g.address(g.pick(["text", "spoken"])), "ADDRESS"), v=P(g.pick([v.full, v.caps, v.first])),
                  i=g.n(8, 90))
        elif k == 1:
            doc.t(g.pick(["QAP, aguardando.\n", "sem condições de navegar, correnteza forte. Retornando.\n",
                          "positivo, combustível reabastecido.\n", "QRV para nova missão.\n",
                          "helicóptero pousado no campo do CTG. Aguardando macas.\n"]))
        elif k == 2:
            l = g.person(female=False)
            doc.f("chefe de guarnição «l» informa: casa desabou na «s», moradores já tinham saído.\n",
                  l=P(g.pick([l.last, l.short, fold(l.last).upper()])), s=street_only(g))
        elif k == 3:
            v = g.person()
            doc.f("vítima identificada como «v», CPF «c», levada ao Hospital de Campanha.\n",
                  v=P(v.full), c=(g.cpf(), "BR_CPF"))
        elif k == 4:
            doc.f("viatura placa «p» atolada na estrada, precisamos de guincho.\n", p=(g.plate(), "LICENSE_PLATE"))
        elif k == 5:
            v = g.person()
            doc.f("pedido de socorro via 193: «v», «a», fone «t», acamado no 2º andar.\n",
                  v=P(v.full), a=(g.address(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.f("corpo localizado próximo à «s». Aguardando perícia. Ocorrência «o».\n", s=street_only(g), o=g.protocol())
    doc.f("\nEncerrado às «h». Passagem de serviço para «p».\n", h=g.hm(), p=P(g.person().full))
    return doc


# =========================================================================== juridico

PROFS = ["do lar", "pedreiro", "diarista", "aposentado", "comerciante", "motorista de aplicativo", "cozinheira",
         "auxiliar de produção", "pescador", "costureira", "agricultor", "professora", "vigilante", "manicure"]
CIVIL = ["solteir{o}", "casad{o}", "divorciad{o}", "viúv{o}", "em união estável"]
FIRMS = ["Dornelles & Paim Advogados Associados", "Escritório Bechara Jabour", "Colombo, Wolff e Sperb Advocacia",
         "Fialho Prestes Sociedade de Advogados", "Advocacia Rosa & Branco", "Menegat Advogados"]
INSURERS = ["Porto Seguro Cia. de Seguros Gerais", "Tokio Marine Seguradora S.A.", "HDI Seguros S.A.",
            "Mapfre Seguros Gerais S.A.", "Bradesco Auto/RE Cia. de Seguros", "Allianz Seguros S.A."]


def qualif(g: Gen, doc: Doc, p: Person, city: str, uf: str, email: bool = True, dob: bool = True) -> None:
    """The qualification paragraph of a party in a Brazilian petition."""
    o = p.o
    doc.f("«n», brasileir«o», «c», «pr», portador«a» da cédula de identidade RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf»",
          n=P(p.caps if g.chance(0.6) else p.full), o=o, c=g.pick(CIVIL).format(o=o), pr=g.pick(PROFS),
          a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/RS", "SJS/RS", "DETRAN/RJ", "SSP/SP", "IFP/RJ"]),
          cpf=(g.cpf(), "BR_CPF"))
    if dob:
        doc.f(", nascid«o» em «b»", o=o, b=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    doc.f(", residente e domiciliad«o» na «a», bairro «b», «c»/«u», CEP «z»", o=o, a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, u=uf, z=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", endereço eletrônico «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def lawyer_sign(g: Gen, doc: Doc, n: int = 2, uf: str = "RS") -> list[Person]:
    out = []
    for _ in range(n):
        l = g.person()
        out.append(l)
        doc.f("«n»\n«o»\n", n=P(l.full if g.chance(0.6) else l.caps), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return out


def ju_peticao(g: Gen) -> Doc:
    """Initial petition of flood/landslide victims against the municipality."""
    doc = Doc()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA «k» DA COMARCA DE «c»/«u»\n\n",
          v=g.n(1, 4), k=g.pick(["DA FAZENDA PÚBLICA", "CÍVEL", "JUDICIAL"]), c=fold(city).upper(), u=uf)
    if g.chance(0.5):
        doc.f("Distribuição por dependência aos autos nº «p»\n\n", p=g.cnj())
    plaintiffs = [g.person() for _ in range(g.n(1, 2))]
    for i, p in enumerate(plaintiffs):
        if i:
            doc.t(", e ")
        qualif(g, doc, p, city, uf, email=g.chance(0.7))
    doc.f(", por seus procuradores signatários (instrumento anexo), com escritório na «fa», vêm respeitosamente propor\n\n"
          "AÇÃO INDENIZATÓRIA POR DANOS MATERIAIS E MORAIS\n\nem face do MUNICÍPIO DE «c», pessoa jurídica de direito público "
          "interno, inscrito no CNPJ sob o nº «cnpj», pelos fatos e fundamentos a seguir.\n\nI – DOS FATOS\n\n",
          fa=g.pick(["Rua dos Andradas, 1234, sala 502", "Av. Borges de Medeiros, 410, cj. 81", "Rua Marechal Deodoro, 77, 3º andar"]),
          c=fold(city).upper(), cnpj=(g.cnpj(), "BR_CNPJ"))
    doc.f("Em «d», após precipitação de «mm» mm em 72 horas, o talude situado nos fundos do imóvel dos Autores deslizou, "
          "soterrando a cozinha e dois quartos. A Defesa Civil municipal havia vistoriado a área em «d2» (laudo nº «l») e "
          "classificado o setor como de risco alto (R4), sem adotar qualquer providência de contenção. O vizinho «vz», que "
          "presenciou o ocorrido, acionou o 199 às «h» (protocolo «pr»).\n\n",
          d=g.date("long"), mm=g.n(180, 620), d2=g.date(), l=g.protocol(), vz=P(g.person(female=False).full), h=g.hm(), pr=g.protocol())
    doc.f("Os danos materiais, conforme orçamentos anexos, somam R$ «m» (móveis, eletrodomésticos e reconstrução), além dos "
          "gastos com aluguel desde então (R$ «a» mensais, pagos ao locador «lo», CPF «lc»).\n\nII – DO DIREITO\n\n"
          "A responsabilidade do ente público é objetiva (art. 37, § 6º, da Constituição Federal), e a Lei 12.608/2012 impõe "
          "ao Município o dever de mapear e intervir nas áreas de risco. «s»\n\n",
          m=g.money(15000, 380000), a=g.money(700, 2500), lo=P(g.person().full), lc=(g.cpf(), "BR_CPF"),
          s=g.pick(["Seria prudente, no mínimo, a remoção preventiva das famílias.",
                    "Nesse sentido, o Tema 940 do STF e a Súmula 37 do STJ.", "Aplica-se ainda o art. 186 do Código Civil."]))
    doc.f("III – DOS PEDIDOS\n\na) a condenação do Réu ao pagamento de R$ «m» a título de danos materiais e R$ «mo» por danos morais;\n"
          "b) a oitiva das testemunhas «t1» e «t2»;\nc) a gratuidade da justiça (art. 98 do CPC).\n\nDá-se à causa o valor de R$ «v».\n\n"
          "«c», «d».\n\n",
          m=g.money(15000, 380000), mo=g.money(20000, 100000), t1=P(g.person().full), t2=P(g.person().caps),
          v=g.money(50000, 500000), c=city, d=g.date("long"))
    ls = lawyer_sign(g, doc, g.n(1, 2), uf)
    doc.f("«e»\n", e=(g.work_email(ls[0], g.pick(["dornellespaim.adv.br", "wolffsperb.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_laudo(g: Gen) -> Doc:
    """Civil-defence technical inspection report with interdiction of a home."""
    doc = Doc()
    city, uf = g.city()
    owner = g.person()
    eng = g.person()
    ag = g.person()
    doc.f("MUNICÍPIO DE «c»\nCOORDENADORIA MUNICIPAL DE PROTEÇÃO E DEFESA CIVIL\n"
          "LAUDO DE VISTORIA TÉCNICA Nº «n» — AUTO DE INTERDIÇÃO\n\n",
          c=fold(city).upper(), n=f"{g.n(10, 999):03d}/{g.n(2024, 2025)}")
    doc.f("1. IDENTIFICAÇÃO DO IMÓVEL\nEndereço: «a»\nBairro: «b»   CEP: «z»   Inscrição imobiliária: «ii»\n"
          "Coordenadas: «la» S / «lo» W   Tipologia: «ty»\n\n",
          a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"),
          ii=f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}", la=f"{g.n(22, 30)}°{g.n(0, 59)}'{g.n(0, 59)}\"",
          lo=f"{g.n(43, 52)}°{g.n(0, 59)}'{g.n(0, 59)}\"", ty=g.pick(["alvenaria, 2 pavimentos", "madeira", "mista", "alvenaria térrea"]))
    doc.f("2. RESPONSÁVEL / OCUPANTES\nProprietári«o»: «n» — CPF «c»\n", o=owner.o, n=P(owner.full), c=(g.cpf(), "BR_CPF"))
    occ = [g.relative(owner) for _ in range(g.n(1, 2))]
    doc.t("Ocupantes: ")
    for i, p in enumerate(occ):
        if i:
            doc.t(", ")
        doc.e(p.full, "PERSON")
        if g.chance(0.4):
            doc.f(" (menor, nasc. «b»)", b=(g.dob("br", 2010, 2022), "DATE_OF_BIRTH"))
    doc.f("\nContato: «t»\n\n", t=(g.phone(), "PHONE_NUMBER"))
    doc.f("3. CONSTATAÇÕES\n«c»\nGrau de risco: «r»\n\n4. MEDIDAS\n«m», com fundamento na Lei 12.608/2012 e no "
          "Decreto Municipal nº «dm». O(a) morador(a) poderá apresentar recurso em 10 dias.\n\n",
          c=g.pick(["Trincas diagonais nas paredes de alvenaria, recalque do piso e surgência de água no talude a 3 m da residência.",
                    "Muro de arrimo rompido, material deslizado atingiu a parede dos fundos. Árvores inclinadas a montante.",
                    "Imóvel atingido pela cota de cheia de 5,3 m; estrutura de madeira comprometida, fundação descalçada.",
                    "Cicatriz de deslizamento a montante, fendas no terreno. Rede de luz rompida no poste em frente."]),
          r=g.pick(["R4 - muito alto", "R3 - alto", "R2 - médio"]),
          m=g.pick(["Interdição total e desocupação imediata", "Interdição parcial (cômodos dos fundos)", "Desocupação preventiva"]),
          dm=f"{g.n(10, 99)}.{g.d(3)}/{g.n(2023, 2025)}")
    doc.f("EQUIPE TÉCNICA\n«e», Engenheir«o» Civil — «cr»\n«a», Agente de Defesa Civil (mat. «m»)\n\n",
          e=P(eng.full), o=eng.o, cr=(g.council(g.pick(["CREA", "CREA", "CAU"]), uf), "PROFESSIONAL_ID"),
          a=P(g.pick([ag.full, ag.caps])), m=g.d(6))
    signer = g.pick([owner] + occ)
    if g.chance(0.75):
        doc.f("CIENTE: «n»   RG «r»   Data: «d»   Hora: «h»\n", n=P(signer.caps), r=(g.rg(), "BR_RG"), d=g.date(), h=g.hm())
    else:
        doc.f("CIENTE: morador(a) recusou-se a assinar. Testemunhas: «t1» e «t2».\n", t1=P(g.person().full), t2=P(g.person().short))
    return doc


def ju_termo_entrega(g: Gen) -> Doc:
    """Child protection council's handover of an unaccompanied child to a relative (reunification)."""
    doc = Doc()
    city, uf = g.city()
    cons = g.person(female=g.chance(0.7))
    resp = g.person()
    kid = g.relative(resp, child=True)
    doc.f("CONSELHO TUTELAR «r» — «c»/«u»\nTERMO DE ENTREGA DE CRIANÇA/ADOLESCENTE A RESPONSÁVEL (REUNIFICAÇÃO FAMILIAR)\n\n",
          r=g.pick(["MICRORREGIÃO 3", "CENTRO", "ZONA NORTE", "II"]), c=fold(city).upper(), u=uf)
    doc.f("Aos «d», no «s», o Conselho Tutelar, por meio d«a» conselheir«a» «cn», procede à entrega da criança/adolescente "
          "abaixo qualificad«k» ao(à) responsável legal, nos termos do art. 136 da Lei 8.069/1990 (ECA).\n\n",
          d=g.date("long"), s=g.pick(SHELTERS), a="a" if cons.female else "o", cn=P(cons.full), k=kid.o)
    doc.f("CRIANÇA/ADOLESCENTE\nNome: «n»\nData de nascimento: «b»   Certidão de nascimento (matrícula): «m»\n",
          n=P(kid.caps if g.chance(0.5) else kid.full), b=(g.dob(g.pick(["br", "long"]), 2009, 2022), "DATE_OF_BIRTH"),
          m=f"{g.d(6)} 01 55 {g.n(2009, 2022)} 1 {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}")
    if g.chance(0.5):
        doc.f("CPF: «c»   Cartão SUS: «s»\n", c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"))
    doc.f("Escola: «e»\n\nRESPONSÁVEL\nNome: «n»   Parentesco: «p»\nRG: «r»   CPF: «c»   Nasc.: «b»\n"
          "Endereço atual (provisório): «a», «cy» — CEP «z»\nTelefone: «t»\n\n",
          e=g.pick(["EMEF Rosa Branca", "E.E.E.F. Bento Gonçalves", "EMEI Pequeno Príncipe", "Colégio Aurora"]),
          n=P(resp.full), p=g.pick(["mãe", "avó materna", "tia paterna", "irmã maior"] if resp.female else ["pai", "avô", "tio", "padrasto"]),
          r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), b=(g.dob(lo=1950, hi=2004), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"),
          cy=city, z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("HISTÓRICO\nA criança foi resgatada desacompanhada em «d» pela equipe «eq» e acolhida no abrigo. A identificação foi "
          "confirmada por fotografias, pela diretora da escola, «dir», e pelo cruzamento com o registro de desaparecidos nº «rd». "
          "Comunicado o Ministério Público (autos nº «cnj»).\n\n",
          d=g.date(), eq=g.pick(["do GBS", "da Marinha", "de voluntários (barco)", "do SAMU"]), dir=P(g.person(female=True).full),
          rd=g.protocol(), cnj=g.cnj())
    doc.f("_____________________________\n«c» — Conselheir«a» Tutelar\n\n_____________________________\n«r» — Responsável\n",
          c=P(cons.caps), a="a" if cons.female else "o", r=P(resp.caps))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney of a flooded family plus declaration of poverty (scan, light OCR)."""
    doc = Doc()
    city, uf = g.city()
    scan = g.chance(0.4)
    fam = [g.person()]
    fam += [g.relative(fam[0]) for _ in range(g.n(0, 2))]
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE(S): ")
    for i, p in enumerate(fam):
        if i:
            doc.t("; ")
        doc.f("«n», CPF «c», RG «r», nascid«o» em «b»", n=P(ocr(p.caps, g) if scan else p.full), c=(g.cpf(), "BR_CPF"),
              r=(g.rg(), "BR_RG"), o=p.o, b=(g.dob(), "DATE_OF_BIRTH"))
        if g.chance(0.4):
            doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f(", «res» na «a», «cy»/«u», CEP «z».\n\n", res="todos residentes" if len(fam) > 1 else "residente",
          a=(g.address(), "ADDRESS"), cy=city, u=uf, z=(g.cep(), "BR_CEP"))
    firm = g.pick(FIRMS)
    doc.f("OUTORGADOS: ")
    ls = [g.person() for _ in range(g.n(1, 3))]
    for i, l in enumerate(ls):
        if i:
            doc.t(", ")
        doc.f("«n» («o»)", n=P(l.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        mail = (g.work_email(ls[0], "adv.br"), "EMAIL_ADDRESS")
    else:
        mail = ("contato@" + fold(firm.split()[0]).lower() + ".adv.br", None)  # the firm's role mailbox
    doc.f(", integrantes de «f», CNPJ «c», e-mail «e».\n\n", f=firm, c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), e=mail)
    doc.f("PODERES: os da cláusula ad judicia et extra, para o foro em geral, especialmente para propor ação indenizatória em "
          "face do Município de «cy» e/ou de «ins» (apólice nº «ap»), em razão dos danos causados pela enchente de «mes», "
          "podendo transigir, receber e dar quitação, inclusive levantar alvarás.\n\n«cy», «d».\n\n",
          cy=city, ins=g.pick(INSURERS), ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", mes=g.pick(["maio de 2024", "setembro de 2023",
                                                                                    "fevereiro de 2023", "janeiro de 2025"]),
          d=g.date("long"))
    doc.t("DECLARAÇÃO DE HIPOSSUFICIÊNCIA\n\n")
    p = fam[0]
    doc.f("Eu, «n», CPF «c», declaro, sob as penas da lei, que não possuo condições de arcar com as custas do processo e "
          "honorários sem prejuízo do sustento próprio e de minha família (art. 99 do CPC e Lei 1.060/1950). Renda familiar: "
          "R$ «r». «x»\n\n___________________________\n«n2»\n",
          n=P(p.full), c=(g.cpf(), "BR_CPF"), r=g.money(0, 3500), x=g.pick(["Perdemos a casa e o carro.", "Estou desempregad" + p.o + ".",
                                                                           "Recebo Bolsa Família (NIS " + g.pis("raw") + ")."]),
          n2=P(p.caps))
    m = re.search(r"NIS (\d{11})", doc.text)
    if m:
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "BR_PIS"})
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Out-of-court notice to an insurer that refused a flooded car and home claim."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    ins = g.pick(INSURERS)
    law = g.person()
    cor = g.person()
    doc.f("«c», «d»\n\nÀ\n«i»\nCNPJ «cnpj»\nA/C Departamento de Sinistros\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\n",
          c=city, d=g.date("long"), i=ins, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"))
    doc.f("NOTIFICANTE: «n», CPF «cpf», CNH nº «cnh», residente na «a», «cy»/«u», CEP «z».\n\n",
          n=P(p.full), cpf=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), a=(g.address(), "ADDRESS"), cy=city, u=uf, z=(g.cep(), "BR_CEP"))
    ren = g.neg(11)
    doc.f("Referência: apólice nº «ap» — sinistro nº «si» — veículo «v», placa «pl», RENAVAM «r», chassi «ch»\n\n",
          ap=f"{g.d(4)}.{g.d(2)}.{g.d(6)}", si=g.d(10), v=g.pick(["VW Gol 1.0 2016", "Fiat Strada 2021", "Chevrolet Onix 2019",
                                                                "Renault Kwid 2022", "Honda CG 160 2020"]),
          pl=(g.plate(), "LICENSE_PLATE"), r=N11(ren),
          ch="9BW" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)))
    doc.f("Prezados Senhores,\n\nO veículo acima e a residência segurada (apólice residencial nº «ar») foram atingidos pela "
          "enchente de «m», permanecendo submersos por «dd» dias. O aviso de sinistro foi feito em «d» pela corretora «cor» "
          "(«ce»). Em «d2» a Seguradora negou a cobertura alegando «al».\n\n",
          ar=g.d(9), m=g.pick(["maio de 2024", "novembro de 2023", "junho de 2024"]), dd=g.n(3, 21), d=g.date(),
          cor=P(cor.full), ce=(g.work_email(cor, g.pick(["corretoraluz.com.br", "segurosprudente.com.br"])), "EMAIL_ADDRESS"),
          d2=g.date(), al=g.pick(["exclusão de \"alagamento\" nas condições gerais", "agravamento do risco", "falta de vistoria prévia"]))
    doc.f("A negativa é abusiva (arts. 47 e 51 do CDC, Lei 8.078/1990). Fica a Seguradora NOTIFICADA a pagar, em 10 dias, a "
          "indenização de R$ «v» (tabela FIPE) e R$ «r» (conteúdo e reparos), sob pena de medidas judiciais. O regulador "
          "designado, Sr. «reg», já vistoriou o imóvel em «d».\n\nAtenciosamente,\n\n«l»\n«o»\n«le» | «lt»\n",
          v=g.money(18000, 120000), r=g.money(5000, 90000), reg=P(g.person(female=False).full), d=g.date(),
          l=P(law.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          le=(g.work_email(law, g.pick(["paimadvocacia.com.br", "gmail.com", "adv.oabrs.org.br"])), "EMAIL_ADDRESS"),
          lt=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_decisao(g: Gen) -> Doc:
    """Court decision (urgent relief) ordering rent aid for listed families."""
    doc = Doc()
    city, uf = g.city()
    judge = g.person()
    dp = g.person(female=True)
    doc.f("Processo nº «p»\nClasse: Ação Civil Pública\nAutor: Defensoria Pública do Estado\nRéu: Município de «c»\n\nDECISÃO\n\n",
          p=g.cnj(), c=city)
    doc.f("Vistos.\n\nTrata-se de ação civil pública ajuizada pela Defensoria Pública, por meio da Defensora «dp», em favor das "
          "famílias desalojadas pelo deslizamento ocorrido em «d» no bairro «b». Os laudos da Defesa Civil (fls. «fl») indicam "
          "risco muito alto e interdição definitiva dos imóveis.\n\nPresentes a probabilidade do direito e o perigo de dano, "
          "DEFIRO a tutela de urgência para determinar ao Município que, em 10 dias, inclua no programa de aluguel social "
          "(Lei Municipal nº «lm»), no valor de R$ «v» mensais, os seguintes núcleos familiares:\n\n",
          dp=P(dp.full), d=g.date("long"), b=g.pick(BAIRROS), fl=f"{g.n(30, 90)}/{g.n(91, 200)}",
          lm=f"{g.n(1000, 9999)}/{g.n(2005, 2024)}", v=g.money(600, 1200))
    for i in range(g.n(3, 5)):
        p = g.person()
        doc.f("«i». «n» — CPF «c» — imóvel: «a»\n", i=i + 1, n=P(p.caps if g.chance(0.5) else p.full),
              c=(g.cpf(), "BR_CPF") if g.chance(0.75) else (g.masked_cpf(), None), a=(g.address(), "ADDRESS"))
    doc.f("\nFixo multa diária de R$ «m» em caso de descumprimento. Intimem-se, inclusive o Sr. Prefeito. Ciência ao MP.\n\n"
          "«c», «d».\n\n«j»\nJuiz(a) de Direito\n\nDocumento assinado eletronicamente por «jc», em «d2», às «h», conforme "
          "art. 1º, III, b, da Lei 11.419/2006. Código verificador: «cv».\n",
          m=g.money(1000, 10000), c=city, d=g.date("long"), j=P(judge.full), jc=P(judge.caps), d2=g.date(), h=g.hm(),
          cv=f"{g.d(10)}v{g.n(2, 9)}.{g.hexs(5).upper()}")
    return doc


def ju_defensoria(g: Gen) -> Doc:
    """Public defender's intake spreadsheet for a collective action (CSV with quoted cells)."""
    doc = Doc()
    doc.f("# planilha_triagem_acao_coletiva_«b».csv — NUDEM/Defensoria — atualizada por «a» em «d»\n",
          b=fold(g.pick(BAIRROS)).lower().replace(" ", "_"), a=P(g.person().first), d=g.date())
    rows = []
    for _ in range(g.n(5, 7)):
        p = g.person()
        rows.append([V(g.d(4)), P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.rg("raw"), "BR_RG") if g.chance(0.6) else V(""), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.address(g.pick(["text", "caps"])), "ADDRESS"), V(g.pick(BAIRROS)), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V(""),
                     V(g.pick(["perda total", "interditado", "danos parciais", "aluguel social negado"])),
                     V(g.money(3000, 250000)), V(g.protocol())])
    table_csv(doc, ["id", "nome", "cpf", "rg", "nascimento", "endereco_imovel", "bairro", "cep", "telefone", "email",
                    "dano", "valor_estimado", "laudo_dc"], rows, sep=",", quote_all=g.chance(0.5))
    doc.f("# total assistidos até agora: «n» | processo referência «p» | conferir duplicados com «c»\n",
          n=g.n(40, 300), p=g.cnj(), c=P(g.person().short))
    return doc


JURIDICO = [ju_peticao, ju_laudo, ju_termo_entrega, ju_procuracao, ju_notificacao, ju_decisao, ju_defensoria]


# =========================================================================== saude

COMPLAINTS = [("hipotermia", "T68"), ("ferimento corto-contuso em perna", "S81.9"), ("febre e mialgia", "A27.9"),
              ("diarreia aguda", "A09"), ("crise hipertensiva", "I10"), ("fratura de fêmur", "S72.0"),
              ("dispneia, suspeita de pneumonia", "J18.9"), ("afogamento não fatal", "T75.1"),
              ("hiperglicemia (insulina perdida)", "E11.9"), ("celulite em pé", "L03.1"), ("crise de ansiedade", "F43.0"),
              ("TCE leve (queda de barranco)", "S06.0"), ("picada de serpente", "T63.0"), ("intoxicação por CO (gerador)", "T58")]
HOSPITALS = ["Hospital de Campanha da FAB", "HPS Canoas", "Hospital Bruno Born", "Hospital Santa Rosa de Lima",
             "Hospital Centenário", "Hospital Nossa Senhora das Graças", "UPA Rio Branco", "Hospital Aurora (Rede Luz)",
             "Hospital Municipal Prudente de Moraes"]


def sa_triagem(g: Gen) -> Doc:
    """START/SAMU triage sheet of a field hospital (fixed-width table)."""
    doc = Doc()
    city, uf = g.city()
    reg = g.person()
    enf = g.person(female=g.chance(0.7))
    doc.f("HOSPITAL DE CAMPANHA «c» — FICHA DE TRIAGEM (START) — «d»\nMédic«o» regulador«a»: «r» («rc»)   "
          "Enf. triagem: «e» («ec»)\n\n",
          c=fold(city).upper(), d=g.date(), o=reg.o, a="a" if reg.female else "", r=P(reg.full),
          rc=(g.council("CRM", uf), "PROFESSIONAL_ID"), e=P(enf.short), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    rows = []
    for hm in g.times(g.n(5, 8), 6 * 3600):
        color = g.pick(["VERMELHA", "AMARELA", "AMARELA", "VERDE", "VERDE", "VERDE", "PRETA"])
        comp, cid = g.pick(COMPLAINTS)
        if g.chance(0.15):
            name = V(g.pick(["NÃO IDENTIFICADO (masc., ~50a)", "DESCONHECIDA (fem., ~30a)", "RN sem nome, mãe no leito 4"]))
            dn, cns = V("—"), V("—")
        else:
            p = g.person()
            name = P(g.pick([p.caps, p.full, p.inverted]))
            dn = (g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.8) else V(f"~{g.n(2, 90)}a")
            cns = (g.cns(g.chance(0.5)), "BR_CNS") if g.chance(0.75) else V("não trouxe")
        dest = g.pick(["obs. tenda 2", "alta c/ orientação", "transf. " + g.pick(HOSPITALS), "sala vermelha", "retorno ao abrigo"])
        tel = (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER") if name[1] and g.chance(0.6) else V("")
        rows.append([V(hm), V(color), name, dn, cns, tel, V(comp), V(cid), V(dest)])
    table_fixed(doc, ["Hora", "Pulseira", "Nome", "DN", "CNS", "Contato fam.", "Queixa", "CID", "Destino"], rows, sep=" | ")
    doc.f("\nObs.: «o»\nVisto: «v»\n",
          o=g.pick(["faltam pulseiras amarelas; usar fita.", "gerador desligou 14h-15h, sem luz na tenda 1.",
                    "2 pacientes trazidos pelo barco da Marinha sem documentos.", "vacina dT disponível para todos os resgatados."]),
          v=P(g.pick([reg.last, reg.short, fold(reg.short).upper()])))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Field-hospital clinical note (SOAP) with suspected leptospirosis."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    mae = g.person(female=True)
    ac = g.relative(p)
    med = g.person()
    enf = g.person()
    doc.f("EVOLUÇÃO MÉDICA — «h» — Leito «l» (tenda «t»)\n\nPaciente: «n»   DN: «b»   CNS: «c»   CPF: «cpf»\n"
          "Procedência: «pc» (end. de origem: «ad»)\nNome da mãe: «m»\n"
          "Prontuário: «pr»   Acompanhante: «a» («rel») — tel. «tel»\n\n",
          h=g.pick(HOSPITALS[:1] + ["HCamp " + city, "Hospital de Campanha do Exército"]), l=g.n(1, 40), t=g.n(1, 6),
          n=P(p.full if g.chance(0.6) else p.caps), b=(g.dob(), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"), pc=g.pick(SHELTERS),
          ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
          m=P(mae.full if g.chance(0.7) else mae.caps), pr=g.d(7), a=P(ac.full),
          rel=g.pick(["filha", "esposa", "irmã", "neta", "sobrinha"] if ac.female else ["filho", "marido", "irmão", "neto", "genro"]),
          tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("S: refere contato com água de enchente e lama há «d» dias (limpeza da casa na «s»), febre, cefaleia e dor em "
          "panturrilhas. Nega comorbidades. «x»\nO: REG, corado, «pa». Sufusão conjuntival. Panturrilhas dolorosas à palpação.\n"
          "A: suspeita de leptospirose (CID A27.9). Afastar dengue (A90) e hepatite A (B15.9).\n"
          "P: doxiciclina 100 mg 12/12h; hidratação; hemograma, creatinina, CPK, sorologia. Notificação SINAN realizada "
          "(nº «sn»). Reavaliar em 24 h.\n\n",
          d=g.n(3, 20), s=street_only(g), x=g.pick(["Vacina antitetânica desconhecida — aplicada dT.", "Perdeu medicações na enchente.",
                                                    "Esposa também com febre, orientada a procurar a tenda.", "Sem alergias conhecidas."]),
          pa=f"PA {g.n(9, 16)}x{g.n(5, 10)}, FC {g.n(60, 120)}, Tax {g.n(36, 39)},{g.n(0, 9)}°C", sn=g.d(7))
    doc.f("«m» — «mc»\n", m=P(g.pick([med.full, med.short])), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.7):
        doc.f("Ciente enfermagem: «e» («ec»)\n", e=P(enf.short), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_sinan(g: Gen) -> Doc:
    """SINAN leptospirosis notification form, scanned (OCR damage on letters only)."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    mae = g.person(female=True)
    ntf = g.person()
    doc.f("República Federativa do Brasil   SINAN\nMinistério da Saúde   SISTEMA DE INFORMAÇÃO DE AGRAVOS DE NOTIFICAÇÃO\n"
          "FICHA DE INVESTIGAÇÃO   LEPTOSPIROSE   Nº «n»\n\n"
          "| 1 Tipo de Notificação  2 - Individual\n| 2 Agravo/doença  LEPTOSPIROSE   Código (CID10) A 27.9   3 Data da Notificação «d»\n"
          "| 4 UF «u»  5 Município de Notificação «c»   Código (IBGE) «ib»\n| 6 Unidade de Saúde «us»   Código CNES «cn»\n",
          n=g.d(7), d=g.date(), u=uf, c=fold(city).upper(), ib=g.d(7), us=g.pick(HOSPITALS), cn=g.d(7))
    doc.f("| 8 Nome do Paciente «nm»\n| 9 Data de Nascimento «b»   10 (ou) Idade «i» A   11 Sexo «s»\n"
          "| 15 Número do Cartão SUS «cns»\n| 16 Nome da mãe «m»\n",
          nm=P(ocr(p.caps, g)), b=(g.dob("br"), "DATE_OF_BIRTH"), i=g.n(5, 90), s="F" if p.female else "M",
          cns=(g.cns(True), "BR_CNS"), m=P(ocr(mae.caps, g)))
    doc.f("| 20 Bairro «b»   21 Logradouro (rua, avenida,...) «a»\n| 25 Ponto de referência «r»   26 CEP «z»\n"
          "| 27 (DDD) Telefone «t»   28 Zona 1 - Urbana\n",
          b=fold(g.pick(BAIRROS)).upper(), a=(g.address("caps"), "ADDRESS"),
          r=g.pick(["PROX. ESCOLA ROSA BRANCA", "ATRAS DO GINASIO", "PERTO DA PONTE", "FINAL DA LINHA"]),
          z=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.f("| 31 Data da investigação «d»   32 Ocupação «o»\n| 33 Situação de risco nos 30 dias: (1) água ou lama de "
          "enchente  (1) limpeza de casa atingida  (2) fossa\n| 55 Classificação final: «cf»\n\n"
          "Investigador: «nt»   Função: «f»   Assinatura: ______  «cr»\n",
          d=g.date(), o=g.pick(["PEDREIRO", "DO LAR", "CATADOR DE RECICLAVEIS", "VOLUNTARIO RESGATE", "AGRICULTOR"]),
          cf=g.pick(["1 - Confirmado", "2 - Descartado", "em investigação"]), nt=P(ocr(ntf.full, g, 0.15)),
          f=g.pick(["Enfermeira", "Enfermeiro", "Técnico VE", "Médica"]), cr=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_regulacao(g: Gen) -> Doc:
    """Regulation centre e-mail arranging patient transfers out of the flooded hospital."""
    doc = Doc()
    city, uf = g.city()
    reg = g.person()
    dest = g.person()
    dom = g.pick(["saude.rs.gov.br", "hcampanha.org.br", "santacasa.org.br", "ghc.com.br"])
    doc.f("De: «rn» <«re»>\nPara: «dn» <«de»>\nCc: regulacao.estadual@«dom»; nir@«dom2»\nData: «d» «h»\n"
          "Assunto: Transferências — evacuação do «hh» (alagamento do subsolo)\n\n",
          rn=P(reg.full), re=(g.work_email(reg, dom), "EMAIL_ADDRESS"), dn=P(dest.full),
          de=(g.work_email(dest, g.pick(["hbb.org.br", "hcentenario.com.br", "santarosa.org.br"])), "EMAIL_ADDRESS"),
          dom=dom, dom2=g.pick(["hbb.org.br", "hcentenario.com.br"]), d=g.date(), h=g.hm(), hh=g.pick(HOSPITALS))
    doc.f("Dr«a». «dl»,\n\nConforme contato telefônico, seguem os pacientes liberados para transferência via «v». "
          "Previsão de chegada: «h».\n\n",
          a="a" if dest.female else "", dl=P(dest.last), v=g.pick(["USA-02", "helicóptero da FAB", "ambulância do Exército"]),
          h=g.hm())
    for i in range(g.n(3, 5)):
        p = g.person()
        comp, cid = g.pick(COMPLAINTS)
        doc.f("«i») «n», «dn», CNS «c» — «q» («cid») — «l»\n", i=i + 1, n=P(g.pick([p.full, p.caps])),
              dn=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"), q=comp, cid=cid,
              l=g.pick(["leito clínico", "UTI adulto", "UTI ped.", "enfermaria"]))
    doc.f("\nMédico acompanhante: «m» («mc»), celular «t».\n\nAtt.,\n«rs»\nMédic«o» Regulador«a» — «rc»\nCentral de Regulação "
          "— Plantão «p»\n",
          m=P(g.person().full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"),
          rs=P(reg.short), o=reg.o, a="a" if reg.female else "", rc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          p=g.pick(["noturno", "diurno", "12h"]))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """Vaccination at shelters, CSV export of the mobile team's spreadsheet."""
    doc = Doc()
    sep = g.pick([";", ",", "\t"])
    vacs = [(g.person(female=g.chance(0.8)), g.council("COREN", "RS")) for _ in range(2)]
    logins = g.chance(0.6)  # the spreadsheet of some teams carries the SI-PNI login instead of the name
    doc.f("vacinacao_abrigos_«d».csv\n", d=g.date("iso").replace("-", ""))
    rows = []
    for _ in range(g.n(6, 9)):
        p = g.person()
        v, vc = g.pick(vacs)
        rows.append([P(g.pick([p.full, p.caps, p.low])), (g.cns(False), "BR_CNS") if g.chance(0.8) else V(""),
                     (g.cpf("raw"), "BR_CPF") if g.chance(0.5) else V(""), (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                     V(g.pick(SHELTERS).replace("Abrigo ", "")), V(g.pick(["dT", "Hepatite A", "Influenza", "dT", "Covid-19 XBB"])),
                     V(g.pick(["D1", "D2", "REF", "DU"])), V(g.pick(["L" + g.d(6), g.d(3) + "VZ" + g.d(3), "FP" + g.d(4)])),
                     V(g.date()), V(re.sub(r"[^a-z]", "", fold(v.first).lower()[:1] + fold(v.last).lower())) if logins else P(v.short),
                     (vc, "PROFESSIONAL_ID")])
    table_csv(doc, ["nome", "cns", "cpf", "dt_nasc", "abrigo", "vacina", "dose", "lote", "dt_aplic", "vacinador", "coren"], rows, sep=sep)
    doc.f("# digitado por «n» — lançar no SI-PNI até «d»\n", n=P(g.person().first), d=g.date())
    return doc


def sa_psicossocial(g: Gen) -> Doc:
    """Psychosocial care log for shelter residents (Markdown table pasted in a shared doc)."""
    doc = Doc()
    psis = [(g.person(), g.council("CRP")) for _ in range(2)]
    doc.f("## Atendimentos psicossociais — «s» — semana de «d»\n\nEquipe: «a» («ac»), «b» («bc»)\n\n",
          s=g.pick(SHELTERS), d=g.date(), a=P(psis[0][0].full), ac=(psis[0][1], "PROFESSIONAL_ID"), b=P(psis[1][0].full),
          bc=(psis[1][1], "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.n(5, 7)):
        p = g.person()
        ps, pc = g.pick(psis)
        rows.append([V(g.date("short")), P(g.pick([p.full, p.short, p.nick])), (g.dob("br"), "DATE_OF_BIRTH") if g.chance(0.7) else V("—"),
                     V(g.pick(["luto (perdeu o pai no deslizamento)", "insônia, revive a noite do resgate", "crise de choro, ansiedade",
                               "criança não fala desde a enchente", "uso abusivo de álcool", "conflito familiar no abrigo"])),
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER") if g.chance(0.75) else V("sem celular"),
                     V(g.pick(["F43.0", "F43.1", "F41.1", "Z63.4", "F10.1", "—"])),
                     V(g.pick(["CAPS II", "retorno 7 dias", "acolhimento em grupo", "UBS + psiquiatria", "CAPSi"])),
                     V("".join(w[0] for w in fold(ps.full).split() if w[0].isupper()))])
    table_md(doc, ["Data", "Pessoa", "DN", "Demanda", "Contato", "CID", "Encaminhamento", "Prof."], rows)
    p = g.person()
    doc.f("\n**Atenção**: «n» (tel. «t») pediu para não ser mais entrevistad«o» por jornalistas. Seria prudente "
          "combinar com a coordenação do abrigo um protocolo para imprensa.\n",
          n=P(p.full), t=(g.phone(), "PHONE_NUMBER"), o=p.o)
    return doc


def sa_iml(g: Gen) -> Doc:
    """Forensic identification and recognition record of a flood victim (IML)."""
    doc = Doc()
    city, uf = g.city()
    v = g.person()
    r = g.person()
    leg = g.person()
    pap = g.person()
    doc.f("INSTITUTO-GERAL DE PERÍCIAS — DEPARTAMENTO MÉDICO-LEGAL\nPOSTO AVANÇADO «c»\n"
          "AUTO DE RECONHECIMENTO E IDENTIFICAÇÃO DE CADÁVER Nº «n»\n\n",
          c=fold(city).upper(), n=f"{g.d(4)}/{g.n(2024, 2025)}")
    doc.f("Vítima: «n»\nFiliação: «m» e «f»\nData de nascimento: «b»   RG: «rg»   CPF: «cpf»\n"
          "Data provável do óbito: «do»   Local do encontro: «l»\nDeclaração de Óbito nº «dn»   BO nº «bo»\n\n",
          n=P(v.caps), m=P(g.person(female=True).full), f=P(g.person(female=False).full), b=(g.dob(), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), do=g.date(),
          l=g.pick([f"margem do rio, altura da {street_only(g)}", "escombros de residência no bairro " + g.pick(BAIRROS),
                    f"interior de veículo na {street_only(g)}"]),
          dn=f"{g.d(2)}-{g.d(8)}-{g.d(1)}", bo=f"{g.d(6)}/{g.n(2024, 2025)}")
    doc.f("Identificação: «mt»\n\nRECONHECIMENTO\nCompareceu «r», «p» da vítima, RG «rg», CPF «cpf», residente na «a», "
          "telefone «t», que reconheceu o corpo por «mr».\n\n",
          mt=g.pick(["papiloscópica (confronto com prontuário civil)", "odontológica", "DNA (amostra de referência da filha)",
                     "papiloscópica"]),
          r=P(r.full), p=g.pick(["filho(a)", "cônjuge", "irmão(ã)", "genitor(a)"]), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          a=(g.address(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          mr=g.pick(["tatuagem com o nome da mãe no antebraço", "aliança e cicatriz abdominal", "vestes e documentos"]))
    doc.f("Perito médico-legista: «l» — «lc»\nPapiloscopista: «p» (ID funcional «id»)\n",
          l=P(leg.full), lc=(g.council("CRM", uf), "PROFESSIONAL_ID"), p=P(pap.full), id=g.d(7))
    return doc


SAUDE = [sa_triagem, sa_evolucao, sa_sinan, sa_regulacao, sa_vacinacao, sa_psicossocial, sa_iml]


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("041", "Banrisul"), ("237", "Bradesco"),
         ("341", "Itaú"), ("748", "Sicredi"), ("756", "Sicoob"), ("260", "Nu Pagamentos"), ("077", "Banco Inter")]
SUPPLIERS = ["Zanotto Materiais de Construção Ltda", "Transportes Schmitt & Filhos Ltda", "Padaria Flor do Vale ME",
             "Comercial Bento Alimentos Ltda", "Haddad Colchões Ltda", "Água Mineral Aurora S.A.",
             "Dornelles Locação de Máquinas Ltda", "Supermercado Rosa Ltda", "Farmácia Luz & Vida Ltda",
             "Menegat Construtora Eireli", "Auto Posto Prudente Ltda", "Gráfica Wolff Ltda"]


def e2e(g: Gen) -> str:
    return f"E{g.d(8)}{g.n(2024, 2025)}{g.n(1, 12):02d}{g.n(1, 28):02d}{g.d(4)}{''.join(g.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(11))}"


def fi_requerimento(g: Gen) -> Doc:
    """Online application for the reconstruction aid (printed confirmation page)."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    doc.f("AUXÍLIO RECONSTRUÇÃO — COMPROVANTE DE SOLICITAÇÃO\nMunicípio: «c»/«u»   Portaria de reconhecimento: «po»\n"
          "Protocolo: «pr»   Enviado em «d» às «h» (IP «ip»)\n\n",
          c=city, u=uf, po=f"nº {g.n(1000, 2999)}/{g.n(2023, 2025)}", pr=g.protocol(), d=g.date(), h=g.hm(),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.f("RESPONSÁVEL FAMILIAR\nNome: «n»\nCPF: «c»   NIS: «nis»   Data de nascimento: «b»\n",
          n=P(p.caps), c=(g.cpf(), "BR_CPF"), nis=(g.pis(), "BR_PIS"), b=(g.dob(), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("Título de eleitor: «t»   RG: «r»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"), r=(g.rg(), "BR_RG"))
    doc.f("Telefone: «t»   E-mail: «e»\n\nIMÓVEL ATINGIDO\nEndereço: «a»\nBairro: «b»   CEP: «z»   Situação: «s»\n\n",
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          z=(g.cep(), "BR_CEP"), s=g.pick(["desalojado", "desabrigado", "imóvel destruído", "imóvel danificado"]))
    doc.t("COMPOSIÇÃO FAMILIAR\n")
    for _ in range(g.n(1, 4)):
        m = g.relative(p)
        doc.f("- «n» | CPF «c» | nasc. «b»\n", n=P(m.caps), c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não possui"),
              b=(g.dob("br", 1950, 2023), "DATE_OF_BIRTH"))
    code, bank = g.pick(BANKS)
    if g.chance(0.5):
        doc.f("\nDADOS PARA CRÉDITO\nBanco: «c» - «b»   Agência: «a»   Conta poupança: «k»\n", c=code, b=bank,
              a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("\nDADOS PARA CRÉDITO\nChave Pix (aleatória): «k»   Instituição: «b»\n", k=(g.uuid(), "PIX_KEY"), b=bank)
    doc.f("\nDeclaro, sob as penas da lei (art. 299 do Código Penal), que as informações são verdadeiras. Valor do auxílio: "
          "R$ 5.100,00 (parcela única). Situação: «st».\n",
          st=g.pick(["EM ANÁLISE", "APROVADO — aguardando lote de pagamento", "PENDENTE — divergência no CadÚnico"]))
    return doc


def fi_pix_lote(g: Gen) -> Doc:
    """Pix payment batch of the municipal emergency aid (bank return CSV)."""
    doc = Doc()
    city, uf = g.city()
    doc.f("# LOTE PIX «l» — Fundo Municipal de Proteção e Defesa Civil de «c» — CNPJ pagador «cnpj»\n"
          "# gerado em «d» por «u»\n",
          l=f"{g.n(1, 40):03d}/{g.n(2024, 2025)}", c=city, cnpj=(g.cnpj(), "BR_CNPJ"), d=g.date(),
          u=g.pick(["tesouraria.sefaz", "cnab_service", "usr_pagamentos"]))
    rows = []
    for i in range(g.n(6, 9)):
        p = g.person()
        kind = g.pick(["CPF", "ALEATORIA", "ALEATORIA", "EMAIL", "TELEFONE"])
        key = {"CPF": lambda: (g.cpf("raw"), "BR_CPF"), "ALEATORIA": lambda: (g.uuid(), "PIX_KEY"),
               "EMAIL": lambda: (g.email(p), "EMAIL_ADDRESS"), "TELEFONE": lambda: (g.phone("e164"), "PHONE_NUMBER")}[kind]()
        st = g.pick(["LIQUIDADO", "LIQUIDADO", "LIQUIDADO", "DEVOLVIDO-AC03 conta inexistente", "REJEITADO-chave não encontrada"])
        rows.append([V(i + 1), P(fold(p.full).upper() if g.chance(0.7) else p.full), (g.cpf("dot"), "BR_CPF"), V(kind), key,
                     V(g.pick(["5100.00", "5100.00", "2550.00", "800.00"])), V(e2e(g)), V(st)])
    table_csv(doc, ["seq", "favorecido", "cpf_favorecido", "tipo_chave", "chave", "valor", "end_to_end_id", "status"], rows, sep=";")
    doc.f("# total: «n» pagamentos | conferido por «c» (Tesouraria) | autorizado «a»\n",
          n=len(rows), c=P(g.person().full), a=P(g.person().caps))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """NGO donation platform: chargeback/fraud review of card donations (fixed-width table)."""
    doc = Doc()
    ngo = g.pick(["Instituto Mãos que Ajudam", "ONG Rosa dos Ventos", "Associação SOS Vale do Taquari", "Cozinha Solidária Aurora"])
    an = g.person()
    doc.f("«o» — CNPJ «c»\nRevisão de contestações (chargeback) — campanha \"«k»\" — analista «a»\n\n",
          o=ngo, c=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"), k=g.pick(["Reconstrói RS", "Enchente 2024", "Água e Luz para Todos",
                                                                     "Abrigos Já"]), a=P(an.full))
    rows = []
    for _ in range(g.n(5, 7)):
        p = g.person()
        card = (g.card(g.chance(0.5)), "CREDIT_CARD") if g.chance(0.7) else (f"{g.pick('455')}{g.d(3)} **** **** {g.d(4)}", None)
        rows.append([V(g.date()), P(g.pick([p.full, p.caps, p.short])), (g.email(p), "EMAIL_ADDRESS"), card,
                     (g.ip(), "IP_ADDRESS"), V("R$ " + g.money(10, 5000)), V(g.pick(["4837 fraude", "4853 não reconhece", "10.4",
                                                                                     "13.1 serviço não prestado"]))])
    table_fixed(doc, ["Data", "Doador", "E-mail", "Cartão", "IP", "Valor", "Motivo"], rows, sep="  ", rule="=", cross="  ")
    doc.f("\nParecer: «p»\nTransações do gateway: «tx»\n", p=g.pick([
        "3 doações do mesmo IP com cartões diferentes em 2 minutos — teste de cartão. Bloquear.",
        "doadores legítimos; contestação por engano (nome da ONG na fatura). Enviar comprovante.",
        "seria prudente exigir 3DS acima de R$ 500."]), tx=", ".join("tr_" + g.hexs(14) for _ in range(2)))
    return doc


def fi_recibo_voluntario(g: Gen) -> Doc:
    """Fuel/mileage reimbursement receipts for volunteer drivers and boat owners."""
    doc = Doc()
    city, uf = g.city()
    coord = g.person()
    ngo = g.pick(["Associação Comunitária Vila Aurora", "Instituto Bento Solidário", "Rede Voluntária Esperança"])
    ngo_cnpj = g.cnpj(alnum=g.chance(0.3))
    for _ in range(g.n(2, 3)):
        v = g.person()
        doc.f("RECIBO DE RESSARCIMENTO DE DESPESAS — VOLUNTARIADO Nº «n»\n\n", n=f"{g.n(1, 400):04d}")
        doc.f("Recebi d«ngo» (CNPJ «c») a importância de R$ «v» («vx»), referente a «r», no período de «d1» a «d2».\n\n",
              ngo=("a " if ngo.startswith(("Associação", "Rede")) else "o ") + ngo, c=(ngo_cnpj, "BR_CNPJ"),
              v=g.money(80, 1800), vx=g.pick(["valor conforme notas anexas", "por extenso no verso"]),
              r=g.pick(["combustível do barco usado nos resgates", "quilometragem do veículo próprio no transporte de donativos",
                        "gasolina do gerador do abrigo", "frete de colchões"]), d1=f"{g.n(1, 14):02d}/05/2024",
              d2=f"{g.n(15, 31):02d}/05/2024")
        doc.f("Voluntári«o»: «n»\nCPF: «c»   CNH: «cnh»\nVeículo/embarcação: «ve»   Placa: «p»\n",
              o=v.o, n=P(v.full), c=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"),
              ve=g.pick(["Toyota Hilux", "VW Amarok", "Fiat Toro", "Ford Ranger", "caminhão 3/4 VW Delivery"]),
              p=(g.plate(), "LICENSE_PLATE"))
        code, bank = g.pick(BANKS)
        if g.chance(0.5):
            doc.f("Crédito em: «b» (banco «c») ag. «a» c/c «k»\n", b=bank, c=code, a=(g.agency(), "BANK_ACCOUNT"),
                  k=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("Pix (chave aleatória): «k»\n", k=(g.uuid(), "PIX_KEY"))
        doc.f("«cy», «d».   Assinatura: ____________   Aprovado: «a»\n\n", cy=city, d=g.date(),
              a=P(g.pick([coord.short, coord.caps, coord.first])))
    return doc


def fi_indenizacao(g: Gen) -> Doc:
    """Insurer's notice of indemnity payment for flood damage to a home."""
    doc = Doc()
    ins = g.pick(INSURERS)
    p = g.person()
    reg = g.person()
    titular = p if g.chance(0.6) else g.relative(p)
    p_cpf = g.cpf()
    doc.f("«i»\nAVISO DE PAGAMENTO DE INDENIZAÇÃO — SEGURO RESIDENCIAL\n\nSegurad«o»: «n»\nCPF: «c»\n"
          "Apólice: «ap»   Sinistro: «si»   Data do evento: «de»\nLocal de risco: «a», «cy» — CEP «z»\n\n",
          i=ins.upper(), o=p.o, n=P(p.full), c=(p_cpf, "BR_CPF"), ap=f"{g.d(3)}.{g.d(2)}.{g.d(7)}",
          si=N11(g.neg(11)), de=g.date(), a=(g.address(), "ADDRESS"), cy="/".join(g.city()), z=(g.cep(), "BR_CEP"))
    dmg = float(g.n(8000, 150000))
    fr = float(g.n(500, 3000))
    doc.f("Cobertura: «cob»\nPrejuízo apurado: R$ «pa»\nFranquia: R$ «fr»\nValor líquido da indenização: R$ «vl»\n\n",
          cob=g.pick(["Alagamento/Inundação", "Desmoronamento", "Danos elétricos + Alagamento", "Vendaval"]),
          pa=f"{dmg:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          fr=f"{fr:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          vl=f"{dmg - fr:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    code, bank = g.pick(BANKS)
    doc.f("Dados bancários do favorecido\nTitular: «t» (CPF «tc»)\nBanco «bc» — «b»   Agência «a»   Conta «k»\n"
          "Previsão de crédito: «d»\n\n",
          t=P(g.pick([titular.caps, titular.full])), tc=(p_cpf if titular is p else g.cpf(), "BR_CPF"), bc=code, b=bank, a=(g.agency(), "BANK_ACCOUNT"),
          k=(g.account(), "BANK_ACCOUNT"), d=g.date())
    doc.f("Regulador: «r» («re») — «rt»\nDúvidas: central 0800 «cc» ou sinistros@«dom»\n",
          r=P(reg.full), re=(g.work_email(reg, "reguladora-" + g.pick(["sul", "brasil", "luz"]) + ".com.br"), "EMAIL_ADDRESS"),
          rt=(g.phone(), "PHONE_NUMBER"), cc=f"{g.d(3)} {g.d(4)}",
          dom=fold(ins.split()[0]).lower() + ".com.br")
    return doc


def fi_transparencia(g: Gen) -> Doc:
    """Transparency portal extract of emergency spending (suppliers, per diems, rent aid)."""
    doc = Doc()
    city, uf = g.city()
    doc.f("PORTAL DA TRANSPARÊNCIA — MUNICÍPIO DE «c»/«u»\nDespesas — Situação de Emergência (Decreto «dc») — "
          "pagamentos de «m»\n\n",
          c=fold(city).upper(), u=uf, dc=f"{g.n(100, 999)}/{g.n(2023, 2025)}", m=g.pick(MONTHS) + "/" + str(g.n(2024, 2025)))
    rows = []
    for _ in range(g.n(6, 9)):
        k = g.n(0, 3)
        if k <= 1:
            fav, doc_id = V(g.pick(SUPPLIERS)), (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ")
            hist = g.pick(["aquisição de colchões", "locação de retroescavadeira", "água potável", "cestas básicas",
                           "fretamento de barcos", "combustível"])
        elif k == 2:
            p = g.person()
            fav, doc_id = P(fold(p.full).upper()), (g.masked_cpf(), None)
            hist = g.pick(["aluguel social - parcela 1", "aluguel social - parcela 2", "auxílio moradia emergencial"])
        else:
            p = g.person()
            fav, doc_id = P(fold(p.full).upper()), (g.masked_cpf(), None)
            hist = g.pick(["diárias - servidor Defesa Civil", "hora extra - resgate", "diárias - motorista"])
        rows.append([V(g.date()), V(f"{g.n(2024, 2025)}NE{g.d(5)}"), fav, doc_id, V(hist), V(g.money(300, 480000))])
    table_fixed(doc, ["Data", "Empenho", "Favorecido", "CPF/CNPJ", "Histórico", "Valor (R$)"], rows)
    doc.f("\nFonte: «s». CPF de pessoa física exibido parcialmente (Lei 13.709/2018). Atualizado em «d».\n",
          s=g.pick(["Sistema de Contabilidade Pública", "e-Cidade", "Betha Sistemas"]), d=g.date())
    return doc


def fi_email_contestacao(g: Gen) -> Doc:
    """Beneficiary complains the aid was not credited; bank back-office analyst replies."""
    doc = Doc()
    p = g.person()
    an = g.person()
    bank, dom = g.pick([("Caixa Econômica Federal", "caixa.gov.br"), ("Banrisul", "banrisul.com.br"),
                        ("Sicredi", "sicredi.com.br"), ("Banco do Brasil", "bb.com.br")])
    pe = g.email(p)
    doc.f("De: «an» <«ae»>\nPara: «pe»\nAssunto: RES: auxilio nao caiu na conta!!\n\n", an=P(an.full),
          ae=(g.work_email(an, dom), "EMAIL_ADDRESS"), pe=(pe, "EMAIL_ADDRESS"))
    doc.f("Prezad«o» «pn»,\n\nVerificamos que o crédito do lote «l» foi devolvido porque a conta informada (ag. «a», conta «k») "
          "está encerrada. Para reprocessar, cadastre uma chave Pix em seu nome ou atualize os dados no aplicativo. "
          "Não solicitamos senhas por e-mail.\n\n«as»\n«ar» — «bk»\nAtendimento: «t»\n\n",
          o=p.o, pn=P(p.first), l=f"{g.n(1, 40):03d}/{g.n(2024, 2025)}", a=(g.agency(), "BANK_ACCOUNT"),
          k=(g.account(), "BANK_ACCOUNT"), ar=g.pick(["Analista de Back Office", "Gerência de Benefícios Sociais"]),
          bk=bank, t=(g.phone(mobile=False), "PHONE_NUMBER"), **{"as": P(an.short)})
    doc.f("-----Mensagem original-----\nDe: «pe»\nEnviada em: «d»\n\n", pe=(pe, "EMAIL_ADDRESS"), d=g.date())
    key_kind = g.n(0, 2)
    key = [(g.email(p), "EMAIL_ADDRESS"), (g.phone(), "PHONE_NUMBER"), (g.uuid(), "PIX_KEY")][key_kind]
    doc.f("bom dia, sou «n», CPF «c», NIS «nis». o auxílio reconstrução foi aprovado dia «d» mas até agora nada. minha conta "
          "é no «b» agência «a» conta «k». se precisar, minha chave pix é «key». tô morando de favor na casa da minha irmã "
          "«ir», na «ad», CEP «z». por favor me ajudem\n«t»\n",
          n=P(g.pick([p.full, p.low])), c=(g.cpf(), "BR_CPF"), nis=(g.pis(), "BR_PIS"), d=g.date("nopad"), b=g.pick([bank, bank.lower(), bank.split()[0].lower()]),
          a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), key=key, ir=P(g.person(female=True).first),
          ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    return doc


FINANCEIRO = [fi_requerimento, fi_pix_lote, fi_chargeback, fi_recibo_voluntario, fi_indenizacao, fi_transparencia,
              fi_email_contestacao]


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_abrigo, at_whatsapp, at_desaparecido, at_doacoes, at_199, at_email_cras, at_radio],
    "juridico": JURIDICO,
    "saude": SAUDE,
    "financeiro": FINANCEIRO,
}


def check(record: dict, negs: list[str]) -> None:
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|tia|tio|vó|vô|sgt|cb|sd)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert not re.search(r"\d{5}-\d{3}", v), (record["id"], v)
    for n in negs:
        d = re.sub(r"\D", "", n)
        assert len(d) == 11 and not cpf_ok(d), (record["id"], n)
        assert n in text, (record["id"], n)
        i = text.index(n)
        assert not any(s["start"] < i + len(n) and i < s["end"] for s in record["spans"]), (record["id"], n)


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
    print(OUT_NAME.split(".")[0], len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    for dom in TEMPLATES:
        k = sum(len(r["spans"]) for r in records if r["domain"] == dom)
        print(f"  [{dom}] {k} spans")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
