"""Build the fifty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fiftyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 5151,
280 records: 7 templates per domain, 10 copies each.

Register: families, children and family courts -- the paperwork around small children and
the families that care for them, as it passes through municipal education, social assistance,
family courts, health units and the money side of child support.
Templates (index in the record id = position in the list):
- atendimento: a CMEI (municipal daycare) waiting-list export (CSV, guardians, children's birth
  dates and CNS, NIS), a preschool enrolment form (filiation, people authorised to pick the child
  up, school van), a WhatsApp chat between a mother and a CMEI office, a Conselho Tutelar intake
  record (Disque 100 protocol, ECA articles), a school-transport contract (driver's CNH, van
  plate, random Pix key), a CRAS/PAEFI home-visit report by a social worker with the family
  composition table, an e-mail thread with the 156 municipal service about a CMEI transfer.
- juridico: a petition for child support (ação de alimentos, employer CNPJ, deposit account),
  an enforcement of child support under art. 528 CPC (arrears table, citation by WhatsApp), a
  CEJUSC family-mediation minute (shared custody, visitation calendar), a consensual divorce
  settlement (property split: flat, car, savings), a paternity DNA test report (STR loci), an
  adoption-qualification psychosocial study (habilitação para adoção), a PIA / report of an
  institutional-care service for the concentrated hearing (acolhimento institucional).
- saude: a prenatal consultation note attached to an "alimentos gravídicos" case, a paediatric
  report for a custody case, a maternity discharge summary of a newborn (RN de ...), a CMEI/UBS
  vaccination active-search list, a court psychologist's custody report (parental alienation,
  Lei 12.318/2010), a newborn-screening recall call log, a SINAN notification of violence
  against a child.
- financeiro: a bank statement of child-support Pix receipts, a payroll-deduction order to an
  employer and HR's reply, the school-van driver's monthly billing sheet, a private daycare
  tuition renegotiation with card and e-signature log, a court accountant's arrears calculation,
  a CadÚnico / Bolsa Família family summary, a judicial-deposit release (alvará) with portal log.

Conventions (the twentieth set's; new decisions are marked NEW):
PERSON covers the name only, never "Sr.", "Sra.", "Dra.", "dona", "seu", "tio/tia" (school-van
and daycare forms of address) nor "RN de" (the newborn's provisional name "RN de Maria X": only
the mother's name is a span); particles inside a name are part of it; "SURNAME, Given" is one
span; nicknames ("Zefinha", "Tião", "van do tio Chico" -> "Chico") and first names alone are persons; children
named in full or by first name are persons. NEW: bare initials used for minors in court papers
("K.S.O.") are not labelled. Staff named in the text (secretaries, conselheiras tutelares,
social workers, judges, mediators, lawyers, doctors, nurses, HR analysts) are persons; system
logins and bots are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes
(matriculas@, rh@, pediatria@, naoresponda@) are not. ADDRESS is street type + name + number + complement; city,
bairro and UF are not; CEP is BR_CEP; a company's, school's, court's or unit's address is not
labelled (the family's home, a driver's or grandmother's home and the flat being split in a
divorce are). Agency and account are separate BANK_ACCOUNT spans; bank codes, judicial-deposit
account ids and boleto lines are not. DATE_OF_BIRTH only for birth dates (of adults, children and
newborns); DUM, DPP, hearing, collection, visit, due and payment dates are not. PROFESSIONAL_ID
includes the council acronym and its UF or region: CRM, COREN, OAB, CRP ("CRP 06/123456",
"CRP 11ª Região nº 12345"), CRESS ("CRESS/PR 8.765"), CRBM, CRF and (NEW) the accountants' CRC
("CRC/PR 123456/O-7"); RQE numbers, mediator registrations and Defensoria matrículas are not
labelled. NEW: a CPF used as the login of a court portal is still BR_CPF; other logins are not
labelled. NEW: a WhatsApp export shows an unsaved contact as its number (PHONE_NUMBER) and a
saved one by the name the mother was saved under (PERSON). Addresses in CSV and fixed-width
exports are one ADDRESS span (street, number, complement). NEW: NIS / NIS-PIS / NIT numbers
(same number system and check digit as the PIS) are BR_PIS. PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys
that are a CPF, e-mail or phone take those labels. Masked values, birth-certificate matrícula
numbers, DNV numbers, SNA codes, CadÚnico family codes, protocol, process and contract numbers,
enrolment ids and Pix end-to-end ids are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined children's names
such as Kalleb, Thayló, Rhyana, Ysis, Enzo Gabriel; Italian, German, Japanese, Lebanese, Korean,
Chinese, Haitian, Angolan, Senegalese, Bolivian, Venezuelan, indigenous, Jewish), at least a
quarter of the name words rare or invented; names that are also words (Rosa, Luz, Flor, Bento,
Prudente, Amado, Vitória, Aurora, Branco, Esperança, Céu) used as names and elsewhere as words
("deu à luz", "campo em branco", "seria prudente", "filho amado", "caderneta rosa") or in places
and institutions (CMEI Vitória Régia, Creche Aurora, Presidente Prudente, Bento Gonçalves, Casa
Lar Esperança, Flor do Campo Transportes), which are not persons. Forms: full, ALL CAPS without
accents, lower case (chats), "SURNAME, Given", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check,
ICD-10 codes, money, protocol and ticket numbers, DNV and certidão numbers, STR allele values,
salary-minimum percentages, company and school names containing surnames, streets honouring
people when named as places ("na Barão de Mauá"), laws (Lei 5.478/1968, Lei 8.069/1990, art.
528 do CPC), dates that are not birth dates.
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
SEED = 5151
OUT = HERE / "fiftyfirst.jsonl"

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
        return None
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
MON3 = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Priscila", "Tatiane", "Simone",
        "Adriana", "Cristiane", "Luciana", "Mariana", "Débora", "Larissa", "Gabriela", "Letícia", "Beatriz",
        "Maria Eduarda", "Maria Clara", "Sandra", "Cláudia", "Rosângela", "Elaine", "Viviane", "Kelly",
        "Daniele", "Raquel", "Sabrina", "Jaqueline", "Francisca", "Antônia", "Manuela", "Heloísa", "Valentina"]
RARE_F = ["Rhyana", "Ysis", "Kemilly", "Adrielly", "Naara", "Ayra", "Eloá", "Maitê Sofia", "Jhennyfer",
          "Thauany", "Kettlen", "Lauanny", "Erivânia", "Gleiciane", "Josefa Neide", "Marinalva", "Cleonice",
          "Edinalva", "Lucivânia", "Rosilda", "Zenaide", "Anatália", "Dijanira", "Euzébia", "Iraci",
          "Jovelina", "Leonídia", "Nilzete", "Odete Sirley", "Quitéria", "Sebastiana", "Terezinha",
          "Vanusa", "Wilsilene", "Ytala", "Dhara", "Hellen Kauany", "Rayane Vitória"]
PT_M = ["Rafael", "Bruno", "Gustavo", "Rodrigo", "Thiago", "Diego", "Leandro", "Ricardo", "Fábio", "Márcio",
        "Anderson", "Eduardo", "Gabriel", "Lucas", "Matheus", "João Pedro", "João Miguel", "Arthur", "Miguel",
        "Heitor", "Bernardo", "Antônio", "José Carlos", "Francisco", "Roberto", "Sebastião", "Vinícius",
        "Daniel", "Luan", "Murilo", "Enzo Gabriel", "Davi Lucca"]
RARE_M = ["Kalleb", "Thayló", "Zayon", "Kaionã", "Wyllyam", "Ruan Pablo", "Brayan", "Kauê", "Ryan Lucas",
          "Anthony Gabriel", "Jhonatan", "Deivid", "Elienai", "Adailton", "Cosme", "Damião", "Edivaldo",
          "Francinaldo", "Gedeão", "Irineu", "Jucelino", "Lindoval", "Manassés", "Nonato", "Orlando Ivo",
          "Raimundo Nonato", "Salustiano", "Tibúrcio", "Ubirajara", "Valdomiro", "Weverton", "Zenildo",
          "Arisvaldo", "Cleiton", "Isaías", "Josué"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Barros", "Freire", "Moreira", "Pires", "Batista", "Fonseca", "Siqueira", "Tavares", "Medeiros",
          "Cunha", "Miranda", "Farias", "Sales", "Brito", "Leite", "Xavier", "Conceição", "Matos", "Aguiar",
          "Guimarães", "Vasconcelos", "Melo"]
RARE_SUR = ["Gondim", "Arruda Câmara", "Bezerril", "Cabral de Mello", "Dantas Vilar", "Espíndola", "Feitosa",
            "Gurgel", "Ibiapina", "Jatobá", "Lustosa", "Magalhães Bastos", "Nóbrega", "Pacheco Brandão",
            "Quaresma", "Remígio", "Sampaio Tourinho", "Tabosa", "Uchôa", "Valadares", "Wanderley",
            "Ximenes", "Zaidan", "Alcoforado", "Borba", "Coutinho Leal", "Delmondes", "Esmeraldo",
            "Figueiredo Neves", "Garrido", "Hollanda", "Jucá", "Lobão", "Mourão", "Nepomuceno", "Pessoa Cavalcante",
            "Rosado", "Saboia", "Torquato", "Viana Filgueira"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Céu"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Fiel", "Leão"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Aurora", "Cordeiro",
            "Pinheiro", "Coelho", "Raposo", "Pereira"]
NICK = {"Francisca": "Chica", "Antônia": "Toinha", "Maria Eduarda": "Duda", "Maria Clara": "Clarinha",
        "José Carlos": "Zé Carlos", "Raimundo Nonato": "Nonatinho", "Sebastião": "Tião", "Francisco": "Chico",
        "Terezinha": "Tê", "Quitéria": "Quita", "Josefa Neide": "Zefinha", "Antônio": "Toninho",
        "João Pedro": "JP", "Enzo Gabriel": "Enzinho", "Rosângela": "Zanza", "Sebastiana": "Tiana",
        "Damião": "Dami", "Edinalva": "Nalva", "Heloísa": "Helô", "Valentina": "Tina", "Cosme": "Cosminho",
        "Gabriela": "Gabi", "Larissa": "Lari", "Roberto": "Beto", "Eduardo": "Dudu", "Luciana": "Lu"}
FOREIGN = {
    "it": (["Giovanna", "Pierina", "Loredana"], ["Enrico", "Giuseppe", "Vittorio"],
           ["Tomasi", "Zanella", "De Marchi", "Bortolini", "Pegoraro", "Scarpelli"]),
    "de": (["Hildegard", "Ingrid", "Elke"], ["Egon", "Reinaldo Kurt", "Gunther"],
           ["Schmitt", "Wachholz", "Kuhn", "Ehlert", "Reichert", "Zimmermann"]),
    "jp": (["Akemi", "Yumi", "Keiko"], ["Tadashi", "Minoru", "Yukio"],
           ["Nakamura", "Higa", "Shimabukuro", "Taniguchi", "Okada", "Miyagi"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jorge Habib", "Salim", "Tufi"],
           ["Rahal", "Kassab", "Chamma", "Saad", "Jabur", "Daher"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Lian"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Fabiola", "Nadège", "Wideline"], ["Jean-Robert", "Wisner", "Dieunel"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintilus", "Fils-Aimé", "Dorélien"]),
    "ao": (["Ndalu", "Welwitchia", "Isabel Kianda"], ["Nzinga Mateus", "Kalunga", "Osvaldo Ngola"],
           ["Muanza", "Kapinga", "Ngunza", "Sapalo"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Modou", "Pape"], ["Diallo", "Mbaye", "Sarr", "Faye"]),
    "bo": (["Ruth Nelly", "Benedicta", "Gladys"], ["Teodoro", "Vidal", "Wálter"],
           ["Mamani", "Condori", "Choque", "Quispe", "Huanca"]),
    "ve": (["Yusleidy", "Marielis", "Yorgelis"], ["Yorbis", "Deivis", "Jesús Alberto"],
           ["Rondón", "Carrasquel", "Uzcátegui", "Briceño"]),
    "in": (["Potira", "Yacira", "Moema"], ["Raoni", "Kaiabi", "Tainã"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Ester", "Sara", "Miriam"], ["Moisés", "Natan", "Davi"], ["Feldman", "Goldstein", "Rosenthal", "Szajman"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "ve", "in", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Higa", "Shimabukuro", "Wachholz", "Ehlert", "Pegoraro", "Szajman", "Jabur", "Chamma", "Kassab"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Silva", "Rosa", "Luz", "Vitória", "Conceição", "Cunha", "Rocha", "Fonseca", "Nóbrega", "Aurora"}
DO_SUR = {"Nascimento", "Carmo", "Espírito Santo"}
DOS_SUR = {"Santos", "Anjos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "14", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "84", "85", "87", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila",
                "Praça", "Rodovia", "Servidão", "Passagem"]
STREET_NAMES = ["Barão de Mauá", "Rosa dos Ventos", "Bento de Abreu", "da Esperança", "Vitória Régia",
                "Professora Aurora Gondim", "Flor do Campo", "Prudente de Morais", "Sete de Setembro",
                "dos Ipês", "Doutor Amado Bezerril", "Marechal Deodoro", "Tiradentes", "Padre Cícero",
                "Irmã Dulce", "Chico Mendes", "Dona Quitéria Tabosa", "Luz do Sol", "Ceará-Mirim",
                "Castro Alves", "Zumbi dos Palmares", "Vereador Salustiano Jucá", "das Margaridas",
                "Anita Garibaldi", "Mãe Menininha", "Tenente Jatobá", "Cruz e Souza", "das Crianças",
                "Monteiro Lobato", "Cecília Meireles", "Jardim Branco", "Treze de Maio", "Presidente Vargas"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória de Santo Antão", "PE"),
          ("Aurora do Pará", "PA"), ("Rio Branco", "AC"), ("Luz", "MG"), ("Campina Grande", "PB"), ("Caruaru", "PE"),
          ("Feira de Santana", "BA"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Cascavel", "PR"),
          ("Ponta Grossa", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Caxias do Sul", "RS"), ("Santa Maria", "RS"),
          ("Sorocaba", "SP"), ("Bauru", "SP"), ("Franca", "SP"), ("Campos dos Goytacazes", "RJ"), ("Volta Redonda", "RJ"),
          ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Anápolis", "GO"), ("Cuiabá", "MT"),
          ("Teresina", "PI"), ("Arapiraca", "AL"), ("Porto Velho", "RO"), ("Cachoeiro de Itapemirim", "ES"),
          ("Juazeiro do Norte", "CE"), ("Vitória da Conquista", "BA")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC"]
BAIRROS = ["Jardim Aurora", "Vila Esperança", "Centro", "Conjunto Habitacional Flor de Lis", "Parque Prudente",
           "Vila Bento", "Jardim das Rosas", "Cohab II", "Morada do Sol", "Alto Branco", "Jardim Vitória",
           "Residencial Luz do Vale", "Vila Nova", "Santa Cruz", "Loteamento Céu Azul"]
CMEIS = ["CMEI Vitória Régia", "CMEI Pequeno Príncipe", "Creche Aurora", "CMEI Professora Rosa Gondim",
         "CEI Flor do Ipê", "CMEI Menino Jesus", "CMEI Bento XVI", "Creche Municipal Esperança", "CMEI Sonho Meu",
         "CMEI Tia Quitéria", "EMEI Monteiro Lobato", "CMEI Castelinho Encantado"]
COMPANIES = ["Kassab Distribuidora Ltda", "Transportes Feitosa & Filhos", "Supermercados Prudente", "Frigorífico Bento Alves S.A.",
             "Padaria Rosa Branca", "Zanella Móveis Ltda", "Construtora Nóbrega Engenharia", "Higa Hortifruti ME",
             "Auto Posto Luz Divina", "Confecções Amado & Saboia", "Atacadão Gurgel", "Metalúrgica Schmitt S.A.",
             "Clínica Vitória Saúde", "Farmácia Esperança"]
CIDS = ["F90.0", "F84.0", "J45.9", "Z34.0", "O24.4", "O13", "T74.1", "Y07.1", "Z63.5", "F43.2", "L20.9", "E66.9",
        "R62.0", "Z00.1", "F93.0", "H66.9", "J06.9", "K59.0", "D50.9", "Q90.9", "P07.3", "Z59.0"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "João ", "Jean-")) else self.given

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
        return self.full.lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inv_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def bare(self) -> str:
        """'K.S.O.': bare initials (not labelled)."""
        return "".join(w[0].upper() + "." for w in fold(self.full).replace("-", " ").split() if w.lower() not in PARTICLES)

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def nf(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "inv_title": p.inv_title, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": p.first.lower(), "capsshort": fold(p.short).upper(), "lowshort": p.short.lower()}[form]


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

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               child: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.1:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < (0.55 if child else 0.4):
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + WORD_M).split()[0]
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
            if not female and not child and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.35 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.45:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def child_of(self, mother: Person, father: Person | None = None, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt", child=True)
        if self.chance(0.15):
            p = self.person(female=female, child=True)
        sur = [mother.last]
        if father is not None and father.last != mother.last:
            sur.append(father.last)
        return Person(p.given, sur, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(80, 99)}", f"{f}{l[:4]}", f"mae.{f}", f"{f}{self.ri(1, 31)}{l[:2]}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
        return f"{user}@{domain}"

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}"]) + "@" + domain

    def login(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f[0]}{l}", f"{f}.{l[:3]}", f"{l}{f[0]}{self.d(2)}"])

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            b = self.alnum(8) + self.pick(["0001", "0001", "A001", "0C01"])
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
        style = style or self.pick(["dot", "raw", "raw"])
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.85) if dash is None else dash
        if dash and self.chance(0.08):
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "wa": f"+55 ({ddd}) {h}-{t}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def e2e(self) -> str:
        return f"E{self.d(8)}{self.date('compact')}{self.d(4)}{self.alnum(11)}"

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.9) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 804)}", f"casa {self.ri(1, 9)}", "fundos",
                          f"bloco {self.pick('ABCDEF')} apto {self.ri(11, 408)}", f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}",
                          "casa dos fundos", f"kitnet {self.ri(1, 12)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return s.lower()
        if style == "spoken":
            s = f"{t} {name} " + ("sem número" if num == "s/n" else f"número {num}") + (f" {comp}" if comp else "")
            return s.lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1972, hi: int = 2004) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None, lo: int = 2019, hi: int = 2024) -> str:
        return self.dob(fmt, lo, hi)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.21", "8.24", "8.06", "8.17", "8.15", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2017, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"{self.d(6)}/{self.rng.randint(2024, 2025)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}", f"COREN-{uf} {n}-ENF"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 24):02d}/{self.d(5)}", f"CRP-{self.ri(1, 24):02d}/{self.d(6)}",
                              f"CRP {self.ri(1, 24):02d}ª Região nº {self.d(5)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS-{uf} {n}", f"CRESS {self.ri(1, 25)}ª Região nº {self.d(4)}"])
        if kind == "CRBM":
            return f"CRBM-{self.rng.randint(1, 6)} {self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "mon": f"{dd:02d}/{MON3[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ";") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """Fixed-width report columns, as printed by legacy municipal systems."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) + 2 for k, c in enumerate(cols)]
    doc.t("".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("-" * (sum(widths) - 2) + "\n")
    for r in rows:
        line_start = len(doc.text)
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            doc.e(v, lab)
            if k < len(r) - 1:
                doc.t(" " * (w - len(v)))
        assert len(doc.text) > line_start
        doc.t("\n")


WORD_USES = ["a ficha veio com o campo de e-mail em branco", "seria prudente aguardar o parecer da nutricionista",
             "a caderneta rosa ficou na mochila", "a mãe deu à luz em março", "filho muito amado pela família",
             "a turma do Jardim Branco mudou de sala", "vitória da família na reunião de pais",
             "flor de papel pro dia das mães", "esperança de conseguir vaga ainda este ano"]


def fam(g: Gen) -> tuple[Person, Person, list[Person]]:
    """A mother, a father and one to three children carrying their surnames."""
    m = g.person(female=True)
    f = g.person(female=False)
    kids = [g.child_of(m, f) for _ in range(g.pick([1, 1, 2, 2, 3]))]
    return m, f, kids


# =========================================================================== atendimento


def at_fila(g: Gen) -> Doc:
    """CMEI waiting-list export (CSV with ';') from the municipal education system."""
    doc = Doc()
    city, uf = g.city()
    who = g.person()
    doc.f("SME «c»/«u» - Central de Vagas da Educação Infantil\nRelatório: fila_espera_berçario_maternal.csv "
          "(gerado em «d» «h» por «lg»)\nFiltro: região «r» | situação = AGUARDANDO | ordenação: pontuação desc, data inscrição asc\n\n",
          c=city, u=uf, d=g.date(), h=g.hm(), lg=g.login(who), r=g.pick(["Norte", "Sul", "Leste", "Oeste", "Centro-Sul"]))
    cols = ["pos", "inscricao", "crianca", "dt_nasc", "cns_crianca", "responsavel", "cpf_resp", "nis_resp", "fone",
            "endereco", "bairro", "cep", "pontos", "criterios", "opcao1"]
    rows = []
    for i in range(g.ri(2, 4)):
        m = g.person(female=g.chance(0.85))
        k = g.child_of(m)
        cn = g.pick([k.full, k.caps, k.caps])
        mn = g.pick([m.full, m.caps, m.caps, m.inverted])
        nis = L(g.pis("raw"), "BR_PIS") if g.chance(0.6) else V("")
        crit = g.pick(["BF;MAE_TRAB", "MONOPARENTAL", "MAE_TRAB", "BF;DEFIC", "MEDIDA_PROTETIVA", "BPC", "-"])
        rows.append([V(str(i + 1 + g.ri(0, 40))), V(f"{g.ri(2024, 2025)}{g.d(6)}"), P(cn), L(g.kid_dob("br", 2022, 2025), "DATE_OF_BIRTH"),
                     L(g.cns(False), "BR_CNS") if g.chance(0.8) else V(""), P(mn), L(g.cpf("raw"), "BR_CPF"), nis,
                     L(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"), L(g.address(g.pick(["caps", "text"])), "ADDRESS"),
                     V(g.pick(BAIRROS).upper()), L(g.cep(), "BR_CEP"), V(str(g.ri(10, 95))), V(crit), V(g.pick(CMEIS))])
    table_csv(doc, cols, rows)
    doc.f("\n«n» registros. Legenda critérios: BF = família beneficiária do Bolsa Família; MAE_TRAB = mãe/responsável "
          "trabalhando (comprovante); MONOPARENTAL; DEFIC = criança com deficiência (laudo CID «cid»).\n"
          "Obs. da coordenação («co»): inscrições com CNS em branco foram aceitas, seria prudente conferir na convocação. "
          "Convocações por telefone até «dd»; sem contato em 3 tentativas, vai para o fim da fila (Resolução SME nº «r»/«y»).\n",
          n=len(rows), cid=g.pick(["F84.0", "Q90.9", "G80.9"]), co=P(g.pick([who.full, who.short])), dd=g.date("br"),
          r=g.ri(10, 99), y=g.ri(2019, 2024))
    return doc


def at_matricula(g: Gen) -> Doc:
    """Preschool enrolment form filled in by the school office (ficha de matrícula)."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    city, uf = g.city()
    cm = g.pick(CMEIS)
    doc.f("PREFEITURA MUNICIPAL DE «c» - SECRETARIA DE EDUCAÇÃO\n«cm» — FICHA DE MATRÍCULA «y» (Educação Infantil)\n"
          "Nº matrícula: «mt»   Turma: «tu»   Turno: «tn»\n\n1. DADOS DA CRIANÇA\nNome: «kn»\nData de nascimento: «kd»   Sexo: «sx»   Cor/raça: «cr»\n"
          "Naturalidade: «nat»   Certidão de nascimento (matrícula): «cert»\nCartão SUS: «cns»\n",
          c=fold(city).upper(), cm=cm, y=g.ri(2025, 2026), mt=f"{g.ri(2025, 2026)}.{g.d(5)}",
          tu=g.pick(["Berçário II", "Maternal I", "Maternal II", "Pré I", "Pré II"]), tn=g.pick(["Integral", "Matutino", "Vespertino"]),
          kn=P(g.pick([k.full, k.caps])), kd=L(g.kid_dob(), "DATE_OF_BIRTH"), sx="F" if k.female else "M",
          cr=g.pick(["parda", "branca", "preta", "amarela", "indígena", "não declarada"]), nat=f"{g.city()[0]}/{uf}",
          cert=f"{g.d(6)} {g.d(2)} {g.d(2)} {g.ri(2019, 2024)} {g.d(1)} {g.d(5)} {g.d(3)} {g.d(7)} {g.d(2)}",
          cns=L(g.cns(), "BR_CNS"))
    doc.f("\n2. FILIAÇÃO / RESPONSÁVEIS\nMãe: «mn»   CPF: «mc»   RG: «mr»   NIS: «mnis»\nProfissão: «mp»   Local de trabalho: «lt»\n"
          "Celular/WhatsApp: «mt»   E-mail: «me»\n",
          mn=P(m.full), mc=L(g.cpf(), "BR_CPF"), mr=L(g.rg(), "BR_RG"), mnis=L(g.pis(), "BR_PIS") if g.chance(0.6) else V("não possui"),
          mp=g.pick(["auxiliar de limpeza", "operadora de caixa", "técnica de enfermagem", "autônoma", "do lar", "costureira", "professora"]),
          lt=g.pick(COMPANIES), mt=L(g.phone(), "PHONE_NUMBER"), me=L(g.email(m), "EMAIL_ADDRESS"))
    if g.chance(0.75):
        doc.f("Pai: «fn»   CPF: «fc»   Celular: «ft»\n", fn=P(g.pick([f.full, f.caps])), fc=L(g.cpf(), "BR_CPF"), ft=L(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("Pai: (não consta na certidão)\n")
    doc.f("Guarda: «gu»\n\n3. ENDEREÇO\n«ad» — Bairro «b» — CEP «cep» — «c»/«u»\nPonto de referência: «ref»\n",
          gu=g.pick(["mãe", "ambos os genitores", "compartilhada (termo CEJUSC anexo)", "avó materna (termo de guarda provisória)"]),
          ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), c=city, u=uf,
          ref=g.pick(["perto da Padaria Rosa Branca", "em frente à igreja", "atrás do posto de saúde", "portão azul, casa de esquina",
                      "na esquina com a Barão de Mauá", "descendo a Prudente de Morais, depois do mercado"]))
    doc.t("\n4. PESSOAS AUTORIZADAS A BUSCAR A CRIANÇA\n")
    for i in range(g.ri(2, 3)):
        a = g.relative(m) if g.chance(0.6) else g.person()
        doc.f("«i») «an» — «pa» — RG «ar» — tel. «at»\n", i=i + 1, an=P(g.pick([a.full, a.full, a.short])),
              pa=g.pick(["avó", "tia", "vizinha", "madrinha", "irmã (maior de idade)"] if a.female else ["avô", "tio", "vizinho", "padrinho", "padrasto"]),
              ar=L(g.rg(), "BR_RG"), at=L(g.phone(), "PHONE_NUMBER"))
    drv = g.person(female=False)
    r = g.ri(0, 3)
    if r == 0:
        doc.f("Transporte escolar: van do tio «dn», placa «pl»\n", dn=P(drv.nick), pl=L(g.plate(), "LICENSE_PLATE"))
    elif r == 1:
        doc.f("Transporte escolar: «tr»\n", tr=g.pick(["não utiliza", "a pé com a mãe", "ônibus escolar municipal (linha 12)"]))
    else:
        doc.f("Transporte escolar: Flor do Campo Transportes (condutor «dn», CNH «cnh»)\n", dn=P(drv.short), cnh=L(g.cnh(), "BR_CNH"))
    doc.f("\n5. SAÚDE\nAlergias/restrições: «al»   Uso contínuo: «uc»\nPediatra: «dr» («crm»)   "
          "Laudo: «lau»\nVacinas em dia? «vac»\n\nDeclaro serem verdadeiras as informações. «c», «d».\n"
          "Assinatura do responsável: ____________________   Recebido por: «sec» (secretária escolar)\n",
          al=g.pick(["APLV (proteína do leite de vaca)", "nenhuma", "dipirona", "amendoim", "corante vermelho"]),
          uc=g.pick(["não", "salbutamol spray", "risperidona 0,5 mg", "sulfato ferroso"]), dr=P(g.person().full),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), lau=g.pick(["não", f"sim, CID {g.pick(CIDS)}", "em investigação"]),
          vac=g.pick(["sim", "sim (caderneta rosa conferida)", "pendente tríplice viral"]), c=city, d=g.date("long"),
          sec=P(g.person(female=True).full))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp chat export between a mother and the CMEI office (lower-case, typos, abbreviations)."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    cm = g.pick(CMEIS)
    contact = g.pick([m.nick, m.short, m.first, m.full])
    who = L(g.phone(g.pick(["wa", "plus"])), "PHONE_NUMBER") if g.chance(0.5) else P(contact)
    dire = g.person(female=True)
    prof = g.person(female=True)
    d = g.date("short")
    ts = g.times(10, 7 * 3600, 18 * 3600)
    sec = f"{cm} - Secretaria"

    def line(i: int, who: tuple, msg: str, **kw) -> None:
        doc.f(f"[{d} {ts[i]}] «who»: " + msg + "\n", who=who, **kw)

    line(0, who, "bom dia, queria saber da vaga do meu filho q ta na fila desde «mes» kkk" if not k.female else
         "bom dia, queria saber da vaga da minha filha q ta na fila desde «mes»", mes=g.pick(MONTHS))
    line(1, V(sec), "Bom dia mãe! Qual o nome completo da criança e data de nascimento?")
    line(2, who, "«kn» nasceu «kd»", kn=P(g.pick([k.low, k.full, k.low])), kd=L(g.kid_dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(3, V(sec), "Encontrei. Para a convocação precisamos do CPF do responsável e do cartão do SUS dela" if k.female else
         "Encontrei. Para a convocação precisamos do CPF do responsável e do cartão do SUS dele")
    line(4, who, "meu cpf «cpf» e o sus «cns» ta na foto q mandei ontem", cpf=L(g.cpf(g.pick(["raw", "dot", "sp"])), "BR_CPF"),
         cns=L(g.cns(), "BR_CNS"))
    line(5, who, "mudei de endereço tb, agr é «ad» «b»", ad=L(g.address(g.pick(["low", "spoken", "low"])), "ADDRESS"),
         b=g.pick(BAIRROS).lower())
    line(6, V(sec), "Anotado. A diretora «dn» pediu pra senhora trazer comprovante de residência e a declaração do trabalho. "
         "A professora da turma vai ser a «pn».", dn=P(g.pick([dire.first, dire.full])), pn=P(g.pick([prof.first, prof.nick, prof.short])))
    line(7, who, "pode ligar no numero do pai dele tb «ft» o «fn»" if not k.female else "pode ligar no numero do pai dela tb «ft» o «fn»",
         ft=L(g.phone(g.pick(["raw", "plain", "sp", "dash"])), "PHONE_NUMBER"), fn=P(g.pick([f.first.lower(), f.first, f.nick])))
    if g.chance(0.5):
        doc.f(f"[{d} {ts[8]}] «who»: " + "se precisar manda no meu email «em»\n", who=who, em=L(g.email(m), "EMAIL_ADDRESS"))
    line(8, V(sec), g.pick(["Combinado! Horário de atendimento 7h30 às 11h. Protocolo da conversa: «pr»",
                            "Ok mãe. Qualquer dúvida estamos à disposição 🙂 protocolo «pr»"]), pr=g.protocol())
    line(9, who, g.pick(["obg 🙏🙏", "brigada, deus abençoe", "ok vlw", "amem 🙏 esperança de conseguir ainda esse ano"]))
    return doc


def at_conselho(g: Gen) -> Doc:
    """Conselho Tutelar intake record (registro de atendimento) after a Disque 100 report."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    ct = g.person(female=g.chance(0.7))
    avo = g.relative(m, female=True)
    doc.f("CONSELHO TUTELAR DE «c» - «reg»\nREGISTRO DE ATENDIMENTO Nº «n»/«y»     Data: «d»\nOrigem: Disque 100 - protocolo «p»\n"
          "Conselheira(o) de referência: «ct»   Acompanhante: «ct2»\n\n",
          c=fold(city).upper(), reg=g.pick(["REGIÃO I", "REGIÃO NORTE", "UNIDADE CENTRO", "II"]), n=g.d(4), y=g.ri(2024, 2025),
          d=g.date(), p=f"{g.ri(2024, 2025)}{g.d(7)}", ct=P(g.pick([ct.full, ct.caps])), ct2=g.pick(["motorista do CT", "conselheira de plantão", "(sem acompanhante)"]))
    doc.t("CRIANÇA(S)/ADOLESCENTE(S):\n")
    for k in kids:
        doc.f("- «kn», nasc. «kd», «cns», «esc»\n", kn=P(g.pick([k.full, k.caps])), kd=L(g.kid_dob("br", 2013, 2023), "DATE_OF_BIRTH"),
              cns=L(g.cns(), "BR_CNS") if g.chance(0.6) else V("CNS não informado"),
              esc=g.pick([f"matriculad{k.o} no {g.pick(CMEIS)}", "fora da escola", f"EM {g.pick(['Bento de Abreu', 'Castro Alves', 'Irmã Dulce'])}, 2º ano"]))
    doc.f("\nGENITORA: «mn»  DN «md»  CPF «mc»  NIS «nis»  tel. «mt»\nGENITOR: «fn» «fx»\nEndereço da família: «ad», «b», CEP «cep»\n",
          mn=P(m.caps), md=L(g.dob("br"), "DATE_OF_BIRTH"), mc=L(g.cpf(), "BR_CPF"), nis=L(g.pis(), "BR_PIS"), mt=L(g.phone(), "PHONE_NUMBER"), fn=P(f.caps),
          fx=g.pick(["(paradeiro desconhecido)", "(recolhido na Penitenciária Estadual)", "(reside em outro município)"]),
          ad=L(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), cep=L(g.cep(), "BR_CEP"))
    doc.f("\nRELATO: Denúncia anônima informa que as crianças ficam sozinhas durante o dia enquanto a genitora trabalha na "
          "«emp». Em visita no dia «dv», «ctx» foi recebid«cto» pela avó materna, «dona»«an» (tel. «at»), que relatou "
          "que cuida dos netos «quando». «extra»\n\nPROVIDÊNCIAS (art. 136 da Lei 8.069/1990 - ECA):\n"
          "1. Requisição de vaga em CMEI junto à SME (ofício nº «of»/«y»);\n2. Encaminhamento ao CRAS «cras» para inclusão no PAIF;\n"
          "3. Notificação da genitora para comparecer ao CT em «dn» às «h».\n\n«ct» - Conselheir«cto» Tutelar\n",
          emp=g.pick(COMPANIES), dv=g.date(), dona=g.pick(["", "dona "]), an=P(g.pick([avo.full, avo.first, avo.nick])), at=L(g.phone(), "PHONE_NUMBER"),
          quando=g.pick(["quando pode", "à tarde", "só nos fins de semana"]),
          extra=g.pick(["Crianças aparentemente bem cuidadas, casa limpa.", "Observou-se que a menor apresentava lesão no braço (encaminhada à UBS).",
                        "Seria prudente nova visita sem aviso prévio.", "Geladeira vazia; família sem renda desde o mês passado."]),
          of=g.d(3), y=g.ri(2024, 2025), cras=g.pick(["Vila Esperança", "Norte", "Aurora", "Centro"]), dn=g.date(), h=g.hm(),
          ct=P(ct.full), cto=ct.o, ctx="a conselheira" if ct.female else "o conselheiro")
    return doc


def at_transporte(g: Gen) -> Doc:
    """Private school-transport contract between a driver and a guardian."""
    doc = Doc()
    drv = g.person(female=g.chance(0.25))
    m, f, kids = fam(g)
    resp = m if g.chance(0.75) else f
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE TRANSPORTE ESCOLAR Nº «n»/«y»\n\nCONTRATAD«oo»: «dn», brasileir«o», motorista autônom«o», "
          "CPF «dc», CNH nº «cnh» (cat. D, EAR), residente na «da», «c»/«u», alvará municipal de transporte escolar nº «alv», "
          "veículo «vei» placa «pl», telefone «dt».\n\n",
          n=g.d(3), y=g.ri(2025, 2026), o=drv.o, oo=drv.o.upper(), dn=P(drv.caps), dc=L(g.cpf(), "BR_CPF"), cnh=L(g.cnh(), "BR_CNH"),
          da=L(g.address(), "ADDRESS"), c=city, u=uf, alv=f"{g.d(3)}/{g.ri(2020, 2025)}",
          vei=g.pick(["Renault Master Escolar 2019", "Fiat Ducato Minibus 2021", "Mercedes Sprinter 415 2018", "VW Kombi 2013"]),
          pl=L(g.plate(), "LICENSE_PLATE"), dt=L(g.phone(), "PHONE_NUMBER"))
    doc.f("CONTRATANTE: «rn», CPF «rc», RG «rr», residente na «ra», CEP «cep», e-mail «re», celular «rt», "
          "responsável pel«x» alun«x»: ",
          rn=P(resp.caps), rc=L(g.cpf(), "BR_CPF"), rr=L(g.rg(), "BR_RG"), ra=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          re=L(g.email(resp), "EMAIL_ADDRESS"), rt=L(g.phone(), "PHONE_NUMBER"), x="o(a)s" if len(kids) > 1 else kids[0].o)
    for i, k in enumerate(kids):
        doc.f("«kn» (nasc. «kd», «tu»)" + ("; " if i < len(kids) - 1 else ".\n\n"), kn=P(k.full), kd=L(g.kid_dob(), "DATE_OF_BIRTH"),
              tu=g.pick(["Pré II", "1º ano", "Maternal II", "3º ano"]))
    esc = g.pick(["Colégio Amado Bezerril", "EMEF Presidente Prudente", "Escola Bento de Abreu", "CMEI Vitória Régia", "Colégio Aurora"])
    doc.f("CLÁUSULA 1ª - O CONTRATADO transportará o(s) aluno(s) da residência até o «esc», turno «tn», de «m1» a «m2» de «y».\n"
          "CLÁUSULA 2ª - Valor mensal de R$ «v», vencimento todo dia «dv», por Pix para a chave aleatória «pix» "
          "(titular «tn2») ou depósito no banco «bc», ag. «ag», c/c «cc». Atraso: multa de 2% e juros de 1% a.m.\n"
          "CLÁUSULA 3ª - Só poderão receber o(s) aluno(s) na volta: o(a) CONTRATANTE e «au» (tel. «at»).\n"
          "CLÁUSULA 4ª - Fica eleito o foro da Comarca de «c»/«u».\n\n«c», «d».\n\n_______________ CONTRATADO\n_______________ CONTRATANTE\n"
          "Testemunhas: 1) «t1» CPF «t1c»   2) «t2» CPF «t2c»\n",
          esc=esc, tn=g.pick(["manhã", "tarde", "integral"]), m1=g.pick(["fevereiro", "março"]), m2="dezembro", y=g.ri(2025, 2026),
          v=g.money(180, 650), ve=g.pick(["trezentos e vinte reais", "quatrocentos e cinquenta reais", "duzentos e noventa reais"]),
          dv=g.pick([5, 10, 15]), pix=L(g.uuid(), "PIX_KEY"), tn2=P(drv.full), bc=g.pick(["001", "104", "237", "341", "077", "260", "756"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), au=P(g.relative(m).full), at=L(g.phone(), "PHONE_NUMBER"),
          c=city, u=uf, d=g.date("long"), t1=P(g.person().full), t1c=L(g.cpf(), "BR_CPF"),
          t2=P(g.person().full), t2c=L(g.cpf(), "BR_CPF"))
    return doc


def at_visita(g: Gen) -> Doc:
    """CRAS / PAEFI home-visit report by a social worker, with the family composition table."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    tec = g.person(female=g.chance(0.8))
    psi = g.person()
    doc.f("«unit» - «c»/«u»\nRELATÓRIO DE VISITA DOMICILIAR\nReferência: «ref»   Data da visita: «d»   Código familiar CadÚnico: «cf»\n"
          "Técnica(o) responsável: «tn» - Assistente Social - «cr»\nAcompanhou: «pn» (psicólog«po», «crp»)\n\n",
          unit=g.pick(["CRAS VILA ESPERANÇA", "CREAS - PAEFI", "CRAS AURORA", "CRAS NORTE - PROTEÇÃO SOCIAL BÁSICA"]), c=city, u=uf,
          ref=g.pick([f"Ofício CT nº {g.d(3)}/{g.ri(2024, 2025)}", f"processo {g.cnj()}", "demanda espontânea", f"Of. {g.d(2)}/2025 - Vara da Infância"]),
          d=g.date(), cf=g.neg(11), tn=P(tec.full), cr=L(g.council("CRESS", uf), "PROFESSIONAL_ID"), pn=P(psi.full), po=psi.o,
          crp=L(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f("Endereço visitado: «ad» - «b» - CEP «cep»\nTelefones de contato: «t1» / «t2» (recado, vizinha)\n\nCOMPOSIÇÃO FAMILIAR\n",
          ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), t1=L(g.phone(), "PHONE_NUMBER"),
          t2=L(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    rows = [[P(m.full), V("RF (responsável familiar)"), L(g.dob("br"), "DATE_OF_BIRTH"), L(g.pis("raw"), "BR_PIS"),
             V(g.pick(["fund. incompleto", "médio completo", "médio incompleto"])), V("R$ " + g.money(0, 1800))]]
    if g.chance(0.5):
        rows.append([P(f.full), V(g.pick(["companheiro", "cônjuge"])), L(g.dob("br"), "DATE_OF_BIRTH"), L(g.pis("raw"), "BR_PIS") if g.chance(0.6) else V("-"),
                     V("fund. completo"), V("R$ " + g.money(0, 2500))])
    for k in kids:
        rows.append([P(k.full), V("filh" + k.o), L(g.kid_dob("br", 2014, 2024), "DATE_OF_BIRTH"),
                     L(g.pis("raw"), "BR_PIS") if g.chance(0.35) else V("-"), V(g.pick(["CMEI", "não frequenta", "EF 1º ano", "creche"])), V("-")])
    table_md(doc, ["Nome", "Parentesco", "Nascimento", "NIS", "Escolaridade", "Renda"], rows)
    kid = kids[0]
    doc.f("\nOBSERVAÇÕES: Casa de alvenaria, «cm» cômodos, abastecida por «ag». A Sra. «mf» relata que o genitor «fs» "
          "não paga pensão desde «ms» e que a ação de alimentos (processo «pr») aguarda audiência no CEJUSC. "
          "«kf» apresenta atraso na fala segundo a professora; «wu». A família recebe Bolsa Família (R$ «bf»).\n\n"
          "ENCAMINHAMENTOS: Defensoria Pública; UBS para avaliação fonoaudiológica da criança; inclusão em lista do CMEI.\n\n"
          "Assinado: «cr»\n",
          cm=g.ri(2, 5), ag=g.pick(["rede pública", "poço", "ligação irregular"]), mf=P(m.first), fs=P(g.pick([f.full, f.first])),
          ms=g.pick(MONTHS), pr=g.cnj(), kf=P(kid.first), wu=g.pick(WORD_USES), bf=g.money(600, 1100), tn=P(tec.full),
          cr=L(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def at_156(g: Gen) -> Doc:
    """E-mail thread with the 156 municipal service about a transfer between CMEIs."""
    doc = Doc()
    m, f, kids = fam(g)
    resp = f if g.chance(0.5) else m
    k = kids[0]
    att = g.person()
    sup = g.person(female=True)
    city, uf = g.city()
    dom = g.pick(["educacao.pmxx.gov.br", "sme.prefeitura.gov.br", "edu.municipio.gov.br"])
    doc.f("De: «rn» <«re»>\nPara: matriculas@«dom»\nAssunto: Re: Protocolo 156 nº «p» - transferência de CMEI\nData: «d» «h»\n\n"
          "Boa tarde,\n\nSou «pa» d«ko» «kn» (DN «kd»), hoje matriculad«ko» no «c1». Nos mudamos para a «ad» (CEP «cep») e pedi "
          "transferência para o «c2», que fica a duas quadras. Já mandei o comprovante duas vezes. Meu CPF é «cpf», "
          "telefone «t».\n\nAtt,\n«rs»\n\n",
          rn=P(resp.full), re=L(g.email(resp), "EMAIL_ADDRESS"), dom=dom, p=g.protocol(), d=g.date(), h=g.hm(),
          pa="pai" if resp is f else "mãe", ko=k.o, kn=P(k.full), kd=L(g.kid_dob(), "DATE_OF_BIRTH"), c1=g.pick(CMEIS),
          ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), c2=g.pick(CMEIS), cpf=L(g.cpf(), "BR_CPF"), t=L(g.phone(), "PHONE_NUMBER"),
          rs=P(g.pick([resp.first, resp.short, resp.full])))
    doc.f("----- Mensagem original -----\nDe: Central 156 <naoresponda@156.gov.br>\nProtocolo: «p»   Canal: Portal (IP de origem «ip»)\n"
          "Solicitante: «rc»   Documento: «cpfm»   Contato: «rt»\nSituação: ENCAMINHADO À SME - prazo 15 dias úteis\n\n",
          p=g.protocol(), ip=L(g.ip(), "IP_ADDRESS"), rc=P(resp.caps), rt=L(g.phone("raw"), "PHONE_NUMBER"), cpfm=f"***.{g.d(3)}.{g.d(3)}-**")
    doc.f("Prezado(a) munícipe,\n\nSua solicitação foi analisada pela Divisão de Educação Infantil. A transferência depende de vaga na turma "
          "«tu» do «c2»; «kf» foi incluíd«ko» na lista de remanejamento em «dd». Dúvidas com a supervisora «sn» («se») "
          "ou pelo telefone do setor (fixo, ramal «ra»).\n\nAtenciosamente,\n«an»\nAtendente - Central de Vagas SME «c»\n",
          ro=resp.o, sr="Sra." if resp.female else "Sr.", ra=g.d(4), rf=P(resp.last) if g.chance(0.6) else P(resp.full), tu=g.pick(["Maternal II", "Pré I", "Berçário II"]),
          c2=g.pick(CMEIS), kf=P(k.first), ko=k.o, dd=g.date(), sn=P(sup.full), se=L(g.work_email(sup, dom), "EMAIL_ADDRESS"),
          an=P(g.pick([att.full, att.short])), c=city)
    return doc


# =========================================================================== juridico


def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, full: bool = True) -> None:
    """Party qualification of a petition: name, status, CPF, RG, address, CEP, contacts."""
    civ = g.pick(["solteir" + p.o, "divorciad" + p.o, "casad" + p.o, "em união estável"])
    job = g.pick(["auxiliar administrativ" + p.o, "pedreiro" if not p.female else "diarista", "motorista de aplicativo",
                  "vendedor" + ("a" if p.female else ""), "operador" + ("a" if p.female else "") + " de máquinas", "autônom" + p.o,
                  "professor" + ("a" if p.female else ""), "desempregad" + p.o])
    doc.f("«n», brasileir«o», «civ», «job», inscrit«o» no CPF sob o nº «cpf»", n=P(p.caps if caps else p.full), o=p.o, civ=civ, job=job,
          cpf=L(g.cpf(), "BR_CPF"))
    if full:
        c, uf = g.city()
        doc.f(", RG nº «rg» SSP/«uf», residente e domiciliad«o» na «ad», bairro «b», CEP «cep», «c»/«uf»",
              rg=L(g.rg(), "BR_RG"), uf=uf, o=p.o, ad=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
              cep=L(g.cep(), "BR_CEP"), c=c)


def ju_alimentos(g: Gen) -> Doc:
    """Initial petition for child support with payroll deduction and deposit account."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    adv = g.person()
    emp = g.pick(COMPANIES)
    bare = g.chance(0.5)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «c»/«u»\n\n",
          v=g.pick(["1ª", "2ª", "3ª", "__"]), c=fold(city).upper(), u=uf)
    for i, k in enumerate(kids):
        doc.f("«kn», menor impúbere, nascid«o» em «kd»" + (", " if i < len(kids) - 1 else ""),
              kn=P(k.caps) if not bare else V(k.bare), o=k.o, kd=L(g.kid_dob(g.pick(["br", "long"]), 2012, 2024), "DATE_OF_BIRTH"))
    doc.t(", neste ato representad" + ("os" if len(kids) > 1 else kids[0].o) + " por sua genitora ")
    qualif(g, doc, m)
    doc.f(", e-mail «e», telefone «t», por seu advogado que esta subscreve (procuração anexa), vêm propor\n\n"
          "AÇÃO DE ALIMENTOS\ncom pedido de alimentos provisórios, com fulcro na Lei 5.478/1968 e nos arts. 1.694 e seguintes do Código Civil, em face de\n\n",
          e=L(g.email(m), "EMAIL_ADDRESS"), t=L(g.phone(), "PHONE_NUMBER"))
    qualif(g, doc, f, full=g.chance(0.7))
    pixon = g.chance(0.5)
    doc.f(", empregado da empresa «emp», inscrita no CNPJ sob o nº «cnpj», pelos fatos e fundamentos a seguir.\n\n"
          "I - DOS FATOS\nA genitora e o requerido conviveram em união estável por «a» anos, tendo o casal se separado em «ds». Desde então o requerido "
          "contribui de forma esporádica, com valores entre R$ «v1» e R$ «v2», insuficientes para custear creche, fraldas, alimentação e "
          "plano de saúde. O requerido percebe salário aproximado de R$ «sal».\n\n"
          "II - DOS PEDIDOS\na) fixação de alimentos provisórios em «pc»% dos rendimentos líquidos do requerido, com desconto em folha e ofício ao empregador;\n"
          "b) em caso de desemprego, «sm»% do salário mínimo vigente;\nc) depósito até o dia «dia» de cada mês na conta da genitora: banco «bc», agência «ag», "
          "conta poupança «cc»«px»«pk»;\nd) citação do requerido no endereço acima ou pelo WhatsApp «ft»;\ne) gratuidade da justiça (art. 98 do CPC).\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«an»\n«oab»\n",
          emp=emp, cnpj=L(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), a=g.ri(2, 9), ds=g.pick(MONTHS) + " de " + str(g.ri(2021, 2025)),
          v1=g.money(80, 150), v2=g.money(200, 400), sal=g.money(1600, 6000), pc=g.pick([20, 25, 30, 33]), sm=g.pick([30, 35, 40, 50]),
          dia=g.pick([5, 10, 15]), bc=g.pick(["104 (Caixa)", "001 (Banco do Brasil)", "260 (Nu Pagamentos)", "077 (Inter)"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          px=V(" ou chave Pix aleatória ") if pixon else V(""), pk=L(g.uuid(), "PIX_KEY") if pixon else V(""), ft=L(g.phone(g.pick(["wa", "par"])), "PHONE_NUMBER"),
          vc=g.money(3000, 20000), c=city, d=g.date("long"), an=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_execucao(g: Gen) -> Doc:
    """Enforcement of child support under art. 528 CPC (rito da prisão) with the arrears table."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    dp = g.person(female=g.chance(0.6))
    doc.f("EXMO. SR. DR. JUIZ DE DIREITO DA VARA DE FAMÍLIA DA COMARCA DE «c»/«u»\n\nDistribuição por dependência ao processo nº «p1»\n\n"
          "«kids», representad«kx» por «mn», já qualificad«mo» nos autos principais, vem, por intermédio da DEFENSORIA PÚBLICA DO ESTADO, "
          "requerer o\n\nCUMPRIMENTO DE SENTENÇA DE OBRIGAÇÃO ALIMENTAR - RITO DA PRISÃO (art. 528, § 3º, do CPC)\n\nem face de «fn», CPF «fc», "
          "atualmente residindo na «fa», CEP «cep», telefone/WhatsApp «ft», pelos motivos seguintes.\n\n"
          "A sentença de «ds» fixou alimentos em «pc»% do salário mínimo. O executado deixou de pagar as parcelas abaixo:\n\n",
          c=fold(city).upper(), u=uf, p1=g.cnj(), kids=" e ".join(k.bare for k in kids), kx=("os" if len(kids) > 1 else kids[0].o),
          mn=P(g.pick([m.full, m.caps])), mo=m.o, fn=P(f.caps), fc=L(g.cpf(), "BR_CPF"), fa=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          ft=L(g.phone(), "PHONE_NUMBER"), ds=g.date(year=g.ri(2019, 2023)), pc=g.pick([25, 30, 33, 40]))
    rows = []
    y = g.ri(2024, 2025)
    start = g.ri(1, 9)
    for i in range(3):
        due = g.money(380, 700)
        paid = g.pick(["0,00", "0,00", g.money(50, 200)])
        rows.append([V(f"{MON3[start + i - 1]}/{y}"), V(f"{g.pick([5, 10]):02d}/{start + i:02d}/{y}"), V("R$ " + due), V("R$ " + paid), V("R$ " + g.money(300, 700))])
    table_md(doc, ["Competência", "Vencimento", "Valor devido", "Valor pago", "Saldo atualizado"], rows)
    doc.f("\nTotal do débito: R$ «tot» (planilha anexa - cálculo pelo INPC).\n\nRequer a intimação pessoal do executado para, em 3 dias, pagar, "
          "provar que o fez ou justificar a impossibilidade, sob pena de prisão civil. Informa que o CPF constante do mandado anterior "
          "(«bad») está incorreto.", tot=g.money(1000, 4000), bad=g.bad_cpf(g.pick(["raw", "dot"])))
    if g.chance(0.5):
        doc.f(" Os pagamentos devem ser feitos na conta da representante: ag. «ag», c/c «cc».", ag=L(g.agency(), "BANK_ACCOUNT"),
              cc=L(g.account(), "BANK_ACCOUNT"))
    doc.f("\n\n«c», «d».\n\n«dn»\nDefensor«da» Públic«do» - matrícula «mat»\n", c=city, d=g.date("long"),
          dn=P(dp.full), da="a" if dp.female else "", do=dp.o, mat=g.d(6))
    return doc


def ju_cejusc(g: Gen) -> Doc:
    """CEJUSC family-mediation minute: shared custody, visitation calendar, support by Pix."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    med = g.person()
    am, af = g.person(), g.person()
    doc.f("PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO\nCEJUSC - CENTRO JUDICIÁRIO DE SOLUÇÃO DE CONFLITOS E CIDADANIA DE «c»\n"
          "TERMO DE SESSÃO DE MEDIAÇÃO - FAMÍLIA (pré-processual)\nReclamação nº «r»    Data: «d»   Início: «h1»   Término: «h2»\n\n"
          "Mediador(a) judicial: «mn» (cadastro CNJ nº «cad»)\n"
          "Requerente: «rn», CPF «rc», e-mail para intimações «re», acompanhad«ro» de «an» («ao»)\nRequerid«fo»: «fn», CPF «fc», «fadv»\n\n",
          c=fold(city).upper(), r=g.pick([g.cnj(), f"{g.ri(2024, 2025)}.{g.d(6)}"]), d=g.date(), h1="09:00", h2=g.pick(["10:20", "11:05", "10:45"]),
          mn=P(med.full), cad=g.d(5), rn=P(m.caps), rc=L(g.cpf(), "BR_CPF"), re=L(g.email(m), "EMAIL_ADDRESS"), ro=m.o, an=P(am.full), ao=L(g.council("OAB", uf), "PROFESSIONAL_ID"),
          fo=f.o, fn=P(f.caps), fc=L(g.cpf(), "BR_CPF"),
          fadv=g.pick(["desacompanhado de advogado, ciente da possibilidade de assistência pela Defensoria", "sem advogado"]))
    if g.chance(0.5):
        doc.f("Advogad«o» do requerido (ingressou às «h»): «n», «oab»\n\n", o=af.o, h=g.hm(), n=P(af.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("Filhos em comum: ")
    for i, k in enumerate(kids):
        doc.f("«kn» (DN «kd»)" + ("; " if i < len(kids) - 1 else ".\n\n"), kn=P(g.pick([k.full, k.first + " " + k.last])),
              kd=L(g.kid_dob("br", 2015, 2024), "DATE_OF_BIRTH"))
    k0 = kids[0]
    doc.f("As partes, após sessão conduzida nos termos da Lei 13.140/2015 e da Resolução CNJ 125/2010, celebram o seguinte ACORDO:\n\n"
          "1. GUARDA: compartilhada, com lar de referência «lar».\n"
          "2. CONVIVÊNCIA: o genitor terá os filhos em fins de semana alternados, buscando-os na sexta-feira às 18h no «esc» e devolvendo "
          "no domingo às 19h na residência materna («ad»); às quartas-feiras, jantar das 18h às 20h30. Férias escolares divididas ao meio; "
          "Natal e Ano Novo alternados, começando o Natal de «y» com «quem». Dia das mães/pais com o respectivo genitor.\n"
          "3. ALIMENTOS: «pc»% do salário mínimo (hoje R$ «vm»), até o dia «dia» de cada mês, por Pix na chave «pk» ou na conta «bc» ag. «ag» c/c «cc», "
          "de titularidade da genitora, além de 50% das despesas com material escolar e farmácia.\n"
          "4. «k0» continuará no plano de saúde empresarial do genitor («emp»).\n"
          "5. Contatos para combinar a convivência: genitora «mt»; genitor «ft». Comunicação preferencial por aplicativo, com respeito.\n\n"
          "Obs.: a requerente relatou que seria prudente adaptação gradual do pernoite para o caçula. Acordo a ser encaminhado ao Juiz Coordenador "
          "para homologação, ouvido o Ministério Público.\n\nAssinaturas: mediador«ma», requerente, requerido e advogados (assinado eletronicamente).\n",
          lar=g.pick(["materno", "materno", "paterno"]), esc=g.pick(CMEIS), ad=L(g.address(), "ADDRESS"), y=g.ri(2025, 2026), quem=g.pick(["a mãe", "o pai"]),
          pc=g.pick([25, 30, 35, 40, 50]), vm=g.money(500, 1000), dia=g.pick([5, 10, 15, 20]),
          pk=L(g.uuid(), "PIX_KEY") if g.chance(0.5) else L(g.cpf(), "BR_CPF"), bc=g.pick(["104", "001", "341", "237", "033"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), k0=P(k0.first), emp=g.pick(COMPANIES),
          mt=L(g.phone(), "PHONE_NUMBER"), ft=L(g.phone(), "PHONE_NUMBER"), ma="(a)" if med.female else "")
    return doc


def ju_divorcio(g: Gen) -> Doc:
    """Consensual divorce settlement with property split (flat, car, savings) and name change."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    adv = g.person()
    maiden = g.person(female=True)
    married = Person(m.given, [s for s in maiden.surnames if s not in SUFFIXES] + [f.last], True)
    doc.f("EXMO(A). SR(A). DR(A). JUIZ(A) DE DIREITO DA «v» VARA DE FAMÍLIA DE «c»/«u»\n\n", v=g.pick(["1ª", "2ª", "4ª"]), c=fold(city).upper(), u=uf)
    qualif(g, doc, married)
    doc.f(", título de eleitor «te», e ", te=L(g.titulo(), "BR_TITULO_ELEITOR"))
    qualif(g, doc, f)
    doc.f(", CNH nº «cnh», casados sob o regime da comunhão parcial de bens desde «dc», vêm, por sua advogada comum, requerer a "
          "HOMOLOGAÇÃO DE DIVÓRCIO CONSENSUAL, nos termos do art. 731 do CPC, conforme segue:\n\n"
          "1. FILHOS: ", cnh=L(g.cnh(), "BR_CNH"), dc=g.date(year=g.ri(2008, 2019)))
    for i, k in enumerate(kids):
        doc.f("«kn», nascid«o» em «kd»" + (", " if i < len(kids) - 1 else ". "), kn=P(k.full), o=k.o, kd=L(g.kid_dob("long", 2010, 2023), "DATE_OF_BIRTH"))
    doc.f("Guarda compartilhada, residência com a mãe; alimentos de R$ «v» mensais (acordo CEJUSC em apenso).\n\n"
          "2. PARTILHA:\na) Apartamento situado na «ap», «b», matrícula nº «mat» do «cri» Cartório de Registro de Imóveis, avaliado em R$ «va», "
          "fica com a divorcianda, que assume o saldo do financiamento (contrato «ct»);\n"
          "b) Veículo «vei», placa «pl», RENAVAM «ren», fica com o divorciando;\n"
          "c) Saldo da conta poupança ag. «ag», conta «cc», em nome do casal (R$ «vp» em «dd»), dividido em partes iguais.\n\n"
          "3. NOME: a divorcianda voltará a usar o nome de solteira, «sn».\n\n4. Os cônjuges dispensam alimentos entre si.\n\n"
          "«c», «d».\n\n«an» - «oab»\n",
          v=g.money(600, 2500), ap=L(g.address(), "ADDRESS"), b=g.pick(BAIRROS), mat=g.d(5), cri=g.pick(["1º", "2º"]),
          va=g.money(150000, 600000), ct=f"{g.d(3)}.{g.d(4)}.{g.d(6)}-{g.d(1)}",
          vei=g.pick(["Fiat Argo Drive 1.0 2021", "Chevrolet Onix LT 2019", "Honda CG 160 Fan 2022", "VW Gol 1.6 2016"]),
          pl=L(g.plate(), "LICENSE_PLATE"), ren=g.neg(11), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"),
          vp=g.money(2000, 40000), dd=g.date(), sn=P(Person(m.given, maiden.surnames, True).full),
          c=city, d=g.date("long"), an=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


STR_LOCI = ["D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539", "D2S1338", "D19S433", "vWA",
            "TPOX", "D18S51", "D5S818", "FGA", "Penta E"]


def ju_dna(g: Gen) -> Doc:
    """Paternity DNA test report for an investigation-of-paternity case (STR loci table)."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    city, uf = g.city()
    rt1, rt2 = g.person(), g.person()
    doc.f("«lab»\nLAUDO DE EXAME DE VÍNCULO GENÉTICO (DNA) - PATERNIDADE TRIO\nLaudo nº «ln»   Processo: «p»   «vara»\n\n",
          lab=g.pick(["Laboratório Genoma Vitória Ltda", "GeneLab Diagnósticos - unidade Aurora", "Instituto de Genética Forense Nóbrega & Kuhn"]),
          ln=f"DNA-{g.ri(2024, 2025)}-{g.d(5)}", p=g.cnj(), vara=g.pick(["2ª Vara de Família", "Vara Única", "1ª Vara Cível e de Família"]))
    rows = []
    for role, p, adult in (("Suposto pai", f, True), ("Mãe", m, True), ("Filh" + k.o, k, False)):
        doc_id = L(g.rg(), "BR_RG") if adult and g.chance(0.6) else (L(g.cpf(), "BR_CPF") if adult else L(g.cns(), "BR_CNS"))
        rows.append([V(role), P(p.caps), doc_id, L(g.dob("br") if adult else g.kid_dob("br", 2016, 2025), "DATE_OF_BIRTH"),
                     V(g.date("br")), V(g.pick(["swab bucal", "sangue (FTA)"]))])
    table_md(doc, ["Participante", "Nome", "Documento", "Nascimento", "Coleta", "Amostra"], rows)
    incl = g.chance(0.8)
    doc.t("\nPerfis genéticos (alelos):\n")
    lines = []
    for locus in g.rng.sample(STR_LOCI, 8):
        a = [g.ri(6, 32) for _ in range(4)]
        lines.append(f"{locus:8s}  SP {a[0]}/{a[1]}   M {a[2]}/{a[3]}   F {a[1]}/{a[2]}")
    doc.t("\n".join(lines) + "\n")
    doc.f("\nÍndice de paternidade combinado (IPC): «ipc»\nProbabilidade de paternidade: «pp»%\n\nCONCLUSÃO: «conc»\n\n"
          "Cadeia de custódia: coleta realizada pela unidade «col» em «dc», conferência de documentos com foto. Observação: a mãe compareceu com "
          "a criança no colo e relatou que «k» foi registrad«o» apenas no nome materno.\n\n«r1» - «c1»\n«r2» - «c2» (responsável técnico)\n",
          ipc=f"{g.ri(1, 999)}.{g.d(3)}.{g.d(3)}" if incl else "0", pp=g.pick(["99,9999", "99,99998"]) if incl else "0,0000",
          conc="O suposto pai NÃO pode ser excluído como pai biológico do(a) menor." if incl else "O suposto pai está EXCLUÍDO como pai biológico (incompatibilidade em 6 loci).",
          col=g.pick(["Centro", "Aurora", "Prudente", "Fórum"]), dc=g.date(), k=P(k.first), o=k.o, r1=P(rt1.full), c1=L(g.council("CRBM"), "PROFESSIONAL_ID"),
          r2=P(rt2.full), c2=L(g.council("CRF"), "PROFESSIONAL_ID"))
    return doc


def ju_habilitacao(g: Gen) -> Doc:
    """Psychosocial study in an adoption-qualification case (habilitação para adoção)."""
    doc = Doc()
    same = g.chance(0.25)
    a1 = g.person(female=True)
    a2 = g.person(female=same)
    city, uf = g.city()
    psi, ass = g.person(female=g.chance(0.8)), g.person(female=g.chance(0.8))
    r = g.ri(0, 2)
    if r == 0:
        bio = ("Após tentativas de fertilização, decidiram pela adoção.", V(""), "")
    elif r == 1:
        bk = g.person(child=True)
        bio = (f"Já possuem um{'a' if bk.female else ''} filh{bk.o} biológic{bk.o}, ", P(bk.first), f", de {g.ri(4, 12)} anos, que participou de uma entrevista.")
    else:
        bio = ("Relatam o desejo antigo de ser mães." if same else "Relatam que a decisão foi amadurecida ao longo de 3 anos.", V(""), "")
    doc.f("PODER JUDICIÁRIO - VARA DA INFÂNCIA E JUVENTUDE DE «c»/«u»\nSETOR TÉCNICO - ESTUDO PSICOSSOCIAL\nAutos nº «p» - Habilitação para adoção\n\n"
          "REQUERENTES:\n1) «n1», nascida em «d1», CPF «c1», RG «r1», título de eleitor «t1», «j1»\n2) «n2», nascid«o2» em «d2», CPF «c2», RG «r2», «j2»\n"
          "Endereço: «ad», CEP «cep»   Telefones: «f1» / «f2»   E-mail: «em»\n\n",
          c=city, u=uf, p=g.cnj(), n1=P(a1.full), d1=L(g.dob(lo=1975, hi=1995), "DATE_OF_BIRTH"), c1=L(g.cpf(), "BR_CPF"), r1=L(g.rg(), "BR_RG"),
          t1=L(g.titulo(), "BR_TITULO_ELEITOR"), j1=g.pick(["enfermeira", "professora", "bancária", "servidora pública"]),
          n2=P(a2.full), o2=a2.o, d2=L(g.dob(lo=1972, hi=1995), "DATE_OF_BIRTH"), c2=L(g.cpf(), "BR_CPF"), r2=L(g.rg(), "BR_RG"),
          j2=g.pick(["engenheiro civil" if not same else "engenheira civil", "comerciante", "técnico em TI" if not same else "técnica em TI", "agricultor" if not same else "veterinária"]),
          ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), f1=L(g.phone(), "PHONE_NUMBER"), f2=L(g.phone(), "PHONE_NUMBER"),
          em=L(g.email(a1), "EMAIL_ADDRESS"))
    doc.f("1. PROCEDIMENTOS: entrevistas com o casal em «e1» e «e2»; visita domiciliar em «e3»; participação no curso preparatório "
          "«curso» (certificado anexo).\n\n2. HISTÓRICO: O casal está junto há «anos» anos. «hist»«bio»«hist2» Referências pessoais: «ref1» (tel. «rt1») "
          "e «ref2», madrinha de casamento.\n\n3. PERFIL PRETENDIDO (SNA): criança de 0 a «ida» anos, «sexo», aceita grupo de até «gr» irmãos; "
          "«saude».\n\n4. PARECER: Favorável à habilitação. Sugere-se cadastro no SNA e acompanhamento no grupo de apoio «gap».\n\n"
          "«pn» - Psicólog«po» Judiciári«po» - «crp»\n«sn» - Assistente Social Judiciári«so» - «cress»\n",
          e1=g.date(), e2=g.date(), e3=g.date(), curso=g.pick(["Caminhos da Adoção", "Adoção: laços de amor e esperança", "do GAA Aurora"]),
          anos=g.ri(4, 18), hist=bio[0], bio=bio[1], hist2=bio[2],
          ref1=P(g.person().full), rt1=L(g.phone(), "PHONE_NUMBER"), ref2=P(g.person(female=True).full), ida=g.pick([3, 5, 6, 8]),
          sexo=g.pick(["indiferente quanto ao sexo", "preferência por menina", "indiferente quanto a cor/etnia"]), gr=g.pick([2, 3]),
          saude=g.pick(["aceita doença tratável", "não aceita deficiência", "aceita HIV positivo"]), gap=g.pick(["Flor de Lótus", "Luz do Amanhã", "Esperança"]),
          pn=P(psi.full), po=psi.o, crp=L(g.council("CRP"), "PROFESSIONAL_ID"), sn=P(ass.full), so=ass.o, cress=L(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def ju_acolhimento(g: Gen) -> Doc:
    """Report of an institutional-care service (PIA summary) for the concentrated hearing."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    k = kids[0]
    avo = g.relative(m, female=True)
    psi, ass = g.person(female=True), g.person(female=True)
    doc.f("«casa» - Serviço de Acolhimento Institucional para Crianças e Adolescentes\nRELATÓRIO INFORMATIVO PARA AUDIÊNCIA CONCENTRADA\n"
          "Processo (medida de proteção): «p»   Guia de acolhimento nº «guia»\nData do acolhimento: «da»   Motivo: «mot»\n\n"
          "IDENTIFICAÇÃO\nNome: «kn»\nData de nascimento: «kd»   CNS: «cns»\nEscola: «esc»\n",
          casa=g.pick(["Casa Lar Esperança", "Abrigo Municipal Aurora", "Lar Bento Menni", "Casa de Acolhimento Flor de Maio"]),
          p=g.cnj(), guia=f"{g.d(4)}.{g.d(6)}", da=g.date(), mot=g.pick(["negligência", "situação de rua da genitora", "violência física (T74.1)", "abandono"]),
          kn=P(g.pick([k.full, k.caps])), kd=L(g.kid_dob("br", 2013, 2023), "DATE_OF_BIRTH"), cns=L(g.cns(), "BR_CNS"),
          esc=g.pick(CMEIS + ["EM Irmã Dulce", "EM Castro Alves"]))
    if len(kids) > 1:
        doc.t("Irmã(o)s acolhidos juntos: ")
        for i, s in enumerate(kids[1:]):
            doc.f("«n» («d»)" + (", " if i < len(kids) - 2 else "\n"), n=P(s.first), d=L(g.kid_dob("br", 2013, 2024), "DATE_OF_BIRTH"))
    doc.f("\nFAMÍLIA DE ORIGEM\nGenitora: «mn», nascida em «md», CPF «mc», NIS «nis», ", mn=P(m.full), md=L(g.dob("br", 1980, 2006), "DATE_OF_BIRTH"),
          mc=L(g.cpf(), "BR_CPF"), nis=L(g.pis(), "BR_PIS"))
    r = g.ri(0, 2)
    if r == 0:
        doc.t("em situação de rua, sem endereço fixo; ")
    elif r == 1:
        doc.f("residente na «ad», CEP «cep»; ", ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"))
    else:
        doc.f("em tratamento no CAPS AD, contato «t»; ", t=L(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("genitor: «fn», recolhido no presídio regional.\n", fn=P(f.full))
    else:
        doc.t("genitor: não consta no registro de nascimento.\n")
    doc.f("Família extensa: avó materna «an», residente na «aa», tel. «at», manifestou interesse na guarda; tia paterna «tn» (tel. «tt») "
          "visita quinzenalmente.\n\n"
          "EVOLUÇÃO NO SERVIÇO\n«kf» adaptou-se bem à rotina, frequenta a escola e é acompanhad«ko» no CAPSi (CID «cid») pela Dra. «dr» («crm»). "
          "As visitas da genitora foram irregulares («nv» visitas em «nm» meses). «wu».\n\n"
          "PROPOSTA: reintegração à família extensa (avó materna), com acompanhamento do CREAS, ou, não sendo possível, inclusão no SNA "
          "para colocação em família substituta (arts. 19 e 101 da Lei 8.069/1990).\n\n"
          "Coordenação do serviço / «pn» - Psicóloga - «crp»\n«sn» - Assistente Social - «cress»\n",
          an=P(avo.full), aa=L(g.address(), "ADDRESS"), at=L(g.phone(), "PHONE_NUMBER"), tn=P(g.relative(f, female=True).full),
          tt=L(g.phone(), "PHONE_NUMBER"), kf=P(k.first), ko=k.o, cid=g.pick(["F90.0", "F43.2", "F93.0", "F91.3"]), dr=P(g.person(female=True).full),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), nv=g.ri(1, 5), nm=g.ri(3, 8),
          wu=g.pick(["Em datas comemorativas recebe a visita da madrinha", "Seria prudente manter os irmãos juntos", "Desenhou a família inteira no dia das mães"]),
          pn=P(psi.full), crp=L(g.council("CRP"), "PROFESSIONAL_ID"),
          sn=P(ass.full), cress=L(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc

# =========================================================================== saude


def sa_prenatal(g: Gen) -> Doc:
    """Prenatal consultation note (SOAP) sent to the Defensoria for an 'alimentos gravídicos' case."""
    doc = Doc()
    m = g.person(female=True)
    pai = g.person(female=False)
    city, uf = g.city()
    med = g.person()
    enf = g.person(female=True)
    ig = g.ri(12, 36)
    r = g.ri(0, 2)
    pi = [("contato dele informado: ", L(g.phone(), "PHONE_NUMBER")), ("não soube informar o endereço dele", V("")),
          (f"trabalha na {g.pick(COMPANIES)}", V(""))][r]
    doc.f("UBS «ubs» - «c»/«u»\nRELATÓRIO DE ACOMPANHAMENTO PRÉ-NATAL (solicitado pela Defensoria Pública - Of. «of»)\n\n"
          "Gestante: «mn»   DN: «dn»   CNS: «cns»\nCPF: «cpf»   Tel.: «t»\nEndereço: «ad», CEP «cep»\nACS responsável: «acs» (microárea «ma»)\n\n",
          ubs=g.pick(["Vila Esperança", "Dr. Amado Bezerril", "Jardim Aurora", "Bento de Abreu", "Luz do Vale"]), c=city, u=uf,
          of=f"{g.d(3)}/{g.ri(2024, 2025)}", mn=P(g.pick([m.full, m.caps])), dn=L(g.dob(lo=1985, hi=2007), "DATE_OF_BIRTH"),
          cns=L(g.cns(), "BR_CNS"), cpf=L(g.cpf(), "BR_CPF"), t=L(g.phone(), "PHONE_NUMBER"), ad=L(g.address(), "ADDRESS"),
          cep=L(g.cep(), "BR_CEP"), acs=P(g.pick([g.person().short, g.person().first])), ma=g.d(2))
    doc.f("G«gg»P«pp»A«aa»   DUM: «dum»   DPP: «dpp»   IG atual: «ig» semanas   Risco: «risco»\nCID: «cid»\n\n"
          "S: «s»\nO: PA «pa» mmHg, peso «peso» kg, AU «au» cm, BCF «bcf» bpm, edema «ed».\n"
          "A: gestação de «ig» semanas «aval».\nP: «plano»\n\n"
          "Consultas realizadas: «nc» (primeira em «d1»). Exames: VDRL não reagente, HIV não reagente, glicemia «gli» mg/dL, ultrassom em «d2».\n"
          "A gestante informa que o suposto pai, «pn», não acompanha o pré-natal; «pinfo»«pt».\n\n"
          "«mf» - «crm»\n«ef» - Enfermeira - «coren»\n",
          gg=g.ri(1, 5), pp=g.ri(0, 3), aa=g.ri(0, 2), dum=g.date(), dpp=g.date(year=2026), ig=ig, risco=g.pick(["habitual", "alto (DMG)", "alto (pré-eclâmpsia prévia)"]),
          cid=g.pick(["Z34.8", "O24.4", "O13", "Z35.8", "O99.0"]),
          s=g.pick(["refere dor lombar e azia", "sem queixas, movimentação fetal presente", "refere cansaço e tontura ao levantar"]),
          pa=g.pick(["110x70", "120x80", "140x90", "100x60"]), peso=f"{g.ri(52, 98)},{g.d(1)}", au=g.ri(12, 36), bcf=g.ri(120, 160),
          ed=g.pick(["ausente", "+/4+", "++/4+"]), aval=g.pick(["sem intercorrências", "com anemia leve (D50.9)", "com DMG em dieta"]),
          plano=g.pick(["sulfato ferroso + ácido fólico; retorno em 4 semanas", "encaminhada ao pré-natal de alto risco", "dieta, glicemia capilar, retorno em 15 dias"]),
          nc=g.ri(3, 9), d1=g.date(), gli=g.ri(70, 130), d2=g.date(), pn=P(g.pick([pai.full, pai.first])),
          pinfo=pi[0], pt=pi[1],
          mf=P(med.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), ef=P(enf.full), coren=L(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_pediatria(g: Gen) -> Doc:
    """Paediatric report requested for a custody case (relatório médico para fins judiciais)."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    city, uf = g.city()
    med = g.person()
    doc.f("«clin»\nRELATÓRIO MÉDICO\n\nPaciente: «kn»   DN: «kd»   Prontuário: «pr»\nCNS: «cns»   Responsável: «rn» (CPF «rc»)\n"
          "Endereço: «ad», CEP «cep»   Tel.: «t»\n\n",
          clin=g.pick(["Ambulatório de Pediatria - Hospital Municipal Infantil", "Clínica Vitória Saúde - Pediatria", "UBS Jardim Aurora - Saúde da Criança"]),
          kn=P(k.full), kd=L(g.kid_dob(g.pick(["br", "nopad", "iso"]), 2016, 2024), "DATE_OF_BIRTH"), pr=g.d(7), cns=L(g.cns(), "BR_CNS"),
          rn=P(g.pick([m.full, m.short])), rc=L(g.cpf(), "BR_CPF"), ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          t=L(g.phone(), "PHONE_NUMBER"))
    diag, cid, med_ = g.pick([("asma persistente moderada", "J45.9", "budesonida inalatória 200 mcg 12/12h"),
                              ("TDAH", "F90.0", "metilfenidato 10 mg"),
                              ("transtorno do espectro autista nível 1", "F84.0", "risperidona 0,5 mg à noite"),
                              ("dermatite atópica grave", "L20.9", "hidratante e tacrolimo tópico"),
                              ("atraso de crescimento", "R62.0", "suplemento nutricional"),
                              ("obesidade infantil", "E66.9", "acompanhamento nutricional, sem medicação"),
                              ("otite média de repetição", "H66.9", "amoxicilina nas crises"),
                              ("constipação crônica", "K59.0", "polietilenoglicol 4 g/dia")])
    doc.f("Atesto, a pedido da genitora, para fins de instrução do processo nº «p», que «kf» é acompanhad«ko» neste serviço desde «dd», "
          "com diagnóstico de «diag» (CID-10 «cid»). Faz uso de «med». Nas consultas comparece geralmente com a mãe e a avó materna, «avo»; "
          "o pai, «fn», compareceu a «nc» consulta(s). Recomenda-se manutenção da rotina de sono e alimentação, e que o regime de convivência "
          "preveja o uso contínuo da medicação também nos fins de semana com o genitor. «extra»\n\nCaso necessário, contato do serviço pelo e-mail "
          "pediatria@hmi.saude.gov.br.\n\n«c», «d».\n\n«mn»\nPediatra - «crm» - RQE «rqe»\n",
          p=g.cnj(), kf=P(k.first), ko=k.o, dd=g.pick(MONTHS) + " de " + str(g.ri(2019, 2024)),
          diag=diag, cid=cid, med=med_, avo=P(g.relative(m, female=True).full), fn=P(f.full), nc=g.ri(0, 3),
          extra=g.pick(["A criança demonstra apego a ambos os genitores.", "Filho muito amado pela família, segundo relato da escola.", "",
                        "Seria prudente avaliação com psicologia."]), c=city, d=g.date("long"), mn=P(med.full),
          crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5))
    return doc


def sa_alta(g: Gen) -> Doc:
    """Maternity discharge summary of a newborn (RN de ...), with mother's data and screening dates."""
    doc = Doc()
    m = g.person(female=True)
    city, uf = g.city()
    ped = g.person()
    enf = g.person(female=True)
    bday = g.date("br", year=2025)
    acomp = g.person()
    doc.f("MATERNIDADE «mat» - ALOJAMENTO CONJUNTO\nRESUMO DE ALTA DO RECÉM-NASCIDO\n\nRN de «mn»   Sexo: «sx»   Nascimento: «bd» às «h»\n"
          "DNV nº «dnv»   Peso: «peso» g   Comprimento: «comp» cm   PC: «pc» cm   Apgar: «ap1»/«ap2»   IG: «ig» semanas   Parto: «parto»\n\n"
          "MÃE: «mn2», «idade» anos, DN «md», CNS «mcns», CPF «mcpf»\nEndereço: «ad» - «b» - CEP «cep» - «c»/«u»\nTelefone: «t»   "
          "Acompanhante no parto: «acn» («acp»)\n\n",
          mat=g.pick(["Municipal Mãe Esperança", "Santa Luzia", "Nossa Senhora da Luz", "Escola Januário Cicco", "Aurora"]),
          mn=P(g.pick([m.caps, m.full])), sx=g.pick(["F", "M"]), bd=L(bday, "DATE_OF_BIRTH"), h=g.hm(), dnv=g.d(9) + "-" + g.d(1),
          peso=g.ri(2300, 4200), comp=g.ri(44, 53), pc=g.ri(32, 36), ap1=g.ri(6, 9), ap2=g.ri(8, 10), ig=g.ri(35, 41),
          parto=g.pick(["vaginal", "cesárea (iteratividade)", "cesárea (DCP)"]), mn2=P(m.full), idade=g.ri(16, 42),
          md=L(g.dob(lo=1984, hi=2009), "DATE_OF_BIRTH"), mcns=L(g.cns(), "BR_CNS"), mcpf=L(g.cpf(), "BR_CPF"), ad=L(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), c=city, u=uf, t=L(g.phone(), "PHONE_NUMBER"), acn=P(acomp.full),
          acp=g.pick(["pai do RN", "avô materno", "tio"]) if not acomp.female else g.pick(["avó materna", "companheira", "irmã", "doula"]))
    doc.f("INTERCORRÊNCIAS: «inter»\nVACINAS: BCG lote «l1» e Hepatite B lote «l2» aplicadas nas primeiras «dv» h de vida.\nTRIAGENS: teste do coraçãozinho normal; "
          "teste da orelhinha «orel»; teste do pezinho coletado com «dp» h de vida (cartão «cart»).\n\nORIENTAÇÕES: aleitamento materno exclusivo, "
          "consulta na UBS de referência em até 7 dias, registro civil no cartório da maternidade (a mãe deu à luz após trabalho de parto rápido e "
          "informa que o registro paterno dependerá de reconhecimento - encaminhada à Defensoria).\n\n"
          "«pn» - Pediatra - «crm»\n«en» - Enfermeira - «coren»\n",
          inter=g.pick(["icterícia neonatal em fototerapia por 24h (P59.9)", "sem intercorrências", "hipoglicemia transitória (P70.4), corrigida"]),
          l1=g.alnum(7), l2=g.alnum(8), dv=g.pick([12, 24]), orel=g.pick(["normal", "falhou à esquerda - reteste agendado"]), dp=g.ri(48, 72),
          cart=g.d(8), pn=P(ped.full), crm=L(g.council("CRM", uf), "PROFESSIONAL_ID"), en=P(enf.full), coren=L(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """UBS active search of children with late vaccines in a CMEI (fixed-width list)."""
    doc = Doc()
    city, uf = g.city()
    enf = g.person(female=g.chance(0.8))
    cm = g.pick(CMEIS)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c» - VIGILÂNCIA EM SAÚDE / PNI\nBUSCA ATIVA - CRIANÇAS COM ESQUEMA VACINAL EM ATRASO\n"
          "Unidade escolar: «cm»   Emitido em «d» por «lg»\n\n", c=fold(city).upper(), cm=cm, d=g.date(), lg=g.login(enf))
    rows = []
    for _ in range(g.ri(4, 5)):
        mm = g.person(female=True)
        k = g.child_of(mm)
        rows.append([P(fold(k.full).upper()), L(g.kid_dob("br", 2020, 2024), "DATE_OF_BIRTH"), L(g.cns(False), "BR_CNS"),
                     L(g.phone("par"), "PHONE_NUMBER"), L(g.address("caps"), "ADDRESS"),
                     V(g.pick(["TRIPLICE VIRAL D2", "DTP REF 1", "VOP REF", "FEBRE AMARELA", "VARICELA", "HEP A", "MENINGO C REF"]))])
    table_fixed(doc, ["Criança", "DN", "CNS", "Telefone resp.", "Endereço", "Pendência"], rows)
    doc.f("\nConduta: enviar bilhete na agenda e ligar para os responsáveis; vacinação na própria escola em «dv» («h»). Responsáveis que "
          "recusarem devem assinar termo, com comunicação ao Conselho Tutelar (art. 14, § 1º, do ECA).\n"
          "Enf.ª responsável: «en» - «coren» - «em»\nDireção do CMEI: «dn»\n",
          dv=g.date(), h=g.pick(["manhã", "tarde", "8h às 11h"]), en=P(enf.full), coren=L(g.council("COREN", uf), "PROFESSIONAL_ID"),
          em=L(g.work_email(enf, "saude." + fold(city).lower().replace(" ", "") + ".gov.br"), "EMAIL_ADDRESS"), dn=P(g.person(female=True).full))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """Court psychologist's report in a custody dispute with allegations of parental alienation."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    city, uf = g.city()
    psi = g.person(female=g.chance(0.75))
    at1, at2 = g.person(), g.person()
    nickp = g.chance(0.5)
    crp = g.council("CRP")
    doc.f("LAUDO PSICOLÓGICO PERICIAL\nProcesso nº «p» - Ação de modificação de guarda c/c alegação de alienação parental (Lei 12.318/2010)\n"
          "Perit«po» nomead«po»: «pn» - «crp»\nAssistentes técnicos: «a1» («c1»), pela requerente; «a2» («c2»), pelo requerido\n\n"
          "1. IDENTIFICAÇÃO\nRequerente: «mn» (genitora), DN «md», CPF «mc»\nRequerido: «fn» (genitor), DN «fd», CPF «fc»\nCriança: «kb», «ki» anos\n\n",
          p=g.cnj(), po=psi.o, pn=P(psi.full), crp=L(crp, "PROFESSIONAL_ID"), a1=P(at1.full), c1=L(g.council("CRP"), "PROFESSIONAL_ID"),
          a2=P(at2.full), c2=L(g.council("CRP"), "PROFESSIONAL_ID"), mn=P(m.full), md=L(g.dob(), "DATE_OF_BIRTH"), fn=P(f.full),
          fd=L(g.dob(), "DATE_OF_BIRTH"), mc=L(g.cpf(), "BR_CPF"), fc=L(g.cpf(), "BR_CPF"), kb=k.bare, ki=g.ri(4, 11))
    doc.f("2. PROCEDIMENTOS\nEntrevistas individuais com os genitores em «d1» e «d2»; hora lúdica com a criança; aplicação do HTP e do "
          "Teste das Fábulas; contato telefônico com a professora «prof» e com a avó paterna, «avo» (tel. «at»).\n\n"
          "3. ANÁLISE\nA criança refere-se ao pai como «ap0»«apelido» e demonstra vínculo afetivo com ambos. A genitora relata que o requerido "
          "«relato». O requerido afirma que a mãe impede as visitas desde «mes» e que a escola ({cm}) não o informa sobre reuniões.\n\n"
          "4. CONCLUSÃO\n«conc»\n\n«c», «d».\nAssinado digitalmente - «crp2»\n".replace("{cm}", g.pick(CMEIS)),
          d1=g.date(), d2=g.date(), prof=P(g.pick([g.person(female=True).first, g.person(female=True).full])),
          avo=P(g.relative(f, female=True).full), at=L(g.phone(), "PHONE_NUMBER"), ap0="o " if nickp else g.pick(["papai", "pai"]), apelido=P(f.nick) if nickp else V(""),
          relato=g.pick(["chega alcoolizado para buscar o filho", "não respeita os horários combinados no CEJUSC",
                         "fala mal dela na frente da criança"]), mes=g.pick(MONTHS),
          conc=g.pick(["Não foram identificados atos típicos de alienação parental. Recomenda-se manutenção da guarda compartilhada.",
                       "Há indícios de atos de alienação parental (art. 2º, IV). Recomenda-se acompanhamento psicológico e ampliação gradual da convivência.",
                       "Seria prudente reavaliação em 6 meses."]),
          c=city, d=g.date("long"), crp2=L(crp, "PROFESSIONAL_ID"))
    return doc


def sa_pezinho(g: Gen) -> Doc:
    """Newborn-screening recall: altered result, call attempts logged by the reference service."""
    doc = Doc()
    m = g.person(female=True)
    city, uf = g.city()
    ops = [g.person(female=g.chance(0.7)) for _ in range(2)]
    doc.f("SERVIÇO DE REFERÊNCIA EM TRIAGEM NEONATAL - «uf»\nRECONVOCAÇÃO - amostra alterada\n\nRN de «mn»   DN do RN: «bd»   Cartão: «cart»\n"
          "Mãe: «mn2», CNS «cns», CPF «cpf»\nUnidade de coleta: UBS «ubs» - «c»\nResultado: «res»\nConduta: «cond»\n\n"
          "Endereço cadastrado: «ad», CEP «cep»\nTelefones cadastrados: «t1» / «t2»\n\nTENTATIVAS DE CONTATO\n",
          uf=uf, mn=P(m.caps), bd=L(g.date("br", year=2025), "DATE_OF_BIRTH"), cart=g.d(8), mn2=P(m.full), cns=L(g.cns(), "BR_CNS"),
          cpf=L(g.cpf(), "BR_CPF"), ubs=g.pick(["Vila Esperança", "Bento de Abreu", "Jardim Aurora", "Luz do Vale"]), c=city,
          res=g.pick(["TSH neonatal 28 µUI/mL (ref. < 10)", "IRT elevada - 1ª amostra", "fenilalanina 6,2 mg/dL", "perfil Hb FS"]),
          cond=g.pick(["recoleta imediata", "consulta com endocrinologista pediátrico", "teste do suor agendado"]),
          ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"), t1=L(g.phone(), "PHONE_NUMBER"), t2=L(g.phone(), "PHONE_NUMBER"))
    ts = g.times(3, 8 * 3600, 17 * 3600)
    for i in range(3):
        op = g.pick(ops)
        out = g.pick(["caixa postal", "número não existe", "atendeu a avó, «x» - deixou recado", "mãe atendeu, recoleta agendada para amanhã",
                      "chamou até cair"])
        if "«x»" in out:
            pre, post = out.split("«x»")
            doc.f("«d» «h» - «op» - «pre»«x»«post»\n", d=g.date("br", year=2025), h=ts[i], op=P(g.pick([op.first, op.short])) if g.chance(0.5) else g.login(op), pre=pre,
                  x=P(g.relative(m, female=True).full), post=post)
        else:
            doc.f("«d» «h» - «op» - «o»\n", d=g.date("br", year=2025), h=ts[i], op=P(g.pick([op.first, op.short])) if g.chance(0.5) else g.login(op), o=out)
    doc.f("\nSe não localizada em 48h: acionar a ESF e o Conselho Tutelar. Ramal do serviço «r».\n", r=g.d(4))
    return doc


def sa_sinan(g: Gen) -> Doc:
    """SINAN notification of interpersonal violence against a child (transcribed form)."""
    doc = Doc()
    m, f, kids = fam(g)
    k = kids[0]
    city, uf = g.city()
    notif = g.person()
    func, kind = g.pick([("médic" + notif.o + " plantonista", "CRM"), ("enfermeir" + notif.o, "COREN"), ("assistente social", "CRESS"),
                         ("médic" + notif.o + " pediatra", "CRM")])
    aut = g.person(female=False)
    doc.f("SINAN - FICHA DE NOTIFICAÇÃO INDIVIDUAL - VIOLÊNCIA INTERPESSOAL/AUTOPROVOCADA\nNº da notificação: «n»   Data da notificação: «dn»\n"
          "Unidade notificadora: «un» - CNES «cnes»   Município: «c»/«u»\n\nDADOS DA PESSOA ATENDIDA\n"
          "Nome: «kn»   Data de nascimento: «kd»   Sexo: «sx»   Raça/cor: «rc»\nCartão SUS: «cns»   Nome da mãe: «mn»\n"
          "Residência: «ad», bairro «b», CEP «cep»   Telefone: «t»\n\n",
          n=g.d(7), dn=g.date(), un=g.pick(["Hospital Municipal Infantil", "UPA Aurora", "UBS Bento de Abreu", "Pronto-Socorro Infantil Esperança"]),
          cnes=g.d(7), c=city, u=uf, kn=P(g.pick([k.caps, k.full])), kd=L(g.kid_dob("br", 2013, 2024), "DATE_OF_BIRTH"), sx="F" if k.female else "M",
          rc=g.pick(["parda", "branca", "preta", "indígena"]), cns=L(g.cns(), "BR_CNS"), mn=P(g.pick([m.caps, m.full])),
          ad=L(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cep=L(g.cep(), "BR_CEP"), t=L(g.phone(), "PHONE_NUMBER"))
    doc.f("DADOS DA OCORRÊNCIA\nData: «do»   Hora: «h»   Local: «loc»\nTipo: «tipo»   Meio: «meio»\nCID: «cid1» / «cid2»\n\n"
          "DADOS DO PROVÁVEL AUTOR\nVínculo: «vin»   Nome (informado pela mãe): «an»   Suspeita de uso de álcool: «alc»\n\n"
          "ENCAMINHAMENTOS: Conselho Tutelar («ct»); CREAS; Delegacia de Proteção à Criança (BO nº «bo»).\n\n"
          "Notificador: «nn» - «func» - «reg»\n",
          do=g.date(), h=g.hm(), loc=g.pick(["residência", "residência do pai (fim de semana de convivência)", "via pública", "escola"]),
          tipo=g.pick(["física", "negligência/abandono", "psicológica", "física e psicológica"]),
          meio=g.pick(["espancamento", "objeto contundente", "ameaça", "não se aplica"]), cid1=g.pick(["T74.1", "T74.0", "T74.3"]),
          cid2=g.pick(["Y07.1", "Y07.2", "Y07.8", "S00.8"]), vin=g.pick(["padrasto", "pai", "mãe", "namorado da mãe", "tio"]),
          an=P(g.pick([aut.caps, aut.full, f.caps])), alc=g.pick(["sim", "não", "ignorado"]),
          ct=g.pick(["comunicado por telefone", "ofício enviado", "conselheira presente no atendimento"]), bo=f"{g.d(4)}/{g.ri(2024, 2025)}",
          nn=P(notif.full), func=func, reg=L(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc

# =========================================================================== financeiro


def fi_extrato(g: Gen) -> Doc:
    """Bank statement of the mother's account, filtered on child-support Pix receipts (court exhibit)."""
    doc = Doc()
    m, f, kids = fam(g)
    m1 = g.ri(1, 7)
    bank = g.pick(["CAIXA ECONÔMICA FEDERAL", "BANCO DO BRASIL S.A.", "NU PAGAMENTOS S.A.", "BANCO INTER S.A.", "SICREDI"])
    doc.f("«bank»\nEXTRATO DE CONTA - período 01/«m1»/«y» a 28/«m2»/«y»\nCliente: «mn»   CPF: «cpf»\nAgência: «ag»   Conta: «cc»   Tipo: «tp»\n\n",
          bank=bank, m1=f"{m1:02d}", m2=f"{m1 + 5:02d}", y=g.ri(2024, 2025), mn=P(g.pick([m.caps, m.full])), cpf=L(g.cpf(), "BR_CPF"),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), tp=g.pick(["poupança", "corrente", "pagamento"]))
    doc.t("DATA       HISTÓRICO                                              VALOR (R$)      SALDO\n")
    saldo = g.ri(10, 900)
    n = g.ri(5, 7)
    days = sorted((g.ri(m1, m1 + 5), g.ri(1, 28)) for _ in range(n))
    for i in range(n):
        day = f"{days[i][1]:02d}/{days[i][0]:02d}"
        kind = g.pick(["pixin", "pixin", "ted", "card", "boleto", "pixout", "bf"])
        val = g.ri(30, 900)
        if kind == "pixin":
            doc.f("«dt»      PIX RECEBIDO «nm» «cpf»   ", dt=day, nm=P(g.pick([f.caps, fold(f.short).upper()])), cpf=f"***.{g.d(3)}.{g.d(3)}-**")
            saldo += val
            doc.t(f"+{val},00   {saldo},00\n")
        elif kind == "ted":
            doc.f("«dt»      TED RECEBIDA BCO «b» AG «ag» CC «cc»   +«v»,00   «s»,00\n", dt=day, b=g.pick(["341", "237", "033", "001"]),
                  ag=L(g.agency(False), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), v=val, s=saldo + val)
            saldo += val
        elif kind == "card":
            doc.f("«dt»      COMPRA CARTAO DEB «loja» ****«fim»   -«v»,00   «s»,00\n", dt=day,
                  loja=g.pick(["FARMACIA ESPERANCA", "SUPERM PRUDENTE", "PADARIA ROSA BRANCA", "ATACADAO GURGEL"]), fim=g.d(4), v=val, s=saldo - val)
            saldo -= val
        elif kind == "boleto":
            doc.f("«dt»      PAGTO BOLETO «emp» «lin»   -«v»,00   «s»,00\n", dt=day, emp=g.pick(["ESCOLINHA AURORA", "COLEGIO AMADO BEZERRIL", "ENERGISA CONTA DE LUZ"]),
                  lin=g.d(12), v=val, s=saldo - val)
            saldo -= val
        elif kind == "pixout":
            doc.f("«dt»      PIX ENVIADO FLOR DO CAMPO TRANSPORTES «cn»   -«v»,00   «s»,00\n", dt=day, cn=L(g.cnpj(), "BR_CNPJ"), v=val, s=saldo - val)
            saldo -= val
        else:
            doc.f("«dt»      CRED BENEF BOLSA FAMILIA NIS «nis»   +«v»,00   «s»,00\n", dt=day, nis=L(g.pis("raw"), "BR_PIS"), v=val, s=saldo + val)
            saldo += val
    doc.f("\nID transação (amostra): «e2e»\n\nNota da advogada («an», «oab»): os créditos «pix» correspondem aos pagamentos de pensão de «fn» "
          "(chave Pix dele: «pk»). Nos meses sem crédito não houve pagamento. Juntar como doc. «dn» na execução «p».\n",
          e2e=g.e2e(), an=P(g.person(female=True).full), oab=L(g.council("OAB"), "PROFESSIONAL_ID"), pix="\"PIX RECEBIDO\"",
          fn=P(g.pick([f.full, f.first])), pk=L(g.uuid(), "PIX_KEY"), dn=g.ri(4, 12), p=g.cnj())
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll-deduction order to an employer and the HR department's reply."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    emp = g.pick(COMPANIES)
    rh = g.person(female=g.chance(0.7))
    juiz = g.person()
    dom = g.pick(["kassab.com.br", "grupogurgel.com.br", "schmitt.ind.br", "zanellamoveis.com.br", "nobregaeng.com.br"])
    of = g.d(3)
    doc.f("OFÍCIO Nº «of»/«y» - «vara» DA COMARCA DE «c»\nProcesso: «p» - Alimentos\nAo Departamento de Recursos Humanos da «emp» (CNPJ «cn»)\n\n"
          "Determino que V. Sa. proceda ao desconto em folha de pagamento do(a) empregado(a) «fn», CPF «fc», PIS «pis», nascido(a) em «fd», matrícula «mat», "
          "no percentual de «pc»% dos rendimentos líquidos (incluídos 13º salário, férias e verbas rescisórias, excluídos FGTS e PLR), "
          "a título de pensão alimentícia, creditando o valor até o 5º dia útil na conta de «mn», CPF «mc», banco «bc», agência «ag», conta «cc»",
          of=of, y=g.ri(2024, 2025), vara=g.pick(["1ª VARA DE FAMÍLIA", "VARA ÚNICA", "2ª VARA CÍVEL"]), c=fold(city).upper(), p=g.cnj(),
          emp=emp, cn=L(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), fn=P(f.caps), fc=L(g.cpf(), "BR_CPF"), pis=L(g.pis(), "BR_PIS"), fd=L(g.dob(), "DATE_OF_BIRTH"), mat=g.d(6),
          pc=g.pick([15, 20, 25, 30]), mn=P(m.caps), mc=L(g.cpf(), "BR_CPF"), bc=g.pick(["104", "001", "237", "341", "260", "336"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f(" ou via Pix para a chave aleatória «pk»", pk=L(g.uuid(), "PIX_KEY"))
    doc.f(".\n\n«c», «d».\n«jn»\nJuiz(a) de Direito\n\n---------- resposta ----------\nDe: «rn» <«re»>\nPara: vara.familia@tj.jus.br; rh@«dom»\n"
          "Assunto: Resp. Ofício «of2» - desconto de pensão\n\nPrezados, confirmamos a implantação do desconto a partir da competência «comp». "
          "Demonstrativo do colaborador (CTPS digital, PIS «pis2», admissão «adm»):\n\n",
          c=city, d=g.date("long"), jn=P(juiz.full), rn=P(rh.full), re=L(g.work_email(rh, dom), "EMAIL_ADDRESS"), dom=dom, of2=of,
          comp=f"{MON3[g.ri(0, 11)]}/{g.ri(2024, 2025)}", pis2=L(g.pis("raw"), "BR_PIS"), adm=g.date(year=g.ri(2015, 2023)))
    rows = []
    for i in range(3):
        bruto = g.ri(2200, 7000)
        liq = int(bruto * 0.82)
        rows.append([V(f"{MON3[i + 2]}/{g.ri(2024, 2025)}"), V("R$ " + f"{bruto:,}".replace(",", ".") + ",00"), V("R$ " + f"{liq:,}".replace(",", ".") + ",00"),
                     V("R$ " + g.money(300, 1800))])
    table_md(doc, ["Competência", "Bruto", "Líquido", "Desconto pensão"], rows)
    doc.f("\nObs.: o CPF informado no ofício anterior («bad») não confere com o cadastro do eSocial; usamos o CPF da CTPS. "
          "Em caso de dúvidas, ramal «r».\n\nAtt.,\n«rf»\nAnalista de Departamento Pessoal - «emp»\n",
          bad=g.bad_cpf(g.pick(["raw", "dot"])), r=g.d(4), rf=P(g.pick([rh.first, rh.short])), emp=emp)
    return doc


def fi_van(g: Gen) -> Doc:
    """School-van driver's monthly billing sheet (spreadsheet pasted in WhatsApp)."""
    doc = Doc()
    drv = g.person(female=g.chance(0.3))
    doc.f("TRANSPORTE ESCOLAR «tn» - controle de mensalidades «mes»/«y»\nVan «pl» | motorista: «dn» | monitora: «mo»\n"
          "Pix (chave aleatória): «pk»  -  ou transferência ag. «ag» cc «cc»\n\n",
          tn=g.pick(["FLOR DO CAMPO", "ALEGRIA KIDS", "ESTRELINHA", "BENTO KIDS"]),
          mes=g.pick(MON3), y=g.ri(2025, 2026), pl=L(g.plate(), "LICENSE_PLATE"), dn=P(g.pick([drv.full, drv.short, drv.nick])),
          mo=P(g.person(female=True).first), pk=L(g.uuid(), "PIX_KEY"), ag=L(g.agency(False), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"))
    cols = ["aluno", "escola", "whats resp.", "valor", "pago em", "forma", "obs"]
    rows = []
    for _ in range(g.ri(5, 7)):
        mm = g.person(female=True)
        k = g.child_of(mm)
        forma = g.pick(["pix", "pix", "dinheiro", "cartão", "-"])
        obs = V("")
        if forma == "cartão":
            obs = L(g.card(), "CREDIT_CARD")
        elif forma == "-":
            obs = V(g.pick(["atrasado 2 meses", "vai pagar dia 20", "mãe desempregada, combinar"]))
        elif g.chance(0.5):
            obs = L(g.cpf(), "BR_CPF")
        rows.append([P(g.pick([k.first, k.short, k.nick])), V(g.pick(["CMEI V. Régia", "Col. Aurora", "EMEF Pres. Prudente", "Esc. Bento de Abreu", "CMEI Sonho Meu"])),
                     L(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), V(g.money(180, 450)),
                     V(g.date("short") if forma != "-" else ""), V(forma), obs])
    table_csv(doc, cols, rows, sep=" | ")
    doc.f("\nquem pagou no cartão: cobrado na maquininha, nota fiscal sai no CPF do responsável. «wu» - «dn»\n",
          wu=g.pick(["Reajuste de 8% a partir de fevereiro", "Lembrando: em branco = não pagou", "Boas férias a todos!"]), dn=P(drv.first))
    return doc


def fi_escola(g: Gen) -> Doc:
    """Private daycare tuition renegotiation with card payment and an e-signature audit log."""
    doc = Doc()
    m, f, kids = fam(g)
    resp = g.pick([m, m, f])
    school = g.pick(["Escola de Educação Infantil Pequeno Polegar Ltda", "Berçário Casinha Feliz ME", "Colégio Aurora Ltda", "Creche Escola Amado & Saboia Ltda"])
    dir_ = g.person(female=True)
    rcpf = g.cpf()
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E RENEGOCIAÇÃO Nº «n»\n\nCREDORA: «sc», CNPJ «cn».\nDEVEDOR(A)/RESPONSÁVEL FINANCEIRO: «rn», CPF «rc», "
          "RG «rg», nascid«o» em «rd», residente na «ad», CEP «cep», e-mail «re», celular «rt».\nALUNO(S): ",
          n=f"{g.ri(2025, 2026)}/{g.d(4)}", sc=school, cn=L(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), rn=P(resp.caps), rc=L(rcpf, "BR_CPF"),
          rg=L(g.rg(), "BR_RG"), o=resp.o, rd=L(g.dob(), "DATE_OF_BIRTH"), ad=L(g.address(), "ADDRESS"), cep=L(g.cep(), "BR_CEP"),
          re=L(g.email(resp), "EMAIL_ADDRESS"), rt=L(g.phone(), "PHONE_NUMBER"))
    for i, k in enumerate(kids):
        if i:
            doc.t(", ")
        doc.e(g.pick([k.full, k.caps]), "PERSON")
    doc.f(".\n\n1. O(A) DEVEDOR(A) reconhece débito de R$ «deb» referente às mensalidades de «m1» a «m2» de «y», já com multa de 2%.\n"
          "2. O débito será pago em «np» parcelas de R$ «vp» no cartão de crédito nº «card», validade «val», titular «tit».\n"
          "3. O inadimplemento autoriza protesto e inscrição nos órgãos de proteção ao crédito.\n\n",
          deb=g.money(1500, 12000), m1=g.pick(MONTHS[:5]), m2=g.pick(MONTHS[6:]), y=g.ri(2024, 2025), np=g.ri(3, 12), vp=g.money(150, 1200),
          card=L(g.card(), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", tit=P(fold(resp.short).upper()))
    doc.f("--- Registro de assinaturas (ClickSign) ---\nDocumento: «h»\n1) «rn2» <«re2»> assinou como DEVEDOR em «d» «hh» - IP «ip1» - CPF «rc2»\n"
          "2) «dn» <«de»> assinou como CREDORA (diretora) em «d» «hh2» - IP «ip2»\n3) Testemunha: «tn» - CPF «tc»\n",
          h=g.hexs(32), rn2=P(resp.full), re2=L(g.email(resp), "EMAIL_ADDRESS"), d=g.date("iso"), hh=g.hm(), ip1=L(g.pick([g.ip(), g.ip(), g.ip6()]), "IP_ADDRESS"),
          rc2=L(re.sub(r"\D", "", rcpf), "BR_CPF"), dn=P(dir_.full), de=L(g.work_email(dir_, "escolaaurora.com.br"), "EMAIL_ADDRESS"), hh2=g.hm(),
          ip2=L(g.ip(), "IP_ADDRESS"), tn=P(g.person().full), tc=L(g.cpf(), "BR_CPF"))
    return doc


def fi_calculo(g: Gen) -> Doc:
    """Court accountant's arrears calculation for child support (INPC, interest, totals)."""
    doc = Doc()
    m, f, kids = fam(g)
    cont = g.person()
    pc = g.pick([20, 25, 30, 33])
    doc.f("CONTADORIA JUDICIAL - CÁLCULO DE DÉBITO ALIMENTAR\nProcesso: «p»\nExequente(s): «ex», rep. por «mn»\nExecutado: «fn» - CPF «fc»\n"
          "Título: «tit» - «pc»% do salário mínimo - vencimento dia «dia»\nAtualização: INPC; juros de mora de 1% a.m. desde cada vencimento\n\n",
          p=g.cnj(), ex=" e ".join(k.bare for k in kids), mn=P(g.pick([m.full, m.caps])), fn=P(g.pick([f.full, f.caps])), fc=L(g.cpf(), "BR_CPF"),
          tit=g.pick(["sentença", "acordo homologado no CEJUSC", "decisão liminar (alimentos provisórios)"]), pc=pc,
          dia=g.pick([5, 10, 15]))
    doc.t("Competência  Sal. mínimo  Devido     Pago       Diferença  Índice INPC  Atualizado  Juros      Total\n")
    tot = 0
    y = g.ri(2023, 2025)
    for i in range(g.ri(5, 8)):
        sm = 1412 if y == 2024 else (1518 if y == 2025 else 1320)
        dev = sm * pc / 100
        pago = g.pick([0, 0, 0, g.ri(50, 300)])
        dif = dev - pago
        idx = 1 + g.ri(1, 90) / 1000
        at = dif * idx
        jr = at * 0.01 * g.ri(1, 14)
        tot += at + jr
        cells = [f"{MON3[i]}/{y}", f"{sm:.2f}", f"{dev:.2f}", f"{pago:.2f}", f"{dif:.2f}", f"{idx:.6f}", f"{at:.2f}", f"{jr:.2f}", f"{at + jr:.2f}"]
        doc.t("  ".join(c.replace(".", ",").ljust(11) for c in cells).rstrip() + "\n")
    doc.f("\nTOTAL DEVIDO: R$ «tot»\nHonorários (10%): R$ «hon»\n\nObservações: 1) o CPF «bad» que consta da inicial não passa na validação da Receita; "
          "foi usado o CPF da qualificação do executado. 2) Depósitos comprovados na conta da representante (ag. «ag», conta «cc») foram abatidos.\n\n"
          "«cn»\nContador(a) Judicial - «crc»\n",
          tot=f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), hon=f"{tot / 10:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          bad=g.bad_cpf(), ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), cn=P(cont.full),
          crc=L(f"CRC/{g.pick(UFS)} {g.d(6)}/O-{g.ri(1, 9)}", "PROFESSIONAL_ID"))
    return doc


def fi_cadunico(g: Gen) -> Doc:
    """CadÚnico 'folha resumo' of a family receiving Bolsa Família, with the benefit breakdown."""
    doc = Doc()
    m, f, kids = fam(g)
    city, uf = g.city()
    ent = g.person()
    doc.f("CADASTRO ÚNICO PARA PROGRAMAS SOCIAIS - FOLHA RESUMO\nMunicípio: «c»/«u»   Código familiar: «cf»   Data da entrevista: «de»\n"
          "Entrevistador(a): «en» (CPF «ec»)\n\nRESPONSÁVEL FAMILIAR (RF)\nNome: «mn»\nNIS: «nis»   CPF: «cpf»   Título de eleitor: «te»\n"
          "Data de nascimento: «md»   Apelido: «ap»\nEndereço: «ad» - «b» - CEP «cep»\nTelefone(s): «t1»«t2»\n\nCOMPOSIÇÃO FAMILIAR\n",
          c=city, u=uf, cf=f"{g.d(9)}-{g.d(2)}", de=g.date(), en=P(ent.full), ec=L(g.cpf(), "BR_CPF"), mn=P(m.caps), nis=L(g.pis(), "BR_PIS"),
          cpf=L(g.cpf(), "BR_CPF"), te=L(g.titulo(), "BR_TITULO_ELEITOR"), md=L(g.dob(), "DATE_OF_BIRTH"),
          ap=P(m.nick) if m.nick != m.first else V("-"), ad=L(g.address("caps"), "ADDRESS"), b=g.pick(BAIRROS).upper(), cep=L(g.cep(), "BR_CEP"),
          t1=L(g.phone(), "PHONE_NUMBER"), t2=V(""))
    rows = [[V("1"), P(m.caps), V("RF"), L(g.pis("raw"), "BR_PIS"), L(g.dob("br"), "DATE_OF_BIRTH"), V(g.money(0, 1500))]]
    for i, k in enumerate(kids):
        rows.append([V(str(i + 2)), P(fold(k.full).upper()), V("FILHO(A)"), L(g.pis("raw"), "BR_PIS") if g.chance(0.7) else V("-"),
                     L(g.kid_dob("br", 2012, 2025), "DATE_OF_BIRTH"), V("0,00")])
    table_fixed(doc, ["Nº", "Nome", "Parentesco", "NIS", "Nascimento", "Renda"], rows)
    doc.f("\nRenda per capita: R$ «rpc»   Faixa: «fx»\nBENEFÍCIOS (Programa Bolsa Família): Benefício de Renda de Cidadania R$ «b1»; Benefício Primeira Infância "
          "R$ «b2» (crianças de 0 a 6 anos); Benefício Complementar R$ «b3». Total: R$ «bt»\nSituação: «sit»\n\n"
          "Declaro que as informações são verdadeiras (Lei 14.601/2023). Assinatura do RF: ____________   Entrevistador: ____________\n",
          rpc=g.money(50, 218), fx=g.pick(["pobreza", "extrema pobreza"]), b1=g.money(142, 600), b2=g.money(150, 450), b3=g.money(0, 100),
          bt=g.money(600, 1200), sit=g.pick(["cadastro atualizado", "em averiguação cadastral", "atualização vencida - convocar"]),
          )
    return doc


def fi_alvara(g: Gen) -> Doc:
    """Electronic release of a judicial deposit (alvará) to the child's representative, with the portal log."""
    doc = Doc()
    mcpf = g.cpf()
    m, f, kids = fam(g)
    adv = g.person()
    city, uf = g.city()
    doc.f("ALVARÁ ELETRÔNICO DE TRANSFERÊNCIA Nº «n»\nProcesso: «p» - Execução de alimentos\nConta judicial: «cj» - «bk» ag. «agj» (depósito do executado «fn»)\n\n"
          "BENEFICIÁRIO: «ex», representad«ko» por «mn», CPF «mc»\nTRANSFERIR PARA: banco «bc», agência «ag», conta «cc», titular «tit», CPF «tc»\n"
          "Valor: R$ «v» (com rendimentos até a data do resgate)\nAdvogad«ao» habilitad«ao»: «an» - «oab»\n\n",
          n=f"{g.ri(2024, 2025)}{g.d(6)}", p=g.cnj(), cj=f"{g.d(4)}.{g.d(3)}.{g.d(8)}-{g.d(1)}", bk=g.pick(["CEF", "Banco do Brasil"]), agj=g.d(4),
          fn=P(f.caps), ex=kids[0].bare, ko=kids[0].o, mn=P(m.caps), mc=L(mcpf, "BR_CPF"), bc=g.pick(["104", "001", "260", "077", "290"]),
          ag=L(g.agency(), "BANK_ACCOUNT"), cc=L(g.account(), "BANK_ACCOUNT"), tit=P(m.full), tc=L(mcpf, "BR_CPF"), v=g.money(800, 25000),
          ao=adv.o, an=P(adv.full), oab=L(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("LOG DO PORTAL (SISCONDJ)\n")
    for i in range(g.ri(3, 4)):
        ev = g.pick(["login", "consulta saldo", "solicitação de levantamento", "download alvará", "login"])
        if g.chance(0.5):
            doc.f("«d» «h»  «ev»  usuário «u»  IP «ip»\n", d=g.date("iso"), h=g.hm(), ev=ev, u=L(g.cpf("raw"), "BR_CPF"), ip=L(g.ip(), "IP_ADDRESS"))
        else:
            doc.f("«d» «h»  «ev»  usuário «u»  IP «ip»\n", d=g.date("iso"), h=g.hm(), ev=ev, u=g.pick(["sistema.siscon", "srv_batch_cef", "mag." + g.d(5)]),
                  ip=L(g.ip(), "IP_ADDRESS") if g.chance(0.4) else "(rede interna TJ)")
    doc.f("\nCertifico que o alvará foi expedido e assinado eletronicamente por «srv», Diretor(a) de Secretaria, em «d».\n",
          srv=P(g.person().full), d=g.date())
    return doc

# =========================================================================== checks and main

TEMPLATES = {
    "atendimento": [at_fila, at_matricula, at_whatsapp, at_conselho, at_transporte, at_visita, at_156],
    "juridico": [ju_alimentos, ju_execucao, ju_cejusc, ju_divorcio, ju_dna, ju_habilitacao, ju_acolhimento],
    "saude": [sa_prenatal, sa_pediatria, sa_alta, sa_vacina, sa_laudo, sa_pezinho, sa_sinan],
    "financeiro": [fi_extrato, fi_folha, fi_van, fi_escola, fi_calculo, fi_cadunico, fi_alvara],
}

HARD_NEG_11 = re.compile(r"(?<![\d.\-/])\d{11}(?![\d.\-/])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|tio|tia|rn de)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|rh|matriculas|cejusc|naoresponda|contato|financeiro)@", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    # every free-standing unlabelled 11-digit number is a hard negative and must fail the CPF check
    for m in HARD_NEG_11.finditer(text):
        if not covered[m.start()]:
            assert not cpf_ok(m.group()), (record["id"], m.group())


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
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fiftyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
