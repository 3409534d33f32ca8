"""Build the sixty-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from other generators),
seed 6565, 280 records: 7 templates per domain, 10 copies each, 4,700-4,800 gold spans.

Register, not used by the earlier sets: labour unions, pension funds and social-security claims,
the paperwork a union, a closed pension fund, a retirees' association and a social-security law
office produce: membership files and dues, opt-outs from the assistance contribution, dismissal
homologations at the union, strike lists, collective bargaining, private pension portability,
beneficiary designations and death-benefit claims, INSS benefit requests (aposentadoria,
auxílio por incapacidade, BPC/LOAS) with medical-expert and social reports, lawyers' petitions,
powers of attorney and fee contracts, retirees' payroll-deductible loans (consignado, RMC/RCC cards).
- atendimento: a union membership form (ficha de filiação, sometimes an OCR'd scan, dependants'
  birth dates, a car plate for the car park, dues on a credit card for retirees), a dues opt-out
  letter with the desk stamp and a ruled excerpt of the opt-out book, a WhatsApp chat with a pension
  fund (bot, then attendant; portability and a new beneficiary), an e-mail thread between a client
  and a social-security law office secretary (Meu INSS request, NB, mother's name in the CNIS), a
  CSV export of a retirees' association complaint queue about consignado loans, the log of a union
  legal-help web form and phone line (IP addresses, notes, SMS), a weekly appointment grid of the
  union's legal department (ruled, piped or bare columns).
- juridico: a dismissal homologation term (TRCT amounts, reservations, witnesses), an initial
  petition against the INSS at a federal small-claims court, a fee contract (success fee, Pix random
  key, client's account, witnesses, signature "a rogo"), a strike adhesion list attached to an
  e-mail to the union's lawyer, a power of attorney with a poverty declaration (sometimes OCR'd,
  sometimes with a curator), minutes of a collective-bargaining round with an attendance table, a
  pension fund's legal opinion on competing death-benefit claims (ex-spouse, companion, minor child).
- saude: an INSS medical-expert report (laudo pericial; CNH or RG shown), an assistant physician's
  report for an incapacity claim (often a phone photo, OCR'd, with the CNS), a BPC/LOAS social
  assessment with the household table (NIS, CNS, título), a work-accident notice (CAT) issued by the
  union, a law office's CSV of scheduled medical examinations, a pension fund's medical-board
  e-mail on a disability retirement, a PPP (Perfil Profissiográfico Previdenciário) for special
  retirement (CREA engineer, CRM coordinator; often OCR'd).
- financeiro: a retiree's consignado statement printed from Meu INSS (contracts table, margins,
  masked RMC card), a portability term between pension entities, a beneficiary designation (form or
  the fund's CSV extract), an employer's remittance file of union dues with opt-out flags, a
  death-benefit claim (pecúlio) with bank data or a Pix random key, a bank's digital-formalisation
  dossier of a contested RMC card (audit trail with IPs, OCR'd CNH number), a law office's RPV payout
  statement (fees deducted, account, Pix random/CPF/phone keys).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "Dr(a).",
"dona", "seu"; particles inside a name are part of it; "SURNAME, Given" is one span; nicknames and
first names alone are persons; nome/sobrenome columns are one span each. Staff named in the text
(attendants, secretaries, analysts, union officers, lawyers, doctors, experts, social workers,
witnesses, company representatives, bank correspondents' operators) are persons; logins (vrosa,
ouv.jsilva, corr12345), system users, bot names (Auri, Lumi, PrevBot) and a business account shown
as the sender of chat messages are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (atendimento@, juridico@, beneficios@, contato@, financeiro@ even when used as a Pix key)
are not labelled. ADDRESS is street type + name + number + complement (not bairro, city, state;
the CEP is BR_CEP); the address of a company, clinic, law office or court is not labelled.
Agency and account are separate BANK_ACCOUNT spans; bank codes and bank names are not.
DATE_OF_BIRTH only for birth dates (the holder's, dependants', relatives', beneficiaries'); DER,
DIB, DID, DII, DCB, admission, dismissal, accident, death, CadÚnico update and signature dates are
not. PROFESSIONAL_ID includes the council acronym and UF or region, and a "nº" or "-A" suffix when
written: "OAB/SP nº 218.990", "CRM RO 225.131", "CRESS 7ª Região nº 12345", "CREA-MT 1129712581",
"CRP 12/69393". PIX_KEY only for random (UUID) keys; a Pix key that is a CPF or a phone takes
BR_CPF or PHONE_NUMBER. NIT, NIS and PIS/PASEP are all BR_PIS. CNPJs are labelled wherever they
occur (employers, unions, pension entities, correspondents), numeric or 2026 alphanumeric; the INSS
is named without its CNPJ. New decisions of this set: INSS benefit numbers (NB, 10 digits),
Meu INSS request numbers, CNPB plan codes, matrículas, SIAPE and CNES numbers, CTPS numbers,
death-certificate registration numbers, GRCSU guides, boleto lines, AR tracking codes, contract and
protocol numbers are never labelled; masked CPFs and masked cards (asterisks, "final 1234") are not
labelled; the sender of a WhatsApp line is labelled when it is a person's name or phone number; an
"X-Originating-IP" header is IP_ADDRESS; geolocation, selfie hashes and liveness scores are not
labelled; OCR damage (l for 1, O for 0, rn for m...) is kept and the damaged value labelled as it
stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Vandercléia, Kethellyn, Raniery, Deyvid; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish, Polish), at least a quarter of
the name words rare or invented (the script prints the share); names that are also words (Rosa,
Luz, Flor, Aurora, Vitória, Esperança, Graça, Glória, Bento, Prudente, Amado, Branco, Leal, Justo,
Severo) next to the same words as words ("seria prudente", "conta de luz", "folha em branco", "foi
uma vitória") and in places, streets, funds and companies (Presidente Prudente, Bento Gonçalves,
Vitória da Conquista, Rua Rosa e Silva, Aurora Previdência, Fundação Amado Branco de Seguridade
Social, Supermercados Rosa Branca, Padaria Flor do Trigo, Hospital Santa Luz, APS Barão de Mauá),
which are not persons. Forms: full, ALL CAPS with and without accents, lower case, short, first
name alone, nickname, split into nome/sobrenome columns, OCR-damaged.

Hard negatives (never labelled): CNJ process numbers, NB and request numbers, 11-digit numbers
failing the CPF check (requests, protocols, FGTS accounts, invalid CPF/PIS reported by the union),
ICD-10 codes, CBO and CNAE codes, money, percentages, laws and precedents (Lei 8.213/1991, LC
109/2001, Tema 935 do STF, Súmula 330 do TST), dates that are not birth dates, company names with
surnames (Metalúrgica Frazão & Filhos, Gondim, Frazão & Advogados Associados, Higa Alimentos),
street and agency names honouring people outside an address.
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
SEED = 6565
OUT_NAME = "sixtyfifth.jsonl"

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
        return None
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

PT_F = ["Cláudia", "Patrícia", "Adriana", "Fernanda", "Juliana", "Simone", "Luciana", "Sandra", "Rosângela",
        "Elisângela", "Aparecida", "Maria José", "Maria de Lourdes", "Ana Paula", "Tatiane", "Priscila", "Larissa",
        "Gabriela", "Beatriz", "Isabela", "Mariana", "Francisca", "Antônia", "Conceição", "Terezinha", "Neusa",
        "Irene", "Dalva", "Marlene", "Célia", "Fátima", "Sebastiana", "Benedita", "Lourdes"]
RARE_F = ["Edineusa", "Gislaine", "Joselita", "Uilma", "Nilzete", "Dinalva", "Creusa", "Erotildes",
          "Maria Zilda", "Valdirene", "Quitéria", "Rozilda", "Socorro", "Zenaide", "Ivonete", "Lucineide",
          "Aldenora", "Jucileide", "Eurides", "Marinalva", "Girlene", "Jandira", "Kethellyn", "Yaskara",
          "Rhaissa", "Thayane", "Agripina", "Ediléia", "Laudelina", "Osmarina", "Eremita", "Zilmar",
          "Dorotéia", "Nazinha", "Cleonice", "Waldelice", "Iraci", "Vandercléia"]
PT_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Luiz", "Paulo Roberto", "Ricardo", "Roberto",
        "Rafael", "Rodrigo", "Eduardo", "Gustavo", "Fábio", "Márcio", "Anderson", "Edson", "Sebastião", "Benedito",
        "Raimundo", "Geraldo", "Luiz Antônio", "José Carlos", "Gabriel", "Lucas", "Mateus", "Vinícius", "Thiago",
        "Daniel", "Miguel", "Ademir", "Jorge Luiz", "Valdir"]
RARE_M = ["Adelmo", "Gerivaldo", "Josué", "Edivaldo", "Onofre", "Ubirajara", "Deusdete", "Clodoaldo",
          "Waldomiro", "Eliseu", "Josenildo", "Creomar", "Dejair", "Lindolfo", "Arquimedes", "Hélio Rômulo",
          "Pedro Paulino", "Zenóbio", "Jucelino", "Orlandino", "Ezequias", "Anísio", "Gedeão", "Raniery",
          "Weverton", "Kauan", "Jhonatan", "Maykon", "Deyvid", "Izaías", "Crispim", "Tertuliano", "Firmino",
          "Belarmino", "Olegário", "Eustáquio", "Natanael", "Jovelino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Rocha", "Dias",
          "Moreira", "Fernandes", "Lopes", "Mendes", "Monteiro", "Batista", "Moraes", "Xavier", "Conceição",
          "Cunha", "Miranda", "Fonseca", "Tavares", "Brito", "Soares"]
RARE_SUR = ["Curvelo", "Bezerril", "Aguiar Catanho", "Ramalhete", "Valadares", "Ximenes", "Anacleto", "Brandim",
            "Tibúrcio", "Quintela", "Sampaio Corrêa", "Cajazeira", "Espíndola", "Frazão", "Guedelha", "Itapary",
            "Jatobá", "Lins de Albuquerque", "Mourão", "Nobre", "Paranaguá", "Rufino", "Sucupira", "Torquato",
            "Urbano", "Vasconcelos Pessoa", "Wanderley", "Zanetti", "Bicalho", "Cabral Landim", "Dantas Filgueira",
            "Evangelista", "Falcão", "Gondim", "Honorato", "Ibiapina", "Leitão", "Macambira", "Ouriques"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Graça", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leal", "Justo", "Severo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Leal", "Pinheiro",
            "Coelho", "Carneiro", "Pedreira", "Fortes", "Bastos", "Paiva"]
NICK = {"José": "Zé", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião", "Benedito": "Dito",
        "Raimundo": "Mundinho", "Geraldo": "Gera", "Maria José": "Zezé", "Conceição": "Ceiça", "Francisca": "Chica",
        "Aparecida": "Cida", "Terezinha": "Tê", "Socorro": "Corrinha", "Joselita": "Lita", "Deusdete": "Dete",
        "Waldomiro": "Miro", "Ubirajara": "Bira", "Luiz Antônio": "Tonhão", "Marinalva": "Nalva",
        "Arquimedes": "Quimé", "Creusa": "Creusinha", "Olegário": "Légo"}
FOREIGN = {
    "it": (["Graziela", "Loredana", "Pierina"], ["Giuseppe", "Aurelio", "Dante"],
           ["Pozzobon", "Tomazoni", "Dal Bó", "Bertoldi", "Menegotto", "Zanatta", "De Carli"]),
    "de": (["Hildegard", "Irmgard", "Elfriede"], ["Siegfried", "Egon", "Reinholdo"],
           ["Schmitt", "Wagner", "Klein", "Hellmann", "Ruschel", "Kuhn", "Boettcher"]),
    "jp": (["Keiko", "Yoshiko", "Harumi"], ["Tadashi", "Noboru", "Massao"],
           ["Higa", "Nakamura", "Shimabukuro", "Miyagi", "Okuda", "Taira"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Salim", "Habib"],
           ["Assad", "Zogbi", "Jafet", "Mansur", "Tannus", "Chamas"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Mei", "Li Na"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "bo": (["Yola", "Marisol", "Eulalia"], ["Evo", "Wálter", "Nemesio"],
           ["Mamani", "Choque", "Condori", "Huanca", "Quispe Laura"]),
    "ht": (["Wideline", "Jesula", "Nadège"], ["Wisly", "Fritznel", "Jean-Robert"],
           ["Pierre-Louis", "Jean-Baptiste", "Desir", "Louissaint", "Charlemagne"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Moustapha", "Abdoulaye", "Babacar"],
           ["Diallo", "Faye", "Mbaye", "Thiam", "Seck"]),
    "ao": (["Ngueve", "Kiesse"], ["Nzuzi", "Mbemba"], ["Kiluange", "Mavinga", "Lutonda", "Kalunga"]),
    "in": (["Moema", "Potira", "Jaciara"], ["Raoni", "Kaiapó", "Tainã"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Davi", "Jacó"], ["Feldman", "Rosenthal", "Zylberstajn", "Guinsburg"]),
    "pl": (["Jadwiga", "Wanda"], ["Kazimierz", "Stanislau"], ["Kowalski", "Wisniewski", "Dombrowski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Zylberstajn", "Guinsburg", "Shimabukuro", "Menegotto", "Pozzobon", "Boettcher", "Ruschel",
             "Tannus", "Chamas", "Zogbi", "Reinholdo", "Elfriede", "Massao", "Noboru", "Pierina"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Fonseca", "Rocha", "Graça"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73",
        "77", "79", "81", "82", "83", "84", "85", "86", "87", "89", "91", "93", "94", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Largo", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Rosa e Silva", "Dona Flor Amado", "Bento Gonçalves", "Prudente de Morais",
                "da Esperança", "Marechal Deodoro", "Operário Santo Dias", "Primeiro de Maio", "Sete de Setembro",
                "Tiradentes", "dos Metalúrgicos", "Getúlio Vargas", "Padre Cícero", "Frei Damião",
                "Professora Quitéria Frazão", "Coronel Onofre Jatobá", "Luz do Sol", "Aurora Boreal",
                "das Tecelãs", "dos Bancários", "Vereador Anísio Gondim", "Irmã Dulce", "Chico Mendes",
                "Zumbi dos Palmares", "Dom Hélder Câmara", "Castro Alves", "Vitória Régia", "Santos Dumont",
                "Ferroviário Belarmino Rufino", "Engenheiro Paulo de Frontin", "da Graça", "São Benedito"]
CITIES = [("São Bernardo do Campo", "SP"), ("Santo André", "SP"), ("Diadema", "SP"), ("Osasco", "SP"),
          ("Campinas", "SP"), ("Presidente Prudente", "SP"), ("Sorocaba", "SP"), ("Volta Redonda", "RJ"),
          ("Duque de Caxias", "RJ"), ("Niterói", "RJ"), ("Contagem", "MG"), ("Betim", "MG"), ("Ipatinga", "MG"),
          ("Uberlândia", "MG"), ("Caxias do Sul", "RS"), ("Bento Gonçalves", "RS"), ("Canoas", "RS"),
          ("Curitiba", "PR"), ("Ponta Grossa", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"), ("Camaçari", "BA"),
          ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"), ("Jaboatão dos Guararapes", "PE"),
          ("Caruaru", "PE"), ("Maracanaú", "CE"), ("Juazeiro do Norte", "CE"), ("Aurora", "CE"),
          ("São Luís", "MA"), ("Imperatriz", "MA"), ("Teresina", "PI"), ("Manaus", "AM"), ("Belém", "PA"),
          ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Serra", "ES"), ("Vitória", "ES"),
          ("Rio Branco", "AC"), ("Porto Velho", "RO"), ("Natal", "RN"), ("Campina Grande", "PB"),
          ("Maceió", "AL"), ("Aracaju", "SE"), ("Palmas", "TO"), ("Macapá", "AP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Esperança", "Vila Operária", "Centro", "Rudge Ramos", "Parque São Bento", "Vila Rosa",
           "Jardim Aurora", "Conjunto Habitacional Primeiro de Maio", "Vila da Luz", "Alto da Glória",
           "Cidade Nova", "Jardim Flor de Maio", "Bairro dos Ferroviários", "Vila Prudente"]
CIDS = ["M54.5", "M51.1", "M75.1", "M17.0", "M65.4", "G56.0", "F32.2", "F33.1", "F41.1", "F43.1", "I10",
        "I25.1", "E11.9", "N18.4", "H54.2", "H90.3", "C50.9", "C61", "J44.9", "S82.1", "S62.6", "T93.2",
        "G35", "G20", "Z56.6", "M79.7", "B20", "I69.3", "Q90.9", "F84.0", "F20.0", "M16.1"]
LAWS = ["Lei 8.213/1991", "Lei 8.742/1993", "LC 109/2001", "Lei 13.467/2017", "EC 103/2019", "Lei 14.431/2022",
        "Decreto 3.048/1999", "art. 477 da CLT", "art. 8º, IV, da CF", "Lei 10.820/2003", "Lei 13.709/2018",
        "Tema 1.031 do STJ", "Súmula 576 do STJ", "art. 20, §3º, da Lei 8.742/93", "IN PRES/INSS 128/2022",
        "Resolução CNPC 40/2021", "art. 545 da CLT", "ADI 5.794", "Lei 14.601/2023"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Ana ", "Li ")) else self.given

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
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inv_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsacc": p.caps_acc, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
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
        if r < 0.48:
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
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(50, 99)}", f"{f}{l[:3]}", f"vo.{f}{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "terra.com.br", "ig.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])

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

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
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
        style = style or self.pick(["dot", "dot", "raw"])
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
        if dash and self.chance(0.1):
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace", "sp"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

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
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", f"casa {self.ri(1, 4)} fundos"])
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
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1944, hi: int = 2004) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2023, 2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(7, 19):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["4.03", "4.01", "4.04", "4.05", "4.02", "5.02", "5.15", "5.03", "8.26", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def nb(self) -> str:
        """INSS benefit number (NB), 10 digits: an internal number, never labelled."""
        n = self.d(10)
        return self.pick([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", n])

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2023, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(8)}", self.neg(12), f"ATD-{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}",
                              f"OAB/{uf} {n}-A" if self.chance(0.3) else f"OAB {uf} {dotted}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {self.d(5)}", f"CRESS {self.ri(1, 25)}ª Região nº {self.d(5)}", f"CRESS-{uf} {self.d(4)}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó"), ("l", "I")]
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
    """Fixed-width table with rulers: "+----+" grid, or "|" pipes with a dashed rule, or bare columns."""
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
    elif style == "pipe":
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
    else:  # bare, columns separated by two spaces, header upper case
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                doc.cell(v, w if k < len(r) - 1 else 0, lab)
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


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def mask_cpf(g: Gen) -> str:
    n = g.cpf_digits()
    return g.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])


UNIONS = ["Sindicato dos Metalúrgicos do ABC", "Sindicato dos Comerciários de Caxias do Sul",
          "Sindicato dos Bancários de Vitória da Conquista", "Sindicato dos Trabalhadores nas Indústrias de Alimentação de Bento Gonçalves",
          "SINTRACON - Sindicato dos Trabalhadores da Construção Civil", "Sindicato dos Químicos de Camaçari",
          "Sindicato dos Rodoviários de Presidente Prudente", "Sindicato dos Têxteis de Blumenau",
          "Sindicato dos Empregados em Asseio e Conservação", "SINDIPETRO - Sindicato dos Petroleiros"]
FUNDS = ["Aurora Previdência", "Fundação Amado Branco de Seguridade Social", "PrevLuz - Fundo de Pensão",
         "Esperança Prev", "Fundação Bento Rufino de Previdência", "Rosa Prev Sociedade de Previdência",
         "Fundação Vitória de Seguridade (FUNVISE)", "Flor de Maio Previdência Associativa"]
EMPLOYERS = ["Metalúrgica Frazão & Filhos Ltda", "Auto Peças Schmitt S.A.", "Tecelagem Menegotto Ltda",
             "Transportadora Prudente Ltda", "Supermercados Rosa Branca", "Frigorífico Bertoldi S.A.",
             "Construtora Jatobá Engenharia", "Higa Alimentos Ltda", "Calçados Leal & Gondim", "Vitória Logística S.A.",
             "Padaria Flor do Trigo", "Cerâmica Torquato Ltda", "Laticínios Aurora do Vale", "Mansur Embalagens Ltda",
             "Hospital Santa Luz", "Indústria Química Zanatta", "Fundição Wagner & Klein"]
LAW_FIRMS = ["Gondim, Frazão & Advogados Associados", "Escritório Tannus Previdenciário", "Rufino & Ximenes Advocacia",
             "Valadares Sociedade de Advogados", "Assessoria Jurídica Bicalho & Leal", "Amado Advocacia Previdenciária"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("041", "Banrisul"),
         ("623", "Banco Pan"), ("707", "Daycoval"), ("029", "Itaú Consignado"), ("318", "BMG"), ("422", "Safra")]
CONSIG_BANKS = ["Banco BMG", "Banco Pan", "Itaú Consignado", "Banco Daycoval", "Bradesco Financiamentos",
                "Banco C6 Consignado", "Banco Olé", "Banco Mercantil", "Caixa", "Banco Safra", "Agibank"]
WORDS = ["seria prudente aguardar a perícia", "a luz do processo", "foi uma vitória da categoria",
         "outubro rosa", "a conta de luz", "o papel em branco", "a esperança de reverter", "amado por todos",
         "prudente cautela", "a flor da idade", "em branco", "dar à luz", "a aurora do dia", "o bento da marmita"]
LAW_DOMS = ["gondimfrazao.adv.br", "tannusprev.com.br", "rufinoximenes.adv.br", "valadares.adv.br",
            "bicalholeal.com.br", "amadoadv.com.br"]


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"
FUND_DOMS = ["auroraprev.com.br", "fabss.org.br", "prevluz.org.br", "esperancaprev.com.br", "fbrprev.org.br",
             "rosaprev.com.br", "funvise.org.br", "flordemaioprev.org.br"]
CLINICAL = [  # history, exam, main ICD-10, medication
    ("dor lombar irradiada para MIE há 2 anos, piora ao carregar peso", "Lasègue positivo à esquerda, marcha antálgica.", "M51.1",
     "pregabalina 75mg, ciclobenzaprina"),
    ("episódios depressivos recorrentes após assédio no trabalho", "Hipotimia, choro fácil, pensamento lentificado.", "F33.1",
     "sertralina 100mg, clonazepam"),
    ("perda auditiva progressiva, exposição a ruído na caldeiraria", "Audiometria anexa: perda bilateral em 4 kHz.", "H90.3", "nenhuma"),
    ("fratura de punho em acidente de moto no trajeto", "Edema e limitação de flexão do punho D, cicatriz cirúrgica.", "S62.6",
     "tramadol, dipirona"),
    ("dor no ombro direito, movimentos repetitivos na linha de montagem", "Arco doloroso 60-120°, Neer e Hawkins positivos.", "M75.1",
     "naproxeno, fisioterapia"),
    ("dormência nas mãos à noite, digitação e embalagem", "Tinel e Phalen positivos bilateralmente.", "G56.0", "gabapentina"),
    ("crises convulsivas desde o TCE em 2019", "Sem déficit focal; EEG com atividade epileptiforme.", "G40.9", "carbamazepina 400mg"),
]
RELS = [  # kinship, birth-year offset range relative to the holder, female (None: either)
    ("cônjuge", -8, 8, None), ("companheir", -12, 12, None), ("filh", 20, 38, None), ("net", 40, 65, None),
    ("mãe", -38, -18, True), ("pai", -40, -20, False), ("irm", -10, 12, None)]


def kin(g: Gen, holder_year: int) -> tuple[str, bool, int]:
    """A kinship word, the relative's sex and birth year, consistent with one another."""
    word, lo, hi, fem = g.pick(RELS)
    fem = g.chance(0.5) if fem is None else fem
    if word in ("companheir", "filh", "net"):
        word += "a" if fem else "o"
    elif word == "irm":
        word += "ã" if fem else "ão"
    return word, fem, min(2024, holder_year + g.ri(lo, hi))
UNION_DOMS = ["smabc.org.br", "comerciarioscaxias.org.br", "bancariosvca.org.br", "stiabento.org.br", "sintracon.org.br",
              "sindquimicos.org.br", "rodoviariospp.org.br", "sintexblu.org.br", "siemaco.org.br", "sindipetro.org.br"]


# =========================================================================== atendimento

def at_filiacao(g: Gen) -> Doc:
    """Union membership file (ficha de filiação) as typed at the front desk, sometimes an OCR'd scan."""
    doc = Doc()
    union = g.pick(UNIONS)
    p = g.person()
    scan = g.chance(0.3)
    city, uf = g.city()
    emp = g.pick(EMPLOYERS)
    nm = ocr(p.caps, g) if scan else name_form(g, p, ["full", "caps", "capsacc"])
    doc.f("«u»\nFICHA DE FILIAÇÃO / ATUALIZAÇÃO CADASTRAL          Nº «n»\n"
          "«rule»\n", u=union.upper(), n=g.d(6), rule="_" * 64 if scan else "-" * 64)
    cpf = g.cpf()
    if scan:
        cpf = ocr(cpf, g, digits=True)
    doc.f("Nome: «nm»\nData de nasc.: «dob»   Sexo: «sx»   Estado civil: «ec»\nCPF: «cpf»   RG: «rg» «org»\n"
          "PIS/PASEP: «pis»", nm=P(nm), dob=(g.dob(g.pick(["br", "short", "nopad"]), 1958, 2004), "DATE_OF_BIRTH"),
          sx="F" if p.female else "M", ec=g.pick(["solteir" + p.o, "casad" + p.o, "divorciad" + p.o, "viúv" + p.o, "união estável"]),
          cpf=(cpf, "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-" + uf, "SESP/PR", "SDS/PE", "PC/MG", ""]),
          pis=(g.pis(), "BR_PIS"))
    if g.chance(0.5):
        doc.f("   Título eleitor: «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("\nEndereço: «a»   Bairro: «b»\nCidade: «c»/«uf»   CEP: «cep»\nCelular/WhatsApp: «ph»   Tel. recado: «ph2»\n",
          a=(g.address("caps" if scan else g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), ph2=(g.phone(mobile=False), "PHONE_NUMBER"))
    if g.chance(0.75):
        doc.f("E-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    else:
        doc.t("E-mail: não possui\n")
    if g.chance(0.5):
        doc.f("Veículo (estacionamento da sede): «v» placa «pl»\n", v=g.pick(["moto Honda CG", "Gol", "Onix", "Strada", "Biz"]),
              pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("\nDADOS PROFISSIONAIS\nEmpresa: «emp»   CNPJ: «cnpj»\nMatrícula: «m»   Função: «fn»   Admissão: «adm»   Salário base: R$ «sal»\n",
          emp=emp, cnpj=(g.cnpj(), "BR_CNPJ"), m=g.d(g.pick([5, 6, 7])),
          fn=g.pick(["Operador de máquinas", "Ajudante geral", "Soldador", "Caixa", "Repositor", "Motorista", "Tecelã", "Auxiliar de produção", "Servente"]),
          adm=g.date("br", g.ri(2005, 2024)), sal=g.money(1500, 6500))
    doc.t("\nDEPENDENTES (para convênios e colônia de férias)\n")
    for _ in range(g.ri(1, 3)):
        r = g.relative(p)
        doc.f("  «n» - «par» - nasc. «d»\n", n=P(name_form(g, r, ["full", "caps"]) if not scan else r.caps),
              par=g.pick(["filh" + r.o, "cônjuge", "companheir" + r.o, "enteado"]), d=(g.dob("br", 1975, 2023), "DATE_OF_BIRTH"))
    if g.chance(0.3):
        doc.f("Aposentad«o»/sem desconto em folha — mensalidade no cartão de crédito: «cc» (val. «v»)\n", o=p.o,
              cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
    doc.f("\n( X ) Autorizo o desconto em folha da mensalidade social de «pc»% do salário-base, nos termos do «law».\n"
          "(   ) Não autorizo desconto de contribuição assistencial.\n\n«city», «d».\n\nAssinatura do associado: ____________________\n"
          "Atendente: «at»   Protocolo «pr»\n",
          pc=g.pick(["1", "1,5", "2"]), law=g.pick(["art. 545 da CLT", "art. 8º, IV, da CF"]), city=city,
          d=g.date(g.pick(["br", "long"])), at=P(name_form(g, g.person(), ["full", "short", "first"])), pr=g.protocol())
    return doc


def at_oposicao(g: Gen) -> Doc:
    """Dues opt-out letter (oposição à contribuição assistencial) and the reception log kept at the desk."""
    doc = Doc()
    union = g.pick(UNIONS)
    p = g.person()
    emp = g.pick(EMPLOYERS)
    city, uf = g.city()
    doc.f("Ao «u»\nA/C Secretaria Geral\n\nAssunto: CARTA DE OPOSIÇÃO À CONTRIBUIÇÃO ASSISTENCIAL – CCT «y1»/«y2»\n\n"
          "Eu, «nm», «nac», portador«a» do RG nº «rg» e inscrit«o» no CPF sob o nº «cpf», nascid«o» em «dob», empregad«o» da "
          "empresa «emp» (CNPJ «cnpj»), matrícula «mat», residente na «addr», «bairro», «city»/«uf», CEP «cep», venho, "
          "no prazo previsto na cláusula «cl»ª da Convenção Coletiva e em conformidade com o «law», manifestar minha OPOSIÇÃO "
          "ao desconto da contribuição assistencial/negocial em meu salário.\n\n",
          u=union, y1=g.ri(2023, 2025), y2=g.ri(2025, 2026), nm=P(name_form(g, p, ["full", "caps", "full"])),
          nac=g.pick(["brasileir" + p.o, "brasileir" + p.o, "brasileir" + p.o + ", " + g.pick(["solteir", "casad", "divorciad"]) + p.o]), a="a" if p.female else "",
          o=p.o, rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), emp=emp,
          cnpj=(g.cnpj(), "BR_CNPJ"), mat=g.d(6), addr=(g.address(), "ADDRESS"), bairro=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), cl=g.ri(20, 58), law=g.pick(["Tema 935 do STF", "art. 545 da CLT", "art. 611-B, XXVI, da CLT"]))
    doc.f("Para contato: «ph» / «em».\n\nNestes termos, peço deferimento.\n«city», «d»\n\n«sig»\n\n",
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), city=city, d=g.date("long"),
          sig=P(name_form(g, p, ["full", "caps"])))
    doc.f("--- carimbo ---\nRECEBIDO EM «d» ÀS «h» — «at» (secretaria) — protocolo «pr»\n--------------\n\n",
          d=g.date("br"), h=g.hm(), at=P(name_form(g, g.person(), ["short", "first", "caps"])), pr=g.protocol())
    doc.t("Livro de oposições (planilha da secretaria, trecho):\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        q = g.person()
        rows.append([V(g.date("br")), P(name_form(g, q, ["caps", "full", "caps"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(g.pick(EMPLOYERS)[:22]), V(g.pick(["presencial", "AR " + f"JT{g.d(9)}BR", "e-mail", "presencial"])),
                     V(f"fls. {g.ri(2, 180)}")])
    table_ruled(doc, ["data", "nome", "cpf", "empresa", "forma", "livro"], rows, g.pick(["plus", "pipe", "bare"]))
    doc.f("\nObs.: oposições de outras bases (ex.: «c2») devolvidas. «w».\n", c2=g.pick(["Bento Gonçalves", "Aurora", "Vila Prudente"]),
          w=g.pick(["Seria prudente escanear tudo até sexta", "Folha em branco não vale como oposição", "Lembrar o financeiro de baixar os boletos da Rosa Branca"]))
    return doc


def at_chat_fundo(g: Gen) -> Doc:
    """WhatsApp support chat of a pension fund: portability and beneficiary questions, bot then attendant."""
    doc = Doc()
    fund = g.pick(FUNDS)
    p = g.person()
    att = g.person()
    bot = g.pick(["Auri", "PrevBot", "Lumi", "Flora (assistente virtual)"])
    ts = sorted(g.rng.sample(range(8 * 60, 18 * 60), 14))
    tt = [f"{x // 60:02d}:{x % 60:02d}" for x in ts]
    d = g.date("br")
    bot0 = bot.split(" (")[0]
    if g.chance(0.6):  # exported from the participant's phone: every business message shows the account name
        an_full = an_first = V(fund.split(" (")[0])
        bot = an_full[0]
    else:  # the fund's support console names the attendant
        an_full, an_first = P(att.full), P(att.first)
    if g.chance(0.65):
        who = (g.phone(g.pick(["plus", "plus", "e164"])), "PHONE_NUMBER")
        first_who = who
    else:
        who = P(p.first)
        first_who = P(name_form(g, p, ["full", "first", "short"]))
    doc.f("[«d» «t0»] «bot»: Olá! Sou «bot0», assistente virtual da «fund». Para sua segurança, informe CPF e data de nascimento.\n",
          d=d, t0=tt[0], bot=bot, bot0=bot0, fund=fund)
    doc.f("[«d» «t»] «pn»: «cpf» «dob»\n", d=d, t=tt[1], pn=first_who,
          cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 1990), "DATE_OF_BIRTH"))
    doc.f("[«d» «t»] «bot»: Obrigado" + (", «fn»" if g.chance(0.5) else "") + "! Escolha: 1-Extrato 2-Portabilidade 3-Beneficiários 4-Falar com atendente\n",
          d=d, t=tt[2], bot=bot, fn=P(p.first))
    doc.f("[«d» «t»] «pn»: 4\n[«d» «t2»] «bot»: Transferindo... tempo estimado 6 min.\n", d=d, t=tt[3], t2=tt[4], pn=who, bot=bot)
    doc.f("[«d» «t»] «an»: Boa tarde, aqui é «af», da Central do Participante. Em que posso ajudar?\n",
          d=d, t=tt[5], an=an_full, af=P(att.first))
    bank = g.pick(BANKS)
    doc.f("[«d» «t»] «pn»: fui desligad«o» da «emp» e quero portar minha reserva pro plano do banco, o gerente disse q precisa do termo. "
          "e tb trocar o beneficiario, minha «rel» «rn» nasceu dia «rdob»\n",
          d=d, t=tt[6], pn=who, o=p.o, emp=g.pick(EMPLOYERS), rel=g.pick(["neta", "filha", "companheira", "sobrinha"]),
          rn=P(name_form(g, g.relative(p, True), ["full", "first"])), rdob=(g.dob("br", 2003, 2024), "DATE_OF_BIRTH"))
    doc.f("[«d» «t»] «an»: Certo! O Termo de Portabilidade é emitido em até 7 dias úteis após o pedido (Resolução CNPC 40/2021). "
          "Confirma o e-mail «em» e o celular «ph»?\n", d=d, t=tt[7], an=an_first,
          em=(g.email(p), "EMAIL_ADDRESS"), ph=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    newph = g.phone(g.pick(["raw", "plain", "dash"]))
    doc.f("[«d» «t»] «pn»: email ta certo, celular mudou é «ph»\n", d=d, t=tt[8], pn=who, ph=(newph, "PHONE_NUMBER"))
    doc.f("[«d» «t»] «an»: Atualizado. Para a designação de beneficiária preciso do nome completo, CPF e data de nascimento dela, "
          "e o documento com foto.\n[«d» «t2»] «pn»: «rn2», cpf «rc», nascida «rdob2». mando a foto do rg agora\n",
          d=d, t=tt[9], t2=tt[10], an=an_first, pn=who, rn2=P(g.relative(p, True).full), rc=(g.cpf(), "BR_CPF"),
          rdob2=(g.dob("nopad", 1960, 2010), "DATE_OF_BIRTH"))
    doc.f("[«d» «t»] «pn»: <imagem anexada: RG_frente.jpg>\n[«d» «t2»] «an»: Recebido. Protocolo «pr». Qualquer coisa é só chamar. "
          "A «fund» agradece!\n[«d» «t3»] «pn»: obg" + (" «af»" if g.chance(0.4) else "") + " 🙏\n",
          d=d, t=tt[11], t2=tt[12], t3=tt[13], pn=who, an=an_first, pr=g.protocol(), fund=fund, af=P(att.first))
    return doc


def at_email_inss(g: Gen) -> Doc:
    """E-mail thread between a retiree-to-be and a social-security law office secretary (Meu INSS requests)."""
    doc = Doc()
    firm = g.pick(LAW_FIRMS)
    dom = LAW_DOMS[LAW_FIRMS.index(firm)]
    c = g.person()
    sec = g.person(female=g.chance(0.7))
    adv = g.person()
    mom = g.person(female=True)
    ben = g.pick(["aposentadoria por idade", "aposentadoria por tempo de contribuição", "auxílio por incapacidade temporária",
                  "BPC/LOAS idoso", "BPC/LOAS deficiente", "aposentadoria especial", "pensão por morte"])
    doc.f("De: «cn» <«ce»>\nPara: atendimento@«dom»\nCc: «se»\nData: «d» «h»\nAssunto: RES: documentos «ben»\n"
          + ("X-Originating-IP: [«ip»]\n" if g.chance(0.5) else "") + "\n", ip=(g.ip(), "IP_ADDRESS"),
          cn=P(name_form(g, c, ["full", "caps", "short"])), ce=(g.email(c), "EMAIL_ADDRESS"), dom=dom,
          se=(g.corp_mail(sec, dom), "EMAIL_ADDRESS"), d=g.date("br"), h=g.hm(), ben=ben)
    doc.f("Bom dia «sf»,\n\nsegue o que a Dra. «af» pediu. Meu CPF é «cpf» e o NIT «pis». "
          "Dei entrada pelo Meu INSS no dia «der» e saiu o número do requerimento «req». "
          "O nome da minha mãe no CNIS está errado, o certo é «mom», e a data de nascimento que aparece lá é «dob» "
          "(está certa). O NB antigo do auxílio era «nb».\n\nMeu endereço novo: «addr», «city» - CEP «cep».\n"
          "Anexos: CTPS_digital.pdf, PPP_«emp».pdf, laudo_«cid».pdf\n\nObrigad«o», «cf»\n«ph»\n\n",
          sf=P(sec.first), af=P(adv.first if g.chance(0.5) else adv.short), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          der=g.date("br"), req=g.neg(g.pick([9, 10, 11])), mom=P(name_form(g, mom, ["full", "caps"])),
          dob=(g.dob("br", 1955, 1975), "DATE_OF_BIRTH"), nb=g.nb(), addr=(g.address(), "ADDRESS"), city=g.city()[0],
          cep=(g.cep(), "BR_CEP"), emp=fold(g.pick(EMPLOYERS).split()[0]).lower(), cid=g.pick(CIDS).replace(".", ""),
          o=c.o, cf=P(c.first if g.chance(0.6) else c.nick), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("> Em «d», «sn» <«se»> escreveu:\n> Prezad«o» «cf», para protocolarmos o pedido de «ben» precisamos: RG, CPF, "
          "comprovante de residência, CTPS e PPP. A procuração vai para assinatura pelo «plat».\n> Att.,\n"
          "> Secretaria | «firm»\n> Tel. «tel» | WhatsApp «wa»\n",
          d=g.date("br"), sn=P(sec.full), se=(g.corp_mail(sec, dom), "EMAIL_ADDRESS"), o=c.o, cf=P(c.first), ben=ben,
          plat=g.pick(["ZapSign", "D4Sign", "gov.br", "Clicksign"]), firm=firm,
          tel=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"), wa=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """CSV extract of the retirees' association complaint queue about payroll-deductible loans (consignado)."""
    doc = Doc()
    doc.f("# export_ouvidoria_consignado_«d».csv — Associação dos Aposentados e Pensionistas de «c»\n# gerado por: «u» (login) em «d2» «h»\n",
          d=g.date("compact"), c=g.pick(["Volta Redonda", "Santo André", "Caxias do Sul", "Contagem", "Feira de Santana", "Campina Grande"]),
          u=g.pick(["ouvid01", "sist.ouvidoria", "jp.admin", "relatorios"]), d2=g.date("br"), h=g.hm())
    rows = []
    for _ in range(g.ri(4, 6)):
        c = g.person()
        nmf = g.pick(["caps", "caps", "full", "low"])
        rows.append([V(f"OUV-{g.ri(2024, 2025)}-{g.d(5)}"), V(g.date("br")), P(name_form(g, c, [nmf])),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob("br", 1938, 1965), "DATE_OF_BIRTH"), V(g.nb()),
                     V(g.pick(CONSIG_BANKS)), V(g.d(g.pick([9, 10, 12]))), V(g.money(800, 25000)),
                     V(g.pick(["desconto não autorizado", "RMC sem contratação", "portabilidade não solicitada", "juros acima do teto",
                               "cartão benefício não pedido", "refinanciamento por telefone"])),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(c), "EMAIL_ADDRESS") if g.chance(0.5) else V(""),
                     V(g.pick(["aberto", "enviado Procon", "resolvido", "aguard. banco", "consumidor.gov"])),
                     V(g.pick(["ouv.", "atd.", ""]) + login(g.person()))])
    table_csv(doc, ["protocolo", "data_abertura", "nome_associado", "cpf", "dt_nasc", "nb", "banco", "contrato", "valor_contrato",
                    "motivo", "telefone", "email", "status", "usuario"], rows, sep=g.pick([";", ","]))
    doc.f("# total em aberto: R$ «m» | teto de juros vigente (CNPS): «j»% a.m.\n", m=g.money(20000, 300000), j=g.pick(["1,66", "1,80", "1,85", "2,46"]))
    return doc


def at_call_log(g: Gen) -> Doc:
    """Application log of the union's legal-help web form and phone line, with the attendant's notes."""
    doc = Doc()
    d = g.date("iso")
    ts = sorted(g.rng.sample(range(8 * 3600, 18 * 3600), 9))
    tt = [f"{d} {x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in ts]
    c = g.person()
    at = g.person()
    doc.f("«t» INFO  [plantao-juridico] form_submit id=«id» ip=«ip» ua=\"Mozilla/5.0 (Linux; Android 13)\"\n",
          t=tt[0], id=g.hexs(12), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«t» DEBUG [plantao-juridico] payload nome=\"«nm»\" cpf=«cpf» nasc=«dob» fone=«ph» email=«em» assunto=\"«as»\"\n",
          t=tt[1], nm=P(name_form(g, c, ["full", "low", "caps"])), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob("iso", 1950, 2000), "DATE_OF_BIRTH"), ph=(g.phone("e164"), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"),
          **{"as": g.pick(["homologação rescisão", "aposentadoria especial", "auxílio-doença negado", "desconto sindical", "FGTS"])})
    doc.f("«t» WARN  [plantao-juridico] validator: campo pis=«bad» reprovado (dígito) — salvo mesmo assim\n", t=tt[2], bad=g.neg(11))
    doc.f("«t» INFO  [fila] ticket «tk» atribuído a user=«lg» («an»)\n", t=tt[3], tk=g.protocol(),
          lg=fold(at.first[0] + at.last).lower().replace(" ", ""), an=P(at.full))
    doc.f("«t» INFO  [voip] chamada saída ramal 2«r» -> «ph» dur=«s»s\n", t=tt[4], r=g.d(2), ph=(g.phone("raw"), "PHONE_NUMBER"), s=g.ri(40, 900))
    doc.f("«t» INFO  [notas] «an»: falei com «cf», trabalha na «emp» desde «adm», mora na «addr» CEP «cep». "
          "Diz que a empresa não pagou a multa de 40% e marcou homologação sem o sindicato. Orientei trazer TRCT e extrato do FGTS. "
          "Irmã (contato) «sis» «sph»\n",
          t=tt[5], an=P(at.first), cf=P(c.first), emp=g.pick(EMPLOYERS), adm=g.date("nopad", g.ri(2008, 2022)),
          addr=(g.address(g.pick(["low", "text"])), "ADDRESS"), cep=(g.cep(g.chance(0.6)), "BR_CEP"),
          sis=P(name_form(g, g.relative(c, True), ["first", "full"])), sph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("«t» INFO  [notas] «an»: veículo do associado apreendido no pátio da empresa, placa «pl», encaminhado ao Dr. «adv» («oab»)\n",
              t=tt[6], an=P(at.first), pl=(g.plate(), "LICENSE_PLATE"), adv=P(g.person(False).short), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    else:
        doc.f("«t» INFO  [agenda] atendimento presencial marcado com Dra. «adv» («oab») para «d2» «h»\n",
              t=tt[6], adv=P(g.person(True).short), oab=(g.council("OAB"), "PROFESSIONAL_ID"), d2=g.date("br"), h=g.hm())
    doc.f("«t» INFO  [sms] enviado para «ph»: \"" + ("«fn», s" if g.chance(0.5) else "S") + "eu atendimento no Sindicato foi agendado. Traga RG e CPF.\"\n",
          t=tt[7], ph=(g.phone("cc"), "PHONE_NUMBER"), fn=P(fold(c.first).upper() if g.chance(0.3) else c.first))
    doc.f("«t» INFO  [plantao-juridico] session closed ip=«ip» bytes=«b»\n", t=tt[8], ip=(g.ip(), "IP_ADDRESS"), b=g.ri(2000, 90000))
    return doc


def at_agenda(g: Gen) -> Doc:
    """Weekly appointment grid of the union's legal department, printed with rulers or as bare columns."""
    doc = Doc()
    union = g.pick(UNIONS)
    adv = [g.person() for _ in range(2)]
    doc.f("«u» — Depto. Jurídico\nAGENDA DE ATENDIMENTOS E HOMOLOGAÇÕES — semana de «d»\nPlantão: «a1» («oa») e «a2» («ob»)\n\n",
          u=union, d=g.date("br"), a1=P(adv[0].full), oa=(g.council("OAB"), "PROFESSIONAL_ID"), a2=P(adv[1].full),
          ob=(g.council("OAB"), "PROFESSIONAL_ID"))
    rows = []
    for h in sorted(g.rng.sample(range(16, 36), g.ri(4, 6))):
        c = g.person()
        kind = g.pick(["homolog.", "INSS", "revisão FGTS", "homolog.", "acidente", "oposição", "consignado"])
        rows.append([V(f"{h // 2:02d}:{'30' if h % 2 else '00'}"), P(name_form(g, c, ["caps", "full", "short", "caps"])),
                     (g.cpf(), "BR_CPF") if g.chance(0.85) else V(mask_cpf(g)), V(g.pick(EMPLOYERS)[:20] if kind == "homolog." else "-"),
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), V(kind), V(g.pick(["sala 1", "sala 2", "sala 3", "auditório", "online"]))])
    table_ruled(doc, ["hora", "nome", "cpf", "empresa", "telefone", "tipo", "local"], rows, g.pick(["plus", "pipe", "bare"]))
    doc.f("\nAvisos: «w». Homologações da «emp» suspensas até a empresa apresentar guia do FGTS (protocolo «pr»). "
          "Recado p/ «x»: ligar para a viúva do «y» sobre a pensão.\n",
          w=g.pick(["não atender sem RG", "a sala 3 está sem luz", "reunião da diretoria quinta", "seria prudente confirmar por WhatsApp"]),
          emp=g.pick(EMPLOYERS), pr=g.protocol(), x=P(g.person().first), y=P(name_form(g, g.person(False), ["nick", "short", "first"])))
    return doc


# =========================================================================== juridico

def ju_homologacao(g: Gen) -> Doc:
    """Minutes of a dismissal homologation (assistência à rescisão) held at the union, with reservations."""
    doc = Doc()
    union = g.pick(UNIONS)
    w = g.person()
    prep = g.person()
    adv = g.person()
    dirg = g.person()
    emp = g.pick(EMPLOYERS)
    city, uf = g.city()
    doc.f("«u»\nTERMO DE ASSISTÊNCIA E QUITAÇÃO DE RESCISÃO CONTRATUAL Nº «n»/«y»\n\n"
          "Aos «dl», nesta entidade sindical, compareceram: de um lado, o(a) EMPREGADOR(A) «emp», CNPJ «cnpj», neste ato "
          "representado(a) por seu preposto «pp», CPF «pcpf»; de outro, o(a) EMPREGADO(A) «wn», inscrit«o» no CPF sob o nº «wcpf», PIS «pis», "
          "nascid«o» em «dob», residente à «addr», CEP «cep», admitid«o» em «adm» e dispensad«o» em «dem» "
          "(«mot»), assistido pelo Dr(a). «an», «oab», advogad«ao» do Sindicato.\n\n",
          u=union.upper(), n=g.d(4), y=g.ri(2023, 2025), dl=g.date("long"), emp=emp, cnpj=(g.cnpj(), "BR_CNPJ"),
          pp=P(name_form(g, prep, ["full", "caps"])), pcpf=(g.cpf(), "BR_CPF"),
          wn=P(name_form(g, w, ["caps", "full", "capsacc"])), wcpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), o=w.o,
          dob=(g.dob("br", 1960, 2002), "DATE_OF_BIRTH"), addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          adm=g.date("br", g.ri(2003, 2021)), dem=g.date("br"), mot=g.pick(["dispensa sem justa causa", "pedido de demissão",
                                                                          "acordo art. 484-A da CLT", "término de contrato"]),
          an=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ao="a" if adv.female else "o")
    rows = [("Saldo de salário", g.money(300, 4000)), ("Aviso prévio indenizado (" + str(g.ri(30, 90)) + " dias)", g.money(1500, 9000)),
            ("13º proporcional", g.money(300, 4000)), ("Férias vencidas + 1/3", g.money(1000, 8000)),
            ("Multa 40% FGTS", g.money(1000, 30000)), ("(-) INSS", g.money(100, 900)), ("(-) Adiant. / vale", g.money(50, 600))]
    doc.t("VERBAS RESCISÓRIAS (TRCT)\n")
    for k, v in rows:
        doc.t(f"  {k:<34} R$ {v:>10}\n")
    bank = g.pick(BANKS)
    doc.f("Valor líquido depositado em «dd» no banco «b» ag. «ag» c/c «cc» do(a) empregado(a).\n\n",
          dd=g.date("br"), b=f"{bank[0]} - {bank[1]}", ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    res = g.pick(["horas extras e reflexos", "adicional de insalubridade", "equiparação salarial com o colega", "estabilidade acidentária (B91)",
                  "diferenças de PLR"])
    doc.f("RESSALVAS: O empregado ressalva o direito de pleitear «r»", r=res)
    if res.endswith("colega"):
        doc.f(" «c»", c=P(g.person().full))
    doc.f(". O Sindicato apurou diferença no FGTS de R$ «m» (extrato CEF, conta vinculada «fg»). Não há quitação geral "
          "(Súmula 330 do TST).\n\n", m=g.money(200, 9000), fg=g.neg(11))
    doc.f("«city», «d».\n\n_______________________        _______________________\n«ps»                «ws»\nPreposto                         Empregado(a)\n\n"
          "Assistente sindical: «dn» — Diretor(a) de Base\nTestemunha: «tn», RG «trg»\n",
          city=city, d=g.date("br"), ps=P(prep.short.upper() if g.chance(0.5) else prep.short), ws=P(w.short),
          dn=P(dirg.full), tn=P(name_form(g, g.person(), ["full", "caps"])), trg=(g.rg(), "BR_RG"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Social-security lawyer's initial petition against the INSS (federal court), header and qualification."""
    doc = Doc()
    a = g.person()
    adv = g.person()
    adv2 = g.person()
    city, uf = g.city()
    ben = g.pick(["APOSENTADORIA ESPECIAL", "APOSENTADORIA POR INCAPACIDADE PERMANENTE", "BENEFÍCIO ASSISTENCIAL (BPC/LOAS)",
                  "AUXÍLIO POR INCAPACIDADE TEMPORÁRIA", "APOSENTADORIA DA PESSOA COM DEFICIÊNCIA", "PENSÃO POR MORTE"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DO JUIZADO ESPECIAL FEDERAL DE «CITY»/«uf»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n", CITY=fold(city).upper(), uf=uf,
          cnj=g.cnj(g.pick(["4.01", "4.02", "4.03", "4.04", "4.05", "4.06"])))
    doc.f("«an», «nac», «ec», «prof», portador«a» da cédula de identidade RG nº «rg», inscrit«o» no CPF/MF sob o nº «cpf», "
          "NIT «pis»" + (", título de eleitor «tit»" if g.chance(0.3) else "") + ", nascid«o» em «dob», residente e domiciliad«o» na «addr», «bairro», «city»/«uf», CEP «cep», "
          "telefone «ph», e-mail «em», vem, por seus advogados infra-assinados (procuração anexa), com escritório na "
          "Rua Senador Dantas, 118, sala 1402, onde recebem intimações, propor a presente\n\nAÇÃO DE CONCESSÃO DE «ben» "
          "C/C PEDIDO DE TUTELA DE URGÊNCIA\n\nem face do INSTITUTO NACIONAL DO SEGURO SOCIAL – INSS, autarquia federal, "
          "com sede em Brasília/DF, pelos fatos e fundamentos a seguir.\n\n",
          an=P(name_form(g, a, ["caps", "capsacc", "caps"])), nac=g.pick(["brasileir" + a.o, "brasileir" + a.o, "naturalizad" + a.o]),
          ec=g.pick(["casad" + a.o, "solteir" + a.o, "viúv" + a.o, "convivente"]),
          prof=g.pick(["metalúrgic" + a.o, "auxiliar de limpeza", "motorista", "trabalhador" + ("a" if a.female else "") + " rural", "costureira" if a.female else "pedreiro", "do lar"]),
          a="a" if a.female else "", o=a.o, rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), tit=(g.titulo(), "BR_TITULO_ELEITOR"),
          dob=(g.dob(g.pick(["br", "long"]), 1955, 1985), "DATE_OF_BIRTH"), addr=(g.address(), "ADDRESS"), bairro=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(a), "EMAIL_ADDRESS"), ben=ben)
    nb = g.nb()
    doc.f("I – DOS FATOS\n\nO(A) Autor(a) requereu administrativamente o benefício em «der» (NB «nb»), indeferido sob a alegação de "
          "«mot». Conforme laudo do Dr. «med» («crm»), é portador(a) de «cid» (CID-10), com incapacidade desde «dii». "
          "O perito do INSS, Dr(a). «per», sequer examinou os documentos. Renda familiar per capita: R$ «rf».\n\n"
          "II – DO DIREITO\n\nVejam-se «law1» e «law2» (...). Valor da causa: R$ «vc».\n\n",
          der=g.date("br"), nb=nb, mot=g.pick(["não constatação de incapacidade laborativa", "falta de período de carência",
                                               "renda per capita superior a 1/4 do salário mínimo", "perda da qualidade de segurado"]),
          med=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(CIDS), dii=g.date("br", g.ri(2019, 2024)),
          per=P(g.person().short), rf=g.money(200, 900), law1=g.pick(LAWS), law2=g.pick(LAWS), vc=g.money(20000, 90000))
    doc.f("Termos em que pede deferimento.\n«city», «d».\n\n«a1»\n«o1»\n\n«a2»\n«o2»\n",
          city=city, d=g.date("long"), a1=P(adv.full.upper() if g.chance(0.5) else adv.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID"))
    return doc


def ju_honorarios(g: Gen) -> Doc:
    """Fee contract (contrato de honorários advocatícios) of a social-security law office, success-fee clause."""
    doc = Doc()
    c = g.person()
    firm = g.pick(LAW_FIRMS)
    adv = g.person()
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS ADVOCATÍCIOS E HONORÁRIOS\n\nCONTRATANTE: «cn», CPF «cpf», RG «rg», "
          "data de nascimento «dob», endereço «addr», «city»/«uf», CEP «cep», celular «ph».\n"
          "CONTRATADA: «firm», inscrita na OAB/«uf» sob o nº «reg» e no CNPJ sob o nº «cnpj», neste ato representada por "
          "«an», «oab».\n\n",
          cn=P(name_form(g, c, ["caps", "full", "capsacc"])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(g.dob("br", 1950, 1980), "DATE_OF_BIRTH"), addr=(g.address(g.pick(["text", "caps"])), "ADDRESS"), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), firm=firm, reg=g.d(4), cnpj=(g.cnpj(), "BR_CNPJ"),
          an=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    pct = g.pick(["20%", "25%", "30%", "30% (trinta por cento)"])
    doc.f("CLÁUSULA 1ª – OBJETO: requerimento administrativo e, se necessário, ação judicial visando a concessão de «ben» "
          "junto ao INSS, inclusive revisão do NB «nb».\n\nCLÁUSULA 2ª – HONORÁRIOS: «pct» sobre os valores atrasados "
          "recebidos (RPV ou precatório) e mais «k» parcelas do benefício, limitado ao previsto no Provimento da OAB e no «law». "
          "Os honorários de sucumbência pertencem à CONTRATADA.\n\nCLÁUSULA 3ª – PAGAMENTO: os valores serão "
          "depositados na conta do escritório ou transferidos via Pix chave aleatória «pix», e o saldo repassado ao "
          "CONTRATANTE na conta «bk» agência «ag» conta «cc», de sua titularidade.\n\n",
          ben=g.pick(["aposentadoria por idade rural", "aposentadoria especial", "auxílio-doença", "BPC/LOAS", "pensão por morte",
                      "revisão da vida toda"]),
          nb=g.nb(), pct=pct, k=g.ri(2, 4), law=g.pick(["art. 22 da Lei 8.906/1994", "Código de Ética da OAB"]), pix=(g.uuid(), "PIX_KEY"),
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 4ª – O CONTRATANTE declara não ter contratado outro advogado para o mesmo fim, e autoriza o envio de "
          "notificações para «em».\n\nCLÁUSULA 5ª – Foro da comarca de «city».\n\n«city», «d».\n\n"
          "_____________________________\n«cn2» (CONTRATANTE)\n\n_____________________________\n«an2» p/ CONTRATADA\n\n"
          "Testemunhas:\n1. «t1» CPF «c1»\n2. «t2» CPF «c2»\n",
          em=(g.email(c), "EMAIL_ADDRESS") if g.chance(0.7) else (g.phone(), "PHONE_NUMBER"),
          city=city, d=g.date("long"), cn2=P(c.caps if g.chance(0.5) else c.full), an2=P(adv.short),
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(name_form(g, g.person(), ["full", "caps"])), c2=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f("\nA rogo de «cn» (não alfabetizad«o»), assina «rg»; impressão digital aposta.\n",
              cn=P(c.first), o=c.o, rg=P(g.relative(c).full))
    return doc


def ju_greve(g: Gen) -> Doc:
    """Strike adhesion list filed in a collective-bargaining dispute, plus the cover e-mail to the union's lawyer."""
    doc = Doc()
    union = g.pick(UNIONS)
    emp = g.pick(EMPLOYERS)
    adv = g.person()
    dirg = g.person()
    dom = UNION_DOMS[UNIONS.index(union)]
    doc.f("De: «dn» <«de»>\nPara: «an» <«ae»>; juridico@«dom»\nAssunto: lista de adesão greve «emp» — dissídio «cnj»\n\n"
          "«af», segue a lista da portaria «port» do «t» turno pra juntar na resposta à liminar (interdito proibitório). "
          "A empresa ameaça descontar os dias e já mandou carta pra 3 colegas. «w».\n\n",
          dn=P(dirg.full), de=(g.corp_mail(dirg, dom), "EMAIL_ADDRESS"), an=P(adv.full), ae=(g.corp_mail(adv, dom), "EMAIL_ADDRESS"),
          dom=dom, emp=emp, cnj=g.cnj(g.pick(["5.02", "5.15", "5.04", "5.03", "5.01"])), af=P(adv.first), port=g.ri(1, 4),
          t=g.pick(["1º", "2º", "3º"]), w=g.pick(["Seria prudente pedir a audiência de conciliação logo", "Foi uma vitória a assembleia de ontem",
                                                 "O pessoal da Rosa Branca também parou", "A luz da fábrica foi cortada às 14h"]))
    doc.f("LISTA DE ADESÃO AO MOVIMENTO PAREDISTA — «emp» — «d» — Lei 7.783/1989\n", emp=emp.upper(), d=g.date("br"))
    rows = []
    for k in range(g.ri(4, 6)):
        p = g.person()
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.9) else V("—")
        rows.append([V(str(k + 1)), V(g.d(5)), P(name_form(g, p, ["caps", "caps", "full", "low"])), cpf,
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     V(g.pick(["Montagem", "Pintura", "Expedição", "Caldeiraria", "Manutenção", "Logística"])),
                     V(g.pick(["ass.", "ass.", "assinado", "(digital)", "recusou assinar"]))])
    table_ruled(doc, ["nº", "matr", "nome", "cpf", "celular (grupo)", "setor", "assinatura"], rows, g.pick(["plus", "pipe", "bare"]))
    doc.f("\nComissão de greve: «c1» (cel. «ph»)\n" + ("«dn2»\n" if g.chance(0.5) else "") + "Diretoria de Base — «u»\n",
          c1=P(name_form(g, g.person(), ["nick", "short", "first"])), ph=(g.phone(), "PHONE_NUMBER"),
          dn2=P(dirg.short), u=union)
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney (procuração ad judicia et extra) for INSS matters, with a poverty declaration; sometimes OCR'd."""
    doc = Doc()
    p = g.person()
    scan = g.chance(0.4)
    advs = [g.person() for _ in range(g.ri(1, 3))]
    city, uf = g.city()
    nm = name_form(g, p, ["caps", "full", "capsacc"])
    rg = g.rg()
    cpf = g.cpf()
    if scan:
        nm, rg, cpf = ocr(nm, g), ocr(rg, g, digits=True), ocr(cpf, g, digits=True)
    doc.f("P R O C U R A Ç Ã O\n\nOUTORGANTE: «nm», «nac», «ec», aposentad«o», RG «rg» «org», CPF «cpf», nascid«o» aos «dob», "
          "residente na «addr», «city»-«uf», CEP «cep»" + (", representad«o» por sua curadora «cur», CPF «ccpf»" if g.chance(0.3) else "") + ".\n\n"
          "OUTORGADOS: ", nm=P(nm), nac="brasileir" + p.o, ec=g.pick(["casad", "viúv", "solteir", "separad"]) + p.o, o=p.o,
          rg=(rg, "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-SP", "IIRGD", "DETRAN/RJ"]), cpf=(cpf, "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long", "nopad"]), 1940, 1975), "DATE_OF_BIRTH"),
          addr=(g.address("caps" if scan else "text"), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          cur=P(g.relative(p, True).full), ccpf=(g.cpf(), "BR_CPF"))
    for i, a in enumerate(advs):
        doc.f("«sep»«an», «oab»", sep="" if i == 0 else ("; " if i < len(advs) - 1 else " e "),
              an=P(a.caps if scan else a.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    fi = g.ri(0, len(LAW_FIRMS) - 1)
    doc.f(", integrantes de «firm», com endereço profissional na Av. Presidente Vargas, 2001, 9º andar, «city»/«uf», "
          "e-mail contato@«dom».\n\nPODERES: os da cláusula ad judicia et extra, para o foro em geral, e especialmente para "
          "representar o(a) outorgante perante o INSS, requerer benefícios, interpor recursos ao CRPS, acompanhar perícias, "
          "receber e dar quitação, firmar acordos, inclusive em ações de revisão de empréstimos consignados (Lei 10.820/2003) "
          "e no processo nº «cnj».\n\n«city», «d».\n\n________________________\n«sig»\n\n",
          firm=LAW_FIRMS[fi], city=city, uf=uf, dom=LAW_DOMS[fi], cnj=g.cnj(), d=g.date("long"),
          sig=P(p.caps if scan else p.full))
    doc.f("DECLARAÇÃO DE HIPOSSUFICIÊNCIA\nEu, «nm», CPF «cpf», declaro, sob as penas da lei, que não tenho condições de arcar com "
          "as custas processuais sem prejuízo do sustento próprio e da família (art. 99 do CPC). Renda mensal: R$ «r» "
          "(benefício NB «nb»).\n", nm=P(p.full if not scan else p.caps), cpf=(cpf, "BR_CPF"),
          r=g.money(1412, 3200), nb=g.nb())
    if scan:
        doc.f("\n[carimbo ilegível] Reconheço por semelhança a firma de «x». Cartório do «n»º Ofício — selo «s»\n",
              x=P(ocr(p.caps, g)), n=g.ri(1, 9), s=f"{g.pick('ABCDEFG')}{g.pick('ABCDEFG')}{g.d(6)}-{g.d(3)}")
    return doc


def ju_assembleia(g: Gen) -> Doc:
    """Minutes of a collective-bargaining round (mesa de negociação) and the attendance list."""
    doc = Doc()
    union = g.pick(UNIONS)
    emp = g.pick(EMPLOYERS)
    pres, sec = g.person(), g.person()
    rh, advp = g.person(), g.person()
    city, uf = g.city()
    doc.f("ATA DA «n»ª RODADA DE NEGOCIAÇÃO — ACORDO COLETIVO «y»/«y2»\n«u» × «emp»\n\n"
          "Aos «dl», às «h», na sede do sindicato, «city»/«uf», reuniram-se: pela entidade sindical, «pres» (presidente) e "
          "«sec» (secretári«o»); pela empresa, «rh» (gerente de RH, «rhe») e «oa» advogad«oa» «adv» («oab»). "
          + ("Presente também o mediador da Superintendência Regional do Trabalho, «med».\n\n" if g.chance(0.4) else "\n\n"),
          n=g.ri(2, 6), y=g.ri(2024, 2025), y2=g.ri(2025, 2026), u=union, emp=emp, dl=g.date("long"), h=g.hm(), city=city, uf=uf,
          pres=P(pres.full), sec=P(sec.full), o="a" if sec.female else "o", rh=P(rh.full),
          rhe=(g.corp_mail(rh, fold(emp.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"), adv=P(advp.full), oa=advp.o,
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), med=P(g.person().full))
    doc.f("PAUTA: reajuste de «r»% (INPC + «g»%), PLR de R$ «plr», contribuição assistencial de «ca»% com direito de oposição em "
          "10 dias, manutenção do plano de previdência «fund».\n\nDELIBERAÇÕES: a empresa apresentou contraproposta de «r2»%. "
          "A comissão registrou que «w». Ficou acordado que a lista dos empregados afastados pelo INSS (B31/B91) será enviada ao "
          "sindicato em 48h. Caso dos trabalhadores «a1» e «a2» (demitidos durante estabilidade pré-aposentadoria) será levado "
          "ao jurídico. Nada mais.\n\n",
          r=g.pick(["6,5", "7,2", "5,8", "8"]), g=g.pick(["1", "1,5", "2"]), plr=g.money(1500, 6000), ca=g.pick(["1", "1,5", "2"]),
          fund=g.pick(FUNDS), r2=g.pick(["4,5", "5", "4,8"]),
          w=g.pick(["a proposta é uma afronta à categoria", "seria prudente consultar a base em assembleia",
                    "a vitória do ano passado não pode ser revertida"]),
          a1=P(name_form(g, g.person(), ["full", "caps"])), a2=P(name_form(g, g.person(), ["full", "short"])))
    doc.t("LISTA DE PRESENÇA\n")
    rows = []
    doc.t("(comissão de empregados e convidados; diretoria e representantes da empresa assinam a ata)\n")
    for who in [g.person() for _ in range(g.ri(1, 3))]:
        rows.append([P(name_form(g, who, ["caps", "full"])), V(g.pick(["Comissão", "Comissão", "CIPA", "Convidado", "Aposentados"])),
                     (g.cpf(), "BR_CPF") if g.chance(0.5) else (g.rg(), "BR_RG"), (g.phone(), "PHONE_NUMBER") if g.chance(0.8) else V("")])
    table_ruled(doc, ["nome", "representação", "documento", "contato"], rows, g.pick(["plus", "pipe", "bare"]))
    return doc


def ju_habilitacao(g: Gen) -> Doc:
    """Legal opinion of a pension fund on competing claims to a death benefit (beneficiary designation vs. companion)."""
    doc = Doc()
    fund = g.pick(FUNDS)
    dec = g.person(female=False) if g.chance(0.6) else g.person(female=True)
    ex = g.person(female=not dec.female)
    comp = g.person(female=not dec.female)
    kid = g.relative(dec)
    au = g.person()
    doc.f("«fund» — Gerência Jurídica\nPARECER JUR-«n»/«y»\nAssunto: pecúlio por morte e pensão — participante «dn» (matr. «m»)\n"
          "Interessad«x»s: «ex»; «co»; «kd» (menor, nascid«ko» em «kdob»)\n\n",
          fund=fund, n=g.d(3), y=g.ri(2024, 2025), dn=P(name_form(g, dec, ["caps", "full"])), m=g.d(7), x="a" if ex.female and comp.female else "o",
          ex=P(ex.full), co=P(comp.full), kd=P(kid.full), ko=kid.o, kdob=(g.dob("br", 2008, 2021), "DATE_OF_BIRTH"))
    doc.f("1. «op» participante, CPF «cpf», nascid«o» em «dob», faleceu em «do» (certidão de óbito matrícula «cert»). Na última "
          "designação de beneficiários, de «dd», indicou «exa» ex-cônjuge «exf» (CPF «excpf») com 100% do pecúlio. "
          "Em «dr», compareceu «cof», CPF «cocpf», alegando união estável desde «ue», com escritura pública e conta conjunta "
          "(ag. «ag», c/c «cc»).\n\n",
          op="A" if dec.female else "O", o=dec.o, exa="a" if ex.female else "o",
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 1975), "DATE_OF_BIRTH"), do=g.date("br"), cert=g.d(6) + " 01 55 " + g.d(4) + " " + g.d(5),
          dd=g.date("br", g.ri(2008, 2019)), exf=P(ex.short), excpf=(g.cpf(), "BR_CPF"), dr=g.date("br"),
          cof=P(comp.short), cocpf=(g.cpf(), "BR_CPF"), ue=g.date("br", g.ri(2010, 2020)), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("2. O regulamento (art. «a») e a «law» permitem a livre designação para o pecúlio, mas a pensão segue a ordem de "
          "dependentes, que inclui «ka» filh«ko» menor «kf». O INSS já concedeu pensão «ca» (NB «nb»), e há ação em curso "
          "na Vara de Família (proc. «cnj»).\n\n3. Opinamos: (i) pagar o pecúlio à beneficiária designada, mediante quitação; "
          "(ii) suspender a pensão do plano até decisão judicial, depositando as parcelas em juízo; (iii) responder a «cof2» "
          "pelo e-mail «em». É o parecer, s.m.j.\n\n«au»\n«oab»\nGerência Jurídica\n",
          ka="a" if kid.female else "o", ko=kid.o, ca="à companheira" if comp.female else "ao companheiro",
          a=g.ri(20, 60), law=g.pick(["LC 109/2001", "Resolução CNPC 40/2021"]), kf=P(kid.first), nb=g.nb(), cnj=g.cnj("8.26"),
          cof2=P(comp.first), em=(g.email(comp), "EMAIL_ADDRESS"), au=P(au.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

def sa_pericia(g: Gen) -> Doc:
    """INSS medical-expert report (laudo médico pericial) of an incapacity benefit, as exported from the system."""
    doc = Doc()
    s = g.person()
    per = g.person()
    city, uf = g.city()
    nb = g.nb()
    doc.f("MINISTÉRIO DA PREVIDÊNCIA SOCIAL — PERÍCIA MÉDICA FEDERAL\nLAUDO MÉDICO PERICIAL — «tipo»\n"
          "APS «aps» | Requerimento «req» | NB «nb» | Espécie «esp»\n\n",
          tipo=g.pick(["PERÍCIA INICIAL", "PRORROGAÇÃO (PP)", "RECURSO (JRPS)", "REVISÃO BPC"]),
          aps=g.pick(["Bento Gonçalves", "Presidente Prudente", "Barão de Mauá", "Vitória - Centro", city]), req=g.neg(11), nb=nb,
          esp=g.pick(["31", "91", "32", "87", "92"]))
    doc.f("IDENTIFICAÇÃO\nNome: «n»\nCPF: «cpf»   NIT: «nit»   Data nasc.: «dob»   Sexo: «sx»\n"
          "Endereço: «addr» — CEP «cep» — Tel. «ph»\nProfissão declarada: «prof»   Vínculo: «emp»\nDocumento apresentado: «dk» «doc»\n"
          + ("Acompanhante: «ac» («par»), RG «acrg»\n" if g.chance(0.5) else "") + "\n",
          n=P(name_form(g, s, ["caps", "caps", "full"])), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"),
          dob=(g.dob("br", 1955, 1995), "DATE_OF_BIRTH"), sx="F" if s.female else "M",
          addr=(g.address(g.pick(["caps", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"),
          prof=g.pick(["operadora de caixa", "costureira", "bancária", "tecelã", "auxiliar de limpeza"] if s.female else
                        ["soldador", "motorista de ônibus", "auxiliar de produção", "pedreiro", "tecelão"]),
          emp=g.pick(EMPLOYERS), **dict(zip(("dk", "doc"), g.pick([("RG", (g.rg(), "BR_RG")), ("CNH", (g.cnh(), "BR_CNH")), ("CNH", (g.cnh(), "BR_CNH"))]))),
          ac=P(g.relative(s).full), par=g.pick(["filha", "filho", "esposa", "marido", "irmã"]), acrg=(g.rg(), "BR_RG"))
    hist, exam, cid1, meds = g.pick(CLINICAL)
    did_y = g.ri(2017, 2023)
    doc.f("HISTÓRIA\nRefere «h». DID: «did». DII: «dii». Em tratamento com Dr(a). «am» («crm»), que atesta afastamento por «d» dias.\n"
          "Medicações: «med».\n\nEXAME FÍSICO\n«ex»\n\nDIAGNÓSTICO: CID-10 «c1» (principal)«c2»\n\n",
          h=hist, did=g.date("br", did_y), dii=g.date("br", did_y + 1), am=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          d=g.pick([30, 60, 90, 120, 180]), med=meds, ex=exam, c1=cid1, c2=("; secundário " + g.pick(CIDS)) if g.chance(0.6) else "")
    doc.f("CONCLUSÃO: «c»\nDCB sugerida: «dcb».   Fundamentação: «law».\n\n«pn»\nPerito Médico Federal — «crm» — matr. SIAPE «siape»\n"
          "Assinado eletronicamente em «d» «h»\n",
          c=g.pick(["EXISTE incapacidade temporária para a atividade habitual.", "NÃO CONSTATADA incapacidade laborativa atual.",
                    "Incapacidade permanente para a atividade habitual, elegível à reabilitação profissional.",
                    "Impedimento de longo prazo caracterizado (BPC)."]),
          dcb=g.date("br"), law=g.pick(["art. 59 da Lei 8.213/1991", "art. 20 da Lei 8.742/1993", "art. 42 da Lei 8.213/1991", "Decreto 3.048/1999"]),
          pn=P(name_form(g, per, ["full", "caps"])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), siape=g.d(7), d=g.date("br"), h=g.hms())
    return doc


def sa_relatorio(g: Gen) -> Doc:
    """Assistant physician's report for an incapacity claim, handed to the law office (often a phone photo, OCR'd)."""
    doc = Doc()
    p = g.person()
    med = g.person()
    scan = g.chance(0.45)
    city, uf = g.city()
    clinic = g.pick(["Clínica Ortopédica Flor de Lis", "Centro Médico Vitória", "Hospital Santa Luz", "Clínica Amado Neuro",
                     "Policlínica Esperança", "CAPS II Aurora", "UBS Jardim Esperança"])
    nm = p.caps if scan else name_form(g, p, ["full", "caps"])
    if scan:
        nm = ocr(nm, g)
    cns = g.cns()
    doc.f("«cl»\n«end»\n\nRELATÓRIO MÉDICO\n\nPaciente: «n»   DN: «dob»\nCPF: «cpf»   Cartão SUS: «cns»   Prontuário: «pr»\nTel. contato: «tph»\n\n",
          cpf=(ocr(g.cpf(), g, digits=True) if scan else g.cpf(), "BR_CPF"), tph=(g.phone(), "PHONE_NUMBER"),
          cl=clinic.upper() if scan else clinic, end=g.pick(["Rua Barão de Mauá, 340 - Centro", "Av. Bento Gonçalves, 1200", "Praça da Esperança, 15"]),
          n=P(nm), dob=(g.dob(g.pick(["br", "short"]), 1950, 2000), "DATE_OF_BIRTH"), cns=(ocr(cns, g, digits=True) if scan else cns, "BR_CNS"),
          pr=g.d(6))
    doc.f("Atesto para fins de «fim» que «ao» paciente acima encontra-se em acompanhamento neste serviço desde «d», com diagnóstico "
          "de «cid» «desc». Apresenta «sint». Encontra-se INAPTO(A) para o trabalho por tempo indeterminado, sem previsão de alta. "
          "«w».\n\n«city», «dd».\n\n", fim=g.pick(["perícia junto ao INSS", "aposentadoria por incapacidade", "BPC/LOAS", "processo judicial nº " + g.cnj()]),
          ao="a" if p.female else "o", d=g.date("br", g.ri(2016, 2023)), cid=g.pick(CIDS),
          desc=g.pick(["(lombalgia com radiculopatia)", "(transtorno depressivo recorrente)", "(gonartrose primária bilateral)",
                       "(síndrome do túnel do carpo)", "(cardiopatia isquêmica)", ""]),
          sint=g.pick(["limitação funcional importante", "ideação suicida passiva", "dor crônica refratária", "dispneia aos mínimos esforços"]),
          w=g.pick(["Seria prudente evitar esforço físico", "Paciente dá entrada de novo na fila da cirurgia", "Solicito reavaliação em 90 dias"]),
          city=city, dd=g.date("br"))
    doc.f("____________________\n«mn»\n«crm»«esp»\n", mn=P(ocr(med.full, g) if scan else med.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), esp=g.pick([" — Ortopedia", " — Psiquiatria RQE " + g.d(5), " — Clínica Médica", ""]))
    if g.chance(0.6):
        doc.f("\n(WhatsApp da secretária do escritório) foto enviada por " + ("«fn» " if g.chance(0.4) else "") + "«ph» em «d» — salvo na pasta «pasta»\n",
              fn=P(p.first), ph=(g.phone(), "PHONE_NUMBER"), d=g.date("br"), pasta=f"CLIENTES/{g.ri(2023, 2025)}/{g.d(5)}")
    return doc


def sa_bpc(g: Gen) -> Doc:
    """Social assessment for a BPC/LOAS claim (avaliação social), with the household composition table."""
    doc = Doc()
    r = g.person()
    asx = g.person(female=g.chance(0.8))
    city, uf = g.city()
    doc.f("AVALIAÇÃO SOCIAL — BENEFÍCIO DE PRESTAÇÃO CONTINUADA («mod»)\nRequerimento «req» — «d»\n\n"
          "1. REQUERENTE\nNome: «n»   Nasc.: «dob»   CPF: «cpf»   NIS: «nis»   CNS: «cns»\nEndereço: «addr» — «b», «city»/«uf» — CEP «cep»\n"
          "Telefone: «ph»   Título de eleitor: «tit»   Inscrição CadÚnico atualizada em «cad»\n\n",
          tit=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else "não possui",
          mod=g.pick(["pessoa com deficiência", "pessoa idosa"]), req=g.neg(11), d=g.date("br"),
          n=P(name_form(g, r, ["full", "caps"])), dob=(g.dob("br", 1945, 2018), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          nis=(g.pis(), "BR_PIS"), cns=(g.cns(), "BR_CNS"), addr=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), cad=g.date("br"))
    doc.t("2. COMPOSIÇÃO FAMILIAR (art. 20, §1º, da Lei 8.742/93)\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        rel, lo, hi, fem = g.pick([("mãe", 1940, 1975, True), ("pai", 1938, 1972, False), ("irmã", 1970, 2015, True),
                                   ("irmão", 1970, 2015, False), ("avó", 1930, 1955, True), ("filho", 2000, 2022, False),
                                   ("filha", 2000, 2022, True), ("cônjuge", 1950, 2000, None)])
        m = g.relative(r, fem)
        rows.append([P(name_form(g, m, ["full", "first", "full"])), V(rel), (g.dob("br", lo, hi), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não possui"),
                     V("R$ " + g.money(0, 1600) if g.chance(0.6) else "0,00")])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "cpf", "renda"], rows, g.pick(["plus", "pipe", "bare"]))
    doc.f("\n3. FATORES AMBIENTAIS E SOCIAIS\nMoradia «mor», «luz». «barr». Acesso a UBS a «km» km; acompanhada no CRAS «cras».\n\n"
          "4. PARECER\nRenda per capita de R$ «rpc», inferior a 1/4 do salário mínimo. Barreiras «nivel». Recomenda-se o deferimento.\n\n"
          "«an»\nAssistente Social — «cress»\n",
          mor=g.pick(["cedida", "alugada", "própria, de madeira", "em área de ocupação"]),
          luz=g.pick(["sem energia elétrica regular (gato)", "conta de luz em atraso", "com luz e água encanada"]),
          barr=g.pick(["Rua sem calçamento, escadaria íngreme", "Banheiro fora de casa", "Sem transporte adaptado"]),
          km=g.ri(1, 14), cras=g.pick(["Vila Esperança", "Bento Ribeiro", "Aurora", "Centro"]), rpc=g.money(80, 350),
          nivel=g.pick(["graves", "moderadas", "completas"]), an=P(asx.full), cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident notice (CAT) issued by the union when the employer refused to, as a flat form export."""
    doc = Doc()
    w = g.person()
    mom = g.person(female=True)
    med = g.person()
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT nº «n»\nEmitente: 3 - Sindicato   Tipo: «tp»   Iniciativa: «ini»\n"
          "--------------------------------------------------------------\n"
          "EMPREGADOR\nRazão social: «emp»   CNPJ/CAEPF: «cnpj»   CNAE: «cnae»\n\n",
          n=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/{g.d(3)}", tp=g.pick(["1 - Inicial", "2 - Reabertura", "3 - Óbito"]),
          ini=g.pick(["Sindicato", "Médico assistente", "Próprio segurado"]), emp=g.pick(EMPLOYERS), cnpj=(g.cnpj(), "BR_CNPJ"),
          cnae=f"{g.d(2)}.{g.d(2)}-{g.d(1)}-{g.d(2)}")
    doc.f("ACIDENTADO\nNome: «n»\nNome da mãe: «mae»\nData de nascimento: «dob»   Sexo: «sx»   Estado civil: «ec»\n"
          "CTPS: «ctps» série «ser»/«uf»   NIT/PIS: «pis»   RG: «rg»\nEndereço: «addr»   CEP: «cep»   Município: «city»/«uf»\n"
          "Telefone: «ph»   Remuneração mensal: R$ «sal»   CBO: «cbo»\n\n",
          n=P(name_form(g, w, ["caps", "caps", "full"])), mae=P(name_form(g, mom, ["caps", "full"])),
          dob=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"), sx="Fem." if w.female else "Masc.", ec=g.pick(["1-Solteiro", "2-Casado", "5-Outros"]),
          ctps=g.d(7), ser=g.d(4), uf=uf, pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), addr=(g.address("caps"), "ADDRESS"),
          cep=(g.cep(g.chance(0.7)), "BR_CEP"), city=city, ph=(g.phone(), "PHONE_NUMBER"), sal=g.money(1400, 7000), cbo=f"{g.d(4)}-{g.d(2)}")
    doc.f("ACIDENTE\nData: «d»   Hora: «h»   Após «hh» horas de trabalho   Tipo: «ta»\nLocal: «loc»\n"
          "Parte atingida: «pa»   Agente causador: «ag»\nHouve afastamento: Sim   Último dia trabalhado: «d2»\n"
          "Testemunha: «tn», «taddr», fone «tph»\n\n",
          d=g.date("br"), h=g.hm(), hh=g.ri(1, 11), ta=g.pick(["1 - Típico", "2 - Doença", "3 - Trajeto"]),
          loc=g.pick(["estabelecimento do empregador", "via pública (Av. Bento Gonçalves x Rua Flor de Maio)", "Rodovia BR-116, km 212",
                      "pátio de cargas da empresa"]), pa=g.pick(["mão direita", "coluna lombar", "olho esquerdo", "pé", "múltiplas"]),
          ag=g.pick(["prensa excêntrica", "queda de nível", "motocicleta", "produto químico", "esforço repetitivo"]), d2=g.date("br"),
          tn=P(name_form(g, g.person(), ["full", "caps"])), taddr=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          tph=(g.phone(), "PHONE_NUMBER"))
    doc.f("ATESTADO MÉDICO\nUnidade: «u» (CNES «cnes»)   Data: «d» «h»   Internação: «int»   Duração provável: «dur» dias\n"
          "Diagnóstico provável: «diag»   CID-10: «cid»\nMédico: «mn» — «crm»\n",
          u=g.pick(["UPA Vila Prudente", "Hospital Santa Luz", "Pronto Socorro Municipal", "Santa Casa de Misericórdia"]), cnes=g.d(7),
          d=g.date("br"), h=g.hm(), int=g.pick(["Não", "Sim"]), dur=g.pick([15, 30, 45, 60, 90]),
          diag=g.pick(["fratura de falange", "lombalgia aguda", "queimadura química 2º grau", "amputação traumática de dedo", "LER/DORT"]),
          cid=g.pick(["S62.6", "M54.5", "T26.1", "S68.1", "M65.4", "S82.1"]), mn=P(name_form(g, med, ["full", "caps"])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_agenda_pericia(g: Gen) -> Doc:
    """Law office's list of scheduled medical examinations (INSS and court experts), CSV pasted from the case system."""
    doc = Doc()
    firm = g.pick(LAW_FIRMS)
    resp = g.person()
    doc.f("«firm» — perícias agendadas («m»/«y»)\nresponsável pela planilha: «r» | atualizado «d»\n\n",
          firm=firm, m=g.pick(MONTHS), y=g.ri(2024, 2025), r=P(name_form(g, resp, ["full", "short"])), d=g.date("br"))
    rows = []
    for _ in range(g.ri(4, 6)):
        c = g.person()
        judicial = g.chance(0.3)
        local = g.pick(["APS Barão de Mauá", "APS Bento Gonçalves", "APS Prudente de Morais", "JEF - sala de perícias 2",
                        "consultório do perito", "APS Digital (telemedicina)"])
        rows.append([P(name_form(g, c, ["caps", "full", "low", "caps"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.dob("br", 1945, 2000), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), V(g.date("br") + " " + g.hm()), V(local),
                     V(g.cnj() if judicial else g.nb()), V(g.pick(CIDS)),
                     P(g.person().short) if judicial else V("PMF (não informado)"),
                     V(g.pick(["levar exames", "cliente sem transporte", "confirmado", "remarcar", "acompanha filha", "ok"]))])
    table_csv(doc, ["cliente", "cpf", "nasc", "fone", "data_hora", "local", "processo_ou_nb", "cid", "perito", "obs"], rows, sep=g.pick([";", ",", "\t"]))
    doc.f("\nAssistente técnico do escritório nas judiciais: Dr. «at» («crm»). Lembrete: «w».\n",
          at=P(g.person(False).full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          w=g.pick(["seria prudente ligar na véspera", "não marcar nada na Rua Aurora (obra)", "vitória do cliente depende do laudo"]))
    return doc


def sa_junta(g: Gen) -> Doc:
    """Pension fund medical board e-mail on a disability retirement claim of the private plan."""
    doc = Doc()
    fi = g.ri(0, len(FUNDS) - 1)
    fund, dom = FUNDS[fi], FUND_DOMS[fi]
    p = g.person()
    m1, m2, psi = g.person(), g.person(), g.person()
    doc.f("From: «m1n» <«m1e»>\nTo: beneficios@«dom»; «m2e»\nSubject: Junta médica — invalidez — «pc»\nDate: «d»\n\n",
          m1n=P(m1.full), m1e=(g.corp_mail(m1, dom), "EMAIL_ADDRESS"), dom=dom, m2e=(g.corp_mail(m2, dom), "EMAIL_ADDRESS"),
          pc=P(name_form(g, p, ["caps", "full"])), d=g.date("br"))
    doc.f("Prezados,\n\nAvaliamos em «d» «o» participante «pn» (CPF «cpf», nasc. «dob», CNS «cns»), que requer o benefício de "
          "aposentadoria por invalidez do plano «plan». O INSS concedeu B32 (NB «nb») em «dib».\n\n"
          "Documentos: relatório do psiquiatra assistente «ps» («crm»), avaliação neuropsicológica de «psi» («crp») e "
          "CAT de «dcat». CID: «cid».\n\nParecer da junta (3 membros): incapacidade total e permanente CONFIRMADA. "
          "Recomendamos reavaliação em 24 meses, conforme regulamento.\n\n",
          d=g.date("br"), o="a" if p.female else "o", pn=P(p.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 1990), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), plan=g.pick(["BD-01", "CV Plus", "PrevMais", "Plano Misto II"]), nb=g.nb(), dib=g.date("br"),
          ps=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), psi=P(psi.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          dcat=g.date("br"), cid=g.pick(CIDS))
    doc.f("Atenciosamente,\n«m1n»\nMédic«o» do Trabalho — «crm1»\n«fund»\n\n-- dados para crédito informados pel«o» participante --\n"
          "banco «b» | ag «ag» | cc «cc» | contato «ph»\n",
          m1n=P(m1.short), o="a" if m1.female else "o", crm1=(g.council("CRM"), "PROFESSIONAL_ID"), fund=fund,
          b=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_ppp(g: Gen) -> Doc:
    """Perfil Profissiográfico Previdenciário (PPP) for a special retirement claim, OCR'd from a scan."""
    doc = Doc()
    w = g.person()
    eng, medc, rep = g.person(), g.person(), g.person()
    scan = g.chance(0.6)
    uf = g.pick(UFS)
    emp = g.pick(EMPLOYERS)

    def o(s: str) -> str:
        return ocr(s, g) if scan else s

    pis = g.pis()
    doc.f("PERFIL PROFISSIOGRÁFICO PREVIDENCIÁRIO — PPP\nSEÇÃO I — SEÇÃO DE DADOS ADMINISTRATIVOS\n"
          "1-CNPJ do Domicílio Tributário: «cnpj»  2-Nome Empresarial: «emp»  3-CNAE: «cnae»\n"
          "4-Nome do Trabalhador: «n»  5-BR/PDH: NA  6-NIT: «nit»\n7-Data do Nascimento: «dob»  8-Sexo: «sx»  9-CTPS: «ctps»\n"
          "10-Data de Admissão: «adm»  11-Regime Revezamento: «rv»\n\n",
          cnpj=(g.cnpj(), "BR_CNPJ"), emp=emp.upper(), cnae=f"{g.d(2)}.{g.d(2)}-{g.d(1)}", n=P(o(w.caps)),
          nit=(ocr(pis, g, digits=True) if scan else pis, "BR_PIS"), dob=(g.dob("br", 1960, 1990), "DATE_OF_BIRTH"),
          sx="F" if w.female else "M", ctps=f"{g.d(6)}/{g.d(5)}-{uf}", adm=g.date("br", g.ri(1990, 2010)), rv=g.pick(["12x36", "6x2", "NA"]))
    doc.t("13-LOTAÇÃO E ATRIBUIÇÃO\n")
    y = g.ri(1990, 2005)
    rows = []
    for _ in range(g.ri(2, 3)):
        y2 = y + g.ri(2, 9)
        rows.append([V(f"01/0{g.ri(1, 9)}/{y}"), V(f"31/1{g.ri(0, 2)}/{y2}"), V(g.pick(["Caldeiraria", "Fundição", "Pintura", "Forjaria", "Galvanoplastia"])),
                     V(g.pick(["Soldador", "Forneiro", "Pintor industrial", "Operador de ponte rolante"])), V(f"{g.d(4)}-{g.d(2)}")])
        y = y2 + 1
    table_ruled(doc, ["data início", "data fim", "setor", "cargo", "CBO"], rows, g.pick(["plus", "bare"]))
    doc.f("\nSEÇÃO II — 15-EXPOSIÇÃO A FATORES DE RISCOS\nRuído contínuo «db» dB(A) (NHO-01); «ag»; EPI eficaz: «epi» (CA «ca»)\n\n"
          "16-RESPONSÁVEL PELOS REGISTROS AMBIENTAIS: «en» — «crea» — NIT «enit»\n"
          "17-RESPONSÁVEL PELA MONITORAÇÃO BIOLÓGICA: «mn» — «crm»\n\nSEÇÃO IV — RESPONSÁVEIS PELAS INFORMAÇÕES\n"
          "Declaramos, para todos os fins de direito, que as informações prestadas neste documento são verídicas (art. 58 da Lei 8.213/1991).\n"
          "Data de emissão: «de»   Representante legal: «rn» — CPF «rcpf»\n[carimbo da empresa]\n",
          db=g.ri(82, 104), ag=g.pick(["fumos metálicos", "hidrocarbonetos aromáticos", "calor IBUTG 28,9", "sílica livre"]),
          epi=g.pick(["S", "N"]), ca=g.d(5), en=P(o(eng.caps if scan else eng.full)), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"),
          enit=(g.pis("raw"), "BR_PIS"), mn=P(o(medc.caps if scan else medc.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          de=g.date("br"), rn=P(o(rep.caps if scan else rep.full)), rcpf=(g.cpf(), "BR_CPF"))
    return doc


# =========================================================================== financeiro

def fi_extrato_consignado(g: Gen) -> Doc:
    """Retiree's payroll-loan statement (histórico de empréstimo consignado) as printed from Meu INSS, with notes."""
    doc = Doc()
    p = g.person()
    bank = g.pick(BANKS)
    base = g.ri(1412, 4800)
    doc.f("INSS — HISTÓRICO DE EMPRÉSTIMO CONSIGNADO\nEmitido em «d» «h»\n\nBeneficiário: «n»\nNB: «nb»   Espécie: «esp»\n"
          "CPF: «cpf»   Data de nascimento: «dob»\nPago em: «b» — agência «ag» — conta «cc»\n"
          "Endereço de correspondência: «end» — CEP «cep»\nSituação: ATIVO   Bloqueado para empréstimo: «bl»   Representante legal: «rep»\n\n",
          d=g.date("br"), h=g.hm(), n=P(name_form(g, p, ["caps", "caps", "full"])), nb=g.nb(),
          esp=g.pick(["41 - Aposentadoria por idade", "42 - Aposentadoria por tempo de contribuição", "21 - Pensão por morte previdenciária",
                      "32 - Aposentadoria por invalidez", "88 - Amparo social ao idoso"]),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1938, 1966), "DATE_OF_BIRTH"), b=f"{bank[0]} - {bank[1].upper()}",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), end=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), bl=g.pick(["NÃO", "SIM"]),
          rep="não possui" if g.chance(0.7) else P(g.relative(p).full))
    doc.f("VALOR BASE DE CÁLCULO: R$ «vb»   MARGEM CONSIGNÁVEL (35%): R$ «m1»   MARGEM RMC (5%): R$ «m2»   MARGEM RCC (5%): R$ «m3»\n\n",
          vb=f"{base:,}".replace(",", ".") + ",00", m1=g.money(100, 1500), m2=g.money(50, 200), m3=g.money(50, 200))
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(g.d(g.pick([9, 10, 12]))), V(g.pick(CONSIG_BANKS)), V(g.pick(["Ativo", "Ativo", "Excluído", "Suspenso", "Ativo"])),
                     V(g.pick(["Averbação nova", "Refinanciamento", "Portabilidade", "Cartão RMC"])), V(g.date("br")),
                     V(str(g.pick([72, 84, 96, 84]))), V(g.money(30, 600)), V(g.money(1000, 40000))])
    table_ruled(doc, ["contrato", "banco", "situação", "origem", "inclusão", "qtd parc.", "parcela R$", "emprestado R$"], rows,
                g.pick(["pipe", "bare", "plus"]))
    doc.f("\nCARTÃO DE CRÉDITO CONSIGNADO (RMC): «bk» — cartão «card» — limite R$ «lim» — reserva desde «d2»\n\n",
          bk=g.pick(CONSIG_BANKS), card=g.pick([f"{g.d(4)} **** **** {g.d(4)}", f"final {g.d(4)}", f"{g.d(6)}******{g.d(4)}"]),
          lim=g.money(800, 4000), d2=g.date("br", g.ri(2016, 2022)))
    who = g.person()
    doc.f("Anotação do atendimento (Associação de Aposentados): «an» conferiu com «pf» em «d3»: «nota» Tel. «ph». «w».\n",
          an=P(name_form(g, who, ["first", "short"])), pf=P(p.first if g.chance(0.6) else p.nick), d3=g.date("br"),
          nota=g.pick(["não reconhece o contrato do meio, diz que nunca foi ao banco.", "o cartão RMC veio pelo correio sem pedir.",
                       "a portabilidade foi feita por telefone por um tal de " + "“correspondente”.", "quer quitar o refin com o 13º."]),
          ph=(g.phone(), "PHONE_NUMBER"), w=g.pick(["Seria prudente pedir o contrato ao banco antes da ação", "Orientado a registrar no consumidor.gov"]))
    if g.chance(0.5):
        doc.f("Encaminhado ao Dr. «adv» do jurídico.\n", adv=P(g.pick(["Justo", "Amado", "Bento", "Severo"]) + " " + g.pick(RARE_SUR)))
    return doc


def fi_portabilidade(g: Gen) -> Doc:
    """Portability request between private pension plans (termo de portabilidade), form plus the analyst's checklist."""
    doc = Doc()
    p = g.person()
    an = g.person()
    ced, rec = g.rng.sample(FUNDS, 2)
    city, uf = g.city()
    doc.f("TERMO DE PORTABILIDADE Nº «n»\n(LC 109/2001, art. 14, II; Resolução CNPC 40/2021)\n\n"
          "ENTIDADE CEDENTE: «ced» — CNPJ «c1» — «pl1» (CNPB «cnpb1»)\n"
          "ENTIDADE RECEPTORA: «rec» — CNPJ «c2» — «pl2» (CNPB «cnpb2»)\n\n",
          n=f"{g.d(5)}/{g.ri(2024, 2025)}", ced=ced, c1=(g.cnpj(), "BR_CNPJ"), pl1=g.pick(["Plano BD-01", "Plano CD Futuro", "Plano Misto II"]),
          cnpb1=f"{g.ri(1979, 2015)}.{g.d(4)}-{g.d(2)}", rec=rec, c2=(g.cnpj(), "BR_CNPJ"), pl2=g.pick(["PGBL Família", "Plano Prev Instituído", "Plano CV Plus"]),
          cnpb2=f"{g.ri(1979, 2015)}.{g.d(4)}-{g.d(2)}")
    doc.f("PARTICIPANTE\nNome: «n»   CPF: «cpf»   Data nasc.: «dob»\nRG: «rg»   Endereço: «addr», «city»/«uf», CEP «cep»\n"
          "E-mail: «em»   Celular: «ph»\nData de inscrição no plano: «di»   Data do término do vínculo empregatício: «dt»\n\n",
          n=P(name_form(g, p, ["full", "caps"])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "iso"]), 1960, 1995), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), addr=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          em=(g.email(p), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"), di=g.date("br", g.ri(2000, 2015)), dt=g.date("br"))
    doc.f("RECURSOS PORTADOS\nReserva do participante: R$ «r1»\nReserva da patrocinadora (vesting «v»%): R$ «r2»\nTotal: R$ «tot»\n"
          "Data-base: «db»   Transferência direta entre entidades (vedado o trânsito pelo participante).\n\n",
          r1=g.money(5000, 300000), v=g.pick([40, 60, 80, 100]), r2=g.money(2000, 200000), tot=g.money(10000, 500000), db=g.date("br"))
    bn = g.relative(p)
    doc.f("CHECKLIST (analista «a», «ae»)\n[x] extrato de contribuições  [x] documento com foto  [x] comprovante de desligamento "
          "(TRCT/«emp»)\n[ ] declaração de beneficiários — pendente: CPF d«o» beneficiári«o» «b» (nasc. «bd»)\n"
          "Obs.: participante pediu contato pelo WhatsApp «wa». Protocolo interno «pr».\n",
          a=P(an.full), ae=(g.corp_mail(an, FUND_DOMS[FUNDS.index(ced)]), "EMAIL_ADDRESS"),
          emp=g.pick(EMPLOYERS), o=bn.o, b=P(bn.full), bd=(g.dob("br", 1990, 2022), "DATE_OF_BIRTH"),
          wa=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"), pr=g.protocol())
    return doc


def fi_beneficiarios(g: Gen) -> Doc:
    """Beneficiary designation form of a pension plan, with percentages; sometimes the fund's CSV extract of the same."""
    doc = Doc()
    p = g.person()
    fund = g.pick(FUNDS)
    csv = g.chance(0.4)
    if csv:
        doc.f("# «fund» — extrato cadastral beneficiarios_designados — matrícula «m» — «d»\n", fund=fund, m=g.d(7), d=g.date("iso"))
        py = g.ri(1950, 1985)
        rows = [[V("TITULAR"), P(name_form(g, p, ["caps", "full"])), (g.cpf("raw"), "BR_CPF"), (g.dob("iso", py, py), "DATE_OF_BIRTH"),
                 V(""), V("")]]
        pcts = g.pick([[100], [50, 50], [60, 20, 20], [40, 30, 30], [25, 25, 25, 25]])
        for pc in pcts:
            word, fem, by = kin(g, py)
            r = g.relative(p, fem)
            rows.append([V(fold(word).upper()), P(name_form(g, r, ["caps", "full"])),
                         (g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(""), (g.dob("iso", by, by), "DATE_OF_BIRTH"), V(f"{pc:.2f}"),
                         V(g.pick(["S", "N"]))])
        table_csv(doc, ["tipo", "nome", "cpf", "dt_nascimento", "perc_peculio", "dependente_ir"], rows, sep=";")
        doc.f("# contato titular: «ph» / «em»\n", ph=(g.phone("raw"), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
        return doc
    py = g.ri(1950, 1985)
    doc.f("«fund»\nDESIGNAÇÃO DE BENEFICIÁRIOS — PECÚLIO POR MORTE E SALDO DE CONTA\n\nParticipante: «n»   Matrícula: «m»\n"
          "CPF: «cpf»   Nascimento: «dob»   Estado civil: «ec»\nTelefone: «ph»\n\n"
          "Designo como beneficiários, na proporção abaixo, revogando designações anteriores:\n\n",
          fund=fund, n=P(name_form(g, p, ["full", "caps"])), m=g.d(7), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", py, py), "DATE_OF_BIRTH"),
          ec=g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o, ph=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for pc in g.pick([[100], [50, 50], [60, 20, 20], [40, 30, 30], [34, 33, 33]]):
        word, fem, by = kin(g, py)
        r = g.relative(p, fem)
        rows.append([P(name_form(g, r, ["full", "caps", "full"])), V(word), (g.dob("br", by, by), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if by < 2010 or g.chance(0.3) else V("(menor s/ CPF)"), V(f"{pc}%")])
    table_ruled(doc, ["Nome completo", "Parentesco", "Nascimento", "CPF", "%"], rows, g.pick(["plus", "pipe", "bare"]))
    doc.f("\nNa falta de designação válida, aplica-se o art. «a» do Regulamento e a ordem do Código Civil.\n«city», «d».\n\n"
          "Assinatura: ____________________   Testemunhas: «t1» (CPF «c1») e «t2»\nRecebido por: «rc» em «d2»\n",
          a=g.ri(30, 70), city=g.city()[0], d=g.date("br"), t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"),
          t2=P(name_form(g, g.person(), ["full", "caps"])), rc=P(name_form(g, g.person(), ["short", "first"])), d2=g.date("br"))
    return doc


def fi_contribuicoes(g: Gen) -> Doc:
    """Employer's remittance file of union dues and assistance contributions (desconto em folha), with opt-outs."""
    doc = Doc()
    emp = g.pick(EMPLOYERS)
    union = g.pick(UNIONS)
    dpp = g.person()
    doc.f("REMESSA DE CONTRIBUIÇÕES — competência «comp»\nEmpresa: «emp» — CNPJ «cnpj»\nFavorecido: «u» — CNPJ «cu» — guia GRCSU nº «gr»\n"
          "Enviado por: «dp» (Depto. Pessoal) <«dpe»>\n\n",
          comp=f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}", emp=emp, cnpj=(g.cnpj(), "BR_CNPJ"), u=union, cu=(g.cnpj(), "BR_CNPJ"), gr=g.d(12),
          dp=P(dpp.full), dpe=(g.corp_mail(dpp, fold(emp.split()[0]).lower() + ".ind.br"), "EMAIL_ADDRESS"))
    rows = []
    tot = 0
    split = g.chance(0.35)
    for _ in range(g.ri(4, 6)):
        p = g.person()
        fn, ln = first_last(p)
        if g.chance(0.4):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        op = g.chance(0.3)
        names = [P(fn), P(ln)] if split else [P(name_form(g, p, ["caps", "full"]))]
        rows.append([V(g.d(6))] + names + [(g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     V(g.money(1500, 7000).replace(".", "")), V(g.pick(["1,50", "2,00", "0,00"])), V("S" if op else "N"),
                     V(g.date("br") if op else "")])
        tot += 1
    table_csv(doc, ["matricula"] + (["nome", "sobrenome"] if split else ["nome_empregado"]) + ["cpf", "pis", "salario_base", "mensalidade_pct", "oposicao", "dt_oposicao"], rows, sep=";")
    doc.f("\nTotal recolhido: R$ «t» (boleto linha digitável «ld»)\nObs. do sindicato («an»): o «bad» informado na linha de "
          "«x» é inválido (não fecha dígito), pedir correção ao DP.\n",
          t=g.money(500, 30000), ld=" ".join([g.d(5) + "." + g.d(5), g.d(5) + "." + g.d(6), g.d(5) + "." + g.d(6), g.d(1), g.d(14)]),
          an=P(g.person().short), bad=g.pick(["CPF", "PIS"]) + " " + g.neg(11), x=P(g.pick(rows)[1][0].split()[0] if not split else g.pick(rows)[1][0]))
    return doc


def fi_peculio(g: Gen) -> Doc:
    """Death-benefit claim (requerimento de pecúlio e saldo) at a pension fund, filled in by the heirs."""
    doc = Doc()
    fund = g.pick(FUNDS)
    dec = g.person()
    req = g.person(female=g.chance(0.6))
    doc.f("«fund»\nREQUERIMENTO DE PECÚLIO POR MORTE / RESGATE DE SALDO — Protocolo «pr»\n\n"
          "1. PARTICIPANTE FALECIDO\nNome: «dn»   CPF: «dcpf»   Nascimento: «ddob»   Óbito: «do»\nCertidão de óbito: matrícula «cert» — Cartório de «cart»\n\n",
          fund=fund, pr=g.protocol(), dn=P(name_form(g, dec, ["caps", "full"])), dcpf=(g.cpf(), "BR_CPF"),
          ddob=(g.dob("br", 1940, 1975), "DATE_OF_BIRTH"), do=g.date("br"),
          cert=f"{g.d(6)} {g.d(2)} {g.d(2)} {g.d(4)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}",
          cart=g.pick(["Registro Civil de Bento Gonçalves", "1º Ofício de Aurora", "Registro Civil do Subdistrito Vila Prudente", "2º RCPN de Vitória"]))
    doc.f("2. REQUERENTE\nNome: «rn»   Vínculo: «vin»\nCPF: «rcpf»   RG: «rrg»   Nasc.: «rdob»\nEndereço: «addr»   CEP: «cep»\n"
          "Telefone: «ph»   E-mail: «em»\n\n",
          rn=P(name_form(g, req, ["full", "caps"])), vin=g.pick(["cônjuge", "filha", "filho", "companheira", "mãe", "beneficiária designada"]),
          rcpf=(g.cpf(), "BR_CPF"), rrg=(g.rg(), "BR_RG"), rdob=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"),
          addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(req), "EMAIL_ADDRESS"))
    doc.t("3. DADOS PARA CRÉDITO (conta de titularidade do requerente)\n")
    bank = g.pick(BANKS)
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Banco: «b»   Agência: «ag»   Conta «tc»: «cc»\n", b=f"{bank[1]} ({bank[0]})", ag=(g.agency(), "BANK_ACCOUNT"),
              tc=g.pick(["corrente", "poupança"]), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("Pix — chave aleatória: «pix»\n(conferir titularidade antes do crédito)\n", pix=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Banco «b» ag «ag» cc «cc» — ou Pix (chave aleatória) «pix»\n", b=bank[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), pix=(g.uuid(), "PIX_KEY"))
    doc.t("\n4. DEMAIS HERDEIROS / BENEFICIÁRIOS\n")
    for _ in range(g.ri(1, 3)):
        h = g.relative(dec)
        doc.f("- «hn», CPF «hc», nasc. «hd», «pc»%\n", hn=P(name_form(g, h, ["full", "caps"])),
              hc=(g.cpf(), "BR_CPF") if g.chance(0.8) else "não possui", hd=(g.dob("br", 1960, 2022), "DATE_OF_BIRTH"), pc=g.pick([25, 33.33, 50]))
    doc.f("\nValor estimado: pecúlio R$ «v1» + saldo de conta R$ «v2» (IR conforme «law»).\nConferido por: «an» — «d»\n",
          v1=g.money(5000, 150000), v2=g.money(1000, 90000), law=g.pick(["Lei 11.053/2004", "Lei 14.803/2024"]),
          an=P(name_form(g, g.person(), ["full", "short"])), d=g.date("br"))
    return doc


def fi_dossie(g: Gen) -> Doc:
    """Bank's digital-formalisation dossier of a contested consignado/RMC card, attached to a retiree's complaint."""
    doc = Doc()
    p = g.person()
    bank = g.pick(CONSIG_BANKS)
    doc.f("«b» — DOSSIÊ DE FORMALIZAÇÃO DIGITAL\nContrato: «ct»   Produto: «prod»   Canal: «can»\n\n",
          b=bank.upper(), ct=g.d(g.pick([10, 12])), prod=g.pick(["Cartão de Crédito Consignado (RMC)", "Cartão Benefício (RCC)", "Empréstimo Consignado — Refin"]),
          can=g.pick(["app correspondente", "link por SMS", "WhatsApp correspondente"]))
    doc.f("Cliente: «n»\nCPF: «cpf»   Data nasc.: «dob»   NB: «nb»\nEndereço cadastrado: «addr» — CEP «cep»\n"
          "Celular validado (token SMS): «ph»   E-mail: «em»\n",
          n=P(name_form(g, p, ["caps", "caps", "full"])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1938, 1965), "DATE_OF_BIRTH"), nb=g.nb(),
          addr=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ph=(g.phone("e164"), "PHONE_NUMBER"),
          em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else "não informado")
    if g.chance(0.85):
        doc.f("Cartão emitido: «card»   Validade «v»\n", card=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.t("\nTRILHA DE AUDITORIA\n")
    lines = sorted(g.rng.sample(range(8 * 3600, 20 * 3600), 5))
    d = g.date("iso")
    ip1 = g.ip()
    evs = [("link_aberto", f"ip={ip1}"), ("selfie_capturada", f"liveness=0.{g.d(2)} hash={g.hexs(16)}"),
           ("documento_ocr", f"doc=CNH num={g.cnh()}"), ("aceite_termos", f"ip={g.ip()} geo=-{g.ri(3, 30)}.{g.d(4)},-{g.ri(35, 55)}.{g.d(4)}"),
           ("assinatura_eletronica", f"device=Android user_agent=Chrome/12{g.d(1)} ip={ip1}")]
    for t, (ev, rest) in zip(lines, evs):
        doc.f("«d»T«t» «ev» ", d=d, t=f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}", ev=ev)
        for tok in rest.split(" "):
            k, v = tok.split("=", 1)
            lab = {"ip": "IP_ADDRESS", "num": "BR_CNH"}.get(k)
            doc.f("«k»=«v» ", k=k, v=(v, lab))
        doc.text = doc.text[:-1] + "\n"
    doc.f("\nCorrespondente bancário: «cb» — CNPJ «cnpj» — operador «op» (login «lg»)\n",
          cb=g.pick(["Prudente Promotora de Crédito", "Vitória Consig Ltda", "Aurora Correspondente", "Flor Crédito Fácil"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), op=P(g.person().full), lg=f"corr{g.d(5)}")
    doc.f("Contestação d«o» cliente («d2»): «q»\n", o=p.o, d2=g.date("br"),
          q=g.pick(["\"nunca tive celular com esse número\"", "\"a selfie é da minha neta, ela que mexe no celular\"",
                    "\"não moro nesse endereço desde 2019\"", "\"só autorizei a portabilidade, não o cartão\""]))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Law office's payout statement of court-ordered arrears (RPV/precatório) to clients, fees deducted."""
    doc = Doc()
    firm = g.pick(LAW_FIRMS)
    fin = g.person()
    doc.f("«firm» — Financeiro\nRELATÓRIO DE REPASSES DE RPV — lote «l» — «d»\nElaborado por «fn»" + ("; conferido por «cn»" if g.chance(0.5) else "") + "\n\n",
          firm=firm, l=g.d(3), d=g.date("br"), fn=P(fin.full), cn=P(name_form(g, g.person(), ["short", "full"])))
    rows = []
    for _ in range(g.ri(3, 5)):
        c = g.person()
        bruto = g.ri(3000, 70000)
        hon = bruto * 0.3
        dest = g.ri(0, 3)
        if dest == 0:
            conta = [V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        elif dest == 1:
            conta = [V("PIX"), V("aleatória"), (g.uuid(), "PIX_KEY")]
        elif dest == 2:
            conta = [V("PIX"), V("CPF"), (g.cpf(), "BR_CPF")]
        else:
            conta = [V("PIX"), V("celular"), (g.phone("e164"), "PHONE_NUMBER")]
        rows.append([P(name_form(g, c, ["caps", "full", "caps"])), (g.cpf(), "BR_CPF"), V(g.cnj()),
                     V(f"{bruto:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")),
                     V(f"{hon:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))] + conta)
    table_ruled(doc, ["cliente", "cpf", "processo", "bruto R$", "honor. 30% R$", "banco", "ag/tipo", "conta/chave"], rows,
                g.pick(["plus", "pipe", "bare"]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("\nObs.: o repasse do lote anterior para a viúva do cliente «x» ficou retido (inventário).", x=P(g.person(False).full))
    else:
        doc.t("\nObs.: " + g.pick(["clientes sem conta receberão em espécie no escritório", "RPV da TRF4 com IR retido na fonte (Lei 7.713/1988)"]) + ".")
    doc.f(" Pix do escritório para devoluções: financeiro@«dom» (chave e-mail). «w».\n", dom=g.pick(LAW_DOMS),
          w=g.pick(["Seria prudente conferir titularidade", "Comprovantes na pasta do lote", "Vitória no recurso do lote 12"]))
    return doc

TEMPLATES = {
    "atendimento": [at_filiacao, at_oposicao, at_chat_fundo, at_email_inss, at_ouvidoria, at_call_log, at_agenda],
    "juridico": [ju_homologacao, ju_peticao, ju_honorarios, ju_greve, ju_procuracao, ju_assembleia, ju_habilitacao],
    "saude": [sa_pericia, sa_relatorio, sa_bpc, sa_cat, sa_agenda_pericia, sa_junta, sa_ppp],
    "financeiro": [fi_extrato_consignado, fi_portabilidade, fi_beneficiarios, fi_contribuicoes, fi_peculio, fi_dossie, fi_repasse],
}


ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
    # hard negatives: every free-standing 11-digit run outside gold spans fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d.\-/])", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


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
    print("sixtyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
