"""Build the seventy-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7878, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: car and home insurance, as an insurer, its brokers,
adjusters, repair shops, assistance providers, hospitals and the law offices around them produce
the papers: proposals and renewals with the drivers' risk profile (questionário de perfil),
claim notices (aviso de sinistro) with police reports, third-party claims and subrogation,
repair-shop budgets cut by the adjuster (regulador), glass and towing assistance calls,
total-loss and theft indemnities with the vehicle transfer papers and the lender's payoff,
home-insurance claims after fires, floods and burglaries, personal-accident (APP) and bodily
injury (RCF-DC) medical claims, SUSEP/consumidor.gov complaints and lawsuits over denied claims,
brokers' commission statements and fraud-investigation memos. Layouts vary: forms, letters and
petitions, '+---+' ruled tables, bare '====' columns, Markdown tables, CSV/TSV extracts, a
WhatsApp export, e-mails with quoted replies, an OCR'd scan, application and gateway logs.
- atendimento: 0 a car-insurance proposal form (insured, vehicle, main-driver questionnaire,
  occasional drivers table, payment by card or debit); 1 a WhatsApp export of a glass or towing
  call (bot, then a named attendant; the customer's sender is a saved name or the bare number);
  2 a broker's renewal e-mail with a quote table and the client's quoted reply about a son who
  just got his licence; 3 a claim notice taken by the 0800 (driver, BO, third party, witness);
  4 a CSV export of 24h assistance calls (tow drivers, tow-truck plates, attendants by name in
  half of the exports, by login in the other half); 5 the home-claims portal log (logins with IP,
  claim creation with the risk address, contacts, adjuster assignment, bank validation error);
  6 an OCR'd prior-inspection report (vistoria prévia) with letter and digit confusions.
- juridico: 0 an initial petition for an insurance indemnity and moral damages against the
  insurer; 1 a consumidor.gov complaint (auto or home) and the ombudsman's answer; 2 a total-loss
  transfer checklist with the notarial power of attorney and the salvage buyer; 3 a fraud unit
  (SIU) memo (tracker data, IPs, a card in someone else's name, TSE/CNJ lookups); 4 a
  subrogation letter to the third party at fault and his e-mail reply; 5 minutes of a small-claims
  conciliation hearing with the settlement paid by deposit or Pix; 6 the legal department's
  ruled litigation sheet of claim suits (CNJ numbers, plaintiffs, adverse lawyers' OAB).
- saude: 0 an APP/DMH claim form of a passenger hurt in the insured car (CNS, attending doctor,
  expenses, reimbursement account or a mother's random Pix key); 1 a hospital bill of a third-party
  victim under RCF-DC with TUSS items and the surgeons' CRM; 2 a medical expert report on permanent
  disability with the SUSEP table; 3 a pre-hospital care record at a crash scene (victims, CNS,
  crew with CRM and COREN); 4 the home assistance's emergency report after a fire or flood
  (occupants with birth dates and CNS, lodging, guard, adjuster); 5 a medical-audit e-mail with a
  CSV of APP/DMH reimbursements; 6 an accidental-death claim (death certificate data with RG,
  título and NIT, beneficiaries table with accounts or random Pix keys).
- financeiro: 0 an individual broker's commission statement (CPF, NIT/PIS, policies table with the
  insureds' CPF and plates, INSS/IRRF/ISS retentions, credit account); 1 a total-loss payment order
  (FIPE value, lender payoff, balance by account or Pix, or to an estate's administrator); 2 a
  repair-shop budget with the adjuster's cuts and the franchise receipt; 3 an adjuster's report on
  a home burglary or flood with the item list; 4 a CSV batch of claim payments with Pix keys of all
  kinds; 5 payment-gateway events of premium instalments by card and a chargeback note; 6 a
  lender's payoff letter for a financed car and the insurer's internal note.

Conventions (the twentieth set's; what this register had to decide is marked *):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles
inside a name (de, da, dos, e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it;
"SURNAME, Given" and "SURNAMES, GIVEN" are one span; nicknames (Tião, Zé Carlos, Mundinho) and
first names alone are persons. Staff named in the text (brokers, producers, attendants, tow
drivers, inspectors, adjusters, analysts, ombudsman staff, doctors, nurses, ambulance crews,
lawyers, conciliators, notary clerks, auditors, lenders' managers) are persons; logins (rbento),
system accounts (svc_pagamentos, rpa-sinistros, svc-regulacao) and bot names (Lia, Bento Bot)
are not. In the WhatsApp export a sender is a PERSON when it is a saved contact name (only the
name, not an appended "Seguro"/"Carro"/emoji) and a PHONE_NUMBER when the export shows the
number; the company sender is not labelled, and in "Genoveva | Aurora Seguros" only the
attendant's name is a span*. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes
(renovacao@, sac@, ouvidoria@, ressarcimento@, faturamento@, comissoes@, orcamentos@,
sinistros.residencial@) are not labelled; likewise 0800/4003 numbers and a shop's or
vistoria firm's commercial line are not labelled, while a staff member's direct line or mobile
is a PHONE_NUMBER*. ADDRESS is street type + name + number + complement
(not bairro, city, state; CEP is BR_CEP), written out, abbreviated, ALL CAPS, lower case or
spoken ("largo flor de maio número 989"). It is labelled where it places a person: the insured's
or a victim's home, the overnight garage, the risk address of a home policy, where a customer
waits with the car for the tow*. Accident and event locations given as an intersection ("Av. X
x Rua Y"), a road km, "altura do nº 1200" or a car park are not ADDRESS*, and a street named
without number ("leva pra oficina ... na Rosa e Silva") is neither an ADDRESS nor a person*. The
seats of insurers, law firms, shops and hospitals are not labelled. Agency and account are
separate BANK_ACCOUNT spans; bank codes and names are not; payments to companies in the batch
go to their CNPJ Pix key, which is BR_CNPJ like the CNPJ column*. DATE_OF_BIRTH only for birth
dates (insured, drivers, occasional drivers, victims, occupants, the deceased, beneficiaries);
first-licence, policy, accident, admission, death, exam and due dates are not. PROFESSIONAL_ID
includes the council acronym and UF: CRM, COREN, OAB, CREA, CREFITO ("CRM/SC nº 87198", "OAB/PR
nº 126.409", "CREA/MG 132.899/D", "COREN-RN 251397-TE"). SUSEP broker registrations are not
labelled (they register the brokerage's licence)*. NIT equals PIS and is BR_PIS*. PIX_KEY only
for random (UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those
labels. Masked cards ("692503******9737", "final 4094") are not labelled; full cards (16 digits
or a 15-digit Amex, spaced or not) are CREDIT_CARD. Not labelled*: vehicle chassis (VIN), RENAVAM
(always an 11-digit number that fails the CPF check), FIPE codes, policy, proposal, claim, BO,
protocol, event and lot numbers, financing contract numbers, bank-slip lines, TUSS codes, hospital
record (prontuário) numbers, death-certificate registry numbers, SUSEP circulars and CNSP
resolutions, notarial seals. Vehicle colours ("BRANCO", "Branco Banchisa") are not persons.
The OCR'd inspection report keeps its confusions inside the spans (rn/m, l/I in names; O, I, B,
S for 0, 1, 8, 5 in CPF, CNH and birth date), labelled as they stand.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Jhennyfer, Maelly, Sidclei, Wellyson, Ycaro; Italian, German, Polish, Japanese/Okinawan,
Lebanese, Korean, Chinese, Bolivian, Haitian, Angolan, Senegalese, indigenous, Jewish,
Venezuelan), at least a quarter of the name words rare or invented (main() prints the share);
names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado,
Justo, Branco) next to the same words as words ("seria prudente", "carro branco", "a luz do
painel", "Outubro Rosa") and in insurers, brokers, shops, hospitals, towns and streets (Aurora
Seguros, Prudente Seguradora, Funilaria e Pintura Bento, Auto Vidros Luz, Hospital Santa Vitória,
Presidente Prudente, Bento Gonçalves, Rua Rosa e Silva), which are not persons. Forms: full, ALL
CAPS with and without accents, lower case, "SURNAME, GIVEN", first name alone, nicknames.

Hard negatives (never labelled): CNJ process numbers, RENAVAM and other 11-digit numbers that fail
the CPF check (the script checks every unlabelled 11-digit number in the text), a CPF "que não
passa no dígito" quoted in a memo or batch trailer, ICD-10 codes (S82.2, T59.8, V43.5), TUSS
codes, money, policy/claim/protocol/BO/order numbers, chassis, companies with surnames (Higa &
Nakasone Corretora, Mattar Corretora de Seguros, Funilaria Wendt & Filhos, Gondim, Arrais & Sabóia
Advogados), laws and rules (Lei 8.078/1990, Lei 9.099/1995, Lei 13.709/2018, art. 757 do Código
Civil, Súmula 465 do STJ, Circular SUSEP 621/2021), dates that are not birth dates.
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
SEED = 7878
OUT_NAME = "seventyeighth.jsonl"

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
# RARE_* and the RARE_ORIGINS pools hold uncommon, regional or coined names; main() prints their
# share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Cláudia", "Simone", "Luciana", "Camila",
        "Larissa", "Beatriz", "Gabriela", "Mariana", "Tatiane", "Priscila", "Roberta", "Sandra", "Cristiane",
        "Aline", "Elaine", "Maria José", "Francisca", "Antônia", "Letícia", "Isabela", "Heloísa", "Luíza",
        "Maria Eduarda", "Rosângela", "Débora"]
RARE_F = ["Edineide", "Marinalva", "Rosinete", "Cleonice", "Gleiciane", "Waldirene", "Jucilene", "Eurides",
          "Ivanilde", "Lucivânia", "Nildete", "Zenaide", "Creusa", "Eudóxia", "Adenilza", "Kethlen", "Thayná",
          "Jhennyfer", "Maelly", "Ketlyn", "Sthefany", "Iraci", "Dulcineia", "Genoveva", "Otília", "Quitéria",
          "Rozilda", "Solenir", "Laudicéia", "Ivoneide", "Maridalva", "Eulália", "Deuzelina", "Arlinda",
          "Cleidiane", "Rayanne Kelly"]
PT_M = ["João Pedro", "Rafael", "Gustavo", "Rodrigo", "Ricardo", "Fábio", "Eduardo", "Thiago", "Diego", "Lucas",
        "Matheus", "Bruno", "Vinícius", "Antônio", "Francisco", "José Carlos", "Luís Fernando", "Roberto",
        "Sebastião", "Geraldo", "Raimundo", "Anderson", "Leandro", "Márcio", "Adriano", "Daniel", "Miguel",
        "Arthur", "Heitor", "Gabriel"]
RARE_M = ["Edivaldo", "Rosivaldo", "Jucelino", "Deusdete", "Valdomiro", "Adelmo", "Cosme", "Damião", "Ezequias",
          "Gedeão", "Irineu", "Lenilson", "Marivaldo", "Natanael", "Péricles", "Quirino", "Romildo", "Sidclei",
          "Tarcísio", "Ubirajara", "Wanderson", "Ycaro", "Zenóbio", "Clodoaldo", "Gerivaldo", "Jeová",
          "Maicon Douglas", "Wellyson", "Kauê Henrique", "Djalma", "Erivelton", "Anísio", "Otoniel", "Josué Ramon",
          "Cleverson", "Edenilson"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Rocha", "Dias", "Monteiro", "Melo",
          "Cunha", "Barros", "Moreira", "Fernandes", "Soares", "Batista", "Miranda", "Farias", "Xavier", "Pires",
          "Moraes", "Borges", "Tavares", "Brito", "Guimarães", "Sampaio", "Coelho", "Cruz", "Medeiros", "Vasconcelos"]
RARE_SUR = ["Cajazeira", "Arcoverde", "Benevides", "Escóssia", "Figueiroa", "Gondim", "Ibiapina", "Jatobá",
            "Mourão", "Nóbrega", "Quintela", "Rebouças", "Sucupira", "Tenório", "Uchôa", "Valadares", "Wanderley",
            "Xenofonte", "Apolônio", "Catunda", "Feitosa", "Girão", "Juaçaba", "Lustosa", "Norões", "Sabóia",
            "Torquato", "Arrais", "Bessa", "Bandeira de Mello", "Cantuária", "Dourado", "Esmeraldo", "Fontenele",
            "Guaraná", "Inhamuns", "Jucá", "Madeiro", "Paraguassu"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Aurora", "Cordeiro",
            "Raposo", "Carneiro", "Pinheiro", "Leite", "Pedreira", "Seguro"]
NICK = {"José Carlos": "Zé Carlos", "Sebastião": "Tião", "Raimundo": "Mundinho", "Francisco": "Chico",
        "Antônio": "Toninho", "Maria José": "Zezé", "Francisca": "Chiquinha", "Eduardo": "Dudu",
        "Rosivaldo": "Rosi", "Deusdete": "Dedé", "Ubirajara": "Bira", "Valdomiro": "Miro", "Genoveva": "Veva",
        "Quitéria": "Teca", "Ezequias": "Zeca", "Luís Fernando": "Nando", "Ana Paula": "Paulinha",
        "Marinalva": "Nalva", "Gerivaldo": "Geri", "Cleonice": "Nice", "Roberto": "Beto", "Heitor": "Tote"}
FOREIGN = {
    "it": (["Giuliana", "Pierina", "Annunziata"], ["Gianluca", "Aurelio", "Primo"],
           ["Tomasoni", "Zanetti", "Bertolini", "Pasqualotto", "Dal Molin", "Benedetti", "Zanchettin"]),
    "de": (["Hildegard", "Ingrid", "Elfriede"], ["Reinhold", "Egon", "Siegfried"],
           ["Kleinschmidt", "Wendt", "Rauber", "Hübner", "Strelow", "Baumgarten", "Ruschel"]),
    "pl": (["Jadwiga", "Halina"], ["Zbigniew", "Czesław"], ["Kowalczyk", "Wiśniewski", "Nowak", "Dembinski"]),
    "jp": (["Akemi", "Harumi", "Tomoko"], ["Tadashi", "Yoshio", "Masaru"],
           ["Higa", "Nakasone", "Shimabukuro", "Takahashi", "Uehara", "Miyagi"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Munir", "Salim", "Jamil"], ["Zogbi", "Bechara", "Abdo", "Jafet", "Mattar"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Shin"]),
    "cn": (["Meilin", "Yan"], ["Wei", "Jun"], ["Liu", "Wang", "Huang", "Zhang"]),
    "bo": (["Rosmery", "Eulogia"], ["Wilber", "Grover"], ["Mamani", "Condori", "Choque", "Huanca"]),
    "ht": (["Nadège", "Wislande", "Fabiola"], ["Jean-Robert", "Wilguens", "Dieuseul"],
           ["Pierre-Louis", "Jean-Baptiste", "Louissaint", "Saintil", "Désir"]),
    "ao": (["Eufrásia", "Ndalu"], ["Kialunda", "Nsimba"], ["Mpanzu", "Kumbi", "Ngola", "Lukamba"]),
    "sn": (["Mariama", "Coumba"], ["Babacar", "Modou"], ["Mbaye", "Diallo", "Cissé", "Faye"]),
    "in": (["Moema", "Potyra", "Jaciara"], ["Raoni", "Arapuã", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Ester", "Miriam"], ["Moisés", "Jacó"], ["Rosenberg", "Szajnbok", "Feldman", "Kaufmann", "Lerner"]),
    "vz": (["Yulimar", "Mariangel"], ["Yorman", "Deiby"], ["Rangel", "Contreras", "Betancourt"]),
}
RARE_ORIGINS = ("pl", "bo", "ht", "ao", "sn", "in", "vz", "kr", "cn")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Szajnbok", "Shimabukuro", "Kleinschmidt", "Strelow", "Zanchettin", "Pasqualotto", "Annunziata",
             "Elfriede", "Siegfried", "Zogbi", "Bechara", "Jafet"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Aurora", "Cruz", "Cunha", "Flor"}
DO_SUR = {"Nascimento", "Prado", "Carmo"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81",
        "82", "83", "84", "85", "87", "89", "91", "92", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Rodovia", "Vila", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Rosa e Silva", "Bento Gonçalves", "Prudente de Morais", "da Luz", "Flor de Maio",
                "Aurora Boreal", "Amado Nervo", "Marechal Deodoro", "Tiradentes", "Sete de Setembro",
                "Coronel Quirino Sabóia", "Professora Eulália Gondim", "dos Seguradores", "Santa Vitória",
                "Doutor Péricles Arcoverde", "das Hortênsias", "Vereador Romildo Jucá", "Senador Feijó",
                "José Bonifácio", "do Comércio", "Padre Cícero", "Visconde de Taunay", "Duque de Caxias",
                "Independência", "Nove de Julho", "Antônio Raposo", "Irmã Dulce", "Madre Paulina", "Sucupira",
                "Engenheiro Tenório", "Castelo Branco", "da Esperança", "Carlos Gomes"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Nova Aurora", "PR"), ("Luz", "MG"), ("Flores da Cunha", "RS"), ("Campinas", "SP"), ("Sorocaba", "SP"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Cascavel", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"),
          ("Caxias do Sul", "RS"), ("Santa Maria", "RS"), ("Feira de Santana", "BA"), ("Caruaru", "PE"),
          ("Campina Grande", "PB"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Anápolis", "GO"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Porto Velho", "RO"), ("Arapiraca", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("Niterói", "RJ"), ("Volta Redonda", "RJ"), ("São Luís", "MA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Curitiba", "PR"), ("Recife", "PE")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Bela Vista", "Parque Bento Ribeiro", "Alto da Luz",
           "Jardim Prudente", "Vila Esperança", "Santa Vitória", "Jardim das Flores", "Cidade Nova", "Boa Vista",
           "Vila Amado", "Planalto"]
CIDS = ["S06.0", "S52.5", "S82.2", "S72.0", "S32.0", "S42.0", "T20.2", "T59.8", "S13.4", "S22.3", "S62.6",
        "T30.0", "S83.5", "S92.3", "F43.1", "S01.8", "S80.0", "J68.0", "T29.2", "S12.9", "S27.0", "M54.5"]
CARS = [("Fiat", "Strada Freedom 1.3"), ("Volkswagen", "Polo Track 1.0"), ("Chevrolet", "Onix LT 1.0 Turbo"),
        ("Hyundai", "HB20 Comfort 1.0"), ("Fiat", "Argo Drive 1.0"), ("Toyota", "Corolla XEi 2.0"),
        ("Renault", "Kwid Zen 1.0"), ("Jeep", "Renegade Longitude 1.3T"), ("Honda", "HR-V EXL 1.5"),
        ("Fiat", "Mobi Like 1.0"), ("Volkswagen", "Saveiro Robust 1.6"), ("Chevrolet", "S10 LTZ 2.8 Diesel"),
        ("Nissan", "Kicks Advance 1.6"), ("Toyota", "Hilux SRV 2.8"), ("Honda", "CG 160 Fan"),
        ("Yamaha", "Fazer 250"), ("Fiat", "Toro Volcano 2.0"), ("Volkswagen", "Gol 1.0 MPI"),
        ("BYD", "Dolphin Mini"), ("Caoa Chery", "Tiggo 5X Pro")]
COLORS = ["BRANCO", "PRATA", "PRETO", "CINZA", "VERMELHO", "AZUL", "BRANCA", "Branco Banchisa", "Prata Sirius",
          "Cinza Grafite"]
INSURERS = ["Aurora Seguros S.A.", "Vitória Companhia de Seguros", "Prudente Seguradora S.A.", "Mauá Seguros Gerais",
            "Sucupira Mútua de Seguros", "Atlântica Previdência e Seguros", "Guaraná Seguros S.A.",
            "Bento & Raposo Seguros Gerais"]
BROKERS = ["Tenório Corretora de Seguros Ltda", "Rosa Branca Corretora de Seguros", "Amado & Filhos Corretagem",
           "Fontenele Seguros Corretora", "Luz Proteção Corretora de Seguros", "Mattar Corretora de Seguros EIRELI",
           "Kleinschmidt Corretagem e Seguros", "Higa & Nakasone Corretora"]
SHOPS = ["Funilaria e Pintura Bento", "Auto Center Aurora", "Oficina do Prudente", "Martelinho de Ouro Flor de Lis",
         "Retífica Cajazeira", "Auto Vidros Luz", "Centro Automotivo Esperança", "Funilaria Wendt & Filhos",
         "Mecânica Zogbi", "Oficina Santa Vitória"]
TOWS = ["Guincho Prudente 24h", "Reboques Rosa dos Ventos", "Auto Socorro Bento", "Guinchos Aurora", "SOS Raposo Reboques"]
LAWFIRMS = ["Gondim, Arrais & Sabóia Advogados", "Tenório Bessa Advocacia", "Escritório Feldman & Lerner",
            "Lustosa Advogados Associados", "Wanderley & Catunda Sociedade de Advogados"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("041", "Banrisul"), ("004", "BNB")]
LENDERS = ["Banco Vitória Financiamentos S.A.", "Aymoré Crédito, Financiamento e Investimento", "BV Financeira",
           "Banco Prudente de Veículos S.A.", "Banco Toyota do Brasil", "Sicredi Serrana"]
WORD_USES = ["seria prudente aguardar a vistoria", "a luz do painel acendeu", "carro na cor branco",
             "o outubro rosa", "uma vitória para o segurado", "a flor da idade", "sinal amarelo piscando",
             "à luz do art. 757 do Código Civil", "dar luz verde para o reparo", "a aurora da segunda-feira"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "João ", "Ana ", "José ")) else self.given

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
    def caps_acc(self) -> str:
        return self.full.upper()

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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "caps_acc": p.caps_acc, "low": p.low,
            "plain": p.plain, "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first,
            "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.neg11: list[str] = []

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

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (11-digit ones are recorded)."""
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
            if n == 11:
                self.neg11.append(v)
            return v

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
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
            elif len(surnames) == 2 and rng.random() < 0.05:
                surnames.insert(1, "e")
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
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}.{l[0]}@{dom}"])

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
                "nodash": f"{n[:3]}.{n[3:6]}.{n[6:9]}{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
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
                "wa": f"+55 {ddd} {h[:-4] if len(h) > 4 else h}{h[-4:] if len(h) > 4 else ''}-{t}"}[style]

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6"])
        if b == "3":
            body = "3" + self.pick("47") + self.d(12)
            n = body + luhn_dv(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = self.pick("ABCDEFGHIJKLMNOPQRS") + "".join(self.pick(L) for _ in range(2))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.75) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def chassi(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(["9BW", "9BD", "93H", "9BG", "8AP", "9C2", "93Y", "LGX"]) + "".join(self.pick(chars) for _ in range(14))

    def renavam(self) -> str:
        return self.neg(11)

    def fipe(self) -> str:
        return f"{self.d(6)}-{self.d(1)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ipv6(self) -> str:
        return "2804:" + ":".join(self.hexs(4).lstrip("0") or "0" for _ in range(3)) + "::" + self.hexs(4).lstrip("0")

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"lote {self.ri(1, 30)} quadra {self.ri(1, 40)}", f"ap. {self.ri(11, 904)}"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr.", "Rodovia": "Rod."}
        if self.chance(0.35) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2006) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.19", "8.21", "8.24", "8.09", "8.17"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2021, 2026)}.{seg}.{self.d(4)}"

    def policy(self) -> str:
        if self.chance(0.2):
            return self.neg(11)
        return self.pick([f"{self.ri(1, 99):02d}.{self.d(2)}.{self.d(7)}", f"1031{self.d(9)}", f"APL-{self.d(8)}",
                          f"{self.d(3)}.{self.d(4)}.{self.d(6)}"])

    def claim_no(self) -> str:
        if self.chance(0.2):
            return self.neg(11)
        return self.pick([f"{self.ri(2025, 2026)}.{self.d(6)}", f"SIN-{self.d(8)}", f"{self.d(4)}/{self.ri(2025, 2026)}",
                          f"53{self.d(10)}"])

    def protocol(self) -> str:
        if self.chance(0.17):
            return self.neg(11)
        return self.pick([f"{self.ri(2025, 2026)}{self.d(8)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", f"ATD-{self.d(7)}", self.d(14)])

    def bo(self) -> str:
        return self.pick([f"{self.d(4)}/{self.ri(2025, 2026)}", f"{self.pick(['AA', 'BE', 'CL', 'DE'])}{self.d(4)}-{self.ri(1, 9)}/{self.ri(2025, 2026)}",
                          f"{self.d(5)}.{self.d(2)}.{self.ri(2025, 2026)}", f"nº {self.d(6)}/{self.ri(2025, 2026)}-{self.pick(['DP', 'DEL', 'DEPOL'])}"])

    def susep_code(self) -> str:
        return self.pick([f"{self.d(2)}.{self.d(7)}.{self.d(1)}", f"{self.d(9)}", f"202{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}",
                              f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {dotted}/D", f"CREA-{uf} {n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 16)} {self.d(6)}-F"
        if kind == "CRP":
            return f"CRP {self.ri(1, 24):02d}/{self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"), ("ã", "a"),
               ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("u", "ii"), ("o", "ó")]
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
        pad = " " * max(0, width - len(s))
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def L(s: str, label: str) -> tuple:
    return (s, label)


def table_ruler(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """'+----+' ruled table, as printed by reporting tools."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
    for r in rows:
        doc.t("|")
        for (v, lab), w in zip(r, widths):
            doc.t(" ")
            doc.cell(v, w, lab)
            doc.t(" |")
        doc.t("\n")
    doc.t(rule)


def table_plain(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2) -> None:
    """Fixed-width columns under a '====' line, no vertical rules."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t((" " * gap).join("=" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" " * gap)
            doc.cell(v, w if k < len(r) - 1 else 0, lab)
        doc.t("\n")


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


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def car(g: Gen) -> tuple[str, str, str]:
    mk, md = g.pick(CARS)
    y = g.ri(2012, 2025)
    return mk, md, f"{y}/{y + g.pick([0, 1, 1])}"


def fmt_money(cents: int) -> str:
    r, c = divmod(cents, 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


def brl(g: Gen, lo: int = 20, hi: int = 50000) -> str:
    return "R$ " + g.money(lo, hi)


# =========================================================================== atendimento

def at_proposta(g: Gen) -> Doc:
    """Car-insurance proposal form filled at the broker's: insured, main driver profile, extra drivers."""
    doc = Doc()
    ins, brk = g.pick(INSURERS), g.pick(BROKERS)
    seg = g.person()
    agent = g.person()
    bdom = g.pick(["tenorioseguros.com.br", "rosabrancacorretora.com.br", "amadocorretagem.com", "luzprotecao.com.br",
                   "mattarseguros.com.br", "fontenele.seg.br"])
    city, uf = g.city()
    mk, md, yr = car(g)
    doc.f("«ins» — PROPOSTA DE SEGURO AUTOMÓVEL\nProposta nº «pn»      Tipo: «tp»      Vigência: «v1» a «v2»\n"
          "Corretor(a): «brk» — SUSEP «sc»\nProdutor: «ag»  («am»)  Fone «ap»\n\n",
          ins=ins.upper(), pn=g.policy(), tp=g.pick(["SEGURO NOVO", "RENOVAÇÃO CONGÊNERE", "RENOVAÇÃO PRÓPRIA"]),
          v1=(vd := g.date("br")), v2=vd[:6] + str(int(vd[6:]) + 1), brk=brk, sc=g.susep_code(), ag=P(name_form(g, agent, ["full", "short"])),
          am=(g.corp_mail(agent, bdom), "EMAIL_ADDRESS"), ap=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("1. DADOS DO SEGURADO\nNome/Razão social: «n»\nCPF/CNPJ: «cpf»     Data nasc.: «dob»     Sexo: «sx»     Est. civil: «ec»\n"
          "RG: «rg» «org»     CNH nº «cnh»  cat. «cat»  1ª habilitação: «hab»\n"
          "Endereço: «ad»   Bairro: «b»   Cidade: «c»/«uf»   CEP: «cep»\nCelular: «ph»     E-mail: «em»\n"
          "Profissão: «prof»\n\n",
          n=P(g.pick([seg.caps, seg.full, seg.caps_acc])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "br", "short"])), "DATE_OF_BIRTH"),
          sx="F" if seg.female else "M", ec=g.pick(["casado(a)", "solteiro(a)", "divorciado(a)", "união estável", "viúvo(a)"]),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP", "DETRAN/RJ", "SESP/PR", "SDS/PE"]), cnh=(g.cnh(), "BR_CNH"),
          cat=g.pick(["B", "AB", "B", "D"]), hab=g.date("br", g.ri(1985, 2020)), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(seg), "EMAIL_ADDRESS"),
          prof=g.pick(["professora", "motorista de aplicativo", "autônomo", "enfermeiro(a)", "comerciante", "aposentado(a)", "engenheiro(a)"]))
    doc.f("2. VEÍCULO\nMarca/Modelo: «mk» «md»   Ano fab/mod: «yr»   Cor: «cor»   Combustível: flex\n"
          "Placa: «pl»   Chassi: «ch»   Renavam: «rv»   Cód. FIPE: «fp»\nAlienação fiduciária: «al»\n\n",
          mk=mk, md=md, yr=yr, cor=g.pick(COLORS), pl=(g.plate(), "LICENSE_PLATE"), ch=g.chassi(), rv=g.renavam(), fp=g.fipe(),
          al=g.pick(["NÃO", f"SIM — {g.pick(LENDERS)}", f"SIM — {g.pick(LENDERS)} (contrato {g.d(10)})"]))
    other = g.chance(0.6)
    doc.t("3. QUESTIONÁRIO DE PERFIL (principal condutor)\n")
    if other:
        drv = g.relative(seg)
        doc.f("O segurado é o principal condutor? NÃO\nNome do principal condutor: «n»   CPF: «cpf»   Nasc.: «dob»\n"
              "CNH: «cnh»   Vínculo com o segurado: «rel»\n",
              n=P(drv.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1955, 2006), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"),
              rel=g.pick(["cônjuge", "filho(a)", "pai/mãe", "companheiro(a)"]))
    else:
        doc.t("O segurado é o principal condutor? SIM\n")
    doc.f("Reside com pessoas de 18 a 25 anos que dirigem o veículo? «y»\nGaragem na residência: «gr»   no trabalho: «gt»   na faculdade: não se aplica\n"
          "Uso: «uso»   Km médio mensal: «km»\nCEP de pernoite: «cep»\n",
          y=g.pick(["SIM", "NÃO"]), gr=g.pick(["sim, portão automático", "sim, portão manual", "não (rua)"]),
          gt=g.pick(["estacionamento pago", "não", "sim"]), uso=g.pick(["particular", "particular + ida ao trabalho", "aplicativo (Uber/99)"]),
          km=g.ri(300, 4500), cep=(g.cep(), "BR_CEP"))
    if g.chance(0.7):
        rows = []
        for _ in range(g.ri(1, 3)):
            a = g.relative(seg) if g.chance(0.6) else g.person()
            rel = g.pick(["filha", "cônjuge", "nora", "sobrinha", "enteada"] if a.female else ["filho", "cônjuge", "genro", "sobrinho", "enteado"])
            rows.append([P(g.pick([a.full, a.caps])), (g.dob("br", 1950, 2007), "DATE_OF_BIRTH"), (g.cnh(), "BR_CNH"),
                         V(rel), V(g.pick(["S", "N"]))])
        doc.t("\nCondutores eventuais:\n")
        table_ruler(doc, ["Nome", "Nascimento", "CNH", "Parentesco", "18-25"], rows)
    fr = brl(g, 1800, 9000)
    doc.f("\n4. COBERTURAS\nCasco: compreensiva, 100% FIPE — franquia normal «fr»\nRCF-V danos materiais «dm» / danos corporais «dc»\n"
          "APP morte/invalidez «app» por passageiro\nAssistência 24h: guincho «gk» km, chaveiro, vidros completo, carro reserva «cr» dias\n"
          "Classe de bônus: «bn»\n\n5. PAGAMENTO\nPrêmio líquido «pl» + IOF 7,38% = prêmio total «pt»\n",
          fr=fr, dm=brl(g, 50000, 200000), dc=brl(g, 50000, 200000), app=brl(g, 5000, 30000), gk=g.pick([200, 400, 500, 1000]),
          cr=g.pick([7, 15, 30]), bn=g.ri(0, 10), pl="R$ " + fmt_money(liq := g.ri(120000, 700000)), pt="R$ " + fmt_money(round(liq * 1.0738)))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("Forma: cartão de crédito em «n»x sem juros — cartão nº «cc»  val. «v»  titular «t»\n",
              n=g.ri(2, 12), cc=(g.card(), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", t=P(seg.caps))
    elif k == 1:
        bc, bn = g.pick(BANKS)
        doc.f("Forma: débito em conta — banco «bc» («bn») ag. «ag» c/c «cc»\n", bc=bc, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Forma: boleto 1ª parcela à vista + 5x («ob»)\n", ob=g.pick(["carnê digital", "débito após 1ª"]))
    doc.f("\nDeclaro serem verdadeiras as informações acima, ciente do art. 766 do Código Civil.\n«c», «d»\n\n"
          "_____________________________\n«n»\n",
          c=city, d=g.date("long"), n=P(g.pick([seg.full, seg.caps])))
    return doc


def at_chat(g: Gen) -> Doc:
    """WhatsApp export of a glass or towing assistance call: bot, attendant, customer, tow driver."""
    doc = Doc()
    ins = g.pick(INSURERS).split(" ")[0] + " Seguros"
    bot = g.pick(["Lia", "Bento Bot", "Aurora", "Sofia", "Duda"])
    cust = g.person()
    att = g.person()
    saved = g.chance(0.5)
    cname = g.pick([cust.short, cust.first + " " + g.pick(["Seguro", "Carro", "🚗"]), cust.full]) if saved else g.phone("wa")
    clab = "PERSON" if saved else "PHONE_NUMBER"
    if saved and cname.endswith(("Seguro", "Carro", "🚗")):
        cn_parts = cname.rsplit(" ", 1)
    else:
        cn_parts = None
    d = g.date("br")[:6] + str(g.pick([25, 26]))
    tt = g.times(12)
    i = [0]

    def line(who, lab, msg: str, **vals):
        doc.t(f"[{d} {tt[i[0]]}] ")
        i[0] = min(i[0] + 1, len(tt) - 1)
        if cn_parts and who == cname:
            doc.e(cn_parts[0], "PERSON").t(" " + cn_parts[1])
        elif " | " in who:
            a, b = who.split(" | ")
            doc.e(a, "PERSON").t(" | " + b)
        else:
            doc.e(who, lab)
        doc.t(": ")
        doc.f(msg + "\n", **vals)

    glass = g.chance(0.4)
    line(cname, clab, g.pick(["oi bom dia", "boa noite preciso de guincho urgente", "Olá", "oi, o vidro do meu carro trincou"]))
    line(ins, None, "Olá! Eu sou «b», assistente virtual da «i». Para começar, digite o CPF do segurado ou a placa do veículo.",
         b=bot, i=ins)
    pl = g.plate()
    if g.chance(0.5):
        line(cname, clab, "«c»", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    else:
        line(cname, clab, "placa «p»", p=(g.pick([pl, pl.lower(), pl.replace("-", "")]), "LICENSE_PLATE"))
    line(ins, None, "Encontrei a apólice «ap» em nome de «n», veículo «m» placa «p». Está correto? 1-Sim 2-Não",
         ap=g.policy(), n=P(cust.caps), m=" ".join(car(g)[:2]), p=(pl, "LICENSE_PLATE"))
    line(cname, clab, "1")
    if glass:
        line(ins, None, "Qual vidro foi danificado? 1-Para-brisa 2-Vigia 3-Lateral 4-Retrovisor/farol")
        line(cname, clab, "«x»", x=g.pick(["1", "para brisa", "o farol esquerdo", "3 lateral traseira"]))
        line(ins, None, "Vou te transferir para um de nossos atendentes. Aguarde um instante.")
        line(att.first + " | " + ins, None, "Oi «c», aqui é «a», tudo bem? Temos loja credenciada «l» perto de você. "
             "Confirma seu endereço «ad» CEP «cep»?",
             c=P(cust.first), a=P(att.first), l=g.pick(SHOPS[5:6] + ["Auto Vidros Aurora", "Carglass Luz"]),
             ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
        line(cname, clab, "isso. pode ser amanhã cedo? o carro é branco, ta na garagem")
        line(att.first + " | " + ins, None, "Agendado para «dt» às 08h. Franquia de vidros «f». Protocolo «pr». "
             "Qualquer coisa chama no «tel».", dt=g.date("br"), f=brl(g, 90, 700), pr=g.protocol(),
             tel=g.pick(["0800 7" + g.d(2) + " " + g.d(4), "4004-" + g.d(4)]))
    else:
        line(ins, None, "Vou te transferir para um de nossos atendentes. Aguarde um instante.")
        line(att.first + " | " + ins, None, "Boa noite, «c». Sou «a». Onde o veículo está agora? Precisa de endereço com número ou ponto de referência.",
             c=P(cust.first), a=P(att.full if g.chance(0.3) else att.first))
        line(cname, clab, "«ad», «r»", ad=(g.address(g.pick(["low", "spoken", "text"])), "ADDRESS"),
             r=g.pick(["em frente a farmácia", "perto do posto Ipiranga", "do lado da padaria Flor de Maio", "bairro " + g.pick(BAIRROS)]))
        line(cname, clab, "e leva pra oficina «o» na «s», pode ser?", o=g.pick(SHOPS[:5]),
             s=g.pick(["Barão de Mauá", "Bento Gonçalves", "Prudente de Morais", "Rosa e Silva", "Sete de Setembro"]))
        dr = g.person(female=False)
        line(att.first + " | " + ins, None, "Guincho acionado: «t». Motorista «m», caminhão placa «p», previsão «x» min. "
             "Protocolo «pr». Fique em local seguro com o pisca-alerta ligado.",
             t=g.pick(TOWS), m=P(g.pick([dr.short, dr.first, dr.nick])), p=(g.plate(), "LICENSE_PLATE"), x=g.ri(30, 120),
             pr=g.protocol())
        if g.chance(0.7):
            rel = g.relative(cust)
            line(cname, clab, "se eu nao atender liga pr«w» «n» «ph»", w=g.pick(["a minha esposa", "a minha filha", "a minha irmã"] if rel.female else ["o meu marido", "o meu filho", "o meu irmão"]),
                 n=P(g.pick([rel.first, rel.nick])), ph=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
        line(cname, clab, g.pick(["ok obg", "blz", "obrigada!", "valeu, aguardando"]))
    line(ins, None, "Avalie nosso atendimento de 1 a 5 ⭐")
    return doc


def at_renewal(g: Gen) -> Doc:
    """Broker's renewal e-mail with a quote comparison and the client's reply about a new young driver."""
    doc = Doc()
    brk_p, cli = g.person(), g.person()
    kid = g.relative(cli, female=False)
    bdom = g.pick(["tenorioseguros.com.br", "rosabranca.seg.br", "amadocorretagem.com", "luzprotecao.com.br", "mattarseguros.com.br"])
    pl = g.plate()
    d1 = g.date("br")
    doc.f("De: «bn» <«bm»>\nPara: «cm»\nCc: renovacao@«bd»\nData: «d» «t»\nAssunto: Renovação do seguro do «car» — placa «pl» — vence «v»\n\n"
          "Oi «cf», tudo bem?\n\nSua apólice «ap» («ins») vence dia «v». Cotei a renovação em quatro seguradoras mantendo as coberturas "
          "(casco 100% FIPE, RCF «rcf», APP, vidros e assistência 24h):\n\n",
          bn=P(brk_p.full), bm=(g.corp_mail(brk_p, bdom), "EMAIL_ADDRESS"), cm=(g.email(cli), "EMAIL_ADDRESS"), bd=bdom,
          d=g.date("br"), t=g.hm(), car=car(g)[1], pl=(pl, "LICENSE_PLATE"), v=d1, cf=P(g.pick([cli.first, cli.nick])),
          ap=g.policy(), ins=g.pick(INSURERS), rcf=brl(g, 100000, 300000))
    rows = []
    for ins in g.rng.sample(INSURERS, 4):
        rows.append([V(ins.split(" S.A.")[0]), V(brl(g, 1900, 8000)), V(brl(g, 1500, 9000)), V(g.pick(["10x s/ juros", "6x", "12x cartão", "4x débito"]))])
    table_md(doc, ["Seguradora", "Franquia", "Prêmio total", "Parcelamento"], rows)
    doc.f("\nAntes de fechar preciso confirmar três coisas do questionário:\n1. O «kf» completou 18 anos (nasc. «dob»)? Se ele for dirigir, "
          "muda o perfil — omitir isso pode dar perda de direito em caso de sinistro.\n2. O endereço de pernoite continua «ad», CEP «cep»?\n"
          "3. Houve algum sinistro desde «ds»? Sem sinistro a classe de bônus sobe para «bn».\n\nAbraço,\n«bs»\n«brk» · SUSEP «sc»\n«bp» · «bm2»\n\n",
          kf=P(kid.first), dob=(g.dob("br", 2005, 2008), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          ds=g.date("br", 2025), bn=g.ri(2, 10), bs=P(brk_p.first), brk=g.pick(BROKERS), sc=g.susep_code(),
          bp=(g.phone(), "PHONE_NUMBER"), bm2=(g.corp_mail(brk_p, bdom), "EMAIL_ADDRESS"))
    doc.f("> Em «d», «cn» <«cm»> escreveu:\n> oi «bf»! sim, o «kn» tirou a carteira mês passado, a CNH dele é «cnh», CPF «cpf». "
          "vai usar só final de semana.\n> mudamos, agora o carro dorme na garagem da «w», «ad» - CEP «cep».\n"
          "> sinistro não teve, só troquei o retrovisor pela assistência. «x»\n> pode fechar com a mais barata, no cartão mesmo.\n",
          d=g.date("br"), cn=P(g.pick([cli.full, cli.short])), cm=(g.email(cli), "EMAIL_ADDRESS"), bf=P(brk_p.first),
          kn=P(g.pick([kid.first, kid.nick])), cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"),
          w=g.pick(["minha mãe", "minha sogra", "casa nova", "chácara"]), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), x=g.pick(["seria prudente manter o guincho de 1000 km", "obrigada!!", "vlw", "ah, o carro é branco mesmo, não prata"]))
    return doc


def at_aviso(g: Gen) -> Doc:
    """Claim notice (aviso de sinistro auto) taken by phone: driver, police report, third party, witness."""
    doc = Doc()
    seg, drv, tp, wt, att = g.person(), g.person(), g.person(), g.person(), g.person()
    same = g.chance(0.5)
    city, uf = g.city()
    st = g.pick(STREET_NAMES)
    doc.f("AVISO DE SINISTRO — RAMO 31 (AUTOMÓVEL)\nSinistro nº «sn»   Apólice «ap»   Item 1\nComunicado em «d» às «t» via central 0800 — atendente: «at»\n"
          "Comunicante: «cm» («vc»)   Telefone de contato: «ph»\n\n",
          sn=g.claim_no(), ap=g.policy(), d=g.date("br"), t=g.hm(), at=P(g.pick([att.full, att.short])),
          cm=P(g.pick([seg.full, seg.caps])), vc=g.pick(["segurado", "próprio", "corretor", "cônjuge"]), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("SEGURADO: «n»  CPF «cpf»\nCONDUTOR NO MOMENTO: «dn»  CPF «dc»  CNH «cnh»  nasc. «dob»\n",
          n=P(seg.caps), cpf=(g.cpf(), "BR_CPF"), dn=P(seg.caps if same else drv.caps), dc=(g.cpf(), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), dob=(g.dob("br"), "DATE_OF_BIRTH"))
    doc.f("VEÍCULO SEGURADO: «m» placa «p» cor «cor»\n\nDATA/HORA DO EVENTO: «d» «t»\nLOCAL: «loc» — «c»/«uf»\n"
          "NATUREZA: «nat»\nB.O.: «bo» — «dp»\n\n",
          m=" ".join(car(g)[:2]), p=(g.plate(), "LICENSE_PLATE"), cor=g.pick(COLORS), d=g.date("br"), t=g.hm(),
          loc=g.pick([f"cruzamento da Av. {st} com a Rua {g.pick(STREET_NAMES)}", f"Rua {st} altura do nº {g.ri(10, 3000)}",
                      f"BR-{g.ri(101, 470)} km {g.ri(1, 700)}", f"estacionamento do Supermercado {g.pick(['Prudente', 'Bento', 'Aurora', 'Rosa'])}"]),
          c=city, uf=uf, nat=g.pick(["COLISÃO COM TERCEIRO", "COLISÃO TRASEIRA", "ABALROAMENTO LATERAL", "ROUBO", "FURTO"]),
          bo=g.bo(), dp=g.pick(["1º DP", "Delegacia Eletrônica", "PRF", "DEPOL de " + city, "BPTRAN"]))
    doc.f("RELATO DO CONDUTOR (transcrito): «r»\n\n", r=g.pick([
        "estava parado no sinal vermelho quando o veículo de trás não freou a tempo e bateu na traseira. ninguém se feriu.",
        "o sinal estava amarelo, segui, e o terceiro avançou vindo da transversal. bateu na porta do passageiro.",
        "manobrando pra sair da vaga, o outro carro vinha em velocidade na contramão do estacionamento.",
        "chovia muito, o carro da frente freou de repente, não deu tempo. a luz do painel acendeu depois.",
        "parei pra abastecer e quando voltei o retrovisor e a lateral estavam amassados, um motoqueiro viu e anotou a placa."]))
    doc.f("TERCEIRO ENVOLVIDO\nNome: «n»   CPF: «cpf»   Tel.: «ph»\nEndereço: «ad»  CEP «cep»\nVeículo: «m» placa «p» — seguradora do terceiro: «s»\n\n",
          n=P(g.pick([tp.full, tp.caps, tp.plain])), cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), m=" ".join(car(g)[:2]), p=(g.plate(), "LICENSE_PLATE"),
          s=g.pick(INSURERS + ["não possui", "não soube informar"]))
    if g.chance(0.7):
        doc.f("TESTEMUNHA: «n» — tel «ph»\n", n=P(g.pick([wt.full, wt.short, wt.caps])),
              ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("DANOS APARENTES: «dn»\nVEÍCULO ENCAMINHADO PARA: «o»\nFRANQUIA: «fr» (pagamento na oficina)\n"
          "Obs. da central: «ob»\n",
          dn=g.pick(["para-choque traseiro, tampa do porta-malas, lanterna LE", "porta dianteira direita e coluna B",
                     "capô, farol, radiador (vazando)", "lateral esquerda completa"]),
          o=g.pick(SHOPS), fr=brl(g, 1500, 8000),
          ob=g.pick(["segurado orientado a não assinar nada com o terceiro", "terceiro assumiu a culpa verbalmente",
                     f"processo anterior da mesma placa: sinistro {g.claim_no()}", "enviar link de vistoria por SMS"]))
    return doc


def at_calls_csv(g: Gen) -> Doc:
    """CSV export of assistance calls (tow, glass, locksmith) from the 24h center."""
    doc = Doc()
    who = g.person()
    doc.f("-- export assist24h_acionamentos_«d».csv gerado por «u» («n»)\n", d=g.date("compact"), u=login(who), n=P(who.full))
    rows = []
    by_name = g.chance(0.5)  # older exports show the attendant's name, newer ones the login
    for _ in range(g.ri(4, 6)):
        c, dr, at = g.person(), g.person(female=False), g.person()
        city, uf = g.city()
        serv = g.pick(["REBOQUE", "REBOQUE", "VIDROS", "CHAVEIRO", "PANE SECA", "TROCA PNEU", "CARRO RESERVA"])
        prest = g.pick(TOWS) if serv in ("REBOQUE", "PANE SECA", "TROCA PNEU") else (g.pick(SHOPS) if serv == "VIDROS" else "Chaveiro Bento 24h")
        rows.append([V(g.protocol()), V(g.date("iso") + " " + g.hm()), V(serv), P(g.pick([c.caps, c.full, c.plain])),
                     (g.cpf("raw"), "BR_CPF"), (g.plate(), "LICENSE_PLATE"), (g.phone(g.pick(["raw", "e164", "par"])), "PHONE_NUMBER"),
                     (g.address(g.pick(["caps", "text", "low"])), "ADDRESS") if g.chance(0.85) else V(f"BR-{g.ri(101, 470)} KM {g.ri(1, 900)}"),
                     (g.cep(False), "BR_CEP"), V(city), V(uf), V(prest),
                     P(g.pick([dr.short, dr.first, dr.caps])) if serv not in ("CARRO RESERVA",) else V(""),
                     (g.plate(), "LICENSE_PLATE") if serv in ("REBOQUE", "PANE SECA") else V(""),
                     V(g.pick(["CONCLUIDO", "CONCLUIDO", "CANCELADO", "EM ATENDIMENTO"])),
                     P(g.pick([at.first, at.short])) if by_name else V(login(at))])
    table_csv(doc, ["protocolo", "dt_abertura", "servico", "nome_segurado", "cpf", "placa", "telefone", "endereco_remocao", "cep",
                    "cidade", "uf", "prestador", "motorista", "placa_guincho", "status", "atendente"], rows)
    doc.f("-- «k» linhas; km excedente cobrado à parte. Conferência: «c»\n", k=len(rows), c=login(g.person()))
    return doc


def at_portal_log(g: Gen) -> Doc:
    """Application log of the home-insurance claims portal: login, claim creation, uploads, adjuster assignment."""
    doc = Doc()
    seg, reg = g.person(), g.person()
    em = g.email(seg)
    ip1, ip2 = g.ip(), g.ip()
    base = g.date("iso")
    ts = iter(g.times(14, 0, 86000))
    tipo = g.pick(["INCENDIO", "ALAGAMENTO", "ROUBO_FURTO_QUALIFICADO", "DANOS_ELETRICOS", "VENDAVAL"])

    def log(level: str, svc: str, msg: str, **vals):
        doc.t(f"{base}T{next(ts)}:{g.ri(10, 59)}.{g.d(3)}Z {level:5s} [{svc}] ")
        doc.f(msg + "\n", **vals)

    log("INFO", "auth", "login ok user=«u» ip=«ip» ua=\"Mozilla/5.0 (Linux; Android 14)\" mfa=sms", u=(em, "EMAIL_ADDRESS"), ip=(ip1, "IP_ADDRESS"))
    if g.chance(0.5):
        log("WARN", "auth", "login failed user=«u» ip=«ip» reason=bad_password attempts=«a»", u=(g.email(g.person()), "EMAIL_ADDRESS"),
            ip=(g.ip(), "IP_ADDRESS"), a=g.ri(2, 5))
    log("INFO", "residencial", "policy.lookup apolice=«ap» produto=RESIDENCIAL_ESSENCIAL titular=\"«n»\" cpf=«c»",
        ap=g.policy(), n=P(seg.caps), c=(g.cpf("raw"), "BR_CPF"))
    log("INFO", "sinistro", "claim.create id=«id» tipo=«tp» data_ocorrencia=«do» risco=\"«ad»\" cep=«cep» bairro=\"«b»\"",
        id=g.claim_no(), tp=tipo, do=g.date("iso"), ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), cep=(g.cep(False), "BR_CEP"), b=g.pick(BAIRROS))
    for k in range(g.ri(2, 3)):
        log("INFO", "upload", "file.stored name=«f» size=«s»KB sha256=«h»", f=g.pick(["foto_cozinha", "foto_sala", "bo_digitalizado", "nf_tv", "laudo_bombeiros", "foto_forro"]) + f"_{k + 1:02d}.jpg",
            s=g.ri(120, 4800), h=g.hexs(16))
    log("INFO", "sinistro", "contact.update celular=«ph» email_alt=«e»", ph=(g.phone("e164"), "PHONE_NUMBER"), e=(g.email(seg), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        rel = g.relative(seg)
        log("INFO", "sinistro", "claim.contact_add nome=\"«n»\" parentesco=«p» celular=«ph»", n=P(rel.full), p=g.pick(["CONJUGE", "FILHO", "INQUILINO"]),
            ph=(g.phone("raw"), "PHONE_NUMBER"))
    log("INFO", "svc-regulacao", "claim.assign regulador=\"«r»\" empresa=\"«e»\" sla_h=«s»", r=P(g.pick([reg.full, reg.caps])),
        e=g.pick(["Regula Mais Vistorias", "Prudente Regulação de Sinistros", "Aurora Peritagem"]), s=g.pick([24, 48, 72]))
    log("INFO", "notify", "sms.sent to=«ph» template=SINISTRO_ABERTO", ph=(g.phone("cc"), "PHONE_NUMBER"))
    log("INFO", "notify", "email.sent to=«e» template=DOCS_PENDENTES cc=sinistros.residencial@«d»", e=(em, "EMAIL_ADDRESS"),
        d=g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br"]))
    log("INFO", "auth", "session.refresh user=«u» ip=«ip»", u=(em, "EMAIL_ADDRESS"), ip=(ip2, "IP_ADDRESS"))
    log("ERROR", "pagamento", "bank.validate failed titular=\"«n»\" ag=«a» conta=«c» motivo=CPF_DIVERGENTE doc=«x»",
        n=P(seg.caps), a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), x=g.bad_cpf())
    return doc


def at_vistoria(g: Gen) -> Doc:
    """OCR'd prior-inspection report (vistoria prévia) done at the proponent's home."""
    doc = Doc()
    vis, prop = g.person(), g.person()
    cpf = g.cpf()
    doc.f("LAUDO DE VlSTORIA PREVIA - SEGURO AUTO      N° «n»\n«emp»   tel. «tel»\n\nVistoriador: «v»    Data: «d»  Hora: «h»\n"
          "Local: «loc»\n\nProponente: «p»\nCPF: «cpf»     Nasc.: «dob»     Telefone: «ph»\nCNH: «cnh»     E-mail: «em»\nEndereço: «ad»   CEP: «cep»\n"
          "Corretor: «brk» / «bp»\n\n",
          n=g.d(8), emp=g.pick(["VISTORIAS BENTO LTDA", "AURORA VISTORIAS E PERITAGEM", "LUZ VISTORIA VEICULAR"]),
          tel=g.pick(["0800 " + g.d(3) + " " + g.d(4), "4003-" + g.d(4)]), v=P(ocr(g.pick([vis.caps, vis.full]), g)),
          d=g.date("br"), h=g.hm(), loc=g.pick(["residência do proponente", "domicílio", "posto fixo (não)", "local de trabalho"]),
          p=P(ocr(prop.caps, g)), cpf=(ocr(cpf, g, digits=True), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"),
          ad=(ocr(g.address("caps"), g), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          dob=(ocr(g.dob("br"), g, digits=True), "DATE_OF_BIRTH"), cnh=(ocr(g.cnh(), g, digits=True), "BR_CNH"),
          em=(g.email(prop).upper() if g.chance(0.4) else g.email(prop), "EMAIL_ADDRESS"),
          brk=g.pick(BROKERS).upper(), bp=P(ocr(g.person().caps, g)))
    mk, md, yr = car(g)
    doc.f("VEICULO\nMarca/Modelo: «mk» «md»    Ano: «yr»    Cor: «cor»\nPlaca: «pl»   Chassi: «ch»   Km: «km»\nRenavam: «rv»\n\n",
          mk=mk.upper(), md=md.upper(), yr=yr, cor=g.pick(COLORS).upper(), pl=(g.plate(), "LICENSE_PLATE"), ch=g.chassi(),
          km=f"{g.ri(2, 180)}.{g.d(3)}", rv=g.renavam())
    doc.t("AVARIAS PRE-EXISTENTES\n")
    for part in g.rng.sample(["para-choque dianteiro riscado", "porta TE amassada (leve)", "farol DE queimado/opaco",
                              "para-brisa com trinca 5 cm", "roda LD ralada", "banco motorista rasgado", "sem avarias"], 3):
        doc.t(f"  [x] {part}\n")
    doc.f("Acessórios: «a»\nFotos: 24 (chassi, motor, hodômetro, 4 ângulos)\nParecer: «pa»\n\n", a=g.pick(["kit multimídia, engate", "nenhum", "GNV 5ª geração (não declarado)", "som original"]),
          pa=g.pick(["ACEITAVEL", "ACEITAVEL COM RESTRICAO (vidros)", "RECUSADO - chassi remarcado"]))
    doc.f("Declaro que acompanhei a vistoria.\n______________________        ______________________\n«p»                  «v»\n",
          p=P(ocr(g.pick([prop.full, prop.caps]), g)), v=P(ocr(vis.short, g)))
    return doc


# =========================================================================== juridico

def lawyer(g: Gen, uf: str | None = None) -> tuple[Person, str]:
    return g.person(), g.council("OAB", uf)


def ju_peticao(g: Gen) -> Doc:
    """Initial petition against the insurer over a denied claim (negativa de cobertura), JEC or civil court."""
    doc = Doc()
    aut, adv = g.person(), g.person()
    city, uf = g.city()
    ins = g.pick(INSURERS)
    jec = g.chance(0.5)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «j» DA COMARCA DE «c»/«uf»\n\n\n",
          j=g.pick(["JUIZADO ESPECIAL CÍVEL", "2º JUIZADO ESPECIAL CÍVEL E DAS RELAÇÕES DE CONSUMO"]) if jec else f"{g.ri(1, 12)}ª VARA CÍVEL",
          c=fold(city).upper(), uf=uf)
    doc.f("«n», «nac», «ec», «prof», portador(a) do RG nº «rg» e inscrito(a) no CPF sob o nº «cpf», nascido(a) em «dob», "
          "residente e domiciliado(a) na «ad», «b», «c»/«uf», CEP «cep», endereço eletrônico «em», telefone «ph», "
          "por seu advogado que esta subscreve (procuração anexa), vem propor a presente\n\n"
          "AÇÃO DE COBRANÇA DE INDENIZAÇÃO SECURITÁRIA C/C DANOS MORAIS\n\nem face de «ins», pessoa jurídica de direito privado, "
          "inscrita no CNPJ sob o nº «cnpj», com sede na «sede», pelos fatos e fundamentos a seguir.\n\n",
          n=P(g.pick([aut.caps, aut.caps_acc])), nac=g.pick(["brasileiro(a)", "brasileira", "haitiano(a), residente no país", "brasileiro"]),
          ec=g.pick(["casado(a)", "solteiro(a)", "em união estável"]), prof=g.pick(["motorista de aplicativo", "comerciante", "técnico(a) de enfermagem", "professor(a)", "pedreiro"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(aut), "EMAIL_ADDRESS"),
          ph=(g.phone(), "PHONE_NUMBER"), ins=ins.upper(), cnpj=(g.cnpj(), "BR_CNPJ"),
          sede=g.pick(["Av. Paulista, 1.374, São Paulo/SP", "Rua Barão de Mauá, 300, Rio de Janeiro/RJ", "Av. Bento Gonçalves, 4.100, Porto Alegre/RS"]))
    pl = g.plate()
    mk, md, yr = car(g)
    motivo = g.pick(["agravamento do risco por suposta embriaguez do condutor, que jamais foi comprovada (não houve teste de etilômetro)",
                     "perfil divergente, ao argumento de que o principal condutor seria o filho do autor",
                     "ausência de dispositivo rastreador instalado, exigência que não constava das condições gerais entregues",
                     "inadimplemento de parcela do prêmio, quando a parcela havia sido paga com atraso de 3 dias e aceita pela ré"])
    doc.f("I — DOS FATOS\n\nO autor contratou seguro automóvel (apólice nº «ap») para o veículo «mk» «md», ano «yr», placa «pl», por intermédio da corretora «brk». "
          "Em «d», o veículo «ev», conforme Boletim de Ocorrência «bo». Aberto o sinistro nº «sn», a ré negou a cobertura alegando «mot».\n\n"
          "O veículo era conduzido por «drv» (CPF «dcpf»), «rel» do autor, habilitado(a) desde «hab». "
          "A conduta da ré viola o art. 757 do Código Civil e os arts. 6º, III, e 51, IV, da Lei 8.078/1990 (CDC); a Súmula 465 do STJ e a "
          "Circular SUSEP 621/2021 reforçam o direito à indenização.\n\n",
          ap=g.policy(), mk=mk, md=md, yr=yr, pl=(pl, "LICENSE_PLATE"), brk=g.pick(BROKERS), d=g.date("long", 2025),
          ev=g.pick(["foi roubado à mão armada", "sofreu colisão frontal na rodovia", "foi furtado em via pública", "teve perda total após capotamento"]),
          bo=g.bo(), sn=g.claim_no(), mot=motivo, drv=P(g.pick([(r := g.relative(aut)).full, r.caps])), dcpf=(g.cpf(), "BR_CPF"),
          rel=g.pick(["filho(a)", "cônjuge", "irmão(ã)"]), hab=g.date("br", g.ri(1995, 2022)))
    doc.f("II — DOS PEDIDOS\n\na) a condenação da ré ao pagamento da indenização de «v» (100% da Tabela FIPE, código «fp»), corrigida desde a negativa;\n"
          "b) danos morais no valor de «dm»;\nc) a inversão do ônus da prova (art. 6º, VIII, CDC).\n\nDá-se à causa o valor de «vc».\n\n"
          "Nestes termos, pede deferimento.\n«c», «d».\n\n«adv»\n«oab»\n",
          v=brl(g, 30000, 180000), fp=g.fipe(), dm=brl(g, 5000, 20000), vc=brl(g, 40000, 200000), c=city, d=g.date("long"),
          adv=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        a2 = g.person()
        doc.f("«a2»\n«oab»\n", a2=P(a2.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("«lf» — «e» — «t»\n", lf=g.pick(LAWFIRMS), e=(g.corp_mail(adv, g.pick(["gondimarrais.adv.br", "tenoriobessa.com.br", "lustosa.adv.br"])), "EMAIL_ADDRESS"),
          t=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def ju_susep(g: Gen) -> Doc:
    """Complaint on the consumer platform (SUSEP/consumidor.gov) and the insurer's ombudsman answer."""
    doc = Doc()
    c, an = g.person(), g.person()
    city, uf = g.city()
    home = g.chance(0.5)
    subj = g.pick(["Seguro residencial — valor da indenização", "Sinistro residencial — demora na regulação"]) if home else g.pick(
        ["Sinistro — negativa de indenização", "Sinistro auto — demora na regulação", "Assistência 24h — guincho não compareceu"])
    doc.f("Reclamação nº «n» — consumidor.gov.br — Segmento: Seguros, Capitalização e Previdência (SUSEP)\n"
          "Empresa: «ins»\nAssunto: «as»\nData: «d»   Status: Respondida   Prazo: 10 dias\n\n",
          n=g.neg(11) if g.chance(0.4) else g.d(10), ins=g.pick(INSURERS),
          d=g.date("br"), **{"as": subj})
    doc.f("Consumidor: «n»   CPF: «cpf»   Cidade: «c»/«uf»\nE-mail: «em»   Telefone: «ph»\n\nRelato do consumidor:\n",
          n=P(g.pick([c.full, c.low, c.caps])), cpf=(g.cpf(), "BR_CPF"), c=city, uf=uf, em=(g.email(c), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"))
    if home:
        doc.f("«txt» Meu apartamento na «ad» «ev» em «d». O regulador «r» veio só «dd» dias depois, fotografou tudo e até agora nada. "
              "Mandei as notas fiscais da geladeira e do notebook pro e-mail dele («re») e não responde. Já liguei no «tel» umas 8 vezes. "
              "Quero a indenização de «v» conforme apólice «ap».\n\n",
              txt=g.pick(["Absurdo!!", "Boa tarde.", "venho por meio desta reclamar.", ""]), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
              ev=g.pick(["pegou fogo na cozinha (curto no micro-ondas)", "foi alagado pela chuva", "foi arrombado e levaram tudo", "teve o forro destruído pelo vendaval"]),
              d=g.date("br"), r=P(g.pick([(rg := g.person()).full, rg.first])), dd=g.ri(9, 40),
              re=(g.corp_mail(rg, g.pick(["regulamais.com.br", "prudentereg.com.br", "aurorapericias.com.br"])), "EMAIL_ADDRESS"),
              tel=g.pick(["0800", "SAC", "4004"]), v=brl(g, 3000, 60000), ap=g.policy())
    else:
        doc.f("«txt» Meu carro placa «pl» foi «ev» dia «d» e a seguradora negou dizendo que «mot». "
              "Quem dirigia era «drv», que tem CNH «cnh» desde «hab». O corretor «bk» disse que ia resolver e sumiu. "
              "Tenho todos os prints. Sinistro «sn».\n\n",
              txt=g.pick(["Péssimo atendimento.", "Bom dia,", "", "RESOLVAM ISSO."]), pl=(g.plate(), "LICENSE_PLATE"),
              ev=g.pick(["roubado", "batido na traseira", "furtado na frente de casa", "alagado na enchente"]), d=g.date("br"),
              mot=g.pick(["o perfil estava errado", "a parcela estava atrasada", "não tinha rastreador", "houve agravamento do risco"]),
              drv=P(g.pick([(dr := g.relative(c)).full, dr.first])), cnh=(g.cnh(), "BR_CNH"), hab=g.ri(1995, 2022),
              bk=P(g.pick([(bk := g.person()).short, bk.first])), sn=g.claim_no())
    doc.f("Resposta da empresa («dr»):\nPrezad«o» «n», em atenção à sua manifestação, informamos que o processo de sinistro «sn» foi reanalisado "
          "pela Ouvidoria. «res» Permanecemos à disposição pelo ouvidoria@«dom» ou pelo telefone 0800 «t».\n"
          "Atenciosamente,\n«an» — Ouvidoria «ins»\n\nAvaliação do consumidor: «av»\n",
          dr=g.date("br"), o=c.o, n=P(c.first), sn=g.claim_no(), dom=g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br"]),
          res=g.pick([f"A indenização de {brl(g, 2000, 90000)} será creditada em até 5 dias úteis na conta informada.",
                      "Mantemos a negativa com base na cláusula 12.3 das Condições Gerais (perda de direitos).",
                      f"O pagamento foi liberado com dedução da franquia de {brl(g, 900, 5000)}.",
                      "Solicitamos o envio da certidão de ocorrência e do laudo do Corpo de Bombeiros."]),
          t=f"{g.d(3)} {g.d(4)}", an=P(g.pick([an.full, an.short])), ins=g.pick(INSURERS).split(" ")[0],
          av=g.pick(["Não resolvida — nota 1", "Resolvida — nota 4", "Não resolvida — nota 2", "Resolvida — nota 5"]))
    return doc


def ju_transfer(g: Gen) -> Doc:
    """Total-loss/theft indemnity: the transfer papers the insured signs over to the insurer (DUT/ATPV-e, power of attorney)."""
    doc = Doc()
    seg = g.person()
    proc = g.person()
    city, uf = g.city()
    pl = g.plate()
    mk, md, yr = car(g)
    doc.f("«ins»\nDEPARTAMENTO DE SINISTROS AUTO — INDENIZAÇÃO INTEGRAL\nCHECKLIST DE DOCUMENTOS DE TRANSFERÊNCIA — sinistro «sn»\n\n",
          ins=g.pick(INSURERS).upper(), sn=g.claim_no())
    doc.f("Segurado(a): «n»\nCPF: «cpf»   RG: «rg»   Data de nascimento: «dob»\nEndereço: «ad» — «c»/«uf» — CEP «cep»\n\n"
          "Veículo: «mk» «md» «yr»  Placa «pl»  Renavam «rv»  Chassi «ch»\nCausa: «causa»\n\n",
          n=P(seg.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), mk=mk, md=md, yr=yr, pl=(pl, "LICENSE_PLATE"), rv=g.renavam(), ch=g.chassi(),
          causa=g.pick(["ROUBO não localizado em 30 dias", "FURTO não localizado", "COLISÃO — PT (danos > 75% da FIPE)", "ALAGAMENTO — PT"]))
    for item, ok in (("ATPV-e (antigo DUT) preenchido em nome da seguradora, com firma reconhecida por autenticidade", "OK"),
                     ("CRLV-e do exercício", "OK"), ("Chave reserva e manual", g.pick(["OK", "PENDENTE"])),
                     ("Certidão negativa de multas/IPVA (DETRAN-" + uf + ")", g.pick(["OK", "PENDENTE — IPVA 2025"])),
                     ("Baixa do gravame / carta de quitação do credor", g.pick(["N/A", "PENDENTE"])),
                     ("Procuração pública para a seguradora", "OK")):
        doc.t(f"[{ok:^20}] {item}\n")
    doc.f("\nPROCURAÇÃO (traslado)\nOUTORGANTE: «n», «nac», portador(a) da CNH nº «cnh» e do CPF «cpf»; OUTORGADA: «ins2», CNPJ «cnpj», "
          "representada por seu procurador «pr», «pd»«oab». PODERES: transferir o veículo placa «pl», assinar a ATPV-e, requerer segunda via, "
          "receber e dar quitação, junto ao DETRAN-«uf» e demais órgãos.\n«cart», em «d». Selo digital «sel».\nEscrevente: «esc»\n\n",
          n=P(g.pick([seg.full, seg.caps_acc])), nac=g.pick(["brasileiro(a)", "brasileira", "brasileiro"]), cnh=(g.cnh(), "BR_CNH"),
          cpf=(g.cpf(), "BR_CPF"), ins2=g.pick(INSURERS), cnpj=(g.cnpj(), "BR_CNPJ"), pr=P((pp := g.person()).full),
          pd=g.pick(["advogado, ", "advogado inscrito na ", "advogada, "]), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          pl=(pl, "LICENSE_PLATE"), uf=uf, cart=g.pick([f"{g.ri(1, 30)}º Tabelionato de Notas de {city}", f"Cartório do {g.ri(1, 9)}º Ofício de {city}"]),
          d=g.date("long"), sel=f"{g.pick('ABCDEFG')}{g.pick('ABCDEFG')}{g.d(5)}-{g.pick('XYZW')}{g.d(3)}", esc=P(g.pick([proc.full, proc.caps])))
    doc.f("Salvado: leilão «le», lote «lo». Comprador do salvado: «cp», CPF/CNPJ «cc». Retirada pelo guincho placa «gp» em «dr».\n"
          "Analista responsável: «an» — ramal «r» — «am»\n",
          le=g.pick(["Sodré Santoro", "Copart", "Leilões Bento", "Pátio Aurora"]), lo=g.d(4),
          cp=P(g.pick([(cpn := g.person()).full, cpn.caps])), cc=(g.cpf(), "BR_CPF"), gp=(g.plate(), "LICENSE_PLATE"),
          dr=g.date("br"), an=P((an := g.person()).full), r=g.d(4),
          am=(g.corp_mail(an, g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br"])), "EMAIL_ADDRESS"))
    return doc


def ju_fraud(g: Gen) -> Doc:
    """Fraud-investigation memo (sindicância) on a suspect theft or fire claim."""
    doc = Doc()
    seg, inv, sup = g.person(), g.person(), g.person()
    idom = g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br", "sucupiramutua.com.br"])
    home = g.chance(0.4)
    doc.f("CONFIDENCIAL — USO INTERNO\nMEMO SIU nº «n»/«y» (Unidade de Investigação de Fraudes)\nDe: «inv» <«im»>\nPara: «sup»\n"
          "Ref.: sinistro «sn» — «tp»\n\n",
          n=g.d(3), y=g.ri(2025, 2026), inv=P(inv.full), im=(g.corp_mail(inv, idom), "EMAIL_ADDRESS"), sup=P(g.pick([sup.full, sup.short])),
          sn=g.claim_no(), tp="incêndio residencial" if home else g.pick(["roubo de veículo", "furto de veículo", "colisão com PT"]))
    doc.f("1. Segurado: «n», CPF «cpf», nasc. «dob», tel. «ph». «ext»\n",
          n=P(seg.caps), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), ph=(g.phone(), "PHONE_NUMBER"),
          ext=g.pick(["Apólice contratada 23 dias antes do evento.", "Terceiro sinistro em 18 meses.", "Endereço de pernoite divergente do cadastro.", ""]))
    if home:
        doc.f("2. Risco: «ad», CEP «cep». Laudo do Corpo de Bombeiros aponta foco em dois pontos distintos (sala e quarto); "
              "vizinho «vz» («vt») declarou ter visto o segurado retirar caixas na véspera.\n",
              ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), vz=P(g.pick([(v := g.person()).full, v.first])), vt=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("2. Veículo placa «pl»; rastreador «rs» registra o veículo ligado às «h» no endereço «ad» (CEP «cep»), 40 min APÓS o horário "
              "declarado do roubo. ERB do celular «ph» do segurado em «cid».\n",
              pl=(g.plate(), "LICENSE_PLATE"), rs=g.pick(["Ituran", "Pósitron", "Tracker Luz"]), h=g.hm(), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
              cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), cid=g.city()[0])
    doc.f("3. Acessos ao app no dia: IPs «i1» e «i2» (este último também usado por «o», segurad«oo» de outro sinistro suspeito, CPF «oc»).\n"
          "4. Pagamentos: parcelas quitadas com cartão «cc» de titularidade de «t».\n",
          i1=(g.ip(), "IP_ADDRESS"), i2=(g.ip(), "IP_ADDRESS"), o=P((op := g.person()).full), oo=op.o, oc=(g.cpf(), "BR_CPF"),
          cc=(g.card(), "CREDIT_CARD") if g.chance(0.6) else V(g.masked_card()), t=P(g.pick([(tt := g.person()).full, tt.caps])))
    doc.f("5. Entrevista gravada com «n» em «d» (presente o advogado «a», «oab»): versão contraditória quanto ao horário e ao trajeto.\n"
          "6. Bases consultadas: CNJ (processo «pj» — execução fiscal), RENAJUD, TSE (título «te», zona «zn»), BO «bo»; número «bad» informado como CPF do terceiro não passa no dígito.\n\n"
          "Conclusão: indícios de fraude (art. 171, §2º, V, do Código Penal). Recomendo negativa fundamentada (art. 766 CC) e comunicação ao COAF/SUSEP.\n"
          "«inv2» — Analista SIU\n",
          n=P(seg.first if g.chance(0.5) else seg.short), d=g.date("br"), a=P(g.person().full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          pj=g.cnj(), te=(g.titulo(), "BR_TITULO_ELEITOR"), zn=f"{g.ri(1, 420):03d}", bo=g.bo(), bad=g.bad_cpf(g.pick(["raw", "dot"])), inv2=P(inv.short))
    return doc


def ju_ressarcimento(g: Gen) -> Doc:
    """Subrogation: the insurer's recovery letter to the third party at fault, and the third party's reply."""
    doc = Doc()
    tp, seg, an = g.person(), g.person(), g.person()
    city, uf = g.city()
    idom = g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br"])
    doc.f("«c», «d»\n\nAo(À) Sr(a).\n«n»\n«ad»\n«b» — «c»/«uf»\nCEP «cep»\n\nRef.: Ressarcimento — sinistro «sn» — seu veículo placa «pl»\n\n",
          c=city, d=g.date("long"), n=P(tp.caps), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), uf=uf,
          cep=(g.cep(), "BR_CEP"), sn=g.claim_no(), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("Prezado(a) Senhor(a),\n\n«ins», sub-rogada nos direitos de sua segurada «sg» (art. 786 do Código Civil e Súmula 188 do STF), "
          "vem notificá-lo(a) de que, em «de», o veículo conduzido por V.Sa. colidiu com o veículo segurado placa «ps», conforme BO «bo». "
          "Os reparos, executados na oficina «of», somaram «v» (orçamento nº «orc»), já deduzida a franquia.\n\n"
          "Solicitamos o ressarcimento em até 15 dias por boleto (linha digitável «lin») ou proposta de parcelamento pelo e-mail "
          "ressarcimento@«dom». Não havendo acordo, o débito será encaminhado ao escritório «lf».\n\nAtenciosamente,\n«an»\n"
          "Analista de Ressarcimento — «am» — «ph»\n\n",
          ins=g.pick(INSURERS), sg=P(g.pick([seg.full, seg.short])), de=g.date("br"), ps=(g.plate(), "LICENSE_PLATE"), bo=g.bo(),
          of=g.pick(SHOPS), v=brl(g, 2500, 45000), orc=g.d(6), lin=" ".join([g.d(5) + "." + g.d(5), g.d(5) + "." + g.d(6), g.d(5) + "." + g.d(6), g.d(1), g.d(14)]),
          dom=idom, lf=g.pick(LAWFIRMS), an=P(an.full), am=(g.corp_mail(an, idom), "EMAIL_ADDRESS"), ph=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("----- resposta recebida em «d» -----\nDe: «em»\nboa tarde, sou «n». não concordo com o valor, o carro de vocês já tinha "
          "o para-choque amassado. meu seguro é na «ins2», apólice «ap», o corretor «bk» («bph») vai entrar em contato. "
          "se for pra parcelar posso pagar 10x. meu cpf «cpf» e cnh «cnh».\n«sig»\n",
          d=g.date("br"), em=(g.email(tp), "EMAIL_ADDRESS"), n=P(g.pick([tp.first, tp.low, tp.full])), ins2=g.pick(INSURERS + ["nenhuma, não tenho"]),
          ap=g.policy(), bk=P(g.pick([(bk := g.person()).short, bk.first])), bph=(g.phone(), "PHONE_NUMBER"), cpf=(g.cpf("raw"), "BR_CPF"),
          cnh=(g.cnh(), "BR_CNH"), sig=g.pick(["Enviado do meu iPhone", "att", "--", "Obrigad" + tp.o]))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a small-claims conciliation hearing between insured (or third party) and insurer, with the settlement."""
    doc = Doc()
    aut, conc, prep, adv_a, adv_r = g.person(), g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO DO ESTADO — «uf»\n«j» DA COMARCA DE «c»\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\n"
          "Processo nº «pj»\nReclamante: «a»\nReclamada: «ins»\nData: «d», às «h»  — sessão por videoconferência (Teams)\n\n",
          uf=uf, j=g.pick(["JUIZADO ESPECIAL CÍVEL", "1º JUIZADO ESPECIAL CÍVEL", "CEJUSC"]), c=fold(city).upper(), pj=g.cnj(),
          a=P(aut.caps), ins=g.pick(INSURERS).upper(), d=g.date("br"), h=g.hm())
    doc.f("Aberta a sessão pelo(a) conciliador(a) «co», presentes: a parte reclamante, «a», CPF «cpf», acompanhada de seu advogado, «aa», «oa»; "
          "a reclamada, por sua preposta «pp» (carta de preposição), e advogado «ar», «or».\n\n",
          co=P(conc.full), a=P(aut.full), cpf=(g.cpf(), "BR_CPF"), aa=P(adv_a.full), oa=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          pp=P(prep.full), ar=P(g.pick([adv_r.full, adv_r.caps])), **{"or": (g.council("OAB", uf), "PROFESSIONAL_ID")})
    val = brl(g, 3000, 60000)
    k = g.ri(0, 2)
    doc.f("Proposta a conciliação, as partes celebraram ACORDO nos seguintes termos: a reclamada pagará à reclamante o valor de «v», "
          "em parcela única, até «dp», ", v=val, dp=g.date("br"))
    if k == 0:
        bc, bn = g.pick(BANKS)
        doc.f("mediante depósito na conta de titularidade do patrono, «aa», banco «bn» («bc»), agência «ag», conta corrente «cc», CPF «cpf»; ",
              aa=P(adv_a.short), bn=bn, bc=bc, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), cpf=(g.cpf(), "BR_CPF"))
    elif k == 1:
        doc.f("via Pix para a chave aleatória «px», de titularidade da reclamante; ", px=(g.uuid(), "PIX_KEY"))
    else:
        bc, bn = g.pick(BANKS)
        doc.f("mediante crédito na conta da reclamante: «bn», ag. «ag», c/c «cc»; ", bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("em caso de atraso, multa de 10% (art. 52, V, da Lei 9.099/1995). Com o pagamento, a reclamante dá plena quitação quanto ao sinistro «sn» "
          "e ao veículo placa «pl», que «sv».\n\nNada mais. Eu, «co», conciliador(a), digitei.\n",
          sn=g.claim_no(), pl=(g.plate(), "LICENSE_PLATE"),
          sv=g.pick(["permanece com a reclamante", "será transferido à reclamada no prazo de 30 dias", "já se encontra no pátio da reclamada"]),
          co=P(conc.first if g.chance(0.3) else conc.full) if g.chance(0.5) else "___________")
    if g.chance(0.5):
        doc.f("\n«s1»\n«s2»\n«s3»\n", s1=P(aut.caps), s2=P(adv_a.caps), s3=P(prep.caps))
    else:
        doc.t("\n(assinado eletronicamente pelas partes — Lei 11.419/2006)\n")
    return doc


def ju_contencioso(g: Gen) -> Doc:
    """The legal department's litigation sheet of claim suits, printed as a ruled table, with the lawyer's notes."""
    doc = Doc()
    own = g.person()
    doc.f("CONTENCIOSO CÍVEL — SINISTROS (base «d»)   responsável: «o»\nFiltro: risco = PROVÁVEL/POSSÍVEL; UF = todas\n\n",
          d=g.date("br"), o=P(own.full))
    rows = []
    for _ in range(g.ri(4, 6)):
        a = g.person()
        adv = g.person()
        uf = g.pick(UFS)
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.inverted, a.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     P(g.pick([adv.caps, adv.short.upper()])), (g.council("OAB", uf), "PROFESSIONAL_ID"),
                     V(g.pick(["NEG. COBERTURA AUTO", "DEMORA REGULAÇÃO", "RESIDENCIAL — ALAGAMENTO", "RCF — DANO MORAL", "VALOR FIPE"])),
                     V(g.money(5000, 250000)), V(g.pick(["PROVÁVEL", "POSSÍVEL", "POSSÍVEL"]))])
    table_ruler(doc, ["Processo (CNJ)", "Autor", "CPF autor", "Adv. adverso", "OAB", "Objeto", "Valor causa", "Risco"], rows)
    doc.f("\nNotas:\n- «a1»: audiência designada para «d1»; preposto «p1» («pe»).\n- proc. «a2»: perícia no veículo placa «pl», assistente técnico «at» («crea»).\n"
          "- Provisionar conforme CPC 25. Lei 13.709/2018 — não circular esta planilha fora do jurídico.\n",
          a1=P(rows[0][1][0]), d1=g.date("br"), p1=P((p1 := g.person()).full), pe=(g.corp_mail(p1, "vitoriaseguros.com.br"), "EMAIL_ADDRESS"),
          a2=rows[1][0][0], pl=(g.plate(), "LICENSE_PLATE"), at=P(g.person().full), crea=(g.council("CREA"), "PROFESSIONAL_ID"))
    return doc


# =========================================================================== saude

HOSPITALS = ["Hospital Santa Vitória", "Hospital Municipal Prudente de Morais", "Santa Casa de Misericórdia", "Hospital Aurora",
             "UPA 24h Bento Ribeiro", "Hospital São Lucas", "Pronto-Socorro Municipal", "Hospital Regional Rosa Branca"]


def sa_app(g: Gen) -> Doc:
    """APP / DMH claim form: a passenger hurt in the insured car asks for reimbursement of medical expenses."""
    doc = Doc()
    vit, seg, med = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«ins» — AVISO DE SINISTRO: ACIDENTES PESSOAIS DE PASSAGEIROS (APP) / DESPESAS MÉDICO-HOSPITALARES\n"
          "Sinistro vinculado: «sn»   Apólice auto: «ap»   Veículo segurado placa «pl»   Segurado: «sg»\n\n",
          ins=g.pick(INSURERS).upper(), sn=g.claim_no(), ap=g.policy(), pl=(g.plate(), "LICENSE_PLATE"), sg=P(g.pick([seg.full, seg.caps])))
    doc.f("DADOS DA VÍTIMA (passageiro)\nNome: «n»\nCPF: «cpf»   RG: «rg»   Nascimento: «dob»\nCartão SUS (CNS): «cns»\n"
          "Endereço: «ad», «c»/«uf», CEP «cep»\nTelefone: «ph»   E-mail: «em»\nPosição no veículo: «pos»   Usava cinto: «cin»\n\n",
          n=P(g.pick([vit.full, vit.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1950, 2015), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), ad=(g.address(), "ADDRESS"), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(vit), "EMAIL_ADDRESS") if g.chance(0.8) else V("não possui"),
          pos=g.pick(["banco do carona", "banco traseiro (centro)", "banco traseiro direito"]), cin=g.pick(["sim", "sim", "não informado"]))
    c1, c2 = g.rng.sample(CIDS, 2)
    doc.f("ATENDIMENTO\nData do acidente: «da»   Primeiro atendimento: «h» em «dt»\nMédico assistente: «m», «crm»\n"
          "Diagnóstico (CID-10): «c1» / «c2»\nConduta: «cd»\nAfastamento previsto: «af» dias\n\n",
          da=g.date("br"), h=g.pick(HOSPITALS), dt=g.date("br"), m=P(g.pick([med.full, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          c1=c1, c2=c2, cd=g.pick(["redução incruenta + imobilização gessada", "osteossíntese com placa e parafusos", "sutura + observação 24h",
                                   "TC de crânio sem alterações; alta com analgesia", "fisioterapia 20 sessões"]), af=g.ri(3, 120))
    rows = []
    for desc in g.rng.sample(["Consulta PS", "Raio-X antebraço", "TC crânio", "Imobilização", "Medicamentos (NF)", "Fisioterapia 10 sessões",
                              "Órtese tornozelo", "Honorários cirurgião", "Diárias enfermaria"], g.ri(3, 5)):
        rows.append([V(g.date("br")), V(desc), V(g.pick(["NF-e " + g.d(6), "recibo", "RPA"])), V(g.money(80, 9000))])
    table_plain(doc, ["Data", "Despesa", "Comprovante", "Valor R$"], rows)
    k = g.ri(0, 2)
    doc.t("\nREEMBOLSO — dados bancários do titular da despesa\n")
    bc, bn = g.pick(BANKS)
    if k < 2:
        doc.f("Titular: «t»   CPF: «cpf»\nBanco «bc» — «bn»   Agência: «ag»   Conta: «cc» («tp»)\n",
              t=P(g.pick([vit.full, vit.caps])), cpf=(g.cpf(), "BR_CPF"), bc=bc, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), tp=g.pick(["corrente", "poupança", "conta pagamento"]))
    else:
        doc.f("Titular: «t» (mãe da vítima, menor)   Pix chave aleatória: «px»\n", t=P(g.relative(vit, True).full), px=(g.uuid(), "PIX_KEY"))
    doc.f("\nDeclaro que as despesas não foram reembolsadas por plano de saúde ou DPVAT/SPVAT.\n«c», «d».   Assinatura: «s»\n",
          c=city, d=g.date("br"), s=P(vit.short))
    return doc


def sa_conta(g: Gen) -> Doc:
    """Hospital bill of a third-party victim sent to the insurer under the RCF bodily-injury cover, TSV items."""
    doc = Doc()
    pac, cir, an, aud = g.person(), g.person(), g.person(), g.person()
    hosp = g.pick(HOSPITALS)
    uf = g.pick(UFS)
    doc.f("«h» — CNPJ «cnpj»\nCONTA HOSPITALAR Nº «n» — PARTICULAR / RESPONSABILIDADE: «ins» (RCF-DC, sinistro «sn»)\n\n"
          "Paciente: «p»\tProntuário: «pr»\nNasc.: «dob»\tSexo: «sx»\tCNS: «cns»\tCPF: «cpf»\nResponsável financeiro: «rf» — tel. «ph»\n"
          "Internação: «di» a «da»\tCID principal: «cid»\tLeito: «l»\n\n",
          h=hosp.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), n=g.d(7), ins=g.pick(INSURERS), sn=g.claim_no(), p=P(pac.caps), pr=g.d(8),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), sx="F" if pac.female else "M", cns=(g.cns(False), "BR_CNS"), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
          rf=P(g.pick([(r := g.relative(pac)).full, r.caps])), ph=(g.phone(), "PHONE_NUMBER"), di=g.date("br"), da=g.date("br"),
          cid=g.pick(CIDS), l=f"{g.ri(1, 4)}{g.d(2)}-{g.pick('AB')}")
    doc.t("data\tcódigo TUSS\tdescrição\tqtd\tvl unit\tvl total\tprofissional\n")
    for _ in range(g.ri(4, 6)):
        who = g.pick([("cir", cir), ("an", an), (None, None), (None, None)])
        doc.f("«d»\t«c»\t«ds»\t«q»\t«u»\t«t»\t", d=g.date("br"), c=g.pick(["3", "4", "1", "6", "7"]) + g.d(7),
              ds=g.pick(["DIÁRIA UTI ADULTO", "DIÁRIA ENFERMARIA", "OSTEOSSÍNTESE DE FÊMUR", "TOMOGRAFIA CRÂNIO", "HEMOGRAMA COMPLETO",
                         "PLACA DCP 4,5MM", "CONSULTA PS", "SALA CIRÚRGICA PORTE 5", "ANESTESIA GERAL"]),
              q=g.ri(1, 6), u=g.money(30, 6000), t=g.money(30, 20000))
        if who[0]:
            doc.f("«n» «crm»\n", n=P(who[1].short.upper() if g.chance(0.5) else who[1].short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        else:
            doc.t("-\n")
    doc.f("\nTOTAL GERAL: «v»\n\nParecer da auditoria médica da seguradora («au», «crm»): «pa»\nRecebido no protocolo da seguradora em «d» (lote «rc»).\n",
          v=brl(g, 8000, 180000), au=P(aud.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          pa=g.pick([f"glosa de {brl(g, 300, 9000)} (OPME acima da tabela)", "de acordo, liberar pagamento", "solicitar relatório cirúrgico e laudo da TC"]),
          rc=g.d(6), d=g.date("br"))
    return doc


def sa_pericia(g: Gen) -> Doc:
    """Medical expert report on permanent disability (IPA) of an insured/passenger, with the SUSEP table percentages."""
    doc = Doc()
    per, pac, ass = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("LAUDO PERICIAL — INVALIDEZ PERMANENTE POR ACIDENTE (IPA)\nSolicitante: «ins» — sinistro «sn»\nPerito(a): «p» — «crm» — Medicina do Tráfego / Ortopedia\n"
          "Data do exame: «de», «h», consultório «c»/«uf»\n\nIDENTIFICAÇÃO\nExaminado(a): «n»  (doc. apresentado: CNH «cnh»)\nCPF «cpf» · nasc. «dob» · tel. «ph»\n"
          "Endereço: «ad» — CEP «cep»\nProfissão: «pf»   NIT (INSS): «nit»\n\n",
          ins=g.pick(INSURERS), sn=g.claim_no(), p=P(per.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), de=g.date("br"), h=g.hm(), c=city, uf=uf,
          n=P(g.pick([pac.caps, pac.full])), cnh=(g.cnh(), "BR_CNH"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "long", "dot"])), "DATE_OF_BIRTH"),
          ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          pf=g.pick(["motoboy", "auxiliar administrativo", "pedreiro", "vendedora", "agricultor", "motorista de ônibus"]),
          nit=(g.pis(), "BR_PIS") if g.chance(0.7) else V("não informado"))
    cid = g.pick(CIDS)
    doc.f("HISTÓRICO\nVítima de acidente de trânsito em «da» («tp»), atendid«o» no «hs» com diagnóstico «cid». Tratado por «m» («crm»). "
          "Refere dor aos esforços e limitação funcional.\n\nEXAME FÍSICO\n«ex»\n\n",
          da=g.date("br"), tp=g.pick(["colisão moto x carro", "capotamento", "atropelamento", "colisão traseira"]), o=pac.o, hs=g.pick(HOSPITALS),
          cid=cid, m=P(g.pick([(mm := g.person()).full, mm.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          ex=g.pick(["Amplitude de flexão do joelho D 0-95° (contralateral 0-140°). Hipotrofia de quadríceps 2 cm.",
                     "Punho E: perda de 50% da pronossupinação; força grau 4.", "Ombro D: elevação 110°, rotação externa limitada.",
                     "Marcha claudicante; encurtamento de 1,5 cm do MIE."]))
    rows = [[V(seg), V(f"{pct}%"), V(g.pick(["leve (25%)", "média (50%)", "intensa (75%)", "total (100%)"])), V(f"{pct * g.pick([25, 50, 75]) / 100:.1f}%")]
            for seg, pct in g.rng.sample([("Perda funcional de um joelho", 25), ("Perda funcional de um punho", 25), ("Perda funcional de um ombro", 25),
                                           ("Perda completa da mobilidade de um quadril", 25), ("Encurtamento de MI (≥ 5 cm)", 15),
                                           ("Perda total do uso de uma das mãos", 60)], 2)]
    table_ruler(doc, ["Segmento (Tabela SUSEP)", "% tabela", "Grau", "% apurado"], rows)
    doc.f("\nCONCLUSÃO: invalidez parcial permanente, conforme tabela da Circular SUSEP 302/2005. Indenização = % apurado × capital segurado («cap»).\n"
          "Assistente técnico do examinado: «a» («crma»), que «ac».\n\n«p»\n«crm»\n",
          cap=brl(g, 10000, 100000), a=P(ass.full), crma=(g.council(g.pick(["CRM", "CREFITO"]), uf), "PROFESSIONAL_ID"),
          ac=g.pick(["concordou com o laudo", "discordou quanto ao grau", "apresentará quesitos complementares"]),
          p=P(g.pick([per.caps, per.full])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_aph(g: Gen) -> Doc:
    """Pre-hospital care record (SAMU/concessionaire ambulance) at a crash scene, victims table and crew."""
    doc = Doc()
    city, uf = g.city()
    st1, st2 = g.rng.sample(STREET_NAMES, 2)
    med, enf, cond = g.person(), g.person(), g.person()
    doc.f("«org» — FICHA DE ATENDIMENTO PRÉ-HOSPITALAR\nOcorrência nº «n»   Data «d»   Acionamento «h1»   Chegada «h2»\n"
          "Local: «loc», «c»/«uf»\nNatureza: «nat»\nVeículos envolvidos: «v1» placa «p1» | «v2» placa «p2»\n\n",
          org=g.pick(["SAMU 192 — REGIONAL", "CONCESSIONÁRIA ROTA DO SOL — RESGATE", "CORPO DE BOMBEIROS — APH"]),
          n=g.d(9), d=g.date("br"), h1=g.hm(), h2=g.hm(),
          loc=g.pick([f"Av. {st1} x Rua {st2}", f"Rod. BR-{g.ri(101, 470)} km {g.ri(1, 700)}, pista sul", f"Rua {st1}, altura do nº {g.ri(10, 3000)}",
                      f"rotatória da Av. {st1}"]),
          c=city, uf=uf, nat=g.pick(["colisão auto x moto", "colisão traseira múltipla", "capotamento", "atropelamento"]),
          v1=car(g)[1], p1=(g.plate(), "LICENSE_PLATE"), v2=car(g)[1], p2=(g.plate(), "LICENSE_PLATE"))
    rows = []
    for i in range(g.ri(2, 4)):
        v = g.person()
        ident = g.chance(0.85)
        rows.append([V(str(i + 1)), P(g.pick([v.caps, v.full])) if ident else V("NÃO IDENTIFICADO(A)"),
                     V(str(g.ri(4, 80))), V("F" if v.female else "M"), (g.cns(True), "BR_CNS") if ident and g.chance(0.6) else V("-"),
                     V(f"GCS {g.ri(9, 15)} PA {g.ri(80, 160)}x{g.ri(50, 100)}"), V(g.pick(["verde", "amarelo", "vermelho"])),
                     V(g.pick(HOSPITALS)), (g.phone(), "PHONE_NUMBER") if ident and g.chance(0.6) else V("-")])
    table_plain(doc, ["#", "Vítima", "Idade", "Sexo", "CNS", "Sinais", "Triagem", "Destino", "Contato familiar"], rows)
    doc.f("\nObs.: «o»\nCondutor do veículo 1 «cd1», CNH «cnh», recusou atendimento; etilômetro aplicado pela PRF (resultado no BO «bo»).\n"
          "Objetos entregues a «fam» (familiar), RG «rg».\n\nEquipe: Médico(a) «m» («crm») · Enfermeir«eo» «e» («coren») · Condutor-socorrista «cs»\n",
          o=g.pick(["vítima 1 presa às ferragens, desencarceramento 20 min", "moto sem placa visível", "condutor do veículo 2 evadiu-se do local",
                    "airbag acionado; sinal de luz do semáforo intermitente"]),
          cd1=P(g.pick([(x := g.person()).full, x.caps])), cnh=(g.cnh(), "BR_CNH"), bo=g.bo(), fam=P(g.person().full), rg=(g.rg(), "BR_RG"),
          m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), eo="a" if enf.female else "o", e=P(enf.full),
          coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), cs=P(g.pick([cond.short, cond.nick])))
    return doc


def sa_incendio(g: Gen) -> Doc:
    """Home-insurance emergency assistance report after a fire or flood: occupants treated, lodging, regulator."""
    doc = Doc()
    seg, reg = g.person(), g.person()
    city, uf = g.city()
    fire = g.chance(0.6)
    doc.f("ASSISTÊNCIA RESIDENCIAL 24H — RELATÓRIO DE ATENDIMENTO EMERGENCIAL\nProtocolo «pr»   Apólice residencial «ap»   Evento: «ev»\n"
          "Segurado(a): «n» — CPF «cpf» — tel. «ph»\nImóvel segurado: «ad», «b», «c»/«uf» — CEP «cep»\n"
          "Acionamento: «d» «h»   Laudo do Corpo de Bombeiros nº «lb»\n\n",
          pr=g.protocol(), ap=g.policy(), ev="INCÊNDIO" if fire else g.pick(["ALAGAMENTO", "VENDAVAL / DESTELHAMENTO", "DESMORONAMENTO PARCIAL"]),
          n=P(g.pick([seg.full, seg.caps])), cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"), d=g.date("br"), h=g.hm(), lb=f"{g.d(5)}/{g.ri(2025, 2026)}")
    doc.t("MORADORES ATENDIDOS\n")
    rows = []
    members = [seg] + [g.relative(seg) for _ in range(g.ri(1, 3))]
    for m in members:
        rows.append([P(m.full if g.chance(0.6) else m.first), (g.dob("br", 1940, 2024), "DATE_OF_BIRTH"), (g.cns(), "BR_CNS") if g.chance(0.7) else V("não informado"),
                     V(g.pick(["inalação de fumaça — T59.8", "queimadura 1º grau MSD — T22.1", "sem lesões", "crise de ansiedade — F43.0",
                               "escoriações — T14.0"] if fire else ["sem lesões", "hipotermia leve — T68", "corte no pé — S91.3", "sem lesões"])),
                     V(g.pick(HOSPITALS + ["no local"]))])
    table_ruler(doc, ["Morador", "Nascimento", "CNS", "Ocorrência clínica", "Atendido em"], rows)
    doc.f("\nSERVIÇOS PRESTADOS\n- Hospedagem: Hotel «ht», «nd» diárias (limite «lim»)\n- Guarda-móveis e limpeza: «gm»\n- Vigilância do imóvel: «vg» (vigilante «vn», tel. «vt»)\n"
          "- Animais: «an»\n\nRegulador designado: «r» («rm»). Vistoria agendada para «dv».\n«ob»\n",
          ht=g.pick(["Aurora Plaza", "Pousada Flor de Maio", "Ibis " + city, "Hotel Bento"]), nd=g.ri(2, 7), lim=brl(g, 1500, 5000),
          gm=g.pick(["Mudanças Prudente", "não solicitado", "Guarda Tudo Self Storage"]), vg=g.pick(["Segurança Rosa Branca", "Vigilância Leão"]),
          vn=P(g.pick([(v := g.person(female=False)).short, v.nick])), vt=(g.phone(), "PHONE_NUMBER"),
          an=g.pick(["cachorro levado à clínica Vet Luz (intoxicação leve)", "não há", "gato resgatado pelos bombeiros"]),
          r=P(reg.full), rm=(g.corp_mail(reg, g.pick(["regulamais.com.br", "prudentereg.com.br"])), "EMAIL_ADDRESS"), dv=g.date("br"),
          ob=g.pick(["Seria prudente não religar a energia antes do laudo elétrico.", "Conta de luz em nome do inquilino anterior (confirmar vínculo).",
                     "Segurado solicita adiantamento de indenização.", ""]))
    return doc


def sa_auditoria(g: Gen) -> Doc:
    """E-mail thread of the insurer's medical audit with a clinic's billing office: a CSV of APP/DMH reimbursements."""
    doc = Doc()
    aud, fat = g.person(), g.person()
    idom = g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br", "sucupiramutua.com.br"])
    cdom = g.pick(["clinicaortobento.com.br", "hospitalaurora.org.br", "fisioluz.com.br", "santacasaprudente.org.br"])
    doc.f("De: «a» <«am»>\nPara: faturamento@«cd»\nCc: «fn» <«fm»>\nAssunto: RES: Lote «l» — reembolsos APP/DMH — glosas\n\n"
          "«ff», bom dia.\n\nSegue o retorno da auditoria do lote «l». As linhas com glosa precisam de relatório médico assinado e CRM legível.\n\n",
          a=P(aud.full), am=(g.corp_mail(aud, idom), "EMAIL_ADDRESS"), cd=cdom, fn=P(fat.full), fm=(g.corp_mail(fat, cdom), "EMAIL_ADDRESS"),
          l=g.d(5), ff=P(fat.first))
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        m = g.person()
        rows.append([V(g.claim_no()), P(g.pick([p.caps, p.full, p.plain])), (g.cpf("raw"), "BR_CPF"), (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""),
                     (g.dob("iso"), "DATE_OF_BIRTH"), V(g.pick(CIDS)), (g.council("CRM"), "PROFESSIONAL_ID") if g.chance(0.8) else V("ilegível"),
                     V(g.money(100, 12000).replace(".", "")), V(g.pick(["0,00", "0,00", g.money(50, 3000).replace(".", "")])),
                     V(g.pick(["", "", "falta relatório", "CID incompatível", "fisioterapia acima de 20 sessões"]))])
    table_csv(doc, ["sinistro", "vitima", "cpf", "cns", "dt_nasc", "cid", "crm_assistente", "valor_apresentado", "valor_glosado", "motivo"], rows)
    doc.f("\nAbs,\n«a»\nMédic«o» auditor«oa» — «crm»\nCentral de Sinistros Pessoas · direto «ph»\n\n"
          "> Em «d», «fn» escreveu:\n> «dr»«as», reenviamos o lote com as NFs. A vítima «p» ligou aqui reclamando (fone «pt»), pode priorizar?\n",
          a=P(aud.short), o="a" if aud.female else "o", oa="a" if aud.female else "", crm=(g.council("CRM"), "PROFESSIONAL_ID"), ph=(g.phone(mobile=False), "PHONE_NUMBER"),
          d=g.date("br"), fn=P(fat.full), dr=g.pick(["Dr. ", "Dra. ", "", "Doutor "]) if not aud.female else g.pick(["Dra. ", "", "Doutora "]), **{"as": P(aud.first)},
          p=P(rows[0][1][0]), pt=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_morte(g: Gen) -> Doc:
    """Accidental-death claim (morte acidental, APP/vida): death certificate data, beneficiaries, payment details."""
    doc = Doc()
    fal, dec, an = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("SINISTRO DE MORTE ACIDENTAL — ABERTURA\nSinistro «sn»   Cobertura: «cob»   Capital: «cap»\n\nFALECIDO(A)\nNome: «n»\nCPF: «cpf»   Nasc.: «dob»   "
          "Óbito: «do»\nRG: «rg»   Título de eleitor: «te»   NIT/PIS: «pis»\nCertidão de óbito: matrícula «mat»  —  Causa: «cau»\nMédico declarante: «md» — «crm»\nÚltimo endereço: «ad» — CEP «cep»\n\n",
          sn=g.claim_no(), cob=g.pick(["APP Morte — passageiro", "Vida em grupo — morte acidental", "Acidentes pessoais individual"]),
          cap=brl(g, 20000, 300000), n=P(fal.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          te=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.8) else V("não consta"), pis=(g.pis(), "BR_PIS") if g.chance(0.7) else V("não consta"), dob=(g.dob("br", 1940, 2004), "DATE_OF_BIRTH"), do=g.date("br"),
          mat=" ".join([g.d(6), g.d(2), g.d(2), g.d(4), g.d(1), g.d(5), g.d(3), g.d(7), g.d(2)]),
          cau=g.pick(["politraumatismo — acidente de trânsito (V43.5)", "TCE grave (S06.9) — colisão", "asfixia por inalação de fumaça (T59.8) — incêndio residencial"]),
          md=P(g.pick([(m := g.person()).full, m.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("BENEFICIÁRIOS (indicação na proposta / herdeiros legais)\n")
    rows = []
    bens = [g.relative(fal) for _ in range(g.ri(2, 4))]
    for b in bens:
        bc, bn = g.pick(BANKS)
        pix = g.chance(0.3)
        rows.append([P(g.pick([b.full, b.caps])), V(g.pick(["cônjuge", "filha", "filha", "mãe", "companheira"] if b.female else ["cônjuge", "filho", "filho", "pai", "companheiro"])),
                     (g.dob("br", 1950, 2020), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF"), V(f"{100 // len(bens)}%"), V(bc),
                     V("—") if pix else (g.agency(), "BANK_ACCOUNT"), (g.uuid(), "PIX_KEY") if pix else (g.account(), "BANK_ACCOUNT")])
    table_ruler(doc, ["Beneficiário", "Vínculo", "Nasc.", "CPF", "Quota", "Banco", "Agência", "Conta / Pix"], rows)
    doc.f("\nDeclarante: «dn», RG «rg», tel. «ph», e-mail «em».\nMenores representados pela genitora; valor do(s) menor(es) depositado em conta judicial (art. 1.689 CC).\n"
          "Analista: «an» · prazo regulatório 30 dias (Res. CNSP 382/2020) · ref. BO «bo»\n",
          dn=P(g.pick([bens[0].full, bens[0].short])), rg=(g.rg(), "BR_RG"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(bens[0]), "EMAIL_ADDRESS"),
          an=P(an.short), bo=g.bo())
    return doc


# =========================================================================== financeiro

def fi_comissao(g: Gen) -> Doc:
    """Monthly commission statement of an individual broker (corretor pessoa física): policies, retentions, credit."""
    doc = Doc()
    cor = g.person()
    ins = g.pick(INSURERS)
    doc.f("«ins» — CNPJ «cnpj»\nEXTRATO DE COMISSÕES — competência «m»/«y»\n\nCorretor(a) PF: «n»\nCPF: «cpf»   NIT/PIS: «pis»   SUSEP: «sc»\n"
          "Inscrição municipal (ISS): «im»\n\n",
          ins=ins.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), m=f"{g.ri(1, 12):02d}", y=g.ri(2025, 2026), n=P(g.pick([cor.caps, cor.full])),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), sc=g.susep_code(), im=g.d(7))
    rows = []
    tot = 0
    for _ in range(g.ri(4, 6)):
        s = g.person()
        pr = g.ri(80000, 900000)
        pct = g.pick([10, 12.5, 15, 20, 25])
        com = round(pr * pct / 100)
        tot += com
        ramo = g.pick(["AUTO", "AUTO", "RESID.", "AUTO", "RESID."])
        rows.append([V(g.policy()), P(g.pick([s.caps, s.inverted, s.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V(ramo),
                     (g.plate(), "LICENSE_PLATE") if ramo == "AUTO" else V("-"),
                     V(g.pick(["EMISSÃO", "RENOV.", "ENDOSSO", "CANCEL."])), V(fmt_money(pr)), V(f"{pct}%".replace(".", ",")), V(fmt_money(com))])
    table_ruler(doc, ["Apólice", "Segurado", "CPF segurado", "Ramo", "Placa", "Mov.", "Prêmio líq.", "% com.", "Comissão"], rows)
    inss = round(tot * 0.11)
    irrf = round(tot * 0.075)
    iss = round(tot * 0.05)
    doc.f("\nComissão bruta: R$ «b»\n(-) INSS 11% (contribuinte individual): R$ «i»\n(-) IRRF: R$ «r»\n(-) ISS «c»: R$ «s»\n"
          "(=) Líquido a creditar: R$ «l»\n\nCrédito em «d» — banco «bc», agência «ag», conta «cc» (titular: «t»)\n",
          b=fmt_money(tot), i=fmt_money(inss), r=fmt_money(irrf), c=g.city()[0], s=fmt_money(iss), l=fmt_money(tot - inss - irrf - iss),
          d=g.date("br"), bc=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), t=P(cor.full))
    doc.f("Dúvidas: comissoes@«dom» ou com o gerente comercial «gc» («gm», «gp»). «w»\n",
          dom=g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br", "prudenteseg.com.br"]), gc=P((gc := g.person()).full),
          gm=(g.corp_mail(gc, g.pick(["auroraseguros.com.br", "vitoriaseguros.com.br"])), "EMAIL_ADDRESS"), gp=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Estorno de comissão nas apólices canceladas conforme Circular SUSEP 639/2021.", "Campanha Outubro Rosa: bônus de 2% no residencial.", ""]))
    return doc


def fi_indenizacao(g: Gen) -> Doc:
    """Payment order of a total-loss or theft indemnity: FIPE value, lender payoff, balance to the insured."""
    doc = Doc()
    seg, a1, a2 = g.person(), g.person(), g.person()
    mk, md, yr = car(g)
    fipe = g.ri(3000000, 18000000)
    saldo = g.ri(0, fipe // 2) if g.chance(0.6) else 0
    doc.f("ORDEM DE PAGAMENTO DE INDENIZAÇÃO INTEGRAL Nº «n»\nSinistro «sn»   Apólice «ap»   Evento: «ev» em «de»\n\n"
          "Segurado: «sg»   CPF «cpf»\nVeículo: «mk» «md» «yr» — placa «pl» — chassi «ch» — FIPE «fc»\n\n",
          n=g.d(8), sn=g.claim_no(), ap=g.policy(), ev=g.pick(["ROUBO", "FURTO", "COLISÃO (PT)", "INCÊNDIO DO VEÍCULO", "ALAGAMENTO (PT)"]),
          de=g.date("br"), sg=P(g.pick([seg.caps, seg.full])), cpf=(g.cpf(), "BR_CPF"), mk=mk, md=md, yr=yr, pl=(g.plate(), "LICENSE_PLATE"),
          ch=g.chassi(), fc=g.fipe())
    doc.f("Valor FIPE na data do sinistro (100%) .......... R$ «f»\n(-) prêmio a vencer (parcelas 7 a 10) ......... R$ «p»\n"
          "(-) saldo devedor ao credor fiduciário ........ R$ «s»\n(=) líquido ao segurado ....................... R$ «l»\n\n",
          f=fmt_money(fipe), p=fmt_money(pp := g.ri(0, 200000)), s=fmt_money(saldo), l=fmt_money(fipe - pp - saldo))
    if saldo:
        doc.f("CREDOR: «le» — CNPJ «cnpj» — contrato «ct» — boleto de quitação com vencimento «dv»\n",
              le=g.pick(LENDERS), cnpj=(g.cnpj(), "BR_CNPJ"), ct=g.neg(11) if g.chance(0.5) else g.d(12), dv=g.date("br"))
    k = g.ri(0, 2)
    bc, bn = g.pick(BANKS)
    if k == 0:
        doc.f("FAVORECIDO: «t» — «bn» («bc») ag «ag» cc «cc»\n", t=P(seg.caps), bn=bn, bc=bc, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif k == 1:
        doc.f("FAVORECIDO: «t» — PIX chave aleatória «px» (validada no DICT em «d»)\n", t=P(seg.caps), px=(g.uuid(), "PIX_KEY"), d=g.date("br"))
    else:
        rep = g.relative(seg)
        doc.f("FAVORECIDO: espólio de «t», representado pela inventariante «r», CPF «cpf» — «bn» ag «ag» conta «cc»\n",
              t=P(seg.full), r=P(rep.full), cpf=(g.cpf(), "BR_CPF"), bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nDocumentos: ATPV-e assinado em favor da seguradora ✔  Procuração ✔  Certidão de baixa do gravame «gb»  Chaves (2) ✔\n\n"
          "Elaborado: «a1» («m1»)    Aprovado: «a2» — alçada até «al»\nPagamento programado para «dp» (prazo de 30 dias da entrega dos documentos — Circular SUSEP 621/2021).\n",
          gb="✔" if not saldo else "aguarda quitação", a1=P(a1.short), m1=(g.corp_mail(a1, g.pick(["auroraseguros.com.br", "prudenteseg.com.br"])), "EMAIL_ADDRESS"),
          a2=P(g.pick([a2.full, a2.caps])), al=brl(g, 100000, 500000), dp=g.date("br"))
    return doc


def fi_orcamento(g: Gen) -> Doc:
    """Repair-shop budget with the claims adjuster's cuts, and the franchise payment at the shop."""
    doc = Doc()
    cli, orc, reg = g.person(), g.person(), g.person()
    shop = g.pick(SHOPS)
    mk, md, yr = car(g)
    doc.f("«s»\nCNPJ «cnpj» · «tel» · orcamentos@«dom»\n\nORÇAMENTO Nº «n»    Data: «d»\nCliente: «c»    Fone: «ph»\n"
          "Veículo: «mk» «md» «yr»   Placa: «pl»   Km: «km»   Chassi: «ch»\nSeguradora: «ins»   Sinistro: «sn»   Franquia: «fr»\n\n",
          s=shop.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), tel="fone comercial " + g.phone(g.pick(["par", "plain"]), mobile=False),
          dom=re.sub(r"[^a-z]", "", fold(shop).lower())[:18] + ".com.br", n=g.d(5), d=g.date("br"), c=P(g.pick([cli.full, cli.caps, cli.short])),
          ph=(g.phone(), "PHONE_NUMBER"), mk=mk, md=md, yr=yr, pl=(g.plate(), "LICENSE_PLATE"), km=f"{g.ri(5, 190)}.{g.d(3)}", ch=g.chassi(),
          ins=g.pick(INSURERS), sn=g.claim_no(), fr=brl(g, 1500, 7000))
    rows = []
    for part in g.rng.sample(["PARA-CHOQUE DIANT.", "FAROL LE", "GRADE RADIADOR", "CAPÔ", "PARALAMA LD", "RADIADOR", "CONDENSADOR A/C",
                              "PORTA DD (ESTRUTURA)", "LANTERNA TE", "AIRBAG MOTORISTA", "RETROVISOR LE ELÉTR."], g.ri(4, 7)):
        v = g.ri(15000, 450000)
        rows.append([V(g.pick(["52", "7X", "98", "1K"]) + g.d(7)), V(part), V(g.pick(["GENUÍNA", "GENUÍNA", "PARALELA"])), V(fmt_money(v)),
                     V(g.pick(["OK", "OK", "OK", "GLOSA", "REDUZIR 30%"]))])
    table_plain(doc, ["Cód. peça", "Descrição", "Origem", "Valor", "Regulador"], rows)
    doc.f("\nMão de obra: funilaria «h1» h, pintura «h2» h, mecânica «h3» h (valor hora «vh»)\nTotal orçado: «t»   Total autorizado: «ta»\n\n"
          "Parecer do regulador «r» («cr»): «pa»\nOrçamentista: «o»\n",
          h1=g.ri(4, 40), h2=g.ri(4, 30), h3=g.ri(0, 12), vh=brl(g, 90, 180), t=brl(g, 4000, 60000), ta=brl(g, 3000, 50000),
          r=P(g.pick([reg.full, reg.short])), cr=(g.council("CREA"), "PROFESSIONAL_ID") if g.chance(0.4) else (g.corp_mail(reg, "regulamais.com.br"), "EMAIL_ADDRESS"),
          pa=g.pick(["peças paralelas onde houver; airbag só com NF do fabricante", "reparo do para-choque em vez de troca", "de acordo",
                     "veículo próximo de 75% FIPE — avaliar PT"]),
          o=P(g.pick([orc.first, orc.short])))
    if g.chance(0.7):
        doc.f("\nRECIBO DE FRANQUIA: recebemos de «c» (CPF «cpf») a importância de «v» referente à franquia, pago ",
              c=P(cli.full), cpf=(g.cpf(), "BR_CPF"), v=brl(g, 1500, 7000))
        k = g.ri(0, 3)
        if k == 0:
            doc.f("no cartão «cc» em «n»x.\n", cc=(g.card(), "CREDIT_CARD"), n=g.ri(2, 6))
        elif k == 1:
            doc.f("no cartão «cc».\n", cc=g.masked_card())
        else:
            doc.t(g.pick(["via Pix (chave CNPJ da oficina).\n", "em dinheiro.\n"]))
    return doc


def fi_regulacao(g: Gen) -> Doc:
    """Adjuster's report on a home burglary or flood claim: item list with invoices and depreciation, indemnity."""
    doc = Doc()
    seg, reg = g.person(), g.person()
    city, uf = g.city()
    furto = g.chance(0.5)
    doc.f("RELATÓRIO DE REGULAÇÃO — SEGURO RESIDENCIAL\nSeguradora: «ins»   Sinistro: «sn»   Cobertura: «cob»\nRegulador: «r» — «rc» — «rm»\n\n"
          "1. SEGURADO\n«n», CPF «cpf», tel. «ph», «em»\nLocal do risco: «ad» — «b» — «c»/«uf» — CEP «cep»\n\n",
          ins=g.pick(INSURERS), sn=g.claim_no(), cob="ROUBO/FURTO QUALIFICADO DE BENS" if furto else g.pick(["ALAGAMENTO", "DANOS ELÉTRICOS", "INCÊNDIO"]),
          r=P(reg.full), rc=(g.council("CREA", uf), "PROFESSIONAL_ID"), rm=(g.corp_mail(reg, g.pick(["prudentereg.com.br", "regulamais.com.br"])), "EMAIL_ADDRESS"),
          n=P(seg.caps), cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(seg), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), c=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if furto:
        doc.f("2. OCORRÊNCIA\nArrombamento da porta dos fundos em «d», entre «h1» e «h2»; BO «bo». A vizinha «v» viu dois homens numa moto placa «pl».\n\n"
              "3. BENS RECLAMADOS\n", d=g.date("br"), h1=g.hm(), h2=g.hm(), bo=g.bo(), v=P(g.pick([(v := g.person(female=True)).full, v.first])),
              pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.f("2. OCORRÊNCIA\nChuva de «mm» mm em «d» (boletim da Defesa Civil); lâmina d'água de «cm» cm no pavimento térreo.\n\n3. BENS RECLAMADOS\n",
              mm=g.ri(60, 180), d=g.date("br"), cm=g.ri(20, 90))
    rows = []
    for item in g.rng.sample(["Smart TV 55\"", "Notebook Dell", "Geladeira frost free", "Máquina de lavar", "Celular iPhone 13", "Bicicleta Caloi",
                              "Sofá 3 lugares", "Videogame PS5", "Micro-ondas", "Joias (corrente ouro)"], g.ri(4, 6)):
        v = g.ri(50000, 900000)
        rows.append([V(item), V(g.pick([f"NF {g.d(6)}", "sem NF — foto", f"NF-e {g.d(9)}", "fatura cartão"])), V(fmt_money(v)),
                     V(f"{g.pick([0, 10, 20, 30, 40])}%"), V(g.pick(["aceito", "aceito", "não comprovado", "aceito (VR)"]))])
    table_md(doc, ["Bem", "Comprovação", "Valor reclamado", "Depreciação", "Situação"], rows)
    doc.f("\n4. APURAÇÃO\nPrejuízo apurado «p» − POS 10% («pos») = indenização «i» (limite da cobertura «lim»).\n\n5. PAGAMENTO\n",
          p=brl(g, 3000, 40000), pos=brl(g, 300, 4000), i=brl(g, 2500, 36000), lim=brl(g, 20000, 80000))
    bc, bn = g.pick(BANKS)
    if g.chance(0.7):
        doc.f("Crédito em conta do segurado: «bn» — ag. «ag» — c/c «cc» — titular «t»\n", bn=bn, ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(seg.full))
    else:
        doc.f("Pix — chave aleatória informada pelo segurado: «px»\n", px=(g.uuid(), "PIX_KEY"))
    doc.f("\n«c», «d».\n«r»\nRegulador de sinistros\n", c=city, d=g.date("long"), r=P(g.pick([reg.caps, reg.full])))
    return doc


def fi_lote(g: Gen) -> Doc:
    """CSV batch of claim payments sent to the bank (CNAB-like export): insured, workshops, third parties, Pix keys of any kind."""
    doc = Doc()
    op = g.person()
    doc.f("# lote_pagto_sinistros_«d».csv — gerado por «u» — conferido por «c»\n", d=g.date("compact"), u=g.pick(["svc_pagamentos", "rpa-sinistros", "job_cnab240"]),
          c=P(op.short))
    rows = []
    for _ in range(g.ri(5, 7)):
        kind = g.pick(["pf", "pf", "pf", "pj"])
        bc, bn = g.pick(BANKS)
        if kind == "pj":
            name = V(g.pick(SHOPS + TOWS).upper())
            cn = g.cnpj("raw")
            doc_ = (g.pick([cn, f"{cn[:2]}.{cn[2:5]}.{cn[5:8]}/{cn[8:12]}-{cn[12:]}"]), "BR_CNPJ")
            tipo, key = "CNPJ", (cn, "BR_CNPJ")
        else:
            p = g.person()
            name = P(g.pick([p.caps, p.plain.upper(), p.full]))
            cpf = g.cpf(g.pick(["raw", "dot"]))
            doc_ = (cpf, "BR_CPF")
            tipo = g.pick(["", "ALEATORIA", "CPF", "EMAIL", "CELULAR", ""])
            key = {"": V(""), "ALEATORIA": (g.uuid(), "PIX_KEY"), "CPF": (g.cpf("raw"), "BR_CPF"), "EMAIL": (g.email(p), "EMAIL_ADDRESS"),
                   "CELULAR": (g.phone("e164"), "PHONE_NUMBER")}[tipo]
        if tipo and kind != "pj":
            ag, cc = V(""), V("")
        elif kind == "pj":
            ag, cc = V(""), V("")
        else:
            ag, cc = (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")
        rows.append([V(g.claim_no()), name, doc_, V(bc), ag, cc, V(tipo), key, V(g.money(300, 90000).replace(".", "")),
                     V(g.pick(["INDENIZ_INTEGRAL", "REPARO_OFICINA", "RCF_TERCEIRO", "APP_REEMBOLSO", "RESID_FURTO", "GUINCHO"]))])
    table_csv(doc, ["sinistro", "favorecido", "cpf_cnpj", "banco", "agencia", "conta", "tipo_chave", "chave_pix", "valor", "natureza"], rows)
    doc.f("# total «k» registros; rejeitados no lote anterior: «r» (CPF «b» inválido — DV)\n", k=len(rows), r=g.ri(0, 3), b=g.bad_cpf())
    return doc


def fi_gateway(g: Gen) -> Doc:
    """Payment-gateway events of premium instalments by card, and the chargeback analyst's note."""
    doc = Doc()
    an = g.person()
    doc.t("event_id,created_at,type,policy,holder_name,card_number,card_brand,payer_email,payer_document,ip,amount,status\n")
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        masked = g.chance(0.35)
        brand = g.pick(["visa", "master", "elo", "amex"])
        card = g.masked_card() if masked else g.card(spaced=g.chance(0.3), brand={"visa": "4", "master": "5", "elo": "6", "amex": "3"}[brand])
        vals = [V(f"evt_{g.hexs(14)}"), V(g.date("iso") + "T" + g.hms() + "Z"), V(g.pick(["charge.succeeded", "charge.failed", "charge.refunded", "charge.dispute_opened"])),
                V(g.policy()), P(g.pick([p.caps, p.full])), (card, None if masked else "CREDIT_CARD"), V(brand), (g.email(p), "EMAIL_ADDRESS"),
                (g.cpf("raw"), "BR_CPF"), (g.ip(), "IP_ADDRESS"), V(g.money(90, 2500).replace(".", "").replace(",", ".")), V("")]
        vals[-1] = V({"charge.succeeded": "paid", "charge.failed": "declined", "charge.refunded": "refunded",
                      "charge.dispute_opened": "disputed"}[vals[2][0]])
        for k, (v, lab) in enumerate(vals):
            if k:
                doc.t(",")
            doc.e(v, lab)
        doc.t("\n")
    p0 = people[0]
    doc.f("\n[nota chargeback — «an», «d»] Disputa aberta pelo emissor (motivo 4837 — fraude sem cartão presente). Titular «n» afirma não reconhecer a "
          "parcela do seguro auto; a apólice é de «s» (placa «pl»), CPF «cpf», que diz ter usado o cartão da «rel» com autorização. "
          "Contato do titular: «ph». Enviar evidências: IP da contratação «ip», aceite eletrônico e gravação da venda (corretor «c»).\n",
          an=P(an.full), d=g.date("br"), n=P(p0.full), s=P((s := g.person()).full), pl=(g.plate(), "LICENSE_PLATE"), cpf=(g.cpf(), "BR_CPF"),
          rel=g.pick(["mãe", "sogra", "ex-companheira", "tia"]), ph=(g.phone(), "PHONE_NUMBER"), ip=(g.ip(), "IP_ADDRESS"), c=P(g.person().short))
    return doc


def fi_quitacao(g: Gen) -> Doc:
    """Lender's payoff letter for a financed vehicle after a total loss, and the insurer's internal forwarding note."""
    doc = Doc()
    dev, ger, an = g.person(), g.person(), g.person()
    city, uf = g.city()
    lender = g.pick(LENDERS)
    doc.f("«le»\nCNPJ «cnpj»\n\n«c», «d»\n\nÀ «ins»\nA/C Departamento de Indenizações — Salvados\n\nAssunto: saldo devedor para quitação — contrato nº «ct»\n\n"
          "Prezados,\n\nEm atenção à solicitação referente ao sinistro «sn», informamos que o contrato de financiamento (CDC veículo) em nome de «n», CPF «cpf», "
          "tendo por objeto o veículo «car» placa «pl», RENAVAM «rv», chassi «ch», apresenta saldo devedor para quitação de «sd», válido até «val».\n\n"
          "O pagamento deverá ser feito exclusivamente pelo boleto anexo; após a compensação, a baixa do gravame no SNG será efetuada em até 10 dias úteis "
          "e a carta de quitação encaminhada ao e-mail do devedor («em»).\n\nAtenciosamente,\n«g»\nGerência de Recuperação — «gp»\n\n",
          le=lender.upper(), cnpj=(g.cnpj(), "BR_CNPJ"), c=city, d=g.date("long"), ins=g.pick(INSURERS), ct=g.neg(11) if g.chance(0.5) else g.d(10) + "-" + g.d(1),
          sn=g.claim_no(), n=P(g.pick([dev.caps, dev.full])), cpf=(g.cpf(), "BR_CPF"), car=" ".join(car(g)[:2]), pl=(g.plate(), "LICENSE_PLATE"),
          rv=g.renavam(), ch=g.chassi(), sd=brl(g, 5000, 90000), val=g.date("br"), em=(g.email(dev), "EMAIL_ADDRESS"), g=P(ger.full),
          gp=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("----------\nNOTA INTERNA («an», «dn»): boleto pago em «dp». Diferença a favor do segurado: «df». Segurado informou conta: «bn» ag «ag» cc «cc» "
          "(confirmado por telefone «ph» com «n»). Devedor nasceu em «dob» — conferido com a CNH «cnh».\n",
          an=P(an.short), dn=g.date("br"), dp=g.date("br"), df=brl(g, 1000, 60000), bn=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), ph=(g.phone(), "PHONE_NUMBER"), n=P(g.pick([dev.first, dev.short])), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          cnh=(g.cnh(), "BR_CNH"))
    return doc


TEMPLATES = {
    "atendimento": [at_proposta, at_chat, at_renewal, at_aviso, at_calls_csv, at_portal_log, at_vistoria],
    "juridico": [ju_peticao, ju_susep, ju_transfer, ju_fraud, ju_ressarcimento, ju_audiencia, ju_contencioso],
    "saude": [sa_app, sa_conta, sa_pericia, sa_aph, sa_incendio, sa_auditoria, sa_morte],
    "financeiro": [fi_comissao, fi_indenizacao, fi_orcamento, fi_regulacao, fi_lote, fi_gateway, fi_quitacao],
}


def check(record: dict, neg11: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "ADDRESS") else ""
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
            assert not re.search(r"[0-9]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    for n in neg11:
        assert not cpf_ok(n), (record["id"], n)
    # every unlabelled 11-digit number (bare or in CPF layout) is a hard negative and fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\w.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w])", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                g.neg11 = []
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, g.neg11)
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
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("seventyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
