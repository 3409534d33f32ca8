"""Build the forty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_fortyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), seed 4747, 280 records: 7 templates per domain, 10 copies each.

Register: elderly care and long-term care. Long-stay institutions for the elderly (ILPI:
admission contracts, resident files, medication administration records, visit logs, fall
reports), home-care agencies and caregivers (shift handovers, timesheets, payslips),
geriatric consultations and home visits of Family Health teams, guardianship and
curatorship (curatela, the former interdição), elder-abuse reports (Disque 100, municipal
council for the elderly, police), pension and benefit paperwork (INSS, BPC/LOAS, consignado
loans taken without consent), funeral plans and health plans asked about by families.
- atendimento (0-6): a WhatsApp export of an ILPI's reception number (a daughter, saved by
  name or shown by number, asks for a vacancy and sends her mother's data; the ILPI's business
  profile answers), a family visit log typed in fixed-width columns (visitor, document, kinship,
  resident, room, car plate, phone; a visitor barred by the curator), a home caregivers' shift
  handover posted in the family's WhatsApp group (vital signs, family phone, physiotherapist
  with CREFITO, app driver's plate, reimbursement to a random Pix key), a complaint e-mail to an
  ILPI's ombudsman with X-Originating-IP and the technical manager's quoted reply (COREN, CRM),
  a funeral-plan call-centre ticket on the death of the holder (declarant, removal address,
  dependants with birth dates, hearse plate), a home-care agency's quote-form lead with the
  SDR's CRM note (IP of submission), a health-plan call-centre ticket asking for home care
  after discharge (ANS protocol, plan card, attending doctor's CRM).
- juridico (0-6): an initial petition of a curatorship action (qualification of the child,
  the elder and the siblings; medical report with CRM; lawyer's OAB), a provisional curator's
  term of commitment (CNJ number, account and agency where the benefit is paid, judge and
  clerk), a Disque 100 elder-abuse report forwarded to the municipal council with the
  council's dispatch (victim, suspect with nickname and plate, social worker with CRESS), a
  police report of financial abuse (victim's parents, communicant, author's CNH, RENAVAM,
  consignado contracts, credited account, random Pix key), an ILPI admission contract
  (the ILPI's CNPJ numeric or alphanumeric, contracting child, resident, joint guarantor,
  witnesses, e-signature log with IPs), a home caregiver's labour claim against the children
  of the elder she cared for (PIS, CTPS, CNH, witnesses), an extrajudicial notice to a bank
  contesting consignado loans (NB, credited accounts, IP of the fake signature, invalid CPF).
- saude (0-6): an ILPI resident file (PIA: identification, family in charge or curator,
  physician, diagnoses, authorised and barred visitors, social worker), a medication
  administration record (grid with the technicians' initials and a legend naming them with
  COREN), an adverse-event notification of a fall (SAMU vehicle plate, regulating doctor,
  family called), an e-SUS home-visit record of a Family Health team (community agent's own
  CNS, household members), a geriatric outpatient note (MEEM, Katz, ICD-10 codes, physician
  and resident with CRM, RQE), a home-care nursing evolution exported from an app (each entry
  with the technician's COREN and the device IP), a vaccination list of ILPI residents as CSV
  (CPF, CNS, birth date) in an e-mail from the health unit.
- financeiro (0-6): a BPC/LOAS application filled in at the CRAS (NIS, family group with
  CPF/NIS/birth dates, agency and account of the benefit), a live-in caregiver's eSocial
  payslip in an e-mail to the accountant (PIS, birth date, workplace address, Pix key or
  account), a home-care agency's invoice with the caregivers' timesheet (CPF, COREN), an ILPI
  monthly statement with the family's reply giving a new credit card and an account, a bank's
  fraud-analysis ticket on a contested consignado (origination IP, correspondent's CNPJ,
  credited and receiving accounts, random Pix key), a funeral-plan adhesion proposal
  (dependants, card or debit account, e-signature IP), a health-plan reimbursement request
  for geriatric care (doctor with CRM and CPF, clinic CNPJ, physiotherapist with CREFITO,
  caregiver's receipt, account for the credit).

Conventions (the twentieth set's, as restated in BLIND_RULES.md): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "Enf.", "dona", "seu", "vó"; particles inside a name
(de, da, do, dos, e) are part of it; "SURNAME, Given" is one span; nicknames ("Dita", "Tião",
"Zica", "Cida", the suspect's "vulgo Cabeça") and first names alone are persons. Residents,
relatives, visitors, caregivers, nurses, technicians, doctors, physiotherapists, social
workers, community agents, attendants, analysts, lawyers, judges, delegates, clerks,
witnesses and ILPI directors named in the text are persons; logins ("lcosta5") and the
ILPI's WhatsApp business profile are not. In a chat a sender shown by name is PERSON, one
shown by number is PHONE_NUMBER. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (ouvidoria@, financeiro@, dpo@, autorizacao@) are not labelled. Every phone number
of a person or a service written in full is PHONE_NUMBER. ADDRESS is street type + name +
number + complement (also ALL CAPS and lower case, "r da esperanca 2911 sala 175"); bairro,
city and UF stay outside, CEP is BR_CEP; the address of a company (an ILPI's seat in the
contract, the unit's address given by the reception) is not labelled. Agency and account
are separate BANK_ACCOUNT spans; bank codes and names are not. DATE_OF_BIRTH only for
people's birth dates; admission, death, fall, visit, vaccination, signature and due dates
are not. PROFESSIONAL_ID includes the council acronym and UF or region: CRM, COREN ("COREN/GO
51.331-ENF", "COREN-SP 12345-TE"), OAB, CRESS ("CRESS 10ª Região nº 24064"), CREFITO
("CREFITO-3 123456-F"), CRN ("CRN-2 73138"). PIX_KEY only for random (UUID) keys used as Pix
keys. Masked values (card "final 1234"), internal ids, protocol, ticket, order, contract,
proposal, invoice and process numbers are not labelled.

Decisions new to this register:
- The INSS benefit number (NB, 10 digits, "NB 123.456.789-0"), the health-plan card number,
  the CTPS number and series, RENAVAM (drawn to fail the CPF check), the INE and CNES codes,
  the DAE code, boleto lines and the RQE (specialist registration, written after the CRM) are
  not labelled.
- The NIS (CadÚnico/PIS) is BR_PIS; the Cartão SUS / CNS is BR_CNS, also the community
  health agent's own CNS in the e-SUS record; the título in a qualification is
  BR_TITULO_ELEITOR; the RG keeps the number only (the issuing body stays outside).
- A curator, a procurator and the deceased holder of a funeral plan are persons like anyone
  else; "o(a) curatelando(a)", "a Requerente", "a comunicante" are not.
- The technicians' initials in the medication grid ("GFP", "HH") are not persons; the legend
  that expands them names persons.
- An alphanumeric CNPJ (2026 form) is BR_CNPJ like the numeric one; CNPJs of companies
  (ILPIs, agencies, banks, clinics, correspondents) are labelled.

Names: Brazilian names of many origins: old-fashioned names for the residents (Durvalina,
Dejanira, Umbelina, Gumercindo, Olegário, Deoclécio, Zeferino), coined and regional names for
the younger relatives and caregivers (Rosicleide, Valdirene, Dheyne, Quéren, Waldisney,
Uanderson, Rivelino); Italian, German (Pomeranian), Japanese/Okinawan, Lebanese, Korean,
Chinese, Haitian, Angolan, Senegalese, Bolivian, indigenous, Jewish, Polish and Ukrainian
names, at least a quarter of the name words rare or invented (main() prints the share, not
counting words that are also in the common pools). Names that are ordinary words (Rosa, Luz,
Flor, Aurora, Vitória, Glória, Graça, Celeste, Esperança, Bento, Prudente, Amado, Branco,
Constante, Justo, Sereno, Leal; surnames Leão, Flores, Serra, Coelho, Cordeiro) next to the
same words as words ("seria prudente", "a luz do corredor", "a manta rosa", "o lençol
branco", "céu celeste", "foi justo o dia") and in places, ILPIs and companies (Presidente
Prudente, Bento Gonçalves, Vitória/ES, Esperança/PB, Lar Aurora da Terceira Idade,
Residencial Bento XVI, Plano Paz Celeste, Funerária Flor de Lis, Drogaria Luz, Vitória Saúde,
Prudente Care), which are not persons. Forms: full, ALL CAPS without accents, lower case,
short, first name alone, nickname.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF
check (protocols, consignado contract numbers, RENAVAM, a CPF "sequer válido"), NB numbers,
ICD-10 codes (F00.1, G30.1, W19, S72.0), money, protocol/ticket/invoice/proposal numbers,
company names containing a surname or a name-word (Saldanha & Nóbrega Enfermagem Domiciliar,
Amado & Raposo Serviços Financeiros, Grupo Amado Assistência Familiar), streets honouring
people outside an address ("a lotérica da Getúlio Vargas", "praça Barão de Mauá"), saints and
patrons in institution names (Lar São Vicente de Paulo, Hospital Santa Luzia), laws and norms
(Lei 10.741/2003, Lei 13.146/2015, Lei 8.742/1993, LC 150/2015, RDC ANVISA nº 502/2021,
IN INSS/PRES nº 138/2022, RN 465/2021), vital signs and scale scores, dates that are not
birth dates.
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
SEED = 4747
OUT_NAME = "fortyseventh.jsonl"

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
# RARE_* hold uncommon, regional, old-fashioned or coined names; main() prints their share of
# PERSON words. The OLD_* pools are the names of people born in the 1920s-1950s (residents).

OLD_F = ["Benedita", "Sebastiana", "Aparecida", "Conceição", "Tereza", "Antônia", "Francisca", "Joana",
         "Maria José", "Maria Aparecida", "Maria de Lourdes", "Ana Maria", "Cecília", "Helena", "Neusa",
         "Irene", "Olga", "Nair", "Lourdes", "Terezinha", "Dirce", "Iracema", "Elza", "Marlene", "Yolanda",
         "Maria das Dores", "Maria do Carmo", "Rita", "Alzira", "Cândida"]
OLD_M = ["Sebastião", "Geraldo", "Joaquim", "José Carlos", "Antônio", "Francisco", "Manoel", "Benedito",
         "Oswaldo", "Waldemar", "Alcides", "Raimundo", "Domingos", "Aristides", "Jair", "Lázaro", "Nelson",
         "Orlando", "Armando", "Rubens", "João Batista", "Pedro", "Luiz", "Valdomiro", "Osvaldo", "Hélio"]
RARE_OLD_F = ["Durvalina", "Dejanira", "Orlandina", "Valdelice", "Eurides", "Juvelina", "Clotildes", "Ercília",
              "Zulmira", "Hermínia", "Leonídia", "Ondina", "Genésia", "Alvina", "Dalvanira", "Jovelina",
              "Benvinda", "Etelvina", "Altamira", "Felismina", "Umbelina", "Hercília", "Olímpia", "Idalina",
              "Otília", "Jandira", "Zenaide", "Deolinda", "Ivonilde", "Sinhá", "Odete Juraci", "Abigail"]
RARE_OLD_M = ["Olegário", "Anísio", "Belarmino", "Custódio", "Deoclécio", "Eustáquio", "Filisberto",
              "Gumercindo", "Honório", "Isidoro", "Laurindo", "Odilon", "Quirino", "Romualdo", "Saturnino",
              "Teotônio", "Ubirajara", "Zeferino", "Ataliba", "Clodoaldo", "Dejair", "Erivelto", "Juvêncio",
              "Ananias", "Malaquias", "Tertuliano", "Germínio", "Bráulio", "Adelino", "Otacílio"]
PT_F = ["Renata", "Vanessa", "Carolina", "Patrícia", "Daniela", "Eliane", "Simone", "Márcia", "Cristiane",
        "Adriana", "Luciana", "Fabiana", "Juliana", "Priscila", "Camila", "Bruna", "Jéssica", "Tatiane",
        "Andreia", "Sandra", "Cláudia", "Regina", "Mônica", "Ana Paula", "Flávia", "Aline", "Sílvia"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Rodrigo", "Sérgio", "Luiz Fernando", "Carlos Alberto", "Wagner",
        "Cláudio", "André", "Renato", "Fábio", "Ricardo", "Gustavo", "Eduardo", "Roberto", "Leandro",
        "Marcos", "Rogério", "Anderson", "Thiago", "Vinícius", "Mauro", "Robson", "Márcio"]
RARE_F = ["Valdirene", "Rosicleide", "Edileuza", "Cleonice", "Jucileide", "Gleyce", "Tainara", "Kethlen",
          "Nayara Kelly", "Thayná", "Dayane", "Rayane", "Joseane", "Lucineide", "Marinalva", "Elisângela",
          "Gilmara", "Sirleide", "Eliene", "Francislene", "Lidiane", "Maicira", "Cleidiane", "Vandreia",
          "Dheyne", "Quéren", "Welida", "Juscilene", "Raylla", "Adrielly"]
RARE_M = ["Joelson", "Genilson", "Dalvanei", "Maicon", "Wesley", "Cleverson", "Edimilson", "Ronivon",
          "Jeferson", "Uanderson", "Rivelino", "Gledson", "Josenildo", "Deivid", "Elizeu", "Jhonatan",
          "Waldisney", "Kaique", "Adenilson", "Claudionor"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade",
          "Souza", "Oliveira", "Santos", "Ferreira", "Lima", "Silva", "Batista", "Fernandes", "Moreira"]
RARE_SUR = ["Bezerril", "Quintanilha", "Sampaio Corrêa", "Arruda Botelho", "Catanduva", "Tabosa", "Remígio",
            "Verçosa", "Amorim Falcão", "Jatobá", "Macedo Soares", "Pamplona", "Rabelo", "Sucupira", "Timbó",
            "Aguiar Linhares", "Brasileiro", "Cajazeira", "Dantas Filgueira", "Espíndola", "Frota",
            "Guimarães Rosa", "Ipiranga", "Juazeiro", "Loureiro Veras", "Mamede", "Nóbrega", "Ourique",
            "Peixoto Bandeira", "Quaresma", "Romão", "Saldanha", "Tavares Bastos", "Urtiga", "Valadares",
            "Xavier Mota", "Zanetti Prado", "Bittencourt", "Candeia", "Galvão Bueno"]
WORD_F = ["Rosa", "Luz", "Flor", "Aurora", "Vitória", "Glória", "Graça", "Celeste", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Constante", "Justo", "Sereno", "Leal"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Bento", "Leão", "Flores", "Luz", "Vitória", "Serra",
            "Fontes", "Coelho", "Cordeiro", "Pombo", "Carneiro", "Raposo", "Pereira"]
NICK = {"Sebastiana": "Tiana", "Sebastião": "Tião", "Benedita": "Dita", "Benedito": "Dito",
        "Aparecida": "Cida", "Maria Aparecida": "Cida", "Conceição": "Ceiça", "Francisca": "Chica",
        "Francisco": "Chico", "Antônia": "Toninha", "Antônio": "Toninho", "Joaquim": "Quinzinho",
        "José Carlos": "Zé Carlos", "Manoel": "Mané", "Terezinha": "Tetê", "Maria das Dores": "Dorinha",
        "Maria de Lourdes": "Lurdinha", "Raimundo": "Mundico", "Geraldo": "Gegê", "Oswaldo": "Vadinho",
        "Osvaldo": "Vavá", "Durvalina": "Duda", "Gumercindo": "Cindo", "Umbelina": "Belinha",
        "Felismina": "Mina", "Zulmira": "Zica", "Eustáquio": "Taquinho", "Domingos": "Mingo",
        "Valdomiro": "Miro", "Jovelina": "Jove", "Dejanira": "Janira", "Laurindo": "Lau",
        "Olegário": "Légo", "Juvelina": "Juju", "Idalina": "Dalina", "Rita": "Ritinha"}
FOREIGN = {
    "it": (["Giuseppina", "Carmela", "Assunta"], ["Giacomo", "Primo", "Ottavio"],
           ["Bortolozzo", "Zanetti", "Dal Pozzo", "Ferrarini", "Tomasetto", "Piccinin", "Benedetti"]),
    "de": (["Hildegard", "Frieda", "Irmgard"], ["Arno", "Egon", "Reinaldo"],
           ["Schmitt", "Becker", "Wachholz", "Kretzer", "Pommerening", "Hasse", "Ziemann"]),
    "jp": (["Tomiko", "Kazue", "Yoshiko"], ["Tadashi", "Kiyoshi", "Minoru"],
           ["Nakandakari", "Higa", "Shimabukuro", "Takahashi", "Okumura", "Uehara"]),
    "ar": (["Jamile", "Samira", "Najla"], ["Jorge Elias", "Salim", "Munir"],
           ["Saad", "Jabour", "Abrahão", "Kalil", "Chaib", "Zogbi"]),
    "kr": (["Soon-ja", "Young-hee"], ["Byung-chul", "Dong-soo"], ["Park", "Lee", "Han"]),
    "cn": (["Meilin", "Yun"], ["Wei", "Jian"], ["Liang", "Zhang", "Huang"]),
    "ht": (["Marie-Ange", "Nadège", "Fabienne"], ["Jean-Robert", "Wesner", "Dieuseul"],
           ["Pierre-Louis", "Jean-Baptiste", "Louissaint", "Désir", "Augustin"]),
    "ao": (["Ngueve", "Wandi"], ["Kiesse", "Nkosi"], ["Lukamba", "Kassoma", "Ngola", "Muhongo"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Modou", "Ibrahima"], ["Diallo", "Mbaye", "Seck", "Faye"]),
    "bo": (["Justina", "Eulogia"], ["Saturnino", "Faustino"], ["Mamani", "Condori", "Choque", "Huanca"]),
    "in": (["Jaciara", "Potyra", "Moema"], ["Raoni", "Aritana", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa"]),
    "jw": (["Sara", "Rebeca", "Ester"], ["Moisés", "Jacó", "Davi"], ["Rosenthal", "Goldberg", "Szajnbok", "Feldman"]),
    "pl": (["Jadwiga", "Stanisława"], ["Kazimierz", "Bronisław"], ["Wiśniewski", "Kowalczyk", "Dziedzic"]),
    "ua": (["Halyna", "Oksana"], ["Mykola", "Vasyl"], ["Hrycyna", "Boiko", "Zinchuk"]),
}
RARE = set(RARE_OLD_F + RARE_OLD_M + RARE_F + RARE_M + RARE_SUR + list(NICK.values()))
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "pl", "ua", "kr", "cn", "jp"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Serra", "Cajazeira", "Nóbrega", "Frota"}
DO_SUR = {"Amorim Falcão", "Carmo", "Espírito Santo"}
DOS_SUR = {"Reis", "Santos", "Anjos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35",
        "41", "43", "44", "47", "48", "51", "53", "54", "55", "61", "62", "63", "65", "67", "69", "71", "73",
        "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "91", "92", "93", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Largo"]
STREET_NAMES = ["Barão de Mauá", "Rosa Branca", "Doutor Benedito Sucupira", "da Aurora", "Prudente de Morais",
                "Flor de Maio", "das Hortênsias", "Coronel Quirino Tabosa", "Professora Dejanira Frota",
                "Treze de Maio", "Dom Pedro I", "Barão do Rio Branco", "Nossa Senhora da Glória", "da Esperança",
                "Sete de Setembro", "Marechal Deodoro", "Padre Anísio Remígio", "dos Ipês", "Vitória Régia",
                "Maestro Laurindo Quaresma", "Santa Rita", "dos Aposentados", "Tiradentes", "Irmã Dulce",
                "Cônego Eustáquio Verçosa", "dos Ferroviários", "Visconde de Taunay", "João Pessoa",
                "Ana Néri", "Madre Paulina", "Getúlio Vargas", "Duque de Caxias", "Lauro Müller", "do Rosário"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Esperança", "PB"), ("Glória de Dourados", "MS"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("Santos", "SP"), ("Niterói", "RJ"),
          ("Petrópolis", "RJ"), ("Volta Redonda", "RJ"), ("Uberaba", "MG"), ("Montes Claros", "MG"),
          ("Poços de Caldas", "MG"), ("Curitiba", "PR"), ("Cascavel", "PR"), ("Blumenau", "SC"),
          ("Chapecó", "SC"), ("Porto Alegre", "RS"), ("Santa Maria", "RS"), ("Caxias do Sul", "RS"),
          ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Crato", "CE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"),
          ("Manaus", "AM"), ("Goiânia", "GO"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"),
          ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim das Rosas", "Alto da Glória",
           "Vila Esperança", "Bonfim", "Jardim Bento XVI", "Santa Luzia", "Cidade Nova", "Vila Amado",
           "Parque das Flores", "São Bento", "Boa Vista", "Vila Branca"]
CIDS_GER = ["F03", "F00.1", "G30.1", "G20", "I10", "E11.9", "I50.0", "N39.0", "M81.0", "R26.8", "W19",
            "S72.0", "I63.9", "J18.9", "F32.1", "H25.9", "M17.9", "L89.1", "E46", "R32", "Z74.1", "Z91.81",
            "I48", "J44.9", "N18.3", "T74.0", "T74.1", "Z63.6", "R41.0", "E78.5"]
ILPIS = ["Lar Aurora da Terceira Idade", "Residencial Bento XVI", "Casa de Repouso Vitória Régia",
         "Lar São Vicente de Paulo", "Residencial Recanto da Luz", "Lar dos Idosos Nossa Senhora da Glória",
         "Casa de Repouso Flor de Lis", "Residencial Sereno Entardecer", "Vila Amado Geriatria",
         "Lar Esperança de Bauru", "Recanto Prudente Cuidados", "Casa Rosa Senior Living"]
HOMECARE = ["Cuidar Bem Home Care Ltda", "Mãos Amigas Cuidadores", "Aconchego Assistência Domiciliar",
            "Vida Plena Home Care S.A.", "Bem Viver Cuidadores Ltda ME", "Luz do Lar Cuidados",
            "Saldanha & Nóbrega Enfermagem Domiciliar", "Prudente Care Serviços de Enfermagem"]
FUNERARIAS = ["Funerária Flor de Lis", "Plano Luz Eterna", "Grupo Amado Assistência Familiar",
              "Funerária Bom Pastor", "Plano Paz Celeste", "Funerária Rosa dos Ventos"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("756", "Sicoob"), ("748", "Sicredi"), ("260", "Nubank"), ("077", "Inter"), ("041", "Banrisul")]
CONSIG_BANKS = ["Banco Pan", "Banco BMG", "Banco Olé Consignado", "Banco Daycoval", "Banco Mercantil",
                "Banco C6 Consignado", "Banco Safra", "Crefisa", "Banco Agibank", "Banco Máxima"]
WORD_USES = ["seria prudente trocar o colchão", "a luz do corredor ficou acesa", "a manta rosa da cama 4",
             "o lençol branco", "glória a Deus ela está melhor", "a flor do jardim de inverno",
             "a vitória do Palmeiras", "o hino de Nossa Senhora da Aurora", "o quadro que ela tanto amava caiu",
             "um sereno forte essa noite", "pediu pra deixar a luz acesa", "o vaso de flor da janela quebrou",
             "a graça de hoje foi o bingo", "céu celeste lindo no pátio", "foi justo o dia da visita"]

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
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.52:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               old: bool = False) -> Person:
        """old=True draws the given name from the pools of people born 1925-1960 (residents)."""
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif old:
                if rng.random() < 0.5:
                    given = self.pick(RARE_OLD_F if female else RARE_OLD_M)
                else:
                    given = self.pick(OLD_F if female else OLD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.08 and " " not in given:
                second = self.pick((RARE_OLD_F + WORD_F) if female else (RARE_OLD_M + OLD_M)).split()[0]
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
                given = self.pick((OLD_F + RARE_OLD_F) if female else (OLD_M + RARE_OLD_M)) if old else \
                    self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def elder(self, female: bool | None = None) -> Person:
        return self.person(female=female, old=True)
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
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE",
                              f"COREN/{uf} {n}-AE", f"Coren-{uf} {dotted}"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.rng.randint(1, 25)}ª Região nº {self.d(5)}", f"CRESS/{uf} {self.d(5)}",
                              f"CRESS-{uf} {self.d(4)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.rng.randint(1, 18)} {self.d(6)}-F", f"CREFITO/{uf} {self.d(5)}-F"])
        if kind == "CRN":
            return f"CRN-{self.rng.randint(1, 11)} {self.d(5)}"
        if kind == "CRP":
            return f"CRP {self.rng.randint(1, 24):02d}/{self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]



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



def R(g: Gen, lo: int = 20, hi: int = 9000) -> str:
    return "R$ " + g.money(lo, hi)


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}{len(l)}"


def nb(g: Gen) -> str:
    """INSS benefit number (NB, 10 digits): not labelled."""
    n = g.d(10)
    return g.pick([n, f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}", f"{n[:9]}-{n[9]}"])


def age_of(dob_year: int) -> int:
    return 2025 - dob_year


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def dom_of(name: str) -> str:
    words = [w for w in re.findall(r"\w+", fold(name).lower()) if w not in ("de", "da", "do", "dos", "ltda", "me", "sa", "s")]
    return "".join(words[:2]) + g_tld(name)


def g_tld(name: str) -> str:
    return ".com.br" if len(name) % 3 else ".org.br"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


KIN = {True: ["filha", "neta", "sobrinha", "nora", "irmã", "enteada"], False: ["filho", "neto", "sobrinho", "genro", "irmão", "enteado"]}


def kin(g: Gen, p: Person) -> str:
    return g.pick(KIN[p.female])




# =========================================================================== atendimento

def wa_line(doc: Doc, g: Gen, when: str, sender: tuple, msg: str, **vals) -> None:
    doc.f("[«w»] ", w=when)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(msg, **vals)
    doc.t("\n")


def at_whats_ilpi(g: Gen) -> Doc:
    """WhatsApp export of an ILPI reception number: a daughter asks about a vacancy for her mother."""
    doc = Doc()
    mom = g.elder(female=g.chance(0.7))
    kid = g.relative(mom, female=g.chance(0.7))
    sib = g.relative(mom, female=False)
    if sib.first == kid.first:
        sib = Person("Reinaldo" if kid.first != "Reinaldo" else "Rubens", sib.surnames, False)
    rec = g.person(female=True)
    rt = g.person(female=g.chance(0.8))
    ilpi = g.pick(ILPIS)
    city, uf = g.city()
    d = g.date("nopad", 2025)
    ts = g.times(9, 8 * 3600, 20 * 3600)
    kid_phone = g.phone(g.pick(["plus", "par"]))
    kid_sender = (kid.full, "PERSON") if g.chance(0.3) else (kid_phone, "PHONE_NUMBER")
    doc.f("Conversa do WhatsApp com «s»\nAs mensagens e as ligações são protegidas com a criptografia de ponta a ponta.\n",
          s=kid_sender)
    mae = "pra minha mãe" if mom.female else "pro meu pai"
    ela = "ela" if mom.female else "ele"
    yy = g.rng.randint(1928, 1950)
    wa_line(doc, g, f"{d} {ts[0]}", kid_sender,
            "Boa tarde! Peguei o contato de vcs no Instagram do «il». Queria saber se tem vaga «m», «n», "
            "«e» tem «a» anos, Alzheimer moderado (o neuro colocou CID «cid» no laudo) e não anda «s» desde a queda",
            il=ilpi, m=mae, e=ela, s="sozinha" if mom.female else "sozinho", n=P(name_form(g, mom, ["first", "nick", "full"])), a=age_of(yy), cid=g.pick(["F00.1", "G30.1", "F03"]))
    wa_line(doc, g, f"{d} {ts[1]}", (ilpi.split(" ")[0] + " " + ilpi.split(" ")[-1], None),
            "Olá, boa tarde! Aqui é a «r», da recepção 😊 Temos sim 1 vaga em quarto duplo (feminino). "
            "Mensalidade a partir de «v» para grau de dependência II. Pode me passar os dados dela pra eu abrir a ficha?",
            r=P(rec.first), v=R(g, 3800, 9500))
    wa_line(doc, g, f"{d} {ts[2]}", kid_sender,
            "Nome: «n»\nNasc: «dob»\nCPF «cpf»\nRG «rg»\nCartão SUS «cns»\nConvênio: «conv» carteirinha «cart»\n"
            "Mora hoje comigo: «ad» - «b», «c» - CEP «cep»",
            n=P(g.pick([mom.caps, mom.full])), dob=(fmt_date(g.rng.randint(1, 28), g.rng.randint(1, 12), yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
            cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"),
            conv=g.pick(["Unimed", "Cassi", "Geap", "IAMSPE", "Bradesco Saúde"]), cart=f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}",
            ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, cep=(g.cep(g.chance(0.7)), "BR_CEP"))
    wa_line(doc, g, f"{d} {ts[3]}", kid_sender,
            "a responsável sou eu, «k», CPF «kc», meu cel é esse mesmo e o email «ke»",
            k=P(kid.full), kc=(g.cpf(), "BR_CPF"), ke=(g.email(kid), "EMAIL_ADDRESS"))
    wa_line(doc, g, f"{d} {ts[4]}", (ilpi.split(" ")[0] + " " + ilpi.split(" ")[-1], None),
            "Obrigada! Agendei a visita técnica pra «dv» às «h» com a nossa enfermeira RT, «rt» («co»). "
            "Trazer receitas e o último exame. Endereço: «end» (a gente fica do lado da «p»)",
            dv=g.date("br", 2025), h=g.hm(), rt=P(g.pick([rt.full, rt.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
            end=g.pick(["Rua Santa Rita, 400", "Av. Barão de Mauá 1200", "Rua Tiradentes, 88"]),
            p=g.pick(["Padaria Flor de Maio", "igreja de Nossa Senhora da Glória", "farmácia Prudente", "praça Barão de Mauá"]))
    wa_line(doc, g, f"{d} {ts[5]}", kid_sender,
            "Perfeito. Meu irmão «s» vai junto, ele vai de carro, placa «pl». Pode liberar o estacionamento?",
            s=P(sib.first), pl=(g.plate(), "LICENSE_PLATE"))
    wa_line(doc, g, f"{d} {ts[6]}", (ilpi.split(" ")[0] + " " + ilpi.split(" ")[-1], None),
            "Liberado! Qualquer coisa o fixo da recepção é «fx». Protocolo da pré-admissão: «pr»", fx=(g.phone("par", mobile=False), "PHONE_NUMBER"),
            pr=g.protocol())
    if g.chance(0.6):
        wa_line(doc, g, f"{d} {ts[7]}", kid_sender, "ah, «e» só atende por «nk», tá? se chamar de «f» «e» não responde rs. "
                "E «w»", e=ela, nk=P(mom.nick), f=P(mom.first), w=g.pick(WORD_USES))
    return doc


def at_visitas(g: Gen) -> Doc:
    """Family visit log of an ILPI (livro de visitas) typed into a fixed-width spreadsheet."""
    doc = Doc()
    ilpi = g.pick(ILPIS)
    port = g.person(female=g.chance(0.5))
    doc.f("«il» — CONTROLE DE VISITAS — semana de «d1» a «d2»\nPortaria: «p» (diurno)\n\n",
          il=ilpi.upper(), d1=g.date("br", 2025), d2=g.date("br", 2025), p=P(port.short))
    cols = [("DATA", 6), ("ENT.", 5), ("SAÍDA", 5), ("VISITANTE", 30), ("DOCUMENTO", 16), ("PARENT.", 9),
            ("RESIDENTE", 26), ("QTO", 3), ("VEÍCULO", 8), ("TEL.", 15)]
    doc.t(" ".join(c.ljust(w) for c, w in cols) + "\n")
    residents = [g.elder() for _ in range(3)]
    for _ in range(g.rng.randint(3, 5)):
        res = g.pick(residents)
        vis = g.relative(res) if g.chance(0.7) else g.person()
        t1, t2 = g.times(2, 9 * 3600, 18 * 3600)
        vname = g.pick([v for v in (vis.caps, vis.full, vis.plain) if len(v) <= 30] + [vis.short])
        doc.cell(g.date("br", 2025)[:5], 6).t(" ").cell(t1, 5).t(" ").cell(t2 if g.chance(0.85) else "--", 5).t(" ")
        doc.cell(vname, 30, "PERSON").t(" ")
        dk = g.rng.randint(0, 3)
        if dk == 0:
            doc.cell(g.cpf("dot"), 16, "BR_CPF")
        elif dk == 1:
            doc.t("RG ").cell(g.rg("dot"), 13, "BR_RG")
        elif dk == 2:
            doc.cell(g.rg("raw"), 16, "BR_RG")
        else:
            doc.cell(g.cpf("raw"), 16, "BR_CPF")
        rel = g.pick(["filha", "neta", "sobr.", "amiga", "vizinha", "nora", "irmã"] if vis.female else
                     ["filho", "neto", "sobr.", "amigo", "vizinho", "genro", "irmão"])
        doc.t(" ").cell(rel, 9).t(" ")
        rname = g.pick([v for v in (res.caps, res.full) if len(v) <= 26] + [res.short, res.nick, res.first])
        if g.chance(0.35):
            doc.cell("(ver qto)", 26)
        else:
            doc.cell(rname, 26, "PERSON").t(" ").cell(str(g.rng.randint(1, 40)), 3).t(" ")
        if g.chance(0.45):
            doc.cell(g.plate(), 8, "LICENSE_PLATE")
        else:
            doc.cell("a pé" if g.chance(0.5) else "-", 8)
        if g.chance(0.6):
            doc.t(" ").e(g.phone(g.pick(["par", "plain", "raw", "nospace"])), "PHONE_NUMBER")
        doc.t("\n")
    r = g.pick(residents)
    cur = g.relative(r, female=True)
    bad = g.person()
    doc.f("\nOBS:\n- «b» NÃO está autorizad«o» a visitar «r» — ordem da curadora (ofício arquivado na pasta do(a) residente, proc. «cnj»).\n"
          "- Visitante do qto «q» esqueceu guarda-chuva na recepção. «w».\n- Conferido pela portaria em «d».\n",
          b=P(bad.full), o=bad.o, r=P(r.full), cnj=g.cnj(), q=g.rng.randint(1, 40),
          w=g.pick(["A luz da portaria queimou de novo", "Chegou flor pra dona do 12, sem cartão", "Campo de documento ficou em branco em 2 visitas"]),
          d=g.date("br", 2025))
    return doc


def at_plantao(g: Gen) -> Doc:
    """Home-care shift handover posted in the caregivers' WhatsApp group of a family."""
    doc = Doc()
    pt = g.elder()
    out, inn = g.person(female=g.chance(0.85)), g.person(female=g.chance(0.85))
    fam = g.relative(pt)
    fisio = g.person()
    dt = g.date("br", 2025)
    sen = "Seu" if not pt.female else "Dona"
    doc.f("*PASSAGEM DE PLANTÃO* «d» — 19h\nPaciente: «sn» «n» («full»)\nSai: «o» | Entra: «i»\n\n",
          d=dt, sn=sen, n=P(pt.first if g.chance(0.5) else pt.nick), full=P(g.pick([pt.full, pt.caps])),
          o=P(out.first), i=P(name_form(g, inn, ["first", "short", "full"])))
    doc.f("✅ PA «pa» | glicemia «gl» mg/dL | sat «sat»% | temp «t»\n✅ Medicações das 14h e 18h dadas (losartana, donepezila «dz» mg). "
          "Fralda trocada 3x, evacuou 1x.\n✅ Aceitou bem o almoço, recusou o lanche. «w».\n",
          pa=f"{g.rng.randint(10, 16)}x{g.rng.randint(6, 9)}", gl=g.rng.randint(80, 260), sat=g.rng.randint(89, 99),
          t=f"{g.rng.randint(35, 37)},{g.rng.randint(0, 9)}", dz=g.pick(["5", "10"]), w=g.pick(WORD_USES))
    doc.f("⚠️ Lesão na região sacral está mais vermelha (categoria 1?), passei a pomada. Avisei a «k» «fn» pelo «fp».\n",
          k=kin(g, fam), fn=P(fam.first), fp=(g.phone(), "PHONE_NUMBER"))
    doc.f("📌 O fisio «fi» («cr») vem quinta às «h». O motorista do app pra levar na consulta de «dd» é o de sempre, "
          "o motorista cadastrado, placa «pl».\n",
          fi=P(fisio.short), cr=(g.council("CREFITO"), "PROFESSIONAL_ID"), h=g.hm(), dd=g.date("br", 2025),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("💰 Gastei «v» na Drogaria «dr» (fralda G + soro), nota na gaveta, paguei no cartão final «cf» da família e passei o CPF «dl» («cpf») pro desconto. "
          "Reembolso do táxi no meu pix: «pk»\n",
          v=R(g, 40, 400), dr=g.pick(["Luz", "São Bento", "Aurora", "Vitória"]), cf=g.d(4), dl="dela" if pt.female else "dele", cpf=(g.cpf(), "BR_CPF"), pk=(g.uuid(), "PIX_KEY"))
    if g.chance(0.6):
        doc.f("\n[«h»] «i2»: recebido! Boa noite 🙏\n", h=g.hm(), i2=P(inn.first))
    else:
        doc.f("\n— «o» (cuidadora) · cel «c» · agência «ag»\n", o=P(out.full), c=(g.phone(), "PHONE_NUMBER"), ag=g.pick(HOMECARE))
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """Complaint e-mail from a son to the ILPI ombudsman, with the technical manager's quoted reply."""
    doc = Doc()
    son = g.person(female=g.chance(0.4))
    mom = g.relative(son, female=True)
    mom = Person(g.pick(OLD_F + RARE_OLD_F), mom.surnames, True)
    rt = g.person(female=True)
    cg1, cg2 = g.person(female=True), g.person()
    ilpi = g.pick(ILPIS)
    dom = slug(ilpi.split()[-1]) + g.pick([".com.br", ".org.br"])
    doc.f("From: «s» <«se»>\nTo: ouvidoria@«dom»\nDate: «d» «h» -0300\nSubject: Reclamação - «m» quarto «q»\n"
          "X-Originating-IP: [«ip»]\n\n",
          s=P(son.full), se=(g.email(son), "EMAIL_ADDRESS"), dom=dom, d=g.date("br", 2025), h=g.hms(), m=P(mom.full),
          q=g.rng.randint(1, 30), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Prezados,\n\nPela terceira vez este mês encontrei minha mãe, «m», com roupa de outra residente e sem a prótese dentária. "
          "No domingo («dd») a cuidadora do turno disse que quem deu o banho foi a «c2», que por sua vez negou. "
          "Minha mãe tem «a» anos e paga «v» por mês, não é favor.\n\n"
          "Também notei um hematoma no braço esquerdo. Quero o relatório de enfermagem dos últimos 15 dias e a escala de "
          "cuidadores, conforme o contrato e o Estatuto da Pessoa Idosa (Lei 10.741/2003).\n\n",
          m=P(g.pick([mom.first, mom.nick, mom.short])), dd=g.date("br", 2025), c2=P(g.pick([cg2.first, cg2.short])),
          a=g.rng.randint(78, 98), v=R(g, 4000, 11000))
    doc.f("Att.,\n«s»\nCPF «c»\n«t» / «t2»\n«ad» - «b»\n\n",
          s=P(son.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS))
    doc.f("> Em «d», «rt» <«re»> escreveu:\n> Prezado(a), boa tarde.\n> Recebemos sua manifestação (protocolo «p»). A cuidadora «c2» foi "
          "afastada da ala B até a apuração. O hematoma foi avaliado pelo médico plantonista («crm») e registrado no prontuário.\n"
          "> Estamos à disposição pelo «tel».\n> Att.,\n> Enfermeira Responsável Técnica - «co»\n",
          d=g.date("br", 2025), rt=P(rt.full), re=(corp_mail(rt, dom), "EMAIL_ADDRESS"), p=g.protocol(),
          c2=P(cg2.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), tel=(g.phone("plain", mobile=False), "PHONE_NUMBER"),
          co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def at_funeral(g: Gen) -> Doc:
    """Funeral-plan call-centre ticket: the family reports the death of the holder and asks for the service."""
    doc = Doc()
    tit = g.elder()
    dec = g.relative(tit)
    att = g.person()
    plan = g.pick(FUNERARIAS)
    dyy = g.rng.randint(1926, 1952)
    doc.f("«pl» · Central 24h · Atendimento nº «n»\nAbertura: «d» «h» · Atendente: «a» (login «lg»)\nTipo: ÓBITO DE TITULAR — acionamento de serviço\n\n",
          pl=plan, n=g.protocol(), d=g.date("br", 2025), h=g.hm(), a=P(att.full), lg=login(att))
    doc.f("Titular: «t» · CPF «c» · nasc. «dob» · contrato «ct» (ativo desde «ds», mensalidade «v» em dia)\n"
          "Falecimento: «df» às «hf», no «loc». Causa declarada pela família: «cause» (DO ainda não emitida).\n",
          t=P(g.pick([tit.caps, tit.full])), c=(g.cpf(), "BR_CPF"), dob=(fmt_date(g.rng.randint(1, 28), g.rng.randint(1, 12), dyy, "br"), "DATE_OF_BIRTH"),
          ct=f"{g.d(6)}-{g.d(2)}", ds=g.date("br", g.rng.randint(2005, 2020)), v=R(g, 39, 140), df=g.date("br", 2025), hf=g.hm(),
          loc=g.pick(["Hospital Santa Luzia", "domicílio", g.pick(ILPIS), "UPA Vila Prudente"]),
          cause=g.pick(["parada cardíaca", "pneumonia", "complicações do Alzheimer", "AVC"]))
    doc.f("Declarante: «d» («k»), RG «rg», fone «f» / WhatsApp «w»\nEndereço para remoção: «ad» — CEP «cep»\n",
          d=P(dec.full), k=kin(g, dec), rg=(g.rg(), "BR_RG"), f=(g.phone(), "PHONE_NUMBER"), w=(g.phone(g.pick(["raw", "e164", "plain"])), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.t("\nDependentes no contrato:\n")
    deps = [("cônjuge", dyy - 6, dyy + 8, None)] if g.chance(0.6) else []
    deps += [(None, dyy + 20, dyy + 40, None) for _ in range(g.rng.randint(1, 3))]
    for rel, lo, hi, _ in deps:
        dp = g.relative(tit) if rel is None else Person(g.elder(female=not tit.female).given, g.elder().surnames, not tit.female)
        rel = rel or ("filha" if dp.female else "filho")
        doc.f("  - «n» — «k» — nasc. «d»", n=P(g.pick([dp.full, dp.caps])), k=rel, d=(g.dob("br", lo, min(hi, 1990)), "DATE_OF_BIRTH"))
        x = g.rng.randint(0, 3)
        if x == 2:
            doc.t(" (carência cumprida)")
        elif x == 3:
            doc.f(" — CPF «c»", c=(g.cpf("dot"), "BR_CPF"))
        doc.t("\n")
    doc.f("\nHistórico:\n«h1» «lg»: família pediu velório na Capela «cap» e sepultamento no Cemitério «cem». Urna padrão, coroa de flores incluída.\n"
          "«h2» «lg»: remoção agendada, motorista «m», carro placa «pl».\n«h3» supervisor: «w»\n",
          h1=g.hm(), cap=g.pick(["São Bento", "Nossa Senhora da Glória", "Luz Eterna"]), cem=g.pick(["da Saudade", "São João Batista", "Parque das Flores"]),
          h2=g.hm(), lg=login(att), m=P(g.person(female=False).short), pl=(g.plate(), "LICENSE_PLATE"), h3=g.hm(),
          w=g.pick(["autorizado upgrade de urna, diferença de R$ 1.250,00 paga no cartão pela família",
                    "orientado sobre a certidão de óbito no cartório", "seria prudente confirmar a carência do dependente incluído em 2024"]))
    return doc


def at_orcamento(g: Gen) -> Doc:
    """Lead notification from a home-care agency's quote form, with the SDR's follow-up note."""
    doc = Doc()
    req = g.person()
    eld = g.relative(req) if g.chance(0.7) else g.elder()
    eld = Person(g.pick((OLD_F + RARE_OLD_F) if eld.female else (OLD_M + RARE_OLD_M)), eld.surnames, eld.female)
    ag = g.pick(HOMECARE)
    city, uf = g.city()
    sdr = g.person(female=g.chance(0.7))
    doc.f("Novo lead recebido — formulário \"Solicite seu orçamento\" — «ag»\nRecebido em «d» «h» · origem: «src»\n\n",
          ag=ag, d=g.date("br", 2025), h=g.hms(), src=g.pick(["google / cpc", "instagram / bio", "indicação", "site / organic"]))
    fields = [("Seu nome", P(g.pick([req.full, req.low, req.short]))), ("E-mail", (g.email(req), "EMAIL_ADDRESS")),
              ("WhatsApp", (g.phone(g.pick(["par", "raw", "plain", "nospace"])), "PHONE_NUMBER")),
              ("Nome do idoso(a)", P(g.pick([eld.full, eld.caps, eld.low]))),
              ("CPF do idoso(a) (opcional)", (g.cpf(), "BR_CPF") if g.chance(0.6) else V("")),
              ("Data de nascimento do idoso(a)", (g.dob(g.pick(["br", "nopad", "iso"]), 1925, 1955), "DATE_OF_BIRTH")),
              ("Grau de parentesco", V(kin(g, req))), ("Grau de dependência", V(g.pick(["I", "II", "III", "não sei"]))),
              ("Endereço do atendimento", (g.address(g.pick(["text", "low"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))),
              ("CEP", (g.cep(g.chance(0.6)), "BR_CEP")), ("Cidade/UF", V(f"{city}/{uf}")),
              ("Turno desejado", V(g.pick(["12x36 diurno", "24h", "noturno", "só fins de semana"])))]
    for k, v in fields:
        doc.f("«k»: ", k=k)
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("Mensagem: «m»\n", m=g.pick(["preciso com urgência, ela saiu do hospital ontem", "meu pai é acamado, precisa de alguém que saiba mexer com sonda",
                                      "a cuidadora atual vai sair dia 30", "quero saber se aceitam pagamento pelo plano"]))
    doc.f("IP: «ip» · User-Agent: Mozilla/5.0 (Linux; Android 13) · utm_campaign=«u»\n\n",
          ip=(g.ip(), "IP_ADDRESS"), u=g.pick(["cuidador_idoso_" + city.lower().replace(" ", "_"), "homecare_24h", "outubro_rosa_60mais"]))
    doc.f("--- nota CRM («s», «sd»): liguei 2x, atendeu «r» na segunda. Quer visita de avaliação com a enfermeira «e». "
          "Passei proposta «pr» de «v»/mês. «x»\n",
          s=P(sdr.first), sd=g.date("br", 2025), r=P(req.first), e=P(g.person(female=True).short), pr=f"PRP-{g.d(5)}", v=R(g, 3000, 16000),
          x=g.pick(["Disse que vai conversar com os irmãos.", "Também pediu indicação de ILPI em " + city + ".",
                    f"Irmão dela, {''}", "Pediu pra mandar no e-mail do marido."]))
    if doc.text.endswith("Irmão dela, \n"):
        doc.text = doc.text[:-len("Irmão dela, \n")]
        b = g.relative(eld)
        doc.f("Irmão dela, «b», também ligou do «t».\n", b=P(b.full), t=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_plano(g: Gen) -> Doc:
    """Health-plan call-centre ticket: a daughter asks for home care after her father's discharge."""
    doc = Doc()
    ben = g.elder()
    cal = g.relative(ben)
    ats = [g.person() for _ in range(2)]
    md = g.person()
    city, uf = g.city()
    doc.f("PROTOCOLO ANS «p» | «op» | Canal: telefone 0800\nBeneficiário: «b» | Carteirinha «c» | Plano «pl» (coletivo por adesão)\n"
          "CPF «cpf» | Nasc.: «dob» | Titular: sim\nSolicitante: «s» («k») | Contato: «t»\n\n",
          p=g.d(20), op=g.pick(["Vitória Saúde", "Sereno Planos de Saúde", "Aurora Med", "Prudente Saúde"]), b=P(ben.caps),
          c=f"0{g.d(3)}.{g.d(4)}.{g.d(6)}.{g.d(2)}-{g.d(1)}", pl=g.pick(["Sênior Plus", "Melhor Idade 60", "Essencial Enfermaria"]),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob(g.pick(["br", "short", "dash"]), 1927, 1958), "DATE_OF_BIRTH"), s=P(cal.full), k=kin(g, cal),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f("«d1» «h1» [«a1»] Solicitante informa alta hospitalar do beneficiário em «da» (Hospital «hos»), CID «cid». "
          "Médico assistente Dr(a). «md», «crm», indicou internação domiciliar (home care) com fisioterapia e enfermagem 12h. "
          "Orientada a enviar relatório médico e tabela NEAD pelo e-mail autorizacao@ da operadora.\n",
          d1=g.date("br", 2025), h1=g.hm(), a1=P(ats[0].short), da=g.date("br", 2025), hos=g.pick(["São Bento", "Santa Rita", "Aurora", "Beneficência"]),
          cid=g.pick(CIDS_GER), md=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«d2» «h2» [«a2»] Retorno: auditoria negou pelo escore NEAD («sc» pts), liberado apenas atendimento domiciliar. "
          "Solicitante contesta, menciona o Procon e a Lei 9.656/98. Informada a NIP na ANS. Retorno no celular «t2» ou no e-mail «e».\n",
          d2=g.date("br", 2025), h2=g.hm(), a2=P(ats[1].full), sc=g.rng.randint(5, 17), t2=(g.phone(), "PHONE_NUMBER"), e=(g.email(cal), "EMAIL_ADDRESS"))
    doc.f("«d3» [«lg»] Segundo titular do contato: «o» («k»), «ot». Endereço para visita da equipe: «ad», «c»/«u», CEP «cep».\n",
          d3=g.date("br", 2025), lg=login(ats[0]), o=P(g.relative(ben).full), k=g.pick(["genro", "nora", "neto", "neta"]),
          ot=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    return doc


AT_TEMPLATES = [at_whats_ilpi, at_visitas, at_plantao, at_ouvidoria, at_funeral, at_orcamento, at_plano]


# =========================================================================== juridico

ESTADO_CIVIL = {True: ["brasileira, casada", "brasileira, divorciada", "brasileira, solteira", "brasileira, viúva",
                       "brasileira, em união estável"],
                False: ["brasileiro, casado", "brasileiro, divorciado", "brasileiro, solteiro", "brasileiro, viúvo",
                        "brasileiro, em união estável"]}
PROFS_F = ["professora", "comerciante", "auxiliar administrativa", "motorista", "técnica de enfermagem", "engenheira civil",
           "aposentada", "vendedora", "do lar", "analista de sistemas", "autônoma", "cabeleireira", "servidora pública"]
PROFS = ["professora", "comerciante", "auxiliar administrativa", "motorista", "técnica de enfermagem", "engenheiro civil",
         "aposentada", "vendedor", "do lar", "analista de sistemas", "autônomo", "cabeleireira", "servidor público"]


def qualif(doc: Doc, g: Gen, p: Person, name_caps: bool = True, rg: bool = True, titulo: bool = False,
           email: bool = True, dob: bool = False, cnh: bool = False) -> None:
    """Petition-style qualification of a natural person."""
    doc.f("«n», «ec», «pr», ", n=P(p.caps if name_caps else p.full), ec=g.pick(ESTADO_CIVIL[p.female]), pr=g.pick(PROFS_F if p.female else PROFS))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1925, 1958), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/SP", "SSP-MG", "SESP/PR", "IFP/RJ", "SDS/PE"]))
    doc.f("inscrit«o» no CPF sob o nº «c», ", o=p.o, c=(g.cpf("dot"), "BR_CPF"))
    if titulo:
        doc.f("título de eleitor «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if cnh:
        doc.f("CNH nº «h», ", h=(g.cnh(), "BR_CNH"))
    if email:
        doc.f("e-mail «e», ", e=(g.email(p), "EMAIL_ADDRESS"))
    city, uf = g.city()
    doc.f("residente e domiciliad«o» na «ad», «b», «c»/«u», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, u=uf, cep=(g.cep(), "BR_CEP"))


def ju_curatela(g: Gen) -> Doc:
    """Initial petition of a curatorship action (ação de curatela, the former interdição) by a child."""
    doc = Doc()
    req = g.person()
    eld = g.elder()
    eld = Person(eld.given, [s for s in eld.surnames if s not in SUFFIXES][:1] + [req.last], eld.female)
    adv = g.person()
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v»ª VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «c»/«u»\n\n\n",
          v=g.rng.randint(1, 6), c=city.upper(), u=uf)
    doc.t("")
    qualif(doc, g, req, titulo=g.chance(0.8))
    doc.f(", por seu advogado que esta subscreve («oab», e-mail «ae»), vem propor\n\nAÇÃO DE CURATELA c/c PEDIDO DE TUTELA DE URGÊNCIA\n\n"
          "em favor de «n», «ec», aposentad«o», nascid«o» em «dob», portador«a» do CPF nº «cpf» e do RG «rg», beneficiári«o» do INSS (NB «nb»), "
          "atualmente acolhid«o» no «il», pelos fatos e fundamentos a seguir.\n\n",
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(corp_mail(adv, g.pick(["adv.br", "advocacia.com.br", "gmail.com"])), "EMAIL_ADDRESS"),
          n=P(eld.caps), ec=g.pick(["viúva", "casada", "divorciada"] if eld.female else ["viúvo", "casado", "divorciado"]), o=eld.o, a="a" if eld.female else "",
          dob=(g.dob(g.pick(["br", "long"]), 1926, 1950), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), nb=nb(g),
          il=g.pick(ILPIS))
    md = g.person()
    doc.f("I – DOS FATOS\n\n1. O(A) curatelando(a), genitor(a) do(a) Requerente, é portador(a) de demência na doença de Alzheimer (CID-10 «cid»), "
          "conforme laudo subscrito pel«a2» Dr«a3». «md» («crm»), em «dl», que atesta incapacidade para os atos da vida civil de natureza patrimonial.\n"
          "2. Desde «da», «nf» não reconhece os familiares e foi vítima de contratação de empréstimos consignados que desconhece "
          "(ver BO nº «bo»), o que torna urgente a nomeação de curador(a).\n",
          cid=g.pick(["F00.1", "F00.2", "G30.1", "F03"]), a2="a" if md.female else "o", a3="a" if md.female else "", md=P(md.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dl=g.date("br", 2025), da=g.date("br", 2023),
          nf=P(eld.nick if g.chance(0.4) else eld.first), bo=f"{g.rng.randint(100, 9999)}/{g.rng.randint(2024, 2025)}")
    sibs = [g.relative(eld) for _ in range(g.rng.randint(1, 3))]
    doc.t("3. Os demais filhos concordam com o pedido, conforme declarações anexas: ")
    for i, sb in enumerate(sibs):
        doc.f("«s»«n» (CPF «c»)", s="; " if i else "", n=P(sb.full), c=(g.cpf(), "BR_CPF"))
    doc.f(".\n\nII – DO DIREITO\n\nNos termos dos arts. 747 e seguintes do CPC e dos arts. 84 e 85 da Lei 13.146/2015, a curatela "
          "afetará tão somente os atos de natureza patrimonial e negocial. Aplica-se ainda a Lei 10.741/2003.\n\n"
          "III – DOS PEDIDOS\n\na) a nomeação do(a) Requerente como curador(a) provisório(a); b) a intimação do Ministério Público; "
          "c) a realização de perícia médica; d) a procedência do pedido.\n\nDá-se à causa o valor de «v».\n\n«c», «d».\n\n«adv»\n«oab»\n",
          v=R(g, 1412, 20000), c=city, d=g.date("long", 2025), adv=P(adv.caps if g.chance(0.5) else adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_termo(g: Gen) -> Doc:
    """Term of commitment of a provisional curator, issued by the court registry."""
    doc = Doc()
    cur = g.person()
    eld = g.elder()
    juiz = g.person()
    esc = g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO DE «u»\nComarca de «c» — «v»ª Vara da Família\n\n"
          "TERMO DE COMPROMISSO DE CURADOR(A) PROVISÓRIO(A)\n\nProcesso nº «cnj»\nClasse: Interdição/Curatela\n"
          "Requerente: «r»\nRequerido: «e»\n\n",
          u=uf, c=city, v=g.rng.randint(1, 5), cnj=g.cnj(g.pick(["8.26", "8.13", "8.16", "8.19", "8.05", "8.06"])), r=P(cur.caps), e=P(eld.caps))
    doc.f("Aos «d», nesta cidade de «c», compareceu perante este Juízo «cr», ", d=g.date("long", 2025), c=city, cr=P(cur.full))
    doc.f("portador«a» do RG «rg», do CPF «cpf» e do título eleitoral «te», nascid«o» em «dob», residente na «ad», CEP «cep», telefone «t», ",
          a="a" if cur.female else "", o=cur.o, rg=(g.rg(), "BR_RG"), te=(g.titulo(), "BR_TITULO_ELEITOR"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1955, 1990), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("nomead«o» curador«a» provisóri«o» de «e», CPF «ecpf», nascid«o2» em «edob», por decisão de fls. «fl», "
          "e prestou o compromisso de bem e fielmente desempenhar o encargo.\n\n",
          o=cur.o, a="a" if cur.female else "", e=P(eld.full), ecpf=(g.cpf(), "BR_CPF"), o2=eld.o,
          edob=(g.dob("br", 1925, 1950), "DATE_OF_BIRTH"), fl=f"{g.rng.randint(30, 300)}/{g.rng.randint(301, 400)}")
    ag, ac = g.agency(), g.account()
    doc.f("Fica autorizad«o» a receber o benefício previdenciário NB «nb» e a movimentar exclusivamente a conta nº «cc», agência «ag» do «bk», "
          "vedada a contratação de empréstimos e a alienação de bens sem autorização judicial, devendo prestar contas a cada «m» meses "
          "(art. 84, § 4º, da Lei 13.146/2015). «w»\n\n",
          o=cur.o, nb=nb(g), cc=(ac, "BANK_ACCOUNT"), ag=(ag, "BANK_ACCOUNT"), bk=g.pick(BANKS)[1], m=g.pick(["6", "12"]),
          w=g.pick(["", "Ficam revogadas as procurações outorgadas anteriormente pelo(a) curatelado(a).",
                    "O(A) curador(a) declara ciência de que os valores não poderão ser usados em proveito próprio."]))
    doc.f("E, para constar, lavrei o presente termo, que vai assinado.\n\n«j»\nJuiz(a) de Direito\n\nCurador(a) — assinado na secretaria\n\n«es», escrevente técnico judiciário (matrícula «mt»)\n"
          "Documento assinado digitalmente nos termos da Lei 11.419/2006. Código de verificação «cv».\n",
          j=P(juiz.full), es=P(esc.full), mt=f"{g.d(3)}.{g.d(3)}-{g.d(1)}", cv=f"{g.hexs(4).upper()}.{g.hexs(4).upper()}.{g.hexs(4).upper()}")
    return doc


def ju_disque100(g: Gen) -> Doc:
    """Disque 100 elder-abuse report forwarded to the municipal council for the elderly, with its dispatch."""
    doc = Doc()
    vit = g.elder()
    sus = g.relative(vit, female=g.chance(0.3))
    nb_ = g.person()
    con = g.person(female=True)
    city, uf = g.city()
    prot = f"{g.d(7)}"
    doc.f("MINISTÉRIO DOS DIREITOS HUMANOS E DA CIDADANIA — OUVIDORIA NACIONAL DE DIREITOS HUMANOS\nDisque Direitos Humanos — Disque 100\n"
          "Protocolo: «p» · Data do registro: «d» «h» · Canal: «ch»\nGrupo vulnerável: PESSOA IDOSA · Violações: «vi»\n\n",
          p=prot, d=g.date("br", 2025), h=g.hms(), ch=g.pick(["telefone", "WhatsApp", "site", "aplicativo Direitos Humanos Brasil"]),
          vi=g.pick(["negligência; violência patrimonial", "abandono; violência psicológica", "violência física; maus-tratos",
                     "apropriação de cartão/benefício; cárcere privado"]))
    doc.f("VÍTIMA\nNome: «n»\nIdade aproximada: «a» anos · Sexo: «s» · Telefone: «vt»\nEndereço: «ad» · Bairro «b» · «c»/«u» · CEP «cep»\n"
          "Ponto de referência: «pr»\n\n",
          n=P(g.pick([vit.caps, vit.full])), a=g.rng.randint(70, 97), s="feminino" if vit.female else "masculino", vt=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.6) else ("não informado", None),
          ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          pr=g.pick(["casa de muro rosa ao lado do bar", "em frente à Igreja Assembleia de Deus", "portão branco, fundos da Padaria Bento",
                     "perto da Escola Estadual Prudente de Morais"]))
    nk = g.pick(["Baiano", "Tuta", "Neguinho", "Galego", "Biro", "Cabeça"]) if not sus.female else g.pick(["Nega", "Loira", "Preta", "Dinha"])
    doc.f("SUSPEITO(A)\nNome: «n» (vulgo «v») · Relação: «r» · Tel.: «t»\nVeículo: «car» placa «pl»\n\n",
          n=P(sus.full), v=P(nk), r=g.pick(["neto(a)", "filho(a)", "sobrinho(a)", "genro/nora"]), t=(g.phone(), "PHONE_NUMBER"),
          car=g.pick(["Gol prata", "HB20 branco", "moto Titan vermelha", "Onix preto"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("DENUNCIANTE: «d»\n\nRELATO: Denunciante informa que a vítima, conhecida como «vn», mora com «sx2», que retém o cartão do benefício "
          "e a senha. Vizinha «vz» relata que «id» passa o dia trancad«o», sem alimentação adequada, e que viu «sx» sacando "
          "dinheiro na lotérica da «rua». Há «k» empréstimos consignados que a vítima diz não ter feito. «extra»\n\n",
          d=g.pick(["anônimo", "identificado(a) — dados sob sigilo"]), vn=P(g.pick([vit.nick, vit.first])), vz=P(g.person(female=True).first), sx="a suspeita" if sus.female else "o suspeito", sx2=sus.o + " " + kin(g, sus), id="a idosa" if vit.female else "o idoso", o=vit.o,
          rua=g.pick(["Barão de Mauá", "Sete de Setembro", "Getúlio Vargas", "Prudente de Morais"]), k=g.rng.randint(2, 6),
          extra=g.pick(["", "Filha da vítima, que mora em outro estado, é a única que visita.", "A idosa tem marcas roxas nos braços."]))
    doc.f("ENCAMINHAMENTOS: Conselho Municipal dos Direitos da Pessoa Idosa de «c»; CREAS; Delegacia Especializada; Ministério Público (Promotoria do Idoso).\n\n"
          "---\nDESPACHO CMDPI nº «dn» — Recebido em «d». Designo a conselheira «cn» e a assistente social «asoc» («cr») para visita domiciliar em até 72h. "
          "Oficie-se o INSS e a instituição financeira. Telefone para retorno da equipe: «t».\n",
          c=city, dn=f"{g.rng.randint(10, 400)}/{g.rng.randint(2024, 2025)}", d=g.date("br", 2025), cn=P(con.full),
          asoc=P(g.person(female=True).short), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """Police report (boletim de ocorrência) of financial abuse: consignado loans taken in the victim's name."""
    doc = Doc()
    vit = g.elder()
    mae = g.elder(female=True)
    pai = g.elder(female=False)
    com = g.relative(vit)
    aut = g.relative(vit, female=False)
    dele = g.person()
    city, uf = g.city()
    doc.f("POLÍCIA CIVIL DO ESTADO DE «u»\n«dp»ª DELEGACIA DE POLÍCIA DE PROTEÇÃO À PESSOA IDOSA — «c»\nBOLETIM DE OCORRÊNCIA Nº «n»\n"
          "Natureza: Estelionato contra idoso (art. 171, § 4º, CP); Apropriação de rendimentos (art. 102, Lei 10.741/2003)\n"
          "Data/hora do registro: «d» «h» · Data do fato: entre «d1» e «d2»\n\n",
          u=uf, dp=g.rng.randint(1, 4), c=city.upper(), n=f"{g.pick(['AB', 'CD', 'FG'])}{g.d(4)}-{g.d(1)}/{g.rng.randint(2024, 2025)}",
          d=g.date("br", 2025), h=g.hm(), d1=g.date("br", 2024), d2=g.date("br", 2025))
    doc.f("VÍTIMA: «n», «s», nascid«o» em «dob», natural de «nat», filh«o» de «m» e de «p», RG «rg», CPF «cpf», aposentad«o», "
          "residente na «ad», «b», CEP «cep», fone «t».\n",
          n=P(vit.caps), s="feminino" if vit.female else "masculino", o=vit.o, dob=(g.dob(g.pick(["br", "dash"]), 1926, 1955), "DATE_OF_BIRTH"),
          nat=g.pick(CITIES)[0], m=P(mae.caps), p=P(pai.caps), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("COMUNICANTE: «n» («k»), RG «rg», CPF «c», fone «t», e-mail «e».\n", n=P(com.caps), k=kin(g, com), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(), "PHONE_NUMBER"), e=(g.email(com), "EMAIL_ADDRESS"))
    doc.f("AUTOR: «n», vulgo «v», CNH «cnh» (segundo a comunicante), demais dados ignorados; veículo utilizado: «car», placa «pl», RENAVAM «rv».\n\n",
          n=P(aut.caps), v=P(g.pick(["Juninho", "Magrão", "Xuxa", "Pelé", "Dedé", aut.nick.upper()])),
          cnh=(g.cnh(), "BR_CNH"), rv=g.neg(11), car=g.pick(["VW/Gol", "Fiat/Uno", "Chevrolet/Celta", "Honda/CG 160"]), pl=(g.plate(), "LICENSE_PLATE"))
    doc.t("HISTÓRICO: Comparece a comunicante e informa que, ao consultar o extrato do Meu INSS, constatou os seguintes "
          "empréstimos consignados não reconhecidos pela vítima:\n")
    for _ in range(g.rng.randint(2, 4)):
        doc.f("  • «b» — contrato «ct» — «v» em «p»x de «pp» — incluído em «d»\n", b=g.pick(CONSIG_BANKS), ct=g.pick([g.d(9), f"{g.d(3)}-{g.d(7)}", g.neg(11)]),
              v=R(g, 1500, 30000), p=g.pick([72, 84, 96]), pp=R(g, 40, 700), d=g.date("br", 2025))
    ag, ac = g.agency(), g.account()
    doc.f("Os valores foram creditados na conta «ac», agência «ag» («bk») e em seguida transferidos via Pix para a chave aleatória «pk», "
          "que segundo a comunicante pertence a «a». A vítima, que tem diagnóstico de demência (CID «cid»), afirma que o neto "
          "levou seus documentos \"para fazer a prova de vida\". Nada mais.\n\nAutoridade: «dl», Delegad«o» de Polícia · Escrivã(o): «es»\n",
          ac=(ac, "BANK_ACCOUNT"), ag=(ag, "BANK_ACCOUNT"), bk=g.pick(BANKS)[1], pk=(g.uuid(), "PIX_KEY"), a=P(aut.first), cid=g.pick(["F03", "F00.1"]),
          dl=P(dele.full), o="a" if dele.female else "o", es=P(g.person().full))
    return doc


def ju_contrato(g: Gen) -> Doc:
    """ILPI admission contract (contrato de prestação de serviços de acolhimento) with its e-signature log."""
    doc = Doc()
    ctr = g.person()
    res = g.elder()
    fia = g.relative(res)
    ilpi = g.pick(ILPIS)
    city, uf = g.city()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE ATENÇÃO INTEGRAL À PESSOA IDOSA EM REGIME DE ACOLHIMENTO Nº «n»\n\n"
          "CONTRATADA: «il», pessoa jurídica de direito privado, CNPJ «cnpj», com sede na «sede», «c»/«u», "
          "registrada no Conselho Municipal do Idoso sob o nº «cm», neste ato representada por sua diretora «dr».\n\n",
          n=f"{g.d(4)}/{g.rng.randint(2024, 2025)}", il=ilpi.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          sede=g.pick(["Rua Santa Rita, 400", "Avenida Barão de Mauá, 1.200", "Estrada do Rosário, km 3"]), c=city, u=uf,
          cm=f"{g.rng.randint(1, 90):03d}/{g.rng.randint(2010, 2022)}", dr=P(g.person(female=True).full))
    doc.t("CONTRATANTE: ")
    qualif(doc, g, ctr, email=True, cnh=g.chance(0.5), titulo=g.chance(0.3))
    doc.t(".\n\nRESIDENTE: ")
    doc.f("«n», nascid«o» em «dob», CPF «cpf», RG «rg», Cartão Nacional de Saúde «cns», doravante RESIDENTE.\n\n",
          n=P(res.caps), o=res.o, dob=(g.dob("br", 1925, 1955), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
          cns=(g.cns(), "BR_CNS"))
    doc.t("RESPONSÁVEL SOLIDÁRIO: ")
    qualif(doc, g, fia, email=False, rg=g.chance(0.5))
    doc.f(", telefone «t».\n\n", t=(g.phone(), "PHONE_NUMBER"))
    doc.f("CLÁUSULA 1ª — A CONTRATADA prestará acolhimento em quarto «q», grau de dependência «gd» (RDC ANVISA nº 502/2021), "
          "com alimentação, cuidados de higiene, administração de medicamentos prescritos e atividades de convivência.\n"
          "CLÁUSULA 4ª — O valor mensal é de «v», com vencimento todo dia «dv», reajustado anualmente pelo IPCA. Medicamentos, "
          "fraldas e consultas particulares serão cobrados à parte.\n"
          "CLÁUSULA 7ª — Em caso de intercorrência, a CONTRATADA comunicará o CONTRATANTE pelo telefone «t» e encaminhará o RESIDENTE ao "
          "serviço de saúde indicado pelo plano «pl».\n"
          "CLÁUSULA 9ª — As visitas são livres das 9h às 18h, observado o art. 49 da Lei 10.741/2003. «w»\n\n",
          q=g.pick(["individual", "duplo", "triplo"]), gd=g.pick(["I", "II", "III"]), v=R(g, 3500, 14000), dv=g.pick(["05", "10", "15"]),
          t=(g.phone(), "PHONE_NUMBER"), pl=g.pick(["Unimed", "Prudente Saúde", "Vitória Saúde", "SUS"]),
          w=g.pick(["", "Fica vedada a visita de pessoas indicadas pelo CONTRATANTE por escrito.", "A CONTRATADA não se responsabiliza por joias e dinheiro."]))
    doc.f("«c», «d».\n\nTestemunhas: 1) «t1» — CPF «c1»  2) «t2» — CPF «c2»\n\n", c=city, d=g.date("long", 2025),
          t1=P(g.person().full), c1=(g.cpf(), "BR_CPF"), t2=P(g.person().full), c2=(g.cpf(), "BR_CPF"))
    doc.f("— Registro de assinaturas (plataforma «pf») —\n", pf=g.pick(["Clicksign", "D4Sign", "ZapSign", "DocuSign"]))
    for who in (ctr, fia):
        doc.f("«n» · «e» · assinou em «d» «h» · IP «ip» · token SMS para «t»\n", n=P(who.full), e=(g.email(who), "EMAIL_ADDRESS"),
              d=g.date("br", 2025), h=g.hms(), ip=(g.ip(), "IP_ADDRESS"), t=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f("Hash do documento: «h»\n", h=g.hexs(64))
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """Labour claim of a home caregiver against the children of the elderly person she cared for."""
    doc = Doc()
    rec = g.person(female=g.chance(0.85))
    eld = g.elder()
    rds = [g.relative(eld) for _ in range(g.rng.randint(1, 2))]
    adv = g.person()
    city, uf = g.city()
    has_cnh = g.chance(0.5)
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«u»\n\n", v=g.rng.randint(1, 9), c=city.upper(), u=uf)
    doc.f("«n», cuidador«a» de idosos, nascid«o» em «dob», CTPS nº «ct» série «se», PIS «pis», RG «rg», CPF «cpf», «cl»«cnh»«cr»residente na «ad», «b», "
          "CEP «cep», telefone/WhatsApp «t», por sua advogada (procuração anexa), vem propor RECLAMAÇÃO TRABALHISTA em face de\n\n",
          n=P(rec.caps), a="a" if rec.female else "", o=rec.o, dob=(g.dob("br", 1965, 2000), "DATE_OF_BIRTH"), ct=g.d(7), se=f"{g.d(3)}-{g.d(1)}",
          pis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), cl="CNH nº " if has_cnh else "", cnh=(g.cnh(), "BR_CNH") if has_cnh else ("", None), cr=" (cat. B), " if has_cnh else "", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    for i, r in enumerate(rds):
        doc.f("«i») «n», CPF «c», residente na «ad», CEP «cep», e-mail «e»;\n", i="ab"[i], n=P(r.caps), c=(g.cpf(), "BR_CPF"),
              ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), e=(g.email(r), "EMAIL_ADDRESS"))
    doc.f("\nfilhos e empregadores domésticos «sr» «el» (falecid«o» em «df»), pelos fatos a seguir.\n\n"
          "1. A Reclamante foi admitida em «da» para cuidar «gn» dos Reclamados, portador«a» de Parkinson (CID G20), "
          "em jornada 12x36, das 7h às 19h, e dispensada sem justa causa em «dd», sem o pagamento das verbas rescisórias.\n"
          "2. Nos últimos «m» meses, passou a dormir no emprego sem o pagamento de adicional noturno (LC 150/2015, art. 14). "
          "O salário de «s» era pago por Pix «pr» «r1».\n3. Testemunhas: «w1» e «w2» (vizinha, tel. «wt»).\n\n"
          "PEDIDOS: aviso prévio, 13º, férias + 1/3, FGTS + 40%, horas extras e reflexos, multa do art. 477 da CLT. Valor da causa: «vc».\n\n"
          "«c», «d».\n«adv» — «oab»\n",
          sr="da Sra." if eld.female else "do Sr.", o=eld.o, gn="da genitora" if eld.female else "do genitor", a="a" if eld.female else "",
          pr="pela Reclamada" if rds[0].female else "pelo Reclamado", el=P(eld.full), df=g.date("br", 2025), da=g.date("br", g.rng.randint(2019, 2023)), dd=g.date("br", 2025), m=g.rng.randint(4, 20),
          s=R(g, 1600, 3500), r1=P(rds[0].first), w1=P(g.person().full), w2=P(g.person(female=True).full), wt=(g.phone(), "PHONE_NUMBER"),
          vc=R(g, 15000, 90000), c=city, d=g.date("br", 2025), adv=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("\nProcesso distribuído: «cnj» · Audiência UNA: «da» às «h»\n", cnj=g.cnj(g.pick(["5.02", "5.15", "5.03", "5.04"])),
          da=g.date("br", 2025), h=g.hm())
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice to a bank contesting consignado loans taken without the retiree's consent."""
    doc = Doc()
    ret = g.elder()
    pro = g.relative(ret)
    adv = g.person()
    bank = g.pick(CONSIG_BANKS)
    city, uf = g.city()
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICADO: «bk», CNPJ «cnpj», por seu SAC, Ouvidoria e DPO (dpo@«dom»)\n\nNOTIFICANTE: «n», "
          "aposentad«o», CPF «cpf», nascid«o» em «dob», titular do benefício NB «nb» (espécie «esp»), ",
          bk=bank, cnpj=(g.cnpj(), "BR_CNPJ"), dom=slug(bank) + ".com.br", n=P(ret.caps), o=ret.o, cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1928, 1958), "DATE_OF_BIRTH"), nb=nb(g), esp=g.pick(["41 - aposentadoria por idade", "32 - invalidez", "21 - pensão por morte", "88 - BPC/LOAS idoso"]))
    doc.f("neste ato representad«o» por «pp» «p», CPF «pc», RG «rg», ", o=ret.o, pp="sua procuradora e curadora" if pro.female else "seu procurador e curador", p=P(pro.full), pc=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.f("ambos com endereço na «ad», «c»/«u», CEP «cep», e por seu advogado «a» («oab»).\n\n",
          ad=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("O(A) Notificante tomou conhecimento, pelo extrato de empréstimos do INSS, dos contratos abaixo, que NUNCA contratou nem autorizou:\n\n"
          "| Contrato | Data de inclusão | Valor liberado | Parcela | Conta de crédito |\n|---|---|---|---|---|\n")
    for _ in range(g.rng.randint(2, 3)):
        doc.f("| «ct» | «d» | «v» | «p» | ag. «ag» / c/c «cc» |\n", ct=g.pick([g.d(10), g.neg(11), f"{g.d(4)}{g.pick('ABCDEF')}{g.d(5)}"]),
              d=g.date("br", 2025), v=R(g, 2000, 25000), p=R(g, 50, 800), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nA conta de crédito não pertence ao(à) Notificante. A assinatura eletrônica foi colhida por biometria facial em «d», a partir do IP «ip», "
          "e a selfie não corresponde ao(à) aposentado(a), que tem «i» anos e é acamad«o». O CPF «bad» informado no contrato como \"cônjuge\" sequer é válido.\n\n"
          "Assim, com base no art. 6º, VIII, e art. 14 do CDC, na Instrução Normativa INSS/PRES nº 138/2022 e na Lei 10.741/2003, NOTIFICA-SE para, "
          "em 10 dias: (i) cancelar os contratos; (ii) restituir em dobro os descontos; (iii) apresentar o dossiê da contratação (logs, geolocalização, "
          "gravação do correspondente «corr»).\n\nResposta para «ae» ou «at».\n\n«c», «dt».\n«a»\n«oab»\n",
          d=g.date("br", 2025), ip=(g.ip(), "IP_ADDRESS"), i=g.rng.randint(72, 96), o=ret.o, bad=g.bad_cpf("dot"),
          corr=g.pick(["Prudente Promotora de Vendas Ltda", "Aurora Consig Correspondente", "Leão Crédito Fácil"]),
          ae=(corp_mail(adv, "advocacia" + slug(adv.last) + ".com.br"), "EMAIL_ADDRESS"), at=(g.phone(), "PHONE_NUMBER"), c=city,
          dt=g.date("long", 2025), a=P(adv.caps), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


JU_TEMPLATES = [ju_curatela, ju_termo, ju_disque100, ju_bo, ju_contrato, ju_trabalhista, ju_notificacao]


# =========================================================================== saude

MEDS = [("Losartana 50 mg", "1 cp", "VO"), ("Donepezila 10 mg", "1 cp", "VO"), ("Metformina 850 mg", "1 cp", "VO"),
        ("Quetiapina 25 mg", "1/2 cp", "VO"), ("Omeprazol 20 mg", "1 cáps", "VO"), ("Insulina NPH", "12 UI", "SC"),
        ("Sinvastatina 20 mg", "1 cp", "VO"), ("Memantina 10 mg", "1 cp", "VO"), ("Levodopa+benserazida 100/25", "1 cp", "VO"),
        ("Furosemida 40 mg", "1 cp", "VO"), ("AAS 100 mg", "1 cp", "VO"), ("Sertralina 50 mg", "1 cp", "VO"),
        ("Enoxaparina 40 mg", "1 amp", "SC"), ("Dipirona 1 g", "1 cp se dor", "VO"), ("Vitamina D 7.000 UI", "1 cáps/sem", "VO")]
HOURS = ["06h", "08h", "12h", "14h", "18h", "22h"]


def initials(p: Person) -> str:
    return "".join(w[0] for w in fold(p.full).split() if w.lower() not in PARTICLES).upper()[:3]


def sa_ficha(g: Gen) -> Doc:
    """ILPI resident file: identification, family in charge, physician, diagnoses and the list of authorised visitors."""
    doc = Doc()
    res = g.elder()
    fam = g.relative(res)
    md = g.person()
    ilpi = g.pick(ILPIS)
    city, uf = g.city()
    doc.f("«il» — FICHA DO RESIDENTE (PIA — Plano Individual de Atendimento)\nProntuário nº «pn»   Admissão: «da»   Quarto/leito: «q»\n\n"
          "1. IDENTIFICAÇÃO\nNome civil: «n»\nNome social / apelido: «nk»\nData de nascimento: «dob»   Naturalidade: «nat»\n"
          "CPF: «cpf»   RG: «rg»   CNS: «cns»\nBenefício: NB «nb» («esp»)   Convênio: «conv», carteira «cart»\n"
          "Escolaridade: «esc»   Religião: «rel»\n\n",
          il=ilpi.upper(), pn=g.d(5), da=g.date("br", g.rng.randint(2019, 2025)), q=f"{g.rng.randint(1, 30)}-{g.pick('AB')}",
          n=P(res.full), nk=P(res.nick), dob=(g.dob(g.pick(["br", "nopad"]), 1925, 1955), "DATE_OF_BIRTH"), nat="/".join(g.pick(CITIES)),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), cns=(g.cns(), "BR_CNS"), nb=nb(g), esp=g.pick(["aposentadoria", "BPC/LOAS", "pensão"]),
          conv=g.pick(["não possui", "Unimed", "Prudente Saúde", "Geap"]), cart=g.d(17), esc=g.pick(["fundamental incompleto", "analfabeta", "médio", "superior"]),
          rel=g.pick(["católica", "evangélica", "espírita", "umbanda", "judaica", "não informada"]))
    doc.f("2. RESPONSÁVEL / CURADOR\n«f» («k»«cur») — CPF «c» — tel. «t1» / «t2» — «e»\nEnd.: «ad», «b», «ci»/«uf» — CEP «cep»\n\n",
          f=P(fam.full), k=kin(g, fam), cur=g.pick(["", ", curador(a) nomeado(a) no proc. " + g.cnj(g.pick(["8.26", "8.13", "8.16"]))]),
          c=(g.cpf(), "BR_CPF"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"), e=(g.email(fam), "EMAIL_ADDRESS"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    cids = g.rng.sample(CIDS_GER, 3)
    doc.f("3. SAÚDE\nMédico(a) assistente: «m» — «crm» — «mt»\nDiagnósticos: «c1»; «c2»; «c3»\nAlergias: «al»\nGrau de dependência (RDC 502/2021): «gd» · "
          "Katz «kz»/6 · Risco de queda (Morse): «mo»\nDieta: «di»\n\n",
          m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mt=(g.phone("par"), "PHONE_NUMBER"), c1=cids[0], c2=cids[1], c3=cids[2],
          al=g.pick(["dipirona", "nega", "penicilina, frutos do mar", "AAS"]), gd=g.pick(["I", "II", "III"]), kz=g.rng.randint(0, 6),
          mo=g.rng.randint(15, 85), di=g.pick(["branda, hipossódica", "pastosa", "livre", "para diabético, sem açúcar"]))
    doc.t("4. VISITANTES AUTORIZADOS PELO RESPONSÁVEL\n")
    for _ in range(g.rng.randint(1, 3)):
        v = g.relative(res) if g.chance(0.7) else g.person()
        doc.f("   - «n» («k») — «d»\n", n=P(g.pick([v.full, v.short])), k=kin(g, v) if g.chance(0.8) else ("amiga da igreja" if v.female else "amigo da igreja"),
              d=(g.cpf(), "BR_CPF") if g.chance(0.5) else (g.rg(), "BR_RG"))
    if g.chance(0.5):
        b = g.relative(res)
        doc.f("   ✗ NÃO AUTORIZADO: «n» (decisão judicial)\n", n=P(b.full))
    doc.f("\nPreenchido por «a», assistente social («cr»), em «d».\n", a=P(g.person(female=True).full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          d=g.date("br", 2025))
    return doc


def sa_mar(g: Gen) -> Doc:
    """Medication administration record (MAR) of one resident for one day, with the signature legend."""
    doc = Doc()
    res = g.elder()
    md = g.person()
    techs = [g.person(female=g.chance(0.8)) for _ in range(g.rng.randint(2, 3))]
    uf = g.pick(UFS)
    doc.f("MAPA DE ADMINISTRAÇÃO DE MEDICAMENTOS — «dt»\nResidente: «n»   Nasc.: «dob»   Leito: «l»   CNS: «cns»\n"
          "Prescrição: «m» («crm»), válida até «v»\nAlergias: «al»\n\n",
          dt=g.date("br", 2025), n=P(g.pick([res.caps, res.full])), dob=(g.dob("br", 1925, 1955), "DATE_OF_BIRTH"), l=g.rng.randint(1, 40),
          cns=(g.cns(), "BR_CNS"), m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), v=g.date("br", 2025),
          al=g.pick(["NEGA", "dipirona", "sulfa", "látex"]))
    doc.t("MEDICAMENTO                    DOSE          VIA  " + "  ".join(h.ljust(5) for h in HOURS) + "\n")
    for med, dose, via in g.rng.sample(MEDS, g.rng.randint(4, 7)):
        doc.t(med.ljust(30) + " " + dose.ljust(13) + " " + via.ljust(4) + " ")
        for h in HOURS:
            if g.chance(0.35):
                tag = g.pick([initials(t) for t in techs] + ["R", "S", "—"])
            else:
                tag = "  "
            doc.t(tag.ljust(5) + "  ")
        doc.t("\n")
    doc.t("\nLegenda: R = recusou · S = suspenso · — = em falta na farmácia\nRubricas:\n")
    for t in techs:
        doc.f("  «i» = «n», «f» «c»\n", i=initials(t), n=P(g.pick([t.full, t.short])), f=g.pick(["téc. enf.", "aux. enf.", "enfermeira"]),
              c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("\nIntercorrência: às «h» residente recusou «m» e cuspiu o comprimido. Comunicado à enfermeira «e» e à família («t»). "
          "Glicemia «gl» mg/dL. «w».\n",
          h=g.hm(), m=g.pick(["a quetiapina", "a donepezila", "o omeprazol"]), e=P(techs[-1].first),
          t=(g.phone(), "PHONE_NUMBER"), gl=g.rng.randint(70, 320), w=g.pick(WORD_USES))
    return doc


def sa_queda(g: Gen) -> Doc:
    """Adverse-event notification of a fall in an ILPI (incident report)."""
    doc = Doc()
    res = g.elder()
    cg = g.person(female=True)
    enf = g.person(female=g.chance(0.8))
    md = g.person()
    fam = g.relative(res)
    uf = g.pick(UFS)
    doc.f("NOTIFICAÇÃO DE EVENTO ADVERSO — QUEDA  (Núcleo de Segurança do Paciente)\nNº interno «n» · Notificação NOTIVISA «nv»\n\n"
          "Residente: «r» · «dob» · CNS «cns» · CPF «cpf»\nData/hora do evento: «d» às «h» · Local: «loc»\n"
          "Classificação: «cl» · Escala de Morse anterior: «mo» (alto risco)\n\n",
          n=g.d(4), nv=f"{g.rng.randint(2024, 2025)}.{g.d(2)}.{g.d(6)}", r=P(res.caps), dob=(g.dob(g.pick(["br", "short"]), 1925, 1955), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), d=g.date("br", 2025), h=g.hm(),
          loc=g.pick(["banheiro do quarto 12", "refeitório", "corredor da ala Rosa", "jardim de inverno", "ao levantar do leito"]),
          cl=g.pick(["dano leve", "dano moderado", "dano grave", "sem dano"]), mo=g.rng.randint(45, 95))
    doc.f("DESCRIÇÃO: Cuidadora «c» ouviu barulho e encontrou «o» residente ao chão, em decúbito lateral, consciente, referindo dor em «dor». "
          "Residente estava sem o andador e com chinelo (orientação prévia registrada em «dp»).\n\n",
          c=P(cg.full), o="a" if res.female else "o", dor=g.pick(["quadril direito", "punho esquerdo", "região occipital", "joelho"]),
          dp=g.date("br", 2025))
    doc.f("AVALIAÇÃO: Enf. «e» («co»): PA «pa», FC «fc», HGT «hgt», escoriação em «lz», suspeita de fratura. Acionado SAMU (ocorrência «oc»), "
          "viatura placa «pl». Médico regulador Dr(a). «m» («crm»). Hipótese: «cid».\n",
          e=P(enf.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"), pa=f"{g.rng.randint(9, 18)}x{g.rng.randint(5, 10)}", fc=g.rng.randint(55, 120),
          hgt=g.rng.randint(70, 250), lz=g.pick(["MSE", "face", "cotovelo D"]), oc=g.d(7), pl=(g.plate(), "LICENSE_PLATE"), m=P(md.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(["S72.0 (fratura de colo do fêmur) / W19", "S52.5 / W18", "S06.0 / W01", "T14.0 / W19"]))
    doc.f("FAMÍLIA: «k» «f» comunicad«o» às «h» pelo telefone «t»; acompanhou até o Hospital «hos». «w»\n\n"
          "Notificante: enfermagem do plantão · Revisado por: «rv», RT · «d»\n",
          k=kin(g, fam), f=P(g.pick([fam.full, fam.first])), o=fam.o, h=g.hm(), t=(g.phone(), "PHONE_NUMBER"),
          hos=g.pick(["Santa Luzia", "Municipal", "São Bento", "Beneficência Portuguesa"]),
          w=g.pick(["", "Família questiona a falta de grade na cama.", "Seria prudente revisar a prescrição de quetiapina."]),
          rv=P(g.person(female=True).short), d=g.date("br", 2025))
    return doc


def sa_esf(g: Gen) -> Doc:
    """Home visit record of a Family Health team (e-SUS APS, visita domiciliar) to a bedridden elder."""
    doc = Doc()
    eld = g.elder()
    cg = g.relative(eld)
    acs = g.person()
    enf = g.person(female=True)
    md = g.person()
    city, uf = g.city()
    doc.f("e-SUS APS · FICHA DE VISITA DOMICILIAR E TERRITORIAL\nUBS «ubs» · Equipe ESF «eq» (INE «ine») · Microárea «ma»\n"
          "Profissional: «a» · CNS do profissional «acns» · CBO 5151-05 (ACS)\nData: «d» · Turno: «t»\n\n",
          ubs=g.pick(["Jardim Aurora", "Vila Prudente", "São Bento", "Dr. Quirino Tabosa", "Santa Rita"]), eq=g.pick(["Azul", "Verde", "Rosa", "03"]),
          ine=g.d(10), ma=f"{g.rng.randint(1, 12):02d}", a=P(acs.full), acns=(g.cns(), "BR_CNS"), d=g.date("br", 2025), t=g.pick(["manhã", "tarde"]))
    doc.f("CIDADÃO: «n» · CNS «cns» · CPF «cpf» · Nasc. «dob» · Sexo «sx»\nEndereço: «ad» · «b» · CEP «cep» · «c»/«u»\nTelefone de contato: «tel»\n"
          "Condições: acamado(a) · domiciliado(a) · «co»\n\n",
          n=P(eld.caps), cns=(g.cns(False), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1925, 1955), "DATE_OF_BIRTH"),
          sx="F" if eld.female else "M", ad=(g.address(g.pick(["caps", "text"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          c=city, u=uf, tel=(g.phone(), "PHONE_NUMBER"), co=g.pick(["hipertensão, diabetes", "sequela de AVC", "Alzheimer", "DPOC, O2 domiciliar"]))
    doc.f("MOTIVO: acompanhamento de pessoa idosa acamada; busca ativa de vacina; «m»\n\nANOTAÇÕES DA EQUIPE:\n"
          "ACS: «cp» principal é «k» «cg» (CPF «cc»), que relata cansaço e pede apoio. Casa limpa, «w».\n"
          "Enf. «e» («coren»): lesão por pressão sacral estágio «lp», curativo com hidrocoloide. PA «pa». Orientada mudança de decúbito 2/2h.\n"
          "Dr(a). «md» («crm»): ajustada insulina; solicitado ECG. CID «cid». Encaminhado ao NASF (nutrição, «crn») e ao CRAS "
          "para avaliação de BPC do cuidador.\n",
          m=g.pick(["suspeita de negligência relatada por vizinho", "pós-alta hospitalar", "renovação de receita"]),
          cp="a cuidadora" if cg.female else "o cuidador", k=kin(g, cg), cg=P(cg.full), cc=(g.cpf(), "BR_CPF"), w=g.pick(["mas a luz do quarto não funciona", "cama hospitalar emprestada pela paróquia",
                                                                      "fralda em falta há 3 dias"]),
          e=P(enf.short), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"), lp=g.rng.randint(1, 4), pa=f"{g.rng.randint(10, 17)}x{g.rng.randint(6, 10)}",
          md=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=g.pick(["L89.1", "E11.9", "I69.4", "F00.1"]),
          crn=(g.council("CRN"), "PROFESSIONAL_ID"))
    doc.t("\nOUTROS MORADORES DO DOMICÍLIO:\n")
    for _ in range(g.rng.randint(1, 3)):
        m = g.relative(eld)
        doc.f("  «n» · nasc. «d» · CPF «p» · CNS «c»\n", p=(g.cpf(), "BR_CPF") if g.chance(0.6) else ("—", None), n=P(g.pick([m.caps, m.full])), d=(g.dob("br", 1960, 2015), "DATE_OF_BIRTH"),
              c=(g.cns(), "BR_CNS") if g.chance(0.6) else ("não informado", None))
    return doc


def sa_consulta(g: Gen) -> Doc:
    """Geriatric outpatient consultation note, with scales, diagnoses and a report for curatorship."""
    doc = Doc()
    pt = g.elder()
    ac = g.relative(pt)
    md = g.person()
    uf = g.pick(UFS)
    yy = g.rng.randint(1925, 1955)
    doc.f("AMBULATÓRIO DE GERIATRIA — «h»\nPaciente: «n» («i» anos) · Reg. «rg» · Nasc. «dob» · CNS «cns»\n"
          "CPF «cpf» · Endereço: «ad», CEP «cep»\nAcompanhante: «a» («k»), tel. «t»\nData: «d»\n\n",
          h=g.pick(["Hospital das Clínicas", "Policlínica Aurora", "Centro de Referência do Idoso", "Hospital Santa Luzia"]),
          n=P(pt.full), i=2025 - yy - g.rng.randint(0, 1), rg=g.d(8), dob=(g.dob(g.pick(["br", "dot"]), yy, yy), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), a=P(g.pick([ac.full, ac.short])), k=kin(g, ac), t=(g.phone(), "PHONE_NUMBER"), d=g.date("br", 2025))
    doc.f("S: acompanhante refere piora da memória há «m» meses, episódios de agitação ao entardecer, perdeu-se no bairro em «dp». "
          "Duas quedas no último semestre. Nega febre. Cuidadora contratada dá os remédios.\n"
          "O: PA «pa» mmHg, FC «fc». MEEM «meem»/30 (escolaridade «esc» anos). GDS-15: «gds». Katz «kz»/6. TUG «tug» s. Marcha com base alargada.\n"
          "A: «c1» — demência provável; «c2»; «c3». Risco de violência patrimonial (relato de empréstimos, ver «bo»).\n"
          "P: «pl»; solicito TC de crânio, B12, TSH, VDRL. Retorno em 60 dias. Relatório para fins de curatela entregue ao acompanhante.\n\n",
          m=g.rng.randint(3, 24), dp=g.date("br", 2025), pa=f"{g.rng.randint(10, 18)}0/{g.rng.randint(6, 10)}0",
          fc=g.rng.randint(55, 100), meem=g.rng.randint(9, 26), esc=g.rng.randint(0, 11), gds=g.rng.randint(2, 12), kz=g.rng.randint(1, 6),
          tug=g.rng.randint(10, 35), c1=g.pick(["F00.1", "F01.3", "F02.3", "G30.1"]), c2=g.pick(["I10", "E11.9", "M81.0"]),
          c3=g.pick(["R26.8", "H91.1", "F32.1", "N39.4"]), bo=g.pick(["BO anexado", "Disque 100 protocolo " + g.d(7), "assistente social"]),
          pl=g.pick(["início de donepezila 5 mg", "aumento de memantina", "suspensão de clonazepam"]))
    doc.f("«m»\nMédic«o» geriatra — «crm» — RQE «rqe»\n", m=P(md.full), o="a" if md.female else "o", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          rqe=g.d(5))
    if g.chance(0.5):
        doc.f("Residente (R2): «r» — «crm2»\n", r=P(g.person().full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_homecare(g: Gen) -> Doc:
    """Home-care nursing evolution sheet exported from the agency's app, several shifts."""
    doc = Doc()
    pt = g.elder()
    ag = g.pick(HOMECARE)
    uf = g.pick(UFS)
    doc.f("«ag» · Evolução de enfermagem (export do app CuidarApp)\nPaciente: «n» · nasc. «dob» · CPF «cpf»\n"
          "Endereço do atendimento: «ad» · CEP «cep»\nPlano: internação domiciliar (PAD) autorizado até «ate»\n\n",
          ag=ag, n=P(pt.full), dob=(g.dob("iso", 1925, 1955), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), ate=g.date("br", 2025))
    staff = [g.person(female=g.chance(0.8)) for _ in range(3)]
    cor = {id(s): g.council("COREN", uf) for s in staff}
    d = g.date("iso", 2025)
    for i in range(g.rng.randint(3, 4)):
        s = g.pick(staff)
        doc.f("[«d» «h»] «n» («c») — IP «ip»\n", d=d, h=g.hm(), n=P(s.full), c=(cor[id(s)], "PROFESSIONAL_ID"), ip=(g.ip(), "IP_ADDRESS"))
        doc.f("  SSVV: PA «pa» | FC «fc» | FR «fr» | SpO2 «sp»% | T «t»°C | HGT «hg»\n  «ev»\n",
              pa=f"{g.rng.randint(10, 17)}x{g.rng.randint(6, 10)}", fc=g.rng.randint(55, 110), fr=g.rng.randint(14, 26), sp=g.rng.randint(88, 99),
              t=f"{g.rng.randint(35, 38)},{g.rng.randint(0, 9)}", hg=g.rng.randint(70, 300),
              ev=g.pick(["Dieta por GTT 200 ml 4/4h, boa aceitação. Aspiração de VAS 2x, secreção clara.",
                         "Paciente sonolento, responsivo a estímulo. Troca de curativo de LPP sacral.",
                         "Família solicitou troca do colchão pneumático; fornecedor avisado.",
                         "Recusou banho de leito; feito às 16h com ajuda da filha."]))
    fam = g.relative(pt)
    doc.f("\nObs. coordenação («co»): «k» «f» pediu relatório para o plano; enviar para o e-mail «e». Técnic«o» «t» em falta no plantão de «dd».\n",
          co=P(g.person(female=True).short), k=kin(g, fam), f=P(fam.first), e=(g.email(fam), "EMAIL_ADDRESS"),
          o="a" if staff[0].female else "o", t=P(staff[0].first), dd=g.date("br", 2025))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """Vaccination list of an ILPI's residents (influenza/COVID campaign) as CSV, sent to the health unit."""
    doc = Doc()
    vac = g.person(female=True)
    uf = g.pick(UFS)
    ilpi = g.pick(ILPIS)
    doc.f("Assunto: Lista vacinação «il» — campanha «camp»\nDe: «v» <«ve»>\n\nSegue a lista dos residentes vacinados hoje («d») in loco. "
          "Vacinadora: «v2», «co». Lote influenza «lt». Quem recusou está marcado.\n\n",
          il=ilpi, camp=g.pick(["influenza 2025", "COVID-19 XBB", "influenza + pneumo 23"]), v=P(vac.full),
          ve=(corp_mail(vac, "saude." + slug(g.city()[0]) + ".gov.br"), "EMAIL_ADDRESS"), d=g.date("br", 2025), v2=P(vac.short),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), lt=f"{g.pick(['U', 'R', 'FA'])}{g.d(4)}{g.pick(['A', 'B', 'C'])}")
    rows = []
    for _ in range(g.rng.randint(5, 7)):
        r = g.elder()
        rows.append([P(g.pick([r.caps, r.full, r.plain])), (g.cpf("raw"), "BR_CPF") if g.chance(0.8) else V(""), (g.cns(False), "BR_CNS"),
                     (g.dob(g.pick(["br", "br", "iso"]), 1925, 1958), "DATE_OF_BIRTH"), V(g.pick(["D1", "DU", "REF", "recusou"])),
                     V(g.pick(["F03", "I10", "E11.9", "G20", "-", "-"]))])
    table_csv(doc, ["nome", "cpf", "cns", "data_nasc", "dose", "comorbidade_cid"], rows, sep=";")
    doc.f("\nAtt., «v»\nSala de vacina UBS «u» · «t»\n", v=P(vac.first), u=g.pick(["Jardim Aurora", "São Bento", "Centro"]),
          t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


SA_TEMPLATES = [sa_ficha, sa_mar, sa_queda, sa_esf, sa_consulta, sa_homecare, sa_vacina]


# =========================================================================== financeiro

def fi_bpc(g: Gen) -> Doc:
    """BPC/LOAS application for an elderly person, as filled in at the CRAS with the family group."""
    doc = Doc()
    req = g.elder()
    city, uf = g.city()
    ent = g.person(female=g.chance(0.7))
    doc.f("REQUERIMENTO DE BENEFÍCIO ASSISTENCIAL À PESSOA IDOSA (BPC/LOAS — Lei 8.742/1993)\nProtocolo Meu INSS: «p» · CRAS «cras» · «c»/«u»\n\n"
          "1. REQUERENTE\nNome: «n»\nCPF: «cpf»   NIS: «nis»   RG: «rg»\nData de nascimento: «dob»   Estado civil: «ec»\n"
          "Endereço: «ad», «b» — CEP «cep»\nTelefone: «t»   E-mail: «e»\n\n",
          p=g.d(10), cras=g.pick(["Vila Esperança", "Jardim das Rosas", "Centro", "São Bento"]), c=city, u=uf, n=P(req.caps),
          cpf=(g.cpf(), "BR_CPF"), nis=(g.pis(), "BR_PIS"), rg=(g.rg(), "BR_RG"), dob=(g.dob("br", 1935, 1960), "DATE_OF_BIRTH"),
          ec=g.pick(["viúva(o)", "separada(o)", "solteira(o)", "casada(o)"]), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(req), "EMAIL_ADDRESS") if g.chance(0.5) else ("não possui", None))
    doc.t("2. GRUPO FAMILIAR (mesmo teto)\n| Nome | Parentesco | Nascimento | CPF | NIS | Renda bruta |\n|---|---|---|---|---|---|\n")
    tot, members = 0, g.rng.randint(1, 3)
    for _ in range(members):
        m = g.relative(req)
        inc = g.pick([0, 0, g.rng.randint(300, 1500)])
        tot += inc
        doc.f("| «n» | «k» | «d» | «c» | «ni» | «r» |\n", n=P(m.full), k=kin(g, m) if g.chance(0.7) else "cônjuge",
              d=(g.dob("br", 1940, 2015), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), ni=(g.pis("raw"), "BR_PIS") if g.chance(0.6) else ("—", None),
              r=f"R$ {inc},00")
    doc.f("\nRenda per capita declarada: R$ «pc» (limite: 1/4 do salário mínimo). CadÚnico atualizado em «dc».\n\n"
          "3. CRÉDITO DO BENEFÍCIO\nBanco «bk» · agência «ag» · conta «cc» (poupança social digital)\n\n"
          "4. DECLARAÇÃO\nDeclaro, sob as penas da lei (art. 299 do Código Penal), que as informações são verdadeiras.\n«c», «d».\n\n"
          "Entrevistador(a): «en», técnico(a) de referência («cr») · assinatura a rogo: «ar»\n",
          pc=f"{tot / (members + 1):.2f}".replace(".", ","), dc=g.date("br", 2025), bk=g.pick(["104 - Caixa", "001 - Banco do Brasil"]), ag=(g.agency(), "BANK_ACCOUNT"),
          cc=(g.account(), "BANK_ACCOUNT"), c=city, d=g.date("long", 2025), en=P(ent.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          ar=g.pick(["não se aplica", "impressão digital do requerente"]))
    return doc


def fi_holerite(g: Gen) -> Doc:
    """Payslip of a live-in caregiver employed by the family (eSocial Doméstico), pasted in an e-mail to the accountant."""
    doc = Doc()
    emp = g.person()
    cg = g.person(female=g.chance(0.85))
    eld = g.relative(emp)
    cont = g.person()
    sal = g.rng.randint(1700, 3600)
    doc.f("De: «e» <«ee»>\nPara: «c» <«ce»>\nAssunto: holerite «mes» da cuidadora do «rel»\n\nOi, segue o recibo que gerei no eSocial. "
          "Confere se o adicional noturno está certo? A DAE («dae») já paguei.\n\n",
          e=P(emp.full), ee=(g.email(emp), "EMAIL_ADDRESS"), c=P(cont.full), ce=(corp_mail(cont, "contabil" + slug(cont.last) + ".com.br"), "EMAIL_ADDRESS"),
          mes=g.pick(["março", "abril", "maio", "agosto", "outubro"]), rel=g.pick(["papai", "pai", "vô"]) if not eld.female else g.pick(["mamãe", "mãe", "vó"]),
          dae=g.d(17))
    doc.f("RECIBO DE PAGAMENTO DE SALÁRIO — EMPREGADO DOMÉSTICO\nEmpregador(a): «en» — CPF «ec»\nEmpregad«o»: «cn» — CPF «cc» — NIS/PIS «pis»\n"
          "Nascimento: «dob» · Admissão: «ad» · CBO 5162-10 (cuidador de idosos)\nLocal de trabalho: residência de «el» — «end», CEP «cep»\n\n",
          en=P(emp.caps), ec=(g.cpf(), "BR_CPF"), o="a" if cg.female else "o", cn=P(cg.caps), cc=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          dob=(g.dob("br", 1965, 2002), "DATE_OF_BIRTH"), ad=g.date("br", g.rng.randint(2020, 2024)), el=P(eld.full),
          end=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    rows = [("Salário base", sal * 100, 0), ("Adicional noturno 20%", sal * g.rng.randint(3, 9), 0),
            ("Horas extras 50%", g.rng.randint(0, 40000), 0), ("INSS", 0, int(sal * 7.5)), ("Vale-transporte 6%", 0, sal * 6)]
    doc.t("Cód  Descrição                    Proventos   Descontos\n")
    prov = desc = 0
    for i, (k, p, dsc) in enumerate(rows):
        prov += p
        desc += dsc
        doc.t(f"{i + 1:03d}  {k:<28} {(f'{p / 100:.2f}'.replace('.', ',') if p else ''):>9}   {(f'{dsc / 100:.2f}'.replace('.', ',') if dsc else ''):>9}\n")
    doc.t(f"Líquido a receber: R$ {(prov - desc) / 100:.2f}".replace(".", ",") + "\n")
    if g.chance(0.5):
        doc.f("Pagamento via Pix (chave aleatória da empregada): «pk»\n", pk=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Crédito em conta: «bk» ag. «ag» c/c «cc»\n", bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nDeclaro ter recebido a importância líquida acima.\n«c», «d» ______________________ assinatura\n", c=g.city()[0], d=g.date("br", 2025))
    return doc


def fi_timesheet(g: Gen) -> Doc:
    """Home-care agency's monthly timesheet and invoice sent to the family."""
    doc = Doc()
    ag = g.pick(HOMECARE)
    cli = g.person()
    pt = g.relative(cli)
    pt = Person(g.pick((OLD_F + RARE_OLD_F) if pt.female else (OLD_M + RARE_OLD_M)), pt.surnames, pt.female)
    uf = g.pick(UFS)
    doc.f("«ag» — CNPJ «cnpj»\nFATURA «fat» · Competência «comp» · Vencimento «venc»\n\nCLIENTE: «c» · CPF «cpf» · «e»\nASSISTIDO(A): «p»\n\n",
          ag=ag.upper(), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), fat=f"{g.rng.randint(2024, 2025)}/{g.d(5)}", comp=f"{g.rng.randint(1, 12):02d}/2025",
          venc=g.date("br", 2025), c=P(cli.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(cli), "EMAIL_ADDRESS"), p=P(pt.full))
    doc.t("PROFISSIONAL                        CPF               REGISTRO              PLANTÕES  HORAS   VALOR (R$)\n")
    total = 0
    for _ in range(g.rng.randint(2, 4)):
        s = g.person(female=g.chance(0.8))
        nm = s.full if len(s.full) <= 34 else s.short
        pl = g.rng.randint(4, 15)
        v = pl * g.rng.randint(180, 320)
        total += v
        doc.cell(nm, 34, "PERSON").t("  ").cell(g.cpf("dot"), 16, "BR_CPF").t("  ")
        if g.chance(0.5):
            doc.cell(g.council("COREN", uf), 20, "PROFESSIONAL_ID")
        else:
            doc.cell("cuidador(a)", 20)
        doc.t(f"  {pl:>8}  {pl * 12:>5}   {v:>8},00\n")
    doc.f("\nTOTAL: R$ «t»,00 · Material (luvas, gaze): «m»\n\nPAGAMENTO: Pix — chave aleatória «pk» (favorecido: «fav») ou boleto «bol».\n"
          "Dúvidas: financeiro@«dom» · «tel» (WhatsApp da coordenação)\n",
          t=f"{total:,}".replace(",", "."), m=R(g, 40, 300), pk=(g.uuid(), "PIX_KEY"), fav=ag, bol=f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}",
          dom=slug(ag.split()[0] + ag.split()[1]) + ".com.br", tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_ilpi_fatura(g: Gen) -> Doc:
    """ILPI monthly statement with extras, and the family's reply updating the recurring card."""
    doc = Doc()
    ilpi = g.pick(ILPIS)
    res = g.elder()
    resp = g.relative(res)
    fin = g.person(female=True)
    city, uf = g.city()
    doc.f("«il» · CNPJ «cnpj»\nDEMONSTRATIVO MENSAL — «mes»/2025\nResidente: «r» (quarto «q»)\nResponsável financeiro: «rf» · CPF «cpf» · «ad» — «c»/«u» — CEP «cep»\n\n",
          il=ilpi, cnpj=(g.cnpj(), "BR_CNPJ"), mes=g.pick(["Janeiro", "Março", "Junho", "Setembro", "Novembro"]), r=P(res.full), q=g.rng.randint(1, 40),
          rf=P(resp.full), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    items = [("Mensalidade (grau " + g.pick(["I", "II", "III"]) + ")", R(g, 3500, 12000)),
             ("Fraldas geriátricas G (" + str(g.rng.randint(60, 150)) + " un.)", R(g, 150, 600)),
             ("Medicamentos — Farmácia " + g.pick(["Luz Divina", "São Bento", "Prudente", "Aurora"]), R(g, 80, 900)),
             ("Podologia", R(g, 60, 150)), ("Acompanhante em consulta externa", R(g, 100, 350))]
    for k, v in g.rng.sample(items, g.rng.randint(3, 5)):
        doc.t(f"  {k:<48} {v:>14}\n")
    doc.f("\nForma de pagamento: cartão de crédito recorrente final «f» (recusado em «d»). Favor atualizar.\n\n", f=g.d(4), d=g.date("br", 2025))
    doc.f("----- resposta -----\nDe: «rf» <«e»>\n\n«ff», boa tarde. O cartão antigo foi bloqueado. Pode lançar no novo: «cc», validade «val», "
          "nome impresso «ni». O CVV eu passo por telefone. Se não der, debitar na conta da «o»: ag «ag» cc «ct» («bk»). "
          "Meu telefone: «t».\n",
          rf=P(resp.full), e=(g.email(resp), "EMAIL_ADDRESS"), ff=P(fin.first), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
          val=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}", ni=P(fold(g.pick([resp.short, resp.full])).upper()),
          o="minha mãe" if g.chance(0.5) else "minha irmã", ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"),
          bk=g.pick(BANKS)[1], t=(g.phone(), "PHONE_NUMBER"))
    return doc


def fi_consig(g: Gen) -> Doc:
    """Bank's internal fraud-analysis ticket on a consignado loan contested by a retiree's family."""
    doc = Doc()
    cli = g.elder()
    agt = g.person()
    ana = g.person()
    rec = g.person()
    city, uf = g.city()
    doc.f("[FRAUDE-CONSIG] Chamado «n» · fila Contestação INSS · SLA «sla»h\nAnalista: «a» · Aberto por: canal Ouvidoria (reclamação BACEN RDR «rdr»)\n\n",
          n=g.d(8), sla=g.pick([24, 48, 72]), a=P(ana.full), rdr=f"{g.rng.randint(2024, 2025)}{g.d(7)}")
    doc.f("CLIENTE\n  nome: «n»\n  cpf: «cpf»\n  dt_nasc: «dob»\n  nb: «nb»\n  telefone cadastro: «t» (alterado em «dt» — 2 dias antes da contratação)\n"
          "  e-mail cadastro: «e»\n\n",
          n=P(cli.caps), cpf=(g.cpf("raw"), "BR_CPF"), dob=(g.dob("iso", 1928, 1958), "DATE_OF_BIRTH"), nb=nb(g), t=(g.phone("e164"), "PHONE_NUMBER"),
          dt=g.date("br", 2025), e=(g.email(g.person()), "EMAIL_ADDRESS"))
    doc.f("ORIGINAÇÃO\n  contrato: «ct» · valor «v» · 84x «p»\n  correspondente: «corr» (CNPJ «cnpj») · agente: «ag» (CPF «agc»)\n"
          "  formalização digital: IP «ip» · device «dev» · geoloc -«lat», -«lon» («dist» km do endereço do cliente)\n"
          "  liveness score «lv» · match facial «mf» (limiar 0,85)\n\n",
          ct=g.d(12), v=R(g, 3000, 40000), p=R(g, 80, 900), corr=g.pick(["Prudente Promotora Ltda", "Luz Consig Correspondente", "Amado & Raposo Serviços Financeiros"]),
          cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), ag=P(agt.full), agc=(g.cpf(), "BR_CPF"), ip=(g.ip(), "IP_ADDRESS"), dev=g.hexs(16),
          lat=f"{g.rng.randint(5, 30)}.{g.d(5)}", lon=f"{g.rng.randint(35, 60)}.{g.d(5)}", dist=g.rng.randint(2, 900),
          lv=f"0,{g.d(2)}", mf=f"0,{g.d(2)}")
    doc.f("DESTINO DOS RECURSOS\n  crédito em «bk» ag «a1» cc «c1» (titular: cliente)\n  D+0 Pix «pv» → chave aleatória «pk»\n"
          "  recebedor: «rn» · CPF «rc» · «b2» ag «a2» cc «c2»\n\n",
          bk=g.pick(BANKS)[1], a1=(g.agency(), "BANK_ACCOUNT"), c1=(g.account(), "BANK_ACCOUNT"), pv=R(g, 2500, 38000), pk=(g.uuid(), "PIX_KEY"),
          rn=P(rec.caps), rc=(g.cpf(), "BR_CPF"), b2=g.pick(BANKS)[1], a2=(g.agency(), "BANK_ACCOUNT"), c2=(g.account(), "BANK_ACCOUNT"))
    doc.f("PARECER («d»): indícios fortes de fraude — telefone trocado, IP de outra UF, selfie com baixa similaridade. A filha e curadora «f» "
          "apresentou termo de curatela (proc. «cnj»). Recomendo cancelamento, devolução em dobro das parcelas descontadas e bloqueio do "
          "correspondente. CPF «bad» que consta como \"referência\" é inválido. Encaminhar à supervisão.\n",
          d=g.date("br", 2025), f=P(g.relative(cli, female=True).full), cnj=g.cnj(g.pick(["8.26", "8.13", "8.16", "8.21"])),
          bad=g.bad_cpf(g.pick(["raw", "dot"])))
    return doc


def fi_funeral(g: Gen) -> Doc:
    """Adhesion proposal of a family funeral plan, with dependants and the recurring card."""
    doc = Doc()
    plan = g.pick(FUNERARIAS)
    tit = g.person(old=g.chance(0.6))
    con = g.person()
    city, uf = g.city()
    doc.f("PROPOSTA DE ADESÃO — «pl» · Plano «tp»\nProposta nº «n» · Consultor(a): «c» («ce»)\n\nTITULAR\n",
          pl=plan.upper(), tp=g.pick(["Família 60+", "Essencial", "Premium Cremação", "Bem-Estar Sênior"]), n=g.d(8),
          c=P(con.full), ce=(corp_mail(con, slug(plan.split()[-1]) + ".com.br"), "EMAIL_ADDRESS"))
    doc.f("Nome: «n»   CPF: «cpf»   RG: «rg»\nNascimento: «dob»   Sexo: «sx»\nEndereço: «ad»   Bairro: «b»   CEP: «cep»   «c»/«u»\n"
          "Celular: «t»   Fixo: «t2»   E-mail: «e»\n\n",
          n=P(tit.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), dob=(g.dob(g.pick(["br", "nopad"]), 1935, 1975), "DATE_OF_BIRTH"),
          sx="F" if tit.female else "M", ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), c=city, u=uf,
          t=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER") if g.chance(0.6) else ("—", None),
          e=(g.email(tit), "EMAIL_ADDRESS") if g.chance(0.7) else ("—", None))
    doc.t("DEPENDENTES (até 6; agregados acima de 65 anos pagam adicional)\n  Nome                                  Parentesco   Nascimento   CPF\n")
    for _ in range(g.rng.randint(2, 4)):
        d = g.relative(tit) if g.chance(0.7) else g.elder()
        nm = d.full if len(d.full) <= 36 else d.short
        doc.t("  ").cell(nm, 36, "PERSON").t("  ").cell(g.pick(["cônjuge", "filho(a)", "pai", "mãe", "sogro(a)", "neto(a)"]), 11).t("  ")
        doc.cell(g.dob("br", 1930, 2015), 10, "DATE_OF_BIRTH").t("   ")
        if g.chance(0.7):
            doc.e(g.cpf("dot"), "BR_CPF")
        doc.t("\n")
    doc.f("\nPAGAMENTO: «pg»\n", pg=g.pick(["cartão de crédito recorrente", "cartão de crédito recorrente", "débito em conta", "boleto mensal"]))
    if "cartão" in doc.text[-40:]:
        doc.f("Cartão nº «cc» · validade «v» · titular do cartão: «h» · CPF do titular «hc»\n", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"),
              v=f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 32)}", h=P(tit.caps), hc=(g.cpf(), "BR_CPF"))
    elif "débito" in doc.text[-40:]:
        doc.f("Banco «bk» · agência «ag» · conta «cc» · titular: «h»\n", bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), h=P(tit.full))
    else:
        doc.t("Boletos enviados por WhatsApp (linha digitável no app).\n")
    doc.f("Mensalidade: «m» · carência: 90 dias (morte natural) · reajuste anual pelo IGP-M\n\nAssinatura eletrônica: «n» · IP «ip» · «d» «h»\n",
          m=R(g, 39, 190), n=P(tit.full), ip=(g.ip(), "IP_ADDRESS"), d=g.date("br", 2025), h=g.hms())
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Health-plan reimbursement request for geriatric care (consultation, physiotherapy, caregiver) and the analyst's answer."""
    doc = Doc()
    ben = g.elder()
    tit = g.relative(ben)
    ana = g.person()
    city, uf = g.city()
    op = g.pick(["Vitória Saúde", "Sereno Planos de Saúde", "Aurora Med", "Prudente Saúde"])
    doc.f("«op» · SOLICITAÇÃO DE REEMBOLSO nº «n»\nBeneficiário: «b» · carteira «cart» · CPF «cpf» · nasc. «dob»\nSolicitante: «t» (titular) · «te» · «tt»\n\n",
          op=op, n=g.d(9), b=P(ben.full), cart=f"{g.d(3)} {g.d(4)} {g.d(6)} {g.d(2)}", cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1926, 1958), "DATE_OF_BIRTH"),
          t=P(tit.full), te=(g.email(tit), "EMAIL_ADDRESS"), tt=(g.phone(), "PHONE_NUMBER"))
    doc.t("DOCUMENTOS ENVIADOS\n")
    md = g.person()
    doc.f("1) Recibo consulta geriátrica domiciliar — Dr(a). «m», «crm», CPF «mc» — «v» — «d»\n", m=P(md.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          mc=(g.cpf(), "BR_CPF"), v=R(g, 300, 1200), d=g.date("br", 2025))
    ft = g.person()
    doc.f("2) NF-e «nf» — «cl» (CNPJ «cnpj») — «s» sessões de fisioterapia motora com «f» («cr») — «v»\n", nf=g.d(6),
          cl=g.pick(["Clínica Movimento Prudente", "Fisio Aurora Ltda", "Reabilita Bento Ltda ME"]), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          s=g.rng.randint(4, 20), f=P(ft.short), cr=(g.council("CREFITO"), "PROFESSIONAL_ID"), v=R(g, 400, 3000))
    cg = g.person(female=True)
    doc.f("3) Recibo de cuidadora — «c», CPF «cc» — «v» (sem cobertura contratual)\n\n", c=P(cg.full), cc=(g.cpf(), "BR_CPF"), v=R(g, 1500, 4000))
    doc.f("DADOS PARA CRÉDITO: «bk» · agência «ag» · conta «ct» · titular «h» (CPF «hc»)\n\n",
          bk=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ct=(g.account(), "BANK_ACCOUNT"), h=P(tit.caps), hc=(g.cpf(), "BR_CPF"))
    doc.f("PARECER («a», «d»): item 1 deferido conforme tabela (limite «l»); item 2 deferido parcialmente (pedido médico exige CID — informado «cid»); "
          "item 3 indeferido, cuidador não é procedimento do Rol ANS (RN 465/2021). Crédito previsto em «dc».\n",
          a=P(ana.full), d=g.date("br", 2025), l=R(g, 150, 600), cid=g.pick(["R26.8", "M81.0", "I69.3", "S72.0"]), dc=g.date("br", 2025))
    return doc


FI_TEMPLATES = [fi_bpc, fi_holerite, fi_timesheet, fi_ilpi_fatura, fi_consig, fi_funeral, fi_reembolso]


# =========================================================================== build and checks

TEMPLATES = {name: funcs for name, funcs in (
    ("atendimento", globals().get("AT_TEMPLATES")),
    ("juridico", globals().get("JU_TEMPLATES")),
    ("saude", globals().get("SA_TEMPLATES")),
    ("financeiro", globals().get("FI_TEMPLATES")),
) if funcs}


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
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|vó|vô|tia|tio)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|ouvidoria|juridico|contato|financeiro|atendimento|no-?reply|rh|faturamento)@", v), v
        elif lab in ("DATE_OF_BIRTH", "ADDRESS", "BANK_ACCOUNT", "PROFESSIONAL_ID"):
            assert re.search(r"\d", v) or lab == "ADDRESS", (record["id"], v)
    # hard negatives: every unlabelled run of exactly 11 digits (with or without CPF punctuation)
    # must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in re.finditer(r"(?<![\w.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w\-/]|\.\d)", text):
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        assert len(funcs) == 7, domain
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
    common = {fold(w).lower() for name in OLD_F + OLD_M + PT_F + PT_M + PT_SUR + WORD_F + WORD_M + WORD_SUR
              for w in re.findall(r"[\w'-]+", name)}
    common |= {"xavier", "mota", "prado", "sampaio", "correa", "tavares", "bastos", "macedo", "soares", "aguiar",
               "dantas", "loureiro", "peixoto", "bandeira", "amorim", "guimaraes", "bueno", "galvao", "linhares"}
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)} - common
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
    print("fortyseventh", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
