"""Build the fortieth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortieth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 40,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: sport, fitness and live events -- gyms and fitness
studios, football and sports clubs, amateur races and tournaments, stadiums and event
ticketing, martial-arts and dance schools, sports betting support and KYC, and the legal side
of all of it.
- atendimento: a gym sign-up form (ficha de matrícula, labels and PAR-Q answers, personal
  trainer with CREF), a WhatsApp-style chat cancelling a membership over recurring card
  charges, a street-race registration CSV export (bib, chip, shirt size), an e-mail thread on
  a ticket dispute for a cancelled show, an ALL CAPS stadium access-control / fan-registry
  screen (turnstiles, parking plates), a dance / martial-arts school fixed-width class roll
  with guardians, a sports-betting support chat with KYC (documents, login IPs, Pix key).
- juridico: an athlete's labour claim (petição inicial, Lei Pelé), an image-rights
  assignment contract, a small-claims consumer suit over a cancelled show, an ALL CAPS
  federation registration screen (BID) of a transfer with the agent, a youth-academy parental
  consent form, a fixed-width accreditation list of staff and press (vehicles, CNH), an e-mail
  thread between a club's legal department and outside counsel about a settlement.
- saude: a PAR-Q questionnaire with a medical clearance note, a physiotherapy progress record
  of an athlete (CREFITO), a club medical department's injury report pasted in an e-mail, a
  race medical-tent log (CSV), a doping-control form, a sports-nutrition consult with a
  bioimpedance table (CRN), a pre-participation cardiac screening screen of an academy (ALL
  CAPS, CNS).
- financeiro: a fixed-width report of failed recurring card charges of a gym chain, an
  acquirer's chargeback e-mail on ticket purchases, an ALL CAPS withdrawal review screen of a
  betting operator, a club payroll CSV (CLT salary plus image-rights company, alphanumeric
  CNPJ), a refund batch of a cancelled show (Pix keys of several kinds), a personal trainer's
  receipt, a tournament results table with the prize payments.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu", "Prof.", "mestre", "sensei"; particles inside a name are part of it; "SURNAME, Given" and
"SURNAME, GIVEN" are one span; nicknames, sporting names ("Zé Tabosa", "Kiki") and first names
alone are persons; first_name and last_name columns are one span each. Staff named in the text
(attendants, trainers, physiotherapists, doctors, lawyers, analysts, chaperones) are persons;
logins, system accounts, bot names ("Fitbot", "Bia da Arena") are not. Corporate e-mails of
people are EMAIL_ADDRESS; role mailboxes (sac@, juridico@, chargeback@) are not labelled.
ADDRESS is street type + name + number + complement (not district, city, state; CEP is
BR_CEP); a company's, club's, stadium's or gym's address is not labelled. Agency and account
are separate BANK_ACCOUNT spans; bank codes are not. DATE_OF_BIRTH only for birth dates;
registration, exam, injury, event and payment dates are not. PROFESSIONAL_ID includes the
council acronym and its UF or region as written ("CREF 012345-G/SP", "CREFITO-3/123456-F",
"CRN-3 45678", "CRM/SP 123456", "COREN-RJ 234567", "OAB/RJ 98.765"); decided here: a CREF
number is a PROFESSIONAL_ID; FIFA agent licence numbers, federation (CBF/BID) registrations,
bib numbers, chip ids, doping sample codes, ticket codes and accreditation numbers are internal
ids and not labelled. PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys that are
a CPF, e-mail or phone take those labels. CNPJs of clubs, gyms and companies are BR_CNPJ (both
forms). Masked values (cards with asterisks, "***.456.789-**"), protocol, order, contract and
process numbers are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethelyn, Ryquelme, Uóston, Wyllyane; Italian, German, Japanese, Lebanese, Korean, Chinese,
Haitian, Senegalese, Angolan, Nigerian, Bolivian, Venezuelan, Colombian, Uruguayan, indigenous,
Jewish, Polish), at least a quarter of the name words rare or invented; names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Bento, Prudente, Amado, Branco, Leal, Sereno,
Justo) next to the same words as words ("vitória por 2 a 1", "luz verde", "faixa branca",
"seria prudente", "a glória do acesso", "Outubro Rosa") and in places and companies (Esporte
Clube Vitória, Presidente Prudente, Bento Gonçalves, Academia Flor de Lótus, Studio Aurora de
Dança, Arena Glória), which are not persons. Forms: full, ALL CAPS without accents, lower case,
"SURNAME, GIVEN", first name alone, nicknames and sporting names.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, order numbers, NSU), ICD-10 codes, money, bib and chip numbers, ticket and order
codes, federation registrations, doping sample codes, laws (Lei 9.615/1998, Lei 14.597/2023,
Lei 8.078/1990, Lei 13.709/2018, Lei 14.790/2023), dates that are not birth dates, race times
and scores, company and club names with surnames (Tabosa Academias Ltda, Sociedade Esportiva
Jatobá), stadiums and streets honouring people when named alone as places ("no Bento Freitas",
"a Barão de Mauá").
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
SEED = 40
ORDINAL = "fortieth"

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

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Juliana", "Fernanda", "Patrícia", "Camila", "Aline", "Larissa", "Gabriela", "Beatriz", "Letícia",
        "Mariana", "Sabrina", "Tatiane", "Priscila", "Adriana", "Cláudia", "Simone", "Luciana", "Isabela",
        "Manuela", "Sofia", "Valentina", "Lorena", "Heloísa", "Andreia", "Cristiane", "Elaine", "Rosângela",
        "Ana Paula", "Maria Eduarda", "Ana Júlia", "Carla", "Natália"]
RARE_F = ["Kethelyn", "Wyllyane", "Dheniffer", "Jeovana", "Rayane Kelly", "Eudóxia", "Lucicléia", "Maricleide",
          "Ivoneide", "Genilda", "Adelvânia", "Erenilde", "Quitéria", "Doralice", "Benedita Eulália", "Zenaide",
          "Marinalva", "Djanira", "Laudicéia", "Ruthinéia", "Adalgisa", "Tainá Ravenna", "Hyasmin", "Kauane",
          "Yohanna", "Walkíria", "Edineusa", "Lindaura", "Cleonice", "Maísa Raiane", "Jussara Dalvina", "Evellyn"]
PT_M = ["Gabriel", "Lucas", "Matheus", "Rafael", "Gustavo", "Rodrigo", "Thiago", "Bruno", "Diego", "Eduardo",
        "Ricardo", "Roberto", "Antônio", "Francisco", "José Carlos", "Luiz Fernando", "Vinícius", "Guilherme",
        "Henrique", "Murilo", "Heitor", "Arthur", "Bernardo", "Miguel", "Fábio", "Márcio", "Sandro", "Edson",
        "Adriano", "João Pedro", "Sebastião", "Paulo Roberto"]
RARE_M = ["Gleidson", "Uóston", "Cleiton", "Edivaldo", "Josenildo", "Raniere", "Deivid", "Maicon Douglas",
          "Wanderlei", "Jocimar", "Elizeu", "Nilvan", "Adelmo", "Genésio", "Laércio", "Anísio", "Belarmino",
          "Crispim", "Dagoberto", "Epaminondas", "Gumercindo", "Honório", "Jurandir", "Leôncio", "Manassés",
          "Olegário", "Policarpo", "Quirino", "Romualdo", "Tibúrcio", "Ubiratan", "Vanderson", "Wilkerson",
          "Ryquelme", "Kauãn", "Dyego", "Jhonatan Kaique"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Moreira",
          "Barros", "Monteiro", "Cunha", "Batista", "Fonseca", "Melo", "Farias", "Xavier", "Pires", "Sales",
          "Tavares", "Vasconcelos", "Brito", "Aguiar", "Guimarães", "Miranda", "Medeiros", "Borges", "Siqueira",
          "Coelho", "Conceição"]
RARE_SUR = ["Tabosa", "Jatobá", "Canindé", "Ximenes", "Bezerril", "Gurgel", "Saboia", "Mourão", "Timbó",
            "Catunda", "Alcoforado", "Benevides", "Caldeira Brant", "Meirelles Quintão", "Sucupira", "Uchôa",
            "Valadares", "Wanderley", "Guedelha", "Lins Bandeira", "Peixoto Aranha", "Nóbrega", "Girão",
            "Ibiapina", "Juaçaba", "Oiticica", "Quental", "Quixabeira", "Sarmento", "Torquato", "Urtiga",
            "Arcoverde", "Bandeira de Melo", "Carvalhedo", "Esmeraldo", "Frota Pessoa", "Holanda Cavalcanti"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Sereno", "Leal", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leal", "Paz", "Ventura", "Leão", "Flores",
            "Pedreira", "Cordeiro", "Raposo", "Pinheiro", "Sereno", "Vitória"]
NICK = {"Francisco": "Chico", "José Carlos": "Zé Carlos", "Antônio": "Toninho", "Sebastião": "Tião",
        "Epaminondas": "Nondas", "Gumercindo": "Guma", "Policarpo": "Poli", "Ubiratan": "Bira", "Luiz Fernando": "Nando",
        "Maicon Douglas": "Maiconzinho", "Quitéria": "Teca", "Benedita Eulália": "Dita", "Adalgisa": "Gisa",
        "Kethelyn": "Kel", "Eduardo": "Dudu", "Gabriel": "Gabigol", "Paulo Roberto": "PR", "Valentina": "Tina",
        "Henrique": "Rique", "Ryquelme": "Ryky", "Jurandir": "Jura", "Tibúrcio": "Tibu", "Doralice": "Dora",
        "Heloísa": "Helô", "Maria Eduarda": "Duda", "Wilkerson": "Kekel"}
FOREIGN = {
    "it": (["Giuliana", "Franca", "Loredana"], ["Gianluca", "Renzo", "Aldo"],
           ["Zanetti", "Bertolazzi", "Pasqualini", "Del Piero Guarnieri", "Tonon", "Carraro"]),
    "de": (["Ingrid", "Hildegard", "Frieda"], ["Günther", "Otmar", "Reinhold"],
           ["Schmitt", "Wolff", "Kühl", "Hellmann", "Strobel", "Dietrich"]),
    "jp": (["Akemi", "Yumi", "Harumi"], ["Daisuke", "Shigeru", "Tadashi"],
           ["Nakamura", "Higa", "Miyagi", "Shimabukuro", "Kaneshiro", "Uehara"]),
    "ar": (["Rania", "Samira", "Jamile"], ["Jorge Elias", "Munir", "Salim"],
           ["Chaim Tannous", "Jabur", "Saad", "Hallak", "Zarur", "Bechara"]),
    "kr": (["Seo-yeon", "Ji-woo"], ["Min-jun", "Hyun-woo"], ["Park", "Lee", "Kang", "Cho"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Nadège", "Wideline", "Fabienne"], ["Jean-Robert", "Wisly", "Dieuseul"],
           ["Pierre-Louis", "Désir", "Jean-Baptiste", "Augustin", "Saint-Fleur"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Babacar", "Moustapha", "Ibrahima"], ["Diallo", "Mbaye", "Faye", "Seck", "Cissé"]),
    "ao": (["Njinga", "Ermelinda Kassoma"], ["Manuel Kiame", "Zeferino"], ["Kiluange", "Mbemba", "Tchissola", "Cambuta"]),
    "ng": (["Chiamaka", "Ngozi"], ["Chukwuemeka", "Oluwaseun"], ["Okafor", "Adeyemi", "Nwosu", "Obi"]),
    "bo": (["Marisol", "Pascuala"], ["Wálter", "Teodoro"], ["Mamani", "Condori", "Choque", "Quispe"]),
    "ve": (["Yusleidy", "Mariangel"], ["Yorman", "Deiber"], ["Castellanos", "Rondón", "Briceño", "Maldonado"]),
    "co": (["Yuliana", "Leidy Johana"], ["Jhon Fredy", "Wílmar"], ["Cuadrado", "Arboleda", "Valencia Mosquera"]),
    "uy": (["Florencia", "Agustina"], ["Nicolás", "Facundo"], ["Lugano Pereyra", "Rodríguez Olaizola", "Cáceres"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Ubirajara", "Yakecan"], ["Terena", "Pataxó", "Guajajara", "Kariri"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Elias", "Benjamin"], ["Goldberg", "Feldman", "Rosenthal", "Szajman"]),
    "pl": (["Jadwiga", "Halina"], ["Zbigniew", "Kazimierz"], ["Kowalczyk", "Wiśniewski", "Zielinski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "ng", "bo", "ve", "co", "in", "jw", "pl", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Kel", "Nondas", "Guma", "Poli", "Teca", "Dita", "Gisa", "Ryky", "Tibu", "Kekel", "Maiconzinho", "Rique"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Paz", "Silva", "Conceição", "Cunha", "Fonseca", "Vitória"}
DO_SUR = {"Amaral", "Valadares"}
DOS_SUR = {"Santos", "Flores", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "49", "51", "53", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79",
        "81", "82", "83", "84", "85", "87", "89", "91", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Doutor Sócrates Brasileiro", "Garrincha", "Professora Aurora Tabosa",
                "Ayrton Senna", "Coronel Bento Leal", "da Glória", "Flor de Maio", "Presidente Prudente",
                "Vitória Régia", "das Seringueiras", "Padre Cícero", "Marechal Deodoro", "Sete de Setembro",
                "Maria Lenk", "Adhemar Ferreira da Silva", "Comendador Leal Sucupira", "dos Atletas",
                "Irmã Dulce", "Tiradentes", "Dom Bosco", "Olegário Maciel", "das Rosas", "Engenheiro Catunda",
                "Nossa Senhora da Luz", "Vereador Quirino Urtiga", "Manoel Tubino", "Almirante Barroso",
                "Desembargador Girão", "Ubirajara Terena", "Treze de Maio", "do Estádio"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Glória de Dourados", "MS"),
          ("Santa Rosa", "RS"), ("Luz", "MG"), ("Aurora do Pará", "PA"), ("Flores", "PE"), ("Campinas", "SP"),
          ("Sorocaba", "SP"), ("Bauru", "SP"), ("Santos", "SP"), ("Niterói", "RJ"), ("Volta Redonda", "RJ"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Caxias do Sul", "RS"),
          ("Santa Maria", "RS"), ("Cascavel", "PR"), ("Ponta Grossa", "PR"), ("Anápolis", "GO"), ("Feira de Santana", "BA"),
          ("Vitória da Conquista", "BA"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Campina Grande", "PB"),
          ("Juazeiro do Norte", "CE"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Cuiabá", "MT"), ("Porto Velho", "RO"),
          ("Aracaju", "SE"), ("Arapiraca", "AL"), ("Teresina", "PI")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Glória", "Centro", "Parque Esportivo", "Jardim das Rosas", "Alto da Luz",
           "Vila Prudente", "Boa Vista", "Jardim Bento Leal", "Vila Olímpica", "Cidade Nova", "Morumbi"]
CIDS = ["S83.5", "S93.4", "M23.2", "S43.0", "M76.6", "S86.0", "M65.3", "S72.0", "T67.0", "E86", "R55",
        "I49.9", "M54.5", "S06.0", "M70.2", "S82.6", "E11.9", "I10", "J45.9", "M17.9", "M75.1", "S42.0", "T14.0"]
GYMS = ["Academia Flor de Lótus", "Studio Aurora de Dança", "Tabosa Academias Ltda", "Arena Glória Fitness",
        "Rede Corpo Leal", "Box Sereno CrossFit", "Academia Vitória Fit", "Studio Bento Pilates",
        "Academia Força & Luz", "Jatobá Fitness Center"]
CLUBS = ["Esporte Clube Vitória Régia", "Sociedade Esportiva Jatobá", "Associação Atlética Prudente",
         "Clube Atlético Bento Leal", "Grêmio Esportivo Aurora", "União Recreativa Glória", "Tabosa Futebol Clube",
         "Sport Club Ventura", "Associação Desportiva Luz do Sertão", "Catunda Esporte Clube"]
STADIUMS = ["Estádio Bento Freitas", "Arena Glória", "Estádio Presidente Vargas", "Arena Vitória Régia",
            "Estádio Municipal Dr. Aurélio Catunda", "Ginásio Prudente de Morais", "Arena Leal Sucupira"]
EVENTS = ["Turnê Luz do Sol 2025", "Festival Aurora Eletrônica", "Rosa dos Ventos Fest", "Show Flor de Cactus",
          "Noite da Glória Sertaneja", "Bento & Amado Ao Vivo", "Festival Vitória Rock"]
RACES = ["Corrida Rosa dos Ventos 10K", "Meia Maratona da Glória", "Night Run Luz da Cidade", "Corrida do Bento 5K",
         "Desafio Serra da Aurora (trail 21K)", "Circuito Vitória de Corridas", "São Silvestrinha de Prudente"]
WORD_USES = ["vitória por 2 a 1 no último minuto", "deu luz verde pro retorno aos treinos", "ainda é faixa branca",
             "seria prudente esperar a ressonância", "a glória do acesso à Série B", "camisa rosa do Outubro Rosa",
             "jogo amado pela torcida", "mar sereno na prova de águas abertas", "resultado justo no placar",
             "flor de sal no kit do atleta", "a aurora do treino das 5h"]


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
        return self.given.split()[0] if "-" not in self.given else self.given

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
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def sport(self) -> str:
        """Sporting name: nickname, 'Zé Tabosa', 'Kiki' style."""
        n = self.nick
        if n != self.first:
            return n
        f = self.first
        if len(f) > 6 or "-" in f:
            return f"{f} {self.last}"
        if f[0] not in "AEIOUÁÉÍÓÚ" and f[1] in "aeiou" and len(f) % 2:
            return f"{f[:2]}{f[:2].lower()}"  # Sereno -> Sese, Deiber -> Dede
        return self.last if len(f) % 2 == 0 else f"{f} {self.last}"

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "first": p.first, "last": p.last, "nick": p.nick, "sport": p.sport,
            "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
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
        if r < 0.4:
            return self.pick(RARE_SUR)
        if r < 0.53:
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
            elif rng.random() < 0.45:
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
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
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

    def child(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        return Person(p.given, [s for s in of.surnames if s not in SUFFIXES][-2:], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f}.run",
                          f"{f}fit{self.d(2)}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
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

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***{n[3:9]}**"])

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
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.pick('456')}{self.d(5)}******{self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

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

    def bank(self) -> str:
        return self.pick(["001 - Banco do Brasil", "237 - Bradesco", "341 - Itaú", "104 - Caixa", "033 - Santander",
                          "260 - Nu Pagamentos", "077 - Inter", "756 - Sicoob", "748 - Sicredi", "336 - C6"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 904)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2007) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

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
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.04", "5.15", "8.19", "5.02", "8.13", "5.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"ATD-{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREF":
            k = f"{self.rng.randint(1, 199999):06d}"
            return self.pick([f"CREF {k}-G/{uf}", f"CREF {k}-G/{uf}", f"CREF/{uf} {k}-G", f"CREF {k}-P/{uf}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)}/{self.d(6)}-F", f"CREFITO-{self.rng.randint(1, 18)} {self.d(6)}-F",
                              f"CREFITO {self.rng.randint(1, 18)}/{self.d(5)}-F"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.rng.randint(1, 11)} {self.d(5)}", f"CRN{self.rng.randint(1, 11)}/{self.d(5)}",
                              f"CRN-{self.rng.randint(1, 11)}/{self.d(5)}-P"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


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

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width] if label is None else s
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


def V(s) -> tuple:
    return (str(s), None)


# --------------------------------------------------------------------------- tables


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
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


def table_fixed(doc: Doc, cols: list[tuple[str, int]], rows: list[list[tuple]], rule: str = "-") -> None:
    """Fixed-width report: widths given per column, values longer than the width widen it."""
    widths = [max([w] + [len(r[k][0]) + 1 for r in rows]) for k, (_, w) in enumerate(cols)]
    doc.t("".join(c.ljust(w) for (c, _), w in zip(cols, widths)).rstrip() + "\n")
    doc.t(rule * (sum(widths) - 1) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k == len(r) - 1:
                line.e(v, lab)
            else:
                line.cell(v, w, lab)
        base = len(doc.text)
        doc.text += line.text.rstrip() + "\n"
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]


def table_md(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        doc.t("|")
        for v, lab in r:
            doc.t(" ")
            doc.e(v, lab)
            doc.t(" |")
        doc.t("\n")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def caps_addr(s: str) -> str:
    return fold(s).upper()


# =========================================================================== atendimento

PARQ = ["Algum médico já disse que você possui algum problema de coração e que só deveria realizar atividade física supervisionada?",
        "Você sente dores no peito quando pratica atividade física?",
        "No último mês, você sentiu dores no peito quando não estava praticando atividade física?",
        "Você perde o equilíbrio devido a tontura ou já perdeu a consciência?",
        "Você possui algum problema ósseo ou articular que poderia piorar com a atividade física?",
        "Você toma atualmente algum medicamento para pressão arterial e/ou problema de coração?",
        "Sabe de alguma outra razão pela qual você não deve praticar atividade física?"]


def at_signup(g: Gen) -> Doc:
    """Gym sign-up form (ficha de matrícula) with labels, PAR-Q summary and the personal trainer."""
    doc = Doc()
    c = g.person()
    gym = g.pick(GYMS)
    em = g.relative(c)
    pt = g.person()
    cons = g.person()
    city, uf = g.city()
    doc.f("«gym» — Unidade «u»\nFICHA DE MATRÍCULA Nº «n»                       Data: «d»\n\n",
          gym=gym.upper() if g.chance(0.5) else gym, u=g.pick(["Centro", "Shopping", "Zona Sul", "Vila Olímpica", "Av. Brasil"]),
          n=f"{g.d(6)}", d=g.date("br"))
    doc.f("Nome completo: «n»\nCPF: «cpf»      RG: «rg» «org»      Data de nascimento: «dob»\n",
          n=P(g.pick([c.full, c.caps, c.full])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/SP", "SSP-SP", "SESP/PR", "SDS/PE"]), dob=(g.dob(g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH"))
    doc.f("Sexo: «s»   Profissão: «p»   Objetivo: «o»\n", s=g.pick(["F", "M", "Fem.", "Masc."]),
          p=g.pick(["professora", "motorista de app", "autônomo", "estudante", "enfermeira", "analista de TI", "aposentado(a)"]),
          o=g.pick(["hipertrofia", "emagrecimento", "condicionamento", "reabilitação pós-lesão", "qualidade de vida"]))
    doc.f("Endereço: «a»   Bairro: «b»\nCEP: «cep»   Cidade/UF: «ci»/«uf»\n", a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.8)), "BR_CEP"), ci=city, uf=uf)
    doc.f("Celular/WhatsApp: «t»   Tel. fixo: «f»\nE-mail: «e»\n", t=(g.phone(), "PHONE_NUMBER"),
          f=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.4) else "—", e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("Contato de emergência: «em» («rel») — «et»\n\n", em=P(name_form(g, em, ["full", "short", "first"])),
          rel=g.pick(["mãe", "esposo", "esposa", "irmã", "filho", "namorado", "pai"]), et=(g.phone(), "PHONE_NUMBER"))
    plan = g.pick(["Anual recorrente", "Semestral", "Mensal sem fidelidade", "Black (acesso a todas as unidades)", "Família"])
    doc.f("PLANO: «p» — R$ «m»/mês — débito recorrente no cartão «cc» (bandeira «b»)\nDia de cobrança: «dia»   "
          "Taxa de adesão: R$ «ad»   Consultor(a): «co» (login «lg»)\n\n",
          p=plan, m=g.money(69, 289), cc=g.masked_card(), b=g.pick(["Visa", "Master", "Elo"]), dia=g.rng.randint(1, 28),
          ad=g.money(0, 150), co=P(name_form(g, cons, ["first", "short", "full"])), lg=login(cons))
    doc.t("QUESTIONÁRIO DE PRONTIDÃO PARA ATIVIDADE FÍSICA (PAR-Q)\n")
    yes = []
    for i, q in enumerate(PARQ, 1):
        a = g.chance(0.15)
        if a:
            yes.append(i)
        doc.t(f"{i}. {q} ( {'X' if a else ' '} ) sim  ( {' ' if a else 'X'} ) não\n")
    if yes:
        doc.f("\n>> Resposta positiva na(s) questão(ões) «q»: aluno(a) deve apresentar atestado médico antes do início (Lei estadual do PAR-Q).\n",
              q=", ".join(map(str, yes)))
    doc.f("\nPersonal trainer: «pt» — «cref»   Avaliação física agendada: «d» às «h»\n",
          pt=P(name_form(g, pt, ["full", "short"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), d=g.date("br"), h=g.hm())
    if g.chance(0.5):
        ind = g.person()
        doc.f("Indicação: «i» (matrícula «m») — ganha 1 mês grátis se o plano for anual.\n", i=P(name_form(g, ind, ["full", "first", "short"])), m=g.d(5))
    doc.f("\nDeclaro serem verdadeiras as informações acima e estar ciente do contrato de adesão e da política de privacidade (Lei 13.709/2018).\n"
          "Assinatura do aluno: «s»\n", s=P(name_form(g, c, ["full", "plain"])))
    if g.chance(0.7):
        doc.f("[aceite digital via app em «d» «h» — IP «ip»]\n", d=g.date("br"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    if g.chance(0.5):
        doc.f("Veículo p/ estacionamento conveniado: placa «p»\n", p=(g.plate(), "LICENSE_PLATE"))
    return doc


def at_cancel_chat(g: Gen) -> Doc:
    """WhatsApp-style export: a member cancels the plan over recurring card charges."""
    doc = Doc()
    c = g.person(word=g.chance(0.25))
    ag, sup = g.person(), g.person(female=True)
    gym = g.pick(GYMS)
    cname = name_form(g, c, ["full", "short", "first", "nick"])
    day = g.date("br")
    ts = g.times(12, 8 * 3600, 20 * 3600)
    k = iter(ts)
    cpf = g.cpf(g.pick(["dot", "raw"]))
    val = g.money(79, 199)
    cs = P(cname) if g.chance(0.3) else (g.phone(g.pick(["plus", "plus", "plain"])), "PHONE_NUMBER")
    bs = P(ag.first) if g.chance(0.25) else V(gym)
    doc.f("Conversa do WhatsApp com «n»\n\n", n=cs)
    doc.f("«d» «t» - Fitbot: Olá! Eu sou o Fitbot, assistente virtual da «gym». Digite 1 p/ Planos, 2 p/ Financeiro, 3 p/ Cancelamento.\n",
          d=day, t=next(k), gym=gym)
    doc.f("«d» «t» - «n»: 3\n", d=day, t=next(k), n=cs)
    doc.f("«d» «t» - «n»: quero cancelar meu plano, ja pedi na recepção mês passado e continuaram cobrando «v» no cartao\n",
          d=day, t=next(k), n=cs, v=f"R$ {val}")
    doc.f("«d» «t» - Fitbot: Certo! Vou te transferir para um atendente humano. Protocolo «p».\n", d=day, t=next(k), p=g.protocol())
    doc.f("«d» «t» - «a»: «gym2»Oi«sp»«n2», tudo bem? Aqui é «a1», do financeiro. Me confirma o CPF do titular por favor?\n",
          d=day, t=next(k), a=bs, gym2=g.pick(["", "*Financeiro* ", "[Atendimento] "]),
          sp=" " if (hi := g.chance(0.6)) else "", n2=P(c.first) if hi else "", a1=P(name_form(g, ag, ["first", "short"])))
    doc.f("«d» «t» - «n»: «cpf»\n", d=day, t=next(k), n=cs, cpf=(cpf, "BR_CPF"))
    full_card = g.chance(0.6)
    if full_card:
        doc.f("«d» «t» - «n»: a cobrança vem nesse cartão aqui «cc» , aparece como «desc» na fatura\n",
              d=day, t=next(k), n=cs, cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              desc=g.pick(["PAG*CORPOLEAL", "ACAD FLORLOTUS", "EBANX*FITNESS", "PG *TABOSA ACAD"]))
        doc.f("«d» «t» - «a»: «n2», por segurança não envie o número completo do cartão aqui, tá? Já localizei pelo CPF: "
              "matrícula «m», plano anual com fidelidade até «f».\n", d=day, t=next(k), a=bs, n2=P(c.first),
              m=g.d(6), f=g.date("br", 2026))
    else:
        doc.f("«d» «t» - «a»: Localizei, matrícula «m». O cartão cadastrado é o «cc», plano anual com fidelidade até «f».\n",
              d=day, t=next(k), a=bs, m=g.d(6), cc=g.masked_card(), f=g.date("br", 2026))
    doc.f("«d» «t» - «n»: mas eu não assinei fidelidade nenhuma, o contrato que me mandaram no «e» era mensal\n",
          d=day, t=next(k), n=cs, e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("«d» «t» - «a»: Entendo. Vou abrir uma contestação com a supervisora «s» e estornar as «q» parcelas cobradas após o pedido. "
          "A multa rescisória (10% do saldo, R$ «mu») fica suspensa até a análise.\n",
          d=day, t=next(k), a=bs, s=P(name_form(g, sup, ["full", "short"])), q=g.pick(["duas", "três", "2", "3"]),
          mu=g.money(30, 400))
    doc.f("«d» «t» - «n»: ok. se precisar liga no «tel» depois das 18h. {w}\n".replace("{w}", g.pick(["obrigada", "valeu", "blz", "aguardo"])),
          d=day, t=next(k), n=cs, tel=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    doc.f("«d» «t» - «a»: Combinado! Prazo de até 10 dias úteis. «w»\n", d=day, t=next(k), a=bs,
          w=g.pick(["Boa semana!", "Qualquer coisa é só chamar aqui.", "Bons treinos e até mais 💪"]))
    return doc


def at_race_csv(g: Gen) -> Doc:
    """Street-race registration export (ticketing platform CSV)."""
    doc = Doc()
    race = g.pick(RACES)
    who = g.person()
    doc.f("# «r» — inscrições confirmadas (export «d» «t», usuário «u»)\n# organização: «org» · percurso homologado FAT · largada «lg»\n",
          r=race, d=g.date("br"), t=g.hm(), u=login(who), org=g.pick(["Bento Leal Eventos Esportivos", "Aurora Sports Ltda", "Girão Assessoria Esportiva"]),
          lg=g.date("br"))
    sep = g.pick([";", ","])
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        c = g.person()
        em = g.relative(c)
        form = g.pick(["full", "full", "caps", "plain", "low"])
        rows.append([V(g.rng.randint(1, 4999)), V(g.hexs(8).upper()), P(name_form(g, c, [form])),
                     V("F" if c.female else "M"), (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.email(c), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), (g.cep(g.chance(0.5)), "BR_CEP"),
                     V(g.pick(["", "Assessoria Tabosa Run", "Equipe Bento Pace", "Corre Glória", "Amigos da Aurora", "AVULSO", "Sereno Runners"])),
                     V(g.pick(["PP", "P", "M", "G", "GG", "BL-M", "BL-G"])), V(g.pick(["5K", "10K", "10K", "21K"])),
                     P(name_form(g, em, ["full", "first", "short"])) if (has_em := g.chance(0.7)) else V(""),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if has_em else V(""),
                     V(g.pick(["pago", "pago", "pago", "cortesia", "pendente"])), V(g.money(79, 189)), (g.ip(), "IP_ADDRESS")])
    table_csv(doc, ["num_peito", "chip", "nome", "sexo", "data_nasc", "cpf", "email", "celular", "cep", "equipe", "camiseta",
                    "distancia", "contato_emergencia", "tel_emergencia", "status", "valor", "ip_inscricao"], rows, sep=sep)
    doc.f("# total de linhas: «n» · kits retirados: «k» · observação: atletas 60+ têm 50% de desconto (Estatuto da Pessoa Idosa)\n",
          n=len(rows), k=g.rng.randint(0, len(rows)))
    return doc


def at_ticket_mail(g: Gen) -> Doc:
    """E-mail thread: ticket dispute after a show was cancelled."""
    doc = Doc()
    c = g.person()
    ag = g.person()
    ev = g.pick(EVENTS)
    ped = g.d(9) if g.chance(0.5) else g.neg(11)
    comp = g.pick(["IngressoJá", "TicketLeal", "Bilheteria Aurora", "SuperTicket"])
    dom = fold(comp).lower().replace(" ", "") + ".com.br"
    d1 = g.date("br")
    kids = [g.child(c) for _ in range(g.rng.randint(1, 2))]
    doc.f("De: «n» <«e»>\nPara: sac@«dom»\nAssunto: RE: RE: Pedido «p» — «ev» cancelado / reembolso\nData: «d»\n\n",
          n=P(name_form(g, c, ["full", "short", "caps"])), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom, p=ped, ev=ev, d=g.date("br"))
    doc.f("Prezad«o» «a»,\n\nJá é o terceiro e-mail. Comprei 4 ingressos (setor «s») para o «ev» em «d1», pedido «p», total R$ «m». "
          "O show foi cancelado e até agora nada do reembolso. Os ingressos estavam no meu nome e ",
          o=ag.o, a=P(ag.first), s=g.pick(["Pista Premium", "Cadeira Inferior Leste", "Camarote Glória", "Arquibancada Norte"]),
          ev=ev, d1=d1, p=ped, m=g.money(400, 3200))
    for i, k in enumerate(kids):
        doc.f("«sep»«n» (meia-entrada, nasc. «dob»)", sep=" e " if i else ("dos meus filhos " if len(kids) > 1 else "do meu filho "), n=P(k.full if i == 0 else k.first),
              dob=(g.dob("br", 2008, 2018), "DATE_OF_BIRTH"))
    doc.f(". Meu CPF é «cpf» e o telefone «t». O endereço de cobrança do cartão é «ad», CEP «cep» (caso precisem conferir).\n\nSe não resolverem até sexta vou ao Procon e ao Juizado, com base no art. 49 "
          "do CDC (Lei 8.078/1990).\n\nAtt.,\n«n»\n\n", cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), n=P(c.full),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("----- Em «d», Atendimento «comp» <sac@«dom»> escreveu:\n> Olá, «n»!\n> Recebemos sua solicitação (protocolo «pr»). "
          "Conforme comunicado do produtor, o reembolso do «ev» será feito no mesmo meio de pagamento\n> (cartão «cc») em até 30 dias.\n"
          "> Atenciosamente,\n> «a» — Equipe «comp»\n> «ae»\n",
          d=d1, comp=comp, dom=dom, n=P(c.first), pr=g.protocol(), ev=ev, cc=g.masked_card(), a=P(ag.full),
          ae=(corp_mail(ag, dom), "EMAIL_ADDRESS") if g.chance(0.6) else "sac@" + dom)
    return doc


def at_access(g: Gen) -> Doc:
    """ALL CAPS stadium access-control / fan registry screen."""
    doc = Doc()
    c = g.person()
    st = g.pick(STADIUMS)
    op = g.person()
    city, uf = g.city()
    doc.f("«st» - SCA CONTROLE DE ACESSO V4.2                  OPERADOR: «op»\nCONSULTA CADASTRO TORCEDOR (LEI 14.597/2023 ART. 158)   «d» «t»\n"
          "================================================================================\n",
          st=fold(st).upper(), op=login(op).upper(), d=g.date("br"), t=g.hms())
    doc.f("NOME...........: «n»\nCPF............: «cpf»          RG: «rg»\nDT NASC........: «dob»\n",
          n=P(c.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"))
    doc.f("CATEGORIA......: «cat»     MATRICULA: «m»\nBIOMETRIA FACIAL: CADASTRADA EM «bd» (TERMINAL «term»)\n",
          cat=g.pick(["SOCIO TORCEDOR OURO", "SOCIO PRATA", "AVULSO", "GRATUIDADE PCD", "MEIA ESTUDANTE"]), m=g.d(7),
          bd=g.date("br"), term=f"BIO-{g.d(2)}")
    doc.f("TELEFONE.......: «tel»\nE-MAIL.........: «e»\nENDERECO.......: «a»\nBAIRRO/CIDADE..: «b» / «ci»-«uf»   CEP: «cep»\n",
          tel=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), e=(g.email(c).upper(), "EMAIL_ADDRESS"),
          a=(g.address("caps"), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(), ci=fold(city).upper(), uf=uf,
          cep=(g.cep(), "BR_CEP"))
    if g.chance(0.7):
        doc.f("VEICULO........: «p»  ESTACIONAMENTO SETOR «s»   VAGA «v»\n", p=(g.plate(), "LICENSE_PLATE"),
              s=g.pick("ABCDE"), v=g.rng.randint(1, 900))
    deps = [g.child(c) for _ in range(g.rng.randint(0, 2))]
    if deps:
        doc.t("DEPENDENTES....:\n")
        for dp in deps:
            doc.f("  - «n»  NASC «dob»  CPF «cpf»\n", n=P(dp.caps), dob=(g.dob("br", 2009, 2019), "DATE_OF_BIRTH"),
                  cpf=(g.cpf(), "BR_CPF") if g.chance(0.6) else "NAO INFORMADO")
    doc.t("--------------------------------------------------------------------------------\nULTIMOS ACESSOS\n"
          "DATA       HORA      PORTAO  CATRACA  INGRESSO            RESULTADO\n")
    for _ in range(g.rng.randint(3, 5)):
        doc.t(f"{g.date('br')} {g.hms()}  {g.pick(['P1', 'P2', 'P3', 'P4', 'P7']):6s}  {'C' + g.d(2):7s}  "
              f"{g.d(4)}-{g.d(4)}-{g.d(4)}      {g.pick(['LIBERADO', 'LIBERADO', 'LIBERADO', 'NEGADO-DUPLICIDADE', 'NEGADO-FACE NAO CONFERE'])}\n")
    doc.f("--------------------------------------------------------------------------------\nOBS: «o» - REGISTRADO POR «op»\n",
          o=g.pick([f"TORCEDOR RELATA QUE INGRESSO FOI USADO POR TERCEIRO NO JOGO DA VITORIA POR 2 A 1",
                    "SEM RESTRICAO JUDICIAL ATIVA", "IMPEDIMENTO JECRIM CUMPRIDO - LIBERADO",
                    "SOLICITOU ATUALIZACAO DE FOTO - FACE NAO CONFERE 3X"]),
          op=P(fold(op.short).upper()))
    return doc


def at_roll(g: Gen) -> Doc:
    """Fixed-width class roll of a dance or martial-arts school, with guardians."""
    doc = Doc()
    dance = g.chance(0.5)
    teacher = g.person(female=g.chance(0.75) if dance else None)
    if dance:
        doc.f("STUDIO AURORA DE DANÇA — LISTA DE CHAMADA — Turma «tu»\nProfessor«a»: «p»   Mês ref.: «m»/2025\n\n", a="a" if teacher.female else "",
              tu=g.pick(["Ballet Infantil II (ter/qui 17h)", "Jazz Teen (seg/qua 18h30)", "Dança de Salão adulto (sex 20h)", "Hip Hop Kids (sáb 9h)"]),
              p=P(name_form(g, teacher, ["full", "short"])), m=f"{g.rng.randint(1, 12):02d}")
        lvl = ["Baby", "Inic.", "Interm.", "Avanç.", "Pré-ponta"]
    else:
        doc.f("ACADEMIA «ac» — JIU-JITSU / JUDÔ — CHAMADA E MENSALIDADES\nSensei: «p» («cref»)   Mês ref.: «m»/2025\n\n",
              ac=g.pick(["LEÃO DE OURO", "SERENO DOJO", "BUSHIDO TABOSA", "KODOKAN GLÓRIA"]),
              p=P(name_form(g, teacher, ["full", "short", "caps"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), m=f"{g.rng.randint(1, 12):02d}")
        lvl = ["branca", "cinza", "amarela", "laranja", "verde", "azul", "roxa"]
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        kid = g.person()
        par = g.relative(kid) if g.chance(0.6) else g.person()
        rows.append([P(name_form(g, kid, ["full", "full", "caps", "short"])), (g.dob("br", 2008, 2020), "DATE_OF_BIRTH"),
                     P(name_form(g, par, ["full", "short", "caps"])), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("—"),
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), V(g.pick(lvl)), V(g.pick(["pago", "pago", "atras.", "bolsista", "pix 05/" + f"{g.rng.randint(1, 12):02d}"]))])
    table_fixed(doc, [("ALUNO(A)", 28), ("NASC.", 12), ("RESPONSÁVEL", 26), ("CPF RESP. (boleto)", 19), ("TELEFONE", 17), ("NÍVEL/FAIXA", 12), ("MENS.", 6)], rows)
    doc.f("\nObs.: «o». Festival de fim de ano no «l» em «d» — ingresso R$ «v».\n",
          o=g.pick(["aluna nova começou dia 12, faltou o atestado", "exame de faixa adiado, a maioria ainda é faixa branca",
                    "2 alunos com mensalidade atrasada desde março", "trocar figurino rosa por lilás"]),
          l=g.pick(["Teatro Municipal", "Ginásio Prudente de Morais", "salão da paróquia Nossa Senhora da Glória"]),
          d=g.date("br"), v=g.money(20, 60))
    return doc


def at_bet_chat(g: Gen) -> Doc:
    """Sports-betting support chat with KYC: documents, login IPs, Pix withdrawal."""
    doc = Doc()
    c = g.person()
    ag = g.person()
    house = g.pick(["VitóriaBet", "Glória.bet", "LealBet", "AuroraSports.bet.br"])
    user = re.sub(r"[^a-z]", "", fold(c.first).lower()) + "_" + g.d(2)
    ts = g.times(12, 18 * 3600, 23 * 3600)
    k = iter(ts)
    bs = P(ag.first) if g.chance(0.4) else V(g.pick(["Suporte", "Agente", "Atendimento"]))
    doc.f("Transcrição do chat #«n» — Suporte «h» (operadora autorizada, Lei 14.790/2023)\nUsuário: «u» · Agente: «a» · Fila: KYC / Saques\n\n",
          n=g.d(8), h=house, u=user, a=P(ag.full))
    doc.f("[«t»] «u»: meu saque de R$ «v» ta travado faz 3 dias, ganhei na «w»\n", t=next(k), u=user, v=g.money(300, 9000),
          w=g.pick(["vitória do Bahia", "múltipla do brasileirão", "aposta no empate", "odd 7.5 do mundial"]))
    doc.f("[«t»] «a»: Boa noite! Aqui é «a2». Para liberar preciso validar seu cadastro. Confirma nome completo, CPF e data de nascimento?\n",
          t=next(k), a=bs, a2=P(ag.first))
    doc.f("[«t»] «u»: «n» / «cpf» / «dob»\n", t=next(k), u=user, n=P(g.pick([c.full, c.low, c.caps])),
          cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2005), "DATE_OF_BIRTH"))
    ip1, ip2 = g.ip(), g.ip()
    doc.f("[«t»] «a»: Obrigado. Identifiquei logins em dois dispositivos: IP «i1» (Android) e «i2» (Windows), "
          "com 2 contas vinculadas ao mesmo aparelho. Por política antifraude preciso de documento com foto.\n",
          t=next(k), a=bs, i1=(ip1, "IP_ADDRESS"), i2=(ip2, "IP_ADDRESS"))
    doc_kind = g.pick(["CNH", "RG"])
    doc.f("[«t»] «u»: mandei «dk» agora, número «num»\n", t=next(k), u=user, dk="a CNH" if doc_kind == "CNH" else "o RG",
          num=(g.cnh(), "BR_CNH") if doc_kind == "CNH" else (g.rg(), "BR_RG"))
    if g.chance(0.6):
        doc.f("[«t»] «u»: e o deposito de ontem caiu 2x no cartão «cc», quero estorno de um\n", t=next(k), u=user,
              cc=(g.card(g.chance(0.5)), "CREDIT_CARD"))
    doc.f("[«t»] «u»: o outro login é do meu irmão «b», ele usa meu wifi\n", t=next(k), u=user, b=P(name_form(g, g.relative(c), ["first", "full"])))
    pix = g.uuid()
    doc.f("[«t»] «a»: Entendido. Qual chave Pix para o saque? Lembrando que precisa ser de conta de mesma titularidade.\n", t=next(k), a=bs)
    doc.f("[«t»] «u»: chave aleatoria «p»\n", t=next(k), u=user, p=(pix, "PIX_KEY"))
    doc.f("[«t»] «a»: Cadastro enviado para análise do compliance (ticket «tk»). Retorno no e-mail «e» em até 48h. "
          "Lembrete: jogue com responsabilidade, apostas são proibidas para menores de 18 anos.\n",
          t=next(k), a=bs, tk=g.protocol(), e=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("[«t»] «u»: «w»\n", t=next(k), u=user, w=g.pick(["blz", "ok obg", "vou aguardar né", "se nao cair vou no reclame aqui"]))
    return doc


# =========================================================================== juridico

NATION = ["brasileiro", "brasileira"]
CIVIL = ["solteiro", "casado", "divorciado", "em união estável"]


def qual(g: Gen, p: Person) -> str:
    """'brasileiro, solteiro' with gender agreement."""
    civ = g.pick(CIVIL)
    if p.female and civ.endswith("o"):
        civ = civ[:-1] + "a"
    return f"{'brasileira' if p.female else 'brasileiro'}, {civ}"


def ju_labour(g: Gen) -> Doc:
    """Athlete's labour claim against the club (petição inicial)."""
    doc = Doc()
    a = g.person(female=g.chance(0.2))
    l1, l2 = g.person(), g.person()
    club = g.pick(CLUBS)
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n\n", v=g.rng.randint(1, 9), c=fold(city).upper(), uf=uf)
    doc.f("«n», «q», atleta profissional de futebol, nascid«o» em «dob», portador«a» do RG nº «rg» SSP/«uf», inscrit«o» no CPF sob o nº «cpf», "
          "PIS «pis», título de eleitor «te», CTPS digital, residente e domiciliad«o» na «ad», «b», «c»/«uf», CEP «cep», e-mail «e», telefone «t», "
          "por seus advogados que esta subscrevem, «l1» («o1») e «l2» («o2»), vem, respeitosamente, propor\n\n"
          "RECLAMAÇÃO TRABALHISTA\n\nem face de «club», associação civil de direito privado, inscrita no CNPJ sob o nº «cnpj», "
          "com sede na Avenida do Estádio, 1000, «c»/«uf», pelos fatos e fundamentos a seguir.\n\n",
          n=P(a.caps if g.chance(0.7) else a.full), q=qual(g, a), o=a.o, a="a" if a.female else "", dob=(g.dob("br", 1992, 2005), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), uf=uf, cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), te=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, cep=(g.cep(), "BR_CEP"), e=(g.email(a), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          l1=P(l1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), l2=P(l2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          club=club.upper(), cnpj=(g.cnpj(), "BR_CNPJ"))
    sal, img = g.money(3000, 45000), g.money(2000, 60000)
    doc.f("I — DOS FATOS\n\nO Reclamante foi contratado em «d1» por contrato especial de trabalho desportivo (CETD nº «ct», registrado no BID/CBF "
          "sob o nº «bid»), com salário de R$ «s» e parcela de direito de imagem de R$ «i», paga à pessoa jurídica «pj» "
          "(CNPJ «cnpj2»), em valor superior ao limite de 50% previsto no art. 164 da Lei 14.597/2023 (antigo art. 87-A da Lei 9.615/1998). "
          "Desde «d2» o clube deixou de pagar salários e FGTS, o que autoriza a rescisão indireta (art. 31 da Lei Pelé). "
          "Na partida de «d3», após a «w», o técnico «tec» afastou o atleta do elenco sem justificativa.\n\n",
          d1=g.date("br", g.pick([2022, 2023])), ct=f"{g.d(4)}/{g.rng.randint(2022, 2024)}", bid=g.d(6), s=sal, i=img,
          pj=f"{fold(a.last).upper()} {g.pick(['SPORTS', 'IMAGEM', 'MARKETING ESPORTIVO'])} LTDA", cnpj2=(g.cnpj(alnum=g.chance(0.5)), "BR_CNPJ"),
          d2=g.date("br"), d3=g.date("br"), w=g.pick(["vitória por 2 a 1 sobre o rival", "derrota em casa", "glória do acesso"]),
          tec=P(name_form(g, g.person(female=False), ["full", "short", "sport"])))
    doc.t("II — DOS PEDIDOS\n\na) rescisão indireta do contrato; b) cláusula compensatória desportiva; c) salários em atraso; "
          "d) integração do direito de imagem ao salário; e) FGTS + 40%.\n\n")
    wits = [g.person() for _ in range(g.rng.randint(1, 2))]
    doc.t("Rol de testemunhas: ")
    for i, w in enumerate(wits):
        doc.f("«s»«n» (ex-«r» do clube, tel. «t»)", s="; " if i else "", n=P(w.full), r=g.pick(["fisioterapeuta", "roupeiro", "atleta", "preparador físico"]),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f(".\n\nDá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«l1»\n«o1»\n",
          v=g.money(80000, 2500000), c=city, d=g.date("long"), l1=P(l1.caps if g.chance(0.5) else l1.full),
          o1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_image(g: Gen) -> Doc:
    """Image-rights assignment contract between athlete, his company and the club."""
    doc = Doc()
    a = g.person()
    rep = g.person()
    pres = g.person()
    club = g.pick(CLUBS)
    city, uf = g.city()
    co = f"{fold(a.last).upper()} {g.pick(['IMAGEM E MARKETING', 'SPORTS MANAGEMENT', 'EVENTOS ESPORTIVOS'])} LTDA"
    doc.f("INSTRUMENTO PARTICULAR DE CESSÃO DE USO DE DIREITO DE IMAGEM, NOME, APELIDO DESPORTIVO E VOZ\n\n"
          "CEDENTE: «co», inscrita no CNPJ sob nº «cnpj», neste ato representada por seu sócio administrador, o atleta «n», «q», "
          "CNH nº «cnh», CPF nº «cpf», residente na «ad», «c»/«uf», CEP «cep», conhecido desportivamente como «ap»;\n\n",
          co=co, cnpj=(g.cnpj(alnum=g.chance(0.5)), "BR_CNPJ"), n=P(a.full), q=qual(g, a), cnh=(g.cnh(), "BR_CNH"),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), ap=P(f"\"{a.sport}\"".strip('"')))
    doc.f("CESSIONÁRIO: «club», CNPJ «cnpj», neste ato representado por seu presidente, «p»;\n\n", club=club.upper(),
          cnpj=(g.cnpj(), "BR_CNPJ"), p=P(pres.full))
    val = g.money(5000, 120000)
    doc.f("CLÁUSULA PRIMEIRA — O CEDENTE cede ao CESSIONÁRIO, em caráter exclusivo, o uso da imagem, nome, apelido desportivo e voz do atleta "
          "em campanhas, uniformes, jogos eletrônicos e redes sociais, vedado o uso em publicidade de apostas sem anuência expressa.\n\n"
          "CLÁUSULA SEGUNDA — Pela cessão, o CESSIONÁRIO pagará R$ «v» mensais, até o dia 10, mediante depósito no Banco «bk», agência «ag», "
          "conta corrente «cc», de titularidade da CEDENTE, ou Pix para a chave «pix».\n\n",
          v=val, bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          pix=(g.uuid(), "PIX_KEY") if g.chance(0.6) else (g.cnpj(), "BR_CNPJ"))
    doc.f("CLÁUSULA TERCEIRA — Vigência de «d1» a «d2», vinculada ao contrato especial de trabalho desportivo nº «ct»; "
          "o valor não excederá 50% da remuneração total (Lei 14.597/2023).\n\nCLÁUSULA QUARTA — Comunicações: «e» / «t».\n\n"
          "Fica eleito o foro da Comarca de «c»/«uf».\n\n«c», «d».\n\n_____________________________\n«n»\n\n_____________________________\n«p»\n\n",
          d1=g.date("br", 2025), d2=g.date("br", 2027), ct=f"{g.d(5)}/{g.rng.randint(2024, 2025)}",
          e=(g.email(a), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), c=city, uf=uf, d=g.date("long"),
          n=P(a.caps), p=P(pres.caps if g.chance(0.5) else pres.full))
    doc.t("TESTEMUNHAS:\n")
    for i in range(2):
        w = g.person()
        doc.f("«i». «n» — RG «rg» — CPF «cpf»\n", i=i + 1, n=P(name_form(g, w, ["full", "caps"])), rg=(g.rg(), "BR_RG"),
              cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("\nVisto jurídico: «n» («o»)\n", n=P(rep.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_consumer(g: Gen) -> Doc:
    """Small-claims court judgment: consumer suit over a cancelled show."""
    doc = Doc()
    au = g.person()
    adv = g.person()
    jl, jd = g.person(), g.person()
    ev = g.pick(EVENTS)
    comp = g.pick(["IngressoJá Serviços Digitais Ltda", "TicketLeal Intermediação S.A.", "Bilheteria Aurora Ltda", "Flor de Cactus Produções Artísticas Ltda"])
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO\n«j»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»\n\n"
          "Processo nº «cnj»\nClasse: PROCEDIMENTO DO JUIZADO ESPECIAL CÍVEL\nAssunto: Indenização por Dano Moral, Cancelamento de vôo / evento\n"
          "Requerente: «n» (CPF «cpf»)\nAdvogado: «adv» — «oab»\nRequerido: «comp» (CNPJ «cnpj»)\n\nSENTENÇA\n\n",
          j=g.rng.randint(1, 6), c=fold(city).upper(), cnj=g.cnj(g.pick(["8.26", "8.19", "8.13", "8.05"])), n=P(au.caps),
          cpf=(g.cpf(), "BR_CPF"), adv=P(adv.caps), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), comp=comp.upper(),
          cnpj=(g.cnpj(), "BR_CNPJ"))
    comp_short = comp.split()[0]
    v1, v2 = g.money(300, 2500), g.money(2000, 8000)
    kid = g.child(au)
    doc.f("Dispensado o relatório (art. 38 da Lei 9.099/1995). Narra «a» autor«a» que adquiriu, pelo sítio da ré, dois ingressos "
          "(pedidos «p1» e «p2») para o «ev», no «st», no valor total de R$ «v1», um deles em nome de «sf» «k», então com «idade» anos. "
          "O evento foi cancelado na véspera e, apesar das reclamações pelo e-mail «e» e pelo telefone «t», o reembolso não ocorreu.\n\n"
          "A ré alega culpa exclusiva do produtor. Sem razão: integra a cadeia de fornecimento e responde solidariamente (arts. 7º, parágrafo único, "
          "e 14 do CDC — Lei 8.078/1990). A retenção da taxa de conveniência também é abusiva.\n\n",
          a="a" if au.female else "o", p1=g.neg(11), p2=f"{g.d(3)}-{g.d(6)}", ev=ev, st=g.pick(STADIUMS), v1=v1, sf="sua filha" if kid.female else "seu filho", k=P(kid.full),
          idade=g.rng.randint(7, 16), e=(g.email(au), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar a ré a restituir R$ «v1», corrigidos desde o desembolso, "
          "e a pagar R$ «v2» a título de danos morais, com juros de 1% ao mês desde a citação. Sem custas (art. 55 da Lei 9.099/1995).\n\n"
          "Projeto de sentença elaborado pel«o1» «jz» leig«o1» «jl», submetido à homologação.\n\nHOMOLOGO, para que produza seus efeitos.\n"
          "«c», «d».\n«jd»\n«jz2» de Direito\n",
          v1=v1, v2=v2, o1="a" if jl.female else "o", jz="juíza" if jl.female else "juiz", jl=P(jl.full), c=city, d=g.date("br"),
          jd=P(jd.full), jz2="Juíza" if jd.female else "Juiz")
    if g.chance(0.5):
        doc.f("\nApós o trânsito em julgado, expeça-se alvará eletrônico em favor de «n», na conta indicada às fls. «fl» "
              "(Banco «bk», agência «ag», conta «cc»).\n", n=P(au.full), fl=g.rng.randint(40, 200), bk=g.bank(),
              ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f("\n(Certidão: intimado o patrono da parte autora, «adv», pelo DJe de «d». Cumprimento espontâneo no prazo de 15 dias, "
              "sob pena de multa de 10% — art. 523 do CPC.)\n", adv=P(adv.full), d=g.date("br"))
    return doc


def ju_bid(g: Gen) -> Doc:
    """ALL CAPS federation registration screen (BID) of a transfer with the agent."""
    doc = Doc()
    orig = g.pick(["pt", "pt", "pt", "ve", "co", "uy", "ng", "ao", "sn", "ht"])
    a = g.person(female=g.chance(0.15), origin=orig)
    ag = g.person()
    fed = g.pick(["FEDERACAO PAULISTA DE FUTEBOL", "FEDERACAO BAIANA DE FUTEBOL", "FEDERACAO GAUCHA DE FUTEBOL",
                  "FEDERACAO PARAENSE DE FUTEBOL", "CONFEDERACAO BRASILEIRA DE FUTEBOL"])
    c1, c2 = g.rng.sample(CLUBS, 2)
    foreign = orig != "pt"
    doc.f("«fed» - GESTAO WEB / BID\nCONSULTA DE REGISTRO DE CONTRATO                         EMITIDO: «d» «t»  USUARIO: «u»\n"
          "----------------------------------------------------------------------------------------------\n",
          fed=fed, d=g.date("br"), t=g.hms(), u=login(g.person()).upper())
    doc.f("ATLETA.............: «n»\nAPELIDO............: «ap»\nDATA NASCIMENTO....: «dob»\nNACIONALIDADE......: «nac»\n",
          n=P(a.caps), ap=P(fold(a.sport).upper()), dob=(g.dob("br", 1990, 2007), "DATE_OF_BIRTH"),
          nac={"ve": "VENEZUELANA", "co": "COLOMBIANA", "uy": "URUGUAIA", "ng": "NIGERIANA", "ao": "ANGOLANA", "sn": "SENEGALESA",
               "ht": "HAITIANA"}.get(orig, "BRASILEIRA"))
    if foreign:
        doc.f("PASSAPORTE.........: «pp»   RNM: «rnm»\n", pp=f"{g.pick(['P', 'N', 'A'])}{g.d(8)}", rnm=f"V{g.d(6)}-{g.pick('ABCDEFGHJK')}")
        if g.chance(0.5):
            doc.f("CPF................: «cpf»\n", cpf=(g.cpf(), "BR_CPF"))
    else:
        doc.f("CPF................: «cpf»          RG: «rg»\n", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.f("ENDERECO...........: «ad» CEP «cep»\nCELULAR............: «t»\n", ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "raw", "plus"])), "PHONE_NUMBER"))
    doc.f("FILIACAO...........: «m» / «p»\n", m=P(fold(g.relative(a, True).full).upper()), p=P(fold(g.relative(a, False).full).upper()))
    kind = g.pick(["DEFINITIVO", "EMPRESTIMO", "PRIMEIRO CONTRATO PROFISSIONAL", "RETORNO DE EMPRESTIMO"])
    doc.f("REGISTRO CBF.......: «r»\nCLUBE CEDENTE......: «c1»\nCLUBE CESSIONARIO..: «c2»\nTIPO...............: «k»\n"
          "NR CONTRATO........: «ct»\nVIGENCIA...........: «d1» A «d2»\nSALARIO MENSAL.....: R$ «s»\nCLAUSULA INDENIZ...: R$ «ci»\n",
          r=g.d(6), c1=fold(c1).upper(), c2=fold(c2).upper(), k=kind, ct=f"{g.d(4)}{g.rng.randint(2024, 2025)}{g.d(3)}",
          d1=g.date("br", 2025), d2=g.date("br", g.pick([2026, 2027, 2028])), s=g.money(1518, 90000), ci=g.money(100000, 90000000))
    doc.f("INTERMEDIARIO......: «ag»   CPF: «cpf»\nLICENCA FIFA.......: «lic»   E-MAIL: «e»   FONE: «t»\n",
          ag=P(ag.caps), cpf=(g.cpf(), "BR_CPF"), lic=f"{g.rng.randint(2023, 2025)}{g.d(2)}-{g.d(4)}",
          e=(g.email(ag, g.pick(["gmail.com", "leal-agency.com", "tabosasports.com.br"])).upper(), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER"))
    doc.f("SITUACAO...........: «sit»\nPUBLICADO BID......: «pb»\n"
          "----------------------------------------------------------------------------------------------\n"
          "OBSERVACOES: «o»\n",
          sit=g.pick(["REGULAR - APTO A ATUAR", "PENDENTE EXAME MEDICO", "AGUARDANDO ITC (TMS FIFA)", "REGULAR"]), pb=g.date("br", 2025),
          o=g.pick(["MECANISMO DE SOLIDARIEDADE 5% A CALCULAR - FORMACAO NO CLUBE DE ORIGEM DOS 12 AOS 15 ANOS",
                    "ATLETA COM PASSAGEM PELA BASE DO ESPORTE CLUBE VITORIA REGIA", "CESSAO COM OPCAO DE COMPRA DE R$ 1.500.000,00",
                    "SEM OBSERVACOES"]))
    return doc


def ju_consent(g: Gen) -> Doc:
    """Youth-academy parental consent form (lodging, travel, image, health)."""
    doc = Doc()
    mom = g.person(female=g.chance(0.7))
    kid = g.child(mom, female=g.chance(0.25))
    other = g.relative(kid, female=not mom.female)
    coord = g.person()
    club = g.pick(CLUBS)
    city, uf = g.city()
    doc.f("«club» — CATEGORIAS DE BASE\nTERMO DE AUTORIZAÇÃO, RESPONSABILIDADE E CONSENTIMENTO DOS PAIS OU RESPONSÁVEIS\n\n",
          club=club.upper())
    doc.f("Eu, «n», «q», RG «rg», CPF «cpf», residente na «ad», bairro «b», «c»/«uf», CEP «cep», telefone «t», e-mail «e», "
          "na qualidade de «rel» do(a) atleta menor «k», nascid«ko» em «dob», RG «krg», CPF «kc», Cartão SUS «cns», categoria «cat», "
          "AUTORIZO:\n\n",
          n=P(mom.full), q=qual(g, mom), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(mom), "EMAIL_ADDRESS"),
          rel=g.pick(["mãe", "responsável legal", "guardiã"] if mom.female else ["pai", "responsável legal", "tutor"]),
          k=P(kid.full), ko=kid.o, dob=(g.dob("br", 2009, 2014), "DATE_OF_BIRTH"), krg=(g.rg(), "BR_RG"), kc=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), cat=g.pick(["Sub-13", "Sub-15", "Sub-17", "Sub-14 feminino"]))
    doc.t("1) a permanência no alojamento do Centro de Treinamento, com acompanhamento de assistente social e pedagógico, "
          "conforme a Lei 8.069/1990 (ECA) e o art. 99 da Lei 14.597/2023 (entidade formadora);\n"
          "2) viagens para competições oficiais, acompanhadas pela comissão técnica;\n"
          "3) atendimento médico e fisioterapêutico de urgência, inclusive remoção hospitalar;\n"
          "4) o uso da imagem do atleta em materiais institucionais do clube, sem fins comerciais;\n"
          "5) o tratamento de dados pessoais e dados de saúde do atleta para fins de registro federativo e acompanhamento médico (Lei 13.709/2018, art. 14).\n\n")
    doc.f("Declaro que o atleta «p» (escola: «esc», «ser» ano) e que as informações prestadas são verdadeiras.\n\n",
          p=g.pick(["está matriculado", "estuda"]), esc=g.pick(["E.E. Professora Aurora Tabosa", "Colégio Bento Leal", "EMEF Irmã Dulce", "Escola Estadual Prudente de Morais"]),
          ser=g.pick(["7º", "8º", "9º", "1º"]))
    doc.f("Segundo responsável (ciente): «o» — CPF «cpf» — tel. «t»\n", o=P(other.full), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("\n«c», «d».\n\n___________________________________\n«n»\n\nRecebido por: «co», coordenador(a) da base (matrícula «m»)\n",
          c=city, d=g.date("long"), n=P(mom.caps if g.chance(0.4) else mom.full), co=P(name_form(g, coord, ["full", "short"])), m=g.d(5))
    return doc


def ju_accred(g: Gen) -> Doc:
    """Fixed-width accreditation list of staff and press sent to the police and the fan court."""
    doc = Doc()
    st = g.pick(STADIUMS)
    mgr = g.person()
    c1, c2 = g.rng.sample(CLUBS, 2)
    doc.f("OFÍCIO Nº «n»/«y» — GERÊNCIA DE SEGURANÇA — «st»\nAo Comando do «bt» e ao Juizado Especial do Torcedor\n"
          "Assunto: relação de credenciados — «c1» x «c2» — «d» «h»\n\n"
          "Encaminhamos a relação de profissionais credenciados (imprensa, staff e prestadores), nos termos do art. 148 da Lei 14.597/2023.\n\n",
          n=g.rng.randint(10, 480), y=2025, st=st.upper(), bt=g.pick(["2º BPChq", "Batalhão de Eventos", "4º BPM"]), c1=c1, c2=c2,
          d=g.date("br", 2025), h=g.hm())
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        p = g.person()
        role = g.pick(["IMPRENSA - REPÓRTER", "IMPRENSA - FOTÓGRAFO", "STAFF - BILHETERIA", "STAFF - SEGURANÇA", "MOTORISTA - OB VAN",
                       "PRESTADOR - LIMPEZA", "STAFF - BRIGADISTA", "IMPRENSA - CINEGRAFISTA"])
        driver = "MOTORISTA" in role or g.chance(0.4)
        rows.append([V(f"{g.pick('ABCP')}{g.d(5)}"), P(fold(p.full).upper() if g.chance(0.7) else p.full),
                     (g.dob("br", 1958, 2004), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF"),
                     (g.rg(), "BR_RG") if not driver else (g.cnh(), "BR_CNH"), V(role),
                     V(g.pick(["Rádio Luz FM", "TV Glória", "Jornal Prudente", "Portal Bento Esportes", "Aurora Segurança Ltda", "Tabosa Eventos", "—"])),
                     (g.plate(), "LICENSE_PLATE") if driver else V("—")])
    table_fixed(doc, [("CRED.", 8), ("NOME", 30), ("NASC.", 11), ("CPF", 16), ("RG/CNH", 13), ("FUNÇÃO", 24), ("VEÍCULO/EMPRESA", 22), ("PLACA", 8)], rows)
    doc.f("\nObs.: credenciais com foto; acesso pelo Portão «p». Veículos de transmissão no setor «s», motorista com CNH categoria D.\n"
          "Dúvidas: «m», gerente de segurança, «t» / «e».\n",
          p=g.rng.randint(1, 12), s=g.pick("ABCDE"), m=P(mgr.full), t=(g.phone(), "PHONE_NUMBER"),
          e=(corp_mail(mgr, g.pick(["arenagloria.com.br", "ecvitoriaregia.com.br", "sejatoba.org.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_settle(g: Gen) -> Doc:
    """E-mail thread between a club's legal department and outside counsel about a settlement."""
    doc = Doc()
    a = g.person()
    inh, out = g.person(), g.person()
    dom_c = g.pick(["ecvitoriaregia.com.br", "sejatoba.org.br", "aaprudente.com.br", "tabosafc.com.br"])
    dom_o = g.pick(["queirogaleal.adv.br", "sucupira.adv.br", "girao-advogados.com.br"])
    cnj = g.cnj(g.pick(["5.02", "5.15", "5.04", "5.01", "5.05"]))
    doc.f("From: «o» <«oe»>\nTo: «i» <«ie»>; juridico@«dc»\nSubject: RES: Acordo — «cnj» — «an»\n\n",
          o=P(out.full), oe=(corp_mail(out, dom_o), "EMAIL_ADDRESS"), i=P(inh.full), ie=(corp_mail(inh, dom_c), "EMAIL_ADDRESS"),
          dc=dom_c, cnj=cnj, an=P(a.caps))
    tot = g.money(40000, 900000)
    doc.f("«i2», boa tarde.\n\nA patrona da parte reclamante topou R$ «v» em «p» parcelas, sem reconhecimento de vínculo sobre o direito de imagem. "
          "Dados para depósito informados por ela (conta do próprio atleta, não da PJ): Banco «bk», ag. «ag», c/c «cc», titular «an2», CPF «cpf», PIS «pis» (para a guia do FGTS).\n"
          "A audiência de conciliação está mantida para «d» às «h» (telepresencial). Se o clube aprovar, peticiono até «d2».\n\n"
          "Abs.,\n«o2»\n«oab» · «otel»\n\n",
          i2=P(inh.first), v=tot, p=g.pick(["5", "6", "8", "10"]), bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          an2=P(a.full), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), d=g.date("br", 2025), h=g.hm(), d2=g.date("br", 2025), o2=P(out.full),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"), otel=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    doc.f("-----Mensagem original-----\nDe: «i» <«ie»>\nEnviada em: «d»\nPara: «o»\nCc: juridico@«dc»\n\n«o1», o presidente «pr» só aprova acima de 5 parcelas. "
          "Lembrando que há outra ação do mesmo atleta na Justiça Comum (processo «cnj2», cobrança de luvas) e a execução fiscal do FGTS. "
          "O atleta hoje defende o «cl» e mora em «cid» — endereço atualizado: «ad», CEP «cep».\n\n«i2»\nDepartamento Jurídico\n",
          i=P(inh.full), ie=(corp_mail(inh, dom_c), "EMAIL_ADDRESS"), d=g.date("br", 2025), dc=dom_c,
          o=(corp_mail(out, dom_o), "EMAIL_ADDRESS"), o1=P(out.first),
          pr=P(name_form(g, g.person(female=False), ["short", "full", "nick"])), cnj2=g.cnj(g.pick(["8.26", "8.19", "8.13", "8.05", "8.16"])), cl=g.pick(CLUBS), cid=g.city()[0],
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), i2=P(inh.short))
    return doc


# =========================================================================== saude

SPECIALTIES = ["Cardiologia", "Medicina do Esporte", "Clínica Médica", "Ortopedia e Traumatologia", "Medicina de Família"]
POSITIONS = ["GOL", "ZAG", "LD", "LE", "VOL", "MEI", "ATA", "PD", "PE"]
INJURIES = [("lesão do menisco medial", "S83.2"), ("entorse de tornozelo grau II", "S93.4"), ("lesão muscular de posterior de coxa", "S76.1"),
            ("tendinopatia patelar", "M76.5"), ("pubalgia", "M76.6"), ("luxação de ombro", "S43.0"), ("fratura de clavícula", "S42.0"),
            ("concussão", "S06.0"), ("lesão do LCA", "S83.5"), ("fascite plantar", "M72.2"), ("lombalgia", "M54.5"),
            ("contusão de coxa", "S70.1"), ("estiramento de adutor", "S76.2")]


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sa_clearance(g: Gen) -> Doc:
    """Medical clearance note for a gym member after a positive PAR-Q, with the physical assessment."""
    doc = Doc()
    c = g.person()
    doc_ = g.person()
    tr = g.person()
    gym = g.pick(GYMS)
    cid = g.pick(["I10", "E11.9", "J45.9", "I49.9", "M17.9", "E78.5", "M54.5", "E66.9"])
    doc.f("ATESTADO MÉDICO PARA PRÁTICA DE ATIVIDADE FÍSICA\n\nAtesto, para os devidos fins, que «sr» «n», nascid«o» em «dob», "
          "RG «rg», Cartão Nacional de Saúde «cns», foi por mim examinad«o» nesta data e encontra-se APT«O» para a prática de «at», «r». "
          "Diagnóstico de base: CID «cid», em tratamento e compensado.\n\n«c», «d».\n\n«dr» «dn»\n«crm» — «esp»\n«end»\n\n",
          sr="a Sra." if c.female else "o Sr.", n=P(c.full if g.chance(0.7) else c.caps), o=c.o, dob=(g.dob(g.pick(["br", "long"]), 1950, 1995), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"), O=c.o.upper(), at=g.pick(["musculação e exercícios aeróbios", "atividades físicas em academia", "corrida de rua", "natação e hidroginástica"]),
          r=g.pick(["evitando exercícios isométricos de alta carga", "com FC máxima de treino até 140 bpm", "sem restrições", "com liberação progressiva em 4 semanas"]),
          cid=cid, c=g.city()[0], d=g.date("br"), dr=dr(doc_), dn=P(doc_.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), esp=g.pick(SPECIALTIES),
          end=g.pick(["Clínica Coração Leal — Av. Brasil, 2000, sala 12", "Policlínica Aurora — consultório 4", "Hospital da Glória — Ambulatório de Cardiologia"]))
    doc.f("----- anexado pela recepção da «gym» em «d» -----\nAluno(a): «n» · CPF «cpf» · matrícula «m» · tel «t»\n"
          "PAR-Q: Q1 «q1» · Q2 «q2» · Q3 NÃO · Q4 NÃO · Q5 «q5» · Q6 SIM · Q7 NÃO\n\n",
          gym=gym, d=g.date("br"), n=P(name_form(g, c, ["full", "caps", "short"])), cpf=(g.cpf(), "BR_CPF"), m=g.d(6),
          t=(g.phone(), "PHONE_NUMBER"), q1=g.pick(["SIM", "NÃO"]), q2=g.pick(["SIM", "NÃO"]), q5=g.pick(["SIM", "NÃO"]))
    w, h = g.rng.uniform(52, 118), g.rng.uniform(1.50, 1.92)
    doc.f("AVALIAÇÃO FÍSICA — avaliador(a): «tr» («cref»)\nPeso: «w» kg   Altura: «h» m   IMC: «imc»   %G (Pollock 7 dobras): «bf»%\n"
          "PA repouso: «pa» mmHg   FC repouso: «fc» bpm   VO2 estimado: «vo» ml/kg/min\nPrescrição: «pr»\n",
          tr=P(name_form(g, tr, ["full", "short", "first"])), cref=(g.council("CREF"), "PROFESSIONAL_ID"), w=f"{w:.1f}".replace(".", ","),
          h=f"{h:.2f}".replace(".", ","), imc=f"{w / h / h:.1f}".replace(".", ","), bf=f"{g.rng.uniform(12, 38):.1f}".replace(".", ","),
          pa=f"{g.rng.randint(110, 160)}x{g.rng.randint(70, 100)}", fc=g.rng.randint(55, 95), vo=f"{g.rng.uniform(22, 48):.1f}".replace(".", ","),
          pr=g.pick(["3x/sem musculação + 2x/sem esteira 30min Z2", "circuito leve, sem Valsalva", "caminhada progressiva, reavaliar em 60 dias"]))
    if g.chance(0.5):
        doc.f("Obs. do personal: «o»\n", o=g.pick(WORD_USES))
    return doc


def sa_physio(g: Gen) -> Doc:
    """Physiotherapy progress record of a professional athlete."""
    doc = Doc()
    a = g.person(female=g.chance(0.25))
    ft = [g.person() for _ in range(2)]
    surg = g.person()
    club = g.pick(CLUBS)
    inj, cid = g.pick(INJURIES)
    doc.f("«club» — DEPARTAMENTO DE SAÚDE E PERFORMANCE\nPRONTUÁRIO FISIOTERAPÊUTICO — FICHA DE EVOLUÇÃO\n\n", club=club.upper())
    doc.f("Atleta: «n» («ap»)   Posição: «pos»   Categoria: «cat»\nDN: «dob»   CNS: «cns»   CPF: «cpf»   Cel.: «tel»\n"
          "Diagnóstico: «inj» (CID-10 «cid») — lesão em «dl», no «w»\n",
          n=P(a.full), ap=P(a.sport), pos=g.pick(POSITIONS), cat=g.pick(["Feminino A1", "Feminino Sub-20"] if a.female else ["Profissional", "Sub-20", "Sub-17"]),
          dob=(g.dob("br", 1993, 2007), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), inj=inj, cid=cid,
          dl=g.date("br"), w=g.pick(["treino de quarta", "jogo contra o Vitória", "clássico", "aquecimento", "jogo da glória do acesso"]))
    if g.chance(0.6):
        doc.f("Cirurgia: «d» — «dr» «s» («crm»), Hospital «h»\n", d=g.date("br"), dr=dr(surg), s=P(surg.full),
              crm=(g.council("CRM"), "PROFESSIONAL_ID"), h=g.pick(["São Bento", "da Luz", "Santa Rosa", "Vitória Ortopedia"]))
    doc.t("\nEVOLUÇÕES\n")
    n_ev = g.rng.randint(3, 4)
    days = sorted(g.rng.sample(range(1, 29), n_ev))
    mon = g.rng.randint(1, 12)
    for k in range(n_ev):
        f = g.pick(ft)
        doc.f("«d» — Sessão «s» — «txt» EVA «eva»/10. ADM flexão «adm»°. «f» — «cr»\n",
              d=fmt_date(days[k], mon, 2025, "br"), s=k * 3 + 1,
              txt=g.pick(["Crioterapia + eletroestimulação (FES) em quadríceps.", "Fortalecimento excêntrico nórdico 3x8, sem dor.",
                          "Liberação miofascial, mobilização patelar.", "Propriocepção em prancha instável, saltos unipodais.",
                          "Corrida no AlterG 70% peso corporal, 20 min.", "Transição para campo com preparador físico."]),
              eva=g.rng.randint(0, 7), adm=g.rng.randint(80, 140), f=P(name_form(g, f, ["short", "first", "full"])),
              cr=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("\nPrevisão de retorno: «r». Liberação para jogo depende de teste isocinético (déficit < 10%).\nComunicar ao preparador «p» e ao técnico.\n",
          r=g.pick(["3 semanas", "6 a 8 semanas", "após a data FIFA", "fim do mês"]), p=P(name_form(g, g.person(), ["first", "short", "nick"])))
    return doc


def sa_dm_mail(g: Gen) -> Doc:
    """Club medical department's weekly injury report pasted in an e-mail to the coaching staff."""
    doc = Doc()
    md = g.person()
    coach, prep = g.person(female=False), g.person()
    dom = g.pick(["ecvitoriaregia.com.br", "sejatoba.org.br", "aaprudente.com.br", "tabosafc.com.br", "gremioaurora.com.br"])
    doc.f("De: «md» <«me»>\nPara: «c» <«ce»>; comissao.tecnica@«dom»; dm@«dom»\nAssunto: Boletim do DM — semana «w» — CONFIDENCIAL\n\n",
          md=P(md.full), me=(corp_mail(md, dom), "EMAIL_ADDRESS"), c=P(coach.full), ce=(corp_mail(coach, dom), "EMAIL_ADDRESS"),
          dom=dom, w=g.rng.randint(1, 52))
    doc.f("Professor «c», segue a situação do departamento médico para o jogo de «d» contra o «adv»:\n\n",
          c=P(g.pick([coach.first, coach.last, coach.nick])), d=g.date("br"), adv=g.pick(CLUBS))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        a = g.person(female=False)
        inj, cid = g.pick(INJURIES)
        rows.append([P(fold(a.sport).upper() if g.chance(0.4) else a.short), V(g.pick(POSITIONS)), V(inj), V(cid),
                     V(g.pick(["DM", "TRANSIÇÃO", "LIBERADO", "CIRURGIA", "TRAT. CONSERV."])), V(g.pick(["3d", "1 sem", "2-3 sem", "6 sem", "indef."]))])
    table_fixed(doc, [("ATLETA", 20), ("POS", 5), ("DIAGNÓSTICO", 38), ("CID", 7), ("STATUS", 15), ("PREV.", 6)], rows)
    extra = g.person(female=False)
    doc.f("\nObs.: o «n» voltou a sentir a coxa no rachão; «w». Exames (RM) marcados para «d» na Clínica Luz, "
          "laudo com «dr» «rad» («crm»). O «k» segue com protocolo de concussão (SCAT6), sem liberação.\n\n"
          "Dados p/ agendamento na clínica: «n2» — DN «dob» — CPF «cpf» — CNS «cns»\n\n"
          "Att.,\n«dr2» «md»\n«crm2» — Médico(a) do Esporte\nCel. «t»\n",
          n=P(extra.sport), n2=P(extra.full), dob=(g.dob("br", 1990, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          cns=(g.cns(), "BR_CNS"), w=g.pick(WORD_USES[:4]), d=g.date("br"), dr=dr(rad := g.person()), rad=P(rad.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), k=P(rows[0][0][0]), dr2=dr(md), md=P(md.short), crm2=(g.council("CRM"), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_tent(g: Gen) -> Doc:
    """Race medical-tent log (CSV) with removals to hospital."""
    doc = Doc()
    race = g.pick(RACES)
    nurse, md = g.person(), g.person()
    doc.f("# «r» — posto médico «p» — atendimentos\n# equipe: «md» («crm»), «nu» («co»)\n",
          r=race, p=g.pick(["KM 5", "KM 10", "chegada", "KM 15"]), md=P(md.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          nu=P(nurse.full), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    rows = []
    for h in g.times(g.rng.randint(4, 6), 6 * 3600, 11 * 3600):
        c = g.person()
        dob_y = g.rng.randint(1955, 2006)
        q, cid = g.pick([("câimbra panturrilha", "R25.2"), ("desidratação", "E86"), ("síncope", "R55"), ("hipoglicemia", "E16.2"),
                         ("exaustão pelo calor", "T67.5"), ("dor torácica", "R07.4"), ("entorse tornozelo", "S93.4"), ("bolhas pés", "T14.0")])
        rows.append([V(h), V(g.rng.randint(1, 4999)), P(name_form(g, c, ["full", "caps", "plain", "short"])), V(2025 - dob_y),
                     (fmt_date(g.rng.randint(1, 28), g.rng.randint(1, 12), dob_y, g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.6) else V(""),
                     V(q), V(f"{g.rng.randint(80, 170)}x{g.rng.randint(40, 100)}"), V(g.rng.randint(60, 180)), V(cid),
                     V(g.pick(["hidratação oral", "SF 0,9% 500ml EV", "repouso + gelo", "removido", "liberado"])),
                     V(g.pick(["", "", "", "Hospital da Glória", "UPA Bento Leal", "Santa Casa"])),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER") if g.chance(0.85) else V("")])
    table_csv(doc, ["hora", "peito", "nome", "idade", "nasc", "cpf", "queixa", "pa", "fc", "cid", "conduta", "removido_para", "tel_contato"], rows, sep=";")
    doc.f("# remoção feita pela USA «u» (regulação SAMU). Atleta removido: acompanhante «ac», tel «t».\n",
          u=g.d(2), ac=P(name_form(g, g.person(), ["full", "first"])), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_doping(g: Gen) -> Doc:
    """Doping-control form (in competition)."""
    doc = Doc()
    a = g.person()
    ch, dco, rep, med = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("AUTORIDADE BRASILEIRA DE CONTROLE DE DOPAGEM — ABCD\nFORMULÁRIO DE CONTROLE DE DOPAGEM — EM COMPETIÇÃO\n\n"
          "Evento: «ev»   Local: «l»   Data: «d»\nModalidade: «m»   Tipo de amostra: «t»   Código da amostra: «cod»\n\n",
          ev=(evm := g.pick([("Campeonato Brasileiro de Atletismo Sub-23", "Atletismo"), ("Copa do Brasil de Judô", "Judô"),
                             ("Brasileirão Feminino A1", "Futebol"), ("Meia Maratona da Glória", "Atletismo"),
                             ("Grand Prix de Jiu-Jitsu", "Jiu-Jitsu"), ("Campeonato Estadual de Natação", "Natação")]))[0],
          l=g.pick(STADIUMS), d=g.date("br", 2025), m=evm[1], t=g.pick(["Urina", "Urina + Sangue", "Sangue (ABP)"]),
          cod=g.d(7))
    doc.f("DADOS DO ATLETA\nNome: «n»   Sexo: «s»   Data de nascimento: «dob»\nDocumento apresentado: RG «rg»   CPF: «cpf»   Telefone: «t»   E-mail: «e»\n"
          "Endereço para correspondência: «ad», «c»/«uf», CEP «cep»\n\n",
          n=P(a.caps if g.chance(0.5) else a.full), s="F" if a.female else "M", dob=(g.dob("br", 1985, 2006), "DATE_OF_BIRTH"),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(a), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("Notificação: «h» — escolta (chaperone): «ch»\nChegada à estação de controle: «h2»\n"
          "Representante do atleta: «rp» («rr»)\n\n", h=g.hm(), ch=P(ch.full), h2=g.hm(), rp=P(name_form(g, rep, ["full", "short"])),
          rr=g.pick(["técnico", "mãe", "fisioterapeuta", "médico do clube"]))
    doc.t("Medicamentos / suplementos utilizados nos últimos 7 dias:\n")
    for med_ in g.rng.sample(['Whey protein 30g/dia', 'Creatina 5g', 'Dipirona 1g SN', 'Salbutamol spray (AUT vigente)', 'Ibuprofeno 600mg',
                              'Cafeína 200mg pré-prova', 'Ferro quelato', 'Anticoncepcional oral'], g.rng.randint(1, 3)):
        doc.t(f"  - {med_}\n")
    doc.f("\nMédico responsável pela AUT/prescrição: «md» — «crm»\nOficial de Controle de Dopagem (DCO nº «dn»): «dco»\n\n"
          "Declaro que o procedimento foi realizado conforme o Código Brasileiro Antidopagem. Consinto com o uso da amostra para pesquisa: «ok».\n"
          "Assinatura do atleta: «sig»\n",
          md=P(med.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), dn=g.d(4), dco=P(dco.full), ok=g.pick(["SIM", "NÃO"]),
          sig=P(name_form(g, a, ["full", "short"])))
    return doc


def sa_nutri(g: Gen) -> Doc:
    """Sports-nutrition consult at a fitness studio with a bioimpedance table."""
    doc = Doc()
    c = g.person()
    nu = g.person(female=g.chance(0.7))
    gym = g.pick(GYMS)
    doc.f("«gym» · Nutrição Esportiva\nConsulta de «d» — «nu» («crn»)\n\n## Identificação\n- Paciente: «n»\n- Nascimento: «dob»\n"
          "- CPF (recibo p/ reembolso): «cpf»\n- Endereço: «ad» — CEP «cep»\n- Celular: «t» · E-mail: «e»\n- Modalidade: «m» («f»x/semana)\n\n",
          gym=gym, d=g.date("br"), nu=P(nu.full), crn=(g.council("CRN"), "PROFESSIONAL_ID"), n=P(c.full),
          dob=(g.dob(g.pick(["br", "iso", "long"])), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"),
          m=g.pick(["musculação", "crossfit", "corrida de rua (meia maratona)", "jiu-jitsu", "ciclismo", "dança de salão"]), f=g.rng.randint(2, 7))
    doc.f("## Anamnese\nQueixa: «q». Intestino «i». Sono «s»h/noite. Uso de suplementos: «sup». Histórico: «h».\n\n",
          q=g.pick(["platô de emagrecimento", "perda de rendimento no treino", "cãibras no fim das provas", "quer ganhar massa magra"]),
          i=g.pick(["regular", "preso", "irregular"]), s=g.rng.randint(4, 9), sup=g.pick(["whey, creatina", "nenhum", "cafeína e beta-alanina", "pré-treino importado"]),
          h=g.pick(["DM2 (CID E11.9) na família", "hipotireoidismo (E03.9) em uso de levotiroxina", "anemia ferropriva prévia (D50.9)", "sem comorbidades"]))
    doc.t("## Bioimpedância\n")
    rows = []
    for k in range(g.rng.randint(2, 3)):
        rows.append([V(g.date("br")), V(f"{g.rng.uniform(50, 110):.1f}"), V(f"{g.rng.uniform(10, 40):.1f}%"),
                     V(f"{g.rng.uniform(20, 45):.1f}"), V(f"{g.rng.uniform(45, 60):.1f}%"), V(str(g.rng.randint(1, 14)))])
    table_md(doc, ["data", "peso (kg)", "gordura", "massa musc. (kg)", "água", "gord. visceral"], rows)
    doc.f("\n## Conduta\nPlano alimentar de «k» kcal, «p» g/kg de proteína. Retorno em «r». «o»\n",
          k=g.rng.randint(1500, 3600), p=f"{g.rng.uniform(1.2, 2.4):.1f}".replace(".", ","), r=g.pick(["30 dias", "45 dias", "2 semanas"]),
          o=g.pick(["Encaminhada ao endocrinologista.", f"Discutir treino com o personal {(pt := g.person()).first}.", "Evitar jejum antes do treino das 6h.", ""]))
    if "personal" in doc.text[-80:]:
        # the personal trainer's first name written just above is a person
        m = re.search(r"personal (\S+)\.\n$", doc.text)
        doc.spans.append({"start": m.start(1), "end": m.end(1), "label": "PERSON"})
    return doc


def sa_ecg(g: Gen) -> Doc:
    """ALL CAPS lab-system screen: pre-participation cardiac screening batch of a youth academy."""
    doc = Doc()
    club = g.pick(CLUBS)
    req, lau = g.person(), g.person()
    doc.f("CARDIOSPORT DIAGNOSTICOS - LIS V7             LOTE: «l»             IMPRESSO EM «d» «h»\n"
          "CONVENIO: «club» - TRIAGEM PRE-PARTICIPACAO «cat»\nSOLICITANTE: «dr» «rq» «crm»\n"
          "====================================================================================================\n",
          l=f"TRG-{g.d(6)}", d=g.date("br"), h=g.hm(), club=fold(club).upper(), cat=g.pick(["SUB-13", "SUB-15", "SUB-17", "SUB-20"]),
          dr=fold(dr(req)).upper(), rq=P(req.caps), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        k = g.person(female=g.chance(0.2))
        rows.append([V(g.d(6)), P(k.caps if g.chance(0.8) else k.inverted), (g.dob("br", 2005, 2013), "DATE_OF_BIRTH"),
                     (g.cns(g.chance(0.3)), "BR_CNS"), (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["RS NORMAL", "RS NORMAL", "BRADICARDIA SINUSAL", "BRD INCOMPLETO", "REPOLARIZ. PRECOCE", "WPW ?"])),
                     V(g.pick(["APTO", "APTO", "APTO", "INAPTO TEMP", "REPETIR ECO"]))])
    table_fixed(doc, [("PRONT", 8), ("PACIENTE", 34), ("DN", 12), ("CNS", 20), ("FONE RESP", 16), ("ECG 12D", 20), ("CONCLUSAO", 11)], rows, rule="=")
    flagged = g.pick(rows)
    doc.f("====================================================================================================\n"
          "NOTA: ATLETA «n» ENCAMINHAD«o» PARA HOLTER 24H E ECO (CID I49.9). RESPONSAVEL «r» CIENTE, FONE «t».\n"
          "LAUDADO E ASSINADO DIGITALMENTE POR «dr» «la» «crm» EM «d»\n",
          n=P(flagged[1][0]), o="O(A)", r=P(fold(g.person().full).upper()), t=(g.phone(), "PHONE_NUMBER"),
          dr=fold(dr(lau)).upper(), la=P(lau.caps), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date("br"))
    return doc


# =========================================================================== financeiro

DECLINES = [("05", "NAO AUTORIZADA"), ("51", "SALDO INSUFICIENTE"), ("54", "CARTAO VENCIDO"), ("57", "TRANSACAO NAO PERMITIDA"),
            ("N7", "CVV INVALIDO"), ("14", "CARTAO INVALIDO"), ("59", "SUSPEITA DE FRAUDE")]


def fi_recurring(g: Gen) -> Doc:
    """Fixed-width report of failed recurring card charges of a gym chain."""
    doc = Doc()
    gym = g.pick(GYMS)
    an = g.person()
    doc.f("«gym» — RELATORIO DE COBRANCA RECORRENTE — RECUSAS\nDATA PROC.: «d»   LOTE: «l»   GATEWAY: «gw»   EMITIDO POR: «u»\n\n",
          gym=fold(gym).upper(), d=g.date("br"), l=g.d(8), gw=g.pick(["PAGLEAL", "ADYEN", "CIELO E-COM", "EBANX"]), u=login(an))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        c = g.person()
        code, why = g.pick(DECLINES)
        full = g.chance(0.6)
        rows.append([V(g.d(6)), P(fold(c.full).upper() if g.chance(0.6) else c.inverted), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.card(g.chance(0.4)), "CREDIT_CARD") if full else V(g.masked_card()), V(g.money(69, 289)), V(code), V(why),
                     V(str(g.rng.randint(1, 4))), (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"),
                     (g.email(c).upper() if g.chance(0.5) else g.email(c), "EMAIL_ADDRESS") if g.chance(0.8) else V("")])
    table_fixed(doc, [("MATRIC", 8), ("NOME", 32), ("CPF", 15), ("CARTAO", 20), ("VALOR", 9), ("COD", 4), ("MOTIVO", 24), ("TENT", 5), ("CELULAR (SMS)", 14), ("E-MAIL", 10)], rows)
    tot = sum(float(r[4][0].replace(".", "").replace(",", ".")) for r in rows)
    doc.f("\nTOTAL RECUSADO: R$ «t»   QTDE: «q»\n\n", t=f"{tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), q=len(rows))
    doc.f("Observação («a», financeiro): os cartões completos vieram do legado (antes da tokenização) — pedir ao TI para mascarar. "
          "Alunos com 3+ tentativas recebem SMS automático; casos com motivo 59 encaminhar para «b» («be»). "
          "Não cobrar multa de quem tem atestado médico (CID M54.5, S83.5 etc.) anexado no sistema.\n",
          a=P(an.full), b=P(name_form(g, (b_ := g.person()), ["short", "full"])), be=(corp_mail(b_, "corpoleal.com.br"), "EMAIL_ADDRESS"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Acquirer chargeback notice on ticket purchases and the merchant analyst's defence."""
    doc = Doc()
    comp = g.pick(["IngressoJá", "TicketLeal", "Bilheteria Aurora", "SuperTicket"])
    dom = fold(comp).lower().replace(" ", "") + ".com.br"
    an = g.person()
    doc.f("De: chargeback@«acq».com.br\nPara: financeiro@«dom»\nAssunto: Aviso de Contestação (chargeback) — «q» transação(ões) — prazo de defesa «d»\n\n"
          "Prezado estabelecimento (EC «ec»), recebemos as contestações abaixo:\n\n",
          acq=g.pick(["cielo", "rede", "getnet", "stone", "pagseguro"]), dom=dom, q=(nq := g.rng.randint(2, 4)), d=g.date("br"), ec=g.d(10))
    rows, buyers = [], []
    for _ in range(nq):
        c = g.person()
        buyers.append(c)
        rows.append([V(g.neg(11)), V(g.date("br")), V(g.money(150, 2400)), V(f"{g.pick('45')}{g.d(5)}******{g.d(4)}"),
                     P(fold(c.full).upper()), V(g.pick(["4837 - sem autorização do portador", "4853 - serviço não prestado", "13.1 - mercadoria não recebida", "10.4 - fraude CNP"]))])
    table_csv(doc, ["NSU", "Data venda", "Valor R$", "Cartão", "Portador", "Motivo"], rows, sep=" | ")
    doc.f("\n---\nDe: «a» <«ae»>\nPara: chargeback@...; financeiro@«dom»\n\nSegue defesa do NSU «nsu»:\n",
          a=P(an.full), ae=(corp_mail(an, dom), "EMAIL_ADDRESS"), dom=dom, nsu=rows[0][0][0])
    c = buyers[0]
    holders = [g.person() for _ in range(g.rng.randint(1, 2))]
    doc.f("- Compra feita logada na conta de «n» (CPF «cpf», e-mail «e», cel. «t»), IP «ip», mesmo dispositivo das compras anteriores desde «d»; endereço de cobrança «ad», CEP «cep».\n",
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(c), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"),
          d=g.date("br", 2024), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("- Ingressos nominais utilizados na catraca: ")
    for i, h in enumerate(holders):
        doc.f("«s»«n» (CPF «cpf», leitura «hh»)", s=", " if i else "", n=P(name_form(g, h, ["full", "caps"])), cpf=(g.cpf(), "BR_CPF"), hh=g.hm())
    doc.f(".\n- O evento («ev») ocorreu normalmente, sem cancelamento; o motivo «m» não procede.\nAnexos: log de acesso, nota fiscal «nf», termo de uso aceito.\n\n«a»\nAnalista de Prevenção à Fraude\n",
          ev=g.pick(EVENTS), m=rows[0][5][0].split(" - ")[0], nf=g.d(6), a=P(an.short))
    return doc


def fi_bet_review(g: Gen) -> Doc:
    """ALL CAPS back-office withdrawal review screen of a betting operator."""
    doc = Doc()
    c = g.person()
    an = g.person()
    city, uf = g.city()
    doc.f("«h» - BACKOFFICE - ANALISE DE SAQUE                         ANALISTA: «u»   «d» «t»\n"
          "--------------------------------------------------------------------------------------------\n",
          h=g.pick(["LEALBET", "VITORIABET", "GLORIA.BET", "AURORASPORTS.BET.BR"]), u=login(an).upper(), d=g.date("br"), t=g.hms())
    doc.f("CLIENTE........: «n»                ID: «id»\nCPF............: «cpf»   DT NASC: «dob»   SITUACAO RF: REGULAR\n"
          "PEP: NAO   AUTOEXCLUSAO (SIGAP): NAO   KYC NIVEL: «k»\nENDERECO.......: «ad» - «ci»/«uf» - CEP «cep»\n"
          "CONTATO........: «t» / «e»\n",
          n=P(c.caps), id=g.d(7), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 2006), "DATE_OF_BIRTH"), k=g.pick(["1", "2", "3"]),
          ad=(g.address("caps"), "ADDRESS"), ci=fold(city).upper(), uf=uf, cep=(g.cep(g.chance(0.6)), "BR_CEP"),
          t=(g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), e=(g.email(c).upper(), "EMAIL_ADDRESS"))
    doc.f("SAQUE SOLICITADO: R$ «v»   VIA: PIX   CHAVE: «pix»\nCONTA DESTINO..: «bk»  AG «ag»  CC «cc»  TITULARIDADE: CONFERE\n"
          "--------------------------------------------------------------------------------------------\nDEPOSITOS ULTIMOS 30 DIAS\n",
          v=g.money(500, 25000), pix=(g.uuid(), "PIX_KEY"), bk=fold(g.bank()).upper(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    for _ in range(g.rng.randint(2, 4)):
        how = g.pick(["PIX", "PIX", "CARTAO"])
        doc.f("  «d»  R$ «v»  «h»«x»\n", d=g.date("br", 2025), v=g.money(20, 5000).rjust(9), h=how,
              x=(f"  {g.masked_card()}" if how == "CARTAO" else f"  E2E E{g.d(8)}{g.d(12)}{g.hexs(11).upper()}"))
    doc.t("LOGINS (IP / DISPOSITIVO)\n")
    for _ in range(g.rng.randint(2, 3)):
        doc.f("  «d» «t»  «ip»  «dev»\n", d=g.date("br", 2025), t=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
              dev=g.pick(["ANDROID 14 / APP 5.2", "IOS 17 / SAFARI", "WINDOWS / CHROME", "ANDROID 13 / CHROME"]))
    doc.f("--------------------------------------------------------------------------------------------\nPARECER: «p»\nANALISTA RESPONSAVEL: «a»\n",
          p=g.pick(["APROVADO - ROLLOVER CUMPRIDO", "RETIDO - DIVERGENCIA DE TITULARIDADE, SOLICITAR SELFIE COM DOCUMENTO",
                    "RETIDO - MESMO IP DE 3 CONTAS (POSSIVEL MULTICONTA)", "APROVADO COM RESSALVA - LIMITE DIARIO R$ 10.000,00"]),
          a=P(fold(an.full).upper()))
    return doc


def fi_payroll(g: Gen) -> Doc:
    """Club payroll export (CSV): CLT salary and the image-rights company of each athlete."""
    doc = Doc()
    club = g.pick(CLUBS)
    an = g.person()
    doc.f("folha_«m»_2025_«c».csv — gerado por «a» (DP) — CNPJ do clube «cnpj»\n",
          m=f"{g.rng.randint(1, 12):02d}", c=re.sub(r"[^a-z]", "", fold(club).lower())[:12], a=P(an.full), cnpj=(g.cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.rng.randint(4, 5)):
        p = g.person(female=g.chance(0.15))
        athlete = g.chance(0.75)
        sal = g.rng.randint(1518, 60000)
        img = g.rng.randint(0, 80000) if athlete else 0
        pj = athlete and img > 0 and g.chance(0.8)
        rows.append([V(g.d(5)), P(fold(p.full).upper() if g.chance(0.5) else p.full), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     (g.titulo(False), "BR_TITULO_ELEITOR") if g.chance(0.6) else V(""),
                     V(g.pick(["ATLETA PROFISSIONAL", "ATLETA", "ATLETA SUB-20"]) if athlete else g.pick(["ROUPEIRO", "FISIOTERAPEUTA", "MASSAGISTA", "ANALISTA DE DESEMPENHO"])),
                     V(f"{sal:.2f}"), V(f"{sal * 0.14:.2f}"), V(g.d(3)), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     (g.cnpj("raw" if g.chance(0.5) else "dot", alnum=g.chance(0.5)), "BR_CNPJ") if pj else V(""), V(f"{img:.2f}" if img else "0.00")])
    table_csv(doc, ["matricula", "nome", "cpf", "pis", "titulo_eleitor", "cargo", "salario_base", "inss", "banco", "agencia", "conta", "cnpj_pj_imagem", "valor_imagem"], rows, sep=";")
    doc.f("# conferência: «b» — direito de imagem acima de 50% do total em «k» atleta(s), ver com o jurídico («j»)\n",
          b=P(name_form(g, g.person(), ["first", "short"])), k=g.rng.randint(0, 2), j=P(name_form(g, g.person(), ["full", "short"])))
    return doc


def fi_refund(g: Gen) -> Doc:
    """Refund batch of a cancelled show, paid by Pix to keys of several kinds."""
    doc = Doc()
    ev = g.pick(EVENTS)
    an = g.person()
    doc.f("Lote de estorno «l» — «ev» (CANCELADO) — pagamentos Pix\nAprovado por «a» em «d» · conta pagadora ag. 0001 (conta da empresa)\n\n",
          l=f"RFD-{g.d(6)}", ev=ev, a=P(an.full), d=g.date("br"))
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        c = g.person()
        kind = g.pick(["cpf", "email", "celular", "aleatoria", "aleatoria"])
        key = {"cpf": (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), "email": (g.email(c), "EMAIL_ADDRESS"),
               "celular": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"), "aleatoria": (g.uuid(), "PIX_KEY")}[kind]
        rows.append([V(g.neg(11) if g.chance(0.5) else g.d(9)), P(name_form(g, c, ["full", "caps", "low", "plain"])),
                     (g.email(c), "EMAIL_ADDRESS"),
                     (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if kind != "cpf" else key, V(kind), key if kind != "cpf" else (key[0], "BR_CPF"),
                     V(g.money(90, 1900)), V(g.pick(["PAGO", "PAGO", "PAGO", "DEVOLVIDO - CHAVE INEXISTENTE", "EM PROCESSAMENTO"])),
                     V(f"E{g.d(8)}{g.d(12)}{g.hexs(11)}")])
    table_csv(doc, ["pedido", "comprador", "email_comprador", "cpf_comprador", "tipo_chave", "chave_pix", "valor", "status", "end_to_end_id"], rows)
    doc.f("\nDevolvidos: reenviar por e-mail pedindo nova chave. Dúvidas com «b» no ramal «r».\n",
          b=P(name_form(g, g.person(), ["first", "short"])), r=g.d(4))
    return doc


def fi_receipt(g: Gen) -> Doc:
    """Personal trainer's receipt for a client (to be reimbursed by the health plan)."""
    doc = Doc()
    tr = g.person()
    c = g.person()
    city, uf = g.city()
    n = g.rng.randint(4, 16)
    per = g.rng.randint(60, 250)
    doc.f("RECIBO Nº «r»\n\nRecebi de «c», CPF «cpf», a importância de R$ «v» («n» aulas de personal training a R$ «p»), "
          "referente ao período de «d1» a «d2», realizadas «l».\n\n",
          r=g.d(3), c=P(c.full if g.chance(0.6) else c.caps), cpf=(g.cpf(), "BR_CPF"), v=f"{n * per:,}".replace(",", ".") + ",00", n=n,
          p=f"{per},00", d1=fmt_date(1, (mo := g.rng.randint(1, 11)), 2025, "br"), d2=fmt_date(g.rng.randint(20, 28), mo + 1, 2025, "br"),
          l=g.pick(["na Academia Flor de Lótus", "em domicílio", "no parque da Aurora", "no condomínio do aluno", "no Box Sereno"]))
    how = g.pick(["pix", "ted", "both"])
    if how in ("pix", "both"):
        doc.f("Pagamento recebido via Pix, chave «k».\n", k=(g.uuid(), "PIX_KEY") if g.chance(0.7) else (g.email(tr), "EMAIL_ADDRESS"))
    if how in ("ted", "both"):
        doc.f("Dados para transferência: «bk», ag. «ag», conta «cc» (titular: o próprio profissional).\n",
              bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n«ci», «d».\n\n______________________\n«t»\nProfissional de Educação Física — «cref»\nCPF «tc»\n«ad» — «b» — CEP «cep»\n«tel» · «e»\n",
          ci=city, d=g.date("long"), t=P(tr.full), cref=(g.council("CREF", uf), "PROFESSIONAL_ID"), tc=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(tr), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\n(Enviado por WhatsApp para «c». Obs.: recibo sem validade fiscal, o prestador é MEI — CNPJ «cn».)\n",
              c=P(c.first), cn=(g.cnpj(), "BR_CNPJ"))
    return doc


def race_time(g: Gen, lo: int, hi: int) -> str:
    s = g.rng.randint(lo, hi)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def fi_results(g: Gen) -> Doc:
    """Tournament / race results table followed by the prize payments."""
    doc = Doc()
    race = g.pick(RACES + ["Travessia Mar Sereno 3K (águas abertas)", "Duathlon Bento Leal (5K + 20K + 2,5K)"])
    fem = g.chance(0.5)
    doc.f("RESULTADO OFICIAL — «r»\nCLASSIFICAÇÃO GERAL «s» — cronometragem «c»\n\n", r=race, s="FEMININO" if fem else "MASCULINO",
          c=g.pick(["ChipLeal", "Aurora Timing", "SportChip"]))
    people = [g.person(female=fem) for _ in range(g.rng.randint(4, 6))]
    times = sorted(race_time(g, 1900, 5400) for _ in people)
    rows = []
    for i, (p, t) in enumerate(zip(people, times), 1):
        rows.append([V(f"{i}º"), V(g.rng.randint(1, 4999)), P(fold(p.full).upper() if g.chance(0.7) else p.full),
                     V(g.pick(["Tabosa Run", "Bento Pace", "Corre Glória", "AVULSO", "Sereno Runners", "Amigos da Aurora"])),
                     V(g.pick(["18-29", "30-39", "40-49", "50-59", "60+"])), V(t)])
    table_fixed(doc, [("POS", 5), ("PEITO", 7), ("ATLETA", 34), ("EQUIPE", 17), ("FX", 7), ("TEMPO", 9)], rows)
    doc.f("\nPREMIAÇÃO EM DINHEIRO (top 3) — pagamento em até 15 dias úteis, com retenção de IR na fonte quando aplicável\n")
    prize = []
    for i, p in enumerate(people[:3], 1):
        pix = g.chance(0.5)
        prize.append([V(f"{i}º"), P(p.short if g.chance(0.5) else fold(p.full).upper()), (g.cpf(), "BR_CPF"),
                      V(g.bank().split(" - ")[0]), (g.agency(), "BANK_ACCOUNT") if not pix else V("—"),
                      (g.account(), "BANK_ACCOUNT") if not pix else (g.uuid(), "PIX_KEY"), V(["3.000,00", "1.500,00", "800,00"][i - 1]),
                      (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V("")])
    table_md(doc, ["pos", "atleta", "cpf", "banco", "agência", "conta / chave pix", "valor R$", "contato"], prize)
    doc.f("\nRecursos sobre o resultado: até 30 min após a divulgação, com o árbitro geral «a». Parabéns a todos — «w»!\n",
          a=P(name_form(g, g.person(), ["full", "short"])), w=g.pick(["a vitória é de quem cruzou a linha", "luz verde para a próxima etapa", "resultado justo e prova limpa"]))
    return doc


TEMPLATES = {
    "atendimento": [at_signup, at_cancel_chat, at_race_csv, at_ticket_mail, at_access, at_roll, at_bet_chat],
    "juridico": [ju_labour, ju_image, ju_consumer, ju_bid, ju_consent, ju_accred, ju_settle],
    "saude": [sa_clearance, sa_physio, sa_dm_mail, sa_tent, sa_doping, sa_nutri, sa_ecg],
    "financeiro": [fi_recurring, fi_chargeback, fi_bet_review, fi_payroll, fi_refund, fi_receipt, fi_results],
}


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|sensei|mestre)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(?i)(sac|juridico|financeiro|chargeback|dm|contato|atendimento)@", v), (record["id"], v)
    # hard negatives: no unlabelled 11-digit run passes the CPF check
    labelled = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\w.])\d{11}(?![\w])", text):
        if any(a <= m.start() and m.end() <= b for a, b in labelled):
            continue
        assert not cpf_ok(m.group()), (record["id"], "unlabelled 11-digit number passes the CPF check", m.group())


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
    with (HERE / f"{ORDINAL}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORDINAL, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
