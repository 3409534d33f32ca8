"""Build the forty-second labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortysecond_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 4242,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: data protection, IT operations and fraud prevention
inside companies -- LGPD data-subject requests to the DPO (encarregado) and their answers,
breach notifications (to the ANPD and to the people affected), SOC/SIEM alerts and access
logs with users and IPs, IT helpdesk tickets (password resets, account recovery, MFA, lost
laptops), fraud-analysis case notes (account takeover, SIM swap, chargeback rings),
background-check and onboarding KYC dossiers, occupational-health chart-access audits,
e-discovery and legal holds.
- atendimento: a data subject's e-mail to the encarregado (access and deletion, art. 18)
  with the privacy team's reply; an IT helpdesk ticket (GLPI-like) for a password reset and
  MFA re-enrolment of a contact-centre employee; a SOC alert on a customer account
  (impossible travel / new device) with a JSON payload and triage notes; a chat transcript
  of account recovery after a SIM swap (bot first, then a human attendant); a breach notice
  to an affected customer with the internal mail-merge batch (CSV) appended; an incident
  report of a laptop stolen from an employee's car with the data at risk; a CRM access
  audit (CSV log: login, user name, IP) after a customer complaint.
- juridico: a legal-hold notice to custodians (Markdown table of custodians, e-discovery
  sources); an e-discovery review export (CSV) of documents hitting PII search terms, before
  redaction; a security-incident communication (CIS) to the ANPD with a sample of affected
  records; a formal answer to a full access request (data by system, access logs kept under
  the Marco Civil, shared-with companies and their CNPJs); a reply to a court order for
  subscriber data and connection logs; a pre-admission background-check dossier (CPF, RG,
  CNH, título, PIS, vehicle, lawsuits, references); the DPO's register of requests (CSV).
- saude: an occupational-health (SESMT) chart-access audit (who opened an employee's chart:
  login, name, profile, council registration, IP); an e-mail thread where the periodic-exam
  (ASO) list went to the wrong external address, then the clean-up; a patient's (or
  guardian's) request for a copy and deletion of the record and the clinic's answer on
  retention; a hospital IT ticket for a physician locked out of the EHR that uncovers a
  shared login; a SIEM alert on bulk retrieval from the PACS / lab system with raw audit
  lines (DICOM-style names "SURNAME^GIVEN^MIDDLE", compact birth dates); a health-plan
  reimbursement-fraud case (borrowed CRM, mule accounts, random Pix keys); the onboarding
  (credenciamento) dossier of a health professional.
- financeiro: an account-takeover case note with the Pix transfers to mule accounts (keys of
  every kind, end-to-end ids); a SIM-swap case (e-mails with the carrier's fraud desk,
  contested card purchases); a chargeback-ring analysis (CSV of orders linked by IP, device
  and drop address); a KYC/KYB onboarding dossier of a company (numeric or alphanumeric
  CNPJ) and its partners; a transaction-monitoring alert (key=value lines of the rules
  engine); a ServiceNow ticket about a cloned corporate card after phishing (toll tag on an
  unknown plate); a credit-denial LGPD request (review of an automated decision, art. 20)
  and the bank's answer listing the data held.

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Dra.", "dona",
"seu"; particles inside a name (de, da, dos, e) and suffixes (Filho, Neto, Júnior,
Sobrinho) are part of it; "SURNAME, Given" is one span; nicknames and first names alone are
persons. Staff named in the text (attendants, analysts, helpdesk technicians, DPOs,
lawyers, doctors, nurses, judges, carrier employees, references) are persons; logins
(jsouza, T123456), system and service accounts (svc_audit_export, ext_laudos03), bot names
("Lia", "Zapinho") and the "sistema" of a ticket are not; a name inside a device label
("iPhone de Laércio") is a person. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (encarregado@, privacidade@, juridico@, fraude.parceiros@, phishing senders) are
not labelled. ADDRESS is street type + name + number + complement (not district, city,
state; CEP is BR_CEP); a company's address (the controller's seat in the ANPD form) is not
labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and ISPB are not.
DATE_OF_BIRTH only for birth dates (any format, including the compact DICOM "19620314");
incident, request, deadline, admission, access and transaction dates are not.
PROFESSIONAL_ID includes the council acronym and UF as written ("CRM/SP 123456", "COREN-RJ
234567-TE", "CRP 06/12345", "OAB/RJ nº 98.765"). PIX_KEY only for random (UUID) keys used
as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels; UUIDs that are
alert ids and Pix end-to-end ids are not labelled. CNPJs of companies are BR_CNPJ (both
forms). Masked values (cards and CPFs with asterisks, "r*****7@proton.me", "final 1234"),
health-plan card numbers, internal ids, protocol, ticket, order, NSU, Bates, SEI, B.O. and
contract numbers are not labelled.

Decided here: every IPv4 and IPv6 address of a session, workstation or link is IP_ADDRESS,
private ones (10.x, 172.16-31.x, 192.168.x) included; a CIDR range ("191.136.33.0/24") is
not. A DICOM-style "SURNAME^GIVEN^MIDDLE" patient name is one PERSON span. Toll-free and
company numbers (0800, 4004, 3003) are not labelled. A street named alone as a place, with
no type and no number ("estacionado na Barão de Mauá"), is not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Josicleide, Creosvaldo, Kelvia, Raylla, Maxsuel, Uanderson; Italian, German, Japanese,
Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish,
Polish, Venezuelan), at least a quarter of the name words rare or invented; names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Glória, Bento, Prudente, Amado, Branco, Leal,
Justo) next to the same words as words ("seria prudente", "tela em branco", "luz verde",
"Outubro Rosa", "vitória parcial", "à flor da pele") and in places and companies (Presidente
Prudente, Bento Gonçalves, Luz/MG, Glória Telecom, Luz Pagamentos S.A., Rosa dos Ventos
Seguros, Farmácias Bento Amado, Hospital Vitória Régia), which are not persons. Forms: full,
ALL CAPS without accents, lower case, "SURNAME, Given", "SURNAME, GIVEN", DICOM carets,
first name alone, nicknames (Biu, Mundinho, Bira, Teteu, Lelê).

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, lab order numbers, operation numbers), 15-digit health-plan card numbers failing
the CNS check, ICD-10 codes (F41.1, Z57.0), money, ticket/incident/order/NSU/Bates numbers,
SEI process numbers, hashes and device fingerprints, DICOM study UIDs, Pix end-to-end ids,
alert UUIDs, CNAE codes, laws and resolutions (Lei 13.709/2018, Lei 12.965/2014, Lei
13.787/2018, Res. CD/ANPD nº 15/2024, Res. BCB nº 1/2020), dates that are not birth dates,
company names with surnames (Tabosa & Catunda Advogados, Ximenes Têxtil Ltda, Mattar
Distribuidora, Nakamura Autopeças), streets honouring people named alone as places.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 4242
OUT = "fortysecond.jsonl"

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
MONTHS_AB = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Patrícia", "Fernanda", "Camila", "Aline", "Larissa", "Gabriela", "Mariana",
        "Beatriz", "Adriana", "Cláudia", "Simone", "Sandra", "Luciana", "Priscila", "Tatiane", "Letícia",
        "Amanda", "Isabela", "Manuela", "Heloísa", "Sofia", "Valéria", "Cristiane", "Elaine", "Maria José",
        "Maria das Graças", "Francisca", "Antônia", "Carla", "Débora", "Roberta", "Natália"]
RARE_F = ["Gedalva", "Rozilda", "Josicleide", "Ivanilde", "Cleonice", "Auzenir", "Nadjane", "Deusilene",
          "Wanderléia", "Edileusa", "Kelvia", "Thayanne", "Yngrid", "Rhayssa", "Lauriane", "Jucilene",
          "Benedita", "Sebastiana", "Quitéria", "Eudóxia", "Dagmar", "Elenilda", "Ozana", "Evanilde", "Jeruza",
          "Adenilza", "Kemilly", "Ysis", "Maysa Lohane", "Zenaide", "Iraci", "Nazaré", "Odete", "Raylla",
          "Joelma Cristina", "Luzinete", "Genilda", "Marlúcia", "Dejanira", "Ailza"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Rafael", "Gustavo", "Rodrigo", "Eduardo", "Ricardo", "Fábio",
        "Roberto", "Antônio", "Francisco", "José Carlos", "Luís Fernando", "Thiago", "Bruno", "Diego",
        "Vinícius", "Matheus", "Henrique", "Daniel", "Márcio", "Edson", "Vitor", "Heitor", "Miguel", "Arthur",
        "Raimundo", "Severino", "Sebastião", "Paulo Roberto", "Leandro"]
RARE_M = ["Creosvaldo", "Dejair", "Edivaldo", "Jucelino", "Valdomiro", "Ozires", "Eleutério", "Genésio",
          "Laércio", "Romualdo", "Irineu", "Adelmo", "Tertuliano", "Wanderlan", "Raylan", "Kawan",
          "Ryan Kaleb", "Josué", "Elizeu", "Jodeci", "Claudemir", "Ubirajara", "Anacleto", "Eustáquio",
          "Ariosvaldo", "Deoclécio", "Lindberg", "Cosme", "Damião", "Natanael", "Zaqueu", "Hérick",
          "Maxsuel", "Uanderson", "Jhonatan", "Gildásio", "Evilásio", "Nataniel", "Clebson", "Rivaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Rocha", "Almeida", "Dias", "Moreira",
          "Monteiro", "Batista", "Fernandes", "Soares", "Barros", "Fonseca", "Melo", "Cunha", "Guimarães",
          "Tavares", "Pires", "Farias", "Medeiros", "Matos", "Sampaio", "Xavier", "Brito", "Coelho", "Miranda",
          "Rezende", "Conceição", "Nascimento", "Carvalho", "Ribeiro"]
RARE_SUR = ["Catunda", "Pitombeira", "Sucupira", "Ximenes", "Aragão", "Tabosa", "Bezerril", "Girão",
            "Feitosa", "Accioly", "Mourão", "Buriti", "Paraguassu", "Juremeira", "Mundim", "Custódio",
            "Arcoverde", "Sátiro", "Landeiro", "Viegas", "Tupinambá", "Caminha", "Quirino", "Lustosa",
            "Escóssia", "Fontenele", "Albano", "Nóbrega", "Quintela", "Gurgel", "Mangabeira", "Jatobá",
            "Cajazeira", "Bandeira", "Aquino Rêgo", "Serrão", "Vilarim", "Piancó", "Carapeba", "Almino"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leal", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Leal", "Cordeiro",
            "Raposo", "Aurora", "Pombo", "Pacheco", "Bastos", "Sereno"]
NICK = {"Raimundo": "Mundinho", "Francisca": "Chica", "José Carlos": "Zé Carlos", "Severino": "Biu",
        "Antônia": "Toninha", "Maria das Graças": "Gracinha", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Benedita": "Dita", "Ubirajara": "Bira", "Eustáquio": "Taquinho", "Deoclécio": "Cleo",
        "Sebastião": "Tião", "Paulo Roberto": "Paulinho", "João Pedro": "JP", "Luís Fernando": "Nando",
        "Francisco": "Chico", "Antônio": "Toninho", "Romualdo": "Romu", "Luzinete": "Net",
        "Ana Paula": "Aninha", "Gedalva": "Dalvinha", "Wolfgang": "Wolf", "Kazuo": "Kazu", "Rafael": "Rafa",
        "Fernanda": "Nanda", "Gabriela": "Gabi", "Eduardo": "Dudu", "Roberto": "Beto", "Ricardo": "Cacá", "Isabela": "Bela",
        "Letícia": "Lelê", "Natália": "Nati", "Daniel": "Dani", "Gustavo": "Guga", "Beatriz": "Bia", "Mariana": "Mari",
        "Juliana": "Ju", "Patrícia": "Paty", "Camila": "Mila", "Matheus": "Teteu", "Rodrigo": "Digão", "Leandro": "Léo",
        "Quitéria": "Quita", "Jucelino": "Celinho", "Wanderléia": "Léia", "Genésio": "Gena", "Claudemir": "Claudinho",
        "Dejanira": "Deja", "Jodeci": "Deci", "Zenaide": "Naide"}
FOREIGN = {
    "it": (["Graziela", "Antonella", "Luigia"], ["Giuseppe", "Pasquale", "Enrico"],
           ["Bertolini", "Zanetti", "Cappellari", "Trevisan", "Scarpelli", "Dal Molin", "Pellizzaro"]),
    "de": (["Helga", "Ingrid", "Frieda"], ["Gunther", "Wolfgang", "Dieter"],
           ["Schmitt", "Wachholz", "Kreutzfeld", "Stein", "Hübner", "Böhm", "Luckow"]),
    "jp": (["Akemi", "Yuki", "Mariko"], ["Haruo", "Satoshi", "Kazuo"],
           ["Nakamura", "Higa", "Shimabukuro", "Uehara", "Takahashi", "Miyagi"]),
    "ar": (["Samira", "Jamile", "Nour"], ["Rachid", "Jamil", "Tufi"],
           ["Chaccur", "Bechara", "Mattar", "Kalil", "Saliba", "Haidar"]),
    "kr": (["Seo-yeon", "Ji-woo"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Han", "Kang"]),
    "cn": (["Mei", "Ling"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Wideline", "Fabiola"], ["Jean-Robert", "Wilfrid", "Peterson"],
           ["Pierre-Louis", "Jean-Baptiste", "Saintil", "Desrosiers", "Augustin"]),
    "ao": (["Njinga", "Kiesse", "Luzolo"], ["Mbemba", "Kalunga", "Nelo"], ["Lukeny", "Kiame", "Ngola", "Muhongo", "Kassoma"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Modou", "Babacar"], ["Diallo", "Seck", "Mbaye", "Faye", "Thiam"]),
    "bo": (["Nélida", "Justina", "Marlene"], ["Efraín", "Celestino", "Wilber"], ["Mamani", "Choque", "Condori", "Huanca"]),
    "in": (["Potyra", "Jaciara", "Moema"], ["Raoni", "Ubiratã", "Tainan"], ["Guajajara", "Pataxó", "Terena", "Baniwa", "Kuikuro"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Natan"], ["Goldberg", "Rosenthal", "Feldman", "Szpigel", "Lerner"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Zbigniew"], ["Wiśniewski", "Kowalczyk", "Nowak", "Dombroski"]),
    "ve": (["Yusleidy", "Marbelis"], ["Yorman", "Deivis"], ["Colmenares", "Urdaneta", "Rangel Piñango"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "ve", "jw"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cunha", "Aurora", "Flor", "Fonseca"}
DO_SUR = {"Nascimento", "Carmo", "Buriti"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "83", "84", "85", "87", "89", "91", "92", "93", "94", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia",
                "Largo", "Ladeira"]
HONOUR_STREETS = ["Barão de Mauá", "Marechal Deodoro", "Presidente Vargas", "Sete de Setembro", "Tiradentes", "Duque de Caxias",
                  "José Bonifácio", "Santos Dumont", "Visconde de Taunay", "Almirante Barroso", "Padre Cícero", "Irmã Dulce",
                  "Dom Pedro II", "Barão do Rio Branco"]
STREET_NAMES = ["Barão de Mauá", "Marechal Deodoro", "Presidente Vargas", "Doutor Bento Prudente",
                "Rosa dos Ventos", "da Glória", "Aurora Boreal", "Flor de Maio", "Luz do Sol", "Amado Batista",
                "Vereador Creosvaldo Tabosa", "Dona Gedalva Catunda", "Padre Cícero", "Sete de Setembro",
                "Tiradentes", "dos Jatobás", "Senador Pitombeira", "Coronel Ximenes", "Engenheiro Arcoverde",
                "Professor Lindberg Sátiro", "Frei Damião", "Visconde de Taunay", "Duque de Caxias",
                "José Bonifácio", "das Orquídeas", "Treze de Maio", "Almirante Barroso", "do Contorno",
                "Irmã Dulce", "Santos Dumont", "Madre Benedita Mourão", "Vitória Régia", "Bento Gonçalves"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Luz", "MG"), ("Aurora do Pará", "PA"), ("Glória de Dourados", "MS"), ("Campina Grande", "PB"),
          ("Caruaru", "PE"), ("Mossoró", "RN"), ("Feira de Santana", "BA"), ("Uberlândia", "MG"),
          ("Montes Claros", "MG"), ("Cascavel", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Santa Maria", "RS"),
          ("Sorocaba", "SP"), ("Bauru", "SP"), ("Campinas", "SP"), ("Santos", "SP"), ("Niterói", "RJ"),
          ("Volta Redonda", "RJ"), ("Anápolis", "GO"), ("Imperatriz", "MA"), ("Teresina", "PI"),
          ("Juazeiro do Norte", "CE"), ("Santarém", "PA"), ("Manaus", "AM"), ("Porto Velho", "RO"),
          ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Aracaju", "SE"), ("Arapiraca", "AL"), ("Gurupi", "TO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Boa Vista", "Jardim da Glória", "Alto da Luz",
           "Parque São Bento", "Vila Rosa", "Flores", "Jatobá", "Cidade Nova", "Jardim Vitória", "Aldeota",
           "Pituba", "Santa Efigênia", "Morada do Sol"]
CIDS = ["F41.1", "F32.0", "M54.5", "Z00.0", "J06.9", "M65.3", "H83.3", "G56.0", "Z57.0", "F43.2", "E11.9",
        "I10", "M75.1", "S62.6", "Z02.1", "T75.2", "L23.9", "H90.3"]
COMPANIES = ["Aurora Logística S.A.", "Tabosa & Catunda Advogados", "Rosa dos Ventos Seguros S.A.",
             "Farmácias Bento Amado", "Supermercados Prudente", "Clínica Flor de Lis", "Luz Pagamentos S.A.",
             "Hospital Vitória Régia", "Ximenes Têxtil Ltda", "Banco Sucupira S.A.", "Nakamura Autopeças Ltda",
             "Mattar Distribuidora", "Glória Telecom", "Pitombeira Contabilidade", "Grupo Branco & Leal"]
WORD_USES = ["seria prudente rotacionar as credenciais hoje mesmo", "a tela do sistema ficou em branco",
             "a luz vermelha do switch continuou piscando", "campanha do Outubro Rosa", "vitória parcial: o token foi revogado a tempo",
             "o cliente estava com os nervos à flor da pele", "a conta de luz veio em nome de outra pessoa",
             "na glória do fechamento de mês ninguém olhou o alerta", "deram luz verde para o bloqueio",
             "o time ficou até a aurora do dia seguinte no war room"]
LAWS = ["Lei 13.709/2018", "LGPD (Lei nº 13.709/2018)", "Lei 12.965/2014 (Marco Civil)", "Res. CD/ANPD nº 15/2024",
        "Res. CD/ANPD nº 2/2022", "Lei 9.613/1998", "Res. BCB nº 343/2023", "Lei 8.078/1990", "Decreto 8.771/2016",
        "Res. CFM nº 1.821/2007", "Lei 13.787/2018", "Lei 14.155/2021"]


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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Ana ", "João ", "José ")) else self.given

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
    def inv_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def nf(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    """One written form of a name."""
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inv_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower(), "capsfirst": fold(p.first).upper()}[form]


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

    def alnum(self, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

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
                s = self.pick(WORD_SUR) if (word and not surnames and rng.random() < 0.5) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            elif len(surnames) >= 2 and rng.random() < 0.05:
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
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    def corp(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return f"{self.pick([f'{f}.{l}', f'{f}.{l}', f'{f[0]}{l}', f'{f}{l[0]}'])}@{domain}"

    def login(self, p: Person) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}", f"{f[0]}{l[:6]}{self.d(2)}", f"T{self.d(6)}"])

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
        return fmt_cpf(n) if style == "dot" else n

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.3) if alnum is None else alnum
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
        dash = self.chance(0.75) if dash is None else dash
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

    def tollfree(self) -> str:
        return self.pick([f"0800 {self.d(3)} {self.d(4)}", f"0800-{self.d(3)}-{self.d(4)}", f"4004-{self.d(4)}",
                          f"3003 {self.d(4)}"])

    def card(self, spaced: bool | None = None) -> str:
        b = self.pick(["4", "4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        spaced = self.chance(0.6) if spaced is None else spaced
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.pick('45')}{self.d(5)}******{self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
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
        return self.pick(["001 - Banco do Brasil", "341 - Itaú", "237 - Bradesco", "104 - Caixa", "260 - Nu Pagamentos",
                          "077 - Inter", "033 - Santander", "336 - C6", "290 - PagSeguro", "323 - Mercado Pago",
                          "756 - Sicoob", "748 - Sicredi", "380 - PicPay"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 181, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip_priv(self) -> str:
        return self.pick([f"10.{self.ri(0, 254)}.{self.ri(0, 254)}.{self.ri(2, 254)}",
                          f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}", f"172.{self.ri(16, 31)}.{self.ri(0, 254)}.{self.ri(2, 254)}"])

    def ip6(self) -> str:
        pre = self.pick(["2804:14c", "2804:7f4", "2804:431", "2804:d59", "2801:80", "2804:18"])
        return pre + ":" + ":".join((self.hexs(4) if self.chance(0.7) else self.hexs(self.ri(1, 3))).lstrip("0") or "0" for _ in range(6))

    def any_ip(self) -> str:
        r = self.rng.random()
        return self.ip6() if r < 0.15 else self.ip()

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"lote {self.rng.randint(1, 40)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
        return t, name, num, comp

    def address(self, style: str | None = None) -> str:
        t, name, num, comp = self.street_parts()
        style = style or self.pick(["text", "text", "text", "caps", "low"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Praça": "Pça."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1948, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "dash", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def ts(self, iso: bool = True) -> str:
        return f"{self.date('iso')}T{self.hms()}-03:00" if iso else f"{self.date('br')} {self.hms()}"

    def times(self, n: int, lo: int = 0, hi: int = 24 * 3600 - 1) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "4.03", "8.13", "8.06", "8.17"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(9)}", self.neg(12), f"LGPD-{self.d(6)}", f"REQ{self.d(7)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        if kind == "CRC":
            return f"CRC-{uf} {self.d(6)}/O-{self.ri(1, 9)}"
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM/{uf} {n}", f"CRM-{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} {n}"])

    def sei(self) -> str:
        return f"00261.{self.d(6)}/{self.ri(2024, 2026)}-{self.d(2)}"

    def order(self) -> str:
        return self.pick([f"PED-{self.d(8)}", f"#{self.d(10)}", f"{self.d(3)}-{self.d(7)}-{self.d(7)}", self.neg(11)])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "ab": f"{dd:02d}/{MONTHS_AB[mm - 1]}/{yy}",
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], sep: str = "  ") -> None:
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(sep.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t(sep.join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(sep)
            if k == len(r) - 1:
                doc.e(v, lab)
            else:
                doc.cell(v, w, lab)
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


def jv(doc: Doc, key: str, val: str, label: str | None, indent: str = "  ", last: bool = False) -> None:
    """One JSON string member: "key": "value","""
    doc.t(f'{indent}"{key}": "')
    doc.e(val, label)
    doc.t('"' + ("" if last else ",") + "\n")


def company(g: Gen) -> tuple[str, str]:
    """(company name, mail domain) of the data controller."""
    return g.pick([("Aurora Logística S.A.", "auroralog.com.br"), ("Glória Telecom", "gloriatelecom.com.br"),
                   ("Rosa dos Ventos Seguros S.A.", "rosadosventos.com.br"), ("Luz Pagamentos S.A.", "luzpag.com.br"),
                   ("Supermercados Prudente", "superprudente.com.br"), ("Mattar Distribuidora", "mattar.com.br"),
                   ("Ximenes Têxtil Ltda", "ximenestextil.com.br"), ("Nakamura Autopeças Ltda", "nakamurapecas.com.br"),
                   ("Conecta Brasil Internet", "conectabr.net.br"), ("Farmácias Bento Amado", "bentoamado.com.br"),
                   ("Varejão Catunda", "catunda.com.br"), ("Editora Flor de Maio", "flordemaio.com.br")])


def hexid(g: Gen) -> str:
    return g.pick([g.uuid(), g.hexs(24), f"{g.hexs(8)}-{g.hexs(4)}"])


# =========================================================================== atendimento


def at_dsar_email(g: Gen) -> Doc:
    """A data subject writes to the DPO (encarregado) asking access and deletion; the privacy team replies."""
    doc = Doc()
    c = g.person()
    co, dom = company(g)
    an, dpo = g.person(), g.person()
    city, uf = g.city()
    doc.f("De: «n» <«e»>\nPara: encarregado@«dom»\nData: «d», «h»\nAssunto: «s»\n\n",
          n=P(nf(g, c, ["full", "full", "low", "short"])), e=(g.email(c), "EMAIL_ADDRESS"), dom=dom,
          d=g.date("br"), h=g.hm(), s=g.pick(["Solicitação LGPD – acesso e exclusão dos meus dados", "pedido de exclusao de dados (LGPD)",
                                              "Requisição do titular - art. 18 LGPD", "Quero saber de onde vcs tiraram meu telefone"]))
    doc.f("«greet»\n\nCom base no art. 18 da «law», solicito a confirmação da existência de tratamento, o acesso aos dados "
          "que a «co» mantém sobre mim e a indicação das entidades com as quais foram compartilhados. «why»\n\n"
          "Seguem meus dados para localização do cadastro:\nNome completo: «n»\nCPF: «cpf»\nData de nascimento: «dob»\n"
          "Celular: «ph»\nEndereço: «ad» – «b», «city»/«uf» – CEP «cep»\n\n",
          greet=g.pick(["Prezado(a) Encarregado(a),", "Boa tarde,", "Olá, equipe de privacidade.", "Prezados,"]),
          law=g.pick(LAWS[:2]), co=co, why=g.pick([
              f"Tenho recebido ligações e SMS no número «ph2» oferecendo produtos que nunca contratei.",
              "Após cancelar meu cadastro em 2023 continuo recebendo e-mails de marketing.",
              "Peço também a exclusão dos dados desnecessários, conforme o inciso IV.",
              f"Um atendente citou meu endereço completo numa ligação e fiquei preocupad{c.o}."]),
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "br", "long"])), "DATE_OF_BIRTH"),
          ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address("text"), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"))
    # the «ph2» placeholder inside the chosen sentence is filled here
    if "«ph2»" in doc.text:
        i = doc.text.index("«ph2»")
        ph2 = g.phone()
        shift = len(ph2) - len("«ph2»")
        doc.text = doc.text[:i] + ph2 + doc.text[i + 5:]
        for s in doc.spans:
            if s["start"] > i:
                s["start"] += shift
                s["end"] += shift
        doc.spans.append({"start": i, "end": i + len(ph2), "label": "PHONE_NUMBER"})
    doc.f("Aguardo retorno no prazo legal.\n«sig»\n\n", sig=P(nf(g, c, ["first", "full", "short"])))
    prot = g.protocol()
    doc.f("-------- Mensagem respondida --------\nDe: Privacidade «co» <privacidade@«dom»>\nEm: «d»\n\n"
          "Olá, «fn»! Recebemos sua requisição e ela foi registrada sob o protocolo «p». O prazo de resposta é de até 15 dias "
          "(art. 19, II, da LGPD). Para confirmarmos sua identidade, pedimos que responda a este e-mail com foto do "
          "documento (RG «rg» informado no cadastro? confirme) e uma selfie segurando o documento.\n"
          "Obs.: o CPF que consta no nosso sistema para este e-mail termina em «m»; se não for o seu, avise.\n\n"
          "Atenciosamente,\n«an» — Analista de Privacidade | «ae»\nEncarregad«dx» pelo Tratamento de Dados: «dpo»\n"
          "Canal do titular: privacidade@«dom» · SAC «tf»\n",
          co=co, dom=dom, d=g.date("br"), fn=P(c.first), p=prot, rg=(g.rg(), "BR_RG"), m=g.d(2) if g.chance(0.5) else g.masked_cpf(),
          an=P(an.full), ae=(g.corp(an, dom), "EMAIL_ADDRESS"), dx=dpo.o, dpo=P(nf(g, dpo, ["full", "short"])), tf=g.tollfree())
    return doc


def at_helpdesk(g: Gen) -> Doc:
    """IT helpdesk ticket (GLPI-like): password reset and MFA re-enrolment of a contact-centre employee."""
    doc = Doc()
    co, dom = company(g)
    emp, ag, mgr = g.person(), g.person(), g.person()
    city, uf = g.city()
    lg = g.login(emp)
    doc.f("Chamado #«n» · Categoria: Acessos > «cat»\nAberto em «d» «h» via «via» · Prioridade: «pr»\n"
          "Requerente: «en» («lg») — «role», Central de Relacionamento «city»\nE-mail: «ee» · Ramal «r» · Celular: «ph»\n\n"
          "Descrição do usuário:\n\"«desc»\"\n\n",
          n=g.d(6), cat=g.pick(["Redefinição de senha / MFA", "Desbloqueio de conta AD", "Recuperação de conta + token"]),
          d=g.date("br"), h=g.hm(), via=g.pick(["portal", "telefone", "Teams", "e-mail"]), pr=g.pick(["Alta", "Média", "Crítica"]),
          en=P(nf(g, emp, ["full", "full", "caps"])), lg=lg, role=g.pick(["Operador de Atendimento", "Supervisora de Atendimento", "Analista de Qualidade", "Monitor de Chat"]),
          city=city, ee=(g.corp(emp, dom), "EMAIL_ADDRESS"), r=g.d(4), ph=(g.phone(), "PHONE_NUMBER"),
          desc=g.pick(["perdi o celular no fim de semana e o autenticador tava nele, preciso logar no genesys hoje",
                       "troquei de aparelho e o app de MFA nao migrou os codigos. bloqueou depois de 5 tentativas",
                       "minha senha expirou durante as férias e o link de reset cai num e-mail que eu não acesso mais",
                       "o sistema pede código SMS num número antigo que não é mais meu"]))
    doc.f("Validação de identidade (procedimento PSI-07, sem exceções):\n- CPF informado: «cpf» — confere com o RH\n"
          "- Data de nascimento: «dob» — confere\n- Matrícula: «mat»\n- Gestor imediato: «mgr» confirmou por Teams às «h»\n\n",
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(hi=2004), "DATE_OF_BIRTH"), mat=g.d(6), mgr=P(nf(g, mgr, ["full", "short", "first"])), h=g.hm())
    doc.t("Acompanhamentos:\n")
    ts = g.times(4, 7 * 3600, 19 * 3600)
    doc.f("[«t0»] «ag»: senha do AD redefinida, troca obrigatória no próximo logon. Token antigo (device \"iPhone de «fn»\") revogado no Entra ID.\n"
          "[«t1»] «ag»: último login bem-sucedido antes do bloqueio veio do IP «ip1» («c2»); novo enrollment feito a partir de «ip2» (estação «ws»).\n",
          t0=ts[0], t1=ts[1], ag=P(nf(g, ag, ["full", "short"])), fn=P(emp.first), ip1=(g.any_ip(), "IP_ADDRESS"),
          c2=g.pick([city, "São Paulo", "Fortaleza", "Recife"]), ip2=(g.ip_priv(), "IP_ADDRESS"), ws=f"CRC-{uf}-{g.d(3)}")
    if g.chance(0.5):
        doc.f("[«t2»] «ag»: usuário pediu para cadastrar o celular pessoal «ph» como fator secundário — negado, política exige app autenticador.\n",
              t2=ts[2], ag=P(ag.first), ph=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("[«t2»] «u»: ok, consegui entrar. obrigad«x» «ag»!\n", t2=ts[2], u=P(nf(g, emp, ["first", "lowfirst", "nick"])), x=emp.o, ag=P(ag.first))
    doc.f("[«t3»] sistema: chamado resolvido dentro do SLA (4h). Pesquisa de satisfação enviada para «ee».\n\n"
          "Nota interna: «w». Ticket relacionado INC«i».\n",
          t3=ts[3], ee=(g.corp(emp, dom), "EMAIL_ADDRESS"), w=g.pick(WORD_USES), i=g.d(7))
    return doc


def at_siem(g: Gen) -> Doc:
    """SOC alert on a customer account of the app (impossible travel / new device), JSON payload and triage notes."""
    doc = Doc()
    c = g.person()
    a1, a2 = g.person(), g.person()
    co, dom = company(g)
    rule = g.pick(["ATO-IMPOSSIBLE-TRAVEL-v3", "CUST-NEW-DEVICE-HIGH-RISK", "CRED-STUFFING-SUCCESS", "MFA-FATIGUE-CUSTOMER"])
    doc.f("[SOC][«sev»] «rule» — app clientes «co»\nalert_id: «aid» · detectado «d» «h» · fonte: Sentinel\n\n```json\n{\n",
          sev=g.pick(["P1", "P2", "P2", "P3"]), rule=rule, co=co, aid=g.uuid(), d=g.date("br"), h=g.hms())
    jv(doc, "customer_id", f"{g.d(9)}", None)
    jv(doc, "customer_name", nf(g, c, ["full", "caps", "plain"]), "PERSON")
    jv(doc, "customer_cpf", g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
    jv(doc, "email", g.email(c), "EMAIL_ADDRESS")
    jv(doc, "phone_on_file", g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")
    doc.t('  "events": [\n')
    geos = [("Manaus", "BR"), ("São Paulo", "BR"), ("Lisboa", "PT"), ("Miami", "US"), ("Ciudad del Este", "PY"),
            ("Recife", "BR"), ("Porto Alegre", "BR"), ("Lagos", "NG"), ("Frankfurt", "DE")]
    n = g.ri(2, 4)
    tss = g.times(n, 0, 6 * 3600)
    for k in range(n):
        gc, cc = g.pick(geos)
        doc.t('    {"ts": "' + g.date("iso") + "T" + tss[k] + '-03:00", "src_ip": "')
        doc.e(g.any_ip(), "IP_ADDRESS")
        doc.t(f'", "geo": "{gc}, {cc}", "device": "{g.pick(["iPhone14,3", "SM-A546E", "Moto g84", "Chrome/124 Win10", "Redmi Note 12"])}", '
              f'"result": "{g.pick(["success", "success", "mfa_passed", "fail"])}"' + "}" + ("," if k < n - 1 else "") + "\n")
    doc.t("  ],\n")
    jv(doc, "risk_score", f"{g.ri(70, 99)}", None, last=True)
    doc.t("}\n```\n\nTriagem:\n")
    doc.f("- «a1» («t1»): contato com o cliente no «ph» às «h». «out»\n",
          a1=P(nf(g, a1, ["full", "short"])), t1=g.pick(["N1", "SOC N1", "plantão"]), ph=(g.phone(), "PHONE_NUMBER"), h=g.hm(),
          out=g.pick([f"{c.first} não reconhece os acessos; disse que o e-mail {g.email(c)} foi invadido semana passada.",
                      "Caiu na caixa postal duas vezes; SMS de verificação enviado.",
                      f"Atendeu {'o marido' if c.female else 'a esposa'}, {g.relative(c, not c.female).full}, que informou que {'ela' if c.female else 'ele'} está viajando a trabalho."]))
    # the free text above may carry a name or e-mail: label them
    last = doc.text.rfind("\n", 0, len(doc.text) - 1)
    seg_start = last + 1
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", doc.text[seg_start:]):
        doc.spans.append({"start": seg_start + m.start(), "end": seg_start + m.end(), "label": "EMAIL_ADDRESS"})
    for pat in ((re.escape(c.first) + r"(?= não reconhece)"), r"(?<=(?:esposa|marido), )[^,]+(?=, que)"):
        for m in re.finditer(pat, doc.text[seg_start:]):
            doc.spans.append({"start": seg_start + m.start(), "end": seg_start + m.end(), "label": "PERSON"})
    doc.f("- «a2»: sessões revogadas, senha resetada, dispositivo «dev» removido da lista de confiáveis. "
          "IP «ip» adicionado à blocklist (ASN de hosting). Caso ATO-«k» aberto para Prevenção a Fraudes.\n"
          "- Comunicação ao titular: template COM-SEG-04 via e-mail e push. Sem indício de vazamento em massa — não aciona o encarregado.\n",
          a2=P(nf(g, a2, ["full", "first", "short", "nick"])), dev=g.hexs(16), ip=(g.ip(), "IP_ADDRESS"), k=g.d(6))
    return doc


def at_recovery_chat(g: Gen) -> Doc:
    """Chat transcript: account recovery after a SIM swap, bot first, then a human attendant."""
    doc = Doc()
    c, at = g.person(), g.person()
    bot = g.pick(["Lia", "Gigi", "Téo", "Ana (assistente virtual)", "Zapinho"])
    ts = g.times(11, 8 * 3600, 21 * 3600)
    cname = nf(g, c, ["low", "full", "lowshort", "plain"])
    doc.f("Transcrição de atendimento · canal «ch» · protocolo «p»\n\n", ch=g.pick(["WhatsApp", "chat do app", "webchat"]), p=g.protocol())
    doc.f("[«t0»] «bot»: Olá! Sou a «bot», assistente virtual. Como posso ajudar?\n"
          "[«t1»] Cliente: «m1»\n[«t2»] «bot»: Entendi. Vou te transferir para um especialista em segurança. Aguarde.\n"
          "[«t3»] «at» (atendente): Oi, aqui é «atx» «af», tudo bem? Pra sua segurança preciso confirmar nome completo, CPF e data de nascimento.\n"
          "[«t4»] Cliente: «cn» «cpf» nasci «dob»\n",
          t0=ts[0], t1=ts[1], t2=ts[2], t3=ts[3], t4=ts[4], bot=bot,
          m1=g.pick(["quero recuperar minha conta, trocaram meu email", "nao consigo entrar, diz q o celular foi alterado",
                     "alguem entrou na minha conta e mudou tudo", "meu chip parou de funcionar e agora o app pede codigo"]),
          at=P(at.first), atx=at.o, af=P(at.first), cn=P(cname),
          cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    doc.f("[«t5»] «at»: Obrigad«x», «cf». E o CEP do endereço de cadastro?\n[«t6»] Cliente: «cep»\n"
          "[«t7»] «at»: Confere. O e-mail que está hoje na conta é «me» — você reconhece?\n"
          "[«t8»] Cliente: nao!!! o meu é «em». ontem a tarde meu chip ficou sem sinal, a operadora disse que pediram troca de chip do «ph» numa loja em «loja»\n",
          t5=ts[5], t6=ts[6], t7=ts[7], t8=ts[8], at=P(at.first), x=at.o, cf=P(nf(g, c, ["first", "nick"])),
          cep=(g.cep(), "BR_CEP"), me=g.pick(["r*****7@proton.me", "j***@gmail.com", "c******s@outlook.com"]),
          em=(g.email(c), "EMAIL_ADDRESS"), ph=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"),
          loja=g.pick(["Osasco", "Duque de Caxias", "Contagem", "Aparecida de Goiânia", "Ananindeua"]))
    doc.f("[«t9»] «at»: Entendi, isso tem cara de troca de chip fraudulenta. Bloqueei a conta agora, revertemos o e-mail para «em» "
          "e abri a contestação «p». Cadastre um novo número quando a operadora restabelecer a linha. Algum outro contato pra gente falar com você?\n"
          "[«t10»] Cliente: «alt»\n\n[encerrado por «ag» — tabulação: SEGURANÇA > SIM SWAP > CONTA RECUPERADA]\n",
          t9=ts[9], t10=ts[10], at=P(at.first), em=(g.email(c), "EMAIL_ADDRESS"), p=g.protocol(),
          alt=g.pick([("liga no fixo de casa " + "«X»"), "meu marido «Y» no «X»", "pode ser no whats da minha filha «X»"]),
          ag=g.login(at))
    fix_placeholders(doc, g, c)
    return doc


def fix_placeholders(doc: Doc, g: Gen, c: Person) -> None:
    """Fill «X» (a phone) and «Y» (a relative's name) left inside a picked sentence."""
    for key, label in (("«Y»", "PERSON"), ("«X»", "PHONE_NUMBER")):
        while key in doc.text:
            i = doc.text.index(key)
            v = g.relative(c).first if key == "«Y»" else g.phone(mobile=g.chance(0.6))
            shift = len(v) - len(key)
            doc.text = doc.text[:i] + v + doc.text[i + len(key):]
            for s in doc.spans:
                if s["start"] > i:
                    s["start"] += shift
                    s["end"] += shift
            doc.spans.append({"start": i, "end": i + len(v), "label": label})


def at_breach_letter(g: Gen) -> Doc:
    """Breach notice to an affected customer (mail merge) with the internal batch file appended."""
    doc = Doc()
    co, dom = company(g)
    c, dpo = g.person(), g.person()
    city, uf = g.city()
    doc.f("Assunto: «subj»\nPara: «em»\n\nOlá, «fn»,\n\n", subj=g.pick(["Comunicado importante sobre a segurança dos seus dados",
                                                                        "Aviso de incidente de segurança", "[Importante] Seus dados e a nossa responsabilidade"]),
          em=(g.email(c), "EMAIL_ADDRESS"), fn=P(nf(g, c, ["first", "first", "full", "capsfirst"])))
    doc.f("Em «d», identificamos o acesso indevido a um ambiente de testes mantido por um fornecedor de «what» contratado pela «co» (o «w»). "
          "Assim que soubemos, isolamos o ambiente, trocamos credenciais e iniciamos uma investigação com perícia independente.\n\n"
          "Os dados pessoais vinculados ao seu cadastro que podem ter sido expostos são:\n"
          "• Nome: «n»\n• E-mail: «em»\n• Telefone: «ph»\n• Endereço de entrega: «ad», «city»/«uf», CEP «cep»\n",
          d=g.date("long"), what=g.pick(["logística", "envio de SMS", "CRM", "pesquisa de satisfação"]), co=co,
          w=g.pick(["nosso parceiro não seguia a política de senhas", "acesso partiu de credencial vazada de um prestador", "ambiente deveria conter só dados fictícios"]),
          n=P(c.full), em=(g.email(c), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"), ad=(g.address("text"), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        doc.f("• Data de nascimento: «dob»\n", dob=(g.dob(), "DATE_OF_BIRTH"))
    doc.f("\nNão foram expostas senhas nem dados completos de cartão (apenas o final «f»). Comunicamos o incidente à ANPD "
          "(processo SEI nº «sei») nos termos «law».\n\nRecomendamos desconfiar de ligações e mensagens em nosso nome pedindo códigos ou pagamentos. "
          "A «co» nunca pede senha por telefone.\n\nDúvidas: privacidade@«dom» ou «tf» (dias úteis, 8h às 20h).\n\n"
          "«dpo»\nEncarregad«x» pelo Tratamento de Dados Pessoais — «co»\n\n",
          f=g.d(4), sei=g.sei(), law=g.pick(["da Res. CD/ANPD nº 15/2024", "do art. 48 da Lei 13.709/2018"]), co=co, dom=dom, tf=g.tollfree(),
          dpo=P(nf(g, dpo, ["full", "full", "short"])), x=dpo.o)
    doc.f("[interno — lote_notificacao_«d».csv, linhas «a»–«b» de «tot»; disparo por «op»]\n",
          d=g.date("compact"), a=g.ri(1, 500), b=g.ri(501, 900), tot=f"{g.ri(2, 80)}.{g.d(3)}", op=g.pick(["noreply-incidente", "mkt-cloud-batch", "svc_notifica"]))
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        rows.append([P(nf(g, p, ["full", "caps", "plain"])), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"),
                     (g.cep(g.chance(0.5)), "BR_CEP"), V(g.pick(["email", "email+sms", "sms", "carta"])), V(g.pick(["sim", "nao"]))])
    table_csv(doc, ["nome", "email", "telefone", "cep", "canal", "dn_exposta"], rows)
    return doc


def at_lost_laptop(g: Gen) -> Doc:
    """Incident report: a contact-centre laptop stolen from an employee's car, with the data at risk."""
    doc = Doc()
    emp, an, dpo, ag = g.person(), g.person(), g.person(), g.person()
    co, dom = company(g)
    city, uf = g.city()
    doc.f("RELATÓRIO DE INCIDENTE — PERDA/FURTO DE EQUIPAMENTO\nNº INC-«n» | Classificação: «cl» | Registrado por: «an»\n\n"
          "Colaborador(a): «en» (matr. «m») — «role»\nCPF: «cpf» | Celular corporativo: «ph» | E-mail: «ee»\n"
          "Equipamento: notebook «model», patrimônio PAT-«pat», service tag «tag», criptografia de disco: «bl»\n\n",
          n=g.d(6), cl=g.pick(["Confidencialidade", "Confidencial / Dados Pessoais"]), an=P(nf(g, an, ["full", "short"])),
          en=P(nf(g, emp, ["full", "caps", "inverted"])), m=g.d(6), role=g.pick(["Supervisor de Atendimento", "Analista de Retenção", "Coordenadora de Backoffice"]),
          cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(), "PHONE_NUMBER"), ee=(g.corp(emp, dom), "EMAIL_ADDRESS"),
          model=g.pick(["Dell Latitude 5440", "Lenovo ThinkPad E14", "HP ProBook 440 G9"]), pat=g.d(6), tag=g.alnum(7),
          bl=g.pick(["BitLocker ativo", "BitLocker ativo (TPM+PIN)", "NÃO (máquina fora do padrão)"]))
    doc.f("Ocorrência: em «d», por volta das «h», o veículo do colaborador (placa «pl») foi arrombado enquanto estacionado na «st», "
          "perto do «lm», em «city». Boletim de ocorrência nº «bo»/«y» registrado na delegacia on-line. Residência do colaborador: «ad», CEP «cep».\n"
          "Último check-in do dispositivo no Intune: «d2» «h2», IP público «ip».\n\n",
          d=g.date("br"), h=g.hm(), pl=(g.plate(), "LICENSE_PLATE"), st=g.pick(HONOUR_STREETS), lm=g.pick(["shopping", "terminal de ônibus", "fórum", "estádio"]), city=city,
          bo=g.d(6), y=g.pick([2025, 2026]), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), d2=g.date("br"), h2=g.hms(),
          ip=(g.any_ip(), "IP_ADDRESS"))
    doc.f("Conteúdo em risco: planilha local \"«fname»\" com «k» clientes (nome, CPF, telefone). Amostra conferida pelo time de privacidade:\n",
          fname=g.pick(["retornos_pendentes.xlsx", "retencao_semana.xlsx", "lista_callback_FINAL(2).xlsx"]), k=g.ri(40, 900))
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        rows.append([P(nf(g, p, ["caps", "full", "plain"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.phone(), "PHONE_NUMBER"),
                     V(g.pick(["retenção", "cancelamento", "2ª via", "portabilidade"]))])
    table_fixed(doc, ["NOME", "CPF", "TELEFONE", "MOTIVO"], rows)
    doc.f("\nAções: wipe remoto enviado por «ag» às «h»; conta AD desabilitada; tokens revogados. "
          "Avaliação d«dx» encarregad«dx» («dpo»): «ev»\n",
          ag=P(nf(g, ag, ["full", "short", "first"])), h=g.hm(), dx=dpo.o, dpo=P(nf(g, dpo, ["full", "short"])),
          ev=g.pick(["risco baixo — disco criptografado, sem comunicação à ANPD (Res. CD/ANPD nº 15/2024, art. 5º).",
                     "risco relevante — máquina sem criptografia; comunicar ANPD e titulares em 3 dias úteis.",
                     "aguardar perícia; seria prudente notificar os titulares mesmo assim."]))
    return doc


def at_access_log(g: Gen) -> Doc:
    """Audit of who opened a customer's record in the CRM, after the customer complained."""
    doc = Doc()
    c, req, law_ = g.person(), g.person(), g.person()
    doc.f("Auditoria de acessos — CRM Atendimento (Salesforce) — titular: «cn» (CPF «cpf»)\nSolicitante: «rq» (Privacidade) · "
          "motivo: titular relatou ligação de suposto funcionário que sabia seu endereço e data de nascimento («dob»).\n"
          "Período: «d1» a «d2» · extração por «sys»\n\n",
          cn=P(nf(g, c, ["full", "caps"])), cpf=(g.cpf(), "BR_CPF"), rq=P(nf(g, req, ["full", "short"])),
          dob=(g.dob(), "DATE_OF_BIRTH"), d1=f"{g.ri(1, 14):02d}/0{g.ri(1, 5)}/2025", d2=f"{g.ri(1, 28):02d}/{g.ri(6, 12):02d}/2025", sys=g.pick(["svc_audit_export", "job EventLogFile", "integracao.siem"]))
    users = [g.person() for _ in range(g.ri(3, 4))]
    logins = [g.login(u) for u in users]
    rows = []
    n = g.ri(5, 7)
    ts = g.times(n)
    day = g.date("iso")
    for k in range(n):
        i = g.ri(0, len(users) - 1)
        u = users[i]
        rows.append([V(f"{day} {ts[k]}"), V(logins[i]), P(nf(g, u, ["full", "short", "caps"])),
                     (g.ip_priv() if g.chance(0.7) else g.ip(), "IP_ADDRESS"),
                     V(g.pick(["VIEW", "VIEW", "EXPORT", "EDIT", "VIEW_FIELD"])), V(g.pick(["Account", "Contact.Birthdate", "Address__c", "Case", "Contact.Phone"])),
                     V(g.pick(["", "", f"00{g.d(6)}"]))])
    table_csv(doc, ["timestamp", "usuario", "nome_usuario", "ip_origem", "acao", "objeto", "caso_vinculado"], rows)
    sus = rows[g.ri(0, n - 1)]
    doc.f("\nConclusão: o acesso de «u» às «h» (IP «ip») não tem caso vinculado nem contato do cliente no dia; houve EXPORT do contato. "
          "Encaminhado ao RH e ao Jurídico («lw», «oab») para apuração. Telefone de retorno do titular: «ph».\n",
          u=(sus[2][0], "PERSON"), h=sus[0][0][-8:], ip=(sus[3][0], "IP_ADDRESS"), lw=P(nf(g, law_, ["full", "short"])),
          oab=(g.council("OAB"), "PROFESSIONAL_ID"), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico


def ju_legal_hold(g: Gen) -> Doc:
    """Legal hold notice to custodians (e-discovery), with the custodian table and data sources."""
    doc = Doc()
    co, dom = company(g)
    lw, para, plt = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("PRIVILEGIADO E CONFIDENCIAL — COMUNICAÇÃO ADVOGADO-CLIENTE\n\nNOTIFICAÇÃO DE PRESERVAÇÃO DE DOCUMENTOS (LEGAL HOLD) nº LH-«y»-«n»\n"
          "Matéria: «mat»\nProcesso nº «cnj» — «v»ª Vara «vt» de «city»/«uf»\nEmitida por: «lw», «oab» — Jurídico Contencioso\nData: «d»\n\n",
          y=g.pick([2025, 2026]), n=g.d(3), mat=g.pick(["ação indenizatória por vazamento de dados", "reclamação trabalhista (horas extras e assédio)",
                                                       "ação civil pública — telemarketing abusivo", "investigação interna — desvio de base de clientes"]),
          cnj=g.cnj(), v=g.ri(1, 45), vt=g.pick(["Cível", "do Trabalho", "Empresarial", "da Fazenda Pública"]), city=city, uf=uf,
          lw=P(nf(g, lw, ["full", "full", "short"])), oab=(oab := g.council("OAB", uf), "PROFESSIONAL_ID"), d=g.date("br"))
    doc.f("Prezados,\n\nEm razão da ação movida por «pl» (CPF «cpf») contra a «co», vocês foram identificados como custodiantes de informações relevantes. "
          "A partir de agora e até nova comunicação, é PROIBIDO apagar, alterar ou mover e-mails, arquivos do OneDrive/SharePoint, conversas do Teams, "
          "mensagens do WhatsApp corporativo e gravações de atendimento relacionadas ao tema, desde «d0». As políticas automáticas de retenção "
          "das caixas abaixo foram suspensas pela TI.\n\nCustodiantes:\n",
          pl=P(nf(g, plt, ["full", "caps", "full"])), cpf=(g.cpf(), "BR_CPF"), co=co, d0=g.date("br", 2023))
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rows.append([P(nf(g, p, ["full", "full", "short", "inv_title"])), V(g.pick(["Gerente de CX", "Coord. de Cobrança", "Analista de CRM", "Diretor Comercial",
                                                                              "Supervisora de Telemarketing", "DBA", "Analista de BI"])),
                     (g.corp(p, dom), "EMAIL_ADDRESS"), (g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"),
                     V(g.pick(["Exchange + OneDrive", "Exchange + Teams", "Teams + WhatsApp corp.", "Exchange"]))])
    table_md(doc, ["Nome", "Cargo", "E-mail", "Celular corp.", "Fontes"], rows)
    doc.f("\nFontes não pessoais também preservadas: logs do CRM (90 dias → retenção estendida), tabelas `crm.contato` e `crm.interacao`, "
          "gravações do discador vinculadas ao telefone «ph» do autor. O caso foi aberto no Microsoft Purview eDiscovery (Premium) como «case».\n\n"
          "Dúvidas: «pa» («pe», ramal «r»). Confirme a ciência até «d» respondendo este e-mail — o descumprimento pode gerar sanções processuais "
          "(art. 77 do CPC) e disciplinares.\n\n«lw2»\n«oab2»\n",
          ph=(g.phone(), "PHONE_NUMBER"), case=f"LH-{g.d(4)}",
          pa=P(nf(g, para, ["full", "short"])), pe=(g.corp(para, dom), "EMAIL_ADDRESS"), r=g.d(4), d=g.date("br"),
          lw2=P(lw.full), oab2=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_review(g: Gen) -> Doc:
    """E-discovery review platform export (CSV) of documents hitting PII search terms, before redaction."""
    doc = Doc()
    co, dom = company(g)
    rv = g.person()
    doc.f("Revisão — workspace «ws» — busca salva \"PII hits — 2ª camada\" — exportado por «rv» em «d» «h»\n"
          "Bates: «pre»_«b1» a «pre»_«b2» · total «n» documentos · amostra abaixo\n\n",
          ws=g.pick(["\"Proc. Trab. 2025\"", "\"Investigação Interna Retenção\"", "\"ACP Telemarketing\"", "\"Arbitragem Fornecedor\""]),
          rv=P(nf(g, rv, ["full", "short"])), d=g.date("br"), h=g.hm(), pre=co.split()[0].upper()[:6], b1=f"{(b0 := g.ri(1000, 400000)):06d}",
          b2=f"{b0 + g.ri(200, 9000):06d}", n=g.ri(200, 9000))
    rows = []
    for _ in range(g.ri(3, 5)):
        cust, oth, third = g.person(), g.person(), g.person()
        kind = g.pick(["CPF", "TELEFONE", "DN", "CARTAO", "ENDERECO", "CPF+RG"])
        if kind == "CPF":
            snip = [V("...cliente "), P(nf(g, third, ["full", "caps"])), V(" CPF "), (g.cpf(), "BR_CPF"), V(" pediu estorno...")]
        elif kind == "TELEFONE":
            snip = [V("...liga pro "), P(nf(g, third, ["first", "full"])), V(" no "), (g.phone(), "PHONE_NUMBER"), V(" e oferece o desconto...")]
        elif kind == "DN":
            snip = [V("...segue planilha: "), P(nf(g, third, ["caps", "full"])), V(", nasc. "), (g.dob("br"), "DATE_OF_BIRTH"), V(", limite aprovado...")]
        elif kind == "CARTAO":
            snip = [V("...o cartão "), (g.card(), "CREDIT_CARD"), V(" foi usado de novo, bloquear...")]
        elif kind == "ENDERECO":
            snip = [V("...entregar na "), (g.address("low"), "ADDRESS"), V(" cep "), (g.cep(), "BR_CEP"), V(" aos cuidados de "), P(nf(g, third, ["first", "low"])), V("...")]
        else:
            snip = [V("...RG "), (g.rg(), "BR_RG"), V(" e CPF "), (g.cpf(), "BR_CPF"), V(" conferidos...")]
        rows.append((g.d(7), cust, oth, kind, snip))
    doc.t("ControlNumber,Custodian,DateSent,From,To,PII_Type,Snippet,Privilege,Coding\n")
    pre = co.split()[0].upper()[:6]
    for ctrl, cust, oth, kind, snip in rows:
        doc.f("«pre»«c»,«cu»,«d»,«fr»,«to»,«k»,\"", pre=pre, c=ctrl, cu=P(nf(g, cust, ["full", "short"])),
              d=g.date("iso"), fr=(g.corp(cust, dom), "EMAIL_ADDRESS"), to=(g.corp(oth, dom) if g.chance(0.6) else g.email(oth), "EMAIL_ADDRESS"), k=kind)
        for v, lab in snip:
            doc.e(v, lab)
        doc.f("\",«pv»,«cd»\n", pv=g.pick(["Not Privileged", "Not Privileged", "Privileged - AC", "Partial"]),
              cd=g.pick(["Responsive", "Responsive", "Non-Responsive", "Hot"]))
    doc.f("\nNota de «a» («oab»): tarjar CPF, RG, cartões e datas de nascimento de terceiros antes da produção (Bates «pre»_«b»); "
          "manter nomes dos empregados. Log de redação no campo RedactionNotes. «w».\n",
          a=P(nf(g, g.person(), ["full", "short"])), oab=(g.council("OAB"), "PROFESSIONAL_ID"), pre=pre, b=g.d(6),
          w=g.pick(["Seria prudente revisar de novo os anexos .msg", "Os e-mails com a equipe de Aurora (projeto) ficam de fora", "Prazo: sexta"]))
    return doc


def ju_anpd_cis(g: Gen) -> Doc:
    """Security incident communication (CIS) to the ANPD, filled in by the controller, with a sample of affected records."""
    doc = Doc()
    co, dom = company(g)
    dpo, lw = g.person(), g.person()
    city, uf = g.city()
    doc.f("COMUNICAÇÃO DE INCIDENTE DE SEGURANÇA COM DADOS PESSOAIS — ANPD\nTipo: «tp» · Processo SEI «sei»\n\n"
          "1. AGENTE DE TRATAMENTO\nRazão social: «co»\nCNPJ: «cnpj»\nSede: «sede», «city»/«uf»\nPapel: controlador\n"
          "Encarregado(a): «dpo» — e-mail: encarregado@«dom» — telefone: «ph»\n"
          "Notificante: «lw», «oab», «le»\n\n",
          tp=g.pick(["(X) Completa ( ) Preliminar", "( ) Completa (X) Preliminar"]), sei=g.sei(), co=co,
          cnpj=(g.cnpj(), "BR_CNPJ"), sede=g.pick(["Av. Santos Dumont, 2626, 10º andar", "Rua Barão de Mauá, 88", "Av. Presidente Vargas, 1100, sala 702"]),
          city=city, uf=uf, dpo=P(nf(g, dpo, ["full", "full", "caps"])), dom=dom, ph=(g.phone(), "PHONE_NUMBER"),
          lw=P(nf(g, lw, ["full", "short"])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), le=(g.corp(lw, dom), "EMAIL_ADDRESS"))
    n_aff = g.ri(300, 480000)
    doc.f("2. INCIDENTE\nData da ciência: «d1» · Data provável da ocorrência: «d2»\nNatureza: «nat»\n"
          "Descrição: «desc»\nTitulares afetados (estimativa): «n»\nCategorias de dados: nome, CPF, data de nascimento, telefone, e-mail, endereço«ex»\n"
          "Dados sensíveis: «sens»\nCrianças/adolescentes: «kids»\n\n",
          d1=g.date("br"), d2=g.date("br"), nat=g.pick(["ransomware", "acesso não autorizado (credencial de prestador)", "exposição de bucket público", "envio indevido por e-mail"]),
          desc=g.pick(["cópia de banco de dados de homologação que continha dados reais foi exfiltrada a partir do IP «IP»",
                       "planilha com dados de clientes enviada a destinatário externo por erro de autocompletar; o destinatário confirmou a exclusão",
                       "bucket de armazenamento com backups de CRM ficou público por 11 dias; acesso registrado do IP «IP»"]),
          n=f"{n_aff:,}".replace(",", "."), ex=g.pick(["", ", número do cartão mascarado", ", IP de acesso"]),
          sens=g.pick(["não", "sim — dado de saúde (CID) em 2% dos registros"]), kids=g.pick(["não", "sim, dependentes"]))
    while "«IP»" in doc.text:
        i = doc.text.index("«IP»")
        v = g.ip()
        doc.text = doc.text[:i] + v + doc.text[i + 4:]
        doc.spans.append({"start": i, "end": i + len(v), "label": "IP_ADDRESS"})
    doc.t("3. AMOSTRA DE REGISTROS (Anexo III, para dimensionamento — não divulgar)\n")
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        rows.append([P(nf(g, p, ["caps", "full", "plain"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.dob("br"), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.email(p), "EMAIL_ADDRESS"), (g.cep(), "BR_CEP")])
    table_fixed(doc, ["NOME", "CPF", "NASCIMENTO", "TELEFONE", "EMAIL", "CEP"], rows, sep=" | ")
    doc.f("\n4. MEDIDAS\nComunicação aos titulares em «d» (e-mail e SMS); Boletim de ocorrência nº «bo»; perícia pela «pf» (CNPJ «cnpj2»). "
          "Fundamentação: art. 48 da «law» e «res».\n",
          d=g.date("br"), bo=g.d(8), pf=g.pick(["Sentinela Forense Digital Ltda", "Tabosa & Catunda Advogados", "CyberVitória Segurança"]),
          cnpj2=(g.cnpj(), "BR_CNPJ"), law=g.pick(["Lei 13.709/2018", "LGPD"]), res=g.pick(["Res. CD/ANPD nº 15/2024", "Res. CD/ANPD nº 2/2022"]))
    return doc


def ju_dsar_report(g: Gen) -> Doc:
    """Formal answer to a full access request: the data held about the titular, system by system."""
    doc = Doc()
    co, dom = company(g)
    c, an, dpo = g.person(), g.person(), g.person()
    mom = g.relative(c, True)
    city, uf = g.city()
    doc.f("«co» — RELATÓRIO DE DADOS PESSOAIS (art. 19, II, da «law»)\nRequisição nº «p» · recebida em «d1» · respondida em «d2»\n"
          "Titular: «n»\n\n1. DADOS CADASTRAIS (CRM / ERP)\n",
          co=co, law=g.pick(["Lei 13.709/2018", "LGPD"]), p=g.protocol(), d1=f"{(dd := g.ri(1, 12)):02d}/{(mm := g.ri(1, 11)):02d}/2025",
          d2=f"{dd + g.ri(3, 14):02d}/{mm:02d}/2025", n=P(nf(g, c, ["full", "caps"])))
    doc.f("   Nome: «n»\n   CPF: «cpf»\n   RG: «rg» «org»\n   Data de nascimento: «dob»\n   Nome da mãe: «mae»\n"
          "   E-mail: «em»\n   Telefones: «p1» (celular) · «p2» (residencial)\n",
          n=P(c.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-BA", "SESP/PR", "DETRAN/RJ"]),
          dob=(g.dob(), "DATE_OF_BIRTH"), mae=P(nf(g, mom, ["full", "caps"])), em=(g.email(c), "EMAIL_ADDRESS"),
          p1=(g.phone(), "PHONE_NUMBER"), p2=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.t("   Endereços (histórico):\n")
    for k in range(g.ri(1, 2) + 1):
        ci, u = g.city()
        doc.f("     - «ad», «ci»/«u», CEP «cep» («st»)\n", ad=(g.address(), "ADDRESS"), ci=ci, u=u, cep=(g.cep(), "BR_CEP"),
              st="atual" if k == 0 else f"até {g.date('br', 2023)}")
    doc.t("\n2. REGISTROS DE ACESSO À APLICAÇÃO (art. 15 da Lei 12.965/2014 — guarda de 6 meses)\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        rows.append([V(f"{g.date('br')} {g.hms()}"), (g.any_ip(), "IP_ADDRESS"), V(str(g.ri(1024, 65535))), V(g.pick(["app Android", "app iOS", "web"]))])
    table_fixed(doc, ["data/hora (BRT)", "IP", "porta", "origem"], rows)
    doc.f("\n3. DADOS FINANCEIROS\n   Conta para reembolso: banco «bk», agência «ag», conta «cc»\n   Cartão cadastrado: «mc» (token de rede, número completo não é armazenado)\n\n"
          "4. COMPARTILHAMENTOS\n   «b1» (birô de crédito) — CNPJ «c1»; «b2» (gateway de SMS) — CNPJ «c2»\n\n"
          "5. DADOS QUE NÃO MANTEMOS\n   Biometria, dados de saúde, gravações anteriores a «d0» (descartadas pela política de retenção).\n\n"
          "Elaborado por: «an» (Privacidade) · Validado por: «dpo», encarregad«x» · «oab»\n",
          bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), mc=g.masked_card(),
          b1=g.pick(["Boa Vista SCPC", "Serasa Experian", "Quod"]), c1=(g.cnpj(), "BR_CNPJ"), b2=g.pick(["Zenvia", "Infobip", "Aurora SMS Ltda"]),
          c2=(g.cnpj(), "BR_CNPJ"), d0=g.date("br", 2022), an=P(nf(g, an, ["full", "short"])), dpo=P(nf(g, dpo, ["full"])), x=dpo.o,
          oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    return doc


def ju_court_order(g: Gen) -> Doc:
    """Reply to a court order for subscriber data and connection logs of an account (Marco Civil)."""
    doc = Doc()
    co, dom = company(g)
    sus, lw, judge = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA CRIMINAL DA COMARCA DE «city»/«uf»\n\n"
          "Ref.: Ofício nº «of»/«y» — Autos nº «cnj»\n\n«co», inscrita no CNPJ sob o nº «cnpj», por sua advogada infra-assinada, "
          "vem, em cumprimento à r. decisão proferida pel«jx» MM. Juiz«ja» «judge», que determinou o fornecimento dos dados cadastrais "
          "e registros de conexão vinculados ao terminal «tel», informar o que segue.\n\n",
          v=g.ri(1, 12), city=fold(city).upper(), uf=uf, of=g.d(4), y=g.pick([2025, 2026]), cnj=g.cnj(), co=co.upper(),
          cnpj=(g.cnpj(), "BR_CNPJ"), jx="a" if judge.female else "o", ja="a" if judge.female else "", judge=P(nf(g, judge, ["full", "full", "caps"])),
          tel=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    doc.f("I — DADOS CADASTRAIS\nNome: «n»\nCPF: «cpf»\nData de nascimento: «dob»\nE-mail: «em»\nEndereço informado: «ad», «b», CEP «cep»\n"
          "Data do cadastro: «dc»\n\nII — REGISTROS DE ACESSO (horário de Brasília, UTC-3)\n",
          n=P(nf(g, sus, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), em=(g.email(sus), "EMAIL_ADDRESS"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), dc=g.date("br", 2022))
    rows = []
    for _ in range(g.ri(4, 6)):
        rows.append([V(f"{g.date('br')} {g.hms()}"), (g.any_ip(), "IP_ADDRESS"), V(str(g.ri(1024, 65535))), V(g.pick(["login", "login", "alteração de senha", "transação"]))])
    table_fixed(doc, ["DATA/HORA", "ENDEREÇO IP", "PORTA LÓGICA", "EVENTO"], rows)
    doc.f("\nIII — Esclarece que não armazena o conteúdo de comunicações privadas e que os registros acima foram preservados em ata notarial "
          "(hash SHA-256 «h»). Permanece à disposição pelo e-mail juridico@«dom».\n\n«city2», «d».\n\n«lw»\n«oab»\n",
          h=g.hexs(64), dom=dom, city2=city, d=g.date("long"), lw=P(nf(g, lw, ["full", "caps"])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_background(g: Gen) -> Doc:
    """Background-check dossier of a candidate (fraud-prevention role), with consent and findings."""
    doc = Doc()
    c, an, r1, r2 = g.person(), g.person(), g.person(), g.person()
    co, dom = company(g)
    city, uf = g.city()
    doc.f("DOSSIÊ DE BACKGROUND CHECK — PRÉ-ADMISSÃO\nVaga: «vaga» · Cliente: «co» · Fornecedor: «forn»\n"
          "Consentimento do candidato: aceite eletrônico em «dc» (art. 7º, I, LGPD) — IP do aceite «ip»\n\n"
          "CANDIDATO(A): «n»\n",
          vaga=g.pick(["Analista de Prevenção à Fraude Sr.", "Especialista em Segurança da Informação", "Tesoureiro(a)", "Analista de Cobrança"]),
          co=co, forn=g.pick(["Vigia Due Diligence Ltda", "Pitombeira Contabilidade", "Checa Já Serviços Cadastrais"]), dc=g.date("br"),
          ip=(g.ip(), "IP_ADDRESS"), n=P(nf(g, c, ["caps", "full", "inverted"])))
    doc.f("CPF: «cpf»   RG: «rg» «org»   Nascimento: «dob»\nCNH: «cnh» cat. «cat», validade «val»   Título eleitoral: «tit»   PIS/PASEP: «pis»\n"
          "Endereço declarado: «ad» — «city»/«uf», CEP «cep»\nContato: «ph» · «em»\n\n",
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP/MG", "SDS/PE", "SSP/BA"]), dob=(g.dob(hi=2003), "DATE_OF_BIRTH"),
          cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "A", "D"]), val=g.date("br", g.pick([2027, 2028, 2030])),
          tit=(g.titulo(), "BR_TITULO_ELEITOR"), pis=(g.pis(), "BR_PIS"), ad=(g.address(), "ADDRESS"), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f("VERIFICAÇÕES\n[OK] Situação cadastral do CPF: regular (consulta «d1»)\n[OK] Antecedentes criminais (TJ«uf», TRF, PF): nada consta\n"
          "[!!] Ações judiciais: «np» encontradas — «cnj1» («r1x»); «cnj2» («r2x»)\n[OK] Mídia negativa: sem resultados relevantes\n"
          "[OK] Veículo em nome do candidato: placa «pl», sem restrição\n[--] Score de crédito: não consultado (vedado pela política; não é requisito do cargo)\n\n",
          d1=g.date("br"), uf=uf, np=2, cnj1=g.cnj(), r1x=g.pick(["reclamante, trabalhista, arquivada", "autor, JEC, consumo"]), cnj2=g.cnj(),
          r2x=g.pick(["réu, execução de título, extinta", "requerido, alimentos"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("REFERÊNCIAS PROFISSIONAIS\n- «r1» (ex-gestor«g1», «e1») — «p1» — \"«q1»\"\n- «r2» («e2») — «p2» — não retornou após 3 tentativas\n\n",
          r1=P(nf(g, r1, ["full", "short"])), g1="a" if r1.female else "", e1=g.pick(COMPANIES), p1=(g.phone(), "PHONE_NUMBER"),
          q1=g.pick(["excelente analista, saiu por proposta melhor", "pontual, às vezes impaciente com cliente", "recontrataria sem dúvida"]),
          r2=P(nf(g, r2, ["full", "first"])), e2=g.pick(COMPANIES), p2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("PARECER: «par». Analista responsável: «an». Obs. do encarregado: dados excedentes informados pelo candidato (religião, filiação "
          "partidária) foram descartados e não constam deste dossiê. Retenção: «ret».\n",
          par=g.pick(["APTO", "APTO COM RESSALVA (ações cíveis sem relação com o cargo)", "APTO — recomenda-se checar a 2ª referência"]),
          an=P(nf(g, an, ["full", "short"])), ret=g.pick(["6 meses após o fim do processo seletivo", "2 anos (defesa em processo judicial)"]))
    return doc


def ju_register(g: Gen) -> Doc:
    """The DPO's register of data-subject requests (spreadsheet export)."""
    doc = Doc()
    co, dom = company(g)
    own = g.person()
    team = [g.person() for _ in range(3)]
    doc.f("Registro de Requisições de Titulares — «co» — aba \"«mes»\" — exportado em «d» por «o»\n\n",
          co=co, mes=g.pick(["Mar-2025", "Abr-2025", "Set-2025", "Jan-2026"]), d=g.date("br"), o=P(nf(g, own, ["full", "short"])))
    rows = []
    for _ in range(g.ri(4, 6)):
        t = g.person()
        tipo = g.pick(["acesso", "exclusão", "correção", "portabilidade", "revogação de consentimento", "oposição (marketing)", "informação sobre compartilhamento"])
        ob_kind = g.ri(0, 4)
        if ob_kind == 0:
            obs = [V("novo tel. "), (g.phone(), "PHONE_NUMBER")]
        elif ob_kind == 1:
            obs = [V("corrigir DN para "), (g.dob("br"), "DATE_OF_BIRTH")]
        elif ob_kind == 2:
            obs = [V("procurador: "), P(nf(g, g.person(), ["full", "short"])), V(" "), (g.council("OAB"), "PROFESSIONAL_ID")]
        elif ob_kind == 3:
            obs = [V("reincidente; ver ticket "), V(f"#{g.d(6)}")]
        else:
            obs = [V("")]
        resp = g.pick(team)
        rows.append((g.protocol(), g.date("br"), t, tipo, resp, obs))
    doc.t("protocolo;recebido_em;titular;cpf;email_contato;canal;tipo;prazo;responsavel;status;obs\n")
    for prot, d, t, tipo, resp, obs in rows:
        doc.f("«p»;«d»;«t»;«cpf»;«em»;«ch»;«tp»;«pz»;«r»;«st»;", p=prot, d=d, t=P(nf(g, t, ["full", "caps", "plain", "inv_title"])),
              cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if g.chance(0.85) else g.masked_cpf(), em=(g.email(t), "EMAIL_ADDRESS"),
              ch=g.pick(["formulário web", "e-mail", "SAC", "Procon", "carta"]), tp=tipo, pz=g.date("br"), r=P(nf(g, resp, ["short", "first", "nick"])),
              st=g.pick(["concluída", "concluída", "em análise", "aguardando titular", "ATRASADA"]))
        for v, lab in obs:
            doc.e(v, lab)
        doc.t("\n")
    doc.f("\nResumo do mês: «n» requisições, «a» fora do prazo de 15 dias. «w». Próxima revisão com a diretoria: «d».\n",
          n=g.ri(20, 140), a=g.ri(0, 9), w=g.pick(["Seria prudente reforçar a equipe em dezembro", "Pico após a campanha do Outubro Rosa",
                                                     "Vitória do mês: zero reclamações na ANPD"]), d=g.date("br"))
    return doc


# =========================================================================== saude


def dicom_name(p: Person) -> str:
    sur = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES]
    return fold(f"{sur[-1]}^{p.given.split()[0]}" + (f"^{' '.join(sur[:-1])}" if len(sur) > 1 else "")).upper()


def sa_chart_audit(g: Gen) -> Doc:
    """Occupational-health access audit: who opened an employee's chart, after a complaint."""
    doc = Doc()
    co, dom = company(g)
    pt, dpo, mgr = g.person(), g.person(), g.person()
    cid = g.pick(["F41.1", "F32.0", "F43.2", "Z73.0", "F33.1"])
    doc.f("SESMT — «co» — AUDITORIA DE ACESSO A PRONTUÁRIO OCUPACIONAL\nPaciente (colaborador«x»): «pn» · matr. «m» · CNS «cns» · nasc. «dob»\n"
          "Motivo: «xx» relatou que «mg», «sg», comentou em reunião o afastamento por «cid» registrado no atestado.\n"
          "Sistema: PEP ocupacional · período «d1» a «d2» · extraído por «ex»\n\n",
          co=co, x="a" if pt.female else "", pn=P(nf(g, pt, ["full", "caps"])), m=g.d(6), cns=(g.cns(), "BR_CNS"),
          dob=(g.dob(hi=2002), "DATE_OF_BIRTH"), xx="a colaboradora" if pt.female else "o colaborador", mg=P(nf(g, mgr, ["full", "short"])),
          sg="sua gestora" if mgr.female else "seu gestor",
          cid=cid, d1=f"01/{(mm := g.ri(1, 9)):02d}/2025", d2=f"28/{mm + 2:02d}/2025", ex=g.pick(["svc_auditoria", "rel_acessos_v2", "dpo.export"]))
    s1, s2, s3 = g.person(), g.person(), g.person()
    staff = [(s1, "Médica do Trabalho" if s1.female else "Médico do Trabalho", "CRM"),
             (s2, "Enfermeira do Trabalho" if s2.female else "Enfermeiro do Trabalho", "COREN"),
             (s3, "Técnica de Segurança" if s3.female else "Técnico de Segurança", None), (mgr, "Gestor (perfil RH-consulta)", None)]
    if g.chance(0.5):
        s4 = g.person()
        staff.append((s4, "Psicóloga" if s4.female else "Psicólogo", "CRP"))
    logins = {id(st[0]): g.login(st[0]) for st in staff}
    regs = {id(s[0]): g.council(s[2], g.pick(UFS[:8])) if s[2] else "" for s in staff}
    rows = []
    ts = g.times(g.ri(5, 6), 7 * 3600, 22 * 3600)
    day = f"2025-{mm + 1:02d}-{g.ri(1, 28):02d}"
    for k, t in enumerate(ts):
        p, role, kind = staff[k % len(staff)] if k < len(staff) else g.pick(staff)
        rows.append([V(f"{day} {t}"), V(logins[id(p)]), P(nf(g, p, ["full", "short", "caps"])), V(role),
                     (regs[id(p)], "PROFESSIONAL_ID") if regs[id(p)] else V("—"), (g.ip_priv(), "IP_ADDRESS"),
                     V(g.pick(["ABRIR_PRONTUARIO", "VER_ATESTADO", "VER_ASO", "IMPRIMIR", "VER_EVOLUCAO"]))])
    table_fixed(doc, ["data_hora", "login", "nome", "perfil", "registro", "ip", "acao"], rows, sep=" | ")
    mgr_time = [r[0][0] for r in rows if r[3][0].startswith("Gestor")]
    doc.f("\nAnálise («dpo», encarregad«dx»): o perfil RH-consulta não deveria ver CID nem evolução — falha de parametrização desde a migração. "
          "O acesso de «mg2» às «h» não tem justificativa assistencial. Recomendação: «rec». Prazo de guarda do prontuário: 20 anos (Lei 13.787/2018); "
          "nada será excluído.\n",
          dpo=P(nf(g, dpo, ["full", "short"])), dx=dpo.o, mg2=P(mgr.first), h=mgr_time[0][11:16] if mgr_time else ts[-1][:5],
          rec=g.pick(["revogar o perfil e apurar disciplinarmente", "treinamento e advertência; comunicar a titular", "abrir sindicância e avaliar comunicação à ANPD"]))
    return doc


def sa_aso_email(g: Gen) -> Doc:
    """E-mail thread: the periodic-exam list (ASO) sent to the wrong external address, then the clean-up."""
    doc = Doc()
    co, dom = company(g)
    snd, dpo, rcpt = g.person(), g.person(), g.person()
    clinic = g.pick(["Clínica Flor de Lis", "Medicina Ocupacional Aurora", "ClinSeg Prudente", "Vida & Trabalho Exames"])
    wrong = g.email(rcpt)
    doc.f("De: «sn» <«se»>\nPara: «wr»\nData: «d» «h»\nAssunto: RES: convocação exames periódicos — lista atualizada\nAnexo: periodicos_«mes».xlsx\n\n"
          "Bom dia! Segue a lista dos colaboradores convocados para o periódico (colei aqui também porque o anexo deu erro):\n\n",
          sn=P(nf(g, snd, ["full", "short"])), se=(g.corp(snd, dom), "EMAIL_ADDRESS"), wr=(wrong, "EMAIL_ADDRESS"),
          d=g.date("br"), h=g.hm(), mes=g.pick(["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago"]))
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        rows.append([P(nf(g, p, ["caps", "full", "caps"])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.dob("br", hi=2004), "DATE_OF_BIRTH"),
                     V(g.pick(["Operador de empilhadeira", "Atendente", "Motorista", "Aux. de limpeza", "Eletricista"])),
                     V(g.pick(["audiometria + espirometria", "clínico + acuidade", "clínico + EEG", "clínico"])), V(g.pick(CIDS + ["", "", ""])),
                     V(g.pick(["APTO", "APTO", "INAPTO TEMP.", "APTO c/ restrição"]))])
    table_fixed(doc, ["NOME", "CPF", "DT NASC", "FUNÇÃO", "EXAMES", "CID ÚLT. ATEST.", "ÚLTIMO ASO"], rows)
    doc.f("\nQualquer dúvida me liga no «ph».\n«sf»\n\n", ph=(g.phone(), "PHONE_NUMBER"), sf=P(snd.first))
    doc.f("-----\nDe: «dpo» <«de»>\nPara: «sn»; «wr»\nAssunto: URGENTE — e-mail enviado a destinatário incorreto\n\n"
          "«sf», o endereço «wr» não é da «cl» (o correto é agendamento@, sem o autocompletar). "
          "Prezad«rx» «rn», recebeu por engano dados pessoais e de saúde de terceiros: pedimos que apague a mensagem e o anexo, "
          "inclusive da lixeira, e confirme por escrito. Registrado como incidente INC-«n»; avaliação de risco em andamento (dado sensível, art. 11 da LGPD).\n\n",
          dpo=P(nf(g, dpo, ["full", "short"])), de=(g.corp(dpo, dom), "EMAIL_ADDRESS"), sn=P(snd.short), wr=(wrong, "EMAIL_ADDRESS"),
          sf=P(nf(g, snd, ["first", "nick"])), cl=clinic, rx=rcpt.o, rn=P(nf(g, rcpt, ["full", "first"])), n=g.d(6))
    doc.f("-----\nDe: «rn» <«wr»>\nConfirmo que apaguei tudo. Achei que era spam. «rf»\n",
          rn=P(nf(g, rcpt, ["full", "low"])), wr=(wrong, "EMAIL_ADDRESS"), rf=P(nf(g, rcpt, ["first", "nick"])))
    return doc


def sa_dsar_patient(g: Gen) -> Doc:
    """A patient (or guardian) asks a clinic for a copy and deletion of the record; the clinic explains retention."""
    doc = Doc()
    pt, doc_, dpo = g.person(), g.person(), g.person()
    minor = g.chance(0.35)
    guard = g.relative(pt, True) if minor else None
    clinic, dom = g.pick([("Clínica Flor de Lis", "clinicaflordelis.com.br"), ("Hospital Vitória Régia", "hvregia.org.br"),
                          ("Instituto de Olhos Bento Amado", "olhosbentoamado.com.br"), ("Centro Médico Aurora", "cmaurora.med.br")])
    city, uf = g.city()
    doc.f("Formulário de requisição do titular — «cl»\nRecebido em «d» via portal · protocolo «p»\n\n", cl=clinic, d=g.date("br"), p=g.protocol())
    if minor:
        doc.f("Requerente: «gn» (mãe/responsável legal) — CPF «gc»\nPaciente: «pn», menor, nascido em «dob»\n",
              gn=P(nf(g, guard, ["full", "caps"])), gc=(g.cpf(), "BR_CPF"), pn=P(pt.full), dob=(g.dob(lo=2010, hi=2022), "DATE_OF_BIRTH"))
    else:
        doc.f("Paciente/requerente: «pn» — CPF «pc» — nascimento «dob»\n", pn=P(nf(g, pt, ["full", "caps", "low"])), pc=(g.cpf(), "BR_CPF"),
              dob=(g.dob(), "DATE_OF_BIRTH"))
    doc.f("Cartão SUS: «cns»\nTelefone: «ph» · E-mail: «em»\nEndereço: «ad», «city»/«uf», CEP «cep»\n"
          "Pedido: «ped»\nMensagem: \"«msg»\"\n\n",
          cns=(g.cns(), "BR_CNS"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(guard or pt), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), ped=g.pick(["cópia integral do prontuário + exclusão", "cópia do prontuário", "exclusão dos meus dados do cadastro de marketing"]),
          msg=g.pick(["mudei de médico e quero levar meus exames", "não quero mais receber mensagem de promoção de check-up",
                      "quero tudo apagado, não sou mais paciente de vcs", "preciso do laudo para o INSS"]))
    doc.f("RESPOSTA (Privacidade — «dp»)\nPrezad«x» «fn», a cópia do prontuário será enviada em PDF protegido por senha ao e-mail cadastrado em até 15 dias. "
          "Quanto à exclusão: o prontuário deve ser guardado por no mínimo 20 anos a partir do último registro (Lei 13.787/2018 e Res. CFM nº 1.821/2007), "
          "por isso não pode ser eliminado; os dados de contato foram retirados das listas de comunicação. «om» responsável pelo último atendimento, "
          "«dr» («crm»), validou o conteúdo. Atendimento anterior em «da» (CID «cid»).\n",
          dp=P(nf(g, dpo, ["full", "short"])), x=(guard or pt).o, fn=P((guard or pt).first), dr=P(nf(g, doc_, ["full", "short"])),
          om="A médica" if doc_.female else "O médico",
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), da=g.date("br"), cid=g.pick(CIDS))
    return doc


def sa_helpdesk_pep(g: Gen) -> Doc:
    """Hospital IT ticket: a physician locked out of the EHR; the shared-login misuse found on the way."""
    doc = Doc()
    dr, res, agent, nurse = g.person(), g.person(), g.person(), g.person()
    hosp, dom = g.pick([("Hospital Vitória Régia", "hvregia.org.br"), ("Santa Casa de Luz", "santacasaluz.org.br"),
                        ("Hospital São Bento", "hsaobento.com.br"), ("Hospital Municipal Amado Batista", "hmab.saude.gov.br")])
    uf = g.pick(UFS[:10])
    doc.f("[«hosp»] Service Desk TI — Chamado «n»\nSistema: «sys» · Categoria: Acesso/MFA · Aberto por telefone às «h»\n"
          "Usuário: «dr» («crm») — «esp»\nContato: «ph» / «em»\n\n",
          hosp=hosp, n=g.d(7), sys=g.pick(["PEP Tasy", "MV Soul", "PEP próprio (HIS)", "PACS/RIS"]), h=g.hm(),
          dr=P(nf(g, dr, ["full", "full", "caps"])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          esp=g.pick(["Clínica Médica", "Cardiologia", "Pediatria", "Medicina do Trabalho", "Ortopedia"]), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.corp(dr, dom), "EMAIL_ADDRESS"))
    doc.f("Relato: \"«rel»\"\n\nAtendimento (técnico «ag»):\n- Conta bloqueada por 6 falhas de senha entre «t1» e «t2», origem «ip1» (estação «ws») e «ip2» (VPN).\n"
          "- Verificado no log que a sessão do usuário estava aberta no posto de enfermagem do «ala» enquanto ele estava de folga. "
          "Enfermeira de plantão «nu» («coren») informou que o residente «re» usava o login «lg» \"porque o dele ainda não foi liberado\".\n"
          "- Senha redefinida com validação por SMS; novo token no app autenticador. Caso encaminhado à Comissão de Prontuário e à Privacidade.\n\n"
          "Nota: «w».\n",
          rel=g.pick(["não consigo prescrever, diz usuário bloqueado", "o token não chega, troquei de celular", "está pedindo senha nova toda hora"]),
          ag=P(nf(g, agent, ["full", "short", "first", "nick"])), t1=g.hm(), t2=g.hm(), ip1=(g.ip_priv(), "IP_ADDRESS"), ws=f"ENF-{g.d(2)}-{g.alnum(3)}",
          ip2=(g.any_ip(), "IP_ADDRESS"), ala=g.pick(["3º andar", "PS adulto", "UTI 2", "Ala Rosa"]), nu=P(nf(g, nurse, ["full", "short"])),
          coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), re=P(nf(g, res, ["full", "first", "short"])), lg=g.login(dr),
          w=g.pick(["seria prudente liberar logo os acessos dos residentes", "a tela ficou em branco no posto 2 também", "o bloqueio automático deu luz verde pra auditoria"]))
    return doc


def sa_siem_pacs(g: Gen) -> Doc:
    """SOC alert: bulk retrieval from the PACS / lab system by a partner account, with raw audit lines."""
    doc = Doc()
    an, lead = g.person(), g.person()
    src = g.ip()
    acct = g.pick(["ext_laudos03", "svc_teleradio", "parceiro.lab2", "integ_hl7_b"])
    doc.f("ALERTA SIEM #«n» — «rule»\nSeveridade: alta · conta: «acct» · origem «src» · «k» estudos em «m» min\n\nLinhas de auditoria (amostra):\n",
          n=g.d(6), rule=g.pick(["Volume anômalo de C-MOVE no PACS", "Exportação em massa — LIS", "Consulta fora do horário — parceiro de laudos"]),
          acct=acct, src=(src, "IP_ADDRESS"), k=g.ri(300, 9000), m=g.ri(4, 50))
    ts = g.times(g.ri(4, 5), 0, 5 * 3600)
    day = g.date("iso")
    for t in ts:
        p = g.person()
        dob = g.dob("compact")
        if g.chance(0.6):
            doc.f("«day»T«t»-03:00 pacs01 audit: user=«acct» src=«ip» action=C-MOVE study=1.2.840.«uid» patient=\"«pn»\" birth=«dob» sex=«sx»\n",
                  day=day, t=t, acct=acct, ip=(src, "IP_ADDRESS"), uid=f"{g.d(6)}.{g.d(4)}.{g.d(3)}", pn=P(dicom_name(p)),
                  dob=(dob, "DATE_OF_BIRTH"), sx="F" if p.female else "M")
        else:
            doc.f("«day»T«t»-03:00 lis-app2 export: user=«acct» ip=«ip» pac=«pn»; cns=«cns»; dn=«dob»; exame=«ex»; pedido=«pd»\n",
                  day=day, t=t, acct=acct, ip=(src, "IP_ADDRESS"), pn=P(nf(g, p, ["caps", "plain"])), cns=(g.cns(False), "BR_CNS"),
                  dob=(g.dob("br"), "DATE_OF_BIRTH"), ex=g.pick(["HIV 1/2", "beta-HCG", "hemograma", "TSH", "PSA"]), pd=g.neg(11))
    doc.f("\nTriagem «an»: IP «src» pertence a «isp», não à faixa contratada do parceiro («rng»). Conta desativada às «h». "
          "Escalado para «ld» (coordenador SOC) e para a encarregada. Possível comunicação à ANPD: dado sensível de saúde.\n",
          an=P(nf(g, an, ["full", "short"])), src=(src, "IP_ADDRESS"), isp=g.pick(["VPS no exterior", "provedor residencial", "nó de saída Tor"]),
          rng=f"{g.ip().rsplit('.', 1)[0]}.0/24", h=g.hm(), ld=P(nf(g, lead, ["full", "first"])))
    return doc


def sa_fraud_reimb(g: Gen) -> Doc:
    """Health-plan fraud case: a reimbursement ring with fake receipts, a borrowed CRM and mule accounts."""
    doc = Doc()
    an, victim_dr, lead = g.person(), g.person(), g.person()
    uf = g.pick(UFS[:9])
    doc.f("OPERADORA ROSA DOS VENTOS SAÚDE — PREVENÇÃO A FRAUDES\nCaso FR-«n» · Reembolso · analista: «an» · aberto «d»\n\n"
          "Resumo: «k» pedidos de reembolso de consultas e terapias com recibos da \"«cl»\" (CNPJ «cnpj»), valor total R$ «v». "
          "Os recibos usam o «crm» de «dr», que declarou por e-mail nunca ter atendido nesses endereços. O telefone de contato dos pedidos "
          "é sempre o mesmo: «ph».\n\nBeneficiários envolvidos:\n",
          n=g.d(5), an=P(nf(g, an, ["full", "short"])), d=g.date("br"), k=g.ri(12, 90),
          cl=g.pick(["Clínica Integrada Bem Viver", "Espaço Terapêutico Aurora", "Consultório Luz da Serra"]), cnpj=(g.cnpj(), "BR_CNPJ"),
          v=g.money(8000, 240000), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dr=P(nf(g, victim_dr, ["full", "full", "short"])),
          ph=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        key_uuid = g.chance(0.5)
        card = g.neg(15)
        rows.append([P(nf(g, p, ["caps", "full"])), (g.cpf(), "BR_CPF"), V(f"{card[:3]} {card[3:7]} {card[7:11]} {card[11:]}"),
                     V(g.pick(["341", "260", "077", "104", "380"])), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     (g.uuid(), "PIX_KEY") if key_uuid else V("—"), V(g.money(300, 12000))])
    table_fixed(doc, ["beneficiário", "CPF", "carteirinha", "banco", "ag.", "conta", "chave Pix (aleatória)", "reembolsado R$"], rows)
    doc.f("\nVínculos: os pedidos foram enviados do mesmo IP («ip») e do mesmo aparelho; e-mail de cadastro alterado para «em» em todos. "
          "Encaminhar para «ld» (Jurídico) para notícia-crime (art. 171 CP) e suspensão cautelar. Processo de ressarcimento: «cnj».\n",
          ip=(g.ip(), "IP_ADDRESS"), em=(g.email(g.person()), "EMAIL_ADDRESS"), ld=P(nf(g, lead, ["full", "short"])), cnj=g.cnj())
    return doc


def sa_credenciamento(g: Gen) -> Doc:
    """Onboarding (KYC) dossier of a health professional joining a provider network."""
    doc = Doc()
    p, an = g.person(), g.person()
    kind = g.pick(["CRM", "CRM", "CRP", "CRO", "CRF"])
    city, uf = g.city()
    doc.f("CREDENCIAMENTO DE PRESTADOR — PESSOA FÍSICA/JURÍDICA\nRede: «rede» · solicitação «s» · analista «an»\n\n"
          "Profissional: «pn»\nRegistro: «reg» (situação ativa, consulta ao conselho em «d»)\nCPF: «cpf» · RG: «rg» · Nascimento: «dob»\n"
          "CNS profissional: «cns» · PIS/NIT: «pis»\nEndereço residencial: «ad» — «city»/«uf» — CEP «cep»\nCelular: «ph» · E-mail: «em»\n\n",
          rede=g.pick(["Rosa dos Ventos Saúde", "Plano Aurora", "Cooperativa Médica Glória"]), s=g.d(6), an=P(nf(g, an, ["full", "short"])),
          pn=P(nf(g, p, ["full", "caps"])), reg=(g.council(kind, uf), "PROFESSIONAL_ID"), d=g.date("br"), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), dob=(g.dob(lo=1955, hi=1998), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), pis=(g.pis(), "BR_PIS"),
          ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("Pessoa jurídica para faturamento: «pj» — CNPJ «cnpj» (sócio único)\nDados bancários: «bk» · ag. «ag» · c/c «cc»\n\n"
          "Checagens: CNES ok · certidões negativas ok · processos éticos: «et» · PEP: não\nPendências: «pen»\n",
          pj=f"{p.last} Serviços Médicos Ltda" if kind == "CRM" else f"Consultório {p.last} Ltda", cnpj=(g.cnpj(), "BR_CNPJ"),
          bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          et=g.pick(["nenhum", "1 arquivado (2019)"]), pen=g.pick(["alvará sanitário vencido", "nenhuma", "comprovante de endereço em nome de terceiro (conta de luz)"]))
    return doc


# =========================================================================== financeiro


def e2e(g: Gen) -> str:
    return f"E{g.d(8)}{g.date('compact')}{g.d(4)}{g.alnum(11, 'abcdefghijklmnopqrstuvwxyz0123456789')}"


def fi_ato_case(g: Gen) -> Doc:
    """Fraud-analysis case note: account takeover with Pix transfers to mule accounts."""
    doc = Doc()
    c, an, rv = g.person(), g.person(), g.person()
    bank = g.pick(["Banco Sucupira S.A.", "Luz Pagamentos S.A.", "Cooperativa Glória de Crédito"])
    doc.f("«bank» — Prevenção a Fraudes · CASO ATO-«n»\nAnalista: «an» · Revisão: «rv» · Status: «st»\n\n"
          "CLIENTE: «cn» · CPF «cpf» · ag. «ag» c/c «cc» · cliente desde «ds»\nContato cadastrado: «ph» / «em»\n\n",
          bank=bank, n=g.d(7), an=P(nf(g, an, ["full", "short"])), rv=P(nf(g, rv, ["short", "first", "nick"])),
          st=g.pick(["encerrado — fraude confirmada", "em análise", "aguardando MED"]), cn=P(nf(g, c, ["caps", "full"])), cpf=(g.cpf(), "BR_CPF"),
          ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ds=g.date("br", g.ri(2012, 2022)),
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(c), "EMAIL_ADDRESS"))
    ts = g.times(5, 0, 6 * 3600)
    day = g.date("br")
    newph = g.phone()
    doc.f("LINHA DO TEMPO («day»)\n«t0» login a partir de novo dispositivo (Android, «dev») — IP «ip1»\n"
          "«t1» alteração do celular cadastrado para «nph» (validação por SMS no número ANTIGO — falhou; liberado via selfie com score 0,«sc»)\n"
          "«t2» limite Pix noturno alterado de R$ 1.000,00 para R$ «lim»\n«t3» Pix enviados (tabela abaixo)\n«t4» cliente liga na central: \"não fui eu\"\n\n",
          day=day, t0=ts[0][:5], dev=g.pick(["Samsung SM-A155M", "Motorola moto e13", "Xiaomi Redmi 13C"]), ip1=(g.any_ip(), "IP_ADDRESS"),
          t1=ts[1][:5], nph=(newph, "PHONE_NUMBER"), sc=g.d(2), t2=ts[2][:5], lim=g.money(5000, 30000), t3=ts[3][:5], t4=ts[4][:5])
    rows = []
    for _ in range(g.ri(2, 3)):
        m = g.person()
        kt = g.pick(["uuid", "uuid", "cpf", "email", "phone"])
        key = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf(), "BR_CPF"), "email": (g.email(m), "EMAIL_ADDRESS"),
               "phone": (g.phone("e164"), "PHONE_NUMBER")}[kt]
        rows.append([V(g.money(400, 9000)), key, P(nf(g, m, ["caps", "caps", "full"])), V(g.pick(["260", "380", "323", "290", "077", "336"])),
                     (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(e2e(g))])
    table_fixed(doc, ["valor R$", "chave destino", "recebedor", "ISPB/banco", "ag.", "conta", "EndToEndId"], rows)
    doc.f("\nAções: MED acionado para as «k» transações; contas recebedoras marcadas no DICT; «who» — recebedor«rx» já aparece como laranja no caso ATO-«o». "
          "Devolução parcial de R$ «dv». Reembolso ao cliente: «re».\n",
          k=len(rows), who=P(rows[0][2][0]), rx="", o=g.d(7), dv=g.money(100, 3000),
          re=g.pick(["negado (senha e selfie válidas)", "aprovado pelo comitê", "em análise pela ouvidoria"]))
    return doc


def fi_simswap(g: Gen) -> Doc:
    """SIM-swap case: e-mail exchange with the carrier's fraud desk and the card purchases that followed."""
    doc = Doc()
    c, an, tel = g.person(), g.person(), g.person()
    carrier = g.pick(["Operadora Vivaz", "Glória Telecom", "ConectaCel"])
    dom = {"Operadora Vivaz": "vivaz.com.br", "Glória Telecom": "gloriatelecom.com.br", "ConectaCel": "conectacel.com.br"}[carrier]
    ph = g.phone(g.pick(["par", "plain", "raw"]))
    doc.f("De: «an» <«ae»>\nPara: fraude.parceiros@«dom»\nCc: «te»\nAssunto: Confirmação de troca de chip — linha «ph» — nosso caso SS-«n»\n\n"
          "Prezad«tx» «tn»,\n\nnosso cliente «cn» (CPF «cpf», nascido em «dob») relata perda de sinal na linha «ph» em «d» às «h». "
          "Logo depois houve redefinição de senha do app e compras com o cartão «card». Podem confirmar se houve troca de SIM/eSIM nessa data, "
          "em qual loja/canal e com qual documento?\n\n«as»\nPrevenção a Fraudes — Banco Sucupira\n«aph»\n\n",
          an=P(nf(g, an, ["full", "short"])), ae=(g.corp(an, "bancosucupira.com.br"), "EMAIL_ADDRESS"), dom=dom,
          te=(g.corp(tel, dom), "EMAIL_ADDRESS"), ph=(ph, "PHONE_NUMBER"), n=g.d(6), tx=tel.o, tn=P(nf(g, tel, ["first", "full"])),
          cn=P(nf(g, c, ["full", "caps"])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), d=g.date("br"), h=g.hm(),
          card=(g.card(), "CREDIT_CARD"), **{"as": P(an.first)}, aph=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("-----\nDe: «tn» <«te»>\n\n«af», confirmado: troca de eSIM em «d» «h» na loja parceira de «loja», com RG «rg» em nome de «nm» "
          "(documento não confere com a foto do titular da linha). A linha foi devolvida ao titular e o vendedor foi afastado. "
          "Nº do nosso registro: «r».\n«tn2» — Segurança de Canais, «car»\n\n",
          tn=P(nf(g, tel, ["full"])), te=(g.corp(tel, dom), "EMAIL_ADDRESS"), af=P(an.first), d=g.date("br"), h=g.hm(),
          loja=g.pick(["Duque de Caxias/RJ", "Guarulhos/SP", "Contagem/MG", "Jaboatão/PE"]), rg=(g.rg(), "BR_RG"),
          nm=P(nf(g, c, ["caps", "full"])), r=g.protocol(), tn2=P(tel.first), car=carrier)
    doc.t("Transações contestadas:\n")
    rows = []
    for _ in range(g.ri(2, 4)):
        rows.append([V(f"{g.date('br')} {g.hm()}"), V(g.pick(["MAGAZINE ONLINE", "LOJA CATUNDA ELETRO", "PAG*XIMENESTEXTIL", "MP*CELULARES", "AMAZON BR"])),
                     V(g.money(300, 8000)), V(g.pick(["e-commerce", "e-commerce", "tap"])), V(g.d(6))])
    table_fixed(doc, ["data", "estabelecimento", "valor R$", "modo", "NSU"], rows)
    doc.f("\nChargeback aberto com motivo 4837 (fraude, sem autorização). Novo cartão enviado para «ad», CEP «cep».\n",
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback-ring analysis: orders linked by device and IP, stolen cards, drop addresses."""
    doc = Doc()
    an = g.person()
    shop = g.pick(["Loja Catunda Eletro", "Supermercados Prudente (e-commerce)", "Nakamura Autopeças", "Flor de Maio Livros"])
    drop = g.address()
    drop_cep = g.cep()
    ip = g.ip()
    doc.f("Análise de anel de chargeback — «shop»\nPeríodo «d1» a «d2» · «k» pedidos, «cb» chargebacks (motivo 10.4) · analista «an»\n\n"
          "Ponto em comum: fingerprint de dispositivo «fp», IP de saída «ip» e endereço de entrega «drop» (CEP «cep») em nomes diferentes.\n\n",
          shop=shop, d1=f"{g.ri(1, 9):02d}/{(mm := g.ri(1, 10)):02d}/2025", d2=f"{g.ri(10, 28):02d}/{mm + 2:02d}/2025", k=g.ri(20, 140), cb=g.ri(8, 60),
          an=P(nf(g, an, ["full", "short"])), fp=g.hexs(32), ip=(ip, "IP_ADDRESS"), drop=(drop, "ADDRESS"), cep=(drop_cep, "BR_CEP"))
    doc.t("pedido;data;titular_cartao;cartao;email_comprador;telefone;ip;entrega;cep;valor;status\n")
    for _ in range(g.ri(3, 4)):
        p = g.person()
        same = g.chance(0.6)
        doc.f("«o»;«d»;«n»;«card»;«em»;«ph»;«ip»;«ad»;«cep»;«v»;«st»\n", o=g.order(), d=g.date("br"), n=P(nf(g, p, ["caps", "caps", "full"])),
              card=(g.card(g.chance(0.3)), "CREDIT_CARD") if g.chance(0.8) else g.masked_card(), em=(g.email(p), "EMAIL_ADDRESS"),
              ph=(g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"), ip=(ip if same else g.any_ip(), "IP_ADDRESS"),
              ad=(drop if same else g.address(), "ADDRESS"), cep=(drop_cep if same else g.cep(), "BR_CEP"), v=g.money(200, 6000),
              st=g.pick(["CB recebido", "CB recebido", "entregue", "cancelado antifraude"]))
    doc.f("\nConclusão: cartões de titulares reais (teste de cartão em «m»); quem recebe é «rec», que assinou «s» canhotos. "
          "Bloquear fingerprint e CEP; enviar dossiê ao adquirente e à «del».\n",
          m=g.pick(["doações de R$ 1,00", "assinaturas de streaming", "recargas"]), rec=P(nf(g, g.person(), ["full", "first", "caps"])),
          s=g.ri(3, 30), **{"del": g.pick(["Delegacia de Crimes Cibernéticos", "DRCI", "Polícia Civil"])})
    return doc


def fi_kyc(g: Gen) -> Doc:
    """Onboarding KYC dossier of a company account (alphanumeric CNPJ) and its partners."""
    doc = Doc()
    an = g.person()
    co = g.pick(["Tabosa Importadora Ltda", "Flor de Maio Comércio Digital", "Glória Pagamentos ME", "Jatobá Agro Ltda", "Bento & Amado Serviços"])
    city, uf = g.city()
    doc.f("ONBOARDING PJ — DOSSIÊ KYC/KYB\nEmpresa: «co» · CNPJ «cnpj» · abertura «ab» · CNAE «cnae»\nAnalista: «an» · Risco: «rk»\n\nSÓCIOS / BENEFICIÁRIOS FINAIS\n",
          co=co, cnpj=(g.cnpj(alnum=g.chance(0.6)), "BR_CNPJ"), ab=g.date("br", g.ri(2019, 2025)), cnae=f"{g.d(4)}-{g.d(1)}/{g.d(2)}",
          an=P(nf(g, an, ["full", "short"])), rk=g.pick(["médio", "alto (setor de pagamentos)", "baixo"]))
    for k in range(g.ri(1, 2)):
        p = g.person()
        doc.f("«i») «n» — «pc»%\n   CPF «cpf» · «dk» «dv» · nasc. «dob»",
              i=k + 1, n=P(nf(g, p, ["full", "caps"])), pc=g.pick(["100", "50", "70", "30"]), cpf=(g.cpf(), "BR_CPF"),
              dk=(dk := g.pick(["RG", "CNH", "CNH"])), dv=(g.rg(), "BR_RG") if dk == "RG" else (g.cnh(), "BR_CNH"),
              dob=(g.dob(hi=2002), "DATE_OF_BIRTH"))
        if g.chance(0.6):
            doc.f(" · título eleitoral «tt»", tt=(g.titulo(), "BR_TITULO_ELEITOR"))
        doc.f("\n   Endereço: «ad», «city»/«uf», CEP «cep» · tel. «ph» · «em»\n   PEP: «pep» · listas restritivas: nada consta\n",
              ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"),
              ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), pep=g.pick(["não", "não", "sim — parente de vereador (mãe)"]))
    doc.f("\nCONTA DE LIQUIDAÇÃO INFORMADA: «bk», ag. «ag», conta «cc»\nIP do cadastro: «ip» · selfie/liveness: aprovado (0,«sc»)\n"
          "Observação: «obs»\nParecer: «par»\n",
          bk=g.bank(), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ip=(g.any_ip(), "IP_ADDRESS"), sc=g.d(2),
          obs=g.pick(["faturamento declarado incompatível com capital social de R$ 1.000,00", "sede em endereço de coworking virtual",
                      "sócio também figura em processo " + g.cnj(), "nada a observar"]),
          par=g.pick(["aprovar com monitoramento reforçado 90 dias", "aprovar", "solicitar contrato social atualizado antes de aprovar"]))
    return doc


def fi_txn_log(g: Gen) -> Doc:
    """Transaction-monitoring alert: key=value lines from the rules engine, plus the analyst's triage."""
    doc = Doc()
    c, an = g.person(), g.person()
    cpf = g.cpf("raw")
    doc.f("monitor-tx | regra PIX-MULA-07 (muitos recebimentos + saída imediata) | cliente «cn» | score «s»\n\n",
          cn=P(nf(g, c, ["caps", "plain"])), s=g.ri(700, 999))
    ts = g.times(g.ri(4, 6), 0, 23 * 3600)
    day = g.date("iso")
    for t in ts:
        inbound = g.chance(0.6)
        o = g.person()
        kt = g.pick(["uuid", "uuid", "cpf", "email", "phone"])
        key = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf("raw"), "BR_CPF"), "email": (g.email(o), "EMAIL_ADDRESS"),
               "phone": (g.phone("e164"), "PHONE_NUMBER")}[kt]
        doc.f("ts=«day»T«t» dir=«dr» valor=«v» cpf_cliente=«cpf» contraparte=\"«cp»\" chave=«key» ip=«ip» e2e=«e2e»\n",
              day=day, t=t, dr="IN" if inbound else "OUT", v=g.money(50, 4000).replace(".", ""), cpf=(cpf, "BR_CPF"),
              cp=P(nf(g, o, ["caps", "plain"])), key=key, ip=(g.any_ip(), "IP_ADDRESS"), e2e=e2e(g))
    doc.f("\nTriagem («an»): cliente abriu conta há «dd» dias, renda declarada R$ «r». Recebe de vários CPFs e repassa em minutos para a chave «k». "
          "Bloqueio cautelar (Res. BCB nº 1/2020, art. 39-B) e comunicação ao COAF (Lei 9.613/1998). Telefone do cliente: «ph».\n",
          an=P(nf(g, an, ["full", "short", "first", "nick"])), dd=g.ri(3, 40), r=g.money(1500, 4000), k=(g.uuid(), "PIX_KEY"), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_corp_card(g: Gen) -> Doc:
    """IT/finance helpdesk: a corporate card cloned after a phishing e-mail; toll charges on an unknown plate."""
    doc = Doc()
    co, dom = company(g)
    emp, ag, mgr = g.person(), g.person(), g.person()
    doc.f("ServiceNow · INC«n» · Grupo: Tesouraria / Cartões Corporativos\nSolicitante: «en» («lg») · CC «cc» · gestor: «mg»\n"
          "Descrição: recebi SMS de compra que não fiz no cartão corporativo «card» (val. «val»). Ontem cliquei num e-mail \"atualize seu token\" "
          "achando que era da TI. Também apareceram cobranças de pedágio da tag vinculada à placa «pl», que não é do carro do pool.\n\n",
          n=g.d(7), en=P(nf(g, emp, ["full", "caps"])), lg=g.login(emp), cc=g.d(5), mg=P(nf(g, mgr, ["full", "short"])),
          card=(g.card(), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("Trabalho:\n- «ag»: cartão bloqueado com a emissora às «h»; 2ª via solicitada para entrega no escritório (não no endereço residencial «ad»).\n"
          "- «ag2»: e-mail de phishing removido de «k» caixas via Purview; remetente falso «fake»; IP do link «ip» bloqueado no proxy.\n"
          "- «ag2»: senha de «ef» resetada, sessões revogadas; login estranho às «h2» do IP «ip2».\n"
          "- Placa correta do pool é «pl2»; tag cancelada. Contestação das compras: «m» (R$ «v»).\n",
          ag=P(nf(g, ag, ["full", "short"])), h=g.hm(), ad=(g.address(), "ADDRESS"), ag2=P(nf(g, ag, ["first", "nick"])), k=g.ri(20, 400),
          fake=f"ti-suporte@{g.pick(['atualiza-token.com', 'suporte-office365.net', 'mfa-verify.app'])}", ip=(g.ip(), "IP_ADDRESS"),
          ef=(g.corp(emp, dom), "EMAIL_ADDRESS"), h2=g.hm(), ip2=(g.any_ip(), "IP_ADDRESS"), pl2=(g.plate(), "LICENSE_PLATE"),
          m=g.ri(2, 7), v=g.money(500, 20000))
    doc.f("Fechamento: «w». Contato do colaborador para a transportadora: «ph».\n",
          w=g.pick(["seria prudente repetir o treinamento de phishing no time todo", "vitória: nenhuma compra foi aprovada acima do limite",
                    "a tela de aprovação ficou em branco, seguir com o fornecedor"]), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_dsar_bank(g: Gen) -> Doc:
    """LGPD request to a bank after a credit denial (review of an automated decision) and the bank's answer."""
    doc = Doc()
    c, dpo = g.person(), g.person()
    bank, dom = g.pick([("Banco Sucupira S.A.", "bancosucupira.com.br"), ("Luz Pagamentos S.A.", "luzpag.com.br"),
                        ("Rosa dos Ventos Financeira", "rosadosventos.com.br")])
    doc.f("Canal do titular — «bank»\nProtocolo «p» · «d»\n\nMensagem de «cn»:\n\"«msg»\"\n\n",
          bank=bank, p=g.protocol(), d=g.date("br"), cn=P(nf(g, c, ["full", "low", "caps"])),
          msg=g.pick(["Tive o cartão negado pela terceira vez. Quero saber quais dados vcs usaram e pedir revisão por uma pessoa (art. 20 da LGPD).",
                      "solicito revisao da decisao automatizada que negou meu emprestimo consignado e a lista de todos os meus dados",
                      "Por que meu limite caiu pra R$ 200? Quero os critérios e meus dados."]))
    doc.f("RESPOSTA — Encarregad«x» «dpo»\n\nPrezad«cx» «cf», seguem os dados pessoais que tratamos para a análise de crédito:\n"
          "• Identificação: «n», CPF «cpf», nascimento «dob», RG «rg»\n• Contato: «ph», «em»\n• Endereço: «ad» — CEP «cep»\n"
          "• Contas: ag. «ag» c/c «cc»; ag. «ag2» poupança «pp»\n• Chaves Pix registradas: «k1» (aleatória), «k2» (e-mail)«k3»\n"
          "• Renda informada: R$ «r» · Fontes externas: SCR/Bacen, birô de crédito\n\n",
          x=dpo.o, dpo=P(nf(g, dpo, ["full", "short"])), cx=c.o, cf=P(nf(g, c, ["first", "full"])), n=P(c.full),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), ph=(g.phone(), "PHONE_NUMBER"),
          em=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          ag=(ag0 := g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ag2=(ag0, "BANK_ACCOUNT"), pp=(g.account(), "BANK_ACCOUNT"),
          k1=(g.uuid(), "PIX_KEY"), k2=(g.email(c), "EMAIL_ADDRESS"), k3="", r=g.money(1200, 18000))
    doc.f("A decisão considerou: comprometimento de renda de «pc»%, atrasos registrados no SCR em «mes» e o tempo de relacionamento. "
          "Não usamos dados sensíveis nem dados de redes sociais. A revisão humana foi feita por «rv» em «d», que manteve a decisão. "
          "Você pode solicitar a correção de dados inexatos e recorrer à ANPD ou ao Banco Central (Res. BCB nº 1/2020). "
          "Operação nº «op» / Contrato «ct».\n",
          pc=g.ri(35, 70), mes=g.pick(["03/2025", "11/2024", "07/2025"]), rv=P(nf(g, g.person(), ["full", "short"])), d=g.date("br"),
          op=g.neg(11), ct=f"{g.d(3)}.{g.d(6)}-{g.d(1)}")
    return doc


TEMPLATES = {
    "atendimento": [at_dsar_email, at_helpdesk, at_siem, at_recovery_chat, at_breach_letter, at_lost_laptop, at_access_log],
    "juridico": [ju_legal_hold, ju_review, ju_anpd_cis, ju_dsar_report, ju_court_order, ju_background, ju_register],
    "saude": [sa_chart_audit, sa_aso_email, sa_dsar_patient, sa_helpdesk_pep, sa_siem_pacs, sa_fraud_reimb, sa_credenciamento],
    "financeiro": [fi_ato_case, fi_simswap, fi_chargeback, fi_kyc, fi_txn_log, fi_corp_card, fi_dsar_bank],
}

# --------------------------------------------------------------------------- checks and output

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d\-/]|\.\d)")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        assert "«" not in v and "»" not in v, (record["id"], v)
        last = s["end"]
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
        elif lab == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|dpo|encarregado|privacidade|soc|servicedesk|noreply)@", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRP|CRF|CRC|CRO)\b", v), (record["id"], v)
    # hard negatives: an unlabelled CPF-shaped number must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))


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
    with (HERE / OUT).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("fortysecond", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
