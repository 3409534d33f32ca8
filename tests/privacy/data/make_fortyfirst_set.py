"""Build the forty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 4141, 280 records: 7 templates per domain, 10 copies each.

Register: media, publishing, advertising and the creative industries, the paperwork of casting
agencies, film and ad productions, newsrooms, publishers, music distributors, influencer agencies
and streaming services, with the health and money sides of performers' work.
- atendimento: a streaming subscriber-support chat (bot, agent, account note with profiles,
  cards and last-login IPs), an audience-ombudsman ticket of a newspaper/TV network with the
  newsroom's replies, a casting agency registration form (stage name, DRT, guardian of minors,
  fee account and Pix), a film/ad production call sheet (ordem do dia: crew, cast table,
  private location, drivers and plates, set medic, birthday of the day), a publishing house
  e-commerce SAC e-mail thread with the order-system block, a music distributor's artist-support
  ticket (suspicious logins, changed bank data, co-author split), a WhatsApp export of a
  newborn photo-session booking (client saved by name or unsaved number; the studio writes
  under a person's name or a business profile name).
- juridico: a talent release (termo de cessão de imagem, nome e voz) with witnesses and e-signature
  IP, a right-of-reply request under Lei 13.188/2015, an extrajudicial defamation notice quoting
  provider connection data (IPs, ports, recovery e-mail and phone), an author publishing contract
  (pseudonym, royalties account, heir), an influencer publicity contract (MEI CNPJ, Pix, CONAR),
  a composer's copyright petition against a venue (Lei 9.610/98, ECAD, ISWC), a newsroom
  corrections log with the legal review (pipe table).
- saude: an occupational health certificate (ASO) of performers and stunt crew, a stunt
  performer's personal-accident insurance claim (CNH, CNS, beneficiary), a set paramedic's
  daily log (table of patients), a voice-clinic report of a singer or voice actor, a
  confidential psychology referral of a journalist after traumatic coverage (INSS leave), a
  CAT (work accident report) of a theatre stagehand, a production health-compliance CSV for a
  shoot in the Amazon (vaccines, CNS, emergency contacts).
- financeiro: an RPA (autonomous worker receipt) for an artist's fee with withholdings, a
  semester royalty statement of a publisher, a music distributor's payout batch CSV by Pix, an
  accounts-payable e-mail thread about an influencer's invoices, a festival artists'-fee sheet,
  a streaming chargeback dossier, a production petty-cash report.

Conventions (the twentieth set's, which follow the eighteenth, twelfth, fourteenth and
sixteenth where they decide): PERSON covers the name only, never "Sr.", "Dra.", "dona", "seu";
particles inside a name are part of it; "SURNAME, Given" is one span; nicknames and first names
alone are persons; first_name / last_name fields are one span each. Staff named in the text
(attendants, ombudsmen, editors, reporters, lawyers, doctors, paramedics, analysts, producers,
drivers) are persons; logins, system accounts and the bot ("Lumi") are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (sac@, juridico@, dpo@, contas.pagar@) are not labelled.
ADDRESS is street type + name + number + complement (not bairro, city, state; CEP is BR_CEP); a
company's address (seat of a production company, law office, venue) is not labelled; a private
home used as a film location is. Agency and account are separate BANK_ACCOUNT spans; bank codes
and names are not. DATE_OF_BIRTH only for birth dates (including a newborn's); shoot, order,
accident, publication and signature dates are not. PIX_KEY only for random (UUID) keys used as
Pix keys; Pix keys that are a CPF, e-mail or phone take those labels. Masked values, health-plan
card numbers, internal ids, protocol, ticket, order, contract, policy, NSU and benefit numbers
are not labelled.
Decisions new to this register:
- Stage names and pen names of individual people ("Nildo do Acordeon", "Dalva Luar", a
  pseudonym in a publishing contract) are PERSON, one span; band, duo, orchestra and collective
  names ("Trio Jatobá", "Duo Timbó") are not.
- The professional registration of artists and journalists (DRT, "DRT/SP 12.345"; MTb,
  "MTb 0012345/RJ") is PROFESSIONAL_ID, like council numbers, with its acronym and UF.
  Councils numbered by region keep the region instead of the UF ("CRP 06/12345",
  "CRFa-2 12345"). CRM, COREN and OAB as usual.
- Social-media handles (@someone) are not labelled (no label fits; they are kept as text).
- Character roles in call sheets are descriptions ("MÃE", "DELEGADO"), never names; titles of
  works, songs and books ("Luz de Agosto", "Rosa dos Ventos", "Bento e o Rio") are not persons.
- NIT and PIS/PASEP are the same number and are BR_PIS.
- A minor shielded in the corrections log ("menor — não identificar") is text, not a person.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethellen, Ryquelme, Thayanne, Myllena; Italian, German, Japanese/Okinawan, Lebanese, Korean,
Chinese, Bolivian, Haitian, Senegalese, Angolan, indigenous, Jewish, Polish, Venezuelan), at
least a quarter of the name words rare or invented (main() prints the share); names that are
also words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Esperança, Leão,
Graça) next to the same words as words ("seria prudente", "vinho branco", "luz de serviço",
"à flor da pele", "o leão da Receita") and in places, streets, companies and titles
(Presidente Prudente, Bento Gonçalves, Boa Esperança, Rua Luz do Sol, Farmácia Luz Divina,
Hospital Santa Rosa de Lima, Pronto-Socorro Aurora, "O Leão de Cajazeira"), which are not
persons. Forms: full, ALL CAPS without accents, lower case, short (first + last), first name
alone, nicknames, stage names.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(subscriber ids, talent codes, policy, dispute, NSU, benefit and RPA numbers, a wrong CPF quoted
by a customer), ICD-10 codes, ISRC, ISWC and ISBN codes, CBO codes, money, tracking codes,
boleto lines, Pix end-to-end ids, hashes, protocol/ticket/order numbers, masked cards and CPFs,
laws ("Lei nº 13.709/2018", "Lei 13.188/2015", "Lei Paulo Gustavo"), company names containing a
surname (Maranhão & Gusmão Comunicação, Bittar Shows, Nakamura Post House, Edições Bacurau),
places named after people ("a operação da Barão de Mauá"), dates that are not birth dates.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import urllib.parse
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 4141

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

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Juliana", "Fernanda", "Patrícia", "Camila", "Larissa", "Beatriz", "Gabriela", "Adriana", "Cristiane",
        "Luciana", "Priscila", "Tatiane", "Sandra", "Cláudia", "Simone", "Isabela", "Manuela", "Heloísa",
        "Valentina", "Mariana", "Letícia", "Raquel", "Aline", "Débora", "Maria Eduarda", "Ana Paula",
        "Maria José", "Fabiana", "Eduarda", "Natália", "Carla", "Roberta", "Mônica"]
RARE_F = ["Gleiciane", "Rosilda", "Edinalva", "Zenaide", "Marinalva", "Cleonice", "Dalvanira", "Josefa Vitalina",
          "Lucineide", "Ivaneide", "Dejanira", "Eulina", "Railda", "Zilmar", "Nilzete", "Ademilde", "Otacília",
          "Kethellen", "Myllena", "Ysadora", "Thayanne", "Kauany", "Brenda Suellen", "Jordânia", "Lindaura",
          "Albertina", "Genilda", "Erotildes", "Rutinéia", "Socorro", "Quitéria", "Yolanda Maria", "Marizete",
          "Auricélia", "Elenice", "Benedita", "Dorcas", "Hildete", "Cremilda", "Lusinete", "Wanusa"]
PT_M = ["Rafael", "Gustavo", "Rodrigo", "Eduardo", "Ricardo", "Fábio", "Thiago", "Bruno", "Diego", "Lucas",
        "Matheus", "Gabriel", "Vinícius", "Leandro", "Anderson", "Roberto", "Antônio", "José Carlos",
        "João Pedro", "Miguel", "Arthur", "Heitor", "Lorenzo", "Bernardo", "Rogério", "Sílvio", "Edson",
        "Francisco", "Raimundo", "Sebastião", "Benedito", "Henrique"]
RARE_M = ["Josenildo", "Valdomiro", "Gedeão", "Ubiratã", "Elizeu", "Cosme", "Deusdete", "Euclides", "Natanael",
          "Adelmo", "Wanderlei", "Jucelino", "Raniere", "Tarcísio", "Zeferino", "Claudemir", "Edivaldo",
          "Gilmar", "Ademar", "Lindoval", "Evandro", "Reinaldo", "Crispim", "Olímpio", "Ailton", "Epaminondas",
          "Ryquelme", "Kauê", "Maycon", "Jhonatan", "Weverton", "Davidson", "Nataniel", "Odair", "Belarmino",
          "Ezequias", "Onofre", "Ubirajara", "Aristides", "Getúlio", "Teotônio", "Jacinto"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Barros", "Moreira", "Pires", "Cunha", "Farias", "Batista", "Soares", "Fernandes", "Melo", "Miranda",
          "Rezende", "Tavares", "Coelho", "Fonseca", "Brito", "Sampaio", "Borges", "Guimarães", "Medeiros",
          "Sales", "Aguiar", "Queiroz", "Leite", "Xavier", "Conceição"]
RARE_SUR = ["Bezerril", "Cajazeira", "Mourão", "Tabosa", "Arcoverde", "Quintela", "Carapeba", "Ximenes",
            "Paraguaçu", "Bandeira Neiva", "Cerqueira Lobo", "Vasconcelos Brum", "Jatobá", "Maranhão", "Itaparica",
            "Guedelha", "Rabelo", "Sarmento", "Tupinambá", "Valadares", "Bacurau", "Brayner", "Coutinho Lustosa",
            "Feitosa", "Gondim", "Jucá", "Lins Carneiro", "Macambira", "Nóbrega", "Pacheco Dantas", "Rolemberg",
            "Sucupira", "Timbó", "Urquiza", "Wanderley", "Aragão", "Biancardi", "Cotegipe", "Espínola",
            "Frazão", "Gusmão", "Holanda Cavalcanti"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Graça", "Dalva"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Jubileu", "Leão", "Vitorino"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Vitória", "Aurora", "Leão",
            "Cordeiro", "Raposo", "Pimenta", "Coelho", "Cravo", "Pinheiro", "Lobo", "Carneiro"]
NICK = {"José Carlos": "Zeca", "Francisco": "Chico", "Antônio": "Tonho", "Raimundo": "Mundinho",
        "Sebastião": "Tião", "Benedito": "Dito", "Maria José": "Zezé", "Maria Eduarda": "Duda",
        "Quitéria": "Teca", "Socorro": "Help", "Josenildo": "Nildo", "Wanderlei": "Vandeco",
        "Epaminondas": "Nondas", "Deusdete": "Dedé", "Eduarda": "Dudinha", "Gedeão": "Gedé",
        "Heloísa": "Helô", "Benedita": "Ditinha", "Ubirajara": "Bira", "Ezequias": "Zeca",
        "Cleonice": "Nice", "Natanael": "Nata", "Raniere": "Rani", "Isabela": "Bebela", "João Pedro": "JP"}
FOREIGN = {
    "it": (["Giuliana", "Antonella", "Rossella"], ["Giancarlo", "Massimo", "Piero"],
           ["Zanetti", "Bortolini", "Tomasella", "De Bona", "Piccoli", "Scarpellini", "Benedetti"]),
    "de": (["Hildegard", "Irmgard", "Ursula"], ["Reinhold", "Egon", "Siegfried"],
           ["Kunz", "Wachholz", "Schmitt", "Ruppenthal", "Hartmann", "Strelow", "Dietrich"]),
    "jp": (["Keiko", "Yumi", "Harumi", "Tomoko"], ["Massao", "Tadashi", "Yoshio", "Minoru"],
           ["Nakamura", "Higa", "Shimabukuro", "Uehara", "Kaneshiro", "Sakamoto"]),
    "ar": (["Samira", "Jamile", "Zahra"], ["Munir", "Salim", "Elias"],
           ["Jafet", "Chamma", "Karam", "Bittar", "Zogbi", "Hajj"]),
    "kr": (["Seo-yeon", "Ji-woo"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Cho"]),
    "cn": (["Meiling", "Yuxin"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "bo": (["Eulalia", "Marleny", "Justina"], ["Edwin", "Ronald", "Florencio"],
           ["Mamani", "Condori", "Choque", "Quispe", "Chambi Laura"]),
    "ht": (["Nadège", "Fabiola", "Wideline"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Desir", "Saintil", "Métellus"]),
    "sn": (["Awa", "Mariama", "Ndèye"], ["Abdoulaye", "Moustapha", "Babacar"],
           ["Sarr", "Mbaye", "Cissé", "Thiam", "Faye"]),
    "ao": (["Esperança Ngola", "Madalena Kunzika"], ["Nzinga Bento", "Adelino Kalunga"], ["Mbemba", "Lukamba", "Kassoma", "Tchissola"]),
    "in": (["Moema", "Potira", "Yara"], ["Kaiapó", "Raoni", "Aritana"], ["Pataxó", "Guajajara", "Terena", "Baniwa"]),
    "jw": (["Sarah", "Esther", "Rivka"], ["Moisés", "Jacó", "Nathan"], ["Feldman", "Szpigel", "Rozenblit", "Waisberg"]),
    "pl": (["Wanda", "Halina"], ["Stanisław", "Casimiro"], ["Kowalski", "Wiśniewski", "Gutkoski", "Zielinski"]),
    "ve": (["Yusmary", "Oriana"], ["Yorman", "Wilmer"], ["Guerrero", "Bracho", "Rondón Pérez"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "jw", "pl", "ve", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "55", "61", "62", "63", "65", "66", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Largo",
                "Praça", "Ladeira", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Dona Flor Amado", "da Aurora Boreal", "Bento Pinheiro", "Prudente de Morais",
                "Cravo e Canela", "das Tipuanas", "Maestro Zeferino Gusmão", "Atriz Dalva Feitosa",
                "Sete de Setembro", "Marechal Deodoro", "Teodoro Sampaio", "Luz do Sol", "Esperança Nova",
                "Augusta", "Cardeal Arcoverde", "Poeta Crispim Jatobá", "dos Cinegrafistas", "Vitória Régia",
                "Compositor Epaminondas Valadares", "Padre Cícero", "Rosa e Silva", "Quinze de Novembro",
                "Irmãos Rebouças", "Fradique Coutinho", "das Bandeirolas", "Harmonia", "Senador Ximenes",
                "Heitor Villa-Lobos", "Chiquinha Gonzaga", "Engenheiro Tabosa"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Luziânia", "GO"), ("Aurora do Pará", "PA"), ("Boa Esperança", "MG"), ("Flores", "PE"),
          ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Paulínia", "SP"), ("Olinda", "PE"), ("Recife", "PE"),
          ("Salvador", "BA"), ("Cachoeira", "BA"), ("Tiradentes", "MG"), ("Ouro Preto", "MG"), ("Gramado", "RS"),
          ("Porto Alegre", "RS"), ("Curitiba", "PR"), ("Florianópolis", "SC"), ("Blumenau", "SC"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Belém", "PA"), ("Manaus", "AM"), ("Parintins", "AM"),
          ("Goiânia", "GO"), ("Pirenópolis", "GO"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Niterói", "RJ"),
          ("Petrópolis", "RJ"), ("Campinas", "SP"), ("Santos", "SP"), ("São Luís", "MA"), ("João Pessoa", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Vila Madalena", "Pinheiros", "Santa Teresa", "Lapa", "Jardim Aurora", "Alto da Boa Vista",
           "Vila Prudente", "Bela Vista", "Rio Vermelho", "Savassi", "Boa Viagem", "Cidade Baixa", "Jardim Botânico"]
CIDS = ["S52.5", "S82.6", "S93.4", "S43.0", "S06.0", "T14.0", "M54.5", "M75.1", "M23.2", "J38.2", "R49.0",
        "J37.0", "F43.1", "F41.1", "F32.1", "Z57.0", "H83.3", "T67.1", "L23.9", "G44.2", "R55", "Z02.1"]
PARTICLES = ["da", "de", "do", "das", "dos"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Aurora", "Conceição", "Cunha", "Fonseca"}
DO_SUR = {"Carmo", "Amaral", "Maranhão"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


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
        if kind == "DRT":
            return self.pick([f"DRT/{uf} {dotted}", f"DRT-{uf} {n}", f"DRT {n}/{uf}"])
        if kind == "MTB":
            return self.pick([f"MTb {n:07d}/{uf}", f"MTb/{uf} {dotted}", f"MTB-{uf} {n}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}", f"CRP-{self.rng.randint(1, 24):02d}/{self.d(6)}"])
        if kind == "CRFA":
            return self.pick([f"CRFa-{self.rng.randint(1, 9)} {self.d(5)}", f"CRFa {self.rng.randint(1, 9)}ª Região nº {self.d(5)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)} {self.d(6)}-F", f"CREFITO/{uf} {n}-F"])
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




# --------------------------------------------------------------------------- register helpers

PRODUTORAS = ["Luz de Agosto Filmes Ltda", "Bento & Cajazeira Produções", "Aurora Boreal Conteúdo S.A.",
              "Prudente Audiovisual Eireli", "Jatobá Filmes", "Casa Rosa Produções Artísticas",
              "Leão do Norte Entretenimento", "Estúdio Flor de Sal", "Maranhão & Gusmão Comunicação",
              "Vitória Régia Cinema e TV", "Cravo Branco Eventos Ltda", "Nakamura Post House"]
EDITORAS = ["Editora Aurora", "Edições Cravo & Canela", "Editora Prudente de Letras", "Casa Amado Editorial",
            "Editora Luz Azul", "Jatobá Livros", "Edições Bacurau", "Editora Rosa dos Ventos"]
VEICULOS = ["Jornal da Aurora", "Diário do Leão", "Gazeta Prudentina", "Folha de Cajazeira", "Portal Luz Notícias",
            "TV Vitória Régia", "Rádio Esperança FM", "Correio do Bento", "Revista Flor de Lis", "Blog Olho Vivo"]
PLATAFORMAS = ["Lumiflix", "CineBento+", "Aurora Play", "TocaSom", "Rosa Stream", "Maré TV"]
FUNCOES = ["atriz", "ator", "figurante", "dublê", "bailarina", "bailarino", "cantora", "músico", "modelo",
           "apresentadora", "locutor", "dubladora", "maquiadora", "cenotécnico", "maquinista", "eletricista de set",
           "assistente de direção", "diretora de fotografia", "roteirista", "fotógrafa", "operador de steadicam"]
OBRAS = ["Luz de Agosto", "O Leão de Cajazeira", "Esperança, Meu Bem", "Rosa dos Ventos", "Aurora em Quixeramobim",
         "A Flor do Mandacaru", "Bento e o Rio", "Vitória Amarga", "Cravo Vermelho", "Ladeira da Harmonia"]
WORDS = ["seria prudente refazer a cena de manhã", "a tela ficou em branco na Smart TV", "a luz de serviço queimou",
         "a rosa dos ventos do cenário", "o leão da Receita levou metade", "vitória no festival de Gramado",
         "ficou à flor da pele", "o amado público de Parintins", "a aurora no plano 12", "campanha outubro rosa",
         "vinho branco no catering", "tenho esperança de resolver hoje"]


def handle(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return "@" + g.pick([f"{f}{l}", f"{f}.{l}", f"{f}_{l}", f"{f}oficial", f"eu{f}", f"{f}{l}{g.d(2)}", f"_{f}.{l[:3]}"])


def stage_name(g: Gen, p: Person) -> str:
    k = g.rng.randint(0, 5)
    if k == 0:
        return f"{p.nick} {g.pick(['do Cavaco', 'do Acordeon', 'da Sanfona', 'do Pandeiro', 'da Viola', 'do Agreste'])}"
    if k == 1:
        return f"{p.first} {g.pick(['Luar', 'Estrela', 'Brisa', 'Sereno', 'Mel', 'Cigana', 'Jasmim'])}"
    if k == 2:
        return f"{p.first} {g.pick(['Jatobá', 'Cajazeira', 'Bacurau', 'Mandacaru', 'Paraguaçu', 'Timbó'])}"
    if k == 3:
        return p.nick if p.nick != p.first else f"{p.first} {p.last}"
    if k == 4:
        return f"{p.first} {p.surnames[0]}" if p.surnames[0] not in PARTICLES else p.short
    return f"{p.nick} {p.last}"


def mei_cnpj(g: Gen) -> str:
    return g.cnpj(style=g.pick(["dot", "dot", "raw"]), alnum=g.chance(0.2))


def isrc(g: Gen) -> str:
    return f"BR{g.pick(['-', ''])}{''.join(g.pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{g.pick(['-', ''])}{g.rng.randint(19, 25)}{g.pick(['-', ''])}{g.d(5)}"


def iswc(g: Gen) -> str:
    return f"T-{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"


def isbn(g: Gen) -> str:
    b = "978" + g.pick(["65", "85"]) + g.d(7)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return f"{b[:3]}-{b[3:5]}-{b[5:9]}-{b[9:]}-{(10 - s % 10) % 10}"


def masked_card(g: Gen) -> str:
    return g.pick([f"**** **** **** {g.d(4)}", f"{g.d(4)} **** **** {g.d(4)}", f"final {g.d(4)}", f"XXXX-XXXX-XXXX-{g.d(4)}"])


def masked_cpf(g: Gen) -> str:
    return g.pick([f"***.{g.d(3)}.{g.d(3)}-**", f"{g.d(3)}.***.***-{g.d(2)}", f"***{g.d(6)}**"])


def city_uf(g: Gen) -> str:
    c, uf = g.city()
    return g.pick([f"{c}/{uf}", f"{c} - {uf}", f"{c}-{uf}", f"{c} ({uf})"])


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def date_pair(g: Gen) -> tuple[str, str]:
    """Two dates of 2024/2025 in order, Brazilian format."""
    a, b = sorted([g.date("iso"), g.date("iso")])
    return "/".join(reversed(a.split("-"))), "/".join(reversed(b.split("-")))


def bairro(g: Gen) -> str:
    return g.pick(BAIRROS)


# =========================================================================== atendimento


def at_streaming(g: Gen) -> Doc:
    """Streaming subscriber support chat, exported from the helpdesk with the agent's account notes."""
    doc = Doc()
    c = g.person()
    at = g.person()
    plat = g.pick(PLATAFORMAS)
    doc.f("«plat» · Atendimento nº «pr» · canal: chat in-app · fila: Cobrança/Assinaturas\nAberto em «d» «h» · SLA 24h · ID assinante «sid»\n\n",
          plat=plat, sid=g.neg(11), pr=g.protocol(), d=g.date(), h=g.hm())
    hs = g.times(8, 9 * 3600, 22 * 3600)
    doc.f("[«h»] Lumi (assistente virtual): Oi! Sou a Lumi 🤖 Pra começar, me diz o CPF do titular?\n", h=hs[0])
    doc.f("[«h»] Cliente: «cpf»\n", h=hs[1], cpf=(g.cpf(g.pick(["dot", "raw", "raw"])), "BR_CPF"))
    doc.f("[«h»] Lumi (assistente virtual): Obrigada! Vou te passar pra um atendente humano. Só um instante.\n", h=hs[2])
    doc.f("[«h»] Atendente: Boa «per», aqui é «af» da equipe «plat». Vi aqui a assinatura no nome de «cn», confere?\n",
          h=hs[3], af=P(at.first), per=g.pick(["tarde", "noite", "tarde"]), plat=plat,
          cn=P(g.pick([c.caps, c.full, c.full])))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("[«h»] Cliente: isso, sou eu. fui cobrad«o» 2x esse mês no cartão «cc», R$ «v» cada. quero estorno\n",
              h=hs[4], o=c.o, cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=g.pick(["39,90", "55,90", "21,90", "44,90"]))
    elif k == 1:
        doc.f("[«h»] Cliente: sim. alguém entrou na minha conta e trocou o email pra «e2», o meu é «e»\n",
              h=hs[4], e2=(g.email(g.person()), "EMAIL_ADDRESS"), e=(g.email(c), "EMAIL_ADDRESS"))
    else:
        doc.f("[«h»] Cliente: sou «n» sim kkk. quero cancelar, «w», e o plano família tá com perfil de gente q nem conheço\n",
              h=hs[4], n=P(fold(c.first).lower()), w=g.pick(["a tela fica em branco direto", "tá caro demais", "minha internet é ruim"]))
    doc.f("[«h»] Atendente: Entendo. Pra segurança confirma a data de nascimento e o celular cadastrado?\n", h=hs[5])
    doc.f("[«h»] Cliente: «dob» e «t»\n", h=hs[6], dob=(g.dob(g.pick(["br", "short", "nopad"]), 1950, 2005), "DATE_OF_BIRTH"),
          t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    doc.f("[«h»] Atendente: Perfeito, «n». Já abri a solicitação, retorno em até 5 dias úteis no «e». Posso ajudar em algo mais?\n\n",
          h=hs[7], n=P(c.first), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("--- nota interna («lg») ---\nTitular: «n» | nasc. «dob» | CPF «cpf»\nEnd. cobrança: «ad» – «b», «cu» – CEP «cep»\n",
          lg=login(at), n=P(c.caps), dob=(g.dob("br", 1950, 2005), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=bairro(g), cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    kids = [g.relative(c) for _ in range(g.rng.randint(1, 3))]
    doc.t("Perfis: ")
    for i, r in enumerate(kids):
        doc.f("«n»«sep»", n=P(r.first), sep=", ")
    doc.f("Kids | Plano «pl» | cartão atual «mk» (anterior: «old»)\nÚltimos acessos: «ip1» (Smart TV, «c1») · «ip2» (Android, «c2»)\n",
          pl=g.pick(["Família", "Premium 4K", "Padrão c/ anúncios"]), mk=masked_card(g), old=(g.card(g.chance(0.5)), "CREDIT_CARD"), ip1=(g.ip(), "IP_ADDRESS"),
          c1=g.city()[0], ip2=(g.ip(), "IP_ADDRESS"), c2=g.city()[0])
    doc.f("Obs: «w». Escalado p/ «s» (N2) – «se».\n", w=g.pick(WORDS), s=P(g.person().full),
          se=g.pick([f"ticket {g.d(6)}", f"pedido de estorno EST-{g.d(7)}", "aguardando antifraude"]))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Audience ombudsman ticket of a newspaper / TV network, with the newsroom's internal replies."""
    doc = Doc()
    c = g.person()
    rep = g.person()
    edit = g.person()
    ouv = g.person()
    veic = g.pick(VEICULOS)
    dom = re.sub(r"[^a-z]", "", fold(veic.split()[-1]).lower()) + ".com.br"
    doc.f("OUVIDORIA — «v»\nManifestação nº «n»/«y»   Recebida: «d» via «via» (IP «ip»)\nTipo: «tp»   Situação: «st»\n\n",
          v=veic, n=g.d(5), y=g.rng.randint(2024, 2025), d=g.date(), ip=(g.ip(), "IP_ADDRESS"), via=g.pick(["formulário web", "WhatsApp", "telefone 0800", "e-mail"]),
          tp=g.pick(["Reclamação", "Pedido de correção", "Crítica", "Denúncia"]), st=g.pick(["Em análise", "Respondida", "Encaminhada à Redação"]))
    doc.f("Manifestante: «n»\nCPF: «cpf»   Nascimento: «dob»\nE-mail: «e»   Fone: «t»\nEndereço: «ad», «b» — «cu» — CEP «cep»\n\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1938, 2006), "DATE_OF_BIRTH"),
          e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), b=bairro(g),
          cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    rel = g.relative(c)
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("Texto: A reportagem assinada por «r» no dia «d» diz que meu irmão «rel» foi preso na operação da Barão de Mauá, "
              "mas ele nem estava na cidade. Saiu com foto e tudo. Exijo correção, o nome dele tá em todo grupo de zap.\n",
              r=P(rep.full), d=g.date(), rel=P(rel.full))
    elif k == 1:
        doc.f("Texto: sou ouvinte há 20 anos. o apresentador «r» chamou minha mãe, dona «rel», de golpista ao vivo "
              "no programa das 7h. ela tem «age» anos!!! quero direito de resposta. telefone dela «t»\n",
              r=P(rep.short), rel=P(rel.first + " " + rel.last), age=g.rng.randint(62, 91), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("Texto: Na matéria «q» o nome da minha empresa aparece como «co», mas a empresa é outra, só tem o sobrenome "
              "parecido. Eu, «n», sou sócio da «co2» (CNPJ «cnpj») e não temos relação com o caso. Repórter: «r».\n",
              q=g.pick(['"Esquema na merenda"', '"Fraude em shows da prefeitura"', '"Golpe do falso cachê"']),
              co=g.pick(["Cajazeira Eventos", "Gusmão Turismo", "Bittar Shows"]), n=P(c.short),
              co2=g.pick(["Cajazeira Produções", "Gusmão & Filhos", "Bittar Som e Luz"]), cnpj=(g.cnpj(), "BR_CNPJ"), r=P(rep.full))
    doc.f("\n— Histórico —\n«d1» «ouv» (Ouvidoria): encaminhado à editoria «ed» c/ prazo de 48h. Cc: «em»\n",
          d1=g.date(), ouv=P(ouv.full), ed=g.pick(["Cidades", "Polícia", "Política", "Cultura"]), em=(corp_mail(edit, dom), "EMAIL_ADDRESS"))
    doc.f("«d2» «ed» (editor«o»): checamos com «r». «resp»\n", d2=g.date(), ed=P(edit.short), o="a" if edit.female else "",
          r=P(rep.first), resp=g.pick(["Houve erro de identificação; publicaremos Erramos na edição de amanhã.",
                                      "A informação consta do boletim de ocorrência; mantemos o texto, oferecemos espaço ao leitor.",
                                      "Trocamos a foto; o nome correto do detido é outro, conforme a Polícia Civil."]))
    doc.f("«d3» «ouv»: resposta enviada ao manifestante por e-mail. Protocolo interno «p». Encerrar após ciência.\n",
          d3=g.date(), ouv=P(ouv.first), p=g.protocol())
    return doc


def at_casting(g: Gen) -> Doc:
    """Casting agency registration form (ficha de elenco), with a legal guardian for minors."""
    doc = Doc()
    c = g.person()
    minor = g.chance(0.4)
    ag = g.pick(["Elenco Jatobá Casting", "Agência Flor de Lis Models", "Casting Aurora", "Cajazeira Talentos"])
    doc.f("«ag» — FICHA DE CADASTRO DE ELENCO (v.«v»)\nData do cadastro: «d»   Código do talento: «ct»   Captador(a): «cap»\n\n", ag=ag, v=g.version(), d=g.date(), ct=g.neg(11),
          cap=P(g.person().short))
    fn, ln = first_last(c)
    if g.chance(0.5):
        doc.f("Nome: «fn»   Sobrenome: «ln»\n", fn=P(fn), ln=P(ln))
    else:
        doc.f("Nome completo: «n»\n", n=P(g.pick([c.full, c.caps])))
    doc.f("Nome artístico: «sn»\nData de nasc.: «dob»   Sexo: «sx»\nRG: «rg» «org»   CPF: «cpf»\n",
          sn=P(stage_name(g, c)), dob=(g.dob(g.pick(["br", "nopad", "dot"]), 2010 if minor else 1955, 2019 if minor else 2006), "DATE_OF_BIRTH"),
          sx="F" if c.female else "M", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-SP", "SSP/SP (2ª via)"]), cpf=(g.cpf(), "BR_CPF"))
    if not minor and g.chance(0.7):
        doc.f("Registro profissional: «drt»\n", drt=(g.council("DRT"), "PROFESSIONAL_ID"))
    if not minor and g.chance(0.3):
        doc.f("Título de eleitor (p/ contratos com órgão público): «te»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("Altura: 1,«al» m  Manequim: «mq»  Calçado: «cz»  Olhos: «ol»  Cabelo: «cb»\n",
          al=g.rng.randint(10, 92), mq=g.rng.randint(34, 52), cz=g.rng.randint(28, 44), ol=g.pick(["castanhos", "verdes", "pretos", "mel"]),
          cb=g.pick(["cacheado preto", "liso castanho", "crespo", "ruivo tingido", "raspado"]))
    doc.f("Endereço: «ad»\nBairro: «b»   Cidade: «cu»   CEP: «cep»\nCelular/WhatsApp: «t»   Recado: «t2»\nE-mail: «e»   Instagram: «ig» («fl» seguidores)\n",
          ad=(g.address(), "ADDRESS"), b=bairro(g), cu=city_uf(g), cep=(g.cep(g.chance(0.8)), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          t2=(g.phone(mobile=False), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), ig=handle(g, c), fl=g.pick(["1,2 mil", "830", "14 mil", "3.400"]))
    if minor:
        r = g.relative(c)
        doc.f("\nRESPONSÁVEL LEGAL (menor de idade)\nNome: «n»   Parentesco: «pa»\nCPF: «cpf»   RG: «rg»   Tel.: «t»\n",
              n=P(r.full), pa=g.pick(["mãe", "pai", "avó", "tia", "tutor(a)"]), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              t=(g.phone(), "PHONE_NUMBER"))
        doc.f("Alvará judicial p/ trabalho artístico: «al»\n", al=g.pick(["em andamento — proc. " + g.cnj("8.26"), "não possui", "vigente até " + g.date()]))
    doc.f("\nDADOS P/ PAGAMENTO DE CACHÊ\nBanco: «bk»   Ag.: «ag»   C/C: «cc»\nPix: «px»\n",
          bk=g.pick(["341 Itaú", "001 BB", "260 Nu Pagamentos", "104 Caixa", "077 Inter", "237 Bradesco"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          px=g.pick([(g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.cpf("raw"), "BR_CPF"), (g.email(c), "EMAIL_ADDRESS")]))
    doc.f("\nExperiência: «x»\nObs. da agência: «o»\n",
          x=g.pick([f"comercial da Farmácia Luz Divina ({g.rng.randint(2019, 2024)}); figuração na novela {g.pick(OBRAS)}",
                    f"curta {g.pick(OBRAS)}; teatro amador no grupo Cravo e Canela", "nenhuma, primeiro cadastro",
                    f"dublagem (estúdio Nakamura Post House) e locução"]),
          o=g.pick(["fotos book ok", "não aceita cenas com animais", "tem tatuagem no antebraço", "disponível fins de semana"]))
    if g.chance(0.5):
        doc.f("Indicad«o» por: «n» («rel»)\n", o=c.o, n=P(g.pick([g.person().first, g.person().short])),
              rel=g.pick(["ex-aluno do curso", "prima", "booker antiga", "colega de elenco"]))
    return doc


def at_callsheet(g: Gen) -> Doc:
    """Film/ad production call sheet (ordem do dia) sent to cast and crew."""
    doc = Doc()
    prod = g.pick(PRODUTORAS)
    obra = g.pick(OBRAS)
    dr, pe, ad = g.person(), g.person(), g.person()
    doc.f("«pr» — CNPJ «cnpj»\nORDEM DO DIA #«n» — «ob» («tp»)\nData: «d»   Diária «di» de «dt»   Nascer do sol «ns» / pôr «ps»\n\n",
          pr=prod, cnpj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), n=g.rng.randint(3, 40), ob=obra.upper(),
          tp=g.pick(["longa-metragem", "série 6 ep.", "filme publicitário", "videoclipe", "curta"]), d=g.date(),
          di=g.rng.randint(1, 20), dt=g.rng.randint(20, 32), ns=g.pick(["05:41", "06:02", "05:58"]), ps=g.pick(["17:49", "18:21", "17:33"]))
    doc.f("Direção: «dr»   Prod. executiva: «pe» («pt»)   1º AD: «ad» («at»)\n",
          dr=P(dr.full), pe=P(pe.short), pt=(g.phone(), "PHONE_NUMBER"), ad=P(ad.full), at=(g.phone(), "PHONE_NUMBER"))
    host = g.person()
    doc.f("LOCAÇÃO: casa de «h» — «ad», «b», «cu», CEP «cep» (morador(a) presente; entrar pela garagem, não usar o banheiro social)\n",
          h=P(g.pick([host.full, host.first + " " + host.last, host.first])), ad=(g.address(), "ADDRESS"), b=bairro(g), cu=city_uf(g),
          cep=(g.cep(), "BR_CEP"))
    doc.f("Base/estacionamento: pátio do Clube Harmonia. Hospital de referência: Hospital Municipal Prudente de Morais (4 km).\n\n")
    doc.t("ELENCO\n")
    rows = []
    for i in range(g.rng.randint(2, 4)):
        a = g.person()
        rows.append([V(str(i + 1)), P(g.pick([a.full, a.caps, a.short])),
                     V(g.pick(["MÃE", "DELEGADO", "GARÇOM 2", "VIZINHA", "PROTAGONISTA", "MOTORISTA DO ÔNIBUS", "MÉDICA", "LOCUTOR"])),
                     V(g.hm()), V(g.hm()), (g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER")])
    table_md(doc, ["#", "Elenco", "Personagem", "Chamada", "Maq./Fig.", "Contato"], rows)
    doc.t("\nTRANSPORTE\n")
    for _ in range(g.rng.randint(2, 3)):
        m = g.person(female=g.chance(0.2))
        doc.f("- «m» — «car» «pl» — «t» — busca «who» às «h»\n", m=P(g.pick([m.short, m.nick, m.first])),
              car=g.pick(["Van Sprinter", "Spin branca", "Kombi do cenário", "Hilux", "Doblò"]), pl=(g.plate(), "LICENSE_PLATE"),
              t=(g.phone(), "PHONE_NUMBER"), who=g.pick(["elenco no hotel", "equipe de arte", "direção"]), h=g.hm())
    sm = g.person()
    doc.f("\nSEGURANÇA/SAÚDE: socorrista «s» («cr») no set o dia todo; ambulância «pl». Cena 14 (queda) com dublê «du» — "
          "seguro AP apólice «ap».\n", s=P(sm.full), cr=(g.council(g.pick(["COREN", "CRM"])), "PROFESSIONAL_ID"),
          pl=(g.plate(), "LICENSE_PLATE"), du=P(g.person().full), ap=g.neg(11))
    if g.chance(0.6):
        b = g.person()
        doc.f("🎂 Aniversariante do dia: «n» (nasc. «dob»)! Bolo no catering depois do almoço.\n",
              n=P(b.first + " " + b.last), dob=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"))
    doc.f("Obs.: «w». Dúvidas: produção «pe» ou «e».\n", w=g.pick(WORDS), pe=P(pe.first), e=(corp_mail(pe, "producao" + g.d(2) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def at_editora(g: Gen) -> Doc:
    """Publishing house e-commerce customer service e-mail thread (order, delivery, invoice)."""
    doc = Doc()
    c = g.person()
    at = g.person()
    ed = g.pick(EDITORAS)
    au = g.person()
    titulo = g.pick(OBRAS)
    doc.f("De: «n» <«e»>\nPara: sac@«dom»\nAssunto: Re: Pedido «ped» — «tt»\n\n", n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"),
          dom=re.sub(r"[^a-z]", "", fold(ed).lower()) + ".com.br", ped=g.pick([f"#{g.d(6)}", f"PED-{g.d(8)}", g.neg(11)]),
          tt=g.pick(["não recebi", "livro veio rasgado", "nota fiscal errada", "autógrafo"]))
    k = g.rng.randint(0, 2)
    if k == 0:
        doc.f("Boa tarde, comprei o livro \"«ti»\" de «au» (ISBN «isbn») no dia «d» e até hoje não chegou. O rastreio «rr» "
              "diz \"objeto aguardando retirada\" mas ninguém me avisou. Meu endereço é «ad», «b», «cu», CEP «cep». "
              "Telefone «t».\n", ti=titulo, au=P(au.full), isbn=isbn(g), d=g.date(), rr=f"{g.pick(['QB', 'OY', 'NL'])}{g.d(9)}BR",
              ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=bairro(g), cu=city_uf(g), cep=(g.cep(g.chance(0.7)), "BR_CEP"),
              t=(g.phone(), "PHONE_NUMBER"))
    elif k == 1:
        doc.f("Olá. A nota fiscal do pedido saiu com o CPF errado («bad»), o certo é «cpf», no nome de «n». "
              "Preciso pra declarar no «w». Obrigad«o»!\n", bad=g.bad_cpf("dot"), cpf=(g.cpf(), "BR_CPF"), n=P(c.caps),
              w=g.pick(["imposto de renda", "reembolso da escola"]), o=c.o)
    else:
        doc.f("Oi! Vou à sessão de autógrafos de «au» na Livraria Flor de Lis dia «d». Dá pra pedir dedicatória pra minha filha "
              "«f»? Ela faz aniversário dia «dob» (vai fazer 12!). Meu zap «t».\n", au=P(au.first + " " + au.last), d=g.date(),
              f=P(g.relative(c, female=True).first), dob=(g.dob("br", 2013, 2013), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n--- Em «d», SAC «ed» escreveu:\nOlá, «n»! Aqui é «a», do atendimento. Localizamos o pedido; ", d=g.date(), ed=ed,
          n=P(c.first), a=P(at.first))
    doc.f("«r» Seu protocolo é «p».\nAtenciosamente,\n«af»\nAtendimento ao Leitor — «ed»\n",
          r=g.pick(["o reenvio sai amanhã pela transportadora.", "a NF será cancelada e reemitida em 48h.",
                    "a autora costuma atender pedidos de dedicatória, mas não garantimos."]),
          p=g.protocol(), af=P(at.full), ed=ed)
    doc.f("\n[dados do pedido — OMS]\ncliente: «n» | cpf: «cpf» | nasc.: «dob» | tel: «t»\nentrega: «ad» | «b» | «cu» | «cep»\n"
          "pagamento: «pg» | IP da compra: «ip» | cadastro desde «d»\n",
          n=P(g.pick([c.caps, c.low])), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso", 1950, 2006), "DATE_OF_BIRTH"),
          t=(g.phone("raw"), "PHONE_NUMBER"), ad=(g.address("caps"), "ADDRESS"), b=fold(bairro(g)).upper(), cu=city_uf(g),
          cep=(g.cep(False), "BR_CEP"), pg=g.pick(["cartão " + masked_card(g), "Pix", "boleto"]), ip=(g.ip(), "IP_ADDRESS"),
          d=g.date(year=g.pick([2019, 2021, 2022])))
    return doc


def at_artista(g: Gen) -> Doc:
    """Music distributor's artist-support ticket (royalties not paid, suspicious login)."""
    doc = Doc()
    c = g.person()
    sn = stage_name(g, c)
    at = g.person()
    doc.f("TocaSom Distribuição · Central do Artista\nTicket «tk» · Prioridade «pr» · Categoria: «cat»\n\n",
          tk=f"#{g.d(6)}", pr=g.pick(["Alta", "Normal"]), cat=g.pick(["Repasse de royalties", "Acesso à conta", "Dados bancários"]))
    doc.f("Solicitante: «n» (artista: «sn»)\nE-mail: «e» · Tel: «t» · CPF: «cpf»\n", n=P(c.full), sn=P(sn),
          e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("Mensagem:\n«m»\n", m=g.pick([
        "meu repasse de março não caiu. os fonogramas tão todos ativos. alguém trocou meus dados bancários?",
        "recebi email de login de outro estado que eu nunca fui. troquei a senha mas sumiu o saldo",
        "quero incluir minha parceira como titular de 50% das faixas do EP novo"]))
    doc.t("Faixas citadas: ")
    doc.t(", ".join(isrc(g) for _ in range(g.rng.randint(2, 4))) + "\n\n")
    doc.f("Log de acessos (últimos 3):\n  «d1» «h1»  «ip1»  São Paulo/SP  Chrome/Windows\n  «d2» «h2»  «ip2»  «c2»  app Android\n  «d3» «h3»  «ip3»  Lagos/NG  (VPN?)\n",
          d1=g.date("iso"), h1=g.hms(), ip1=(g.ip(), "IP_ADDRESS"), d2=g.date("iso"), h2=g.hms(), ip2=(g.ip(), "IP_ADDRESS"),
          c2=city_uf(g), d3=g.date("iso"), h3=g.hms(), ip3=(f"102.{g.rng.randint(64, 95)}.{g.rng.randint(0, 255)}.{g.rng.randint(1, 254)}", "IP_ADDRESS"))
    doc.f("Dados bancários (histórico): «d» ag «a1» cc «c1» → alterado em «d2» para ag «a2» cc «c2» (Pix «px»)\n",
          d=g.date(), a1=(g.agency(), "BANK_ACCOUNT"), c1=(g.account(), "BANK_ACCOUNT"), d2=g.date(),
          a2=(g.agency(), "BANK_ACCOUNT"), c2=(g.account(), "BANK_ACCOUNT"), px=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        pa = g.person()
        doc.f("Parceira/coautora p/ split: «n», CPF «cpf», e-mail «e»\n", n=P(pa.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(pa), "EMAIL_ADDRESS"))
    doc.f("\nResposta («a», Suporte N2): Oi «f»! Bloqueamos o saque preventivamente e revertemos os dados para a conta anterior. "
          "Saldo retido: R$ «v». Abrimos análise antifraude AF-«n»; a equipe de «s» entra em contato em até 72h.\n",
          a=P(at.full), f=P(g.pick([c.first, sn])), v=g.money(80, 9000), n=g.d(6), s=P(g.person().first))
    return doc


def at_newborn(g: Gen) -> Doc:
    """WhatsApp export of a photo studio booking a newborn session (client saved by name or unsaved number)."""
    doc = Doc()
    ph = g.person(female=g.chance(0.7))
    mom = g.person(female=True)
    dad = g.relative(mom, female=False)
    baby = g.relative(mom)
    born = datetime.date(2025, g.rng.randint(1, 11), g.rng.randint(1, 28))
    d = (born + datetime.timedelta(days=g.rng.randint(1, 6))).strftime("%d/%m/%Y")
    born_s = fmt_date(born.day, born.month, born.year, g.pick(["br", "nopad", "long"]))
    hs = g.times(9, 8 * 3600, 22 * 3600)
    me = ph.first
    biz = g.chance(0.5)
    studio = g.pick(["Ateliê Luz Newborn", "Flor de Sal Fotografia", "Estúdio Aurora Kids", "Cravo Fotografia Infantil"])
    unsaved = g.chance(0.4)
    mom_tel = g.phone("plus")

    def client():
        return (mom_tel, "PHONE_NUMBER") if unsaved else P(mom.first + " " + mom.last)

    def mine():
        return V(studio) if biz else P(me)

    def line(i, who, msg, **kw):
        doc.f(f"[{d} {hs[i]}] «w»: " + msg + "\n", w=who, **kw)

    doc.f("Conversa do WhatsApp com «cl»\n\n", cl=client())
    line(0, client(), "Oi «p»! Peguei teu contato com a «ind». Queria fazer o ensaio newborn do meu bebê",
         p=P(me), ind=P(g.person(female=True).first))
    line(1, mine(), "Oii «m»! Que alegria 💕 Quando nasceu? O ideal é até o 15º dia", m=P(mom.first))
    line(2, client(), "«b» nasceu dia «dob», de «sem» semanas. Chama «bn» «bl»",
         b=g.pick(["Ele", "Ela", "O bebê"]), dob=(born_s, "DATE_OF_BIRTH"),
         sem=g.rng.randint(36, 41), bn=P(baby.given), bl=P(" ".join(baby.surnames)))
    line(3, mine(), "Perfeito! Pode ser em casa ou no estúdio. Em casa é +R$ «v» de deslocamento", v=g.rng.randint(80, 250))
    line(4, client(), "em casa por favor, é «ad», «b». CEP «cep». o pai («pai») vai estar, tel dele «t»",
         ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=bairro(g), cep=(g.cep(), "BR_CEP"),
         pai=P(dad.first), t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
    line(5, mine(), "Fechado! Sinal de 50% (R$ «v») no Pix, chave aleatória: «px» — «n»", v=g.money(200, 600),
         px=(g.uuid(), "PIX_KEY"), n=P(ph.full))
    line(6, client(), "\u200eimagem omitida")
    line(7, client(), "comprovante aí. pra NF usa meu CPF «cpf» e email «e»",
         cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), e=(g.email(mom), "EMAIL_ADDRESS"))
    k = g.rng.randint(0, 2)
    if k == 0:
        line(8, mine(), "Recebido 🙏 Te vejo «dd» às «h». Deixa o ambiente quentinho!", dd=g.pick(["amanhã", "sábado", "segunda"]), h=g.hm())
    elif k == 1:
        line(8, mine(), "Recebido 🙏 «dd» às «h». Se puder, separa aquela manta rosa que você falou.", dd=g.pick(["Amanhã", "Sábado", "Domingo"]), h=g.hm())
    else:
        line(8, mine(), "Recebido! «dd» às «h». Qualquer coisa meu outro número é «t»", dd=g.pick(["Amanhã", "Quinta", "Sexta"]), h=g.hm(),
             t=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico

EC_F = ["solteira", "casada", "divorciada", "viúva", "em união estável", "separada judicialmente"]
EC_M = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]
NAC_F = ["brasileira", "brasileira", "brasileira", "haitiana", "angolana", "boliviana", "brasileira naturalizada"]
NAC_M = ["brasileiro", "brasileiro", "brasileiro", "haitiano", "angolano", "senegalês", "boliviano"]
PROF_F = ["atriz", "cantora", "bailarina", "dubladora", "fotógrafa", "roteirista", "modelo", "jornalista", "produtora cultural",
          "escritora", "maquiadora", "apresentadora"]
PROF_M = ["ator", "cantor", "músico", "bailarino", "dublador", "fotógrafo", "roteirista", "modelo", "jornalista", "escritor",
          "cenotécnico", "locutor", "produtor cultural"]


def qualif(g: Gen, doc: Doc, p: Person, with_dob: bool = False, caps: bool = True, prof: str | None = None) -> None:
    """Contract-style qualification of a party: name, nationality, civil status, profession, IDs, address."""
    doc.f("«n», «na», «ec», «pr», ", n=P(p.caps if caps and g.chance(0.6) else p.full), na=g.pick(NAC_F if p.female else NAC_M),
          ec=g.pick(EC_F if p.female else EC_M), pr=prof or g.pick(PROF_F if p.female else PROF_M))
    if with_dob:
        doc.f("nascid«o» em «dob», ", o=p.o, dob=(g.dob(g.pick(["br", "long"]), 1950, 2006), "DATE_OF_BIRTH"))
    doc.f("portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», «b», «cu», CEP «cep»",
          a="a" if p.female else "", o=p.o, rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "IFP/RJ", "SDS/PE"]),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=bairro(g), cu=city_uf(g), cep=(g.cep(), "BR_CEP"))


def ju_cessao(g: Gen) -> Doc:
    """Termo de cessão de direito de uso de imagem e voz (talent release), with witnesses."""
    doc = Doc()
    c = g.person()
    prod = g.pick(PRODUTORAS)
    minor = g.chance(0.3)
    doc.f("TERMO DE AUTORIZAÇÃO DE USO DE IMAGEM, NOME E VOZ\n\nCEDENTE: ")
    qualif(g, doc, c, with_dob=True)
    doc.f(", telefone «t», e-mail «e»", t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if minor:
        r = g.relative(c)
        doc.f(", neste ato representad«o» por sua genitora/genitor «r», CPF «cpf»", o=c.o, r=P(r.full), cpf=(g.cpf(), "BR_CPF"))
    doc.f(".\n\nCESSIONÁRIA: «pr», inscrita no CNPJ sob o nº «cnpj», com sede na Rua Fradique Coutinho, 1.340, São Paulo/SP.\n\n",
          pr=prod.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Cláusula 1ª – O(A) CEDENTE autoriza, a título «gr», o uso de sua imagem, nome artístico («sn») e voz na obra "
          "audiovisual \"«ob»\", em todas as mídias, pelo prazo de «pz» anos, nos termos da Lei nº 9.610/1998 e do art. 20 do "
          "Código Civil.\n", gr=g.pick(["gratuito", "oneroso, mediante cachê de R$ " + g.money(300, 15000)]), sn=P(stage_name(g, c)),
          ob=g.pick(OBRAS), pz=g.pick(["5", "10", "2 (dois)", "indeterminado de"]))
    doc.f("Cláusula 2ª – Os dados pessoais do CEDENTE serão tratados conforme a Lei nº 13.709/2018 (LGPD), para fins de execução "
          "deste termo, pelo encarregado «dp» («de»).\n", dp=P(g.person().full), de=g.pick([("dpo@" + g.pick(["jatobafilmes", "casarosa", "auroraboreal"]) + ".com.br", None),
                                                                                       (corp_mail(g.person(), "lgpd-produtora.com.br"), "EMAIL_ADDRESS")]))
    doc.f("Cláusula 3ª – O pagamento, quando houver, será feito em conta de titularidade do CEDENTE: banco «bk», agência «ag», conta «cc».\n\n",
          bk=g.pick(["001", "033", "104", "341", "237", "756"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    cid, uf = g.city()
    doc.f("«ci», «dt».\n\n_______________________\n«n»\nCEDENTE\n\n", ci=cid, dt=g.date("long"), n=P(c.caps))
    doc.t("TESTEMUNHAS:\n")
    for i in range(2):
        w = g.person()
        doc.f("«i». «n» – CPF «cpf»\n", i=i + 1, n=P(g.pick([w.full, w.caps])), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    doc.f("\nAssinado eletronicamente via plataforma · IP «ip» · hash «h»\n", ip=(g.ip(), "IP_ADDRESS"), h=g.hexs(32))
    return doc


def ju_resposta(g: Gen) -> Doc:
    """Right-of-reply request (Lei 13.188/2015) sent by a lawyer to a newspaper, with the draft reply."""
    doc = Doc()
    c = g.person()
    adv = g.person()
    rep = g.person()
    veic = g.pick(VEICULOS)
    doc.f("«ci», «d».\n\nAo\n«v»\nA/C Sr(a). Diretor(a) de Redação «dr»\n\nRef.: Pedido de direito de resposta – Lei nº 13.188/2015\n\n",
          ci=g.city()[0], d=g.date("long"), v=veic.upper(), dr=P(g.person().full))
    oab = g.council("OAB")
    doc.f("«n», inscrit«o» no CPF sob nº «cpf», RG «rg», residente na «ad», «b», «cu», CEP «cep», ", n=P(c.caps), o=c.o,
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), b=bairro(g), cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    doc.f("por seu advogado que esta subscreve, «a» («oab»), com escritório profissional na Av. Paulista, 1.000, cj. 81, "
          "vem, no prazo de 60 dias previsto no art. 3º da Lei nº 13.188/2015, requerer a publicação de resposta à matéria "
          "\"«tt»\", publicada em «dp» e assinada pel«ro» jornalista «r» («mtb»).\n\n",
          a=P(adv.full), oab=(oab, "PROFESSIONAL_ID"), tt=g.pick([
              "Cantor é investigado por calote em cachês", "Produtora deixa figurantes sem pagamento",
              "Influenciadora vende curso falso", "Vereador usa verba de cultura em show de aliado"]),
          dp=g.date(), ro="a" if rep.female else "o", r=P(rep.full), mtb=(g.council("MTB"), "PROFESSIONAL_ID"))
    doc.f("A matéria afirma que «f» «acc». Tal informação é falsa, conforme documentos anexos (certidão negativa do "
          "distribuidor e comprovantes de pagamento). Não há processo com o número citado (proc. «cnj»).\n\n",
          f=P(c.first), acc=g.pick(["teria deixado de pagar os músicos da turnê", "teria usado o nome de terceiros",
                                    "seria sócio oculto da Bittar Shows", "teria sido condenado por estelionato"]), cnj=g.cnj())
    doc.f("TEXTO DA RESPOSTA (mesmo destaque, espaço e dimensão):\n\"Eu, «n», esclareço que «e2». «x»\"\n\n",
          n=P(c.full), e2=g.pick(["nunca fui processado por nenhum dos músicos citados", "todos os cachês foram pagos via Pix",
                                  "não tenho relação com a empresa citada, que apenas tem sobrenome parecido com o meu"]),
          x=g.pick(["Seria prudente ouvir os dois lados antes de publicar.", "Peço que a correção tenha o mesmo destaque.",
                    "Fico à disposição pelo telefone do meu advogado."]))
    doc.f("Contatos para notificações: «e» / «t».\n\nAtenciosamente,\n\n«a»\n«oab»\n", e=(corp_mail(adv, g.pick(["amadoadvocacia.adv.br", "gusmaoeleao.com.br", "cravoadv.com"])), "EMAIL_ADDRESS"),
          t=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), a=P(adv.caps), oab=(oab, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("\n[Recebido na Redação em «d» por «r» — encaminhado ao Jurídico (juridico@«dom»)]\n", d=g.date(),
              r=P(g.person().short), dom=re.sub(r"[^a-z]", "", fold(veic.split()[-1]).lower()) + ".com.br")
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice for defamation against an influencer, quoting provider data obtained by court order."""
    doc = Doc()
    c = g.person()
    inf = g.person()
    adv = g.person()
    oab = g.council("OAB")
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: ")
    qualif(g, doc, c, caps=True)
    doc.f(".\nNOTIFICAD«O»: «n», conhecid«o» nas redes como «h», CPF «cpf», com endereço na «ad», «cu», CEP «cep».\n\n",
          O="A" if inf.female else "O", o=inf.o, n=P(inf.full), h=handle(g, inf), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    doc.f("Prezad«o» Senhor«a»,\n\nNa qualidade de advogad«ao» d«on» Notificante, «adv» («oab»), venho NOTIFICÁ-L«O» para que, "
          "no prazo de 48 (quarenta e oito) horas, remova as publicações de «d1» e «d2» nas quais Vossa Senhoria afirma que "
          "«nf» \"«q»\", sob pena de ajuizamento de ação indenizatória por danos morais (arts. 186 e 953 do Código Civil) e "
          "queixa-crime por difamação (art. 139 do Código Penal).\n\n",
          o=inf.o, a="a" if inf.female else "", ao="a" if adv.female else "o", on="a" if c.female else "o", adv=P(adv.full),
          oab=(oab, "PROFESSIONAL_ID"), O="A" if inf.female else "O", d1=g.date(), d2=g.date(), nf=P(c.first),
          q=g.pick(["roubou a coreografia e ainda não pagou as bailarinas", "é golpista e vende ingresso de show que não existe",
                    "plagiou meu livro inteiro", "fez a foto de campanha sem autorização da modelo"]))
    doc.f("Os dados de conexão fornecidos pela plataforma, por força de decisão no proc. «cnj» (Marco Civil da Internet, "
          "Lei nº 12.965/2014, art. 22), indicam que as postagens partiram dos IPs «ip1» (porta «p1») e «ip2» (porta «p2»), "
          "em «ts», vinculados à conta «h» e ao e-mail «e», telefone de recuperação «t».\n\n",
          cnj=g.cnj(), ip1=(g.ip(), "IP_ADDRESS"), p1=g.rng.randint(1024, 65000), ip2=(g.ip(), "IP_ADDRESS"),
          p2=g.rng.randint(1024, 65000), ts=g.date("iso") + " " + g.hms() + " UTC", h=handle(g, inf),
          e=(g.email(inf), "EMAIL_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f("Aproveita-se para informar que «pw»\n\n«ci», «d».\n\n«adv»\n«oab»\nc/c: «cc»\n",
          pw=g.pick(["a Notificante tem esperança de uma solução amigável.", "seria prudente preservar o conteúdo até decisão final.",
                     "a contranotificação pode ser enviada ao e-mail abaixo."]),
          ci=g.city()[0], d=g.date("long"), adv=P(adv.caps), oab=(oab, "PROFESSIONAL_ID"),
          cc=(corp_mail(adv, "leaoecravo.adv.br"), "EMAIL_ADDRESS"))
    return doc


def ju_edicao(g: Gen) -> Doc:
    """Author publishing contract (contrato de edição), first page and royalty clauses."""
    doc = Doc()
    au = g.person()
    ed = g.pick(EDITORAS)
    pen = g.chance(0.5)
    rep = g.person()
    doc.f("CONTRATO DE EDIÇÃO DE OBRA LITERÁRIA Nº «n»/«y»\n\nEDITORA: «ed» LTDA., CNPJ «cnpj», neste ato representada por "
          "«sd» editorial «r», doravante EDITORA.\n\nAUTOR(A): ", n=g.d(3), y=g.rng.randint(2023, 2025), ed=ed.upper(),
          cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), r=P(rep.full),
          sd="sua diretora" if rep.female else "seu diretor")
    qualif(g, doc, au, with_dob=g.chance(0.5))
    doc.f(", e-mail «e», doravante AUTOR(A)", e=(g.email(au), "EMAIL_ADDRESS"))
    if pen:
        doc.f(", que assina a obra sob o pseudônimo «ps»", ps=P(g.pick([stage_name(g, au), f"{g.pick(WORD_F + WORD_M)} {g.pick(RARE_SUR)}"])))
    doc.f(".\n\nOBJETO: edição, em língua portuguesa, da obra \"«ob»\" (ISBN previsto «isbn»), tiragem inicial de «tr» exemplares.\n",
          ob=g.pick(OBRAS), isbn=isbn(g), tr=g.pick(["1.000", "2.000", "3.000", "500"]))
    doc.f("CLÁUSULA 5ª – A EDITORA pagará ao AUTOR direitos autorais de «pc»% sobre o preço de capa dos exemplares vendidos, "
          "em prestações semestrais, e adiantamento de R$ «adv» na assinatura.\n", pc=g.pick(["8", "10", "12"]), adv=g.money(1000, 20000))
    doc.f("CLÁUSULA 6ª – Os pagamentos serão creditados no Banco «bk», agência «ag», conta corrente «cc», de titularidade do AUTOR, "
          "ou por Pix na chave «px».\n", bk=g.pick(["do Brasil (001)", "Itaú (341)", "Sicredi (748)", "Caixa (104)"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          px=g.pick([(g.uuid(), "PIX_KEY"), (g.email(au), "EMAIL_ADDRESS"), (g.phone("plus"), "PHONE_NUMBER")]))
    doc.f("CLÁUSULA 9ª – Em caso de falecimento do AUTOR, os direitos passam a «h», «rel», CPF «cpf».\n",
          h=P(g.relative(au).full), rel=g.pick(["cônjuge", "filha", "filho", "companheira", "sobrinho"]), cpf=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 14 – Fica eleito o foro da Comarca de «ci» para dirimir dúvidas deste contrato, regido pela Lei nº 9.610/98.\n\n"
          "«ci», «d».\n\n«a»                 «r»\nAUTOR(A)                 EDITORA\n\nAgente literário: «ag» — «t»\n",
          ci=g.city()[0], d=g.date("long"), a=P(au.caps), r=P(rep.caps), ag=P(g.person().full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_influencer(g: Gen) -> Doc:
    """Influencer publicity contract (instrumento particular de publicidade), summary table and clauses."""
    doc = Doc()
    inf = g.person()
    ag = g.person()
    brand = g.pick(["Farmácia Luz Divina", "Cervejaria Leão do Norte", "Cosméticos Flor de Sal", "Aurora Telecom",
                    "Esperança Calçados", "Bento Vinhos Finos"])
    doc.f("INSTRUMENTO PARTICULAR DE PRESTAÇÃO DE SERVIÇOS DE PUBLICIDADE EM REDES SOCIAIS\n\n"
          "QUADRO RESUMO\n1. CONTRATANTE: «ag» (agência), CNPJ «c1», em favor do anunciante «br».\n", ag=g.pick(PRODUTORAS),
          c1=(g.cnpj(), "BR_CNPJ"), br=brand)
    doc.f("2. CONTRATADA/O: «n» («h»), CPF «cpf», MEI CNPJ «c2», nascid«o» em «dob».\n", n=P(g.pick([inf.full, inf.caps])),
          h=handle(g, inf), cpf=(g.cpf(), "BR_CPF"), c2=(mei_cnpj(g), "BR_CNPJ"), o=inf.o, dob=(g.dob("br", 1985, 2006), "DATE_OF_BIRTH"))
    doc.f("   Endereço: «ad», «cu», CEP «cep». Contato: «t» / «e».\n", ad=(g.address(), "ADDRESS"), cu=city_uf(g),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(inf), "EMAIL_ADDRESS"))
    win = date_pair(g)
    doc.f("3. ENTREGAS: «q1» reels + «q2» stories com link, marcação #publi conforme Guia de Publicidade por Influenciadores "
          "Digitais do CONAR (2021), janela «d1» a «d2».\n", q1=g.rng.randint(1, 4), q2=g.rng.randint(3, 12), d1=win[0], d2=win[1])
    doc.f("4. REMUNERAÇÃO: R$ «v», em «p» parcelas, mediante NF do MEI, via Pix chave aleatória «px».\n", v=g.money(2000, 80000),
          p=g.rng.randint(1, 3), px=(g.uuid(), "PIX_KEY"))
    doc.f("5. EXCLUSIVIDADE: «x» dias no segmento «sg».\n6. GESTÃO DO CONTRATO: «ag2» («e2»), da agência; «ag3», pela CONTRATADA "
          "(empresária, «t3»).\n\n", x=g.pick([30, 60, 90]), sg=g.pick(["farmácia", "cerveja", "cosméticos", "telecom"]),
          ag2=P(ag.full), e2=(corp_mail(ag, "agenciacravo.com.br"), "EMAIL_ADDRESS"), ag3=P(g.person(female=True).short),
          t3=(g.phone(), "PHONE_NUMBER"))
    doc.f("CLÁUSULA 7ª – A CONTRATADA declara que o conteúdo não fará alegações de saúde vedadas pela Anvisa; «w».\n"
          "CLÁUSULA 11 – Multa por descumprimento: 2x o valor do contrato (vide precedente no proc. «cnj»). Foro de «ci».\n\n«ci2», «d».\n", w=g.pick(WORDS),
          cnj=g.cnj(), ci=g.city()[0], ci2=g.city()[0], d=g.date("long"))
    doc.f("Assinaturas digitais: «n» (IP «ip», «ts»); «ag2» (IP «ip2», «ts2»)\n", n=P(inf.caps), ip=(g.ip(), "IP_ADDRESS"),
          ts=g.date() + " " + g.hms(), ag2=P(ag.caps), ip2=(g.ip(), "IP_ADDRESS"), ts2=g.date() + " " + g.hms())
    return doc


def ju_ecad(g: Gen) -> Doc:
    """Copyright infringement petition by a composer (public performance, Lei 9.610/98, art. 68) against a venue."""
    doc = Doc()
    c = g.person()
    adv = g.person()
    adv2 = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «ci»\n\n",
          v=g.rng.randint(1, 12), ci=fold(g.city()[0]).upper())
    doc.f("Distribuição por dependência ao proc. nº «cnj»\n\n", cnj=g.cnj())
    oab = g.council("OAB")
    qualif(g, doc, c, caps=True, prof="compositora" if c.female else "compositor")
    doc.f(", titular das obras musicais abaixo (ISWC «i1», «i2»), por seus advogados «a1» («o1») e «a2» («o2»), "
          "endereço eletrônico «e», vem propor\n\nAÇÃO DE OBRIGAÇÃO DE NÃO FAZER C/C INDENIZAÇÃO POR VIOLAÇÃO DE DIREITOS AUTORAIS\n\n",
          i1=iswc(g), i2=iswc(g), a1=P(adv.full), o1=(oab, "PROFESSIONAL_ID"),
          a2=P(adv2.full), o2=(g.council("OAB"), "PROFESSIONAL_ID"), e=(corp_mail(adv, "bandeiraneiva.adv.br"), "EMAIL_ADDRESS"))
    bar = g.pick(["Bar e Restaurante Leão de Ouro Ltda", "Casa de Shows Aurora Ltda", "Choperia Bento & Amado ME",
                  "Espaço Flor do Cerrado Eventos Eireli"])
    doc.f("em face de «b», CNPJ «cnpj», com sede na Avenida Sete de Setembro, 2.210, e de seu sócio-administrador «s», CPF «cpf», "
          "pelos fatos a seguir.\n\n", b=bar.upper(), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), s=P(g.person().full),
          cpf=(g.cpf(), "BR_CPF"))
    doc.f("1. Em «d1» e «d2», a ré promoveu execução pública das canções \"«m1»\" e \"«m2»\" sem autorização e sem recolhimento ao "
          "ECAD (art. 68 da Lei nº 9.610/98), conforme relatório de fiscalização nº «rf» e vídeo gravado pela testemunha «w», "
          "telefone «t».\n", d1=g.date(), d2=g.date(), m1=g.pick(["Flor de Mandacaru", "Aurora Sertaneja", "Rosa Morena"]),
          m2=g.pick(["Leão do Norte", "Esperança Nordestina", "Luz da Manhã"]), rf=g.neg(11), w=P(g.person().full), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("2. O valor devido, pelos critérios do Regulamento de Arrecadação, soma R$ «v», mais multa de 20 vezes (art. 109).\n"
          "3. Requer-se a citação da ré e de «s2» e a condenação em danos morais de R$ «dm».\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nNestes termos, pede deferimento.\n«ci», «d».\n«a1»\n«o1»\n",
          v=g.money(2000, 40000), s2=P(g.person().short), dm=g.money(10000, 50000), vc=g.money(20000, 200000), ci=g.city()[0],
          d=g.date("long"), a1=P(adv.caps), o1=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_erratas(g: Gen) -> Doc:
    """Newsroom corrections log (Erramos) with the legal department's risk column, as a pipe table."""
    doc = Doc()
    veic = g.pick(VEICULOS)
    ed = g.person()
    jur = g.person()
    doc.f("«v» — Controle de correções e pedidos de resposta («m»/«y»)\nResponsável: «ed» (ombudsman adj.) · revisão jurídica: «j» («oab»)\n\n",
          v=veic, m=g.rng.randint(1, 12), y=g.rng.randint(2024, 2025), ed=P(ed.full), j=P(jur.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        rep = g.person()
        k = g.rng.randint(0, 3)
        if k == 0:
            contato = (g.email(p), "EMAIL_ADDRESS")
        elif k == 1:
            contato = (g.phone(), "PHONE_NUMBER")
        elif k == 2:
            contato = (g.cpf(), "BR_CPF")
        else:
            contato = V("via advogado")
        citada = P(g.pick([p.full, p.short, p.caps])) if g.chance(0.85) else V("(menor — não identificar, ECA)")
        rows.append([V(g.date("short")), citada, contato,
                     P(rep.short) if g.chance(0.5) else V(fold(rep.first[0] + rep.surnames[0][0] + rep.last[0]).lower()),
                     V(g.pick(["nome trocado na legenda", "idade errada", "foto de homônimo", "cargo errado", "acusação sem fonte",
                               "grafia do sobrenome"])),
                     V(g.pick(["Erramos publicado", "resposta publicada", "negado", "em análise", "processo " + g.cnj()])),
                     V(g.pick(["baixo", "médio", "alto"]))])
    table_md(doc, ["data", "pessoa citada", "contato", "repórter", "erro", "status", "risco"], rows)
    doc.f("\nObs. jurídico: «o»\n", o=g.pick(["o caso da foto de homônimo tem risco alto (art. 20 CC); seria prudente retirar do ar.",
                                               "nenhum pedido fora do prazo decadencial de 60 dias (Lei 13.188/2015).",
                                               "casos 'grafia do sobrenome' não exigem Erramos destacado."]))
    return doc


# =========================================================================== saude

HOSPITAIS = ["Hospital Santa Rosa de Lima", "Hospital Municipal Prudente de Morais", "Pronto-Socorro Aurora",
             "Hospital Bento Amado", "UPA Vila Esperança", "Hospital da Luz", "Santa Casa de Misericórdia"]
EMPRESAS_SAUDE = ["Clínica Ocupacional Jatobá", "MedTrab Flor de Lis", "SESMT Aurora Serviços Médicos",
                  "Ocupa Saúde Leão Ltda"]


def sa_aso(g: Gen) -> Doc:
    """Atestado de Saúde Ocupacional (ASO) for a performer or stunt professional of a production company."""
    doc = Doc()
    w = g.person()
    med = g.person()
    emp = g.pick(PRODUTORAS)
    doc.f("«cl»\nATESTADO DE SAÚDE OCUPACIONAL — ASO (NR-7)\nNº «n»   Tipo: «tp»\n\n", cl=g.pick(EMPRESAS_SAUDE), n=g.pick([g.d(7), g.neg(11)]),
          tp=g.pick(["Admissional", "Periódico", "Retorno ao trabalho", "Mudança de risco"]))
    doc.f("Empresa: «e»   CNPJ: «cnpj»\nTrabalhador(a): «nm»\nCPF: «cpf»   RG: «rg»   NIT/PIS: «pis»\nNascimento: «dob»   Sexo: «sx»\n"
          "Função: «f»   Setor: «st»\n\n", e=emp, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), nm=P(g.pick([w.caps, w.full])),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"), dob=(g.dob("br", 1960, 2005), "DATE_OF_BIRTH"),
          sx="F" if w.female else "M", f=g.pick(["Dublê", "Bailarina", "Bailarino", "Acrobata aérea", "Maquinista", "Piloto de cena",
                                                 "Figurante", "Eletricista de set", "Cantor(a) lírico(a)"]),
          st=g.pick(["Elenco", "Maquinaria", "Efeitos especiais", "Corpo de baile"]))
    doc.f("RISCOS OCUPACIONAIS: «r»\nEXAMES: exame clínico («d1»); «x»\n\n", r=g.pick([
        "queda de altura; ruído (pirotecnia); esforço físico intenso", "calor (refletores); trabalho noturno",
        "impacto; cortes; fumaça cênica", "posturas forçadas; ruído acima de 85 dB"]), d1=g.date(),
        x=g.pick(["audiometria tonal; ECG; acuidade visual", "hemograma; glicemia; RX de coluna", "espirometria; ECG; EEG"]))
    apt = g.chance(0.8)
    doc.f("CONCLUSÃO: «c»\n", c="APTO(A) para a função" if apt else "INAPTO(A) temporariamente — reavaliar em 30 dias")
    if not apt:
        doc.f("Obs.: afastar de cenas de risco até nova avaliação (CID «cid»). Encaminhado a ortopedista.\n", cid=g.pick(CIDS))
    doc.f("\nMédico(a) examinador(a): «m» — «crm»\nMédico(a) coordenador(a) do PCMSO: «m2» — «crm2»\n\n«ci», «d»\n"
          "Ciente: ____________ («nm»)\n", m=P(g.pick([med.full, med.caps])), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          m2=P(g.person().full), crm2=(g.council("CRM"), "PROFESSIONAL_ID"), ci=g.city()[0], d=g.date(), nm=P(w.short))
    return doc


def sa_sinistro(g: Gen) -> Doc:
    """Personal-accident insurance claim of a stunt performer injured on set."""
    doc = Doc()
    s = g.person()
    prod = g.pick(PRODUTORAS)
    doc.f("AVISO DE SINISTRO — SEGURO DE ACIDENTES PESSOAIS (APÓLICE COLETIVA «ap»)\nSeguradora: Vitória Seguros S.A.   Nº do aviso: «n»\n"
          "Estipulante: «pr»\n\n", ap=g.neg(11), n=g.protocol(), pr=prod)
    doc.f("1. SEGURADO\nNome: «nm»\nCPF: «cpf»   Data de nascimento: «dob»\nCNH: «cnh» (cat. «cat»)   CNS: «cns»\n"
          "Endereço: «ad» – «cu» – CEP «cep»\nTelefone: «t»   E-mail: «e»\nAtividade: dublê profissional («drt»)\n\n",
          nm=P(s.caps), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1970, 2002), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"),
          cat=g.pick(["AB", "B", "AE", "AD"]), cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), cu=city_uf(g),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(s), "EMAIL_ADDRESS"), drt=(g.council("DRT"), "PROFESSIONAL_ID"))
    coord = g.person()
    doc.f("2. OCORRÊNCIA\nData/hora: «d» às «h»   Local: set da obra \"«ob»\", «lc»\nDescrição: «ds» A cena era coordenada por «co» "
          "(coordenador de dublês). Veículo de cena: «car» placa «pl».\n\n", d=g.date(), h=g.hm(), ob=g.pick(OBRAS),
          lc=g.pick(["Estrada da Aurora, km 12 (área rural)", "galpão 3 do Estúdio Flor de Sal", "Largo do Bento, centro histórico"]),
          ds=g.pick(["Durante cena de capotamento controlado o segurado sofreu trauma no antebraço esquerdo.",
                     "Na queda planejada do 2º andar o colchão de ar deslocou e o segurado torceu o tornozelo.",
                     "Em cena de luta coreografada houve impacto acidental na face."]),
          co=P(coord.full), car=g.pick(["Gol 1998", "Opala 1979", "moto CG 160", "caminhonete F-1000"]), pl=(g.plate(), "LICENSE_PLATE"))
    med = g.person()
    doc.f("3. ATENDIMENTO MÉDICO\nHospital: «ho»   Médico assistente: «m» («crm»)\nDiagnóstico: «dx» — CID-10 «cid»   Afastamento previsto: «af» dias\n\n",
          ho=g.pick(HOSPITAIS), m=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          dx=g.pick(["fratura de rádio distal", "entorse grave de tornozelo", "contusão facial e TCE leve", "luxação de ombro"]),
          cid=g.pick(["S52.5", "S93.4", "S06.0", "S43.0"]), af=g.rng.randint(7, 120))
    doc.f("4. DADOS PARA INDENIZAÇÃO (DIT)\nBanco «bk» · Agência «ag» · Conta «cc» · titular: o próprio segurado\n",
          bk=g.pick(["001", "104", "237", "341", "260", "336"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    b = g.relative(s)
    doc.f("Beneficiário em caso de morte: «b» («rel»), CPF «cpf», nasc. «dob»\n\nDeclarante: «dc», produtora «pr» — «e2»\n",
          b=P(b.full), rel=g.pick(["cônjuge", "filha", "mãe", "companheiro(a)"]), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1950, 2015), "DATE_OF_BIRTH"), dc=P(g.person().full), pr=prod,
          e2=(corp_mail(coord, "producao" + g.d(2) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def sa_socorro(g: Gen) -> Doc:
    """Set paramedic's daily log of first-aid events during a shoot (free text + table)."""
    doc = Doc()
    soc = g.person()
    doc.f("REGISTRO DE ATENDIMENTOS — POSTO MÉDICO DE SET\nProdução: «ob» · Diária «dd» · «d»\nSocorrista resp.: «s» — «co»\n"
          "Ambulância de suporte básico placa «pl» (motorista «m»)\n\n", ob=g.pick(OBRAS), dd=g.rng.randint(1, 40), d=g.date(),
          s=P(soc.full), co=(g.council("COREN"), "PROFESSIONAL_ID"), pl=(g.plate(), "LICENSE_PLATE"), m=P(g.person().short))
    rows = []
    hs = g.times(g.rng.randint(3, 5), 7 * 3600, 23 * 3600)
    for h in hs:
        p = g.person()
        ident = g.pick([(g.cpf(), "BR_CPF"), (g.rg(), "BR_RG"), (g.cns(), "BR_CNS"), V("não portava")])
        rows.append([V(h), P(g.pick([p.full, p.caps, p.short])), (g.dob(g.pick(["br", "short"]), 1950, 2008), "DATE_OF_BIRTH"), ident,
                     V(g.pick(["figurante", "elenco", "maquinaria", "catering", "elétrica", "dublê"])),
                     V(g.pick(["PA 14x9, queixa de tontura (calor)", "corte superficial em mão D", "crise de ansiedade",
                               "picada de inseto, edema local", "cefaleia após fumaça cênica", "entorse leve de tornozelo"])),
                     V(g.pick(["R55", "T67.1", "S61.4", "F41.0", "T63.4", "G44.2", "S93.4"])),
                     V(g.pick(["liberado", "liberado após repouso", "removido ao " + g.pick(HOSPITAIS), "orientado"]))])
    table_md(doc, ["hora", "paciente", "nasc.", "documento", "equipe", "queixa/conduta", "CID", "desfecho"], rows)
    rm = g.person()
    doc.f("\nRemoção: «n» acompanhad«o» pela produção (CNS «cns», tel. família «t»). Comunicado à produtora às «h».\n",
          n=P(rm.first), o=rm.o, cns=(g.cns(), "BR_CNS"), t=(g.phone(), "PHONE_NUMBER"), h=g.hm())
    doc.f("Obs.: «w». Estoque de soro fisiológico baixo; solicitar a «p».\n", w=g.pick(WORDS), p=P(g.person().first))
    return doc


def sa_fono(g: Gen) -> Doc:
    """Speech-language (voice) evaluation report for a singer, voice actor or broadcaster."""
    doc = Doc()
    p = g.person()
    fo = g.person(female=g.chance(0.8))
    otl = g.person()
    doc.f("CLÍNICA DE VOZ «cl»\nRELATÓRIO DE AVALIAÇÃO FONOAUDIOLÓGICA\n\nPaciente: «n»   Nome artístico: «sn»\nDN: «dob»   CPF: «cpf»   "
          "CNS: «cns»\nConvênio: «cv» — carteirinha «ct»\nProfissão: «pr»   Tel.: «t»\nEndereço: «ad», «b» — CEP «cep»\n\n",
          cl=g.pick(["Canto Livre", "Vox Aurora", "Bel Canto Leão"]), n=P(p.full), sn=P(stage_name(g, p)),
          dob=(g.dob(g.pick(["br", "short", "iso"]), 1955, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          cv=g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "particular"]), ct=g.d(16) if g.chance(0.7) else "—",
          pr=g.pick(["cantora de axé", "dublador", "locutora de rádio", "cantor lírico", "apresentador de TV", "professora de canto"]),
          t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), b=bairro(g), cep=(g.cep(), "BR_CEP"))
    doc.f("Queixa: «q»\nEncaminhad«o» por «ot» («crm»), otorrinolaringologista, após videolaringoscopia de «d» "
          "(nódulos vocais bilaterais — CID «cid»).\n\n", q=g.pick([
              "rouquidão após turnê de «n» shows em 20 dias".replace("«n»", str(g.rng.randint(12, 18))),
              "perda de agudos e fadiga vocal no 3º ato", "voz \"some\" no fim das gravações de dublagem",
              "pigarro constante e ardor, piora com ar-condicionado do estúdio"]),
          o=p.o, ot=P(g.pick([otl.full, otl.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date(),
          cid=g.pick(["J38.2", "R49.0", "J37.0", "J38.1"]))
    doc.f("Avaliação perceptivo-auditiva (GRBASI): G«a» R«b» B«c» A0 S«d» I0. TMF /a/ «tmf» s.\nConduta: terapia vocal 2x/semana "
          "por 8 semanas, repouso vocal relativo, hidratação; «w2».\n\n", a=g.rng.randint(1, 3), b=g.rng.randint(0, 2), c=g.rng.randint(0, 2),
          d=g.rng.randint(0, 2), tmf=g.rng.randint(6, 19), w2=g.pick(["evitar shows até reavaliação", "liberad" + p.o + " para ensaios leves",
                                                                          "afastamento de 15 dias das gravações"]))
    doc.f("«ci», «dt»\n«f»\nFonoaudióloga — «crfa»\n«e»\n", ci=g.city()[0], dt=g.date("long"), f=P(fo.full),
          crfa=(g.council("CRFA"), "PROFESSIONAL_ID"), e=(g.email(fo, g.pick(["vozaurora.com.br", "cantolivre.fono.br"])), "EMAIL_ADDRESS"))
    return doc


def sa_psico(g: Gen) -> Doc:
    """Occupational psychology referral of a journalist after a traumatic coverage, with INSS leave data."""
    doc = Doc()
    j = g.person()
    ps = g.person()
    chefe = g.person()
    veic = g.pick(VEICULOS)
    kin = g.relative(j)
    d1, d2 = sorted([g.date("iso"), g.date("iso")])
    doc.f("PROGRAMA DE APOIO AO JORNALISTA — «v»\nEncaminhamento confidencial nº «n»\n\n", v=veic, n=g.d(4))
    doc.f("Colaborador(a): «nm» («mtb»)\nMatrícula: «mat»   CPF: «cpf»   NIT: «nit»\nNascimento: «dob»   Celular: «t»\nEndereço: «ad» — CEP «cep»\n"
          "Contato de emergência: «ce» («rel») — «t2»\n\n", nm=P(g.pick([j.full, j.caps])), mtb=(g.council("MTB"), "PROFESSIONAL_ID"),
          mat=g.pick([g.d(6), g.neg(11)]), cpf=(g.cpf(), "BR_CPF"), nit=(g.pis(), "BR_PIS"), dob=(g.dob(g.pick(["br", "long"]), 1965, 2001), "DATE_OF_BIRTH"),
          t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ce=P(kin.full),
          rel=g.pick(["esposa", "mãe", "irmã", "companheira"] if kin.female else ["marido", "pai", "irmão", "companheiro"]),
          t2=(g.phone(), "PHONE_NUMBER"))
    doc.f("Contexto: repórter da editoria «ed», cobriu «ev» entre «d1» e «d2». Relata «rl». A chefia («ch») percebeu «pc».\n\n",
          ed=g.pick(["Cidades", "Polícia", "Geral", "Internacional"]),
          ev=g.pick(["as enchentes no Vale do Taquari", "a chacina na zona norte", "o desabamento na Ladeira da Harmonia",
                     "a guerra como " + ("enviada especial" if j.female else "enviado especial")]),
          d1="/".join(reversed(d1.split("-"))), d2="/".join(reversed(d2.split("-"))),
          rl=g.pick(["insônia, pesadelos e revivência de cenas", "crises de choro na redação e evitação de pautas policiais",
                     "ataques de pânico no trânsito"]), ch=P(chefe.full),
          pc=g.pick(["queda de rendimento", "isolamento da equipe", "faltas sem justificativa"]))
    doc.f("Hipótese diagnóstica: «cid» (a confirmar pelo psiquiatra). «cid2» como diagnóstico diferencial.\nConduta: afastamento de «dias» dias; "
          "se > 15 dias, requerer benefício por incapacidade no INSS (B31). Acompanhamento semanal com «p» («crp»).\n\n",
          cid=g.pick(["F43.1", "F43.0"]), cid2=g.pick(["F32.1", "F41.1", "F41.0"]), dias=g.rng.randint(7, 45), p=P(ps.full),
          crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f("Encaminhado ao psiquiatra «m» («crm»), «cl».\nSigilo: este documento não deve ser anexado à pasta funcional. Dúvidas: «e».\n",
          m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), cl=g.pick(["Clínica Aurora Mental", "Ambulatório do Hospital da Luz"]),
          e=(corp_mail(ps, re.sub(r"[^a-z]", "", fold(veic.split()[-1]).lower()) + ".com.br"), "EMAIL_ADDRESS"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (Comunicação de Acidente de Trabalho) of a theatre / event stagehand, in the key: value layout of the eSocial print."""
    doc = Doc()
    w = g.person()
    emp = g.pick(["Cravo Branco Eventos Ltda", "Teatro Municipal Prudente de Morais (OS Cultura Viva)", "Leão do Norte Entretenimento",
                  "Casa Rosa Produções Artísticas"])
    doc.f("CAT — COMUNICAÇÃO DE ACIDENTE DE TRABALHO (S-2210)\nTipo: «tp»   Recibo eSocial: «rc»\n\n", tp=g.pick(["Inicial", "Reabertura"]),
          rc=f"1.{g.d(1)}.{g.d(19)}")
    doc.f("EMITENTE\nRazão social: «e»\nCNPJ: «cnpj»   CNAE: 9001-9/«cn»\n\n", e=emp, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), cn=g.d(2))
    doc.f("ACIDENTADO\nNome: «nm»\nData nasc.: «dob»   Sexo: «sx»   Estado civil: «ec»\nCPF: «cpf»   NIS/PIS: «pis»\nRG: «rg»   CTPS: «ct» série «se»\n"
          "Endereço: «ad»   Bairro: «b»   CEP: «cep»   Município/UF: «cu»\nTelefone: «t»\nCargo: «cg»   CBO: «cbo»   Remuneração: R$ «rm»\n\n",
          nm=P(w.caps), dob=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"), sx="F" if w.female else "M",
          ec=g.pick(["solteiro(a)", "casado(a)", "divorciado(a)"]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          rg=(g.rg(), "BR_RG"), ct=g.d(7), se=g.d(4), ad=(g.address("caps"), "ADDRESS"), b=fold(bairro(g)).upper(),
          cep=(g.cep(), "BR_CEP"), cu=city_uf(g), t=(g.phone(), "PHONE_NUMBER"),
          cg=g.pick(["Maquinista de teatro", "Técnico de iluminação", "Contrarregra", "Montador de estruturas", "Camareira"]),
          cbo=g.pick(["3741-45", "3742-05", "3741-40", "7166-10"]), rm=g.money(1800, 6000))
    doc.f("ACIDENTE\nData: «d»   Hora: «h»   Horas trabalhadas: «ht»\nLocal: «lc»\nParte do corpo: «pc»   Agente causador: «ag»\n"
          "Descrição: «ds»\nHouve afastamento? «af»   Registro policial? não   Óbito? não   Nº do benefício (INSS): «nb»\n",
          d=g.date(), h=g.hm(), ht=f"{g.rng.randint(1, 11):02d}:{g.rng.randint(0, 59):02d}",
          lc=g.pick(["urdimento do palco principal", "montagem do palco do festival Aurora Rock", "coxia esquerda"]),
          pc=g.pick(["mão direita", "coluna lombar", "pé esquerdo", "cabeça"]), ag=g.pick(["vara de cenário", "escada", "andaime", "refletor"]),
          ds=g.pick(["ao descer a vara de luz o contrapeso soltou e atingiu a mão do trabalhador",
                     "queda de escada de 2 m durante afinação de refletores", "torção ao carregar case de som"]),
          af=g.pick(["sim", "não"]), nb=g.pick([g.neg(11), "—", g.d(10)]))
    wt = g.person()
    doc.f("Testemunha: «n» — «ad» — tel. «t»\n\n", n=P(wt.full), ad=(g.address(), "ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("ATESTADO MÉDICO\nUnidade: «u»   Data: «d»\nDiagnóstico provável: «dx»   CID-10: «cid»\nMédico: «m»   «crm»\n",
          u=g.pick(HOSPITAIS), d=g.date(), dx=g.pick(["fratura de falange", "lombalgia aguda", "contusão", "TCE leve"]),
          cid=g.pick(["S62.6", "M54.5", "T14.0", "S06.0"]), m=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_planilha(g: Gen) -> Doc:
    """Production health-compliance sheet (CSV) for a shoot in the Amazon: vaccines, exams, emergency contacts."""
    doc = Doc()
    coord = g.person()
    doc.f("# saude_equipe_locacao_«loc».csv — produção «ob» — atualizado por «c» em «d»\n# vacina febre amarela obrigatória (Portaria local); "
          "CNS exigido pela UBS de «loc2»\n", loc=g.pick(["parintins", "novo_airao", "alter_do_chao", "barcelos"]), ob=g.pick(OBRAS),
          c=P(coord.full), d=g.date(), loc2=g.pick(["Parintins", "Novo Airão", "Alter do Chão", "Barcelos"]))
    cols = ["nome", "funcao", "cpf", "cns", "dt_nasc", "febre_amarela", "tipo_sang", "alergias", "contato_emergencia", "tel_emergencia"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.person()
        rows.append([P(g.pick([p.full, p.caps, p.short])), V(g.pick(FUNCOES)), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.cns(False), "BR_CNS") if g.chance(0.85) else V("pendente"), (g.dob(g.pick(["br", "iso"]), 1955, 2005), "DATE_OF_BIRTH"),
                     V(g.pick(["ok " + g.date("short"), "ok (dose única)", "PENDENTE", "contraindicada - atestado"])),
                     V(g.pick(["O+", "A+", "B-", "AB+", "O-", "não sabe"])),
                     V(g.pick(["nenhuma", "dipirona", "camarão", "picada de abelha", "látex"])),
                     P(g.relative(p).first), (g.phone(g.pick(["raw", "par", "plus"])), "PHONE_NUMBER")])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("# pendências: cobrar «p» (cartão SUS) e «q». Médica da produção: «m» «crm»\n", p=P(g.person().first), q=P(g.person().first),
          m=P(g.person(female=True).full), crm=(g.council("CRM", "AM"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

BANDAS = ["Trio Jatobá", "Banda Aurora Boreal", "Os Leões do Forró", "Coletivo Flor de Sal", "Bloco Esperança",
          "Quarteto Cravo & Canela", "Orquestra Bacurau", "Samba da Vitória", "Maracatu Luz do Sol", "Duo Timbó"]
BANCOS = ["001 - Banco do Brasil", "104 - Caixa", "237 - Bradesco", "341 - Itaú", "033 - Santander", "260 - Nubank",
          "077 - Inter", "756 - Sicoob", "748 - Sicredi", "336 - C6"]


def fi_rpa(g: Gen) -> Doc:
    """RPA (recibo de pagamento a autônomo) for an artist's fee, with INSS, IRRF and ISS withholdings."""
    doc = Doc()
    a = g.person()
    prod = g.pick(PRODUTORAS)
    gross = g.rng.randint(800, 18000)
    inss = round(min(gross * 0.11, 951.63), 2)
    irrf = round(max(0, (gross - inss) * 0.275 - 896.0), 2) if gross > 5000 else 0.0
    iss = round(gross * 0.05, 2) if g.chance(0.5) else 0.0

    doc.f("RECIBO DE PAGAMENTO A AUTÔNOMO — RPA Nº «n»\n\nFONTE PAGADORA: «pr»\nCNPJ: «cnpj»\n\n", n=g.pick([g.d(5), g.neg(11)]), pr=prod.upper(),
          cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"))
    doc.f("PRESTADOR(A): «nm»\nCPF: «cpf»   RG: «rg»   NIT/PIS/PASEP: «pis»\n", nm=P(g.pick([a.caps, a.full])), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"))
    if g.chance(0.6):
        doc.f("Título de eleitor: «te»   Data nasc.: «dob»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"), dob=(g.dob("br", 1955, 2005), "DATE_OF_BIRTH"))
    else:
        doc.f("Data nasc.: «dob»   Registro profissional: «drt»\n", dob=(g.dob("br", 1955, 2005), "DATE_OF_BIRTH"), drt=(g.council("DRT"), "PROFESSIONAL_ID"))
    doc.f("Endereço: «ad» — «cu» — CEP «cep»\n\n", ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    doc.f("SERVIÇO: «sv» — obra/projeto \"«ob»\", «dd» diária(s) em «d»\n\n", sv=g.pick([
        "cachê de atuação", "participação como músico em gravação", "locução de spot", "figuração especial", "direção de arte",
        "fotografia still", "coreografia"]), ob=g.pick(OBRAS), dd=g.rng.randint(1, 6), d=g.date())
    net = gross - inss - irrf - iss
    doc.f("(+) Valor bruto ............ R$ «g»\n(-) INSS 11% .............. R$ «i»\n(-) IRRF .................. R$ «ir»\n(-) ISS ................... R$ «is»\n"
          "(=) VALOR LÍQUIDO .......... R$ «nt»\n\n", g=brl(gross), i=brl(inss), ir=brl(irrf), is_=brl(iss), nt=brl(net), **{"is": brl(iss)})
    doc.f("Crédito em «bk», ag. «ag», c/c «cc», em «d».\nRecebi a importância líquida acima.\n\n«ci», «d2»\n_________________\n«nm»\n",
          bk=g.pick(BANCOS), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d=g.date(), ci=g.city()[0], d2=g.date("long"),
          nm=P(a.full))
    doc.f("Aprovado: «ap» (financeiro) · Lançado por «lg» em «d»\n", ap=P(g.person().short), lg=login(g.person()), d=g.date("iso"))
    return doc


def fi_royalties(g: Gen) -> Doc:
    """Semester royalty statement from a publishing house to an author (or heir), with title lines."""
    doc = Doc()
    au = g.person()
    ed = g.pick(EDITORAS)
    heir = g.chance(0.3)
    doc.f("«ed» — DEMONSTRATIVO DE DIREITOS AUTORAIS\nPeríodo: «s»º semestre/«y»   Contrato nº «ct»   Cód. favorecido «cf»\n\n", ed=ed.upper(),
          s=g.rng.randint(1, 2), y=g.rng.randint(2023, 2025), cf=g.neg(11), ct=f"{g.d(3)}/{g.rng.randint(2015, 2024)}")
    if heir:
        h = g.relative(au)
        doc.f("Autor(a): «a» (espólio)\nFavorecido(a): «h», herdeir«o», CPF «cpf»\n", a=P(au.full), h=P(h.full), o=h.o, cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("Autor(a): «a»   Pseudônimo: «ps»\nCPF: «cpf»\n", a=P(au.full), ps=P(g.pick([stage_name(g, au), f"{g.pick(WORD_F + WORD_M)} {g.pick(RARE_SUR)}"])),
              cpf=(g.cpf(), "BR_CPF"))
    doc.f("E-mail p/ envio: «e»\n\n", e=(g.email(au), "EMAIL_ADDRESS"))
    doc.t("Título                          | ISBN              | Formato   | Vendidos | Preço capa | %   | Direitos\n")
    tot = 0.0
    for _ in range(g.rng.randint(2, 4)):
        q = g.rng.randint(0, 2400)
        pc = g.rng.randint(39, 99) + 0.9
        pct = g.pick([8, 10, 12])
        v = q * pc * pct / 100
        tot += v
        doc.t(f"{g.pick(OBRAS):31s} | {isbn(g)} | {g.pick(['brochura', 'e-book', 'capa dura', 'audiobook']):9s} | {q:8d} | R$ {brl(pc):>7s} | {pct:2d}% | R$ {brl(v)}\n")
    doc.f("\nTotal bruto: R$ «t»   (-) adiantamento compensado: R$ «a»   IRRF: conforme tabela\n", t=brl(tot), a=g.money(0, 5000))
    doc.f("Pagamento em «d» — «bk» · agência «ag» · conta «cc»\n", d=g.date(), bk=g.pick(BANCOS), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"))
    an = g.person()
    doc.f("\nDúvidas: «n», Direitos Autorais — «e» — «t»\nAs vendas em consignação de livrarias (ex.: Livraria Flor de Lis) entram no semestre seguinte.\n",
          n=P(an.full), e=(corp_mail(an, re.sub(r"[^a-z]", "", fold(ed).lower()) + ".com.br"), "EMAIL_ADDRESS"),
          t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """Music distributor payout batch (CSV) to rights holders, by Pix, as attached to a finance ticket."""
    doc = Doc()
    an = g.person()
    doc.f("lote_repasse_«d».csv — gerado por sistema «sy» · conferido por «a»\n", d=g.date("compact"), sy=g.pick(["royalty-engine", "rpt_payout_v2"]),
          a=P(an.full))
    cols = ["titular", "cpf_cnpj", "chave_pix", "tipo_chave", "isrc", "share", "valor_liquido", "status"]
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        k = g.rng.randint(0, 4)
        if k <= 1:
            key, kt = (g.uuid(), "PIX_KEY"), "aleatoria"
        elif k == 2:
            key, kt = (g.email(p), "EMAIL_ADDRESS"), "email"
        elif k == 3:
            key, kt = (g.phone("e164"), "PHONE_NUMBER"), "telefone"
        else:
            key, kt = (g.cpf("raw"), "BR_CPF"), "cpf"
        doc_id = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.7) else (mei_cnpj(g), "BR_CNPJ")
        rows.append([P(g.pick([p.full, p.caps, p.low])), doc_id, key, V(kt), V(isrc(g)), V(g.pick(["1.00", "0.50", "0.33", "0.25"])),
                     V(g.money(5, 4000).replace(".", "").replace(",", ".")), V(g.pick(["PAGO", "PAGO", "DEVOLVIDO", "RETIDO_KYC"]))])
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("\n«a2»: os DEVOLVIDOS são chave inexistente; RETIDO_KYC aguarda selfie+documento. E2E ids no extrato (ex.: E«e2e»).\n",
          a2=P(an.first), e2e=g.d(8) + g.d(12) + g.hexs(11).upper())
    return doc


def fi_influencer_ap(g: Gen) -> Doc:
    """Accounts-payable e-mail thread about an influencer's invoices (MEI), Pix and a withheld payment."""
    doc = Doc()
    inf = g.person()
    fin = g.person()
    ag = g.person()
    doc.f("De: «f» <«fe»>\nPara: contas.pagar@agenciacravo.com.br\nCc: «a» <«ae»>\nAssunto: NF «nf» — «i» — campanha «c»\n\n",
          f=P(fin.full), fe=(corp_mail(fin, "agenciacravo.com.br"), "EMAIL_ADDRESS"), a=P(ag.full), ae=(corp_mail(ag, "agenciacravo.com.br"), "EMAIL_ADDRESS"),
          nf=g.d(4), i=P(inf.caps), c=g.pick(["Outubro Rosa", "Dia dos Pais Bento Vinhos", "Verão Flor de Sal", "Black Friday Aurora"]))
    doc.f("Pessoal, a NFS-e nº «nf» da «i» (MEI, CNPJ «cnpj») veio com valor de R$ «v», mas o PO «po» é de R$ «v2». "
          "Segurei o pagamento até acertar.\n", nf=g.d(4), i=P(inf.first + " " + inf.last), cnpj=(mei_cnpj(g), "BR_CNPJ"),
          v=g.money(3000, 50000), po=f"PO-{g.d(6)}", v2=g.money(3000, 50000))
    doc.f("Dados cadastrados no fornecedor: CPF «cpf», Pix «px», tel. «t», endereço «ad», «cu», CEP «cep».\n\n",
          cpf=(g.cpf(), "BR_CPF"), px=(g.uuid(), "PIX_KEY"), t=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"),
          cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    doc.f("«fs»\nContas a Pagar\n\n> Em «d», «a» escreveu:\n> «f2», a empresária dela («m», «mt») disse que o valor maior inclui 2 stories "
          "extras aprovados por WhatsApp. Vou pedir o aceite formal do cliente. Se vier, paga na conta «ag»/«cc» (Banco «bk»), "
          "não no Pix, ela trocou de banco.\n> Linha digitável do boleto da multa CONAR? Não, isso é outra coisa: «ld»\n",
          fs=P(fin.first), d=g.date(), a=P(ag.short), f2=P(fin.first), m=P(g.person(female=True).full), mt=(g.phone(), "PHONE_NUMBER"),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(["Inter", "Nubank", "C6", "Itaú"]),
          ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    return doc


def fi_caches(g: Gen) -> Doc:
    """Festival artists' fee sheet (cachês), bands with their legal representatives, paid by transfer."""
    doc = Doc()
    fest = g.pick(["Festival Aurora Rock", "Arraiá da Esperança", "Festival de Inverno de Bento", "Virada Cultural de Luziânia",
                   "Festival Flor do Cerrado"])
    pr = g.person()
    doc.f("«f» «y» — Planilha de cachês (versão final p/ Financeiro)\nProdutor(a) responsável: «p» · Secretaria de Cultura (termo de fomento nº «tf»)\n\n",
          f=fest, y=g.rng.randint(2024, 2025), p=P(pr.full), tf=f"{g.d(3)}/{g.rng.randint(2024, 2025)}")
    rows = []
    for _ in range(g.rng.randint(4, 5)):
        rep = g.person()
        solo = g.chance(0.3)
        atr = (stage_name(g, rep), "PERSON") if solo else V(g.pick(BANDAS))
        doc_id = (g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ") if g.chance(0.6) else (g.cpf(), "BR_CPF")
        rows.append([atr, P(g.pick([rep.full, rep.short, rep.caps])), doc_id, V(g.pick(BANCOS)), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), V("R$ " + g.money(1500, 60000)), V(g.pick(["pago", "50% pago", "aguardando NF", "pendente certidão"]))])
    table_md(doc, ["Atração", "Responsável legal", "CPF/CNPJ", "Banco", "Agência", "Conta", "Cachê", "Status"], rows)
    doc.f("\nRider técnico e camarim à parte (verba de produção). «o»\nContato financeiro do festival: «n» — «t»\n",
          o=g.pick(["Cachês pagos com recursos da Lei Paulo Gustavo (LC 195/2022).", "Retenção de 11% de INSS só para PF.",
                    "Seria prudente pagar os pendentes só após certidão negativa."]),
          n=P(g.person().full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Streaming chargeback dispute dossier sent to the acquirer (card, device, IPs, customer)."""
    doc = Doc()
    c = g.person()
    plat = g.pick(PLATAFORMAS)
    doc.f("DOSSIÊ DE CONTESTAÇÃO — CHARGEBACK\nEstabelecimento: «pl» Serviços Digitais Ltda · CNPJ «cnpj»\nAdquirente: Cielo · Motivo: «mo»\n"
          "Disputa nº «dp» · Prazo de resposta: «d»\n\n", pl=plat.upper(), cnpj=(g.cnpj(), "BR_CNPJ"),
          mo=g.pick(["4837 — transação não reconhecida", "4853 — serviço não prestado", "83 — fraude sem cartão presente"]),
          dp=g.neg(11), d=g.date())
    doc.f("Portador: «n»\nCartão: «cc» (venc. «v»)\nCPF informado no checkout: «cpf»\nE-mail da conta: «e»   Celular: «t»\n",
          n=P(c.caps), cc=(g.card(g.chance(0.5)), "CREDIT_CARD"), v=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}",
          cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("Outro cartão na carteira da conta: «c2» (não contestado)\n", c2=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    doc.f("Endereço de cobrança: «ad», «cu», CEP «cep»\n\nTRANSAÇÕES CONTESTADAS\n", ad=(g.address(), "ADDRESS"), cu=city_uf(g), cep=(g.cep(), "BR_CEP"))
    for _ in range(g.rng.randint(2, 4)):
        doc.f("  «d» «h»  R$ «v»  NSU «nsu»  auth «au»  IP «ip»\n", d=g.date(), h=g.hms(), v=g.pick(["39,90", "55,90", "21,90", "119,90"]),
              nsu=g.neg(11), au=g.d(6), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\nEVIDÊNCIAS DE USO\n- Conta criada em «d» pelo IP «ip»; «n» horas assistidas após a 1ª cobrança (último título: \"«ob»\").\n"
          "- Perfis da conta: «p1», «p2»\n- Dispositivos: Smart TV (mesmo IP residencial), celular «mk» (último IP «ip2»)\n",
          d=g.date(year=2024), ip=(g.ip(), "IP_ADDRESS"), n=g.rng.randint(3, 140), ob=g.pick(OBRAS), p1=P(c.first),
          p2=P(g.relative(c).first), mk=g.pick(["Moto G", "Galaxy A54", "iPhone 13"]), ip2=(g.ip(), "IP_ADDRESS"))
    an = g.person()
    doc.f("\nParecer: «pa»\nAnalista: «a» · revisão: «r»\n", pa=g.pick([
        "uso contínuo pelo titular; contestar com evidências.", "cartão de terceiro cadastrado por familiar; aceitar e bloquear conta.",
        "autofraude provável (mesmo IP, mesmo dispositivo)."]), a=P(an.full), r=P(g.person().first))
    return doc


def fi_caixinha(g: Gen) -> Doc:
    """Production petty-cash report (prestação de contas de verba de produção) with payees, plates and Pix."""
    doc = Doc()
    pr = g.person()
    doc.f("PRESTAÇÃO DE CONTAS — CAIXINHA DE PRODUÇÃO\nProjeto: «ob» · Semana «s» · Responsável: «p» (CPF «cpf»)\nAdiantamento recebido: R$ «ad»\n\n",
          ob=g.pick(OBRAS), s=g.rng.randint(1, 9), p=P(pr.full), cpf=(g.cpf(), "BR_CPF"), ad=g.money(2000, 15000))
    rows = []
    for i in range(g.rng.randint(5, 7)):
        k = g.rng.randint(0, 4)
        q = g.person()
        if k == 0:
            rows.append([V(g.date("short")), V("combustível van"), P(q.short), (g.plate(), "LICENSE_PLATE"), V("Posto Leão do Norte"),
                         V("R$ " + g.money(100, 600))])
        elif k == 1:
            rows.append([V(g.date("short")), V("diária motorista"), P(q.full), (g.cnh(), "BR_CNH"), (g.uuid(), "PIX_KEY"),
                         V("R$ " + g.money(200, 450))])
        elif k == 2:
            rows.append([V(g.date("short")), V("catering extra"), P(g.pick([q.nick, q.first])), (g.phone(), "PHONE_NUMBER"),
                         (g.cpf("raw"), "BR_CPF"), V("R$ " + g.money(80, 900))])
        elif k == 3:
            rows.append([V(g.date("short")), V("aluguel de locação"), P(q.full), (g.address(), "ADDRESS"), (g.uuid(), "PIX_KEY"),
                         V("R$ " + g.money(300, 3000))])
        else:
            rows.append([V(g.date("short")), V(g.pick(["material de arte", "pilhas/fitas", "gelo e água"])),
                         V(g.pick(["Casa Bento Materiais", "Mercadinho Esperança", "Loja Flor de Lis"])), V("NF " + g.d(6)), V("—"),
                         V("R$ " + g.money(20, 400))])
    table_md(doc, ["data", "descrição", "favorecido", "doc/placa/contato", "pix/obs", "valor"], rows)
    doc.f("\nSaldo devolvido via Pix para a produtora em «d». Recibos originais com «a» (financeiro). «w».\n",
          d=g.date(), a=P(g.person().first), w=g.pick(["Seria prudente juntar os cupons fiscais na próxima",
                                                       "A rosa de papel do cenário entrou como material de arte",
                                                       "Gelo comprado no Mercadinho Esperança às pressas", "Sem NF do leão de pelúcia (feira)"]))
    return doc


TEMPLATES = {
    "atendimento": [at_streaming, at_ouvidoria, at_casting, at_callsheet, at_editora, at_artista, at_newborn],
    "juridico": [ju_cessao, ju_resposta, ju_notificacao, ju_edicao, ju_influencer, ju_ecad, ju_erratas],
    "saude": [sa_aso, sa_sinistro, sa_socorro, sa_fono, sa_psico, sa_cat, sa_planilha],
    "financeiro": [fi_rpa, fi_royalties, fi_repasse, fi_influencer_ap, fi_caches, fi_chargeback, fi_caixinha],
}


ENCODED = re.compile(r"=[0-9A-F]{2}|%[0-9A-F]{2}|&#\d+;|&[a-z]+;")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        assert s["label"] in LABELS, (record["id"], s)
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


LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\w.-])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w-]|\.\d)")


def check_negatives(record: dict) -> None:
    """Every 11-digit number (bare or in CPF layout) outside the gold spans must fail the CPF check."""
    text = record["text"]
    inside = [(s["start"], s["end"]) for s in record["spans"]]
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in inside):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


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
                check_negatives(record)
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
    with (HERE / "fortyfirst.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fortyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
