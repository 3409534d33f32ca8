"""Build the thirty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 37,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, name pools,
check digits) follow the shape of the twentieth set's generator.

Register, not used by the earlier sets: private security, condominium administration and
facility services, the way personal data sits in gatehouses and concierge desks (visitor and
delivery access-control logs, vehicle entry records, intercom and app authorisations),
security companies (patrol reports, incident books, alarm-monitoring event exports, CCTV
footage requests), condominium administrators (owner and tenant registers, fee collection
and default notices, assembly minutes with attendance lists and proxies, noise and pet
complaints, moving-in/out forms, common-area bookings), facility-service firms (cleaning and
maintenance rosters, time sheets, uniform and PPE receipts) and the lawsuits and labour
claims that come out of them.
- atendimento: 0 CSV export of the visitor access-control system of a gatehouse (visitor,
  document, unit, resident who authorised, plate, doorman); 1 condominium WhatsApp group chat
  (noise, a dog in the lift, a parcel, a car blocking the ramp, a raffle paid to a random Pix
  key, saved contacts with unit numbers, unsaved numbers, the síndico saved by role);
  2 terse handwritten-style concierge logbook (deliveries, vehicle entries, service
  providers, shift handover); 3 ALL CAPS screen of the intercom/app resident register
  (household, vehicles, tags, pets, authorised persons); 4 fixed-width alarm-monitoring
  event export of a security company (arm/disarm by user or by app with its IP, panel IP,
  call list, patrol car dispatched); 5 moving-in form with labels (tenant, previous address, removal company,
  truck plate, driver's CNH); 6 e-mail thread booking the party room with the guest list
  (names with RG or CPF) sent to the concierge.
- juridico: 0 condominium fee collection suit (execução de título extrajudicial: owner,
  unit, debts table, CNJ number, lawyer); 1 guard's labour claim for overtime (12x36 shift,
  PIS, CTPS, security company and the condominium as co-defendants, witnesses); 2 judgment
  of damages for a car stolen in the garage (patrol report and doorman's statement quoted,
  plates, RENAVAM, police report number); 3 minutes of an extraordinary owners' assembly
  with the attendance list and proxies; 4 CCTV footage request under the LGPD (owner's
  e-mail, administrator's DPO reply, app access log with IPs); 5 fixed-width litigation
  report of a condominium administrator (CNJ, parties, CPF, lawyer, stage); 6 hearing
  minutes of a cleaner's labour claim against a facility firm, with the settlement paid to
  an account or a random Pix key.
- saude: 0 occupational health certificate (ASO) of a guard or a cleaner (PCMSO, risks,
  exams, CRM); 1 first-aid incident report written by the building's guard (fall in the
  pool, the gym, the stairs; SAMU team); 2 work-accident report (CAT) of a cleaner or a
  maintenance worker (CID, CNS, attending doctor); 3 fixed-width report of medical
  certificates of facility staff (CID codes, days, CRM); 4 e-mail thread after a child's
  accident in the pool (parents, lifeguard, paediatrician, insurer); 5 CSV of the periodic
  exam calendar of an occupational clinic (guards, doormen, cleaners, posts, CNS); 6 lift
  accident file (resident's messages, lift company technician with CREA, nurse's note).
- financeiro: 0 CSV of the monthly default list of a condominium (owners, units, CPF or
  CNPJ, e-mail, phone, competence, fee, fine, interest; boleto "nosso número" and
  linha digitável); 1 fixed-width time sheet and payroll summary of a cleaning crew (PIS,
  CPF, overtime, salary account); 2 PPE and uniform receipt form with payroll deduction
  (CA numbers); 3 e-mail thread of a fee settlement (instalments, Pix or account, síndico's
  approval); 4 monthly accounts statement of the condominium (suppliers with CNPJ, an RPA
  to a self-employed plumber, the síndico's fee waiver, bank account); 5 chargeback dispute
  of a common-area booking paid by card in the app (card pasted in full by the resident,
  app log with IP); 6 insurance claim file for a vehicle stolen from the garage (owner,
  CNH, plate, RENAVAM, adjuster, payout account or Pix key).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "dona", "seu", "síndico"; particles inside a name (de, da, dos, e) are part of it;
"SURNAME, Given" is one span; nicknames and first names alone, capitalised, lower case or in
capitals, are persons; first_name/last_name columns are one span each. Residents, owners,
tenants, visitors, delivery people, guards, doormen, cleaners, síndicos, council members,
attendants, lawyers, judges, doctors, nurses, lifeguards and technicians named in the text
are persons; logins ("porteiro01", "op.mesa3", "OPR07", "sup.beatriz55", "REG745"), system
accounts and bot names ("Assistente Condo") are not. In a chat a sender shown by name is
PERSON (only the name part of "Marta 304B" or "Ap 1603 T1 Benedita"), one shown by number is
PHONE_NUMBER, one saved by role ("Síndica", "Administração", "Cliente", "Atendente") is not
labelled. A name inside a table cell ("DESARME USUARIO 3 (MARIA JOSE)") is its own span.
People's
e-mail addresses, corporate ones included, are EMAIL_ADDRESS; role mailboxes (portaria@,
sindico@, cobranca@, dpo@, sinistros@, financeiro@, portaria.xxx@) are not labelled. Every
phone number is PHONE_NUMBER, switchboards of administrators included (they sit next to the
name of the attendant who signs).

ADDRESS is street type + name + number + complement of a natural person (home, unit with
its street, previous address in a moving form). Bairro, city and UF stay outside; CEP is
BR_CEP. New here: a unit given without a street ("apto 304 bloco B", "unid. 1203", "casa
17") is not an ADDRESS; the building's own street address in a letterhead, and the
addresses of administrators, security firms and clinics, are company addresses (not
labelled); but the same street address of the unit where a named owner lives, in a suit
or a notice, is ADDRESS. Streets honouring people outside an address ("a guarita da Barão
de Mauá") are not persons nor addresses.

A CNPJ is BR_CNPJ wherever it appears (condominiums, security firms, suppliers, numeric and
alphanumeric). Agency and account are separate BANK_ACCOUNT spans, the condominium's own
account included; bank codes are not. PIX_KEY only for random (UUID) keys, whoever holds
them; Pix keys that are a CPF, e-mail or phone take those labels. Every vehicle plate is
LICENSE_PLATE (old or Mercosul, in capitals, lower case or with a space). IPv4 addresses of
app logins and of alarm panels are IP_ADDRESS. NIT/PIS numbers are BR_PIS. An RG keeps the
number only ("4.123.567 SSP/PE": the issuing body stays outside). PROFESSIONAL_ID includes
the council acronym and UF or region: CRM, COREN, OAB, CREA, CRP ("CRP 06/12345"). DATE_OF_BIRTH only for birth dates;
visit, delivery, admission, exam, accident, hearing, due and assembly dates are not.

Not labelled (hard negatives): CNJ process numbers, 11-digit numbers failing the CPF check
(RENAVAM, CTPS series, protocol and BO numbers), the guard's CNV (Carteira Nacional de
Vigilante) number, PPE "CA" numbers, SUSEP registrations, RFID tag and remote-control
serials, unit numbers, alarm account and zone codes, event codes, boleto "nosso número"
and linha digitável, ICD-10 codes (S82.1, W01, T14.0...), money, protocol/ticket/order
numbers, company names containing a surname (Gadelha & Rolim Administração, Vigilância
Leão do Norte), streets honouring people outside an address, laws (Lei 4.591/1964, Lei
10.406/2002 arts. 1.331-1.358, Lei 7.102/1983, Lei 13.709/2018, CLT art. 59), dates that
are not birth dates. Masked values ("***.412.118-**", "final 4821") are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, north-eastern
coined names such as Joselito, Adenilda, Uéverton, Kethellyn; Italian, German, Japanese,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, Venezuelan, indigenous,
Jewish), at least a quarter of the name words rare or invented; names that are everyday
words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Glória, Fortunato,
Serena) next to the same words as words ("luz da garagem queimada", "seria prudente",
"portão branco", "a flor do jardim") and in places and companies (Presidente Prudente,
Bento Gonçalves, Residencial Solar das Rosas, Vigilância Aurora), which are not persons.

The script checks every span (non-empty, stripped, in range, no overlap, check digits of
CPF/CNPJ/PIS/CNS/título/CNH/card/RG-SP), that every bare or dotted 11-digit number left outside
the spans fails the CPF check, and prints counts per label and the rare share of name words.
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
SEED = 37
OUT = "thirtyseventh"

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
MES = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Adriana", "Patrícia", "Fernanda", "Juliana", "Cristiane", "Simone", "Luciana", "Roberta", "Tatiane",
        "Sandra", "Cláudia", "Priscila", "Larissa", "Gabriela", "Beatriz", "Mariana", "Letícia", "Camila",
        "Aline", "Raquel", "Fabiana", "Andreia", "Rosângela", "Maria José", "Ana Paula", "Maria de Fátima",
        "Terezinha", "Ivone", "Neide", "Valéria", "Isabela", "Manuela", "Heloísa", "Sofia"]
RARE_F = ["Adenilda", "Kethellyn", "Joscelina", "Marinalva", "Ivanilde", "Creusa", "Dalvanira", "Eunice",
          "Genilda", "Hildete", "Irismar", "Josefa Nilza", "Lucimar", "Maristela", "Nilzete", "Odaléia",
          "Quitéria", "Rosenilda", "Socorro", "Telma Regina", "Uilma", "Valdirene", "Wilzaneide", "Zenaide",
          "Aucilene", "Benedita", "Claudinéia", "Dasdores", "Edineuza", "Fabrícia", "Girlene", "Jeovana",
          "Kauane", "Maelly", "Nayara Kelly", "Rafaelly", "Thaynara", "Ysis"]
PT_M = ["Rodrigo", "Ricardo", "Eduardo", "Fábio", "Gustavo", "Roberto", "Rafael", "Thiago", "Bruno", "Diego",
        "Luciano", "Anderson", "Márcio", "Rogério", "Adriano", "Gilberto", "Antônio Carlos", "José Roberto",
        "João Paulo", "Francisco", "Sebastião", "Raimundo", "Benedito", "Lucas", "Mateus", "Gabriel", "Miguel",
        "Arthur", "Heitor", "Vinícius", "Everton", "Edson", "Reinaldo"]
RARE_M = ["Joselito", "Uéverton", "Adelmo", "Belarmino", "Cleiton", "Damião", "Edivaldo", "Francivaldo",
          "Gildásio", "Hélio Jacó", "Isaías", "Jucelino", "Lindberg", "Manassés", "Nailson", "Orisvaldo",
          "Pedro Cícero", "Romualdo", "Severino", "Tiburcio", "Ubiratan", "Valdemiro", "Washington Luís",
          "Zenildo", "Aderaldo", "Bartolomeu", "Cosmo", "Deusdedit", "Elizeu", "Gedeão", "Jairo Nunes",
          "Kelvin", "Maicon Douglas", "Natanael", "Ozenildo", "Ryan Victor", "Wanderlei"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Monteiro",
          "Batista", "Moreira", "Soares", "Fernandes", "Barros", "Melo", "Cunha", "Pires", "Xavier", "Borges",
          "Farias", "Guimarães", "Miranda", "Tavares", "Coelho", "Macedo", "Sampaio", "Brito", "Leite",
          "Medeiros", "Paiva", "Viana", "Assis", "Siqueira"]
RARE_SUR = ["Caldeira Brandão", "Arruda Câmara", "Bezerril", "Cajazeiras", "Dantas Filgueira", "Esmeraldino",
            "Frota", "Gondim", "Ibiapina", "Jatobá", "Lustosa", "Mourão", "Negreiros", "Palhano", "Quaresma",
            "Rabelo", "Sucupira", "Tenório", "Ulhoa", "Vasconcelos Baía", "Wanderley", "Ximenes", "Aragão",
            "Bezerra Cavalcanti", "Coutinho Marrocos", "Figueiró", "Granjeiro", "Itapary", "Jucá", "Liberato",
            "Meirelles Tapajós", "Novais", "Ourém", "Pessoa Guerra", "Saboia", "Torquato", "Urbano", "Varela"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Glória", "Serena"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Fortunato", "Leal", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Leal", "Fortunato", "Aurora",
            "Pombo", "Carneiro", "Cordeiro", "Coelho", "Pinheiro", "Pereira", "Serra", "Fonseca"]
NICK = {"Francisco": "Chico", "Sebastião": "Tião", "José Roberto": "Zé Roberto", "Raimundo": "Mundinho",
        "Benedito": "Dito", "Antônio Carlos": "Toninho", "Maria José": "Zezé", "Maria de Fátima": "Fatinha",
        "Terezinha": "Tê", "Socorro": "Corrinha", "Benedita": "Dita", "Joselito": "Lito", "Damião": "Dami",
        "Severino": "Biu", "Bartolomeu": "Bartô", "Quitéria": "Teca", "Adenilda": "Nildinha",
        "Rosângela": "Rô", "Eduardo": "Dudu", "Roberto": "Beto", "Gilberto": "Giba", "Washington Luís": "Tom",
        "Valdemiro": "Miro", "Francivaldo": "Chiquinho", "Odaléia": "Léia", "Luciano": "Lu"}
FOREIGN = {
    "it": (["Giuliana", "Antonella", "Rafaella"], ["Giancarlo", "Benedetto", "Massimo"],
           ["Zanetti", "Bortolini", "Ferrarese", "Dal Molin", "Pizzolatto", "Tognon"]),
    "de": (["Ingrid", "Helga", "Brunhilde"], ["Günther", "Egon", "Siegfried"],
           ["Wachholz", "Schmitz", "Raabe", "Kuhnen", "Zimmermann", "Bergmann"]),
    "jp": (["Harumi", "Keiko", "Yukiko"], ["Masao", "Shigeru", "Tadashi"],
           ["Nakamura", "Higa", "Miyagi", "Takahashi", "Shimabukuro", "Yoshida"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Jamil", "Habib", "Salim"],
           ["Daher", "Chaim", "Jorge Saad", "Kassab", "Bittar", "Hallal"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Ling"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Fabienne", "Nadège", "Lourdie"], ["Jean-Robert", "Wisly", "Fritznel"],
           ["Pierre-Louis", "Jean-Baptiste", "Desir", "Saint-Fleur", "Métellus"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Babacar"],
           ["Diallo", "Sarr", "Mbaye", "Faye", "Thiam"]),
    "ao": (["Isabel Ngola", "Esperança Muanza"], ["Manuel Kapenda", "Nkosi"], ["Lukamba", "Kassoma", "Mbemba", "Ndongala"]),
    "bo": (["Marisol", "Juana", "Lourdes"], ["Evo", "Teodoro", "Florencio"],
           ["Mamani", "Choque", "Condori", "Huanca", "Quispe"]),
    "ve": (["Yusbelis", "Oriana", "Marielys"], ["Yonaiker", "Deivis", "Franyer"],
           ["Rondón", "Villalobos", "Parra Urdaneta", "Chirinos"]),
    "in": (["Potyra", "Jaciara", "Yara"], ["Raoni", "Kaiapó", "Ubiraci"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Ester", "Miriam", "Sara"], ["Moisés", "Davi Elias", "Jacó"], ["Rosenthal", "Goldfarb", "Lerner", "Zylberman"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "ve", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Wachholz", "Kuhnen", "Raabe", "Shimabukuro", "Miyagi", "Higa", "Pizzolatto", "Tognon", "Dal Molin",
             "Hallal", "Kassab", "Brunhilde", "Siegfried", "Egon", "Tadashi", "Shigeru"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Silva", "Cunha", "Serra", "Fonseca", "Rocha", "Frota"}
DO_SUR = {"Carmo", "Prado"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "11", "11", "12", "13", "15", "16", "19", "21", "21", "24", "27", "31", "31", "34", "35", "41",
        "42", "44", "47", "48", "51", "51", "54", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79",
        "81", "82", "84", "85", "87", "89", "91", "92", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Alameda", "Travessa", "Praça", "Estrada",
                "Largo", "Via"]
STREET_NAMES = ["Barão de Mauá", "Marechal Deodoro", "Dona Flor Amado", "das Hortênsias", "Professor Bento Lustosa",
                "Aurora Boreal", "Desembargador Prudente Gondim", "Joaquim Nabuco", "Sete de Setembro",
                "Padre Cícero", "Visconde de Pirajá", "Tenente Belarmino Frota", "dos Ipês", "Rosa e Silva",
                "Conselheiro Aguiar", "Luz do Sol", "Maria Quitéria", "Almirante Tamandaré", "Duque de Caxias",
                "Ana Néri", "Doutor Amado Sucupira", "das Gaivotas", "Vereador Zenildo Jatobá", "Glória Leal",
                "Brigadeiro Faria Lima", "Engenheiro Fortunato Negreiros", "Nossa Senhora da Penha",
                "Monsenhor Ibiapina", "Pau-Brasil", "Tiradentes", "Coronel Ulhoa Cintra", "da Serenata"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"),
          ("Presidente Prudente", "SP"), ("Campinas", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"),
          ("Belo Horizonte", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Balneário Camboriú", "SC"),
          ("Florianópolis", "SC"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Salvador", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"),
          ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Goiânia", "GO"), ("Brasília", "DF"),
          ("Vitória", "ES"), ("Vila Velha", "ES"), ("Belém", "PA"), ("Manaus", "AM"), ("São Luís", "MA"),
          ("Teresina", "PI"), ("Cuiabá", "MT"), ("Campo Grande", "MS")]
UFS = ["SP", "SP", "SP", "RJ", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "DF", "ES", "PA", "AM",
       "RN", "PB", "AL", "SE", "MA", "PI", "MT", "MS"]
BAIRROS = ["Boa Viagem", "Jardim Aurora", "Vila Mariana", "Moema", "Pituba", "Meireles", "Savassi", "Batel",
           "Centro", "Jardim Prudente", "Bela Vista", "Vila Rosa", "Alto da Glória", "Tambaú", "Ponta Verde",
           "Setor Bueno", "Praia do Canto", "Umarizal", "Ponta Negra", "Jardim Luz"]
CONDOS = ["Condomínio Edifício Solar das Rosas", "Residencial Bento Amaral", "Condomínio Parque Aurora",
          "Edifício Prudente de Morais", "Residencial Luz do Sol", "Condomínio Villaggio Fortunato",
          "Edifício Dona Glória", "Condomínio Jardim das Hortênsias", "Residencial Porto Serena",
          "Condomínio Torres do Ipê Branco", "Edifício Monte Flor", "Condomínio Recanto Leal"]
ADMINS = ["Gadelha & Rolim Administração de Condomínios", "Lustosa Gestão Condominial Ltda", "Condomax Administradora",
          "Predial Vitória Administradora", "Aragão Síndicos Profissionais", "AdmCond Brasil S.A.",
          "Sampaio Prado Administração Predial", "Nova Aurora Gestão de Condomínios"]
SECURITY = ["Vigilância Leão do Norte Ltda", "Falcão Segurança Patrimonial", "Grupo Sentinela Bento",
            "Guardiã Vigilância e Segurança", "Vigilância Aurora Ltda", "Protege Mais Monitoramento",
            "Tenório Segurança Eletrônica", "Escudo Branco Vigilância"]
FACILITY = ["Limpa Bem Serviços Terceirizados", "Facilities Amado Ltda", "Conservadora Prudente",
            "Multiservice Kassab", "Brilho Total Limpeza e Conservação", "Frota & Gondim Facilities",
            "Servis Flor de Lis Terceirização", "Mão Amiga Conservação Predial"]
BANKS = ["Banco do Brasil (001)", "Caixa (104)", "Bradesco (237)", "Itaú (341)", "Santander (033)",
         "Sicoob (756)", "Nubank (260)", "Inter (077)", "Banrisul (041)", "Sicredi (748)"]
CIDS_OCC = ["S61.0", "S62.6", "S93.4", "S82.1", "T14.0", "S80.0", "M54.5", "M75.1", "M65.4", "S00.8",
            "W01", "W10", "T30.0", "L23.5", "J06.9", "F43.0", "Z57.6", "G56.0", "S43.0", "S52.5"]
WORD_USES = ["a luz da garagem G2 está queimada", "seria prudente trocar o portão", "o portão branco da entrada",
             "a flor do jardim de inverno", "vitória da chapa 2 na eleição", "aurora da manhã, ronda sem alteração",
             "o bento (marmita) que esqueceram na guarita", "glória a Deus deu tudo certo", "serena a noite, sem ocorrências",
             "rosa do deserto no hall", "foi um amado do bairro, o antigo zelador"]


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
        if self.given.startswith(("Maria de", "Maria José", "Ana Paula", "João Paulo", "José Roberto", "Antônio Carlos",
                                  "Pedro Cícero", "Washington Luís", "Jean-Robert", "Davi Elias")):
            return self.given
        return self.given.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1].split()[-1]

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
    def plain(self) -> str:
        return fold(self.full)

    @property
    def inverted(self) -> str:
        return up(f"{self.last}, {self.given}")

    @property
    def inverted_title(self) -> str:
        return f"{up(self.last)}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(seq, k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length."""
        while True:
            v = str(self.rng.randint(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and v[8:10].isdigit() and 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.48:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.28:
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

    def name(self, p: Person, forms: list[str] | None = None) -> str:
        form = self.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
        return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
                "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
                "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": up(p.short),
                "lowshort": fold(p.short).lower(), "capsfirst": up(p.first)}[form]

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{self.d(3)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f}@{dom}", f"{f[0]}{l}@{dom}"])

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

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}", f"***{self.d(6)}**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        style = style or self.pick(["dot", "dot", "raw", "uf", "short"])
        if style in ("dot", "raw"):
            b = self.d(8)
            n = b + rg_sp_dv(b)
            return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n
        if style == "uf":
            return f"{self.pick(['MG', 'GO', 'MT'])}-{self.d(2)}.{self.d(3)}.{self.d(3)}"
        n = str(self.ri(1, 9)) + self.d(6)
        return f"{n[0]}.{n[1:4]}.{n[4:]}" if self.chance(0.6) else n

    def rg_issuer(self) -> str:
        return self.pick(["SSP/SP", "SSP/PE", "SDS/PE", "SSP/BA", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/MG", "SSP/SC"])

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
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
        uf = f"{self.ri(1, 28):02d}"
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

    def cep(self, dash: bool = True) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "raw", "dash", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "local": f"{h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
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
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def lan_ip(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(2, 254)}", f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])

    def street(self) -> tuple[str, str, str]:
        return self.pick(STREET_TYPES), self.pick(STREET_NAMES), (str(self.ri(3, 3999)) if self.chance(0.93) else "s/n")

    def unit(self) -> str:
        return self.pick([f"apto {self.ri(1, 24)}{self.ri(0, 4)}{self.ri(1, 4)}", f"apto {self.ri(11, 184)} bloco {self.pick('ABCD')}",
                          f"ap. {self.ri(101, 1804)}", f"casa {self.ri(1, 60)}", f"apto {self.ri(11, 94)} torre {self.ri(1, 3)}"])

    def address(self, style: str = "text", comp: str | None = None) -> str:
        t, name, num = self.street()
        if comp is None:
            comp = self.pick(["", "", self.unit(), self.unit(), "fundos", f"bloco {self.pick('ABC')} ap {self.ri(11, 408)}"])
        if style == "caps":
            return up(f"{t} {name}, {num}" + (f", {comp}" if comp else ""))
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pç."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def dates_sorted(self, n: int, year: int | None = None) -> list[str]:
        y = year or self.pick([2024, 2025])
        days = sorted(self.rng.sample(range(0, 336), n))
        return [fmt_date(x % 28 + 1, x // 28 + 1, y, "br") for x in days]

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.26", "8.19", "8.17", "8.13", "8.16", "8.05", "8.06", "8.24", "8.07"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2025)}.{seg}.{self.d(4)}"

    def cnj_trt(self) -> str:
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2021, 2025)}.5.{self.ri(1, 24):02d}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2025)}{self.d(6)}", self.neg(11), f"{self.d(3)}.{self.d(3)}",
                          f"#{self.d(6)}", f"OC-{self.d(5)}", f"{self.d(4)}/{self.ri(2024, 2025)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 239999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {n}/D", f"CREA-{uf} {n}"])
        return self.pick([f"CRM/{uf} {n}", f"CRM-{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {dotted}"])

    def renavam(self) -> str:
        return self.neg(11)

    def cnv(self) -> str:
        return self.pick([f"{self.d(5)}/{self.ri(2019, 2024)}", self.neg(11), f"{self.d(3)}.{self.d(3)}/{self.pick(UFS)}"])

    def tag(self) -> str:
        return self.pick([self.hexs(8), f"{self.d(3)},{self.d(5)}", self.d(10)])

    def car(self) -> str:
        return self.pick(["Onix prata", "HB20 branco", "Corolla preto", "Compass cinza", "Gol vermelho", "Kwid branco",
                          "Hilux prata", "T-Cross azul", "Renegade verde", "Civic preto", "Creta branco", "Argo cinza",
                          "moto CG 160 preta", "Fazer 250 azul", "Strada branca", "Polo prata"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "dm": f"{dd:02d}/{mm:02d}", "caps": f"{dd} DE {up(MONTHS[mm - 1])} DE {yy}",
            "mes": f"{dd:02d}/{MES[mm - 1]}/{yy}"}[fmt]


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
        assert label in LABELS, label
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
        s = s[:width] if label is None else s  # a labelled value is never cut: it pushes the row instead
        pad = " " * max(width - len(s), 0)
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


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",", quote_all: bool = False) -> None:
    if cols:
        doc.t(sep.join(f'"{c}"' if quote_all else c for c in cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = quote_all or sep in v or '"' in v or "\n" in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def table_fixed(doc: Doc, cols: list[tuple[str, int]], rows: list[list[tuple]], rule: str = "-") -> None:
    """Fixed-width report: header, rule, rows cut to the column widths (labelled cells are never cut)."""
    doc.t(" ".join(c.ljust(w) for c, w in cols).rstrip() + "\n")
    doc.t(" ".join(rule * w for _, w in cols) + "\n")
    for r in rows:
        for k, ((v, lab), (_, w)) in enumerate(zip(r, cols)):
            if k:
                doc.t(" ")
            if lab is not None and len(v) > w:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")


def opt_name(g: Gen, name: str, p: float, after: str = "", before: str = "") -> dict:
    """A name that a writer may or may not give: keys t1 (plain lead-in) and t2 (the name span plus what follows)."""
    if g.chance(p):
        return {"t1": before, "t2": (name, "PERSON"), "t3": after}
    return {"t1": "", "t2": "", "t3": ""}


def card_parts(g: Gen, p: float, lead: str) -> dict:
    """Optional card number typed by a resident in a message: plain lead-in plus the labelled number."""
    if g.chance(p):
        return {"cc1": lead, "cc2": (g.card(g.chance(0.7)), "CREDIT_CARD"), "cc3": "."}
    return {"cc1": "", "cc2": "", "cc3": ""}


def cnpj_l(g: Gen, p: float = 0.2) -> tuple:
    return (g.cnpj(alnum=g.chance(p)), "BR_CNPJ")


def login(g: Gen, p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return g.pick([f"{f[0]}{l}", f"{f}.{l[:3]}", f"porteiro{g.ri(1, 9):02d}", f"op.{f}", f"VIG{g.d(4)}"])


def firm_dom(firm: str) -> str:
    words = [w for w in re.sub(r"[^a-z ]", "", fold(firm).lower()).split() if w not in ("ltda", "sa", "de", "e", "do", "da", "servicos")]
    return "".join(words[:2]) + ".com.br"


def condo_mail(cond: str) -> str:
    base = re.sub(r"[^a-z]", "", fold(cond).lower().replace("condominio", "").replace("residencial", "").replace("edificio", ""))
    return base[:18]


# =========================================================================== atendimento


def at_acesso_csv(g: Gen) -> Doc:
    """CSV export of a gatehouse visitor access-control system."""
    doc = Doc()
    cond = g.pick(CONDOS)
    sysname = g.pick(["CondoGate", "PortariaWeb", "Acesso Seguro 4.2", "GuaritaNet", "iPorteiro"])
    d0 = g.date("br")
    doc.f("# «sy» — relatório de acessos de visitantes\n# «c» — período «d0» 00:00 a «d0» 23:59\n"
          "# gerado por: «lg» em «d0» «h»\n", sy=sysname, c=cond, d0=d0, lg=g.pick(["admin.portaria", "zelador", "sup.central"]),
          h=g.hm())
    sep = g.pick([";", ";", ","])
    cols = ["data_hora", "tipo", "nome_visitante", "documento", "celular", "unidade", "autorizado_por", "placa", "porteiro", "obs"]
    rows = []
    for hh in g.times(g.ri(4, 5)):
        v = g.person()
        m = g.person()
        tipo = g.pick(["VISITANTE", "VISITANTE", "PRESTADOR", "ENTREGADOR", "CORRETOR", "DIARISTA"])
        doc_kind = g.pick(["rg", "rg", "cpf", "cpf", "cnh"])
        docv = (g.rg(), "BR_RG") if doc_kind == "rg" else ((g.cpf(), "BR_CPF") if doc_kind == "cpf" else (g.cnh(), "BR_CNH"))
        plate = (g.plate(), "LICENSE_PLATE") if g.chance(0.6) else V("")
        porteiro = g.person()
        port = P(porteiro.first if g.chance(0.5) else porteiro.short) if g.chance(0.15) else V(login(g, porteiro))
        obs = g.pick(["", "", "", "liberado pelo interfone", "liberado via app", "morador desceu p/ buscar",
                      "aguardou na recepção", "entrada pela garagem", f"tag visitante {g.d(3)}", "sem documento c/ foto, morador autorizou",
                      f"empresa {g.pick(FACILITY)}", "foto capturada cam 03"])
        rows.append([V(f"{d0} {hh}"), V(tipo), P(g.name(v, ["full", "full", "caps", "caps", "low", "short"])),
                     docv, (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V(""), V(g.pick(["", "AP ", "UN "]) + g.pick([f"{g.ri(1, 24)}{g.ri(0, 4)}{g.ri(1, 4)}", f"{g.ri(11, 184)}{g.pick('ABCD')}"])),
                     P(g.name(m, ["full", "caps", "short", "first"])) if g.chance(0.25) else V(g.pick(["MORADOR VIA APP", "INTERFONE", "LISTA FIXA", "PORTARIA REMOTA"])),
                     plate, port, V(obs)])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("# total: «n» registros | exportação com dados pessoais — uso interno (LGPD, Lei 13.709/2018)\n", n=len(rows))
    if g.chance(0.5):
        doc.f("# obs supervisão: «s» pediu conferência da linha de «hh», «w»\n", s=P(g.person().short) if g.chance(0.4) else "síndico",
              hh=rows[g.ri(0, len(rows) - 1)][0][0][-5:], w=g.pick(WORD_USES[:3] + ["câmera 2 sem gravação no horário"]))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """Condominium WhatsApp group chat export (residents, síndico, doorman)."""
    doc = Doc()
    cond = g.pick(CONDOS)
    sind = g.person()
    doc.f("Conversa do WhatsApp com «grp»\n\n", grp=g.pick(["Moradores ", "Vizinhos ", "Condôminos ", "Avisos "]) +
          cond.split(" ", 1)[1][:24])
    people = [g.person() for _ in range(4)]
    units = [g.pick([f"{g.ri(1, 18)}0{g.ri(1, 4)}", f"{g.ri(11, 94)}{g.pick('ABC')}", f"{g.ri(1, 18)}0{g.ri(1, 4)} T{g.ri(1, 2)}"]) for _ in people]
    nophone = g.phone(g.pick(["plus", "plus", "plain"]))
    phone3 = g.phone("plus")
    sind_named = g.chance(0.35)
    sind_role = g.pick(["Síndic" + sind.o, "Síndic" + sind.o + " Bl. A", "Administração", "Síndic" + sind.o + " (adm)"])
    day = g.date("short", 2025)
    msgs: list[tuple] = []
    hs = g.times(11, 7 * 3600, 23 * 3600)

    def sender(i: int) -> list[tuple]:
        if i == -1:
            return [P(sind.first), V(" Síndic" + sind.o)] if sind_named else [V(sind_role)]
        if i == -2:
            return [(nophone, "PHONE_NUMBER")]
        p = people[i]
        if i == 3:
            return [(phone3, "PHONE_NUMBER")]
        form = i % 3
        if form == 0:
            return [P(p.first), V(" " + units[i])]
        if form == 1:
            return [V("Ap " + units[i] + " "), P(p.first)]
        return [P(p.short)]

    def msg(i: int, parts: list[tuple]) -> None:
        msgs.append((i, parts))

    a, b, c, d = people
    kind = g.ri(0, 2)
    if kind == 0:
        msg(0, [V(g.pick(["Vizinhos, alguém mais ouvindo o barulho de festa vindo do ", "Gente, de novo som alto no "])),
                V(f"{g.ri(1, 18)}0{g.ri(1, 4)}?? "), V(g.pick(["já passou da meia noite", "amanhã é dia de trabalho", "crianças tentando dormir aqui"]))])
        msg(1, [V("Aqui também. Liguei na portaria, o porteiro disse que já interfonou 2x")])
        msg(-1, [V("Pessoal, registrem no livro de ocorrências ou no app, só com registro consigo aplicar a multa do art. "),
                 V(str(g.ri(12, 40))), V(" do regimento. Já falei com a moradora"), *([V(", "), P(g.person(female=True).full), V(".")] if g.chance(0.5) else [V(" do apartamento.")])])
    elif kind == 1:
        dog = g.pick(["Thor", "Mel", "Pandora", "Bob", "Luna", "Paçoca", "Fred"])
        msg(0, [V(f"Quem é o dono do cachorro que fez xixi no elevador social? 🤢 (foto) chamado {dog} pelo que ouvi")])
        msg(2, [V(f"É o {dog} do "), V(f"{g.ri(1, 18)}0{g.ri(1, 4)}"), V(", da "), P(g.person(female=True).first),
                V(". ela passeia com ele sem guia toda manhã")])
        msg(-1, [V("Vou notificar. Lembrando: animais só pelo elevador de serviço e no colo ou com guia. "
                   "Denúncias no privado: "), (g.phone("par"), "PHONE_NUMBER")])
    else:
        msg(2, [V("Alguém pegou uma encomenda da Shopee no nome de "), P(g.person().full), V("? Sumiu da portaria 😡")])
        msg(0, [V("Pergunta pro "), P(g.person(female=False).nick if g.chance(0.5) else g.person(female=False).first),
                V(" da noite, ele que recebeu ontem")])
        msg(-1, [V("Já pedi as imagens pra empresa de monitoramento. “quem retirou assina o livro”, mas a assinatura tá ilegível")])
    if g.chance(0.7):
        msg(1, [V(g.pick(["De quem é ", "Alguém sabe de quem é "])), V(g.pick(["o carro", "o Onix", "o HB20 branco", "a Hilux prata", "a moto"]) + " placa "),
                (g.plate(), "LICENSE_PLATE"), V(g.pick([" parado na vaga de visitante desde ontem?", " que bloqueou a rampa?? 😤"]))])
        msg(-1, [V("Já pedi pra portaria verificar no controle de acesso.")])
    if g.chance(0.5):
        msg(2, [V(g.pick(["Vaquinha pro presente de fim de ano dos porteiros e da equipe da limpeza 🎁 ", "Rifa em prol da festa junina do prédio! "])),
                V("Pix chave aleatória "), (g.uuid(), "PIX_KEY"), V(g.pick([" (em meu nome)", "", " — mandem comprovante no privado"]))])
    msg(-2, [V(g.pick(["Boa tarde! Sou a nova inquilina do ", "Oi gente, sou o proprietário do ", "Olá, acabei de me mudar pro "])),
             V(f"{g.ri(1, 18)}0{g.ri(1, 4)}"), V(", me chamo "), P(g.person().first), V(". Qual o e-mail da administradora?"),
             *([V(" Meu zap: "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.75) else [])])
    msg(3, [V("cobranca@ é só boleto. Manda pra "), (g.corp_mail(g.person(), condo_mail(cond) + ".com.br"), "EMAIL_ADDRESS"),
            V(" que é quem cuida do nosso prédio, ou liga "), (g.phone(mobile=False), "PHONE_NUMBER")])
    if g.chance(0.6):
        pr = g.person()
        msg(1, [V("Indico o eletricista que fez meu quadro, "), P(pr.first if g.chance(0.5) else pr.full), V(", zap "),
                (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), V(", "),
                V(g.pick(["preço justo", "muito caprichoso", "atende fim de semana"]))])
    msg(-1, [V(g.pick(["Aviso: ", "Atenção moradores: "])), V(g.pick(WORD_USES[:4])), V(", técnico vem "),
             V(g.pick(["amanhã", "segunda", "quinta"])), V(" às "), V(f"{g.ri(8, 16)}h"),
             V(". Qualquer coisa falem com o zelador.")])
    for k, (i, parts) in enumerate(msgs):
        doc.t(f"[{day} {hs[k]}] ")
        for p in sender(i):
            doc.e(p[0], p[1])
        doc.t(": ")
        for p in parts:
            doc.e(p[0], p[1])
        doc.t("\n")
    if g.chance(0.5):
        doc.f("[«d» «h»] «s» removeu ", d=day, h=hs[-1], s=P(sind.first) if sind_named else sind_role)
        doc.e(nophone if g.chance(0.5) else g.phone("plus"), "PHONE_NUMBER")
        doc.t("\n")
    return doc


def at_livro(g: Gen) -> Doc:
    """Terse concierge logbook (livro da portaria) transcribed: deliveries, vehicles, providers, handover."""
    doc = Doc()
    cond = g.pick(CONDOS)
    d = g.date("dm")
    p1, p2 = g.person(female=False), g.person()
    doc.f("LIVRO PORTARIA — «c» — fl. «fl»\n«d» turno «t» — porteiro «p»\n", c=up(cond), fl=g.ri(12, 199), d=d,
          t=g.pick(["07-19h", "19-07h", "diurno", "noturno"]), p=P(g.name(p1, ["nick", "first", "capsfirst", "short"])) if g.chance(0.7) else "folguista")
    for hh in g.times(g.ri(4, 5)):
        k = g.ri(0, 5)
        if k == 0:
            r = g.person()
            doc.f("«h» - «tp» p/ «u» («r») - «p» - ", h=hh, tp=g.pick(["SEDEX", "Mercado Livre", "Shopee", "Amazon", "iFood", "Correios AR"]),
                  u=g.pick([f"{g.ri(1, 24)}0{g.ri(1, 4)}", f"{g.ri(11, 94)}{g.pick('AB')}"]), r=P(g.name(r, ["first", "short", "low", "lowfirst"])),
                  p=g.pick(["receb. portaria", "deixado no armário inteligente", "receb."]))
            if g.chance(0.75):
                q = g.person()
                doc.f("ret. «hh» por «q» RG «rg»\n", hh=g.hm(), q=P(g.name(q, ["short", "caps", "first"])), rg=(g.rg(), "BR_RG"))
            else:
                doc.t("aguardando retirada\n")
        elif k == 1:
            m = g.person()
            doc.f("«h» - entrada veic. «pl» «car» - morador «m» - vaga «v»\n", h=hh, pl=(g.plate() if g.chance(0.8) else g.plate().lower(), "LICENSE_PLATE"),
                  car=g.car(), m=P(g.name(m, ["short", "caps", "first", "full"])), v=g.pick([str(g.ri(1, 120)), f"G{g.ri(1, 2)}-{g.ri(1, 60)}"]))
        elif k == 2:
            pr = g.person()
            doc.f("«h» - prestador «n» («emp») CPF «cpf» - manut. «s» - ", h=hh, n=P(g.name(pr, ["full", "caps", "short"])),
                  emp=g.pick(FACILITY + ["Elevadores Atlas", "Dedetizadora Flor de Lis", "Gás Bento Ltda"]), cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                  s=g.pick(["bomba d'água", "interfone", "portão garagem", "elevador social", "piscina", "CFTV"]))
            if g.chance(0.5):
                doc.t(g.pick(["autoriz. sind.", "autoriz. adm."]) + "\n")
            else:
                doc.f("carro «pl»\n", pl=(g.plate(), "LICENSE_PLATE"))
        elif k == 3:
            v = g.person()
            doc.f("«h» - visita «n» RG «rg» tel «t» p/ «u» - liberado p/ «m» via interfone\n", h=hh, rg=(g.rg(), "BR_RG"), n=P(g.name(v, ["short", "full", "low", "caps"])),
                  t=(g.phone(g.pick(["plain", "raw", "par", "dash"])), "PHONE_NUMBER"), u=g.pick([f"{g.ri(1, 24)}0{g.ri(1, 4)}", f"casa {g.ri(1, 60)}"]),
                  m=g.pick(["morador", "moradora", "titular"]))
        elif k == 4:
            doc.f("«h» - ronda «r» ok, «w»\n", h=hh, r=g.pick(["garagem", "perímetro", "área de lazer", "bloco B"]),
                  w=g.pick(WORD_USES[:1] + WORD_USES[5:6] + WORD_USES[8:9] + ["portão da rua ficou aberto 2min", "luz do corredor 5º andar piscando"]))
        else:
            ch = g.person()
            doc.f("«h» - chave salão de festas entregue a «n» («u») doc «rg» p/ evento, caução ok\n", h=hh, rg=(g.rg(), "BR_RG"), n=P(g.name(ch, ["full", "short", "first"])),
                  u=g.pick([f"{g.ri(1, 24)}0{g.ri(1, 4)}", f"{g.ri(11, 94)}{g.pick('AB')}"]))
    doc.f("passagem de turno -> «b». «o»\nass. (ilegível)\n", b=P(g.name(p2, ["first", "short", "nick"])) if g.chance(0.5) else "folguista",
          o=g.pick(["sem alterações", "interfone bl. B mudo, chamado aberto", "portão 2 travando", "morador do 1102 reclamou de barulho"]))
    return doc


def at_tela_cadastro(g: Gen) -> Doc:
    """ALL CAPS screen of the intercom/app resident register (household, vehicles, tags, pets, authorised)."""
    doc = Doc()
    cond = up(g.pick(CONDOS))
    sysn = g.pick(["CONDOPLUS V7.3", "PORTARIA REMOTA PRO", "SIGMA CONDOMINIOS", "INTERFONIA IP 2.0"])
    un = f"{g.ri(1, 24)}0{g.ri(1, 4)}"
    bl = g.pick("ABCD")
    t = g.person()
    owner = g.chance(0.6)
    bar = "+" + "-" * 78 + "+\n"
    doc.t(bar)
    doc.f("| «s» - CADASTRO DE UNIDADE / MORADORES".ljust(62) + "USR: «u»\n", s=sysn, u=g.pick(["PORT02", "ADM.CENTRAL", "ZELADORIA", "SUP01"]))
    doc.f("| CONDOMINIO: «c»\n| UNIDADE: «un»   BLOCO: «bl»   SITUACAO: «st»\n", c=cond, un=un, bl=bl,
          st=g.pick(["OCUPADA", "OCUPADA", "EM MUDANCA", "INADIMPLENTE (VER ADM)"]))
    doc.t(bar)
    doc.f(" TITULAR......: «n»\n TIPO.........: «tp»\n CPF..........: «cpf»     RG: «rg» «org»\n NASCIMENTO...: «dob»\n"
          " CELULAR......: «cel»     FIXO: «fx»\n E-MAIL.......: «em»\n",
          n=P(t.caps), tp="PROPRIETARIO" if owner else "INQUILINO", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(g.pick(["dot", "raw", "short"])), "BR_RG"),
          org=g.rg_issuer(), dob=(g.dob("br", 1940, 2000), "DATE_OF_BIRTH"), cel=(g.phone(g.pick(["par", "nospace", "raw"])), "PHONE_NUMBER"),
          fx=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.5) else "-", em=(g.email(t).upper(), "EMAIL_ADDRESS"))
    if not owner:
        pr = g.person()
        doc.f(" PROPRIETARIO.: «n»  TEL «tl»\n END. CORRESP.: «ad» - CEP «cep»\n", n=P(pr.caps), tl=(g.phone("plain"), "PHONE_NUMBER"),
              ad=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("\n MORADORES/DEPENDENTES\n SEQ NOME                                PARENTESCO  NASC.       FACIAL   CPF\n")
    for i in range(g.ri(1, 3)):
        r = g.relative(t)
        doc.f(" «i»  ", i=f"{i + 1:02d}")
        doc.cell(r.caps, 35, "PERSON")
        doc.t(" ")
        rel = g.ri(0, 4)
        doc.cell((["CONJUGE", "FILHA", "MAE", "SOGRA", "ENTEADA"] if r.female else ["CONJUGE", "FILHO", "PAI", "SOGRO", "ENTEADO"])[rel], 11)
        doc.t(" ")
        doc.e(g.dob("br", *[(1955, 1995), (1990, 2020), (1930, 1960), (1930, 1960), (1995, 2020)][rel]), "DATE_OF_BIRTH")
        doc.f(" «fc» «cpf»\n", fc=g.pick(["SIM", "SIM", "NAO", "PENDENTE"]).ljust(8),
              cpf=(g.cpf(), "BR_CPF") if g.chance(0.6) else "-")
    doc.t("\n VEICULOS\n PLACA     MODELO/COR            VAGA    TAG/CONTROLE\n")
    for _ in range(g.ri(1, 3)):
        doc.t(" ")
        doc.cell(g.plate(), 9, "LICENSE_PLATE")
        doc.f(" «m» «v» «tg»\n", m=up(g.car()).ljust(21)[:21], v=g.pick([f"G1-{g.ri(1, 80):02d}", f"{g.ri(1, 200):03d}", "ROTATIVA"]).ljust(7), tg=g.tag())
    doc.f("\n PETS.........: «pt»\n", pt=g.pick(["1 CAO PEQ. PORTE (MEL) - VACINA OK", "NAO POSSUI", "2 GATOS", "1 CAO (THOR) - PIT BULL - USAR FOCINHEIRA"]))
    doc.t(" AUTORIZADOS PERMANENTES\n")
    for _ in range(g.ri(1, 2)):
        a = g.person(female=g.chance(0.7))
        kind = g.pick(["DIARISTA", "BABA", "CUIDADORA", "MOTORISTA", "PERSONAL"])
        dv = (g.cpf(), "BR_CPF") if g.chance(0.5) else (g.rg(), "BR_RG")
        doc.f("   - «n» («k») DOC «dv» DIAS: «d»", n=P(a.caps if g.chance(0.7) else up(a.short)), k=kind, dv=dv,
              d=g.pick(["SEG/QUA/SEX", "SEG A SEX", "TER/QUI", "LIVRE"]))
        if g.chance(0.5):
            doc.f(" TEL «tl»", tl=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"))
        doc.t("\n")
    doc.f("\n OBS: «o»\n", o=g.pick(["MORADOR PEDIU P/ NAO INTERFONAR APOS 22H", "ENTREGAS DEIXAR NA PORTARIA", "MORADORA IDOSA - ATENCAO NO ELEVADOR",
                                   "LIBERAR ACESSO APP CONDOMINIO AO INQUILINO", "SAIDA PREVISTA FIM DO MES"]))
    doc.f(" ULT. ALTERACAO: «d» «h» POR «lg» - IP «ip»\n", d=g.date("br"), h=g.hm(), lg=g.pick(["ADM.CENTRAL", "APP_MORADOR", "PORT02"]),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.t(" F2=SALVAR  F3=VOLTAR  F5=BIOMETRIA  F7=HISTORICO ACESSOS  F12=IMPRIMIR\n")
    return doc


def at_alarme(g: Gen) -> Doc:
    """Fixed-width event export of an alarm-monitoring centre (houses of a gated community)."""
    doc = Doc()
    firm = up(g.pick(SECURITY))
    cli = g.person()
    conta = g.hexs(4)
    city, uf = g.city()
    doc.f("«f» - CENTRAL DE MONITORAMENTO 24H\nRELATORIO DE EVENTOS POR CONTA          EMITIDO EM «d» «h»\n"
          "CONTA: «c»   CLIENTE: «n»   CPF: «cpf»\nLOCAL: «ad» - «b» - «cy»/«uf» - CEP «cep»\nCENTRAL: «pm»   IP/PORTA: «ip»:«pt»   LINHA: «ln»\n\n",
          f=firm, d=g.date("br"), h=g.hm(), c=conta, n=P(cli.caps), ad=(g.address("caps", comp=g.pick(["", f"CASA {g.ri(1, 80)}", f"QD {g.ri(1, 20)} LT {g.ri(1, 30)}"])), "ADDRESS"),
          b=up(g.pick(BAIRROS)), cy=up(city), uf=uf, cpf=(g.cpf(), "BR_CPF"), cep=(g.cep(), "BR_CEP"), pm=g.pick(["AMT 4010 SMART", "JFL ACTIVE 20", "INTELBRAS AMT 8000", "PARADOX SP6000"]),
          ip=(g.ip(), "IP_ADDRESS"), pt=g.pick(["9009", "8080", "9010"]), ln=g.pick(["GPRS+ETH", "ETH", "GPRS"]))
    users = [g.relative(cli) for _ in range(2)] + [cli]
    cols = [("DATA", 10), ("HORA", 8), ("EVT", 4), ("Z/U", 4), ("DESCRICAO", 38), ("OPERADOR", 10)]
    rows = []
    hs = g.times(g.ri(5, 7), 6 * 3600, 23 * 3600 + 3000)
    d = g.date("br")
    forced = g.ri(1, len(hs) - 2)
    for idx, h in enumerate(hs):
        k = 2 if idx == forced else g.pick([0, 0, 1, 1, 3, 4])
        if k == 2:
            t130 = int(h[:2]) * 60 + int(h[3:5])
        if k <= 1:
            u = g.ri(1, len(users))
            nm = users[u - 1]
            verb = "ARME" if g.chance(0.5) else "DESARME"
            r = g.rng.random()
            if r < 0.35:
                desc = [V(f"{verb} USUARIO {u} ("), P(up(nm.first)), V(")")]
            elif r < 0.7:
                desc = [V(f"{verb} VIA APP IP "), (g.ip(), "IP_ADDRESS")]
            else:
                desc = [V(f"{verb} USUARIO {u}")]
            rows.append([V(d), V(h + f":{g.ri(0, 59):02d}"), V(g.pick(["R401", "E401"])), V(f"U{u:03d}"), desc, V("AUTO")])
        elif k == 2:
            rows.append([V(d), V(h + f":{g.ri(0, 59):02d}"), V("E130"), V(f"Z{g.ri(1, 16):03d}"),
                         V(g.pick(["DISPARO ZONA - PORTA COZINHA", "DISPARO IVP SALA", "DISPARO CERCA ELETRICA", "DISPARO SENSOR GARAGEM"])),
                         V(g.pick(["op.mesa3", "op.mesa1", "OPR07"]))])
        elif k == 3:
            rows.append([V(d), V(h + f":{g.ri(0, 59):02d}"), V("E301"), V("000"), V("FALTA DE ENERGIA AC"), V("AUTO")])
        else:
            rows.append([V(d), V(h + f":{g.ri(0, 59):02d}"), V("E602"), V("000"), V("TESTE PERIODICO"), V("AUTO")])
    # names inside the description cell: split so that the name is its own span
    doc.t(" ".join(c.ljust(w) for c, w in cols).rstrip() + "\n" + " ".join("=" * w for _, w in cols) + "\n")
    for r in rows:
        for k, (cellv, (_, w)) in enumerate(zip(r, cols)):
            v, lab = cellv if isinstance(cellv, tuple) else ("", None)
            if k:
                doc.t(" ")
            if isinstance(r[k], list):
                n0 = len(doc.text)
                for pv, pl in r[k]:
                    doc.e(pv, pl)
                doc.t(" " * max(w - (len(doc.text) - n0), 0))
            else:
                doc.cell(v, w, lab)
        doc.text = doc.text.rstrip(" ")
        doc.t("\n")
    op = g.person()
    vig = g.person(female=False)
    doc.f("\nTRATAMENTO DO EVENTO E130 (OPERADOR «op»):\n", op=g.pick(["OPR07", "OPR12", "MESA3", "OP." + up(op.first.split()[0])[:6]]))
    for i, c in enumerate(g.sample(users, 2)):
        doc.f(" «i») LIGACAO P/ «n» «tl» - «r»\n", i=i + 1, n=P(up(c.first) if g.chance(0.4) else c.caps),
              tl=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
              r=g.pick(["NAO ATENDEU", "ATENDEU - SENHA CORRETA - DISPARO ACIDENTAL", "ATENDEU - PEDIU VERIFICACAO", "CAIXA POSTAL"]))
    m1, m2 = t130 + g.ri(3, 9), t130 + g.ri(15, 40)
    h1, h2 = f"{m1 // 60 % 24:02d}:{m1 % 60:02d}", f"{m2 // 60 % 24:02d}:{m2 % 60:02d}"
    doc.f(" VTR «v» DESPACHADA «h1» - VIGILANTE «vn» (CNV «cnv») - CHEGADA «h2» - «res»\n", v=g.pick(["03", "07", "12", "21"]),
          h1=h1, vn=P(up(vig.short) if g.chance(0.6) else vig.caps), cnv=g.cnv(), h2=h2,
          res=g.pick(["PERIMETRO OK, SEM SINAIS DE ARROMBAMENTO", "JANELA DOS FUNDOS ABERTA, CLIENTE AVISADO", "GATO DENTRO DA CASA ACIONOU SENSOR",
                      "PORTAO BRANCO LATERAL ENCOSTADO, FECHADO PELO VIGILANTE"]))
    doc.f(" ENCERRADO POR «op» - PROTOCOLO «p»\n", op=g.pick(["OPR07", "op.mesa3", "OPR12"]), p=g.protocol())
    return doc


def at_mudanca(g: Gen) -> Doc:
    """Moving-in (or out) form with labels, sent to the administrator and the concierge."""
    doc = Doc()
    cond = g.pick(CONDOS)
    adm = g.pick(ADMINS)
    m = g.person()
    entrada = g.chance(0.7)
    city, uf = g.city()
    doc.f("«c»\n«a»\n\nFORMULÁRIO DE «tp» — Nº «n»\n\n", c=cond.upper(), a=adm, tp="MUDANÇA (ENTRADA)" if entrada else "MUDANÇA (SAÍDA)",
          n=f"{g.ri(1, 99):03d}/{g.ri(2024, 2025)}")
    doc.f("Unidade: «u»          Data prevista: «d»          Horário: «h»\n", u=g.unit(), d=g.date("br"), h=g.pick(["08h às 17h", "8h-12h", "13h às 18h", "sábado 8h-12h"]))
    doc.f("Condição: «c1»\n\nRESPONSÁVEL PELA MUDANÇA\nNome completo: «n»\nCPF: «cpf»     RG: «rg» «org»\nData de nascimento: «dob»\n"
          "Celular/WhatsApp: «tl»     E-mail: «em»\n",
          c1=g.pick(["( ) Proprietário  (X) Inquilino", "(X) Proprietário  ( ) Inquilino", "[x] locatário"]),
          n=P(g.name(m, ["full", "full", "caps"])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.rg_issuer(),
          dob=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2003), "DATE_OF_BIRTH"), tl=(g.phone(), "PHONE_NUMBER"), em=(g.email(m), "EMAIL_ADDRESS"))
    if entrada:
        doc.f("Endereço anterior: «ad» — «b» — «cy»/«uf» — CEP «cep»\n", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cy=city, uf=uf,
              cep=(g.cep(g.chance(0.8)), "BR_CEP"))
        if g.chance(0.6):
            doc.f("Imobiliária: «i» — CNPJ «cn» — corretor(a) «co»\nProprietário(a) da unidade: «pr»\n",
                  i=g.pick(["Imobiliária Bento & Aragão", "Lopes Prudente Imóveis", "Casa Flor Negócios Imobiliários", "QuintoAndar"]),
                  cn=cnpj_l(g), co=P(g.person().short), pr=P(g.person().full))
    else:
        doc.f("Novo endereço (para correspondência): «ad» — «cy»/«uf» — CEP «cep»\n", ad=(g.address(), "ADDRESS"), cy=city, uf=uf,
              cep=(g.cep(), "BR_CEP"))
    doc.t("Demais ocupantes: ")
    occ = [g.relative(m) for _ in range(g.ri(1, 2))]
    for i, o in enumerate(occ):
        doc.f("«s»«n» («r», nasc. «d»)", s="; " if i else "", n=P(o.full if g.chance(0.6) else o.first),
              r=g.pick(["cônjuge", "filha", "mãe", "companheira", "enteada"] if o.female else ["cônjuge", "filho", "pai", "companheiro", "enteado"]), d=(g.dob("br", 1950, 2022), "DATE_OF_BIRTH"))
    doc.t("\n\nEMPRESA DE MUDANÇA / TRANSPORTE\n")
    drv = g.person(female=False)
    doc.f("Razão social: «e»     CNPJ: «cn»\nVeículo: «v»     Placa: «pl»\nMotorista: «dn»     CNH nº «cnh»\nAjudantes: «a2»\n",
          e=g.pick(["Mudanças Leal Transportes Ltda", "Fortunato Mudanças e Guarda-Móveis", "Carreto do Biu ME", "Transportadora Rosa dos Ventos"]),
          cn=cnpj_l(g, 0.3), v=g.pick(["caminhão baú 3/4", "VUC", "Fiorino", "caminhão toco"]), pl=(g.plate(), "LICENSE_PLATE"),
          dn=P(drv.full), cnh=(g.cnh(), "BR_CNH"), a2=g.pick(["1", "2", "2 (docs. na portaria)"]))
    doc.f("\nDeclaro ciência do Regimento Interno (uso do elevador de serviço com capa de proteção, vistoria antes e depois, "
          "taxa de «tx» em caso de dano). «w».\n\n_______________________________\n«n»\n\n"
          "Recebido na portaria em «d» por «p» — vistoria elevador: «vs»\n",
          tx=f"R$ {g.money(150, 800)}", w=g.pick(["Seria prudente reservar também a garagem G1 para o caminhão", "O portão branco do subsolo fica fechado após 18h",
                                                   "Caução de mudança isenta para proprietários"]),
          n=P(m.full), d=g.date("br"), p=P(g.person().first) if g.chance(0.5) else "porteiro (turno dia)", vs=g.pick(["ok", "riscos na porta (foto)", "ok, capa instalada"]))
    return doc


def at_reserva(g: Gen) -> Doc:
    """E-mail thread: party-room booking and guest list (names with RG or CPF) forwarded to the concierge."""
    doc = Doc()
    cond = g.pick(CONDOS)
    dom = condo_mail(cond)
    m = g.person()
    ger = g.person()
    adm = g.pick(ADMINS)
    adm_dom = firm_dom(adm)
    dt = g.date("br")
    un = g.unit()
    doc.f("De: «gn» <«ge»>\nPara: «mn» <«me»>\nCc: portaria.«dm»@gmail.com\nData: «d»\nAssunto: RE: Reserva «sl» — «dt» — lista de convidados\n\n"
          "Olá,\n\nReserva confirmada para «dt», das «h1» às «h2». A taxa de «tx» entra no boleto do próximo mês. "
          "Encaminhei a lista à portaria; convidado sem documento não entra, conforme art. «art» do Regimento. "
          "Prestadores (buffet, DJ) precisam vir na lista com CPF e placa, se forem usar a garagem.\n\nAtt,\n"
          "Gerente de Condomínios — «adm»\n«gt»\n\n",
          gn=P(ger.full), ge=(g.corp_mail(ger, adm_dom), "EMAIL_ADDRESS"), mn=P(m.full), me=(g.email(m), "EMAIL_ADDRESS"), dm=dom,
          d=g.date("br") + " " + g.hm(), sl=g.pick(["salão de festas", "espaço gourmet", "churrasqueira 2", "salão de festas infantil"]), dt=dt,
          mf=P(m.first), h1=g.pick(["12h", "14h", "18h", "19h"]), h2=g.pick(["22h", "23h", "00h"]), tx=f"R$ {g.money(80, 450)}",
          art=g.ri(20, 60), adm=adm, gt=(g.phone(mobile=False), "PHONE_NUMBER"))
    named = g.chance(0.4)
    doc.f("-----Mensagem original-----\nDe: «mn»«lt»«me»«gt»\nEnviada em: «d»\nAssunto: Reserva «sl2»\n\n"
          "Boa tarde! Sou morador«oa» «un» e gostaria de confirmar a reserva para o aniversário ",
          mn=P(m.caps if g.chance(0.3) else m.full) if named else "", lt=" <" if named else "", gt=">" if named else "",
          me=(g.email(m), "EMAIL_ADDRESS"), d=g.date("br"), sl2=g.pick(["salão dia " + dt[:5], "espaço gourmet"]),
          un=("da " if un.startswith("casa") else "do ") + un, oa="a" if m.female else "")
    kid = g.relative(m, female=g.chance(0.6))
    w = g.ri(0, 3)
    if w == 0:
        doc.f("d«o» «r» «k» («a» anos)", o=kid.o, r="minha filha" if kid.female else "meu filho", k=P(kid.first if g.chance(0.5) else g.pick(["Vitória", "Aurora", "Flor", "Glória"] if kid.female else ["Bento", "Amado", "Fortunato"])),
              a=g.ri(2, 14))
    elif w == 1:
        doc.f("de 15 anos da «k»", k=P(g.pick(["Aurora", "Vitória", "Glória", kid.first]) if kid.female else "Luz"))
    elif w == 2:
        doc.t(g.pick(["do meu marido", "da minha esposa", "da minha mãe"]))
    else:
        doc.f("do «k», meu sogro", k=P(g.pick(["Bento", "Amado", "Prudente", "Fortunato"])))
    doc.t(". Segue a lista:\n\n")
    for i in range(g.ri(3, 4)):
        c = g.person()
        k = g.ri(0, 3)
        nm = P(g.name(c, ["full", "full", "short", "caps", "low"]))
        if k == 0:
            doc.f("«i». «n» — RG «rg»\n", i=i + 1, n=nm, rg=(g.rg(), "BR_RG"))
        elif k == 1:
            doc.f("«i». «n» — CPF «cpf»\n", i=i + 1, n=nm, cpf=(g.cpf(), "BR_CPF"))
        elif k == 2:
            doc.f("«i». «n» (menor, com os pais)\n", i=i + 1, n=nm)
        else:
            doc.f("«i». «n» — RG «rg» — carro «pl»\n", i=i + 1, n=nm, rg=(g.rg(), "BR_RG"), pl=(g.plate(), "LICENSE_PLATE"))
    bf = g.person()
    doc.f("\nBuffet «b»: «bn» (CPF «bc») e 2 garçons; DJ «dj» — van placa «pl».\nQualquer dúvida meu cel é «tl».«cc1»«cc2»\n\nObrigad«o»!\n", o=m.o,
          **card_parts(g, 0.3, "\nSe puder, prefiro pagar a taxa no cartão: "),
          b=g.pick(["Doce Aurora", "Sabor do Bento", "Flor de Sal Eventos", "Kassab Festas"]), bn=P(bf.full), bc=(g.cpf(), "BR_CPF"),
          dj=P(g.person(female=False).nick if g.chance(0.4) else g.person().first), pl=(g.plate(), "LICENSE_PLATE"),
          tl=(g.phone(), "PHONE_NUMBER"), mf=P(m.first))
    return doc


# =========================================================================== juridico

NAC = ["brasileiro", "brasileira", "haitiano", "haitiana", "boliviano", "boliviana", "venezuelano", "venezuelana"]
ESTCIV = ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]


def nac(p: Person, origin_hint: str = "") -> str:
    return "brasileira" if p.female else "brasileiro"


def civ(g: Gen, p: Person) -> str:
    e = g.pick(ESTCIV)
    if p.female and e != "em união estável":
        e = e[:-1] + "a"
    return e


def titulo_parts(g: Gen, p: float) -> dict:
    """Optional voter-card mention for a qualification: plain lead-in plus the labelled number."""
    if g.chance(p):
        return {"te1": g.pick([", título de eleitor ", ", título eleitoral nº ", ", TE "]), "te2": (g.titulo(), "BR_TITULO_ELEITOR")}
    return {"te1": "", "te2": ""}


def qualif(g: Gen, doc: Doc, p: Person, prof: str, caps: bool = True, dob: bool = False, mail: bool = True) -> None:
    """Qualification of a natural person in a petition."""
    city, uf = g.city()
    doc.f("«n», «na», «ec», «pf», ", n=P(p.caps if caps else p.full), na=nac(p), ec=civ(g, p), pf=prof)
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob("br", 1955, 2002), "DATE_OF_BIRTH"))
    doc.f("portador«a» do RG nº «rg» «org» e inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», «b», «cy»/«uf», CEP «cep»",
          a="a" if p.female else "", o=p.o, rg=(g.rg(), "BR_RG"), org=g.rg_issuer(), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cy=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if mail:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.3):
        doc.f("«te1»«te2»", **titulo_parts(g, 1.0))


def ju_execucao(g: Gen) -> Doc:
    """Condominium fee collection suit (execução de título extrajudicial, art. 784, X, CPC)."""
    doc = Doc()
    city, uf = g.city()
    cond = g.pick(CONDOS)
    sind = g.person()
    ex = g.person()
    adv = [g.person() for _ in range(g.pick([1, 2]))]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CÍVEL DA COMARCA DE «cy»/«uf»\n\n\n",
          v=g.ri(1, 45), cy=up(city), uf=uf)
    doc.f("«c», inscrito no CNPJ sob o nº «cn», ", c=up(cond), cn=cnpj_l(g, 0.25))
    t, nm, num = g.street()
    if g.chance(0.5):
        doc.f("com sede na «t» «nm», «num», «cy»/«uf», ", t=t, nm=nm, num=num, cy=city, uf=uf)
    doc.f("neste ato representado por «ss», «s», CPF «sc», por seus advogados que esta subscrevem (procuração e ata de eleição anexas), "
          "vem, respeitosamente, à presença de Vossa Excelência, propor\n\nAÇÃO DE EXECUÇÃO DE TÍTULO EXTRAJUDICIAL\n\nem face de ",
          ss="sua síndica" if sind.female else "seu síndico", s=P(sind.full), sc=(g.cpf(), "BR_CPF"))
    qualif(g, doc, ex, g.pick(["empresário", "comerciante", "aposentado", "servidor público", "médico", "autônomo"]), mail=g.chance(0.9))
    co = None
    if g.chance(0.4):
        co = g.relative(ex, female=not ex.female)
        doc.f(", e «n», CPF «cpf», cônjuge coproprietári«o», com o mesmo endereço", n=P(co.caps), cpf=(g.cpf(), "BR_CPF"), o=co.o)
    doc.f(", pelos fatos e fundamentos a seguir.\n\nI — DOS FATOS\n\nO(s) Executado(s) é(são) proprietário(s) da unidade autônoma «u» do «c», "
          "matrícula nº «mt» do «rc»º Cartório de Registro de Imóveis de «cy», e deixou(aram) de adimplir as contribuições condominiais "
          "ordinárias e extraordinárias abaixo, aprovadas em assembleia (atas anexas):\n\n",
          u=g.unit(), c=cond, mt=f"{g.ri(10, 250)}.{g.d(3)}", rc=g.ri(1, 18), cy=city)
    doc.t("COMPETÊNCIA  VENCIMENTO   VALOR       MULTA 2%   JUROS      CORREÇÃO   TOTAL\n")
    total = 0
    y = g.ri(2022, 2024)
    m0 = g.ri(1, 8)
    for k in range(g.ri(4, 7)):
        mm = (m0 + k - 1) % 12 + 1
        yy = y + (m0 + k - 1) // 12
        base = g.ri(380, 2400) * 100 + g.ri(0, 99)
        mu, ju, co_ = base * 2 // 100, base * g.ri(5, 30) // 100, base * g.ri(1, 9) // 100
        tot = base + mu + ju + co_
        total += tot
        fm = lambda c: (f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}")
        doc.t(f"{mm:02d}/{yy}      10/{mm:02d}/{yy}   {fm(base):<11} {fm(mu):<10} {fm(ju):<10} {fm(co_):<10} {fm(tot)}\n")
    doc.f("\nTOTAL DO DÉBITO (planilha anexa, atualizada até «d»): R$ «t»\n\n", d=g.date("br"),
          t=f"{total // 100:,}".replace(",", ".") + f",{total % 100:02d}")
    doc.f("II — DO DIREITO\n\nNos termos do art. 1.336, I, do Código Civil (Lei 10.406/2002) e do art. 784, X, do CPC, o crédito referente às "
          "contribuições condominiais, previstas na convenção e aprovadas em assembleia, constitui título executivo extrajudicial. A unidade "
          "responde pela dívida (obrigação propter rem), sendo inoponível a impenhorabilidade do bem de família (art. 3º, IV, da Lei 8.009/1990). "
          "Foram frustradas as tentativas de acordo: notificação extrajudicial enviada em «n1» (AR «ar») e contato pelo telefone «tl»"
          "«mail».\n\nIII — DOS PEDIDOS\n\na) a citação do(s) Executado(s) para pagar em 3 (três) dias, sob pena de penhora (art. 829 do CPC), "
          "inclusive das cotas vincendas (art. 323 do CPC);\nb) a penhora da própria unidade, caso não haja pagamento;\nc) a fixação de honorários de 10%.\n\n"
          "Dá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n«cy», «d2».\n\n",
          n1=g.date("br"), ar=f"{g.pick(['JT', 'OV', 'BR', 'QA'])}{g.d(9)}BR", tl=(g.phone(), "PHONE_NUMBER"),
          mail="" if g.chance(0.5) else ", sem resposta", vc=f"{total // 100:,}".replace(",", ".") + f",{total % 100:02d}", cy=city, d2=g.date("long"))
    for a in adv:
        doc.f("«n»\n«o»\n", n=P(g.pick([a.full, a.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("\n[Distribuído por sorteio em «d» — Processo nº «p» — «v»ª Vara Cível — custas recolhidas, guia «gu»]\n",
          d=g.date("br"), p=g.cnj(), v=g.ri(1, 45), gu=g.d(12))
    return doc


def ju_hora_extra(g: Gen) -> Doc:
    """Guard's (or doorman's) labour claim for overtime: security firm and condominium as defendants."""
    doc = Doc()
    city, uf = g.city()
    rec = g.person(female=g.chance(0.2))
    adv = g.person()
    func = g.pick(["vigilante", "vigilante", "porteiro", "controlador de acesso", "vigilante líder"])
    if rec.female:
        func = {"porteiro": "porteira", "controlador de acesso": "controladora de acesso"}.get(func, func)
    sec = g.pick(SECURITY)
    cond = g.pick(CONDOS)
    doc.f("EXMO(A). SR(A). JUIZ(A) DO TRABALHO DA «v»ª VARA DO TRABALHO DE «cy»/«uf»\n\n", v=g.ri(1, 90), cy=up(city), uf=uf)
    mae = g.person(female=True)
    doc.f("«n», «na», «ec», «fn», nascid«o» em «dob», filh«o» de «m», CTPS digital, PIS/PASEP «pis», CPF «cpf», RG «rg» «org»«te1»«te2», "
          "residente na «ad», «cy2», CEP «cep», telefone «tl», e-mail «em», por sua advogada infra-assinada, vem propor\n\n"
          "RECLAMAÇÃO TRABALHISTA (RITO ORDINÁRIO)\n\nem face de\n\n",
          n=P(rec.caps), na=nac(rec), ec=civ(g, rec), fn=func, o=rec.o, dob=(g.dob("br", 1965, 2001), "DATE_OF_BIRTH"),
          m=P(g.pick([mae.full, mae.caps])), pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.rg_issuer(),
          **titulo_parts(g, 0.5), ad=(g.address(), "ADDRESS"), cy2=f"{city}/{uf}", cep=(g.cep(), "BR_CEP"), tl=(g.phone(), "PHONE_NUMBER"), em=(g.email(rec), "EMAIL_ADDRESS"))
    doc.f("1ª RECLAMADA: «s», pessoa jurídica de direito privado, CNPJ «c1», com sede na «t» «nm», «num», «cy»/«uf»;\n"
          "2ª RECLAMADA (responsabilidade subsidiária, Súmula 331, IV, do TST): «c», CNPJ «c2», tomador dos serviços.\n\n",
          s=up(sec), c1=cnpj_l(g), t=g.pick(STREET_TYPES), nm=g.pick(STREET_NAMES), num=g.ri(10, 3000), cy=city, uf=uf, c=up(cond), c2=cnpj_l(g))
    adm = g.date("br", g.ri(2018, 2022))
    doc.f("1. DO CONTRATO DE TRABALHO\n\nO(A) Reclamante foi admitid«o» em «a» para a função de «fn»«cnv», com último salário de R$ «sl», e dispensad«o» sem justa causa em «dm». Prestou serviços exclusivamente no posto da "
          "portaria do «c», em escala 12x36, «hh».\n\n",
          o=rec.o, a=adm, fn=func,
          cnv=f" (CNV nº {g.cnv()}, curso de formação pela Lei 7.102/1983)" if func.startswith("vigil") else " (sem curso de vigilante)", sl=g.money(1900, 3800), dm=g.date("br", 2024), c=cond,
          hh=g.pick(["das 19h às 7h", "das 18h às 6h", "das 7h às 19h", "noturna (19h-7h)"]))
    sup = g.person(female=False)
    doc.f("2. DA JORNADA E DAS HORAS EXTRAS\n\nA escala 12x36 era descaracterizada: o(a) Reclamante dobrava ao menos «x» vezes por mês "
          "para cobrir faltas de colegas, por ordem do supervisor «sp», sem intervalo intrajornada (art. 71 da CLT) e sem pagamento das horas "
          "excedentes (art. 59 da CLT). O livro de ocorrências e o sistema de controle de acesso do condomínio registram as rondas assinadas "
          "pel«o» Reclamante nesses dias. Era, ainda, obrigad«o» a chegar 30 minutos antes para a troca de turno («w»).\n\n",
          x=g.ri(2, 6), sp=P(g.pick([sup.full, sup.short, sup.nick])), o=rec.o,
          w=g.pick(["o chamado “rendição”", "passagem do rádio e do livro", "conferência do armamento e do colete"]))
    doc.f("3. DOS PEDIDOS\n\na) horas extras e reflexos — R$ «a»;\nb) intervalo intrajornada (art. 71, § 4º, CLT) — R$ «b»;\n"
          "c) adicional noturno e prorrogação (Súmula 60 do TST) — R$ «c»;\nd) adicional de periculosidade (art. 193, II, CLT) — R$ «d»;\n"
          "e) multa do art. 477 da CLT — R$ «e».\n\nValor da causa: R$ «vc».\n\nROL DE TESTEMUNHAS\n",
          a=g.money(8000, 60000), b=g.money(3000, 20000), c=g.money(2000, 15000), d=g.money(5000, 30000), e=g.money(1900, 3800),
          vc=g.money(30000, 150000))
    for i in range(g.ri(1, 2)):
        t = g.person(female=g.chance(0.3))
        k = g.ri(0, 2)
        if k == 0:
            doc.f("«i». «n», ex-vigilante do mesmo posto, CPF «cpf», tel. «tl»;\n", i=i + 1, n=P(t.full), cpf=(g.cpf(), "BR_CPF"), tl=(g.phone(), "PHONE_NUMBER"))
        elif k == 1:
            doc.f("«i». «n», morador«a» do condomínio, RG «rg», residente na «ad»;\n", i=i + 1, n=P(t.full), a="a" if t.female else "",
                  rg=(g.rg(), "BR_RG"), ad=(g.address(comp=g.unit()), "ADDRESS"))
        else:
            doc.f("«i». «n» («nk»), porteiro do turno diurno, que comparecerá independentemente de intimação;\n", i=i + 1, n=P(t.full), nk=P(t.nick))
    doc.f("\n«cy», «d».\n\n«a»\n«oab»\n«ae»\n", cy=city, d=g.date("long"), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ae=(g.email(adv, g.pick(["adv.br", "advocacia.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    doc.f("\n— PJe: ATOrd «p» — distribuída em «d» —\n", p=g.cnj_trt(), d=g.date("br"))
    return doc


def ju_furto_garagem(g: Gen) -> Doc:
    """Small-claims judgment: damages for a car stolen from the condominium garage (patrol report quoted)."""
    doc = Doc()
    city, uf = g.city()
    aut = g.person()
    cond = g.pick(CONDOS)
    sec = g.pick(SECURITY)
    juiz = g.person()
    pl = g.plate()
    vig, port = g.person(female=False), g.person()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO DE «uf»\n«v»º Juizado Especial Cível da Comarca de «cy»\n\n"
          "Processo nº «p»\nRequerente: «a» (CPF «ac»)\nAdvogado: «aa» («ao»)\nRequerido: «c»«s»\nAdvogad«o2» do requerido: «ba» («bo»)\n\nSENTENÇA\n\n",
          uf=uf, v=g.ri(1, 12), cy=city, p=g.cnj(), a=P(aut.caps), ac=(g.cpf(), "BR_CPF"), c=up(cond),
          s=("\nRequerida: " + up(sec)) if g.chance(0.6) else "", aa=P((aa := g.person()).caps), ao=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ba=P((bb := g.person()).caps), o2=bb.o, bo=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Vistos etc. Dispensado o relatório, nos termos do art. 38 da Lei 9.099/1995.\n\nTrata-se de ação de indenização por danos "
          "materiais e morais proposta pel«ao» autor«aa» em face do condomínio, alegando que, na madrugada de «d», seu veículo «car», placa «pl», "
          "RENAVAM «rv», foi subtraído da vaga «vg» da garagem do edifício onde reside, na «ad». Juntou boletim de ocorrência nº «bo», "
          "nota fiscal de compra e tabela FIPE.\n\n",
          ao="a" if aut.female else "o", aa="a" if aut.female else "", d=g.date("br"), car=g.car(), pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), vg=g.ri(1, 150), ad=(g.address(comp=g.unit()), "ADDRESS"),
          bo=f"{g.d(4)}/{g.ri(2023, 2025)}")
    doc.f("O condomínio, em contestação, invocou a cláusula de não indenizar da convenção (art. «art») e juntou o relatório de ronda do "
          "vigilante «vn», do qual se extrai:\n\n", art=g.ri(20, 70), vn=P(vig.full))
    hs = g.times(4, 0, 6 * 3600)
    doc.f("    «h1» RONDA G1/G2 - S/ ALTERAÇÃO\n    «h2» PORTÃO GARAGEM ABERTO P/ MORADOR UNID. «m» (TAG «tg»)\n"
          "    «h3» MOTO S/ PLACA SAI PELA RAMPA ATRÁS DE VEÍC. «pl2» - NÃO ABORDADO\n    «h4» RONDA G1 - VAGA «vg» VAZIA - COMUNICADO SUPERVISOR\n\n",
          h1=hs[0], h2=hs[1], m=f"{g.ri(1, 18)}0{g.ri(1, 4)}", tg=g.tag(), h3=hs[2], pl2=(g.plate(), "LICENSE_PLATE"),
          h4=hs[3], vg=g.ri(1, 150))
    doc.f("Em audiência de instrução, «op» «pn» declarou que «ds». A testemunha «tn», vizinh«o» de vaga, confirmou que o portão "
          "permanecia aberto por longos períodos «w».\n\n",
          op="a porteira" if port.female else "o porteiro", pn=P(port.full), ds=g.pick(["liberou a entrada de um motoboy que se identificou como entregador do aplicativo, sem conferir documento",
                                      "não viu a saída do veículo pois atendia o interfone", "as câmeras da rampa estavam desligadas havia uma semana"]),
          tn=P(g.person().full), o=g.pick(["o", "a"]), w=g.pick(["por defeito no sensor", "porque a luz da garagem estava queimada", "durante a troca de turno"]))
    doc.f("É o que importa relatar. DECIDO.\n\nA cláusula de não indenizar não afasta a responsabilidade quando o condomínio assume, por "
          "deliberação assemblear e contratação de vigilância, o dever de guarda (Tema repetitivo do STJ sobre o tema). Demonstrada a falha "
          "do serviço de segurança, com rondas registradas que não impediram a saída do veículo, é devida a reparação do valor da tabela FIPE "
          "(R$ «fp»). Não há dano moral indenizável: mero aborrecimento.\n\n"
          "Ante o exposto, JULGO PARCIALMENTE PROCEDENTE o pedido para condenar o(s) requerido(s), solidariamente, ao pagamento de R$ «fp», "
          "referente ao veículo placa «pl», corrigidos desde «d» e com juros de 1% ao mês desde a citação. Sem custas e honorários (art. 55 da Lei 9.099/1995).\n\n"
          "P.R.I.\n«cy», «d2».\n\n«j»\n«a» de Direito\n",
          fp=g.money(25000, 140000), pl=(pl, "LICENSE_PLATE"), d=g.date("br"), cy=city, d2=g.date("br"), j=P(juiz.full), a="Juíza" if juiz.female else "Juiz")
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of an extraordinary owners' assembly with attendance list and proxies."""
    doc = Doc()
    city, uf = g.city()
    cond = g.pick(CONDOS)
    pres, sec = g.person(), g.person()
    sind = g.person()
    doc.f("ATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DO «c»\nCNPJ «cn»\n\n", c=up(cond), cn=cnpj_l(g, 0.2))
    doc.f("Aos «d», às «h» em segunda convocação, reuniram-se no salão de festas os condôminos relacionados na lista de presença anexa, "
          "para deliberar sobre a ordem do dia constante do edital de «ed». Foi eleit«o» para presidir os trabalhos «p» (unidade «u1»), "
          "que convidou a mim, abaixo assinad«o9», para secretariar. Presente ainda «sn» e a representante da administradora.\n\n",
          d=g.date("long"), h=g.pick(["19h30", "20h", "19h"]), ed=g.date("br"), o=pres.o, p=P(pres.full), u1=g.unit(), o9=sec.o,
          sn="a síndica" if sind.female else "o síndico")
    doc.t("LISTA DE PRESENÇA\n")
    doc.t("UNID.   CONDÔMINO                              CPF             CONDIÇÃO       ASSINATURA\n")
    proxies = []
    for _ in range(g.ri(3, 4)):
        c = g.person()
        cond_ = g.pick(["proprietário", "proprietário", "proprietário", "procurador", "inquilino*"])
        doc.cell(f"{g.ri(1, 18)}0{g.ri(1, 4)}" + g.pick(["", "-A", "-B"]), 7)
        doc.t(" ")
        doc.cell(g.name(c, ["full", "full", "caps", "short"]), 38, "PERSON")
        doc.t(" ")
        doc.cell(g.cpf(), 15, "BR_CPF")
        doc.t(" ")
        doc.cell(cond_, 14)
        doc.t(" " + g.pick(["(ass.)", "(ass.)", "(ass. digital)", "—"]) + "\n")
        if cond_ == "procurador":
            proxies.append(c)
    doc.t("* inquilino sem procuração: presença sem direito a voto (art. 24, § 4º, da Lei 4.591/1964).\n\n")
    if not proxies:
        proxies.append(g.person())
    doc.t("PROCURAÇÕES APRESENTADAS\n")
    for p in proxies:
        o = g.person()
        doc.f("- Outorgante: «o», CPF «oc», RG «org», unidade «u»; outorgado(a): o(a) procurador(a) da lista acima, RG «rg» — firma reconhecida no «cart»\n",
              o=P(o.full), oc=(g.cpf(), "BR_CPF"), org=(g.rg(), "BR_RG"), u=f"{g.ri(1, 18)}0{g.ri(1, 4)}", a=p.o, rg=(g.rg(), "BR_RG"),
              cart=g.pick(["1º Tabelionato de Notas", "Cartório do 2º Ofício", "Tabelionato Prudente", "4º Tabelião de Notas"]))
    inad = g.person()
    doc.f("\nDELIBERAÇÕES\n\n1) Reforma da fachada: aprovada, por «a» votos a «b», com rateio extra de R$ «v» por fração ideal em «n» parcelas. "
          "«w».\n2) Condôminos inadimplentes: por maioria, autorizado o ajuizamento contra a unidade «u» («ii»), débito de R$ «db». "
          "\n3) Segurança: aprovada a troca da «sec» pela empresa vencedora da cotação (três orçamentos), após os furtos na garagem; "
          "«sa» apresentou as imagens de CFTV de «dd» em que aparece o veículo placa «pl», de terceiro não identificado.\n"
          "4) Regimento: multa de 50% da cota ao condômino da unidade «u2» pela reincidência de barulho após as 22h e pelo cão sem guia no hall.\n\n",
          a=g.ri(14, 40), b=g.ri(1, 13), v=g.money(80, 900), n=g.ri(3, 12),
          w=g.pick(["Seria prudente, disse o conselheiro, esperar o laudo", "A cor escolhida foi o branco gelo", "Discutida a troca das luzes da fachada por LED"]),
          u=f"{g.ri(1, 18)}0{g.ri(1, 4)}", ii=P(g.name(inad, ["full", "caps"])), db=g.money(3000, 60000),
          sec=g.pick(SECURITY), sa="a síndica" if sind.female else "o síndico", dd=g.date("br"), pl=(g.plate(), "LICENSE_PLATE"), u2=f"{g.ri(1, 18)}0{g.ri(1, 4)}")
    doc.f("Nada mais havendo a tratar, encerrou-se a assembleia, lavrando eu, secretári«o2», a presente ata, que vai assinada por mim e pel«o» presidente.\n\n"
          "«cy», «d».\n\n«p» — Presidente\n«s2» — Secretári«o2»\n\n[Registrada no «rc»º Ofício de Registro de Títulos e Documentos sob o nº «nr»]\n",
          o=pres.o, cy=city, d=g.date("br"), p=P(pres.caps), s2=P(sec.caps), o2=sec.o, rc=g.ri(1, 9),
          nr=f"{g.d(3)}.{g.d(3)}")
    return doc


def ju_lgpd_cftv(g: Gen) -> Doc:
    """CCTV footage request under the LGPD: owner's e-mail, DPO's reply, app access log with IPs."""
    doc = Doc()
    cond = g.pick(CONDOS)
    own = g.person()
    dpo = g.person()
    adm = g.pick(ADMINS)
    dom = firm_dom(adm)
    d0 = g.date("br")
    doc.f("From: «dn» <«de»>\nTo: «on» <«oe»>\nCc: dpo@«dm»; sindico.«cm»@gmail.com\nSubject: RES: Solicitação de imagens CFTV e dados pessoais — "
          "Protocolo «pt»\n\nPrezad«o» condômin«o»,\n\n",
          dn=P(dpo.full), de=(g.corp_mail(dpo, dom), "EMAIL_ADDRESS"), on=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"), dm=dom,
          cm=condo_mail(cond), pt=g.protocol(), o=own.o)
    doc.f("Em atenção à sua solicitação, feita com base no art. 18 da Lei 13.709/2018 (LGPD), informamos:\n\n"
          "1. As imagens do circuito interno do «c» ficam armazenadas por «dd» dias no DVR da portaria, operado pela «sec». As gravações de «d0» "
          "(garagem G1, câmeras 4 e 7, das «h1» às «h2») foram preservadas a pedido da síndica e serão disponibilizadas para visualização "
          "presencial, com as pessoas de terceiros desfocadas. A entrega de cópia só será feita mediante requisição da autoridade policial — o "
          "«dg» «dl», da «dp», já oficiou o condomínio (Ofício nº «of»).\n\n"
          "2. Dados pessoais que tratamos a seu respeito (cadastro de condômino): nome, CPF «cpf», RG «rg», telefone «tl», e-mail, "
          "placa «pl» e biometria facial para a portaria remota (base legal: art. 7º, II e IX, e art. 11 da LGPD).\n\n"
          "3. Registros de acesso ao aplicativo do condomínio em seu login nos últimos 30 dias:\n\n",
          c=cond, dd=g.pick([15, 30, 7]), sec=g.pick(SECURITY), d0=d0, h1=g.hm(), h2=g.hm(), dl=P((dl := g.person()).full), dg="a delegada" if dl.female else "o delegado",
          dp=g.pick(["1ª DP", "Delegacia de Roubos e Furtos de Veículos", "12º Distrito Policial", "DRFV"]), of=f"{g.d(3)}/{g.ri(2024, 2025)}",
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), tl=(g.phone(), "PHONE_NUMBER"), pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("   data/hora            ip               evento\n")
    ipa = g.ip()
    ym = f"2025-{g.ri(1, 12):02d}"
    for dd in sorted(g.sample(range(1, 29), g.ri(4, 6))):
        doc.f("   «d» «h»  «ip» «ev»\n", d=f"{ym}-{dd:02d}", h=g.hms(), ip=(ipa if g.chance(0.5) else g.ip(), "IP_ADDRESS"),
              ev=g.pick(["login", "liberação visitante", "reserva área comum", "2ª via boleto", "abertura portão via app"]).rjust(0))
    doc.f("\n4. Sobre o pedido de informar quem retirou a encomenda em seu nome: consta no livro da portaria a assinatura de «rt», RG «rr», "
          "conferida pela portaria. Compartilhamos apenas porque se trata de dado necessário ao exercício regular de direito (art. 7º, VI).\n\n"
          "Permanecemos à disposição.\n\nEncarregad«o3» de Proteção de Dados — «adm»\n«dtl»\n\n",
          rt=P(g.person().full), rr=(g.rg(), "BR_RG"), o3=dpo.o, adm=adm,
          dtl=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("-----Original Message-----\nFrom: «on» <«oe»>\nSent: «d»\n\nBoa tarde. Sou proprietári«o» da unidade «u» e, com base na LGPD, peço: "
          "(a) cópia das imagens da garagem de «d0»; (b) a lista de todos os dados que vocês têm sobre mim e minha família (minha esposa «sp», "
          "CPF «spc», e meus filhos); (c) quem retirou a encomenda em meu nome. Meu celular é «tl».\n",
          on=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"), d=g.date("br"), o=own.o, u=g.unit(), d0=d0,
          sp=P(g.relative(own, female=True).full), spc=(g.cpf(), "BR_CPF"), tl=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_relatorio(g: Gen) -> Doc:
    """Fixed-width litigation report of a condominium administrator's legal department."""
    doc = Doc()
    adm = up(g.pick(ADMINS))
    cond = up(g.pick(CONDOS))
    resp = g.person()
    doc.f("«a» - DEPTO JURIDICO\nRELATORIO DE PROCESSOS ATIVOS - CARTEIRA: «c»\nPOSICAO EM «d»   EMITIDO POR: «r»   PAG. 1/1\n\n",
          a=adm, c=cond, d=g.date("br"), r=g.pick(["JUR.COBRANCA", "USR" + g.d(4), login(g, resp).upper()]))
    cols = [("PROCESSO", 25), ("UNID", 5), ("PARTE CONTRARIA", 30), ("CPF/CNPJ", 18), ("ADVOGADO", 18), ("OAB", 17), ("FASE", 16), ("VALOR", 12)]
    rows = []
    for _ in range(g.ri(5, 6)):
        kind = g.ri(0, 5)
        adv = g.person()
        adv_o = (g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID")
        if kind == 5:
            parte = V(g.pick(["INCORPORADORA FLOR DO VALE", "BENTO AMARAL IMOVEIS LTDA", "ESPOLIO DE J. A. FROTA", "HADDAD EMPREEND. LTDA"]))
            doc_ = cnpj_l(g, 0.3) if "ESPOLIO" not in parte[0] else V("")
        else:
            p = g.person()
            parte = P(up(p.short) if len(p.full) > 30 else p.caps)
            doc_ = (g.cpf(), "BR_CPF") if g.chance(0.85) else V(g.masked_cpf())
        proc = g.cnj_trt() if kind == 4 else g.cnj()
        fase = {0: "CITACAO", 1: "PENHORA UNIDADE", 2: "ACORDO HOMOLOG.", 3: "SENTENCA", 4: "RT - INSTRUCAO", 5: "LEILAO DESIGN."}[kind]
        rows.append([V(proc), V(f"{g.ri(1, 18)}0{g.ri(1, 4)}" if kind != 4 else "-"), parte, doc_,
                     (P(up(adv.short)) if len(adv.short) <= 18 else P(up(adv.last))) if g.chance(0.4) else V(g.pick(["ROLIM ADV.", "JUR. INTERNO", "LUSTOSA & ARAGAO"])), adv_o, V(fase), V(g.money(2000, 180000))])
    table_fixed(doc, cols, rows)
    doc.f("\nOBS.: processo trabalhista (RT) refere-se a ex-porteiro terceirizado; condomínio como responsável subsidiário. "
          "Contato do escritório parceiro: «e», «t».\n", e=(g.corp_mail(g.person(), "rolimadvogados.com.br"), "EMAIL_ADDRESS"),
          t=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Hearing minutes of a cleaner's labour claim against a facility firm (settlement to an account or a random Pix key)."""
    doc = Doc()
    city, uf = g.city()
    rec = g.person(female=g.chance(0.75))
    fac = g.pick(FACILITY)
    cond = g.pick(CONDOS)
    juiz = g.person()
    a1, a2 = g.person(), g.person()
    prep = g.person()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «r»ª REGIÃO\n«v»ª Vara do Trabalho de «cy»\n\n"
          "ATOrd «p»\nRECLAMANTE: «rn»\nRECLAMADO: «f» — CNPJ «c1»\nRECLAMADO: «c» — CNPJ «c2»\n\nATA DE AUDIÊNCIA\n\n",
          r=g.ri(1, 24), v=g.ri(1, 80), cy=city, p=g.cnj_trt(), rn=P(rec.caps), f=up(fac), c1=cnpj_l(g), c=up(cond), c2=cnpj_l(g))
    doc.f("Em «d», às «h», na sala de audiências desta Vara, sob a presidência d«o» Exm«o». «a» do Trabalho «j», foram apregoados os litigantes.\n\n"
          "Presente «ar» reclamante, acompanhad«o2» de «sa» «a1» («o1»).\nPresente «pr» da 1ª reclamada, «pp», CPF «pc», "
          "acompanhad«o3» da advogada «a2» («o2b»).\nAusente a 2ª reclamada, representada por advogado com carta de preposição.\n\n",
          d=g.date("br"), h=f"{g.ri(8, 17):02d}:{g.pick(['00', '10', '20', '30', '40', '50'])}", o=juiz.o, a="Juíza" if juiz.female else "Juiz", j=P(juiz.full), ar="a" if rec.female else "o",
          o2=rec.o, sa="sua advogada," if a1.female else "seu advogado,", a1=P(a1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), pp=P(prep.full), pc=(g.cpf(), "BR_CPF"), pr="a preposta" if prep.female else "o preposto", o3=prep.o,
          a2=P(a2.full), o2b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    val = g.money(3000, 40000)
    doc.f("CONCILIAÇÃO: as partes conciliaram nos seguintes termos: a 1ª reclamada pagará «o» reclamante a importância líquida de R$ «v», "
          "em «n» parcelas mensais, vencendo-se a primeira em «d1», ", o="à" if rec.female else "ao", v=val, n=g.ri(1, 6), d1=g.date("br"))
    if g.chance(0.5):
        doc.f("mediante transferência Pix para a chave aleatória «px», de titularidade d«o» reclamante", px=(g.uuid(), "PIX_KEY"), o=rec.o)
    else:
        doc.f("mediante depósito na conta de titularidade d«o» reclamante, banco «b», agência «ag», conta «tp» nº «ac»", o=rec.o,
              b=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança"]), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f(". Em caso de inadimplemento, multa de 50% sobre o saldo. Parcelas de natureza indenizatória (férias indenizadas, FGTS + 40%, "
          "multa do art. 477 da CLT), sem incidência previdenciária. A 2ª reclamada responde subsidiariamente.\n\n"
          "Dados da reclamante para expedição de alvará do FGTS: PIS «pis», CPF «cpf», nascimento «dob»«te1»«te2».\n\n",
          pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1960, 2002), "DATE_OF_BIRTH"),
          **titulo_parts(g, 0.35))
    t = g.person(female=True)
    doc.f("A testemunha trazida pela reclamante, «t1»«t2»«t3»RG «rg», encarregada de limpeza no mesmo condomínio, foi dispensada. "
          "Consignou-se, a pedido do advogado, que a reclamante «w».\n\nHomologado o acordo. Custas de R$ «cs» pela 1ª reclamada, "
          "calculadas sobre o valor do acordo. Nada mais.\n\n«a» do Trabalho\n\nAssinado eletronicamente por: «j3» — «d»\n",
          **opt_name(g, t.full, 0.5, ", "),
          rg=(g.rg(), "BR_RG"),
          w=g.pick(["trabalhava com produtos de limpeza sem luva nitrílica, conforme ficha de EPI juntada", "limpava a piscina e as áreas comuns em escala 6x1",
                    "acumulava a função de zeladora nos fins de semana"]),
          cs=g.money(60, 800), a="Juíza" if juiz.female else "Juiz", j3=P(juiz.full), d=g.date("br") + " " + g.hms())
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Santa Luzia", "Hospital São Bento", "UPA 24h Aurora", "Pronto-Socorro Municipal", "Hospital da Glória",
             "Hospital Prudente de Morais", "UPA Zona Norte", "Hospital Português"]
CLINICS = ["Clínica Medtrab Ocupacional", "SESMT Saúde Ocupacional Ltda", "Clínica Amado & Frota Medicina do Trabalho",
           "Ocupacional Vitória", "Centro Médico Luz do Trabalho", "Medicina do Trabalho Aurora"]


def sa_aso(g: Gen) -> Doc:
    """Occupational health certificate (ASO) of a guard, doorman or cleaner."""
    doc = Doc()
    w = g.person(female=g.chance(0.4))
    guard = not w.female or g.chance(0.3)
    emp = g.pick(SECURITY) if guard else g.pick(FACILITY)
    func = (g.pick(["Vigilante", "Vigilante", "Porteiro", "Controlador de Acesso", "Vigilante Líder"]) if guard
            else g.pick(["Auxiliar de Limpeza", "Faxineira", "Zeladora", "Auxiliar de Manutenção", "Jardineiro"]))
    med, coord = g.person(), g.person()
    uf = g.pick(UFS)
    doc.f("«cl»\nATESTADO DE SAÚDE OCUPACIONAL — ASO                    Nº «n»\n(NR-7 — Programa de Controle Médico de Saúde Ocupacional)\n\n",
          cl=up(g.pick(CLINICS)), n=f"{g.d(6)}/{g.ri(2024, 2025)}")
    doc.f("EMPRESA: «e»\nCNPJ: «cn»      POSTO/TOMADOR: «c»\n\nTRABALHADOR: «nm»\nCPF: «cpf»    RG: «rg»    DATA DE NASC.: «dob»    SEXO: «sx»\n"
          "NIT/PIS: «pis»    MATRÍCULA: «mt»\nFUNÇÃO: «f»    CBO: «cbo»    SETOR: «st»\n\n",
          e=up(emp), cn=cnpj_l(g), c=g.pick(CONDOS), nm=P(w.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          dob=(g.dob(g.pick(["br", "br", "short"]), 1960, 2004), "DATE_OF_BIRTH"), sx="F" if w.female else "M", pis=(g.pis(), "BR_PIS"),
          mt=g.d(5), f=func, cbo=g.pick(["5173-30", "5174-10", "5174-20"] if guard else ["5143-20", "5141-20", "5143-10"]), st=g.pick(["Portaria", "Segurança"] if guard else ["Limpeza", "Manutenção predial", "Conservação"]))
    tipo = g.pick(["Admissional", "Periódico", "Periódico", "Retorno ao trabalho", "Mudança de função", "Demissional"])
    doc.t("TIPO DE EXAME: " + "  ".join(("[X] " if t == tipo else "[ ] ") + t for t in ["Admissional", "Periódico", "Retorno ao trabalho", "Mudança de função", "Demissional"]) + "\n\n")
    riscos = (["Físico: ruído intermitente, trabalho noturno", "Acidente: exposição a roubos e violência física", "Ergonômico: postura em pé prolongada"]
              if guard else ["Químico: produtos saneantes (hipoclorito, quaternário de amônio)", "Biológico: resíduos e sanitários coletivos",
                             "Acidente: queda de mesmo nível e de escada", "Ergonômico: levantamento de peso"])
    doc.t("RISCOS OCUPACIONAIS:\n" + "".join(f"  - {r}\n" for r in g.sample(riscos, g.ri(2, len(riscos)))))
    doc.t("\nEXAMES REALIZADOS:\n")
    exs = ["Exame clínico", "Audiometria tonal", "Acuidade visual", "Glicemia de jejum", "Hemograma", "ECG", "EEG"]
    if not guard:
        exs = ["Exame clínico", "Hemograma", "Acuidade visual", "Espirometria", "Raio-X de tórax PA", "Glicemia de jejum"]
    for e in g.sample(exs, g.ri(3, 5)):
        doc.f("  «e» «d»\n", e=(e + " ").ljust(26, "."), d=g.date("br"))
    if guard and g.chance(0.7):
        ps = g.person(female=True)
        doc.f("  Avaliação psicológica (Lei 7.102/1983, porte de arma) — «p», «crp» — «r»\n", p=P(ps.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"),
              r=g.pick(["favorável", "favorável", "reavaliar em 6 meses"]))
    par = g.pick(["APTO", "APTO", "APTO", "APTO COM RESTRIÇÃO (evitar trabalho em altura)", "INAPTO TEMPORARIAMENTE"])
    doc.f("\nPARECER: «p»\n«o»\n\nMédico(a) examinador(a): «m» — «mc»\nMédico(a) coordenador(a) do PCMSO: «c» — «cc»\n\n"
          "«cy», «d».\n\nRecebi a 2ª via deste ASO: ______________________  «nm»\n",
          p=par, o=g.pick(["", "Obs.: hipertensão controlada (CID I10), manter acompanhamento na UBS.", "Obs.: uso obrigatório de protetor auricular no posto da garagem.",
                           "Obs.: dermatite de contato (L23.5) — fornecer luva nitrílica.", ""]),
          m=P(med.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"), c=P(coord.full), cc=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cy=g.city()[0], d=g.date("br"), nm=P(w.full))
    return doc


def sa_socorro(g: Gen) -> Doc:
    """First-aid incident report written by the building's guard (fall in the pool, gym, stairs); SAMU team."""
    doc = Doc()
    cond = g.pick(CONDOS)
    vig = g.person(female=g.chance(0.2))
    sup = g.person()
    li = g.ri(0, 3)
    lugar = ["BORDA DA PISCINA", "ACADEMIA", "ESCADA DO BLOCO B", "RAMPA DA GARAGEM"][li]
    evento = ["havia escorregado no piso molhado da piscina", "bateu a cabeça no aparelho de musculação",
              "caiu da escada ao descer correndo", "torceu o tornozelo na rampa"][li]
    qi = g.ri(0, 3)
    qm = ["MORADOR", "MORADORA", "VISITANTE", "CRIANÇA"][qi]
    vit = g.person(female=qi == 1 or (qi != 0 and g.chance(0.5)))
    t0 = g.ri(8 * 60, 20 * 60)
    hs = [f"{(t0 + k) // 60:02d}:{(t0 + k) % 60:02d}" for k in (0, g.ri(3, 9), g.ri(18, 40), g.ri(45, 90))]
    doc.f("«sec» — SEGURANÇA PATRIMONIAL\nRELATÓRIO DE OCORRÊNCIA Nº «n»\n\nPOSTO: «c»\nVIGILANTE: «v» (matr. «mt»)     SUPERVISOR: «s»\n"
          "DATA: «d»     HORA: «h»\nNATUREZA: ACIDENTE COM «qm» — QUEDA NA «l»\n\n",
          sec=up(g.pick(SECURITY)), n=f"{g.ri(1, 300):03d}/{g.ri(2024, 2025)}", c=up(cond), v=P(vig.caps), mt=g.d(4), s=g.pick(["SUP. NOTURNO", "SUP. ZONA SUL", "LIDER " + g.d(3)]),
          d=g.date("br"), h=hs[0], qm=qm, l=lugar)
    age = g.chance(0.5)
    doc.f("VÍTIMA: «vn», unid. «u», ", vn=P(vit.full), u=f"{g.ri(1, 18)}0{g.ri(1, 4)}")
    if age:
        doc.f("nasc. «dob», ", dob=(g.dob("br", 2010, 2019) if qi == 3 else g.dob("br", 1940, 2004), "DATE_OF_BIRTH"))
    else:
        doc.f("idade aprox. «a» anos, ", a=g.ri(6, 14) if qi == 3 else g.ri(20, 85))
    if g.chance(0.6):
        doc.f("RG «rg», ", rg=(g.rg(), "BR_RG"))
    if g.chance(0.4):
        doc.f("CPF «cpf», ", cpf=(g.cpf(), "BR_CPF"))
    doc.f("tel. «tl»\n\n", tl=(g.phone(), "PHONE_NUMBER"))
    gv = g.person()
    ac = g.relative(vit)
    doc.f("RELATO: Às «h0» fui acionad«o» via rádio pel«o2» «gvf» «gv» informando que a vítima «ev». Ao chegar ao local encontrei a vítima consciente, "
          "«lz». Realizei os primeiros socorros conforme treinamento (compressa com gaze, imobilização, manter a vítima deitada) e acionei o SAMU "
          "(192) às «h1». A viatura (USA placa «vpl») chegou às «h2» com a equipe: «m1» (médic«o3», «crm»), «t1»«t2»«t3»enfermeir«o4» («coren») e condutor. "
          "A vítima foi encaminhada ao «hp», acompanhada de «ac» («par»), tel. «atl».\n\n",
          h0=hs[0], o=vig.o, o2="a" if gv.female else "o", gvf=g.pick(["guarda-vidas", "porteiro", "zelador"]) if not gv.female else g.pick(["guarda-vidas", "porteira", "diarista"]),
          gv=P(g.name(gv, ["full", "first", "short"])) if g.chance(0.5) else "de plantão", ev=evento,
          lz=g.pick(["com corte de cerca de 3 cm na região occipital", "com dor intensa no punho direito", "com escoriações nos joelhos e tontura",
                     "sem conseguir apoiar o pé esquerdo"]),
          h1=hs[1], h2=hs[2], m1=P((m1 := g.person()).full), o3=m1.o, crm=(g.council("CRM"), "PROFESSIONAL_ID"), **opt_name(g, (en := g.person()).full, 0.5, ", "),
          o4=en.o, coren=(g.council("COREN"), "PROFESSIONAL_ID"), vpl=(g.plate(), "LICENSE_PLATE"), hp=g.pick(HOSPITALS),
          ac=P(ac.first if g.chance(0.4) else ac.full), par=g.pick(["cônjuge", "filh" + ac.o, "irm" + ("ã" if ac.female else "ão")]),
          atl=(g.phone(), "PHONE_NUMBER"))
    doc.f("TESTEMUNHAS: morador da unid. «u1»; «f2».\n\nPROVIDÊNCIAS: área isolada e sinalizada; imagens da câmera «cam» preservadas; "
          "«sn» comunicad«o5» às «h3» via WhatsApp («stl»); registrado no livro de ocorrências, fl. «fl». «w».\n\n"
          "______________________\n«v»\nVigilante — CNV «cnv»\n",
          u1=f"{g.ri(1, 18)}0{g.ri(1, 4)}", f2=g.pick(["a diarista do 302", "a babá da unid. 1101", "funcionária da limpeza de plantão"]),
          cam=g.ri(1, 16), sn=P((sn := g.person()).full), o5=sn.o, h3=hs[3], stl=(g.phone(), "PHONE_NUMBER"), fl=g.ri(10, 180),
          w=g.pick(["Piso da piscina sem faixa antiderrapante desde a reforma", "Lâmpada do patamar queimada (luz de emergência inoperante)",
                    "Recomendo à administração sinalização adicional", "Seria prudente instalar corrimão no lado esquerdo"]),
          v=P(vig.full), cnv=g.cnv())
    return doc


def sa_cat(g: Gen) -> Doc:
    """Work-accident report (CAT) of a cleaner or a maintenance worker."""
    doc = Doc()
    w = g.person(female=g.chance(0.6))
    fac = g.pick(FACILITY)
    cond = g.pick(CONDOS)
    city, uf = g.city()
    med = g.person()
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nEmitente: 1 - Empregador     Tipo de CAT: «tp»     Nº do recibo: «rc»\n\n",
          tp=g.pick(["1 - Inicial", "1 - Inicial", "2 - Reabertura"]), rc=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}")
    doc.f("I — EMPREGADOR\nRazão social: «f»\nCNPJ: «cn»     CNAE: 8121-4/00\nTomador (local do acidente): «c» — CNPJ «cc»\n\n",
          f=up(fac), cn=cnpj_l(g), c=cond, cc=cnpj_l(g))
    mae = g.person(female=True)
    doc.f("II — ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»     Sexo: «sx»     Estado civil: «ec»\n"
          "CTPS: «ct» série «cs»-«uf»     NIT/PIS: «pis»     CPF: «cpf»\nRG: «rg»     Órgão: «org»\n"
          "Endereço: «ad»     Bairro: «b»\nCEP: «cep»     Município: «cy»     UF: «uf»     Telefone: «tl»\n"
          "Ocupação: «oc»     CBO: «cbo»     Remuneração: R$ «sal»\n\n",
          n=P(w.caps), m=P(mae.caps), dob=(g.dob("br", 1960, 2004), "DATE_OF_BIRTH"), sx="F" if w.female else "M", ec=civ(g, w),
          ct=g.d(7), cs=g.d(4), uf=uf, pis=(g.pis(), "BR_PIS"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.rg_issuer(),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), cy=city,
          tl=(g.phone(), "PHONE_NUMBER"), oc=g.pick(["Auxiliar de limpeza", "Faxineira", "Auxiliar de manutenção predial", "Jardineiro", "Zelador"]),
          cbo=g.pick(["5143-20", "5143-10", "5141-20", "6220-10"]), sal=g.money(1412, 2600))
    tipo = g.ri(0, 3)
    desc, agente, parte, cid, ls, dg, ext = [
        ("Ao limpar o vidro da guarita em cima de escada doméstica, desequilibrou-se e caiu de cerca de 1,5 m", "escada", "punho direito", "S52.5",
         "fratura da extremidade distal do rádio", "fratura", "W11"),
        ("Durante a diluição de hipoclorito para a limpeza da garagem, o produto respingou nos olhos", "produto químico", "olhos", "T26.4",
         "queimadura química ocular", "queimadura de córnea", "X49"),
        ("Ao recolher o lixo do bloco B, cortou a mão em vidro quebrado descartado sem proteção", "vidro", "mão esquerda", "S61.0",
         "ferimento corto-contuso de 4 cm", "ferimento da mão", "W25"),
        ("Escorregou no piso molhado da área da piscina ao passar o rodo", "piso escorregadio", "joelho direito", "S83.6",
         "entorse com edema", "entorse do joelho", "W01"),
    ][tipo]
    dacc = g.date("br")
    doc.f("III — ACIDENTE\nData: «d»     Hora: «h»     Após quantas horas de trabalho: «ah»\nTipo: típico     Houve afastamento: «af»     "
          "Último dia trabalhado: «d»\nLocal: área comum do tomador     Parte do corpo atingida: «pc»     Agente causador: «ag»\n"
          "Descrição: «ds». Registro policial: não.\nTestemunha 1: «t1» — «a1»\nTestemunha 2: «t2» — tel. «tt»\n\n",
          d=dacc, h=g.hm(), ah=f"{g.ri(0, 9):02d}:{g.ri(0, 59):02d}", af=g.pick(["Sim", "Sim", "Não"]), pc=parte, ag=agente, ds=desc,
          t1=P(g.person().full), a1=(g.address(), "ADDRESS"), t2=P(g.person().full), tt=(g.phone(), "PHONE_NUMBER"))
    doc.f("IV — ATESTADO MÉDICO\nUnidade de atendimento: «hp» — CNES «cnes»\nData: «d»     Hora: «h»     Cartão Nacional de Saúde: «cns»\n"
          "Houve internação: «int»     Duração provável do tratamento: «dias» dias     Afastamento: «af»\n"
          "Descrição da lesão: «ls»\nDiagnóstico provável: «dg»     CID-10: «cid»«ext»\nMédico: «m»     «crm»\n\n"
          "Emitente da CAT: «em», «cg» — «ee»\n",
          hp=g.pick(HOSPITALS), cnes=g.d(7), d=dacc, h=g.hm(), cns=(g.cns(), "BR_CNS"), int=g.pick(["Não", "Não", "Sim"]),
          dias=g.ri(3, 60), af=g.pick(["Sim", "Sim", "Não"]), ls=ls, dg=dg, cid=cid, ext=g.pick(["", f" / {ext}"]), m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          em=P((em := g.person()).full), cg=g.pick(["técnic" + em.o + " de segurança do trabalho", "analista de DP", "supervis" + ("ora" if em.female else "or") + " operacional"]),
          ee=(g.corp_mail(em, g.pick(["limpabem.com.br", "facilitiesamado.com.br", "brilhototal.srv.br", "maoamiga.com.br"])), "EMAIL_ADDRESS"))
    return doc


def sa_atestados(g: Gen) -> Doc:
    """Fixed-width report of medical certificates of facility staff (CID codes, days, CRM)."""
    doc = Doc()
    fac = up(g.pick(FACILITY))
    an = g.person()
    doc.f("«f»\nCONTROLE DE ATESTADOS MEDICOS - COMPETENCIA «c»\nEMITIDO POR: «a»   DATA: «d»\n\n",
          f=fac, c=f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}", a=g.pick(["DP.ATESTADOS", "SESMT02", "dp_" + fold(an.first).lower()]), d=g.date("br"))
    cols = [("MATR", 6), ("NOME", 30), ("CPF", 14), ("FUNCAO", 12), ("POSTO", 18), ("INICIO", 10), ("DIAS", 4), ("CID", 6), ("CRM MEDICO", 14)]
    rows = []
    for _ in range(g.ri(5, 7)):
        w = g.person()
        nm = up(w.full) if len(w.full) <= 30 else up(w.short)
        rows.append([V(g.d(5)), P(nm), (g.cpf(), "BR_CPF"), V(g.pick(["AUX LIMPEZA", "PORTEIRO", "ZELADOR", "JARDINEIRO", "FAXINEIRA", "MANUTENCAO"])),
                     V(up(g.pick(CONDOS).split(" ", 1)[1])[:18]), V(g.date("br")), V(str(g.pick([1, 1, 2, 3, 5, 7, 15]))),
                     V(g.pick(CIDS_OCC + ["A09", "J11.1", "K52.9", "N39.0", "R51", "Z76.3"])), (g.council("CRM"), "PROFESSIONAL_ID")])
    table_fixed(doc, cols, rows)
    doc.f("\nTOTAL DE DIAS: «t»   ABSENTEISMO: «a»%\nOBS: atestados acima de 15 dias encaminhados ao INSS (B31). ",
          t=sum(int(r[6][0]) for r in rows), a=f"{g.rng.uniform(1, 9):.1f}".replace(".", ","))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Atestado de «n» sem CRM legível, devolvido.\n", n=P(g.person().first))
    elif k == 1:
        doc.f("Conferido por «n».\n", n=P(g.person().short))
    else:
        doc.t("Sem pendências.\n")
    return doc


def sa_piscina(g: Gen) -> Doc:
    """E-mail thread after a child's accident in the condominium pool (parents, lifeguard, paediatrician, insurer)."""
    doc = Doc()
    cond = g.pick(CONDOS)
    pai = g.person()
    kid = g.relative(pai)
    sind = g.person()
    gv = g.person()
    ped = g.person()
    ins = g.person()
    d0 = g.date("br")
    sdom = condo_mail(cond) + ".com.br"
    doc.f("De: «sn» <sindico@«sd»>\nPara: «pn» <«pe»>; sinistros@«ie»\nAssunto: RE: RE: Acidente na piscina em «d0» — unid. «uu»\n\n",
          sn=P(sind.full), sd=sdom, pn=P(pai.full), pe=(g.email(pai), "EMAIL_ADDRESS"), d0=d0, uu=f"{g.ri(1, 18)}0{g.ri(1, 4)}",
          ie=g.pick(["fortunatoseguros.com.br", "vitoriaseg.com.br", "auroraseguros.com"]))
    doc.f("Boa tarde.\n\nCopio «if», da seguradora do condomínio (apólice de responsabilidade civil nº «ap»), para dar andamento ao reembolso. "
          "Conforme o relatório d«o1» guarda-vidas«t1»«t2»«t3» («emp»), o escorregão aconteceu às «h» na escada de acesso da piscina infantil; "
          "«o2» prestou o primeiro atendimento e a ambulância particular levou «kf» ao «hp».\n\nA borda já recebeu fita antiderrapante. "
          "Mandei ontem para a administradora as imagens da câmera da piscina.\n\nAbs,\n«ss»\nSíndic«o3» — «c»\n«stl»\n\n",
          **{"if": "a analista de sinistros" if ins.female else "o analista de sinistros"}, ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", o1="a" if gv.female else "o", **opt_name(g, gv.full, 0.5, "", " "),
          emp=g.pick(["Salva Mar Guarda-Vidas", "Aqua Bento Serviços", "Piscinas Serena Ltda"]), h=g.hm(), o2="ela" if gv.female else "ele",
          kf=g.pick(["a criança", "seu filho" if not kid.female else "sua filha"]), hp=g.pick(HOSPITALS), ss=P(sind.short), o3=sind.o, c=cond, stl=(g.phone(), "PHONE_NUMBER"))
    doc.f("> De: «pn» <«pe»>\n> Enviado: «d»\n>\n> Segue o relatório médico e os recibos. Resumo: «kn», nascid«ko» em «dob», "
          "cartão SUS «cns», teve corte no queixo (CID S01.8) com 4 pontos e ficou em observação por suspeita de TCE leve (S06.0, descartado). "
          "Atendimento «dra» «pd» («crm»), pediatra de plantão.\n>\n> Gastos: consulta R$ «v1», tomografia R$ «v2», ambulância R$ «v3». "
          "Peço reembolso na minha conta: «bk», ag. «ag», c/c «ac», de minha titularidade, CPF «cpf».\n> Telefone pra contato: «tl».\n>\n> unid. «u»\n\n",
          pn=P(pai.full), pe=(g.email(pai), "EMAIL_ADDRESS"), d=g.date("br"), kn=P(kid.full), ko=kid.o, dra="pela Dra." if ped.female else "pelo Dr.",
          dob=(g.dob("br", 2013, 2021), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), pd=P(ped.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          v1=g.money(250, 900), v2=g.money(400, 1800), v3=g.money(200, 700), bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), cpf=(g.cpf(), "BR_CPF"), tl=(g.phone(), "PHONE_NUMBER"), u=g.unit())
    if g.chance(0.6):
        mae = g.relative(kid, female=not pai.female)
        doc.f(">> De: «mn» <«me»>\n>> «am» aqui. «kf» está bem, só assustad«ko». Mas a piscina estava sem guarda-vidas das 12h às 13h, "
              "o porteiro da tarde confirmou. Quero isso na ata da próxima assembleia.\n",
              mn=P(mae.full), me=(g.email(mae), "EMAIL_ADDRESS"), am="A mãe" if mae.female else "O pai", kf="Ela" if kid.female else "Ele", ko=kid.o)
    return doc


def sa_exames_csv(g: Gen) -> Doc:
    """CSV of the periodic exam calendar of an occupational clinic (guards, doormen, cleaners)."""
    doc = Doc()
    cl = g.pick(CLINICS)
    doc.f("# «c» — agenda de exames periódicos — exportado em «d» por «u»\n", c=cl, d=g.date("br"), u=g.pick(["recepcao2", "agenda.web", "sesmt01"]))
    sep = g.pick([";", ","])
    cols = ["nome", "cpf", "cns", "dt_nasc", "funcao", "empresa", "cnpj_empresa", "posto", "exame", "data_agendada", "hora", "crm_medico", "celular"]
    rows = []
    emps = [(g.pick(SECURITY + FACILITY), g.cnpj(alnum=g.chance(0.2))) for _ in range(2)]
    for _ in range(g.ri(3, 5)):
        w = g.person()
        e, cn = g.pick(emps)
        rows.append([P(g.name(w, ["full", "caps", "caps", "plain"])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.cns(False), "BR_CNS") if g.chance(0.5) else V(""), (g.dob(g.pick(["iso", "br"]), 1958, 2005), "DATE_OF_BIRTH"),
                     V(g.pick(["vigilante", "porteiro", "aux. limpeza", "zelador", "controlador acesso", "folguista"])), V(e), (cn, "BR_CNPJ"),
                     V(g.pick(CONDOS)), V(g.pick(["periódico", "periódico", "audiometria", "retorno ao trabalho", "demissional"])),
                     V(g.date("br")), V(g.pick(["07:30", "08:00", "08:20", "09:40", "13:00", "14:10"])),
                     (g.council("CRM"), "PROFESSIONAL_ID"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.8) else V("")])
    table_csv(doc, cols, rows, sep=sep, quote_all=g.chance(0.3))
    doc.f("# faltosos do mês passado: «a» e mais «b» — reagendar; lembrete via SMS. Dúvidas: «re»\n",
          a=P(g.person().caps), b=g.ri(1, 4), re=(g.corp_mail(g.person(female=True), "medtrab.com.br"), "EMAIL_ADDRESS"))
    return doc


def sa_elevador(g: Gen) -> Doc:
    """Lift accident file: resident's messages to the síndico, lift technician's report (CREA), nurse's note (COREN)."""
    doc = Doc()
    cond = g.pick(CONDOS)
    vit = g.person()
    sind = g.person()
    tec, eng = g.person(female=False), g.person()
    enf = g.person(female=True)
    d0 = g.date("br")
    hs = g.times(5, 7 * 3600, 22 * 3600)
    doc.f("ARQUIVO — OCORRÊNCIA ELEVADOR SOCIAL «bl» — «c»\n\n1) Mensagens (WhatsApp) encaminhadas pel«o» síndic«o»\n\n",
          bl=g.pick(["BLOCO A", "BLOCO B", "TORRE 2", "Nº 2"]), c=cond, o=sind.o)
    doc.f("[«d» «h1»] «vn»: oi, o elevador desnivelou uns 30 cm no 7º andar e eu caí ao sair, torci o pé e bati o ombro. Minha vizinha «vz» viu tudo\n"
          "[«d» «h2»] «sn»: Meu Deus! Já chamei «em». Precisa de ambulância?\n"
          "[«d» «h3»] «vn»: Meu filho vai me levar. O número dele se precisar: «tl»\n\n",
          d=d0, h1=hs[0], vn=P(g.name(vit, ["first", "short"])), vz=P(g.person(female=True).full) if g.chance(0.5) else "do 702", h2=hs[1],
          sn=P(sind.first) if g.chance(0.5) else "Síndic" + sind.o,
          em=g.pick(["a Elevadores Atlas", "a Elevadores Flor do Vale", "a TK Elevadores"]), h3=hs[2],
          tl=(g.phone(), "PHONE_NUMBER"))
    doc.f("2) Relatório técnico de atendimento — chamado «ch»\nTécnico: «tn»   Responsável técnico: Eng. «en» — «crea»\n"
          "Chegada: «h4»   Defeito constatado: «df»\nAção: elevador interditado; limpeza do seletor e ajuste do nivelamento; teste com carga OK.\n"
          "Obs.: usuári«vo» da unid. «u» relatou queda no desembarque. Orientado o condomínio a registrar a ocorrência.\n\n",
          ch=g.d(8), tn=P(tec.full) if g.chance(0.5) else f"matr. {g.d(5)}", en=P(eng.full), crea=(g.council("CREA"), "PROFESSIONAL_ID"), h4=hs[3],
          df=g.pick(["desnivelamento de 28 cm por falha no sensor de nivelamento", "freio com desgaste irregular", "porta de pavimento sem travamento"]),
          vo=vit.o, u=f"{g.ri(1, 18)}0{g.ri(1, 4)}")
    doc.f("3) Nota de atendimento — «hp»\nPaciente: «pn»   DN: «dob»   CPF: «cpf»   CNS: «cns»   Tel.: «tl»\nEndereço: «ad» — CEP «cep»\n"
          "Queixa: dor em tornozelo D e ombro D após queda ao sair de elevador. RX sem fratura. Dx: entorse de tornozelo (S93.4) e contusão de ombro (S40.0).\n"
          "Conduta: imobilização, analgesia, repouso 7 dias.\nEnf. «enf» («coren») — Médico(a) plantonista: «crm»\n",
          hp=g.pick(HOSPITALS), pn=P(vit.full), dob=(g.dob("br", 1940, 1975), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), tl=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(comp=f"apto {g.ri(1, 18)}0{g.ri(1, 4)}"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), enf=P(enf.full), coren=(g.council("COREN"), "PROFESSIONAL_ID"),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== financeiro


def linha_digitavel(g: Gen) -> str:
    return f"{g.pick(['001', '104', '237', '341', '756'])}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}"


def fi_inadimplencia(g: Gen) -> Doc:
    """CSV of the monthly default list of a condominium (owners, units, CPF or CNPJ, contacts, amounts, boleto)."""
    doc = Doc()
    cond = g.pick(CONDOS)
    adm = g.pick(ADMINS)
    comp = f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}"
    doc.f("«a» — Relatório de inadimplência — «c» — competência «cp»\nGerado em «d» — usuário: «u»\n\n",
          a=adm, c=cond, cp=comp, d=g.date("br"), u=g.pick(["cobranca.sp", "financeiro02", "op.cobranca"]))
    sep = g.pick([";", ";", ","])
    cols = ["unidade", "condomino", "cpf_cnpj", "email", "telefone", "end_cobranca", "cep_cobranca", "competencia", "vencimento", "valor",
            "multa", "juros", "total", "nosso_numero", "situacao"]
    rows = []
    pj_left = [0, 1, 2, 3]
    for _ in range(g.ri(4, 6)):
        pj = g.chance(0.15)
        c = g.person()
        if pj:
            k = pj_left.pop(g.ri(0, len(pj_left) - 1)) if pj_left else 0
            who = V(["BENTO AMARAL EMPREENDIMENTOS LTDA", "FLOR DO VALE INCORPORADORA", "KASSAB PARTICIPACOES S.A.", "IMOBILIARIA LEAL & ROSA"][k])
            idn = cnpj_l(g, 0.3)
            mail = V("financeiro@" + ["bentoamaral.com.br", "flordovale.com.br", "kassabpar.com.br", "lealrosa.imb.br"][k])
        else:
            who = P(g.name(c, ["caps", "caps", "full", "inverted"]))
            idn = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
            mail = (g.email(c), "EMAIL_ADDRESS") if g.chance(0.85) else V("")
        v = g.ri(420, 2900) * 100 + g.ri(0, 99)
        mu, ju = v * 2 // 100, v * g.ri(1, 12) // 100
        fm = lambda x: f"{x // 100},{x % 100:02d}" if sep == ";" else f"{x // 100}.{x % 100:02d}"
        rows.append([V(g.pick([f"{g.ri(1, 18)}0{g.ri(1, 4)}", f"{g.pick('AB')}-{g.ri(11, 184)}", f"CASA {g.ri(1, 60)}"])), who, idn, mail,
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
                     *([(g.address(g.pick(["caps", "text"])), "ADDRESS"), (g.cep(g.chance(0.5)), "BR_CEP")] if not pj and g.chance(0.4) else [V(""), V("")]),
                     V(comp), V("10/" + comp),
                     V(fm(v)), V(fm(mu)), V(fm(ju)), V(fm(v + mu + ju)), V(g.pick([g.d(10), g.d(12), g.neg(11), f"{g.d(8)}-{g.d(1)}"])),
                     V(g.pick(["EM ABERTO", "EM ABERTO", "ACORDO", "JURIDICO", "PROTESTO"]))])
    table_csv(doc, cols, rows, sep=sep)
    doc.f("\nTotal em aberto: R$ «t» | unidades inadimplentes: «n» | índice: «i»%\nBoleto avulso (2ª via) unidade «u»: «ld»\n",
          t=g.money(8000, 90000), n=len(rows), i=f"{g.rng.uniform(2, 18):.1f}".replace(".", ","), u=rows[0][0][0], ld=linha_digitavel(g))
    doc.f("Obs. («o»): ", o=P(g.person().first))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("unidade com acordo quebrado, enviar ao jurídico (Dr. «a»)\n", a=P(g.person(female=False).last))
    else:
        doc.t(["", "não incluir nome no grupo do condomínio (vedado expor devedor)\n", "conferir baixa do Pix de ontem antes de mandar a carta\n"][k])
    return doc


def fi_ponto(g: Gen) -> Doc:
    """Fixed-width time sheet and payroll summary of a cleaning/doorman crew (PIS, CPF, overtime, salary account)."""
    doc = Doc()
    fac = up(g.pick(FACILITY))
    cond = up(g.pick(CONDOS))
    comp = f"{g.ri(1, 12):02d}/{g.ri(2024, 2025)}"
    doc.f("«f»  CNPJ «cn»\nESPELHO DE PONTO CONSOLIDADO / PREVIA DA FOLHA - COMPETENCIA «c»\nPOSTO: «p»   ESCALA: «e»\n\n",
          f=fac, cn=cnpj_l(g, 0.25), c=comp, p=cond, e=g.pick(["12X36", "6X1 44H", "5X2", "12X36 NOTURNO"]))
    cols = [("MATR", 5), ("NOME", 28), ("PIS", 14), ("CPF", 14), ("H.NORM", 6), ("HE50", 5), ("HE100", 5), ("AD.NOT", 6), ("FALT", 4),
            ("AG", 6), ("CONTA", 12)]
    rows = []
    for _ in range(g.ri(4, 6)):
        w = g.person()
        nm = up(w.full) if len(w.full) <= 28 else up(w.short)
        rows.append([V(g.d(5)), P(nm), (g.pis(), "BR_PIS"), (g.cpf(), "BR_CPF"), V(f"{g.ri(150, 220)}:{g.pick(['00', '30'])}"),
                     V(f"{g.ri(0, 30)}:{g.pick(['00', '15', '30', '45'])}"), V(f"{g.ri(0, 12)}:00"), V(f"{g.ri(0, 90)}:{g.pick(['00', '30'])}"),
                     V(str(g.pick([0, 0, 0, 1, 2]))), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    table_fixed(doc, cols, rows)
    sup = g.person()
    doc.f("\nOBS: HE acima de 2h/dia exige acordo individual (art. 59 CLT). Folguista (matr. «fg») cobriu «n» plantões. "
          "Marcações manuais abonadas por «s» (supervisão). «w»\nFECHAMENTO: «d»  RESP. DP: «r»\n",
          fg=g.d(5), n=g.ri(2, 8), s=P(up(sup.short)),
          w=g.pick(["Relógio da guarita sem bateria dias 12-14.", "Ponto por app com geolocalização.", "Biometria do REP falhando para 2 colaboradores."]),
          d=g.date("br"), r=g.pick(["DP.FOLHA", "ANALISTA DP 02", "RH CENTRAL"]))
    return doc


def fi_epi(g: Gen) -> Doc:
    """PPE and uniform receipt form with payroll deduction (CA numbers are not labelled)."""
    doc = Doc()
    w = g.person()
    fac = g.pick(FACILITY + SECURITY)
    alm = g.person()
    doc.f("«f» — CNPJ «cn»\nFICHA DE CONTROLE DE ENTREGA DE EPI E UNIFORMES (NR-6)\n\n",
          f=fac, cn=cnpj_l(g, 0.2))
    doc.f("Colaborador(a): «n»     Celular: «ctl»\nMatrícula: «m»     CPF: «cpf»     RG: «rg»\nPIS: «pis»     Nascimento: «dob»     Admissão: «ad»\nFunção: «fn»     Posto: «p»\n\n",
          n=P(g.name(w, ["full", "caps"])), ctl=(g.phone(), "PHONE_NUMBER") if g.chance(0.7) else "—", m=g.d(5), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), pis=(g.pis(), "BR_PIS"), ad=g.date("br"), dob=(g.dob("br", 1962, 2005), "DATE_OF_BIRTH"),
          fn=g.pick(["Auxiliar de limpeza", "Porteiro", "Vigilante", "Zelador", "Jardineiro", "Auxiliar de manutenção"]), p=g.pick(CONDOS))
    doc.t("DATA        ITEM                                 QTD   C.A.     VALOR UNIT.  MOTIVO\n")
    items = [("Luva nitrílica cano longo", True), ("Bota de PVC branca", True), ("Óculos de proteção incolor", True), ("Protetor auricular plug", True),
             ("Camisa polo uniforme", False), ("Calça de brim", False), ("Jaqueta de frio", False), ("Colete balístico nível II", True),
             ("Cinto de segurança paraquedista", True), ("Crachá de identificação", False), ("Capa de chuva", False)]
    chosen = g.sample(items, g.ri(4, 6))
    for (it, ca), dd in zip(chosen, g.dates_sorted(len(chosen))):
        doc.f("«d»  «i» «q» «ca» «v»  «m»\n", d=dd, i=it.ljust(36), q=str(g.ri(1, 3)).ljust(5),
              ca=(g.d(5) if ca else "—").ljust(8), v=("R$ " + g.money(8, 180)).ljust(11),
              m=g.pick(["1ª entrega", "troca por desgaste", "perda (desconto)", "extravio (desconto)", "1ª entrega"]))
    doc.f("\nDeclaro ter recebido os itens acima, em perfeito estado, e ter sido orientad«o» sobre seu uso (NR-6, item 6.6.1). "
          "Autorizo o desconto em folha de R$ «v» referente aos itens extraviados, em «np» parcela(s), nos termos do art. 462, § 1º, da CLT.\n\n"
          "«cy», «d»\n\nAssinatura do(a) colaborador(a): ________________ «n»\nEntregue por: «a» (almoxarifado)   Visto do técnico de segurança: «ts» — «tm»\n",
          o=w.o, v=g.money(20, 300), np=g.ri(1, 3), cy=g.city()[0], d=g.date("br"), n=P(w.full), a=P(alm.short),
          ts=P((ts := g.person()).full), tm=(g.corp_mail(ts, firm_dom(fac)), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\nTERMO DE RESPONSABILIDADE — rádio HT nº série «sr» e chaves do posto. Dependente para contato de emergência: «dp» «dt».\n",
              sr=g.hexs(10), dp=P(g.relative(w).full), dt=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_acordo(g: Gen) -> Doc:
    """E-mail thread of a fee-debt settlement: owner, collection analyst, síndico's approval, Pix or account."""
    doc = Doc()
    cond = g.pick(CONDOS)
    adm = g.pick(ADMINS)
    dom = firm_dom(adm)
    own = g.person()
    an = g.person()
    sind = g.person()
    un = g.unit()
    tot = g.ri(3000, 45000)
    n = g.pick([3, 4, 6, 8, 10, 12])
    doc.f("De: «sn» <«se»>\nPara: «an» <«ae»>\nAssunto: Re: Proposta de acordo — «c» — «u»\nData: «d»\n\nPode fechar nas condições abaixo. "
          "Só não aceito tirar a multa, foi aprovada em assembleia. «w»\nEnviado do meu iPhone\n\n",
          sn=P(sind.full), se=(g.email(sind), "EMAIL_ADDRESS"), an=P(an.full), ae=(g.corp_mail(an, dom), "EMAIL_ADDRESS"), c=cond, u=un,
          d=g.date("br"), w=g.pick(["Seria prudente pedir entrada maior.", "Branco no campo de garantia, ok.", ""]))
    doc.f("> De: «an» <«ae»>\n> Para: «on» <«oe»>; cobranca@«dm»\n>\n> Prezad«o» condômin«o»,\n>\n> Conforme conversamos por telefone («tl»), "
          "segue a proposta para as cotas em atraso da unidade «u» (total atualizado R$ «t», já com multa de 2%, juros de 1% a.m. e honorários de 10%):\n"
          ">   - entrada de R$ «e» até «d1»;\n>   - saldo em «n» parcelas de R$ «p», junto com a cota do mês;\n"
          ">   - quebra do acordo: vencimento antecipado e retomada da execução (processo «cnj»).\n>\n",
          an=P(an.full), ae=(g.corp_mail(an, dom), "EMAIL_ADDRESS"), on=P(own.full), oe=(g.email(own), "EMAIL_ADDRESS"), dm=dom, o=own.o,
          tl=(g.phone(), "PHONE_NUMBER"), u=un, t=f"{tot:,}".replace(",", ".") + ",00", e="900,00", d1=g.date("br"),
          n=n, p=f"{(tot - 900) / n:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), cnj=g.cnj())
    if g.chance(0.5):
        doc.f("> A entrada pode ser paga por Pix na chave aleatória do condomínio «px» (favorecido: «c», CNPJ «cn»).\n",
              px=(g.uuid(), "PIX_KEY"), c=up(cond), cn=cnpj_l(g, 0.2))
    else:
        doc.f("> A entrada pode ser paga por TED para a conta do condomínio: «bk», agência «ag», conta «ac» (CNPJ «cn»).\n",
              bk=g.pick(BANKS), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), cn=cnpj_l(g, 0.2))
    doc.f(">\n> Att.,\n> «an2» — Analista de Cobrança — «adm»\n> «atl»\n>\n>> De: «on» <«oe»>\n>> Fiquei desempregad«o» e atrasei, mas quero resolver. "
          "Posso pagar a entrada dia «dd». Meu CPF é «cpf», se precisar pro termo.«cc1»«cc2»«cc3» «x»\n",
          an2=P(an.short), adm=adm, atl=(g.phone(mobile=g.chance(0.4)), "PHONE_NUMBER"), on=P(own.caps if g.chance(0.3) else own.full), oe=(g.email(own), "EMAIL_ADDRESS"), o=own.o,
          dd=g.ri(5, 28), cpf=(g.cpf(), "BR_CPF"), **card_parts(g, 0.35, " Ou pode passar no cartão "),
          x=g.pick(["Meu marido é coproprietário, precisa assinar também?" if own.female else "Minha esposa é coproprietária, precisa assinar também?",
                    "Obs.: não quero meu nome exposto no mural do hall.", "Obrigada." if own.female else "Obrigado."]))
    if g.chance(0.5):
        k = g.ri(0, 2)
        pk = [(g.cpf(), "BR_CPF"), (g.email(own), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER")][k]
        doc.f(">> Comprovante: Pix de «v» enviado por «pn» (chave «pk») em «dt».\n", v="R$ " + g.money(500, 3000), pn=P(own.caps),
              pk=pk, dt=g.date("br") + " " + g.hms())
    return doc


def fi_prestacao(g: Gen) -> Doc:
    """Monthly accounts statement of the condominium (suppliers, RPA to a plumber, síndico's waiver, bank)."""
    doc = Doc()
    cond = up(g.pick(CONDOS))
    sind = g.person()
    mes = f"{up(MONTHS[g.ri(0, 11)])}/{g.ri(2024, 2025)}"
    doc.f("«c»  CNPJ «cn»\nPRESTACAO DE CONTAS - «m»\nADMINISTRADORA: «a»   SINDICO(A): «s»\n\n",
          c=cond, cn=cnpj_l(g, 0.2), m=mes, a=up(g.pick(ADMINS)), s=P(sind.caps))
    doc.t("RECEITAS\n")
    doc.f("  TAXA CONDOMINIAL ORDINARIA ............................. R$ «a»\n  FUNDO DE RESERVA (10%) ................................. R$ «b»\n",
          a=g.money(40000, 180000), b=g.money(4000, 18000))
    for _ in range(1):
        doc.f("  MULTA REGIMENTO UNID «u» («n») ...................... R$ «v»\n", u=f"{g.ri(1, 18)}0{g.ri(1, 4)}", n=P(up(g.person().short)),
              v=g.money(100, 900))
    doc.f("  RESERVA SALAO DE FESTAS (3x) ............................ R$ «v»\n\nDESPESAS\n", v=g.money(200, 900))
    sups = [("VIGILANCIA/PORTARIA", g.pick(SECURITY)), ("LIMPEZA TERCEIRIZADA", g.pick(FACILITY)), ("MANUT. ELEVADORES", "ELEVADORES ATLAS SCHINDLER"),
            ("ENERGIA AREAS COMUNS", "CIA ENERGETICA"), ("AGUA/ESGOTO", "CIA SANEAMENTO"), ("ADMINISTRACAO", g.pick(ADMINS)),
            ("JARDINAGEM", "JARDINS FLOR DE LIS ME"), ("DEDETIZACAO", "DEDETIZADORA AURORA")]
    for cat, f in g.sample(sups, g.ri(4, 6)):
        doc.f("  «cat» «f» CNPJ «cn» NF «nf» R$ «v»\n", cat=cat.ljust(22), f=up(f)[:30].ljust(30), cn=cnpj_l(g, 0.2), nf=g.d(g.pick([4, 5, 6])),
              v=g.money(300, 60000))
    enc = g.person(female=False)
    bruto = g.ri(30000, 250000)
    brl = lambda c: f"{c // 100:,}".replace(",", ".") + f",{c % 100:02d}"
    doc.f("  RPA - SERV. HIDRAULICO AUTONOMO: «n», CPF «cpf», NIT «pis» - BRUTO R$ «b» (INSS 11% R$ «i», ISS 5% R$ «s»)\n",
          n=P(enc.caps), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), b=brl(bruto), i=brl(bruto * 11 // 100), s=brl(bruto * 5 // 100))
    doc.f("  FOLHA ZELADOR («z») - SALARIO + ENCARGOS ............... R$ «v»\n", z=P(up(g.person(female=False).short)), v=g.money(3000, 6000))
    if g.chance(0.5):
        doc.f("  REEMBOLSO A CONDOMINO «n» (UNID «u») - CONSERTO INFILTRACAO - PIX «px» - R$ «v»\n", n=P(up(g.person().full)),
              u=f"{g.ri(1, 18)}0{g.ri(1, 4)}", px=(g.uuid(), "PIX_KEY"), v=g.money(200, 3000))
    doc.f("  PRO-LABORE SINDICO: ISENCAO DA COTA (art. «a» da convencao) - R$ 0,00\n\nSALDOS\n", a=g.ri(10, 40))
    for tp in ["CONTA MOVIMENTO", "FUNDO DE RESERVA"]:
        doc.f("  «tp» «bk» AG «ag» CC «ac» ............ R$ «v»\n", tp=tp.ljust(16), bk=g.pick(BANKS).upper(), ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), v=g.money(5000, 400000))
    cons = [g.person() for _ in range(3)]
    doc.f("\nPARECER DO CONSELHO FISCAL: contas aprovadas «r».\n«c1»  (demais conselheiros: ass. digital)\n", r=g.pick(["sem ressalvas", "com ressalva quanto ao RPA sem 3 orçamentos",
                                                                                          "com ressalva: a luz da garagem continua queimada e foi paga a troca"]),
          c1=P(up(cons[0].short)))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute of a common-area booking paid by card in the condominium app (support console)."""
    doc = Doc()
    m = g.person(female=True)
    sp = P(m.first) if g.chance(0.4) else V("Cliente")
    at = g.person()
    app = g.pick(["CondoApp", "Vivendo+ Condomínio", "MeuPrédio", "Síndico Digital"])
    cond = g.pick(CONDOS)
    card = g.card()
    val = g.money(80, 450)
    hs = g.times(6, 9 * 3600, 21 * 3600)
    tdate = g.date("iso")
    alog = "sup." + re.sub(r"[^a-z]", "", fold(at.first).lower()) + g.d(2)
    doc.f("«app» · Suporte · Ticket #«t» · Prioridade: alta · Categoria: Pagamentos > Contestação\nAberto em «d» via chat · Atendente: «an» («al»)\n\n",
          app=app, t=g.d(6), d=f"{tdate[8:]}/{tdate[5:7]}/{tdate[:4]} {hs[0]}", an=P(at.full), al=alog)
    doc.f("Cliente: «n»  ·  CPF «cpf»  ·  «e»  ·  «tl»\nCondomínio: «c»  ·  Unidade «u»  ·  último login IP «lip»\n\n", lip=(g.ip(), "IP_ADDRESS"), n=P(m.full), cpf=(g.cpf(), "BR_CPF"),
          e=(g.email(m), "EMAIL_ADDRESS"), tl=(g.phone("e164"), "PHONE_NUMBER"), c=cond, u=g.unit())
    doc.f("[«h0»] Assistente Condo: Olá! Sou o assistente virtual. Sobre qual pagamento é sua dúvida?\n"
          "[«h1»] «sp»: fui cobrada 2x na reserva do salão, R$ «v» cada. cartão «cc» vence «vv». quero estorno de uma\n"
          "[«h2»] Atendente: Olá! Aqui é «a2» do time de pagamentos. Por segurança, não envie o número completo do cartão no chat; "
          "vou mascarar a mensagem. Localizei as transações:\n",
          h0=hs[0], sp=sp, mf=P(g.pick([m.first, m.first.lower()])), v=val, cc=(card if g.chance(0.7) else card.replace(" ", ""), "CREDIT_CARD"),
          vv=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", h1=hs[1], h2=hs[2], a2=P(at.first))
    d0 = f"{tdate[:8]}{max(int(tdate[8:]) - g.ri(1, 3), 1):02d}"
    for tt in g.times(2, 8 * 3600, 22 * 3600):
        doc.f("    txn «tx»  «d»  R$ «v»  final «f»  ip «ip»  device «dv»  status CAPTURED\n", tx=g.hexs(12).lower(), d=d0 + "T" + tt + f":{g.ri(0, 59):02d}",
              v=val, f=card[-4:], ip=(g.ip(), "IP_ADDRESS"), dv=g.pick(["iPhone14,3", "SM-A546E", "moto g(60)", "Redmi Note 12"]))
    mh = g.relative(m, female=False)
    doc.f("[«h3»] «sp»: a segunda foi meu marido «mh» que clicou de novo no app dele. o e-mail dele é «me» e o meu cpf «mc»\n"
          "[«h4»] Atendente: Entendi. Abri a contestação «cb» junto à adquirente; prazo de até 2 faturas. Vou registrar também que o "
          "pagamento duplicado ocorreu por falha de idempotência (bug «bug»).\n[«h5»] «sp»: obrigada!\n\n"
          "— Nota interna («an2»): cartão completo exposto no chat em «h1», mensagem mascarada e ticket de incidente LGPD aberto (INC-«inc»). "
          "Encaminhar ao DPO «dpo».\n",
          h3=hs[3], sp=sp, mh=P(mh.first if g.chance(0.5) else mh.full), me=(g.email(mh), "EMAIL_ADDRESS"), mc=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
          h4=hs[4], cb=f"CB{g.d(9)}", bug=f"PAY-{g.d(4)}", h5=hs[5], an2=alog, h1=hs[1], inc=g.d(5), dpo=P(g.person().full))
    return doc


def fi_sinistro(g: Gen) -> Doc:
    """Insurance claim file for a vehicle stolen from the condominium garage (ALL CAPS claims screen + adjuster's note)."""
    doc = Doc()
    seg = g.person()
    reg = g.person()
    city, uf = g.city()
    pl = g.plate()
    ins = g.pick(["FORTUNATO SEGUROS S.A.", "VITORIA SEGURADORA", "AURORA SEGUROS GERAIS", "SEGURADORA LEAL"])
    hd = g.dates_sorted(5, 2025)
    rc = f"REG{g.d(3)}"
    scpf = g.cpf()
    hh = f"0{g.ri(1, 4)}:{g.ri(0, 59):02d}"
    doc.f("«ins» - SINISTRO AUTO - CONSULTA                                   TELA SIN0420\n"
          "SINISTRO: «sn»   APOLICE: «ap»   RAMO: 531   CORRETORA: «cr» (SUSEP «su»)\n"
          "----------------------------------------------------------------------------\n",
          ins=ins, sn=f"531{g.ri(2024, 2025)}{g.d(6)}",
          ap=f"{g.d(3)}.{g.d(2)}.{g.d(8)}", cr=g.pick(["GONDIM CORRETORA", "PRUDENTE SEGUROS ME", "BENTO & FROTA CORRETAGEM"]), su=g.d(9))
    doc.f("SEGURADO.....: «n»\nCPF..........: «cpf»        DT NASC: «dob»\nCNH..........: «cnh»   CAT: «ct»   VALIDADE: «vl»\n"
          "ENDERECO.....: «ad»\nBAIRRO.......: «b»   CIDADE: «cy»/«uf»   CEP: «cep»\nFONE.........: «tl»   EMAIL: «em»\n\n",
          n=P(seg.caps), cpf=(scpf, "BR_CPF"), dob=(g.dob("br", 1950, 2002), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"), ct=g.pick(["B", "AB", "AB", "D"]),
          vl=g.date("br", g.ri(2026, 2034)), ad=(g.address("caps", comp=up(g.unit())), "ADDRESS"), b=up(g.pick(BAIRROS)), cy=up(city), uf=uf,
          cep=(g.cep(), "BR_CEP"), tl=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"), em=(g.email(seg).upper(), "EMAIL_ADDRESS"))
    doc.f("VEICULO......: «car»   ANO «y»\nPLACA........: «pl»   RENAVAM: «rv»   CHASSI: «ch»\nCONDUTOR PRINC: «cp»   CPF «cc»\n\n",
          car=up(g.car()), y=g.ri(2012, 2025), pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), ch="9BW" + g.hexs(14).replace("O", "0"),
          **({"cp": P(up(g.relative(seg).full)), "cc": (g.cpf("raw"), "BR_CPF")} if g.chance(0.4) else {"cp": "O PROPRIO SEGURADO", "cc": (scpf, "BR_CPF")}))
    doc.f("EVENTO.......: FURTO TOTAL EM GARAGEM DE CONDOMINIO   DATA: «d»   HORA APROX: «h»\nLOCAL........: «c»\n"
          "BO...........: «bo» - «dp»\n\n", d=hd[0], h=hh, c=up(g.pick(CONDOS)), bo=f"{g.pick(['BO', 'RO'])} {g.d(5)}/2025",
          dp=g.pick(["1 DP", "DRFV", "DEL. ROUBOS E FURTOS", "12 DP"]))
    doc.f("HISTORICO DE REGULACAO\n«d1» «r»: SOLICITADAS IMAGENS CFTV AO SINDICO «s» E RELATORIO DE RONDA DA «sec».\n"
          "«d2» «r»: IMAGENS RECEBIDAS. VEICULO SAI «hh» ATRAS DE MOTO PLACA «pm». PORTEIRO «pt» NAO ABORDOU.\n"
          "«d3» «r»: DOCUMENTACAO OK (DUT ASSINADO, CHAVES 2 VIAS, CERTIDAO DE NAO LOCALIZACAO). SEM ALIENACAO.\n",
          d1=hd[1], r=rc, s=P(up(g.person().full)), sec=up(g.pick(SECURITY)), d2=hd[2], hh=hh, pm=(g.plate().lower() if g.chance(0.3) else g.plate(), "LICENSE_PLATE"),
          pt=P(up(g.person(female=False).first)), d3=hd[3])
    if g.chance(0.5):
        doc.f("«d4» «r»: INDENIZACAO 100% FIPE R$ «v» - PAGAMENTO VIA PIX CHAVE ALEATORIA «px» (TITULAR CONFERIDO).\n",
              d4=hd[4], r=rc, v=g.money(30000, 160000), px=(g.uuid().upper() if g.chance(0.3) else g.uuid(), "PIX_KEY"))
    else:
        doc.f("«d4» «r»: INDENIZACAO 100% FIPE R$ «v» - CREDITO EM «bk» AG «ag» CC «ac» TITULAR «n».\n", d4=hd[4], r=rc,
              v=g.money(30000, 160000), bk=up(g.pick(BANKS)), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), n=P(seg.caps))
    doc.f("\nREGULADOR («rc»): «rn» - «re»\nF3=VOLTAR F6=DOCUMENTOS F9=RESSARCIMENTO (ACAO REGRESSIVA CONTRA O CONDOMINIO)\n",
          rc=rc, rn=P(up(reg.full)), re=(g.corp_mail(reg, firm_dom(ins)).upper(), "EMAIL_ADDRESS"))
    return doc


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_acesso_csv, at_whatsapp, at_livro, at_tela_cadastro, at_alarme, at_mudanca, at_reserva],
    "juridico": [ju_execucao, ju_hora_extra, ju_furto_garagem, ju_ata, ju_lgpd_cftv, ju_relatorio, ju_audiencia],
    "saude": [sa_aso, sa_socorro, sa_cat, sa_atestados, sa_piscina, sa_exames_csv, sa_elevador],
    "financeiro": [fi_inadimplencia, fi_ponto, fi_epi, fi_acordo, fi_prestacao, fi_chargeback, fi_sinistro],
}

HONORIFIC = re.compile(r"(?i)(sr|sra|srta|dr|dra|dona|seu|doutora?|s[ií]ndic[oa])\.?\s")


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert s["label"] in LABELS, (rid, s)
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) == 16 and luhn_dv(digits[:-1]) == digits[-1], (rid, v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (rid, v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (rid, v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                raw = re.sub(r"[^0-9X]", "", v)
                assert rg_sp_dv(raw[:8]) == raw[8], (rid, v)
            else:
                assert 7 <= len(digits) <= 10, (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "IP_ADDRESS":
            assert all(0 <= int(x) <= 255 for x in v.split(".")) and v.count(".") == 3, (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Za-z]{3}-?\d[A-Za-z\d]\d{2}", v), (rid, v)
        elif lab == "PERSON":
            assert not HONORIFIC.match(v), (rid, v)
            assert not re.search(r"\d", v), (rid, v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not re.match(r"(?i)(sac|portaria|sindico|cobranca|dpo|juridico|financeiro)[.@]", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CREA|CRP)", v), (rid, v)
    # hard negatives: every 11-digit number (bare or dotted like a CPF) outside the spans fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\d.\-/])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?!\d)(?![.\-/]\d)", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, "unlabelled valid CPF", m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: (s["start"], s["end"]))
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
    assert len(records) == 280
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
