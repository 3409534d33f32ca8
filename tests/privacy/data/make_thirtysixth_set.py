"""Build the thirty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 36,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, name pools,
check digits) follow the shape of the twentieth and thirty-fourth sets' generators.

Register, not used by the earlier sets: automotive services and urban mobility, the way
personal data sits in car dealerships, workshops and authorised service centres, auto
insurance assistance, fleet telematics, ride-hailing and taxi apps, parking, toll tags,
public-transport cards, DETRAN fines, traffic-accident lawsuits, driving schools (CFC),
the clinics that examine drivers and the hospitals that receive accident victims.
- atendimento: 0 dealership test-drive form (labelled fields, CNH, demo-car plate, sales
  consultant); 1 ALL CAPS service-order screen of an authorised service centre (OS, chassis,
  RENAVAM, mileage, service advisor, mechanic, parts); 2 recall notice letter and the e-mail
  thread that schedules the repair (warranty extension, dealer attendant); 3 tow-truck
  dispatch chat of an auto-insurance assistance line (insured, pickup address, tow driver,
  truck plate); 4 ride-hailing trip dispute in the support console (passenger, driver,
  plates, trip id, login IPs, a card number pasted by the customer); 5 CSV export of
  public-transport card sign-ups (student pass, lost-card reissue: RG, CPF, birth date,
  mother's name, school); 6 terse parking incident log of a shopping-mall car park
  (valet, damaged car, monthly-subscriber data).
- juridico: 0 DPVAT/SPVAT initial petition of a motorcyclist (full qualification, Lei
  6.194/1974, Lei Complementar 207/2024, BO number, plates); 1 civil-liability judgment
  of a collision (parties, witnesses, plates, accident-reconstruction engineer, CTB
  articles); 2 DETRAN driver-indication form (Formulário de Identificação do Condutor
  Infrator), for fleet cars with the fleet manager's e-mail to the driver; 3 PROCON
  warranty complaint against a dealership and the dealer's reply; 4 hearing minutes of a
  ride-hailing driver's labour claim; 5 LGPD data-subject request of a fleet driver for
  his telematics data, with the DPO's reply and the alert export; 6 extrajudicial settlement after a collision (payment to an account or a
  random Pix key, witnesses).
- saude: 0 medical and psychological fitness report for the driving licence (exame de
  aptidão física e mental, RENACH, CRM and CRP); 1 SAMU pre-hospital record of a traffic
  accident (ALL CAPS, team with CRM/COREN, V-codes); 2 emergency discharge summary of a
  delivery motorcyclist; 3 CSV of the occupational-health calendar of fleet drivers (NIT,
  CNH category, toxicological exam); 4 e-mail thread with a toxicology lab (chain-of-custody
  form, MRO doctor); 5 occupational nurse's shorthand notes on fatigue alerts of truck and
  bus drivers (sleep apnoea referral); 6 physiotherapy referral and expense form for DPVAT
  reimbursement (CREFITO, CNS, refund account).
- financeiro: 0 vehicle financing proposal (CDC: applicant, spouse, employer CNPJ, income,
  debit account); 1 trade-in evaluation of a used car (RENAVAM, FIPE, payoff of the old
  loan, payout account or Pix key); 2 toll-tag (Sem Parar-like) monthly statement with
  plates, passages, masked auto-recharge card and a customer dispute; 3 fleet fuel-card and telematics
  cost report with the driver scorecard (CSV); 4 ride-hailing driver onboarding and payout
  registration (CNH with EAR, CRLV, background check, account or Pix key); 5 auto-glass
  claim (windscreen) with deductible paid by card and refund; 6 driving-school (CFC)
  enrolment contract and instalment plan (student, financial guardian, instructor).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu"; particles inside a name (de, da, dos, e) are part of it; "SURNAME,
Given" is one span; nicknames and first names alone, capitalised, lower case or in capitals,
are persons; first_name/last_name columns are one span each. Customers, drivers, passengers,
victims, witnesses, sales consultants, service advisors, mechanics, tow drivers, valets,
attendants, analysts, lawyers, judges, doctors, nurses, psychologists, physiotherapists and
driving instructors named in the text are persons; logins (DMS "USR:", "lgn_...", mesa
de crédito desks), system accounts and bot names ("Assistente Virtual") are not. In a chat
a speaker shown by name is PERSON, one shown as "Cliente" or "Atendente" is not, one
shown by number is PHONE_NUMBER; a CPF or a plate typed to the bot takes its label. People's
e-mail addresses, corporate ones included, are EMAIL_ADDRESS; role mailboxes (sac@,
juridico@, recall@, frota@, dpo@, atendimento@) are not labelled.

ADDRESS is street type + name + number + complement of a natural person: home addresses,
and (new here) the street address with a house number given for a tow pickup or a ride
pickup/drop-off, since it locates a person. Bairro, city and UF stay outside; CEP is BR_CEP.
Company addresses (dealerships, workshops, car parks, clinics) are not labelled. Street
names without a house number (accident intersections, "perto da Barão de Mauá"), highway
kilometre marks ("BR-116, km 212") and toll plazas are not labelled, nor are the people a
street or plaza honours. Agency and account are separate BANK_ACCOUNT spans; bank codes are
not. DATE_OF_BIRTH only for people's birth dates; accident, test-drive, exam, CNH expiry,
first-licence, fine, hearing and due dates are not.

New decisions for this register: every vehicle plate is LICENSE_PLATE, old (ABC-1234,
ABC1234) or Mercosul (ABC1D23), in capitals or typed in lower case or with a space in a chat,
whether the car belongs to a person, a fleet, a dealership (demo car) or a tow company. Not
labelled: chassis numbers (VIN), RENAVAM (11 digits, generated to fail the CPF check, a hard
negative), RENACH numbers, the CNH form number ("espelho"), fine notices (auto de infração),
service-order, claim, policy, trip, ticket and BO numbers, toll-tag serials,
public-transport card numbers, boleto lines, masked cards ("final 4821", "**** 4821"),
driver ids in apps, GPS coordinates, background-check certificate numbers, selfie-match
scores, FIPE codes, lien contract numbers, chain-of-custody ids, hospital record numbers.
A CNPJ is BR_CNPJ wherever it appears (dealerships, fuel stations, employers, apps, numeric
and alphanumeric). PROFESSIONAL_ID includes the council acronym and UF or
region: CRM, COREN, OAB, CREA, and new here CRP for psychologists ("CRP 06/123456", the
number after the region) and CREFITO for physiotherapists ("CREFITO-3/123456-F"). Driving-
instructor credentials and DETRAN examiner registrations are not councils (not labelled).
PIX_KEY only for random (UUID) keys; Pix keys that are a CPF, e-mail or phone take those
labels. IPv4 addresses of app logins and portals are IP_ADDRESS. CNH numbers (11 digits
with check digits) are BR_CNH; NIT numbers are BR_PIS.

Names: Brazilian names of many origins (Portuguese common and regional, north-eastern and
coined names such as Uanderson, Jhemerson, Thayllane, Myrella; Italian, German, Japanese,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Venezuelan, indigenous,
Jewish), at least a quarter of the name words rare or invented; names that are everyday
words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Glória, Justo)
next to the same words as words ("luz do óleo acesa", "seria prudente", "carro branco",
"a vitória no recurso", "aurora boreal" film on the windscreen) and in places and companies
(Presidente Prudente, Bento Gonçalves, Auto Posto Aurora, Prudente Veículos, Vidraçaria Luz
& Cia), which are not persons.

The script also checks that every bare 11-digit run left outside the gold spans fails the
CPF check, and that the recorded hard negatives (RENAVAM, protocols) sit outside all spans.

Hard negatives (never labelled): CNJ process numbers, RENAVAM and other 11-digit numbers
failing the CPF check, chassis numbers, ICD-10 codes (V23.4, S82.2, G47.3...), money, km,
litres, protocol/OS/claim/policy/trip/order numbers, company names containing a surname
(Gadelha Guinchos, Nassar Automóveis, Auto Escola Bento Amaral), streets honouring people
outside an address, laws and rules (Lei 9.503/1997 CTB, Lei 6.194/1974, Lei 13.709/2018,
Lei 8.078/1990, Resolução CONTRAN 927/2022), dates that are not birth dates.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 36
OUT = "thirtysixth"

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}

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


def up(s: str) -> str:
    return fold(s).upper()


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MES = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Fernanda", "Juliana", "Patrícia", "Aline", "Camila", "Luciana", "Adriana", "Cristiane",
        "Simone", "Priscila", "Tatiane", "Débora", "Mariana", "Beatriz", "Larissa", "Letícia", "Gabriela", "Amanda",
        "Isabela", "Sabrina", "Raquel", "Mônica", "Cláudia", "Roberta", "Elaine", "Viviane", "Fabiana",
        "Maria Eduarda", "Maria Clara", "Heloísa", "Manuela", "Maria das Graças", "Sandra", "Rosângela"]
RARE_F = ["Eudóxia", "Zenaide", "Ivaneide", "Maricleide", "Lucineide", "Gerlane", "Adjane", "Kelliane", "Jozenilda",
          "Wandyra", "Sthefany", "Ketlyn", "Yanka", "Myrella", "Thayllane", "Crislaine", "Edjane", "Rivânia",
          "Zilmar", "Dejanira", "Iraci", "Otília", "Firmina", "Leonice", "Jeruza", "Nauzira", "Evanilda",
          "Waleska", "Gleiciane", "Dayse Kelly", "Adrielly", "Kauane", "Rosilda", "Edileusa", "Ozana",
          "Valdirene", "Cleonice", "Maria Zuleica", "Jucilene", "Arlete Graciete"]
PT_M = ["Rafael", "Thiago", "Bruno", "Gustavo", "Diego", "Rodrigo", "Fábio", "Leandro", "Marcelo", "Eduardo",
        "Vinícius", "Matheus", "Gabriel", "Lucas", "Guilherme", "Felipe", "Ricardo", "Roberto", "Sérgio",
        "Antônio Carlos", "José Roberto", "João Pedro", "Miguel", "Arthur", "Heitor", "Bernardo", "Paulo César",
        "Márcio", "Flávio", "Adriano", "Alexandre", "José", "Francisco", "João Batista"]
RARE_M = ["Josenildo", "Edivaldo", "Creginaldo", "Gedeão", "Uanderson", "Wallysson", "Kleberson", "Jhemerson",
          "Ronivon", "Cleomar", "Dijalma", "Eriberto", "Ademário", "Genésio", "Tibúrcio", "Virgulino", "Adenor",
          "Jurandir", "Lenilson", "Epaminondas", "Clodomiro", "Deusdete", "Firmino", "Gumercindo", "Irineu",
          "Nerivaldo", "Osvaldino", "Raniery", "Sidclei", "Uéslei", "Wemerson", "Yago Kauã", "Zeferino", "Jeová",
          "Odilon", "Laércio", "Ezequias", "Roniel", "Dheyvid", "Cícero Romão"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Moreira", "Soares", "Dias",
          "Batista", "Monteiro", "Pacheco", "Farias", "Borges", "Siqueira", "Guimarães", "Barros", "Medeiros",
          "Tavares", "Xavier", "Fonseca", "Miranda", "Peixoto", "Brandão", "Sampaio", "Moraes", "Vasconcelos",
          "Magalhães", "Conceição", "Nascimento"]
RARE_SUR = ["Jatobá", "Mororó", "Catunda", "Quaresma", "Quintela", "Sucupira", "Ximenes", "Ibiapina", "Parente Mourão",
            "Jaguaribe", "Tamandaré", "Bessa", "Cajazeiras", "Linhares Pontes", "Miné", "Orleans", "Paiva Neves",
            "Soriano", "Teles Menezes", "Vidigal", "Boaventura", "Cambuí", "Dantas Furtado", "Fragoso", "Honorato",
            "Itaboraí", "Gadelha", "Pajeú", "Arcoverde", "Tabosa", "Caldeira Brant", "Quixabeira", "Umbelino",
            "Varela Bastos", "Zumbi", "Sertório", "Muniz Falcão", "Piancó", "Sabugosa", "Anastácio", "Crispim"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Justo", "Severo", "Constantino"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Leal", "Carneiro", "Coelho",
            "Pinheiro", "Serra", "Fontes", "Passos", "Raposo", "Fortes"]
NICK = {"José": "Zé", "Francisco": "Chico", "Antônio Carlos": "Toninho", "José Roberto": "Zé Roberto",
        "João Pedro": "JP", "Paulo César": "PC", "Maria das Graças": "Gracinha", "Gumercindo": "Gumercindinho",
        "Epaminondas": "Pami", "Virgulino": "Lino", "Deusdete": "Dete", "Firmino": "Mino", "Tibúrcio": "Tibu",
        "Maricleide": "Cleide", "Jozenilda": "Nilda", "Evanilda": "Vaninha", "Dejanira": "Janira", "Otília": "Tila",
        "Bento": "Bentinho", "Prudente": "Dente", "Rodrigo": "Digão", "Gustavo": "Guga", "Eduardo": "Dudu",
        "Alexandre": "Xandão", "Fabiana": "Fabi", "Mariana": "Mari", "Gabriela": "Gabi", "Patrícia": "Paty",
        "Rosângela": "Rô", "Cícero Romão": "Ciço", "Jeová": "Jé", "Uanderson": "Uandin", "Ezequias": "Quias",
        "Sandra": "Sandrinha", "Leonice": "Nice", "João Batista": "Batistinha"}
FOREIGN = {
    "it": (["Graziela", "Loredana", "Ornella", "Pierina"], ["Arcangelo", "Gianluca", "Benedetto", "Primo"],
           ["Bortolozzo", "Zanchetta", "Brugnaro", "Dal Molin", "Furlanetto", "Peruzzo", "Scapin"]),
    "de": (["Edeltraud", "Hildegard", "Ingrid"], ["Egon", "Reinaldo", "Gunther"],
           ["Wittmann", "Kuhnen", "Schroeder", "Spengler", "Bohnenberger", "Reichert"]),
    "jp": (["Harumi", "Kazue", "Tomoko", "Setsuko"], ["Hideo", "Minoru", "Tsutomu", "Akira"],
           ["Higa", "Shimabukuro", "Nakasone", "Takahashi", "Uehara", "Kanashiro"]),
    "lb": (["Jamile", "Salwa", "Rima"], ["Jamil", "Tufic", "Elias"], ["Nassar", "Haddad", "Rahal", "Chedid", "Buainain"]),
    "kr": (["Soo-ah", "Eun-ji"], ["Dong-hyun", "Min-ho"], ["Lee", "Kang", "Han", "Seo"]),
    "cn": (["Meiyu", "Lihua"], ["Wei", "Junjie"], ["Zhao", "Wang", "Xu", "Liang"]),
    "ht": (["Widline", "Nadège", "Fabiola"], ["Wisly", "Jean-Robert", "Fritzgerald"],
           ["Pierre-Louis", "Estimé", "Bazile", "Joachim", "Mérisier"]),
    "ao": (["Nzinga", "Kissanga", "Luzia Manuela"], ["Nkosi", "Kiesse", "Mbemba"], ["Kiaku", "Nlandu", "Matondo", "Mavungo"]),
    "sn": (["Ndeye", "Mariama", "Astou"], ["Abdoulaye", "Babacar", "Modou"], ["Mbaye", "Seck", "Thiam", "Faye"]),
    "bo": (["Filomena", "Sonia Mirtha", "Wara"], ["Ruperto", "Edwin", "Germán"], ["Choque", "Mamani", "Layme", "Huanca Copa"]),
    "ve": (["Yusneidy", "Mariangel", "Yelimar"], ["Yohandry", "Wilmer", "Jesús Alberto"], ["Rangel", "Montilla", "Urdaneta", "Parra Yépez"]),
    "ind": (["Potyra", "Ywy", "Jaciara"], ["Kauê Tupinambá", "Raoni", "Karaí"], ["Guajajara", "Pataxó", "Kaiapó", "Tikuna", "Baniwa"]),
    "jw": (["Sarah", "Miriam", "Rivka"], ["Samuel", "Mendel", "Natan"], ["Rosenfeld", "Zylberstajn", "Feldman", "Klabin"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "ve", "ind", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Bortolozzo", "Zanchetta", "Brugnaro", "Furlanetto", "Scapin", "Loredana", "Kuhnen", "Spengler",
             "Bohnenberger", "Edeltraud", "Shimabukuro", "Nakasone", "Kanashiro", "Uehara", "Tsutomu", "Setsuko",
             "Buainain", "Chedid", "Rahal", "Tufic", "Salwa"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Serra", "Flor", "Rocha", "Conceição", "Fonseca"}
DO_SUR = {"Nascimento", "Amado"}
DOS_SUR = {"Santos", "Passos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "11", "12", "13", "15", "16", "18", "19", "21", "21", "24", "27", "31", "31", "34", "41", "43",
        "47", "48", "51", "54", "61", "62", "65", "67", "71", "75", "81", "83", "84", "85", "86", "91", "92", "98"]
STREET_TYPES = ["Rua"] * 9 + ["Avenida"] * 3 + ["Travessa", "Alameda", "Praça", "Estrada", "Viela"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "das Flores", "Aurora", "Luz Divina",
                "Sete de Setembro", "Tiradentes", "Marechal Deodoro", "Duque de Caxias", "Conselheiro Furtado",
                "Padre Cícero", "Doutor Arnaldo", "Professora Zenaide Ximenes", "Irmã Dulce", "Coronel Virgulino Mororó",
                "Vitória Régia", "Rosa e Silva", "Dom Pedro I", "Cônego Tibúrcio Quaresma", "dos Andradas",
                "Castelo Branco", "Vinte e Cinco de Março", "Cardeal Arcoverde", "Antônio Prado", "das Acácias",
                "Engenheiro Caetano Álvares", "Amador Bueno", "Santo Amaro", "Nossa Senhora da Glória", "Frei Gaspar",
                "Visconde de Guarapuava", "Justo Chermont", "Maestro Deusdete Cambuí", "Major Prudente Bessa",
                "dos Bandeirantes", "Itaboraí", "José Bonifácio", "Teodoro Sampaio", "Nove de Julho"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Campinas", "SP"), ("Presidente Prudente", "SP"), ("Santo André", "SP"),
          ("Guarulhos", "SP"), ("Sorocaba", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Bento Gonçalves", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Teresina", "PI"), ("São Luís", "MA"),
          ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Cuiabá", "MT"), ("Campo Grande", "MS"),
          ("Vitória", "ES"), ("Vila Velha", "ES")]
STATE = {"SP": "São Paulo", "RJ": "Rio de Janeiro", "MG": "Minas Gerais", "PR": "Paraná", "RS": "Rio Grande do Sul",
         "SC": "Santa Catarina", "BA": "Bahia", "PE": "Pernambuco", "CE": "Ceará", "RN": "Rio Grande do Norte",
         "PB": "Paraíba", "PI": "Piauí", "MA": "Maranhão", "PA": "Pará", "AM": "Amazonas", "GO": "Goiás",
         "DF": "Distrito Federal e dos Territórios", "MT": "Mato Grosso", "MS": "Mato Grosso do Sul", "ES": "Espírito Santo"}
TR = {"AC": 1, "AL": 2, "AP": 3, "AM": 4, "BA": 5, "CE": 6, "DF": 7, "ES": 8, "GO": 9, "MA": 10, "MT": 11, "MS": 12,
      "MG": 13, "PA": 14, "PB": 15, "PR": 16, "PE": 17, "PI": 18, "RJ": 19, "RN": 20, "RS": 21, "RO": 22, "RR": 23,
      "SC": 24, "SE": 25, "SP": 26, "TO": 27}
TRT = {"SP": 2, "RJ": 1, "MG": 3, "RS": 4, "BA": 5, "PE": 6, "CE": 7, "PA": 8, "PR": 9, "DF": 10, "AM": 11, "SC": 12,
       "PB": 13, "GO": 18, "MA": 16, "ES": 17, "RN": 21, "PI": 22, "MT": 23, "MS": 24}
UFS = ["SP", "SP", "SP", "RJ", "RJ", "MG", "MG", "PR", "RS", "SC", "BA", "PE", "CE", "GO", "DF", "ES", "PA", "AM",
       "MA", "RN", "PB", "MT", "MS", "PI"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Vila Mariana", "Santo Amaro", "Boa Viagem",
           "Jardim das Flores", "Parque São Bento", "Vila Rosa", "Cidade Nova", "Itaquera", "Campo Grande", "Pituba",
           "Aldeota", "Jardim Glória", "Capão Redondo", "Bangu", "Savassi", "Cajuru"]
BANKS = ["001", "104", "237", "341", "033", "260", "077", "756", "748", "336", "422"]
CARS = ["Onix 1.0 LT", "HB20 Comfort", "Gol 1.6", "Argo Drive 1.3", "Corolla XEi", "Compass Longitude", "Kwid Zen",
        "Strada Freedom", "T-Cross 200 TSI", "Renegade Sport", "Creta Action", "Mobi Like", "Polo Track", "Tracker Premier",
        "Hilux SRV", "Saveiro Robust", "Cronos Drive", "Sandero Stepway", "Fiorino Endurance", "Kicks Advance",
        "HR-V EXL", "Yaris XL", "Pulse Audace", "Versa Sense", "CG 160 Fan", "Biz 125", "Fazer 250", "Pop 110i"]
COLORS = ["branco", "prata", "preto", "cinza", "vermelho", "azul", "branca", "verde", "bege"]
CIDS_TRAUMA = ["V23.4", "V43.5", "V03.1", "V29.9", "V89.2", "S82.2", "S42.0", "S06.0", "S52.5", "S72.0", "S22.3",
               "T07", "S13.4", "S62.6", "S92.3"]
WORD_USES = ["a luz do óleo acendeu no painel", "seria prudente trocar as pastilhas também", "carro branco, sem avarias",
             "a vitória no recurso saiu em março", "película aurora boreal no para-brisa", "flor de lis no adesivo do vidro",
             "deram luz verde pra liberar o veículo", "foi prudente não mexer no carro", "a rosa dos ventos do GPS travou",
             "o amado carro velho ficou na troca", "o para-choque branco ralado"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.cpfd: str | None = None
        self.mail: str | None = None

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.given.startswith(("Maria d", "Maria E", "Maria C", "Maria Z", "Ana P", "Jean-", "Jesús", "Kauê", "Sonia M",
                                  "Luzia M", "João P", "João B", "Cícero", "Antônio C", "José R", "Paulo C")):
            return self.given
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return up(self.full)

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return up(f"{' '.join(sur)}, {self.given}")

    @property
    def inv_title(self) -> str:
        return f"{up(self.last)}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "inverted": p.inverted,
            "inv_title": p.inv_title, "first": p.first, "last": p.last, "nick": p.nick,
            "lowfirst": fold(p.first).lower(), "capsshort": up(p.short), "lowshort": fold(p.short).lower(),
            "capsfirst": up(p.first), "lownick": fold(p.nick).lower()}[form]


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

    def up_alnum(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))

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

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.08:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick(RARE_F + WORD_F if female else RARE_M + WORD_M).split()[0]
                if second != given:
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames and not any(w in s.split() for x in surnames for w in x.split()):
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) >= 2 and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
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

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"{f}.moto{self.d(2)}", f"{f}{l}.uber"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    def pemail(self, p: Person, domain: str | None = None) -> str:
        if p.mail is None:
            p.mail = self.email(p, domain)
        return p.mail

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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", "half": f"{n[:9]}-{n[9:]}"}[style]

    def pcpf(self, p: Person, style: str | None = None) -> str:
        """The person's own CPF (the same digits wherever the document repeats it)."""
        if p.cpfd is None:
            p.cpfd = self.cpf_digits()
        n = p.cpfd
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return fmt_cpf(n) if style == "dot" else n

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01", "0002"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        style = style or self.pick(["dot", "dot", "raw", "other"])
        if style == "other":
            return self.pick([f"{self.d(2)}.{self.d(3)}.{self.d(3)}", f"{self.d(1)}.{self.d(3)}.{self.d(3)}", f"{self.d(7)}",
                              f"{self.d(10)}"])
        b = self.d(8)
        n = b + rg_sp_dv(b)
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

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "4", "5", "5", "6"])
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None, chat: bool = False) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            p = f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        else:
            p = f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"
        if chat and self.chance(0.5):
            p = self.pick([p.lower(), p.replace("-", " ") if "-" in p else p[:3] + " " + p[3:]])
        return p

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

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(11, 304)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return up(f"{t} {name}, {num}" + (f", {comp}" if comp else ""))
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
        sep = self.pick([", ", ", nº ", " "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def street_only(self) -> str:
        """A street without a house number (a place, not labelled)."""
        t = self.pick(["Rua", "Av.", "Avenida", "R."])
        return f"{t} {self.pick(STREET_NAMES)}"

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def dob_age(self, fmt: str | None = None, lo: int = 1950, hi: int = 2006) -> tuple[str, int]:
        """A birth date and the age it gives in 2025."""
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short"])
        return fmt_date(dd, mm, yy, fmt), 2025 - yy - (1 if mm > 6 else 0)

    def day(self, year: int | None = None) -> dt.date:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return dt.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))

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

    def clock(self, n: int, spread: int = 45, lo: int = 7, hi: int = 22) -> list[str]:
        """n sorted HH:MM times within `spread` minutes, starting between lo and hi o'clock."""
        start = self.rng.randint(lo * 60, hi * 60)
        mins = sorted(start + self.rng.randint(0, spread) for _ in range(n))
        return [f"{m // 60 % 24:02d}:{m % 60:02d}" for m in mins]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.16", "8.21", "8.05", "8.17", "8.06", "8.07", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {n}"])
        if kind == "CRP":
            reg = self.pick(["01", "02", "04", "05", "06", "06", "07", "08", "11", "13", "16"])
            return self.pick([f"CRP {reg}/{self.d(5)}", f"CRP-{reg}/{self.d(6)}", f"CRP {reg}/{self.d(6)}"])
        if kind == "CREFITO":
            reg = self.rng.randint(1, 18)
            return self.pick([f"CREFITO-{reg}/{self.d(6)}-F", f"CREFITO {reg} {self.d(5)}-F", f"CREFITO-{reg} {self.d(6)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])

    # ----------------------------------------------------------------- vehicles and mobility (not labelled)
    def renavam(self) -> str:
        return self.neg(11)

    def chassi(self) -> str:
        wmi = self.pick(["9BW", "9BG", "9BD", "93H", "9BR", "8AP", "9C2", "93Y", "988", "9BH"])
        return wmi + self.up_alnum(6) + self.pick("KLMNPRST") + self.up_alnum(1) + self.d(6)

    def renach(self, uf: str | None = None) -> str:
        return f"{uf or self.pick(UFS)}{self.d(9)}"

    def auto_infracao(self) -> str:
        return self.pick([f"{self.pick('ABCDEFRST')}{self.d(9)}", f"{self.pick('1234')}{self.pick('ABCEJ')}{self.d(6)}",
                          f"E{self.d(8)}"])

    def km(self) -> str:
        return f"{self.rng.randint(800, 189000):,}".replace(",", ".")


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def ds(d: dt.date, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def after(d: dt.date, lo: int, hi: int, g: "Gen") -> dt.date:
    return d + dt.timedelta(days=g.ri(lo, hi))


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {up(MONTHS[mm - 1])} DE {yy}", "mes": f"{dd:02d}{MES[mm - 1]}{yy}"}[fmt]


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
            return self.t(s)
        assert label in LABELS, label
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        (value, "NEG") a recorded 11-digit hard negative, (value, None) or a plain value is text."""
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
        s = s[:width].rstrip()
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        if s:
            self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str):
    return (s, "PERSON")


def N(s: str) -> tuple:
    return (s, "NEG")


def V(s) -> tuple:
    return (str(s), None)


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
            if v:
                doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return g_login_style(f, l)


def g_login_style(f: str, l: str) -> str:
    return f"{f[0]}{l}"[:12]


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
    return f"{f}.{l}@{dom}"


def greeting(hhmm: str) -> str:
    h = int(hhmm[:2])
    return "Bom dia" if 5 <= h < 12 else ("Boa tarde" if 12 <= h < 18 else "Boa noite")


BRANDS = {"Chevrolet": ["Onix 1.0 LT", "Tracker Premier", "Cruze LT", "S10 High Country"],
          "Hyundai": ["HB20 Comfort", "Creta Action", "HB20S Platinum"],
          "Fiat": ["Argo Drive 1.3", "Strada Freedom", "Cronos Drive", "Pulse Audace", "Mobi Like"],
          "Volkswagen": ["Gol 1.6", "Polo Track", "T-Cross 200 TSI", "Saveiro Robust", "Nivus Highline"],
          "Renault": ["Kwid Zen", "Sandero Stepway", "Duster Iconic"], "Toyota": ["Corolla XEi", "Yaris XL", "Hilux SRV"],
          "Jeep": ["Compass Longitude", "Renegade Sport", "Commander Overland"], "Nissan": ["Kicks Advance", "Versa Sense"]}


def car(g: Gen) -> str:
    return g.pick(CARS)


def ano(g: Gen) -> str:
    y = g.ri(2012, 2025)
    return g.pick([f"{y}/{y + 1}", f"{y}/{y}", str(y)])


DEALER_INFO = [("Prudente Veículos", None, "prudenteveiculos.com.br"), ("Nassar Automóveis", None, "nassarauto.com.br"),
               ("Concessionária Glória Veículos", "Renault", "gloriaveiculos.com.br"), ("Bento Amaral Motors", "Jeep", "bentoamaralmotors.com"),
               ("Vidigal Seminovos", None, "vidigalseminovos.com.br"), ("Auto Center Vitória", None, "autocentervitoria.com.br"),
               ("Rahal Motors", "Nissan", "rahalmotors.com.br"), ("Higa Toyota", "Toyota", "higatoyota.com.br"),
               ("Quaresma Hyundai", "Hyundai", "quaresmahyundai.com.br"), ("Aurora Fiat", "Fiat", "aurorafiat.com.br"),
               ("Ximenes Chevrolet", "Chevrolet", "ximeneschevrolet.com.br"), ("Dal Molin Volkswagen", "Volkswagen", "dalmolinvw.com.br")]
DEALERS = [d[0] for d in DEALER_INFO]


def dealer_brand(g: Gen) -> tuple[str, str, str]:
    """(dealer, brand, mail domain), the brand matching the dealer where the name carries one."""
    name, brand, dom = g.pick(DEALER_INFO)
    return name, brand or g.pick(sorted(BRANDS)), dom


# =========================================================================== atendimento

def at_testdrive(g: Gen) -> Doc:
    """Dealership test-drive form: driver's data, CNH, demo-car plate, sales consultant."""
    doc = Doc()
    dealer, brand, _ = dealer_brand(g)
    c = g.person()
    cons = g.person()
    city, uf = g.city()
    caps = g.chance(0.3)
    nm = c.caps if caps else g.pick([c.full, c.full, c.low])
    if g.chance(0.5):
        doc.f("«dl» — CNPJ «cj»\nTERMO DE RESPONSABILIDADE · TEST-DRIVE\n\nData: «d»   Saída: «h1»   Retorno: «h2»\n"
              "Consultor(a) de vendas: «cs»\n\n--- DADOS DO CONDUTOR ---\nNome completo: «n»\nCPF: «cpf»      RG: «rg» «org»\n"
              "CNH (nº registro): «cnh»   Categoria: «cat»   Validade: «val»\nData de nascimento: «dob»\n"
              "Celular/WhatsApp: «tel»\nE-mail: «em»\nEndereço: «ad»\nBairro: «b»   Cidade/UF: «ci»/«uf»   CEP: «cep»\n",
              dl=dealer, cj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), d=g.date(), h1=(hh := g.clock(2, 40))[0], h2=hh[1],
              cs=P(name_form(g, cons, ["full", "short", "first"])), n=P(nm), cpf=(g.pcpf(c), "BR_CPF"),
              rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-BA", "DETRAN/RJ", "SESP/PR", "PC/MG", ""]),
              cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "B", "AB", "D"]), val=g.date(year=g.ri(2026, 2034)),
              dob=(g.dob("br"), "DATE_OF_BIRTH"), tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"),
              ad=(g.address("caps" if caps else "text"), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    else:
        doc.f("[CRM Vendas] Lead #«ld» · origem: «src»\nloja: «dl» · vendedor: «cs» («lg»)\n\n"
              "nome=«n»; cpf=«cpf»; nasc=«dob»; cnh=«cnh» cat «cat» (venc «val»); fone=«tel»; email=«em»;\n"
              "end=«ad» - «b» - «ci»/«uf» - cep «cep»\n",
              ld=g.d(7), src=g.pick(["Instagram", "site - simulador", "Webmotors", "indicação", "loja física"]), dl=dealer,
              cs=P(cons.full), lg=login(cons), n=P(nm), cpf=(g.pcpf(c, "raw"), "BR_CPF"), dob=(g.dob("iso"), "DATE_OF_BIRTH"),
              cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB"]), val=g.date("iso", g.ri(2026, 2034)),
              tel=(g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"),
              ad=(g.address("low"), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("\n--- VEÍCULO DE DEMONSTRAÇÃO ---\nModelo: «m» «y» «cor»   Placa: «pl»   Km saída: «k1»   Km chegada: «k2»\n"
          "Chassi: «ch»\n", m=g.pick(BRANDS[brand]), y=g.pick(["2025/2026", "2025/2025", "2026/2026"]), cor=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"), k1=(k := g.ri(200, 9000)),
          k2=k + g.ri(4, 22), ch=g.chassi())
    if g.chance(0.45):
        a = g.relative(c) if g.chance(0.6) else g.person()
        doc.f("Acompanhante: «a» (CPF «cpf»)\n", a=P(name_form(g, a, ["full", "short", "caps"])), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("Veículo na troca: «m» placa «pl», avaliação agendada com «av»\n", m=car(g), pl=(g.plate(), "LICENSE_PLATE"),
              av=P(g.person().short))
    doc.f("\nDeclaro estar habilitado(a) e assumo a responsabilidade por multas e danos ocorridos durante o percurso, nos termos "
          "da Lei 9.503/1997 (CTB). Autorizo o uso dos meus dados para contato comercial (Lei 13.709/2018).\n\n"
          "________________________  «sig»\n\nObs. do consultor: «w». «o»«fi»«o2»\n",
          sig=P(up(c.short) if caps else c.short), w=g.pick(WORD_USES),
          o=(opt := g.pick(["Cliente quer simular financiamento em 48x.", "Retornar na sexta.", "Interesse alto, esposa decide.",
                            "Já tem proposta na Nassar Automóveis.", "Passar p/ "])),
          fi=P(g.person().first) if opt == "Passar p/ " else "", o2=" (F&I) simular CDC." if opt == "Passar p/ " else "")
    return doc


def at_os(g: Gen) -> Doc:
    """ALL CAPS service-order screen of an authorised service centre."""
    doc = Doc()
    c = g.person()
    adv, mec = g.person(), g.person()
    city, uf = g.city()
    dealer, brand, _ = dealer_brand(g)
    dealer = up(dealer)
    W = 64
    doc.f("«r»\n DMS AUTOSYS v8.«v»      ORDEM DE SERVICO       OS: «os»\n «dl» - FILIAL «fl»\n«r»\n",
          r="=" * W, v=g.ri(1, 9), os=g.d(7), dl=dealer, fl=g.d(2))
    pj = g.chance(0.25)
    if pj:
        doc.f(" CLIENTE...: «co»                    COD: «cd»\n CPF/CNPJ..: «cj»\n CONTATO...: «ct»  CEL: «tel»\n",
              co=up(g.pick(["Transportes Branco & Leal", "Rosa dos Ventos Locadora", "Mecânica Irmãos Quaresma",
                           "Higa Auto Peças", "Farmácia Luz Divina"])) + " LTDA", cd=g.d(6),
              cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ct=P(c.caps), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    else:
        doc.f(" CLIENTE...: «n»      COD: «cd»\n CPF/CNPJ..: «cpf»\n FONE RES..: «f1»   CEL: «f2»\n EMAIL.....: «em»\n"
              " ENDERECO..: «ad»\n BAIRRO....: «b»   CIDADE: «ci»/«uf»   CEP: «cep»\n",
              n=P(c.caps), cd=g.d(6), cpf=(g.pcpf(c), "BR_CPF"), f1=(g.phone("par", mobile=False), "PHONE_NUMBER"),
              f2=(g.phone("par"), "PHONE_NUMBER"), em=(g.pemail(c).upper() if g.chance(0.4) else g.pemail(c), "EMAIL_ADDRESS"),
              ad=(g.address("caps"), "ADDRESS"), b=up(g.pick(BAIRROS)), ci=up(city), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("«r»\n VEICULO...: «m»  ANO «y»  COR: «cor»\n PLACA.....: «pl»   CHASSI: «ch»\n RENAVAM...: «rv»   KM ENTRADA: «km»   COMB: «cb»\n«r»\n"
          " CONSULTOR TEC.: «adv»   PRODUTIVO: «mec»\n RECLAMACAO: «rc»\n",
          r="-" * W, m=up(g.pick(BRANDS[brand])), y=ano(g), cor=up(g.pick(COLORS)), pl=(g.plate(), "LICENSE_PLATE"), ch=g.chassi(),
          rv=N(g.renavam()), km=g.km(), cb=g.pick(["1/4", "1/2", "3/4", "RESERVA", "CHEIO"]),
          adv=P(g.pick([adv.caps, up(adv.short)])), mec=P(g.pick([up(mec.first), up(mec.short), up(mec.nick)])),
          rc=up(g.pick(["barulho na suspensão dianteira ao passar em lombada", "luz do óleo acesa no painel",
                        "revisão 40.000 km + ar condicionado sem gelar", "vibração no volante acima de 100 km/h",
                        "carro branco com risco na porta, cliente alega que foi no lava-rápido", "ruído no freio traseiro",
                        "falha na partida pela manhã", "campanha recall airbag + revisão"])))
    doc.t(" ITEM COD.PECA      DESCRICAO                   QTD   VLR UNIT\n")
    for i in range(g.ri(2, 4)):
        doc.f(" «i»   «cp»  «ds» «q»  «v»\n", i=f"{i + 1:02d}", cp=g.up_alnum(10),
              ds=g.pick(["OLEO 5W30 SINTETICO      ", "FILTRO OLEO              ", "PASTILHA FREIO DIANT.    ",
                         "AMORTECEDOR DIANT. LE    ", "FILTRO AR CABINE         ", "VELA IGNICAO             ",
                         "MAO DE OBRA REVISAO      ", "CORREIA DENTADA KIT      "]), q=f"{g.ri(1, 5):>3}",
              v=f"{g.money(20, 1800):>10}")
    doc.f(" TOTAL OS: R$ «t»    GARANTIA: «ga»    CAMPANHA: «cp»\n", t=g.money(300, 9000), ga=g.pick(["SIM", "NAO", "NAO"]),
          cp=g.pick(["-", f"RC{g.d(5)}", "-", f"{g.ri(2023, 2025)}/{g.d(3)}"]))
    who = c if not pj or g.chance(0.5) else g.person()
    doc.f(" AUTORIZADO POR: «a» VIA «vi» EM «d» «h»\n", a=P(g.pick([up(who.first), who.caps, up(who.short)])),
          vi=g.pick(["TELEFONE", "WHATSAPP", "PRESENCIAL"]), d=g.date(), h=g.hm())
    if g.chance(0.5):
        doc.f(" OBS: ENTREGAR PARA «p» (FILHO/A) - DOC CONFERIDO RG «rg»\n", p=P(up(g.relative(c).full)), rg=(g.rg("dot"), "BR_RG"))
    doc.f("«r»\n F2=PECAS  F3=SERVICOS  F5=APONTAR  F9=FATURAR  ESC=SAIR      USR: «u»\n", r="=" * W, u=login(adv).upper())
    return doc


def at_recall(g: Gen) -> Doc:
    """Recall notice letter and the e-mail thread that schedules the repair."""
    doc = Doc()
    c = g.person()
    att = g.person()
    city, uf = g.city()
    dealer, brand, ddom = dealer_brand(g)
    dom = g.pick([f"{fold(brand).lower()}.com.br", f"{fold(brand).lower()}-recall.com.br", f"br.{fold(brand).lower()}.com"])
    defect = g.pick(["do módulo do airbag do passageiro", "da bomba de combustível", "do cinto de segurança traseiro central",
                     "da mangueira de freio dianteira", "do chicote elétrico da coluna de direção", "do software do câmbio automático"])
    m = g.pick(BRANDS[brand])
    pl = g.plate()
    letter = g.day()
    msg = after(letter, 7, 40, g)
    reply = after(msg, 0, 3, g)
    appt = after(reply, 3, 20, g)
    doc.f("Assunto: RE: RE: Convocação recall «cp» — «mm»\nDe: «att» <«ae»>\nPara: «n» <«em»>\nCc: recall@«dm»\nData: «d»\n\n",
          cp=f"{g.ri(2023, 2025)}/{g.d(3)}", mm=m, att=P(att.full), ae=(corp_mail(att, ddom), "EMAIL_ADDRESS"),
          n=P(c.full), em=(g.pemail(c), "EMAIL_ADDRESS"), dm=dom, d=ds(reply))
    csp = g.person()
    doc.f("Olá, «n»! Tudo certo, agendei para «d» às «h» na nossa oficina. «oc» «cs» vai receber o carro. "
          "O reparo leva cerca de «hr» e é gratuito, sem necessidade de apresentar nota. "
          "Se precisar de carro reserva, me avisa por aqui ou no «tl».\n\nAtt.,\n«att»\nPós-venda · «dl»\n\n",
          n=P(c.first), d=ds(appt), h=g.hm(), oc="A consultora" if csp.female else "O consultor", cs=P(csp.short), hr=g.pick(["1 hora", "2 horas", "3 horas", "meio dia"]),
          tl=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"),
          att=P(att.short), dl=dealer)
    other = g.relative(c)
    doc.f("-----Mensagem original-----\nDe: «n» <«em»>\nEnviada em: «dm»\n\nBoa tarde. Recebi a carta do recall em casa mas o carro hoje fica "
          "com «wh» «o», que mora em «ci2». Dá pra fazer em qualquer concessionária? Meu CPF é «cpf» e o telefone «dl» é «tel». "
          "«w»\n«sig»\n", n=P(c.full), em=(g.pemail(c), "EMAIL_ADDRESS"), dm=ds(msg),
          wh=("minha filha" if other.female else "meu filho") if g.chance(0.5) else ("minha esposa" if other.female else "meu marido"),
          dl="dela" if other.female else "dele", o=P(other.first),
          ci2=g.pick(["Bento Gonçalves", "Presidente Prudente", "Campinas", "Vitória", "Niterói"]),
          cpf=(g.pcpf(c), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Ah, a luz do airbag às vezes acende.", "Seria prudente eu parar de usar o carro até lá?", "",
                    "Agradeço a atenção."]), sig=P(g.pick([c.first, c.short, c.nick])) if g.chance(0.5) else "Enviado do meu iPhone")
    doc.f("-----Carta (digitalizada em anexo)-----\n«bu»\n\n«cd», «dd»\n\nA(o) Sr(a). «nc»\n«ad»\n«b» — «ci»/«uf»\nCEP «cep»\n\n"
          "Ref.: Chamamento (recall) — veículo «mm», ano «y», chassi «ch», placa «pl»\n\n"
          "Prezado(a) cliente, a «bm» convoca os proprietários do veículo acima para a substituição gratuita «df», conforme o "
          "art. 10 da Lei 8.078/1990 e a Portaria 618/2019. A falha pode causar acidentes com danos físicos graves aos ocupantes "
          "e a terceiros. Agende pelo 0800 «z» ou em qualquer concessionária da rede.\n",
          bu=up(brand) + " DO BRASIL — CAMPANHA DE CHAMAMENTO", cd=g.pick(["São Paulo", "Betim", "São Bernardo do Campo", "Resende"]),
          dd=ds(letter, "long"), nc=P(g.pick([c.caps, c.full])), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), mm=m, y=ano(g), ch=g.chassi(),
          pl=(pl, "LICENSE_PLATE"), bm=brand, df=defect, z=f"{g.d(3)} {g.d(4)}")
    if g.chance(0.5):
        doc.f("Garantia estendida do componente: «k» anos a partir do reparo. Protocolo da campanha: «pr».\n",
              k=g.ri(2, 5), pr=N(g.neg(11)))
    return doc


def at_guincho(g: Gen) -> Doc:
    """Tow-truck dispatch chat of an auto-insurance assistance line."""
    doc = Doc()
    ins = g.person()
    holder = ins if g.chance(0.6) else g.relative(ins)
    att = g.person()
    drv = g.person(female=False)
    ts = g.clock(10, 70, 0, 23)
    co = g.pick(["Vitória Seguros", "Leal Seguros", "Porto Aurora Seguros", "Seguradora Amado"])
    pl = g.plate()
    r = g.rng.random()
    if r < 0.4:
        spk = P(g.pick([ins.first, ins.short]))
    elif r < 0.75:
        spk = ("Cliente", None)
    else:
        spk = (g.phone(g.pick(["plus", "e164"])), "PHONE_NUMBER")
    doc.f("Atendimento WhatsApp · «co» Assistência 24h · «d»\nCanal: +55 11 «z» (bot) → humano\n\n", co=co, d=g.date(),
          z=f"{g.ri(3000, 4999)}-{g.d(4)}")
    doc.f("[«t0»] Assistente Virtual: Olá! Para agilizar, me diga a placa do veículo ou o CPF do segurado.\n"
          "[«t1»] «c1»: «plc»\n[«t1»] Assistente Virtual: Encontrei a apólice «ap» em nome de «hn». Qual serviço? 1-Guincho 2-Chaveiro 3-Pane seca 4-Vidros\n"
          "[«t2»] «c1»: 1\n[«t2»] «c1»: «msg»\n",
          t0=ts[0], t1=ts[1], t2=ts[2], c1=spk, plc=(g.pcpf(holder, g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.35) else (pl.lower() if g.chance(0.4) else pl, "LICENSE_PLATE"),
          ap=f"{g.d(4)}.{g.ri(2024, 2025)}.{g.d(7)}", hn=P(up(holder.full)),
          msg=g.pick(["o carro morreu e não liga mais", "bati de leve, o radiador tá vazando", "pneu estourou e o estepe tá murcho",
                      "a luz do óleo acendeu e o motor apagou", "carro não dá partida, acho que é bateria"]))
    home = g.chance(0.6)
    agl = P(att.first) if g.chance(0.5) else ("Atendente", None)
    doc.f("[«t3»] «at» (atendente): «gr», «n», aqui é «at2». Você está em segurança? Qual o endereço exato onde o veículo está?\n",
          t3=ts[3], gr=greeting(ts[3]), at=P(att.short), n=P(ins.first), at2=P(att.first))
    if home:
        doc.f("[«t4»] «c1»: tô em casa, «ad», «b». cep «cep»\n", t4=ts[4], c1=spk,
              ad=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    else:
        doc.f("[«t4»] «c1»: tô na «rd» km «k», sentido «s», no acostamento perto de um posto Auto Posto Aurora\n", t4=ts[4], c1=spk,
              rd=g.pick(["BR-116", "SP-280", "BR-381", "Rodovia Anhanguera", "BR-101", "Dutra", "BR-040"]), k=g.ri(3, 480),
              s=g.pick(["capital", "interior", "Curitiba", "Rio", "BH"]))
    doc.f("[«t5»] «at»: Certo. Confirma um telefone pra contato do prestador?\n[«t5»] «c1»: «tel»\n",
          t5=ts[5], at=agl, c1=spk, tel=(g.phone(g.pick(["raw", "plain", "par", "dash"])), "PHONE_NUMBER"))
    truck = g.plate()
    doc.f("[«t6»] «at»: Guincho acionado ✅\nPrestador: «pc»\nMotorista: «dn»\nVeículo: plataforma «tp»\nContato: «dt»\n"
          "Previsão: «pv» min · Protocolo «pr»\nDestino: oficina referenciada Mecânica Irmãos Quaresma (Av. Presidente Vargas, 1.500)\n",
          t6=ts[6], at=agl, pc=g.pick(["Gadelha Guinchos e Remoções", "Auto Socorro Bento Amaral", "Guincho Prudente 24h"]),
          dn=P(g.pick([drv.full, drv.short])), tp=(truck, "LICENSE_PLATE"), dt=(g.phone("par"), "PHONE_NUMBER"),
          pv=g.ri(25, 60), pr=N(g.neg(11)))
    doc.f("[«t7»] «c1»: ok obrigad«o»\n[«t8»] «c1»: chegou o «dn» aqui, «w»\n[«t9»] Assistente Virtual: Avalie nosso atendimento de 1 a 5 ⭐\n",
          t7=ts[7], t8=ts[8], t9=ts[9], c1=spk, o=ins.o, dn=P(g.pick([drv.nick, drv.first, fold(drv.first).lower()])),
          w=g.pick(["gente boa demais", "levou o carro branco pro pátio", "foi prudente esperar dentro do carro", "valeu"]))
    return doc


def at_corrida(g: Gen) -> Doc:
    """Ride-hailing trip dispute in the support console."""
    doc = Doc()
    pas = g.person()
    drv = g.person()
    ag = g.person()
    city, uf = g.city()
    k = g.ri(0, 2)
    doc.f("Zendesk · Ticket #«tk» · Categoria: «cat» · Prioridade: normal\nSolicitante: «n» <«em»> · tel «tel» · user_id «uid»\n"
          "Atribuído a: «ag» (N2 Mobilidade)\n\n",
          tk=g.d(7), cat=["Cobrança indevida", "Objeto esquecido", "Conduta do motorista"][k],
          n=P(pas.full), em=(g.pemail(pas), "EMAIL_ADDRESS"), tel=(g.phone("e164"), "PHONE_NUMBER"), uid=g.hexs(24), ag=P(ag.full))
    doc.f("— Dados da viagem —\ntrip_id: «tid»\n«d» «h1» → «h2» · «ci»/«uf»\nOrigem: «o»\nDestino: «de»\nMotorista parceiro: «dn» · ★ «nt» · "
          "driver_id «did»\nVeículo: «m» «cor» · «pl»\nValor cobrado R$ «v» (estimativa R$ «e») · pagamento: «pg»\n\n",
          tid=g.uuid(), d=g.date(), h1=(hh := g.clock(2, 40))[0], h2=hh[1], ci=city, uf=uf,
          o=(g.address(), "ADDRESS"), de=(g.address(), "ADDRESS") if g.chance(0.6) else g.pick(["Aeroporto de Congonhas", "Rodoviária",
                                                                                                 "Shopping Aurora", "Hospital São Bento"]),
          dn=P(g.pick([drv.full, drv.short])), nt=f"{g.rng.uniform(4.6, 5.0):.2f}".replace(".", ","), did=g.d(8), m=car(g),
          cor=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"), v=g.money(30, 240), e=g.money(12, 90),
          pg=g.pick(["cartão Visa final " + g.d(4), "Pix", "dinheiro", "cartão ****" + g.d(4)]))
    if k == 0:
        doc.f("Mensagem do usuário:\n\"Fui cobrad«o» duas vezes nessa corrida!!! Olhem aí no cartão «cc», apareceu R$ «v» duas vezes na fatura. "
              "O motorista ainda fez um caminho enorme pela «st». Quero o estorno.\"\n\n",
              o=pas.o, cc=(g.card(), "CREDIT_CARD"), v=g.money(30, 200), st=g.street_only())
    elif k == 1:
        doc.f("Mensagem do usuário:\n\"Esqueci minha mochila no banco de trás do carro do «dn» («pl»). Tem meu notebook e meus documentos "
              "(RG «rg»). Por favor me liguem no «tel» ou falem com minha mãe, «mae».\"\n\n",
              dn=P(drv.first), pl=(g.plate(chat=True), "LICENSE_PLATE"), rg=(g.rg(), "BR_RG"), tel=(g.phone(), "PHONE_NUMBER"),
              mae=P(g.relative(pas, True).full))
    else:
        doc.f("Mensagem do usuário:\n\"o motorista «dn» foi grosseiro, disse que não ia entrar na «st» e me largou na esquina, "
              "valor cobrado cheio. Não quero mais cair com ele.\"\n\n", dn=P(fold(drv.first).lower()), st=g.street_only())
    doc.f("Logins recentes (antifraude):\n")
    for _ in range(g.ri(2, 4)):
        doc.f("  «d» «h»  «ip»  «dv»\n", d=g.date("iso"), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"),
              dv=g.pick(["Android 14 / app 5.212.1", "iOS 18.1 / app 5.210.0", "web / Chrome 131"]))
    if k == 1:
        doc.f("\nNota interna («ag»): motorista contatado no «tel», vai deixar o objeto no ponto de apoio.\n", ag=P(ag.first),
              tel=(g.phone("par"), "PHONE_NUMBER"))
    elif k == 0:
        doc.f("\nNota interna («ag»): «ni»\n", ag=P(ag.first),
              ni=g.pick([f"GPS confirma desvio de {g.ri(3, 12)} km, estornar diferença R$ {g.money(10, 80)}.",
                         "cobrança duplicada é pré-autorização, cai sozinha em 7 dias úteis.", "sem desvio; manter valor. Resposta padrão 14."]))
    else:
        doc.f("\nNota interna («ag»): parceiro advertido (2ª ocorrência); bloqueio de pareamento com o usuário aplicado.\n", ag=P(ag.first))
    doc.f("\nResposta pública: Olá, «n»! Obrigado pelo contato. «r» Equipe de Suporte.\n", n=P(pas.first),
          r=[g.pick(["Já estornamos a diferença.", "Analisamos a rota e o valor está correto.", "O valor duplicado é uma pré-autorização e será liberado."]),
             "O parceiro foi avisado e vai deixar o item no ponto de apoio; retire com documento com foto.",
             "Sentimos muito pela experiência. O parceiro foi orientado e vocês não serão mais pareados."][k])
    return doc


def at_bilhete(g: Gen) -> Doc:
    """CSV export of public-transport card requests (student pass, lost-card reissue, senior card)."""
    doc = Doc()
    op = g.person()
    city, uf = g.pick([("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"),
                       ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE"), ("Porto Alegre", "RS")])
    card = {"SP": "Bilhete Único", "RJ": "RioCard Mais", "MG": "Cartão BHBus", "PR": "Cartão Transporte",
            "PE": "VEM", "BA": "Salvador Card", "CE": "Bilhete Único Fortaleza", "RS": "TRI"}[uf]
    doc.f("# export solicitacoes_«cd»_«dt».csv — gerado por «lg» («op») em «ts»\n# filtro: status=PENDENTE_ANALISE; municipio=«ci»\n",
          cd=fold(card).lower().replace(" ", "_"), dt=g.date("compact"), lg=f"lgn_{login(op)}", op=P(op.full),
          ts=g.date() + " " + g.hm(), ci=city)
    cols = ["protocolo", "tipo_solicitacao", "nome", "cpf", "rg", "dt_nasc", "nome_mae", "escola_instituicao", "cep",
            "logradouro", "telefone", "email", "num_cartao_antigo"]
    rows = []
    for _ in range(g.ri(3, 4)):
        tipo = g.pick(["ESTUDANTE 1A VIA", "ESTUDANTE RENOVACAO", "2A VIA PERDA", "2A VIA ROUBO/FURTO", "IDOSO 60+", "PCD",
                       "ESTUDANTE 1A VIA"])
        young = tipo.startswith("ESTUDANTE")
        c = g.person()
        mae = g.relative(c, True)
        nm = g.pick([c.caps, c.caps, c.full, c.low])
        lo, hi = (2004, 2013) if young else ((1940, 1965) if tipo.startswith("IDOSO") else (1960, 2005))
        rows.append([V(f"{g.ri(2024, 2025)}{g.d(8)}"), V(tipo), P(nm), (g.pcpf(c, g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.rg(), "BR_RG") if g.chance(0.85) else V(""), (g.dob(g.pick(["br", "iso"]), lo, hi), "DATE_OF_BIRTH"),
                     P(g.pick([mae.caps, mae.full])) if g.chance(0.85) else V("NAO DECLARADO"),
                     V(g.pick(["EE Prof. Jurandir Sucupira", "ETEC Prudente de Morais", "Colégio Aurora", "UNIP", "IFSP",
                               "EMEF Irmã Dulce", "Universidade Federal", "Faculdade Bento Amaral", "CEFET"]) if young else ""),
                     (g.cep(), "BR_CEP"), (g.address(g.pick(["caps", "text"])), "ADDRESS"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     (g.pemail(c), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
                     V(f"{g.d(2)}.{g.d(2)}.{g.d(8)}-{g.d(1)}" if tipo.startswith("2A") else "")])
    table_csv(doc, cols, rows, sep=g.pick([";", ";", ","]))
    r = g.person()
    doc.f("# obs «a»: linha «l» veio com foto fora do padrão (fundo «w»); devolver p/ correção. Denúncia de fraude no cartão de "
          "estudante tratar com «b».\n", a=P(op.first), l=g.ri(2, len(rows) + 1),
          w=g.pick(["rosa", "escuro", "com luz estourada", "não branco"]), b=P(r.short))
    return doc


def at_estac(g: Gen) -> Doc:
    """Terse incident log of a shopping-mall car park, with a monthly subscriber's registration."""
    doc = Doc()
    sh = g.pick(["Shopping Aurora", "Shopping Vitória", "Boulevard Prudente", "Shopping Flor de Lis", "Plaza Bento"])
    doc.f("LIVRO DE OCORRÊNCIAS — ESTACIONAMENTO «sh» — PISO «p»\nturno «tu» · supervisor: «sv»\n\n", sh=sh,
          p=g.pick(["G1", "G2", "G3", "L2"]), tu=g.pick(["tarde", "noite", "manhã"]), sv=P(g.person().short))
    ts = g.times(4, 9 * 3600, 23 * 3600)
    c = g.person()
    val = g.person(female=False)
    pl = g.plate()
    doc.f("«t0» - mensalista «n» (vaga «vg», tag «tg») relata risco na porta «lado» do «m» «cor» «pl». Manobrista do turno: «vn». "
          "Solicitadas imagens cam «cm» p/ seg. «sg». Cli. pede ressarc.; orientad«o» abrir chamado no SAC (prot «pr»). "
          "Contato: «tel» / «em»\n",
          t0=ts[0], n=P(g.pick([c.full, c.short, c.caps])), vg=g.ri(1, 480), tg=g.up_alnum(8),
          lado=g.pick(["traseira esq.", "diant. dir.", "traseira dir.", "do motorista"]), m=car(g), cor=g.pick(COLORS),
          pl=(pl, "LICENSE_PLATE"), vn=P(g.pick([val.nick, val.first, val.short, up(val.first)])),
          cm=g.ri(1, 40), sg=P(g.person().first), o=c.o, pr=f"{g.d(4)}/{g.ri(24, 25)}",
          tel=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"))
    doc.f("«t1» - veíc. «pl» em vaga PCD s/ credencial. Aviso no para-brisa. Condutor não localizado.\n", t1=ts[1],
          pl=(g.plate(), "LICENSE_PLATE"))
    x = g.person()
    doc.f("«t2» - cliente «n» perdeu ticket avulso, pagou diária cheia R$ «v». Conferido CNH «cnh» x doc do veículo «pl». Liberado.\n",
          t2=ts[2], n=P(g.pick([x.caps, x.full])), v=g.money(40, 90), cnh=(g.cnh(), "BR_CNH"), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("«t3» - «w»; cancela saída 3 travada 20 min, chamado técnico «ct».\n\n", t3=ts[3],
          w=g.pick(["luz de emergência do G2 apagada", "sem ocorrências graves", "fila grande na saída da Av. Prudente de Morais",
                    "show na arena, lotação máxima"]), ct=g.d(6))
    doc.f("--- ficha do mensalista (anexo) ---\nNome: «n»\nCPF: «cpf»   Nasc.: «dob»\nEnd.: «ad» — CEP «cep»\n"
          "Veículos: «p1»«p2»«p3»\nPagamento recorrente: cartão «cc» (venc. «vc»)\nPlano: «pl» R$ «v»/mês · desde «d»\n",
          n=P(c.full), cpf=(g.pcpf(c), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          p1=(pl, "LICENSE_PLATE"), p2=" / " if (two := g.chance(0.4)) else "",
          p3=(g.plate(), "LICENSE_PLATE") if two else "", cc=(g.card(), "CREDIT_CARD") if g.chance(0.5) else f"**** **** **** {g.d(4)}",
          vc=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", pl=g.pick(["24h", "comercial", "noturno"]), v=g.money(180, 450), d=g.date("br", 2024))
    return doc


# =========================================================================== juridico

def quali(g: Gen, p: Person, prof: str | None = None) -> str:
    """'brasileira, solteira, motoboy' with gender agreement."""
    a = p.o
    nat = "brasileir" + a
    for k, demonym in (("ht", "haitian"), ("ve", "venezuelan"), ("ao", "angolan"), ("sn", "senegales"), ("bo", "bolivian")):
        if p.surnames[-1] in FOREIGN[k][2] and g.chance(0.6):
            nat = demonym + ("a" if p.female else ("" if k == "sn" else "o"))
    civ = g.pick(["solteir" + a, "casad" + a, "divorciad" + a, "em união estável", "viúv" + a])
    prof = prof or g.pick(["motoboy", "entregador" + ("a" if p.female else ""), "motorista de aplicativo", "auxiliar administrativ" + a,
                           "vendedor" + ("a" if p.female else ""), "pedreiro" if not p.female else "diarista", "estudante",
                           "técnic" + a + " de enfermagem", "autônom" + a, "aposentad" + a, "caminhoneir" + a])
    return f"{nat}, {civ}, {prof}"


def ju_dpvat(g: Gen) -> Doc:
    """DPVAT/SPVAT initial petition of a traffic-accident victim."""
    doc = Doc()
    a = g.person()
    adv = g.person()
    other = g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «ci»/«uf»\n\n\n",
          v=g.ri(1, 12), ci=up(city), uf=uf)
    doc.f("«n», «q», portador«a» do RG nº «rg» «org», inscrit«o» no CPF sob o nº «cpf»«te»«tv», nascid«o» em «dob», residente e "
          "domiciliad«o» na «ad», bairro «b», «ci»/«uf», CEP «cep», e-mail «em», telefone «tel», por seu advogado que esta "
          "subscreve (procuração anexa), vem, respeitosamente, propor a presente\n\nAÇÃO DE COBRANÇA DE INDENIZAÇÃO DO SEGURO "
          "OBRIGATÓRIO «seg»\n\nem face de «re», inscrita no CNPJ sob o nº «cj», pelos fatos e fundamentos a seguir.\n\n",
          n=P(a.caps), q=quali(g, a, g.pick(["motoboy", "entregador" + ("a" if a.female else ""), None])), a="a" if a.female else "",
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "IFP/RJ", "SDS/PE", "PC/MG"]), o=a.o,
          te=", título de eleitor nº " if (tt := g.chance(0.3)) else "", tv=(g.titulo(), "BR_TITULO_ELEITOR") if tt else "",
          cpf=(g.pcpf(a), "BR_CPF"), dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.pemail(a), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"), seg=g.pick(["(DPVAT)", "(SPVAT)", "DPVAT"]),
          re=g.pick(["SEGURADORA LÍDER DO CONSÓRCIO DO SEGURO DPVAT S.A.", "CAIXA ECONÔMICA FEDERAL", "SEGURADORA LÍDER DOS CONSÓRCIOS DO SEGURO DPVAT S/A"]),
          cj=(g.cnpj(), "BR_CNPJ"))
    moto = g.pick(["CG 160 Fan", "Biz 125", "Fazer 250", "Pop 110i", "Factor 150", "NMax 160"])
    autor = "a Autora" if a.female else "o Autor"
    doc.f("I — DOS FATOS\n\nEm «d», por volta das «h», «au» conduzia a motocicleta Honda/Yamaha «mo», placa «pl», pela «s1» quando, "
          "no cruzamento com a «s2», foi atingid«o» pelo veículo «cv», placa «p2», conduzido por «on», conforme Boletim de Ocorrência "
          "nº «bo». Socorrid«o» pelo SAMU, foi levad«o» ao «hs», onde se constatou fratura (CID «cid»), com tratamento cirúrgico e "
          "sequela permanente no membro «mb».\n\nO requerimento administrativo (sinistro nº «sn») foi «adm».\n\n",
          au=autor, d=g.date(year=g.pick([2023, 2024])), h=g.hm(), mo=moto, pl=(g.plate(), "LICENSE_PLATE"), s1=g.street_only(), s2=g.street_only(),
          cv=car(g), p2=(g.plate(), "LICENSE_PLATE"), on=P(g.pick([other.full, other.caps])), o=a.o,
          bo=f"{g.d(4)}/{g.ri(2023, 2024)}" if g.chance(0.5) else f"{g.pick(['AB', 'BO', 'RD'])}{g.d(4)}-{g.d(5)}/{g.ri(2023, 2024)}",
          hs=g.pick(["Hospital Municipal Prudente de Morais", "Hospital Geral do Estado", "Pronto-Socorro Central",
                     "Hospital São Bento", "HC"]), cid=g.pick(["S82.2", "S42.0", "S52.5", "S72.0", "S92.3"]),
          mb=g.pick(["inferior direito", "superior esquerdo", "inferior esquerdo"]), sn=f"{g.ri(2023, 2024)}{g.d(6)}",
          adm=g.pick([f"negado sob alegação de documentação incompleta", f"pago a menor, no valor de R$ {g.money(800, 3000)}",
                      "arquivado sem resposta"]))
    doc.f("II — DO DIREITO\n\nA Lei 6.194/1974, art. 3º, II, assegura indenização de até R$ 13.500,00 por invalidez permanente, "
          "proporcional ao grau da lesão (Súmula 474 do STJ). A Lei Complementar 207/2024 manteve a cobertura para os sinistros "
          "anteriores. A correção monetária incide desde o evento danoso (Súmula 580 do STJ).\n\n"
          "III — DOS PEDIDOS\n\na) a citação da Ré; b) a realização de perícia médica; c) a condenação da Ré ao pagamento de "
          "R$ «vl», com juros e correção; d) os benefícios da justiça gratuita (Lei 1.060/1950).\n\n", vl=g.money(2000, 13500))
    if g.chance(0.6):
        doc.f("Requer que eventual pagamento seja depositado em conta de titularidade d«au»: Banco «bk», agência «ag», conta "
              "«tp» «ac».\n\n", au="a Autora" if a.female else "o Autor", bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]),
              ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("Dá-se à causa o valor de R$ «vl».\n\nTermos em que pede deferimento.\n«ci», «d».\n\n«adv»\n«oab»\n«em»\n",
          vl=g.money(2000, 13500), ci=city, d=g.date("long"), adv=P(g.pick([adv.full, adv.caps])),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), em=(corp_mail(adv, g.pick(["adv.br", "bessaadvogados.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """Civil-liability judgment of a rear-end collision."""
    doc = Doc()
    a, r = g.person(), g.person()
    jz = g.person()
    city, uf = g.city()
    jec = g.chance(0.5)
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA «de» «est»\n«vr» DA COMARCA DE «ci»\n\nProcesso nº «cnj»\n"
          "Classe: «cl» — Assunto: Acidente de Trânsito\nRequerente: «a»«ac»«acv»\nRequerido: «r»«rc»«rcv»«r2»\n\nSENTENÇA\n\nVistos.\n\n",
          de="DO" if uf == "DF" else "DO ESTADO DE", est=up(STATE[uf]),
          vr=f"{g.ri(1, 5)}º JUIZADO ESPECIAL CÍVEL" if jec else f"{g.ri(1, 9)}ª VARA CÍVEL", ci=up(city), cnj=g.cnj(f"8.{TR[uf]:02d}"),
          cl="Procedimento do Juizado Especial Cível" if jec else "Procedimento Comum Cível", a=P(a.caps), r=P(r.caps),
          ac=" - CPF: " if (pje := g.chance(0.6)) else "", rc=" - CPF: " if pje else "",
          acv=(g.pcpf(a), "BR_CPF") if pje else "", rcv=(g.pcpf(r), "BR_CPF") if pje else "",
          r2=g.pick(["", " e outro", " e LEAL SEGUROS S.A."]))
    if jec:
        doc.t("Dispensado o relatório, nos termos do art. 38 da Lei 9.099/1995.\n\n")
    pa, pr = g.plate(), g.plate()
    doc.f("«a» ajuizou ação de reparação de danos em face de «r», alegando que, em «d», seu veículo «ca», placa «pa», "
          "foi abalroado na traseira pelo veículo «cr», placa «pr», conduzido pelo réu, quando parado no semáforo da «s1» "
          "com a «s2». Pediu R$ «dm» de danos materiais (orçamento da Mecânica Irmãos Quaresma) e R$ «mo» de danos morais.\n\n"
          "Em contestação, o réu sustentou culpa exclusiva do autor, que teria freado bruscamente «w».\n\n",
          a=P(a.full), r=P(r.full), d=g.date(year=g.pick([2023, 2024])), ca=car(g), pa=(pa, "LICENSE_PLATE"), cr=car(g),
          pr=(pr, "LICENSE_PLATE"), s1=g.street_only(), s2=g.street_only(), dm=g.money(1500, 30000), mo=g.money(2000, 15000),
          w=g.pick(["com a luz de freio queimada", "para desviar de um animal", "ao ver o sinal amarelo", "sem motivo aparente"]))
    t1, t2 = g.person(), g.person()
    doc.f("É o breve relato. Decido.\n\nA testemunha «t1», ouvida em audiência, confirmou que o carro do autor estava parado. ",
          t1=P(t1.full))
    if g.chance(0.5):
        doc.f("Já «t2», arrolad«o2» pelo réu, disse não ter visto o momento da colisão. ", t2=P(t2.full), o2=t2.o)
    else:
        doc.t("A testemunha do réu não compareceu e foi dispensada. ")
    if g.chance(0.6):
        pe = g.person()
        doc.f("O laudo do assistente técnico, Eng. «pe» («crea»), apontou deformação compatível com impacto traseiro a cerca "
              "de «v» km/h. ", pe=P(pe.full), crea=(g.council("CREA", uf), "PROFESSIONAL_ID"), v=g.ri(20, 60))
    doc.f("Nos termos dos arts. 28 e 29, II, da Lei 9.503/1997 (CTB), presume-se a culpa de quem colide na traseira, "
          "presunção não afastada pelo réu.\n\nAnte o exposto, JULGO «res» o pedido para condenar «r» a pagar «pa»«a» R$ «dm» a "
          "título de danos materiais, corrigidos desde o desembolso, e R$ «mo» por danos morais, com juros de 1% ao mês desde a "
          "citação. «cus»\n\nP.R.I.\n\n«ci», «dd».\n\n«jz»\n«jt» de Direito\n",
          res=g.pick(["PROCEDENTE", "PARCIALMENTE PROCEDENTE"]),
          r=P(g.pick([r.short, r.first + " " + r.surnames[-1]])) if (named := g.chance(0.4)) else ("o réu", None),
          pa="a " if named else "", a=P(a.short) if named else ("ao autor", None), dm=g.money(1500, 30000), mo=g.money(1000, 10000),
          cus="Sem custas e honorários nesta instância (art. 55 da Lei 9.099/1995)." if jec else "Condeno o réu nas custas e em honorários de 10% sobre a condenação.",
          ci=city, dd=g.date("long"), jz=P(g.pick([jz.full, jz.caps])), jt="Juíza" if jz.female else "Juiz")
    if g.chance(0.5):
        ad1, ad2 = g.person(), g.person()
        doc.f("\nAdvogados: «a1» («o1») — pelo autor; «a2» («o2») — pelo réu.\n", a1=P(ad1.full),
              o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), a2=P(ad2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_indicacao(g: Gen) -> Doc:
    """DETRAN driver-indication form, sometimes with the fleet manager's e-mail to the driver."""
    doc = Doc()
    uf = g.pick(["SP", "RJ", "MG", "PR", "RS", "BA", "PE", "GO", "DF", "SC"])
    city = g.pick([c for c, u in CITIES if u == uf] or ["Brasília"])
    cond = g.person()
    fleet = g.chance(0.5)
    pl = g.plate()
    ai = g.auto_infracao()
    if fleet:
        gm = g.person()
        co, cdom = g.pick([("Transportes Branco & Leal Ltda", "brancoeleal.com.br"), ("Rosa dos Ventos Locadora S.A.", "rosadosventos.com.br"),
                           ("Higa Auto Peças Ltda", "higaautopecas.com.br"), ("Distribuidora Gadelha Ltda", "gadelha.com.br"),
                           ("Farmácia Luz Divina Ltda", "farmaciasluzdivina.com.br")])
        doc.f("De: «gm» <«ge»>\nPara: «cn» <«ce»>\nAssunto: Multa «pl» — indicar condutor até «pz»\n\n"
              "Oi «c1», chegou a notificação de autuação do «pl» que estava contigo em «dd». Preenche a parte 2 do formulário, "
              "assina igual ao documento e me devolve com cópia da CNH frente e verso. Se não indicar, a empresa paga a multa "
              "NIC (art. 257 §8º do CTB), que é bem mais cara.\n\n«g1» — Gestão de Frota\n«gt»\n\n",
              gm=P(gm.full), ge=(corp_mail(gm, cdom), "EMAIL_ADDRESS"), cn=P(cond.full),
              ce=(g.pemail(cond), "EMAIL_ADDRESS"), pl=(pl, "LICENSE_PLATE"), pz=g.date(), c1=P(cond.first), dd=g.date(),
              g1=P(gm.first), gt=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("DEPARTAMENTO ESTADUAL DE TRÂNSITO — DETRAN/«uf»\nFORMULÁRIO DE IDENTIFICAÇÃO DO CONDUTOR INFRATOR\n"
          "(art. 257, § 7º, da Lei 9.503/1997 — Resolução CONTRAN 918/2022)\n\n"
          "AUTO DE INFRAÇÃO: «ai»     ÓRGÃO AUTUADOR: «oa»\nPLACA: «pl»     RENAVAM: «rv»     MARCA/MODELO: «mm»\n"
          "DATA/HORA: «di» «hi»     LOCAL: «lc»\nINFRAÇÃO: «inf»\n\n",
          uf=uf, ai=ai, oa=g.d(6), pl=(pl, "LICENSE_PLATE"), rv=N(g.renavam()), mm=up(car(g)), di=g.date(), hi=g.hm(),
          lc=g.pick([f"ROD {g.pick(['SP-310', 'BR-116', 'BR-381', 'PR-445', 'RS-040', 'BA-099'])} KM {g.ri(2, 400)}",
                     up(g.street_only()) + " X " + up(g.street_only()), up(g.street_only()) + " - SENTIDO BAIRRO"]),
          inf=g.pick(["7455-0 — transitar em velocidade superior à máxima permitida em até 20%",
                      "5185-1 — avançar o sinal vermelho do semáforo", "7366-2 — dirigir segurando ou manuseando telefone celular",
                      "5169-0 — deixar de usar o cinto de segurança", "5541-0 — estacionar em local proibido"]))
    doc.t("1. IDENTIFICAÇÃO DO PROPRIETÁRIO\n")
    if fleet:
        doc.f("Nome/Razão social: «co»\nCPF/CNPJ: «cj»\n", co=up(co), cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
        doc.f("Responsável: «gm»   CPF: «cpf»\n\n", gm=P(gm.caps), cpf=(g.cpf(), "BR_CPF"))
    else:
        ow = g.relative(cond)
        doc.f("Nome/Razão social: «n»\nCPF/CNPJ: «cpf»\nEndereço: «ad»   CEP: «cep»\nTelefone: «tel»   E-mail: «em»\n\n",
              n=P(ow.caps), cpf=(g.pcpf(ow), "BR_CPF"), ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(ow), "EMAIL_ADDRESS"))
    doc.f("2. IDENTIFICAÇÃO DO CONDUTOR INFRATOR\nNome: «n»\nNº do registro da CNH: «cnh»   UF: «u2»   Categoria: «cat»\n"
          "CPF: «cpf»   Data de nascimento: «dob»\nEndereço: «ad»\nBairro: «b»   Município: «ci»   CEP: «cep»\n\n",
          n=P(cond.caps), cnh=(g.cnh(), "BR_CNH"), u2=uf, cat=g.pick(["B", "AB", "D", "E", "AB"]), cpf=(g.pcpf(cond), "BR_CPF"),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=up(g.pick(BAIRROS)),
          ci=up(city), cep=(g.cep(), "BR_CEP"))
    doc.f("Declaramos, sob as penas da lei, serem verdadeiras as informações acima.\n\n«ci», «d»\n\n"
          "_____________________________          _____________________________\nAssinatura do condutor: «c»          "
          "Assinatura do proprietário\n\nAnexos: cópia da CNH do condutor (nº espelho «es»); cópia do documento do proprietário.\n",
          ci=city, d=g.date(), c=P(g.pick([cond.full, up(cond.short)])), es=g.d(10))
    if g.chance(0.4):
        doc.f("\n[anotação manual] recebido em «d» — «at», protocolo «pr». Recurso à JARI só após a NP; a vitória em 1ª "
              "instância é rara pra radar aferido.\n", d=g.date(), at=P(g.person().short), pr=N(g.neg(11)))
    return doc


def ju_procon(g: Gen) -> Doc:
    """PROCON warranty complaint against a dealership and the dealer's reply."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    dealer, brand, ddom = dealer_brand(g)
    m = g.pick(BRANDS[brand])
    pl = g.plate(old=False)
    cons = g.person()
    doc.f("PROCON-«uf» · FICHA DE ATENDIMENTO nº «fa» · «d»\nÁrea: Produtos — Veículos novos · Assunto: Garantia (abrangência, cobertura, prazo)\n"
          "Fundamentação: Lei 8.078/1990, arts. 18, 26 e 50\n\nCONSUMIDOR\nNome: «n»\nCPF: «cpf»   RG: «rg»   Nasc.: «dob»\n"
          "Endereço: «ad», «b» — «ci»/«uf» — CEP «cep»\nTelefone: «tel»   E-mail: «em»\n\n"
          "FORNECEDOR\n«dl» (concessionária «br») — CNPJ «cj»\n«fa2»\n\n",
          uf=uf, fa=f"{g.ri(24, 25)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date(), n=P(g.pick([c.caps, c.full])),
          cpf=(g.pcpf(c), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), ci=city, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"),
          dl=up(dealer) + " LTDA", br=brand, cj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          fa2=g.pick(["Av. Prudente de Morais, 2.450 — Centro", "Rod. Anhanguera, km 102", "Av. Bento Gonçalves, 8.100",
                      "Rua Barão de Mauá, 77"]))
    km = g.ri(3000, 38000)
    doc.f("RELATO DO CONSUMIDOR\nComprei um «m» 0 km nessa concessionária em «dc» (NF «nf»), placa «pl». Com «km» km «dfc». Levei na "
          "revisão dentro do prazo (OS «os») e o consultor «cs» disse que a garantia foi negada por «neg». Tenho todas as revisões "
          "carimbadas. Já liguei «k» vezes, falei com «g1» e com «g2», ninguém resolve. O carro está parado há «dp» dias e uso "
          "pra trabalhar.\n\nPEDIDO: «ped»\n\n",
          m=m, dc=g.date(year=g.pick([2023, 2024])), nf=g.d(6), pl=(pl, "LICENSE_PLATE"), km=f"{km:,}".replace(",", "."),
          dfc=g.pick(["o câmbio começou a dar tranco na troca de marcha", "a luz do motor acende e o carro perde força",
                      "o ar-condicionado parou de gelar", "aparece infiltração de água no assoalho",
                      "a central multimídia reinicia sozinha e a câmera de ré apaga"]),
          os=g.d(7), cs=P(g.pick([cons.full, cons.first])),
          neg=g.pick(["\"mau uso\"", "instalação de acessório não original", "\"desgaste natural\"", "falta de revisão (mentira)"]),
          k=g.ri(3, 9), g1=P(g.person().first), g2=P(g.pick([g.person().short, g.person().first])), dp=g.ri(10, 60),
          ped=g.pick(["reparo imediato em garantia e carro reserva", "substituição do veículo (art. 18, §1º, I, do CDC)",
                      "devolução do valor pago, corrigido", "ressarcimento de R$ " + g.money(300, 4000) + " de guincho e aplicativo"]))
    rep = g.person()
    law = g.chance(0.5)
    doc.f("RESPOSTA DO FORNECEDOR (recebida em «d»)\nPrezados, em atenção à reclamação de «n», informamos que o veículo placa «pl» "
          "foi reavaliado pela engenharia de campo da «br» em «d2». «res» Permanecemos à disposição pelo telefone «tel».\n\n",
          d=g.date(), n=P(g.pick([c.full, c.short])), pl=(pl, "LICENSE_PLATE"), br=brand, d2=g.date(),
          res=g.pick(["Constatou-se falha de fabricação; o reparo será feito em garantia, com carro reserva até a entrega.",
                      "O laudo manteve a negativa: foram encontrados sinais de fluido não homologado. Ainda assim, como cortesia, "
                      "oferecemos 50% da mão de obra.", "Foi autorizada a troca do componente em garantia; seria prudente o consumidor "
                      "agendar em até 15 dias."]), tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    if law:
        doc.f("«rn»\n«oab»\nLeal & Quaresma Advogados Associados — «em»\n", rn=P(rep.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
              em=(corp_mail(rep, "lealquaresma.adv.br"), "EMAIL_ADDRESS"))
    else:
        doc.f("«rn»\nCoordenador«a» de Pós-Venda — «dl»\n«em» · juridico@«dm»\n", rn=P(rep.full), a="a" if rep.female else "",
              dl=dealer, em=(corp_mail(rep, ddom), "EMAIL_ADDRESS"), dm=ddom)
    named = g.chance(0.5)
    doc.f("\nAudiência de conciliação designada para «d» às «h»«lb»«cc».\n", d=g.date(), h=g.hm(),
          lb=". Conciliador(a): " if named else " (sala virtual)", cc=P(g.person().full) if named else "")
    return doc


def ju_ata(g: Gen) -> Doc:
    """Hearing minutes of a ride-hailing driver's labour claim."""
    doc = Doc()
    rec = g.person(female=False)
    uf = g.pick(["SP", "RJ", "MG", "RS", "BA", "PE", "CE", "PR", "DF", "GO"])
    city = g.pick([c for c, u in CITIES if u == uf] or ["Brasília"])
    jz, a1, a2, pp = g.person(), g.person(), g.person(), g.person()
    app = g.pick(["RODA FÁCIL TECNOLOGIA LTDA", "VAI JÁ MOBILIDADE S.A.", "99 ROTAS INTERMEDIAÇÃO LTDA", "TÁXI AURORA APP LTDA"])
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «trt»ª REGIÃO\n«v»ª Vara do Trabalho de «ci»\n\n"
          "ATA DE AUDIÊNCIA\nPROCESSO: «cnj»\nRECLAMANTE: «rn»\nRECLAMADO: «app» (CNPJ «cj»)\n\n",
          trt=TRT[uf], v=g.ri(1, 89), ci=city, cnj=g.cnj(f"5.{TRT[uf]:02d}"), rn=P(rec.caps), app=app,
          cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Em «d», às «h», na sala de audiências desta Vara, sob a presidência d«jo» Exm«jo». «jt» do Trabalho «jz», foram, por ordem, "
          "apregoados os litigantes.\n\nPresente o reclamante, acompanhado de seu(sua) advogado(a), Dr(a). «a1», «o1».\n"
          "Presente «pa» da reclamada, «pp», CPF «cpf», acompanhad«po» do(a) advogado(a), Dr(a). «a2», «o2».\n\n",
          pa="a preposta" if pp.female else "o preposto", po=pp.o,
          d=ds(dt.date(2025, g.ri(2, 11), g.ri(2, 27)), "long"), h=f"{g.ri(8, 16)}h{g.pick(['00', '10', '20', '30', '40', '50'])}", jo="a" if jz.female else "o", jt="Juíza" if jz.female else "Juiz", jz=P(jz.full),
          a1=P(a1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), pp=P(pp.full), cpf=(g.cpf(), "BR_CPF"), a2=P(a2.full),
          o2=(g.council("OAB", g.pick([uf, "SP"])), "PROFESSIONAL_ID"))
    if g.chance(0.65):
        doc.f("Qualificação do reclamante conforme inicial: «q», CTPS digital, PIS «pis», título de eleitor «te», CPF «cpf».\n\n",
              q=quali(g, rec, "motorista de aplicativo"), pis=(g.pis(), "BR_PIS"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
              cpf=(g.pcpf(rec), "BR_CPF"))
    doc.f("Depoimento pessoal do reclamante: que se cadastrou na plataforma em «dc»; que usava o veículo «m», placa «pl», "
          "«vv»; que ficava logado das «h1» às «h2», seis dias por semana; que era bloqueado se recusasse mais de «k» corridas "
          "seguidas; que o valor da corrida era definido pelo aplicativo; que nada mais disse.\n\n",
          dc=g.date(year=g.pick([2020, 2021, 2022])), m=car(g), pl=(g.plate(), "LICENSE_PLATE"),
          vv=g.pick(["alugado da Rosa dos Ventos Locadora", "financiado em seu nome", "de propriedade do cunhado", "próprio"]),
          h1=f"{g.ri(5, 8)}h", h2=f"{g.ri(20, 23)}h", k=g.ri(2, 5))
    t = g.person()
    doc.f("Testemunha do reclamante: «tn», «q», CPF «cpf», residente na «ad». Advertid«o» e compromissad«o». Disse: que também "
          "dirige para a reclamada; que conhece o reclamante do ponto de apoio da «pt»; que os motoristas chamam o reclamante de "
          "«nk»; que nada mais disse.\n\n",
          tn=P(t.full), q=quali(g, t, "motorista"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), o=t.o,
          pt=g.pick(["Barão de Mauá", "Rodoviária", "Praça Bento Gonçalves", "Av. Paulista"]),
          nk=P(g.pick([rec.nick, rec.first, "\"" + rec.nick + "\""]).strip('"')))
    if g.chance(0.55):
        n = g.ri(1, 6)
        doc.f("CONCILIAÇÃO: as partes celebram acordo no valor líquido de R$ «v», «np», «pd» em «d», mediante ",
              v=g.money(4000, 60000), np="em parcela única" if n == 1 else f"em {n} parcelas mensais",
              pd="paga" if n == 1 else "a primeira", d=g.date())
        if g.chance(0.5):
            doc.f("transferência Pix para a chave aleatória do reclamante «pix». ", pix=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("depósito na conta do reclamante (banco «bk», agência «ag», conta «ac»). ", bk=g.pick(BANKS),
                  ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
        doc.t("Custas pela reclamada, dispensadas. Recolhimentos previdenciários conforme art. 832, §3º, da CLT.\n\n")
    else:
        doc.f("Rejeitada a proposta de conciliação. Encerrada a instrução. Razões finais remissivas. Julgamento designado para "
              "«d».\n\n", d=g.date())
    if g.chance(0.4):
        doc.f("Nada mais. Eu, «sv», secretári«so» de audiência, digitei.\n\n", sv=P((sv := g.person()).full), so=sv.o)
    else:
        doc.t("Nada mais. Cientes as partes. Encerrada às " + g.hm() + ".\n\n")
    doc.f("«jz»\n«jt» do Trabalho\n", jz=P(jz.caps), jt="Juíza" if jz.female else "Juiz")
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD access request of a truck driver for his telematics data, the DPO's reply and the alert export."""
    doc = Doc()
    drv = g.person(female=g.chance(0.15))
    dpo = g.person()
    gf = g.person()
    co, dom = g.pick([("Transportes Branco & Leal", "brancoeleal.com.br"), ("Rodoviário Jatobá", "jatoba.log.br"),
                      ("TransNakasone Logística", "transnakasone.com.br"), ("Expresso Aurora", "expressoaurora.com.br")])
    cav, car_ = g.plate(), g.plate()
    doc.f("De: «dn» <«dpo_m»>\nPara: «n» <«em»>\nCc: dpo@«dom»; juridico@«dom»\nAssunto: RE: Solicitação de acesso aos meus dados "
          "(art. 18 da Lei 13.709/2018) — protocolo LGPD-«pr»\nData: «d»\n\n",
          dn=P(dpo.full), dpo_m=(corp_mail(dpo, dom), "EMAIL_ADDRESS"), n=P(drv.full), em=(g.pemail(drv), "EMAIL_ADDRESS"),
          dom=dom, pr=f"{g.ri(2024, 2025)}-{g.d(4)}", d=ds(lg_reply := after(lg_req := g.day(), 5, 15, g)))
    doc.f("Prezad«o» «n»,\n\nEm atenção ao seu pedido, confirmamos que a «co» trata, na condição de controladora, os seguintes dados "
          "vinculados a você: cadastro (nome, CPF «cpf», CNH «cnh», telefone «tel»), jornada (Lei 13.103/2015), telemetria do "
          "conjunto cavalo «cv» / carreta «cr» (posição GPS, velocidade, frenagens, RPM) e alertas da câmera de fadiga. "
          "As imagens da câmera são mantidas por 30 dias; os eventos, por 5 anos, para defesa em processos (art. 16, I). "
          "Segue abaixo a amostra dos alertas do período pedido; o arquivo completo vai por link com senha enviada por SMS "
          "ao número cadastrado.\n\nQuanto à avaliação de desempenho (scorecard), ela é feita pelo gestor de frota, «gf», "
          "e não gera desconto automático em folha.\n\nAtenciosamente,\n«dn»\nEncarregad«do» pelo Tratamento de Dados Pessoais — «co»\n\n",
          o=drv.o, n=P(drv.first), co=co, cpf=(g.pcpf(drv), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), tel=(g.phone(), "PHONE_NUMBER"),
          cv=(cav, "LICENSE_PLATE"), cr=(car_, "LICENSE_PLATE"), gf=P(gf.full), dn=P(dpo.short), do=dpo.o)
    doc.t("data_hora;placa;motorista;cpf_motorista;evento;vel_kmh;lat;lon;local_aprox\n")
    stamps = sorted(ds(after(lg_req, -90, -1, g), "iso") + " " + g.hms() for _ in range(g.ri(3, 4)))
    for stamp in stamps:
        doc.f("«dh»;«pl»;«n»;«cpf»;«ev»;«v»;-«la»;-«lo»;«loc»\n", dh=stamp, pl=(cav, "LICENSE_PLATE"),
              n=P(drv.caps), cpf=(g.pcpf(drv, "raw"), "BR_CPF"),
              ev=g.pick(["EXCESSO_VELOCIDADE", "FADIGA_BOCEJO", "FADIGA_OLHOS_FECHADOS", "USO_CELULAR", "FRENAGEM_BRUSCA", "PARADA_NAO_PROGRAMADA"]),
              v=g.ri(0, 104), la=f"{g.ri(5, 30)}.{g.d(5)}", lo=f"{g.ri(35, 55)}.{g.d(5)}",
              loc=g.pick(["BR-116 KM " + str(g.ri(1, 600)), "BR-381 KM " + str(g.ri(1, 500)), "SP-330 KM " + str(g.ri(1, 300)),
                          "PATIO MATRIZ", "POSTO AURORA BR-101", "CD PRUDENTE"]))
    doc.f("\n-----Mensagem original-----\nDe: «n» <«em»>\nEnviada em: «d»\n\nBoa tarde, sou motorista da «co» desde «ad2» "
          "(matrícula «mt»). Quero cópia de todos os dados de rastreamento e das imagens da câmera ligados a mim, porque "
          "fui advertido por \"fadiga\" em «da» e acho que foi erro. Também quero saber quem tem acesso. Meu CPF «cpf», "
          "endereço «ad», CEP «cep». Obrigado.\n«sg»\n",
          n=P(drv.full), em=(g.pemail(drv), "EMAIL_ADDRESS"), d=ds(lg_req), co=co, ad2=g.date(year=g.ri(2015, 2023)), mt=g.d(5),
          da=ds(after(lg_req, -40, -3, g)), cpf=(g.pcpf(drv), "BR_CPF"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          sg=P(g.pick([drv.first, drv.short, drv.nick])))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Extrajudicial settlement after a collision, paid to an account or a random Pix key."""
    doc = Doc()
    a, b = g.person(), g.person()
    city, uf = g.city()
    pa, pb = g.plate(), g.plate()
    fleet = g.chance(0.35)
    doc.f("TERMO DE ACORDO EXTRAJUDICIAL — ACIDENTE DE TRÂNSITO\n\nPelo presente instrumento particular, de um lado «a», «qa», "
          "portador«xa» do RG «rga» e do CPF «cpfa», CNH «cnha», residente na «ada», «ci»/«uf», CEP «cepa», telefone «tela», "
          "proprietári«oa» e condutor«xa» do veículo «ca», placa «pa», doravante PRIMEIR«OA» ACORDANTE; e de outro lado «b», «qb», "
          "inscrit«ob» no CPF sob o nº «cpfb», residente na «adb», telefone «telb», condutor«xb» do veículo «cb», placa «pb»«own», "
          "doravante SEGUND«OB» ACORDANTE, têm entre si justo e acordado o seguinte:\n\n",
          a=P(a.caps), qa=quali(g, a), xa="a" if a.female else "", rga=(g.rg(), "BR_RG"), cpfa=(g.pcpf(a), "BR_CPF"),
          cnha=(g.cnh(), "BR_CNH"), ada=(g.address(), "ADDRESS"), ci=city, uf=uf, cepa=(g.cep(), "BR_CEP"),
          tela=(g.phone(), "PHONE_NUMBER"), oa=a.o, ca=car(g), pa=(pa, "LICENSE_PLATE"), OA=up(a.o), b=P(b.caps), qb=quali(g, b),
          ob=b.o, cpfb=(g.pcpf(b), "BR_CPF"), adb=(g.address(), "ADDRESS"), telb=(g.phone(), "PHONE_NUMBER"),
          xb="a" if b.female else "", cb=car(g), pb=(pb, "LICENSE_PLATE"), OB=up(b.o),
          own=", de propriedade de ROSA DOS VENTOS LOCADORA S.A." if fleet else "")
    doc.f("CLÁUSULA 1ª — Em «d», por volta das «h», no cruzamento da «s1» com a «s2», em «ci», o veículo conduzido pel«ob» "
          "SEGUND«OB» ACORDANTE colidiu com a lateral do veículo d«oa» PRIMEIR«OA», causando danos no para-choque, na porta "
          "«lado» e no farol, conforme orçamento da Auto Center Vitória no valor de R$ «v».\n\n"
          "CLÁUSULA 2ª — «B» ACORDANTE pagará R$ «v2» em «n» parcela(s), ",
          d=g.date(), h=g.hm(), s1=g.street_only(), s2=g.street_only(), ci=city, ob=b.o, OB=up(b.o), oa=a.o, OA=up(a.o),
          lado=g.pick(["dianteira esquerda", "traseira direita", "do motorista"]), v=g.money(1200, 18000),
          B="O SEGUNDO" if not b.female else "A SEGUNDA", v2=g.money(1000, 15000), n=g.ri(1, 5))
    if g.chance(0.5):
        doc.f("por Pix, na chave aleatória «pix», de titularidade d«oa» PRIMEIR«OA».\n\n", pix=(g.uuid(), "PIX_KEY"), oa=a.o, OA=up(a.o))
    else:
        doc.f("mediante transferência para a conta de titularidade d«oa» PRIMEIR«OA» (banco «bk», agência «ag», conta corrente «ac»).\n\n",
              oa=a.o, OA=up(a.o), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("CLÁUSULA 3ª — Cumprido o acordo, as partes dão plena e geral quitação quanto ao evento, nos termos do art. 840 do "
          "Código Civil, renunciando a qualquer ação judicial, inclusive no Juizado Especial. O boletim de ocorrência «bo» não "
          "será objeto de aditamento.\n\nCLÁUSULA 4ª — Em caso de atraso, multa de 10% e vencimento antecipado.\n\n«ci», «dd».\n\n"
          "_______________________ «a»\n_______________________ «b»\n\nTestemunhas:\n",
          bo=f"{g.d(5)}/{g.ri(2024, 2025)}", ci=city, dd=g.date("long"), a=P(a.full), b=P(b.full))
    for i in range(2):
        t = g.person()
        doc.f("«i». «n» — CPF «cpf»\n", i=i + 1, n=P(g.pick([t.full, t.caps])), cpf=(g.cpf(), "BR_CPF"))
    return doc


# =========================================================================== saude

CLINICS = ["Clínica de Trânsito Aurora", "Medtran Prudente", "Clínica Bento Amaral de Medicina do Tráfego",
           "Psicotran Vitória", "Centro Médico de Trânsito Glória", "Clínica Higa Exames Veiculares"]


def sa_exame_cnh(g: Gen) -> Doc:
    """Medical and psychological fitness report for the driving licence."""
    doc = Doc()
    c = g.person()
    med, psi = g.person(), g.person()
    uf = g.pick(["SP", "SP", "RJ", "MG", "PR", "RS", "BA", "PE", "GO", "DF", "SC", "CE"])
    city = g.pick([x for x, u in CITIES if u == uf] or ["Brasília"])
    proc = g.pick(["1ª habilitação", "renovação", "adição de categoria (A)", "mudança de categoria (B → D)", "renovação com EAR",
                   "reabilitação após cassação"])
    old = proc.startswith("renovação") and g.chance(0.5)
    dob, age = g.dob_age(g.pick(["br", "br", "short"]), 1944 if old else 1960, 1965 if old else 2007)
    doc.f("«cl» — credenciada DETRAN/«uf» nº «cr»\nLAUDO DO EXAME DE APTIDÃO FÍSICA E MENTAL\n(Resolução CONTRAN 927/2022)\n\n"
          "RENACH: «rn»     Processo: «pr»\nCandidat«o»: «n»\nCPF: «cpf»     RG: «rg»     Data de nascimento: «dob»\n"
          "Filiação: «mae»\nEndereço: «ad» — CEP «cep»\nTelefone: «tel»   E-mail: «em»\n",
          cl=g.pick(CLINICS), uf=uf, cr=g.d(4), rn=g.renach(uf), pr=proc, o=c.o, n=P(g.pick([c.caps, c.full])),
          cpf=(g.pcpf(c), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(dob, "DATE_OF_BIRTH"), mae=P(g.relative(c, True).full),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"))
    if not proc.startswith(("1ª", "reabilitação")):
        doc.f("CNH nº registro: «cnh»   1ª habilitação: «ph»\n", cnh=(g.cnh(), "BR_CNH"), ph=g.date(year=g.ri(max(1975, 2025 - age + 18), 2022)))
    doc.t("\n")
    cor = g.chance(0.45)
    doc.f("EXAME CLÍNICO\nAcuidade visual: OD 20/«od» OE 20/«oe» «cc»; campo visual normal; visão cromática «vc»\n"
          "Audição: «au»\nPA «pa1»x«pa2» mmHg · FC «fc» bpm · peso «pe» kg · altura 1,«al» m\n"
          "Anamnese: «an»\nCID: «cid»\n\nRESULTADO: «res»\nValidade do exame: «val» anos\n\n",
          od=g.pick(["20", "25", "30", "40"]), oe=g.pick(["20", "25", "30", "40"]), cc="(com correção)" if cor else "(sem correção)",
          vc=g.pick(["normal", "normal", "discromatopsia leve, identifica as cores do semáforo"]),
          au=g.pick(["normal (voz coloquial)", "normal", "perda leve à esquerda, audiometria anexada"]),
          pa1=g.ri(105, 160), pa2=g.ri(65, 100), fc=g.ri(58, 96), pe=g.ri(48, 118), al=g.ri(50, 92),
          an=g.pick(["nega doenças; nega uso de medicamentos", "HAS controlada (losartana)", "DM2 em uso de metformina, nega hipoglicemias",
                     "refere uso de óculos há 10 anos", "ex-etilista, abstinente há 4 anos", "apneia do sono em uso de CPAP"]),
          cid=", ".join(g.rng.sample(["H52.1", "H52.0", "I10", "E11.9", "G47.3", "Z02.4", "H90.3"], g.ri(1, 2))),
          res=("APTO COM RESTRIÇÕES — A (obrigatório o uso de lentes corretivas)" if cor else g.pick(["APTO", "APTO", "INAPTO TEMPORÁRIO — reavaliar em 30 dias"])),
          val="10" if age < 50 else ("5" if age < 70 else "3"))
    doc.f("Médic«mo» perit«mo» examinador«mx»: «md» — «crm» — Medicina de Tráfego (ABRAMET)\n", mo=med.o,
          mx="a" if med.female else "", md=P(g.pick([med.full, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if proc.startswith(("1ª", "mudança", "renovação com EAR", "reabilitação")):
        doc.f("\nAVALIAÇÃO PSICOLÓGICA\nTestes: atenção concentrada, memória, raciocínio, personalidade (entrevista)\nResultado: «r»\n"
              "Psicólog«po»: «ps» — «crp»\n", r=g.pick(["APTO", "APTO", "INAPTO TEMPORÁRIO"]), po=psi.o,
              ps=P(g.pick([psi.full, psi.short])), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.f("\n«ci», «d». Lançado no sistema DETRAN pelo examinador matr. «mt». Laudo válido somente com assinatura digital.\n",
          ci=city, d=g.date(), mt=g.d(6))
    if g.chance(0.35):
        doc.f("Obs. recepção («rc»): candidat«o» trouxe laudo oftalmológico do Dr. «of» («crm2»); «w».\n", rc=P(g.person().first), o=c.o,
              of=P(g.person().full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              w=g.pick(["agendar retorno", "taxa paga no boleto", "a luz da sala 2 está piscando, chamar manutenção"]))
    return doc


def sa_samu(g: Gen) -> Doc:
    """ALL CAPS SAMU pre-hospital record of a traffic accident."""
    doc = Doc()
    city, uf = g.city()
    v = g.person()
    known = g.chance(0.75)
    mr, mi, en, cd = g.person(), g.person(), g.person(), g.person(female=False)
    tc = g.clock(5, 70, 0, 22)
    vtr = g.pick(["USA", "USB"])
    occ = g.day()
    doc.f("SAMU 192 - CENTRAL DE REGULACAO DAS URGENCIAS - «ci»/«uf»\nFICHA DE ATENDIMENTO PRE-HOSPITALAR    OCORRENCIA Nº «oc»\n"
          "DATA: «d»   CHAMADO: «t0»   SAIDA: «t1»   LOCAL: «t2»   SAIDA LOCAL: «t3»   HOSPITAL: «t4»\n"
          "VIATURA: «vt» «vn»   PLACA VTR: «pv»\nSOLICITANTE: «so»   TEL: «st»\nLOCAL: «lc»   BAIRRO: «b»\n"
          "NATUREZA: ACIDENTE DE TRANSITO - «nat»\n\n",
          ci=up(city), uf=uf, oc=f"{occ.year}-{g.d(6)}", d=ds(occ), t0=tc[0], t1=tc[1], t2=tc[2], t3=tc[3], t4=tc[4],
          vt=vtr, vn=f"{g.ri(1, 40):02d}", pv=(g.plate(), "LICENSE_PLATE"), so=P(up(g.person().short)) if g.chance(0.7) else "PM (190)",
          st=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
          lc=up(g.street_only()) + " X " + up(g.street_only()) if g.chance(0.7) else f"ROD {g.pick(['BR-116', 'BR-101', 'SP-070', 'BR-040'])} KM {g.ri(1, 400)}",
          b=up(g.pick(BAIRROS)), nat=g.pick(["COLISAO MOTO X CARRO", "ATROPELAMENTO", "QUEDA DE MOTO", "COLISAO CARRO X CAMINHAO",
                                              "CAPOTAMENTO", "COLISAO BICICLETA X ONIBUS"]))
    if known:
        dob, age = g.dob_age("br", 1958, 2007)
        doc.f("VITIMA: «n»   SEXO: «sx»   DN: «dob»   IDADE: «id»\nCNS: «cns»   DOC: RG «rg»   CPF «cpf»\nCONTATO FAMILIAR: «fam» «ft»\n",
              n=P(v.caps), sx="F" if v.female else "M", dob=(dob, "DATE_OF_BIRTH"), id=age,
              cns=(g.cns(), "BR_CNS"), rg=(g.rg(), "BR_RG"), cpf=(g.pcpf(v), "BR_CPF") if g.chance(0.6) else "NAO INFORMADO", fam=P(up(g.relative(v).full)), ft=(g.phone("raw"), "PHONE_NUMBER"))
    else:
        doc.f("VITIMA: NAO IDENTIFICAD«o» - SEXO «sx» - APROX. «id» ANOS - SEM DOCUMENTOS\n", o=up(v.o), sx="F" if v.female else "M",
              id=g.ri(18, 60))
    doc.f("VEICULOS ENVOLVIDOS: «v1» PLACA «p1» (VITIMA) / «v2» PLACA «p2» (CONDUTOR «c2», ILESO, RECUSOU ATENDIMENTO)\n\n",
          v1=g.pick(["MOTO HONDA CG", "MOTO YAMAHA FAZER", "BICICLETA (S/ PLACA)", "CARRO"]), p1=(g.plate(), "LICENSE_PLATE"),
          v2=up(car(g)), p2=(g.plate(), "LICENSE_PLATE"), c2=P(up(g.person().full)))
    doc.f("AVALIACAO: GLASGOW «gl»  PA «pa»  FC «fc»  FR «fr»  SAT «sat»%  HGT «hgt»\nLESOES: «les»\nHD: «cid»\n"
          "PROCEDIMENTOS: «proc»\nDESTINO: «dest»   MEDICO RECEPTOR: «mrc» «crmr»\n\n",
          gl=g.ri(8, 15), pa=f"{g.ri(80, 150)}X{g.ri(50, 95)}", fc=g.ri(60, 130), fr=g.ri(12, 28), sat=g.ri(88, 99), hgt=g.ri(80, 190),
          les=g.pick(["DEFORMIDADE EM COXA D, ESCORIACOES EM MMSS", "TCE LEVE, FERIMENTO CORTO-CONTUSO EM REGIAO FRONTAL",
                      "DOR EM PUNHO E, EDEMA", "FRATURA EXPOSTA PERNA E", "DOR TORACICA A INSPIRACAO, CREPITACAO ARCOS COSTAIS"]),
          cid=" / ".join(g.rng.sample(CIDS_TRAUMA, 2)),
          proc=g.pick(["COLAR CERVICAL, PRANCHA RIGIDA, AVP, SF 0,9% 500ML", "IMOBILIZACAO MID, ANALGESIA, O2 CATETER 3L",
                       "CURATIVO COMPRESSIVO, TALA, AVP", "IOT, VM, AVP X2"]),
          dest=up(g.pick(["Hospital Municipal Prudente de Morais", "HGE", "Pronto-Socorro Central", "Hospital São Bento", "UPA Aurora"])),
          mrc=P(up(g.person().full)), crmr=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("EQUIPE:\n MED REGULADOR..: «mr» - «c1»\n", mr=P(mr.caps), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if vtr == "USA":
        doc.f(" MED INTERVENC..: «mi» - «c2»\n", mi=P(mi.caps), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(" ENFERMAGEM.....: «en» - «c3»\n CONDUTOR.......: «cd»\n\nOBS: «ob»\n",
          en=P(en.caps), c3=(g.council("COREN", uf), "PROFESSIONAL_ID"), cd=P(g.pick([up(cd.short), up(cd.nick), cd.caps])),
          ob=g.pick(["PERTENCES (CELULAR, CARTEIRA) ENTREGUES AO FAMILIAR NO HOSPITAL", "CAPACETE FRATURADO",
                     "CONDUTOR DO CARRO COM SINAIS DE EMBRIAGUEZ, PM NO LOCAL", "VITIMA ENTREGADOR DE APLICATIVO, BAU COM PEDIDO",
                     "SEM INTERCORRENCIAS NO TRANSPORTE"]))
    return doc


def sa_alta(g: Gen) -> Doc:
    """Emergency discharge summary of a delivery motorcyclist."""
    doc = Doc()
    p = g.person(female=g.chance(0.2))
    city, uf = g.city()
    orto, clin = g.person(), g.person()
    acomp = g.relative(p)
    dob, age = g.dob_age("br", 1975, 2005)
    adm = g.day()
    rel = g.pick(["mãe", "irmã", "esposa", "companheira"] if acomp.female else ["pai", "irmão", "tio", "companheiro"])
    doc.f("«hs»\nRELATÓRIO DE ALTA — PRONTO-SOCORRO / ORTOPEDIA\n\nPaciente: «n»    Prontuário: «pr»\nCNS: «cns»    CPF: «cpf»    DN: «dob»    "
          "Sexo: «sx»\nMãe: «mae»\nEndereço: «ad», «b» — «ci»/«uf»\nTelefone: «tel»\nAcompanhante: «ac» («rel») — «tac»\n"
          "Admissão: «da» «ha»    Alta: «dl»\n\n",
          hs=g.pick(["Hospital Municipal Prudente de Morais", "Hospital Geral São Bento", "Santa Casa de Misericórdia", "Hospital Estadual Aurora"]),
          n=P(g.pick([p.caps, p.full])), pr=g.d(7), cns=(g.cns(), "BR_CNS"), dob=(dob, "DATE_OF_BIRTH"),
          cpf=(g.pcpf(p), "BR_CPF") if g.chance(0.7) else "não informado",
          sx="F" if p.female else "M", mae=P(g.pick([g.relative(p, True).full, g.relative(p, True).caps])),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf, tel=(g.phone(), "PHONE_NUMBER"),
          ac=P(acomp.full), rel=rel, tac=(g.phone(), "PHONE_NUMBER"), da=ds(adm), ha=g.hm(), dl=ds(after(adm, 1, 9, g)))
    doc.f("HISTÓRIA: paciente de «id» anos, entregador«x» por aplicativo, vítima de colisão motocicleta x automóvel (CID «v») "
          "quando fazia entrega na «st». Trazid«o» pelo SAMU, consciente, com capacete. Refere dor e deformidade em «mb».\n\n"
          "DIAGNÓSTICOS: «dx»\n\nCONDUTA: «cd», realizada por «ort» («c1»). Evoluiu bem, sem sinais de infecção.\n\n",
          id=age, x="a" if p.female else "", v=g.pick(["V23.4", "V29.9", "V23.5"]), st=g.street_only(), o=p.o,
          mb=g.pick(["perna direita", "antebraço esquerdo", "clavícula direita", "tornozelo esquerdo"]),
          dx=g.pick(["S82.2 — fratura da diáfise da tíbia D", "S52.5 — fratura da extremidade distal do rádio E",
                     "S42.0 — fratura da clavícula D", "S82.6 — fratura do maléolo lateral E"]) + "; " + g.pick(["S00.8 — escoriações em face", "T14.0 — escoriações múltiplas", "S60.8 — contusão de mão"]),
          cd=g.pick(["osteossíntese com haste intramedular", "redução incruenta e imobilização gessada", "osteossíntese com placa e parafusos", "tratamento conservador com tipoia"]),
          ort=P(g.pick([orto.full, orto.short])), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("ORIENTAÇÕES: retorno no ambulatório de ortopedia em «r» dias; atestado de «at» dias; analgesia (dipirona 1 g 6/6h); "
          "não dirigir até liberação. Orientad«o» sobre indenização do seguro obrigatório (SPVAT) e entregue cópia do boletim de "
          "atendimento.\n\nMédic«mo» responsável pela alta: «cl» — «c2»\n",
          r=g.ri(7, 21), at=g.ri(15, 90), o=p.o, mo=clin.o, cl=P(clin.full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Enfermagem: «en» («c3») — curativo na alta, orientações sobre sinais de alerta.\n", en=P(g.person().short),
              c3=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


FLEETS = [("Transportes Branco & Leal", "brancoeleal.com.br"), ("Rodoviário Jatobá", "jatoba.log.br"),
          ("TransNakasone Logística", "transnakasone.com.br"), ("Expresso Aurora", "expressoaurora.com.br"),
          ("Viação Glória", "viacaogloria.com.br"), ("Auto Ônibus Prudente", "onibusprudente.com.br")]


def sa_pcmso(g: Gen) -> Doc:
    """CSV of the occupational-health calendar of fleet drivers (NIT, CNH, toxicological exam)."""
    doc = Doc()
    co, dom = g.pick(FLEETS)
    enf, mt = g.person(female=g.chance(0.7)), g.person()
    sep = g.pick([";", ";", ","])
    doc.f("PCMSO «y» — «co» — motoristas com exame a vencer em «m»\nexportado do SOC em «d» por «u» · coord. PCMSO: «mt» («crm»)\n\n",
          y=g.ri(2025, 2026), co=co, m=g.pick(MONTHS), d=g.date(), u=login(enf), mt=P(g.pick([mt.full, mt.short])),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    cols = ["nome", "cpf", "nit", "dt_nasc", "cnh", "cat", "venc_cnh", "ult_toxicologico", "prox_periodico", "funcao", "obs"]
    rows = []
    for _ in range(g.ri(3, 5)):
        c = g.person(female=g.chance(0.12))
        rows.append([P(g.pick([c.caps, c.caps, c.full])), (g.pcpf(c, g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.pis(), "BR_PIS") if g.chance(0.85) else V(""), (g.dob(g.pick(["br", "iso"]), 1958, 2000), "DATE_OF_BIRTH"),
                     (g.cnh(), "BR_CNH"), V(g.pick(["D", "E", "E", "AD", "AE"])), V(g.date(year=g.ri(2025, 2030))),
                     V(g.date(year=g.pick([2023, 2024, 2025]))), V(g.date(year=2025)),
                     V(g.pick(["motorista carreteiro", "motorista de ônibus", "motorista truck", "manobrista"])),
                     V(g.pick(["", "", "audiometria alterada", "HAS", "usa óculos", "afastado INSS", "polissonografia pendente",
                               "trocar escala noturna"]))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("\n-- «e»: toxicológico a cada 2 anos e 6 meses (art. 148-A do CTB); os que vencem no mês vão para a «cl». "
          "Dúvidas no ramal «r» ou «tel».\n",
          e=P(g.pick([enf.first, enf.short])), cl=g.pick(CLINICS), r=g.d(4), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def sa_tox(g: Gen) -> Doc:
    """E-mail thread with a toxicology lab about a driver's exam (chain-of-custody, MRO)."""
    doc = Doc()
    drv = g.person(female=g.chance(0.15))
    rh = g.person()
    lab = g.person()
    mro = g.person()
    co, dom = g.pick(FLEETS)
    coll = g.day()
    doc.f("De: «lb» <«lbm»>\nPara: «rh» <«rhm»>\nCc: laudos@labtoxbrasil.com.br\nAssunto: RES: Resultado toxicológico — «dn» — CNH cat. «cat»\n\n"
          "Prezad«ro» «rf»,\n\nO laudo de «dn2» (CPF «cpf», RG «rg», nascid«do» em «dob») foi liberado hoje pelo médico revisor (MRO), "
          "Dr«ma». «mr», «crm», com resultado «res». Painel: anfetaminas, metanfetaminas, cocaína e derivados, maconha, opiáceos e "
          "MDMA; janela de detecção de 90 dias (cabelo). Cadeia de custódia nº «cc»; coleta em «dc» no posto da «pst».\n\n"
          "O resultado já foi enviado ao RENACH, como determina a Resolução CONTRAN 923/2022.\n\nAtenciosamente,\n«lb2»\n"
          "Atendimento Corporativo · LabTox Brasil · «tl»\n\n",
          lb=P(lab.full), lbm=(corp_mail(lab, "labtoxbrasil.com.br"), "EMAIL_ADDRESS"), rh=P(rh.full),
          rhm=(corp_mail(rh, dom), "EMAIL_ADDRESS"), dn=P(g.pick([drv.caps, drv.full])), cat=g.pick(["D", "E", "C"]), ro=rh.o,
          rf=P(rh.first), dn2=P(drv.full), cpf=(g.pcpf(drv), "BR_CPF"), rg=(g.rg(), "BR_RG"), do=drv.o,
          dob=(g.dob(g.pick(["br", "long"]), 1960, 2001), "DATE_OF_BIRTH"), ma="a" if mro.female else "", mr=P(mro.full),
          crm=(g.council("CRM", "SP"), "PROFESSIONAL_ID"), res=g.pick(["NEGATIVO", "NEGATIVO", "NEGATIVO", "POSITIVO para cocaína (contraprova disponível)"]),
          cc=f"{g.up_alnum(2)}{g.d(8)}", dc=ds(coll), pst=g.pick(["Av. Bento Gonçalves (unidade Centro)", "unidade Aurora", "Rua Barão de Mauá"]),
          lb2=P(lab.first), tl=(g.phone("zero", mobile=False), "PHONE_NUMBER") if g.chance(0.5) else "0800 " + g.d(3) + " " + g.d(4))
    doc.f("-----Mensagem original-----\nDe: «rh» <«rhm»>\nEnviada em: «d»\n\nBom dia, o motorista «dn» fez a coleta em «dc» e até agora "
          "nada. Ele precisa do laudo para renovar a CNH e está parado. Seguem os dados: CPF «cpf», CNH «cnh», celular «tel». "
          "«gs»\n\n«rs»\nRH / SESMT — «co»\n",
          rh=P(rh.full), rhm=(corp_mail(rh, dom), "EMAIL_ADDRESS"), d=ds(after(coll, 5, 20, g)), dn=P(drv.short), dc=ds(coll),
          cpf=(g.pcpf(drv, "raw"), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), tel=(g.phone(), "PHONE_NUMBER"),
          gs=g.pick(["Urgente, por favor.", "Obrigada.", "Aguardo retorno."]),
          rs=P(rh.first), co=co)
    return doc


def sa_fadiga(g: Gen) -> Doc:
    """Occupational nurse's shorthand notes on fatigue alerts of truck and bus drivers."""
    doc = Doc()
    co, dom = g.pick(FLEETS)
    enf = g.person(female=g.chance(0.7))
    doc.f("SESMT «co» — evol. enfermagem — «d»\nresp.: «en» «cr»\n\n", co=co, d=g.date(), en=P(enf.short),
          cr=(g.council("COREN", g.pick(UFS)), "PROFESSIONAL_ID"))
    for _ in range(g.ri(2, 3)):
        m = g.person(female=g.chance(0.1))
        esp = g.relative(m, not m.female)
        doc.f("• mot. «n» (mat «mt», cel «tel») — «vt» «pl»\n", n=P(g.pick([m.short, m.caps, m.full, m.nick])), mt=g.d(4),
              tel=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), vt=g.pick(["cavalo", "ônibus", "truck", "VUC"]),
              pl=(g.plate(), "LICENSE_PLATE"))
        doc.f("  - «k» alertas fadiga/sem (telemetria, enc. «pp»«tc»«tt»)\n  - «q»; Epworth «ep»; IMC «imc»; PA «pa»\n"
              "  - «hx»; CID «cid»\n  - conduta: «cd»\n",
              k=g.ri(2, 9), pp="por " if (tn := g.chance(0.4)) else "", tt=" da torre de controle" if tn else "",
              tc=P(g.pick([g.person().first, g.person().short])) if tn else "pela torre de controle",
              q=g.pick(["refere ronco e sonolência diurna", "nega sintomas, diz que é a câmera", "dorme 4-5h/noite, 2º emprego",
                        "refere uso de rebite no passado, nega atual", "esposa relata pausas respiratórias"]),
              ep=g.ri(6, 20), imc=g.ri(24, 41), pa=f"{g.ri(110, 170)}x{g.ri(70, 105)}",
              hx=g.pick(["HAS em uso de losartana", "DM2", "sem comorbidades", "obesidade grau II", "tabagista 20 maços/ano"]),
              cid=g.pick(["G47.3 susp.", "I10", "E66.9", "Z73.0", "R40.0"]),
              cd=g.pick(["afastado da escala noturna até avaliação", "encaminhado polissonografia", "orientação higiene do sono",
                         "mantido na escala, reavaliar em 30 dias"]))
        if g.chance(0.6):
            dr = g.person()
            doc.f("  - agendado c/ Dr«a». «dr» («crm») em «d»\n", a="a" if dr.female else "", dr=P(dr.short),
                  crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date())
        if g.chance(0.5):
            doc.f("  - contato emerg.: «rel» «es» «tel»\n", rel=g.pick(["esposa", "companheira"] if esp.female else ["marido", "companheiro"]),
                  es=P(g.pick([esp.first, esp.full])), tel=(g.phone(), "PHONE_NUMBER"))
    gs = g.person()
    doc.f("\ncomunicado gestor «gs» por e-mail («gm»). Lembrar: dados de saúde não vão p/ planilha da operação (LGPD, art. 11).\n",
          gs=P(gs.full), gm=(corp_mail(gs, dom), "EMAIL_ADDRESS"))
    return doc


def sa_fisio(g: Gen) -> Doc:
    """Physiotherapy referral and expense form for DPVAT/SPVAT medical-expense reimbursement."""
    doc = Doc()
    v = g.person()
    city, uf = g.city()
    fis, med = g.person(), g.person()
    acc = g.day(year=g.pick([2024, 2025]))
    doc.f("SOLICITAÇÃO DE REEMBOLSO DE DESPESAS DE ASSISTÊNCIA MÉDICA E SUPLEMENTARES (DAMS)\nSeguro obrigatório — «sg»\n\n"
          "1. VÍTIMA\nNome: «n»\nCPF: «cpf»   CNS: «cns»   Data de nascimento: «dob»\nEndereço: «ad» — «ci»/«uf» — CEP «cep»\n"
          "E-mail: «em»   Celular: «tel»\n\n2. ACIDENTE\nData: «da»   Boletim de ocorrência: «bo»   Veículo: placa «pl»\n\n",
          sg=g.pick(["SPVAT (Lei Complementar 207/2024)", "DPVAT (Lei 6.194/1974)"]), n=P(g.pick([v.caps, v.full])),
          cpf=(g.pcpf(v), "BR_CPF"), cns=(g.cns(), "BR_CNS"), dob=(g.dob(), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.pemail(v), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          da=ds(acc), bo=f"{g.d(6)}/{acc.year}", pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("3. DESPESAS\n")
    total = 0
    for item in g.rng.sample(["sessões de fisioterapia motora", "órtese (bota imobilizadora)", "muletas canadenses (par)",
                              "ressonância magnética do joelho", "medicamentos (NF anexa)", "consulta ortopédica particular"], g.ri(2, 4)):
        val = g.ri(80, 2600)
        total += val
        doc.f("- «it» — R$ «v»,00\n", it=item if not item.startswith("sessões") else f"{g.ri(10, 30)} {item}", v=f"{val:,}".replace(",", "."))
    doc.f("Total: R$ «t»,00\n\n4. PROFISSIONAIS\nFisioterapeuta: «fs» — «cf» — Clínica Reabilita Luz (CNPJ «cj»)\n"
          "Médico assistente: «md» — «crm»\n\n5. DADOS PARA CRÉDITO (titular: a vítima)\nBanco «bk» · agência «ag» · conta «tp» «ac»\n\n",
          t=f"{total:,}".replace(",", "."), fs=P(g.pick([fis.full, fis.short])), cf=(g.council("CREFITO"), "PROFESSIONAL_ID"),
          cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), md=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("--- ENCAMINHAMENTO (anexo) ---\nEncaminho «o» paciente «n», vítima de acidente de trânsito (CID «v») em «da», em pós-operatório "
          "de «fx», para fisioterapia motora 3x/semana, «s» sessões. Paciente «w».\n«md» · «crm»\n",
          o="a" if v.female else "o", n=P(g.pick([v.full, v.short])), v=g.pick(["V23.4", "V43.5", "V03.1", "V89.2"]), da=ds(acc),
          fx=g.pick(["fratura de rádio distal (S52.5)", "fratura de tíbia (S82.2)", "fratura de clavícula (S42.0)", "lesão ligamentar do joelho (S83.5)"]),
          s=g.ri(10, 30), w=g.pick(["deambula com muletas", "refere dor 6/10", "motorista de aplicativo, afastado do trabalho", "colaborativo"]),
          md=P(med.short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro

EMPLOYERS = ["Supermercados Prudente Ltda", "Haddad Têxtil S.A.", "Construtora Jatobá Ltda", "Hospital São Bento",
             "Prefeitura Municipal", "Transportes Branco & Leal Ltda", "Padaria Flor do Trigo ME", "Escola Estadual Aurora",
             "Nakasone Alimentos S.A.", "Farmácia Luz Divina Ltda"]


def fi_financ(g: Gen) -> Doc:
    """Vehicle financing proposal (CDC) filled at the dealership's F&I desk."""
    doc = Doc()
    c = g.person()
    sell, fi = g.person(), g.person()
    dealer, brand, _ = dealer_brand(g)
    city, uf = g.city()
    doc.f("PROPOSTA DE FINANCIAMENTO — CDC VEÍCULOS        Nº «np»\nLoja: «dl» — CNPJ «cj»\nVendedor: «sv»     F&I: «fi»\n\n",
          np=f"{g.ri(2024, 2025)}/{g.d(7)}", dl=dealer, cj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), sv=P(sell.short), fi=P(fi.full))
    dob, age = g.dob_age(g.pick(["br", "br", "nopad", "short"]), 1955, 2005)
    doc.f("PROPONENTE\nNome: «n»\nCPF: «cpf»    RG: «rg»    Nascimento: «dob»    Estado civil: «ec»\nNome da mãe: «mae»\n"
          "Endereço: «ad»    Tempo de residência: «tr» anos\nBairro: «b»    Cidade/UF: «ci»/«uf»    CEP: «cep»\n"
          "Celular: «tel»    E-mail: «em»\nEmpresa: «emp» (CNPJ «ecj»)    Admissão: «adm»    Renda: R$ «rd»\n",
          n=P(c.caps if g.chance(0.5) else c.full), cpf=(g.pcpf(c), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(dob, "DATE_OF_BIRTH"),
          ec=g.pick(["casad" + c.o, "solteir" + c.o, "união estável", "divorciad" + c.o]), mae=P(g.relative(c, True).full),
          ad=(g.address(), "ADDRESS"), tr=g.ri(1, 20), b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"), emp=g.pick(EMPLOYERS),
          ecj=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), adm=g.date(year=g.ri(2008, 2023)), rd=g.money(2200, 28000))
    if g.chance(0.35):
        doc.f("Título de eleitor: «te»\n", te=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.55):
        sp = g.relative(c, not c.female)
        doc.f("CÔNJUGE: «sn» — CPF «sc» — nasc. «sd» — renda R$ «sr»\n", sn=P(sp.full), sc=(g.cpf(), "BR_CPF"),
              sd=(g.dob("br", 2025 - age - 8, min(2006, 2025 - age + 8)), "DATE_OF_BIRTH"), sr=g.money(0, 12000))
    ref = g.person()
    doc.f("Referência pessoal: «rn» — «rt»\n\n", rn=P(g.pick([ref.full, ref.short])), rt=(g.phone(), "PHONE_NUMBER"))
    used = g.chance(0.4)
    m = g.pick(BRANDS[brand])
    doc.f("VEÍCULO: «m» «y» «u»«pl»\nValor: R$ «v»   Entrada: R$ «e»   Prazo: «pz»x   Taxa: «tx»% a.m.   Parcela: R$ «pc»\n"
          "Débito automático: banco «bk» · ag. «ag» · c/c «ac»\n\n",
          m=brand + " " + m, y=ano(g) if used else "2025/2026", u=("seminovo, placa " if used else "0 km"),
          pl=(g.plate(), "LICENSE_PLATE") if used else "",
          v=g.money(60000, 220000), e=g.money(5000, 60000), pz=g.pick([24, 36, 48, 60]), tx=f"{g.rng.uniform(1.29, 2.69):.2f}".replace(".", ","),
          pc=g.money(900, 5200), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    an = g.person()
    doc.f("PARECER DA MESA DE CRÉDITO («lg» / «an»): «pa»\n",
          lg=f"mesa_{g.d(3)}", an=P(an.short),
          pa=g.pick(["APROVADO", "APROVADO COM ENTRADA MÍNIMA DE 30%", "PENDENTE — comprovante de renda ilegível",
                     "RECUSADO — score abaixo da política", "APROVADO — seria prudente reduzir prazo para 48x"]))
    doc.f("\nAutorizo a consulta ao SCR do Banco Central e aos bureaus de crédito. «ci», «d».\n____________ «sg»\n",
          ci=city, d=g.date(), sg=P(c.short))
    return doc


def fi_troca(g: Gen) -> Doc:
    """Trade-in evaluation of a used car: FIPE, lien payoff, payout to the owner."""
    doc = Doc()
    ow = g.person()
    av = g.person(female=g.chance(0.2))
    dealer = g.pick(DEALERS)
    brand = g.pick(sorted(BRANDS))
    pl = g.plate()
    fipe = g.ri(25000, 120000)
    offer = int(fipe * g.rng.uniform(0.78, 0.93))
    doc.f("AVALIAÇÃO DE USADO P/ TROCA — «dl» — ficha «fc»\navaliador: «av»  data: «d»\n\n", dl=dealer, fc=g.d(5),
          av=P(g.pick([av.short, av.first, up(av.short)])), d=g.date())
    doc.f("proprietário: «n»  cpf «cpf»  cel «tel»\nend. «ad» cep «cep»  «em»\nveículo: «m» «y» «cor»  placa «pl»  renavam «rv»\nchassi «ch»  km «km»\n"
          "FIPE «fc» (ref. «mes»): R$ «fp»\n\n",
          n=P(g.pick([ow.full, ow.caps, ow.low])), cpf=(g.pcpf(ow), "BR_CPF"), tel=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
          ad=(g.address("low"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), em=(g.pemail(ow), "EMAIL_ADDRESS"),
          m=brand + " " + g.pick(BRANDS[brand]), y=ano(g), cor=g.pick(COLORS), pl=(pl, "LICENSE_PLATE"), rv=N(g.renavam()),
          ch=g.chassi(), km=g.km(), fc=f"{g.d(6)}-{g.d(1)}", mes=f"{g.pick(MONTHS)}/2025", fp=f"{fipe:,}".replace(",", ".") + ",00")
    doc.f("checklist:\n- lataria: «l1»\n- pneus: «pn»%  | estepe ok\n- motor: «mo»\n- interior: «it»\n- docs: CRLV «cr», «mu»\n\n",
          l1=g.pick(["para-choque branco ralado", "porta tras. amassada", "ok", "repintura capô", "granizo no teto"]), pn=g.pick([30, 50, 70, 90]),
          mo=g.pick(["luz do óleo acesa (verificar)", "ok, sem vazamento", "barulho correia", "troca de óleo atrasada"]),
          it=g.pick(["banco motorista rasgado", "ok", "cheiro de cigarro", "multimídia paralela"]),
          cr=g.pick(["2025 ok", "2024 (licenciamento atrasado)"]), mu=g.pick(["sem multas", f"{g.ri(1, 4)} multas em aberto (R$ {g.money(130, 900)})"]))
    lien = g.chance(0.55)
    if lien:
        doc.f("gravame: alienado ao banco «bk» — contrato «ct» — saldo devedor R$ «sd» (quitação pela loja, abater da avaliação)\n",
              bk=g.pick(["Banco Aurora Financeira", "Vitória Crédito S.A.", "BV", "Santander"]), ct=g.d(12), sd=g.money(3000, 40000))
    doc.f("oferta: R$ «of»  | cliente pediu R$ «pd»\n\n", of=f"{offer:,}".replace(",", ".") + ",00",
          pd=f"{int(fipe * 0.97):,}".replace(",", ".") + ",00")
    k = g.ri(0, 2)
    if k == 0:
        doc.f("PAGAMENTO DO SALDO AO CLIENTE: Pix chave aleatória «px» (titular «n», conferido)\n", px=(g.uuid(), "PIX_KEY"), n=P(ow.short))
    elif k == 1:
        doc.f("PAGAMENTO DO SALDO AO CLIENTE: TED banco «bk» ag «ag» cc «ac» — titular «n» cpf «cpf»\n", bk=g.pick(BANKS),
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), n=P(ow.caps), cpf=(g.pcpf(ow, "raw"), "BR_CPF"))
    else:
        doc.t("PAGAMENTO DO SALDO AO CLIENTE: abatido integralmente na compra do 0 km\n")
    if g.chance(0.5):
        dsp = g.person()
        doc.f("transferência: procuração p/ despachante «dp» (Despachante Prudente, «tel»); ATPV-e assinada em «d»\n",
              dp=P(dsp.full), tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), d=g.date())
    doc.f("\nobs: «w». Aprovado por «gr» (gerente de usados).\n", w=g.pick(WORD_USES), gr=P(g.person().first))
    return doc


def fi_tag(g: Gen) -> Doc:
    """Toll-tag (Sem Parar-like) monthly statement with passages, auto-recharge card and a dispute."""
    doc = Doc()
    c = g.person()
    brand = g.pick(["PassaFácil TAG", "ViaLivre Tag", "Conecta Pedágio", "Rodou Pagou"])
    mm = g.ri(1, 11)
    plates = [g.plate() for _ in range(g.ri(1, 2))]
    doc.f("«br» — EXTRATO MENSAL — «m»/2025\n\nTitular: «n»\nCPF: «cpf»     Cliente desde: «cd»\nEndereço de correspondência: «ad» — "
          "«b» — CEP «cep»\nPlano: «pl» (mensalidade R$ «ms»)\n\nVEÍCULOS / TAGs\n",
          br=brand, m=f"{mm:02d}", n=P(g.pick([c.caps, c.full])), cpf=(g.pcpf(c), "BR_CPF"), cd=g.date(year=g.ri(2012, 2023)),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          pl=g.pick(["Pós-pago Completo", "Pré-pago Recarga Automática", "Família"]), ms=g.money(0, 30))
    for p_ in plates:
        doc.f("  TAG «tg»   placa «pl»   «m»\n", tg=g.d(10), pl=(p_, "LICENSE_PLATE"), m=car(g))
    doc.t("\nDATA   HORA   LOCAL                                   PLACA      VALOR\n")
    places = ["Praça Prudente (SP-270)", "Praça Itapecerica (BR-116)", "Praça Bento Gonçalves (RS-122)", "Praça Aurora (BR-101)",
              "Praça Campo Limpo (SP-330)", "Praça Jacareí (BR-116)", "Estac. Shopping Aurora", "Estac. Aeroporto CGH",
              "Drive-thru Posto Vitória", "Praça Glória (BR-040)"]
    rows = sorted((g.ri(1, 28), g.hm(), g.pick(places), g.pick(plates), g.money(4, 38)) for _ in range(g.ri(5, 9)))
    for d_, h, lc, p_, v in rows:
        doc.f("«d»  «h»  «lc»«pad»«pl»«pad2»R$ «v»\n", d=f"{d_:02d}/{mm:02d}", h=h, lc=lc, pad=" " * (40 - len(lc)),
              pl=(p_, "LICENSE_PLATE"), pad2=" " * (11 - len(p_)), v=v)
    doc.f("\nTOTAL DO PERÍODO: R$ «t»\nRecarga automática: cartão «bd» final «f4»\n\n", t=g.money(60, 900),
          bd=g.pick(["Visa", "Mastercard", "Elo"]), f4=g.d(4))
    d_, h, lc, p_, v = g.pick(rows)
    k = g.ri(0, 2)
    doc.f("CONTESTAÇÃO Nº «ct» (aberta pelo app, IP «ip»):\n", ct=g.d(8), ip=(g.ip(), "IP_ADDRESS"))
    if k == 0:
        doc.f("\"A passagem de «d»/«m» às «h» na «lc» não é minha, o carro «pl» estava na oficina desde o dia anterior (OS em anexo). "
              "Estornem no cartão «cc», por favor.\" — «n»\n", d=f"{d_:02d}", m=f"{mm:02d}", h=h, lc=lc, pl=(p_, "LICENSE_PLATE"),
              cc=(g.card(), "CREDIT_CARD"), n=P(c.first))
    elif k == 1:
        doc.f("\"Cobraram duas vezes a «lc». Meu e-mail é «em» e o celular «tel», me retornem.\" — «n»\n", lc=lc,
              em=(g.pemail(c), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"), n=P(c.short))
    else:
        doc.f("\"Vendi o «pl» para «nb» em «dv» e continuo pagando as passagens dele. Cancelem a tag.\" — «n»\n",
              pl=(p_, "LICENSE_PLATE"), nb=P(g.person().full), dv=g.date(), n=P(c.first))
    an = g.person()
    doc.f("Parecer («an»): «pa»\n", an=P(an.short),
          pa=g.pick(["leitura de placa por OCR divergente, estorno aprovado", "passagem confirmada pela concessionária, contestação negada",
                     "tag bloqueada e transferência orientada", "estorno em até 2 faturas"]))
    return doc


def fi_frota(g: Gen) -> Doc:
    """Fleet fuel-card and telematics cost report with the driver scorecard (CSV)."""
    doc = Doc()
    co, dom = g.pick(FLEETS)
    gm = g.person()
    drivers = [(g.person(female=g.chance(0.15)), g.plate()) for _ in range(3)]
    doc.f("Relatório mensal de frota — «co» (CNPJ «cj») — «m»/2025\nGestor: «gm» <«ge»>\nGerado por FrotaCard Gestão (usuário api_frota_«u»)\n\n",
          co=co, cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), m=MES[(mon := g.ri(1, 11)) - 1], gm=P(gm.full), ge=(corp_mail(gm, dom), "EMAIL_ADDRESS"), u=g.d(3))
    doc.t("## abastecimentos.csv\ndata;placa;motorista;cpf;cartao;posto;cnpj_posto;litros;valor;hodometro\n")
    postos = [("AUTO POSTO AURORA", g.cnpj()), ("POSTO VITORIA BR-101", g.cnpj()), ("REDE PRUDENTE COMBUSTIVEIS", g.cnpj(alnum=True)),
              ("POSTO IRMAOS QUARESMA", g.cnpj())]
    days = sorted(g.ri(1, 28) for _ in range(g.ri(2, 4)))
    for day_ in days:
        m, pl = g.pick(drivers)
        pn, pc = g.pick(postos)
        doc.f("«d»;«pl»;«n»;«cpf»;****«c4»;«pn»;«pc»;«l»;«v»;«km»\n", d=f"2025-{mon:02d}-{day_:02d}", pl=(pl, "LICENSE_PLATE"), n=P(m.caps),
              cpf=(g.pcpf(m, "raw"), "BR_CPF"), c4=g.d(4), pn=pn, pc=(pc, "BR_CNPJ"), l=f"{g.rng.uniform(20, 380):.2f}".replace(".", ","),
              v=g.money(120, 2400), km=g.ri(10000, 600000))
    doc.t("\n## scorecard_motoristas.csv\nmotorista;placa;km_rodados;excesso_vel;frenagem_brusca;ociosidade_h;uso_celular;nota\n")
    for m, pl in drivers:
        doc.f("«n»;«pl»;«km»;«ex»;«fb»;«oc»;«uc»;«nt»\n", n=P(g.pick([m.caps, m.full])), pl=(pl, "LICENSE_PLATE"), km=g.ri(800, 14000),
              ex=g.ri(0, 40), fb=g.ri(0, 25), oc=f"{g.rng.uniform(0, 30):.1f}".replace(".", ","), uc=g.ri(0, 9), nt=g.ri(38, 100))
    m, pl = g.pick(drivers)
    k = g.ri(0, 3)
    if k == 0:
        doc.f("\nObs. «g1»: abastecimento d«o» «n» fora da rota em «d» — desconto em folha de R$ «v» autorizado por escrito "
              "(art. 462 da CLT).\n", g1=P(gm.first), o=m.o, n=P(m.first), d=g.date(), v=g.money(100, 600))
    elif k == 1:
        doc.f("\nObs. «g1»: pior nota do mês: «n», reciclagem de direção defensiva agendada.\n", g1=P(gm.first), n=P(m.first))
    elif k == 2:
        doc.f("\nObs. «g1»: «n» pediu troca do veículo «pl», luz do óleo acendendo; mandar pra Mecânica Irmãos Quaresma.\n",
              g1=P(gm.first), n=P(m.short), pl=(pl, "LICENSE_PLATE"))
    else:
        doc.f("\nObs. «g1»: sem ocorrências relevantes; seria prudente revisar a política de ociosidade.\n", g1=P(gm.first))
    return doc


def fi_app(g: Gen) -> Doc:
    """Ride-hailing driver onboarding and payout registration under manual review."""
    doc = Doc()
    d = g.person(female=g.chance(0.2))
    rv = g.person()
    city, uf = g.city()
    app = g.pick(["Roda Fácil", "Vai Já", "Táxi Aurora", "LevaEu"])
    doc.f("«app» Parceiros › Backoffice › Cadastro de motorista #«id»\nstatus: «st»   revisor(a): «rv»   fila: onboarding-«u»\n\n",
          app=app, id=g.d(8), st=g.pick(["PENDENTE_DOCUMENTOS", "EM_ANALISE", "APROVADO", "REPROVADO_ANTECEDENTES"]),
          rv=P(rv.full), u=uf.lower())
    doc.f("nome ............ «n»\ncpf ............. «cpf»\nnascimento ...... «dob»\ncnh ............. «cnh»  cat. «cat»  EAR: «ear»  validade «val»\n"
          "celular ......... «tel»\ne-mail .......... «em»\nendereço ........ «ad» — «ci»/«uf» — CEP «cep»\n"
          "ip do cadastro .. «ip»   selfie x CNH: «sm»\n\n",
          n=P(g.pick([d.full, d.caps])), cpf=(g.pcpf(d), "BR_CPF"), dob=(g.dob("iso", 1965, 2004), "DATE_OF_BIRTH"),
          cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB"]), ear=g.pick(["SIM", "SIM", "NÃO (pendência)"]), val=g.date("iso", g.ri(2025, 2034)),
          tel=(g.phone("e164"), "PHONE_NUMBER"), em=(g.pemail(d), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), ci=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), ip=(g.ip(), "IP_ADDRESS"), sm=f"0.{g.d(2)}")
    owner = g.chance(0.65)
    doc.f("VEÍCULO\nmodelo «m» «y» «cor» · placa «pl» · renavam «rv»\nCRLV-e 2025: «cr» · proprietário: «ow»\n\n",
          m=g.pick(CARS[:-4]), y=ano(g), cor=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"), rv=N(g.renavam()), cr=g.pick(["ok", "ok", "vencido"]),
          ow=("o próprio", None) if owner else g.pick([("Rosa dos Ventos Locadora S.A. (contrato de locação anexo)", None),
                                                      P(g.relative(d).full)]))
    doc.f("ANTECEDENTES: certidão «ce» — «res»\n\n", ce=f"{g.pick(['TJ', 'PF', 'SSP'])}-{g.d(9)}",
          res=g.pick(["nada consta", "nada consta", "consta processo de trânsito (art. 306), encaminhado ao jurídico"]))
    doc.t("RECEBIMENTOS\n")
    if g.chance(0.55):
        doc.f("(x) Pix — chave aleatória «px»\n( ) conta bancária\n", px=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("( ) Pix\n(x) conta bancária — banco «bk» · agência «ag» · conta «tp» «ac» · titular «n»\n", bk=g.pick(BANKS),
              ag=(g.agency(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "de pagamento"]), ac=(g.account(), "BANK_ACCOUNT"),
              n=P(d.caps))
    em = g.relative(d)
    doc.f("\nContato de emergência: «en» («rl») «et»\n\n", en=P(em.full), rl=g.pick(["mãe", "irmã", "esposa"] if em.female else ["pai", "irmão", "marido"]),
          et=(g.phone(), "PHONE_NUMBER"))
    ts = g.clock(3, 30, 13, 17)
    doc.f("— chat com o suporte —\n[«t0»] «n»: «op»\n"
          "[«t1»] Suporte («s»): Olá, «n2»! A foto da CNH está sem o verso com a observação EAR. Pode reenviar pelo app?\n"
          "[«t2»] «n»: «ans»\n\nNota do revisor («rv»): «nt»\n",
          op=g.pick(["boa tarde, mandei a cnh faz 5 dias e nada, preciso rodar pra pagar o aluguel do carro",
                     "oi, meu cadastro tá em análise desde semana passada, tem previsão?", "por que recusaram minha cnh??",
                     "boa tarde, o app pede documento de novo mas eu já mandei"]),
          t0=ts[0], n=P(g.pick([d.first, fold(d.first).lower()])), t1=ts[1], s=P(g.person().first), n2=P(d.first), t2=ts[2],
          ans=g.pick(["ok vou mandar", "mandei agora, a luz tava ruim", "já mandei 3x!!!", "blz"]), rv=P(rv.first),
          nt=g.pick(["documentação ok, liberado", "aguardar EAR", "reprovado: CNH vencida", "checar titularidade da conta"]))
    return doc


def fi_vidro(g: Gen) -> Doc:
    """Auto-glass claim: deductible paid by card over the phone, refund of a taxi ride."""
    doc = Doc()
    c = g.person()
    at, tec = g.person(), g.person(female=False)
    ins = g.pick(["Leal Seguros", "Vitória Seguros", "Porto Aurora Seguros", "Seguradora Amado"])
    pl = g.plate()
    opened = g.day()
    doc.f("«ins» · SINISTRO VIDROS «sn» · apólice «ap»\nAbertura: «d» «h» (central 0800) · atendente «at»\n\n",
          ins=ins, sn=f"{g.d(3)}.{opened.year}.{g.d(8)}", ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", d=ds(opened), h=g.hm(), at=P(at.full))
    doc.f("SEGURADO: «n» · CPF «cpf» · cel «tel» · «em»\nVEÍCULO: «m» «y» «cor» · placa «pl» · chassi «ch»\n"
          "DANO: «dn»\nREDE: Vidraçaria Luz & Cia (CNPJ «cj») — loja «lj» — agendado «da»\n\n",
          n=P(g.pick([c.full, c.caps])), cpf=(g.pcpf(c), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), em=(g.pemail(c), "EMAIL_ADDRESS"),
          m=g.pick(CARS[:-4]), y=ano(g), cor=g.pick(COLORS), pl=(pl, "LICENSE_PLATE"), ch=g.chassi(),
          dn=g.pick(["para-brisa trincado (~30 cm), pedra na rodovia", "vidro lateral traseiro estourado (tentativa de furto)",
                     "retrovisor esquerdo quebrado", "farol dianteiro direito trincado", "vigia (vidro traseiro) com trinca"]),
          cj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), lj=g.pick(["Av. Bento Gonçalves", "Shopping Aurora", "Centro", "Barão de Mauá"]),
          da=ds(after(opened, 1, 5, g)))
    doc.f("FRANQUIA: R$ «fq» — pagamento por telefone, cliente ditou cartão «cc» val. «vl», titular «tt»; autorização «au».\n",
          fq=g.money(180, 1400), cc=(g.card(), "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 33)}", tt=P(up(c.short)), au=g.d(6))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("REEMBOLSO: corrida de táxi até a loja (R$ «v»), por Pix na chave aleatória «px»\n", v=g.money(20, 90),
              px=(g.uuid(), "PIX_KEY"))
    elif k == 1:
        doc.f("REEMBOLSO: corrida de táxi até a loja (R$ «v»), TED — banco «bk», ag «ag», conta «ac»\n", v=g.money(20, 90),
              bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nLAUDO INSTALAÇÃO («tc»): «lt» «w».\nEncerrado por «at» em «d».\n", tc=P(g.pick([tec.short, tec.first])),
          lt=g.pick(["peça original aplicada, sensor de chuva recalibrado;", "peça compatível (sem logo), cliente ciente;",
                     "troca feita no local;"]), w=g.pick(["película aurora boreal reaplicada por conta do cliente", "cliente satisfeito",
                                                        "adesivo flor de lis do vidro antigo não foi reaproveitado", "sem avarias adicionais"]),
          at=P(at.first), d=ds(after(opened, 3, 12, g)))
    return doc


def fi_cfc(g: Gen) -> Doc:
    """Driving-school (CFC) enrolment contract and instalment plan."""
    doc = Doc()
    young = g.chance(0.5)
    al = g.person()
    dob, age = g.dob_age("br", 2005 if young else 1965, 2007 if young else 2004)
    city, uf = g.city()
    ins = g.person()
    cfc = g.pick(["Auto Escola Bento Amaral", "CFC Aurora", "Auto Escola Prudente", "CFC Vitória Régia", "Autoescola Flor de Lis"])
    cat = g.pick(["B", "AB", "A", "B"])
    doc.f("«cfc» — CFC A/B — CNPJ «cj»\nCONTRATO DE PRESTAÇÃO DE SERVIÇOS — PROCESSO DE HABILITAÇÃO CAT. «cat»\n\n"
          "ALUN«O»: «n»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»\nRENACH: «rn»\nEndereço: «ad» — «ci»/«uf» — CEP «cep»\n"
          "Celular: «tel»   E-mail: «em»\n",
          cfc=cfc, cj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), cat=cat, O="A" if al.female else "O", n=P(al.caps),
          cpf=(g.pcpf(al), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(dob, "DATE_OF_BIRTH"), rn=g.renach(uf),
          ad=(g.address(), "ADDRESS"), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"),
          em=(g.pemail(al), "EMAIL_ADDRESS"))
    payer = al
    if young:
        payer = g.relative(al)
        doc.f("RESPONSÁVEL FINANCEIR«O»: «n» («rl») — CPF «cpf» — «tel»\n", O="A" if payer.female else "O", n=P(payer.full),
              rl=g.pick(["mãe", "tia", "avó"]) if payer.female else g.pick(["pai", "tio", "avô"]), cpf=(g.pcpf(payer), "BR_CPF"),
              tel=(g.phone(), "PHONE_NUMBER"))
    tot = g.ri(1800, 4800)
    n = g.pick([1, 3, 6, 10])
    doc.f("\nPACOTE: curso teórico EAD (45 h) + «ap» aulas práticas + taxas DETRAN · total R$ «t»,00 em «n»x\n"
          "Instrutor(a) responsável: «ins» (credencial DETRAN/«uf» nº «cr»)\nVeículo de aula: «vm»«pl»«mt»«mp»\n\n",
          ap=g.pick([20, 20, 25, 30]), t=f"{tot:,}".replace(",", "."), n=n, ins=P(g.pick([ins.full, ins.short])),
          uf=uf, cr=g.d(5), vm=(g.pick(["Mobi Like", "Kwid Zen", "HB20 Comfort", "Onix 1.0 LT"]) + " placa ") if "B" in cat else "",
          pl=(g.plate(), "LICENSE_PLATE") if "B" in cat else "",
          mt=(" / " if cat == "AB" else "") + ("moto CG 160 placa " if "A" in cat else ""),
          mp=(g.plate(), "LICENSE_PLATE") if "A" in cat else "")
    doc.t("PARCELA  VENCIMENTO   VALOR        STATUS\n")
    due = g.day(2025)
    for i in range(min(n, 6)):
        doc.f("«i»/«n»     «d»   R$ «v»   «s»\n", i=f"{i + 1:02d}", n=f"{n:02d}", d=ds(after(due, 30 * i, 30 * i, g)),
              v=f"{tot / n:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), s="PAGO" if i < 2 else "ABERTO")
    if g.chance(0.55):
        doc.f("\nAUTORIZAÇÃO DE DÉBITO RECORRENTE NO CARTÃO\nNº do cartão: «cc»   Validade: «vl»   Titular: «tt»   CPF do titular: «cpf»\n",
              cc=(g.card(), "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 33)}", tt=P(up(payer.full)), cpf=(g.pcpf(payer), "BR_CPF"))
    else:
        doc.f("\nPagamento por boleto: linha digitável «ld»\n", ld=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("\nO aluno declara ciência de que a CNH só será expedida após aprovação nos exames teórico e prático (Lei 9.503/1997, "
          "art. 147) e no exame de aptidão física e mental. «w»\n\n«ci», «d».\n_______________ «a»",
          w=g.pick(["Aulas noturnas com faróis: a luz baixa é obrigatória.", "", "Remarcação com 24 h de antecedência.",
                    "Seria prudente agendar o exame médico na primeira semana."]), ci=city, d=g.date(), a=P(al.full))
    if young:
        doc.f("\n_______________ «p» (responsável)", p=P(payer.full))
    doc.t("\n")
    return doc


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_testdrive, at_os, at_recall, at_guincho, at_corrida, at_bilhete, at_estac],
    "juridico": [ju_dpvat, ju_sentenca, ju_indicacao, ju_procon, ju_ata, ju_lgpd, ju_acordo],
    "saude": [sa_exame_cnh, sa_samu, sa_alta, sa_pcmso, sa_tox, sa_fadiga, sa_fisio],
    "financeiro": [fi_financ, fi_troca, fi_tag, fi_frota, fi_app, fi_vidro, fi_cfc],
}

ROLE_BOXES = ("sac@", "juridico@", "recall@", "frota@", "dpo@", "atendimento@", "laudos@")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits) and re.fullmatch(r"[\d. -]+", v), (record["id"], v)
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
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
            else:
                assert 7 <= len(raw) <= 10, (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8 and re.fullmatch(r"\d{5}-?\d{3}", v), (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu|eng|mot|enf)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()<>]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not v.lower().startswith(ROLE_BOXES), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CREA|CRP|CREFITO)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Za-z]{3}[- ]?\d{4}|[A-Za-z]{3} ?\d[A-Za-z]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"\d+(-[\dX])?", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(rua|r\.|r |avenida|av\.?|av |travessa|tv\.?|tv |alameda|al\.?|al |praça|praca|estrada|estr|viela)", v), (record["id"], v)
    assert "«" not in text and "»" not in text, (record["id"], text[max(0, text.find("«") - 40):text.find("«") + 40])
    for n in negs:
        assert n in text, (record["id"], n)
        dn = re.sub(r"\D", "", n)
        assert len(dn) == 11 and not cpf_ok(dn), (record["id"], n)
        for m in re.finditer(re.escape(n), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)
    # every 11-digit run outside gold spans must fail the CPF check (no unlabelled valid CPF left in the text)
    for m in re.finditer(r"(?<![\d.])\d{11}(?![\d])", text):
        inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in record["spans"])
        if not inside:
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
                check(record, doc.negs)
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
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    negs = sum(len(re.findall(r"(?<![\d.])\d{11}(?!\d)", r["text"])) for r in records)
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  bare 11-digit runs in the text (labelled and hard negatives): {negs}")


if __name__ == "__main__":
    sys.exit(main())
