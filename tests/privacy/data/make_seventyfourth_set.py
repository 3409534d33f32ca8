"""Build the seventy-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_seventyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or other generators),
seed 7474, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: universities and higher education, public and private,
as their offices produce the papers: admissions (vestibular, ENEM/SISU call lists, the quota
committees' heteroidentification hearings), academic records, FIES/ProUni student finance and
tuition debts, scholarship and research-grant files (CNPq/CAPES-like agencies), thesis-defence
minutes and examining boards, student housing and the meal-plan (RU) card, the university
hospital's residency programme and the teaching clinics, student disciplinary proceedings,
diploma registration and apostille requests, the alumni and donors' office. Layouts vary:
letters, forms, tables with rulers (+---+ and psql-like) and without, CSV and TSV extracts,
chats (WhatsApp exports and the portal's help chat), e-mails and e-mail threads, OCR'd scans
with letter confusions, application logs.
- atendimento (admissions office, academic secretariat, housing): a SISU call list of one
  course (ruled table or bare, names in CAPS, quota modality, ENEM score), an enrolment form
  of a freshman (a third OCR'd scans), the help chat of the student portal (a bot, then a named
  attendant), an e-mail thread on diploma registration and the Hague apostille, a student
  housing and RU card roster (rooms, birth dates, parking permits with plate and CNH), the
  access log of the academic portal (password resets, downloads of transcripts), the minutes
  of a master's or doctoral defence with the examining board.
- juridico (the university's legal office and the committees): the minutes of a
  heteroidentification hearing of the quota committee, a student disciplinary proceeding (PAD
  discente: ordinance, hearing of the student and witnesses), a writ of mandamus
  (mandado de segurança) of a student against the rector, a FIES debt enforcement / settlement
  with the guarantor, a power of attorney to collect a diploma (OCR'd scan), the legal office's
  case-control CSV, an LGPD request of a former student to the DPO and the reply.
- saude (university hospital, residency, teaching clinics, student health): the list of new
  residents of the residency programme (CRM, NIT in half of them), a teaching-clinic record
  (dentistry, physiotherapy or psychology: patient, student, supervisor), a ward progress note
  of the university hospital written by a resident, the student health service's appointment
  CSV, the vaccination check of health students before their internship, the notification of
  a biological-material accident of a medical student, the WhatsApp group of the R1s.
- financeiro (student finance, grants, donations, RU): a FIES/ProUni statement with the
  guarantor's data, the tuition-debt collection export of a private university, a research
  grant payment sheet (holders, supervisors, agency and account, Lattes ids), the donors'
  office receipts and thank-you letter, the RU card top-up log (card payments, Pix), the
  reimbursement file of an external member of an examining board (per diem, RPA with
  NIT/PIS, plate and CNH when travelling by own car), a ProUni family-income check
  (household members, birth dates, employers).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.",
"Dra.", "Prof.", "Profa.", "dona", "seu"; particles inside a name are part of it; "SURNAME,
Given" and "SURNAME, GIVEN" are one span; nicknames and first names alone are persons;
first_name/last_name columns are one span each; a "nome social" is a person just as the civil
name is. Staff named in the text (attendants, secretaries, professors, supervisors, board
members, committee members, rectors, judges, lawyers, doctors, residents, preceptors,
analysts) are persons; logins, system accounts, bots (even a bot with a woman's name such as
"Aurora, assistente virtual") and role signatures ("Secretaria do PPGQ") are not. Corporate and
institutional e-mails of people are EMAIL_ADDRESS; role mailboxes (sisu@, diplomas@,
ouvidoria@, dpo@, prograd@) are not labelled. ADDRESS is street type + name + number +
complement (not bairro, city, state or CEP; CEP is BR_CEP); where a form splits street and
number, only the street field is an ADDRESS span; the address of the university, a campus, a
company, a notary or the hospital is not labelled. Agency and account are separate
BANK_ACCOUNT spans; bank codes and bank names are not. DATE_OF_BIRTH only for birth dates
(enrolment, hearing, defence, admission, vaccination, payment and issue dates are not).
PROFESSIONAL_ID includes the council acronym and UF or region ("CRM/SP 123456", "OAB/RJ
98.765", "CRO-MG 12345", "CRP 06/123456", "COREN-BA 123.456", "CREFITO-3/45678-F").
PIX_KEY only for random (UUID) keys, whoever holds them (a student, a donor, the foundation);
a CPF, e-mail or phone used as a Pix key takes its own label. The NIT/NIS is the PIS number
and is BR_PIS. CNPJs are labelled BR_CNPJ wherever they appear (numeric and the 2026
alphanumeric form), companies and foundations included; a company's name is never a person.

New decisions for this register: the NIS of the CadÚnico asked on enrolment forms is the
PIS/NIS number and is BR_PIS; a chat sender shown as a bare phone number is PHONE_NUMBER; the
portal's help-chat bot (named Aurora, Luz or Flor) is not a person, and its lines are not
labelled, while the human attendant is (shown as "Atendente" in most transcripts, by name in
the others); ENEM registration numbers (12 digits), student registration numbers (matrícula,
RA), SIAPE numbers, Lattes ids (16 digits), ORCID ids, grant process numbers ("CNPq
409876/2023-5"), SEI process numbers, FIES and ProUni contract numbers, RU card numbers,
diploma register numbers (livro/folha/registro), notarial seal numbers, passport numbers, RQE
numbers and hospital record numbers (prontuário) are not labelled. Buildings, rooms, halls,
residences, campuses, hospitals and schools named after people (Auditório Prudente de Morais,
Moradia Estudantil Dona Aurora Bento, Hospital Universitário Professor Alcides Carneiro, E.E.
Professora Zuleide Gadelha, Bloco Rosa Branca) and streets standing alone as places ("fica na
Barão de Mauá") are not persons. Theses' titles are not labelled, even when they hold a word
that is also a name. Course names and quota modalities (L1, L2, L9, LB_PPI) are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, northeastern and
coined names such as Dheymisson, Kethlen, Gleiciane, Uelma, Ryquelme; Italian, German,
Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese, Bolivian,
indigenous (Guajajara, Terena, Baniwa, Pankararu), Jewish, Polish of Paraná), at least a
quarter of the name words rare or invented; names that are also words (Rosa, Luz, Flor,
Vitória, Aurora, Glória, Esperança, Bento, Prudente, Amado, Sereno, Branco, Leão, Justo)
next to the same words as words ("é prudente aguardar", "conta de luz", "outubro rosa",
"vitória do DCE", "sinal verde"), in places, buildings and companies (Presidente Prudente,
Bento Gonçalves, Restaurante Universitário Aurora, Editora Luz do Saber, Livraria Flor de Lis),
which are not persons. Forms: full, ALL CAPS without accents, lower case, "SURNAME, GIVEN",
first name alone, nicknames; OCR'd scans keep their damage inside the span.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(matrículas, protocols, ERROR lines of the portal's log), ENEM numbers, Lattes ids, ICD-10
codes, money, grades and scores, order, protocol, ticket and boleto numbers, masked CPFs and
cards, laws and rules (Lei 12.711/2012, Lei 10.260/2001, Lei 11.096/2005, Lei 13.709/2018,
Portaria Normativa MEC nº 4/2018, Resolução CONSUNI 23/2019), dates that are not birth dates,
company names with surnames (Fundação Bittar de Apoio à Pesquisa, Gadelha & Tabosa Advogados,
Construtora Zanella Irmãos).
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
SEED = 7474
OUT_NAME = "seventyfourth.jsonl"

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

PT_F = ["Ana Beatriz", "Mariana", "Juliana", "Fernanda", "Camila", "Larissa", "Gabriela", "Letícia", "Amanda",
        "Beatriz", "Isabela", "Sofia", "Manuela", "Laura", "Patrícia", "Cristiane", "Adriana", "Simone", "Luciana",
        "Tatiane", "Priscila", "Aline", "Raquel", "Sandra", "Cláudia", "Maria Eduarda", "Ana Luísa", "Heloísa"]
RARE_F = ["Kethlen", "Myllena", "Thamyris", "Dheyne", "Gleiciane", "Uelma", "Zilmara", "Lucimar", "Erivânia",
          "Adenilda", "Maricélia", "Jucélia", "Cleonice", "Genilda", "Irisléia", "Nubiane", "Wanderleia", "Ysis",
          "Lauany", "Jhenifer", "Sthefany", "Kaylane", "Ellen Cristhyna", "Ozilene", "Dalvanira", "Eudóxia",
          "Benedita Zulmira", "Iracy", "Francisléia", "Rayanne Kellen", "Edineusa", "Marinalva", "Djanira"]
PT_M = ["João Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Gustavo", "Bruno", "Diego", "Thiago", "Rodrigo",
        "Eduardo", "Ricardo", "Fábio", "Márcio", "Roberto", "Antônio", "Francisco", "José Carlos", "Luís Felipe",
        "Vinícius", "Henrique", "Arthur", "Miguel", "Heitor", "Sebastião", "Fernando", "Paulo Roberto"]
RARE_M = ["Jonathas", "Kauan", "Wanderson", "Ueslei", "Dheymisson", "Cleverson", "Edivaldo", "Gervásio", "Ozias",
          "Josué Natanael", "Raylan", "Weverton", "Anderclei", "Adailton", "Francinaldo", "Irineu", "Lindberg",
          "Marivaldo", "Nildomar", "Osmarino", "Deusdete", "Eurípedes", "Tertuliano", "Zenóbio", "Kelvyn",
          "Ryquelme", "Jhonatan", "Crispim", "Agenor", "Valdemiro", "Joelson", "Everaldo"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Almeida", "Rocha", "Dias", "Moreira",
          "Batista", "Fernandes", "Soares", "Monteiro", "Mendes", "Barros", "Pires", "Farias", "Cunha", "Moraes",
          "Siqueira", "Xavier", "Tavares", "Coelho", "Ribeiro", "Gomes", "Martins", "Carvalho"]
RARE_SUR = ["Aragão", "Faheina", "Catunda", "Wanderley", "Esmeraldo", "Fontenele", "Gurgel", "Ibiapina", "Jatobá",
            "Lins Falcão", "Mourão", "Nóbrega", "Quintela", "Rangel", "Gadelha", "Tabosa", "Umbelino", "Ximenes",
            "Albano", "Carapeba", "Deodato", "Escóssia", "Feitosa", "Girão", "Macambira", "Parente", "Rebouças",
            "Sucupira", "Timbó", "Urtiga", "Veras", "Bezerril", "Cajazeiras", "Tinoco", "Uchôa", "Pinheiro Landim"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Glória", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Sereno", "Leão", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Flor", "Luz", "Aurora", "Vitória", "Leão",
            "Carneiro", "Raposo", "Cordeiro", "Lobo", "Pinheiro", "Serra"]
NICK = {"Maria Eduarda": "Duda", "Beatriz": "Bia", "Ana Beatriz": "Bia", "Gabriela": "Gabi", "Sebastião": "Tião",
        "José Carlos": "Zé Carlos", "Francisco": "Chico", "Fernando": "Nando", "Antônio": "Tonho", "Edivaldo": "Dedé",
        "Juliana": "Ju", "Isabela": "Isa", "Paulo Roberto": "Paulinho", "Francinaldo": "Naldo", "Marivaldo": "Vado",
        "Benedita Zulmira": "Ditinha", "Tertuliano": "Tulé", "Luís Felipe": "Lipe", "Eurípedes": "Pepe",
        "Ellen Cristhyna": "Cris", "Anderclei": "Cleizinho", "Gervásio": "Vasinho"}
FOREIGN = {
    "it": (["Giovanna", "Ornella", "Pierina"], ["Giuseppe", "Tarcísio", "Amedeo"],
           ["Zanella", "Bertoldi", "Castellan", "Pizzolatto", "Dal Bó", "Mantovani"]),
    "de": (["Hildegard", "Elke", "Frieda"], ["Egon", "Reinaldo", "Dietrich"],
           ["Schmitt", "Klein", "Wessler", "Radünz", "Boettcher", "Hasse"]),
    "jp": (["Akemi", "Harumi", "Yuki"], ["Hideo", "Massao", "Tetsuo"],
           ["Nakamura", "Higa", "Shimabukuro", "Sakamoto", "Fujita", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Rania"], ["Habib", "Munir", "Jamil"],
           ["Jafet", "Bittar", "Daher", "Chamas", "Zogbi", "Atallah"]),
    "kr": (["Soo-ah", "Eun-ji"], ["Dong-hyun", "Min-seok"], ["Park", "Lee", "Kang", "Han"]),
    "cn": (["Mei", "Yan"], ["Wei", "Jun"], ["Wang", "Zhang", "Liu", "Huang"]),
    "ht": (["Mirlène", "Nadège", "Fabiola"], ["Jean-Robert", "Wesner", "Frantzy"],
           ["Pierre-Louis", "Jean-Baptiste", "Saint-Fleur", "Desir", "Toussaint"]),
    "ao": (["Nzinga", "Ngueve", "Luena"], ["Kalunga", "Mbala", "Ndumbu"],
           ["Kiala", "Muanza", "Cassoma", "Sapalo", "Tchilombo"]),
    "sn": (["Ndeye", "Awa", "Mariama"], ["Babacar", "Modou", "Abdoulaye"], ["Diallo", "Sarr", "Faye", "Mbaye", "Cissé"]),
    "bo": (["Yolanda", "Nilda", "Marisol"], ["Wálter", "Edwin", "Feliciano"], ["Mamani", "Choque", "Condori", "Huanca"]),
    "in": (["Potira", "Jaciara", "Yakuy"], ["Kaiuby", "Raoni", "Ubiratã"],
           ["Guajajara", "Terena", "Pankararu", "Baniwa", "Potiguara", "Tapeba"]),
    "jw": (["Sara", "Ester", "Miriam"], ["Moisés", "Jacó", "Isaac"], ["Lerner", "Zylberstajn", "Rosenthal", "Gurfinkel"]),
    "pl": (["Jadwiga", "Halina"], ["Casimiro", "Estanislau"], ["Wisniewski", "Kowalczyk", "Lewandowski", "Dziedzic"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "kr"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Zylberstajn", "Gurfinkel", "Radünz", "Boettcher", "Shimabukuro", "Arakaki", "Atallah", "Zogbi",
             "Pizzolatto", "Dal Bó", "Eudóxia", "Yakuy", "Kaiuby"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Rosa", "Luz", "Vitória", "Silva", "Serra", "Aurora", "Cunha"}
DO_SUR = {"Amaral", "Carmo", "Nascimento"}
DOS_SUR = {"Santos", "Reis"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "14", "16", "18", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "44", "47", "48",
        "51", "53", "55", "61", "62", "63", "65", "67", "68", "71", "73", "77", "79", "81", "82", "83", "84", "85",
        "86", "87", "88", "91", "92", "94", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada",
                "Vila", "Conjunto"]
STREET_NAMES = ["Barão de Mauá", "Rosa Branca", "Professor Bento Amado", "da Aurora", "Prudente de Morais",
                "Flor de Lis", "dos Estudantes", "Reitor Deodato Girão", "Professora Uelma Catunda",
                "Sete de Setembro", "Dom Pedro I", "Visconde de Taunay", "Luz do Sol", "Esperança",
                "Marechal Deodoro", "Tenente Crispim Tabosa", "das Acácias", "Vitória Régia", "dos Ipês",
                "Padre Ibiapina", "Rui Barbosa", "Treze de Maio", "Irmã Dulce", "Coronel Esmeraldo",
                "Cônego Timbó", "das Orquídeas", "Monteiro Lobato", "Tiradentes", "Doutor Zenóbio Ximenes",
                "Universitária", "do Contorno", "Santos Dumont"]
COMPS = ["", "", "", "apto {a}", "casa {c}", "bloco {b} apto {a2}", "fundos", "ap. {a}", "qd {q} lt {l}",
         "kitnet {c}", "térreo"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Rio Branco", "AC"),
          ("Aurora", "CE"), ("Esperança", "PB"), ("Campina Grande", "PB"), ("Viçosa", "MG"), ("São Carlos", "SP"),
          ("Santa Maria", "RS"), ("Pelotas", "RS"), ("Londrina", "PR"), ("Ponta Grossa", "PR"), ("Uberlândia", "MG"),
          ("Juiz de Fora", "MG"), ("Feira de Santana", "BA"), ("Mossoró", "RN"), ("Crato", "CE"), ("Sobral", "CE"),
          ("Imperatriz", "MA"), ("Santarém", "PA"), ("Dourados", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"),
          ("Palmas", "TO"), ("Chapecó", "SC"), ("Blumenau", "SC"), ("Maceió", "AL"), ("Teresina", "PI"),
          ("Natal", "RN"), ("Recife", "PE"), ("Manaus", "AM"), ("Macapá", "AP"), ("Seropédica", "RJ")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Aurora", "Cidade Universitária", "Centro", "Vila Leão", "Bela Vista", "Jardim Rosa Branca",
           "Alto da Luz", "Parque Prudente", "Vila Esperança", "Bonfim", "Conjunto Flor do Campo", "Trindade",
           "Benfica", "Pici", "Castelo Branco", "Bodocongó"]
CIDS = ["F41.1", "F32.1", "F43.2", "J06.9", "K08.1", "K02.1", "M54.5", "S93.4", "E11.9", "I10", "J45.9", "N39.0",
        "A90", "B34.9", "Z23.5", "Z57.8", "W46", "Z20.6", "R51", "K35.8", "O80", "G43.9", "L70.0", "M77.1"]
UNIS = [("Universidade Federal do Cariri", "UFCA"), ("Universidade Estadual do Oeste", "UEO"),
        ("Universidade Federal do Vale do Jaguaribe", "UFVJ"), ("Centro Universitário Flor de Lis", "UniFlor"),
        ("Universidade Federal do Planalto Sul", "UFPS"), ("Faculdade Aurora de Ciências", "FAC"),
        ("Universidade Estadual Vale do Mucuri", "UEVM"), ("Universidade Federal Rural do Agreste", "UFRA")]
COURSES = ["Medicina", "Odontologia", "Direito", "Engenharia Civil", "Enfermagem", "Psicologia", "Pedagogia",
           "Ciência da Computação", "Agronomia", "Fisioterapia", "Letras - Português", "Medicina Veterinária",
           "Arquitetura e Urbanismo", "Química", "História (licenciatura)", "Nutrição", "Farmácia"]
COTAS = ["AC", "L1", "L2", "L5", "L6", "L9", "L10", "L13", "L14", "LB_PPI", "LB_EP", "LI_PCD"]
COMPANIES = ["Construtora Zanella Irmãos Ltda", "Farmácia Luz Divina", "Supermercado Prudente", "Bittar Têxtil S.A.",
             "Aurora Alimentos Ltda", "Transportes Bento & Filhos", "Gadelha & Tabosa Advogados", "Livraria Flor de Lis",
             "Padaria Rosa Branca", "Oficina Leão Motos", "Escola Amado Batista de Idiomas", "Clínica Vitória Ltda",
             "Mercadinho Esperança", "Higa & Nakamura Contabilidade", "Editora Luz do Saber"]
WORD_USES = ["é prudente aguardar o resultado do recurso", "a conta de luz da moradia venceu", "campanha do outubro rosa",
             "vitória do DCE na assembleia", "o sistema deu sinal verde", "a página ficou em branco",
             "seria prudente mandar por e-mail também", "a aurora boreal do planetário", "deu à luz em março",
             "a flor de cerejeira do jardim japonês do campus"]


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
        return self.given.split()[0]

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
        if r < 0.40:
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

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(90, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "icloud.com", "live.com", "aluno.ufca.edu.br"])
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

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def masked_cpf(self) -> str:
        n = self.cpf_digits()
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"***.***.{n[6:9]}-**"])

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
        if dash is None:
            return f"{n[:2]}.{n[2:5]}-{n[5:]}"
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"])
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
        return self.pick(["001 - Banco do Brasil", "104 - Caixa", "237 - Bradesco", "341 - Itaú", "033 - Santander",
                          "260 - Nu Pagamentos", "077 - Inter", "756 - Sicoob", "748 - Sicredi", "004 - BNB"])

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 143, 164, 150])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(COMPS).format(a=self.ri(11, 1204), c=self.ri(1, 12), b=self.pick("ABCDEF"),
                                        a2=self.ri(11, 408), q=self.ri(1, 40), l=self.ri(1, 30))
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
        sep = self.pick([", ", ", nº ", " ", ", n. "]) if num != "s/n" else self.pick([", ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1986, hi: int = 2007) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "dash", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2023, 2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["4.05", "4.01", "4.03", "4.04", "4.02", "8.26", "8.06", "8.13", "5.07"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"ATD-{self.d(6)}", f"OUV-{self.ri(2024, 2025)}-{self.d(5)}"])

    def enem(self) -> str:
        return self.neg(12) if self.chance(0.8) else f"2{self.pick('345')}{self.d(10)}"

    def matricula(self) -> str:
        return self.pick([f"{self.ri(2016, 2025)}{self.d(6)}", f"{self.ri(2016, 2025)}{self.ri(1, 2)}{self.d(5)}",
                          self.neg(11), f"{self.d(2)}.{self.d(5)}-{self.d(1)}", f"RA{self.d(7)}"])

    def siape(self) -> str:
        return self.pick([self.d(7), f"SIAPE {self.d(7)}", f"{self.d(7)}"])

    def lattes(self) -> str:
        return self.neg(16)

    def sei(self) -> str:
        return f"23{self.d(3)}.{self.d(6)}/{self.ri(2022, 2025)}-{self.d(2)}"

    def grant(self) -> str:
        return self.pick([f"{self.ri(300000, 449999)}/{self.ri(2021, 2025)}-{self.d(1)}", f"88887.{self.d(6)}/{self.ri(2022, 2025)}-00",
                          f"{self.ri(2020, 2025)}/{self.d(5)}-{self.d(1)}"])

    def orcid(self) -> str:
        return f"0000-000{self.d(1)}-{self.d(4)}-{self.d(3)}{self.pick('0123456789X')}"

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {dotted}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n % 60000}", f"CRO/{uf} {n % 60000}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.ri(1, 23):02d}/{self.d(5)}", f"CRP-{self.ri(1, 23):02d}/{self.d(6)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F"
        if kind == "CRN":
            return f"CRN-{self.ri(1, 11)} {self.d(5)}"
        return self.pick([f"CRM/{uf} {n}", f"CRM-{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {dotted}", f"CRM/{uf} {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("li", "h"), ("e", "c"), ("í", "i"), ("ã", "a"),
               ("ç", "c"), ("é", "e"), ("I", "l"), ("n", "ri"), ("o", "ó"), ("a", "o")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Apply one or two OCR letter confusions (names and words only; identifiers stay clean)."""
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in OCR_LETTERS if a in s]
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


def P(s: str):
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def table_psql(doc: Doc, cols: list[str], rows: list[list[tuple]], footer: bool = True) -> None:
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


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]]) -> None:
    """+----+ ruled table as printed by report tools."""
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


def table_bare(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: int = 2) -> None:
    """Columns padded with spaces, no rules (a listing pasted from a PDF)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t((" " * gap).join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                doc.t(" " * gap)
            doc.cell(v, w if k < len(cols) - 1 else 0, lab)
        doc.text = doc.text.rstrip(" ")
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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def uni(g: Gen) -> tuple[str, str, str]:
    name, sig = g.pick(UNIS)
    return name, sig, sig.lower() + ".edu.br"


def nota(g: Gen) -> str:
    return f"{g.ri(480, 860)},{g.d(2)}"


# =========================================================================== atendimento

def at_sisu(g: Gen) -> Doc:
    """SISU call list of one course: ruled, psql-like or bare table, names in CAPS, quota modality."""
    doc = Doc()
    un, sig, dom = uni(g)
    course = g.pick(COURSES)
    ch = g.pick(["1ª chamada da lista de espera", "2ª CHAMADA DA LISTA DE ESPERA", "chamada regular", "3ª chamada (vagas remanescentes)"])
    doc.f("«u» — «s»\nPRÓ-REITORIA DE GRADUAÇÃO · Coordenadoria de Acesso e Ingresso\nSISU «y».«sem» — «ch»\n"
          "Curso: «c» — Campus «cp» — turno «t»\nEdital PROGRAD nº «ed»/«y», nos termos da Lei 12.711/2012 e da Portaria Normativa MEC nº «pn»/2012\n\n",
          u=fold(un).upper(), s=sig, y=g.pick([2024, 2025]), sem=g.ri(1, 2), ch=ch, c=course,
          cp=g.pick(["Sede", "Presidente Prudente", "Bento Gonçalves", "Aurora", "Juazeiro", "Vale do Jaguaribe"]),
          t=g.pick(["integral", "noturno", "matutino"]), ed=g.ri(3, 48), pn=g.pick(["18", "21"]))
    masked = g.chance(0.2)
    rows = []
    dn = g.chance(0.5)
    for i in range(g.ri(5, 8)):
        c = g.person()
        social = g.chance(0.1)
        rows.append([V(f"{i + 1}º"), V(g.enem()), P(g.pick([c.caps, c.caps, c.caps, c.plain])),
                     V(g.masked_cpf()) if masked else (g.cpf("dot"), "BR_CPF"), V(g.pick(COTAS)), V(nota(g)), V("*" if social else "")])
        if dn:
            rows[-1].insert(4, (g.dob("br", 1988, 2007), "DATE_OF_BIRTH"))
    cols = ["Class.", "Inscrição ENEM", "Nome do(a) candidato(a)", "CPF", "Modal.", "Nota", "Obs"]
    if dn:
        cols.insert(4, "Data nasc.")
    style = g.pick(["ruled", "psql", "bare"])
    if style == "ruled":
        table_ruled(doc, cols, rows)
    elif style == "psql":
        table_psql(doc, cols, rows, footer=False)
    else:
        table_bare(doc, cols, rows)
    doc.t("* candidato(a) com nome social registrado; a lista usa o nome social conforme Decreto 8.727/2016.\n")
    if dn:
        doc.t("Critério de desempate: maior idade (Lei 10.741/2003, art. 27), depois maior nota em Redação.\n")
    doc.t("\n")
    pr = g.person()
    doc.f("Os convocados nas modalidades L2, L6, L10 e L14 devem comparecer à banca de heteroidentificação em «d», às «h», "
          "no Auditório «aud». Documentos pelo portal até «d2»; dúvidas apenas pelo e-mail sisu@«dom» "
          "(não atendemos por telefone). «w».\n\n«c», «d3».\n\n«p»\nPró-Reitor«a» de Graduação\n",
          d=g.date("br"), h=g.hm(), aud=g.pick(["Prudente de Morais", "Reitor Deodato Girão", "Dona Rosa Gadelha", "Central"]),
          d2=g.date("br"), dom=dom, w=g.pick(["É prudente não deixar para o último dia", "Não serão aceitos documentos ilegíveis ou com a página em branco",
                                               "A matrícula não é automática"]),
          c=g.city()[0], d3=g.date("long"), p=P(g.pick([pr.full, pr.full, pr.caps])), a="a" if pr.female else "")
    return doc


def at_ficha(g: Gen) -> Doc:
    """Enrolment form of a freshman; a third are OCR'd scans (letters confused in names and words)."""
    doc = Doc()
    scan = g.chance(0.35)
    o = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    un, sig, dom = uni(g)
    c = g.person()
    mae, pai = g.relative(c, True), g.relative(c, False)
    city, uf = g.city()
    t, nm, num, comp = g.street_parts()
    hdr = o(f"{fold(un).upper()}\nFICHA DE CADASTRO DE INGRESSANTE — {g.pick(['SISU', 'VESTIBULAR', 'TRANSFERÊNCIA EXTERNA', 'PROUNI'])} {g.pick([2024, 2025])}")
    doc.t(hdr + "\n" + ("[digitalizado — página 1 de 2]\n" if scan else "") + "\n")
    lab = (lambda s: o(s)) if scan else (lambda s: s)
    sep = g.pick([": ", ":  ", " ........ ", ": "])
    doc.f(lab("Curso") + sep + "«cu»    " + lab("Matrícula") + sep + "«m»\n", cu=g.pick(COURSES), m=g.matricula())
    doc.f(lab("Nome civil") + sep + "«n»\n", n=P(o(g.pick([c.caps, c.full]))))
    if g.chance(0.15):
        so = g.person(female=not c.female)
        doc.f(lab("Nome social") + sep + "«n»\n", n=P(o(so.first + " " + " ".join(c.surnames))))
    doc.f(lab("Data de nascimento") + sep + "«d»    " + lab("Naturalidade") + sep + "«nat»/«uf»    Sexo: «s»\n",
          d=(g.dob(g.pick(["br", "br", "nopad", "dot"])), "DATE_OF_BIRTH"), nat=city, uf=uf, s="F" if c.female else "M")
    doc.f("CPF" + sep + "«cpf»    RG" + sep + "«rg» «oe»/«uf»   " + lab("Data de expedição") + sep + "«de»\n",
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP", "SSPDS", "SDS", "PC", "DETRAN"]), uf=g.pick(UFS),
          de=g.date("br", g.ri(2012, 2024)))
    if g.chance(0.7):
        doc.f(lab("Título de eleitor") + sep + "«t»   Zona «z»  Seção «se»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"), z=g.d(3), se=g.d(4))
    if g.chance(0.45):
        doc.f("NIS (CadÚnico)" + sep + "«n»\n", n=(g.pis(), "BR_PIS"))
    doc.f(lab("Inscrição ENEM") + sep + "«e»   " + lab("Modalidade") + sep + "«mo»\n", e=g.enem(), mo=g.pick(COTAS))
    addr = f"{t} {nm}, {num}" + (f", {comp}" if comp else "")
    doc.f(lab("Endereço") + sep + "«a»   Bairro: «b»\n", a=(o(fold(addr).upper() if g.chance(0.4) else addr), "ADDRESS"), b=g.pick(BAIRROS))
    doc.f("CEP" + sep + "«cep»   " + lab("Cidade") + "/UF" + sep + "«ci»/«uf»\n", cep=(g.cep(g.pick([True, True, False, None])), "BR_CEP"),
          ci=g.pick([city, g.city()[0]]), uf=uf)
    doc.f(lab("Celular") + sep + "«p»   " + lab("Tel. recado") + sep + "«p2»\n", p=(g.phone(), "PHONE_NUMBER"),
          p2=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("E-mail" + sep + "«em»\n", em=(g.email(c), "EMAIL_ADDRESS"))
    doc.f(lab("Filiação") + sep + "«m» / «p»\n", m=P(o(g.pick([mae.caps, mae.full]))),
          p=P(o(g.pick([pai.caps, pai.full]))) if g.chance(0.8) else "(não declarado)")
    doc.f(lab("Escola de origem") + sep + "«es» («tp»)   " + lab("Ano de conclusão") + sep + "«an»\n",
          es=g.pick(["E.E.M. Professora Zuleide Gadelha", "Colégio Estadual Dom Pedro I", "EEEP Padre Ibiapina",
                     "Escola Municipal Rosa Branca", "IFCE campus Crato", "Colégio Prudente de Morais", "CE Irmã Dulce"]),
          tp=g.pick(["pública", "pública", "privada c/ bolsa integral"]), an=g.ri(2018, 2024))
    if g.chance(0.3):
        doc.f(lab("Possui veículo") + "? sim — placa «p» (estacionamento do campus)\n", p=(g.plate(), "LICENSE_PLATE"))
    elif g.chance(0.5):
        doc.t(lab("Possui veículo") + "? não\n")
    doc.f("\n" + lab("Declaro serem verdadeiras as informações acima") + ".\n«ci», «d»\n\n______________________\n«n»\n",
          ci=city, d=g.date("long"), n=P(o(c.full)))
    doc.f(lab("Conferido por") + ": «a» — mat. SIAPE «s»\n", a=P(o(g.person().short)), s=g.d(7))
    return doc


def at_chat(g: Gen) -> Doc:
    """Help chat of the student portal: the bot, then a named attendant."""
    doc = Doc()
    un, sig, dom = uni(g)
    c = g.person()
    at = g.person()
    bot = g.pick(["Aurora", "Luz", "Flor"])
    ts = g.times(12, 8 * 3600, 18 * 3600)
    doc.f("Transcrição do atendimento — Portal do Estudante «s» — protocolo «p»\nCanal: chat web · data «d» · IP de origem «ip»\n\n",
          s=sig, p=g.protocol(), d=g.date("br"), ip=(g.ip(), "IP_ADDRESS"))
    who_me = g.pick([c.first, fold(c.first).lower(), c.short])
    me_v = P(who_me) if g.chance(0.35) else V(g.pick(["Você", "Aluno(a)", "Você"]))
    doc.f("[«t»] «b» (assistente virtual): Oi! Eu sou a «b», assistente virtual da PROGRAD. Me diz seu CPF ou matrícula pra começar 😊\n",
          t=ts[0], b=bot)
    doc.f("[«t»] «n»: «cpf»\n", t=ts[1], n=me_v, cpf=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    topic = g.pick(["segunda via do histórico escolar", "declaração de matrícula com nome social", "trancamento do semestre",
                    "2ª via da carteirinha do RU", "aproveitamento de disciplinas", "colação de grau especial"])
    doc.f("[«t»] «b» (assistente virtual): Encontrei! Você é «m»? Sobre o que quer falar?\n", t=ts[2], b=bot,
          m=P(g.pick([c.caps, c.full])))
    doc.f("[«t»] «n»: sou sim. quero «tp», o sistema dá erro e a página fica em branco\n", t=ts[3], n=me_v, tp=topic)
    doc.f("[«t»] «b» (assistente virtual): Vou te transferir para um atendente humano. Tempo estimado: «m» min.\n", t=ts[4], b=bot, m=g.ri(2, 25))
    an_role = g.chance(0.6)
    an = name_form(g, at, ["full", "short", "first"])
    an_v = V("Atendente") if an_role else P(an)
    doc.f("[«t»] «av» (Atendimento PROGRAD): Bom dia, «n»! Aqui é «a2». Pra confirmar, qual sua data de nascimento?\n",
          t=ts[5], av=an_v, a=P(an), n=P(c.first), a2=P(at.first))
    doc.f("[«t»] «n»: «d»\n", t=ts[6], n=me_v, d=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    doc.f("[«t»] «av» (Atendimento PROGRAD): obrigad«o». O e-mail cadastrado aqui é «mk», ainda usa?\n", t=ts[7], av=an_v, a=P(an), o=at.o,
          mk=g.pick(["j****@gmail.com", "m*****a@hotmail.com", "k***@outlook.com"]))
    em = g.email(c)
    doc.f("[«t»] «n»: não, agora é «e». e meu cel mudou, «p»\n", t=ts[8], n=me_v, e=(em, "EMAIL_ADDRESS"), p=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        pr = g.person()
        doc.f("[«t»] «n»: ah e o prof «pr» disse q a nota de «di» ainda não foi lançada, vocês conseguem ver?\n", t=ts[9], n=me_v,
              pr=P(g.pick([pr.first, pr.short, pr.last])), di=g.pick(["Cálculo I", "Anatomia II", "Bioquímica", "Direito Civil III", "Estatística"]))
        doc.f("[«t»] «av» (Atendimento PROGRAD): isso é com a coordenação do curso, o e-mail é coord.curso@«dom». Já atualizei seu cadastro e abri o "
              "requerimento nº «r» para «tp».\n", t=ts[10], av=an_v, a=P(an), dom=dom, r=g.protocol(), tp=topic)
    else:
        doc.f("[«t»] «av» (Atendimento PROGRAD): Pronto, atualizei. Requerimento nº «r» aberto; prazo de «k» dias úteis. Algo mais?\n",
              t=ts[10], av=an_v, a=P(an), r=g.protocol(), k=g.ri(3, 10))
    if g.chance(0.5):
        doc.f("[«t»] «n»: só isso. ah, dá pra mandar a via impressa pelo correio? «ad», «b», CEP «cep»\n", t=ts[11], n=me_v,
              ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.7)), "BR_CEP"))
        doc.f("[«t»] «av» (Atendimento PROGRAD): dá sim, anotei no requerimento. Bons estudos!\n", t=ts[11], av=an_v)
    else:
        doc.f("[«t»] «n»: só isso, valeu «a»!!\n", t=ts[11], n=me_v, a=P(at.first))
    doc.t("— atendimento encerrado · avaliação: " + g.pick(["★★★★★", "★★★★☆", "sem avaliação"]) + "\n")
    return doc


def at_diploma(g: Gen) -> Doc:
    """E-mail thread on diploma registration and the Hague apostille, from a graduate abroad."""
    doc = Doc()
    un, sig, dom = uni(g)
    c = g.person()
    sec = g.person()
    country, cc, ph = g.pick([("em Portugal", "+351", lambda: f"+351 9{g.d(2)} {g.d(3)} {g.d(3)}"),
                              ("na Itália", "+39", lambda: f"+39 3{g.d(2)} {g.d(3)} {g.d(4)}"),
                              ("na Alemanha", "+49", lambda: f"+49 15{g.d(2)} {g.d(7)}"),
                              ("no Canadá", "+1", lambda: f"+1 (514) {g.d(3)}-{g.d(4)}")])
    em = g.email(c)
    doc.f("De: «n» <«e»>\nPara: diplomas@«dom»\nAssunto: Registro de diploma e apostilamento («cu2»)\nData: «d»\n\n",
          n=P(c.full), e=(em, "EMAIL_ADDRESS"), dom=dom, cu2=g.pick(["urgente", "egresso", "2ª tentativa"]), d=g.date("br") + " " + g.hm())
    doc.f("Prezados, boa tarde.\n\nMe formei em «cu» (colação em «dc») e hoje moro «ct». Preciso do diploma registrado e apostilado "
          "(Convenção da Apostila da Haia) para a validação aqui. Seguem meus dados:\n\n"
          "Nome completo: «n»\nCPF: «cpf»\nData de nascimento: «dob»\nPassaporte: «pp»\nMatrícula: «m»\nTelefone/WhatsApp: «ph»\n\n",
          cu=g.pick(COURSES), dc=g.date("br", g.ri(2019, 2024)), ct=country, n=P(c.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1985, 2001), "DATE_OF_BIRTH"), pp=f"{g.pick(['FZ', 'GA', 'YB'])}{g.d(6)}", m=g.matricula(), ph=(ph(), "PHONE_NUMBER"))
    pro = g.relative(c)
    doc.f("Como não estou no Brasil, minha «r» «p» (CPF «pc», RG «prg») vai retirar o documento com procuração. Ela mora na "
          "«a», CEP «cep», caso precisem enviar algo pelos Correios.\n\nObrigad«o»,\n«f»\n\n",
          r="mãe" if pro.female else "pai", p=P(pro.full), pc=(g.cpf(), "BR_CPF"), prg=(g.rg(), "BR_RG"), a=(g.address(), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), o=c.o, f=P(c.first))
    doc.f("-----\nDe: «s» <«se»>\nPara: «e»\nData: «d»\n\nOlá, «n».\n\nSeu diploma foi registrado sob o nº «r», livro «l», folha «fo» "
          "(processo SEI «sei»). O apostilamento é feito em cartório, não pela universidade (o mais perto do campus fica na «rua»); a «re» pode retirar o diploma na "
          "Secretaria de Registro de Diplomas, Bloco «bl», mediante procuração com firma reconhecida. Taxa do cartório: R$ «v».\n\n"
          "Atenciosamente,\n«s»\nSecretaria de Registro de Diplomas — «sig»\n",
          s=P(sec.full), se=(corp_mail(sec, dom), "EMAIL_ADDRESS"), e=(em, "EMAIL_ADDRESS"), d=g.date("br"), n=P(c.first),
          r=g.d(5), l=g.ri(1, 40), fo=g.ri(1, 300), sei=g.sei(), re="sua mãe" if pro.female else "seu pai",
          rua=g.pick(["Barão de Mauá", "Prudente de Morais, esquina com a Rui Barbosa", "Padre Ibiapina", "Irmã Dulce"]),
          bl=g.pick(["Rosa Branca", "Prudente de Morais", "C", "Administrativo II"]), v=g.money(40, 160), sig=sig)
    return doc


def at_moradia(g: Gen) -> Doc:
    """Student housing and RU card roster: rooms, contacts, parking permits with plates."""
    doc = Doc()
    un, sig, dom = uni(g)
    res = g.pick(["Moradia Estudantil Dona Aurora Bento", "Residência Universitária Prudente de Morais", "Casa do Estudante Padre Ibiapina",
                  "REU Bloco Rosa Branca", "Residência Universitária Professor Zenóbio Ximenes"])
    doc.f("«s» · PRAE — «r»\nRelação de moradores «y» (atualizada em «d») · uso interno — contém dados pessoais (LGPD)\n\n",
          s=sig, r=res, y=g.pick(["2025.1", "2025.2", "2024.2"]), d=g.date("br"))
    rows = []
    for _ in range(g.ri(5, 8)):
        c = g.person()
        car = g.chance(0.3)
        rows.append([V(f"{g.pick('ABCD')}-{g.ri(1, 3)}{g.d(2)}"), P(g.pick([c.full, c.caps, c.full])), V(g.matricula()),
                     (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), V(g.pick(COURSES)[:18]), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     V(f"RU-{g.d(6)}"), (g.plate(), "LICENSE_PLATE") if car else V("—"), (g.cnh(), "BR_CNH") if car else V("—")])
    cols = ["Quarto", "Morador(a)", "Matrícula", "CPF", "Nascimento", "Curso", "Celular", "Cartão RU", "Placa", "CNH (garagem)"]
    if g.chance(0.5):
        table_ruled(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, sep=g.pick([";", "\t"]))
    adm = g.person()
    doc.f("\nObs.: vaga de garagem só para veículo cadastrado (placa acima). «w». O cartão do RU «ru» dá direito a almoço e jantar; "
          "café só para quem tem auxílio integral.\nResponsável: «a» (administração da moradia) — «e»\n",
          w=g.pick(["A conta de luz do bloco C veio alta de novo, economizem", "A festa de sexta foi uma vitória, mas o barulho não",
                    "É prudente não deixar bicicleta no corredor"] + [u[0].upper() + u[1:] for u in WORD_USES]),
          ru=g.pick(["Aurora", "Central", "do Campus Sede"]), a=P(adm.full), e=(corp_mail(adm, dom), "EMAIL_ADDRESS"))
    return doc


def at_log(g: Gen) -> Doc:
    """Access log of the academic portal: logins, password resets, transcript downloads."""
    doc = Doc()
    un, sig, dom = uni(g)
    d = g.date("iso")
    host = g.pick(["sigaa-web-02", "portal-aluno-1", "academico-app-03"])
    ts = g.times(g.ri(8, 11), 0, 86000)
    doc.f("# trecho de /var/log/«h»/app.log enviado pelo suporte (chamado «c»)\n", h=host.split("-")[0], c=g.protocol())
    for t in ts:
        k = g.ri(0, 5)
        c = g.person()
        lg = re.sub(r"[^a-z]", "", fold(c.first).lower())[:1] + re.sub(r"[^a-z]", "", fold(c.last).lower())
        stamp = f"{d}T{t}:{g.ri(0, 59):02d}.{g.d(3)}-03:00 {host}"
        if k == 0:
            doc.f("«s» INFO  [auth] login ok user=«u» ip=«ip» ua=\"Mozilla/5.0 (Linux; Android 1«a»)\"\n", s=stamp, u=lg + g.d(2), ip=(g.ip(), "IP_ADDRESS"), a=g.ri(0, 4))
        elif k == 1:
            doc.f("«s» INFO  [senha] reset solicitado cpf=«cpf» email_destino=«e» ip=«ip»\n", s=stamp, cpf=(g.cpf("raw"), "BR_CPF"),
                  e=(g.email(c), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
        elif k == 2:
            doc.f("«s» INFO  [docs] emitido historico_escolar.pdf matricula=«m» discente=\"«n»\" hash=«hh»\n", s=stamp, m=g.matricula(),
                  n=P(c.caps), hh=g.hexs(12))
        elif k == 3:
            doc.f("«s» WARN  [auth] 5 tentativas falhas user=«u» ip=«ip» -> bloqueio 15min\n", s=stamp, u=lg, ip=(g.ip(), "IP_ADDRESS"))
        elif k == 4:
            doc.f("«s» ERROR [cadastro] falha ao validar CPF «b» (dígito inválido) form=atualizacao_dados user=«u»\n", s=stamp,
                  b=g.bad_cpf(g.pick(["raw", "dot"])), u=lg)
        else:
            doc.f("«s» INFO  [cadastro] dados atualizados discente=\"«n»\" celular=«p» nascimento=«dob» ip=«ip»\n", s=stamp,
                  n=P(g.pick([c.full, c.plain])), p=(g.phone("raw"), "PHONE_NUMBER"), dob=(g.dob("iso"), "DATE_OF_BIRTH"), ip=(g.ip(), "IP_ADDRESS"))
    sup = g.person()
    doc.f("# obs («n»): o IP «ip» é o NAT da biblioteca central, não é de aluno; o user svc_integracao é conta de sistema.\n",
          n=P(sup.first), ip="10.20." + str(g.ri(0, 255)) + "." + str(g.ri(1, 254)))
    return doc


def at_ata_defesa(g: Gen) -> Doc:
    """Minutes of a master's or doctoral defence, with the external members' data table."""
    doc = Doc()
    un, sig, dom = uni(g)
    lvl = g.pick(["Dissertação de Mestrado", "Tese de Doutorado"])
    prog = g.pick(["Química", "Ciências da Saúde", "Educação", "Agronomia", "Letras", "Direito", "Desenvolvimento Regional"])
    st = g.person()
    ori, mi, me, me2 = g.person(), g.person(), g.person(), g.person()
    sup = g.chance(0.4)
    title = g.pick(["Aurora boreal e cintilação ionosférica no extremo sul", "Flor de Lis: memória e resistência em um bairro operário",
                    "Efeito da adubação nitrogenada no feijão-caupi", "Políticas de cotas e permanência estudantil no semiárido",
                    "Vitória-régia como bioindicador em lagos de várzea", "O princípio da prudência na responsabilidade civil do Estado"])
    doc.f("ATA DA SESSÃO PÚBLICA DE DEFESA DE «lv»\nPrograma de Pós-Graduação em «pg» — «s»\n\n", lv=fold(lvl).upper(), pg=prog, s=sig)
    doc.f("Aos «dd» dias do mês de «mm» de «yy», às «h», «lo», realizou-se a sessão pública de defesa da «lv» intitulada \"«ti»\", "
          "de autoria d«o» discente «st» (matrícula «m»). A Banca Examinadora foi composta pelos Professores Doutores «o1» "
          "(orientador«oa», presidente), «mi» (membro interno) e «me» (membro externo, «ie»)",
          dd=g.ri(2, 28), mm=g.pick(MONTHS), yy=g.pick([2024, 2025]), h=g.pick(["9h", "14h", "14h30", "16h"]),
          lo=g.pick(["no Auditório Prudente de Morais", "por videoconferência (Google Meet)", "na sala 204 do Bloco Rosa Branca",
                     "no Anfiteatro Professora Uelma Catunda"]), lv=lvl, ti=title, o=st.o, st=P(st.full), m=g.matricula(),
          o1=P(ori.full), oa="a" if ori.female else "", mi=P(mi.full), me=P(me.full),
          ie=g.pick(["UFPB", "USP", "Universidade do Porto", "UFRGS", "Embrapa", "UNILAB"]))
    if sup:
        doc.f(", tendo como suplente «x» («i»)", x=P(me2.full), i=g.pick(["UFC", "UECE", "IFPB", "UFERSA"]))
    doc.f(". Após a exposição e a arguição, a banca reuniu-se em sessão secreta e atribuiu o conceito «res». ",
          res=g.pick(["APROVADO", "APROVADO COM CORREÇÕES", "APROVADO, com indicação de publicação"]))
    k = g.ri(0, 2)
    if k == 0:
        doc.f("A banca recomendou incorporar as sugestões de «x» ao texto final. ", x=P(g.pick([me.first, me.short, me.last])))
    elif k == 1:
        doc.t("O prazo para a entrega da versão final é de 60 dias. ")
    doc.t("\n\n")
    if g.chance(0.5):
        doc.f("Nada mais havendo, eu, «sec», secretári«a» do Programa, lavrei a presente ata, assinada pelos membros da banca.\n\n",
              sec=P(g.person().full), a=g.pick(["a", "o"]))
    else:
        doc.t("Nada mais havendo, lavrou-se a presente ata, que vai assinada pelos membros da banca.\n\n")
    doc.f("Contato d«o» discente para a versão final: «e» / «t».\n\n", o=st.o, e=(g.email(st), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("Dados dos membros externos (para pagamento de diárias / SCDP):\n")
    rows = []
    for m in (me,) + ((me2,) if sup else ()):
        rows.append([P(m.full), (g.cpf(), "BR_CPF"), (g.email(m, g.pick(["usp.br", "ufpb.br", "gmail.com", "up.pt", "embrapa.br"])), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), V(f"http://lattes.cnpq.br/{g.lattes()}"), V(g.orcid())])
    cols = ["Nome", "CPF", "E-mail", "Telefone", "Currículo Lattes", "ORCID"]
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_bare(doc, cols, rows, gap=3)
    if g.chance(0.7):
        doc.t("\n(assinado eletronicamente via SEI pelos membros da banca)\n")
        return doc
    doc.f("\nAssinaturas: ____ «a» (presidente)   ____ «b»   ____ «c»   ____ «d» (discente)\n",
          a=P(ori.caps if g.chance(0.4) else ori.full), b=P(mi.full), c=P(me.full), d=P(st.full))
    return doc


# =========================================================================== juridico

def ju_heteroid(g: Gen) -> Doc:
    """Minutes of a heteroidentification hearing of the quota committee."""
    doc = Doc()
    un, sig, dom = uni(g)
    mem = [g.person() for _ in range(g.pick([3, 3, 3, 5]))]
    doc.f("«u»\nCOMISSÃO DE HETEROIDENTIFICAÇÃO COMPLEMENTAR À AUTODECLARAÇÃO — Portaria «s» nº «p»/«y»\n\n"
          "ATA DA «n»ª SESSÃO DE AFERIÇÃO\n\nAos «d», reuniu-se a Comissão, composta por ", u=fold(un).upper(), s=sig,
          p=g.ri(10, 999), y=g.pick([2024, 2025]), n=g.ri(1, 14), d=g.date("long"))
    if g.chance(0.4):
        doc.f("«m» (presidente) e demais membros designados", m=P(mem[0].full))
    else:
        for i, m in enumerate(mem):
            sep = "" if i == 0 else (" e " if i == len(mem) - 1 else ", ")
            doc.f("«s»«m»«r»", s=sep, m=P(m.full), r=" (presidente)" if i == 0 else "")
    doc.f(", para a aferição da condição declarada pelos candidatos às vagas reservadas a pretos e pardos (Lei 12.711/2012; "
          "Portaria Normativa MEC nº 4/2018; Resolução CONSUNI «r»/2019). O procedimento foi filmado e considerou exclusivamente "
          "o fenótipo. «w».\n\n", r=g.ri(10, 40), w=g.pick(["Foi lembrado que a cor da pele não se confunde com ascendência",
                                                         "A sala foi a do Bloco Rosa Branca, térreo", "Registrou-se a ausência justificada de um suplente"]))
    rows = []
    ind = None
    for i in range(g.ri(4, 7)):
        c = g.person()
        res = g.pick(["DEFERIDO", "DEFERIDO", "DEFERIDO", "INDEFERIDO", "AUSENTE"])
        if res == "INDEFERIDO" and ind is None:
            ind = c
        rows.append([V(str(i + 1)), P(g.pick([c.caps, c.full])), V(g.enem()), (g.cpf(), "BR_CPF") if g.chance(0.9) else V(g.masked_cpf()),
                     V(g.pick(COURSES)[:20]), V(g.pick(["L2", "L6", "L10", "L14", "LB_PPI"])), V(res),
                     V(g.pick(["5x0", "4x1", "3x0", "3x2"]) if res != "AUSENTE" else "—")])
    cols = ["Nº", "Candidato(a)", "Inscrição", "CPF", "Curso", "Mod.", "Resultado", "Votos"]
    (table_ruled if g.chance(0.5) else table_psql)(doc, cols, rows)
    if ind:
        doc.f("\nO(A) candidato(a) «n» manifestou intenção de recorrer; informou e-mail «e» e telefone «t». O recurso será apreciado "
              "pela comissão recursal em até «k» dias.\n", n=P(ind.full), e=(g.email(ind), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"), k=g.ri(3, 10))
    if g.chance(0.7):
        doc.t("\nAssinado eletronicamente pelos membros da Comissão.\n")
        return doc
    doc.t("\nAssinam:\n")
    for m in mem:
        doc.f("«m» — SIAPE «s»\n", m=P(g.pick([m.full, m.caps])), s=g.d(7))
    return doc


def ju_pad(g: Gen) -> Doc:
    """Student disciplinary proceeding: hearing record of the student and a witness."""
    doc = Doc()
    un, sig, dom = uni(g)
    st, wi, adv = g.person(), g.person(), g.person()
    com = [g.person() for _ in range(3)]
    motive = g.pick(["prática de trote vexatório contra calouros", "plágio em trabalho de conclusão de curso",
                     "fraude na autodeclaração étnico-racial", "dano ao patrimônio do Restaurante Universitário Aurora",
                     "agressão verbal a servidora da biblioteca"])
    doc.f("PROCESSO ADMINISTRATIVO DISCIPLINAR DISCENTE — SEI nº «sei»\n«s» — Portaria PROGRAD nº «p»/«y»\n\n"
          "TERMO DE DEPOIMENTO\n\nAos «d», na sala de reuniões da Pró-Reitoria, presentes os membros da Comissão, sob a presidência de «c1», "
          "compareceu a testemunha «w», «nac», «ec», estudante de «cu», portador«a» do RG «rg» e do CPF «cpf», residente na «ad», "
          "«ba», CEP «cep», telefone «t», a qual, compromissada, disse: que conhece «dd» discente «st» desde o primeiro semestre; "
          "que no dia dos fatos viu «sf» na frente do Bloco Prudente de Morais; que não presenciou «mo»; que ouviu dizer que "
          "«ap» teria filmado tudo. Nada mais disse.\n\n",
          sei=g.sei(), s=sig, p=g.ri(20, 600), y=g.pick([2024, 2025]), d=g.date("long"), c1=P(com[0].full), w=P(wi.full), nac=g.pick(["brasileira", "brasileira", "haitiana", "angolana"] if wi.female else ["brasileiro", "brasileiro", "haitiano", "angolano"]),
          ec=g.pick(["solteira", "em união estável"] if wi.female else ["solteiro", "em união estável"]), cu=g.pick(COURSES), a="a" if wi.female else "",
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), st=P(st.full), sf=P(g.pick([st.first, st.nick])), dd=st.o, mo=motive,
          ap=g.pick(["um colega do Centro Acadêmico", "alguém da turma", "o vigilante do turno"]))
    doc.f("TERMO DE INTERROGATÓRIO\n\nInterrogad«o»: «st», matrícula «m», nascid«o» em «dob», CPF «cpf», e-mail «e», acompanhad«o» de "
          "sua advogada«x» «adv», «oab». Cientificad«o» da imputação («mo», art. «art» da Resolução CONSUNI «r»/2019), "
          "respondeu que «resp». A defesa requereu a oitiva de «w2» e juntada de prints. «wu».\n\n",
          o=st.o, st=P(st.caps), m=g.matricula(), dob=(g.dob("br"), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          e=(g.email(st), "EMAIL_ADDRESS"), x="" if adv.female else " (sic)", adv=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
          mo=motive, art=g.ri(5, 31), r=g.ri(10, 40), resp=g.pick(["nega os fatos", "estava em Presidente Prudente naquela semana",
                                                                   "a ideia foi de colegas do Centro Acadêmico", "usou a ferramenta de paráfrase sem má-fé"]),
          w2=P(g.person().full), wu=g.pick(["Seria prudente ouvir também a vigilância", "A comissão deferiu o pedido", "Indeferido por ora"]))
    doc.f("Encerrado às «h». Eu, «sec», secretári«a» da Comissão, digitei.\n", h=g.hm(), sec=P(com[2].first + " " + com[2].last), a=com[2].o)
    return doc


def ju_ms(g: Gen) -> Doc:
    """Writ of mandamus of a student against the rector (initial petition excerpt)."""
    doc = Doc()
    un, sig, dom = uni(g)
    st, adv, rec = g.person(True), g.person(True), g.person()
    city, uf = g.city()
    oab = g.council("OAB", uf)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) FEDERAL DA «v»ª VARA DA SEÇÃO JUDICIÁRIA DE(O) «e»\n\n\n", v=g.ri(1, 12),
          e=fold(g.pick(["Ceará", "Paraíba", "Paraná", "Goiás", "Pernambuco", "Rio Grande do Sul", "Mato Grosso do Sul"])).upper())
    doc.f("«n», «nac», «ec», estudante, nascid«o» em «dob», portador«a» da cédula de identidade RG nº «rg» «oe», inscrit«o» no CPF sob "
          "o nº «cpf», residente e domiciliad«o» na «ad», «ba», «ci»/«uf», CEP «cep», endereço eletrônico «em», vem, por sua advogada "
          "infra-assinada («adv», «oab», com escritório na Rua Senador Pompeu, 1200, sala 804, onde recebe intimações), impetrar\n\n"
          "MANDADO DE SEGURANÇA COM PEDIDO DE LIMINAR\n\ncontra ato d«ra» «u», «rt» «r», pelos fatos a seguir.\n\n",
          ra="a MAGNÍFICA REITORA DA" if rec.female else "o MAGNÍFICO REITOR DA", rt="Profa. Dra." if rec.female else "Prof. Dr.",
          n=P(st.caps), nac=g.pick(["brasileira", "brasileira", "brasileira, indígena da etnia Guajajara"]),
          ec=g.pick(["solteira", "casada", "solteira"]), o=st.o, dob=(g.dob("long"), "DATE_OF_BIRTH"), a="a" if st.female else "",
          rg=(g.rg(), "BR_RG"), oe=g.pick(["SSP/CE", "SSP/PB", "SESP/PR", "SDS/PE"]), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"),
          ba=g.pick(BAIRROS), ci=city, uf=uf, cep=(g.cep(), "BR_CEP"), em=(g.email(st), "EMAIL_ADDRESS"), adv=P(adv.full),
          oab=(oab, "PROFESSIONAL_ID"), u=fold(un).upper(), r=P(rec.full))
    doc.f("I — DOS FATOS\n\nA impetrante foi aprovada no SISU «y» para «cu», na modalidade «mo» (inscrição ENEM «en»), em «cl»º lugar. "
          "Em «dh», a comissão de heteroidentificação indeferiu sua autodeclaração por «vt», sem motivação individualizada, e o recurso "
          "(processo SEI «sei») foi negado em «dr». A matrícula foi cancelada pela Coordenadoria, na pessoa da servidora «sv».\n\n"
          "Nesse sentido, a jurisprudência do Tribunal (processos «cnj» e «cnj2»). Dá-se à causa o valor de R$ «val».\n\nNestes termos, pede deferimento.\n"
          "«ci», «dd».\n\n«adv»\n«oab»\n",
          y=g.pick([2024, 2025]), cu=g.pick(COURSES), mo=g.pick(["L2", "L6", "LB_PPI"]), en=g.enem(), cl=g.ri(1, 60),
          dh=g.date("br"), vt=g.pick(["3x2", "4x1", "unanimidade"]), sei=g.sei(), dr=g.date("br"), sv=P(g.person().full),
          cnj=g.cnj(), cnj2=g.cnj(), val=g.money(1000, 5000), ci=city, dd=g.date("long"), adv=P(adv.caps), oab=(oab, "PROFESSIONAL_ID"))
    return doc


def ju_fies(g: Gen) -> Doc:
    """FIES debt enforcement: settlement term with the student and the guarantor."""
    doc = Doc()
    st, fi, adv = g.person(True), g.person(), g.person()
    city, uf = g.city()
    doc.f("PODER JUDICIÁRIO — JUSTIÇA FEDERAL\n«v»ª Vara Federal de «ci»\nExecução de Título Extrajudicial nº «cnj»\n"
          "Exequente: CAIXA ECONÔMICA FEDERAL (agente operador do FIES, Lei 10.260/2001)\nExecutados: «s» e outro\n\n"
          "TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n\nAberta a audiência, presentes a conciliadora «cc», a preposta da CEF «pp», «a1» "
          "(OAB da exequente: «oab1»), a executada «s», CPF «cpf1», nascida em «dob», e «fo» fiador«fa» «f», CPF «cpf2», RG «rg», residente na «ad», "
          "CEP «cep», telefone «t».\n\n",
          v=g.ri(1, 30), ci=city, cnj=g.cnj("4.05"), s=P(st.caps), cc=P(g.person(True).full), pp=P(g.person(True).full),
          a1=P(adv.full), oab1=(g.council("OAB", uf), "PROFESSIONAL_ID"), cpf1=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1980, 2000), "DATE_OF_BIRTH"),
          fo=fi.o, fa="a" if fi.female else "", f=P(fi.full), cpf2=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"))
    tot = g.money(15000, 180000)
    doc.f("Contrato FIES nº «c» (curso de «cu», «ies», CNPJ «cnpj»). Débito atualizado: R$ «tot». Proposta: entrada de R$ «en» e "
          "«n» parcelas de R$ «pa», com desconto de «dc»% (Resolução CG-Fies nº «rs»/2023), debitadas na conta da executada, agência «ag», "
          "conta «co» («b»).\n\nA executada declarou que «dec». As partes aceitaram. Homologo o acordo e suspendo a execução.\n",
          c=f"{g.d(2)}.{g.d(4)}.{g.d(3)}.{g.d(7)}-{g.d(2)}", cu=g.pick(COURSES), ies=g.pick(["Faculdade Aurora de Ciências", "Centro Universitário Flor de Lis", "Faculdade Zanella"]),
          cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), tot=tot, en=g.money(300, 3000), n=g.pick([24, 48, 60, 120]), pa=g.money(150, 1500),
          dc=g.pick([77, 90, 92, 99]), rs=g.ri(50, 70), s2=P(g.pick([st.first, st.full])), ag=(g.agency(), "BANK_ACCOUNT"),
          co=(g.account(), "BANK_ACCOUNT"), b=g.pick(["CEF", "104 - Caixa", "conta poupança CEF op. 013"]),
          dec=g.pick(["está desempregada desde a pandemia", "trabalha como enfermeira em Presidente Prudente", "a conta de luz e o aluguel consomem a renda"]),
          cc=P(g.person(True).short))
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney to collect a diploma and request the apostille (OCR'd scan in half of them)."""
    doc = Doc()
    scan = g.chance(0.5)
    o = (lambda s: ocr(s, g)) if scan else (lambda s: s)
    un, sig, dom = uni(g)
    a, b = g.person(), g.person()
    if scan:
        doc.t("[OCR — procuracao_diploma.pdf — confiança 0,8" + g.d(1) + "]\n")
    doc.t(o("PROCURAÇÃO PARTICULAR") + "\n\n")
    doc.f(o("OUTORGANTE") + ": «n», «nac», «ec», «pr», portador«x» do RG nº «rg» e CPF nº «cpf», nascid«oo» em «dob», residente na «ad», CEP «cep», "
          "e-mail «em».\n\n",
          n=P(o(a.caps)), nac="brasileira" if a.female else "brasileiro",
          ec=g.pick(["solteira", "casada", "divorciada"] if a.female else ["solteiro", "casado", "divorciado"]),
          pr=g.pick(["médica", "engenheira civil", "psicóloga", "professora", "biomédica"] if a.female else ["médico", "engenheiro civil", "psicólogo", "professor", "biomédico"]), x="a" if a.female else "",
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), oo=a.o, dob=(g.dob("br", 1980, 2001), "DATE_OF_BIRTH"),
          ad=(o(g.address()), "ADDRESS"), cep=(g.cep(), "BR_CEP"), em=(g.email(a), "EMAIL_ADDRESS"))
    doc.f(o("OUTORGADO") + ": «n», «pr», RG «rg», CPF «cpf», telefone «t».\n\n", n=P(o(b.full)), pr=g.pick(["comerciante", "aposentada", "estudante", "autônomo"]),
          rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f(o("PODERES") + ": para, perante a «u», requerer, assinar e retirar diploma, histórico escolar e certidões, bem como "
          "requerer o apostilamento junto ao «ca» (CNPJ «cnpj»), podendo pagar taxas e dar recibo.\n\n«ci», «d».\n\n_____________________\n«n»\n\n"
          "Reconheço por semelhança a firma de «n2». Selo «se». Escrevente: «es».\n",
          u=un, ca=g.pick(["2º Ofício de Notas de Crato", "Cartório Aurora — 1º Tabelionato", "Cartório Bento Freitas de Notas e Registros"]),
          cnpj=(g.cnpj(), "BR_CNPJ"), ci=g.city()[0], d=g.date("long"), n=P(o(a.full)), n2=P(o(a.caps)),
          se=f"{g.pick(['AB', 'CE', 'PR'])}{g.d(6)}-{g.pick('XYZKW')}{g.d(2)}", es=P(o(g.person().full)))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Case-control CSV of the university's legal office (procuradoria)."""
    doc = Doc()
    un, sig, dom = uni(g)
    doc.f("# export processos_judiciais_«s»_«d».csv — Procuradoria Federal junto à «S» (uso interno)\n", s=sig.lower(), S=sig, d=g.date("compact"))
    cols = ["processo", "classe", "vara", "autor", "cpf_autor", "assunto", "adv_autor", "oab_adv", "resp_login", "prox_evento", "data_evento"]
    rows = []
    procs = [g.person() for _ in range(2)]
    advn = g.chance(0.5)
    for _ in range(g.ri(4, 6)):
        au, ad = g.person(), g.person()
        rows.append([V(g.cnj()), V(g.pick(["MS", "PROCEDIMENTO COMUM", "JEF", "EXECUÇÃO FISCAL"])), V(f"{g.ri(1, 35)}ª VF"),
                     P(g.pick([au.caps, au.full, au.inverted])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     V(g.pick(["cota L2 indeferida", "revalidação de diploma", "FIES - aditamento", "jubilamento", "nome social no diploma",
                               "bolsa permanência", "residência médica - classificação", "cobrança de mensalidade"])),
                     P(g.pick([ad.full, ad.short])), (g.council("OAB"), "PROFESSIONAL_ID"), V("pf." + re.sub(r"[^a-z]", "", fold(g.pick(procs).first[0] + g.pick(procs).last).lower())),
                     V(g.pick(["audiência", "contestação", "informações", "sentença", "recurso", "perícia"])), V(g.date("iso"))])
    if not advn:
        cols = cols[:6] + cols[7:]
        rows = [r[:6] + r[7:] for r in rows]
    table_csv(doc, cols, rows, sep=g.pick([",", ";"]))
    doc.f("# resp_login = procurador(a) responsável; pf.«l» está de férias até «d», processos dele(a) com «p2»\n",
          l=re.sub(r"[^a-z]", "", fold(procs[0].first[0] + procs[0].last).lower()), d=g.date("br"), p2=P(procs[1].full))
    doc.f("# obs «a»: processo «c» é de 2019 e o CPF «b» digitado no sistema antigo não confere, pedir à vara.\n",
          a=P(procs[0].first), c=g.cnj(), b=g.bad_cpf("dot"))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """LGPD request of a former student to the DPO, and the reply with the data held."""
    doc = Doc()
    un, sig, dom = uni(g)
    c, dpo = g.person(), g.person()
    em = g.email(c)
    doc.f("De: «n» <«e»>\nPara: dpo@«dom»\nAssunto: Solicitação art. 18 LGPD — acesso e eliminação\n\n"
          "Prezado encarregado,\n\nFui alun«o» de «cu» entre «y1» e «y2» (matrícula «m»). Com base na Lei 13.709/2018, art. 18, II e VI, "
          "solicito a confirmação e cópia dos meus dados pessoais e a eliminação do que não for obrigatório guardar. Meu CPF é «cpf».\n\n"
          "Att,\n«n2»\n\n",
          n=P(c.full), e=(em, "EMAIL_ADDRESS"), dom=dom, o=c.o, cu=g.pick(COURSES), y1=g.ri(2010, 2016), y2=g.ri(2017, 2022),
          m=g.matricula(), cpf=(g.cpf(), "BR_CPF"), n2=P(c.first))
    doc.f("-----\nDe: «d» <«de»>\nPara: «e»\nAssunto: RE: Solicitação art. 18 LGPD — protocolo «p»\n\nPrezad«o» «n»,\n\n"
          "Em resposta, seguem os dados pessoais tratados pela «s». Histórico, diploma e registros acadêmicos são mantidos "
          "permanentemente (Portaria MEC 1.224/2013 e Lei 8.159/1991), e não podem ser eliminados.\n\n",
          d=P(dpo.full), de=(corp_mail(dpo, dom), "EMAIL_ADDRESS"), e=(em, "EMAIL_ADDRESS"), p=g.protocol(), o=c.o,
          n=P(c.first), s=sig)
    city, uf = g.city()
    items = [("Nome civil", P(c.caps)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg() + " SSP/" + uf, None)),
             ("Data de nascimento", (g.dob("br", 1988, 2000), "DATE_OF_BIRTH")),
             ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")), ("Endereço", (g.address(), "ADDRESS")),
             ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (em, "EMAIL_ADDRESS")),
             ("Nome da mãe", P(g.relative(c, True).full)), ("Bolsa PIBIC — agência", (g.agency(), "BANK_ACCOUNT")),
             ("Bolsa PIBIC — conta", (g.account(), "BANK_ACCOUNT")), ("Último acesso ao portal (IP)", (g.ip(), "IP_ADDRESS")),
             ("Cartão RU", (f"RU-{g.d(6)}", None))]
    rg_txt = items[2][1][0]
    items[2] = ("RG", (rg_txt, None))
    rows = []
    for k, v in items:
        if k == "RG":
            rows.append([V(k), V("")])
            continue
        rows.append([V(k), v])
    w = max(len(k) for k, _ in items)
    for (k, _), r in zip(items, rows):
        doc.t(f"  {k.ljust(w)} : ")
        if k == "RG":
            rgv = rg_txt.split(" ")[0]
            doc.e(rgv, "BR_RG")
            doc.t(" SSP/" + uf)
        else:
            doc.e(r[1][0], r[1][1])
        doc.t("\n")
    doc.f("\nOs dados bancários e o cartão do RU podem ser eliminados; a eliminação será concluída em até 15 dias.\n\n"
          "Atenciosamente,\nEncarregad«a» pelo Tratamento de Dados Pessoais — «s»\n", a=dpo.o, s=sig)
    return doc


# =========================================================================== saude

HU = ["Hospital Universitário Professor Alcides Carneiro", "HU Dona Aurora Bento", "Hospital Universitário Walter Cantídio",
      "Hospital de Clínicas Prudente de Morais", "Maternidade-Escola Irmã Dulce", "HU Reitor Deodato Girão"]


def sa_residencia(g: Gen) -> Doc:
    """List of new residents of the residency programme with their preceptors."""
    doc = Doc()
    un, sig, dom = uni(g)
    hu = g.pick(HU)
    doc.f("«h» — COREME\nResidência Médica «y» — relação de R1 matriculados (uso interno, não divulgar)\n\n", h=hu, y=g.pick([2025, 2026]))
    rows = []
    nit = g.chance(0.5)
    for _ in range(g.ri(4, 6)):
        r, p = g.person(), g.person()
        uf = g.pick(UFS)
        rows.append([V(g.pick(["Clínica Médica", "Cirurgia Geral", "Pediatria", "GO", "Medicina de Família", "Anestesiologia", "Psiquiatria"])),
                     P(g.pick([r.full, r.caps, r.full])), (g.council("CRM", uf), "PROFESSIONAL_ID"), (g.cpf(), "BR_CPF"),
                     (g.dob("br", 1990, 2001), "DATE_OF_BIRTH"), (g.email(r), "EMAIL_ADDRESS"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")])
        if nit:
            rows[-1].insert(4, (g.pis("raw"), "BR_PIS"))
    cols = ["Programa", "Residente", "CRM", "CPF", "Nascimento", "E-mail", "Celular"]
    if nit:
        cols.insert(4, "NIT")
    k = g.ri(0, 2)
    if k == 0:
        table_ruled(doc, cols, rows)
    elif k == 1:
        table_csv(doc, cols, rows, sep=";")
    else:
        table_bare(doc, cols, rows, gap=2)
    co = g.person()
    doc.f("\nBolsa MEC (R$ «v») paga a partir do 1º dia útil; dados bancários no SIGRH até «d». RQE dos preceptores conferidos.\n"
          "«c» — Coordenador«a» da COREME — «cr» — «e»\n", v=g.money(4100, 4200), d=g.date("br"), c=P(co.full),
          a="a" if co.female else "", cr=(g.council("CRM"), "PROFESSIONAL_ID"), e=(corp_mail(co, "ebserh.gov.br"), "EMAIL_ADDRESS"))
    return doc


def sa_clinica(g: Gen) -> Doc:
    """Teaching-clinic record (dentistry, physiotherapy or psychology): patient, student, supervisor."""
    doc = Doc()
    un, sig, dom = uni(g)
    kind = g.pick(["odonto", "fisio", "psico"])
    pa = g.person()
    minor = g.chance(0.3)
    title = {"odonto": "CLÍNICA-ESCOLA DE ODONTOLOGIA — FICHA CLÍNICA", "fisio": "CLÍNICA-ESCOLA DE FISIOTERAPIA — AVALIAÇÃO",
             "psico": "SERVIÇO-ESCOLA DE PSICOLOGIA — FICHA DE TRIAGEM"}[kind]
    doc.f("«s» · «t» nº «n»\n\n", s=sig, t=title, n=g.d(5))
    doc.f("Paciente: «p»\nDN: «dob»   Sexo: «sx»   CNS: «cns»\n", p=P(g.pick([pa.full, pa.caps])),
          dob=(g.dob(g.pick(["br", "nopad"]), 2010 if minor else 1945, 2019 if minor else 2004), "DATE_OF_BIRTH"), sx="F" if pa.female else "M",
          cns=(g.cns(), "BR_CNS"))
    if g.chance(0.5) and not minor:
        doc.f("CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.f("End.: «a» — «b» — CEP «cep»\nContato: «t»" + (" / «em»" if not minor else "«em»") + "\n", em=(g.email(pa), "EMAIL_ADDRESS") if not minor else "", a=(g.address(g.pick(["text", "text", "low"])), "ADDRESS"), b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if minor:
        m = g.relative(pa, True)
        doc.f("Responsável: «m» (mãe), CPF «c», tel. «t»\n", m=P(m.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if kind == "odonto":
        doc.f("\nQueixa: \"«q»\"\nHD: «cid»; «cid2»\nConduta: «c»\n", q=g.pick(["dor no dente de trás quando toma gelado", "gengiva sangra", "quebrou o dente na queda de bicicleta"]),
              cid=g.pick(["K02.1", "K05.1", "S02.5"]), cid2=g.pick(["K08.1", "K03.6", "K04.0"]),
              c=g.pick(["restauração resina 36 e 37", "raspagem supragengival", "exodontia 48 agendada"]))
        sup = ("CRO",)
    elif kind == "fisio":
        doc.f("\nQueixa: \"«q»\"\nHD: «cid»\nConduta: «c»\n", q=g.pick(["dor lombar depois do plantão", "torci o tornozelo no futsal", "ombro travado"]),
              cid=g.pick(["M54.5", "S93.4", "M75.1"]), c=g.pick(["cinesioterapia 2x/sem", "TENS + alongamento", "bandagem e fortalecimento"]))
        sup = ("CREFITO",)
    else:
        doc.f("\nDemanda: «q»\nHipótese: «cid» (a confirmar)\nEncaminhamento: «c»\n", q=g.pick(["ansiedade antes das provas", "luto recente", "conflitos familiares"]),
              cid=g.pick(["F41.1", "F43.2", "F32.1"]), c=g.pick(["psicoterapia breve, 12 sessões", "grupo terapêutico de quinta", "CAPS de referência"]))
        sup = ("CRP",)
    acad, prof = g.person(), g.person()
    doc.f("\nAcadêmic«o»: «a» (mat. «m», «se»º sem.)\nSupervisor«x»: «p» — «cr»\nData do atendimento: «d»\n",
          o=acad.o, a=P(g.pick([acad.full, acad.short])), m=g.matricula(), se=g.ri(5, 10), x="a" if prof.female else "",
          p=P(prof.full), cr=(g.council(sup[0]), "PROFESSIONAL_ID"), d=g.date("br"))
    if g.chance(0.4):
        doc.f("Obs.: paciente pediu para ser atendid«o» pel«o2» mesm«o2» alun«o2» («n»). «w».\n", o=pa.o, o2=acad.o, n=P(acad.first),
              w=g.pick(["Faltou à última sessão por causa da chuva", "Trouxe atestado do Posto Rosa Branca", "Conta de luz anexada para isenção da taxa"]))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """Ward progress note of the university hospital written by a resident."""
    doc = Doc()
    pa, res, pre = g.person(), g.person(), g.person()
    fam = g.relative(pa)
    age = g.ri(18, 91)
    doc.f("«h» — Enfermaria de «e» — Leito «l»\nEVOLUÇÃO MÉDICA — «d» «hr»\n\nPaciente: «p»   Pront.: «pr»   CNS «cns»\nDN «dob» («a» anos)   "
          "Internação: «di»\n\n",
          h=g.pick(HU), e=g.pick(["Clínica Médica", "Cirurgia", "Infectologia", "Obstetrícia"]), l=f"{g.ri(1, 40)}{g.pick('ABC')}",
          d=g.date("br"), hr=g.hm(), p=P(g.pick([pa.caps, pa.caps, pa.full])), pr=g.d(7), cns=(g.cns(), "BR_CNS"),
          dob=(g.dob("br", 2025 - age - 1, 2025 - age), "DATE_OF_BIRTH"), a=age, di=g.date("br"))
    c1, c2 = g.pick(CIDS), g.pick(CIDS)
    doc.f("HD: «c1» / «c2»\nS: «s»\nO: PA «pa1»x«pa2» mmHg, FC «fc», Tax «tx», SpO2 «sp»% aa. Hb «hb», leuco «le», PCR «pcr».\n"
          "A/P: «ap».\n\n",
          c1=c1, c2=c2, s=g.pick(["refere melhora da dor, aceitando dieta", "nega dispneia, dormiu bem", "queixa-se de náusea após a dipirona"]),
          pa1=g.ri(90, 170), pa2=g.ri(50, 100), fc=g.ri(58, 118), tx=f"{g.rng.uniform(35.8, 38.9):.1f}".replace(".", ","), sp=g.ri(88, 99),
          hb=f"{g.rng.uniform(7, 15):.1f}".replace(".", ","), le=g.ri(3000, 21000), pcr=g.ri(1, 250),
          ap=g.pick(["mantenho ceftriaxona D4/7", "programo alta para amanhã", "solicito parecer da cardio", "suspendo heparina"]))
    if g.chance(0.5):
        doc.text = doc.text[:-2]
        doc.f(" Família ciente; «r» «n» pede contato pelo «t».\n\n", r="filha" if fam.female else "filho", n=P(fam.full),
              t=(g.phone(), "PHONE_NUMBER"))
    doc.f("«r» — R«k» Clínica Médica — «cr»\nDiscutido com «pp» (preceptor«x») — «cr2»\n",
          r=P(g.pick([res.full, res.short])), k=g.ri(1, 3), cr=(g.council("CRM"), "PROFESSIONAL_ID"),
          pp=P(g.pick([pre.full, pre.short])), x="a" if pre.female else "", cr2=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.f("Interno: «i» (6º ano) — acompanhou o exame físico.\n", i=P(g.pick([g.person().full, g.person().first])))
    return doc


def sa_sase(g: Gen) -> Doc:
    """Appointment CSV of the student health service (psychology, nursing, general practice)."""
    doc = Doc()
    un, sig, dom = uni(g)
    doc.f("# agenda_saude_estudantil_«d».csv — PRAE/«s» · exportado por «w»\n", d=g.date("compact"), s=sig, w=P(g.person().full))
    profs = [(g.person(), k) for k in ("CRP", "COREN", "CRM")]
    named = g.chance(0.35)
    cols = ["data", "hora", "discente", "matricula", "cpf", "cns", "dn", "telefone", "profissional" if named else "sala", "registro", "tipo", "cid10"]
    rows = []
    for h in g.times(g.ri(4, 6), 8 * 3600, 17 * 3600):
        c = g.person()
        p, k = g.pick(profs)
        rows.append([V(g.date("br")), V(h), P(g.pick([c.full, c.caps, c.low])), V(g.matricula()), (g.cpf("raw"), "BR_CPF"),
                     (g.cns(False), "BR_CNS") if g.chance(0.7) else V(""), (g.dob("br"), "DATE_OF_BIRTH"), (g.phone("raw"), "PHONE_NUMBER"),
                     P(p.short) if named else V(g.pick(["S1", "S2", "S3", "Consultório 4"])), (g.council(k), "PROFESSIONAL_ID"),
                     V({"CRP": "acolhimento", "COREN": "vacina/curativo", "CRM": "clínico"}[k]), V(g.pick(CIDS) if g.chance(0.7) else "")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("# nota: a coluna registro é o conselho do profissional. Faltas 2x seguidas => contato pela «a» (assistente social).\n",
          a=P(g.person(True).first))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """Vaccination check of health students before their internship."""
    doc = Doc()
    un, sig, dom = uni(g)
    co = g.person()
    doc.f("Coordenação de Estágio — «c» — «s»\nConferência vacinal para o internato/estágio em «h» (turma «t»)\n\n",
          c=g.pick(["Enfermagem", "Medicina", "Odontologia", "Farmácia", "Nutrição"]), s=sig, h=g.pick(HU), t=g.pick(["2025.1", "2025.2", "XLII", "T14"]))
    rows = []
    pend = []
    for _ in range(g.ri(4, 6)):
        c = g.person()
        hb = g.pick(["3/3", "3/3", "2/3", "3/3 + reforço", "não apresentou"])
        anti = g.pick([">10 UI/L", "<10 UI/L", "pendente", ">1000"])
        if hb != "3/3" or anti in ("<10 UI/L", "pendente"):
            pend.append(c)
        rows.append([P(g.pick([c.full, c.caps])), (g.cpf(), "BR_CPF"), (g.dob("br", 1995, 2006), "DATE_OF_BIRTH"), (g.cns(), "BR_CNS"),
                     V(hb), V(anti), V(g.pick(["ok", "ok", "vencida", "—"])), V(g.pick(["2 doses", "1 dose", "ok"]))])
    cols = ["Estudante", "CPF", "DN", "CNS", "Hep B", "Anti-HBs", "dT", "Tríplice viral"]
    (table_ruled if g.chance(0.6) else table_md)(doc, cols, rows)
    if pend and g.chance(0.5):
        doc.t("\nPendências (não podem iniciar o estágio até regularizar): ")
        for i, p in enumerate(pend):
            doc.f("«s»«n»", s=", " if i else "", n=P(g.pick([p.first, p.short])))
        doc.t(".\n")
    nu = g.person()
    doc.f("Vacinas disponíveis na sala de vacina do HU (térreo), seg a sex. Dúvidas: «c» («e») ou «n», «cr».\n",
          c=P(co.full), e=(corp_mail(co, dom), "EMAIL_ADDRESS"), n=P(nu.full), cr=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_acidente(g: Gen) -> Doc:
    """Notification of a biological-material accident of a medical student (numbered fields)."""
    doc = Doc()
    st, fo, sup, nt = g.person(), g.person(), g.person(), g.person()
    city, uf = g.city()
    t, nm, num, comp = g.street_parts()
    doc.f("FICHA DE NOTIFICAÇÃO — ACIDENTE DE TRABALHO COM EXPOSIÇÃO A MATERIAL BIOLÓGICO\n"
          "1 Data da notificação: «d1»   2 UF: «uf»   3 Município: «ci»\n4 Unidade notificadora: «h»\n5 Data do acidente: «d2»\n"
          "6 Nome: «n»\n7 Data de nascimento: «dob»   8 Sexo: «sx»   9 Gestante: «ge»\n10 Nº do Cartão SUS: «cns»\n"
          "11 Nome da mãe: «m»\n12 Logradouro: «lg»   13 Número: «nu»   14 Complemento: «co»\n15 Bairro: «b»   16 CEP: «cep»   17 Telefone: «t»\n"
          "18 Ocupação: estudante de medicina (interno)   19 Situação no mercado de trabalho: estágio\n",
          d1=g.date("br"), uf=uf, ci=city, h=g.pick(HU), d2=g.date("br"), n=P(g.pick([st.caps, st.full])),
          dob=(g.dob("br", 1996, 2003), "DATE_OF_BIRTH"), sx="F" if st.female else "M", ge="6-não se aplica" if not st.female else "5-não",
          cns=(g.cns(), "BR_CNS"), m=P(g.relative(st, True).caps), lg=(f"{t} {nm}", "ADDRESS"), nu=num, co=comp or "—", b=g.pick(BAIRROS),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("20 Tipo de exposição: «te»   21 Material orgânico: sangue   22 Circunstância: «ci»\n23 Agente: agulha com lúmen   "
          "24 Uso de EPI: luva sim, óculos «oc»\n25 Paciente-fonte conhecido: sim — «pf» (pront. «pr»), HBsAg «hb», anti-HIV «hiv», anti-HCV «hcv»\n"
          "26 Conduta: «cd»\n27 CID: W46 / Z20.6\n\n",
          te=g.pick(["percutânea", "mucosa (ocular)"]), ci=g.pick(["punção venosa", "descarte inadequado", "sutura", "reencape de agulha"]),
          oc=g.pick(["não", "sim"]), pf=P(g.pick([fo.caps, fo.full])), pr=g.d(7), hb=g.pick(["não reagente", "reagente"]),
          hiv=g.pick(["não reagente (teste rápido)", "não reagente"]), hcv=g.pick(["não reagente", "em andamento"]),
          cd=g.pick(["PEP ARV iniciada em 1h40", "sem indicação de PEP; acompanhamento sorológico 6 meses", "vacina hepatite B + IGHAHB"]))
    doc.f("Preceptor(a) no momento: «s» — «cr»\nNotificador(a): «n», enfermeir«o» — «co»\n", s=P(sup.full), cr=(g.council("CRM"), "PROFESSIONAL_ID"),
          n=P(nt.full), o=nt.o, co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_chat(g: Gen) -> Doc:
    """WhatsApp group of the first-year residents: handoffs naming patients and families."""
    doc = Doc()
    rs = [g.person() for _ in range(4)]
    d = g.date("short")
    nums = {i: g.phone("wa") for i in range(4) if g.chance(0.55)}

    def who(i: int, form: str = "first"):
        return (nums[i], "PHONE_NUMBER") if i in nums else P(getattr(rs[i], form))
    ts = g.times(9, 6 * 3600, 23 * 3600)
    doc.f("[«d» «t»] «n»: bom dia R1s. passagem enfermaria 3: leito «l1» «p1» («c1») estável, aguardando eco; leito «l2» dona «p2» "
          "piorou a função renal, chamei a nefro\n", d=d, t=ts[0], n=who(0), l1=g.ri(1, 20), p1=P(g.person().full), c1=g.pick(CIDS),
          l2=g.ri(1, 20), p2=P(g.person(True).first))
    ph = g.phone("wa")
    doc.f("[«d» «t»] «ph»: quem tá de plantão sábado? troco com alguém, tenho casamento da minha prima em Bento Gonçalves\n",
          d=d, t=ts[1], ph=(ph, "PHONE_NUMBER"))
    doc.f("[«d» «t»] «n»: eu troco «m». «w»\n", d=d, t=ts[2], n=who(1, "short"), m=P(rs[2].nick if g.chance(0.4) else rs[2].first),
          w=g.pick(["mas seria prudente avisar a preceptoria", "só me manda no pv", "fechado"]))
    f = g.person()
    doc.f("[«d» «tm»] «n»: gente a filha do sr «pa» do leito «l» ligou de novo, o número dela é «ph», pediu pra falar com o dr «dr» sobre a alta\n",
          d=d, tm=ts[3], n=who(3), pa=P(g.pick([f.full, f.short])), l=g.ri(1, 20), ph=(g.phone(), "PHONE_NUMBER"),
          dr=P(g.pick([g.person(False).last, g.person(False).first])))
    doc.f("[«d» «t»] «n»: alguém sabe o CNS da «p»? o sistema caiu e a regulação pede\n", d=d, t=ts[4], n=who(0), p=P(g.person(True).full))
    doc.f("[«d» «t»] «n»: «c» (tava na pasta do leito)\n", d=d, t=ts[5], n=who(2), c=(g.cns(), "BR_CNS"))
    doc.f("[«d» «t»] «n»: lembrando q a reunião c/ a «pp» foi pra quinta 14h, auditório Prudente de Morais. quem faltar leva falta no ponto\n",
          d=d, t=ts[6], n=who(1), pp=P(g.person(True).short))
    pt = g.person()
    doc.f("[«d» «t»] «n»: regulação pediu de novo os dados do leito «l»: «p», CPF «c», DN «dob». já mandei pelo sistema mas caiu\n",
          d=d, t=ts[7], n=who(3), l=g.ri(1, 20), p=P(g.pick([pt.caps, pt.full])), c=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1940, 2000), "DATE_OF_BIRTH"))
    doc.f("[«d» «t»] «n»: <Mídia oculta>\n", d=d, t=ts[8], n=who(0))
    return doc


# =========================================================================== financeiro

def fi_fies(g: Gen) -> Doc:
    """FIES statement in the amortisation phase, with the guarantor and the debit account."""
    doc = Doc()
    st, fi = g.person(), g.person()
    ies = g.pick(["Faculdade Aurora de Ciências", "Centro Universitário Flor de Lis", "Faculdade Zanella de Tecnologia", "Universidade Bittar"])
    doc.f("FIES — Fundo de Financiamento Estudantil · Extrato do contrato (fase de amortização)\nGerado em «d» «h» pelo SisFIES\n\n"
          "Estudante ............ «n»\nCPF ................... «cpf»\nData de nascimento .... «dob»\nCurso/IES ............. «cu» / «ies» (CNPJ «cnpj»)\n"
          "Contrato nº .......... «ct»\nAgente financeiro ..... «ag»\n\nFiador(a) ............. «f»\nCPF do fiador(a) ...... «fc»\n"
          "Endereço do fiador(a)  «fa», CEP «fcep»\nTelefone .............. «ft»\n\nDébito automático: agência «ag2» conta «co»\n\n",
          d=g.date("br"), h=g.hm(), n=P(g.pick([st.caps, st.full])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1985, 2002), "DATE_OF_BIRTH"),
          cu=g.pick(COURSES), ies=ies, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ct=f"{g.d(2)}.{g.d(4)}.{g.d(3)}.{g.d(7)}-{g.d(2)}",
          ag=g.pick(["Caixa Econômica Federal", "Banco do Brasil"]), f=P(g.pick([fi.caps, fi.full])), fc=(g.cpf(), "BR_CPF"),
          fa=(g.address(), "ADDRESS"), fcep=(g.cep(), "BR_CEP"), ft=(g.phone(), "PHONE_NUMBER"), ag2=(g.agency(), "BANK_ACCOUNT"),
          co=(g.account(), "BANK_ACCOUNT"))
    rows = []
    for k in range(g.ri(4, 6)):
        rows.append([V(str(k + 1 + g.ri(0, 30))), V(g.date("br")), V(g.money(150, 1200)), V(g.pick(["PAGA", "PAGA", "EM ATRASO", "A VENCER"]))])
    table_psql(doc, ["parcela", "vencimento", "valor (R$)", "situação"], rows, footer=False)
    doc.f("\nLinha digitável da parcela em atraso: 10490.«a» «b» «c» 1 «e»\nSaldo devedor: R$ «s». «w»\n",
          a=g.d(5), b=f"{g.d(5)}.{g.d(6)}", c=f"{g.d(5)}.{g.d(6)}", e=g.d(14), s=g.money(8000, 160000),
          w=g.pick(["Renegociação Desenrola Fies disponível até 31/05.", "Em caso de dúvida, procure sua agência.", "Parcelas em atraso há mais de 90 dias podem ser inscritas no CADIN."]))
    return doc


def fi_mensalidades(g: Gen) -> Doc:
    """Tuition-debt collection export of a private university."""
    doc = Doc()
    ies = g.pick(["Centro Universitário Flor de Lis", "Faculdade Aurora de Ciências", "Faculdade Zanella de Tecnologia"])
    op = g.person()
    doc.f("# inadimplencia_«d».csv — «i» · Setor Financeiro/Cobrança · gerado por «o»\n", d=g.date("compact"), i=ies, o=P(op.full))
    cols = ["ra", "aluno", "cpf_aluno", "resp_financeiro", "cpf_resp", "celular", "email", "endereco", "cep", "curso", "parc_atraso", "valor_aberto", "obs"]
    rows = []
    for _ in range(g.ri(4, 6)):
        a = g.person()
        r = g.relative(a) if g.chance(0.45) else None
        obs = g.pick(["", "", "promessa de pagamento", "acordo quebrado", "ProUni 50%", "pagou c/ cartão «card»", "FIES parcial",
                      "pediu boleto no email do pai"])
        obs_cell = V(obs)
        if "«card»" in obs:
            obs_cell = ("", None)
        row = [V(g.matricula()), P(g.pick([a.full, a.caps])), (g.cpf("raw"), "BR_CPF"), P(r.full) if r else V("o próprio"),
               (g.cpf("raw"), "BR_CPF") if r else V(""), (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
               (g.email(r or a), "EMAIL_ADDRESS"), (g.address(g.pick(["text", "caps"])).replace(";", ","), "ADDRESS"), (g.cep(g.chance(0.5)), "BR_CEP"), V(g.pick(COURSES)), V(str(g.ri(1, 9))), V(g.money(400, 25000))]
        rows.append((row, obs, obs_cell))
    doc.t(";".join(cols) + "\n")
    for row, obs, cell in rows:
        for v, lab in row:
            doc.e(v, lab)
            doc.t(";")
        if "«card»" in obs:
            doc.f("pagou c/ cartão «c» mas estornou", c=(g.card(g.chance(0.5)), "CREDIT_CARD"))
        else:
            doc.t(obs)
        doc.t("\n")
    doc.f("# régua: D+5 SMS, D+15 ligação, D+45 negativação. Não ligar antes das 8h. Dúvidas com «a» (ramal «r»).\n", a=P(g.person().first), r=g.d(4))
    return doc


def fi_bolsa(g: Gen) -> Doc:
    """Research-grant payment sheet: holders, supervisors, agency and account, Lattes ids."""
    doc = Doc()
    un, sig, dom = uni(g)
    prog = g.pick(["PIBIC/CNPq", "PIBITI", "Bolsa Permanência", "Mestrado DS/CAPES", "PIBID", "Monitoria remunerada"])
    doc.f("«s» — PRPPG · Folha de pagamento de bolsas — «p» — competência «m»/«y»\n\n", s=sig, p=prog, m=f"{g.ri(1, 12):02d}", y=g.pick([2024, 2025]))
    rows = []
    ori = g.chance(0.5)
    for _ in range(g.ri(4, 6)):
        b, o = g.person(), g.person()
        rows.append([P(g.pick([b.full, b.caps, b.inverted_title])), (g.cpf(), "BR_CPF"), V(g.bank().split(" - ")[0]), (g.agency(), "BANK_ACCOUNT"),
                     (g.account(), "BANK_ACCOUNT"), P(g.pick([o.short, o.full])) if ori else (g.email(b), "EMAIL_ADDRESS"), V(g.grant()), V(g.lattes()),
                     V(g.pick(["700,00", "2.100,00", "3.100,00", "400,00"]))])
    cols = ["Bolsista", "CPF", "Banco", "Agência", "Conta", "Orientador(a)" if ori else "E-mail", "Processo", "ID Lattes", "Valor"]
    k = g.ri(0, 2)
    if k == 0:
        table_ruled(doc, cols, rows)
    elif k == 1:
        table_csv(doc, cols, rows, sep="\t")
    else:
        table_psql(doc, cols, rows)
    co = g.person()
    doc.f("\nBolsistas com conta poupança/conta salário não recebem (devolução automática). «w».\nConferido: «c» — «e»\n",
          w=g.pick(["O atraso de março foi da agência, não da universidade", "Pagamento via Fundação Bittar de Apoio à Pesquisa (CNPJ no rodapé)",
                    "Quem mudou de banco deve atualizar até dia 10"]), c=P(co.full), e=(corp_mail(co, dom), "EMAIL_ADDRESS"))
    if "Fundação Bittar" in doc.text:
        doc.f("Fundação Bittar de Apoio à Pesquisa — CNPJ «c»\n", c=(g.cnpj(alnum=g.chance(0.4)), "BR_CNPJ"))
    return doc


def fi_doacao(g: Gen) -> Doc:
    """Alumni and donors' office: receipts list and a thank-you letter."""
    doc = Doc()
    un, sig, dom = uni(g)
    fund = f"Fundo Patrimonial Amigos da {sig}"
    key = g.uuid()
    doc.f("«f» — Relatório de doações do mês («m»)\nChave Pix (aleatória) do Fundo: «k» · CNPJ «c»\n\n", f=fund, m=g.pick(MONTHS),
          k=(key, "PIX_KEY"), c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    rows = []
    donors = []
    for _ in range(g.ri(5, 7)):
        pj = g.chance(0.25)
        if pj:
            rows.append([V(g.d(6)), V(g.pick(COMPANIES)), (g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), V("—"), V(g.pick(["TED", "Pix"])), V(g.money(500, 50000)),
                         V(g.pick(["bolsas", "laboratório", "livre"]))])
        else:
            d = g.person()
            donors.append(d)
            pay = g.pick(["Pix", "cartão", "boleto", "Pix"])
            rows.append([V(g.d(6)), P(g.pick([d.full, d.caps, d.full])), (g.cpf(), "BR_CPF"), (g.email(d), "EMAIL_ADDRESS"),
                         V(pay if pay != "cartão" else "cartão " + g.masked_card()), V(g.money(20, 5000)),
                         V(g.pick(["turma Medicina 1998", "bolsas", "RU", "livre", "em memória de prof.ª Ozilene"]))])
    cols = ["Recibo", "Doador(a)", "CPF/CNPJ", "E-mail", "Forma", "Valor (R$)", "Destinação"]
    (table_ruled if g.chance(0.5) else table_md)(doc, cols, rows)
    if not donors:
        donors.append(g.person())
    d = donors[0]
    city, uf = g.city()
    of = g.person()
    doc.f("\n--- carta de agradecimento (modelo) ---\n\n«ci», «dt».\n\n«x» «tr» «n»\n«a»\n«b» — «ci2»/«uf» — CEP «cep»\n\n"
          "Querid«o» «fn», \n\nRecebemos sua doação e ela já virou bolsa para um estudante do primeiro semestre. «w» Seu recibo para "
          "dedução está disponível no portal, e se preferir doar todo mês, a chave Pix do Fundo é a mesma («k»).\n\nCom gratidão,\n«of»\n"
          "Escritório de Relacionamento com Egressos e Doadores — «e»\n",
          ci=sig, dt=g.date("long"), x="À" if d.female else "Ao", tr="Sra." if d.female else "Sr.", n=P(d.full), a=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), ci2=city, uf=uf, cep=(g.cep(), "BR_CEP"), o=d.o, fn=P(d.first),
          w=g.pick(["Foi uma vitória para a turma de 2025.", "A turma que se formou com você manda lembranças.", "Sem doações como a sua, a moradia não teria luz no inverno."]),
          k=(key, "PIX_KEY"), of=P(of.full), e=(corp_mail(of, dom), "EMAIL_ADDRESS"))
    return doc


def fi_ru(g: Gen) -> Doc:
    """Top-up log of the RU meal card: Pix with the university's random key, card payments."""
    doc = Doc()
    un, sig, dom = uni(g)
    key = g.uuid()
    day = g.date("iso")
    doc.f("== recargas_ru.log («d») — gateway «gw» — recebedor «s» chave «k» ==\n", d=day, gw=g.pick(["pagtesouro", "cielo", "getnet"]),
          s=sig, k=(key, "PIX_KEY"))
    for t in g.times(g.ri(7, 10), 6 * 3600, 21 * 3600):
        c = g.person()
        k = g.ri(0, 4)
        base = f"{day} {t}:{g.ri(0, 59):02d} "
        if k <= 1:
            doc.f(base + "RECARGA cartao_ru=«r» " + ("discente=\"«n»\" " if g.chance(0.5) else "") + "cpf=«cpf» valor=«v» meio=PIX e2e=E«e» chave_dest=«k» ip=«ip»\n",
                  r=g.d(8), n=P(g.pick([c.caps, c.full])), cpf=(g.cpf("raw"), "BR_CPF"), v=g.pick(["5,20", "10,40", "31,20", "52,00"]),
                  e=g.d(8) + g.date("compact") + g.hexs(11), k=(key, "PIX_KEY"), ip=(g.ip(), "IP_ADDRESS"))
        elif k == 2:
            doc.f(base + "RECARGA cartao_ru=«r» discente=\"«n»\" cpf=«cpf» valor=«v» meio=CREDITO pan=«p» nsu=«nsu» aut=«a»\n",
                  r=g.d(8), n=P(c.caps), cpf=(g.cpf("raw"), "BR_CPF"), v=g.pick(["10,40", "20,80", "52,00"]), p=g.masked_card(),
                  nsu=g.d(9), a=g.d(6))
        elif k == 3:
            doc.f(base + "WARN pos-legado enviou PAN em claro: pan=«p» titular=\"«n»\" -> mascarar (ticket «tk»)\n",
                  p=(g.card(False), "CREDIT_CARD"), n=P(c.caps), tk=g.protocol())
        else:
            doc.f(base + "ESTORNO cartao_ru=«r» cpf=«cpf» motivo=\"«m»\" operador=«o»\n", r=g.d(8), cpf=(g.cpf("raw"), "BR_CPF"),
                  m=g.pick(["duplicidade", "cartão bloqueado", "catraca não leu"]), o=g.pick(["op_ru02", "caixa_aurora", "svc_recarga"]))
    doc.f("# total do dia: R$ «t» · fechamento por «n»\n", t=g.money(800, 9000), n=P(g.person().full) if g.chance(0.5) else g.pick(["op_ru02", "svc_fechamento"]))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """Per diem and RPA payment of an external member of an examining board."""
    doc = Doc()
    un, sig, dom = uni(g)
    m, st, ori = g.person(), g.person(), g.person()
    city, uf = g.city()
    doc.f("«s» — PRPPG / Programa de Pós-Graduação em «p»\nSOLICITAÇÃO DE PAGAMENTO — MEMBRO EXTERNO DE BANCA (diárias + RPA)\n\n",
          s=sig, p=g.pick(["Química", "Educação", "Agronomia", "Saúde Coletiva", "Letras"]))
    fields = [("Nome", P(m.full)), ("CPF", (g.cpf(), "BR_CPF")), ("NIT/PIS", (g.pis(), "BR_PIS")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob("br", 1955, 1988), "DATE_OF_BIRTH")), ("Endereço residencial", (g.address(), "ADDRESS")),
              ("CEP", (g.cep(), "BR_CEP")), ("Cidade/UF", V(f"{city}/{uf}")), ("E-mail", (g.email(m), "EMAIL_ADDRESS")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("Banco", V(g.bank())), ("Agência", (g.agency(), "BANK_ACCOUNT")),
              ("Conta corrente", (g.account(), "BANK_ACCOUNT"))]
    if g.chance(0.4):
        fields.append(("Transporte próprio — placa", (g.plate(), "LICENSE_PLATE")))
        fields.append(("Transporte próprio — CNH", (g.cnh(), "BR_CNH")))
    w = max(len(k) for k, _ in fields)
    fmt = g.pick(["dots", "colon", "pipe"])
    for k, v in fields:
        if fmt == "dots":
            doc.t(f"{k} " + "." * (w - len(k) + 3) + " ")
        elif fmt == "colon":
            doc.t(f"{k}: ")
        else:
            doc.t(f"| {k.ljust(w)} | ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\nMotivo: participação na banca de defesa de «lv» de «st», orientação de «o», em «d».\nDiárias: «nd» × R$ «vd»   "
          "RPA bruto: R$ «rb» (INSS 11%: R$ «ins»; IRRF: R$ «ir»)\nSolicitante: «o2» — SIAPE «si»\n",
          lv=g.pick(["mestrado", "doutorado"]), st=P(st.full), o=P(ori.full), d=g.date("br"), nd=g.pick(["1,5", "2", "2,5"]),
          vd=g.pick(["335,00", "380,00", "224,20"]), rb=g.money(500, 1500), ins=g.money(50, 160), ir=g.money(0, 80),
          o2=P(ori.short), si=g.d(7))
    if g.chance(0.5):
        doc.f("Obs. financeiro («a»): NIT informado confere com o CNIS; o CPF «b» que veio no primeiro formulário estava errado.\n",
              a=P(g.person().first), b=g.bad_cpf("dot"))
    return doc


def fi_prouni(g: Gen) -> Doc:
    """ProUni family-income check: household members, birth dates, employers."""
    doc = Doc()
    ies = g.pick(["Centro Universitário Flor de Lis", "Faculdade Aurora de Ciências", "Faculdade Zanella de Tecnologia", "Universidade Bittar"])
    c = g.person()
    doc.f("«i» — Coordenação do ProUni (Lei 11.096/2005)\nCOMPROVAÇÃO DE RENDA FAMILIAR — bolsa «b» — «y»\n\n"
          "Candidat«o»: «n»   CPF: «cpf»   DN: «dob»\nInscrição ProUni: «ins»   Curso: «cu»\nEndereço: «a» — CEP «cep»   Tel.: «t»\n\n"
          "Grupo familiar:\n",
          i=ies, b=g.pick(["integral", "parcial (50%)"]), y=g.pick(["2025/1", "2025/2"]), o=c.o, n=P(c.caps), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1997, 2007), "DATE_OF_BIRTH"), ins=g.d(9), cu=g.pick(COURSES), a=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    rows = []
    total = 0
    for rel in g.rng.sample(["mãe", "pai", "irmã", "irmão", "avó", "padrasto"], g.ri(2, 4)):
        fem = rel in ("mãe", "irmã", "avó")
        p = g.relative(c, fem)
        lo, hi = {"mãe": (1960, 1985), "pai": (1955, 1983), "irmã": (1998, 2015), "irmão": (1998, 2015), "avó": (1935, 1955), "padrasto": (1960, 1985)}[rel]
        inc = g.ri(1412, 2600) if rel == "avó" else g.pick([0, 0, g.ri(900, 4200)])
        total += inc
        emp = g.pick(COMPANIES) if inc and g.chance(0.6) else ("aposentadoria INSS" if rel == "avó" else ("—" if not inc else "autônomo(a)"))
        rows.append([P(g.pick([p.full, p.caps])), V(rel), (g.dob("br", lo, hi), "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF"),
                     V(emp), V(f"{inc:,}".replace(",", ".") + ",00")])
    cols = ["Nome", "Parentesco", "Nascimento", "CPF", "Fonte de renda", "Renda bruta (R$)"]
    (table_ruled if g.chance(0.5) else table_bare)(doc, cols, rows)
    n = len(rows) + 1
    doc.t("\n")
    emps = [r[4][0] for r in rows if r[4][0] in COMPANIES]
    if emps:
        doc.f("Empregador «e» informado com CNPJ «c» (holerite anexo).\n", e=emps[0], c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("Renda per capita: R$ «r» (limite: 1,5 salário mínimo para integral). Documentos: CTPS, extratos, conta de luz em nome da mãe.\n"
          "Parecer: «p». Analista: «a»\n",
          r=f"{total / n:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
          emp="", p=g.pick(["APROVADO", "REPROVADO — renda acima do limite", "PENDENTE — falta extrato do pai"]), a=P(g.person().full))
    return doc


TEMPLATES = {
    "atendimento": [at_sisu, at_ficha, at_chat, at_diploma, at_moradia, at_log, at_ata_defesa],
    "juridico": [ju_heteroid, ju_pad, ju_ms, ju_fies, ju_procuracao, ju_planilha, ju_lgpd],
    "saude": [sa_residencia, sa_clinica, sa_evolucao, sa_sase, sa_vacina, sa_acidente, sa_chat],
    "financeiro": [fi_fies, fi_mensalidades, fi_bolsa, fi_doacao, fi_ru, fi_reembolso, fi_prouni],
}

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\dA-Za-z])(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2}|\d{11})(?![\d])")
CNPJ_SHAPE = re.compile(r"(?<![\dA-Z])([0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-\d{2})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert s["label"] in LABELS, s
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|prof|profa)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sisu|diplomas|ouvidoria|dpo|prograd|coord)", v), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRO|CRP|CREFITO|CRN)\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (raw or CPF-shaped) must fail the CPF check
    for m in ELEVEN.finditer(text):
        if any(covered[m.start():m.end()]):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], "unlabelled valid CPF", m.group(1))
    # and no CNPJ-shaped value is left unlabelled
    for m in CNPJ_SHAPE.finditer(text):
        assert all(covered[m.start():m.end()]), (record["id"], "unlabelled CNPJ", m.group(1))


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
    folded -= {fold(w).lower() for name in PT_F + PT_M + PT_SUR for w in re.findall(r"[\w'-]+", name)}
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
    assert len(records) == 280, len(records)
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("seventyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
