"""Build the fifteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fifteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 15,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: the everyday working documents of a company's back
office, as they are exported, pasted and forwarded between departments.
- atendimento: Zendesk ticket histories (public replies, internal notes, macros, status
  changes, CSAT), WhatsApp Business chat exports of a furniture store, building-management
  notices and occurrence books (moving permits, party guest lists, garage complaints), GLPI
  IT-helpdesk tickets for a new employee's accesses, forwarded e-mail chains ("De:",
  "Enviada em:", "Para:", "Assunto: ENC: RES:") with long signatures and legal
  disclaimers, returns (RMA) spreadsheets pasted as text with merged header rows, Jira
  escalation exports with comments and change log.
- juridico: minutes of a board of directors electing officers (qualified in full), CIPA
  meeting minutes, e-mails with outside counsel and a preposto letter for a labour hearing,
  the DPO's register of data-subject (LGPD) requests, a school's record of a custody order
  and of who may collect a pupil, HR's handling of a court order for child-support payroll
  deduction, the litigation department's case spreadsheet.
- saude: HR's register of sick notes (atestados) with a checker's notes, health-plan
  dependants' inclusion forms, reimbursement claim files with receipts, a school nurse's
  incident record and medication authorisation, e-mails between HR, the occupational
  physician and an employee returning from INSS leave, a health-plan operator's prior
  authorisation ticket, a company flu-vaccination campaign sheet.
- financeiro: a collection agency's call script and promise-to-pay log, payroll change
  requests (bank, salary, IRRF dependants), vacation schedules with merged headers,
  admission checklists, car-insurance claim files, supplier/freelancer registration
  forms (with alphanumeric 2026 CNPJs), card chargeback dispute tickets.

Conventions (as in the twelfth to fourteenth sets): PERSON covers the name only, never
"Sr.", "Dra.", "Dona", "Seu", "Dr."; particles inside a name are part of it; nicknames
("Zé", "Cida", "Tião") and single given names, capitalised or lower case, are persons;
"SURNAME, Given" is one span. Companies, streets, hospitals, schools, buildings and
cities named after people are not persons. ADDRESS is street type + name + number +
complement in one span (bairro, city and UF outside; CEP is BR_CEP); a street named
without a number is not an ADDRESS. A company's own address and toll-free/"4004"
numbers and role mailboxes (sac@, rh@, dpo@) are not personal data and carry no span; a
person's direct line or corporate e-mail is. Agency and account are separate BANK_ACCOUNT
spans, bank codes are not. DATE_OF_BIRTH only for birth dates. PROFESSIONAL_ID includes
the council acronym and UF ("CRM-SP 123456", "OAB/RJ 98.765", "COREN-MG 456789-ENF",
"CRP 06/12345", "CREA-SP 5061234567"). PIX_KEY only for random (UUID) keys used as Pix
keys. Masked values ("***.456.789-**", "final 4821"), health-plan card numbers, NB (INSS)
numbers, CTPS, matrículas, NIRE and internal ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such
as Josicleide, Uélinton, Dheyrisson, Rozélia; Italian, German, Japanese, Lebanese,
Polish/Ukrainian, Korean, Chinese, Vietnamese, Venezuelan/Bolivian, Haitian,
Angolan/Nigerian, indigenous, Jewish, Armenian, Greek), more than a fifth of the name
words rare or invented; nicknames; names that are ordinary words (Rosa, Branco,
Prudente, Bento, Vitória, Leão, Graça, Jasmim) next to the same words used as words
("de graça", "outubro rosa", "em branco", "seria prudente", "mordida do leão") and in
places and companies ("Móveis Jasmim", "Bento Gonçalves", "Presidente Prudente",
"Hospital Dr. Aristides Leão"), which are not persons. Hard negatives (never labelled):
CNJ process numbers, ticket and protocol numbers, 11-digit numbers that fail the CPF
check, ICD-10 codes, TUSS codes, money, SKUs and lot numbers, system users, NIRE, boleto
lines, company names with surnames, streets and hospitals named after people, dates that
are not birth dates.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 15

# --------------------------------------------------------------------------- check digits


def cpf_dv(body: str) -> str:
    d = [int(c) for c in body]
    for w0 in (10, 11):
        r = sum(x * (w0 - i) for i, x in enumerate(d)) % 11
        d.append(0 if r < 2 else 11 - r)
    return f"{d[-2]}{d[-1]}"


def cpf_ok(s: str) -> bool:
    n = re.sub(r"\D", "", s)
    return len(n) == 11 and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(body: str) -> str:
    """Check digits of a 12-char CNPJ body; letters count as ord(c) - 48 (2026 form)."""
    vals = [ord(c) - 48 for c in body]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (weights, [6] + weights):
        r = sum(x * y for x, y in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def cnpj_ok(s: str) -> bool:
    n = re.sub(r"[./-]", "", s)
    return len(n) == 14 and n[12:].isdigit() and cnpj_dv(n[:12]) == n[12:]


def rg_sp_dv(body: str) -> str:
    r = 11 - sum(int(c) * (i + 2) for i, c in enumerate(body)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(body: str) -> str:
    b = [int(c) for c in body]
    d1 = sum(x * (9 - i) for i, x in enumerate(b)) % 11
    discount = 0
    if d1 >= 10:
        d1, discount = 0, 2
    d2 = sum(x * (1 + i) for i, x in enumerate(b)) % 11 - discount
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


def cns_ok(n: str) -> bool:
    return len(n) == 15 and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


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
# Portuguese-origin given names: common, regional, and rare/coined (the *_RARE lists).
PT_F = ["Adriana", "Luciana", "Patrícia", "Fernanda", "Simone", "Daniela", "Roberta", "Marta",
        "Ana Paula", "Maria José", "Maria de Lourdes", "Tereza", "Helena", "Beatriz", "Larissa",
        "Manuela", "Lívia", "Débora", "Rosângela", "Neide", "Solange", "Andreia", "Priscila",
        "Carla", "Mônica", "Sandra", "Elaine", "Vera Lúcia", "Alessandra", "Yasmin"]
PT_M = ["Marcos", "Paulo", "Sérgio", "Anderson", "Márcio", "Alexandre", "Gustavo", "Eduardo",
        "José Carlos", "Carlos Alberto", "Luiz Fernando", "Renato", "Felipe", "Vinícius",
        "Murilo", "Caio", "Otávio", "Jorge", "Nelson", "Roberto", "Ailton", "Edson", "Valter",
        "Mauro", "Heitor", "Benício", "Emanuel", "João Vítor", "Diego", "Rafael"]
PT_F_RARE = ["Josicleide", "Rozélia", "Evandina", "Clevânia", "Nadjane", "Ivaneide", "Dailza",
             "Marcleide", "Joscelina", "Lauriene", "Erondina", "Gesilda", "Quitéria", "Aldenora",
             "Nilzete", "Thaynara", "Rhayssa", "Kemylli", "Jhenyfer", "Edjane", "Vanilce",
             "Zuleide", "Francinete", "Elisiane", "Maricléia", "Djanira", "Nivalda", "Lucivânia",
             "Ednalva", "Iasmyn", "Kethellen", "Euzilene", "Rayssara", "Adeilza"]
PT_M_RARE = ["Josenildo", "Erisvaldo", "Uélinton", "Dheyrisson", "Kleverson", "Wandeclei",
             "Adenilson", "Elivelton", "Tibúrcio", "Valdisnei", "Ozéias", "Jocimar", "Rudinei",
             "Aldecir", "Ardênio", "Sulamir", "Clenaldo", "Marlúcio", "Gedeilson", "Lourimar",
             "Valquírio", "Derivaldo", "Tairone", "Orlindo", "Eurides", "Jeremias", "Raylan",
             "Edvan", "Jucelino", "Weverton", "Crispim", "Dorgival", "Laelson", "Ismailton"]
WORD_F = ["Rosa", "Vitória", "Graça", "Jasmim", "Aurora", "Celeste"]
WORD_M = ["Bento", "Prudente", "Leão", "Amado", "Branco"]
NICKS = [("Zé", False), ("Tião", False), ("Cida", True), ("Nenê", True), ("Tonho", False),
         ("Cidinha", True), ("Dudu", False), ("Bia", True), ("Juca", False), ("Quinzinho", False),
         ("Preta", True), ("Lu", True), ("Nando", False), ("Guto", False), ("Fafá", True),
         ("Biu", False), ("Neguinho", False), ("Dalvinha", True)]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Ferreira", "Alves",
          "Ribeiro", "Martins", "Carvalho", "Lopes", "Gomes", "Mendes", "Barros", "Cardoso",
          "Pinto", "Moreira", "Monteiro", "Cunha", "Batista", "Dias", "Machado", "Fonseca",
          "Reis", "Azevedo", "Viana", "Farias", "Sales", "Morais", "Castro", "Nunes"]
PT_SUR_RARE = ["Arrais", "Valadão", "Lustosa", "Fontoura", "Tenório", "Baraúna", "Jucá",
               "Sobreira", "Taveira", "Cordovil", "Canuto", "Bivar", "Arcoverde", "Gadelha",
               "Remígio", "Sidrônio", "Catunda", "Morbeck", "Valandro", "Gurgel", "Teodósio",
               "Quirino", "Pacheli", "Trajano", "Urquiza", "Assunção", "Bandeira", "Bezerril",
               "Rabelo", "Sarmento", "Mourão", "Carneiro"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Graça", "Vitória", "Pinheiro",
            "Coelho", "Cordeiro", "Raposo", "Serra"]
FOREIGN = {
    "it": (["Graziella", "Fiorella", "Ornella"], ["Gianluca", "Vittorio", "Ermenegildo"],
           ["Bortolini", "Zambon", "Tonetto", "Scarpellini", "Dal Molin", "Cerutti", "Gobbo"]),
    "de": (["Hildegard", "Elfriede", "Brunhilde"], ["Reinaldo", "Egon", "Wolfgang"],
           ["Grützmacher", "Hoepers", "Kliemann", "Tessmann", "Bernardes", "Reichert", "Schlindwein"]),
    "jp": (["Harumi", "Emiko", "Tomoko"], ["Kazuo", "Tadashi", "Noboru"],
           ["Tanaka", "Hayashi", "Miyazaki", "Kinjo", "Arakaki", "Shimabukuro", "Fujita"]),
    "ar": (["Nádia", "Soraya", "Rania"], ["Jamil", "Munir", "Tufik"],
           ["Kalil", "Salomão", "Fares", "Bittar", "Hanna", "Jorge", "Zogbi"]),
    "pl": (["Jadwiga", "Halyna", "Iryna"], ["Zbigniew", "Mykola", "Wlodzimierz"],
           ["Nowak", "Lewandowski", "Dzierwa", "Hnatiuk", "Kachuba", "Wozniak"]),
    "kr": (["Hye-jin", "Eun-ji"], ["Sung-min", "Jae-won"], ["Lee", "Kang", "Jeong", "Han"]),
    "cn": (["Lin", "Yan"], ["Jun", "Hao"], ["Huang", "Zhou", "Wu", "Lin"]),
    "vn": (["Thi Hoa", "Lan"], ["Van Minh", "Tuan"], ["Nguyen", "Tran", "Pham"]),
    "ve": (["Yusmary", "Oriana", "Maholy"], ["Yorman", "Eulices", "Wilfredo"],
           ["Colmenares", "Villca", "Condori", "Briceño", "Mamani"]),
    "ht": (["Nadège", "Mirlande", "Fabienne"], ["Wilner", "Jacquelin", "Dieuseul"],
           ["Jean-Louis", "Exantus", "Desrosiers", "Charles", "Augustin"]),
    "af": (["Ngozi", "Yetunde", "Luzolo"], ["Chukwuemeka", "Kiamuangana", "Babatunde"],
           ["Nwosu", "Adebayo", "Kiluange", "Bungo", "Okonkwo"]),
    "in": (["Jurema", "Iracema", "Moema"], ["Raoni", "Tupã", "Aritana"],
           ["Guajajara", "Xakriabá", "Potiguara", "Kaiowá"]),
    "jw": (["Esther", "Débora", "Miriam"], ["Abraão", "Jacó", "Elias"],
           ["Zylberstajn", "Lerner", "Kogan", "Blumenfeld", "Schwartzman"]),
    "am": (["Anahid", "Siranush"], ["Hagop", "Garabed"], ["Kasparian", "Manoukian", "Derderian"]),
    "gr": (["Eleni", "Despina"], ["Konstantinos", "Stavros"], ["Papadopoulos", "Kyriakidis"]),
}
PARTICLES = ["da", "de", "do", "dos", "das"]
PARTICLE_OF = {"Santos": "dos", "Reis": "dos", "Silva": "da", "Costa": "da", "Cunha": "da", "Fonseca": "da",
               "Rosa": "da", "Graça": "da", "Vitória": "da", "Serra": "da", "Assunção": "da", "Trindade": "da",
               "Bandeira": "da", "Nunes": "das", "Neves": "das"}
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]

DDDS = ["11", "13", "15", "17", "18", "21", "22", "27", "28", "31", "32", "35", "37", "38",
        "41", "42", "44", "45", "47", "49", "51", "53", "55", "61", "62", "63", "64", "65",
        "66", "68", "69", "71", "73", "74", "77", "79", "81", "82", "84", "87", "88", "89",
        "91", "93", "96", "97", "98", "99"]
STREETS = ["Rua Prudente de Morais", "Av. Rosa e Silva", "Rua Dr. Bento Teixeira", "Rua Jasmim",
           "Rua Vitória Régia", "Travessa Leão Coroado", "Rua Graça Aranha", "Rua dos Bandeirantes",
           "Avenida Getúlio Vargas", "Rua Coronel Quirino", "Rua Tiradentes", "Rua Ana Néri",
           "Rua Padre Anchieta", "Av. Juscelino Kubitschek", "Rua Desembargador Westphalen",
           "Rua Maestro Cardim", "Rua Bento Gonçalves", "Rua Professor Arnaldo Taveira",
           "Rua das Hortênsias", "Avenida Sete de Setembro", "Rua São Bento", "Alameda Lorena",
           "Rua Cônego Eugênio Leite", "Rua Senador Dantas", "Estrada da Graça",
           "Rua Doutor Leão Branco", "Rua Irmã Rosa Ferraz", "Rua Barão do Rio Branco",
           "Rua Henrique Dias", "Av. Governador Agamenon Magalhães", "Rua Itapeva",
           "Rua Oito", "Rua 24 de Maio", "Servidão Manoel Tenório"]
BAIRROS = ["Centro", "Boa Vista", "Jardim Bela Vista", "Vila Rosa", "Graças", "Jardim Vitória",
           "São Bento", "Parque Leão", "Prado", "Jardim América", "Santa Mônica", "Cidade Nova",
           "Vila Branca", "Aeroporto", "Alto da Glória", "Jardim Jasmim", "Boqueirão", "Cabula"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Rio Branco", "AC"),
          ("Vitória", "ES"), ("Vitória de Santo Antão", "PE"), ("São Bento do Sul", "SC"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"),
          ("Maringá", "PR"), ("Cascavel", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"),
          ("Pelotas", "RS"), ("Santa Maria", "RS"), ("Aracaju", "SE"), ("Maceió", "AL"),
          ("Natal", "RN"), ("Mossoró", "RN"), ("Caruaru", "PE"), ("Imperatriz", "MA"),
          ("Palmas", "TO"), ("Cuiabá", "MT"), ("Rondonópolis", "MT"), ("Anápolis", "GO"),
          ("Santarém", "PA"), ("Macapá", "AP"), ("Boa Vista", "RR"), ("Salvador", "BA"),
          ("Ilhéus", "BA"), ("Petrolina", "PE"), ("Niterói", "RJ"), ("Volta Redonda", "RJ"),
          ("Graça", "CE"), ("Leão", "RS")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "AM", "DF", "ES", "MT", "RN"]
SYS_USERS = ["admin", "svc_zendesk", "root", "robo_cobranca", "integracao.totvs", "sys_folha",
             "jira-automation", "glpi_cron", "api_portal", "SISTEMA", "rpa_beneficios", "bot_whatsapp"]
CIDS = ["J11", "A09", "M54.5", "F41.1", "S93.4", "J06.9", "K29.7", "R51", "F32.1", "M75.1",
        "B34.9", "H10.3", "N39.0", "Z76.3", "O26.8", "G43.9", "T14.0", "M65.4"]
HOSPITALS = ["Hospital Dr. Aristides Leão", "Hospital Santa Rosa de Lima", "Maternidade Dona Graça Prudente",
             "Hospital São Bento", "Policlínica Dr. Vitório Bortolini", "Hospital Oswaldo Cruz",
             "Santa Casa de Misericórdia", "Hospital Regional Dr. Tibério Nunes",
             "Clínica Jasmim Saúde", "Hospital Getúlio Vargas"]


def gw(p: "Person", m: str, f: str) -> str:
    return f if p.fem else m


class Person:
    def __init__(self, given: str, surnames: list[str], fem: bool, nick: str | None = None):
        self.given = given
        self.surnames = surnames
        self.fem = fem
        self.nick = nick

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def last(self) -> str:
        names = [s for s in self.surnames if s not in SUFFIXES]
        return names[-1]

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def inv(self) -> str:
        """'SURNAME, Given' as in spreadsheets and payroll exports."""
        return f"{self.last.upper()}, {self.given}"

    @property
    def called(self) -> str:
        """How colleagues call the person: nickname when there is one, else first name."""
        return self.nick or self.first

    @property
    def sr(self) -> str:
        return gw(self, "Sr.", "Sra.")

    @property
    def dr(self) -> str:
        return gw(self, "Dr.", "Dra.")


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

    def sample(self, seq, k: int):
        return self.rng.sample(seq, k)

    # ------------------------------------------------------------------ people
    def _surname(self, word: bool = False) -> str:
        r = self.rng.random()
        if word or r < 0.12:
            return self.pick(WORD_SUR)
        if r < 0.42:
            return self.pick(PT_SUR_RARE)
        return self.pick(PT_SUR)

    def person(self, fem: bool | None = None, origin: str | None = None, word: bool = False,
               nick: bool | None = None) -> Person:
        rng = self.rng
        if fem is None:
            fem = rng.random() < 0.5
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else rng.choice(sorted(FOREIGN))
        if origin == "pt":
            r = rng.random()
            if word or r < 0.1:
                given = rng.choice(WORD_F if fem else WORD_M)
            elif r < 0.45:
                given = rng.choice(PT_F_RARE if fem else PT_M_RARE)
            else:
                given = rng.choice(PT_F if fem else PT_M)
            k = rng.choice([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self._surname(word and not surnames)
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.3:
                i = rng.randrange(len(surnames))
                s = surnames[i]
                particle = PARTICLE_OF.get(s, "de")
                surnames.insert(i, particle)
            if not fem and rng.random() < 0.07:
                surnames.append(rng.choice(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "vn"):
                given = rng.choice(PT_F if fem else PT_M)
            else:
                given = rng.choice(fs if fem else ms)
            surnames = [rng.choice(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self._surname())
        p = Person(given, surnames, fem)
        if nick is None:
            nick = rng.random() < 0.12
        if nick:
            choices = [n for n, f in NICKS if f == fem]
            p.nick = rng.choice(choices)
        return p

    def relative(self, p: Person, fem: bool | None = None, child: bool = False) -> Person:
        """Spouse or child sharing the last surname."""
        q = self.person(fem=fem, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES]
        q.surnames = ([self._surname()] if child and self.chance(0.6) else []) + [own[-1]]
        if not child:
            q.surnames = [self._surname(), own[-1]] if self.chance(0.6) else [own[-1]]
        return q

    def people(self, n: int, **kw) -> list[Person]:
        out: list[Person] = []
        firsts: set[str] = set()
        while len(out) < n:
            p = self.person(**kw)
            if p.first not in firsts:
                firsts.add(p.first)
                out.append(p)
        return out

    # ------------------------------------------------------------------ identifiers
    def cpf(self, style: str | None = None) -> str:
        b = self.d(9)
        n = b + cpf_dv(b)
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if style == "dot" else n

    def bad11(self) -> str:
        while True:
            n = self.d(11)
            if not cpf_ok(n):
                return n

    def cnpj(self, alnum: bool = False, style: str = "dot") -> str:
        if alnum:
            chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
            b = "".join(self.pick(chars) for _ in range(8))
            while b.isdigit():
                b = "".join(self.pick(chars) for _ in range(8))
            b += self.pick(["0001", "0001", "".join(self.pick(chars) for _ in range(4))])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self) -> tuple[str, str]:
        k = self.rng.random()
        if k < 0.5:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return (f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if self.chance(0.8) else n), self.pick(["SSP/SP", "SSP-SP"])
        if k < 0.7:
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}", "SSP/MG"
        uf = self.pick(["PE", "CE", "BA", "RS", "PR", "RJ"])
        if uf == "RJ":
            return f"{self.d(2)}.{self.d(3)}.{self.d(3)}-{self.d(1)}", "DETRAN/RJ"
        n = str(self.ri(1000000, 9999999))
        org = {"PE": "SDS/PE", "CE": "SSPDS/CE", "BA": "SSP/BA", "RS": "SSP/RS", "PR": "SESP/PR"}[uf]
        return (f"{n[0]}.{n[1:4]}.{n[4:]}" if self.chance(0.5) else n), org

    def cnh(self) -> str:
        b = self.d(9)
        return b + cnh_dv(b)

    def pis(self) -> str:
        b = self.pick("12") + self.d(9)
        n = b + pis_dv(b)
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if self.chance(0.65) else n

    def titulo(self) -> str:
        b = self.d(8) + f"{self.ri(1, 28):02d}"
        n = b + titulo_dv(b)
        return f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.55) else n

    def cns(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if self.chance(0.6) else n

    def cep(self) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else n

    def phone(self, mobile: bool = True, style: str | None = None) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + self.d(8)) if mobile else (str(self.ri(2, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "dot", "raw"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "dot": f"({ddd}) {h}.{t}", "raw": f"{ddd}{local}", "wa": f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool | None = None) -> str:
        b = self.pick(["4", "5", "5", "6"])
        if b == "6":
            b = "6062" + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        if spaced is None:
            spaced = self.chance(0.75)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def pix(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        if old is None:
            old = self.chance(0.4)
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self) -> str:
        return self.d(4) if self.chance(0.7) else f"{self.d(4)}-{self.d(1)}"

    def account(self) -> str:
        n = self.d(self.ri(5, 9))
        return f"{n}-{self.pick('0123456789X')}" if self.chance(0.85) else n

    def ip(self) -> str:
        return (f"{self.pick([177, 179, 186, 187, 189, 191, 200, 201, 143, 170])}."
                f"{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}")

    def email(self, p: Person, domain: str | None = None) -> str:
        f = noacc(p.first).lower().replace("'", "").replace("-", "")
        l = noacc(p.last.split()[-1]).lower().replace("'", "").replace("-", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{f}.{l}{self.d(2)}", f"{l}.{f}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br", "live.com"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = noacc(p.first).lower().replace("'", "").replace("-", "")
        l = noacc(p.last.split()[-1]).lower().replace("'", "").replace("-", "")
        return f"{self.pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}.{l}'])}@{domain}"

    def address(self, caps: bool = False) -> str:
        s = self.pick(STREETS)
        r = self.rng.random()
        num = str(self.ri(12, 4980))
        if r < 0.35:
            num = f"nº {num}"
        elif r < 0.4:
            num = "s/n"
        comp = self.pick(["", "", "", f", apto {self.ri(11, 1804)}", f", ap. {self.ri(11, 904)} bl. {self.pick('ABCD')}",
                          f", casa {self.ri(1, 9)}", ", fundos", f", sala {self.ri(101, 1210)}",
                          f", lote {self.ri(1, 40)} quadra {self.ri(1, 30)}", f" - apto {self.ri(11, 304)}"])
        a = f"{s}, {num}{comp}"
        return noacc(a).upper() if caps else a

    def city(self):
        return self.pick(CITIES)

    def dob(self, lo: int = 1950, hi: int = 2004, fmt: str | None = None) -> str:
        y, m, dd = self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28)
        fmt = fmt or self.pick(["br", "br", "br", "br", "written", "short"])
        return {"br": f"{dd:02d}/{m:02d}/{y}", "written": f"{dd} de {MONTHS[m - 1]} de {y}",
                "iso": f"{y}-{m:02d}-{dd:02d}", "short": f"{dd}/{m}/{y}", "dash": f"{dd:02d}-{m:02d}-{y}"}[fmt]

    def date(self, year: int = 2025, fmt: str = "br") -> str:
        m, dd = self.ri(1, 12), self.ri(1, 28)
        return {"br": f"{dd:02d}/{m:02d}/{year}", "iso": f"{year}-{m:02d}-{dd:02d}",
                "written": f"{dd} de {MONTHS[m - 1]} de {year}", "short": f"{dd:02d}/{m:02d}/{str(year)[2:]}",
                "dm": f"{dd:02d}/{m:02d}"}[fmt]

    def dates(self, n: int, year: int = 2025, fmt: str = "br") -> list[str]:
        start = self.ri(0, 300)
        days = sorted(self.rng.sample(range(start, start + 40), n))
        out = []
        for x in days:
            m, dd = min(x // 28, 11) + 1, x % 28 + 1
            out.append({"br": f"{dd:02d}/{m:02d}/{year}", "short": f"{dd:02d}/{m:02d}/{str(year)[2:]}",
                        "iso": f"{year}-{m:02d}-{dd:02d}", "dm": f"{dd:02d}/{m:02d}"}[fmt])
        return out

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def hms_sorted(self, n: int) -> list[str]:
        secs = sorted(self.rng.sample(range(7 * 3600, 21 * 3600), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 50, hi: int = 25000, prefix: bool = True) -> str:
        v = self.ri(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return ("R$ " + s) if prefix else s

    def cnj(self) -> str:
        n, yr = self.d(7), self.pick(["2021", "2022", "2023", "2024", "2025"])
        j, tr, orig = self.pick(["5", "8", "8"]), f"{self.ri(1, 24):02d}", self.d(4)
        dv = 98 - int(n + yr + j + tr + orig + "00") % 97
        return f"{n}-{dv:02d}.{yr}.{j}.{tr}.{orig}"

    def protocol(self) -> str:
        k = self.rng.random()
        if k < 0.45:
            return self.bad11()
        if k < 0.75:
            return f"2025{self.d(8)}"
        return f"{self.pick(['2024', '2025'])}.{self.d(4)}.{self.d(6)}"

    def sku(self) -> str:
        return self.pick([f"SKU {self.d(7)}", f"{self.pick(['MJ', 'CB', 'SF', 'RK'])}-{self.d(4)}-{self.pick('ABCDEFPX')}",
                          f"EAN {self.pick(['789', '789', '790'])}{self.d(10)}", f"REF. {self.d(3)}.{self.d(3)}"])

    def matricula(self) -> str:
        return self.pick([self.d(6), f"{self.d(5)}-{self.d(1)}", f"F{self.d(5)}", f"00{self.d(4)}"])

    def council(self, kind: str, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 299999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {n}", f"OAB-{uf} {n}", f"OAB/{uf} {n}"])
        if kind == "CRM":
            return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM/{uf} nº {dotted}", f"CRM {uf} {n}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {self.ri(100000, 999999)}", f"COREN/{uf} {dotted}-ENF",
                              f"COREN-{uf} {self.ri(100000, 999999)}-TE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.ri(1000, 99999)}", f"CRP-{self.ri(1, 23):02d}/{self.ri(1000, 99999)}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {dotted}-D"])
        if kind == "CRO":
            return f"CRO-{uf} {self.ri(1000, 99999)}"
        if kind == "CRC":
            return f"CRC/{uf} 1{self.d(5)}/O-{self.d(1)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 299999)}-F"
        if kind == "CRN":
            return f"CRN-{self.ri(1, 10)} {self.ri(1000, 59999)}"
        raise KeyError(kind)


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")
OPTIONAL = re.compile(r"⟦(.*?)⟧", re.S)


class Doc:
    def __init__(self, g: Gen):
        self.g = g
        self.text = ""
        self.spans: list[dict] = []
        self.mute = False  # while True, text and spans are dropped (optional sections)

    def t(self, s: str) -> "Doc":
        if not self.mute:
            self.text += s
        return self

    def e(self, s: str, label: str) -> "Doc":
        if self.mute:
            return self
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def p(self, s: str) -> "Doc":
        return self.e(s, "PERSON")

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span.

        A segment between ⟦ and ⟧ is kept with probability 0.3 (so copies differ)."""
        if "⟦" in template:
            template = OPTIONAL.sub(lambda m: m.group(1) if self.g.chance(0.3) else "", template)
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


def P(s: str):
    return (s, "PERSON")


def L(s: str, label: str):
    return (s, label)


def cell(doc: Doc, s: str, width: int, label: str | None = None, sep: str = " | ") -> None:
    """Fixed-width cell of a pasted spreadsheet; the value is never cut."""
    if label:
        doc.e(s, label)
    else:
        doc.t(s)
    doc.t(" " * max(0, width - len(s)) + sep)


# =========================================================================== atendimento

TELCOS = ["Tavares & Brandão Telecom", "Conecta Leão Fibra", "NetRosa Internet", "Vale Branco Telecom",
          "Sinal Prudente Provedor"]


def at_zendesk(g: Gen) -> Doc:
    """Zendesk ticket history: public replies, internal notes, macros, status changes, CSAT."""
    doc = Doc(g)
    cli = g.person()
    holder = g.person(fem=True, nick=True, origin="pt")
    holder.surnames = [g._surname(), cli.last] if g.chance(0.5) else holder.surnames
    ag, n2, sup = g.people(3)
    tel = g.pick(TELCOS)
    dom = noacc(tel.split()[0]).lower().replace("&", "") + ".com.br"
    tk = g.ri(1200000, 9899999)
    dts = g.dates(4, fmt="br")
    hh = g.hms_sorted(7)
    doc.f("Ticket #«tk» — «subj»\nStatus: Resolvido · Prioridade: «pr» · Tipo: Problema · Canal: «ch»\n"
          "Solicitante: «cn» <«ce»> · Grupo: N2 Faturamento · Responsável: «an»\n"
          "Tags: «tags»\n" + "-" * 68 + "\n",
          tk=tk, subj=g.pick(["Cobrança em duplicidade após portabilidade", "Débito automático em dobro",
                              "Fatura debitada duas vezes", "Estorno de cobrança duplicada"]),
          pr=g.pick(["Alta", "Normal", "Urgente"]), ch=g.pick(["Web Widget", "E-mail", "WhatsApp", "Formulário"]),
          cn=P(cli.full), ce=L(g.email(cli), "EMAIL_ADDRESS"), an=P(ag.full),
          tags=g.pick(["duplicidade, portabilidade, rosa_pendente", "fatura, contestacao, ouvidoria_risco",
                       "debito_automatico, estorno", "duplicidade, vip"]))
    addr, (c, uf) = g.address(), g.city()
    doc.f("[«d1» «h1»] «cf» (solicitante) · resposta pública\n"
          "Boa tarde. Pela terceira vez estou escrevendo: a linha está no nome da minha mãe, «hf», "
          "mas quem paga sou eu. O CPF dela é «hcpf» e o meu «ccpf». Foram cobrados «m1» duas vezes no débito "
          "automático. Endereço da instalação: «addr», «c»/«uf», CEP «cep». Se precisar ligar: «ph».\n\n",
          d1=dts[0], h1=hh[0], cf=P(cli.full if g.chance(0.5) else cli.first), hf=P(holder.full),
          hcpf=L(g.cpf(), "BR_CPF"), ccpf=L(g.cpf(), "BR_CPF"), m1=g.money(89, 420), addr=L(addr, "ADDRESS"),
          c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"))
    doc.f("[«d1» «h2»] «af» · nota interna 🔒\n"
          "Conferi no Siebel: titular «hs»⟦ (a cliente chama de «hn»)⟧, contrato «ct», 2 débitos no mesmo dia "
          "(falha do lote do robo_cobranca). Protocolo ANATEL «pa». @«n2f» consegue o estorno? "
          "Não passei prazo pra cliente, seria prudente esperar o financeiro.\n\n",
          d1=dts[0], h2=hh[1], af=P(ag.full), hs=P(holder.short), hn=P(holder.nick), ct=g.d(9),
          pa=g.protocol(), n2f=P(noacc(n2.first).lower() if g.chance(0.5) else n2.first))
    doc.f("[«d2» «h3»] «an» aplicou a macro «mac»\n"
          "  Status: Aberto → Pendente · Grupo: N1 Atendimento → N2 Faturamento\n"
          "  Texto enviado: \"Olá, «cf»! Recebemos sua solicitação e o estorno de «m1» está em análise. "
          "Prazo: até 2 faturas. Atenciosamente, «asg» | Equipe de Relacionamento «tel»\"\n\n",
          d2=dts[1], h3=hh[2], an=P(ag.short), mac=g.pick(['"FAT-07 Estorno em análise"', '"[N2] Ressarcimento - padrão"']),
          cf=P(cli.first), m1=g.money(89, 420), asg=P(ag.first), tel=tel)
    doc.mute = g.chance(0.5)
    doc.f("[«d2» «h4»] «n2» · nota interna 🔒\nEstorno lançado no SAP (doc. «doc»), crédito na próxima fatura. "
          "⟦Obs.: valor volta no cartão só se a «hn» autorizar, ela é a titular. ⟧ ⟦Liguei no «hp», ninguém atendeu. ⟧"
          "Não dá pra fazer de graça a troca de titularidade sem a presença dela.\n\n",
          d2=dts[1], h4=hh[3], n2=P(n2.full), doc=f"{g.d(10)}", hn=P(holder.nick), hp=L(g.phone(), "PHONE_NUMBER"))
    doc.mute = False
    doc.f("[«d3» «h5»] SISTEMA (automação \"SLA 72h\") · Status: Pendente → Resolvido\n"
          "⟦[«d3» «h6»] «sup» (supervisão) · nota interna 🔒 revisado, ok. «agf», lembrar de marcar a tag correta.\n⟧"
          "[«d4» «h7»] Pesquisa de satisfação: ★★★★☆ — comentário do cliente: \"«cmt»\"\n",
          d3=dts[2], h5=hh[4], h6=hh[5], sup=P(sup.full), agf=P(ag.first), d4=dts[3], h7=hh[6],
          cmt=g.pick(["resolveram, mas demorou. a moça do chat foi educada", "ok", "nota 4 pq o estorno ainda não caiu",
                      "atendimento bom, sistema ruim"]))
    if g.chance(0.2):
        doc.f("\n--\n«an»\nAnalista de Relacionamento · «tel»\nSAC 0800 «s1» «s2» · ramal «r»\n",
              an=P(ag.full), tel=tel, s1=g.d(3), s2=g.d(4), r=g.d(4))
    return doc


STORES = ["Móveis Jasmim", "Colchões São Bento", "Casa Leão Decorações", "Rosa Planejados", "Estofados Prudente"]


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp Business chat export between a furniture store and a client (delivery)."""
    doc = Doc(g)
    store = g.pick(STORES)
    cli = g.person(nick=False)
    spouse = g.relative(cli, fem=not cli.fem)
    vend, mont = g.person(), g.person(fem=False)
    dd = g.dates(3, fmt="short")
    hh = g.hms_sorted(16)
    save_as = g.pick(["name", "phone", "phone", "nick"])
    suffix = g.pick([" Cliente Sofá", " (entrega)", " pedido"])
    cphone = g.phone(style="wa")
    h = iter(hh)

    def who(d: str) -> None:
        doc.t(f"[{d}, {next(h)}] ")

    def cli_tag() -> None:
        if save_as == "phone":
            doc.e(cphone, "PHONE_NUMBER")
        elif save_as == "name":
            doc.p(cli.first + " " + cli.last)
        else:
            doc.p(cli.first).t(suffix)
        doc.t(": ")

    doc.t(f"Conversa do WhatsApp com ")
    if save_as == "phone":
        doc.e(cphone, "PHONE_NUMBER")
    else:
        doc.p(cli.first + " " + cli.last) if save_as == "name" else doc.p(cli.first).t(suffix)
    doc.t("\n(exportado pela conta comercial " + store + ")\n\n")
    who(dd[0]); doc.t(f"{store}: As mensagens e ligações são protegidas com criptografia de ponta a ponta.\n")
    who(dd[0]); doc.f("«st»: Olá! Aqui é «vf», da «st» 😊 Seu pedido nº «ped» (guarda-roupa «sku», cor rosa "
                      "antique) foi faturado. Podemos confirmar os dados da entrega?\n", st=store, vf=P(vend.first),
                      ped=g.d(6), sku=g.sku())
    who(dd[0]); cli_tag(); doc.f("oi «vf» pode sim\n", vf=P(noacc(vend.first).lower()))
    who(dd[0]); cli_tag(); doc.f("«addr» «bai» cep «cep»\n", addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
                                 cep=L(g.cep(), "BR_CEP"))
    who(dd[0]); doc.f("«st»: Perfeito. Para a nota fiscal preciso do CPF do titular da compra.\n", st=store)
    who(dd[0]); cli_tag(); doc.f("«cpf» ta no meu nome mesmo. se eu nao estiver quem recebe é ⟦o meu marido, ⟧«sp» "
                                 "tel «sph»\n", cpf=L(g.cpf(), "BR_CPF"), sp=P(spouse.first if g.chance(0.5) else spouse.full),
                                 sph=L(g.phone(style=g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    who(dd[0]); doc.f("«st»: Anotado! A montagem fica com o «mf» (montador terceirizado, CNPJ «mc»). "
                      "Ele vai de Fiorino⟦ placa «pl»⟧.\n", st=store, mf=P(mont.nick or mont.first),
                      mc=L(g.cnpj(), "BR_CNPJ"), pl=L(g.plate(), "LICENSE_PLATE"))
    doc.mute = g.chance(0.5)
    who(dd[1]); cli_tag(); doc.t("bom dia, o restante do pagamento faço no pix? qual a chave\n")
    who(dd[1]); doc.f("«st»: Bom dia! Chave aleatória da loja: «pix» — valor restante «m». Pode mandar o comprovante aqui.\n",
                      st=store, pix=L(g.pix(), "PIX_KEY"), m=g.money(300, 4000))
    who(dd[1]); cli_tag(); doc.t("IMG-2025" + g.d(4) + "-WA00" + g.d(2) + ".jpg (arquivo anexado)\n")
    who(dd[1]); cli_tag(); doc.f("pronto⟦. paguei pela conta da minha sogra, «sg», ag «ag» cc «cc», ta no nome dela⟧\n",
                                 sg=P(g.person(fem=True).full), ag=L(g.agency(), "BANK_ACCOUNT"),
                                 cc=L(g.account(), "BANK_ACCOUNT"))
    doc.mute = False
    who(dd[2]); doc.f("«st»: «cf», o «mf» está a caminho, previsão 14h. ⟦Qualquer coisa o contato dele é «mph».⟧\n",
                      st=store, cf=P(cli.first), mf=P(mont.nick or mont.first), mph=L(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        who(dd[2]); cli_tag(); doc.t(g.pick(["ok obrigada", "blz", "certo, to em casa", "valeu 👍"]) + "\n")
    who(dd[2]); doc.f("«st»: Montagem concluída ✅ Garantia de 1 ano. Avalie nosso atendimento: foi uma vitória "
                      "entregar antes do prazo! Att. «vn» — Consultora de vendas\n", st=store, vn=P(vend.full))
    return doc


def at_condominio(g: Gen) -> Doc:
    """Building-management notices: moving permit, party guest list, garage complaint."""
    doc = Doc(g)
    cond = g.pick(["Condomínio Residencial Jasmim", "Edifício Prudente de Morais", "Condomínio Parque das Graças",
                   "Residencial Vitória Régia", "Edifício Dom Bento"])
    adm = g.pick(["Administradora Leão & Cordeiro", "Lopes Branco Administração de Condomínios", "Gestão Predial Quirino"])
    sind = g.person(fem=g.chance(0.6), nick=True)
    zel = g.person(fem=False, nick=True)
    mor = g.person()
    u1, u2 = g.ri(11, 24) * 10 + g.ri(1, 4), g.ri(11, 24) * 10 + g.ri(1, 4)
    doc.f("«cond» — «adm»\nCNPJ do condomínio: «cc»\nLIVRO DE OCORRÊNCIAS / COMUNICADOS — exportado do app "
          "em «d»\n\n", cond=cond, adm=adm, cc=L(g.cnpj(), "BR_CNPJ"), d=g.date())
    drop = g.pick(["move", "party", "garage", None])
    # moving permit
    doc.mute = drop == "move"
    movd = g.date()
    doc.f("1) AUTORIZAÇÃO DE MUDANÇA — unidade «u1»\nMorador(a): «mn» · CPF «mc»⟦ · RG «mr»⟧\n"
          "Data: «md», das 8h às 17h (usar elevador de serviço). Transportadora: «tr», CNPJ «tc», caminhão placa «pl». "
          "⟦Responsável no local: «rn», celular «rp».⟧\nDepósito caução: «dep» (pix ao condomínio).\n\n",
          u1=u1, mn=P(mor.full), mc=L(g.cpf(), "BR_CPF"), mr=(g.rg()[0], "BR_RG"),
          md=movd, tr=g.pick(["Mudanças Bento Express Ltda", "Transportes Rosa & Filhos", "Carreto do Tião ME"]),
          tc=L(g.cnpj(), "BR_CNPJ"), pl=L(g.plate(), "LICENSE_PLATE"), rn=P(g.person(fem=False).full),
          rp=L(g.phone(), "PHONE_NUMBER"), dep=g.money(200, 600))
    # party guest list
    doc.mute = drop == "party"
    host = g.person()
    doc.f("2) LISTA DE CONVIDADOS — salão de festas — unidade «u2» («hn»), «dt», 19h às 23h\n"
          "(portaria: conferir documento na entrada)\n", u2=u2, hn=P(host.short), dt=g.date())
    for i in range(g.ri(2, 4)):
        gp = g.person()
        doc.t(f"{i + 1:02d}. ")
        form = g.rng.random()
        if form < 0.6:
            doc.p(gp.full)
        elif form < 0.8:
            doc.p(gp.caps)
        else:
            doc.p(gp.first).t(" (" + g.pick(["filho", "filha", "sobrinho", "namorado da", "amiga da"]) + " ").p(
                host.first).t(")")
        r = g.rng.random()
        if r < 0.45:
            v, org = g.rg()
            doc.t(" — RG ").e(v, "BR_RG")
        elif r < 0.7:
            doc.t(" — CPF ").e(g.cpf(), "BR_CPF")
        elif r < 0.8:
            doc.t(" — menor, acompanhado")
        if g.chance(0.25):
            doc.t(" — carro ").e(g.plate(), "LICENSE_PLATE")
        doc.t("\n")
    doc.t("Obs.: decoração em rosa e branco autorizada, sem fita adesiva nas paredes.\n\n")
    # garage complaint
    doc.mute = drop == "garage"
    comp, acc = g.person(), g.person()
    doc.f("3) OCORRÊNCIA nº «oc» — garagem G«gg»\nRegistrada por «cn» (apto «u»): o veículo placa «pl» "
          "da unidade «u2» («an») está ocupando a vaga «vg» pela 4ª vez. Zelador «zn» fotografou às «h».\n"
          "Resposta da síndica(o) «sn»: notificação enviada por e-mail⟦ («ae»)⟧ e WhatsApp⟦ «ap»⟧. "
          "Reincidência gera multa de «mul» conforme art. 12 do Regimento.\n",
          oc=f"{g.d(3)}/2025", gg=g.ri(1, 3), cn=P(comp.full), u=g.ri(11, 24) * 10 + g.ri(1, 4),
          pl=L(g.plate(), "LICENSE_PLATE"), u2=u2, an=P(acc.short), vg=g.ri(1, 120), zn=P(zel.called),
          h=g.hm(), sn=P(sind.called if g.chance(0.5) else sind.full), ae=L(g.email(acc), "EMAIL_ADDRESS"),
          ap=L(g.phone(), "PHONE_NUMBER"), mul=g.money(150, 900))
    doc.mute = False
    doc.f("\n«sig»\nSíndic«o» — «cond»\n", sig=P(sind.full), o=gw(sind, "o", "a"), cond=cond)
    return doc


def at_glpi(g: Gen) -> Doc:
    """GLPI IT helpdesk ticket: accesses for a new employee, follow-ups and solution."""
    doc = Doc(g)
    emp, mgr, tec, tec2, rh = g.people(5)
    firm = g.pick(["Distribuidora Leão Branco S.A.", "Grupo Sobreira Alimentos", "Rosa Branca Cosméticos Ltda",
                   "Bortolini Autopeças", "Cerealista Vitória do Oeste"])
    dom = g.pick(["leaobranco.com.br", "gruposobreira.com.br", "rosabranca.ind.br", "bortolini.com.br", "cvitoria.agr.br"])
    tid = g.ri(10000, 99999)
    dts = g.dates(3)
    hh = g.hms_sorted(6)
    doc.f("GLPI · Chamado «tid» · Requisição · Categoria: Acessos > Colaborador novo\n"
          "Entidade: «firm» > Matriz · Status: Fechado · Urgência: Média · SLA: 2 dias úteis\n"
          "Requerente: «rn» (RH)⟦ · Observador: «mn»⟧ · Técnico atribuído: «tn» · Grupo: Service Desk N1\n\n",
          tid=tid, firm=firm, rn=P(rh.full), mn=P(mgr.full), tn=P(tec.full))
    doc.f("Descrição ([«d1» «h1»])\nFavor criar acessos para «en», admissão em «adm», cargo Assistente "
          "«cargo», matrícula «mat», centro de custo «cc». Dados para o crachá e o MFA:\n"
          "- CPF: «cpf»\n- Data de nascimento: «dob»\n- Celular pessoal (token SMS): «ph»\n"
          "⟦- E-mail pessoal (recuperação de senha): «em»\n⟧- Gestor imediato: «mn»\n"
          "Acessos: AD, e-mail, TOTVS (perfil FIN_CONSULTA), pasta \\\\srv-arq01\\Financeiro, VPN.\n\n",
          d1=dts[0], h1=hh[0], en=P(emp.full), adm=dts[1], cargo=g.pick(["Financeiro", "Fiscal", "de Compras", "Comercial"]),
          mat=g.matricula(), cc=g.d(5), cpf=L(g.cpf(), "BR_CPF"), dob=L(g.dob(1980, 2006), "DATE_OF_BIRTH"),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(emp), "EMAIL_ADDRESS"), mn=P(mgr.short))
    login = f"u{g.d(5)}"
    doc.f("Acompanhamento ([«d» «h»]) — «tf» [privado]\nConta AD criada: «lg» (padrão matrícula, não usar nome). "
          "Caixa «we» ativa. Perfil TOTVS depende de aprovação do gestor. Build da imagem 10.4.22.7 ok.\n\n",
          d=dts[1], h=hh[1], tf=P(tec.first), lg=login, we=L(g.work_email(emp, dom), "EMAIL_ADDRESS"))
    doc.f("Validação ([«d» «h»]) — «mn»: Aprovado. ⟦Só o «ef» não deve ter acesso à pasta da diretoria. ⟧\n\n",
          d=dts[1], h=hh[2], mn=P(mgr.full), ef=P(emp.first))
    doc.f("Acompanhamento ([«d» «h»]) — «t2» [público]\nOlá «ef», primeiro login feito às «hl» a partir do IP "
          "«ip» (VPN GlobalProtect, home office). Token cadastrado no celular final «fin». "
          "Usuário técnico glpi_cron fechará a tarefa automaticamente.\n\n",
          d=dts[2], h=hh[3], t2=P(tec2.full), ef=P(emp.first.lower() if g.chance(0.3) else emp.first),
          hl=hh[4], ip=L(g.ip(), "IP_ADDRESS"), fin=g.d(4))
    doc.f("Solução ([«d» «h»]) — «tf»\nAcessos entregues. ⟦Termo de responsabilidade assinado por «en». ⟧"
          "Notebook patrimônio «pat», serial «ser».\n⟦Pesquisa de satisfação enviada a «rn».\n⟧\n"
          "⟦«tn» | Analista de Suporte N1 | «firm» | Ramal «r» | Cel. corporativo «cp»\n⟧",
          d=dts[2], h=hh[5], tf=P(tec.first), en=P(emp.full), pat=g.d(6), ser=f"5CG{g.d(4)}{g.pick('XYZ')}{g.d(2)}",
          rn=P(rh.first), tn=P(tec.full), firm=firm, r=g.d(4), cp=L(g.phone(), "PHONE_NUMBER"))
    return doc


DISCLAIMER = [
    "AVISO LEGAL: Esta mensagem e seus anexos podem conter informações confidenciais ou privilegiadas. "
    "Se você não for o destinatário, fica notificado de que a leitura, cópia ou divulgação são proibidas; "
    "apague-a e avise o remetente. Tratamos dados pessoais conforme a Lei 13.709/2018 (LGPD).",
    "Esta mensagem é destinada exclusivamente ao(s) destinatário(s) e pode conter informação protegida por "
    "sigilo. Antes de imprimir, pense no meio ambiente. 🌱",
    "CONFIDENCIAL — Este e-mail foi enviado por um sistema monitorado. Opiniões aqui expressas são do "
    "remetente e não necessariamente da empresa.",
]


def hdr(doc: Doc, g: Gen, frm: Person, fe: str, to: list[tuple[Person | None, str]], subj: str,
        cc: list[tuple[Person, str]] | None = None, date: str | None = None) -> None:
    """Outlook-style header block ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:")."""
    doc.t("De: ").p(frm.full).t(" <").e(fe, "EMAIL_ADDRESS").t(">\n")
    dd, mm = g.ri(1, 28), g.ri(1, 12)
    doc.t(date or f"Enviada em: {g.pick(WEEKDAYS)}, {dd} de {MONTHS[mm - 1]} de 2025 {g.hm()}")
    doc.t("\nPara: ")
    for i, (p, e) in enumerate(to):
        if i:
            doc.t("; ")
        if p is None:
            doc.t(e)
        elif g.chance(0.5):
            doc.p(p.full)
        else:
            doc.p(p.full).t(" <").e(e, "EMAIL_ADDRESS").t(">")
    if cc:
        doc.t("\nCc: ")
        for i, (p, e) in enumerate(cc):
            if i:
                doc.t("; ")
            doc.p(p.full)
    doc.t(f"\nAssunto: {subj}\n\n")


def signature(doc: Doc, g: Gen, p: Person, role: str, firm: str, dom: str, long: bool = True) -> None:
    doc.t(g.pick(["Att.,\n", "Atenciosamente,\n", "Abs,\n", "Obrigad" + gw(p, "o", "a") + ",\n"]))
    doc.p(p.full if long else p.first).t("\n")
    if long:
        doc.t(f"{role}\n{firm}\n")
        doc.t("Tel.: ").e(g.phone(mobile=False), "PHONE_NUMBER")
        if g.chance(0.6):
            doc.t(" | Cel./WhatsApp: ").e(g.phone(), "PHONE_NUMBER")
        doc.t("\n").e(g.work_email(p, dom), "EMAIL_ADDRESS").t(f" | www.{dom}\n")
        doc.t(g.pick(DISCLAIMER) + "\n")


def at_fwd_email(g: Gen) -> Doc:
    """Forwarded e-mail chain from the store to the back office about a customer refund."""
    doc = Doc(g)
    firm, dom = g.pick([("Magazine Graça Aranha", "magazinegraca.com.br"), ("Eletro Bento Ltda", "eletrobento.com.br"),
                        ("Ótica Prudente", "oticaprudente.com.br"), ("Drogaria Rosa Branca", "drogariarosabranca.com.br")])
    loja, bo, fin, cli = g.person(), g.person(), g.person(), g.person()
    ger = g.person()
    ped = g.d(7)
    hdr(doc, g, bo, g.work_email(bo, dom), [(fin, g.work_email(fin, dom))],
        f"ENC: RES: Reembolso pedido {ped} — cliente {cli.caps}".replace(cli.caps, "\x00"),
        cc=[(ger, g.work_email(ger, dom))] if g.chance(0.3) else None)
    # subject contains the client's name: rebuild that line so the name is a span
    i = doc.text.rindex("\x00")
    doc.text = doc.text[:i]
    doc.p(cli.caps).t("\n\n")
    doc.f("«ff», bom dia.\nSegue o caso abaixo para estorno manual. Cliente já aguarda há 20 dias; "
          "o cartão informado pela loja é «card»⟦ (titular «hold»)⟧. Favor confirmar se o estorno sai no cartão "
          "ou por TED: banco 341, agência «ag», conta «cc», CPF «cpf».\n\n",
          ff=P(fin.first), card=L(g.card(), "CREDIT_CARD"), hold=P(cli.caps if g.chance(0.5) else cli.full),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), cpf=L(g.cpf(), "BR_CPF"))
    signature(doc, g, bo, "Analista de Backoffice — Pós-venda", firm, dom, long=g.chance(0.5))
    doc.mute = g.chance(0.5)
    doc.t("\n________________________________\n")
    hdr(doc, g, loja, g.work_email(loja, dom), [(bo, g.work_email(bo, dom)), (None, f"posvenda@{dom}")],
        f"RES: Reembolso pedido {ped}")
    doc.f("Oi «bf», a cliente voltou na loja hoje. Ela mora na «addr», CEP «cep», e pediu retorno pelo "
          "«ph»⟦ ou pelo e-mail «em»⟧. ⟦Vendedor foi o «vend» (já saiu da empresa). ⟧Nota fiscal «nf», "
          "produto «sku», valor «m».\n\n", bf=P(bo.first), addr=L(g.address(), "ADDRESS"),
          cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(cli), "EMAIL_ADDRESS"),
          vend=P(g.person(fem=False).called), nf=g.d(6), sku=g.sku(), m=g.money(200, 6000))
    signature(doc, g, loja, f"Gerente de Loja — Filial {g.pick(['Shopping', 'Centro', 'Av. Bento Gonçalves', 'Rua Prudente de Morais'])}",
              firm, dom, long=g.chance(0.25))
    doc.mute = False
    doc.t("\n-----Mensagem original-----\n")
    doc.t("De: ").p(cli.full).t(" [mailto:").e(g.email(cli), "EMAIL_ADDRESS").t("]\n")
    doc.f("Enviada em: «d»\nPara: sac@«dom»\nAssunto: quero meu dinheiro de volta\n\n"
          "Comprei dia «dc» e o produto veio quebrado.⟦ Meu CPF «cpf».⟧ Já liguei no 4004-«x» três vezes, "
          "protocolos «p1» e «p2». Não é de graça que vou ficar esperando.\n«cf»\n",
          d=g.date(fmt="written"), dom=dom, dc=g.date(fmt="dm"), cpf=L(g.cpf(), "BR_CPF"), x=g.d(4),
          p1=g.protocol(), p2=g.protocol(), cf=P(cli.first if g.chance(0.6) else cli.full))
    return doc


def at_rma_sheet(g: Gen) -> Doc:
    """Returns (RMA) spreadsheet pasted as text, with merged header rows."""
    doc = Doc(g)
    firm = g.pick(["Loja Virtual Bento & Cia", "Eletrônicos Leão", "RosaShop Marketplace", "Casa Jasmim Utilidades"])
    doc.f("CONTROLE DE TROCAS E DEVOLUÇÕES — «firm» — «mes»/2025\n", firm=firm,
          mes=g.pick(["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT"]))
    doc.t("\t\tCLIENTE\t\t\t\tPRODUTO\t\t\tLOGÍSTICA REVERSA\t\n")
    doc.t("RMA\tAbertura\tNome\tCPF\tTelefone\tCEP\tSKU\tNF\tMotivo\tPostagem\tResp.\tObs.\n")
    resp = g.people(3)
    for _ in range(3):
        c = g.person()
        doc.t(f"RMA-{g.d(6)}\t{g.date(fmt='short')}\t")
        form = g.rng.random()
        doc.p(c.caps if form < 0.35 else (c.full if form < 0.8 else c.inv)).t("\t")
        doc.e(g.cpf(), "BR_CPF").t("\t") if g.chance(0.85) else doc.t("pendente\t")
        doc.e(g.phone(style=g.pick(["par", "raw", "plain"])), "PHONE_NUMBER").t("\t")
        doc.e(g.cep(), "BR_CEP").t("\t")
        doc.t(f"{g.sku()}\t{g.d(6)}\t{g.pick(['avaria', 'arrependimento', 'defeito', 'cor errada (veio rosa)', 'incompleto'])}\t")
        doc.t(f"{g.pick(['Correios', 'Jadlog', 'Loggi', 'coleta'])} {g.pick(['OK', 'aguardando', 'extraviado'])}\t")
        r = g.pick(resp)
        doc.p(r.first if g.chance(0.7) else r.first.lower()).t("\t") if g.chance(0.7) else doc.t("\t")
        o = g.rng.random()
        if o < 0.25:
            other = g.person()
            doc.t("devolver p/ ").p(other.first if g.chance(0.5) else other.full).t(" (" + g.pick(["esposa", "filho", "mãe", "vizinho"]) + ")")
        elif o < 0.4:
            doc.t("estorno pix ").e(g.pix(), "PIX_KEY")
        elif o < 0.55:
            doc.t("ligar ").e(g.phone(), "PHONE_NUMBER")
        elif o < 0.7:
            doc.t(f"reincidente, protocolo {g.protocol()}")
        else:
            doc.t("-")
        doc.t("\n")
    doc.f("\nTOTAL\t\t\t\t\t\t\t\t\t\t«n» itens\nlegenda: campo em branco = não informado · aba atualizada por «who»\n",
          n=g.ri(3, 5), who=P(g.pick(resp).full))
    return doc


def at_jira(g: Gen) -> Doc:
    """Jira issue export: customer-support escalation with comments and change log."""
    doc = Doc(g)
    cli, rep, asg, dev, po = g.person(), g.person(), g.person(), g.person(), g.person()
    bank = g.pick(["Banco Leão Digital", "Carteira RosaPay", "Fintech Prudente Crédito", "App BentoCash"])
    key = f"SUP-{g.ri(1000, 9999)}"
    dts = g.dates(4, fmt="iso")
    doc.f("[«key»] App não reconhece biometria facial — cliente bloqueado\nCreated: «d1» «h1»  Updated: «d4» «h2»\n"
          "Status: Done\nProject: Suporte N3 («bank»)\nComponent/s: onboarding, antifraude\n"
          "Assignee: «an»\nReporter: «rn»\nLabels: lgpd_sensivel escalado_ouvidoria\n\nDescription:\n"
          "Cliente «cn», CPF «cpf», nascid«o» em «dob», não consegue concluir a prova de vida desde «d1». "
          "Dispositivo Android 13, IP da última sessão «ip». ⟦Telefone cadastrado «ph», e-mail «em». ⟧"
          "Já orientado a limpar cache (macro N1-12). ⟦Cliente diz que o nome na RFB é «cn2» (grafia antiga).⟧\n\n",
          key=key, d1=dts[0], h1=g.hm(), d4=dts[3], h2=g.hm(), bank=bank, an=P(asg.full), rn=P(rep.full),
          cn=P(cli.full), cpf=L(g.cpf(), "BR_CPF"), o=gw(cli, "o", "a"), dob=L(g.dob(1945, 2005), "DATE_OF_BIRTH"),
          ip=L(g.ip(), "IP_ADDRESS"), ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(cli), "EMAIL_ADDRESS"),
          cn2=P(noacc(cli.caps)))
    doc.t("Comments:\n")
    doc.f("«dn» — «d2» «h»\nLog do liveness: score 0.41 (<0.6). Segunda tentativa às «h2» do IP «ip2», outro estado. "
          "Pode ser conta de terceiro. @«af» bloquear preventivamente?\n\n",
          dn=P(dev.full), d2=dts[1], h=g.hm(), h2=g.hm(), ip2=L(g.ip(), "IP_ADDRESS"),
          af=P(asg.short))
    doc.f("«an» — «d2» «h»\nFalei com «cf» por telefone: confirmou as duas tentativas (estava viajando). "
          "Vou liberar via backoffice. Sem indício de fraude. Usuário jira-automation vai transicionar.\n\n",
          an=P(asg.short), d2=dts[1], h=g.hm(), cf=P(cli.first))
    doc.f("«pn» — «d3» «h»\nOk. Abrir bug para o time de visão computacional (pele negra / baixa luz: mesmo "
          "padrão do «k2»). Prioridade alta, não é prudente deixar para a sprint seguinte.\n\n",
          pn=P(po.full), d3=dts[2], h=g.hm(), k2=f"SUP-{g.ri(1000, 9999)}")
    doc.f("History:\n«d4» «h» «an» changed Status from \"In Progress\" to \"Done\"\n"
          "«d4» «h» jira-automation changed Resolution from \"Unresolved\" to \"Fixed\"\n"
          "⟦«d3» «h» «rn» changed Assignee from \"«dn»\" to \"«an2»\"\n⟧",
          d4=dts[3], h=g.hm(), an=P(asg.full), d3=dts[2], rn=P(rep.full), dn=P(dev.full), an2=P(asg.full))
    return doc


# =========================================================================== juridico


def qualify(doc: Doc, g: Gen, p: Person, *, caps: bool = False, dob: bool = False, rg: bool = True,
            addr: bool = True, job: str | None = None) -> None:
    """Qualification of a director or party: name, nationality, civil status, job, ids, address."""
    doc.p(p.caps if caps else p.full)
    civil = g.pick([gw(p, "casado", "casada"), gw(p, "solteiro", "solteira"), gw(p, "divorciado", "divorciada"),
                    "em união estável"])
    job = job or g.pick(["administrador" + gw(p, "", "a") + " de empresas", gw(p, "engenheiro", "engenheira"),
                         gw(p, "contador", "contadora"), "economista", gw(p, "advogado", "advogada"),
                         "empresári" + gw(p, "o", "a")])
    doc.t(f", {gw(p, 'brasileiro', 'brasileira')}, {civil}, {job}")
    if dob:
        doc.t(", nascid" + gw(p, "o", "a") + " em ").e(g.dob(1955, 1992), "DATE_OF_BIRTH")
    if rg and g.chance(0.6):
        v, org = g.rg()
        doc.t(", portador" + gw(p, "", "a") + " da Carteira de Identidade RG nº ").e(v, "BR_RG").t(f" {org}")
    doc.t(g.pick([", inscrit" + gw(p, "o", "a") + " no CPF/MF sob o nº ", ", CPF nº "])).e(g.cpf("dot"), "BR_CPF")
    if addr and g.chance(0.7):
        c, uf = g.city()
        doc.t(", residente e domiciliad" + gw(p, "o", "a") + " na ").e(g.address(), "ADDRESS")
        doc.t(f", {g.pick(BAIRROS)}, {c}/{uf}, CEP ").e(g.cep(), "BR_CEP")


def ju_board_minutes(g: Gen) -> Doc:
    """Board of directors' minutes electing officers (to be filed at the Junta Comercial)."""
    doc = Doc(g)
    firm = g.pick(["Indústria de Embalagens Bento & Leão S.A.", "Cordovil Participações S.A.",
                   "Frigorífico Vitória do Sul S.A.", "Tenório Logística S.A.", "Agropecuária Prudente S.A."])
    alnum = g.chance(0.3)
    mem = g.people(g.ri(3, 4))
    pres, sec = mem[0], mem[1]
    d = g.date(fmt="written")
    doc.f("«firm»\nCNPJ nº «cnpj» — NIRE «nire»\nCompanhia Fechada\n\n"
          "ATA DA REUNIÃO DO CONSELHO DE ADMINISTRAÇÃO REALIZADA EM «d»\n\n"
          "1. DATA, HORA E LOCAL: «d», às «h», na sede social, na «street», e por videoconferência (Teams).\n"
          "2. PRESENÇA: a totalidade dos membros do Conselho de Administração: ",
          firm=firm, cnpj=L(g.cnpj(alnum=alnum), "BR_CNPJ"), nire=g.d(11), d=d, h=g.hm(),
          street=g.pick(["Rodovia BR-116, km 402", "Av. Bento Gonçalves, s/n, Distrito Industrial",
                         "Rua Prudente de Morais, 1.500, galpão 3"]))
    for i, m in enumerate(mem):
        doc.t(", " if 0 < i < len(mem) - 1 else (" e " if i else "")).p(m.full if g.chance(0.7) else m.caps)
    doc.f(".\n3. MESA: Presidente: «pr»; Secretári«o»: «se».\n"
          "4. ORDEM DO DIA: (i) eleição da Diretoria para o mandato 2025-2027; (ii) fixação de honorários; "
          "(iii) abertura de filial em «cty».\n5. DELIBERAÇÕES: por unanimidade, os conselheiros:\n"
          "(i) elegeram para o cargo de Diretor(a) Presidente ", pr=P(pres.full), o=gw(sec, "o", "a"),
          se=P(sec.full), cty=g.pick(["Presidente Prudente/SP", "Bento Gonçalves/RS", "Rio Branco/AC", "Vitória/ES"]))
    d1, d2 = g.person(), g.person()
    qualify(doc, g, d1, caps=True, dob=g.chance(0.4))
    doc.mute = g.chance(0.5)
    doc.t("; e para o cargo de Diretor(a) Financeiro(a) ")
    qualify(doc, g, d2, caps=True, dob=g.chance(0.3))
    doc.mute = False
    doc.f(". Os diretores ora eleitos declaram, sob as penas da lei, que não estão impedidos de exercer a "
          "administração (art. 147 da Lei 6.404/76), e tomam posse mediante termo lavrado em livro próprio;\n"
          "(ii) fixaram a remuneração global anual de «m»;\n(iii) aprovaram a filial, sem capital destacado. "
          "⟦Registra-se que o conselheiro «x» absteve-se do item (ii) e que a sugestão do conselheiro «y» de adiar "
          "a votação não foi considerada prudente.⟧\n6. ENCERRAMENTO: nada mais havendo, lavrou-se esta ata, que "
          "lida e achada conforme, foi assinada por todos.\n\n",
          m=g.money(900000, 4800000), x=P(mem[2].short), y=P(mem[-1].last))
    if g.chance(0.5):
        doc.t("Mesa: ").p(pres.full).t(" – Presidente; ").p(sec.full).t(" – Secretári" + gw(sec, "o", "a") + "\n")
    if g.chance(0.4):
        doc.t("Conselheiros: ")
        for i, m in enumerate(mem):
            doc.t(" / " if i else "").p(m.caps)
        doc.t("\n")
    doc.t("Advogado responsável pelo visto: ").p(g.person().full).t(" – ").e(g.council("OAB"), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def ju_cipa(g: Gen) -> Doc:
    """CIPA ordinary meeting minutes: members present, accident analysis, SIPAT plan."""
    doc = Doc(g)
    firm = g.pick(["Têxtil Rosa Branca Ltda", "Metalúrgica Gadelha & Filhos", "Laticínios São Bento Ltda",
                   "Cerâmica Leão do Norte", "Frigorífico Jasmim"])
    mem = g.people(8)
    vic, wit = g.person(), g.person(nick=True)
    eng, med = g.person(), g.person()
    doc.f("ATA DA «n»ª REUNIÃO ORDINÁRIA DA CIPA — GESTÃO 2025/2026\n«firm» — CNPJ «cnpj» — Unidade «un»\n\n"
          "Aos «d», às «h», na sala de treinamento, reuniram-se os membros da Comissão Interna de Prevenção de "
          "Acidentes e de Assédio:\n",
          n=g.ri(2, 11), firm=firm, cnpj=L(g.cnpj(), "BR_CNPJ"), un=g.pick(["Fábrica 2", "Matriz", "CD Leão"]),
          d=g.date(fmt="written"), h=g.hm())
    roles = ["Presidente (indicado pelo empregador)", "Vice-presidente (eleito)", "Secretári{o}",
             "Titular eleito", "Titular eleito", "Suplente", "Titular indicado", "Suplente"]
    for m, r in zip(mem[:g.ri(3, 5)], roles):
        doc.t("- ")
        doc.p(m.full if g.chance(0.6) else m.caps)
        if m.nick and g.chance(0.6):
            doc.t(" (").p(m.nick).t(")")
        doc.t(f" — {r.format(o=gw(m, 'o', 'a'))}, matrícula {g.matricula()}\n")
    doc.f("Convidados: Eng. «en», «crea» (SESMT)⟦, e «dr» «mn», médic«o» do trabalho, «crm»⟧.\n\n"
          "PAUTA 1 — Análise do acidente de «dt» (CAT nº «cat»): «vn», operador«a» de empilhadeira, sofreu "
          "entorse no tornozelo (CID «cid») ao descer da máquina de placa interna «pi». Testemunha: «wn»"
          "⟦ (conhecido como «wk»)⟧. Causa provável: piso molhado próximo à câmara fria. "
          "⟦«ve» está afastad«a2» por «dias» dias. ⟧Ação: faixa antiderrapante até «prazo», responsável «r1».\n\n",
          en=P(eng.full), crea=L(g.council("CREA"), "PROFESSIONAL_ID"), dr=med.dr, mn=P(med.full),
          o=gw(med, "o", "a"), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), dt=g.date(), cat=f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}/00{g.d(1)}",
          vn=P(vic.full), a=gw(vic, "", "a"), cid=g.pick(["S93.4", "S93.6", "T14.3"]), pi=f"EMP-{g.d(2)}",
          wn=P(wit.full), wk=P(wit.nick or wit.first), ve=P(vic.first), a2=gw(vic, "o", "a"), dias=g.ri(3, 15),
          prazo=g.date(fmt="dm"), r1=P(mem[0].short))
    doc.f("PAUTA 2 — SIPAT: palestra \"Outubro Rosa e Novembro Azul\"⟦ com a enfermeira «nn», «coren»⟧; "
          "ginástica laboral⟦ com «ed»⟧. Orçamento: «m». ⟦O membro «x» sugeriu incluir o tema assédio; aprovado.⟧\n"
          "PAUTA 3 — Mapa de riscos do setor de embalagem atualizado⟦ por «y»⟧; ruído acima de 85 dB(A) na linha 3.\n\n"
          "Nada mais havendo, «sec» lavrou a presente ata. Próxima reunião: «prox».\n\nAssinaturas:\n",
          nn=P(g.person(fem=True).full), coren=L(g.council("COREN"), "PROFESSIONAL_ID"),
          ed=P(g.person().full), m=g.money(800, 6000), x=P(mem[3].first), y=P(mem[4].short),
          sec=P(mem[2].full), prox=g.date(fmt="dm"))
    for m in mem[:g.pick([0, 2, 3])]:
        doc.t("______________________ ").p(m.caps).t("\n")
    return doc


def ju_preposto(g: Gen) -> Doc:
    """E-mails between in-house legal and outside counsel, with the preposto letter."""
    doc = Doc(g)
    firm, dom = g.pick([("Supermercados Vitória Régia Ltda", "svregia.com.br"), ("Transportadora Arcoverde Ltda", "arcoverde.log.br"),
                        ("Call Center Leão Serviços", "leaoservicos.com.br"), ("Hotel Jasmim Palace", "jasminpalace.com.br")])
    law_dom, law_name = g.pick([("bandeira-sarmento.adv.br", "Bandeira & Sarmento Advogados"),
                                ("tenorioadvogados.com.br", "Tenório Advogados Associados"),
                                ("quirinoemourao.adv.br", "Quirino e Mourão Sociedade de Advogados")])
    jur, adv, est, prep, rec, radv = g.person(), g.person(), g.person(), g.person(), g.person(), g.person()
    cnj = g.cnj()
    hdr(doc, g, adv, g.work_email(adv, law_dom), [(jur, g.work_email(jur, dom))],
        f"RES: Audiência UNA — ATOrd {cnj} — carta de preposição",
        cc=[(est, g.work_email(est, law_dom))] if g.chance(0.5) else None)
    doc.f("Prezad«o» «jf»,\n\nA audiência UNA foi mantida para «dh», na «vara». Precisamos da carta de "
          "preposição assinada até a véspera. Sugestão de preposto: «pf», que era supervisor«a» direto do reclamante "
          "«rn». ⟦O advogado do reclamante, «radv» («oab2»), já sinalizou proposta de acordo em «m1».⟧\n"
          "⟦Favor também enviar ficha de registro, cartões de ponto e recibos de férias de «rf».\n⟧\n",
          o=gw(jur, "o", "a"), jf=P(jur.first), dh=f"{g.date()} às {g.hm()}",
          vara=f"{g.ri(1, 89)}ª Vara do Trabalho de {g.pick(['São Paulo', 'Campinas', 'Salvador', 'Cuiabá', 'Natal'])}",
          pf=P(prep.full), a=gw(prep, "", "a"), rn=P(rec.full), radv=P(radv.full),
          oab2=L(g.council("OAB"), "PROFESSIONAL_ID"), m1=g.money(8000, 90000), rf=P(rec.first))
    doc.t("Atenciosamente,\n").p(adv.full).t(" | ").e(g.council("OAB"), "PROFESSIONAL_ID")
    doc.t("\nSóci" + gw(adv, "o", "a") + " — " + law_name + "\n")
    doc.t("T ").e(g.phone(mobile=False), "PHONE_NUMBER").t("\n" + g.pick(DISCLAIMER) + "\n\n")
    doc.t("> De: ").p(jur.full).t("\n> Enviada em: " + g.date(fmt="written") + "\n> Para: ").p(adv.full) if g.chance(0.4) else None
    doc.f("\n> Assunto: Audiência UNA — ATOrd «cnj»\n> Dr«x», a reclamação é do ex-empregado «rc», CPF «cpf», "
          "admitido em «adm» e dispensado sem justa causa. ⟦O «pk» (gerente) pode ir como preposto? Ele tem "
          "agenda livre.⟧\n\n", cnj=cnj, x=gw(adv, ".", "a."), rc=P(rec.caps), cpf=L(g.cpf(), "BR_CPF"),
          adm=g.date(2019), pk=P(g.person(fem=False, nick=True).called))
    doc.f("ANEXO — CARTA DE PREPOSIÇÃO\n\nExcelentíssimo(a) Senhor(a) Juiz(a) da «vara»\nProcesso nº «cnj»\n"
          "Reclamante: «rn»\nReclamada: «firm»\n\n«firm», inscrita no CNPJ sob o nº «cnpj», por seu representante "
          "legal, credencia como preposto«a» ", vara=f"{g.ri(1, 89)}ª Vara do Trabalho", cnj=cnj,
          rn=P(rec.caps), firm=firm, cnpj=L(g.cnpj(), "BR_CNPJ"), a=gw(prep, "", "(a)"))
    doc.p(prep.caps)
    v, org = g.rg()
    doc.f(", empregad«o» da empresa, ⟦RG «rg» «org», ⟧CPF «cpf», CTPS «ctps» série «s», com poderes para "
          "representá-la na audiência, podendo confessar, transigir e firmar acordo.\n\n«cty», «d».\n\n"
          "«dir»\nDiretor(a) — «firm»\n", o=gw(prep, "o", "a"), rg=L(v, "BR_RG"), org=org, cpf=L(g.cpf(), "BR_CPF"),
          ctps=g.d(7), s=g.d(4), cty=g.city()[0], d=g.date(fmt="written"), dir=P(g.person().full), firm=firm)
    return doc


def ju_dsar(g: Gen) -> Doc:
    """DPO register of data-subject (LGPD art. 18) requests, one case in detail."""
    doc = Doc(g)
    firm = g.pick(["Rede de Farmácias Graça & Saúde", "Academia Leão Fitness", "Clube de Vantagens RosaClub",
                   "Escola de Idiomas Vitória", "Imobiliária Bento Prudente"])
    dpo, ana, tit, third = g.person(), g.person(), g.person(), g.person()
    rid = f"DSAR-2025-{g.d(4)}"
    doc.f("REGISTRO DE REQUISIÇÕES DE TITULARES (art. 18 LGPD) — «firm»\nEncarregad«o» (DPO): «dpo» — canal: "
          "privacidade@«dom» (caixa compartilhada)\n\n", firm=firm, o=gw(dpo, "o", "a"), dpo=P(dpo.full),
          dom=noacc(firm.split()[-1]).lower() + ".com.br")
    doc.t("ID | Recebido | Titular | Tipo | Prazo | Situação | Analista\n")
    ids = []
    for _ in range(g.ri(2, 3)):
        p = g.person()
        ids.append(p)
        doc.t(f"DSAR-2025-{g.d(4)} | {g.date(fmt='short')} | ")
        doc.p(p.full if g.chance(0.7) else p.caps)
        doc.t(f" | {g.pick(['acesso', 'eliminação', 'correção', 'portabilidade', 'revogação de consentimento'])} | "
              f"15 dias | {g.pick(['respondida', 'em análise', 'aguardando documento', 'negada (terceiro)'])} | ")
        doc.p(g.pick([ana.first, ana.short, dpo.first])).t("\n") if g.chance(0.5) else doc.t("—\n")
    doc.f("\nDETALHE «rid» — titular: «tn»\nSolicitação (via formulário, IP «ip»): \"quero saber todos os dados que "
          "vocês têm sobre mim e apagar o que não for obrigatório\".\nVerificação de identidade: CPF «cpf» + data de "
          "nascimento «dob» + selfie com documento (CNH nº «cnh»). OK em «dv».\n"
          "Sistemas consultados: CRM (cadastro), ERP (notas fiscais — manter 5 anos), app (logs de acesso), "
          "câmeras (retenção 30 dias).\nDados localizados: endereço «addr», CEP «cep»; telefones «p1»⟦ e «p2»⟧; "
          "e-mail «em»; histórico de compras; ⟦cartão tokenizado final «fin»; ⟧consentimento de marketing de «dc».\n",
          rid=rid, tn=P(tit.full), ip=L(g.ip(), "IP_ADDRESS"), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob(1950, 2005), "DATE_OF_BIRTH"), cnh=L(g.cnh(), "BR_CNH"), dv=g.date(),
          addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), p1=L(g.phone(), "PHONE_NUMBER"),
          p2=L(g.phone(mobile=False), "PHONE_NUMBER"), em=L(g.email(tit), "EMAIL_ADDRESS"), fin=g.d(4),
          dc=g.date(2023))
    doc.f("Ocorrência: em «d», «th» ligou dizendo ser «rel» de «tf» e pediu cópia do cadastro — negado "
          "(terceiro sem procuração). «af» registrou a tentativa.\nResposta enviada em «dr» por «an»; eliminação "
          "parcial executada pelo usuário rpa_beneficios; dados fiscais mantidos (art. 16, I). Nenhum custo: o "
          "atendimento à requisição é de graça, como manda o § 5º do art. 18.\n",
          d=g.date(), th=P(third.full), rel=g.pick(["ex-companheiro", "irmão", "advogado", "cunhada"]),
          tf=P(tit.first), af=P(ana.first), dr=g.date(), an=P(ana.full))
    return doc


def ju_school_custody(g: Gen) -> Doc:
    """School secretary's record of a custody decision and of who may collect the pupil."""
    doc = Doc(g)
    school = g.pick(["Colégio Santa Rosa de Lima", "Escola Municipal Prof. Bento Quirino", "Colégio Leão XIII",
                     "Escola Estadual Dr. Prudente de Morais", "Centro Educacional Jasmim"])
    mom = g.person(fem=True)
    dad = g.person(fem=False)
    kid = g.person(fem=g.chance(0.5), origin="pt")
    kid.surnames = [mom.last, dad.last] if mom.last != dad.last else [dad.last]
    coord, sec = g.person(fem=True), g.person()
    doc.f("«school» — SECRETARIA ESCOLAR\nFICHA DE OCORRÊNCIA JURÍDICA / AUTORIZAÇÃO DE SAÍDA — ano letivo 2025\n\n"
          "Alun«o»: «kn» — «turma» — RA «ra»\nData de nascimento: «dob»\n⟦Cartão SUS: «cns»\n⟧\n",
          school=school, o=gw(kid, "o", "a"), kn=P(kid.full), turma=g.pick(["3º ano B", "5º ano A", "Infantil V", "7º ano C"]),
          ra=f"{g.d(9)}-{g.d(1)}", dob=L(g.dob(2012, 2020), "DATE_OF_BIRTH"), cns=L(g.cns(), "BR_CNS"))
    doc.f("Responsáveis:\n- Mãe: «mn»⟦, CPF «mc»⟧, tel. «mp»⟦, e-mail «me»⟧\n- Pai: «dn»⟦, CPF «dc»⟧⟦, tel. «dp»⟧\n\n",
          mn=P(mom.full), mc=L(g.cpf(), "BR_CPF"), mp=L(g.phone(), "PHONE_NUMBER"), me=L(g.email(mom), "EMAIL_ADDRESS"),
          dn=P(dad.full), dc=L(g.cpf(), "BR_CPF"), dp=L(g.phone(), "PHONE_NUMBER"))
    doc.f("Documento apresentado em «d» pela mãe: decisão liminar nos autos nº «cnj» («vara»), que fixa a guarda "
          "unilateral materna e MEDIDA PROTETIVA de afastamento (Lei 11.340/06) em desfavor de «dn2». "
          "O pai NÃO está autorizado a retirar «kf» nem a permanecer na porta da escola. Em caso de aparecimento, "
          "acionar a direção e a PM (190)⟦ e avisar a advogada da mãe, «an», «oab», cel. «ap»⟧.\n\n"
          "Pessoas autorizadas a buscar:\n",
          d=g.date(), cnj=g.cnj(), vara=g.pick(["Vara de Violência Doméstica", "2ª Vara de Família", "Vara Única"]),
          dn2=P(dad.full), kf=P(kid.first), an=P(g.person(fem=True).full), oab=L(g.council("OAB"), "PROFESSIONAL_ID"),
          ap=L(g.phone(), "PHONE_NUMBER"))
    auth = [(g.person(fem=True, nick=True), "avó materna"), (g.relative(mom), "tio(a)"), (g.person(), "transporte escolar")]
    auth = [a for a in auth if a[1] == "avó materna" or g.chance(0.5)]
    for p, rel in auth:
        doc.t("  • ")
        if rel == "avó materna" and p.nick:
            doc.t("Dona ").p(p.nick).t(" (").p(p.full).t(")")
        else:
            doc.p(p.full)
        v, org = g.rg()
        doc.f(" — «rel»⟦ — RG «rg»⟧ — «ph»", rel=rel, rg=L(v, "BR_RG"), ph=L(g.phone(), "PHONE_NUMBER"))
        if rel == "transporte escolar":
            doc.t(" — van placa ").e(g.plate(), "LICENSE_PLATE")
        doc.t("\n")
    doc.f("\nObservação da coordenação: a criança ficou abalada⟦; «kf» tem acompanhamento com a psicóloga "
          "«pn», «crp»⟧. Cópia da decisão arquivada em envelope lacrado, acesso restrito à direção.\n"
          "Registrado por: «sn» (secretaria)⟦ — conferido por «cn», coordenação pedagógica⟧.\n",
          cf=P(coord.first), kf=P(kid.first), pn=P(g.person(fem=True).full), crp=L(g.council("CRP"), "PROFESSIONAL_ID"),
          sn=P(sec.full), cn=P(coord.full))
    return doc


def ju_payroll_garnish(g: Gen) -> Doc:
    """HR handling of a court order for child-support deduction from payroll."""
    doc = Doc(g)
    firm = g.pick(["Construtora Valadão & Leão Ltda", "Hospital Dr. Aristides Leão (mantenedora)",
                   "Atacadão Bento Distribuidora", "Indústria Química Rosa do Vale"])
    emp = g.person(fem=False) if g.chance(0.75) else g.person(fem=True)
    rep = g.person(fem=not emp.fem)
    kids = [g.relative(emp, child=True) for _ in range(g.ri(1, 2))]
    rh, chief = g.person(), g.person()
    cnj = g.cnj()
    doc.f("RH / DEPARTAMENTO PESSOAL — «firm»\nPROCESSAMENTO DE OFÍCIO JUDICIAL Nº «of»\n\n"
          "Origem: «vara» — Processo «cnj» (Alimentos)\nRecebido em: «d» (malote digital) · Prazo p/ resposta: 10 dias\n\n"
          "Empregad«o» (alimentante): «en» — matrícula «mat» — CPF «ecpf» — PIS «pis»\n"
          "Cargo: «cargo» · Salário base: «sal»\n\n",
          firm=firm, of=f"{g.d(4)}/2025", vara=f"{g.ri(1, 12)}ª Vara de Família de {g.city()[0]}", cnj=cnj, d=g.date(),
          o=gw(emp, "o", "a"), en=P(emp.full), mat=g.matricula(), ecpf=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"),
          cargo=g.pick(["Motorista", "Auxiliar de produção", "Técnico de manutenção", "Operador de caixa"]),
          sal=g.money(1600, 7500))
    doc.t("Determinação: descontar 30% dos rendimentos líquidos (incluindo 13º e férias, excluídos FGTS e PLR) em favor de:\n")
    for k in kids:
        doc.t("  - ").p(k.full).t(", nascid" + gw(k, "o", "a") + " em ").e(g.dob(2008, 2022), "DATE_OF_BIRTH")
        if g.chance(0.5):
            doc.t(", CPF ").e(g.cpf(), "BR_CPF")
        doc.t("\n")
    doc.f("representad«o»s por sua genitor«a» «rn», CPF «rc».\nDepósito: Banco do Brasil, agência «ag», "
          "conta poupança «cc», titular «rn2».\n\nAnotações do DP:\n"
          "- «d1» «rf»: cadastrada verba 9120 \"Pensão alimentícia judicial\" no sys_folha; competência «comp».\n"
          "- «d2» «rf»: empregado pediu explicação, atendido na sala do RH por «chf»; informado que não cabe ao RH "
          "discutir o valor. Ele disse que vai procurar o advogado, Dr. «ladv».\n"
          "- «d3» «chf2»: resposta ao juízo enviada (ofício «ofr»), com contracheque anexo.⟦ Cuidado: "
          "não confundir com o outro empregado homônimo, «hom», de «cty2».⟧\n",
          o=gw(rep, "o", "a"), a=gw(rep, "", "a"), rn=P(rep.full), rc=L(g.cpf(), "BR_CPF"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), rn2=P(rep.caps),
          d1=g.date(fmt="dm"), rf=P(rh.first), comp=g.pick(["05/2025", "06/2025", "09/2025"]), d2=g.date(fmt="dm"),
          chf=P(chief.full), ladv=P(g.person().last), d3=g.date(fmt="dm"), chf2=P(chief.short),
          ofr=f"RH-{g.d(3)}/2025", hom=P(emp.given + " " + g._surname()), cty2=g.pick(["Presidente Prudente", "Bento Gonçalves", "Rio Branco"]))
    return doc


def ju_litigation_sheet(g: Gen) -> Doc:
    """Litigation spreadsheet pasted as text (merged header rows)."""
    doc = Doc(g)
    firm = g.pick(["Varejo Leão Branco S.A.", "Rosa & Bento Serviços Ltda", "Telemarketing Prudente Ltda"])
    doc.f("CONTENCIOSO TRABALHISTA E CÍVEL — «firm» — posição «d»\n", firm=firm, d=g.date())
    doc.t("\t\tPARTE CONTRÁRIA\t\tPATRONO ADVERSO\t\tRISCO\t\tCONDUÇÃO\t\n")
    doc.t("Nº CNJ\tTipo\tNome\tCPF\tAdvogado\tOAB\tProb.\tValor\tPreposto\tResp. interno\n")
    offs = g.people(3)
    for _ in range(3):
        plaintiff, lawyer, prep = g.person(), g.person(), g.person()
        doc.t(f"{g.cnj()}\t{g.pick(['RT', 'JEC', 'Cível', 'RT', 'Consumidor'])}\t")
        doc.p(plaintiff.caps if g.chance(0.6) else plaintiff.full).t("\t")
        doc.e(g.cpf(), "BR_CPF").t("\t") if g.chance(0.8) else doc.t("—\t")
        doc.p(lawyer.full if g.chance(0.6) else f"{lawyer.first[0]}. {lawyer.last}").t("\t")
        doc.e(g.council("OAB"), "PROFESSIONAL_ID").t("\t")
        doc.t(f"{g.pick(['provável', 'possível', 'remota'])}\t{g.money(3000, 400000, prefix=False)}\t")
        if g.chance(0.5):
            doc.p(prep.called).t("\t")
        else:
            doc.t("a definir\t")
        doc.p(g.pick(offs).first).t("\n") if g.chance(0.5) else doc.t("\n")
    doc.f("\nNotas: (1) o reclamante «x» também move ação cível (dano moral) — ver aba 2. (2) acordos acima de «m» "
          "precisam de aprovação da «y». (3) células em branco = sem informação do escritório "
          "«esc» Advogados.\n", x=P(g.person().short), m=g.money(20000, 80000), y=P(g.pick(offs).full),
          esc=g.pick(["Bandeira & Sarmento", "Tenório Mourão", "Leão Branco"]))
    return doc


# =========================================================================== saude


def sa_sicknotes(g: Gen) -> Doc:
    """HR register of sick notes (atestados) for a month, with the checker's notes."""
    doc = Doc(g)
    firm = g.pick(["Atacadista Prudente", "Call Center Jasmim", "Frigorífico Bento", "Rede Leão de Supermercados"])
    chk, ger = g.person(), g.person()
    doc.f("CONTROLE DE ATESTADOS MÉDICOS — «firm» — competência «comp»\nConferência: «cn» (DP) · "
          "uso restrito RH/SESMT\n\n", firm=firm, comp=g.pick(["03/2025", "07/2025", "10/2025"]), cn=P(chk.full))
    doc.t("Matr.\tColaborador\tEntrega\tDias\tCID\tEmitente\tRegistro\tStatus\n")
    emps = []
    for _ in range(g.ri(3, 4)):
        e, doc_p = g.person(), g.person()
        emps.append(e)
        doc.t(f"{g.matricula()}\t")
        doc.p(e.caps if g.chance(0.4) else e.full).t(f"\t{g.date(fmt='short')}\t{g.ri(1, 15)}\t")
        doc.t(g.pick(CIDS + ["não informado", "—"]) + "\t")
        if g.chance(0.6):
            doc.t(doc_p.dr + " ").p(doc_p.full if g.chance(0.5) else doc_p.short).t("\t")
            doc.e(g.council(g.pick(["CRM", "CRM", "CRM", "CRO"])), "PROFESSIONAL_ID").t("\t")
        else:
            doc.t(g.pick(HOSPITALS) + "\tilegível\t")
        doc.t(g.pick(["abonado", "abonado", "abonado", "> 15 dias: encaminhar INSS", "pendente original",
                      "recusado (rasura)"]) + "\n")
    e1, e2, e3 = g.sample(emps, 3)
    dr = g.person()
    doc.f("\nNotas da conferência:\n"
          "1. Atestado de «e1» emitido pela Clínica Jasmim Saúde com carimbo de «drn» («crm»); liguei na clínica "
          "(«cph») e confirmaram o atendimento. OK.\n"
          "2. «e2f» entregou 3 atestados seguidos de 5 dias (CID F41.1). Soma > 15 dias no período de 60 → "
          "agendar perícia INSS; NB anterior «nb».⟦ Conversar com a gestora «gn» com cuidado, é tema sensível.⟧\n"
          "⟦3. Atestado de acompanhamento: «e3» acompanhou o filho «kid» (nasc. «kdob») no «hosp». Declaração de "
          "horas, não atestado — abonar só as horas.\n⟧"
          "⟦4. Não consta CPF do médico no atestado de «e4» — não é exigência, mas vale conferir no portal do CFM.\n⟧",
          e1=P(e1.full), drn=P(dr.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), cph=L(g.phone(mobile=False), "PHONE_NUMBER"),
          e2f=P(e2.first), nb=f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", gn=P(ger.called), e3=P(e3.short),
          kid=P(g.relative(e3, child=True).first), kdob=L(g.dob(2010, 2023), "DATE_OF_BIRTH"), hosp=g.pick(HOSPITALS),
          e4=P(g.pick(emps).first))
    return doc


def sa_dependants(g: Gen) -> Doc:
    """Health-plan dependants inclusion form filled in by HR."""
    doc = Doc(g)
    plan = g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida NotreDame"])
    firm = g.pick(["Escritório Contábil Rosa & Prado", "Bento Engenharia Ltda", "Padaria Leão Dourado", "Agência Vitória Digital"])
    tit = g.person()
    sp = g.relative(tit, fem=not tit.fem)
    kids = [g.relative(tit if g.chance(0.5) else sp, child=True) for _ in range(g.ri(0, 2))]
    mom = g.person(fem=True)
    rh = g.person()
    doc.f("«plan» — PLANO EMPRESARIAL «firm» (contrato «ct»)\nFORMULÁRIO DE INCLUSÃO / MOVIMENTAÇÃO DE BENEFICIÁRIOS\n\n"
          "[ X ] Inclusão de dependente   [   ] Exclusão   [   ] Alteração cadastral\n\nTITULAR\n"
          "Nome completo: «tn»\nCPF: «tc»    Data de nascimento: «td»\nNome da mãe: «mn»\nCNS: «cns»\n"
          "⟦E-mail: «te»    ⟧Celular: «tp»\nEndereço: «ta» — CEP «cep»\nMatrícula RH: «mat»    Admissão: «adm»\n\n",
          plan=plan, firm=firm, ct=g.d(8), tn=P(tit.caps), tc=L(g.cpf(), "BR_CPF"), td=L(g.dob(1965, 2000, "br"), "DATE_OF_BIRTH"),
          mn=P(mom.caps if g.chance(0.5) else mom.full), cns=L(g.cns(), "BR_CNS"), te=L(g.email(tit), "EMAIL_ADDRESS"),
          tp=L(g.phone(), "PHONE_NUMBER"), ta=L(g.address(caps=g.chance(0.4)), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          mat=g.matricula(), adm=g.date(2022))
    doc.t("DEPENDENTES\n")
    deps = [(sp, "Cônjuge" if g.chance(0.6) else "Companheir" + gw(sp, "o", "a"))] + [(k, "Filh" + gw(k, "o", "a")) for k in kids]
    for i, (d, rel) in enumerate(deps, 1):
        doc.t(f"{i}) Nome: ").p(d.caps if g.chance(0.6) else d.full).t(f" | Parentesco: {rel} | Nasc.: ")
        adult = rel != "Filho" and rel != "Filha"
        doc.e(g.dob(1965, 2000) if adult else g.dob(2008, 2024), "DATE_OF_BIRTH").t(" | CPF: ")
        doc.e(g.cpf(), "BR_CPF").t(" | CNS: ") if g.chance(0.7) else doc.t("a providenciar | CNS: ")
        doc.e(g.cns(), "BR_CNS") if g.chance(0.7) else doc.t("em branco")
        if not adult:
            doc.t(" | Mãe: ").p((tit if tit.fem else sp).full)
        doc.t("\n")
    doc.f("\nDECLARAÇÃO DE SAÚDE (dependentes): doença preexistente? «dps»\n"
          "Carência: isenta se incluído em até 30 dias do casamento/nascimento. Certidão de «cert» anexada.\n"
          "Observações RH: «obs»\n\nAssinatura do titular: ______________________  «tn»\n"
          "Conferido por: «rn» — RH, em «d»\n",
          dps=g.pick(["não", "sim — asma (J45)", "sim — diabetes tipo 1 (E10)", "não sabe informar"]),
          cert=g.pick(["casamento", "nascimento", "união estável (escritura)"]),
          obs=g.pick(["campo CNS deixado em branco pelo titular; a operadora aceita sem.",
                      "titular pediu cartão rosa para a filha (não existe, explicado).",
                      "dependente com nome social informado em campo próprio.",
                      "sem observações."]),
          tn=P(tit.full), rn=P(rh.full), d=g.date())
    return doc


def sa_reimbursement(g: Gen) -> Doc:
    """Health-plan reimbursement claim file: request, receipts and analyst notes."""
    doc = Doc(g)
    ben = g.person()
    dep = g.relative(ben, child=True)
    psy, doc_p, ana, aud = g.person(), g.person(), g.person(), g.person()
    sid = f"RMB-{g.d(9)}"
    doc.f("PROCESSO DE REEMBOLSO «sid» — «plan»\nBeneficiário titular: «bn» · carteirinha «cart» · CPF «bc»\n"
          "Paciente: «dn» (dependente)⟦ · nasc. «dd»⟧\nCanal: app · aberto em «d1»\n\nDocumentos recebidos:\n",
          sid=sid, plan=g.pick(["Porto Seguro Saúde", "SulAmérica", "Bradesco Saúde", "Care Plus"]), bn=P(ben.full),
          cart=f"{g.d(3)} {g.d(4)} {g.d(6)} {g.d(2)}", bc=L(g.cpf(), "BR_CPF"), dn=P(dep.full),
          dd=L(g.dob(2005, 2020), "DATE_OF_BIRTH"), d1=g.date())
    doc.f("(a) RECIBO — Recebi de «bn2», CPF «bc2», a importância de «m1» referente a «ns» sessões de psicoterapia "
          "de «df», realizadas em «mes». «pn» — Psicólog«o» — «crp» — CPF «pc»⟦ — «pa», «cty»⟧.\n",
          bn2=P(ben.full), bc2=L(g.cpf(), "BR_CPF"), m1=g.money(400, 3200), ns=g.ri(2, 6), df=P(dep.first),
          mes=g.pick(["agosto/2025", "setembro/2025", "outubro/2025"]), pn=P(psy.full), o=gw(psy, "o", "a"),
          crp=L(g.council("CRP"), "PROFESSIONAL_ID"), pc=L(g.cpf(), "BR_CPF"), pa=L(g.address(), "ADDRESS"),
          cty=g.city()[0])
    doc.f("(b) NOTA FISCAL de consulta com «dr» «dn2» («crm»), emitida por «clin» — CNPJ «cc», valor «m2», "
          "TUSS 10101012.\n⟦(c) Pedido médico: «cid» (TDAH), assinado por «dn3».\n⟧\n",
          dr=doc_p.dr, dn2=P(doc_p.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"),
          clin=g.pick(["Clínica Dr. Bento Sobreira Ltda", "Instituto Rosa Neuropediatria", "Policlínica Leão"]),
          cc=L(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), m2=g.money(350, 900), cid=g.pick(["F90.0", "F84.0", "F41.1"]),
          dn3=P(doc_p.short))
    doc.f("Dados para crédito: banco 260, agência «ag», conta «cc» — titular «bn».\n\nAnálise:\n"
          "- «a1» («d2»): recibo sem endereço do prestador na primeira versão; reenviado. Conferida inscrição "
          "«crp2» no cadastro do conselho: ativa. Valor reembolsável pela tabela: «m3» (limite 1x).\n"
          "⟦- «a2» («d3»): auditoria por amostragem: liguei para «pf» no «pp», confirmou as sessões e o nome do "
          "paciente. Sem indício de fracionamento.\n⟧- Status: APROVADO PARCIAL — glosa de «m4». Crédito previsto "
          "para «d4». Usuário SISTEMA enviou aviso ao e-mail «be».\n",
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), bn=P(ben.caps),
          a1=P(ana.full), d2=g.date(fmt="dm"), crp2=L(g.council("CRP"), "PROFESSIONAL_ID"), m3=g.money(150, 1500),
          a2=P(aud.full), d3=g.date(fmt="dm"), pf=P(psy.first), pp=L(g.phone(), "PHONE_NUMBER"), m4=g.money(50, 800),
          d4=g.date(fmt="dm"), be=L(g.email(ben), "EMAIL_ADDRESS"))
    return doc


def sa_school_nurse(g: Gen) -> Doc:
    """School nurse's incident record and medication authorisation sent to guardians."""
    doc = Doc(g)
    school = g.pick(["Colégio Bento Quirino", "Escola Vitória Régia", "Instituto Educacional Leão Branco",
                     "Colégio Santa Graça", "Escola Jasmim do Vale"])
    kid = g.person(origin="pt")
    mom, dad = g.person(fem=True), g.person(fem=False)
    kid.surnames = [mom.last, dad.last] if mom.last != dad.last else [dad.last]
    nurse, teach, ped = g.person(fem=True), g.person(), g.person()
    doc.f("«school» — ENFERMARIA ESCOLAR\nREGISTRO DE ATENDIMENTO nº «n»/2025\n\n"
          "Alun«o»: «kn» · «turma» · nasc. «dob» · CNS «cns»\nAlergias (ficha de saúde): «alg»\n"
          "Responsáveis: «mn» («mp») / «dn»⟦ («dp»)⟧\n\n",
          school=school, n=g.d(3), o=gw(kid, "o", "a"), kn=P(kid.full), turma=g.pick(["2º ano A", "4º ano B", "6º ano", "8º ano C"]),
          dob=L(g.dob(2011, 2019), "DATE_OF_BIRTH"), cns=L(g.cns(), "BR_CNS"),
          alg=g.pick(["dipirona", "amendoim", "camarão, corante", "nega alergias", "picada de inseto (anafilaxia 2023)"]),
          mn=P(mom.full), mp=L(g.phone(), "PHONE_NUMBER"), dn=P(dad.full), dp=L(g.phone(), "PHONE_NUMBER"))
    doc.f("Ocorrência («d» «h»): trazid«o» pel«a2» professor«a2» «tn» após queda no recreio; escoriação em "
          "joelho D e queixa de dor no punho. Sinais: PA 100x60, FC 96, T 36,4 °C. Conduta: limpeza, gelo, "
          "imobilização provisória. ⟦«kf» chorou bastante e pediu a «nick».⟧\n"
          "Contato: mãe avisada às «h2» (tel. «mp»); pai não atendeu. Retirad«o» às «h3» pela avó, "
          "«av», RG «rg» — conforme lista de autorizados.\n\n",
          d=g.date(), h=g.hm(), o=gw(kid, "o", "a"), a2=gw(teach, "o", "a"), tn=P(teach.full), kf=P(kid.first),
          nick=P(g.pick(["Cida", "Nenê", "Bia", "Preta", "Dalvinha"])),
          h2=g.hm(), mp=L(g.phone(), "PHONE_NUMBER"), h3=g.hm(), av=P(g.person(fem=True).full), rg=L(g.rg()[0], "BR_RG"))
    doc.f("AUTORIZAÇÃO DE MEDICAÇÃO EM HORÁRIO ESCOLAR\nEu, «mn2», CPF «mc», responsável por «kn2», autorizo a "
          "enfermagem a administrar «med», conforme receita do «dr» «pn» («crm»), datada de «dr2», por «dias» dias.\n"
          "Telefone para emergências: «ep» · Plano de saúde: «plan»\n\n"
          "Enf. «nn» — «coren»\n⟦Ciente da coordenação: «cf»\n⟧"
          "(documento contém dado de saúde — arquivar na pasta rosa do prontuário escolar, acesso restrito)\n",
          mn2=P(mom.caps), mc=L(g.cpf(), "BR_CPF"), kn2=P(kid.full),
          med=g.pick(["amoxicilina 250 mg/5 ml, 5 ml às 12h", "metilfenidato 10 mg às 10h", "salbutamol spray se crise",
                      "paracetamol 200 mg/ml, 15 gotas se febre"]),
          dr=ped.dr, pn=P(ped.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), dr2=g.date(), dias=g.ri(3, 60),
          ep=L(g.phone(), "PHONE_NUMBER"), plan=g.pick(["Unimed", "SUS", "Amil", "não possui"]), nn=P(nurse.full),
          coren=L(g.council("COREN"), "PROFESSIONAL_ID"), cf=P(g.person().full))
    return doc


def sa_inss_return(g: Gen) -> Doc:
    """E-mails between HR, occupational physician and employee about return from INSS leave."""
    doc = Doc(g)
    firm, dom = g.pick([("Laticínios Vitória", "lacvitoria.com.br"), ("Gráfica Prudente", "graficaprudente.com.br"),
                        ("Auto Peças Leão", "autopecasleao.com.br"), ("Têxtil Jasmim", "textiljasmim.ind.br")])
    rh, med, emp, ger = g.person(), g.person(), g.person(), g.person()
    hdr(doc, g, rh, g.work_email(rh, dom), [(med, g.email(med, "medtrabalho.med.br"))],
        "ENC: Retorno ao trabalho — alta INSS", cc=[(ger, g.work_email(ger, dom))] if g.chance(0.4) else None)
    doc.f("«dr» «mf», bom dia.\nEncaminho o e-mail d«o» colaborador«a» «en» (matrícula «mat»⟦, PIS «pis»⟧, CPF «cpf»). "
          "Benefício B31 cessado em «dc». Precisamos do ASO de retorno antes de «dr2»; se houver restrição, "
          "avaliar readaptação no setor de «setor». ⟦O gestor «gf» já está ciente, sem detalhes clínicos.⟧\n\n",
          dr=med.dr, mf=P(med.first), o=gw(emp, "o", "a"), a=gw(emp, "", "a"), en=P(emp.full), mat=g.matricula(),
          pis=L(g.pis(), "BR_PIS"), cpf=L(g.cpf(), "BR_CPF"), dc=g.date(), dr2=g.date(fmt="dm"),
          setor=g.pick(["expedição", "almoxarifado", "qualidade", "portaria"]), gf=P(ger.first))
    signature(doc, g, rh, "Analista de Departamento Pessoal", firm, dom, long=g.chance(0.5))
    doc.t("\n---------- Mensagem encaminhada ----------\n")
    doc.t("De: ").p(emp.full).t(" <").e(g.email(emp), "EMAIL_ADDRESS").t(">\n")
    doc.f("Data: «d»\nAssunto: voltar a trabalhar\n\nOi «rf», recebi a carta do INSS. O perito achou que já posso "
          "voltar, mas minha ortopedista, «dr» «on» («crm»), pediu mais 30 dias de fisioterapia (laudo em anexo, "
          "CID «cid»). Não sei o que faço, não posso ficar sem salário nem de graça em casa. Meu número novo é «ph». "
          "⟦Moro agora na «addr», CEP «cep», se precisarem mandar correspondência.⟧\n«ef»\n\n",
          d=g.date(fmt="written"), rf=P(rh.first), dr="Dra.", on=P(g.person(fem=True).full),
          crm=L(g.council("CRM"), "PROFESSIONAL_ID"), cid=g.pick(["M75.1", "M51.1", "S82.0", "M54.5"]),
          ph=L(g.phone(), "PHONE_NUMBER"), addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          ef=P(emp.first if g.chance(0.6) else emp.called))
    doc.t("---------- Resposta ----------\n")
    if g.chance(0.5):
        doc.t("De: ").p(med.full).t(" <").e(g.email(med, "medtrabalho.med.br"), "EMAIL_ADDRESS").t(">\n")
    doc.f("\n«rf», agendei para «d» às «h» na clínica (Rua Prudente de Morais, consultório 4). Caso haja "
          "divergência entre a perícia e a assistente, caracteriza-se o limbo previdenciário: é prudente não "
          "deixar o empregado sem salário. Oriento pagar a partir do ASO.\n«mn» — Médic«o» do Trabalho — «crm» — "
          "RQE «rqe»\n", rf=P(rh.first), ef=P(emp.first), d=g.date(fmt="dm"), h=g.hm(), mn=P(med.full),
          o=gw(med, "o", "a"), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5))
    return doc


def sa_prior_auth(g: Gen) -> Doc:
    """Health-plan operator prior-authorisation ticket (helpdesk export)."""
    doc = Doc(g)
    ben, req, aud, att, ben_rel = g.person(), g.person(), g.person(), g.person(), g.person()
    hosp = g.pick(HOSPITALS)
    tk = g.ri(100000, 999999)
    dts = g.dates(4, fmt="short")
    doc.f("Chamado #«tk» · Autorização prévia — internação eletiva\nFila: Regulação Médica · Status: Autorizado · "
          "SLA ANS: 21 dias úteis\nBeneficiário: «bn» · nasc. «dob» · CPF «cpf» · CNS «cns»\n"
          "Solicitante: «dr» «rn» — «crm» · Prestador: «hosp»\nProcedimento: TUSS «tuss» (artroplastia total de "
          "quadril) · CID «cid» · OPME: prótese cimentada\n\n",
          tk=tk, bn=P(ben.full), dob=L(g.dob(1940, 1975), "DATE_OF_BIRTH"), cpf=L(g.cpf(), "BR_CPF"),
          cns=L(g.cns(), "BR_CNS"), dr=req.dr, rn=P(req.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"),
          hosp=hosp, tuss=g.pick(["30724074", "30724120", "31009336"]), cid=g.pick(["M16.1", "M16.0", "S72.0"]))
    doc.f("[«d1»] «at» (atendente) — registro da ligação\nQuem ligou foi «rn2», filh«o» do beneficiário, "
          "pelo «ph». Informou que «bf» está com dor há 8 meses e que o médico pediu urgência. Orientado sobre prazo.\n\n"
          "[«d1»] SISTEMA aplicou macro \"REG-03 Documentação incompleta\": solicitados laudo e exames de imagem.\n\n"
          "[«d2»] «aud» (enfermeira auditora, «coren») — nota interna\nRX e laudo recebidos por e-mail («em»). "
          "OPME com 3 orçamentos: cotação de «forn»⟦ (CNPJ «fc»)⟧ menor. Encaminho p/ junta se o médico discordar.\n\n",
          d1=dts[0], at=P(att.full), rn2=P(ben_rel.full), o=gw(ben_rel, "o", "a"),
          ph=L(g.phone(), "PHONE_NUMBER"), bf=P(ben.first), d2=dts[1], aud=P(aud.full),
          coren=L(g.council("COREN"), "PROFESSIONAL_ID"), em=L(g.email(ben_rel), "EMAIL_ADDRESS"),
          forn=g.pick(["Ortopedia Leão Ltda", "Bento Medical Importadora", "Rosa Implantes S.A."]),
          fc=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    doc.f("[«d3»] «med» (médico regulador, «crm2») — parecer\nIndicação adequada. Autorizo internação de 3 diárias "
          "+ OPME do menor orçamento. Senha «senha». Status: Em análise → Autorizado.\n\n"
          "[«d4»] «at2» — contato\nInformada a senha a «rf», que agradeceu; disse que o pai mora com ela na «addr» "
          "e que a internação vai ser no «hosp».\n",
          d3=dts[2], med=P(g.person().full), crm2=L(g.council("CRM"), "PROFESSIONAL_ID"), senha=g.d(9), d4=dts[3],
          at2=P(att.first), rf=P(ben_rel.first), addr=L(g.address(), "ADDRESS"), hosp=hosp)
    return doc


def sa_flu_campaign(g: Gen) -> Doc:
    """Company flu-vaccination campaign sheet pasted as text (merged header rows)."""
    doc = Doc(g)
    firm = g.pick(["Cooperativa Vitória Agroindustrial", "Rosa Branca Têxtil", "Bento Transportes", "Grupo Leão Varejo"])
    vacs = [g.person(fem=g.chance(0.8)) for _ in range(2)]
    cor = [g.council("COREN") for _ in vacs]
    lot = f"{g.pick(['FLU', 'UT', 'V'])}{g.d(5)}{g.pick('ABC')}"
    doc.f("CAMPANHA DE VACINAÇÃO CONTRA INFLUENZA 2025 — «firm» — «unid»\nVacina trivalente · lote «lot» · "
          "validade «val» · fornecedor «forn»\n", firm=firm, unid=g.pick(["CD Anápolis", "Fábrica 1", "Sede"]), lot=lot,
          val=g.date(2026, fmt="dm") + "/2026", forn=g.pick(["Clínica Graça Imunizações", "VacinaMais Prudente"]))
    doc.t("\tIDENTIFICAÇÃO\t\t\t\tAPLICAÇÃO\t\t\n")
    doc.t("Nome\tCPF\tNascimento\tCNS\tData\tHora\tAplicador\tObs.\n")
    day = g.date()
    for hh in g.hms_sorted(3):
        p = g.person()
        doc.p(p.full if g.chance(0.6) else p.caps).t("\t")
        doc.e(g.cpf(), "BR_CPF").t("\t") if g.chance(0.7) else doc.t("\t")
        doc.e(g.dob(1958, 2006, g.pick(["br", "short", "iso"])), "DATE_OF_BIRTH").t("\t")
        doc.e(g.cns(), "BR_CNS").t("\t") if g.chance(0.4) else doc.t("\t")
        i = g.ri(0, 1)
        doc.t(f"{day}\t{hh}\t").p(vacs[i].first).t("\t")
        doc.t(g.pick(["", "", "", "gestante", "alérgico a ovo — liberado pelo médico", "recusou (termo assinado)",
                      "dependente de colaborador", "reação local leve"]) + "\n")
    doc.t("\nAplicadores: ")
    for i, v in enumerate(vacs):
        doc.t(" / " if i else "").p(v.full).t(" (").e(cor[i], "PROFESSIONAL_ID").t(")")
    doc.f("\nResp. técnico: «dr» «rn» — «crm»\nPlanilha consolidada por «who» (SESMT) — não compartilhar: contém dados de saúde.\n",
          dr="Dr.", rn=P(g.person(fem=False).full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"), who=P(g.person().short))
    return doc


# =========================================================================== financeiro


def fi_collection(g: Gen) -> Doc:
    """Collection agency: call script filled in by the dialler, and the promise-to-pay log."""
    doc = Doc(g)
    agency = g.pick(["Cobrança Leão Recuperadora de Crédito", "Prudente Assessoria de Cobrança", "Rosa & Graça Cobranças"])
    creditor = g.pick(["Loja Magazine Bento", "Financeira Vitória", "Faculdade São Bento", "Banco Jasmim"])
    deb = g.person()
    sp = g.relative(deb, fem=not deb.fem)
    op1, op2, sup = g.person(nick=False), g.person(), g.person()
    ctr = g.d(10)
    opc = f"op{g.d(4)}"  # operator login in the dialler log (not a name)
    doc.f("«ag» — carteira «cr» — faixa 91-180 dias\nROTEIRO (preenchido pelo discador)\n"
          "1. Abertura: \"Bom dia, meu nome é «o1», falo da «ag» em nome da «cr». Por gentileza, falo com «dn»?\"\n"
          "2. Se terceiro atender: NÃO informar o motivo da ligação (CDC art. 42). Pedir melhor horário.\n"
          "3. Confirmação: pedir os 3 primeiros dígitos do CPF (sistema: «mask»).\n"
          "4. Negociação: dívida atualizada «m1» (contrato «ctr»); à vista com 60% de desconto: «m2»; ou 6x «m3».\n\n",
          ag=agency, cr=creditor, o1=P(op1.first), dn=P(deb.full),
          mask=f"{g.d(3)}.***.***-**", m1=g.money(900, 15000), ctr=ctr, m2=g.money(300, 5000), m3=g.money(80, 900))
    doc.f("FICHA DO DEVEDOR\nNome: «dn» · CPF «cpf» · nasc. «dob»\nTelefones: «p1» (móvel) · «p2» (recado, «sp»)⟦ · «p3» (antigo)⟧\n"
          "Endereço: «addr» — CEP «cep»⟦\nE-mail: «em»⟧\n\nLOG DE CONTATOS\n",
          dn=P(deb.caps), cpf=L(g.cpf(), "BR_CPF"), dob=L(g.dob(1955, 2003), "DATE_OF_BIRTH"),
          p1=L(g.phone(), "PHONE_NUMBER"), p2=L(g.phone(mobile=False), "PHONE_NUMBER"), sp=P(sp.first),
          p3=L(g.phone(), "PHONE_NUMBER"), addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          em=L(g.email(deb), "EMAIL_ADDRESS"))
    dts = g.dates(5, fmt="short")
    doc.f("«d1» «h» · «oc1» · tel. «p1» · atendeu terceiro — «spx», «rel», disse que «df» trabalha até as 18h. "
          "Não informado o motivo.\n", d1=dts[0], h=g.hm(), oc1=opc, p1=L(g.phone(), "PHONE_NUMBER"),
          spx=P(sp.nick or sp.first), rel=gw(sp, "marido", "esposa"), df=P(deb.first))
    doc.f("⟦«d2» «h» · «o2» · URA · não atende (3x)\n⟧", d2=dts[1], h=g.hm(), o2=P(op2.short))
    doc.f("«d3» «h» · «oc1» · CPC (contato com o próprio) · «df» reconhece a dívida, está desempregad«o». "
          "PROMESSA DE PAGAMENTO: 1ª parcela de «m3» em «pp» via boleto; linha digitável enviada por SMS: "
          "«bol».\n", d3=dts[2], h=g.hm(), oc1=opc, df=P(deb.first), o=gw(deb, "o", "a"), m3=g.money(80, 900),
          pp=g.date(fmt="dm"),
          bol=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("«d4» · robo_cobranca · promessa QUEBRADA (sem baixa) · régua reiniciada\n", d4=dts[3])
    doc.f("«d5» «h» · «o2» · cliente ligou (receptivo)⟦ do «p4»⟧: pagou por Pix para a chave aleatória «pix» "
          "do credor, e não pelo boleto. Comprovante em nome de «pay»⟦ (conta ag. «ag» / «cc»)⟧. Encaminhado "
          "à conciliação⟦; supervisão: «sn»⟧.\n",
          d5=dts[4], h=g.hm(), o2=P(op2.full), p4=L(g.phone(), "PHONE_NUMBER"), pix=L(g.pix(), "PIX_KEY"),
          pay=P(g.pick([sp.full, deb.full, g.person().full])), ag=L(g.agency(), "BANK_ACCOUNT"),
          cc=L(g.account(), "BANK_ACCOUNT"), sn=P(sup.full))
    doc.t("Obs. supervisão: operador«a» não leu a cláusula de gravação no 1º contato; feedback dado. "
          .replace("«a»", gw(op1, "", "a")) + "Não é prudente ligar depois das 20h.\n")
    return doc


def fi_payroll_change(g: Gen) -> Doc:
    """Payroll change requests: bank account, salary, IRRF dependants."""
    doc = Doc(g)
    firm = g.pick(["Indústria Bento Têxtil", "Rede Graça de Farmácias", "Leão Engenharia", "Transportes Rosa do Sul"])
    rh, gest, dir_ = g.person(), g.person(), g.person()
    doc.f("«firm» — DEPARTAMENTO PESSOAL\nSOLICITAÇÕES DE ALTERAÇÃO DE FOLHA — fechamento «comp»\n"
          "(corte: dia 20 · lançamentos por «rn» no sys_folha)\n\n", firm=firm, comp=g.pick(["05/2025", "08/2025", "11/2025"]),
          rn=P(rh.full))
    e1 = g.person()
    doc.f("#1 TROCA DE CONTA SALÁRIO\nColaborador: «en» · matr. «mat» · CPF «cpf» · PIS «pis»\n"
          "De: banco 001, ag. «ag1», c/c «cc1»\nPara: banco 077, ag. «ag2», c/c «cc2» (conta de titularidade própria — "
          "exigido comprovante)\nValidação antifraude: pedido feito pelo e-mail pessoal «em» e confirmado por telefone "
          "⟦(«ph») ⟧por «rf» em «d». ⟦Atenção: em «mes» houve golpe de troca de conta com e-mail falso de outro colaborador.⟧\n\n",
          en=P(e1.full), mat=g.matricula(), cpf=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"),
          ag1=L(g.agency(), "BANK_ACCOUNT"), cc1=L(g.account(), "BANK_ACCOUNT"), ag2=L(g.agency(), "BANK_ACCOUNT"),
          cc2=L(g.account(), "BANK_ACCOUNT"), em=L(g.email(e1), "EMAIL_ADDRESS"), ph=L(g.phone(), "PHONE_NUMBER"),
          rf=P(rh.first), d=g.date(fmt="dm"), mes=g.pick(["março", "junho", "agosto"]))
    e2 = g.person()
    doc.mute = g.chance(0.35)
    doc.f("#2 ALTERAÇÃO SALARIAL\nColaborador: «en» · de «s1» para «s2» (promoção a «cargo») · vigência «vig»\n"
          "Solicitante: «gn» (gestor)⟦ · Aprovação: «dn» (diretoria) em «d»⟧ · Motivo: mérito ciclo 2025.\n\n",
          en=P(e2.full if g.chance(0.5) else e2.inv), s1=g.money(2500, 6000), s2=g.money(6000, 12000),
          cargo=g.pick(["Coordenador(a) de Logística", "Analista Sênior", "Supervisor(a) de Produção"]),
          vig=g.date(fmt="dm"), gn=P(gest.full), dn=P(dir_.full), d=g.date(fmt="dm"))
    e3 = g.person()
    doc.mute = g.chance(0.35)
    doc.f("#3 INCLUSÃO DE DEPENDENTES PARA IRRF / SALÁRIO-FAMÍLIA\nColaborador: «en» · CPF «cpf»\n", en=P(e3.full),
          cpf=L(g.cpf(), "BR_CPF"))
    for _ in range(g.ri(1, 2)):
        k = g.relative(e3, child=True)
        doc.t("  - ").p(k.full).t(" · filh" + gw(k, "o", "a") + " · nasc. ").e(g.dob(2010, 2024), "DATE_OF_BIRTH")
        doc.t(" · CPF ").e(g.cpf(), "BR_CPF").t("\n")
    doc.f("Obs.: certidão de nascimento e caderneta de vacinação (salário-família) anexas.⟦ A declaração antiga "
          "tinha o campo cônjuge em branco; «sp» passa a constar como dependente? «rf2»: não, tem renda própria.⟧\n\n",
          sp=P(g.relative(e3, fem=not e3.fem).full), rf2=P(rh.first))
    doc.mute = False
    e4 = g.person(nick=True)
    if g.chance(0.5):
        return doc
    doc.f("#4 ADIANTAMENTO/EMPRÉSTIMO CONSIGNADO\n«en» (o «ek» da manutenção) pediu averbação de consignado "
          "no Banco Leão: «m» em 24x, margem 35% ok. Contrato «ct».\n",
          en=P(e4.full), ek=P(e4.nick or e4.first), m=g.money(2000, 20000), ct=g.d(12))
    return doc


def fi_vacation_sheet(g: Gen) -> Doc:
    """Vacation schedule spreadsheet with merged header rows and payroll columns."""
    doc = Doc(g)
    firm = g.pick(["Contabilidade Rosa & Prado", "Bento Logística", "Supermercado Vitória", "Clínica Leão Branco"])
    gest = g.people(3)
    doc.f("PROGRAMAÇÃO DE FÉRIAS 2025/2026 — «firm» — setor «setor»\n", firm=firm,
          setor=g.pick(["Administrativo", "Operações", "Financeiro", "Atendimento"]))
    doc.t("\t\t\tPERÍODO AQUISITIVO\t\tGOZO\t\t\tFOLHA\t\t\n")
    doc.t("Matr.\tNome\tPIS\tInício\tFim\t1º período\t2º período\tAbono\tAdiant. 13º\tLíquido est.\tGestor\n")
    for _ in range(g.ri(3, 5)):
        p = g.person()
        doc.t(g.matricula() + "\t")
        doc.p(p.inv if g.chance(0.3) else (p.caps if g.chance(0.4) else p.full)).t("\t")
        doc.e(g.pis(), "BR_PIS").t("\t") if g.chance(0.5) else doc.t("\t")
        a, b = g.date(2024, fmt="short"), g.date(2025, fmt="short")
        doc.t(f"{a}\t{b}\t{g.date(2025, fmt='dm')} (20d)\t{g.pick(['-', g.date(2026, fmt='dm') + ' (10d)'])}\t"
              f"{g.pick(['sim', 'não'])}\t{g.pick(['sim', 'não'])}\t{g.money(1200, 9000, prefix=False)}\t")
        doc.p(g.pick(gest).first).t("\n") if g.chance(0.7) else doc.t("RH\n")
    x, y = g.person(), g.person(fem=True, word=True)
    doc.f("\nObservações:\n- «x» pediu para antecipar por causa do casamento; gestor de acordo.\n"
          "- A «y» (recepção) não confunde com a sala Vitória Régia: reserva da sala vai para outra aba.\n"
          "- Abono pecuniário: deixar em branco quando não houver pedido por escrito.\n"
          "- Férias coletivas de fim de ano: 22/12 a 02/01; atualizado por «who» em «d».\n",
          x=P(x.full), y=P(y.first), who=P(g.pick(gest).full), d=g.date(fmt="dm"))
    return doc


def fi_admission(g: Gen) -> Doc:
    """Admission checklist of a new hire (documents, bank, dependants)."""
    doc = Doc(g)
    firm = g.pick(["Hotel Fazenda Bento", "Graça Alimentos S.A.", "Auto Posto Leão", "Vitória Serviços Hospitalares"])
    emp = g.person()
    sp = g.relative(emp, fem=not emp.fem)
    rh, med = g.person(), g.person()
    city, uf = g.city()
    doc.f("CHECKLIST DE ADMISSÃO — «firm»\nCandidat«o»: «en» · cargo: «cargo» · início previsto: «ini»\n"
          "Recrutador«a»: «rn»\n\n", firm=firm, o=gw(emp, "o", "a"), en=P(emp.caps),
          cargo=g.pick(["Motorista carreteiro", "Recepcionista", "Auxiliar de cozinha", "Técnico de enfermagem"]),
          ini=g.date(fmt="dm"), a=gw(rh, "", "a"), rn=P(rh.full))
    v, org = g.rg()
    items = [
        ("☑", "CPF", [L(g.cpf(), "BR_CPF")]),
        ("☑", f"RG ({org})", [L(v, "BR_RG")]),
        ("☑", "Data de nascimento", [L(g.dob(1970, 2006), "DATE_OF_BIRTH")]),
        ("☑", "CNH cat. " + g.pick(["B", "D", "E", "AB"]), [L(g.cnh(), "BR_CNH")]) if g.chance(0.7) else ("☐", "CNH", ["pendente (candidato vai renovar)"]),
        ("☑", "PIS/NIS", [L(g.pis(), "BR_PIS")]),
        ("☑", "Título de eleitor", [L(g.titulo(), "BR_TITULO_ELEITOR")]),
        ("☐", "Reservista (isento)", ["n/a"]),
        ("☑", "CTPS digital", ["ok (app)"]),
        ("☑", "Comprovante de endereço", [L(g.address(), "ADDRESS"), f" — {city}/{uf} — CEP ", L(g.cep(), "BR_CEP")]),
        ("☑", "Contato", [L(g.phone(), "PHONE_NUMBER")] + ([" / ", L(g.email(emp), "EMAIL_ADDRESS")] if g.chance(0.5) else [])),
        ("☑", "Dados bancários (conta salário)", ["ag. ", L(g.agency(), "BANK_ACCOUNT"), " c/c ", L(g.account(), "BANK_ACCOUNT")]),
        ("☑", "Chave Pix p/ reembolsos", [L(g.pix(), "PIX_KEY")]) if g.chance(0.5) else ("☐", "Chave Pix p/ reembolsos", ["não informada"]),
        ("☑", "CNS (cartão SUS)", [L(g.cns(), "BR_CNS")]) if g.chance(0.6) else ("☐", "CNS (cartão SUS)", ["em branco"]),
    ]
    for mark, what, vals in items:
        doc.t(f"{mark} {what}: ")
        for v_ in vals:
            if isinstance(v_, tuple):
                doc.e(*v_)
            else:
                doc.t(v_)
        doc.t("\n")
    doc.t("☑ Dependentes: cônjuge ").p(sp.full).t(" (nasc. ").e(g.dob(1970, 2004), "DATE_OF_BIRTH").t(")")
    for _ in range(g.ri(0, 1)):
        k = g.relative(emp, child=True)
        doc.t("; ").p(k.first if g.chance(0.3) else k.full).t(" (nasc. ").e(g.dob(2008, 2024), "DATE_OF_BIRTH").t(")")
    ec = g.person(nick=True)
    doc.f("\n☑ Contato de emergência: «ec» («rel») — «ep»\n"
          "☑ ASO admissional: apto⟦ — «dr» «mn», «crm»⟧, em «d»\n"
          "☐ Vale-transporte: aguardando trajeto (linha 312 Vila Rosa / Terminal Bento)\n"
          "☐ eSocial S-2200 enviado por integracao.totvs (recibo «rec»)\n\n"
          "Pendências: certidão de casamento em branco no upload; «ef» disse que traz segunda-feira.\n"
          "Conferido: «rn2» · «d2»\n",
          ec=P(ec.called if g.chance(0.5) else ec.full), rel=g.pick(["mãe", "irmão", "tia", "vizinha", "sogro"]),
          ep=L(g.phone(), "PHONE_NUMBER"), dr=med.dr, mn=P(med.full), crm=L(g.council("CRM"), "PROFESSIONAL_ID"),
          d=g.date(fmt="dm"), rec=f"1.1.{g.d(19)}", ef=P(emp.first), rn2=P(rh.short), d2=g.date())
    return doc


def fi_auto_claim(g: Gen) -> Doc:
    """Car-insurance claim file: notice, drivers, third party, workshop, indemnity."""
    doc = Doc(g)
    ins = g.pick(["Seguradora Leão do Sul", "Vitória Seguros", "Prudente Auto Seguros", "Rosa dos Ventos Seguros"])
    seg, drv, third, reg, wit = g.person(), g.person(), g.person(), g.person(), g.person(nick=True)
    same = g.chance(0.4)
    if same:
        drv = seg
    sid = f"{g.d(2)}.{g.d(4)}.{g.d(6)}"
    doc.f("«ins» — SINISTRO AUTO nº «sid»\nApólice «ap» · Ramo 0531 · Aviso em «d1» via 0800 «x»\n\n"
          "SEGURADO: «sn» · CPF «sc» · nasc. «sd» · tel. «sp»\nVEÍCULO SEGURADO: «car» · placa «pl» · chassi «ch»\n"
          "CONDUTOR: «dn»«drel» · CNH «cnh» · cat. B\n\n",
          ins=ins, sid=sid, ap=g.d(10), d1=g.date(), x=g.d(7), sn=P(seg.full), sc=L(g.cpf(), "BR_CPF"),
          sd=L(g.dob(1950, 2003), "DATE_OF_BIRTH"), sp=L(g.phone(), "PHONE_NUMBER"),
          car=g.pick(["VW Gol 1.0 2019", "Fiat Strada 2022", "Hyundai HB20 2021", "Toyota Corolla 2018"]),
          pl=L(g.plate(), "LICENSE_PLATE"), ch=f"9BW{g.pick('ASZ')}{g.d(5)}{g.pick('PT')}{g.d(6)}",
          dn=P(drv.full), drel=" (o próprio)" if same else f" ({g.pick(['filho', 'cônjuge', 'funcionário', 'genro'])})",
          cnh=L(g.cnh(), "BR_CNH"))
    doc.f("RELATO: «rel»\nTERCEIRO: «tn» · CPF «tc» · veículo placa «tp» · tel. «tph» · e-mail «te»\n"
          "⟦Testemunha: «wn» («wk»), «wp»\n⟧B.O. nº «bo» (Delegacia Eletrônica)\n\n",
          rel=g.pick(["colisão traseira no semáforo da Av. Prudente de Morais; o terceiro freou bruscamente.",
                      "ao sair da garagem na Rua Bento Gonçalves, colidiu na lateral do veículo estacionado.",
                      "abalroamento na rotatória próxima ao Hospital Dr. Aristides Leão, chuva forte.",
                      "veículo atingido por árvore (ipê rosa) durante temporal, sem terceiros envolvidos no trânsito."]),
          tn=P(third.full), tc=L(g.cpf(), "BR_CPF"), tp=L(g.plate(), "LICENSE_PLATE"), tph=L(g.phone(), "PHONE_NUMBER"),
          te=L(g.email(third), "EMAIL_ADDRESS"), wn=P(wit.full), wk=P(wit.nick or wit.first),
          wp=L(g.phone(), "PHONE_NUMBER"), bo=f"{g.d(6)}/2025")
    shop = g.pick(["Funilaria Leão & Filhos", "Auto Center São Bento", "Oficina do Tião", "Martelinho Rosa Branca"])
    doc.f("REGULAÇÃO («rn», vistoria em «d2»)\nOficina referenciada: «shop» — CNPJ «sc2». Orçamento «m1», "
          "franquia «m2». Perda parcial. Peças: para-choque (cód. «pc»), farol. Nota: «shop» pertence a «own».\n"
          "Indenização ao terceiro (danos materiais): «m3», crédito em conta de titularidade do terceiro: banco 104, "
          "ag. «ag», conta «cc».\n⟦Pendência: terceiro enviou CNH vencida; solicitado novo documento. ⟧"
          "Status: LIQUIDADO em «d3» · analista «an».\n",
          rn=P(reg.full), d2=g.date(fmt="dm"), shop=shop, sc2=L(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          m1=g.money(1500, 18000), m2=g.money(1500, 4000), pc=g.sku(), own=P(g.person(fem=False).full),
          m3=g.money(900, 12000), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          d3=g.date(fmt="dm"), an=P(g.person().short))
    return doc


def fi_supplier(g: Gen) -> Doc:
    """Supplier / freelancer registration (PF/MEI) with compliance checks."""
    doc = Doc(g)
    firm = g.pick(["Editora Vitória", "Rede Hoteleira Jasmim", "Agência Leão Propaganda", "Colégio Prudente"])
    sup = g.person()
    comp, appr, buyer = g.person(), g.person(), g.person()
    alnum = g.chance(0.5)
    kind = g.pick(["MEI", "PF (RPA)"])
    c, uf = g.city()
    doc.f("CADASTRO DE FORNECEDOR — «firm» — Contas a Pagar\nSolicitação «sol» · tipo: «kind» · comprador(a) «bn»\n\n"
          "Razão social / Nome: «rs»\n", firm=firm, sol=f"SC-{g.d(6)}", kind=kind, bn=P(buyer.full),
          rs=P(sup.caps) if kind == "PF (RPA)" else f"{sup.caps} {g.d(11)}".replace(sup.caps, "\x00"))
    if "\x00" in doc.text:
        # MEI business name is the owner's name followed by the owner's CPF digits
        i = doc.text.index("\x00")
        tail = doc.text[i + 1:]
        doc.text = doc.text[:i]
        doc.p(sup.caps)
        cpf_raw = g.cpf("raw")
        doc.t(" ").e(cpf_raw, "BR_CPF").t("\n")
        assert tail.endswith("\n")
    if kind == "MEI":
        doc.f("CNPJ: «cnpj» «note»\nCNAE principal: 7420-0/01 (fotografia) · Simples: SIMEI\n",
              cnpj=L(g.cnpj(alnum=alnum), "BR_CNPJ"),
              note="(novo formato alfanumérico — validar DV no ERP atualizado)" if alnum else "")
    else:
        doc.f("NIT/PIS (p/ INSS 11% no RPA): «pis»\n", pis=L(g.pis(), "BR_PIS"))
    doc.f("Titular: «sn» · CPF «cpf» · nasc. «dob»\nEndereço: «addr», «bai», «c»/«uf» · CEP «cep»\n"
          "Contato: «ph» · «em»\nPagamento: Pix chave aleatória «pix» ⟦(NÃO usar a chave CPF antiga)⟧ / "
          "alternativa TED banco 336 ag. «ag» conta «cc»\n\n",
          sn=P(sup.full), cpf=L(g.cpf(), "BR_CPF"), dob=L(g.dob(1960, 2003), "DATE_OF_BIRTH"),
          addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(sup), "EMAIL_ADDRESS"), pix=L(g.pix(), "PIX_KEY"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    rel = g.person()
    doc.f("DUE DILIGENCE (compliance — «cn»)\n- CEIS/CNEP: nada consta.\n- PEP: não. Parente de colaborador? Sim: "
          "«rn», do Marketing, é «rel» — declarado no formulário de conflito de interesses.\n"
          "- Mídia negativa: homônimo «hom» com processo «cnj» (pessoa diferente, outra UF).\n"
          "- Receita: situação ativa; endereço fiscal diverge do informado (mudou em «dm»).\n"
          "Parecer: APROVADO com ressalva. Aprovador: «an» em «d».\n",
          cn=P(comp.full), rn=P(rel.full), rel=g.pick(["cunhad" + gw(rel, "o", "a"), "prim" + gw(rel, "o", "a"), "ex-cônjuge"]),
          hom=P(sup.given + " " + sup.last), cnj=g.cnj(), dm=g.date(2024, fmt="dm") + "/2024", an=P(appr.full),
          d=g.date())
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Card chargeback dispute ticket (acquirer/e-commerce back office)."""
    doc = Doc(g)
    shop = g.pick(["Loja Online Graça Calçados", "Bento Eletro Marketplace", "Leão Suplementos", "Vitória Perfumaria (aroma jasmim)"])
    hold, buyer, ana, mgr = g.person(), g.person(), g.person(), g.person()
    tk = f"CB-{g.d(7)}"
    card = g.card()
    doc.f("CHARGEBACK «tk» — «shop»\nBandeira: «br» · motivo 4837/10.4 (fraude — transação não reconhecida) · "
          "prazo de defesa: «prz»\nPedido «ped» · valor «m» · data «dc» · NSU «nsu» · autorização «aut»\n\n",
          tk=tk, shop=shop, br=g.pick(["Visa", "Mastercard", "Elo"]), prz=g.date(fmt="dm"), ped=g.d(8),
          m=g.money(200, 8000), dc=g.date(fmt="dm"), nsu=g.d(9), aut=g.d(6))
    doc.f("DADOS DA TRANSAÇÃO\nPortador (emissor): «hn» · cartão «card» · val. «val»\n"
          "Comprador (cadastro da loja): «bn» · CPF «bc» · e-mail «be» · tel. «bp»\n"
          "Entrega: «addr» — CEP «cep» — recebido por «rec» (assinatura do comprovante)\n"
          "IP da compra: «ip» (geolocalização: outro estado) · device id «dev»\n\n",
          hn=P(hold.caps), card=L(card, "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", bn=P(buyer.full),
          bc=L(g.cpf(), "BR_CPF"), be=L(g.email(buyer), "EMAIL_ADDRESS"), bp=L(g.phone(), "PHONE_NUMBER"),
          addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), rec=P(g.pick([buyer.first, g.person().full, "Zé"])),
          ip=L(g.ip(), "IP_ADDRESS"), dev=g.pix().replace("-", "")[:16])
    doc.f("HISTÓRICO\n«d1» «an»: nome do portador ≠ comprador. Compra feita às 03h, dois cartões recusados antes "
          "(«c2» e final «fin»).⟦ Mesmo IP «ip» usado em outro pedido com o CPF «cpf2».⟧\n"
          "«d2» «an»: o cliente enviou foto do cartão frente e verso por e-mail (!) — número confere com «card2». "
          "Foto apagada, orientado a não enviar. LGPD: registrado no incidente interno «inc».\n"
          "«d3» «mn»: sem 3DS e sem prova de entrega ao portador → NÃO contestar (aceitar o débito). "
          "Bloquear CPF e e-mail na antifraude; comprador «bf» incluído na lista negra. Não é prudente "
          "reabrir pedidos desse endereço.\n",
          d1=g.date(fmt="dm"), an=P(ana.full), c2=L(g.card(), "CREDIT_CARD"), fin=g.d(4), ip=L(g.ip(), "IP_ADDRESS"),
          cpf2=L(g.cpf(), "BR_CPF"), d2=g.date(fmt="dm"), card2=L(card.replace(" ", ""), "CREDIT_CARD"),
          inc=f"INC-{g.d(5)}", d3=g.date(fmt="dm"), mn=P(mgr.full), bf=P(buyer.short))
    return doc


TEMPLATES = {
    "atendimento": [at_zendesk, at_whatsapp, at_condominio, at_glpi, at_fwd_email, at_rma_sheet, at_jira],
    "juridico": [ju_board_minutes, ju_cipa, ju_preposto, ju_dsar, ju_school_custody, ju_payroll_garnish,
                 ju_litigation_sheet],
    "saude": [sa_sicknotes, sa_dependants, sa_reimbursement, sa_school_nurse, sa_inss_return, sa_prior_auth,
              sa_flu_campaign],
    "financeiro": [fi_collection, fi_payroll_change, fi_vacation_sheet, fi_admission, fi_auto_claim, fi_supplier,
                   fi_chargeback],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, (record["id"], s, v)
        if s["label"] == "BR_CPF":
            assert cpf_ok(v), (record["id"], v)
        if s["label"] == "BR_CNPJ":
            assert cnpj_ok(v), (record["id"], v)
        if s["label"] == "BR_CNS":
            assert cns_ok(v.replace(" ", "")), (record["id"], v)
        if s["label"] == "CREDIT_CARD":
            n = v.replace(" ", "")
            assert luhn_dv(n[:-1]) == n[-1], (record["id"], v)
        last = s["end"]
    assert "\x00" not in text and "«" not in text and "⟦" not in text, record["id"]


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
    with (HERE / "fifteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("fifteenth", len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main()
