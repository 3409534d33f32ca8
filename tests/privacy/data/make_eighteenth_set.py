"""Build the eighteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eighteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 18,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: text as it reaches a fine-tuning team from many
sources at once, each with the damage its pipeline leaves behind.
- atendimento: instruction/answer pairs written by support agents for a chatbot (JSONL with
  escaped line breaks, real customer cases pasted into the "input"), a model-evaluation
  sheet where annotators copied conversations (TSV), an e-mail converted to a ticket
  (RFC 2047 encoded-word sender, quoted-printable body with =C3=A7 and "=" soft breaks,
  <br>, &nbsp; and HTML entities left over), WhatsApp Cloud API bot logs with JSON
  payloads, speech-to-text of a call with diarisation labels (SPEAKER_00), a GitHub issue
  with a Python traceback holding a customer's record, an Excel export with line breaks
  inside quoted cells.
- juridico: PDF-to-text extraction of a petition (hyphenated line breaks, also inside names:
  "Fran-\ncisco"; page headers and footers repeating), OCR of a handwritten intake form of a
  public defender's office (0/O, 1/l, rn/m confusions), a TMX translation memory of a sworn
  translation (PT/EN side by side), a Jupyter output cell printing a pandas DataFrame of the
  parties of lawsuits, preference pairs (prompt/chosen/rejected) for a legal chatbot, a
  Twilio WhatsApp webhook log with URL-encoded form bodies, a Slack export of a legal-ops
  data team handling a data-subject request.
- saude: speech-to-text of a teleconsultation (SRT with [SPEAKER_01] labels), OCR of a
  handwritten e-SUS registration form, PDF-to-text of a multi-page lab report (patient
  header repeated on every page), a Jupyter DataFrame and df.info() of a readmission model,
  Alpaca-style "### Instrução / ### Entrada / ### Resposta" pairs written by receptionists,
  an HTML e-mail to a clinic turned into a ticket, a CAT-tool translation-memory TSV export
  of a medical report for treatment abroad.
- financeiro: a GitHub issue with a Java stack trace and an MDC log line of a Pix service, a
  Slack export of a fraud data team, an Excel export of credit applications with multi-line
  cells, a chatbot-platform log (Blip-like) with JSON envelopes, a model-evaluation sheet of a
  bank assistant, PDF-to-text of a credit contract (headers/footers, hyphenation), OCR of a
  handwritten account-opening form and deposit slip.

Conventions (the twelfth, fourteenth and sixteenth sets' where they decide): PERSON covers the
name only, never "Sr.", "Dra.", "dona", "seu"; particles inside a name are part of it;
"SURNAME, Given" is one span; nicknames and first names alone are persons. A name is
labelled as it stands in the text, whatever damage it carries: a "-\n" hyphenation or a
plain line break inside it, "&nbsp;", "<br>" or HTML entities (Jo&atilde;o), quoted-printable
(Concei=C3=A7=C3=A3o, with a "=\n" soft break inside), URL encoding (Jo%C3%A3o+Bulh%C3%B5es),
"_" of an RFC 2047 encoded word (only the part between "?Q?" and "?="), OCR confusions
(Camnila). An ADDRESS whose complement sits on the next line of a multi-line cell is one
span with the line break inside. Identifiers damaged by OCR (O for 0, l for 1) are labelled
as they stand; the check below undoes those confusions before it verifies the check digits.
In a URL-encoded phone ("whatsapp%3A%2B5511..."), the span starts after "%2B", the encoded
"+"; a URL-encoded e-mail (fulano%40gmail.com) is one EMAIL_ADDRESS span. In a chatbot identity
("5511...@wa.gateway.msging.net") the phone is a PHONE_NUMBER and the identity is not an e-mail;
router identities (uuid@tunnel.msging.net) and role mailboxes (sac@, juridico@) are not labelled.
Identifiers spoken in words in a transcript are not labelled; ASR digits (in any grouping) are.
Slack/GitHub handles, logins, annotator codes (anot_07), bot names ("Lia", "Bento Bot") and
Slack user ids are not persons; Slack "real_name" is. ADDRESS is street type + name + number
+ complement (bairro, city/UF outside, CEP is BR_CEP); where a record splits street and
number into fields, only the street field is an ADDRESS span; a company's or court's address
is not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes are not.
DATE_OF_BIRTH only for birth dates (any format, English "May 3, 1987" too). PROFESSIONAL_ID
includes the council acronym. PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys
that are a CPF, e-mail or phone take those labels. Masked values, protocol and ticket numbers,
CTPS, passports and internal ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Gleiciane, Jeovaldo, Kethellyn; Italian, German, Japanese/Okinawan, Lebanese, Polish/Ukrainian,
Korean, Chinese, Vietnamese, Andean, Venezuelan, Haitian, Nigerian/Angolan, indigenous, Jewish,
Armenian, Greek), at least a quarter of the name words rare or invented; names that are also
words (Rosa, Branco, Prudente, Bento, Vitória, Leão, Flor, Luz) next to the same words as words
("outubro rosa", "em branco", "seria prudente", "conta de luz", "o leão da Receita") and in
places and companies (Bento Gonçalves, Presidente Prudente, Padaria Flor do Trigo), which are
not persons. Forms: lower case, ALL CAPS without accents, "SURNAME, Given", first name alone,
broken by hyphenation, HTML or encodings.

Hard negatives (never labelled): UUIDs that are request/trace/message ids, hashes, commit
shas, WhatsApp message ids, Pix end-to-end ids, CNJ process numbers, protocol numbers and
11-digit numbers failing the CPF check, ICD-10 codes, money, version numbers, file paths,
Python/Java identifiers (nome_cliente, cpfTitular), company names with surnames, Slack ids.
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
SEED = 18

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

PT_F = ["Adriana", "Patrícia", "Juliana", "Fernanda", "Luciana", "Mariana", "Camila", "Priscila", "Aline",
        "Simone", "Rosângela", "Aparecida", "Maria José", "Maria das Graças", "Ana Paula", "Gabriela",
        "Larissa", "Natália", "Beatriz", "Isabela", "Raquel", "Sandra", "Marli", "Cristiane", "Débora",
        "Tatiane", "Letícia", "Manuela", "Heloísa", "Conceição", "Francisca", "Antônia", "Valéria"]
RARE_F = ["Marinalva", "Dejanira", "Zilmar", "Eudóxia", "Genilda", "Valdirene", "Cleonice", "Eulália",
          "Maricleide", "Lusinete", "Aldenora", "Thaynara", "Kethellyn", "Wanderléia", "Odaléia",
          "Fabrícia", "Rozilda", "Clemilda", "Gerlane", "Edjane", "Sulamita", "Aucilene", "Eurides",
          "Jucilene", "Gleiciane", "Rosicleide", "Iranildes", "Dalvanira", "Quitéria", "Adelvânia",
          "Zenaide", "Lindaura", "Ivaneide", "Mirtes", "Jeane Kelly", "Elizangela"]
PT_M = ["Rodrigo", "Gustavo", "Leandro", "Fábio", "Ricardo", "Eduardo", "Márcio", "Anderson", "Thiago",
        "Diego", "Rafael", "Bruno", "Matheus", "Lucas", "Gabriel", "Francisco", "Raimundo", "Sebastião",
        "Geraldo", "Benedito", "Adilson", "Edson", "Reinaldo", "Ronaldo", "Roberto", "Daniel", "Vinícius",
        "Arthur", "Heitor", "Miguel", "José Carlos", "João Pedro", "Antônio Marcos"]
RARE_M = ["Josivaldo", "Erivelton", "Gilmário", "Valdomiro", "Deoclécio", "Edinaldo", "Claudionor",
          "Uóston", "Weverton", "Kleberson", "Raylan", "Dheyson", "Ezequias", "Onofre", "Anísio",
          "Genésio", "Jeovaldo", "Cledson", "Wélisson", "Adeilton", "Ubiratã", "Tertuliano", "Deusdete",
          "Jorcelino", "Romualdo", "Edivaldo", "Iranildo", "Laércio", "Nerivaldo", "Gedeão", "Aristeu",
          "Jonielson", "Wallyson", "Cosme Damião", "Eliomar"]
PT_SUR = ["Almeida", "Batista", "Borges", "Cunha", "Dias", "Farias", "Fonseca", "Garcia", "Guimarães",
          "Jesus", "Leal", "Macedo", "Medeiros", "Miranda", "Monteiro", "Moreira", "Pacheco", "Peixoto",
          "Queiroz", "Rocha", "Sales", "Sampaio", "Siqueira", "Tavares", "Toledo", "Vasconcelos", "Xavier",
          "Bezerra", "Brito", "Magalhães", "Silva", "Santos", "Oliveira", "Souza", "Ferreira", "Lima"]
RARE_SUR = ["Mourão", "Jatobá", "Sucupira", "Tinoco", "Vilaça", "Bezerril", "Cordovil", "Lustosa",
            "Maranhão", "Itaparica", "Guaraciaba", "Benevides", "Pitombeira", "Carnaúba", "Ximenes",
            "Arcoverde", "Valença", "Ibiapina", "Feitosa", "Sertório", "Olinto", "Quaresma", "Rabelo",
            "Sarmento", "Tenório", "Uchôa", "Canabrava", "Espíndola", "Gurgel", "Aguiar Ramalho",
            "Bandeira", "Torquato", "Jucá", "Vilarinho", "Mesquita", "Sobreira", "Campelo", "Trigueiro"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Glória", "Graça"]
WORD_M = ["Bento", "Prudente", "Leão", "Branco", "Vitório", "Jardel"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Pinheiro", "Coelho",
            "Cruz", "Fontes", "Mattos", "Lobato", "Carneiro", "Serrano"]
NICK = {"Francisco": "Chico", "Sebastião": "Tião", "José Carlos": "Zé Carlos", "Raimundo": "Mundico",
        "Francisca": "Chiquinha", "Antônia": "Toinha", "Maria José": "Zezé", "Conceição": "Ceiça",
        "Benedito": "Dito", "Aparecida": "Cida", "Rosângela": "Rô", "Gabriela": "Gabi", "Beatriz": "Bia",
        "Eduardo": "Dudu", "Ricardo": "Cacau", "Matheus": "Teteu", "Josivaldo": "Zivaldo", "Deusdete": "Dedé",
        "Ezequias": "Zeca", "Quitéria": "Teté", "Tertuliano": "Tuta", "Maria das Graças": "Gracinha"}
FOREIGN = {
    "it": (["Loredana", "Benedetta", "Raffaella"], ["Pietro", "Oreste", "Gianni"],
           ["Tomasini", "Sperotto", "Pagliarin", "Benetti", "Zanella", "Dal Pizzol", "Fracasso"]),
    "de": (["Hildegard", "Edeltraud", "Irmgard"], ["Günter", "Reinholdt", "Egon"],
           ["Kleinschmidt", "Wendt", "Roesler", "Heinzen", "Schmitz", "Buss", "Thiesen"]),
    "jp": (["Harumi", "Yukiko", "Akemi"], ["Hideki", "Tadashi", "Minoru"],
           ["Nakandakari", "Higa", "Shiroma", "Kawamoto", "Fujisaki", "Uehara"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Habib", "Rachid"],
           ["Chaib", "Bitar", "Zogbi", "Kassab", "Saliba", "Mansur"]),
    "pl": (["Halyna", "Jadwiga", "Iryna"], ["Tadeusz", "Mykola", "Zdzisław"],
           ["Kowalczyk", "Wiśniewski", "Bondarenko", "Kravets", "Sawicki", "Hrycyna"]),
    "kr": (["Ji-woo", "Seo-yeon"], ["Dong-hyun", "Jun-seo"], ["Park", "Lim", "Oh", "Baek"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Zhang", "Liang", "Huang", "Tan"]),
    "vn": (["Thi Lan", "Hoa"], ["Minh", "Tuan"], ["Nguyen", "Tran", "Pham"]),
    "an": (["Nélida", "Maribel", "Flor de María"], ["Edwin", "Freddy", "Wálter"],
           ["Quispe", "Mamani", "Condori", "Huanca", "Choque"]),
    "ve": (["Yelitza", "Marbelis", "Yuleisy"], ["Jhonny", "Yorman", "Deivis"],
           ["Castellanos", "Villalobos", "Chacón", "Betancourt"]),
    "ht": (["Nadège", "Fabienne", "Widlene"], ["Fritzner", "Wisly", "Jean-Baptiste"],
           ["Jean-Louis", "Pierre-Louis", "Saint-Fleur", "Charlemagne", "Desrosiers"]),
    "af": (["Ngozi", "Chiamaka", "Nzinga"], ["Chukwuemeka", "Kiala", "Mbemba"],
           ["Okonkwo", "Adeyemi", "Mavinga", "Lukombo", "Nsingi"]),
    "in": (["Jaciara", "Potira", "Tainá"], ["Raoni", "Ubirajara", "Kauã"],
           ["Terena", "Pataxó", "Baniwa", "Xakriabá", "Guajajara"]),
    "jw": (["Esther", "Miriam", "Sara"], ["Moisés", "Chaim", "Ilan"],
           ["Goldfarb", "Szpigel", "Rozenbaum", "Lerner", "Feldman"]),
    "am": (["Anahit", "Arpine"], ["Hagop", "Aram"], ["Kouyoumdjian", "Boghossian", "Sarkissian", "Tchalian"]),
    "gr": (["Anastasia", "Eleftheria"], ["Georgios", "Nikos"], ["Alexiou", "Vlachos", "Stavridis"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "af", "in", "pl", "an", "ve", "gr", "am", "vn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto"]
DA_SUR = {"Silva", "Cunha", "Rosa", "Luz", "Cruz", "Vitória", "Fonseca", "Rocha"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "15", "16", "18", "19", "21", "22", "24", "27", "28", "31", "34", "35", "38", "41",
        "42", "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71",
        "73", "77", "79", "81", "82", "84", "85", "86", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia",
                "Praça", "Vila", "Largo"]
STREET_NAMES = ["dos Ipês Amarelos", "Doutor Prudente Mascarenhas", "Flor do Campo", "Leão Coroado",
                "Rosa dos Ventos", "Bento de Abreu", "Vitória Alada", "Luz do Sertão", "Branco Ribeiro",
                "Coronel Quitério Lustosa", "Professor Anísio Teixeira", "Padre Cícero", "das Orquídeas",
                "Dezessete de Março", "Monsenhor Tertuliano Gurgel", "Visconde de Itaparica",
                "Engenheiro Arcoverde", "Marechal Deodoro", "Santa Quitéria", "Irmã Sulamita Rabelo",
                "do Cruzeiro", "Tiradentes", "José Bonifácio", "Sete de Setembro", "Capitão Jorcelino Feitosa",
                "Pastor Ezequias Valença", "das Carnaúbas", "Nossa Senhora da Glória", "Vinte e Um de Abril",
                "Ministro Aguiar Ramalho", "Major Sertório", "Sucupira", "das Jaqueiras"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Santa Rosa", "RS"),
          ("Rio Branco", "AC"), ("Luz", "MG"), ("Conceição do Araguaia", "PA"), ("Vitória de Santo Antão", "PE"),
          ("Flores", "PE"), ("Campina Grande", "PB"), ("Mossoró", "RN"), ("Caruaru", "PE"), ("Juazeiro do Norte", "CE"),
          ("Imperatriz", "MA"), ("Santarém", "PA"), ("Araguaína", "TO"), ("Cascavel", "PR"), ("Chapecó", "SC"),
          ("Blumenau", "SC"), ("Passo Fundo", "RS"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Governador Valadares", "MG"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Franca", "SP"),
          ("Anápolis", "GO"), ("Sinop", "MT"), ("Três Lagoas", "MS"), ("Ji-Paraná", "RO"), ("Teresina", "PI"),
          ("Feira de Santana", "BA"), ("Arapiraca", "AL"), ("Macaé", "RJ"), ("Volta Redonda", "RJ")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Vila Rosa", "Jardim Leão", "Centro", "Parque Bento Ribeiro", "Vila Prudente", "Bairro da Luz",
           "Jardim das Flores", "Vitória Régia", "Morro Branco", "Cidade Alta", "Santa Cruz", "Jardim Glória"]
CIDS = ["E11.9", "I10", "J44.1", "N39.0", "K21.0", "M54.5", "F41.1", "O24.4", "A09", "C61", "G43.9", "R51",
        "J06.9", "L40.0", "E03.9", "Z00.0", "I48", "S82.2", "B20", "D50.9"]


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


# --------------------------------------------------------------------------- damage done by pipelines

HTML_ENT = {"á": "&aacute;", "ã": "&atilde;", "â": "&acirc;", "é": "&eacute;", "ê": "&ecirc;", "í": "&iacute;",
            "ó": "&oacute;", "õ": "&otilde;", "ô": "&ocirc;", "ú": "&uacute;", "ç": "&ccedil;", "ü": "&uuml;",
            "Á": "&Aacute;", "É": "&Eacute;", "Ó": "&Oacute;", "ö": "&ouml;", "ñ": "&ntilde;", "ś": "&#347;"}


def html_ents(s: str) -> str:
    return "".join(HTML_ENT.get(c, c) for c in s)


def qp(s: str, space: str = " ") -> str:
    """Quoted-printable bytes of s (UTF-8); `space` is "_" inside an RFC 2047 encoded word."""
    out = []
    for ch in s:
        if ch == " ":
            out.append(space)
        elif ord(ch) < 128 and ch not in "=?_":
            out.append(ch)
        else:
            out.extend(f"={b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def qp_soft(s: str, g: Gen) -> str:
    """Insert one quoted-printable soft line break ("=\\n") somewhere inside s, never inside =XX."""
    spots = [i for i in range(2, len(s) - 1) if s[i - 1] != "=" and (i < 2 or s[i - 2] != "=") and s[i] != " "]
    if not spots:
        return s
    i = g.pick(spots)
    return s[:i] + "=\n" + s[i:]


def hyph_word(w: str, g: Gen) -> str | None:
    """Split a word at a syllable-like point with "-\\n"; None if it is too short."""
    if len(w) < 6 or not w.isalpha():
        return None
    vowels = "aeiouáéíóúãõâêôàAEIOUÁÉÍÓÚÃÕÂÊÔ"
    spots = [k for k in range(2, len(w) - 2) if w[k - 1] in vowels and w[k] not in vowels]
    if not spots:
        return None
    k = g.pick(spots)
    return w[:k] + "-\n" + w[k:]


def hyph_name(s: str, g: Gen) -> str:
    words = s.split(" ")
    cands = [i for i, w in enumerate(words) if hyph_word(w, g)]
    if not cands:
        return s
    i = g.pick(cands)
    words[i] = hyph_word(words[i], g)
    return " ".join(words)


def html_name(s: str, g: Gen) -> str:
    kind = g.pick(["nbsp", "ent", "br", "ent", "nbsp"])
    if kind == "ent" and html_ents(s) != s:
        return html_ents(s)
    if " " not in s:
        return html_ents(s)
    i = g.pick([m.start() for m in re.finditer(" ", s)])
    return s[:i] + ("&nbsp;" if kind != "br" else g.pick(["<br>", "<br/>", "<br>\n"])) + s[i + 1:]


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


def pdf_flow(src: Doc, g: Gen, width: int, hyph_p: float, page_lines: int, page_break) -> Doc:
    """Re-flow `src` the way a PDF-to-text tool returns it: lines cut at `width`, long words
    hyphenated with "-\\n" (names too), and every `page_lines` lines a footer/header block from
    `page_break(page_no)` (a Doc) put in at a line break that is not inside a span."""
    inside = [False] * (len(src.text) + 1)
    for s in src.spans:
        for i in range(s["start"], s["end"]):
            inside[i] = True
    out = Doc()
    pos_map: dict[int, int] = {}
    col = lines = 0
    page = 1
    for m in re.finditer(r"\S+|[ \t]+|\n", src.text):
        tok, i0 = m.group(), m.start()
        if tok == "\n":
            pos_map[i0] = len(out.text)
            out.t("\n")
            col, lines = 0, lines + 1
            continue
        if tok.isspace():
            continue
        sp_i = m.start() - 1
        need = len(tok) + (1 if col else 0)
        if col and col + need > width:
            w = tok.rstrip(",.;:")
            cut = hyph_word(w, g) if g.chance(1.0 if inside[i0] else hyph_p) else None
            k = cut.index("-\n") if cut else 0
            if cut and col + 1 + k + 1 <= width:
                pos_map[sp_i] = len(out.text)
                out.t(" ")
                for j, ch in enumerate(tok):
                    if j == k:
                        out.t("-\n")
                        lines += 1
                    pos_map[i0 + j] = len(out.text)
                    out.t(ch)
                col = len(tok) - k
            else:
                pos_map[sp_i] = len(out.text)
                out.t("\n")
                lines += 1
                if lines >= page_lines and not inside[sp_i]:
                    blk = page_break(page)
                    page += 1
                    out.add(blk)
                    lines = 0
                for j, ch in enumerate(tok):
                    pos_map[i0 + j] = len(out.text)
                    out.t(ch)
                col = len(tok)
        else:
            if col:
                pos_map[sp_i] = len(out.text)
                out.t(" ")
            for j, ch in enumerate(tok):
                pos_map[i0 + j] = len(out.text)
                out.t(ch)
            col += need
    extra = out.spans
    out.spans = [{"start": pos_map[s["start"]], "end": pos_map[s["end"] - 1] + 1, "label": s["label"]}
                 for s in src.spans] + extra
    return out


# =========================================================================== atendimento

STORES = ["Lojas Flor do Lar", "Magazine Prudente", "Leão Eletro", "Casa Bento Móveis", "Luz & Lar Utilidades",
          "Vitória Calçados Online", "Rosa Branca Cosméticos"]
AGENT_LOGINS = ["ag.sup07", "n2.cobranca", "op_4471", "sup.noturno", "ana.sup", "bkoffice3", "qa.anot12"]


def at_instr(g: Gen) -> Doc:
    """JSONL instruction/answer pairs written by support agents, customer cases pasted in."""
    doc = Doc()
    store = g.pick(STORES)
    kinds = g.rng.sample([0, 1, 2], g.pick([2, 3]))
    for kind in kinds:
        c = g.person()
        ag = g.person()
        doc.f("{\"id\": \"sup-«i»\", \"autor\": \"«a»\", \"fonte\": \"ticket «tk»\", \"instruction\": \"", i=g.d(5),
              a=g.pick(AGENT_LOGINS), tk=g.protocol())
        if kind == 0:
            doc.f("Responda ao cliente que quer trocar o endereço de entrega de um pedido já faturado.\", "
                  "\"input\": \"Cliente: «n» | CPF «cpf» | pedido «ped»\\nNovo endereço: «ad» - «b», «c»/«uf» CEP «cep»\\n"
                  "Tel contato «tel»\\nobs do atendente «ag»: cliente bem nervos«o», já ligou 3x\", \"output\": \"Olá, «f»! "
                  "Como o pedido «ped» já foi faturado, não conseguimos alterar pelo sistema, mas abrimos uma solicitação "
                  "com a transportadora para entregar na «ad2». Qualquer dúvida, estamos aqui. Abraço, «ag2» — «st»\"}\n",
                  n=P(jstr(name_form(g, c, ["full", "caps", "full", "low"]))), cpf=(g.cpf(), "BR_CPF"), ped=f"PD{g.d(8)}",
                  ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=g.city()[0], uf=g.pick(UFS), cep=(g.cep(), "BR_CEP"),
                  tel=(g.phone(), "PHONE_NUMBER"), ag=P(ag.first), o=c.o, f=P(c.first), ad2=g.pick(["nova residência", "portaria do condomínio"]),
                  ag2=P(ag.first), st=store)
        elif kind == 1:
            em = g.email(c)
            doc.f("Explique de forma curta por que o estorno no cartão leva até 2 faturas.\", "
                  "\"input\": \"[caso real colado do Zendesk] de: «em» — «n» diz que comprou R$ «m» no cartão «cc» "
                  "e cancelou no mesmo dia. Quer o dinheiro de volta via pix na chave «px». Nasc. «dob» (pediu pra confirmar cadastro)\", "
                  "\"output\": \"Oi, «f», tudo bem? O estorno já foi solicitado à operadora e aparece em até duas faturas. "
                  "Não fazemos devolução por Pix em compras no cartão, tá? Se precisar, é só chamar. «sig»\"}\n",
                  em=(em, "EMAIL_ADDRESS"), n=P(jstr(name_form(g, c, ["full", "plain", "short"]))), m=g.money(80, 4000),
                  cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), px=(g.uuid(), "PIX_KEY"), dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
                  f=P(g.pick([c.first, fold(c.first).lower()])), sig=g.pick(["Equipe " + store, "Time de Atendimento", "Bjs, Lia (assistente virtual)"]))
        else:
            doc.f("Reescreva a resposta do agente de um jeito mais empático, sem prometer prazo.\", "
                  "\"input\": \"resposta original do «ag»: 'Sr «l», o produto (nota fiscal «nf», série 1) saiu pra entrega. "
                  "se não chegar liga no «tel»' — cliente «n», CPF «cpf», mora na «ad»\", "
                  "\"output\": \"«f», entendemos sua preocupação! Seu produto já saiu para entrega e estamos acompanhando de perto. "
                  "Se algo sair do previsto, fale com a gente pelo WhatsApp. Seria prudente manter alguém em casa para receber.\"}\n",
                  ag=P(ag.first), l=P(c.last), nf=g.d(6), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
                  n=P(jstr(name_form(g, c, ["full", "caps"]))), cpf=(g.cpf(), "BR_CPF"), ad=(g.address("low"), "ADDRESS"),
                  f=P(c.first))
    return doc


def at_evalsheet(g: Gen) -> Doc:
    """Model-evaluation sheet (TSV) where annotators copied conversations with the bot."""
    doc = Doc()
    ann = g.person()
    c = g.person()
    model = g.pick(["atend-llm-v3.2-ft", "sabia-sup-7b-r4", "bot-varejo-2025.03"])
    doc.f("planilha_avaliacao_«m»_lote«l».tsv — anotador(a): «a» (anot_«an») — revisado por «r»\n"
          "conv_id\tturno\tfalante\ttexto\tfluencia\tfactual\tseguranca\tcomentario\n",
          m=model, l=g.d(2), a=P(ann.full), an=g.d(2), r=P(g.person().short))
    cid = g.hexs(8)
    n = 0

    def row(who: str, parts: Doc, scores: str = "\t\t\t", comment: Doc | None = None):
        nonlocal n
        n += 1
        doc.f("«c»\t«n»\t«w»\t", c=cid, n=n, w=who)
        doc.add(parts)
        doc.t("\t" + scores)
        if comment:
            doc.add(comment)
        doc.t("\n")

    u = Doc().f("oi sou «n», comprei uma geladeira e veio amassada", n=P(name_form(g, c, ["full", "low", "lowshort", "first"])))
    row("usuario", u)
    b = Doc().f("Olá, «f»! Sinto muito. Pode me informar o CPF do titular da compra?", f=P(c.first))
    row("modelo", b, "5\t5\t5\t")
    cpf = g.cpf()
    u = Doc().f("«cpf» e o pedido é «p»", cpf=(cpf, "BR_CPF"), p=f"#{g.d(9)}")
    row("usuario", u)
    addr = g.address()
    cep = g.cep()
    b = Doc().f("Obrigado! Localizei o pedido no nome de «n», entrega na «a», CEP «cep». Vou abrir a troca.",
                n=P(c.caps if g.chance(0.5) else c.full), a=(addr, "ADDRESS"), cep=(cep, "BR_CEP"))
    cm = Doc().f("modelo repetiu endereço completo sem necessidade (vazamento?). Obs «a»: ", a=P(ann.first))
    if g.chance(0.5):
        cm.f("cpf «cpf» do cliente ficou no log, pedir p/ mascarar", cpf=(cpf, "BR_CPF"))
    else:
        cm.t("ok no resto")
    row("modelo", b, "5\t4\t2\t", cm)
    em = g.email(c)
    tel = g.phone()
    u = Doc().f("pode mandar o protocolo no meu email «em» ou zap «t»? a cor era branco, não inox",
                em=(em, "EMAIL_ADDRESS"), t=(tel, "PHONE_NUMBER"))
    row("usuario", u)
    b = Doc().f("Claro! Protocolo «p» enviado para «em». Um técnico, o «tec», vai passar aí.",
                p=g.protocol(), em=(em, "EMAIL_ADDRESS"), tec=P(g.person(female=False).first))
    row("modelo", b, "4\t2\t4\t", Doc().f("alucinou nome de técnico; na real quem agenda é a «x» da Leão Assistência",
                                           x=P(g.person(female=True).short)))
    if g.chance(0.6):
        c2 = g.person()
        u = Doc().f("ah e a nota fiscal tá no nome da minha esposa/marido «n», cpf «cpf», nascid«o» em «dob»",
                    n=P(name_form(g, c2, ["full", "low"])), cpf=(g.cpf(), "BR_CPF"), o=c2.o, dob=(g.dob(), "DATE_OF_BIRTH"))
        row("usuario", u)
    doc.f("\n# média fluência «a» | factual «b» | total conversas lote: «t» | sha1 planilha «h»\n",
          a=f"{g.rng.uniform(3, 5):.2f}", b=f"{g.rng.uniform(2, 5):.2f}", t=g.rng.randint(40, 300), h=g.hexs(40))
    return doc


def at_emailticket(g: Gen) -> Doc:
    """E-mail converted to a ticket: encoded-word sender, quoted-printable body, HTML leftovers."""
    doc = Doc()
    c = g.person(origin="pt" if g.chance(0.8) else None)
    while fold(c.full) == c.full and g.chance(0.7):
        c = g.person(origin="pt")
    em = g.email(c)
    ag = g.person()
    store = g.pick(STORES)
    doc.f("Ticket #«t» criado automaticamente a partir de e-mail (caixa sac@«d»)\nFrom: =?UTF-8?Q?«n»?= <«em»>\n"
          "Subject: =?UTF-8?Q?«s»?=\nContent-Transfer-Encoding: quoted-printable\nX-Mailer: «x»\n\n",
          t=g.d(6), d=fold(store.split()[0]).lower() + ".com.br", n=P(qp(c.full, "_")), em=(em, "EMAIL_ADDRESS"),
          s=qp(g.pick(["Reclamação pedido não entregue", "Cobrança indevida", "Troca de produto"]), "_"),
          x=g.pick(["Microsoft Outlook 16.0", "iPhone Mail (21E236)", "Roundcube Webmail/1.6.5"]))
    greet = g.pick(["Boa tarde", "Bom dia", "Ol=C3=A1"])
    nm = qp(c.full)
    if g.chance(0.5):
        nm = qp_soft(nm, g)
    doc.f("<div dir=3D\"ltr\">«gr»,<br><br>meu nome =C3=A9 «n», CPF «cpf», e estou tentando resolver um problema h=\n"
          "=C3=A1 duas semanas.&nbsp;Comprei uma lumin=C3=A1ria (n=C2=BA pedido «p») e at=C3=A9 agora nada.<br>"
          "Moro na «ad»,&nbsp;«b»,<br>«c» - CEP «cep».<br><br>",
          gr=greet, n=P(nm), cpf=(g.cpf(), "BR_CPF"), p=g.protocol(), ad=(qp(g.address()), "ADDRESS"), b=qp(g.pick(BAIRROS)),
          c=qp(g.city()[0]), cep=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        r = g.relative(c)
        doc.f("Se eu n=C3=A3o estiver em casa pode deixar com «r» (minha m=C3=A3e/filho), tel «tel».<br>",
              r=P(html_name(r.full, g) if g.chance(0.6) else qp(r.full)), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("Conta de luz em anexo como comprovante.<br><br>Att,<br>«n»<br>«tel»</div>\n\n",
          n=P(html_name(c.short, g)), tel=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    doc.f("----- nota interna («a», «dt») -----\nconvertido do HTML, sobrou lixo (=3D, &nbsp;). cliente «n» já tem "
          "ticket #«t2» aberto pelo telefone; mesclar. Pedido consta entregue p/ «x» (assinatura no app da transportadora).\n"
          "> Em «dt2», SAC «st» escreveu:\n> Prezad«o» «f», recebemos sua solicita=C3=A7=C3=A3o...\n",
          a=P(ag.short), dt=g.date("br"), n=P(c.caps if g.chance(0.5) else c.low), t2=g.d(6),
          x=P(g.pick([g.person().caps, g.person().first])), dt2=g.date("br"), st=store, o=c.o, f=P(qp(c.first)))
    return doc


def wa_json(d: Doc, g: Gen, phone: str, name: str, body: Doc, named: bool = True) -> None:
    d.f("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"«e»\",\"changes\":[{\"value\":{\"messaging_product\":"
        "\"whatsapp\",\"metadata\":{\"display_phone_number\":\"«dp»\",\"phone_number_id\":\"«pi»\"},\"contacts\":[{\"profile\":"
        "{\"name\":\"«n»\"},\"wa_id\":\"«w»\"}],\"messages\":[{\"from\":\"«w2»\",\"id\":\"wamid.«mid»\",\"timestamp\":\"«ts»\","
        "\"type\":\"text\",\"text\":{\"body\":\"",
        e=g.d(15), dp="5511" + g.pick(["4004", "3003"]) + g.d(4), pi=g.d(15),
        n=P(name) if named else name, w=(phone, "PHONE_NUMBER"), w2=(phone, "PHONE_NUMBER"),
        mid=g.pick("ABH") + g.hexs(30).upper(), ts=str(g.rng.randint(1714000000, 1750000000)))
    d.add(body)
    d.t("\"}}]},\"field\":\"messages\"}]}]}\n")


def at_wabot(g: Gen) -> Doc:
    """WhatsApp Cloud API bot logs with JSON payloads."""
    doc = Doc()
    c = g.person()
    ph = "55" + g.pick(DDDS) + "9" + g.d(8)
    store = g.pick(STORES)
    prof = g.pick([c.first + " " + g.pick(["🌻", "✨", "🙏"]), c.short, c.full, fold(c.first).lower()])
    ts = g.times(5)
    trace = g.hexs(32)
    d0 = g.date("iso")
    prof_name = prof.split(" 🌻")[0].split(" ✨")[0].split(" 🙏")[0]
    doc.f("«d» «t0»,112 INFO  [wa-bot] trace=«tr» recv webhook\n", d=d0, t0=ts[0], tr=trace)
    # the first webhook is summarised by the logger with the wa_id masked; the profile name may carry an emoji
    doc.f("«d» «t0»,113 INFO  [wa-bot] trace=«tr» msg wa_id=55*******«w4» profile=\"«n»«emo»\" type=text body=\"oi quero segunda via do boleto\"\n",
          d=d0, t0=ts[0], tr=trace, w4=ph[-4:], n=P(prof_name), emo=prof[len(prof_name):])
    doc.f("«d» «t1»,540 INFO  [wa-bot] trace=«tr» intent=segunda_via conf=0.«cf» → ask_cpf\n"
          "«d» «t1»,551 DEBUG [wa-bot] send {\"to\":\"«w»\",\"type\":\"text\",\"text\":{\"body\":\"Oi, «f»! Sou a Lia, assistente virtual "
          "da «st». Me informa seu CPF, por favor?\"}}\n",
          d=d0, t1=ts[1], tr=trace, cf=g.d(2), w=(ph, "PHONE_NUMBER"), f=P(c.first), st=store)
    body = Doc().f("«cpf»", cpf=(g.cpf(g.pick(["dot", "raw", "sp"])), "BR_CPF"))
    doc.f("«d» «t2»,003 INFO  [wa-bot] trace=«tr» recv webhook\n", d=d0, t2=ts[2], tr=trace)
    wa_json(doc, g, ph, prof_name, body)
    doc.f("«d» «t3»,210 WARN  [wa-bot] trace=«tr» crm.lookup ok: {\"cliente\":{\"nome\":\"«n»\",\"cpf\":\"«cpf»\",\"nasc\":\"«dob»\","
          "\"end\":\"«ad»\",\"cep\":\"«cep»\",\"email\":\"«em»\"},\"titulos_abertos\":[{\"nn\":\"«nn»\",\"valor\":«v»}]} "
          "(dado pessoal em WARN, abrir bug LGPD-«b»)\n",
          d=d0, t3=ts[3], tr=trace, n=P(c.caps), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso"), "DATE_OF_BIRTH"),
          ad=(jstr(g.address("caps")), "ADDRESS"), cep=(g.cep(False), "BR_CEP"), em=(g.email(c), "EMAIL_ADDRESS"),
          nn=g.d(17), v=g.money(50, 900).replace(".", "").replace(",", "."), b=g.d(3))
    other = g.person()
    body = Doc().f("na verdade o boleto é da minha vizinha «o», ela não tem zap. o cpf dela é «cpf»",
                   o=P(g.pick([other.full, fold(other.short).lower(), other.first])), cpf=(g.cpf(), "BR_CPF"))
    doc.f("«d» «t4»,877 INFO  [wa-bot] trace=«tr» recv webhook\n", d=d0, t4=ts[4], tr=trace)
    wa_json(doc, g, ph, prof_name, body)
    doc.f("«d» «t4»,901 INFO  [wa-bot] trace=«tr» handoff → fila humana (agente «a»), sessão «s»\n",
          d=d0, t4=ts[4], tr=trace, a=P(g.person().first), s=g.uuid())
    return doc


def asr_digits(s: str, g: Gen) -> str:
    """ASR-normalised digits: punctuation dropped, grouped the way the caller said them."""
    d = re.sub(r"\D", "", s)
    out, i = [], 0
    while i < len(d):
        k = g.pick([2, 3, 3, 4])
        out.append(d[i:i + k])
        i += k
    return " ".join(out)


def at_stt(g: Gen) -> Doc:
    """Speech-to-text of a support call with diarisation labels (SPEAKER_00 / SPEAKER_01)."""
    doc = Doc()
    ag, c = g.person(), g.person()
    store = g.pick(STORES)
    t = 0.0

    def turn(spk: str, body: Doc):
        nonlocal t
        dur = g.rng.uniform(2, 9)
        doc.f("[«a» --> «b»] «s»: ", a=f"{int(t // 60):02d}:{t % 60:06.3f}", b=f"{int((t + dur) // 60):02d}:{(t + dur) % 60:06.3f}", s=spk)
        doc.add(body)
        doc.t("\n")
        t += dur + g.rng.uniform(0.1, 1.5)

    doc.f("# whisperx large-v3 + pyannote 3.1 | arquivo «f» | idioma pt | «n» falantes\n",
          f=f"rec_{g.d(10)}_{g.hexs(6)}.wav", n=2)
    turn("SPEAKER_00", Doc().f("«st» bom dia meu nome é «a» com quem eu falo", st=fold(store).lower(), a=P(fold(ag.first).lower())))
    turn("SPEAKER_01", Doc().f("bom dia aqui é «n» eu tô ligando por causa de uma cobrança", n=P(g.pick([c.low, fold(c.short).lower()]))))
    cpf = g.cpf_digits()
    if g.chance(0.75):
        turn("SPEAKER_00", Doc().f("certo dona «l» me confirma o cpf por favor", l=P(fold(c.last).lower())) if c.female else
             Doc().f("certo senhor «l» me confirma o cpf por favor", l=P(fold(c.last).lower())))
        turn("SPEAKER_01", Doc().f("é «cpf»", cpf=(asr_digits(cpf, g), "BR_CPF")))
    else:
        turn("SPEAKER_00", Doc().t("certo me confirma o cpf por favor"))
        turn("SPEAKER_01", Doc().t("é " + " ".join(g.pick(["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]) for _ in range(11))))
    turn("SPEAKER_00", Doc().f("obrigado e a data de nascimento", ))
    dd, mm, yy = g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1948, 2003)
    turn("SPEAKER_01", Doc().f("«d» ", d=(g.pick([f"{dd} de {MONTHS[mm - 1]} de {yy}", f"{dd:02d} {mm:02d} {yy}", f"{dd}/{mm}/{yy}"]), "DATE_OF_BIRTH")).t(
        g.pick(["", "mas o cadastro tá em branco acho", "dia de são bento inclusive"])))
    turn("SPEAKER_00", Doc().t("perfeito localizei aqui a cobrança de " + g.money(40, 600).split(",")[0] + " reais é referente ao seguro"))
    exp = g.person()
    turn("SPEAKER_01", Doc().f("eu nunca pedi seguro quem contratou foi «m» ex «x» no meu nome", m="minha" if exp.female else "meu",
                               x=P(fold(exp.full).lower())))
    tel = g.phone("raw")
    turn("SPEAKER_00", Doc().f("entendo vou abrir uma contestação o telefone pra contato continua «tel»", tel=(asr_digits(tel, g), "PHONE_NUMBER")))
    turn("SPEAKER_01", Doc().f("não agora é «tel» e o email é «em»", tel=(asr_digits(g.phone("raw"), g), "PHONE_NUMBER"),
                               em=(g.email(c), "EMAIL_ADDRESS")) if g.chance(0.6) else
         Doc().t("não mudou não e o email é o mesmo " + fold(c.first).lower() + " ponto " + fold(c.last).lower() + " arroba gmail ponto com"))
    turn("SPEAKER_00", Doc().f("anotado protocolo «p» mais alguma coisa", p=" ".join(g.d(3) for _ in range(4))))
    turn("SPEAKER_01", Doc().f("manda a carta pra «ad» cep «cep» obrigada", ad=(g.address("spoken"), "ADDRESS"),
                               cep=(asr_digits(g.cep(False), g), "BR_CEP")))
    turn("SPEAKER_00", Doc().f("a «st» agradece o «a» que te atendeu tenha um bom dia", st=fold(store).lower(), a=P(fold(ag.first).lower())))
    doc.f("# der={0.«d»} wer_est={0.«w»} | revisor: «r»\n", d=g.d(2), w=g.d(2), r=P(g.person().short))
    return doc


def at_github(g: Gen) -> Doc:
    """GitHub issue with a Python traceback holding a customer's record."""
    doc = Doc()
    c = g.person()
    reporter = g.pick(["lucas-dev", "mari-ops", "jvsantos", "dados-cx-bot", "fer-k", "tchalian-a"])
    ver = g.version()
    t, nm, num, comp = g.street_parts()
    cep = g.cep(False)
    doc.f("## `KeyError: 'complemento'` em `normalizar_endereco` ao importar clientes do ERP #«n»\n\n"
          "**@«r»** opened this issue · «k» comments\n\n### Versão\ncrm-sync «v» (commit «sha»), Python 3.«py», pydantic 2.«pd»\n\n"
          "### Passos\n1. `python -m crm_sync.importar --arquivo /data/erp/clientes_«dt».csv`\n2. aguardar o lote «lt»\n\n"
          "### Traceback\n```\nTraceback (most recent call last):\n"
          "  File \"/srv/crm-sync/.venv/lib/python3.«py»/site-packages/crm_sync/importar.py\", line «l1», in processar_linha\n"
          "    cliente = Cliente.from_erp(linha)\n"
          "  File \"/srv/crm-sync/crm_sync/modelos.py\", line «l2», in from_erp\n"
          "    endereco=normalizar_endereco(linha[\"endereco\"]),\n"
          "  File \"/srv/crm-sync/crm_sync/enderecos.py\", line «l3», in normalizar_endereco\n"
          "    comp = raw[\"complemento\"].strip()\n"
          "KeyError: 'complemento'\n\nDuring handling of the above exception, another exception occurred:\n\n"
          "crm_sync.erros.ImportacaoError: falha na linha «ln»: ",
          n=g.rng.randint(200, 4800), r=reporter, k=g.rng.randint(1, 9), v=ver, sha=g.hexs(7), py=g.pick(["10", "11", "12"]),
          pd=g.rng.randint(4, 11), dt=g.date("compact"), lt=g.d(4), l1=g.rng.randint(40, 400), l2=g.rng.randint(40, 400),
          l3=g.rng.randint(10, 120), ln=g.rng.randint(2, 90000))
    doc.f("{'id_cliente': «id», 'nome_cliente': '«nm»', 'cpf_cnpj': '«cpf»', 'dt_nascimento': '«dob»', "
          "'email': '«em»', 'fone1': '«tel»', 'endereco': {'logradouro': '«lg»', 'numero': '«num»', 'cep': '«cep»'}, "
          "'cartao_fidelidade': '«cf»', 'hash_origem': '«h»'}\n```\n\n",
          id=g.d(7), nm=P(name_form(g, c, ["caps", "full", "plain"])), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH"), em=(g.email(c), "EMAIL_ADDRESS"), tel=(g.phone("raw"), "PHONE_NUMBER"),
          lg=(f"{t} {nm}", "ADDRESS"), num=num, cep=(cep, "BR_CEP"), cf=g.neg(16), h=g.hexs(40))
    doc.f("### Comentários\n**@«m»**: 🙈 apaguei o CPF do título mas o traceback ainda tem o registro d«o» cliente. "
          "@«r» pode editar? Isso é dado real de produção (cliente «f» do lote «lt»).\n\n"
          "**@«r»**: foi mal! Editado. Aliás o CPF «bad» da linha seguinte falha na validação — por isso caiu no `except`.\n\n"
          "**@«m»**: fix em #«pr»: `raw.get(\"complemento\") or \"\"`. Também tem um caso com o mesmo bug: "
          "«o2» (CPF «cpf2») na «ad2». Fechando após o deploy da «v2».\n",
          m=g.pick(["bnakandakari", "rafa-lustosa", "devops-luz", "p-okonkwo"]), o=c.o, r=reporter,
          f=P(g.pick([c.first, c.short])), lt=g.d(4), bad=g.bad_cpf(g.pick(["raw", "dot"])), pr=g.rng.randint(200, 4800),
          o2=P(name_form(g, g.person(), ["full", "caps"])), cpf2=(g.cpf(), "BR_CPF"), ad2=(g.address(), "ADDRESS"), v2="v" + g.version())
    return doc


def csv_q(d: Doc, parts: list, sep: str = ";") -> None:
    """One CSV row; each part is a Doc (quoted when it has a line break, a quote or the separator) or a str."""
    for k, p in enumerate(parts):
        if k:
            d.t(sep)
        if isinstance(p, str):
            p = Doc().t(p)
        if any(ch in p.text for ch in ("\n", '"', sep)):
            q = Doc()
            q.text = p.text.replace('"', '""')
            # spans keep their places only where no quote is doubled before them
            assert '"' not in p.text or not p.spans, p.text
            q.spans = p.spans
            d.t('"').add(q).t('"')
        else:
            d.add(p)
    d.t("\n")


def at_excel(g: Gen) -> Doc:
    """Excel export (CSV) of a complaints spreadsheet with line breaks inside quoted cells."""
    doc = Doc()
    store = g.pick(STORES)
    owner = g.person()
    doc.f("reclamacoes_procon_«m».csv (exportado do Excel por «o», separador ;)\n", m=g.pick(["jan", "fev", "mar", "abr", "mai"]) + "25",
          o=P(owner.short))
    csv_q(doc, ["Nº", "Consumidor", "Contato", "Endereço\n(entrega)", "Relato", "Resp. interno"])
    nrows = g.pick([2, 2, 3])
    for _ in range(nrows):
        c = g.person()
        resp = g.person()
        contato = Doc().f("«t»\n«e»", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
        t, nm, num, comp = g.street_parts()
        end = Doc()
        if comp and g.chance(0.6):
            end.f("«a»\n«b» - «c»\nCEP «cep»", a=(f"{t} {nm}, {num}\n{comp}", "ADDRESS"), b=g.pick(BAIRROS), c=g.city()[0],
                  cep=(g.cep(), "BR_CEP"))
        else:
            cty, uf = g.city()
            end.f("«a»\n«c»/«uf»\n«cep»", a=(f"{t} {nm}, {num}" + (f", {comp}" if comp else ""), "ADDRESS"), c=cty,
                  uf=uf, cep=(g.cep(), "BR_CEP"))
        nome = Doc()
        form = g.pick(["full", "inv", "caps", "cpf"])
        if form == "cpf":
            nome.f("«n»\nCPF «c»", n=P(c.full), c=(g.cpf(), "BR_CPF"))
        elif form == "inv":
            nome.f("«n»", n=P(c.inverted_title))
        else:
            nome.f("«n»", n=P(c.caps if form == "caps" else c.full))
        relato = Doc()
        k = g.rng.randint(0, 3)
        if k == 0:
            relato.f("comprou sofá cor rosa, veio branco.\nquer troca, não estorno.\nprocon «p»", p=g.protocol())
        elif k == 1:
            relato.f("cobrança em dobro no cartão «cc»\n(2x R$ «m»)\nfilha «f» que fez a compra", cc=(g.card(), "CREDIT_CARD"),
                     m=g.money(90, 3000), f=P(g.relative(c, True).first))
        elif k == 2:
            relato.f("entregador «e» (placa «pl») foi grosseiro\ncliente nasc. «dob», idos«o», prioridade", e=P(g.person(female=False).first),
                     pl=(g.plate(), "LICENSE_PLATE"), dob=(g.dob("br", 1935, 1960), "DATE_OF_BIRTH"), o=c.o)
        else:
            relato.f("atraso 40 dias\nvaleu a vitória no procon, acordo R$ «m»\npagar via pix aleatória «px»", m=g.money(100, 2000),
                     px=(g.uuid(), "PIX_KEY"))
        csv_q(doc, [g.d(4), nome, contato, end, relato, Doc().f("«r»", r=P(g.pick([resp.first, resp.short])))])
    doc.f(";;;;;\n;;;;TOTAL;«n»\n;;;;atualizado em «d» às «h»;\n", n=nrows, d=g.date("br"), h=g.hm())
    return doc


# =========================================================================== juridico

FIRMS = ["Nóbrega, Tenório & Valença Advogados", "Escritório Feitosa Lustosa Advocacia", "Bandeira & Kowalczyk Sociedade de Advogados",
         "Rabelo Quaresma Advogados Associados", "Sarmento Trigueiro Advocacia", "Leão & Prudente Advogados"]
DEFENDANTS = [("BANCO LEÃO DO NORTE S.A.", True), ("VITÓRIA TELECOMUNICAÇÕES LTDA", True), ("FLOR DO TRIGO ALIMENTOS LTDA", True),
              ("CONSTRUTORA ROSA BRANCA EIRELI", True), ("BENTO SEGUROS S.A.", True), ("LUZ DO SERTÃO ENERGIA S.A.", True)]


def ju_pdf(g: Gen) -> Doc:
    """PDF-to-text extraction of a petition: hyphenated line breaks, repeating header and footer."""
    firm = g.pick(FIRMS)
    adv = g.person()
    oab = g.council("OAB")
    a = g.person()
    sp = g.person(female=not a.female) if g.chance(0.5) else None
    defe, _ = g.pick(DEFENDANTS)
    city, uf = g.city()
    src = Doc()
    src.f("EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n",
          v=g.rng.randint(1, 12), c=fold(city).upper(), uf=uf)
    src.f("«n», brasileir«o», «ec», «prof», portador«a» da cédula de identidade RG nº «rg» SSP/SP, inscrit«o» no CPF sob o nº «cpf», "
          "nascid«o» em «dob», residente e domiciliad«o» na «ad», «b», CEP «cep», endereço eletrônico «em», ",
          n=P(a.caps if g.chance(0.6) else a.full), o=a.o, a="a" if a.female else "", ec=g.pick(["solteir" + a.o, "casad" + a.o, "divorciad" + a.o]),
          prof=g.pick(["auxiliar administrativo", "motorista", "comerciante", "autônomo(a)", "técnico(a) de enfermagem", "do lar"]),
          rg=(g.rg("dot"), "BR_RG"), cpf=(g.cpf("dot"), "BR_CPF"), dob=(g.dob(g.pick(["br", "long"]), 1950, 2000), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), em=(g.email(a), "EMAIL_ADDRESS"))
    if sp:
        src.f("e seu cônjuge «n», inscrit«o» no CPF sob o nº «cpf», ", n=P(sp.caps if g.chance(0.6) else sp.full), o=sp.o,
              cpf=(g.cpf("dot"), "BR_CPF"))
    src.f("por seus advogados que esta subscrevem (procuração anexa), vêm, respeitosamente, à presença de Vossa Excelência, propor a presente\n\n"
          "AÇÃO DECLARATÓRIA DE INEXISTÊNCIA DE DÉBITO C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «d», inscrita no CNPJ sob o nº «cnpj», "
          "com sede na Avenida Presidente Vargas, «sn», pelos fatos e fundamentos a seguir expostos.\n\n"
          "I - DOS FATOS\n\nA parte autora foi surpreendida com a inscrição de seu nome nos cadastros de inadimplentes, "
          "por suposto débito de R$ «m», referente ao contrato nº «ct», que jamais celebrou. Conforme extrato do Serasa, "
          "a negativação foi solicitada em «dt», e o atendente «at», do canal de ouvidoria (protocolo «p»), reconheceu "
          "tratar-se de fraude, sem, contudo, providenciar a baixa. A testemunha «t», portadora do CPF «cpft», presenciou "
          "a ligação. Seria prudente, assim, a concessão da tutela de urgência.\n\n",
          d=defe, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), sn=g.rng.randint(100, 3000), m=g.money(300, 20000),
          ct=g.d(10), dt=g.date("br"), at=P(g.person().full), p=g.protocol(), t=P(g.person(female=True).full), cpft=(g.cpf(), "BR_CPF"))
    src.f("II - DOS PEDIDOS\n\nAnte o exposto, requer a citação da ré; a declaração de inexistência do débito; a condenação "
          "ao pagamento de R$ «m» a título de danos morais; e a intimação exclusiva em nome de «adv», «oab».\n\n"
          "Dá-se à causa o valor de R$ «m»\n\nNestes termos, pede deferimento.\n«c», «dt».\n\n«adv2»\n«oab2»\n",
          m=g.money(5000, 40000), adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), c=city, dt=g.date("long"),
          adv2=P(adv.caps), oab2=(oab, "PROFESSIONAL_ID"))
    proc = g.cnj()
    total = g.rng.randint(3, 5)

    def page_break(n: int) -> Doc:
        d = Doc()
        d.f("\n«f» | www.«w».adv.br\nEste documento foi assinado digitalmente por «adv». Para conferir, acesse o site e informe o "
            "processo «pr» e o código «cd».\nfls. «n»\n\f«h»\n\n",
            f=firm, w=fold(firm.split()[0]).lower().strip(","), adv=P(adv.caps), pr=proc, cd=g.hexs(8).upper(), n=n + 1,
            h=firm.upper())
        return d

    out = Doc()
    out.f("«h»\n\n", h=firm.upper())
    flowed = pdf_flow(src, g, g.pick([72, 78, 84]), 0.8, g.rng.randint(9, 14), page_break)
    out.add(flowed)
    out.f("\n«f» | Página «n» de «n»\n", f=firm, n=total)
    # a name broken by the flow at the end of a line is kept as it stands; make sure at least one name breaks
    return out


def ju_ocr(g: Gen) -> Doc:
    """OCR of a handwritten intake form of a public defender's office (character confusions)."""
    doc = Doc()
    a = g.person()
    mae = g.relative(a, True)
    rc = g.person()
    city, uf = g.city()

    def lab(s: str) -> str:
        return ocr(s, g, 0.5)

    doc.f("«h»\n«u»\nFICHA DE ATENDIMENTO INICIAL - «a»REA: «ar»      N° «n»\n\n",
          h=g.pick(["DEFENS0RIA PÚBLICA D0 ESTAD0", "DEFENSORlA PUBLICA DO ESTADO", "DEFENSORIA PÚBLICA DO ESTAD0"]),
          u=g.pick(["Núcleo de Atendirnento Inicial - " + city, "Nucleo de Atendimento lnicial — " + city]),
          a=g.pick(["Á", "A"]), ar=g.pick(["FAMÍLIA", "CÍVEL", "C1VEL", "FAMlLIA"]), n=g.d(5))
    doc.f("«l1» «n»\n", l1=lab("Nome completo:"), n=P(ocr(a.caps if g.chance(0.6) else a.full, g, 0.6)))
    doc.f("«l2» «cpf»      «l3» «rg»   0rgão: SSP/«uf»\n", l2=lab("CPF:"), cpf=(ocr(g.cpf(g.pick(["dot", "raw"])), g, 0.5, True), "BR_CPF"),
          l3=lab("RG:"), rg=(ocr(g.rg(), g, 0.4, True), "BR_RG"), uf=g.pick(UFS))
    doc.f("«l» «d»     Estado civil: «ec»     Filhos: «f»\n", l=lab("Data de nascimento:"),
          d=(ocr(g.dob(g.pick(["br", "short", "nopad"])), g, 0.4, True), "DATE_OF_BIRTH"),
          ec=g.pick(["so1teira", "casado", "uniao estavel", "divorciada", "viúvo"]), f=g.rng.randint(0, 5))
    doc.f("«l» «m»\n", l=lab("Nome da mãe:"), m=P(ocr(mae.full if g.chance(0.5) else mae.caps, g, 0.5)))
    doc.f("«l» «ad»   «l2» «b»\nCidade: «c»/«uf»    CEP: «cep»\n", l=lab("Endereço:"), ad=(ocr(g.address(g.pick(["text", "caps"])), g, 0.4), "ADDRESS"),
          l2=lab("Bairro:"), b=ocr(g.pick(BAIRROS), g), c=city, uf=uf, cep=(ocr(g.cep(g.chance(0.6)), g, 0.4, True), "BR_CEP"))
    doc.f("«l» «t»   recado c/ «r» (vizinha)\n", l=lab("Telefone:"), t=(ocr(g.phone(g.pick(["par", "plain", "raw"])), g, 0.4, True), "PHONE_NUMBER"),
          r=P(ocr(g.person(female=True).first, g, 0.3)))
    doc.f("Renda fami1iar: R$ «m»   Recebe Bolsa Família? [X] sim [ ] não   NIS: «nis»\n", m=g.money(300, 3500),
          nis=(g.pis("raw"), "BR_PIS"))
    doc.f("\n«l»\n«rc», «q» ", l=lab("PARTE CONTRÁRIA (nome / endereço / telefone):"),
          rc=P(ocr(g.pick([rc.caps, rc.full]), g, 0.5)),
          q=g.pick(["ex-companheiro", "ex-marido", "pai da criança", "locador", "ex-companheira"]))
    doc.f("mora na «ad» ([ilegível]) tel «t»\n", ad=(ocr(g.address("text"), g, 0.3), "ADDRESS"), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    kid = g.relative(a)
    doc.f("\n«l»\n«tx» «k», nascid«o» em «dob», ", l=lab("RELAT0 D0 ASSISTIDO:"),
          tx=g.pick(["quer pensão para o filho", "pede revisão de alimentos do filho", "pede guarda do filho"]),
          k=P(ocr(kid.full, g, 0.4)), o=kid.o, dob=(ocr(g.dob("br", 2009, 2023), g, 0.3, True), "DATE_OF_BIRTH"))
    doc.f("pai não paga desde «mm». trabalha na «emp» (carteira assinada). processo antigo «pr»\n",
          mm=g.pick(["janeiro", "o natal", "marco", "setembro"]), emp=g.pick(["Padaria Flor do Trigo", "Transportes Bento Ltda", "Mercado Leão",
                                                                              "Auto Posto Vitória"]), pr=g.cnj("8." + f"{g.rng.randint(1, 27):02d}"))
    doc.f("\nAtendid«o» por: «s» - estagiári«o2»      Defensor(a): «d»\n",
          o="a", s=P(ocr(g.person().short, g, 0.3)), o2=g.pick(["a", "o"]), d=P(ocr(g.person().full, g, 0.3)))
    doc.f("«c», «dt»          Ass.: _______«sg»______\n[pág. 1/1 | OCR confiança média «cf»% | engine tesseract 5.«v»]\n",
          c=city, dt=g.date("short"), sg=g.pick(["[assinatura]", "(ilegível)", "~~"]), cf=g.rng.randint(61, 93), v=g.rng.randint(0, 4))
    return doc


def tmx_tu(doc: Doc, pt: Doc, en: Doc, g: Gen, user: str) -> None:
    doc.f("  <tu tuid=\"«i»\" creationid=\"«u»\" creationdate=\"«d»\">\n    <tuv xml:lang=\"pt-BR\"><seg>",
          i=g.d(6), u=user, d=g.date("compact") + "T" + g.hms().replace(":", "") + "Z")
    doc.add(pt)
    doc.t("</seg></tuv>\n    <tuv xml:lang=\"en-US\"><seg>")
    doc.add(en)
    doc.t("</seg></tuv>\n  </tu>\n")


def ju_tmx(g: Gen) -> Doc:
    """TMX translation memory of a sworn translation (PT/EN side by side)."""
    doc = Doc()
    a, b = g.person(), g.person()
    tr = g.person(female=True)
    user = g.pick(["TRAD_JURAMENTADA01", "tp-03", "mtpe_pool", "revisor.en"])
    doc.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"«tool»\" srclang=\"pt-BR\" "
          "adminlang=\"en-US\" datatype=\"plaintext\" o-tmf=\"TM_juramentada_«y»\"/>\n<body>\n",
          tool=g.pick(["SDL Trados Studio", "memoQ 10.4", "Phrase TMS", "OmegaT 6.0"]), y=g.rng.randint(2022, 2025))
    kind = g.pick(["casamento", "procuracao", "nascimento"])
    if kind == "casamento":
        d1 = (g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1960, 2000))
        tmx_tu(doc, Doc().t("CERTIDÃO DE CASAMENTO"), Doc().t("MARRIAGE CERTIFICATE"), g, user)
        pa, pb = P(a.caps), P(b.caps)
        tmx_tu(doc, Doc().f("Nome atual dos cônjuges: «a» e «b»", a=pa, b=pb), Doc().f("Current names of the spouses: «a» and «b»", a=pa, b=pb), g, user)
        tmx_tu(doc, Doc().f("Data de nascimento do cônjuge: «d»", d=(fmt_date(*d1, "long"), "DATE_OF_BIRTH")),
               Doc().f("Spouse's date of birth: «d»", d=(fmt_date(*d1, "en"), "DATE_OF_BIRTH")), g, user)
        c1 = g.cpf()
        tmx_tu(doc, Doc().f("CPF do cônjuge: «c»", c=(c1, "BR_CPF")), Doc().f("Spouse's Individual Taxpayer ID (CPF): «c»", c=(c1, "BR_CPF")), g, user)
        pais = g.relative(a, False), g.relative(a, True)
        tmx_tu(doc, Doc().f("Filiação: «p» e «m»", p=P(pais[0].full), m=P(pais[1].full)),
               Doc().f("Parents: «p» and «m»", p=P(pais[0].full), m=P(pais[1].full)), g, user)
    elif kind == "procuracao":
        ad = g.address()
        cpf = g.cpf()
        pa = P(a.full)
        tmx_tu(doc, Doc().f("OUTORGANTE: «a», brasileir«o», portador«x» do CPF nº «c», residente na «ad»,", a=pa, o=a.o, x="a" if a.female else "",
                                c=(cpf, "BR_CPF"), ad=(ad, "ADDRESS")),
               Doc().f("GRANTOR: «a», Brazilian, holder of CPF No. «c», residing at «ad»,", a=pa, c=(cpf, "BR_CPF"), ad=(ad, "ADDRESS")), g, user)
        oab = g.council("OAB")
        tmx_tu(doc, Doc().f("OUTORGAD«O»: «b», advogad«o», inscrit«o» na «oab»", O=b.o.upper(), b=P(b.full), o=b.o, oab=(oab, "PROFESSIONAL_ID")),
               Doc().f("ATTORNEY-IN-FACT: «b», attorney, registered with «oab»", b=P(b.full), oab=(oab, "PROFESSIONAL_ID")), g, user)
        pp = g.pick(["FX" + g.d(6), "GB" + g.d(6)])
        tmx_tu(doc, Doc().f("passaporte nº «pp», e-mail «em»", pp=pp, em=(g.email(a), "EMAIL_ADDRESS")),
               Doc().f("passport No. «pp», e-mail ", pp=pp), g, user)
        # the English side lost the e-mail in the TM alignment; keep it as the translator left it
    else:
        d1 = (g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1990, 2020))
        tmx_tu(doc, Doc().t("CERTIDÃO DE NASCIMENTO"), Doc().t("BIRTH CERTIFICATE"), g, user)
        pa = P(a.full)
        tmx_tu(doc, Doc().f("Nome: «a»", a=pa), Doc().f("Name: «a»", a=pa), g, user)
        tmx_tu(doc, Doc().f("Data de nascimento: «d», às «h»", d=(fmt_date(*d1, g.pick(["long", "caps"])), "DATE_OF_BIRTH"), h=g.hm()),
               Doc().f("Date of birth: «d», at «h»", d=(fmt_date(*d1, g.pick(["en", "en_uk"])), "DATE_OF_BIRTH"), h=g.hm()), g, user)
        pais = g.relative(a, False), g.relative(a, True)
        tmx_tu(doc, Doc().f("Pai: «p». Mãe: «m».", p=P(pais[0].full), m=P(pais[1].full)),
               Doc().f("Father: «p». Mother: «m».", p=P(pais[0].full), m=P(pais[1].full)), g, user)
        c1 = g.cpf()
        tmx_tu(doc, Doc().f("CPF: «c» — Matrícula: «mt»", c=(c1, "BR_CPF"), mt=" ".join(g.d(k) for k in (6, 2, 2, 4, 1, 5, 3, 7, 2))),
               Doc().f("CPF (Taxpayer ID): «c» — Registry No.: «mt»", c=(c1, "BR_CPF"), mt=g.d(32)), g, user)
    tmx_tu(doc, Doc().f("Rosa dos Ventos é o nome do cartório; a Rua da Luz não é endereço do titular."),
           Doc().f("Rosa dos Ventos is the name of the registry office; Rua da Luz is not the holder's address."), g, user)
    doc.f("  <tu tuid=\"«i»\"><note>Tradução juramentada por «t», tradutora pública e intérprete comercial, matrícula JUCESP nº «m». "
          "Contato: «e»</note></tu>\n</body>\n</tmx>\n",
          i=g.d(6), t=P(tr.full), m=g.d(4), e=(g.email(tr, "traducoes" + g.d(2) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def df_print(doc: Doc, cols: list[str], rows: list[list[tuple[str, str | None]]], index: list[str] | None = None) -> None:
    """A pandas DataFrame as printed in a notebook: index on the left, columns right-aligned."""
    index = index or [str(i) for i in range(len(rows))]
    iw = max(len(i) for i in index)
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(" " * iw)
    for c, w in zip(cols, widths):
        doc.t("  " + c.rjust(w))
    doc.t("\n")
    for i, r in zip(index, rows):
        doc.t(i.ljust(iw))
        for (v, lab), w in zip(r, widths):
            doc.t("  ")
            doc.cell(v, w, lab, right=True)
        doc.t("\n")


def ju_jupyter(g: Gen) -> Doc:
    """Jupyter output cell printing a pandas DataFrame of the parties of lawsuits."""
    doc = Doc()
    n = g.rng.randint(3, 5)
    doc.f("In [«a»]: partes = pd.read_parquet(\"s3://juridico-dl/silver/partes_processos_«y».parquet\")\n"
          "   ...: partes.loc[partes[\"polo\"].isin([\"ATIVO\", \"PASSIVO\"]), cols_pii].head(«n»)\n"
          "/tmp/ipykernel_«k»/«h».py:2: FutureWarning: Downcasting object dtype arrays on .fillna is deprecated\n"
          "Out[«a»]:\n", a=g.rng.randint(3, 60), y=g.rng.randint(2021, 2025), n=n, k=g.d(4), h=g.d(10))
    rows, idx = [], []
    for _ in range(n):
        p = g.person()
        polo = g.pick(["ATIVO", "ATIVO", "PASSIVO"])
        if polo == "PASSIVO" and g.chance(0.6):
            nome = (g.pick([x[0] for x in DEFENDANTS]).title(), None)
            doc_ = (g.cnpj(g.pick(["dot", "raw"]), alnum=g.chance(0.25)), "BR_CNPJ")
            nasc = ("NaT", None)
        else:
            nome = P(name_form(g, p, ["caps", "full", "plain"]))
            doc_ = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
            nasc = (g.dob("iso"), "DATE_OF_BIRTH")
        adv = g.person()
        has_adv = g.chance(0.75)
        rows.append([(g.cnj(), None), (polo, None), nome, doc_, nasc, P(adv.short) if has_adv else ("NaN", None),
                     (g.council("OAB"), "PROFESSIONAL_ID") if has_adv else ("NaN", None)])
        idx.append(str(g.rng.randint(0, 99999)))
    df_print(doc, ["numero_cnj", "polo", "nome_parte", "cpf_cnpj", "dt_nasc", "advogado", "oab"], rows, idx)
    doc.f("\nIn [«a»]: partes.query(\"nome_parte.str.contains('«q»', case=False)\", engine=\"python\")[[\"nome_parte\", \"email\", \"telefone\"]]\nOut[«a»]:\n",
          a=g.rng.randint(61, 99), q=fold((word := g.pick(["Rosa", "Branco", "Leão", "Luz", "Bento"]))).lower())
    rows = []
    for _ in range(g.rng.randint(2, 3)):
        p = g.person(word=True)
        if word not in p.full:
            p = Person(p.given, [word] + [s for s in p.surnames if s != word and s not in PARTICLES][:1], p.female)
        rows.append([P(p.caps if g.chance(0.5) else p.full), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")])
    co, dom = {"Rosa": ("Construtora Rosa Branca Eireli", "rosabranca"), "Branco": ("Construtora Rosa Branca Eireli", "rosabranca"),
               "Leão": ("Banco Leão do Norte S.A.", "leaonorte"), "Luz": ("Luz do Sertão Energia S.A.", "luzdosertao"),
               "Bento": ("Bento Seguros S.A.", "bentoseguros")}[word]
    rows.append([(co, None), ("juridico@" + dom + ".com.br", None), ("None", None)])
    df_print(doc, ["nome_parte", "email", "telefone"], rows, [str(g.rng.randint(0, 99999)) for _ in rows])
    doc.f("\n# TODO(«t»): anonimizar antes de subir p/ o bucket de fine-tuning — rodar mascarar_pii(partes, cols=cols_pii) v«v»\n",
          t=g.pick(["bruna.k", "dsantos", "ml-juridico"]), v=g.version())
    return doc


def ju_prefpairs(g: Gen) -> Doc:
    """Preference pairs (prompt / chosen / rejected) for a legal chatbot, JSONL with escaped breaks."""
    doc = Doc()
    for k in range(2):
        c = g.person()
        adv = g.person()
        oab = g.council("OAB")
        emp = g.pick(["Vitória Transportes", "Supermercado Flor do Dia", "Leão Vigilância", "Clínica Prudente de Morais"])
        doc.f("{\"pair_id\": \"«i»\", \"annotator\": \"anot_«a»\", \"prompt\": \"", i=g.uuid(), a=g.d(2))
        doc.f("Meu nome é «n», CPF «cpf», trabalhei «y» anos na «e» e fui mandad«o» embora sem receber as férias. "
              "Meu PIS é «pis» e a CTPS nº «ct» série «s». Tenho direito a quê?\\n(colado pelo cliente no chat em «d»)\", ",
              n=P(jstr(name_form(g, c, ["full", "low", "short"]))), cpf=(g.cpf(), "BR_CPF"), y=g.rng.randint(2, 15), e=emp, o=c.o,
              pis=(g.pis(), "BR_PIS"), ct=g.d(7), s=g.d(4), d=g.date("br"))
        doc.f("\"chosen\": \"Olá, «f». Pelo que descreveu, você pode ter direito às férias vencidas e proporcionais com 1/3. "
              "Recomendo procurar a advogada/o advogado do nosso escritório, «adv» («oab»), ou a Defensoria. "
              "Não compartilhe documentos por aqui.\", ",
              f=P(c.first), adv=P(adv.full), oab=(oab, "PROFESSIONAL_ID"))
        doc.f("\"rejected\": \"«n», com o PIS informado consultei e você tem R$ «m» a receber. Entre com ação no processo «pr».\", ",
              n=P(jstr(c.full)), m=g.money(1000, 30000), pr=g.cnj("5.0" + str(g.rng.randint(1, 9))))
        doc.f("\"justificativa\": \"rejected inventa valor e número de processo; chosen ok. obs: prompt contém dado pessoal real "
              "(«x»), mascarar antes do treino\", \"score\": «sc»}\n",
              x=P(g.pick([c.caps, c.first.lower(), c.short])), sc=g.pick(["1", "2", "0.5"]))
    c = g.person(female=False)
    doc.f("{\"pair_id\": \"«i»\", \"annotator\": \"anot_«a»\", \"prompt\": \"preciso fazer inventário do meu pai «p», falecido em «dd». "
          "ele morava na «ad», CEP «cep». o carro dele placa «pl» tá no nome dele ainda\", \"chosen\": \"Sinto muito pela perda. "
          "O inventário pode ser extrajudicial se todos os herdeiros forem maiores e concordarem...\", \"rejected\": \"Claro, «f»! "
          "Basta ir ao Detran com a placa «pl».\", \"justificativa\": \"rejected ignora o inventário\", \"score\": 1}\n",
          i=g.uuid(), a=g.d(2), p=P(jstr(c.full)), dd=g.date("br"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          pl=(g.plate(), "LICENSE_PLATE"), f=P(g.relative(c).first))
    return doc


def urlq(s: str) -> str:
    return urllib.parse.quote_plus(s)


def ju_twilio(g: Gen) -> Doc:
    """Twilio WhatsApp webhook log of a law firm's intake bot, URL-encoded form bodies."""
    doc = Doc()
    c = g.person()
    firm = g.pick(FIRMS)
    ddd = g.pick(DDDS)
    ph = "55" + ddd + "9" + g.d(8)
    ts = g.times(4)
    d0 = g.date("iso")
    sid = "SM" + g.hexs(32)
    acct = "AC" + g.hexs(32)
    prof = c.short if g.chance(0.6) else c.first

    def post(t: str, body: Doc):
        doc.f("«d» «t» INFO intake.webhook POST /twilio/inbound body=", d=d0, t=t)
        doc.f("SmsMessageSid=«s»&NumMedia=0&ProfileName=«pn»&Body=", s="SM" + g.hexs(32), pn=P(urlq(prof)))
        doc.add(body)
        doc.f("&To=whatsapp%3A%2B55«f»&From=whatsapp%3A%2B«fr»&AccountSid=«a»&ApiVersion=2010-04-01\n",
              f=g.pick(["1140040000", "1130030000", "2140041234"]), fr=(ph, "PHONE_NUMBER"), a=acct)

    def enc(template: str, **vals) -> Doc:
        d = Doc()
        cursor = 0
        for m in MARK.finditer(template):
            d.t(urlq(template[cursor:m.start()]))
            v = vals[m.group(1)]
            d.e(urlq(v[0]), v[1])
            cursor = m.end()
        d.t(urlq(template[cursor:]))
        return d

    post(ts[0], enc("Oi, boa tarde. Meu nome é «n», quero falar com um advogado", n=P(c.full)))
    doc.f("«d» «t» INFO intake.flow state=coleta_dados lead=«l» reply=\"Olá, «f»! Para agilizar, informe seu CPF e cidade.\"\n",
          d=d0, t=ts[0], l=g.uuid(), f=P(prof.split()[0]))
    cpf = g.cpf()
    city, uf = g.city()
    post(ts[1], enc("«c», moro em " + city + " na «ad»", c=(cpf, "BR_CPF"), ad=(g.address(), "ADDRESS")))
    doc.f("«d» «t» DEBUG intake.parse {'From': 'whatsapp:+«w»', 'ProfileName': '«pn»', 'Body': '«c», moro em «city»...', "
          "'cpf_valido': True, 'cnj_detectado': None}\n", d=d0, t=ts[1], w=(ph, "PHONE_NUMBER"), pn=P(prof),
          c=(cpf, "BR_CPF"), city=city)
    ex = g.person()
    post(ts[2], enc("é sobre meu ex «x», ele não paga a pensão da nossa filha «k» desde «m». processo «p»",
                    x=P(g.pick([ex.full, ex.first])), k=P(g.relative(c, True).first), m=(g.pick(["março", "o ano passado"]), None),
                    p=(g.cnj("8.26"), None)))
    adv = g.person()
    doc.f("«d» «t» INFO intake.route area=familia prioridade=alta advogado=«a» («oab») sla=24h msg_sid=«s»\n",
          d=d0, t=ts[2], a=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), s=sid)
    post(ts[3], enc("meu email é «e» e o zap da minha irmã «i» é «t»", e=(g.email(c), "EMAIL_ADDRESS"),
                    i=P(g.relative(c, True).first), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    doc.f("«d» «t» WARN intake.store body persisted unmasked to s3://«b»/raw/«y»/«h».json (ticket PRIV-«n»)\n",
          d=d0, t=ts[3], b=fold(firm.split()[0]).lower().strip(",") + "-intake", y=d0[:4], h=g.hexs(16), n=g.d(3))
    return doc


def slack_msg(doc: Doc, g: Gen, uid: str, real: Person, handle: str, text: Doc, ts: float, last: bool = False) -> None:
    doc.f("  {\n    \"type\": \"message\",\n    \"user\": \"«u»\",\n    \"ts\": \"«ts»\",\n    \"user_profile\": {\"real_name\": \"«rn»\", "
          "\"display_name\": \"«dn»\", \"image_72\": \"https://avatars.slack-edge.com/«y»/«h»_72.jpg\"},\n    \"text\": \"",
          u=uid, ts=f"{ts:.6f}", rn=P(jstr(real.full)), dn=handle, y=g.rng.randint(2020, 2025), h=g.hexs(12))
    doc.add(text)
    doc.t("\"\n  }" + ("\n" if last else ",\n"))


def ju_slack(g: Gen) -> Doc:
    """Slack export (channel JSON) of a legal-ops data team handling a data-subject request."""
    doc = Doc()
    team = [g.person() for _ in range(3)]
    uids = ["U0" + "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) for _ in team]
    handles = [fold(p.first).lower()[:1] + fold(p.last).lower().replace(" ", "") for p in team]
    ts = g.rng.randint(1714000000, 1750000000) + g.rng.random()
    titular = g.person()
    doc.f("// export slack · canal #dpo-dados · arquivo «f»\n[\n", f=g.date("iso") + ".json")
    t1 = Doc().f("chegou requisição LGPD art. 18 (eliminação) da titular/do titular *«n»*, CPF «cpf». protocolo DPO-«p». "
                 "quem consegue rodar a busca no lake? <@«u»>", n=P(jstr(titular.full)), cpf=(g.cpf(), "BR_CPF"), p=g.d(6), u=uids[1])
    slack_msg(doc, g, uids[0], team[0], handles[0], t1, ts)
    t2 = Doc().f("rodei. aparece em 3 tabelas:\\n```\\ncrm.clientes      | «n1» | «e» | «tel»\\njuridico.partes   | «n2» | «cpf» | «cnj»\\n"
                 "mkt.leads_2023    | «n3» | «e» | «ip»\\n```\\nna de leads o IP é de quando ela/ele aceitou os termos (v«v»)",
                 n1=P(jstr(titular.caps)), e=(g.email(titular), "EMAIL_ADDRESS"), tel=(g.phone("e164"), "PHONE_NUMBER"),
                 n2=P(jstr(titular.plain)), cpf=(g.cpf("raw"), "BR_CPF"), cnj=g.cnj(), n3=P(jstr(fold(titular.first).lower())),
                 ip=(g.ip(), "IP_ADDRESS"), v=g.version())
    slack_msg(doc, g, uids[1], team[1], handles[1], t2, ts + g.rng.randint(60, 900))
    t3 = Doc().f("não pode apagar a de juridico.partes, tem processo ativo (retenção por exercício regular de direito). "
                 "o advogado do caso é o «a» («oab»). <@«u»> confirma com ele?", a=P(g.person(female=False).short),
                 oab=(g.council("OAB"), "PROFESSIONAL_ID"), u=uids[2])
    slack_msg(doc, g, uids[0], team[0], handles[0], t3, ts + g.rng.randint(1000, 3000))
    homon = g.person()
    homon = Person(titular.given, homon.surnames, titular.female)
    t4 = Doc().f("cuidado: tem homônimo! *«h»* (outra pessoa, nasc. «dob», CPF «cpf») — o join por nome pegou os dois. "
                 "usar sempre cpf_hash (sha256 «sh»...)", h=P(jstr(homon.full)), dob=(g.dob("br"), "DATE_OF_BIRTH"),
                 cpf=(g.cpf(), "BR_CPF"), sh=g.hexs(16))
    slack_msg(doc, g, uids[2], team[2], handles[2], t4, ts + g.rng.randint(3100, 5000))
    t5 = Doc().f(":white_check_mark: feito. resposta enviada p/ «e» pelo «b». «w»",
                 e=(g.email(titular), "EMAIL_ADDRESS"), b=g.pick(["Bento Bot", "bot do DPO", "Lia"]),
                 w=g.pick(["vitória!", "a conta de luz do datacenter agradece", "seria prudente revisar o job de leads", "em branco agora"]))
    slack_msg(doc, g, uids[0], team[0], handles[0], t5, ts + g.rng.randint(5100, 9000), last=True)
    doc.t("]\n")
    return doc


# =========================================================================== saude

CLINICS = ["Clínica Santa Rosa", "Hospital Bento Ribeiro", "Policlínica Vitória", "Laboratório Luz Diagnósticos",
           "Hospital Dr. Prudente Leão", "Clínica Flor de Lis", "UBS Jardim das Flores"]


def sa_stt(g: Gen) -> Doc:
    """SRT speech-to-text of a teleconsultation with [SPEAKER_xx] labels."""
    doc = Doc()
    med = g.person()
    pac = g.person()
    k = 0
    t = g.rng.uniform(0, 3)

    def cue(spk: str, body: Doc):
        nonlocal k, t
        k += 1
        dur = g.rng.uniform(1.5, 7)

        def ts(x):
            return f"{int(x // 3600):02d}:{int(x % 3600 // 60):02d}:{int(x % 60):02d},{int(x * 1000) % 1000:03d}"
        doc.f("«k»\n«a» --> «b»\n[«s»] ", k=k, a=ts(t), b=ts(t + dur), s=spk)
        doc.add(body)
        doc.t("\n\n")
        t += dur + g.rng.uniform(0.2, 2)

    crm = g.council("CRM")
    cue("SPEAKER_00", Doc().f("boa tarde aqui é a doutora «m» do «c» tá me ouvindo", m=P(fold(med.short).lower()),
                              c=fold(g.pick(CLINICS)).lower()) if med.female else
        Doc().f("boa tarde aqui é o doutor «m» do «c» tá me ouvindo", m=P(fold(med.short).lower()), c=fold(g.pick(CLINICS)).lower()))
    cue("SPEAKER_01", Doc().f("tô sim doutor«a» aqui é «p»", a="a" if med.female else "", p=P(g.pick([pac.low, fold(pac.first).lower()]))))
    cue("SPEAKER_00", Doc().t("pra eu confirmar o cadastro me fala seu cartão do sus e data de nascimento"))
    dd, mm, yy = g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1940, 2000)
    cns = g.cns_digits()
    cue("SPEAKER_01", Doc().f("o cartão é «c» e eu nasci «d»", c=(asr_digits(cns, g), "BR_CNS"),
                              d=(g.pick([f"{dd} de {MONTHS[mm - 1]} de {yy}", f"dia {dd} do {mm} de {yy}", f"em {dd}/{mm:02d}/{yy}"]), "DATE_OF_BIRTH")))
    cue("SPEAKER_00", Doc().f("obrigad«a» e o que tá sentindo", a=med.o))
    cue("SPEAKER_01", Doc().f("muita dor de cabeça e a pressão deu «p» por «q» ontem a enfermeira «e» mediu no posto",
                              p=g.rng.randint(14, 19), q=g.rng.randint(8, 11), e=P(fold(g.person(female=True).first).lower())))
    cue("SPEAKER_00", Doc().f("vou ajustar a losartana pra «mg» miligramas e pedir exames código «cid» só pra registro", mg=g.pick([50, 100]),
                              cid=g.pick(CIDS).lower()))
    if g.chance(0.6):
        cue("SPEAKER_02", Doc().f("doutor«a» é a filha dela «f» posso mandar os exames antigos no zap «t»",
                                  a="a" if med.female else "", f=P(fold(g.relative(pac, True).first).lower()), t=(asr_digits(g.phone("raw"), g), "PHONE_NUMBER")))
    cue("SPEAKER_00", Doc().f("pode sim manda também no email «e» a receita sai assinada com meu «crm»",
                              e=(fold(med.first).lower()[0] + fold(med.last).lower().replace(" ", "") + "@" + g.pick(["clinicasantarosa", "polivitoria", "hbr"]) + ".com.br", "EMAIL_ADDRESS"),
                              crm=(crm.lower() if g.chance(0.5) else crm, "PROFESSIONAL_ID")))
    cue("SPEAKER_01", Doc().f("a farmácia é a do «r» lá na «ad» perto da praça da luz", r=g.pick(["rosa", "bento", "leão"]),
                              ad=(g.address("spoken"), "ADDRESS")))
    doc.f("NOTA DO REVISOR («r»): trechos em minúsculas são saída do ASR; SPEAKER_02 entrou no min «m». CID e dosagem não são PII.\n",
          r=P(g.person().short), m=g.rng.randint(2, 9))
    return doc


def sa_ocr(g: Gen) -> Doc:
    """OCR of a handwritten e-SUS individual registration form."""
    doc = Doc()
    p = g.person()
    mae = g.relative(p, True)
    pai = g.relative(p, False)
    acs = g.person()
    doc.f("«h»\nCADASTR0 INDIVIDUAL          Microárea: «ma»   Equipe (INE): «ine»\n\n",
          h=g.pick(["e-SUS Atenção Primária", "e-SUS APS - Ficha de Cadastro lndividual", "FICHA DE CADASTRO INDIVIDUAL - e-SUS AB"]),
          ma=f"{g.rng.randint(1, 12):02d}", ine=g.d(10))
    doc.f("«l» «c»\n", l=ocr("CNS do cidadão:", g, 0.5), c=(ocr(g.cns(g.chance(0.6)), g, 0.4, True), "BR_CNS"))
    doc.f("«l» «n»\n«l2» «s»\n", l=ocr("Nome completo:", g, 0.5), n=P(ocr(p.caps if g.chance(0.6) else p.full, g, 0.6)),
          l2=ocr("Nome social:", g, 0.5), s=g.pick(["", "—", "não", "X"]))
    doc.f("«l» «d»   Sexo: [«f»] F  [«m»] M   Raça/cor: [X] «r»\n", l=ocr("Data nasc.:", g, 0.5),
          d=(ocr(g.dob(g.pick(["br", "short", "nopad"])), g, 0.5, True), "DATE_OF_BIRTH"), f="X" if p.female else " ",
          m=" " if p.female else "X", r=g.pick(["Parda", "Branca", "Preta", "Amarela", "lndígena"]))
    doc.f("«l» «m»\n«l2» «pa»\n", l=ocr("Nome da mãe:", g, 0.5), m=P(ocr(mae.caps if g.chance(0.5) else mae.full, g, 0.5)),
          l2=ocr("Nome do pai:", g, 0.5), pa=P(ocr(pai.full, g, 0.4)) if g.chance(0.7) else "desconhecido")
    doc.f("«l» «cpf»    Telefone: «t»\n", l=ocr("CPF:", g, 0.5), cpf=(ocr(g.cpf(), g, 0.5, True), "BR_CPF"),
          t=(ocr(g.phone(g.pick(["par", "plain", "raw"])), g, 0.4, True), "PHONE_NUMBER"))
    doc.f("«l» «e»\n", l=ocr("E-mail:", g, 0.5), e=(ocr(g.email(p), g, 0.3), "EMAIL_ADDRESS"))
    doc.f("\nCONDIÇÕES DE SAÚDE\n[X] Hipertensão  [«d»] Diabetes  [ ] Gestante  Peso: «w» kg   CID anotado: «cid»\n"
          "0bs: usa insulina NPH «u» UI, acompanhad«o» no «cl»\n",
          d=g.pick(["X", " "]), w=g.rng.randint(45, 120), cid=ocr(g.pick(CIDS), g, 0.5, True), u=g.rng.randint(10, 40), o=p.o,
          cl=g.pick(CLINICS))
    doc.f("\nENDEREÇ0 / DOMICÍLIO\n«ad»   CEP «cep»\nBairro: «b»   Ponto ref.: «r»\n",
          ad=(ocr(g.address(g.pick(["caps", "text"])), g, 0.4), "ADDRESS"), cep=(ocr(g.cep(), g, 0.4, True), "BR_CEP"), b=ocr(g.pick(BAIRROS), g),
          r=g.pick(["perto da Padaria Flor do Trigo", "atras da igreja Sao Bento", "casa de muro branco", "em frente ao Mercado Leão"]))
    doc.f("\nProfissional: «a» (ACS)   CNS prof.: «c»   Data: «dt»\nAss. cidadão: «s»\n",
          a=P(ocr(acs.full, g, 0.4)), c=(g.cns(False), "BR_CNS"), dt=g.date("br"), s=g.pick(["[assinatura]", "[digital]", "(a rogo)"]))
    return doc


def sa_pdf(g: Gen) -> Doc:
    """PDF-to-text of a multi-page lab report: the patient header is repeated on every page."""
    p = g.person()
    lab = g.pick(["Laboratório Luz Diagnósticos", "Laboratório Bento Análises Clínicas", "LabVitória Medicina Diagnóstica"])
    dob = g.dob("br")
    cns = g.cns()
    med = g.person()
    bio = g.person()
    crbm = g.council("CRBM")
    proto = g.d(10)
    med_crm = g.council("CRM")
    pname = p.caps

    def header(d: Doc, page: int):
        d.f("«l»\nPaciente: «n»    Nasc.: «dob»    CNS: «cns»\nSolicitante: Dr(a). «m» - «crm»    Protocolo: «pr»    Pág. «pg»\n",
            l=lab.upper(), n=P(pname), dob=(dob, "DATE_OF_BIRTH"), cns=(cns, "BR_CNS"), m=P(med.full), crm=(med_crm, "PROFESSIONAL_ID"),
            pr=proto, pg=page)

    def page_break(n: int) -> Doc:
        d = Doc()
        d.f("\nLiberado eletronicamente por «b» - «c» | Resultado válido somente com assinatura digital | «h»\n\f",
            b=P(bio.full), c=(crbm, "PROFESSIONAL_ID"), h=g.hexs(12))
        header(d, n + 1)
        d.t("\n")
        return d

    src = Doc()
    src.f("HEMOGRAMA COMPLETO\nMaterial: sangue total EDTA   Coleta: «dt» «h»\nHemoglobina: «hb» g/dL (ref. 12,0 a 16,0)\n"
          "Leucócitos: «l» /mm3 (ref. 4.000 a 11.000)\nPlaquetas: «pl» /mm3\n\n",
          dt=g.date("br"), h=g.hm(), hb=f"{g.rng.uniform(9, 16):.1f}".replace(".", ","), l=g.rng.randint(3000, 15000),
          pl=g.rng.randint(90000, 450000))
    src.f("OBSERVAÇÃO: amostra recoletada a pedido de «m» em razão de hemólise. Paciente «n» informou jejum de 12 horas e uso "
          "contínuo de metformina. Contato confirmado pelo telefone «t» com a acompanhante «a», que retirou o laudo mediante "
          "apresentação do RG «rg».\n\n",
          m=P(med.full), n=P(p.full), t=(g.phone(), "PHONE_NUMBER"), a=P(g.relative(p, True).full), rg=(g.rg(), "BR_RG"))
    src.f("GLICEMIA DE JEJUM\nResultado: «gl» mg/dL (ref. 70 a 99)   Método: enzimático\nHEMOGLOBINA GLICADA (HbA1c): «a1» %\n\n"
          "INTERPRETAÇÃO: valores compatíveis com diabetes mellitus descompensado (CID «cid»). Sugere-se correlação clínica "
          "pelo médico assistente, «m», e reavaliação em noventa dias. Endereço de entrega do laudo físico: «ad», CEP «cep».\n\n",
          gl=g.rng.randint(70, 320), a1=f"{g.rng.uniform(5, 12):.1f}".replace(".", ","), cid=g.pick(CIDS),
          m=P(g.pick([med.full, med.caps])), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    out = Doc()
    header(out, 1)
    out.t("\n")
    out.add(pdf_flow(src, g, g.pick([60, 66, 70]), 0.85, g.rng.randint(12, 16), page_break))
    out.f("\nLiberado eletronicamente por «b» - «c» | Resultado válido somente com assinatura digital\n", b=P(bio.full), c=(crbm, "PROFESSIONAL_ID"))
    return out


def sa_jupyter(g: Gen) -> Doc:
    """Jupyter cells of a readmission model: df.head() of patients, df.info(), one row as a dict."""
    doc = Doc()
    n = g.rng.randint(3, 5)
    doc.f("In [«a»]: df = carregar_internacoes(\"«p»\", desde=\"«d»\")\n   ...: df[cols_modelo].head(«n»)\nOut[«a»]:\n",
          a=g.rng.randint(2, 40), p=g.pick(["/mnt/dados/sih/internacoes_2024.parquet", "gs://saude-ml/readm/v3/base.parquet"]),
          d=g.date("iso", 2023), n=n)
    rows = []
    keep = None
    for i in range(n):
        p = g.person()
        nm = name_form(g, p, ["caps", "caps", "full", "plain"])
        while len(nm) > 34:
            p = g.person()
            nm = name_form(g, p, ["caps", "full"])
        cns = g.cns_digits()
        dob = g.dob("iso")
        rows.append([(g.d(8), None), P(nm), (cns, "BR_CNS"), (dob, "DATE_OF_BIRTH"), (g.pick(CIDS), None),
                     (g.city()[0], None), (f"{g.rng.random():.3f}", None)])
        if keep is None:
            keep = (p, nm, cns, dob)
    df_print(doc, ["id_aih", "nome_paciente", "cns", "dt_nasc", "cid_princ", "municipio", "p_readm"], rows)
    doc.f("\nIn [«a»]: df.info()\n<class 'pandas.core.frame.DataFrame'>\nRangeIndex: «r» entries, 0 to «r1»\nData columns (total 9 columns):\n"
          " #   Column         Non-Null Count   Dtype         \n---  ------         --------------   -----         \n"
          " 0   id_aih         «r» non-null   object        \n 1   nome_paciente  «r» non-null   object        \n"
          " 2   cns            «r2» non-null   object        \n 3   dt_nasc        «r» non-null   datetime64[ns]\n"
          " 4   cid_princ      «r» non-null   category      \n 5   municipio      «r» non-null   object        \n"
          " 6   p_readm        «r» non-null   float64       \n 7   medico_resp    «r2» non-null   object        \n"
          " 8   crm_resp       «r2» non-null   object        \ndtypes: category(1), datetime64[ns](1), float64(1), object(6)\n"
          "memory usage: «mb» MB\n", a=g.rng.randint(41, 80), r=(r := g.rng.randint(20000, 99999)), r1=r - 1, r2=r - g.rng.randint(10, 900),
          mb=f"{g.rng.uniform(5, 90):.1f}")
    p, nm, cns, dob = keep
    med = g.person()
    doc.f("\nIn [«a»]: df.iloc[0].to_dict()\nOut[«a»]:\n{'id_aih': '«id»',\n 'nome_paciente': '«n»',\n 'cns': '«c»',\n"
          " 'dt_nasc': Timestamp('«d» 00:00:00'),\n 'cid_princ': '«cid»',\n 'municipio': '«m»',\n 'p_readm': 0.«pr»,\n"
          " 'medico_resp': '«mr»',\n 'crm_resp': '«crm»',\n 'obs_alta': '«obs»'}\n",
          a=g.rng.randint(81, 99), id=g.d(8), n=P(nm), c=(cns, "BR_CNS"), d=(dob, "DATE_OF_BIRTH"), cid=g.pick(CIDS),
          m=g.city()[0], pr=g.d(3), mr=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          obs=g.pick(["alta melhorada, retorno UBS Jardim das Flores", "alta a pedido; filha acompanha", "transferida p/ Hospital Bento Ribeiro"]))
    doc.f("\n# «w»: tirar nome_paciente e cns antes do treino! só id_aih + features. (ver notebook anonimizacao_v«v».ipynb)\n",
          w=g.pick(["@jnakandakari", "nota da Rosa (DS)", "TODO"]), v=g.rng.randint(2, 9))
    # "nota da Rosa (DS)" names a data scientist: label it
    if "nota da Rosa" in doc.text:
        i = doc.text.rindex("nota da Rosa") + len("nota da ")
        doc.spans.append({"start": i, "end": i + 4, "label": "PERSON"})
    return doc


def sa_instr(g: Gen) -> Doc:
    """Alpaca-style pairs written by a clinic's receptionists for a scheduling bot."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    rec = g.person(female=g.chance(0.7))
    doc.f("<!-- dataset_agendamento_«c».md | autora: «r» | revisão: pendente -->\n\n", c=fold(clinic).lower().replace(" ", "_").replace(".", ""),
          r=P(rec.full))
    for k in range(g.pick([2, 3])):
        p = g.person()
        med = g.person()
        kind = (k + g.rng.randint(0, 2)) % 3
        doc.f("### Instrução:\n«i»\n\n### Entrada:\n", i=["Remarque a consulta do paciente e confirme os dados.",
                                                         "Responda sobre preparo de exame usando os dados do caso.",
                                                         "Confirme o agendamento de retorno com o especialista."][kind])
        if kind == 0:
            doc.f("Paciente «n», nasc. «dob», CNS «cns», consulta com «m» («crm») dia «d» às «h». Pede pra passar pra semana que vem. "
                  "Tel «t».\n\n### Resposta:\nOlá, «f»! Sua consulta com «m2» foi remarcada. Confirmamos pelo número final «fin». "
                  "Lembre de trazer o cartão do SUS.\n\n",
                  n=P(name_form(g, p, ["full", "caps", "low"])), dob=(g.dob("br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
                  m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date("br"), h=g.hm(), t=(g.phone(), "PHONE_NUMBER"),
                  f=P(p.first), m2=P(med.short), fin=g.d(4))
        elif kind == 1:
            doc.f("«n» perguntou pelo WhatsApp se precisa de jejum pro ultrassom de abdome. CPF «cpf», convênio Vitória Saúde "
                  "carteirinha «cart». Mora na «ad» e quer saber se tem estacionamento.\n\n### Resposta:\nOi, «f»! Para o ultrassom de "
                  "abdome total é preciso jejum de 8 horas. Temos estacionamento conveniado na Rua da Luz.\n\n",
                  n=P(name_form(g, p, ["full", "lowshort", "short"])), cpf=(g.cpf(), "BR_CPF"), cart=g.d(17),
                  ad=(g.address(), "ADDRESS"), f=P(g.pick([p.first, p.nick])))
        else:
            mae = g.relative(p, True)
            doc.f("a mãe («mae», «em») ligou pra marcar retorno d«o» «n» (8 anos, nasc. «dob») com a «m», «crm». "
                  "ela pediu outubro rosa tbm pra ela, mamografia.\n\n### Resposta:\nPrezada «mf», o retorno foi agendado. "
                  "Sobre a mamografia da campanha Outubro Rosa, é preciso pedido médico.\n\n",
                  mae=P(mae.full), em=(g.email(mae), "EMAIL_ADDRESS"), o=p.o, n=P(p.first), dob=(g.dob("br", 2015, 2018), "DATE_OF_BIRTH"),
                  m=P(g.person(female=True).full), crm=(g.council(g.pick(["CRM", "CRO"])), "PROFESSIONAL_ID"), mf=P(mae.first))
    doc.f("---\n<!-- exportado de docs.google.com/document/d/«h» por «r» em «d» -->\n", h=g.hexs(10) + g.hexs(10).upper(),
          r=(g.email(rec, fold(clinic.split()[-1]).lower() + ".med.br"), "EMAIL_ADDRESS"), d=g.date("br"))
    return doc


def sa_email(g: Gen) -> Doc:
    """HTML e-mail to a clinic converted to a ticket: tags, entities and &nbsp; left over."""
    doc = Doc()
    p = g.person()
    while html_ents(p.full) == p.full and g.chance(0.6):
        p = g.person(origin="pt")
    sec = g.person(female=True)
    med = g.person()
    clinic = g.pick(CLINICS)
    em = g.email(p)
    doc.f("[HelpDesk «c»] Chamado «n» — origem: e-mail — status: novo\nRemetente: «em»\nAssunto: Resultado de exame / "
          "segunda via\n---- corpo (html2text falhou, texto bruto) ----\n",
          c=clinic, n=g.d(6), em=(em, "EMAIL_ADDRESS"))
    doc.f("<html><body><div style=\"font-family:Calibri\"><p>Bom dia,&nbsp;</p><p>Sou «n», paciente do Dr(a). «m», "
          "prontu&aacute;rio «pr». Fiz a bi&oacute;psia dia «d» e ainda n&atilde;o recebi o laudo.</p>",
          n=P(html_name(p.full, g)), m=P(html_name(med.full, g) if g.chance(0.5) else med.full), pr=g.d(7), d=g.date("br"))
    doc.f("<p>Meus dados:<br>CPF:&nbsp;«cpf»<br>Data de nascimento: «dob»<br>Cart&atilde;o SUS: «cns»<br>"
          "Endere&ccedil;o: «ad» &ndash; CEP «cep»<br>Celular: «t»</p>",
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          ad=(html_ents(g.address()), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        r = g.relative(p)
        doc.f("<p>Se preferirem, podem entregar ao meu/minha «rel» <b>«n»</b> (RG «rg»).</p>",
              rel=g.pick(["filho(a)", "esposo(a)", "irmão(ã)"]), n=P(html_name(r.full, g)), rg=(g.rg(), "BR_RG"))
    doc.f("<p>Obrigad«o»,<br>«n»</p><div class=\"gmail_signature\">--<br>Enviado do meu «dev»</div>\n",
          o=p.o, n=P(html_name(p.first if g.chance(0.4) else p.short, g)), dev=g.pick(["iPhone", "Galaxy A54", "Xiaomi"]))
    doc.f("<blockquote>Em «d», «s» &lt;«se»&gt; escreveu:<br>Prezad«o» «f», o laudo do CID «cid» fica pronto em 10 dias &uacute;teis.&nbsp;"
          "Atenciosamente, «s2» &ndash; Recep&ccedil;&atilde;o «c»</blockquote></body></html>\n",
          d=g.date("br"), s=P(html_name(sec.full, g)), se=(g.email(sec, fold(clinic.split()[-1]).lower() + ".com.br"), "EMAIL_ADDRESS"),
          o=p.o, f=P(html_ents(p.first)), cid=g.pick(CIDS), s2=P(sec.first), c=html_ents(clinic))
    doc.f("---- nota interna («a») ----\nlaudo liberado no sistema em «d» por «b» («crbm»). enviar só pelo portal, nunca por e-mail.\n",
          a=P(g.person().first), d=g.date("br"), b=P(g.person().short), crbm=(g.council("CRBM"), "PROFESSIONAL_ID"))
    return doc


def sa_tm(g: Gen) -> Doc:
    """CAT-tool translation-memory TSV export of a medical report for treatment abroad."""
    doc = Doc()
    p = g.person()
    med = g.person()
    dest = g.pick(["Hospital Universitário de Coimbra", "Clínica Universidad de Navarra", "MD Anderson Cancer Center"])
    doc.f("source_lang\ttarget_lang\tsource\ttarget\tcreated_by\tchanged_on\tcontext\n")

    def row(pt: Doc, en: Doc, ctx: str = ""):
        doc.t("pt-BR\ten-GB\t")
        doc.add(pt)
        doc.t("\t")
        doc.add(en)
        doc.f("\t«u»\t«d»\t«c»\n", u=g.pick(["MT+PE", "tradutor_03", "DeepL-pro", "revisora_med"]), d=g.date("iso"), c=ctx)

    row(Doc().t("RELATÓRIO MÉDICO"), Doc().t("MEDICAL REPORT"), "titulo")
    dd, mm, yy = g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(1950, 2005)
    pn = P(p.full)
    row(Doc().f("Paciente: «n», nascid«o» em «d»", n=pn, o=p.o, d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")),
        Doc().f("Patient: «n», born on «d»", n=pn, d=(fmt_date(dd, mm, yy, "en_uk"), "DATE_OF_BIRTH")), "cabecalho")
    cns = g.cns()
    pp = g.pick(["FZ", "GC", "YB"]) + g.d(6)
    row(Doc().f("Cartão Nacional de Saúde: «c» — Passaporte: «pp»", c=(cns, "BR_CNS"), pp=pp),
        Doc().f("National Health Card (CNS): «c» — Passport: «pp»", c=(cns, "BR_CNS"), pp=pp), "cabecalho")
    cid = g.pick(CIDS)
    nm2 = P(p.caps if g.chance(0.4) else p.full)
    since = g.rng.randint(2015, 2024)
    row(Doc().f("Atesto que «n» está em acompanhamento neste serviço desde «a», com diagnóstico de CID-10 «cid».", n=nm2, a=since, cid=cid),
        Doc().f("I hereby certify that «n» has been followed up at this service since «a», diagnosed with ICD-10 «cid».",
                n=nm2, a=since, cid=cid), "corpo")
    acomp = g.relative(p)
    row(Doc().f("Viajará acompanhad«o» de «a» (CPF «c»), responsável legal.", o=p.o, a=P(acomp.full), c=(cpf := g.cpf(), "BR_CPF")),
        Doc().f("The patient will travel with «a» (CPF «c»), legal guardian.", a=P(acomp.full), c=(cpf, "BR_CPF")), "corpo")
    row(Doc().f("Encaminho ao «h» para avaliação de «t».", h=dest, t="tratamento oncológico"),
        Doc().f("Referred to «h» for assessment of «t».", h=dest, t="oncological treatment"), "corpo")
    crm = g.council("CRM")
    mn = P(med.full)
    row(Doc().f("«m» — «c» — Clínica Flor de Lis, Av. Rosa e Silva, 1200", m=mn, c=(crm, "PROFESSIONAL_ID")),
        Doc().f("«m» — «c» — Clínica Flor de Lis, Av. Rosa e Silva, 1200", m=mn, c=(crm, "PROFESSIONAL_ID")), "assinatura")
    if g.chance(0.4):
        row(Doc().f("Contato do paciente: «t» / «e»", t=(tel := g.phone("plus"), "PHONE_NUMBER"), e=(em := g.email(p), "EMAIL_ADDRESS")),
            Doc().f("Patient contact: «t» / «e»", t=(tel, "PHONE_NUMBER"), e=(em, "EMAIL_ADDRESS")), "rodape")
    row(Doc().t("Ver também: \"luz\" (light) ≠ Luz (cidade, MG)."), Doc().t("See also: \"luz\" (light) ≠ Luz (town, MG)."), "glossario")
    return doc


# =========================================================================== financeiro

BANKS = ["Banco Leão do Norte", "Vitória Pay IP", "Flor Crédito SCD", "Prudente Bank", "Banco Rosa Branca", "LuzCred Financeira"]


def fi_github(g: Gen) -> Doc:
    """GitHub issue of a Pix service: Java stack trace and an MDC log line with a customer's record."""
    doc = Doc()
    c = g.person()
    px = g.uuid()
    e2e = "E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper()
    bank = g.pick(BANKS)
    doc.f("# [BUG] PixKeyNotFoundException intermitente no `DictLookupService` após upgrade p/ «v» #«n»\n\n"
          "**«r»** commented · label: `bug` `pii-no-log`\n\n```\n«d»T«h».«ms»-03:00 ERROR [pix-out,«tr»,«sp»] 1 --- [nio-8080-exec-«x»] "
          "c.b.pix.dict.DictLookupService : lookup failed key=«k» e2e=«e2e» payer={\"nome\":\"«nm»\",\"cpf\":\"«cpf»\","
          "\"agencia\":\"«ag»\",\"conta\":\"«cc»\",\"nascimento\":\"«dob»\"}\n",
          v=g.version(), n=g.rng.randint(100, 2000), r=g.pick(["rafa-sarmento", "k8s-oncall", "tchalian-dev", "jw-pham"]),
          d=g.date("iso"), h=g.hms(), ms=g.d(3), tr=g.hexs(16), sp=g.hexs(16), x=g.rng.randint(1, 20), k=(px, "PIX_KEY"), e2e=e2e,
          nm=P(jstr(c.caps)), cpf=(g.cpf("raw"), "BR_CPF"), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          dob=(g.dob("iso"), "DATE_OF_BIRTH"))
    doc.f("com.«b».pix.dict.PixKeyNotFoundException: chave «k» não encontrada no DICT (tipo=EVP)\n"
          "\tat com.«b».pix.dict.DictLookupService.lookup(DictLookupService.java:«l1»)\n"
          "\tat com.«b».pix.out.PagamentoService.iniciar(PagamentoService.java:«l2»)\n"
          "\tat jdk.internal.reflect.GeneratedMethodAccessor«ga».invoke(Unknown Source)\n"
          "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)\n"
          "Caused by: feign.FeignException$NotFound: [404] during [GET] to [https://dict.pi.rsfn.net.br:16522/api/v2/entries/«k2»] "
          "[DictClient#getEntry(String,String)]: [{\"type\":\"EntryNotFound\",\"correlationId\":\"«cid»\"}]\n```\n\n",
          b=g.pick(["leaonorte", "vitoriapay", "prudentebank"]), k=(px, "PIX_KEY"), l1=g.rng.randint(40, 300), l2=g.rng.randint(40, 300),
          ga=g.rng.randint(10, 400), k2=(px, "PIX_KEY"), cid=g.uuid())
    rec = g.person()
    doc.f("**«m»** commented\nA chave existe sim — o recebedor é «rn» (CPF «rc», «bk» ag «ag» cc «cc»). Consultei no portal do DICT. "
          "Desconfio do cache: o `ttl` caiu de 300 para 30 no «v». Reproduzi com o payload do cliente «n» acima.\n\n"
          "**«m2»** commented\n⚠️ Issue contém PII (nome, CPF, chave, conta). Removam do log: `payer` não deveria entrar no MDC. "
          "Abri PRIV-«pv». Correlation id «cid» e traceId «tr» não são PII, podem ficar.\n",
          m=g.pick(["lu-benevides", "dev-guaraciaba", "mz-okonkwo"]), rn=P(rec.full), rc=(g.cpf(), "BR_CPF"), bk=bank,
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), v=g.version(), n=P(c.first if g.chance(0.5) else c.short),
          m2=g.pick(["seguranca-appsec", "dpo-bot", "ana-lgpd"]), pv=g.d(4), cid=g.uuid(), tr=g.hexs(32))
    return doc


def fi_slack(g: Gen) -> Doc:
    """Slack export of a fraud data team investigating an account takeover."""
    doc = Doc()
    team = [g.person() for _ in range(3)]
    uids = ["U0" + "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) for _ in team]
    handles = [fold(p.first).lower() + "." + fold(p.last).lower()[:3] for p in team]
    ts = g.rng.randint(1714000000, 1750000000) + g.rng.random()
    vit = g.person()
    mula = g.person()
    doc.f("// slack export · #fraude-squad-dados · «d»\n[\n", d=g.date("iso"))
    t = Doc().f("alerta do modelo ATO (score 0.«s») na conta do cliente «n». login novo de IP «ip» às «h», trocou email p/ «e» "
                "e telefone p/ «t». ag «ag» cc «cc»", s=g.d(3), n=P(jstr(vit.caps if g.chance(0.5) else vit.full)), ip=(g.ip(), "IP_ADDRESS"),
                h=g.hm(), e=(g.email(mula, g.pick(["proton.me", "tutanota.com", "gmail.com"])), "EMAIL_ADDRESS"),
                t=(g.phone("e164"), "PHONE_NUMBER"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    slack_msg(doc, g, "U0ALERTBOT", Person("Alerta", ["Fraude"], True), "fraude-bot", t, ts)
    # the bot's real_name above is not a person: undo its PERSON span
    doc.spans = [s for s in doc.spans if doc.text[s["start"]:s["end"]] != "Alerta Fraude"]
    t = Doc().f("olhei: 4 pix saíram em 10 min, todos p/ «m» (CPF «c»), chave aleatória «px». mesma chave apareceu em "
                "outros 3 casos essa semana. tx ids no thread", m=P(jstr(mula.full)), c=(g.cpf(), "BR_CPF"), px=(g.uuid(), "PIX_KEY"))
    slack_msg(doc, g, uids[0], team[0], handles[0], t, ts + g.rng.randint(100, 800))
    t = Doc().f("```\\nend2end_id                        valor     recebedor\\nE«a»  «v1»   «m»\\nE«b»  «v2»   «m»\\n```\\n"
                "o CPF «bad» que o «x» passou no atendimento é inválido (dígito não bate), então é golpe mesmo",
                a=g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper(), v1=g.money(500, 5000), m=P(jstr(mula.caps)),
                b=g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper(), v2=g.money(500, 5000), bad=g.bad_cpf("dot"),
                x=P(jstr(g.pick([vit.first, vit.nick]))))
    slack_msg(doc, g, uids[1], team[1], handles[1], t, ts + g.rng.randint(900, 2000))
    t = Doc().f("bloqueei. liguei p/ «v» no número antigo «t», confirmou que não fez. disse que recebeu SMS falso do 'Banco Leão' "
                "e clicou. nasc. «dob» confere com cadastro. <@«u»> pode abrir o MED?", v=P(jstr(vit.first)),
                t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), dob=(g.dob("br"), "DATE_OF_BIRTH"), u=uids[2])
    slack_msg(doc, g, uids[0], team[0], handles[0], t, ts + g.rng.randint(2100, 4000))
    t = Doc().f("MED aberto, protocolo «p». a conta recebedora é de «b» (CNPJ da IP «cn»), pedi bloqueio cautelar. "
                "endereço cadastrado do recebedor: «ad», CEP «cep» — provavelmente laranja. :leão: o leão da Receita que lute",
                p=g.protocol(), b=g.pick(BANKS), cn=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ad=(jstr(g.address()), "ADDRESS"),
                cep=(g.cep(), "BR_CEP"))
    slack_msg(doc, g, uids[2], team[2], handles[2], t, ts + g.rng.randint(4100, 7000), last=True)
    doc.t("]\n")
    return doc


def fi_excel(g: Gen) -> Doc:
    """Excel export (CSV) of credit applications with multi-line quoted cells."""
    doc = Doc()
    an = g.person()
    doc.f("propostas_credito_pj_pf_«w».csv — exportado por «a» («e») — NÃO ENCAMINHAR\n", w=g.d(2), a=P(an.full),
          e=(g.email(an, g.pick(["flordcredito.com.br", "prudentebank.com.br"])), "EMAIL_ADDRESS"))
    csv_q(doc, ["Proposta", "Proponente\n(nome / doc)", "Nascimento", "Endereço residencial", "Contato", "Dados bancários",
                "Parecer"], sep=",")
    for _ in range(2):
        p = g.person()
        prop = Doc().f("«n»\n«c»", n=P(g.pick([p.full, p.caps, p.inverted_title])), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            prop.f("\nMEI «cn»", cn=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"))
        t, nm, num, comp = g.street_parts()
        end = Doc()
        if comp:
            end.f("«a»\n«b»\n«cep»", a=(f"{t} {nm} {num}\n{comp}", "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
        else:
            end.f("«a»\n«b»\n«cep»", a=(f"{t} {nm} {num}", "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
        cont = Doc().f("«t»\n«e»", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS")) if g.chance(0.5) else Doc().f("«t»", t=(g.phone(), "PHONE_NUMBER"))
        banco = Doc().f("«b»\nag «ag»\ncc «cc»", b=g.pick(["001", "104", "237", "341", "260", "077"]), ag=(g.agency(), "BANK_ACCOUNT"),
                        cc=(g.account(), "BANK_ACCOUNT")) if g.chance(0.6) else Doc().t("ver extrato anexo\n(conta salário)")
        par = Doc()
        k = g.rng.randint(0, 2)
        if k == 0:
            par.f("aprovado R$ «m»\navalista: «a»\nCPF «c»", m=g.money(3000, 80000), a=P(g.person().full), c=(g.cpf(), "BR_CPF"))
        elif k == 1:
            par.f("reprovado - score «s»\nrenda não comprovada\n(analista «a»)", s=g.rng.randint(100, 500), a=P(an.first))
        else:
            par.f("pendente\nveículo em garantia placa «pl»\nrenavam «r»", pl=(g.plate(), "LICENSE_PLATE"), r=g.d(11))
        csv_q(doc, [f"PR-{g.d(6)}", prop, Doc().f("«d»", d=(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH")), end, cont, banco, par], sep=",")
    csv_q(doc, ["", "", "", "", "", "Total aprovado:", "R$ " + g.money(10000, 160000)], sep=",")
    return doc


def fi_blip(g: Gen) -> Doc:
    """Chatbot-platform log (Blip-like envelopes) of a fintech's bot."""
    doc = Doc()
    c = g.person()
    ph = "55" + g.pick(DDDS) + "9" + g.d(8)
    bot = g.pick(["vitoriapay", "flor.credito", "leaonorte.atende"])
    node = g.uuid()
    ts = g.times(5)
    d0 = g.date("iso")

    def env(t: str, direction: str, content: Doc, ctype: str = "text/plain"):
        frm = ("«ph»@wa.gateway.msging.net" if direction == "in" else f"{bot}@msging.net")
        to = (f"{bot}@msging.net" if direction == "in" else f"{g.uuid()}@tunnel.msging.net")
        doc.f("«d» «t» [«dir»] {\"id\":\"«i»\",\"from\":\"", d=d0, t=t, dir=direction.upper(), i=g.uuid())
        doc.f(frm + "/" + g.hexs(6) + "\",\"to\":\"" + to + "\",\"type\":\"" + ctype + "\",\"content\":", ph=(ph, "PHONE_NUMBER"))
        doc.add(content)
        doc.t("}\n")

    env(ts[0], "in", Doc().t("\"quero fazer um pix e não tô conseguindo\""))
    env(ts[0], "out", Doc().f("\"Oi, «n»! Eu sou o Bento, assistente do «b». Qual a chave do destinatário?\"",
                              n=P(jstr(c.first)), b=g.pick(BANKS)))
    dest = g.person()
    px = g.uuid()
    env(ts[1], "in", Doc().f("\"a chave é «px» é pra «d»\"", px=(px, "PIX_KEY"), d=P(jstr(g.pick([dest.full, dest.low, dest.first])))))
    env(ts[2], "out", Doc().f("{\"type\":\"application/vnd.lime.select+json\",\"text\":\"Confirma Pix de R$ «v» para «n» (CPF ***.«m»-**), "
                              "«bk»?\",\"options\":[{\"text\":\"Sim\"},{\"text\":\"Não\"}]}",
                              v=g.money(20, 3000), n=P(jstr(dest.caps)), m=g.d(3) + "." + g.d(3), bk=g.pick(BANKS)),
        "application/vnd.lime.select+json")
    doc.f("«d» «t» [TRACE] contact.update {\"identity\":\"«ph»@wa.gateway.msging.net\",\"name\":\"«n»\",\"email\":\"«e»\","
          "\"extras\":{\"cpf\":\"«cpf»\",\"dataNascimento\":\"«dob»\",\"cep\":\"«cep»\",\"endereco\":\"«ad»\",\"limitePix\":\"«lp»\","
          "\"stateId\":\"«st»\",\"versaoFluxo\":\"«vf»\"}}\n",
          d=d0, t=ts[3], ph=(ph, "PHONE_NUMBER"), n=P(jstr(c.full)), e=(g.email(c), "EMAIL_ADDRESS"), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), cep=(g.cep(), "BR_CEP"), ad=(jstr(g.address()), "ADDRESS"), lp=g.money(500, 5000),
          st=node, vf=g.version())
    env(ts[4], "out", Doc().f("\"Pronto, «n»! Pix enviado. ID da transação «e2e». Se não reconhece, ligue 0800 «z».\"",
                              n=P(jstr(g.pick([c.first, c.nick]))), e2e="E" + g.d(8) + g.date("compact") + g.d(4) + g.hexs(7).upper(),
                              z=g.d(3) + " " + g.d(4)))
    if g.chance(0.6):
        doc.f("«d» «t» [WARN] handoff.skipped reason=\"horário\" attendant=«a» queue=PIX-N1 ticket=«tk»\n",
              d=d0, t=ts[4], a=P(g.person().short), tk=g.uuid())
    return doc


def fi_evalsheet(g: Gen) -> Doc:
    """Model-evaluation sheet (markdown table) of a bank assistant; annotators pasted conversations."""
    doc = Doc()
    ann = [g.person() for _ in range(2)]
    doc.f("## Avaliação cega — assistente «b» vs baseline — rodada «r»\nAnotadoras/es: «a1» e «a2» · guia v«v» · kappa «k»\n\n"
          "| # | pergunta do cliente (copiada do log) | resposta do modelo | nota | obs anotador |\n|---|---|---|---|---|\n",
          b=g.pick(BANKS), r=g.rng.randint(2, 14), a1=P(ann[0].full), a2=P(ann[1].full), v=g.version(), k=f"0.{g.d(2)}")
    for i, k in enumerate(g.rng.sample([0, 1, 2, 3], 4)):
        c = g.person()
        doc.f("| «i» | ", i=i + 1)
        if k == 0:
            cpf = g.cpf()
            doc.f("sou «n» cpf «c», meu cartão «cc» foi clonado | Olá, «f»! Bloqueei o cartão final «fin». | 4 | ",
                  n=P(name_form(g, c, ["low", "full", "lowshort"])), c=(cpf, "BR_CPF"), cc=(g.card(g.chance(0.5)), "CREDIT_CARD"),
                  f=P(c.first), fin=g.d(4))
            doc.f("ok, mas não devia repetir nome completo (ver guia 3.2) — «a» |\n", a=P(ann[0].first))
        elif k == 1:
            adl = g.address("low")
            doc.f("qro mudar o endereço da fatura p/ «ad», «cep» | Endereço atualizado para «ad2». | 2 | "
                  "atualizou sem confirmar identidade!! |\n",
                  ad=(adl, "ADDRESS"), cep=(g.cep(g.chance(0.5)), "BR_CEP"), ad2=(adl.title().replace(" Da ", " da ").replace(" De ", " de ").replace(" Do ", " do ").replace(" Dos ", " dos ").replace(" Das ", " das "), "ADDRESS"))
        elif k == 2:
            doc.f("transferi pra «d» ag «ag» cc «cc» errado, consigo estornar? | Transferências entre contas não podem ser estornadas "
                  "automaticamente, «f», mas posso abrir contestação. | 5 | perfeito |\n",
                  d=P(g.person().full), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), f=P(c.first))
        else:
            doc.f("o leão vai me pegar? declarei errado o aluguel que recebo da «l» (cpf «c») | Não posso dar consultoria tributária, "
                  "mas a retificação é simples. | 3 | modelo fugiu do escopo? «a» acha que não |\n",
                  l=P(g.person().full), c=(g.cpf(), "BR_CPF"), a=P(ann[1].first))
    doc.f("\n> nota da revisão («r»): linhas 1-4 têm PII real copiada do log de produção (tel de contato «t» inclusive, no anexo). "
          "Refazer com dados sintéticos. Planilha: `avaliacoes/rodada_«n».xlsx` (sha «h»).\n",
          r=P(g.person().short), t=(g.phone(), "PHONE_NUMBER"), n=g.rng.randint(2, 14), h=g.hexs(12))
    return doc


def fi_pdf(g: Gen) -> Doc:
    """PDF-to-text of a payroll-loan contract: hyphenation, headers and footers repeated."""
    bank = g.pick(BANKS)
    p = g.person()
    wit = [g.person(), g.person()]
    contrato = g.d(12)
    src = Doc()
    src.f("CÉDULA DE CRÉDITO BANCÁRIO - EMPRÉSTIMO CONSIGNADO Nº «c»\n\nI - EMITENTE: «n», nacionalidade brasileira, "
          "CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», «b», «city», CEP «cep», telefone «t», e-mail «e».\n\n",
          c=contrato, n=P(p.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=p.o, dob=(g.dob("br", 1950, 2000), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=g.city()[0], cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(p), "EMAIL_ADDRESS"))
    src.f("II - CREDOR: «bk» S.A., CNPJ «cn», com sede na Avenida Bento Gonçalves, «sn», Porto Alegre/RS.\n\n"
          "III - CONDIÇÕES: valor liberado R$ «v»; «np» parcelas de R$ «vp»; taxa de juros de «tx»% a.m.; CET «cet»% a.a.; "
          "crédito na conta de titularidade do emitente, agência «ag», conta corrente «cc», banco «bc».\n\n",
          bk=bank, cn=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), sn=g.rng.randint(100, 9000), v=g.money(2000, 60000), np=g.pick([48, 72, 84, 96]),
          vp=g.money(100, 1500), tx=f"{g.rng.uniform(1.2, 2.1):.2f}".replace(".", ","), cet=f"{g.rng.uniform(15, 30):.2f}".replace(".", ","),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bc=g.pick(["001", "104", "237", "341"]))
    src.f("IV - O EMITENTE autoriza o desconto das parcelas em sua folha de pagamento junto ao empregador, matrícula «m», "
          "PIS/PASEP «pis», e declara ter recebido cópia desta Cédula. A correspondente bancária «cb», que intermediou a "
          "operação, declara ter conferido os documentos originais.\n\n",
          m=g.d(7), pis=(g.pis(), "BR_PIS"), cb=P(g.person().full))
    src.f("«city», «dt».\n\n_______________________________\n«n»\nEmitente\n\nTestemunhas:\n1. «w1» - CPF «c1»\n2. «w2» - CPF «c2»\n",
          city=g.city()[0], dt=g.date("long"), n=P(p.full), w1=P(wit[0].full), c1=(g.cpf(), "BR_CPF"), w2=P(wit[1].caps),
          c2=(g.cpf(), "BR_CPF"))

    def page_break(n: int) -> Doc:
        d = Doc()
        d.f("\n«bk» S.A. - Ouvidoria 0800 «o» - CCB «c» - Emitente: «n» - pág. «pg»\n\f«hb»\n",
            bk=bank, o=g.d(3) + " " + g.d(4), c=contrato, n=P(p.caps), pg=n, hb=bank.upper() + " — CÉDULA DE CRÉDITO BANCÁRIO")
        return d

    out = Doc()
    out.f("«hb»\n", hb=bank.upper() + " — CÉDULA DE CRÉDITO BANCÁRIO")
    out.add(pdf_flow(src, g, g.pick([70, 76, 82]), 0.85, g.rng.randint(7, 10), page_break))
    out.f("\n«bk» S.A. - Ouvidoria - CCB «c» - Emitente: «n» - pág. final\n", bk=bank, c=contrato, n=P(p.caps))
    return out


def fi_ocr(g: Gen) -> Doc:
    """OCR of a handwritten account-opening form and a deposit slip scanned together."""
    doc = Doc()
    p = g.person()
    conj = g.person(female=not p.female)
    ger = g.person()
    bank = g.pick(BANKS)
    doc.f("«b» — PROPOSTA DE ABERTURA DE CONTA - PESS0A FÍSICA\n[scan «f» · OCR pt-BR · «q» dpi]\n\n",
          b=ocr(bank.upper(), g, 0.4), f=f"IMG_{g.d(4)}.tif", q=g.pick([200, 300]))
    doc.f("«l» «n»\n", l=ocr("1. Nome completo:", g, 0.6), n=P(ocr(p.caps, g, 0.7)))
    doc.f("«l» «c»    «l2» «r»\n", l=ocr("2. CPF:", g, 0.5), c=(ocr(g.cpf(), g, 0.6, True), "BR_CPF"), l2=ocr("RG:", g, 0.5),
          r=(ocr(g.rg(), g, 0.5, True), "BR_RG"))
    doc.f("«l» «d»    Natural de: «nat»\n", l=ocr("3. Data de nascimento:", g, 0.5), d=(ocr(g.dob("br"), g, 0.5, True), "DATE_OF_BIRTH"),
          nat=ocr(g.city()[0], g, 0.4))
    doc.f("«l» «cnh»   categoria «cat»\n", l=ocr("4. CNH nº:", g, 0.5), cnh=(ocr(g.cnh(), g, 0.4, True), "BR_CNH"), cat=g.pick(["B", "AB", "D"]))
    doc.f("«l» «ad»\n   CEP «cep»   «l2» «t»\n", l=ocr("5. Endereço:", g, 0.5), ad=(ocr(g.address("caps"), g, 0.5), "ADDRESS"),
          cep=(ocr(g.cep(), g, 0.5, True), "BR_CEP"), l2=ocr("Celular:", g, 0.5), t=(ocr(g.phone("plain"), g, 0.5, True), "PHONE_NUMBER"))
    doc.f("«l» «e»\n", l=ocr("6. E-mail:", g, 0.5), e=(ocr(g.email(p), g, 0.3), "EMAIL_ADDRESS"))
    doc.f("«l» «n»\n", l=ocr("7. Cônjuge:", g, 0.5), n=P(ocr(conj.full, g, 0.6)))
    doc.f("«l» «ti»   zona «z» seção «s»\n", l=ocr("8. Título de eleitor:", g, 0.5), ti=(ocr(g.titulo(), g, 0.4, True), "BR_TITULO_ELEITOR"),
          z=g.d(3), s=g.d(4))
    doc.f("9. Renda mensa1: R$ «m»   Profissão: «pr»\n", m=g.money(1500, 25000), pr=ocr(g.pick(["comerciante", "motorista de app", "professora",
                                                                                          "agricultor", "técnica em enfermagem"]), g))
    doc.f("Gerente: «g»   Agência «ag»   Conta «cc» (preenchido pelo banco)\n\n", g=P(ocr(ger.short, g, 0.4)),
          ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    dep = g.person()
    doc.f("------ pág. 2 ------\nCOMPROVANTE DE DEPÓSITO EM DINHEIRO\n«l» «n»\nAg. «ag»  Conta «cc»\nValor: R$ «v»   "
          "Depositante: «dp»\nAutenticação: «au»\n",
          l=ocr("Favorecido:", g, 0.5), n=P(ocr(p.full, g, 0.5)), ag=(ocr(g.agency(False), g, 0.4, True), "BANK_ACCOUNT"),
          cc=(ocr(g.account(), g, 0.4, True), "BANK_ACCOUNT"), v=g.money(100, 5000), dp=P(ocr(dep.full, g, 0.5)),
          au=g.hexs(4).upper() + "." + g.hexs(4).upper() + "." + g.hexs(4).upper())
    return doc


TEMPLATES = {
    "atendimento": [at_instr, at_evalsheet, at_emailticket, at_wabot, at_stt, at_github, at_excel],
    "juridico": [ju_pdf, ju_ocr, ju_tmx, ju_jupyter, ju_prefpairs, ju_twilio, ju_slack],
    "saude": [sa_stt, sa_ocr, sa_pdf, sa_jupyter, sa_instr, sa_email, sa_tm],
    "financeiro": [fi_github, fi_slack, fi_excel, fi_blip, fi_evalsheet, fi_pdf, fi_ocr],
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
            assert not any(ch.isdigit() for ch in ENCODED.sub("", v)), (record["id"], v)
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
    with (HERE / "eighteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eighteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
