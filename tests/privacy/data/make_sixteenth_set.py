"""Build the sixteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 16,
280 records: 7 templates per domain, 10 copies each.

Registers, none used by the earlier sets, the hardest mix so far, in two halves.

(a) Informal and spoken text (14 templates):
- atendimento: Instagram comment thread under a brand's post answered by its social-media
  team, live-chat transcript with a virtual assistant ("Flor", not a person) and handoff to
  a human agent, closed captions (all caps, ">>" speaker changes) of a TV consumer-rights
  programme, call notes typed in a hurry (lower case, no accents, abbreviations);
- juridico: podcast transcript of a lawyer answering listeners, Facebook comment thread under
  a public defender's office post, Telegram group export of a condominium fighting over fees;
- saude: SAMU radio log dictated by the crew and typed by the radio operator, Telegram group
  export of a patients' association, a health plan's nurse-line notes typed in a hurry;
- financeiro: debt-collection call notes typed in a hurry, bank-app chat with a bot ("Bento",
  not a person) and handoff to a fraud specialist, Facebook comments under a bank's anti-scam
  post, Telegram group of an investment club (where "o leão" is the tax office).

(b) Structured data (14 templates):
- atendimento: vCard (.vcf) export of a salesperson's contacts (N family/given one span
  each, FN one span, ADR street component one span), CRM JSON API response with nested
  contacts, Google Sheets export with misspelled, abbreviated and PT/EN headers;
- juridico: Projudi/e-SAJ-like XML of a court consultation, LDAP/Active Directory LDIF dump
  of a law firm, Excel export of the plaintiffs of a labour class action, Markdown tables of
  a law firm's internal wiki (correspondent lawyers and how to pay them);
- saude: hospital-system audit log lines, data-engineering ticket with a Parquet schema and
  `df.show()` sample rows, Google Sheets export of a vaccination drive, lab (LIS) JSON API;
- financeiro: fixed-width mainframe customer records with their layout description, Open
  Finance-like JSON (customer, accounts, transactions), payroll spreadsheet export.

Conventions (the twelfth and fourteenth sets' where they decide): PERSON covers the name
only, never "Sr.", "Dra.", "dona", "seu", "dr"; particles inside a name are part of it;
"SURNAME, GIVEN" is one span; nicknames used for a person ("Tião", "Cacá") are PERSON;
first/last name fields of a JSON object or vCard N are one span each. Social-media handles
(@user), system users and logins (sAMAccountName, op4471, svc_*), virtual assistants,
companies, hospitals, streets, programmes and cities named after people are not PERSON.
ADDRESS is street type + name + number + complement in one span (city/UF/bairro outside);
the address of a company or public office is not labelled; CEP is BR_CEP. Agency and
account are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth
dates in any format (YYYYMMDD, YYYY-MM-DD, DD/MM/YY, "nascida em 3 de maio de 1987");
admission, vaccination, opening and message dates are not. PROFESSIONAL_ID includes the
council acronym ("CRM-SP 123456", "OAB/RJ 98.765", "COREN-MG 456789-ENF"). PIX_KEY only
for random (UUID) keys used as Pix keys; UUIDs that are request, consent, session or
resource ids are not. Masked values (final 1234, ***.456.789-**), CTPS, contract numbers
and internal ids are not labelled. Every CPF, CNPJ (numeric and the alphanumeric 2026
form), RG (SP), CNH, PIS, título, CNS and card passes its check; the look-alike negatives
of the same length fail it.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Valquênia, Uelber, Dhiovani; Italian, German, Japanese, Lebanese/Syrian, Ukrainian, Korean,
Chinese, Andean, Venezuelan, Haitian, Angolan/Congolese, Guarani/Tupi, Jewish, Greek), with
at least a quarter of the name words rare or invented; names that are also words (Rosa,
Branco, Prudente, Bento, Vitória, Leão, Flor, Luz, Sol) next to the same words used as words
and in places and companies, which are not persons. Forms: lower case, ALL CAPS without
accents, "SURNAME, GIVEN", initials, first name alone, surname alone, nicknames.

Hard negatives (never labelled): UUID request ids, hashes, Pix end-to-end ids, transaction
ids, CNJ process numbers, protocol numbers and 11-digit numbers failing the CPF check,
ICD-10 codes, money, product, lot and contract codes, system users, LDAP timestamps,
account-opening dates in YYYYMMDD, company names with surnames, streets and hospitals named
after people.
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
SEED = 16

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
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Beatriz", "Maria Luiza", "Jéssica", "Daniela", "Renata", "Cláudia", "Michele", "Roberta",
        "Tânia", "Silvana", "Vera Lúcia", "Elisângela", "Andréia", "Rita de Cássia", "Viviane", "Fabiana",
        "Lorena", "Alice", "Helena", "Laura", "Yasmin", "Bianca", "Rebeca", "Sônia", "Ivone", "Neusa",
        "Cecília", "Maria Helena", "Paula", "Carla", "Regina", "Marta", "Lúcia", "Denise", "Eliane"]
RARE_F = ["Jociléia", "Eriane", "Zuleide", "Lindalva", "Nilzete", "Ozana", "Wandreza", "Kailane",
          "Sthefany", "Ednalva", "Diolinda", "Auristela", "Gesileide", "Lucinete", "Alcineide",
          "Thamyres", "Yohana", "Cremilda", "Joselma", "Valquênia", "Lindomira", "Derivalda",
          "Jussileide", "Quézia", "Elisnete", "Marilac", "Rayssa Kethlen", "Edivânia", "Nayane",
          "Iracilda", "Francinete", "Lucicléia", "Adjane", "Welida", "Deuzuíta"]
PT_M = ["Luiz Carlos", "Marcelo", "Fernando", "André", "Júlio César", "Rogério", "Alessandro", "Renato",
        "Wagner", "Cláudio", "Jefferson", "Caio", "Enzo Gabriel", "Samuel", "Murilo", "Otávio",
        "Henrique", "Igor", "Vitor Hugo", "Valter", "Nelson", "Osmar", "Joaquim", "Luan", "José",
        "João", "Paulo", "Carlos", "Antônio", "Pedro", "Mário", "Sérgio", "Marcos Vinícius"]
RARE_M = ["Jucelino", "Edvan", "Gilvan", "Rosivaldo", "Valdenor", "Cleomar", "Dorivaldo", "Ednaldo",
          "Kawan", "Ruan Pablo", "Wendell", "Jhonatan", "Ozéias", "Abdias", "Ariosvaldo", "Zacarias",
          "Elvécio", "Gercino", "Crispim", "Belarmino", "Josenias", "Uelber", "Dhiovani", "Keverson",
          "Raniery", "Edcarlos", "Gildásio", "Valdiney", "Ivanildo", "Nazareno", "Aldemir", "Ismerino",
          "Jairo Kauê", "Wellerson", "Tibério"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Lima", "Ferreira", "Alves",
          "Gomes", "Ribeiro", "Martins", "Carvalho", "Rodrigues", "Mendes", "Nunes", "Barros",
          "Cardoso", "Teixeira", "Moura", "Cavalcante", "Soares", "Vieira", "Machado", "Andrade",
          "Freitas", "Castro", "Pinto", "Reis", "Araújo", "Barbosa", "Correia", "Nascimento",
          "Azevedo", "Marques", "Rezende", "Lopes", "Moraes", "Campos", "Duarte"]
RARE_SUR = ["Figueiró", "Gadelha", "Fontenele", "Valadão", "Quintanilha", "Bulhões", "Tabosa",
            "Juvêncio", "Cunegundes", "Patrocínio", "Assunção", "Sarambé", "Colares", "Frazão",
            "Amaranto", "Pestana", "Seixas", "Nóbrega", "Sobral", "Brasileiro", "Caldas", "Meireles",
            "Alencastro", "Bugarin", "Cajueiro", "Iorio", "Parnaíba", "Gouveia", "Mangabeira",
            "Estrelado", "Tavora", "Quixabeira", "Belchior", "Catunda", "Urbano", "Jurubeba",
            "Aquino", "Cambraia", "Piancó", "Arruda"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Sol", "Aurora", "Celeste", "Estrela"]
WORD_M = ["Bento", "Prudente", "Leão", "Amado", "Vitório", "Salvador", "Branco"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Sol", "Paz", "Cordeiro",
            "Raposo", "Lobo", "Pombo", "Carneiro", "Neves", "Leite", "Serra", "Prado", "Flores", "Vitória"]
NICK = {"José": "Zé", "Sebastião": "Tião", "Carlos": "Cacá", "Luiz Carlos": "Luizinho", "Francisca": "Chica",
        "Maria Luiza": "Malu", "Ana Beatriz": "Bia", "Antônio": "Toninho", "Paulo": "Paulinho",
        "Joaquim": "Quinzinho", "Jéssica": "Jé", "Rita de Cássia": "Ritinha", "Vera Lúcia": "Verinha",
        "Henrique": "Rique", "Fernando": "Nando", "Zacarias": "Zaca", "Jucelino": "Juca", "Lindalva": "Linda",
        "Joselma": "Zezé", "Crispim": "Pim", "Renata": "Rê", "Marcelo": "Celo", "Rosivaldo": "Rosinha"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Fiorella"], ["Ettore", "Amedeo", "Gianluca"],
           ["Dall'Acqua", "Brugnaro", "Zambon", "Trevisan", "Cecconello", "Scopel", "Bortoluzzi"]),
    "de": (["Gudrun", "Liesel", "Ilse"], ["Wolfgang", "Ewald", "Rolf"],
           ["Schwertner", "Böhm", "Hartmann", "Dreher", "Kunzler", "Ritter", "Holzbach"]),
    "jp": (["Tomoko", "Mariko", "Chieko"], ["Noboru", "Kazuo", "Shigeru"],
           ["Takahashi", "Yoshimura", "Matsumoto", "Oyama", "Kinjo", "Sakihama", "Tomita"]),
    "ar": (["Soraya", "Najla", "Hiam"], ["Nabil", "Fuad", "Wadih"],
           ["Aboud", "Karam", "Nahas", "Sfeir", "Rahal", "Tufik", "Dib"]),
    "uk": (["Oksana", "Nadiya", "Lesya"], ["Bohdan", "Yaroslav", "Vasyl"],
           ["Melnyk", "Shevchuk", "Tkachuk", "Hordiienko", "Polishchuk", "Stasiv"]),
    "kr": (["Eun-ji", "Ha-eun"], ["Min-ho", "Tae-yang"], ["Kang", "Cho", "Yang", "Shin"]),
    "cn": (["Xiaoli", "Fang"], ["Zhiwei", "Bo"], ["Guo", "Xu", "Deng", "Luo"]),
    "an": (["Yanet", "Roxana", "Leydi"], ["Wilfredo", "Ronald", "Elmer"],
           ["Apaza", "Ticona", "Yupanqui", "Colque", "Mendoza"]),
    "ve": (["Yusmary", "Oriana", "Daniela"], ["Yonathan", "Franklin", "Reinaldo"],
           ["Briceño", "Rangel", "Urdaneta", "Guanipa", "Zambrano"]),
    "ht": (["Marie-Flore", "Rosemila", "Jesula"], ["Wilner", "Jocelyn", "Ketly"],
           ["Bien-Aimé", "Exantus", "Lindor", "Dieudonné", "Petit-Frère"]),
    "af": (["Ndombele", "Nsimba", "Esperança"], ["Mabiala", "Kuzola", "Nkembo"],
           ["Kiangebeni", "Lusamba", "Tshibangu", "Nzuzi", "Makiese"]),
    "gu": (["Kerexu", "Yva", "Araci"], ["Karai", "Werá", "Tupã"],
           ["Poty", "Kuaray", "Guarani", "Mbyá", "Tupinambá"]),
    "jw": (["Rivka", "Hanna", "Dina"], ["Mordechai", "Benjamin", "Natan"],
           ["Sztajn", "Blumenfeld", "Wajnsztejn", "Kirschbaum", "Teperman"]),
    "gr": (["Eleni", "Katerina"], ["Spyros", "Dimitrios"], ["Papadopoulos", "Kyriakou", "Stamatis"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "af", "gu", "uk", "an", "ve", "gr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Costa", "Rosa", "Luz", "Paz", "Serra", "Assunção", "Cunha", "Vitória"}
DO_SUR = {"Nascimento", "Patrocínio", "Prado", "Sol"}
DOS_SUR = {"Santos", "Reis", "Neves"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "16", "17", "19", "21", "22", "24", "27", "31", "32", "33", "34", "37",
        "41", "43", "45", "46", "47", "48", "51", "53", "54", "61", "62", "64", "65", "67", "69", "71",
        "73", "74", "75", "79", "81", "83", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia", "Praça", "Beco"]
STREET_NAMES = ["das Margaridas", "Doutor Bento Arruda", "Padre Rosalvo Costa", "Prudente de Morais",
                "Leão Veloso", "Flor de Maio", "Sol Nascente", "Vitória Régia", "Rosa Branca",
                "Coronel Joviniano Brandão", "Professora Iracilda Tabosa", "dos Expedicionários",
                "São Sebastião", "Tenente Amaranto", "Dom Luís de Bragança", "Marechal Floriano",
                "Engenheiro Caldas", "Luz Divina", "Benjamin Constant", "Barão do Rio Branco",
                "Irmã Dulce", "Maestro Gercino Frazão", "do Sossego", "Castro Alves", "Antônio Conselheiro",
                "Vereador Gildásio Catunda", "Nossa Senhora da Luz", "Pedro Álvares Cabral", "Quinze de Novembro"]
CITIES = [("Presidente Prudente", "SP"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Bento Gonçalves", "RS"), ("Leão", "RS"), ("Rio Branco", "AC"), ("Santa Rosa", "RS"),
          ("Luz", "MG"), ("Flores da Cunha", "RS"), ("Sol Nascente", "DF"), ("Taubaté", "SP"),
          ("Ribeirão Preto", "SP"), ("Juiz de Fora", "MG"), ("Ipatinga", "MG"), ("Ponta Grossa", "PR"),
          ("Foz do Iguaçu", "PR"), ("Itajaí", "SC"), ("Criciúma", "SC"), ("Santa Maria", "RS"),
          ("Rio Verde", "GO"), ("Rondonópolis", "MT"), ("Dourados", "MS"), ("Petrolina", "PE"),
          ("Sobral", "CE"), ("Parnaíba", "PI"), ("Marabá", "PA"), ("Parintins", "AM"), ("Itabuna", "BA"),
          ("Campos dos Goytacazes", "RJ"), ("Nova Iguaçu", "RJ"), ("Lagarto", "SE"), ("Patos", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Parque do Sol", "São Bento", "Vila Prudente",
           "Jardim Vitória", "Bairro da Luz", "Leão XIII", "Alto Branco", "Jardim das Flores", "Cidade Nova"]
CIDS = ["J18.9", "I10", "E11.9", "N18.5", "K35.8", "S72.0", "F32.1", "O80", "A90", "C50.9", "G40.9",
        "R07.4", "J45.0", "M54.5", "B34.2", "E84.0", "Z23.8", "T14.0", "I21.9", "S06.0"]


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
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES][-1]

    @property
    def family(self) -> str:
        return " ".join(self.surnames)

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
        return f"{self.last}, {self.given}"

    @property
    def initials(self) -> str:
        return " ".join(w[0] + "." for w in self.given.split()) + " " + self.last

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def sr(self) -> str:
        return "dona" if self.female else "seu"

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


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
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.40:
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
        p = self.person(female=female)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(60, 99)}", f"{f}{l[:3]}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
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
        style = style or self.pick(["dot", "dot", "raw"])
        return fmt_cpf(n) if style == "dot" else n

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "0002", "A001", "00B1"])
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
                "nospace": f"({ddd}){h}{t}", "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}",
                "zero": f"0{ddd}{local}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["36", "38"]) + self.d(11)
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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131])
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
            return s.upper()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1940, hi: int = 2008) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "iso", "compact", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def clock(self, n: int, span: int = 40) -> list[str]:
        """n sorted HH:MM times within `span` minutes (one conversation)."""
        base = self.rng.randint(7 * 60, 22 * 60)
        mins = sorted(self.rng.randint(0, span) for _ in range(n))
        return [f"{(base + m) // 60 % 24:02d}:{(base + m) % 60:02d}" for m in mins]

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
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.04", "5.09", "8.24", "4.04", "8.13"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2018, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(6)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "ddmmyy": f"{dd:02d}{mm:02d}{yy % 100:02d}", "us": f"{mm:02d}/{dd:02d}/{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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


def jstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;")


def name_form(g: Gen, p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "inverted", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "first": p.first, "last": p.last, "initials": p.initials,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "inv_title": p.inverted_title,
            "capsshort": fold(p.short).upper(), "lowshort": fold(p.short).lower()}[form]


# =========================================================================== atendimento

BRANDS_IG = [("Flor de Lis Cosméticos", "flordelis.cosmeticos"), ("Luz & Cia Móveis", "luzecia.moveis"),
             ("Casa Bento Utilidades", "casabento.oficial"), ("Padaria Rosa Pão", "rosapao.padaria"),
             ("Sol Nascente Turismo", "solnascente.tur"), ("Leão Baby Store", "leaobabystore"),
             ("Vitória Calçados", "vitoriacalcados")]
HANDLES = ["ceu_de_abril", "pao.quentinho88", "mae.de.3", "vida_de_gato_", "sertaneja.raiz",
           "corre_da_semana", "cafe_e_fe", "maratonista_sp", "meninadointerior", "dona.da.casa",
           "tio_do_pave", "gatinhos_do_bairro", "cozinhando.com.amor", "surfista.do.asfalto",
           "eterna.aprendiz", "chuvadeverao_", "motoboy.fiel", "professora.coruja"]


def at_instagram(g: Gen) -> Doc:
    """Instagram comment thread under a brand's post, answered by the social-media team."""
    doc = Doc()
    brand, bh = g.pick(BRANDS_IG)
    sm = g.person(female=g.chance(0.7))
    sm2 = g.person()
    doc.f("@«bh» · Publicação fixada · «likes» curtidas\n«brand»: 🌞 Semana do Cliente! Até 40% OFF em todo o site "
          "+ frete grátis acima de R$ «m». Cupom SOLBOM. Dúvidas? Chama no direct 💬\n"
          "Ver todos os «nc» comentários\n\n", bh=bh, brand=brand, likes=f"{g.rng.randint(2, 48)}.{g.d(3)}",
          m=g.money(99, 299), nc=g.rng.randint(40, 380))
    handles = g.rng.sample(HANDLES, 8)
    hi = iter(handles)
    blocks = []

    def late():
        c = g.person()
        pedido = f"#{g.pick(['PED', 'VT', 'LZ'])}{g.d(7)}"
        h = next(hi)
        d = Doc()
        d.f("@«h» · «t» sem\ncomprei dia «dd» e até agora nada 😡 pedido «ped» no nome de «n». "
            "já mandei direct 3x e ninguém responde\nCurtir · Responder · «k» curtidas\n",
            h=h, t=g.rng.randint(1, 3), dd=g.rng.randint(2, 28), ped=pedido,
            n=P(name_form(g, c, ["full", "low", "short", "lowshort"])), k=g.rng.randint(0, 31))
        d.f("   ↳ @«bh» · Oi, «f»! Aqui é «sm» do time de atendimento 💛 Já localizamos o «ped», "
            "ele saiu da transportadora ontem. Pra sua segurança não publica dados aqui, tá? Te chamamos no direct!\n",
            bh=bh, f=P(c.first), sm=P(g.pick([sm.first, sm.first + " " + sm.last[0] + "."]) if g.chance(0.5) else sm.first),
            ped=pedido)
        if g.chance(0.6):
            d.f("   ↳ @«h» · nem precisa, meu cpf é «cpf» e o email «em», resolve logo pfv\n",
                h=h, cpf=(g.cpf(), "BR_CPF"), em=(g.email(c), "EMAIL_ADDRESS"))
        else:
            d.f("   ↳ @«h» · me liga entao «tel» (é zap), falar com «n»\n",
                h=h, tel=(g.phone(g.pick(["plain", "raw", "par", "sp"])), "PHONE_NUMBER"), n=P(fold(c.first).lower()))
        return d

    def tag():
        c, fr = g.person(female=True), g.person(word=g.chance(0.5))
        d = Doc()
        d.f("@«h» · «t» d\n@«h2» olha esse tom «w» 😍 vc que ama, «n»\nCurtir · Responder\n",
            h=next(hi), t=g.rng.randint(1, 6), h2=next(hi), w=g.pick(["rosa chá", "rosa antigo", "verde sálvia", "branco gelo"]),
            n=P(g.pick([fr.first, fold(fr.first).lower(), fr.nick])))
        return d

    def praise():
        d = Doc()
        st = g.person(word=g.chance(0.5))
        d.f("@«h» · «t» d\nfui na loja do «mall» e a «n» me atendeu super bem 👏👏 merece aumento! "
            "(a loja tava sem luz por causa da chuva e mesmo assim ela resolveu)\nCurtir · Responder · «k» curtidas\n",
            h=next(hi), t=g.rng.randint(1, 6), mall=g.pick(["Shopping Prudente Center", "Vitória Park Shopping",
                                                            "Shopping Sol Nascente", "Leão Outlet"]),
            n=P(g.pick([st.first, st.short, fold(st.first).lower()])), k=g.rng.randint(1, 60))
        d.f("   ↳ @«bh» · Que demais! Vamos repassar pra equipe e pra gerência 🥰\n", bh=bh)
        return d

    def address():
        c = g.person()
        d = Doc()
        d.f("@«h» · «t» h\nentregador deixou meu pacote no vizinho errado!!! eu moro na «a», cep «cep», "
            "e entregaram no número do lado. quem assinou foi um tal de «x» 🙄\nCurtir · Responder\n",
            h=next(hi), t=g.rng.randint(2, 23), a=(g.address(g.pick(["text", "low"])), "ADDRESS"),
            cep=(g.cep(g.chance(0.7)), "BR_CEP"), x=P(g.pick([g.person(word=True).first, g.person().first.lower()])))
        d.f("   ↳ @«bh» · Poxa, «f»... sentimos muito! Abrimos a ocorrência «p» com a transportadora. "
            "Assina «sm2» — supervisão de atendimento.\n",
            bh=bh, f=P(c.first), p=g.protocol(), sm2=P(sm2.short))
        return d

    def spam():
        d = Doc()
        d.f("@«h» · «t» d\nGANHE R$ 500 POR DIA trabalhando de casa!!! chama no link da bio 💸💸 ref «r»\nCurtir · Responder\n",
            h=next(hi), t=g.rng.randint(1, 4), r=g.hexs(8))
        return d

    def kid():
        d = Doc()
        k = g.person()
        d.f("@«h» · «t» sem\ntem tamanho 24? meu «fl» «n» nasceu «dob» e o pé já tá enorme kkkk\nCurtir · Responder\n",
            h=next(hi), t=g.rng.randint(1, 3), n=P(g.pick([k.first, fold(k.first).lower()])), fl="filha" if k.female else "filho",
            dob=(g.dob(g.pick(["br", "long", "nopad"]), 2018, 2023), "DATE_OF_BIRTH"))
        d.f("   ↳ @«bh» · Tem sim! Do 18 ao 27 🦁\n", bh=bh)
        return d

    options = [tag, praise, address, spam, kid]
    chosen = [late] + g.rng.sample(options, 3)
    g.rng.shuffle(chosen)
    for fn in chosen:
        blocks.append(fn())
    for b in blocks:
        off = len(doc.text)
        doc.t(b.text + "\n")
        for s in b.spans:
            doc.spans.append({"start": s["start"] + off, "end": s["end"] + off, "label": s["label"]})
    doc.f("[exportado por Sprinklr · caso «c» · fila: social_care · request_id «rid»]\n",
          c=g.d(8), rid=g.uuid())
    return doc


def at_livechat(g: Gen) -> Doc:
    """Live chat with a virtual assistant and handoff to a human agent (internet provider)."""
    doc = Doc()
    brand = g.pick(["Luz Fibra", "Sol Telecom", "Rosa Net", "Bento Conecta"])
    bot = g.pick(["Flor", "Lia", "Aurora"])
    cli = g.person()
    tit = g.relative(cli)
    ag = g.person()
    tech = g.person()
    t = g.clock(12, 35)
    cpf = g.cpf(g.pick(["dot", "raw"]))
    doc.f("Conversa #«cid» · canal: widget do site · início «dt» «t0» · IP do visitante «ip» · "
          "navegador Chrome 124 · fila: suporte_tecnico\n\n",
          cid=g.d(7), dt=g.date("br"), t0=t[0], ip=(g.ip(), "IP_ADDRESS"))
    doc.f("[«t0»] «bot» (assistente virtual): Oi! Eu sou a «bot», assistente virtual da «brand» 🌼 Como posso ajudar?\n"
          "[«t0»] Visitante: sem internet desde ontem\n"
          "[«t1»] «bot» (assistente virtual): Puxa! Pra localizar seu contrato, digite o CPF ou CNPJ do titular.\n"
          "[«t1»] Visitante: «cpf»\n"
          "[«t2»] «bot» (assistente virtual): Encontrei o contrato de «titn». É você?\n"
          "[«t2»] Visitante: nao eh minha «rel», eu sou «me»\n"
          "[«t3»] «bot» (assistente virtual): Entendi! Vou te passar para um atendente humano. Protocolo «prot».\n"
          "—— transferido para «ag» (matrícula «mat») às «t4» ——\n",
          t0=t[0], t1=t[1], t2=t[2], t3=t[3], t4=t[4], bot=bot, brand=brand, cpf=(cpf, "BR_CPF"),
          titn=P(g.pick([tit.caps, tit.full, fold(tit.short).upper()])), rel=g.pick(["mae", "esposa", "tia", "avó"]) if tit.female else g.pick(["pai", "marido", "tio", "avô"]),
          me=P(g.pick([cli.first.lower(), cli.short.lower(), cli.full])), prot=g.protocol(), ag=P(ag.full), mat=g.d(5))
    dob_fmt = g.pick(["short", "br", "nopad", "long"])
    doc.f("[«t5»] «agf»: Olá, «cf»! Tudo bem? Pra seguir preciso confirmar a data de nascimento do titular, por favor.\n"
          "[«t5»] Visitante: «dob»\n"
          "[«t6»] «agf»: Obrigad«ao». Vi aqui uma queda na OLT do bairro «bairro», mas seu ponto é outro. "
          "O endereço de instalação continua «addr», CEP «cep»?\n"
          "[«t7»] Visitante: isso. o roteador ta piscando luz vermelha\n"
          "[«t8»] «agf»: Agendei visita técnica para amanhã, 8h–12h. «otec» «tech» vai no carro placa «pl».\n"
          "[«t8»] Visitante: me manda a confirmação no «em» e no zap «tel» pfv\n"
          "[«t9»] «agf»: Enviado! Mais alguma coisa?\n[«t10»] Visitante: nao vlw\n"
          "—— conversa encerrada pelo agente às «t11» · CSAT 4/5 · tags: SEM_CONEXAO, VISITA_AGENDADA · "
          "trace «tr» ——\n",
          t5=t[5], t6=t[6], t7=t[7], t8=t[8], t9=t[9], t10=t[10], t11=t[11], agf=P(ag.first), cf=P(cli.first),
          dob=(g.dob(dob_fmt, 1938, 1975), "DATE_OF_BIRTH"), ao="a" if ag.female else "o", bairro=g.pick(BAIRROS),
          addr=(g.address(), "ADDRESS"), cep=(g.cep(g.chance(0.8)), "BR_CEP"), tech=P(g.pick([tech.first, tech.short])), otec="A técnica" if tech.female else "O técnico",
          pl=(g.plate(), "LICENSE_PLATE"), em=(g.email(cli), "EMAIL_ADDRESS"),
          tel=(g.phone(g.pick(["plain", "raw", "par", "nospace"])), "PHONE_NUMBER"), tr=g.hexs(32))
    return doc


def at_tv_caption(g: Gen) -> Doc:
    """Closed captions (all caps) of a TV consumer-rights programme."""
    doc = Doc()
    host = g.person()
    rep = g.person()
    vic = g.person(word=g.chance(0.4))
    vic2 = g.relative(vic)
    law = g.person()
    shop = g.pick(["ELETRO BENTO LTDA", "MÓVEIS PRUDENTE", "AUTO LEÃO SEMINOVOS", "ROSA MAGAZINE", "SOLAR VEÍCULOS"])
    prog = g.pick(["SEU DIREITO NA TELA", "CONSUMIDOR EM AÇÃO", "BALCÃO DO CONSUMIDOR", "DIREITO DE RECLAMAR"])
    tc = iter(f"00:{m:02d}:{s:02d}:{f:02d}" for m, s, f in sorted(
        (g.rng.randint(1, 27), g.rng.randint(0, 59), g.rng.randint(0, 29)) for _ in range(16)))
    car = g.chance(0.5)
    doc.f("[CC · «prog» · TV «tv» · exibição «d» · legenda ao vivo (estenotipia) — sujeita a erros]\n",
          prog=prog, tv=g.pick(["SOL", "VITÓRIA", "ALIANÇA"]), d=g.date("br"))
    lines = [
        ("«tc» >> BOA TARDE, ESTÁ COMEÇANDO O «prog». EU SOU «host» E HOJE A GENTE VAI FALAR DE QUEM "
         "COMPROU E NÃO LEVOU.", dict(host=P(fold(host.full).upper()))),
        ("«tc» >> «ar» «rep» FOI ATÉ «city» CONFERIR A HISTÓRIA DA «sr» «v».", dict(
            ar="A" if rep.female else "O", rep=P(fold(rep.first).upper()), city=fold(g.city()[0]).upper(),
            sr="DONA" if vic.female else "SEU", v=P(fold(vic.first).upper()))),
        ("«tc» [GC: «vfull» — APOSENTAD«o»]", dict(vfull=P(vic.caps), o="A" if vic.female else "O")),
        ("«tc» >> EU NASCI EM «dob», TRABALHEI A VIDA INTEIRA, JUNTEI DINHEIRO E PAGUEI R$ «m» À VISTA NA «shop».",
         dict(dob=(g.dob("caps", 1939, 1960), "DATE_OF_BIRTH"), m=g.money(1500, 90000), shop=shop)),
    ]
    if car:
        lines.append(("«tc» >> O CARRO, PLACA «pl», FICOU TRÊS MESES NA OFICINA DELES E VOLTOU COM A LUZ DA "
                      "INJEÇÃO ACESA.", dict(pl=(g.plate(), "LICENSE_PLATE"))))
    else:
        lines.append(("«tc» >> ERA PRA ENTREGAR NA MINHA CASA, «addr», E ATÉ HOJE NADA. [INAUDÍVEL]",
                      dict(addr=(g.address("spoken"), "ADDRESS"))))
    lines += [
        ("«tc» >> QUEM ME AJUDOU FOI MEU «rel» «v2», QUE FEZ A RECLAMAÇÃO NO SITE. PROTOCOLO «p».",
         dict(rel="FILHO" if not vic2.female else "FILHA", v2=P(fold(vic2.short).upper()), p=g.protocol())),
        ("«tc» >> PROCURADA, A «shop» DISSE EM NOTA QUE O CASO ESTÁ EM ANÁLISE.", dict(shop=shop)),
        ("«tc» >> NO ESTÚDIO A GENTE RECEBE «oadv» «law», DA COMISSÃO DO CONSUMIDOR. BOA TARDE, DOUTOR«a».",
         dict(law=P(fold(law.full).upper()), a="A" if law.female else "", oadv="A ADVOGADA" if law.female else "O ADVOGADO")),
        ("«tc» [GC: «lawn» — ADVOGAD«o» — «oab»]", dict(lawn=P(law.caps), o="A" if law.female else "O",
                                                      oab=(g.council("OAB"), "PROFESSIONAL_ID"))),
        ("«tc» >> OLHA, «h», O CÓDIGO É CLARO: ARTIGO 18, PRAZO DE TRINTA DIAS. PASSOU DISSO, É TROCA, "
         "ABATIMENTO OU DINHEIRO DE VOLTA, E A PESSOA PODE IR NO JUIZADO SEM ADVOGADO ATÉ VINTE SALÁRIOS.",
         dict(h=P(fold(host.first).upper()))),
        ("«tc» >> E O PRUDENTE É GUARDAR TUDO, NOTA, CONVERSA DE WHATSAPP, PRINT.", {}),
        ("«tc» >> AMANHÃ TEM MAIS. UM BEIJO, «v», A GENTE VOLTA COM NOTÍCIA. [MÚSICA]",
         dict(v=P(fold(vic.first).upper()))),
    ]
    for line, vals in lines:
        doc.f(line + "\n", tc=next(tc), prog=prog, **vals)
    return doc


def at_callnotes(g: Gen) -> Doc:
    """Energy-utility call notes typed in a hurry (lower case, no accents, abbreviations)."""
    doc = Doc()
    uc = g.d(10)
    tit = g.person(word=g.chance(0.35))
    kin = g.relative(tit)
    doc.f("historico uc «uc» - concessionaria «c» - notas atendimento (copiar/colar do siebel)\n",
          uc=uc, c=g.pick(["energisa", "cemig", "coelba", "celpe", "light", "copel"]))
    dates = sorted(g.rng.sample(range(1, 28), 5))
    mo = g.rng.randint(1, 12)
    ops = [f"op{g.d(4)}", f"at_{g.pick(['noturno', 'manha', 'tarde'])}", f"op{g.d(4)}", "svc_ura", f"op{g.d(4)}"]
    a1, a2 = g.person(), g.person()
    notes = [
        ("lig «kin» («rel» da tit «tit») inf q estao sem luz desde «dd» de manha, disj ok, vizinhos tem luz. "
         "conf dn da tit «dob» e cpf «cpf». abri os de religacao «os». cliente nervos«ck»",
         dict(kin=P(g.pick([fold(kin.first).lower(), kin.low])), rel=g.pick(["filho", "neto", "genro"]) if not kin.female else g.pick(["filha", "neta", "nora"]),
              tit=P(g.pick([tit.low, fold(tit.first).lower(), fold(tit.short).lower()])),
              dob=(g.dob(g.pick(["short", "ddmmyy", "nopad", "br"]), 1935, 1965), "DATE_OF_BIRTH"),
              cpf=(g.cpf("raw"), "BR_CPF"), os=f"{g.d(3)}{g.d(6)}", dd=dates[0], ck="a" if kin.female else "o")),
        ("ura: tentativa de contato s/ sucesso tel «tel» (cx postal)", dict(tel=(g.phone(g.pick(["raw", "plain", "sp"])), "PHONE_NUMBER"))),
        ("retorno d«ao» «kin»... corte foi por debito fat «mes»/«ano» r$ «m», ja pago dia «dd2» via pix, mandou compr no "
         "zap. end p/ religar «addr» cep «cep». pedi p/ tecnico «tec» priorizar (idos«ta», usa concentrador o2)",
         dict(kin=P(fold(kin.first).lower()), ao="a" if kin.female else "o", ta="a" if tit.female else "o", mes=f"{mo:02d}", ano=g.pick(["24", "25"]), m=g.money(80, 900),
              dd2=dates[2], addr=(g.address("low"), "ADDRESS"), cep=(g.cep(g.chance(0.4)), "BR_CEP"),
              tec=P(fold(g.person().first).lower()))),
        ("sup «sup» autorizou religacao urgencia. obs: nao confundir c/ uc «uc2» do «h» (homonimo, rua sao bento)",
         dict(sup=P(g.pick([fold(a1.short).lower(), fold(a1.first).lower()])), uc2=g.d(10),
              h=P(fold(tit.first + " " + g.surname()).lower()))),
        ("religado «hh». cliente pediu cadastro tarifa social: nis «pis», email p/ fatura «em». ok. encerrar",
         dict(hh=g.hm(), pis=(g.pis("raw"), "BR_PIS"), em=(g.email(kin).lower(), "EMAIL_ADDRESS"))),
    ]
    for (note, vals), dd, op in zip(notes, dates, ops):
        doc.f(f"{dd:02d}/{mo:02d} {g.hm()} [{op}] " + note + "\n", **vals)
    doc.f("-- fim -- (assinado por «a» p/ auditoria)\n", a=P(fold(a2.full).lower() if g.chance(0.5) else a2.full))
    return doc


def at_vcard(g: Gen) -> Doc:
    """vCard (.vcf) export of a salesperson's contacts."""
    doc = Doc()
    owner = g.person()
    doc.f("Anexo do chamado TI-«t»: contatos_«o».vcf (exportado do celular corporativo d«ao» «on», que saiu da empresa)\n\n",
          t=g.d(5), o=fold(owner.first).lower(), on=P(owner.short), ao="a" if owner.female else "o")
    n = 2 if g.chance(0.7) else 3
    company_at = g.rng.randint(0, n - 1)
    for i in range(n):
        doc.t("BEGIN:VCARD\nVERSION:3.0\n")
        if i == company_at and g.chance(0.7):
            co = g.pick(["Padaria Sol de Minas", "Bento & Filhos Materiais de Construção", "Farmácia Flor do Vale",
                         "Leão Autopeças", "Rosa dos Ventos Hotel"])
            doc.f("N:;;;;\nFN:«co»\nORG:«co»\nTEL;TYPE=WORK:«tel»\nNOTE:fornecedor - CNPJ «cn» - pedido min R$ «m»\n",
                  co=co, tel=g.phone("plus", mobile=False), cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
                  m=g.money(200, 3000))
            doc.f("UID:«u»\nREV:«r»\nEND:VCARD\n", u=g.uuid(), r=g.date("compact") + "T" + g.hms().replace(":", "") + "Z")
            continue
        p = g.person()
        given, fam = p.given, p.family
        if g.chance(0.3):
            given, fam = fold(given), fold(fam)
        doc.f("N:«fam»;«gv»;;;\nFN:«fn»\n", fam=P(fam), gv=P(given), fn=P(f"{given} {fam}"))
        if p.given in NICK or p.first in NICK:
            doc.f("NICKNAME:«nk»\n", nk=P(p.nick))
        doc.f("ORG:«org»\n", org=g.pick(["Construtora Prudente Ltda", "Supermercado Bom Sol", "Cruz & Leão Advogados",
                                         "Clínica Santa Rosa", "autônomo", "Transportes Vitória"]))
        doc.f("TEL;TYPE=CELL:«tel»\n", tel=(g.phone(g.pick(["plus", "e164", "par"])), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f("TEL;TYPE=HOME:«tel»\n", tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
        doc.f("EMAIL;TYPE=INTERNET:«em»\n", em=(g.email(p), "EMAIL_ADDRESS"))
        if g.chance(0.75):
            t, nm, num, comp = g.street_parts()
            c, uf = g.city()
            street = f"{t} {nm}, {num}" + (f", {comp}" if comp else "")
            doc.f("ADR;TYPE=HOME:;;«st»;«c»;«uf»;«cep»;Brasil\n", st=(street, "ADDRESS"), c=c, uf=uf,
                  cep=(g.cep(g.chance(0.6)), "BR_CEP"))
        if g.chance(0.7):
            doc.f("BDAY:«b»\n", b=(g.dob(g.pick(["iso", "compact"]), 1950, 2000), "DATE_OF_BIRTH"))
        note = g.pick([
            ("cliente desde «y», CPF «cpf» p/ nota. filha «k» estuda no Colégio Prudente de Morais",
             dict(y=g.rng.randint(2012, 2023), cpf=(g.cpf(), "BR_CPF"), k=P(g.person(female=True).first))),
            ("indicação do «k». prefere contato depois das 18h. aniversário de casamento em «d»",
             dict(k=P(g.person().short), d=g.date("br", 2025)[:5])),
            ("comprou piso porcelanato lote PX-«l». pix (aleatória) «px»",
             dict(l=g.d(6), px=(g.uuid(), "PIX_KEY"))),
            ("RG «rg» SSP/SP - não gosta de ligação, só zap", dict(rg=(g.rg(), "BR_RG"))),
        ])
        doc.f("NOTE:" + note[0] + "\n", **note[1])
        doc.f("UID:«u»\nREV:«r»\nEND:VCARD\n", u=g.uuid(), r=g.date("compact") + "T" + g.hms().replace(":", "") + "Z")
    return doc


def at_crm_json(g: Gen) -> Doc:
    """CRM JSON API response (account with nested contacts), pasted in a support ticket."""
    doc = Doc()
    own = g.person()
    co = g.pick(["Leão & Prudente Comércio de Alimentos", "Rosa Branca Confecções", "Vitória Régia Pet Shop",
                 "Sol e Luz Eventos", "Mercadinho do Bento"])
    doc.f("GET /v3/accounts/«aid»?expand=contacts,owner → 200 OK («ms» ms)\n"
          "{\n  \"request_id\": \"«rid»\",\n  \"data\": {\n    \"id\": \"«aid»\",\n    \"name\": \"«co»\",\n"
          "    \"tax_id\": \"«cn»\",\n    \"segment\": \"SMB\",\n    \"mrr\": «mrr»,\n"
          "    \"owner\": {\"id\": \"usr_«oid»\", \"name\": \"«on»\", \"email\": \"«oe»\", \"login\": \"«ol»\"},\n"
          "    \"contacts\": [\n",
          aid=f"acc_{g.hexs(12)}", ms=g.rng.randint(40, 900), rid=g.uuid(), co=co,
          cn=(g.cnpj(g.pick(["dot", "raw"]), alnum=g.chance(0.35)), "BR_CNPJ"), mrr=f"{g.rng.randint(90, 4000)}.{g.d(2)}",
          oid=g.hexs(6), on=P(own.full), oe=(g.email(own, "crmvendas.com.br"), "EMAIL_ADDRESS"),
          ol=g.pick(["svc_crm_sync", "vendas01", "integracao_erp"]))
    n = g.rng.randint(1, 2)
    for i in range(n):
        p = g.person()
        t, nm, num, comp = g.street_parts()
        c, uf = g.city()
        bq, bd = ("", "null") if g.chance(0.3) else ("\"", (g.dob("iso", 1955, 2002), "DATE_OF_BIRTH"))
        doc.f("      {\n        \"id\": \"ct_«cid»\",\n        \"first_name\": \"«fn»\",\n        \"last_name\": \"«ln»\",\n"
              "        \"role\": \"«role»\",\n        \"document\": {\"type\": \"CPF\", \"number\": \"«cpf»\"},\n"
              "        \"birthdate\": «bq»«bd»«bq»,\n"
              "        \"emails\": [\"«em»\"],\n        \"phones\": [{\"type\": \"mobile\", \"number\": \"«tel»\", \"whatsapp\": «wa»}],\n"
              "        \"address\": {\"line1\": \"«l1»\", \"line2\": \"«l2»\", \"city\": \"«c»\", \"state\": \"«uf»\", \"zip\": \"«z»\"},\n"
              "        \"tags\": [\"«tag»\"], \"consent_lgpd\": «cons», \"hash\": \"«h»\"\n      }«comma»\n",
              cid=g.hexs(10), fn=P(jstr(p.given)), ln=P(jstr(p.family)),
              role=g.pick(["sócio", "financeiro", "comprador", "decisor", "TI"]), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              bq=bq, bd=bd,
              em=(g.email(p), "EMAIL_ADDRESS"), tel=(g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"),
              wa=g.pick(["true", "false"]), l1=(jstr(f"{t} {nm}, {num}"), "ADDRESS"), l2=comp, c=jstr(c), uf=uf,
              z=(g.cep(g.chance(0.5)), "BR_CEP"), tag=g.pick(["vip", "inadimplente", "churn_risk", "rosa_gold"]),
              cons=g.pick(["true", "false"]), h=g.hexs(40), comma="," if i < n - 1 else "")
    doc.f("    ],\n    \"last_activity\": {\"type\": \"call\", \"at\": \"«at»\", \"by\": \"«by»\", \"note\": \"«note»\"}\n  },\n"
          "  \"meta\": {\"api_version\": \"3.12.0\", \"etag\": \"W/\\\"«et»\\\"\", \"rate_limit_remaining\": «rl»}\n}\n",
          at=g.date("iso") + "T" + g.hms() + "Z", by=P(own.short),
          note=g.pick(["cliente pediu boleto novo, venc. dia 10", "falar com o Bento só depois das 14h",
                       "quer migrar p/ plano Sol Anual", "reclamou do suporte, ticket 55231"]),
          et=g.hexs(16), rl=g.rng.randint(1, 999))
    doc.f("\nObs («x»): birthdate veio null em contato que tem data no front. "
          "Bug na serialização?\n", x=P(g.person().first))
    return doc


def at_sheets(g: Gen) -> Doc:
    """Google Sheets export (TSV) of a churn-recovery list, odd headers."""
    doc = Doc()
    hdr = g.pick(["Nme cliente\tCPF/CNPJ\ttel (whats)\te-mal\tDT NASC\tEnd.\tcep\tplano\tmotivo_churn\tresp.",
                  "Client name\tdoc\tfone/cel\temial\tbirth\tendereço\tCEP\tPlan\treason\towner",
                  "NOME\tCPF_CNPJ\tTELEF.\tEMAIL \tdata nasc.\tENDEREÇO ENTREGA\tcep \tplano atual\tMotivo\tquem ligou"])
    doc.f("Retenção Q«q» — aba «ab» (export «d»)\n«h»\n", q=g.rng.randint(1, 4),
          ab=g.pick(["Planilha1", "base_maio", "CHURN - NÃO MEXER"]), d=g.date("br"), h=hdr)
    agents = [g.person() for _ in range(3)]
    for i in range(g.rng.randint(2, 3)):
        if g.chance(0.2):
            co = g.pick(["Bento Materiais ME", "Luz do Sol Estética Ltda", "Padaria Vitória", "Leão Pneus"])
            doc.f("«co»\t«cn»\t«tel»\t\t\t\t\t«pl»\t«mo»\t", co=co, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
                  tel=g.phone("par", mobile=False), pl=g.pick(["Pro", "Empresas 200"]), mo=g.pick(["preço", "fechou a loja"]))
        else:
            p = g.person()
            doc.e(name_form(g, p, ["full", "caps", "inverted", "inv_title", "low", "plain"]), "PERSON").t("\t")
            doc.e(g.cpf(), "BR_CPF").t("\t")
            doc.e(g.phone(g.pick(["raw", "par", "plain", "e164", "dash"])), "PHONE_NUMBER").t("\t")
            if g.chance(0.8):
                doc.e(g.email(p), "EMAIL_ADDRESS")
            doc.t("\t")
            if g.chance(0.85):
                doc.e(g.dob(g.pick(["br", "iso", "short", "compact", "nopad", "us"]), 1945, 2004), "DATE_OF_BIRTH")
            doc.t("\t")
            if g.chance(0.8):
                doc.e(g.address(g.pick(["text", "caps"])), "ADDRESS").t("\t").e(g.cep(g.chance(0.6)), "BR_CEP")
            else:
                doc.t("\t")
            doc.f("\t«pl»\t«mo»\t", pl=g.pick(["Sol 300M", "Luz 500M", "Básico", "Família+"]),
                  mo=g.pick(["mudou p/ Vitória", "achou caro", "foi p/ concorrente (Rosa Net)", "sem resposta",
                             "cancelou pq ficou sem luz e o modem queimou", "reclamação Procon nº " + g.d(9)]))
        if g.chance(0.5):
            a = g.pick(agents)
            doc.e(g.pick([a.first, fold(a.first).lower(), fold(a.first).upper()]), "PERSON")
        doc.t("\n")
    doc.f("\n(coluna H tinha fórmula =PROCV quebrada; linha «l» duplicada removida por «x»)\n",
          l=g.rng.randint(3, 40), x=P(agents[0].short))
    return doc


# =========================================================================== juridico


def ju_podcast(g: Gen) -> Doc:
    """Podcast transcript: a lawyer answers listeners' questions."""
    doc = Doc()
    host = g.person()
    law = g.person(female=g.chance(0.6))
    l1, l2, l3 = g.person(female=True, word=True), g.person(female=False), g.person(female=False)
    dead = g.relative(l2, female=False)
    ep = g.rng.randint(40, 260)
    doc.f("«pod» — ep. «ep» «tit» (transcrição automática, revisão «rev»)\n\n",
          pod=g.pick(["Direito Sem Juridiquês", "Papo de Balcão", "Tá na Lei", "Café com Código"]), ep=ep,
          tit=g.pick(["Herança, pensão e golpe do Pix", "Inventário sem briga", "Vizinho barulhento e outras dores"]),
          rev=g.pick(["pendente", "v2", "ok"]))
    ts = iter(f"[{m:02d}:{s:02d}]" for m, s in sorted((g.rng.randint(0, 58), g.rng.randint(0, 59)) for _ in range(12)))
    H, L = fold(host.first).upper(), (host, law)
    lf = law.first
    turns = [
        ("«H»", "«ts» {spk}: tá no ar mais um episódio, eu sou «h» e hoje quem tá aqui comigo é «dr» «law», advogada "
                "de família e sucessões, «oab». Seja bem-vinda!"
         if law.female else "«ts» {spk}: tá no ar mais um episódio, eu sou «h» e hoje quem tá aqui comigo é «dr» «law», "
                            "advogado de família e sucessões, «oab». Seja bem-vindo!",
         dict(h=P(host.first), dr="a doutora" if law.female else "o doutor", law=P(law.full),
              oab=(g.council("OAB"), "PROFESSIONAL_ID"))),
        ("«LW»", "«ts» {spk}: obrigad«a», «h». Bora pras perguntas que o pessoal mandou bastante coisa.",
         dict(a="a" if law.female else "o", h=P(host.first))),
        ("«H»", "«ts» {spk}: a primeira é da «l1», lá de «city». Ela diz assim: \"meu pai «pai» faleceu em março, "
                "deixou uma casinha e um carro, e meu irmão quer vender sem inventário\". E aí, pode?",
         dict(l1=P(l1.first), city=g.pick(["Vitória da Conquista", "Presidente Prudente", "Bento Gonçalves", "Rio Branco"]),
              pai=P(g.relative(l1, False).full))),
        ("«LW»", "«ts» {spk}: não pode, «l1». Sem inventário o carro nem sai do nome dele no Detran. Dá pra fazer em "
                 "cartório se todo mundo concordar e não tiver menor. E olha, sem briga: o mais prudente é juntar "
                 "a certidão de óbito e chamar um advogado só pra todos.",
         dict(l1=P(l1.first))),
        ("«H»", "«ts» {spk}: agora o «l2», ouvinte antigo, que mandou áudio. Vou resumir: o avô dele, «dead», "
                "nascido em «dob», tá com Alzheimer e um sobrinho pegou procuração e tá sacando a aposentadoria.",
         dict(l2=P(l2.first), dead=P(dead.full), dob=(g.dob("long", 1928, 1945), "DATE_OF_BIRTH"))),
        ("«LW»", "«ts» {spk}: aí é caso de interdição, curatela. E se tiver desvio, é crime do Estatuto da Pessoa Idosa. "
                 "O processo dele que ele mandou, «cnj», eu dei uma olhada, tá parado na conclusão.",
         dict(cnj=g.cnj())),
        ("«H»", "«ts» {spk}: gente, um aviso: o «l3» mandou até o CPF, «cpf», e o telefone, «tel». Não façam isso, "
                "tá? Já apagamos do formulário.",
         dict(l3=P(g.pick([l3.first, l3.short])), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))),
        ("«LW»", "«ts» {spk}: [risos] é, LGPD começa em casa. Sobre a Lei Maria da Penha que perguntaram: medida protetiva "
                 "sai em 48 horas, pode pedir na delegacia, não precisa de advogado.",
         {}),
        ("«H»", "«ts» {spk}: e a última, rapidinho, da «l4»: o leão da Receita pega herança? ",
         dict(l4=P(g.pick([g.person(female=True).first.lower(), g.person(female=True).short])))),
        ("«LW»", "«ts» {spk}: herança não paga imposto de renda, paga ITCMD, que é estadual. Mas declara, senão o leão "
                 "morde na malha fina, «h»!", dict(h=P(host.first))),
        ("«H»", "«ts» {spk}: perfeito. Onde o pessoal te encontra, «lf»?", dict(lf=P(lf))),
        ("«LW»", "«ts» {spk}: no Instagram @direito.descomplicado e no e-mail «em». Consulta é no escritório, "
                 "na Rua Barão do Rio Branco, não atendo por direct, tá?",
         dict(em=(g.email(law, g.pick(["adv.br", "advocacia.com.br"])), "EMAIL_ADDRESS"))),
    ]
    roles = g.chance(0.8)  # after the first two turns, speakers are named by role (not a PERSON span)
    for k, (spk, line, vals) in enumerate(turns):
        if roles and k > 1:
            speaker = "APRESENTADOR" if spk == "«H»" and not host.female else (
                "APRESENTADORA" if spk == "«H»" else ("CONVIDADA" if law.female else "CONVIDADO"))
            label = None
        else:
            speaker = (H if spk == "«H»" else fold(law.first).upper())
            label = "PERSON"
        doc.t(line.split("{spk}")[0].replace("«ts»", next(ts)))
        doc.e(speaker, label)
        doc.f(line.split("{spk}")[1] + "\n", **vals)
    return doc


def ju_facebook(g: Gen) -> Doc:
    """Facebook comment thread under a public defender's office post."""
    doc = Doc()
    org = g.pick(["Defensoria Pública do Estado", "Defensoria Pública da União", "Núcleo de Prática Jurídica - Faculdade Leão Sampaio"])
    doc.f("«org» · «dd» de «mm» às «hh»\n📢 MUTIRÃO DE PENSÃO ALIMENTÍCIA E RECONHECIMENTO DE PATERNIDADE! Sábado, das 8h às 14h, "
          "na unidade do Centro (Av. Presidente Vargas, 1200). Leve RG, CPF, certidão de nascimento da criança e comprovante de renda.\n"
          "👍❤️ «r» · «c» comentários · «s» compartilhamentos\n\n", org=org, dd=g.rng.randint(1, 28),
          mm=g.pick(MONTHS), hh=g.hm(), r=g.rng.randint(80, 3000), c=g.rng.randint(20, 400), s=g.rng.randint(5, 300))
    kinds = g.rng.sample(["pensao", "endereco", "tag", "paternidade", "golpe", "idade"], 3)
    for k in kinds:
        p = g.person(word=g.chance(0.25))
        name = P(g.pick([p.full, p.short, p.short, p.low]))
        doc.f("«n»\n", n=name)
        if k == "pensao":
            ex = g.person(female=not p.female)
            kid = g.relative(ex)
            doc.f("meu ex «ex» nao paga a pensao do nosso filho «kid» desde «y», ja tem processo «cnj» e nada. "
                  "posso ir no mutirao mesmo assim?\nCurtir · Responder · «t» sem\n",
                  ex=P(g.pick([ex.full, ex.low, ex.caps])), kid=P(g.pick([kid.first, kid.full])), y=g.rng.randint(2019, 2024),
                  cnj=g.cnj(), t=g.rng.randint(1, 5))
            doc.f("   ↳ «org»: Olá, «f»! Pode sim, leve o número do processo. Se já tem ação, o pedido é de "
                  "cumprimento de sentença (execução).\n", org=org, f=P(p.first))
        elif k == "endereco":
            doc.f("moro na «a», bairro «b», é a unidade mais perto? to sem passagem. meu zap «tel»\n"
                  "Curtir · Responder · «t» d\n",
                  a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
                  tel=(g.phone(g.pick(["plain", "raw", "par", "sp"])), "PHONE_NUMBER"), t=g.rng.randint(1, 6))
            doc.f("   ↳ «org»: «f», por segurança apague seu número 😉 A unidade mais próxima é a da Rua Doutor Bento "
                  "Arruda, 300. Atendimento de seg a sex.\n", org=org, f=P(p.first))
        elif k == "tag":
            fr = g.person(female=True, word=g.chance(0.5))
            doc.f("«fr» olha isso amiga, é o que te falei\nCurtir · Responder · «t» d\n", fr=P(fr.full), t=g.rng.randint(1, 6))
            doc.f("   ↳ «frn»: obrigada «f»!! vou levar a «kid» junto, ela nasceu «dob», ainda nem tem RG\n",
                  frn=P(fr.short), f=P(fold(p.first).lower()), kid=P(g.person(female=True).first),
                  dob=(g.dob(g.pick(["br", "nopad", "short"]), 2013, 2022), "DATE_OF_BIRTH"))
        elif k == "paternidade":
            doc.f("o pai nunca registrou, só sei o nome, «pai», e que trabalhava na Serraria Leão. da pra fazer DNA de graça?\n"
                  "Curtir · Responder · «t» h\n", pai=P(g.pick([g.person(female=False).full, g.person(female=False).first])),
                  t=g.rng.randint(1, 23))
            doc.f("   ↳ «org»: Dá sim, «f». O exame é gratuito para quem tem assistência da Defensoria.\n", org=org, f=P(p.first))
        elif k == "golpe":
            doc.f("CUIDADO gente, me ligaram do «tel» dizendo q era da defensoria e pedindo pix de taxa na chave «px». "
                  "NAO EXISTE TAXA\nCurtir · Responder · «t» d\n",
                  tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), px=(g.uuid(), "PIX_KEY"), t=g.rng.randint(1, 6))
            doc.f("   ↳ «org»: Obrigado pelo alerta, «f»! O atendimento da Defensoria é sempre gratuito.\n", org=org, f=P(p.first))
        else:
            doc.f("tenho «age» anos, nascido em «dob», aposentado por invalidez, posso pedir revisão da pensão que eu pago?\n"
                  "Curtir · Responder · «t» d\n", age=g.rng.randint(55, 74),
                  dob=(g.dob(g.pick(["br", "long"]), 1950, 1969), "DATE_OF_BIRTH"), t=g.rng.randint(1, 6))
            doc.f("   ↳ «org»: Pode, «f». É ação revisional; leve o extrato do INSS.\n", org=org, f=P(p.first))
        doc.t("\n")
    return doc


def ju_telegram_condo(g: Gen) -> Doc:
    """Telegram group export of a condominium quarrelling over unpaid fees and a lawsuit."""
    doc = Doc()
    cond = g.pick(["Residencial Jardim Aurora", "Condomínio Solar das Flores", "Edifício Vitória Régia",
                   "Residencial Bento XVI", "Condomínio Leão Dourado"])
    sind = g.person()
    law = g.person()
    dev = g.person(female=False, word=g.chance(0.3))
    m1, m2, m3 = g.person(), g.person(word=True), g.person()
    day = g.rng.randint(1, 20)
    mo, yr = g.rng.randint(1, 12), g.pick([24, 25])
    tt = g.times(9, 7 * 3600, 23 * 3600)
    doc.f("Telegram Desktop · Exportar histórico · «cond» — Moradores 🏢 («n» membros)\n\n", cond=cond, n=g.rng.randint(40, 180))

    def hdr(p_name, i):
        doc.e(p_name, "PERSON")
        doc.t(f", [{day + (i // 4):02d}.{mo:02d}.{yr} {tt[i]}]\n")

    hdr(g.pick([sind.full, sind.short]) + "", 0)
    doc.f("Prezados, informo que a administradora ajuizou ação de cobrança contra a unidade «u» "
          "(proc. «cnj»), débito de R$ «m». «adv» do condomínio é «dr» «law», «oab».\n\n",
          u=f"{g.rng.randint(1, 18)}{g.pick(['01', '02', '03', '04'])}", cnj=g.cnj(), m=g.money(3000, 60000),
          law=P(law.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), adv="A advogada" if law.female else "O advogado",
          dr="a dra." if law.female else "o dr.")
    hdr(g.pick([m1.first, m1.short, fold(m1.first).lower()]), 1)
    doc.f("é o «d» né? todo mundo sabe, o carro dele «pl» fica parado na vaga de visitante faz meses 🙄\n\n",
          d=P(g.pick([fold(dev.first).lower(), dev.first, dev.nick])), pl=(g.plate(), "LICENSE_PLATE"))
    hdr(dev.short, 2)
    doc.f("Exposição de devedor em grupo dá dano moral, viu «m1». Já passei pro meu advogado. E o CPF que "
          "tá no edital, «cpf», é meu mesmo, pode printar.\n\n", m1=P(m1.first), cpf=(g.cpf(), "BR_CPF"))
    hdr(g.pick([m2.first, m2.short]), 3)
    doc.f("gente calma... alguém sabe se a luz da garagem vai ser trocada? ta tudo escuro perto do bloco «b»\n\n",
          b=g.pick("ABCD"))
    hdr(sind.first, 4)
    doc.f("«m2», a troca das lâmpadas é na quinta. Sobre a cobrança: o juiz marcou audiência de conciliação "
          "no CEJUSC dia «dt». Quem quiser depor de testemunha fala com a administradora, «tel».\n\n",
          m2=P(m2.first), dt=g.date("br"),
          tel=(g.phone(g.pick(["par", "plain", "sp"])), "PHONE_NUMBER"))
    hdr(g.pick([m3.full, fold(m3.first).lower(), m3.short]), 5)
    doc.f("vaquinha pro presente do porteiro «port» que se aposenta 🎉 pix aleatório da minha conta: «px» "
          "(ou ag «ag» cc «cc» «bk»)\n\n", port=P(g.person(female=False).nick),
          px=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          bk=g.pick(["Caixa", "BB", "Itaú", "Sicoob"]))
    hdr(dev.first, 6)
    doc.f("Pro porteiro eu ajudo. Mas, «s», mandar notificação no meu endereço antigo, «addr», é sacanagem. "
          "Moro em Vitória faz um ano.\n\n", s=P(sind.first),
          addr=(g.address(), "ADDRESS"))
    if g.chance(0.4):
        return doc
    hdr(sind.short, 7)
    doc.f("Encerrando o assunto aqui. Assembleia dia «dt2», pauta no mural. Mensagens fixadas: regimento (PDF, hash «h»).\n",
          dt2=g.date("br"), h=g.hexs(12))
    return doc


def ju_court_xml(g: Gen) -> Doc:
    """XML returned by a state court consultation service (Projudi/e-SAJ-like)."""
    doc = Doc()
    sys_, trib = g.pick([("PROJUDI", "TJPR"), ("e-SAJ", "TJSP"), ("PROJUDI", "TJBA"), ("Themis", "TJRS"), ("e-SAJ", "TJMS")])
    a = g.person()
    mae, pai = g.relative(a, True), g.relative(a, False)
    adv = g.person()
    adv2 = g.person()
    jz = g.person()
    srv = g.person()
    t, nm, num, comp = g.street_parts()
    c, uf = g.city()
    pj = g.pick(["Bento Prudente Comércio de Veículos Ltda", "Rosa & Leão Incorporadora S.A.",
                 "Banco Sol Nascente S.A.", "Vitória Seguros S.A.", "Clínica Odontológica Dr. Flor Ltda"])
    doc.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<consultaProcessual sistema=\"«sys»\" tribunal=\"«tr»\" "
          "geradoEm=\"«ge»\" requisicao=\"«rq»\">\n  <processo numero=\"«cnj»\" classe=\"Procedimento do Juizado Especial Cível\" "
          "assunto=\"Indenização por Dano Moral\" valorCausa=\"«vc»\" segredoJustica=\"false\">\n"
          "    <orgaoJulgador>«oj»</orgaoJulgador>\n    <magistrado>«jz»</magistrado>\n    <partes>\n"
          "      <parte polo=\"ATIVO\" tipoPessoa=\"FISICA\">\n        <nome>«an»</nome>\n        <cpf>«cpf»</cpf>\n"
          "        <rg orgaoEmissor=\"SSP/SP\">«rg»</rg>\n        <dataNascimento>«dob»</dataNascimento>\n"
          "        <filiacao><mae>«mae»</mae><pai>«pai»</pai></filiacao>\n"
          "        <endereco><logradouro>«lg»</logradouro><bairro>«br»</bairro><municipio>«c»</municipio><uf>«uf»</uf><cep>«cep»</cep></endereco>\n"
          "        <contato><email>«em»</email><telefone>«tel»</telefone></contato>\n"
          "        <advogado><nome>«adv»</nome><inscricao>«oab»</inscricao></advogado>\n      </parte>\n"
          "      <parte polo=\"PASSIVO\" tipoPessoa=\"JURIDICA\">\n        <nome>«pj»</nome>\n        <cnpj>«cn»</cnpj>\n"
          "        <advogado><nome>«adv2»</nome><inscricao>«oab2»</inscricao></advogado>\n      </parte>\n    </partes>\n"
          "    <movimentos>\n",
          sys=sys_, tr=trib, ge=g.date("iso") + "T" + g.hms(), rq=g.uuid(), cnj=g.cnj(), vc=g.money(2000, 40000).replace(".", "").replace(",", "."),
          oj=g.pick(["1º Juizado Especial Cível", "2ª Vara do Juizado Especial", "Juizado Especial Cível de Luz"]),
          jz=P(xesc(jz.full)), an=P(xesc(g.pick([a.caps, a.full]))), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["iso", "br"]), 1950, 2004), "DATE_OF_BIRTH"),
          mae=P(xesc(mae.caps)), pai=P(xesc(pai.caps)), lg=(xesc(f"{t} {nm}, {num}" + (f", {comp}" if comp else "")), "ADDRESS"),
          br=g.pick(BAIRROS), c=c, uf=uf, cep=(g.cep(g.chance(0.4)), "BR_CEP"), em=(g.email(a), "EMAIL_ADDRESS"),
          tel=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), adv=P(xesc(adv.full)),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), pj=xesc(pj), cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          adv2=P(xesc(adv2.full)), oab2=(g.council("OAB"), "PROFESSIONAL_ID"))
    movs = [("Distribuído por sorteio", None), ("Juntada de petição inicial", adv), ("Expedição de citação (AR)", None),
            ("Audiência de conciliação designada", srv), ("Juntada de contestação", None), ("Conclusos para sentença", None)]
    dts = sorted(g.date("iso") for _ in movs)
    for (desc, who), dt in zip(movs, dts):
        doc.f("      <movimento data=\"«dt»\" usuario=\"«u»\">«d»", dt=dt + "T" + g.hms(),
              u=g.pick(["svc_distribuicao", "sistema", f"srv{g.d(5)}"]) if who is None or who is srv else f"adv{g.d(6)}", d=desc)
        if who is not None:
            doc.f(" por «w»", w=P(xesc(who.full if who is not srv else g.pick([srv.full, srv.caps]))))
        doc.t("</movimento>\n")
    doc.f("    </movimentos>\n    <documentos><documento id=\"«id»\" tipo=\"Petição Inicial\" sha256=\"«h»\"/></documentos>\n"
          "  </processo>\n</consultaProcessual>\n", id=g.d(9), h=g.hexs(64))
    return doc


def ju_ldap(g: Gen) -> Doc:
    """LDAP/Active Directory LDIF dump of a law firm."""
    doc = Doc()
    firm = g.pick([("Silva, Bento & Prudente Advogados", "sbp"), ("Leão Rosa Sociedade de Advogados", "leaorosa"),
                   ("Flor, Amaranto e Gadelha Advocacia", "fag"), ("Vitória & Sol Advogados Associados", "vitoriasol")])
    dom = firm[1]
    doc.f("# ticket SEC-«t»: auditoria de contas ativas de ex-colaboradores\n# ldapsearch -LLL -H ldaps://dc01.«d».local "
          "-b \"OU=Usuarios,DC=«d»,DC=local\" \"(objectClass=user)\"\n# «firm»\n\n", t=g.d(4), d=dom, firm=firm[0])
    people = [g.person() for _ in range(2)]
    boss = people[0]
    ddd = g.pick(DDDS)
    for i, p in enumerate(people):
        ou = g.pick(["Socios", "Advogados", "Estagiarios", "Administrativo"]) if i else "Socios"
        sam = (fold(p.first[0] + p.last).lower().replace("'", "").replace(" ", ""))[:20]
        mail = f"{fold(p.first).lower()}.{re.sub(r'[^a-z]', '', fold(p.last).lower())}@{dom}.adv.br"
        doc.f("dn: CN=«cn»,OU=«ou»,OU=Usuarios,DC=«d»,DC=local\nobjectClass: top\nobjectClass: person\nobjectClass: user\n"
              "cn: «cn2»\nsn: «sn»\ngivenName: «gn»\ndisplayName: «dn»\n",
              cn=P(fold(p.full)), ou=ou, d=dom, cn2=P(fold(p.full)), sn=P(p.family), gn=P(p.given),
              dn=P(g.pick([p.full, p.inverted_title])))
        title = {"Socios": "Sócio(a)", "Advogados": "Advogado(a)", "Estagiarios": "Estagiário(a)", "Administrativo": "Assistente"}[ou]
        doc.f("title: «ti»\ndepartment: «dp»\n", ti=title, dp=g.pick(["Contencioso Cível", "Trabalhista", "Família", "Tributário"]))
        if ou in ("Socios", "Advogados"):
            doc.f("description: «oab»\n", oab=(g.council("OAB"), "PROFESSIONAL_ID"))
        else:
            doc.f("description: «de»\n", de=g.pick(["acesso restrito pasta RH", "desligado em " + g.date("br"), "matricula " + g.d(5)]))
        doc.f("telephoneNumber: «tw»\nmobile: «mo»\nmail: «ml»\nuserPrincipalName: «up»\nsAMAccountName: «sam»\n",
              tw=(f"+55 {ddd} 3{g.d(3)}-{g.d(4)}", "PHONE_NUMBER"), mo=(g.phone(g.pick(["plus", "e164"])), "PHONE_NUMBER"),
              ml=(mail, "EMAIL_ADDRESS"), up=(mail, "EMAIL_ADDRESS") if g.chance(0.5) else f"{sam}@{dom}.local", sam=sam)
        doc.f("employeeID: «eid»\n", eid=g.d(6))
        if g.chance(0.5):
            doc.f("extensionAttribute1: «cpf»\n", cpf=(g.cpf("raw"), "BR_CPF"))
        if g.chance(0.45):
            doc.f("extensionAttribute2: nasc «dob»\n", dob=(g.dob(g.pick(["compact", "br"]), 1960, 2003), "DATE_OF_BIRTH"))
        if i:
            doc.f("manager: CN=«b»,OU=Socios,OU=Usuarios,DC=«d»,DC=local\n", b=P(fold(boss.full)), d=dom)
        doc.f("objectGUID:: «guid»\nwhenCreated: «wc»\nlastLogonTimestamp: «ll»\nuserAccountControl: «uac»\n\n",
              guid=g.hexs(22) + "==", wc=g.date("compact", g.rng.randint(2015, 2023)) + g.hms().replace(":", "") + ".0Z",
              ll="13" + g.d(16), uac=g.pick(["512", "514", "66048"]))
    doc.f("dn: CN=svc_backup,OU=Servico,DC=«d»,DC=local\nobjectClass: user\ncn: svc_backup\nsAMAccountName: svc_backup\n"
          "description: conta de serviço Veeam\nwhenCreated: «wc»\n\n# «n» objetos · revisado por «r»\n",
          d=dom, wc=g.date("compact", 2019) + "101500.0Z", n=len(people) + 1, r=P(g.person().short))
    return doc


def ju_labour_xlsx(g: Gen) -> Doc:
    """Excel export (;-separated) of plaintiffs in a labour class action."""
    doc = Doc()
    adv = g.person()
    emp = g.pick(["Frigorífico Leão do Norte S.A.", "Usina Santa Rosa Açúcar e Álcool", "Transportadora Bento Ltda",
                  "Vitória Facilities Eireli", "Cerâmica Sol Poente"])
    hdr = g.pick(["Nº;Reclamante (name);CPF;PIS/PASEP;CTPS nº/série;DOB;Admission dt;Demissão;Last salary R$;Função;Obs",
                  "#;NOME RECLTE;cpf;nit/pis;ctps;dt nasc;dt admis;dt desl;ult sal;cargo;obs",
                  "item;Nome Completo;C.P.F.;PIS;Carteira;Birth date;Hired;Fired;Salário;Role;Observ."])
    doc.f("ação coletiva x «emp» — planilha_reclamantes_v«v»_FINAL(2).xlsx → Sheet1 (exportado p/ CSV)\n«h»\n",
          emp=emp, v=g.rng.randint(2, 9), h=hdr)
    for i in range(1, g.rng.randint(4, 5)):
        p = g.person()
        adm_y = g.rng.randint(2005, 2020)
        doc.t(f"{i};")
        doc.e(name_form(g, p, ["caps", "caps", "inverted", "full", "plain"]), "PERSON").t(";")
        doc.e(g.cpf(), "BR_CPF").t(";")
        doc.e(g.pis(), "BR_PIS").t(";")
        doc.t(f"{g.d(7)}/{g.d(4)}-{g.pick(UFS)};")
        doc.e(g.dob(g.pick(["br", "short", "iso", "dash"]), 1958, 2002), "DATE_OF_BIRTH").t(";")
        doc.t(f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d}/{adm_y};")
        doc.t(f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d}/{g.rng.randint(adm_y + 1, 2025)};")
        doc.f("«s»;«f»;«o»\n", s=g.money(1412, 6500), f=g.pick(["desossador", "motorista", "aux. limpeza", "operador de caldeira", "cortador de cana"]),
              o=g.pick(["", "", "falecido - espólio rep. pela viúva", "tem ação individual", "CID M54.5 afastado",
                        "testemunha do grupo 2", "endereço desatualizado"]))
    doc.f("\nTOTAL reclamantes: «n» · resp.: «adv» («oab») · conferido por «c» em «d»\n",
          n=i, adv=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), c=P(g.person().first), d=g.date("br"))
    return doc


def ju_wiki_md(g: Gen) -> Doc:
    """Markdown tables from a law firm's internal wiki: correspondent lawyers and how to pay them."""
    doc = Doc()
    ed = g.person()
    doc.f("# Correspondentes jurídicos — Região «r»\n\n> Última edição por «ed» em «d». **Não** compartilhar fora do escritório.\n\n"
          "| Comarca | Correspondente | OAB | Whats | E-mail | Pgto | Obs |\n|---|---|---|---|---|---|---|\n",
          r=g.pick(["Sul", "Sudeste", "Nordeste", "Centro-Oeste"]), ed=P(ed.full), d=g.date("br"))
    comarcas = g.rng.sample([c for c, _ in CITIES], 3)
    for cm in comarcas:
        p = g.person()
        doc.f("| «cm» | «n» | «oab» | «tel» | «em» | ", cm=cm, n=P(g.pick([p.full, p.short, p.inverted_title])),
              oab=(g.council("OAB"), "PROFESSIONAL_ID"), tel=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"),
              em=(g.email(p), "EMAIL_ADDRESS"))
        k = g.pick(["pix", "conta", "cpf", "pix"])
        if k == "pix":
            doc.f("PIX «px»", px=(g.uuid(), "PIX_KEY"))
        elif k == "conta":
            doc.f("«b» ag «ag» cc «cc»", b=g.pick(["Itaú 341", "BB 001", "Caixa 104", "Sicredi 748"]),
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.f("PIX CPF «cpf»", cpf=(g.cpf(), "BR_CPF"))
        doc.f(" | «o» |\n", o=g.pick(["ótima, rápida", "só audiência", "cobra por km", "não usar (perdeu prazo)",
                                     "faz protocolo físico", "mora em Luz, atende Bom Despacho"]))
    doc.f("\n## Diligências pendentes\n\n| Processo | Cliente | Tipo | Valor | Resp. |\n|---|---|---|---|---|\n")
    for _ in range(2):
        cl = g.pick(["Rosa Branca Têxtil", "Leão Transportes", "Banco Sol", "Prudente Agro"]) if g.chance(0.4) else None
        doc.f("| «cnj» | ", cnj=g.cnj())
        if cl:
            doc.t(cl)
        else:
            doc.e(g.person().caps, "PERSON")
        doc.f(" | «tp» | R$ «v» | «r» |\n", tp=g.pick(["audiência", "cópia integral", "protocolo", "despacho c/ juiz"]),
              v=g.money(80, 600), r=P(g.pick([g.person().first, fold(g.person().first).lower()])))
    doc.f("\n_Revisão semestral pendente._ Hash do export: `«h»`\n", h=g.hexs(10))
    return doc


# =========================================================================== saude

HOSPS = ["Hospital Regional Dr. Leão Sampaio", "Santa Casa de Misericórdia", "Hospital Municipal Bento Arruda",
         "UPA Jardim Aurora", "Hospital Santa Rosa de Lima", "Hospital Estadual Prudente de Morais",
         "Pronto-Socorro Vitória", "Hospital Sol Nascente"]


def sa_samu_radio(g: Gen) -> Doc:
    """SAMU radio log dictated by the crew and typed by the radio operator."""
    doc = Doc()
    c, uf = g.city()
    v1, v2 = g.person(female=False), g.person(female=True)
    fam = g.relative(v1)
    mr = g.person()
    tarm = g.person(female=True)
    crew = g.person()
    unit = g.pick(["USA 02", "USB 05", "USA 01", "USB 11", "MOTOLÂNCIA 03"])
    hosp = g.pick(HOSPS)
    base = g.rng.randint(0, 22 * 60)
    mins = sorted(g.rng.sample(range(0, 75), 11))
    t = [f"{(base + m) // 60 % 24:02d}:{(base + m) % 60:02d}" for m in mins]
    doc.f("CENTRAL DE REGULAÇÃO SAMU 192 — «c»/«uf» — LIVRO DE RÁDIO (digitado pel«o» rádio-operador«a» «op») — «d»\n"
          "ocorrência «oc» · CIAP/CID presuntivo «cid»\n\n",
          c=c, uf=uf, o="a" if tarm.female else "o", a="a" if tarm.female else "", op=P(tarm.short), d=g.date("br"),
          oc=f"{g.rng.randint(2024, 2025)}/{g.d(6)}", cid=g.pick(["V89.2", "S06.0", "T14.0", "V43.5"]))
    entries = [
        ("«u» p/ central: QAP? no QTH, «rod» km «km», colisão carro x moto. carro placa «p1», moto placa «p2». "
         "duas vítimas, solicito apoio bombeiros",
         dict(rod=g.pick(["Rod. BR-116", "Rod. SP-270", "Rod. BR-101", "Av. Presidente Vargas"]), km=g.rng.randint(3, 480),
              p1=(g.plate(False), "LICENSE_PLATE"), p2=(g.plate(True), "LICENSE_PLATE"))),
        ("central: QSL «u». MR «mr» ciente, prossiga", dict(mr=P(g.pick([mr.last, mr.short, fold(mr.last).upper()])))),
        ("«u»: vítima 1 masc, motociclista, consciente, Glasgow 14, PA 100x60, FC 118, escoriações MMII, "
         "suspeita fx fêmur D. identificado pelo documento: «n1», RG «rg», nascido em «dob1»",
         dict(n1=P(g.pick([v1.caps, v1.full])), rg=(g.rg(), "BR_RG"), dob1=(g.dob(g.pick(["br", "long", "short"]), 1970, 2006), "DATE_OF_BIRTH"))),
        ("«u»: vítima 2 fem, condutora do carro, deambulando, refere dor cervical, colar aplicado. diz chamar «n2», "
         "«age» anos, nascida «dob2», CNH «cnh» na carteira",
         dict(n2=P(g.pick([v2.first + " " + v2.last, v2.first, v2.low])), age=g.rng.randint(22, 78),
              dob2=(g.dob(g.pick(["short", "br", "nopad"]), 1947, 2003), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"))),
        ("central: MR orienta vítima 1 p/ «h», vítima 2 avaliar no local. J4 autorizado? (sirene)",
         dict(h=hosp)),
        ("«u»: QSL. «irm» da vítima 1 chegou no local, «f», tel «tel», vai acompanhar. CNS da vítima 1 pelo app: «cns»",
         dict(irm="irmã" if fam.female else "irmão", f=P(g.pick([fam.full, fam.first, fold(fam.first).upper()])), tel=(g.phone(g.pick(["plain", "raw", "sp"])), "PHONE_NUMBER"),
              cns=(g.cns(), "BR_CNS"))),
        ("central: ciente, endereço da vítima 1 p/ ficha: «addr», CEP «cep»",
         dict(addr=(g.address(g.pick(["caps", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))),
        ("«u»: em QTI p/ «h». equipe: «cr» (enf, «coren») + condutor «drv»",
         dict(h=hosp, cr=P(crew.short), coren=(g.council("COREN"), "PROFESSIONAL_ID"), drv=P(g.pick([g.person(False).first, g.person(False).nick])))),
        ("«u»: QTH destino 10-9, vítima entregue «aodr» «md» («crm»), sala vermelha. PA estável", 
         dict(aodr=g.pick(["ao dr.", "ao plantonista"]), md=P(g.person(female=False).short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))),
        ("central: QSL, retornar à base. tempo resposta 00:«tr». ocorrência encerrada",
         dict(tr=f"{g.rng.randint(8, 39):02d}:{g.d(1)}{g.d(1)}")),
    ]
    for (line, vals), hh in zip(entries, t):
        doc.f(f"{hh} " + line + "\n", u=unit, **vals)
    return doc


def sa_telegram_patients(g: Gen) -> Doc:
    """Telegram group export of a patients' association."""
    doc = Doc()
    grp = g.pick(["Associação Amigos do Rim — Vale 💙", "Grupo Fibrose Cística Bahia", "Mães Atípicas de Vitória",
                  "Associação Sol de Esperança (oncologia infantil)", "Renais Crônicos Leão XIII"])
    adm = g.person(female=True)
    people = [g.person(word=(i == 1)) for i in range(5)]
    tt = g.times(9, 7 * 3600, 23 * 3600)
    dd, mo = g.rng.randint(1, 26), g.rng.randint(1, 12)
    doc.f("Exportação do chat «grp» · «n» membros · gerado por Telegram Desktop\n\n", grp=grp, n=g.rng.randint(60, 900))
    i = 0

    def hdr(name):
        nonlocal i
        doc.f("[«d» «h»] «n»: ", d=f"{dd + i // 5:02d}/{mo:02d}/2025", h=tt[i], n=P(name))
        i += 1

    hdr(adm.full + "")
    doc.f("📌 Lembrete: NÃO postem CPF, cartão do SUS ou laudo aqui, grupo é aberto. Dúvida de TFD é comigo no privado. "
          "Doações só pela conta da associação.\n")
    p = people[0]
    hdr(g.pick([p.first, p.short]))
    doc.f("gente alguém conseguiu remarcar a hemodiálise? meu cartão sus é «cns» e no app dá erro, a moça da "
          "recepção disse q é cadastro\n", cns=(g.cns(), "BR_CNS"))
    p = people[1]
    hdr(p.short)
    doc.f("«f», aqui deu o mesmo. falei com a assistente social «as», ela atende «dia» («h»), o zap dela é «tel»\n",
          f=P(people[0].first), as_=None, **{"as": P(g.person(female=True).short)},
          dia=g.pick(["terça", "quarta", "sexta"]), h=g.pick(HOSPS), tel=(g.phone(g.pick(["plain", "par", "sp"])), "PHONE_NUMBER"))
    p = people[2]
    kid = g.relative(p)
    hdr(g.pick([p.full, fold(p.first).lower()]))
    doc.f("boa noite. «mf» «k» nasceu em «dob» e recebeu diagnóstico ontem (CID «cid»). to perdida, a dra «dr» "
          "falou da associação. ela é muito prudente, não quis falar de prognóstico 😢\n",
          mf="minha filha" if kid.female else "meu filho", k=P(g.pick([kid.first, kid.full])), dob=(g.dob(g.pick(["br", "long", "nopad", "short"]), 2015, 2024), "DATE_OF_BIRTH"),
          cid=g.pick(CIDS), dr=P(g.pick([g.person(female=True).last, g.person(female=True).short])))
    hdr(adm.first)
    doc.f("Seja bem-vinda, «f»! Te chamo no privado. Pessoal, sol forte amanhã, levem água pra fila da farmácia de alto custo.\n",
          f=P(p.first))
    p = people[3]
    hdr(p.short)
    doc.f("vaquinha p/ transporte do «x» até «cidade»: pix aleatória «px» (conta da mãe dele, «m»)\n",
          x=P(g.pick([g.person(False).nick, g.person(False).first])), cidade=g.pick(["Barretos", "Porto Alegre", "São Paulo", "Jaú"]),
          px=(g.uuid(), "PIX_KEY"), m=P(g.person(female=True).full))
    p = people[4]
    hdr(g.pick([p.first, p.full]))
    doc.f("pra quem pediu: o endereço da casa de apoio é «addr», CEP «cep», falar com «w» (voluntário). "
          "mas liga antes, «tel2»\n", addr=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          w=P(g.person(False).full), tel2=(g.phone(), "PHONE_NUMBER"))
    hdr(people[0].first)
    doc.f("obrigad«o» «r» ❤️ ah e meu cpf pro cadastro da associação é «cpf», «a» pediu\n",
          o="a" if people[0].female else "o", r=P(fold(people[4].first).lower()), cpf=(g.cpf(), "BR_CPF"), a=P(adm.first))
    if g.chance(0.5):
        return doc
    hdr(adm.first)
    doc.f("⚠️ apaguei a mensagem acima. Por favor, dados só no formulário (link fixado).\n")
    return doc


def sa_nurse_notes(g: Gen) -> Doc:
    """Health-plan nurse-line notes typed in a hurry."""
    doc = Doc()
    ben = g.person(female=g.chance(0.6))
    cg = g.relative(ben)
    enf = g.person()
    enf2 = g.person()
    mdn = g.person()
    cart = g.d(3) + "." + g.d(4) + "." + g.d(6) + "." + g.d(2) + "-" + g.d(1)
    doc.f("tele-enfermagem «op» · benef carteirinha «cart» · prog. cronicos · notas (nao editar)\n",
          op=g.pick(["unimed", "amil", "hapvida", "sulamerica", "cassi"]), cart=cart)
    dts = sorted(g.rng.sample(range(1, 29), 4))
    mo = g.rng.randint(1, 12)
    notes = [
        ("enf «e» («coren»): lig p/ benef «b», «age»a, dn «dob», has + dm2 (cid «c1»/«c2»). refere tontura ha 3d, pa "
         "aferida pela filha 160x100. orient ps se piora. nao tem glicosimetro",
         dict(e=P(fold(enf.first).lower()), coren=(g.council("COREN").lower(), "PROFESSIONAL_ID"),
              b=P(g.pick([ben.low, fold(ben.short).lower()])), age=g.rng.randint(58, 91),
              dob=(g.dob(g.pick(["short", "ddmmyy", "nopad", "br"]), 1934, 1966), "DATE_OF_BIRTH"), c1="i10", c2="e11.9")),
        ("retorno: falei c/ «cg» (cuidador«a», «rel»), tel «tel». benef foi a upa jd aurora, medicada, alta. "
         "trocaram losartana 50 p/ 100. pedir receita c/ dr «md»",
         dict(cg=P(fold(cg.first).lower()), a="a" if cg.female else "", rel=g.pick(["filha", "neta", "nora"]) if cg.female else g.pick(["filho", "neto", "genro"]),
              tel=(g.phone(g.pick(["raw", "plain", "sp", "dash"])), "PHONE_NUMBER"), md=P(fold(mdn.last).lower()))),
        ("«e2»: agendado tele c/ dr «md» («crm») dia «dd»/«mo» 14h. link enviado p/ «em». cns p/ sus: «cns»",
         dict(e2=P(fold(enf2.first).lower()), md=P(fold(mdn.short).lower()), crm=(g.council("CRM").lower(), "PROFESSIONAL_ID"),
              dd=dts[2] + 1, mo=mo, em=(g.email(cg).lower(), "EMAIL_ADDRESS"), cns=(g.cns(False), "BR_CNS"))),
        ("«e2»: visita domic solicitada, end «addr» cep «cep», ref: perto da farmacia flor do vale. benef acamad«o» "
         "desde queda. obs: rosa (a gata) arranha, avisar equipe kkk",
         dict(e2=P(fold(enf2.first).lower()), addr=(g.address("low"), "ADDRESS"), cep=(g.cep(g.chance(0.5)), "BR_CEP"),
              o="a" if ben.female else "o")),
    ]
    for (line, vals), dd in zip(notes, dts):
        doc.f(f"{dd:02d}/{mo:02d} {g.hm()} " + line + "\n", **vals)
    doc.f("pendente: autorizacao fisio (guia «gd»), resp «r»\n", gd=g.d(9), r=P(fold(enf.short).lower()))
    return doc


def sa_audit_log(g: Gen) -> Doc:
    """Hospital information-system audit log lines (access to a patient's record)."""
    doc = Doc()
    pat = g.person()
    pat2 = g.person()
    users = [(f"u{g.d(5)}", g.person(), g.pick(["MEDICO", "ENFERMAGEM", "RECEPCAO", "FATURAMENTO"])) for _ in range(3)]
    day = g.date("iso")
    cpf = g.cpf("raw")
    pid = g.d(8)
    sys_ = g.pick(["MV-PEP", "Tasy", "SoulMV", "AGHU"])
    doc.f("# export SIEM · filtro patient_id=«pid» OR cpf=«cpf» · «day» · solicitado pelo DPO «dpo» (incidente INC-«inc»)\n",
          pid=pid, cpf=(cpf, "BR_CPF"), day=day, dpo=P(g.person().full), inc=g.d(6))
    ts = g.times(6, 0, 86399)
    lines = []
    for k in range(6):
        uid, u, role = users[k % 3] if k != 4 else ("svc_integracao", None, "SISTEMA")
        action = g.pick(["VIEW_PRONTUARIO", "VIEW_EVOLUCAO", "PRINT_LAUDO", "SEARCH_PACIENTE", "EXPORT_PDF", "VIEW_PRESCRICAO"])
        lines.append((ts[k], uid, u, role, action))
    for hh, uid, u, role, action in lines:
        ms = g.d(3)
        doc.f("«day»T«hh»:«s».«ms»-03:00 INFO [«sys»] session=«ses» user=«uid» ", day=day, hh=hh, s=f"{g.rng.randint(0, 59):02d}",
              ms=ms, sys=sys_, ses=g.uuid(), uid=uid)
        if u is None or g.chance(0.4):
            doc.f("role=«r» ip=10.0.3.«x» ", r=role, x=g.rng.randint(2, 250))
        else:
            doc.f("user_name=\"«un»\" role=«r» ip=«ip» ", un=P(g.pick([u.caps, u.full])), r=role, ip=(g.ip(), "IP_ADDRESS"))
        if action == "SEARCH_PACIENTE":
            doc.f("action=SEARCH_PACIENTE query=\"nome=«q» dn=«dob»\" hits=«h»\n",
                  q=P(fold(pat.first + " " + pat.last).upper()), dob=(g.dob("compact", 1940, 2005), "DATE_OF_BIRTH"), h=g.rng.randint(1, 4))
        else:
            doc.f("action=«a» patient_id=«pid» patient=\"«pn»\" atendimento=«at» cid=«cid»\n",
                  a=action, pid=pid, pn=P(pat.caps), at=g.d(9), cid=g.pick(CIDS))
    bg = users[1]
    doc.f("«day»T«hh»:00.000-03:00 WARN [«sys»] user=«uid» user_name=\"«un»\" action=BREAK_GLASS patient_id=«pid2» "
          "patient=\"«pn2»\" cns=«cns» justificativa=\"pcte «pl» em PCR no PS, familiar «fam» autorizou\" sha1=«h»\n",
          day=day, hh=g.hm(), sys=sys_, uid=bg[0], un=P(bg[1].caps), pid2=g.d(8), pn2=P(pat2.caps),
          cns=(g.cns(False), "BR_CNS"), pl=P(fold(pat2.first).lower()), fam=P(fold(g.relative(pat2).full).lower()), h=g.hexs(40))
    doc.f("# conclusão preliminar: acesso de «u» sem vínculo assistencial. User «uid» é da «dept».\n",
          u=P(users[2][1].short), uid=users[2][0], dept=g.pick(["recepção da UPA Vitória", "equipe do Bloco Rosa", "contabilidade"]))
    return doc


def sa_parquet_ticket(g: Gen) -> Doc:
    """Data-engineering ticket: Parquet schema + df.show() sample rows of a patients table."""
    doc = Doc()
    eng = g.person()
    rep = g.person()
    tbl = g.pick(["bronze.atendimentos_ps", "raw.pacientes_regulacao", "silver.internacoes_sus"])
    doc.f("DATA-«t» · [BUG] schema drift em «tbl» após deploy do conector «cn»\nReporter: «rp» · Assignee: «as» · Prioridade: Alta\n\n"
          "```\n>>> df = spark.read.parquet(\"s3://lake-«b»/«path»/dt=«dt»/\")\n>>> df.printSchema()\nroot\n"
          " |-- id_atendimento: string (nullable = true)\n |-- nm_paciente: string (nullable = true)\n"
          " |-- nr_cpf: string (nullable = true)\n |-- dt_nasc: integer (nullable = true)\n |-- nr_cns: string (nullable = true)\n"
          " |-- ds_logradouro: string (nullable = true)\n |-- nr_cep: string (nullable = true)\n"
          " |-- cd_cid: string (nullable = true)\n |-- nm_medico: string (nullable = true)\n |-- nr_crm: string (nullable = true)\n"
          " |-- vl_conta: decimal(12,2) (nullable = true)\n |-- _ingest_id: string (nullable = false)\n\n"
          ">>> df.select(\"nm_paciente\",\"nr_cpf\",\"dt_nasc\",\"ds_logradouro\",\"nr_cep\",\"cd_cid\",\"nm_medico\",\"nr_crm\").show(«k», truncate=False)\n",
          t=g.d(4), tbl=tbl, cn=g.pick(["debezium-oracle", "airbyte-mv", "fivetran-tasy"]), rp=P(rep.full), as_=None,
          **{"as": P(eng.full)}, b=g.pick(["saude", "hosp-prod"]), path=tbl.replace(".", "/"), dt=g.date("iso"), k=2)
    rows = []
    for _ in range(2):
        p = g.person()
        md = g.person()
        cpf = g.cpf("raw") if g.chance(0.8) else None
        rows.append([
            (name_form(g, p, ["caps", "caps", "plain", "full"]), "PERSON"),
            (cpf, "BR_CPF") if cpf else ("null", None),
            (g.dob("compact", 1938, 2020), "DATE_OF_BIRTH"),
            (g.address(g.pick(["caps", "text"])), "ADDRESS"),
            (g.cep(False), "BR_CEP"),
            (g.pick(CIDS), None),
            (fold(md.short).upper(), "PERSON"),
            (g.council("CRM").replace("CRM-", "CRM-").upper(), "PROFESSIONAL_ID"),
        ])
    heads = ["nm_paciente", "nr_cpf", "dt_nasc", "ds_logradouro", "nr_cep", "cd_cid", "nm_medico", "nr_crm"]
    widths = [max(len(h), *(len(r[i][0]) for r in rows)) for i, h in enumerate(heads)]
    sep = "+" + "+".join("-" * w for w in widths) + "+\n"
    doc.t(sep + "|" + "|".join(h.ljust(w) for h, w in zip(heads, widths)) + "|\n" + sep)
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.cell(v, w, lab, right=(lab == "DATE_OF_BIRTH"))
            doc.t("|")
        doc.t("\n")
    doc.t(sep + "only showing top 2 rows\n```\n\n")
    doc.f("Comentário de «e»: dt_nasc virou integer (yyyymmdd) e o _ingest_id é UUID («u»), não é chave. "
          "Também vi CPF 11 dígitos inválido tipo «bad» vindo do legado — filtrar? Hash do arquivo: «h». "
          "Alguém pode validar com o time do Dr. Bento (BI)?\n",
          e=P(eng.first), u=g.uuid(), bad=g.bad_cpf(), h=g.hexs(32))
    return doc


def sa_vaccine_sheet(g: Gen) -> Doc:
    """Google Sheets export of a vaccination drive (odd headers)."""
    doc = Doc()
    hdr = g.pick(["Nome Compelto;dt nasc.;CNS / cartao sus;Fone;Endereco (rua, nº);CEP;Vacina;Lote;Dose;Dt aplic;Aplicador;Obs",
                  "NOME;DN;CNS;TEL;END;cep;imuno;lote;dose;data;vacinador;obs",
                  "Patient;Birth;SUS card;Phone;Address;ZIP;Vaccine;Batch;Dose;Date;Vaccinator;notes"])
    vacs = [g.person() for _ in range(2)]
    coren = {id(v): g.council("COREN") for v in vacs}
    doc.f("Campanha «c» — «ubs» — export «d»\n«h»\n", c=g.pick(["Influenza 2025", "Multivacinação", "HPV escolas", "Dengue 10-14a"]),
          ubs=g.pick(["UBS Vila Rosa", "ESF Bento Arruda", "UBS Jardim Aurora", "Posto Sol Nascente"]), d=g.date("br"), h=hdr)
    for _ in range(2 if g.chance(0.7) else 3):
        p = g.person()
        doc.e(name_form(g, p, ["full", "caps", "low", "plain", "inverted"]), "PERSON").t(";")
        doc.e(g.dob(g.pick(["br", "short", "nopad", "iso", "dash"]), 1935, 2020), "DATE_OF_BIRTH").t(";")
        if g.chance(0.85):
            doc.e(g.cns(), "BR_CNS")
        doc.t(";")
        if g.chance(0.8):
            doc.e(g.phone(g.pick(["raw", "plain", "par", "dash"])), "PHONE_NUMBER")
        doc.t(";")
        doc.e(g.address(g.pick(["text", "caps", "low"])), "ADDRESS").t(";").e(g.cep(g.chance(0.5)), "BR_CEP")
        v = g.pick(vacs)
        doc.f(";«vc»;«lt»;«ds»;«dt»;«vn»;", vc=g.pick(["INF", "dT", "HPV4", "QDENGA", "Tríplice viral"]),
              lt=g.pick([f"{g.hexs(2).upper()}{g.d(4)}", f"U{g.d(4)}AA", f"{g.d(6)}"]), ds=g.pick(["D1", "D2", "DU", "REF"]),
              dt=g.date("br"), vn=P(g.pick([v.first, fold(v.short).upper(), v.initials])))
        ob = g.pick(["", "", "acamado - visita dom.", "mae", "sem cartão, CNS pelo CPF", "reação local leve", "resp"])
        if ob == "mae" and g.chance(0.9):
            doc.f("mãe: «m»", m=P(g.relative(p, True).full))
        elif ob == "resp":
            doc.f("resp. «m» tel «t»", m=P(g.relative(p).first), t=(g.phone("plain"), "PHONE_NUMBER"))
        else:
            doc.t(ob if ob != "mae" else "")
        doc.t("\n")
    doc.f("\nvacinadores: «v1» («c1») e «v2» («c2»). Planilha conferida por «x».\n",
          v1=P(vacs[0].full), c1=(coren[id(vacs[0])], "PROFESSIONAL_ID"), v2=P(vacs[1].full),
          c2=(coren[id(vacs[1])], "PROFESSIONAL_ID"), x=P(g.person().first))
    return doc


def sa_lab_json(g: Gen) -> Doc:
    """Lab information system JSON API response (critical results)."""
    doc = Doc()
    lab = g.pick(["Laboratório Santa Luz", "Lab Bento Diagnósticos", "Hermes Pardini", "Lab Flor de Lótus"])
    rt = g.person()
    doc.f("GET /api/v2/laudos?status=CRITICO&desde=«d» HTTP/1.1 → 200\nx-request-id: «rid»\n\n{\n  \"lab\": \"«lab»\",\n"
          "  \"responsavel_tecnico\": {\"nome\": \"«rt»\", \"registro\": \"«crbm»\"},\n  \"page\": 1,\n  \"results\": [\n",
          d=g.date("iso"), rid=g.uuid(), lab=lab, rt=P(rt.full), crbm=(g.council(g.pick(["CRBM", "CRF"])), "PROFESSIONAL_ID"))
    n = g.rng.randint(1, 2)
    for i in range(n):
        p = g.person()
        md = g.person()
        doc.f("    {\n      \"pedido\": \"«ped»\",\n      \"paciente\": {\n        \"nome\": \"«nm»\",\n"
              "        \"nome_social\": ", ped=f"{g.d(2)}-{g.d(8)}", nm=P(jstr(g.pick([p.full, p.caps]))))
        if g.chance(0.8):
            doc.t("null")
        else:
            doc.f("\"«ns»\"", ns=P(jstr(g.person(not p.female).given)))
        doc.f(",\n        \"cpf\": \"«cpf»\",\n        \"nascimento\": \"«dob»\",\n        \"sexo\": \"«sx»\",\n"
              "        \"telefones\": [\"«t1»\"", cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              dob=(g.dob("iso", 1935, 2022), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
              t1=(g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f(", \"«t2»\"", t2=(g.phone(g.pick(["e164", "raw"]), mobile=False), "PHONE_NUMBER"))
        doc.t("],\n        \"email\": ")
        if g.chance(0.3):
            doc.t("null")
        else:
            doc.f("\"«em»\"", em=(g.email(p), "EMAIL_ADDRESS"))
        doc.f("\n      },\n      \"solicitante\": {\"nome\": \"«md»\", \"registro\": \"«crm»\"},\n"
              "      \"exames\": [{\"codigo\": \"«tuss»\", \"nome\": \"«ex»\", \"valor\": «vl», \"critico\": true}],\n"
              "      \"cid\": \"«cid»\",\n      \"comunicado_a\": \"«ca»\",\n      \"hash_laudo\": \"«h»\"\n    }«cm»\n",
              md=P(jstr(md.full)), crm=(g.council("CRM"), "PROFESSIONAL_ID"), tuss=g.pick(["40302040", "40301630", "40316491", "40302318"]),
              ex=g.pick(["Potássio", "Hemoglobina", "Troponina", "Plaquetas", "Glicose"]), vl=f"{g.rng.randint(1, 90)}.{g.d(1)}",
              cid=g.pick(CIDS), ca=P(g.person().short), h=g.hexs(64), cm="," if i < n - 1 else "")
    doc.f("  ],\n  \"total\": «n»,\n  \"next\": null\n}\n", n=n)
    return doc


# =========================================================================== financeiro


def fi_collection_notes(g: Gen) -> Doc:
    """Debt-collection call notes typed in a hurry."""
    doc = Doc()
    dev = g.person(female=False, word=g.chance(0.3))
    sp = g.relative(dev)
    av = g.person()
    ctr = g.d(10)
    doc.f("ASSESSORIA «a» · carteira «c» · contrato «ctr» (CDC veiculo) · atraso «dias»d · saldo r$ «m»\n",
          a=g.pick(["cobrax", "recupera+", "sol cobrancas", "leao recuperacao de credito"]), c=g.pick(["bv", "santander fin", "pan"]),
          ctr=ctr, dias=g.rng.randint(35, 400), m=g.money(3000, 80000))
    dts = sorted(g.rng.sample(range(1, 29), 5))
    mo = g.rng.randint(1, 12)
    notes = [
        ("op{o}: lig p/ devedor «d» cpf «cpf» tel cad «tel» - atendeu «s» («rel»), disse q ele ta desempregado e "
         "q nao mora mais la. pedi novo contato, negou",
         dict(d=P(g.pick([dev.low, fold(dev.short).lower()])), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              tel=(g.phone(g.pick(["raw", "plain"]), mobile=False), "PHONE_NUMBER"), s=P(fold(sp.first).lower()),
              rel="esposa" if sp.female else "marido")),
        ("op{o}: skiptrace achou cel «tel2» e email «em». whats com foto de perfil confere. tit eleitor «te»",
         dict(te=(g.titulo(), "BR_TITULO_ELEITOR"), tel2=(g.phone(g.pick(["raw", "sp", "plain", "cc"])), "PHONE_NUMBER"), em=(g.email(dev).lower(), "EMAIL_ADDRESS"))),
        ("op{o}: contato c/ «d». propos acordo 12x r$ «p», aceitou entrada dia «dd». pgto via pix na chave da assessoria. "
         "veic placa «pl» ainda c/ ele, nao precisa busca e apreensao por ora",
         dict(d=P(fold(dev.first).lower()), p=g.money(150, 900), dd=g.rng.randint(1, 28), pl=(g.plate(), "LICENSE_PLATE"))),
        ("op{o}: avalista «av» cpf «cpf2» notificado por carta no end «addr» cep «cep» (AR «ar»)",
         dict(av=P(g.pick([av.low, fold(av.short).lower()])), cpf2=(g.cpf("raw"), "BR_CPF"),
              addr=(g.address("low"), "ADDRESS"), cep=(g.cep(g.chance(0.5)), "BR_CEP"), ar=f"{g.pick(['JT', 'YA', 'OB'])}{g.d(9)}BR")),
        ("op{o}: entrada nao caiu. dev diz q pagou, mandou comprovante c/ id «e2e» - e de outro banco, outro valor. "
         "escalado p/ sup «sup». dn p/ consulta bureau: «dob»",
         dict(e2e="E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7), sup=P(fold(g.person().first).lower()),
              dob=(g.dob(g.pick(["ddmmyy", "short", "nopad", "compact"]), 1960, 2000), "DATE_OF_BIRTH"))),
    ]
    for (line, vals), dd in zip(notes, dts):
        doc.f(f"{dd:02d}/{mo:02d} {g.hm()} " + line.replace("{o}", g.d(4)) + "\n", **vals)
    return doc


def fi_bank_chat(g: Gen) -> Doc:
    """Bank-app chat: a bot, then handoff to a fraud specialist (Pix scam)."""
    doc = Doc()
    bank = g.pick(["Banco Prudente", "Leão Bank", "Conta Sol", "Banco Vitória Digital"])
    bot, bo = g.pick([("Bento", "o"), ("Luz", "a"), ("Leo", "o")])
    cli = g.person()
    aunt = g.person(female=True)
    sp = g.person()
    t = g.clock(10, 30)
    px = g.uuid()
    doc.f("chat_id=«cid» · app «bank» 7.«v» (Android) · ip «ip» · device «dv»\n\n",
          cid=g.uuid(), bank=bank, v=g.rng.randint(10, 80), ip=(g.ip(), "IP_ADDRESS"), dv=g.hexs(16))
    doc.f("«t0» «bot» 🤖: Oi! Sou «bo» «bot», assistente virtual do «bank». Em que posso ajudar?\n"
          "«t0» você: caí num golpe. fiz um pix de R$ «m» pra chave «px» achando que era minha tia «aunt»\n"
          "«t1» «bot» 🤖: Sinto muito. Informe o ID da transação (começa com E).\n"
          "«t1» você: «e2e»\n"
          "«t2» «bot» 🤖: Vou te transferir para um especialista em segurança. Protocolo «prot».\n"
          "--- «sp» entrou na conversa ---\n",
          t0=t[0], t1=t[1], t2=t[2], bot=bot, bo=bo, bank=bank, m=g.money(200, 9000), px=(px, "PIX_KEY"),
          aunt=P(g.pick([aunt.first, fold(aunt.first).lower(), aunt.full])),
          e2e="E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7), prot=g.protocol(), sp=P(sp.full))
    doc.f("«t3» «spf» (Especialista): Olá, «cf». Vou abrir o MED agora. O recebedor aparece como «rec», «rcpf», "
          "ag «rag» conta «racc». Confere?\n"
          "«t4» você: nunca vi esse nome. o golpista mandou msg do «tel» com a foto da minha tia\n"
          "«t5» «sp2»: Certo. Para confirmar sua identidade: data de nascimento?\n"
          "«t5» você: «dob»\n"
          "«t6» «sp2»: Obrigad«o». Vou bloquear também o cartão por precaução.\n"
          "«t7» você: bloqueia esse «card»\n"
          "«t7» «sp2»: Por segurança, nunca digite o número completo no chat 🙏 Já bloqueei o final «fin».\n"
          "«t8» «sp2»: MED aberto, prazo de até 7 dias. Boletim de ocorrência ajuda — você mora em «city»?\n"
          "«t9» você: isso, «addr». obrigad«o2» «spl»\n"
          "--- conversa encerrada · nota 5 · tags [MED, GOLPE_PARENTE] ---\n",
          t3=t[3], t4=t[4], t5=t[5], t6=t[6], t7=t[7], t8=t[8], t9=t[9], spf=P(sp.first), cf=P(cli.first),
          sp2=g.pick([(sp.first, "PERSON"), "Especialista", "Especialista", "Segurança"]),
          rec=P(g.person().caps), rcpf=(g.cpf(), "BR_CPF"), rag=(g.agency(False), "BANK_ACCOUNT"), racc=(g.account(), "BANK_ACCOUNT"),
          tel=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2004), "DATE_OF_BIRTH"),
          o="a" if sp.female else "o", card=(g.card(g.chance(0.6)), "CREDIT_CARD"), fin=g.d(4), city=g.city()[0],
          addr=(g.address(g.pick(["low", "text"])), "ADDRESS"), o2="a" if cli.female else "o", spl=P(g.pick([sp.first, fold(sp.first).lower()])))
    return doc


def fi_facebook_fraud(g: Gen) -> Doc:
    """Facebook comments under a bank's anti-scam post."""
    doc = Doc()
    bank = g.pick(["Banco Prudente", "Leão Bank", "Cooperativa Sol Sicredi", "Banco Vitória"])
    doc.f("«bank» · Patrocinado · 🚨 GOLPE DO FALSO FUNCIONÁRIO: o «bank» nunca liga pedindo senha, código ou Pix "
          "para \"conta segura\". Desconfie!\n👍😮😡 «r» · «c» comentários\n\n", bank=bank, r=g.rng.randint(200, 9000),
          c=g.rng.randint(50, 900))
    kinds = g.rng.sample(["funcionario", "clone", "conta", "boleto", "elogio"], 3)
    for k in kinds:
        p = g.person(word=g.chance(0.25))
        doc.f("«n»\n", n=P(g.pick([p.full, p.short, p.caps])))
        if k == "funcionario":
            fake = g.person()
            doc.f("caí nesse, o cara se dizia «fk» da central, ligou do «tel» sabendo meu cpf e tudo. "
                  "mandei pix pra chave «px» em nome de «nm». R$ «m» 😭\n",
                  fk=P(g.pick([fake.first, fake.short])), tel=(g.phone(g.pick(["par", "plain", "zero"])), "PHONE_NUMBER"),
                  px=(g.uuid(), "PIX_KEY"), nm=P(g.person().caps), m=g.money(300, 15000))
        elif k == "clone":
            doc.f("clonaram meu cartão «c» mês passado, compra em Vitória da Conquista que nunca fui. até hoje sem estorno\n",
                  c=(g.card(), "CREDIT_CARD"))
        elif k == "conta":
            doc.f("denunciem essa conta de laranja: ag «ag» cc «cc», nome «nm». já fiz BO\n",
                  ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), nm=P(g.person().full))
        elif k == "boleto":
            doc.f("recebi boleto falso no email «em» com o logo de vcs, valor R$ «m», código de barras começando com 23790. "
                  "sorte que a Rosa do caixa viu\n", em=(g.email(p), "EMAIL_ADDRESS"), m=g.money(90, 2000))
        else:
            ger = g.person(female=True)
            doc.f("a gerente «g» da agência «ag» me salvou, bloqueou na hora. obrigada «g2»!!\n",
                  g=P(ger.full), ag=g.pick(["do Centro", "da Av. Bento Gonçalves", "Prudente Shopping"]),
                  g2=P(fold(ger.first).lower()))
        doc.f("   ↳ «bank»: Oi, «f». Sentimos muito. Chama a gente no privado pra abrir a contestação (não publique dados).\n\n",
              bank=bank, f=P(p.first))
    return doc


def fi_telegram_invest(g: Gen) -> Doc:
    """Telegram group of an informal investment club."""
    doc = Doc()
    club = g.pick(["Clube de Investimento Sol Nascente", "Clube Leão de Ouro", "Clube Rosa dos Ventos FIA", "Clube Prudente Renda"])
    adm = g.person()
    ms = [g.person(word=(i == 0), female=(True if i == 2 else None)) for i in range(4)]
    leao = g.person(female=False)
    leao.given = "Leão"
    tt = g.times(8, 7 * 3600, 23 * 3600)
    d0 = g.rng.randint(1, 20)
    mo = g.rng.randint(2, 4)
    doc.f("Exportação · «club» (CNPJ «cn») · «n» membros\n\n", club=club, cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
          n=g.rng.randint(12, 60))
    i = 0

    def hdr(name):
        nonlocal i
        doc.f("«n», [«d» «h»]\n", n=P(name), d=f"{d0 + i // 3:02d}.{mo:02d}.2025", h=tt[i])
        i += 1

    hdr(adm.full)
    doc.f("Pessoal, informe de rendimentos do clube sai dia 28. O leão não perdoa: quem não mandou CPF e data de nascimento "
          "pra corretora, manda no privado, NÃO aqui.\n\n")
    hdr(ms[0].short)
    doc.f("mandei errado aqui mesmo 🤦 «cpf», nasc «dob». apaga «a»?\n\n", cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "short", "nopad", "dash"]), 1955, 2003), "DATE_OF_BIRTH"), a=P(adm.first))
    hdr(leao.short)
    doc.f("kkk o leão aqui sou eu 🦁 mas o da Receita é pior. «a», o aporte de «mes» eu fiz por TED pra ag «ag» cc «cc», confere?\n\n",
          a=P(adm.first), mes=g.pick(MONTHS[:3]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    hdr(adm.first)
    doc.f("Caiu sim, «l». Cota a R$ «q». «x», falta o seu: pix aleatória do clube é «px»\n\n",
          l=P(leao.first), q=g.money(1, 9), x=P(g.pick([ms[1].first, fold(ms[1].first).lower()])), px=(g.uuid(), "PIX_KEY"))
    hdr(ms[1].full)
    doc.f("feito! comprovante id «tx». e a «w» pediu pra entrar no clube, o email dela é «em»\n\n",
          tx=g.hexs(24).upper(), w=P(ms[2].first), em=(g.email(ms[2]), "EMAIL_ADDRESS"))
    hdr(ms[3].short)
    doc.f("alguém sabe se VALE3 paga dividendo esse tri? e a Vitória Ativos (VTRA11) desabou 8%\n\n")
    hdr(adm.first)
    doc.f("«m3», sem recomendação aqui, CVM é rígida. Assembleia dia «dt», na casa d«o» «h», «addr». Ata vai com assinatura no gov.br\n",
          m3=P(ms[3].first), dt=g.date("br"), o="a" if ms[0].female else "o", h=P(ms[0].first), addr=(g.address(), "ADDRESS"))
    return doc


def fi_mainframe(g: Gen) -> Doc:
    """Fixed-width legacy customer records with the layout description (COBOL copybook)."""
    doc = Doc()
    analyst = g.person()
    doc.f("Chamado MIG-«t» — migração do CADCLI (mainframe) p/ core novo. Anexo: layout + amostra «ds»\n\n"
          "LAYOUT CADCLI01  LRECL=190\n"
          "  001-001  TP-REG          X(01)    0=header 1=detalhe 9=trailer\n"
          "  002-012  NR-CPF          9(11)\n  013-052  NM-CLIENTE      X(40)\n  053-060  DT-NASC         9(08) AAAAMMDD\n"
          "  061-100  DS-ENDERECO     X(40)\n  101-108  NR-CEP          9(08)\n  109-112  CD-AGENCIA      9(04)\n"
          "  113-122  NR-CONTA        X(10)\n  123-133  NR-TELEFONE     9(11)\n  134-148  VL-LIMITE       9(13)V99\n"
          "  149-156  DT-ABERTURA     9(08) AAAAMMDD\n  157-190  FILLER          X(34)\n\n",
          t=g.d(5), ds=g.pick(["P.CADCLI.D250301", "PROD.CLI.MASTER.G0042V00"]))
    doc.f("0CADCLI01«d»BANCO«b»\n", d=g.date("compact"), b=g.pick(["PRUDENTE", "LEAO", "SOL"]).ljust(20) + " " * 130)
    n = 2
    for _ in range(n):
        while True:
            p = g.person()
            nm = p.caps if g.chance(0.7) else p.inverted
            if len(nm) <= 40:
                break
        while True:
            ad = g.address("caps")
            if len(ad) <= 40:
                break
        acc = g.d(g.rng.randint(6, 9)) + g.pick("0123456789X")
        doc.t("1")
        doc.cell(g.cpf_digits(), 11, "BR_CPF").cell(nm, 40, "PERSON").cell(g.dob("compact", 1940, 2004), 8, "DATE_OF_BIRTH")
        doc.cell(ad, 40, "ADDRESS").cell(g.cep(False), 8, "BR_CEP").cell(g.d(4), 4, "BANK_ACCOUNT")
        doc.cell(acc, 10, "BANK_ACCOUNT", right=True)
        ddd = g.pick(DDDS)
        doc.cell(ddd + "9" + g.d(8), 11, "PHONE_NUMBER")
        doc.t(f"{g.rng.randint(0, 5000000):013d}{g.d(2)}")
        doc.t(g.date("compact", g.rng.randint(1995, 2024)))
        doc.t(" " * 34 + "\n")
    doc.f("9«n»«tot»\n", n=f"{n:09d}", tot=g.d(15) + " " * 165)
    doc.f("\nObs («a»): DT-NASC zerada (00000000) vira null; DT-ABERTURA também é AAAAMMDD mas NÃO é dado pessoal. "
          "NR-CONTA vem alinhada à direita com brancos. Checksum do lote: «h».\n", a=P(analyst.first), h=g.hexs(16).upper())
    return doc


def fi_openfinance(g: Gen) -> Doc:
    """Open Finance-like JSON: customer identification, accounts and transactions."""
    doc = Doc()
    p = g.person()
    mae = g.relative(p, True)
    t, nm, num, comp = g.street_parts()
    c, uf = g.city()
    bank = g.pick(["Banco Prudente S.A.", "Leão Bank S.A.", "Sol Crédito Financeira", "Banco Vitória Régia S.A."])
    doc.f("POST /open-banking/customers/v2/personals/identifications (consentId urn:«b»:«cid») → 200\n"
          "{\n  \"data\": [{\n    \"updateDateTime\": \"«u»\",\n    \"personalId\": \"«pid»\",\n    \"brandName\": \"«bank»\",\n"
          "    \"civilName\": \"«cn»\",\n    \"socialName\": \"«sn»\",\n    \"birthDate\": \"«dob»\",\n"
          "    \"maritalStatusCode\": \"«ms»\",\n    \"documents\": {\"cpfNumber\": \"«cpf»\", \"rg\": \"«rg»\", "
          "\"cnh\": \"«cnh»\", \"titulo\": \"«tit»\"},\n"
          "    \"filiation\": [{\"type\": \"MAE\", \"civilName\": \"«mae»\"}],\n"
          "    \"contacts\": {\n      \"postalAddresses\": [{\"isMain\": true, \"address\": \"«ad»\", \"additionalInfo\": \"«ai»\", "
          "\"townName\": \"«c»\", \"countrySubDivision\": \"«uf»\", \"postCode\": \"«cep»\"}],\n"
          "      \"phones\": [{\"type\": \"MOVEL\", \"fullNumber\": \"«tel»\"}],\n      \"emails\": [{\"isMain\": true, \"email\": \"«em»\"}]\n    },\n",
          b=g.pick(["bancoprudente", "leaobank", "solcred"]), cid=g.uuid(), u=g.date("iso") + "T" + g.hms() + "Z", pid=g.uuid(),
          bank=bank, cn=P(jstr(p.full)), sn=P(jstr(g.pick([p.first, p.nick]))), dob=(g.dob("iso", 1945, 2005), "DATE_OF_BIRTH"),
          ms=g.pick(["SOLTEIRO", "CASADO", "UNIAO_ESTAVEL"]), cpf=(g.cpf("raw"), "BR_CPF"), rg=(g.rg("raw"), "BR_RG"),
          cnh=(g.cnh(), "BR_CNH"), tit=(g.titulo(False), "BR_TITULO_ELEITOR"), mae=P(jstr(mae.full)),
          ad=(jstr(f"{t} {nm}, {num}"), "ADDRESS"), ai=jstr(comp), c=jstr(c), uf=uf, cep=(g.cep(False), "BR_CEP"),
          tel=(g.phone("e164"), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("    \"accounts\": [{\"compeCode\": \"«cc»\", \"branchCode\": \"«ag»\", \"number\": \"«acc»\", \"type\": \"CONTA_DEPOSITO_A_VISTA\"}]\n"
          "  }],\n  \"transactions\": [\n", cc=g.pick(["001", "237", "341", "077", "260"]), ag=(g.agency(False), "BANK_ACCOUNT"),
          acc=(g.account(True), "BANK_ACCOUNT"))
    n = 2
    for i in range(n):
        cp = g.person()
        kind = g.pick(["PIX", "TED", "PIX", "BOLETO"])
        doc.f("    {\"transactionId\": \"«tx»\", \"type\": \"«k»\", \"creditDebitType\": \"«cd»\", \"amount\": {\"amount\": \"«a»\", \"currency\": \"BRL\"},\n"
              "     \"transactionDate\": \"«td»\", ", tx=g.hexs(32), k=kind, cd=g.pick(["CREDITO", "DEBITO"]),
              a=g.money(10, 8000).replace(".", "").replace(",", "."), td=g.date("iso"))
        if kind == "BOLETO":
            doc.f("\"partieCnpjCpf\": \"«cn»\", \"partieName\": \"«pn»\"}", cn=(g.cnpj("raw", alnum=g.chance(0.3)), "BR_CNPJ"),
                  pn=g.pick(["CEMIG DISTRIBUICAO", "CONDOMINIO SOLAR DAS FLORES", "ESCOLA BENTO XVI LTDA"]))
        else:
            doc.f("\"partieCnpjCpf\": \"«cp»\", \"partieName\": \"«pn»\", \"partieBranchCode\": \"«ag»\", \"partieNumber\": \"«acc»\"}",
                  cp=(g.cpf("raw"), "BR_CPF"), pn=P(jstr(g.pick([cp.caps, cp.full]))), ag=(g.agency(False), "BANK_ACCOUNT"),
                  acc=(g.account(), "BANK_ACCOUNT"))
        doc.t(",\n" if i < n - 1 else "\n")
    doc.f("  ],\n  \"links\": {\"self\": \"https://api.«b».com.br/open-banking/customers/v2/personals/identifications?page=1\"},\n"
          "  \"meta\": {\"totalRecords\": 1, \"totalPages\": 1, \"requestDateTime\": \"«u»\", \"x-fapi-interaction-id\": \"«fid»\"}\n}\n",
          b=g.pick(["bancoprudente", "leaobank", "solcred"]), u=g.date("iso") + "T" + g.hms() + "Z", fid=g.uuid())
    return doc


def fi_payroll(g: Gen) -> Doc:
    """Payroll bank-credit spreadsheet export with odd headers."""
    doc = Doc()
    co = g.pick(["Supermercados Bento Ltda", "Vitória Limpeza e Conservação", "Padaria Flor do Trigo ME", "Leão Segurança Patrimonial"])
    hdr = g.pick(["Func.;Nome Colab;CPF;PIS;Bco;Ag;C/C;Vlr Liq;Dt Nasc;Email Corp;obs",
                  "matr;NAME;cpf;nis;bank;branch;acct;net pay;DOB;e-mail;obs",
                  "COD;NOME FUNCIONARIO;C P F;PIS/PASEP;BANCO;AGENCIA;CONTA;LIQUIDO;NASCIMENTO;EMAIL;OBS"])
    rh = g.person()
    doc.f("folha «mm»/2025 — «co» (CNPJ «cn») — remessa crédito em conta, gerada por «rh» — arquivo folha_«mm»_v2.xlsx\n«h»\n",
          mm=f"{g.rng.randint(1, 12):02d}", co=co, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), rh=P(rh.full), h=hdr)
    for _ in range(2):
        p = g.person()
        doc.t(g.d(5) + ";")
        doc.e(name_form(g, p, ["caps", "caps", "full", "inverted", "plain"]), "PERSON").t(";")
        doc.e(g.cpf(g.pick(["dot", "raw"])), "BR_CPF").t(";")
        doc.e(g.pis(), "BR_PIS").t(";")
        doc.t(g.pick(["001", "104", "237", "341", "033", "756"]) + ";")
        doc.e(g.agency(), "BANK_ACCOUNT").t(";").e(g.account(), "BANK_ACCOUNT").t(";")
        doc.t(g.money(1412, 9000) + ";")
        doc.e(g.dob(g.pick(["br", "iso", "short", "compact", "us"]), 1960, 2006), "DATE_OF_BIRTH").t(";")
        if g.chance(0.7):
            doc.e(g.email(p, fold(co.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS")
        doc.t(";")
        ob = g.pick(["", "", "", "pensão alim. 30% p/ filh", "consignado", "férias", "conta salário nova"])
        if ob.startswith("pensão"):
            doc.f("pensão alim. 30% → «b» ag «ag» cc «cc»", b=P(g.relative(p).full), ag=(g.agency(), "BANK_ACCOUNT"),
                  cc=(g.account(), "BANK_ACCOUNT"))
        else:
            doc.t(ob)
        doc.t("\n")
    doc.f("\ntotal líquido R$ «t» · lote CNAB «l» · aprovado por «a»\n", t=g.money(20000, 300000), l=g.d(6), a=P(g.person().short))
    return doc


TEMPLATES = {
    "atendimento": [at_instagram, at_livechat, at_tv_caption, at_callnotes, at_vcard, at_crm_json, at_sheets],
    "juridico": [ju_podcast, ju_facebook, ju_telegram_condo, ju_court_xml, ju_ldap, ju_labour_xlsx, ju_wiki_md],
    "saude": [sa_samu_radio, sa_telegram_patients, sa_nurse_notes, sa_audit_log, sa_parquet_ticket, sa_vaccine_sheet,
              sa_lab_json],
    "financeiro": [fi_collection_notes, fi_bank_chat, fi_facebook_fraud, fi_telegram_invest, fi_mainframe, fi_openfinance,
                   fi_payroll],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        digits = re.sub(r"\D", "", v)
        lab = s["label"]
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
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
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu)\.?\s", v), (record["id"], v)
            assert not any(ch.isdigit() for ch in v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)


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
    with (HERE / "sixteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("sixteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
