"""Build the nineteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_nineteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 19,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: ordinary everyday prose written by ordinary people
and small businesses (customers, neighbours, parents, parishes, landlords, freelancers),
with their typos of style, lower case in chats and plain words instead of legal ones.
- atendimento: a customer's e-mail ordering a birthday cake from a bakery (and the owner's
  reply), a patient's e-mail rescheduling dental appointments for herself and her son, an
  e-mail asking a small garage for a repair quote, a neighbourhood association's letter to
  residents (complaints, slate, board), a town's lost-and-found Facebook group (lost pet,
  found wallet with documents), a classified-ads page (rent, sale, jobs, services), a
  WhatsApp group of a class's parents (lower case).
- juridico: a residential lease between private individuals (guarantor and spouse,
  witnesses), a small-claims (JEC) complaint written by the claimant herself, parents'
  authorisation for a minor to travel (notarised signatures), a declaration of residence
  (Lei 7.115/83), a used-car sale receipt between individuals, an animal-protection NGO's
  responsible-adoption term, a domestic worker's contract drawn up by the employer.
- saude: a clinic's SMS reminder outbox with patients' replies, a veterinary clinic record
  (owner's data), a dental office's new-patient anamnesis form, a gym membership form
  (PAR-Q, emergency contact, trainer's CREF, recurring card), a family WhatsApp group while
  the grandmother is in hospital, a crowdfunding page for a child's surgery, a parish's
  list of blood-donation volunteers.
- financeiro: a church/charity donation receipt with the donor's thank-you e-mail (online
  donations with card and IP), a freelancer's RPA with bank data (alphanumeric 2026 CNPJs
  in some copies), a photographer's e-mail with invoice and payment data, a student house
  splitting the month's bills in a chat, a grocery's tab notebook (caderneta de fiado), a
  furniture shop's store-credit (crediário) form with references, a charity raffle sheet.

Conventions (the fifteenth and seventeenth sets' where they decide): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "M.V.", "Prof.", "dona", "seu", "tia", "vó", "dr";
particles inside a name are part of it; nicknames ("Zé", "Cida", "Biu", "Guga") and first
names alone, capitalised or lower case, are persons, and so is a name written on a child's
coat in capitals; "mãe do pedro" -> "pedro". Pets are not persons, even when their names are
person names (Mel, Bento, Chico, Vitória), and a pet's birth date is not a DATE_OF_BIRTH.
Companies, shops, schools, hospitals, parishes, streets, squares and cities named after
people or after name-words ("Bolos da Vó Rosa", "Oficina do Branco", "Hospital Dona Rosa
Prudente", "praça Dona Rosa Prudente") are not persons. ADDRESS is street type + name +
number + complement in one span, also lower case in chats ("rua do mel 45 fundos"); bairro,
city and UF stay outside, CEP is BR_CEP; a street named without a number is not labelled.
Businesses' role mailboxes (encomendas@, recepcao@) and 0800 numbers are not labelled;
people's phones and e-mails are, also when they serve as a Pix key (PHONE_NUMBER /
EMAIL_ADDRESS); a Pix key that is a CPF is BR_CPF, a CNPJ BR_CNPJ. PIX_KEY only for random
(UUID) keys. Agency and account are separate BANK_ACCOUNT spans; bank codes are not.
DATE_OF_BIRTH only for people's birth dates. PROFESSIONAL_ID includes the council acronym
and UF ("CRO-MG 12345", "CRMV-SP 4567", "CREF 012345-G/SP", "CRM/BA 23456"). The NIT of an
RPA or a domestic worker is BR_PIS. Instagram handles, masked cards ("final 4821"),
health-plan card numbers, guide numbers and Pix end-to-end ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Dheniffer, Glaucirene, Wandercleia, Creonildo, Zenóbio; Italian, German, Japanese, Lebanese,
Polish, Korean, Chinese, Andean, Venezuelan, Haitian, Nigerian/Angolan, indigenous, Jewish,
Greek, Armenian), at least a quarter of the name words rare or invented; names that are
ordinary words (Rosa, Branco, Prudente, Bento, Vitória, Leão, Graça, Luz, Flor, Sol, Mel,
Aurora, Celeste) next to the same words used as words ("pão de mel", "sem luz", "graças a
deus", "parecia um sol", "portão branco", "graça e paz") and in places, shops, pets and
companies ("Confeitaria Doce Mel", "Bento Gonçalves", "Presidente Prudente", the cat Leão),
which are not persons. Forms: lower case, ALL CAPS, first name alone, nickname, short name.

Hard negatives (never labelled): CNJ process numbers, protocol, order and guide numbers,
11-digit numbers failing the CPF check (RENAVAM, consumer units), microchip numbers (15
digits failing the CNS check), AIT numbers, IPTU registrations, certificate matrículas,
notarial seals, ICD-10 codes, CBO codes, money, company names with surnames, streets,
schools, hospitals and parishes named after people, pets, Instagram handles.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 19

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


def cnh_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and cnh_dv(s[:9]) == s[9:]


def pis_dv(body: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r >= 10 else str(r)


def pis_ok(s: str) -> bool:
    n = re.sub(r"\D", "", s)
    return len(n) == 11 and pis_dv(n[:10]) == n[10]


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
# --------------------------------------------------------------------------- name pools
PT_F = ["Adriana", "Patrícia", "Simone", "Vanessa", "Daniela", "Priscila", "Larissa", "Bruna", "Jéssica",
        "Débora", "Sandra", "Elaine", "Mariana", "Beatriz", "Helena", "Alice", "Laura", "Cecília", "Tereza",
        "Conceição", "Maria José", "Ana Paula", "Maria Clara", "Francisca", "Sônia", "Neide", "Vera Lúcia",
        "Aparecida", "Rosângela", "Luciana", "Manuela", "Heloísa"]
PT_M = ["José", "Paulo", "Marcos", "Roberto", "Eduardo", "Sérgio", "Marcelo", "Diego", "Bruno", "Felipe",
        "Gustavo", "Rafael", "Vinícius", "Caio", "Enzo", "Bernardo", "Heitor", "Samuel", "Otávio", "Renato",
        "Edson", "Valter", "Nilton", "Luiz Carlos", "José Carlos", "Paulo Roberto", "Severino", "Expedito",
        "Francisco", "Sebastião", "Lorenzo", "Murilo"]
PT_F_RARE = ["Josenilda", "Kelvia", "Marinalva", "Edileusa", "Cleonice", "Dheniffer", "Kaylane", "Lucirene",
             "Gracilene", "Maricleide", "Adenilda", "Valdelice", "Zuleide", "Eremita", "Domitila", "Ednalva",
             "Erenilda", "Rayssa", "Kauany", "Izaura", "Dalvanira", "Laudiceia", "Tuanny", "Ruthneia",
             "Crislaine", "Aldenora", "Benedita", "Euzenir", "Marluce", "Irenilda", "Quitéria", "Jucimara",
             "Glaucirene", "Wandercleia", "Elisângela", "Nayara", "Lenimar", "Sinhá"]
PT_M_RARE = ["Josivaldo", "Valdeci", "Ednaldo", "Jailson", "Edvan", "Cleidson", "Adailton", "Erisvaldo",
             "Reginaldo", "Gleydson", "Wemerson", "Jhonatan", "Kauê", "Erivelton", "Zenóbio", "Anacleto",
             "Belarmino", "Olegário", "Teotônio", "Ariosvaldo", "Valdomiro", "Dejair", "Jucelino", "Nivaldo",
             "Evanildo", "Damião", "Deodato", "Wallison", "Claudemir", "Elifas", "Tibério", "Welbert",
             "Josimar", "Creonildo", "Railson", "Dirceu", "Hildebrando"]
WORD_F = ["Rosa", "Vitória", "Graça", "Luz", "Flor", "Mel", "Aurora", "Celeste"]
WORD_M = ["Bento", "Prudente", "Leão", "Amado", "Franco", "Sol"]
PT_SUR = ["Pereira", "Costa", "Carvalho", "Gomes", "Martins", "Ribeiro", "Alves", "Lopes", "Mendes", "Cardoso",
          "Castro", "Pinto", "Dias", "Nunes", "Moreira", "Fernandes", "Reis", "Monteiro", "Batista",
          "Cavalcanti", "Farias", "Tavares", "Machado", "Sales", "Macedo", "Paiva", "Azevedo", "Bezerra",
          "Cunha", "Leite"]
PT_SUR_RARE = ["Arcoverde", "Brandão", "Catunda", "Dantas", "Florentino", "Girão", "Ibiapina", "Jurema",
               "Lobato", "Marinho", "Mourão", "Pontes", "Rebouças", "Sobreira", "Trigueiro", "Valadares",
               "Ximenes", "Zumba", "Bessa", "Cordeiro", "Portela", "Alencar", "Saboia", "Feitosa", "Leitão",
               "Canuto", "Pessoa", "Tojal", "Arruda", "Gurgel", "Mamede", "Negreiros", "Quintanilha", "Bittencourt",
               "Caldeira", "Esmeraldo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Graça", "Luz", "Vitória", "Coelho", "Pinheiro",
            "Carneiro", "Franco", "Sol"]
FOREIGN = {
    "it": (["Rafaella", "Graziella", "Donatella"], ["Ettore", "Vittorio", "Gianluca"],
           ["Benedetti", "Rossetto", "Cavalli", "Tomasi", "Girardello", "Dal Pont"]),
    "de": (["Hildegard", "Brunhilde", "Elke"], ["Gunther", "Wolfgang", "Egon"],
           ["Kessler", "Hoffmann", "Brandt", "Schultz", "Zimmermann", "Kieling"]),
    "jp": (["Tomoko", "Harumi", "Naomi"], ["Kenji", "Tadashi", "Satoshi"],
           ["Tanaka", "Kobayashi", "Miyazaki", "Shimabukuro", "Kaneshiro"]),
    "ar": (["Nadia", "Soraya", "Yasmin"], ["Jamil", "Kalil", "Said"],
           ["Khoury", "Bittar", "Jabour", "Rahal", "Kassab"]),
    "pl": (["Irena", "Wanda", "Natalia"], ["Kazimierz", "Jerzy", "Wladimir"],
           ["Nowak", "Wisniewski", "Kowalski", "Sawczuk", "Lewandowski"]),
    "kr": (["Hye-jin", "Eun-ji"], ["Sung-min", "Jae-won"], ["Lee", "Kang", "Jung", "Shin"]),
    "cn": (["Lin", "Yan"], ["Jun", "Hao"], ["Li", "Huang", "Zhou", "Wu"]),
    "bo": (["Maribel", "Gladys", "Nelly"], ["Fredy", "Wilmer", "Ronald"],
           ["Mamani", "Condori", "Flores", "Villca"]),
    "ve": (["Yusbelis", "Marbelis", "Génesis"], ["Yorman", "Jhoan", "Deivis"],
           ["Guerrero", "Bracho", "Villalobos", "Colmenares"]),
    "ht": (["Nadège", "Mirlande", "Widelene"], ["Wilner", "Jocelyn", "Frantz"],
           ["Louis", "Jean-Louis", "Désir", "Exantus", "Charles"]),
    "af": (["Adaeze", "Ngozi", "Teresinha"], ["Chukwuemeka", "Emeka", "Nkosi"],
           ["Adeyemi", "Nwosu", "Kiala", "Bumba", "Mavinga"]),
    "in": (["Moema", "Iracema", "Potira"], ["Ubirajara", "Anauê", "Caíque"],
           ["Guajajara", "Kaingang", "Xakriabá", "Krenak"]),
    "jw": (["Esther", "Miriam", "Raquel"], ["Abrahão", "Nathan", "Benjamin"],
           ["Klein", "Schwartz", "Kaufman", "Grinberg", "Lerner"]),
    "gr": (["Eleni", "Anastácia"], ["Stavros", "Nikos"], ["Papadopoulos", "Karamanlis", "Stefanidis"]),
    "am": (["Anahid", "Siranush"], ["Arshak", "Garabed"], ["Kouyoumdjian", "Tchalian", "Boyadjian"]),
}
NICKS = {"José": "Zé", "Francisco": "Chico", "Sebastião": "Tião", "Aparecida": "Cida", "Conceição": "Ceiça",
         "Maria José": "Zezé", "Expedito": "Dito", "Benedita": "Dita", "Francisca": "Chica", "Severino": "Biu",
         "Valdomiro": "Miro", "Quitéria": "Teca", "Reginaldo": "Naldo", "Ednaldo": "Naldo", "Erisvaldo": "Val",
         "Marinalva": "Nalva", "Gustavo": "Guga", "Eduardo": "Dudu", "Beatriz": "Bia", "Patrícia": "Paty",
         "Rafael": "Rafa", "Cecília": "Ciça", "Helena": "Lena", "Samuel": "Samuca", "Graça": "Gracinha",
         "Rosa": "Rosinha", "Josivaldo": "Vavá", "Zenóbio": "Bio", "Vinícius": "Vini", "Luiz Carlos": "Luca",
         "José Carlos": "Zeca", "Paulo Roberto": "Paulinho", "Izaura": "Zazá", "Gracilene": "Leninha",
         "Dalvanira": "Nira", "Heloísa": "Helô", "Manuela": "Manu", "Marcelo": "Celão", "Kauany": "Kaká",
         "Elisângela": "Lia", "Roberto": "Beto", "Anahid": "Ani", "Kazimierz": "Kazik", "Chukwuemeka": "Emeka"}
PARTICLE_OF = {"Santos": "dos", "Silva": "da", "Rosa": "da", "Graça": "da", "Luz": "da", "Vitória": "da",
               "Costa": "da", "Cunha": "da", "Jurema": "da", "Conceição": "da", "Pinheiro": "do", "Carmo": "do",
               "Sol": "do", "Anjos": "dos", "Dores": "das", "Mercês": "das"}
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]

DDDS = ["11", "13", "15", "17", "18", "21", "22", "24", "27", "28", "31", "32", "37", "38", "41", "42", "44",
        "45", "47", "49", "51", "53", "55", "61", "62", "63", "64", "66", "68", "69", "71", "73", "74", "79",
        "81", "82", "84", "85", "86", "88", "89", "91", "93", "96", "97", "98", "99"]
STREETS = ["Rua das Margaridas", "Rua Dona Flor Amado", "Rua Maestro Bento Luz", "Rua Sol Nascente",
           "Rua Augusto Leão", "Rua Rosa e Silva", "Avenida Graça Aranha", "Rua Luz do Sol", "Travessa Flor do Campo",
           "Rua Padre Bento Prudente", "Rua Vitória Régia", "Rua Doutor Alencar Gurgel", "Rua Treze de Junho",
           "Rua Tiradentes", "Avenida Getúlio Vargas", "Rua Barão do Rio Branco", "Rua Sete de Setembro",
           "Rua José Bonifácio", "Rua Monteiro Lobato", "Rua Cecília Meireles", "Rua Castro Alves",
           "Rua Anita Garibaldi", "Av. Almirante Barroso", "Avenida Sol Poente", "Rua do Mel", "Rua Irmã Dulce",
           "Rua Chico Mendes", "Rua dos Girassóis", "Rua Quintino Bocaiúva", "Rua 12 de Outubro", "Rua B",
           "Rua Projetada 4", "Beco da Rosa", "Rua Madre Paulina", "Servidão Leão Kessler", "Estrada do Branco",
           "Rua Arcoverde Sobreira", "Av. Prudente de Morais", "Rua Mel de Engenho", "Travessa Aurora"]
BAIRROS = ["Centro", "Jardim das Flores", "Vila Rosa", "Sol Nascente", "Luz", "Graças", "Parque São Bento",
           "Vila Branca", "Jardim Prudente", "Cidade Nova", "Morro da Cruz", "Vitória Régia", "Bom Jesus",
           "Alto da Boa Vista", "Conjunto Flor de Lis", "Vila Operária", "Mangueira", "Jardim Europa"]
CITIES = [("Rio Branco", "AC"), ("Vitória", "ES"), ("Bento Gonçalves", "RS"), ("Presidente Prudente", "SP"),
          ("Flores da Cunha", "RS"), ("Luz", "MG"), ("Pedra Branca", "PB"), ("Vitória de Santo Antão", "PE"),
          ("Santa Rosa", "RS"), ("Natal", "RN"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Cuiabá", "MT"),
          ("Campo Grande", "MS"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Santarém", "PA"),
          ("Imperatriz", "MA"), ("Mossoró", "RN"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Maringá", "PR"),
          ("Cascavel", "PR"), ("Pelotas", "RS"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Niterói", "RJ"),
          ("Nova Iguaçu", "RJ"), ("Anápolis", "GO"), ("Palmas", "TO"), ("Boa Vista", "RR"), ("Macapá", "AP"),
          ("Caruaru", "PE"), ("Petrolina", "PE"), ("Crato", "CE"), ("Ilhéus", "BA"), ("Picos", "PI"),
          ("Leme", "SP"), ("Rosário do Sul", "RS")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "RN", "DF", "ES", "MA", "PB", "AL"]
CIDS = ["K40.9", "M54.5", "J18.9", "N20.0", "S82.2", "C18.9", "G35", "Q21.0", "K35.8", "E10.9", "H26.9",
        "M16.1", "F84.0", "D61.9", "I63.9", "C71.9"]
PETS = ["Mel", "Bento", "Leão", "Flor", "Sol", "Luna", "Thor", "Pipoca", "Bolinha", "Princesa", "Rosa",
        "Pretinha", "Amora", "Paçoca", "Branquinho", "Chico", "Frida", "Tobias", "Vitória", "Duquesa"]

def dot(s: str) -> str:
    """End a sentence after a name that may already end in a period ("S.A.")."""
    return s if s.endswith(".") else s + "."


def gw(p: "Person", m: str, f: str) -> str:
    return f if p.fem else m


class Person:
    def __init__(self, given: str, surnames: list[str], fem: bool):
        self.given = given
        self.surnames = surnames
        self.fem = fem
        self.nickname = NICKS.get(given)

    @property
    def nick(self) -> str:
        """How friends and family call the person: the nickname when there is one, else the first name."""
        return self.nickname or self.first

    @property
    def low(self) -> str:
        """Lower-case first name or nickname, as typed in chats."""
        return self.nick.lower()

    @property
    def lowfull(self) -> str:
        return self.short.lower()

    @property
    def first(self) -> str:
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES][-1]

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def capsna(self) -> str:
        return noacc(self.full).upper()

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def inv(self) -> str:
        """'SURNAME, Given' as in alphabetical lists."""
        return f"{self.last.upper()}, {self.given}"

    @property
    def initials(self) -> str:
        """'M. A. Tenório': initials of the given name(s) with the last surname written out."""
        return " ".join(w[0] + "." for w in self.given.split() if w not in ("de", "do", "da")) + " " + self.last

    @property
    def bare(self) -> str:
        """'M.A.T.': bare initials (not labelled)."""
        return "".join(w[0].upper() + "." for w in self.full.split() if w not in ("de", "da", "do", "dos", "das"))

    @property
    def sr(self) -> str:
        return gw(self, "Sr.", "Sra.")

    @property
    def dr(self) -> str:
        return gw(self, "Dr.", "Dra.")

    @property
    def o(self) -> str:
        return gw(self, "o", "a")


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
        if r < 0.45:
            return self.pick(PT_SUR_RARE)
        return self.pick(PT_SUR)

    def person(self, fem: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        if fem is None:
            fem = rng.random() < 0.5
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else rng.choice(sorted(FOREIGN))
        if origin == "pt":
            r = rng.random()
            if word or r < 0.1:
                given = rng.choice(WORD_F if fem else WORD_M)
            elif r < 0.48:
                given = rng.choice(PT_F_RARE if fem else PT_M_RARE)
            else:
                given = rng.choice(PT_F if fem else PT_M)
            k = rng.choice([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self._surname(word and not surnames and rng.random() < 0.5)
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                i = rng.randrange(len(surnames))
                surnames.insert(i, PARTICLE_OF.get(surnames[i], "de"))
            if not fem and rng.random() < 0.08:
                surnames.append(rng.choice(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = rng.choice(PT_F if fem else PT_M)
            else:
                given = rng.choice(fs if fem else ms)
            surnames = [rng.choice(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self._surname())
        return Person(given, surnames, fem)

    def relative(self, p: Person, fem: bool | None = None, child: bool = False) -> Person:
        """Spouse, child or parent carrying p's last surname."""
        q = self.person(fem=fem, origin="pt")
        last = p.last
        if child:
            q.surnames = ([self._surname()] if self.chance(0.6) else []) + [last]
        else:
            q.surnames = [self._surname(), last] if self.chance(0.6) else [last]
        return q

    def child_of(self, mother: Person, father: Person | None, fem: bool | None = None) -> Person:
        q = self.person(fem=fem, origin="pt")
        q.surnames = [mother.last] + ([father.last] if father and father.last != mother.last else [])
        return q

    def people(self, n: int, **kw) -> list[Person]:
        out: list[Person] = []
        seen: set[str] = set()
        while len(out) < n:
            p = self.person(**kw)
            if p.first not in seen and p.last not in seen:
                seen.update((p.first, p.last))
                out.append(p)
        return out

    # ------------------------------------------------------------------ identifiers
    def cpf(self, style: str | None = None) -> str:
        b = self.d(9)
        n = b + cpf_dv(b)
        style = style or self.pick(["dot", "dot", "dot", "dot", "raw"])
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if style == "dot" else n

    def bad11(self) -> str:
        while True:
            n = self.d(11)
            if not cpf_ok(n) and not pis_ok(n) and not cnh_ok(n):
                return n

    def cnpj(self, alnum: bool = False, style: str = "dot") -> str:
        if alnum:
            chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
            b = "".join(self.pick(chars) for _ in range(8))
            while b.isdigit():
                b = "".join(self.pick(chars) for _ in range(8))
            b += self.pick(["0001", "0001", "".join(self.pick(chars) for _ in range(4))])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self) -> tuple[str, str]:
        k = self.rng.random()
        if k < 0.45:
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return (f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if self.chance(0.8) else n), self.pick(["SSP/SP", "SSP-SP"])
        if k < 0.6:
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}", "PC/MG"
        uf = self.pick(["PE", "CE", "BA", "PB", "PI", "RS", "GO"])
        n = str(self.ri(1000000, 9999999))
        org = {"PE": "SDS/PE", "CE": "SSPDS/CE", "BA": "SSP/BA", "PB": "SSP/PB", "PI": "SSP/PI",
               "RS": "SJS/RS", "GO": "DGPC/GO"}[uf]
        return (f"{n[0]}.{n[1:4]}.{n[4:]}" if self.chance(0.5) else n), org

    def cnh(self) -> str:
        b = self.d(9)
        return b + cnh_dv(b)

    def pis(self) -> str:
        b = self.pick("12") + self.d(9)
        n = b + pis_dv(b)
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if self.chance(0.6) else n

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
        return f"{n[:5]}-{n[5:]}" if self.chance(0.85) else (f"{n[:2]}.{n[2:5]}-{n[5:]}" if self.chance(0.5) else n)

    def phone(self, mobile: bool = True, style: str | None = None) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + self.d(8)) if mobile else (str(self.ri(2, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "raw"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "raw": f"{ddd}{local}"}[style]

    def card(self, spaced: bool | None = None) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b = ("6363" + self.d(11)) if b == "6" else (b + self.d(14))
        n = b + luhn_dv(b)
        if spaced is None:
            spaced = self.chance(0.7)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def pix(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        if old is None:
            old = self.chance(0.45)
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a} {self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def renavam(self) -> str:
        return self.bad11()

    def agency(self) -> str:
        return self.d(4) if self.chance(0.7) else f"{self.d(4)}-{self.d(1)}"

    def account(self) -> str:
        n = self.d(self.ri(5, 10))
        return f"{n}-{self.pick('0123456789X')}" if self.chance(0.85) else n

    def ip(self) -> str:
        return f"{self.pick([177, 179, 181, 186, 187, 189, 191, 200, 201, 45, 138])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def email(self, p: Person, domain: str | None = None) -> str:
        f = noacc(p.first).lower().replace("'", "").replace("-", "")
        l = noacc(p.last.split()[-1]).lower().replace("'", "").replace("-", "")
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br",
                                      "uol.com.br", "icloud.com", "live.com", "globo.com"])
        return f"{user}@{domain}"

    def street(self) -> str:
        return self.pick(STREETS)

    def address_low(self) -> str:
        """Address as typed in a chat: lower case, often without accents or comma."""
        s = self.street().replace("Avenida", "av").replace("Av.", "av").replace("Rua", "rua").replace("Travessa", "travessa")
        s = s.lower() if self.chance(0.7) else noacc(s).lower()
        return f"{s}{self.pick([', ', ' ', ' n '])}{self.ri(10, 2999)}{self.pick(['', '', ' casa 2', ' fundos', ' ap ' + str(self.ri(11, 404))])}"

    def address(self, caps: bool = False) -> str:
        s = self.street()
        r = self.rng.random()
        num = str(self.ri(10, 3999))
        if r < 0.3:
            num = f"nº {num}"
        elif r < 0.36:
            num = "s/n"
        comp = self.pick(["", "", "", f", apto {self.ri(11, 1204)}", f", ap. {self.ri(11, 504)} bloco {self.pick('ABCDE')}",
                          f", casa {self.ri(1, 12)}", ", fundos", f", lote {self.ri(1, 30)} quadra {self.ri(1, 40)}",
                          f" - apto {self.ri(11, 304)}", f", térreo"])
        a = f"{s}, {num}{comp}"
        return noacc(a).upper() if caps else a

    def city(self):
        return self.pick(CITIES)

    def dob(self, lo: int = 1950, hi: int = 2004, fmt: str | None = None) -> str:
        y, m, dd = self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28)
        fmt = fmt or self.pick(["br", "br", "br", "br", "written", "short"])
        return {"br": f"{dd:02d}/{m:02d}/{y}", "written": f"{dd} de {MONTHS[m - 1]} de {y}",
                "iso": f"{y}-{m:02d}-{dd:02d}", "short": f"{dd}/{m}/{y}", "dot": f"{dd:02d}.{m:02d}.{y}"}[fmt]

    def date(self, year: int = 2025, fmt: str = "br") -> str:
        m, dd = self.ri(1, 12), self.ri(1, 28)
        return {"br": f"{dd:02d}/{m:02d}/{year}", "iso": f"{year}-{m:02d}-{dd:02d}",
                "written": f"{dd} de {MONTHS[m - 1]} de {year}", "dm": f"{dd:02d}/{m:02d}"}[fmt]

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}h{self.ri(0, 59):02d}"

    def money(self, lo: int = 50, hi: int = 25000, prefix: bool = True) -> str:
        v = self.ri(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return ("R$ " + s) if prefix else s

    def cnj(self, j: str = "8") -> str:
        n, yr = self.d(7), self.pick(["2019", "2021", "2022", "2023", "2024", "2025"])
        tr, orig = f"{self.ri(1, 24):02d}", self.d(4)
        dv = 98 - int(n + yr + j + tr + orig + "00") % 97
        return f"{n}-{dv:02d}.{yr}.{j}.{tr}.{orig}"

    def protocol(self) -> str:
        k = self.rng.random()
        if k < 0.4:
            return self.bad11()
        if k < 0.7:
            return f"2025{self.d(9)}"
        return f"{self.d(5)}.{self.d(6)}/2025-{self.d(2)}"

    def nb(self) -> str:
        n = self.d(10)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}"

    def matricula_civil(self) -> str:
        """32-digit matrícula of a civil-registry certificate (not labelled)."""
        return f"{self.d(6)} 01 55 {self.ri(1970, 2025)} {self.pick('1234')} {self.d(5)} {self.d(3)} {self.d(7)} {self.d(2)}"

    def council(self, kind: str, uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 199999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {n}", f"OAB-{uf} {n}", f"OAB/{uf} {n}"])
        if kind == "CRM":
            return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM/{uf} nº {dotted}", f"CRM {uf} {n}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {self.ri(100000, 999999)}-ENF", f"COREN/{uf} {dotted}",
                              f"COREN-{uf} {self.ri(100000, 999999)}-TE"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 69999)}", f"CRF/{uf} nº {self.ri(1000, 69999)}"])
        if kind == "CRO":
            return f"CRO-{uf} {self.ri(1000, 49999)}"
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.ri(1000, 99999)}"
        if kind == "CRESS":
            return f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 29999)}"
        if kind == "CRC":
            return f"CRC/{uf} 1{self.d(5)}/O-{self.d(1)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.ri(10000, 299999)}-F"
        if kind == "CRMV":
            return self.pick([f"CRMV-{uf} {self.ri(1000, 59999)}", f"CRMV/{uf} nº {self.ri(1000, 59999)}"])
        if kind == "CREF":
            return self.pick([f"CREF {self.d(6)}-G/{uf}", f"CREF-{uf} {self.d(6)}-G", f"CREF {self.ri(1, 20):02d} {self.d(6)}-G/{uf}"])
        raise KeyError(kind)


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")
OPTIONAL = re.compile(r"⟦(.*?)⟧", re.S)


class Doc:
    def __init__(self, g: Gen):
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

    def p(self, s: str) -> "Doc":
        return self.e(s, "PERSON")

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span.

        A segment between ⟦ and ⟧ is kept with probability 0.35 (so copies differ)."""
        if "⟦" in template:
            template = OPTIONAL.sub(lambda m: m.group(1) if self.g.chance(0.35) else "", template)
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




def brl_words(g: Gen) -> str:
    return g.pick(["cem reais", "duzentos e cinquenta reais", "quinhentos reais", "mil reais", "oitenta reais",
                   "trezentos e vinte reais", "cento e cinquenta reais"])


SHOPS = ["Confeitaria Doce Mel", "Padaria Sol de Minas", "Panificadora Leão Dourado", "Bolos da Vó Rosa",
         "Padaria e Confeitaria Bento & Filhos Ltda", "Delícias da Graça", "Casa de Bolos Flor de Laranjeira"]
CARS = ["Gol 1.6 2014", "Onix LT 2019", "HB20 1.0 2020", "Palio Fire 2011", "Corolla XEi 2017", "Fiat Strada 2021",
        "Renault Sandero 2016", "Honda Fit 2015", "moto CG 160 Titan 2022", "Saveiro Cross 2013", "Ka SE 2018"]


def at_bakery_order(g: Gen) -> Doc:
    """Customer's e-mail ordering a birthday cake from a neighbourhood bakery, and the owner's reply."""
    doc = Doc(g)
    c, uf = g.city()
    cu = g.person(fem=g.chance(0.8))
    kid = g.relative(cu, child=True)
    hus, gm, own = g.relative(cu, fem=not cu.fem), g.person(fem=True), g.person()
    shop = g.pick(SHOPS)
    dom = noacc(shop.split()[-1]).lower() + ".com.br"
    doc.f("De: «cn» <«em»>\nPara: encomendas@«dom»\nAssunto: Encomenda de bolo⟦ de aniversário⟧ - dia «dd»\n\n"
          "Boa tarde!\n\nMeu nome é «cn2»⟦, sou cliente antiga da «shop» (compro o pão de mel de vocês toda semana)⟧ e queria "
          "encomendar um bolo para o aniversário de «age» anos d«ko» «kw» «kid», no sábado dia «dd».\n\n"
          "- Massa branca, recheio de «rech»\n- Escrever no bolo: \"Parabéns «kn»!\"\n- 50 docinhos (brigadeiro e beijinho) e 30 salgados fritos\n"
          "- Decoração: tema «tema»\n\n"
          "Entrega: «addr», «bai», CEP «cep». É a casa do portão branco, pode tocar a campainha e chamar «hx» «hn» ou a vó «gn».\n"
          "Se precisar falar comigo meu whats é «ph»⟦, ou no trabalho «ph2»⟧.\n\n"
          "O sinal de 50% pode ser no Pix? A chave de vocês ainda é o CNPJ «cnpj»? Se for preciso nota fiscal, meu CPF é «cpf».\n\n"
          "Obrigad«co»,\n«cf»\n\n",
          cn=P(cu.full), em=L(g.email(cu), "EMAIL_ADDRESS"), dom=dom, dd=g.date(fmt="dm"), cn2=P(cu.short), shop=shop,
          age=g.ri(1, 12), ko=kid.o, kw=gw(kid, "meu filho", "minha filha"), kid=P(kid.first), rech=g.pick(["doce de leite com ameixa", "brigadeiro com morango", "mel com nozes", "coco queimado"]),
          kn=P(kid.nick), tema=g.pick(["Patrulha Canina", "flores e borboletas", "futebol (Flamengo)", "sol e arco-íris", "leãozinho da selva"]),
          addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), hx=gw(hus, "o", "a"), hn=P(hus.nick), gn=P(gm.first),
          ph=L(g.phone(), "PHONE_NUMBER"), ph2=L(g.phone(mobile=False), "PHONE_NUMBER"), cnpj=L(g.cnpj(), "BR_CNPJ"),
          cpf=L(g.cpf(), "BR_CPF"), co=gw(cu, "o", "a"), cf=P(cu.first))
    doc.f("----- Resposta -----\nOi «cf», tudo bem? Anotado! Bolo de 2 kg + docinhos + salgados fica «tot». O sinal de «sin» pode ser "
          "pelo Pix, sim, a chave continua o CNPJ. A entrega é feita pelo «ent» entre 9h e 11h (taxa «tx»). "
          "Qualquer coisa é só responder por aqui ou ligar no fixo da loja.⟦ Obs.: o mel está em falta, se for recheio de mel a gente troca por doce de leite.⟧\n"
          "Pedido nº «ped».\nAbraço,\n«on»\n«shop»\n",
          cf=P(cu.first), tot=g.money(180, 650), sin=g.money(90, 320), ent=P(g.person(fem=False).nick), tx=g.money(8, 25),
          ped=g.ri(1000, 9999), on=P(g.pick([own.first, own.short])), shop=shop)
    return doc


def at_dentist_email(g: Gen) -> Doc:
    """Patient's e-mail to a dental office rescheduling for herself and her son; receptionist's reply."""
    doc = Doc(g)
    c, uf = g.city()
    pa = g.person(fem=g.chance(0.7))
    son = g.relative(pa, child=True)
    hus = g.relative(pa, fem=not pa.fem)
    dent, rec = g.person(), g.person(fem=True)
    clin = g.pick(["Clínica Sorriso da Luz", "Odonto Bento Sobreira", "Consultório Dra. Rosa Cavalli", "Clínica Odontológica Sol Maior"])
    doc.f("Para: recepcao@clinica.com.br\nAssunto: remarcar consultas\n\nBom dia, «rn»!\n\n"
          "Aqui é «pn», paciente d«dro» «dt» «dn». Preciso remarcar minha manutenção do aparelho de «d1» porque vou viajar a trabalho. "
          "Aproveitando, o «sn» também precisa voltar para terminar o tratamento de canal (ele reclamou de dor ontem à noite). "
          "Pode ser os dois no mesmo horário, depois das 17h?\n\n"
          "Para o convênio do «sn» vocês pediram a data de nascimento dele: «sdob». A carteirinha é «cart».\n\n"
          "Outra coisa: o recibo de março saiu no meu nome, mas o IR este ano vai ser declarado pelo meu marido, «hn», CPF «hc». "
          "Dá para emitir no nome dele?⟦ O endereço dele é o mesmo: «addr», CEP «cep».⟧\n\n"
          "Obrigada!\n«pf»\n«ph»\n\n",
          rn=P(rec.first), pn=P(pa.full), dro=gw(dent, "o", "a"), dt=dent.dr, dn=P(dent.last), d1=g.date(fmt="dm"),
          sn=P(son.first), sdob=L(g.dob(2008, 2019), "DATE_OF_BIRTH"), cart=g.d(g.pick([12, 16])), hn=P(hus.full),
          hc=L(g.cpf(), "BR_CPF"), addr=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), pf=P(pa.first), ph=L(g.phone(), "PHONE_NUMBER"))
    doc.f("> Resposta da clínica:\nOlá, «pf»! Remarquei você e o «sn» para «d2» às 17h30, com «dt» «dn2» (cadeira 2). O recibo pode ser "
          "reemitido em nome do «hf», sem problema; só precisamos que ele assine o termo. Lembrando que o tratamento de canal do «sn» "
          "é coberto pelo plano (guia «guia»). «dt» «dn2» — «cro».\nAtt., «rn2» — Recepção — «clin»\n",
          pf=P(pa.first), sn=P(son.first.lower() if g.chance(0.2) else son.first), d2=g.date(fmt="dm"), dt=dent.dr,
          dn2=P(g.pick([dent.full, dent.short])), hf=P(hus.first), guia=g.d(9), cro=L(g.council("CRO", uf), "PROFESSIONAL_ID"),
          rn2=P(rec.first), clin=clin)
    return doc


def at_car_repair(g: Gen) -> Doc:
    """Customer asks a small garage for a repair quote; the mechanic answers."""
    doc = Doc(g)
    cu, bro, mech = g.person(), g.person(fem=False), g.person(fem=False)
    car = g.pick(CARS)
    shop = g.pick(["Oficina do Branco", "Auto Mecânica Leão de Judá", "Funilaria Prudente", "Centro Automotivo Bento Ribeiro Ltda", "Mecânica Sol Poente"])
    pl = g.plate()
    doc.f("Assunto: Orçamento - «car» placa «pl»\n\nOlá, boa tarde.\n\nMeu nome é «cn» e quem me indicou vocês foi meu cunhado, «bn», "
          "que levou a Saveiro dele aí em «mes». Meu «car» (placa «pl2», RENAVAM «ren») está fazendo um barulho na roda dianteira "
          "quando passo em lombada e a luz do óleo acende de vez em quando. Também preciso trocar as pastilhas.\n"
          "Consigo deixar o carro na segunda cedo? Quem vai levar é meu filho, «kn»⟦, que tem CNH «cnh»⟧.\n"
          "⟦O seguro é da «seg», sinistro nº «sin», caso precise.\n⟧"
          "Meu celular: «ph»  |  e-mail: «em»\n\n",
          car=car, pl=L(pl, "LICENSE_PLATE"), cn=P(cu.full), bn=P(bro.short), mes=g.pick(MONTHS), pl2=L(pl, "LICENSE_PLATE"),
          ren=g.renavam(), kn=P(g.relative(cu, child=True).first), cnh=L(g.cnh(), "BR_CNH"),
          seg=g.pick(["Porto Seguro", "Azul Seguros", "HDI", "Tokio Marine"]), sin=g.d(10), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(cu), "EMAIL_ADDRESS"))
    doc.f("Resposta:\nBoa tarde, «cf»! Pode trazer segunda às 7h30 que o «mn» recebe. Pelo que o senhor descreveu deve ser bieleta ou pivô. "
          "Orçamento prévio:\n- Par de pastilhas: «m1»\n- Bieletas (2): «m2»\n- Troca de óleo e filtro: «m3»\n- Mão de obra: «m4»\n"
          "Total estimado: «tot» (à vista no Pix 5% de desconto; no cartão até 3x).\n"
          "⟦Obs.: a luz do óleo pode ser só o sensor, vamos testar antes de trocar qualquer coisa.\n⟧"
          "Abraço, «mn2»\n«shop» — CNPJ «cnpj»\n",
          cf=P(cu.first), mn=P(mech.nick),
          m1=g.money(90, 280), m2=g.money(120, 400), m3=g.money(150, 350), m4=g.money(100, 450), tot=g.money(500, 1500),
          mn2=P(mech.short), shop=shop, cnpj=L(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    return doc


def at_neighbourhood_letter(g: Gen) -> Doc:
    """Neighbourhood association's letter to residents: assembly, complaints, board and slate."""
    doc = Doc(g)
    c, uf = g.city()
    bai = g.pick(BAIRROS)
    board = g.people(4)
    cand = g.person()
    comp = [g.person(fem=True), g.person(fem=False)]
    doc.f("ASSOCIAÇÃO DE MORADORES DO BAIRRO «bai» — «c»/«uf»\nCNPJ «cnpj» — Fundada em 1987\n\n"
          "CARTA AOS MORADORES — «mes» de 2025\n\nPrezados vizinhos,\n\n"
          "Convidamos todos para a assembleia geral no salão da Igreja São Bento, sábado, às 15h. Pauta: (1) a iluminação da "
          "Rua Maestro Bento Luz, que está sem luz há três semanas (protocolo na prefeitura nº «prot»); (2) o mutirão de limpeza "
          "da praça Dona Rosa Prudente; (3) eleição da nova diretoria.\n\n"
          "Reclamações recebidas neste mês:\n"
          "- A moradora «c1», da «a1», pediu providência quanto ao terreno baldio ao lado, com mato alto e escorpiões.\n"
          "- O Sr. «c2» (telefone «p2») se ofereceu para consertar o portão da quadra, se a associação comprar o material.\n"
          "⟦- Um cachorro caramelo atende pelo nome de «pet» e está solto perto da padaria; o dono pode buscar com a «c1f».\n⟧\n"
          "CHAPA INSCRITA — \"Luz e Paz para o «bai»\"\nPresidente: «cn», título de eleitor «tit»\n\n"
          "DIRETORIA ATUAL\nPresidente: «b0» — «p0»\nVice-presidente: «b1»\nTesoureir«o2»: «b2» — «p1»\nSecretári«o3»: «b3»\n\n"
          "A contribuição anual continua «val». Pix (chave aleatória da associação): «pix».\n\n"
          "Graça e paz a todos!\n«b3s», secretári«o3»\n",
          bai=bai, c=c, uf=uf, cnpj=L(g.cnpj(), "BR_CNPJ"), mes=g.pick(MONTHS).capitalize(), prot=g.protocol(),
          c1=P(comp[0].full), a1=L(g.address(), "ADDRESS"), c2=P(comp[1].short), p2=L(g.phone(), "PHONE_NUMBER"), pet=g.pick(PETS),
          c1f=P(comp[0].first), cn=P(cand.full), tit=L(g.titulo(), "BR_TITULO_ELEITOR"), b0=P(board[0].full), p0=L(g.phone(), "PHONE_NUMBER"),
          b1=P(board[1].full), o2=board[2].o, b2=P(board[2].full), p1=L(g.phone(), "PHONE_NUMBER"), o3=board[3].o, b3=P(board[3].full),
          val=g.money(30, 120), pix=L(g.pix(), "PIX_KEY"), b3s=P(board[3].short))
    return doc


def at_lost_found(g: Gen) -> Doc:
    """Posts and comments in a town's lost-and-found Facebook group."""
    doc = Doc(g)
    c, uf = g.city()
    o1, fi, own, cm1, cm2, cm3 = g.people(6)
    pet = g.pick(PETS)
    doc.f("Grupo: Achados e Perdidos «c» e Região\n\n"
          "«o1» · 3 h\nPERDID«po»!!! «pet» sumiu ontem à noite perto da Rua do Mel (sem número certo, atrás do posto). É «sp», "
          "porte pequeno, coleira «col». Tem medo de gente, não adianta correr atrás. Quem vir por favor liga ou chama no zap «ph1» "
          "(falar com «o1f»). Tem recompensa!\n"
          "   «cm1»: vi uma parecida hoje cedo na praça da Luz, tava com um senhor de bicicleta\n"
          "   «cm2»: compartilhado 🙏 força «o1l»\n\n"
          "«fi» · 5 h\nACHEI UMA CARTEIRA na parada de ônibus da «av», com documentos em nome de «own». Tem RG «rg», CPF «cpf»⟦ e CNH «cnh»⟧. "
          "Dinheiro não tinha. Quem conhecer avisa, deixei no mercadinho da Rosa com o «ms» do caixa.\n"
          "   «cm3»: conheço! é filh«oo» da dona «mo», mora na «addr». vou avisar\n\n",
          c=c, o1=P(o1.full), po=g.pick(["A", "A", "O"]), pet=pet, sp=g.pick(["vira-lata", "shih-tzu", "poodle", "gata siamesa"]),
          col=g.pick(["rosa", "vermelha com sininho", "azul", "de couro"]), ph1=L(g.phone(), "PHONE_NUMBER"), o1f=P(o1.first),
          cm1=P(cm1.full), cm2=P(cm2.short), o1l=P(o1.low), fi=P(fi.full),
          av=g.pick(["Av. Getúlio Vargas", "Rua Tiradentes", "Avenida Sol Poente", "rodoviária"]), own=P(own.caps if g.chance(0.4) else own.full),
          rg=L(g.rg()[0], "BR_RG"), cpf=L(g.cpf(), "BR_CPF"), cnh=L(g.cnh(), "BR_CNH"), ms=P(g.person(fem=False).nick),
          cm3=P(cm3.short.lower() if g.chance(0.3) else cm3.short), oo=own.o, mo=P(g.person(fem=True).first.lower()),
          addr=L(g.address_low(), "ADDRESS"))
    if g.chance(0.6):
        fx = g.person()
        doc.f("«fx» · 1 d\nEncontrado um celular Samsung na lanchonete Sol & Mel. A tela de bloqueio tem foto de uma senhora com uma "
              "criança e o contato de emergência aparece \"filha\": «ph». Já liguei e ninguém atende. Tá comigo, bairro «bai».\n",
              fx=P(fx.full), ph=L(g.phone(), "PHONE_NUMBER"), bai=g.pick(BAIRROS))
    else:
        doc.f("Moderação (admin): Lembrando que não é permitido postar foto de documento com número completo. Post do «fi» mantido "
              "porque é para devolver. Dúvidas: chamem a «adm» no privado.\n",
              fi=P(fi.first), adm=P(g.person(fem=True).first))
    return doc


def at_classifieds(g: Gen) -> Doc:
    """Classified ads page of a local paper / group: rent, sale, jobs, services."""
    doc = Doc(g)
    c, uf = g.city()
    doc.f("CLASSIFICADOS — «c» — edição de «d»\n\n", c=c, d=g.date(fmt="br"))
    ads = ["alugo", "vendo_carro", "vaga", "diarista", "frete", "vendo_casa", "aulas", "doacao"]
    for kind in g.sample(ads, g.ri(4, 5)):
        p = g.person()
        if kind == "alugo":
            doc.f("ALUGO kitnet mobiliada no «bai», 1 quarto, luz e água inclusas, «m»/mês. Aceito pet pequeno. Endereço: «addr». "
                  "Tratar com «ss» «n» pelo «ph».\n\n", bai=g.pick(BAIRROS), m=g.money(600, 1400), addr=L(g.address(), "ADDRESS"), ss=gw(p, "seu", "dona"),
                  n=P(g.pick([p.first, p.full])), ph=L(g.phone(), "PHONE_NUMBER"))
        elif kind == "vendo_carro":
            doc.f("VENDO «car», único dono, placa «pl», IPVA 2025 pago, «m». Aceito troca em moto. «n» — «ph» ou «em»\n\n",
                  car=g.pick(CARS), pl=L(g.plate(), "LICENSE_PLATE"), m=g.money(18000, 70000), n=P(p.short),
                  ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(p), "EMAIL_ADDRESS"))
        elif kind == "vaga":
            rest = g.pick(["Restaurante Sabor da Graça", "Lanchonete do Leão", "Pizzaria Bella Rosa", "Sorveteria Sol Maior"])
            doc.f("PRECISA-SE de ajudante de cozinha e atendente para o «r». Salário «m» + VT. Currículo para «em» (aos cuidados "
                  "de «n») ou pessoalmente com a «n2».\n\n", r=rest, m=g.money(1500, 2200), em=L(g.email(p), "EMAIL_ADDRESS"),
                  n=P(p.full), n2=P(g.person(fem=True).first))
        elif kind == "diarista":
            doc.f("OFEREÇO-ME como diarista/passadeira, 15 anos de experiência, referências com a família «ref». Sou a «n», "
                  "moro no «bai». Zap «ph».\n\n", ref=g.pick(["Khoury", "Tanaka", "Bittencourt", "Arcoverde"]), n=P(p.nick if g.chance(0.5) else p.short),
                  bai=g.pick(BAIRROS), ph=L(g.phone(), "PHONE_NUMBER"))
        elif kind == "frete":
            q = g.person(fem=False)
            doc.f("FRETES E MUDANÇAS — «n» da Kombi. Preço justo, cidade e região. «ph»⟦ / «ph2»⟧.\n\n",
                  n=P(q.nick), ph=L(g.phone(), "PHONE_NUMBER"), ph2=L(g.phone(), "PHONE_NUMBER"))
        elif kind == "vendo_casa":
            doc.f("VENDE-SE casa 3 quartos no «bai», escritura em dia, «m». Rua calma, perto da escola Prof.ª Flor Sobreira. "
                  "Direto com o proprietário, «n», CRECI não (sem corretor). «ph»\n\n", bai=g.pick(BAIRROS), m=g.money(150000, 480000),
                  n=P(p.full), ph=L(g.phone(), "PHONE_NUMBER"))
        elif kind == "aulas":
            doc.f("AULAS PARTICULARES de matemática e física, ensino fundamental e médio. Prof. «n» (licenciado pela UF«uf»). "
                  "Primeira aula grátis. «ph» | «em»\n\n", n=P(p.short), uf=uf, ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(p), "EMAIL_ADDRESS"))
        else:
            doc.f("DOAÇÃO: filhotes de gata (a mãe se chama «pet»), castração por conta do adotante. Falar com «n» — «ph»\n\n",
                  pet=g.pick(PETS), n=P(p.first), ph=L(g.phone(), "PHONE_NUMBER"))
    return doc


def at_school_group(g: Gen) -> Doc:
    """WhatsApp group of a class's parents (lower case, abbreviations)."""
    doc = Doc(g)
    moms = g.people(5)
    kids = [g.relative(m, child=True) for m in moms]
    teach, van = g.person(fem=True), g.person()
    school = g.pick(["EM Prof.ª Graça Luz", "Escola Estadual Bento Ferraz", "Colégio Sol Nascente", "CMEI Pequeno Príncipe"])
    dd = g.date(fmt="dm")
    doc.f("Grupo \"pais 3º ano B - «sc»\"\n\n", sc=school)
    doc.f("[«d» 07:42] «m0»: bom dia gente, a prof «tf» mandou recado na agenda: festa junina dia 21, cada criança leva uma prenda\n"
          "[«d» 07:45] «m1»: bom dia! alguém sabe se o «k2» foi ontem? o «k1» disse q ele tava doente\n"
          "[«d» 07:51] «m2»: foi nao, ele ta com virose, obg por perguntar «m1l» 🙏\n"
          "[«d» 08:03] «m3»: gente quem tem o numero da tia da van? a «vf»\n"
          "[«d» 08:04] «m0»: «vph»\n"
          "[«d» 08:10] «m4»: vaquinha pro presente da prof «tf2»: 20 reais cada, pix da «m4f» chave aleatoria «pix»\n"
          "[«d» 08:11] «m4»: ja pagaram: «k0», «k1», «k3» (mãe do «k3b» mandou ontem)\n"
          "[«d» 08:30] «m1»: acabou a luz aqui em casa agr, depois eu faço o pix\n"
          "[«d» 09:02] «m3»: o «k3» trouxe pra casa o casaco azul de alguém, tem nome escrito «kx», é de quem?\n"
          "[«d» 09:05] «m2»: é do meu! obg. manda pela mochila\n",
          d=dd, m0=P(moms[0].low), tf=P(teach.first.lower()), m1=P(moms[1].lowfull), k2=P(kids[2].low), k1=P(kids[1].low),
          m2=P(moms[2].short), m1l=P(moms[1].low), m3=P(moms[3].low), vf=P(van.low), vph=L(g.phone(), "PHONE_NUMBER"),
          m4=P(moms[4].short), tf2=P(teach.low), m4f=P(moms[4].low), pix=L(g.pix(), "PIX_KEY"), k0=P(kids[0].low),
          k3=P(kids[3].low), k3b=P(kids[3].low), kx=P(kids[2].short.upper()))
    if g.chance(0.6):
        nm = g.person(fem=True)
        doc.f("[«d» 10:15] ‎«m0» adicionou «ph»\n[«d» 10:16] «m0»: essa é a «nf», mãe do «nk» que entrou essa semana, sejam bem vindos\n"
              "[«d» 10:20] «nf2»: oi gente obrigada! qlq coisa meu email é «em»\n",
              d=dd, m0=P(moms[0].low), ph=L(g.phone(style="plus"), "PHONE_NUMBER"), nf=P(nm.low), nk=P(g.relative(nm, child=True).low),
              nf2=P(nm.full), em=L(g.email(nm), "EMAIL_ADDRESS"))
    else:
        doc.f("[«d» 10:40] «m2»: lembrete: reunião de pais sexta 18h, a coordenadora «co» pediu pra levar a agenda. e quem for buscar "
              "criança c/ outra pessoa tem q mandar bilhete com nome e rg da pessoa, tipo: autorizo «au» rg «rg»\n",
              d=dd, m2=P(moms[2].low), co=P(g.person(fem=True).first), au=P(g.person().full.lower()), rg=L(g.rg()[0], "BR_RG"))
    return doc


ESTCIV = ["solteiro(a)", "casado(a)", "divorciado(a)", "viúvo(a)", "em união estável"]
PROFS = ["professora", "motorista de aplicativo", "auxiliar administrativo", "pedreiro", "comerciante", "enfermeira",
         "aposentado(a)", "cabeleireira", "eletricista", "vendedor(a)", "costureira", "vigilante", "agricultor"]


def qualif(doc: Doc, g: Gen, p: Person, addr: bool = True, email: bool = False) -> None:
    """Qualification of a party to a private contract, written inline."""
    rg, org = g.rg()
    doc.f("«n», brasileir«o», «ec», «pr», portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf»",
          n=P(p.caps if g.chance(0.3) else p.full), o=p.o, ec=g.pick(ESTCIV), pr=g.pick(PROFS), a=gw(p, "", "a"),
          rg=L(rg, "BR_RG"), org=org, cpf=L(g.cpf(), "BR_CPF"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «bai», «c»/«uf», CEP «cep»", o=p.o, ad=L(g.address(), "ADDRESS"),
              bai=g.pick(BAIRROS), c=(cu := g.city())[0], uf=cu[1], cep=L(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «em», telefone «ph»", em=L(g.email(p), "EMAIL_ADDRESS"), ph=L(g.phone(), "PHONE_NUMBER"))


def ju_rental(g: Gen) -> Doc:
    """Residential lease between private individuals, with guarantor, spouse and witnesses."""
    doc = Doc(g)
    c, uf = g.city()
    lor, ten, fia = g.people(3)
    sp = g.relative(fia, fem=not fia.fem)
    w1, w2 = g.people(2)
    doc.t("CONTRATO PARTICULAR DE LOCAÇÃO RESIDENCIAL\n\nLOCADOR(A): ")
    qualif(doc, g, lor)
    doc.t(".\n\nLOCATÁRIO(A): ")
    qualif(doc, g, ten, addr=False, email=True)
    doc.t(".\n\nFIADOR(A): ")
    qualif(doc, g, fia)
    doc.f(", casad«o» com «sp», CPF «spc», que assina como anuente.\n\n", o=fia.o, sp=P(sp.full), spc=L(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 1ª — O objeto é o imóvel residencial situado na «im», «bai», «c»/«uf», CEP «cep», com 2 quartos, sala, "
          "cozinha e área de serviço⟦, inscrição imobiliária «iptu»⟧.\n"
          "CLÁUSULA 2ª — Prazo de 30 meses, a começar em «d1». Aluguel mensal de «al», vencendo todo dia «dv», pago por Pix na chave "
          "aleatória «pix» ou por depósito no Banco «bk», agência «ag», conta «cc», em nome d«lo» locador«la».\n"
          "CLÁUSULA 3ª — Contas de luz (UC «uc»), água e IPTU por conta do(a) locatário(a).\n"
          "CLÁUSULA 4ª — É permitida a permanência d«pa» cachorr«pa» «pet», ficando o(a) locatário(a) responsável por qualquer dano.\n"
          "CLÁUSULA 5ª — Multa de três aluguéis em caso de devolução antes do prazo, proporcional ao tempo restante (art. 4º da Lei 8.245/91).\n"
          "CLÁUSULA 6ª — Fica eleito o foro da comarca de «c».\n\n"
          "«c», «d2».\n\n_____________________ «los» (locador)\n_____________________ «tes» (locatário)\n"
          "_____________________ «fis» (fiador) e «sps» (cônjuge)\n\nTestemunhas:\n1. «w1», CPF «w1c»\n2. «w2», CPF «w2c»\n",
          im=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), iptu=f"{g.d(3)}.{g.d(3)}.{g.d(4)}-{g.d(1)}",
          d1=g.date(fmt="written"), al=g.money(700, 3200), dv=g.ri(1, 15), pix=L(g.pix(), "PIX_KEY"),
          bk=g.pick(["do Brasil (001)", "Itaú (341)", "Bradesco (237)", "Sicredi (748)", "Caixa (104)"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), lo=lor.o, la=gw(lor, "", "a"), uc=g.d(10),
          pa=g.pick(["a", "o"]), pet=g.pick(PETS), d2=g.date(fmt="written"), los=P(lor.full), tes=P(ten.full), fis=P(fia.full),
          sps=P(sp.full), w1=P(w1.full), w1c=L(g.cpf(), "BR_CPF"), w2=P(w2.full), w2c=L(g.cpf(), "BR_CPF"))
    return doc


JEC_FIRMS = ["Móveis Leão Ltda", "Sol Telecomunicações S.A.", "Magazine Bento Rosa Eireli", "Viação Vitória Ltda",
             "Flor de Lis Turismo Ltda", "Loja Mel Calçados Ltda", "Rosa & Branco Eletrodomésticos Ltda"]


def ju_jec_complaint(g: Gen) -> Doc:
    """Small-claims (JEC) complaint written by the claimant herself, in plain words."""
    doc = Doc(g)
    c, uf = g.city()
    cl = g.person()
    att, viz = g.person(fem=True), g.person()
    firm = g.pick(JEC_FIRMS)
    kind = g.pick(["produto", "fraude", "servico"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO JUIZADO ESPECIAL CÍVEL DA COMARCA DE «C»\n\n"
          "Eu, «n», «ec», «pr», CPF «cpf», RG «rg», nascid«o» em «dob», moro na «ad», CEP «cep», telefone «ph», "
          "e-mail «em», venho fazer uma reclamação contra a empresa «firm», CNPJ «cnpj», pelos motivos abaixo.\n\n"
          "O QUE ACONTECEU\n",
          C=c.upper(), n=P(cl.full), ec=g.pick(ESTCIV), pr=g.pick(PROFS), cpf=L(g.cpf(), "BR_CPF"), rg=L(g.rg()[0], "BR_RG"),
          o=cl.o, dob=L(g.dob(1950, 2003), "DATE_OF_BIRTH"), ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(cl), "EMAIL_ADDRESS"), firm=firm, cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"))
    if kind == "produto":
        doc.f("No dia «d1» eu comprei um guarda-roupa de 6 portas por «m», pago no cartão em 10 vezes. Era para entregar em 15 dias e "
              "até hoje não chegou. Liguei várias vezes, a atendente «at» me deu o protocolo «prot» e disse que era para aguardar. "
              "Minha vizinha, «vz», estava comigo na loja e viu o vendedor prometer a entrega. Fiquei com as roupas no chão esse tempo "
              "todo e passei vergonha quando minha sogra veio visitar.\n",
              d1=g.date(fmt="br"), m=g.money(1200, 4500), at=P(att.first), prot=g.protocol(), vz=P(viz.full))
    elif kind == "fraude":
        doc.f("Apareceram na minha fatura compras que eu não fiz, no total de «m», no cartão nº «card». Quando reclamei, a moça "
              "que se chamava «at» disse que a compra foi feita pelo aplicativo, do IP «ip», e que por isso era válida. Eu nem tenho "
              "esse aplicativo. Fiz boletim de ocorrência (BO nº «bo») e mesmo assim meu nome foi para o SPC. Meu marido, «vz», "
              "que cuida das contas comigo, pode confirmar.\n",
              m=g.money(800, 6000), card=L(g.card(), "CREDIT_CARD"), at=P(att.first), ip=L(g.ip(), "IP_ADDRESS"),
              bo=f"{g.ri(1000, 99999)}/2025", vz=P(g.relative(cl, fem=False).full))
    else:
        doc.f("Contratei a instalação de internet em «d1». O técnico «tec» veio, furou a parede e foi embora sem instalar. Desde "
              "então pago «m» por mês sem ter o serviço. Já abri os protocolos «prot» e «prot2». Meu vizinho «vz» tem o mesmo "
              "problema com a mesma empresa (processo «cnj»).\n",
              d1=g.date(fmt="br"), tec=P(g.person(fem=False).short), m=g.money(80, 200), prot=g.protocol(), prot2=g.protocol(),
              vz=P(viz.full), cnj=g.cnj())
    doc.f("\nO QUE EU PEÇO\n1) Devolução do valor de «m» em dobro (art. 42 do CDC);\n2) Indenização por danos morais de «dm»;\n"
          "3) Que tirem meu nome do SPC/Serasa.\n\nTESTEMUNHAS\n- «t1» — «tp1»\n⟦- «t2» — «tp2»\n⟧\n"
          "Dou à causa o valor de «vc».\n«c», «d».\n«ns»\n",
          m=g.money(300, 6000), dm=g.money(3000, 15000), t1=P(viz.full), tp1=L(g.phone(), "PHONE_NUMBER"),
          t2=P(g.person().full), tp2=L(g.phone(), "PHONE_NUMBER"), vc=g.money(4000, 28000), c=c, d=g.date(fmt="written"), ns=P(cl.full))
    return doc


def ju_travel_auth(g: Gen) -> Doc:
    """Parents' authorisation for a minor to travel with a relative, with notarised signatures."""
    doc = Doc(g)
    c, uf = g.city()
    mom = g.person(fem=True)
    dad = g.person(fem=False)
    kid = g.child_of(mom, dad)
    comp = g.relative(mom, fem=True) if g.chance(0.6) else g.person()
    doc.f("AUTORIZAÇÃO DE VIAGEM PARA MENOR DE 16 ANOS\n(Resolução CNJ nº 295/2019)\n\n"
          "Nós, «mn», RG «mrg» «mo», CPF «mc», e «dn», RG «drg» «do», CPF «dc», residentes na «ad», «bai», «c»/«uf», CEP «cep», "
          "telefones «p1» e «p2», na qualidade de pais, AUTORIZAMOS noss«ko» filh«ko» «kn», nascid«ko» em «kd», "
          "«kdp»«kdn», a viajar de «c» para «dest», no período de «d1» a «d2», acompanhad«ko» de «cn», «rel», RG «crg», "
          "⟦CNH nº «ccnh», ⟧CPF «cc», residente na «cad».\n\n"
          "«c», «d».\n\n______________________ «mn2»\n______________________ «dn2»\n\n"
          "Reconheço, por semelhança, as firmas de «mn3» e «dn3». Cartório do 2º Ofício de Notas de «c». Selo «selo». "
          "Em testemunho da verdade. «tab», escrevente.\n",
          mn=P(mom.full), mrg=L((r := g.rg())[0], "BR_RG"), mo=r[1], mc=L(g.cpf(), "BR_CPF"), dn=P(dad.full),
          drg=L((r2 := g.rg())[0], "BR_RG"), do=r2[1], dc=L(g.cpf(), "BR_CPF"), ad=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), p1=L(g.phone(), "PHONE_NUMBER"), p2=L(g.phone(), "PHONE_NUMBER"), ko=kid.o,
          kn=P(kid.full), kd=L(g.dob(2011, 2023), "DATE_OF_BIRTH"),
          kdp=(kp_ := g.pick(["certidão de nascimento matrícula ", "RG nº "])),
          kdn=L(g.rg()[0], "BR_RG") if kp_ == "RG nº " else g.matricula_civil(),
          dest=g.pick(["Porto Seguro/BA", "Rio Branco/AC", "Presidente Prudente/SP", "Flores da Cunha/RS", "Luz/MG"]),
          d1=g.date(fmt="br"), d2=g.date(fmt="br"), cn=P(comp.full), rel=g.pick(["avó materna", "tia", "madrinha", "amiga da família"]),
          crg=L(g.rg()[0], "BR_RG"), ccnh=L(g.cnh(), "BR_CNH"), cc=L(g.cpf(), "BR_CPF"), cad=L(g.address(), "ADDRESS"),
          d=g.date(fmt="written"), mn2=P(mom.full), dn2=P(dad.full), mn3=P(mom.caps), dn3=P(dad.caps), selo=f"{g.pick('ABCDE')}{g.d(3)}-{g.d(6)}",
          tab=P(g.person().full))
    return doc


def ju_residence_decl(g: Gen) -> Doc:
    """Declaration of residence (Lei 7.115/83) signed by the home owner for a relative or tenant."""
    doc = Doc(g)
    c, uf = g.city()
    own = g.person()
    res = g.relative(own) if g.chance(0.5) else g.person()
    doc.f("DECLARAÇÃO DE RESIDÊNCIA\n\nEu, «on», CPF «oc», RG «org», telefone «oph», DECLARO, para fins de «fim», nos termos da "
          "Lei nº 7.115/1983, que «rn», CPF «rc», nascid«ro» em «rd», reside «modo» no endereço «ad», bairro «bai», «c»/«uf», "
          "CEP «cep», desde «desde».\n\nDeclaro ainda que a conta de luz (Neoenergia, UC «uc») e a de água estão em meu nome, "
          "razão pela qual «rf» não possui comprovante próprio.⟦ No mesmo endereço residem também «x1» e «x2».⟧\n\n"
          "Estou ciente de que a falsidade desta declaração configura crime (art. 299 do Código Penal).\n\n«c», «d».\n\n"
          "____________________\n«on2»\n",
          on=P(own.full), oc=L(g.cpf(), "BR_CPF"), org=L(g.rg()[0], "BR_RG"), oph=L(g.phone(), "PHONE_NUMBER"),
          fim=g.pick(["matrícula escolar", "abertura de conta bancária", "cadastro no CRAS", "alistamento militar", "cartão do SUS"]),
          rn=P(res.full), rc=L(g.cpf(), "BR_CPF"), ro=res.o, rd=L(g.dob(1960, 2008), "DATE_OF_BIRTH"),
          modo=g.pick(["em imóvel de minha propriedade", "em minha companhia", "como inquilino(a), sem contrato escrito"]),
          ad=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"),
          desde=g.pick(MONTHS) + " de " + str(g.ri(2005, 2024)), uc=g.d(10), rf=P(res.first),
          x1=P(g.relative(own).full), x2=P(g.relative(own, child=True).first), d=g.date(fmt="written"), on2=P(own.full))
    return doc


def ju_vehicle_sale(g: Gen) -> Doc:
    """Receipt of a used-car sale between private individuals."""
    doc = Doc(g)
    c, uf = g.city()
    sel, buy = g.people(2)
    w = g.person()
    doc.f("RECIBO DE COMPRA E VENDA DE VEÍCULO\n\nEu, «sn», CPF «sc», residente na «sa», «c»/«uf», VENDI a «bn», CPF «bc», "
          "CNH nº «bcnh», residente na «ba», o veículo «car», cor «cor», placa «pl», RENAVAM «ren», chassi «ch», pelo valor de «m», "
          "recebido da seguinte forma: «m1» em dinheiro nesta data e «m2» por TED para minha conta no «bk», agência «ag», conta «cc».\n\n"
          "O veículo é entregue nesta data, às «h», com «km» km rodados. Multas e infrações até esta hora são de minha "
          "responsabilidade (consta o AIT «ait», que será pago por mim); depois disso, do comprador. O comprador se compromete a "
          "transferir o veículo em 30 dias (art. 123 do CTB).\n⟦Acompanha: chave reserva, manual e o cachorrinho de pelúcia «pet» que "
          "fica no painel.\n⟧\n«c», «d».\n\nVendedor: «sn2»   Comprador: «bn2»\nTestemunha: «wn», tel. «wph»\n",
          sn=P(sel.full), sc=L(g.cpf(), "BR_CPF"), sa=L(g.address(), "ADDRESS"), c=c, uf=uf, bn=P(buy.full), bc=L(g.cpf(), "BR_CPF"),
          bcnh=L(g.cnh(), "BR_CNH"), ba=L(g.address(), "ADDRESS"), car=g.pick(CARS), cor=g.pick(["prata", "branco", "preto", "vermelho"]),
          pl=L(g.plate(), "LICENSE_PLATE"), ren=g.renavam(), ch=f"9BW{g.pick('ZSK')}{g.d(5)}{g.pick('PTR')}{g.d(6)}", m=g.money(15000, 80000),
          m1=g.money(1000, 5000), m2=g.money(10000, 70000), bk=g.pick(["Nubank", "Banco do Brasil", "Sicoob", "Inter", "Caixa"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), h=g.hm(), km=f"{g.ri(20, 190)}.{g.d(3)}",
          ait=f"{g.pick('ABERS')}{g.d(9)}", pet=g.pick(["Bento", "Leão", "Sol"]), d=g.date(fmt="written"), sn2=P(sel.full),
          bn2=P(buy.full), wn=P(w.full), wph=L(g.phone(), "PHONE_NUMBER"))
    return doc


def microchip(g: Gen) -> str:
    while True:
        n = "9860" + g.d(11)
        if not cns_ok(n):
            return n


def ju_pet_adoption(g: Gen) -> Doc:
    """Responsible-adoption term of an animal-protection NGO (the animal is not a person)."""
    doc = Doc(g)
    c, uf = g.city()
    ad, vol, vet = g.person(), g.person(), g.person()
    ong = g.pick(["ONG Patinhas da Luz", "Associação Protetora Amigos do Leão", "Abrigo Flor de Maio", "SOS Bicho Bento Gonçalves"])
    pet = g.pick(PETS)
    doc.f("«ong» — CNPJ «cnpj»\nTERMO DE ADOÇÃO RESPONSÁVEL\n\nADOTANTE: «an»\nCPF: «ac»   RG: «arg»   Nascimento: «ad»\n"
          "Endereço: «aa», «bai», «c»/«uf» — CEP «cep»\nCelular: «ph»   E-mail: «em»\nProfissão: «pr»\n"
          "Referência pessoal: «rn» («rel») — «rph»\n\n"
          "ANIMAL: «pet» — «esp», «sexo», idade aprox. «idade» (nasc. estimado «pd»), microchip «chip», castrad«x» e vacinad«x» "
          "(V10 e antirrábica em «dv»).\n\n"
          "O(A) adotante declara que: a) «pet» viverá dentro de casa ou em quintal murado, nunca acorrentad«x»; b) comunicará à ONG "
          "mudança de endereço ou telefone; c) não doará nem venderá o animal; d) aceita visitas de acompanhamento.\n\n"
          "Entrevista e entrega feitas por «vn» (voluntári«vo»). Atestado de saúde assinado por «vt» «vetn», «crmv».\n\n"
          "«c», «d».\nAdotante: «an2»\n",
          ong=ong, cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), an=P(ad.full), ac=L(g.cpf(), "BR_CPF"), arg=L(g.rg()[0], "BR_RG"),
          ad=L(g.dob(1955, 2004), "DATE_OF_BIRTH"), aa=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(ad), "EMAIL_ADDRESS"), pr=g.pick(PROFS), rn=P((rf_ := g.person()).full),
          rel=gw(rf_, g.pick(["amigo", "irmão", "vizinho"]), g.pick(["amiga", "irmã", "vizinha"])), rph=L(g.phone(), "PHONE_NUMBER"), pet=pet,
          esp=g.pick(["canina, SRD", "felina, SRD", "canina, vira-lata caramelo", "felina, frajola"]), sexo=g.pick(["fêmea", "macho"]),
          idade=g.pick(["8 meses", "2 anos", "4 anos"]), pd=g.dob(2019, 2024, "br"), chip=microchip(g), x=g.pick(["o", "a"]),
          dv=g.date(fmt="br"), vn=P(vol.full), vo=vol.o, vt="M.V.",
          vetn=P(vet.full), crmv=L(g.council("CRMV", uf), "PROFESSIONAL_ID"), d=g.date(fmt="written"), an2=P(ad.full))
    return doc


def ju_domestic_contract(g: Gen) -> Doc:
    """Contract for a domestic worker (diarista / mensalista) drawn up by the employer herself."""
    doc = Doc(g)
    c, uf = g.city()
    emp = g.person(fem=g.chance(0.7))
    wk = g.person(fem=g.chance(0.85))
    kid = g.relative(emp, child=True)
    doc.t("CONTRATO DE TRABALHO DOMÉSTICO POR PRAZO INDETERMINADO\n(Lei Complementar nº 150/2015)\n\nEMPREGADOR(A): ")
    qualif(doc, g, emp)
    doc.t(".\n\nEMPREGADO(A): ")
    qualif(doc, g, wk, addr=True)
    doc.f(", NIT/PIS «pis», nascid«o» em «dob», telefone «ph».\n\n"
          "1. Função: «fn». Jornada de segunda a sexta, das 8h às 16h48, com 1 hora de almoço. Local: residência d«eo» "
          "empregador«ea», na «ea2».\n2. Salário mensal de «sal», pago até o 5º dia útil por Pix (chave CPF d«o» empregad«o»: «pixcpf») "
          "ou na conta agência «ag», conta «cc».\n3. Registro no eSocial Doméstico; CTPS digital.\n"
          "4. «ko2» «kid», de «kage» anos, poderá ser buscad«ko» na escola pel«o» empregad«o» às quartas-feiras.\n"
          "5. Em caso de emergência, contato de «wf»: «cn» («cr») — «cph».\n\n«c», «d».\n\n«es»    «ws»\n",
          pis=L(g.pis(), "BR_PIS"), o=wk.o, dob=L(g.dob(1965, 2002), "DATE_OF_BIRTH"), ph=L(g.phone(), "PHONE_NUMBER"),
          fn=g.pick(["cuidadora de idoso", "empregada doméstica", "babá", "caseiro", "cozinheira"]), eo=emp.o, ea=gw(emp, "", "a"),
          ea2=L(g.address(), "ADDRESS"), sal=g.money(1518, 2600), pixcpf=L(g.cpf(), "BR_CPF"), ag=L(g.agency(), "BANK_ACCOUNT"),
          cc=L(g.account(), "BANK_ACCOUNT"), ko2=gw(kid, "O filho", "A filha"), kid=P(kid.first), kage=g.ri(4, 11), ko=kid.o,
          wf=P(wk.first), cn=P((wr := g.relative(wk)).full), cr=gw(wr, g.pick(["marido", "irmão", "filho", "pai"]), g.pick(["irmã", "filha", "mãe"])), cph=L(g.phone(), "PHONE_NUMBER"),
          c=c, d=g.date(fmt="written"), es=P(emp.full), ws=P(wk.full))
    return doc


SPECS = ["Cardiologia", "Dermatologia", "Ginecologia", "Ortopedia", "Pediatria", "Oftalmologia", "Clínica geral", "Endocrinologia"]


def sa_sms_reminders(g: Gen) -> Doc:
    """Outbox of a clinic's SMS reminders with the patients' replies."""
    doc = Doc(g)
    c, uf = g.city()
    clin = g.pick(["CLINICA VIDA E LUZ", "POLICLINICA SAO BENTO", "CONSULTORIO DRA ROSA KESSLER", "Clínica Mel & Saúde", "SMS «c» - UBS Sol Nascente"]).replace("«c»", c.upper())
    doc.f("Relatório de envios — «clin» — «d»\n\n", clin=clin, d=g.date(fmt="br"))
    for _ in range(g.ri(4, 6)):
        p, dr = g.person(), g.person()
        k = g.rng.random()
        doc.f("Para: «ph» | ", ph=L(g.phone(style=g.pick(["raw", "plus", "par"])), "PHONE_NUMBER"))
        if k < 0.35:
            doc.f("«clin»: Olá, «pf»! Lembramos sua consulta com «dt» «dn» («sp») em «dm» às «h». Responda 1 p/ confirmar ou 2 p/ "
                  "remarcar. Chegue 15 min antes.\n", clin=clin, pf=P(p.first), dt=dr.dr, dn=P(dr.short), sp=g.pick(SPECS),
                  dm=g.date(fmt="dm"), h=f"{g.ri(7, 18):02d}h{g.pick(['00', '15', '30', '45'])}")
            doc.f("   Resposta: «r»\n", r=g.pick(["1", "1 obrigada", "2", "sim", "quem é?"]))
        elif k < 0.55:
            doc.f("«clin»: «PN», seu exame (guia «gu») está agendado para «dm», jejum de 8h. Leve doc. com foto e cartão SUS «cns».\n",
                  clin=clin, PN=P(p.caps), gu=g.d(9), dm=g.date(fmt="dm"), cns=L(g.cns(), "BR_CNS"))
            if g.chance(0.5):
                doc.f("   Resposta: aqui é «rf», «rel» dela/dele, ela vai sim. O CPF dela é «cpf» se precisar\n",
                      rf=P(g.relative(p).first), rel=g.pick(["filha", "neto", "esposo", "nora"]), cpf=L(g.cpf(), "BR_CPF"))
        elif k < 0.75:
            doc.f("«clin»: «pf», faltou à consulta de «dm». Para reagendar ligue 0800 «x» ou responda esta msg. Protocolo «prot».\n",
                  clin=clin, pf=P(p.first.upper() if g.chance(0.4) else p.first), dm=g.date(fmt="dm"), x=f"{g.d(3)} {g.d(4)}",
                  prot=g.protocol())
            doc.f("   Resposta: «r»\n", r=g.pick(["desculpa, tive um imprevisto. pode ser semana q vem?",
                                               f"o {p.first.lower()} ta internado, depois a gente remarca",
                                               "nao conheço essa pessoa, numero errado"]))
            if "internado" in doc.text.split("\n")[-2]:
                # the patient's name written in lower case in the reply
                line_start = doc.text.rindex("   Resposta: ")
                i = doc.text.index(p.first.lower(), line_start)
                doc.spans.append({"start": i, "end": i + len(p.first), "label": "PERSON"})
        else:
            doc.f("«clin»: Resultado do exame de «pn» disponível. Acesse com CPF «cpf» e a senha enviada por e-mail («em»).\n",
                  clin=clin, pn=P(p.short), cpf=L(g.cpf(), "BR_CPF"), em=L(g.email(p), "EMAIL_ADDRESS"))
    doc.t(f"\nEnviados: {g.ri(80, 400)} | Falhas: {g.ri(0, 9)} | Custo: {g.money(5, 60)}\n")
    return doc


def sa_pet_clinic(g: Gen) -> Doc:
    """Veterinary clinic record: the owner's data is personal; the pet is not a person."""
    doc = Doc(g)
    c, uf = g.city()
    tut = g.person()
    vet = g.person()
    oth = g.relative(tut)
    pet = g.pick(PETS)
    clin = g.pick(["Clínica Veterinária Bicho da Luz", "Hospital Veterinário São Bento", "Pet Care Flor de Liz", "Vet Leão & Cia"])
    doc.f("«clin» — FICHA CLÍNICA nº «fn»\n\nTUTOR(A): «tn»\nCPF: «tc»   Celular: «ph»⟦   Tel. recado: «ph2»⟧\nE-mail: «em»\n"
          "Endereço: «ta», «bai», «c»/«uf» — CEP «cep»\n\n"
          "PACIENTE: «pet»   Espécie: «esp»   Sexo: «sx»   Nascimento (animal): «pd»   Peso: «kg» kg\n\n"
          "ANAMNESE («d»): tutor«ta2» relata que «pet» «queixa». «pet» divide a casa com outro cão, o «pet2». "
          "Vacinas em dia (carteirinha conferida).\n"
          "EXAME: mucosas normocoradas, TPC 2 s, temperatura 39,1 °C.\n"
          "CONDUTA: «cond».\n"
          "Retorno em 7 dias. Autorizado a buscar o animal: «on», «orel» d«to» tutor«ta2», RG «org».\n\n"
          "«vt» «vn» — «crmv»\nPagamento: «m» no cartão⟦ «card»⟧.\n",
          clin=clin, fn=g.d(5), tn=P(tut.full), tc=L(g.cpf(), "BR_CPF"), ph=L(g.phone(), "PHONE_NUMBER"),
          ph2=L(g.phone(mobile=False), "PHONE_NUMBER"), em=L(g.email(tut), "EMAIL_ADDRESS"), ta=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), pet=pet,
          esp=g.pick(["canina", "felina"]), sx=g.pick(["F", "M"]), pd=g.dob(2012, 2024, "br"), kg=f"{g.ri(2, 35)},{g.ri(0, 9)}",
          d=g.date(fmt="br"), ta2=gw(tut, "", "a"),
          queixa=g.pick(["está sem comer há dois dias e vomitou espuma branca", "comeu um pedaço de sabão e está babando",
                         "manca da pata traseira esquerda desde o passeio de domingo", "coça muito a orelha e balança a cabeça"]),
          pet2=g.pick([p for p in PETS if p != pet]),
          cond=g.pick(["hemograma e ultrassom; dipirona 25 mg/kg", "radiografia; meloxicam 0,1 mg/kg por 3 dias", "limpeza otológica e otomax"]),
          on=P(oth.full), orel=g.pick(["cônjuge", "filho(a)", "irmão/irmã"]), to=tut.o, org=L(g.rg()[0], "BR_RG"),
          vt=gw(vet, "Dr.", "Dra."), vn=P(vet.full), crmv=L(g.council("CRMV", uf), "PROFESSIONAL_ID"), m=g.money(120, 900),
          card=L(g.card(), "CREDIT_CARD"))
    return doc


def sa_dental_anamnesis(g: Gen) -> Doc:
    """New-patient anamnesis form of a small dental office, filled in by hand and typed."""
    doc = Doc(g)
    c, uf = g.city()
    minor = g.chance(0.45)
    pa = g.person()
    resp = g.relative(pa, fem=g.chance(0.7)) if minor else None
    dent, friend = g.person(), g.person()
    doc.f("FICHA DE ANAMNESE — «clin»\n\nNome: «pn»\nData de nasc.: «dob»   CPF: «cpf»\nEndereço: «ad», «bai»   CEP «cep»\n"
          "Telefone: «ph»   E-mail: «em»\n",
          clin=g.pick(["Sorriso Bento Odontologia", "Consultório Odontológico Dra. Graça Pontes", "Clínica Dente de Leão", "OdontoSol"]),
          pn=P(pa.full), dob=L(g.dob(2008, 2019) if minor else g.dob(1950, 2000), "DATE_OF_BIRTH"), cpf=L(g.cpf(), "BR_CPF"),
          ad=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(resp or pa), "EMAIL_ADDRESS"))
    if minor:
        doc.f("Responsável: «rn» («rel»)   CPF do responsável: «rc»\n", rn=P(resp.full), rel=gw(resp, "pai", g.pick(["mãe", "avó"])), rc=L(g.cpf(), "BR_CPF"))
    doc.f("Convênio: «conv» — carteirinha «cart»\nIndicação: «indp»«indn»\n\n"
          "QUESTIONÁRIO\nEstá em tratamento médico? «q1»\nToma algum remédio? «q2»\nAlergia a medicamento? «q3»\n"
          "Diabetes / pressão alta? «q4»\nSangramento excessivo após extração? não\nFumante? «q5»\n\n"
          "Queixa principal: «qx»\n\nDeclaro que as informações acima são verdadeiras.\n«sig»\n\nAtendido por «dt» «dn» — «cro»\n",
          conv=g.pick(["particular", "OdontoPrev", "Amil Dental", "Uniodonto"]), cart=g.d(g.pick([9, 12, 17])),
          indp=(ip_ := g.pick(["Instagram", "indicação d" + friend.o + " ", "passou na frente", "amig" + friend.o + " "])),
          indn=P(g.pick([friend.first, friend.full])) if ip_.endswith(" ") else "",
          q1=g.pick(["não", "sim, psiquiatra", f"sim, CID {g.pick(CIDS)}"]), q2=g.pick(["não", "losartana", "sertralina 50 mg", "anticoncepcional"]),
          q3=g.pick(["não", "dipirona", "penicilina (fica com a boca inchada)"]), q4=g.pick(["não", "diabetes tipo 2", "pressão alta controlada"]),
          q5=g.pick(["não", "sim, 10 cigarros/dia", "parei em 2019"]), qx=g.pick(["dor no dente do siso", "quer clarear os dentes", "aparelho", "gengiva sangrando"]),
          sig=P((resp or pa).full), dt=dent.dr, dn=P(dent.full), cro=L(g.council("CRO", uf), "PROFESSIONAL_ID"))
    return doc


def sa_gym_form(g: Gen) -> Doc:
    """Gym membership form with PAR-Q, emergency contact, trainer and recurring card payment."""
    doc = Doc(g)
    c, uf = g.city()
    st = g.person()
    em_c = g.relative(st) if g.chance(0.6) else g.person()
    tr, dr = g.person(), g.person()
    doc.f("«gym» — FICHA DE MATRÍCULA\n\nAluno(a): «sn»\nNascimento: «dob»   Sexo: «sx»   CPF: «cpf»\nCelular/WhatsApp: «ph»   "
          "E-mail: «em»\nEndereço: «ad» — «bai»\nInstagram: @«ig» (não é dado obrigatório)\nVeículo p/ estacionamento: «car», placa «pl»\n\n"
          "CONTATO DE EMERGÊNCIA: «en» («rel») — «eph»\n\n"
          "PAR-Q: 1) Algum médico já disse que você possui problema cardíaco? «q1»  2) Sente dor no peito ao praticar atividade física? não  "
          "3) Perdeu o equilíbrio por tontura? não  4) Problema ósseo ou articular? «q4»  5) Toma remédio para pressão? «q5»\n"
          "Atestado médico: «ates»\n\n"
          "Objetivo: «obj»\nProfessor(a) responsável: «tn» — «cref»\n\n"
          "PLANO: «plano» — «m»/mês, débito recorrente no cartão «card», validade «val». Fidelidade 12 meses; multa de 20% do saldo.\n"
          "Data: «d»   Assinatura: «sig»⟦ (aceite eletrônico pelo app, IP «ip»)⟧\n",
          gym=g.pick(["Academia Leão Fitness", "Studio Flor de Lótus Pilates", "CT Bento Lutas", "Academia Corpo & Sol", "Rosa Fit Feminina"]),
          sn=P(st.full), dob=L(g.dob(1955, 2008), "DATE_OF_BIRTH"), sx=g.pick(["F", "M"]), cpf=L(g.cpf(), "BR_CPF"),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(st), "EMAIL_ADDRESS"), ad=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          ig=noacc(st.first).lower() + g.pick(["_fit", ".oficial", str(g.ri(10, 99))]), car=g.pick(CARS), pl=L(g.plate(), "LICENSE_PLATE"),
          en=P(em_c.full), rel=g.pick(["mãe", "esposo(a)", "irmã", "namorado(a)"]), eph=L(g.phone(), "PHONE_NUMBER"),
          q1=g.pick(["não", "não", "sim (sopro)"]), q4=g.pick(["não", "sim, hérnia de disco (CID M51.1)", "condromalácia no joelho"]),
          q5=g.pick(["não", "sim, losartana"]),
          ates=g.pick(["dispensado (PAR-Q negativo)", f"apresentado, assinado por {dr.dr} " + "{DR}", "pendente — entregar em 30 dias"]),
          obj=g.pick(["emagrecimento", "hipertrofia", "condicionamento", "reabilitação do joelho"]), tn=P(tr.short),
          cref=L(g.council("CREF", uf), "PROFESSIONAL_ID"), plano=g.pick(["Anual", "Semestral", "Mensal sem fidelidade"]), m=g.money(79, 260),
          card=L(g.card(), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", d=g.date(fmt="br"), sig=P(st.short),
          ip=L(g.ip(), "IP_ADDRESS"))
    if "{DR}" in doc.text:
        i = doc.text.index("{DR}")
        name = dr.full
        doc.text = doc.text[:i] + name + doc.text[i + 4:]
        delta = len(name) - 4
        for s in doc.spans:
            if s["start"] > i:
                s["start"] += delta
                s["end"] += delta
        doc.spans.append({"start": i, "end": i + len(name), "label": "PERSON"})
    return doc


def sa_family_chat(g: Gen) -> Doc:
    """Family WhatsApp group while the grandmother is in hospital (lower case)."""
    doc = Doc(g)
    vo = g.person(fem=True)
    kids = [g.relative(vo, child=True) for _ in range(3)]
    neto = g.relative(kids[0], child=True)
    doc_ = g.person()
    hosp = g.pick(["Hospital Dona Rosa Prudente", "Santa Casa", "Hospital São Bento", "HU", "Hospital Regional Dr. Flor Bessa"])
    dd = g.date(fmt="dm")
    doc.f("família «ln» ❤️\n\n"
          "[«d» 06:58] «k0»: bom dia. a mãe passou a noite bem, tá no quarto 312 do «h». o dr «dl» passa às 10h\n"
          "[«d» 07:03] «k1»: graças a deus. quem vai ficar com ela hj de tarde?\n"
          "[«d» 07:05] «k2»: eu vou. «k1f» leva a dentadura dela e o creme, esqueci\n"
          "[«d» 07:10] «k0»: a enfermeira pediu o cartão do sus, tá aqui: «cns». e o cpf dela é «cpf»\n"
          "[«d» 07:12] «n»: vó tá na luz divina kkk o ventilador do quarto nem funciona, vou levar o meu\n"
          "[«d» 07:15] «k1»: «nl» respeita a vó 😂\n"
          "[«d» 10:40] «k0»: falei com o médico. suspeita de pneumonia (cid «cid»), vai ficar uns 5 dias no antibiótico. "
          "ele pediu pra alguém assinar como responsável, vou eu. o telefone do consultório dele é «dph»\n"
          "[«d» 10:42] «k2»: ok. vou pedir pra «viz» da rua de cima dar comida pra «pet» enquanto isso\n",
          ln=vo.last.lower(), d=dd, k0=P(kids[0].low), h=hosp, dl=P(doc_.last.lower() if g.chance(0.5) else doc_.last),
          k1=P(kids[1].first), k2=P(kids[2].lowfull), k1f=P(kids[1].low), cns=L(g.cns(), "BR_CNS"), cpf=L(g.cpf(), "BR_CPF"),
          n=P(neto.low), nl=P(neto.low), cid=g.pick(["J18.9", "J15.9", "J12.9"]), dph=L(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"),
          viz=P(g.person(fem=True).low), pet=g.pick(PETS))
    if g.chance(0.5):
        doc.f("[«d» 18:20] «k2»: a visita hj foi a tia «ti» e o «pr», o pastor da igreja. ela ficou feliz\n"
              "[«d» 18:22] «k1»: que bom. amanhã quem dorme lá é o «k1x»\n",
              d=dd, k2=P(kids[2].low), ti=P(g.person(fem=True).low), pr=P(g.person(fem=False).first), k1=P(kids[1].low),
              k1x=P(g.relative(kids[1], child=True, fem=False).low))
    return doc


def sa_crowdfunding(g: Gen) -> Doc:
    """Online crowdfunding page for a child's surgery, with payment data and updates."""
    doc = Doc(g)
    c, uf = g.city()
    mom = g.person(fem=True)
    kid = g.relative(mom, child=True)
    dr = g.person()
    hosp = g.pick(["Hospital Pequeno Príncipe", "Hospital da Criança Leão Sobreira", "Hospital São Bento", "GRAACC"])
    doc.f("VAQUINHA: Ajude «kn» a fazer a cirurgia!\n\n"
          "Oi, meu nome é «mn» e sou mãe d«ko» «kf», de «age» anos. Em «mes» «kf» foi diagnosticad«ko» com «diag» (CID «cid») "
          "e precisa de uma cirurgia no «h», com «dt» «dn» («crm»). O plano negou a cobertura e o SUS tem fila de 2 anos.\n\n"
          "Qualquer valor ajuda! Meta: «meta».\n"
          "Pix (chave aleatória): «pix»\nOu depósito: «bk», agência «ag», conta «cc» — em nome de «mn2», CPF «cpf»\n"
          "Contato: «ph»⟦ ou «em»⟧\n\n"
          "ATUALIZAÇÕES\n«d1» — Arrecadamos «m1»! Obrigada a todos, em especial à turma da escola d«ko» «kn2» e à padaria Mel de Minas, "
          "que fez rifa.\n«d2» — A cirurgia foi marcada para «d3». O pai dele/dela, «pn», conseguiu folga para acompanhar. Graças a deus!\n",
          kn=P(kid.nick), mn=P(mom.full), ko=kid.o, kf=P(kid.first), age=g.ri(1, 14), mes=g.pick(MONTHS),
          diag=g.pick(["cardiopatia congênita", "escoliose severa", "tumor cerebral", "fissura labiopalatina"]),
          cid=g.pick(["Q21.0", "M41.1", "C71.9", "Q37.9"]), h=hosp, dt=dr.dr, dn=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"),
          meta=g.money(20000, 150000), pix=L(g.pix(), "PIX_KEY"), bk=g.pick(["Caixa", "Banco do Brasil", "Nubank", "Bradesco"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), mn2=P(mom.caps if g.chance(0.4) else mom.full),
          cpf=L(g.cpf(), "BR_CPF"), ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(mom), "EMAIL_ADDRESS"), d1=g.date(fmt="br"),
          m1=g.money(2000, 40000), kn2=P(kid.first), d2=g.date(fmt="br"), d3=g.date(fmt="br"), pn=P(g.relative(kid, fem=False).full))
    return doc


def sa_blood_drive(g: Gen) -> Doc:
    """A parish's list of volunteers for a blood-donation drive."""
    doc = Doc(g)
    c, uf = g.city()
    coord = g.person()
    van = g.person(fem=False)
    doc.f("«par» — PASTORAL DA SAÚDE\nCAMPANHA \"DOE SANGUE, DOE VIDA\" — «d»\nDestino: Hemocentro de «c» (agendamento coletivo nº «ag»)\n\n"
          "Inscritos:\n",
          par=g.pick(["Paróquia São Bento", "Paróquia Nossa Senhora da Luz", "Igreja Batista Rosa de Saron", "Comunidade Santa Rosa de Lima"]),
          d=g.date(fmt="br"), c=c, ag=g.d(8))
    for i in range(g.ri(5, 8)):
        p = g.person()
        doc.f("«i». «n» — nasc. «dob» — tipo «ts» — «ph»«extra»\n",
              i=i + 1, n=P(g.pick([p.full, p.full, p.caps, p.short])), dob=L(g.dob(1962, 2007, g.pick(["br", "short"])), "DATE_OF_BIRTH"),
              ts=g.pick(["O+", "A+", "O-", "B+", "AB+", "não sabe"]), ph=L(g.phone(), "PHONE_NUMBER"),
              extra=g.pick(["", "", " — primeira vez", " — já doou em 2024"]))
        if g.chance(0.25):
            doc.f("   cartão SUS «cns»\n", cns=L(g.cns(), "BR_CNS"))
    doc.f("\nObs.: quem tem menos de 18 anos precisa de autorização do responsável. Quem fez tatuagem há menos de 12 meses não pode doar. "
          "Levar documento com foto. A van do «vn» sai às 6h da frente da igreja (Rua Padre Bento Prudente, esquina com a praça). "
          "Lanche oferecido pela Padaria Flor do Sol.\n\nCoordenação: «cn» — «cph»\nGraça e paz!\n",
          vn=P(van.nick), cn=P(coord.full), cph=L(g.phone(), "PHONE_NUMBER"))
    return doc


CHARITIES = ["Associação Beneficente Luz do Amanhã", "Paróquia São Bento — Obras Sociais", "Lar dos Idosos Vó Rosa",
             "Igreja Evangélica Assembleia de Deus — Ministério Flor de Sarom", "Casa de Apoio Sol da Esperança",
             "Centro Espírita Caminho da Luz"]


def fi_donation_receipt(g: Gen) -> Doc:
    """Donation receipt from a church or charity, with the donor's thank-you e-mail."""
    doc = Doc(g)
    c, uf = g.city()
    don, tes, pres = g.people(3)
    ent = g.pick(CHARITIES)
    online = g.chance(0.5)
    doc.f("«ent»\nCNPJ «cnpj» — «c»/«uf»\n\nRECIBO DE DOAÇÃO Nº «n»/2025\n\n"
          "Recebemos de «dn», CPF «dc», residente na «da», CEP «cep», a importância de «m», a título de doação "
          "espontânea para «fim».\n",
          ent=ent, cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), c=c, uf=uf, n=f"{g.ri(1, 999):04d}", dn=P(don.full),
          dc=L(g.cpf(), "BR_CPF"), da=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), m=g.money(50, 5000), mw=brl_words(g),
          fim=g.pick(["a reforma do telhado do salão", "a campanha do agasalho", "a compra de cestas básicas", "o bazar beneficente",
                      "a festa das crianças do bairro"]))
    if online:
        doc.f("Forma: doação on-line (cartão de crédito «card»), registrada em «d» às «h» a partir do IP «ip».\n",
              card=L(g.card(), "CREDIT_CARD"), d=g.date(fmt="br"), h=g.hm(), ip=L(g.ip(), "IP_ADDRESS"))
    else:
        doc.f("Forma: «fm»«fv».\n", fm=(fm_ := g.pick(["Pix para a chave aleatória ", "depósito na conta da entidade, agência ", "dinheiro, entregue na secretaria"])),
              fv=L(g.pix(), "PIX_KEY") if fm_.startswith("Pix") else (L(g.agency(), "BANK_ACCOUNT") if fm_.startswith("dep") else ""))
    doc.f("Esta entidade não distribui lucros e a doação não é dedutível do imposto de renda, salvo quando feita ao Fundo da Criança.\n\n"
          "«c», «d».\n\n«tn» — Tesoureir«to» (CPF «tc»)\n«pn» — «pc»\n\n"
          "-----\nDe: «dn2» <«em»>\nAssunto: Re: recibo\n\nOi «tf», recebi, muito obrigad«do»! Que Deus abençoe o trabalho de vocês. "
          "Mês que vem minha filha «fil» também quer ajudar com o bazar. Abraço,\n«df»\n",
          c=c, d=g.date(fmt="written"), tn=P(tes.full), to=tes.o, tc=L(g.cpf(), "BR_CPF"), pn=P(pres.full),
          pc=g.pick(["Presidente", "Pároco", "Pastor Presidente", "Diretora"]), dn2=P(don.full), em=L(g.email(don), "EMAIL_ADDRESS"),
          tf=P(tes.first), do=don.o, fil=P(g.relative(don, child=True, fem=True).first), df=P(don.first))
    return doc


def fi_rpa(g: Gen) -> Doc:
    """RPA (recibo de pagamento a autônomo) issued by a small business to a freelancer."""
    doc = Doc(g)
    c, uf = g.city()
    au, own = g.people(2)
    firm = g.pick(["Buffet Rosa Branca Ltda", "Estúdio Sol & Som Gravações ME", "Padaria Leão Dourado Ltda", "Escola de Idiomas Bento Ltda",
                   "Gráfica Vitória Rápida Eireli", "Mel Eventos e Decoração Ltda"])
    gross = g.ri(400, 6000)
    inss = round(gross * 0.11, 2)
    iss = round(gross * 0.05, 2)
    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA nº «n»\n\nFONTE PAGADORA: «firm»\nCNPJ: «cnpj»\n\n"
          "PRESTADOR(A): «an»\nCPF: «ac»   NIT/PIS: «pis»   RG: «arg»\nData de nasc.: «dob»\nEndereço: «aa», «c»/«uf», CEP «cep»\n"
          "CBO: «cbo»   Serviço prestado: «serv», em «d1»\n\n"
          "Valor bruto ........ «gb»\n(-) INSS 11% ...... «inss»\n(-) ISS 5% ........ «iss»\n(-) IRRF .......... isento\n"
          "Valor líquido ...... «net»\n\nPagamento: «pg»\n\n"
          "Recebi a importância líquida acima pelos serviços prestados, sem vínculo empregatício.\n«c», «d».\n\n"
          "Prestador(a): «an2»     Responsável pela empresa: «on»\n",
          n=g.ri(1, 300), firm=firm, cnpj=L(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), an=P(au.caps if g.chance(0.4) else au.full),
          ac=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"), arg=L(g.rg()[0], "BR_RG"), dob=L(g.dob(1960, 2004), "DATE_OF_BIRTH"),
          aa=L(g.address(), "ADDRESS"), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), cbo=g.pick(["3741-05", "2624-10", "5134-05", "2394-25", "7156-10"]),
          serv=g.pick(["gravação de jingle", "garçom em evento", "aulas de inglês (carga de 20 h)", "design de cardápio", "montagem de estrutura de festa"]),
          d1=g.date(fmt="br"), gb=g.money(gross, gross), inss=f"R$ {inss:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          iss=f"R$ {iss:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          net=f"R$ {gross - inss - iss:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          pg="", d=g.date(fmt="written"), an2=P(au.full), on=P(own.full))
    # the payment line, built apart so that it can hold one or two spans
    i = doc.text.index("Pagamento: ") + len("Pagamento: ")
    tail_doc = Doc(g)
    k = g.rng.random()
    if k < 0.5:
        tail_doc.t(f"transferência para o banco {g.pick(['Caixa', 'Itaú', 'Sicredi', 'Banco do Brasil', 'Inter'])}, agência ").e(g.agency(), "BANK_ACCOUNT")
        tail_doc.t(", conta ").e(g.account(), "BANK_ACCOUNT")
    elif k < 0.8:
        tail_doc.t("Pix, chave aleatória ").e(g.pix(), "PIX_KEY")
    else:
        tail_doc.t("Pix, chave e-mail ").e(g.email(au), "EMAIL_ADDRESS")
    ins = tail_doc.text
    for s in doc.spans:
        if s["start"] >= i:
            s["start"] += len(ins)
            s["end"] += len(ins)
    doc.spans += [{"start": s["start"] + i, "end": s["end"] + i, "label": s["label"]} for s in tail_doc.spans]
    doc.text = doc.text[:i] + ins + doc.text[i:]
    return doc


def fi_freelancer_email(g: Gen) -> Doc:
    """A photographer's e-mail with the invoice and bank data; the client's reply."""
    doc = Doc(g)
    c, uf = g.city()
    ph_, cl = g.people(2)
    baby = g.relative(cl, child=True, fem=True)
    if g.chance(0.5):
        baby.given, baby.nickname = g.pick(["Mel", "Flor", "Aurora", "Luz", "Vitória", "Celeste"]), None
    doc.f("De: «pn» <«pem»>\nPara: «cn» <«cem»>\nAssunto: Fotos do ensaio + recibo\n\n"
          "Oi «cf»!\n\nAs fotos do ensaio «tipo» d«bo» «bn» já estão no link da galeria (senha: «pw»). Ficaram lindas, a «bn2» "
          "sorriu o tempo todo, parecia um sol! 🌞\n\nSegue o recibo: «serv» — «m». Como combinamos, 50% já foi pago no dia do ensaio; "
          "falta «m2».\n\nDados para pagamento:\nPix (chave aleatória): «pix»\nou Banco «bk», agência «ag», conta «cc»\n"
          "Titular: «pn2», CPF «pc»\n\nSe puder, me marca nas fotos quando postar (@«ig»). Beijos,\n«pf»\n«ptel»\n\n"
          "> Em «d», «cn2» escreveu:\n> Pago! Segue comprovante (ID da transação «e2e»). O pai dela, o «dad», ainda quer umas fotos "
          "impressas em 20x30, consegue?\n",
          pn=P(ph_.full), pem=L(g.email(ph_), "EMAIL_ADDRESS"), cn=P(cl.full), cem=L(g.email(cl), "EMAIL_ADDRESS"), cf=P(cl.first),
          tipo=g.pick(["newborn", "de 1 aninho", "smash the cake", "de família no parque"]), bo=baby.o, bn=P(baby.first), bn2=P(baby.first),
          pw=g.d(4), serv=g.pick(["ensaio fotográfico + 30 fotos tratadas", "ensaio newborn completo", "cobertura de aniversário (4 h)"]),
          m=g.money(400, 2500), m2=g.money(200, 1250), pix=L(g.pix(), "PIX_KEY"), bk=g.pick(["Nubank (260)", "Inter (077)", "Itaú (341)", "C6 (336)"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), pn2=P(ph_.full), pc=L(g.cpf(), "BR_CPF"),
          ig=noacc(ph_.first).lower() + "fotografia", pf=P(ph_.first), ptel=L(g.phone(), "PHONE_NUMBER"), d=g.date(fmt="br"),
          cn2=P(cl.full), e2e=f"E{g.d(8)}2025{g.d(4)}{g.pick('ABCDEF')}{g.d(10)}", dad=P(g.relative(cl, fem=False).first))
    return doc


def fi_house_split(g: Gen) -> Doc:
    """Student house (república) chat splitting the month's bills (lower case)."""
    doc = Doc(g)
    mates = g.people(4)
    land = g.person(fem=True)
    pet = g.pick(["bento", "mel", "leão", "flor"])
    dd = g.date(fmt="dm")
    lu, ag, net, gas = g.ri(180, 420), g.ri(80, 200), 120, g.ri(90, 130)
    tot = lu + ag + net + gas
    doc.f("rep «rep» 🏠\n\n[«d» 20:01] «m0»: galera fechei as contas de «mes»:\n"
          "luz «lu» (a luz veio um absurdo por causa do ar do «m1l»)\nágua «ag»\ninternet «net»\ngás «gas»\n"
          "total «tot» / 4 = «cada» cada\n"
          "[«d» 20:02] «m0»: manda pro meu pix, é a chave aleatória «pix»\n"
          "[«d» 20:05] «m1»: mano o ar é do quarto todo kkkk. mas blz, mandei\n"
          "[«d» 20:07] «m2»: «m0l» meu pix bugou, posso mandar amanhã? ou manda a conta no pix do meu pai que ele paga: «pph»\n"
          "[«d» 20:10] «m3»: pago. aliás quem deixou o «pet» (o gato) comer a ração do vizinho? a «viz» veio reclamar\n"
          "[«d» 20:12] «m1»: foi o «m3l» que deixou a janela aberta\n"
          "[«d» 20:13] «m0»: e lembrando: o contrato tá no nome da «lan», a dona, e o aluguel vence dia 10. ela pediu o cpf de todo mundo pro "
          "contrato novo. o meu é «c0»\n"
          "[«d» 20:15] «m2»: «c2»\n",
          rep=g.pick(["sol nascente", "flor de lis", "toca do leão", "casa rosa"]), d=dd, m0=P(mates[0].low), mes=g.pick(MONTHS),
          lu=g.money(lu, lu), m1l=P(mates[1].low), ag=g.money(ag, ag), net=g.money(net, net), gas=g.money(gas, gas), tot=g.money(tot, tot),
          cada=g.money(tot // 4, tot // 4), pix=L(g.pix(), "PIX_KEY"), m1=P(mates[1].low), m2=P(mates[2].lowfull), m0l=P(mates[0].low),
          pph=L(g.phone(style=g.pick(["raw", "plain"])), "PHONE_NUMBER"), m3=P(mates[3].low), pet=pet, viz=P(g.person(fem=True).first.lower()),
          m3l=P(mates[3].low), lan=P(land.short), c0=L(g.cpf(), "BR_CPF"), c2=L(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("[«d» 20:20] «m3»: o meu eu mando direto pra ela. qual o email da «lf»?\n[«d» 20:21] «m0»: «em»\n",
              d=dd, m3=P(mates[3].low), lf=P(land.first.lower()), m0=P(mates[0].low), em=L(g.email(land), "EMAIL_ADDRESS"))
    return doc


def fi_store_tab(g: Gen) -> Doc:
    """A grocery's tab notebook (caderneta de fiado) typed from the paper, with collection notes."""
    doc = Doc(g)
    c, uf = g.city()
    shop = g.pick(["Mercearia da Rosa", "Armazém Bom Sol", "Mercadinho Flor do Bairro", "Empório Leão", "Quitanda do Bento"])
    own = g.person()
    doc.f("«shop» — caderneta de fiado — «mes»/2025 (passado a limpo pel«o» «on»)\n\n", shop=shop, mes=g.pick(MONTHS), o=own.o, on=P(own.nick))
    for _ in range(g.ri(5, 7)):
        p = g.person()
        k = g.rng.random()
        if k < 0.3:
            doc.f("«t» «n» («ad») — «it» «m» — «st»\n", t=gw(p, "seu", "dona"), n=P(p.nick),
                  ad=L(g.address_low(), "ADDRESS"), it=g.pick(["pão, leite, mel de abelha 500g", "gás + refri", "arroz 5kg, feijão, óleo", "carne moída 1kg"]),
                  m=g.money(20, 180), st=g.pick(["pagou dia 05 no pix", "deve", "pagou metade", "cartão final 4821 (pago)"]))
        elif k < 0.55:
            doc.f("«n» — «m» — cobrar no zap «ph»\n", n=P(p.short), m=g.money(15, 300), ph=L(g.phone(style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
        elif k < 0.75:
            doc.f("«n» do «ref» — «m» — deve desde «dt»\n", n=P(p.nick), ref=g.pick(["gás", "açougue", "posto", "salão da Graça"]),
                  m=g.money(30, 250), dt=g.date(fmt="dm"))
        else:
            doc.f("«n», filh«o» da «mae» — «m» — a mãe autorizou, paga no dia 10\n", n=P(p.first.lower()), o=p.o,
                  mae=P(g.person(fem=True).nick), m=g.money(5, 60))
    doc.f("\nObs.: a «x» pediu para pôr no nome do marido, «xm», CPF «xc», para puxar nota. Não vender mais fiado pro «y» até pagar.\n"
          "Pix do mercado: CNPJ «cnpj».\n",
          x=P(g.person(fem=True).first), xm=P(g.person(fem=False).full), xc=L(g.cpf(), "BR_CPF"), y=P(g.person(fem=False).nick),
          cnpj=L(g.cnpj(), "BR_CNPJ"))
    return doc


def fi_store_credit(g: Gen) -> Doc:
    """Store-credit (crediário) application form of a small furniture shop."""
    doc = Doc(g)
    c, uf = g.city()
    cl = g.person()
    mom = g.relative(cl, fem=True)
    sp = g.relative(cl, fem=not cl.fem)
    r1, r2, sel = g.people(3)
    store = g.pick(["Móveis Bento Luz", "Eletro Sol Nascente Ltda", "Loja Leão dos Móveis", "Magazine Rosa Branca", "Casa Prudente Utilidades"])
    doc.f("«st» — FICHA CADASTRAL DE CREDIÁRIO\n\nNome: «cn»\nCPF: «cc»   RG: «crg» «org»   Título de eleitor: «tit»\n"
          "Nascimento: «dob»   Naturalidade: «nat»\nNome da mãe: «mn»\nEstado civil: «ec»   Cônjuge: «sn» — CPF «sc»\n"
          "Endereço: «ad», «bai», «c»/«uf», CEP «cep»   Reside há «anos» anos (casa «casa»)\nCelular: «ph»   E-mail: «em»\n\n"
          "Empresa onde trabalha: «emp»   Função: «fn»   Renda: «renda»\n\n"
          "REFERÊNCIAS PESSOAIS (não podem morar no mesmo endereço)\n1. «r1» («rel1») — «rp1»\n2. «r2» («rel2») — «rp2»\n"
          "Referência comercial: Lojas Vitória (cliente desde 2019)\n\n"
          "COMPRA: «item» — «m» em «np»x de «parc» no carnê, 1º vencimento «dv».\nConsulta SPC/Serasa: nada consta (protocolo «prot»).\n"
          "Vendedor«vx»: «vn»\n\nAssinatura do cliente: «cs»\n",
          st=store, cn=P(cl.caps), cc=L(g.cpf(), "BR_CPF"), crg=L((r := g.rg())[0], "BR_RG"), org=r[1], tit=L(g.titulo(), "BR_TITULO_ELEITOR"),
          dob=L(g.dob(1955, 2004), "DATE_OF_BIRTH"), nat=g.pick(["Vitória/ES", "Bento Gonçalves/RS", "Pedra Branca/PB", "Crato/CE"]),
          mn=P(mom.caps), ec=g.pick(ESTCIV), sn=P(sp.full), sc=L(g.cpf(), "BR_CPF"), ad=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), anos=g.ri(1, 30), casa=g.pick(["própria", "alugada", "cedida"]), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(cl), "EMAIL_ADDRESS"), emp=g.pick(["Supermercado Paiva & Leão", "Prefeitura", "autônoma", "Frigorífico Branco Ltda"]),
          fn=g.pick(PROFS), renda=g.money(1500, 6000), r1=P(r1.full), rel1=g.pick(["irmã", "amigo", "cunhado", "madrinha"]),
          rp1=L(g.phone(), "PHONE_NUMBER"), r2=P(r2.short), rel2=g.pick(["colega de trabalho", "vizinha", "tio"]), rp2=L(g.phone(), "PHONE_NUMBER"),
          item=g.pick(["guarda-roupa 6 portas + cômoda", "geladeira frost free", "sofá retrátil", "fogão 5 bocas + micro-ondas"]),
          m=g.money(900, 5000), np=g.ri(5, 12), parc=g.money(90, 500), dv=g.date(fmt="br"), prot=g.protocol(), vx=gw(sel, "", "a"),
          vn=P(sel.first), cs=P(cl.full))
    return doc


def fi_raffle(g: Gen) -> Doc:
    """Charity raffle (rifa) sheet with buyers, the organiser's Pix and the winner."""
    doc = Doc(g)
    c, uf = g.city()
    org = g.person()
    win = g.person()
    doc.f("RIFA BENEFICENTE — «causa»\nPrêmio: «premio»\nSorteio pela Loteria Federal de «d» (número final do 1º prêmio)\n"
          "Cada número «m». Pagamento no Pix (chave aleatória) «pix» — em nome de «on»\n\nNÚMEROS VENDIDOS\n",
          causa=g.pick(["tratamento da dona Luz", "formatura do 9º ano", "reforma da capela Santa Rosa", "time de futsal Leões do Bairro"]),
          premio=g.pick(["uma moto Honda Pop 110i 0 km", "cesta de Natal + R$ 500,00", "uma TV 50\"", "um porco de 80 kg"]),
          d=g.date(fmt="br"), m=g.money(5, 20), pix=L(g.pix(), "PIX_KEY"), on=P(org.full))
    nums = sorted(g.sample(range(1, 101), g.ri(6, 9)))
    for n in nums:
        p = g.person()
        form = g.pick([p.nick, p.short, p.low, p.first + " (" + g.pick(["tia", "mãe", "irmão"]) + " do " + g.person(fem=False).first + ")"])
        if "(" in form:
            a, b = form.split(" (", 1)
            rel, nm = b[:-1].rsplit(" do ", 1)
            doc.f("«n» — «a» («rel» do «nm»)«pg»\n", n=f"{n:02d}", a=P(a), rel=gw(p, "irmão", g.pick(["tia", "mãe", "irmã"])), nm=P(nm), pg=g.pick(["", " — pago", " — pago", " — deve"]))
        else:
            doc.f("«n» — «a» — «ph»«pg»\n", n=f"{n:02d}", a=P(form), ph=L(g.phone(style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
                  pg=g.pick(["", " — pago", " — pago", " — deve"]))
    doc.f("\nRESULTADO: saiu o «wn»! Ganhador«wx»: «wnm», CPF «wc»⟦, que vai retirar o prêmio com «rn»⟧. ",
          wn=f"{g.pick([n for n in range(1, 101) if n not in nums]):02d}",
          wx=gw(win, "", "a"), wnm=P(win.full), wc=L(g.cpf(), "BR_CPF"), rn=P(g.person().full))
    if "moto" in doc.text:
        doc.f("A moto (placa «pl») será transferida no DETRAN em nome d«wo» ganhador«wx».\n", pl=L(g.plate(old=False), "LICENSE_PLATE"),
              wo=win.o, wx=gw(win, "", "a"))
    doc.t("Obrigado a todos que ajudaram! Deus abençoe.\n")
    return doc


TEMPLATES = {
    "atendimento": [at_bakery_order, at_dentist_email, at_car_repair, at_neighbourhood_letter, at_lost_found,
                    at_classifieds, at_school_group],
    "juridico": [ju_rental, ju_jec_complaint, ju_travel_auth, ju_residence_decl, ju_vehicle_sale, ju_pet_adoption,
                 ju_domestic_contract],
    "saude": [sa_sms_reminders, sa_pet_clinic, sa_dental_anamnesis, sa_gym_form, sa_family_chat, sa_crowdfunding,
              sa_blood_drive],
    "financeiro": [fi_donation_receipt, fi_rpa, fi_freelancer_email, fi_house_split, fi_store_tab, fi_store_credit,
                   fi_raffle],
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
        if s["label"] == "BR_CNH":
            assert cnh_ok(v), (record["id"], v)
        if s["label"] == "BR_PIS":
            assert pis_ok(v), (record["id"], v)
        if s["label"] == "CREDIT_CARD":
            n = v.replace(" ", "")
            assert luhn_dv(n[:-1]) == n[-1], (record["id"], v)
        if s["label"] == "PERSON":
            assert not re.match(r"(Sr|Sra|Dr|Dra|Dona|Seu|dona|seu|dr|tia|vó|Prof|M\.V)\.?\s", v), (record["id"], v)
        if s["label"] == "PIX_KEY":
            assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v), (record["id"], v)
        last = s["end"]
    assert "\x00" not in text and "«" not in text and "»" not in text and "⟦" not in text and "⟧" not in text, record["id"]
    assert "None" not in text, record["id"]


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
    with (HERE / "nineteenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    total = sum(counts.values())
    print("nineteenth", len(records), "records,", total, "gold spans")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<18} {v:>5}  {100 * v / total:5.1f}%")


if __name__ == "__main__":
    main()
