"""Build the tenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_tenth_set.py

Written blind to the detectors (their code, word lists, contexts and scores were not read),
in registers none of the eight earlier sets uses, with its own name lists. The documents
look the way they arrive from OCR and copy-paste: irregular spacing and line breaks, mixed
case, forwarded e-mails ("---------- Mensagem encaminhada ----------", "De:", "Para:"),
signatures, quoted replies ("> "), spreadsheets pasted as text and long narratives.

Registers (7 per domain):
  atendimento: forwarded complaint chains between departments, field-sales visit notes, gym
    cancellation requests, energy-meter disputes, debt-collection call transcripts with
    relatives answering, school cancellation e-mails, airline baggage-irregularity reports;
  juridico: guardianship (curatela) petitions, union assembly minutes, police statements
    (termo de declarações), consumer class-action lists of plaintiffs, real-estate purchase
    contracts with spouses, bailiff's certificates, extrajudicial rent notices forwarded to
    the lawyer;
  saude: involuntary psychiatric admission notices, CAPS group attendance lists, obstetric
    delivery summaries, occupational accident reports (CAT), pediatric growth follow-ups,
    pharmacovigilance reports, emergency transfer requests (regulação);
  financeiro: guarantor forms, insurance beneficiary designations, anti-fraud case notes,
    payroll bank-change requests by HR, Pronaf rural credit forms, factoring contracts,
    requests to release a deceased account holder's balance to the heirs.

Each template is a function that writes one document through `Doc`: plain text is never
labelled, values passed as (text, label) become gold spans, so offsets are known by
construction. People appear as full names, first names alone, surnames after titles
("Sr. Haddad" -> "Haddad"), ALL CAPS, lower case, " - " separated lists and airline
"SURNAME/GIVEN" form; relatives share surnames. Hard negatives sit next to them: companies,
streets, schools, hospitals, cities and laws named after people, public and religious
figures, brand personas, words that are also names (rosa, luz, cruz, vitória, branco,
bento), and look-alike numbers (protocols, meters, consumer units, tickets, process
numbers, CNAE/CBO codes) that fail every checksum of their length.

Identifier check digits come from the same functions as the earlier sets (imported through
make_eval_sets.py).
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_eval_sets as mev  # noqa: E402

ck = mev.checksums
SEED = 10
PER_TEMPLATE = 10

# ----------------------------------------------------------------------------------------
# names (own lists)
# ----------------------------------------------------------------------------------------
PT_F = ["Maria José", "Francisca", "Antônia", "Lucimara", "Gleiciane", "Jaqueline", "Thaís",
        "Valdirene", "Cleonice", "Joelma", "Marinalva", "Zuleide", "Cleusimar", "Nadir",
        "Rosimeire", "Elisângela", "Cristiane", "Patrícia", "Daiane", "Tatiane", "Simone",
        "Geovana", "Emilly", "Ágatha", "Heloísa", "Maria Eduarda", "Ana Clara", "Luana",
        "Kethlen", "Rayssa", "Jéssica", "Sheila", "Vanderleia", "Edineia", "Gracilene",
        "Josefa", "Raimunda", "Terezinha", "Neide", "Solange", "Márcia", "Adriele",
        "Kelly Cristina", "Silvana", "Maria do Socorro", "Joseane", "Claudete", "Ivanilda"]
PT_M = ["Josivaldo", "Welington", "Kauã", "Ryan", "Edivaldo", "Josué", "Reginaldo",
        "Erisvan", "Wanderson", "Jailson", "Maicon", "Kleber", "Davi", "Arthur", "Enzo",
        "Miguel", "Thiago", "Luan", "Ítalo", "Railson", "Lindomar", "Valdemir", "Djalma",
        "Gerson", "Sidnei", "Cícero", "Francisco de Assis", "José Wilson", "Antônio Marcos",
        "Genivaldo", "Adalberto", "Uelton", "Rivaldo", "Juscelino", "Deivid", "Jhonatan",
        "Paulo Henrique", "Marcos Vinícius", "Everaldo", "Nivaldo", "Ademir", "Osvaldo",
        "Gilmar", "Valmir", "Jefferson", "Wesley", "Raí", "Lucas Gabriel"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira",
          "Rodrigues", "Almeida", "Nascimento", "Araújo", "Ribeiro", "Gomes", "Barbosa",
          "Moreira", "Cardoso", "Teixeira", "Cavalcanti", "Albuquerque", "Medeiros",
          "Bezerra", "Nogueira", "Magalhães", "Pimentel", "Vasconcelos", "Brandão", "Sampaio",
          "Queiroz", "Tavares", "Siqueira", "Macedo", "Fonseca", "Aragão", "Meireles",
          "Lacerda", "Mendonça", "Guimarães", "Falcão", "Holanda", "Feitosa", "Lustosa",
          "Leitão", "Damasceno", "Rangel", "Assunção", "Quintela", "Sobral", "Valadares",
          "Xavier", "Bittencourt", "Marinho", "Conceição", "Trindade", "Nunes", "Batista"]
PARTICLE_SUR = [("da", "Silva"), ("dos", "Santos"), ("de", "Souza"), ("da", "Conceição"),
                ("de", "Jesus"), ("do", "Nascimento"), ("dos", "Anjos"), ("da", "Costa"),
                ("de", "Assis"), ("das", "Neves"), ("do", "Carmo"), ("da", "Paixão")]
# given names and surnames that are also ordinary words
WORD_F = ["Rosa", "Luz", "Vitória", "Glória", "Dalva", "Estrela", "Serena", "Clara"]
WORD_M = ["Bento", "Natalino", "Amado", "Vitorino", "Prudente", "Constantino"]
WORD_SUR = ["Cruz", "Branco", "Rosa", "Luz", "Paz", "Leal", "Prado", "Campos", "Rocha",
            "Coelho", "Franco", "Ramos", "Barros", "Fontes", "Serra", "Pinto", "Bento",
            "Vitória", "Raposo", "Sales"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho", "Jr."]
ORIGINS = {
    "italiana": (["Graziella", "Luigina", "Pierina", "Carla", "Fiorella"],
                 ["Giovanni", "Pietro", "Ernesto", "Angelo", "Dario"],
                 ["Bertolini", "Zanetti", "Pavan", "Lorenzon", "Cavalin", "Dal Molin",
                  "Scarpellini", "Tonial", "Fiorentin", "Mazzocco"]),
    "alemã": (["Gisela", "Ingrid", "Helga", "Elfriede", "Marlise"],
              ["Helmut", "Dieter", "Egon", "Arno", "Lauro"],
              ["Schroeder", "Krüger", "Hoffmann", "Wendt", "Weiss", "Lehmkuhl",
               "Zimmermann", "Rasch", "Baumgarten", "Stein"]),
    "japonesa": (["Akemi", "Yumi", "Sayuri", "Keiko", "Naomi"],
                 ["Kenji", "Hiroshi", "Tadashi", "Massao", "Yoshio"],
                 ["Nakamura", "Yamaguchi", "Fujimoto", "Takahashi", "Ishikawa", "Morimoto",
                  "Hayashi", "Okada", "Sakamoto", "Uehara"]),
    "árabe": (["Farida", "Leila", "Rania", "Samira", "Jamile"],
              ["Samir", "Jamil", "Nagib", "Fuad", "Habib"],
              ["Haddad", "Khoury", "Abdalla", "Nasser", "Salomão", "Maluf", "Gebara",
               "Chaccur", "Mattar", "Assad"]),
    "polonesa": (["Jadwiga", "Wanda", "Bronislawa", "Halina"],
                 ["Kazimierz", "Stanislau", "Zbigniew", "Tadeu"],
                 ["Kowalski", "Wisniewski", "Nowak", "Zielinski", "Mazur", "Kaminski",
                  "Lewandowski", "Dombrowski"]),
    "ucraniana": (["Oksana", "Olena", "Nadia", "Iryna"],
                  ["Taras", "Ostap", "Mykola", "Vasyl"],
                  ["Kovalenko", "Shevchuk", "Melnyk", "Bondarenko", "Tkachuk", "Boiko",
                   "Kravchenko", "Sawczuk"]),
    "coreana": (["Min-jung", "Seo-yeon", "Ji-woo", "Hye-jin"],
                ["Ji-hoon", "Sung-min", "Dong-hyun", "Jae-won"],
                ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "chinesa": (["Li Na", "Mei", "Xiaoling", "Yan"],
                ["Wei", "Xiaoming", "Jun", "Hao"],
                ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Lin"]),
    "hispânica": (["Ximena", "Milagros", "Yesenia", "Rocío", "Guadalupe"],
                  ["Alejandro", "Wilber", "Evo", "Nahuel", "Ronald"],
                  ["Quispe", "Mamani", "Gutiérrez", "Cárdenas", "Villca", "Choque",
                   "Huamán", "Condori"]),
    "haitiana": (["Wideline", "Nadège", "Mirlande", "Guerline", "Rose-Merline"],
                 ["Marckenson", "Fritznel", "Woodley", "Jocelyn", "Wilner"],
                 ["Pierre-Louis", "Joseph", "Dorvil", "Saint-Fleur", "Desrosiers",
                  "Exantus", "Jean-Louis", "Petit-Frère"]),
    "africana": (["Adaeze", "Ngozi", "Nzinga", "Ebere", "Wanjiru"],
                 ["Chukwuemeka", "Oluwaseun", "Kiala", "Babatunde", "Nkosi"],
                 ["Okonkwo", "Adeyemi", "Nwosu", "Mbala", "Kiluange", "Okafor", "Balogun",
                  "Lukamba"]),
    "indígena": (["Potyra", "Araci", "Tainá", "Jaciara", "Yara"],
                 ["Ubiratã", "Iberê", "Moacir", "Anhangá", "Caiuby"],
                 ["Kaingang", "Terena", "Pataxó", "Tupinambá", "Guarani", "Fulni-ô"]),
    "judaica": (["Raquel", "Ilana", "Yael", "Sarah", "Esther"],
                ["Moshe", "Avraham", "Itzhak", "Benjamin", "Saul"],
                ["Goldberg", "Rosenthal", "Feldman", "Szpigel", "Bernstein", "Lerner",
                 "Wajnberg", "Grinberg"]),
}
NICKNAMES = ["Tião", "Zeca", "Nenê", "Cidinha", "Dinho", "Preta", "Neguinho", "Pardal",
             "Toninho", "Lourdinha", "Galego", "Bié"]

UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "MA", "PB", "ES", "MS"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
WEEKDAYS = ["seg.", "ter.", "qua.", "qui.", "sex."]
STREET_TYPES = ["Rua", "Rua", "R.", "Avenida", "Av.", "Travessa", "Tv.", "Alameda", "Estrada",
                "Rodovia", "Servidão", "Beco"]
STREET_NAMES = ["Coronel Joaquim Tavares", "Padre Anchieta", "Dom Bosco", "São Bento",
                "das Acácias", "Sete de Setembro", "Barão do Rio Branco", "Floriano Peixoto",
                "Treze de Maio", "Professora Zilda Arns", "Manoel Ribas", "João Pessoa",
                "Santa Cruz", "Vitória Régia", "Rosa e Silva", "Ipiranga", "dos Andradas",
                "Senador Salgado Filho", "Doutor Arnaldo", "Tenente Portela", "das Palmeiras",
                "Antônio Raposo", "Pedro Álvares Cabral", "Frei Caneca", "Jardim Botânico",
                "Monteiro Lobato", "Marechal Rondon", "Irmã Dulce", "Leopoldo Bulhões",
                "Projetada 4", "A", "Campos Sales", "Visconde de Mauá"]
BAIRROS = ["Centro", "Jardim América", "Vila Rosa", "Boa Vista", "Santa Luzia", "Bela Vista",
           "Parque São Bento", "Conjunto Habitacional Luz do Sol", "Cidade Nova", "Bom Jardim",
           "Vila Branca", "Jardim Primavera", "Alto da Cruz", "Morada do Sol", "Prado Velho"]
CITIES = ["Teixeira de Freitas/BA", "Governador Valadares/MG", "Juiz de Fora/MG",
          "Presidente Prudente/SP", "Bento Gonçalves/RS", "Vitória da Conquista/BA",
          "Campos dos Goytacazes/RJ", "Santa Cruz do Sul/RS", "Vitória/ES", "Caxias do Sul/RS",
          "Marechal Cândido Rondon/PR", "Castro Alves/BA", "Luz/MG", "Cruz das Almas/BA",
          "Coronel Fabriciano/MG", "Joinville/SC", "Petrolina/PE", "Imperatriz/MA",
          "Rio Branco/AC", "Duque de Caxias/RJ", "São José dos Pinhais/PR", "Sobral/CE",
          "Paulo Afonso/BA", "Campina Grande/PB", "Dourados/MS", "Chapecó/SC"]
PERSONAL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br",
                    "icloud.com", "uol.com.br", "terra.com.br"]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


# ----------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------
@dataclass
class Person:
    given: str
    surnames: list[tuple[str, str]]  # (particle, surname)
    female: bool
    suffix: str = ""
    nick: str = ""
    origin: str = "pt"

    @property
    def full(self) -> str:
        parts = [self.given] + [f"{p} {s}" if p else s for p, s in self.surnames]
        if self.suffix:
            parts.append(self.suffix)
        return " ".join(parts)

    @property
    def first(self) -> str:
        return self.given.split()[0] if " " in self.given and "-" not in self.given else self.given

    @property
    def last(self) -> str:
        return self.surnames[-1][1]

    @property
    def short(self) -> str:
        p, s = self.surnames[-1]
        return f"{self.first} {s}"

    @property
    def inverted(self) -> str:  # "HADDAD/SAMIR"
        return f"{self.last}/{self.given}".upper()


@dataclass
class Doc:
    text: str = ""
    spans: list[dict] = field(default_factory=list)

    def add(self, value: str, label: str | None = None) -> None:
        if label:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(value),
                               "label": label})
        self.text += value

    def fill(self, template: str, v: dict) -> None:
        cursor = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.add(template[cursor:m.start()])
            val = v[m.group(1)]
            if isinstance(val, tuple):
                self.add(val[0], val[1])
            else:
                self.add(str(val))
            cursor = m.end()
        self.add(template[cursor:])


def P(name: str) -> tuple[str, str]:
    return (name, "PERSON")


class Filler:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # -- helpers -------------------------------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # -- people --------------------------------------------------------------------------
    def person(self, female: bool | None = None, origin: str | None = None,
               word: bool | None = None, suffix: bool | None = None) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else rng.choice(sorted(ORIGINS))
        if word is None:
            word = rng.random() < 0.14
        if origin == "pt":
            given = rng.choice(WORD_F if female else WORD_M) if word and rng.random() < 0.5 \
                else rng.choice(PT_F if female else PT_M)
            n = rng.choice([1, 2, 2, 2, 3])
            surnames: list[tuple[str, str]] = []
            pool = PT_SUR
            for i in range(n):
                if rng.random() < 0.2:
                    pair = rng.choice(PARTICLE_SUR)
                elif word and i == n - 1:
                    pair = ("", rng.choice(WORD_SUR))
                else:
                    pair = ("", rng.choice(pool))
                if pair not in surnames and pair[1] != given:
                    surnames.append(pair)
            if not surnames:
                surnames.append(("", rng.choice(PT_SUR)))
        else:
            gf, gm, sur = ORIGINS[origin]
            given = rng.choice(gf if female else gm) if rng.random() < 0.65 \
                else rng.choice(PT_F if female else PT_M)
            surnames = [("", rng.choice(sur))]
            if rng.random() < 0.35:
                surnames.insert(0, ("", rng.choice(PT_SUR)) if rng.random() < 0.6
                                else ("", rng.choice([s for s in sur if s != surnames[0][1]])))
        sfx = ""
        if not female and (suffix or (suffix is None and rng.random() < 0.08)):
            sfx = rng.choice(SUFFIXES)
        return Person(given, surnames, female, sfx, origin=origin)

    def kin(self, of: Person, female: bool | None = None, keep: int = 1) -> Person:
        """A relative who carries `of`'s last surname(s)."""
        if female is None:
            female = self.chance(0.5)
        other = self.person(female=female, origin=of.origin if of.origin != "pt" else "pt",
                            word=False, suffix=False)
        own = [s for s in other.surnames if s not in of.surnames][:1]
        if of.origin in ("coreana", "chinesa", "japonesa") and self.chance(0.6):
            own = []
        other.surnames = own + of.surnames[-keep:]
        return other

    def pv(self, v: dict, key: str, p: Person) -> Person:
        v[key] = P(p.full)
        v[key + "_F"] = P(p.first)
        v[key + "_L"] = P(p.last)
        v[key + "_S"] = P(p.short)
        v[key + "_UP"] = P(p.full.upper())
        v[key + "_low"] = P(p.full.lower())
        v[key + "_fl"] = P(p.first.lower())
        v[key + "_FUP"] = P(p.first.upper())
        v[key + "_SUP"] = P(p.short.upper())
        v[key + "_INV"] = P(p.inverted)
        v[key + "_o"] = "a" if p.female else "o"
        v[key + "_e"] = "a" if p.female else ""
        v[key + "_a"] = "a" if p.female else ""
        v[key + "_Art"] = "A" if p.female else "O"
        v[key + "_ele"] = "ela" if p.female else "ele"
        v[key + "_del"] = "dela" if p.female else "dele"
        v[key + "_meu"] = "minha" if p.female else "meu"
        v[key + "_Sr"] = "Sra." if p.female else "Sr."
        v[key + "_Dr"] = "Dra." if p.female else "Dr."
        v[key + "_dona"] = "Dona" if p.female else "Seu"
        return p

    # -- identifiers (valid) -------------------------------------------------------------
    def cpf(self, style: str | None = None) -> tuple[str, str]:
        body = self.digits(9)
        n = body + ck.cpf_check_digits(body)
        style = style or self.ch(["dot"] * 6 + ["raw"] * 2 + ["half"])
        if style == "dot":
            s = f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
        elif style == "half":
            s = f"{n[:9]}-{n[9:]}"
        else:
            s = n
        return (s, "BR_CPF")

    def cnpj(self) -> tuple[str, str]:
        body = self.digits(8) + self.ch(["0001", "0001", "0002", "0003"])
        n = body + ck.cnpj_check_digits(body)
        if self.chance(0.85):
            return (f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}", "BR_CNPJ")
        return (n, "BR_CNPJ")

    def rg(self) -> tuple[str, str]:
        body = self.digits(8)
        dv = ck.rg_sp_check_digit(body)
        s = self.ch([f"{body[:2]}.{body[2:5]}.{body[5:]}-{dv}", f"{body}-{dv}",
                     f"{body[:2]}.{body[2:5]}.{body[5:]}-{dv}"])
        return (s, "BR_RG")

    def cnh(self) -> tuple[str, str]:
        while True:
            body = self.digits(9)
            n = body + ck.cnh_check_digits(body)
            if ck.is_valid_cnh(n):
                return (n, "BR_CNH")

    def pis(self) -> tuple[str, str]:
        body = self.ch("12") + self.digits(9)
        n = body + ck.pis_check_digit(body)
        if self.chance(0.6):
            return (f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}", "BR_PIS")
        return (n, "BR_PIS")

    def titulo(self) -> tuple[str, str]:
        body = self.digits(8) + f"{self.rng.randint(1, 28):02d}"
        n = body + ck.titulo_check_digits(body)
        return (f"{n[:4]} {n[4:8]} {n[8:]}" if self.chance(0.6) else n, "BR_TITULO_ELEITOR")

    def cns(self) -> tuple[str, str]:
        while True:
            body = self.ch("789") + self.digits(13)
            last = -sum(int(c) * w for c, w in zip(body, range(15, 1, -1))) % 11
            if last < 10:
                n = body + str(last)
                return (f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if self.chance(0.6) else n,
                        "BR_CNS")

    def cep(self) -> tuple[str, str]:
        n = str(self.rng.randint(0, 9)) + self.digits(7)
        if self.chance(0.15):
            return (f"{n[:2]}.{n[2:5]}-{n[5:]}", "BR_CEP")
        return (f"{n[:5]}-{n[5:]}", "BR_CEP")

    def phone(self, mobile: bool | None = None, ddd: str | None = None) -> tuple[str, str]:
        ddd = ddd or self.ch(["11", "21", "31", "41", "47", "51", "54", "61", "62", "71",
                              "73", "75", "81", "83", "85", "87", "91", "98", "27", "67"])
        if mobile is None:
            mobile = self.chance(0.75)
        local = ("9" + self.digits(8)) if mobile else (str(self.rng.randint(2, 5)) + self.digits(7))
        head, tail = local[:-4], local[-4:]
        s = self.ch([f"({ddd}) {head}-{tail}", f"({ddd}) {head}-{tail}", f"{ddd} {head}-{tail}",
                     f"+55 {ddd} {head}-{tail}", f"({ddd}){head}-{tail}", f"{ddd} {head} {tail}"])
        return (s, "PHONE_NUMBER")

    def email(self, p: Person, domain: str | None = None) -> tuple[str, str]:
        first = re.sub(r"[^a-z]", "", fold(p.first).lower())
        last = re.sub(r"[^a-z]", "", fold(p.last).lower())
        if domain:
            local = self.ch([f"{first}.{last}", f"{first[0]}{last}", f"{first}.{last}"])
        else:
            local = self.ch([f"{first}.{last}", f"{first}{last}", f"{first}_{last}{self.rng.randint(1, 99)}",
                             f"{first}{self.rng.randint(70, 2005)}", f"{last}.{first}",
                             f"{first[0]}{last}{self.digits(2)}"])
            domain = self.ch(PERSONAL_DOMAINS)
        return (f"{local}@{domain}", "EMAIL_ADDRESS")

    def card(self) -> tuple[str, str]:
        body = self.ch("45") + self.digits(14)
        n = body + ck.luhn_check_digit(body)
        return (" ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.chance(0.75) else n,
                "CREDIT_CARD")

    def pix(self) -> tuple[str, str]:
        return (str(uuid.UUID(int=self.rng.getrandbits(128), version=4)), "PIX_KEY")

    def plate(self) -> tuple[str, str]:
        L = "".join(self.ch(string.ascii_uppercase) for _ in range(3))
        if self.chance(0.5):
            return (f"{L}-{self.digits(4)}" if self.chance(0.7) else f"{L}{self.digits(4)}",
                    "LICENSE_PLATE")
        return (f"{L}{self.digits(1)}{self.ch(string.ascii_uppercase)}{self.digits(2)}",
                "LICENSE_PLATE")

    def agency(self) -> tuple[str, str]:
        return (self.ch([self.digits(4), f"{self.digits(4)}-{self.digits(1)}", self.digits(4)]),
                "BANK_ACCOUNT")

    def account(self) -> tuple[str, str]:
        return (self.ch([f"{self.digits(5)}-{self.digits(1)}", f"{self.digits(6)}-{self.digits(1)}",
                         f"{self.digits(8)}-{self.digits(1)}", f"{self.digits(4)}{self.digits(1)}-X",
                         f"{self.digits(2)}.{self.digits(3)}-{self.digits(1)}"]), "BANK_ACCOUNT")

    def address(self, caps: bool = False) -> tuple[str, str]:
        st = self.ch(STREET_TYPES)
        name = self.ch(STREET_NAMES)
        num = self.ch([str(self.rng.randint(2, 2999)), str(self.rng.randint(2, 999)),
                       f"nº {self.rng.randint(2, 1999)}", f"n° {self.rng.randint(2, 999)}"])
        comp = self.ch(["", "", "", f", apto {self.rng.randint(11, 1204)}",
                        f", casa {self.rng.randint(1, 6)}", f", bloco {self.ch('ABCD')}, apto {self.rng.randint(101, 504)}",
                        f", fundos", f" - ap. {self.rng.randint(11, 304)}", f", Qd. {self.rng.randint(1, 40)} Lt. {self.rng.randint(1, 30)}"])
        if st in ("Estrada", "Rodovia"):
            comp = ""
        s = f"{st} {name}, {num}{comp}"
        return (s.upper() if caps else s, "ADDRESS")

    def dob(self, lo: int = 1948, hi: int = 2004, style: str | None = None) -> tuple[str, str]:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        style = style or self.ch(["slash"] * 5 + ["dot", "long", "dash", "short"])
        s = {"slash": f"{d:02d}/{m:02d}/{y}", "dot": f"{d:02d}.{m:02d}.{y}",
             "long": f"{d} de {MONTHS[m - 1]} de {y}", "dash": f"{d:02d}-{m:02d}-{y}",
             "short": f"{d:02d}/{m:02d}/{y % 100:02d}"}[style]
        return (s, "DATE_OF_BIRTH")

    def ip(self, v6: float = 0.0) -> tuple[str, str]:
        if self.chance(v6):
            groups = ["2804", self.ch(["14c", "7f0", "d59", "431"])] + \
                     [f"{self.rng.randint(0, 65535):x}" for _ in range(6)]
            return (":".join(groups), "IP_ADDRESS")
        first = self.ch([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 170, 45])
        return (f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                "IP_ADDRESS")

    def council(self, kind: str, uf: str | None = None) -> tuple[str, str]:
        uf = uf or self.ch(UFS)
        n = self.digits(self.ch([5, 6]))
        dotted = f"{n[:-3]}.{n[-3:]}"
        forms = {
            "CRM": [f"CRM/{uf} {n}", f"CRM-{uf} {n}", f"CRM {n}/{uf}", f"CRM-{uf} nº {n}"],
            "COREN": [f"COREN-{uf} {dotted}", f"COREN/{uf} {n}-ENF", f"COREN-{uf} {n}"],
            "CRP": [f"CRP {self.rng.randint(1, 24):02d}/{n}", f"CRP-{self.rng.randint(1, 24):02d}/{dotted}"],
            "CRF": [f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"],
            "OAB": [f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} {n}"],
            "CRESS": [f"CRESS {self.rng.randint(1, 25)}ª Região nº {n}", f"CRESS/{uf} {n}"],
            "CREA": [f"CREA-{uf} {n}{self.ch(['', '/D', '-D'])}", f"CREA/{uf} {dotted}"],
            "CRECI": [f"CRECI/{uf} {n}", f"CRECI-{uf} {n}-F"],
        }[kind]
        return (self.ch(forms), "PROFESSIONAL_ID")

    # -- look-alike negatives ------------------------------------------------------------
    def neg(self, n: int) -> str:
        """n random digits that are valid under no checksum of that length."""
        while True:
            s = str(self.rng.randint(1, 9)) + self.digits(n - 1)
            bad = False
            if n == 11:
                bad = ck.is_valid_cpf(s) or ck.is_valid_pis(s) or ck.is_valid_cnh(s)
            elif n == 14:
                bad = ck.is_valid_cnpj(s)
            elif n == 15:
                bad = ck.is_valid_cns(s)
            elif n == 12:
                bad = ck.is_valid_titulo(s)
            elif n in (13, 16, 19):
                bad = ck.is_valid_luhn(s)
            elif n == 9:
                bad = ck.rg_sp_check_digit(s[:8]) == s[8]
            if not bad:
                return s

    def money(self, lo: int = 50, hi: int = 9000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        reais, cents = divmod(v, 100)
        return f"R$ {reais:,}".replace(",", ".") + f",{cents:02d}"

    def date(self, y0: int = 2023, y1: int = 2025) -> str:
        return f"{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}/{self.rng.randint(y0, y1)}"

    def long_date(self, y0: int = 2024, y1: int = 2025) -> str:
        return f"{self.rng.randint(1, 28)} de {self.ch(MONTHS)} de {self.rng.randint(y0, y1)}"

    def hhmm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def cnj(self, tr: str = "8.26") -> str:
        return f"{self.digits(7)}-{self.digits(2)}.{self.rng.randint(2019, 2025)}.{tr}.{self.digits(4)}"

    def protocol(self) -> str:
        while True:
            year = f"{self.rng.randint(2023, 2025)}{self.digits(8)}"
            if not ck.is_valid_titulo(year):
                break
        return self.ch([self.neg(11), year,
                        f"{self.digits(3)}.{self.digits(3)}.{self.digits(3)}",
                        f"#{self.digits(7)}", f"{self.ch(string.ascii_uppercase)}{self.digits(9)}"])

    def city(self) -> str:
        return self.ch(CITIES)

    def bairro(self) -> str:
        return self.ch(BAIRROS)


# ----------------------------------------------------------------------------------------
# atendimento
# ----------------------------------------------------------------------------------------
def at_forward_chain(f: Filler, d: Doc) -> None:
    """Complaint forwarded between departments, with quoted customer e-mail."""
    v: dict = {}
    company, dom = f.ch([("Energisul Distribuidora", "energisul.com.br"),
                         ("Conecta Fibra Telecom", "conectafibra.net.br"),
                         ("Lojas Dom Pedro", "lojasdompedro.com.br"),
                         ("Seguradora Bento Gonçalves", "segbento.com.br")])
    a = f.pv(v, "A", f.person())
    b = f.pv(v, "B", f.person())
    c = f.pv(v, "C", f.person())
    att = f.pv(v, "T", f.person())
    v.update(company=company, A_mail=f.email(a, dom), B_mail=f.email(b, dom), C_mail=f.email(c),
             A_tel=f.phone(mobile=False), C_tel=f.phone(mobile=True), CPF=f.cpf(), END=f.address(),
             CEP=f.cep(), bairro=f.bairro(), city=f.city(), prot=f.protocol(), prot2=f.protocol(),
             money=f.money(60, 480), money2=f.money(60, 480), date=f.date(2025, 2025),
             date2=f.date(2025, 2025), hh=f.hhmm(), hh2=f.hhmm(), wd=f.ch(WEEKDAYS),
             contract=f.neg(11), region=f.ch(["Sul", "Nordeste I", "Capital", "Vale do Rio Doce"]),
             bot=f.ch(["a Lia, assistente virtual", "o Max (nosso robô)", "a Bia do chat",
                       "a assistente virtual Sol"]),
             ccc=f.ch(["Ouvidoria", "Jurídico Consumidor", "Faturamento - Regional Sul",
                       "Qualidade N2"]),
             sig=f.ch(["Enviado do meu iPhone", "Enviado do meu Galaxy", "Obtenha o Outlook para Android",
                       "--\nsem mais"]))
    d.fill("---------- Mensagem encaminhada ---------\nDe: {A} <{A_mail}>\n"
           "Data: {wd}, {date} {hh}\nAssunto: ENC: RECLAMAÇÃO - cobrança em duplicidade - prot. "
           "{prot}\nPara: {B} <{B_mail}>\nCc: {ccc}\n\n\n{B_F}, bom dia\n\nsegue abaixo a "
           "reclamação d{C_o} cliente  , {C_ele} ja ligou 3x e ameaçou ir no Procon de {city}.\n"
           "Pode ver com o pessoal do  faturamento? o sistema mostra o CPF {CPF} com DUAS faturas "
           "de {money} na mesma competência. Conversei com {T_F} do chat e {T_ele} disse q o estorno "
           "ficou travado.\n\nAtt,\n\n{A_UP}\nAnalista de Relacionamento | {company}\n"
           "{A_tel} | Ramal 4410\n\n", v)
    if f.chance(0.5):
        d.fill("> Em {date2} {hh2}, {C} <{C_mail}> escreveu:\n>\n> Boa tarde,\n> meu nome é {C}, "
               "sou cliente desde 2019 (contrato {contract}). Fui\n> cobrad{C_o} DUAS vezes, "
               "{money} e depois {money2}. Ja falei com {T_o} atendente {T_F}\n> e com {bot} e "
               "ninguém resolve!!! Meu celular é {C_tel}, endereço de\n> cobrança {END} - "
               "{bairro} , CEP {CEP}.\n> Quero o estorno em dobro conforme o Código de Defesa do "
               "Consumidor.\n>\n> {C_F}\n> {sig}\n", v)
    else:
        d.fill("-----Mensagem original-----\nDe: {C_low} [mailto:{C_mail}]\nEnviada em: {date2} "
               "{hh2}\nPara: SAC {company}\nAssunto: reclamação protocolo {prot2}\n\nboa tarde,\n"
               "aqui quem escreve é {C_S}. Paguei a fatura de {money} e veio de novo no mês\n"
               "seguinte. Quem me atendeu no chat, {T_F}, falou que ia retornar e nada. {bot} só manda "
               "link.\nEndereço: {END} ({bairro}) CEP {CEP}\ncel {C_tel}\n\nobrigad{C_o}\n"
               "{C_UP}\n", v)
    d.fill("\n---\n{B_F} respondeu em {date2}: \"{A_F}, verifiquei. Estorno de {money} lançado; "
           "avisar {C_Sr} {C_L} que cai na próxima fatura. Fechar prot. {prot} como procedente.\"", v)


def at_field_sales(f: Filler, d: Doc) -> None:
    """A sales rep's visit notes pasted from the phone's notes app."""
    v: dict = {}
    rep = f.pv(v, "R", f.person())
    sup = f.pv(v, "S", f.person())
    v.update(date=f.date(2025, 2025), route=f.ch(["Rota 07 - Sertão", "ROTA 12 LITORAL NORTE",
                                                  "rota 3 (serra gaúcha)", "Rota Vale do Itajaí"]),
             brand=f.ch(["Café Tia Rosa", "Biscoitos São Bento", "Refrigerantes Cruz Alta",
                         "Laticínios Vitória"]),
             city=f.city(), km=str(f.rng.randint(120, 480)))
    d.fill("RELATÓRIO DE VISITAS  -  {route}\nvendedor: {R_UP}   data: {date}   km rodado: {km}\n"
           "produto foco da semana: {brand} (promo leve 12 pague 10)\n"
           "______________________________________________\n\n", v)
    shops = ["Mercadinho São Jorge", "Mercearia Bom Jesus", "Supermercado Irmãos Rosa",
             "Empório Dona Benta", "Minimercado Luz Divina", "Padaria Pão de Ló",
             "Atacadão do Zé Branco", "Conveniência Posto Santa Cruz", "Armazém Vitória",
             "Casa de Carnes Prado"]
    f.rng.shuffle(shops)
    for i in range(f.rng.randint(3, 4)):
        w: dict = dict(v)
        owner = f.pv(w, "O", f.person())
        wife = f.pv(w, "W", f.kin(owner, female=not owner.female))
        buyer = f.pv(w, "B", f.person())
        w.update(i=str(i + 1), shop=shops[i], CNPJ=f.cnpj(), tel=f.phone(), tel2=f.phone(mobile=True),
                 mail=f.email(owner), money=f.money(300, 6000), cx=str(f.rng.randint(2, 40)),
                 ped=f.neg(11) if f.chance(0.3) else f.digits(6),
                 hh=f.hhmm())
        style = f.rng.randint(0, 2)
        if style == 0:
            d.fill("{i}) {shop}  CNPJ {CNPJ}\n   {hh} - falei c/ o dono {O_Sr} {O_L}, mto gente boa. "
                   "quem faz compra agora é {W_o} {W_fl} ({W_S}) , cel {tel2}\n   pedido {ped} - "
                   "{cx} cx - total {money}. pediu pra mandar boleto no e-mail {mail}\n\n", w)
        elif style == 1:
            d.fill("{i}) {shop} ... CNPJ: {CNPJ}\n   resp.: {O} / fone loja {tel}\n   "
                   "{O_F} reclamou do prazo de entrega, disse q a concorrência (Ambev, Nestlé) "
                   "entrega em 48h. comprador novo: {B} - zap {tel2}\n   sem pedido hj, "
                   "voltar dia 15. {W_F}, {rel}, pediu tabela nova.\n\n",
                   {**w, "rel": "esposa dele" if wife.female else "marido dela"})
        else:
            d.fill("{i})  {shop}   CNPJ {CNPJ}\n   ATENDIDO POR: {B_UP}  -  {O_UP} (PROPRIETÁRI{O_o_up})\n"
                   "   pedido {ped}: {cx} cx {brand} = {money}\n   obs: {B_fl} quer exposição "
                   "na ponta de gôndola; mandar material pro e-mail {mail}\n\n",
                   {**w, "O_o_up": "A" if owner.female else "O"})
    d.fill("______________________________________________\nPENDÊNCIAS p/ {S_F} (supervisão): "
           "liberar bonificação, ver crédito do cliente de {city}.\n-- {R_F}", v)


def at_gym_cancel(f: Filler, d: Doc) -> None:
    """Gym membership cancellation request with a dependant, sent by e-mail, with the reply."""
    v: dict = {}
    m = f.pv(v, "M", f.person())
    kid = f.pv(v, "K", f.kin(m))
    pt = f.pv(v, "PT", f.person())
    rec = f.pv(v, "RC", f.person(female=True))
    v.update(gym=f.ch(["Academia Corpo & Mente - unidade Bento Gonçalves",
                       "ACADEMIA VITÓRIA FITNESS (Jardim Prado)", "Studio Rosa Pilates & Treino",
                       "Academia Cruz de Malta Sports Center"]),
             CPF=f.cpf(), RG=f.rg(), card=f.card(), tel=f.phone(mobile=True), mail=f.email(m),
             DOB=f.dob(1965, 2002), KDOB=f.dob(2008, 2013), mat=f.digits(6), mat2=f.digits(6),
             money=f.money(89, 229), fine=f.money(90, 400), date=f.date(2025, 2025),
             date2=f.date(2025, 2025), END=f.address(), CEP=f.cep(),
             plan=f.ch(["Plano Black Anual", "plano FAMÍLIA 12 meses", "Plano Smart recorrente"]),
             reason=f.ch(["mudança de cidade (fui transferid{M_o} p/ a filial de Vitória da Conquista)",
                          "orientação médica - laudo do ortopedista em anexo",
                          "desemprego, não consigo mais pagar", "a unidade fechou a piscina"]))
    v["reason"] = v["reason"].replace("{M_o}", v["M_o"])
    d.fill("Assunto: CANCELAMENTO  de contrato -  matrícula {mat}\n\nPrezados,\n\nEu, {M}, CPF "
           "{CPF}, RG {RG}, nascid{M_o} em {DOB}, alun{M_o} da {gym}\nmatrícula {mat}, venho "
           "solicitar o CANCELAMENTO do {plan}, motivo: {reason}.\nSolicito também o cancelamento "
           "do dependente {K} (matrícula {mat2}, nasc. {KDOB}),\n{K_meu} filh{K_o}.\n\nA cobrança "
           "recorrente de {money} é feita no cartão {card}, que NÃO autorizo\nmais a debitar a "
           "partir de {date}. Não concordo com a multa de {fine} informada pela\nrecepcionista "
           "{RC_F}, pois o contrato fala em aviso prévio de 30 dias e nada mais.\n\nO personal "
           "{PT_F} já está ciente. Correspondência: {END}, CEP {CEP}. Tel {tel}.\n\nAtenciosamente\n"
           "{M_UP}\n\n", {**v, "M_e_f": "a" if m.female else ""})
    d.fill("> RESPOSTA DA UNIDADE ({date2}):\n> Olá, {M_F}! Aqui é a {RC_F} da recepção :) "
           "recebemos seu pedido. O cancelamento d{K_o} {K_F} foi\n> feito hoje, o seu entra no "
           "próximo ciclo. A multa segue a cláusula 9ª. Qualquer dúvida fala com o\n> gerente, "
           "{PT_Sr_g} {PT_L}.\n> {RC_S} | Recepção", {**v, "PT_Sr_g": "a Sra." if pt.female else "o Sr."})


def at_meter_dispute(f: Filler, d: Doc) -> None:
    """Energy-bill dispute with meter readings, OCR'd from a handwritten form."""
    v: dict = {}
    c = f.pv(v, "C", f.person())
    rd = f.pv(v, "RD", f.person(female=False))
    tec = f.pv(v, "TE", f.person())
    neighbour = f.pv(v, "N", f.person())
    reads = [f.rng.randint(10000, 60000)]
    for _ in range(4):
        reads.append(reads[-1] + f.rng.randint(120, 420))
    reads.append(reads[-1] + f.rng.randint(1100, 2400))
    v.update(util=f.ch(["COMPANHIA ENERGÉTICA LUZ DO VALE", "Cemar - Equatorial",
                        "CERBRANORTE - Cooperativa de Eletrificação", "Energisa Vitória"]),
             uc=f.neg(10), med=f"{f.ch(['A', 'B', 'EL'])}{f.neg(9)}", CPF=f.cpf(), tel=f.phone(),
             tel2=f.phone(mobile=True), END=f.address(caps=True), CEP=f.cep(), bairro=f.bairro().upper(),
             city=f.city().upper(), money=f.money(780, 2600), avg=f.money(140, 380),
             os_=f.neg(11), date=f.date(2025, 2025), date2=f.date(2025, 2025),
             mail=f.email(c), r=[str(x) for x in reads])
    v.update({f"r{i}": x for i, x in enumerate(v.pop("r"))})
    d.fill("{util}\nSOLICITAÇÃO  DE  REVISÃO  DE  FATURA  /  AFERIÇÃO  DE  MEDIDOR\n\n"
           "TITULAR DA UC: {C_UP}          CPF/CNPJ: {CPF}\nUC nº: {uc}      Medidor: {med}\n"
           "Endereço da UC: {END}\nBairro: {bairro}    Município: {city}   CEP {CEP}\n"
           "Telefone p/ contato: {tel}  /  {tel2}\n\nHISTÓRICO DE LEITURAS (kWh) - copiado do "
           "sistema\nmês\tleitura\tconsumo\n01\t{r0}\t-\n02\t{r1}\t\n03\t{r2}\t\n04\t{r3}\t\n"
           "05\t{r4}\t\n06\t{r5}\t<<< ??\n\nRELATO DO CLIENTE (transcrito):\nA conta de luz veio "
           "{money} sendo que a média é {avg}. Moro sozinh{C_o}, so tenho geladeira,\ntv e um "
           "chuveiro. O leiturista, {RD_Sr} {RD_L}, nem entrou no quintal, anotou de longe pelo "
           "muro. {N_Art} vizinh{N_o} {N_F}\n({N}) viu. Peço aferição do medidor e que não cortem a luz "
           "enquanto isso.\nO Bento, meu cachorro, fica solto no quintal, favor ligar antes.\n\n"
           "PARECER TÉCNICO (OS {os_}, {date}): vistoria feita por {TE} em {date2}. Medidor sem "
           "sinais de violação,\nlacre ok, disco girando c/ carga zero? NÃO. Encaminhado p/ "
           "laboratório. Bandeira vermelha patamar 1 no período.\nResposta ao cliente por e-mail "
           "({mail}).", v)


def at_collection_call(f: Filler, d: Doc) -> None:
    """Debt-collection call transcript; relatives answer the phone."""
    v: dict = {}
    debtor = f.pv(v, "D", f.person())
    mom = f.pv(v, "M", f.kin(debtor, female=True))
    sib = f.pv(v, "I", f.kin(debtor))
    spouse = f.pv(v, "E", f.person(female=not debtor.female))
    op = f.pv(v, "O", f.person())
    v.update(creditor=f.ch(["Banco Itaú", "Crefisa", "cartão Renner", "Santander Financiamentos",
                            "Lojas Cem", "Magazine Luiza"]),
             agency=f.ch(["Cobrasul Assessoria", "Recupera Mais Cobranças", "Atlântico Recuperação"]),
             money=f.money(700, 14000), money2=f.money(200, 3000), contract=f.neg(11),
             tel=f.phone(mobile=True), DOB=f.dob(1970, 1999), CPF=f.cpf(), city=f.city(),
             date=f.date(2025, 2025), dur=f"{f.rng.randint(3, 9)}min{f.rng.randint(10, 59)}s",
             sib_rel="irmã" if sib.female else "irmão", sp_rel="esposa" if spouse.female else "marido")
    lower = f.chance(0.4)
    if lower:
        for k in ("D", "M", "I", "E", "O"):
            for suf in ("", "_F", "_S"):
                v[k + suf] = P(v[k + suf][0].lower())
    d.fill("TRANSCRIÇÃO AUTOMÁTICA - ligação ativa - {agency} - carteira {creditor}\n"
           "data {date}  duração {dur}  contrato {contract}\n\n"
           "[00:00:02] OPERADOR: bom dia, meu nome é {O_F}, falo da {agency}, eu gostaria de "
           "falar com {D}\n[00:00:09] VOZ 1: quem?\n[00:00:11] OPERADOR: {D_S}\n"
           "[00:00:14] VOZ 1: ah aqui é {I_o} {sib_rel} del{D_e_l} , {I_F}. {D_F_2} não tá não\n"
           "[00:00:19] OPERADOR: a senhora ou senhor sabe um horário melhor pra\n"
           "[00:00:22] VOZ 1: peraí MÃE... mãe é do banco de novo\n"
           "[00:00:31] VOZ 2: alô, aqui é {M_F}, mãe del{D_e_l}. moço {D_F} num mora mais aqui "
           "faz tempo, mora lá em {city} com {E_o} {sp_rel}, {E_F}\n"
           "[00:00:44] OPERADOR: entendi dona {M_F}. a senhora teria um telefone atualizado?\n"
           "[00:00:49] VOZ 2: anota aí {tel} é o zap d{E_o} {E_F_g}\n"
           "[00:01:03] OPERADOR: obrigado. só pra confirmar a data de nascimento del{D_e_l} é "
           "{DOB}?\n[00:01:08] VOZ 2: isso\n"
           "[00:01:10] OPERADOR: a dívida com {creditor} está em {money} mas hoje tem proposta de "
           "quitação por {money2} à vista\n[00:01:19] VOZ 2: eu vou falar pr{D_o} {D_F} mas {D_ele} "
           "tá desempregado ...\n\n--- FIM DA GRAVAÇÃO ---\nCPF do devedor no sistema: {CPF}. "
           "Tabulação: RECADO COM TERCEIRO.",
           {**v, "D_e_l": "a" if debtor.female else "e", "D_F_2": v["D_F"], "E_F_g": v["E_F"]})


def at_school_cancel(f: Filler, d: Doc) -> None:
    """Parent's e-mail cancelling a child's enrolment, quoted reply from the school office."""
    v: dict = {}
    par = f.pv(v, "PA", f.person())
    other = f.pv(v, "OP", f.kin(par, female=not par.female) if f.chance(0.5)
                 else f.person(female=not par.female))
    kid = f.pv(v, "K", f.kin(other if f.chance(0.5) else par))
    sec = f.pv(v, "SE", f.person(female=f.chance(0.8)))
    teacher = f.pv(v, "PR", f.person(female=f.chance(0.7)))
    v.update(school=f.ch(["Colégio Machado de Assis", "Escola Monteiro Lobato - Ed. Infantil e "
                          "Fundamental", "COLÉGIO SANTA CRUZ", "Centro Educacional Irmã Dulce",
                          "Escola Bilíngue Cecília Meireles", "Instituto Educacional Rui Barbosa"]),
             grade=f.ch(["3º ano B", "Infantil V - tarde", "6º ano A", "1ª série EM", "Maternal II"]),
             DOB=f.dob(2009, 2021), CPF=f.cpf(), CPF2=f.cpf(), mail=f.email(par),
             mail2=f.email(sec, "colegio.edu.br"), tel=f.phone(mobile=True), ra=f.neg(11),
             date=f.date(2025, 2025), date2=f.date(2025, 2025), money=f.money(690, 2900),
             money2=f.money(690, 2900), hh=f.hhmm(), END=f.address(), CEP=f.cep(),
             pr_t="professora" if teacher.female else "professor",
             pr_a="à" if teacher.female else "ao")
    d.fill("De: {PA} <{mail}>\nEnviado: {date} {hh}\nPara: Secretaria {school}\nAssunto: "
           "cancelamento de matricula - {K_UP} - {grade}\n\nBom dia, tudo bem?\n\nVenho por "
           "meio deste solicitar o cancelamento da matrícula d{K_o} alun{K_o} {K}, "
           "nascid{K_o} em {DOB}, RA {ra}, turma {grade}, a partir do mês que vem. Eu e {OP_o} "
           "{OP_F} ({OP}, CPF {CPF2}) decidimos mudar {K_o_pron} de escola por questões "
           "financeiras, a mensalidade de {money} ficou pesada.\n\nGostaríamos de agradecer "
           "muito {pr_a} {pr_t} {PR_F} pelo carinho com {K_F} esse ano.\nPeço que a declaração de "
           "transferência e o histórico sejam enviados para {END}, CEP {CEP}.\nResponsável "
           "financeiro: {PA}, CPF {CPF}, cel {tel}\n\natenciosamente,\n{PA_F}\n\n", 
           {**v, "K_o_pron": "ela" if kid.female else "ele"})
    d.fill("> Em {date2}, Secretaria Escolar <{mail2}> escreveu:\n> Prezad{PA_o} Sr{PA_a}. "
           "{PA_L}, recebemos o pedido. Consta em aberto a parcela de {money2}\n> (boleto nosso "
           "número {nn}). Após a quitação liberamos a transferência.\n> Att, {SE} - Secretaria "
           "{school}",
           {**v, "PA_a": "a" if par.female else "", "nn": f.neg(12)})


def at_baggage(f: Filler, d: Doc) -> None:
    """Airline property irregularity report pasted from the airline system."""
    v: dict = {}
    pax = f.pv(v, "X", f.person())
    comp = f.pv(v, "CO", f.kin(pax) if f.chance(0.5) else f.person())
    agt = f.pv(v, "AG", f.person())
    iata = f.ch([("GRU", "Guarulhos"), ("CNF", "Confins"), ("REC", "Recife"), ("POA", "Porto Alegre"),
                 ("SSA", "Salvador"), ("BSB", "Brasília")])
    airline = f.ch([("LA", "LATAM"), ("G3", "GOL"), ("AD", "Azul")])
    v.update(st=iata[0], stn=iata[1], al=airline[0], aln=airline[1], flt=str(f.rng.randint(1000, 9999)),
             tag=f"{f.digits(4)}{airline[0]}{f.digits(6)}", pnr="".join(f.ch("BCDFGHJKLMNPQRSTVWXZ") for _ in range(6)),
             tkt=f"{f.digits(3)}-{f.neg(10)}", ref=f"{iata[0]}{airline[0]}{f.digits(5)}",
             mail=f.email(pax), tel=f.phone(mobile=True), tel2=f.phone(), END=f.address(), CEP=f.cep(),
             CPF=f.cpf(), date=f.date(2025, 2025), title="MRS" if pax.female else "MR",
             ctitle="MRS" if comp.female else "MR",
             color=f.ch(["ROSA", "PRETA", "VERDE", "AZUL MARINHO", "BRANCA", "CINZA"]),
             brand=f.ch(["Samsonite", "Sestini", "American Tourister", "Primicia"]),
             bairro=f.bairro(), city=f.city(), days=str(f.rng.randint(2, 6)))
    d.fill("PROPERTY IRREGULARITY REPORT / RELATÓRIO DE IRREGULARIDADE DE BAGAGEM (RIB)\n"
           "FILE REF: {ref}      DATE: {date}   STATION: {st} - {stn}\n"
           "NM  {X_INV} {title}\nNM2 {CO_INV} {ctitle}\nPNR {pnr}   TKT {tkt}\n"
           "FLT {al}{flt}   TAG {tag}\nCT  MALA {color}  RW  {brand}  (cor rosa claro c/ fita "
           "verde-amarela na alça)\n\nCONTATO / DELIVERY ADDRESS\n  {X}\n  {END} - {bairro}\n  "
           "{city} - CEP {CEP}\n  CEL {tel}   FONE RES {tel2}\n  EMAIL {mail}\n  CPF {CPF}\n\n"
           "REMARKS: PAX INFORMA QUE MALA CONTEM MEDICAMENTOS DA ACOMPANHANTE {CO_SUP}. SOLICITA "
           "ENTREGA EM DOMICILIO.\nPAX FALOU COM AGENTE {AG_FUP} NO BALCAO, APOS {days} DIAS SEM "
           "RETORNO ABRIU RECLAMACAO NO CONSUMIDOR.GOV.BR\n\n-- nota interna: {aln}, {X_Sr} {X_L} "
           "ligou de novo hoje, mto nervos{X_o}. {AG_F} prometeu kit pernoite. Mala localizada em "
           "CNF?? confirmar c/ World Tracer.", v)


# ----------------------------------------------------------------------------------------
# juridico
# ----------------------------------------------------------------------------------------
def ju_curatela(f: Filler, d: Doc) -> None:
    """Petition for guardianship (curatela) of an elderly parent."""
    v: dict = {}
    par = f.pv(v, "PA", f.person(origin=f.ch(["pt", "pt", "italiana", "árabe", "alemã", "japonesa"])))
    req = f.pv(v, "RQ", f.kin(par))
    s1 = f.pv(v, "S1", f.kin(par))
    s2 = f.pv(v, "S2", f.kin(par))
    doc = f.pv(v, "DR", f.person())
    adv = f.pv(v, "AD", f.person())
    uf = f.ch(UFS)
    v.update(city=f.ch(["Presidente Prudente", "Juiz de Fora", "Caxias do Sul", "Campina Grande",
                        "Teixeira de Freitas", "Marechal Cândido Rondon"]),
             RG=f.rg(), CPF=f.cpf(), CPF2=f.cpf(), END=f.address(), CEP=f.cep(), DOB=f.dob(1930, 1950),
             TIT=f.titulo(),
             CRM=f.council("CRM", uf), OAB=f.council("OAB", uf), nb=f.neg(10), tel=f.phone(),
             cid=f.ch(["G30.1", "F01.3", "G20", "F03"]), money=f.money(1412, 4200),
             hosp=f.ch(["Hospital Mário Covas", "Santa Casa de Misericórdia", "Hospital Regional "
                        "Dr. Leopoldo Bevilacqua", "Hospital Evangélico"]),
             date=f.long_date(2025, 2025), bairro=f.bairro(), mail=f.email(adv, "advocacia.adv.br"),
             par_t="pai" if not par.female else "mãe", req_t="filha" if req.female else "filho",
             s1_t="irmã" if s1.female else "irmão", s2_t="irmã" if s2.female else "irmão")
    d.fill("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA ___ VARA DE FAMÍLIA E "
           "SUCESSÕES DA COMARCA DE {city_up}\n\n\n\n{RQ_UP}, brasileir{RQ_o}, casad{RQ_o}, "
           "portador{RQ_a} do RG nº {RG} SSP/{uf}, inscrit{RQ_o} no CPF sob o nº {CPF}, "
           "residente e domiciliad{RQ_o} na {END}, {bairro}, CEP {CEP}, nesta cidade, por "
           "seu advogado que esta subscreve (doc. 01), vem, respeitosamente, à presença de Vossa "
           "Excelência, com fundamento nos arts. 747 e seguintes do CPC e na Lei 13.146/2015, "
           "propor\n\n                        AÇÃO DE CURATELA  c/c  pedido de tutela de urgência\n\n"
           "em favor de {seu} {par_t}, {PA_UP}, brasileir{PA_o}, viúv{PA_o}, aposentad{PA_o} (NB "
           "{nb}), nascid{PA_o} em {DOB}, CPF {CPF2}, título de eleitor {TIT}, pelos fatos a seguir.\n\n"
           "1. {PA_S} é portador{PA_a} de doença neurodegenerativa (CID {cid}) conforme "
           "laudo d{DR_o} {DR_Dr} {DR} ({CRM}), do {hosp}, e não tem mais condições de gerir sua "
           "aposentadoria de {money}.\n2. {RQ_o_up} requerente é quem cuida d{PA_o} curatelad{PA_o} "
           "há três anos; {S1_o} {s1_t} {S1} e {S2_o} {s2_t} {S2_UP} concordam com o pedido (declarações "
           "anexas) e {S2_o} {s2_t} {S2_F} mora no exterior.\n3. Como no caso do Sr. {PA_L}, a "
           "jurisprudência (TJ{uf}, Ap. Cível {cnj}) admite curatela provisória.\n\nPede "
           "deferimento.\n{city}, {date}.\n\n{AD_UP}\n{OAB}\n{mail}  tel. {tel}",
           {**v, "city_up": v["city"].upper(), "RQ_a": "a" if req.female else "",
            "PA_a": "a" if par.female else "", "uf": uf, "seu": "sua" if par.female else "seu", "cnj": f.cnj(),
            "RQ_o_up": "A" if req.female else "O"})


def ju_union_minutes(f: Filler, d: Doc) -> None:
    """Minutes of a union's extraordinary general assembly, with the attendance list."""
    v: dict = {}
    pres = f.pv(v, "PR", f.person())
    sec = f.pv(v, "SE", f.person())
    spk = f.pv(v, "SP", f.person())
    law = f.pv(v, "AD", f.person())
    nick = f.ch(NICKNAMES)
    v.update(union=f.ch(["SINDICATO DOS TRABALHADORES NAS INDÚSTRIAS METALÚRGICAS DE CAXIAS DO SUL",
                         "Sindicato dos Comerciários de Vitória da Conquista e Região",
                         "SINDICATO DOS TRABALHADORES RURAIS DE CRUZ DAS ALMAS",
                         "Sindicato dos Empregados em Empresas de Transporte de Bento Gonçalves"]),
             CNPJ=f.cnpj(), CNPJ2=f.cnpj(), date=f.long_date(2025, 2025), hh=f.hhmm(),
             place=f.ch(["na sede social, Rua Getúlio Vargas, 1200", "no Salão Paroquial São José",
                         "na quadra do Clube Vitória", "no auditório da Escola Estadual Tiradentes"]),
             emp=f.ch(["Metalúrgica Schulz S.A.", "Rodoviária Bento Transportes Ltda",
                       "Frigorífico Irmãos Rosa", "Supermercados Paz & Bem"]),
             pct=f"{f.rng.randint(4, 9)},{f.rng.randint(0, 9)}%", yes=str(f.rng.randint(90, 400)),
             no=str(f.rng.randint(5, 80)), abst=str(f.rng.randint(0, 20)), OAB=f.council("OAB"),
             nick=P(nick))
    d.fill("ATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DO {union} - CNPJ {CNPJ}\n\nAos {date}, às "
           "{hh}, em segunda convocação, reuniram-se {place}, os associados\nabaixo assinados "
           "para deliberar sobre a pauta: (i) proposta de reajuste da {emp}, inscrita\nno CNPJ "
           "{CNPJ2}; (ii) indicativo de greve. Presidiu os trabalhos {PR_o} companheir{PR_o} {PR_UP}, "
           "Presidente,\nque convidou {SE_F_art} {SE} para secretariar. {AD_Art} {AD_Dr} {AD_L} "
           "({AD}, {OAB}), assessor jurídico, explicou\nque a proposta patronal de {pct} não "
           "repõe o INPC. Usou a palavra {SP_o} companheir{SP_o} {SP_F}, do setor de "
           "\nestamparia, que lembrou da greve de 1989 e de Lula na porta da fábrica. {nick} "
           "pediu que a\nfala fosse registrada em ata. Em votação: {yes} a favor do "
           "indicativo de greve, {no} contra e {abst} abstenções.\nNada mais havendo, eu, "
           "{SE_S}, lavrei a presente ata.\n\nLISTA DE PRESENÇA (digitalizada):\n",
           {**v, "SE_F_art": "a companheira" if sec.female else "o companheiro"})
    rows = f.rng.randint(5, 8)
    fam = None
    for i in range(rows):
        w: dict = {}
        p = f.kin(fam) if fam is not None and f.chance(0.5) else f.person()
        fam = p
        f.pv(w, "X", p)
        w.update(i=f"{i + 1:02d}", mat=f.digits(5), setor=f.ch(["ESTAMPARIA", "expedição", "Solda",
                                                             "MANUTENÇÃO", "caixa", "motorista"]),
                 CPF=f.cpf())
        style = f.rng.randint(0, 2)
        if style == 0:
            d.fill("{i} - {X_UP} - mat. {mat} - {setor} - ______\n", w)
        elif style == 1:
            d.fill("{i} - {X} - {setor} - CPF {CPF}\n", w)
        else:
            d.fill("{i}  {X_UP}  {mat}  {setor}   (assinatura ilegível)\n", w)
    d.fill("{rows_n} - \"{nick}\" ({nickfull}) - s/ matrícula\n\nPresidente: {PR}      "
           "Secretári{SE_o}: {SE}", {**v, "rows_n": f"{rows + 1:02d}",
                                     "nickfull": P(f.person(female=nick in ("Cidinha", "Preta", "Lourdinha")).full)})


def ju_police_statement(f: Filler, d: Doc) -> None:
    """Termo de declarações taken at a police station."""
    v: dict = {}
    dec = f.pv(v, "DE", f.person())
    fa = f.pv(v, "FA", f.kin(dec, female=False))
    mo = f.pv(v, "MO", f.person(female=True))
    sus = f.pv(v, "SU", f.person(female=False))
    wit = f.pv(v, "WI", f.person())
    dlg = f.pv(v, "DL", f.person())
    esc = f.pv(v, "ES", f.person())
    aunt = f.pv(v, "AU", f.person(female=True))
    vulgo = f.ch(["Magrelo", "Boi", "Cabeça", "Polaco", "Nego Dé", "Pezão", "Sombra"])
    v.update(dp=f.ch(["1º DISTRITO POLICIAL DE DUQUE DE CAXIAS", "DELEGACIA DE POLÍCIA DE "
                      "SANTA CRUZ DO SUL", "DEAM - Delegacia Especializada de Atendimento à Mulher",
                      "5ª DELEGACIA REGIONAL - PETROLINA"]),
             bo=f"{f.digits(4)}/{f.rng.randint(2024, 2025)}", ip_=f"{f.digits(3)}/{f.rng.randint(2024, 2025)}",
             date=f.long_date(2025, 2025), hh=f.hhmm(), city=f.city(), DOB=f.dob(1960, 2004),
             RG=f.rg(), CPF=f.cpf(), END=f.address(), CEP=f.cep(), tel=f.phone(mobile=True),
             PLATE=f.plate(), car=f.ch(["o Fiat Uno prata", "o VW Gol branco", "a moto Honda CG 160 vermelha",
                                        "o Chevrolet Onix preto"]),
             vulgo=vulgo, bairro=f.bairro(), money=f.money(300, 5000), job=f.ch(
                ["diarista", "auxiliar de produção", "motorista de aplicativo", "comerciante",
                 "estudante", "pedreiro"]))
    d.fill("{dp}\nTERMO DE DECLARAÇÕES\nBO nº {bo}          IP nº {ip_}\n\nAos {date}, às "
           "{hh}, nesta Delegacia, perante a Autoridade Policial {DL_Dr} {DL}, comigo "
           "escrivão(ã) ao final assinado(a), compareceu {DE_UP}, brasileir{DE_o}, {job}, "
           "filh{DE_o} de {FA} e de {MO}, nascid{DE_o} em {DOB}, natural de {city}, RG {RG}, "
           "CPF {CPF}, residente na {END}, bairro {bairro}, CEP {CEP}, telefone {tel}, a(o) "
           "qual, inquirid{DE_o}, DECLAROU: QUE no dia dos fatos estava na frente de sua "
           "casa quando chegou {car}, placa {PLATE}, conduzido por {SU}, conhecido como "
           "\"{vulgo}\"; QUE conhece {SU_F} desde criança, pois ele é sobrinho da Dona {AU_F} da "
           "padaria Rosa de Ouro; QUE o mesmo exigiu {money} que dizia ser dívida do irmão d{DE_o} "
           "declarante; QUE {WI_o} vizinh{WI_o} {WI} presenciou tudo e pode ser ouvida; QUE após o "
           "ocorrido foi ao Hospital São Vicente de Paulo; QUE não deseja representar contra "
           "{SU_L} neste momento. Nada mais disse nem lhe foi perguntado. Lido e achado "
           "conforme, vai devidamente assinado.\n\nAUTORIDADE: ____________ {DL_UP}\n"
           "DECLARANTE: ____________ {DE_S}\nESCRIVÃO(Ã): ____________ {ES}", v)


def ju_class_action(f: Filler, d: Doc) -> None:
    """List of plaintiffs of a consumer class action, pasted from a spreadsheet."""
    v: dict = {}
    law = f.pv(v, "AD", f.person())
    law2 = f.pv(v, "AE", f.person())
    v.update(defn=f.ch(["CONSTRUTORA VITÓRIA RÉGIA EMPREENDIMENTOS LTDA", "Operadora de Saúde "
                        "Santa Cruz S/A", "Loteadora Bento & Branco Ltda", "CIA AÉREA SOL NASCENTE"]),
             CNPJ=f.cnpj(), cnj=f.cnj(), city=f.city(), OAB=f.council("OAB"), OAB2=f.council("OAB"),
             sep=f.ch([";", "\t", " | "]))
    d.fill("ANEXO I - ROL DE AUTORES (litisconsórcio ativo facultativo)\nProcesso {cnj} - "
           "Ré: {defn}, CNPJ {CNPJ}\nFonte: planilha \"autores_v3_FINAL(2).xlsx\" - aba "
           "Consolidado\n\n", v)
    sep = v["sep"]
    d.add(sep.join(["Nº", "NOME", "CPF", "E-MAIL", "TELEFONE", "OBS"]) + "\n")
    n = f.rng.randint(5, 8)
    prev = None
    for i in range(n):
        spouse = prev is not None and f.chance(0.35)
        p = f.kin(prev, female=not prev.female) if spouse else f.person()
        w: dict = {}
        f.pv(w, "X", p)
        cap = f.chance(0.6)
        d.add(f"{i + 1}{sep}")
        d.add(p.full.upper() if cap else p.full, "PERSON")
        d.add(sep)
        d.add(*f.cpf())
        d.add(sep)
        if f.chance(0.8):
            d.add(*f.email(p))
        else:
            d.add("não informado")
        d.add(sep)
        d.add(*f.phone())
        d.add(sep)
        obs = f.rng.randint(0, 4)
        if spouse:
            d.add("cônjuge de ")
            d.add(prev.first.upper() if cap else prev.first, "PERSON")
        elif obs == 1:
            d.add(f"proc. p/ {f.ch(['Cartório do 2º Ofício', 'Procon', 'Defensoria'])}")
        elif obs == 2:
            d.add(f"prejuízo {f.money(1500, 40000)}")
        d.add("\n")
        prev = None if spouse else p
    d.fill("\nTotal de autores: {n}. Documentos pessoais no Anexo II.\n{AD} - {OAB}\n{AE_S} - "
           "{OAB2}", {**v, "n": str(n)})


def ju_purchase_contract(f: Filler, d: Doc) -> None:
    """OCR'd private instrument of purchase and sale of a lot, two married couples."""
    v: dict = {}
    s1 = f.pv(v, "V1", f.person(female=False))
    s2 = f.pv(v, "V2", f.kin(s1, female=True))
    b1 = f.pv(v, "C1", f.person())
    b2 = f.pv(v, "C2", f.kin(b1, female=not b1.female))
    w1 = f.pv(v, "T1", f.person())
    w2 = f.pv(v, "T2", f.person())
    brk = f.pv(v, "BR", f.person())
    v.update(RG1=f.rg(), CPF1=f.cpf(), CPF2=f.cpf(), CNH=f.cnh(), CPF3=f.cpf(), CPF4=f.cpf(),
             RG4=f.rg(), END1=f.address(), END2=f.address(), CEP1=f.cep(), CEP2=f.cep(),
             city=f.city(), mat=f"{f.rng.randint(10, 99)}.{f.digits(3)}", lot=str(f.rng.randint(1, 40)),
             qd=f.ch("ABCDEFGH"), lote=f.ch(["Loteamento Jardim Santa Rosa", "Residencial Bento "
                                               "Ribeiro", "Condomínio Vila Branca", "Parque das Luzes"]),
             money=f.money(90000, 480000), money2=f.money(10000, 60000), marr=f.date(1985, 2015),
             CRECI=f.council("CRECI"), date=f.long_date(2025, 2025), bank=f.ch(["Caixa Econômica Federal",
                                                                                "Banco do Brasil", "Sicredi"]),
             AG=f.agency(), CC=f.account(), b2t="sua esposa" if b2.female else "seu marido",
             job1=f.ch(["agricultor", "mecânico", "servidor público", "comerciante"]),
             job3=f.ch(["professora", "enfermeira", "autônoma", "do lar"]) if b1.female else
             f.ch(["motorista", "eletricista", "vendedor", "autônomo"]))
    d.fill("INSTRUMENTO  PARTICULAR  DE  COMPROMISSO  DE  COMPRA  E  VENDA  DE  IMÓVEL\n\n"
           "Pelo presente instrumento particular, de um lado, como PROMITENTES VENDEDORES,\n"
           "{V1_UP}, brasileiro, {job1}, RG {RG1}, CPF {CPF1}, e sua esposa {V2_UP},\nbrasileira, "
           "do lar, CPF {CPF2}, casados sob o regime da comunhão parcial de bens em {marr},\n"
           "residentes na {END1}, CEP {CEP1}, {city};  e, de outro lado, como PROMISSÁRIOS\n"
           "COMPRADORES, {C1}, brasileir{C1_o}, {job3}, CNH nº {CNH}, CPF {CPF3}, e {b2t},\n"
           "{C2}, RG {RG4}, CPF {CPF4}, residentes na {END2}, CEP {CEP2}, têm entre si justo e\n"
           "contratado o seguinte:\n\nCLÁUSULA 1ª - O objeto é o lote nº {lot} da quadra "
           "{qd} do {lote}, matrícula nº {mat}\ndo Cartório de Registro de Imóveis da "
           "comarca, livre de ônus.\nCLÁUSULA 2ª - O preço certo e ajustado é de {money}, "
           "sendo {money2} de sinal, depositado na conta\nde {V1_S} no {bank}, agência {AG}, "
           "conta {CC}, e o saldo financiado.\nCLÁUSULA 3ª - Intermediação: {BR}, corretor(a) "
           "{CRECI}, comissão de 6% paga pelos VENDEDORES.\n\n{city}, {date}.\n\n"
           "__________________________  __________________________\n{V1}        {V2}\n"
           "__________________________  __________________________\n{C1_UP}        {C2_UP}\n\n"
           "TESTEMUNHAS:  1. {T1}     2. {T2_S}", v)


def ju_bailiff_cert(f: Filler, d: Doc) -> None:
    """Bailiff's certificate of service, in the usual run-on style."""
    v: dict = {}
    bai = f.pv(v, "OJ", f.person())
    tgt = f.pv(v, "TG", f.person())
    oth = f.pv(v, "OT", f.person())
    nb = f.pv(v, "NB", f.person(female=True))
    kid = f.pv(v, "KI", f.kin(tgt))
    v.update(cnj=f.cnj(), mand=f"{f.digits(3)}.{f.rng.randint(2024, 2025)}/{f.digits(6)}-{f.digits(1)}",
             vara=f.ch(["1ª Vara Cível da Comarca de Sobral", "Vara Única de Castro Alves",
                        "2º Juizado Especial Cível de Vitória", "3ª Vara de Família de Juiz de Fora"]),
             END=f.address(), END2=f.address(), bairro=f.bairro(), date=f.date(2025, 2025),
             date2=f.date(2025, 2025), hh=f.hhmm(), hh2=f.hhmm(), tel=f.phone(mobile=True),
             mat=f.digits(6), city=f.city(), kid_t="filha" if kid.female else "filho",
             cor=f.ch(["muro rosa", "portão branco", "casa de cor verde", "fachada azul"]))
    d.fill("PODER JUDICIÁRIO\n{vara}\nProcesso: {cnj}\nMandado nº {mand}\n\nC E R T I D Ã O\n\n"
           "CERTIFICO eu, Oficial(a) de Justiça abaixo assinado(a), que em cumprimento ao "
           "r. mandado, diligenciei em {date}, às {hh}, à {END}, bairro {bairro} ({cor}), e "
           "ali sendo, INTIMEI {TG_UP} de todo o conteúdo do mandado e da audiência designada, "
           "que ficou ciente, recebeu a contrafé e exarou sua nota de ciente. Na ocasião "
           "{TG_F} informou o telefone {tel} para contato e disse que {KI_o_art} {kid_t}, "
           "{KI}, também reside no local. CERTIFICO ainda que deixei de CITAR {OT}, pois, "
           "segundo informações da vizinha Sra. {NB_L}, que não quis fornecer documentos, "
           "{OT_F_pron} mudou-se há cerca de seis meses para a {END2}, em {city}, endereço "
           "que diligenciei em {date2}, às {hh2}, sem êxito. O referido é verdade e dou fé.\n\n"
           "{OJ_UP}\nOficial(a) de Justiça - matrícula {mat}",
           {**v, "KI_o_art": "a" if kid.female else "o", "OT_F_pron": "a mesma" if oth.female else "o mesmo"})


def ju_rent_notice(f: Filler, d: Doc) -> None:
    """Landlord forwards an extrajudicial rent notice and the tenant's reply to the lawyer."""
    v: dict = {}
    ll = f.pv(v, "LL", f.person())
    ten = f.pv(v, "TN", f.person())
    gua = f.pv(v, "GU", f.person())
    gsp = f.pv(v, "GS", f.kin(gua, female=not gua.female))
    law = f.pv(v, "AD", f.person())
    v.update(mail=f.email(ll), mail2=f.email(law, f.ch(["brancoeluz.adv.br", "cruzadvogados.com.br"])),
             mail3=f.email(ten), END=f.address(), CEP=f.cep(), bairro=f.bairro(), city=f.city(),
             CPF=f.cpf(), CPF2=f.cpf(), PIX=f.pix(), AG=f.agency(), CC=f.account(),
             bank=f.ch(["Nubank", "Banco Inter", "Sicoob", "Bradesco"]), money=f.money(900, 4500),
             months=f.ch(["março, abril e maio", "junho e julho", "agosto a outubro"]),
             date=f.date(2025, 2025), date2=f.date(2025, 2025), hh=f.hhmm(), OAB=f.council("OAB"),
             gsp_t="esposa" if gsp.female else "marido", imob=f.ch(["Imobiliária Luz & Prado",
                                                                   "Imobiliária Dom Bosco"]))
    d.fill("---------- Forwarded message ---------\nDe: {LL_low} <{mail}>\nDate: {date}\n"
           "Subject: Fwd: NOTIFICAÇÃO EXTRAJUDICIAL - aluguéis atrasados\nTo: {AD} <{mail2}>\n\n"
           "{AD_Dr} {AD_L}, boa tarde.\nsegue a notificação que mandei p/ inquilin{TN_o} e a "
           "resposta del{TN_e_l}. a {imob} não administra mais o imóvel, agora é comigo direto. "
           "Fiador(a): {GU_Sr_x} {GU}, CPF {CPF2}, e {GS_o} {gsp_t} del{GU_e_l}, {GS_F}, assinou "
           "junto.\nabs, {LL_F}\n\n> NOTIFICAÇÃO EXTRAJUDICIAL\n> Notificante: {LL_UP}\n> "
           "Notificad{TN_o}: {TN_UP}, CPF {CPF}, residente no imóvel locado, {END},\n> {bairro}, "
           "{city}, CEP {CEP}.\n> Fica V. Sa. NOTIFICAD{TN_O} a pagar os aluguéis de {months}, "
           "de {money} cada,\n> em 15 dias, por Pix (chave aleatória {PIX}) ou depósito no "
           "{bank}, ag. {AG}, c/c {CC},\n> sob pena de ação de despejo (Lei 8.245/91, art. 9º, "
           "III).\n>\n> >> Em {date2} {hh}, {TN_S} <{mail3}> escreveu:\n> >> {LL_F}, eu sei "
           "que atrasei, fiquei sem trabalho. Consigo pagar a metade agora\n> >> e o resto "
           "em 3 vezes. Por favor não aciona {GU_o} {GU_F}, {GU_ele} não tem nada a ver.\n\n--\n{AD}\n{OAB}",
           {**v, "TN_e_l": "a" if ten.female else "e", "GU_e_l": "a" if gua.female else "e",
            "TN_O": "A" if ten.female else "O", "GU_Sr_x": "Sra." if gua.female else "Sr."})


# ----------------------------------------------------------------------------------------
# saude
# ----------------------------------------------------------------------------------------
def sa_psych_admission(f: Filler, d: Doc) -> None:
    """Notice of involuntary psychiatric admission sent to the public prosecutor."""
    v: dict = {}
    pt = f.pv(v, "PT", f.person())
    mo = f.pv(v, "MO", f.kin(pt, female=True))
    rel = f.pv(v, "RL", f.kin(pt))
    psy = f.pv(v, "PS", f.person())
    nur = f.pv(v, "NU", f.person())
    uf = f.ch(UFS)
    v.update(hosp=f.ch(["HOSPITAL PSIQUIÁTRICO SÃO PEDRO", "Instituto de Psiquiatria Nise da Silveira",
                        "Hospital Espírita André Luiz - Ala Psiquiátrica", "Clínica Santa Cruz de Saúde Mental"]),
             caps=f.ch(["CAPS III Nise da Silveira", "CAPS II Dr. Luiz Cerqueira", "CAPS AD Vila Rosa"]),
             DOB=f.dob(1965, 2004), CNS=f.cns(), CPF=f.cpf(), END=f.address(), CEP=f.cep(),
             tel=f.phone(mobile=True), CRM=f.council("CRM", uf), COREN=f.council("COREN", uf),
             date=f.date(2025, 2025), hh=f.hhmm(), pront=f.neg(9),
             cid=f.ch(["F20.0", "F31.2", "F25.1", "F19.5"]), bed=f"{f.rng.randint(1, 4)}{f.rng.randint(10, 40)}-{f.ch('AB')}",
             rl_t="irmã" if rel.female else "irmão", city=f.city(),
             figure=f.ch(["Jesus", "Padre Cícero", "Nossa Senhora Aparecida", "São Jorge", "Frei Damião"]),
             figure2=f.ch(["o presidente Lula", "Bolsonaro", "Silvio Santos", "Xuxa"]))
    d.fill("{hosp}\nCOMUNICAÇÃO DE INTERNAÇÃO PSIQUIÁTRICA INVOLUNTÁRIA\n(art. 8º, §1º, Lei "
           "10.216/2001) - AO MINISTÉRIO PÚBLICO DO ESTADO\n\nPaciente: {PT_UP}    Prontuário: "
           "{pront}    Leito {bed}\nD.N.: {DOB}   CNS: {CNS}   CPF: {CPF}\nFiliação: {MO} / "
           "pai não declarado\nEndereço: {END} - {city} - CEP {CEP}\nResponsável pela "
           "solicitação: {RL} ({rl_t}) - tel. {tel}\n\nHISTÓRIA: Trazid{PT_o} pelo SAMU e pel{RL_o} "
           "{rl_t} em {date}, {hh}, após 5 dias sem dormir, agitação psicomotora e ameaças à "
           "mãe, D. {MO_F}. Acompanhad{PT_o} pelo {caps} desde 2019, abandonou risperidona há 2 "
           "meses. Refere ouvir a voz de {figure}, que lhe manda \"proteger a família\", e diz "
           "que {figure2} está enviando mensagens pela TV. Crítica ausente, juízo de realidade "
           "prejudicado.\nHD: {cid}. Recusa internação voluntária.\n\nConduta: internação "
           "involuntária, contenção mecânica por 2h (ver evolução da enfermagem, {NU_S}, "
           "{COREN}).\nFamiliares orientados; {RL_F} assinou termo. Sr{PT_a}. {PT_L} será "
           "reavaliad{PT_o} em 72h.\n\n{PS_Dr} {PS}\nMédic{PS_o} psiquiatra - {CRM}",
           {**v, "PT_a": "a" if pt.female else ""})


def sa_caps_attendance(f: Filler, d: Doc) -> None:
    """Attendance list of a CAPS therapeutic group, typed from the paper sheet."""
    v: dict = {}
    psi = f.pv(v, "PS", f.person(female=f.chance(0.7)))
    to = f.pv(v, "TO", f.person())
    ass = f.pv(v, "AS", f.person(female=True))
    v.update(caps=f.ch(["CAPS AD II Vila Esperança", "CAPS II Cruz das Almas", "CAPS i Pequeno "
                        "Príncipe", "CAPS III Luz do Amanhã"]),
             group=f.ch(["Roda de Conversa", "Oficina de Mosaico", "Grupo de Redução de Danos",
                         "Grupo Girassol (familiares)", "Horta Terapêutica"]),
             date=f.date(2025, 2025), hh=f.hhmm(), CRP=f.council("CRP"), CRESS=f.council("CRESS"))
    d.fill("{caps}\nLISTA DE PRESENÇA - GRUPO \"{group}\"  -  data: {date}  início {hh}\n"
           "Facilitadores: {PS} (psicólog{PS_o}, {CRP}) / {TO_S} (T.O.)\n\n"
           "Nº  - NOME - CNS - ASSINATURA\n", v)
    members = []
    for i in range(f.rng.randint(5, 8)):
        p = f.kin(members[-1]) if members and f.chance(0.25) else f.person()
        members.append(p)
        shape = f.rng.randint(0, 3)
        d.add(f"{i + 1:02d} - ")
        if shape == 0:
            d.add(p.full.upper(), "PERSON")
        elif shape == 1:
            d.add(p.full, "PERSON")
        elif shape == 2:
            d.add(p.short.lower(), "PERSON")
        else:
            d.add(p.first, "PERSON")
            d.add(" (")
            d.add(p.full, "PERSON")
            d.add(")")
        d.add(" - ")
        if f.chance(0.75):
            d.add(*f.cns())
        else:
            d.add("s/ cartão")
        d.add(" - " + f.ch(["(assinou)", "X", "digital", "faltou", "(ass. ilegível)", "saiu 15h"]) + "\n")
    a, b = members[0], members[-1]
    w = dict(v)
    f.pv(w, "A", a)
    f.pv(w, "B", b)
    fam = f.pv(w, "FM", f.kin(b, female=True))
    w.update(tel=f.phone(mobile=True), fam_t=f.ch(["mãe", "tia", "avó", "irmã"]))
    d.fill("\nOBS: {A_F} chegou alterad{A_o}, conversado individualmente. {B_F} faltou pela 3ª vez; "
           "a {fam_t}, D. {FM_F} ({FM}), ligou do {tel} avisando que está sem passe do ônibus - "
           "encaminhar p/ assistente social {AS_F} ({CRESS}). Tema do dia: \"luz no fim do "
           "túnel\", usamos a música do Milton Nascimento. Próximo encontro: quinta, mesma sala "
           "(Sala Rosa).\nAss.: {PS_S}", w)


def sa_delivery_summary(f: Filler, d: Doc) -> None:
    """Obstetric delivery / discharge summary."""
    v: dict = {}
    mo = f.pv(v, "MO", f.person(female=True))
    comp = f.pv(v, "CP", f.person(female=False))
    baby = f.pv(v, "BB", f.kin(comp if f.chance(0.7) else mo))
    ob = f.pv(v, "OB", f.person())
    ped = f.pv(v, "PD", f.person())
    nur = f.pv(v, "EN", f.person(female=f.chance(0.8)))
    uf = f.ch(UFS)
    g = f.rng.randint(1, 5)
    v.update(mat=f.ch(["Maternidade Dona Evangelina Rosa", "MATERNIDADE ESCOLA ASSIS CHATEAUBRIAND",
                       "Hospital e Maternidade Santa Luzia", "Maternidade Frei Damião"]),
             DOB=f.dob(1985, 2006), CNS=f.cns(), tel=f.phone(mobile=True), END=f.address(), CEP=f.cep(),
             date=f.date(2025, 2025), hh=f.hhmm(), weeks=f"{f.rng.randint(36, 41)}s{f.rng.randint(0, 6)}d",
             gpa=f"G{g}P{g - 1 if f.chance(0.7) else g - 1}A0", w=str(f.rng.randint(2400, 4200)),
             apgar=f"{f.rng.randint(7, 9)}/{f.rng.randint(8, 10)}", len_=str(f.rng.randint(45, 53)),
             CRM=f.council("CRM", uf), CRM2=f.council("CRM", uf), COREN=f.council("COREN", uf),
             via=f.ch(["parto vaginal espontâneo", "cesariana (iteratividade)", "parto vaginal com "
                       "episiotomia", "cesárea - sofrimento fetal agudo"]),
             sex="feminino" if baby.female else "masculino", bed=str(f.rng.randint(1, 30)), aih=f.neg(13),
             comp_t=f.ch(["companheiro", "marido", "pai do RN"]))
    d.fill("{mat}\nRESUMO DE ALTA - ALOJAMENTO CONJUNTO          AIH {aih}\n\nPuérpera: {MO}  "
           "  DN: {DOB}   CNS {CNS}\n{gpa}  IG: {weeks}   Leito {bed}\nEnd.: {END} - CEP {CEP}  "
           "Tel {tel}\nAcompanhante (Lei 11.108/2005): {CP} ({comp_t})\n\nPARTO: {date} às {hh}, "
           "{via}. Assistido por {OB_Dr} {OB_L} ({CRM}); enf. obstetra {EN} ({COREN}).\nRN: "
           "\"RN de {MO_UP}\", sexo {sex}, {w} g, {len_} cm, Apgar {apgar}. Avaliado pel{PD_o} "
           "pediatra {PD} ({CRM2}). Teste do pezinho agendado; BCG e hepatite B aplicadas.\n"
           "Nome escolhido pelos pais: {BB}.\n\nEVOLUÇÃO: puérpera em bom estado geral, "
           "lóquios fisiológicos, amamentando em livre demanda. {MO_F} refere dor em "
           "mamilo D, orientada pega. {CP_F} presente em todo o período.\nALTA prevista em 48h. "
           "Retorno na UBS Vila Vitória em 7 dias. Sulfato ferroso 40mg/dia.", v)


def sa_cat(f: Filler, d: Doc) -> None:
    """Occupational accident report (CAT) with a long narrative."""
    v: dict = {}
    w = f.pv(v, "W", f.person())
    mo = f.pv(v, "MO", f.person(female=True))
    w1 = f.pv(v, "T1", f.person())
    w2 = f.pv(v, "T2", f.person())
    doc = f.pv(v, "DR", f.person())
    boss = f.pv(v, "CH", f.person())
    uf = f.ch(UFS)
    v.update(emp=f.ch(["CONSTRUTORA IRMÃOS BRANCO LTDA", "Frigorífico São Bento S/A",
                       "Cerâmica Santa Cruz Ltda", "Transportadora Prado & Filhos",
                       "Metalúrgica Vitória Indústria e Comércio"]),
             CNPJ=f.cnpj(), cnae=f"{f.digits(4)}-{f.digits(1)}/{f.digits(2)}", cbo=f"{f.digits(4)}-{f.digits(2)}",
             DOB=f.dob(1965, 2004), PIS=f.pis(), RG=f.rg(), CPF=f.cpf(), END=f.address(), CEP=f.cep(),
             tel=f.phone(), date=f.date(2025, 2025), hh=f.hhmm(), hrs=str(f.rng.randint(1, 9)),
             site=f.ch(["canteiro de obras da Av. Presidente Kennedy", "linha de abate, setor 3",
                        "pátio da filial de Bento Gonçalves", "galpão de fornos"]),
             cid=f.ch(["S62.3", "S61.0", "T23.2", "S82.1", "S06.0"]), CRM=f.council("CRM", uf),
             cat=f"{f.digits(10)}/{f.digits(2)}",
             part=f.ch(["mão esquerda", "dedos da mão direita", "perna direita", "antebraço"]),
             cause=f.ch(["a serra circular travou e o disco", "a prensa foi acionada enquanto o "
                         "colega ajustava a peça e", "a empilhadeira deu ré e", "o andaime cedeu e"]),
             hosp=f.ch(["Pronto-Socorro Municipal Dr. Aristides", "UPA 24h Vila Rosa",
                        "Hospital Santa Cruz"]), END1=f.address(), END2=f.address())
    d.fill("COMUNICAÇÃO DE ACIDENTE DO TRABALHO - CAT    nº {cat}\nTipo: inicial   Iniciativa: "
           "empregador\n\nI - EMITENTE\nRazão social: {emp}    CNPJ: {CNPJ}\nCNAE {cnae}\n\n"
           "II - ACIDENTADO\nNome: {W_UP}\nNome da mãe: {MO_UP}\nData nasc.: {DOB}   Sexo: "
           "{sex}\nNIT/PIS: {PIS}    RG: {RG}    CPF: {CPF}\nCBO: {cbo}\nEndereço: {END}  CEP: "
           "{CEP}   Tel: {tel}\n\nIII - ACIDENTE\nData: {date}   Hora: {hh}   Após {hrs} h de "
           "trabalho\nLocal: {site}\nParte atingida: {part}\nDescrição (relato d{CH_o} encarregad{CH_o} "
           "{CH}):\n\"{W_F} estava sozinh{W_o} no posto quando {cause} atingiu a {part}. {T1_Art} "
           "colega {T1_F} desligou a máquina e chamou o técnico de segurança. Foi levad{W_o} "
           "ao {hosp}. Não usava a luva de malha de aço porque estava rasgada, já tinha "
           "pedido outra.\"\nTestemunhas: 1) {T1} - {END1}\n              2) {T2_UP} - {END2}\n\n"
           "IV - ATESTADO MÉDICO\nUnidade: {hosp}   Data: {date}   Internação: não\n"
           "Afastamento provável: 15 dias   CID-10: {cid}\n{DR_Dr} {DR} - {CRM}",
           {**v, "sex": "F" if w.female else "M"})


def sa_growth(f: Filler, d: Doc) -> None:
    """Pediatric growth follow-up (puericultura) at a primary-care unit."""
    v: dict = {}
    mo = f.pv(v, "MO", f.person(female=True))
    fa = f.pv(v, "FA", f.person(female=False))
    kid = f.pv(v, "KI", f.kin(fa if f.chance(0.6) else mo))
    gm = f.pv(v, "GM", f.kin(mo, female=True))
    acs = f.pv(v, "AC", f.person(female=True, word=True))
    nur = f.pv(v, "EN", f.person())
    doc = f.pv(v, "MD", f.person())
    uf = f.ch(UFS)
    v.update(ubs=f.ch(["UBS Dr. Carlos Chagas", "ESF Vila Rosa - equipe 2", "UNIDADE DE SAÚDE DA "
                       "FAMÍLIA SÃO BENTO", "UBS Jardim Vitória"]),
             DOB=f.dob(2021, 2024), CNS=f.cns(), CNS2=f.cns(), tel=f.phone(mobile=True),
             END=f.address(), CEP=f.cep(), COREN=f.council("COREN", uf), CRM=f.council("CRM", uf),
             vac=f.ch(["Pentavalente 3ª dose", "VIP 3ª dose", "Tríplice viral D1", "Febre amarela",
                       "Pneumo 10 reforço", "Meningo C reforço"]),
             date=f.date(2025, 2025), gm_t="avó materna")
    d.fill("{ubs} - ACOMPANHAMENTO DE CRESCIMENTO E DESENVOLVIMENTO\n\nCriança: {KI}    DN: "
           "{DOB}    CNS {CNS}\nMãe: {MO} (CNS {CNS2})   Pai: {FA_UP}\nEndereço: {END} - CEP "
           "{CEP}   Contato: {tel}\nACS responsável: {AC}\n\nDATA        PESO(kg)  EST.(cm)  "
           "PC(cm)  IMC   Z-escore\n", v)
    wt, ht = f.rng.uniform(6, 10), f.rng.uniform(62, 78)
    visits = sorted((f.rng.randint(2024, 2025), f.rng.randint(1, 12), f.rng.randint(1, 28))
                    for _ in range(f.rng.randint(3, 5)))
    for y, mth, day in visits:
        wt += f.rng.uniform(0.2, 0.9)
        ht += f.rng.uniform(1, 4)
        d.add(f"{day:02d}/{mth:02d}/{y}  {wt:5.2f}     {ht:5.1f}     {f.rng.uniform(40, 49):4.1f}    "
              f"{wt / (ht / 100) ** 2:4.1f}  {f.rng.uniform(-1.5, 1.5):+.1f}\n")
    d.fill("\nEVOLUÇÃO ({date}): mãe refere que {KI_F} come bem, mas recusa verduras. Fica com a "
           "{gm_t}, D. {GM_F}, pela manhã enquanto {MO_F} trabalha na Farmácia Pague Menos. "
           "Marcos do desenvolvimento adequados (anda sem apoio, fala 5 palavras, aponta "
           "a luz). Vacina hoje: {vac}. Orientada suplementação de ferro. A ACS {AC_F} fará "
           "visita domiciliar em 15 dias.\nEnf. {EN} - {COREN}\nDiscutido com {MD_Dr} {MD_L} ({CRM}).",
           v)


def sa_pharmacovigilance(f: Filler, d: Doc) -> None:
    """Adverse-drug-reaction notification filled in by a community pharmacy."""
    v: dict = {}
    pt = f.pv(v, "PT", f.person())
    ph = f.pv(v, "PH", f.person())
    pr = f.pv(v, "PR", f.person())
    care = f.pv(v, "CG", f.kin(pt))
    drug = f.ch([("Losartana potássica 50 mg", "Eurofarma"), ("Amoxicilina + clavulanato 875 mg", "EMS"),
                 ("Dipirona monoidratada 1 g", "Medley"), ("Carbamazepina 200 mg", "Teuto"),
                 ("Alopurinol 300 mg", "Prati-Donaduzzi"), ("Enalapril 10 mg", "Germed")])
    v.update(pharm=f.ch(["Drogaria Vitória Popular", "Farmácia São Bento Ltda", "Drogasil - loja 1287",
                         "FARMÁCIA DO TRABALHADOR - unidade Centro", "Drogaria Rosário"]),
             CNPJ=f.cnpj(), drug=drug[0], lab=drug[1], lot=f"{f.ch(string.ascii_uppercase)}{f.digits(5)}",
             val=f"{f.rng.randint(1, 12):02d}/{f.rng.randint(2026, 2028)}", DOB=f.dob(1940, 2000),
             tel=f.phone(mobile=True), mail=f.email(pt), CRF=f.council("CRF"), CRM=f.council("CRM"),
             date=f.date(2025, 2025), date2=f.date(2025, 2025), notif=f"{f.rng.randint(2024, 2025)}.{f.digits(6)}",
             reac=f.ch(["angioedema de lábios e pálpebras", "rash cutâneo pruriginoso generalizado",
                        "tosse seca persistente", "bolhas e descamação em tronco (suspeita de SSJ)"]),
             weight=str(f.rng.randint(48, 110)), cg_t="filha" if care.female else "filho")
    d.fill("NOTIFICAÇÃO DE SUSPEITA DE REAÇÃO ADVERSA A MEDICAMENTO\n(uso interno - "
           "transcrição p/ VigiMed)   Nº interno {notif}\n\nEstabelecimento: {pharm}   "
           "CNPJ {CNPJ}\nNotificador: {PH}, farmacêutic{PH_o} - {CRF}\n\nPACIENTE\nNome: {PT}"
           "    Sexo: {sex}   Peso: {weight} kg\nData de nascimento: {DOB}\nContato: {tel} / "
           "{mail}\n\nMEDICAMENTO SUSPEITO: {drug} - {lab} - lote {lot} - val. {val}\n"
           "Prescritor: {PR_Dr} {PR} ({CRM})\nInício do uso: {date}\n\nDESCRIÇÃO DO EVENTO:\n"
           "{PT_Sr} {PT_L} voltou à farmácia em {date2} acompanhad{PT_o} d{CG_o} {cg_t}, "
           "{CG_F}, relatando {reac} cerca de 3 dias após iniciar o tratamento. Informou que "
           "tinha ligado para o consultório d{PR_o} {PR_Dr} {PR_L} mas não conseguiu falar. "
           "Orientad{PT_o} a suspender o medicamento e procurar a UPA. {CG_F} disse que a "
           "mesma marca já tinha dado \"alergia\" no tio, que mora em Luz/MG.\nDesfecho: em "
           "recuperação.  Gravidade: {grav}.\n\n{PH_S}\n{CRF}",
           {**v, "sex": "F" if pt.female else "M", "grav": f.ch(["não grave", "grave - atendimento em PS"])})


def sa_regulation(f: Filler, d: Doc) -> None:
    """Inter-hospital transfer request to the regulation centre, with the call log."""
    v: dict = {}
    pt = f.pv(v, "PT", f.person())
    fam = f.pv(v, "FM", f.kin(pt))
    req = f.pv(v, "RQ", f.person())
    reg = f.pv(v, "RG", f.person())
    nur = f.pv(v, "EN", f.person())
    uf = f.ch(UFS)
    v.update(upa=f.ch(["UPA 24h Dr. Jorge Zarur", "Hospital Municipal Castro Alves",
                       "PRONTO ATENDIMENTO SANTA CRUZ", "UPA Vila Rosa"]),
             dest=f.ch(["Hospital Regional Dr. Leopoldo Bevilacqua", "Santa Casa de Presidente Prudente",
                        "Hospital do Coração Bento Gonçalves", "HOSPITAL GERAL ROBERTO SANTOS"]),
             DOB=f.dob(1940, 1990), CNS=f.cns(), tel=f.phone(mobile=True), CRM=f.council("CRM", uf),
             CRM2=f.council("CRM", uf), sis=f.neg(12), date=f.date(2025, 2025),
             **dict(zip(["h1", "h2", "h3", "h4"], sorted(f.hhmm() for _ in range(4)))), pa=f"{f.rng.randint(80, 190)}x{f.rng.randint(40, 110)}",
             fc=str(f.rng.randint(48, 140)), sat=str(f.rng.randint(84, 99)),
             cid=f.ch(["I21.0 - IAM c/ supra ST parede anterior", "I63.9 - AVC isquêmico",
                       "K92.2 - HDA", "J96.0 - insuf. respiratória aguda"]),
             fm_t="filha" if fam.female else "filho", age=str(f.rng.randint(35, 85)))
    d.fill("CENTRAL DE REGULAÇÃO DE URGÊNCIAS - SOLICITAÇÃO DE TRANSFERÊNCIA\nProtocolo "
           "{sis}    Data {date}\n\nOrigem: {upa}\nSolicitante: {RQ_Dr} {RQ} - {CRM}\nPaciente: "
           "{PT_UP} (DN {DOB})   CNS {CNS}\nHD: {cid}\nSinais: PA {pa} mmHg, FC {fc}, "
           "SatO2 {sat}% em O2 3L/min, Glasgow 14\nFamiliar: {FM} ({fm_t}) - {tel}\n\nHISTÓRICO "
           "DA REGULAÇÃO\n{h1} - solicitação inserida por {EN_S} (enf.)\n{h2} - {RG_Dr} {RG_L} "
           "(regulador) pede ECG e troponina; sem vaga em UTI ({dest})\n{h3} - {RQ_F} "
           "reforça gravidade por telefone; paciente com dor refratária\n{h4} - VAGA "
           "LIBERADA - {dest}, leito 7. Transporte USA. Regulador: {RG} ({CRM2}).\n\nOBS "
           "regulador: {fm_t} quer acompanhar na ambulância; liberar apenas 1 acompanhante. "
           "{PT_S} alérgic{PT_o} a dipirona.", v)


# ----------------------------------------------------------------------------------------
# financeiro
# ----------------------------------------------------------------------------------------
def fi_guarantor(f: Filler, d: Doc) -> None:
    """Guarantor registration form for a real-estate financing, OCR'd in capitals."""
    v: dict = {}
    g = f.pv(v, "G", f.person())
    sp = f.pv(v, "SP", f.kin(g, female=not g.female))
    bor = f.pv(v, "BO", f.person())
    r1 = f.pv(v, "R1", f.person())
    r2 = f.pv(v, "R2", f.person())
    mgr = f.pv(v, "GE", f.person())
    v.update(CPF=f.cpf(), RG=f.rg(), DOB=f.dob(1950, 1990), CPF2=f.cpf(), DOB2=f.dob(1950, 1990),
             END=f.address(caps=True), CEP=f.cep(), tel=f.phone(), tel2=f.phone(mobile=True),
             tel3=f.phone(mobile=True), tel4=f.phone(), mail=f.email(g),
             emp=f.ch(["PREFEITURA MUNICIPAL DE SOBRAL", "COOPERATIVA AGROINDUSTRIAL LAR",
                       "HOSPITAL SÃO VICENTE DE PAULO", "TRANSPORTES BENTO LTDA"]),
             CNPJ=f.cnpj(), inc=f.money(3500, 22000), inc2=f.money(1500, 9000),
             bank=f.ch(["BANCO DO BRASIL", "CAIXA", "SICREDI", "ITAÚ"]), AG=f.agency(), CC=f.account(),
             mat=f"{f.rng.randint(1, 99)}.{f.digits(3)}", marr=f.date(1980, 2015),
             prop=f.ch(["CASA RESIDENCIAL", "TERRENO URBANO", "SALA COMERCIAL"]),
             val=f.money(150000, 900000), prop_no=f.neg(11), city=f.city().upper(),
             rel1=f.ch(["AMIGO", "COLEGA DE TRABALHO", "VIZINHO", "COMPADRE"]),
             rel2=f.ch(["IRMÃ", "CUNHADO", "EX-PATRÃO", "AMIGA"]), date=f.date(2025, 2025))
    d.fill("FICHA CADASTRAL  -  FIADOR / GARANTIDOR          PROPOSTA Nº {prop_no}\n"
           "PROPONENTE (DEVEDOR PRINCIPAL): {BO_UP}\n\n1. DADOS DO FIADOR\nNOME COMPLETO: {G_UP}\n"
           "CPF: {CPF}     RG: {RG}     DATA NASC.: {DOB}\nESTADO CIVIL: CASADO(A) EM {marr} - "
           "COMUNHÃO PARCIAL\nENDEREÇO RESIDENCIAL: {END}\nCIDADE/UF: {city}     CEP: {CEP}\n"
           "TEL. RES.: {tel}     CELULAR: {tel2}\nE-MAIL: {mail}\n\n2. CÔNJUGE (OUTORGA "
           "UXÓRIA/MARITAL)\nNOME: {SP_UP}     CPF: {CPF2}     NASC.: {DOB2}\nRENDA: {inc2}\n\n"
           "3. DADOS PROFISSIONAIS\nEMPRESA: {emp}     CNPJ: {CNPJ}\nRENDA MENSAL: {inc}\n\n"
           "4. REFERÊNCIA BANCÁRIA\nBANCO: {bank}   AGÊNCIA: {AG}   CONTA: {CC}\n\n5. BENS "
           "IMÓVEIS\n{prop} - MATRÍCULA {mat} - VALOR ESTIMADO {val}\n\n6. REFERÊNCIAS "
           "PESSOAIS\n{R1_UP} ({rel1}) - {tel3}\n{R2_UP} ({rel2}) - {tel4}\n\n"
           "Obs. do gerente ({GE_S}, {date}): fiador conhecido da agência, {G_Sr_art} {G_L} "
           "já foi avalista do irmão em 2021. Conferir certidões. {SP_F} assina na agência "
           "na sexta.", {**v, "G_Sr_art": "a Sra." if g.female else "o Sr."})


def fi_beneficiaries(f: Filler, d: Doc) -> None:
    """Life-insurance beneficiary designation, changed by the insured."""
    v: dict = {}
    ins = f.pv(v, "IN", f.person())
    sp = f.pv(v, "SP", f.kin(ins, female=not ins.female))
    broker = f.pv(v, "BK", f.person())
    v.update(CPF=f.cpf(), DOB=f.dob(1955, 1995), tel=f.phone(mobile=True), mail=f.email(ins),
             END=f.address(), CEP=f.cep(), apol=f"{f.digits(2)}.{f.digits(4)}.{f.digits(7)}",
             ins_co=f.ch(["Vitória Seguros S.A.", "Mongeral Aegon", "Seguradora Cruzeiro do Sul",
                          "Porto Seguro Vida"]),
             corr=f.ch(["Rosa & Leal Corretora de Seguros Ltda", "Bento Corretora", "Corretora "
                        "Paz e Bem"]),
             susep=f"{f.digits(2)}.{f.digits(7)}.{f.digits(1)}", capital=f.money(50000, 800000),
             date=f.date(2025, 2025), city=f.city())
    d.fill("{ins_co}\nDESIGNAÇÃO / ALTERAÇÃO DE BENEFICIÁRIOS - Seguro de Vida Individual\n"
           "Apólice nº {apol}    Capital segurado: {capital}\n\nSEGURADO(A): {IN}\nCPF: {CPF}"
           "    Nascimento: {DOB}\nEndereço: {END} - CEP {CEP}    Cel.: {tel}\nE-mail: {mail}\n\n"
           "Revogo a designação anterior e indico como beneficiários:\n\n"
           "NOME                                    PARENTESCO     NASC.        CPF            %\n", v)
    bens = [(sp, "cônjuge")]
    for _ in range(f.rng.randint(1, 3)):
        k = f.kin(ins)
        bens.append((k, "filha" if k.female else "filho"))
    if f.chance(0.4):
        bens.append((f.person(), f.ch(["afilhado(a)", "sobrinho(a)", "companheiro(a)"])))
    shares = [f.rng.randint(10, 50) for _ in bens]
    tot = sum(shares)
    shares = [s * 100 // tot for s in shares]
    shares[0] += 100 - sum(shares)
    for (p, rel), pct in zip(bens, shares):
        name = p.full.upper() if f.chance(0.5) else p.full
        d.add(name, "PERSON")
        d.add(" " * max(2, 40 - len(name)) + f"{rel:<15}")
        young = rel != "cônjuge" and rel[:6] != "compan"
        d.add(*f.dob(1995, 2015) if young else f.dob(1955, 1995, "slash"))
        d.add("   ")
        if f.chance(0.8):
            d.add(*f.cpf("dot"))
        else:
            d.add("menor s/ CPF ")
        d.add(f"   {pct}%\n")
    d.fill("\nNa falta de beneficiário designado aplica-se o art. 792 do Código Civil.\n"
           "{city}, {date}\n\nAssinatura do segurado: ____________________ ({IN_S})\n"
           "Corretor(a): {BK} - {corr} - SUSEP {susep}\n\nNota do corretor: {IN_F} pediu para "
           "excluir {ex}; conferir se {SP_F} já consta como cônjuge na base.",
           {**v, "ex": "o ex-marido" if ins.female else "a ex-esposa"})


def fi_fraud_notes(f: Filler, d: Doc) -> None:
    """Anti-fraud case notes (account takeover / fake-relative scam)."""
    v: dict = {}
    vic = f.pv(v, "VI", f.person())
    kid = f.pv(v, "KI", f.kin(vic))
    mule = f.pv(v, "MU", f.person())
    an = f.pv(v, "AN", f.person())
    an2 = f.pv(v, "AB", f.person())
    v.update(case=f"FR-{f.rng.randint(2024, 2025)}-{f.digits(6)}", CPF=f.cpf(), CPF2=f.cpf(),
             AG=f.agency(), CC=f.account(), AG2=f.agency(), CC2=f.account(), PIX=f.pix(),
             IP=f.ip(0.3), IP2=f.ip(0.3), tel=f.phone(mobile=True), tel2=f.phone(mobile=True),
             mail=f.email(vic), card=f.card(), dev=uuid.UUID(int=f.rng.getrandbits(128)).hex[:16],
             money=f.money(800, 9000), money2=f.money(300, 4000), date=f.date(2025, 2025),
             h1=f.hhmm(), h2=f.hhmm(), h3=f.hhmm(), bank2=f.ch(["Banco Inter", "Nubank", "C6 Bank",
                                                               "PagBank", "Mercado Pago"]),
             kid_t="filha" if kid.female else "filho", med=f.ch(["a Cruz Vermelha", "o Procon",
                                                                 "a delegacia"]))
    d.fill("CASO {case} - PREVENÇÃO A FRAUDES - notas do analista\nCliente: {VI} - CPF {CPF} - "
           "ag {AG} cc {CC}\nTipologia: golpe do falso parente + ATO (account takeover)\n\n"
           "{date} {h1} [{AN_low}] cliente ligou na central informando que recebeu msg no zap "
           "de número desconhecido ({tel}) dizendo ser {o_a} {kid_t}, {KI_F}, \"com número "
           "novo\". Pediu Pix de {money} para pagar boleto. Cliente pagou.\n"
           "{date} {h2} [{AN_low}] Pix destino: chave aleatória {PIX}, titular {MU_UP}, CPF "
           "{CPF2}, {bank2} ag {AG2} conta {CC2}. Conta aberta há 12 dias = laranja.\n"
           "{date} {h2} [{AN_low}] login no app às {h1} do IP {IP} (device {dev}), "
           "diferente do habitual ({IP2}). Troca de e-mail p/ {mail} 3 min antes.\n"
           "{date} {h3} [{AB_fl}] MED acionado (Mecanismo Especial de Devolução). Bloqueio "
           "cautelar de {money2} na conta de {MU_S}. Cartão final {c4} cancelado (numero "
           "completo no log: {card}). Orientado BO; cliente vai com {med}.\n"
           "{date} {h3} [{AB_fl}] {KI_F} verdadeir{KI_o} ({tel2}) confirmou que não pediu "
           "nada. Encerrar como FRAUDE CONFIRMADA.",
           {**v, "o_a": "a" if kid.female else "o", "c4": v["card"][0][-4:]})


def fi_payroll_change(f: Filler, d: Doc) -> None:
    """HR forwards an employee's bank-account change request to payroll."""
    v: dict = {}
    emp = f.pv(v, "EM", f.person())
    hr = f.pv(v, "HR", f.person())
    pay = f.pv(v, "PY", f.person())
    boss = f.pv(v, "GE", f.person())
    company, dom = f.ch([("Grupo Vitória Alimentos", "grupovitoria.com.br"),
                         ("Hospital Santa Cruz", "hsantacruz.org.br"),
                         ("Transportes Bento & Filhos", "bentotransportes.com.br"),
                         ("Rede Luz Supermercados", "redeluz.com.br")])
    v.update(company=company, m1=f.email(hr, dom), m2=f.email(pay, dom), m3=f.email(emp, dom),
             m4=f.email(emp), mat=f.digits(6), PIS=f.pis(), CPF=f.cpf(), AG=f.agency(), CC=f.account(),
             AG2=f.agency(), CC2=f.account(), bank=f.ch(["Bradesco", "Santander", "Caixa"]),
             bank2=f.ch(["Nubank (260)", "Banco Inter (077)", "Itaú (341)", "Sicoob (756)"]),
             date=f.date(2025, 2025), hh=f.hhmm(), hh2=f.hhmm(), tel=f.phone(mobile=False),
             setor=f.ch(["Expedição", "UTI Adulto", "Frota", "Perecíveis - Loja 04"]),
             comp=f.ch(["outubro", "novembro", "dezembro"]))
    d.fill("---------- Mensagem encaminhada ----------\nDe: {HR} <{m1}>\nData: {date} {hh}\n"
           "Assunto: ENC: alteração de conta salário - mat. {mat}\nPara: {PY_S} <{m2}>\n\n"
           "{PY_F},\n\nfavor alterar a conta de crédito d{EM_o} colaborador{EM_a} abaixo a "
           "partir da folha de {comp}.\nJá conferi o comprovante de titularidade (anexo) e a "
           "assinatura do gestor, {GE_Sr} {GE_L}.\n\n  Nome: {EM_UP}\n  Matrícula: {mat}   "
           "Setor: {setor}\n  CPF: {CPF}   PIS: {PIS}\n  Conta atual: {bank} ag. {AG} c/c {CC}\n"
           "  Conta nova:  {bank2} ag. {AG2} c/c {CC2}\n\nATENÇÃO: semana passada recebemos "
           "pedido parecido vindo de {m4} (e-mail externo) e NÃO alteramos; {EM_F} confirmou "
           "pessoalmente que esse sim é {EM_del}.\n\nAtt.\n{HR}\nDepartamento Pessoal - "
           "{company}\n{tel}\n\n> Em {date} {hh2}, {EM} <{m3}> escreveu:\n> bom dia {HR_fl}, "
           "abri conta no {bank2} e queria receber lá a partir do próximo mês. segue print. "
           "obg!\n> {EM_F}", {**v, "EM_a": "a" if emp.female else ""})


def fi_pronaf(f: Filler, d: Doc) -> None:
    """Pronaf rural credit proposal for a family farm."""
    v: dict = {}
    far = f.pv(v, "AG", f.person(origin=f.ch(["pt", "pt", "italiana", "alemã", "polonesa",
                                              "ucraniana", "japonesa"])))
    sp = f.pv(v, "SP", f.kin(far, female=not far.female))
    son = f.pv(v, "SN", f.kin(far))
    tec = f.pv(v, "TC", f.person())
    uf = f.ch(["RS", "PR", "SC", "MG", "BA", "MA"])
    v.update(CPF=f.cpf(), CPF2=f.cpf(), NIS=f.pis(), NIS2=f.pis(), RG=f.rg(), DOB=f.dob(1955, 1995),
             TIT=f.titulo(),
             DOB2=f.dob(1955, 1995), tel=f.phone(mobile=True), END=f.address(), CEP=f.cep(),
             caf=f"{uf}{f.digits(6)}.{f.digits(2)}.{f.digits(6)}/{f.digits(2)}",
             ccir=f"{f.digits(3)}.{f.digits(3)}.{f.digits(3)}.{f.digits(3)}-{f.digits(1)}",
             car_=f"{uf}-{f.digits(7)}-{''.join(f.ch('0123456789ABCDEF') for _ in range(8))}",
             sitio=f.ch(["Sítio Três Irmãos", "Chácara Santa Luzia", "Sítio Boa Vista",
                         "Propriedade Linha São Bento"]),
             com=f.ch(["Linha Vitória", "comunidade de Cruzeiro", "Linha Bonita", "Assentamento Paz na Terra"]),
             line=f.ch(["Pronaf Mais Alimentos", "Pronaf Custeio", "Pronaf Mulher", "Pronaf Agroecologia"]),
             money=f.money(15000, 150000), ha=f"{f.rng.randint(5, 60)},{f.digits(1)}",
             item=f.ch(["trator 75 cv + grade aradora", "resfriador de leite 1.000 L",
                        "custeio de milho safra 25/26", "estufa para hortaliças"]),
             AG_=f.agency(), CC=f.account(), CREA=f.council("CREA", uf), city=f.city(),
             ent=f.ch(["EMATER", "Epagri", "IDR-Paraná", "Bahiater"]), date=f.date(2025, 2025))
    d.fill("PROPOSTA DE CRÉDITO RURAL - {line}\nCooperativa de Crédito Sicredi Raízes / "
           "agência {AG_}\n\nBENEFICIÁRIO: {AG_UP}\nCPF {CPF}   RG {RG}   NIS {NIS}   Nasc. {DOB}\nTítulo eleitoral: {TIT}\n"
           "CAF nº {caf}\nCÔNJUGE: {SP}  CPF {CPF2}  NIS {NIS2}  Nasc. {DOB2}\nEndereço p/ "
           "correspondência: {END}, {city} - CEP {CEP}   Fone {tel}\n\nIMÓVEL RURAL: {sitio}, "
           "{com}, {ha} ha\nCCIR {ccir}   CAR {car_}\nConta para liberação: ag. {AG_} conta {CC}\n\n"
           "FINALIDADE: {item}\nVALOR SOLICITADO: {money}\n\nLaudo técnico ({ent}): a família "
           "{AG_L} produz leite e milho; {SN_F}, filh{SN_o} do casal, voltou para a "
           "propriedade e pretende assumir a atividade (sucessão rural). A renda bruta anual "
           "se enquadra no grupo V. Recomendo aprovação.\nResp. técnico: {TC} - {CREA}\n\n"
           "Declaro sob as penas da lei que as informações são verdadeiras. {date}\n"
           "_______________________ {AG}     _______________________ {SP_S}", v)


def fi_factoring(f: Filler, d: Doc) -> None:
    """Factoring contract with joint guarantors and a list of receivables."""
    v: dict = {}
    p1 = f.pv(v, "S1", f.person())
    p1s = f.pv(v, "S1E", f.kin(p1, female=not p1.female))
    p2 = f.pv(v, "S2", f.person())
    w1 = f.pv(v, "T1", f.person())
    w2 = f.pv(v, "T2", f.person())
    v.update(fac=f.ch(["VALE FOMENTO MERCANTIL LTDA", "Cruzeiro Factoring e Fomento Ltda",
                       "BRANCO & LEAL SECURITIZADORA S/A"]),
             CNPJ=f.cnpj(), ced=f.ch(["Confecções Rosa Morena Ltda ME", "Móveis São Bento Indústria Ltda",
                                      "Padaria e Confeitaria Vitória EIRELI", "Auto Peças Luz Ltda"]),
             CNPJ2=f.cnpj(), CPF1=f.cpf(), CPF2=f.cpf(), CPF3=f.cpf(), RG1=f.rg(), END1=f.address(),
             END2=f.address(), CEP1=f.cep(), CEP2=f.cep(), contract=f"{f.digits(4)}/{f.rng.randint(2024, 2025)}",
             money=f.money(20000, 300000), tax=f"{f.rng.randint(2, 5)},{f.digits(2)}%",
             date=f.long_date(2025, 2025), city=f.city(), AG=f.agency(), CC=f.account())
    d.fill("CONTRATO DE FOMENTO MERCANTIL (FACTORING) Nº {contract}\n\nCONTRATADA: {fac}, CNPJ "
           "{CNPJ}.\nCONTRATANTE (CEDENTE): {ced}, CNPJ {CNPJ2}, neste ato representada por "
           "seus sócios {S1} e {S2_UP}.\nDEVEDORES SOLIDÁRIOS: {S1_UP}, CPF {CPF1}, RG {RG1}, "
           "residente na {END1}, CEP {CEP1}, e seu cônjuge {S1E}, CPF {CPF2}; e {S2}, CPF "
           "{CPF3}, residente na {END2}, CEP {CEP2}.\n\nCláusula 1ª - A CEDENTE cede à "
           "CONTRATADA os títulos relacionados no borderô abaixo, pelo deságio de {tax} a.m.\n"
           "Cláusula 5ª - Os recursos serão creditados na conta da CEDENTE, ag. {AG} c/c {CC}.\n\n"
           "BORDERÔ\nDup. nº | Sacado | CNPJ | Venc. | Valor\n", v)
    sacados = ["Supermercado Irmãos Prado", "Magazine Bento Ltda", "Lojas Cruz de Ferro",
               "Atacado Vitória Régia", "Comercial Leal & Filhos", "Casas Pernambucanas"]
    f.rng.shuffle(sacados)
    for i in range(f.rng.randint(3, 5)):
        d.add(f"{f.digits(5)}-{i + 1} | {sacados[i]} | ")
        d.add(*f.cnpj())
        d.add(f" | {f.date(2025, 2026)} | {f.money(1000, 40000)}\n")
    d.fill("\n{city}, {date}.\n\n{S1_UP} ____________   {S1E_UP} ____________   {S2_UP} "
           "____________\nTestemunhas: {T1} / {T2}", v)


def fi_deceased_release(f: Filler, d: Doc) -> None:
    """Heirs ask the bank to release a deceased account holder's balance; bank replies."""
    v: dict = {}
    dec = f.pv(v, "DE", f.person(female=f.chance(0.5)))
    wid = f.pv(v, "WI", f.kin(dec, female=not dec.female))
    mgr = f.pv(v, "GE", f.person())
    heirs = [f.kin(dec) for _ in range(f.rng.randint(2, 4))]
    inv = heirs[0]
    f.pv(v, "IV", inv)
    uf = f.ch(UFS)
    law = f.pv(v, "AD", f.person())
    v.update(CPF=f.cpf(), AG=f.agency(), CC=f.account(), CC2=f.account(), death=f.date(2024, 2025),
             money=f.money(3000, 90000), cnj=f.cnj(), alv=f"{f.digits(4)}/{f.rng.randint(2024, 2025)}",
             bank=f.ch(["Banco do Brasil", "Caixa Econômica Federal", "Banrisul", "Bradesco"]),
             mail=f.email(inv), mail2=f.email(mgr, "bancointerior.com.br"), tel=f.phone(),
             CPF2=f.cpf(), OAB=f.council("OAB", uf), date=f.date(2025, 2025), hh=f.hhmm(),
             vara=f.ch(["1ª Vara de Família e Sucessões de Joinville", "Vara Cível de Luz",
                        "2ª Vara de Sucessões de Vitória"]), cart=f.ch(["Cartório do 1º Ofício de Notas",
                                                                      "Tabelionato Rui Barbosa"]))
    d.fill("De: {IV} <{mail}>\nPara: {GE} <{mail2}>\nData: {date} {hh}\nAssunto: Liberação de "
           "saldo - conta de {DE_UP} (falecid{DE_o})\n\nPrezad{GE_o} {GE_F},\n\nconforme "
           "conversamos na agência, sou inventariante do espólio de {DE}, CPF {CPF}, falecid{DE_o} "
           "em {death}, titular da conta {CC} da agência {AG} ({bank}) e da poupança {CC2}. "
           "Encaminho o alvará judicial nº {alv}, expedido pela {vara} nos autos {cnj}, que "
           "autoriza o levantamento de {money} (Lei 6.858/80), a ser dividido entre os "
           "herdeiros:\n", v)
    for h in heirs:
        w: dict = {}
        f.pv(w, "H", h)
        w.update(CPF=f.cpf(), rel="filha" if h.female else "filho", AG=f.agency(), CC=f.account())
        d.fill(f.ch(["{H_UP} - {rel} - CPF {CPF} - ag {AG} cc {CC}\n",
                     "- {H} ({rel}), CPF {CPF}, conta p/ crédito {AG} / {CC}\n"]), w)
    d.fill("{WI_UP} - cônjuge meeir{WI_o} - CPF {CPF2}\n\nA certidão de óbito foi lavrada no "
           "{cart}. Meu telefone é {tel}.\n\nAtenciosamente,\n{IV_S}\n\n> Em resposta, "
           "{GE_S} escreveu:\n> Sr(a). {IV_L}, o alvará foi recebido. Precisamos ainda da "
           "procuração d{AD_o} {AD_Dr} {AD_L} ({AD}, {OAB}) com firma reconhecida e dos dados "
           "bancários de {WI_F}. Prazo de 5 dias úteis.", v)


# ----------------------------------------------------------------------------------------
TENTH = {
    "atendimento": [at_forward_chain, at_field_sales, at_gym_cancel, at_meter_dispute,
                    at_collection_call, at_school_cancel, at_baggage],
    "juridico": [ju_curatela, ju_union_minutes, ju_police_statement, ju_class_action,
                 ju_purchase_contract, ju_bailiff_cert, ju_rent_notice],
    "saude": [sa_psych_admission, sa_caps_attendance, sa_delivery_summary, sa_cat, sa_growth,
              sa_pharmacovigilance, sa_regulation],
    "financeiro": [fi_guarantor, fi_beneficiaries, fi_fraud_notes, fi_payroll_change, fi_pronaf,
                   fi_factoring, fi_deceased_release],
}


def check_names() -> None:
    """Own name lists: none taken from the earlier sets' unseen lists."""
    earlier = set()
    for attr in dir(mev):
        if "UNSEEN" in attr:
            earlier |= set(getattr(mev, attr))
    ours = set(PT_F + PT_M + PT_SUR + WORD_F + WORD_M + WORD_SUR)
    for gf, gm, sur in ORIGINS.values():
        ours |= set(gf + gm + sur)
    assert not ours & earlier, sorted(ours & earlier)


def validate(record: dict) -> None:
    text, last_end = record["text"], 0
    for span in record["spans"]:
        assert span["start"] >= last_end, record["id"]
        assert 0 <= span["start"] < span["end"] <= len(text), record["id"]
        value = text[span["start"]:span["end"]]
        assert value == value.strip() and value, (record["id"], value)
        assert "{" not in value and "}" not in value, (record["id"], value)
        last_end = span["end"]
    assert not re.search(r"\{\w+\}", text), (record["id"], re.findall(r"\{\w+\}", text))


def build(seed: int = SEED) -> list[dict]:
    check_names()
    f = Filler(seed)
    records = []
    for domain, templates in TENTH.items():
        for index, template in enumerate(templates):
            for copy in range(PER_TEMPLATE):
                d = Doc()
                template(f, d)
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": d.text,
                          "spans": d.spans}
                validate(record)
                records.append(record)
    return records


def main() -> None:
    records = build()
    with (HERE / "tenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print("tenth", len(records), "records,", sum(len(r["spans"]) for r in records), "gold spans")


if __name__ == "__main__":
    main()
