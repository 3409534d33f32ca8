"""Build the twelfth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twelfth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 12,
280 records: 7 templates per domain, 10 copies each.

Registers, none used by the earlier sets: terse professional shorthand and
semi-structured exports.
- atendimento: CRM access-audit logs (which agent opened which customer), SMS campaign
  opt-in/opt-out CSV exports, call-recording metadata (XML + speech-to-text summary),
  courier proof-of-delivery scans read by OCR (with OCR errors), satisfaction-survey
  free-text exports (tab-separated), loyalty-card merge tickets with JSON payloads,
  SMS-length agent shift notes.
- juridico: e-proc/PJe movement logs, OAB ethics-tribunal (TED) summaries,
  ICP-Brasil signature-validation logs (e-CPF/e-CNPJ subjects), LGPD incident
  reports to the ANPD, power-of-attorney registry entries as XML, INPI trademark
  opposition summaries, labour calculation spreadsheets (pipe-separated).
- saude: HL7 v2 ADT messages, radiology reports dictated to speech-to-text without
  punctuation, pharmacy stock-movement logs with prescribers, ICU monitor alarm logs
  with nurse acknowledgements, telehealth session audit logs, SINAN notification forms
  read by OCR, bed-management boards (fixed width).
- financeiro: SWIFT MT103-like messages, CNAB-like fixed-width bank return reports,
  credit-bureau (SCR/Serasa) query logs, expense-approval workflow logs, PLD alert JSON,
  treasury cash-position e-mails in PT/EN corporate jargon, actuarial claim lists.

Names: mostly Portuguese-origin (common and regional/coined), about a quarter of other
origins (Italian, German, Japanese, Lebanese, Polish/Ukrainian, Korean, Chinese,
Spanish-American, Haitian, Angolan/Nigerian, indigenous, Jewish); names that are
ordinary words (Rosa, Luz, Vitória, Bento, Branco, Cruz, Aurora, Prudente) next to the
same words used as words and in places/companies; single names, lower case, ALL CAPS,
without accents, initials, "SURNAME^GIVEN". Hard negatives: system users (admin,
svc_batch, root, robo_rpa), product and lot codes, protocols, BICs, OIDs, serial
numbers, companies, hospitals, wards, streets and cities named after people.
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
SEED = 12

# --------------------------------------------------------------------------- check digits


def cpf_dv(body: str) -> str:
    d = [int(c) for c in body]
    for w0 in (10, 11):
        r = sum(x * (w0 - i) for i, x in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    return f"{d[-2]}{d[-1]}"


def cnpj_dv(body: str) -> str:
    v = [ord(c) - 48 for c in body]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (w1, [6] + w1):
        r = sum(x * y for x, y in zip(v, w)) % 11
        d = 0 if r < 2 else 11 - r
        v.append(d)
        out += str(d)
    return out


def rg_sp_dv(body: str) -> str:
    r = 11 - sum(int(c) * (i + 2) for i, c in enumerate(body)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(body: str) -> str:
    b = [int(c) for c in body]
    d1 = sum(x * (9 - i) for i, x in enumerate(b)) % 11
    dsc = 0
    if d1 >= 10:
        d1, dsc = 0, 2
    d2 = sum(x * (1 + i) for i, x in enumerate(b)) % 11 - dsc
    if d2 < 0:
        d2 += 11
    if d2 >= 10:
        d2 = 0
    return f"{d1}{d2}"


def pis_dv(body: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r >= 10 else str(r)


def titulo_dv(body: str) -> str:
    seq, uf = [int(c) for c in body[:8]], body[8:10]
    d1 = sum(x * (i + 2) for i, x in enumerate(seq)) % 11
    d1 = 0 if d1 == 10 else d1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    d2 = 0 if d2 == 10 else d2
    return f"{d1}{d2}"


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str(-total % 10)


def noacc(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- name pools

PT_F = ["Josiane", "Maria Aparecida", "Francisca", "Luzia", "Edinéia", "Cleonice", "Gleiciane",
        "Tatiane", "Sueli", "Vanderléia", "Kelly", "Jaqueline", "Lucimara", "Raimunda",
        "Ivanilde", "Eliete", "Thaís", "Letícia", "Bruna", "Camila", "Isadora", "Valdirene",
        "Marinalva", "Joelma", "Cristiane", "Natália", "Graziele", "Rayane", "Ana Clara",
        "Maria Eduarda", "Kettlyn", "Edilene", "Nathália", "Geovana", "Sirlene", "Adrielly"]
PT_M = ["Josivaldo", "Welington", "Kauã", "Ryan", "Cícero", "Raimundo", "Edivaldo", "Reginaldo",
        "Gilmar", "Adailton", "Claudemir", "Valdeci", "Ronivaldo", "Jadson", "Wesley", "Maycon",
        "Everton", "Fábio", "Rodrigo", "Thiago", "Leandro", "Sebastião", "Antônio", "Francisco",
        "João Pedro", "Luiz Henrique", "Juscelino", "Arlindo", "Genivaldo", "Deivid", "Washington",
        "Uanderson", "Cleiton", "Jailson", "Rivelino", "Davi Lucca"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Rodrigues",
          "Almeida", "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Barbosa", "Rocha",
          "Teixeira", "Moura", "Cavalcante", "Bezerra", "Albuquerque", "Siqueira", "Queiroz",
          "Magalhães", "Brandão", "Amorim", "Medeiros", "Damasceno", "Aragão", "Freitas",
          "Mendonça", "Vasconcelos", "Guimarães", "Nogueira", "Tavares", "Correia", "Macedo",
          "Campos", "Prado", "Sampaio", "Holanda", "Lacerda", "Falcão", "Jatobá", "Portela"]
WORD_F = ["Vitória", "Rosa", "Luz", "Aurora", "Glória", "Celeste", "Graça", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Feliz", "Salvador"]
WORD_SUR = ["Rosa", "Cruz", "Luz", "Branco", "Bento", "Paz", "Leão", "Lobo", "Coelho", "Ramos",
            "Pedreira", "Vieira", "Fontes", "Barros", "Neves"]
FOREIGN = {
    "it": (["Giovanna", "Bianca", "Chiara"], ["Enzo", "Lorenzo", "Matteo"],
           ["Zanella", "Pezzin", "Marchetti", "Cagnin", "Dall'Agnol", "Benedetti", "Fochesatto"]),
    "de": (["Ingrid", "Gertrud", "Helga"], ["Helmut", "Dieter", "Günther"],
           ["Schneider", "Kuhn", "Brandt", "Hoffmann", "Werlang", "Pletsch", "Kroeff"]),
    "jp": (["Keiko", "Akemi", "Yuki", "Sayuri"], ["Hiroshi", "Takeshi", "Kenji"],
           ["Nakamura", "Yamashita", "Kobayashi", "Ishikawa", "Higa", "Oshiro", "Uehara"]),
    "ar": (["Samira", "Jamile", "Leila"], ["Khalil", "Nagib", "Farid"],
           ["Haddad", "Saad", "Abdalla", "Chamoun", "Nasser", "Maluf", "Jafet"]),
    "pl": (["Wanda", "Oksana", "Olga"], ["Stanislaw", "Taras", "Bogdan"],
           ["Kowalski", "Wisniewski", "Kravchenko", "Boiko", "Zielinski", "Szymanski"]),
    "kr": (["Min-jung", "Seo-yeon"], ["Ji-hoon", "Dong-hyun"], ["Kim", "Park", "Choi", "Yoon"]),
    "cn": (["Mei", "Xiu"], ["Wei", "Xiaoming"], ["Chen", "Wang", "Liu", "Zhang"]),
    "es": (["Mariela", "Yuleisy", "Rocío"], ["Alejandro", "Jhon", "Wilmer"],
           ["Quispe", "Mamani", "Gutiérrez", "Rojas", "Fernández"]),
    "ht": (["Wislande", "Guerline", "Roselaure"], ["Fritznel", "Mackenson", "Jean-Baptiste"],
           ["Pierre", "Joseph", "Dorvil", "Saint-Fleur", "Louis-Jean"]),
    "af": (["Chinwe", "Nzinga", "Tchissola"], ["Adebayo", "Kiluanje", "Oluwaseun"],
           ["Okafor", "Adeyemi", "Kiala", "Mbala"]),
    "in": (["Potyra", "Jaciara", "Araci"], ["Ubiratã", "Yakecan", "Kauri"],
           ["Terena", "Pataxó", "Baniwa"]),
    "jw": (["Ruth", "Sara", "Raquel"], ["Isaac", "Moisés", "Samuel"],
           ["Goldstein", "Rosenbaum", "Feldman", "Szpigel", "Wainer"]),
}
PARTICLES = ["da", "de", "dos", "do", "das"]

DDDS = ["11", "12", "14", "16", "19", "21", "24", "27", "31", "34", "41", "43", "47", "48", "51",
        "54", "61", "62", "65", "67", "71", "75", "79", "81", "83", "84", "85", "86", "91", "92",
        "95", "98"]
STREETS = ["Rua Coronel Joaquim Pedroso", "Rua Barão de Cotegipe", "Av. Presidente Vargas",
           "Rua Dona Leopoldina", "Travessa Frei Caneca", "Rua Jornalista Assis Chateaubriand",
           "Avenida Santos Dumont", "Rua Professora Zulmira Fonseca", "Rua das Acácias",
           "Rua Monteiro Lobato", "Alameda dos Ipês", "Rua Padre Cícero", "Rua 15 de Novembro",
           "Estrada do Capão Raso", "Rua Sete de Setembro", "Av. Tancredo Neves",
           "Rua Marechal Deodoro", "Rua Irmã Dulce", "Rua Vereador Antônio Bento",
           "Rua Rosa e Silva", "Rua Tenente Cruz"]
CITIES = [("São Paulo", "SP"), ("Presidente Prudente", "SP"), ("Juiz de Fora", "MG"),
          ("Governador Valadares", "MG"), ("Teixeira de Freitas", "BA"),
          ("Vitória da Conquista", "BA"), ("Campina Grande", "PB"), ("Caxias do Sul", "RS"),
          ("Joinville", "SC"), ("Londrina", "PR"), ("Feira de Santana", "BA"), ("Manaus", "AM"),
          ("Belém", "PA"), ("Juazeiro do Norte", "CE"), ("São José dos Campos", "SP"),
          ("Vitória", "ES"), ("Santa Rita do Sapucaí", "MG"), ("Rosário do Sul", "RS"),
          ("Cândido Mota", "SP"), ("Teresina", "PI"), ("Goiânia", "GO"), ("Recife", "PE"),
          ("Porto Velho", "RO"), ("Monteiro Lobato", "SP")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "AM", "DF", "ES", "PB"]
SYS_USERS = ["admin", "svc_batch", "root", "robo_rpa", "etl_nightly", "sys_integracao",
             "api-gateway", "svc_crm_sync", "job_scheduler", "SISTEMA"]


class Person:
    def __init__(self, given: str, surnames: list[str]):
        self.given = given
        self.surnames = surnames

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return self.surnames[-1]

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # basic helpers
    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # people
    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               n_sur: int | None = None) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else rng.choice(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.08:
                given = rng.choice(WORD_F if female else WORD_M)
            else:
                given = rng.choice(PT_F if female else PT_M)
            pool = PT_SUR + (WORD_SUR if (word or rng.random() < 0.3) else [])
            k = n_sur or rng.choice([1, 2, 2, 2, 3])
            surnames = []
            for _ in range(k):
                s = rng.choice(pool)
                while s in surnames:
                    s = rng.choice(pool)
                surnames.append(s)
            if rng.random() < 0.3:
                first = surnames[0]
                particle = "da" if first.endswith("a") else ("dos" if first.endswith("s") else "de")
                surnames.insert(0, particle)
            if not female and rng.random() < 0.05:
                surnames.append(rng.choice(["Filho", "Júnior", "Neto"]))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.35 and origin not in ("kr", "cn"):
                given = rng.choice(PT_F if female else PT_M)
            else:
                given = rng.choice(fs if female else ms)
            surnames = [rng.choice(sur)]
            if rng.random() < 0.45:
                surnames.insert(0, rng.choice(PT_SUR))
        return Person(given, surnames)

    def initials(self, p: Person) -> str:
        parts = p.given.split()
        return " ".join(x[0] + "." for x in parts) + " " + p.last

    # identifiers
    def cpf(self, style: str | None = None) -> str:
        b = self.d(9)
        n = b + cpf_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            b = "".join(self.pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(8)) + "0001"
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0002"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        b = self.d(9)
        return b + cnh_dv(b)

    def pis(self, style: str | None = None) -> str:
        b = "1" + self.d(9)
        n = b + pis_dv(b)
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self) -> str:
        b = self.d(8) + f"{self.rng.randint(3, 28):02d}"
        n = b + titulo_dv(b)
        return f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.5) else n

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                if spaced is None:
                    spaced = self.chance(0.5)
                return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + self.d(8)) if mobile else (str(self.rng.randint(2, 4)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "cc": f"55{ddd}{local}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def pix(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        if self.chance(0.6):
            return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"
        return f"{a}-{self.d(4)}"

    def agency(self) -> str:
        return self.d(4) if self.chance(0.7) else f"{self.d(4)}-{self.d(1)}"

    def account(self) -> str:
        return f"{self.d(self.rng.randint(5, 8))}-{self.pick('0123456789X')}"

    def ip(self) -> str:
        r = self.rng
        return f"{r.choice([177, 179, 186, 187, 189, 191, 200, 201])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def private_ip(self) -> str:
        return f"10.{self.rng.randint(0, 40)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def email(self, p: Person, domain: str | None = None) -> str:
        f = noacc(p.first).lower().replace("'", "").replace("-", "")
        l = noacc(p.last).lower().replace("'", "").replace("-", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com"])
        return f"{user}@{domain}"

    def street(self, caps: bool = False, ascii_: bool = False) -> str:
        s = self.pick(STREETS)
        num = str(self.rng.randint(12, 3980)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", f", ap {self.rng.randint(11, 1804)}",
                          f", apto {self.rng.randint(11, 904)} bl {self.pick('ABCD')}",
                          f", casa {self.rng.randint(1, 9)}", f", fundos", f", lote {self.rng.randint(1, 40)}"])
        a = f"{s}, {num}{comp}"
        if ascii_:
            a = noacc(a)
        return a.upper() if caps else a

    def city(self):
        return self.pick(CITIES)

    def dob(self, lo: int = 1941, hi: int = 2006, fmt: str = "br") -> str:
        y, m, dd = self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return {"br": f"{dd:02d}/{m:02d}/{y}", "iso": f"{y}-{m:02d}-{dd:02d}",
                "hl7": f"{y}{m:02d}{dd:02d}", "dot": f"{dd:02d}.{m:02d}.{y}"}[fmt]

    def date(self, fmt: str = "br", year: int = 2025) -> str:
        m, dd = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return {"br": f"{dd:02d}/{m:02d}/{year}", "iso": f"{year}-{m:02d}-{dd:02d}",
                "hl7": f"{year}{m:02d}{dd:02d}"}[fmt]

    def times(self, n: int) -> list[str]:
        secs = sorted(self.rng.sample(range(0, 86400), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in secs]

    def dates(self, n: int, year: int = 2025) -> list[str]:
        days = sorted(self.rng.sample(range(0, 360), n))
        out = []
        for x in days:
            m, dd = x // 30 + 1, x % 30 + 1
            dd = min(dd, 28)
            out.append(f"{dd:02d}/{m:02d}/{year}")
        return out

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self) -> str:
        v = self.rng.randint(1500, 9_800_000) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s

    def crm(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = str(self.rng.randint(10000, 239999))
        return self.pick([f"CRM/{uf} {n}", f"CRM-{uf} {n}", f"CRM {uf} {n}"])

    def coren(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(100000, 999999)
        return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {n:,}".replace(",", ".")]) + self.pick(["", "-ENF", "-TE"])

    def oab(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(10000, 499999)
        return self.pick([f"OAB/{uf} {n:,}".replace(",", "."), f"OAB/{uf} {n}", f"OAB-{uf} {n}"])

    def crf(self, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        return f"CRF-{uf} {self.rng.randint(1000, 59999)}"


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str) -> "Doc":
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span."""
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
        s = s[:width]
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        if label:
            self.e(s, label)
        else:
            self.t(s)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


# =========================================================================== atendimento


def at_crm_audit(g: Gen) -> Doc:
    """CRM access-audit export: which agent opened which customer record."""
    doc = Doc()
    cli = g.person()
    cli2 = g.person()
    ag1, ag2, sup = g.person(), g.person(), g.person()
    tenant = g.pick(["Vivo Empresas", "Claro Residencial", "TIM Controle", "Oi Fibra", "Sky Pré"])
    day = g.date("iso")
    cc = g.city()
    doc.f("AUDIT TRAIL · CRM «tenant» · obj=Contact · filtro: contactId in (C-«c1», C-«c2») · "
          "periodo «day» 00:00→23:59 BRT\nts|user_id|user_name|action|object|fields|src_ip\n",
          tenant=tenant, c1=g.d(8), c2=g.d(8), day=day)
    uid1 = f"AG{g.d(4)}"
    rows = [
        ("svc_crm_sync", None, "UPDATE", "C", "last_sync"),
        (uid1, ag1, "VIEW", "C", "name,cpf,phone"),
        (uid1, ag1, "EXPORT_PDF", "C", "*"),
        ("admin", None, "MASK_OFF", "C", "cpf"),
        (f"AG{g.d(4)}", ag2, "VIEW", "C2", "name,email"),
        (f"SUP{g.d(3)}", sup, "REVIEW", "C", "audit_flag"),
    ]
    ips = {id(ag1): g.ip(), id(ag2): g.ip(), id(sup): g.ip()}
    for (uid, who, act, obj, fields), hh in zip(rows, g.times(len(rows))):
        doc.t(f"{day}T{hh}-03:00|{uid}|")
        if who is None:
            doc.t("-")
        else:
            style = g.pick(["upper", "title", "ascii"])
            name = who.short if g.chance(0.6) else who.full
            name = {"upper": noacc(name).upper(), "title": name, "ascii": noacc(name)}[style]
            doc.e(name, "PERSON")
        doc.t(f"|{act}|{obj}|{fields}|")
        if who is None:
            doc.t("internal")
        else:
            doc.e(ips[id(who)], "IP_ADDRESS")
        doc.t("\n")
    doc.f("\nContact C snapshot (masked=false):\n  Nome: «n»\n  CPF: «cpf»\n  Cel: «tel»\n"
          "  Cidade: «city»/«uf»\nContact C2: «n2» · «em2»\n",
          n=P(cli.full), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone("par"), "PHONE_NUMBER"),
          city=cc[0], uf=cc[1], n2=P(noacc(cli2.full).upper()),
          em2=(g.email(cli2), "EMAIL_ADDRESS"))
    doc.f("\nNOTA DPO: export PDF por «a» sem ticket vinculado; acesso «b» ok (chamado INC«inc»). "
          "Encaminhar p/ «s» (SUP) e p/ Compliance. tag: #lgpd #acesso_indevido #batch_«job»\n",
          a=P(ag1.first), b=P(ag2.last.upper()), inc=g.d(7), s=P(sup.short), job=g.d(3))
    return doc


def at_sms_optin(g: Gen) -> Doc:
    """SMS campaign opt-in/opt-out export."""
    doc = Doc()
    camp = g.pick(["BLACKFRIDAY25", "DIA_DAS_MAES_PROMO", "CASHBACK_PIX", "REATIVACAO_Q3", "NATAL_ROSA"])
    doc.f("export_optin_«camp»_«dt».csv  (gateway: Zenvia · broker: Infobip · operador: svc_batch)\n"
          "msisdn;nome_cliente;canal;status;kw_resposta;ts;cidade\n", camp=camp, dt=g.date("hl7"))
    kws = ["SIM", "SAIR", "PARE", "OK", "STOP", "quero", "nao", "CANCELAR"]
    for i in range(6):
        p = g.person(word=(i == 2))
        doc.e(g.phone("cc"), "PHONE_NUMBER").t(";")
        form = g.pick(["lower", "upper", "first", "title", "empty"])
        if form == "empty":
            doc.t("")
        elif form == "first":
            doc.e(p.first.lower(), "PERSON")
        elif form == "lower":
            doc.e(p.short.lower(), "PERSON")
        elif form == "upper":
            doc.e(noacc(p.full).upper(), "PERSON")
        else:
            doc.e(p.full, "PERSON")
        doc.f(";SMS;«st»;«kw»;«ts»;«city»\n",
              st=g.pick(["OPT_IN", "OPT_OUT", "PENDING", "BOUNCE"]), kw=g.pick(kws),
              ts=f"{g.date('iso')} {g.hms()}", city=g.city()[0])
    p = g.person(female=True)
    doc.f("\n-- respostas livres (MO) não classificadas --\n«tel»: \"sou a «n» nao o titular, tirem esse numero da lista\"\n"
          "«tel2»: \"Rosa Chá? nunca comprei nada, quem é Luz Promo??\"\n"
          "«tel3»: \"pode mandar no zap «tel4» fala c/ «m»\"\n",
          tel=(g.phone("cc"), "PHONE_NUMBER"), n=P(p.first.lower()), tel2=(g.phone("cc"), "PHONE_NUMBER"),
          tel3=(g.phone("cc"), "PHONE_NUMBER"), tel4=(g.phone("plain"), "PHONE_NUMBER"),
          m=P(g.person(female=True).first.lower()))
    doc.t("obs: blacklist ANATEL 'Não Me Perturbe' sincronizada 03h10 por job_scheduler\n")
    return doc


def at_call_meta(g: Gen) -> Doc:
    """Call-recording metadata (XML) plus the speech-to-text summary."""
    doc = Doc()
    cli, ag = g.person(), g.person()
    q = g.pick(["FILA_SAC_2N", "RETENCAO_PREMIUM", "OUVIDORIA_N1", "COBRANCA_MOVEL"])
    doc.f('<recording id="REC-«rid»" platform="Genesys Cloud" queue="«q»">\n'
          '  <ani>«ani»</ani>\n  <dnis>0800 «dn»</dnis>\n'
          '  <agent login="«lg»">«ag»</agent>\n'
          '  <customer crmId="«cid»" verified="true">\n    <name>«cli»</name>\n'
          '    <doc type="CPF">«cpf»</doc>\n    <dob>«dob»</dob>\n  </customer>\n'
          '  <duration>«dur»</duration><wrapup>«wu»</wrapup>\n  <retention>5y</retention>\n</recording>\n',
          rid=g.d(10), q=q, ani=(g.phone("e164"), "PHONE_NUMBER"), dn=f"{g.d(3)} {g.d(4)}",
          lg=f"ag{g.d(5)}", ag=P(noacc(ag.full)), cid=g.d(9), cli=P(noacc(cli.full).upper()),
          cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob(fmt="iso"), "DATE_OF_BIRTH"),
          dur=f"00:{g.rng.randint(3, 40):02d}:{g.rng.randint(0, 59):02d}",
          wu=g.pick(["2VIA_BOLETO", "CANCELAMENTO", "PORTABILIDADE"]))
    third = g.person(female=False)
    doc.f("\nSTT summary (auto, conf 0.81): cliente «c» ligou sobre fatura ref «ref» diz que quem contratou "
          "foi o ex cunhado «t» pede contestacao end de correspondencia «addr» cep «cep» agente «a» "
          "ofereceu plano Família Bento Max recusou\n",
          c=P(cli.first.lower()), ref=f"{g.rng.randint(1, 12):02d}/2025",
          t=P(third.short.lower()), addr=(noacc(g.street()).lower(), "ADDRESS"),
          cep=(g.cep(g.chance(0.5)), "BR_CEP"), a=P(ag.first.lower()))
    doc.t("QA flag: PII falada em claro (CPF) → redigir trecho 00:01:12–00:01:31\n")
    return doc


def at_pod_ocr(g: Gen) -> Doc:
    """Courier proof-of-delivery scan read by OCR."""
    doc = Doc()
    dest, rec = g.person(), g.person()
    drv = g.person(female=False)
    carrier = g.pick(["JADLOG", "LOGGI", "TOTAL EXPRESS", "SEQUOIA", "CORREIOS SEDEX"])
    city, uf = g.city()
    doc.f("[OCR ABBYY · conf 0.73 · pod_«pid».tif]\n«car»   COMPROVANTE DE ENTREGA   AWB «awb»\n"
          "REMETENTE: LOJAS SAO BENTO COM VAREJO LTDA  CNPJ «cnpj»\n"
          "DESTlNATARIO: «dest»\nEND: «addr»\nBAIRRO: JARDIM SANTA LUZIA  «city»/«uf»  CEP «cep»\n"
          "TEL: «tel»\n"
          "------------------------------------------------\n"
          "RECEBEDOR (LETRA DE FORMA): «rec»\nD0C: «rg»   GRAU PARENT.: «rel»\n"
          "ASS: __~~«sig»~~__    DATA: «dt»  HORA: «hr»\n"
          "ENTREGADOR: «drv»  CNH: «cnh»  PLACA VEIC: «plate»\n"
          "0BS: 1a tentat. ausente / 2a entregue portaria c/ porteiro «porter»\n",
          pid=g.d(9), car=carrier, awb=f"{g.pick(['JD', 'LG', 'TX'])}{g.d(11)}BR",
          cnpj=(g.cnpj(), "BR_CNPJ"), dest=P(noacc(dest.full).upper()),
          addr=(g.street(caps=True, ascii_=True), "ADDRESS"), city=noacc(city).upper(), uf=uf,
          cep=(g.cep(), "BR_CEP"), tel=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"),
          rec=P(noacc(rec.short).upper()), rg=(g.rg(), "BR_RG"),
          rel=g.pick(["VIZINHO", "IRMA", "ESPOSA", "PROPRIO", "FUNCIONARIO"]),
          sig=P(rec.first.lower()), dt=g.date("br"), hr=g.hms()[:5],
          drv=P(noacc(drv.first).upper()), cnh=(g.cnh(), "BR_CNH"), plate=(g.plate(), "LICENSE_PLATE"),
          porter=P(g.pick(WORD_M + PT_M).upper()))
    doc.t("[campos baixa confianca: ASS, PLACA VEIC] [rotacao 2.1 graus corrigida]\n")
    return doc


def at_survey_free(g: Gen) -> Doc:
    """Satisfaction-survey free-text export (tab-separated)."""
    doc = Doc()
    doc.f("pesquisa_csat_wk«wk».tsv · fonte: Medallia · loja/canal · nota · comentario_livre\n", wk=g.rng.randint(10, 52))
    shops = ["Loja Shopping Vitória", "Quiosque Luz Shopping", "App", "Loja Rua Augusta", "Chat", "Loja Cruz das Almas"]
    comments = [
        ("a «a» foi um amor resolveu tudo rapido, nota 10 pra ela", "f"),
        ("atendente «a» nem olhou na minha cara. pessimo. e a loja tava um caos", "x"),
        ("fui atendido pelo «a» (crachá «b») explicou o plano direitinho", "m"),
        ("demorou 40min na fila, o gerente «a» pediu desculpa mas nada resolvido", "m"),
        ("App trava no login, luz vermelha piscando no modem desde sexta", False),
        ("Rosa atendeu bem, mas a rosa do logo tá feia kkk", "word"),
        ("ótimo!! parabens a equipe toda", False),
        ("meu nome é «full», cpf «cpf», ninguem me liga de volta. tel «tel»", "full"),
    ]
    order = list(range(len(comments)))
    g.rng.shuffle(order)
    for i in order[:6]:
        c, kind = comments[i]
        doc.f("«id»\t«shop»\t«n»\t", id=g.d(6), shop=g.pick(shops), n=g.rng.randint(0, 10))
        if kind is False:
            doc.t(c)
        elif kind == "word":
            name = "Rosa"
            doc.e(name, "PERSON").t(c[len("Rosa"):])
        elif kind == "full":
            p = g.person()
            doc.f(c, full=P(p.full.lower() if g.chance(0.5) else p.full),
                  cpf=(g.cpf(), "BR_CPF"), tel=(g.phone("plain"), "PHONE_NUMBER"))
        else:
            p = g.person(female={"f": True, "m": False, "x": None}[kind])
            nm = p.first if g.chance(0.7) else p.short
            nm = nm.lower() if g.chance(0.5) else nm
            doc.f(c, a=P(nm), b=P(p.first.upper()))
        doc.t("\n")
    doc.f("-- agregados: CSAT 71,4% · NPS loja Vitória +12 · analista responsável: «an» (CX Analytics)\n",
          an=P(g.initials(g.person())))
    return doc


def at_loyalty_merge(g: Gen) -> Doc:
    """Loyalty-card merge ticket with two JSON account payloads."""
    doc = Doc()
    p = g.person()
    spouse = Person(g.pick(PT_F + PT_M), [p.last])
    ag = g.person()
    prog = g.pick(["Clube Extra", "Dotz", "Livelo", "Stix", "Km de Vantagens"])
    doc.f("TKT-«t» | fila: FIDELIDADE_MERGE | prio P3 | aberto por «ag» via SF Service Cloud\n"
          "Cliente pede unificar 2 cartões «prog» (saldo pts somado). Dup detectado pelo job dedup_v2 score=0.91\n"
          "payload A:\n", t=g.d(7), ag=P(ag.short), prog=prog)
    cpf = g.cpf("raw")
    dob = g.dob(fmt="iso")
    doc.f('{"accountId":"FID-«a1»","nome":"«n1»","cpf":"«cpf»","nasc":"«dob»","email":"«em»",'
          '"cel":"«cel»","cartao":"«card»","pontos":«pts»,"loja_origem":"Drogaria São Paulo"}\n',
          a1=g.d(9), n1=P(p.full), cpf=(cpf, "BR_CPF"), dob=(dob, "DATE_OF_BIRTH"),
          em=(g.email(p), "EMAIL_ADDRESS"), cel=(g.phone("raw"), "PHONE_NUMBER"),
          card=(g.card(False), "CREDIT_CARD"), pts=g.rng.randint(100, 90000))
    doc.f('payload B:\n{"accountId":"FID-«a2»","nome":"«n2»","cpf":null,"nasc":"«dob»",'
          '"email":"«em»","end":{"logradouro":"«addr»","cep":"«cep»"},"pontos":«pts»,"dependente":"«sp»"}\n',
          a2=g.d(9), n2=P(noacc(p.full).upper()), dob=(dob, "DATE_OF_BIRTH"),
          em=(g.email(p, "empresa.com.br"), "EMAIL_ADDRESS"), addr=(noacc(g.street()), "ADDRESS"),
          cep=(g.cep(False), "BR_CEP"), pts=g.rng.randint(100, 9000), sp=P(spouse.full))
    doc.f("\nnota interna («ag2», «hh»): nome bate (acento), DOB bate, B sem CPF. dependente «sp» NÃO migra "
          "(regra FID-17). aprovado merge → A sobrevive. ok p/ fechar? cc @«sup»\n",
          ag2=P(ag.first), hh=g.hms()[:5], sp=P(spouse.first), sup=P(noacc(g.person().first).lower()))
    return doc


def at_shift_sms(g: Gen) -> Doc:
    """SMS-length notes between back-office agents (pager/Teams export)."""
    doc = Doc()
    a, b = g.person(), g.person()
    c1, c2, c3 = g.person(female=True), g.person(female=False), g.person(female=True, word=True)
    doc.f("Teams export · canal #backoffice-n2 · «d»\n", d=g.date("br"))
    lines = [
        ("«a»", "bom dia. herdei 3 pendencias da noite, svc_batch travou de novo no lote 0417"),
        ("«b»", "blz. a da «c1» (cpf «cpf1») ja estornei, falta so SMS confirm"),
        ("«a»", "e o sr «c2s»? ele ligou 3x, tel «tel» quer falar c/ supervisor"),
        ("«b»", "passa p/ «sup» q ela ta de plantao ate 14h"),
        ("«a»", "ok. tb tem uma «c3» q mudou de end, novo: «addr» - atualizei no SAP? ou so no CRM"),
        ("«b»", "so CRM, SAP é o robo_rpa q sincroniza 23h. vlw"),
        ("«a»", "👍 fechando. ah, o admin resetou minha senha, se sumir é isso"),
    ]
    sup = g.person(female=True)
    an, bn = g.pick([a.first, a.short]), b.first
    vals = dict(c1=P(c1.short.lower()), cpf1=(g.cpf(), "BR_CPF"), c2s=P(c2.last),
                tel=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), sup=P(sup.first.lower()),
                c3=P(c3.full), addr=(g.street(), "ADDRESS"))
    for (who, msg), hh in zip(lines, g.times(len(lines))):
        doc.t(f"[{hh[:5]}] ")
        doc.e(an if who == "«a»" else bn, "PERSON")
        doc.t(": ")
        doc.f(msg, **vals)
        doc.t("\n")
    return doc


# =========================================================================== juridico


def ju_eproc_log(g: Gen) -> Doc:
    """e-proc/PJe movement log export."""
    doc = Doc()
    autor, reu = g.person(), g.person()
    juiz, serv, adv = g.person(), g.person(), g.person()
    cnj = f"{g.d(7)}-{g.d(2)}.2025.8.{g.rng.randint(10, 26)}.{g.d(4)}"
    vara = g.pick(["1ª Vara Cível de Presidente Prudente", "3º JEC de Vitória", "2ª Vara de Família de Juiz de Fora",
                   "Vara Única de Monteiro Lobato", "5ª Vara Cível da Comarca de Caxias do Sul"])
    doc.f("eproc · consulta processual · «cnj» · «vara»\nAUTOR: «au» (CPF «cpfa»)  ADV: «adv» «oab»\n"
          "RÉU: «re» (CPF «cpfr»)\n\nEv | data/hora | usuário | descrição\n",
          cnj=cnj, vara=vara, au=P(noacc(autor.full).upper()), cpfa=(g.cpf(), "BR_CPF"),
          adv=P(noacc(adv.full).upper()), oab=(g.oab(), "PROFESSIONAL_ID"), re=P(noacc(reu.full).upper()),
          cpfr=(g.cpf(), "BR_CPF"))
    evs = [
        ("SISTEMA", None, "Distribuído por sorteio (Ev. automático)"),
        ("PROCURADOR", adv, "Petição inicial - juntada de documentos (12 anexos)"),
        ("svc_pje_sync", None, "Remetidos os autos ao Juízo"),
        ("MAGISTRADO", juiz, "Decisão interlocutória - tutela indeferida"),
        ("SERVIDOR", serv, "Expedida citação via Correios (AR «ar»)"),
        ("SISTEMA", None, "Decorrido prazo - «re2»"),
    ]
    for i, ((role, who, desc), dt) in enumerate(zip(evs, g.dates(len(evs))), 1):
        doc.f("«i» | «dt» «h» | ", i=i, dt=dt, h=g.hms())
        if who is None:
            doc.t(role)
        else:
            doc.e(noacc(who.full).upper(), "PERSON").t(f" ({role})")
        doc.t(" | ")
        doc.f(desc, ar=f"{g.pick(['JT', 'YA', 'BR'])}{g.d(9)}BR", re2=P(noacc(reu.full).upper()))
        doc.t("\n")
    doc.f("\nLocalizador: «loc» · Gab. Juiz(a) «j» · distribuição: svc_distrib\n",
          loc=g.pick(["AGUARDA CITAÇÃO", "CONCLUSOS DECISÃO", "PRAZO CORRENDO"]),
          j=P(juiz.short))
    return doc


def ju_oab_ted(g: Gen) -> Doc:
    """OAB ethics tribunal (TED) summary."""
    doc = Doc()
    rep, repte, rel = g.person(), g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("TRIBUNAL DE ÉTICA E DISCIPLINA - OAB/«uf» · «t»ª TURMA\nPROC. DISC. Nº «n»/2025 · sigilo art. 72 §2º EAOAB\n"
          "REPTE: «rp» · CPF «cpf» · tel «tel»\nREPDO: «r», «oab»\nREL.: Cons. «rel»\n\n"
          "EMENTA: LOCUPLETAMENTO. RETENÇÃO DE VALORES DE ALVARÁ (R$ «v»). INFRAÇÃO ART. 34, XX E XXI, EAOAB. "
          "SUSPENSÃO 90 DIAS + MULTA 2 ANUIDADES.\n\n"
          "Síntese: repte. contratou o repdo. p/ ação revisional c/ Banco Mercantil; alvará levantado em «d1», "
          "valor não repassado. Repdo. alega compensação honorários (contrato verbal). Testemunha: «tw», "
          "secretária do escritório «r2» & Associados. Defesa prévia por «dfn» «oab2».\n"
          "Dosimetria: antecedente (PD «n2»/2019). Rel. vencido quanto à multa.\nPublicação: DEOAB «d2»\n",
          uf=uf, t=g.rng.randint(1, 9), n=g.d(5), rp=P(repte.full), cpf=(g.cpf(), "BR_CPF"),
          tel=(g.phone("par"), "PHONE_NUMBER"), r=P(noacc(rep.full).upper()), oab=(g.oab(uf), "PROFESSIONAL_ID"),
          rel=P(rel.full), v=g.money(), d1=g.date("br"), tw=P(g.person(female=True).short),
          r2=rep.last, dfn=P(g.person().full), oab2=(g.oab(uf), "PROFESSIONAL_ID"),
          n2=g.d(4), d2=g.date("br"))
    return doc


def ju_icp_log(g: Gen) -> Doc:
    """ICP-Brasil signature-validation log (e-CPF / e-CNPJ subjects)."""
    doc = Doc()
    s1, s2, s3 = g.person(), g.person(), g.person()
    comp = g.pick(["CONSTRUTORA ROSA E CRUZ LTDA", "PADARIA SAO BENTO EIRELI", "TRANSPORTES IRMAOS HADDAD SA",
                   "AGROPECUARIA LUZ DO CAMPO LTDA", "CLINICA SANTA VITORIA LTDA"])
    doc.f("verificador ITI · validar.iti.gov.br · lote «l» · doc «doc».pdf (PAdES-B-LTA)\n", l=g.d(6),
          doc=g.pick(["contrato_honorarios", "acordo_extrajudicial", "procuracao_ad_judicia", "ata_assembleia"]))
    for i, s in enumerate([s1, s2]):
        cpf = g.cpf("raw")
        doc.f("[sig «i»] status=VALID policy=AD-RB v2.3 signingTime=«ts»Z\n"
              "  subject: CN=«cn»:«cpf», OU=«ou», OU=RFB e-CPF A3, O=ICP-Brasil, C=BR\n"
              "  issuer: CN=«iss», O=ICP-Brasil  serial=«ser»\n  email(SAN): «em»\n",
              i=i + 1, ts=f"{g.date('iso')}T{g.hms()}", cn=P(noacc(s.full).upper()), cpf=(cpf, "BR_CPF"),
              ou=g.pick(["videoconferencia", "presencial", "AR CERTISIGN", "AR SERASA"]),
              iss=g.pick(["AC SERASA RFB v5", "AC Certisign RFB G5", "AC SOLUTI Multipla v5", "AC VALID RFB v5"]),
              ser=g.d(2) + "".join(g.pick("0123456789abcdef") for _ in range(14)),
              em=(g.email(s), "EMAIL_ADDRESS"))
    doc.f("[sig 3] status=VALID  subject: CN=«comp»:«cnpj», OU=RFB e-CNPJ A1\n"
          "  responsável (OID 2.16.76.1.3.2): «resp»  CPF resp. (OID 2.16.76.1.3.4): «cpf»\n"
          "  OID 2.16.76.1.3.3 = «cnpj2»\n[sig 4] status=INDETERMINATE (LCR offline) CN=«bad»\n"
          "ip origem upload: «ip» · user: svc_assinador · hash sha256 «h»…\n",
          comp=comp, cnpj=(g.cnpj("raw"), "BR_CNPJ"), resp=P(noacc(s3.full).upper()),
          cpf=(g.cpf("raw"), "BR_CPF"), cnpj2=(g.cnpj("raw"), "BR_CNPJ"), bad=P(noacc(g.person().short).upper()),
          ip=(g.ip(), "IP_ADDRESS"), h="".join(g.pick("0123456789abcdef") for _ in range(16)))
    return doc


def ju_anpd_incident(g: Gen) -> Doc:
    """LGPD incident report (CIS) to the ANPD."""
    doc = Doc()
    dpo, ti = g.person(), g.person()
    ctrl = g.pick(["Farmácias Pague Menos", "Rede Bento Supermercados", "Cooperativa Agroindustrial Aurora",
                   "Escola Técnica Monteiro Lobato", "Luz & Cruz Odontologia Ltda"])
    doc.f("COMUNICADO DE INCIDENTE DE SEGURANÇA (CIS) – ANPD · formulário v3\n1. Controlador: «c» · CNPJ «cnpj»\n"
          "   End. sede: Av. Paulista, «n», cj «cj» – São Paulo/SP (sede)\n"
          "2. Encarregado (DPO): «dpo» · «em» · «tel»\n3. Natureza: ransomware (LockBit 3.0) em servidor FS01; "
          "exfiltração confirmada ~«q» titulares\n4. Dados afetados: nome, CPF, end., tel, dados de saúde (atestados)\n"
          "5. Amostra da evidência (leak site, print 1/3):\n",
          c=ctrl, cnpj=(g.cnpj(), "BR_CNPJ"), n=g.rng.randint(100, 2500), cj=g.rng.randint(11, 190),
          dpo=P(dpo.full), em=(g.email(dpo, "dpo." + noacc(ctrl.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"),
          tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), q=g.pick(["12 mil", "3.400", "48.210"]))
    for _ in range(3):
        p = g.person()
        doc.t("   ")
        doc.e(noacc(p.full).upper(), "PERSON").t(";")
        doc.e(g.cpf("raw"), "BR_CPF").t(";")
        doc.e(noacc(g.street(caps=True)), "ADDRESS").t(";")
        doc.e(g.phone("raw"), "PHONE_NUMBER").t("\n")
    doc.f("6. Medidas: reset credenciais (admin, svc_backup), MFA, notificação titulares «d»\n"
          "7. Responsável técnico: «ti» (CISO) · IOC: domínio .onion do grupo, hash no anexo B\n"
          "Protocolo ANPD: 00261.«p»/2025-«dv»\n",
          d=g.date("br"), ti=P(ti.short), p=g.d(6), dv=g.d(2))
    return doc


def ju_poa_xml(g: Gen) -> Doc:
    """Power-of-attorney registry entry exported as XML."""
    doc = Doc()
    out, proc = g.person(), g.person()
    tab = g.person()
    city, uf = g.city()
    doc.f('<?xml version="1.0" encoding="UTF-8"?>\n<registroProcuracao xmlns="urn:cnb:censec:v2">\n'
          '  <cartorio cns="«cns»">«cart»</cartorio>\n  <livro>«liv»</livro><folha>«fl»</folha>\n'
          '  <tabeliao>«tab»</tabeliao>\n'
          '  <outorgante>\n    <nome>«o»</nome>\n    <cpf>«ocpf»</cpf>\n    <rg orgao="SSP/SP">«org»</rg>\n'
          '    <nascimento>«dob»</nascimento>\n    <tituloEleitor>«te»</tituloEleitor>\n    <endereco>«addr»</endereco><cep>«cep»</cep>\n'
          '    <municipio>«city»</municipio>\n  </outorgante>\n'
          '  <outorgado>\n    <nome>«p»</nome>\n    <cpf>«pcpf»</cpf>\n    <profissao>advogado</profissao>'
          '<registro>«oab»</registro>\n  </outorgado>\n'
          '  <poderes>ad judicia et extra; vender imóvel matr. «mat» CRI «city»</poderes>\n'
          '  <revogada>false</revogada>\n  <operador>«op»</operador>\n</registroProcuracao>\n',
          cns=g.d(6), cart=f"{g.rng.randint(1, 12)}º Tabelionato de Notas de {city}",
          liv=g.rng.randint(100, 3999), fl=g.rng.randint(1, 400), tab=P(tab.full),
          o=P(noacc(out.full).upper()), ocpf=(g.cpf(), "BR_CPF"), org=(g.rg(), "BR_RG"),
          dob=(g.dob(fmt="iso"), "DATE_OF_BIRTH"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          addr=(g.street(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), city=city, p=P(proc.full), pcpf=(g.cpf(), "BR_CPF"), oab=(g.oab(uf), "PROFESSIONAL_ID"),
          mat=g.d(5), op=g.pick(["svc_censec", "escrevente03", "admin"]))
    doc.f("<!-- conferido por «e» em «d» -->\n", e=P(g.initials(g.person())), d=g.date("br"))
    return doc


def ju_inpi_opp(g: Gen) -> Doc:
    """INPI trademark opposition summary."""
    doc = Doc()
    tit, proc = g.person(), g.person()
    mark = g.pick(["DONA ROSA DOCES", "CASA BRANCO", "LUZ DE VITÓRIA", "BENTO BURGER", "AURORA KIDS"])
    opp, oppmark = g.pick([("Cacau Show Ltda", "CACAU SHOW"), ("Grupo Boticário", "O BOTICÁRIO"),
                           ("Ambev S.A.", "BRAHMA"), ("Natura Cosméticos S.A.", "NATURA EKOS"),
                           ("Havan S.A.", "HAVAN")])
    cc = g.city()
    doc.f("RPI «rpi» · Desp. IPAS 423 (oposição) · Proc. «pr»\nMarca: «mk» (mista) · NCL(12) «ncl»\n"
          "Titular (PF): «tit» · CPF «cpf» · «city»/«uf»\nProcurador: «pc» («pem»)\nOponente: «opp» · CNPJ «cnpj»\n\n"
          "Resumo opos.: alega reprodução parcial da marca «opp2» reg. «reg» (alto renome? não declarado). "
          "Titular contesta: «sn» é seu nome civil (título eleitor «te» juntado), uso desde 2012 (notas fiscais, fotos fachada Rua Bento Gonçalves). "
          "Parecer interno: risco médio; nome civil não afasta confusão se mesma classe. Próx.: manifestação 60d.\n"
          "Anotado por: «an» · OAB ok · prazo fatal «d»\n",
          rpi=g.rng.randint(2700, 2850), pr=g.d(9), mk=mark, ncl=g.pick(["30", "35", "43", "25", "03"]),
          tit=P(tit.full), cpf=(g.cpf(), "BR_CPF"), city=cc[0], uf=cc[1], pc=P(proc.full),
          pem=(g.email(proc, "marcasepatentes.adv.br"), "EMAIL_ADDRESS"), opp=opp,
          cnpj=(g.cnpj(), "BR_CNPJ"), opp2=oppmark, reg=g.d(9),
          sn=P(tit.given.split()[0] + " " + tit.last), te=(g.titulo(), "BR_TITULO_ELEITOR"), an=P(g.person().first), d=g.date("br"))
    return doc


def ju_labour_calc(g: Gen) -> Doc:
    """Labour calculation spreadsheet pasted as pipe-separated text."""
    doc = Doc()
    rte, perito = g.person(), g.person()
    emp = g.pick(["FRIGORIFICO BOM BENTO LTDA", "VIACAO VITORIA DA CONQUISTA SA", "MERCADINHO DA ROSA ME",
                  "METALURGICA SCHNEIDER IND LTDA", "CALL CENTER AURORA SERVICOS"])
    doc.f("PJe-Calc 2.13 · liquidação · RT «cnj»\nRECLAMANTE: «r» | CPF «cpf» | PIS «pis» | NASC «dob»\n"
          "RECLAMADA: «emp» | CNPJ «cnpj»\nADMISSÃO «a» | DEMISSÃO «b» | SAL BASE R$ «s» | CTPS «ctps» série «ser»\n\n"
          "verba|base|qtd|devido|pago|diferença\n",
          cnj=f"{g.d(7)}-{g.d(2)}.2024.5.{g.rng.randint(1, 24):02d}.{g.d(4)}", r=P(noacc(rte.full).upper()),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), dob=(g.dob(1960, 2003), "DATE_OF_BIRTH"), emp=emp,
          cnpj=(g.cnpj(), "BR_CNPJ"), a=g.date("br", 2019), b=g.date("br", 2024), s=g.money(),
          ctps=g.d(7), ser=g.d(4))
    for v in ["HE 50%", "HE 100%", "ADIC NOT", "DSR s/ HE", "FGTS 8%", "MULTA 40%", "INSALUB 20% SM"]:
        doc.f("«v»|«b»|«q»|«d»|«p»|«x»\n", v=v, b=g.money(), q=g.rng.randint(1, 900),
              d=g.money(), p=g.money(), x=g.money())
    doc.f("\nobs perito: «pe» «crc» — cartões ponto jun-ago/22 ilegíveis (OCR), usei média. "
          "testemunha «t» confirmou jornada 6h-18h. rte pede HE intervalar tb (art. 71)\n",
          pe=P(perito.full), crc=(f"CRC/{g.pick(UFS)} {g.rng.randint(100000, 399999)}/O-{g.d(1)}", "PROFESSIONAL_ID"),
          t=P(g.person().short))
    return doc


# =========================================================================== saude


def sa_hl7(g: Gen) -> Doc:
    """HL7 v2 ADT^A01 message pasted into an integration ticket."""
    doc = Doc()
    p, med = g.person(), g.person()
    mom = Person(g.pick(PT_F), [g.pick(PT_SUR), p.last])
    hosp = g.pick(["HOSP SAO LUCAS", "SANTA CASA MISERICORDIA", "HOSP MUN DR MOYSES DEUTSCH", "HOSP STA ROSA DE LIMA"])
    ts = g.date("hl7") + g.hms().replace(":", "")
    cc = g.city()
    doc.f("INC«inc» · integração Tasy→MV falhou (PID-7 formato) · msg anexada:\n"
          "MSH|^~\\&|TASY|«hosp»|MV_SOUL|REGULACAO|«ts»||ADT^A01|MSG«m»|P|2.5\n"
          "EVN|A01|«ts»|||robo_rpa\n"
          "PID|1||«pr»^^^HOSP^MR~«cns»^^^SUS^HC||«fam»^«giv»||«dob»|«sx»|||«addr»^^«city»^«uf»^«cep»^BRA||«tel»^PRN^CP|||||«cpf»\n"
          "NK1|1|«mfam»^«mgiv»|MTH\n"
          "PV1|1|I|UTI2^L07^A||||«mcrm»^«mfam2»^«mgiv2»|||CLI\n",
          inc=g.d(6), hosp=hosp, ts=ts, m=g.d(8), pr=g.d(7), cns=(g.cns(False), "BR_CNS"),
          fam=P(noacc(" ".join(p.surnames)).upper()), giv=P(noacc(p.given).upper()),
          dob=(g.dob(fmt="hl7"), "DATE_OF_BIRTH"), sx="F" if g.chance(0.5) else "M",
          addr=(noacc(g.street(caps=True)).replace(", ", " "), "ADDRESS"), city=noacc(cc[0]).upper(),
          uf=cc[1], cep=(g.cep(False), "BR_CEP"), tel=(g.phone("raw"), "PHONE_NUMBER"),
          cpf=(g.cpf("raw"), "BR_CPF"), mfam=P(noacc(" ".join(mom.surnames)).upper()),
          mgiv=P(noacc(mom.given).upper()), mcrm=g.d(6), mfam2=P(noacc(med.last).upper()),
          mgiv2=P(noacc(med.given).upper()))
    doc.f("\nanálise («an»): PID-7 veio «badob» no ambiente HML, em PRD ok. Médico resp. PV1-7 = Dr(a). «md» «crm» — "
          "id 6 dígitos no PV1 é código interno, não CRM. reprocessar via svc_batch.\n",
          an=P(g.person().first), badob="dd/mm/aaaa", md=P(med.short), crm=(g.crm(), "PROFESSIONAL_ID"))
    return doc


def sa_radio_dictation(g: Gen) -> Doc:
    """Radiology report dictated to speech-to-text, no punctuation."""
    doc = Doc()
    p, rad, res = g.person(female=True), g.person(female=True), g.person()
    exam = g.pick(["tomografia computadorizada de torax sem contraste", "ressonancia de cranio com gadolinio",
                   "ultrassonografia de abdome total", "angiotomografia de aorta"])
    idade = g.rng.randint(18, 92)
    doc.f("[Dragon Medical One · ditado «id» · não revisado]\n"
          "laudo de «ex» paciente «pn» «id2» anos atendimento «at» solicitante doutor «sol» "
          "indicacao clinica dispneia a esclarecer tecnica exame realizado em aparelho siemens somatom sessenta e quatro "
          "canais achados pulmoes com opacidades em vidro fosco bilaterais predominio periferico "
          "nao ha derrame pleural traqueia e bronquios principais pervios coracao de dimensoes normais "
          "impressao padrao sugestivo de processo inflamatorio infeccioso correlacionar com dados clinicos "
          "nota para a secretaria «sec» favor enviar copia para o email «em» da filha dela «fil» "
          "laudado por doutora «rad» «crm» revisado por «res» residente r dois\n",
          id=g.d(7), ex=exam, pn=P(p.full.lower()), id2=idade, at=g.d(8),
          sol=P(g.person(female=False).short.lower()), sec=P(g.pick(PT_F + WORD_F).lower()), em=(g.email(p).lower(), "EMAIL_ADDRESS"),
          fil=P(Person(g.pick(PT_F), [p.last]).full.lower()), rad=P(rad.full.lower()),
          crm=(g.crm().lower().replace("/", " ").replace("-", " "), "PROFESSIONAL_ID"), res=P(res.first.lower()))
    doc.t("[pendente assinatura digital · PACS Carestream · acc# ")
    doc.f("«a»]\n", a=g.d(10))
    return doc


def sa_pharmacy_log(g: Gen) -> Doc:
    """Hospital pharmacy stock-movement log with prescribers and patients."""
    doc = Doc()
    doc.f("MV SOUL · ESTOQUE · mov. «d» · almox: FARMACIA CENTRAL · usuario: farm«u»\n"
          "TP  PRODUTO                    LOTE      QTD  PACIENTE                      PRESCRITOR\n",
          d=g.date("br"), u=g.d(2))
    prods = ["DIPIRONA 500MG/ML AMP", "MORFINA 10MG/ML AMP", "MIDAZOLAM 5MG/ML", "CEFTRIAXONA 1G FA",
             "ENOXAPARINA 40MG SER", "OMEPRAZOL 40MG FA", "FENTANILA 50MCG/ML", "VANCOMICINA 500MG"]
    for _ in range(5):
        pt, pr = g.person(), g.person()
        doc.cell(g.pick(["SAI", "SAI", "DEV", "TRF"]), 4)
        doc.cell(g.pick(prods), 27)
        doc.cell(g.pick("ABKLMX") + g.d(6), 10)
        doc.cell(str(g.rng.randint(1, 20)), 5)
        nm = noacc(pt.full).upper()[:29]
        nm = nm.rstrip()
        doc.cell(nm, 30, "PERSON")
        doc.t("DR ").e(noacc(pr.short).upper(), "PERSON").t(" ").e(g.crm().replace("/", "-"), "PROFESSIONAL_ID").t("\n")
    far, aux = g.person(), g.person()
    doc.f("\nDIVERGENCIA: 1 amp MORFINA lote sem baixa no leito 12 (Ala São José) — aberto RNC «r»\n"
          "resp. tecnico: «f» «crf» · conferido c/ aux «a» · saldo fisico=sistema após ajuste por admin\n",
          r=g.d(5), f=P(far.full), crf=(g.crf(), "PROFESSIONAL_ID"), a=P(aux.first.upper()))
    return doc


def sa_icu_alarms(g: Gen) -> Doc:
    """ICU monitor alarm log with nurse acknowledgements."""
    doc = Doc()
    pt = g.person()
    n1, n2, doc_ = g.person(female=True), g.person(), g.person()
    bed = f"UTI-{g.pick('AB')} L{g.rng.randint(1, 20):02d}"
    doc.f("Philips IntelliVue Information Center · export alarmes · «bed» · pac: «pt» (atend «at», DN «dob»)\n"
          "ts;device;param;nivel;valor;ack_by;ack_s\n",
          bed=bed, pt=P(noacc(pt.full).upper()), at=g.d(8), dob=(g.dob(1935, 1990), "DATE_OF_BIRTH"))
    alarms = [("SpO2", "RED", "84"), ("FC", "YELLOW", "128"), ("PNI", "YELLOW", "88/46"), ("APNEIA", "RED", "20s"),
              ("LEADS OFF", "INOP", "-"), ("FR", "YELLOW", "32")]
    night = g.date("iso")
    for (par, lvl, val), hh in zip(alarms, sorted(g.times(len(alarms)))):
        who = g.pick([n1, n2, None])
        doc.f("«d» «h»;MX450-«dv»;«p»;«l»;«v»;", d=night, h=hh, dv=g.d(4), p=par, l=lvl, v=val)
        if who is None:
            doc.t(g.pick(["AUTO_SILENCE", "-", "central_mon01"]))
        else:
            doc.t("enf. ").e(noacc(who.first) if g.chance(0.5) else who.short, "PERSON")
        doc.f(";«s»\n", s=g.rng.randint(4, 300))
    doc.f("\nnota turno N: alarme APNEIA falso (sensor), trocado. plantonista «dr» ciente. "
          "passo p/ «n1» («c1») e «n2» («c2») às 07h. família ligou — filho «son» tel «tel»\n",
          dr=P(doc_.short), n1=P(n1.first), c1=(g.coren(), "PROFESSIONAL_ID"), n2=P(n2.first),
          c2=(g.coren(), "PROFESSIONAL_ID"), son=P(Person(g.pick(PT_M), [pt.last]).first),
          tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_telehealth_audit(g: Gen) -> Doc:
    """Telehealth session audit log."""
    doc = Doc()
    pt, md = g.person(), g.person()
    plat = g.pick(["Conexa Saúde", "Teladoc BR", "Amil Telemedicina", "Einstein Conecta"])
    sid = g.pick("abcdef") + g.d(3) + "-" + "".join(g.pick("0123456789abcdef") for _ in range(6))
    doc.f("«plat» · session_audit · sid=«sid»\n", plat=plat, sid=sid)
    ip1, ip2 = g.ip(), g.ip()
    evs = [
        ("PATIENT", "LOGIN", f"cpf=«cpf» ip=«ip1» ua=Android 14/Chrome"),
        ("SYSTEM", "TRIAGE_BOT", "bot=Dra. Sofia (assistente virtual) score=amarelo"),
        ("DOCTOR", "JOIN", "«md» «crm» ip=«ip2»"),
        ("PATIENT", "CONSENT", "tcle_v7 aceito"),
        ("DOCTOR", "RX_ISSUED", "Memed rx «rx» p/ «pt»"),
        ("DOCTOR", "ATTEST", "atestado 2d CID J06.9"),
        ("SYSTEM", "END", "dur=00:14:22 rec=off"),
    ]
    vals = dict(cpf=(g.cpf(), "BR_CPF"), ip1=(ip1, "IP_ADDRESS"), ip2=(ip2, "IP_ADDRESS"), md=P(md.full),
                crm=(g.crm(), "PROFESSIONAL_ID"), rx=g.d(8), pt=P(pt.short))
    base = g.rng.randint(7, 21)
    sday = g.date("iso")
    for i, (actor, ev, det) in enumerate(evs):
        doc.f("«t» «a» «e» ", t=f"{sday}T{base:02d}:{10 + i * 2:02d}:{g.rng.randint(0, 59):02d}", a=actor.ljust(7), e=ev.ljust(10))
        doc.f(det, **vals)
        doc.t("\n")
    doc.f("patient_profile: nome=«pn» dn=«dob» cns=«cns» cel=«cel»\nrevisado por auditoria (user: «au») — OK\n",
          pn=P(pt.full), dob=(g.dob(fmt="iso"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"),
          cel=(g.phone("e164"), "PHONE_NUMBER"), au=g.pick(["admin", "auditoria01", "svc_audit"]))
    return doc


def sa_sinan_ocr(g: Gen) -> Doc:
    """SINAN notification form read by OCR (with OCR errors)."""
    doc = Doc()
    p, notif = g.person(), g.person()
    mom = Person(g.pick(PT_F), [g.pick(PT_SUR)])
    city, uf = g.city()
    agr = g.pick([("DENGUE", "A90"), ("CHIKUNGUNYA", "A92.0"), ("LEPTOSPIROSE", "A27.9"), ("COQUELUCHE", "A37.9")])
    doc.f("[OCR Tesseract 5 · ficha_sinan_«f».jpg · conf 0.66]\nRepública Federativa do Brasil  SINAN\n"
          "FICHA DE NOTIFICAÇAO/INVESTlGAÇÃO  «agr»\n"
          "| 2 Agravo/doença «agr»   Cód (CID10) «cid» |\n| 3 Data da Notificação «dn» |\n"
          "| 4 UF «uf»  5 Município de Notificação «city» |\n| 6 Unidade de Saude UBS Vila Vitória  Cód «cnes» |\n"
          "| 8 Nome do Paciente «pn» |\n| 9 Data de Nasc1mento «dob» |  10 ldade «age» |\n"
          "| 14 Escolaridade 06 | 15 Número do Cartão SUS «cns» |\n| 16 Nome da mãe «mom» |\n"
          "| 20 Logradouro «addr» |  22 CEP «cep» |\n| 25 (DDD) Telefone «tel» |\n"
          "| Notificador: Nome «nt»   Funçao enf   Assinatura «sig» |\n",
          f=g.d(6), agr=agr[0], cid=agr[1], dn=g.date("br"), uf=uf, city=noacc(city).upper(), cnes=g.d(7),
          pn=P(noacc(p.full).upper()), dob=(g.dob(fmt="br"), "DATE_OF_BIRTH"), age=g.rng.randint(1, 90),
          cns=(g.cns(), "BR_CNS"), mom=P(noacc(mom.full).upper()), addr=(g.street(caps=True, ascii_=True), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), tel=(g.phone("par"), "PHONE_NUMBER"), nt=P(noacc(notif.full).upper()),
          sig=P(notif.first.lower()))
    doc.t("[campos ilegiveis: 11 Sexo, 13 Raça/Cor] [digitado no SINAN Online por vigep_")
    doc.f("«u»]\n", u=g.d(2))
    return doc


def sa_bed_board(g: Gen) -> Doc:
    """Bed-management board, fixed width."""
    doc = Doc()
    doc.f("NIR · PAINEL DE LEITOS · «d» «h» · Ala Santa Rita / Ala São Lucas / UTI Dr. Adib Jatene\n",
          d=g.date("br"), h=g.hms()[:5])
    doc.t("LEITO    PACIENTE                   ID  CID    MED.RESP         STATUS      PREV.ALTA\n")
    for i in range(6):
        bed = f"{g.pick(['SR', 'SL', 'UTI'])}-{g.rng.randint(1, 40):02d}{g.pick('AB')}"
        doc.cell(bed, 9)
        st = g.pick(["OCUPADO", "OCUPADO", "HIGIENIZ", "BLOQUEADO", "RESERVADO"])
        if st in ("OCUPADO", "RESERVADO"):
            p = g.person()
            nm = g.pick([noacc(p.full).upper(), noacc(p.short).upper(), f"{noacc(p.first).upper()} {p.last[0]}."])
            doc.cell(nm[:26].rstrip(), 27, "PERSON")
            doc.cell(str(g.rng.randint(0, 98)), 4)
            doc.cell(g.pick(["I21.9", "J18.9", "N39.0", "K35.8", "I63.9", "A41.9"]), 7)
            m = g.person()
            doc.cell(f"{noacc(m.first[0])}. {noacc(m.last).upper()}"[:16], 17, "PERSON")
        else:
            doc.cell("-", 27).cell("", 4).cell("", 7).cell("-", 17)
        doc.cell(st, 12)
        doc.t(g.date("br")[:5] if st == "OCUPADO" else "-").t("\n")
    nir = g.person(female=True)
    doc.f("\nobs NIR («n»): 2 pedidos CROSS aguardando (Presidente Prudente, Rosana). higienização SL-14 atrasada, "
          "luz de emergência do SL-09 queimada (chamado manutenção). Maca 3 emprestada p/ PS Bento Ferreira.\n", n=P(nir.first))
    return doc


# =========================================================================== financeiro


def fi_mt103(g: Gen) -> Doc:
    """SWIFT MT103-like message in an operations ticket."""
    doc = Doc()
    ordp, ben = g.person(), g.person()
    op = g.person()
    doc.f("OPS-FX «t» · repair queue · MT103 retido (campo 59 incompleto)\n"
          "{1:F01BRASBRRJAXXX«s»}{2:I103CITIUS33XXXXN}{4:\n:20:FX«ref»\n:23B:CRED\n:32A:«dt»USD«amt»\n"
          ":50K:/«acc»\n«on»\n«oaddr»\n«ocity» BR\n:52A:BRASBRRJ\n:57A:CITIUS33\n:59:/«bacc»\n«bn»\n"
          "«baddr» MIAMI FL\n:70:/RFB/SUSTENTO FAMILIAR CPF «cpf»\n:71A:OUR\n-}\n",
          t=g.d(6), s=g.d(10), ref=g.d(10), dt=g.date("hl7")[2:], amt=g.money().replace(".", ""),
          acc=(f"{g.d(4)}{g.d(8)}", "BANK_ACCOUNT"), on=P(noacc(ordp.full).upper()),
          oaddr=(noacc(g.street(caps=True)), "ADDRESS"), ocity=noacc(g.city()[0]).upper(),
          bacc=(g.d(10), "BANK_ACCOUNT"), bn=P(noacc(ben.full).upper()),
          baddr=(f"{g.rng.randint(100, 9999)} NW {g.rng.randint(2, 150)}TH ST APT {g.rng.randint(1, 40)}", "ADDRESS"),
          cpf=(g.cpf("raw"), "BR_CPF"))
    doc.f("\nnota «o»: beneficiário sem ABA no 57A; cliente «c» informou por tel «tel» que é filho(a) dele. "
          "compliance (PLD) ok, limite OK. reenviar após repair. cc treasury@ e svc_swift_gw\n",
          o=P(op.first), c=P(ordp.last),
          tel=(g.phone("plus"), "PHONE_NUMBER"))
    return doc


def fi_cnab_return(g: Gen) -> Doc:
    """CNAB-like fixed-width bank return report (spool)."""
    doc = Doc()
    cedente = g.pick(["ESCOLA AURORA LTDA", "CONDOMINIO RES SAO BENTO", "ACADEMIA LUZ FITNESS ME",
                      "CLINICA ROSA DOS VENTOS", "IMOBILIARIA CRUZ & FILHOS"])
    doc.f("RETORNO CNAB400 · BCO 341 ITAU · CEDENTE «c» CNPJ «cnpj» AG «ag» CC «cc»\n"
          "ARQ CN«n».RET  GERADO «d»  OPERADOR: svc_batch\n"
          "NOSSO NUM  SACADO                          CPF/CNPJ           VLR TIT     OCORR\n",
          c=cedente, cnpj=(g.cnpj("raw"), "BR_CNPJ"), ag=(g.d(4), "BANK_ACCOUNT"), cc=(f"{g.d(5)}-{g.d(1)}", "BANK_ACCOUNT"),
          n=g.d(6), d=g.date("br"))
    for i in range(6):
        doc.cell(g.d(8) + "-" + g.d(1), 11)
        if i == 4:
            comp = g.pick(["MERCADO BOM PRECO LTDA", "ATACADAO SAO JOSE", "LOJAS ROSA MODAS ME"])
            doc.cell(comp, 32)
            doc.cell(g.cnpj("raw"), 19, "BR_CNPJ")
        else:
            p = g.person()
            doc.cell(noacc(p.full).upper()[:30].rstrip(), 32, "PERSON")
            doc.cell(g.cpf("raw"), 19, "BR_CPF")
        doc.cell(g.money(), 12)
        doc.t(g.pick(["06 LIQUIDADO", "02 ENTRADA CONF", "09 BAIXADO", "03 REJEITADO", "17 LIQ CARTORIO"])).t("\n")
    doc.f("\nTRAILER: 6 REG · total liquidado R$ «t» · conf. por «who» (tesouraria)\n", t=g.money(), who=P(g.person().short))
    return doc


def fi_bureau_log(g: Gen) -> Doc:
    """Credit-bureau (Serasa/SCR) query log."""
    doc = Doc()
    doc.f("motor_credito v4.2 · log consultas bureau · «d» · ambiente PRD\n"
          "ts|operador|canal|produto|doc_consultado|nome_retorno|score|resultado\n", d=g.date("br"))
    for i, hh in enumerate(g.times(6)):
        p = g.person()
        op = g.pick(["svc_motor_credito", "svc_motor_credito", None])
        doc.f("«h»|", h=hh)
        if op:
            doc.t(op)
        else:
            doc.e(g.person().short, "PERSON")
        doc.f("|«ch»|«pr»|", ch=g.pick(["APP", "LOJA", "PARCEIRO_VAREJO"]),
              pr=g.pick(["SERASA_PF_SCORE", "SCR_BACEN", "BOA_VISTA_ACERTA", "QUOD_PF"]))
        doc.e(g.cpf(g.pick(["raw", "dot"])), "BR_CPF").t("|")
        doc.e(noacc(p.full).upper(), "PERSON")
        doc.f("|«s»|«r»\n", s=g.rng.randint(0, 1000), r=g.pick(["APROVADO", "NEGADO_RESTRICAO", "MESA", "TIMEOUT"]))
    an = g.person()
    doc.f("\nMESA («an»): cliente do reg. 3 diz que pendência é da homônima (mesmo nome, DN «dob» vs a dele). "
          "Solicitado RG «rg» (ou CNH «cnh») e comprovante. Não usar nome p/ matching, só CPF.\n",
          an=P(an.first), dob=(g.dob(), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), cnh=(g.cnh(), "BR_CNH"))
    return doc


def fi_expense_flow(g: Gen) -> Doc:
    """Expense-approval workflow log."""
    doc = Doc()
    req, mgr, fin = g.person(), g.person(), g.person()
    doc.f("SAP Concur · RD-«y»-«n» · trilha de aprovação\nsolicitante: «req» (mat «mat») · CC 4102 Marketing Regional Sul\n"
          "motivo: visita cliente Cooperativa Aurora + feira Expointer (Esteio)\n\n",
          y=2025, n=g.d(5), req=P(req.full), mat=g.d(6))
    steps = [
        ("criado", req, "3 itens · R$ {m}"),
        ("policy_check", None, "alerta: hotel acima teto (Hotel Dall'Onder)"),
        ("aprovado_N1", mgr, "ok, exceção justificada"),
        ("retornado", fin, "falta NF do táxi"),
        ("reenviado", req, "NF anexada"),
        ("aprovado_FIN", fin, "liberar reembolso"),
        ("pago", None, "lote {lote} via job_scheduler"),
    ]
    for (st, who, note), dt in zip(steps, g.dates(len(steps))):
        doc.f("«t» · «s» · ", t=f"{dt} {g.hms()[:5]}", s=st)
        if who is None:
            doc.t("sistema")
        else:
            doc.e(who.short if g.chance(0.5) else noacc(who.full).lower(), "PERSON")
        doc.t(" · " + note.format(m=g.money(), lote=g.d(6)) + "\n")
    doc.f("\ndados reembolso: Pix aleatória «pix» · fallback TED Bco 260 ag «ag» cc «cc» · CPF «cpf»\n",
          pix=(g.pix(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          cpf=(g.cpf(), "BR_CPF"))
    return doc


def fi_pld_alert(g: Gen) -> Doc:
    """PLD/AML transaction-monitoring alert JSON."""
    doc = Doc()
    c, cp1, cp2, an = g.person(), g.person(), g.person(), g.person()
    doc.f('case PLD-«k» · regra R-017 (fracionamento) + R-044 (PEP relacionado?) · fila analista: «an»\n'
          '{\n  "alert_id": "AL-«id»",\n  "customer": {"name": "«c»", "cpf": "«cpf»", "birth_date": "«dob»",\n'
          '    "phone": "«ph»", "email": "«em»", "segment": "PF_VAREJO", "branch": "Ag. Vitória Centro"},\n'
          '  "account": {"agency": "«ag»", "number": "«acc»"},\n  "txns": [\n',
          k=g.d(6), an=P(an.short), id=g.d(9), c=P(c.full), cpf=(g.cpf("raw"), "BR_CPF"),
          dob=(g.dob(fmt="iso"), "DATE_OF_BIRTH"), ph=(g.phone("e164"), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), ag=(g.d(4), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"))
    for cp in (cp1, cp2, None):
        amt = f"{g.rng.randint(4000, 9999)}.{g.d(2)}"
        if cp is None:
            doc.f('    {"type": "PIX_OUT", "amount": «a», "counterparty": "BET NACIONAL LTDA", "cnpj": "«cn»", "ip": "«ip»"}\n',
                  a=amt, cn=(g.cnpj(), "BR_CNPJ"), ip=(g.ip(), "IP_ADDRESS"))
        else:
            doc.f('    {"type": "PIX_IN", "amount": «a», "counterparty": "«n»", "key": "«k»", "ip": "«ip»"},\n',
                  a=amt, n=P(noacc(cp.full).upper()), k=(g.pix(), "PIX_KEY"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f('  ],\n  "device_id": "and-«dv»", "score": 0.«s», "created_by": "svc_pld_engine"\n}\n'
          "parecer: contrapartes «x» e «y» depositaram 9 Pix < 10k em 48h. Comunicar COAF (SISCOAF)? encaminhado p/ «mgr».\n",
          dv="".join(g.pick("0123456789abcdef") for _ in range(12)), s=g.d(2), x=P(cp1.first), y=P(cp2.last),
          mgr=P(g.person().short))
    return doc


def fi_treasury_mail(g: Gen) -> Doc:
    """Treasury cash-position e-mail, PT/EN corporate jargon."""
    doc = Doc()
    snd, cfo, ctrl = g.person(), g.person(), g.person()
    grp = g.pick(["Grupo Bento Alimentos", "Aurora Logística", "Vitória Têxtil", "Cruz Farma Distribuidora"])
    doc.f("From: «s» <«se»>\nTo: «c»; fpa-team@\nCc: «ct»\nSubject: [EOD] cash position «d» – «grp» – FYI\n\n"
          "Hi «cf», segue posição consolidada EOD, tl;dr: caixa ok, headroom apertado na Cia 03.\n\n"
          "ENTITY      BANK        AG     CC            SALDO (BRL)\n",
          s=P(snd.full), se=(g.email(snd, noacc(grp.split()[-1]).lower() + ".com.br"), "EMAIL_ADDRESS"),
          c=P(cfo.full), ct=P(ctrl.short), d=g.date("br"), grp=grp, cf=P(cfo.first))
    for ent in ["Cia 01", "Cia 02", "Cia 03"]:
        doc.cell(ent, 12).cell(g.pick(["Itaú", "Bradesco", "BB", "Santander", "Safra", "BTG"]), 12)
        doc.cell(g.d(4), 7, "BANK_ACCOUNT").cell(f"{g.d(5)}-{g.d(1)}", 14, "BANK_ACCOUNT")
        doc.t(g.money() + "\n")
    doc.f("\nAction items:\n- rolar NCE do Safra (vcto «v») — «c2» precisa assinar no DocuSign ASAP\n"
          "- aplicar sobra em CDB DI 102% (BTG) — aguardando ok do comitê\n"
          "- pagamento pró-labore sócio «sp» via TED p/ conta PF ag «ag» cc «cc» (Nubank) — 2ª aprovação pendente\n"
          "- forecast W+1: recebível Magazine Luiza ~R$ «m», risco de slip\n\nRgds,\n«sf»\nTreasury Analyst · ramal «r»\n",
          v=g.date("br"), c2=P(cfo.last), sp=P(g.person().full), ag=(g.d(4), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), m=g.money(), sf=P(snd.first), r=g.d(4))
    return doc


def fi_actuarial(g: Gen) -> Doc:
    """Insurance actuarial claim list (pipe-separated)."""
    doc = Doc()
    doc.f("IBNR/PSL base «d» · ramo 0977 Prestamista + 0993 Vida · extração atuarial (sinistros avisados)\n"
          "sinistro|segurado|cpf|dt_nasc|dt_aviso|causa|valor_reserva|regulador\n", d=g.date("br"))
    regs = [g.person(), g.person()]
    causes = ["MORTE NATURAL", "MORTE ACIDENTAL", "IPA", "DESEMPREGO", "DIT"]
    for _ in range(6):
        p = g.person()
        doc.f("«s»|", s=f"{g.pick(['0977', '0993'])}{g.d(8)}")
        doc.e(noacc(p.full).upper() if g.chance(0.7) else f"{noacc(p.last).upper()}, {noacc(p.given).upper()}", "PERSON")
        doc.t("|").e(g.cpf("raw"), "BR_CPF").t("|").e(g.dob(1940, 2000, "dot"), "DATE_OF_BIRTH")
        doc.f("|«a»|«c»|«v»|", a=g.date("br"), c=g.pick(causes), v=g.money())
        r = g.pick(regs + [None])
        if r is None:
            doc.t("AUTO_REG")
        else:
            doc.e(noacc(r.first[0] + ". " + r.last).upper(), "PERSON")
        doc.t("\n")
    act = g.person()
    doc.f("\nnota «a» («mib»): 2 avisos pós-óbito > 3 anos (prescrição?), excluídos do triângulo. "
          "Tábua BR-EMS 2021, fator Chain Ladder. ver c/ «r» regulação.\n",
          a=P(act.short), mib=(f"MIBA {g.rng.randint(1000, 3999)}", "PROFESSIONAL_ID"), r=P(regs[0].first))
    return doc


TEMPLATES = {
    "atendimento": [at_crm_audit, at_sms_optin, at_call_meta, at_pod_ocr, at_survey_free, at_loyalty_merge,
                    at_shift_sms],
    "juridico": [ju_eproc_log, ju_oab_ted, ju_icp_log, ju_anpd_incident, ju_poa_xml, ju_inpi_opp, ju_labour_calc],
    "saude": [sa_hl7, sa_radio_dictation, sa_pharmacy_log, sa_icu_alarms, sa_telehealth_audit, sa_sinan_ocr,
              sa_bed_board],
    "financeiro": [fi_mt103, fi_cnab_return, fi_bureau_log, fi_expense_flow, fi_pld_alert, fi_treasury_mail,
                   fi_actuarial],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, (record["id"], s, v)
        last = s["end"]


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


def main() -> None:
    records = build()
    with (HERE / "twelfth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("twelfth", len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main()
