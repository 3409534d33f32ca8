"""Build the eleventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eleventh_set.py

Written blind to the detectors (their code, word lists, gazetteer, contexts and scores were
not read, and they were not run on this text), in registers none of the earlier sets uses:

- atendimento: car-rental damage reports, real-estate agency visit schedules, hotel booking
  modification e-mails, internet-provider outage chats, funeral-plan contracts, lost-and-found
  logs, event-ticket transfer requests;
- juridico: adoption hearing summaries, arbitration minutes, land-registry (matrícula)
  excerpts, prison visit authorisations, electoral-court (TRE) registration changes, Procon
  mediation audio transcripts, public-will (testamento) excerpts;
- saude: ambulance run sheets, blood-bank transfusion records, ophthalmology exam reports,
  post-discharge phone follow-ups, occupational-medicine scheduling sheets, clinical-trial
  consent logs, speech-therapy reports;
- financeiro: vehicle auction records, small-business payroll, life-insurance claim
  settlements, stock-broker onboarding calls, condominium fee collection lists, micro-credit
  group (aval solidário) minutes, foreign-exchange purchase receipts.

Gold spans are known by construction: each template is a function that fills a text with
`{slot}` markers; a slot whose value carries a label becomes a span. Check digits (CPF, CNPJ,
SP RG, CNH, PIS, título de eleitor, CNS, Luhn) are computed here. Names come from this file's
own lists: mostly Portuguese-origin (common and regional/coined), about a quarter of other
origins found in Brazil (Italian, German, Japanese, Lebanese, Polish, Ukrainian, Korean,
Chinese, Andean, Haitian, Angolan/Nigerian, indigenous, Jewish), names that are ordinary words
(Rosa, Luz, Vitória, Bento, Cruz, Branco...) next to the same words used as words, single
names, nicknames, lower-case names in chats, ALL-CAPS lists, " - " separated lists and
initials ("J. Carlos Haddad"). Hard negatives (never labelled): companies, brands, hospitals,
schools, prisons, streets and places named after people, public figures mentioned as such,
virtual assistants, protocols, process numbers, lot and bag numbers, money, dates that are not
birth dates, version strings that look like IP addresses.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import string
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 11
COPIES = 10

# ----------------------------------------------------------------------------- names

PT_F = ["Marinalva", "Josefa", "Edileuza", "Valdirene", "Graciete", "Luzinete", "Cleonice",
        "Conceição", "Aparecida", "Fabiana", "Tatiane", "Jaqueline", "Simone", "Patrícia",
        "Adriana", "Cláudia", "Francisca", "Raimunda", "Antônia", "Sebastiana", "Kelly",
        "Jéssica", "Thaís", "Larissa", "Yasmin", "Ana Clara", "Maria Eduarda", "Heloísa",
        "Lorena", "Gleice", "Elisângela", "Rosângela", "Sueli", "Neide", "Zuleide", "Eliete",
        "Joana", "Cícera", "Damiana", "Lindalva", "Nathalya", "Taíssa", "Emanuelly", "Ketlen",
        "Sthefany", "Maria das Dores", "Maria do Socorro", "Ana Paula", "Maria José",
        "Gilvanete", "Erivânia", "Lucicleide", "Deyse", "Kaylane", "Júlia", "Beatriz",
        "Camila", "Renata", "Priscila", "Michele"]
PT_M = ["Josivaldo", "Welington", "Kauã", "Ryan", "Davi", "Enzo", "Gabriel", "Cícero",
        "Severino", "Raimundo", "Francisco", "José Carlos", "João Pedro", "Antônio",
        "Luiz Fernando", "Edvaldo", "Ailton", "Valdemir", "Gilberto", "Reginaldo",
        "Marcos Vinícius", "Wesley", "Wanderson", "Jefferson", "Cleiton", "Deivid", "Maicon",
        "Jailson", "Adailton", "Ivanildo", "Genivaldo", "Cosme", "Damião", "Arlindo",
        "Benedito", "Sebastião", "Joaquim", "Manoel", "Expedito", "Juscelino", "Lucivaldo",
        "Elenilson", "Rivanildo", "Thiago", "Rodrigo", "Bruno", "Felipe", "Igor", "Caio",
        "Murilo", "Heitor", "Arthur", "Otávio", "João Victor", "Luiz Henrique", "Edinelson",
        "Josué", "Uelinton", "Railson", "Dheyson"]
WORD_F = ["Rosa", "Luz", "Vitória", "Aurora", "Glória", "Celeste", "Flor", "Estrela", "Pérola",
          "Jasmim", "Graça", "Alegria", "Serena", "Clara"]
WORD_M = ["Bento", "Clemente", "Modesto", "Salvador", "Natal", "Pastor", "Santo", "Amado",
          "Justo", "Severo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
          "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes",
          "Soares", "Fernandes", "Vieira", "Barbosa", "Dias", "Nascimento", "Andrade",
          "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos",
          "Gonçalves", "Santana", "Teixeira", "Araújo", "Bezerra", "Cavalcanti", "Albuquerque",
          "Siqueira", "Brandão", "Sampaio", "Aragão", "Medeiros", "Queiroz", "Maia", "Cunha",
          "Diniz", "Quaresma", "Magalhães", "Tenório", "Holanda", "Sobral", "Valadares",
          "Bittencourt", "Falcão", "Rezende", "Guimarães", "Assunção", "Nepomuceno"]
WORD_SUR = ["Cruz", "Branco", "Leão", "Lobo", "Coelho", "Carneiro", "Pinto", "Franco", "Paz",
            "Prado", "Campos", "Vale", "Monte", "Rosa", "Leite", "Couto", "Guerra", "Rocha",
            "Bento", "Fontes", "Cordeiro", "Raposo", "Pedreira", "Barros"]
PARTICLE_SURNAMES = ["da Silva", "dos Santos", "de Souza", "do Nascimento", "das Neves", "da Costa",
                     "de Oliveira", "da Cruz", "da Luz", "da Paz", "do Carmo", "dos Anjos",
                     "da Conceição", "de Jesus", "do Prado", "da Rosa", "de Lima", "dos Reis"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho", "Jr."]

ORIGINS = {
    "it": {"f": ["Chiara", "Giovanna", "Rafaella", "Antonella", "Graziela"],
           "m": ["Giuseppe", "Lorenzo", "Enrico", "Vittorio", "Angelo"],
           "s": ["Bortolini", "Zanella", "Vendramini", "Colombo", "Tessaro", "Marchetti",
                 "Casagrande", "Perin", "Dal Molin", "De Carli", "Bellinaso"]},
    "de": {"f": ["Helga", "Ingrid", "Gisela", "Heidi", "Ursula"],
           "m": ["Günther", "Dieter", "Wilfried", "Egon", "Arno"],
           "s": ["Schroeder", "Kuhn", "Weber", "Hoffmann", "Brandt", "Klein", "Mayer", "Wolff",
                 "Kretschmer", "Voigt", "Hillesheim"]},
    "jp": {"f": ["Keiko", "Yumi", "Akemi", "Sayuri", "Harumi"],
           "m": ["Hiroshi", "Takeshi", "Kenji", "Mitsuo", "Yoshio"],
           "s": ["Nakamura", "Tanaka", "Yamamoto", "Sato", "Kobayashi", "Watanabe", "Hayashi",
                 "Okada", "Shimizu", "Ikeda", "Uehara"]},
    "ar": {"f": ["Rania", "Leila", "Samira", "Nádia", "Jamile"],
           "m": ["Jamil", "Samir", "Nagib", "Farid", "Habib", "Salim"],
           "s": ["Haddad", "Khoury", "Nasser", "Salomão", "Saad", "Chaer", "Abdalla",
                 "Bechara", "Rahal", "Mansur"]},
    "pl": {"f": ["Jadwiga", "Halina", "Wanda"],
           "m": ["Stanislau", "Kazimierz", "Casimiro"],
           "s": ["Kowalski", "Wisniewski", "Nowak", "Zielinski", "Mazurek", "Lewandowski"]},
    "ua": {"f": ["Oksana", "Olha", "Nadia"],
           "m": ["Taras", "Bohdan", "Mykola"],
           "s": ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Hnatiuk", "Voloshyn"]},
    "kr": {"f": ["Ji-woo", "Seo-yeon", "Min-ji"],
           "m": ["Min-jun", "Hyun-woo", "Sung-ho"],
           "s": ["Kim", "Park", "Choi", "Jung", "Kang"]},
    "cn": {"f": ["Mei", "Li Na", "Xiaoling"],
           "m": ["Wei", "Jun", "Haoran"],
           "s": ["Chen", "Wang", "Liu", "Zhang", "Huang", "Lin"]},
    "es": {"f": ["Ximena", "Mayra", "Yolanda", "Rocío"],
           "m": ["Alejandro", "Juan Carlos", "Wilber", "Edwin"],
           "s": ["Quispe", "Mamani", "Gutiérrez", "Fernández", "Rojas", "Choque", "Condori"]},
    "ht": {"f": ["Wislande", "Fabiola", "Rosemène", "Mirlande"],
           "m": ["Mackenson", "Dieunel", "Jocelyn", "Wilner", "Jean-Baptiste"],
           "s": ["Joseph", "Pierre", "Louis", "Saint-Fleur", "Dorvil", "Exantus", "Célestin"]},
    "af": {"f": ["Adaeze", "Nzinga", "Ngozi", "Luzolo"],
           "m": ["Chukwuemeka", "Oluwaseun", "Kiala", "Mbala"],
           "s": ["Okafor", "Adeyemi", "Eze", "Nwosu", "Mbemba", "Lukamba", "Ngola"]},
    "ind": {"f": ["Potira", "Moara", "Araci", "Tainá", "Anahí"],
            "m": ["Ubiratã", "Raoni", "Tupã", "Iberê"],
            "s": ["Guajajara", "Terena", "Kaingang", "Pataxó", "Baniwa", "Tukano"]},
    "he": {"f": ["Sarah", "Esther", "Débora", "Raquel"],
           "m": ["Moisés", "Abraão", "Samuel", "Isaac"],
           "s": ["Goldberg", "Rosenthal", "Feldman", "Zylberstajn", "Lerner", "Kaufman",
                 "Grinberg"]},
}
NICKS = ["Toninho", "Zezé", "Dedé", "Biu", "Cacá", "Tuca", "Nenê", "Quinzinho", "Didi", "Lelê",
         "Pretinha", "Galego", "Neném", "Branca"]

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "AM", "ES", "MA", "PB"]
DDDS = ["11", "12", "19", "21", "24", "31", "34", "41", "43", "47", "48", "51", "54", "61",
        "62", "67", "71", "75", "79", "81", "83", "84", "85", "86", "91", "92", "98", "27"]
CITY_UF = [("Campina Grande", "PB"), ("Caruaru", "PE"), ("Juiz de Fora", "MG"), ("Londrina", "PR"),
           ("Joinville", "SC"), ("Feira de Santana", "BA"), ("Santarém", "PA"), ("Uberlândia", "MG"),
           ("Caxias do Sul", "RS"), ("Petrolina", "PE"), ("Mossoró", "RN"), ("Presidente Prudente", "SP"),
           ("Governador Valadares", "MG"), ("Teófilo Otoni", "MG"), ("Marechal Deodoro", "AL"),
           ("Vitória da Conquista", "BA"), ("Ribeirão Preto", "SP"), ("São José dos Campos", "SP"),
           ("Imperatriz", "MA"), ("Cascavel", "PR")]
CITIES = [c for c, _ in CITY_UF]
STREETS = ["Rua Barão de Mauá", "Av. Getúlio Vargas", "Rua Marechal Deodoro", "Rua Dom Pedro I",
           "Travessa Santa Luzia", "Rua Rosa e Silva", "Av. Juscelino Kubitschek", "Rua das Acácias",
           "Rua Coronel Bento Soares", "Rua Padre Cícero", "Rua Tiradentes", "Alameda dos Ipês",
           "Rua Visconde de Pelotas", "Av. Santos Dumont", "Rua Luz do Sol", "Rua Vitória Régia",
           "Rua Professora Glória Franco", "Rua Nossa Senhora da Paz", "Rua Chico Mendes",
           "Estrada do Campo Limpo", "Rua Zumbi dos Palmares", "Rua Anita Garibaldi",
           "Rua Sete de Setembro", "Rua Irmã Dulce", "Av. Presidente Vargas"]
NEIGHBOURHOODS = ["Jardim São Bento", "Vila Rosa", "Bairro da Luz", "Cruz das Almas",
                  "Parque Vitória", "Boa Vista", "Santa Cruz", "Jardim Aurora", "Centro",
                  "Conjunto Castelo Branco", "Vila Clemente", "Bela Vista"]


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------------------- people

class Person:
    def __init__(self, given: str, surnames: list[str], suffix: str = "", female: bool = False):
        self.given, self.surnames, self.suffix, self.female = given, surnames, suffix, female

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames + ([self.suffix] if self.suffix else []))

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return self.surnames[-1].split()[-1] if self.surnames else self.first

    @property
    def short(self) -> str:
        """Given name and last surname."""
        if not self.surnames:
            return self.given
        return f"{self.given} {self.surnames[-1]}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def ascii_caps(self) -> str:
        return fold(self.full).upper()

    @property
    def lower(self) -> str:
        return self.full.lower()

    @property
    def inverted(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def initialled(self) -> str:
        """"J. Carlos Haddad" for a compound given name, "M. Haddad" otherwise."""
        parts = self.given.split()
        if len(parts) > 1:
            return f"{parts[0][0]}. {' '.join(parts[1:])} {self.last}"
        return f"{parts[0][0]}. {self.last}"


# ----------------------------------------------------------------------------- generator

class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               young: bool = False, suffix: bool = True) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        if origin is None and not word and rng.random() < 0.27:
            origin = self.pick(sorted(ORIGINS))
        if origin:
            table = ORIGINS[origin]
            given = self.pick(table["f" if female else "m"]) if rng.random() < 0.7 else \
                self.pick(PT_F if female else PT_M)
            last = self.pick(table["s"])
            shape = rng.random()
            surnames = [last] if shape < 0.55 else [self.surname(), last] if shape < 0.85 else \
                [last, self.surname()]
            return Person(given, surnames, "", female)
        if word or rng.random() < 0.1:
            given = self.pick(WORD_F if female else WORD_M)
        else:
            given = self.pick(PT_F if female else PT_M)
        last, middle = self.surname(), self.surname()
        while middle == last:
            middle = self.surname()
        shape = rng.random()
        if shape < 0.3:
            surnames = [last]
        elif shape < 0.62:
            surnames = [middle, last]
        elif shape < 0.8:
            surnames = [self.pick(PARTICLE_SURNAMES), last]
        elif shape < 0.88:
            surnames = [middle, "e", last]
        else:
            third = self.surname()
            surnames = [middle, last] if third in (middle, last) else [middle, third, last]
        sfx = ""
        if suffix and not female and not young and rng.random() < 0.08:
            sfx = self.pick(SUFFIXES)
        return Person(given, surnames, sfx, female)

    def relative(self, of: Person, female: bool | None = None, young: bool = False) -> Person:
        """Someone carrying `of`'s last surname (spouse, child, parent)."""
        p = self.person(female=female, young=young, suffix=False)
        if p.surnames and p.surnames[-1] == of.surnames[-1]:
            return p
        return Person(p.given, (p.surnames[:1] if self.chance(0.5) else []) + [of.surnames[-1]],
                      "", p.female)

    def nick(self) -> str:
        return self.pick(NICKS)

    def email_of(self, p: Person) -> str:
        first = re.sub(r"[^a-z]", "", fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", fold(p.last).lower())
        local = self.pick([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                           f"{first}_{last}{self.rng.randint(1, 99)}", f"{first}{self.rng.randint(70, 2005)}",
                           f"{last}.{first}"])
        return f"{local}@{self.pick(['gmail.com', 'hotmail.com', 'yahoo.com.br', 'outlook.com', 'bol.com.br', 'icloud.com', 'uol.com.br'])}"

    # identifiers
    def cpf(self, style: str | None = None) -> str:
        body = [self.rng.randint(0, 9) for _ in range(9)]
        while len(set(body)) == 1:
            body = [self.rng.randint(0, 9) for _ in range(9)]
        for n in (9, 10):
            s = sum(d * w for d, w in zip(body, range(n + 1, 1, -1)))
            r = s % 11
            body.append(0 if r < 2 else 11 - r)
        n = "".join(map(str, body))
        style = style or ("fmt" if self.chance(0.7) else "raw")
        if style == "fmt":
            return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
        if style == "spaced":
            return f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"
        return n

    def cnpj(self) -> str:
        body = [self.rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, self.rng.choice([1, 1, 1, 2])]
        for weights in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(d * w for d, w in zip(body, weights)) % 11
            body.append(0 if r < 2 else 11 - r)
        n = "".join(map(str, body))
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"

    def rg(self, uf: str = "SP") -> str:
        if uf == "SP":
            body = self.digits(8)
            r = 11 - sum(int(d) * w for d, w in zip(body, range(2, 10))) % 11
            dv = "X" if r == 10 else "0" if r == 11 else str(r)
            return f"{body[:2]}.{body[2:5]}.{body[5:]}-{dv}"
        if uf == "MG":
            return f"MG-{self.digits(2)}.{self.digits(3)}.{self.digits(3)}"
        if uf == "RJ":  # same printed shape; its check digit computed like São Paulo's
            return self.rg("SP")
        return f"{self.rng.randint(1, 9)}.{self.digits(3)}.{self.digits(3)}"

    def cnh(self) -> str:
        while True:
            d = [self.rng.randint(0, 9) for _ in range(9)]
            if len(set(d)) == 1:
                continue
            s1 = sum(x * w for x, w in zip(d, range(9, 0, -1)))
            dv1 = s1 % 11
            if dv1 >= 10:  # the shapes where the published variants disagree are left out
                continue
            r = sum(x * w for x, w in zip(d, range(1, 10))) % 11
            dv2 = 0 if r >= 10 else r
            return "".join(map(str, d)) + f"{dv1}{dv2}"

    def pis(self, style: str | None = None) -> str:
        body = "1" + self.digits(9)
        r = sum(int(x) * w for x, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
        dv = 11 - r
        n = body + ("0" if dv >= 10 else str(dv))
        style = style or ("fmt" if self.chance(0.6) else "raw")
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "fmt" else n

    def titulo(self, uf_code: int | None = None) -> str:
        seq = self.digits(8)
        uf = uf_code or self.rng.randint(1, 28)
        ufs = f"{uf:02d}"
        r = sum(int(x) * w for x, w in zip(seq, range(2, 10))) % 11
        dv1 = 0 if r == 10 else r
        if r == 0 and uf in (1, 2):
            dv1 = 1
        r2 = (int(ufs[0]) * 7 + int(ufs[1]) * 8 + dv1 * 9) % 11
        dv2 = 0 if r2 == 10 else r2
        if r2 == 0 and uf in (1, 2):
            dv2 = 1
        n = seq + ufs + f"{dv1}{dv2}"
        return f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.6) else n

    def cns(self) -> str:
        while True:
            body = self.pick("789") + self.digits(13)
            last = -sum(int(c) * w for c, w in zip(body, range(15, 1, -1))) % 11
            if last < 10:
                n = body + str(last)
                return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if self.chance(0.6) else n

    def card(self) -> str:
        body = self.pick(["4", "5", "5"]) + self.digits(14)
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        n = body + str((10 - total % 10) % 10)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.chance(0.75) else n

    def pix(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self) -> str:
        L = "".join(self.pick(string.ascii_uppercase) for _ in range(3))
        r = self.rng.random()
        if r < 0.35:
            return f"{L}-{self.digits(4)}"
        if r < 0.45:
            return f"{L} {self.digits(4)}"
        return f"{L}{self.digits(1)}{self.pick(string.ascii_uppercase)}{self.digits(2)}"

    def agencia(self) -> str:
        return self.pick([self.digits(4), f"{self.digits(4)}-{self.digits(1)}", f"0{self.digits(3)}"])

    def conta(self) -> str:
        return self.pick([f"{self.digits(5)}-{self.digits(1)}", f"{self.digits(6)}-{self.digits(1)}",
                          f"{self.digits(8)}-{self.digits(1)}", f"{self.digits(4)}{self.digits(1)}-X"])

    def cep(self) -> str:
        n = str(self.rng.randint(1, 9)) + self.digits(7)
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else f"{n[:2]}.{n[2:5]}-{n[5:]}"

    def phone(self, mobile: bool | None = None, style: int | None = None) -> str:
        ddd = self.pick(DDDS)
        mobile = self.chance(0.75) if mobile is None else mobile
        local = ("9" + str(self.rng.randint(6, 9)) + self.digits(7)) if mobile else \
            (str(self.rng.randint(2, 4)) + self.digits(7))
        head, tail = local[:-4], local[-4:]
        style = self.rng.randint(0, 5) if style is None else style
        return [f"({ddd}) {head}-{tail}", f"{ddd} {head}-{tail}", f"+55 {ddd} {head}-{tail}",
                f"({ddd}) {head}{tail}", f"{ddd}{local}", (f"({ddd}) {local[0]} {local[1:5]}-{tail}" if mobile else f"{ddd} {head} {tail}")][style]

    def address(self, lower: bool = False) -> str:
        street = self.pick(STREETS)
        num = str(self.rng.randint(12, 2980))
        comp = self.pick(["", "", ", apto 203", ", ap. 1102 bl. C", ", casa 2", ", fundos",
                          " - casa 3", ", apto 54, Torre 2", ", bloco 7 apto 31", ", 2º andar"])
        if self.chance(0.15):
            num = f"{num[:1]}.{num[1:]}" if len(num) == 4 else num
        a = f"{street}, {num}{comp}" if self.chance(0.8) else f"{street} nº {num}{comp}"
        return a.lower() if lower else a

    def dob(self, lo: int = 1938, hi: int = 2004, style: str | None = None) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        style = style or self.pick(["slash", "slash", "slash", "long", "dot"])
        if style == "long":
            return f"{d} de {MONTHS[m - 1]} de {y}"
        if style == "dot":
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d:02d}/{m:02d}/{y}"

    def dob_age(self, lo: int, hi: int, style: str | None = None) -> tuple[str, str]:
        """A birth date and the age it gives in 2025 (the records' year)."""
        text = self.dob(lo, hi, style)
        return text, str(2025 - int(text[-4:]) - self.rng.randint(0, 1))

    def times(self, n: int) -> list[str]:
        t = datetime.datetime(2025, 1, 1, self.rng.randint(0, 20), self.rng.randint(0, 59))
        out = []
        for _ in range(n):
            out.append(f"{t:%H:%M}")
            t += datetime.timedelta(minutes=self.rng.randint(6, 55))
        return out

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 152, 168, 170, 45])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def crm(self, council: str = "CRM") -> str:
        uf = self.pick(UFS)
        n = str(self.rng.randint(10000, 199999))
        style = self.rng.randint(0, 3)
        if council == "OAB":
            return self.pick([f"OAB/{uf} {n[:-3]}.{n[-3:]}", f"OAB-{uf} {n}", f"OAB/{uf} nº {n[:-3]}.{n[-3:]}"])
        if council == "CRP":
            return f"CRP {self.rng.randint(1, 23):02d}/{self.digits(5)}"
        if council == "CRFa":
            return f"CRFa {self.rng.randint(1, 9)}-{self.digits(5)}"
        if council == "CRECI":
            return self.pick([f"CRECI {n}-F", f"CRECI/{uf} {n[:-3]}.{n[-3:]}-F", f"CRECI {n}"])
        if council == "CRESS":
            return f"CRESS {self.rng.randint(1, 25)}ª Região nº {self.digits(5)}"
        if council == "CRC":
            return f"CRC/{uf} {self.digits(6)}/O-{self.rng.randint(1, 9)}"
        if council == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {n}-TE", f"COREN-{uf} {n[:-3]}.{n[-3:]}-ENF"])
        return [f"{council}/{uf} {n}", f"{council}-{uf} {n}", f"{council}/{uf} {n[:-3]}.{n[-3:]}",
                f"{council} {uf} {n}"][style]

    # look-alike negatives
    def money(self, lo: int = 50, hi: int = 90000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        reais, cents = divmod(v, 100)
        return "R$ " + f"{reais:,}".replace(",", ".") + f",{cents:02d}"

    def date(self, y0: int = 2024, y1: int = 2025) -> str:
        return f"{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}/{self.rng.randint(y0, y1)}"

    def dates(self, n: int, year: int = 2025, gap: int = 20) -> list[str]:
        """n increasing dates in `year`, a few days apart."""
        day = datetime.date(year, self.rng.randint(1, 10), self.rng.randint(1, 28))
        out = []
        for _ in range(n):
            out.append(day.strftime("%d/%m/%Y"))
            day += datetime.timedelta(days=self.rng.randint(1, gap))
        return out

    def long_date(self) -> str:
        return f"{self.rng.randint(1, 28)} de {self.pick(MONTHS)} de {self.rng.randint(2024, 2025)}"

    def hhmm(self) -> str:
        return f"{self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}"

    def cnj(self, seg: str = "8.26") -> str:
        return f"{self.digits(7)}-{self.digits(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.digits(4)}"

    def protocol(self) -> str:
        return self.pick([self.digits(12), f"{self.rng.randint(2024, 2025)}{self.digits(8)}",
                          f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}", f"#{self.digits(7)}"])


# ----------------------------------------------------------------------------- rendering

SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, vals: dict) -> dict:
    """Replace {key} by vals[key]; a (text, label) value becomes a gold span."""
    text, spans, cursor = "", [], 0
    for m in SLOT.finditer(template):
        text += template[cursor:m.start()]
        v = vals[m.group(1)]
        if isinstance(v, tuple):
            value, label = v
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        else:
            value = v
        text += value
        cursor = m.end()
    text += template[cursor:]
    return {"text": text, "spans": spans}


def P(text: str) -> tuple[str, str]:
    return (text, "PERSON")


# ============================================================================= atendimento

def at_car_rental(g: Gen) -> dict:
    """Car-rental damage report at check-in, with the inspector's and customer's notes."""
    cli = g.person()
    extra = g.relative(cli) if g.chance(0.5) else g.person()
    insp = g.person(female=g.chance(0.4))
    d1, d2 = g.dates(2, gap=9)
    v = {
        "brand": g.pick(["Localiza", "Movida", "Unidas", "Foco Aluguel de Carros", "Hertz"]),
        "store": g.pick(["Aeroporto Santos Dumont", "Aeroporto Afonso Pena", "Loja Av. Tancredo Neves",
                         "Rodoviária Tietê", "Aeroporto Salgado Filho", "Aeroporto Hercílio Luz"]),
        "contract": f"RA-{g.digits(8)}", "model": g.pick(["Fiat Mobi Like 1.0", "Renault Kwid Zen",
                                                          "Hyundai HB20 Vision", "VW Polo Track",
                                                          "Chevrolet Onix LT", "Jeep Renegade Sport"]),
        "plate": (g.plate(), "LICENSE_PLATE"), "km1": f"{g.rng.randint(12, 68)}.{g.digits(3)}",
        "km2": f"{g.rng.randint(69, 90)}.{g.digits(3)}",
        "cli": P(cli.caps), "cpf": (g.cpf(), "BR_CPF"), "cnh": (g.cnh(), "BR_CNH"),
        "cli_fone": (g.phone(mobile=True), "PHONE_NUMBER"),
        "extra": P(extra.full), "extra_cnh": (g.cnh(), "BR_CNH"),
        "insp": P(insp.short), "insp_first": P(insp.first), "cli_last": P(cli.last),
        "d1": d1, "d2": d2, "h1": g.hhmm(), "h2": g.hhmm(), "art": "a" if insp.female else "o",
        "money": g.money(300, 4800), "franquia": g.money(1500, 6000),
        "card": (g.card(), "CREDIT_CARD"),
        "part": g.pick(["para-choque traseiro (lado esquerdo)", "porta dianteira direita",
                        "retrovisor esquerdo", "roda dianteira direita (raspada no meio-fio)",
                        "capô – amassado ~5 cm"]),
        "fuel": g.pick(["1/4", "1/2", "3/4", "reserva"]),
        "sr": g.pick(["Sr.", "Sra.", "cliente"]),
    }
    t = ("{brand} – RELATÓRIO DE AVARIAS (DEVOLUÇÃO)\nLoja: {store}   Contrato: {contract}\n"
         "Veículo: {model}   Placa: {plate}\nRetirada: {d1} {h1} – KM {km1}   Devolução: {d2} {h2} – KM {km2}\n"
         "Combustível na devolução: {fuel}\n\nLOCATÁRIO: {cli}\nCPF: {cpf}   CNH: {cnh}\nCelular: {cli_fone}\n"
         "Condutor adicional: {extra} – CNH {extra_cnh}\n"
         "Caução (pré-autorização) no cartão {card}\n\n"
         "ITEM AVARIADO     | SITUAÇÃO NA RETIRADA | SITUAÇÃO NA DEVOLUÇÃO\n"
         "{part} | sem registro | risco/amassado novo\n"
         "Palheta dianteira | ok | ok\n\n"
         "Obs. do vistoriador ({insp}): fotos 1 a 6 anexadas ao contrato. {sr} {cli_last} alega que o dano "
         "já existia e que o carro foi entregue à noite sem vistoria no pátio. Orçamento da funilaria "
         "parceira (Auto Center São Cristóvão): {money}. Franquia da proteção básica: {franquia}.\n"
         "Obs. do cliente: \"não concordo, {art} {insp_first} nem estava na loja quando retirei\"\n"
         "Encaminhado ao setor de Avarias – prazo de resposta 5 dias úteis.")
    return fill(t, v)


def at_realty_visits(g: Gen) -> dict:
    """Real-estate agency's day of property visits, as pasted from the agenda."""
    brokers = [g.person() for _ in range(2)]
    clients = [g.person(word=g.chance(0.3)) for _ in range(4)]
    v = {"agency": g.pick(["Imobiliária Lopes", "Lello Imóveis", "Imobiliária Frank Schmidt",
                           "Auxiliadora Predial", "Imobiliária Coelho da Fonseca", "Rede Netimóveis"]),
         "day": g.long_date(),
         "b1": P(brokers[0].full), "b1c": (g.crm("CRECI"), "PROFESSIONAL_ID"),
         "b2": P(brokers[1].full), "b2c": (g.crm("CRECI"), "PROFESSIONAL_ID"),
         "b1f": P(brokers[0].first), "b2f": P(brokers[1].first),
         "c1": P(clients[0].caps), "c2": P(clients[1].caps), "c3": P(clients[2].caps),
         "c4": P(clients[3].first.upper()),
         "f1": (g.phone(), "PHONE_NUMBER"), "f2": (g.phone(), "PHONE_NUMBER"),
         "f3": (g.phone(), "PHONE_NUMBER"), "f4": (g.phone(), "PHONE_NUMBER"),
         "e2": (g.email_of(clients[1]), "EMAIL_ADDRESS"),
         "c3f": P(clients[2].first),
         "cod1": f"AP{g.digits(4)}", "cod2": f"CA{g.digits(4)}", "cod3": f"AP{g.digits(4)}",
         "cod4": f"SL{g.digits(4)}",
         "bairro1": g.pick(NEIGHBOURHOODS), "bairro2": g.pick(NEIGHBOURHOODS),
         "ed": g.pick(["Edifício Dona Rosa", "Residencial Vitória Régia", "Condomínio Solar Bento XVI",
                       "Edifício Maestro Villa-Lobos", "Residencial Anita Garibaldi"]),
         "v1": g.money(1200, 4500), "v2": g.money(320000, 890000), "v3": g.money(1500, 3800)}
    t = ("{agency} – AGENDA DE VISITAS – {day}\n"
         "Corretores de plantão: {b1} ({b1c}) / {b2} ({b2c})\n\n"
         "09:00 - {cod1} - {ed}, {bairro1} - locação {v1} - {c1} - {f1} - corretor: {b1f}\n"
         "10:30 - {cod2} - casa térrea, {bairro2} - venda {v2} - {c2} - {f2} / {e2} - corretor: {b2f}\n"
         "14:00 - {cod3} - {ed} (unid. de fundos) - locação {v3} - {c3} - {f3} - corretor: {b1f}\n"
         "16:15 - {cod4} - sala comercial - retirar chaves na portaria - {c4} - {f4} - corretor: {b2f}\n\n"
         "OBS: {c3f} pediu para levar o pet na visita; confirmar com o síndico. Visita das 16:15 só com "
         "ficha cadastral preenchida (cliente indicou a mãe como fiadora). Chaves do {cod2} estão no "
         "claviculário da loja Rosa e Silva.")
    return fill(t, v)


def at_hotel_email(g: Gen) -> dict:
    """Hotel booking modification request and the reservations desk's answer."""
    guest = g.person()
    comp = g.relative(guest)
    kid = g.relative(guest, female=True, young=True)
    clerk = g.person(female=g.chance(0.6))
    hotel = g.pick(["Hotel Bourbon Foz do Iguaçu", "Pousada Estrela do Mar", "Hotel Vila Galé Salvador",
                    "Pousada Luz da Serra", "Hotel Ibis Styles Recife", "Grande Hotel São Pedro"])
    v = {"hotel": hotel, "res": f"{g.rng.randint(100, 999)}{g.digits(5)}",
         "guest": P(guest.full), "gfirst": P(guest.first), "gmail": (g.email_of(guest), "EMAIL_ADDRESS"),
         "gphone": (g.phone(mobile=True), "PHONE_NUMBER"),
         "comp": P(comp.full), "kid": P(kid.first), "kid_dob": (g.dob(2013, 2021), "DATE_OF_BIRTH"),
         "clerk": P(clerk.short), "clerkf": P(clerk.first),
         "in2": (ds := g.dates(3, gap=4))[0], "in1": ds[1], "out1": ds[2],
         "card": (g.card(), "CREDIT_CARD"), "validade": f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}",
         "diff": g.money(180, 1900), "room": g.pick(["Standard Casal", "Luxo Vista Mar", "Superior Família",
                                                       "Chalé Master"]),
         "qd": f"{g.pick(['seg', 'ter', 'qua', 'qui', 'sex'])}., {g.rng.randint(1, 28)} de "
               f"{g.pick(MONTHS)[:3]}. de 2025 às {g.hhmm()}",
         "channel": g.pick(["Booking.com", "Decolar", "site oficial", "Hurb"])}
    t = ("De: Reservas | {hotel}\nPara: {gmail}\nAssunto: RE: Alteração da reserva {res}\n\n"
         "Prezado(a) {gfirst},\n\nconfirmamos a alteração da sua reserva {res} ({channel}):\n"
         "- Entrada: {in2} (antes {in1}); saída mantida para {out1}\n- Acomodação: {room}\n"
         "- Hóspedes: {guest}, {comp} e a menor {kid} (nasc. {kid_dob})\n"
         "A diferença de tarifa de {diff} será lançada no cartão de garantia {card} (val. {validade}) "
         "no check-in.\n\nAtenciosamente,\n{clerk}\nCentral de Reservas – {hotel}\n\n"
         "Em {qd}, {guest} <{gmail}> escreveu:\n> Boa noite, {clerkf}! Preciso adiantar a entrada em "
         "um dia, o voo mudou. Vamos eu, minha esposa/marido e nossa filha, que faz aniversário lá, "
         "rs. Se precisar, meu celular é {gphone}.\n> Obrigado(a)!")
    return fill(t, v)


def at_isp_chat(g: Gen) -> dict:
    """Internet-provider outage chat: virtual assistant, then a human attendant."""
    cli = g.person()
    att = g.person(female=True, word=g.chance(0.5))
    bot = g.pick([b for b in ["Vivi", "Lia", "Nina", "Clara"] if b != att.first])
    addr = g.address(lower=True)
    v = {"isp": g.pick(["Brisanet", "Desktop Fibra", "Alares", "Vero Internet", "Giga+ Fibra", "Ligga"]),
         "bot": bot, "cli": P(cli.first.lower()), "clil": P(cli.lower),
         "cpf": (g.cpf(g.pick(["raw", "fmt"])), "BR_CPF"),
         "att": P(att.first), "addr": (addr, "ADDRESS"), "cep": (g.cep(), "BR_CEP"),
         "ip": (g.ip(), "IP_ADDRESS"), "fw": f"V{g.rng.randint(1, 5)}.{g.rng.randint(0, 30)}.{g.rng.randint(0, 9)}.{g.rng.randint(100, 250)}",
         "phone": (g.phone(mobile=True, style=g.pick([1, 4])), "PHONE_NUMBER"),
         "os": f"OS {g.digits(7)}", "t": g.hhmm(), "plan": g.pick(["500 Mega", "1 Giga", "300 Mega + TV"]),
         "bairro": g.pick(NEIGHBOURHOODS)}
    t = ("[{t}] {bot} (assistente virtual): Olá! Eu sou a {bot}, assistente virtual da {isp} 😊 Me informe o CPF do titular.\n"
         "[{t}] Cliente: {cpf}\n"
         "[{t}] {bot} (assistente virtual): Identificamos uma manutenção emergencial na região {bairro}. "
         "Deseja falar com um atendente?\n[{t}] Cliente: sim pfv ja é o terceiro dia sem net\n"
         "[{t}] Sistema: Você está sendo transferido. Atendente {att} entrou na conversa.\n"
         "[{t}] {att}: {greet}, falo com {cli}?\n[{t}] Cliente: isso, {clil}, plano {plan}\n"
         "[{t}] {att}: A luz LOS do seu roteador está vermelha ou apagada?\n"
         "[{t}] Cliente: vermelha. o ip que aparece no app é {ip} e a versão é {fw}, sei la se ajuda\n"
         "[{t}] {att}: Ajuda sim. Vou abrir a {os} para visita técnica. Confirma o endereço: {addr}, CEP {cep}?\n"
         "[{t}] Cliente: confirmo. o tecnico pode ligar no {phone} antes, to trabalhando\n"
         "[{t}] {att}: Combinado! Qualquer coisa é só chamar a {bot} aqui no chat. Tenha um bom dia, {cli}!")
    t0 = datetime.datetime(2025, 1, 1, g.rng.randint(7, 20), g.rng.randint(0, 59))
    parts = t.split("[{t}]")
    t = parts[0]
    for part in parts[1:]:
        t0 += datetime.timedelta(minutes=g.rng.randint(0, 3), seconds=g.rng.randint(5, 50))
        t += f"[{t0:%H:%M:%S}]" + part
    v["greet"] = "Bom dia" if t0.hour < 12 else "Boa tarde" if t0.hour < 18 else "Boa noite"
    return fill(t, v)


def at_funeral_plan(g: Gen) -> dict:
    """Funeral-plan contract: holder and dependants."""
    hold = g.person()
    spouse = g.relative(hold, female=not hold.female)
    kid1 = g.relative(hold)
    mom = g.person(female=True, word=g.chance(0.4))
    seller = g.person()
    v = {"co": g.pick(["Grupo Zelo", "Plano Pax Vida", "Funerária Bom Pastor", "Plano Luto Curitiba",
                       "Prever Assistência Familiar", "Funerária São João Batista"]),
         "cnpj": (g.cnpj(), "BR_CNPJ"), "contract": f"{g.digits(6)}/{g.rng.randint(2024, 2025)}",
         "hold": P(hold.caps), "cpf": (g.cpf(), "BR_CPF"), "rg": (g.rg(g.pick(['SP', 'MG', 'PR'])), "BR_RG"),
         "dob": (g.dob(1958, 1985), "DATE_OF_BIRTH"), "addr": (g.address().upper(), "ADDRESS"),
         "cep": (g.cep(), "BR_CEP"), "city": g.pick(CITIES).upper(),
         "phone": (g.phone(), "PHONE_NUMBER"),
         "d1": P(spouse.caps), "d1dob": (g.dob(1950, 1992), "DATE_OF_BIRTH"),
         "d2": P(kid1.caps), "d2dob": (g.dob(2000, 2018), "DATE_OF_BIRTH"),
         "d3": P(mom.caps), "d3dob": (g.dob(1928, 1950), "DATE_OF_BIRTH"),
         "seller": P(seller.full), "parc": g.money(39, 129), "plan": g.pick(["PLANO FAMÍLIA PAZ", "PLANO LUZ ETERNA",
                                                                               "PLANO SERENIDADE", "PLANO BOM PASTOR"]),
         "cem": g.pick(["Cemitério São João Batista", "Cemitério da Saudade", "Cemitério Parque Jardim da Paz",
                        "Crematório Vila Alpina"]),
         "date": g.long_date()}
    t = ("{co} – CNPJ {cnpj}\nCONTRATO DE PRESTAÇÃO DE SERVIÇOS FUNERÁRIOS Nº {contract}\n{plan}\n\n"
         "CONTRATANTE (TITULAR): {hold}\nCPF: {cpf}   RG: {rg}   NASC.: {dob}\n"
         "ENDEREÇO: {addr} – {city} – CEP {cep}\nFONE/WHATSAPP: {phone}\n\n"
         "DEPENDENTES:\n1 - {d1} - CÔNJUGE - {d1dob}\n2 - {d2} - FILHO(A) - {d2dob}\n"
         "3 - {d3} - MÃE - {d3dob} (carência de 180 dias por idade)\n\n"
         "COBERTURA: urna padrão, ornamentação, velório em capela própria ou no {cem}, translado até 100 km, "
         "coroa de flores, cerimonial. Mensalidade: {parc}, vencimento todo dia 10.\n"
         "Cláusula 7ª – A paz da família é nosso compromisso: em caso de óbito ligue 24h para a central.\n\n"
         "{city}, {date}.\nVendedor(a): {seller}")
    return fill(t, v)


def at_lost_found(g: Gen) -> dict:
    """Lost-and-found log of a shopping mall / bus station."""
    staff = [g.person() for _ in range(2)]
    owners = [g.person() for _ in range(3)]
    taker = g.relative(owners[1])
    v = {"place": g.pick(["Shopping Iguatemi", "Rodoviária Novo Rio", "Terminal Rodoviário Tietê",
                          "Shopping Barra", "Aeroporto de Confins", "Parque Shopping Maceió"]),
         "month": g.pick(MONTHS).upper(),
         "s1": P(g.pick([staff[0].first, staff[0].short])), "s2": P(staff[1].first.upper()),
         "o1": P(owners[0].full), "o2": P(owners[1].caps), "o3": P(owners[2].short),
         "taker": P(taker.full), "trg": (g.rg(g.pick(["SP", "RJ", "MG"])), "BR_RG"),
         "tphone": (g.phone(), "PHONE_NUMBER"),
         "o1cpf": (g.cpf(), "BR_CPF"), "o3phone": (g.phone(mobile=True), "PHONE_NUMBER"),
         "d": g.dates(5, gap=6),
         "store": g.pick(["Lojas Renner", "C&A", "Riachuelo", "Cinemark", "Burger King", "Drogaria Pacheco"])}
    d = v.pop("d")
    v.update({f"d{i}": x for i, x in enumerate(d)})
    t = ("LIVRO DE ACHADOS E PERDIDOS – {place} – {month}\n"
         "Nº | DATA | ITEM | LOCAL | RECEBIDO POR | SITUAÇÃO\n"
         "0412 | {d0} | carteira marrom c/ CNH e cartões em nome de {o1} (CPF {o1cpf}) | praça de alimentação, "
         "em frente ao {store} | {s1} | aguardando\n"
         "0413 | {d1} | mochila preta c/ notebook e crachá \"{o2}\" | banheiro piso L2 | {s2} | retirado em {d2} "
         "por {taker}, RG {trg}, tel. {tphone} (irmão/irmã – apresentou autorização)\n"
         "0414 | {d3} | guarda-chuva azul | estacionamento G1 | {s1} | doação após 60 dias\n"
         "0415 | {d4} | celular Moto G c/ capinha da Rosa Chá | sanitário família | {s2} | dono ligou: {o3}, "
         "{o3phone}\n"
         "Obs.: documentos não retirados em 30 dias seguem para os Correios.")
    return fill(t, v)


def at_ticket_transfer(g: Gen) -> dict:
    """Event-ticket transfer request (support ticket) between two fans."""
    a = g.person()
    b = g.person(word=g.chance(0.3))
    agent = g.person()
    artist = g.pick(["Ivete Sangalo", "Gilberto Gil", "Roberto Carlos", "Ludmilla", "Zeca Pagodinho",
                     "Alceu Valença", "Marisa Monte"])
    v = {"plat": g.pick(["Sympla", "Eventim", "Ingresse", "Ticketmaster Brasil", "Bilheteria Digital"]),
         "ticket": f"#{g.digits(7)}", "artist": artist,
         "venue": g.pick(["Allianz Parque", "Arena Fonte Nova", "Estádio Mané Garrincha", "Classic Hall",
                          "Espaço Unimed", "Arena MRV"]),
         "a": P(a.full), "af": P(a.first), "amail": (g.email_of(a), "EMAIL_ADDRESS"),
         "acpf": (g.cpf(), "BR_CPF"),
         "b": P(b.full), "bmail": (g.email_of(b), "EMAIL_ADDRESS"), "bcpf": (g.cpf(), "BR_CPF"),
         "bf": P(b.first),
         "ip": (g.ip(), "IP_ADDRESS"), "agent": P(agent.first), "when": g.date(2025, 2025),
         "order": f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}", "sector": g.pick(["Pista Premium", "Cadeira Superior Oeste", "Camarote Leste", "Pista"]),
         "price": g.money(180, 950), "t": g.hhmm(), "pix": (g.pix(), "PIX_KEY")}
    t = ("Ticket {ticket} · {plat} · Categoria: Transferência de titularidade\n"
         "Aberto por: {a} <{amail}> em {when} {t} · IP de origem {ip}\n\n"
         "Mensagem:\nOlá, comprei 1 ingresso ({sector}) para o show de(a) {artist} no {venue}, pedido {order}, "
         "valor {price}. Não vou poder ir e quero transferir para uma amiga/amigo:\n"
         "Nome: {b}\nCPF: {bcpf}\nE-mail: {bmail}\nMeu CPF (titular da compra): {acpf}\n"
         "Se não der para transferir, quero o reembolso no Pix {pix}.\n\n"
         "Resposta ({agent}, equipe {plat}):\nOi, {af}! A transferência foi feita: o ingresso já aparece na "
         "conta de {bf}, com novo QR Code. O ingresso antigo foi cancelado. O show de(a) {artist} tem "
         "abertura dos portões às 17h. Nota interna: sem cambismo identificado, 1ª transferência do pedido.")
    return fill(t, v)


# ============================================================================= juridico

def ju_adoption(g: Gen) -> dict:
    """Summary of an adoption hearing at the childhood and youth court."""
    judge = g.person(female=False)
    prom = g.person(female=True)
    a1 = g.person(female=False)
    a2 = g.relative(a1, female=True) if g.chance(0.6) else g.person(female=g.chance(0.5))
    child_first = g.pick(["Vitória", "Potira", "Yasmin", "Emanuelly", "Luz", "Glória", "Ketlen",
                          "Aurora", "Maria Eduarda", "Wislande", "Kaylane"])
    child_old = Person(child_first, [g.surname()], "", False)
    child_new = Person(child_first, [a2.surnames[-1], a1.surnames[-1]] if a2.surnames[-1] != a1.surnames[-1]
                       else [a1.surnames[-1]], "", False)
    psy = g.person(female=True)
    soc = g.person(female=True)
    lawyer = g.person(female=False)
    v = {"vara": g.pick(["Vara da Infância e Juventude da Comarca de", "1ª Vara da Infância e da Juventude de",
                         "Vara Regional da Infância de"]),
         "city": g.pick(CITIES), "cnj": g.cnj(), "date": g.long_date(),
         "judge": P(judge.full), "prom": P(prom.full), "a1": P(a1.caps), "a2": P(a2.caps),
         "a1cpf": (g.cpf(), "BR_CPF"), "a2cpf": (g.cpf(), "BR_CPF"),
         "lawyer": P(lawyer.full), "oab": (g.crm("OAB"), "PROFESSIONAL_ID"),
         "child_old": P(child_old.caps), "child_new": P(child_new.caps), "child_first": P(child_first),
         "dob": (g.dob(2012, 2020, g.pick(["slash", "long"])), "DATE_OF_BIRTH"),
         "psy": P(psy.full), "crp": (g.crm("CRP"), "PROFESSIONAL_ID"),
         "soc": P(soc.full), "cress": (g.crm("CRESS"), "PROFESSIONAL_ID"),
         "shelter": g.pick(["Casa de Acolhimento Irmã Dulce", "Abrigo Lar Menino Jesus",
                            "Instituição de Acolhimento Casa do Bom Samaritano", "Lar Santa Rosa de Lima"]),
         "judge_last": P(judge.last), "months": str(g.rng.randint(4, 14))}
    t = ("PODER JUDICIÁRIO\n{vara} {city}\nAutos nº {cnj} – Adoção (segredo de justiça)\n\n"
         "TERMO DE AUDIÊNCIA – {date}\nPresentes: o MM. Juiz de Direito Dr. {judge}; a Promotora de Justiça "
         "Dra. {prom}; os requerentes {a1} (CPF {a1cpf}) e {a2} (CPF {a2cpf}), assistidos pelo advogado "
         "{lawyer} ({oab}); a psicóloga judiciária {psy} ({crp}) e a assistente social {soc} ({cress}).\n\n"
         "A criança {child_old}, nascida em {dob}, acolhida há {months} meses na instituição {shelter}, foi ouvida "
         "em sala reservada e manifestou vontade de permanecer com os requerentes, com quem convive desde o "
         "estágio de convivência. O estudo psicossocial foi favorável.\n"
         "Pelo MM. Juiz foi proferida a sentença: JULGO PROCEDENTE o pedido para deferir a adoção, "
         "passando a adotanda a chamar-se {child_new}. Expeça-se mandado ao Cartório de Registro Civil. "
         "{child_first} poderá receber visita da equipe técnica em 30 dias.\n"
         "Nada mais. Eu, escrevente, digitei. Juiz {judge_last}.")
    return fill(t, v)


def ju_arbitration(g: Gen) -> dict:
    """Minutes of an arbitration hearing between two companies."""
    arb = [g.person(female=False)] + [g.person() for _ in range(2)]
    rep1, rep2 = g.person(female=False), g.person(female=False)
    l1, l2 = g.person(female=False), g.person(female=False)
    wit = g.person(word=g.chance(0.3))
    sec = g.person(female=True)
    claimant = g.pick(["Mendes Júnior Engenharia S.A.", "Construtora Camargo Corrêa S.A.",
                       "Irmãos Bertolini Transportes Ltda.", "Cerâmica Portobello S.A.",
                       "Agropecuária Santa Luzia Ltda."])
    resp = g.pick(["Votorantim Cimentos S.A.", "Gerdau Aços Longos S.A.", "Metalúrgica Schulz S.A.",
                   "Usina Coruripe Açúcar e Álcool", "Marcopolo S.A."])
    v = {"cam": g.pick(["CAM-CCBC", "Câmara de Mediação e Arbitragem da FIESP", "CAMARB",
                        "Câmara FGV de Conciliação e Arbitragem"]),
         "proc": f"{g.rng.randint(10, 120)}/{g.rng.randint(2023, 2025)}/SEC{g.rng.randint(1, 9)}",
         "date": g.long_date(), "claimant": claimant, "resp": resp,
         "c1": (g.cnpj(), "BR_CNPJ"), "c2": (g.cnpj(), "BR_CNPJ"),
         "a0": P(arb[0].full), "a1": P(arb[1].full), "a2": P(arb[2].initialled),
         "r1": P(rep1.full), "r2": P(rep2.full),
         "l1": P(l1.full), "o1": (g.crm("OAB"), "PROFESSIONAL_ID"),
         "l2": P(l2.full), "o2": (g.crm("OAB"), "PROFESSIONAL_ID"),
         "wit": P(wit.full), "wcpf": (g.cpf(), "BR_CPF"), "wf": P(wit.last),
         "sec": P(sec.short), "a0last": P(arb[0].last), "l2last": P(l2.last),
         "val": g.money(800000, 25000000), "law": "Lei nº 9.307/1996"}
    t = ("{cam} – PROCEDIMENTO ARBITRAL Nº {proc}\nREQUERENTE: {claimant} (CNPJ {c1})\n"
         "REQUERIDA: {resp} (CNPJ {c2})\n\nATA DA AUDIÊNCIA DE INSTRUÇÃO – {date}\n\n"
         "Tribunal Arbitral: {a0} (Presidente), {a1} e {a2}, coárbitros.\n"
         "Pela Requerente: {r1}, diretor jurídico, e o advogado {l1} ({o1}).\n"
         "Pela Requerida: {r2}, preposto, e o advogado {l2} ({o2}).\n\n"
         "Aberta a sessão, o Presidente {a0last} lembrou às partes o dever de confidencialidade (art. 13 do "
         "Regulamento e {law}). Foi ouvida a testemunha {wit}, CPF {wcpf}, devidamente compromissada, que "
         "confirmou os atrasos de medição apontados no laudo. Às perguntas do Dr. {l2last}, a testemunha {wf} "
         "disse não se recordar do aditivo de preço. Valor em disputa: {val}.\n"
         "Prazo de 20 dias para alegações finais. Secretária do procedimento: {sec}.")
    return fill(t, v)


def ju_matricula(g: Gen) -> dict:
    """Excerpt of a land-registry record (matrícula) with its registrations and annotations."""
    sellers = g.person(female=False)
    seller_w = g.relative(sellers, female=True)
    buyer = g.person()
    officer = g.person()
    city, uf = g.pick([cu for cu in CITY_UF if cu[1] in ("SP", "PR", "SC", "MG")])
    v = {"n": f"{g.rng.randint(10, 99)}.{g.digits(3)}", "ofc": g.pick(["1º", "2º", "3º", "4º"]),
         "city": city.upper(),
         "ed": g.pick(["EDIFÍCIO SÃO BENTO", "EDIFÍCIO ROSA DOS VENTOS", "CONDOMÍNIO RESIDENCIAL LUZ DA SERRA",
                       "EDIFÍCIO BARÃO DO RIO BRANCO", "RESIDENCIAL ANA NERY"]),
         "lot": g.pick(["LOTEAMENTO JARDIM SÃO BENTO", "LOTEAMENTO PARQUE VITÓRIA", "LOTEAMENTO VILA ROSA",
                        "LOTEAMENTO CRUZEIRO DO SUL"]),
         "ap": str(g.rng.randint(11, 184)), "area": f"{g.rng.randint(48, 140)},{g.digits(2)}",
         "s": P(sellers.caps), "sw": P(seller_w.caps), "scpf": (g.cpf(), "BR_CPF"),
         "swcpf": (g.cpf(), "BR_CPF"), "srg": (g.rg(uf), "BR_RG"),
         "saddr": (g.address().upper(), "ADDRESS"),
         "b": P(buyer.caps), "bcpf": (g.cpf(), "BR_CPF"), "brg": (g.rg(uf), "BR_RG"),
         "baddr": (g.address().upper(), "ADDRESS"), "bcep": (g.cep(), "BR_CEP"),
         "prof1": g.pick(["COMERCIANTE", "APOSENTADO", "AGRICULTOR", "ENGENHEIRO"]),
         "prof2": g.pick(["PROFESSORA", "DO LAR", "ENFERMEIRA", "ADVOGADA", "ANALISTA DE SISTEMAS"]),
         "price": g.money(180000, 950000).upper(), "d1": g.date(2019, 2022), "d2": g.date(2023, 2025),
         "bank": g.pick(["CAIXA ECONÔMICA FEDERAL", "BANCO DO BRASIL S.A.", "ITAÚ UNIBANCO S.A."]),
         "bcnpj": (g.cnpj(), "BR_CNPJ"),
         "officer": P(officer.caps), "prot": f"{g.digits(3)}.{g.digits(3)}",
         "ccir": f"{g.digits(3)}.{g.digits(3)}.{g.digits(3)}.{g.digits(3)}-{g.digits(1)}",
         "uf": uf}
    t = ("{ofc} OFICIAL DE REGISTRO DE IMÓVEIS DE {city} – {uf}\nLIVRO Nº 2 – REGISTRO GERAL\n"
         "MATRÍCULA Nº {n}\n\nIMÓVEL: APARTAMENTO Nº {ap}, DO {ed}, COM ÁREA PRIVATIVA DE {area} M², "
         "EDIFICADO SOBRE O LOTE 7 DA QUADRA 12 DO {lot}. CADASTRO MUNICIPAL {ccir}.\n"
         "PROPRIETÁRIOS: {s}, {prof1}, CPF {scpf}, RG {srg}, E SUA MULHER {sw}, {prof2}, CPF {swcpf}, "
         "CASADOS SOB O REGIME DA COMUNHÃO PARCIAL DE BENS, RESIDENTES NA {saddr}.\n\n"
         "R-3/{n} – {d1} – COMPRA E VENDA. Prot. {prot}. Pela escritura lavrada no Tabelionato de Notas, "
         "os proprietários venderam o imóvel a {b}, brasileiro(a), solteiro(a), CPF {bcpf}, RG {brg}, "
         "residente na {baddr}, CEP {bcep}, pelo preço de {price}.\n"
         "R-4/{n} – {d1} – ALIENAÇÃO FIDUCIÁRIA em favor de {bank}, CNPJ {bcnpj}.\n"
         "AV-5/{n} – {d2} – CANCELAMENTO da alienação fiduciária, por autorização do credor.\n\n"
         "O referido é verdade e dou fé. {officer}, Oficial Substituto.")
    return fill(t, v)


def ju_prison_visit(g: Gen) -> dict:
    """Prison visit authorisation (carteirinha de visitante) issued by the state department."""
    inmate = g.person(female=False)
    visitor = g.relative(inmate, female=True) if g.chance(0.6) else g.person(female=True)
    kid = g.relative(inmate, young=True)
    director = g.person()
    v = {"sec": g.pick(["SEAP/PR – Secretaria de Estado da Administração Penitenciária",
                        "SEAP/RJ – Secretaria de Estado de Administração Penitenciária",
                        "SAP/SP – Secretaria da Administração Penitenciária",
                        "SEJUS/CE – Secretaria da Administração Penitenciária e Ressocialização"]),
         "unit": g.pick(["Presídio Regional Nelson Hungria", "Penitenciária Estadual Dr. Antônio Amaro",
                         "Penitenciária José Parada Neto", "Cadeia Pública Desembargador Raimundo Vidal",
                         "Complexo Penitenciário Anísio Jobim"]),
         "inm": P(inmate.caps), "nick": P(g.nick().upper()), "pront": f"{g.digits(6)}-{g.digits(1)}",
         "cell": f"Galeria {g.pick('ABCD')}, cela {g.rng.randint(1, 40)}",
         "vis": P(visitor.caps), "vrg": (g.rg(g.pick(["SP", "RJ", "PR"])), "BR_RG"), "vcpf": (g.cpf(), "BR_CPF"),
         "vdob": (g.dob(1960, 2002), "DATE_OF_BIRTH"), "vaddr": (g.address(), "ADDRESS"),
         "vcep": (g.cep(), "BR_CEP"), "vphone": (g.phone(), "PHONE_NUMBER"),
         "rel": g.pick(["companheira", "mãe", "irmã", "esposa"]),
         "kid": P(kid.caps), "kdob": (g.dob(2011, 2020), "DATE_OF_BIRTH"),
         "dir": P(director.full), "val": g.date(2026, 2026), "card": f"V-{g.digits(6)}",
         "days": g.pick(["quartas e domingos", "sábados", "terças e quintas"])}
    t = ("{sec}\n{unit}\nAUTORIZAÇÃO DE VISITA SOCIAL – CARTEIRA Nº {card}\n\n"
         "PRESO: {inm}  (vulgo \"{nick}\")   PRONTUÁRIO: {pront}   {cell}\n\n"
         "VISITANTE: {vis}\nGrau de parentesco: {rel}\nRG: {vrg}   CPF: {vcpf}   Nascimento: {vdob}\n"
         "Endereço: {vaddr} – CEP {vcep}\nTelefone: {vphone}\n\n"
         "Menor autorizado(a) a acompanhar: {kid}, nascido(a) em {kdob}, mediante certidão de nascimento "
         "original.\nDias de visita: {days}, das 8h às 15h. Proibida a entrada com roupas nas cores do "
         "uniforme (bege/laranja), alimentos fora da lista e aparelhos eletrônicos.\n"
         "Validade: {val}.\n\n{dir}\nDiretor(a) da unidade")
    return fill(t, v)


def ju_tre(g: Gen) -> dict:
    """Electoral-court request to transfer a voter's registration (RAE)."""
    voter = g.person()
    mother = g.person(female=True)
    father = g.relative(voter, female=False)
    clerk = g.person()
    v = {"tre": g.pick(["TRE-PE", "TRE-MG", "TRE-BA", "TRE-SP", "TRE-PA", "TRE-RS"]),
         "zone": f"{g.rng.randint(1, 420):03d}ª", "oldzone": f"{g.rng.randint(1, 420):03d}ª",
         "sec": f"{g.rng.randint(1, 600):04d}",
         "rae": f"{g.digits(4)}.{g.digits(4)}.{g.digits(4)}",
         "v": P(voter.caps), "tit": (g.titulo(), "BR_TITULO_ELEITOR"), "cpf": (g.cpf(), "BR_CPF"),
         "dob": (g.dob(1950, 2007), "DATE_OF_BIRTH"), "mom": P(mother.caps), "dad": P(father.caps),
         "addr": (g.address().upper(), "ADDRESS"), "cep": (g.cep(), "BR_CEP"),
         "phone": (g.phone(), "PHONE_NUMBER"), "mail": (g.email_of(voter), "EMAIL_ADDRESS"),
         "school": g.pick(["Escola Estadual Presidente Kennedy", "E.M. Cecília Meireles",
                           "Colégio Estadual Rui Barbosa", "Escola Municipal Monteiro Lobato",
                           "E.E. Professora Rosa Bonfim"]),
         "clerk": P(clerk.full), "date": g.date(2025, 2025),
         "bio": g.pick(["coletada", "já existente (reaproveitada)", "pendente – agendar"]),
         "city": g.pick(CITIES), "oldcity": g.pick(CITIES), "first": P(voter.first)}
    t = ("JUSTIÇA ELEITORAL – {tre}\nREQUERIMENTO DE ALISTAMENTO ELEITORAL (RAE) Nº {rae}\n"
         "OPERAÇÃO: TRANSFERÊNCIA   DATA: {date}\n\n"
         "ELEITOR(A): {v}\nTÍTULO: {tit}   CPF: {cpf}\nDATA DE NASCIMENTO: {dob}\nFILIAÇÃO: {mom} / {dad}\n"
         "DOMICÍLIO ELEITORAL ANTERIOR: {oldcity} – {oldzone} ZONA\nNOVO ENDEREÇO: {addr} – {city} – CEP {cep}\n"
         "TELEFONE: {phone}   E-MAIL: {mail}\n"
         "ZONA DESTINO: {zone}   SEÇÃO: {sec} – local de votação: {school}\n"
         "Biometria: {bio}. Comprovante de residência: conta de luz em nome do(a) requerente. Tempo de "
         "residência declarado: superior a 3 meses.\n\nAtendente: {clerk} – Cartório Eleitoral da {zone} Zona\n"
         "Obs.: {first} informou que não votou no 2º turno; multa quitada via GRU.")
    return fill(t, v)


def ju_procon_audio(g: Gen) -> dict:
    """Automatic transcript of a Procon mediation session recorded by video call."""
    med = g.person(female=True)
    cons = g.person(female=False)
    prep = g.person()
    v = {"procon": g.pick(["Procon Municipal de", "Procon-SP – posto", "Procon Estadual –"]),
         "city": g.pick(CITIES), "fa": f"FA {g.digits(4)}.{g.digits(3)}.{g.digits(3)}",
         "brand": g.pick(["Electrolux", "Philco", "Britânia", "Mondial", "Consul"]),
         "store": g.pick(["Magazine Luiza", "Casas Bahia", "Lojas Cem", "Ricardo Eletro", "Lojas Colombo"]),
         "prod": g.pick(["geladeira", "máquina de lavar", "fogão 5 bocas", "ar-condicionado 12 mil BTUs"]),
         "med": P(med.first.lower()), "medfull": P(med.full.lower()),
         "cons": P(cons.lower), "consf": P(cons.first.lower()), "cpf": (g.cpf("spaced"), "BR_CPF"),
         "prep": P(prep.lower), "prepf": P(prep.first.lower()),
         "phone": (g.phone(mobile=True, style=4), "PHONE_NUMBER"),
         "val": g.money(1200, 4900), "t1": f"00:0{g.rng.randint(0, 9)}:{g.rng.randint(10, 59)}",
         "t2": f"00:1{g.rng.randint(0, 9)}:{g.rng.randint(10, 59)}", "t3": f"00:2{g.rng.randint(0, 9)}:{g.rng.randint(10, 59)}",
         "dias": str(g.rng.randint(5, 15))}
    t = ("{procon} {city} – audiência de conciliação por videoconferência – {fa}\n"
         "transcrição automática (sem revisão)\n\n"
         "[{t1}] conciliadora: bom dia meu nome é {medfull} sou conciliadora do procon a sessão está sendo gravada "
         "a consumidora o consumidor pode se identificar\n"
         "[{t1}] consumidor: bom dia {med} é {cons} cpf {cpf}\n"
         "[{t1}] conciliadora: e pela empresa\n"
         "[{t1}] preposto: bom dia {prep} preposto da {store} a {brand} não enviou representante\n"
         "[{t2}] consumidor: comprei a {prod} em março e ela parou com vinte dias a assistência da {brand} "
         "veio duas vezes e não resolveu eu quero o dinheiro de volta {val}\n"
         "[{t2}] preposto: a loja propõe a troca por um produto novo em {dias} dias úteis\n"
         "[{t3}] conciliadora: seu {consf} o senhor aceita a troca\n"
         "[{t3}] consumidor: aceito se for outra marca o meu zap é {phone} pode passar pro {prepf}\n"
         "[{t3}] conciliadora: então fica registrado acordo troca em {dias} dias úteis "
         "a empresa entra em contato no número informado")
    return fill(t, v)


def ju_will(g: Gen) -> dict:
    """Excerpt of a public will (testamento público) drawn up by a notary."""
    testator = g.person(female=True, word=g.chance(0.3))
    kids = [g.relative(testator) for _ in range(2)]
    grandkid = g.relative(kids[0], female=True, young=True)
    executor = g.person(female=False)
    wits = [g.person() for _ in range(2)]
    notary = g.person()
    v = {"tab": g.pick(["2º Tabelionato de Notas", "Cartório do 1º Ofício de Notas", "3º Tabelião de Notas",
                        "Tabelionato Rosa Notas"]),
         "city": g.pick(CITIES), "book": str(g.rng.randint(100, 900)), "fl": str(g.rng.randint(1, 399)),
         "date": g.long_date(),
         "t": P(testator.caps), "tcpf": (g.cpf(), "BR_CPF"), "trg": (g.rg("SP"), "BR_RG"),
         "tdob": (g.dob(1930, 1960, "long"), "DATE_OF_BIRTH"), "taddr": (g.address(), "ADDRESS"),
         "k1": P(kids[0].caps), "k2": P(kids[1].caps), "k1cpf": (g.cpf(), "BR_CPF"),
         "gk": P(grandkid.full),
         "ex": P(executor.full), "excpf": (g.cpf(), "BR_CPF"),
         "w1": P(wits[0].full), "w1rg": (g.rg(g.pick(["SP", "MG"])), "BR_RG"),
         "w2": P(wits[1].full), "w2rg": (g.rg(g.pick(["SP", "RJ"])), "BR_RG"),
         "notary": P(notary.full),
         "inst": g.pick(["Santa Casa de Misericórdia", "Lar dos Velhinhos São Vicente de Paulo",
                         "Associação Cruz Verde", "Instituto Dona Rosa de Amparo ao Idoso",
                         "Casa de Repouso Bento Menni"]),
         "tfirst": P(testator.first.upper()), "legacy": g.money(20000, 150000),
         "car": g.pick(["o automóvel VW Fusca 1974", "as joias de família", "o piano Essenfelder",
                        "a coleção de discos e a biblioteca"])}
    t = ("{tab} de {city}\nLivro {book}, fls. {fl}\nTESTAMENTO PÚBLICO\n\n"
         "Aos {date}, neste Tabelionato, perante mim, Tabelião, compareceu {t}, brasileira, viúva, "
         "aposentada, nascida em {tdob}, CPF {tcpf}, RG {trg}, residente na {taddr}, em seu perfeito juízo, "
         "conforme verifiquei, e disse que, por ser de sua livre vontade, faz seu testamento na forma "
         "seguinte:\n"
         "PRIMEIRO – Declara ter dois filhos, {k1} (CPF {k1cpf}) e {k2}, seus herdeiros necessários.\n"
         "SEGUNDO – Deixa para a neta {gk}, a título de legado, {car}.\n"
         "TERCEIRO – Deixa à {inst} a quantia de {legacy}.\n"
         "QUARTO – Nomeia testamenteiro {ex}, CPF {excpf}, dispensado de caução.\n"
         "Lido em voz alta na presença das testemunhas {w1} (RG {w1rg}) e {w2} (RG {w2rg}), "
         "a testadora {tfirst} achou conforme e assina. Eu, {notary}, Tabelião, lavrei e subscrevo.")
    return fill(t, v)


# ============================================================================= saude

def sa_ambulance(g: Gen) -> dict:
    """Pre-hospital run sheet of an advanced life-support ambulance."""
    pt = g.person()
    caller = g.relative(pt)
    doc, nurse, driver = g.person(female=False), g.person(female=g.chance(0.6)), g.person(female=False)
    regul = g.person(female=False)
    dob, age = g.dob_age(1935, 2005)
    t1, t2, t3 = g.times(3)
    v = {"svc": g.pick(["SAMU 192 Regional Vale do Itajaí", "SAMU Metropolitano de Salvador",
                        "SAMU 192 Consórcio Norte de Minas", "SIATE/Corpo de Bombeiros – Cascavel"]),
         "unit": g.pick(["USA 03", "USA Alfa 2", "USB 14", "USA 07"]), "oc": g.digits(8),
         "t1": t1, "t2": t2, "t3": t3, "date": g.date(2025, 2025),
         "pt": P(pt.caps), "age": age, "dob": (dob, "DATE_OF_BIRTH"),
         "cns": (g.cns(), "BR_CNS"), "addr": (g.address(), "ADDRESS"), "bairro": g.pick(NEIGHBOURHOODS),
         "caller": P(caller.first), "cphone": (g.phone(mobile=True), "PHONE_NUMBER"),
         "doc": P(doc.short), "crm": (g.crm("CRM"), "PROFESSIONAL_ID"),
         "nurse": P(nurse.short), "coren": (g.crm("COREN"), "PROFESSIONAL_ID"),
         "driver": P(driver.first), "regul": P(regul.last),
         "pa": f"{g.rng.randint(80, 190)}x{g.rng.randint(40, 110)}", "fc": str(g.rng.randint(45, 150)),
         "spo2": str(g.rng.randint(78, 99)), "hgt": str(g.rng.randint(40, 420)),
         "gcs": str(g.rng.randint(8, 15)),
         "dest": g.pick(["Hospital Santa Isabel", "Hospital Geral Roberto Santos", "Hospital Municipal Souza Aguiar",
                         "Hospital Regional Alto Vale", "Santa Casa de Montes Claros"]),
         "q": g.pick(["dor torácica típica há 40 min, sudorese", "queda da própria altura, TCE leve",
                      "dispneia súbita, DPOC conhecido", "rebaixamento do nível de consciência, HAS/DM"])}
    t = ("{svc}\nFICHA DE ATENDIMENTO PRÉ-HOSPITALAR – {unit} – Ocorrência {oc} – {date}\n"
         "Chamado: {t1}  Chegada ao local: {t2}  Chegada ao destino: {t3}\n"
         "Local: residência – {addr}, bairro {bairro}\nSolicitante: {caller} (familiar) – {cphone}\n\n"
         "Paciente: {pt}   Idade: {age}   DN: {dob}\nCNS: {cns}\n"
         "Queixa: {q}.\nSSVV: PA {pa} mmHg | FC {fc} bpm | SpO2 {spo2}% aa | HGT {hgt} mg/dL | Glasgow {gcs}\n"
         "Conduta: MOV, O2 por máscara, AAS 300 mg mastigado, ECG de 12 derivações transmitido à regulação "
         "(médico regulador Dr. {regul}).\nDestino: {dest} – vaga zero.\n\n"
         "Equipe: médico {doc} ({crm}) | enfermeiro(a) {nurse} ({coren}) | condutor {driver}")
    return fill(t, v)


def sa_transfusion(g: Gen) -> dict:
    """Blood-bank transfusion record for one recipient."""
    pt = g.person()
    doc = g.person()
    tech = g.person(female=g.chance(0.6))
    nurse = g.person(female=True)
    bags = [f"B{g.digits(4)} {g.rng.randint(24, 25)} {g.digits(6)}" for _ in range(2)]
    v = {"hc": g.pick(["Hemocentro Regional de Uberaba – Fundação Hemominas", "Agência Transfusional – Hospital São Lucas",
                       "Hemope – Agência Transfusional do Hospital Getúlio Vargas", "Fundação Hemopa – Agência Transfusional"]),
         "pt": P(pt.full), "pront": g.digits(7), "cns": (g.cns(), "BR_CNS"),
         "dob": (g.dob(1940, 2010), "DATE_OF_BIRTH"), "abo": g.pick(["O", "A", "B", "AB"]),
         "rh": g.pick(["positivo", "negativo"]), "pai": g.pick(["negativa", "negativa", "positiva (anti-E)"]),
         "hb": f"{g.rng.randint(5, 8)},{g.rng.randint(0, 9)}",
         "b1": bags[0], "b2": bags[1], "prod": g.pick(["CH filtrado", "CH irradiado", "CHD fenotipado", "CP aférese"]),
         "vol1": str(g.rng.randint(250, 320)), "vol2": str(g.rng.randint(250, 320)),
         "doc": P(doc.full), "crm": (g.crm("CRM"), "PROFESSIONAL_ID"),
         "tech": P(tech.first), "nurse": P(nurse.short), "coren": (g.crm("COREN"), "PROFESSIONAL_ID"),
         "date": g.date(2025, 2025), "t1": (ts := g.times(2))[0], "t2": ts[1], "ward": g.pick(["Clínica Médica 3º andar", "UTI 2", "Oncologia – leito 12", "Enfermaria Santa Rita"]),
         "doctor_last": P(doc.last)}
    t = ("{hc}\nREGISTRO DE TRANSFUSÃO\nReceptor: {pt}   Prontuário: {pront}   CNS: {cns}\n"
         "DN: {dob}   Setor: {ward}\nTipagem ABO/Rh: {abo} {rh}   PAI: {pai}   Hb pré: {hb} g/dL\n"
         "Indicação: anemia sintomática. Solicitante: Dr(a). {doc} ({crm}).\n\n"
         "HEMOCOMPONENTE | Nº DA BOLSA | VOLUME | INÍCIO | TÉRMINO\n"
         "{prod} | {b1} | {vol1} mL | {t1} | {t2}\n{prod} | {b2} | {vol2} mL | — | suspensa\n\n"
         "Prova de compatibilidade realizada por {tech} (técnico do laboratório) em {date}: compatível.\n"
         "Reação transfusional: calafrios e febre 38,4 °C aos 20 min da 2ª bolsa; transfusão suspensa, "
         "bolsa devolvida à agência. Comunicado Dr(a). {doctor_last}.\n"
         "Dupla checagem à beira do leito: {nurse} ({coren}).")
    return fill(t, v)


def sa_ophthalmology(g: Gen) -> dict:
    """Ophthalmology exam report (refraction, tonometry, fundus)."""
    pt = g.person(word=g.chance(0.25))
    doc = g.person()
    dob, age = g.dob_age(1940, 2015)
    v = {"clinic": g.pick(["Hospital de Olhos Dr. Ricardo Guimarães", "Instituto Penido Burnier",
                           "Clínica de Olhos Dra. Luz Franco", "Hospital de Olhos Sadalla Amin Ghanem",
                           "Centro Oftalmológico Santa Luzia"]),
         "pt": P(pt.full), "dob": (dob, "DATE_OF_BIRTH"), "age": age,
         "conv": g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "particular", "SUS – regulação"]),
         "card": f"{g.digits(1)} {g.digits(3)} {g.digits(12)} {g.digits(1)}",
         "od": f"-{g.rng.randint(0, 6)},{g.pick(['00', '25', '50', '75'])}",
         "oe": f"-{g.rng.randint(0, 6)},{g.pick(['00', '25', '50', '75'])}",
         "cil": f"-{g.rng.randint(0, 3)},{g.pick(['00', '25', '50', '75'])}", "eixo": str(g.rng.randint(0, 180)),
         "av1": g.pick(["20/20", "20/25", "20/30", "20/40", "20/60"]), "av2": g.pick(["20/20", "20/25", "20/40", "20/100"]),
         "pio1": str(g.rng.randint(10, 28)), "pio2": str(g.rng.randint(10, 28)),
         "doc": P(doc.full), "crm": (g.crm("CRM"), "PROFESSIONAL_ID"),
         "date": g.date(2025, 2025),
         "ref": P(g.person().short), "ret": g.pick(["6 meses", "1 ano", "30 dias"])}
    t = ("{clinic}\nLAUDO DE EXAME OFTALMOLÓGICO\nPaciente: {pt}   Nasc.: {dob} ({age} anos)\n"
         "Convênio: {conv}   Carteirinha: {card}\nEncaminhado por: Dr(a). {ref}\n\n"
         "Acuidade visual s/ correção: OD {av1}  OE {av2}\n"
         "Refração dinâmica: OD {od} DE {cil} DC x {eixo}° | OE {oe} DE\n"
         "Tonometria de aplanação (Goldmann): OD {pio1} mmHg  OE {pio2} mmHg\n"
         "Biomicroscopia: córneas transparentes, câmara anterior formada, cristalino com esclerose nuclear 1+.\n"
         "Fundoscopia: escavação 0,4 AO, mácula com brilho preservado.\n"
         "Conclusão: ametropia; suspeita de glaucoma a esclarecer (campo visual e OCT de nervo óptico). "
         "Retorno em {ret}.\n\n{date}\n{doc} – {crm}")
    return fill(t, v)


def sa_discharge_call(g: Gen) -> dict:
    """Post-discharge phone follow-up (D+2) made by the transition-of-care nurse."""
    pt = g.person()
    carer = g.relative(pt)
    nurse = g.person(female=True)
    doc = g.person()
    v = {"hosp": g.pick(["Hospital Mãe de Deus", "Hospital Alemão Oswaldo Cruz", "Hospital Santa Catarina",
                         "Hospital São Vicente de Paulo", "Hospital Aliança"]),
         "pt": P(pt.full), "ptf": P(pt.first), "pront": g.digits(8), "dob": (g.dob(1935, 1975), "DATE_OF_BIRTH"),
         "alta": g.date(2025, 2025), "carer": P(carer.first), "carerfull": P(carer.full),
         "phone": (g.phone(mobile=True), "PHONE_NUMBER"), "phone2": (g.phone(mobile=False), "PHONE_NUMBER"),
         "nurse": P(nurse.full), "nursef": P(nurse.first), "coren": (g.crm("COREN"), "PROFESSIONAL_ID"),
         "doc": P(doc.last), "diag": g.pick(["ICC descompensada (I50.0)", "pneumonia comunitária (J18.9)",
                                             "AVC isquêmico (I63.9)", "pós-operatório de artroplastia de joelho"]),
         "drug": g.pick(["furosemida 40 mg", "amoxicilina + clavulanato", "AAS 100 mg + clopidogrel",
                         "enoxaparina 40 mg SC"]),
         "t": g.hhmm(), "ubs": g.pick(["UBS Vila Rosa", "ESF Bento Ribeiro", "UBS Jardim Aurora", "USF Santa Cruz"]),
         "rel": g.pick(["filha", "filho", "neta", "neto", "nora", "cuidadora"]), "tent": str(g.rng.randint(1, 3))}
    t = ("{hosp} – Programa de Transição de Cuidado\nCONTATO TELEFÔNICO PÓS-ALTA (D+2)\n"
         "Paciente: {pt}   Pront.: {pront}   DN: {dob}   Alta: {alta}\nMotivo da internação: {diag}\n"
         "Telefones: {phone} (cuidador) / {phone2} (fixo)\nTentativa nº {tent} às {t}: atendeu {carer} ({rel}).\n\n"
         "1. Está tomando as medicações da receita de alta? Sim – {drug}; {carer} organizou em caixinha.\n"
         "2. Sinais de alerta (falta de ar, febre, inchaço)? Nega.\n"
         "3. Consulta de retorno agendada? Ainda não; orientado a procurar a {ubs} e o ambulatório do Dr. {doc}.\n"
         "4. Dúvidas? {ptf} quer saber se pode voltar a caminhar na praça; orientado conforme folheto.\n\n"
         "Cuidador(a) de referência: {carerfull}. Próximo contato em D+7.\n"
         "Enf. {nurse} – {coren}\n(assinatura eletrônica – {nursef})")
    return fill(t, v)


def sa_occupational(g: Gen) -> dict:
    """Occupational-medicine scheduling sheet sent by a company's HR to the clinic."""
    workers = [g.person() for _ in range(4)]
    hr = g.person(female=True)
    doc = g.person(female=False)
    workers[3] = g.person(female=False)
    co = g.pick(["Transportadora Irmãos Zanella Ltda.", "Frigorífico Bom Jesus S.A.", "Supermercados Bahamas",
                 "Metalúrgica Hoffmann Ltda.", "Confecções Dona Rosa ME", "Padaria e Confeitaria São Bento"])
    v = {"co": co, "cnpj": (g.cnpj(), "BR_CNPJ"),
         "clinic": g.pick(["Clínica Medtrab", "SESI Saúde – unidade Centro", "OcupaMed Medicina do Trabalho",
                           "Clínica São Camilo Ocupacional"]),
         "hr": P(hr.full), "hrmail": (g.email_of(hr), "EMAIL_ADDRESS"), "hrphone": (g.phone(mobile=False), "PHONE_NUMBER"),
         "doc": P(doc.full), "crm": (g.crm("CRM"), "PROFESSIONAL_ID"), "date": g.date(2025, 2025),
         "w0": P(workers[0].ascii_caps), "w1": P(workers[1].ascii_caps), "w2": P(workers[2].ascii_caps),
         "w3": P(workers[3].ascii_caps),
         "c0": (g.cpf(), "BR_CPF"), "c1": (g.cpf(), "BR_CPF"), "c2": (g.cpf(), "BR_CPF"), "c3": (g.cpf(), "BR_CPF"),
         "p0": (g.pis(), "BR_PIS"), "p2": (g.pis(), "BR_PIS"),
         "d0": (g.dob(1965, 2006), "DATE_OF_BIRTH"), "d1": (g.dob(1965, 2006), "DATE_OF_BIRTH"),
         "f0": g.pick(["MOTORISTA CARRETEIRO", "AUX. DE PRODUÇÃO", "OPERADOR DE EMPILHADEIRA"]),
         "f1": g.pick(["AÇOUGUEIRO", "SOLDADOR", "COSTUREIRA"]), "f2": g.pick(["REPOSITOR", "PADEIRO", "AUX. ADMINISTRATIVO"]),
         "f3": g.pick(["ELETRICISTA", "VIGIA", "CAIXA"]),
         "w3f": P(workers[3].first)}
    t = ("Assunto: Agendamento de exames ocupacionais – {co}\n\nBom dia, equipe da {clinic},\n\n"
         "seguem os colaboradores para exames na data de {date} (PCMSO vigente; ASO em nome da empresa "
         "{co}, CNPJ {cnpj}):\n\n"
         "NOME;CPF;PIS;NASCIMENTO;FUNÇÃO;TIPO DE EXAME;COMPLEMENTARES\n"
         "{w0};{c0};{p0};{d0};{f0};ADMISSIONAL;audiometria + acuidade visual + EEG\n"
         "{w1};{c1};;{d1};{f1};PERIÓDICO;audiometria + espirometria\n"
         "{w2};{c2};{p2};;{f2};RETORNO AO TRABALHO;—\n"
         "{w3};{c3};;;{f3};DEMISSIONAL;—\n\n"
         "O {w3f} está de aviso e só pode no período da tarde. Favor enviar os ASOs para o eSocial (S-2220) "
         "até sexta.\nMédico coordenador do PCMSO: Dr. {doc}, {crm}.\n\nAtt.,\n{hr}\nDepartamento Pessoal\n"
         "{hrphone} | {hrmail}")
    return fill(t, v)


def sa_trial_consent(g: Gen) -> dict:
    """Clinical-trial informed-consent log of a research site."""
    pi = g.person()
    coord = g.person(female=True)
    parts = [g.person() for _ in range(3)]
    lar = g.relative(parts[1])
    wit = g.person()
    sponsor = g.pick(["Eli Lilly do Brasil", "Bristol-Myers Squibb", "Johnson & Johnson Innovative Medicine",
                      "Boehringer Ingelheim", "Novo Nordisk"])
    v = {"sponsor": sponsor, "prot": g.pick(["I8F-MC-GPHK", "CA209-76K", "NN9535-4321", "BI 1199.214", "J2X-BR-3001"]),
         "site": g.pick(["Centro de Pesquisa Clínica do Hospital Santa Marcelina", "CPCLIN – Centro de Pesquisas Clínicas",
                         "Instituto de Pesquisa Clínica Dante Pazzanese", "Núcleo de Pesquisa do Hospital Moinhos de Vento"]),
         "site_n": f"{g.rng.randint(1, 60):03d}", "caae": f"{g.digits(8)}.{g.digits(1)}.{g.digits(4)}.{g.digits(4)}",
         "pi": P(pi.full), "crm": (g.crm("CRM"), "PROFESSIONAL_ID"), "coord": P(coord.full),
         "coordi": P(coord.initialled),
         "p0": P(parts[0].full), "p1": P(parts[1].full), "p2": P(parts[2].full),
         "id0": f"{g.rng.randint(1, 60):03d}-{g.digits(3)}", "id1": f"{g.rng.randint(1, 60):03d}-{g.digits(3)}",
         "id2": f"{g.rng.randint(1, 60):03d}-{g.digits(3)}",
         "d0": g.date(2025, 2025), "d1": g.date(2025, 2025), "d2": g.date(2025, 2025),
         "dob0": (g.dob(1945, 1990), "DATE_OF_BIRTH"), "lar": P(lar.full), "wit": P(wit.full),
         "v": f"v{g.rng.randint(2, 6)}.{g.rng.randint(0, 3)}"}
    t = ("LOG DE CONSENTIMENTO LIVRE E ESCLARECIDO – Protocolo {prot} ({sponsor})\n"
         "Centro {site_n} – {site}   CAAE {caae}\nInvestigador principal: {pi} – {crm}\n\n"
         "Nº TRIAGEM | PARTICIPANTE | DATA TCLE | VERSÃO | QUEM APLICOU | OBSERVAÇÕES\n"
         "{id0} | {p0} (DN {dob0}) | {d0} | {v} | {coordi} | cópia assinada entregue\n"
         "{id1} | {p1} | {d1} | {v} | {pi} | participante não alfabetizado(a): assinatura a rogo pelo representante "
         "legal {lar}, testemunha imparcial {wit}\n"
         "{id2} | {p2} | {d2} | {v} | {coordi} | falha de triagem (HbA1c fora do critério) – não randomizado\n\n"
         "Reconsentimento com a versão nova do TCLE previsto após aprovação do CEP/CONEP.\n"
         "Responsável pelo log: {coord}, coordenadora de estudos.")
    return fill(t, v)


def sa_speech_therapy(g: Gen) -> dict:
    """Speech-therapy progress report for a child, addressed to the school and the neurologist."""
    child = g.person(young=True, word=g.chance(0.35))
    mom = g.relative(child, female=True)
    st = g.person(female=True)
    neuro = g.person()
    v = {"clinic": g.pick(["Clínica Fala Bem", "Espaço Crescer Fonoaudiologia", "Centro de Reabilitação Dona Lindu",
                           "APAE – setor de Fonoaudiologia", "Clínica Escola de Fonoaudiologia da PUC"]),
         "child": P(child.full), "cfirst": P(child.first), "dob": (g.dob(2016, 2021), "DATE_OF_BIRTH"),
         "mom": P(mom.full), "school": g.pick(["Escola Municipal Cecília Meireles", "EMEF Monteiro Lobato",
                                               "Colégio Santa Rosa de Lima", "CMEI Vinicius de Moraes",
                                               "Escola Estadual Anísio Teixeira"]),
         "st": P(st.full), "crfa": (g.crm("CRFa"), "PROFESSIONAL_ID"), "neuro": P(neuro.short),
         "crm": (g.crm("CRM"), "PROFESSIONAL_ID"), "date": g.long_date(),
         "teacher": P(g.person(female=True).first), "sess": str(g.rng.randint(12, 48)),
         "city": g.pick(CITIES), "word": g.pick(["\"bola\" → \"bóia\"", "\"casa\" → \"tasa\"", "\"rosa\" → \"ossa\"",
                                                 "\"luz\" → \"lu\""])}
    t = ("{clinic}\nRELATÓRIO FONOAUDIOLÓGICO\n\nPaciente: {child}   DN: {dob}\nResponsável: {mom} (mãe)\n"
         "Escola: {school}\nEncaminhamento: Dr(a). {neuro} ({crm}) – neuropediatria\n\n"
         "{cfirst} está em terapia fonoaudiológica há {sess} sessões, com queixa inicial de atraso de fala e "
         "trocas fonológicas (ex.: {word}). Atualmente apresenta melhora da inteligibilidade, ampliação do "
         "vocabulário e início da construção de frases com 3 a 4 elementos. Persistem dificuldades de "
         "atenção compartilhada em ambiente ruidoso.\n"
         "Orientações à escola: sentar próximo da professora {teacher}, dar comandos curtos e usar apoio "
         "visual. Sugere-se manter a frequência de 2x/semana e reavaliação audiológica.\n\n"
         "{city}, {date}.\n{st}\nFonoaudióloga – {crfa}")
    return fill(t, v)


# ============================================================================= financeiro

def fi_auction(g: Gen) -> dict:
    """Vehicle auction: sale notes of three lots with the bidders."""
    auctioneer = g.person()
    bidders = [g.person() for _ in range(3)]
    v = {"house": g.pick(["Sodré Santoro Leilões", "Freitas Leiloeiro Oficial", "Copart do Brasil",
                          "Leilões Judiciais Serrano", "Superbid Exchange"]),
         "auc": P(auctioneer.full), "date": g.long_date(),
         "com": g.pick(["Banco Itaú Unibanco S.A.", "Banco Bradesco Financiamentos", "Porto Seguro Cia. de Seguros",
                        "Detran – veículos removidos", "Banco Safra S.A."]),
         "m0": g.pick(["Fiat Strada Freedom 1.3 2021/2022", "Honda CG 160 Titan 2020", "Toyota Corolla XEi 2019/2019"]),
         "m1": g.pick(["VW Gol 1.0 2016/2017 (sinistro – média monta)", "Chevrolet S10 LTZ 2018 (recuperado de roubo)",
                       "Ford Ka SE 2019 (sucata)"]),
         "m2": g.pick(["Hyundai Creta Prestige 2020", "Renault Sandero 2015", "Yamaha Fazer 250 2017"]),
         "pl0": (g.plate(), "LICENSE_PLATE"), "pl1": (g.plate(), "LICENSE_PLATE"), "pl2": (g.plate(), "LICENSE_PLATE"),
         "ch0": f"9BD{g.digits(2)}{''.join(g.pick('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{g.digits(9)}",
         "b0": P(bidders[0].caps), "b1": P(bidders[1].caps), "b2": P(bidders[2].inverted),
         "c0": (g.cpf(), "BR_CPF"), "c1": (g.cpf(), "BR_CPF"), "cn2": (g.cnpj(), "BR_CNPJ"),
         "co2": g.pick(["AUTO PEÇAS IRMÃOS COELHO LTDA", "DESMANCHE SÃO CRISTÓVÃO ME", "REVENDA BENTO AUTOMÓVEIS"]),
         "e0": (g.email_of(bidders[0]), "EMAIL_ADDRESS"), "f1": (g.phone(mobile=True), "PHONE_NUMBER"),
         "v0": g.money(30000, 120000), "v1": g.money(4000, 45000), "v2": g.money(25000, 90000),
         "u0": g.pick(["usuário", "login"]), "nick0": fold(bidders[0].first).lower() + g.digits(3),
         "ip": (g.ip(), "IP_ADDRESS")}
    t = ("{house}\nLEILÃO ONLINE E PRESENCIAL – {date}\nComitente: {com}\nLeiloeiro oficial: {auc}\n\n"
         "LOTE 014 – {m0} – placa {pl0} – chassi {ch0}\n"
         "Arrematante: {b0} – CPF {c0} – {u0} \"{nick0}\" ({e0}) – lance vencedor {v0} – IP do lance {ip}\n\n"
         "LOTE 027 – {m1} – placa {pl1} – documento para baixa\n"
         "Arrematante: {b1} – CPF {c1} – tel. {f1} – lance vencedor {v1}\n\n"
         "LOTE 031 – {m2} – placa {pl2}\n"
         "Arrematante: {co2} (CNPJ {cn2}), representada por {b2} – lance vencedor {v2}\n\n"
         "Comissão do leiloeiro: 5% sobre o lance. Pagamento em até 48h por TED para a conta do leiloeiro; "
         "retirada no pátio mediante nota de venda. Débitos de IPVA anteriores ao leilão por conta do comitente.")
    return fill(t, v)


def fi_payroll(g: Gen) -> dict:
    """Monthly payroll summary of a small business, as sent to the accountant."""
    owner = g.person()
    emps = [g.person() for _ in range(3)] + [g.person(female=True)]
    acct = g.person()
    bank = g.pick(["341 Itaú", "104 Caixa", "001 BB", "237 Bradesco", "260 Nubank", "756 Sicoob"])
    v = {"co": g.pick(["Restaurante Sabor da Vovó Rosa ME", "Oficina Mecânica Bento & Filhos",
                       "Salão Beleza Pura Eireli", "Mercadinho Nossa Senhora da Luz", "Marmoraria Castelo Branco Ltda."]),
         "cnpj": (g.cnpj(), "BR_CNPJ"), "comp": f"{g.pick(MONTHS)}/2025",
         "owner": P(owner.first), "acct": P(acct.full), "crc": (g.crm("CRC"), "PROFESSIONAL_ID"),
         "bank": bank}
    for i, e in enumerate(emps):
        name = e.ascii_caps if i % 2 == 0 else e.caps
        v[f"n{i}"] = P(name)
        v[f"c{i}"] = (g.cpf(), "BR_CPF")
        v[f"p{i}"] = (g.pis(), "BR_PIS")
        v[f"a{i}"] = (g.agencia(), "BANK_ACCOUNT")
        v[f"k{i}"] = (g.conta(), "BANK_ACCOUNT")
        base = g.rng.randint(151800, 420000)
        net = int(base * g.rng.uniform(0.78, 0.92))
        v[f"s{i}"] = f"{base // 100:,}".replace(",", ".") + f",{base % 100:02d}"
        v[f"l{i}"] = f"{net // 100:,}".replace(",", ".") + f",{net % 100:02d}"
    v["role0"] = g.pick(["Cozinheira", "Mecânico", "Cabeleireira", "Balconista", "Marmorista"])
    v["role1"] = g.pick(["Aux. de cozinha", "Aux. mecânico", "Manicure", "Repositor", "Ajudante"])
    v["role2"] = g.pick(["Garçom", "Lavador", "Recepcionista", "Caixa"])
    v["role3"] = g.pick(["Entregador", "Aprendiz", "Faxineira"])
    v["n3f"] = P(emps[3].first)
    v["pix"] = (g.pix(), "PIX_KEY")
    v["total"] = g.money(9000, 16000)
    t = ("{co} – CNPJ {cnpj}\nFOLHA DE PAGAMENTO – competência {comp}\n"
         "Enviado por {owner} ao escritório de contabilidade ({acct} – {crc})\n\n"
         "FUNCIONÁRIO | CPF | PIS | CARGO | SALÁRIO BASE | LÍQUIDO | BANCO {bank} AG/CONTA\n"
         "{n0} | {c0} | {p0} | {role0} | {s0} | {l0} | {a0} / {k0}\n"
         "{n1} | {c1} | {p1} | {role1} | {s1} | {l1} | {a1} / {k1}\n"
         "{n2} | {c2} | {p2} | {role2} | {s2} | {l2} | {a2} / {k2}\n"
         "{n3} | {c3} | {p3} | {role3} | {s3} | {l3} | {a3} / {k3}\n\n"
         "Total líquido: {total}. Obs.: a {n3f} pediu pra receber no Pix esse mês (chave {pix}) porque "
         "a conta tá bloqueada. Vale-transporte descontado 6%. Não teve hora extra. FGTS e DAE do "
         "Simples vencem dia 20.")
    return fill(t, v)


def fi_life_claim(g: Gen) -> dict:
    """Life-insurance claim settlement letter with the beneficiaries' shares."""
    insured = g.person()
    spouse = g.relative(insured, female=not insured.female)
    kid = g.relative(insured)
    reg = g.person()
    insurer = g.pick(["Prudential do Brasil", "MAG Seguros", "Icatu Seguros", "SulAmérica Vida", "Bradesco Vida e Previdência"])
    v = {"ins": insurer, "sin": f"{g.digits(2)}.{g.digits(4)}.{g.digits(6)}",
         "apol": f"{g.digits(4)}.{g.digits(2)}.{g.digits(7)}",
         "dead": P(insured.caps), "dcpf": (g.cpf(), "BR_CPF"), "ddob": (g.dob(1945, 1985), "DATE_OF_BIRTH"),
         "obito": g.date(2024, 2025), "cid": g.pick(["I21.9", "C34.9", "V89.2", "J96.0", "I64"]),
         "cap": g.money(50000, 600000),
         "b1": P(spouse.full), "b1cpf": (g.cpf(), "BR_CPF"), "b1pct": "50%",
         "b1ag": (g.agencia(), "BANK_ACCOUNT"), "b1cc": (g.conta(), "BANK_ACCOUNT"),
         "b1bank": g.pick(["Banco do Brasil (001)", "Caixa (104)", "Itaú (341)", "Santander (033)"]),
         "b2": P(kid.full), "b2cpf": (g.cpf(), "BR_CPF"), "b2pix": (g.pix(), "PIX_KEY"),
         "b2mail": (g.email_of(kid), "EMAIL_ADDRESS"),
         "v1": g.money(25000, 300000), "v2": g.money(25000, 300000),
         "reg": P(reg.full), "date": g.long_date(), "b1first": P(spouse.first), "dlast": P(insured.last)}
    t = ("{ins}\nCARTA DE LIQUIDAÇÃO DE SINISTRO – VIDA EM GRUPO\nSinistro nº {sin}   Apólice nº {apol}\n\n"
         "Segurado(a): {dead}\nCPF: {dcpf}   Nascimento: {ddob}\nData do óbito: {obito}   Causa (CID): {cid}\n"
         "Capital segurado – morte natural/acidental: {cap}\n\n"
         "Após análise da documentação (certidão de óbito, laudo do IML quando aplicável, declaração de "
         "herdeiros), o sinistro foi REGULADO e os valores serão pagos aos beneficiários indicados:\n"
         "1) {b1} – CPF {b1cpf} – cônjuge – {b1pct} – {v1} – {b1bank}, ag. {b1ag}, c/c {b1cc}\n"
         "2) {b2} – CPF {b2cpf} – filho(a) – 50% – {v2} – Pix (chave aleatória) {b2pix}\n"
         "Comprovantes serão enviados a {b2mail}.\n\n"
         "Sra./Sr. {b1first}, registramos nossos sentimentos pela perda do(a) Sr(a). {dlast}.\n"
         "{date}\n{reg}\nRegulador de Sinistros – Vida")
    return fill(t, v)


def fi_broker_onboarding(g: Gen) -> dict:
    """Transcript of an investment adviser's onboarding call with a new client."""
    adv = g.person(female=False)
    cli = g.person()
    v = {"firm": g.pick(["XP Investimentos", "BTG Pactual digital", "Warren Investimentos", "Ágora Investimentos",
                         "Genial Investimentos"]),
         "office": g.pick(["escritório Bento Gonçalves", "Valor Capital Assessoria", "escritório Rosa Invest",
                           "Monte Bravo"]),
         "adv": P(adv.first), "advfull": P(adv.full),
         "cli": P(cli.full), "clif": P(cli.first),
         "cpf": (g.cpf(), "BR_CPF"), "dob": (g.dob(1955, 2003, "long"), "DATE_OF_BIRTH"),
         "mail": (g.email_of(cli), "EMAIL_ADDRESS"), "phone": (g.phone(mobile=True), "PHONE_NUMBER"),
         "ag": (g.agencia(), "BANK_ACCOUNT"), "cc": (g.conta(), "BANK_ACCOUNT"),
         "bank": g.pick(["Nubank", "Itaú", "Inter", "Banco do Brasil", "C6"]),
         "ip": (g.ip(), "IP_ADDRESS"), "dt": f"{g.date(2025, 2025)} {g.hhmm()}",
         "val": g.money(15000, 900000), "guru": g.pick(["Luiz Barsi", "Warren Buffett", "Thiago Nigro",
                                                      "Primo Rico", "Jorge Paulo Lemann"]),
         "prof": g.pick(["moderado", "conservador", "arrojado"])}
    t = ("Gravação {dt} – onboarding – {firm} / {office}\nLog de aceite dos termos: IP {ip}\n\n"
         "Assessor: Boa tarde, aqui é o {adv}, do {office}, credenciado à {firm}. Falo com {cli}?\n"
         "Cliente: Isso, pode me chamar de {clif}.\n"
         "Assessor: Ótimo, {clif}. Por segurança vou confirmar alguns dados. CPF?\n"
         "Cliente: {cpf}.\nAssessor: Data de nascimento?\nCliente: {dob}.\n"
         "Assessor: E-mail e celular cadastrados?\nCliente: {mail}, e o celular {phone}.\n"
         "Assessor: Conta de mesma titularidade para resgates?\nCliente: {bank}, agência {ag}, conta {cc}.\n"
         "Assessor: Seu questionário de suitability deu perfil {prof}. Você pretende aportar quanto?\n"
         "Cliente: Uns {val}. Vi um vídeo do {guru} falando de dividendos e queria começar por ações de banco e "
         "Tesouro IPCA+ 2035.\nAssessor: Perfeito. Vou te mandar a carteira sugerida hoje. Qualquer coisa "
         "fala direto comigo, {advfull}, pelo WhatsApp do escritório.")
    return fill(t, v)


def fi_condo_fees(g: Gen) -> dict:
    """Condominium fee collection list sent by the property manager to the board."""
    sind = g.person(female=g.chance(0.6))
    owners = [g.person(word=g.chance(0.3)) for _ in range(5)]
    v = {"condo": g.pick(["CONDOMÍNIO RESIDENCIAL JARDIM DAS ACÁCIAS", "CONDOMÍNIO EDIFÍCIO BENTO GONÇALVES",
                          "CONDOMÍNIO SOLAR DONA ROSA", "RESIDENCIAL VILLAGGIO TOSCANA", "CONDOMÍNIO PARQUE DA LUZ"]),
         "adm": g.pick(["Lello Condomínios", "Administradora Auxiliadora Predial", "Protel Administração",
                        "Grupo Habitacional Cruz & Prado"]),
         "cnpj": (g.cnpj(), "BR_CNPJ"), "sind": P(sind.full), "month": g.pick(MONTHS).upper(),
         "lawyer": P(g.person(female=False).full), "oab": (g.crm("OAB"), "PROFESSIONAL_ID"), "acordo": g.date(2025, 2025)}
    units = ["AP 101 BL A", "AP 204 BL A", "AP 32 BL B", "AP 1203 BL C", "CASA 14"]
    for i, o in enumerate(owners):
        v[f"u{i}"] = units[i]
        v[f"o{i}"] = P(o.caps)
        v[f"m{i}"] = str(g.rng.randint(1, 9))
        v[f"val{i}"] = g.money(480, 9800)
    v["o4addr"] = (g.address(), "ADDRESS")
    v["o4cep"] = (g.cep(), "BR_CEP")
    v["o4mail"] = (g.email_of(owners[4]), "EMAIL_ADDRESS")
    v["o1phone"] = (g.phone(mobile=True), "PHONE_NUMBER")
    v["o0last"] = P(owners[0].last)
    t = ("{condo}\nCNPJ {cnpj} – Administração: {adm}\nRELAÇÃO DE UNIDADES INADIMPLENTES – posição {month}/2025\n\n"
         "UNIDADE - PROPRIETÁRIO(A) - MESES - DÉBITO ATUALIZADO - SITUAÇÃO\n"
         "{u0} - {o0} - {m0} - {val0} - notificado\n"
         "{u1} - {o1} - {m1} - {val1} - acordo em {acordo} (cel. {o1phone})\n"
         "{u2} - {o2} - {m2} - {val2} - ação de cobrança (Dr. {lawyer}, {oab})\n"
         "{u3} - {o3} - {m3} - {val3} - unidade alugada, boleto em nome do proprietário\n"
         "{u4} - {o4} - {m4} - {val4} - não residente; correspondência para {o4addr}, CEP {o4cep} / {o4mail}\n\n"
         "Síndico(a): {sind}\nObs.: a família {o0last} pediu parcelamento em 10x; deliberar na assembleia. "
         "Multa de 2% + juros de 1% a.m., art. 1.336 do Código Civil. Lista restrita ao conselho – não "
         "afixar no mural (LGPD).")
    return fill(t, v)


def fi_microcredit(g: Gen) -> dict:
    """Minutes of a solidarity-group micro-credit meeting (aval solidário)."""
    members = [g.person(female=True) for _ in range(5)]
    agent = g.person(female=False)
    v = {"prog": g.pick(["Crediamigo – Banco do Nordeste", "Banco Pérola – microcrédito", "Programa Bom Negócio Paraná",
                         "Banco da Família – aval solidário", "CrediPaz Microcrédito"]),
         "group": g.pick(["Mulheres de Fibra", "Rosa de Saron", "Luz do Amanhã", "Vitória Régia", "Estrela Guia"]),
         "city": g.pick(CITIES), "date": g.long_date(),
         "agent": P(agent.full), "agentf": P(agent.first),
         "coord": P(members[0].first), "val": g.money(1500, 6000), "tot": g.money(9000, 30000),
         "parc": str(g.pick([4, 6, 8, 12]))}
    acts = ["venda de cosméticos (Natura/Boticário)", "salgados e bolos por encomenda", "costura e consertos",
            "banca de hortifrúti na feira", "salão de beleza em casa", "revenda de roupas (sacoleira)"]
    g.rng.shuffle(acts)
    for i, m in enumerate(members):
        v[f"m{i}"] = P(m.full if i % 2 == 0 else m.short)
        v[f"c{i}"] = (g.cpf(), "BR_CPF")
        v[f"a{i}"] = acts[i]
    v["m4f"] = P(members[4].first.lower())
    v["m2f"] = P(members[2].first)
    v["m4phone"] = (g.phone(mobile=True), "PHONE_NUMBER")
    t = ("{prog}\nATA DE FORMAÇÃO DE GRUPO SOLIDÁRIO – \"{group}\" – {city}, {date}\n\n"
         "Reuniram-se na casa da coordenadora {coord} as empreendedoras abaixo, que se declaram avalistas "
         "umas das outras (aval solidário), com a presença do assessor de crédito {agent}:\n"
         "1 - {m0} - CPF {c0} - {a0}\n2 - {m1} - CPF {c1} - {a1}\n3 - {m2} - CPF {c2} - {a2}\n"
         "4 - {m3} - CPF {c3} - {a3}\n5 - {m4} - CPF {c4} - {a4}\n\n"
         "Valor por integrante: {val}; total do grupo: {tot}, em {parc} parcelas. O assessor {agentf} explicou que, se uma "
         "não pagar, as outras cobrem a parcela. {m2f} ficou como tesoureira. A {m4f} não tem conta, vai "
         "receber por ordem de pagamento; contato {m4phone}.\nNada mais havendo, lavrou-se a presente ata, "
         "assinada por todas.")
    return fill(t, v)


def fi_fx_receipt(g: Gen) -> dict:
    """Foreign-exchange purchase receipt (espécie / cartão pré-pago) of a currency exchange."""
    cli = g.person()
    op = g.person()
    v = {"house": g.pick(["Confidence Câmbio", "Frente Corretora de Câmbio", "Cotação DTVM", "Daycoval Câmbio",
                          "Travelex Bank"]),
         "cnpj": (g.cnpj(), "BR_CNPJ"), "store": g.pick(["loja Shopping Morumbi", "quiosque Aeroporto de Viracopos",
                                                         "agência Rua Barão de Itapetininga", "loja Pátio Batel"]),
         "nr": f"{g.rng.randint(2025, 2025)}/{g.digits(9)}", "date": f"{g.date(2025, 2025)} {g.hhmm()}",
         "cli": P(cli.caps), "cpf": (g.cpf(), "BR_CPF"), "dob": (g.dob(1950, 2005), "DATE_OF_BIRTH"),
         "addr": (g.address(), "ADDRESS"), "cep": (g.cep(), "BR_CEP"), "phone": (g.phone(), "PHONE_NUMBER"),
         "cur": (fx := g.pick([("USD – Dólar americano", "Orlando (EUA)", 5), ("EUR – Euro", "Lisboa", 6),
                               ("GBP – Libra esterlina", "Londres", 7), ("USD – Dólar americano", "Nova York", 5),
                               ("EUR – Euro", "Roma", 6)]))[0], "dest": fx[1],
         "amount": f"{g.rng.randint(300, 5000)},00", "tx": f"{fx[2]},{g.digits(4)}",
         "vet": f"{fx[2]},{g.rng.randint(5000, 9999)}", "iof": g.money(5, 300), "total": g.money(1500, 30000),
         "card": (g.card(), "CREDIT_CARD"), "op": P(op.full), "opf": P(op.first),
         "mot": g.pick(["viagem a turismo", "viagem a negócios", "tratamento de saúde", "estudos (intercâmbio)"]),
         "bacen": f"{g.digits(9)}"}
    t = ("{house} – CNPJ {cnpj} – {store}\nCOMPROVANTE DE OPERAÇÃO DE CÂMBIO – VENDA DE MOEDA ESTRANGEIRA\n"
         "Nº {nr}   Data/hora: {date}   Registro Bacen: {bacen}\n\n"
         "CLIENTE: {cli}\nCPF: {cpf}   Nasc.: {dob}\nEndereço: {addr} – CEP {cep}   Tel.: {phone}\n"
         "Natureza: {mot} – destino {dest}\n\n"
         "Moeda: {cur}   Quantidade: {amount}   Taxa: {tx}\nIOF (1,1%): {iof}   VET: R$ {vet}\n"
         "TOTAL PAGO: {total} – cartão de débito/crédito {card}\n\n"
         "Declaro que os recursos têm origem lícita. Operador: {op}. "
         "Dúvidas: fale com o(a) {opf} na {store}.")
    return fill(t, v)


TEMPLATES = {
    "atendimento": [at_car_rental, at_realty_visits, at_hotel_email, at_isp_chat, at_funeral_plan,
                    at_lost_found, at_ticket_transfer],
    "juridico": [ju_adoption, ju_arbitration, ju_matricula, ju_prison_visit, ju_tre, ju_procon_audio,
                 ju_will],
    "saude": [sa_ambulance, sa_transfusion, sa_ophthalmology, sa_discharge_call, sa_occupational,
              sa_trial_consent, sa_speech_therapy],
    "financeiro": [fi_auction, fi_payroll, fi_life_claim, fi_broker_onboarding, fi_condo_fees,
                   fi_microcredit, fi_fx_receipt],
}


def build(seed: int = SEED, copies: int = COPIES) -> list[dict]:
    g = Gen(seed)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(copies):
                rec = func(g)
                rec["spans"].sort(key=lambda s: (s["start"], s["end"]))
                records.append({"id": f"{domain}-{index}-{copy}", "domain": domain, **rec})
    return records


def main() -> None:
    records = build()
    with (HERE / "eleventh.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("eleventh", len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main()
