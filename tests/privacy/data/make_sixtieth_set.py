"""Build the sixtieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6060, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: non-profits, churches and charities — donor databases
and recurring donations, volunteer registrations, beneficiary files of social programmes (food
baskets, shelters, cash aid), tithe and offering records, minutes of associations, grant
accountability reports, safeguarding incident reports and disputes over bylaws, spread over the
four domains the way the office of an NGO, a parish or a church would produce them.
- atendimento: a donor CRM card with the attendants' contact history (recurring card or direct
  debit, LGPD consent IP); an OCR-scanned volunteer registration form (driver section with CNH
  and plate, emergency contact, título for voting members); a WhatsApp export of a parish office
  with a donor changing the card of the monthly contribution and the tithe-booklet address; a
  food-basket distribution list with rulers (CPF, NIS, phone, some with an address column; mistyped
  CPFs marked "conferir"); a CREAS social worker's referral e-mail to a shelter and the reply; the
  donation portal's application log pasted in a support ticket; a parish tithe-payer form
  (couple, children, direct debit).
- juridico: minutes of an extraordinary general assembly (bylaw reform, board election, presence
  list); a petition annulling the expulsion of a church member (art. 57 CC); a volunteer service
  agreement (Lei 9.608/1998), some with a minor's guardian; a safeguarding incident report of a
  children's project; an extrajudicial notice to a former treasurer; a request to the civil
  registry of legal persons with the board's nominata (ruled or plain table); an LGPD data-
  subject request of a donor and the DPO's findings table (Markdown).
- saude: a shelter intake health triage (CNS, CID codes, nurse and volunteer doctor); a CSV
  export of a church health fair (team listed once, council numbers per row); a child-weighing
  sheet of a community pastoral with home visits; a grant accountability report of a health
  partnership (team with councils, suppliers with CNPJ, glosa notes); a psychologist's referral
  e-mail to a CAPS; a WhatsApp group of volunteer professionals (members shown by name or by
  number); an OCR-scanned charity-clinic prescription, certificate or report.
- financeiro: a gateway CSV of recurring donations; a church tithe and offering ledger with
  rulers; a list of payments to self-employed workers (RPA) of a grant, ruled or CSV; a donation
  receipt for tax deduction (some a donated vehicle with plate and RENAVAM); a duplicated-donation
  refund ticket (card, Pix random key or bank account); a cash-aid payment batch (CSV with Pix key
  type); the treasurer's bank reconciliation (Pix credits with truncated payer names, mileage
  refunds with plates).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Pe.", "irmã"; particles inside a name (de, da, dos, e) are part of it; nicknames and first
names alone are persons; social names ("nome social") are persons. Staff named in the text
(attendants, secretaries, social workers, nurses, doctors, lawyers, treasurers, pastors,
coordinators) are persons; system logins (jsilva), integration users and role signatures
("Coordenação", "Atendimento", "Secretaria Paroquial") are not. Payer names truncated by the bank
statement ("ANA BEATRIZ RABELO NOB") are labelled as they stand. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (acolhimento@, privacidade@, caps.ad@, coordenacao@) are not labelled.
ADDRESS is street type + name + number + complement (not bairro, city, state; CEP is BR_CEP); the
address of an organisation (its seat in minutes, petitions, receipts) is not labelled, and a
street name used alone as a place ("esquina com a Barão de Mauá", "salão da Irmã Dulce") is not a
person. Agency and account are separate BANK_ACCOUNT spans; bank codes and bank names are not
labelled. New decisions of this set: identifiers are labelled whoever holds them — the
organisation's own agency/account, CNPJ, random Pix key and vehicle plate are labelled like a
person's (BANK_ACCOUNT, BR_CNPJ, PIX_KEY, LICENSE_PLATE); NIS numbers (same algorithm as PIS) are
BR_PIS; a WhatsApp sender shown as a number is PHONE_NUMBER; OCR-damaged values (CPF with "O" for
"0", names with "rn" for "m") are labelled as they stand. DATE_OF_BIRTH only for birth dates;
wedding, baptism, admission, event, payment and mandate dates are not. PROFESSIONAL_ID includes the
council acronym and its region/UF (CRM, COREN, CRO, CRF, CRN, CRP, CRESS, CRC, OAB). PIX_KEY only
for random (UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those
labels. Masked values (cards and CPFs with asterisks), request ids, subscription ids, NSUs,
protocol, ticket, romaneio, AR and process numbers, prontuário numbers, RENAVAM, Disque 100 and BO
numbers are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Ryquelmy, Wanderclei, Jadielson, Yasmmin, Sthefany; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Senegalese, Angolan, Bolivian, Venezuelan, indigenous, Jewish), at least
a quarter of the name words rare or invented (the script prints the share); names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Glória, Paz, Bento, Prudente, Amado, Branco,
Severo, Justo; surnames Pastor, Bispo, Salvador, Sacramento) next to the same words as words ("conta
de luz", "outubro rosa", "seria prudente", "campo em branco", "bazar da paz") and in places,
streets, programmes and organisations (Presidente Prudente, Bento Gonçalves, Chapa "Luz e
Esperança", Casa de Acolhida Luz e Esperança, Gráfica Rosa Branca), which are not persons. Forms:
full, ALL CAPS without accents, lower case, first name alone, short (first + last), nickname.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(legacy codes, NSUs, romaneios, prontuários, RENAVAM, bank document numbers, mistyped CPFs in
food-basket lists), ICD-10 codes, money, protocol/ticket/order numbers, company and organisation
names containing a surname (Supermercado Gurgel & Filhos, Daher & Saad, Instituto Bento Amaral),
laws ("Lei 13.019/2014", "Lei 13.709/2018"), dates that are not birth dates. The script checks
that every unlabelled CPF-shaped number fails the CPF check and prints how many there are.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
import urllib.parse
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 6060

# --------------------------------------------------------------------------- check digits

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

PT_F = ["Maria José", "Ana Paula", "Fernanda", "Juliana", "Patrícia", "Adriana", "Cláudia", "Sandra",
        "Simone", "Luciana", "Tatiane", "Camila", "Larissa", "Beatriz", "Gabriela", "Letícia", "Mariana",
        "Aline", "Priscila", "Cristiane", "Rosângela", "Edna", "Neide", "Terezinha", "Fátima", "Conceição",
        "Maria das Graças", "Ana Beatriz", "Isabela", "Sofia", "Heloísa", "Valentina", "Raquel", "Elaine"]
RARE_F = ["Dilcinéia", "Joselita", "Eunádia", "Marinalva", "Lucineide", "Arlete", "Deusdete", "Gersonita",
          "Nilzete", "Odaléia", "Quitéria", "Rosilda", "Socorro Edite", "Uilma", "Valdelice", "Zenaide",
          "Ivanilde", "Jucileide", "Cleonice", "Maricleide", "Edileuza", "Adenilza", "Kauane", "Yasmmin",
          "Ketlen", "Sthefany", "Maria Eduarda Kemilly", "Luanny", "Rhaíssa", "Ayla Vitória", "Eloá",
          "Benedita", "Geruza", "Hildete", "Irailde", "Jovelina", "Laudicéia", "Meirilane", "Neuzeli",
          "Oziléia", "Raimundinha", "Selminha", "Tertuliana"]
PT_M = ["José Carlos", "Antônio", "Francisco", "João Paulo", "Luiz Fernando", "Rafael", "Rodrigo",
        "Gustavo", "Diego", "Thiago", "Bruno", "Vinícius", "Eduardo", "Ricardo", "Roberto", "Sebastião",
        "Benedito", "Raimundo", "Geraldo", "Miguel", "Arthur", "Heitor", "Lucas", "Matheus", "Gabriel",
        "Daniel", "Fábio", "Márcio", "Edson", "Luís", "Vicente", "Tiago", "Henrique"]
RARE_M = ["Adelmo", "Belarmino", "Cícero Romão", "Dejair", "Ednaldo", "Floriano", "Gedeão", "Hamilton Deodato",
          "Ilário", "Jadielson", "Joelson", "Lindberg", "Manassés", "Natanael", "Odilon", "Pacífico", "Quintino",
          "Rubervaldo", "Sidnei Cleiton", "Tibúrcio", "Ubiratã", "Valdemiro", "Wanderclei", "Zaqueu",
          "Jhonatan Kauê", "Ryquelmy", "Kauã Davi", "Wallyson", "Deivid", "Ezequias", "Eliseu", "Josué",
          "Genésio", "Anacleto", "Euclides", "Isaías", "Lindolfo", "Onofre", "Pedro Paulo Gedeon"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Pereira", "Costa", "Rodrigues",
          "Gomes", "Ribeiro", "Carvalho", "Alves", "Barbosa", "Cardoso", "Rocha", "Dias", "Monteiro", "Mendes",
          "Moreira", "Freitas", "Batista", "Fernandes", "Nascimento", "Conceição", "Jesus", "Soares", "Vieira",
          "Araújo", "Cunha", "Melo", "Campos", "Barros", "Nunes"]
RARE_SUR = ["Bezerril", "Cajazeira", "Escórcio", "Farinha", "Guedelha", "Ibiapina", "Jurubeba", "Lustosa",
            "Mangabeira", "Nóbrega Tavares", "Orrico", "Pacheco Zanotti", "Quixaba", "Rabelo", "Sertório",
            "Tapajós", "Urbano", "Vasconcelos Brito", "Xavantina", "Zuzarte", "Aragão", "Brandão Siqueira",
            "Coutinho", "Damasceno", "Eufrásio", "Feitosa", "Gurgel", "Honório", "Itapicuru", "Jatobá", "Leal",
            "Muniz", "Nepomuceno", "Osório", "Paiva", "Quaresma", "Rebouças", "Salviano", "Timbó", "Uchoa",
            "Valadares", "Macedônio", "Cotrim"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Glória", "Graça", "Paz"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Fiel", "Severo", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Paz", "Cordeiro", "Pastor",
            "Fonseca", "Bastos", "Leão", "Guerra", "Salvador", "Bispo", "Sacramento"]
NICK = {"José Carlos": "Zeca", "Antônio": "Toninho", "Francisco": "Chico", "Sebastião": "Tião", "Benedito": "Dito",
        "Raimundo": "Mundinho", "Geraldo": "Gegê", "Maria José": "Zezé", "Maria das Graças": "Gracinha",
        "Terezinha": "Tetê", "Conceição": "Ceiça", "Fátima": "Fafá", "Joselita": "Lita", "Benedita": "Dita",
        "Cícero Romão": "Ciço", "Belarmino": "Belo", "Tertuliana": "Tutu", "Quitéria": "Teteia",
        "Luiz Fernando": "Nando", "João Paulo": "JP", "Manassés": "Mané", "Deusdete": "Dete", "Valdemiro": "Miro",
        "Raimundinha": "Dinha", "Heloísa": "Helô", "Eduardo": "Dudu"}
FOREIGN = {
    "it": (["Giuliana", "Rosella", "Antonella"], ["Giacomo", "Egidio", "Primo"],
           ["Zanetti", "Bressan", "Tomazoni", "Dal Molin", "Benedetti", "Piccoli", "Tonin"]),
    "de": (["Hildegard", "Irmgard", "Elfriede"], ["Gunther", "Reinaldo Otto", "Wilfried"],
           ["Schmitt", "Wagner", "Kuhn", "Ziemer", "Blumenau", "Rohden", "Hass"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Massao", "Tadashi", "Yoshio"],
           ["Nakamura", "Higa", "Shimabukuro", "Uehara", "Sakamoto", "Kaneshiro"]),
    "ar": (["Samira", "Jamile", "Nadira"], ["Jamil", "Salim", "Habib"],
           ["Jorge Abdo", "Saad", "Daher", "Chamma", "Mansur", "Bechara"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Nadège", "Fabienne", "Widline"], ["Jean-Baptiste", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Jean-Charles", "Augustin", "Saint-Fleur", "Desir"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Moussa", "Babacar"], ["Diallo", "Mbaye", "Faye", "Sarr"]),
    "ao": (["Conceição Kiluange", "Nzinga"], ["Kiesse", "Mbemba"], ["Kapitango", "Lukamba", "Ngola", "Cassule"]),
    "bo": (["Lidia", "Marisol"], ["Evo", "Nestor"], ["Mamani", "Condori", "Choque", "Quispe"]),
    "in": (["Potira", "Jaciara", "Moema"], ["Raoni", "Ubirajara", "Kauê"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Miriam", "Ester", "Sara"], ["Moisés", "Davi Elias", "Jacó"], ["Rosenthal", "Zylberstajn", "Goldfarb", "Szpilman"]),
    "ve": (["Yusmary", "Oriana"], ["Yonaiker", "Wilmer"], ["Rondón", "Briceño", "Chacín"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "ve", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Paz", "Conceição", "Cunha", "Guerra", "Rocha", "Mangabeira"}
DO_SUR = {"Nascimento", "Sacramento", "Carmo", "Espírito Santo"}
DOS_SUR = {"Santos", "Reis", "Anjos", "Passos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "55", "61", "62", "63", "65", "66", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Vila", "Ladeira", "Quadra"]
STREET_NAMES = ["Padre Cícero", "Irmã Dulce", "Dom Hélder Câmara", "São Francisco de Assis", "Frei Damião",
                "Barão de Mauá", "Rosa Branca", "Nossa Senhora da Glória", "Bento Gonçalves", "Prudente de Morais",
                "Monsenhor Tibúrcio Leal", "Madre Paulina", "das Flores", "da Paz", "Esperança", "Pastor Ezequias Bispo",
                "Chico Xavier", "Tiradentes", "Marechal Deodoro", "Sete de Setembro", "Santa Luzia",
                "Professora Odaléia Nepomuceno", "Vereador Quintino Jatobá", "Aurora Boreal", "Luz do Sol",
                "José Bonifácio", "Presidente Vargas", "Maria Quitéria", "dos Operários", "Beira-Mar", "do Rosário"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"), ("Paz de Ariporanga", "MA"), ("Juazeiro do Norte", "CE"),
          ("Caruaru", "PE"), ("Feira de Santana", "BA"), ("Campina Grande", "PB"), ("Montes Claros", "MG"),
          ("Uberlândia", "MG"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Santo André", "SP"), ("Niterói", "RJ"),
          ("Duque de Caxias", "RJ"), ("Cascavel", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"),
          ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Imperatriz", "MA"),
          ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Mossoró", "RN"), ("Arapiraca", "AL"),
          ("Teresina", "PI"), ("Aracaju", "SE"), ("Ceilândia", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim da Paz", "Vila Esperança", "Centro", "Alto da Boa Vista", "Conjunto Rosa Branca", "Morro da Luz",
           "Parque Bento Ribeiro", "Vila Aurora", "São Cristóvão", "Jardim Glória", "Cidade de Deus", "Lagoinha",
           "Bairro da Vitória", "Novo Horizonte"]
CIDS = ["E11.9", "I10", "J45.9", "F10.2", "F19.2", "F32.1", "F20.0", "B20", "A15.0", "L30.9", "K02.1", "Z59.0",
        "Z59.5", "T74.1", "E44.0", "D50.9", "J06.9", "M54.5", "B86", "A53.9", "R63.4", "Z76.3"]

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

    def add(self, other: "Doc") -> "Doc":
        base = len(self.text)
        self.text += other.text
        self.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in other.spans]
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], corner: str = "+", h: str = "-", v: str = "|") -> None:
    """Box table with rulers: +----+----+ / | a  | b  |."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = corner + corner.join(h * (w + 2) for w in widths) + corner + "\n"
    doc.t(rule + v + v.join(f" {c.ljust(w)} " for c, w in zip(cols, widths)) + v + "\n" + rule.replace(h, "="if h == "-" else h))
    for r in rows:
        doc.t(v)
        for (val, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(val, w, lab)
            doc.t(" " + v)
        doc.t("\n")
    doc.t(rule)


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2) -> None:
    """Fixed-width columns without rulers (as pasted from a spreadsheet or a report)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        for k, ((val, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" " * gap)
            if k == len(r) - 1:
                doc.e(val, lab)
            else:
                doc.cell(val, w, lab)
        doc.t("\n")


ORGS = ["Associação Beneficente Irmã Dulce de Apoio ao Migrante", "Obra Social Nossa Senhora da Glória",
        "Instituto Bento Amaral de Assistência Social", "Casa de Acolhida Luz e Esperança", "Lar Vicentino São Vicente de Paulo",
        "Igreja Evangélica Assembleia de Deus — Ministério Vitória", "Paróquia São Judas Tadeu", "Centro Espírita Amor e Luz",
        "Associação de Moradores do Jardim da Paz", "Banco de Alimentos Prudente", "ONG Mãos Que Semeiam",
        "Fundação Rosa Branca de Amparo à Infância", "Comunidade Batista Aurora", "Missão Evangélica Cordeiro de Deus",
        "Associação Pró-Vida Mangabeira", "Instituto Gurgel de Educação e Cidadania", "Pastoral do Povo da Rua — Arquidiocese",
        "Grupo de Apoio Paz e Bem", "Sociedade Israelita Beneficente Chesed", "Casa do Migrante Haitiano Esperança"]
SHORT_ORG = {"Associação Beneficente Irmã Dulce de Apoio ao Migrante": "ABID", "Obra Social Nossa Senhora da Glória": "OSNSG",
             "Instituto Bento Amaral de Assistência Social": "IBAAS", "Casa de Acolhida Luz e Esperança": "Casa Luz",
             "Lar Vicentino São Vicente de Paulo": "Lar Vicentino", "Banco de Alimentos Prudente": "BAP",
             "Fundação Rosa Branca de Amparo à Infância": "FRB", "ONG Mãos Que Semeiam": "Mãos Que Semeiam"}
DOMAINS = ["casaluz.org.br", "obrasocialgloria.org.br", "ibaas.org.br", "maosquesemeiam.org", "frb.org.br",
           "paroquiasaojudas.com.br", "administeriovitoria.org.br", "bancoalimentosprudente.org", "chesed.org.br",
           "pazebem.ong.br", "institutogurgel.org"]
SUPPLIERS = ["Supermercado Gurgel & Filhos Ltda", "Distribuidora Feitosa de Alimentos Ltda", "Padaria Zanetti ME",
             "Farmácia Mangabeira", "Mansur Contabilidade S/S", "Auto Posto Bento Ribeiro", "Gráfica Rosa Branca",
             "Transportes Nakamura Ltda", "Açougue e Mercearia Jatobá", "Atacadão Prudente", "Papelaria Luz do Saber",
             "Daher & Saad Materiais de Construção", "Hortifruti Quaresma", "Gás Vitória Distribuidora"]
WORD_USES = ["campanha do outubro rosa", "a conta de luz da sede venceu", "foi uma vitória da comunidade",
             "seria prudente esperar o parecer", "deixou o campo em branco", "o bazar da paz", "flor de plástico no altar",
             "novena de Nossa Senhora da Glória", "à luz do estatuto", "missa em ação de graças", "festa do Divino Espírito Santo",
             "a esperança é a última que morre", "um amado irmão na fé", "sorteio de uma cesta de flores"]
PROGRAMS = ["Natal Sem Fome", "Cesta Solidária", "Inverno Acolhedor", "Sopão Fraterno", "Mesa Brasil", "Adote um Idoso",
            "Padrinho Escolar", "Refeição na Praça", "Campanha do Agasalho"]


def nf(g: Gen, p: Person, extra: list[str] | None = None) -> str:
    return name_form(g, p, ["full", "full", "full", "short", "caps", "plain"] + (extra or []))


def council2(g: Gen, kind: str, uf: str | None = None) -> str:
    uf = uf or g.pick(UFS)
    n = g.rng.randint(1000, 99999)
    dotted = f"{n:,}".replace(",", ".")
    if kind == "CRESS":
        return g.pick([f"CRESS/{uf} {dotted}", f"CRESS-{uf} {n}", f"CRESS {g.rng.randint(1, 25)}ª Região/{uf} nº {dotted}"])
    if kind == "CRP":
        return g.pick([f"CRP {g.rng.randint(1, 23):02d}/{g.d(5)}", f"CRP-{g.rng.randint(1, 23):02d}/{dotted}"])
    if kind == "CRC":
        return g.pick([f"CRC/{uf} {g.d(6)}/O-{g.d(1)}", f"CRC-{uf} {dotted}"])
    if kind == "CRN":
        return g.pick([f"CRN-{g.rng.randint(1, 11)} {g.d(5)}", f"CRN{g.rng.randint(1, 11)}/{uf} {dotted}"])
    return g.council(kind, uf)


def line_addr(g: Gen) -> tuple[str, str, str, str]:
    """(address, bairro, city/UF, CEP)"""
    c, uf = g.city()
    return g.address(), g.pick(BAIRROS), f"{c}/{uf}", g.cep(g.chance(0.85))


def civil(g: Gen, p: Person) -> str:
    o = p.o
    return g.pick([f"casad{o}", f"solteir{o}", f"divorciad{o}", f"viúv{o}", "em união estável"])


def nation(g: Gen, p: Person) -> str:
    return "brasileira" if p.female else "brasileiro"


def bad_cpf_dot(g: Gen) -> str:
    return fmt_cpf(g.neg(11))

# =========================================================================== atendimento


def at_doador(g: Gen) -> Doc:
    """Donor CRM card of a recurring donor, with the attendants' contact history."""
    doc = Doc()
    o = g.pick(ORGS)
    d = g.person()
    a, b, cty, cep = line_addr(g)
    att, att2 = g.person(), g.person()
    dom = g.pick(DOMAINS)
    doc.f("=== CRM Doadores · «o» ===   [ficha D-«id»]  cód. legado «lg»\n", o=o, id=g.d(6), lg=g.neg(11))
    doc.f("Nome..........: «n»\nTipo..........: Pessoa Física    Status: ATIVO (recorrente desde «ds»)\n",
          n=P(g.pick([d.full, d.caps, d.full])), ds=g.date("br", g.pick([2019, 2021, 2022, 2023])))
    doc.f("CPF...........: «c»    Nasc.: «dob»\n", c=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"))
    doc.f("E-mail........: «e»\nCel/WhatsApp..: «ph»", e=(g.email(d), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("   Fixo: «f»", f=(g.phone(mobile=False, style="par"), "PHONE_NUMBER"))
    doc.f("\nEndereço......: «a» — «b» — «c» — CEP «cep»\n", a=(a, "ADDRESS"), b=b, c=cty, cep=(cep, "BR_CEP"))
    doc.f("Origem........: campanha \"«pg» «y»\" · consentimento LGPD em «dt» pelo site (IP «ip»)\n",
          pg=g.pick(PROGRAMS), y=g.pick([2023, 2024]), dt=g.date("br", 2024), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("Contribuição..: R$ «m»/mês no cartão «mk» · vencimento dia «dd»\n", m=g.money(15, 300),
              mk=g.pick(["****.****.****." + g.d(4), "final " + g.d(4), g.d(6) + "******" + g.d(4)]), dd=g.pick([5, 10, 15, 20]))
    else:
        doc.f("Contribuição..: R$ «m»/mês em débito automático · Banco «bk» ag. «ag» c/c «cc»\n", m=g.money(15, 300),
              bk=g.pick(["001", "104", "237", "341", "033", "756"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("\n-- Histórico de contatos --\n")
    sp = g.relative(d)
    hist = [
        ("«a» (atendimento): doador(a) pediu o informe anual p/ IR; enviado para «e».", dict(a=V(login(att)), e=(g.email(d), "EMAIL_ADDRESS"))),
        ("«a»: ligou a esposa/o esposo, «s», avisando mudança p/ «na» — CEP novo «cep». Atualizado.",
         dict(a=P(att2.first), s=P(g.pick([sp.full, sp.first])), na=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))),
        ("«a»: cobrança recusada (cartão vencido). Deixei recado no «ph».", dict(a=V(login(att)), ph=(g.phone(), "PHONE_NUMBER"))),
        ("«a»: doador quer reduzir p/ R$ «m» até março, «w».", dict(a=P(att2.short), m=g.money(10, 60), w=g.pick(WORD_USES))),
        ("«a»: protocolo «pr» — reclamação de cobrança em duplicidade, encaminhado ao financeiro («f»).",
         dict(a=P(att.short), pr=g.protocol(), f=(corp_mail(g.person(), dom), "EMAIL_ADDRESS"))),
        ("«a»: convidou p/ o jantar beneficente; confirmou presença com acompanhante «c».", dict(a=P(att2.first), c=P(g.person().full))),
    ]
    hist.append(("«a»: doador ditou o cartão novo por telefone («cc») — lançado e pedido p/ não repetir por telefone.",
                 dict(a=login(att), cc=(g.card(g.chance(0.5)), "CREDIT_CARD"))))
    for tpl, kw in g.rng.sample(hist, g.rng.randint(2, 4)):
        doc.f(f"{g.date('br')} {g.hm()}  " + tpl + "\n", **kw)
    doc.f("\nCaptador responsável: «r» · usuário do sistema: «l» · última edição por «l2»\n",
          r=P(g.person().full), l=login(att), l2=g.pick(["integracao.gateway", "admin", login(att2)]))
    return doc


def at_voluntario(g: Gen) -> Doc:
    """Scanned (OCR) volunteer registration form, motorist section filled for some."""
    doc = Doc()
    v = g.person()
    o = g.pick(ORGS)
    a, b, cty, cep = line_addr(g)
    ocrn = g.chance(0.6)

    def nm(s):
        return ocr(s, g, 0.4) if ocrn else s
    doc.f("«o»\nFICHA DE INSCRIÇAO — VOLUNTARIADO «y»\n_______________________________________________\n", o=o.upper(), y=g.pick([2024, 2025]))
    doc.f("Nome completo: «n»\nData de nascimento: «dob»     Sexo: «s»\n",
          n=P(nm(g.pick([v.caps, v.full, v.caps]))), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2006), "DATE_OF_BIRTH"),
          s="F" if v.female else "M")
    doc.f("RG: «rg»  Órgão: SSP/«uf»      CPF: «c»\n", rg=(ocr(g.rg(), g, 0.3, True), "BR_RG"), uf=g.pick(UFS),
          c=(ocr(g.cpf(), g, 0.3, True), "BR_CPF"))
    doc.f("Endereço: «a»\nBairro: «b»   Cidade: «c»   CEP: «cep»\n", a=(a, "ADDRESS"), b=b, c=cty, cep=(cep, "BR_CEP"))
    doc.f("Telefone: «ph»   E-mail: «e»\n", ph=(g.phone(), "PHONE_NUMBER"), e=(g.email(v), "EMAIL_ADDRESS"))
    if g.chance(0.45):
        doc.f("Título de eleitor: «t»   (exigido p/ associados votantes)\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Profissão: «p»     Igreja/comunidade: «ig»\n", p=g.pick(["aposentad" + v.o, "professor" + ("a" if v.female else ""),
          "motorista de aplicativo", "estudante", "do lar", "técnic" + v.o + " de enfermagem", "pedreiro", "cabeleireir" + v.o]),
          ig=g.pick(["Paróquia São Judas", "Comunidade Batista Aurora", "não frequenta", "Centro Espírita Amor e Luz", "-"]))
    areas = ["cozinha / sopão", "triagem de doações", "motorista", "recreação infantil", "bazar", "visitas a idosos", "secretaria"]
    pick = g.rng.sample(areas, 3)
    doc.t("Área de interesse: " + "  ".join(("[X] " if x in pick else "[ ] ") + x for x in areas) + "\n")
    if "motorista" in pick:
        doc.f("Se motorista — CNH nº «cnh» cat. «cat» validade «val»   Veículo próprio: «mod» placa «pl»\n",
              cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "D", "C"]), val=g.date("br", g.pick([2026, 2027, 2029])),
              mod=g.pick(["Fiorino", "Saveiro", "Gol", "Strada", "HB20", "Kombi"]), pl=(g.plate(), "LICENSE_PLATE"))
    em = g.relative(v)
    doc.f("Disponibilidade: «d»\nEm caso de emergência avisar: «en» («par») tel. «t»\n",
          d=g.pick(["sábados manhã", "ter e qui à noite", "domingos após o culto", "quando precisar"]),
          en=P(nm(em.full)), par=g.pick(["mãe", "irmã", "vizinha", "filha", "esposa"] if em.female else ["pai", "filho", "irmão", "esposo", "cunhado"]),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.t("Declaro que li e concordo com o Termo de Voluntariado (Lei 9.608/98) e autorizo o uso de imagem.\n")
    doc.f("\nAssinatura: ______«sig»______     Data: «dt»\n", sig=P(g.pick([v.first, v.short])), dt=g.date("br"))
    doc.f("Recebido por: «r» (coord. voluntariado)  — ficha nº «n»\n", r=P(nm(g.person().short)), n=g.d(4))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export of a parish or NGO office with a donor updating the monthly contribution."""
    doc = Doc()
    d = g.person()
    sec = g.person(female=g.chance(0.7))
    who_sec = g.pick(["Secretaria Paroquial", "Secretaria " + g.pick(["Casa Luz", "IBAAS", "Igreja Vitória"]), sec.first])
    who_d = g.pick([d.short, d.first, "+55 " + g.phone("plain")[:2] + " 9" + g.d(4) + "-" + g.d(4), "+55 " + g.phone("plain")[:2] + " 9" + g.d(4) + "-" + g.d(4)])
    day = g.date("short")
    ts = g.times(9, 13 * 3600, 22 * 3600)
    if who_d.startswith("+55"):
        lab_d = "PHONE_NUMBER"
    else:
        lab_d = "PERSON"

    def say(k, who, tpl, lab=None, **kw):
        doc.t(f"[{day} {ts[k]}] ")
        doc.e(who, lab)
        doc.f(": " + tpl + "\n", **kw)
    nick = d.nick
    say(0, who_d, g.pick(["boa tarde, queria trocar", "boa tarde! preciso trocar", "oi boa tarde. quero mudar"]) + " o cartão da minha contribuição mensal", lab_d)
    say(1, who_sec, "Boa tarde «n»! Sou " + ("a" if sec.female else "o") + " «s», da secretaria. Pode me passar o CPF do titular?", "PERSON" if who_sec == sec.first else None,
        n=P(g.pick([d.first, nick, d.first])), s=P(sec.first))
    say(2, who_d, "«c»", lab_d, c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    say(3, who_d, "o novo é «cc» venc «v» . o antigo foi clonado 😩", lab_d, cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
        v=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}")
    say(4, who_sec, "Anotado. Por segurança vou apagar a mensagem depois de lançar. O carnê do dízimo continua indo pra «a»?",
        "PERSON" if who_sec == sec.first else None, a=(g.address(g.pick(["text", "low"])), "ADDRESS"))
    say(5, who_d, "não, mudei. agora é «a», «b», cep «cep». pode mandar no nome da minha filha «f»", lab_d,
        a=(g.address("low"), "ADDRESS"), b=g.pick(BAIRROS).lower(), cep=(g.cep(g.chance(0.5)), "BR_CEP"),
        f=P(g.relative(d, True).full))
    say(6, who_sec, "Certo! Protocolo «p». O Pe. «pe» mandou agradecer, «w».", "PERSON" if who_sec == sec.first else None,
        p=g.protocol(), pe=P(g.pick([g.person(False).first, g.person(False).short])), w=g.pick(WORD_USES))
    say(7, who_d, "amém. qualquer coisa meu outro número é «t»", lab_d, t=(g.phone(), "PHONE_NUMBER"))
    say(8, who_sec, "<mídia oculta>", "PERSON" if who_sec == sec.first else None)
    return doc


def at_cesta(g: Gen) -> Doc:
    """Food-basket distribution list with rulers, signatures column, driver and plate at the foot."""
    doc = Doc()
    o = g.pick(ORGS)
    doc.f("«o» — Programa «pg»\nLISTA DE ENTREGA DE CESTAS BÁSICAS — «dt» — Núcleo «b»\n", o=o, pg=g.pick(PROGRAMS),
          dt=g.date("br"), b=g.pick(BAIRROS))
    rows = []
    with_addr = g.chance(0.5)
    for i in range(g.rng.randint(5, 7)):
        p = g.person()
        r = g.rng.random()
        cpf = (g.cpf("dot"), "BR_CPF") if r < 0.75 else ((bad_cpf_dot(g) + " (conferir)", None) if r < 0.88 else ("não trouxe", None))
        rows.append([V(f"{i + 1:02d}"), P(g.pick([p.caps, p.full, p.caps])), cpf,
                     (g.pis("raw"), "BR_PIS") if g.chance(0.7) else V("-"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.8) else V("recado"),
                     V(str(g.rng.randint(1, 9))), V(g.pick(["ok", "ok", "ok", "dig.", "a rogo"]))])
        if with_addr:
            rows[-1].insert(5, (g.address(g.pick(["caps", "text"])), "ADDRESS"))
    cols = ["Nº", "Responsável familiar", "CPF", "NIS", "Telefone", "Pessoas", "Ass."]
    if with_addr:
        cols.insert(5, "Endereço")
    table_ruled(doc, cols, rows)
    drv = g.person()
    doc.f("Total entregue: «n» cestas (doação «s») · sobra: «k» kg de arroz\n", n=len(rows), s=g.pick(SUPPLIERS), k=g.rng.randint(2, 40))
    doc.f("Motorista: «m» — CNH «cnh» — veículo placa «pl»\nEntregadores: «e1» e equipe do sábado\nConferido por: «c» em «dt»\n",
          m=P(drv.full), cnh=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE"), e1=P(g.pick([g.person().short, g.person().nick])),
          c=P(g.person().full), dt=g.date("br"))
    doc.f("Obs.: famílias sem NIS devem ser encaminhadas ao CRAS p/ inscrição no CadÚnico. Ponto de entrega: «pt». "
          "Romaneio nº «r».\n", pt=g.pick(["em frente à Padre Cícero, esquina com a Barão de Mauá", "salão da Irmã Dulce (fundos)",
          "quadra da Dom Hélder", "praça da Maria Quitéria"]), r=g.neg(11))
    return doc


def at_abrigo(g: Gen) -> Doc:
    """E-mail of a CREAS social worker referring a person to a shelter, and the shelter's reply."""
    doc = Doc()
    sw = g.person(female=g.chance(0.75))
    co = g.person()
    u = g.person(female=g.chance(0.35))
    cty, uf = g.city()
    gov = g.pick(["creas.pmsorocaba.sp.gov.br", "assistencia.caruaru.pe.gov.br", "smas.fortaleza.ce.gov.br", "sedes.df.gov.br"])
    dom = g.pick(DOMAINS)
    doc.f("De: «n» <«e»>\nPara: acolhimento@«d»\nCc: coordenacao@«gov»\nAssunto: Encaminhamento — «u» — vaga emergencial\nData: «dt» «h»\n\n",
          n=P(sw.full), e=(corp_mail(sw, gov), "EMAIL_ADDRESS"), d=dom, gov=gov, u=P(g.pick([u.caps, u.full])), dt=g.date("br"), h=g.hm())
    by = g.rng.randint(1951, 2005)
    doc.f("Prezados, bom dia.\n\nEncaminho «tr» «u», «age» anos (nasc. «dob»), RG «rg», CPF «c», Cartão SUS «cns», "
          "em situação de rua há cerca de «m» meses após despejo do imóvel da «a», em «cty».\n",
          tr=g.pick(["o Sr.", "a Sra.", "o(a) usuário(a)"]) if not u.female else g.pick(["a Sra.", "a usuária"]),
          u=P(u.full), age=2025 - by - g.rng.randint(0, 1), dob=(g.dob("br", by, by), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), m=g.rng.randint(2, 20),
          a=(g.address(), "ADDRESS"), cty=f"{cty}/{uf}")
    sib = g.relative(u)
    doc.f("Referência familiar: «rel» «s», tel. «t» (não aceita acolher no momento). Prontuário SUAS nº «p».\n",
          rel=g.pick(["irmã", "irmão", "filha", "tio"]), s=P(sib.full), t=(g.phone(), "PHONE_NUMBER"), p=g.d(8))
    doc.f("Faz uso de medicação controlada (acompanhado pelo CAPS). «w».\n\nAtt.,\n«n»\nAssistente Social — «cr»\nCREAS «cty»\n\n",
          w=g.pick(["Documentos originais ficaram retidos com o antigo locador", "Não possui renda; BPC em análise",
                    "Solicitamos prioridade pela chegada do frio"]), n=P(sw.full), cr=(council2(g, "CRESS", uf), "PROFESSIONAL_ID"),
          cty=cty)
    doc.f("----- Resposta -----\nDe: «c» <«ce»>\n\nOlá «s», temos vaga na ala «al» a partir de «dt». Pedimos que «u» "
          "chegue até as 17h com o documento de encaminhamento. Quem recebe é o educador «ed» (plantão). «w2»\n\nCoordenação — «o»\n",
          c=P(co.full), ce=(corp_mail(co, dom), "EMAIL_ADDRESS"), s=V(g.pick(["equipe", sw.first])), al=g.pick(["masculina", "feminina", "familiar", "idosos"]),
          dt=g.date("br"), u=P(g.pick([u.first, u.short])), ed=P(g.person(False).short),
          w2=g.pick(["Seria prudente trazer a receita atualizada.", "Traz roupa de cama se tiver.", ""]), o=g.pick(ORGS))
    return doc


def at_portal(g: Gen) -> Doc:
    """Application log of the online donation portal, pasted in a support ticket."""
    doc = Doc()
    an = g.person()
    doc.f("Chamado #«n» — \"doação recorrente não aparece no painel\" — aberto por «a» («ae»)\nLogs (kubectl logs doacoes-api-«h»):\n\n",
          n=g.d(5), a=P(an.full), ae=(corp_mail(an, g.pick(DOMAINS)), "EMAIL_ADDRESS"), h=g.hexs(5))
    pix_org = g.uuid()
    day = g.date("iso")
    for hms in sorted(g.hms() for _ in range(g.rng.randint(3, 4))):
        dn = g.person()
        ts = f"{day}T{hms}.{g.d(3)}Z"
        k = g.rng.randint(0, 3)
        if k == 0:
            doc.f("«ts» INFO  donation.created req=«r» ip=«ip» donor_email=«e» amount=«m» method=pix pix_key=«k» cpf=«c»\n",
                  ts=ts, r=g.uuid(), ip=(g.ip(), "IP_ADDRESS"), e=(g.email(dn), "EMAIL_ADDRESS"), m=g.money(10, 500).replace(".", "").replace(",", "."),
                  k=(pix_org, "PIX_KEY"), c=(g.cpf("raw"), "BR_CPF"))
        elif k == 1:
            doc.f("«ts» WARN  recurring.charge_failed sub=sub_«s» donor=\"«n»\" reason=card_expired last4=«l» retry_at=«rt»\n",
                  ts=ts, s=g.hexs(10), n=P(g.pick([dn.full, dn.caps])), l=g.d(4), rt=g.date("iso"))
        elif k == 2:
            doc.f("«ts» INFO  donor.updated id=«i» fields=[phone,address] phone=«ph» address=\"«a»\" cep=«cep» by=«by»\n",
                  ts=ts, i=g.d(7), ph=(g.phone("e164"), "PHONE_NUMBER"), a=(jstr(g.address()), "ADDRESS"), cep=(g.cep(False), "BR_CEP"),
                  by=g.pick(["self-service", "backoffice:" + login(an)]))
        else:
            doc.f("«ts» ERROR webhook.gateway 422 payload={\"customer\":{\"name\":\"«n»\",\"document\":\"«c»\",\"birth\":\"«b»\"},\"ip\":\"«ip»\"}\n",
                  ts=ts, n=P(jstr(dn.full)), c=(g.cpf("raw"), "BR_CPF"), b=(g.dob("iso"), "DATE_OF_BIRTH"), ip=(g.ip(), "IP_ADDRESS"))
    dn = g.person()
    doc.f("\n«a2»: o caso de «d» (e-mail «e») é o 2º da semana; o gateway devolve 422 quando a data de nascimento vem vazia. "
          "Reprocessei às «h». Não mexer na chave Pix da instituição («k»).\n", a2=P(g.person().first), d=P(dn.full),
          e=(g.email(dn), "EMAIL_ADDRESS"), h=g.hm(), k=(pix_org, "PIX_KEY"))
    return doc


def at_dizimista(g: Gen) -> Doc:
    """Parish tithe-payer registration form (ficha do dizimista), couple and children."""
    doc = Doc()
    h = g.person(False)
    w = g.relative(h, True)
    a, b, cty, cep = line_addr(g)
    doc.f("«par»\nPASTORAL DO DÍZIMO — FICHA DE CADASTRO DO DIZIMISTA    nº «n»\n\n", par=g.pick(["PARÓQUIA SÃO JUDAS TADEU",
          "PARÓQUIA NOSSA SENHORA DA GLÓRIA", "PARÓQUIA SANTA LUZIA", "PARÓQUIA DIVINO ESPÍRITO SANTO", "PARÓQUIA BOM JESUS"]), n=g.d(5))
    first, second = (h, w) if g.chance(0.5) else (w, h)
    doc.f("Dizimista: «a»   Nasc.: «da»   CPF: «ca»\nCônjuge: «b»   Nasc.: «db»   CPF: «cb»\nData do casamento: «dc»   (  ) só civil  ( X ) religioso\n",
          a=P(g.pick([first.full, first.caps])), da=(g.dob("br", 1945, 1995), "DATE_OF_BIRTH"),
          ca=(g.cpf(), "BR_CPF"), cb=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("________"),
          b=P(g.pick([second.full, second.caps])), db=(g.dob("br", 1945, 1995), "DATE_OF_BIRTH"), dc=g.date("br", g.rng.randint(1975, 2018)))
    doc.f("Endereço: «a» — «b»\nCEP «cep» — «c»\nFone: «t»   WhatsApp: «w»\nE-mail: «e»\n", a=(a, "ADDRESS"), b=b,
          cep=(cep, "BR_CEP"), c=cty, t=(g.phone(mobile=False), "PHONE_NUMBER"), w=(g.phone(), "PHONE_NUMBER"), e=(g.email(first), "EMAIL_ADDRESS"))
    doc.t("Filhos:\n")
    for _ in range(g.rng.randint(1, 3)):
        k = g.relative(h)
        doc.f("  - «k», nasc. «d»«x»\n", k=P(k.full), d=(g.dob("br", 2003, 2022), "DATE_OF_BIRTH"),
              x=g.pick(["", " (catequese)", " — crismado", " (batizado em " + g.date("br", 2019) + ")"]))
    doc.f("Comunidade: «c»\nForma de devolução: «f»\n", c=g.pick(["Capela Santa Rita", "Comunidade São Bento", "Matriz",
          "Capela Nossa Senhora da Paz"]), f=g.pick(["envelope mensal", "Pix", "boleto"]))
    if g.chance(0.6):
        doc.f("Débito em conta autorizado — Banco «b», Agência «ag», Conta «cc», titular «t»\n", b=g.pick(["Caixa (104)", "BB (001)",
              "Sicoob (756)", "Bradesco"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(first.short))
    doc.f("\nAgente da Pastoral que visitou: «ag»\nAss. do dizimista: «s»\n«c», «dt»\n", ag=P(g.person().full),
          s=P(first.short), c=cty.split("/")[0], dt=g.date("long"))
    return doc

# =========================================================================== juridico


def qualify(doc: Doc, g: Gen, p: Person, dob: bool = False, email: bool = False, caps: bool = False) -> None:
    """Standard Brazilian qualification: name, nationality, civil status, profession, RG, CPF, address, CEP."""
    a, b, cty, cep = line_addr(g)
    doc.f("«n», «na», «ci», «pr», ", n=P(p.caps if caps else p.full), na=nation(g, p), ci=civil(g, p),
          pr=g.pick(["comerciante", "professor" + ("a" if p.female else ""), "aposentad" + p.o, "pastor" if not p.female else "missionária",
                     "auxiliar administrativ" + p.o, "enfermeir" + p.o, "autônom" + p.o, "servidor" + ("a" if p.female else "") + " pública" if p.female else "servidor público"]))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1945, 2000), "DATE_OF_BIRTH"))
    doc.f("portador«a» do RG nº «rg» «oe» e inscrit«o» no CPF sob o nº «c», residente e domiciliad«o» na «ad», «b», «cty», CEP «cep»",
          a="a" if p.female else "", rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/SP", "SSP/BA", "SDS/PE", "SESP/PR", "PC/MG", "IFP/RJ"]),
          o=p.o, c=(g.cpf("dot"), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=b, cty=cty.replace("/", "-"), cep=(cep, "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))


def ju_ata(g: Gen) -> Doc:
    """Minutes of an extraordinary general assembly of an association: bylaw reform and board election."""
    doc = Doc()
    o = g.pick(ORGS)
    pres, sec = g.person(), g.person()
    cty, uf = g.city()
    doc.f("ATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA\n«O» — CNPJ «c»\n\n", O=o.upper(), c=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    doc.f("Aos «dt», às «h», em segunda convocação, na sede social situada na Rua «st», nº «n», em «cty»/«uf», reuniram-se os associados "
          "relacionados na lista de presença anexa, sob a presidência de «p» e secretariados por «s», para deliberar sobre: "
          "(i) reforma do estatuto social para adequação à Lei 13.019/2014; (ii) eleição da diretoria para o biênio «b1»/«b2»; "
          "(iii) aprovação das contas do exercício de «ex». ", dt=g.date("long"), h=g.pick(["19h", "19h30min", "9h", "14 horas"]),
          st=g.pick(["Bento Gonçalves", "Padre Cícero", "Irmã Dulce", "Barão de Mauá"]), n=g.rng.randint(10, 999), cty=cty, uf=uf,
          p=P(pres.full), s=P(g.pick([sec.full, sec.caps])), b1=2025, b2=2027, ex=2024)
    doc.f("Aberta a sessão, «pp» leu o edital de convocação publicado em «dp». Pediu a palavra a associada «a», que questionou "
          "a exclusão do associado «x» sem direito de defesa, em afronta ao art. 57 do Código Civil; a Mesa registrou o protesto. ",
          pp=g.pick(["o(a) presidente", "a Mesa", "o secretário"]), dp=g.date("br"), a=P(g.person(True).full), x=P(g.pick([g.person(False).full, g.person(False).caps])))
    doc.t("Em votação, o novo estatuto foi aprovado por " + str(g.rng.randint(20, 80)) + " votos a " + str(g.rng.randint(1, 9)) + ". ")
    doc.f("Foi eleita por aclamação a chapa \"«ch»\", assim composta: ", ch=g.pick(["Luz e Esperança", "Semear Vitória", "Paz e Bem",
                                                                                    "Renovação Prudente", "Flor do Sertão"]))
    roles = ["Presidente", "Vice-Presidente", "1º Secretário", "Tesoureiro", "Conselho Fiscal"]
    chosen = roles[:g.rng.randint(3, 4)]
    for i, r in enumerate(chosen):
        p = g.person()
        doc.f("«r»: «n», CPF «c»«sep»", r=r, n=P(p.full), c=(g.cpf(), "BR_CPF"), sep="; " if i < len(chosen) - 1 else ".")
    doc.t("\nNada mais havendo a tratar, lavrou-se a presente ata, que vai assinada por mim, secretário(a), e pelo(a) presidente.\n\n")
    adv = g.person()
    doc.f("«s»                       «p»\nSecretário(a)             Presidente\n\nVisto do advogado: «a» — «oab»\n",
          s=P(sec.full), p=P(pres.full), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("\nLISTA DE PRESENÇA (extrato)\n")
    for _ in range(g.rng.randint(2, 4)):
        p = g.person()
        doc.f("  «n» ........ RG «rg» ........ CPF «c» ........ ass. ______\n", n=P(g.pick([p.caps, p.full, p.low])), rg=(g.rg(), "BR_RG"),
              c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("—"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Petition annulling an assembly that expelled a member of a church (dispute over the bylaws)."""
    doc = Doc()
    cty, uf = g.city()
    a = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c» — «uf»\n\n",
          v=g.pick(["1ª", "2ª", "3ª", "4ª", "5ª"]), c=fold(cty).upper(), uf=uf)
    if g.chance(0.5):
        doc.f("Distribuição por dependência ao processo nº «p»\n\n", p=g.cnj())
    qualify(doc, g, a, dob=g.chance(0.4), email=True, caps=g.chance(0.5))
    adv1, adv2 = g.person(), g.person()
    oab1 = g.council("OAB", uf)
    doc.f(", por seus advogados «a1» («o1») e «a2» («o2»), com escritório indicado no rodapé, vem propor\n\n"
          "AÇÃO ANULATÓRIA DE DELIBERAÇÃO ASSEMBLEAR c/c PEDIDO DE TUTELA DE URGÊNCIA\n\n"
          "em face de «r», pessoa jurídica de direito privado (organização religiosa — art. 44, IV, CC), inscrita no CNPJ sob o nº «cn», "
          "com sede na Avenida «st», «num», «cty», representada por seu presidente, «pr», pelos fatos e fundamentos a seguir.\n\n",
          a1=P(adv1.full), o1=(oab1, "PROFESSIONAL_ID"), a2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          r=g.pick(["IGREJA EVANGÉLICA ASSEMBLEIA DE DEUS — MINISTÉRIO VITÓRIA", "COMUNIDADE BATISTA AURORA", "MISSÃO EVANGÉLICA CORDEIRO DE DEUS",
                    "CENTRO ESPÍRITA AMOR E LUZ"]), cn=(g.cnpj(), "BR_CNPJ"), st=g.pick(["Presidente Vargas", "Tiradentes", "Dom Hélder Câmara"]),
          num=g.rng.randint(100, 3000), cty=cty, pr=P(g.person(False).caps))
    w1, w2 = g.person(), g.person()
    doc.f("I — DOS FATOS\n\nO(A) autor(a) é membro da ré desde «y», tendo exercido o cargo de «cg». Em «dt», em assembleia convocada "
          "sem a antecedência de 15 dias exigida pelo art. «art» do estatuto, foi excluído(a) do rol de membros por suposta "
          "\"insubordinação\", sem que lhe fosse dada oportunidade de defesa. A deliberação foi presenciada por «w1» e «w2», "
          "que serão arroladas como testemunhas. «wu».\n\n", y=g.rng.randint(1998, 2018),
          cg=g.pick(["tesoureiro(a)", "diácono(isa)", "líder do ministério de louvor", "secretário(a)"]), dt=g.date("long"),
          art=g.rng.randint(8, 31), w1=P(w1.full), w2=P(w2.full), wu=g.pick(["Seria prudente, data venia, suspender os efeitos da ata",
          "A ata sequer foi registrada no cartório", "O livro de atas ficou em branco na página respectiva"]).capitalize())
    doc.f("II — DO DIREITO\n\nO art. 57 do Código Civil (Lei 10.406/2002) assegura direito de defesa e de recurso ao associado excluído. "
          "Precedente: TJ«uf», Apelação Cível nº «ap».\n\n", uf=uf, ap=g.cnj())
    doc.f("III — DOS PEDIDOS\n\na) tutela de urgência para reintegração imediata; b) citação da ré; c) procedência para anular a "
          "deliberação de «dt»; d) condenação em custas e honorários.\n\nDá-se à causa o valor de R$ «m».\n\n", dt=g.date("br"), m=g.money(1000, 50000))
    doc.f("Rol de testemunhas:\n1. «w1», «ad1»\n2. «w2», telefone «t»\n\n«c», «dd».\n\n«a1»\n«o1»\n«ema»\n",
          w1=P(w1.full), ad1=(g.address(), "ADDRESS"), w2=P(w2.full), t=(g.phone(), "PHONE_NUMBER"), c=cty, dd=g.date("long"),
          a1=P(adv1.caps), o1=(oab1, "PROFESSIONAL_ID"), ema=(g.email(adv1, g.pick(["adv.br", "gmail.com", "zuzartelustosa.adv.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_termo(g: Gen) -> Doc:
    """Volunteer service agreement (Lei 9.608/1998), with the legal guardian of a minor for some."""
    doc = Doc()
    o = g.pick(ORGS)
    v = g.person()
    rep = g.person()
    minor = g.chance(0.3)
    doc.f("TERMO DE ADESÃO AO SERVIÇO VOLUNTÁRIO\n(Lei nº 9.608, de 18 de fevereiro de 1998)\n\n"
          "ENTIDADE: «o», CNPJ «c», neste ato representada por «r», «cg».\n\nVOLUNTÁRIO(A): ", o=o,
          c=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), r=P(rep.full), cg=g.pick(["presidente", "diretor" + ("a" if rep.female else "") + " executiv" + rep.o, "coordenador" + ("a" if rep.female else "") + " geral"]))
    qualify(doc, g, v, dob=True, email=g.chance(0.6))
    doc.f(", telefone «t».\n\n", t=(g.phone(), "PHONE_NUMBER"))
    if minor:
        m = g.relative(v, True)
        doc.f("Por ser menor de 18 anos, assiste-o(a) sua mãe/responsável «m», CPF «c», que também assina.\n\n",
              m=P(m.full), c=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 1ª — O(A) voluntário(a) prestará serviço de «s», às «d», sem vínculo empregatício nem obrigação de natureza "
          "trabalhista, previdenciária ou afim.\nCLÁUSULA 2ª — Despesas comprovadas poderão ser ressarcidas (art. 3º), "
          "mediante depósito na conta «bk» ag. «ag» c/c «cc» de titularidade do(a) voluntário(a).\n"
          "CLÁUSULA 3ª — O(A) voluntário(a) declara ciência da Política de Proteção à Criança e ao Adolescente da entidade.\n\n",
          s=g.pick(["apoio na distribuição de cestas", "aulas de reforço escolar", "atendimento no bazar", "motorista", "oficina de costura"]),
          d=g.pick(["terças e quintas, das 14h às 17h", "sábados pela manhã", "segundas à noite"]),
          bk=g.pick(["Banco do Brasil", "Caixa", "Nubank (260)", "Sicredi (748)", "Itaú"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    cty, uf = g.city()
    doc.f("«c», «d».\n\n____________________________\n«r»\n\n____________________________\n«v»\n\nTestemunhas:\n", c=cty, d=g.date("long"),
          r=P(rep.full), v=P(v.full))
    for i in range(2):
        t = g.person()
        doc.f("«i». «n» — CPF «c»\n", i=i + 1, n=P(g.pick([t.full, t.short])), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_salvaguarda(g: Gen) -> Doc:
    """Safeguarding incident report of a children's project (proteção de crianças e adolescentes)."""
    doc = Doc()
    o = g.pick(ORGS)
    ch = g.person()
    mo = g.relative(ch, True)
    ed = g.person()
    fp = g.person(True)
    cty, uf = g.city()
    dom = g.pick(DOMAINS)
    doc.f("RELATÓRIO DE OCORRÊNCIA — SALVAGUARDA   |   RO-«y»-«n»   |   CONFIDENCIAL\n«o» — Projeto «pj»\n\n", y=g.rng.randint(2024, 2025),
          n=g.d(3), o=o, pj=g.pick(["Contraturno Feliz", "Semear Futuro", "Escolinha de Futebol Vitória", "Coral Aurora"]))
    doc.f("1. Data e local do fato: «d», por volta das «h», no «l».\n", d=g.date("br"), h=g.hm(),
          l=g.pick(["banheiro do salão", "pátio", "ônibus da excursão", "grupo de WhatsApp da turma"]))
    cy = g.rng.randint(2010, 2018)
    doc.f("2. Criança/adolescente: «c», «s», nascid«o» em «dob». Responsável: «m» (mãe), tel. «t», residente na «a».\n",
          c=P(g.pick([ch.full, ch.caps])), s=f"{2025 - cy} anos", o=ch.o,
          dob=(g.dob("br", cy, cy), "DATE_OF_BIRTH"), m=P(mo.full), t=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"))
    doc.f("3. Pessoa(s) envolvida(s): «e», educador(a) voluntário(a) desde «ds», CPF «c».\n", e=P(ed.full), ds=g.date("br", 2023),
          c=(g.cpf(), "BR_CPF"))
    doc.f("4. Relato (palavras da criança, sem indução): \"«q»\". Relato colhido por «f».\n",
          q=g.pick(["a tia «x» mandou mensagem de noite pedindo foto", "ela disse que era segredo nosso", "a «x» me empurrou e me chamou de nomes"] if ed.female else ["o tio «x» mandou mensagem de noite pedindo foto", "ele disse que era segredo nosso", "o «x» me empurrou e me chamou de nomes"]).replace(
              "«x»", ed.first), f=P(fp.full))
    doc.f("5. Providências: afastamento cautelar de «e» das atividades; comunicação ao Conselho Tutelar de «cty» (conselheira «ct»), "
          "protocolo «pr»; registro no Disque 100 nº «dq»; BO nº «bo» na «dp». Nenhum contato da equipe com a família fora do canal oficial.\n",
          e=P(ed.first), cty=cty, ct=P(g.person(True).full), pr=g.protocol(), dq=g.d(7), bo=f"{g.d(5)}/{g.rng.randint(2024, 2025)}",
          dp=g.pick(["DPCA", "1ª DP", "Delegacia da Mulher"]))
    doc.f("6. Base: ECA (Lei 8.069/1990), arts. 13 e 245; Lei 13.431/2017 (escuta protegida).\n\n"
          "Redigido por: «f» — Ponto Focal de Salvaguarda — «fe»\nCiente: Diretoria Executiva — em «d»\n",
          f=P(fp.full), fe=(corp_mail(fp, dom), "EMAIL_ADDRESS"), d=g.date("br"))
    if g.chance(0.5):
        psi = g.person()
        doc.f("Acompanhamento psicológico da criança: «p» («crp»), sessões às quartas.\n", p=P(psi.full),
              crp=(council2(g, "CRP"), "PROFESSIONAL_ID"))
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice to a former treasurer demanding books, tokens and bank records."""
    doc = Doc()
    o = g.pick(ORGS)
    t = g.person()
    cty, uf = g.city()
    adv = g.person()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «o», CNPJ «c», por seu presidente «p».\nNOTIFICADO(A): ", o=o.upper(),
          c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), p=P(g.person().full))
    qualify(doc, g, t, caps=g.chance(0.6))
    doc.f(".\n\nPrezado(a) Senhor(a),\n\nNa qualidade de ex-tesoureiro(a) da Notificante (mandato encerrado em «d»), fica V. Sa. NOTIFICADO(A) "
          "para, no prazo de 10 (dez) dias, devolver: (a) os livros-caixa de «y1» a «y2»; (b) o token e as senhas da conta «bk» "
          "agência «ag», conta «cc»; (c) os comprovantes das transferências feitas para a conta ag. «ag2» / «cc2», de sua titularidade, "
          "no total de R$ «m». O silêncio será interpretado como recusa, com as medidas cabíveis (art. 168 do Código Penal).\n\n",
          d=g.date("br"), y1=2021, y2=2024, bk=g.pick(["Banco do Brasil", "Caixa", "Sicoob", "Bradesco"]), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), ag2=(g.agency(), "BANK_ACCOUNT"), cc2=(g.account(), "BANK_ACCOUNT"), m=g.money(2000, 90000))
    if g.chance(0.5):
        doc.f("Consta ação conexa em trâmite (autos nº «p»), movida pelo(a) associado(a) «a».\n\n", p=g.cnj(), a=P(g.person().full))
    doc.f("«c», «d».\n\n«a»\n«oab»\n«e»\n\nAR nº «ar» — recebido por: «r» em ___/___/____\n", c=cty, d=g.date("long"), a=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"),
          ar=f"{g.pick(['JO', 'JT', 'OY'])}{g.d(9)}BR", r=P(g.pick([t.first, t.caps, t.short])))
    return doc


def ju_cartorio(g: Gen) -> Doc:
    """Request to the civil registry of legal persons to file the new board (nominata table)."""
    doc = Doc()
    o = g.pick(ORGS)
    cty, uf = g.city()
    doc.f("ILMO. SR. OFICIAL DO «n»º REGISTRO CIVIL DE PESSOAS JURÍDICAS DE «c»\n\nA «o», CNPJ «cn», requer a averbação da ata da AGE de «d» "
          "(art. 121 da Lei 6.015/1973), apresentando a nominata da diretoria eleita:\n\n", n=g.rng.randint(1, 4), c=fold(cty).upper(), o=o,
          cn=(g.cnpj(), "BR_CNPJ"), d=g.date("br"))
    rows = []
    for r in ["Presidente", "Vice-Presidente", "Secretário(a)", "Tesoureiro(a)", "2º Tesoureiro(a)", "Cons. Fiscal"][:g.rng.randint(4, 6)]:
        p = g.person()
        rows.append([V(r), P(g.pick([p.caps, p.full])), (g.cpf("dot"), "BR_CPF"), (g.rg("dot"), "BR_RG"),
                     (g.titulo(True), "BR_TITULO_ELEITOR") if g.chance(0.6) else V("—"), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.address(g.pick(["text", "caps"])), "ADDRESS")])
    if g.chance(0.5):
        table_ruled(doc, ["Cargo", "Nome", "CPF", "RG", "Título eleitor", "Nascimento", "Endereço residencial"], rows)
    else:
        table_plain(doc, ["CARGO", "NOME", "CPF", "RG", "TÍT. ELEITOR", "NASC.", "ENDEREÇO"], rows)
    doc.f("\nMandato: «a» a «b». Declaram os eleitos não estarem impedidos por lei (art. 1.011, §1º, CC).\n", a=g.date("br", 2025), b=g.date("br", 2027))
    sol = g.person()
    doc.f("\nTermos em que pede deferimento.\n«c», «d».\n\n«s» — «cargo»\nTel. «t» · «e»\n\nProtocolo cartório: «p» — Selo «sl»\n",
          c=cty, d=g.date("long"), s=P(sol.full), cargo=g.pick(["Presidente", "procurador(a)", "despachante"]),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(sol), "EMAIL_ADDRESS"), p=g.d(6), sl=f"{g.pick('ABCDEF')}{g.d(3)}{g.pick('XYZ')}{g.d(6)}")
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD data-subject request from a donor, and the DPO's internal findings ticket."""
    doc = Doc()
    d = g.person()
    dpo = g.person()
    dom = g.pick(DOMAINS)
    e1 = g.email(d)
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nAssunto: exclusão dos meus dados (LGPD art. 18)\n\n"
          "Boa noite. Fui doador(a) de vocês até «y» e continuo recebendo ligação e carta. Peço a exclusão de TODOS os meus dados. "
          "Meu CPF é «c» e o telefone que vocês ligam é o «t». «w».\n«n2»\n\n", n=P(d.full), e=(e1, "EMAIL_ADDRESS"), dom=dom,
          y=g.rng.randint(2019, 2023), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Não autorizei passarem meu nome pra outra instituição", "Obrigado(a) pelo trabalho, mas chega", "Aguardo resposta em 15 dias"]),
          n2=P(d.first))
    doc.f("── Ticket DPO-«n» (interno) ── responsável: «r» («re»)\nBusca pelo CPF nos sistemas:\n", n=g.d(4), r=P(dpo.full), re=(corp_mail(dpo, dom), "EMAIL_ADDRESS"))
    rows = [[V("CRM doadores"), V("cadastro"), (g.address(), "ADDRESS")],
            [V("CRM doadores"), V("nascimento"), (g.dob("br"), "DATE_OF_BIRTH")],
            [V("Gateway"), V("cartão"), V("**** **** **** " + g.d(4))],
            [V("Planilha bazar 2019.xlsx"), V("cartão (!!)"), (g.card(g.chance(0.5)), "CREDIT_CARD")],
            [V("Formulário site"), V("IP consentimento"), (g.ip(), "IP_ADDRESS")],
            [V("Mailchimp"), V("e-mail"), (e1, "EMAIL_ADDRESS")],
            [V("Dízimo/carnê"), V("cônjuge"), P(g.relative(d).full)]]
    g.rng.shuffle(rows)
    table_md(doc, ["sistema", "campo", "valor encontrado"], rows[:g.rng.randint(5, 7)])
    doc.f("\nDecisão: excluir do CRM e do Mailchimp; manter recibos emitidos (5 anos, obrigação fiscal — art. 16, I, Lei 13.709/2018). "
          "Planilha do bazar será eliminada — incidente registrado (INC-«i»). Resposta ao titular até «dt» pelo canal privacidade@.\n",
          i=g.d(4), dt=g.date("br"))
    return doc

# =========================================================================== saude


def sa_triagem(g: Gen) -> Doc:
    """Health triage form of a shelter intake (casa de passagem), nurse and volunteer doctor."""
    doc = Doc()
    u = g.person(female=g.chance(0.4))
    nur = g.person(True) if g.chance(0.8) else g.person(False)
    doc.f("«o»\nACOLHIMENTO — TRIAGEM DE SAÚDE   Data: «d»   Hora: «h»\n\n", o=g.pick(ORGS), d=g.date("br"), h=g.hm())
    doc.f("Prontuário: «pr»\nNome: «n»", pr=g.neg(11), n=P(g.pick([u.full, u.caps])))
    if g.chance(0.3):
        doc.f("   Nome social: «s»", s=P(g.pick(["Kiara", "Valentina", "Dandara", "Samuel", "Luan", "Jhully", "Bianca Ayla"])))
    doc.f("\nNasc.: «dob»   Idade aprox.: «a»   Cartão SUS: «cns»\n", dob=(g.dob(g.pick(["br", "nopad"]), 1948, 2006), "DATE_OF_BIRTH") if g.chance(0.85) else V("não sabe"),
          a=g.rng.randint(18, 76), cns=(g.cns(), "BR_CNS") if g.chance(0.8) else V("não possui"))
    doc.f("CPF: «c»   Mãe: «m»\nProcedência: «pr»\n", c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("—"),
          m=P(g.relative(u, True).full) if g.chance(0.8) else V("ignorado"),
          pr=g.pick(["abordagem social (Centro POP)", "alta hospitalar", "encaminhado pelo CREAS", "demanda espontânea", "migrante — Roraima"]))
    doc.f("\nPA «pa» mmHg · FC «fc» bpm · Tax «t» °C · HGT «hg» mg/dL · Peso «p» kg\n", pa=f"{g.rng.randint(9, 17)}x{g.rng.randint(6, 10)}",
          fc=g.rng.randint(60, 118), t=f"{g.rng.uniform(35.5, 38.4):.1f}".replace(".", ","), hg=g.rng.randint(70, 320), p=g.rng.randint(42, 98))
    cids = g.rng.sample(CIDS, 3)
    doc.f("Queixas/agravos: «q»\nHipóteses: «c1» / «c2» / «c3»\nMedicações em uso: «md»\nAlergias: «al»\n", q=g.pick([
        "tosse há mais de 3 semanas, emagrecimento", "ferida em MIE", "uso abusivo de álcool, abstinência há 2 dias", "dor de dente", "nega"]),
        c1=cids[0], c2=cids[1], c3=cids[2], md=g.pick(["losartana 50mg 12/12h", "nenhuma", "clonazepam (sem receita)", "TARV — em abandono", "insulina NPH"]),
        al=g.pick(["nega", "dipirona", "penicilina", "camarão"]))
    doc.f("\nTriagem: «n» — «cr»\n", n=P(nur.full), cr=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.7):
        md = g.person()
        doc.f("Avaliação médica (voluntári«o»): «m» — «crm». Conduta: encaminhar à UBS «ubs» p/ baciloscopia; retorno em «d».\n",
              o=md.o, m=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), ubs=g.pick(["Vila Aurora", "Dr. Bento Ribeiro", "Centro", "Jardim da Paz"]),
              d=g.date("br"))
    doc.f("Contato de referência: «r» («t»)\n", r=P(g.pick([g.person().full, g.person().first])), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_mutirao(g: Gen) -> Doc:
    """CSV of a church health fair (mutirão de saúde): attendees, vitals, referrals, professional."""
    doc = Doc()
    doc.f("# mutirao_saude_«p»_«d».csv — exportado do Google Forms por «a»\n", p=g.pick(["paroquia_sao_judas", "adventista_central", "casa_luz",
          "ass_moradores_jd_paz"]), d=g.date("compact"), a=P(g.person().short))
    profs = [(g.person(), council2(g, kind) if kind == "CRN" else g.council(kind)) for kind in g.rng.sample(["COREN", "CRM", "CRO", "CRN", "CRF"], 3)]
    rows = []
    day = g.date("iso")
    n = g.rng.randint(5, 7)
    for hm in g.times(n, 8 * 3600, 16 * 3600):
        p = g.person()
        pr, reg = g.pick(profs)
        rows.append([V(f"{day} {hm}:{g.rng.randint(0, 59):02d}"), P(g.pick([p.full, p.caps, p.low])), (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.75) else V(""), (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     V(f"{g.rng.randint(10, 19)}x{g.rng.randint(6, 11)}"), V(str(g.rng.randint(75, 340))),
                     V(g.pick(["UBS", "nenhum", "oftalmo", "CAPS", "dentista", "UPA — PA elevada"])), (reg, "PROFESSIONAL_ID")])
    doc.t("# equipe: ")
    for i, (pr, reg) in enumerate(profs):
        doc.f("«n» («r»)" + (", " if i < len(profs) - 1 else "\n"), n=P(pr.short), r=(reg, "PROFESSIONAL_ID"))
    table_csv(doc, ["carimbo", "nome", "nascimento", "cns", "whatsapp", "pa", "glicemia", "encaminhamento", "registro_profissional"], rows,
              sep=g.pick([",", ";"]))
    doc.f("# obs «a»: glicemia > 250 avisar a enfermeira chefe; «w»\n", a=P(g.person().first), w=g.pick(WORD_USES))
    return doc


def sa_pastoral(g: Gen) -> Doc:
    """Child-weighing monitoring sheet of a community health pastoral, with home visits."""
    doc = Doc()
    lid = g.person(True)
    doc.f("PASTORAL DA CRIANÇA — CADERNO DO LÍDER — Comunidade «c» — «m»/«y»\nLíder: «l»   Tel. «t»\n\n", c=g.pick(BAIRROS),
          m=g.pick(["janeiro", "março", "maio", "agosto", "outubro"]), y=g.rng.randint(2024, 2025), l=P(lid.full), t=(g.phone(), "PHONE_NUMBER"))
    rows = []
    fams = []
    for _ in range(g.rng.randint(3, 5)):
        mo = g.person(True)
        ch = g.relative(mo)
        fams.append((mo, ch))
        rows.append([P(g.pick([ch.full, ch.caps])), (g.dob(g.pick(["br", "short"]), 2020, 2025), "DATE_OF_BIRTH"), P(g.pick([mo.short, mo.first, mo.full])),
                     (g.cns(g.chance(0.4)), "BR_CNS") if g.chance(0.85) else V("-"), V(f"{g.rng.uniform(3, 18):.1f}".replace(".", ",")),
                     V(f"{g.rng.randint(50, 110)}"), V(g.pick(["ganhou", "ganhou", "manteve", "PERDEU", "1ª pesagem"]))])
    (table_ruled if g.chance(0.5) else table_plain)(doc, ["Criança", "Nasc.", "Mãe", "CNS criança", "Peso", "Alt(cm)", "Situação"], rows)
    doc.t("\nVisitas domiciliares do mês:\n")
    for mo, ch in g.rng.sample(fams, g.rng.randint(1, 2)):
        doc.f("- casa da «m» («a», CEP «cep»): «ch» «s»\n", m=P(mo.first), a=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              ch=P(ch.first), s=g.pick(["com diarreia, orientei soro caseiro", "vacina atrasada (tríplice viral)", "bem, mamando no peito",
                                       "perdeu peso — encaminhei à UBS", "mãe pediu cesta — falar com a Cáritas"]))
    doc.f("\nCoordenadora paroquial: «c»   Conferido em «d»\n", c=P(g.person(True).full), d=g.date("br"))
    return doc


def sa_prestacao(g: Gen) -> Doc:
    """Grant accountability report of a municipal health partnership (termo de fomento), team and suppliers."""
    doc = Doc()
    o = g.pick(ORGS)
    cty, uf = g.city()
    doc.f("PRESTAÇÃO DE CONTAS PARCIAL — TERMO DE FOMENTO Nº «n»/«y» (Lei 13.019/2014)\nOSC: «o» — CNPJ «c»\nObjeto: «ob»\n"
          "Período: «p1» a «p2» · Valor repassado: R$ «m»\n\n1. EQUIPE REMUNERADA\n", n=f"{g.rng.randint(1, 99):03d}", y=g.rng.randint(2023, 2025), o=o,
          c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ob=g.pick(["Consultório na Rua — ações de redução de danos", "Saúde mental em comunidades terapêuticas",
          "Atenção à saúde da população migrante", "Cuidado domiciliar a idosos acamados"]), p1=g.date("br"), p2=g.date("br"), m=g.money(50000, 900000))
    rows = []
    for kind, fn in g.rng.sample([("CRM", "Médico(a)"), ("COREN", "Enfermeiro(a)"), ("CRP", "Psicólogo(a)"), ("CRESS", "Assistente social"),
                                  ("CRN", "Nutricionista"), ("CRO", "Cirurgiã(o)-dentista"), ("COREN", "Téc. enfermagem")], g.rng.randint(4, 6)):
        p = g.person()
        reg = council2(g, kind, uf) if kind in ("CRP", "CRESS", "CRN") else g.council(kind, uf)
        rows.append([P(g.pick([p.full, p.caps])), V(fn), (reg, "PROFESSIONAL_ID"), (g.cpf("dot"), "BR_CPF"), V(str(g.pick([20, 30, 40]))),
                     V(g.money(1800, 14000))])
    table_ruled(doc, ["Nome", "Função", "Registro", "CPF", "CH sem.", "Valor (R$)"], rows)
    doc.t("\n2. FORNECEDORES\n")
    srows = [[V(g.pick(SUPPLIERS)), (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), V(f"NF {g.d(5)}"), V(g.money(300, 20000))] for _ in range(g.rng.randint(2, 3))]
    table_plain(doc, ["Fornecedor", "CNPJ", "Documento", "Valor"], srows, gap=3)
    pres, acc = g.person(), g.person()
    doc.f("\n3. Observações: glosa de R$ «g» referente a combustível sem identificação de placa; o veículo da OSC (placa «pl») "
          "ficou parado por «d» dias. Diárias pagas a «x», motorista voluntário, CNH «cnh».\n", g=g.money(100, 3000), pl=(g.plate(), "LICENSE_PLATE"),
          d=g.rng.randint(3, 30), x=P(g.person(False).full), cnh=(g.cnh(), "BR_CNH"))
    doc.f("\n«c», «dt».\n«p» — Presidente · CPF «pc»\n«a» — Contador(a) — «crc»\n", c=cty, dt=g.date("long"), p=P(pres.full),
          pc=(g.cpf(), "BR_CPF"), a=P(acc.full), crc=(council2(g, "CRC", uf), "PROFESSIONAL_ID"))
    return doc


def sa_encaminhamento(g: Gen) -> Doc:
    """E-mail from a shelter psychologist to a CAPS referring a resident (with CID codes)."""
    doc = Doc()
    ps = g.person()
    u = g.person()
    dom = g.pick(DOMAINS)
    doc.f("From: «n» <«e»>\nTo: caps.ad@saude.«c».gov.br\nSubject: RES: Encaminhamento — «u»\n\n", n=P(ps.full), e=(corp_mail(ps, dom), "EMAIL_ADDRESS"),
          c=g.pick(["fortaleza.ce", "santoandre.sp", "uberlandia.mg", "manaus.am"]), u=P(g.pick([u.caps, u.short])))
    doc.f("Bom dia, equipe do CAPS AD.\n\nConforme contato telefônico com «cc», encaminho «u», «id» anos (DN «dob»), CNS «cns», "
          "acolhid«o» em nossa casa desde «d». Hipótese diagnóstica: «c1» e «c2» (CID-10). Em uso de «md». "
          "Refere internação anterior no Hospital «h» em «y».\n", cc=P(g.person().first), u=P(u.full), id=g.rng.randint(19, 68),
          dob=(g.dob("br", 1955, 2005), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), o=u.o, d=g.date("br"),
          c1=g.pick(["F10.2", "F19.2", "F14.2"]), c2=g.pick(["F32.1", "F41.1", "Z59.0", "F20.0"]), md=g.pick(["naltrexona", "sertralina 50mg", "nenhuma medicação"]),
          h=g.pick(["Bom Jesus", "São Vicente de Paulo", "Santa Casa", "Dr. Flor Amado"]), y=g.rng.randint(2018, 2024))
    doc.f("Documentação: RG «rg» e CPF «c» (cópias anexas). Familiar de referência: «f», telefone «t».\n", rg=(g.rg(), "BR_RG"),
          c=(g.cpf(), "BR_CPF"), f=P(g.relative(u).full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nAtenciosamente,\n«n»\nPsicólog«o» — «crp»\nCel. «t» (WhatsApp institucional)\n", n=P(ps.full), o=ps.o, crp=(council2(g, "CRP"), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n> Em «d», «r» escreveu:\n> Pode encaminhar sim. Acolhimento inicial às terças. Pedir para trazer o cartão do SUS.\n", d=g.date("br"),
          r=P(g.person().full))
    return doc


def sa_grupo(g: Gen) -> Doc:
    """WhatsApp group of volunteer health professionals organising a mission day."""
    doc = Doc()
    members = [g.person() for _ in range(4)]
    day = g.date("br")
    ts = g.times(10, 7 * 3600, 23 * 3600)
    k = 0

    shown = {}
    for m in members:
        shown[id(m)] = ("+55 " + g.phone("plain"), "PHONE_NUMBER") if g.chance(0.65) else None

    def say(who, tpl, m=None, **kw):
        nonlocal k
        doc.t(f"{day[:6]}{day[8:]}, {ts[k]} - ")
        if m is not None and shown[id(m)]:
            doc.e(*shown[id(m)])
        else:
            doc.e(who, "PERSON")
        doc.f(": " + tpl + "\n", **kw)
        k += 1
    doc.f("«d»: «a» criou o grupo \"Missão Saúde «b»\"\n", d=day, a=P(members[0].full), b=g.pick(["Aldeia", "Ribeirinha", "Sertão", "Ocupação", "Vila Esperança"]))
    say(members[0].short, m=members[0], tpl="Pessoal, preciso do nº do conselho de todo mundo pra ficha da prefeitura até quinta")
    say(members[1].first, m=members[1], tpl="«r» — sou dentista", r=(g.council("CRO"), "PROFESSIONAL_ID"))
    say(members[2].short, m=members[2], tpl="o meu é «r». levo o aparelho de glicemia", r=(g.council("CRM"), "PROFESSIONAL_ID"))
    say(members[3].first, m=members[3], tpl="«r», enfermagem. meu número novo é «t», salva aí", r=(g.council("COREN"), "PROFESSIONAL_ID"), t=(g.phone(), "PHONE_NUMBER"))
    pat = g.person(False)
    say(members[0].short, m=members[0], tpl="Lembrando do paciente da última missão, o seu «p», «i» anos — a filha «f» pediu retorno. telefone dela «t»",
        p=P(g.pick([pat.first, pat.nick])), i=g.rng.randint(60, 91), f=P(g.relative(pat, True).first), t=(g.phone(), "PHONE_NUMBER"))
    say(members[2].first, m=members[2], tpl="vi ele. CID I10 + E11.9, tava sem losartana. «w»", w=g.pick(WORD_USES))
    say(members[1].first, m=members[1], tpl="quem vai de carro? posso levar 3. meu carro é prata, placa «pl»", pl=(g.plate(), "LICENSE_PLATE"))
    say(members[0].first, m=members[0], tpl="saída 5h em frente à paróquia. Van da prefeitura placa «pl» leva os insumos", pl=(g.plate(), "LICENSE_PLATE"))
    say(members[3].first, m=members[3], tpl="a «q» (ACS de lá) mandou a lista: «n1», «n2» e a dona «n3» precisam de visita domiciliar",
        q=P(g.person(True).first), n1=P(g.person().full), n2=P(g.person().short), n3=P(g.person(True).first))
    say(members[1].first, m=members[1], tpl="👍")
    return doc


def sa_receita(g: Gen) -> Doc:
    """OCR of a charity clinic prescription / medical report (receituário), scanned."""
    doc = Doc()
    u = g.person()
    md = g.person()
    cty, uf = g.city()

    def o_(s, digits=False):
        return ocr(s, g, 0.45, digits)
    doc.f("«h»\nAMBULATÓRIO SOCIAL — ATENDIMENTO GRATUITO\n~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~ ~\n", h=o_(g.pick(ORGS).upper()))
    doc.f("Paciente: «n»\nD. Nasc.: «dob»      CNS: «cns»\nEnd.: «a»   CEP «cep»\n", n=P(o_(g.pick([u.caps, u.full]))),
          dob=(o_(g.dob("br"), True), "DATE_OF_BIRTH"), cns=(o_(g.cns(True), True), "BR_CNS"), a=(o_(g.address(g.pick(["text", "caps"]))), "ADDRESS"),
          cep=(o_(g.cep(), True), "BR_CEP"))
    kind = g.pick(["RECEITUÁRIO", "RELATÓRIO MÉDICO", "ATESTADO"])
    doc.t(f"\n{kind}\n\n")
    if kind == "RECEITUÁRIO":
        for _ in range(g.rng.randint(2, 3)):
            doc.t(g.pick(["1) Amoxicilina 500mg ------- 21 cáps\n   tomar 1 cáps de 8/8h por 7 dias\n",
                          "2) Omeprazol 20mg -------- 1 cx\n   1 cáps em jejum\n", "3) Paracetamol 750mg ---- 20 cp\n   se dor ou febre\n",
                          "4) Sulfato ferroso 40mg -- 60 cp\n   1 cp ao dia\n", "5) Metformina 850mg ----- 60 cp\n   1 cp após almoço e jantar\n"]))
    elif kind == "ATESTADO":
        doc.f("Atesto para os devidos fins que «n» esteve em atendimento nesta data, necessitando de «d» dias de afastamento. CID «c».\n",
              n=P(o_(u.full)), d=g.rng.randint(1, 5), c=g.pick(CIDS))
    else:
        doc.f("Paciente acompanhad«o» neste serviço desde «d», portador«a» de «c1» e «c2». Solicito avaliação do serviço social "
              "para inclusão em benefício (BPC/LOAS). Acompanhante: «ac».\n", o=u.o, a="a" if u.female else "", d=g.date("br", 2023),
              c1=g.pick(CIDS), c2=g.pick(CIDS), ac=P(o_(g.relative(u).full)))
    doc.f("\n«c», «d»\n\n_______________________\n«m»\n«crm»\n", c=cty, d=g.date("br"), m=P(o_(md.full)),
          crm=(o_(g.council("CRM", uf), True), "PROFESSIONAL_ID"))
    doc.t(g.pick(["[carimbo ilegível]\n", "pág 1/1\n", "|| ||| | |||| ||\n", ""]))
    return doc

# =========================================================================== financeiro


def money_dot(g: Gen, lo: int, hi: int) -> str:
    return g.money(lo, hi).replace(".", "").replace(",", ".")


def fi_recorrentes(g: Gen) -> Doc:
    """CSV extract of recurring donations from the payment gateway, with the analyst's note."""
    doc = Doc()
    an = g.person()
    doc.f("-- export assinaturas_ativas_«d».csv (gateway → planilha da captação), enviado por «a»\n", d=g.date("compact"), a=P(an.short))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        m = g.pick(["cartao", "cartao", "pix_automatico", "boleto", "debito"])
        nsu = g.neg(11)
        rows.append([V(f"sub_{g.hexs(8)}"), P(g.pick([p.full, p.caps, p.low])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "cc"])), "PHONE_NUMBER"), V(money_dot(g, 10, 500)), V(m),
                     V(g.pick(["active", "active", "past_due", "canceled"])), V(g.date("iso")),
                     V(g.d(6) + "******" + g.d(4) if m == "cartao" else ""), V(nsu), (g.dob("iso"), "DATE_OF_BIRTH") if g.chance(0.5) else V(""),
                     (g.ip(), "IP_ADDRESS")])
    table_csv(doc, ["subscription_id", "nome", "cpf", "email", "telefone", "valor", "metodo", "status", "ultima_cobranca", "cartao_mascarado", "nsu",
                    "nascimento", "ip_cadastro"], rows, sep=g.pick([",", ";"]))
    doc.f("-- «a»: «n» linhas; past_due > 2 ciclos vai pra régua de recuperação (ligação da «b»). Pedido «p».\n",
          a=P(an.first), n=len(rows), b=P(g.person(True).first), p=f"PED-{g.d(6)}")
    return doc


def fi_dizimo(g: Gen) -> Doc:
    """Tithe and offering ledger of a church (livro-caixa) with rulers and treasurers' sign-off."""
    doc = Doc()
    ch = g.pick(["IGREJA EVANGÉLICA ASSEMBLEIA DE DEUS — MINISTÉRIO VITÓRIA", "COMUNIDADE BATISTA AURORA", "MISSÃO EVANGÉLICA CORDEIRO DE DEUS",
                 "IGREJA PRESBITERIANA RENOVADA BOM PASTOR", "PARÓQUIA SÃO JUDAS TADEU"])
    pix = g.uuid()
    doc.f("«c»\nTESOURARIA — LIVRO DE DÍZIMOS E OFERTAS — «m»/«y»\nChave Pix (aleatória) da igreja: «k»\n\n", c=ch,
          m=g.pick(["JAN", "FEV", "MAR", "ABR", "MAI", "JUN"]), y=g.rng.randint(2024, 2025), k=(pix, "PIX_KEY"))
    rows = []
    for _ in range(g.rng.randint(6, 8)):
        p = g.person()
        k = g.rng.random()
        if k < 0.2:
            rows.append([V(g.date("br")), V("—"), V(g.pick(["Oferta culto domingo (gazofilácio)", "Oferta missionária", "Oferta de gratidão — Santa Ceia"])),
                         V("—"), V(g.money(80, 3000)), V("espécie")])
        else:
            forma = g.pick(["Pix", "Pix", "envelope", "TED", "cartão"])
            rows.append([V(g.date("br")), V(g.d(3)), P(g.pick([p.full, p.caps, p.short])),
                         (g.cpf("dot"), "BR_CPF") if forma != "envelope" or g.chance(0.4) else V(""),
                         V(g.money(20, 2500)), V(forma)])
    table_ruled(doc, ["Data", "Env.", "Dizimista / Descrição", "CPF (recibo)", "Valor R$", "Forma"], rows)
    t1, t2, pa = g.person(), g.person(), g.person(False)
    doc.f("\nTotal do mês: R$ «t»   (10% repassado à convenção: R$ «r»)\nDepósito das espécies na conta da igreja: ag. «ag» c/c «cc» em «d»\n",
          t=g.money(5000, 60000), r=g.money(500, 6000), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=g.date("br"))
    doc.f("Pendência: PIX recebido de «n» sem identificação (R$ «v») — conferir no extrato; «w».\n\n",
          n=P(fold(g.person().short).upper()), v=g.money(30, 800),
          w=g.pick(WORD_USES))
    doc.f("Tesoureiro(a): «a» ______   Conferente: «b» ______   «pt»: «c» ______\n", a=P(t1.full), b=P(t2.full),
          pt=g.pick(["Pastor Presidente", "Pároco", "Pastor"]), c=P(pa.full))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """Grant accountability: payments to self-employed workers (RPA) and their bank details."""
    doc = Doc()
    o = g.pick(ORGS)
    doc.f("ANEXO III — RELAÇÃO DE PAGAMENTOS A PESSOAS FÍSICAS (RPA)\nProjeto: «p» · Convênio nº «c» · OSC: «o» (CNPJ «cn»)\n\n",
          p=g.pick(PROGRAMS), c=f"{g.d(6)}/{g.rng.randint(2023, 2025)}", o=o, cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        br = g.money(800, 6000)
        rows.append([P(g.pick([p.caps, p.full])), (g.cpf("dot"), "BR_CPF"), (g.pis("dot"), "BR_PIS"), V(g.pick(["001", "104", "237", "341", "260", "077", "756"])),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(br), V(g.money(80, 660)), V(g.pick(["0,00", "0,00", g.money(10, 300)]))])
    if g.chance(0.5):
        table_ruled(doc, ["Prestador", "CPF", "PIS/NIT", "Bco", "Agência", "Conta", "Bruto", "INSS 11%", "IRRF"], rows)
    else:
        table_csv(doc, ["prestador", "cpf", "pis_nit", "banco", "agencia", "conta", "bruto", "inss", "irrf"], rows, sep=";")
    acc, pres = g.person(), g.person()
    cty, uf = g.city()
    doc.f("\nGuia GPS recolhida em «d» (competência «m»). Serviços: oficineiros, cozinheiras e motoristas do programa.\n"
          "Declaramos que os valores acima foram pagos por transferência, vedado saque em espécie (art. 53 da Lei 13.019/2014).\n\n"
          "«a» — Contador(a) responsável — «crc»\n«p» — Presidente\n", d=g.date("br"), m=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(2024, 2025)}",
          a=P(acc.full), crc=(council2(g, "CRC", uf), "PROFESSIONAL_ID"), p=P(pres.full))
    return doc


def fi_recibo(g: Gen) -> Doc:
    """Donation receipt for income-tax deduction (FIA / Fundo do Idoso), some with a donated vehicle."""
    doc = Doc()
    o = g.pick(ORGS)
    d = g.person()
    a, b, cty, cep = line_addr(g)
    tr = g.person()
    doc.f("RECIBO DE DOAÇÃO Nº «n»/«y»\n\n«o»\nCNPJ: «c»\n\n", n=g.d(4), y=g.rng.randint(2024, 2025), o=o.upper(),
          c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    veh = g.chance(0.3)
    if veh:
        doc.f("Recebemos de «d», CPF «c», residente à «a», «b», «cty», CEP «cep», a doação do veículo «m», placa «pl», RENAVAM «r», "
              "avaliado em R$ «v», livre de ônus, para uso no transporte de «u».\n", d=P(g.pick([d.full, d.caps])), c=(g.cpf(), "BR_CPF"),
              a=(a, "ADDRESS"), b=b, cty=cty, cep=(cep, "BR_CEP"), m=g.pick(["Fiat Fiorino 2016", "VW Kombi 2013", "Renault Master 2018", "Fiat Doblò 2015"]),
              pl=(g.plate(), "LICENSE_PLATE"), r=g.neg(11), v=g.money(20000, 90000), u=g.pick(["cestas básicas", "idosos do lar", "crianças do projeto"]))
    else:
        doc.f("Recebemos de «d», inscrito(a) no CPF sob o nº «c», com endereço na «a», «b», «cty», CEP «cep», a importância de R$ «v» («ext»), "
              "em «dt», por «f», destinada ao «fu».\n", d=P(g.pick([d.full, d.caps])), c=(g.cpf(), "BR_CPF"), a=(a, "ADDRESS"), b=b, cty=cty,
              cep=(cep, "BR_CEP"), v=g.money(100, 20000), ext="valor por extenso", dt=g.date("br"),
              f=g.pick(["transferência Pix", "depósito", "DARF/Fundo", "cheque nº " + g.d(6)]),
              fu=g.pick(["Fundo Municipal dos Direitos da Criança e do Adolescente (FIA) — dedutível conforme art. 260 do ECA",
                         "Fundo Municipal do Idoso — Lei 12.213/2010", "custeio das atividades (doação não dedutível)"]))
    doc.f("\nA entidade declara que não distribui lucros e aplica integralmente seus recursos na manutenção de seus objetivos (Lei 9.249/1995).\n\n"
          "«cty», «dt».\n\n____________________________\n«t»\nTesoureir«o» — CPF «c»\n", cty=cty.split("/")[0], dt=g.date("long"), t=P(tr.full),
          o=tr.o, c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("\nEnviado para «e» em «d» — 2ª via solicitada pel«o» doador«a» por telefone («t»).\n", e=(g.email(d), "EMAIL_ADDRESS"),
              d=g.date("br"), o=d.o, a="a" if d.female else "", t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_estorno(g: Gen) -> Doc:
    """Ticket/e-mail thread about a duplicated donation refund: card, Pix key, bank account."""
    doc = Doc()
    d = g.person()
    an = g.person()
    dom = g.pick(DOMAINS)
    doc.f("Ticket FIN-«n» · Estorno de doação em duplicidade · prioridade média\nSolicitante: «d» <«e»>\nResponsável: «a» <«ae»>\n\n",
          n=g.d(5), d=P(d.full), e=(g.email(d), "EMAIL_ADDRESS"), a=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"))
    dd = g.date("br")
    doc.f("[«d» «h»] «n» escreveu:\nOlá, na campanha «pg» fui cobrad«o» duas vezes (R$ «v» cada) no cartão «cc». "
          "Meu CPF: «c». Podem devolver uma das cobranças?\n\n", d=dd, h=g.hm(), n=V("Solicitante"), pg=g.pick(PROGRAMS), o=d.o,
          v=g.money(20, 800), cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), c=(g.cpf(), "BR_CPF"))
    opt = g.rng.randint(0, 2)
    doc.f("[«d» «h»] «a»:\nOlá «n», confirmamos a duplicidade (NSU «nsu» e «nsu2»). ", d=dd, h=g.hm(), a=V("Atendimento"), n=P(d.first),
          nsu=g.d(6), nsu2=g.d(6))
    if opt == 0:
        doc.f("O estorno no cartão leva até 2 faturas. Se preferir Pix, informe uma chave.\n\n[«d» «h»] «n»:\nPrefiro Pix, chave aleatória: «k»\n\n",
              d=dd, h=g.hm(), n=V("Solicitante"), k=(g.uuid(), "PIX_KEY"))
    elif opt == 1:
        doc.f("Como a operadora negou o cancelamento, devolveremos por TED.\n\n[«d» «h»] «n»:\nBanco «b», agência «ag», conta «cc» (poupança), titular «t», CPF «c»\n\n",
              d=dd, h=g.hm(), n=V("Solicitante"), b=g.pick(["Inter (077)", "Nubank", "Caixa 104", "Santander"]), ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(g.relative(d).full), c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("O estorno foi feito hoje na chave Pix que consta no seu cadastro (celular «t»).\n\n", t=(g.phone(), "PHONE_NUMBER"))
    doc.f("[nota interna] «a»: chargeback «cb» aberto pela bandeira antes do nosso estorno — cuidado p/ não devolver 2x. "
          "Aprovação: «s» (gerente adm.-fin.). Ref. pedido «p».\n", a=P(an.first), cb=f"CB{g.d(10)}", s=P(g.person().full), p=g.protocol())
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """Payment batch of a social programme's cash aid (auxílio aluguel) by Pix/bank transfer."""
    doc = Doc()
    o = g.pick(ORGS)
    doc.f("«o» · Programa «pg» — lote de pagamento «l» — parcela «p»/6\n", o=o, pg=g.pick(["Aluguel Social Pós-Abrigo", "Bolsa Recomeço",
          "Auxílio Migrante", "Renda Solidária Mães Atípicas"]), l=g.d(4), p=g.rng.randint(1, 6))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        kind = g.pick(["aleatoria", "aleatoria", "cpf", "celular", "email", "conta"])
        if kind == "aleatoria":
            key = (g.uuid(), "PIX_KEY")
        elif kind == "cpf":
            key = (g.cpf("raw"), "BR_CPF")
        elif kind == "celular":
            key = (g.phone("e164"), "PHONE_NUMBER")
        elif kind == "email":
            key = (g.email(p), "EMAIL_ADDRESS")
        else:
            key = V("")
        rows.append([P(g.pick([p.caps, p.full])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.7) else V(""),
                     (g.dob("br", 1960, 2006), "DATE_OF_BIRTH"), V(kind), key,
                     (g.agency(False), "BANK_ACCOUNT") if kind == "conta" else V(""), (g.account(), "BANK_ACCOUNT") if kind == "conta" else V(""),
                     V(g.pick(["600,00", "450,00", "800,00", "1.200,00"]))])
    table_csv(doc, ["beneficiario", "cpf", "nis", "nascimento", "tipo_chave", "chave_pix", "agencia", "conta", "valor"], rows, sep=";")
    doc.f("Aprovado: «a» (coord. social) e «b» (financeiro) em «d». Lote enviado ao banco às «h» — arquivo CNAB «f».\n",
          a=P(g.person().full), b=P(g.person().short), d=g.date("br"), h=g.hm(), f=f"REM{g.d(8)}.rem")
    return doc


def fi_conciliacao(g: Gen) -> Doc:
    """Bank statement reconciliation by the treasurer: Pix credits with payer names, volunteer mileage refunds."""
    doc = Doc()
    o = g.pick(ORGS)
    doc.f("CONCILIAÇÃO BANCÁRIA — «o» — conta movimento ag. «ag» c/c «cc» — «m»\n\n", o=o, ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), m=g.pick(["março/2025", "abril/2025", "dezembro/2024", "julho/2025"]))
    doc.t("DATA   HISTÓRICO                                   DOCUMENTO        VALOR      OBS\n")
    for _ in range(g.rng.randint(6, 8)):
        p = g.person()
        k = g.rng.randint(0, 4)
        dt = g.date("br")[:5]
        doc.t(dt + "  ")
        if k == 0:
            nm = fold(p.caps)[:g.rng.randint(16, 26)].rstrip()
            doc.t("PIX RECEBIDO ")
            doc.e(nm, "PERSON")
            doc.f("  «doc»  «v» C  doação «pg»\n", doc=g.neg(11), v=g.money(10, 900), pg=g.pick(PROGRAMS))
        elif k == 1:
            doc.f("TED RECEBIDA «c» «n»  «doc»  «v» C  emenda parlamentar?\n", c=(g.cnpj(), "BR_CNPJ"), n=g.pick(SUPPLIERS).upper()[:22],
                  doc=g.d(6), v=g.money(1000, 90000))
        elif k == 2:
            doc.f("PIX ENVIADO «n»  «doc»  «v» D  reembolso km — placa «pl», «km» km\n", n=P(fold(p.short).upper()), doc=g.d(9), v=g.money(20, 400),
                  pl=(g.plate(), "LICENSE_PLATE"), km=g.rng.randint(20, 600))
        elif k == 3:
            doc.f("PAG BOLETO «s»  «doc»  «v» D  NF «nf»\n", s=g.pick(SUPPLIERS).upper()[:26], doc=g.d(12), v=g.money(100, 9000), nf=g.d(5))
        else:
            doc.f("DEP CHEQUE «ch»  «doc»  «v» C  cheque de «n» (devolvido? ver alínea 11)\n", ch=g.d(6), doc=g.d(8), v=g.money(50, 3000),
                  n=P(g.pick([p.full, p.short])))
    drv = g.person()
    doc.f("\nAjustes: devolver a «n» (CPF «c») o Pix feito em duplicidade, chave aleatória «k». "
          "Tarifa de R$ «t» contestada (protocolo «p»).\n", n=P(drv.full), c=(g.cpf(), "BR_CPF"), k=(g.uuid(), "PIX_KEY"), t=g.money(5, 90),
          p=g.protocol())
    doc.f("Tesouraria: «a» · revisado por «b» (conselho fiscal) em «d»\n", a=P(g.person().full), b=P(g.person().full), d=g.date("br"))
    return doc


OUT_NAME = "sixtieth.jsonl"
TEMPLATES = {
    "atendimento": [at_doador, at_voluntario, at_whatsapp, at_cesta, at_abrigo, at_portal, at_dizimista],
    "juridico": [ju_ata, ju_peticao, ju_termo, ju_salvaguarda, ju_notificacao, ju_cartorio, ju_lgpd],
    "saude": [sa_triagem, sa_mutirao, sa_pastoral, sa_prestacao, sa_encaminhamento, sa_grupo, sa_receita],
    "financeiro": [fi_recorrentes, fi_dizimo, fi_rpa, fi_recibo, fi_estorno, fi_auxilio, fi_conciliacao],
}


ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")
CPF_LIKE = re.compile(r"(?<![\w.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w\-/]|\.\d)")


def check(record: dict) -> int:
    """Assert the record is well-formed; return how many unlabelled CPF-shaped hard negatives it holds."""
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, (record["id"], lab)
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|pe|pr|irmã|pastor)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
    # hard negatives: every unlabelled CPF-shaped number (11 digits, or 000.000.000-00) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))
        negs += 1
    return negs


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP", "EMAIL_ADDRESS",
          "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS",
          "PROFESSIONAL_ID"}


NEGATIVES = [0]


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                NEGATIVES[0] += check(record)
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
    print("sixtieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  unlabelled CPF-shaped hard negatives (all fail the CPF check): {NEGATIVES[0]}")


if __name__ == "__main__":
    sys.exit(main())
