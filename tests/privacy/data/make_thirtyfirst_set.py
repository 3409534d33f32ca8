"""Build the thirty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyfirst_set.py

Written blind to the detectors (their code, lists, contexts, scores and the commit history were
not read or run), standalone (own check-digit code, no Faker, no import from afinar or from the
other generators), seed 31, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: education and research, the way personal data sits in
schools, universities and research projects: school secretariats, school apps, university
registrars, admissions offices, student-aid and scholarship teams, research ethics committees,
school nurses and special-education staff, finance desks of private schools. Layouts: forms
read back from filled PDFs (key: value, checkboxes), app and WhatsApp exports (lower case, no
accents, "prof", "hj", "tbm", "pq"), fixed-width reports of school systems (names cut at the
field width), pipe and semicolon lists, CSV exports, e-mail threads, petitions and judgments,
minutes, an XML document.
- atendimento: a municipal school's enrolment form (pupil, parents, people authorised to
  collect the child with RG or CNH, transport, car plate), a parent–teacher conversation in a
  school app (senders shown by name or by role; absences, pickup authorisations, new phone
  number, bullying complaint, meeting notice, boleto request, medication, a trip paid by Pix to
  the parents' association, change of address), a state-school transfer declaration with the
  parent's e-mail forwarded below, a monthly attendance sheet (fixed width; in half the copies
  the Bolsa Família follow-up layout with the NIS instead of the RA) with the active-search
  list, a rural school-bus route list (driver with CPF and CNH, monitor, stops, pupils, rural
  addresses), an e-mail thread between a former student and the academic secretariat (records,
  diploma, pick-up by proxy), a published waiting-list call (masked CPFs, not labelled) with the
  admissions office's internal document check (CPF, RG, título de eleitor, e-mail, phone).
- juridico: a public defender's petition for a daycare place (child, mother's qualification,
  municipality with CNPJ, NIS in the list of documents), a DJe publication and judgment in a
  bullying damages case against a private school (minor named by bare initials), a FICAI
  referral of a chronically absent pupil to the Conselho Tutelar, the minutes of a hearing in a
  university's student disciplinary proceeding, a research-ethics opinion (Plataforma Brasil
  style) with the research team's CPFs and Lattes links and the submission log, an internship
  agreement (TCE) with the e-signature audit trail (e-mail, IP), a digital diploma XML with the
  registrar's comment.
- saude: a school nurse's daily log, a guardian's authorisation for medication at school with
  the special-control prescription transcribed, a field trip's health sheet (semicolon CSV with
  RG, Cartão SUS, allergies, health-plan card, emergency contact), a TCLE and assent form for a
  school-based study, a Programa Saúde na Escola vaccination check (pipe table with CNS and the
  guardian's phone), a university student's request for home study with the medical
  certificate transcribed, a special-education (AEE) referral report naming the clinicians.
- financeiro: a scholarship socio-economic form (household table with DOB, CPF, income; bank
  data and random Pix key; the social worker's opinion with CRESS), a student-financing
  contract (FIES-like) with guarantor, debit account and the enrolment system's log, a WhatsApp
  renegotiation of overdue tuition (school's random Pix key, a relative's card and CPF, boleto
  line), an overdue-tuition CSV from the school ERP (billing address, CEP, a recurring card
  that is sometimes masked and sometimes not) with the collection agency's note, a student-aid
  payroll (fixed width) with the payment team's pending items, a research-grant acceptance term
  with the expense report (suppliers' CNPJs, a natural person's CPF), the payment list of an
  entrance exam's proctors (CPF, PIS/NIT, bank data, parking plates).

Conventions (the twentieth set's, which follow the eighteenth; the thirtieth's where it decided
further): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "Prof.",
"Prof.ª"; particles inside a name are part of it; "SURNAME, GIVEN" and "SURNAME, Given" are one
span; initials followed by a written surname ("M. E. Quintela") are PERSON, but the bare
initials courts use for minors ("K.D.Z.") are not labelled; nicknames and first names alone, in
capitals or lower case, are persons. Teachers, coordinators, secretaries, nurses, doctors,
psychologists, defenders, judges, lawyers, commission members, researchers, social workers,
drivers and monitors named in the text are persons. App senders shown by role ("Responsável",
"Família", "Escola", "Professor(a)", "Turma 6º ano A"), app and bot names (Agenda Edu,
EduConecta) and logins (prof_quintela, sec.escolar01, mariana.caete) are not labelled; a
WhatsApp export that shows the sender by number has a PHONE_NUMBER there. Schools, CMEIs,
UBS, universities, blocks, auditoriums, companies, programmes and prizes named after people
(E.E. Professora Aurora Bento, EMEF Prudente de Morais, Bloco Prudente de Morais, Hospital Bento
Amado, Cobrança Luz & Feitosa Ltda) are not persons.
People's e-mail addresses, institutional ones included, are EMAIL_ADDRESS; role mailboxes
(secretaria.academica@, coord.enfermagem@, cep@, financeiro@) are not labelled. ADDRESS is
street type + name + number + complement in one span, "Quadra 12, casa 45" and "Conjunto B,
bloco C, 121" included; rural addresses written as road + km or line + lot ("Rodovia MG-276, km
20", "Linha Santa Luzia, lote 48") are ADDRESS, a farm's name alone ("Sítio Boa Esperança",
"porteira da Fazenda Aurora") is not; a street named without a number ("portaria da Rua
Prudente de Morais"), a school's, clinic's, company's or municipality's address are not
labelled; bairro, city and UF stay outside and the CEP is BR_CEP. Fixed-width layouts cut long
names at the field width: the cut value is labelled as it stands. Agency and account are
separate BANK_ACCOUNT spans; bank codes and operation codes are not. DATE_OF_BIRTH only for
birth dates (DN, data_nasc, DataNascimento, "nascido em", in any format, a child's birth date in
an aid request too); enrolment, absence, graduation, registration, signature, hearing and due
dates are not. PROFESSIONAL_ID includes the council acronym, the UF or region and any suffix:
CRM, COREN ("-ENF", "-TE", "-AE"), OAB (a law trainee's "OAB/SP 161131-E" too), CRP, CRFa, CRN
and CREFITO with region numbers, CRESS, CREA, CRC, also written in lower case in a chat ("crm rj
44640"). NIS / NIT numbers (CadÚnico, Bolsa Família, proctors' PIS/NIT) are BR_PIS; Cartão SUS
numbers are BR_CNS; a CNPJ is BR_CNPJ wherever it appears (schools, universities,
municipalities, suppliers), in the numeric and the alphanumeric form. PIX_KEY only for random
(UUID) keys, whoever holds them (a student, a school, a parents' association). IPv4 addresses of
signers and users are IP_ADDRESS, private ones included. Plates of buses, vans and parents' and
proctors' cars are LICENSE_PLATE. Masked values (CPFs with asterisks in published lists, card
numbers with asterisks, "final 1234") are not labelled; a card's expiry date is not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kethelyn, Dhiovana, Ranielly, Thauanny, Edgleison, Reinivaldo, Kleverson; Italian, German,
Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian,
Venezuelan, Polish/Ukrainian, indigenous, Jewish), about 45% of the name words rare or
invented (main() prints the share); names that are everyday words (Rosa, Luz, Flor, Bento,
Prudente, Amado, Vitória, Aurora, Branco, Celeste, Glória, Modesto, Clemente, Fortunato) next to
the same words as words ("garrafinha rosa", "falta de luz", "conta de luz", "seria prudente",
"vitória!!") and in places, streets, schools and companies (Presidente Prudente, Bento
Gonçalves, Rio Branco, Santa Rosa, Rua Rosa Branca, Colégio Aurora Ltda, Vitória Seguros S.A.,
Escola Bento & Amado), which are not persons. Forms: full, ALL CAPS with and without accents,
lower case, first name alone, nicknames (Duda, Bia, Rafa, Dito, Neide), "SURNAME, GIVEN",
"SURNAME, Given", initials with surname.

Hard negatives (never labelled): university enrolment numbers (11 digits starting with the
entry year, generated to fail the CPF, PIS and CNH checks), CPFs typed with a wrong check digit,
protocol and ticket numbers (some of 11 digits failing the CPF check), RA numbers, ENEM
inscriptions, INEP and CIE codes, birth-certificate registrations, SIAPE numbers, SEI process
numbers, CAAE and opinion numbers, Lattes CV links, e-MEC codes, insurance policy numbers,
contract and debt-confession numbers, diploma book and register numbers, boleto lines, CNJ
process numbers, health-plan card numbers, ICD-10 codes, money, laws and resolutions (Lei nº
8.069/1990, Lei nº 13.185/2015, Resolução CNS nº 466/2012, Lei nº 13.709/2018), dates that are
not birth dates, hashes and document ids.

The script checks its own output: spans sorted, non-empty, stripped, in range and not
overlapping; every CPF, CNPJ, PIS, CNS, título, CNH, RG and card labelled passes its check
digits; every 11-digit hard negative generated for a record is in its text, outside every span,
and fails the CPF check; every unlabelled CPF-shaped number in any text fails the CPF check.
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
SEED = 31
ORDINAL = "thirtyfirst"

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
MONTHS_ABBR = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Ana Paula", "Juliana", "Fernanda", "Patrícia", "Adriana", "Camila", "Larissa", "Gabriela", "Mariana",
        "Letícia", "Beatriz", "Isabela", "Manuela", "Sofia", "Valentina", "Heloísa", "Laura", "Cláudia",
        "Simone", "Luciana", "Sandra", "Cristiane", "Priscila", "Tatiane", "Aline", "Raquel", "Joana",
        "Francisca", "Antônia", "Maria José", "Maria Eduarda", "Ana Júlia", "Lorena", "Cíntia", "Elisângela"]
RARE_F = ["Gleiciane", "Rosilda", "Edineia", "Maricélia", "Lucivânia", "Kethelyn", "Ysadora", "Dheyse",
          "Walquíria", "Elenilda", "Ironi", "Zenaide", "Clemilda", "Jucilene", "Marinalva", "Ivoneide",
          "Quitéria", "Valdirene", "Eulália", "Lucineide", "Enaura", "Adalgisa", "Kauany", "Sthefany",
          "Ranielly", "Thauanny", "Dhiovana", "Kemilly", "Aryadne", "Lauanda", "Josefa Neide", "Eronilde",
          "Maria Auxiliadora", "Nilzete", "Gessilene", "Rayane Kelly", "Doralice", "Erotildes", "Yasmim Kailane"]
PT_M = ["João Pedro", "Gustavo", "Rafael", "Lucas", "Matheus", "Gabriel", "Arthur", "Miguel", "Heitor",
        "Bernardo", "Thiago", "Rodrigo", "Eduardo", "Ricardo", "Roberto", "Antônio", "Francisco", "José Carlos",
        "Luís Fernando", "Fábio", "Daniel", "Diego", "Vinícius", "Murilo", "Henrique", "Raimundo", "Sebastião",
        "Benedito", "Geraldo", "Paulo Sérgio", "Anderson", "Márcio"]
RARE_M = ["Adenilson", "Clodoaldo", "Edivaldo", "Josenildo", "Gedeão", "Wanderlan", "Railson", "Kauê Ryan",
          "Deusimar", "Erivan", "Ubiratan", "Valdemiro", "Ozias", "Jeová", "Kawan", "Ryquelme", "Crisóstomo",
          "Aristeu", "Eliomar", "Anastácio", "Olegário", "Teodomiro", "Derivaldo", "Zaqueu", "Neemias",
          "Arnóbio", "Francinaldo", "Wemerson", "Dheyson", "Uanderson", "Kleverson", "Josué Kalebe",
          "Edgleison", "Reinivaldo", "Cosme Damião", "Misael", "Jandui"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Nascimento", "Carvalho", "Gomes", "Martins", "Araújo", "Ribeiro", "Rocha", "Dias",
          "Moreira", "Barros", "Soares", "Fernandes", "Monteiro", "Cunha", "Moraes", "Batista", "Freitas",
          "Cardoso", "Teixeira", "Vasconcelos", "Magalhães", "Siqueira"]
RARE_SUR = ["Quintela", "Cotrim", "Gondim", "Feitosa", "Sertório", "Epaminondas", "Jatobá", "Ximenes",
            "Arcoverde", "Uchôa", "Juaçaba", "Canuto", "Moitinho", "Lustosa", "Sarmento", "Frota", "Sucupira",
            "Araripe", "Maranhão", "Pestana", "Aragão", "Tibiriçá", "Caetê", "Cajazeira", "Mourato", "Quinderé",
            "Sabóia", "Tabosa", "Vilarouca", "Anchieta Lins", "Brejeiro", "Itaquê", "Lobão Veras", "Bonifácio",
            "Queluz", "Tapajós", "Coutinho Brum", "Rabelo", "Guarani", "Sobreira"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Celeste", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Fortunato", "Modesto", "Clemente"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Luz", "Flor", "Vitória", "Pedreira", "Cordeiro",
            "Coelho", "Pinheiro", "Lobo", "Rios", "Fontes", "Serra", "Paz", "Leite", "Aurora", "Neves"]
NICK = {"Maria Eduarda": "Duda", "Beatriz": "Bia", "Gabriela": "Gabi", "Manuela": "Manu", "Letícia": "Lelê",
        "Juliana": "Juju", "Gustavo": "Guto", "Rafael": "Rafa", "Matheus": "Teteu", "Gabriel": "Biel",
        "Arthur": "Tutu", "Eduardo": "Dudu", "Francisco": "Chico", "Sebastião": "Tião", "José Carlos": "Zé Carlos",
        "Luís Fernando": "Nando", "Benedito": "Dito", "Luciana": "Lu", "Cristiane": "Cris", "Priscila": "Pri",
        "Quitéria": "Quita", "Valentina": "Tina", "Isabela": "Bela", "João Pedro": "JP", "Antônio": "Toninho",
        "Raimundo": "Mundinho", "Francisca": "Chiquinha", "Josefa Neide": "Neide", "Maria Auxiliadora": "Dora",
        "Deusimar": "Deusa", "Crisóstomo": "Tomé", "Anastácio": "Tácio", "Heloísa": "Helô", "Bento": "Bentinho",
        "Kemilly": "Kemi", "Ysadora": "Isa", "Wanderlan": "Lan", "Geraldo": "Gera", "Paulo Sérgio": "PS",
        "Rosilda": "Rosi", "Aurora": "Rorô", "Amado": "Amadinho"}
FOREIGN = {
    "it": (["Giovanna", "Pierina", "Concetta"], ["Giuseppe", "Primo", "Adelmo"],
           ["Zanella", "Benedetti", "Tomazoni", "Pegoraro", "De Bortoli", "Casagrande", "Brunetto"]),
    "de": (["Hildegard", "Irmgard", "Elke"], ["Günther", "Edwin", "Ulrich"],
           ["Schmitz", "Kuhnen", "Dreher", "Heinzen", "Pommerening", "Zimmermann"]),
    "jp": (["Akemi", "Harumi", "Yuki"], ["Massao", "Tadashi", "Kenzo"],
           ["Nakamura", "Higa", "Shimabukuro", "Uehara", "Takahashi", "Miyashiro"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Munir", "Said", "Tufi"],
           ["Chaib", "Jabour", "Buainain", "Zaidan", "Tannus", "Daher"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-seok"], ["Park", "Kang", "Han", "Lee"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Wang", "Liang", "Huang", "Zhang"]),
    "ht": (["Nadège", "Wideline", "Fabienne"], ["Wisner", "Fritznel", "Jean-Robert"],
           ["Pierre-Louis", "Saintil", "Louissaint", "Desir", "Jean-Baptiste"]),
    "ao": (["Ngueve", "Teresa Kambundo", "Isabel Kiame"], ["Manuel Kalunga", "Mateus Quissanga", "Nkanga"],
           ["Kalunga", "Quissanga", "Mbemba", "Capitango", "Sapalo"]),
    "sn": (["Mariama", "Awa", "Ndeye"], ["Abdoulaye", "Moustapha", "Babacar"], ["Seck", "Faye", "Mbaye", "Cissé", "Thiam"]),
    "bo": (["Marisol", "Nely", "Gualberta"], ["Teófilo", "Hilarión", "Freddy"],
           ["Mamani", "Condori", "Choque", "Huanca", "Limachi"]),
    "in": (["Potyra", "Jaciara", "Kerexu"], ["Ubirajara", "Werá", "Tukumã"],
           ["Guajajara", "Terena", "Pataxó", "Kaiowá", "Baniwa", "Potiguara"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Boris"], ["Feldman", "Goldenberg", "Szpigel", "Lerner"]),
    "ve": (["Yusleidy", "Mariangel"], ["Yorman", "Jesús Alberto"], ["Rondón", "Bracho", "Urdaneta", "Guaregua"]),
    "pl": (["Irena", "Halina"], ["Stanislau", "Casimiro"], ["Kowalski", "Wisniewski", "Sawczuk", "Hreczuk"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "ao", "sn", "bo", "in", "jw", "ve", "pl", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Shimabukuro", "Miyashiro", "Pommerening", "Heinzen", "Kuhnen", "Buainain", "Zaidan", "Tomazoni",
             "Pegoraro", "Pierina", "Concetta", "Adelmo", "Irmgard", "Massao", "Harumi", "Tufi", "Munir"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Paz", "Serra", "Aurora", "Cunha", "Rocha"}
DO_SUR = {"Nascimento", "Amaral", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}
DAS_SUR = {"Neves", "Dores"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    if surname in DAS_SUR:
        return "das"
    return "de"


DDDS = ["11", "12", "14", "15", "16", "18", "19", "21", "24", "27", "28", "31", "34", "35", "38", "41", "42",
        "44", "47", "48", "49", "51", "54", "55", "61", "62", "63", "65", "66", "68", "71", "73", "77", "79",
        "81", "82", "84", "85", "87", "89", "91", "93", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça",
                "Vila", "Conjunto", "Quadra"]
STREET_NAMES = ["Professora Zenaide Quintela", "Rosa Branca", "Bento Gonçalves", "Prudente de Morais",
                "da Aurora", "Flor de Maio", "Doutor Amado Feitosa", "das Esperanças", "Luz do Sol",
                "Vitória Régia", "Barão de Mauá", "Anita Garibaldi", "Tiradentes", "Monteiro Lobato",
                "Cecília Meireles", "Padre Cícero", "Marechal Deodoro", "Sete de Setembro", "dos Estudantes",
                "Maestro Olegário Sucupira", "Irmã Dulce", "José de Alencar", "Castro Alves", "das Jaqueiras",
                "Coronel Araripe", "Paulo Freire", "Darcy Ribeiro", "Anísio Teixeira", "Pedro Álvares Cabral",
                "Frei Damião", "Antônio Conselheiro", "Dom Hélder Câmara", "Vereador Crisóstomo Tabosa",
                "do Contorno", "Beira Rio", "Getúlio Vargas", "Chico Mendes", "São Bento"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Aurora do Pará", "PA"), ("Esperança", "PB"), ("Santa Rosa", "RS"),
          ("Campina Grande", "PB"), ("Caruaru", "PE"), ("Mossoró", "RN"), ("Feira de Santana", "BA"),
          ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Governador Valadares", "MG"), ("Cascavel", "PR"),
          ("Ponta Grossa", "PR"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Santa Maria", "RS"),
          ("Passo Fundo", "RS"), ("Sorocaba", "SP"), ("Bauru", "SP"), ("São Carlos", "SP"), ("Campinas", "SP"),
          ("Niterói", "RJ"), ("Volta Redonda", "RJ"), ("Anápolis", "GO"), ("Imperatriz", "MA"),
          ("Santarém", "PA"), ("Ji-Paraná", "RO"), ("Cuiabá", "MT"), ("Três Lagoas", "MS"), ("Arapiraca", "AL"),
          ("Teresina", "PI"), ("Crato", "CE"), ("Colatina", "ES"), ("Luziânia", "GO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Vila Rosa", "Centro", "Conjunto Esperança", "Bela Vista", "Parque dos Estudantes",
           "Vila Prudente", "Alto da Luz", "Jardim Bento", "Cohab II", "Nova Vitória", "Santa Luzia", "Planalto",
           "Vila Operária", "Cidade Universitária", "Bairro da Flor"]
SCHOOLS = ["E.E. Professora Aurora Bento", "EMEF Prudente de Morais", "Escola Municipal Cecília Meireles",
           "Colégio Estadual Anísio Teixeira", "EMEI Flor de Liz", "CMEI Vitória Régia", "E.E. Dom Hélder Câmara",
           "Colégio Rosa Mística", "Escola Estadual Padre Cícero", "EMEF Paulo Freire",
           "Colégio Amado Leão", "Instituto Educacional Luz do Saber", "Escola Estadual Darcy Ribeiro",
           "EMEB Professor Olegário Sucupira", "Colégio Bento XVI", "Escola Municipal Irmã Dulce"]
PRIVATE_SCHOOLS = ["Colégio Aurora Ltda", "Instituto Educacional Prudente S/S", "Colégio Rosa dos Ventos Ltda",
                   "Escola Bento & Amado Educação Infantil Ltda", "Sistema de Ensino Luz do Saber Ltda",
                   "Colégio Quintela Sociedade Educacional", "Centro Educacional Vitória Eireli",
                   "Colégio Feitosa Branco Ltda"]
UNIVERSITIES = [("Universidade Federal do Vale do Araripe", "UFVA"), ("Universidade Estadual do Sertão Central", "UESC-CE"),
                ("Universidade Federal de Campina Alta", "UFCA"), ("Centro Universitário Aurora", "UniAurora"),
                ("Universidade Estadual do Oeste Paulista", "UEOP"), ("Instituto Federal do Planalto", "IFPlan"),
                ("Faculdade Bento Prudente", "FBP"), ("Universidade Comunitária Rosa Branca", "UCRB")]
COURSES = ["Pedagogia", "Enfermagem", "Engenharia Civil", "Direito", "Medicina", "Psicologia", "Letras - Português",
           "Ciências Biológicas", "Administração", "Nutrição", "Educação Física", "Serviço Social",
           "Ciência da Computação", "Fisioterapia", "Agronomia", "História", "Odontologia", "Farmácia"]



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
        return self.given.split()[0] if not self.given.startswith(("Maria ", "Ana ", "João ", "Jesús ")) else self.given

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
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def inverted_title(self) -> str:
        return f"{self.last.upper()}, {self.given}"

    @property
    def initials(self) -> str:
        """'M. E. Quintela': initials of the given name(s) with the last surname written out (PERSON)."""
        return " ".join(w[0] + "." for w in self.given.split()) + " " + self.last

    @property
    def bare_initials(self) -> str:
        """'M.E.Q.': bare initials, as courts write minors (not labelled)."""
        words = [w for w in self.full.replace("-", " ").split() if w not in PARTICLES]
        return "".join(fold(w[0]).upper() + "." for w in words)

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.negs: list[str] = []

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    @staticmethod
    def _passes(v: str) -> bool:
        n = len(v)
        if n == 11:
            return cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]
        if n == 12:
            return titulo_dv(v[:8], v[8:10]) == v[10:]
        if n == 14:
            return cnpj_dv(v[:12]) == v[12:]
        if n == 15:
            return cns_ok(v)
        if n == 16:
            return luhn_dv(v[:15]) == v[15]
        return False

    def neg(self, n: int, prefix: str = "") -> str:
        """n digits (starting with prefix) that pass no identifier check of that length; 11-digit ones are
        recorded as hard negatives of the record being built."""
        while True:
            v = prefix + (str(self.rng.randint(1, 9)) if not prefix else "") + self.d(n - len(prefix) - (0 if prefix else 1))
            if self._passes(v):
                continue
            if n == 11:
                self.negs.append(v)
            return v

    def matricula(self) -> str:
        """University enrolment number: entry year + semester + sequence, 11 digits, never a valid CPF."""
        return self.neg(11, prefix=f"{self.ri(2015, 2025)}{self.pick('12')}")

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.32:
            return self.pick(RARE_SUR)
        if r < 0.47:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.36:
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
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def child_of(self, mom: Person, dad: Person | None = None, female: bool | None = None) -> Person:
        """A child carrying the mother's last surname and (when there is one) the father's."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        if self.chance(0.2):
            p = Person(self.pick(FOREIGN[self.pick(sorted(FOREIGN))][0 if female else 1]), [], female)
        sur = [mom.last]
        if dad is not None and dad.last != mom.last:
            sur.append(dad.last)
        if self.chance(0.2) and sur[0] in PT_SUR + RARE_SUR + WORD_SUR:
            sur.insert(0, particle(sur[0]))
        return Person(p.given, sur, female)

    def family(self) -> tuple[Person, Person | None, Person]:
        mom = self.person(female=True)
        dad = self.person(female=False) if self.chance(0.75) else None
        return mom, dad, self.child_of(mom, dad)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:4]}", f"{f}{l}.{self.d(2)}"] + ([f"mae.{f}"] if p.female and domain is None else []))
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
        return f"{user}@{domain}"

    def inst_email(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        return self.pick([f"{f}.{l}@{dom}", f"{f}{l}@{dom}", f"{f[0]}{l}@{dom}"])

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
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw", "dash"])
        return {"dot": f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}", "raw": n, "dash": f"{n[:8]}-{n[8]}"}[style]

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
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}",
                "joined": f"({ddd}) {h}{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        prefix = self.pick(["4", "4", "4", f"5{self.ri(1, 5)}", f"5{self.ri(1, 5)}", f"22{self.ri(21, 99)}", "6362", "5067", "4389"])
        b = prefix + self.d(15 - len(prefix))
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

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

    def ip(self, private: bool = False) -> str:
        if private:
            return self.pick([f"192.168.{self.ri(0, 10)}.{self.ri(2, 254)}", f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 143, 168])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.93) else "s/n"
        if t in ("Quadra", "Conjunto"):
            name = self.pick(["12", "B", "Esperança", "Habitacional Rosa Branca", "Vila Aurora", "7"])
            num = f"casa {self.ri(1, 60)}" if t == "Quadra" else f"bloco {self.pick('ABCD')}, {self.ri(1, 400)}"
            return t, name, num, ""
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.ri(11, 408)}", "fundos",
                          f"qd {self.ri(1, 40)} lt {self.ri(1, 30)}", "casa B"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " "]) if num[0].isdigit() else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def rural(self) -> str:
        return self.pick([f"Estrada Municipal {self.pick(['do Córrego Fundo', 'da Lagoa Seca', 'Boa Esperança', 'dos Pinheiros'])}, km {self.ri(2, 28)}",
                          f"Rodovia {self.pick(['SP', 'MG', 'PR', 'BA', 'GO'])}-{self.ri(100, 499)}, km {self.ri(5, 180)}",
                          f"Linha {self.pick(['São Roque', 'Santa Luzia', 'Bonita', 'Alegre'])}, lote {self.ri(2, 90)}"])

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1960, hi: int = 2005) -> str:
        dd, mm, yy = self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "nopad", "long", "short", "dash"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None, lo: int = 2009, hi: int = 2021) -> str:
        return self.dob(fmt, lo, hi)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def hm(self, lo: int = 7, hi: int = 22) -> str:
        return f"{self.ri(lo, hi):02d}:{self.ri(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 60, hi: int = 18 * 60) -> list[str]:
        mins = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 60:02d}:{x % 60:02d}" for x in mins]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.13", "8.15", "8.17", "8.06", "8.09", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        k = self.ri(0, 5)
        if k == 1:
            return self.neg(11)
        return [f"{self.ri(2025, 2026)}{self.d(6)}", "", f"{self.d(3)}.{self.d(3)}/{self.ri(2025, 2026)}",
                f"#{self.d(7)}", f"PROT-{self.d(6)}", f"{self.ri(2025, 2026)}/{self.d(6)}"][k]

    def sei(self) -> str:
        return f"23{self.d(3)}.{self.d(6)}/{self.ri(2024, 2026)}-{self.d(2)}"

    def inep(self) -> str:
        return f"{self.pick(['11', '21', '23', '25', '26', '29', '31', '35', '41', '43', '52'])}{self.d(6)}"

    def ra_sp(self) -> str:
        return f"000{self.d(9)}-{self.pick('0123456789X')}/SP"

    def enem(self) -> str:
        return f"2{self.pick('345')}{self.d(10)}"

    def cert_nasc(self, year: int | None = None) -> str:
        return f"{self.d(6)} 01 55 {year or self.ri(2009, 2021)} 1 {self.d(5)} {self.d(3)} {self.d(7)}-{self.d(2)}"

    def caae(self) -> str:
        return f"{self.d(8)}.{self.ri(0, 9)}.{self.pick(['0000', '0000', '5404', '0021'])}.{self.d(4)}"

    def lattes(self) -> str:
        return f"http://lattes.cnpq.br/{self.neg(16)}"

    def boleto(self) -> str:
        return f"{self.d(5)}.{self.d(5)} {self.d(5)}.{self.d(6)} {self.d(5)}.{self.d(6)} {self.ri(1, 9)} {self.d(14)}"

    def health_card(self) -> str:
        return self.pick([f"0 {self.d(3)} {self.d(12)} {self.d(1)}", f"{self.d(4)}.{self.d(4)}.{self.d(6)}.{self.d(2)}-{self.d(1)}",
                          f"{self.d(3)} {self.d(4)} {self.d(4)} {self.d(3)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"Coren-{uf} {n}", f"COREN-{uf} {n}-ENF"])
        if kind == "COREN_TE":
            return self.pick([f"COREN-{uf} {n}-TE", f"Coren/{uf} {dotted}-TE", f"COREN-{uf} {n}-AE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.ri(1000, 99999)}", f"CRP-{self.ri(1, 23):02d}/{self.ri(1000, 99999)}"])
        if kind == "CRFa":
            return f"CRFa {self.ri(1, 9)}-{self.ri(1000, 29999)}"
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {self.ri(1000, 59999)}", f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 59999)}"])
        if kind == "CRN":
            return f"CRN-{self.ri(1, 11)} {self.ri(1000, 59999)}"
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.ri(10000, 299999)}/D"])
        if kind == "CRC":
            return f"CRC-{uf} {self.d(6)}/O-{self.ri(1, 9)}"
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 17)} {self.ri(10000, 299999)}-F"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{dd:02d}{mm:02d}{yy}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "abbr": f"{dd:02d}/{MONTHS_ABBR[mm - 1]}/{yy}", "dm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


def written_date(g: Gen, year: int | None = None) -> str:
    units = ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
             "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"]
    d = g.ri(1, 28)
    day = units[d - 1] if d <= 20 else "vinte e " + units[d - 21]
    if d == 1:
        day = "primeiro"
    y = year or g.pick([2025, 2026])
    ys = "dois mil e vinte e cinco" if y == 2025 else "dois mil e vinte e seis"
    return f"{'ao' if d == 1 else 'aos'} {day} {'dia' if d == 1 else 'dias'} do mês de {g.pick(MONTHS)} de {ys}"


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
        s = s[:width].rstrip()
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
    """Fixed-width report: values longer than the column are cut at the width (labelled as cut)."""
    doc.t(" ".join(c.ljust(w) for c, w in cols).rstrip() + "\n")
    doc.t(" ".join(rule * w for _, w in cols) + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), (_, w)) in enumerate(zip(r, cols)):
            if k:
                line.t(" ")
            line.cell(v, w, lab)
        base = len(doc.text)
        stripped = line.text.rstrip()
        doc.text += stripped + "\n"
        doc.spans += [{"start": s["start"] + base, "end": s["end"] + base, "label": s["label"]} for s in line.spans]


def gw(p: Person, m: str, f: str) -> str:
    """Gendered word: gw(p, 'o', 'a')."""
    return f if p.female else m



TURMAS = ["Infantil IV A", "Infantil V B", "1º ano A", "2º ano B", "3º ano C", "4º ano A", "5º ano B", "6º ano A",
          "7º ano C", "8º ano B", "9º ano A", "1ª série EM", "2ª série EM - B"]
OCUP_F = ["diarista", "auxiliar de cozinha", "autônoma", "do lar", "vendedora", "técnica de enfermagem", "operadora de caixa",
          "professora", "costureira", "manicure", "agricultora", "cuidadora de idosos", "servidora pública", "estudante", "comerciante"]
OCUP_M = ["pedreiro", "servidor público", "mecânico", "motorista de aplicativo", "vigilante", "agricultor", "autônomo",
          "auxiliar de produção", "eletricista", "comerciante", "estudante", "porteiro", "vendedor"]


def ocup(g: Gen, p: Person) -> str:
    return g.pick(OCUP_F if p.female else OCUP_M)


def kid_turma(g: Gen) -> str:
    return g.pick(TURMAS)


def turma_for(g: Gen, age: int) -> str:
    if age <= 5:
        base = "Infantil IV" if age == 4 else "Infantil V"
    elif age <= 14:
        base = f"{age - 5}º ano"
    else:
        base = f"{min(age - 14, 3)}ª série EM"
    return base + g.pick(["", " A", " B", " C", " - A", " - B"])


def kid_dob_turma(g: Gen, fmt: str | None = None, lo: int = 4, hi: int = 16) -> tuple[str, str, int]:
    """A pupil's birth date and a class that fits the age (school year 2025)."""
    age = g.ri(lo, hi)
    dob = fmt_date(g.ri(1, 28), g.ri(4, 12) if g.chance(0.7) else g.ri(1, 3), 2025 - age - 1 + (1 if g.chance(0.75) else 0),
                   fmt or g.pick(["br", "br", "nopad", "short"]))
    return dob, turma_for(g, age), age


def dates_sorted(g: Gen, n: int, year: int | None = None, fmt: str = "br", lo: int = 32, hi: int = 330) -> list[str]:
    """n increasing dates of one year (day-of-year lo..hi), formatted."""
    import datetime as _dt
    y = year or g.pick([2025, 2025, 2026])
    days = sorted(g.rng.sample(range(lo, hi), n))
    out = []
    for k in days:
        d = _dt.date(y, 1, 1) + _dt.timedelta(days=k)
        out.append(fmt_date(d.day, d.month, d.year, fmt))
    return out


def refmt(iso: str, fmt: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return fmt_date(d, m, y, fmt)


def date_range(g: Gen, days: int, year: int | None = None) -> tuple[str, str]:
    """Two dates `days` apart inside a school year (Feb–Nov)."""
    import datetime as _dt
    y = year or g.pick([2025, 2025, 2026])
    a = _dt.date(y, g.ri(2, 10), g.ri(1, 28))
    b = a + _dt.timedelta(days=days)
    return a.strftime("%d/%m/%Y"), b.strftime("%d/%m/%Y")


# =========================================================================== atendimento

def at_matricula(g: Gen) -> Doc:
    """Enrolment form of a municipal school, read back from the filled PDF (key: value, checkboxes)."""
    doc = Doc()
    mom, dad, kid = g.family()
    school = g.pick(SCHOOLS)
    city, uf = g.city()
    sec = g.person(female=g.chance(0.8))
    doc.f("«sc» — INEP «inep»\nSECRETARIA MUNICIPAL DE EDUCAÇÃO DE «cty»/«uf»\nFICHA DE «tipo» — ANO LETIVO «ano»\n"
          "Nº de controle: «ctl»      Etapa/turma pretendida: «tu»      Turno: «turno»\n\n",
          sc=school.upper() if g.chance(0.5) else school, inep=g.inep(), cty=fold(city).upper(), uf=uf,
          tipo=g.pick(["MATRÍCULA", "MATRÍCULA (ALUNO NOVO)", "REMATRÍCULA"]), ano=g.pick([2025, 2026]),
          ctl=g.pick([f"{g.ri(2025, 2026)}/{g.d(5)}", g.d(6)]), tu=(kdt := kid_dob_turma(g))[1], turno=g.pick(["matutino", "vespertino", "integral"]))
    doc.f("1. DADOS DO(A) ESTUDANTE\nNome completo: «kn»\n", kn=P(g.pick([kid.full, kid.caps, kid.caps_acc])))
    if g.chance(0.15):
        doc.f("Nome social (Res. CNE/CP nº 1/2018): «ns»\n", ns=P(g.pick(["Kaique", "Luna", "Theo", "Ayla", "Davi Lucca", "Maya"]) + " " + kid.last))
    nat, nuf = g.city()
    doc.f("Data de nascimento: «dob»      Sexo: «sx»      Cor/raça (autodeclarada): «cor»\n"
          "Naturalidade: «nat»/«nuf»      Nacionalidade: «nac»\nCertidão de nascimento (matrícula): «cert»\n"
          "CPF: «cpf»      Cartão SUS (CNS): «cns»\n",
          dob=(kdt[0], "DATE_OF_BIRTH"), sx=gw(kid, "M", "F"),
          cor=g.pick(["parda", "preta", "branca", "indígena", "amarela", "não declarada"]), nat=nat, nuf=nuf,
          nac=g.pick(["brasileira", "brasileira", "brasileira", "venezuelana (RNM em anexo)", "haitiana (RNM em anexo)"]),
          cert=g.cert_nasc(2025 - kdt[2]), cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"))
    if g.chance(0.5):
        doc.f("NIS do estudante: «nis»      Beneficiário do Bolsa Família: (x) sim  ( ) não\n", nis=(g.pis(), "BR_PIS"))
    doc.f("Possui deficiência, TEA ou altas habilidades? «defi»\nRestrição alimentar / alergia: «al»\n\n",
          defi=g.pick(["( ) sim (x) não", "(x) sim — TEA, laudo em anexo (CID F84.0)", "( ) sim (x) não", "(x) sim — baixa visão (H54.2)"]),
          al=g.pick(["não", "lactose", "amendoim e castanhas — ver ficha da enfermaria", "corante amarelo tartrazina", "não informado"]))
    doc.t("2. FILIAÇÃO / RESPONSÁVEIS\n")
    doc.f("Mãe: «mn»\n   CPF: «mc»   RG: «mr» «org»/«ruf»   Profissão: «prof»\n   Celular/WhatsApp: «mt»   E-mail: «me»\n",
          mn=P(g.pick([mom.full, mom.caps])), mc=(g.cpf(), "BR_CPF"), mr=(g.rg(), "BR_RG"), org=g.pick(["SSP", "SDS", "SESP", "PC"]),
          ruf=g.pick(UFS), prof=ocup(g, mom), mt=(g.phone(), "PHONE_NUMBER"), me=(g.email(mom), "EMAIL_ADDRESS"))
    if dad is None:
        doc.t("Pai: NÃO DECLARADO NA CERTIDÃO\n")
    else:
        doc.f("Pai: «dn»\n   CPF: «dc»   Celular: «dt»   Profissão: «prof»\n",
              dn=P(g.pick([dad.full, dad.caps])), dc=(g.cpf(), "BR_CPF") if g.chance(0.8) else V("não informado"),
              dt=(g.phone(), "PHONE_NUMBER"), prof=ocup(g, dad))
    doc.f("Responsável legal: (x) mãe  ( ) pai  ( ) outro: ________\n\n3. ENDEREÇO RESIDENCIAL\nLogradouro: «ad»\n"
          "Bairro: «ba»      CEP: «cep»      Município: «cty»/«uf»      Zona: «z»\nPonto de referência: «ref»\n\n",
          ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), cep=(g.cep(g.chance(0.8)), "BR_CEP"), cty=city, uf=uf,
          z=g.pick(["urbana", "urbana", "rural"]),
          ref=g.pick(["em frente ao Mercadinho Bento", "atrás da igreja Nossa Senhora da Luz", "perto da Escola Estadual Prudente de Morais",
                      "rua do posto de saúde", "casa de muro rosa, portão branco", "ao lado da Padaria Vitória"]))
    doc.t("4. PESSOAS AUTORIZADAS A RETIRAR O(A) ESTUDANTE (além dos responsáveis)\n")
    rels = {"avó materna": True, "avô": False, "tia": True, "tio": False, "vizinha": True, "madrinha": True,
            "irmã maior de idade": True, "padrasto": False}
    for rel in g.rng.sample(sorted(rels), g.ri(1, 3)):
        fem = rels[rel]
        a = g.relative(mom, female=fem) if rel in ("avó materna", "tia", "tio", "avô", "irmã maior de idade") else g.person(female=fem)
        doc_kind = g.pick(["RG", "RG", "CNH"])
        doc.f("- «an» («rel») — «dk» «ar» — tel. «at»\n", an=P(g.pick([a.full, a.full, a.caps])), rel=rel, dk=doc_kind,
              ar=(g.rg(), "BR_RG") if doc_kind == "RG" else (g.cnh(), "BR_CNH"), at=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("\n5. TRANSPORTE\n( ) transporte escolar municipal   (x) particular — veículo que fará a retirada: «car» placa «pl»\n",
              car=g.pick(["Fiat Uno prata", "moto Honda CG vermelha", "VW Gol branco", "Chevrolet Onix preto", "van do tio Zé"]),
              pl=(g.plate(), "LICENSE_PLATE"))
    else:
        doc.f("\n5. TRANSPORTE\n(x) transporte escolar municipal — rota «r»   ( ) particular\n", r=f"{g.ri(1, 22):02d}")
    doc.f("\n6. DECLARAÇÕES\nDeclaro serem verdadeiras as informações acima e estar ciente do tratamento dos dados para fins "
          "educacionais (Lei nº 13.709/2018). Autorizo o uso de imagem do(a) estudante em atividades pedagógicas: «img»\n\n"
          "«cty», «d».\n\nAssinatura do(a) responsável: ______________________________\n"
          "Conferido por: «sn» — «role» — em «d2»\n",
          img=g.pick(["(x) sim ( ) não", "( ) sim (x) não"]), cty=city, d=refmt((md := dates_sorted(g, 2, 2025, "iso"))[0], "long"), 
          sn=P(g.pick([sec.full, sec.short])), role=g.pick(["Secretária Escolar", "Agente administrativo", "Auxiliar de secretaria"]),
          d2=refmt(md[1], "br"))
    if g.chance(0.35):
        doc.f("Obs. da secretaria: «o»\n", o=g.pick([
            "falta comprovante de residência atualizado (conta de luz no nome da mãe serve).",
            "certidão apresentada com rasura no verso em branco; pedir 2ª via no cartório.",
            "transferência pendente da escola de origem; aluno frequenta como ouvinte até a guia chegar.",
            "vacinação: caderneta com atraso, encaminhar à UBS (PSE)."]))
    return doc


APP_NAMES = ["Agenda Edu", "ClassApp", "Escola em Casa", "Diário Digital", "EduConecta"]


def at_app(g: Gen) -> Doc:
    """Parent–teacher conversation in a school messaging app (lower case, abbreviations, no accents)."""
    doc = Doc()
    mom, dad, kid = g.family()
    teacher = g.person(female=g.chance(0.85))
    while teacher.first == mom.first:
        teacher = g.person(female=True)
    coord = g.person(female=g.chance(0.7))
    app = g.pick(APP_NAMES)
    turma = kid_turma(g)
    mdisp = g.pick([mom.short, mom.first, fold(mom.short).lower(), mom.full])
    tpre = g.pick(["Prof.ª ", "Professora ", "Prof. "]) if teacher.female else g.pick(["Prof. ", "Professor "])
    roles = g.chance(0.75)  # some apps export the sender as a role, not a name
    MS = V(g.pick(["Responsável", "Família"])) if roles else P(mdisp)
    TP, TS = ("", V(g.pick(["Escola", "Professor(a)", "Turma " + turma]))) if roles else (tpre, P(teacher.first))
    doc.f("«app» • Conversa com responsável • Turma «tu»\nAluno(a): «kn»\n\n", app=app, tu=turma, kn=P(kid.full))
    clock = [g.ri(2, 11), g.ri(2, 20), g.ri(6 * 60 + 30, 9 * 60)]  # month, day, minute of the day

    def soon() -> str:
        return f"{min(clock[1] + g.ri(3, 12), 28):02d}/{clock[0]:02d}"

    def stamp() -> str:
        clock[2] += g.ri(3, 240)
        if clock[2] > 22 * 60:
            clock[1] += g.ri(1, 3)
            clock[2] = g.ri(6 * 60 + 30, 9 * 60)
        return f"[{clock[1]:02d}/{clock[0]:02d} {clock[2] // 60:02d}:{clock[2] % 60:02d}]"

    kf = fold(kid.first).lower()
    msgs = g.rng.sample(range(11), g.ri(3, 4))
    for k in msgs:
        stamp1, stamp2 = stamp(), stamp()
        if k == 0:
            doc.f("«s» «m»: oi prof, «o» «k» nao vai hj ta com febre desde ontem a noite. levo o atestado amanha\n"
                  "«s2» «tp»«t»: Oi, «mf»! Melhoras 🙏 Vou deixar a atividade separada na pasta.\n",
                  s=stamp1, m=MS, o=kid.o, k=P(kf), s2=stamp2, t=TS, tp=TP, mf=P(mom.first) if g.chance(0.4) else "mãe")
        elif k == 1:
            aunt = g.relative(mom, female=True)
            doc.f("«s» «m»: prof hj quem vai buscar «e» é minha irma «a», rg «r». ela vai de moto\n"
                  "«s2» «tp»«t»: Ok, mãe, aviso a portaria. Lembrando que pela regra da escola a autorização precisa vir por aqui mesmo, como você fez 👍\n",
                  s=stamp1, m=MS, e=gw(kid, "ele", "ela"), a=P(g.pick([aunt.low, fold(aunt.short).lower(), aunt.full])),
                  r=(g.rg(g.pick(["dot", "raw"])), "BR_RG"), s2=stamp2, t=TS, tp=TP)
        elif k == 2:
            doc.f("«s» «m»: prof troquei de numero, agora é «p». o outro «p2» nao uso mais, perdi o chip\n"
                  "«s2» «tp»«t»: Anotado! Atualize também na secretaria, por favor, pra não perder os avisos de «w».\n",
                  s=stamp1, m=MS, p=(g.phone(g.pick(["plain", "raw", "dash", "par", "sp"])), "PHONE_NUMBER"),
                  p2=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"), s2=stamp2, t=TS, tp=TP,
                  w=g.pick(["saída antecipada", "reunião", "falta de luz na escola", "passeio"]))
        elif k == 3:
            doc.f("«s» «m»: a blusa de frio «d» sumiu de novo, é azul marinho com o nome «k» escrito na etiqueta. e a garrafinha rosa tbm\n"
                  "«s2» «tp»«t»: Vou procurar no achados e perdidos, «mf». Ontem tinha umas três blusas lá.\n",
                  s=stamp1, m=MS, d=gw(kid, "dele", "dela"), k=P(g.pick([kid.caps, kid.first.upper(), kid.full])),
                  s2=stamp2, t=TS, tp=TP, mf=P(mom.first) if g.chance(0.4) else "mãe")
        elif k == 4:
            other = g.person(female=g.chance(0.5), origin="pt")
            doc.f("«s» «m»: prof «e» chegou chorando dizendo que «oa» «o» ficou chamando «e2» de nomes no recreio de novo. ja é a terceira vez\n"
                  "«s2» «tp»«t»: Mãe, sinto muito. Vou conversar com «ca» «c» ainda hoje e registrar a ocorrência. "
                  "Se preferir, «el» te liga, qual o melhor horário?\n«s3» «m»: depois das 18h, no «p»\n",
                  ca=gw(coord, "o coordenador", "a coordenadora"), el=gw(coord, "ele", "ela"), oa=gw(other, "o", "a"),
                  s=stamp1, m=MS, e=gw(kid, "ele", "ela"), o=P(fold(other.first).lower()), e2=gw(kid, "ele", "ela"),
                  s2=stamp2, t=TS, tp=TP, c=P(g.pick([coord.first, coord.full])) if g.chance(0.5) else "da manhã", s3=stamp(),
                  p=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
        elif k == 5:
            doc.f("«s» Coordenação («c»): Boa tarde, famílias! Reunião de pais e mestres dia «d» às 18h30 no pátio. "
                  "Pauta: recuperação paralela e passeio ao Parque da Cidade. Confirmem presença por aqui.\n"
                  "«s2» «m»: confirmado«d2»\n",
                  s=stamp1, c=P(g.pick([coord.full, coord.short])) if g.chance(0.5) else "pedagógica", d=soon(), s2=stamp2, m=MS,
                  d2=g.pick([", vou eu", " 👍", ", vou com meu esposo", ""]))
            if dad is not None and g.chance(0.6):
                doc.f("«s» «m»: o «dd» pediu pra mandar o link da reuniao no email dele tbm «em»\n",
                      s=stamp2, m=MS, dd=P(fold(dad.first).lower()), em=(g.email(dad), "EMAIL_ADDRESS"))
        elif k == 6:
            doc.f("«s» «m»: prof pode pedir pro financeiro mandar o boleto de «mes» no meu email? «em» , no app nao abre. o boleto ta no meu cpf «cpf»\n"
                  "«s2» «tp»«t»: Mãe, isso é direto com o financeiro (financeiro@ da escola), mas já repassei seu e-mail pra eles.\n",
                  s=stamp1, m=MS, mes=g.pick(MONTHS), em=(g.email(mom), "EMAIL_ADDRESS"), cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                  s2=stamp2, t=TS, tp=TP)
        elif k == 7:
            doc_ = g.person()
            doc.f("«s» «m»: «e» ta tomando amoxicilina de 8 em 8h, a das 14h pode dar ai? mandei na mochila com a receita do dr «dr»«sp»«crm»\n"
                  "«s2» «tp»«t»: Pode sim, vou entregar na enfermaria. Só preciso da autorização assinada (ficha da enfermagem), manda amanhã?\n",
                  s=stamp1, m=MS, e=gw(kid, "ele", "ela"), dr=P(fold(doc_.short).lower()),
                  sp=" " if (wc_ := g.chance(0.5)) else "",
                  crm=(f"crm {g.pick(UFS).lower()} {g.ri(10000, 199999)}", "PROFESSIONAL_ID") if wc_ else "", s2=stamp2, t=TS, tp=TP)
        elif k == 9:
            doc.f("«s» «tp»«t»: Famílias, o passeio ao «lug» custa R$ «v» (ônibus + entrada). Pagamento por Pix para a APM, chave aleatória "
                  "«pix», e o comprovante vem por aqui até «d». A autorização impressa vai na agenda.\n"
                  "«s2» «m»: paguei, o comprovante saiu no nome do «q» pq foi da conta dele\n",
                  s=stamp1, tp=TP, t=TS, lug=g.pick(["Zoológico", "Museu Catavento", "Sítio Flor do Campo", "Planetário", "teatro municipal"]),
                  v=g.pick(["35,00", "42,50", "28,00", "60,00"]), pix=(g.uuid(), "PIX_KEY"), d=soon(), s2=stamp2, m=MS,
                  q=g.pick(["pai dela" if kid.female else "pai dele", "meu marido", "avô", "tio"]))
        elif k == 10:
            doc.f("«s» «m»: prof a gente mudou, o endereço novo é «ad» cep «cep», pode atualizar? o transporte vai mudar a rota?\n"
                  "«s2» «tp»«t»: Vou passar pra secretaria, mãe. A rota quem vê é a Secretaria de Educação, mas já aviso.\n",
                  s=stamp1, m=MS, ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), cep=(g.cep(g.chance(0.7)), "BR_CEP"),
                  s2=stamp2, tp=TP, t=TS)
        else:
            gma = g.relative(mom, female=True)
            doc.f("«s» «gm»: Boa tarde aqui é a avó d«o» «k», «gn». A «mf» pediu pra avisar que hj ela sai mais cedo, 15h eu pego. "
                  "Moro na «ad», se precisar\n«s2» «tp»«t»: Tudo bem, dona «gf»! Vou deixar avisado na portaria.\n",
                  s=stamp1, gm=P(gma.short), o=kid.o, k=P(kid.first), gn=P(g.pick([gma.full, gma.nick if gma.nick != gma.first else gma.full])),
                  mf=P(mom.first) if g.chance(0.4) else "mãe " + gw(kid, "dele", "dela"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), s2=stamp2, t=TS, tp=TP, gf=P(gma.first))
    if g.chance(0.4):
        doc.f("\n— mensagem automática do «app»: conversa arquivada após 30 dias sem interação. Dados tratados conforme a «law».\n",
              app=app, law=g.pick(["LGPD", "Lei 13.709/2018", "política de privacidade da rede"]))
    return doc


def at_transfer(g: Gen) -> Doc:
    """State-school transfer declaration with partial grades, and the parent's request e-mail below."""
    doc = Doc()
    mom, dad, kid = g.family()
    school = g.pick(SCHOOLS)
    dest = g.pick([s for s in SCHOOLS if s != school])
    city, uf = g.city()
    secr, dire = g.person(), g.person(female=g.chance(0.7))
    kdob, _, age = kid_dob_turma(g, g.pick(["br", "long"]), 8, 14)
    serie = f"{age - 5}º"
    doc.f("GOVERNO DO ESTADO — SECRETARIA DA EDUCAÇÃO\nDIRETORIA DE ENSINO — REGIÃO DE «cty»\n«sc»    CIE «cie»    INEP «inep»\n\n"
          "DECLARAÇÃO DE TRANSFERÊNCIA\n\n", cty=fold(city).upper(), sc=fold(school).upper(), cie=g.d(6), inep=g.inep())
    filiacao = Doc()
    doc.f("Declaro, para os devidos fins, que «o» alun«o» «kn», RA «ra», nascid«o» em «dob», filh«o» de «mn»",
          o=kid.o, kn=P(kid.caps), ra=g.ra_sp(), dob=(kdob, "DATE_OF_BIRTH"),
          mn=P(g.pick([mom.caps, mom.full])))
    if dad:
        doc.f(" e de «dn»", dn=P(g.pick([dad.caps, dad.full])))
    doc.f(", esteve regularmente matriculad«o» nesta unidade escolar no «se» ano do Ensino Fundamental em «ano», "
          "sendo transferid«o» a pedido do responsável em «d» para «dest», por motivo de «mot».\n\n",
          o=kid.o, se=serie, ano=g.pick([2025, 2026]), d=g.date("br"), dest=dest,
          mot=g.pick(["mudança de endereço", "mudança de município", "vaga em escola mais próxima da residência", "opção da família"]))
    doc.t("Aproveitamento parcial (1º e 2º bimestres):\n")
    comps = ["Língua Portuguesa", "Matemática", "Ciências", "História", "Geografia", "Arte", "Educação Física", "Inglês"]
    for c in comps:
        doc.t(f"  {c:<20} {g.ri(6, 19) / 2:4.1f}   {g.ri(6, 20) / 2:4.1f}   faltas: {g.ri(0, 9)}\n".replace(".", ","))
    doc.f("Frequência até a data: «fr»%. A Guia de Transferência e o Histórico Escolar serão expedidos no prazo de até 30 (trinta) dias.\n\n"
          "«cty», «d».\n\n«sn»\nSecretári«so» de Escola — RG «sr»\n\n«dn»\nDiretor«do» de Escola — RG «dr»\n\n",
          fr=g.ri(68, 99), cty=city, d=(td := dates_sorted(g, 2, 2025))[1], sn=P(g.pick([secr.full, secr.caps])), so=gw(secr, "o", "a"), sr=(g.rg(), "BR_RG"),
          dn=P(g.pick([dire.full, dire.caps])), do="a" if dire.female else "", dr=(g.rg(), "BR_RG"))
    doc.f("-------- Mensagem encaminhada --------\nDe: «mn» <«me»>\nData: «d»\nAssunto: «subj»\n\n", mn=P(mom.full),
          me=(g.email(mom), "EMAIL_ADDRESS"), d=td[0] + " " + g.hm(),
          subj=g.pick(["transferencia", "pedido de transferência", "Transferência urgente", "declaração p/ nova escola"]))
    named = g.chance(0.5)
    doc.f("«greet» «pre»«mn2»«c2»sou mãe d«o» «kf» do «se» ano. estamos mudando pra «ad», CEP «cep», e preciso da declaracao de "
          "transferencia pra fazer a matricula na «dest». meu cpf é «cpf» se precisar. pode mandar por aqui ou eu busco na secretaria, "
          "meu zap é «p».\n«bye»\n«sig»",
          greet=g.pick(["bom dia,", "Boa tarde.", "Olá,", "boa noite"]), pre="meu nome é " if named else "", mn2=P(g.pick([mom.full, mom.low])) if named else "", c2=", " if named else "", o=kid.o,
          kf=P(g.pick([kid.first, fold(kid.first).lower(), kid.nick])), se=serie, ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), dest=g.pick([dest, "escola de lá", "EMEF do bairro"]), cpf=(g.cpf(), "BR_CPF"),
          p=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"), bye=g.pick(["obrigada", "att", "Grata.", "desde ja agradeço"]),
          sig=P(g.pick([mom.first, mom.short, fold(mom.first).lower()])) if g.chance(0.5) else "")
    doc.t("\n")
    return doc


def at_frequencia(g: Gen) -> Doc:
    """Monthly attendance sheet from the school system (fixed width), with the active-search list below."""
    doc = Doc()
    teacher = g.person()
    coord = g.person(female=True)
    school = g.pick(SCHOOLS)
    mes = g.ri(2, 11)
    doc.f("«sc» — DIÁRIO DE CLASSE ELETRÔNICO\nRELATÓRIO DE FREQUÊNCIA MENSAL — «m»/«y»\nTURMA: «tu»   COMPONENTE: «cp»   PROF.: «tn»\n"
          "Emitido em «d» «h» por usuário «u»\n\n",
          sc=fold(school).upper(), m=fold(MONTHS[mes - 1]).upper(), y=g.pick([2025, 2026]), tu=fold(kid_turma(g)).upper(),
          cp=g.pick(["LINGUA PORTUGUESA", "MATEMATICA", "CIENCIAS", "POLIVALENTE", "HISTORIA"]),
          tn=P(g.pick([teacher.caps, fold(teacher.short).upper()])), d=g.date("br"), h=g.hm(),
          u=g.pick(["sec.escolar01", "diario_" + g.d(4), "coord.ped", "rf" + g.d(7)]))
    pbf = g.chance(0.5)  # the Bolsa Família follow-up layout carries the NIS instead of the RA
    if pbf:
        doc.t("(layout: acompanhamento da condicionalidade de educação — Programa Bolsa Família / Sistema Presença)\n\n")
    cols = [("Nº", 3), ("NOME DO(A) ALUNO(A)", 30), ("DT.NASC.", 10), ("NIS" if pbf else "RA", 14 if pbf else 17), ("AULAS", 5),
            ("FALT", 4), ("%FREQ", 5), ("SIT", 6)]
    rows, low = [], []
    n = g.ri(4, 5)
    pg = g.ri(1, 3)
    off = (pg - 1) * 12 + g.ri(0, 7)
    year = g.ri(2010, 2020)
    for i in range(n):
        mom, dad, kid = g.family()
        aulas = g.ri(18, 24)
        falt = g.ri(0, 3) if g.chance(0.7) else g.ri(5, 14)
        fr = round(100 * (aulas - falt) / aulas)
        nm = kid.caps
        ident = ((g.pis("dot"), "BR_PIS") if g.chance(0.8) else V("-")) if pbf else V(g.ra_sp())
        rows.append([V(f"{off + i + 1:02d}"), P(nm), (g.kid_dob("br", year, year + (1 if g.chance(0.2) else 0)), "DATE_OF_BIRTH"), ident, V(aulas), V(falt), V(fr),
                     V(g.pick(["ATIVO", "ATIVO", "ATIVO", "TRANSF", "REMAN"]) if fr > 74 else "ATIVO")])
        if fr < 75:
            low.append((kid, mom, fr))
    table_fixed(doc, cols, rows)
    doc.f("\nPágina «p» de «q» — total de alunos na turma: «n»   Média de frequência: «m»%\n", p=pg, q=pg + g.ri(0, 1), n=off + n + g.ri(0, 9),
          m=g.ri(81, 95))
    if not low:
        mom, dad, kid = g.family()
        low.append((kid, mom, g.ri(55, 74)))
    doc.f("\nBUSCA ATIVA — alunos com frequência abaixo de 75% (encaminhar à coordenação; após 3 tentativas, FICAI/Conselho Tutelar)\n")
    for kid, mom, fr in low:
        doc.f("* «kn» («fr»%) — resp. «mn» — «p»", kn=P(g.pick([kid.full, kid.short])), fr=fr,
              mn=P(g.pick([mom.full, mom.short])) if g.chance(0.5) else "mãe",
              p=(g.phone(), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f(" / recado c/ vizinha «p2»", p2=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
        doc.f(" — «st»\n", st=g.pick(["liguei 2x, não atende", "mãe disse que está ajudando o pai na banca da feira",
                                     "mudou de endereço? vizinho informou que foram p/ o interior", "doente, atestado chegou hoje (J06.9)",
                                     "sem transporte desde que a rota 07 parou", "visita domiciliar agendada p/ " + g.date("dm")]))
    doc.f("\nCoord. pedagógica: «c»\n", c=P(g.pick([coord.full, coord.short])))
    return doc


def at_onibus(g: Gen) -> Doc:
    """Rural school-bus route list: driver, monitor, vehicle, and the pupils picked up at each stop."""
    doc = Doc()
    city, uf = g.city()
    drv, mon = g.person(female=False), g.person(female=True)
    rota = g.ri(1, 30)
    doc.f("PREFEITURA MUNICIPAL DE «cty» — SECRETARIA MUNICIPAL DE EDUCAÇÃO\nTRANSPORTE ESCOLAR — ROTA «r» («rn»)\n"
          "Veículo: «v» — placa «pl» — «cap» lugares — vistoria DETRAN válida até «vd»\n"
          "Motorista: «dn» — CPF «dc» — CNH «cnh» cat. D — tel. «dt»\nMonitor(a): «mn» — tel. «mt»\nTurno: «tn»  Saída da garagem: «h»\n\n",
          cty=fold(city).upper(), r=f"{rota:02d}",
          rn=g.pick(["Córrego Fundo / Sede", "Assentamento Esperança / Distrito", "Linha Aurora / Centro", "Comunidade Quilombola / EMEF",
                     "Vila Rosa / Escola Estadual"]),
          v=(veh := g.pick([("ônibus Volksbus 15.190 ODR", 44), ("micro-ônibus Marcopolo Volare", 29), ("ônibus Caminho da Escola ORE 1", 59),
                            ("van Renault Master", 16)]))[0],
          pl=(g.plate(), "LICENSE_PLATE"), cap=veh[1], vd=g.date("br"), dn=P(g.pick([drv.full, drv.caps])),
          dc=(g.cpf(), "BR_CPF"), cnh=(g.cnh(), "BR_CNH"), dt=(g.phone(), "PHONE_NUMBER"), mn=P(g.pick([mon.full, mon.short])), mt=(g.phone(), "PHONE_NUMBER"),
          tn=(tn := g.pick(["manhã", "manhã", "tarde"])), h=g.hm(5, 5) if tn == "manhã" else g.hm(10, 10))
    sep = g.pick([" | ", ";"])
    doc.t(sep.join(["PONTO", "HORA", "ALUNO(A)", "DN", "ESCOLA/SÉRIE", "ENDEREÇO / REFERÊNCIA", "RESPONSÁVEL", "CONTATO"]) + "\n")
    hs = g.times(g.ri(4, 6), 5 * 60 + 45, 6 * 60 + 50) if tn == "manhã" else g.times(g.ri(4, 6), 11 * 60, 12 * 60 + 10)
    for i, h in enumerate(hs):
        mom, dad, kid = g.family()
        addr = g.pick([(g.rural(), "ADDRESS"), (g.address("caps"), "ADDRESS"), (g.address(), "ADDRESS"),
                       (g.pick(["Sítio Boa Esperança", "Fazenda Santa Luz", "Chácara Flor do Campo", "Sítio São Bento", "porteira da Fazenda Aurora"]), None)])
        kdob, kturma, kage = kid_dob_turma(g, g.pick(["br", "short"]), 5, 16)
        kschool = ("EMEI" if kage <= 5 else "EMEF" if kage <= 10 else "EE") + "/" + kturma.split(" - ")[0].replace(" ano", "").replace("Infantil", "Inf").replace(" série EM", " EM")
        row = [V(f"P{i + 1:02d}"), V(h), P(g.pick([kid.caps, kid.full])), (kdob, "DATE_OF_BIRTH"),
               V(kschool), addr,
               P(g.pick([mom.short, mom.caps, mom.first])) if g.chance(0.35) else V(g.pick(["mãe", "mãe", "avó", "pai", "tia"])),
               (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER")]
        for k, (v, lab) in enumerate(row):
            if k:
                doc.t(sep)
            doc.e(v, lab)
        doc.t("\n")
    doc.f("\nOcorrências da semana:\n- «o1»\n", o1=g.pick([
        "ponte do Córrego Fundo interditada, alunos do P03 e P04 embarcam na estrada principal",
        "pneu furado na quinta, atraso de 40 min, pais avisados no grupo",
        "aluno do P02 mudou para a cidade, aguardando baixa da secretaria",
        "falta de luz no distrito, escola liberou às 10h",
        "seria prudente trocar o horário da P01, crianças esperando no escuro"]))
    k = g.ri(0, 2)
    if k == 0:
        sb = g.person(female=False)
        doc.f("- motorista substituto na segunda e terça: «sn», CNH «c», tel. «t»\n", sn=P(sb.full), c=(g.cnh(), "BR_CNH"),
              t=(g.phone(), "PHONE_NUMBER"))
    elif k == 1:
        doc.f("- ônibus reserva placa «pl» usado na quarta (o titular foi p/ oficina do «of»)\n", pl=(g.plate(), "LICENSE_PLATE"),
              of=g.pick(["Bento", "Amado", "Zé Prudente", "Rosa Auto Center"]))
    else:
        doc.t("- monitora de atestado dois dias (atestado na pasta), sem substituição\n")
    doc.f("\nFiscal do contrato: «fn» — Setor de Transporte Escolar\n", fn=P(g.person().full) if g.chance(0.4) else "matr. " + g.d(6))
    return doc


def at_secretaria(g: Gen) -> Doc:
    """E-mail thread between a former student and a university's academic secretariat (records, diploma)."""
    doc = Doc()
    st = g.person()
    staff = g.person()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    course = g.pick(COURSES)
    mat = g.matricula()
    st_mail = g.email(st)
    doc.f("De: «sn» <«se»>\nPara: secretaria.academica@«dom»\nData: «d»\nAssunto: «subj»\n\n",
          sn=P(g.pick([st.full, st.short, st.caps])), se=(st_mail, "EMAIL_ADDRESS"), dom=dom, d=(sd := dates_sorted(g, 2, 2026))[0] + " " + g.hm(),
          subj=g.pick(["2ª via histórico + situação do diploma", "URGENTE diploma", "Solicitação de histórico escolar", "diploma ainda nao saiu"]))
    doc.f("«g» sou ex-alun«o» do curso de «c», matrícula «m», colei grau em «cg». Preciso do histórico atualizado e saber se o diploma já foi "
          "registrado, porque «why». Meu CPF é «cpf» e RG «rg»«org». «tl» «p»\n«bye»\n«sig»\n\n",
          g=g.pick(["Boa tarde,", "Prezados, bom dia.", "Olá!", "bom dia"]), o=st.o, c=course, m=mat, cg=g.date("br", 2025),
          why=g.pick(["fui aprovad" + st.o + " num concurso e a posse é mês que vem", "preciso pra inscrição no conselho profissional",
                      "a empresa está cobrando pra efetivação", "vou fazer mestrado fora e pedem o documento"]),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), org=g.pick([" SSP/SP", " SDS-PE", "", " SSP/BA"]),
          tl=g.pick(["Telefone:", "Meu cel:", "Qualquer coisa me liga no"]), p=(g.phone(), "PHONE_NUMBER"),
          bye=g.pick(["Obrigad" + st.o + ".", "Att.,", "Aguardo retorno."]), sig=P(g.pick([st.full, st.first])))
    doc.f("---\nEm «d», Secretaria Acadêmica <secretaria.academica@«dom»> escreveu:\n", d=sd[1], dom=dom)
    proto = g.protocol()
    doc.f("Prezad«o» «sf»,\n\nSua solicitação foi registrada sob o protocolo nº «pr». O diploma foi registrado em «dr» sob o nº «nr», livro «lv», "
          "folha «fl», e está disponível para retirada na Central de Atendimento (Bloco «bl») mediante documento com foto, ou por procurador "
          "com procuração simples. O histórico pode ser emitido no portal do aluno (SIGAA) com a senha institucional.\n"
          "Para conferência do cadastro, confirme a data de nascimento e o endereço para eventual envio pelos Correios.\n\n"
          "Atenciosamente,\n«stn»\n«role» — SIAPE «siape»\nSecretaria Acadêmica — «uni»\n«se2»\n\n",
          o=st.o, sf=P(st.first), pr=proto, dr=g.date("br"), nr=g.ri(10000, 99999), lv=g.ri(3, 40), fl=g.ri(1, 200),
          bl=g.pick(["Aurora", "Prudente de Morais", "A", "da Reitoria"]), stn=P(g.pick([staff.full, staff.short])),
          role=g.pick(["Assistente em Administração", "Técnico(a) em Assuntos Educacionais", "Secretário(a) de curso"]),
          siape=g.d(7), uni=uni, se2=(g.inst_email(staff, dom), "EMAIL_ADDRESS"))
    cty, uf = g.city()
    doc.f("---\nDe: «sn» <«se»>\n«g» «fo»: «dob». Endereço: «ad», «ba», CEP «cep», «cty»/«uf».\n",
          sn=P(st.short), se=(st_mail, "EMAIL_ADDRESS"), g=g.pick(["Obrigad" + st.o + "!", "Ok.", "Perfeito."]),
          fo=g.pick(["Data de nascimento", "Nascimento", "minha data de nasc é"]), dob=(g.dob(lo=1978, hi=2003), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), cty=cty, uf=uf)
    if g.chance(0.4):
        mae = g.relative(st, female=True)
        doc.f("Quem vai retirar é minha mãe, «mn», RG «mr», com procuração.\n", mn=P(mae.full), mr=(g.rg(), "BR_RG"))
    else:
        doc.t("Vou buscar pessoalmente na sexta.\n")
    return doc


def at_sisu(g: Gen) -> Doc:
    """Published waiting-list call (masked CPF, not labelled) and the admissions office's internal document check."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    course = g.pick(COURSES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    doc.f("«u» — PRÓ-REITORIA DE GRADUAÇÃO\nEDITAL Nº «n»/«y» — «proc» — «ch» CHAMADA DA LISTA DE ESPERA\n"
          "Curso: «c» — Campus «cp» — Modalidade «mod»\n\n",
          u=uni.upper(), n=g.ri(3, 90), y=2026, proc=g.pick(["SISU 2026", "VESTIBULAR 2026", "PROCESSO SELETIVO ENEM 2025"]),
          ch=g.pick(["2ª", "3ª", "4ª"]), c=course.upper(), cp=g.pick(["Sede", "Aurora", "Vale do Jatobá", "Prudente"]),
          mod=g.pick(["AC (ampla concorrência)", "L2 (Lei nº 12.711/2012)", "L1", "V4 (PcD)"]))
    doc.t("CLASSIF | INSCRIÇÃO ENEM | NOME | CPF | NOTA\n")
    cands = []
    k = g.ri(1, 40)
    nota = g.ri(700, 820) * 100 + g.ri(0, 99)
    mask = g.ri(0, 1)
    inv = g.chance(0.4)  # some lists print "SURNAME, GIVEN"
    for i in range(g.ri(4, 5)):
        p = g.person()
        cpf = g.cpf_digits()
        cands.append((p, cpf))
        k += g.ri(1, 3)
        nota -= g.ri(10, 900)
        doc.f("«c» | «e» | «n» | «cpf» | «nota»\n", c=k, e=g.enem(), n=P(p.inverted if inv else p.caps),
              cpf=f"***.{cpf[3:6]}.{cpf[6:9]}-**" if mask else f"{cpf[:3]}.***.***-{cpf[9:]}",
              nota=f"{nota // 100},{nota % 100:02d}")
    doc.f("Critério de desempate: maior idade (Lei nº 10.741/2003). Matrícula presencial de «d1» a «d2», 8h às 17h, Bloco «b».\n\n",
          d1=g.date("dm"), d2=g.date("dm"), b=g.pick(["Aurora", "C", "Reitoria"]))
    ana = g.person(female=g.chance(0.6))
    doc.f("=====\nDe: «an» <«ae»>\nPara: coord.«cc»@«dom»\nAssunto: conferência documental — «c» — «ch» chamada (uso interno, não divulgar)\n\n"
          "Segue a conferência dos convocados que compareceram ontem:\n\n",
          an=P(ana.full), ae=(g.inst_email(ana, dom), "EMAIL_ADDRESS"), cc=fold(course.split()[0]).lower(), dom=dom, c=course,
          ch=g.pick(["2ª", "3ª"]))
    for p, cpf in g.rng.sample(cands, g.ri(3, 4)):
        doc.f("«n» — CPF «cpf» — DN «dob» — RG «rg» — título «tit» — «em» — «tel»\n   situação: «st»\n",
              n=P(g.pick([p.full, p.caps])), cpf=(fmt_cpf(cpf) if g.chance(0.8) else cpf, "BR_CPF"),
              dob=(g.dob(g.pick(["br", "br", "nopad"]), 1985, 2008), "DATE_OF_BIRTH"),
              rg=(g.rg(), "BR_RG"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), em=(g.email(p), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
              st=g.pick(["documentação completa, matrícula deferida", "falta certidão de quitação eleitoral (título consta cancelado)",
                         "autodeclaração L2 enviada à banca de heteroidentificação", "histórico do EM sem assinatura do diretor, prazo até sexta",
                         "comprovante de renda pendente (per capita acima de 1 SM?)", "não compareceu — vaga vai p/ próxima chamada"]))
    x = g.pick(cands)[0]
    doc.f("\nObs.: um dos candidatos digitou o CPF «bad» no formulário de matrícula, não confere com a Receita — pedi o comprovante "
          "de inscrição.\n", bad=g.bad_cpf(g.pick(["dot", "raw"])))
    return doc


# =========================================================================== juridico

ESTADO_CIVIL = ["solteira", "casada", "divorciada", "em união estável", "viúva", "separada"]


def qual_mom(g: Gen, doc: Doc, mom: Person, city: str, uf: str) -> None:
    """The usual qualification sentence of a party in a petition."""
    doc.f("«mn», brasileira, «ec», «prof», portadora do RG nº «rg» «org»/«uf» e inscrita no CPF sob o nº «cpf», residente e domiciliada na "
          "«ad», bairro «ba», CEP «cep», «cty»/«uf2», telefone «tel»",
          mn=P(mom.caps), ec=g.pick(ESTADO_CIVIL), prof=ocup(g, mom), rg=(g.rg(), "BR_RG"), org=g.pick(["SSP", "SDS", "SESP"]),
          uf=uf, cpf=(g.cpf("dot"), "BR_CPF"), ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), cty=city,
          uf2=uf, tel=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(", e-mail «em»", em=(g.email(mom), "EMAIL_ADDRESS"))


def ju_creche(g: Gen) -> Doc:
    """Public defender's petition for a daycare place (obrigação de fazer com tutela de urgência)."""
    doc = Doc()
    mom, dad, kid = g.family()
    city, uf = g.city()
    dp = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA VARA DA INFÂNCIA E DA JUVENTUDE DA COMARCA DE «cty»/«uf»\n\n\n"
          "Prioridade de tramitação — art. 152, § 1º, do ECA\n\n",
          cty=fold(city).upper(), uf=uf)
    doc.f("«kn», brasileir«o», menor impúbere, nascid«o» em «dob», inscrit«o» no CPF sob o nº «kc», neste ato representad«o» por sua genitora ",
          kn=P(kid.caps), o=kid.o, dob=(g.kid_dob(g.pick(["br", "long"]), 2021, 2024), "DATE_OF_BIRTH"), kc=(g.cpf("dot"), "BR_CPF"))
    qual_mom(g, doc, mom, city, uf)
    doc.f(", por intermédio da DEFENSORIA PÚBLICA DO ESTADO, vem, respeitosamente, à presença de Vossa Excelência, propor\n\n"
          "AÇÃO DE OBRIGAÇÃO DE FAZER COM PEDIDO DE TUTELA DE URGÊNCIA\n\nem face do MUNICÍPIO DE «cty», pessoa jurídica de direito público "
          "interno, inscrito no CNPJ sob o nº «cnpj», com sede na «sede», pelos fatos e fundamentos a seguir expostos.\n\n"
          "I — DOS FATOS\n\nA genitora inscreveu a criança na lista de espera da rede municipal em «d1» (protocolo nº «pr»), indicando como "
          "primeira opção a unidade «cmei», a mais próxima da residência. Passados «m» meses, a criança permanece na posição «pos» da lista, "
          "sem qualquer previsão de vaga. A genitora «trab», e não possui com quem deixar «o» filh«o»",
          cty=fold(city).upper(), cnpj=(g.cnpj(), "BR_CNPJ"), sede=g.pick(["Praça da Matriz, s/n, Centro", "Avenida Getúlio Vargas, 100, Centro", "Rua Sete de Setembro, 1, Paço Municipal"]),
          d1=g.date("br", 2025), pr=g.protocol(), cmei=g.pick(["CMEI Vitória Régia", "CEI Aurora", "Creche Municipal Flor de Liz", "CMEI Bento Quirino"]),
          m=g.ri(4, 14), pos=g.ri(40, 390),
          trab=g.pick(["trabalha como diarista e foi advertida por faltas", "conseguiu emprego formal com início marcado e corre o risco de perdê-lo",
                       "é estudante do EJA noturno e trabalha durante o dia"]), o=kid.o)
    if dad is not None:
        doc.f(", uma vez que o genitor, «dn», não contribui com os cuidados", dn=P(g.pick([dad.caps, dad.full])))
    doc.t(".\n\n")
    doc.f("II — DO DIREITO\n\nO direito à educação infantil em creche e pré-escola às crianças de até 5 (cinco) anos de idade está assegurado "
          "no art. 208, IV, da Constituição Federal, no art. 54, IV, da Lei nº 8.069/1990 (ECA) e no art. 4º, II, da Lei nº 9.394/1996, "
          "tendo o Supremo Tribunal Federal fixado, no Tema 548 da repercussão geral, que se trata de dever do Poder Público. No mesmo sentido, "
          "os autos nº «cnj», em que este Juízo deferiu a tutela em caso idêntico.\n\n"
          "III — DOS PEDIDOS\n\na) a concessão da tutela de urgência para determinar a matrícula imediata d«o» autor«a» no «cmei» ou em unidade "
          "num raio de até 2 km da residência, sob pena de multa diária de R$ «mu»;\nb) a citação do réu;\nc) a procedência do pedido;\n"
          "d) a concessão da gratuidade de justiça.\n\nDá-se à causa o valor de R$ 1.000,00.\n\n«cty», «d».\n\n«dpn»\nDefensor«a2» Públic«o2» — mat. «mat»\n",
          cnj=g.cnj(), o=kid.o, a="a" if kid.female else "", cmei=g.pick(["CMEI indicado", "CEI Aurora", "CMEI Vitória Régia"]),
          mu=g.pick(["500,00", "1.000,00", "300,00"]), cty=city, d=g.date("long"), dpn=P(g.pick([dp.full, dp.caps])),
          a2="a" if dp.female else "", o2=gw(dp, "o", "a"), mat=f"{g.d(3)}.{g.d(3)}-{g.d(1)}")
    if g.chance(0.35):
        est = g.person()
        doc.f("«en»\nEstagiári«o» de Direito — «oab»\n", en=P(est.full), o=est.o, oab=(f"OAB/{uf} {g.ri(100000, 299999)}-E", "PROFESSIONAL_ID"))
    doc.t("\nROL DE DOCUMENTOS: 1) certidão de nascimento; 2) comprovante de inscrição na fila; 3) comprovante de residência (conta de luz); "
          "4) declaração do empregador; 5) ")
    k = g.ri(0, 2)
    if k == 0:
        doc.f("extrato do CadÚnico (NIS «nis»).\n", nis=(g.pis(), "BR_PIS"))
    else:
        doc.t(["", "carteira de vacinação.\n", "declaração de hipossuficiência.\n"][k])
    return doc


def ju_bullying(g: Gen) -> Doc:
    """DJe publication and judgment in a damages action over bullying at a private school."""
    doc = Doc()
    mom, dad, kid = g.family()
    city, uf = g.city()
    judge = g.person()
    adv1, adv2 = g.person(), g.person()
    school = g.pick(PRIVATE_SCHOOLS)
    proc = g.cnj()
    doc.f("Diário de Justiça Eletrônico — Caderno Judicial — «cty»\n«n»ª Vara Cível\nINTIMAÇÃO DE SENTENÇA — RELAÇÃO Nº «rel»/«y»\n\n"
          "Processo «proc» — Procedimento Comum Cível — Indenização por Dano Moral — Autor: «ini» (menor) — Réu: «sc» — "
          "ADV: «a1» («o1»), «a2» («o2»)\n\n",
          cty=fold(city).upper(), n=g.ri(1, 9), rel=g.d(4), y=g.pick([2025, 2026]), proc=proc, ini=kid.bare_initials,
          sc=fold(school).upper(), a1=P(adv1.caps), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), a2=P(adv2.caps),
          o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    psy = g.person(female=g.chance(0.8))
    t1, t2 = g.person(female=True), g.person()
    doc.f("SENTENÇA\n\nVistos.\n\n«mn», na qualidade de representante legal de «fi» «ini», ajuizou ação de indenização por danos "
          "morais em face de «sc», inscrita no CNPJ sob o nº «cnpj», alegando, em síntese, que «o» menor foi vítima de intimidação sistemática "
          "(bullying) praticada por colegas do «se» ano entre «m1» e «m2» de «y», sem que a instituição adotasse as medidas previstas na Lei nº "
          "13.185/2015. Juntou boletim de ocorrência, prints de mensagens e relatório psicológico.\n\n",
          mn=P(g.pick([mom.full, mom.caps])), o=kid.o, fi=gw(kid, "seu filho menor", "sua filha menor"), ini=kid.bare_initials, sc=school, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          se=g.pick(["6º", "7º", "8º", "9º"]), m1=g.pick(MONTHS[1:5]), m2=g.pick(MONTHS[6:11]), y=g.pick([2023, 2024]))
    doc.f("Citada, a ré apresentou contestação, sustentando ter acionado a família dos agressores e a orientação educacional. "
          "Em audiência de instrução foram ouvidas as testemunhas «t1», professora de «disc», e «t2»«role». "
          "O relatório subscrito pela psicóloga «psy» («crp») descreve quadro ansioso (CID-10 «cid») compatível com os fatos narrados.\n\n"
          "É o relatório. Decido.\n\nA relação entre as partes é de consumo (art. 14 do CDC), respondendo a instituição de ensino objetivamente "
          "pelos danos sofridos pelo aluno sob sua guarda. A professora ouvida confirmou que os episódios eram frequentes e que a coordenação "
          "foi informada por e-mail em «d1», sem resposta efetiva. «word»\n\n",
          t1=P(t1.full), disc=g.pick(["Matemática", "Língua Portuguesa", "Ciências", "Educação Física"]),
          t2=P(t2.full) if (t2n := g.chance(0.5)) else gw(t2, "o inspetor de alunos", "a monitora do recreio"),
          role="" if not t2n else ", " + gw(t2, g.pick(["inspetor de alunos", "pai de colega de turma", "ex-coordenador pedagógico"]),
                          g.pick(["inspetora de alunos", "mãe de colega de turma", "monitora do recreio"])),
          psy=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), cid=g.pick(["F41.1", "F43.2", "F93.8", "F32.1"]),
          d1=g.date("br", 2024),
          word=g.pick(["Não seria prudente, ademais, exigir da família prova diversa da produzida.",
                       "A escola, aliás, mantém o programa “Escola da Paz e da Luz”, que não foi acionado no caso.",
                       "O fato de a escola ter vencido o prêmio Aurora de Boas Práticas em 2022 não afasta o dever de vigilância."]))
    doc.f("Ante o exposto, JULGO PROCEDENTE o pedido para condenar a ré ao pagamento de R$ «val» a título de danos morais, corrigidos pela "
          "tabela do TJ«uf» desde esta data e com juros de 1% ao mês desde a citação. Custas e honorários de 15% pela ré.\n\n"
          "P.R.I. — «cty», «d».\n\n«jn2»\nJuiz(a) de Direito\n",
          val=g.pick(["8.000,00", "10.000,00", "15.000,00", "20.000,00", "5.000,00"]), uf=uf, cty=city, d=g.date("br"),
          jn2=P(judge.full))
    if g.chance(0.5):
        doc.f("\n(Documento assinado digitalmente. Autos relacionados: «cnj» — execução de honorários.)\n", cnj=g.cnj())
    return doc


def ju_ficai(g: Gen) -> Doc:
    """FICAI — school's referral of a chronically absent pupil to the Conselho Tutelar."""
    doc = Doc()
    mom, dad, kid = g.family()
    city, uf = g.city()
    school = g.pick(SCHOOLS)
    orient = g.person(female=g.chance(0.8))
    cons = g.person()
    kdt = kid_dob_turma(g, lo=6, hi=15)
    doc.f("FICAI — FICHA DE COMUNICAÇÃO DO(A) ALUNO(A) INFREQUENTE    Nº «n»/«y»\n\n1. ESCOLA\n«sc» — «cty»/«uf» — INEP «inep»\n\n"
          "2. ALUNO(A)\nNome: «kn»\nData de nascimento: «dob»    Turma: «tu»    Turno: «tn»\n",
          n=f"{g.ri(1, 120):03d}", y=g.pick([2025, 2026]), sc=school, cty=city, uf=uf, inep=g.inep(), kn=P(g.pick([kid.full, kid.caps])),
          dob=(kdt[0], "DATE_OF_BIRTH"), tu=kdt[1], tn=g.pick(["manhã", "tarde"]))
    if g.chance(0.6):
        doc.f("NIS: «nis»   (família beneficiária — condicionalidade de frequência do Programa Bolsa Família)\n", nis=(g.pis(), "BR_PIS"))
    doc.f("\n3. RESPONSÁVEIS\nMãe: «mn» — CPF «mc» — tel. «mt»\n", mn=P(mom.full), mc=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não informado"),
          mt=(g.phone(), "PHONE_NUMBER"))
    if dad:
        doc.f("Pai: «dn» — tel. «dt»\n", dn=P(dad.full), dt=(g.phone(), "PHONE_NUMBER") if g.chance(0.7) else V("não informado"))
    doc.f("Endereço: «ad» — «ba» — CEP «cep»\n\n4. FALTAS\n", ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), ba=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"))
    y = g.pick([2025, 2026])
    nf = g.ri(1, 3)
    ds = dates_sorted(g, 2 * nf + 5, y, lo=40, hi=300)
    for k in range(nf):
        doc.f("- «a» a «b»: «n» faltas«c», sem justificativa\n", a=ds[2 * k], b=ds[2 * k + 1], n=g.ri(5, 20),
              c=g.pick([" consecutivas", "", " (dias letivos)"]))
    later = [x[:5] for x in ds[2 * nf:]]
    sib = g.child_of(mom, dad)
    doc.f("\n5. PROVIDÊNCIAS DA ESCOLA\n- «d1»: ligação para «p» — «r1»\n- «d2»: bilhete enviado pel«ir»«c1»«irm»«c2» do «s» ano\n"
          "- «d3»: visita domiciliar d«ori» «on» — «r2»\n\n",
          ir=gw(sib, "o irmão", "a irmã"), ori=gw(orient, "o orientador", "a orientadora"),
          d1=later[0], p=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"),
          r1=g.pick(["caixa postal", "número não existe", "mãe atendeu, disse que ia mandar", "atendeu a avó, recado deixado"]),
          d2=later[1], c1=", " if (nm_ := g.chance(0.5)) else "", irm=P(sib.first) if nm_ else "", c2="," if nm_ else "", s=g.pick(["2º", "4º", "8º"]), d3=later[2],
          on=P(g.pick([orient.full, orient.short])),
          r2=g.pick(["ninguém em casa, vizinha informou que a família viajou para o interior",
                     "a criança estava em casa cuidando do irmão menor enquanto a mãe trabalha",
                     "mãe relatou que " + gw(kid, "o aluno", "a aluna") + " sofre bullying e se recusa a ir",
                     "casa fechada; vizinho disse que o pai leva " + gw(kid, "o menino", "a menina") + " para trabalhar na feira"]))
    doc.f("6. ENCAMINHAMENTO AO CONSELHO TUTELAR\nEsgotadas as medidas da escola, encaminha-se ao Conselho Tutelar («art»).\n"
          "Diretor(a): «dir»    Data: «d»\n\nRECEBIDO EM «d2» POR: «cn» — Conselheir«o» Tutelar — tel. plantão «cp»\n",
          art=g.pick(["art. 56, II, do ECA", "Lei nº 8.069/1990, art. 56", "art. 12, VIII, da Lei nº 9.394/1996"]),
          dir=P(g.person().full) if g.chance(0.5) else "(assinado)", d=ds[-2], d2=ds[-1], cn=P(g.pick([cons.full, cons.caps])), o=cons.o,
          cp=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("Despacho do CT: aplicar art. 101, I e II; requisitar atendimento no CRAS «cras». Reavaliar em 30 dias. «cn»\n",
              cras=g.pick(["Esperança", "Vila Rosa", "Centro", "Aurora"]), cn=P(cons.first))
    return doc


def ju_disciplinar(g: Gen) -> Doc:
    """Minutes of a hearing in a university's student disciplinary proceeding."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    st = g.person()
    pres, m1, m2 = g.person(), g.person(), g.person()
    adv = g.person()
    course = g.pick(COURSES)
    doc.f("«u»\nCOMISSÃO DE PROCESSO DISCIPLINAR DISCENTE\nProcesso SEI nº «sei» — Portaria nº «po»/«y»-GR\n\nATA DE OITIVA DO DISCENTE\n\n",
          u=uni.upper(), sei=g.sei(), po=g.ri(100, 999), y=(ano := g.pick([2025, 2026])))
    doc.f("«wd», às «h», na sala «sala» do Bloco «bl», reuniu-se a Comissão designada pela portaria em epígrafe, composta pelos servidores "
          "«p1» (presidente, SIAPE «s1»), «p2» (SIAPE «s2») e «p3» (SIAPE «s3»), para a oitiva d«o» discente «sn», matrícula «mat», CPF «cpf», RG «rg», "
          "regularmente matriculad«o» no curso de «c», ",
          wd=written_date(g, ano).capitalize(), h=g.hm(8, 17), sala=g.ri(1, 30), bl=g.pick(["Prudente de Morais", "B", "Aurora", "da Reitoria"]),
          p1=P(pres.full), s1=g.d(7), p2=P(m1.full), s2=g.d(7), p3=P(m2.full), s3=g.d(7), o=st.o, sn=P(st.caps), mat=g.matricula(),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), c=course)
    if g.chance(0.7):
        doc.f("acompanhad«o» de «sa», «an», «oab». ", o=st.o, sa=gw(adv, "seu advogado", "sua advogada"), an=P(adv.full),
              oab=(g.council("OAB"), "PROFESSIONAL_ID"))
    else:
        doc.t("que dispensou a presença de advogado, ciente do direito. ")
    fatos = [
        ("a suposta prática de plágio no Trabalho de Conclusão de Curso, apontada pelo software de similaridade (78%)",
         "desconhecia as regras de citação da ABNT e pede nova oportunidade"),
        (f"a participação em trote com constrangimento a calouros na recepção de {g.date('br')}",
         "não estava presente no dia, e sim no estágio no Hospital Bento Amado"),
        ("a alegada inconsistência na autodeclaração étnico-racial apresentada no ingresso pela Lei nº 12.711/2012",
         "se reconhece como pard" + st.o + " desde sempre e junta fotos de família"),
        ("a divulgação, em grupo de mensagens, de fotos de colegas sem autorização",
         "as fotos foram tiradas em evento público no Auditório Aurora"),
    ]
    fato, dec = g.pick(fatos)
    doc.f("Apurou-se «f». Indagad«o» sobre os fatos, «o» discente declarou: que reside na «ad», «cty», CEP «cep», telefone «tel»; que seu e-mail institucional é «ie» e "
          "o pessoal «pe»; que «dec». A representante da coordenação«rep» esclareceu que a denúncia foi recebida pela ouvidoria "
          "sob o nº «ouv». A defesa requereu a juntada de «junt».\n\n",
          f=fato, o=st.o, ad=(g.address(), "ADDRESS"), cty=g.city()[0], cep=(g.cep(), "BR_CEP"), tel=(g.phone(), "PHONE_NUMBER"), ie=(g.inst_email(st, "aluno." + dom), "EMAIL_ADDRESS"),
          pe=(g.email(st), "EMAIL_ADDRESS"),
          dec=dec,
          rep=", presente à sessão,", ouv=g.protocol(), junt=g.pick(["declaração de frequência no estágio", "laudo psicológico", "prints de conversas"]))
    if g.chance(0.4):
        doc.f("Nada mais havendo, encerrou-se a oitiva, lavrando-se a presente ata, que vai assinada por todos.\n\n«p1»\n«p2»\n«p3»\n«sn»\n",
              p1=P(pres.short), p2=P(m1.short), p3=P(m2.short), sn=P(st.full))
    else:
        doc.t("Nada mais havendo, encerrou-se a oitiva, lavrando-se a presente ata, assinada eletronicamente pelos presentes no SEI.\n")
    if g.chance(0.5):
        doc.f("\nCertidão: a ata foi enviada «ao» discente em «d» para o e-mail «ie», às «h» (IP de acesso ao SEI: «ip»).\n",
              ao=gw(st, "ao", "à"), d=g.date("br", ano), ie=(g.inst_email(st, "aluno." + dom), "EMAIL_ADDRESS"), h=g.hm(), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def ju_cep(g: Gen) -> Doc:
    """Research-ethics opinion (Plataforma Brasil style) with the research team block of the cover sheet."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    pi = g.person()
    coord = g.person()
    title = g.pick(["Prevalência de sobrepeso e obesidade em escolares da rede municipal de «c»",
                    "Bullying, sono e desempenho escolar em adolescentes do ensino fundamental II",
                    "Saúde mental de professores da educação básica após o retorno presencial",
                    "Letramento em saúde de pais de crianças com TEA atendidas no AEE",
                    "Uso de telas e desenvolvimento da linguagem na educação infantil"]).replace("«c»", g.city()[0])
    doc.f("«u»\nCOMITÊ DE ÉTICA EM PESQUISA COM SERES HUMANOS\n\nPARECER CONSUBSTANCIADO DO CEP\n\nDADOS DO PROJETO DE PESQUISA\n\n"
          "Título da Pesquisa: «t»\nPesquisador: «pi»\nÁrea Temática:\nVersão: «v»\nCAAE: «caae»\nInstituição Proponente: «u2»\n"
          "Patrocinador Principal: «pat»\n\nDADOS DO PARECER\n\nNúmero do Parecer: «np»\n\n",
          u=uni.upper(), t=title, pi=P(g.pick([pi.caps, pi.full])), v=g.ri(1, 4), caae=g.caae(), u2=uni,
          pat=g.pick(["Financiamento Próprio", "CNPq", "FAPESP", "Fundação Bento Prudente de Amparo à Pesquisa"]),
          np=f"{g.ri(5, 7)}.{g.d(3)}.{g.d(3)}")
    n = g.ri(80, 1200)
    doc.f("Apresentação do Projeto:\nEstudo transversal com «n» participantes de «k» escolas. Critérios de inclusão: idade entre «a» e «b» anos, "
          "assentimento do participante e TCLE assinado pelo responsável. Exclusão: diagnóstico prévio de «cid».\n\n"
          "Riscos e benefícios:\nRiscos mínimos (constrangimento ao responder o questionário). Os dados serão pseudonimizados e guardados por 5 anos, "
          "conforme a Resolução CNS nº 466/2012 e a Lei nº 13.709/2018.\n\n",
          n=n, k=g.ri(3, 18), a=g.ri(4, 11), b=g.ri(12, 17), cid=g.pick(["F84.0 (TEA)", "E10 (DM1)", "Q90 (síndrome de Down)", "G40 (epilepsia)"]))
    doc.t("Equipe de pesquisa (folha de rosto):\n")
    doc.f("- Pesquisador(a) responsável: «n» — CPF «cpf» — Currículo Lattes: «lat» — «em» — «tel»\n",
          n=P(pi.full), cpf=(g.cpf(), "BR_CPF"), lat=g.lattes(), em=(g.pick([g.inst_email(pi, dom), g.email(pi)]), "EMAIL_ADDRESS"),
          tel=(g.phone(), "PHONE_NUMBER"))
    for role in g.rng.sample(["Assistente (mestranda)", "Assistente (doutorando)", "Coorientador(a)", "Bolsista de IC", "Colaborador(a) externo(a)"], g.ri(1, 3)):
        m = g.person()
        doc.f("- «r»: «n» — CPF «cpf» — Lattes: «lat» — «em»\n", r=role, n=P(g.pick([m.full, m.caps])), cpf=(g.cpf(), "BR_CPF"), lat=g.lattes(),
              em=(g.pick([g.inst_email(m, dom), g.email(m)]), "EMAIL_ADDRESS"))
    doc.f("\nConclusões ou Pendências e Lista de Inadequações:\n«pend»\n\nSituação do Parecer: «sit»\nNecessita Apreciação da CONEP: Não\n\n"
          "«cty», «d»\n\nAssinado por:\n«cn»\n(Coordenador(a))\n",
          pend=g.pick(["1) Incluir no TCLE o telefone e o e-mail do CEP (cep@ da instituição) e o endereço completo do pesquisador. Pendência atendida.",
                       "Sem pendências. Recomenda-se que os questionários sejam aplicados fora do horário de aula.",
                       "2) O cronograma previa coleta antes da aprovação; corrigido na versão atual.",
                       "Adequar o termo de assentimento à linguagem da faixa etária (ver Res. CNS nº 510/2016)."]),
          sit=g.pick(["Aprovado", "Aprovado", "Pendente"]), cty=g.city()[0], d=refmt((cd := dates_sorted(g, 3, 2025, "iso"))[2], "long"),
          cn=P(g.pick([coord.full, coord.caps, coord.initials])))
    doc.f("\n— Histórico de submissões: versão «v» submetida em «d» às «h» por «login» (IP «ip»); aceite da instituição coparticipante "
          "assinado em «d2».\n",
          v=g.ri(1, 4), d=refmt(cd[0], "br"), h=g.hm(), login=fold(pi.first).lower() + "." + fold(pi.last).lower().replace(" ", ""),
          ip=(g.ip(), "IP_ADDRESS"), d2=refmt(cd[1], "br"))
    return doc


CONCEDENTES = ["Construtora Aurora Ltda", "Hospital Bento Amado S.A.", "Escritório Quintela & Feitosa Advogados",
               "Agropecuária Rosa Branca Ltda", "Cooperativa de Crédito Vale do Jatobá", "Prefeitura Municipal de Esperança",
               "Farmácias Vitória Ltda", "Nakamura Tecnologia Ltda", "Laboratório Luz Diagnósticos", "Escola Prudente de Educação Infantil"]


def ju_tce(g: Gen) -> Doc:
    """Internship agreement (TCE) between university, host company and student, with the e-signature audit trail."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    conc = g.pick(CONCEDENTES)
    st = g.person()
    coord, rep, sup, ori = g.person(), g.person(), g.person(), g.person()
    course = g.pick(COURSES)
    sup_council = {"Engenharia Civil": "CREA", "Direito": "OAB", "Enfermagem": "COREN", "Medicina": "CRM", "Psicologia": "CRP",
                   "Nutrição": "CRN", "Serviço Social": "CRESS", "Fisioterapia": "CREFITO", "Administração": "CRC",
                   "Agronomia": "CREA", "Pedagogia": None, "Letras - Português": None, "Ciências Biológicas": None,
                   "Ciência da Computação": None, "História": None, "Educação Física": None, "Odontologia": None,
                   "Farmácia": None}[course]
    doc.f("TERMO DE COMPROMISSO DE ESTÁGIO «ob» — TCE nº «n»/«y»\n(Lei nº 11.788, de 25 de setembro de 2008)\n\n"
          "INSTITUIÇÃO DE ENSINO: «u», inscrita no CNPJ sob o nº «c1», neste ato representada por «cn», Coordenador(a) de Estágios.\n\n"
          "UNIDADE CONCEDENTE: «conc», CNPJ «c2», com sede na «sede», representada por «rn».\n\n",
          ob=g.pick(["OBRIGATÓRIO", "NÃO OBRIGATÓRIO"]), n=g.d(5), y=g.pick([2025, 2026]), u=uni, c1=(g.cnpj(), "BR_CNPJ"),
          cn=P(coord.full), conc=conc, c2=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"),
          sede=g.pick(["Avenida Bento Gonçalves, 1200, Centro", "Rua Prudente de Morais, 45, sala 3", "Rodovia BR-116, km 22", "Rua Aurora, 10"]),
          rn=P(g.pick([rep.full, rep.caps])))
    doc.f("ESTAGIÁRI«O»: «sn», CPF «cpf», RG «rg», nascid«o2» em «dob», residente na «ad», CEP «cep», telefone «tel», e-mail «em», "
          "regularmente matriculad«o2» no «p»º período do curso de «c», matrícula «mat».\n\n",
          O=gw(st, "O", "A"), sn=P(st.caps), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o2=st.o,
          dob=(g.dob(g.pick(["br", "long", "nopad"]), 1996, 2006), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          tel=(g.phone(), "PHONE_NUMBER"), em=(st_mail := g.email(st), "EMAIL_ADDRESS"), p=g.ri(3, 9), c=course, mat=g.matricula())
    doc.f("CLÁUSULA PRIMEIRA — O estágio será realizado de «d1» a «d2», com jornada de «h» horas diárias e 30 semanais, compatível com o horário escolar.\n"
          "CLÁUSULA SEGUNDA — A concedente pagará bolsa-auxílio mensal de R$ «b» e auxílio-transporte de R$ «at», mediante crédito na conta do(a) "
          "estagiário(a): banco «bk», agência «ag», conta «cc».\n"
          "CLÁUSULA TERCEIRA — O(a) estagiário(a) estará segurado(a) contra acidentes pessoais pela apólice nº «ap», da Vitória Seguros S.A.\n"
          "CLÁUSULA QUARTA — Supervisor(a) na concedente: «sup»",
          d1=(per := date_range(g, g.pick([180, 181, 364, 365])))[0], d2=per[1], h=g.pick([4, 6]), b=g.pick(["800,00", "1.100,00", "1.412,00", "1.650,00", "2.000,00"]),
          at=g.pick(["150,00", "220,00", "9,00/dia"]), bk=g.pick(["001", "104", "237", "341", "260 (Nu Pagamentos)", "077"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), ap=g.neg(g.pick([10, 12, 13])), sup=P(sup.full))
    if sup_council:
        doc.f(", «pid»", pid=(g.council(sup_council), "PROFESSIONAL_ID"))
    doc.f("; professor(a) orientador(a): «ori».\n\nE, por estarem de acordo, as partes assinam eletronicamente.\n\n"
          "— Trilha de auditoria —\n", ori=P(g.pick([ori.full, ori.caps])))
    signers = [(coord, g.inst_email(coord, dom)), (rep, g.inst_email(rep, "".join(w for w in fold(conc).lower().split()[:2] if w.isalpha()) + ".com.br")), (st, st_mail)]
    sdates = dates_sorted(g, 3, 2025)
    named = g.chance(0.35)
    for (p, mail), sd in zip(signers, sdates):
        if named:
            doc.f("«n» (", n=P(p.full))
        doc.f("«m»«c» — assinou em «d» às «h» — IP «ip»\n", m=(mail, "EMAIL_ADDRESS"), c=")" if named else "", d=sd,
              h=g.hm() + ":" + f"{g.ri(0, 59):02d}", ip=(g.ip(private=g.chance(0.15)), "IP_ADDRESS"))
    doc.f("Documento «h» · hash SHA-256 «sha»\n", h=g.hexs(8).upper(), sha=g.hexs(64))
    return doc


def ju_diploma(g: Gen) -> Doc:
    """Digital diploma XML (MEC schema-like) with a validation note from the registrar's team."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    st = g.person()
    course = g.pick(COURSES)
    reitor, sec = g.person(), g.person()
    cty, uf = g.city()
    ind = "  "
    doc.f('<?xml version="1.0" encoding="UTF-8"?>\n<Diploma xmlns="https://portal.mec.gov.br/diplomadigital/arquivos-em-xsd">\n'
          '«i»<infDiploma versao="1.05" ID="VDip«id»">\n«i»«i»<DadosDiploma>\n«i»«i»«i»<Diplomado>\n'
          '«i»«i»«i»«i»<ID>«sid»</ID>\n«i»«i»«i»«i»<Nome>«n»</Nome>\n',
          i=ind, id=g.d(44), sid=g.d(8), n=P(g.pick([st.full, st.caps_acc])))
    if g.chance(0.15):
        doc.f("«i»«i»«i»«i»<NomeSocial>«ns»</NomeSocial>\n", i=ind, ns=P(g.pick(["Ayla", "Théo", "Maya", "Caetano"]) + " " + st.last))
    doc.f("«i»«i»«i»«i»<Sexo>«sx»</Sexo>\n«i»«i»«i»«i»<Nacionalidade>«nac»</Nacionalidade>\n"
          "«i»«i»«i»«i»<Naturalidade><CodigoMunicipio>«cm»</CodigoMunicipio><NomeMunicipio>«cty»</NomeMunicipio><UF>«uf»</UF></Naturalidade>\n"
          "«i»«i»«i»«i»<CPF>«cpf»</CPF>\n«i»«i»«i»«i»<RG><Numero>«rg»</Numero><OrgaoExpedidor>«org»</OrgaoExpedidor><UF>«uf»</UF></RG>\n"
          "«i»«i»«i»«i»<DataNascimento>«dob»</DataNascimento>\n«i»«i»«i»</Diplomado>\n"
          "«i»«i»«i»<DataConclusao>«dc»</DataConclusao>\n«i»«i»«i»<DadosCurso>\n«i»«i»«i»«i»<NomeCurso>«c»</NomeCurso>\n"
          "«i»«i»«i»«i»<CodigoCursoEMEC>«emec»</CodigoCursoEMEC>\n«i»«i»«i»«i»<Titulacao>«tit»</Titulacao>\n«i»«i»«i»</DadosCurso>\n"
          "«i»«i»«i»<IesEmissora>\n«i»«i»«i»«i»<Nome>«u»</Nome>\n«i»«i»«i»«i»<CodigoMEC>«mec»</CodigoMEC>\n«i»«i»«i»«i»<CNPJ>«cnpj»</CNPJ>\n"
          "«i»«i»«i»</IesEmissora>\n«i»«i»</DadosDiploma>\n«i»«i»<DadosRegistro>\n"
          "«i»«i»«i»<LivroRegistro><LivroRegistro>«lv»</LivroRegistro><NumeroRegistro>«nr»</NumeroRegistro>"
          "<ProcessoDoDiploma>«proc»</ProcessoDoDiploma><DataColacaoGrau>«dcg»</DataColacaoGrau><DataExpedicaoDiploma>«dex»</DataExpedicaoDiploma>"
          "<DataRegistroDiploma>«drg»</DataRegistroDiploma>\n«i»«i»«i»«i»<ResponsavelRegistro><Nome>«rn»</Nome><CPF>«rc»</CPF>"
          "<IDouNumeroMatricula>«rm»</IDouNumeroMatricula></ResponsavelRegistro>\n«i»«i»«i»</LivroRegistro>\n«i»«i»</DadosRegistro>\n",
          i=ind, sx=gw(st, "M", "F"), nac="Brasileira", cm=g.d(7), cty=cty, uf=uf, cpf=(g.cpf("raw"), "BR_CPF"), rg=(g.rg("raw"), "BR_RG"),
          org=g.pick(["SSP", "SDS", "DETRAN", "PC"]), dob=(g.dob("iso", 1975, 2003), "DATE_OF_BIRTH"), dc=(dd := dates_sorted(g, 5, 2025, "iso"))[0], c=course,
          emec=g.d(7), tit=g.pick(["Bacharel", "Licenciado", "Bacharela", "Licenciada"]), u=uni, mec=g.d(4), cnpj=(g.cnpj("raw"), "BR_CNPJ"),
          lv=g.ri(1, 40), nr=g.d(6), proc=g.sei(), dcg=dd[1], dex=dd[2], drg=dd[3], rn=P(sec.full),
          rc=(g.cpf("raw"), "BR_CPF"), rm=g.d(7))
    doc.f("«i»«i»<Assinantes>\n«i»«i»«i»<Assinante><CPF>«c1»</CPF><Cargo>Reitor</Cargo></Assinante>\n"
          "«i»«i»«i»<Assinante><CPF>«c2»</CPF><Cargo>Secretário de Registro</Cargo></Assinante>\n«i»«i»</Assinantes>\n«i»</infDiploma>\n</Diploma>\n",
          i=ind, c1=(g.cpf("raw"), "BR_CPF"), c2=(g.cpf("raw"), "BR_CPF"))
    an = g.person()
    doc.f("\n<!-- validador: «msg» — «an», «d» -->\n",
          msg=g.pick(["assinatura AD-RA do reitor expirada, reassinar lote", "OK, publicado no repositório",
                      "DataNascimento diverge do SIGAA, conferir com a certidão", "nome com acento faltando no livro físico; manter o do XML"]),
          an=P(g.pick([an.short, an.first])), d=refmt(dd[4], "br"))
    return doc


# =========================================================================== saude

COMPLAINTS = [
    ("queda no recreio, escoriação no joelho D", "limpeza com SF 0,9% + curativo", None),
    ("cefaleia desde a 2ª aula, T 37,9 °C", "repouso, compressa fria; dipirona conforme autorização arquivada", "R51"),
    ("dor abdominal e náusea após o lanche", "observação 30 min, sem melhora", "R10.4"),
    ("sangramento nasal espontâneo", "compressão digital 10 min, cessou", "R04.0"),
    ("crise de asma leve na educação física", "bombinha própria (salbutamol 2 jatos) com espaçador", "J45.9"),
    ("placas avermelhadas nos braços após contato com a tinta da aula de arte", "lavagem, sem sinais de gravidade", "L50.0"),
    ("torção do tornozelo E no futsal", "gelo, elevação, imobilização provisória", "S93.4"),
    ("olho vermelho com secreção", "retirado(a) da sala até avaliação médica (suspeita de conjuntivite)", "H10.9"),
    ("febre 38,4 °C e dor de garganta", "antitérmico autorizado; aguardando responsável", "J03.9"),
    ("picada de abelha na horta, edema local", "gelo; histórico de alergia negado pela ficha", "T63.4"),
    ("vômito 2x na sala", "hidratação oral, observação", "R11"),
]


def later(g: Gen, hm: str, lo: int = 5, hi: int = 90) -> str:
    m = int(hm[:2]) * 60 + int(hm[3:]) + g.ri(lo, hi)
    m = min(m, 18 * 60 + 30)
    return f"{m // 60:02d}:{m % 60:02d}"


def sa_enfermaria(g: Gen) -> Doc:
    """A school nurse's daily log (time | pupil | class | complaint | conduct | who was called)."""
    doc = Doc()
    school = g.pick(PRIVATE_SCHOOLS[:3] + SCHOOLS)
    nurse = g.person(female=g.chance(0.85))
    uf = g.pick(UFS)
    doc.f("«sc» — ENFERMARIA ESCOLAR\nLIVRO DE REGISTRO DE ATENDIMENTOS — «d»\nEnfermeir«o» responsável: «nn» — «coren»\n\n",
          sc=school, d=g.date("br"), o=nurse.o, nn=P(g.pick([nurse.full, nurse.short])), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    hs = g.times(g.ri(3, 5), 7 * 60 + 20, 17 * 60)
    for h in hs:
        mom, dad, kid = g.family()
        comp, cond, cid = g.pick(COMPLAINTS)
        dob, turma, _ = kid_dob_turma(g)
        doc.f("«h» | «kn» | «tu» | «c» | «cd»", h=h, kn=P(g.pick([kid.full, kid.short, kid.caps])), tu=turma.replace(" ano", "º").replace("ºº", "º"),
              c=comp, cd=cond)
        if cid and g.chance(0.4):
            doc.f(" (CID «cid»)", cid=cid)
        k = g.ri(0, 3)
        if k == 0:
            if g.chance(0.5):
                doc.f(" | mãe («mn») avisada por tel. «p» às «h2»\n", mn=P(mom.first), p=(g.phone(), "PHONE_NUMBER"), h2=later(g, h, 2, 20))
            else:
                doc.f(" | mãe avisada por tel. «p» às «h2»\n", p=(g.phone(), "PHONE_NUMBER"), h2=later(g, h, 2, 20))
        elif k == 1:
            who = dad or g.relative(mom)
            if g.chance(0.5):
                doc.f(" | «r» buscou às «h2» (RG «rg» conferido na portaria)\n", r=P(who.full), h2=later(g, h, 20, 90), rg=(g.rg(), "BR_RG"))
            else:
                doc.f(" | «r» buscou às «h2» (RG «rg» conferido na portaria)\n", r="pai" if dad else "tio", h2=later(g, h, 20, 90), rg=(g.rg(), "BR_RG"))
        elif k == 2:
            doc.f(" | retornou à sala\n")
        else:
            doc.f(" | sem contato c/ resp. («p» caixa postal); recado p/ avó no «p2»\n", p=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"),
                  p2=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    mom, dad, kid = g.family()
    doc.f("\nObs.: «kn» («tu») usa pulseira de alergia a «al» — a cantina foi avisada de novo; a mãe«mn» pediu que o cardápio "
          "da «ev» seja enviado antes para o e-mail «em».\n",
          kn=P(g.pick([kid.first, kid.full])), tu=kid_dob_turma(g)[1], al=g.pick(["amendoim", "proteína do leite de vaca", "camarão", "ovo", "corante"]),
          mn="", ev=g.pick(["festa junina", "semana da criança", "festa das flores", "gincana"]), em=(g.email(mom), "EMAIL_ADDRESS"))
    if g.chance(0.3):
        tec = g.person(female=g.chance(0.8))
        doc.f("Passagem de plantão às «h» para «tn» («coren»).\n", h=g.hm(12, 13), tn=P(tec.full), coren=(g.council(g.pick(["COREN", "COREN_TE"]), uf), "PROFESSIONAL_ID"))
    return doc


MEDS = [("metilfenidato 10 mg", "1 comprimido às 12h", "F90.0"), ("risperidona 0,5 mg", "1 comprimido após o almoço", "F84.0"),
        ("ácido valproico 250 mg/5 mL", "5 mL às 13h", "G40.9"), ("amoxicilina 250 mg/5 mL", "7,5 mL às 14h por 7 dias", "J03.9"),
        ("salbutamol spray 100 mcg", "2 jatos se crise, com espaçador", "J45.9"), ("insulina asparte", "conforme glicemia capilar antes do lanche", "E10.9"),
        ("loratadina 1 mg/mL", "5 mL às 10h", "T78.4")]


def sa_medicacao(g: Gen) -> Doc:
    """Guardian's authorisation for medication at school, with the prescription transcribed below."""
    doc = Doc()
    mom, dad, kid = g.family()
    dr = g.person()
    uf = g.pick(UFS)
    med, pos, cid = g.pick(MEDS)
    crm = g.council("CRM", uf)
    md = dates_sorted(g, 3, 2025, "iso")
    rx_date = refmt(md[0], "br")
    dob, turma, _ = kid_dob_turma(g, g.pick(["br", "nopad", "short"]))
    doc.f("AUTORIZAÇÃO PARA ADMINISTRAÇÃO DE MEDICAMENTO EM HORÁRIO ESCOLAR\n«sc»\n\nAluno(a): «kn»    DN: «dob»    Turma: «tu»\n"
          "Cartão SUS: «cns»    Plano de saúde: «pl» — carteirinha «cart»\n\n",
          sc=g.pick(SCHOOLS + PRIVATE_SCHOOLS), kn=P(g.pick([kid.full, kid.caps])), dob=(dob, "DATE_OF_BIRTH"), tu=turma,
          cns=(g.cns(), "BR_CNS"), pl=g.pick(["Unimed", "Hapvida", "não possui", "SulAmérica", "Bradesco Saúde"]), cart=g.health_card())
    doc.f("Medicamento: «m»\nPosologia: «p»\nPeríodo: «per»\nDiagnóstico (CID-10): «cid»\nPrescrito por: «drn» — «crm» — receita de «dr»\n"
          "Alergias conhecidas: «al»\n\nEm caso de intercorrência, avisar:\n1) «c1» («r1») — «t1»\n2) «c2»«r2» — «t2»\n\n",
          m=med, p=pos, per=g.pick(["uso contínuo", "até o fim do semestre", "7 dias"]), cid=cid,
          drn=P(g.pick([dr.full, dr.short])), crm=(crm, "PROFESSIONAL_ID"), dr=rx_date,
          al=g.pick(["dipirona", "nenhuma", "AAS e camarão", "penicilina", "lactose (intolerância)", "látex"]),
          c1=P(mom.full), r1="mãe", t1=(g.phone(), "PHONE_NUMBER"), c2=P((dad or g.relative(mom, female=True)).full) if (named2 := g.chance(0.6)) else "",
          r2=(" (" if named2 else "") + ("pai" if dad else "tia") + (")" if named2 else ""), t2=(g.phone(), "PHONE_NUMBER"))
    doc.f("Eu, «mn», CPF «cpf», RG «rg», responsável legal pel«o» alun«o» acima, autorizo a equipe da escola a administrar o medicamento "
          "conforme a prescrição anexa, ciente de que a primeira dose foi dada em casa.\n\n«cty», «d».\n______________________________\nAssinatura do responsável\n\n",
          mn=P(g.pick([mom.full, mom.caps])), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), o=kid.o, cty=g.city()[0], d=refmt(md[1], "long"))
    if g.chance(0.6):
        comp = g.relative(mom, female=g.chance(0.7))
        doc.f("--- cópia da RECEITA DE CONTROLE ESPECIAL (2ª via — retenção da farmácia) ---\nIDENTIFICAÇÃO DO EMITENTE: «drn» — «crm» — "
              "Clínica Pediátrica Aurora, Av. Bento Gonçalves, 500, sala 12\nPaciente: «kn»\nEndereço: «ad», «cty»\nPrescrição: «m» — «p»\n"
              "IDENTIFICAÇÃO DO COMPRADOR: «cn», RG «crg», «cad», tel. «ct»\n",
              drn=P(dr.full), crm=(crm, "PROFESSIONAL_ID"), kn=P(kid.full), ad=(g.address(), "ADDRESS"), cty=g.city()[0],
              m=med, p=pos, cn=P(comp.full), crg=(g.rg(), "BR_RG"), cad=(g.address(), "ADDRESS"), ct=(g.phone(), "PHONE_NUMBER"))
    nurse = g.person(female=True)
    doc.f("\nRecebido na enfermaria em «d» por «nn» — «co».\n", d=refmt(md[2], "br"), nn=P(nurse.short), co=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_excursao(g: Gen) -> Doc:
    """Health sheet of a field trip: semicolon CSV from the school's shared drive, with the teacher's note."""
    doc = Doc()
    teacher = g.person()
    dest = g.pick(["Museu Catavento", "Parque Estadual da Serra", "Fazenda Escola Rosa Branca", "Planetário", "Usina de Reciclagem",
                   "Museu da Língua Portuguesa", "Sítio Arqueológico"])
    age = g.ri(7, 15)
    doc.f("Arquivo: saude_excursao_«f».csv  (Drive > Coordenação > Saídas pedagógicas) — última edição por «tn» em «d»\n\n",
          f=fold(dest).lower().replace(" ", "_"), tn=P(teacher.full) if g.chance(0.4) else "prof_" + fold(teacher.last).lower().replace(" ", ""), d=g.date("br") + " " + g.hm())
    cols = ["aluno", "turma", "data_nasc", "rg_aluno", "cartao_sus", "alergias_restricoes", "medicacao", "plano_saude", "carteirinha",
            "contato_emergencia", "tel_emergencia"]
    rows = []
    for _ in range(g.ri(4, 6)):
        mom, dad, kid = g.family()
        dob, turma, _ = kid_dob_turma(g, g.pick(["br", "iso"]), age, age)
        rg = (g.rg(), "BR_RG") if g.chance(0.6) else V("")
        contato = g.pick([mom, mom, dad or mom, g.relative(mom, female=True)])
        rows.append([P(g.pick([kid.full, kid.caps, kid.short])), V(turma), (dob, "DATE_OF_BIRTH"), rg,
                     (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""),
                     V(g.pick(["", "", "amendoim", "dipirona", "lactose", "picada de inseto (anafilaxia — leva EpiPen)", "glúten (celíaca)", "ovo"])),
                     V(g.pick(["", "", "bombinha na mochila", "Ritalina 12h", "insulina (kit com a monitora)", "antialérgico se precisar"])),
                     V(g.pick(["SUS", "Unimed", "Hapvida", "Amil", "SUS"])), V(g.pick(["", g.health_card()])),
                     P(g.pick([contato.full, contato.short, contato.first])) if g.chance(0.4) else V(g.pick(["mãe", "mae", "pai", "avó", "responsável"])),
                     (g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER")])
    table_csv(doc, cols, rows, sep=";")
    mon = g.person(female=True)
    doc.f("\nNota d«o» prof. «tf»: ônibus sai às «h» da «ref». Monitora extra: «mn» («mt»). «w» Quem está sem autorização assinada "
          "não embarca. Kit de primeiros socorros com a «nu».\n",
          o=gw(teacher, "o", "a"), tf=P(teacher.first), h=g.hm(6, 8),
          ref=g.pick(["portaria da Rua Prudente de Morais", "frente da escola", "quadra coberta"]), mn=P(mon.full), mt=(g.phone(), "PHONE_NUMBER"),
          w=g.pick(["Previsão de sol, mandar boné e protetor.", "Seria prudente levar capa de chuva.", "Lanche sem amendoim para a turma toda.", ""]),
          nu=g.pick(["enfermeira", "coordenadora", "monitora"]))
    return doc


def sa_tcle(g: Gen) -> Doc:
    """Consent form (TCLE) for guardians and assent form for children in a school-based health study, filled in."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    pi = g.person()
    mom, dad, kid = g.family()
    topic = g.pick(["sobrepeso e hábitos alimentares", "qualidade do sono e uso de telas", "saúde bucal", "acuidade visual",
                    "ansiedade e bullying", "atividade física e desempenho escolar"])
    doc.f("TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO (TCLE) — PAIS OU RESPONSÁVEIS\n(Resolução CNS nº 466/2012)\n\n"
          "Seu(sua) filho(a) está sendo convidado(a) a participar da pesquisa “«t» em escolares de «cty»”, sob responsabilidade de «pi», "
          "«car» da «u». A participação consiste em responder a um questionário de 20 minutos na própria escola e em medidas de peso e "
          "altura. Não haverá custos nem pagamento. Os riscos são mínimos; a participação pode ser retirada a qualquer momento, sem prejuízo.\n\n"
          "Em caso de dúvidas, procure «pif» pelo telefone «tel», e-mail «em», endereço profissional «end», ou o Comitê de Ética em Pesquisa "
          "(cep@«dom»), CAAE «caae».\n\n",
          t=topic.capitalize(), cty=g.city()[0], pi=P(pi.full), car=g.pick(["professor(a) do Departamento de Nutrição", "doutoranda em Saúde Coletiva",
                                                                             "mestrando em Educação", "docente do curso de Enfermagem"]),
          u=uni, pif=P(g.pick([pi.first, pi.short])) if g.chance(0.5) else "a equipe da pesquisa", tel=(g.phone(), "PHONE_NUMBER"), em=(g.inst_email(pi, dom), "EMAIL_ADDRESS"),
          end=g.pick(["Campus Universitário, Bloco Aurora, sala 204", "Av. Universitária, s/n, Departamento de Saúde", "Rua dos Estudantes, 1500, Anexo II"]),
          dom=dom, caae=g.caae())
    doc.f("Eu, «mn», RG «rg», CPF «cpf», residente na «ad», CEP «cep», responsável pel«o» menor «kn», nascid«o» em «dob», declaro que fui informad«a» "
          "sobre a pesquisa e autorizo a participação.\n\n«cty», «d».\nAssinatura do(a) responsável: ____________________   Telefone para contato: «t»\n"
          "Pesquisador(a): ____________________\n\n",
          mn=P(g.pick([mom.full, mom.caps, mom.low])), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"), o=kid.o, kn=P(g.pick([kid.full, kid.caps])),
          dob=((kt := kid_dob_turma(g, g.pick(["br", "nopad", "long"]), 7, 15))[0], "DATE_OF_BIRTH"), a="a" if mom.female else "o", cty=g.city()[0],
          d=g.date("br"), t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    doc.f("TERMO DE ASSENTIMENTO\n\nOi, «kf»! Estamos fazendo uma pesquisa para saber como as crianças da sua escola «q». "
          "Se você não quiser participar, tudo bem, ninguém vai ficar bravo. Se quiser, escreva seu nome abaixo.\n\n"
          "Nome: «kw»      Idade: «age»      ( «x» ) quero participar\n",
          kf=P(kid.first), q=g.pick(["dormem", "se alimentam", "brincam e se exercitam", "se sentem na escola"]),
          kw=P(g.pick([fold(kid.short).lower(), kid.first, kid.caps])), age=kt[2], x=g.pick(["x", "X", "✓"]))
    if g.chance(0.3):
        ap = g.person()
        doc.f("\nAplicador(a) em campo: «an» — CPF «cpf» — bolsista IC\n", an=P(ap.full), cpf=(g.cpf(), "BR_CPF"))
    return doc


VACINAS = ["HPV (2ª dose)", "dT reforço", "Meningocócica ACWY", "Febre amarela", "Tríplice viral D2", "Varicela", "COVID-19", "Hepatite B (3ª dose)",
           "Influenza 2025", "em dia"]


def sa_pse(g: Gen) -> Doc:
    """Programa Saúde na Escola: vaccination-status check of a class by the primary-care team (pipe table)."""
    doc = Doc()
    ubs = g.pick(["UBS Vila Rosa", "UBS Dr. Amado Feitosa", "ESF Aurora", "UBS Bento Gonçalves", "USF Esperança", "UBS Jardim das Flores"])
    enf, tec, acs = g.person(female=g.chance(0.8)), g.person(female=g.chance(0.8)), g.person()
    uf = g.pick(UFS)
    age = g.ri(9, 14)
    doc.f("PROGRAMA SAÚDE NA ESCOLA (PSE) — VERIFICAÇÃO DA SITUAÇÃO VACINAL\n«ubs» — equipe ESF «eq» — ACS «acs»\nEscola: «sc»    "
          "Turma: «tu»    Data da ação: «d»\n\n",
          ubs=ubs, eq=f"{g.ri(1, 12):02d}", acs=P(g.pick([acs.full, acs.short])) if g.chance(0.6) else "da microárea " + str(g.ri(1, 9)), sc=g.pick(SCHOOLS), tu=turma_for(g, age), d=g.date("br"))
    doc.t("Nº | Nome | DN | CNS | Tel. responsável | Pendências | Conduta\n")
    for i in range(g.ri(4, 6)):
        mom, dad, kid = g.family()
        dob = kid_dob_turma(g, g.pick(["br", "short"]), age, age)[0]
        pend = g.pick(VACINAS)
        cns = (g.cns(), "BR_CNS") if g.chance(0.85) else V("sem CNS — cadastrar")
        cond = "—" if pend == "em dia" else g.pick(["vacinado na escola", "sem autorização, bilhete p/ responsável",
                                                  "caderneta não apresentada", "agendado na UBS", "responsável recusou (termo assinado)"])
        doc.f("«i» | «kn» | «dob» | «cns» | «t» | «p» | «c»\n", i=i + 1, kn=P(g.pick([kid.caps, kid.full])), dob=(dob, "DATE_OF_BIRTH"),
              cns=cns, t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.8) else V("—"), p=pend, c=cond)
    mom, dad, kid = g.family()
    doc.f("\nProfissionais: Enf. «en» («ec»); Téc. enf. «tn» («tc»).\nEncaminhamentos: «kn» — caderneta com registro ilegível de «v»; "
          "falar com a mãe, tel. «t»",
          en=P(enf.full), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"), tn=P(tec.short), tc=(g.council("COREN_TE", uf), "PROFESSIONAL_ID"),
          kn=P(kid.short), v=g.pick(["febre amarela", "BCG", "tríplice viral"]), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(", ou visita do ACS na «ad»", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"))
    doc.t(".\n")
    return doc


def sa_domiciliar(g: Gen) -> Doc:
    """University student's request for home study (regime de exercícios domiciliares) with the medical certificate transcribed."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    st = g.person(female=g.chance(0.6))
    dr = g.person()
    coord = g.person()
    course = g.pick(COURSES)
    gest = st.female and g.chance(0.4)
    base = "Lei nº 6.202/1975" if gest else "Decreto-Lei nº 1.044/1969"
    days = g.pick([15, 30, 45, 60, 90]) if not gest else 90
    a, b = date_range(g, days)
    doc.f("«u» — COLEGIADO DO CURSO DE «c»\nREQUERIMENTO DE REGIME DE EXERCÍCIOS DOMICILIARES («base»)\n\n"
          "Nome: «sn»\nMatrícula: «mat»    CPF: «cpf»\nE-mail: «em»    Celular: «tel»\nEndereço durante o afastamento: «ad» — CEP «cep»\nPeríodo de afastamento: de «a» a «b» («n» dias)\n"
          "Motivo: «mot»\nDisciplinas em curso: «disc»\n\n",
          u=uni.upper(), c=fold(course).upper(), base=base, sn=P(g.pick([st.full, st.caps])), mat=g.matricula(), cpf=(g.cpf(), "BR_CPF"),
          em=(g.pick([g.email(st), g.inst_email(st, "aluno." + dom)]), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), a=a, b=b, n=days, mot="( ) tratamento de saúde  (x) gestação/parto" if gest else "(x) tratamento de saúde  ( ) gestação/parto",
          disc=", ".join(g.rng.sample(["Metodologia Científica", "Estatística", "Ética Profissional", "Estágio Supervisionado I", "Optativa II",
                                       "TCC I", "Seminários Integradores", "Políticas Públicas", "Língua Brasileira de Sinais"], 3)))
    doc.f("Atestado anexo (transcrição):\n“Atesto, para os devidos fins, que «sn2», portador«a» do RG «rg», «est» sob meus cuidados, necessitando "
          "de afastamento de suas atividades acadêmicas por «n» («ne») dias a partir de «ini».«cid»”\n«drn» — «crm»\n\n",
          sn2=P(st.full), ini=a, a="a" if st.female else "", rg=(g.rg(), "BR_RG"), est=g.pick(["esteve", "encontra-se"]), n=days,
          ne={15: "quinze", 30: "trinta", 45: "quarenta e cinco", 60: "sessenta", 90: "noventa"}[days],
          cid=" CID: " + (g.pick(["O80", "Z34.0"]) if gest else g.pick(["S82.1", "K35.8", "F32.1", "A90", "C50.9", "M54.5"])) if g.chance(0.6) else "",
          drn=P(g.pick([dr.full, dr.caps])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Parecer da coordenação: «res». Os docentes das disciplinas deverão enviar as atividades ao e-mail informado.\n«cn» — Coordenador(a) do Curso\n",
          res=g.pick(["DEFERIDO", "DEFERIDO", "DEFERIDO PARCIALMENTE (Estágio não admite exercício domiciliar)", "INDEFERIDO — prazo de 5 dias úteis excedido"]),
          cn=P(g.pick([coord.full, coord.short])))
    if g.chance(0.5):
        doc.f("\nPS d«o» estudante, por e-mail: “prof. «cf», a minha mãe («mn») vai entregar o atestado original na secretaria amanhã, ela tem o "
              "telefone «mt» se precisar”\n", o=st.o, cf=P(coord.first), mn=P(g.relative(st, female=True).full), mt=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_aee(g: Gen) -> Doc:
    """Referral report of the special-education service (AEE/NAPNE) naming the clinicians who follow the pupil."""
    doc = Doc()
    mom, dad, kid = g.family()
    dob, turma, age = kid_dob_turma(g, None, 5, 14)
    neuro, psy, fono, prof_aee = g.person(), g.person(female=g.chance(0.8)), g.person(female=g.chance(0.9)), g.person(female=g.chance(0.8))
    uf = g.pick(UFS)
    cid, hip = g.pick([("F84.0", "Transtorno do Espectro Autista, nível 1 de suporte"), ("F90.0", "TDAH, apresentação combinada"),
                       ("F81.0", "transtorno específico de leitura (dislexia)"), ("F70", "deficiência intelectual leve"),
                       ("H90.3", "perda auditiva neurossensorial bilateral")])
    doc.f("RELATÓRIO DE ENCAMINHAMENTO — ATENDIMENTO EDUCACIONAL ESPECIALIZADO (AEE)\n«sc» — Sala de Recursos Multifuncionais\n\n"
          "Estudante: «kn»    DN: «dob»    Turma: «tu»«idl»«idv»\nResponsável: «mn» — CPF «mc» — «mt» — «me»\nEndereço: «ad», CEP «cep»\n\n",
          sc=g.pick(SCHOOLS), kn=P(g.pick([kid.full, kid.caps])), dob=(dob, "DATE_OF_BIRTH"), tu=turma,
          idl=(idl_ := g.pick(["    CNS: ", "    NIS: ", ""])), idv=(g.cns(), "BR_CNS") if idl_ == "    CNS: " else ((g.pis(), "BR_PIS") if idl_ else ""),
          mn=P(mom.full), mc=(g.cpf(), "BR_CPF"),
          mt=(g.phone(), "PHONE_NUMBER"), me=(g.email(mom), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("1. HISTÓRICO\n«kf» chegou à escola em «y» com laudo d«no» neuropediatra «nn» («crm»), de «dl», com hipótese de «hip» (CID «cid»). "
          "Faz acompanhamento com «pa» «pn» («crp») às quintas-feiras e com a fonoaudióloga «fn» («crfa»)«cons». A mãe relata «rel».\n\n",
          kf=P(g.pick([kid.first, kid.nick])), y=g.ri(2019, 2025), no=gw(neuro, "o", "a"), nn=P(neuro.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), dl=g.date("br", g.pick([2023, 2024])), hip=hip, cid=cid,
          pa=gw(psy, "o psicólogo", "a psicóloga"), pn=P(psy.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), fn=P(fono.full),
          crfa=(g.council("CRFa"), "PROFESSIONAL_ID"),
          cons=g.pick(["", " no CER II Bento Amado", " pela Clínica-Escola da universidade", " no CAPSi Aurora"]),
          rel=g.pick(["dificuldade para dormir e seletividade alimentar", "crises em ambientes barulhentos, como a festa das flores da escola",
                      "melhora desde a troca de turno", "que a avó materna é quem leva às terapias"]))
    if dad is not None and g.chance(0.4):
        doc.f("Segundo a mãe, o pai, «dn», «dd».\n\n", dn=P(g.pick([dad.first, dad.full])),
              dd=g.pick(["ainda não aceita o diagnóstico", "mora em outro estado e acompanha por vídeo", "participa das reuniões"]))
    doc.f("2. OBSERVAÇÕES EM SALA\nNa sala regular, com a professora regente«sp»«pr», «o» estudante «obs». A profissional de apoio «ap» acompanha "
          "nos horários de intervalo.\n\n3. ENCAMINHAMENTOS\n- «enc»\n- Reavaliação do PEI em «d».\n\n«pa»\nProfessor«a» do AEE\n",
          sp=(sp_ := g.pick([" ", ""])), pr=P(g.person(female=True).first) if sp_ else "", o=kid.o,
          obs=g.pick(["permanece na atividade por até 15 minutos com apoio visual", "lê com apoio silábico e evita ler em voz alta",
                      "tem bom desempenho em matemática e dificuldade na escrita", "precisa de antecipação das mudanças de rotina"]),
          ap=P(g.person(female=g.chance(0.7)).full) if g.chance(0.4) else "da turma",
          enc=g.pick(["solicitar à Secretaria de Educação tablet com comunicação alternativa", "encaminhar ao CAPSi para avaliação psiquiátrica",
                      "solicitar intérprete de Libras", "orientar a família sobre o BPC (LOAS)"]),
          d=g.date("br"), pa=P(prof_aee.full), a="a" if prof_aee.female else "")
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("323", "Mercado Pago")]
PARENTESCO = ["mãe", "pai", "padrasto", "madrasta", "avó", "avô", "irmã", "irmão", "tia", "companheiro(a)"]


def fi_bolsa(g: Gen) -> Doc:
    """Socio-economic form of a scholarship application (household table, expenses, bank data) and the social worker's opinion."""
    doc = Doc()
    st = g.person()
    city, uf = g.city()
    sw = g.person(female=g.chance(0.85))
    inst = g.pick(["Colégio Rosa dos Ventos", "Centro Universitário Aurora", "Faculdade Bento Prudente", "Instituto Educacional Luz do Saber",
                   "Universidade Comunitária Rosa Branca"])
    doc.f("«inst» — PROCESSO SELETIVO DE BOLSAS DE ESTUDO «y» (Lei Complementar nº 187/2021)\nFORMULÁRIO SOCIOECONÔMICO — inscrição nº «n»\n\n"
          "CANDIDATO(A): «sn»\nCPF: «cpf»    DN: «dob»    NIS (CadÚnico): «nis»\nEndereço: «ad» — «ba» — CEP «cep» — «cty»/«uf»\n"
          "Celular: «tel»    E-mail: «em»\nCurso/série pretendido: «c»\n\nCOMPOSIÇÃO DO GRUPO FAMILIAR\n",
          inst=inst.upper(), y=g.pick([2025, 2026]), n=g.d(6), sn=P(g.pick([st.full, st.caps])), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "nopad"]), 2003, 2010), "DATE_OF_BIRTH"),
          nis=(g.pis(), "BR_PIS") if g.chance(0.7) else V("não possui"), ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          cty=city, uf=uf, tel=(g.phone(), "PHONE_NUMBER"), em=(g.email(st), "EMAIL_ADDRESS"),
          c=g.pick(COURSES + ["1ª série EM", "9º ano"]))
    doc.t("Nome | Parentesco | DN | CPF | Ocupação | Renda bruta (R$)\n")
    total = 0.0
    members = g.ri(2, 5)
    for i in range(members):
        rel = g.pick(PARENTESCO)
        fem = rel in ("mãe", "madrasta", "avó", "irmã", "tia") or (rel == "companheiro(a)" and g.chance(0.5))
        p = g.relative(st, female=fem) if rel in ("mãe", "pai", "irmã", "irmão", "avó", "avô") else g.person(female=fem)
        renda = g.pick([0, 0, g.ri(300, 800), g.ri(1412, 3200), 1412])
        total += renda
        minor = rel in ("irmã", "irmão") and g.chance(0.5)
        dob = g.dob("br", 2010, 2020) if minor else g.dob("br", 1950, 1995)
        doc.f("«n» | «r» | «dob» | «cpf» | «o» | «rd»\n", n=P(g.pick([p.full, p.caps])), r=rel, dob=(dob, "DATE_OF_BIRTH"),
              cpf=(g.cpf(), "BR_CPF") if not minor or g.chance(0.5) else V("—"),
              o="estudante" if minor else g.pick([ocup(g, p), ocup(g, p), gw(p, "desempregado", "desempregada"), gw(p, "aposentado (INSS)", "aposentada (INSS)"), "BPC"]),
              rd=f"{renda:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    pc = total / (members + 1)
    doc.f("\nRenda bruta familiar: R$ «t» — per capita: R$ «pc» («n» pessoas)\nDespesas mensais: aluguel R$ «al»; conta de luz R$ «luz»; "
          "água R$ «ag»; transporte R$ «tr»; medicamentos R$ «med»\n\n",
          t=f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          pc=f"{pc:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), n=members + 1, al=g.money(350, 1400),
          luz=g.money(60, 320), ag=g.money(30, 140), tr=g.money(80, 400), med=g.money(0, 300))
    bk, bn = g.pick(BANKS)
    doc.f("DADOS BANCÁRIOS (devolução da taxa de inscrição / auxílio material)\nTitular: «tn»    Banco: «bk» — «bn»    Agência: «ag»    Conta: «cc» («tipo»)\n",
          tn=P(st.full) if g.chance(0.5) else "o(a) próprio(a) candidato(a)", bk=bk, bn=bn, ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          tipo=g.pick(["corrente", "poupança", "conta de pagamento"]))
    if g.chance(0.7):
        doc.f("Chave Pix (aleatória): «pix»\n", pix=(g.uuid(), "PIX_KEY"))
    doc.f("\nPARECER SOCIAL\nEntrevista realizada em «d» «mod». «txt» Parecer: «res».\n«sw» — Assistente Social — «cress»\n",
          d=g.date("br"), mod=g.pick(["presencialmente", "por videochamada", "com visita domiciliar"]),
          txt=g.pick(["Família em situação de vulnerabilidade, genitora desempregada desde o início do ano.",
                      "Renda informal declarada pelo padrasto (feirante), sem comprovação; solicitada autodeclaração.",
                      gw(st, "Candidato", "Candidata") + " reside com a avó, aposentada, responsável pelas despesas da casa.",
                      "Documentação completa; gastos com medicação contínua da irmã (CID G40.9) considerados."]),
          res=g.pick(["FAVORÁVEL à bolsa integral (100%)", "FAVORÁVEL à bolsa parcial (50%)", "DESFAVORÁVEL — renda per capita acima do limite",
                      "PENDENTE — aguardando extrato do CadÚnico"]),
          sw=P(g.pick([sw.full, sw.short])), cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def fi_fies(g: Gen) -> Doc:
    """Student-financing contract excerpt (FIES-like) with guarantor, debit account and the enrolment system's log."""
    doc = Doc()
    st, fi = g.person(), g.person()
    ies = g.pick(["Faculdade Bento Prudente", "Centro Universitário Aurora", "Universidade Comunitária Rosa Branca", "Faculdade Vitória Régia"])
    course = g.pick(COURSES)
    city, uf = g.city()
    doc.f("CONTRATO DE ABERTURA DE CRÉDITO PARA O FINANCIAMENTO DE ENCARGOS EDUCACIONAIS AO ESTUDANTE DO ENSINO SUPERIOR — Nº «n»\n\n"
          "ESTUDANTE: «sn», brasileir«o», «ec», nascid«o» em «dob», portador«a» da Carteira de Identidade nº «rg», inscrit«o» no CPF sob o nº «cpf», "
          "título de eleitor nº «tit», residente na «ad», «cty»/«uf», CEP «cep», e-mail «em», telefone «tel».\n\n",
          n=f"{g.d(2)}.{g.d(4)}.{g.d(3)}.{g.d(7)}-{g.d(2)}", sn=P(st.caps), o=st.o,
          ec=gw(st, g.pick(["solteiro", "casado"]), g.pick(["solteira", "casada"])), dob=(g.dob(g.pick(["br", "long"]), 1985, 2006), "DATE_OF_BIRTH"),
          a="a" if st.female else "", rg=(g.rg(), "BR_RG"), cpf=(fmt_cpf(st_cpf := g.cpf_digits()), "BR_CPF"), tit=(g.titulo(), "BR_TITULO_ELEITOR"),
          ad=(g.address(), "ADDRESS"), cty=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(st), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"))
    doc.f("FIADOR(A): «fn», «prof», renda mensal de R$ «r», CPF «cpf», RG «rg», residente na «ad», «cty»/«uf»",
          fn=P(fi.caps), prof=g.pick(["servidor(a) público(a)", "comerciante", "professor(a)", "motorista", "aposentado(a)"]), r=g.money(2800, 9000),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), cty=city, uf=uf)
    if g.chance(0.5):
        sp = g.person(female=not fi.female)
        doc.f(", e seu cônjuge «sp», CPF «cpf»", sp=P(sp.caps), cpf=(g.cpf(), "BR_CPF"))
    doc.f(".\n\nIES: «ies», CNPJ «cnpj», código e-MEC «emec», curso de «c», semestralidade de R$ «sem», percentual financiado «pct»%.\n"
          "AGENTE FINANCEIRO: Caixa Econômica Federal. Conta para débito da coparticipação: agência «ag», operação «op», conta «cc».\n\n"
          "CLÁUSULA DÉCIMA — O(A) ESTUDANTE autoriza a consulta a bancos de dados de proteção ao crédito e o compartilhamento de dados "
          "nos termos da Lei nº 13.709/2018. Taxa de juros: zero, observada a Resolução CG-FIES vigente.\n\n",
          ies=ies, cnpj=(g.cnpj(), "BR_CNPJ"), emec=g.d(6), c=course, sem=g.money(4000, 48000), pct=g.pick([50, 75, 85, 100]),
          ag=(g.agency(False), "BANK_ACCOUNT"), op=g.pick(["001", "013", "1288", "3701"]), cc=(g.account(), "BANK_ACCOUNT"))
    cpa = g.person()
    doc.f("— Log da inscrição (SisFIES) —\n«d1» «h1»  inscrição concluída — CPF «cpf» — IP «ip»\n«d2» «h2»  validação CPSA: «cpa» (membro da comissão) — «st»\n"
          "«d3» «h3»  contratação no agente financeiro — agência «ag2»\n",
          d1=(ds := dates_sorted(g, 3, 2025))[0], h1=g.hm(), cpf=(st_cpf, "BR_CPF"), ip=(g.ip(), "IP_ADDRESS"), d2=ds[1], h2=g.hm(9, 17),
          cpa=P(cpa.full), st=g.pick(["informações confirmadas", "documentação de renda do grupo familiar conferida", "pendência: comprovante de residência"]),
          d3=ds[2], h3=g.hm(9, 16), ag2=g.d(4))
    return doc


def fi_renegociacao(g: Gen) -> Doc:
    """WhatsApp export between a parent and a private school's finance desk: overdue tuition, proposal, card and Pix."""
    doc = Doc()
    mom, dad, kid = g.family()
    att = g.person(female=g.chance(0.7))
    school = g.pick(["Colégio Aurora", "Colégio Rosa dos Ventos", "Escola Bento & Amado", "Colégio Quintela", "Centro Educacional Vitória"])
    meses = g.rng.sample(["08", "09", "10", "11", "12"], g.ri(2, 4))
    meses.sort()
    total = g.ri(1200, 6800)
    mdisp = g.pick([mom.short, mom.first + " 🌻", fold(mom.first).lower(), mom.full, "<num>", "<num>"])
    num = g.phone(g.pick(["plus", "plus", "e164"]))

    def M() -> tuple:
        """The sender: the saved contact name (PERSON, the emoji after it outside) or the bare number."""
        return (num, "PHONE_NUMBER") if mdisp == "<num>" else P(mdisp.split(" 🌻")[0])
    tail = " 🌻" if "🌻" in mdisp else ""
    ts = dates_sorted(g, 8, 2026, lo=10, hi=80)
    holder = dad or g.relative(mom, female=False)
    hrel = "marido" if dad else g.pick(["irmão", "pai", "cunhado"])
    doc.f("[«d0», 09:14] «sc» Financeiro: Olá, «mf»! Aqui é «an», do setor financeiro («sc2»). Identificamos mensalidades em aberto referentes "
          "«ao» «kn» («tu»): «ms»/2025 — total atualizado R$ «tot». Podemos conversar sobre uma proposta?\n",
          d0=ts[0], sc=school, mf=P(mom.first), an=P(att.first), sc2=school, ao=gw(kid, "ao aluno", "à aluna"), kn=P(kid.full), tu=kid_dob_turma(g)[1],
          ms=", ".join(meses), tot=f"{total:,}".replace(",", ".") + ",00")
    doc.f("[«d», 12:40] «m»«t»: boa tarde. to desempregada desde «mes», «ctx». nao quero tirar «e» da escola no meio do ano\n",
          d=ts[0], m=M(), t=tail, mes=g.pick(["outubro", "novembro", "setembro"]),
          ctx="meu marido ta so fazendo bico" if dad else "o pai " + gw(kid, "dele", "dela") + " nao ajuda", e=gw(kid, "ele", "ela"))
    ent = g.ri(200, 600)
    doc.f("[«d», 08:03] «sc» Financeiro: Entendo, mãe. A direção aprovou: entrada de R$ «ent»,00 via Pix + saldo em até «n»x sem juros no cartão. "
          "Chave Pix do colégio (aleatória): «pix». Mandar o comprovante aqui, por favor.\n",
          d=ts[1], sc=school, ent=ent, n=g.pick([3, 4, 6, 10]), pix=(g.uuid(), "PIX_KEY"))
    doc.f("[«d», 19:55] «m»«t»: fiz o pix. o cartao vai ser o do meu «rel», «hn», pode?\n",
          d=ts[2], m=M(), t=tail, rel=hrel, hn=P(g.pick([fold(holder.first).lower(), fold(holder.short).lower()])))
    doc.f("[«d», 08:21] «sc» Financeiro: Pode sim! Como é cartão de terceiro, preciso do nome completo e CPF do titular e do número do cartão. "
          "Por segurança, o código de 3 dígitos eu ligo pra confirmar.\n",
          d=ts[3], sc=school)
    doc.f("[«d», 08:47] «m»«t»: «hn» cpf «hc»\n«cc» val «val»\n",
          d=ts[3], m=M(), t=tail, hn=P(holder.caps if g.chance(0.5) else holder.full), hc=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
          cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), val=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
    doc.f("[«d», 09:02] «sc» Financeiro: Recebido ✅ Vou apagar a mensagem com os dados do cartão depois de lançar. O termo de confissão "
          "de dívida nº «td» vai para assinatura eletrônica no e-mail cadastrado («em»). O boleto antigo (linha «bol») fica cancelado.\n",
          d=ts[4], sc=school, td=f"{g.ri(2025, 2026)}/{g.d(4)}", em=(g.email(mom), "EMAIL_ADDRESS"), bol=g.boleto())
    doc.f("[«d», 21:10] «m»«t»: obrigada«af». ja assinei. «w»\n", d=ts[5], m=M(), t=tail,
          af="",
          w=g.pick(["deus abençoe", "a rematrícula de 2026 ja fica garantida ne?", "vitória!! 🙏", "mande o recibo por favor"]))
    if g.chance(0.5):
        doc.f("[«d», 10:15] «sc» Financeiro: Tudo certo. Recibo da entrada emitido em nome de «rn», CPF «rc».\n", d=ts[6], sc=school,
              rn=P(mom.full), rc=(g.cpf(), "BR_CPF"))
    return doc


def fi_inadimplencia(g: Gen) -> Doc:
    """Overdue-tuition report exported from the school ERP (semicolon CSV) and the collection agency's note."""
    doc = Doc()
    school = g.pick(PRIVATE_SCHOOLS)
    doc.f("relatorio_inadimplencia_«d».csv — exportado do ERP escolar por «u» — unidade: «sc» — CNPJ «cnpj»\n\n",
          d=g.date("iso"), u=g.pick(["fin.tesouraria", "adm_" + g.d(3), "cobranca.int"]), sc=school, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    by_id = g.chance(0.5)  # some exports carry the pupil's enrolment id instead of the name
    cols = ["resp_financeiro", "cpf_resp", "matricula_aluno" if by_id else "aluno", "turma", "parcelas", "valor_aberto", "dias_atraso", "telefone",
            "email", "endereco_cobranca", "cep", "cartao_recorrente", "ultima_acao"]
    rows = []
    for _ in range(g.ri(4, 6)):
        mom, dad, kid = g.family()
        resp = mom if g.chance(0.7) or dad is None else dad
        card_masked = g.pick(["", "", f"**** **** **** {g.d(4)}", f"{g.d(4)} **** **** {g.d(4)}", "<full>"])
        card = (g.card(g.chance(0.5)), "CREDIT_CARD") if card_masked == "<full>" else V(card_masked)
        rows.append([P(g.pick([resp.caps, resp.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     V(f"{g.ri(2019, 2025)}{g.d(4)}") if by_id else P(g.pick([kid.caps, kid.full])),
                     V(kid_dob_turma(g)[1]), V(g.pick(["09,10", "10,11,12", "11", "08 a 12", "12"])), V(g.money(500, 9000)),
                     V(str(g.ri(15, 210))), (g.phone(g.pick(["plain", "raw", "par", "e164"])), "PHONE_NUMBER"),
                     (g.email(resp), "EMAIL_ADDRESS") if g.chance(0.8) else V(""), (g.address(g.pick(["text", "caps"])), "ADDRESS"),
                     (g.cep(g.chance(0.6)), "BR_CEP"), card,
                     V(g.pick(["SMS enviado", "acordo quebrado", "carta de cobrança", "sem contato", "negativado SPC", "em negociação"]))])
    table_csv(doc, cols, rows, sep=";")
    ag = g.person()
    doc.f("\n-- Nota da assessoria (Cobrança «co» Ltda): «an» assumiu a carteira em «d». Acordos acima de 6x precisam de aval da direção. "
          "Na linha «x», o CPF do 2º responsável cadastrado tem dígito inválido («bad»); pedir atualização antes de negativar. Processo de cobrança "
          "judicial já distribuído para a família «f»: «cnj».\n",
          co=g.pick(["Bastos & Prudente", "Pedreira Cordeiro", "Rosa Branca", "Luz & Feitosa"]), an=P(ag.full), d=g.date("br"),
          x=g.ri(1, len(rows)), bad=g.bad_cpf(g.pick(["raw", "dot"])), f=g.pick(PT_SUR + RARE_SUR), cnj=g.cnj())
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """Monthly payroll of student-aid grants (PNAES-like) in a fixed-width report, with the payment team's pending items."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    prae = g.person()
    doc.f("«u» — PRÓ-REITORIA DE ASSUNTOS ESTUDANTIS\nFOLHA DE PAGAMENTO DE AUXÍLIOS — COMPETÊNCIA «m»/«y» — Processo SEI nº «sei»\n\n",
          u=fold(uni).upper(), m=f"{g.ri(2, 12):02d}", y=g.pick([2025, 2026]), sei=g.sei())
    cols = [("NOME", 28), ("CPF", 14), ("MATRICULA", 11), ("MODALIDADE", 12), ("BCO", 3), ("AGENCIA", 7), ("CONTA", 12), ("VALOR", 8)]
    rows, people = [], []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        rows.append([P(p.caps), (g.cpf("dot"), "BR_CPF"), V(g.matricula()), V(g.pick(["MORADIA", "ALIMENTACAO", "TRANSPORTE", "CRECHE", "PERMANENCIA", "INCLUSAO DIG"])),
                     V(g.pick(["001", "104", "237", "260", "341", "077"])), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(g.pick(["400,00", "300,00", "250,00", "700,00", "150,00", "533,00"]))])
    table_fixed(doc, cols, rows)
    doc.f("\nTotal: «n» estudantes — R$ «v»\n\nPendências:\n", n=len(rows), v=g.money(1500, 6000))
    p1, p2 = g.rng.sample(people, 2)
    mae = g.relative(p1, female=True)
    doc.f("- «a»: conta poupança digital recusada pelo SIAFI; pediu crédito na conta da mãe, «mn» (CPF «mc»), ag. «ag» c/c «cc» — "
          "NÃO PODE, só conta do próprio estudante. Orientar.\n",
          a=P(p1.short), mn=P(mae.full), mc=(g.cpf(), "BR_CPF"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("- «b»: informou chave Pix aleatória «pix» no formulário; pagamento é por OB, não Pix. Ligar: «t».\n",
          b=P(g.pick([p2.full, p2.first])), pix=(g.uuid(), "PIX_KEY"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        p3 = g.person()
        doc.f("- «c» (auxílio creche): certidão da filha (DN «dob») confere; incluir a partir da próxima folha.\n",
              c=P(p3.full), dob=(g.kid_dob("br", 2021, 2025), "DATE_OF_BIRTH"))
    doc.f("\n«pn» — Coordenação de Assistência Estudantil — «pe»\n", pn=P(prae.full), pe=(g.inst_email(prae, dom), "EMAIL_ADDRESS"))
    return doc


def fi_pesquisa(g: Gen) -> Doc:
    """Research-grant acceptance term and the grantee's expense report (suppliers with CNPJ or CPF)."""
    doc = Doc()
    bo, ori = g.person(), g.person()
    uni, sig = g.pick(UNIVERSITIES)
    dom = fold(sig).lower().replace("-", "") + ".edu.br"
    agency = g.pick(["FAPESP", "CNPq", "CAPES", "FAPEMIG", "FACEPE", "FAPERJ", "Fundação Araucária"])
    nivel, val = g.pick([("Mestrado", "2.100,00"), ("Doutorado", "3.100,00"), ("Iniciação Científica", "700,00"), ("Pós-Doutorado", "5.200,00")])
    doc.f("TERMO DE OUTORGA E ACEITAÇÃO DE BOLSA — «ag»\nProcesso nº «proc» — Modalidade: «niv» — Vigência: «d1» a «d2»\n\n"
          "BOLSISTA: «bn» — CPF «bc» — DN «dob» — Lattes «lat»\nE-mail: «be» — Endereço: «ad», CEP «cep»\n"
          "ORIENTADOR(A): «on» — CPF «oc» — «oe» — «u»\nValor mensal: R$ «val» — crédito em conta no Banco do Brasil: agência «agc», conta corrente «cc»\n\n"
          "O(A) bolsista declara não possuir vínculo empregatício nem acumular bolsa de outra agência (Portaria «port»).\n\n",
          ag=agency, proc=g.pick([f"{g.ri(2023, 2025)}/{g.d(5)}-{g.d(1)}", f"{g.d(6)}/{g.ri(2023, 2025)}-{g.d(1)}", f"88887.{g.d(6)}/{g.ri(2023, 2025)}-00"]),
          niv=nivel, d1=g.date("br", 2025), d2=g.date("br", 2027), bn=P(g.pick([bo.full, bo.caps])), bc=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "iso"]), 1985, 2004), "DATE_OF_BIRTH"), lat=g.lattes(), be=(g.email(bo), "EMAIL_ADDRESS"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), on=P(g.pick([ori.full, ori.full, ori.initials, ori.inverted_title])), oc=(g.cpf(), "BR_CPF"), oe=(g.inst_email(ori, dom), "EMAIL_ADDRESS"),
          u=uni, val=val, agc=(g.agency(True), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), port=g.pick(["CAPES nº 133/2023", "conjunta nº 1/2010", "PR nº 7/2024"]))
    doc.t("PRESTAÇÃO DE CONTAS — RESERVA TÉCNICA\nData | Fornecedor | CNPJ/CPF | Descrição | Valor (R$)\n")
    sup = [("Livraria Cultura Aurora Ltda", "livros (3)"), ("Papelaria Bento Ltda", "material de consumo"),
           ("Laboratório Luz Diagnósticos", "análises bioquímicas (40 amostras)"), ("Gráfica Rosa Branca", "impressão de questionários"),
           ("Viação Esperança", "passagens p/ coleta"), ("Hotel Prudente", "hospedagem congresso"), ("Nakamura Tecnologia Ltda", "gravador digital")]
    for name, desc in g.rng.sample(sup, g.ri(2, 4)):
        doc.f("«d» | «n» | «c» | «ds» | «v»\n", d=g.date("br"), n=name, c=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), ds=desc, v=g.money(40, 3200))
    pf = g.person()
    doc.f("«d» | «n» (pessoa física) | «c» | «ds» | «v»\n", d=g.date("br"), n=P(pf.full), c=(g.cpf(), "BR_CPF"),
          ds=g.pick(["transcrição de entrevistas (RPA)", "revisão de inglês do artigo", "tradução de resumo"]), v=g.money(300, 1800))
    doc.f("\nObs.: despesas pagas com o Cartão Pesquisa BB final «f» (titular: «bn»).«nota»\n",
          f=g.d(4), bn=P(bo.short) if g.chance(0.5) else "o bolsista",
          nota=g.pick([" A diária do hotel foi acima do teto; devolvo a diferença por GRU.", " Nota da gráfica emitida em nome do orientador, ver justificativa.",
                       " Seria prudente reclassificar o gravador como material permanente.", ""]))
    if g.chance(0.4):
        doc.f("Reembolso de despesa paga com cartão pessoal («cc»): R$ «v» — solicitado em «d».\n", cc=(g.card(), "CREDIT_CARD"),
              v=g.money(80, 900), d=g.date("br"))
    return doc


def fi_fiscais(g: Gen) -> Doc:
    """Payment list of the proctors of an entrance exam (CPF, PIS/NIT, bank data) with the site coordinator's notes."""
    doc = Doc()
    uni, sig = g.pick(UNIVERSITIES)
    coord = g.person()
    local = g.pick(SCHOOLS)
    doc.f("«s» — VESTIBULAR «y» — COORDENAÇÃO DE APLICAÇÃO\nRELAÇÃO PARA PAGAMENTO DE FISCAIS (GECC / RPA) — Local de prova: «loc» — «d»\n\n",
          s=sig, y=g.pick([2025, 2026]), loc=local, d=g.date("br"))
    sep = g.pick([" | ", ";"])
    doc.t(sep.join(["FUNÇÃO", "NOME", "CPF", "PIS/NIT", "BANCO", "AG", "CONTA", "HORAS", "VALOR"]) + "\n")
    people = []
    for i in range(g.ri(4, 5)):
        p = g.person()
        people.append(p)
        fn = "Chefe de sala" if i == 0 else g.pick(["Fiscal de sala", "Fiscal de sala", "Fiscal de corredor", "Porteiro", "Apoio PcD"])
        row = [V(fn), P(g.pick([p.caps, p.full, p.inverted, p.inverted_title])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.85) else V("—"),
               V(g.pick(["001", "104", "237", "341", "260"])), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
               V(g.pick(["5", "6", "8"])), V(g.pick(["180,00", "216,00", "288,00", "240,00"]))]
        for k, (v, lab) in enumerate(row):
            if k:
                doc.t(sep)
            doc.e(v, lab)
        doc.t("\n")
    a, b = g.rng.sample(people, 2)
    sub = g.person()
    doc.f("\nOcorrências:\n- «a» faltou; substituíd«o» por «s», CPF «sc», PIS «sp», conta «sa» ag «sg» (banco 104).\n"
          "- «b» solicitou declaração de participação para o e-mail «be».\n- Estacionamento liberado para os veículos «p1» e «p2» (coordenação).\n"
          "- Candidato da sala 12 passou mal (CID R55), atendido pelo SAMU; ocorrência nº «oc».\n\nCoordenador(a) do local: «cn» — «ct»\n",
          a=P(a.short), o=gw(a, "o", "a"), s=P(sub.full), sc=(g.cpf(), "BR_CPF"), sp=(g.pis(), "BR_PIS"), sa=(g.account(), "BANK_ACCOUNT"),
          sg=(g.agency(), "BANK_ACCOUNT"), b=P(b.first), be=(g.email(b), "EMAIL_ADDRESS"), p1=(g.plate(), "LICENSE_PLATE"),
          p2=(g.plate(), "LICENSE_PLATE"), oc=g.protocol(), cn=P(coord.full), ct=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_matricula, at_app, at_transfer, at_frequencia, at_onibus, at_secretaria, at_sisu],
    "juridico": [ju_creche, ju_bullying, ju_ficai, ju_disciplinar, ju_cep, ju_tce, ju_diploma],
    "saude": [sa_enfermaria, sa_medicacao, sa_excursao, sa_tcle, sa_pse, sa_domiciliar, sa_aee],
    "financeiro": [fi_bolsa, fi_fies, fi_renegociacao, fi_inadimplencia, fi_auxilio, fi_pesquisa, fi_fiscais],
}

CPF_LIKE = re.compile(r"(?<![\w.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\w\-/]|\.\d)")


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
            raw = re.sub(r"[^0-9X]", "", v.upper())
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|d|dona|seu|prof|profa|prof\.ª)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@«»]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|financeiro|secretaria|cep|coord|prae|contato|ouvidoria|noreply|no-reply)[.@]", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|OAB|COREN|CRP|CRFa|CRESS|CRN|CREA|CRC|CREFITO)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.\-X ]+", v), (record["id"], v)
    assert "«" not in text and "»" not in text, (record["id"], text[max(0, text.find("«") - 60):text.find("«") + 60])
    for n in negs:
        shown = n if n in text else fmt_cpf(n)
        assert shown in text, (record["id"], n)
        assert len(n) == 11 and not cpf_ok(n), (record["id"], n)
        for m in re.finditer(re.escape(shown), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)
    # every unlabelled CPF-shaped number in the text (a hard negative) fails the CPF check
    for m in CPF_LIKE.finditer(text):
        inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in record["spans"])
        if not inside:
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], text[m.start() - 80:m.end() + 20])


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                g.negs = []
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, list(g.negs))
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
    per_domain: dict[str, int] = {}
    for r in records:
        per_domain[r["domain"]] = per_domain.get(r["domain"], 0) + len(r["spans"])
    print("  spans per domain:", ", ".join(f"{k} {v}" for k, v in per_domain.items()))
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
