"""Build the twentieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 20,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: corporate data analysis and BI, the way personal data
leaks into the artefacts of data teams (tables printed by tools, exports, profiles, model
explanations, alerts), with Portuguese and English column names and comments side by side.
- atendimento: a data-quality ticket with a failing dbt uniqueness test and the investigation
  query with its psql-style result (legacy ALL CAPS duplicates), a Metabase question exported
  to CSV (first_name/last_name columns), an A/B test read-out in Markdown quoting customers'
  verbatims, a customer-360 profile card (household, interactions, propensity scores), an
  anomaly-alert e-mail from a data-observability tool with the offending rows, a data-catalog
  column profile with sample values, a churn-model feature dump (one wide TSV row per customer).
- juridico: an LGPD data-mapping inventory (RoPA) with an example record per activity, a Power BI
  "export data" CSV of the litigation dashboard, a data-subject access request (the SQL run
  across systems and its results), a Great Expectations validation result (JSON) listing the
  unexpected values of a parties table, a people-analytics export of labour-claim risk, a
  weekly data-quality digest e-mail of legal ops, `dbt show` of an e-signature staging model.
- saude: a REDCap-like registry export (raw, identifiers included), claims analytics of a
  health plan (top high-cost beneficiaries), a YAML catalog entry of the patients table with
  sample values, record-linkage candidate pairs (Splink-like) of a patient master index, a
  nursing absenteeism pivot pasted in an HR e-mail, a monitoring alert on critical lab values,
  a readmission-model explanation (SHAP-like) for one named patient.
- financeiro: a credit-scoring decision explained for a named applicant (waterfall + letter
  text), `dbt show` of a Pix fact model in a fraud ticket, a Metabase collections queue with
  street and number in separate columns, a customer-360 JSON from a profile API, a wide
  feature dump of auto-loan applications, an HR headcount export with payroll data, an A/B
  test read-out of a credit-limit offer quoting call recordings.

Conventions (the eighteenth set's, which follow the twelfth, fourteenth and sixteenth where they
decide): PERSON covers the name only, never "Sr.", "Dra.", "dona", "seu"; particles inside a
name are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames and first
names alone are persons; first_name and last_name columns (and JSON fields) are one span each.
Analysts, owners, stewards, reviewers, assignees and on-call engineers named in tickets, alerts
and catalog entries are persons; logins, system accounts and monitor names are not. Corporate
e-mail addresses of people are EMAIL_ADDRESS; role and alert mailboxes (alerts@, juridico@) are
not labelled. ADDRESS is street type + name + number + complement; where a table or JSON splits
street and number, only the street field is an ADDRESS span; a company's address is not
labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH
only for birth dates (ISO, Brazilian or English format); admission, inclusion, discharge, load
and event dates are not. PROFESSIONAL_ID includes the council acronym. PIX_KEY only for random
(UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels.
Masked values (cards with asterisks), health-plan card numbers, internal ids and contract
numbers are not labelled. Damage is kept rare: a few Metabase exports carry a UTF-8-read-as-
Latin-1 name (mojibake, "JosÃ©"), labelled as it stands.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Deuzuite, Kayky, Taynná, Thalisson; Italian, German, Japanese/Okinawan, Lebanese, Ukrainian,
Korean, Chinese, Bolivian/Peruvian, Haitian, Senegalese, Angolan, indigenous, Jewish, French,
Russian), at least a quarter of the name words rare or invented; names that are also words
(Rosa, Branco, Prudente, Bento, Vitória, Leão, Flor, Luz, Aurora, Esperança, Amado) next to the
same words as words ("seria prudente", "tela em branco", "outubro rosa", "conta de luz", "luz
verde") and in places, streets and companies (Presidente Prudente, Bento Gonçalves, Rua Rosa
Branca, Supermercados Prudente, Farmácia Luz Divina), which are not persons. Forms: full, ALL
CAPS without accents, lower case, "SURNAME, GIVEN", "SURNAME, Given", first name alone, split
into first_name/last_name columns.

Hard negatives (never labelled): customer ids, surrogate keys, hashes, UUIDs that are run,
monitor, trace or request ids, Pix end-to-end ids, model scores and SHAP values, feature and
column names, SQL identifiers, money, dates that are not birth dates, CNJ process numbers,
11-digit numbers failing the CPF check, health-plan card numbers, ICD-10 codes, company names
with surnames (Haddad Têxtil S.A., Leão & Queiroga Advogados).
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
SEED = 20

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

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia",
        "Rosana", "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Yasmin", "Bruna", "Jéssica", "Thaís",
        "Michele", "Sueli", "Regina", "Vera Lúcia", "Maria Aparecida", "Ana Clara", "Marta", "Teresa",
        "Sônia", "Denise", "Luana", "Pâmela", "Nathália", "Rita de Cássia", "Graziela"]
RARE_F = ["Josilene", "Aldeci", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira",
          "Raimunda Nonata", "Valquíria", "Leidiane", "Daiane Kelly", "Rosimeire", "Jaqueline Suelen",
          "Eronildes", "Sirlene", "Vaneide", "Ednalva", "Maciléia", "Norberta", "Deuzuite", "Alzenir",
          "Kamilly", "Rayssa", "Emanuelly", "Lohany", "Taynná", "Crisleide", "Valmira", "Jozélia",
          "Iolanda", "Lindalva", "Francinete", "Zélia", "Hosana", "Gildete"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Enzo", "Davi", "Samuel",
        "Pedro Henrique", "Felipe", "Marcos", "Jorge", "Nelson", "Valter", "Osvaldo", "Mauro", "Wellington",
        "Alberto", "Domingos", "Manoel", "Joaquim", "Igor", "Leonardo"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Zacarias", "Juvenal",
          "Ozéas", "Valdeci", "Cleidson", "Eraldo", "Dorival", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton",
          "Lindomar", "Nivaldo", "Acácio", "Arlindo", "Hermógenes", "Ismael", "Jerônimo", "Wesley Kauã",
          "Rhuan", "Kayky", "Thalisson", "Wendell", "Abdias", "Elpídio", "Florisvaldo", "Idelfonso",
          "Lourival", "Sinval", "Zózimo"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Sobral", "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede",
            "Maciel Rebouças", "Parnaíba", "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Zumba",
            "Alencastro", "Bonfim", "Conrado", "Diniz Lacerda", "Estrela", "Fagundes", "Holanda", "Inojosa",
            "Juruena", "Lucena", "Mendonça Furtado", "Nápoles", "Otoni", "Pimentel"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Fiel", "Amado"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Pedrosa",
            "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Bastos"]
NICK = {"Luiz Carlos": "Luizinho", "Manoel": "Mané", "Joaquim": "Quinzinho", "Domingos": "Mingo",
        "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Teresa": "Tetê",
        "Rita de Cássia": "Ritinha", "Osvaldo": "Vavá", "Zacarias": "Zaca", "Hermógenes": "Mogenes",
        "Florisvaldo": "Flor", "Jerônimo": "Jerô", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Idelfonso": "Fonso", "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Cavalcante Zanin", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Brandenburg", "Voigt", "Lemke", "Stüpp"]),
    "jp": (["Sachiko", "Naomi", "Emiko"], ["Kenji", "Takeshi", "Hiroshi"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Ishikawa"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"],
           ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla"]),
    "ua": (["Oksana", "Natalka", "Olena"], ["Bohdan", "Taras", "Yaroslav"],
           ["Melnyk", "Shevchuk", "Tkachenko", "Koval", "Petrenko"]),
    "kr": (["Min-ji", "Hye-jin"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon"]),
    "cn": (["Xiaoling", "Hui"], ["Hao", "Lei"], ["Chen", "Wu", "Lin", "Zhou"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"],
           ["Apaza", "Ticona", "Yupanqui", "Colque", "Vargas Llusco"]),
    "ht": (["Guerline", "Mirlande", "Roseline"], ["Wilner", "Jhonson", "Frantz"],
           ["Joseph", "Dorvil", "Célestin", "Exantus", "Noël"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"],
           ["Diop", "Ndiaye", "Sow", "Fall", "Gueye"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala"], ["Kiluanje", "Domingos Mbala"], ["Kiala", "Nzau", "Massala", "Tchipa"]),
    "in": (["Iracema", "Araci", "Jurema"], ["Anhangá", "Tupã", "Cauê"], ["Krahô", "Kaingang", "Xavante", "Tukano"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein", "Kac"]),
    "fr": (["Solange", "Margot"], ["Thierry", "Gilles"], ["Dubois", "Lefebvre", "Chevalier"]),
    "pe": (["Yesenia", "Milagros"], ["Wilfredo", "Ulises"], ["Huamán", "Ccahuana", "Quispe Tito"]),
    "ru": (["Svetlana", "Tatiana"], ["Dmitri", "Vladimir"], ["Ivanov", "Sokolova", "Kuznetsov"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "ua", "bo", "pe", "ru", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Estrela", "Conceição"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Bonfim"}
DOS_SUR = {"Reis", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "17", "19", "21", "22", "27", "31", "32", "33", "37", "41", "43", "45",
        "46", "47", "51", "53", "54", "61", "62", "64", "65", "67", "69", "71", "74", "75", "79", "81",
        "83", "84", "85", "86", "88", "91", "92", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Beco", "Servidão"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais",
                "Flor de Lis", "das Palmeiras", "Coronel Lourival Penedo", "Professora Zuleide Gadelha",
                "Vinte e Quatro de Maio", "Dom Pedro II", "Barão do Rio Branco", "Luz Divina", "Esperança",
                "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias", "Vitória Régia",
                "Maestro Sinval Trajano", "Padre Anchieta", "Beira-Rio", "Quinze de Novembro",
                "Irmãos Bulhões", "Cônego Idelfonso Rolim", "dos Pescadores", "Senador Queiroga",
                "das Mangabeiras", "Juscelino Kubitschek", "Santos Dumont", "Engenheiro Caetité"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"), ("Flores da Cunha", "RS"),
          ("Londrina", "PR"), ("Maringá", "PR"), ("Joinville", "SC"), ("Criciúma", "SC"), ("Pelotas", "RS"),
          ("Juiz de Fora", "MG"), ("Ipatinga", "MG"), ("Ribeirão Preto", "SP"), ("Piracicaba", "SP"),
          ("São José do Rio Preto", "SP"), ("Petrolina", "PE"), ("Juazeiro", "BA"), ("Sobral", "CE"),
          ("Parnaíba", "PI"), ("Marabá", "PA"), ("Parintins", "AM"), ("Boa Vista", "RR"), ("Macapá", "AP"),
          ("Dourados", "MS"), ("Rondonópolis", "MT"), ("Rio Verde", "GO"), ("Palmas", "TO"), ("Itabuna", "BA"),
          ("Cabo Frio", "RJ"), ("Nova Friburgo", "RJ"), ("Linhares", "ES")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Leão", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Prudente", "Vila Esperança", "Bonfim", "Jardim Bento XVI", "Flor do Vale", "Cidade Nova"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M79.7", "F32.1", "O26.8", "A90", "C50.9", "G40.9", "R10.4",
        "J18.9", "L20.9", "E66.9", "Z34.0", "I50.0", "S52.5", "B34.2", "D64.9", "I63.9", "E78.5"]


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


COMPANIES = ["Panificadora Rosa Branca Ltda", "Transportes Bento Amaral S.A.", "Leão & Queiroga Advogados",
             "Farmácia Luz Divina", "Supermercados Prudente", "Haddad Têxtil S.A.", "Aurora Telecom S.A.",
             "Construtora Flor do Vale", "Gadelha Distribuidora", "Vitória Seguros S.A.", "Rede Bonfim de Postos",
             "Oshiro Alimentos Ltda", "Cavalheiro & Filhos Comércio", "Esperança Móveis"]
WORD_USES = ["seria prudente esperar mais uma semana de dados", "a tela ficou em branco no Android 14",
             "campanha do outubro rosa", "conta de luz atrasada", "a declaração pro leão", "a flor da pele",
             "deu luz verde pro rollout", "vitória apertada do grupo B", "o bento (bentô) do refeitório"]


# =========================================================================== atendimento

def at_dbt_ticket(g: Gen) -> Doc:
    """Data-quality ticket: a failing dbt uniqueness test and the investigation query pasted below."""
    doc = Doc()
    rep, asg = g.person(), g.person()
    doc.f("[DQ-«n»] dbt test falhando: unique_dim_cliente_nr_cpf (mart cx)\nReporter: «r»   Assignee: «a»   "
          "Squad: CX Analytics   Prioridade: P2\n\n```\n«t»  1 of 212 FAIL 3 unique_dim_cliente_nr_cpf ........ [FAIL 3 in 2.41s]\n"
          "«t»  Failure in test unique_dim_cliente_nr_cpf (models/marts/cx/_cx__models.yml)\n«t»    Got 3 results, configured to fail if != 0\n```\n\n",
          n=g.d(4), r=P(rep.full), a=P(name_form(g, asg, ["full", "short"])), t=g.hms())
    rows, cpfs = [], []
    for _ in range(g.rng.randint(1, 2)):
        c = g.person()
        cpf = g.cpf_digits()
        cpfs.append(cpf)
        dob = g.dob("iso")
        for src, form in (("siebel_legado", c.caps), ("app_v3", g.pick([c.full, c.plain, c.low]))):
            rows.append([V(g.hexs(16)), V(src), P(form), (cpf, "BR_CPF"),
                         (g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V("null"),
                         (g.phone("raw"), "PHONE_NUMBER"), (dob, "DATE_OF_BIRTH"), V(g.date("iso") + " " + g.hms())])
    doc.f("Query que rodei no Snowflake (warehouse ANALYTICS_XS):\n```sql\nselect sk_cliente, src_system, nm_cliente, nr_cpf, ds_email, nr_celular, dt_nascimento, _loaded_at\n"
          "from analytics.marts_cx.dim_cliente\nwhere nr_cpf in (")
    for i, c in enumerate(cpfs):
        doc.f("«s»'«c»'", s=", " if i else "", c=(c, "BR_CPF"))
    doc.t(")\norder by nr_cpf, _loaded_at;\n```\n")
    table_psql(doc, ["sk_cliente", "src_system", "nm_cliente", "nr_cpf", "ds_email", "nr_celular", "dt_nascimento", "_loaded_at"], rows)
    c0 = rows[0][2][0]
    doc.f("\n**Comentário de «a»:** os pares vêm do legado (nome em CAIXA ALTA sem acento) + app. O caso «c» é o mesmo cliente; "
          "vou ajustar o `qualify row_number() over (partition by nr_cpf order by _loaded_at desc) = 1` no stg. "
          "Obs.: o CPF «bad» que apareceu no log do Fivetran não passa no dígito, é lixo de teste.\n"
          "**«r2»:** ok, mas «w». Merge previsto na sprint «s».\n",
          a=P(asg.first), c=P(c0), bad=g.bad_cpf(g.pick(["raw", "dot"])), r2=P(rep.first), w=g.pick(WORD_USES[:1] + ["valida com o time do CRM antes"]), s=g.rng.randint(30, 60))
    return doc


def at_metabase(g: Gen) -> Doc:
    """Metabase question exported to CSV: complaints per customer, PT/EN column names."""
    doc = Doc()
    who = g.person()
    doc.f("Metabase › Coleção CX › «q» (pergunta #«n»)\nDownloaded by «w» · «d» «t» · «k» linhas (preview)\n\n",
          q=g.pick(["Reclamações abertas por cliente", "Clientes detratores NPS", "Top reincidentes SAC"]), n=g.rng.randint(100, 999),
          w=P(who.full), d=g.date("br"), t=g.hm(), k=(nrows := g.rng.randint(3, 5)))
    bad = g.chance(0.3)
    rows = []
    for i in range(nrows):
        c = g.person(word=g.chance(0.2))
        fn, ln = first_last(c)
        if g.chance(0.25) and not (bad and i == 1):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        if bad and i == 1:
            fn, ln = mojibake(fn), mojibake(ln)
        city, uf = g.city()
        rows.append([V(cust_id(g)), P(fn), P(ln), (g.email(c), "EMAIL_ADDRESS"), (g.phone(g.pick(["par", "e164", "plain"])), "PHONE_NUMBER"),
                     (g.cep(g.chance(0.7)), "BR_CEP"), V(city), V(uf), V(str(g.rng.randint(0, 10))), V(g.date("iso")),
                     V(g.pick(["whatsapp", "email", "telefone", "reclame_aqui", "chat"])), V(g.money(0, 3000).replace(".", "").replace(",", "."))])
    table_csv(doc, ["customer_id", "first_name", "last_name", "email", "telefone", "cep", "cidade", "uf", "nps_score",
                    "ultimo_contato", "canal", "valor_em_aberto"], rows)
    doc.f("\n-- filtro: segmento = «s» AND created_at >= «d» · cache 1h · card owner: «o»\n",
          s=g.pick(["'Varejo'", "'PME'", "'Ouro'"]), d=g.date("iso"), o=P(g.person().short))
    if bad:
        doc.t("-- obs: o export saiu em latin-1 de novo (ver linha 2), abrir com encoding=utf-8 no pandas\n")
    return doc


def at_abtest(g: Gen) -> Doc:
    """A/B test read-out in Markdown with customer verbatims quoted from the survey."""
    doc = Doc()
    an = [g.person() for _ in range(2)]
    exp = g.pick(["checkout_one_click", "novo_fluxo_troca", "chatbot_primeiro_nivel", "frete_gratis_limiar", "onboarding_whats"])
    doc.f("# EXP-«n» `«e»` — read-out final\n_autores: «a1», «a2» · revisão: «rv» · período «d1» a «d2»_\n\n",
          n=g.rng.randint(100, 480), e=exp, a1=P(an[0].full), a2=P(an[1].full), rv=P(g.person().short),
          d1=g.date("br"), d2=g.date("br"))
    pc, pt = g.rng.uniform(3, 9), g.rng.uniform(3, 9)
    doc.f("| variant | users | conversion | CSAT | p-value |\n|---|---|---|---|---|\n| control | «u1» | «c1»% | «s1» | — |\n"
          "| treatment | «u2» | «c2»% | «s2» | «p» |\n\n**TL;DR:** lift de «l»% (IC95% «lo» a «hi»); «w». "
          "Guardrail de tickets ok.\n\n## Verbatims (pesquisa pós-contato, amostra manual)\n",
          u1=g.rng.randint(8000, 90000), u2=g.rng.randint(8000, 90000), c1=f"{pc:.2f}", c2=f"{pt:.2f}", s1=f"{g.rng.uniform(3, 5):.2f}",
          s2=f"{g.rng.uniform(3, 5):.2f}", p=f"0.{g.d(3)}", l=f"{(pt - pc) / pc * 100:.1f}", lo=f"{g.rng.uniform(-3, 1):.1f}",
          hi=f"{g.rng.uniform(2, 9):.1f}", w=g.pick(WORD_USES[:2] + ["seria prudente não generalizar para o app iOS"]))
    for _ in range(g.rng.randint(3, 4)):
        c = g.person()
        k = g.rng.randint(0, 3)
        if k == 0:
            doc.f("> \"a atendente «a» resolveu em 5 min, nota 10\" — «c» (treatment, «e»)\n",
                  a=P(g.person().first), c=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"))
        elif k == 1:
            rel = g.relative(c)
            doc.f("> \"comprei pra minha «r» «rn» e o app pediu o CPF dela («cpf») de novo, absurdo\" — «c», control, tel «t»\n",
                  r=g.pick(["mãe", "sogra", "filha", "tia"]), rn=P(rel.first), cpf=(g.cpf(), "BR_CPF"), c=P(c.short),
                  t=(g.phone(), "PHONE_NUMBER"))
        elif k == 2:
            doc.f("> \"entreguem no endereço certo: «ad», CEP «cep»\" — «c» (treatment) — cliente desde «y»\n",
                  ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=P(c.caps), y=g.rng.randint(2012, 2024))
        else:
            doc.f("> \"the bot didn't understand me, I had to call\" — «c» (control, conta em inglês, «e»)\n",
                  c=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("\n⚠️ «a»: os verbatims têm nome/contato — antes de publicar no Confluence trocar por `cliente_«h»`.\n",
          a=P(an[1].first), h=g.hexs(6))
    return doc


def at_c360(g: Gen) -> Doc:
    """Customer-360 profile card copied from the BI portal."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    doc.f("CUSTOMER 360 · id «id» · golden_record_score «gs» · segmento «sg»\n==========================================\n"
          "Nome ........... «n»\nNome (CRM) ..... «n2»\nCPF ............ «cpf»\nNascimento ..... «dob» («age» anos)\n"
          "E-mails ........ «e1»; «e2»\nTelefones ...... «t1» (celular, opt-in WhatsApp) · «t2» (fixo)\n"
          "Endereço ....... «ad» — «b», «city»/«uf» — CEP «cep»\n",
          id=g.uuid(), gs=score(g, 2), sg=g.pick(["Ouro", "Prata", "Diamante", "Bronze"]), n=P(c.full), n2=P(c.inverted),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), age=g.rng.randint(18, 80), e1=(g.email(c), "EMAIL_ADDRESS"),
          e2=(g.email(c), "EMAIL_ADDRESS"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    sp = g.relative(c, female=not c.female)
    kid = g.relative(c)
    doc.f("\nHousehold (match probabilístico, conf. «cf»)\n  - cônjuge: «s» (CPF «sc»)\n  - dependente: «k», nasc. «kd»\n",
          cf=score(g, 2), s=P(sp.full), sc=(g.cpf(), "BR_CPF"), k=P(kid.first if g.chance(0.5) else kid.full), kd=(g.dob("br", 2008, 2020), "DATE_OF_BIRTH"))
    doc.t("\nÚltimas interações\n")
    for _ in range(3):
        ag = g.person()
        doc.f("  «d» · «ch» · atendente «a» · «r»\n", d=g.date("br"), ch=g.pick(["chat", "loja física", "0800", "WhatsApp"]),
              a=P(ag.short), r=g.pick(["troca de produto", "dúvida sobre fatura", "cancelamento revertido", "reclamação de entrega"]))
    doc.f("\nPropensões (model `c360_prop` v«v», «dt»): churn_90d=«a» · upsell_cartao=«b» · nps_pred=«n»\n"
          "Observação do gerente de relacionamento «gr»: «o»\n",
          v=g.version(), dt=g.date("iso"), a=score(g), b=score(g), n=g.rng.randint(0, 10), gr=P(g.person().full),
          o=g.pick(["cliente prefere contato à tarde", "não ligar no fixo, é da mãe", "pediu para não receber SMS"]))
    return doc


def at_anomaly(g: Gen) -> Doc:
    """Anomaly-alert e-mail from a data-observability tool with the offending rows."""
    doc = Doc()
    own = g.person()
    cc = g.person()
    doc.f("From: Data Observability <alerts@obs.«dm»>\nTo: «o» <«oe»>\nCc: «c» <«ce»>\nSubject: [ANOMALY] cx.fct_contatos — "
          "volume +«z»σ vs baseline (monitor «mid»)\n\nHi «of»,\n\nO monitor `volume_by_customer` disparou às «t» UTC. "
          "Incident: https://obs.«dm»/incidents/«inc»\nMost anomalous customers (top «k», amostra de linhas):\n\n",
          dm=g.pick(["lojasprudente.com.br", "aurora-telecom.com", "varejoflor.com.br"]), o=P(own.full),
          oe=(corp_mail(own, "empresa.com.br"), "EMAIL_ADDRESS"), c=P(cc.full), ce=(corp_mail(cc, "empresa.com.br"), "EMAIL_ADDRESS"),
          z=f"{g.rng.uniform(3, 9):.1f}", mid=g.uuid(), of=P(own.first), t=g.hms(), inc=g.hexs(24), k=g.rng.randint(3, 4))
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        c = g.person()
        rows.append([V(cust_id(g)), P(g.pick([c.full, c.caps])), (g.phone("e164"), "PHONE_NUMBER"), (g.ip(), "IP_ADDRESS"),
                     V(str(g.rng.randint(40, 900))), V(g.pick(["bot_loop", "retry_storm", "manual", "unknown"]))])
    table_psql(doc, ["customer_id", "customer_name", "msisdn", "last_ip", "contacts_24h", "suspected_cause"], rows, footer=False)
    doc.f("\nRoot-cause hint: «h» (sha «s»). Mute for 24h: reply MUTE. This alert was routed by rule `cx-owners` — "
          "owner on call: «oc».\n\n-- \nenviado automaticamente; não responda a este e-mail\n",
          h=g.pick(["deploy do chatbot v" + g.version(), "job de reprocessamento rodou 2x", "integração com a Flor Telecom"]),
          s=g.hexs(40), oc=P(g.person().short))
    return doc


def at_catalog(g: Gen) -> Doc:
    """Data-catalog column profile (OpenMetadata-like) with sample values."""
    doc = Doc()
    owner = g.person()
    doc.f("Table: crm_raw.«t»   · Owner: «o» («oe»)   · Tier: Tier2   · Tags: PII.Sensitive, LGPD\nProfile run «d» · rows «r»\n\n",
          t=g.pick(["contatos", "leads_site", "clientes_lojas"]), o=P(owner.full), oe=(corp_mail(owner, "dados.empresa.com.br"), "EMAIL_ADDRESS"),
          d=g.date("iso"), r=f"{g.rng.randint(100000, 9000000):,}".replace(",", "."))
    doc.t("COLUMN            TYPE          NULL%   DISTINCT   SAMPLE VALUES\n")

    def line(col: str, typ: str, vals: list[tuple]) -> None:
        doc.f("«c» «t» «n» «d»   ", c=col.ljust(17), t=typ.ljust(13), n=f"{g.rng.uniform(0, 12):.1f}".rjust(5) + "  ",
              d=str(g.rng.randint(1000, 999999)).rjust(8))
        for i, v in enumerate(vals):
            doc.t(", " if i else "")
            doc.e(v[0], v[1])
        doc.t("\n")

    ps = [g.person() for _ in range(3)]
    line("nome_completo", "varchar(200)", [P(ps[0].full), P(ps[1].caps), P(ps[2].low)])
    line("first_name", "varchar(80)", [P(g.person().given) for _ in range(2)])
    line("cpf", "char(11)", [(g.cpf("raw"), "BR_CPF") for _ in range(2)] + [V(g.bad_cpf())])
    line("email", "varchar(120)", [(g.email(p), "EMAIL_ADDRESS") for p in ps[:2]])
    line("celular", "varchar(20)", [(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") for _ in range(2)])
    line("dt_nasc", "date", [(g.dob("iso"), "DATE_OF_BIRTH") for _ in range(2)])
    line("cep", "char(8)", [(g.cep(False), "BR_CEP") for _ in range(2)])
    line("logradouro", "varchar(150)", [(g.address(), "ADDRESS")])
    line("loja_origem", "varchar(60)", [V(g.pick(COMPANIES)), V(g.pick(COMPANIES))])
    line("cliente_hash", "char(64)", [V(g.hexs(64)[:20] + "…")])
    doc.f("\nDescription (editado por «e»): «x»\n",
          e=P(g.person().short), x=g.pick(["contatos vindos do formulário do site; first_name às vezes vem com o nome inteiro",
                                          "origem: lojas físicas, digitado pelo vendedor (muito erro de CPF)",
                                          "leads da campanha outubro rosa + base de clientes antiga"]))
    return doc


def at_churn(g: Gen) -> Doc:
    """Churn-model feature dump: one wide TSV row per customer, pasted in a notebook comment."""
    doc = Doc()
    ds = g.person()
    doc.f("# churn_v«v» — scoring batch «d» — amostra p/ sanity check («a»)\n# features: tenure_m, n_tickets_90d, nps_last, "
          "fl_portabilidade, dias_sem_compra, ticket_medio, churn_score, top_shap\n", v=g.version(), d=g.date("iso"), a=P(ds.full))
    cols = ["cust_id", "first_name", "last_name", "email", "phone", "cep", "birth_date", "tenure_m", "n_tickets_90d",
            "nps_last", "fl_portabilidade", "dias_sem_compra", "ticket_medio", "churn_score", "top_shap"]
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        c = g.person(word=g.chance(0.25))
        fn, ln = first_last(c)
        rows.append([V(cust_id(g)), P(fn), P(ln), (g.email(c), "EMAIL_ADDRESS"), (g.phone("raw"), "PHONE_NUMBER"),
                     (g.cep(False), "BR_CEP"), (g.dob("iso"), "DATE_OF_BIRTH"), V(str(g.rng.randint(1, 140))),
                     V(str(g.rng.randint(0, 9))), V(str(g.rng.randint(0, 10))), V(g.pick(["0", "1"])),
                     V(str(g.rng.randint(0, 300))), V(f"{g.rng.uniform(30, 900):.2f}"), V(score(g)),
                     V(g.pick(["n_tickets_90d", "nps_last", "dias_sem_compra", "fl_portabilidade"]))])
    table_csv(doc, cols, rows, sep="\t")
    doc.f("# «a»: linha 3 com churn_score alto mas nps 10? checar join com nps_respostas (chave cust_id, não cpf)\n",
          a=P(ds.first))
    return doc


# =========================================================================== juridico

DEFENDANTS = ["Aurora Telecom S.A.", "Banco Leão Dourado S.A.", "Supermercados Prudente Ltda", "Vitória Seguros S.A.",
              "Transportes Bento Amaral S.A.", "Haddad Têxtil S.A.", "Rosa Branca Incorporadora Ltda"]


def ju_ropa(g: Gen) -> Doc:
    """LGPD data-mapping (RoPA) inventory in Markdown, with an example record per activity."""
    doc = Doc()
    dpo = g.person()
    doc.f("## Inventário de Dados Pessoais (RoPA) — Diretoria Jurídica — v«v»\nEncarregado (DPO): «d» · «de» · "
          "revisado em «dt»\n\n", v=g.version(), d=P(dpo.full), de=(corp_mail(dpo, "empresa.com.br"), "EMAIL_ADDRESS"),
          dt=g.date("br"))
    rows = []
    for act in g.rng.sample(["Gestão do contencioso cível", "Acordos trabalhistas", "Atendimento a titulares (DSAR)",
                              "Procurações e representação", "Due diligence de fornecedores"], 3):
        c = g.person()
        resp = g.person()
        k = g.rng.randint(0, 2)
        ex = Doc()
        if k == 0:
            ex.f("«n», CPF «c», proc. «cnj»", n=P(c.full), c=(g.cpf(), "BR_CPF"), cnj=g.cnj())
        elif k == 1:
            ex.f("«n»; PIS «p»; nasc. «d»", n=P(c.caps), p=(g.pis(), "BR_PIS"), d=(g.dob("br"), "DATE_OF_BIRTH"))
        else:
            ex.f("«n» <«e»>, tel. «t»", n=P(c.short), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
        rows.append((act, ex, resp))
    doc.t("| # | Atividade | Base legal (LGPD) | Categorias | Exemplo de registro | Responsável | Retenção |\n|---|---|---|---|---|---|---|\n")
    for i, (act, ex, resp) in enumerate(rows):
        doc.f("| «i» | «a» | «b» | «c» | ", i=i + 1, a=act, b=g.pick(["art. 7º, VI", "art. 7º, II", "art. 7º, IX", "art. 11, II, d"]),
              c=g.pick(["identificação, contato", "identificação, trabalhista", "identificação, processual"]))
        doc.add(ex)
        doc.f(" | «r» | «y» anos |\n", r=P(resp.inverted_title if g.chance(0.3) else resp.full), y=g.pick([5, 10, 20]))
    op = g.pick(COMPANIES)
    doc.f("\nOperadores: «op» (CNPJ «cn»); escritório correspondente «fo» (CNPJ «cn2»).\n"
          "Nota: «n» pediu para tirar os exemplos reais antes de enviar à auditoria — «w».\n",
          op=op, cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), fo="Leão & Queiroga Advogados",
          cn2=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), n=P(g.person().first),
          w=g.pick(["seria prudente usar dados sintéticos", "deixar a coluna em branco", "pendente"]))
    return doc


def ju_powerbi(g: Gen) -> Doc:
    """Power BI 'Export data' (summarised) of the litigation dashboard."""
    doc = Doc()
    doc.f("Power BI › Contencioso 360 › visual \"Processos por advogado\" › Exportar dados (.csv)\n"
          "Filtros aplicados: Status = Ativo; UF = «uf»; Data distribuição >= «d»\n\n", uf=g.pick(UFS), d=g.date("br", 2023))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        a = g.person()
        adv = g.person()
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.full, a.inverted])), (g.cpf(), "BR_CPF"), V(g.pick(DEFENDANTS)),
                     P(adv.full), (g.council("OAB"), "PROFESSIONAL_ID"), V("R$ " + g.money(1000, 400000)),
                     V(g.pick(["Provável", "Possível", "Remota"])), V(g.date("br", 2024))])
    table_csv(doc, ["Processo", "Autor", "CPF Autor", "Réu", "Advogado Responsável", "OAB", "Valor da Causa",
                    "Prob. Perda", "Data Distribuição"], rows, sep=";")
    doc.f("\nTotal;;;;;;R$ «t»;;\n\nExportado por «e» em «dt». Dados sujeitos a sigilo profissional.\n",
          t=g.money(500000, 3000000), e=P(g.person().full), dt=g.date("br"))
    return doc


def ju_dsar(g: Gen) -> Doc:
    """Data-subject access request: the SQL run across systems and its results, PT/EN comments."""
    doc = Doc()
    t = g.person()
    cpf = g.cpf_digits()
    an = g.person()
    doc.f("DSAR #«n» — titular: «t» — prazo legal: «d»\nAnalista: «a» · aprovado por DPO «dp»\n\n```sql\n"
          "-- busca em todas as fontes pelo CPF do titular (LGPD art. 18, II)\nwith alvo as (select '«cpf»' as cpf)\n"
          "select 'crm' as fonte, nome, email, telefone, endereco, dt_nasc, null as ip from crm.cliente join alvo using (cpf)\n"
          "union all\nselect 'marketing', nome, email, null, null, null, ip_origem from mkt.optin join alvo using (cpf)\n"
          "union all\nselect 'billing', razao_nome, email_cobranca, fone, logradouro, null, null from billing.conta join alvo using (cpf);\n```\n\n",
          n=g.d(5), t=P(t.full), d=g.date("br"), a=P(an.full), dp=P(g.person().short), cpf=(cpf, "BR_CPF"))
    em = g.email(t)
    ad = g.address()
    rows = [[V("crm"), P(t.full), (em, "EMAIL_ADDRESS"), (g.phone("raw"), "PHONE_NUMBER"), (ad, "ADDRESS"), (g.dob("iso"), "DATE_OF_BIRTH"), V("")],
            [V("marketing"), P(t.low), (g.email(t), "EMAIL_ADDRESS"), V(""), V(""), V(""), (g.ip(), "IP_ADDRESS")],
            [V("billing"), P(t.caps), (em.upper() if g.chance(0.4) else em, "EMAIL_ADDRESS"), (g.phone("par"), "PHONE_NUMBER"),
             (fold(ad).upper(), "ADDRESS"), V(""), V("")]]
    table_psql(doc, ["fonte", "nome", "email", "telefone", "endereco", "dt_nasc", "ip"], rows)
    rel = g.relative(t)
    doc.f("\nNotes (EN for the global privacy team): billing still has the maiden-name record; the opt-in IP is from a "
          "2021 campaign. Also found a dependent, «r» (CPF «rc»), listed in `crm.dependente` — not part of this request, "
          "excluded from the export.\n«a»: resposta enviada ao e-mail «e» em «d» (hash do pacote «h»).\n",
          r=P(rel.full), rc=(g.cpf(), "BR_CPF"), a=P(an.first), e=(em, "EMAIL_ADDRESS"), d=g.date("br"), h=g.hexs(32))
    return doc


def ju_gx(g: Gen) -> Doc:
    """Great Expectations validation result (JSON) on the parties table, with unexpected values."""
    doc = Doc()
    doc.f("{\n  \"success\": false,\n  \"meta\": {\"run_id\": \"«r»\", \"batch\": \"juridico.partes_processo@«d»\", \"owner\": \"«o»\"},\n"
          "  \"results\": [\n", r=g.uuid(), d=g.date("iso"), o=P(jstr(g.person().full)))
    doc.t("    {\"expectation\": \"expect_column_values_to_match_regex\", \"column\": \"cpf_parte\", \"regex\": \"^\\\\d{11}$\",\n"
          "     \"result\": {\"unexpected_percent\": " + f"{g.rng.uniform(0, 3):.3f}" + ", \"partial_unexpected_list\": [")
    vals = [(g.cpf("dot"), "BR_CPF"), (g.cpf("dot"), "BR_CPF"), V(g.bad_cpf()), V(g.cnj())]
    g.rng.shuffle(vals)
    for i, v in enumerate(vals):
        doc.t(", " if i else "")
        doc.t("\"")
        doc.e(v[0], v[1])
        doc.t("\"")
    doc.t("]}},\n    {\"expectation\": \"expect_column_values_to_not_be_null\", \"column\": \"oab_advogado\",\n"
          "     \"result\": {\"unexpected_count\": " + str(g.rng.randint(2, 40)) + ", \"partial_unexpected_index_list\": [")
    for i in range(g.rng.randint(2, 3)):
        p = g.person()
        doc.f("«s»{\"id_parte\": «id», \"advogado\": \"«n»\", \"oab_advogado\": null}", s=", " if i else "",
              id=g.d(7), n=P(jstr(g.pick([p.full, p.caps]))))
    doc.t("]}},\n    {\"expectation\": \"expect_column_pair_values_to_be_equal\", \"column_A\": \"nome_parte\", \"column_B\": \"nome_receita\",\n"
          "     \"result\": {\"partial_unexpected_list\": [")
    for i in range(g.rng.randint(2, 3)):
        p = g.person()
        doc.f("«s»[\"«a»\", \"«b»\"]", s=", " if i else "", a=P(jstr(p.short)), b=P(jstr(p.caps)))
    doc.f("]}},\n    {\"expectation\": \"expect_column_values_to_be_in_set\", \"column\": \"polo\", \"result\": {\"unexpected_list\": [\"ATIVA\", \"REU\"]}}\n"
          "  ],\n  \"statistics\": {\"evaluated_expectations\": 4, \"successful_expectations\": 0}\n}\n"
          "// «a»: o par «n» mostra que a Receita devolve sem acento — não é erro, relaxar a expectation\n",
          a=P(g.person().first), n=P(g.person().short))
    return doc


def ju_people(g: Gen) -> Doc:
    """People-analytics export of labour-claim risk (HR + legal), one row per employee."""
    doc = Doc()
    doc.f("people_analytics.risco_trabalhista — snapshot «d» — uso restrito (Jurídico Trabalhista + HRBP)\n"
          "modelo: xgb_reclamatoria v«v» · AUC «a»\n\n", d=g.date("iso"), v=g.version(), a=score(g, 3))
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        e = g.person()
        m = g.person()
        rows.append([V(g.d(6)), P(g.pick([e.full, e.caps])), (g.pis(), "BR_PIS"), (g.dob("br"), "DATE_OF_BIRTH"),
                     V(g.date("br", g.rng.randint(2010, 2024))), V(g.pick(["Operador de Loja", "Motorista", "Estoquista", "Caixa", "Supervisor"])),
                     P(m.short), V(str(g.rng.randint(0, 120))), V(score(g, 3)), V(g.cnj() if g.chance(0.3) else "-")])
    table_md(doc, ["matricula", "colaborador", "pis", "dt_nasc", "dt_admissao", "cargo", "gestor", "he_mes", "risco", "processo_ativo"], rows)
    doc.f("\nComentário do HRBP «h»: «x»\n", h=P(g.person().full),
          x=g.pick(["a alta do risco na loja Bento XVI é efeito das horas extras de dezembro",
                    "o colaborador da linha 2 já tem reclamatória, não abordar sem o jurídico",
                    "dt_admissao não é data de nascimento; ver coluna certa"]))
    return doc


def ju_digest(g: Gen) -> Doc:
    """Weekly data-quality digest of the legal-ops BI, sent by e-mail."""
    doc = Doc()
    to = [g.person() for _ in range(2)]
    doc.f("Para: «a»; «b»\nAssunto: [Jurídico BI] Digest semanal de qualidade — semana «w»\n\nBom dia,\n\nResumo dos checks da semana:\n"
          "• «n1» partes com CPF inválido (ex.: «bad», não passa no DV)\n• «n2» advogados sem OAB no cadastro\n"
          "• «n3» possíveis duplicidades de parte\n\nDuplicidades (amostra):\n",
          a=P(to[0].full), b=P(to[1].full), w=g.rng.randint(1, 52), n1=g.rng.randint(2, 40), n2=g.rng.randint(2, 40),
          n3=g.rng.randint(2, 40), bad=g.bad_cpf("dot"))
    for _ in range(g.rng.randint(2, 3)):
        p = g.person()
        doc.f("  - «x» / «y» — mesmo CPF «c», processos «p1» e «p2» — score «s»\n",
              x=P(p.full), y=P(p.inverted), c=(g.cpf(), "BR_CPF"), p1=g.cnj(), p2=g.cnj(), s=score(g, 2))
    doc.t("\nAdvogados sem OAB (preencher até sexta):\n")
    for _ in range(g.rng.randint(2, 3)):
        p = g.person()
        doc.f("  - «n» (escritório «f»), contato «e»\n", n=P(p.full), f=g.pick(["Leão & Queiroga Advogados", "Gadelha Sobral Advocacia", "Bento Amaral Advogados"]),
              e=(g.email(p, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"))
    doc.f("\nCorrigidos na semana: OAB de «n» agora «o».\n\nAtt.,\n«s»\nLegal Ops · Analytics\n",
          n=P(g.person().short), o=(g.council("OAB"), "PROFESSIONAL_ID"), s=P(g.person().full))
    return doc


def ju_signers(g: Gen) -> Doc:
    """`dbt show` of the e-signature staging model: signatories of contracts."""
    doc = Doc()
    doc.f("$ dbt show --select stg_clicksign__signatarios --limit «n»\n«t»  Running with dbt=1.«m».«p»\n«t»  Previewing node 'stg_clicksign__signatarios':\n",
          n=(nrows := g.rng.randint(3, 5)), t=g.hms(), m=g.rng.randint(5, 9), p=g.rng.randint(0, 9))
    rows = []
    for _ in range(nrows):
        if g.chance(0.25):
            rows.append([V(g.uuid()[:8]), V(g.pick(COMPANIES)), V("contratante"), (g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"),
                         V("juridico@empresa.com.br"), V(g.date("iso") + "T" + g.hms()), (g.ip(), "IP_ADDRESS")])
        else:
            p = g.person()
            rows.append([V(g.uuid()[:8]), P(g.pick([p.full, p.plain, p.caps])), V(g.pick(["contratado", "testemunha", "fiador", "procurador"])),
                         (g.cpf(), "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"), V(g.date("iso") + "T" + g.hms()), (g.ip(), "IP_ADDRESS")])
    doc.t("| contrato_id | signatario | papel | documento | email | assinado_em | ip_assinatura |\n")
    doc.t("| ----------- | ---------- | ----- | --------- | ----- | ----------- | ------------- |\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")
    doc.f("\n-- «a»: ip_assinatura vem do Clicksign; testemunha «w» assinou 2x (mesmo IP) — checar com o jurídico\n",
          a=P(g.person().first), w=P(g.person().full))
    return doc


# =========================================================================== saude

CLINICS = ["Hospital Santa Rosa", "Clínica Bento Amaral", "Laboratório Aurora", "Hospital da Luz", "Policlínica Prudente",
           "Clínica Vitória Régia", "Hospital Esperança"]


def sa_redcap(g: Gen) -> Doc:
    """REDCap-like registry export (CSV, raw) with a data-dictionary excerpt."""
    doc = Doc()
    pi = g.person()
    doc.f("# Registro Diabetes Tipo 2 — export «d» (Raw, identifiers INCLUDED) — PI: «p» («crm»)\n"
          "# data dictionary: nome_paciente [identifier=y], data_nasc [identifier=y, validation=date_dmy], cns, cpf, medico_resp\n",
          d=g.date("iso"), p=P(pi.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    rows = []
    for i in range(g.rng.randint(2, 3)):
        p = g.person()
        md = g.person()
        base = [V(str(100 + i)), V("baseline_arm_1"), V(g.pick(["hc_ufx", "ubs_norte", "amb_rosa"])), P(p.full),
                (g.dob("br"), "DATE_OF_BIRTH"), V(g.pick(["1", "2"])), (g.cns(False), "BR_CNS"), (g.cpf("raw"), "BR_CPF"),
                (g.phone("par"), "PHONE_NUMBER"), (g.cep(), "BR_CEP"), P(md.short), V(g.date("br")), V(f"{g.rng.uniform(5.5, 12):.1f}")]
        rows.append(base)
        if g.chance(0.6):
            rows.append([V(str(100 + i)), V("followup_6m_arm_1"), V("")] + [V("")] * 7 + [P(g.person().short), V(g.date("br")),
                        V(f"{g.rng.uniform(5.5, 12):.1f}")])
    table_csv(doc, ["record_id", "redcap_event_name", "redcap_data_access_group", "nome_paciente", "data_nasc", "sexo", "cns",
                    "cpf", "telefone", "cep", "medico_resp", "data_inclusao", "hba1c"], rows)
    doc.f("# «a»: exportar com \"Remove identifiers\" na próxima vez; data_inclusao ≠ data_nasc (confundiram no dashboard)\n",
          a=P(g.person().full))
    return doc


def sa_claims(g: Gen) -> Doc:
    """Claims analytics (health plan) — top high-cost beneficiaries from the BI, with the actuary's notes."""
    doc = Doc()
    act = g.person()
    doc.f("Sinistralidade · Top beneficiários alto custo · competência «m»/«y» · contrato «c»\n(fonte: dw_saude.fct_sinistro · "
          "atualizado «d»)\n\n", m=g.rng.randint(1, 12), y=2025, c=g.pick(COMPANIES), d=g.date("br"))
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        b = g.person()
        tit = g.relative(b) if g.chance(0.4) else b
        md = g.person()
        rows.append([V(g.d(4) + "." + g.d(4) + "." + g.d(6) + "-" + g.d(1)), P(b.caps), (g.cpf(), "BR_CPF"),
                     P(tit.caps if tit is b else tit.full), V(g.pick(CIDS)), V(g.pick(CLINICS)), P(md.short),
                     (g.council("CRM"), "PROFESSIONAL_ID"), V(g.money(3000, 400000))])
    table_psql(doc, ["carteirinha", "beneficiario", "cpf", "titular", "cid", "prestador", "solicitante", "crm", "valor_pago"], rows, footer=False)
    doc.f("\nNotas do atuário («a»): «x». Valores em R$, competência de pagamento (não de atendimento).\n",
          a=P(act.full), x=g.pick(["dois casos oncológicos explicam 40% do custo", "a carteirinha não é identificador pessoal no DW, mas o CPF sim",
                                   "internação longa no Hospital da Luz em revisão com a auditoria médica"]))
    return doc


def sa_catalog(g: Gen) -> Doc:
    """Column profile of the patients table in a YAML catalog entry, sample values included."""
    doc = Doc()
    st = g.person()
    doc.f("name: saude_raw.pacientes\nowner: «o»\nsteward_email: «e»\nclassification: sensivel (LGPD art. 5º, II)\nprofile:\n  run: «d»\n  columns:\n",
          o=P(jstr(st.full)), e=(corp_mail(st, "hospital.org.br"), "EMAIL_ADDRESS"), d=g.date("iso"))

    def col(name: str, vals: list[tuple], extra: str = "") -> None:
        doc.f("    - name: «n»\n      null_pct: «p»«x»\n      samples: [", n=name, p=f"{g.rng.uniform(0, 20):.2f}", x=extra)
        for i, v in enumerate(vals):
            doc.t(", " if i else "")
            doc.t("\"")
            doc.e(v[0], v[1])
            doc.t("\"")
        doc.t("]\n")

    col("nome", [P(g.person().full), P(g.person().caps)])
    col("nome_mae", [P(g.person(female=True).full), P(g.person(female=True).caps)], "\n      note: obrigatório no CNS")
    col("nome_social", [P(g.person().first), V("")])
    col("dt_nascimento", [(g.dob("iso"), "DATE_OF_BIRTH"), (g.dob("iso"), "DATE_OF_BIRTH")])
    col("cns", [(g.cns(), "BR_CNS"), (g.cns(), "BR_CNS")])
    col("cpf", [(g.cpf(), "BR_CPF"), V(g.bad_cpf())], "\n      note: \"~3% não passam no DV\"")
    col("telefone", [(g.phone(), "PHONE_NUMBER")])
    col("endereco", [(g.address(), "ADDRESS")])
    col("cep", [(g.cep(), "BR_CEP")])
    col("prontuario", [V(g.d(8)), V(g.d(8))])
    col("cid_principal", [V(g.pick(CIDS)), V(g.pick(CIDS))])
    doc.f("  reviewed_by: «r»\n", r=P(jstr(g.person().full)))
    return doc


def sa_linkage(g: Gen) -> Doc:
    """Record-linkage (patient master index) candidate pairs with match weights, Splink-like."""
    doc = Doc()
    doc.f(">>> linker.predict(threshold_match_probability=«t»).as_pandas_dataframe().head(«n»)[cols]\n", t=f"0.{g.d(1)}", n=3)
    rows = []
    for _ in range(3):
        p = g.person()
        mom = g.person(female=True)
        same = g.chance(0.7)
        q = p if same else g.person()
        d1 = g.dob("br")
        rows.append([V(f"{g.rng.uniform(-5, 25):.2f}"), V(score(g)), P(p.full), P(g.pick([q.caps, q.short, q.plain])),
                     (d1, "DATE_OF_BIRTH"), (d1 if same else g.dob("br"), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS"), V("None") if g.chance(0.4) else (g.cns(False), "BR_CNS"),
                     P(mom.full), P(mom.caps if same else g.person(female=True).caps)])
    table_psql(doc, ["match_weight", "match_probability", "nome_l", "nome_r", "dn_l", "dn_r", "cns_l", "cns_r", "mae_l", "mae_r"], rows, footer=False)
    doc.f("\n# «a»: par 3 — mesma mãe, datas iguais: gêmeos? não mesclar. «b» vai revisar manualmente.\n",
          a=P(g.person().first), b=P(g.person().full))
    return doc


def sa_people(g: Gen) -> Doc:
    """People analytics: nursing absenteeism pivot from Metabase, pasted in a HR e-mail."""
    doc = Doc()
    hr = g.person()
    doc.f("Oi «c», segue o recorte de absenteísmo da enfermagem (Metabase, «d»):\n\n", c=P(g.person().first), d=g.date("br"))
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        n = g.person()
        m = g.person()
        rows.append([P(g.pick([n.full, n.caps, n.inverted_title])), (g.council("COREN"), "PROFESSIONAL_ID"),
                     V(g.pick(["UTI Adulto", "Pronto-Socorro", "Clínica Médica", "Centro Cirúrgico"])), P(m.short),
                     V(str(g.rng.randint(0, 9))), V(str(g.rng.randint(0, 6))), V(score(g, 2)),
                     (corp_mail(n, "hospital.org.br"), "EMAIL_ADDRESS")])
    table_md(doc, ["Colaborador(a)", "COREN", "Setor", "Gestor(a)", "Faltas 90d", "Atestados", "Risco turnover", "E-mail corp."], rows)
    doc.f("\nA coluna Risco turnover é o score do modelo (não é %). Não repassar para os gestores sem o RH presente.\n"
          "Qualquer coisa me chama no ramal «r».\n\n«h»\nPeople Analytics\n", r=g.d(4), h=P(hr.full))
    return doc


def sa_alert(g: Gen) -> Doc:
    """Monitoring alert on the lab-results feed, with critical values of named patients."""
    doc = Doc()
    oc = g.person()
    doc.f("[ALERTA] feed_laboratorio → dw.resultados: «k» valores críticos sem ciência médica há > 60 min\n"
          "monitor: lab_criticos_sem_ack · severidade: alta · on-call: «o» · «d» «t»\n\n",
          k=g.rng.randint(2, 4), o=P(oc.full), d=g.date("br"), t=g.hm())
    rows = []
    for _ in range(g.rng.randint(2, 4)):
        p = g.person()
        md = g.person()
        ex, val = g.pick([("potassio", f"{g.rng.uniform(6.1, 7.5):.1f}"), ("hemoglobina", f"{g.rng.uniform(4, 6.9):.1f}"),
                          ("troponina", f"{g.rng.uniform(0.5, 9):.2f}"), ("glicose", str(g.rng.randint(400, 700)))])
        rows.append([V(g.d(9)), P(g.pick([p.caps, p.full])), (g.cns(True), "BR_CNS"), V(ex), V(val), P(md.full),
                     (g.council("CRM"), "PROFESSIONAL_ID"), V(g.pick(CLINICS))])
    table_psql(doc, ["atendimento", "paciente", "cns", "exame", "valor", "solicitante", "crm", "unidade"], rows, footer=False)
    doc.f("\nRunbook: https://wiki.interno/lab/criticos#ack · trace «tr»\nSe o médico não responder, ligar para o plantão da unidade. "
          "Escalonamento: «e» («ee»).\n", tr=g.uuid(), e=P(g.person().short), ee=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_explain(g: Gen) -> Doc:
    """Readmission-risk model explanation for one named patient (SHAP-like text), PT/EN mixed."""
    doc = Doc()
    p = g.person()
    cg = g.relative(p)
    doc.f("=== readmission_30d v«v» · explanation for patient «n» ===\nCNS «cns» · DOB «dob» · alta prevista «alta» · "
          "médico «m» («crm»)\nrisk_score = «s» (threshold «t») → FLAG: alto risco\n\nbase value           «b»\n",
          v=g.version(), n=P(g.pick([p.full, p.caps])), cns=(g.cns(), "BR_CNS"), dob=(g.dob(g.pick(["iso", "en", "br"]), 1935, 1975), "DATE_OF_BIRTH"),
          alta=g.date("br"), m=P(g.person().short), crm=(g.council("CRM"), "PROFESSIONAL_ID"), s=score(g, 3), t=f"0.{g.d(2)}", b=score(g, 3))
    for f in g.rng.sample(["idade", "n_internacoes_12m", "cid_principal=I50.0", "mora_sozinho", "polifarmacia_ge_5",
                           "creatinina_alta", "sem_cuidador", "dist_ubs_km"], 5):
        doc.f("  «f» «s»\n", f=f.ljust(22), s=signed(g))
    doc.f("\nNarrativa gerada (revisar antes de enviar à equipe de transição de cuidado):\n"
          "«n2», «a» anos, mora «w»; cuidadora principal: «c» («r»), tel. «t». Endereço para visita domiciliar: «ad», CEP «cep». "
          "Sugestão: teleconsulta em 48h com «nu».\n",
          n2=P(p.first), a=g.rng.randint(50, 90), w=g.pick(["com a filha", "sozinho(a)", "com o neto"]), c=P(cg.full),
          r=g.pick(["filha", "neta", "sobrinha", "vizinha"]), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), nu=P(g.person().full))
    return doc


# =========================================================================== financeiro

BANKS = ["Banco Leão Dourado", "Aurora Pay IP", "Rosa Branca Crédito SCD", "Prudente Financeira", "Banco Bonfim"]


def fi_shap(g: Gen) -> Doc:
    """Credit-scoring decision explained for a named applicant (SHAP-like waterfall as text)."""
    doc = Doc()
    c = g.person()
    an = g.person()
    doc.f("Proposta «pr» · «b» · produto: «pd»\nCliente: «n» · CPF «cpf» · nasc. «dob» · renda declarada R$ «r»\n"
          "Decisão: «dec» · score «s» (cutoff «co») · modelo pd_pf_v«v» · «d»\n\nWaterfall (log-odds):\n  E[f(x)]                    «e»\n",
          pr=g.d(10), b=g.pick(BANKS), pd=g.pick(["cartão", "CDC veículo", "crédito pessoal", "cheque especial"]),
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1955, 2004), "DATE_OF_BIRTH"),
          r=g.money(1500, 30000), dec=g.pick(["NEGADA", "APROVADA c/ limite reduzido", "MESA"]), s=g.rng.randint(150, 900),
          co=g.rng.randint(400, 700), v=g.version(), d=g.date("br"), e=signed(g))
    for f in g.rng.sample(["qtd_consultas_scr_90d = 7", "comprometimento_renda = 0.41", "tempo_relacionamento_m = 3",
                           "atraso_max_12m = 62", "uf_residencia = AP", "idade = 23", "fl_conta_salario = 0",
                           "utilizacao_rotativo = 0.93", "n_cartoes_ativos = 5"], 5):
        doc.f("  «f» «s»\n", f=f.ljust(26), s=signed(g))
    doc.f("\nTexto para a carta de negativa (art. 20 LGPD — revisão de decisão automatizada):\n\"Prezado(a) «n», sua proposta "
          "foi avaliada considerando principalmente o comprometimento de renda e consultas recentes. Para pedir revisão humana, "
          "responda para «e» ou ligue «t».\"\nEndereço de correspondência: «ad» — CEP «cep»\n\nRevisor(a): «a» · «nt»\n",
          n=P(c.first), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          a=P(an.full), nt=g.pick(["feature uf_residencia não deveria estar no modelo (viés regional)", "ok", "sugiro mesa de crédito"]))
    return doc


def fi_pix(g: Gen) -> Doc:
    """`dbt show` of the Pix fact model pasted in a fraud-analytics ticket."""
    doc = Doc()
    key = g.uuid()
    doc.f("FRAUD-«n» — Pix com chave aleatória reincidente (analista: «an»)\n\n$ dbt show -s fct_pix_transacoes --inline \"... where "
          "chave_destino in ('«k»', ...)\"\n\n", n=g.d(4), an=P(g.person().full), k=(key, "PIX_KEY"))
    rows = []
    recv = g.person()
    for _ in range(g.rng.randint(3, 4)):
        pg = g.person()
        kind = g.pick(["uuid", "uuid", "email", "phone", "cpf"])
        kv = {"uuid": (key, "PIX_KEY"), "email": (g.email(recv), "EMAIL_ADDRESS"), "phone": ("+" + g.phone("cc"), "PHONE_NUMBER"),
              "cpf": (g.cpf("raw"), "BR_CPF")}[kind]
        rows.append([V("E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper()), P(pg.caps), (g.cpf(), "BR_CPF"),
                     P(recv.caps), kv, V(g.money(50, 9000)), V(score(g, 3))])
    table_psql(doc, ["end_to_end_id", "pagador_nome", "pagador_cpf", "recebedor_nome", "chave_destino", "valor", "fraud_score"], rows)
    doc.f("\n«a»: o recebedor «r» tem conta na ag. «ag» / cc «cc» aberta há 9 dias; pedido de MED aberto. A chave de controle "
          "`trace_id=«t»` não é chave Pix.\n", a=P(g.person().first), r=P(recv.full), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), t=g.uuid())
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Metabase export of the collections queue; street and number are separate columns."""
    doc = Doc()
    doc.f("Metabase › Cobrança › Fila régua D+30 (export xlsx → colado aqui pelo «w»)\n\n", w=P(g.person().first))
    rows = []
    for _ in range(g.rng.randint(3, 4)):
        c = g.person(word=g.chance(0.2))
        t, nm, num, comp = g.street_parts()
        city, uf = g.city()
        rows.append([V(g.d(12)), P(g.pick([c.full, c.caps, c.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (f"{t} {nm}", "ADDRESS"), V(num), V(comp or "-"), V(city), V(uf), (g.cep(), "BR_CEP"),
                     (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), V(str(g.rng.randint(30, 180))), V(g.money(100, 20000))])
    table_md(doc, ["contrato", "cliente", "cpf", "logradouro", "numero", "compl", "cidade", "uf", "cep", "telefone", "dias_atraso", "saldo_devedor"], rows)
    doc.f("\nOBS («o»): contrato é o nº interno, não CPF. Quem estiver na loja «l» ligar antes das 18h.\n",
          o=P(g.person().short), l=g.pick(["Supermercados Prudente", "Esperança Móveis", "Farmácia Luz Divina"]))
    return doc


def fi_c360(g: Gen) -> Doc:
    """Customer-360 JSON from the bank's profile API, pasted in a data-engineering thread."""
    doc = Doc()
    c = g.person()
    fn, ln = first_last(c)
    doc.f("GET /v2/customer360/«id» → 200 («ms» ms)\n{\n  \"customer_id\": \"«id»\",\n  \"first_name\": \"«fn»\",\n  \"last_name\": \"«ln»\",\n"
          "  \"tax_id\": \"«cpf»\",\n  \"birth_date\": \"«dob»\",\n  \"rg\": \"«rg»\",\n  \"contacts\": {\"email\": \"«e»\", \"mobile\": \"«t»\"},\n"
          "  \"address\": {\"street\": \"«st»\", \"number\": \"«nu»\", \"zip\": \"«cep»\", \"city\": \"«city»\"},\n",
          id=g.uuid(), ms=g.rng.randint(20, 400), fn=P(jstr(fn)), ln=P(jstr(ln)), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob("iso"), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"),
          st=(jstr(" ".join(g.street_parts()[:2])), "ADDRESS"), nu=g.rng.randint(1, 3000), cep=(g.cep(False), "BR_CEP"), city=g.city()[0])
    doc.f("  \"accounts\": [{\"bank\": \"«b»\", \"branch\": \"«ag»\", \"number\": \"«cc»\", \"type\": \"checking\"}],\n"
          "  \"cards\": [{\"pan\": \"«pan»\", \"status\": \"active\"}, {\"pan_masked\": \"«mk»\", \"status\": \"blocked\"}],\n"
          "  \"vehicles\": [{\"plate\": \"«pl»\", \"financed\": true}],\n  \"last_login\": {\"ip\": \"«ip»\", \"device_hash\": \"«dh»\"},\n"
          "  \"scores\": {\"churn\": «s1», \"pd_12m\": «s2», \"clv\": «clv»},\n  \"relationship_manager\": \"«gm»\",\n"
          "  \"household\": [{\"name\": \"«hn»\", \"relation\": \"spouse\"}]\n}\n",
          b=g.pick(["001", "104", "237", "341", "260"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          pan=(g.card(False), "CREDIT_CARD"), mk=f"{g.d(4)}********{g.d(4)}", pl=(g.plate(), "LICENSE_PLATE"), ip=(g.ip(), "IP_ADDRESS"),
          dh=g.hexs(40), s1=score(g), s2=score(g), clv=g.rng.randint(100, 90000), gm=P(jstr(g.person().full)),
          hn=P(jstr(g.relative(c, female=not c.female).full)))
    doc.f("\n«a»: o campo `cards[0].pan` está vindo aberto no payload — isso não pode ir pro lake. Abri INC-«i».\n",
          a=P(g.person().full), i=g.d(5))
    return doc


def fi_autoloan(g: Gen) -> Doc:
    """Wide feature dump of auto-loan applications (TSV), one row per applicant."""
    doc = Doc()
    doc.f("-- export features_cdc_veiculo (batch «d», «n» linhas de amostra) — ds: «a»\n", d=g.date("iso"), n=3, a=P(g.person().full))
    cols = ["app_id", "applicant_name", "cpf", "cnh", "birth_dt", "plate", "fipe_value", "ltv", "ip_origin", "device_fp",
            "income", "dealer", "dealer_cnpj", "pd_score"]
    rows = []
    for _ in range(3):
        c = g.person()
        rows.append([V(g.uuid()[:13]), P(g.pick([c.full, c.caps, c.low])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.cnh(), "BR_CNH"),
                     (g.dob("iso", 1950, 2004), "DATE_OF_BIRTH"), (g.plate(), "LICENSE_PLATE"), V(g.money(20000, 180000)),
                     V(score(g, 2)), (g.ip(), "IP_ADDRESS"), V(g.hexs(16)), V(g.money(1500, 25000)),
                     V(g.pick(["Bento Veículos", "Auto Leão Seminovos", "Rosa Branca Motors", "Nassar Automóveis"])),
                     (g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), V(score(g))])
    table_csv(doc, cols, rows, sep="\t")
    doc.f("-- «a»: fipe_value e income em R$; device_fp é hash, não identifica pessoa sozinho\n", a=P(g.person().first))
    return doc


def fi_people(g: Gen) -> Doc:
    """HR people-analytics export of branch staff with payroll data, PT/EN headers."""
    doc = Doc()
    doc.f("workday_export_headcount_agencias_«d».csv (HR Analytics; owner «o»)\n", d=g.date("compact"), o=P(g.person().full))
    rows = []
    for _ in range(3):
        e = g.person()
        m = g.person()
        fn, ln = first_last(e)
        if g.chance(0.3):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        rows.append([V(g.d(7)), P(fn), P(ln), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     (g.titulo(False), "BR_TITULO_ELEITOR") if g.chance(0.5) else V(""), (g.dob("br"), "DATE_OF_BIRTH"),
                     V(g.pick(["Gerente PF", "Caixa", "Assistente", "Gerente Geral"])), P(m.short), (g.agency(False), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V(g.money(2500, 25000).replace(".", "").replace(",", ".")), V(score(g, 2))])
    table_csv(doc, ["employee_id", "first_name", "last_name", "cpf", "pis_pasep", "titulo_eleitor", "data_nascimento", "job_title",
                    "manager_name", "agencia_pagto", "conta_pagto", "base_salary", "attrition_risk"], rows, sep=";")
    doc.f("# nota («a»): titulo_eleitor só vem preenchido para quem entrou antes de 2019\n", a=P(g.person().first))
    return doc


def fi_abtest(g: Gen) -> Doc:
    """A/B test notes on a credit-limit offer, with customer quotes from the call recordings."""
    doc = Doc()
    au = g.person()
    doc.f("Experimento LIM-«n» · oferta proativa de aumento de limite · read-out\nAutor: «a» · Stakeholders: «b», «c»\n\n"
          "Resultado: take-rate «tr»% (trat.) vs «tc»% (ctrl); inadimplência D+60 sem diferença (p=0.«p»). «w».\n\n"
          "Trechos de ligações (amostra aleatória, transcrição):\n",
          n=g.d(3), a=P(au.full), b=P(g.person().short), c=P(g.person().full), tr=f"{g.rng.uniform(5, 30):.1f}",
          tc=f"{g.rng.uniform(5, 30):.1f}", p=g.d(2), w=g.pick(["Seria prudente estender para o segmento Bronze só no Q3",
                                                          "vitória clara do tratamento", "deu luz verde o comitê de crédito"]))
    for _ in range(g.rng.randint(3, 4)):
        c = g.person()
        k = g.rng.randint(0, 2)
        if k == 0:
            doc.f("- «n» (trat., cartão final «f»): \"aceito sim, mas manda o contrato pro «e»\"\n",
                  n=P(c.full), f=g.d(4), e=(g.email(c), "EMAIL_ADDRESS"))
        elif k == 1:
            doc.f("- «n» (ctrl): \"meu cartão «cc» foi recusado ontem no posto, por isso liguei\"\n",
                  n=P(c.caps), cc=(g.card(), "CREDIT_CARD"))
        else:
            doc.f("- «n» (trat.): \"não quero, já tô devendo a conta de luz\" — retorno agendado no «t»\n",
                  n=P(c.short), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nPróximos passos: «a» refaz o corte por renda; IDs de cliente na planilha `lim_«n»_ids.parquet` (hash «h»).\n",
          a=P(au.first), n=g.d(3), h=g.hexs(16))
    return doc


TEMPLATES = {
    "atendimento": [at_dbt_ticket, at_metabase, at_abtest, at_c360, at_anomaly, at_catalog, at_churn],
    "juridico": [ju_ropa, ju_powerbi, ju_dsar, ju_gx, ju_people, ju_digest, ju_signers],
    "saude": [sa_redcap, sa_claims, sa_catalog, sa_linkage, sa_people, sa_alert, sa_explain],
    "financeiro": [fi_shap, fi_pix, fi_cobranca, fi_c360, fi_autoloan, fi_people, fi_abtest],
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
        digits = re.sub(r"\D", "", urllib.parse.unquote(v).translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
            assert not re.search(r"[0-9]", ENCODED.sub("", v)), (record["id"], v)  # "Ã³" of mojibake is no digit
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", urllib.parse.unquote(v)), (record["id"], v)


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
    with (HERE / "twentieth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("twentieth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
