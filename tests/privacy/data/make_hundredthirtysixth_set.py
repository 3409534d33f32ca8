"""Build the hundred-and-thirty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13636, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc,
name pools, check digits, tables, self-check) are copied from the hundred-and-thirty-fourth set's
generator and adapted (urban cities and streets, children's names, school-transport trades); the
register and every template are new.

Register: SCHOOL TRANSPORT -- the self-employed school-van drivers ("tio/tia da van", many of them
MEIs) and the parents who hire them, the city's school-transport permits (autorização / TEP) and the
half-yearly vehicle inspection (vistoria), the monitors who ride with the children, routes and
rosters, monthly fees, receipts for the income-tax return and late payments, accidents and a child
forgotten in a van, the parents' WhatsApp groups, the tracking apps, the clinics, police, courts and
banks around them.
Coverage checked before settling, by docstrings only (`grep -il "transporte escolar\|van escolar\|
perua escolar" tests/privacy/data/make_*_set.py`, then the first ~60 lines of each match): the
fifteenth (back-office documents; a school's list of who may collect a pupil names a van driver),
the twenty-second (small organisations' PDFs; an enrolment form with the van's "tio"), the
thirty-first (education and research; one rural school-bus route list), the fifty-first (families
and family courts; one school-transport contract among daycare papers), the sixty-sixth (K-12
schools and daycare; a van route sheet and a rural school-transport measurement) and the
eighty-fifth (driving schools; "motorista de van escolar" only as a job). School transport appears
in them as one paper among a school's or a family's, never as the register, so this set takes it
as a whole, with papers those sets do not have (the van's parents' group, permit renewal and
vistoria, seizure of a clandestine van, the forgotten child, fee control, MEI invoices, Pix
receipts, the driver's bank statement). The brief's alternatives were checked the same way and are
covered as registers: private security firms and guards by the hundred-and-seventeenth, gyms and
personal trainers by the hundred-and-tenth (and the fortieth, eighty-first, eighty-ninth).
Every operator, school, clinic, app, bot and person is invented (operators Aurora Kids Transporte
Escolar, Transescolar Prudente, Rota Feliz, Escolar Luz do Caminho, Leão Baixinho Transportes
Escolares, Amiguinhos do Vale, Van Amarela Bento Amado ME, Pequenos Passageiros Flor de Lis; schools
EMEF Professora Zulmira Cotrim, Colégio Bento Amado, E.E. Prudente de Morais, CEI Vitória Régia,
Colégio Aurora, Colégio Leão XIII...; apps VanKids, RotaEscolar, Vanzito, TioDaVan; bots Vanzinha,
Busquinho, Assistente Rota); cities are real, CEPs random, city departments generic.

Layouts: WhatsApp exports (Android and iOS stamps; a group and one-to-one chats; senders shown by
lower-case first name, short or full name, nickname, "Tia Lihua Van", "Jaque mãe Enzo", a bare
number, or unnamed as "Tia da Van 🚐"; a member joining by link); forms in four styles ("Campo:
valor", dotted leaders, ruled box, CAPS labels) and OCR'd scans of some of them (letters confused
in labels and names, identifiers printed clean); tables of several kinds (+---+, psql,
blank-aligned, Markdown, pipe, CSV with "," or ";", TSV, a fixed-width route sheet with names and
addresses cut at the field width); JSON lines and an SQL INSERT dump of an app's events; a vCard
(.vcf) contacts export; an iCalendar (.ics) attachment; an NFS-e XML (ABRASF); a bank statement in
fixed width; Pix receipts pasted one after another; e-mails with X-Originating-IP and replies
quoted twice; a contract (ALL CAPS in some copies), an extrajudicial notice, an ALL CAPS police
report, a judgment, a municipal infraction and seizure notice, conciliation minutes, a permit
renewal request with checklist, a medical report, a SINAN-style numbered notification; speech-to-
text calls in lower case (the city's 156 and SAMU 192) with identifiers read out in groups or in
words ("meia" for six) and their typed records; receipts with the amount in words. Of these, the
vCard, iCalendar, SQL dump, NFS-e XML and Pix receipts are layouts the hundred-and-thirty-third and
hundred-and-thirty-fourth generators do not use.
- atendimento: (0) the parents' WhatsApp group of one van (vistoria day, a new pupil's pick-up
  address and CEP, the new monitor's number, a birthday invitation with a home address, fee due to a
  random Pix key, a CPF and e-mail for the tax receipt or a mistyped CPF, the reserve van's plate,
  the driver's second number); (1) a pupil's registration form for a van (pupil's birth date,
  guardians' CPF/RG/phones/e-mail, pick-up address, people authorised to receive the child, the
  driver's CNH and the plate; a third OCR'd); (2) a 156 call asking whether a van is authorised (CPF,
  phone, CEP read out) and the typed record (plate, driver; the attendant's login unlabelled); (3) an
  e-mail thread between the school coordinator, a parent and the driver; (4) a driver's route sheet
  (pupils, sometimes guardians, addresses, sometimes CEPs and second phones, the monitor, the
  substitute driver's CNH); (5) a vCard export from the driver's phone; (6) a tracking app's events as
  JSON lines or SQL INSERTs (pupil's name or an internal id, guardian's e-mail, plate, public IP)
  and a support ticket (sometimes a card typed in the app's chat).
- juridico: (0) a school-transport service contract for the school year (driver and parent
  qualified, MEI CNPJ, the pupil's birth date, pick-up at a grandmother's address sometimes, payment
  by Pix or to agency/account, the monitor's CPF, witnesses); (1) an extrajudicial notice for unpaid
  months (MEI business name "NAME CPF", a lawyer's OAB sometimes); (2) a police report, ALL CAPS, an
  OCR'd scan sometimes: a child forgotten in the van (art. 133 CP) or a van crash (art. 303 CTB); (3) a
  small-claims judgment (a mistyped CPF corrected in the text); (4) a municipal infraction and seizure
  notice against a van without a permit (an OCR'd scan sometimes); (5) CEJUSC conciliation minutes over
  unpaid fees; (6) a permit renewal request (driver, van, monitor, checklist, clerk's decision; in
  half the copies the vistoria appointment as an .ics with the driver as ATTENDEE).
- saude: (0) a children's emergency record after an incident in the van (the monitor as companion);
  (1) a SINAN-style violence notification for a child forgotten in a van; (2) a clinic's batch of
  drivers' and monitors' exams (CSV/TSV/table; CRM and CRP); (3) a chat between a mother and the
  monitor about medication (the paediatrician's CRM, the child's CNS, birth date and home address);
  (4) the monitor's health sheet of the pupils (Markdown/ruled/pipe/plain); (5) a medical report for
  free adapted transport (CRM; CREFITO or CRP sometimes); (6) a SAMU 192 call from the van (the
  child's home address, a spoken birth date) and the regulation record (the ambulance's plate).
- financeiro: (0) the driver's fee-control sheet (guardians' CPF, phones, e-mails sometimes, a
  mistyped CPF left unlabelled); (1) one to three monthly receipts for the tax return, amount in
  words (an OCR'd receipt pad sometimes); (2) a collection e-mail with the parent's quoted reply
  typing a full card number; (3) Pix receipts; (4) a bank's financing proposal for a van (IP, birth
  date, CNH, MEI CNPJ, agency/account; NIT and voter card sometimes); (5) an NFS-e XML issued by the
  driver's MEI to a parent; (6) the driver's bank statement (Pix payers' names cut at 22 characters).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dra.", "dona", "seu"; particles and suffixes are inside; "SURNAME, GIVEN" is one span; first names,
nicknames, lower-case, ALL CAPS, OCR-damaged names and names cut at a fixed width are persons.
Children (pupils) are persons. Staff named in the text are persons (drivers, monitors, coordinators,
attendants, clerks, inspectors, police officers, conciliators, judges, lawyers, physicians, nurses,
psychologists, bank managers); logins, bots, app user ids and chat roles are not. Corporate e-mails
of people are EMAIL_ADDRESS; role mailboxes (secretaria@, ouvidoria@, vistoria@, cobranca@...) are
not. ADDRESS is a person's street + number + complement (bairro, city and CEP stay out; CEP is
BR_CEP); schools', operators' and public offices' addresses are not given. Agency and account are
separate BANK_ACCOUNT spans; bank names and codes are not labelled. PIX_KEY only for random keys; a
key that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (children's,
parents', drivers', monitors'; a spoken one in a call); ages, accident, inspection, due and hearing
dates are not. PROFESSIONAL_ID: CRM, COREN, CRP, CREFITO and OAB with the acronym and UF or region.
Identifiers read out in groups or in words are labelled like their digits.
Decisions of this set: "tio"/"tia" (what children call drivers and monitors) stay outside the
span, like "seu" and "dona", and a sender shown only as "Tia da Van" or "Monitora Van" is not a
person. A pick-up address where a child lives is ADDRESS (also when the van stops at the child's
door in the SAMU call); a crossroads, a school gate or a car park is not. Every plate is
LICENSE_PLATE (vans, a reserve van, a lorry in a crash, an ambulance). In a vCard, FN is labelled
by its parts ("Mãe do [Enzo] ([Jaqueline])") and N's surname and given name are one span each, like
first_name/last_name columns; the ADR street part is ADDRESS and its CEP BR_CEP; the school's card
(ORG, its phone) keeps its phone labelled: every phone number is PHONE_NUMBER, a school's or a
doctor's office line included. In the NFS-e XML an address split over elements (street, number,
complement) is one ADDRESS span per element. A MEI's business name "NAME 12345678909" is a PERSON
span and a BR_CPF span. Names on a bank statement cut at 22 characters are persons; the city hall,
insurers and workshops there are not. The payer's CPF masked on a Pix receipt is not labelled.
Every CNPJ is labelled (numeric and the 2026 alphanumeric form).
Not labelled (hard negatives): permit (autorização/TEP) numbers, vistoria report numbers, RENAVAM
(checked to fail CPF, PIS and CNH), chassis numbers, the course certificate number, protocol and
ticket numbers, CNJ numbers, mistyped CPFs (checked to fail), AR codes, app pupil ids, device ids,
GPS coordinates, Pix transaction ids, invoice numbers, verification codes, municipal registrations,
bank-slip lines, statement document numbers, health-plan card numbers, inspectors' and clerks'
registrations, private IPs, ICD-10 and external-cause codes (S01.8, S62.1, S60.0, J45.9, T78.1,
R56.0, T00.9, T67.0, F84.0, G80.1, Q90.0, G71.0, G40.9, V87.7, V89.2, W22, X30, Y06), laws (arts. 136
to 139 and 303 of the CTB, Resolução CONTRAN 789/2020, ECA, art. 133 CP, CDC art. 14, Lei
9.099/1995, a municipal decree), money, kilometres, non-birth dates, the service code 16.02.
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado, Leão,
Branco, Justo, Constante...) are names here and, elsewhere, words, operators, schools, streets,
neighbourhoods and cities, not persons ("seria prudente mandar casaco", "a luz da van acendeu", "foi
uma vitória", "Transescolar Prudente", "Colégio Bento Amado", "Vila Prudente", "Vitória/ES",
"Presidente Prudente", "Rua da Aurora interditada").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German,
Polish, Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Nigerian, Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban,
indigenous, Guarani, Jewish), rare or invented name words well above a quarter (main() prints the
share; a word of any common-name pool never counts as rare).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS,
CNS, título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-,
CNH-, título-, CNS- or card-shaped run passes its check; every plate and public IP is labelled; every
unlabelled e-mail is a role mailbox.
"""
from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    ds = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(ds)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return f"{ds[9]}{ds[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric CNPJ or of the 2026 alphanumeric one (a character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    ws = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (ws, [6] + ws):
        r = sum(a * b for a, b in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree are never drawn
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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str(-tot % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza", "Maria Clara", "Isabela", "Júlia",
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora",
            "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Maitê", "Antonella", "Melissa", "Maria Alice", "Lara"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor", "Bernardo", "Théo", "Ravi", "Gael", "Benício", "Lorenzo",
            "Noah", "Otávio", "Murilo", "Pietro", "Bento Miguel"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Kemilly", "Naomy", "Aylla", "Ysadora", "Ketheleen", "Thauany", "Myrella", "Sophya", "Hadassa", "Jhullya", "Eloah Vitória",
          "Ayslan", "Kyara", "Rhuanna", "Maria Yolanda", "Dhayane", "Wanusa", "Marlúcia", "Ivonete Cosma", "Zenaide Lourdes"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo", "Kaleb", "Thayllon",
          "Asafe", "Kalebe", "Brayan", "Natanael Kayky", "Yuri Gael", "Ayrton Kauê", "Davi Lucca", "Jhonny Ravi", "Enzo Gabriel Kauã",
          "Uelinton", "Genésio", "Claudiomiro", "Valdeci Cosme", "Edvaldo Jonas", "Arlindo Tibúrcio", "Zacarias Pio"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino", "Dourado", "Ferro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa",
          "Santana", "Bispo", "Assunção"]
RARE_SUR = ["Sarapião", "Jatobá Leite", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales", "Vilanova Brum",
            "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás", "Fagundes Paim", "Espínola", "Lustosa", "Bocaiúva", "Jurubeba",
            "Carapeba", "Aroeira", "Caldas Marinho", "Cantuária", "Paixão Brito", "Sertório", "Umbelino", "Rebouças Lima",
            "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum", "Arrais", "Bitencourt Lago", "Cerqueira Leme",
            "Junqueira Brás", "Matoso", "Lacerda Pinto", "Vasconcelos Rego", "Ximenes", "Brandão Veloso", "Catingueira",
            "Mandacaru", "Cajazeiras", "Quixabeira", "Juazeiro Lins", "Sucupira", "Umburana", "Pajeú", "Xique-Xique", "Braúna",
            "Carnaúba", "Ibiapina", "Sobreira", "Tabosa", "Inojosa", "Barreira Sampaio", "Araripe", "Jucá", "Bandeira Siqueira",
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira", "Prata", "Ferraz", "Dourado", "Vidal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Sebastião": "Tião", "Severino": "Biu", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Aparecida": "Cida", "Josefa": "Zefa",
        "Manoel": "Mané", "Benedito": "Dito", "Damião": "Dadá", "Cícero": "Ciço", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Pedro": "Pedrão",
        "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda",
        "Mariana": "Mari", "Maria Eduarda": "Duda", "Luz": "Luzinha", "Maria da Luz": "Luzinha", "Graça": "Gracinha",
        "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá", "Hermógenes": "Mogé", "Deoclécio": "Cleco",
        "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon", "Lucivaldo": "Luci", "Joscelino": "Celinho",
        "Epaminondas": "Mina", "Teotônio": "Teo", "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci",
        "Zulmira": "Mira", "Quitéria": "Téia", "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Lindolfo": "Dodô",
        "Quintino": "Tino", "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê",
        "Roberto": "Beto", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha", "Gilmário": "Gil", "Jucimar": "Juju",
        "Aristeu": "Teteu", "Zuleide": "Zu", "Genivaldo": "Geni", "Josivaldo": "Vavá", "Damiana": "Dami", "Cosma": "Cosminha",
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# harvest-crew nicknames: one PERSON span each (workers in a crew are known by them)
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda", "Rose-Mirline"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz", "Wisly"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste", "Délice", "Exantus"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "wa": (["Yolimar", "Nelitza", "Eumelia"], ["Eulogio", "Yosmer", "Ramiro"], ["Moraleda", "Zapata Warao", "Tovar", "Rondón"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis", "Yorgelis"], ["Yeferson", "Wuilmer", "Jhonder", "Deiby"],
           ["Bracho", "Villalobos", "Guaramato", "Pirela", "Urdaneta"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin"])
RARE.update(["Gemma", "Assunta", "Ornella", "Ettore", "Primo", "Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Boscardin",
             "Tessaro", "Ceccon", "Ilse", "Frieda", "Hedwig", "Gerda", "Egon", "Arno", "Bernsdorf", "Mallmann", "Schwanke",
             "Kretschmer", "Hoffmeister", "Pommerening", "Kuhnen", "Emiko", "Harumi", "Mitsuko", "Kyoko", "Tadashi", "Shigeru",
             "Noboru", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nakandakari", "Nagib", "Nassif", "Rizk",
             "Khoury", "Chedid", "Bechara", "Soraya", "Samira"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Pedreira", "Mangueira", "Palmeira", "Paixão Brito"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


DE_SUR = {"Oliveira", "Souza", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo", "Jesus",
          "Farias", "Alencastro", "Alcântara Seixas", "Mascarenhas", "Meirelles Paiva", "Sabiá", "Capistrano", "Bacelar", "Paula"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela"]
STREET_NAMES = ["dos Escolares", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "Professor Aristeu Bacelar",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "Diretora Odaléia Quintanilha", "Tio Hermógenes Sabiá", "dos Estudantes", "Amado Bueno", "Sete"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Osasco", "SP"), ("Santo André", "SP"),
          ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Betim", "MG"), ("Juiz de Fora", "MG"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


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
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Liz Mabel", "Nha Djassi", "Kássia Suellen", "Maria José",
                                            "Leidy Johana", "Jhon Fredy", "Valquíria Sol", "Zefa Maria", "Severina Dalva",
                                            "Cosme Damião", "Jairo Kauê", "Maria Dasdores"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def surname_str(self) -> str:
        return " ".join(self.surnames)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def capsf(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # ----------------------------------------------------------------- basics
    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int, upper: bool = False) -> str:
        """Hex ids (orders, sessions); never a run of seven or more digits."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{7}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (orders, protocols, contracts)."""
        while True:
            v = str(self.ri(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n in (15, 16) and luhn_ok(v):
                continue
            return v

    def neg_cpf(self, dotted: bool = True) -> str:
        """A CPF-shaped number that fails the check (a typo)."""
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.46:
            return self.pick(IMMIGRANT_SUR)
        if r < 0.58:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 2, 3])
            surnames: list[str] = []
            while sum(len(x.split()) for x in surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if surnames and sum(len(x.split()) for x in surnames) + len(s.split()) > k:
                    continue
                if s not in surnames and s != given:
                    surnames.append(s)
            takes = [i for i, x in enumerate(surnames) if particle(x)]
            if takes and rng.random() < 0.45:
                pos = self.pick(takes)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "mn"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """A son, daughter or sibling: own given name, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:3]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
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
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def any_cnpj(self) -> str:
        return self.cnpj(alnum=self.chance(0.25), style="dot" if self.chance(0.85) else "raw")

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv and not cpf_ok(b + dv):
                return b + dv

    def pis(self, style: str | None = None) -> str:
        while True:
            b = self.pick(["1", "1", "2"]) + self.d(9)
            n = b + pis_dv(b)
            if not cpf_ok(n):
                break
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

    def msisdn(self, mobile: bool = True) -> tuple[str, str]:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            raw = ddd + local
            if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "wa": f"+55 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504", "6516"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}"])

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
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    # ----------------------------------------------------------------- network identifiers
    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3)]
        return self.pick(["2804", "2801", "2804"]) + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}",
                                                                                        f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}"])

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address whose digits, read as an 11-digit run, pass no CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"sala {self.ri(1, 30)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1955, hi: int = 2006) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2006) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (8, 22)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 23):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.05", "8.17", "8.06", "8.16", "5.02", "5.01", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}", f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("S", "5"), ("B", "8")]


def ocr(s: str, g: Gen, rate: float = 0.35, names: bool = False) -> str:
    """Zero to two OCR confusions in a word, a name or an address (identifiers are printed clean)."""
    pairs = [(a, b) for a, b in OCR_LETTERS if not (names and b[0].isdigit() and b != "0")]
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in pairs if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        i = g.pick([m.start() for m in re.finditer(re.escape(a), s)])
        s = s[:i] + b + s[i + len(a):]
    return s


def typo(s: str, g: Gen) -> str:
    """A typing slip in a word or name; never returns the same string."""
    for _ in range(30):
        i = g.ri(1, max(1, len(s) - 2))
        if i + 1 >= len(s) or not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        kind = g.pick(["swap", "drop", "double"])
        out = {"swap": s[:i] + s[i + 1] + s[i] + s[i + 2:], "drop": s[:i] + s[i + 1:], "double": s[:i] + s[i] + s[i:]}[kind]
        if out != s:
            return out
    return s + "a"


def dbr(d, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def ts(t: datetime.datetime, fmt: str = "sql") -> str:
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"),
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span (LABEL None: text), a list of such
        tuples is written part by part, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, list):
                for part in v:
                    self.e(part[0], part[1])
            elif isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
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


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space and comma removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe/Markdown ('pipe', 'md') or blank-aligned ('plain') table."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    elif style == "psql":
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
        doc.t(f"({len(rows)} {'linha' if len(rows) == 1 else 'linhas'})\n")
    elif style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in rows:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                doc.e(v, lab) if v else None
                doc.t(" |")
            doc.t("\n")
    elif style == "pipe":
        doc.t("|".join(c.center(w + 2) for c, w in zip(cols, widths)) + "\n")
        doc.t("|".join("-" * (w + 2) for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("| " if k else " ")
                doc.cell(v, w, lab)
                doc.t(" ")
            doc.t("\n")
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
            doc.t("\n")


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


def jval(doc: Doc, v, indent: int | None = 0) -> None:
    """Write a JSON value (indent None: one line); a (str, LABEL) tuple is a string whose content is a span."""
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        items = list(v.items())
        if indent is None:
            doc.t("{")
            for k, (key, val) in enumerate(items):
                doc.t(f'"{key}": ' if k == 0 else f', "{key}": ')
                jval(doc, val, None)
            doc.t("}")
            return
        pad = " " * indent
        doc.t("{\n")
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        if indent is None or not v:
            doc.t("[")
            for k, val in enumerate(v):
                if k:
                    doc.t(", ")
                jval(doc, val, None)
            doc.t("]")
            return
        pad = " " * indent
        doc.t("[\n")
        for k, val in enumerate(v):
            doc.t(pad + "  ")
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(v) - 1 else "\n")
        doc.t(pad + "]")
    elif isinstance(v, tuple):
        s, lab = v
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
    """A two-column form: 'Campo: valor' lines, a ruled box or dotted leaders."""
    if style == "box":
        w1 = max(len(k) for k, _ in fields)
        w2 = max(len(v[0]) for _, v in fields)
        rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+\n"
        doc.t(rule)
        for k, (v, lab) in fields:
            doc.t("| " + k.ljust(w1) + " | ")
            doc.cell(v, w2, lab)
            doc.t(" |\n")
        doc.t(rule)
    elif style == "dots":
        w1 = max(len(k) for k, _ in fields) + 3
        for k, (v, lab) in fields:
            doc.t((k + " ").ljust(w1, ".") + " ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(f"{fold(k).upper()}: ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "armênia", "peruana", "argentina", "haitiana"],
               False: ["brasileiro"] * 6 + ["português", "armênio", "peruano", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["motorista de transporte escolar", "monitora de transporte escolar", "professora", "cabeleireira", "enfermeira",
               "auxiliar administrativa", "vendedora", "autônoma", "do lar", "analista de sistemas", "diarista", "servidora pública"],
        False: ["motorista de transporte escolar", "motorista autônomo", "monitor de transporte escolar", "comerciante", "vigilante",
                "metalúrgico", "motorista de aplicativo", "professor", "eletricista", "analista financeiro", "servidor público", "mecânico"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.5, civil: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", lo, hi), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/NIT nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", E-MAIL " if caps else ", e-mail ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def lower(s: str) -> str:
    return fold(s).lower()


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.35):
        return g.pick([f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n, g), f"{n[:5]} {n[5:]}"])


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(g: Gen):
    style = g.pick(["android", "android2", "ios", "ios2"])

    def st(t: datetime.datetime) -> str:
        return {"android": ts(t, "wa") + " - ", "android2": ts(t, "wa2") + " - ", "ios": ts(t, "waios") + " ",
                "ios2": ts(t, "waios2") + " "}[style]
    return st


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 30, hi: int = 1800) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id, an upper-case UUID, is not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token e-mail)", "assinou (gov.br)", "assinou (selfie + SMS)", "visualizou e assinou"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01",
           "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h])
    if r:
        if r < 20:
            parts.append(UNITS[r])
        else:
            t, u = divmod(r, 10)
            parts.append(TENS[t] + (f" e {UNITS[u]}" if u else ""))
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words, as receipts write it ('mil duzentos e trinta reais e quarenta centavos')."""
    reais = int(v)
    cent = int(round((v - reais) * 100))
    th, r = divmod(reais, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else words999(th) + " mil")
    if r:
        parts.append(words999(r))
    s = (" e " if th and r and (r < 100 or r % 100 == 0) else " ").join(parts) if parts else "zero"
    s += " real" if reais == 1 else " reais"
    if cent:
        s += " e " + words999(cent) + (" centavo" if cent == 1 else " centavos")
    return s




# --------------------------------------------------------------------------- register: school transport

SEED = 13636
OUT_NAME = "hundredthirtysixth.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Lorenzo": "Lolo", "Murilo": "Muca", "Cecília": "Ciça",
             "Antonella": "Nella", "Benício": "Beni", "Alice": "Lili", "Kemilly": "Mimi", "Théo": "Teté", "Kaleb": "Kaká",
             "Thayllon": "Thay", "Hadassa": "Dassa", "Naomy": "Nao", "Asafe": "Sasá", "Marlúcia": "Lúcia", "Wanusa": "Nusa",
             "Genésio": "Gena", "Claudiomiro": "Miro", "Uelinton": "Tom", "Laura": "Laurinha", "Lara": "Larinha"})
OPERATORS = [("Aurora Kids Transporte Escolar", "aurorakids.com.br"), ("Transescolar Prudente", "transescolarprudente.com.br"),
             ("Rota Feliz Transporte Escolar ME", "rotafelizescolar.com.br"), ("Escolar Luz do Caminho", "luzdocaminho.com.br"),
             ("Leão Baixinho Transportes Escolares", "leaobaixinho.com.br"), ("Amiguinhos do Vale Transporte Escolar", "amiguinhosdovale.com.br"),
             ("Van Amarela Bento Amado ME", "vanamarela.com.br"), ("Pequenos Passageiros Flor de Lis", "pequenospassageiros.com.br")]
SCHOOLS = [("EMEF Professora Zulmira Cotrim", "emefzulmira.edu.br"), ("Colégio Bento Amado", "colegiobentoamado.com.br"),
           ("E.E. Prudente de Morais", "eeprudente.edu.br"), ("CEI Vitória Régia", "ceivitoriaregia.edu.br"),
           ("Colégio Aurora", "colegioaurora.com.br"), ("EMEI Dom Hélder Câmara", "emeidomhelder.edu.br"),
           ("Escola Adventista Vila Rosa", "eavilarosa.org.br"), ("Colégio Leão XIII", "colegioleaoxiii.com.br"),
           ("Colégio Estrela do Saber", "estreladosaber.com.br"), ("EMEB Monteiro Lobato", "emebmonteirolobato.edu.br"),
           ("Instituto Educacional Flor de Lis", "institutoflordelis.com.br"), ("Escola Municipal Irmã Dulce", "emirmadulce.edu.br")]
AGENCIES = [("Departamento de Transportes Públicos — DTP", "dtp"), ("Secretaria Municipal de Mobilidade Urbana — Transporte Escolar", "mobilidade"),
            ("Superintendência Municipal de Trânsito e Transportes — SMTT", "smtt"), ("Empresa Municipal de Trânsito — setor de escolares", "transito")]
APPS = ["VanKids", "RotaEscolar", "Vanzito", "TioDaVan"]
BOTS = ["Vanzinha", "Busquinho", "Assistente Rota"]
MODELS = ["Renault Master", "Fiat Ducato Minibus", "Mercedes-Benz Sprinter 416", "Peugeot Boxer", "Citroën Jumper", "Iveco Daily",
          "Kia Bongo", "Volare W9 ON", "Renault Master Escolar", "Sprinter 516"]
SERIES = ["maternal II", "jardim I", "jardim II", "1º ano", "2º ano", "3º ano B", "4º ano A", "5º ano", "6º ano C", "7º ano", "8º ano B", "9º ano"]
TURNOS = ["manhã", "tarde", "integral"]
LAWS = ["arts. 136 a 139 do CTB (Lei 9.503/1997)", "Resolução CONTRAN 789/2020", "Lei 8.069/1990 (ECA)", "art. 133 do Código Penal",
        "Lei 13.709/2018", "art. 14 do CDC", "Decreto municipal 58.720/2019", "art. 303 do CTB", "Lei 9.099/1995"]
RELS_F = ["avó", "tia", "madrinha", "vizinha", "irmã mais velha", "babá", "mãe"]
RELS_M = ["avô", "tio", "padrinho", "vizinho", "irmão mais velho", "pai", "padrasto"]
ROLE_BOXES = ["secretaria", "coordenacao", "contato", "atendimento", "financeiro", "cobranca", "transporte", "vistoria", "dtp",
              "protocolo", "ouvidoria", "no-reply", "naoresponda", "sac", "suporte", "juridico", "fiscalizacao", "diretoria",
              "escola", "mobilidade", "conselhotutelar", "notifica", "nfse", "faturamento", "smtt", "transito", "cadastro",
              "agendamento", "clinica", "regulacao", "cejusc", "intimacoes", "credito", "app"]
NOTES = ["portão azul", "desce só com a avó", "TEA — sentar na frente, perto da monitora", "usa cadeirinha (booster)",
         "alergia a amendoim", "não buzinar, bebê dormindo", "chamar no interfone 32", "prédio, esperar na portaria", "-",
         "irmãos, vão juntos", "asma — bombinha na mochila", "quarta não vai (natação)", "retira o pai às sextas"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def permit_no(g: Gen) -> str:
    """The school-transport permit (alvará / autorização / TEP) number; not labelled."""
    return clean(g, lambda: g.pick([f"TE-{g.ri(2019, 2026)}/{g.d(5)}", f"{g.ri(1, 99):02d}.{g.d(3)}/{g.ri(2018, 2026)}", f"TEP {g.d(6)}",
                                    f"{g.ri(100, 9999)}-{g.pick('ABCDE')}", f"AUT {g.d(4)}-{g.pick('ABCD')}"]))


def vistoria_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"VST-{g.d(6)}", f"{g.ri(2025, 2026)}/{g.d(5)}", f"laudo {g.d(5)}"]))


def renavam(g: Gen) -> str:
    return clean(g, lambda: g.neg(11))


def chassi(g: Gen) -> str:
    return clean(g, lambda: "9" + g.pick(["BM", "3N", "BD", "3C", "56"]) + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)))


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def mei_cnpj(g: Gen, style: str = "dot", alnum: bool = False) -> str:
    """A MEI's CNPJ: head office only (branch 0001)."""
    while True:
        c = g.cnpj(style, alnum)
        if (c[11:15] if style == "dot" else c[8:12]) == "0001":
            return c


def driver(g: Gen, female: bool | None = None) -> Person:
    f = g.chance(0.4) if female is None else female
    return g.person(female=f)


def kid(g: Gen, parent: Person | None = None, female: bool | None = None) -> Person:
    """A child: own given name, the parent's last surname (sometimes a foreign-origin given name)."""
    parent = parent or g.person()
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.15):
        o = g.pick(["jp", "ar", "kr", "ht", "it", "de", "ve", "bo"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def kid_dob(g: Gen, fmt: str | None = None) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "iso", "nopad", "long", "short"]), 2010, 2021)


def tio(p: Person) -> str:
    return "tia" if p.female else "tio"


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is built from parts: [(text, LABEL or None), ...]."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def who(g: Gen, p: Person, role: str | None = None, child: Person | None = None, phone_p: float = 0.15) -> list[tuple]:
    """How a phone shows a sender: lower-case first name, short or full name, nickname, 'Tia Rosa Van', 'Jaque mãe Enzo', a number."""
    if g.chance(phone_p):
        return [(g.phone("wa"), "PHONE_NUMBER")]
    r = g.rng.random()
    if role and r < 0.3:
        return [V(role + " "), P(g.pick([p.first, p.nick])), V(g.pick([" Van", " 🚐", "", " Van Escolar"]))]
    if child and r < 0.2:
        return [P(g.pick([p.first, p.nick, lower(p.first)])), V(g.pick([" mãe ", " mae d" + child.o + " ", " (mãe) ", " - "] if p.female else [" pai ", " pai d" + child.o + " ", " (pai) ", " - "])),
                P(child.first)]
    if r < 0.45:
        return [P(lower(p.first))]
    if r < 0.6:
        return [P(p.short)]
    if r < 0.7:
        return [P(p.nick)]
    return [P(p.full)]


def mum_label(p: Person) -> str:
    return "mãe" if p.female else "pai"


def word_neg(g: Gen) -> str:
    return g.pick(["Seria prudente mandar um casaco, a previsão é de frio.", "A Aurora Kids renovou a frota com duas vans novas.",
                   "Presidente Prudente abriu o recadastramento dos escolares até o fim do mês.", "Foi uma vitória conseguir a vaga na Escola Municipal Irmã Dulce.",
                   "A luz do painel da van acendeu de novo; vou passar na oficina.", "O Colégio Bento Amado mudou o horário de saída para 12h20.",
                   "A Rua da Aurora está interditada pela feira de domingo.", "Esperança é que a prefeitura pague o TEG em dia.",
                   "O leão da Receita pede o recibo com CPF do responsável.", "A Rosa dos Ventos é a praça em frente ao colégio."])


def chat_neg(g: Gen) -> str:
    return g.pick(["bom dia! 🙏", "<Mídia oculta>", "alguém achou uma lancheira azul do homem-aranha?", "seria prudente mandar casaco amanhã",
                   "trânsito parado na aurora, vou atrasar uns 10 min", "a luz da van acendeu de novo kkk", "kkkkkk", "obrigada tia ❤️",
                   "amanhã é feriado municipal, sem van", "quem tem o cardápio da semana?", "o portão do colégio leão xiii tá fechado, vou deixar na lateral",
                   "Esta mensagem foi apagada", "👍", "reunião de pais quinta 19h"])



# ------------------------------------------------------------------ atendimento

def at_group(g: Gen) -> Doc:
    """The parents' WhatsApp group of one van: the driver's notices (vistoria day, route change, fee due to a random Pix key), a new
    pupil's pick-up address, the new monitor's number, a birthday invitation with a home address, a CPF for the tax receipt (or a
    mistyped one), someone joining by link (a bare number), asides."""
    doc = Doc()
    drv, mon = driver(g), g.person(True)
    school = g.pick(SCHOOLS)[0]
    st = chat_stamp(g)
    t = iter(seq_times(g, 30, g.moment(hours=(6, 21)), 60, 5000))
    parents = [g.person(g.chance(0.8)) for _ in range(5)]
    kids = [kid(g, p) for p in parents]
    W = [who(g, p, child=k, phone_p=0.7) for p, k in zip(parents, kids)]
    D = [V(g.pick(["Tia da Van 🚐", "Tia Van", "tia van escolar"] if drv.female else ["Tio da Van 🚐", "Tio Van", "tio van escolar"]))] if g.chance(0.55) else \
        who(g, drv, role=g.pick(["Tia", "tia"]) if drv.female else g.pick(["Tio", "tio"]))
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"Van {school} {g.pick(TURNOS)} 🚐", "Pais da van - manhã", f"Escolar {tio(drv)} {drv.nick} 2026",
                                                       "VAN TARDE 🚌💛", f"Transporte {school}"]))
    doc.t(g.pick(["", "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.\n"]))
    cl2(doc, st(next(t)), D, "Bom dia famílias! «d» não tem van: dia de vistoria semestral no DTP, laudo {v}. Quem puder levar, leva 🙏".replace("{v}", vistoria_no(g)),
        d=g.pick(["Amanhã", "Quinta", "Segunda", "Sexta agora"]))
    cl2(doc, st(next(t)), W[0], "ok «t». «ar» «k» vai com o avô então", t=tio(drv), ar=kids[0].o, k=P(g.pick([kids[0].first, lower(kids[0].first), kids[0].nick])))
    nk, np_ = kids[1], parents[1]
    cl2(doc, st(next(t)), D, "Boas-vindas " + ("à" if nk.female else "ao") + " «k» («s») 🥰 a «m» «n» já tá no grupo. Passo na «a», «b»«z», «dp»",
        k=P(nk.first), s=g.pick(SERIES), m=mum_label(np_), n=P(g.pick([np_.first, np_.short])), a=(g.address(g.pick(["text", "low"])), "ADDRESS"),
        b=g.pick(BAIRROS), z=[V(", cep "), (g.cep(), "BR_CEP")] if g.chance(0.5) else "", dp=g.pick([[V("depois da casa d" + kids[2].o + " "), P(kids[2].first)], [V("antes do prédio azul")], [V("logo depois da padaria")]]))
    cl2(doc, st(next(t)), W[1], "obrigad«o» «tt»! o interfone é o «i», se ninguém atender liga «p»", o="a" if np_.female else "o", tt=tio(drv), i=g.ri(11, 94),
        p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        cl2(doc, st(next(t)), D, "A partir de segunda a monitora é a «m». Salvem o número dela: «p»", m=P(g.pick([mon.full, mon.short, mon.first])),
            p=(g.phone(g.pick(["par", "plain", "wa"])), "PHONE_NUMBER"))
    else:
        cl2(doc, st(next(t)), D, "A «m» (monitora) vai ficar afastada, quem vai comigo é a «n», irmã dela. Qualquer coisa «p»", m=P(mon.first),
            n=P(g.person(True).first), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), W[g.ri(2, 4)], chat_neg(g))
    j = g.ri(2, 4)
    cl2(doc, st(next(t)), W[j], "convite: aniversário de «n» anos d" + kids[j].o + " «k» sábado 15h, salão de festas na «a» 🎈 todos da van convidados",
        n=g.ri(5, 10), k=P(kids[j].first), a=(g.address(), "ADDRESS"))
    cl2(doc, st(next(t)), D, "Lembrete: mensalidade vence dia «d». Pix agora é chave aleatória «k» (não mandem mais pro meu celular)",
        d=g.pick(["5", "10", "15"]), k=(g.uuid(), "PIX_KEY"))
    j = g.ri(0, 4)
    if g.chance(0.7):
        cl2(doc, st(next(t)), W[j], "«t», precisa do recibo pro imposto de renda no meu nome, «r», cpf «c». pode mandar no «e»", e=(g.email(parents[j]), "EMAIL_ADDRESS"), t=tio(drv), r=P(g.pick([parents[j].full, parents[j].short])),
            c=(g.cpf(), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), W[j], "«t» o cpf pro recibo é «c»", t=tio(drv), c=g.neg_cpf())
        cl2(doc, st(next(t)), W[j], "ops digitei errado, mando no privado")
    if g.chance(0.5):
        cl2(doc, st(next(t)), D, "Essa semana a van é a reserva, «m» branca placa «p». Não estranhem 😉", m=g.pick(MODELS), p=(g.plate(), "LICENSE_PLATE"))
    cl2(doc, st(next(t)), D, "Obra na «r», vou passar uns 10 min mais cedo no «b» amanhã", r=g.pick(["Rua da Aurora", "Bento Gonçalves", "Av. Prudente de Morais", "frente do Colégio Leão XIII"]),
        b=g.pick(BAIRROS))
    if g.chance(0.5):
        doc.t(st(next(t)))
        doc.e(g.phone("wa"), "PHONE_NUMBER")
        doc.t(" entrou usando o link de convite deste grupo\n")
        cl2(doc, st(next(t)), W[4], "bem-vinda «n»!", n=P(g.person(True).first) if g.chance(0.5) else "")
    if g.chance(0.5):
        cl2(doc, st(next(t)), D, "Anotem também meu outro número, «p» (o zap às vezes não chega)", p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), W[g.ri(0, 4)], chat_neg(g))
    return doc


def at_ficha(g: Gen) -> Doc:
    """A pupil's registration form for a van (four layouts; a third of them OCR'd scans of the paper form): the pupil with birth
    date, the guardians (CPF, RG, phones, e-mail), the pick-up address and CEP, people authorised to receive the child, the driver's
    CNH, the van's plate (permit number unlabelled), the fee."""
    doc = Doc()
    op = g.pick(OPERATORS)
    drv, mom, dad = driver(g), g.person(True), g.person(False)
    k = kid(g, mom if g.chance(0.5) else dad)
    scan = g.chance(0.33)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    doc.t(o(f"{op[0].upper()}\nFICHA DE INSCRIÇÃO — TRANSPORTE ESCOLAR {g.ri(2025, 2026)}") + "\n")
    doc.f(o("Condutor") + ": «d»  CNH «c»  " + o("Veículo") + " «m» placa «p»  " + o("Autorização") + " " + permit_no(g) + "\n\n",
          d=P(on(g.pick([drv.full, drv.caps]))), c=(g.cnh(), "BR_CNH"), m=g.pick(MODELS), p=(g.plate(), "LICENSE_PLATE"))
    style = g.pick(["plain", "dots", "box", "caps"])
    fields = [(o("Aluno(a)"), P(on(g.pick([k.full, k.caps])))), (o("Data de nascimento"), (kid_dob(g, g.pick(["br", "nopad", "iso"])), "DATE_OF_BIRTH")),
              (o("Escola"), V(g.pick(SCHOOLS)[0])), (o("Série/turma"), V(g.pick(SERIES))), (o("Período"), V(g.pick(TURNOS))),
              (o("Mãe"), P(on(g.pick([mom.full, mom.caps])))), (o("CPF da mãe"), (g.cpf(), "BR_CPF")), (o("Celular"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              (o("E-mail"), (g.email(mom), "EMAIL_ADDRESS")), (o("Pai"), P(on(g.pick([dad.full, dad.caps]))))]
    if g.chance(0.6):
        fields += [(o("RG do pai"), (g.rg(), "BR_RG")), (o("Tel. pai"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    else:
        fields += [(o("CPF do pai"), (g.cpf(), "BR_CPF"))]
    fields += [(o("Endereço de embarque"), (g.address(g.pick(["text", "caps"])), "ADDRESS")), (o("Bairro"), V(g.pick(BAIRROS))),
               (o("CEP"), (g.cep(), "BR_CEP")), (o("Mensalidade"), V(money(g, 280, 690))), (o("Vencimento"), V(f"dia {g.pick([5, 10, 15])}"))]
    kv_block(doc, fields, style)
    doc.t("\n" + o("PESSOAS AUTORIZADAS A RECEBER A CRIANÇA") + "\n")
    for _ in range(g.ri(1, 3)):
        a = g.person()
        doc.f("- «n» («r») — «d» — «t»\n", n=P(on(g.pick([a.full, a.short]))), r=g.pick(RELS_F if a.female else RELS_M),
              d=(g.rg(), "BR_RG") if g.chance(0.6) else (g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(o("Observações de saúde") + ": " + g.pick(["nenhuma", "alergia a dipirona", "asma leve (bombinha na mochila)", "TEA nível 1", "epilepsia controlada"]) +
          ". " + o("Carteirinha do plano") + " " + clean(g, lambda: g.d(17)) + "\n")
    doc.f(o("Declaro estar ciente do regulamento e de que a criança só será entregue às pessoas acima.") + "\n«c», «d».\n", c=g.city()[0], d=g.date("long"))
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a parent calling the city's 156 to ask whether a van is authorised, with CPF,
    phone and CEP read out in groups or words, then the attendant's typed record (plate, driver, attendant's login unlabelled)."""
    doc = Doc()
    par, att, drv = g.person(True if g.chance(0.7) else False), g.person(), driver(g)
    cpf = g.cpf_digits()
    ph = g.msisdn()
    cep = g.cep(False)
    plate = g.plate(False)
    ag = g.pick(AGENCIES)
    doc.t("[transcricao automatica] central 156 — fila transporte escolar — posicao " + str(g.ri(1, 40)) + "\n")
    doc.f("atendente: prefeitura cento e cinquenta e seis «a» boa tarde\n", a=P(lower(att.first)))
    doc.f("cliente: boa tarde eu queria saber se uma van escolar e autorizada a mae de um coleguinha falou que o motorista nao tem alvara\n")
    doc.f("atendente: posso sim primeiro o seu nome completo\ncliente: «n»\n", n=P(par.low))
    doc.f("atendente: cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: telefone com ddd\ncliente: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("atendente: e o cep d" + ("a senhora" if par.female else "o senhor") + "\ncliente: «c»\n", c=(stt_groups(cep, g), "BR_CEP"))
    doc.f("atendente: " + ("a senhora" if par.female else "o senhor") + " tem a placa do veiculo\ncliente: tenho anotei aqui e uma «m» branca a placa tem um desenho de sol e o nome do motorista e «d»\n",
          m=lower(g.pick(MODELS)), d=P(lower(g.pick([drv.first, drv.short]))))
    doc.f("atendente: me soletra a placa\ncliente: [inaudivel] ... isso\n")
    doc.f("atendente: consta aqui autorizacao vencida desde «d» e a vistoria nao foi feita esse semestre\n", d=g.date())
    kk = kid(g, par)
    doc.f("cliente: nossa e ela leva " + ("minha filha a" if kk.female else "meu filho o") + " «k» todo dia\n", k=P(lower(kk.first)))
    doc.f("atendente: vou registrar denuncia protocolo {p} e encaminhar pra fiscalizacao do {s}\n\n".replace("{p}", proto(g)).replace("{s}", fold(ag[1])))
    doc.f("REGISTRO 156 | munícipe: «n» | CPF «c» | tel «t» | CEP «e»\nveículo denunciado: placa «pl» — condutor informado: «d» — situação: {s}\n"
          "encaminhado a: {a} | atendente: {l}\n".replace("{s}", g.pick(["autorização vencida", "sem cadastro", "vistoria pendente"])).replace("{a}", ag[0]).replace("{l}", login(att, g)),
          n=P(par.caps), c=(fmt_cpf(cpf), "BR_CPF"), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), e=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"),
          pl=(plate, "LICENSE_PLATE"), d=P(drv.caps if g.chance(0.5) else drv.first))
    return doc


def at_mail(g: Gen) -> Doc:
    """An e-mail thread, newest on top: the school coordinator's reply (corporate e-mail), the parent's complaint quoted (van late, the
    driver on the phone while driving, the plate), and, quoted twice, the driver's earlier answer with a phone number; the quoted headers show the name or only the e-mail."""
    doc = Doc()
    par, coo, drv = g.person(), g.person(True), driver(g)
    k = kid(g, par)
    school = g.pick(SCHOOLS)
    op = g.pick(OPERATORS)
    t1 = g.moment()
    t0 = t1 - datetime.timedelta(hours=g.ri(3, 60))
    pem = g.email(par)
    dem = g.email(drv)
    doc.f("From: «n» <«e»>\nTo: «p»\nCc: «d»\nDate: " + mail_date(t1) + "\nSubject: RE: RE: atraso da van e uso de celular - «k» (" + g.pick(SERIES) + ")\nX-Originating-IP: [«ip»]\n\n",
          n=P(coo.full), e=(corp_mail(coo, school[1], g), "EMAIL_ADDRESS"), p=[P(par.full), V(" <"), (pem, "EMAIL_ADDRESS"), V(">")] if g.chance(0.5) else [(pem, "EMAIL_ADDRESS")],
          d=(dem, "EMAIL_ADDRESS"), k=P(k.first), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Prezad«o» «n»,\n\nconversamos com o condutor. Lembramos que o transporte é contratado diretamente pela família; a escola apenas "
          "exige a autorização municipal ({a}) e a vistoria em dia, conforme {l}. Encaminhamos sua reclamação também à «r».\n\n"
          "Atenciosamente,\n«c»\nCoordenação Pedagógica — {s}\n\n".replace("{a}", permit_no(g)).replace("{l}", g.pick(LAWS[:2])).replace("{s}", school[0]),
          o="a" if par.female else "o", n=P(g.pick([par.first, par.full])), r=V(role_mail(g, "mobilidade.prefeitura.gov.br", g.pick(["ouvidoria", "transporte", "fiscalizacao"]))),
          c=P(g.pick([coo.full, coo.short])))
    doc.f("> Em " + dbr(t0) + " às " + ts(t0, "hm") + ", «n»«e» escreveu:\n> Boa noite. Hoje a van (placa «pl») chegou 40 min atrasada e " + ("a" if drv.female else "o") + " motorista «d» "
          "estava no celular dirigindo, segundo " + k.o + " «k». Não é a primeira vez.\n> Meu telefone: «t»\n>\n",
          n=g.pick([[P(par.full), V(" <")], [V("<")]]), e=[(pem, "EMAIL_ADDRESS"), V(">")], pl=(g.plate(), "LICENSE_PLATE"), d=P(g.pick([drv.first, drv.short])), k=P(k.first),
          t=(g.phone(), "PHONE_NUMBER"))
    doc.f(">> Em " + dbr(t0 - datetime.timedelta(days=g.ri(2, 20))) + ", «d»«e» escreveu:\n>> Bom dia, o pneu furou na «r». Já avisei no grupo. "
          "Qualquer coisa me liga «t». Att, «s» — {o}\n".replace("{o}", op[0]),
          d=g.pick([[P(drv.full), V(" <")], [V("<")]]), e=[(dem, "EMAIL_ADDRESS"), V(">")], r=g.pick(["Marginal", "Av. Aurora", "rotatória do Leão", "subida da Bento Gonçalves"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), s=P(g.pick([drv.first, drv.nick])))
    return doc


def at_roster(g: Gen) -> Doc:
    """A driver's route sheet for one shift, as a table of several kinds (ruled, psql, blank-aligned, Markdown, pipe, CSV/TSV, or
    fixed width with names cut): order, time, pupil, guardian, pick-up address, phone, notes; the van, the monitor and a substitute."""
    doc = Doc()
    op = g.pick(OPERATORS)
    drv, mon, sub = driver(g), g.person(True), driver(g, False)
    school = g.pick(SCHOOLS)[0]
    leg, turno = g.pick(["IDA", "VOLTA"]), g.pick(["manhã", "tarde"])
    doc.f(op[0] + " — ROTEIRO " + leg + " " + turno.upper() + " — " + school + "\n"
          "Condutor: «d» | CNH «c» | van «m» placa «p» | Monitora: «n» («t»)\n", d=P(g.pick([drv.full, drv.short])), c=(g.cnh(), "BR_CNH"),
          m=g.pick(MODELS), p=(g.plate(), "LICENSE_PLATE"), n=P(g.pick([mon.first, mon.short])), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    doc.t(g.pick(["", "Rota 07 — 38 km — saída da garagem 5h50\n", "Atualizado em " + g.date() + "\n"]) + "\n")
    rows = []
    h = {("IDA", "manhã"): g.ri(5, 6), ("VOLTA", "manhã"): g.ri(11, 12), ("IDA", "tarde"): g.ri(11, 12), ("VOLTA", "tarde"): g.ri(17, 18)}[(leg, turno)]
    m = g.ri(0, 40)
    fixed = g.chance(0.25)
    guard = g.chance(0.3)
    two = g.chance(0.5)
    withcep = g.chance(0.5)
    for i in range(g.ri(4, 7)):
        par = g.person(g.chance(0.75))
        k = kid(g, par)
        m += g.ri(3, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        kname = g.pick([k.full, k.first + " " + k.last, k.first])
        pname_ = g.pick([par.full, par.short, par.first])
        addr = g.address(g.pick(["text", "text", "caps"]))
        if fixed:
            kname, pname_, addr = cut(kname, 20), cut(pname_, 18), cut(addr, 34)
        row = [V(str(i + 1)), V(f"{h:02d}:{m:02d}"), P(kname), P(pname_), (addr, "ADDRESS"), (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"),
               V(g.pick(NOTES))]
        if two and not fixed:
            row.insert(6, (g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER") if g.chance(0.7) else V("-"))
        if withcep and not fixed:
            row.insert(5, (g.cep(g.chance(0.8)), "BR_CEP"))
        rows.append(row if guard else row[:3] + row[4:])
    cols = ["ord", "hora", "aluno", "responsável", "endereço"] + (["cep"] if withcep and not fixed else []) + ["fone"] + (["fone 2"] if two and not fixed else []) + ["obs"]
    if not guard:
        cols.remove("responsável")
    if fixed:
        ws = [3, 5, 20, 18, 34, 15, 10] if guard else [3, 5, 20, 34, 15, 10]
        doc.t("".join(c.upper()[:w].ljust(w + 1) for c, w in zip(cols, ws)).rstrip() + "\n")
        for r in rows:
            for k2, ((v, lab), w) in enumerate(zip(r, ws)):
                if k2 == len(r) - 1:
                    doc.t(cut(v, w))
                else:
                    doc.cell(v, max(w, len(v)), lab)
                    doc.t(" ")
            doc.t("\n")
    else:
        style = g.pick(["plus", "psql", "plain", "md", "pipe", "csv", "csv;", "tsv"])
        if style in ("csv", "csv;", "tsv"):
            table_csv(doc, cols, rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
        else:
            table_ruled(doc, cols, rows, style)
    doc.f("\nSubstituto em caso de falta: «s», CNH «c», cel «t». " + word_neg(g) + "\n", s=P(g.pick([sub.full, sub.nick])), c=(g.cnh(), "BR_CNH"),
          t=(g.phone("plain"), "PHONE_NUMBER"))
    return doc


def at_vcard(g: Gen) -> Doc:
    """A contacts export (.vcf) from the driver's phone: parents saved as 'Mãe do Enzo (Jaqueline)', N with surname and given name
    (one span each, in a fifth of the cards), phones, e-mails, the home ADR (street part ADDRESS, CEP), a BDAY sometimes, NOTE with the
    pupil; the monitor's card (CPF and RG in a NOTE sometimes); the school's card as an organisation (its phone labelled, its role mailbox
    not)."""
    doc = Doc()
    cards = []
    school = g.pick(SCHOOLS)
    for _ in range(g.ri(2, 4)):
        cards.append("parent")
    cards.insert(g.ri(0, len(cards)), "monitor")
    cards.insert(g.ri(0, len(cards)), "school")
    doc.t(g.pick(["contatos_van_2026.vcf\n\n", "Contatos exportados (" + str(len(cards)) + ")\n\n", ""]))
    for c in cards:
        doc.t("BEGIN:VCARD\nVERSION:" + g.pick(["3.0", "2.1"]) + "\n")
        if c == "school":
            doc.f("FN:Secretaria " + school[0] + "\nORG:" + school[0] + "\nTEL;TYPE=WORK:«t»\nEMAIL:" + role_mail(g, school[1], "secretaria") + "\n",
                  t=(g.phone(mobile=False), "PHONE_NUMBER"))
        elif c == "monitor":
            m = g.person(True)
            doc.f("FN:«f» monitora\n«n»TEL;TYPE=CELL:«t»\n", f=P(m.short), n=[V("N:"), P(m.surname_str), V(";"), P(m.first), V(";;;\n")] if g.chance(0.4) else "",
                  t=(g.phone("wa"), "PHONE_NUMBER"))
            if g.chance(0.5):
                doc.f("NOTE:CPF «c» - RG «r» - cadastrada no DTP\n", c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"))
        else:
            p = g.person(g.chance(0.75))
            k = kid(g, p)
            city, uf = g.city()
            fn = g.rng.random()
            if fn < 0.4:
                doc.f("FN:«r» d«o» «k» («n»)\n", r="Mãe" if p.female else "Pai", o="a" if k.female else "o", k=P(k.first), n=P(p.first))
            elif fn < 0.7:
                doc.f("FN:«r» «k» van " + g.pick(TURNOS) + "\n", r="Mãe" if p.female else "Pai", k=P(k.first))
            else:
                doc.f("FN:«n»\n", n=P(g.pick([p.full, p.short])))
            if g.chance(0.2):
                doc.f("N:«l»;«g»;;;\n", l=P(p.surname_str), g=P(p.first))
            doc.f("TEL;TYPE=CELL:«t»\n", t=(g.phone(g.pick(["wa", "e164", "par"])), "PHONE_NUMBER"))
            if g.chance(0.5):
                doc.f("TEL;TYPE=WORK:«t»\n", t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
            if g.chance(0.8):
                doc.f("EMAIL;TYPE=HOME:«e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
            doc.f("ADR;TYPE=HOME:;;«a»;" + city + ";" + uf + ";«c»;Brasil\n", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"))
            if g.chance(0.5):
                doc.f("BDAY:«b»\n", b=(g.dob("iso", 1975, 1998), "DATE_OF_BIRTH"))
            doc.f("NOTE:«k» " + g.pick(SERIES) + " " + g.pick(TURNOS) + " - " + school[0] + " - " + money(g, 280, 690) + "/mês - " + g.pick(NOTES) + "\n",
                  k=P(g.pick([k.first, k.full])) if g.chance(0.45) else V(g.pick(["irmãos", "2 filhos", "gêmeos"])))
        doc.t("END:VCARD\n")
    return doc


def at_app(g: Gen) -> Doc:
    """A school-van tracking app's event export, as JSON lines or as SQL INSERTs (pupil, guardian's e-mail, plate, public IP; GPS and
    device ids unlabelled; private IPs unlabelled), then a support ticket with the attendant's name or login (the bot's name is not a person), sometimes a full card number
    typed in the app's chat."""
    doc = Doc()
    app = g.pick(APPS)
    plate = g.plate()
    drv = driver(g)
    sql = g.chance(0.4)
    doc.t(f"{app} — export eventos_embarque ({g.date()})\n")
    if sql:
        doc.t("-- dump parcial\n")
    t = g.moment(hours=(6, 8))
    guardians = [g.person() for _ in range(g.ri(3, 4))]
    named = g.chance(0.45)
    for par in guardians:
        k = kid(g, par)
        em = g.email(par)
        alu = P(g.pick([k.full, k.first])) if named else V(clean(g, lambda: f"ALU-{g.d(5)}"))
        evs = ["ausente"] if g.chance(0.2) else g.pick([["embarque", "desembarque_escola"], ["embarque", "desembarque_casa"]])
        for ev in evs:
            t += datetime.timedelta(minutes=g.ri(2, 40))
            lat, lon = -23.5 - g.ri(0, 9999) / 10000, -46.6 - g.ri(0, 9999) / 10000
            ip = (g.ip(), "IP_ADDRESS") if g.chance(0.75) else (g.ip_priv(), None)
            if sql:
                doc.f("INSERT INTO eventos_embarque (ts, evento, aluno, responsavel_email, placa, lat, lon, ip) VALUES ('" + ts(t) + "', '" + ev + "', '«a»', '«e»', '«p»', "
                      + f"{lat:.4f}, {lon:.4f}" + ", '«i»');\n", a=alu, e=(em, "EMAIL_ADDRESS"), p=(plate, "LICENSE_PLATE"), i=ip)
            else:
                jval(doc, {"ts": ts(t, "iso"), "evento": ev, "aluno": alu, "responsavel": (em, "EMAIL_ADDRESS"),
                           "veiculo": (plate, "LICENSE_PLATE"), "geo": [round(lat, 4), round(lon, 4)], "ip": ip, "device": g.hexs(12)}, None)
                doc.t("\n")
    par = g.pick(guardians)
    att = g.person()
    doc.f("\nTicket " + proto(g) + " — «n» (" + g.pick(["responsável", "mãe" if par.female else "pai"]) + ") diz que não recebeu a notificação de desembarque; motorista «d» confirmou pelo rádio.\n"
          "Resposta automática de " + g.pick(BOTS) + " ignorada. Atendido por «a» em " + ts(g.moment(), "br") + ". Telefone de retorno: «t»\n",
          n=P(g.pick([par.full, par.short])), d=P(g.pick([drv.first, drv.short])), a=P(g.pick([att.full, att.first])) if g.chance(0.5) else V(login(att, g)), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.45):
        doc.f("Obs.: no chat do app " + ("a" if par.female else "o") + " responsável digitou o cartão «c» para pagar a mensalidade; orientado a usar o link de pagamento "
              "e a mensagem foi ocultada (" + g.masked_card() + ").\n", c=(g.card(g.chance(0.6)), "CREDIT_CARD"))
    return doc


# ------------------------------------------------------------------ juridico

def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def pay_line(g: Gen, doc: Doc, p: Person, cpf: str | None = None, random_only: bool = False) -> None:
    if g.chance(0.45):
        doc.f("depósito no «b», agência «a», conta «c»", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    elif random_only:
        doc.f("Pix, chave aleatória «v»", v=(g.uuid(), "PIX_KEY"))
    else:
        kind, key = pix_key(g, p, cpf)
        doc.f("Pix (chave «k») «v»", k=kind, v=key)


def ju_contrato(g: Gen) -> Doc:
    """A school-transport service contract for the school year: the driver qualified (MEI CNPJ sometimes, permit number and vistoria
    unlabelled, the van's plate), the parent qualified, the pupil with birth date and pick-up address, price in instalments paid by
    Pix or to agency/account, the monitor with CPF, who may receive the child, witnesses. ALL CAPS in some copies."""
    doc = Doc()
    drv, par, mon, rec = driver(g), g.person(), g.person(True), g.person()
    k = kid(g, par)
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    city, uf = g.city()
    y = g.ri(2025, 2026)
    doc.t(up(f"CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE TRANSPORTE ESCOLAR — ANO LETIVO {y}\n\nCONTRATAD{'A' if drv.female else 'O'}: "))
    qualify(g, doc, drv, caps=caps, job=("motorista de transporte escolar autônomo", "motorista de transporte escolar autônoma"), phone=True,
            titulo=g.chance(0.35), pis=g.chance(0.35),
            email=g.chance(0.4), rural=0.0, where=(city, uf))
    if g.chance(0.6):
        doc.f(up(", microempreendedor" + ("a" if drv.female else "") + " individual inscrit" + drv.o + " no CNPJ sob o nº ") + "«c»", c=(mei_cnpj(g, alnum=g.chance(0.25)), "BR_CNPJ"))
    doc.f(up(", titular da autorização municipal de transporte escolar nº " + permit_no(g) + ", operando o veículo " + g.pick(MODELS) + " placa ") + "«p»" +
          up(", com vistoria válida até " + g.date() + ";\nCONTRATANTE: "), p=(g.plate(), "LICENSE_PLATE"))
    qualify(g, doc, par, caps=caps, email=True, phone=g.chance(0.6), rural=0.0, where=(city, uf), titulo=g.chance(0.25))
    doc.t(".\n\n")
    pick = g.chance(0.35)
    doc.f(up("CLÁUSULA 1ª — OBJETO. Transporte diário d" + ("a aluna " if k.female else "o aluno ")) + "«k»" + up(", nascid" + k.o + " em ") + "«b»" +
          up(", matriculad" + k.o + " no " + g.pick(SERIES) + " do " + g.pick(SCHOOLS)[0] + ", período da " + g.pick(TURNOS) + ", com embarque e desembarque ") +
          (up("na residência da avó, ") + "«a»" + up(", CEP ") + "«c»" if pick else up("no endereço do CONTRATANTE")) + ".\n",
          k=P(k.capsf if caps else k.full), b=(kid_dob(g, "br" if caps else None), "DATE_OF_BIRTH"), a=(g.address("caps" if caps else "text"), "ADDRESS"),
          c=(g.cep(), "BR_CEP"))
    v = g.ri(280, 690)
    doc.t(up(f"CLÁUSULA 2ª — PREÇO. R$ {brl(v * 12)} ({extenso(v * 12)}) pelo ano letivo, em 12 parcelas de R$ {brl(v)}, vencendo no dia "
             f"{g.pick([5, 10, 15])} de cada mês, inclusive julho e dezembro, mediante "))
    pay_line(g, doc, drv, random_only=g.chance(0.5))
    doc.t(up(". Atraso: multa de 2% e juros de 1% ao mês.\n"))
    doc.f(up("CLÁUSULA 3ª — MONITORIA. Acompanhará as crianças a monitora ") + "«m»" + up(", CPF ") + "«c»" +
          up(", com curso especializado (" + LAWS[1] + ").\n"), m=P(mon.capsf if caps else mon.full), c=(g.cpf(), "BR_CPF"))
    doc.f(up("CLÁUSULA 4ª — ENTREGA. A criança só será entregue aos pais ou a ") + "«r»" + up(f" ({g.pick(RELS_F if rec.female else RELS_M)}), " +
          "sendo vedado deixá-la sozinha no ponto.\nCLÁUSULA 5ª — RESCISÃO. Com aviso de 30 dias; a desistência no meio do ano não dispensa a parcela do mês corrente.\n"
          f"CLÁUSULA 6ª — FORO. Comarca de {city}/{uf}.\n\n{city}, {g.date('long')}.\n"), r=P(rec.capsf if caps else g.pick([rec.full, rec.short])))
    witnesses(g, doc, 2, caps)
    return doc


def ju_notificacao(g: Gen) -> Doc:
    """An extrajudicial notice from the driver (through a lawyer, sometimes) to a parent for unpaid months: both parties, a table of
    open months, payment by random Pix key or to agency/account, the notice's AR code (unlabelled), the parent's WhatsApp number."""
    doc = Doc()
    drv, par, adv = driver(g), g.person(), g.person()
    k = kid(g, par)
    city, uf = g.city()
    doc.t("NOTIFICAÇÃO EXTRAJUDICIAL\n\n")
    dcpf, oab = g.cpf_digits(), g.council("OAB", uf)
    doc.f("NOTIFICANTE: «d», CPF «c»", d=P(g.pick([drv.full, drv.caps])), c=(fmt_cpf(dcpf), "BR_CPF"))
    if g.chance(0.5):
        doc.f(", nome empresarial «d» «c2» (MEI), CNPJ «cn»", d=P(drv.caps), c2=(dcpf, "BR_CPF"), cn=(mei_cnpj(g), "BR_CNPJ"))
    lawyer = g.chance(0.5)
    if lawyer:
        doc.f(", por " + ("sua advogada" if adv.female else "seu advogado") + " «a» («o»)", a=P(adv.full), o=(oab, "PROFESSIONAL_ID"))
    doc.f(".\nNOTIFICAD«x»: «n», CPF «c», residente na «a», " + g.pick(BAIRROS) + ", " + city + "/" + uf + ", CEP «e», celular «t».\n\n",
          x="A" if par.female else "O", n=P(g.pick([par.full, par.caps])), c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), e=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Prezad«o» Senhor«a»,\n\nfica V. Sa. NOTIFICAD«x» de que se encontram em aberto as mensalidades do transporte escolar de «k», conforme contrato de " +
          f"{g.ri(2, 28):02d}/01/2025" + ":\n\n", o="a" if par.female else "o", a="a" if par.female else "", x="A" if par.female else "O", k=P(g.pick([k.full, k.first])))
    rows = []
    for mth in sorted(g.sample(range(2, 12), g.ri(2, 5))):
        rows.append([V(MONTHS[mth].capitalize()), V(f"{g.pick([5, 10, 15]):02d}/{mth + 1:02d}/2025"), V(money(g, 280, 690)), V(g.pick(["em aberto", "em aberto", "pago parcial"]))])
    table_ruled(doc, ["mês", "vencimento", "valor", "situação"], rows, g.pick(["plus", "plain", "md"]))
    doc.t("\nO débito deverá ser quitado em 10 (dez) dias por ")
    pay_line(g, doc, drv, random_only=True)
    doc.f(", sob pena de ação de cobrança no Juizado Especial Cível (" + LAWS[8] + ") e inscrição em cadastro de inadimplentes.\n\n" + city + ", " + g.date("long") +
          ".\n\n«s»\n" + ("«o»\n" if lawyer else "«o»"), s=P(adv.full if lawyer else drv.full), o=(oab, "PROFESSIONAL_ID") if lawyer else "")
    doc.f("Enviada por carta com AR " + clean(g, lambda: f"{g.up(2)}{g.d(9)}BR") + " e por WhatsApp ao número «t».\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report in ALL CAPS (an OCR'd scan in some copies): a child forgotten in a van left in the driver's garage (art. 133 CP) or a
    van crash (art. 303 CTB); the mother, the child with birth date, the driver with CPF and CNH, the van's plate, a witness, the police
    officers (the clerk sometimes only by registration); the report number and the crossroads are not labelled."""
    doc = Doc()
    mom, drv, wit, dele, esc = g.person(True), driver(g), g.person(), g.person(), g.person()
    k = kid(g, mom)
    city, uf = g.city()
    scan = g.chance(0.3)
    forgot = g.chance(0.55)
    O = (lambda s: ocr_t(s, g, 0.2)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.2, names=True)) if scan else (lambda s: s)
    nat = "ABANDONO DE INCAPAZ (ART. 133 DO CODIGO PENAL)" if forgot else "LESAO CORPORAL CULPOSA NA DIRECAO DE VEICULO AUTOMOTOR (ART. 303 DO CTB)"
    doc.f(O(f"SECRETARIA DA SEGURANCA PUBLICA - POLICIA CIVIL DO ESTADO\nBOLETIM DE OCORRENCIA N. {g.ri(100, 9999)}/{g.ri(2025, 2026)} - {g.ri(1, 40)}o DP DE {fold(city).upper()}\n"
                f"NATUREZA: {nat}\nDATA DO FATO: {g.date()}  HORA: {g.hm()}\n\n") + O("COMUNICANTE: ") + "«n»\n" + O("RG: ") + "«r»  CPF: «c»  " + O("NASC.: ") + "«b»\n" +
          O("ENDERECO: ") + "«a»  CEP «e»  " + O("TEL.: ") + "«t»  E-MAIL: «m»\n",
          n=P(N(mom.capsf)), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), b=(g.dob("br", 1978, 2000), "DATE_OF_BIRTH"), a=(g.address("caps"), "ADDRESS"),
          e=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), m=(g.email(mom).upper() if g.chance(0.3) else g.email(mom), "EMAIL_ADDRESS"))
    doc.f(O("VITIMA: ") + "«k»" + O(", MENOR, NASC. ") + "«b»" + O(", FILH" + ("A" if k.female else "O") + " DA COMUNICANTE\n"), k=P(N(k.capsf)), b=(kid_dob(g, "br"), "DATE_OF_BIRTH"))
    doc.f(O("ENVOLVID" + ("A" if drv.female else "O") + ": ") + "«d»" + O(", CONDUTOR" + ("A" if drv.female else "") + " DE TRANSPORTE ESCOLAR, CPF ") + "«c»" + O(", CNH ") + "«h»" + O(", VEICULO ") + fold(g.pick(MODELS)).upper() + O(" PLACA ") + "«p»\n",
          d=P(N(drv.capsf)), c=(g.cpf(), "BR_CPF"), h=(g.cnh(), "BR_CNH"), p=(g.plate(), "LICENSE_PLATE"))
    doc.f(O("TESTEMUNHA: ") + "«w»" + O(", " + ("MONITORA DA VAN" if wit.female else "PORTEIRO DO COLEGIO") + ", TEL. ") + "«t»\n\n",
          w=P(N(wit.capsf)), t=(g.phone("plain"), "PHONE_NUMBER"))
    school = fold(g.pick(SCHOOLS)[0]).upper()
    ctp = g.person()
    if forgot:
        hist = (f"HISTORICO: A COMUNICANTE RELATA QUE {'SUA FILHA' if k.female else 'SEU FILHO'} «kf» EMBARCOU NA VAN AS 6H40 E NAO FOI "
                f"DESEMBARCAD{'A' if k.female else 'O'} NO {school}. O VEICULO FICOU ESTACIONADO AO SOL NA GARAGEM D{'A CONDUTORA' if drv.female else 'O CONDUTOR'} "
                f"ATE AS {g.ri(10, 13)}H, QUANDO «df» OUVIU O CHORO. A CRIANCA FOI LEVADA AO PRONTO-SOCORRO. "
                f"O CONSELHO TUTELAR FOI ACIONADO ({'CONSELHEIRA' if ctp.female else 'CONSELHEIRO'} «ct»).\n")
    else:
        hist = (f"HISTORICO: A VAN ESCOLAR CONDUZIDA " + ("POR «df»" if g.chance(0.5) else ("PELA ENVOLVIDA" if drv.female else "PELO ENVOLVIDO")) + f" COLIDIU NA TRASEIRA DE UM CAMINHAO NO CRUZAMENTO DA AV. AURORA COM A RUA BENTO GONCALVES. "
                f"A CRIANCA «kf» SOFREU CORTE NA TESTA. O CONDUTOR DO CAMINHAO, «ct», PLACA «p2», PERMANECEU NO LOCAL. DEMAIS ALUNOS DO {school} SEM FERIMENTOS.\n")
    doc.f(O(hist), kf=P(N(fold(k.first).upper())), df=P(N(fold(drv.first).upper())), ct=P(N(ctp.capsf)), p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("\n" + O("AUTORIDADE: ") + "«d»" + O(" - DELEGAD" + ("A" if dele.female else "O") + " DE POLICIA\nESCRIVAO: ") + "«e»\n", d=P(N(dele.capsf)),
          e=P(N(esc.capsf)) if g.chance(0.5) else V(O(f"MATR. {g.ri(100000, 999999)}")))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A small-claims judgment: a mother (for her son or daughter) against the van driver for leaving the child at the wrong stop or
    forgetting the child in the van; the CNJ number, laws and the amount are not labelled; a CPF mistyped in the petition (failing the
    check) is corrected in the text; lawyers with OAB, the judge."""
    doc = Doc()
    mom, drv, mon, adv1, adv2, jz = g.person(True), driver(g), g.person(True), g.person(), g.person(), g.person()
    k = kid(g, mom)
    city, uf = g.city()
    dcpf = g.cpf()
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO — COMARCA DE " + city.upper() + "\nJuizado Especial Cível\n\nProcesso nº " + cnj_of(g, uf) + "\n"
          "Requerente: «m» (CPF «mc»), por si e representando «k»\nRequerid«o»: «d» (CPF «dc»)\n\nSENTENÇA\n\n",
          m=P(mom.full), mc=(g.cpf(), "BR_CPF"), k=P(k.full), o="a" if drv.female else "o", d=P(drv.full), dc=(dcpf, "BR_CPF"))
    doc.f("Vistos. Dispensado o relatório (art. 38 da " + LAWS[8] + "). A autora contratou o transporte escolar d" + k.o + " filh" + k.o + " «k», nascid" + k.o + " em «b», "
          "junto " + ("à requerida" if drv.female else "ao requerido") + ", pelo valor mensal de " + money(g, 280, 690) + ". Em " + g.date() + ", a criança foi " +
          g.pick(["deixada em ponto diverso, a três quarteirões de casa, sem adulto", "esquecida no interior do veículo por cerca de duas horas",
                  "desembarcada na escola errada e localizada pela secretaria"]) + ".\n",
          k=P(k.first), b=(kid_dob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"))
    bad = g.neg_cpf()
    doc.f("Ouvida a monitora «w», confirmou os fatos. A defesa alega caso fortuito, o que não se sustenta diante do " + LAWS[5] + ". Retifico a qualificação "
          "d" + drv.o + " requerid" + drv.o + ": onde se lê CPF " + bad + ", leia-se «c».\n", w=P(g.pick([mon.full, mon.short])), c=(dcpf, "BR_CPF"))
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar " + ("a requerida" if drv.female else "o requerido") + " ao pagamento de " + money(g, 3000, 15000) +
          " a título de danos morais, com correção desde esta data e juros desde a citação. Sem custas (art. 55 da " + LAWS[8] + ").\n\n"
          "Advogad«a1» da autora: «a» («ao», «ae»). Advogad«a2» d" + drv.o + " requerid" + drv.o + ": «b» («bo»), e-mail «be».\n\n" + city + ", " + g.date("long") + ".\n\n«j»\nJuiz" +
          ("a" if jz.female else "") + " de Direito\n",
          a1="a" if adv1.female else "o", a=P(adv1.full), ao=(g.council("OAB", uf), "PROFESSIONAL_ID"), ae=(g.email(adv1, g.pick(["adv.br", "gmail.com", "hotmail.com"])), "EMAIL_ADDRESS"), a2="a" if adv2.female else "o", b=P(adv2.full),
          bo=(g.council("OAB", uf), "PROFESSIONAL_ID"), be=(g.email(adv2, g.pick(["adv.br", "gmail.com", "outlook.com"])), "EMAIL_ADDRESS"), j=P(jz.full))
    return doc


def ju_auto(g: Gen) -> Doc:
    """A municipal infraction notice and seizure record against a van carrying pupils without a permit (an OCR'd scan in some copies):
    the owner-driver with CPF, CNH, home address, the plate (RENAVAM and chassis unlabelled), the parents who collected the children,
    the inspectors (their registration numbers unlabelled), who received the copy."""
    doc = Doc()
    own, a1, a2, rcv = driver(g), g.person(), g.person(), g.person()
    city, uf = g.city()
    ag = g.pick(AGENCIES)
    scan = g.chance(0.4)
    O = (lambda s: ocr_t(s, g, 0.22)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.2, names=True)) if scan else (lambda s: s)
    doc.t(O(f"PREFEITURA MUNICIPAL DE {city.upper()}\n{ag[0].upper()}\nAUTO DE INFRAÇÃO Nº {proto(g)} E TERMO DE APREENSÃO DE VEÍCULO\n\n"))
    fields = [(O("Autuado"), P(N(g.pick([own.caps, own.full])))), (O("CPF"), (g.cpf(), "BR_CPF")), (O("CNH"), (g.cnh(), "BR_CNH")), (O("RG"), (g.rg(), "BR_RG")),
              (O("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), (O("Endereço"), (g.address(g.pick(["caps", "text"])), "ADDRESS")), (O("CEP"), (g.cep(), "BR_CEP")),
              (O("Veículo"), V(g.pick(MODELS) + " " + str(g.ri(2009, 2022)))), (O("Placa"), (g.plate(), "LICENSE_PLATE")), (O("RENAVAM"), V(renavam(g))),
              (O("Chassi"), V(chassi(g))), (O("Local"), V(O(g.pick(["saída do Colégio Aurora", "em frente à EMEF Professora Zulmira Cotrim", "Av. Prudente de Morais x Rua da Luz"]))))]
    kv_block(doc, fields, g.pick(["plain", "caps", "dots"]))
    doc.t(O("\nDescrição: transporte remunerado de escolares sem autorização municipal e sem vistoria semestral (" + LAWS[6] + ", art. 12; " + LAWS[0] +
            "). Veículo sem cronotacógrafo e sem faixa amarela. Removido ao pátio municipal, guia " + proto(g) + ".\n"))
    n = g.ri(4, 9)
    doc.f(O(f"No momento da abordagem havia {n} crianças no veículo, entregues no local aos responsáveis ") + "«p1»" + O(" e ") + "«p2»" + O(" (tel. ") + "«t»" + O(").\n"),
          p1=P(N(g.person(True).full)), p2=P(N(g.pick([g.person().full, g.person().short]))), t=(g.phone("plain"), "PHONE_NUMBER"))
    self_rcv = g.chance(0.4)
    doc.f(O("Agentes: ") + "«a»" + O(f" (matr. {g.ri(10000, 99999)}) e ") + "«b»" + O(f" (matr. {g.ri(10000, 99999)})\n") + O("Recebi a 2ª via: ") + "«r»" + O(", ") +
          (("a própria autuada" if own.female else "o próprio autuado") if self_rcv else g.pick(["cônjuge", "filho(a)", "irmão(ã)"]) + (" da autuada" if own.female else " do autuado")) +
          O(", em ") + g.date() + "\n", a=P(N(a1.full)), b=P(N(a2.full)), r=P(N(own.full if self_rcv else rcv.full)))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of a pre-procedural conciliation session (CEJUSC) between a van driver and a parent over unpaid fees or a damaged
    backpack: parties with CPF, the driver's e-mail for notices, the parent's address, CEP and phone, a lawyer with OAB sometimes,
    the agreement paid to agency/account or to a Pix key of any kind, the conciliator; the CNJ number is not labelled."""
    doc = Doc()
    drv, par, conc, adv = driver(g), g.person(), g.person(), g.person()
    k = kid(g, par)
    city, uf = g.city()
    doc.f("CEJUSC — CENTRO JUDICIÁRIO DE SOLUÇÃO DE CONFLITOS E CIDADANIA DE " + city.upper() + "\nTERMO DE SESSÃO DE CONCILIAÇÃO PRÉ-PROCESSUAL\n"
          "Reclamação nº " + cnj_of(g, uf) + " — " + g.date() + ", " + g.hm() + "\n\n")
    doc.f("Reclamante: «d», CPF «dc», e-mail para intimações «de».\nReclamad«o»: «p», CPF «pc», residente na «pa», CEP «pz», telefone «pt»", d=P(drv.full),
          dc=(g.cpf(), "BR_CPF"), de=(g.email(drv), "EMAIL_ADDRESS"), o="a" if par.female else "o", p=P(par.full), pc=(g.cpf(), "BR_CPF"),
          pa=(g.address(), "ADDRESS"), pz=(g.cep(), "BR_CEP"), pt=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(", acompanhad«o» de «a» («ao»)", o="a" if par.female else "o", a=P(adv.full), ao=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f(".\nConciliador«a»: «c».\n\n", a="a" if conc.female else "", c=P(g.pick([conc.full, conc.short])))
    doc.f("Objeto: mensalidades de transporte escolar de «k» em atraso (" + money(g, 600, 3500) + ") e a mochila danificada na porta da van.\n"
          "ACORDO: " + ("a reclamada" if par.female else "o reclamado") + " pagará " + money(g, 500, 3000) + " em " + str(g.ri(2, 6)) + " parcelas mensais, a primeira em " +
          g.date() + ", mediante ", k=P(g.pick([k.first, k.full])))
    pay_line(g, doc, drv)
    doc.f(" de titularidade d" + drv.o + " reclamante. O inadimplemento implica multa de 20%. A criança seguirá usando a van até o fim do semestre.\n"
          "Nada mais. Lido e achado conforme.\n")
    return doc


def ju_permit(g: Gen) -> Doc:
    """A request to renew a school-transport permit at the city: the driver (CPF, RG, CNH, birth date, address, CEP, phone, e-mail,
    voter card, NIT sometimes), the van (plate; RENAVAM, chassis, course certificate unlabelled), the monitor (CPF, RG, birth date), a
    checklist, the clerk's decision; in some copies the vistoria appointment follows as an iCalendar attachment (ATTENDEE e-mail)."""
    doc = Doc()
    drv, mon, clerk = driver(g), g.person(True), g.person()
    ag = g.pick(AGENCIES)
    plate = g.plate()
    dom = ag[1] + ".prefeitura.gov.br"
    scan = g.chance(0.25)
    O = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    em = g.email(drv)
    doc.t(ag[0] + "\nREQUERIMENTO DE RENOVAÇÃO DE AUTORIZAÇÃO — TRANSPORTE ESCOLAR PRIVADO\nProtocolo " + proto(g) + " | Autorização " + permit_no(g) + "\n\n1. CONDUTOR AUTORIZATÁRIO\n")
    f1 = [(O("Nome"), P(g.pick([drv.full, drv.caps]))), (O("CPF"), (g.cpf(), "BR_CPF")), (O("RG"), (g.rg(), "BR_RG")),
          (O("CNH (cat. D, EAR)"), (g.cnh(), "BR_CNH")), (O("Nascimento"), (g.dob(g.pick(["br", "iso"]), 1960, 1998), "DATE_OF_BIRTH")),
          (O("Endereço"), (g.address(), "ADDRESS")), (O("CEP"), (g.cep(), "BR_CEP")), (O("Celular"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
          (O("E-mail"), (em, "EMAIL_ADDRESS"))]
    if g.chance(0.75):
        f1.append((O("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.6):
        f1.append((O("NIT (contribuinte individual)"), (g.pis(), "BR_PIS")))
    style = g.pick(["plain", "dots", "box", "caps"])
    kv_block(doc, f1, style)
    doc.t("\n2. VEÍCULO\n")
    kv_block(doc, [(O("Placa"), (plate, "LICENSE_PLATE")), (O("Modelo/ano"), V(g.pick(MODELS) + " " + str(g.ri(2012, 2025)))), (O("RENAVAM"), V(renavam(g))),
                   (O("Chassi"), V(chassi(g))), (O("Lotação"), V(f"{g.ri(12, 20)} alunos + monitor"))], style)
    doc.t("\n3. MONITOR(A)\n")
    kv_block(doc, [(O("Nome"), P(g.pick([mon.full, mon.caps]))), (O("CPF"), (g.cpf(), "BR_CPF")), (O("RG"), (g.rg(), "BR_RG")),
                   (O("Nascimento"), (g.dob("br", 1965, 2004), "DATE_OF_BIRTH"))], style)
    doc.t("\n4. DOCUMENTOS\n[X] certidões negativas criminais (estadual e federal)\n[X] certificado do curso especializado (" + LAWS[1] + ") nº " +
          clean(g, lambda: f"{g.d(4)}/{g.ri(2021, 2025)}") + "\n[" + g.pick(["X", " "]) + "] comprovante de vistoria anterior\n[X] apólice de seguro APP\n\n")
    doc.f("DESPACHO: " + g.pick(["Deferido. Agende-se a vistoria.", "Pendente: apresentar certidão atualizada.", "Deferido com ressalva (cinto de 3 pontos no banco 4)."]) +
          " — «c», " + g.pick(["analista", "agente de fiscalização", "chefe de setor"]) + ", matr. " + str(g.ri(10000, 99999)) + "\n", c=P(g.pick([clerk.full, clerk.short])))
    if g.chance(0.5):
        t = g.moment(hours=(8, 16))
        doc.f("\n--- anexo: vistoria.ics ---\nBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//" + ag[1].upper() + "//Agenda Vistorias//PT\nBEGIN:VEVENT\nUID:" + g.uuid().upper() + "\n"
              "DTSTART:" + t.strftime("%Y%m%dT%H%M%S") + "\nSUMMARY:Vistoria semestral — placa «p»\nLOCATION:Pátio de vistorias\n"
              "ORGANIZER;CN=Setor de Vistorias:mailto:" + role_mail(g, dom, "vistoria") + "\nATTENDEE;CN=«n»:mailto:«e»\nEND:VEVENT\nEND:VCALENDAR\n",
              p=(plate, "LICENSE_PLATE"), n=P(drv.full), e=(em, "EMAIL_ADDRESS"))
    return doc


# ------------------------------------------------------------------ saude

CASES = [("colisão traseira da van escolar; criança sem cinto no banco de trás, corte na testa", "S01.8"),
         ("freada brusca da van; queda entre os bancos, trauma de punho", "S62.1"),
         ("prendeu os dedos na porta de correr da van", "S60.0"),
         ("crise de asma durante o trajeto, monitora usou a bombinha", "J45.9"),
         ("reação alérgica após comer amendoim oferecido por colega na van", "T78.1"),
         ("convulsão febril no trajeto para a escola", "R56.0"),
         ("capotamento leve da van em rotatória; escoriações múltiplas", "T00.9")]
CIDS_NEG = ["V87.7", "V89.2", "W22", "X30"]


def sa_ps(g: Gen) -> Doc:
    """A children's emergency record after an incident in the van: the child (birth date, CNS, CPF sometimes), mother, address, CEP,
    phones, the monitor as companion, the van's plate, the paediatrician's CRM and the nurse's COREN; ICD-10 and external-cause codes
    unlabelled."""
    doc = Doc()
    mom, mon, med, enf = g.person(True), g.person(True), g.person(), g.person(True)
    k = kid(g, mom)
    case = g.pick(CASES)
    doc.t(g.pick(["Pronto-Socorro Infantil Municipal", "Hospital da Criança Vitória Régia", "UPA 24h Vila Esperança — setor pediátrico",
                  "Santa Casa — PS Pediatria"]) + " — FICHA DE ATENDIMENTO " + proto(g) + "\n")
    fields = [("Paciente", P(g.pick([k.full, k.caps]))), ("Nascimento", (kid_dob(g), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS"))]
    if g.chance(0.4):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Mãe", P(mom.full)), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
               ("Acompanhante", P(g.pick([mon.full, mon.short]))), ("Vínculo", V("monitora do transporte escolar")), ("Tel. acomp.", (g.phone("plain"), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps", "box"]))
    doc.f("\nQP/HDA: " + case[0] + " (van placa «p»), cerca de " + str(g.ri(20, 90)) + " min antes. Causa externa " + g.pick(CIDS_NEG) + ". Mãe avisada pela monitora, "
          "a caminho.\nEF: BEG, corad" + k.o + ", Glasgow 15. HD: " + case[1] + ". Conduta: observação 6h, analgesia, orientações.\n"
          "Pediatra: «m» «c» | Enfermagem: «e» «co»\n", p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([med.full, med.short])), c=(g.council("CRM"), "PROFESSIONAL_ID"),
          e=P(g.pick([enf.short, enf.first])), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Alta às " + g.hm() + " com " + ("a mãe" if g.chance(0.6) else "o pai") + ", «r».\n", r=P(g.pick([mom.first, g.person(False).full])))
    return doc


def sa_notif(g: Gen) -> Doc:
    """A SINAN-style interpersonal-violence notification (numbered fields) for a child forgotten in a van: the child, birth date, CNS,
    mother, address, CEP, phone; the 'probable author' field filled with the bond ('condutor do transporte escolar'), the driver named
    only in the free text; notifier with COREN; T67.0 and the notification number unlabelled."""
    doc = Doc()
    mom, drv, notif, ct = g.person(True), driver(g), g.person(True), g.person()
    k = kid(g, mom)
    bd, bm, by = g.dob_parts(2016, 2022)
    doc.t("SINAN — FICHA DE NOTIFICAÇÃO INDIVIDUAL: VIOLÊNCIA INTERPESSOAL/AUTOPROVOCADA\nNº da notificação: " + clean(g, lambda: g.d(7)) + "\n\n")
    items = [("1 Agravo", V("violência — negligência/abandono (Y06)")), ("2 Data da notificação", V(g.date())),
             ("11 Nome do paciente", P(g.pick([k.caps, k.full]))), ("12 Data de nascimento", (fmt_date(bd, bm, by, "br"), "DATE_OF_BIRTH")),
             ("15 Cartão SUS", (g.cns(), "BR_CNS")), ("16 Nome da mãe", P(g.pick([mom.caps, mom.full]))),
             ("20 Logradouro", (g.address(g.pick(["caps", "text"])), "ADDRESS")), ("23 CEP", (g.cep(), "BR_CEP")), ("24 Telefone", (g.phone(), "PHONE_NUMBER")),
             ("31 Local de ocorrência", V("via pública / veículo de transporte escolar")), ("54 Vínculo do provável autor", V("condutor do transporte escolar")),
             ("58 Encaminhamento", V("Conselho Tutelar; Delegacia"))]
    for kk, v in items:
        doc.f(kk + ": «v»\n", v=v)
    doc.f("\nObservações: criança de " + str(2025 - by) + " anos esquecida no interior de van escolar estacionada ao sol por ~" + str(g.ri(2, 4)) + " h; chegou com hipertermia "
          "(T67.0), desidratação. Condutor" + ("a" if drv.female else "") + " identificad" + drv.o + " pela mãe como «d». Comunicado ao Conselho Tutelar (conselheir«o» «c»), conforme " + LAWS[2] + ".\n"
          "Notificadora: «n» — «co» | «ne»\n", d=P(g.pick([drv.full, drv.first, drv.nick])), o="a" if ct.female else "o",
          c=P(g.pick([ct.full, ct.short])), n=P(notif.full), co=(g.council("COREN"), "PROFESSIONAL_ID"),
          ne=(g.email(notif, "saude.prefeitura.gov.br"), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, "saude.prefeitura.gov.br", "notifica")))
    return doc


def sa_exames(g: Gen) -> Doc:
    """A traffic-medicine clinic's batch of drivers' and monitors' exams for the permit (CSV, TSV or a table): name, CPF, birth date,
    mobile phone sometimes, CNH for drivers or RG for monitors, exam, result; the physician's CRM and the psychologist's CRP."""
    doc = Doc()
    med, psi = g.person(), g.person(True)
    clinic = g.pick(["Clínica Prudente Medicina do Tráfego", "Clínica Aurora Exames de Trânsito", "Clínica Leão Saúde Ocupacional", "Psicotran Flor de Lis"])
    op = g.pick(OPERATORS)[0]
    doc.t(clinic + " — lote " + proto(g) + " — " + op + "\nExames para renovação da autorização de transporte escolar (" + LAWS[1] + ")\n\n")
    rows = []
    cel = g.chance(0.5)
    for _ in range(g.ri(6, 9)):
        p = g.person(g.chance(0.45))
        is_drv = not p.female or g.chance(0.4)
        rows.append([P(g.pick([p.full, p.caps, p.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"]), 1960, 2002), "DATE_OF_BIRTH")] +
                    ([(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER")] if cel else []) + [
                     V("motorista" if is_drv else "monitora"), (g.cnh(), "BR_CNH") if is_drv else (g.rg(), "BR_RG"),
                     V(g.pick(["toxicológico", "psicológico", "clínico", "toxicológico + clínico"])), V(g.pick(["apto", "apto", "apto com restrição (lentes)", "inapto temp."]))])
    cols = ["nome", "cpf", "nascimento"] + (["celular"] if cel else []) + ["função", "cnh/rg", "exame", "resultado"]
    style = g.pick(["csv", "csv;", "tsv", "plus", "plain", "psql"])
    if style in ("csv", "csv;", "tsv"):
        table_csv(doc, cols, rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nMédico responsável: «m» — «c»\nPsicóloga perita: «p» — «cp»\n", m=P(med.full), c=(g.council("CRM"), "PROFESSIONAL_ID"), p=P(psi.full),
          cp=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_chat_med(g: Gen) -> Doc:
    """A WhatsApp chat between a mother and the van's monitor about the child's medication: an inhaler, an adrenaline pen or drops,
    the paediatrician's name and CRM, the child's CNS, birth date and home address for the emergency card, a voice note transcribed."""
    doc = Doc()
    mom, mon, ped = g.person(True), g.person(True), g.person()
    k = kid(g, mom)
    dl = "dela" if k.female else "dele"
    st = chat_stamp(g)
    t = iter(seq_times(g, 14, g.moment(hours=(6, 20)), 40, 2000))
    M = who(g, mom, child=k, phone_p=0.6)
    N = [V(g.pick(["Monitora Van", "Tia da van (monitora)", "monitora escolar"]))] if g.chance(0.45) else \
        (who(g, mon, role="Tia") if g.chance(0.6) else [P(g.pick([mon.first, lower(mon.first), mon.short]))])
    med, dose = g.pick([("a bombinha (salbutamol)", "2 jatos se tossir muito, com o espaçador"), ("a caneta de adrenalina", "se inchar a boca aplica na coxa e liga pro samu"),
                        ("o antialérgico em gotas", "10 gotas se aparecer vermelhidão")])
    cl2(doc, st(next(t)), M, "oi «t» bom dia, a partir de hj «ar» «k» vai levar «m» na mochila", t=g.pick([V("tia"), P(lower(mon.first)), P(mon.first)]),
        ar=k.o, k=P(g.pick([k.first, k.nick])), m=med)
    cl2(doc, st(next(t)), N, "bom dia mãe! ok. qual a dose?")
    cl2(doc, st(next(t)), M, "«d». o pediatra " + dl + " é o «dr»«p» «c», tel do consultório «tc»", dr=g.pick(["", "", "dr. ", "Dr. "]), d=dose,
        p=P(g.pick([ped.full, ped.short, ped.last])), c=(g.council("CRM"), "PROFESSIONAL_ID"), tc=(g.phone(mobile=False), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), N, "mãe preciso do cartão do sus, data de nascimento e endereço certinho pra ficha de emergência da van")
    cl2(doc, st(next(t)), M, "«n» nasceu «b», cartão sus «c»", n=P(g.pick([k.full, k.first])), b=(kid_dob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"),
        c=(g.cns(), "BR_CNS"))
    cl2(doc, st(next(t)), M, "«a»«b», cep «c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(["", "", " - " + g.pick(BAIRROS)]),
        c=(g.cep(g.chance(0.6)), "BR_CEP"))
    cl2(doc, st(next(t)), M, "<Mídia oculta>" if g.chance(0.5) else "receita.jpg (arquivo anexado)")
    cl2(doc, st(next(t)), N, "🎤 áudio transcrito: «x»", x=g.pick(["mãe " + ("ela" if k.female else "ele") + " tossiu um pouco na volta mas passou, nem precisou",
                                                                   "tudo certo hoje, " + ("ela" if k.female else "ele") + " comeu o lanche todo",
                                                                   "o coleguinha ofereceu paçoca, eu não deixei, fica tranquila"]))
    if g.chance(0.6):
        cl2(doc, st(next(t)), M, "obrigada! se não me achar liga pra minha irmã «s» «p»", s=P(g.person(True).first), p=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), N, chat_neg(g))
    return doc


def sa_ficha_saude(g: Gen) -> Doc:
    """The monitor's health sheet of the pupils carried by a van (Markdown, ruled, pipe or blank-aligned): pupil, birth date,
    allergies, medication, emergency contact (a name, or only 'mãe'/'pai') with phone, CNS or the health-plan card (unlabelled); ICD
    codes unlabelled."""
    doc = Doc()
    op = g.pick(OPERATORS)[0]
    mon = g.person(True)
    doc.t("FICHA DE SAÚDE DOS ALUNOS TRANSPORTADOS — " + op + "\n(guardar no porta-luvas; atualizar todo semestre)\n\n")
    rows = []
    for _ in range(g.ri(4, 7)):
        par = g.person(g.chance(0.7))
        k = kid(g, par)
        cns = (g.cns(True), "BR_CNS") if g.chance(0.8) else V("plano " + g.pick(["Unimed", "Amil", "Hapvida", "SulAmérica"]) + " " + clean(g, lambda: g.d(12)))
        rows.append([P(g.pick([k.full, k.first + " " + k.last])), (kid_dob(g, "br"), "DATE_OF_BIRTH"),
                     V(g.pick(["—", "amendoim", "dipirona", "lactose", "picada de inseto", "corante"])),
                     V(g.pick(["—", "bombinha", "antialérgico", "anticonvulsivante (CID G40.9)", "—"])),
                     P(g.pick([par.first, par.short])) if g.chance(0.25) else V(g.pick(["mãe", "pai", "avó", "mãe (trab.)"])),
                     (g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), cns])
    cols = ["aluno", "nasc.", "alergia", "medicação", "contato", "telefone", "cns/plano"]
    table_ruled(doc, cols, rows, g.pick(["md", "plus", "pipe", "plain"]))
    doc.f("\nResponsável pela ficha: «m» (monitora). Em emergência: SAMU 192. " + word_neg(g) + "\n", m=P(g.pick([mon.full, mon.first])))
    return doc


def sa_laudo(g: Gen) -> Doc:
    """A medical report requesting free adapted school transport for a disabled child: the child (birth date, CPF, CNS), mother,
    address, CEP, the diagnosis (ICD-10 unlabelled), the needs (wheelchair, exclusive monitor), the neuropaediatrician's CRM, sometimes
    a physiotherapist's CREFITO or a psychologist's CRP."""
    doc = Doc()
    mom, med = g.person(True), g.person()
    k = kid(g, mom)
    city, uf = g.city()
    cid = g.pick([("F84.0", "transtorno do espectro autista, nível 2 de suporte"), ("G80.1", "paralisia cerebral diplégica espástica"),
                  ("Q90.0", "síndrome de Down"), ("G71.0", "distrofia muscular"), ("F84.0", "TEA com deficiência intelectual associada")])
    doc.t("RELATÓRIO MÉDICO\n(para fins de inclusão no Transporte Escolar Gratuito — pessoa com deficiência)\n\n")
    doc.f("Paciente: «k»\nData de nascimento: «b»\nCPF: «c»   CNS: «s»\nResponsável: «m» — tel. «t»\nEndereço: «a», " + g.pick(BAIRROS) + ", " + city + "/" + uf + " — CEP «e»\n\n",
          k=P(k.full), b=(kid_dob(g), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"), m=P(mom.full), t=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), e=(g.cep(), "BR_CEP"))
    doc.f("Declaro, para os devidos fins, que «n» está em acompanhamento neste serviço com diagnóstico de " + cid[1] + " (CID-10 " + cid[0] + "). "
          "Necessita de " + g.pick(["transporte com plataforma elevatória e fixação de cadeira de rodas", "monitor exclusivo durante o trajeto, pois apresenta fuga e crises sensoriais",
                                    "assento próximo ao motorista e trajeto curto (até 40 min)"]) + ", conforme " + LAWS[2] + ".\n", n=P(g.pick([k.first, k.full])))
    if g.chance(0.5):
        t2 = g.person(True)
        kind = g.pick(["CREFITO", "CRP"])
        doc.f("Acompanha também com " + ("fisioterapeuta" if kind == "CREFITO" else "psicóloga") + " «t» («tc»).\n", t=P(t2.full), tc=(g.council(kind), "PROFESSIONAL_ID"))
    doc.f("\n" + city + ", " + g.date("long") + ".\n\n«m»\n" + g.pick(["Neuropediatra", "Pediatra", "Neurologista infantil"]) + " — «c»\n", m=P(med.full),
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def sa_samu(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of the monitor calling SAMU 192 at the child's door: the home address read out, the child's
    name and birth date spoken, the monitor's phone in groups or words; then the regulation record with the regulating doctor's CRM,
    the ambulance's plate; the occurrence number unlabelled."""
    doc = Doc()
    mon, reg, tarm = g.person(True), g.person(), g.person(True)
    par = g.person()
    k = kid(g, par)
    ph = g.msisdn()
    addr = g.address("low")
    dd, mm, yy = g.ri(1, 28), g.ri(1, 12), g.ri(2013, 2020)
    spoken_b = g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}"])
    doc.f("[transcricao] samu 192 — regulacao — tarm «t»\n", t=P(lower(tarm.first)) if g.chance(0.5) else V(f"posicao {g.ri(1, 20):02d}"))
    doc.f("tarm: samu qual a emergencia\nsolicitante: oi eu sou monitora da van escolar tem uma crianca aqui passando mal «c»\n",
          c=g.pick(["ta com falta de ar chiando muito", "desmaiou e ta molinha", "teve uma convulsao agora", "a boca ta inchando depois que comeu alguma coisa"]))
    doc.f("tarm: qual o endereco\nsolicitante: a gente ta na porta da casa d" + k.o + " alun" + k.o + " «a» " + g.pick(["perto da padaria", "casa de muro verde", "a mae ja ta vindo"]) + "\n", a=(addr, "ADDRESS"))
    doc.f("tarm: nome e idade da crianca\nsolicitante: «n» nasceu «b» tem a ficha aqui\n", n=P(g.pick([k.low, lower(k.first)])), b=(spoken_b, "DATE_OF_BIRTH"))
    doc.f("tarm: seu nome e telefone\nsolicitante: «m» «p»\n", m=P(lower(g.pick([mon.first, mon.short]))),
          p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("tarm: vou passar pro medico regulador fica na linha\nmedico: «r» falando ...\n\n", r=g.pick([P(lower(reg.first)), V("regulador"), V("regulacao medica")]))
    doc.f("REGISTRO DE REGULAÇÃO — ocorrência " + proto(g) + "\nPaciente: «n», «i» anos | solicitante: «m» (monitora), tel «t»\nEndereço: «a»\n"
          "Médico regulador: «r» — «c» | USA/USB placa «pl» despachada às " + g.hm() + "\n", n=P(k.caps), i=str(2026 - yy), m=P(mon.full),
          t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"), a=(fold(addr).upper(), "ADDRESS"), r=P(reg.full), c=(g.council("CRM"), "PROFESSIONAL_ID"),
          pl=(g.plate(), "LICENSE_PLATE"))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_controle(g: Gen) -> Doc:
    """The driver's fee-control sheet (CSV, TSV, ruled or blank-aligned): pupil, guardian (sometimes 'SURNAME, GIVEN'), the guardian's
    CPF for the tax receipts (a mistyped one, failing the check, left unlabelled with a note), phone, e-mail sometimes, months paid or
    late, amount; a random Pix key."""
    doc = Doc()
    op = g.pick(OPERATORS)[0]
    drv = driver(g)
    doc.t("CONTROLE DE MENSALIDADES " + str(g.ri(2025, 2026)) + " — " + op + " — " + g.pick(TURNOS) + "\n")
    doc.f("responsável pelo controle: «n»\n\n", n=P(g.pick([drv.first, drv.full, lower(drv.short)])))
    months = ["fev", "mar", "abr", "mai", "jun"]
    rows = []
    bad_row = g.ri(0, 5) if g.chance(0.6) else -1
    guard = g.chance(0.5)
    mail = g.chance(0.5)
    n = g.ri(4, 7)
    for i in range(n):
        par = g.person(g.chance(0.75))
        k = kid(g, par)
        st = [g.pick(["ok", "ok", "ok", "pg " + f"{g.ri(1, 28):02d}/{g.ri(2, 6):02d}", "ATRASO", "parcial", "—"]) for _ in months]
        cpf = V(g.neg_cpf()) if i == bad_row else (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        obs = "cpf não confere, pedir de novo" if i == bad_row else g.pick(["", "", "irmão 10% desc.", "paga no cartão", "recibo IR", "TEG (prefeitura)", "bolsista"])
        rows.append([P(g.pick([k.first, k.first + " " + k.last, k.full])), P(g.pick([par.full, par.inverted, par.short])) if guard else None, cpf,
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), (g.email(par), "EMAIL_ADDRESS") if mail else None] + [V(s) for s in st] +
                    [V(money(g, 280, 690)), V(obs)])
        rows[-1] = [c for c in rows[-1] if c is not None]
    cols = ["aluno"] + (["responsável"] if guard else []) + ["cpf resp.", "telefone"] + (["e-mail"] if mail else []) + months + ["valor", "obs"]
    style = g.pick(["csv", "csv;", "tsv", "plus", "plain"])
    if style in ("csv", "csv;", "tsv"):
        table_csv(doc, cols, rows, {"csv": ",", "csv;": ";", "tsv": "\t"}[style])
    else:
        table_ruled(doc, cols, rows, style)
    doc.f("\nA receber no mês: " + money(g, 400, 3000) + ". Pix para quitação: chave aleatória «k».\n", k=(g.uuid(), "PIX_KEY"))
    return doc


def fi_recibo(g: Gen) -> Doc:
    """One to three monthly receipts for the income-tax return, amount in words: the payer with CPF and home address, the pupil, the
    driver with CPF (the MEI CNPJ and a phone sometimes); a third of them OCR'd from a receipt pad."""
    doc = Doc()
    drv, par = driver(g), g.person()
    k = kid(g, par)
    scan = g.chance(0.33)
    O = (lambda s: ocr_t(s, g, 0.2)) if scan else (lambda s: s)
    N = (lambda s: ocr(s, g, 0.2, names=True)) if scan else (lambda s: s)
    city = g.city()[0]
    dcpf = g.cpf()
    cnpj = mei_cnpj(g) if g.chance(0.4) else None
    school = g.pick(SCHOOLS)[0]
    pcpf, paddr = g.cpf(), g.address(g.pick(["text", "caps"]))
    v = g.ri(280, 690) + g.pick([0, 0, 0.5])
    yr, rn, perm = g.ri(2025, 2026), g.ri(1, 90), permit_no(g)
    dtel = g.phone(g.pick(["par", "plain"])) if g.chance(0.6) else None
    for mth in sorted(g.sample(range(1, 12), g.ri(1, 3))):
        rn += g.ri(3, 12)
        doc.t(O(f"RECIBO Nº {rn:03d}/{yr}                    VALOR R$ {brl(v)}\n\n"))
        doc.f(O("Recebi de ") + "«p»" + O(", CPF ") + "«c»" + O(", residente na ") + "«a»" + O(f", a importância de R$ {brl(v)} ({extenso(v)}), referente ao transporte escolar de ") + "«k»" +
              O(f" no mês de {MONTHS[mth]}, trajeto residência – {school}.\n{city}, {g.ri(1, 28)} de {MONTHS[mth]} de {yr}.\n\n"),
              p=P(N(g.pick([par.full, par.caps]))), c=(pcpf, "BR_CPF"), a=(paddr, "ADDRESS"), k=P(N(g.pick([k.full, k.first]))))
        doc.f("______________________________\n«d»\n" + O("CPF ") + "«c»" + (O(" — CNPJ ") + "«j»" if cnpj else "«j»") + "\n" + O("Autorização municipal ") + perm +
              ("  " + O("Tel. ") + "«t»" if dtel else "«t»") + "\n\n", d=P(N(g.pick([drv.full, drv.caps]))), c=(dcpf, "BR_CPF"), j=(cnpj, "BR_CNPJ") if cnpj else "",
              t=(dtel, "PHONE_NUMBER") if dtel else "")
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A collection e-mail from the operator's office (a person's corporate e-mail) to a parent, with the parent's quoted reply typing a
    full card number, a phone and the CPF; the bank-slip line, the masked card and the role mailbox are not labelled."""
    doc = Doc()
    op = g.pick(OPERATORS)
    att, par = g.person(True), g.person()
    k = kid(g, par)
    t = g.moment()
    em = g.email(par)
    doc.f("From: «a» <«ae»>\nTo: «e»\nDate: " + mail_date(t) + "\nSubject: Mensalidades em aberto — transporte de «k»\nX-Originating-IP: [«ip»]\n\n",
          a=P(att.full), ae=(corp_mail(att, op[1], g), "EMAIL_ADDRESS"), e=(em, "EMAIL_ADDRESS"), k=P(k.first), ip=(g.ip_pub(), "IP_ADDRESS"))
    months = sorted(g.sample(range(1, 11), 2))
    line = clean(g, lambda: f"{g.d(5)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")
    doc.f("Olá «n», tudo bem?\nConstam em aberto as mensalidades de " + MONTHS[months[0]] + " e " + MONTHS[months[1]] + " (total " + money(g, 560, 1380) + "). "
          "Pode pagar pelo Pix (chave aleatória «x») ou pelo boleto, linha digitável " + line + ".\nAtt.,\n«s» — financeiro " + op[0] + "\n\n",
          n=P(g.pick([par.first, par.full])), x=(g.uuid(), "PIX_KEY"), s=P(att.first))
    doc.f("> Em " + dbr(t - datetime.timedelta(days=g.ri(1, 6))) + ", «n» <«e»> escreveu:\n> fiquei sem serviço esse mês. consigo passar no cartão em 3x? «c» validade " + f"{g.ri(1, 12):02d}/{g.ri(27, 31)}" +
          "\n> o cvv mando no zap «z». cpf do titular «cpf»\n", z=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), n=P(par.full), e=(em, "EMAIL_ADDRESS"), c=(g.card(g.chance(0.7)), "CREDIT_CARD"), cpf=(g.cpf(), "BR_CPF"))
    doc.t("\n(Por segurança, não envie dados de cartão por e-mail. Registramos apenas " + g.masked_card() + ". Dúvidas: " + role_mail(g, op[1], g.pick(["financeiro", "cobranca"])) + ")\n")
    return doc


def fi_pix(g: Gen) -> Doc:
    """Two or three Pix receipts pasted one after the other (forwarded in a chat sometimes): payer's name and agency/account, the payer's
    CPF masked (unlabelled), the payee (driver) with the key (random, phone, e-mail or CPF) and, in half the documents, the MEI CNPJ;
    the description names the pupil sometimes; transaction ids unlabelled."""
    doc = Doc()
    drv = driver(g)
    kind, key = pix_key(g, drv)
    cnpj = mei_cnpj(g) if g.chance(0.5) else None
    if g.chance(0.4):
        doc.f("Encaminhada de «n»:\n", n=P(g.pick([drv.first, drv.short])))
    for _ in range(g.ri(2, 3)):
        par = g.person()
        k = kid(g, par)
        t = g.moment(hours=(6, 23))
        pb = bank(g)
        doc.t("Comprovante de Pix — " + pb + "\n" + g.pick(["Valor: ", "VALOR PAGO  "]) + money(g, 280, 690) + "\nData: " + ts(t, "brs") + "\n")
        doc.t("ID da transação: " + clean(g, lambda: "E" + g.d(8) + t.strftime("%Y%m%d%H%M") + g.hexs(11, True)) + "\n\nDe\n")
        doc.f("  Nome: «n»\n  CPF: ***." + g.d(3) + "." + g.d(3) + "-**\n  Instituição: " + pb + "\n", n=P(g.pick([par.full, par.caps])))
        if g.chance(0.8):
            doc.f("  Agência: «a»  Conta: «c»\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
        doc.f("Para\n  Nome: «n»\n", n=P(g.pick([drv.full, drv.caps])))
        if cnpj:
            doc.f("  CNPJ: «c»\n", c=(cnpj, "BR_CNPJ"))
        doc.f("  Chave (" + kind + "): «k»\n", k=key)
        doc.f("Descrição: «d»\n\n", d=g.pick([P(g.pick([k.first, lower(k.first)])), V("van " + g.pick(MONTHS[1:12])), V("mensalidade")]))
    return doc


def fi_financiamento(g: Gen) -> Doc:
    """A bank's financing proposal for a new school van: the proposer (birth date, CPF, RG, CNH, address, CEP, phone, e-mail, agency
    and account), the MEI's CNPJ, the vehicle (plate when used), a guarantor, the online channel's IP, the manager's corporate e-mail."""
    doc = Doc()
    drv, av, mgr = driver(g), g.person(), g.person()
    t = g.moment()
    dom = g.pick(["bancoaurora.com.br", "caixaprudente.com.br", "sicredibentoamado.coop.br"])
    doc.f("PROPOSTA DE FINANCIAMENTO — VEÍCULO DE TRANSPORTE ESCOLAR (linha " + g.pick(["Caminho da Escola", "CDC Veículo Comercial", "Finame MEI"]) + ")\nproposta " + proto(g) +
          " | canal: internet banking | ip «ip» | " + ts(t, "br") + "\n\n", ip=(g.ip(), "IP_ADDRESS"))
    used = g.chance(0.5)
    fields = [("nome", P(g.pick([drv.caps, drv.full]))), ("data_nascimento", (g.dob(g.pick(["iso", "br"]), 1962, 1998), "DATE_OF_BIRTH")),
              ("cpf", (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")), ("rg", (g.rg(), "BR_RG")), ("cnh", (g.cnh(), "BR_CNH")),
              ("endereco", (g.address(), "ADDRESS")), ("cep", (g.cep(g.chance(0.5)), "BR_CEP")), ("celular", (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER")),
              ("email", (g.email(drv), "EMAIL_ADDRESS")), ("cnpj_mei", (mei_cnpj(g, alnum=g.chance(0.3)), "BR_CNPJ")), ("renda_mensal", V(money(g, 4000, 14000))),
              ("veiculo", V(g.pick(MODELS) + (" " + str(g.ri(2016, 2023)) + " (usado)" if used else " 0 km"))),
              ("placa", (g.plate(), "LICENSE_PLATE") if used else V("a emplacar")), ("valor_financiado", V(money(g, 90000, 320000))),
              ("prazo", V(f"{g.pick([36, 48, 60, 72])} meses")), ("agencia", (g.agency(), "BANK_ACCOUNT")), ("conta", (g.account(), "BANK_ACCOUNT"))]
    if g.chance(0.35):
        fields.insert(5, ("nit", (g.pis(), "BR_PIS")))
    if g.chance(0.3):
        fields.insert(5, ("titulo_eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\navalista: «a», CPF «c», «r»\n", a=P(av.full), c=(g.cpf(), "BR_CPF"), r=g.pick(["cônjuge", "irmão", "sócio na van", "pai"]))
    doc.f("parecer: " + g.pick(["aprovado", "aprovado com entrada de 30%", "em análise — falta comprovante da autorização municipal"]) + ". gerente: «g» — «ge»\n",
          g=P(mgr.full), ge=(corp_mail(mgr, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_nfse(g: Gen) -> Doc:
    """An NFS-e (XML) issued by the driver's MEI to a parent: the provider's CNPJ, the MEI business name 'NAME CPF' (two spans), phone,
    e-mail; the customer's CPF, name, the address split over street, number and complement elements (one ADDRESS span each), CEP,
    e-mail; the pupil in the description; invoice number, verification code, service code and municipal registration unlabelled."""
    doc = Doc()
    drv, par = driver(g), g.person()
    k = kid(g, par)
    t = g.moment()
    street = g.pick(STREET_TYPES) + " " + g.pick(STREET_NAMES)
    nro = str(g.ri(3, 3999))
    comp = g.pick(["", "", f"apto {g.ri(11, 1204)}", f"casa {g.ri(1, 9)}", f"bloco {g.pick('ABCD')} apto {g.ri(11, 408)}"])
    mth = g.ri(1, 12)
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<CompNfse xmlns="http://www.abrasf.org.br/nfse.xsd">\n  <Nfse versao="2.04">\n    <InfNfse Id="NFS' + clean(g, lambda: g.d(9)) + '">\n'
          "      <Numero>" + str(g.ri(1, 400)) + "</Numero>\n      <CodigoVerificacao>" + g.hexs(8, True) + "</CodigoVerificacao>\n"
          "      <DataEmissao>" + t.strftime("%Y-%m-%dT%H:%M:%S") + "</DataEmissao>\n      <Servico>\n        <Valores><ValorServicos>" + f"{g.ri(280, 690)}.00" +
          "</ValorServicos><Aliquota>0</Aliquota></Valores>\n        <ItemListaServico>16.02</ItemListaServico>\n")
    doc.f("        <Discriminacao>Transporte escolar do(a) aluno(a) «k» referente a " + f"{mth:02d}/{t.year}" + " - trajeto residencia/" + fold(g.pick(SCHOOLS)[0]) + "</Discriminacao>\n"
          "      </Servico>\n      <PrestadorServico>\n        <IdentificacaoPrestador><CpfCnpj><Cnpj>«cn»</Cnpj></CpfCnpj><InscricaoMunicipal>" + clean(g, lambda: g.d(8)) +
          "</InscricaoMunicipal></IdentificacaoPrestador>\n        <RazaoSocial>«rn» «rc»</RazaoSocial>\n        <Endereco><Endereco>«ps»</Endereco><Numero>«pn»</Numero><Cep>«pz»</Cep></Endereco>\n        <Contato><Telefone>«t»</Telefone><Email>«e»</Email></Contato>\n"
          "      </PrestadorServico>\n", k=P(g.pick([k.full, fold(k.full).upper()])), cn=(mei_cnpj(g, "raw"), "BR_CNPJ"), rn=P(fold(drv.full).upper()),
          rc=(g.cpf("raw"), "BR_CPF"), ps=(g.pick(STREET_TYPES) + " " + g.pick(STREET_NAMES), "ADDRESS"), pn=(str(g.ri(3, 3999)), "ADDRESS"),
          pz=(g.cep(False), "BR_CEP"), t=(g.phone("raw"), "PHONE_NUMBER"), e=(g.email(drv), "EMAIL_ADDRESS"))
    doc.f("      <TomadorServico>\n        <IdentificacaoTomador><CpfCnpj><Cpf>«c»</Cpf></CpfCnpj></IdentificacaoTomador>\n        <RazaoSocial>«n»</RazaoSocial>\n"
          "        <Endereco><Endereco>«s»</Endereco><Numero>«no»</Numero>", c=(g.cpf("raw"), "BR_CPF"), n=P(g.pick([par.full, fold(par.full).upper()])),
          s=(street, "ADDRESS"), no=(nro, "ADDRESS"))
    if comp:
        doc.f("<Complemento>«x»</Complemento>", x=(comp, "ADDRESS"))
    doc.f("<Bairro>" + g.pick(BAIRROS) + "</Bairro><CodigoMunicipio>" + str(g.ri(1100015, 5300108)) + "</CodigoMunicipio><Cep>«z»</Cep></Endereco>\n"
          "        <Contato><Email>«m»</Email></Contato>\n      </TomadorServico>\n    </InfNfse>\n  </Nfse>\n</CompNfse>\n",
          z=(g.cep(False), "BR_CEP"), m=(g.email(par), "EMAIL_ADDRESS"))
    return doc


def fi_extrato(g: Gen) -> Doc:
    """The driver's current-account statement (fixed width): holder, agency, account, CPF or MEI CNPJ; Pix credits from parents whose names the bank
    cuts at 22 characters (upper case, accents folded), a refund, the city's payment for the free-transport contract, the MEI tax, the
    workshop; document numbers and balances unlabelled."""
    doc = Doc()
    drv = driver(g)
    city = g.city()[0]
    b = g.pick(BANKS)
    y = g.ri(2025, 2026)
    mth = g.ri(2, 11)
    doc.f(fold(b[1]).upper() + " — EXTRATO DE CONTA CORRENTE\nCliente: «n»   Agência: «a»   Conta: «c»\n" +
          f"Período: 01/{mth:02d}/{y} a 28/{mth:02d}/{y}\n\n", n=P(g.pick([drv.capsf, drv.full])), a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(True), "BANK_ACCOUNT"))
    if g.chance(0.6):
        doc.f("CNPJ (MEI): «c»\n\n", c=(mei_cnpj(g), "BR_CNPJ"))
    else:
        doc.f("CPF: «c»\n\n", c=(g.cpf(), "BR_CPF"))
    doc.t("DATA   HISTÓRICO                               DOCUMENTO      VALOR (R$)\n")
    saldo = g.ri(200, 3000)
    entries = []
    for _ in range(g.ri(2, 4)):
        entries.append(("PIX RECEBIDO - ", cut(fold(g.person().full).upper(), 22), g.ri(280, 690)))
    entries.append(("TARIFA PACOTE SERVICOS", "", -g.ri(20, 60)))
    entries.append(("PAGTO BOLETO - ", cut(g.pick(["SEGURADORA LEAO APP", "DETRAN TAXA VISTORIA", "PREFEITURA TAXA ALVARA"]), 22), -g.ri(90, 600)))
    entries.append(("DEVOLUCAO PIX - ", cut(fold(g.person().full).upper(), 22), -g.ri(280, 690)))
    entries.append(("TED RECEBIDA - ", cut("PREF MUN " + fold(city).upper(), 22), g.ri(1800, 7000)))
    entries.append(("PAGTO DAS MEI", "", -g.ri(70, 80)))
    entries.append(("PIX ENVIADO - ", cut(g.pick(["AUTO MECANICA LEAO", "POSTO AURORA LTDA", "PNEUS BENTO AMADO", "CLINICA PRUDENTE"]), 22), -g.ri(120, 900)))
    g.rng.shuffle(entries)
    days = sorted(g.ri(1, 28) for _ in entries)
    for (hist, who_, val), dd in zip(entries, days):
        doc.t(f"{dd:02d}/{mth:02d}  {hist}")
        person = hist.startswith(("PIX RECEBIDO", "DEVOLUCAO"))
        if who_:
            doc.e(who_, "PERSON" if person else None)
        pad = 40 - len(hist) - len(who_)
        doc.t(" " * max(pad, 1) + clean(g, lambda: g.d(6)).ljust(12) + f"{brl(val):>12}" + "\n")
        saldo += val
    doc.t(f"\nSALDO EM 28/{mth:02d}: {brl(saldo)}\nLimite cheque especial: {brl(g.ri(500, 3000))}\n")
    return doc


AT = [at_group, at_ficha, at_call, at_mail, at_roster, at_vcard, at_app]
JU = [ju_contrato, ju_notificacao, ju_bo, ju_sentenca, ju_auto, ju_ata, ju_permit]
SA = [sa_ps, sa_notif, sa_exames, sa_chat_med, sa_ficha_saude, sa_laudo, sa_samu]
FI = [fi_controle, fi_recibo, fi_cobranca, fi_pix, fi_financiamento, fi_nfse, fi_extrato]

TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}
CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![A-Za-z0-9])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)
SPOKEN = {w: str(i) for i, w in enumerate(NUM_WORDS)}
SPOKEN["meia"] = "6"


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    if PLATE_RE.search(s):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = digits_of(v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_ok(digits), (rid, v)
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
            raw = re.sub(r"[^0-9X]", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|tio|tia|monitora?|motorista)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CREFITO|CRP|CRESS)(?![A-Za-z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    for m in PLATE_RE.finditer(text):
        assert not free(m), (rid, m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, m.group(0))


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
    """Share of PERSON name words (particles left out) that are rare or invented; a word of a common name never counts."""
    total = rare = 0
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES
              for w in re.findall(r"[\w'-]+", name)}
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
    print("hundredthirtysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
