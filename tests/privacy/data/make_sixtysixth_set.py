"""Build the sixty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6666, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: K-12 schools and daycare centres (creches, CMEIs),
private networks and municipal schools, and the lawyers, accountants, nurses and therapists
around them. Enrolment and re-enrolment forms with guardians and the people authorised to pick
a child up, school transport (van drivers, plates, routes), medication and allergy forms for the
school nurse, bullying and accident reports, Conselho Tutelar notifications, special-needs (AEE)
reports, tuition debt collection and scholarship files, teachers' and assistants' contracts and
payroll, parents' WhatsApp groups and agenda apps, school-portal access logs. Layouts: paper
forms (a third of some of them OCR'd scans), key: value sheets, ruled tables (+---+), plain and
dashed fixed-width tables, Markdown tables, CSV extracts (comma and semicolon), WhatsApp exports
(Android and iOS), JSON lines, plain logs, e-mails with quoted replies, letters, ofícios,
petitions and contracts.
- atendimento: an enrolment / re-enrolment form (child with CPF and SUS card, mother and father
  with CPF, RG, phone, e-mail, sometimes título and NIS, two or three people authorised to pick up
  with RG and phone, sometimes a father barred by a court order; a third are OCR'd scans), a
  parents' WhatsApp group export (teacher's notices, lost lunchboxes, the van driver's number, a
  birthday invitation with the home address, a class fundraiser by Pix), an agenda-app thread
  (printed view, or a JSON-lines export with IPs) in which a guardian authorises someone else to
  pick the child up, a van route sheet (driver's CNH, plate, monitor, children and their boarding
  addresses), a school-portal auth/app log followed by its support ticket, the school office's
  e-mail about a transfer declaration with the guardian's quoted request, a municipal creche
  waiting list exported to CSV (child's NIS, guardian's CPF, criteria).
- juridico: an ofício from a school to the Conselho Tutelar (FICAI, absences, suspected
  neglect), a bullying or accident incident report with the guardian's statement, an
  extrajudicial notice of overdue tuition from the school's law firm, a teacher's or assistant's
  employment contract (school CNPJ, employee's RG, CPF, PIS, título, salary account, witnesses),
  a petition against a municipality for a creche place or an AEE support professional, a
  guardian's LGPD request and the DPO's answer, and the law firm's case-tracking export (psql-like
  ruled table or CSV).
- saude: an authorisation for the school nurse to give a medicine (prescriber's CRM, receiving
  nurse's COREN; some OCR'd), a student health form (allergies, pediatrician, emergency contacts),
  an accident report to the school insurer with reimbursement bank data, an AEE report by
  speech therapist, occupational therapist and psychologist, the nurse's office day log (ruled
  table), a CSV of the vaccination-card check with the health unit (PSE), and an e-mail exchange
  between the school psychologist and a child neurologist.
- financeiro: an overdue-tuition worklist (ruled or Markdown), a scholarship (bolsa social) file
  with the family composition, a payroll extract e-mailed to the accountant (CSV with agency,
  account and Pix key), the school's Pix statement reconciled against invoices, a debt-confession
  and installment agreement (card for recurring charge, refund account, e-signature IP), the
  municipality's monthly measurement of contracted school vans (CPF or CNPJ, CNH, plate, agency,
  account), and the annual tuition statement for income tax or the canteen app's top-up log.

Conventions (the twentieth set's, and the sixtieth/sixty-fourth's where they decided): PERSON
covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu", "Prof.", "Profª",
"Conselheira", nor the "tio"/"tia" by which children call van drivers and teachers; particles
inside a name (de, da, do, dos) are part of it; "SURNAME, GIVEN" is one span; nicknames and first
names alone are persons; staff named in the text (teachers, coordinators, secretaries, nurses,
doctors, therapists, social workers, lawyers, DPOs, drivers, monitors, doormen, attendants,
counsellors of the Conselho Tutelar, fiscal officers) are persons; logins ("resp.4471203",
"fchoque"), user ids, session ids and the apps ("Agenda Edu", "ClassApp") are not. OCR-damaged
names and identifiers ("VIVlANE", "10B.277.175-9B", "4B447-690") are labelled as they stand.
Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (secretaria@, dpo@, privacidade@,
direcao@, aee@, contabil@) are not labelled. ADDRESS is street type + name + number +
complement (not bairro, city, state; CEP is BR_CEP); the seat of a school or company is never
written with its street here. Agency and account are separate BANK_ACCOUNT spans; bank codes are
not labelled. PROFESSIONAL_ID includes the council acronym and its UF or region. PIX_KEY only for
random (UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone take those labels.
New decisions of this set:
- Children and students are persons in every form (full, ALL CAPS, first name, nickname), also
  inside a saved WhatsApp contact name ("Mãe da Valentina": only "Valentina" is the span) and in
  the "aluno" fields of logs and tables. Minors written with initials only ("J.P.S.", as incident
  reports do for the other children involved) are NOT labelled.
- Schools, creches, health units, streets and laws named after people or words are not persons:
  "EMEF Prudente de Morais", "E.E. Professora Zenaide Gondim", "Creche Municipal Vovó Rosa
  Branca", "CMEI Prof. Gildásio Tabosa", "UBS Dr. Zenóbio Catunda", "Instituto Educacional Bento
  Amado", "Lei 12.764/2012 (Lei Berenice Piana)", "Lei 13.722/2018 (Lei Lucas)", "a rota passa pela
  Barão de Mauá"; nor are companies and firms with surnames (Transportes Escolares Mattar & Filhos
  ME, Gondim & Tabosa Advogados, Curvelo Contabilidade, Neuroped Mattar).
- Identifiers are labelled whoever holds them: the CNPJ of schools, networks, municipalities,
  insurers and van companies; the school's own Pix random key, agency and account; phone numbers
  of schools, clinics and coordinations as well as of people (a WhatsApp sender shown as a number
  is PHONE_NUMBER too).
- A boarding point that is a public place ("Praça da Matriz (ponto)", "em frente à Padaria Rosa
  Branca") is not an ADDRESS; a child's home address, a birthday party at home and a guardian's
  address are. IPv6 addresses in the portal log are IP_ADDRESS.
- NIS (the social number of CadÚnico, same number system and check digit as PIS/PASEP) is BR_PIS.
- CRC (accountants), CREF (physical-education teachers), CRFa (speech therapists), CREFITO
  (occupational therapists), CRP (psychologists), CRESS (social workers), COREN, CRM and OAB
  registrations are PROFESSIONAL_ID. The RQE (specialist registry) printed next to a CRM is not
  labelled, nor is a civil servant's matrícula funcional or a director's nomination (Portaria).
- DATE_OF_BIRTH only for birth dates (children, guardians, employees, family members of a
  scholarship file), in Brazilian, short, ISO or long format; the date of a fact, of enrolment,
  of a visit, of a prescription, of a payment, of a laudo or of a signature is not.
- NOT labelled (hard negatives): RA / registro do aluno / enrolment numbers (some of them
  11-digit numbers failing the CPF check), INEP school codes, birth-certificate matrícula numbers,
  health-plan card numbers, boleto digitable lines, Pix end-to-end ids, txids and NSUs, masked
  CPFs ("***.892.381-**") and masked cards, contract, protocol, ofício, occurrence, B.O., AR,
  insurance policy and claim, Pregão, alvará and ticket numbers, CNJ process numbers, ICD-10 codes
  (F84.0, F90.0, T78.4, S52.5, K52.2), vaccine lots, money, laws and resolutions (Lei 8.069/1990,
  Lei 9.394/1996, Lei 9.870/1999, Lei 13.185/2015, Lei 13.709/2018, Lei 14.811/2024, LC 187/2021),
  class names ("Maternal II", "5º ano B"), dates that are not birth dates. The script asserts that
  every unlabelled 11-digit number, plain or dotted like a CPF, fails the CPF check.

Names: Brazilian names of many origins: Portuguese common and regional (Edneusa, Gilvanete,
Lucicleide, Deusdete, Erotildes, Valdomiro, Gildásio, Leovegildo, Tibúrcio), coined children's
names (Kauanny, Dhiovanna, Yzabelly, Heloah, Ysllan, Kemuel, Thayllon, Wendryo, Gusttavo), Italian,
German, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian,
indigenous, Jewish and Polish; at least a quarter of the name words rare or invented (the script
prints the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Celeste,
Glória, Bento, Prudente, Amado, Leão, Modesto, Justo, and surnames Branco, Fiel, Paz, Coelho) next
to the same words as words ("a sala ficou sem luz", "seria prudente avisar a família", "o quadro
branco", "foi uma vitória pro time", "a turma do leão", "projeto Aurora de leitura") and in
schools, streets, units, cities and companies (Colégio Aurora, Escola Luz do Saber, CEI Esperança,
Colégio Vitória Régia, Rua Rosa Branca, Rua Flor de Maio, Presidente Prudente, Bento Gonçalves,
Vitória/ES, Van Escolar Vitória ME, Cantina Sabor da Aurora), which are not persons. Forms: full,
ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, short, nickname.
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
SEED = 6666
OUT_NAME = "sixtysixth.jsonl"
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


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]

# --------------------------------------------------------------------------- name pools
# RARE_* and the rarer foreign pools hold uncommon, regional or coined names; main() prints their
# share of the PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Camila", "Aline", "Tatiane", "Adriana", "Cristiane",
        "Luciana", "Simone", "Priscila", "Viviane", "Roberta", "Mariana", "Gabriela", "Larissa", "Letícia",
        "Raquel", "Sandra", "Cláudia", "Elaine", "Fabiana", "Kelly", "Débora", "Jaqueline", "Carla", "Mônica",
        "Andreia", "Rosângela", "Maria José", "Francisca"]
RARE_F = ["Edneusa", "Gilvanete", "Rosilda", "Marinalva", "Joseane", "Lucicleide", "Deusdete", "Iracilda",
          "Valdirene", "Cleonice", "Eunápia", "Zenaide", "Nailde", "Jucélia", "Erotildes", "Lindinalva",
          "Keurilene", "Jhenifer", "Dayanny", "Wanderleia", "Rosenilda", "Ivaneide", "Cleidiane", "Luzinete",
          "Eudóxia", "Marizete", "Zilmar", "Adenilde", "Genilda", "Gerusa", "Antonieta", "Maricleide"]
PT_M = ["Rodrigo", "Anderson", "Leandro", "Fábio", "Ricardo", "Márcio", "Eduardo", "Rafael", "Diego", "Thiago",
        "Gustavo", "Daniel", "Roberto", "José Carlos", "Antônio", "Francisco", "Luís Fernando", "Sidnei",
        "Everton", "Cristiano", "João Paulo", "Marcos Vinícius", "Sérgio", "Wellington"]
RARE_M = ["Edvaldo", "Gildásio", "Valdomiro", "Adailton", "Claudemir", "Erivelton", "Juscelino", "Deusimar",
          "Gedeão", "Raimundo Nonato", "Jucimar", "Uilson", "Adenor", "Edmilson", "Waldecir", "Genésio",
          "Osmarino", "Elisvaldo", "Dijalma", "Zenóbio", "Arquimedes", "Josivan", "Leovegildo", "Tibúrcio"]
KID_F = ["Valentina", "Helena", "Alice", "Laura", "Manuela", "Sophia", "Heloísa", "Cecília", "Maitê", "Antonella",
         "Lorena", "Isadora", "Maria Clara", "Maria Eduarda", "Lívia", "Ana Júlia", "Elisa", "Liz", "Esther",
         "Beatriz", "Maria Alice", "Ana Luísa"]
KID_F_RARE = ["Kauanny", "Dhiovanna", "Yzabelly", "Heloah", "Raylla", "Emanuelly", "Nicolly", "Kemilly", "Ysis",
              "Lavínnya", "Myrella", "Jhullya", "Thaylla", "Aylla", "Evellyn", "Lunna", "Maysa", "Ruthe", "Analú",
              "Ketlyn", "Sthefany", "Ayslan"]
KID_M = ["Miguel", "Arthur", "Gael", "Théo", "Heitor", "Ravi", "Davi", "Bernardo", "Gabriel", "Samuel", "Pedro",
         "Lorenzo", "Benício", "Matheus", "Nicolas", "Joaquim", "Enzo Gabriel", "Lucas", "Henrique", "Murilo",
         "João Miguel", "Pedro Lucas"]
KID_M_RARE = ["Ysllan", "Kemuel", "Thayllon", "Ryan Kauê", "Kalebe", "Wallyson", "Ruan Pablo", "Dheyvid", "Kaleo",
              "Yhago", "Raelson", "Gusttavo", "Pyetro", "Maykon", "Erick Kauã", "Jhonny", "Kauê", "Ádrian",
              "Djalminha", "Wendryo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barros", "Moreira", "Cunha",
          "Melo", "Dias", "Monteiro", "Batista", "Freire", "Teixeira", "Moura", "Castro"]
RARE_SUR = ["Curvelo", "Gondim", "Taquary", "Mourão", "Bezerril", "Jatobá", "Cotrim", "Quintela", "Saboia",
            "Tabosa", "Pitombo", "Catunda", "Mamede", "Capistrano", "Ximenes", "Uchoa", "Benevides", "Sucupira",
            "Torquato", "Arcoverde", "Valadares", "Cajazeira", "Assunção", "Mirandela", "Peçanha", "Caminha",
            "Gusmão", "Brasileiro", "Bulcão", "Furtado Leite", "Anchieta", "Rabelo Baptista"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Celeste", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Leão", "Modesto", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Leão", "Fiel", "Coelho",
            "Pinheiro", "Carneiro", "Raposo", "Cordeiro", "Sardinha", "Paz", "Pedreira"]
NICK = {"Maria José": "Zezé", "Francisca": "Chica", "Raimundo Nonato": "Nonato", "José Carlos": "Zé Carlos",
        "Antônio": "Tonho", "Francisco": "Chico", "João Paulo": "JP", "Luís Fernando": "Nando", "Valentina": "Valen",
        "Manuela": "Manu", "Maria Eduarda": "Duda", "Maria Clara": "Maria", "Heloísa": "Helô", "Isadora": "Isa",
        "Bento": "Bentinho", "Enzo Gabriel": "Enzo", "Lorenzo": "Lorenzinho", "Bernardo": "Bê", "Henrique": "Rique",
        "Gabriel": "Biel", "Samuel": "Samuca", "Pedro Lucas": "PL", "Ryan Kauê": "Kauê", "Emanuelly": "Manu",
        "Gusttavo": "Guto", "Kemilly": "Mimi", "Jhullya": "Juju", "Dheyvid": "Dhey", "Adenor": "Dedé",
        "Genésio": "Gené", "Zenaide": "Naide", "Edneusa": "Neusa", "Marinalva": "Nalva", "Luzinete": "Nete",
        "Vitória": "Vivi", "Esperança": "Pérola", "Leão": "Leãozinho", "Celeste": "Celé"}
FOREIGN = {
    "it": (["Graziela", "Loredana", "Pierina"], ["Giuseppe", "Bruno", "Angelo"],
           ["Zanotto", "Pasqualini", "Benedetti", "Tomasi", "Carraro", "Dal Pizzol", "Bortoluzzi"]),
    "de": (["Helga", "Ingrid", "Frieda"], ["Günther", "Klaus", "Egon"],
           ["Schmitt", "Wolff", "Kuhn", "Zimmermann", "Hübner", "Boettcher", "Riegel"]),
    "jp": (["Akemi", "Yumi", "Harumi"], ["Satoshi", "Kazuo", "Yoshio"],
           ["Nakamura", "Higa", "Miyagi", "Shimabukuro", "Watanabe", "Okada"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Tufi", "Salim", "Fuad"],
           ["Mattar", "Jabour", "Saad", "Daher", "Kalil", "Zogbi"]),
    "kr": (["Seo-yeon", "Ji-woo"], ["Min-jun", "Do-hyun"], ["Park", "Kang", "Han", "Shin"]),
    "cn": (["Meiling", "Yanyan"], ["Wei", "Jianhua"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Nadège", "Wislande", "Mirlène"], ["Jean-Baptiste", "Fritznel", "Wesner"],
           ["Pierre", "Jean-Louis", "Saint-Fleur", "Dorcélus", "Augustin"]),
    "ao": (["Nzinga", "Ndona", "Wizaninga"], ["Kiamba", "Makiese", "Nkanga"], ["Mbemba", "Kinkela", "Lukombo", "Nsimba"]),
    "sn": (["Awa", "Ndeye", "Coumba"], ["Modou", "Abdoulaye", "Babacar"], ["Diallo", "Mbaye", "Seck", "Faye", "Cissé"]),
    "bo": (["Marisol", "Nélida", "Filomena"], ["Remigio", "Edwin", "Wálter"],
           ["Mamani", "Quispe", "Choque", "Huanca", "Condori"]),
    "in": (["Potira", "Moema", "Jaciara", "Yara"], ["Ubiratã", "Aruanã", "Piatã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaiowá"]),
    "jw": (["Miriam", "Rebeca", "Sara"], ["Moisés", "Jacó", "Natan"], ["Goldberg", "Rosenthal", "Feldman", "Zylberstajn"]),
    "pl": (["Halina", "Irena"], ["Casimiro", "Estanislau"], ["Kowalczyk", "Wojcik", "Nowak", "Zaremba"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR + KID_F_RARE + KID_M_RARE)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Zezé", "Chica", "Nonato", "Samuca", "Dhey", "Dedé", "Gené", "Naide", "Nalva", "Nete", "Pérola",
             "Biel", "Rique", "Mimi", "Celé"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Paz", "Cunha", "Rocha", "Assunção"}
DO_SUR = {"Nascimento", "Carmo", "Amaral"}
DOS_SUR = {"Santos", "Reis", "Anjos"}
DE_SUR = {"Souza", "Oliveira", "Almeida", "Carvalho", "Moura", "Araújo", "Melo", "Barros", "Castro", "Assunção",
          "Jesus", "Freitas", "Lima", "Paula", "Sá", "Lourdes", "Gusmão", "Mirandela", "Cotrim"}
WITH_PARTICLE = DA_SUR | DO_SUR | DOS_SUR | DE_SUR
COMPOUND = {"Maria Clara", "Maria Eduarda", "Ana Júlia", "Maria Alice", "Ana Luísa", "Ana Paula", "Maria José",
            "João Miguel", "Pedro Lucas", "Enzo Gabriel", "Ryan Kauê", "Ruan Pablo", "Erick Kauã", "João Paulo",
            "José Carlos", "Raimundo Nonato", "Luís Fernando", "Marcos Vinícius", "Jean-Baptiste"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "51", "54", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77", "79", "81",
        "82", "84", "85", "87", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Quadra", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Professora Edneusa Curvelo", "Dom Bosco", "Vereador Gildásio Tabosa", "das Flores",
                "Rosa Branca", "da Aurora", "Bento Gonçalves", "Prudente de Morais", "da Esperança", "Maria Quitéria",
                "Tiradentes", "Padre Cícero", "Sete de Setembro", "Luz do Sol", "Flor de Maio", "Leão Coroado",
                "Coronel Amado Saboia", "Irmã Dulce", "das Crianças", "Doutor Zenóbio Catunda", "Monteiro Lobato",
                "Cecília Meireles", "Vinte e Um de Abril", "Marechal Rondon", "dos Ipês", "Vitória Régia",
                "Pastor Leovegildo Uchoa", "Anita Garibaldi", "Nossa Senhora da Glória", "Jacarandá",
                "Manoel Prudente Sucupira", "Frei Damião", "José de Alencar", "Castro Alves", "Santa Luzia"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora do Pará", "PA"), ("Esperança", "PB"),
          ("Campinas", "SP"), ("Sorocaba", "SP"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Cascavel", "PR"),
          ("Ponta Grossa", "PR"), ("Blumenau", "SC"), ("Chapecó", "SC"), ("Caxias do Sul", "RS"),
          ("Santa Maria", "RS"), ("Anápolis", "GO"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Feira de Santana", "BA"),
          ("Caruaru", "PE"), ("Mossoró", "RN"), ("Imperatriz", "MA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Teresina", "PI"), ("Arapiraca", "AL"), ("Juazeiro do Norte", "CE"), ("Niterói", "RJ"), ("Serra", "ES"),
          ("Vitória", "ES"), ("Amparo", "SP"), ("Flores da Cunha", "RS"), ("Palmas", "TO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO"]
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Parque das Flores", "Jardim Rosa Branca", "Alto da Luz",
           "Vila Esperança", "Bento Ribeiro", "Conjunto Vitória", "São Cristóvão", "Cidade Nova", "Jardim Leão",
           "Nova Esperança", "Morada do Sol"]
SCHOOLS = ["EMEF Prudente de Morais", "CMEI Flor do Cerrado", "Colégio Aurora", "E.E. Professora Zenaide Gondim",
           "Creche Municipal Vovó Rosa Branca", "Colégio Leão XIII", "Escola Luz do Saber", "CEI Esperança",
           "Colégio Vitória Régia", "EMEI Monteiro Lobato", "Instituto Educacional Bento Amado", "Escola Castro Alves",
           "CMEI Irmã Dulce", "Colégio Dom Bosco", "Escola Municipal Cecília Meireles"]
NETWORKS = ["Rede Aurora de Ensino", "Grupo Educacional Luz do Saber", "Colégio Vitória Régia", "Rede Leão XIII",
            "Instituto Esperança de Educação"]
COMPANIES = ["Transportes Escolares Mattar & Filhos ME", "Uniformes Zanotto Ltda", "Gondim & Tabosa Advogados",
             "Curvelo Contabilidade", "Papelaria Jabour", "Cantina Sabor da Aurora", "Van Escolar Vitória ME",
             "Saboia Alimentação Escolar Ltda", "Livraria Flor de Lis", "Transporte Prudente Kids"]
CIDS = ["F84.0", "F90.0", "F80.1", "F81.0", "F70", "G40.9", "J45.9", "T78.4", "L50.0", "E10.9", "H52.1", "R56.0",
        "S52.5", "S01.8", "W01", "Q90.9", "F93.0", "K52.2"]
WORD_USES = ["seria prudente avisar a família antes", "a sala ficou sem luz a tarde toda", "campanha do outubro rosa",
             "o quadro branco da sala 4 quebrou", "foi uma vitória pro time do 5º ano", "a festa da primavera com flor de papel",
             "a turma do leão (maternal II)", "pelo amor de Deus alguém viu a lancheira azul", "projeto Aurora de leitura",
             "esperança é que a reforma acabe em março"]


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
        return self.given if self.given in COMPOUND else self.given.split()[0]

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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": fold(p.full),
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

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

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
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False,
               kid: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt" or (kid and origin not in ("kr", "cn", "jp") and rng.random() < 0.5):
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif kid:
                given = self.pick(KID_F_RARE if female else KID_M_RARE) if rng.random() < 0.45 else self.pick(KID_F if female else KID_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(PT_F if female else PT_M)
            if rng.random() < 0.1 and " " not in given:
                pool = (KID_F_RARE + WORD_F if female else KID_M + WORD_M) if kid else (RARE_F + WORD_F if female else RARE_M + PT_M)
                second = self.pick(pool).split()[0]
                if second != given:
                    given += " " + second
            if origin != "pt":
                surnames = [self.pick(FOREIGN[origin][2])]
                if rng.random() < 0.5:
                    surnames.insert(0, self.surname())
                return Person(given, surnames, female)
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames) else self.surname()
                if s not in surnames:
                    surnames.append(s)
            if rng.random() < 0.4:
                cand = [i for i, s in enumerate(surnames) if s in WITH_PARTICLE]
                if cand:
                    pos = self.pick(cand)
                    surnames.insert(pos, particle(surnames[pos]))
            if not female and not kid and rng.random() < 0.05:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick((PT_F + RARE_F if female else PT_M + RARE_M) if not kid else (KID_F if female else KID_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def child(self, of: Person, female: bool | None = None, other: Person | None = None) -> Person:
        """A child carrying the guardian's last surname (and maybe the other parent's first)."""
        female = self.chance(0.5) if female is None else female
        if of.surnames and of.last in sum((FOREIGN[o][2] for o in FOREIGN), []) and self.chance(0.6):
            fs, ms, _ = next(FOREIGN[o] for o in FOREIGN if of.last in FOREIGN[o][2])
            given = self.pick(fs if female else ms) if self.chance(0.4) else self.pick(KID_F + KID_F_RARE if female else KID_M + KID_M_RARE)
        elif self.chance(0.06):
            given = self.pick(WORD_F if female else WORD_M)
        else:
            given = self.pick(KID_F_RARE if female else KID_M_RARE) if self.chance(0.45) else self.pick(KID_F if female else KID_M)
        sur = []
        if other is not None:
            sur.append(other.last)
        elif self.chance(0.5):
            sur.append(self.surname())
        if of.last not in sur:
            sur.append(of.last)
        if len(sur) == 2 and sur[1] in WITH_PARTICLE and self.chance(0.4):
            sur.insert(1, particle(sur[1]))
        return Person(given, sur, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}",
                          f"mae.d{'a' if self.chance(0.5) else 'o'}.{f}", f"{f}{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    def staff_email(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f}{l[0]}@{dom}", f"{f[0]}{l}@{dom}", f"prof.{f}@{dom}"])

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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", "dash": f"{n[:9]}-{n[9:]}"}[style]

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw", "dash"])
        return {"dot": f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}", "raw": n, "dash": f"{n[:8]}-{n[8]}"}[style]

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

    def cep(self, dash: bool = True) -> str:
        n = str(self.rng.randint(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else (n if self.chance(0.7) else f"{n[:2]}.{n[2:5]}-{n[5:]}")

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"{self.d(6)}******{self.d(4)}"])

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

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ip6(self) -> str:
        return "2804:" + ":".join(f"{self.rng.randint(0, 65535):x}" for _ in range(7))

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}", "casa 2 (portão verde)"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1965, hi: int = 2000) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None, lo: int = 2008, hi: int = 2023) -> str:
        return self.dob(fmt, lo, hi)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 19):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 6 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "5.02", "5.15", "8.19", "8.13", "8.24", "8.21", "8.06"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(6)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"OC-{self.d(5)}", f"ATD{self.d(8)}"])

    def ra(self) -> str:
        """Registro do aluno / matrícula: an internal id, never labelled."""
        return self.pick([f"{self.d(12)}-{self.pick('0123456789X')}", f"{self.ri(2019, 2025)}{self.d(4)}", self.neg(11),
                          f"RA{self.d(9)}", f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}"])

    def inep(self) -> str:
        return str(self.ri(11, 53)) + self.d(6)

    def boleto_line(self) -> str:
        return f"{self.d(5)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.d(1)} {self.d(14)}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        reg = self.rng.randint(1, 9)
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRP":
            return f"CRP {reg:02d}/{self.d(5)}"
        if kind == "CRFA":
            return self.pick([f"CRFa {reg}-{self.d(5)}", f"CRFa-{reg} {self.d(5)}", f"CRFa {reg}ª Região {self.d(5)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{reg}/{self.d(6)}-F", f"CREFITO-{reg} {self.d(5)}-TO", f"CREFITO {reg}/{self.d(5)}-TO"])
        if kind == "CRESS":
            return self.pick([f"CRESS {reg}ª Região nº {self.d(5)}", f"CRESS/{uf} {self.d(5)}", f"CRESS-{reg} {self.d(4)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{reg} {self.d(5)}", f"CRN{reg} {self.d(5)}/P"])
        if kind == "CREF":
            return self.pick([f"CREF {self.d(6)}-G/{uf}", f"CREF{reg}/{uf} {self.d(6)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("n", "ri"), ("o", "ó"), ("M", "IVI")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
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
                self.e(str(v[0]), v[1])
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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """Fixed-width table: +---+ rulers (plus), a dashed header rule (dash) or none (plain)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if style == "plus":
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
        return
    doc.t("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    if style == "dash":
        doc.t("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t("  ")
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


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def serie(g: Gen) -> str:
    return g.pick(["Berçário II", "Maternal I", "Maternal II", "Pré I", "Pré II", "1º ano A", "2º ano B", "3º ano C",
                   "4º ano A", "5º ano B", "6º ano A", "7º ano C", "8º ano B", "9º ano A", "1ª série EM", "2ª série EM",
                   "3ª série EM", "Infantil 4", "Infantil 5"])


def parentesco(g: Gen, female: bool) -> str:
    return g.pick(["avó", "tia", "madrinha", "vizinha", "irmã", "babá"] if female else
                  ["avô", "tio", "padrinho", "vizinho", "irmão", "padrasto"])


# --------------------------------------------------------------------------- atendimento


def school_dom(g: Gen, school: str) -> str:
    base = re.sub(r"[^a-z]", "", fold(school).lower().replace("colegio", "col").replace("escola", "esc"))[:18]
    return g.pick([f"{base}.com.br", f"{base}.edu.br", f"{base}.g12.br", "redeaurora.com.br", "luzdosaber.edu.br"])


def at_matricula(g: Gen) -> Doc:
    """Enrolment / re-enrolment form (ficha de matrícula) with guardians and authorised pick-up people;
    a third of them are scans with OCR noise, labelled as they stand."""
    doc = Doc()
    scan = g.chance(0.33)
    school = g.pick(SCHOOLS)
    mae = g.person(female=True)
    pai = g.person(female=False) if g.chance(0.75) else None
    kid = g.child(mae, other=pai if pai and g.chance(0.6) else None)
    city, uf = g.city()

    def N(s: str) -> str:
        return ocr(s, g) if scan else s

    def D(s: str) -> str:
        return ocr(s, g, digits=True) if scan else s

    kind = g.pick(["FICHA DE MATRÍCULA", "FICHA DE REMATRÍCULA", "REQUERIMENTO DE MATRÍCULA"])
    doc.f("«s»\n«k» «y»          Nº «n»\n", s=school.upper() if scan else school, k=kind, y=g.pick([2025, 2026]), n=g.ra())
    doc.t("=" * g.ri(40, 62) + "\n" if not scan else "_" * g.ri(30, 50) + "\n")
    doc.f("1. DADOS DA CRIANÇA / ESTUDANTE\nNome completo: «nm»\nData de nascimento: «dob»   Sexo: «sx»   Naturalidade: «c»/«u»\n",
          nm=P(N(g.pick([kid.full, kid.caps]))), dob=(g.kid_dob(g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH"),
          sx="F" if kid.female else "M", c=g.city()[0], u=g.pick(UFS))
    if g.chance(0.6):
        doc.f("CPF: «cpf»    ", cpf=(D(g.cpf()), "BR_CPF"))
    else:
        doc.t("CPF: (não possui)    ")
    doc.f("Cartão SUS: «cns»\nTurma pretendida: «t»   Turno: «tu»   Cor/raça (autodecl.): «r»\n",
          cns=(D(g.cns()), "BR_CNS"), t=serie(g), tu=g.pick(["manhã", "tarde", "integral"]),
          r=g.pick(["parda", "branca", "preta", "amarela", "indígena", "não declarada"]))
    doc.f("Endereço: «a»   Bairro: «b»\nCEP: «cep»   Município: «c»/«u»\n\n",
          a=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(D(g.cep()), "BR_CEP"), c=city, u=uf)
    doc.t("2. FILIAÇÃO / RESPONSÁVEIS LEGAIS\n")
    for role, p in (("Mãe", mae), ("Pai", pai)):
        if p is None:
            doc.f("«r»: «x»\n", r=role, x=g.pick(["não declarado", "—", "falecido", "(em branco)"]))
            continue
        doc.f("«r»: «nm»   Nasc.: «dob»\n   CPF: «cpf»   RG: «rg» «org»\n   Profissão: «pr»   Celular/WhatsApp: «tel»\n",
              r=role, nm=P(N(g.pick([p.full, p.caps, p.full]))), dob=(g.dob("br"), "DATE_OF_BIRTH"), cpf=(D(g.cpf()), "BR_CPF"),
              rg=(D(g.rg()), "BR_RG"), org=g.pick(["SSP/SP", "SSP-" + uf, "SESP/" + uf, "DETRAN/RJ", "SSP"]),
              pr=g.pick(["do lar", "autônoma", "vendedor", "enfermeira", "motorista de app", "professora", "pedreiro",
                         "auxiliar administrativo", "servidor público", "manicure", "mecânico"]), tel=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.6):
            doc.f("   E-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
        if g.chance(0.3):
            doc.f("   Título de eleitor: «t»   NIS: «n»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"), n=(g.pis(), "BR_PIS"))
    doc.f("Responsável financeiro: («m») mãe  («p») pai  ( ) outro\n\n", m="X" if g.chance(0.6) or pai is None else " ",
          p=" " if pai is None else g.pick(["X", " "]))
    doc.t("3. PESSOAS AUTORIZADAS A BUSCAR A CRIANÇA (levar documento com foto)\n")
    for i in range(g.ri(2, 3)):
        fem = g.chance(0.6)
        a = g.relative(mae, female=fem) if g.chance(0.6) else g.person(female=fem)
        fmt = g.pick(["«i») «nm» — «par» — RG «rg» — Tel. «tel»\n", "«i») «nm» («par»)  doc: RG «rg»  fone «tel»\n",
                      "«i») «nm» / «par» / «tel» / RG «rg»\n"])
        doc.f(fmt, i=i + 1, nm=P(N(g.pick([a.full, a.full, a.short, a.caps]))), par=parentesco(g, fem),
              rg=(D(g.rg()), "BR_RG"), tel=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.35) and pai is not None:
        doc.f("ATENÇÃO: o genitor «p» NÃO está autorizado a retirar a criança (decisão nos autos nº «cnj», cópia arquivada).\n",
              p=P(N(pai.short)), cnj=g.cnj())
    doc.f("\n4. SAÚDE\nAlergias: «al»   Plano de saúde: «pl»\n", al=g.pick(["nega", "dipirona", "amendoim", "lactose (intolerância)", "picada de inseto", "corante"]),
          pl=g.pick(["não", f"Unimed cart. {g.d(4)} {g.d(4)} {g.d(6)} {g.d(2)}", f"Hapvida {g.d(9)}", "SUS"]))
    doc.f("Obs.: «w»\n\nDeclaro serem verdadeiras as informações. «c», «dt».\nAssinatura: ______________________   Recebido por: «at»\n",
          w=g.pick(WORD_USES + ["criança usa óculos", "irmão estuda no 5º ano", "precisa de vaga no integral"]),
          c=city, dt=g.date(g.pick(["br", "long"])), at=P(g.person().first))
    return doc


def wa_line(g: Gen, doc: Doc, ts: str, sender, msg_fmt: str, ios: bool, **vals) -> None:
    if ios:
        doc.t(f"[{ts}] ")
    else:
        doc.t(f"{ts} - ")
    if not isinstance(sender[1], dict):
        doc.e(sender[0], sender[1])
    else:
        doc.f(sender[0], **sender[1])
    doc.t(": ")
    doc.f(msg_fmt, **vals)
    doc.t("\n")


def at_whatsapp(g: Gen) -> Doc:
    """Export of a parents' WhatsApp group; senders shown as contact names, "Mãe do X" style contacts or
    bare phone numbers; the teacher posts, parents ask and share contacts, a class fundraiser by Pix."""
    doc = Doc()
    ios = g.chance(0.5)
    turma = serie(g)
    day = g.date("br")
    dd, mm, yy = day.split("/")
    times = g.times(12, 7 * 3600, 22 * 3600)
    k = [0]

    def ts() -> str:
        t = times[k[0]]
        k[0] += 1
        return f"{dd}/{mm}/{yy}, {t}:{g.ri(0, 5)}{g.ri(0, 9)}" if ios else f"{dd}/{mm}/{yy[2:]} {t}"

    prof = g.person(female=g.chance(0.85))
    doc.f("Conversa do WhatsApp com «grp»\n", grp=g.pick([f"Pais {turma} 🍎 {yy}", f"Responsáveis {turma} - {g.pick(SCHOOLS)}",
                                                          f"Mães e pais da turminha {turma}", f"{turma} 2025 (oficial)"]))
    doc.f("«ts» - «a» criou o grupo\n" if not ios else "[«ts»] «a» criou o grupo\n", ts=f"{dd}/{mm}/{yy[2:]} 06:5{g.ri(0, 9)}" if not ios else f"{dd}/{mm}/{yy}, 06:5{g.ri(0, 9)}:00",
          a=P(g.person(female=True).full) if g.chance(0.4) else (g.phone("plus"), "PHONE_NUMBER"))
    doc.f("«ts» - «a» adicionou «p1», «p2» e «p3»\n" if not ios else "[«ts»] «a» adicionou «p1», «p2» e «p3»\n",
          ts=f"{dd}/{mm}/{yy[2:]} 06:5{g.ri(0, 9)}" if not ios else f"{dd}/{mm}/{yy}, 06:5{g.ri(0, 9)}:{g.ri(10, 59)}", a=P(prof.first),
          p1=(g.phone("plus"), "PHONE_NUMBER"), p2=(g.phone("plus"), "PHONE_NUMBER"), p3=(g.phone("plus"), "PHONE_NUMBER"))
    wa_line(g, doc, ts(), ("Prof«x» «n»", {"x": "ª" if prof.female else ".", "n": P(prof.first)}),
            "Bom dia, famílias! Amanhã é dia do brinquedo 🧸 e lembrando que a reunião é «dt» às «h». «w»", ios,
            dt=g.date("br"), h=g.hm(), w=g.pick(["Quem não puder vir me avisa no privado.", "Contamos com todos!", ""]))
    parents = []
    for _ in range(4):
        m = g.person(female=g.chance(0.75))
        c = g.child(m)
        parents.append((m, c))
    for i, (m, c) in enumerate(parents):
        shown = g.rng.random()
        if shown < 0.5:
            sender = (g.phone(g.pick(["plus", "plus", "wa"])), "PHONE_NUMBER")
        elif shown < 0.75:
            sender = ("«n»", {"n": P(name_form(g, m, ["full", "short", "first", "nick", "low", "lowfirst", "lowshort"]))})
        else:
            sender = ("«r» «p» «n»", {"r": "Mãe" if m.female else "Pai", "p": "da" if c.female else "do", "n": P(c.first)})
        kk = i % 4
        if kk == 0:
            wa_line(g, doc, ts(), sender, "alguém viu a lancheira «cor» d«o» «n»? veio a da «o2» no lugar kkk", ios,
                    cor=g.pick(["azul", "rosa", "da Frozen", "do Homem-Aranha"]), o=c.o, n=P(c.first),
                    o2=P(g.child(g.person()).first))
        elif kk == 1:
            van = g.person(female=False)
            wa_line(g, doc, ts(), sender, "gente o contato do tio «v» da van é «tel», ele ainda tem vaga pra tarde", ios,
                    v=P(g.pick([van.first, van.nick])), tel=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
        elif kk == 2:
            wa_line(g, doc, ts(), sender, "Convite 🎈 aniversário de «a» anos d«o» «n» sábado «d» às 15h, «ad» (salão do prédio). Confirmem comigo!", ios,
                    a=g.ri(3, 10), o=c.o, n=P(c.first), d=g.date("br"), ad=(g.address(), "ADDRESS"))
        else:
            wa_line(g, doc, ts(), sender, "«w»", ios, w=g.pick(["alguém sabe se amanhã tem aula? vi que vai faltar luz no bairro",
                                                              "😂😂😂", "obrigada prof!!", "bom dia", "a tarefa de matemática é a página 42?"]))
    if g.chance(0.5):
        sn = g.person(female=True)
        wa_line(g, doc, ts(), (g.phone("plus"), "PHONE_NUMBER"), "a tia «n» do «l» avisou que hoje a saída é pelo portão 2", ios,
                n=P(g.pick([sn.first, sn.nick])), l=g.pick(["berçário", "integral", "portão", "lanche"]))
    tes = g.person(female=True)
    keytype = g.pick(["uuid", "uuid", "cpf", "email", "phone"])
    key = {"uuid": (g.uuid(), "PIX_KEY"), "cpf": (g.cpf(), "BR_CPF"), "email": (g.email(tes), "EMAIL_ADDRESS"),
           "phone": (g.phone("raw"), "PHONE_NUMBER")}[keytype]
    wa_line(g, doc, ts(), ("«n»", {"n": P(g.pick([tes.full, tes.first]))}),
            "Vaquinha do presente da prof«x» «p» 🎁 R$ «v» por família. Pix: «k»" + (" («t»)" if g.chance(0.5) else ""), ios, x="ª" if prof.female else "", p=P(prof.first),
            v=g.pick(["10,00", "15,00", "20,00", "25,00"]), k=key, t=P(tes.short))
    m, c = parents[0]
    wa_line(g, doc, ts(), (g.phone("plus"), "PHONE_NUMBER"), "mandei, comprovante no privado", ios)
    if g.chance(0.4):
        wa_line(g, doc, ts(), ("«n»", {"n": P(prof.first)}),
                "Pessoal, por favor não compartilhem fotos das crianças fora do grupo (LGPD). «c» está de atestado até «d».", ios,
                c=P(g.child(g.person()).first), d=g.date("br"))
    doc.f("«ts» - ‎«n» saiu\n" if not ios else "[«ts»] ‎«n» saiu\n", ts=ts(), n=(g.phone("plus"), "PHONE_NUMBER"))
    return doc


def at_agenda(g: Gen) -> Doc:
    """Agenda-app thread (printed view or JSON lines export): a notice from the coordination and the
    guardians' replies, one of them authorising someone else to pick the child up."""
    doc = Doc()
    coord = g.person(female=g.chance(0.8))
    mae = g.person(female=g.chance(0.8))
    kid = g.child(mae)
    outro = g.person(female=g.chance(0.5))
    turma = serie(g)
    school = g.pick(SCHOOLS)
    dom = school_dom(g, school)
    if g.chance(0.55):
        doc.f("«app» · «s» · Turma: «t»\nCanal: Recados da coordenação\n────────────────────────────\n",
              app=g.pick(["Agenda Edu", "ClassApp", "Escola em Movimento", "Agenda Kids"]), s=school, t=turma)
        doc.f("De: Coordenação Pedagógica («c») · «d» «h»\nPara: Responsáveis de «k»\nAssunto: «a»\n\n",
              c=P(coord.full), d=g.date("br"), h=g.hm(), k=P(kid.full),
              a=g.pick(["Ocorrência em sala", "Autorização de saída", "Aviso de piolho na turma", "Reunião individual"]))
        doc.f("Prezada família, informamos que hoje «k» «x». Pedimos que entrem em contato pelo «tel» (coordenação) ou respondam por aqui.\n"
              "Att, «c2» — «e»\n\n",
              k=P(g.pick([kid.first, kid.first, kid.nick])), x=g.pick(["chorou bastante na entrada e ficou com a auxiliar", "esqueceu o material de artes",
                                                                 "se envolveu numa briga no recreio com um colega", "apresentou febre de 38,2 °C"]),
              tel=(g.phone("par", mobile=False), "PHONE_NUMBER"), c2=P(coord.first), e=(g.staff_email(coord, dom), "EMAIL_ADDRESS"))
        doc.f("↳ Resposta de «m» («r») · «d» «h»\n", m=P(g.pick([mae.full, mae.short])), r="mãe" if mae.female else "pai",
              d=g.date("br"), h=g.hm())
        doc.f("\"Bom dia «c»! Hoje quem vai buscar «o» «k» é «p», «par», RG «rg», celular «tel». Ela chega umas «h».\"\n",
              c=P(coord.first), o=kid.o, k=P(kid.first), p=P(g.pick([outro.full, outro.short])), par=parentesco(g, outro.female),
              rg=(g.rg(), "BR_RG"), tel=(g.phone(), "PHONE_NUMBER"), h=g.hm())
        doc.f("↳ Resposta da coordenação · lida por «n» responsáveis\n\"Ok, anotado na portaria. Pedir para apresentar documento com foto.\"\n",
              n=g.ri(1, 2))
        if g.chance(0.4):
            doc.f("Porteiro de plantão: «p» · Liberado às «h»\n", p=P(g.person(female=False).first), h=g.hm())
    else:
        doc.f("# export agenda_mensagens turma=\"«t»\" gerado=«d»\n", t=turma, d=g.date("iso"))
        rows = [
            ("coordenacao", coord, f"Comunicado: a saída de sexta será às {g.hm()}.", None),
            ("responsavel", mae, "", "auth"),
            ("coordenacao", coord, "Recebido, vou avisar a portaria.", None),
            ("responsavel", g.person(), f"Meu filho esqueceu o casaco, alguém viu? É do {g.pick(['Flamengo', 'Corinthians', 'Grêmio', 'Bahia'])}", None),
        ]
        for i, (tipo, who, msg, special) in enumerate(rows):
            doc.f("{\"id\": «id», \"ts\": \"«ts»\", \"autor_tipo\": \"«ty»\", \"autor\": \"«a»\", \"login\": \"«lg»\", \"aluno\": \"«k»\", \"texto\": \"",
                  id=g.d(7), ts=f"{g.date('iso')}T{g.hms()}-03:00", ty=tipo, a=P(who.full), lg=login(who) if tipo == "coordenacao" else f"resp.{g.d(7)}",
                  k=P(kid.full) if tipo == "responsavel" and i == 1 else "-")
            if special == "auth":
                doc.f("Autorizo «p» («par», CPF «cpf», tel «tel») a retirar «k» hoje", p=P(outro.full), par=parentesco(g, outro.female),
                      cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), k=P(kid.first))
            else:
                doc.t(jstr(msg))
            doc.f("\", \"ip\": \"«ip»\"}\n", ip=(g.ip(), "IP_ADDRESS"))
    return doc


def at_transporte(g: Gen) -> Doc:
    """Route sheet of a school van: driver (CNH), plate, monitor, children with boarding addresses."""
    doc = Doc()
    drv = g.person(female=g.chance(0.15))
    mon = g.person(female=True)
    op = g.pick(COMPANIES[:1] + ["Van Escolar Vitória ME", "Transporte Prudente Kids", "Coelho Transportes Escolares"])
    doc.f("«op» — TRANSPORTE ESCOLAR\nROTA «r» · «tu» · Escola: «s»\n", op=op, r=f"{g.ri(1, 24):02d}",
          tu=g.pick(["MANHÃ", "TARDE", "INTEGRAL"]), s=g.pick(SCHOOLS))
    doc.f("Condutor(a): «d»   CNH «cnh» (cat. D, EAR)   Cel. «tel»\nVeículo: «v»   Placa: «pl»   Alvará DTP nº «al»\nMonitor(a): «m»   Cel. «tm»\n\n",
          d=P(g.pick([drv.full, drv.caps])), cnh=(g.cnh(), "BR_CNH"), tel=(g.phone(), "PHONE_NUMBER"),
          v=g.pick(["Sprinter 415 2021", "Ducato Minibus", "Master Escolar 16 lug.", "Kombi 2013"]), pl=(g.plate(), "LICENSE_PLATE"),
          al=f"{g.ri(2019, 2025)}/{g.d(4)}", m=P(g.pick([mon.full, mon.short])), tm=(g.phone(), "PHONE_NUMBER"))
    rows = []
    t0 = g.times(g.ri(4, 6), 6 * 3600, 7 * 3600 + 1800)
    for t in t0:
        r = g.person()
        c = g.child(r)
        if g.chance(0.8):
            addr = (g.address(g.pick(["text", "caps", "low"])), "ADDRESS")
        else:
            addr = V(g.pick(["Praça da Matriz (ponto)", "em frente à Padaria Rosa Branca", "portão do condomínio Aurora", "ponto de ônibus da Barão"]))
        row = [V(t), P(g.pick([c.full, c.short, c.caps])), V(serie(g)), addr, (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
               (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.5) else V("-")]
        rows.append(row)
    table_ruled(doc, ["HORA", "ALUNO", "TURMA", "EMBARQUE", "FONE RESP.", "FONE 2"], rows, g.pick(["plus", "dash", "plain"]))
    doc.f("\nObs.: «o»\nKm da rota: «km» · Reserva: «rv», placa «pl2»\n",
          o=g.pick(["não entregar criança sem adulto no ponto", "a rota passa pela Barão de Mauá até a escola",
                    "seria prudente sair 5 min antes por causa da obra", "dia de chuva a rua do Jardim Leão alaga"]),
          km=g.ri(12, 58), rv=P(g.person(female=False).short), pl2=(g.plate(), "LICENSE_PLATE"))
    return doc


def at_portal(g: Gen) -> Doc:
    """School-portal access log of guardians and students, followed by the support ticket it belonged to."""
    doc = Doc()
    resp = g.person()
    kid = g.child(resp)
    ip1 = g.ip()
    user = f"resp.{g.d(7)}"
    doc.f("# portal.«s» — auth/app log (filtro: «u»)\n", s=school_dom(g, g.pick(SCHOOLS)).split(".")[0], u=user)
    day = g.date("iso")
    tt = g.times(7)
    for i, t in enumerate(tt):
        ts = f"{day}T{t}:{g.ri(0, 5)}{g.ri(0, 9)}-03:00"
        kind = i % 7
        ip = ip1 if g.chance(0.7) else g.ip()
        if kind == 0:
            doc.f("«ts» WARN  auth  login_failed user=«u» ip=«ip» reason=bad_password\n", ts=ts, u=user, ip=(ip, "IP_ADDRESS"))
        elif kind == 1:
            doc.f("«ts» INFO  auth  password_reset_requested user=«u» email=«e» ip=«ip»\n", ts=ts, u=user,
                  e=(g.email(resp), "EMAIL_ADDRESS"), ip=(ip, "IP_ADDRESS"))
        elif kind == 2:
            doc.f("«ts» INFO  auth  login_ok user=«u» nome=\"«n»\" ip=«ip» ua=\"«ua»\"\n", ts=ts, u=user, n=P(name_form(g, resp, ["caps", "caps", "low", "full"])),
                  ip=(ip if g.chance(0.8) else g.ip6(), "IP_ADDRESS"), ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "okhttp/4.9.2", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"]))
        elif kind == 3:
            doc.f("«ts» INFO  app   boletim.view user=«u» aluno=\"«k»\" ra=«ra» bimestre=«b»\n", ts=ts, u=user, k=P(kid.full), ra=g.ra(), b=g.ri(1, 4))
        elif kind == 4 and g.chance(0.4):
            doc.f("«ts» INFO  fin   pagamento.cartao user=«u» parcela=«p»/12 valor=«v» pan=«c» bandeira=«b» status=«s»\n", ts=ts, u=user,
                  p=g.ri(1, 12), v=g.money(600, 3200), c=(g.card(False), "CREDIT_CARD"), b=g.pick(["VISA", "MASTER", "ELO"]),
                  s=g.pick(["aprovado", "recusado_51", "aprovado"]))
        elif kind == 4:
            doc.f("«ts» INFO  fin   boleto.segunda_via user=«u» parcela=«p»/12 valor=«v» linha=\"«l»\"\n", ts=ts, u=user, p=g.ri(1, 12),
                  v=g.money(600, 3200), l=g.boleto_line())
        elif kind == 5:
            doc.f("«ts» INFO  app   autorizacao.saida user=«u» aluno=\"«k»\" retirante=\"«r»\" doc=«rg»\n", ts=ts, u=user,
                  k=P(kid.first), r=P(g.person().full), rg=(g.rg("raw"), "BR_RG"))
        else:
            doc.f("«ts» INFO  auth  logout user=«u» ip=«ip» session=«h»\n", ts=ts, u=user, ip=(ip, "IP_ADDRESS"), h=g.hexs(24))
    at = g.person()
    doc.f("\n--- Chamado «n» (suporte portal) ---\nAberto por: «r» · CPF «cpf» · tel «tel»\n"
          "Relato: \"não consigo entrar pra ver as notas d«o» «k», já troquei a senha 2x\"\n"
          "Análise («a»): tentativas do IP «ip»; e-mail cadastrado divergente («e2»). Atualizado cadastro, orientado por telefone.\n"
          "Status: resolvido · «d»\n",
          n=g.protocol(), r=P(g.pick([resp.full, resp.short])), cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"), o=kid.o,
          k=P(kid.first), a=P(at.short), ip=(ip1, "IP_ADDRESS"), e2=(g.email(resp), "EMAIL_ADDRESS"), d=g.date("br"))
    return doc


def at_secretaria(g: Gen) -> Doc:
    """E-mail thread between the school office and a guardian about a transfer or a school declaration."""
    doc = Doc()
    school = g.pick(SCHOOLS)
    dom = school_dom(g, school)
    resp = g.person()
    kid = g.child(resp)
    sec = g.person(female=g.chance(0.8))
    coord = g.person()
    city, uf = g.city()
    doc.f("De: Secretaria Escolar <secretaria@«dom»>\nPara: «r» <«e»>\nCc: «c» <«ce»>\nData: «d»\nAssunto: RE: «a» - «k»\n\n",
          dom=dom, r=P(resp.full), e=(g.email(resp), "EMAIL_ADDRESS"), c=P(coord.full), ce=(g.staff_email(coord, dom), "EMAIL_ADDRESS"),
          d=f"{g.date('br')} {g.hm()}", a=g.pick(["Declaração de transferência", "Declaração de matrícula", "Histórico escolar", "Vaga para 2026"]),
          k=P(kid.caps))
    doc.f("Prezad«o» «r»,\n\nSegue em anexo a declaração d«ko» alun«ko» «k», nascid«ko» em «dob», RA «ra», regularmente matriculad«ko» no «s» "
          "desta unidade (código INEP «inep»). Para a emissão do histórico, precisamos ainda do CPF do responsável legal e de cópia da "
          "certidão de nascimento (matrícula «cert»).\n\n",
          o="a" if resp.female else "o", r=P(g.pick([resp.first, resp.full])), ko=kid.o, k=P(kid.full),
          dob=(g.kid_dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), ra=g.ra(), s=serie(g), inep=g.inep(),
          cert=f"{g.d(6)} 01 55 {g.ri(2010, 2022)} 1 {g.d(5)} {g.d(3)} {g.d(7)}-{g.d(2)}")
    doc.f("Atenciosamente,\n«s»\nSecretária Escolar · «sc»\n«tel»\n\n", s=P(sec.full), sc=school, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    doc.f("Em «d», «r» <«e»> escreveu:\n> Bom dia, vamos mudar para «c» e preciso da transferência d«ko» «k».\n"
          "> Meu CPF é «cpf» e o novo endereço fica «ad», CEP «cep».\n> Obrigad«o»!\n> «tel»\n",
          d=g.date("br"), r=P(resp.full), e=(g.email(resp), "EMAIL_ADDRESS"), c=g.pick(CITIES)[0], ko=kid.o, k=P(kid.first),
          cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), o="a" if resp.female else "o", tel=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_lista_espera(g: Gen) -> Doc:
    """Municipal creche waiting list exported to CSV (NIS of the child, guardian, criteria)."""
    doc = Doc()
    city, uf = g.city()
    doc.f("SME «c»/«u» - Fila única Educação Infantil - exportado em «d» por «op»\n", c=city, u=uf, d=g.date("br"),
          op=g.pick(["sistema", f"usr{g.d(4)}", "cadastro.sme"]))
    sep = g.pick([";", ","])
    named = g.chance(0.45)
    cols = ["pos", "protocolo", "crianca", "dt_nasc", "nis_crianca"] + (["responsavel"] if named else []) + ["cpf_resp", "telefone", "logradouro", "cep",
            "criterio", "cmei_opcao1"]
    rows = []
    for i in range(g.ri(4, 6)):
        r = g.person(female=g.chance(0.8))
        c = g.child(r)
        rows.append([V(i + 1), V(g.protocol().lstrip("#")), P(g.pick([c.caps, c.full])), (g.kid_dob("br", 2021, 2025), "DATE_OF_BIRTH"),
                     (g.pis("raw"), "BR_PIS") if g.chance(0.6) else V("")] + ([P(g.pick([r.caps, r.full]))] if named else []) + [(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"), (g.address("caps"), "ADDRESS"), (g.cep(), "BR_CEP"),
                     V(g.pick(["mae trabalhadora", "Bolsa Familia", "medida protetiva", "irmao matriculado", "PcD", "-"])),
                     V(g.pick(["CMEI Flor do Cerrado", "CMEI Irmã Dulce", "CEI Esperança", "Creche Municipal Vovó Rosa Branca", "CMEI Prof. Gildásio Tabosa"]))])
    table_csv(doc, cols, rows, sep)
    doc.f("# total na fila: «n» | critérios conforme Resolução SME nº «r»/2024 | responsável pela lista: «p»\n", n=g.ri(200, 3000),
          r=g.ri(2, 40), p=P(g.person().full))
    return doc


# --------------------------------------------------------------------------- juridico


def initials(p: Person) -> str:
    return ".".join(w[0] for w in [p.given.split()[0]] + [s for s in p.surnames if s not in PARTICLES]) + "."


def ju_conselho(g: Gen) -> Doc:
    """Ofício of a school to the Conselho Tutelar (FICAI / school absence or suspected neglect)."""
    doc = Doc()
    school = g.pick(SCHOOLS)
    city, uf = g.city()
    mae = g.person(female=True)
    pai = g.person(female=False) if g.chance(0.6) else None
    kid = g.child(mae, other=pai if pai and g.chance(0.5) else None)
    cons = g.person()
    dire = g.person(female=g.chance(0.7))
    doc.f("PREFEITURA MUNICIPAL DE «c»\nSECRETARIA MUNICIPAL DE EDUCAÇÃO\n«s» — INEP «inep»\n\n", c=fold(city).upper(), s=school.upper(), inep=g.inep())
    doc.f("Ofício nº «n»/«y» — DIR\n«c», «d».\n\nAo CONSELHO TUTELAR — «r»\nA/C Conselheir«o» «cn»\n\n",
          n=f"{g.ri(1, 180):03d}", y=g.pick([2024, 2025]), c=city, d=g.date("long"), r=g.pick(["Região Norte", "Região Sul", "Centro", "Zona Leste", "I"]),
          o=cons.o, cn=P(g.pick([cons.full, cons.short])))
    doc.f("Assunto: «a» (art. «art» da «lei»)\n\n",
          a=g.pick(["Notificação de infrequência escolar — FICAI", "Comunicação de suspeita de negligência", "Evasão escolar — busca ativa esgotada",
                    "Comunicação de suspeita de maus-tratos"]),
          art=g.pick(["56, II", "56, I", "13", "245"]), lei="Lei 8.069/1990")
    doc.f("Senhor(a) Conselheiro(a),\n\nComunicamos a situação d«o» estudante «k», nascid«o» em «dob», matriculad«o» no «s» (RA «ra»), "
          "filh«o» de «m»", o=kid.o, k=P(g.pick([kid.caps, kid.full])), dob=(g.kid_dob(g.pick(["br", "long", "nopad"])), "DATE_OF_BIRTH"),
          s=serie(g), ra=g.ra(), m=P(mae.full))
    doc.f(" (CPF «c»)", c=(g.cpf(), "BR_CPF"))
    if pai:
        doc.f(" e de «p»", p=P(g.pick([pai.full, pai.caps])))
    doc.f(", residente à «ad», bairro «b», CEP «cep». NIS da família: «nis». Cartão SUS da criança: «cns».\n\n", ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), nis=(g.pis(), "BR_PIS"), cns=(g.cns(), "BR_CNS"))
    n_f = g.ri(12, 48)
    doc.f("A criança acumula «n» faltas não justificadas no bimestre. Foram feitas tentativas de contato: em «d1» pelo telefone «t1» "
          "(não atende), em «d2» pelo «t2» (recado com «v», «par»), e visita domiciliar da equipe de busca ativa em «d3», sem sucesso.\n\n",
          n=n_f, d1=g.date("br"), t1=(g.phone(), "PHONE_NUMBER"), d2=g.date("br"), t2=(g.phone(), "PHONE_NUMBER"),
          v=P(g.person(female=True).first), par=g.pick(["vizinha", "avó", "tia"]), d3=g.date("br"))
    if g.chance(0.5):
        doc.f("Informamos ainda que «o» alun«o» relatou à professora «pr» que «x».\n\n", o=kid.o, pr=P(g.person(female=True).full),
              x=g.pick(["fica sozinh" + kid.o + " em casa com o irmão menor", "não está tomando a medicação (CID " + g.pick(CIDS) + ")",
                        "tem ajudado o pai na feira durante a manhã"]))
    doc.f("Colocamo-nos à disposição pelo telefone da unidade e pelo e-mail direcao@«dm».\n\nAtenciosamente,\n\n«dn»\nDiretor«a» Escolar — Portaria nº «port»\n",
          dm=school_dom(g, school), dn=P(g.pick([dire.full, dire.caps])), a="a" if dire.female else "", port=f"{g.ri(100, 2999)}/{g.ri(2019, 2024)}")
    doc.f("\nRecebido em ___/___/___ por: ____________________   Protocolo CT nº «pt»\n", pt=g.protocol())
    return doc


def ju_ocorrencia(g: Gen) -> Doc:
    """Bullying or accident incident report (registro de ocorrência) with staff and guardians' statements;
    minors involved on the other side are written with initials (not labelled)."""
    doc = Doc()
    school = g.pick(SCHOOLS)
    mae = g.person(female=g.chance(0.75))
    vit = g.child(mae)
    agr = g.child(g.person())
    prof = g.person(female=g.chance(0.8))
    coord = g.person(female=g.chance(0.7))
    bully = g.chance(0.6)
    doc.f("«s»\nREGISTRO DE OCORRÊNCIA ESCOLAR Nº «n»\n", s=school, n=f"{g.ri(1, 300)}/{g.pick([2024, 2025])}")
    doc.f("Data/hora do fato: «d», «h»   Local: «l»\nTipo: «t»\n\n", d=g.date("br"), h=g.hm(),
          l=g.pick(["pátio", "quadra", "banheiro masculino", "sala 12", "refeitório", "escada do bloco B", "parque"]),
          t="intimidação sistemática (bullying) — " + g.pick(["Lei 13.185/2015", "Lei 13.185/2015 e Lei 14.811/2024"]) if bully else "acidente com estudante")
    doc.f("Estudante envolvid«o»: «k» («s»), nasc. «dob»\nResponsável: «m» — tel. «tel»\n", o=vit.o, k=P(vit.full), s=serie(g),
          dob=(g.kid_dob("br"), "DATE_OF_BIRTH"), m=P(mae.full), tel=(g.phone(), "PHONE_NUMBER"))
    if bully:
        doc.f("Outro(s) estudante(s): «i» e «i2» («s»)\n\nRELATO\n", i=initials(agr), i2=initials(g.child(g.person())), s=serie(g))
        doc.f("Segundo a professora «p», desde «d» «k» vem sendo chamad«o» de apelidos no grupo de WhatsApp da turma e hoje teve o "
              "estojo jogado no lixo. Disse à coordenação que «x».\n",
              p=P(prof.full), d=g.pick(["março", "o início do semestre", "a volta das férias"]), k=P(vit.first), o=vit.o, x=g.pick(["não quer mais vir para a escola", "tem medo de ir ao banheiro sozinh" + vit.o, "ninguém faz nada"]))
        doc.f("Prints do grupo foram entregues pela mãe; um dos perfis usa o número «tel».\n", tel=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("\nRELATO\nDurante o recreio «k» caiu da «e» e bateu «pt». Atendid«o» pela técnica de enfermagem «n» («cor»), que fez "
              "compressa de gelo. «x»\n",
              k=P(vit.first), e=g.pick(["escada", "trave do parque", "arquibancada"]), pt=g.pick(["o queixo", "a cabeça", "o braço esquerdo"]),
              o=vit.o, n=P(g.person(female=True).full), cor=(g.council("COREN"), "PROFESSIONAL_ID"),
              x=g.pick(["SAMU acionado às " + g.hm() + ", ocorrência " + g.d(8) + ".", "Levad" + vit.o + " à UPA pela mãe.", "Sem perda de consciência."]))
    doc.f("\nPROVIDÊNCIAS\n- contato com a família às «h» (ligação para «tel»)\n- «x»\n", h=g.hm(), tel=(g.phone(), "PHONE_NUMBER"),
          x=g.pick(["reunião com as famílias marcada para " + g.date("br"), "encaminhado ao Conselho Tutelar", "aplicação do regimento, art. " + str(g.ri(20, 90)),
                    "boletim de ocorrência lavrado pela família (BO nº " + f"{g.d(4)}/{g.ri(2024, 2025)}" + ")"]))
    if g.chance(0.8):
        doc.f("\nDECLARAÇÃO DO RESPONSÁVEL\nEu, «m», CPF «cpf», RG «rg», declaro ciência do ocorrido e «x».\n",
              m=P(g.pick([mae.full, mae.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"),
              x=g.pick(["solicito cópia das imagens das câmeras", "não concordo com a versão da escola", "autorizo o atendimento pela psicóloga escolar"]))
    if g.chance(0.5):
        doc.f("\nAssinaturas: «p» (professor«a») · «c» (coordenação) · ______ (responsável)\n", p=P(prof.short), a="a" if prof.female else "",
              c=P(g.pick([coord.full, coord.first])))
    else:
        doc.t("\nAssinaturas: ______ (professor/a) · ______ (coordenação) · ______ (responsável)\n")
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """Extrajudicial notice of overdue tuition sent by the school's law firm."""
    doc = Doc()
    firm = g.pick(["Gondim & Tabosa Advogados", "Saboia, Mattar e Uchoa Sociedade de Advogados", "Benevides Advocacia Educacional",
                   "Pitombo & Kalil Advogados Associados"])
    school = g.pick(NETWORKS)
    resp = g.person()
    kid = g.child(resp)
    adv = g.person()
    city, uf = g.city()
    doc.f("«f»\n«c», «d»\n\nNOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTE: «s», CNPJ «cnpj»\nNOTIFICAD«o»: «r», CPF «cpf»\n"
          "Endereço: «ad», «b», «c2»/«u» — CEP «cep»\n\n",
          f=firm.upper(), c=city, d=g.date("long"), s=school, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), o="A" if resp.female else "O",
          r=P(g.pick([resp.caps, resp.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          b=g.pick(BAIRROS), c2=city, u=uf, cep=(g.cep(), "BR_CEP"))
    n = g.ri(2, 7)
    doc.f("Prezad«o» Senhor«a»,\n\nNa qualidade de responsável financeir«o» pel«ko» alun«ko» «k», conforme Contrato de Prestação de Serviços "
          "Educacionais nº «ct», V.Sa. encontra-se em débito com as parcelas de «m1» a «m2»/«y» (total de «n» mensalidades), perfazendo "
          "R$ «v», atualizado até «dt» com multa de 2% e juros de 1% a.m., nos termos da Lei 9.870/1999.\n\n",
          o="a" if resp.female else "o", a="a" if resp.female else "", ko=kid.o, k=P(kid.full), ct=f"{g.ri(2023, 2025)}/{g.d(5)}",
          m1=g.pick(MONTHS[:5]), m2=g.pick(MONTHS[6:]), y=g.pick([2024, 2025]), n=n, v=g.money(900 * n, 3200 * n), dt=g.date("br"))
    doc.f("Fica V.Sa. NOTIFICAD«O» a quitar o débito em até 10 (dez) dias, mediante boleto (linha digitável «l») ou acordo pelo "
          "telefone do escritório, sob pena de inscrição nos órgãos de proteção ao crédito e ajuizamento de ação de cobrança. "
          "Informamos que a rematrícula para «y2» fica condicionada à regularização (art. 5º da Lei 9.870/1999), sem prejuízo da "
          "frequência até o fim do ano letivo.\n\n",
          O="A" if resp.female else "O", l=g.boleto_line(), y2=g.pick([2025, 2026]))
    if g.chance(0.4):
        doc.f("Consta ainda ação anterior (autos nº «cnj», «v»ª Vara Cível), extinta por acordo não cumprido.\n\n", cnj=g.cnj(), v=g.ri(1, 12))
    doc.f("«a»\n«oab»\n«e»\n\nAR nº «ar»   (  ) recebido  (  ) mudou-se  (  ) desconhecido\n",
          a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.staff_email(adv, re.sub(r'[^a-z]', '', fold(firm.split()[0]).lower()) + "adv.com.br").replace("prof.", ""), "EMAIL_ADDRESS"),
          ar=f"{g.pick(['JT', 'OV', 'BR'])}{g.d(9)}BR")
    return doc


def ju_contrato(g: Gen) -> Doc:
    """Employment contract of a teacher or class assistant (school's CNPJ, employee's documents, bank)."""
    doc = Doc()
    school = g.pick(NETWORKS + SCHOOLS[:3])
    emp = g.person(female=g.chance(0.75))
    dire = g.person()
    city, uf = g.city()
    cargo = g.pick(["Professora de Educação Infantil", "Auxiliar de Classe", "Professor de Matemática (Fund. II)",
                    "Professora Polivalente (Fund. I)", "Monitora de Transporte", "Professor de Educação Física", "Agente de Apoio à Inclusão"])
    doc.f("CONTRATO INDIVIDUAL DE TRABALHO POR PRAZO «pz»\n\n", pz=g.pick(["INDETERMINADO", "DETERMINADO (EXPERIÊNCIA 45+45 DIAS)"]))
    doc.f("EMPREGADORA: «s», inscrita no CNPJ sob nº «cnpj», neste ato representada por «d», «dc».\n",
          s=school, cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), d=P(dire.full), dc=g.pick(["diretor administrativo", "mantenedora", "sócia-diretora"]))
    doc.f("EMPREGAD«O»: «n», «nac», «ec», nascid«o2» em «dob», portador«a» do RG «rg» «org» e do CPF «cpf», PIS «pis», "
          "CTPS digital, título de eleitor «tit», residente na «ad», «b», «c»/«u», CEP «cep».\n\n",
          O="A" if emp.female else "O", n=P(g.pick([emp.caps, emp.full])), nac="brasileir" + emp.o,
          ec=g.pick(["solteir" + emp.o, "casad" + emp.o, "divorciad" + emp.o, "em união estável"]), o2=emp.o,
          dob=(g.dob(g.pick(["br", "long"]), 1968, 2003), "DATE_OF_BIRTH"), a="a" if emp.female else "", rg=(g.rg(), "BR_RG"),
          org=g.pick(["SSP/" + uf, "SSP-" + uf, "PC/" + uf]), cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"),
          tit=(g.titulo(), "BR_TITULO_ELEITOR"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    sal = g.money(1800, 7200)
    E = "A EMPREGADA" if emp.female else "O EMPREGADO"
    doc.f("CLÁUSULA 1ª — «E» exercerá a função de «cg», com carga de «h» horas-aula semanais, observada a Convenção Coletiva "
          "do SINPRO/«u» e a Lei 9.394/1996.\nCLÁUSULA 2ª — Remuneração mensal de R$ «sal», creditada até o 5º dia útil no Banco «bk», "
          "agência «ag», conta-salário «cc».\n",
          E=E, cg=cargo, h=g.pick([20, 24, 30, 40]), u=uf, sal=sal, bk=g.pick(["do Brasil (001)", "Itaú (341)", "Caixa (104)", "Bradesco (237)", "Sicredi (748)"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if "Física" in cargo:
        doc.f("Parágrafo único — «E» declara registro ativo no «cref».\n", E=E, cref=(g.council("CREF", uf), "PROFESSIONAL_ID"))
    doc.f("CLÁUSULA 3ª — Uso de imagem em materiais pedagógicos e redes sociais da escola: («x») autoriza  («y») não autoriza.\n"
          "CLÁUSULA 4ª — «E» declara ciência da política de proteção de dados (Lei 13.709/2018) e do Código de Conduta.\n\n",
          E=E, x=(img := g.pick(["X", " "])), y="X" if img == " " else " ")
    w1, w2 = g.person(), g.person()
    doc.f("«c», «d».\n\n___________________ «dn»\n___________________ «en»\n\nTestemunhas:\n1. «w1» — CPF «c1» — RG «r1»\n2. «w2» — CPF «c2» — RG «r2»\n",
          r1=(g.rg(), "BR_RG"), r2=(g.rg(), "BR_RG"),
          c=city, d=g.date("long"), dn=P(dire.full), en=P(emp.full), w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Petition against a municipality: a creche place, or a support professional (AEE) for a disabled child."""
    doc = Doc()
    city, uf = g.city()
    mae = g.person(female=True)
    kid = g.child(mae)
    adv = g.person()
    creche = g.chance(0.5)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA DA INFÂNCIA E JUVENTUDE DA COMARCA DE «c»/«u»\n\n",
          v=g.pick(["1ª", "2ª", "ÚNICA"]), c=fold(city).upper(), u=uf)
    if g.chance(0.4):
        doc.f("Distribuição por dependência aos autos nº «cnj»\n\n", cnj=g.cnj())
    doc.f("«k», menor impúbere, nascid«o» em «dob», CPF «kc», neste ato representad«o» por sua genitora «m», «pr», portadora do RG «rg» "
          "e inscrita no CPF sob o nº «cpf», residentes e domiciliad«os» na «ad», CEP «cep», «c»/«u», telefone «tel», e-mail «e», vem, por "
          "sua advogada infra-assinada, propor\n\nAÇÃO DE OBRIGAÇÃO DE FAZER COM PEDIDO DE TUTELA DE URGÊNCIA\n\nem face do MUNICÍPIO DE «C», "
          "pessoa jurídica de direito público, CNPJ «cnpj», pelos fatos e fundamentos a seguir.\n\n",
          k=P(kid.caps), o=kid.o, os="as" if kid.female else "os", dob=(g.kid_dob(g.pick(["br", "long"]), 2014 if not creche else 2021, 2024), "DATE_OF_BIRTH"),
          kc=(g.cpf(), "BR_CPF"), m=P(mae.caps), pr=g.pick(["diarista", "operadora de caixa", "desempregada", "costureira", "técnica de enfermagem"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), c=city, u=uf,
          tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(mae), "EMAIL_ADDRESS"), C=fold(city).upper(), cnpj=(g.cnpj(), "BR_CNPJ"))
    if creche:
        doc.f("I — DOS FATOS\n«A» está inscrit«o» na fila da Educação Infantil desde «d» (protocolo «p»), sem obter vaga em CMEI próximo "
              "à residência, embora sua genitora trabalhe em horário integral. O art. 208, IV, da Constituição e o art. 54, IV, da "
              "Lei 8.069/1990 asseguram o atendimento em creche (Tema 548 do STF).\n\n", d=g.date("br", 2024), p=g.protocol(),
              A="A autora" if kid.female else "O autor", o=kid.o)
    else:
        ter = g.person(female=True)
        doc.f("I — DOS FATOS\n«A» tem diagnóstico de «cid» (laudo anexo da Dra. «ter», «crm»), e a escola («s») nega o profissional de apoio "
              "escolar previsto no art. 3º, parágrafo único, da Lei 12.764/2012 (Lei Berenice Piana) e no art. 28 da Lei 13.146/2015.\n\n",
              cid=g.pick(["TEA — CID 10 F84.0", "TDAH (F90.0) e TEA (F84.0)", "Síndrome de Down (Q90.9)", "paralisia cerebral (G80.0)"]),
              A="A autora" if kid.female else "O autor", ter=P(ter.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), s=g.pick(SCHOOLS))
    doc.f("II — DOS PEDIDOS\na) tutela de urgência, sob pena de multa diária de R$ «m»;\nb) a gratuidade da justiça;\nc) valor da causa: R$ «vc».\n\n"
          "Termos em que pede deferimento.\n«c», «d».\n\n«a»\n«oab»\n",
          m=g.money(200, 2000), vc=g.money(1000, 20000), c=city, d=g.date("br"), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A guardian's LGPD request (delete the child's photos, access to data) and the DPO's answer."""
    doc = Doc()
    school = g.pick(NETWORKS)
    dom = school_dom(g, school)
    resp = g.person()
    kid = g.child(resp)
    dpo = g.person()
    doc.f("De: «r» <«e»>\nPara: dpo@«dom»\nAssunto: Solicitação LGPD - dados do meu filho\nData: «d»\n\n",
          r=P(resp.full), e=(g.email(resp), "EMAIL_ADDRESS"), dom=dom, d=f"{g.date('br')} {g.hm()}")
    doc.f("Prezados,\n\nCom base no art. 18 da Lei 13.709/2018, solicito (i) a exclusão das fotos d«o» «k» («s») publicadas no Instagram da "
          "escola, (ii) cópia de todos os dados pessoais tratados e (iii) informação sobre o compartilhamento com o aplicativo de agenda.\n"
          "Identificação: «rn», CPF «cpf», RG «rg». Aluno(a): «kf», nascido(a) em «dob».\n\nAtt.\n«tel»\n\n",
          o=kid.o, k=P(kid.first), s=serie(g), rn=P(resp.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), kf=P(kid.full),
          dob=(g.kid_dob("br"), "DATE_OF_BIRTH"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("------ resposta ------\nDe: Encarregado de Dados <privacidade@«dom»>\nPara: «e»\n\nPrezad«o» «r»,\n\n"
          "Recebemos sua solicitação (protocolo LGPD-«p»). As publicações foram removidas em «d». Seguem em anexo: ficha cadastral, "
          "registros de acesso ao portal (últimos 6 meses, com IPs «ip1» e «ip2») e histórico de mensagens do aplicativo. Os dados de "
          "saúde (ficha da enfermaria) são compartilhados apenas com a operadora do seguro escolar, CNPJ «cnpj».\n\n"
          "Atenciosamente,\n«dp»\nEncarregado(a) pelo Tratamento de Dados Pessoais — «s»\n",
          dom=dom, e=(g.email(resp), "EMAIL_ADDRESS"), o="a" if resp.female else "o", r=P(resp.first), p=g.d(6), d=g.date("br"),
          ip1=(g.ip(), "IP_ADDRESS"), ip2=(g.ip(), "IP_ADDRESS"), cnpj=(g.cnpj(), "BR_CNPJ"), dp=P(dpo.full), s=school)
    return doc


def ju_processos(g: Gen) -> Doc:
    """The school network's law firm case-tracking export (labour claims, tuition collections)."""
    doc = Doc()
    firm = g.pick(["Gondim & Tabosa Advogados", "Benevides Advocacia Educacional", "Curvelo, Daher & Nakamura"])
    doc.f("«f» — carteira «s» — extração «d» («u»)\n", f=firm, s=g.pick(NETWORKS), d=g.date("br"),
          u=g.pick(["sistema Projuris", "planilha controle", "relatório LegalOne"]))
    rows = []
    for _ in range(g.ri(4, 6)):
        kind = g.pick(["trab", "cob", "cob", "civ"])
        p = g.person()
        adv = g.person()
        if kind == "trab":
            rows.append([V(g.cnj("5.15" if g.chance(0.5) else "5.02")), V("Reclamação trabalhista"), P(g.pick([p.caps, p.full])),
                         (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V("reclamante (ex-professora)" if p.female else "reclamante (ex-monitor)"),
                         V(g.money(8000, 180000)), V(login(adv)), (g.council("OAB"), "PROFESSIONAL_ID")])
        elif kind == "cob":
            rows.append([V(g.cnj("8.26" if g.chance(0.5) else "8.16")), V("Cobrança mensalidades"), P(g.pick([p.caps, p.full])),
                         (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), V("réu (resp. financeiro)"), V(g.money(2000, 40000)), V(login(adv)),
                         (g.council("OAB"), "PROFESSIONAL_ID")])
        else:
            rows.append([V(g.cnj()), V("Indenizatória (acidente escolar)"), P(g.pick([p.caps, p.full])), (g.cpf(), "BR_CPF"),
                         V("autor(a) rep. por genitor"), V(g.money(10000, 90000)), V(login(adv)), (g.council("OAB"), "PROFESSIONAL_ID")])
    cols = ["processo", "tipo", "parte_contraria", "cpf", "polo", "valor_causa", "usuario_resp", "oab"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    doc.f("\nobs. («a»): «x»\n", a=P(g.person().first),
          x=g.pick(["os CPFs vieram do ERP da escola, conferir antes de protocolar", f"acordo homologado no {g.cnj()}, aguardando 1ª parcela",
                    "seria prudente provisionar 100% do trabalhista", f"ID interno {g.neg(11)} duplicado no sistema"]))
    return doc


# --------------------------------------------------------------------------- saude

MEDS = ["Metilfenidato 10 mg (Ritalina) 1 cp", "Risperidona 1 mg/ml 0,5 ml", "Salbutamol spray 2 jatos se crise",
        "Insulina asparte conforme glicemia", "Valproato de sódio 250 mg", "Loratadina xarope 5 ml", "Amoxicilina 250 mg/5 ml 7 ml",
        "Levetiracetam 500 mg", "Dipirona gotas 15 gotas se febre > 37,8", "Epinefrina autoinjetável 0,15 mg (EpiPen Jr) se anafilaxia"]


def sa_medicamento(g: Gen) -> Doc:
    """Authorisation for the school nurse to give a medicine, with the prescription data (OCR scan at times)."""
    doc = Doc()
    scan = g.chance(0.3)
    resp = g.person()
    kid = g.child(resp)
    med = g.person()
    enf = g.person(female=g.chance(0.85))
    uf = g.pick(UFS)

    def N(s: str) -> str:
        return ocr(s, g) if scan else s

    doc.f("«s» — Serviço de Enfermagem Escolar\nAUTORIZAÇÃO PARA ADMINISTRAÇÃO DE MEDICAMENTO\n\n", s=g.pick(SCHOOLS))
    doc.f("Estudante: «k»   Turma: «t»\nData de nascimento: «dob»   Peso: «p» kg\nCartão Nacional de Saúde: «cns»   CPF: «kc»\n\n",
          kc=(g.cpf(), "BR_CPF") if g.chance(0.6) else "não informado",
          k=P(N(g.pick([kid.full, kid.caps]))), t=serie(g), dob=(g.kid_dob(g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), p=g.ri(12, 60),
          cns=(g.cns(), "BR_CNS"))
    doc.f("Medicamento / posologia: «m»\nHorário(s) na escola: «h»   Período: de «d1» até «d2»\nDiagnóstico (CID-10): «cid»\n",
          m=g.pick(MEDS), h=g.pick(["10:00", "12:30", "15:00", "se necessário"]), d1=g.date("br"), d2=g.pick(["uso contínuo", g.date("br")]),
          cid=g.pick(CIDS))
    doc.f("Prescrição: Dr«a». «mn» — «crm» — receita de «dr»\n\n", a="a" if med.female else "", mn=P(N(med.full)),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dr=g.date("br"))
    doc.f("Eu, «r», «par», CPF «cpf», telefone «tel», autorizo a equipe de enfermagem da escola a administrar o medicamento acima, "
          "que será entregue na embalagem original com cópia da receita. «w»\n\n",
          r=P(N(g.pick([resp.full, resp.caps]))), par="mãe" if resp.female else "pai", cpf=(g.cpf(), "BR_CPF"), tel=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Alergia a dipirona.", "Não dar com o estômago vazio.", ""]))
    if g.chance(0.6):
        sec = g.person()
        doc.f("Contato alternativo: «n» («par») «tel»\n", n=P(N(sec.full)), par=parentesco(g, sec.female), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("«c», «d».   ______________________ (assinatura do responsável)\n\nRecebido por: «e» — «cor»   em «d2» às «h»\n",
          c=g.city()[0], d=g.date("br"), e=P(N(g.pick([enf.full, enf.short]))), cor=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          d2=g.date("br"), h=g.hm())
    return doc


def sa_ficha(g: Gen) -> Doc:
    """Student health form (ficha de saúde): allergies, blood type, pediatrician, emergency contacts."""
    doc = Doc()
    mae = g.person(female=True)
    pai = g.person(female=False)
    kid = g.child(mae, other=pai if g.chance(0.6) else None)
    ped = g.person()
    doc.f("FICHA DE SAÚDE DO ALUNO — «y»\n«s»\n\n", y=g.pick([2025, 2026]), s=g.pick(SCHOOLS))
    kv = [("Nome", P(g.pick([kid.full, kid.caps]))), ("Nascimento", (g.kid_dob(), "DATE_OF_BIRTH")), ("Turma", V(serie(g))), ("CPF do aluno", (g.cpf(), "BR_CPF") if g.chance(0.7) else V("—")),
          ("Tipo sanguíneo", V(g.pick(["O+", "A+", "B-", "AB+", "não sabe"]))), ("CNS", (g.cns(), "BR_CNS")),
          ("Plano de saúde", V(g.pick(["não possui", f"Unimed nº {g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}", f"Amil {g.d(9)}", f"SulAmérica {g.d(17)}"]))),
          ("Alergias", V(g.pick(["amendoim e castanhas (anafilaxia)", "lactose", "nenhuma conhecida", "penicilina", "ovo", "poeira/ácaro"]))),
          ("Doenças crônicas", V(g.pick(["asma (J45.9)", "diabetes tipo 1 (E10.9)", "epilepsia (G40.9)", "não", "TDAH (F90.0)"]))),
          ("Restrição alimentar", V(g.pick(["sem glúten", "vegetariana", "não", "sem açúcar"]))),
          ("Pediatra", ("«n» — «crm» — «tel»", {"n": P(ped.full), "crm": (g.council("CRM"), "PROFESSIONAL_ID"), "tel": (g.phone("par", mobile=g.chance(0.4)), "PHONE_NUMBER")}))]
    tab = g.chance(0.5)
    for k, v in kv:
        doc.t(f"{k + ':':<22}" if tab else f"{k}: ")
        if isinstance(v[1], dict):
            doc.f(v[0], **v[1])
        else:
            doc.e(v[0], v[1])
        doc.t("\n")
    doc.t("\nEM CASO DE EMERGÊNCIA AVISAR (nesta ordem):\n")
    people = [(mae, "mãe"), (pai, "pai")]
    if g.chance(0.7):
        o = g.relative(mae)
        people.append((o, parentesco(g, o.female)))
    for i, (p, par) in enumerate(people):
        doc.f("«i». «n» («par») — «t1»", i=i + 1, n=P(g.pick([p.full, p.short, p.first])), par=par, t1=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.4):
            doc.f(" / trabalho «t»", t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
        doc.t("\n")
    doc.f("\nAutorizo, em caso de urgência, a remoção para o «h» pelo SAMU (192).\nResponsável: «r»   CPF «cpf»   Data: «d»\n",
          h=g.pick(["Hospital Municipal", "Hospital Infantil Aurora", "pronto-socorro mais próximo", "Hospital São Bento"]),
          r=P(g.pick([mae.full, pai.full])), cpf=(g.cpf(), "BR_CPF"), d=g.date("br"))
    return doc


def sa_acidente(g: Gen) -> Doc:
    """School accident report sent to the school insurer, with reimbursement data."""
    doc = Doc()
    resp = g.person()
    kid = g.child(resp)
    enf = g.person(female=True)
    med = g.person()
    uf = g.pick(UFS)
    doc.f("COMUNICAÇÃO DE ACIDENTE ESCOLAR — SEGURO «seg»\nApólice «ap» · Sinistro «sn»\n\n",
          seg=g.pick(["ACIDENTES PESSOAIS ESCOLAR", "AP ESCOLAR COLETIVO"]), ap=f"{g.d(2)}.{g.d(2)}.{g.d(7)}", sn=g.neg(11))
    doc.f("Estipulante: «s»\nSegurado: «k», nasc. «dob», turma «t»\nData/hora: «d» «h»   Local: «l»\n",
          s=g.pick(NETWORKS), k=P(kid.full), dob=(g.kid_dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), t=serie(g), d=g.date("br"), h=g.hm(),
          l=g.pick(["quadra poliesportiva", "parque infantil", "aula de educação física", "escada principal", "excursão ao Parque Aurora"]))
    doc.f("Descrição: «x». Primeiros socorros pela enfermeira «e» («cor»). Encaminhad«o» ao «hosp», atendid«o» pel«mo» Dr«a». «m» («crm»). "
          "Diagnóstico: «cid». «y»«lucas»\n\n", lucas=g.pick(["", " Equipe treinada em primeiros socorros (Lei 13.722/2018 — Lei Lucas).", ""]),
          x=g.pick(["queda durante o futebol com trauma no punho esquerdo", "corte no supercílio ao bater na quina da mesa",
                    "torção de tornozelo na corrida", "prensou o dedo na porta do banheiro"]),
          e=P(enf.full), cor=(g.council("COREN", uf), "PROFESSIONAL_ID"), o=kid.o, hosp=g.pick(["Hospital São Bento", "PS Infantil Municipal", "UPA Vila Esperança"]),
          mo="a" if med.female else "o", a="a" if med.female else "", m=P(med.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cid=g.pick(["S52.5 (fratura do punho)", "S01.1", "S93.4", "S62.6", "T14.0"]), y=g.pick(["Imobilização por 21 dias.", "Sutura 4 pontos.", "Sem sequelas."]))
    doc.f("DADOS PARA REEMBOLSO (despesas médicas R$ «v»)\nFavorecido: «r»   CPF: «cpf»\nBanco «bk»  Ag. «ag»  C/C «cc»\n"
          "Contato: «tel» · «e»\nEndereço: «ad», CEP «cep»\n\n",
          v=g.money(80, 2500), r=P(g.pick([resp.full, resp.caps])), cpf=(g.cpf(), "BR_CPF"), bk=g.pick(["001", "104", "237", "341", "260", "077", "756"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp), "EMAIL_ADDRESS"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Preenchido por «c» (coordenação) em «d». Anexos: boletim de atendimento, raio-X, notas fiscais.\n",
          c=P(g.person().full), d=g.date("br"))
    return doc


def sa_aee(g: Gen) -> Doc:
    """AEE (special-needs) follow-up report written by the school's therapists for the family and the school."""
    doc = Doc()
    mae = g.person(female=True)
    kid = g.child(mae)
    fono, to, psi, prof = g.person(female=True), g.person(), g.person(female=g.chance(0.8)), g.person(female=True)
    uf = g.pick(UFS)
    doc.f("RELATÓRIO «t» — ATENDIMENTO EDUCACIONAL ESPECIALIZADO (AEE)\nSala de Recursos Multifuncionais — «s»\n\n",
          t=g.pick(["SEMESTRAL", "DE AVALIAÇÃO INICIAL", "DE ACOMPANHAMENTO"]), s=g.pick(SCHOOLS))
    doc.f("Estudante: «k»\nData de nascimento: «dob» («i» anos)   Turma: «tu»\nCNS: «cns»   NIS: «nis»\nResponsável: «m» — «tel»\n"
          "Hipótese diagnóstica/CID: «cid» (laudo de «dt»)\n\n",
          k=P(kid.full), dob=(g.kid_dob("br", 2012, 2021), "DATE_OF_BIRTH"), i=g.ri(4, 13), tu=serie(g), cns=(g.cns(), "BR_CNS"),
          nis=(g.pis("raw"), "BR_PIS"), m=P(mae.full), tel=(g.phone(), "PHONE_NUMBER"),
          cid=g.pick(["F84.0 (TEA nível 1 de suporte)", "F84.0 nível 2", "F90.0 + F81.0", "Q90.9", "F70 + G40.9", "H90.3 (surdez)"]),
          dt=g.date("br", g.pick([2023, 2024])))
    doc.f("1. FONOAUDIOLOGIA («n», «c»)\n«E» ampliou o vocabulário funcional; ainda apresenta ecolalia em situações de estresse. Uso de prancha de CAA "
          "em sala.\n\n", n=P(fono.full), c=(g.council("CRFA"), "PROFESSIONAL_ID"), E="A estudante" if kid.female else "O estudante")
    doc.f("2. TERAPIA OCUPACIONAL («n», «c»)\nHipersensibilidade auditiva no recreio; recomenda-se abafador e pausas sensoriais. Preensão do lápis em evolução.\n\n",
          n=P(to.full), c=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    doc.f("3. PSICOLOGIA («n», «c»)\n«k» responde bem à antecipação de rotina. A mãe relata melhora do sono após ajuste de medicação pelo neuropediatra "
          "«np» («crm»).\n\n", n=P(psi.full), c=(g.council("CRP"), "PROFESSIONAL_ID"), k=P(g.pick([kid.first, kid.nick])),
          np=P(g.person().full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("4. PLANO EDUCACIONAL INDIVIDUALIZADO (PEI)\nProfessora do AEE: «p». Profissional de apoio: «a» (Lei 12.764/2012, art. 3º). "
          "Metas: autonomia no lanche; «w».\n\nReunião com a família em «d». Cópia para a família e para o prontuário.\n",
          p=P(prof.full), a=P(g.person().short) if g.chance(0.5) else g.pick(["a contratar", "em processo seletivo", "compartilhada com o 3º ano"]), w=g.pick(["leitura de palavras simples", "tolerância a mudanças de sala", "participação no projeto Aurora de leitura"]),
          d=g.date("br"))
    return doc


def sa_enfermaria(g: Gen) -> Doc:
    """Day log of the school nurse's office, a ruled table of visits."""
    doc = Doc()
    enf = g.person(female=True)
    doc.f("ENFERMARIA — REGISTRO DIÁRIO DE ATENDIMENTOS — «d»\nResponsável técnica: «e» «cor»\n\n", d=g.date("br"), e=P(enf.full),
          cor=(g.council("COREN"), "PROFESSIONAL_ID"))
    rows = []
    for t in g.times(g.ri(5, 7), 7 * 3600, 17 * 3600):
        r = g.person()
        c = g.child(r)
        call = g.chance(0.7)
        rows.append([V(t), P(name_form(g, c, ["full", "short", "caps", "low", "lowshort"])), V(serie(g)),
                     V(g.pick(["cefaleia", "febre 38,1", "dor abdominal", "queda/escoriação joelho", "crise de asma", "picada de abelha",
                               "sangramento nasal", "hipoglicemia (60 mg/dl)", "vômito", "dor de dente"])),
                     V(g.pick(["repouso + água", "antitérmico (autorizado)", "curativo", "bombinha conf. autorização", "liberado p/ casa", "gelo local"])),
                     P(g.pick([r.short, r.first, r.full])) if call and g.chance(0.35) else V("mãe" if r.female else "pai") if call else V("-"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if call else V("-")])
    table_ruled(doc, ["HORA", "ALUNO", "TURMA", "QUEIXA", "CONDUTA", "RESP. AVISADO", "TELEFONE"], rows, g.pick(["plus", "dash", "plain"]))
    doc.f("\nIntercorrências: «x»\nAss.: ______________ (enf.)\n", x=g.pick(["nenhuma", "SAMU acionado para aluno do " + serie(g) + " (ocorrência " + g.d(9) + ")",
                                                        "faltou luz no bloco B, geladeira de insulina ligada no gerador", "estoque de soro fisiológico baixo"]),
          )
    return doc


def sa_vacina(g: Gen) -> Doc:
    """CSV of the vaccination-card check done with the local health unit (Programa Saúde na Escola)."""
    doc = Doc()
    ubs = g.pick(["UBS Vila Esperança", "UBS Dr. Zenóbio Catunda", "ESF Rosa Branca", "UBS Bento Ribeiro", "USF Jardim Aurora"])
    doc.f("PSE — verificação de caderneta vacinal · «s» × «u» · «d»\n", s=g.pick(SCHOOLS), u=ubs, d=g.date("br"))
    cols = ["aluno", "data_nascimento", "cns", "responsavel", "telefone", "pendencias", "obs"]
    rows = []
    for _ in range(g.ri(4, 6)):
        r = g.person()
        c = g.child(r)
        rows.append([P(g.pick([c.caps, c.full])), (g.kid_dob(g.pick(["br", "iso"]), 2010, 2021), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS"),
                     P(g.pick([r.caps, r.full, r.short])) if g.chance(0.3) else V(g.pick(["mãe", "pai", "avó", "—", "mãe", "pai"])),
                     (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                     V(g.pick(["HPV D2", "DTP reforço", "nenhuma", "febre amarela", "tríplice viral D2; meningo ACWY", "COVID-19"])),
                     V(g.pick(["", "caderneta não apresentada", "recusa da família (termo)", "agendado " + g.date("br"), "lote " + g.pick(["FA", "HP", "MN"]) + g.d(5)]))])
    table_csv(doc, cols, rows, g.pick([",", ";"]))
    doc.f("# enviado por «e» («cor») para «u»; dúvidas na coordenação do PSE\n", e=P(g.person(female=True).full),
          cor=(g.council("COREN"), "PROFESSIONAL_ID"), u=ubs)
    return doc


def sa_laudo(g: Gen) -> Doc:
    """E-mail exchange between the school psychologist and a child's neurologist about a report (laudo)."""
    doc = Doc()
    school = g.pick(SCHOOLS)
    dom = school_dom(g, school)
    psi = g.person(female=g.chance(0.8))
    neu = g.person()
    mae = g.person(female=True)
    kid = g.child(mae)
    clin = g.pick(["Clínica Neurokids", "Instituto Aurora de Neurodesenvolvimento", "Clínica Luz do Amanhã", "Neuroped Mattar"])
    cdom = re.sub(r"[^a-z]", "", fold(clin).lower())[:14] + ".com.br"
    doc.f("De: «p» <«pe»>\nPara: «n» <«ne»>\nCc: aee@«dom»\nAssunto: «k» — laudo e orientações para a escola\n\n",
          p=P(psi.full), pe=(g.staff_email(psi, dom), "EMAIL_ADDRESS"), n=P(neu.full), ne=(g.staff_email(neu, cdom), "EMAIL_ADDRESS"), dom=dom,
          k=P(kid.full))
    doc.f("Dr«a». «n», boa tarde.\n\nSou psicóloga escolar («crp») e acompanho «k», nascid«o» em «dob», «t». A família («m», «tel») "
          "autorizou o contato. Gostaríamos de saber se o laudo de «d» (CID «cid») pode ser atualizado com a indicação de profissional "
          "de apoio, exigida pela Secretaria.\n\nAtt.,\nPsicologia Escolar\n\n",
          a="a" if neu.female else "", n=P(neu.last), crp=(g.council("CRP"), "PROFESSIONAL_ID"), k=P(kid.first), o=kid.o,
          dob=(g.kid_dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), t=serie(g), m=P(mae.full), tel=(g.phone(), "PHONE_NUMBER"),
          d=g.date("br", 2024), cid=g.pick(["F84.0", "F90.0", "F80.1", "F84.0/F90.0"]))
    doc.f("> Em «d», «n» escreveu:\n> Prezada, o laudo atualizado segue anexo (assinado digitalmente, «crm», RQE «rqe»). "
          "> Paciente «kc», CNS «cns». Recomendo mediação em sala e redução de estímulos. Atenciosamente, «cl», «tel»\n",
          d=g.date("br"), n=P(neu.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5), kc=P(kid.caps),
          cns=(g.cns(), "BR_CNS"), cl=clin, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


# --------------------------------------------------------------------------- financeiro


def fi_inadimplencia(g: Gen) -> Doc:
    """Overdue-tuition worklist of the school's finance office (ruled table or Markdown)."""
    doc = Doc()
    school = g.pick(NETWORKS + SCHOOLS[:4])
    ana = g.person()
    doc.f("«s» — RELATÓRIO DE INADIMPLÊNCIA — posição «d»\nEmitido por: «a» (financeiro)   Filtro: atraso > 30 dias\n\n",
          s=school.upper(), d=g.date("br"), a=P(ana.full))
    rows = []
    for _ in range(g.ri(4, 6)):
        r = g.person()
        k = g.child(r)
        rows.append([V(f"{g.ri(2024, 2025)}{g.d(5)}"), P(g.pick([r.caps, r.full, r.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     P(g.pick([k.first, k.short])) if g.chance(0.55) else V(g.pick(["(2 alunos)", "—", "ver contrato"])), V(serie(g)), V(str(g.ri(1, 8))), V(g.money(700, 18000)),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), (g.email(r), "EMAIL_ADDRESS") if g.chance(0.7) else V("—"),
                     V(g.pick(["SERASA", "acordo quebrado", "notificado", "em negociação", "jurídico", "—"]))])
    cols = ["contrato", "responsável financeiro", "cpf", "aluno", "turma", "parc.", "saldo R$", "telefone", "e-mail", "situação"]
    if g.chance(0.5):
        table_ruled(doc, cols, rows, g.pick(["plus", "dash"]))
    else:
        table_md(doc, cols, rows)
    doc.f("\nTotal em aberto: R$ «t» · «n» contratos · próxima régua de cobrança em «d»\nObs.: «o»\n",
          t=g.money(20000, 400000), n=g.ri(30, 400), d=g.date("br"),
          o=g.pick(["boletos do Banco Leão S.A. vencidos migram para o Pix automático", "seria prudente não negativar antes da rematrícula",
                    f"contrato {g.neg(11)} está em duplicidade no ERP", "acordos acima de 6x só com aprovação da direção"]))
    return doc


def fi_bolsa(g: Gen) -> Doc:
    """Scholarship (bolsa social / CEBAS) file: family composition and income, social worker's opinion."""
    doc = Doc()
    resp = g.person()
    kid = g.child(resp)
    ass = g.person(female=g.chance(0.85))
    city, uf = g.city()
    doc.f("PROCESSO DE CONCESSÃO DE BOLSA DE ESTUDO «y» — Lei Complementar 187/2021\n«s» — CNPJ «cnpj»\n\n",
          y=g.pick([2025, 2026]), s=g.pick(NETWORKS), cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Candidato(a): «k»   Nasc.: «dob»   Série pretendida: «t»\nResponsável: «r»   CPF: «cpf»   RG: «rg»   NIS: «nis»\n"
          "Endereço: «ad» — «b» — CEP «cep» — «c»/«u»\nTelefone: «tel»   E-mail: «e»\nTítulo de eleitor: «tit»\n\nCOMPOSIÇÃO FAMILIAR\n",
          tit=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.6) else "não apresentado",
          k=P(kid.full), dob=(g.kid_dob("br"), "DATE_OF_BIRTH"), t=serie(g), r=P(resp.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), nis=(g.pis(), "BR_PIS"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), c=city, u=uf, tel=(g.phone(), "PHONE_NUMBER"),
          e=(g.email(resp), "EMAIL_ADDRESS"))
    members = [(resp, "responsável", g.dob("br"), g.money(0, 3500)), (kid, "candidato(a)", None, "0,00")]
    if g.chance(0.7):
        sp = g.person(female=not resp.female)
        members.append((sp, "cônjuge", g.dob("br"), g.money(0, 3000)))
    for _ in range(g.ri(0, 2)):
        members.append((g.child(resp), "irmão(ã)", g.kid_dob("br"), "0,00"))
    if g.chance(0.3):
        members.append((g.relative(resp), "avó/avô", g.dob("br", 1940, 1960), g.money(1412, 2500) + " (aposent.)"))
    rows = []
    for p, par, dob, renda in members:
        rows.append([P(p.full), V(par), (dob if dob else g.kid_dob("br"), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.75) else V("não possui"), V(renda)])
    table_ruled(doc, ["NOME", "PARENTESCO", "NASCIMENTO", "CPF", "RENDA R$"], rows, g.pick(["plus", "dash", "plain"]))
    doc.f("\nRenda per capita: R$ «pc» (limite: 1,5 salário mínimo)\nPARECER SOCIAL: família em situação de «x». Visita domiciliar em «d». "
          "Recomenda-se bolsa «pct»%.\n\n«a»\nAssistente Social — «cress»\n",
          pc=g.money(300, 2100), x=g.pick(["vulnerabilidade (desemprego do provedor)", "aluguel comprometendo 50% da renda", "doença crônica na família"]),
          d=g.date("br"), pct=g.pick([50, 100]), a=P(ass.full), cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll extract of teachers and assistants sent to the accountant (CSV)."""
    doc = Doc()
    school = g.pick(NETWORKS)
    cont = g.person()
    doc.f("De: «c» <«ce»>\nPara: contabil@curvelocontabilidade.com.br\nAssunto: folha «m»/«y» — «s» (CNPJ «cnpj»)\n\n"
          "Segue a base para o eSocial, conforme combinado com a Curvelo Contabilidade. «x»\n\n",
          c=P(cont.full), ce=(g.staff_email(cont, school_dom(g, school)), "EMAIL_ADDRESS"), m=f"{g.ri(1, 12):02d}", y=g.pick([2024, 2025]),
          s=school, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          x=g.pick(["Duas admissões no mês.", "A auxiliar do berçário pediu para receber por Pix.", "Atenção aos dissídios do SINPRO.", ""]))
    cols = ["matricula", "nome", "cpf", "pis", "cargo", "nascimento", "banco", "agencia", "conta", "pix", "liquido"]
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.75))
        pixk = g.rng.random()
        if pixk < 0.25:
            pix = (g.uuid(), "PIX_KEY")
        elif pixk < 0.35:
            pix = (g.email(p), "EMAIL_ADDRESS")
        else:
            pix = V("")
        rows.append([V(g.d(5)), P(g.pick([p.caps, p.full])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     V(g.pick(["PROF ED INFANTIL", "AUX CLASSE", "PROF FUND II", "MONITORA", "COZINHEIRA", "PORTEIRO", "COORD PEDAG"])),
                     (g.dob("br", 1966, 2004), "DATE_OF_BIRTH"), V(g.pick(["001", "104", "237", "341", "033", "748"])),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), pix, V(g.money(1500, 9000).replace(".", ""))])
    table_csv(doc, cols, rows, ";")
    doc.f("\n--\n«c»\nDepartamento Pessoal · «s»\n«tel»\n", c=P(cont.first), s=school, tel=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


def fi_pix(g: Gen) -> Doc:
    """Pix statement of the school's account reconciled against tuition invoices."""
    doc = Doc()
    school = g.pick(NETWORKS)
    key = g.uuid()
    doc.f("Extrato Pix recebidos — «s» — chave aleatória «k»\nConta: ag. «ag» c/c «cc» · período «d1» a «d2»\n\n",
          s=school, k=(key, "PIX_KEY"), ag=(g.agency(False), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), d1=g.date("br"), d2=g.date("br"))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        k = g.child(p)
        masked = g.chance(0.35)
        rows.append([V(f"{g.date('br')} {g.hm()}"), V("E" + g.d(8) + g.d(12) + "".join(g.pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))),
                     P(g.pick([p.caps, p.full])), V(f"***.{g.d(3)}.{g.d(3)}-**") if masked else (g.cpf(), "BR_CPF"), V(g.money(300, 3500)),
                     V(g.pick([f"mensalidade {g.ri(1, 12):02d}/{g.pick([2024, 2025])}", "matrícula", "uniforme", "passeio", "não identificado"])),
                     P(g.pick([k.short, k.first, k.caps])) if g.chance(0.4) else V("—")])
    table_ruled(doc, ["DATA", "END-TO-END ID", "PAGADOR", "CPF/CNPJ", "VALOR", "DESCRIÇÃO", "ALUNO (ERP)"], rows, g.pick(["plus", "dash", "plain"]))
    conc = g.person()
    doc.f("\nConciliação («a»): «n» Pix sem boleto correspondente; «x».\n", a=P(conc.full) if g.chance(0.4) else login(conc), n=g.ri(1, 3),
          x=g.pick(["devolver o duplicado via MED", "o pagador usou a chave antiga (CNPJ)", f"txid {g.hexs(26)} não localizado", "ok com o ERP"]))
    return doc


def fi_acordo(g: Gen) -> Doc:
    """Debt-confession and installment agreement for overdue tuition, with card for recurring charge."""
    doc = Doc()
    resp = g.person()
    kid = g.child(resp)
    school = g.pick(NETWORKS)
    city, uf = g.city()
    n = g.ri(3, 12)
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO DE PARCELAMENTO nº «tn»\n\nCREDORA: «s», CNPJ «cnpj».\n"
          "DEVEDOR«a»: «r», «ec», CPF «cpf», RG «rg», nascid«o» em «dob», residente na «ad», «b», CEP «cep», «c»/«u», "
          "telefone «tel», e-mail «e».\n\n",
          tn=f"{g.d(4)}/{g.pick([2024, 2025])}", s=school, cnpj=(g.cnpj(), "BR_CNPJ"), a="A" if resp.female else "", r=P(resp.caps),
          ec=g.pick(["solteir" + resp.o, "casad" + resp.o, "divorciad" + resp.o]), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=resp.o,
          dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          c=city, u=uf, tel=(g.phone(), "PHONE_NUMBER"), e=(g.email(resp), "EMAIL_ADDRESS"))
    doc.f("CLÁUSULA 1ª — «O» DEVEDOR«a» reconhece dívida de R$ «v» referente às mensalidades de «m»/«y» d«ko» alun«ko» «k».\n"
          "CLÁUSULA 2ª — O pagamento será feito em «n» parcelas de R$ «p», cobradas no cartão «cc» (validade «val»), titular «tit».\n",
          O="A" if resp.female else "O", a="A" if resp.female else "", v=g.money(2000, 30000), m=g.pick(MONTHS), y=g.pick([2024, 2025]),
          ko=kid.o, k=P(kid.full), n=n, p=g.money(150, 3000), cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
          tit=P(g.pick([resp.caps, g.person().caps])))
    doc.f("CLÁUSULA 3ª — Eventual saldo credor será restituído por TED: banco «bk», agência «ag», conta «ac», ou por Pix na chave «pk».\n"
          "CLÁUSULA 4ª — O inadimplemento de 2 parcelas implica vencimento antecipado (autos de cobrança nº «cnj» suspensos).\n\n",
          bk=g.pick(["001", "104", "237", "341", "260", "336"]), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          pk=(g.uuid(), "PIX_KEY") if g.chance(0.5) else (g.cpf(), "BR_CPF"), cnj=g.cnj())
    doc.f("«c», «d».\n\n_____________________ «r»\n_____________________ «s» p.p. «adv» («oab»)\n",
          c=city, d=g.date("long"), r=P(resp.full), s=school, adv=P(g.person().full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("\n[assinado eletronicamente — IP «ip» em «d» «h» — hash «hs»]\n", ip=(g.ip(), "IP_ADDRESS"), d=g.date("br"), h=g.hms(), hs=g.hexs(32))
    return doc


def fi_transporte(g: Gen) -> Doc:
    """Monthly payment of the municipality's contracted school-van drivers (measurement sheet)."""
    doc = Doc()
    city, uf = g.city()
    fis = g.person()
    doc.f("MUNICÍPIO DE «c» — SECRETARIA DE EDUCAÇÃO\nMEDIÇÃO TRANSPORTE ESCOLAR RURAL — «m»/«y» — Pregão «pg»\n\n",
          c=fold(city).upper(), m=MONTHS[g.ri(1, 11)].upper(), y=g.pick([2024, 2025]), pg=f"{g.ri(1, 90):03d}/{g.pick([2023, 2024])}")
    rows = []
    for _ in range(g.ri(4, 5)):
        p = g.person(female=g.chance(0.2))
        pj = g.chance(0.35)
        rows.append([V(f"R{g.ri(1, 30):02d}"), P(g.pick([p.caps, p.full])) if not pj else V(g.pick(["Transporte Prudente Kids", "Van Escolar Vitória ME", "Coelho Transportes Escolares", "Mattar & Filhos ME"])),
                     (g.cnpj(), "BR_CNPJ") if pj else (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH"), (g.plate(), "LICENSE_PLATE"),
                     V(str(g.ri(30, 140))), V(str(g.ri(18, 22))), V(g.money(3000, 16000)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    if g.chance(0.5):
        table_ruled(doc, ["ROTA", "CONTRATADO", "CPF/CNPJ", "CNH CONDUTOR", "PLACA", "KM/DIA", "DIAS", "VALOR R$", "AG", "CONTA"], rows, g.pick(["plus", "dash"]))
    else:
        table_csv(doc, ["rota", "contratado", "cpf_cnpj", "cnh", "placa", "km_dia", "dias", "valor", "agencia", "conta"], rows, ";")
    doc.f("\nAtesto a execução. Fiscal do contrato: «f», matrícula «m».\nGlosa: rota «r», ", f=P(fis.full), m=g.d(6), r=f"R{g.ri(1, 30):02d}")
    if g.chance(0.4):
        doc.f("veículo reserva sem vistoria (placa «pl»).\n", pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.t(g.pick(["3 dias sem rodar (ponte caída).", "monitora ausente.", "seria prudente rever a quilometragem."]) + "\n")
    return doc


def fi_informe(g: Gen) -> Doc:
    """Annual tuition payment statement for income tax, or the canteen app's top-up log."""
    doc = Doc()
    school = g.pick(NETWORKS + SCHOOLS[:3])
    resp = g.person()
    kid = g.child(resp)
    if g.chance(0.55):
        doc.f("DECLARAÇÃO DE PAGAMENTOS PARA FINS DE IMPOSTO DE RENDA — ANO-CALENDÁRIO «y»\n\n«s»\nCNPJ: «cnpj»\n\n",
              y=g.pick([2024, 2025]), s=school.upper(), cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"))
        doc.f("Declaramos que «r», CPF «cpf», efetuou os pagamentos abaixo referentes à prestação de serviços educacionais "
              "ao(à) aluno(a) «k», CPF «kc», data de nascimento «dob», matrícula «ra»:\n\n",
              r=P(resp.caps), cpf=(g.cpf(), "BR_CPF"), k=P(kid.caps), kc=(g.cpf(), "BR_CPF"), dob=(g.kid_dob("br"), "DATE_OF_BIRTH"), ra=g.ra())
        total = 0
        for m in range(12):
            if g.chance(0.15):
                continue
            v = g.ri(80000, 320000)
            total += v
            r, c = divmod(v, 100)
            doc.t(f"  {MONTHS[m][:3].upper()}  R$ {f'{r:,}'.replace(',', '.')},{c:02d}\n")
        r, c = divmod(total, 100)
        doc.f("  TOTAL R$ «t»\n\nNão estão incluídos material didático, uniforme e atividades extracurriculares (não dedutíveis).\n"
              "«c», «d».\n«a» — ",
              t=f"{r:,}".replace(",", ".") + f",{c:02d}", c=g.city()[0], d=g.date("br"), a=P(g.person().full))
        if g.chance(0.5):
            doc.t("Tesouraria\n")
        else:
            doc.f("Contador(a) «crc»\n", crc=(f"CRC/{g.pick(UFS)} {g.d(6)}/O-{g.ri(1, 9)}", "PROFESSIONAL_ID"))
    else:
        doc.f("[cantina-app] «ct» — recargas — responsável «r» (id «id») — aluno «k»\n", ct=g.pick(["Cantina Sabor da Aurora", "Cantina Flor de Lis", "Lanchonete Leão"]), r=P(resp.full), id=g.d(6), k=P(kid.first))
        for _ in range(g.ri(4, 6)):
            kind = g.rng.random()
            if kind < 0.4:
                doc.f("«ts» recarga R$ «v» cartão «cc» titular=\"«t»\" ip=«ip» status=aprovada nsu=«nsu»\n",
                      ts=f"{g.date('iso')} {g.hms()}", v=g.money(20, 300), cc=(g.card(g.chance(0.3)), "CREDIT_CARD"), t=P(resp.caps),
                      ip=(g.ip(), "IP_ADDRESS"), nsu=g.d(12))
            elif kind < 0.7:
                doc.f("«ts» recarga R$ «v» cartão «cc» ip=«ip» status=negada motivo=saldo\n", ts=f"{g.date('iso')} {g.hms()}", v=g.money(20, 300),
                      cc=g.masked_card(), ip=(g.ip(), "IP_ADDRESS"))
            elif kind < 0.85:
                doc.f("«ts» consumo R$ «v» item=\"«it»\" aluno=«k»\n", ts=f"{g.date('iso')} {g.hms()}", v=g.money(3, 25),
                      it=g.pick(["salgado assado", "suco natural", "pão de queijo", "açaí 300ml"]), k=P(kid.first))
            else:
                doc.f("«ts» recarga R$ «v» pix chave_pagador=«pk» ip=«ip» status=aprovada\n", ts=f"{g.date('iso')} {g.hms()}", v=g.money(20, 300),
                      pk=(g.uuid(), "PIX_KEY"), ip=(g.ip(), "IP_ADDRESS"))
        doc.f("\nChamado «p»: responsável contesta recarga de «d». Atendente «a» orientou contestar com a operadora do cartão. "
              "Contato: «tel» / «e».\n", p=g.protocol(), d=g.date("br"), a=P(g.person().first), tel=(g.phone(), "PHONE_NUMBER"),
              e=(g.email(resp), "EMAIL_ADDRESS"))
    return doc


TEMPLATES = {
    "atendimento": [at_matricula, at_whatsapp, at_agenda, at_transporte, at_portal, at_secretaria, at_lista_espera],
    "juridico": [ju_conselho, ju_ocorrencia, ju_notificacao, ju_contrato, ju_peticao, ju_lgpd, ju_processos],
    "saude": [sa_medicamento, sa_ficha, sa_acidente, sa_aee, sa_enfermaria, sa_vacina, sa_laudo],
    "financeiro": [fi_inadimplencia, fi_bolsa, fi_folha, fi_pix, fi_acordo, fi_transporte, fi_informe],
}


# --------------------------------------------------------------------------- checks and output

ELEVEN = re.compile(r"(?<![\w.,/-])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w-]|[.,]\d)")
ROLE_BOXES = ("sac@", "secretaria@", "juridico@", "dpo@", "financeiro@", "contato@", "coordenacao@", "rh@",
              "atendimento@", "privacidade@", "enfermaria@", "transporte@", "cobranca@", "bolsas@", "nao-responda@",
              "noreply@", "aee@", "ouvidoria@", "protocolo@", "direcao@", "contabil@")
NEGS = [0]


def check(record: dict) -> int:
    """Assert the record's spans are sound; return how many unlabelled 11-digit numbers it holds."""
    text, last = record["text"], 0
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS", "IP_ADDRESS") else ""
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
        elif lab == "IP_ADDRESS":
            if ":" in v:
                assert re.fullmatch(r"[0-9a-f:]+", v), (record["id"], v)
            else:
                assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|profª|tia|tio)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not v.startswith(ROLE_BOXES), (record["id"], v)
        elif lab in ("PROFESSIONAL_ID", "BANK_ACCOUNT", "ADDRESS"):
            assert re.search(r"(?i)\d|s/n|\bsn\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{2,4}", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z0-9]\d{2}", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(n), (record["id"], m.group(1))
        negs += 1
    # role mailboxes are never labelled, personal ones always are
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        inside = any(a <= m.start() < b for a, b in covered)
        assert inside != m.group(0).startswith(ROLE_BOXES), (record["id"], m.group(0))
    return negs


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                NEGS[0] += check(record)
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
    print("sixtysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  unlabelled 11-digit numbers (all fail the CPF check): {NEGS[0]}")


if __name__ == "__main__":
    sys.exit(main())
