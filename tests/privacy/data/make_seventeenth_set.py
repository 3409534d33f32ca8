"""Build the seventeenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventeenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 17,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: documents of regulated, public-facing processes,
as they are published, issued or filed (official gazettes, registry offices, DETRAN, SUS,
INSS, Receita Federal, Procon, banks under KYC rules).
- atendimento: a Procon administrative decision imposing a fine (complainants listed), a
  university's list of approved candidates called for enrolment (ALL CAPS, guardians of
  minors), a DETRAN notice of infraction with the driver-nomination form, a civil registry's
  full-content birth certificate (parents, grandparents, declarant), a death certificate
  (declarant, physician, cemetery), an identity-card (RG) application receipt, a civil
  registry's marriage banns (edital de proclamas).
- juridico: Diário Oficial excerpts of nominations and exonerations (portarias), Diário
  Oficial bidding results and contract extracts (firms, partners, pregoeiro), a judicial
  auction notice (executed parties, spouses, auctioneer), a labour-court settlement term
  (CEJUSC-JT), a DETRAN licence-suspension proceeding, the result of a municipal child
  protection council (Conselho Tutelar) election, a summons by edict (edital de citação).
- saude: a SUS referral and counter-referral form, a controlled-drug prescription (receita
  B, with the buyer's identification), a pharmacy's controlled-drug dispensing register, a
  live-birth declaration (DNV), an out-of-town treatment (TFD) request with companion, a
  health-surveillance (VISA) infraction notice against a pharmacy, a specialised-component
  medicine request (LME).
- financeiro: a bank's KYC re-registration form, an INSS benefit-award letter, Receita
  Federal e-CAC mailbox messages (tax-return review: dependants and medical expenses), the
  assignment of a drawn consórcio quota, a CadÚnico summary sheet (family members, NIS), an
  FGTS withdrawal request, a lien-release letter for a financed vehicle (with alphanumeric
  2026 CNPJs in some copies).

Conventions (the fifteenth set's where they decide): PERSON covers the name only, never
"Sr.", "Sra.", "Dr.", "Dra.", "Dona", "RN de"; particles inside a name are part of it;
"SURNAME, Given" is one span; initials with a written surname ("M. A. Tenório") are a
PERSON span, but bare initials ("M.A.T.", as in published waiting lists) are not.
Companies, streets, schools, hospitals, UBS, cemeteries, cities and laws named after people
are not persons; public officials signing acts (mayor, secretary, judge, notary) are. ADDRESS
is street type + name + number + complement in one span (bairro, city, UF outside; CEP is
BR_CEP); the address of a company, public office, registry or court is not labelled, nor a
street named without a number. A company's CNPJ is always BR_CNPJ. Agency and account are
separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth dates (also a
newborn's date of birth in a DNV or certificate, and a deceased person's); dates of death,
registration, marriage, hearing and publication are not. PROFESSIONAL_ID includes the
council acronym and UF ("CRM-PE 23456", "OAB/SP 123.456", "CRF-MG 34567", "COREN-BA
123456-ENF"); a leiloeiro's JUCESP enrolment and public servants' matrículas are not
labelled. The NIS of CadÚnico and the NIT of INSS are BR_PIS. PIX_KEY only for random (UUID)
keys used as Pix keys.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such
as Gildeneide, Uóston, Deusdedit, Clerislene; Italian, German, Japanese, Lebanese/Syrian,
Ukrainian/Polish, Korean, Chinese, Andean, Venezuelan, Haitian, Nigerian/Angolan,
indigenous, Jewish), at least a quarter of the name words rare or invented; names that are
ordinary words (Rosa, Branco, Prudente, Bento, Vitória, Leão, Graça, Paz, Cruz) next to the
same words used as words ("em paz", "cruz", "rosa", "graça") and in places and companies
("Cemitério da Paz", "Vitória da Conquista", "Farmácia Santa Cruz", "Leão Engenharia Ltda"),
which are not persons. Forms: ALL CAPS lists, "SURNAME, Given", initials, first name alone.

Hard negatives (never labelled): CNJ process numbers, protocol and requirement numbers,
11-digit numbers failing the CPF check (RENAVAM, DNV numbers, protocols), auto-infraction
numbers, NB (INSS benefit) numbers, certificate matrículas, registry book/page/term numbers,
ICD-10 codes, money, law, decree, portaria and edital numbers, CBO codes, lot numbers,
company names with surnames, streets, schools, hospitals and UBS named after people, dates
that are not birth dates.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 17

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
PT_F = ["Juliana", "Camila", "Aline", "Renata", "Cláudia", "Márcia", "Rita de Cássia", "Maria Aparecida",
        "Ana Clara", "Luíza", "Gabriela", "Tatiane", "Viviane", "Rosemeire", "Sueli", "Eliane", "Kátia",
        "Cristiane", "Fabiana", "Michele", "Isabela", "Letícia", "Sofia", "Valentina", "Maria Eduarda",
        "Joana", "Raquel", "Silvana", "Lúcia", "Regina", "Maria do Socorro", "Antônia"]
PT_M = ["João", "Antônio", "Francisco", "Carlos", "Luiz", "Pedro", "Lucas", "Mateus", "Gabriel", "Rodrigo",
        "Fábio", "Leandro", "Wagner", "Júlio César", "Thiago", "André", "Ricardo", "Sebastião", "Raimundo",
        "Manoel", "Geraldo", "Benedito", "Miguel", "Arthur", "Davi", "Henrique", "Fernando", "Wellington",
        "Cícero", "José Maria", "João Pedro"]
PT_F_RARE = ["Gildeneide", "Maelly", "Lucinéia", "Edinalva", "Rozimeire", "Clerislene", "Zenaide", "Valdirene",
             "Jocilene", "Eudóxia", "Irismar", "Deuzuíta", "Alcilene", "Sirlândia", "Noêmia", "Hosana",
             "Ketlyn", "Yngrid", "Thamyres", "Luzinete", "Genilda", "Damiana", "Jordelina", "Rosileide",
             "Mikaelly", "Ilzamar", "Odaléia", "Gerusa", "Cleidiane", "Waldelice", "Dijanete", "Jaquelânia",
             "Railde", "Suéllen", "Eronildes", "Abigail", "Ozana", "Zilmar"]
PT_M_RARE = ["Gerivaldo", "Deusdedit", "Joelson", "Uóston", "Eucário", "Gildásio", "Claudionor", "Adjalma",
             "Nerivaldo", "Hermógenes", "Lindomar", "Aurisnei", "Josuel", "Deoclécio", "Uéslei", "Elzivaldo",
             "Gumercindo", "Raimilson", "Lucivaldo", "Ivanildo", "Zacarias", "Onofre", "Jeovane", "Kawan",
             "Rhuan", "Maxsuel", "Edivaldo", "Ubiraci", "Wanderlan", "Joilson", "Francinaldo", "Genésio",
             "Reinivaldo", "Tarcísio", "Jurandir", "Dhonatan"]
WORD_F = ["Rosa", "Vitória", "Graça", "Paz", "Luz", "Glória"]
WORD_M = ["Bento", "Prudente", "Leão", "Messias", "Amado"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Rodrigues", "Ferreira", "Almeida", "Araújo",
          "Barbosa", "Rocha", "Teixeira", "Correia", "Freitas", "Melo", "Nascimento", "Moura", "Campos",
          "Vieira", "Ramos", "Miranda", "Duarte", "Andrade", "Borges", "Brito", "Siqueira", "Xavier",
          "Gonçalves", "Marques", "Soares"]
PT_SUR_RARE = ["Maciel", "Távora", "Guedes", "Pimentel", "Falcão", "Coutinho", "Aragão", "Nóbrega",
               "Cajueiro", "Queiroga", "Holanda", "Torquato", "Bulhões", "Themudo", "Carrilho", "Mattoso",
               "Lacerda", "Rufino", "Benevides", "Quaresma", "Espíndola", "Timbó", "Galvão", "Cerqueira",
               "Sabino", "Jatobá", "Furtado", "Calheiros", "Gusmão", "Patriota", "Medrado", "Boaventura",
               "Tabosa", "Uchôa", "Sucupira", "Aguiar"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Graça", "Paz", "Cruz", "Vitória", "Bonfim",
            "Guerra", "Fortes"]
FOREIGN = {
    "it": (["Giuliana", "Loredana", "Antonella"], ["Pasquale", "Carmine", "Domenico"],
           ["Pellegrini", "Zanella", "Bertolucci", "Fontana", "Marcon", "Dall'Agnol", "Piccoli"]),
    "de": (["Gertrud", "Ingrid", "Liesel"], ["Helmut", "Arno", "Dietrich"],
           ["Schmitt", "Bauermann", "Kuhnen", "Wiggers", "Strelow", "Hasse", "Mühlbauer"]),
    "jp": (["Akemi", "Keiko", "Sayuri"], ["Hiroshi", "Massao", "Yoshio"],
           ["Nakamura", "Oshiro", "Yamashita", "Higa", "Sakamoto", "Ueda"]),
    "ar": (["Samira", "Leila", "Jamile"], ["Nagib", "Farid", "Habib"],
           ["Haddad", "Maluf", "Chedid", "Nader", "Abdalla", "Sahyoun"]),
    "uk": (["Olena", "Oksana", "Halina"], ["Taras", "Bohdan", "Stanislau"],
           ["Kowalczuk", "Melnyk", "Bondarenko", "Szymanski", "Hrycyk"]),
    "kr": (["Min-ji", "Soo-ah"], ["Dong-hyun", "Ji-hoon"], ["Park", "Choi", "Yoon", "Kim"]),
    "cn": (["Mei", "Xiaoli"], ["Wei", "Zhiqiang"], ["Chen", "Liu", "Zhang", "Wang"]),
    "bo": (["Yesenia", "Marisol", "Roxana"], ["Edwin", "Rudy", "Wilber"],
           ["Quispe", "Huanca", "Choque", "Ticona", "Apaza"]),
    "ve": (["Yuleisy", "Dayana", "Yorgelis"], ["Yender", "Jhonder", "Eliécer"],
           ["Guanipa", "Rondón", "Castellanos", "Urdaneta"]),
    "ht": (["Guerline", "Roseline", "Marie-Ange"], ["Jean-Baptiste", "Fritznel", "Wisler"],
           ["Pierre", "Joseph", "Saint-Fleur", "Dorvil", "Belizaire"]),
    "af": (["Chiamaka", "Ebele", "Nzinga"], ["Oluwaseun", "Mpanzu", "Kwame"],
           ["Okafor", "Eze", "Mbala", "Nsimba", "Ogunleye"]),
    "in": (["Potyra", "Jaciara", "Araci"], ["Ubiratã", "Iberê", "Jaguaraci"],
           ["Pataxó", "Terena", "Tikuna", "Baniwa"]),
    "jw": (["Sara", "Ruth", "Hanna"], ["Isaac", "Samuel", "Moisés"],
           ["Rosenberg", "Feldman", "Goldstein", "Wajnberg", "Szajnbok"]),
}
PARTICLE_OF = {"Santos": "dos", "Silva": "da", "Rosa": "da", "Graça": "da", "Paz": "da", "Cruz": "da",
               "Vitória": "da", "Nóbrega": "da", "Conceição": "da", "Guerra": "da", "Nascimento": "do",
               "Bonfim": "do", "Carmo": "do", "Anjos": "dos", "Dores": "das"}
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]

DDDS = ["11", "12", "14", "16", "19", "21", "24", "27", "31", "33", "34", "35", "41", "43", "46", "47",
        "48", "51", "54", "61", "62", "65", "67", "71", "75", "77", "79", "81", "83", "85", "86", "87",
        "88", "91", "92", "94", "95", "98"]
STREETS = ["Rua Marechal Deodoro", "Rua Professora Graça Mendes", "Av. Bento de Abreu", "Rua da Paz",
           "Travessa Santa Cruz", "Rua Vitória da Conquista", "Rua Rosa Kasinski", "Avenida Leão XIII",
           "Rua Prudente de Morais", "Rua Capitão Branco Ribas", "Rua Treze de Maio", "Rua dos Jacarandás",
           "Avenida Dom Pedro II", "Rua Frei Caneca", "Rua Tenente Timbó", "Rua Dona Ana Uchôa",
           "Rua Padre Cícero", "Avenida Presidente Vargas", "Rua Euclides da Cunha", "Rua das Acácias",
           "Rua Coronel Sabino Guedes", "Alameda dos Ipês", "Rua Quinze de Novembro", "Avenida Brasil",
           "Rua Cruz e Souza", "Rua São Bento", "Rua Manoel Bandeira", "Estrada Velha do Leão",
           "Rua Quaresma Furtado", "Rua 7", "Quadra 204 Norte Alameda 12", "Rua Joaquim Nabuco",
           "Avenida Santos Dumont", "Rua Pastor Isaac Feldman"]
BAIRROS = ["Centro", "Jardim da Paz", "Vila Vitória", "Santa Cruz", "Rosa dos Ventos", "Bela Vista",
           "Jardim Leão", "Graça", "São Bento", "Cohab", "Conjunto Ceará", "Industrial", "Boa Esperança",
           "Prado Velho", "Jardim Branco", "Planalto", "Vila Nova", "Liberdade"]
CITIES = [("Vitória da Conquista", "BA"), ("Bento Gonçalves", "RS"), ("Presidente Prudente", "SP"),
          ("Santa Cruz do Sul", "RS"), ("Rio Branco", "AC"), ("Vitória", "ES"), ("Paz de Ariporã", "PE"),
          ("Feira de Santana", "BA"), ("Juazeiro do Norte", "CE"), ("Campina Grande", "PB"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"), ("Dourados", "MS"),
          ("Londrina", "PR"), ("Joinville", "SC"), ("Caxias do Sul", "RS"), ("Ribeirão Preto", "SP"),
          ("São José dos Campos", "SP"), ("Juiz de Fora", "MG"), ("Ipatinga", "MG"), ("Governador Valadares", "MG"),
          ("Campos dos Goytacazes", "RJ"), ("Petrópolis", "RJ"), ("Goiânia", "GO"), ("Sinop", "MT"),
          ("Arapiraca", "AL"), ("Garanhuns", "PE"), ("Sobral", "CE"), ("Parnaíba", "PI"), ("Leão", "RS"),
          ("Graça Aranha", "MA")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "BA", "PE", "CE", "SC", "GO", "PA", "AM", "DF", "ES", "MA", "PB", "PI"]
CIDS = ["I10", "E11.9", "F32.2", "F41.0", "G40.9", "M17.1", "N18.4", "C50.9", "H40.1", "K80.2", "I25.1",
        "J45.0", "F20.0", "M81.0", "E03.9", "G30.1", "L40.0", "F31.1", "Q90.0", "D50.9"]


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
            origin = "pt" if rng.random() < 0.72 else rng.choice(sorted(FOREIGN))
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



FIRMS = ["Leão Engenharia e Construções Ltda", "Móveis Graça & Bonfim Ltda", "Supermercado Paz Irmãos Ltda",
         "Cruz & Távora Telecomunicações S.A.", "Auto Escola Prudente Ltda", "Branco Distribuidora de Medicamentos Ltda",
         "Vitória Transportes Coletivos Ltda", "Rosa Alimentos Eireli", "Bento Quaresma Comércio de Veículos Ltda",
         "Holanda & Cajueiro Serviços Médicos Ltda", "Construtora Medrado Aguiar S.A.", "Gráfica Santa Cruz Ltda",
         "Padaria Pão da Paz Ltda", "Sucupira Tecnologia da Informação Ltda", "Laboratório Patriota & Filhos Ltda"]
HOSPITALS = ["Hospital Regional Dr. Aristides Leão", "Maternidade Dona Rosa Prudente", "Hospital São Bento",
             "Santa Casa de Misericórdia", "Hospital Municipal Dr. Gumercindo Paz", "Hospital da Cruz Vermelha",
             "Maternidade Escola Januário Cicco", "Hospital Nossa Senhora da Graça", "Hospital Getúlio Vargas",
             "Hospital Estadual Vitória Régia"]
UBS = ["UBS Dr. Leão Guedes", "USF Vila Vitória", "UBS Dona Graça Tabosa", "ESF Santa Cruz II",
       "UBS Prof. Bento Cajueiro", "Centro de Saúde da Paz", "UBS Rosa dos Ventos", "USF Irmã Dulce"]
CEMETERIES = ["Cemitério da Paz", "Cemitério Municipal São João Batista", "Cemitério Parque Jardim da Saudade",
              "Cemitério Santa Cruz", "Crematório Vila Alpina", "Cemitério Campo da Esperança"]


# =========================================================================== atendimento


def at_procon_fine(g: Gen) -> Doc:
    """Procon administrative decision imposing a fine, complainants listed."""
    doc = Doc(g)
    c, uf = g.city()
    firm = g.pick(FIRMS)
    rep, adv, dire, fisc = g.person(), g.person(), g.person(), g.person()
    pa = f"{g.ri(10, 99)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"
    doc.f("PROCON «cc» — Programa de Proteção e Defesa do Consumidor\nCoordenadoria Jurídica e de Fiscalização\n\n"
          "PROCESSO ADMINISTRATIVO SANCIONADOR Nº «pa»/2025\nDECISÃO ADMINISTRATIVA Nº «dn»/2025\n\n"
          "Fornecedor: «firm», CNPJ «cnpj», com sede na cidade de «c»/«uf», representada por seu "
          "sócio-administrador, «rs» «rn», CPF «rc».\nAdvogad«ao»: «an», «oab».\n\n",
          cc=noacc(c).upper(), pa=pa, dn=g.ri(100, 999), firm=firm, cnpj=L(g.cnpj(alnum=g.chance(0.15)), "BR_CNPJ"),
          c=c, uf=uf, rs=rep.sr, rn=P(rep.full), rc=L(g.cpf(), "BR_CPF"), ao=adv.o, an=P(adv.full),
          oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("I — RELATÓRIO\nO processo foi instaurado a partir das seguintes reclamações fundamentadas (FA):\n")
    for i in range(g.ri(3, 5)):
        r = g.person()
        form = g.pick(["full", "caps", "inv"])
        nm = {"full": r.full, "caps": r.caps, "inv": r.inv}[form]
        doc.f("  «i») FA nº «fa» — «nm» — CPF ***.«m1».«m2»-** — «ass»\n", i=i + 1,
              fa=f"{g.ri(20, 25)}.{g.ri(1, 12):02d}.{g.d(4)}-{g.d(3)}", nm=P(nm), m1=g.d(3), m2=g.d(3),
              ass=g.pick(["cobrança indevida após cancelamento", "produto entregue com defeito (guarda-roupa rosa)",
                          "descumprimento de oferta", "negativa de troca no prazo legal", "venda casada de garantia estendida",
                          "cláusula abusiva de fidelidade"]))
    comp = g.person(word=True)
    doc.f("\nA consumidora «cf», em audiência de conciliação realizada em «d1», relatou que a empresa «firm» "
          "recusou a troca; «pt», «pn», não apresentou proposta.⟦ Juntou a fatura do cartão «card» com a cobrança em duplicidade.⟧ ⟦A reclamante disse que \"só queria ficar em paz\" "
          "e que não aceitaria o crédito de graça oferecido pela loja.⟧ Notificado em «d2» (AR «ar»), o fornecedor "
          "apresentou defesa.\n\n"
          "II — FUNDAMENTAÇÃO\nRestou configurada a violação aos arts. 6º, III, 18 e 39, V, da Lei nº 8.078/1990, "
          "c/c art. 12 do Decreto Federal nº 2.181/1997 e Lei Municipal nº «lm». A reincidência foi verificada no "
          "processo «cnj».\n\n"
          "III — DOSIMETRIA\nPena-base: «m1»; agravante (reincidência): 1/3; receita bruta estimada: «m2». "
          "Multa final: «m3», a ser recolhida ao Fundo Municipal de Defesa do Consumidor (FMDC), conta ag. 0012-3 "
          "(conta pública, sem titular pessoa física).\n\n"
          "IV — DISPOSITIVO\nJulgo SUBSISTENTE o auto de infração nº «ai» e aplico a multa acima. Intime-se o fornecedor "
          "na pessoa de «rn2» e de seu advogado «an2». Prazo de 10 dias para recurso.\n\n"
          "«c», «d3».\n«dn»\nDiretor«dx» Executiv«do» do Procon\n⟦Fiscal responsável: «fn», matrícula «fm»\n⟧",
          cf=P(g.pick([comp.full, comp.first])), d1=g.date(fmt="dm"), firm=firm.split(" Ltda")[0].split(" S.A.")[0],
          card=L(g.card(), "CREDIT_CARD"), pt=gw((pp := g.person()), "o preposto", "a preposta"), pn=P(pp.full), d2=g.date(fmt="dm"), ar=f"{g.pick(['JT', 'BR', 'YB'])}{g.d(9)}BR", lm=f"{g.ri(1, 9)}.{g.d(3)}/{g.ri(1995, 2022)}",
          cnj=g.cnj(), m1=g.money(5000, 40000), m2=g.money(200000, 9000000), m3=g.money(7000, 60000),
          ai=f"{g.d(4)}/2025", rn2=P(rep.short), an2=P(adv.short), c=c, d3=g.date(fmt="written"),
          dn=P(dire.caps if g.chance(0.5) else dire.full), dx=gw(dire, "", "a"), do=dire.o, fn=P(fisc.full), fm=g.d(6))
    return doc


def at_aprovados(g: Gen) -> Doc:
    """University list of approved candidates called for enrolment, with guardians of minors."""
    doc = Doc(g)
    uni = g.pick(["UNIVERSIDADE ESTADUAL DO SUDOESTE DA BAHIA", "UNIVERSIDADE FEDERAL DO VALE DO SÃO FRANCISCO",
                  "UNIVERSIDADE ESTADUAL DE LONDRINA", "INSTITUTO FEDERAL DO PIAUÍ", "UNIVERSIDADE REGIONAL DO CARIRI",
                  "FACULDADE DE MEDICINA PRUDENTE DE MORAIS"])
    course = g.pick(["MEDICINA (INTEGRAL)", "DIREITO (NOTURNO)", "ENFERMAGEM", "ENGENHARIA CIVIL", "PEDAGOGIA (EAD)",
                     "ODONTOLOGIA", "AGRONOMIA"])
    camp = g.pick(["Vitória da Conquista", "Petrolina", "Juazeiro do Norte", "Bento Gonçalves", "Presidente Prudente", "Crato"])
    ed = f"{g.ri(10, 199):03d}/2025"
    doc.f("«uni»\nPRÓ-REITORIA DE GRADUAÇÃO — COMISSÃO PERMANENTE DE VESTIBULAR\nEDITAL Nº «ed» — PROCESSO SELETIVO 2026\n"
          "«ch» CHAMADA — RELAÇÃO DE CONVOCADOS PARA MATRÍCULA\nCurso: «co» — Campus «cp»\n\n"
          "CLASSIF. | INSCRIÇÃO | NOME | NOTA FINAL | MODALIDADE\n",
          uni=uni, ed=ed, ch=g.pick(["1ª", "2ª", "3ª"]), co=course, cp=camp)
    n = g.ri(7, 11)
    cands = g.people(n)
    style = g.pick(["caps", "capsna", "inv"])
    notes = sorted((g.ri(52000, 89000) / 100 for _ in range(n)), reverse=True)
    for i, (p, nt) in enumerate(zip(cands, notes)):
        nm = {"caps": p.caps, "capsna": p.capsna, "inv": p.inv}[style]
        doc.t(f"{i + 1:>3} | {g.d(10)} | ").p(nm).t(f" | {nt:.2f}".replace(".", ",") + f" | {g.pick(['AC', 'AC', 'L1', 'L2', 'L5', 'L9', 'PcD'])}\n")
    a, b = g.sample(cands, 2)
    doc.f("\nDesempate (art. 27, parágrafo único, da Lei nº 10.741/2003 e item 9.3 do Edital): entre «a» (nasc. «ad») e "
          "«b» (nasc. «bd»), com a mesma nota, prevaleceu a maior idade.\n\n",
          a=P(a.full), ad=L(g.dob(2003, 2008, fmt="br"), "DATE_OF_BIRTH"), b=P(b.full),
          bd=L(g.dob(2003, 2008, fmt="br"), "DATE_OF_BIRTH"))
    doc.t("CANDIDATOS MENORES DE 18 ANOS — matrícula assinada pelo responsável legal (termo do Anexo IV):\n")
    for m in g.sample(cands, g.ri(2, 3)):
        resp = g.relative(m, fem=g.chance(0.65))
        rgv, org = g.rg()
        doc.f("- «mn» — responsável: «rn» («par»), CPF «rc», RG «rg» «org», tel. «ph»⟦, e-mail «em»⟧\n",
              mn=P(m.full if g.chance(0.6) else m.first + " " + m.last), rn=P(resp.full),
              par=g.pick(["mãe", "pai", "avó", "tia", "tutor"]), rc=L(g.cpf(), "BR_CPF"),
              rg=L(rgv, "BR_RG"), org=org, ph=L(g.phone(), "PHONE_NUMBER"),
              em=L(g.email(resp), "EMAIL_ADDRESS"))
    pr = g.person()
    doc.f("\nA matrícula presencial ocorrerá de «d1» a «d2», das 8h às 17h, no Bloco Rosa (antigo prédio Bento "
          "Cajueiro). O candidato que não comparecer perde a vaga; a lista de espera será publicada no dia útil seguinte. "
          "Dúvidas: vestibular@«dom» (não responder para endereços pessoais dos servidores).\n\n«c», «d3».\n"
          "«prn»\nPró-Reitor«a» de Graduação\n",
          d1=g.date(2026, "dm"), d2=g.date(2026, "dm"), dom=g.pick(["uesb.edu.br", "univasf.edu.br", "urca.br", "uel.br"]),
          c=camp, d3=g.date(fmt="written"), prn=P(g.pick([pr.full, pr.caps, pr.initials])), a=gw(pr, "", "a"))
    return doc


CARS = ["VW/GOL 1.0 2018", "FIAT/MOBI LIKE 2021", "CHEV/ONIX 1.0MT 2020", "HONDA/CG 160 FAN 2022",
        "TOYOTA/HILUX CD 2019", "RENAULT/KWID ZEN 2023", "YAMAHA/FACTOR 150 2017", "HYUNDAI/HB20S 2022"]
INFRACTIONS = [("745-50", "Transitar em velocidade superior à máxima permitida em até 20%", "art. 218, I", "R$ 130,16", 4),
               ("605-01", "Avançar o sinal vermelho do semáforo", "art. 208", "R$ 293,47", 7),
               ("518-51", "Conduzir o veículo utilizando-se de telefone celular", "art. 252, VI", "R$ 293,47", 7),
               ("554-12", "Estacionar em local/horário proibido pela sinalização", "art. 181, XVII", "R$ 195,23", 5),
               ("736-62", "Executar operação de retorno em local proibido", "art. 206, I", "R$ 293,47", 7),
               ("763-31", "Deixar o condutor de usar o cinto de segurança", "art. 167", "R$ 195,23", 5)]


def at_detran_nai(g: Gen) -> Doc:
    """DETRAN notice of infraction with the driver-nomination form."""
    doc = Doc(g)
    c, uf = g.city()
    own, drv = g.person(), g.person()
    code, desc, art, val, pts = g.pick(INFRACTIONS)
    ait = g.pick([f"{g.pick('ABEHS')}{g.d(9)}", f"{g.pick(['1A', '2B', 'T'])}-{g.d(3)}.{g.d(3)}", f"AIT {g.d(10)}"])
    doc.f("DETRAN-«uf» — DEPARTAMENTO ESTADUAL DE TRÂNSITO\nNOTIFICAÇÃO DA AUTUAÇÃO POR INFRAÇÃO DE TRÂNSITO (NA)\n"
          "Remetente: Órgão autuador «oa» — Caixa Postal «cp», «c»/«uf»\n\n"
          "DESTINATÁRIO: «on»\n«addr»\n«bai» — «c»/«uf» — CEP «cep»\n\n"
          "Auto de Infração: «ait»    Órgão autuador: «oa»    Data de emissão: «de»\n"
          "Placa: «pl»    RENAVAM: «ren»    Marca/Modelo: «car»\n"
          "Proprietário: «on2»    CPF/CNPJ: «oc»\n"
          "Código da infração: «code» — «desc» («art» do CTB) — Pontuação: «pts» — Valor: «val»\n"
          "Local: «loc»    Data/Hora: «dt» às «hm»    Equipamento: «eq»\n\n",
          uf=uf, oa=g.pick(["2" + g.d(5), "1" + g.d(5)]), cp=g.d(4), c=c, on=P(own.capsna if g.chance(0.6) else own.caps),
          addr=L(g.address(caps=True), "ADDRESS"), bai=noacc(g.pick(BAIRROS)).upper(), cep=L(g.cep(), "BR_CEP"),
          ait=ait, de=g.date(fmt="br"), pl=L(g.plate(), "LICENSE_PLATE"), ren=g.renavam(), car=g.pick(CARS),
          on2=P(own.full), oc=L(g.cpf(), "BR_CPF"), code=code, desc=desc, art=art, pts=pts, val=val,
          loc=g.pick(["Av. Leão XIII, sentido centro-bairro", "Rodovia BR-116, km 412, Vitória da Conquista",
                      "Rua da Paz x Rua São Bento", "Av. Presidente Vargas, em frente ao Colégio Estadual Rosa Branco",
                      "Anel Viário Prudente de Morais, pista expressa"]),
          dt=g.date(fmt="br"), hm=g.hm(), eq=g.pick(["radar fixo nº " + g.d(6), "agente de trânsito (matr. " + g.d(5) + ")",
                                                     "videomonitoramento"]))
    doc.f("O proprietário poderá apresentar Defesa Prévia ou indicar o condutor infrator até «prazo». A não indicação "
          "implicará a responsabilidade do proprietário pela pontuação (art. 257, § 7º, CTB). Não pague esta notificação: "
          "ela não é boleto.\n\n"
          "FORMULÁRIO DE IDENTIFICAÇÃO DO CONDUTOR INFRATOR — AIT «ait»\n"
          "Nome do condutor: «dn»\nNº do registro da CNH: «cnh»   UF: «duf»   Categoria: «cat»\n"
          "CPF: «dc»   Data de nascimento: «dd»\nEndereço: «da», «db», «dcity» — CEP «dcep»\nTelefone: «dp»⟦   E-mail: «de»⟧\n"
          "Declaro serem verdadeiras as informações acima.\n"
          "Assinatura do condutor: «dsig»        Assinatura do proprietário: «osig»\n"
          "Anexar cópia da CNH do condutor e do documento do proprietário. ⟦Obs. do proprietário: o veículo estava "
          "emprestado a «drel», meu «rel», desde «emp».⟧\n",
          prazo=g.date(fmt="br"), ait=ait, dn=P(drv.caps if g.chance(0.5) else drv.full), cnh=L(g.cnh(), "BR_CNH"),
          duf=g.pick(UFS), cat=g.pick(["B", "AB", "D", "AD", "A"]), dc=L(g.cpf(), "BR_CPF"),
          dd=L(g.dob(1955, 2005, fmt="br"), "DATE_OF_BIRTH"), da=L(g.address(), "ADDRESS"), db=g.pick(BAIRROS),
          dcity=g.pick(CITIES)[0], dcep=L(g.cep(), "BR_CEP"), dp=L(g.phone(), "PHONE_NUMBER"),
          de=L(g.email(drv), "EMAIL_ADDRESS"), dsig=P(drv.full), osig=P(own.full), drel=P(drv.first),
          rel=g.pick(["cunhado", "sobrinho", "funcionário", "vizinho", "genro", "amigo"]), emp=g.date(fmt="dm"))
    return doc


def at_birth_cert(g: Gen) -> Doc:
    """Civil-registry full-content (inteiro teor) birth certificate."""
    doc = Doc(g)
    c, uf = g.city()
    mom, dad = g.person(fem=True), g.person(fem=False)
    kid = g.child_of(mom, dad)
    gp = [g.relative(dad, fem=False), g.person(fem=True), g.relative(mom, fem=False), g.person(fem=True)]
    off, esc = g.person(), g.person()
    late = g.chance(0.3)
    yr = g.ri(1975, 2010) if late else g.ri(2015, 2025)
    doc.f("REPÚBLICA FEDERATIVA DO BRASIL\nREGISTRO CIVIL DAS PESSOAS NATURAIS\nCERTIDÃO DE NASCIMENTO — INTEIRO TEOR\n"
          "Cartório do «n»º Ofício de Registro Civil de «c»/«uf» — CNS «cns_c»\n\n"
          "NOME: «kn»\nCPF: «kc»\nMATRÍCULA: «mat»\n\n"
          "Aos «dr» foi lavrado neste Ofício, no Livro A-«liv», folha «fl», sob o termo nº «tm», o registro de nascimento de "
          "«kn2», do sexo «sx», nascid«ko» aos «dob», às «hr», «loc», neste município, "
          "DNV nº «dnv».\n",
          n=g.ri(1, 4), c=c, uf=uf, cns_c=f"{g.d(2)}.{g.d(3)}-{g.d(1)}", kn=P(kid.caps), kc=L(g.cpf(), "BR_CPF"),
          mat=g.matricula_civil(), dr=g.date(yr + (g.ri(12, 40) if late else 0), "written"), liv=g.ri(20, 310),
          fl=g.ri(1, 300), tm=f"{g.d(5)}", kn2=P(kid.full), sx=gw(kid, "masculino", "feminino"), ko=kid.o,
          dob=L(g.dob(yr, yr, fmt="written"), "DATE_OF_BIRTH"), hr=g.hm(),
          loc=g.pick(["no " + g.pick(HOSPITALS), "em domicílio", "na " + g.pick(HOSPITALS[1:2] + ["Casa de Parto da Paz"])]),
          dnv=g.bad11() if not late else "não apresentada (registro tardio)")
    doc.f("FILIAÇÃO: «dn», natural de «dcn», e «mn», natural de «mcn», residentes na «addr», «bai», nesta cidade, "
          "CEP «cep».\nAVÓS PATERNOS: «g0» e «g1».\nAVÓS MATERNOS: «g2» e «g3».\n"
          "DECLARANTE: «decl».\n",
          dn=P(dad.full), dcn=g.pick(CITIES)[0], mn=P(mom.full), mcn=g.pick(CITIES)[0], addr=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), g0=P(gp[0].full), g1=P(gp[1].full), g2=P(gp[2].full),
          g3=P(gp[3].full), decl=g.pick(["o pai", "a mãe", "os pais, em conjunto"]))
    if late:
        w1, w2 = g.person(), g.person()
        rgv, org = g.rg()
        doc.f("REGISTRO TARDIO (art. 46 da Lei nº 6.015/1973), com requerimento assinado por duas testemunhas: "
              "«w1», RG «rg» «org», e «w2», CPF «wc», que declararam conhecer «ko» registrand«ko» desde a infância.\n",
              w1=P(w1.full), rg=L(rgv, "BR_RG"), org=org, w2=P(w2.full), wc=L(g.cpf(), "BR_CPF"), ko=kid.o)
    doc.f("GÊMEO: não.\nAVERBAÇÕES/ANOTAÇÕES: «av»\n\nO conteúdo da certidão é verdadeiro. Dou fé.\n"
          "«c», «de».\n«offn» — Oficial«oa» Registrador«ob»\n⟦«escn» — Escrevente Autorizad«eo»\n⟧"
          "Selo digital: «selo» · Consulte em www.tj«tuf».jus.br/selo\n",
          av=g.pick(["Nada consta.", f"Reconhecimento de paternidade em {g.date(2024)}, por termo lavrado em cartório.",
                     "Anotação de casamento: nada consta.", "Retificação administrativa do prenome da mãe (erro de grafia)."]),
          c=c, de=g.date(fmt="written"), offn=P(off.full), oa="", ob=gw(off, "", "a"),
          escn=P(esc.full), eo=esc.o, selo=f"{g.pick(['ABC', 'RCPN', 'SEL'])}{g.d(5)}-{g.pick(['XYZ', 'QWE', 'JKL'])}{g.d(3)}",
          tuf=uf.lower())
    return doc


def at_death_cert(g: Gen) -> Doc:
    """Civil-registry death certificate with declarant, physician and burial."""
    doc = Doc(g)
    c, uf = g.city()
    dec = g.person(origin=g.pick(["pt", "pt", None]))
    dec_f, dec_m = g.relative(dec, fem=False), g.person(fem=True)
    spouse = g.relative(dec, fem=not dec.fem)
    kids = [g.relative(dec, child=True) for _ in range(g.ri(1, 4))]
    decl = g.pick(kids)
    med, off = g.person(), g.person()
    yr = g.ri(1928, 1975)
    hos = g.pick(HOSPITALS)
    rgp = g.rg()
    doc.f("REPÚBLICA FEDERATIVA DO BRASIL — REGISTRO CIVIL DAS PESSOAS NATURAIS\nCERTIDÃO DE ÓBITO\n\n"
          "NOME: «dn»\nCPF: «dc»\nMATRÍCULA: «mat»\n\n"
          "SEXO: «sx»  COR: «cor»  ESTADO CIVIL E IDADE: «ec», «age» anos\nNATURALIDADE: «nat»  "
          "DATA DE NASCIMENTO: «dob»\nDOCUMENTO DE IDENTIFICAÇÃO: RG «rg» «org»\nELEITOR: «el»\n"
          "FILIAÇÃO E RESIDÊNCIA: «fn» e «mn»; residia na «addr», «bai», «c»/«uf», CEP «cep»\n"
          "DATA E HORA DO FALECIMENTO: «dd», às «hm»\nLOCAL DO FALECIMENTO: «hos», «c»\n"
          "CAUSA DA MORTE: «cause»\nNOME E CRM DO MÉDICO QUE ATESTOU O ÓBITO: «medn», «crm»\n"
          "DECLARAÇÃO DE ÓBITO (DO) Nº: «do»\nSEPULTAMENTO/CREMAÇÃO: «cem», em «ds»\n"
          "DECLARANTE: «decn», «rel» d«do_» falecid«do_», CPF «declc»\n",
          dn=P(dec.caps), dc=L(g.cpf(), "BR_CPF"), mat=g.matricula_civil(), sx=gw(dec, "masculino", "feminino"),
          cor=g.pick(["parda", "branca", "preta", "amarela", "indígena"]), ec=gw(dec, "casado", "casada") if g.chance(0.5) else gw(dec, "viúvo", "viúva"),
          age=2025 - yr, nat="/".join(g.city()), dob=L(g.dob(yr, yr, fmt=g.pick(["br", "written"])), "DATE_OF_BIRTH"),
          rg=L(rgp[0], "BR_RG"), org=rgp[1], el=g.pick(["Sim", "Sim", "Não consta"]),
          fn=P(dec_f.full), mn=P(dec_m.full), addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf,
          cep=L(g.cep(), "BR_CEP"), dd=g.date(fmt="written"), hm=g.hm(), hos=hos,
          cause=g.pick(["choque séptico; pneumonia comunitária; doença pulmonar obstrutiva crônica (CID J18.9, J44.9)",
                        "infarto agudo do miocárdio; hipertensão arterial sistêmica (CID I21.9, I10)",
                        "insuficiência renal crônica terminal; diabetes mellitus tipo 2 (CID N18.5, E11.9)",
                        "acidente vascular cerebral hemorrágico (CID I61.9)", "causa indeterminada — aguardando laudo do IML"]),
          medn=P(med.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), do=g.d(8) + "-" + g.d(1),
          cem=g.pick(CEMETERIES), ds=g.date(fmt="dm"), decn=P(decl.full), rel=gw(decl, "filho", "filha"),
          do_=dec.o, declc=L(g.cpf(), "BR_CPF"))
    kid_names = [k.full if g.chance(0.7) else k.first for k in kids]
    doc.t("OBSERVAÇÕES/AVERBAÇÕES: ")
    doc.t(f"{gw(dec, 'Era casado', 'Era casada')} com " if "casad" in doc.text.split("ESTADO CIVIL")[1][:30] else
          f"{gw(dec, 'Era viúvo', 'Era viúva')} de ")
    doc.p(spouse.full).t(". ")
    doc.t(f"Deixou {len(kids)} filho{'s' if len(kids) > 1 else ''} maior{'es' if len(kids) > 1 else ''}: ")
    for j, k in enumerate(kid_names):
        if j:
            doc.t(", " if j < len(kid_names) - 1 else " e ")
        doc.p(k)
    doc.f(". «bens»⟦ Título de eleitor nº «tit», a ser comunicado à Justiça Eleitoral.⟧ Deixou testamento: não.\n\n"
          "O conteúdo da certidão é verdadeiro. Dou fé. «c», «de».\n«offn» — Oficial\n",
          bens=g.pick(["Deixou bens a inventariar.", "Não deixou bens.", "Deixou bens (imóvel na Rua da Paz)."]),
          tit=L(g.titulo(), "BR_TITULO_ELEITOR"), c=c, de=g.date(fmt="written"), offn=P(off.full))
    return doc


def at_id_request(g: Gen) -> Doc:
    """Identity-card (CIN) application receipt at a citizen-service centre."""
    doc = Doc(g)
    c, uf = g.city()
    req = g.person()
    minor = g.chance(0.35)
    mom, dad = g.person(fem=True), g.relative(req, fem=False)
    att = g.person()
    posto = g.pick(["Poupatempo", "Vapt Vupt", "SAC", "Na Hora", "Expresso Cidadão", "Ganha Tempo"])
    rgv, org = g.rg()
    doc.f("INSTITUTO DE IDENTIFICAÇÃO «ii» — CARTEIRA DE IDENTIDADE NACIONAL (CIN)\n"
          "COMPROVANTE DE REQUERIMENTO Nº «prot» — Posto «posto» «c» — guichê «gu»\n"
          "Tipo: «tipo»    Data do atendimento: «da»    Taxa: «tx»\n\n"
          "DADOS DO REQUERENTE\nNome: «rn»\n⟦Nome social: «ns»\n⟧CPF (número da CIN): «cpf»\nData de nascimento: «dob»    "
          "Sexo: «sx»    Naturalidade: «nat»\nFiliação 1: «f1»\nFiliação 2: «f2»\n"
          "Documento de origem: certidão de nascimento, matrícula «mat»\nRG anterior: «rg» «org»\n\n",
          ii=g.pick(["FÉLIX PACHECO", "RICARDO GUMBLETON DAUNT (IIRGD)", "TAVARES BURIL", "PEDRO MELLO", "GONÇALO PEREIRA"]),
          prot=g.protocol(), posto=posto, c=c, gu=g.ri(1, 40), tipo=g.pick(["1ª via", "2ª via (perda)", "2ª via (roubo — B.O. " + g.d(6) + "/2025)", "atualização de dados"]),
          da=g.date(fmt="br"), tx=g.pick(["isento (1ª via)", g.money(30, 90)]), rn=P(req.caps if g.chance(0.4) else req.full),
          ns=P(g.person(fem=not req.fem).given + " " + req.last), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob(2008, 2019, "br") if minor else g.dob(1945, 2006, "br"), "DATE_OF_BIRTH"),
          sx=gw(req, "M", "F"), nat="/".join(g.city()), f1=P(mom.full), f2=P(dad.full),
          mat=g.matricula_civil(), rg=L(rgv, "BR_RG"), org=org)
    doc.t("DADOS ADICIONAIS A CONSTAR NA CIN (a pedido do requerente)\n")
    extra = [("CNH", lambda: L(g.cnh(), "BR_CNH")), ("Título de eleitor", lambda: L(g.titulo(), "BR_TITULO_ELEITOR")),
             ("NIS/PIS/PASEP", lambda: L(g.pis(), "BR_PIS")), ("CNS", lambda: L(g.cns(), "BR_CNS"))]
    for name, fn in g.sample(extra, g.ri(2, 4)):
        if minor and name in ("CNH", "Título de eleitor"):
            doc.t(f"{name}: não se aplica\n")
            continue
        v = fn()
        doc.t(f"{name}: ").e(v[0], v[1]).t("\n")
    doc.f("Tipo sanguíneo / fator RH: «ts»    Doador de órgãos: «do»    Condições específicas de saúde: «cs»\n\n"
          "CONTATO E ENTREGA\nEndereço: «addr», «bai», «c»/«uf» — CEP «cep»\nCelular: «ph»    E-mail: «em»\n",
          ts=g.pick(["O+", "A+", "B-", "AB+", "não informado"]), do=g.pick(["sim", "não", "não declarado"]),
          cs=g.pick(["nenhuma", "TEA (CID F84.0)", "diabetes", "deficiência auditiva"]), addr=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(req), "EMAIL_ADDRESS"))
    if minor:
        resp = g.pick([mom, dad])
        doc.f("\nREQUERENTE MENOR — acompanhad«o» por «rn» («par»), CPF «rc», que assina a ficha de coleta.\n",
              o=req.o, rn=P(resp.full), par=gw(resp, "pai", "mãe"), rc=L(g.cpf(), "BR_CPF"))
    doc.f("\nColeta biométrica: digitais (10), foto e assinatura — OK. Atendente: «an» (matr. «am»).\n"
          "Previsão de entrega: «pe», retirada no mesmo posto mediante este comprovante. «obs»\n",
          an=P(g.pick([att.full, att.short, att.first])), am=g.d(6), pe=g.date(fmt="br"),
          obs=g.pick(["", "Trazer o RG antigo para inutilização.", "A foto foi refeita porque o requerente usava boné.",
                      "Dados do título conferidos na base do TRE.", "Nome da mãe conforme certidão (grafia com acento)."]))
    return doc


def at_banns(g: Gen) -> Doc:
    """Civil-registry marriage banns (edital de proclamas) with two or three couples."""
    doc = Doc(g)
    c, uf = g.city()
    off = g.person()
    doc.f("CARTÓRIO DE REGISTRO CIVIL DAS PESSOAS NATURAIS — «n»º SUBDISTRITO DE «cc»\nEDITAL DE PROCLAMAS\n\n"
          "Faço saber que pretendem casar-se e apresentaram os documentos exigidos pelo art. 1.525 do Código Civil:\n\n",
          n=g.ri(1, 5), cc=noacc(c).upper())
    for k in range(g.ri(2, 3)):
        a, b = g.person(fem=False), g.person(fem=True)
        if g.chance(0.25):
            a = g.person(fem=True)
        pa1, pa2 = g.relative(a, fem=False), g.person(fem=True)
        pb1, pb2 = g.relative(b, fem=False), g.person(fem=True)
        num = f"{g.ri(1, 9)}.{g.d(3)}"
        doc.f("Nº «num» — «an», «na», «ea», «pra», nascid«ao» em «cna» aos «ad», residente e domiciliad«ao» na "
              "«aa», nesta cidade, filh«ao» de «pa1» e de «pa2»«fal»; e «bn», «nb», «eb», «prb», nascida em «cnb» aos «bd», "
              "residente na «ba», «bb», filha de «pb1» e de «pb2». Regime de bens: «reg». ",
              num=num, an=P(a.caps), na=g.pick(["brasileir" + a.o, "brasileir" + a.o, "haitian" + a.o, "venezuelan" + a.o]),
              ea=g.pick(["solteir" + a.o, "divorciad" + a.o, "viúv" + a.o]), pra=g.pick(["pedreiro", "analista de sistemas", "motorista", "auxiliar administrativo", "enfermeir" + a.o, "agricultor"]),
              ao=a.o, cna="/".join(g.city()), ad=L(g.dob(1965, 2004, g.pick(["br", "written"])), "DATE_OF_BIRTH"),
              aa=L(g.address(), "ADDRESS"), pa1=P(pa1.full), pa2=P(pa2.full), fal=g.pick(["", "", " (falecido)"]),
              bn=P(b.caps), nb=g.pick(["brasileira", "brasileira", "boliviana", "angolana"]),
              eb=g.pick(["solteira", "divorciada"]), prb=g.pick(["professora", "do lar", "técnica de enfermagem", "estudante", "comerciária", "cabeleireira"]),
              cnb="/".join(g.city()), bd=L(g.dob(1965, 2005, g.pick(["br", "written"])), "DATE_OF_BIRTH"),
              ba=L(g.address(), "ADDRESS"), bb=g.pick(BAIRROS), pb1=P(pb1.full), pb2=P(pb2.full),
              reg=g.pick(["comunhão parcial de bens", "separação total de bens (pacto antenupcial lavrado no 2º Tabelionato)",
                          "comunhão universal de bens (pacto antenupcial)", "separação obrigatória (art. 1.641, II, CC)"]))
        if g.chance(0.6):
            new = f"{b.given} {' '.join(b.surnames)} {a.last}"
            doc.t("A contraente passará a assinar ").p(new.upper()).t(".")
        doc.t("\n\n")
    doc.f("Se alguém souber de algum impedimento, acuse-o na forma da lei. Lavro o presente para ser afixado em "
          "lugar de costume e publicado na imprensa local. Publicação também no Diário da Justiça Eletrônico (DJE) de «dj». "
          "«c», «d».\n«on» — Oficial«oa» de Registro Civil\n",
          dj=g.date(fmt="br"), c=c, d=g.date(fmt="written"), on=P(off.full), oa="")
    return doc


# =========================================================================== juridico

CARGOS = ["Diretor de Departamento de Compras", "Assessor Especial de Gabinete", "Coordenador da Atenção Básica",
          "Chefe de Divisão de Trânsito", "Gerente do CRAS Vila Vitória", "Secretário Adjunto de Educação",
          "Diretor da Escola Municipal Professora Graça Tabosa", "Ouvidor-Geral do Município"]


def ju_do_portarias(g: Gen) -> Doc:
    """Municipal gazette: nominations, exonerations, leave, disciplinary committee (portarias)."""
    doc = Doc(g)
    c, uf = g.city()
    mayor, sec = g.person(), g.person()
    n0 = g.ri(300, 1800)
    doc.f("DIÁRIO OFICIAL DO MUNICÍPIO DE «cc» — «uf»\nAno «ano» · Edição nº «ed» · «d» · Lei Municipal nº «lm»\n\n"
          "PODER EXECUTIVO — GABINETE D«mo» PREFEIT«mo»\n\n",
          cc=noacc(c).upper(), uf=uf, ano=g.pick(["IX", "XII", "XV", "XXI"]), ed=f"{g.ri(1, 6)}.{g.d(3)}",
          d=g.date(fmt="written"), lm=f"{g.ri(1, 4)}.{g.d(3)}/{g.ri(2001, 2019)}", mo=mayor.o.upper())
    acts = ["nom", "exo", "lic", "pad", "conc"]
    for k, act in enumerate(g.sample(acts, g.ri(3, 5))):
        doc.t(f"PORTARIA Nº {n0 + k}/2025\n")
        p = g.person()
        if act == "nom":
            doc.f("«M» PREFEIT«mo» MUNICIPAL, no uso das atribuições que lhe confere o art. 71, II, da Lei Orgânica, RESOLVE:\n"
                  "Art. 1º NOMEAR «pn», CPF nº «pc», para exercer o cargo em comissão de «cg», símbolo CC-«cc», "
                  "a partir de «d».\nArt. 2º Esta Portaria entra em vigor na data de sua publicação.\n\n",
                  M=gw(mayor, "O", "A"), mo=mayor.o.upper(), pn=P(p.caps), pc=L(g.cpf(), "BR_CPF") if g.chance(0.6) else f"***.{g.d(3)}.{g.d(3)}-**",
                  cg=g.pick(CARGOS), cc=g.ri(1, 6), d=g.date(fmt="br"))
        elif act == "exo":
            doc.f("Art. 1º EXONERAR, «ap», «pn», matrícula nº «mt», do cargo de «cg», com efeitos a contar de «d».\n\n",
                  ap=g.pick(["a pedido", "ex officio"]), pn=P(p.caps if g.chance(0.5) else p.full), mt=f"{g.d(5)}-{g.d(1)}",
                  cg=g.pick(CARGOS), d=g.date(fmt="br"))
        elif act == "lic":
            doc.f("Art. 1º CONCEDER «x» «pn», «fn», matrícula «mt», lotad«po» na «lot», licença «tl» "
                  "por «dias» dias, de «d1» a «d2», nos termos do art. «art» do Estatuto (Lei Complementar nº «lc»).\n\n",
                  x=gw(p, "ao servidor", "à servidora"), pn=P(p.full), fn=g.pick(["Professor(a) PEB II", "Agente Comunitário(a) de Saúde", "Motorista", "Técnico(a) de Enfermagem", "Auxiliar de Serviços Gerais"]),
                  mt=g.d(6), po=p.o, lot=g.pick(["EMEF Prudente de Morais", "UBS Dona Graça Tabosa", "Secretaria de Obras", "Creche Municipal Tia Rosa", "Garagem Municipal"]),
                  tl=g.pick(["para tratamento de saúde", "prêmio", "para acompanhar pessoa da família", "maternidade"]),
                  dias=g.pick([15, 30, 60, 90, 120, 180]), d1=g.date(fmt="br"), d2=g.date(fmt="br"), art=g.ri(80, 140), lc=f"{g.ri(1, 200)}/{g.ri(1990, 2015)}")
        elif act == "pad":
            m1, m2, m3 = g.people(3)
            acc = g.person()
            doc.f("Art. 1º DESIGNAR os servidores estáveis «a» (matr. «ma»), «b» (matr. «mb») e «c3» (matr. «mc»), para, "
                  "sob a presidência d«ao» primeir«ao», comporem a Comissão de Processo Administrativo Disciplinar nº «pad», "
                  "destinada a apurar os fatos narrados no Memorando nº «mem» em relação à servidora «acc»"
                  "⟦ (matrícula «macc»)⟧.\nArt. 2º A Comissão terá prazo de 60 dias, prorrogável por igual período.\n\n",
                  a=P(m1.full), ma=g.d(5), b=P(m2.full), mb=g.d(5), c3=P(m3.full), mc=g.d(5), ao=m1.o,
                  pad=f"{g.d(3)}/2025", mem=f"{g.d(3)}/2025-SEMAD", acc=P(g.person(fem=True).full), macc=g.d(6))
        else:
            doc.t("Art. 1º NOMEAR, em caráter efetivo, os candidatos aprovados no Concurso Público do Edital nº "
                  f"{g.ri(1, 9):02d}/{g.ri(2022, 2024)}, homologado pelo Decreto nº {g.d(2)}.{g.d(3)}/2024, "
                  f"para o cargo de {g.pick(['Professor de Educação Básica', 'Enfermeiro', 'Guarda Civil Municipal', 'Fiscal de Tributos'])}:\n")
            for i, q in enumerate(g.people(g.ri(3, 5))):
                doc.t(f"{g.ri(1, 9) + i * 3}º lugar — ").p(q.caps if g.chance(0.7) else q.inv).t("\n")
            doc.t("Art. 2º Os nomeados terão 30 dias para a posse, mediante exame médico admissional.\n\n")
    doc.f("«c», «d».\n«mn»\nPrefeit«mo» Municipal\n«sn»\nSecretári«so» Municipal de Administração\n",
          c=c, d=g.date(fmt="written"), mn=P(mayor.caps), mo=mayor.o, sn=P(sec.full), so=sec.o)
    return doc


def ju_do_licitacao(g: Gen) -> Doc:
    """Gazette: bidding result, homologation and contract extract naming firms and people."""
    doc = Doc(g)
    c, uf = g.city()
    preg, sec, fisc, rep = g.person(), g.person(), g.person(), g.person()
    mei = g.person()
    f1, f2 = g.sample(FIRMS, 2)
    pe = f"{g.ri(1, 180):03d}/2025"
    obj = g.pick(["aquisição de medicamentos da Relação Municipal (REMUME)", "contratação de empresa para manutenção de vias",
                  "aquisição de gêneros alimentícios para a merenda escolar", "locação de veículos para o transporte de pacientes (TFD)",
                  "serviços gráficos (carteirinhas de vacinação rosa e azul)"])
    doc.f("SECRETARIA MUNICIPAL DE «sec» — «cc»/«uf»\nAVISO DE RESULTADO — PREGÃO ELETRÔNICO Nº «pe»\n"
          "Processo Administrativo nº «pa» — Lei nº 14.133/2021\nObjeto: «obj».\n"
          "«o» Pregoeir«o2» «pn», designad«o2» pela Portaria nº «port», torna público o resultado:\n",
          sec=g.pick(["SAÚDE", "EDUCAÇÃO", "INFRAESTRUTURA", "ADMINISTRAÇÃO"]), cc=noacc(c).upper(), uf=uf, pe=pe,
          pa=g.protocol(), obj=obj, o=gw(preg, "O", "A"), o2=preg.o, pn=P(preg.full), port=f"{g.d(3)}/2025")
    lots = [("firm", f1), ("firm", f2), ("mei", None), ("des", None)]
    g.rng.shuffle(lots)
    for i, (k, f) in enumerate(lots[:g.ri(3, 4)]):
        doc.t(f"Lote {i + 1:02d}: ")
        if k == "firm":
            doc.t(f"{f.upper()}, CNPJ ").e(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ").t(f", valor global {g.money(8000, 900000)};\n")
        elif k == "mei":
            doc.p(mei.capsna).t(" ").e(g.cpf("raw"), "BR_CPF").t(" (MEI), CNPJ ").e(g.cnpj(), "BR_CNPJ").t(f", valor {g.money(3000, 60000)};\n")
        else:
            doc.t(g.pick(["DESERTO;\n", "FRACASSADO (proposta acima do estimado);\n"]))
    doc.f("Recurso: a licitante «lic» manifestou intenção de recurso, não conhecido por ausência de motivação.\n\n"
          "TERMO DE HOMOLOGAÇÃO — Homologo o resultado do Pregão Eletrônico nº «pe» e adjudico o objeto às vencedoras. "
          "«c», «d1». «sn» — Secretári«so» Municipal.\n\n"
          "EXTRATO DO CONTRATO Nº «ct»/2025 — Contratante: Município de «c». Contratada: «f1», CNPJ «fc», "
          "neste ato representada por «rn», CPF «rc», ⟦RG «rg» «org», ⟧residente em «rcity». Valor: «val». Vigência: 12 meses "
          "a partir de «d2». Dotação: «dot». Gestor«go» do contrato: «gn». Fiscal: «fn» (matrícula «fm»).\n",
          lic=f2.upper(), pe=pe, c=c, d1=g.date(fmt="br"), sn=P(sec.full), so=sec.o, ct=g.ri(10, 300), f1=f1.upper(),
          fc=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), rn=P(rep.full), rc=L(g.cpf(), "BR_CPF"),
          rg=L((rp := g.rg())[0], "BR_RG"), org=rp[1], rcity=g.pick(CITIES)[0], val=g.money(20000, 900000),
          d2=g.date(fmt="br"), dot=f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(4)}.{g.d(1)}.{g.d(1)}.{g.d(2)}.{g.d(2)}",
          go=gw(fisc, "", "a"), gn=P(g.person().full), fn=P(fisc.full), fm=g.d(5))
    return doc


def ju_auction(g: Gen) -> Doc:
    """Judicial auction notice (edital de leilão) with notice to executed parties and spouses."""
    doc = Doc(g)
    c, uf = g.city()
    judge, auc, esc = g.person(), g.person(), g.person()
    ex = g.person()
    sp = g.relative(ex, fem=not ex.fem)
    co = g.person()
    cred = g.pick(["CONDOMÍNIO EDIFÍCIO VITÓRIA RÉGIA", "CONDOMÍNIO RESIDENCIAL JARDIM DA PAZ", "BANCO DO NORDESTE DO BRASIL S.A.",
                   "COOPERATIVA DE CRÉDITO SANTA CRUZ", "LEÃO FOMENTO MERCANTIL LTDA"])
    proc = g.cnj()
    doc.f("PODER JUDICIÁRIO — TRIBUNAL DE JUSTIÇA DO ESTADO\n«v»ª VARA CÍVEL DA COMARCA DE «cc»\n\n"
          "EDITAL DE 1º E 2º LEILÃO JUDICIAL ELETRÔNICO e de intimação d«eo» executad«eo» «en», CPF «ec», "
          "e de seu cônjuge «sn», CPF «sc», bem como d«co_» coproprietári«co_» «con» e do credor hipotecário, expedido nos "
          "autos da ação de «acao», Processo nº «proc», movida por «cred»\n\n"
          "«jo» «jt» «jn», «juiz» de Direito da «v»ª Vara Cível, na forma da lei, FAZ SABER aos que o presente edital virem "
          "ou dele conhecimento tiverem que será levado a leilão, pel«ao» leiloeir«ao» oficial «an», matriculad«ao» na Junta "
          "Comercial sob o nº «jm», através do portal «portal», o bem abaixo:\n\n",
          v=g.ri(1, 9), cc=noacc(c).upper(), eo=ex.o, en=P(ex.caps), ec=L(g.cpf(), "BR_CPF"), sn=P(sp.caps),
          sc=L(g.cpf(), "BR_CPF"), co_=co.o, con=P(co.caps), acao=g.pick(["Execução de Título Extrajudicial", "Cobrança de Despesas Condominiais — Cumprimento de Sentença", "Execução Hipotecária"]),
          proc=proc, cred=dot(cred), jo=gw(judge, "O", "A"), jt=judge.dr, jn=P(judge.full), juiz=gw(judge, "Juiz", "Juíza"),
          ao=auc.o, an=P(auc.full), jm=f"{g.pick(['JUCESP', 'JUCEB', 'JUCEPE', 'JUCEMG'])} {g.d(3)}", portal=g.pick(["www.leiloesbento.com.br", "www.pazleiloes.com.br", "www.cruzleiloes.com.br"]))
    kind = g.pick(["ap", "casa", "terreno"])
    if kind == "ap":
        desc = "APARTAMENTO nº {} do Edifício {}, com área privativa de {} m², situado na ".format(
            g.ri(11, 904), g.pick(["Residencial Graça", "Solar das Rosas", "Bento XVI", "Torre Vitória"]), g.ri(48, 140))
    elif kind == "casa":
        desc = f"CASA RESIDENCIAL com {g.ri(2, 4)} dormitórios e área construída de {g.ri(60, 220)} m², situada na "
    else:
        desc = f"TERRENO urbano com {g.ri(200, 900)} m², situado na "
    doc.t("DESCRIÇÃO DO BEM: " + desc).e(g.address(), "ADDRESS")
    doc.f(", bairro «bai», «c»/«uf», CEP «cep», objeto da matrícula nº «mat» do «cri»º Cartório de Registro de Imóveis. "
          "Contribuinte municipal nº «iptu». Ocupado pel«eo» executad«eo».\n"
          "AVALIAÇÃO: «av» (laudo de «dl»). ÔNUS: penhora nestes autos (Av. «avn»/«mat»); hipoteca em favor de «cred2»\n"
          "DÉBITOS: IPTU de «iptuv» e condomínio de «condv», sub-rogados no preço.\n\n"
          "1º LEILÃO: início em «d1», às «h1», com encerramento em «d2», por valor igual ou superior ao da avaliação. "
          "2º LEILÃO: encerramento em «d3», por valor não inferior a 60% da avaliação.\n"
          "COMISSÃO: 5% sobre o valor da arrematação, a cargo do arrematante.\n"
          "Ficam «eo»s executad«eo»s «en2» e «sn2», «con2» e eventuais ocupantes intimados das datas acima, caso não "
          "sejam localizados pessoalmente (art. 889, parágrafo único, CPC). Advogad«ado» do exequente: «adn», «oab».\n\n"
          "«c», «d4». Eu, «esn», escrevente técnic«eso» judiciári«eso», digitei.\n«jn2» — «juiz» de Direito\n",
          bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), mat=f"{g.ri(1, 99)}.{g.d(3)}", cri=g.ri(1, 3),
          iptu=f"{g.d(2)}.{g.d(3)}.{g.d(4)}.{g.d(3)}", eo=ex.o, av=g.money(180000, 950000), dl=g.date(2024, "br"),
          avn=g.ri(2, 12), cred2=dot(g.pick(["Caixa Econômica Federal", "Banco Paz S.A.", "Cooperativa Santa Cruz"])),
          iptuv=g.money(1000, 30000), condv=g.money(3000, 80000), d1=g.date(fmt="br"), h1=g.pick(["10h00", "14h00", "13h30"]),
          d2=g.date(fmt="br"), d3=g.date(fmt="br"), en2=P(ex.full), sn2=P(sp.full), con2=P(co.full),
          ado=gw((adv := g.person()), "o", "a"), adn=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          d4=g.date(fmt="written"), esn=P(esc.full), eso=esc.o, jn2=P(judge.caps), juiz=gw(judge, "Juiz", "Juíza"))
    return doc


def ju_labour_settlement(g: Gen) -> Doc:
    """Labour-court (CEJUSC-JT) settlement term with payment details."""
    doc = Doc(g)
    c, uf = g.city()
    rec, adv_r, prep, adv_e, conc, judge = g.person(), g.person(), g.person(), g.person(), g.person(), g.person()
    firm = g.pick(FIRMS)
    reg = g.ri(1, 24)
    doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «reg»ª REGIÃO\n"
          "CEJUSC-JT DE 1º GRAU — «cc»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso: ATOrd «proc»\n\n"
          "Em «d», às «h», na sala virtual do CEJUSC, sob a supervisão d«jo» «juiz» do Trabalho «jn», e com a mediação "
          "d«co» servidor«cx» «cn», compareceram:\n"
          "RECLAMANTE: «rn», CPF «rc», ⟦nascid«ro» em «rd», ⟧acompanhad«ro» de «arx» «an», «aoab»;\n"
          "RECLAMADA: «firm», CNPJ «fc», representada pel«po» «px» «pn», CPF «pc», e por «ex» «en», «eoab».\n\n",
          reg=reg, cc=noacc(c).upper(), proc=g.cnj("5"), d=g.date(fmt="written"), h=g.hm(),
          jo=judge.o, juiz=gw(judge, "Juiz", "Juíza"), jn=P(judge.full), co=conc.o, cx=gw(conc, "", "a"), cn=P(conc.full),
          rn=P(rec.caps), rc=L(g.cpf(), "BR_CPF"), ro=rec.o, rd=L(g.dob(1960, 2003), "DATE_OF_BIRTH"),
          arx=gw(adv_r, "seu advogado", "sua advogada"), an=P(adv_r.full), aoab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          firm=firm.upper(), fc=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), po=prep.o, px=gw(prep, "preposto", "preposta"),
          pn=P(prep.full), pc=L(g.cpf(), "BR_CPF"), ex=gw(adv_e, "seu advogado", "sua advogada"), en=P(adv_e.full),
          eoab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    n = g.ri(1, 6)
    pay = g.pick(["conta", "pix"])
    doc.f("CONCILIAÇÃO: As partes celebram acordo no valor total líquido de «tot», a ser pago em «n» parcela«s», "
          "vencendo-se a primeira em «d1» e as demais no mesmo dia dos meses subsequentes, ",
          tot=g.money(3000, 90000), n=n, s="s" if n > 1 else "", d1=g.date(fmt="br"))
    if pay == "conta":
        doc.f("mediante transferência para a conta de titularidade d«ro» reclamante: Banco «bk», agência «ag», conta «cc».\n",
              ro=rec.o, bk=g.pick(["001", "104", "237", "341", "033", "756"]), ag=L(g.agency(), "BANK_ACCOUNT"),
              cc=L(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("mediante Pix para a chave aleatória d«ro» reclamante «pix» (titular conferid«ro» em audiência).\n",
              ro=rec.o, pix=L(g.pix(), "PIX_KEY"))
    doc.f("Os honorários advocatícios contratuais (20%) serão depositados diretamente na conta da sociedade «soc», "
          "CNPJ «sc», agência «ag», conta «cc».\nNatureza das parcelas: «nat». A reclamada comprovará o recolhimento "
          "previdenciário (GPS) e fiscal (DARF) em 15 dias.\nEm caso de mora, multa de 50% sobre o saldo (art. 846, § 2º, CLT). "
          "A reclamada entregará as guias do seguro-desemprego e a chave de conectividade do FGTS (nº «fgts») "
          "e procederá à baixa na CTPS digital com data de «baixa».⟦ Testemunhas «t1» e «t2», presentes, dispensadas.⟧\n"
          "Com o integral cumprimento, o reclamante dá plena e geral quitação do objeto do pedido e do extinto contrato. "
          "HOMOLOGO o acordo para que produza seus efeitos legais.\n\n«jn2» — «juiz» do Trabalho\n«cn2» — Conciliador«cx»\n",
          soc=f"{adv_r.last.upper()} & {g._surname().upper()} ADVOGADOS ASSOCIADOS", sc=L(g.cnpj(), "BR_CNPJ"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          nat=g.pick(["100% indenizatória (FGTS + 40% e multa do art. 477)", "70% indenizatória e 30% salarial (horas extras)"]),
          fgts=g.d(12), baixa=g.date(2024, "br"), t1=P(g.person().full), t2=P(g.person().full), jn2=P(judge.full),
          juiz=gw(judge, "Juiz", "Juíza"), cn2=P(conc.full), cx=gw(conc, "", "a"))
    return doc


def ju_cnh_suspension(g: Gen) -> Doc:
    """DETRAN licence-suspension proceeding: notice, infractions, defence, committee decision."""
    doc = Doc(g)
    c, uf = g.city()
    drv, adv, rel, pres = g.person(), g.person(), g.person(), g.person()
    lei_seca = g.chance(0.4)
    doc.f("DETRAN-«uf» — DIRETORIA DE HABILITAÇÃO — JUNTA DE PROCESSOS DE SUSPENSÃO\n"
          "PROCESSO ADMINISTRATIVO DE SUSPENSÃO DO DIREITO DE DIRIGIR Nº «pa»\n\n"
          "CONDUTOR: «dn»\nCPF: «dc»    Registro CNH: «cnh»    Categoria: «cat»    Validade: «val»\n"
          "Data de nascimento: «dob»\nEndereço: «addr» — «bai» — «city»/«uf» — CEP «cep»\n\n",
          uf=uf, pa=f"{g.d(4)}.{g.d(6)}/2025-{g.d(2)}", dn=P(drv.capsna), dc=L(g.cpf(), "BR_CPF"), cnh=L(g.cnh(), "BR_CNH"),
          cat=g.pick(["AB", "B", "D", "AE"]), val=g.date(2028, "br"), dob=L(g.dob(1950, 2004, "br"), "DATE_OF_BIRTH"),
          addr=L(g.address(caps=g.chance(0.5)), "ADDRESS"), bai=g.pick(BAIRROS), city=c, cep=L(g.cep(), "BR_CEP"))
    if lei_seca:
        doc.f("FUNDAMENTO: art. 165-A do CTB (recusa ao teste do etilômetro), Auto de Infração «ait», lavrado em «d» "
              "na «loc», veículo placa «pl» (RENAVAM «ren»). Penalidade: suspensão por 12 meses e multa de R$ 2.934,70.\n\n",
              ait=f"{g.pick('ABDE')}{g.d(9)}", d=g.date(2024, "br"), loc=g.pick(["Blitz da Operação Lei Seca, Av. Dom Pedro II", "BR-232, km 14", "Rotatória do Leão"]),
              pl=L(g.plate(), "LICENSE_PLATE"), ren=g.renavam())
    else:
        doc.t("FUNDAMENTO: art. 261, I, do CTB — soma de 40 (quarenta) pontos em 12 meses (Resolução CONTRAN nº 723/2018):\n")
        pl = g.plate()
        for _ in range(g.ri(4, 6)):
            code, desc, art, val, pts = g.pick(INFRACTIONS)
            doc.t(f"  AIT {g.pick('ABS')}{g.d(9)} · {g.date(2024, 'br')} · placa ").e(pl, "LICENSE_PLATE").t(f" · cód. {code} · {pts} pts\n")
        doc.t("\n")
    doc.f("DEFESA: apresentada em «dd» por «an», «oab», procurador«ax» constituíd«ao», alegando «arg».\n"
          "PARECER (relator«rx»: «rn»): «par»\n"
          "DECISÃO: A Junta, por unanimidade, acolhe o parecer e aplica a penalidade de SUSPENSÃO DO DIREITO DE DIRIGIR pelo "
          "prazo de «meses» meses, com obrigatoriedade de curso de reciclagem. Entregar a CNH em até 5 dias úteis na Ciretran "
          "de «city». Cabe recurso à JARI em 30 dias.\n«city», «dd2».\n«pn» — President«px» da Junta\n",
          dd=g.date(fmt="br"), an=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"), ax=gw(adv, "", "a"),
          ao=adv.o, arg=g.pick(["ausência de dupla notificação", "que o veículo era conduzido pelo cunhado, " + drv.first + " não estava no local",
                                "decadência da pretensão punitiva", "erro de aferição do radar (certificado INMETRO vencido)"]),
          rx=gw(rel, "", "a"), rn=P(rel.full), par=g.pick(["As notificações foram regularmente expedidas (AR «ar» e edital). Defesa indeferida.".replace("«ar»", g.d(9)),
                                                        "Indicação de condutor intempestiva. Mantida a pontuação.", "Argumentos já apreciados pela JARI. Improcedente."]),
          meses=g.pick([2, 4, 6, 8, 12]), city=c, dd2=g.date(fmt="written"), pn=P(pres.full), px=gw(pres, "e", "a"))
    return doc


def ju_tutelary_council(g: Gen) -> Doc:
    """CMDCA resolution with the result of the Conselho Tutelar election."""
    doc = Doc(g)
    c, uf = g.city()
    pres, s1, s2 = g.person(), g.person(), g.person()
    doc.f("CONSELHO MUNICIPAL DOS DIREITOS DA CRIANÇA E DO ADOLESCENTE — CMDCA DE «cc»/«uf»\n"
          "RESOLUÇÃO Nº «n»/2025\nHomologa o resultado do Processo de Escolha Unificado dos membros do Conselho Tutelar "
          "(Edital CMDCA nº 01/2023; Lei Federal nº 8.069/1990, art. 139; Resolução CONANDA nº 231/2022).\n\n"
          "O CMDCA, reunido em sessão extraordinária em «d», RESOLVE:\nArt. 1º Homologar o resultado da votação, "
          "conforme apuração da Comissão Especial Eleitoral:\n\n"
          "CLASSIF. | NOME DE URNA | NOME CIVIL | VOTOS\n",
          cc=noacc(c).upper(), uf=uf, n=g.ri(5, 40), d=g.date(fmt="br"))
    cands = g.people(g.ri(8, 11))
    votes = sorted((g.ri(90, 2400) for _ in cands), reverse=True)
    for i, (p, v) in enumerate(zip(cands, votes)):
        kind = g.pick(["title", "title", "plain", "plain", "nick"])
        doc.t(f"{i + 1:>2} | ")
        if kind == "title":
            t = g.pick(["Prof.ª", "Irmã", "Tia", "Pastora", "Enf."]) if p.fem else g.pick(["Prof.", "Pastor", "Irmão", "Sargento"])
            if t in ("Irmã", "Tia", "Enf.") and not p.fem:
                t = "Prof."
            doc.t(t + " ").p(p.first)
        elif kind == "plain":
            doc.p(f"{p.first} {p.last}")
        else:
            doc.p(p.first).t(g.pick([" do Posto", " da Saúde", " do CRAS", " da Creche"]))
        doc.t(" | ").p(p.caps).t(f" | {v:,}".replace(",", ".") + "\n")
    tit, sup = cands[:5], cands[5:]
    doc.t("\nArt. 2º Declarar eleitos como membros titulares: ")
    for j, p in enumerate(tit):
        doc.t("" if j == 0 else (", " if j < 4 else " e ")).p(p.full)
    doc.t("; e como suplentes, na ordem de votação: ")
    for j, p in enumerate(sup):
        doc.t("" if j == 0 else ", ").p(p.full)
    imp = g.person(word=True)
    doc.f(".\nArt. 3º Indeferir a impugnação apresentada por «imp» contra a candidatura de «cand», por ausência de provas "
          "de propaganda em templo (a foto juntada mostra apenas uma cruz e uma faixa rosa de outubro).\n"
          "Art. 4º A posse ocorrerá em 10 de janeiro de 2026, no Auditório Bento Quaresma da Câmara Municipal.\n\n"
          "«c», «d».\n«pn» — President«px» do CMDCA\nComissão Especial: «a» e «b»\n",
          imp=P(imp.full), cand=P(g.pick(cands).full), c=c, d=g.date(fmt="written"), pn=P(pres.full),
          px=gw(pres, "e", "a"), a=P(s1.full), b=P(s2.full))
    return doc


def ju_summons_edict(g: Gen) -> Doc:
    """Summons by edict (edital de citação) of a defendant in an unknown place."""
    doc = Doc(g)
    c, uf = g.city()
    judge, esc = g.person(), g.person()
    de = g.person()
    dm, dd = g.person(fem=True), g.relative(de, fem=False)
    aut = g.person()
    kind = g.pick(["alimentos", "divorcio", "usucapiao", "cobranca"])
    acao = {"alimentos": "AÇÃO DE ALIMENTOS", "divorcio": "AÇÃO DE DIVÓRCIO LITIGIOSO", "usucapiao": "AÇÃO DE USUCAPIÃO EXTRAORDINÁRIA",
            "cobranca": "AÇÃO MONITÓRIA"}[kind]
    vara = {"alimentos": "Vara de Família e Sucessões", "divorcio": "Vara de Família e Sucessões",
            "usucapiao": "Vara de Registros Públicos", "cobranca": "Vara Cível"}[kind]
    rgv, org = g.rg()
    doc.f("EDITAL DE CITAÇÃO — PRAZO DE «pz» DIAS\nProcesso nº «proc» — «acao»\n\n"
          "«jo» «jt» «jn», «juiz» de Direito da «v»ª «vara» do Foro da Comarca de «c»/«uf», na forma da lei, "
          "FAZ SABER a «dn», «nac», «ec», «prof», RG nº «rg» «org», CPF nº «dc»,⟦ título de eleitor nº «tit»,⟧ filh«do» de «dm» e de «dd», "
          "nascid«do» em «dob», com último endereço conhecido na «addr», «bai», «c», CEP «cep», atualmente em lugar "
          "incerto e não sabido, que «an» lhe ajuizou a presente ação",
          pz=g.pick([20, 30]), proc=g.cnj(), acao=acao, jo=gw(judge, "O", "A"), jt=judge.dr, jn=P(judge.full),
          juiz=gw(judge, "Juiz", "Juíza"), v=g.ri(1, 6), vara=vara, c=c, uf=uf, dn=P(de.caps), nac=g.pick(["brasileir" + de.o, "brasileir" + de.o, "paraguai" + de.o]),
          ec="casad" + de.o if kind == "divorcio" else g.pick(["solteir" + de.o, "casad" + de.o, "divorciad" + de.o]), prof=g.pick(["pedreiro", "autônom" + de.o, "vendedor" if not de.fem else "vendedora", "motorista", "desempregad" + de.o]),
          rg=L(rgv, "BR_RG"), org=org, dc=L(g.cpf(), "BR_CPF"), tit=L(g.titulo(), "BR_TITULO_ELEITOR"), do=de.o, dm=P(dm.full), dd=P(dd.full),
          dob=L(g.dob(1960, 2000, g.pick(["br", "written"])), "DATE_OF_BIRTH"), addr=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), an=P(aut.full))
    if kind == "alimentos":
        kids = [g.child_of(aut if aut.fem else g.person(fem=True), de) for _ in range(g.ri(1, 2))]
        doc.t(", em favor d" + ("os filhos " if len(kids) > 1 else gw(kids[0], "o filho ", "a filha ")))
        for j, k in enumerate(kids):
            doc.t("" if j == 0 else " e ").p(k.full).t(" (nascid" + k.o + " em ").e(g.dob(2010, 2022, "br"), "DATE_OF_BIRTH").t(")")
        doc.t(", pleiteando alimentos de 30% do salário mínimo")
    elif kind == "usucapiao":
        doc.t(", visando à declaração de domínio do imóvel situado na ").e(g.address(), "ADDRESS")
        doc.t(", confrontando com os imóveis de ")
        for j, p in enumerate(g.people(g.ri(2, 3))):
            doc.t("" if j == 0 else " e ").p(p.full)
        doc.t(", ficando citados também os confrontantes e eventuais interessados ausentes, incertos e desconhecidos")
    elif kind == "divorcio":
        doc.t(", com a partilha do imóvel da Rua da Paz e a guarda do filho comum, ").p(g.child_of(aut, de).first)
    else:
        doc.f(", para cobrança de «m» referente a notas promissórias emitidas em favor de «firm»", m=g.money(3000, 80000),
              firm=g.pick(FIRMS).removesuffix("."))
    doc.f(". Encontrando-se o réu em lugar incerto, expediu-se o presente edital para que, no prazo de 15 dias, "
          "fluido o prazo acima, ofereça contestação, sob pena de revelia, nomeando-se curador especial (Defensoria "
          "Pública). ⟦Advogad«ao» d«ao2» autor«ax»: «avn», «oab». ⟧Será o presente edital afixado e publicado na forma da lei. "
          "«c», «d». Eu, «esn», escrevente, digitei.\n",
          ao=(av := g.person()).o, ao2=aut.o, ax=gw(aut, "", "a"), avn=P(av.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          c=c, d=g.date(fmt="written"), esn=P(esc.full))
    return doc


# =========================================================================== saude


def sa_referral(g: Gen) -> Doc:
    """SUS referral and counter-referral form."""
    doc = Doc(g)
    c, uf = g.city()
    pat = g.person()
    mom = g.relative(pat, fem=True)
    doc1, reg, spec, acs, esf = g.person(), g.person(), g.person(), g.person(), g.person(fem=True)
    sp, why, cid, cond = g.pick([
        ("CARDIOLOGIA", "dor precordial aos esforços, HAS de difícil controle em uso de losartana 100 mg e anlodipino", "I20.8",
         "ajustada medicação; solicitado ecocardiograma; retorno em 6 meses."),
        ("ENDOCRINOLOGIA", "DM2 com HbA1c 10,2% apesar de metformina 2 g/dia e glibenclamida", "E11.9",
         "iniciada insulina NPH 10 UI à noite; orientações sobre hipoglicemia."),
        ("ORTOPEDIA", "gonalgia crônica bilateral, RX com redução do espaço articular", "M17.0",
         "indicada artroplastia — incluída na fila cirúrgica."),
        ("PSIQUIATRIA", "episódio depressivo grave com ideação passiva, sem resposta à fluoxetina 40 mg", "F32.2",
         "iniciada sertralina 50 mg; acompanhamento no CAPS."),
        ("NEUROLOGIA", "crises convulsivas recorrentes apesar de carbamazepina", "G40.9", "EEG solicitado; associado levetiracetam."),
        ("OFTALMOLOGIA", "baixa acuidade visual progressiva, suspeita de glaucoma", "H40.1", "prescrito colírio de timolol; retorno em 3 meses.")])
    doc.f("SISTEMA ÚNICO DE SAÚDE — SECRETARIA MUNICIPAL DE SAÚDE DE «cc»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\n"
          "UNIDADE DE ORIGEM: «ubs» — CNES «cnes»\nREFERÊNCIA PARA: «sp» — «dest»\n\n"
          "Paciente: «pn»\nCNS: «cns»    Data de nascimento: «dob»    Sexo: «sx»\nNome da mãe: «mn»\n"
          "Endereço: «addr», «bai» — CEP «cep»    Telefone: «ph»\n\n"
          "MOTIVO DO ENCAMINHAMENTO / HIPÓTESE DIAGNÓSTICA: «why». CID-10: «cid».\n"
          "Exames anexos: «ex».\nProfissional solicitante: «dt» «dn» — «crm» — CNS «dcns»\nData: «d»\n\n",
          cc=noacc(c).upper(), ubs=g.pick(UBS), cnes=g.d(7), sp=sp,
          dest=g.pick(["Policlínica Regional Dr. Bento Cajueiro", "Centro de Especialidades Rosa Prudente", g.pick(HOSPITALS), "AME Santa Cruz"]),
          pn=P(pat.caps if g.chance(0.5) else pat.full), cns=L(g.cns(), "BR_CNS"), dob=L(g.dob(1940, 2015, "br"), "DATE_OF_BIRTH"),
          sx=gw(pat, "M", "F"), mn=P(mom.full), addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"),
          ph=L(g.phone(), "PHONE_NUMBER"), why=why, cid=cid, ex=g.pick(["ECG de " + g.date(fmt="dm"), "glicemia, HbA1c, creatinina", "RX do joelho", "nenhum"]),
          dt=doc1.dr, dn=P(doc1.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), dcns=L(g.cns(), "BR_CNS"), d=g.date(fmt="br"))
    doc.f("REGULAÇÃO: classificação de risco «risk»; regulad«ro» por «rn» em «d2». Agendado para «d3» às «h» com «st» «sn».\n"
          "⟦Obs. da regulação: paciente já aguardava na fila desde «d4» (solicitação «sol»).\n⟧\n"
          "CONTRARREFERÊNCIA\nAtendid«po» em «d3» por «st» «sn», «scrm».\nConduta: «cond»\n"
          "Retornar à UBS para acompanhamento com «et» «en» (equipe de Saúde da Família «eq»). "
          "Agente comunitári«ao» de saúde responsável: «acs» (microárea «ma»).\n",
          risk=g.pick(["AMARELO", "VERDE", "VERMELHO"]), ro=gw(reg, "o", "a"), rn=P(reg.full), d2=g.date(fmt="dm"),
          d3=g.date(fmt="br"), h=g.hm(), st=spec.dr, sn=P(spec.full), d4=g.date(2024, "br"), sol=g.protocol(), po=pat.o,
          scrm=L(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cond=cond,
          et=esf.dr, en=P(esf.full if g.chance(0.5) else esf.first), eq=g.pick(["Vila Vitória I", "Rosa 2", "Santa Cruz", "Paz 04"]),
          ao=acs.o, acs=P(g.pick([acs.full, acs.first])), ma=f"{g.ri(1, 12):02d}")
    return doc


MEDS_B = [("Clonazepam 2 mg", "B1"), ("Alprazolam 0,5 mg", "B1"), ("Zolpidem 10 mg", "B1"), ("Diazepam 10 mg", "B1"),
          ("Bromazepam 3 mg", "B1"), ("Lorazepam 2 mg", "B1")]
MEDS_C = [("Sertralina 50 mg", "C1"), ("Quetiapina 25 mg", "C1"), ("Carbamazepina 200 mg", "C1"), ("Pregabalina 75 mg", "C1"),
          ("Escitalopram 10 mg", "C1"), ("Isotretinoína 20 mg", "C2"), ("Risperidona 2 mg", "C1")]
PHARMS = ["Farmácia Santa Cruz", "Drogaria Paz & Bem", "Drogaria Leão do Norte", "Farmácia Popular Rosa", "Drogaria Bento Ltda",
          "Farmácia Vitória Régia", "Drogaria Tabosa & Filhos"]


def sa_controlled_rx(g: Gen) -> Doc:
    """Controlled-drug prescription (notificação B or receita de controle especial) with buyer identification."""
    doc = Doc(g)
    c, uf = g.city()
    med, pat, phm = g.person(), g.person(), g.person()
    buyer = g.relative(pat) if g.chance(0.6) else pat
    kind = g.pick(["B", "C"])
    drug, lst = g.pick(MEDS_B if kind == "B" else MEDS_C)
    if kind == "B":
        doc.f("NOTIFICAÇÃO DE RECEITA «lst» — UF «uf» — Nº «num»\n\nIDENTIFICAÇÃO DO EMITENTE\n«dt» «dn» — «crm»\n"
              "«clin» — «c»/«uf»\n\nPaciente: «pn»\nEndereço: «addr», «c»\n\n"
              "Prescrição: «drug» ........ «q» («qe») comprimidos\nPosologia: 1 comprimido à noite, se insônia.\nData: «d»\n",
              lst=lst, uf=uf, num=g.d(8), dt=med.dr, dn=P(med.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"),
              clin=g.pick(["Clínica Santa Cruz de Psiquiatria", "Consultório — Ed. Leão Center, sala 804", "Ambulatório Graça Aranha"]),
              c=c, pn=P(pat.full), addr=L(g.address(), "ADDRESS"), drug=drug, q=30, qe="trinta", d=g.date(fmt="br"))
    else:
        doc.f("RECEITUÁRIO DE CONTROLE ESPECIAL — 1ª via: retenção da farmácia / 2ª via: orientação ao paciente\n\n"
              "IDENTIFICAÇÃO DO EMITENTE\nNome: «dt» «dn»\n«crm» — UF «uf»\nEndereço: «clin», «c»\n\n"
              "Paciente: «pn»\nEndereço: «addr»\n\nPrescrição:\nUso oral — «drug» ........ «q» comprimidos (uso contínuo, 60 dias)\n"
              "Tomar 1 comprimido pela manhã.\nData: «d»    Assinatura: «dn2»\n",
              dt=med.dr, dn=P(med.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), uf=uf,
              clin=g.pick(["Av. Leão XIII — Centro Médico Vitória", "Clínica Bento Cajueiro", "CAPS II Rosa dos Ventos"]),
              c=c, pn=P(pat.caps), addr=L(g.address(), "ADDRESS"), drug=drug, q=60, d=g.date(fmt="br"), dn2=P(med.short))
    rgv, org = g.rg()
    doc.f("\nIDENTIFICAÇÃO DO COMPRADOR\nNome: «bn»\nIdent.: «rg»  Órg. emissor: «org»\nEnd.: «addr»  Cidade: «c»  UF: «uf»\n"
          "Telefone: «ph»\n\nIDENTIFICAÇÃO DO FORNECEDOR\n«ph_»⟦ — CNPJ «cnpj»⟧\nFarmacêutic«fo»: «fn» — «crf»\n"
          "Data: «d»    Lote: «lote»    Qtde. dispensada: «q»\n",
          bn=P(buyer.full if g.chance(0.6) else buyer.caps), rg=L(rgv, "BR_RG"), org=org,
          addr=L(g.address(), "ADDRESS") if buyer is not pat else "o mesmo", c=c, uf=uf, ph=L(g.phone(), "PHONE_NUMBER"),
          ph_=g.pick(PHARMS), cnpj=L(g.cnpj(), "BR_CNPJ"), fo=phm.o, fn=P(phm.full), crf=L(g.council("CRF", uf), "PROFESSIONAL_ID"),
          d=g.date(fmt="br"), lote=f"{g.pick(['L', 'LT', ''])}{g.d(2)}{g.pick('ABCXZ')}{g.d(3)}", q=g.pick([30, 60, "1 cx"]))
    if buyer is not pat and g.chance(0.5):
        doc.f("Obs.: comprador«bo» é «rel» d«po» paciente; apresentou RG original. ⟦«pf» está acamad«po» (CID «cid»).⟧\n",
              bo=gw(buyer, "", "a"), rel=g.pick(["filh" + buyer.o, "cônjuge", "irm" + ("ão" if not buyer.fem else "ã"), "cuidador" + gw(buyer, "", "a")]),
              po=pat.o, pf=P(pat.first), cid=g.pick(CIDS))
    return doc


def sa_pharmacy_register(g: Gen) -> Doc:
    """Pharmacy register of controlled-drug dispensing (escrituração / SNGPC export)."""
    doc = Doc(g)
    c, uf = g.city()
    ph = g.pick(PHARMS)
    rt, fisc = g.person(), g.person()
    doc.f("«ph» — CNPJ «cnpj» — AFE «afe»\nLIVRO DE REGISTRO ESPECÍFICO — SAÍDAS (Portaria SVS/MS nº 344/1998)\n"
          "Período: «per» · Transmitido ao SNGPC em «dt» (usuário «usr»)\n\n"
          "DATA | MEDICAMENTO | LOTE | QTD | Nº NOTIF./RECEITA | PACIENTE | COMPRADOR | DOC. COMPRADOR | PRESCRITOR\n",
          ph=ph.upper(), cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), afe=f"{g.d(1)}.{g.d(5)}-{g.d(1)}",
          per=g.pick(["01/03/2025 a 31/03/2025", "01/08/2025 a 31/08/2025", "01/11/2025 a 30/11/2025"]), dt=g.date(fmt="br"),
          usr=g.pick(["sngpc_loja07", "farmaceutico.rt", "integrador"]))
    for _ in range(g.ri(5, 7)):
        pat = g.person()
        drug, lst = g.pick(MEDS_B + MEDS_C)
        doc.t(f"{g.date(fmt='dm')} | {drug} ({lst}) | {g.d(2)}{g.pick('ABKXZ')}{g.d(4)} | {g.pick([20, 30, 60, 90])} | {g.d(8)} | ")
        doc.p(pat.capsna if g.chance(0.5) else pat.full).t(" | ")
        if g.chance(0.45):
            doc.t("o próprio | ")
            rgv, _ = g.rg()
            doc.e(rgv, "BR_RG")
        else:
            b = g.relative(pat)
            doc.p(b.capsna if g.chance(0.5) else b.full).t(" | ")
            if g.chance(0.6):
                rgv, org = g.rg()
                doc.t("RG ").e(rgv, "BR_RG").t(" " + org)
            else:
                doc.t("CPF ").e(g.cpf(), "BR_CPF")
        pr = g.person()
        doc.t(" | ").p(pr.initials if g.chance(0.4) else pr.short).t(" ").e(g.council(g.pick(["CRM", "CRM", "CRM", "CRO"]), uf), "PROFESSIONAL_ID").t("\n")
    doc.f("\nDevoluções/perdas: «lote» — 2 comprimidos avariados (blister rosa amassado), baixa por perda em «d».\n"
          "Responsável técnic«ro»: «rn» — «crf»\nVisto da fiscalização: «fn» (Vigilância Sanitária de «c»), em «d2»\n",
          lote=f"lote {g.d(6)}", d=g.date(fmt="dm"), ro=rt.o, rn=P(rt.full), crf=L(g.council("CRF", uf), "PROFESSIONAL_ID"),
          fn=P(g.pick([fisc.full, fisc.initials])), c=c, d2=g.date(fmt="br"))
    return doc


def sa_dnv(g: Gen) -> Doc:
    """Live-birth declaration (Declaração de Nascido Vivo)."""
    doc = Doc(g)
    c, uf = g.city()
    mom = g.person(fem=True)
    dad = g.person(fem=False)
    kid = g.child_of(mom, dad)
    resp, off = g.person(), g.person()
    hosp = g.pick(HOSPITALS)
    age = g.ri(15, 44)
    bm, bd = g.ri(1, 12), g.ri(1, 27)
    kdob = f"{bd:02d}/{bm:02d}/2025"
    fill = f"{bd + 1:02d}/{bm:02d}/2025"
    doc.f("MINISTÉRIO DA SAÚDE — DECLARAÇÃO DE NASCIDO VIVO\nNº «dnv»\n\n"
          "I — CARTÓRIO\n1 Cartório: «n»º Ofício de Registro Civil de «c»   2 Registro: «reg»   3 Data: «dr»\n\n"
          "II — LOCAL DA OCORRÊNCIA\n4 Local: Hospital   5 Estabelecimento: «hosp»   CNES «cnes»\n\n"
          "III — MÃE\n6 Nome: «mn»\n7 Cartão SUS: «mcns»   8 Idade: «age»   9 Data de nascimento: «mdob»\n"
          "10 Estado civil: «ec»   11 Escolaridade: «esc»   12 Ocupação habitual: «ocup» (CBO «cbo»)\n"
          "13 Residência: «addr» — «bai» — «c»/«uf» — CEP «cep»\n14 Telefone: «ph»\n\n"
          "IV — PAI\n15 Nome: «dn»   16 Idade: «dage»\n\n"
          "V — GESTAÇÃO E PARTO\n17 Nº de consultas de pré-natal: «pn»   18 Semanas de gestação: «sem»   19 Tipo de parto: «tp»\n"
          "20 Gestações anteriores: «ga»   21 Parto induzido? «pi»\n\n"
          "VI — RECÉM-NASCIDO\n22 Data e hora do nascimento: «kdob», às «h»   23 Sexo: «sx»   24 Peso ao nascer: «peso» g\n"
          "25 Apgar 1º/5º min: «ap»   26 Anomalia congênita: «anom»\n",
          dnv=f"{g.d(8)}-{g.d(1)}", n=g.ri(1, 4), c=c, reg=g.d(6), dr="(a preencher no cartório)", hosp=hosp, cnes=g.d(7), mn=P(mom.caps),
          mcns=L(g.cns(), "BR_CNS"), age=age, mdob=L(g.dob(2025 - age, 2025 - age, "br"), "DATE_OF_BIRTH"),
          ec=g.pick(["solteira", "casada", "união estável"]), esc=g.pick(["médio completo", "superior incompleto", "fundamental II"]),
          ocup=g.pick(["do lar", "operadora de caixa", "professora", "estudante", "agricultora"]), cbo=f"{g.d(4)}-{g.d(2)}",
          addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"),
          dn=P(dad.full) if g.chance(0.8) else "ignorado", dage=g.ri(17, 55), pn=g.ri(0, 12), sem=g.ri(33, 41),
          tp=g.pick(["vaginal", "cesáreo"]), ga=g.ri(0, 5), pi=g.pick(["não", "sim"]),
          kdob=L(kdob, "DATE_OF_BIRTH"), h=g.hm(), sx=gw(kid, "masculino", "feminino"),
          peso=f"{g.ri(2, 4)}.{g.d(3)}", ap=f"{g.ri(5, 9)}/{g.ri(7, 10)}", anom=g.pick(["não", "não", "sim — Q90.9 (a confirmar)", "sim — Q66.0"]))
    doc.f("Nome do recém-nascido (se informado): «kn»\n\nVII — PREENCHIMENTO\n27 Responsável: «rn» — «rid» — função: «rf»\n"
          "28 Data: «d»\n⟦Obs.: RN de «mf» transferido para a UTI neonatal; a avó, «avo», acompanha. A mãe pediu que o nome "
          "«kf» fosse confirmado no cartório (\"é Vitória com acento\").\n⟧",
          kn=P(kid.full) if g.chance(0.7) else "não informado", rn=P(resp.full),
          rid=L(g.council(g.pick(["COREN", "CRM"]), uf), "PROFESSIONAL_ID"), rf=g.pick(["enfermeira obstetra", "médico plantonista", "enfermeiro"]),
          d=fill, mf=P(mom.short), avo=P(g.relative(mom, fem=True).full), kf=P(kid.first))
    return doc


def sa_tfd(g: Gen) -> Doc:
    """Out-of-town treatment (TFD) request with companion and travel allowance."""
    doc = Doc(g)
    c, uf = g.city()
    pat = g.person()
    comp = g.relative(pat)
    dr, ass, pres = g.person(), g.person(fem=True), g.person()
    dest_c = g.pick(["Salvador", "Recife", "Barretos", "São Paulo", "Teresina", "Porto Alegre", "Belo Horizonte"])
    diag, cid, trat, hosp = g.pick([("neoplasia maligna da mama", "C50.9", "radioterapia", "Hospital de Amor"),
                                    ("leucemia linfoblástica aguda", "C91.0", "quimioterapia", "Hospital Aristides Maltez"),
                                    ("insuficiência renal crônica", "N18.5", "avaliação para transplante renal", "Hospital das Clínicas"),
                                    ("cardiopatia congênita", "Q21.0", "cirurgia cardíaca pediátrica", "Instituto do Coração")])
    child = cid in ("C91.0", "Q21.0") and g.chance(0.7)
    rgv, org = g.rg()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «cc» — SETOR DE TRATAMENTO FORA DO DOMICÍLIO (TFD)\n"
          "PEDIDO DE TFD Nº «pn» (Portaria SAS/MS nº 55/1999)\n\n"
          "1. PACIENTE\nNome: «pat»\nCNS: «cns»   CPF: «cpf»   Data de nascimento: «dob»\nEndereço: «addr», «bai», «c»/«uf», CEP «cep»\n"
          "Telefone: «ph»⟦ / recado: «ph2»⟧\n\n"
          "2. LAUDO MÉDICO\nDiagnóstico: «diag» (CID «cid»). Tratamento indisponível no município: «trat» no «hosp», em «dc».\n"
          "Médic«mo» assistente: «dn», «crm»\n\n",
          cc=noacc(c).upper(), pn=f"{g.d(4)}/2025", pat=P(pat.full), cns=L(g.cns(), "BR_CNS"), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob(2010, 2022, "br") if child else g.dob(1945, 2000, "br"), "DATE_OF_BIRTH"), addr=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"), ph2=L(g.phone(), "PHONE_NUMBER"),
          diag=diag, cid=cid, trat=trat, hosp=hosp, dc=dest_c,
          mo=dr.o, dn=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("3. ACOMPANHANTE (justificativa: «just»)\nNome: «an» («rel»)\nRG: «rg» «org»   CPF: «acpf»⟦   Nascimento: «adob»⟧\n\n"
          "4. TRANSPORTE E AJUDA DE CUSTO\nMeio: «meio». Saída em «d1». Ajuda de custo: «m» por dia (paciente + acompanhante), "
          "depositada na conta do paciente: banco «bk», agência «ag», conta «acc».\n\n"
          "5. PARECER DA COMISSÃO\nAssistente social: «asn», «cress». Parecer: «par»\nPresidente da Comissão Autorizadora: «prn»\n",
          just="paciente menor de idade" if child else g.pick(["paciente com limitação de locomoção", "paciente em tratamento oncológico", "paciente em hemodiálise"]),
          an=P(comp.full), rel=g.pick(["filh" + comp.o, "mãe" if comp.fem else "pai", "cônjuge", "irm" + ("ã" if comp.fem else "ão")]),
          rg=L(rgv, "BR_RG"), org=org, acpf=L(g.cpf(), "BR_CPF"), adob=L(g.dob(1950, 2000, "br"), "DATE_OF_BIRTH"),
          meio=g.pick(["ônibus intermunicipal (rodoviária Bento Quaresma)", "van da Prefeitura", "aéreo (parecer do regulador)"]),
          d1=g.date(fmt="br"), m=g.money(24, 80), bk=g.pick(["001", "104", "237"]), ag=L(g.agency(), "BANK_ACCOUNT"),
          acc=L(g.account(), "BANK_ACCOUNT"), asn=P(ass.full), cress=L(g.council("CRESS"), "PROFESSIONAL_ID"),
          par=g.pick(["favorável; família sem renda para o deslocamento.", "favorável, com acompanhante.", "favorável; aguardar vaga de hospedagem na Casa de Apoio Rosa Branca."]),
          prn=P(pres.full))
    return doc


def sa_visa_notice(g: Gen) -> Doc:
    """Health-surveillance (VISA) infraction notice against a pharmacy."""
    doc = Doc(g)
    c, uf = g.city()
    ph = g.pick(PHARMS)
    own, rt, f1, f2, mgr, wit = g.person(), g.person(), g.person(), g.person(), g.person(), g.person()
    rgv, org = g.rg()
    doc.f("PREFEITURA MUNICIPAL DE «cc» — VIGILÂNCIA SANITÁRIA\nAUTO DE INFRAÇÃO SANITÁRIA Nº «ai» — SÉRIE «s»\n\n"
          "AUTUADO: «rs» (nome fantasia «ph»)\nCNPJ: «cnpj»   Licença sanitária nº «lic»   AFE «afe»\n"
          "Endereço do estabelecimento: «est», «c»/«uf»\nResponsável legal: «on», CPF «oc»\n"
          "Responsável técnic«ro»: «rn», «crf»\n\n",
          cc=noacc(c).upper(), ai=f"{g.d(4)}/2025", s=g.pick("ABC"), rs=f"{own.last.upper()} & {g._surname().upper()} COMÉRCIO DE MEDICAMENTOS LTDA",
          ph=ph, cnpj=L(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), lic=f"{g.d(3)}/2025", afe=f"{g.d(1)}.{g.d(5)}-{g.d(1)}",
          est=g.pick(["Av. Brasil, 1.402, loja 3", "Rua São Bento, 88", "Shopping Vitória, loja 112"]), c=c, uf=uf,
          on=P(own.full), oc=L(g.cpf(), "BR_CPF"), ro=rt.o, rn=P(rt.full), crf=L(g.council("CRF", uf), "PROFESSIONAL_ID"))
    p1, p2 = g.person(), g.person()
    doc.f("Aos «d», às «h», em inspeção de rotina (Ordem de Serviço nº «os»), constatou-se:\n"
          "1) Notificações de receita B aviadas sem a identificação do comprador, entre elas as de nº «n1» (paciente «p1») e "
          "nº «n2» (paciente «p2», comprador «b2»);\n"
          "2) Divergência de estoque de «drug» entre o físico e o SNGPC (lote «lote»);\n"
          "3) Ausência d«ro» farmacêutic«ro» responsável durante o horário de funcionamento.\n\n"
          "INFRAÇÃO: art. 10, incisos IV e XXIX, da Lei Federal nº 6.437/1977; Portaria SVS/MS nº 344/1998; RDC ANVISA nº 44/2009.\n"
          "PENALIDADE PREVISTA: advertência, interdição e/ou multa de R$ 2.000,00 a R$ 75.000,00. Prazo para defesa: 15 dias.\n\n"
          "Autoridades sanitárias: «f1n» (matr. «m1») e «f2n» (matr. «m2»)\n"
          "Ciente do autuado: «mn», «cargo», RG «rg» «org»\n⟦Testemunha: «wn», CPF «wc» (o autuado recusou-se a assinar)\n⟧",
          d=g.date(fmt="written"), h=g.hm(), os=g.d(5), n1=g.d(8), p1=P(p1.full), n2=g.d(8), p2=P(p2.full),
          b2=P(g.relative(p2).full), drug=g.pick(MEDS_B + MEDS_C)[0], lote=g.d(6), ro=rt.o,
          f1n=P(f1.full), m1=g.d(6), f2n=P(f2.full), m2=g.d(6), mn=P(mgr.full),
          cargo=g.pick(["gerente", "balconista", "sócio"]), rg=L(rgv, "BR_RG"), org=org, wn=P(wit.full), wc=L(g.cpf(), "BR_CPF"))
    return doc


def sa_lme(g: Gen) -> Doc:
    """Specialised-component medicine request (LME)."""
    doc = Doc(g)
    c, uf = g.city()
    pat = g.person()
    mom = g.relative(pat, fem=True)
    med, ev = g.person(), g.person()
    drug, cid, diag, anam, prev = g.pick([
        ("Adalimumabe 40 mg — seringa preenchida", "M05.8", "artrite reumatoide soropositiva",
         "DAS28 de 5,4 após 6 meses de metotrexato 25 mg/sem.", "Sim — metotrexato, leflunomida."),
        ("Insulina glargina 100 UI/mL", "E10.9", "diabetes mellitus tipo 1", "hipoglicemias noturnas frequentes com NPH.",
         "Sim — NPH + regular."),
        ("Olanzapina 10 mg", "F20.0", "esquizofrenia paranoide", "surtos psicóticos com haloperidol; efeitos extrapiramidais.",
         "Sim — haloperidol, risperidona."),
        ("Alendronato 70 mg", "M81.0", "osteoporose pós-menopausa", "fratura de fêmur em 2023; T-score -3,1.", "Não."),
        ("Levetiracetam 750 mg", "G40.2", "epilepsia focal refratária", "crises semanais apesar de carbamazepina e lamotrigina.",
         "Sim — carbamazepina, lamotrigina."),
        ("Sacubitril + valsartana 97/103 mg", "I50.0", "insuficiência cardíaca", "FE 30% em uso de enalapril.", "Sim — enalapril.")])
    doc.f("LAUDO DE SOLICITAÇÃO, AVALIAÇÃO E AUTORIZAÇÃO DE MEDICAMENTO(S) — COMPONENTE ESPECIALIZADO DA ASSISTÊNCIA "
          "FARMACÊUTICA (LME)\n\n"
          "1- CNES: «cnes»  2- Estabelecimento solicitante: «est»\n3- Nome completo do paciente: «pn»\n"
          "4- Nome da mãe do paciente: «mn»\n5- Peso: «peso» kg  6- Altura: «alt» cm\n"
          "7- Medicamento(s): «drug» — qtd. solicitada 1º mês: «q1» / 2º mês: «q2» / 3º mês: «q3»\n"
          "8- CID-10: «cid»  9- Diagnóstico: «diag»\n10- Anamnese: «anam»\n"
          "11- Paciente realizou tratamento prévio ou está em tratamento da doença? «prev»\n"
          "12- Atestado de capacidade: o paciente é considerado incapaz? «inc»\n",
          cnes=g.d(7), est=g.pick(["Ambulatório de Especialidades Dona Graça Tabosa", g.pick(HOSPITALS), "Policlínica Bento Cajueiro"]),
          pn=P(pat.caps), mn=P(mom.caps), peso=g.ri(38, 120), alt=g.ri(140, 195), drug=drug, q1=g.ri(1, 6), q2=g.ri(1, 6),
          q3=g.ri(1, 6), cid=cid, diag=diag,
          anam=anam, prev=prev,
          inc="NÃO" if g.chance(0.7) else "SIM")
    if "SIM" in doc.text[-5:]:
        r = g.relative(pat)
        doc.t("    Nome do responsável: ").p(r.full).t("\n")
    doc.f("13- Nome do médico solicitante: «dn»\n14- CNS do médico solicitante: «dcns»\n15- Data da solicitação: «d»\n"
          "16- Assinatura e carimbo: «dn2» — «crm»\n"
          "17- Campos de preenchimento exclusivo (paciente): «quem» · CPF do paciente: «pcpf» · CNS: «pcns»\n"
          "    Raça/cor: «raca»  Telefone: «ph»  E-mail: «em»\n\n"
          "AVALIAÇÃO: «res» em «d2» por «en» (farmacêutic«eo» avaliador«ex», «crf»). «motivo»\n",
          dn=P(med.caps), dcns=L(g.cns(), "BR_CNS"), d=g.date(fmt="br"), dn2=P(med.full),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), quem=g.pick(["preenchido pelo paciente", "preenchido pela mãe", "preenchido pelo médico"]),
          pcpf=L(g.cpf(), "BR_CPF"), pcns=L(g.cns(), "BR_CNS"), raca=g.pick(["parda", "branca", "preta", "indígena", "amarela"]),
          ph=L(g.phone(), "PHONE_NUMBER"), em=L(g.email(pat), "EMAIL_ADDRESS"), res=g.pick(["DEFERIDO", "DEFERIDO", "DEVOLVIDO"]),
          d2=g.date(fmt="br"), en=P(ev.full), eo=ev.o, ex=gw(ev, "", "a"), crf=L(g.council("CRF", uf), "PROFESSIONAL_ID"),
          motivo=g.pick(["", "Exames conforme PCDT (Portaria Conjunta nº 16/2021).", "Falta receita em duas vias; devolvido ao Dr. da UBS Rosa dos Ventos."]))
    return doc


# =========================================================================== financeiro

BANKS = ["Banco do Brasil", "Caixa Econômica Federal", "Banco do Nordeste", "Sicoob Santa Cruz", "Banrisul",
         "Banco Paz S.A.", "Cresol Vitória", "Bradesco", "Itaú Unibanco"]


def fi_kyc(g: Gen) -> Doc:
    """Bank KYC re-registration form (atualização cadastral, pessoa física)."""
    doc = Doc(g)
    c, uf = g.city()
    cli = g.person()
    mom, dad = g.relative(cli, fem=True), g.person(fem=False)
    spouse = g.person(fem=not cli.fem)
    mgr = g.person()
    bank = g.pick(BANKS)
    rgv, org = g.rg()
    doc.f("«bank» — ATUALIZAÇÃO CADASTRAL — PESSOA FÍSICA\n(Resolução BCB nº 119/2021 e Circular BCB nº 3.978/2020)\n"
          "Agência «ag» — Conta corrente «acc» — Segmento «seg»\n\n"
          "1. IDENTIFICAÇÃO\nNome completo: «cn»\nData de nascimento: «dob»   Naturalidade: «nat»   Nacionalidade: «nac»\n"
          "Filiação: «mn» / «dn»\nDocumento: RG «rg» — «org» — expedição «exp»\nCPF: «cpf»\n"
          "Estado civil: «ec»«spo»\n\n"
          "2. ENDEREÇO E CONTATO\nResidencial: «addr», «bai», «c»/«uf», CEP «cep»\nCelular: «ph»   E-mail: «em»\n\n",
          bank=bank.upper(), ag=L(g.agency(), "BANK_ACCOUNT"), acc=L(g.account(), "BANK_ACCOUNT"), seg=g.pick(["Varejo", "Estilo", "Agro", "Pessoa Física"]),
          cn=P(cli.caps), dob=L(g.dob(1940, 2005), "DATE_OF_BIRTH"), nat="/".join(g.city()),
          nac=g.pick(["brasileira", "brasileira", "boliviana", "haitiana", "japonesa (RNM)"]), mn=P(mom.full),
          dn=P(dad.full) if g.chance(0.85) else "não declarado", rg=L(rgv, "BR_RG"), org=org, exp=g.date(g.ri(2000, 2022), "br"),
          cpf=L(g.cpf(), "BR_CPF"), ec=(ec := g.pick(["casad" + cli.o, "solteir" + cli.o, "união estável", "divorciad" + cli.o])), spo="",
          addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS), c=c, uf=uf, cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(cli), "EMAIL_ADDRESS"))
    if ec in ("casado", "casada", "união estável"):
        i = doc.text.rindex("\n\n")
        tail = doc.text[i:]
        doc.text = doc.text[:i]
        doc.t(" — cônjuge/companheir" + spouse.o + ": ").p(spouse.full).t(", CPF ").e(g.cpf(), "BR_CPF").t(tail)
    emp = g.pick(FIRMS)
    pep = g.chance(0.35)
    doc.f("3. ATIVIDADE E CAPACIDADE FINANCEIRA\nProfissão: «prof»   Empregador: «emp» — CNPJ «ecnpj»\n"
          "Renda mensal: «renda»   Patrimônio declarado: «pat»\n\n4. PESSOA EXPOSTA POLITICAMENTE\n",
          prof=g.pick(["servidor(a) público(a)", "comerciante", "enfermeira", "motorista de aplicativo", "aposentado(a)", "engenheiro(a) agrônomo(a)"]),
          emp=emp, ecnpj=L(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), renda=g.money(1500, 40000), pat=g.money(20000, 2500000))
    if pep:
        rel = g.relative(cli)
        doc.f("Relacionamento próximo com PEP: SIM — «rn», «rel», «cargo» em «c». (Origem dos recursos verificada.)\n\n",
              rn=P(rel.full), rel=g.pick(["irmão/irmã", "cunhado(a)", "pai/mãe", "filho(a)"]),
              cargo=g.pick(["vereador(a)", "secretário(a) municipal de Saúde", "prefeito(a)", "deputado(a) estadual"]), c=g.pick(CITIES)[0])
    else:
        doc.t("Declaro não ser PEP nem ter relacionamento próximo com PEP.\n\n")
    doc.f("5. PIX, CARTÕES E CANAIS\nChave aleatória cadastrada: «pix»⟦ (excluída a chave celular antiga a pedido)⟧\n"
          "Cartão de crédito ativo: «card» (validade «val»)⟦ — adicional em nome de «adn»⟧\n"
          "Atualização iniciada pelo app em «d» (IP «ip») e concluída na agência.\n\n"
          "6. PROCURADOR (se houver): «proc»\n\n"
          "Declaro, sob as penas da lei, que as informações são verdadeiras. «c», «d2».\nAssinatura d«co» client«cx»: «cn2»\n"
          "Conferência documental: «mgn», gerente de relacionamento (matr. «mm»)\n",
          pix=L(g.pix(), "PIX_KEY"), card=L(g.card(), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 33)}",
          adn=P(spouse.full), d=g.date(fmt="br"), ip=L(g.ip(), "IP_ADDRESS"),
          proc="não há" if g.chance(0.6) else P(g.person().full), c=c, d2=g.date(fmt="written"), co=cli.o, cx=gw(cli, "e", "e"),
          cn2=P(cli.full), mgn=P(mgr.full), mm=g.d(7))
    return doc


def fi_inss_letter(g: Gen) -> Doc:
    """INSS benefit-award letter (carta de concessão)."""
    doc = Doc(g)
    c, uf = g.city()
    seg = g.person()
    srv = g.person()
    kind = g.pick(["41", "42", "21", "32"])
    name = {"41": "APOSENTADORIA POR IDADE URBANA", "42": "APOSENTADORIA POR TEMPO DE CONTRIBUIÇÃO",
            "21": "PENSÃO POR MORTE PREVIDENCIÁRIA", "32": "APOSENTADORIA POR INCAPACIDADE PERMANENTE"}[kind]
    doc.f("INSTITUTO NACIONAL DO SEGURO SOCIAL — Gerência Executiva «cc»\nCARTA DE CONCESSÃO / MEMÓRIA DE CÁLCULO\n\n"
          "«sn»\n«addr»\n«bai» — «c»/«uf»\nCEP «cep»\n\n"
          "Número do benefício (NB): «nb»   Espécie: «k» — «name»\nRequerimento: «req»   DER: «der»   DIB: «dib»\n"
          "Segurad«so»: «sn2»   CPF: «cpf»   NIT: «nit»   Data de nascimento: «dob»\n",
          cc=noacc(c).upper(), sn=P(seg.capsna), addr=L(g.address(caps=True), "ADDRESS"), bai=noacc(g.pick(BAIRROS)).upper(),
          c=noacc(c).upper(), uf=uf, cep=L(g.cep(), "BR_CEP"), nb=g.nb(), k=kind, name=name, req=g.d(9), der=g.date(fmt="br"),
          dib=g.date(fmt="br"), so=seg.o, sn2=P(seg.full), cpf=L(g.cpf(), "BR_CPF"), nit=L(g.pis(), "BR_PIS"),
          dob=L(g.dob(1940, 1968, "br") if kind != "21" else g.dob(1950, 1985, "br"), "DATE_OF_BIRTH"))
    if kind == "21":
        inst = g.relative(seg, fem=not seg.fem)
        doc.f("Instituidor«ix»: «inm», NIT «inn», falecid«io» em «dd» (certidão de óbito, matrícula «mat»).\nDependentes habilitados:\n",
              ix=gw(inst, "", "a"), inm=P(inst.full), inn=L(g.pis(), "BR_PIS"), io=inst.o, dd=g.date(fmt="br"),
              mat=g.matricula_civil())
        doc.t("  - ").p(seg.full).t(" (cônjuge) — cota vitalícia\n")
        for _ in range(g.ri(0, 2)):
            k = g.child_of(seg if seg.fem else inst, inst if seg.fem else seg)
            doc.t("  - ").p(k.full).t(" (filh" + k.o + ", nasc. ").e(g.dob(2006, 2020, "br"), "DATE_OF_BIRTH").t(") — cota até 21 anos\n")
    doc.f("\nRenda Mensal Inicial (RMI): «rmi»   Salário de benefício: «sb»   Tempo de contribuição: «tc»\n"
          "Fundamentação: «fund».\n\n"
          "PAGAMENTO: o benefício será pago no «bank», agência «ag», conta «acc», a partir de «d1». "
          "Primeiro pagamento com valores atrasados desde a DIB: «atr».\n⟦Procurador«px» cadastrad«po»: «pn», CPF «pc» (procuração válida até «pv»).\n⟧"
          "Caso não concorde, V.S.ª poderá recorrer ao Conselho de Recursos da Previdência Social em 30 dias. "
          "Informações: Central 135 ou Meu INSS.\n\nServidor«sx» responsável: «srv» — matrícula SIAPE «siape»\n",
          rmi=g.money(1518, 7786), sb=g.money(1518, 7786), tc=f"{g.ri(15, 40)} anos, {g.ri(0, 11)} meses e {g.ri(0, 29)} dias",
          fund=g.pick(["art. 48 da Lei nº 8.213/1991 c/c art. 18 da EC nº 103/2019", "arts. 74 a 79 da Lei nº 8.213/1991",
                       "art. 17 da EC nº 103/2019 (regra de transição — pedágio 50%)", "art. 42 da Lei nº 8.213/1991"]),
          bank=g.pick(BANKS), ag=L(g.agency(), "BANK_ACCOUNT"), acc=L(g.account(), "BANK_ACCOUNT"), d1=g.date(fmt="br"),
          atr=g.money(2000, 40000), px=gw((prc := g.person()), "", "a"), po=prc.o, pn=P(prc.full), pc=L(g.cpf(), "BR_CPF"),
          pv=g.date(2026, "br"), sx=gw(srv, "", "a"), srv=P(srv.full), siape=g.d(7))
    return doc


def fi_ecac(g: Gen) -> Doc:
    """Receita Federal e-CAC mailbox: tax-return review (malha) messages."""
    doc = Doc(g)
    c, uf = g.city()
    tp = g.person()
    acct = g.person()
    doc.f("RECEITA FEDERAL — e-CAC — CAIXA POSTAL\nContribuinte: «tn» — CPF «tc»\nAcesso por: «acc»\n\n",
          tn=P(tp.caps), tc=L(g.cpf(), "BR_CPF"),
          acc=g.pick(["gov.br (conta ouro)", "certificado digital e-CPF"]) if g.chance(0.5) else "procuração eletrônica — ")
    if doc.text.endswith("procuração eletrônica — \n\n"):
        doc.text = doc.text[:-2]
        doc.p(acct.full).t(", contador, ").e(g.council("CRC", uf), "PROFESSIONAL_ID").t("\n\n")
    if g.chance(0.75):
        doc.t(f"Último acesso: {g.date(fmt='br')} às {g.hm()}, a partir do IP ").e(g.ip(), "IP_ADDRESS").t("\n\n")
    doc.t("Data de envio | Assunto | Lida\n")
    for _ in range(g.ri(2, 3)):
        doc.t(f"{g.date(fmt='br')} | {g.pick(['Pendência de malha — DIRPF 2025', 'Restituição liberada — lote 3', 'Termo de Intimação Fiscal', 'Aviso de débito — DARF em atraso'])} | {g.pick(['sim', 'não'])}\n")
    dep = g.child_of(g.person(fem=True), tp) if g.chance(0.5) else g.relative(tp, child=True)
    ex = g.person(fem=not tp.fem)
    prof, clin = g.person(), g.pick(FIRMS[9:] + ["Clínica Odontológica Sorriso da Paz Ltda", "Laboratório Santa Cruz Análises Clínicas Ltda"])
    doc.f("\nMENSAGEM — TERMO DE INTIMAÇÃO FISCAL Nº «tif»\nDeclaração de Ajuste Anual do IRPF, exercício 2025, ano-calendário 2024, "
          "recibo nº «rec».\n\nPrezad«to» contribuinte, na análise de sua declaração foram identificadas as inconsistências abaixo. "
          "Apresente, em até 30 dias, pelo serviço \"Meu Imposto de Renda > Pendências de Malha\", os documentos:\n\n"
          "a) DEPENDENTE: «dn», CPF «dc», data de nascimento «dd», também declarad«do» como dependente na declaração de «en», "
          "CPF «ec». O mesmo dependente não pode constar em mais de uma declaração (art. 90 do Decreto nº 9.580/2018).\n"
          "b) DESPESAS MÉDICAS: pagamento de «m1» a «pn», CPF «pc», «pid», não confirmado pela DMED/recibo; e de «m2» a "
          "«cl», CNPJ «cc», com divergência de valor.\n"
          "c) RENDIMENTOS: omissão de «m3» recebidos de «fp», CNPJ «fc» (DIRF/eSocial).\n\n"
          "Caso concorde, retifique a declaração (imposto suplementar estimado em «m4» + multa de mora de 20%, Lei nº 9.430/1996).\n"
          "⟦Atendimento presencial: Agência da Receita Federal em «c», mediante agendamento.\n⟧"
          "Auditor«ax»-Fiscal responsável: «an» — matrícula «am»\n",
          tif=f"{g.d(4)}/{g.d(9)}/2025", rec=f"{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}.{g.d(2)}-{g.d(2)}", to=tp.o,
          dn=P(dep.full), dc=L(g.cpf(), "BR_CPF"), dd=L(g.dob(2003, 2022, "br"), "DATE_OF_BIRTH"), do=dep.o,
          en=P(ex.full), ec=L(g.cpf(), "BR_CPF"), m1=g.money(800, 15000), pn=P(prof.full), pc=L(g.cpf(), "BR_CPF"),
          pid=L(g.council(g.pick(["CRP", "CRO", "CREFITO", "CRM"]), uf), "PROFESSIONAL_ID"), m2=g.money(300, 12000), cl=clin,
          cc=L(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), m3=g.money(2000, 60000), fp=g.pick(FIRMS),
          fc=L(g.cnpj(), "BR_CNPJ"), m4=g.money(200, 9000), c=c, ax=gw((aud := g.person()), "", "a"), an=P(aud.full), am=g.d(7))
    return doc


def fi_consortium_transfer(g: Gen) -> Doc:
    """Assignment (cessão) of a drawn consórcio quota between two people."""
    doc = Doc(g)
    c, uf = g.city()
    ced, ces = g.person(), g.person()
    sp = g.relative(ced, fem=not ced.fem)
    w1, w2, att = g.person(), g.person(), g.person()
    adm = g.pick(["Consórcio Leão do Norte Administradora Ltda", "Administradora de Consórcios Vitória S.A.",
                  "Paz Consórcios Ltda", "Consórcio Santa Cruz Administradora"])
    grp, cota = g.d(4), g.ri(1, 900)
    doc.f("«adm» — CNPJ «acnpj»\nTERMO DE CESSÃO E TRANSFERÊNCIA DE DIREITOS E OBRIGAÇÕES — COTA DE CONSÓRCIO\n\n"
          "Grupo «grp» · Cota «cota» · Bem de referência: «bem» · Crédito: «cr»\n"
          "Contemplação: assembleia geral ordinária nº «ago» de «da», por «modo».\n\n"
          "CEDENTE: «cn», CPF «cc», RG «crg» «corg», nascid«co» em «cd», residente na «ca», «cb», «c»/«uf», CEP «cep», "
          "tel. «cph»; com anuência de seu cônjuge «sn», CPF «sc».\n"
          "CESSIONÁRI«eo2»: «en», CPF «ec»,⟦ CNH «ecnh»,⟧ nascid«eo» em «ed», residente na «ea», CEP «ecep», e-mail «em», tel. «eph».\n\n",
          adm=adm.upper(), acnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), grp=grp, cota=f"{cota:03d}",
          bem=g.pick(["automóvel até R$ 90 mil", "imóvel residencial", "motocicleta 160 cc", "caminhão leve"]),
          cr=g.money(25000, 400000), ago=g.ri(12, 120), da=g.date(fmt="br"),
          modo=g.pick(["sorteio (número 0" + g.d(3) + ")", "lance livre de 32%", "lance fixo de 25%", "lance embutido"]),
          cn=P(ced.full), cc=L(g.cpf(), "BR_CPF"), crg=L((cr := g.rg())[0], "BR_RG"), corg=cr[1], co=ced.o,
          cd=L(g.dob(1950, 2002), "DATE_OF_BIRTH"), ca=L(g.address(), "ADDRESS"), cb=g.pick(BAIRROS), c=c, uf=uf,
          cep=L(g.cep(), "BR_CEP"), cph=L(g.phone(), "PHONE_NUMBER"), sn=P(sp.full), sc=L(g.cpf(), "BR_CPF"),
          eo2=gw(ces, "O", "A"), en=P(ces.full), ec=L(g.cpf(), "BR_CPF"), ecnh=L(g.cnh(), "BR_CNH"), eo=ces.o, ed=L(g.dob(1950, 2004), "DATE_OF_BIRTH"),
          ea=L(g.address(), "ADDRESS"), ecep=L(g.cep(), "BR_CEP"), em=L(g.email(ces), "EMAIL_ADDRESS"), eph=L(g.phone(), "PHONE_NUMBER"))
    doc.f("CLÁUSULA 1ª — O cedente transfere ao cessionário todos os direitos e obrigações da cota acima, inclusive o crédito "
          "contemplado ainda não utilizado, pelo preço de «preco», pago neste ato via Pix para a chave aleatória do cedente "
          "«pix»«alt».\n"
          "CLÁUSULA 2ª — O cessionário assume as «np» parcelas vincendas (valor atual «parc»), com vencimento todo dia «dv»«cartp»«cartn».\n"
          "CLÁUSULA 3ª — Taxa de transferência de 1% do crédito, paga à administradora (boleto «bol»).\n"
          "CLÁUSULA 4ª — A cessão só terá eficácia após análise cadastral do cessionário e aprovação pela administradora.\n\n"
          "«c», «d».\n«cs» — cedente    «ss» — cônjuge anuente    «es» — cessionári«eo»\n"
          "Testemunhas: 1) «w1n», CPF «w1c»  2) «w2n», CPF «w2c»\n"
          "Recebido e conferido por «atn» (Atendimento — Pós-Venda) em «d2». Status: EM ANÁLISE.\n",
          preco=g.money(3000, 60000), pix=L(g.pix(), "PIX_KEY"),
          alt=g.pick(["", "", f" (comprovante E{g.d(8)}{g.d(20)})"]), np=g.ri(10, 180), parc=g.money(300, 4000),
          cartp=(cp_ := "" if g.chance(0.5) else ", em débito recorrente no cartão de crédito do cessionário nº "),
          cartn=L(g.card(), "CREDIT_CARD") if cp_ else "",
          dv=g.ri(1, 28), bol=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}", c=c,
          d=g.date(fmt="written"), cs=P(ced.full), ss=P(sp.full), es=P(ces.full), eo=ces.o, w1n=P(w1.full),
          w1c=L(g.cpf(), "BR_CPF"), w2n=P(w2.full), w2c=L(g.cpf(), "BR_CPF"), atn=P(att.short), d2=g.date(fmt="br"))
    return doc


def fi_cadunico(g: Gen) -> Doc:
    """CadÚnico summary sheet (folha resumo) with family members and NIS."""
    doc = Doc(g)
    c, uf = g.city()
    rf = g.person(fem=g.chance(0.8))
    ent, sup = g.person(), g.person()
    rf_dob = g.dob(1955, 2004, "br")
    doc.f("MINISTÉRIO DO DESENVOLVIMENTO E ASSISTÊNCIA SOCIAL — CADASTRO ÚNICO PARA PROGRAMAS SOCIAIS\n"
          "FOLHA RESUMO — Município: «c»/«uf» — Código familiar: «cf»\nData da entrevista: «de»   Data da última atualização: «du»\n"
          "Local: CRAS «cras»\n\n"
          "RESPONSÁVEL FAMILIAR (RF): «rn»\nNIS: «nis»   CPF: «cpf»   Data de nascimento: «dob»\n«titp»«titn»\n"
          "Endereço: «addr», «bai» — CEP «cep»   Referência: «ref»\nTelefone para contato: «ph»\n\n"
          "COMPOSIÇÃO FAMILIAR\nNOME | PARENTESCO COM O RF | DATA DE NASCIMENTO | NIS | DOCUMENTO\n",
          c=c, uf=uf, cf=g.bad11(), de=g.date(fmt="br"), du=g.date(2023, "br"),
          cras=g.pick(["Vila Vitória", "Rosa dos Ventos", "Dona Graça Tabosa", "Santa Cruz", "Bento Cajueiro"]),
          rn=P(rf.caps), nis=L(g.pis(), "BR_PIS"),
          titp=(tp_ := "Título de eleitor: " if g.chance(0.75) else "Título de eleitor: não possui"),
          titn=L(g.titulo(), "BR_TITULO_ELEITOR") if tp_.endswith(": ") else "", cpf=L(g.cpf(), "BR_CPF"), dob=L(rf_dob, "DATE_OF_BIRTH"),
          addr=L(g.address(), "ADDRESS"), bai=g.pick(BAIRROS),
          cep=L(g.cep(), "BR_CEP"), ref=g.pick(["perto da igreja da Cruz", "em frente à Escola Municipal Bento Quaresma", "beco ao lado do mercadinho Paz", "sem referência"]),
          ph=L(g.phone(), "PHONE_NUMBER"))
    doc.p(rf.caps).t(" | RF | ").e(rf_dob, "DATE_OF_BIRTH").t(" | (acima) | CPF (acima)\n")
    members = []
    if g.chance(0.6):
        members.append((g.relative(rf, fem=not rf.fem), "cônjuge/companheiro(a)", (1955, 2004)))
    for _ in range(g.ri(1, 4)):
        members.append((g.relative(rf, child=True), "filho(a)", (2008, 2024)))
    if g.chance(0.3):
        members.append((g.person(fem=True), "avó", (1940, 1965)))
    for p, par, (lo, hi) in members:
        doc.p(p.caps).t(f" | {par} | ").e(g.dob(lo, hi, "br"), "DATE_OF_BIRTH").t(" | ")
        if g.chance(0.8):
            doc.e(g.pis(), "BR_PIS")
        else:
            doc.t("em atribuição")
        doc.t(" | ")
        k = g.rng.random()
        if k < 0.5:
            doc.t("CPF ").e(g.cpf(), "BR_CPF")
        elif k < 0.8:
            doc.t("certidão de nascimento, matrícula ").t(g.matricula_civil())
        else:
            doc.t("RG ").e(g.rg()[0], "BR_RG")
        doc.t("\n")
    doc.f("\nRenda familiar total: «rt»   Renda per capita: «rpc»\nProgramas: «prog»\n"
          "Observações do entrevistador: «obs»\n\nEntrevistador«ex»: «en»   Responsável pelo cadastramento: «sn»\n"
          "Declaro que as informações são verdadeiras (art. 299 do Código Penal). Assinatura do RF: «rs»\n",
          rt=g.money(0, 2500), rpc=g.money(0, 700),
          prog=g.pick(["Bolsa Família (benefício de " + g.money(600, 1200) + ")", "BPC (avó)", "Tarifa Social de Energia", "Pé-de-Meia"]),
          obs=g.pick(["Família em situação de rua até março; hoje em aluguel social.", "RF informou que o ex-companheiro não reside no domicílio.",
                      "Criança com deficiência (CID F84.0) — encaminhar ao CREAS.", "Visita domiciliar realizada; domicílio de madeira, 2 cômodos.",
                      "Nada a observar."]),
          ex=gw(ent, "", "a"), en=P(ent.full), sn=P(g.pick([sup.full, sup.initials])), rs=P(rf.full))
    return doc


def fi_fgts(g: Gen) -> Doc:
    """FGTS withdrawal request at the bank (serious illness, retirement or disaster)."""
    doc = Doc(g)
    c, uf = g.city()
    w = g.person()
    att = g.person()
    kind = g.pick(["doenca", "calamidade", "aposentadoria"])
    firms = g.sample(FIRMS, 2)
    doc.f("CAIXA — FUNDO DE GARANTIA DO TEMPO DE SERVIÇO\nSOLICITAÇÃO DE SAQUE DO FGTS — Protocolo «prot»\n\n"
          "TRABALHADOR: «wn»\nPIS/PASEP/NIT: «pis»   CPF: «cpf»   Data de nascimento: «dob»\n"
          "Endereço: «addr», «c»/«uf» — CEP «cep»   Celular: «ph»\n\n"
          "CONTAS VINCULADAS SELECIONADAS:\n",
          prot=g.protocol(), wn=P(w.caps), pis=L(g.pis(), "BR_PIS"), cpf=L(g.cpf(), "BR_CPF"),
          dob=L(g.dob(1955, 2000, "br"), "DATE_OF_BIRTH"), addr=L(g.address(), "ADDRESS"), c=c, uf=uf,
          cep=L(g.cep(), "BR_CEP"), ph=L(g.phone(), "PHONE_NUMBER"))
    for f in firms:
        doc.t(f"- Empregador: {f.upper()} — CNPJ ").e(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ").t(f" — admissão {g.date(g.ri(2005, 2022), 'br')} — saldo {g.money(300, 30000)}\n")
    if kind == "doenca":
        dep = g.relative(w, child=g.chance(0.6))
        dr = g.person()
        doc.f("\nMODALIDADE: código 80 — doença grave (art. 20, XI/XIII/XIV, da Lei nº 8.036/1990)\n"
              "Portador«dx» da doença: «dn», «rel» do trabalhador⟦, nascid«do» em «dd»⟧\n"
              "Atestado: «drt» «drn», «crm» — CID «cid», estágio clínico «est», emitido em «de»\n",
              dx=gw(dep, "", "a"), dn=P(dep.full), rel=g.pick(["dependente (filho/a)", "cônjuge", "o próprio"]), do=dep.o,
              dd=L(g.dob(1960, 2020, "br"), "DATE_OF_BIRTH"), drt=dr.dr, drn=P(dr.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"),
              cid=g.pick(["C50.9", "C61", "B20", "C91.0"]), est=g.pick(["II", "III", "sintomático"]), de=g.date(fmt="br"))
    elif kind == "calamidade":
        doc.f("\nMODALIDADE: código 88 — necessidade pessoal, urgente e grave, decorrente de desastre natural (Portaria "
              "MIDR nº «port», município em situação de emergência). Limite: R$ 6.220,00.\nComprovante de residência em nome de "
              "«cn» («rel»), com declaração de coabitação.\n",
              port=f"{g.ri(100, 3000)}/2025", cn=P(g.relative(w).full), rel=g.pick(["mãe", "sogra", "cônjuge", "locador"]))
    else:
        doc.f("\nMODALIDADE: código 05 — aposentadoria (carta de concessão do INSS, NB «nb», DIB «dib»).\n",
              nb=g.nb(), dib=g.date(fmt="br"))
    doc.t("\nCRÉDITO: ")
    k = g.rng.random()
    if k < 0.35:
        doc.t("conta Poupança Social Digital (CAIXA Tem) vinculada ao CPF do trabalhador")
    else:
        doc.t(g.pick(["conta poupança CAIXA (op. 1288), agência ", "conta corrente em outro banco (" + g.pick(["001", "237", "341", "756"]) + "), agência "]))
        doc.e(g.agency(), "BANK_ACCOUNT").t(", conta ").e(g.account(), "BANK_ACCOUNT")
        doc.t(", de titularidade do trabalhador")
    doc.f("\n\nDeclaro, sob as penas da lei, a veracidade das informações.\n"
          "«c», «d».  Assinatura: «ws»\nAtendente: «an» — matrícula C«am» — agência «ag»\n",
          c=c, d=g.date(fmt="br"), ws=P(w.full), an=P(att.full), am=g.d(6), ag=g.pick(["Centro", "Praça da Paz", "Av. Leão XIII", "Vitória Régia"]))
    return doc


def fi_lien_release(g: Gen) -> Doc:
    """Lien-release letter (baixa de gravame) for a financed vehicle."""
    doc = Doc(g)
    c, uf = g.city()
    deb = g.person()
    mgr, buyer = g.person(), g.person()
    fin = g.pick(["BANCO PAZ FINANCIAMENTOS S.A.", "VITÓRIA CRÉDITO, FINANCIAMENTO E INVESTIMENTO S.A.",
                  "LEÃO FINANCEIRA S.A.", "SANTA CRUZ CFI S.A.", "COOPERATIVA DE CRÉDITO BENTO GONÇALVES"])
    alnum = g.chance(0.35)
    doc.f("«fin» — CNPJ «fc»\nCARTA DE QUITAÇÃO E AUTORIZAÇÃO DE BAIXA DE GRAVAME\n\n«c», «d».\n\n"
          "Ao DETRAN-«uf»\nRef.: Contrato de financiamento (CDC) nº «ct» — alienação fiduciária\n\n"
          "Declaramos, para os devidos fins, que «dn», CPF «dcpf», residente na «addr», «bai», «c»/«uf», CEP «cep», "
          "liquidou integralmente em «dq» o contrato acima, referente ao veículo:\n\n"
          "Marca/Modelo/Ano: «car»   Cor: «cor»\nPlaca: «pl»   RENAVAM: «ren»   Chassi: «ch»\n\n"
          "Em consequência, foi comandada a baixa do gravame no Sistema Nacional de Gravames (SNG — B3) em «db», "
          "protocolo «prot». Nada mais sendo devido, damos plena, geral e irrevogável quitação.\n\n",
          fin=fin, fc=L(g.cnpj(alnum=alnum), "BR_CNPJ"), c=c, d=g.date(fmt="written"), uf=uf, ct=g.d(12),
          dn=P(deb.full if g.chance(0.5) else deb.caps), dcpf=L(g.cpf(), "BR_CPF"), addr=L(g.address(), "ADDRESS"),
          bai=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), dq=g.date(fmt="br"), car=g.pick(CARS),
          cor=g.pick(["branca", "prata", "vermelha", "preta", "cinza"]), pl=L(g.plate(), "LICENSE_PLATE"), ren=g.renavam(),
          ch=f"9{g.pick(['BW', 'BD', 'BG', 'C2'])}{g.pick('ASZKH')}{g.d(5)}{g.pick('PTRL')}{g.d(6)}", db=g.date(fmt="br"), prot=g.d(10))
    doc.f("Pagamento final: «m», via Pix a partir da conta d«o» devedor«x» (agência «ag», conta «acc»).\n"
          "⟦Observação: o veículo foi vendido após a quitação a «bn», CPF «bc»; a transferência deve ser feita pel«bo» "
          "comprador«bx» diretamente no DETRAN, com o CRV assinado e firma reconhecida no Cartório Paz.\n⟧"
          "A transferência de propriedade e a emissão do novo CRLV-e são de responsabilidade do proprietário.\n\n"
          "Atenciosamente,\n«mn»\n«car2» — «unit»\n",
          m=g.money(400, 9000), o=deb.o, x=gw(deb, "", "a"), ag=L(g.agency(), "BANK_ACCOUNT"), acc=L(g.account(), "BANK_ACCOUNT"),
          bn=P(buyer.full), bc=L(g.cpf(), "BR_CPF"), bo=buyer.o, bx=gw(buyer, "", "a"), mn=P(mgr.full),
          car2=g.pick(["Gerente de Retaguarda", "Coordenador(a) de Cobrança", "Superintendente de Crédito"]),
          unit=g.pick(["Central de Liquidação", "Agência Praça da Paz", "Unidade Vitória"]))
    if g.chance(0.4):
        dealer = g.pick(["BENTO QUARESMA COMÉRCIO DE VEÍCULOS LTDA", "AUTO CENTER LEÃO DO NORTE LTDA", "PRUDENTE MOTOS LTDA"])
        doc.f("Loja de origem do financiamento: «dl», CNPJ «dc»; vendedor«vx»: «vn».\n",
              dl=dealer, dc=L(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), vx=gw((v := g.person()), "", "a"), vn=P(v.full))
    return doc


TEMPLATES = {
    "atendimento": [at_procon_fine, at_aprovados, at_detran_nai, at_birth_cert, at_death_cert, at_id_request, at_banns],
    "juridico": [ju_do_portarias, ju_do_licitacao, ju_auction, ju_labour_settlement, ju_cnh_suspension,
                 ju_tutelary_council, ju_summons_edict],
    "saude": [sa_referral, sa_controlled_rx, sa_pharmacy_register, sa_dnv, sa_tfd, sa_visa_notice, sa_lme],
    "financeiro": [fi_kyc, fi_inss_letter, fi_ecac, fi_consortium_transfer, fi_cadunico, fi_fgts, fi_lien_release],
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
            assert not re.match(r"(Sr|Sra|Dr|Dra|Dona|Seu)\.?\s", v), (record["id"], v)
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
    with (HERE / "seventeenth.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    total = sum(counts.values())
    print("seventeenth", len(records), "records,", total, "gold spans")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<18} {v:>5}  {100 * v / total:5.1f}%")


if __name__ == "__main__":
    main()
