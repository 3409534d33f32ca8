"""Build the thirteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 13,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets as such: long-form narrative written prose, the way
documents are drafted by lawyers, notaries, doctors, ombudsmen and analysts, with people
qualified in full on first mention and then referred to by first name, surname, title
("Sr. Quintela" -> "Quintela") or role.
- atendimento: long customer complaint letters to a company's legal department, ombudsman
  second-instance replies, Procon conciliation hearing minutes (termo de audiência), a
  customer's e-mail thread with quoted replies ("Em ..., ... escreveu:", "> "), compliment
  letters naming staff, insured drivers' accident narratives, supervisors' case-review memos.
- juridico: civil sentences (relatório, fundamentação, dispositivo), appellate judgements
  (acórdão with ementa and voto), notarial deeds of extrajudicial probate (inventário e
  partilha), petitions for child support, police inquiry final reports, declaratory deeds
  of stable union, public prosecutor's opinions in custody cases.
- saude: narrative discharge summaries, family-health home-visit reports, psychological
  reports for court, maternal-death investigation reports, genetic counselling letters
  naming relatives, medical reports for social-security examinations, patient-safety
  incident notifications.
- financeiro: credit opinions on people, spouses and guarantors, internal audit reports on a
  branch, account-takeover fraud investigations, bank letters to heirs releasing balances,
  debt-confession deeds with guarantors and witnesses, KYC visit reports, private-banking
  succession-planning memos (with alphanumeric 2026 CNPJs).

Names: Portuguese-origin (common, regional and coined: Josivânia, Gilvanildo, Clecivânia),
Italian, German, Japanese, Lebanese, Polish/Ukrainian, Nigerian/Angolan/Senegalese,
indigenous, Haitian, Venezuelan/Bolivian, Korean/Chinese and Jewish, with a share of rare or
invented name words; particles inside names ("Maria das Dores Quintela"); names that are
ordinary words (Rosa, Branco, Prudente, Bento, Vitória, Leão, Pereira, Glória, Aurora) next
to the same words used as words and in streets, neighbourhoods, cities, hospitals, schools and
companies ("Hospital Santa Rosa de Lima", "Rua Coronel Bento Fagundes", "Construtora Leão
Ltda"), which are not persons; names in case titles ("Fulano x Banco ..."). Judges, doctors,
notaries, lawyers, prosecutors and analysts are persons and are labelled; titles ("Sr.",
"Dra.", "Des.") are outside the span. Hard negatives (never labelled): CNJ process numbers,
11-digit protocol numbers that fail the CPF check, inquiry, death-certificate and contract
numbers, ICD-10 codes, money, laws and articles, dates that are not birth dates, companies,
hospitals, streets and cities named after people.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 13

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
    """Check digits of a CNPJ body (12 chars, digits or the 2026 alphanumeric form)."""
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


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str(-total % 10)


def luhn_ok(s: str) -> bool:
    n = re.sub(r"\D", "", s)
    return luhn_dv(n[:-1]) == n[-1]


def noacc(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- name pools
# (female given, male given, surnames); "rare" lists hold regional, coined or uncommon words.

PT_F = ["Maria", "Ana Paula", "Fernanda", "Juliana", "Patrícia", "Adriana", "Sandra", "Márcia",
        "Aline", "Vanessa", "Renata", "Simone", "Larissa", "Beatriz", "Mariana", "Helena",
        "Terezinha", "Maria José", "Maria do Carmo", "Maria das Dores", "Maria de Lourdes",
        "Luciana", "Cláudia", "Rita de Cássia", "Jéssica", "Priscila"]
PT_F_RARE = ["Josivânia", "Edvânia", "Lucicleide", "Rosimeire", "Jucilene", "Girlene",
             "Maricleide", "Zuleide", "Cleidejane", "Dalvanira", "Kélvia", "Elisângela",
             "Joseilda", "Laudicéia", "Marlúcia", "Edileusa", "Deuzuita", "Quitéria", "Aldenora",
             "Zilmeire", "Rosenilda", "Vaneide", "Clecivânia", "Adenísia", "Maricélia", "Luanny",
             "Jhenyffer", "Kaylane", "Gessiane", "Erivânia", "Lindalva", "Neuzirene"]
PT_M = ["José", "João", "Carlos Eduardo", "Paulo Roberto", "Marcos", "Luiz Carlos",
        "Pedro Henrique", "Gustavo", "Rafael", "Bruno", "Diego", "André", "Felipe", "Ricardo",
        "Manoel", "Severino", "Benedito", "José Carlos", "João Batista", "Antônio Carlos",
        "Marcelo", "Vinícius"]
PT_M_RARE = ["Edmilson", "Valdemir", "Gildeon", "Jucelino", "Rosivaldo", "Damião", "Erivaldo",
             "Cosme", "Aldemir", "Joselito", "Ademilton", "Deoclécio", "Evanildo", "Lindomar",
             "Gedeão", "Maxsuel", "Wemerson", "Ueslei", "Kleberson", "Rairon", "Dheyvison",
             "Edcarlos", "Valdisney", "Francivaldo", "Adeílson", "Gilvanildo", "Jozimar",
             "Creuzimar", "Zacarias", "Onésimo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Martins", "Lopes", "Mendes",
          "Cardoso", "Dias", "Castro", "Moreira", "Batista", "Fernandes", "Azevedo", "Monteiro",
          "Borges", "Cunha", "Xavier", "Soares", "Andrade", "Melo", "Reis", "Nunes", "Gonçalves",
          "Ribeiro", "Teixeira"]
PT_SUR_RARE = ["Cajazeira", "Fialho", "Quintela", "Trancoso", "Sarmento", "Boaventura",
               "Gusmão", "Valadares", "Mourão", "Bulhões", "Cordovil", "Bittencourt",
               "Lustosa", "Carvalhedo", "Linhares", "Aroeira", "Sucupira", "Mascarenhas",
               "Pestana", "Quixabeira", "Mangabeira", "Cansanção", "Jatahy", "Caldeirinha",
               "Esmeraldino", "Tapajós", "Araripe", "Bandeirinha", "Sobreiro", "Gadelha"]
WORD_F = ["Vitória", "Rosa", "Aurora", "Glória", "Celeste", "Esperança", "Serena", "Dalva"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Justino", "Vitório", "Fortunato"]
WORD_SUR = ["Rosa", "Branco", "Leão", "Pereira", "Bento", "Prudente", "Pinheiro", "Coelho",
            "Carneiro", "Raposo", "Cordeiro", "Paz", "Cruz", "Franco", "Salgado", "Bravo",
            "Machado", "Serra", "Fontes", "Bonfim", "Amado", "Vitória"]
FOREIGN = {
    "it": (["Ornella", "Loreta", "Graziella", "Donatella"], ["Donato", "Ettore", "Gianluca", "Primo"],
           ["Pizzolatto", "Bortolini", "Tessaro", "Zuchetto", "Gasparetto", "Dall'Oglio", "Scapin"]),
    "de": (["Edeltraud", "Irmgard", "Hildegard", "Gisela"], ["Wolfgang", "Arno", "Elvino", "Reinholdo"],
           ["Kleinschmidt", "Rauber", "Trennepohl", "Hillesheim", "Lindemeyer", "Schwertner"]),
    "jp": (["Tomoko", "Emiko", "Harumi", "Naomi"], ["Yoshio", "Mitsuo", "Satoshi", "Kazuo"],
           ["Matsumoto", "Hamada", "Kuwabara", "Tokunaga", "Shimabukuro", "Kanashiro", "Ogawa"]),
    "lb": (["Najla", "Mouna", "Rafaela"], ["Salim", "Tufik", "Jorge Elias", "Michel"],
           ["Daher", "Tannous", "Sfeir", "Mansur", "Bechara", "Kalil", "Hamwi", "Assad"]),
    "pl": (["Jadwiga", "Halina", "Iryna"], ["Kazimierz", "Zbigniew", "Mykola"],
           ["Wojcik", "Dembinski", "Grabowski", "Piekarski", "Melnyk", "Hrytsenko", "Pasternak"]),
    "af": (["Ngozi", "Aissatou", "Nzuzi", "Chiamaka"], ["Chukwuemeka", "Mamadou", "Mavungo", "Kabongo"],
           ["Eze", "Obi", "Diallo", "Ndiaye", "Kiala", "Kabasele", "Okonkwo"]),
    "in": (["Anaí", "Tainá", "Kerexu", "Juraci"], ["Raoni", "Werá", "Moacyr", "Tupã"],
           ["Guajajara", "Tukano", "Kaiowá", "Xavante", "Potiguara", "Tapeba"]),
    "ht": (["Nadège", "Jodeline", "Ketly", "Mirlande"], ["Wilner", "Dieunel", "Fritzgerald", "Wisly"],
           ["Célestin", "Augustin", "Desrosiers", "Jean-Charles", "Toussaint", "Noël"]),
    "ve": (["Yusbelys", "Oriana", "Yelitza", "Marbelis"], ["Yorman", "Yeferson", "Deiker", "Ramsés"],
           ["Briceño", "Villegas", "Colmenares", "Marcano", "Guanipa", "Choque", "Condori"]),
    "as": (["Soo-ah", "Mei Ling", "Hana"], ["Jae-won", "Wei Jie", "Sung-min"],
           ["Lee", "Jung", "Huang", "Lin", "Shin"]),
    "jw": (["Dvora", "Ester", "Miriam"], ["Abrahão", "Jacob", "Natan"],
           ["Kaufman", "Blumenfeld", "Zylberstajn", "Gorodicht"]),
}
PARTICLES = ("da", "de", "do", "dos", "das")
SUFFIXES = ("Filho", "Júnior", "Neto", "Sobrinho")

DDDS = ["11", "13", "15", "17", "18", "21", "22", "27", "28", "31", "32", "33", "35", "38", "41",
        "44", "45", "47", "49", "51", "53", "54", "55", "62", "63", "65", "67", "68", "69", "71",
        "73", "74", "77", "79", "81", "82", "84", "85", "87", "88", "89", "91", "93", "94", "96",
        "98", "99"]
STREETS = ["Rua Coronel Bento Fagundes", "Avenida Prudente de Morais", "Rua Dona Rosa Branco",
           "Travessa Leão XIII", "Rua Pereira Barreto", "Avenida Vitória Régia",
           "Rua Professor Hasegawa", "Rua Monsenhor Tabosa", "Rua Padre Anchieta",
           "Rua Irmãos Chamoun", "Avenida Getúlio Vargas", "Rua Desembargador Westphalen",
           "Rua Joaquim Nabuco", "Estrada Velha do Aurora", "Rua das Orquídeas",
           "Rua Engenheiro Rebouças", "Avenida Marechal Rondon", "Rua Visconde de Mauá",
           "Rua Dom Bosco", "Rua Santa Glória", "Avenida Ayrton Senna", "Rua Sargento Leão Amado",
           "Rua Tomé de Souza", "Rua Capitão Salgado Branco", "Alameda Bento Machado",
           "Rua Doutor Xavier Sigaud", "Rua Maestro Villa-Lobos", "Avenida Juscelino Kubitschek"]
BAIRROS = ["Jardim das Rosas", "Vila Prudente", "Bento Ferreira", "Santa Rosa", "Parque Vitória",
           "Jardim Aurora", "Vila Pereira", "Centro", "Bela Vista", "Cidade Nova", "Boa Vista",
           "Jardim Leão", "Vila Branca", "Glória", "Morada do Sol", "Conjunto Habitacional Bento XVI"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"),
          ("Vitória da Conquista", "BA"), ("Santa Rosa", "RS"), ("Pereira Barreto", "SP"),
          ("Aurora", "CE"), ("Teófilo Otoni", "MG"), ("Governador Valadares", "MG"),
          ("Juiz de Fora", "MG"), ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Imperatriz", "MA"),
          ("Santarém", "PA"), ("Chapecó", "SC"), ("Dourados", "MS"), ("Rio Branco", "AC"),
          ("Boa Vista", "RR"), ("Cruz Alta", "RS"), ("Petrolina", "PE"), ("Mossoró", "RN"),
          ("Cascavel", "PR"), ("Marechal Cândido Rondon", "PR"), ("São Paulo", "SP"),
          ("Belo Horizonte", "MG"), ("Curitiba", "PR"), ("Fortaleza", "CE"), ("Goiânia", "GO")]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
NUM_WORDS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
             "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito",
             "dezenove", "vinte", "vinte e um", "vinte e dois", "vinte e três", "vinte e quatro",
             "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito"]
HOSPITALS = ["Hospital Santa Rosa de Lima", "Hospital São Bento", "Santa Casa de Misericórdia",
             "Hospital Regional Doutor Leão Machado", "Maternidade Nossa Senhora da Glória",
             "Hospital Aurora", "Hospital Estadual Getúlio Vargas", "Hospital Prudente de Morais",
             "Hospital Municipal Irmã Dulce", "Hospital Evangélico Vitória"]
COMPANIES = ["Construtora Leão Ltda", "Transportadora Bento & Prudente Ltda",
             "Supermercados Pereira & Filhos Ltda", "Móveis Branco Decor Ltda",
             "Auto Peças Rosa Ltda", "Haddad Tecidos S.A.", "Metalúrgica Kleinschmidt Ltda",
             "Laticínios Bortolini S.A.", "Cerâmica Vitória Ltda", "Comercial Matsumoto Ltda",
             "Padaria Aurora do Bairro Ltda", "Agropecuária Salgado & Serra Ltda"]
BANKS = ["Banco do Brasil", "Caixa Econômica Federal", "Itaú Unibanco", "Bradesco", "Santander",
         "Sicoob Credivale", "Sicredi Vale do Taquari", "Banco Inter", "Nubank", "Banrisul"]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "MA", "ES", "PB", "MS"]
CIDS = [("J18.9", "pneumonia não especificada"), ("I50.0", "insuficiência cardíaca congestiva"),
        ("N39.0", "infecção do trato urinário"), ("I63.9", "infarto cerebral"),
        ("E11.9", "diabetes mellitus tipo 2"), ("K80.2", "colelitíase"),
        ("A41.9", "sepse não especificada"), ("J44.1", "DPOC exacerbada"),
        ("I21.4", "infarto agudo do miocárdio sem supra de ST"), ("L03.1", "celulite de membro")]
LAWS = ["Lei nº 8.078/1990", "Lei 13.709/2018", "Lei nº 10.406/2002", "Lei nº 14.181/2021",
        "Lei 9.099/1995", "Lei nº 8.069/1990", "Lei nº 11.441/2007", "Lei 5.478/1968"]


def gw(p: "Person", m: str, f: str) -> str:
    return f if p.fem else m


class Person:
    def __init__(self, given: str, surnames: list[str], fem: bool):
        self.given = given
        self.surnames = surnames
        self.fem = fem

    @property
    def first(self) -> str:
        parts = self.given.split()
        if parts[0] == "Maria" and len(parts) > 1 and parts[1] in PARTICLES:
            return self.given
        return parts[0]

    @property
    def last(self) -> str:
        s = self.surnames[-1]
        if s in SUFFIXES and len(self.surnames) > 1:
            return self.surnames[-2] + " " + s
        return s

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
    def sr(self) -> str:
        return "Sra." if self.fem else "Sr."

    @property
    def dr(self) -> str:
        return "Dra." if self.fem else "Dr."


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

    # ------------------------------------------------------------------ people
    def _surname(self, word: bool) -> str:
        r = self.rng.random()
        if word or r < 0.18:
            return self.pick(WORD_SUR)
        if r < 0.45:
            return self.pick(PT_SUR_RARE)
        return self.pick(PT_SUR)

    def person(self, fem: bool | None = None, origin: str | None = None, word: bool = False,
               n_sur: int | None = None) -> Person:
        rng = self.rng
        if fem is None:
            fem = rng.random() < 0.5
        if origin is None:
            origin = "pt" if rng.random() < 0.62 else rng.choice(sorted(FOREIGN))
        if origin == "pt":
            r = rng.random()
            if word or r < 0.1:
                given = rng.choice(WORD_F if fem else WORD_M)
            elif r < 0.45:
                given = rng.choice(PT_F_RARE if fem else PT_M_RARE)
            else:
                given = rng.choice(PT_F if fem else PT_M)
            k = n_sur or rng.choice([1, 2, 2, 2, 3])
            surnames: list[str] = []
            for i in range(k):
                s = self._surname(word and i == k - 1)
                while s in surnames:
                    s = self._surname(False)
                surnames.append(s)
            if rng.random() < 0.3:
                at = rng.randint(0, len(surnames) - 1)
                nxt = surnames[at]
                particle = "dos" if nxt.endswith("s") else ("da" if nxt.endswith("a") else rng.choice(["de", "de", "do"]))
                surnames.insert(at, particle)
            if not fem and rng.random() < 0.07:
                surnames.append(rng.choice(["Filho", "Júnior", "Neto", "Sobrinho"]))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("as",):
                given = rng.choice((PT_F + PT_F_RARE) if fem else (PT_M + PT_M_RARE))
            else:
                given = rng.choice(fs if fem else ms)
            surnames = [rng.choice(sur)]
            if rng.random() < 0.5:
                surnames.insert(0, self._surname(False))
        return Person(given, surnames, fem)

    def spouse_of(self, p: Person) -> Person:
        """Opposite-sex spouse; a wife carries her own surname, then her husband's."""
        q = self.person(fem=not p.fem, origin="pt", n_sur=1)
        own = [s for s in q.surnames if s not in PARTICLES and s not in SUFFIXES]
        if q.fem:
            his = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][-1]
            return Person(q.given, own[:1] + ([his] if his not in own else []), True)
        return Person(q.given, own, False)

    def child_of(self, father: Person, mother: Person | None, fem: bool | None = None) -> Person:
        if fem is None:
            fem = self.chance(0.5)
        q = self.person(fem=fem, origin="pt")
        fl = [s for s in father.surnames if s not in PARTICLES and s not in SUFFIXES]
        sur = []
        if mother is not None:
            ml = [s for s in mother.surnames if s not in PARTICLES]
            if ml and ml[0] not in fl:
                sur.append(ml[0])
        sur.append(fl[-1])
        return Person(q.given, sur, fem)

    # ------------------------------------------------------------------ identifiers
    def cpf(self, style: str | None = None) -> str:
        b = self.d(9)
        n = b + cpf_dv(b)
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if style == "dot" else n

    def bad11(self) -> str:
        """Eleven digits that fail the CPF check (protocol-like look-alike)."""
        while True:
            n = self.d(11)
            if not cpf_ok(n):
                return n

    def cnpj(self, alnum: bool = False) -> str:
        if alnum:
            chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            b = "".join(self.pick(chars) for _ in range(8))
            b += self.pick(["0001", "0001"] + ["".join(self.pick(chars) for _ in range(4))])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"

    def rg(self) -> tuple[str, str]:
        """(RG value for the span, issuer text after it)."""
        k = self.rng.random()
        if k < 0.55:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}", self.pick(["SSP/SP", "SSP-SP", "SSP/SP"])
        if k < 0.75:
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}", "PC/MG"
        uf = self.pick(["PE", "CE", "BA", "RS", "PR", "GO"])
        n = str(self.ri(1000000, 9999999))
        org = {"PE": "SDS/PE", "CE": "SSPDS/CE", "BA": "SSP/BA", "RS": "SJS/RS", "PR": "SESP/PR", "GO": "SSP/GO"}[uf]
        return (f"{n[0]}.{n[1:4]}.{n[4:]}" if self.chance(0.5) else n), org

    def cnh(self) -> str:
        b = self.d(9)
        return b + cnh_dv(b)

    def pis(self) -> str:
        b = self.pick("12") + self.d(9)
        n = b + pis_dv(b)
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if self.chance(0.7) else n

    def titulo(self) -> str:
        b = self.d(8) + f"{self.ri(1, 28):02d}"
        n = b + titulo_dv(b)
        return f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.6) else n

    def cns(self) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if self.chance(0.6) else n

    def cep(self) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else f"{n[:2]}.{n[2:5]}-{n[5:]}"

    def phone(self, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + self.d(8)) if mobile else (str(self.ri(2, 4)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = self.pick(["par", "par", "par", "plus", "plain", "nine"])
        if style == "nine" and mobile:
            return f"({ddd}) 9 {h[1:]}-{t}"
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "nine": f"({ddd}) {h}-{t}"}[style]

    def card(self) -> str:
        b = self.pick(["4", "5", "5", "3"])
        if b == "3":
            b = self.pick(["36", "38"]) + self.d(11)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.chance(0.8) else n

    def pix(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        if old is None:
            old = self.chance(0.45)
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self) -> str:
        return self.d(4) if self.chance(0.7) else f"{self.d(4)}-{self.d(1)}"

    def account(self) -> str:
        n = self.d(self.ri(5, 8))
        if self.chance(0.25) and len(n) >= 5:
            n = f"{int(n[:-3]):,}".replace(",", ".") + "." + n[-3:]
        return f"{n}-{self.pick('0123456789X')}"

    def ip(self) -> str:
        return f"{self.pick([177, 179, 187, 189, 191, 200, 201, 138, 152])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def email(self, p: Person, domain: str | None = None) -> str:
        f = noacc(p.first.split()[0]).lower().replace("'", "").replace("-", "")
        l = noacc(p.last.split()[0]).lower().replace("'", "").replace("-", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{f}.{l}{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def address(self) -> str:
        s = self.pick(STREETS)
        r = self.rng.random()
        num = str(self.ri(12, 4980))
        if len(num) == 4 and self.chance(0.4):
            num = num[0] + "." + num[1:]
        if r < 0.45:
            num = f"nº {num}"
        elif r < 0.5:
            num = "s/nº"
        comp = self.pick(["", "", "", f", apto {self.ri(11, 1804)}", f", apartamento {self.ri(11, 904)}, bloco {self.pick('ABCD')}",
                          f", casa {self.ri(1, 9)}", ", fundos", f", sala {self.ri(101, 1210)}",
                          f", lote {self.ri(1, 40)}, quadra {self.ri(1, 30)}"])
        return f"{s}, {num}{comp}"

    def city(self):
        return self.pick(CITIES)

    def dob(self, lo: int = 1938, hi: int = 2004, written: bool | None = None) -> str:
        y, m, dd = self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28)
        if written is None:
            written = self.chance(0.35)
        if written:
            return f"{dd} de {MONTHS[m - 1]} de {y}"
        return f"{dd:02d}/{m:02d}/{y}"

    def date(self, year: int | None = None, written: bool | None = None) -> str:
        year = year or self.pick([2023, 2024, 2024, 2025, 2025, 2025])
        m, dd = self.ri(1, 12), self.ri(1, 28)
        if written is None:
            written = self.chance(0.4)
        if written:
            return f"{dd} de {MONTHS[m - 1]} de {year}"
        return f"{dd:02d}/{m:02d}/{year}"

    def ordered_dates(self, n: int, year: int = 2025, written: bool = True) -> list[str]:
        days = sorted(self.rng.sample(range(0, 12 * 28), n))
        if written:
            return [f"{x % 28 + 1} de {MONTHS[x // 28]} de {year}" for x in days]
        return [f"{x % 28 + 1:02d}/{x // 28 + 1:02d}/{year}" for x in days]

    def deed_date(self) -> str:
        dd, m = self.ri(1, 28), self.ri(1, 12)
        return f"aos {NUM_WORDS[dd]} ({dd}) dias do mês de {MONTHS[m - 1]} do ano de dois mil e vinte e cinco (2025)"

    def money(self, lo: int = 150, hi: int = 250000) -> str:
        v = self.ri(lo * 100, hi * 100) / 100
        return "R$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    def cnj(self) -> str:
        n, yr = self.d(7), self.pick(["2019", "2021", "2022", "2023", "2024", "2025"])
        j, tr, orig = "8", f"{self.ri(1, 27):02d}", self.d(4)
        dv = 98 - int(n + yr + j + tr + orig + "00") % 97
        return f"{n}-{dv:02d}.{yr}.{j}.{tr}.{orig}"

    def protocol(self) -> str:
        k = self.rng.random()
        if k < 0.5:
            return self.bad11()
        if k < 0.75:
            return f"{self.pick(['2024', '2025'])}{self.d(7)}"
        return f"{self.pick(['2024', '2025'])}.{self.d(4)}.{self.d(6)}"

    def cid(self):
        return self.pick(CIDS)

    # ------------------------------------------------------------------ councils
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
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS {self.ri(1, 25)}ª Região nº {n}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 299999)}-F"
        if kind == "CRC":
            return f"CRC/{uf} {self.ri(1, 1)}{self.d(5)}/O-{self.d(1)}"
        if kind == "CRN":
            return f"CRN-{self.ri(1, 10)} {self.ri(1000, 59999)}"
        if kind == "CRF":
            return f"CRF-{uf} {self.ri(1000, 59999)}"
        raise KeyError(kind)


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


OPTIONAL = re.compile(r"⟦(.*?)⟧", re.S)


class Doc:
    def __init__(self, g: Gen | None = None):
        self.g = g
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span.

        A segment between ⟦ and ⟧ is kept with probability 0.3 (so copies differ); the values
        of a dropped segment are simply not written."""
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


def qualify(doc: Doc, g: Gen, p: Person, *, caps: bool = True, dob: bool | tuple = False, rg: bool = True,
            job: str | None = None, civil: str | None = None, addr: bool = True, contact: bool = False,
            nat: str | None = None, parents: bool = False) -> dict:
    """Full notarial/forensic qualification of a party, written as one sentence fragment."""
    doc.e(p.caps if caps else p.full, "PERSON")
    nat = nat or gw(p, "brasileiro", "brasileira")
    civil = civil or g.pick([gw(p, "casado", "casada"), gw(p, "solteiro", "solteira"),
                             gw(p, "divorciado", "divorciada"), gw(p, "viúvo", "viúva")])
    job = job or g.pick([gw(p, "comerciante", "comerciante"), gw(p, "aposentado", "aposentada"),
                         gw(p, "professor", "professora"), gw(p, "motorista", "motorista"),
                         gw(p, "técnico em enfermagem", "técnica em enfermagem"),
                         gw(p, "agricultor", "agricultora"), gw(p, "autônomo", "autônoma"),
                         gw(p, "servidor público", "servidora pública"), "do lar" if p.fem else "pedreiro",
                         gw(p, "engenheiro civil", "engenheira civil"), "analista de sistemas"])
    doc.t(f", {nat}, {civil}, {job}")
    if parents:
        own = [x for x in p.surnames if x not in PARTICLES and x not in SUFFIXES]
        fa = Person(g.pick(PT_M + PT_M_RARE + WORD_M), [g._surname(False), own[-1]], False)
        mo = Person(g.pick(PT_F + PT_F_RARE + WORD_F), [own[0] if len(own) > 1 else g._surname(False)], True)
        doc.t(", filh" + gw(p, "o", "a") + " de ").e(fa.full, "PERSON").t(" e de ").e(mo.full, "PERSON")
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1945, 2000)
        doc.t(", " + gw(p, "nascido", "nascida") + " em ").e(g.dob(lo, hi), "DATE_OF_BIRTH")
    if rg and g.chance(0.6):
        v, org = g.rg()
        doc.t(g.pick([", portador" + gw(p, "", "a") + " da cédula de identidade RG nº ",
                      ", portador" + gw(p, "", "a") + " do RG nº ", ", RG "])).e(v, "BR_RG").t(f" {org}")
    doc.t(g.pick([" e inscrit" + gw(p, "o", "a") + " no CPF/MF sob o nº ", ", CPF nº ", ", inscrit" + gw(p, "o", "a") + " no CPF sob o nº "]))
    out = {"cpf": g.cpf("dot")}
    doc.e(out["cpf"], "BR_CPF")
    if contact:
        doc.t(", telefone ").e(g.phone(), "PHONE_NUMBER").t(", e-mail ").e(g.email(p), "EMAIL_ADDRESS")
    if addr and g.chance(0.8):
        c, uf = g.city()
        doc.t(", residente e domiciliad" + gw(p, "o", "a") + g.pick([" na ", " à "])).e(g.address(), "ADDRESS")
        doc.t(f", bairro {g.pick(BAIRROS)}, {c}/{uf}")
        if g.chance(0.4):
            doc.t(", CEP ").e(g.cep(), "BR_CEP")
    return out


# =========================================================================== atendimento


def at_complaint_letter(g: Gen) -> Doc:
    """Long complaint letter from a customer to a retailer's legal department."""
    doc = Doc(g)
    cli = g.person()
    sp = g.spouse_of(cli) if not cli.fem else None
    husband = g.person(fem=False) if cli.fem else None
    seller, sup, tech = g.person(), g.person(), g.person(fem=False)
    store = g.pick(["Móveis Branco Decor Ltda", "Lojas Leão Eletro S.A.", "Casa Pereira Móveis e Eletro",
                    "Magazine Vitória Ltda"])
    c, uf = g.city()
    item = g.pick([("um sofá retrátil de três lugares na cor branco gelo", "sofá"),
                   ("um guarda-roupa de seis portas em MDF, acabamento rosa antigo", "guarda-roupa"),
                   ("uma geladeira frost free inox de 480 litros", "geladeira"),
                   ("um conjunto de mesa com seis cadeiras, tampo de vidro branco", "conjunto de mesa")])
    doc.f("«c», «d».\n\nÀ\n«store»\nDepartamento Jurídico / Serviço de Atendimento ao Consumidor\n"
          "CNPJ «cnpj»\n\nRef.: pedido nº «ped» – protocolos de atendimento nº «p1», «p2» e «p3»\n\n"
          "Prezados Senhores,\n\nEu, ", c=c, d=g.date(2025, True), store=store, cnpj=L(g.cnpj(), "BR_CNPJ"),
          ped=g.d(9), p1=g.protocol(), p2=g.protocol(), p3=g.protocol())
    q = qualify(doc, g, cli, caps=g.chance(0.5), contact=g.chance(0.5))
    buy, deliv = g.ordered_dates(2)
    doc.f(", venho, por meio desta carta, que envio também com aviso de recebimento, registrar formalmente "
          "minha reclamação e pedir providências, já que os canais comuns de atendimento não resolveram nada em "
          "quase dois meses.\n\nNo dia «d1» comprei na loja física de «c» «item», pagando «m» no cartão de crédito "
          "nº «card», em dez parcelas. Fui atendid«o» pel«vo» vendedor«va» «sel», que me garantiu entrega em até "
          "quinze dias úteis e montagem gratuita. A entrega só aconteceu no dia «d2», e o caminhão da transportadora "
          "(placa «pl») deixou o produto na calçada, porque o motorista disse que não subia escada. ",
          d1=buy, c=c, item=item[0], m=g.money(1500, 9000), card=L(g.card(), "CREDIT_CARD"),
          o=gw(cli, "o", "a"), vo=gw(seller, "o", "a"), va=gw(seller, "", "a"), sel=P(seller.full),
          d2=deliv, pl=L(g.plate(), "LICENSE_PLATE"))
    if husband is not None and g.chance(0.6):
        doc.f("Quem carregou tudo até o apartamento foi meu marido, «h», com a ajuda de um vizinho. ", h=P(husband.full))
    elif sp is not None and g.chance(0.6):
        doc.f("Quem recebeu a entrega foi minha esposa, «h», que estava sozinha em casa e precisou pedir ajuda a um vizinho. ",
              h=P(sp.full))
    doc.f("Ao abrir a embalagem, constatamos que o «it» veio com a lateral amassada e faltando peças.\n\n"
          "Liguei no mesmo dia para o SAC e fui atendid«o» por uma moça que se identificou como «a1», que abriu "
          "o protocolo «p4» e prometeu a visita de um técnico em 72 horas. O técnico, «tec», só apareceu dez "
          "dias depois, fotografou o produto, confirmou o defeito e disse que o laudo seguiria para a supervisão. "
          "⟦Depois disso, falei por telefone com a supervisora «sup», que me pediu paciência e disse que a troca "
          "dependia do fabricante. Liguei mais seis vezes. Em uma delas, a ligação caiu quando pedi para falar "
          "de novo com a «supf».⟧\n\n",
          it=item[1], o=gw(cli, "o", "a"), a1=P(g.pick(PT_F + PT_F_RARE)), p4=g.protocol(), tec=P(tech.short),
          sup=P(sup.full), supf=P(sup.first))
    doc.f("Lembro que o Código de Defesa do Consumidor («law»), no art. 18, § 1º, dá ao fornecedor trinta dias "
          "para sanar o vício, prazo que terminou em «d3». Não quero briga, mas também não vou aceitar mais "
          "promessas: não tenho como ficar esperando a boa vontade da empresa, nem sou obrigad«o» a conviver "
          "com um móvel quebrado na sala.\n\nDiante disso, peço, no prazo de dez dias:\n"
          "a) a substituição do produto por outro igual, novo e sem defeito, entregue e montado; ou\n"
          "b) a devolução integral do valor pago, «m», com o estorno das parcelas no cartão acima.\n\n",
          law=g.pick(LAWS[:1]), d3=g.date(2025), o=gw(cli, "o", "a"), m=g.money(1500, 9000))
    if g.chance(0.5):
        doc.f("Caso prefiram depositar, meus dados são: «bank», agência «ag», conta corrente «cc», em meu nome. ",
              bank=g.pick(BANKS), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    doc.f("Se não houver resposta, procurarei o Procon de «c» e o Juizado Especial Cível.\n\n", c=c)
    if g.chance(0.5):
        doc.f("Para contato, deixo também o celular do meu filho, «son», «tel2», que pode receber a equipe se eu "
              "estiver no trabalho.\n\n", son=P(g.child_of(husband or cli, cli if husband else sp, fem=False).first),
              tel2=L(g.phone(), "PHONE_NUMBER"))
    doc.f("Atenciosamente,\n\n«sig»\nCPF «cpf2»\n", sig=P(cli.full), cpf2=L(q["cpf"], "BR_CPF"))
    return doc


def at_ombudsman_reply(g: Gen) -> Doc:
    """Ombudsman (ouvidoria) formal second-instance reply letter."""
    doc = Doc(g)
    cli = g.person()
    dep = g.child_of(g.person(fem=False), cli)
    mgr, agent, ouv = g.person(), g.person(), g.person()
    co = g.pick(["Vitória Saúde Operadora de Planos Ltda", "Banco Aurora S.A.", "Cooperativa Leão do Norte",
                 "Unimed Vale do Bento"])
    c, uf = g.city()
    doc.f("OUVIDORIA – «co»\n«c», «d»\n\nCarta OUV nº «n»/2025\nProtocolo de ouvidoria: «pr»\n\n"
          "À «sr» «nm»\n«addr»\n«bairro» – «c»/«uf» – CEP «cep»\n\n"
          "Prezad«a» «sr» «last»,\n\n",
          co=co, c=c, d=g.date(2025, True), n=g.d(4), pr=g.protocol(), sr="Senhora" if cli.fem else "Senhor",
          nm=P(cli.caps), addr=L(g.address(), "ADDRESS"), bairro=g.pick(BAIRROS), uf=uf,
          cep=L(g.cep(), "BR_CEP"), a=gw(cli, "o", "a"), last=P(cli.last) if g.chance(0.6) else P(cli.full))
    doc.f("Em atenção à manifestação registrada em «d1», na qual V.Sa. relata que, depois de três contatos com "
          "a central de relacionamento sem solução, teve negada a inclusão de «dep» como dependente e, ainda, "
          "recebeu cobranças em duplicidade, esta Ouvidoria reexaminou integralmente o caso, ouvindo as áreas "
          "envolvidas e as gravações disponíveis.\n\n"
          "Verificamos que, em «d2», V.Sa. compareceu à unidade de atendimento da Avenida Getúlio Vargas e foi "
          "atendid«a» pel«ma» gerente «mgr», que recebeu a certidão de nascimento de «depf», nascid«da» em "
          "«dob», mas não a digitalizou no sistema. Por essa razão, o pedido ficou parado por quarenta dias. "
          "⟦Nas ligações seguintes, «ag» informou, de forma equivocada, que seria necessário novo envio. ⟧"
          "Reconhecemos a falha e pedimos desculpas.\n\n",
          d1=g.date(2025), dep=P(dep.full), d2=g.date(2025), a=gw(cli, "o", "a"), ma=gw(mgr, "o", "a"),
          mgr=P(mgr.full), depf=P(dep.first), da=gw(dep, "o", "a"), dob=L(g.dob(2008, 2024), "DATE_OF_BIRTH"),
          ag=P(agent.first) if g.chance(0.5) else P(f"{agent.first} {agent.last}"))
    doc.f("Quanto às cobranças, constatamos dois débitos de «m» em «d3» na conta de V.Sa. (agência «ag», conta "
          "«cc»), um deles indevido. O valor será restituído em dobro, nos termos do art. 42, parágrafo único, "
          "da «law», no prazo de cinco dias úteis, na mesma conta. O cadastro foi corrigido: o telefone antigo "
          "«tel_old» foi substituído por «tel», e o e-mail «em» passa a ser o canal principal.\n\n"
          "A inclusão de «depf» foi concluída hoje, com vigência retroativa à data do primeiro pedido. "
          "Caso a resposta não seja satisfatória, V.Sa. pode recorrer à ANS (0800 701 9656) ou ao Procon, "
          "informando o protocolo acima.\n\nAtenciosamente,\n\n«ouv»\nOuvidor«oa» – «co»\n",
          m=g.money(80, 2000), d3=g.date(2025), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          law=g.pick(["Lei nº 8.078/1990", "Lei 8.078/90"]), tel_old=L(g.phone(False), "PHONE_NUMBER"),
          tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(cli), "EMAIL_ADDRESS"), depf=P(dep.first),
          ouv=P(ouv.full), oa=gw(ouv, "", "a"), co=co)
    return doc


def at_procon_minutes(g: Gen) -> Doc:
    """Procon conciliation hearing minutes (termo de audiência) in running prose."""
    doc = Doc(g)
    cons, lawyer, med, prep = g.person(), g.person(), g.person(fem=True), g.person()
    comp = g.pick(["Construtora Leão Ltda", "Auto Peças Rosa Ltda", "Agência de Viagens Aurora Turismo Ltda",
                   "Escola de Idiomas Prudente Ltda", "Cerâmica Vitória Ltda"])
    c, uf = g.city()
    doc.f("PROCON MUNICIPAL DE «C»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso administrativo (FA) nº "
          "«fa»\nReclamante: «cons»\nReclamada: «comp»\n\n",
          C=c.upper(), fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}.{g.d(2)}-{g.d(7)}", cons=P(cons.caps), comp=comp.upper())
    doc.f("Aos «dd» dias do mês de «mm» de 2025, às «h» horas, na sala de audiências do Procon Municipal de "
          "«c», situado na Rua Coronel Bento Fagundes, presentes a conciliadora «med», matrícula «mat», "
          "", dd=NUM_WORDS[g.ri(1, 28)], mm=g.pick(MONTHS), h=g.pick(["nove", "dez", "quatorze", "quinze"]),
          c=c, med=P(med.full), mat=g.d(5))
    doc.t(gw(cons, "o reclamante ", "a reclamante "))
    qualify(doc, g, cons, caps=False, addr=g.chance(0.4), contact=g.chance(0.25))
    if g.chance(0.4):
        doc.f(", acompanhad«o» de seu advogado, «dr» «law», «oab»", o=gw(cons, "o", "a"), dr=lawyer.dr,
              law=P(lawyer.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f(", e a reclamada, «comp», inscrita no CNPJ sob o nº «cnpj», representada por sua preposta "
          "«prep», CPF «pcpf», conforme carta de preposição juntada, foi aberta a sessão.\n\n",
          comp=comp, cnpj=L(g.cnpj(), "BR_CNPJ"), prep=P(prep.full), pcpf=L(g.cpf(), "BR_CPF"))
    kind = g.rng.random()
    doc.f("Dada a palavra «ao» reclamante, «cf» relatou que contratou os serviços da reclamada em «d1», "
          "pelo valor de «m», e que, apesar de ter quitado todas as parcelas, o serviço não foi prestado no "
          "prazo. Disse ainda que a funcionária «fun», da filial do bairro «bairro», prometeu o reembolso em "
          "janeiro e não cumpriu. Pediu a restituição integral e a reparação pelo tempo perdido, lembrando que "
          "«kidrel», «kid», ficou sem o curso que seria pago com aquele dinheiro.\n\n"
          "Com a palavra, «prepa» preposta, «psr» «pf», reconheceu o atraso, atribuiu o problema a mudança de sistema "
          "e apresentou proposta de devolução de «m2» em três parcelas. ",
          ao=gw(cons, "ao", "à"), cf=P(cons.first), d1=g.date(2024), m=g.money(900, 12000),
          fun=P(g.person(fem=True).first), bairro=g.pick(BAIRROS), kidrel=g.pick(["sua filha", "a filha"]),
          kid=P(g.child_of(cons if not cons.fem else g.person(fem=False), cons if cons.fem else None, fem=True).first),
          prepa=gw(prep, "o", "a"), psr=prep.sr, pf=P(prep.last), m2=g.money(500, 9000))
    if kind < 0.6:
        doc.f("Após ponderações da conciliadora, «cf2» aceitou a proposta, desde que o pagamento se faça em "
              "parcela única até «d2», por Pix, para a chave aleatória «pix», cadastrada em seu nome. A "
              "reclamada concordou.\n\nACORDO: a reclamada pagará «ao2» reclamante o valor de «m2» até «d2». "
              "O descumprimento implicará multa de 50% e o envio do processo à fiscalização.\n\n",
              cf2=P(cons.last if g.chance(0.5) else cons.first), d2=g.date(2025), pix=L(g.pix(), "PIX_KEY"),
              ao2=gw(cons, "ao", "à"), m2=g.money(500, 9000))
    else:
        doc.f("«cf2» não aceitou a proposta, por considerá-la insuficiente. Restou infrutífera a conciliação, "
              "e a reclamação será classificada como fundamentada não atendida, com remessa ao setor de "
              "fiscalização, nos termos do Decreto nº 2.181/1997.\n\n",
              cf2=P(cons.last))
    doc.f("Nada mais havendo, eu, «med2», conciliadora, lavrei o presente termo, que vai assinado pelos "
          "presentes.\n\nReclamante: ______________\nReclamada: ______________\nConciliadora: ______________\n",
          med2=P(med.first + " " + med.last))
    return doc


def at_email_thread(g: Gen) -> Doc:
    """A customer's e-mail thread with a travel agency, older messages quoted with '>'."""
    doc = Doc(g)
    cli = g.person()
    sp = g.spouse_of(cli) if not cli.fem else g.person(fem=False)
    dad, mom = (cli, sp) if not cli.fem else (sp, cli)
    kids = [g.child_of(dad, mom) for _ in range(1 if g.chance(0.6) else 2)]
    agt, mgr = g.person(), g.person()
    ag_dom = g.pick(["aurora-turismo.com.br", "leaoviagens.com.br", "vitoriatour.com.br"])
    agency = {"aurora-turismo.com.br": "Aurora Turismo", "leaoviagens.com.br": "Leão Viagens",
              "vitoriatour.com.br": "Vitória Tour"}[ag_dom]
    dest = g.pick(["Porto Seguro", "Maceió", "Gramado", "Bonito", "Jericoacoara", "Foz do Iguaçu"])
    em, aem = g.email(cli), g.email(agt, ag_dom)
    d_old, d_new = g.ordered_dates(2)
    cc = g.chance(0.5)
    doc.f("De: «cli» <«em»>\nPara: «agt» <«aem»>\n", cli=P(cli.full), em=L(em, "EMAIL_ADDRESS"), agt=P(agt.full),
          aem=L(aem, "EMAIL_ADDRESS"))
    if cc:
        doc.f("Cc: «mgr» <«mem»>\n", mgr=P(mgr.full), mem=L(g.email(mgr, ag_dom), "EMAIL_ADDRESS"))
    doc.f("Assunto: RES: RES: Pacote «dest» – reserva «res» – CANCELAMENTO DO VOO\n\n«af», boa tarde.\n\n"
          "Já é o terceiro e-mail que mando e continuo sem resposta concreta. ", dest=dest, res=g.d(6), af=P(agt.first))
    if cc:
        doc.f("Copio agora «o» gerente, «mf», porque não dá mais para esperar. ", o=gw(mgr, "o", "a"), mf=P(mgr.first))
    doc.f("Recapitulando: compramos em «d0» o pacote para «dest» para «n» pessoas (eu, «sp», e ", d0=g.date(2025),
          dest=dest, n="três" if len(kids) == 1 else "quatro", sp=P(sp.first))
    if len(kids) == 1:
        doc.f("«nosso» «k1»)", nosso=gw(kids[0], "nosso filho", "nossa filha"), k1=P(kids[0].first))
    else:
        doc.f("nossos filhos «k1» e «k2»)", k1=P(kids[0].first), k2=P(kids[1].first))
    doc.f(", com saída em «d1». A companhia aérea cancelou o voo de ida e nos realocou para dois dias depois, o "
          "que faz a gente perder duas diárias do hotel já pagas. Quero o reembolso dessas diárias ou a remarcação "
          "do pacote inteiro.\n\nSe precisar dos dados de novo: meu CPF é «cpf»⟦, o de «spf_» é «cpf2»⟧. ",
          d1=g.date(2025, True), cpf=L(g.cpf(), "BR_CPF"), spf_=P(sp.first), cpf2=L(g.cpf(), "BR_CPF"))
    for i, k in enumerate(kids):
        doc.f("«pre»«kf», nascid«ka» em «dob»«post»", pre="Das crianças: " if i == 0 and len(kids) > 1 else ("" if i else "Da criança: "),
              kf=P(k.full), ka=gw(k, "o", "a"), dob=L(g.dob(2010, 2021), "DATE_OF_BIRTH"),
              post=", e " if i < len(kids) - 1 else ". ")
    doc.f("Meu celular continua o «tel».\n\n«sig»\n\n", tel=L(g.phone(), "PHONE_NUMBER"), sig=P(cli.first))
    doc.f("Em «wd», «d2» às «hh», «agt» ⟦<«aem»> ⟧escreveu:\n"
          "> Prezad«ca» «cf»,\n> \n> Recebemos sua mensagem e já acionamos a operadora. Assim que «msr» «mlast», "
          "«nossa» gerente de operações, retornar das férias, avaliará o reembolso.\n> Att.,\n"
          "> «agf» – «agency»\n",
          wd=g.pick(["seg.", "ter.", "qua.", "qui.", "sex."]), d2=d_new, hh=f"{g.ri(8, 19)}:{g.ri(0, 59):02d}",
          agt=P(agt.full), aem=L(aem, "EMAIL_ADDRESS"), ca=gw(cli, "o", "a"), cf=P(cli.first),
          msr=gw(mgr, "o Sr.", "a Sra."), mlast=P(mgr.last), nossa=gw(mgr, "nosso", "nossa"), agf=P(agt.first),
          agency=agency)
    if g.chance(0.4):
        doc.f("> \n> Em «wd2», «d3» às «hh2», «cli» <«em»> escreveu:\n"
              ">> Boa noite, «af2». O voo de «dest» foi cancelado. A reserva está no meu nome e no nome de «spf». "
              "O que faço?\n",
              wd2=g.pick(["dom.", "sáb.", "sex."]), d3=d_old, hh2=f"{g.ri(19, 23)}:{g.ri(0, 59):02d}",
              cli=P(cli.full), em=L(em, "EMAIL_ADDRESS"), af2=P(agt.first), dest=dest, spf=P(sp.full))
    return doc


def at_compliment(g: Gen) -> Doc:
    """Compliment letter naming staff of a hotel or hospital, sent to the manager."""
    doc = Doc(g)
    cli = g.person()
    mom = g.person(fem=True, word=g.chance(0.5))
    rec, drv, mgr, nurse = g.person(), g.person(fem=False), g.person(), g.person(fem=True)
    place = g.pick(["Hotel Pousada Aurora", "Grande Hotel Vitória", "Hotel Leão do Mar", "Pousada Santa Rosa"])
    c, uf = g.city()
    doc.f("«c», «d»\n\nÀ gerência do «place»\nA/C «sr» «mgr»\n\nAssunto: elogio à equipe – hospedagem de «d1» a "
          "«d2»\n\nPrezad«a» «sr2» «mgrl»,\n\n",
          c=c, d=g.date(2025, True), place=place, sr=mgr.sr, mgr=P(mgr.full), d1=g.date(2025), d2=g.date(2025),
          a=gw(mgr, "o", "a"), sr2=gw(mgr, "senhor", "senhora"), mgrl=P(mgr.last))
    doc.f("Escrevo para agradecer, de coração, o cuidado que recebi durante a última estadia, quando levei minha "
          "mãe, «mom», de «age» anos, para comemorar o aniversário dela. Ela nasceu em «dob» e sempre quis "
          "conhecer o litoral; foi, como ela mesma disse, uma vitória depois de tantos meses de tratamento.\n\n"
          "Logo na chegada, «rec», da recepção, percebeu que minha mãe usava andador e trocou nosso quarto por "
          "um no térreo, sem custo. No segundo dia, quando ela passou mal depois do almoço, o motorista «drv» "
          "nos levou ao «hosp» e esperou até a alta, já de madrugada. Lá, fomos atendidos pela enfermeira "
          "«nurse» e pelo médico plantonista, Dr. «doc», que foram muito atenciosos.\n\n",
          mom=P(mom.full), age=g.ri(70, 92), dob=L(g.dob(1932, 1955), "DATE_OF_BIRTH"), rec=P(rec.full),
          drv=P(drv.first) if g.chance(0.5) else P(drv.short), hosp=g.pick(HOSPITALS), nurse=P(nurse.short),
          doc=P(g.person(fem=False).full))
    doc.f("Quero que o nome de «recf» e do «drvf» conste na ficha de vocês como exemplo. Dona «momf» "
          "fala deles até hoje, e pediu que eu mandasse a foto em que aparece ao lado do pé de rosa branca do "
          "jardim. Se quiserem me retornar, meu telefone é «tel» e o e-mail é «em».\n\n"
          "⟦Meu carro (placa «pl») ficou no estacionamento o tempo todo e também foi muito bem cuidado pelo "
          "manobrista, o Sr. «val».\n\n⟧Com gratidão,\n«sig»\n",
          recf=P(rec.first), drvf=P(drv.first), momf=P(mom.first), tel=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(cli), "EMAIL_ADDRESS"), pl=L(g.plate(), "LICENSE_PLATE"),
          val=P(g.pick(PT_M_RARE + WORD_M)), sig=P(cli.full))
    return doc


def at_claim_narrative(g: Gen) -> Doc:
    """An insured driver's written account of a car accident, sent to the insurer."""
    doc = Doc(g)
    ins, third, wit = g.person(), g.person(), g.person()
    pas = g.spouse_of(ins) if not ins.fem else g.person()
    c, uf = g.city()
    insurer = g.pick(["Porto Seguro", "Tokio Marine", "Allianz", "HDI Seguros", "Mapfre", "Bradesco Seguros"])
    doc.f("À «insurer» – Central de Sinistros\nSinistro nº «sin» – apólice «ap»\n\nDECLARAÇÃO DO SEGURADO "
          "(RELATO DO ACIDENTE)\n\nEu, ", insurer=insurer, sin=g.bad11(), ap=g.d(12))
    qualify(doc, g, ins, caps=True, rg=False, contact=g.chance(0.4))
    cnh = g.cnh()
    doc.f(", habilitad«o» pela CNH nº «cnh», declaro, para fins de regulação do sinistro acima, o que segue.\n\n"
          "No dia «d1», por volta das «h»h, eu conduzia o veículo segurado, placa «pl», pela Avenida Marechal "
          "Rondon, sentido centro, acompanhad«o» de «pas», quando, no cruzamento com a Rua Dom Bosco, o "
          "veículo de placa «pl2», conduzido por «third», avançou o sinal vermelho e atingiu a lateral "
          "direita do meu carro. Ninguém se feriu gravemente, mas «pasf» teve um corte no braço e foi atendid«pa» "
          "no «hosp».\n\n",
          o=gw(ins, "o", "a"), cnh=L(cnh, "BR_CNH"), d1=g.date(2025), h=g.ri(6, 22), pl=L(g.plate(), "LICENSE_PLATE"),
          pas=P(pas.full), pl2=L(g.plate(), "LICENSE_PLATE"), third=P(third.full), pasf=P(pas.first),
          pa=gw(pas, "o", "a"), hosp=g.pick(HOSPITALS))
    doc.f("«tart» motorista, «tsr» «tl», admitiu a culpa no local e me passou o telefone, «tel», e o "
          "CPF «tcpf». Disse que o carro é de propriedade de «comp», empresa em que trabalha. A ocorrência foi "
          "registrada no boletim nº «bo»/2025, da Delegacia de Trânsito. ⟦Uma testemunha, «wit», que esperava "
          "o ônibus no ponto, viu tudo e se ofereceu para depor; o celular «wd» é «tel2».⟧\n\n"
          "O veículo foi removido pelo guincho da Auto Socorro Bento Ltda para a oficina credenciada. Peço que o "
          "reembolso da franquia, se houver, seja feito na minha conta: «bank», agência «ag», conta «cc».\n\n"
          "Declaro serem verdadeiras as informações acima.\n\n«c», «d2».\n\n«sig»\n",
          tart=gw(third, "O outro", "A outra"), tsr=third.sr, tl=P(third.last), tel=L(g.phone(), "PHONE_NUMBER"),
          tcpf=L(g.cpf(), "BR_CPF"), comp=g.pick(COMPANIES), bo=g.d(6), wit=P(wit.full), wd=gw(wit, "dele", "dela"),
          tel2=L(g.phone(), "PHONE_NUMBER"), bank=g.pick(BANKS), ag=L(g.agency(), "BANK_ACCOUNT"),
          cc=L(g.account(), "BANK_ACCOUNT"), c=c, d2=g.date(2025, True), sig=P(ins.full))
    return doc


def at_case_review(g: Gen) -> Doc:
    """Customer-experience supervisor's case-review memo to the director."""
    doc = Doc(g)
    cli = g.person(fem=False)
    neigh = g.person(fem=True, word=True)
    a1, a2, a3, sup, dirx = g.person(), g.person(), g.person(), g.person(), g.person()
    co = g.pick(["Vitória Telecom", "Aurora Fibra", "Leão Energia", "Prudente Net"])
    doc.f("MEMORANDO INTERNO – «co» / Experiência do Cliente\nDe: «sup», supervisão N2\nPara: «dirx», "
          "diretoria de atendimento\nData: «d»\nAssunto: análise de reincidência – cliente «cli» (contrato «ct»)\n\n",
          co=co, sup=P(sup.full), dirx=P(dirx.full), d=g.date(2025), cli=P(cli.full), ct=g.d(10))
    doc.f("«dirf», conforme pedido na reunião de segunda-feira, segue o histórico completo do caso «cf2», que "
          "chegou a nós pela terceira vez e já tem reclamação aberta na Anatel (protocolo «prot»).\n\n"
          "O cliente, titular do CPF «cpf», mora na «addr» (CEP «cep») e contratou o plano de 500 mega em «d1». "
          "Desde então, abriu onze chamados por quedas de conexão. No primeiro contato, a atendente «a1» "
          "registrou o defeito mas não agendou visita. No segundo, «a2» agendou, e o técnico compareceu, mas "
          "encontrou a casa fechada, porque o agendamento estava no telefone antigo («tel1»), e não no atual "
          "(«tel2»). No terceiro, «a3» ofereceu desconto de «m» sem registrar no sistema, e o desconto nunca foi "
          "aplicado.\n\n",
          dirf=P(dirx.first), cf2=P(cli.last), prot=g.protocol(), cpf=L(g.cpf(), "BR_CPF"),
          addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), d1=g.date(2024), a1=P(a1.first),
          a2=P(a2.short), a3=P(a3.first), tel1=L(g.phone(False), "PHONE_NUMBER"), tel2=L(g.phone(), "PHONE_NUMBER"),
          m=g.money(20, 200))
    doc.f("⟦Há ainda um ponto sensível: as faturas estavam sendo enviadas para a vizinha, D. «nb», que mora no "
          "mesmo condomínio e as entregou em mãos ao «cl» com o envelope aberto. Pelos registros, o e-mail "
          "cadastrado foi alterado em «d2» de «em1» para «em2», a partir do IP «ip», sem confirmação por "
          "token. «cl2» nega ter feito a alteração. Pedi à segurança da informação a análise do log.⟧\n\n"
          "Minha recomendação: (1) restituir o desconto com correção; (2) feedback formal a «a3s», com "
          "reciclagem; ⟦(3) contato ativo da ouvidoria com o Sr. «cl3» até sexta-feira; ⟧(4) corrigir o fluxo de "
          "alteração de e-mail, que viola a «law». Fico à disposição.\n\n«supf»\n",
          nb=P(neigh.full if g.chance(0.5) else neigh.first), cl=P(cli.last),
          d2=g.date(2025), em1=L(g.email(cli), "EMAIL_ADDRESS"), em2=L(g.email(cli), "EMAIL_ADDRESS"),
          ip=L(g.ip(), "IP_ADDRESS"), cl2=P(cli.first), a3s=P(a3.short), cl3=P(cli.last),
          law=g.pick(["LGPD (Lei 13.709/2018)", "Lei Geral de Proteção de Dados"]), supf=P(sup.first))
    return doc


# =========================================================================== juridico


def ju_sentence(g: Gen) -> Doc:
    """Civil sentence with relatório, fundamentação and dispositivo."""
    doc = Doc(g)
    aut, w1, w2, judge, adv1, adv2 = (g.person() for _ in range(6))
    bank = g.pick(["Banco Aurora S.A.", "Banco Leão Investimentos S.A.", "Financeira Prudente S.A.",
                   "Banco Pereira & Cia. S.A.", "Cooperativa de Crédito Vale do Bento"])
    c, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO DE «UF»\nComarca de «c» – «v»ª Vara Cível\n\n"
          "Processo nº «cnj»\nClasse: Procedimento Comum Cível\nAssunto: Indenização por Dano Moral\n"
          "Autor«a»: «aut»\nRéu: «bank»\n\nSENTENÇA\n\nVistos.\n\nI – RELATÓRIO\n\n",
          UF=uf, c=c, v=g.ri(1, 6), cnj=g.cnj(), a=gw(aut, "", "a"), aut=P(aut.caps), bank=bank.upper())
    doc.f("«aut», qualificad«o» na inicial, ajuizou ação declaratória de inexistência de débito cumulada com "
          "indenização por danos morais em face de «bank», alegando, em síntese, que em «d1» teve seu nome "
          "inscrito nos cadastros de inadimplentes por dívida de «m», referente a contrato de cartão de crédito "
          "que jamais celebrou. Sustenta que o cartão foi emitido em seu nome, com seu CPF («cpf»), mas com "
          "endereço desconhecido, e que só soube da restrição ao tentar financiar um veículo na loja "
          "Auto Peças Rosa. Requereu tutela de urgência para exclusão da negativação, deferida às fls. «fl».\n\n"
          "Citado, o réu apresentou contestação, sustentando a regularidade da contratação, realizada por meio "
          "digital, a partir do IP «ip», com envio de selfie e documento. Juntou o suposto contrato. Houve "
          "réplica.\n\nEm audiência de instrução, foram ouvidas as testemunhas «w1», arrolada pel«ao» "
          "autor«a», e «w2», funcionári«w2a» do réu. As partes apresentaram memoriais.\n\nÉ o relatório. "
          "Fundamento e decido.\n\n",
          aut=P(aut.full), o=gw(aut, "o", "a"), bank=bank, d1=g.date(2024, True), m=g.money(400, 8000),
          cpf=L(g.cpf(), "BR_CPF"), fl=g.ri(40, 120), ip=L(g.ip(), "IP_ADDRESS"), w1=P(w1.full),
          ao=gw(aut, "o", "a"), a=gw(aut, "", "a"), w2=P(w2.full), w2a=gw(w2, "o", "a"))
    doc.f("II – FUNDAMENTAÇÃO\n\nA relação é de consumo, aplicando-se o art. 14 da «law», que impõe ao "
          "fornecedor responsabilidade objetiva pelos danos decorrentes de fraude praticada por terceiros "
          "(Súmula 479 do STJ). A prova dos autos favorece «ao» autor«a». A testemunha «w1l», vizinh«w1a» "
          "de «autf» há mais de dez anos, afirmou que «el» sempre morou no mesmo endereço, na «addr», e que "
          "nunca recebeu correspondência do banco. Já «w2f», ouvid«w2a» como informante, admitiu que a selfie "
          "enviada no cadastro não passou por conferência manual.\n\nA perícia grafotécnica foi dispensada, "
          "mas a simples comparação entre a foto do documento juntado pelo réu e a de «autl» revela pessoas "
          "distintas. O dano moral decorre da própria negativação indevida (in re ipsa). Considerando a "
          "conduta pouco prudente do réu, a extensão do dano e o caráter pedagógico da condenação, fixo a "
          "indenização em «m2».\n\n",
          law=g.pick(["Lei nº 8.078/1990", "Lei 8.078/90 (CDC)"]), ao=gw(aut, "ao", "à"), a=gw(aut, "", "a"),
          w1l=P(w1.last), w1a=gw(w1, "o", "a"), autf=P(aut.first), el=gw(aut, "ele", "ela"),
          addr=L(g.address(), "ADDRESS"), w2f=P(w2.first + " " + w2.last), w2a=gw(w2, "o", "a"),
          autl=P(aut.last), m2=g.money(3000, 20000))
    doc.f("III – DISPOSITIVO\n\nAnte o exposto, JULGO PROCEDENTES os pedidos formulados por «aut» em face de "
          "«bank», com resolução de mérito (art. 487, I, do CPC), para: a) declarar inexistente o débito de «m»; "
          "b) confirmar a tutela de urgência; c) condenar o réu ao pagamento de «m2», corrigidos desde esta data "
          "e com juros de 1% ao mês desde «d1». Condeno o réu nas custas e em honorários de 15% sobre o valor "
          "da condenação, em favor d«adva» patron«advo» d«ao» autor«a», «dr1» «adv1» («oab1»). ⟦Intime-se também "
          "o patrono do réu, «dr2» «adv2» («oab2»).⟧\n\nP.R.I.\n\n«c», «d2».\n\n«judge»\nJu«jz» de Direito\n",
          aut=P(aut.full), bank=bank, m=g.money(400, 8000), m2=g.money(3000, 20000), d1=g.date(2024),
          adva=gw(adv1, "o", "a"), advo=gw(adv1, "o", "a"), ao=gw(aut, "o", "a"), a=gw(aut, "", "a"),
          dr1=adv1.dr, adv1=P(adv1.full), oab1=L(g.council("OAB", uf), "PROFESSIONAL_ID"), dr2=adv2.dr,
          adv2=P(adv2.full), oab2=L(g.council("OAB"), "PROFESSIONAL_ID"), c=c, d2=g.date(2025, True),
          judge=P(judge.caps if g.chance(0.4) else judge.full), jz=gw(judge, "iz", "íza"))
    return doc


def ju_appeal(g: Gen) -> Doc:
    """Appellate judgement (acórdão) in a child-support case."""
    doc = Doc(g)
    dad = g.person(fem=False)
    mom = g.person(fem=True)
    k1, k2 = g.child_of(dad, mom), g.child_of(dad, mom)
    rel, d2, d3, adv = g.person(), g.person(), g.person(), g.person()
    c, uf = g.city()
    doc.f("TRIBUNAL DE JUSTIÇA DO ESTADO DE «UF»\n«n»ª Câmara de Direito Privado\n\nApelação Cível nº «cnj»\n"
          "Comarca de «c»\nApelante: «dad»\nApelados: «k1» e «k2», representados por sua genitora, «mom»\n"
          "Relator«ra»: Des«rd». «rel»\n\n",
          UF=uf, n=g.ri(1, 10), cnj=g.cnj(), c=c, dad=P(dad.caps), k1=P(k1.caps), k2=P(k2.caps),
          mom=P(mom.caps), ra=gw(rel, "", "a"), rd=gw(rel, "", "a"), rel=P(rel.full))
    doc.f("EMENTA: APELAÇÃO CÍVEL. AÇÃO DE ALIMENTOS. BINÔMIO NECESSIDADE-POSSIBILIDADE. REDUÇÃO DO "
          "PERCENTUAL. DESCABIMENTO. Alimentante que exerce atividade empresarial e ostenta padrão de vida "
          "incompatível com a renda declarada. Sinais exteriores de riqueza. Sentença mantida. Recurso "
          "desprovido.\n\nACÓRDÃO\n\nVistos, relatados e discutidos estes autos de Apelação Cível nº «cnj», "
          "em que é apelante «dad» e são apelados «k1» e «k2».\n\nACORDAM, em sessão permanente e virtual da "
          "Câmara, por unanimidade, negar provimento ao recurso, nos termos do voto d«ro» Relator«ra». "
          "⟦Participaram do julgamento os Desembargadores «d2» (Presidente) e «d3».⟧\n\n",
          cnj=g.cnj(), dad=P(dad.full), k1=P(k1.full), k2=P(k2.full), ro=gw(rel, "o", "a"),
          ra=gw(rel, "", "a"), d2=P(d2.full), d3=P(d3.full))
    doc.f("RELATÓRIO\n\nTrata-se de apelação interposta por «dadl» contra a sentença proferida pelo Juízo da "
          "«v»ª Vara de Família de «c», que, na ação de alimentos movida por seus filhos «k1f», nascid«k1a» "
          "em «dob1», e «k2f», nascid«k2a» em «dob2», fixou os alimentos em 30% de seus rendimentos líquidos. "
          "Sustenta o apelante que é sócio minoritário da «comp» (CNPJ «cnpj») e que sua retirada mensal não "
          "passa de «m». Contrarrazões às fls. «fl». A Procuradoria de Justiça opinou pelo desprovimento.\n\n"
          "É o relatório.\n\nVOTO\n\nO recurso não comporta provimento. Como bem observou a Magistrada de "
          "origem⟦, Dra. «judge»,⟧ as fotografias publicadas pelo próprio apelante em redes sociais mostram "
          "viagens internacionais e um veículo importado, placa «pl», registrado em seu nome, o que não se "
          "concilia com a renda alegada. ⟦A genitora, «momf», demonstrou que arca sozinha com a escola e o "
          "plano de saúde das crianças. ⟧Aplicam-se os arts. 1.694 e 1.699 do Código Civil e o art. 2º da "
          "«law».\n\nAnte o exposto, NEGO PROVIMENTO ao recurso e majoro os honorários devidos ao patrono dos "
          "apelados, «dr» «adv» («oab»), para 12% sobre o valor da causa.\n\n«rel2»\nRelator«ra»\n",
          dadl=P(dad.short if g.chance(0.5) else dad.full), v=g.ri(1, 4), c=c, k1f=P(k1.first),
          k1a=gw(k1, "o", "a"), dob1=L(g.dob(2009, 2020), "DATE_OF_BIRTH"), k2f=P(k2.first),
          k2a=gw(k2, "o", "a"), dob2=L(g.dob(2009, 2020), "DATE_OF_BIRTH"),
          comp=g.pick(COMPANIES), cnpj=L(g.cnpj(), "BR_CNPJ"), m=g.money(1800, 4000), fl=g.ri(200, 400),
          judge=P(g.person(fem=True).full), pl=L(g.plate(), "LICENSE_PLATE"), momf=P(mom.first),
          law=g.pick(["Lei nº 5.478/1968", "Lei de Alimentos (Lei 5.478/68)"]), dr=adv.dr, adv=P(adv.full),
          oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), rel2=P(rel.caps), ra=gw(rel, "", "a"))
    return doc


def ju_probate_deed(g: Gen) -> Doc:
    """Notarial deed of extrajudicial probate and partition (inventário e partilha)."""
    doc = Doc(g)
    dec = g.person(fem=False)
    wid = g.spouse_of(dec)
    heirs = [g.child_of(dec, wid) for _ in range(2 if g.chance(0.9) else 3)]
    adv, tab, esc = g.person(), g.person(), g.person()
    c, uf = g.city()
    doc.f("LIVRO «lv» – FOLHAS «fl»\n«n»º TABELIONATO DE NOTAS DE «C»\n\nESCRITURA PÚBLICA DE INVENTÁRIO E "
          "PARTILHA DOS BENS DEIXADOS POR FALECIMENTO DE «dec»\n\nS A I B A M quantos esta pública escritura "
          "virem que, «dd», nesta cidade de «c», Estado de «uf», em cartório, perante mim, escrevente, "
          "compareceram as partes entre si justas e acordadas, a saber: como viúva meeira, ",
          lv=f"{g.ri(1, 3)}.{g.d(3)}", fl=f"{g.d(3)}/{g.d(3)}", n=g.ri(1, 4), C=c.upper(), dec=P(dec.caps),
          dd=g.deed_date(), c=c, uf=uf)
    qualify(doc, g, wid, dob=(1938, 1960), civil="viúva", job=g.pick(["aposentada", "do lar", "pensionista"]), rg=g.chance(0.5), addr=g.chance(0.5))
    doc.t("; e como herdeiros filhos: ")
    for i, h in enumerate(heirs):
        doc.t(f"{i + 1}) ")
        qualify(doc, g, h, dob=(1962, 1992) if g.chance(0.3) else False, addr=g.chance(0.25), rg=g.chance(0.4))
        if h.fem and g.chance(0.3):
            hs = g.person(fem=False)
            doc.t(", casada com ").e(hs.full, "PERSON").t(", CPF ").e(g.cpf(), "BR_CPF")
        doc.t("; " if i < len(heirs) - 1 else "")
    doc.f("; todos assistidos «adva» advogad«ao» «adv», inscrit«ao» na «oab»⟦, com escritório na «addr»⟧. "
          "Os presentes, reconhecidos como os próprios por mim, à vista dos documentos apresentados, do que "
          "dou fé, declaram:\n\nPRIMEIRO – DO AUTOR DA HERANÇA: «decf», brasileiro, casado sob o regime da "
          "comunhão parcial de bens⟦ com «widf»⟧, nascido em «dob», portador do CPF «dcpf» e do título de "
          "eleitor nº «tit», faleceu em «dd2», na cidade de «c», conforme certidão de óbito matrícula nº "
          "«mat», sem deixar testamento nem outros herdeiros.\n\n",
          adva=gw(adv, "pelo", "pela"), ao=gw(adv, "o", "a"), adv=P(adv.full),
          oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), addr=L(g.address(), "ADDRESS"),
          decf=P(dec.full), widf=P(wid.full), dob=L(g.dob(1935, 1955), "DATE_OF_BIRTH"), dcpf=L(g.cpf(), "BR_CPF"),
          tit=L(g.titulo(), "BR_TITULO_ELEITOR"), dd2=g.date(2024, True), c=c,
          mat=f"{g.d(6)} 01 55 2024 4 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}")
    doc.f("SEGUNDO – DOS BENS: a) imóvel residencial situado na «addr2», em «c», matriculado sob o nº «mt» no "
          "Cartório de Registro de Imóveis local, avaliado em «m1»; b) veículo marca Fiat, modelo Strada, placa "
          "«pl», avaliado em «m2»; «rest»\n\n"
          "TERCEIRO – DA PARTILHA: à viúva meeira⟦, «widf»,⟧ cabe a metade ideal de todos os bens; a outra metade "
          "é partilhada em partes iguais entre os herdeiros ",
          addr2=L(g.address(), "ADDRESS"), c=c, mt=f"{g.ri(10, 99)}.{g.d(3)}", m1=g.money(180000, 900000),
          pl=L(g.plate(), "LICENSE_PLATE"), m2=g.money(30000, 90000),
          rest=f"c) saldo de {g.money(2000, 80000)} em caderneta de poupança no {g.pick(BANKS)}.",
          widf=P(wid.first + " " + wid.last)) if g.chance(0.6) else doc.f(
        "SEGUNDO – DOS BENS: a) imóvel residencial situado na «addr2», em «c», matriculado sob o nº «mt» no "
        "Cartório de Registro de Imóveis local, avaliado em «m1»; b) saldo em conta corrente mantida no «bank», "
        "agência «ag», conta «cc», no valor de «m3»; c) quotas sociais da «comp», inscrita no CNPJ sob o nº "
        "«cnpj».\n\nTERCEIRO – DA PARTILHA: à viúva meeira⟦, «widf»,⟧ cabe a metade ideal de todos os bens; a "
        "outra metade é partilhada em partes iguais entre os herdeiros ",
        addr2=L(g.address(), "ADDRESS"), c=c, mt=f"{g.ri(10, 99)}.{g.d(3)}", m1=g.money(180000, 900000),
        bank=g.pick(BANKS), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
        m3=g.money(2000, 80000), comp=g.pick(COMPANIES), cnpj=L(g.cnpj(), "BR_CNPJ"), widf=P(wid.first))
    if g.chance(0.5):
        doc.t("acima qualificados")
    else:
        for i, h in enumerate(heirs):
            doc.e(h.first, "PERSON")
            doc.t(", " if i < len(heirs) - 2 else (" e " if i == len(heirs) - 2 else ""))
    doc.f(". O ITCMD foi recolhido conforme guia nº «guia». As partes autorizam o «bank» a transferir o saldo "
          "na forma acima.\n\nAssim o disseram, do que dou fé, e me pediram que lavrasse esta escritura, nos "
          "termos da «law» e da Resolução CNJ nº 35/2007, a qual, lida em voz alta, aceitam e assinam. Eu, "
          "⟦«esc», escrevente, a lavrei. Eu, ⟧«tab», Tabeli«tb», a subscrevo.\n",
          guia=g.bad11(), bank=g.pick(BANKS), law=g.pick(["Lei nº 11.441/2007", "Lei 11.441/07"]),
          esc=P(esc.full), tab=P(tab.full), tb=gw(tab, "ão", "ã"))
    return doc


def ju_petition(g: Gen) -> Doc:
    """Initial petition for child support (ação de alimentos)."""
    doc = Doc(g)
    mom = g.person(fem=True)
    dad = g.person(fem=False)
    kid = g.child_of(dad, mom)
    adv = g.person(fem=g.chance(0.6))
    emp = g.pick(COMPANIES)
    c, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA DE FAMÍLIA E SUCESSÕES DA "
          "COMARCA DE «C»/«uf»\n\n\n", v=g.ri(1, 5), C=c.upper(), uf=uf)
    doc.f("«kid», menor impúbere, nascid«ka» em «dob», inscrit«ka» no CPF sob o nº «kcpf», neste ato "
          "representad«ka» por sua genitora, ", kid=P(kid.caps), ka=gw(kid, "o", "a"),
          dob=L(g.dob(2012, 2023), "DATE_OF_BIRTH"), kcpf=L(g.cpf(), "BR_CPF"))
    qualify(doc, g, mom, contact=True, civil="solteira")
    doc.f(", vem, respeitosamente, por intermédio de sua advogada infra-assinada, propor a presente\n\n"
          "AÇÃO DE ALIMENTOS COM PEDIDO DE ALIMENTOS PROVISÓRIOS\n\nem face de ", )
    qualify(doc, g, dad, civil=g.pick(["solteiro", "casado"]), job="motorista de caminhão", rg=g.chance(0.4), addr=g.chance(0.6))
    doc.f(", inscrito no PIS/PASEP sob o nº «pis», empregado da «emp»⟦, CNPJ «cnpj»⟧, telefone «tel», pelos "
          "fatos e fundamentos a seguir expostos.\n\nI – DOS FATOS\n\nA representante legal e o requerido "
          "conviveram em união estável por cerca de seis anos, período em que nasceu «kf». Desde a separação, "
          "ocorrida em «d1», o requerido não contribui de forma regular com o sustento do filho, limitando-se a "
          "depósitos esporádicos de pequeno valor. «momf» trabalha como diarista e sustenta sozinha a criança, "
          "que frequenta a Escola Municipal Professora Aurora Leão e faz acompanhamento com fonoaudióloga.\n\n"
          "O requerido, por sua vez, possui emprego formal com carteira assinada e é proprietário do veículo "
          "placa «pl», conforme consulta anexa. ⟦A avó paterna, «gm», chegou a intermediar acordo verbal, "
          "que nunca foi cumprido por «dadl».⟧\n\n",
          pis=L(g.pis(), "BR_PIS"), emp=emp, cnpj=L(g.cnpj(), "BR_CNPJ"), tel=L(g.phone(), "PHONE_NUMBER"),
          kf=P(kid.first), d1=g.date(2023, True), momf=P(mom.first), pl=L(g.plate(), "LICENSE_PLATE"),
          gm=P(g.person(fem=True).full), dadl=P(dad.last if g.chance(0.5) else dad.first))
    doc.f("II – DO DIREITO\n\nO dever de sustento decorre do poder familiar (arts. 1.566, IV, 1.634 e 1.694 "
          "do Código Civil) e do art. 22 da «eca». Nos termos do art. 4º da «law», requer-se a fixação de "
          "alimentos provisórios.\n\nIII – DOS PEDIDOS\n\na) a fixação de alimentos provisórios em 30% dos "
          "rendimentos brutos do requerido, com desconto em folha, oficiando-se à empregadora; b) a citação do "
          "requerido, inclusive por aplicativo de mensagens no número acima; c) a procedência do pedido; "
          "d) os benefícios da justiça gratuita. Os valores deverão ser depositados ⟦na conta da genitora ("
          "«bank», agência «ag», conta poupança «cc») ou ⟧via Pix, na chave «pix».\n\nDá-se à causa o valor de «m».\n\n"
          "Termos em que pede deferimento.\n\n«c», «d2».\n\n«adv»\n«oab»\n",
          eca=g.pick(["Lei nº 8.069/1990 (ECA)", "Estatuto da Criança e do Adolescente"]),
          law=g.pick(["Lei nº 5.478/1968", "Lei 5.478/68"]), bank=g.pick(BANKS), ag=L(g.agency(), "BANK_ACCOUNT"),
          cc=L(g.account(), "BANK_ACCOUNT"), pix=L(g.pix(), "PIX_KEY"), m=g.money(6000, 30000), c=c,
          d2=g.date(2025, True), adv=P(adv.caps if g.chance(0.5) else adv.full),
          oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_inquiry_report(g: Gen) -> Doc:
    """Police inquiry final report (relatório final de inquérito) on a Pix scam."""
    doc = Doc(g)
    vic = g.person(fem=g.chance(0.6))
    nep = g.person(fem=False)
    sus, mule, wit, dele, esc, adv = (g.person() for _ in range(6))
    c, uf = g.city()
    doc.f("POLÍCIA CIVIL DO ESTADO DE «uf»\nDelegacia de Repressão a Crimes Cibernéticos – «c»\n\nRELATÓRIO FINAL\n"
          "Inquérito Policial nº «ip»\nNatureza: estelionato mediante fraude eletrônica (art. 171, § 2º-A, do "
          "Código Penal)\nVítima: «vic»\nIndiciad«sa»: «sus»\n\nExcelentíssimo(a) Senhor(a) Juiz(a),\n\n",
          uf=uf, c=c, ip=f"{g.d(4)}/2025", vic=P(vic.caps), sa=gw(sus, "o", "a"), sus=P(sus.caps))
    doc.f("O presente inquérito foi instaurado por portaria em «d1», a partir do registro feito pela vítima, "
          "«vic», nascid«va» em «dob», CPF «cpf»⟦, residente na «addr»⟧, que compareceu a esta unidade "
          "⟦acompanhad«va» de sua filha, «daug», ⟧e relatou ter recebido, pelo WhatsApp, mensagem do número "
          "«tel» de alguém que se apresentava como seu sobrinho «nep», com a foto dele no perfil. O interlocutor "
          "dizia ter trocado de número e pedia ajuda para pagar uma conta urgente. Sem desconfiar, «vf» "
          "transferiu «m», por Pix, para a chave aleatória «pix».\n\n",
          d1=g.date(2025, True), vic=P(vic.full), va=gw(vic, "o", "a"), dob=L(g.dob(1940, 1960), "DATE_OF_BIRTH"),
          cpf=L(g.cpf(), "BR_CPF"), addr=L(g.address(), "ADDRESS"), daug=P(g.person(fem=True).full),
          tel=L(g.phone(), "PHONE_NUMBER"), nep=P(nep.full), vf=P(vic.first if g.chance(0.5) else vic.last),
          m=g.money(1500, 15000), pix=L(g.pix(), "PIX_KEY"))
    doc.f("Oficiada, a instituição de pagamento informou que a chave pertence a conta aberta em nome de «mule», "
          "CPF «mcpf»⟦, agência «ag», conta «cc»⟧, e que os valores foram sacados no mesmo dia. ⟦Ouvid«ma», «mf» "
          "declarou ter \"emprestado\" a conta a «sus» em troca de «m2», entregando-lhe o cartão e a senha. ⟧"
          "Os registros de acesso indicam logins a partir do IP «ip1»⟦ e do IP «ip2», este último vinculado, pela "
          "operadora, ao endereço do indiciad«sa»⟧.\n\n⟦A testemunha «wit», que divide o imóvel com «susl», "
          "confirmou ter visto diversos chips de celular na residência. ⟧Em cumprimento a mandado de busca, "
          "foram apreendidos dois aparelhos⟦ e o veículo placa «pl»⟧. Interrogad«sa», acompanhad«sa» de seu "
          "advogado, «dr» «adv» («oab»), «susf» permaneceu em silêncio.\n\n",
          mule=P(mule.full), mcpf=L(g.cpf(), "BR_CPF"), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          ma=gw(mule, "o", "a"), mf=P(mule.first), sus=P(sus.full), m2=g.money(200, 1000),
          ip1=L(g.ip(), "IP_ADDRESS"), ip2=L(g.ip(), "IP_ADDRESS"), sa=gw(sus, "o", "a"), wit=P(wit.full),
          susl=P(sus.last), pl=L(g.plate(), "LICENSE_PLATE"), dr="Dr.", adv=P(g.person(fem=False).full),
          oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), susf=P(sus.first))
    doc.f("Diante do exposto, entendo presentes indícios suficientes de autoria e materialidade, razão pela "
          "qual INDICIO «sus», qualificad«sa» às fls. «fl», como incurs«sa» no art. 171, § 2º-A, c/c art. 71 do "
          "Código Penal, e «mule» no art. 171, caput. Representa-se pela manutenção da apreensão dos bens. "
          "Remetam-se os autos ao Poder Judiciário, com as homenagens de estilo.\n\n«c», «d2».\n\n«dele»\n"
          "Delegad«da» de Polícia\n⟦\nCartório: «esc», «x» de polícia\n⟧",
          sus=P(sus.full), sa=gw(sus, "o", "a"), fl=g.ri(20, 90), mule=P(mule.short), c=c,
          d2=g.date(2025, True), dele=P(dele.full), da=gw(dele, "o", "a"), esc=P(esc.full), x=gw(esc, "escrivão", "escrivã"))
    return doc


def ju_union_deed(g: Gen) -> Doc:
    """Declaratory public deed of stable union, with children and witnesses."""
    doc = Doc(g)
    a = g.person(fem=False)
    b = g.person(fem=True)
    kids = [g.child_of(a, b) for _ in range(1 if g.chance(0.7) else 2)]
    t1, t2, tab = g.person(), g.person(), g.person()
    c, uf = g.city()
    doc.f("«n»º OFÍCIO DE NOTAS E REGISTROS DE «C»\nLivro «lv», folhas «fl»\n\nESCRITURA PÚBLICA DECLARATÓRIA "
          "DE UNIÃO ESTÁVEL\n\nSaibam quantos esta virem que, «dd», neste Ofício, perante mim, compareceram "
          "como outorgantes e reciprocamente outorgados: ",
          n=g.ri(1, 3), C=c.upper(), lv=g.ri(100, 999), fl=g.ri(1, 300), dd=g.deed_date())
    qualify(doc, g, a, dob=(1975, 1999), parents=g.chance(0.5), civil="solteiro", rg=g.chance(0.6), addr=False)
    doc.t(", e ")
    qualify(doc, g, b, dob=(1975, 1999), parents=g.chance(0.5), civil=g.pick(["solteira", "divorciada"]), rg=g.chance(0.6), addr=False)
    doc.f(", ambos residentes e domiciliados na «addr», CEP «cep», nesta cidade, os presentes identificados "
          "por mim à vista dos documentos exibidos. E, por eles, me foi dito:\n\n"
          "1. Que convivem em união pública, contínua e duradoura desde «d1», com o objetivo de constituição de "
          "família, nos termos do art. 1.723 do Código Civil.\n2. Que da união nasce«pl» ",
          addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), d1=g.date(g.ri(2008, 2020), True),
          pl="u" if len(kids) == 1 else "ram")
    for i, k in enumerate(kids):
        doc.e(k.full, "PERSON").t(", nascid" + gw(k, "o", "a") + " em ").e(g.dob(2009, 2023), "DATE_OF_BIRTH")
        doc.t(" e " if i < len(kids) - 1 else ".\n")
    doc.f("3. Que adotam o regime da «reg», e que a companheira passará a usar, em seus documentos, também o "
          "sobrenome do companheiro, sem prejuízo do seu.\n4. Que o imóvel em que residem foi adquirido por «af» antes "
          "da união e permanece de sua propriedade exclusiva.\n5. Que nomeiam um ao outro dependentes junto à "
          "previdência e ao plano de saúde, e que «bf», servidora municipal, requererá a inclusão do companheiro "
          "no IPM.\n\nForam testemunhas instrumentárias «t1»⟦, CPF «c1»,⟧ e «t2»⟦, CPF «c2»⟧, pessoas conhecidas "
          "dos outorgantes. Assim disseram, do que dou fé, e me pediram esta escritura, que lida e achada "
          "conforme, aceitam e assinam. Emolumentos: «m». Eu, «tab», Tabeli«tb», a lavrei e assino.\n",
          reg=g.pick(["comunhão parcial de bens", "separação total de bens"]),
          af=P(a.first), bf=P(b.first), t1=P(t1.full), c1=L(g.cpf(), "BR_CPF"), t2=P(t2.full),
          c2=L(g.cpf(), "BR_CPF"), m=g.money(300, 900), tab=P(tab.full), tb=gw(tab, "ão", "ã"))
    return doc


def ju_prosecutor(g: Gen) -> Doc:
    """Public prosecutor's opinion (parecer do Ministério Público) in a custody case."""
    doc = Doc(g)
    gma = g.person(fem=True, word=g.chance(0.4))
    mom = g.child_of(g.person(fem=False), gma, fem=True)
    dad = g.person(fem=False)
    kid = g.child_of(dad, mom)
    ss, psy, prom, teacher = g.person(fem=True), g.person(), g.person(), g.person(fem=True)
    c, uf = g.city()
    doc.f("MINISTÉRIO PÚBLICO DO ESTADO DE «uf»\n«n»ª Promotoria de Justiça de «c»\n\nAutos nº «cnj»\nAção de "
          "Modificação de Guarda\nRequerente: «gma»\nRequeridos: «mom» e «dad»\nInteressad«ka»: «kid»\n\n"
          "MM. Juiz,\n\n",
          uf=uf, n=g.ri(1, 9), c=c, cnj=g.cnj(), gma=P(gma.caps), mom=P(mom.caps), dad=P(dad.caps),
          ka=gw(kid, "o", "a"), kid=P(kid.full))
    doc.f("Trata-se de ação proposta pela avó materna, «gmf», que pretende a guarda unilateral de «kf», "
          "nascid«ka» em «dob», alegando que a criança vive com ela desde os dois anos, quando a mãe, «momf», "
          "mudou-se para trabalhar em «c2» e o pai, «dadl», deixou de visitá-la.\n\nO estudo social, elaborado "
          "pela assistente social «ss» («cress»), constatou que a residência da requerente, na «addr», é "
          "simples, limpa e adequada, e que a criança tem quarto próprio, frequenta regularmente a Escola "
          "Estadual Coronel Bento Fagundes e é acompanhada pela UBS do bairro. ⟦A professora «teach» relatou "
          "bom rendimento escolar.⟧\n\nA avaliação psicológica, a cargo de «psr» «psy» («crp»), registra "
          "vínculo afetivo sólido com a avó, a quem «kf2» chama de \"mãe «gmf2»\", e vínculo preservado, "
          "porém distante, com a genitora. O genitor, citado por edital, não se manifestou; a Defensoria "
          "Pública, como curadora especial, não se opôs.\n\n",
          gmf=P(gma.full), kf=P(kid.full), ka=gw(kid, "o", "a"), dob=L(g.dob(2012, 2021), "DATE_OF_BIRTH"),
          momf=P(mom.first), c2=g.city()[0], dadl=P(dad.short), ss=P(ss.full),
          cress=L(g.council("CRESS", uf), "PROFESSIONAL_ID"), addr=L(g.address(), "ADDRESS"),
          teach=P(teacher.full), psr=gw(psy, "o psicólogo", "a psicóloga"), psy=P(psy.full),
          crp=L(g.council("CRP"), "PROFESSIONAL_ID"), kf2=P(kid.first), gmf2=P(gma.first))
    doc.f("A requerida, «momf», em audiência, concordou com o pedido, ressalvando o direito de visitas nas "
          "férias e a comunicação por telefone⟦ («tel»)⟧. Não há notícia de situação de risco; ao contrário, "
          "a vitória da criança no campeonato escolar de xadrez, mencionada pela professora, mostra um ambiente "
          "estável.\n\nAnte o exposto, atendido o melhor interesse da criança (art. 227 da Constituição "
          "Federal e arts. 33 a 35 da «eca»), o MINISTÉRIO PÚBLICO opina pela PROCEDÊNCIA do pedido, com a "
          "concessão da guarda unilateral à avó, «gmf», resguardado o direito de convivência da genitora.\n\n"
          "«c», «d».\n\n«prom»\nPromotor«pa» de Justiça\n",
          momf=P(mom.first), tel=L(g.phone(), "PHONE_NUMBER"),
          eca=g.pick(["Lei nº 8.069/1990", "Lei 8.069/90"]), gmf=P(gma.short), c=c, d=g.date(2025, True),
          prom=P(prom.full), pa=gw(prom, "", "a"))
    return doc


# =========================================================================== saude


def sa_discharge(g: Gen) -> Doc:
    """Narrative hospital discharge summary (sumário de alta)."""
    doc = Doc(g)
    pt = g.person()
    dau = g.child_of(g.person(fem=False), pt if pt.fem else g.person(fem=True), fem=True)
    att, card, phys, nut = g.person(), g.person(), g.person(), g.person(fem=True)
    hosp = g.pick(HOSPITALS)
    cid, cidn = g.cid()
    cid2, cid2n = g.cid()
    uf = g.pick(UFS)
    att_crm = g.council("CRM", uf)
    adm, dis = g.ordered_dates(2, written=False)
    age = g.ri(58, 91)
    doc.f("«H» – SUMÁRIO DE ALTA HOSPITALAR\n\nPaciente: «pt»\nData de nascimento: «dob» («age» anos)   "
          "Prontuário: «pr»   CNS: «cns»\nInternação: «d1»   Alta: «d2»   Unidade: Clínica Médica, leito «lt»\n"
          "Médic«ao» assistente: «dr» «att» – «crm»\n\n",
          H=hosp.upper(), pt=P(pt.caps), dob=L(g.dob(2025 - age, 2025 - age), "DATE_OF_BIRTH"), age=age,
          pr=g.d(7), cns=L(g.cns(), "BR_CNS"), d1=adm, d2=dis, lt=f"{g.ri(1, 40)}{g.pick('ABC')}",
          ao=gw(att, "o", "a"), dr=att.dr, att=P(att.full), crm=L(att_crm, "PROFESSIONAL_ID"))
    doc.f("HISTÓRIA E MOTIVO DA INTERNAÇÃO: «ptf», «age» anos, «hist», foi trazid«a» ao pronto-socorro pela "
          "filha, «dau», com quadro de três dias de febre, tosse produtiva e piora da falta de ar. Na admissão, "
          "estava taquipneic«a», com saturação de 86% em ar ambiente. Radiografia de tórax com consolidação em "
          "base direita. Diagnóstico principal: «cidn» (CID-10 «cid»); comorbidade: «cid2n» («cid2»).\n\n"
          "EVOLUÇÃO: iniciada antibioticoterapia com ceftriaxona e azitromicina, com boa resposta clínica. No "
          "quarto dia apresentou fibrilação atrial de alta resposta, avaliada pel«co» cardiologista, «cdr» «card», "
          "que ajustou a anticoagulação. Acompanhad«a» diariamente pela fisioterapia respiratória («phys», "
          "«crefito»)⟦ e pela nutricionista «nut» («crn»)⟧. ⟦Recebeu visitas diárias da filha e do neto, «gs», que "
          "se revezaram como acompanhantes. ⟧Evoluiu afebril há 72 horas, com saturação de 95% em ar ambiente e "
          "deambulando com auxílio.\n\n",
          ptf=P(pt.first + " " + pt.last), age=age, hist=g.pick(["hipertens" + gw(pt, "o", "a"), "diabétic" + gw(pt, "o", "a"),
                                                                 "ex-tabagista", "portador" + gw(pt, "", "a") + " de DPOC"]),
          a=gw(pt, "o", "a"), dau=P(dau.full), cidn=cidn, cid=cid, cid2n=cid2n, cid2=cid2, co=gw(card, "o", "a"),
          cdr=card.dr, card=P(card.full), phys=P(phys.full), crefito=L(g.council("CREFITO"), "PROFESSIONAL_ID"),
          nut=P(nut.short), crn=L(g.council("CRN"), "PROFESSIONAL_ID"), gs=P(g.pick(PT_M + PT_M_RARE)))
    doc.f("CONDIÇÕES DE ALTA E ORIENTAÇÕES: alta em bom estado geral, para o domicílio, na «addr», com a "
          "filha. Prescrição: amoxicilina-clavulanato por mais 5 dias, apixabana 5 mg 12/12h, manter "
          "anti-hipertensivos. Retorno no ambulatório de cardiologia em 15 dias com «card2» e na UBS com o "
          "médico de família. Sinais de alerta explicados à filha, que deixou o contato «tel». Relatório "
          "enviado ao e-mail da família, «em».\n\n«city», «d3».\n«att2» – «crm2»\n",
          addr=L(g.address(), "ADDRESS"), card2=P(card.last),
          tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(dau), "EMAIL_ADDRESS"), city=g.city()[0],
          d3=g.date(2025, True), att2=P(att.full), crm2=L(att_crm, "PROFESSIONAL_ID"))
    return doc


def sa_home_visit(g: Gen) -> Doc:
    """Family-health team home-visit report written in prose."""
    doc = Doc(g)
    usr = g.person(fem=True, word=g.chance(0.3))
    part = g.person(fem=False)
    son = g.child_of(part, usr, fem=False)
    gd = g.child_of(son, None, fem=True)
    nurse, acs, doc_ = g.person(fem=True), g.person(), g.person()
    c, uf = g.city()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «C»\nUBS «ubs» – Equipe de Saúde da Família «eq»\n"
          "RELATÓRIO DE VISITA DOMICILIAR\n\n",
          C=c.upper(), ubs=g.pick(["Vila Aurora", "Jardim Santa Rosa", "Bento Ferreira", "Parque Vitória", "Leão XIII"]),
          eq=f"{g.ri(1, 12):02d}")
    doc.f("Em «d», a enfermeira «nurse» («coren») e «acsa» agente comunitári«acsa» de saúde «acs» realizaram "
          "visita domiciliar a uma família cadastrada na micro-área «ma», residente na «addr», CEP «cep». "
          "A visita foi solicitada pela própria agente, que percebeu que a usuária deixou de buscar os "
          "medicamentos no último mês.\n\n",
          d=g.date(2025, True), nurse=P(nurse.full), coren=L(g.council("COREN", uf), "PROFESSIONAL_ID"),
          acsa=gw(acs, "o", "a"), acs=P(acs.full),
          ma=g.ri(1, 8), addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"))
    doc.f("Fomos «rec» por «uf», «age» anos, nascida em «dob», CNS «cns», hipertensa e diabética "
          "(CID-10 I10 e E11.9), que mora com o companheiro, «pt», de «age2» anos, e com a neta, «gd», de "
          "«age3» anos. Refere que parou a insulina porque a geladeira quebrou e tem vergonha de pedir ajuda. "
          "Glicemia capilar de 312 mg/dL, PA 168x100 mmHg. Pés sem lesões, mas com pele ressecada. A casa é "
          "de alvenaria, com três cômodos, limpa, com um pé de pereira no quintal que, segundo ela, \"dá mais "
          "sombra que fruta\".\n\n"
          "O filho, «son», trabalha como motorista na «comp» e passa a semana fora; deixou o telefone «tel» "
          "para contato. ⟦O companheiro, Sr. «ptl», tem sequela de AVC e depende dela para o banho. ⟧A neta "
          "está com a vacinação em atraso (falta a segunda dose da tríplice viral).\n\n",
          rec=gw(acs, "recebidos", "recebidas"), uf=P(usr.first), age=g.ri(58, 80), dob=L(g.dob(1944, 1967), "DATE_OF_BIRTH"), cns=L(g.cns(), "BR_CNS"),
          pt=P(part.full), age2=g.ri(60, 85), gd=P(gd.first), age3=g.ri(3, 9), son=P(son.full),
          comp=g.pick(COMPANIES), tel=L(g.phone(), "PHONE_NUMBER"), ptl=P(part.last))
    doc.f("CONDUTA: orientada a manter a insulina em caixa de isopor com gelo até o conserto; discutido o caso "
          "com «a_» médic«a_» da equipe, «dr» «doc», que antecipou a consulta para «d2»; encaminhada a neta "
          "para a sala de vacina; acionado o CRAS para avaliação de benefício. «acsf» fará nova visita em sete "
          "dias.\n\n«nurse2» – Enfermeira ESF\n",
          a_=gw(doc_, "o", "a"), dr=doc_.dr, doc=P(doc_.full), d2=g.date(2025), acsf=P(acs.first),
          nurse2=P(nurse.full))
    return doc


def sa_psych_report(g: Gen) -> Doc:
    """Psychological report requested by a family court."""
    doc = Doc(g)
    dad = g.person(fem=False)
    mom = g.person(fem=True)
    kid = g.child_of(dad, mom)
    gm = g.person(fem=True, word=True)
    psy, teach = g.person(fem=g.chance(0.7)), g.person(fem=True)
    c, uf = g.city()
    psy_crp = g.council("CRP")
    doc.f("RELATÓRIO PSICOLÓGICO\n\nSolicitante: Juízo da «v»ª Vara de Família de «c» (autos nº «cnj»)\n"
          "Psicólog«pa» responsável: «psy» – «crp»\nAvaliad«ka»: «kid», nascid«ka» em «dob»\n"
          "Finalidade: subsidiar decisão sobre regime de convivência\n\n",
          v=g.ri(1, 4), c=c, cnj=g.cnj(), pa=gw(psy, "o", "a"), psy=P(psy.full),
          crp=L(psy_crp, "PROFESSIONAL_ID"), ka=gw(kid, "o", "a"), kid=P(kid.full),
          dob=L(g.dob(2013, 2019), "DATE_OF_BIRTH"))
    doc.f("1. PROCEDIMENTOS\nForam realizadas seis sessões entre «d1» e «d2»: duas entrevistas com a mãe, "
          "«mom», duas com o pai, «dad», e três atendimentos lúdicos com «kf». Houve ainda ⟦contato telefônico "
          "com a professora «teach», da Escola Estadual Prudente de Morais, e ⟧uma visita à casa da avó paterna, "
          "D. «gm», onde a criança passa os fins de semana.\n\n"
          "2. ANÁLISE\n«kf» apresenta desenvolvimento compatível com a idade, linguagem fluente e boa "
          "capacidade de simbolização. Nos desenhos, representa duas casas: a da mãe, \"com a rosa no portão\", "
          "e a da avó, \"onde tem o cachorro Leão\". Refere saudade do pai e relata que o Sr. «dadl» "
          "\"promete e não vem\". Sobre a mãe, demonstra vínculo seguro. Não foram identificados indicadores "
          "de alienação parental, mas sim um conflito de lealdade agravado pelas discussões entre os pais na "
          "frente da criança, relatadas tanto por «momf» quanto por «dadf».\n\n",
          d1=g.date(2025), d2=g.date(2025), mom=P(mom.full), dad=P(dad.full), kf=P(kid.first),
          teach=P(teach.full), gm=P(gm.first + " " + gm.last), dadl=P(dad.last), momf=P(mom.first),
          dadf=P(dad.first))
    doc.f("A avó, «gmf», mostrou-se acolhedora e disposta a intermediar as visitas. Informou o telefone «tel» "
          "para contato e pediu que a escola seja avisada das datas.\n\n"
          "3. CONCLUSÃO\nRecomenda-se convivência paterna em fins de semana alternados, com retirada e entrega "
          "na casa da avó, e acompanhamento psicoterápico para «kf2». Sugere-se aos genitores a participação "
          "em oficina de parentalidade. Este relatório segue a Resolução CFP nº 06/2019 e tem caráter "
          "sigiloso.\n\n«c», «d3».\n\n«psy2»\nPsicólog«pa» – «crp2»\n",
          gmf=P(gm.first), tel=L(g.phone(), "PHONE_NUMBER"), kf2=P(kid.first), c=c, d3=g.date(2025, True),
          psy2=P(psy.full), pa=gw(psy, "o", "a"), crp2=L(psy_crp, "PROFESSIONAL_ID"))
    return doc


def sa_death_investigation(g: Gen) -> Doc:
    """Maternal-death investigation report by the municipal committee."""
    doc = Doc(g)
    dec = g.person(fem=True)
    hus = g.person(fem=False)
    mil = g.person(fem=True)
    d1, d2, d3, nurse, coord = g.person(), g.person(), g.person(), g.person(fem=True), g.person()
    c, uf = g.city()
    age = g.ri(19, 42)
    doc.f("COMITÊ MUNICIPAL DE PREVENÇÃO DO ÓBITO MATERNO, INFANTIL E FETAL – «C»\nRELATÓRIO DE INVESTIGAÇÃO DE "
          "ÓBITO MATERNO\n\nFalecida: «dec»\nData de nascimento: «dob» («age» anos)   CNS: «cns»\nDeclaração de "
          "Óbito nº «do»   Data do óbito: «dd»\nCausa básica: eclâmpsia (CID-10 O15.0)\n\n",
          C=c.upper(), dec=P(dec.caps), dob=L(g.dob(2025 - age, 2025 - age), "DATE_OF_BIRTH"), age=age,
          cns=L(g.cns(), "BR_CNS"), do=f"{g.d(8)}-{g.d(1)}", dd=g.date(2025))
    doc.f("1. TRAJETÓRIA ASSISTENCIAL\n«decf», secundigesta, fez seis consultas de pré-natal na UBS Jardim "
          "Aurora com a enfermeira «nurse» e uma com «dr1t» «dr1», que registrou PA de 150x95 mmHg na 32ª "
          "semana sem solicitar proteinúria. Na 36ª semana, procurou a UPA com cefaleia intensa; foi "
          "atendida pel«a2» «dr2t» «dr2», medicada com analgésico e liberada. Retornou 18 horas depois, "
          "convulsionando, e foi transferida via Central de Regulação para a «hosp», onde a equipe do "
          "plantonista «dr3t» «dr3» realizou cesariana de urgência. O recém-nascido, do sexo «sx», pesou "
          "2.310 g e está bem. A puérpera evoluiu com hemorragia intracraniana e faleceu na UTI.\n\n",
          decf=P(dec.first), nurse=P(nurse.full), dr1t=d1.dr, dr1=P(d1.full), a2=gw(d2, "o", "a"),
          dr2t=d2.dr, dr2=P(d2.full), hosp=g.pick(["Maternidade Nossa Senhora da Glória", "Santa Casa de Misericórdia",
                                                   "Hospital Santa Rosa de Lima"]),
          dr3t=d3.dr, dr3=P(d3.short), sx=g.pick(["masculino", "feminino"]))
    doc.f("2. ENTREVISTA DOMICILIAR\nRealizada em «d4» na residência da família, na «addr», com o "
          "companheiro, «hus», e a sogra, «mil». O Sr. «husl» contou que «decf2» se queixava de inchaço e "
          "dor de cabeça desde o sétimo mês e que, na UPA, ouviu que \"era normal da gravidez\". A família "
          "não tinha carro; a ida ao hospital foi no veículo de um vizinho (placa «pl»). ⟦A sogra, D. «milf», "
          "cuida agora do bebê e do filho mais velho, «kid». ⟧Contato da família: «tel».\n\n"
          "3. CONCLUSÃO DO COMITÊ\nÓbito classificado como materno obstétrico direto, EVITÁVEL, por falhas no "
          "pré-natal (não rastreamento de pré-eclâmpsia) e no pronto-atendimento. Recomendações: capacitação "
          "das equipes no protocolo de síndromes hipertensivas; garantia de aferição de PA e fita de "
          "proteinúria em todas as UBS.\n\n«coord»\nCoordenação do Comitê\n",
          d4=g.date(2025), addr=L(g.address(), "ADDRESS"), hus=P(hus.full), mil=P(mil.full), husl=P(hus.last),
          decf2=P(dec.first), pl=L(g.plate(), "LICENSE_PLATE"), milf=P(mil.first), kid=P(g.child_of(hus, dec).first),
          tel=L(g.phone(), "PHONE_NUMBER"), coord=P(coord.full))
    return doc


def sa_genetic_letter(g: Gen) -> Doc:
    """Genetic counselling letter naming the patient's relatives (cascade testing)."""
    doc = Doc(g)
    org = g.pick(["pt", "pt", "jw", "it", "lb", "de"])
    pt = g.person(fem=True, origin=org)
    mom = g.person(fem=True, origin=org)
    while mom.given == pt.given:
        mom = g.person(fem=True, origin=org)
    aunt = Person(g.pick(PT_F + PT_F_RARE + WORD_F), mom.surnames[:], True)
    bro = Person(g.pick(PT_M + PT_M_RARE), pt.surnames[:], False)
    dau = g.child_of(g.person(fem=False), pt, fem=True)
    gen, cons = g.person(), g.person(fem=True)
    gene = g.pick([("BRCA1", "c.5266dupC", "câncer de mama e ovário"), ("BRCA2", "c.2808_2811del", "câncer de mama e ovário"),
                   ("MLH1", "c.1852_1854del", "síndrome de Lynch"), ("TP53", "c.1010G>A (p.Arg337His)", "síndrome de Li-Fraumeni")])
    uf = g.pick(UFS)
    doc.f("SERVIÇO DE GENÉTICA MÉDICA – «hosp»\n\n«city», «d»\n\nPrezada «pt»,\n\n",
          hosp=g.pick(HOSPITALS), city=g.city()[0], d=g.date(2025, True), pt=P(pt.first if g.chance(0.5) else pt.full))
    doc.f("Conforme conversamos na consulta de retorno de «d1», o teste genético realizado em seu sangue "
          "identificou uma variante patogênica no gene «g» («v»), associada a risco aumentado de «dz». Este "
          "resultado ajuda a explicar a história da sua família: sua mãe, «mom», teve câncer aos 46 anos e "
          "faleceu em «d2»; sua tia materna, «aunt», foi tratada aos 51 anos; e, segundo o que a senhora nos "
          "contou, a avó materna também teve \"um tumor na barriga\".\n\n"
          "Como a variante tem herança autossômica dominante, cada parente de primeiro grau tem 50% de chance "
          "de carregá-la. Recomendamos oferecer o teste dirigido (apenas para esta variante, mais barato e "
          "rápido) ao seu irmão, «bro», e à sua filha, «dau», nascida em «dob», quando ela completar 18 "
          "anos ou antes, se desejar, após aconselhamento. Os filhos da tia «auntf» também devem ser "
          "informados; se preferir, podemos enviar a eles uma carta como esta.\n\n",
          d1=g.date(2025), g=gene[0], v=gene[1], dz=gene[2], mom=P(mom.full), d2=g.date(g.ri(2010, 2022), True),
          aunt=P(aunt.full), bro=P(bro.full), dau=P(dau.full), dob=L(g.dob(2006, 2016), "DATE_OF_BIRTH"),
          auntf=P(aunt.first))
    doc.f("Para a senhora, o plano de seguimento inclui ressonância de mamas anual, consulta com a mastologista "
          "e discussão sobre cirurgias redutoras de risco. Este resultado não muda o seu diagnóstico atual, mas "
          "orienta a prevenção. Lembramos que a informação genética é protegida pela «law» e não pode ser usada "
          "por planos de saúde para negar cobertura.\n\nSeu número de prontuário é «pr» e o CPF cadastrado é "
          "«cpf». Qualquer dúvida, a conselheira genética «cons» atende pelo telefone «tel» ou pelo e-mail "
          "«em».\n\nCom os melhores cumprimentos,\n\n«gdr» «gen»\nMédic«ga» Geneticista – «crm»\n",
          law=g.pick(["Lei 13.709/2018 (LGPD)", "LGPD"]), pr=g.d(8), cpf=L(g.cpf(), "BR_CPF"), cons=P(cons.full),
          tel=L(g.phone(False), "PHONE_NUMBER"), em=L(g.email(cons, "genetica.hosp.org.br"), "EMAIL_ADDRESS"),
          gdr=gen.dr, gen=P(gen.full), ga=gw(gen, "o", "a"), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_inss_report(g: Gen) -> Doc:
    """Medical report for a social-security (INSS) disability examination."""
    doc = Doc(g)
    pt = g.person()
    surg, orto, fisio = g.person(), g.person(), g.person()
    emp = g.pick(COMPANIES)
    c, uf = g.city()
    doc.f("RELATÓRIO MÉDICO PARA FINS DE PERÍCIA PREVIDENCIÁRIA\n\nAtesto, para fins de avaliação pericial "
          "junto ao Instituto Nacional do Seguro Social, que ", )
    doc.e(pt.full, "PERSON")
    v, org = g.rg()
    doc.f(", portador«a» do RG «rg» «org», CPF «cpf», NIT/PIS «pis», nascid«o» em «dob», «job» na «emp», "
          "encontra-se em acompanhamento neste serviço de ortopedia desde «d1».\n\n",
          a=gw(pt, "", "a"), rg=L(v, "BR_RG"), org=org, cpf=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"),
          o=gw(pt, "o", "a"), dob=L(g.dob(1962, 1992), "DATE_OF_BIRTH"),
          job=g.pick(["auxiliar de produção", "operador" + gw(pt, "", "a") + " de empilhadeira", "repositor" + gw(pt, "", "a")]),
          emp=emp, d1=g.date(2024, True))
    doc.f("«pf» sofreu queda de altura durante o trabalho em «d2», com fratura do planalto tibial esquerdo "
          "(CID-10 S82.1), tratada com osteossíntese pel«so» «sdr» «surg» em «d3». Evoluiu com rigidez do "
          "joelho e dor à marcha, e desenvolveu também lombalgia mecânica (CID-10 M54.5) por alteração de "
          "postura. Realiza fisioterapia três vezes por semana com «fisio» («cref»), sem ganho funcional "
          "significativo. Ao exame de hoje: flexão do joelho limitada a 70 graus, claudicação, uso de bengala.\n\n"
          "Em razão do quadro, «pf2» está incapaz para sua atividade habitual, que exige permanecer em pé e "
          "carregar peso, por período estimado de 180 dias, quando será reavaliad«o». A CAT foi emitida pela "
          "empresa em «d4». Não há, no momento, condições de reabilitação em outra função.\n\n",
          pf=P(pt.first), so=gw(surg, "o", "a"), sdr=surg.dr, surg=P(surg.full), d2=g.date(2024),
          d3=g.date(2024), fisio=P(fisio.full), cref=L(g.council("CREFITO"), "PROFESSIONAL_ID"),
          pf2=P(f"{pt.last}") if g.chance(0.3) else P(pt.first), o=gw(pt, "o", "a"), d4=g.date(2024))
    doc.f("Endereço do paciente para eventual visita pericial: «addr», «bairro», «c»/«uf», CEP «cep»; telefone "
          "«tel».\n\n«c», «d5».\n\n«odr» «orto»\nOrtopedista – «crm»\n",
          addr=L(g.address(), "ADDRESS"), bairro=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"),
          tel=L(g.phone(), "PHONE_NUMBER"), d5=g.date(2025, True), odr=orto.dr, orto=P(orto.full),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_incident(g: Gen) -> Doc:
    """Patient-safety incident notification written as a narrative."""
    doc = Doc(g)
    pt = g.person()
    tec, nurse, presc, oncall, son, notif = (g.person() for _ in range(6))
    hosp = g.pick(HOSPITALS)
    uf = g.pick(UFS)
    doc.f("NÚCLEO DE SEGURANÇA DO PACIENTE – «hosp»\nNOTIFICAÇÃO DE INCIDENTE Nº «n»/2025\n\n"
          "Paciente: «pt»   Nascimento: «dob»   Prontuário: «pr»   Leito: «lt»\nTipo: erro de medicação "
          "(dose)   Dano: leve   Data do evento: «d»\n\n",
          hosp=hosp, n=g.d(4), pt=P(pt.full), dob=L(g.dob(1940, 1990), "DATE_OF_BIRTH"), pr=g.d(8),
          lt=f"{g.ri(200, 520)}-{g.pick('AB')}", d=g.date(2025))
    doc.f("DESCRIÇÃO: Por volta das 22h, «tt» técnic«to» de enfermagem «tec» («coren1») administrou a "
          "«ptf» 10 UI de insulina regular, quando a prescrição d«po» «pdr» «presc» («crm») previa 10 UI de "
          "insulina NPH. A troca foi percebida meia hora depois pel«no» enfermeir«no» «nurse» («coren2»), ao "
          "conferir o frasco deixado na bandeja. A glicemia capilar caiu para 54 mg/dL; foi administrada glicose "
          "a 50% conforme protocolo e acionad«oo» «oodr» plantonista, «oc», que avaliou «pto» paciente e manteve "
          "observação com glicemias de hora em hora, todas acima de 90 mg/dL a partir da 1h.\n\n"
          "COMUNICAÇÃO À FAMÍLIA: o filho, «son», foi informado pessoalmente na manhã seguinte pelo "
          "médico assistente, conforme o protocolo de disclosure, e deixou o telefone «tel» para atualizações. "
          "A família não demonstrou intenção de reclamação formal, mas pediu que o caso fosse apurado.\n\n",
          tt=gw(tec, "o", "a"), to=gw(tec, "o", "a"), tec=P(tec.full), coren1=L(g.council("COREN", uf), "PROFESSIONAL_ID"),
          ptf=P(f"{pt.first}" if g.chance(0.5) else pt.short), po=gw(presc, "o", "a"), pdr=presc.dr,
          presc=P(presc.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), no=gw(nurse, "o", "a"),
          nurse=P(nurse.full), coren2=L(g.council("COREN", uf), "PROFESSIONAL_ID"), oo=gw(oncall, "o", "a"),
          oodr=gw(oncall, "o médico", "a médica"), oc=P(oncall.full), son=P((g.child_of(g.person(fem=False), pt, fem=False) if pt.fem else g.child_of(pt, None, fem=False)).full),
          pto=gw(pt, "o", "a"), tel=L(g.phone(), "PHONE_NUMBER"))
    doc.f("ANÁLISE PRELIMINAR: os dois frascos ficam lado a lado na geladeira do posto, com rótulos semelhantes; "
          "o posto estava com uma técnica a menos. Não se trata de conduta imprudente isolada de «tecf», e sim "
          "de falha de processo. Ações: separar fisicamente as insulinas, etiqueta de alerta, dupla checagem "
          "obrigatória⟦, e conversa de apoio com «tecf2», bastante abalad«ta»⟧.\n\nNotificante: «notif» – "
          "Gerência de Enfermagem\n",
          tecf=P(tec.first), tecf2=P(tec.first), ta=gw(tec, "o", "a"), notif=P(notif.full))
    return doc


# =========================================================================== financeiro


def fi_credit_opinion(g: Gen) -> Doc:
    """Credit opinion (parecer de crédito) on a borrower, spouse and guarantors."""
    doc = Doc(g)
    bor = g.person(fem=False)
    sp = g.spouse_of(bor)
    gu1 = g.person()
    gu1 = Person(gu1.given, [x for x in bor.surnames if x not in SUFFIXES], gu1.fem)
    gu2 = g.person(fem=False) if g.chance(0.5) else None
    an, mgr = g.person(), g.person()
    emp = g.pick(COMPANIES)
    doc.f("PARECER DE CRÉDITO Nº PC-«n»/2025 – Comitê Regional «reg»\nModalidade: crédito pessoal com garantia "
          "de veículo + aval   Valor pleiteado: «m»   Prazo: «pz» meses\n\n",
          n=g.d(5), reg=g.pick(["Vale do Bento", "Oeste Paulista (Presidente Prudente)", "Serra Gaúcha", "Vitória/ES"]),
          m=g.money(40000, 250000), pz=g.pick([24, 36, 48, 60]))
    doc.f("1. PROPONENTE\n«bor», CPF «cpf», nascido em «dob», casado com «sp»⟦ (CPF «cpf2»)⟧ sob o regime da "
          "comunhão parcial, reside há onze anos na «addr», CEP «cep», imóvel próprio. É correntista desde 2012⟦ "
          "(agência «ag», conta «cc»)⟧, com relacionamento sem ocorrências relevantes. Trabalha como gerente de "
          "logística na «emp» (CNPJ «cnpj») há sete anos, com renda líquida comprovada de «m2», e a esposa, "
          "«spf», professora da rede estadual, complementa a renda familiar com «m3».\n\n",
          bor=P(bor.caps), cpf=L(g.cpf(), "BR_CPF"), dob=L(g.dob(1965, 1992), "DATE_OF_BIRTH"), sp=P(sp.full),
          cpf2=L(g.cpf(), "BR_CPF"), addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), emp=emp, cnpj=L(g.cnpj(), "BR_CNPJ"),
          m2=g.money(6000, 18000), spf=P(sp.first), m3=g.money(3000, 7000))
    doc.f("2. FINALIDADE E HISTÓRICO\nO Sr. «borl» pretende quitar dívida de cartão de crédito em outra "
          "instituição e reformar o imóvel. No SCR consta endividamento de «m4», concentrado em cartão e cheque "
          "especial, com atraso pontual de 35 dias em «d1», já regularizado. Score interno: B. Não há "
          "restrições em bureaus em nome do casal. Consulta ao CPF da esposa não revelou pendências.\n\n"
          "3. GARANTIAS\na) alienação fiduciária do veículo Toyota Corolla, placa «pl», avaliado em «m5»; "
          "b) aval de «gu1», «gu1r» do proponente, CPF «g1cpf», nascid«g1a» em «g1dob», servidor«g1b» "
          "públic«g1a» aposentad«g1a», com renda de «m6» e patrimônio declarado compatível«g2»",
          borl=P(bor.last), m4=g.money(15000, 90000), d1=g.date(2024), pl=L(g.plate(), "LICENSE_PLATE"),
          m5=g.money(60000, 140000), gu1=P(gu1.full), gu1r=gw(gu1, "irmão", "irmã"), g1cpf=L(g.cpf(), "BR_CPF"),
          g1a=gw(gu1, "o", "a"), g1dob=L(g.dob(1950, 1975), "DATE_OF_BIRTH"), g1b=gw(gu1, "", "a"),
          m6=g.money(5000, 12000), g2="")
    if gu2 is None:
        doc.t(".\n\n")
    else:
        doc.f("; c) aval de «gu2», CPF «g2cpf», sócio da «comp2», cujo patrimônio está majoritariamente em "
              "quotas e imóvel rural, o que enfraquece a garantia.\n\n", gu2=P(gu2.full),
              g2cpf=L(g.cpf(), "BR_CPF"), comp2=g.pick(COMPANIES))
    rec = g.pick(["FAVORÁVEL", "FAVORÁVEL COM RESSALVAS"])
    doc.f("4. PARECER\nA capacidade de pagamento é adequada (comprometimento de «pc»% da renda familiar "
          "líquida). Considerando a postura prudente do proponente nos últimos doze meses e a qualidade da "
          "garantia real, o parecer é «rec»", pc=g.ri(18, 34), rec=rec)
    if gu2 is not None:
        doc.f(", condicionado à substituição do avalista «gu2l» por outro com renda comprovada ou à redução do "
              "valor em 20%", gu2l=P(gu2.last))
    doc.f(". Contato do proponente para formalização: «tel»⟦, "
          "«em»⟧.\n\n«an» – Analista de Crédito PF\nDe acordo: «mgr», Gerente Geral\n",
          tel=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(bor), "EMAIL_ADDRESS"), an=P(an.full), mgr=P(mgr.full))
    return doc


def fi_audit_report(g: Gen) -> Doc:
    """Internal audit report on irregular transactions at a branch."""
    doc = Doc(g)
    mgr = g.person()
    bil = g.person(fem=not mgr.fem)
    teller, aud, head = g.person(), g.person(), g.person()
    vics = [g.person() for _ in range(1 if g.chance(0.6) else 2)]
    bank = g.pick(["Banco Aurora S.A.", "Cooperativa de Crédito Leão do Norte", "Banco Prudente S.A."])
    br = g.pick(["Agência Vitória Centro", "Agência Rosa e Silva", "Agência Bento Gonçalves", "Posto Pereira Barreto"])
    doc.f("«bank» – AUDITORIA INTERNA\nRELATÓRIO Nº AI-«n»/2025 – «br»\nClassificação: CONFIDENCIAL\n\n",
          bank=bank.upper(), n=g.d(3), br=br)
    doc.f("1. ESCOPO E ORIGEM\nO trabalho foi motivado por denúncia anônima recebida pelo canal de ética em "
          "«d1», segundo a qual «mr» gerente de relacionamento «mgr», matrícula «mat», estaria movimentando "
          "contas de clientes idosos sem autorização. Foram analisados os registros de transações, os logs de "
          "acesso ao sistema e as gravações de câmera do período de «d2» a «d3».\n\n2. CONSTATAÇÕES\n",
          d1=g.date(2025), mr=gw(mgr, "o", "a"), mgr=P(mgr.full), mat=f"F{g.d(7)}", d2=g.date(2024), d3=g.date(2025))
    for i, v in enumerate(vics):
        doc.f("2.«i» Na conta de «v» (CPF «cpf», nascid«va» em «dob»), agência «ag», conta «cc», foram feitas "
              "«k» transferências que somam «m», todas a partir da estação de trabalho de «ml», em horários "
              "em que «vf» não estava na agência, conforme as imagens. ",
              i=i + 1, v=P(v.full), cpf=L(g.cpf(), "BR_CPF"), va=gw(v, "o", "a"),
              dob=L(g.dob(1930, 1955), "DATE_OF_BIRTH"), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
              k=g.ri(3, 14), m=g.money(5000, 90000), ml=P(mgr.last), vf=P(f"{v.first}"))
        if i == 0:
            doc.f("Parte dos recursos foi creditada na conta de «bil», «rel» de «mgf», no «ob», agência «ag2», "
                  "conta «cc2». ",
                  bil=P(bil.full), rel=gw(bil, "cunhado", "cunhada"), mgf=P(mgr.first), ob=g.pick(BANKS),
                  ag2=L(g.agency(), "BANK_ACCOUNT"), cc2=L(g.account(), "BANK_ACCOUNT"))
        doc.t("\n")
    doc.f("2.«i» Os acessos ao internet banking das vítimas partiram dos IPs «ip1» e «ip2», este último da "
          "rede interna da agência. A caixa «tel», ouvida em «d4», declarou que autenticou saques a pedido "
          "d«mo» gerente, sem a presença dos titulares, por confiar na \"palavra da chefia\".\n\n"
          "3. CONCLUSÃO E RECOMENDAÇÕES\nHá evidências suficientes de fraude interna, com prejuízo estimado em "
          "«m». Recomenda-se: (i) afastamento cautelar de «mgf2»; (ii) ressarcimento imediato às vítimas; "
          "(iii) comunicação ao COAF e à autoridade policial; (iv) reforço da segregação de funções na "
          "agência; (v) treinamento da equipe de caixa. O relatório foi discutido com o superintendente "
          "regional⟦, «head»,⟧ em «d5».\n\n«aud»\nAuditor«aa» Sênior\n",
          i=len(vics) + 1, ip1=L(g.ip(), "IP_ADDRESS"), ip2=L(f"10.{g.ri(0, 40)}.{g.ri(0, 255)}.{g.ri(1, 254)}", "IP_ADDRESS"),
          tel=P(teller.full), d4=g.date(2025), mo=gw(mgr, "o", "a"), m=g.money(60000, 400000),
          mgf2=P(mgr.short), head=P(head.full), d5=g.date(2025), aud=P(aud.full), aa=gw(aud, "", "a"))
    return doc


def fi_fraud_investigation(g: Gen) -> Doc:
    """Account-takeover fraud investigation narrative."""
    doc = Doc(g)
    vic = g.person()
    m1, m2, inv, att = g.person(), g.person(), g.person(), g.person()
    doc.f("PREVENÇÃO A FRAUDES – RELATÓRIO DE INVESTIGAÇÃO\nCaso: FRD-«n»   Tipologia: tomada de conta (ATO) "
          "com troca de chip (SIM swap)\nInvestigador«ia»: «inv»   Abertura: «d»\n\n",
          n=g.d(7), ia=gw(inv, "", "a"), inv=P(inv.full), d=g.date(2025))
    doc.f("RESUMO\nEm «d1», «a» clien«te» «vic», CPF «cpf», telefone cadastrado «tel»⟦, e-mail «em»⟧, contatou a "
          "central relatando que o celular ficou sem sinal por volta das 14h e que, ao recuperar a linha na "
          "loja da operadora, encontrou no aplicativo operações que não reconhece. Foi atendid«o» por «att», "
          "que bloqueou preventivamente a conta e o cartão de crédito nº «card».\n\n",
          d1=g.date(2025, True), a=gw(vic, "o", "a"), te=gw(vic, "te", "te"), vic=P(vic.full), cpf=L(g.cpf(), "BR_CPF"),
          tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(vic), "EMAIL_ADDRESS"), o=gw(vic, "o", "a"),
          att=P(att.first if g.chance(0.5) else att.short), card=L(g.card(), "CREDIT_CARD"))
    doc.f("LINHA DO TEMPO\nÀs 14h12, a linha foi portada para novo chip. Às 14h31, houve login no app em "
          "dispositivo nunca visto, a partir do IP «ip1», com redefinição de senha via SMS. Às 14h40, foi "
          "cadastrada nova chave Pix aleatória «pix1» e elevado o limite noturno. Entre 14h45 e 15h20, foram "
          "feitas seis transferências, somando «m», para duas contas: a de «m1», CPF «c1»⟦, agência «ag1», conta "
          "«cc1»⟧, e a de «m2»⟦, CPF «c2»,⟧ que recebeu pela chave «pix2». Às 15h34, houve tentativa de compra "
          "de «m_» em loja de eletrônicos com o cartão, negada pelo motor de regras. O último acesso veio do "
          "IP «ip2», associado a provedor de VPN.\n\n",
          ip1=L(g.ip(), "IP_ADDRESS"), pix1=L(g.pix(), "PIX_KEY"), m=g.money(8000, 60000), m1=P(m1.full),
          c1=L(g.cpf(), "BR_CPF"), ag1=L(g.agency(), "BANK_ACCOUNT"), cc1=L(g.account(), "BANK_ACCOUNT"),
          m2=P(m2.full), c2=L(g.cpf(), "BR_CPF"), pix2=L(g.pix(), "PIX_KEY"), m_=g.money(3000, 12000),
          ip2=L(g.ip(), "IP_ADDRESS"))
    doc.f("ANÁLISE\nAs contas recebedoras foram abertas há menos de 30 dias, com selfies de baixa qualidade; "
          "«m1f» declara renda de estudante e endereço na «addr»⟦, o mesmo informado por «m2l»⟧, o que sugere "
          "conta de passagem. Foi acionado o MED (Mecanismo Especial de Devolução) em «d2», com bloqueio "
          "cautelar de «m3». A vítima registrou boletim de ocorrência nº «bo» e foi orientada a procurar a "
          "operadora. Não há indício de participação de «vicf», que tem 14 anos de relacionamento sem "
          "contestações.\n\nPARECER: procedente; ressarcir o saldo não recuperado após o prazo do MED; "
          "encerrar as contas recebedoras e comunicar ao COAF. Revisar com a operadora o fluxo de portabilidade."
          "\n\n«inv2»\n",
          m1f=P(m1.first), addr=L(g.address(), "ADDRESS"), m2l=P(m2.last), d2=g.date(2025), m3=g.money(1000, 20000),
          bo=f"{g.d(4)}/2025", vicf=P(vic.first if g.chance(0.5) else vic.last), inv2=P(inv.short))
    return doc


def fi_heirs_letter(g: Gen) -> Doc:
    """Bank letter to the heirs about releasing a deceased customer's balances."""
    doc = Doc(g)
    dec = g.person()
    heirs = [g.child_of(dec if not dec.fem else g.person(fem=False), dec if dec.fem else None) for _ in range(2 if g.chance(0.85) else 3)]
    inv = heirs[0]
    mgr, adv = g.person(), g.person()
    c, uf = g.city()
    bank = g.pick(BANKS)
    c2, uf2 = g.city()
    doc.f("«bank» – Central de Atendimento a Espólios\n«c», «d»\n\n«sr» «inv»\n«addr»\n«c2»/«uf2» – CEP «cep»\n\n"
          "Ref.: Espólio de «dec»⟦ – CPF «dcpf»⟧ – Alvará Judicial, autos nº «cnj»\n\nPrezad«a» «sr2»,\n\n",
          bank=bank, c=c, d=g.date(2025, True), sr=inv.sr, inv=P(inv.full), addr=L(g.address(), "ADDRESS"),
          c2=c2, uf2=uf2, cep=L(g.cep(), "BR_CEP"), dec=P(dec.caps), dcpf=L(g.cpf(), "BR_CPF"),
          cnj=g.cnj(), a=gw(inv, "o", "a"), sr2=gw(inv, "Senhor", "Senhora"))
    doc.f("Em resposta à solicitação protocolada em «d1» por «sua» advogad«ao», «adv» («oab»), informamos que "
          "o alvará expedido pelo Juízo da «v»ª Vara de Família e Sucessões de «c» foi conferido e considerado "
          "apto. ⟦Lamentamos o falecimento de «dec2», correntista desta instituição desde 1998.⟧\n\n"
          "Na data do óbito, «d2», «dpr» «decf» mantinha os seguintes valores: conta corrente agência «ag», "
          "conta «cc», saldo de «m1»; poupança vinculada, saldo de «m2»; e um cartão de crédito final «fin», "
          "já cancelado, com fatura em aberto de «m3», que será abatida do total, nos termos do alvará.\n\n"
          "O saldo líquido será rateado em partes iguais e creditado nas contas indicadas pelos herdeiros:\n",
          d1=g.date(2025), sua="sua", ao=gw(adv, "o", "a"), adv=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          v=g.ri(1, 3), c=c, dec2=P(dec.full), d2=g.date(2024, True), dpr=gw(dec, "o Sr.", "a Sra."),
          decf=P(dec.last), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          m1=g.money(3000, 90000), m2=g.money(1000, 60000), fin=g.d(4), m3=g.money(200, 5000))
    for h in heirs:
        doc.t("– ").e(h.full, "PERSON").t(", CPF ").e(g.cpf(), "BR_CPF")
        if g.chance(0.5):
            doc.t(f": {g.pick(BANKS)}, agência ").e(g.agency(), "BANK_ACCOUNT").t(", conta ").e(g.account(), "BANK_ACCOUNT").t(";\n")
        else:
            doc.t(": chave Pix aleatória ").e(g.pix(), "PIX_KEY").t(";\n")
    doc.f("\nPara «hart» «hf», ainda é necessário apresentar documento de identificação com foto, pois a "
          "cópia enviada está ilegível. O crédito será feito em até dez dias úteis após o recebimento. Dúvidas "
          "podem ser tratadas com «mart» responsável, «mgr»⟦, pelo telefone «tel» ou pelo e-mail «em»⟧.\n\n"
          "Atenciosamente,\n\nCentral de Espólios – «bank»\n",
          hart=gw(heirs[-1], "o herdeiro", "a herdeira"), hf=P(heirs[-1].first), mart=gw(mgr, "o gerente", "a gerente"), mgr=P(mgr.full), tel=L(g.phone(False), "PHONE_NUMBER"),
          em=L(g.email(mgr, noacc(bank.split()[0]).lower() + ".com.br"), "EMAIL_ADDRESS"), bank=bank)
    return doc


def fi_debt_confession(g: Gen) -> Doc:
    """Private debt-confession deed with spouse, guarantors and witnesses."""
    doc = Doc(g)
    deb = g.person(fem=False)
    sp = g.spouse_of(deb)
    av1, av2, rep, w1, w2 = (g.person() for _ in range(5))
    coop = g.pick(["COOPERATIVA DE CRÉDITO VALE DO BENTO – SICOOB VALEBENTO", "BANCO AURORA S.A.",
                   "COOPERATIVA DE CRÉDITO LEÃO DO SUL", "PRUDENTE FOMENTO MERCANTIL LTDA"])
    c, uf = g.city()
    doc.f("INSTRUMENTO PARTICULAR DE CONFISSÃO DE DÍVIDA COM GARANTIA FIDEJUSSÓRIA\n\nPelo presente "
          "instrumento particular, de um lado, «coop», inscrita no CNPJ sob o nº «cnpj», com sede em «c»/«uf», "
          "neste ato representada por seu gerente, «rep»⟦, CPF «rcpf»⟧, doravante denominada CREDORA; de outro "
          "lado, ", coop=coop, cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), c=c, uf=uf, rep=P(rep.full),
          rcpf=L(g.cpf(), "BR_CPF"))
    qualify(doc, g, deb, civil="casado", job=g.pick(["produtor rural", "comerciante", "empresário"]), rg=g.chance(0.6))
    doc.f(", doravante denominado DEVEDOR, com a anuência de sua esposa, «sp»⟦, CPF «scpf»⟧; e, como "
          "AVALISTAS e devedores solidários, ", sp=P(sp.caps), scpf=L(g.cpf(), "BR_CPF"))
    qualify(doc, g, av1, addr=g.chance(0.3), rg=False)
    doc.t(", e ")
    qualify(doc, g, av2, addr=False, rg=False)
    doc.f("; têm entre si justo e contratado o seguinte:\n\nCLÁUSULA PRIMEIRA – O DEVEDOR reconhece e confessa "
          "dever à CREDORA a quantia líquida, certa e exigível de «m», resultante do saldo devedor das cédulas de "
          "crédito bancário nºs «cc1» e «cc2», vencidas em «d1».\n\nCLÁUSULA SEGUNDA – A dívida será paga em «np» "
          "parcelas mensais de «mp», com vencimento da primeira em «d2», mediante débito na conta corrente de "
          "titularidade do DEVEDOR, agência «ag», conta «cc».\n\nCLÁUSULA TERCEIRA – O atraso superior a 30 dias "
          "acarretará o vencimento antecipado, acrescido de multa de 2% e juros de 1% ao mês, na forma da «law».\n\n"
          "CLÁUSULA QUARTA – Os AVALISTAS⟦, «a1» e «a2»,⟧ renunciam ao benefício de ordem (art. 827 do Código "
          "Civil).\n\nCLÁUSULA QUINTA – Fica eleito o foro da comarca de «c».\n\nE, por estarem justas, assinam "
          "em duas vias, com as testemunhas abaixo.\n\n«c», «d3».\n\n__________________ CREDORA\n«s2»\n"
          "__________________ AVALISTAS\n\nTestemunhas:\n"
          "1. «w1»⟦ – CPF «w1c»⟧\n2. «w2»⟦ – CPF «w2c»⟧\n",
          m=g.money(30000, 600000), cc1=f"{g.d(2)}/{g.d(5)}-{g.d(1)}", cc2=f"{g.d(2)}/{g.d(5)}-{g.d(1)}",
          d1=g.date(2024), np=g.pick([12, 24, 36, 48]), mp=g.money(1500, 20000), d2=g.date(2025),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), law=g.pick(["Lei nº 10.406/2002", "Lei 14.905/2024"]),
          a1=P(av1.short), a2=P(av2.short), c=c, d3=g.date(2025, True), s2=P(deb.full), w1=P(w1.full), w1c=L(g.cpf(), "BR_CPF"), w2=P(w2.full),
          w2c=L(g.cpf(), "BR_CPF"))
    return doc


def fi_kyc_visit(g: Gen) -> Doc:
    """Relationship manager's KYC visit report on a high-income client."""
    doc = Doc(g)
    cli = g.person()
    father = g.person(fem=False, origin=g.pick(["pt", "it", "lb", "jp", "de"]))
    cli = Person(cli.given, [s for s in cli.surnames[:1] if s not in PARTICLES] + [father.surnames[-1]], cli.fem)
    sp = g.person(fem=not cli.fem)
    bro = Person(g.pick(PT_M + PT_M_RARE), cli.surnames[:], False)
    rm, comp_ = g.person(), g.person()
    fam_co = f"{g.pick(['Construtora', 'Agropecuária', 'Transportes', 'Comercial'])} {father.surnames[-1]} Ltda"
    doc.f("RELATÓRIO DE VISITA – CONHEÇA SEU CLIENTE (KYC)\nSegmento: Private   Data da visita: «d»\n"
          "Gerente: «rm»\n\n", d=g.date(2025), rm=P(rm.full))
    doc.f("Visitei «a» clien«te» «cli», CPF «cpf», nascid«o» em «dob», em sua residência, na «addr», "
          "acompanhad«o» de «sp», com quem é casad«o» desde 2009. O casal tem dois filhos menores. A casa é "
          "ampla, com três veículos na garagem (um deles, placa «pl», em nome do cliente).\n\n"
          "ORIGEM DO PATRIMÔNIO: herança do pai, «fa», falecido em «d1», fundador da «fam_co» (CNPJ «cnpj»), "
          "de cujas quotas «cf» detém 40%. ⟦O restante pertence ao irmão, «bro», que administra a empresa. ⟧"
          "Declara rendimentos de «m» por ano, compatíveis com o IRPF apresentado. A empresa foi citada em "
          "reportagem sobre licitações municipais, mas não há processo em nome de «cl».\n\n",
          a=gw(cli, "o", "a"), te=gw(cli, "te", "te"), cli=P(cli.full), cpf=L(g.cpf(), "BR_CPF"),
          o=gw(cli, "o", "a"), dob=L(g.dob(1960, 1988), "DATE_OF_BIRTH"), addr=L(g.address(), "ADDRESS"),
          sp=P(sp.full), pl=L(g.plate(), "LICENSE_PLATE"), fa=P(father.full), d1=g.date(g.ri(2015, 2023), True),
          fam_co=fam_co, cnpj=L(g.cnpj(), "BR_CNPJ"), cf=P(cli.first), bro=P(bro.full),
          m=g.money(400000, 3000000), cl=P(cli.last))
    pep = g.chance(0.5)
    if pep:
        doc.f("PEP: sim, por relacionamento. A irmã de «spf», «pepn», exerce mandato de vereadora em «pc» desde "
              "2021; não há relação de negócios declarada.\n\n",
              spf=P(sp.first), pepn=P(g.person(fem=True).full), pc=g.city()[0])
    else:
        doc.t("PEP: não. Nenhum familiar próximo exerce cargo público; o cliente comentou apenas que o vizinho "
              "de condomínio é um desembargador aposentado, sem qualquer relação de negócios.\n\n")
    doc.f("CONTATOS: celular «tel», e-mail «em». Contador da família: «comp», «crc».\n\n"
          "CONCLUSÃO: perfil compatível com o segmento; risco PLD «risk». Recomendo a abertura da conta "
          "investimento e a atualização cadastral a cada 12 meses.\n\n«rm2»\n",
          tel=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(cli), "EMAIL_ADDRESS"),
          comp=P(comp_.full), crc=L(g.council("CRC"), "PROFESSIONAL_ID"), risk="MÉDIO" if pep else "BAIXO",
          rm2=P(rm.short))
    return doc


def fi_succession_memo(g: Gen) -> Doc:
    """Private-banking succession-planning memo naming the family and its holdings."""
    doc = Doc(g)
    pat = g.person(fem=False, origin=g.pick(["pt", "it", "de", "jp", "lb", "pl"]))
    wife = g.spouse_of(pat)
    kids = [g.child_of(pat, wife) for _ in range(2 if g.chance(0.75) else 3)]
    gk = g.child_of(kids[0] if not kids[0].fem else g.person(fem=False), kids[0] if kids[0].fem else None)
    bk, adv, acc = g.person(), g.person(), g.person()
    hold = f"{pat.surnames[-1]} Participações Ltda"
    py = g.ri(1941, 1957)
    doc.f("MEMORANDO – PLANEJAMENTO SUCESSÓRIO – GRUPO FAMILIAR «fam»\nPara: comitê de wealth planning   De: «bk»   "
          "Data: «d»\n\n", fam=f"GF-{g.d(5)}", bk=P(bk.full), d=g.date(2025))
    doc.f("1. CONTEXTO\nO Sr. «pat», «age» anos, nascido em «dob», CPF «cpf», casado com «wife»⟦ (CPF «wcpf»)⟧ "
          "sob o regime da comunhão universal, pediu apoio para organizar a sucessão antes de se afastar da "
          "gestão da «co»; o patrimônio líquido estimado é de «m», sendo 60% em quotas, 30% em imóveis e 10% "
          "em aplicações financeiras nesta instituição (agência «ag», conta «cc»).\n\n",
          pat=P(pat.full), age=2025 - py, dob=L(g.dob(py, py), "DATE_OF_BIRTH"), cpf=L(g.cpf(), "BR_CPF"),
          wife=P(wife.full), wcpf=L(g.cpf(), "BR_CPF"), co=g.pick(COMPANIES), m=g.money(8000000, 90000000),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    doc.t("2. HERDEIROS\n")
    for k in kids:
        doc.t("– ").e(k.full, "PERSON").t(", nascid" + gw(k, "o", "a") + " em ").e(g.dob(py + 22, min(py + 40, 2000)), "DATE_OF_BIRTH")
        doc.t(", CPF ").e(g.cpf(), "BR_CPF").t(g.pick(["; " + gw(k, "diretor", "diretora") + " comercial da empresa.\n",
                                                     "; " + gw(k, "médico", "médica") + ", não atua no negócio.\n",
                                                     "; reside em Lisboa.\n", "; " + gw(k, "sócio", "sócia") + " minoritári" + gw(k, "o", "a") + ".\n"]))
    doc.f("⟦Há ainda um neto, «gk», filho de «k0», que o patriarca deseja contemplar com a parte disponível.⟧\n\n"
          "3. ESTRUTURA PROPOSTA\nConstituição da holding patrimonial «hold», já inscrita no CNPJ sob o nº "
          "«cnpj1» (novo formato alfanumérico), para a qual serão integralizados os imóveis e as quotas da "
          "operadora, cujo CNPJ é «cnpj2». Doação das quotas da holding aos filhos com reserva de usufruto "
          "vitalício ao casal, cláusulas de incomunicabilidade e impenhorabilidade, e acordo de quotistas. "
          "O ITCMD será recolhido no Estado de «uf», com alíquota de «al»%. O testamento do Sr. «patl» será "
          "revisto pel«adva» advogad«adva» da família, «adv» («oab»)⟦, e a contabilidade será conduzida por «acc» («crc»)⟧.\n\n"
          "4. PRÓXIMOS PASSOS\nReunião com os «nk» filhos em «d2»; levantamento das matrículas; simulação de "
          "fluxo de dividendos. Contato do patriarca: «tel»⟦; d«kfa» «kfw» «kf», que centraliza a comunicação: «em»⟧.\n",
          gk=P(gk.full), k0=P(kids[0].first), hold=hold, cnpj1=L(g.cnpj(alnum=True), "BR_CNPJ"),
          cnpj2=L(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), uf=g.pick(UFS), al=g.pick(["4", "6", "8"]),
          patl=P(pat.last), adva=gw(adv, "o", "a"), adv=P(adv.full), oab=L(g.council("OAB"), "PROFESSIONAL_ID"), acc=P(acc.full),
          crc=L(g.council("CRC"), "PROFESSIONAL_ID"), d2=g.date(2025), tel=L(g.phone(), "PHONE_NUMBER"),
          nk="dois" if len(kids) == 2 else "três", kfa=gw(kids[1], "o", "a"), kfw=gw(kids[1], "filho", "filha"),
          kf=P(kids[1].first), em=L(g.email(kids[1]), "EMAIL_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_complaint_letter, at_ombudsman_reply, at_procon_minutes, at_email_thread, at_compliment,
                    at_claim_narrative, at_case_review],
    "juridico": [ju_sentence, ju_appeal, ju_probate_deed, ju_petition, ju_inquiry_report, ju_union_deed,
                 ju_prosecutor],
    "saude": [sa_discharge, sa_home_visit, sa_psych_report, sa_death_investigation, sa_genetic_letter,
              sa_inss_report, sa_incident],
    "financeiro": [fi_credit_opinion, fi_audit_report, fi_fraud_investigation, fi_heirs_letter,
                   fi_debt_confession, fi_kyc_visit, fi_succession_memo],
}
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
TITLES = ("Sr.", "Sra.", "Dr.", "Dra.", "Des.", "D.", "Dona ", "Seu ")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v == v.strip() and v, (record["id"], s, v)
        if s["label"] == "PERSON":
            assert not v.startswith(TITLES), (record["id"], v)
        if s["label"] == "BR_CPF":
            assert cpf_ok(v), (record["id"], v)
        if s["label"] == "BR_CNPJ":
            assert cnpj_ok(v), (record["id"], v)
        if s["label"] == "CREDIT_CARD":
            assert luhn_ok(v), (record["id"], v)
        last = s["end"]
    assert not any(ch in text for ch in "«»⟦⟧"), record["id"]


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
    with (HERE / "thirteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("thirteenth", len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main()
