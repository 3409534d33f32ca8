"""Build the twenty-seventh labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_twentyseventh_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 27,
280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: human resources and people operations, the way
personal data sits in HR systems and HR paperwork. Helpdesk tickets of an "RH Atende"
portal, onboarding and offboarding checklists, Teams and WhatsApp exports, TRCT and
eSocial layouts read back as text or XML, union and labour-court records, occupational
health forms (ASO, CAT, PCMSO), payslips, payroll CSV and a CNAB-like fixed-width credit
file, benefit enrolment forms, CVs pasted into the applicant-tracking system. Employees
type without accents and with typos; systems print ALL CAPS without accents.
- atendimento: a people-ops helpdesk ticket with its thread (payslip deduction, vacation
  and abono, meal-card delivery, lost badge and parking plate), an onboarding checklist
  (documents received, salary account, badge, parking, children's birth certificates,
  emergency contact), a Teams chat between a line manager and the HR business partner about
  an absent employee, a WhatsApp export of a recruiter and a candidate (the candidate's
  number as sender), reference-check notes, a CSV export of the people-ops ticket queue,
  an offboarding e-mail to IT, facilities and benefits (login, VPN IP, corporate card,
  dependants to remove, personal e-mail and new address).
- juridico: a TRCT (termo de rescisão) read back field by field, a reclamação trabalhista
  with the witnesses' list, a joint petition to homologate an extrajudicial settlement
  (art. 855-B CLT), a written warning or suspension with witnesses to the refusal to sign,
  the minutes of a CIPA election count (NR-5), a union's annual-discharge or dismissal
  assistance record (art. 507-B CLT), the minutes of a labour-court hearing with the
  employer's letter appointing its preposto.
- saude: an ASO, a PCMSO periodic-exam schedule (semicolon CSV), a CAT (typical or
  commuting accident, with the medical-certificate section), an employee forwarding a
  medical certificate to HR (OCR transcription and HR's reply), a preliminary ergonomic
  assessment (NR-17), a return-to-work note after an INSS leave, HR's monthly control sheet
  of medical certificates (TSV).
- financeiro: a payslip (holerite) with an envelope address block, a payroll credit CSV and
  the first lines of the bank remittance file, an eSocial S-2200 XML pasted in a support
  ticket, a benefits enrolment form (meal vouchers, health and dental plan with dependants,
  transport voucher), a salary-advance request by e-mail with the approval chain, an
  FGTS/INSS workers' report signed by the payroll accountant, a CV (currículo).

Conventions (the twentieth set's, with the later sets' decisions where they apply):
PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.", "Exmo.", "dona", "seu";
particles inside a name (de, da, dos, e) are part of it; "SURNAME SURNAME, GIVEN" is one
span; nicknames and first names alone are persons, and so are the descriptive nicknames
used at work when they name someone ("conhecido como \"Galego\"", "Disse apenas que Baixinho
pediu demissão"). Employees, candidates, dependants, mothers, emergency contacts, managers,
buddies, HR analysts and business partners, recruiters, referees, witnesses, union
directors, prepostos, judges, lawyers, physicians, nurses, physiotherapists, safety
engineers and accountants are persons. Logins and accounts are not ("dandrade",
"svc_folha", "rpa_dp", "fila_n1", the recruiter's WhatsApp business account "RH Haddad
Vagas"); nor are employers, unions, clinics, hospitals and law firms, even when made of
surnames or of words that are names (Haddad Têxtil S.A., Metalúrgica Bortolotto Ltda.,
Tecelagem Kinjo & Higa Ltda., Frigorífico Bento Alimentos S.A., Rede de Supermercados
Prudente Ltda., Clínica Santa Rosa de Lima, Amado Prudente Advocacia Trabalhista).
Corporate e-mails of people (nome.sobrenome@empresa) are EMAIL_ADDRESS; role mailboxes
(rh@, dp@, atestados@, recrutamento@, beneficios@, facilities@, ti-acessos@) are not
labelled. ADDRESS is street type + name + number + complement for homes (employees,
candidates, witnesses, accident witnesses); the employer's, union's and clinic's addresses
are not labelled (TRCT field 03 "Rodovia BR-116, km 212", "Rua dos Trabalhadores, 688",
"Rua Flor de Lis, 210 – Centro" on a certificate, "Rua Prudente de Morais, 1200 (prédio da
empresa)"), nor a unit named after its street ("a unidade da Barão de Mauá"). In the
eSocial XML the street type and name sit in dscLograd, which is the ADDRESS span; nrLograd
is not. Every CEP is BR_CEP and every CNPJ is BR_CNPJ (employer's, union's, the raw
cnpjSindCategProf; numeric and the 2026 alphanumeric form). Phone numbers with an area code
are PHONE_NUMBER (a clinic's, union's or accountant's land line too; the WhatsApp sender
each time it appears); four-digit extensions ("ramal 4412") are not. Agency and account are
separate BANK_ACCOUNT spans; in the remittance line the zero-padded account is labelled as
it stands; bank codes and names are not. DATE_OF_BIRTH only for birth dates (workers',
candidates', dependants', ISO in XML and CSV); admission, notice, dismissal, accident,
exam, leave and payment dates are not. PROFESSIONAL_ID includes the council acronym, UF and
any "nº" between them: CRM, COREN, OAB, CRP, CREFITO and, new in this set, CREA (the safety
engineer's, "CREA-SP 5060123456") and CRC (the payroll accountant's, "CRC/SP 1SP123456/O-8").
BR_PIS for PIS/PASEP/NIT in any form; BR_CNS for the Cartão SUS; BR_CNH for the licence
number (nrRegCnh too); BR_TITULO_ELEITOR for voter cards in admission documents and CVs.
CREDIT_CARD only for full corporate-card numbers; masked cards are not labelled. PIX_KEY
only for random (UUID) keys. IP_ADDRESS for portal, VPN and e-signature IPs. LICENSE_PLATE
for parking registrations and accident reports. Names truncated to 30 characters in the
fixed-width remittance line are labelled as they stand. Not labelled (no label for them):
matrícula, CTPS number and series, INSS benefit numbers (NB), eSocial event Ids and receipt
numbers, CAT receipt numbers, union codes, CBO and CNAE codes, ASO and FGTS guide numbers,
RNM numbers of migrants, LinkedIn handles, masked CPFs.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Kleverson, Valdisney, Jhonatta, Thayrine, Sthefany; Italian, German, Japanese/Okinawan,
Lebanese, Korean, Chinese, Haitian, Venezuelan, Angolan, Senegalese, Bolivian, indigenous,
Jewish), at least a quarter of the name words rare or invented; names that are also words
(Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Esperança, Glória, Justo,
Modesto, Constante, Celeste) next to the same words as words ("seria prudente", "sindicato de
Esperança", "turno da noite") and in places, streets and companies (Presidente Prudente,
Bento Gonçalves, Vitória/ES, Aurora/CE, Esperança/PB, Rua Rosa Branca, Avenida Bento
Gonçalves, UPA 24h Aurora, Faculdade Aurora, Hospital Santa Luz S.A.), which are not persons.
Forms: full names, ALL CAPS with and without accents, lower case (typed by employees),
"SURNAME, GIVEN" in the control sheet, first name alone, nicknames.

HR paperwork is dense in names (the employee, managers, HR staff, dependants, witnesses):
PERSON is about 35% of the gold spans.

Hard negatives (never labelled): CNJ labour-court process numbers (segment 5), 11-digit
numbers failing the CPF check (a mistyped CPF in a reference check or a report, an invalid
PIS, internal protocols), CID-10 codes, CBO codes, money, protocol, ticket and guide numbers,
laws and articles (art. 477 da CLT, Lei 13.467/2017, NR-5, NR-7, NR-17, Súmula 85 do TST),
company, clinic and law-firm names with surnames, streets and units named after people,
dates that are not birth dates. The check below verifies the check digits of every labelled
identifier and that no unlabelled digit run shaped like a CPF (11 digits or dotted), a
título (12), a CNS (15) or a card (16) passes its check.
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
SEED = 27
ORD = "twentyseventh"

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
ORDS = ["primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
        "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um",
        "vinte e dois", "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete",
        "vinte e oito"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Márcia", "Kátia", "Rosana", "Lúcia",
        "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina", "Vera Lúcia",
        "Maria Aparecida", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Camila", "Adriana", "Simone",
        "Luciana", "Tatiane", "Priscila", "Larissa", "Gabriela", "Mariana", "Maria José", "Francisca",
        "Beatriz", "Sandra", "Cristiane", "Roberta", "Marta", "Isabela", "Aline", "Natália", "Débora", "Elaine"]
RARE_F = ["Josilene", "Zuleide", "Edvânia", "Gercina", "Marlucia", "Claudineia", "Ozenira", "Raimunda Nonata",
          "Leidiane", "Rosimeire", "Eronildes", "Vaneide", "Ednalva", "Maciléia", "Deuzuite", "Alzenir", "Kamilly",
          "Gleyciane", "Joyciane", "Taynná", "Crisleide", "Valmira", "Jozélia", "Francinete", "Gildete", "Clebiane",
          "Lauanny", "Dheyse", "Wérica", "Adenilde", "Quitéria", "Joselma", "Rozimar", "Zenóbia", "Nailde",
          "Jeruza", "Aucilene", "Teodolina", "Kethellen", "Ysadora", "Iraildes", "Lindalva", "Maryellen",
          "Edileuza", "Rayssa Kelly", "Cleonice", "Adjane", "Eudóxia", "Vanuza", "Thayrine", "Laudicéia", "Jaqueliny",
          "Sthefany", "Marinalva", "Elizete", "Rubenita", "Doralice", "Yasmin Vitória", "Gerlane", "Hosana"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio César", "Otávio", "Caio", "Enzo", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Rodrigo", "Mauro", "Wellington", "Fábio", "Ricardo", "Rafael",
        "Gustavo", "Thiago", "Bruno", "Leandro", "Diego", "João Victor", "Antônio", "José Carlos", "Roberto",
        "Eduardo", "Vinícius", "Francisco", "Luís Fernando", "Matheus", "Lucas", "Daniel", "Anderson"]
RARE_M = ["Aldemir", "Edilson", "Genival", "Josimar", "Uelinton", "Reginauro", "Juvenal", "Ozéas", "Valdeci",
          "Cleidson", "Gilvan", "Ivonaldo", "Erisvaldo", "Jailton", "Lindomar", "Hermógenes", "Rhuan", "Kayky",
          "Thalisson", "Abdias", "Elpídio", "Florisvaldo", "Sinval", "Zózimo", "Raylander", "Welberth", "Dhonatan",
          "Adailton", "Cosme Damião", "Edivaldo", "Jucelino", "Raniere", "Wendson", "Gedeão", "Claudionor",
          "Deoclécio", "Ubiratã", "Jocélio", "Aurivan", "Eufrásio", "Natanael", "Misael", "Wanderlan", "Onofre",
          "Agenor", "Jeovane", "Kleverson", "Maxuell", "Raimundo Nonato", "Deusdete", "Josuel", "Wemerson",
          "Cledivaldo", "Ismaelino", "Jhonatta", "Osmarino", "Valdisney", "Ezequias", "Reinilson", "Lourival"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes",
          "Ribeiro", "Alves", "Araújo", "Barbosa", "Cardoso", "Castro", "Lopes", "Mendes", "Nunes", "Ramos", "Reis",
          "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Marques",
          "Nascimento", "Santana", "Machado", "Ferreira", "Lima", "Rocha", "Dias", "Moreira", "Monteiro", "Pinto",
          "Correia", "Freitas", "Batista", "Soares", "Cunha", "Farias"]
RARE_SUR = ["Cavalheiro", "Bulhões", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixadá", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Parnaíba", "Queiroga",
            "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Conrado", "Inojosa", "Juruena", "Otoni",
            "Tabosa", "Mourão", "Sucupira", "Ximenes", "Frota", "Aragão", "Bessa", "Catunda", "Jatobá", "Pontual",
            "Uchôa", "Wanderley", "Cirino", "Buriti", "Arcoverde", "Baraúna", "Bezerril", "Leitão", "Capistrano",
            "Sobreira", "Paranaguá", "Quintela", "Brandim", "Mangabeira", "Tapajós", "Vasconcellos Chaves",
            "Lacerda Pimentel", "Coimbra", "Sertório", "Bandeira", "Gurgel", "Holanda", "Meireles", "Rabelo",
            "Timbó", "Araripe", "Piancó", "Caldas", "Espínola", "Guedelha"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Graça", "Celeste", "Esperança", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Justo", "Modesto", "Constante", "Sereno", "Celeste", "Severo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Flor", "Luz", "Amado", "Graça", "Vitória", "Celeste",
            "Justo", "Leão", "Cordeiro", "Raposo", "Pombo", "Sardinha", "Palmeira", "Franco", "Pereira", "Carneiro",
            "Coelho", "Aurora", "Esperança", "Paz"]
NICK = {"Luiz Carlos": "Luizinho", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Raimunda Nonata": "Nonata",
        "Maria José": "Zezé", "Francisca": "Chica", "Pedro Henrique": "PH", "Carlos Eduardo": "Cadu",
        "Alexandre": "Xande", "Francinete": "Net", "Deuzuite": "Zuzu", "Hermógenes": "Mogenes", "José Carlos": "Zeca",
        "Antônio": "Toninho", "Cosme Damião": "Cosminho", "Florisvaldo": "Flor", "Júlio César": "Julinho",
        "Rodrigo": "Digão", "Wellington": "Tom", "Ubiratã": "Bira", "Quitéria": "Teca", "Gildete": "Gil",
        "João Victor": "JV", "Rozimar": "Rô", "Claudionor": "Nonô", "Francisco": "Chico", "Eufrásio": "Fafá",
        "Raylander": "Ray", "Edileuza": "Leu", "Welberth": "Beto", "Onofre": "Nofinho", "Raimundo Nonato": "Nonato",
        "Deusdete": "Dedé", "Marinalva": "Nalva", "Doralice": "Dora", "Matheus": "Teteu", "Anderson": "Dinho",
        "Kleverson": "Kleber", "Lourival": "Vavá", "Rayssa Kelly": "Rayssa", "Cleonice": "Nice"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella", "Tomazoni", "Piccinin"]),
    "de": (["Waltraud", "Gerda", "Liesel"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Voigt", "Lemke", "Stüpp", "Tesch", "Ramlow", "Bergmann", "Pagel"]),
    "jp": (["Sachiko", "Naomi", "Emiko", "Yumi"], ["Kenji", "Takeshi", "Hiroshi", "Massao"],
           ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Matsumoto", "Higa", "Nakandakari", "Hayashida"]),
    "ar": (["Nadia", "Leila", "Soraya"], ["Farid", "Nagib", "Kamal"], ["Haddad", "Khoury", "Maluf", "Nassar", "Sfeir", "Jabour"]),
    "kr": (["Min-ji", "Hye-jin", "Seo-yeon"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Jung", "Yoon", "Cho"]),
    "cn": (["Xiaoling", "Hui", "Meiling"], ["Hao", "Lei", "Jun"], ["Chen", "Wu", "Lin", "Zhou", "Liang"]),
    "bo": (["Ximena", "Rocío", "Wilma"], ["Rolando", "Fidel", "Eusebio"], ["Apaza", "Ticona", "Colque", "Mamani", "Choque"]),
    "ve": (["Yusmary", "Yorgelis", "Daniela Alejandra"], ["Wuilmer", "Deivis", "Yonaiker"],
           ["Rondón", "Briceño", "Guaramato", "Colmenares"]),
    "ht": (["Guerline", "Mirlande", "Roseline", "Nadège"], ["Wilner", "Jhonson", "Frantz", "Wisner"],
           ["Joseph", "Dorvil", "Exantus", "Pierre-Louis", "Saint-Fleur"]),
    "sn": (["Aminata", "Fatou", "Khady"], ["Mamadou", "Ousmane", "Cheikh"], ["Diop", "Ndiaye", "Sow", "Gueye", "Fall"]),
    "ao": (["Luzia Nzinga", "Teresa Ndala", "Esperança Kissanga"], ["Kiluanje", "Domingos Mbala", "Ngola"],
           ["Kiala", "Nzau", "Massala", "Tchipa", "Kapenda"]),
    "in": (["Iracema", "Araci", "Jurema", "Potira"], ["Anhangá", "Tupã", "Cauê", "Kaiuá"],
           ["Krahô", "Kaingang", "Xavante", "Terena", "Baniwa", "Guajajara"]),
    "jw": (["Raquel", "Débora", "Hanna", "Ester"], ["Abraão", "Salomão", "Isaac", "Mordechai"],
           ["Weissmann", "Grinberg", "Blaustein", "Kac", "Szajnbok"]),
}
NATION = {"ht": ("haitiano", "haitiana"), "sn": ("senegalês", "senegalesa"), "ve": ("venezuelano", "venezuelana"),
          "ao": ("angolano", "angolana"), "bo": ("boliviano", "boliviana")}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "ve", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Graça", "Conceição", "Rocha", "Flor", "Paz", "Cunha",
          "Aurora", "Esperança"}
DO_SUR = {"Nascimento", "Amaral", "Prado", "Carmo"}
DOS_SUR = {"Reis", "Campos", "Santos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "68", "71", "73", "75", "79", "81", "82", "83",
        "84", "85", "86", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia",
                "Vila", "Beco", "Largo"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Prudente de Morais", "Flor de Lis", "das Palmeiras",
                "Coronel Lourival Penedo", "Professora Zuleide Gadelha", "Dom Pedro II", "Barão de Mauá",
                "Luz Divina", "Frei Caneca", "General Osório", "Capitão Abdias Landim", "das Acácias",
                "Vitória Régia", "Padre Anchieta", "Quinze de Novembro", "Irmãos Bulhões", "Nossa Senhora da Graça",
                "Senador Queiroga", "Juscelino Kubitschek", "Santos Dumont", "Marechal Deodoro", "Getúlio Vargas",
                "Amado Batista", "Joaquim Nabuco", "Tiradentes", "Sete de Setembro", "Maria Quitéria",
                "Dona Ozenira Tabosa", "Engenheiro Caetité", "Tenente Justo Sucupira", "dos Ipês", "Carlos Gomes",
                "Esperança", "Operário Genival Trajano", "Primeiro de Maio", "dos Trabalhadores", "Costureira Eudóxia Rabelo",
                "Serafim Araripe", "Bento Gonçalves"]
CITIES = [("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Vitória", "ES"), ("Vitória da Conquista", "BA"),
          ("Rio Branco", "AC"), ("Santa Luzia", "MG"), ("Aurora", "CE"), ("Flores da Cunha", "RS"), ("Londrina", "PR"),
          ("Maringá", "PR"), ("Joinville", "SC"), ("Blumenau", "SC"), ("Caxias do Sul", "RS"), ("Juiz de Fora", "MG"),
          ("Contagem", "MG"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Jundiaí", "SP"), ("São Paulo", "SP"),
          ("São Bernardo do Campo", "SP"), ("Rio de Janeiro", "RJ"), ("Duque de Caxias", "RJ"), ("Petrolina", "PE"),
          ("Recife", "PE"), ("Maracanaú", "CE"), ("Fortaleza", "CE"), ("Teresina", "PI"), ("Belém", "PA"),
          ("Manaus", "AM"), ("Camaçari", "BA"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"),
          ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Natal", "RN"), ("Cabo de Santo Agostinho", "PE"),
          ("Curitiba", "PR"), ("Porto Alegre", "RS"), ("Itajaí", "SC"), ("Belo Horizonte", "MG"), ("Brasília", "DF"),
          ("Sorocaba", "SP"), ("Esperança", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
TRT = {"SP": "02", "RJ": "01", "MG": "03", "RS": "04", "BA": "05", "PE": "06", "CE": "07", "PA": "08", "PR": "09",
       "DF": "10", "AM": "11", "SC": "12", "PB": "13", "GO": "18", "ES": "17", "MA": "16", "RN": "21", "PI": "22",
       "MT": "23", "MS": "24", "SE": "20", "AL": "19", "AC": "14"}
BAIRROS = ["Jardim Aurora", "Vila Prudente", "Centro", "Bela Vista", "Jardim Rosa Branca", "Alto da Luz",
           "Parque Bento Ribeiro", "Vila Esperança", "Bonfim", "Graças", "Flor do Vale", "Cidade Nova", "Boa Viagem",
           "Cohab II", "Jardim Celeste", "Setor Bueno", "Padre Eustáquio", "Jardim Amado", "Mangabeira", "Pituba",
           "Vila Operária", "Distrito Industrial", "Conjunto Habitacional Primeiro de Maio", "Jardim Paraíso"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("033", "Santander"), ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"),
         ("336", "C6 Bank"), ("212", "Banco Original"), ("041", "Banrisul")]
# Employers: several carry a surname or a word that is also a name; none of them is a person.
EMPLOYERS = ["Haddad Têxtil S.A.", "Metalúrgica Bortolotto Ltda.", "Frigorífico Bento Alimentos S.A.",
             "Rede de Supermercados Prudente Ltda.", "Transportes Aurora Logística Ltda.", "Calçados Rosa Branca Ltda.",
             "Construtora Leão & Gurgel Ltda.", "Hospital Santa Luz S.A.", "Call Center Vitória Serviços Ltda.",
             "Indústria de Móveis Hoffmann Ltda.", "Cerâmica Quixadá Ltda.", "Laticínios Serra da Esperança S.A.",
             "Grupo Amado Varejo S.A.", "Tecelagem Kinjo & Higa Ltda.", "Farmácias Flor de Lis Ltda.",
             "Limpeza Celeste Terceirização de Mão de Obra Ltda.", "Agroindustrial Tapajós S.A.",
             "Colégio Padre Anchieta Ltda.", "Padaria e Confeitaria Graça Ltda.", "Ximenes Frota Engenharia S.A."]
EMP_DOMS = ["haddadtextil.com.br", "bortolotto.ind.br", "bentoalimentos.com.br", "superprudente.com.br",
            "aurologistica.com.br", "rosabranca.com.br", "leaogurgel.eng.br", "santaluz.med.br", "callvitoria.com.br",
            "moveishoffmann.com.br", "ceramicaquixada.com.br", "serradaesperanca.com.br", "grupoamado.com.br",
            "kinjohiga.com.br", "flordelis.far.br", "celestefacilities.com.br", "agrotapajos.com.br",
            "colegioanchieta.g12.br", "padariagraca.com.br", "xfengenharia.com.br"]
CLINICS = ["Clínica Ocupacional Vida & Trabalho", "SESMT Saúde Ocupacional Ltda.", "Clínica Bento Medicina do Trabalho",
           "MedTrab Aurora", "Centro Médico Prudente", "Clínica Santa Rosa de Lima", "Ocupamed Quixadá",
           "Serviço Social da Indústria – SESI"]
UNIONS = ["Sindicato dos Trabalhadores nas Indústrias Metalúrgicas", "Sindicato dos Empregados no Comércio",
          "Sindicato dos Trabalhadores em Transportes Rodoviários", "Sindicato dos Trabalhadores nas Indústrias de Alimentação",
          "Sindicato dos Empregados em Empresas de Asseio e Conservação", "Sindicato dos Trabalhadores da Construção Civil",
          "Sindicato dos Trabalhadores nas Indústrias do Vestuário"]
LAWFIRMS = ["Leão & Queiroga Advogados", "Bessa, Landim e Rolim Sociedade de Advogados", "Amado Prudente Advocacia Trabalhista",
            "Cantanhede, Sobreira & Bulhões Advogados", "Tomazoni Bergmann Advogados", "Rabelo Gurgel Advocacia"]
HEALTH_PLANS = ["Saúde Celeste", "Prudente Saúde", "Unimed Vale da Aurora", "Bento Assistência Médica", "Vitória Seguro Saúde",
                "Amil", "Bradesco Saúde", "SulAmérica"]
DENTAL = ["OdontoPrev", "Odonto Flor", "Dental Uni", "Sorriso Celeste Odontologia"]
CIDS = ["M54.5", "M65.4", "M75.1", "S61.0", "S62.6", "S93.4", "F32.1", "F41.1", "F43.2", "J11.1", "A90", "G56.0",
        "M51.1", "K35.8", "O26.8", "S82.6", "T14.1", "H10.3", "Z76.8", "U07.1"]
CBOS = [("auxiliar de produção", "7842-05"), ("operador de máquinas", "7842-05"), ("soldador", "7243-15"),
        ("costureira", "7632-10"), ("motorista de caminhão", "7825-10"), ("auxiliar administrativo", "4110-10"),
        ("operador de caixa", "4211-25"), ("repositor de mercadorias", "5211-25"), ("técnico de enfermagem", "3222-05"),
        ("analista de departamento pessoal", "2524-05"), ("vigilante", "5173-30"), ("auxiliar de limpeza", "5143-20"),
        ("operador de telemarketing", "4223-10"), ("pedreiro", "7152-10"), ("açougueiro", "8485-10"),
        ("professor de educação infantil", "2311-10"), ("mecânico de manutenção", "9144-05"), ("analista de RH", "2524-05"),
        ("padeiro", "8483-05"), ("empilhadeirista", "7822-20")]
CARS = ["VW Gol 1.0", "Fiat Strada Freedom", "Chevrolet Onix LT", "Fiat Mobi Like", "Hyundai HB20 Comfort",
        "Honda CG 160 Fan", "Yamaha Factor 150", "Renault Kwid Zen", "Ford Ka SE", "Fiat Fiorino (frota)"]
COLOURS = ["branco", "prata", "preto", "vermelho", "cinza", "azul"]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, origin: str = "pt"):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.origin = origin

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        return self.given.split()[0] if not self.given.startswith(("Maria d", "Cosme ")) else self.given

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def caps_fold(self) -> str:
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

    def g(self, m: str, f: str) -> str:
        return f if self.female else m

    @property
    def sr(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def dr(self) -> str:
        return "Dra." if self.female else "Dr."


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.caps_fold, "low": p.low,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "capsshort": p.short.upper()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}", "dm": f"{dd:02d}/{mm:02d}",
            "caps": f"{dd} DE {MONTHS[mm - 1].upper()} DE {yy}", "º": f"{'1º' if dd == 1 else dd} de {MONTHS[mm - 1]} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

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
        if r < 0.47:
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
            elif rng.random() < 0.42:
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
            elif len(surnames) >= 2 and rng.random() < 0.06:
                surnames.insert(len(surnames) - 1, "e")
            if not female and rng.random() < 0.07:
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
        return Person(given, surnames, female, origin)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female, of.origin)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
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
        style = style or self.pick(["dot", "dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "dash": f"{n[:9]}-{n[9:]}"}[style]

    def masked_cpf(self) -> str:
        n = self.d(11)
        return self.pick([f"***.{n[3:6]}.{n[6:9]}-**", f"{n[:3]}.***.***-{n[9:]}", f"XXX.{n[3:6]}.{n[6:9]}-XX"])

    def bad_cpf(self, style: str = "raw") -> str:
        n = self.neg(11)
        return fmt_cpf(n) if style == "dot" else n

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.25) if alnum is None else alnum
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
        style = style or self.pick(["dot", "dot", "raw", "mg"])
        if style == "mg":
            return f"MG-{self.d(2)}.{self.d(3)}.{self.d(3)}"
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
        dash = self.chance(0.85) if dash is None else dash
        if not dash:
            return n
        return f"{n[:2]}.{n[2:5]}-{n[5:]}" if self.chance(0.15) else f"{n[:5]}-{n[5:]}"

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "par", "plus", "plain", "nospace", "dash"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "nospace": f"({ddd}){h}-{t}", "zero": f"0{ddd} {h}-{t}"}[style]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"final {self.d(4)}", f"**** **** **** {self.d(4)}", f"{self.pick(['5502', '4984', '5162'])} **** **** {self.d(4)}",
                          f"XXXX.XXXX.XXXX.{self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.4) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def chassi(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "9" + self.pick(["BW", "BD", "BG", "3N", "BH", "C2"]) + "".join(self.pick(chars) for _ in range(14))

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.rng.randint(1, 9)) + self.d(self.rng.randint(4, 8))
        if dv and self.chance(0.3) and len(body) >= 6:
            body = f"{body[:-3]}.{body[-3:]}"
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168, 181])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')}, apto {self.rng.randint(11, 408)}", "fundos",
                          f"Quadra {self.rng.randint(1, 40)}, Lote {self.rng.randint(1, 30)}",
                          f"apartamento {self.rng.randint(11, 1204)}"])
        return t, name, num, comp

    def address(self, style: str = "text") -> str:
        t, name, num, comp = self.street_parts()
        if style == "caps":
            return f"{t} {name}, {num}".upper() + (f", {comp}".upper() if comp else "")
        if style == "low":
            abbr = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{abbr.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "legal":  # "Rua X, nº 123, apto 4"
            return f"{t} {name}, nº {num}" + (f", {comp}" if comp else "")
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", ", n. ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1945, hi: int = 2005) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, uf: str | None = None) -> str:
        """A labour-court (Justiça do Trabalho, segment 5) process number."""
        trt = TRT.get(uf or self.pick(UFS), "02")
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.5.{trt}.{self.d(4)}"

    def nb(self) -> str:
        """An INSS benefit number (NB), not labelled."""
        n = self.d(10)
        return self.pick([f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9]}", n])

    def matricula(self) -> str:
        return self.pick([self.d(6), self.d(5), f"{self.d(2)}{self.d(4)}-{self.d(1)}", f"F{self.d(5)}"])

    def ctps(self) -> str:
        return self.pick([f"CTPS nº {self.d(7)}, série {self.d(4)}-{self.pick(UFS)}", f"CTPS {self.d(7)}/{self.d(3)}",
                          "CTPS Digital (nº do CPF)"])

    def council(self, kind: str = "OAB", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 499999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} nº {dotted}", f"OAB-{uf} nº {n}", f"OAB/{uf} {n}",
                              f"OAB/{uf} {dotted}", f"OAB-{uf} {dotted}"])
        if kind == "OABDJE":
            return self.pick([f"OAB {n}/{uf}", f"OAB {n}/{uf}", f"OAB: {dotted}/{uf}", f"OAB {dotted}{self.pick(['', 'N', 'A'])}/{uf}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} nº {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)}/{self.d(6)}-F", f"CREFITO {self.ri(1, 18)} nº {self.d(6)}-F"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} nº {self.d(6)}/D", f"CREA-{uf} {self.d(9)}-{self.d(1)}"])
        if kind == "CRC":
            return self.pick([f"CRC/{uf} {self.ri(1, 2)}{uf}{self.d(6)}/O-{self.d(1)}", f"CRC-{uf} nº {self.d(6)}/O",
                              f"CRC {uf}-{self.d(6)}/O-{self.d(1)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM/{uf} nº {n}"])


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


def P(s: str):
    return (s, "PERSON")


def cpf_t(g: Gen, style: str | None = None):
    return (g.cpf(style), "BR_CPF")


def ph_t(g: Gen, style: str | None = None, mobile: bool = True):
    return (g.phone(style, mobile), "PHONE_NUMBER")


def em_t(g: Gen, p: Person, domain: str | None = None):
    return (g.email(p, domain), "EMAIL_ADDRESS")


def cep_t(g: Gen, dash: bool | None = None):
    return (g.cep(dash), "BR_CEP")


def ad_t(g: Gen, style: str = "text"):
    return (g.address(style), "ADDRESS")


def dob_t(g: Gen, fmt: str | None = None, lo: int = 1945, hi: int = 2005):
    return (g.dob(fmt, lo, hi), "DATE_OF_BIRTH")


def ip_t(g: Gen):
    return (g.ip(), "IP_ADDRESS")


def oab_t(g: Gen, uf: str | None = None, kind: str = "OAB"):
    return (g.council(kind, uf), "PROFESSIONAL_ID")


def pid(g: Gen, p: Person, kind: str = "OAB", uf: str | None = None):
    """A person's council registration, the same string each time the person is named."""
    if not hasattr(p, "ids"):
        p.ids = {}
    if kind not in p.ids:
        p.ids[kind] = g.council(kind, uf)
    return (p.ids[kind], "PROFESSIONAL_ID")


def rg_t(g: Gen, style: str | None = None):
    return (g.rg(style), "BR_RG")


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def typo(g: Gen, s: str, rate: float = 0.5) -> str:
    """Clients typing: drop accents, lower case, a swapped or doubled letter now and then."""
    s = fold(s).lower() if g.chance(0.8) else s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and g.chance(rate * 0.15):
            j = g.ri(1, len(w) - 2)
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:] if g.chance(0.6) else w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


PROFS = [("motorista", "motorista"), ("comerciante", "comerciante"), ("professor", "professora"),
         ("autônomo", "autônoma"), ("aposentado", "aposentada"), ("auxiliar administrativo", "auxiliar administrativa"),
         ("pedreiro", "diarista"), ("eletricista", "cabeleireira"), ("vendedor", "vendedora"), ("enfermeiro", "enfermeira"),
         ("servidor público", "servidora pública"), ("empresário", "empresária"), ("estudante", "estudante"),
         ("agricultor", "agricultora"), ("do lar", "do lar"), ("técnico em informática", "técnica de enfermagem")]
CIVIL = [("solteiro", "solteira"), ("casado", "casada"), ("divorciado", "divorciada"), ("viúvo", "viúva"),
         ("em união estável", "em união estável")]


def qual(g: Gen, doc: Doc, p: Person, *, form: str = "caps", rg: bool = True, cpf: bool = True, addr: bool = True,
         email: bool = False, phone: bool = False, dob: bool = False, extra: str | None = None,
         civil: str | None = None, prof: str | None = None, end: str = "") -> None:
    """A party's qualification as courts write it, in one sentence."""
    name = {"caps": p.caps, "full": p.full, "capsf": p.caps_fold}[form]
    if p.origin in NATION and g.chance(0.6):
        nat = NATION[p.origin][1 if p.female else 0]
        foreign = True
    else:
        nat = p.g("brasileiro", "brasileira")
        foreign = False
    civ = civil or g.pick(CIVIL)[1 if p.female else 0]
    pr = prof or g.pick(PROFS)[1 if p.female else 0]
    doc.f("«n», «nat», «c», «pr», ", n=P(name), nat=nat, c=civ, pr=pr)
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=dob_t(g, g.pick(["br", "br", "long"]), 1950, 2002))
    if foreign:
        doc.f("portador«a» do Registro Nacional Migratório (RNM) nº «r», ",
              a=p.g("", "a"), r=f"{g.pick('FGVW')}{g.d(6)}-{g.pick('0123456789X')}")
    elif rg:
        doc.f("portador«a» da cédula de identidade RG nº «r» «o», ", a=p.g("", "a"),
              r=rg_t(g), o=g.pick(["SSP/SP", "SSP/BA", "SESP/PR", "SSP/MG", "DETRAN/RJ", "SDS/PE", "PC/GO", "SSP-CE"]))
    if cpf:
        doc.f("inscrit«o» no «k» sob o nº «c», ", o=p.o, k=g.pick(["CPF", "CPF/MF", "Cadastro de Pessoas Físicas"]),
              c=cpf_t(g))
    if extra is None and not foreign and g.chance(0.12):
        extra = g.pick(["cnh", "titulo"])
    if extra == "cnh":
        doc.f("CNH nº «c», ", c=(g.cnh(), "BR_CNH"))
    elif extra == "titulo":
        doc.f("título de eleitor nº «t», ", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    elif extra == "pis":
        doc.f("PIS/PASEP nº «t», ", t=(g.pis(), "BR_PIS"))
    elif extra == "cns":
        doc.f("Cartão Nacional de Saúde nº «t», ", t=(g.cns(), "BR_CNS"))
    if email:
        doc.f("endereço eletrônico «e», ", e=em_t(g, p))
    if phone:
        doc.f("telefone «t», ", t=ph_t(g))
    if addr:
        city, uf = g.city()
        doc.f("residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o,
              ad=ad_t(g, "legal"), b=g.pick(BAIRROS), city=city, uf=uf, cep=cep_t(g))
    else:
        doc.text = doc.text.rstrip(", ")
    doc.t(end)




def pis_t(g: Gen, style: str | None = None):
    return (g.pis(style), "BR_PIS")


def cns_t(g: Gen, spaced: bool | None = None):
    return (g.cns(spaced), "BR_CNS")


def tit_t(g: Gen, spaced: bool | None = None):
    return (g.titulo(spaced), "BR_TITULO_ELEITOR")


def cnh_t(g: Gen):
    return (g.cnh(), "BR_CNH")


def cnpj_t(g: Gen, style: str = "dot", alnum: bool | None = None):
    return (g.cnpj(style, alnum), "BR_CNPJ")


def ag_t(g: Gen, dv: bool | None = None):
    return (g.agency(dv), "BANK_ACCOUNT")


def cc_t(g: Gen, dv: bool | None = None):
    return (g.account(dv), "BANK_ACCOUNT")


def pl_t(g: Gen, old: bool | None = None):
    return (g.plate(old), "LICENSE_PLATE")


def card_t(g: Gen, spaced: bool = True):
    return (g.card(spaced), "CREDIT_CARD")


def pix_t(g: Gen):
    return (g.uuid(), "PIX_KEY")


def employer(g: Gen) -> tuple[str, str]:
    i = g.ri(0, len(EMPLOYERS) - 1)
    return EMPLOYERS[i], EMP_DOMS[i]


def cmail(g: Gen, p: Person, dom: str):
    """A person's corporate mailbox (EMAIL_ADDRESS); the same for one person within a document."""
    if not hasattr(p, "mails"):
        p.mails = {}
    if dom not in p.mails:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        p.mails[dom] = g.pick([f"{f}.{l}", f"{f}.{l}", f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}"]) + "@" + dom
    return (p.mails[dom], "EMAIL_ADDRESS")


NICK_M = ["Galego", "Magrão", "Baixinho", "Alemão", "Pezão", "Cabeça", "Negão"]
NICK_F = ["Galega", "Loira", "Baixinha", "Magrela", "Pretinha", "Neguinha"]


def nick_of(g: Gen, p: Person) -> str:
    """A nickname: the usual one for the given name, else one of the descriptive nicknames used at work."""
    n = p.nick
    if n == p.first:
        n = g.pick(NICK_F if p.female else NICK_M)
    return n


def login(p: Person) -> str:
    return re.sub(r"[^a-z]", "", fold(p.first[0] + p.last).lower())


def cbo(g: Gen) -> tuple[str, str]:
    return g.pick(CBOS)


def adm_date(g: Gen, fmt: str = "br") -> str:
    return fmt_date(g.ri(1, 28), g.ri(1, 12), g.ri(2008, 2024), fmt)


def month_ref(g: Gen) -> str:
    return f"{g.pick(MONTHS)}/{g.pick([2024, 2025, 2025])}"


# =========================================================================== atendimento


def at_chamado(g: Gen) -> Doc:
    """People-ops helpdesk ticket with the thread between the employee and the HR analyst."""
    doc = Doc()
    emp, dom = employer(g)
    e = g.person()
    an = g.person()
    sup = g.person(origin="pt")
    kind = g.ri(0, 3)
    cat = ["Folha de pagamento > Divergência no holerite", "Férias > Programação / abono",
           "Benefícios > Cartão alimentação/refeição", "Acessos > Crachá e catraca"][kind]
    d0 = g.date("br")
    doc.f("[RH Atende] Chamado #RH-«y»-«n» · Categoria: «cat»\nAberto por: «e» (matr. «m») · «em» · ramal «r»\n"
          "CPF: «cpf» · Celular cadastrado: «cel»\nUnidade: «u» · Centro de custo «cc»\nStatus: Em atendimento · Responsável: «an» (Analista de DP)\nSLA: 3 dias úteis · "
          "Prioridade: média · Origem: portal (IP «ip»)\n\n--- Descrição (solicitante) · «d» «h» ---\n",
          y=g.pick([2024, 2025]), n=g.d(6), cat=cat, e=P(e.full), m=g.matricula(), em=cmail(g, e, dom), r=g.d(4),
          cpf=(g.masked_cpf(), None) if g.chance(0.3) else cpf_t(g), cel=ph_t(g),
          u=g.pick(["Fábrica 2 – Distrito Industrial", "CD Guarulhos", "Loja 14 – Centro", "Sede administrativa",
                    "Unidade Barão de Mauá", "Filial Bento Gonçalves"]), cc=g.d(4), an=P(an.full), d=d0, h=g.hm(), ip=ip_t(g))
    if kind == 0:
        doc.f("«t»«s», segue meu CPF «cpf» pra localizar. o valor descontado foi R$ «v». Se precisar meu cel é «ph»\n",
              t=typo(g, f"Boa tarde, no meu holerite de {month_ref(g)} veio descontado {g.ri(1, 3)} faltas nos dias "
                     f"{g.ri(1, 12)} e {g.ri(13, 27)} mas eu entreguei atestado pro meu supervisor o ", 0.6),
              s=P(g.pick([sup.first, sup.first, sup.low])), cpf=cpf_t(g), v=g.money(80, 900), ph=ph_t(g))
        doc.f("\n--- Resposta · «an» · «d» «h» ---\nOlá, «e»! Localizei o atestado no sistema de ponto, lançado com atraso pelo "
              "supervisor. O desconto será estornado na folha de «m» como \"Reembolso desc. indevido\" (evento 0214). "
              "Protocolo de ajuste: AJ-«p». Qualquer dúvida estou à disposição.\nDepartamento Pessoal · «em»\n",
              an=P(an.full), d=d0, h=g.hm(), e=P(e.first), m=g.pick(MONTHS), p=g.d(8),
              em=cmail(g, an, dom))
        doc.f("\n--- Resposta (solicitante) ---\nobrigad«o» «n». «t» ag «ag» conta «cc», como faço?\n", o=e.o,
              n=P(fold(an.first).lower()), t=typo(g, f"aproveitando, minha conta salario mudou, agora é no "
                                                  f"{g.pick(BANKS)[1]}", 0.4), ag=ag_t(g), cc=cc_t(g))
        doc.t("\n--- Resposta · sistema ---\nPara alterar a conta salário, anexe o comprovante de titularidade no portal "
              "(menu Meus Dados > Dados bancários). A conta precisa estar no nome d" + e.o + " titular. Chamado encerrado "
              "automaticamente após 72h sem interação.\n")
    elif kind == 1:
        doc.f("«t»\n", t=typo(g, f"Bom dia! Quero marcar minhas ferias de {g.ri(10, 30)} dias a partir de "
                            f"{g.date('dm')} e vender 10 dias (abono). Meu gestor ja aprovou por email.", 0.5))
        doc.f("Gestor: «s» («se»)\nObs.: «mm» «h» tambem trabalha aqui (matr. «m»), queria tirar junto se possivel.\n",
              s=P(sup.full), se=cmail(g, sup, dom), mm=e.g("minha esposa", "meu marido"),
              h=P(g.person(female=not e.female).short), m=g.matricula())
        doc.f("\n--- Resposta · «an» · «d» «h» ---\nOi, «e», tudo bem? A programação está dentro do período concessivo "
              "(vencimento em «v»). Pelo art. 134 da CLT as férias podem ser fracionadas em até três períodos. O "
              "pagamento sai até 2 dias antes do início (art. 145). Sobre coincidir com o período de «cj»: é "
              "prudente confirmar com o gestor dele, mas pelo RH não há impedimento.\n",
              an=P(an.first), d=d0, h=g.hm(), e=P(e.first), v=g.date("br", 2026), cj=e.g("sua esposa", "seu esposo"))
    elif kind == 2:
        doc.f("«t» «ad», «b», CEP «cep». «t2» «ph»\n",
              t=typo(g, f"Oi, meu cartão {g.pick(['VR', 'Alelo', 'Ticket', 'Flash', 'Pluxee'])} nao chegou ainda, ja faz "
                     f"{g.ri(15, 40)} dias. Mudei de endereço em {g.pick(MONTHS)}, o novo é", 0.5),
              ad=ad_t(g, g.pick(["text", "low"])), b=g.pick(BAIRROS), cep=cep_t(g), t2="Telefone pra entrega:", ph=ph_t(g))
        doc.f("\n--- Resposta · «an» · «d» «h» ---\n«e», o cartão foi reemitido com o endereço atualizado (rastreio "
              "BR«r»). O saldo de R$ «v» do mês ficou preservado. Conferi seu cadastro (CPF «cpf») e atualizei o endereço "
              "também no plano de saúde.\n", an=P(an.full), d=d0, h=g.hm(), e=P(e.first),
              r=g.d(9), v=g.money(400, 1400), cpf=cpf_t(g))
    else:
        doc.f("«t» «pl»\n", t=typo(g, f"Perdi meu cracha ontem na saida da portaria {g.ri(1, 4)}. Preciso de um novo e "
                                   "tambem cadastrar meu carro novo no estacionamento, placa", 0.5), pl=pl_t(g))
        doc.f("\n--- Resposta · «an» · «d» «h» ---\nCrachá anterior bloqueado às «h2». Último registro de acesso: catraca "
              "P«p», «dd». A 2ª via tem custo de R$ 25,00 (política interna, item 4.3), descontado em folha. O "
              "veículo foi incluído na lista da portaria. Retirar o crachá provisório com «s» na segurança patrimonial.\n",
              an=P(an.full), d=d0, h=g.hm(), h2=g.hm(), p=g.ri(1, 4), dd=g.date("br"), s=P(g.person().first))
    doc.f("\nAvaliação do atendimento: «a»\n", a=g.pick(["★★★★★", "★★★★☆", "não avaliado", "★★☆☆☆ – demorou"]))
    return doc


def at_onboarding(g: Gen) -> Doc:
    """Onboarding checklist of a new hire kept by the people-ops team."""
    doc = Doc()
    emp, dom = employer(g)
    e = g.person()
    mgr, buddy, dp = g.person(), g.person(), g.person()
    cargo, cb = cbo(g)
    city, uf = g.city()
    driver = "motorista" in cargo or "empilhadeirista" in cargo or g.chance(0.2)
    doc.f("CHECKLIST DE ADMISSÃO – «emp»\nColaborador«a»: «n»     Cargo: «c» (CBO «cb»)     Admissão prevista: «d»\n"
          "Gestor«ga»: «m»     Buddy: «b»\nContato: «cel»\nResponsável DP: «dp» – «dpe»\n\n", cel=ph_t(g),
          emp=emp.upper(), a=e.g("", "(a)"), n=P(e.caps if g.chance(0.5) else e.full), c=cargo, cb=cb, d=g.date("br"),
          ga=mgr.g("", "a"), m=P(mgr.full), b=P(g.pick([buddy.short, nick_of(g, buddy)])), dp=P(dp.full), dpe=cmail(g, dp, dom))
    doc.f("[x] Documentos recebidos (digitalizados no portal em «d»)\n    - RG: «rg» «o»\n    - CPF: «cpf»\n"
          "    - PIS/PASEP/NIT: «pis»\n", d=g.date("br"), rg=rg_t(g), o=g.pick(["SSP/BA", "SSP/SP", "SESP/PR", "SSP/MG", "SDS/PE"]),
          cpf=cpf_t(g), pis=pis_t(g))
    if g.chance(0.85):
        doc.f("    - Título de eleitor: «t» (zona «z», seção «s»)\n", t=tit_t(g), z=f"{g.ri(1, 420):03d}", s=f"{g.ri(1, 600):04d}")
    if g.chance(0.7):
        doc.f("    - Cartão SUS: «c»\n", c=cns_t(g))
    if driver:
        doc.f("    - CNH: «c» cat. «k» – validade «v»\n", c=cnh_t(g), k=g.pick(["B", "AB", "D", "E"]), v=g.date("br", 2029))
    doc.f("    - CTPS: «ct»\n    - Comprovante de residência: «ad» – «b» – «c»/«uf» – CEP «cep»\n",
          ct=g.ctps(), ad=ad_t(g), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g))
    for _ in range(g.pick([0, 0, 1, 1, 2])):
        k = g.relative(e)
        doc.f("    - Certidão de nascimento d«o» filh«o»: «k», nasc. «dob»\n", o=k.o, k=P(k.full), dob=dob_t(g, "br", 2010, 2024))
    doc.f("[x] Exame admissional – «cl», «d» – APTO (ASO arquivado)\n[x] Conta salário – «bk», ag. «ag», c/c «cc»\n",
          cl=g.pick(CLINICS), d=g.date("br"), bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g))
    doc.f("[ ] Crachá – foto enviada em «d»; liberar catraca portaria «p»\n", d=g.date("dm"), p=g.ri(1, 3))
    if g.chance(0.6):
        doc.f("[ ] Estacionamento – «car» «cor», placa «pl»\n", car=g.pick(CARS), cor=g.pick(COLOURS), pl=pl_t(g))
    doc.f("[x] E-mail corporativo criado: «em» (login de rede: «lg»)\n[ ] Integração de segurança (NR-1) – turma de «d»\n"
          "[ ] Contato de emergência: «ct» («par») – «ph»\n",
          em=cmail(g, e, dom), lg=login(e), d=g.date("dm"), ct=P(g.relative(e).full),
          par=g.pick(["mãe", "pai", "esposa", "marido", "irmã", "companheiro(a)"]), ph=ph_t(g))
    if g.chance(0.5):
        doc.f("\nObs. «dpf»: candidat«o» indicad«o» por colaborador da «ind» (programa Indique um Amigo – bônus de R$ 500,00 após 90 dias). "
              "Aguardando certidão de casamento para incluir cônjuge no plano.\n", dpf=P(dp.first), ind=g.pick(["logística", "loja 07", "manutenção", "expedição"]), o=e.o)
    else:
        doc.f("\nObs.: vale-transporte – linhas «l1» e «l2» (ida e volta), desconto de 6%.\n",
              l1=g.pick(["204", "8012-10", "Circular 3", "T-45"]), l2=g.pick(["Aurora/Centro", "511", "Vila Esperança", "033"]))
    return doc


def at_chat(g: Gen) -> Doc:
    """Internal chat (Teams export) between a line manager and the HR business partner."""
    doc = Doc()
    emp, dom = employer(g)
    hr, mgr = g.person(female=True), g.person()
    e = g.person(female=True)
    ps = g.person(female=True)
    hu = g.person(female=False, origin="pt")
    h, mm = g.ri(8, 16), g.ri(0, 20)
    doc.f("Chat (2 participantes) · exportado em «d» por «u»\n\n", d=g.date("br"), u=login(hr))

    def head(p: Person) -> None:
        nonlocal mm
        mm += g.ri(1, 6)
        doc.e(p.short if g.chance(0.6) else p.full, "PERSON")
        doc.t(f"  {h:02d}:{mm:02d}\n")

    head(hr)
    doc.t("bom dia, ")
    doc.e(mgr.first, "PERSON")
    doc.t("! vi que vc abriu pedido de desligamento pra ")
    doc.e(e.full if g.chance(0.5) else e.low, "PERSON")
    doc.t(". podemos falar antes?\n")
    head(mgr)
    doc.t("oi, pode sim. ela faltou de novo segunda e terça, sem avisar\nmandou atestado só depois. o marido dela, o ")
    doc.e(hu.first, "PERSON")
    doc.t(", ligou na portaria avisando\n")
    head(hr)
    doc.f("no sistema aparece um de 3 dias, CID «cid», lançado pela enfermagem. seria prudente não decidir nada agora. "
          "ela não é cipeira, né?\nvou chamar ela pra conversar com a psicóloga do programa de apoio («crp»)\n",
          cid=g.pick(["F41.1", "F32.1", "F43.2", "M54.5"]), crp=(g.council("CRP"), "PROFESSIONAL_ID"))
    head(mgr)
    doc.f("não é. ok, o cel dela é «ph». ela mora longe, na «ad», pega dois ônibus até a unidade da Barão de Mauá\n"
          "e-mail pessoal, se precisar mandar algo: «em»\n",
          ph=ph_t(g), ad=ad_t(g, g.pick(["text", "low"])), em=em_t(g, e))
    head(hr)
    doc.f("anotado. vou pedir pro DP verificar o banco de horas dela antes (admitida em «ad», matr. «m»). te mando o resumo "
          "por e-mail («em»)\n", ad=adm_date(g), m=g.matricula(), em=cmail(g, hr, dom))
    if g.chance(0.5):
        head(mgr)
        doc.f("valeu. ah, o pessoal do almoxarifado pediu pra incluir a filha de um colega no plano, nascida em «dob», CPF dela «cpf»\n", dob=dob_t(g, "br", 2024, 2025), cpf=cpf_t(g))
    doc.t("👍 1\n")
    return doc


def at_recrutamento(g: Gen) -> Doc:
    """WhatsApp export of a recruiter's conversation with a candidate (unsaved number as sender)."""
    doc = Doc()
    emp, dom = employer(g)
    rec = g.person(female=g.chance(0.7))
    c = g.person()
    cph = g.phone("plus")
    gest = g.person()
    cargo, _ = cbo(g)
    d = f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/{g.pick([24, 25])}"
    rname = f"{rec.first} RH {emp.split()[0]}"
    t = [g.ri(8, 17), g.ri(0, 50)]

    def ts():
        t[1] += g.ri(1, 9)
        if t[1] > 59:
            t[0] += 1
            t[1] -= 60
        return f"[{d}, {t[0]:02d}:{t[1]:02d}] "

    def rsay(msg: str, **kw):
        doc.t(ts() + f"RH {emp.split()[0]} Vagas: ")
        doc.f(msg + "\n", **kw)

    def csay(msg: str, **kw):
        doc.t(ts())
        doc.e(cph, "PHONE_NUMBER")
        doc.t(": ")
        doc.f(msg + "\n", **kw)

    rsay("Olá, «c»! Aqui é «r», do time de Atração de Talentos («e»). Vi sua candidatura para «v». Ainda tem interesse?",
         c=P(c.first), r=P(rec.full if g.chance(0.5) else rec.first), e=emp, v=cargo)
    csay("oi «r» «t»", r=P(fold(rec.first).lower()), t=typo(g, "boa tarde, tenho sim!! to disponível pra começar imediato", 0.6))
    rsay("Ótimo! Para seguir preciso de alguns dados: nome completo, CPF, data de nascimento, e-mail e endereço com CEP.")
    style = g.ri(0, 2)
    if style == 0:
        csay("«n»", n=P(c.low))
        csay("«cpf»", cpf=cpf_t(g, "raw"))
        csay("nasci «dob»", dob=dob_t(g, g.pick(["br", "nopad", "short"]), 1978, 2006))
        csay("«em»", em=em_t(g, c))
        csay("«ad» «b» cep «cep»", ad=ad_t(g, "low"), b=fold(g.pick(BAIRROS)).lower(), cep=cep_t(g, g.chance(0.5)))
    else:
        csay("Nome: «n»\nCPF: «cpf»\nNascimento: «dob»\nEmail: «em»\nEnd: «ad», «b», «ci» - CEP «cep»",
             n=P(c.full), cpf=cpf_t(g), dob=dob_t(g, "br", 1978, 2006), em=em_t(g, c), ad=ad_t(g), b=g.pick(BAIRROS),
             ci=g.city()[0], cep=cep_t(g))
    if g.chance(0.5):
        csay("«t» «ph»", t=typo(g, "esse numero é da minha mae, se nao conseguir falar comigo liga no", 0.5), ph=ph_t(g, "plain"))
    rsay("Obrigad«o»! Sua entrevista ficou para «dd» às «h», com «gs» «gn», gestor«a» da área, na Rua «ru» (prédio da "
         "empresa, recepção B). Levar RG e carteira de trabalho. Qualquer coisa é só chamar aqui ou no e-mail «re».",
         o=rec.o, dd=g.date("dm"), h=g.hm(), gs=gest.g("o", "a"), gn=P(gest.full), a=gest.g("", "a"),
         ru=g.pick(["Flor de Lis, 900", "Prudente de Morais, 1200", "Barão de Mauá, 455"]),
         re=cmail(g, rec, dom) if g.chance(0.5) else "recrutamento@" + dom)
    csay("«t»", t=typo(g, g.pick(["combinado, obrigada!!", "blz, estarei la", "ok 👍 obg", "pode deixar, confirmado"]), 0.3))
    if g.chance(0.5):
        rsay("«c», a gestora pediu pra reagendar. Pode ser «dd»? Procurar por «s» na portaria.", c=P(c.first),
             dd=g.date("dm"), s=P(g.person().first))
        csay("posso sim")
    return doc


def at_referencias(g: Gen) -> Doc:
    """Reference-check notes written by a recruiter after calling former employers."""
    doc = Doc()
    emp, dom = employer(g)
    c = g.person()
    rec = g.person(female=True)
    cargo, _ = cbo(g)
    doc.f("CHECAGEM DE REFERÊNCIAS – Vaga: «v» (REQ-«y»-«n»)\nCandidat«o»: «c» · CPF «cpf» · DN «dob»\nContato: «ph» · «em»\n"
          "Autorização do candidato para contato com ex-empregadores: sim, assinada em «d» (LGPD, art. 7º, I)\n\n",
          v=cargo, y=g.pick([2024, 2025]), n=g.d(4), o=c.o, c=P(c.full), cpf=cpf_t(g), dob=dob_t(g, "br", 1970, 2004),
          ph=ph_t(g), em=em_t(g, c), d=g.date("br"))
    formers = g.rng.sample([x for x in EMPLOYERS if x != emp], 2)
    for i, fe in enumerate(formers, 1):
        ref = g.person()
        fdom = EMP_DOMS[EMPLOYERS.index(fe)]
        doc.f("Referência «i»: «fe» («p») – falei com «rn», «rc», tel. «ph»\n",
              i=i, fe=fe, p=f"{g.ri(2012, 2020)}–{g.ri(2021, 2025)}", rn=P(ref.full),
              rc=g.pick(["supervisor direto", "coordenadora de produção", "gerente da loja", "analista de RH", "líder de turno"]),
              ph=ph_t(g, mobile=g.chance(0.5)))
        if g.chance(0.8):
            doc.f("   e-mail: «em»\n", em=cmail(g, ref, fdom))
        notes = g.pick([
            "\"«O» «n» trabalhou comigo uns três anos, nunca faltou sem justificar. Saiu por causa da distância.\"",
            "\"«n» é muito responsável, mas teve dificuldade com o turno da noite. Recontrataria.\"",
            "Confirmou datas e função. Não quis comentar desempenho (política da empresa). Disse apenas que «n» pediu demissão.",
            "\"Pessoa de confiança. Cobria os colegas nas férias e dava conta.\" Confirmou último salário aproximado de R$ «v».",
        ])
        doc.t("   Notas: ")
        for part in re.split(r"(«\w+»)", notes):
            if part == "«O»":
                doc.t(c.g("O", "A"))
            elif part == "«n»":
                doc.e(g.pick([c.first, nick_of(g, c), c.first]), "PERSON")
            elif part == "«x»":
                doc.e(g.person().first, "PERSON")
            elif part == "«v»":
                doc.t(g.money(1600, 5200))
            else:
                doc.t(part)
        doc.t("\n\n")
    doc.f("Pesquisa complementar: consulta ao CPF «cpf2» informado na ficha antiga retornou \"CPF inválido\" (erro de digitação "
          "– confirmado com «oc» o número correto acima). Protocolo interno «p».\n",
          cpf2=g.bad_cpf(g.pick(["dot", "raw"])), p=g.neg(11), oc=c.g("o candidato", "a candidata"))
    doc.f("\nParecer: «par»\nRecrutador«a»: «r» · «re»\n",
          par=g.pick(["favorável, seguir para proposta.", "favorável com ressalva (disponibilidade de horário).",
                      "aguardar segunda referência."]), a=rec.g("", "a"), r=P(rec.full), re=cmail(g, rec, dom))
    return doc


def at_fila(g: Gen) -> Doc:
    """CSV export of the people-ops ticket queue."""
    doc = Doc()
    emp, dom = employer(g)
    agents = [g.person() for _ in range(3)]
    doc.f("# export fila_people_ops «d» «h» – «emp» – filtros: status=aberto,em_andamento\n"
          "ticket;aberto_em;solicitante;cpf;email;contato;categoria;descricao;atendente\n",
          d=g.date("iso"), h=g.hm(), emp=emp)
    for _ in range(g.ri(5, 6)):
        s = g.person()
        doc.f("RH-«n»;«d» «h»;«s»;«m»;«em»;«ct»;", n=g.d(6), d=g.date("iso"), h=g.hm(),
              ct=ph_t(g, g.pick(["raw", "par", "plain"])) if g.chance(0.7) else "",
              s=P(g.pick([s.caps_fold, s.full, s.full])), m=cpf_t(g, g.pick(["raw", "dot"])), em=cmail(g, s, dom))
        k = g.ri(0, 6)
        if k == 0:
            doc.f("Benefícios;\"cartao VR nao chegou; entregar na «ad», CEP «cep»\";", ad=ad_t(g, "low"), cep=cep_t(g))
        elif k == 1:
            dep = g.relative(s)
            doc.f("Plano de saúde;\"incluir dependente «n» (CPF «cpf», nasc «dob»)\";", n=P(dep.full), cpf=cpf_t(g),
                  dob=dob_t(g, "br", 1990, 2025))
        elif k == 2:
            doc.f("Acessos;\"cadastro veículo estacionamento placa «pl»\";", pl=pl_t(g))
        elif k == 3:
            doc.f("Cartão corporativo;\"compra nao reconhecida no cartão «cc» em «d»\";", cc=card_t(g, g.chance(0.6)),
                  d=g.date("dm"))
        elif k == 4:
            doc.f("Folha;\"IR retido a maior em {0}; informe de rendimentos com CPF errado {1}\";".format(
                g.pick(MONTHS), g.bad_cpf("dot")))
        elif k == 5:
            doc.f("Cadastro;\"atualizar telefone para «ph» e e-mail pessoal «em»\";", ph=ph_t(g), em=em_t(g, s))
        else:
            doc.f("Férias;\"reprogramar ferias - gestor «gn» de acordo\";", gn=P(g.person().short))
        a = g.pick(agents)
        doc.f("«a»\n", a=P(a.full) if g.chance(0.25) else (g.pick([login(a), "fila_n1", login(a)]), None))
    doc.t("-- " + str(g.ri(5, 7)) + " linhas exibidas de " + str(g.ri(30, 140)) + "\n")
    return doc


def at_desligamento(g: Gen) -> Doc:
    """Offboarding e-mail from HR to IT, facilities and benefits, with the checklist."""
    doc = Doc()
    emp, dom = employer(g)
    e, hr, mgr = g.person(), g.person(), g.person()
    tipo = g.pick(["pedido de demissão", "dispensa sem justa causa, aviso prévio indenizado",
                   "término de contrato de experiência", "acordo (art. 484-A da CLT)"])
    doc.f("De: «hr» <«hre»>\nPara: ti-acessos@«dom»; facilities@«dom»; beneficios@«dom»\nCc: «mg» <«mge»>\n"
          "Assunto: Desligamento – «e» (matr. «m») – último dia «d»\n\nPessoal, boa tarde.\n\nInformo o desligamento d«e2», "
          "«c», tipo: «t». Seguem as providências:\n\n",
          hr=P(hr.full), hre=cmail(g, hr, dom), dom=dom, mg=P(mgr.full), mge=cmail(g, mgr, dom), e=P(e.caps_fold),
          m=g.matricula(), d=g.date("br"), e2=e.g("o colaborador acima", "a colaboradora acima"), c=cbo(g)[0], t=tipo)
    doc.f("1. TI: bloquear login «lg», VPN e e-mail «em» às 18h do último dia. Último acesso remoto registrado do IP «ip» em «d».\n",
          lg=login(e), em=cmail(g, e, dom), ip=ip_t(g), d=g.date("br"))
    doc.f("2. Patrimônio: recolher notebook «pt» e celular corporativo (linha «ph»).\n",
          pt=f"PAT-{g.d(6)}", ph=ph_t(g, "par"))
    if g.chance(0.7):
        doc.f("3. Financeiro: cancelar cartão corporativo «cc» (há R$ «v» em despesas sem prestação de contas).\n",
              cc=card_t(g, g.chance(0.7)), v=g.money(90, 3200))
    else:
        doc.f("3. Financeiro: cancelar cartão corporativo «cc» – sem pendências.\n", cc=g.masked_card())
    deps = [g.relative(e) for _ in range(g.pick([0, 1, 2]))]
    if deps:
        doc.t("4. Benefícios: excluir do plano de saúde e odontológico os dependentes ")
        for i, dp in enumerate(deps):
            doc.f("«n» (CPF «c»)", n=P(dp.full), c=cpf_t(g))
            doc.t(" e " if i < len(deps) - 1 else "")
        doc.t("; informar sobre o direito de manutenção (art. 30 da Lei 9.656/98).\n")
    else:
        doc.t("4. Benefícios: cancelar VR/VA e plano (titular sem dependentes); informar art. 30 da Lei 9.656/98.\n")
    doc.f("5. DP: enviar TRCT e guias para o e-mail pessoal «pe» (celular pessoal «cp»). Endereço atualizado para correspondência: «ad», «b», CEP «cep».\n"
          "6. Exame demissional agendado em «cl» para «dd».\n\nQualquer dúvida, ramal «r».\n\nAtt.,\n«hr»\nBusiness Partner · "
          "Gente & Gestão\n«ph»\n",
          pe=em_t(g, e), cp=ph_t(g), ad=ad_t(g), b=g.pick(BAIRROS), cep=cep_t(g), cl=g.pick(CLINICS), dd=g.date("br"), r=g.d(4),
          hr=P(hr.short), ph=ph_t(g, "plus"))
    return doc


# =========================================================================== juridico

CAUSAS = [("Despedida sem justa causa, pelo empregador", "SJ2"), ("Rescisão a pedido do empregado", "PD0"),
          ("Rescisão por acordo entre as partes (art. 484-A da CLT)", "SJ3"),
          ("Término do contrato de trabalho por prazo determinado", "FT1")]


def ju_trct(g: Gen) -> Doc:
    """TRCT (termo de rescisão) read back as text, field by field, with the payment and signatures."""
    doc = Doc()
    emp, dom = employer(g)
    e = g.person()
    city, uf = g.city()
    causa, cod = g.pick(CAUSAS)
    prep = g.person()
    doc.f("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nIDENTIFICAÇÃO DO EMPREGADOR\n01 CNPJ/CEI: «cn»    02 Razão Social/Nome: «emp»\n"
          "03 Endereço (logradouro, nº, andar, apartamento): Rodovia «rod», km «km»    04 Bairro: Distrito Industrial\n"
          "05 Município: «c»    06 UF: «uf»    07 CEP: «cep»    08 CNAE: «cnae»    09 CNPJ/CEI Tomador/Obra: —\n\n",
          cn=cnpj_t(g), emp=emp.upper(), rod=g.pick(["BR-116", "SP-330", "BR-101", "PR-445", "RS-122"]), km=g.ri(3, 480),
          c=city.upper(), uf=uf, cep=cep_t(g), cnae=f"{g.d(4)}-{g.d(1)}/{g.d(2)}")
    doc.f("IDENTIFICAÇÃO DO TRABALHADOR\n10 PIS/PASEP: «pis»    11 Nome: «n»\n12 Endereço (logradouro, nº, andar, apartamento): «ad»\n"
          "13 Bairro: «b»    14 Município: «c»    15 UF: «uf»    16 CEP: «cep»\n17 CTPS (nº, série, UF): «ct»    18 CPF: «cpf»\n"
          "19 Data de nascimento: «dob»    20 Nome da mãe: «m»\n\n",
          pis=pis_t(g), n=P(e.caps_fold), ad=ad_t(g, "caps"), b=g.pick(BAIRROS).upper(), c=city.upper(), uf=uf,
          cep=cep_t(g), ct=f"{g.d(7)} / {g.d(4)} / {uf}", cpf=cpf_t(g), dob=dob_t(g, "br", 1960, 2005),
          m=P(g.relative(e, True).caps_fold))
    sal = g.money(1500, 7000)
    doc.f("DADOS DO CONTRATO\n21 Tipo de contrato: 1. Contrato de trabalho por prazo indeterminado\n22 Causa do afastamento: «ca»\n"
          "23 Remuneração mês anterior afast.: R$ «s»    24 Data de admissão: «ad»    25 Data do aviso prévio: «av»\n"
          "26 Data de afastamento: «af»    27 Cód. afastamento: «cod»    28 Pensão alim. (%): «pa»\n"
          "29 Categoria do trabalhador: 101    30 Código Sindical: «cs»\n31 CNPJ e Nome da Entidade Sindical Laboral: «cnu» – «un» de «c»\n\n",
          ca=causa, s=sal, ad=adm_date(g), av=g.date("br"), af=g.date("br"), cod=cod,
          pa=g.pick(["0,00", "0,00", "20,00", "30,00"]), cs=f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(5)}-{g.d(1)}",
          cnu=cnpj_t(g), un=g.pick(UNIONS).upper(), c=city.upper())
    doc.t("DISCRIMINAÇÃO DAS VERBAS RESCISÓRIAS\nRUBRICA | VALOR\n")
    for r in g.rng.sample(["50 Saldo de 18/dias salário", "52 Comissões", "55 Adicional de insalubridade 20%",
                           "63 Férias proporc. 7/12 avos", "64 Férias vencidas per. aquisitivo", "65 Terço constitucional de férias",
                           "69 Aviso prévio indenizado 36 dias", "70 13º salário proporcional 9/12 avos", "95 Horas extras 50%"], 6):
        doc.t(f"{r} | {g.money(100, 6000)}\n")
    doc.f("DEDUÇÕES: 112.1 Previdência Social | «a»\n114.1 IRRF | «b»\n115 Adiantamento salarial | «c»\n"
          "TOTAL BRUTO | «t»    TOTAL DEDUÇÕES | «d»    VALOR LÍQUIDO | «l»\n\n",
          a=g.money(100, 900), b=g.money(0, 700), c=g.money(0, 800), t=g.money(4000, 30000), d=g.money(200, 2500),
          l=g.money(3000, 28000))
    doc.f("FORMALIZAÇÃO DA RESCISÃO\n56 Local e data do recebimento: «c», «d»\n57 Carimbo e assinatura do empregador ou preposto: "
          "«p» – «pc»\n58 Assinatura do trabalhador: «n»\n",
          c=city, d=g.date("br"), p=P(prep.caps_fold), pc=g.pick(["Coord. de Departamento Pessoal", "Preposto", "Gerente de RH"]),
          n=P(e.caps_fold if g.chance(0.5) else e.full))
    if g.chance(0.5):
        doc.f("59 Assinatura do responsável legal do trabalhador: —\n\nPagamento efetuado por depósito na conta do trabalhador, "
              "«bk», agência «ag», conta «cc», em «d» (comprovante anexo). Chave do documento no Empregador Web: «k».\n",
              bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g), d=g.date("br"), k=g.hexs(16))
    else:
        doc.f("\nAssinado eletronicamente pelo trabalhador em «d» às «h», IP «ip», e-mail de confirmação «em».\n",
              d=g.date("br"), h=g.hms(), ip=ip_t(g), em=em_t(g, e))
    return doc


def ju_reclamacao(g: Gen) -> Doc:
    """Excerpt of a labour claim (reclamação trabalhista) with the witnesses' list."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    r = g.person()
    adv = g.person()
    sup = g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n\n", v=g.ri(1, 40), c=city.upper(), uf=uf)
    qual(g, doc, r, extra=g.pick(["pis", "pis", "cnh", None]), email=g.chance(0.8), phone=g.chance(0.8),
         civil=None, prof=cbo(g)[0], dob=g.chance(0.3),
         end=", por sua advogada infra-assinada (procuração anexa), ")
    doc.f("«a», «oab», com escritório na «lf» e endereço eletrônico «ae», vem propor\n\nRECLAMAÇÃO TRABALHISTA – RITO ORDINÁRIO\n\n"
          "em face de «emp», pessoa jurídica de direito privado, CNPJ «cn», com sede na Avenida «av», «num», «c»/«uf», CEP «cep», "
          "pelos fatos e fundamentos a seguir.\n\n",
          a=P(adv.caps), oab=pid(g, adv, "OAB", uf), lf=g.pick(LAWFIRMS), ae=cmail(g, adv, g.pick(["adv.br", "gmail.com"])),
          emp=emp.upper(), cn=cnpj_t(g), av=g.pick(["das Indústrias", "Presidente Prudente", "Barão de Mauá", "Industrial"]),
          num=g.ri(100, 5000), c=city, uf=uf, cep=cep_t(g))
    doc.f("I – DO CONTRATO DE TRABALHO\n\n«o» Reclamante foi admitid«x» em «ad» para a função de «f», com último salário de R$ «s», "
          "e dispensad«x» sem justa causa em «dd», sem o pagamento integral das verbas rescisórias (TRCT anexo), em afronta ao "
          "art. 477, § 6º, da CLT.\n\nII – DAS HORAS EXTRAS\n\nCumpria jornada das 6h às 16h, com 20 minutos de intervalo, por "
          "determinação do supervisor «s1» (conhecido como \"«nk»\"), que impedia o registro do ponto após as 14h20. ",
          o=r.g("O", "A"), x=r.o, ad=adm_date(g), f=cbo(g)[0], s=g.money(1500, 5000), dd=g.date("br"), s1=P(sup.full), nk=P(nick_of(g, sup)))
    doc.f("As horas extras não eram pagas nem compensadas (Súmula 85 do TST).\n\nIII – DO ASSÉDIO MORAL\n\nEm reuniões de "
          "turno, o supervisor chamava «o2» Reclamante de \"«ap»\" diante dos colegas, fato presenciado pelas testemunhas abaixo. "
          "Em «d», registrou reclamação no canal de ética (protocolo «p»), sem resposta.\n\n",
          o2=r.g("o", "a"), ap=g.pick(["lesma", "encostado", "peso morto", "inútil"]), d=g.date("br"),
          p=g.neg(11) if g.chance(0.5) else f"ET-{g.d(6)}")
    doc.t("IV – DOS PEDIDOS\n\na) horas extras e reflexos – R$ " + g.money(8000, 60000) + ";\nb) multa do art. 477 da CLT – R$ "
          + g.money(1500, 5000) + ";\nc) indenização por danos morais – R$ " + g.money(5000, 50000) + ";\nd) honorários de "
          "sucumbência (art. 791-A da CLT).\n\nROL DE TESTEMUNHAS (comparecerão independentemente de intimação):\n")
    for i in range(g.ri(2, 3)):
        t = g.person()
        doc.f("«i». «n», «f», CPF «cpf», residente na «ad», «c»/«uf», telefone «ph»;\n",
              i=i + 1, n=P(t.caps), f=cbo(g)[0], cpf=cpf_t(g), ad=ad_t(g, "legal"), c=city, uf=uf, ph=ph_t(g))
    doc.f("\nDá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«a»\n«oab»\n",
          v=g.money(20000, 150000), c=city, d=g.date("long"), a=P(adv.caps), oab=pid(g, adv, "OAB", uf))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Joint petition for homologation of an extrajudicial settlement (art. 855-B of the CLT)."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    ae, ac = g.person(), g.person()
    rep = g.person()
    doc.f("EXCELENTÍSSIMO SENHOR JUIZ DO TRABALHO DA «v»ª VARA DO TRABALHO DE «c»\n\nHomologação de Transação Extrajudicial (HTE)\n"
          "Processo nº «cnj»\n\n«emp», inscrita no CNPJ sob o nº «cn», neste ato representada por «rep», «rc», e ",
          v=g.ri(1, 30), c=city.upper(), cnj=g.cnj(uf), emp=emp.upper(), cn=cnpj_t(g), rep=P(rep.full),
          rc=g.pick([rep.g("diretor", "diretora") + " de Gente e Gestão", "gerente de RH",
                     rep.g("sócio-administrador", "sócia-administradora")]))
    qual(g, doc, e, form="caps", extra=g.pick(["pis", None]), email=g.chance(0.4),
         end=", vêm, cada qual por seu advogado (art. 855-B, § 1º, da CLT), apresentar ACORDO EXTRAJUDICIAL nos termos a seguir.\n\n")
    doc.f("CLÁUSULA 1ª – O contrato de trabalho vigorou de «a» a «b», na função de «f».\n\nCLÁUSULA 2ª – A empresa pagará «ao» "
          "a importância líquida de R$ «v», em «n» parcela(s), ", a=adm_date(g), b=g.date("br"), f=cbo(g)[0], ao=e.g("ao empregado", "à empregada"),
          v=g.money(5000, 90000), n=g.ri(1, 6))
    if g.chance(0.5):
        doc.f("mediante depósito na conta de titularidade do empregado no «bk», agência «ag», conta corrente «cc», ",
              bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g))
    else:
        doc.f("via Pix para a chave aleatória do empregado «k», ", k=pix_t(g))
    doc.f("vencendo a primeira em «d».\n\nCLÁUSULA 3ª – Com o pagamento, o empregado dá quitação das parcelas discriminadas "
          "(horas extras, adicional noturno e reflexos), ressalvadas as demais (Lei 13.467/2017).\n\nCLÁUSULA 4ª – Cada parte "
          "arcará com os honorários de seu advogado. A empresa recolherá as contribuições previdenciárias (INSS) sobre R$ «ve».\n\n"
          "«c», «dl».\n\n", d=g.date("br"), ve=g.money(500, 9000), c=city, dl=g.date("long"))
    doc.f("Pela empresa:\n«ac»\n«oac»\n«acm»\n\nPelo empregado:\n«ae»\n«oae»\n«aem»\n\n«e»\n«rep»\n",
          ac=P(ac.caps), oac=pid(g, ac, "OAB", uf), acm=cmail(g, ac, g.pick(["leaoqueiroga.adv.br", "csb.adv.br", "tbadv.com.br"])),
          ae=P(ae.caps), oae=pid(g, ae, "OAB", uf), aem=em_t(g, ae), e=P(e.caps), rep=P(rep.caps))
    if g.chance(0.5):
        doc.f("\nDocumento assinado eletronicamente por «n», em «d» «h», IP «ip», nos termos da Lei 11.419/2006. Código de "
              "verificação: «k».\n", n=P(ae.full), d=g.date("br"), h=g.hms(), ip=ip_t(g), k=f"{g.d(8)}{g.hexs(6).lower()}")
    return doc


def ju_advertencia(g: Gen) -> Doc:
    """Written warning or suspension notice, with the refusal to sign and two witnesses."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e, gs = g.person(), g.person()
    susp = g.chance(0.5)
    motivo = g.pick([
        "recusa em utilizar o protetor auricular (EPI – NR-6) no setor de prensas, após orientação do técnico de segurança",
        "uso de aparelho celular na linha de produção, contrariando o item 7.2 do Regulamento Interno",
        "atrasos reiterados (seis no mês de referência), registrados no ponto eletrônico",
        "ausência injustificada ao plantão de domingo previamente escalado",
        "discussão em tom agressivo com colega de trabalho no refeitório",
    ])
    doc.f("«emp»\nCNPJ «cn»\n\n«tit»\n\nAo«a» «sr» «n»\nMatrícula: «m»    Função: «f»    Setor: «st»    CPF: «cpf»\n\n",
          emp=emp.upper(), cn=cnpj_t(g), tit="COMUNICADO DE SUSPENSÃO DISCIPLINAR" if susp else "ADVERTÊNCIA DISCIPLINAR",
          a=e.g("", "(À)"), sr=e.sr, n=P(e.full if g.chance(0.6) else e.caps), m=g.matricula(), f=cbo(g)[0],
          st=g.pick(["Produção – turno B", "Expedição", "Loja 07", "Manutenção", "Atendimento – célula 3"]), cpf=cpf_t(g))
    doc.f("Pela presente, fica V.Sa. «x» em razão de «mo», no dia «d», às «h», conforme relato d«o» supervisor«a» «s». ",
          x=f"suspens{e.o} por {g.ri(1, 3)} dia(s), de {g.date('dm')} a {g.date('dm')}, sem remuneração" if susp else f"advertid{e.o}",
          mo=motivo, d=g.date("br"), h=g.hm(), o=gs.o, a=gs.g("", "a"), s=P(gs.full))
    doc.t("Esclarecemos que a reincidência poderá ensejar a aplicação de penalidades mais severas, inclusive a rescisão do "
          "contrato por justa causa, nos termos do art. 482 da CLT.\n\n")
    doc.f("«c», «d».\n\n_______________________________\n«gs»\nGestor«a» imediat«o»\n\nCiente: _______________________________\n",
          c=city, d=g.date("long"), gs=P(gs.full), a=gs.g("", "a"), o=gs.o)
    if g.chance(0.7):
        doc.f("\n«o» empregad«o» recusou-se a assinar a presente, o que foi presenciado pelas testemunhas abaixo. Cópia "
              "enviada por carta com AR para a «ad», CEP «cep».\n\n", o=e.g("O", "A"), ad=ad_t(g), cep=cep_t(g))
        for i in range(2):
            t = g.person()
            which = g.pick([0, 0, 1, 2])
            doc.f("Testemunha «i»: «n» – ", i=i + 1, n=P(t.full if g.chance(0.6) else t.caps))
            if which == 0:
                doc.f("CPF «x»\n", x=cpf_t(g))
            elif which == 1:
                doc.f("RG «x»\n", x=rg_t(g))
            else:
                doc.f("matr. «x»\n", x=g.matricula())
    else:
        doc.f("\n«n»\nData da ciência: «d»\n", n=P(e.caps), d=g.date("br"))
    dp = g.person()
    doc.f("\nc/c: prontuário funcional; «dp» (DP) – «dpe»\n", dp=P(dp.short), dpe=cmail(g, dp, dom))
    return doc


def ju_cipa(g: Gen) -> Doc:
    """Minutes of a CIPA election (NR-5): electoral committee, vote count, elected members."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    pres, sec = g.person(), g.person(female=True)
    eng = g.person()
    doc.f("ATA DE APURAÇÃO DA ELEIÇÃO DA CIPA – GESTÃO «y»/«y2»\n«emp» – CNPJ «cn» – Estabelecimento «c»/«uf»\n\n"
          "Aos «dia» dias do mês de «m» de «y», às «h», no refeitório da unidade, reuniu-se a Comissão Eleitoral, composta por «p» "
          "(presidente) e «s» (secretária), para a apuração dos votos da eleição dos representantes dos empregados na Comissão "
          "Interna de Prevenção de Acidentes e de Assédio, nos termos da NR-5 (Portaria MTP nº 422/2021). Acompanhou os trabalhos "
          "«e», engenheir«o» de segurança do trabalho («crea»).\n\n",
          y=2025, y2=2026, emp=emp.upper(), cn=cnpj_t(g), c=city, uf=uf, dia=g.pick(ORDS[:27]), m=g.pick(MONTHS), h=g.hm(),
          p=P(pres.full), s=P(sec.full), e=P(eng.full), o=eng.o, crea=pid(g, eng, "CREA", uf))
    n = g.ri(4, 6)
    cands = [g.person() for _ in range(n)]
    votes = sorted([g.ri(3, 180) for _ in range(n)], reverse=True)
    with_cpf = g.chance(0.7)
    doc.f("Votantes: «v» de «t» empregados aptos. Votos brancos: «b». Nulos: «nu».\n\n", v=sum(votes) + g.ri(5, 40),
          t=sum(votes) + g.ri(50, 200), b=g.ri(1, 20), nu=g.ri(0, 12))
    doc.t("Nº | Candidato(a) | " + ("CPF" if with_cpf else "Matrícula") + " | Setor | Votos\n")
    for i, (cd, v) in enumerate(zip(cands, votes), 1):
        form = g.pick(["caps", "full", "full"])
        doc.f("«i» | «n» | «m» | «s» | «v»\n", i=f"{i:02d}", n=P(cd.caps if form == "caps" else cd.full),
              m=cpf_t(g) if with_cpf else g.matricula(),
              s=g.pick(["Produção", "Manutenção", "Logística", "Administrativo", "Qualidade", "Expedição"]), v=v)
    k = 2 if n < 6 else 3
    doc.f("\nForam eleitos titulares os «k» mais votados e suplentes os dois seguintes, na ordem da tabela. O candidato "
          "conhecido como «nk» apresentou impugnação verbal quanto à urna do turno C, rejeitada por unanimidade. Os eleitos "
          "gozam de garantia de emprego desde o registro da candidatura até um ano após o final do mandato (art. 10, II, "
          "\"a\", do ADCT).\n\n",
          k=["", "", "dois", "três"][k], nk=P(nick_of(g, cands[-1])))
    doc.f("Nada mais havendo, lavrou-se a presente ata, que vai assinada pela secretária e pelos demais membros da comissão."
          "\n«c», «d».\n", c=city, d=g.date("br"))
    return doc


def ju_sindicato(g: Gen) -> Doc:
    """Union record: annual discharge of labour obligations (art. 507-B) or assistance at dismissal."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e, prep, dir_ = g.person(), g.person(), g.person()
    un = g.pick(UNIONS)
    doc.f("«un» de «c» e Região\nCNPJ «cn» · Rua «ru», «num» · CEP «cep» · «c»/«uf» · Fone «fo»\n\n", un=un.upper(), c=city,
          uf=uf, fo=ph_t(g, "par", mobile=False),
          cn=cnpj_t(g), ru=g.pick(["Primeiro de Maio", "dos Trabalhadores", "Operário Genival Trajano"]), num=g.ri(10, 900),
          cep=cep_t(g))
    if g.chance(0.5):
        doc.f("TERMO DE QUITAÇÃO ANUAL DE OBRIGAÇÕES TRABALHISTAS – art. 507-B da CLT\nPeríodo de referência: «a» a «b»\n\n",
              a=g.date("br", 2024), b=g.date("br", 2025))
        kind = "quitação anual"
    else:
        doc.t("TERMO DE ASSISTÊNCIA À RESCISÃO CONTRATUAL (cláusula 38ª da Convenção Coletiva)\n\n")
        kind = "rescisão"
    doc.f("EMPREGADO«a»: «n»\nCPF: «cpf»    PIS: «pis»    RG: «rg»\nNascimento: «dob»    Admissão: «ad»\n"
          "Endereço: «adr» – «b» – CEP «cep»\nTelefone: «ph»    E-mail: «em»\n\n", em=em_t(g, e),
          a=e.g("", "(A)"), n=P(e.caps_fold), cpf=cpf_t(g), pis=pis_t(g), rg=rg_t(g), dob=dob_t(g, "br", 1960, 2004),
          ad=adm_date(g), adr=ad_t(g, g.pick(["text", "caps"])), b=g.pick(BAIRROS), cep=cep_t(g), ph=ph_t(g))
    doc.f("EMPREGADOR: «emp», CNPJ «cn», representado por seu preposto «p», RG «rg».\n\n",
          emp=emp, cn=cnpj_t(g), p=P(prep.full), rg=rg_t(g))
    doc.f("Aos «d», compareceram as partes perante «od» «dr», que conferiu os documentos apresentados ("
          "«docs») relativos à «k».\n\n", d=g.date("long"), od=dir_.g("o diretor sindical", "a diretora sindical"), dr=P(dir_.full),
          docs=g.pick(["holerites, cartões de ponto e recibos de férias", "TRCT, extrato do FGTS e guia da multa de 40%",
                       "espelhos de ponto e relatório de horas do banco"]), k=kind)
    if g.chance(0.6):
        doc.f("RESSALVAS DO EMPREGADO: «o» empregad«o» ressalva «r».\n\n", o=e.g("O", "A"),
              r=g.pick(["diferenças de horas extras do período de 2023", "o adicional de insalubridade em grau máximo",
                        "a integração das comissões pagas \"por fora\""]))
    else:
        doc.t("Não houve ressalvas.\n\n")
    doc.f("O pagamento das verbas foi conferido mediante comprovante de depósito na conta «cc», agência «ag», «bk».\n\n"
          "______________________\n«n»\n\n______________________\n«p» – preposto\n\n______________________\n«dr» – Diretor«a» "
          "Sindical – matrícula sindical «ms»\n",
          cc=cc_t(g), ag=ag_t(g), bk=g.pick(BANKS)[1], n=P(e.caps_fold), p=P(prep.caps_fold), dr=P(dir_.full),
          a=dir_.g("", "a"), ms=g.d(5))
    return doc


def ju_audiencia(g: Gen) -> Doc:
    """Minutes of a labour-court hearing, with the employer's letter appointing its representative (preposto)."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    r, juiza = g.person(), g.person()
    prep, ar, ae = g.person(), g.person(), g.person()
    cnj = g.cnj(uf)
    pcpf = g.cpf()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\nTRIBUNAL REGIONAL DO TRABALHO DA «trt»ª REGIÃO\n«v»ª Vara do Trabalho de «c»\n\n"
          "ATA DE AUDIÊNCIA – ATOrd «cnj»\nRECLAMANTE: «r»\nRECLAMADO: «emp»\n\nEm «d», às «h», na sala de audiências desta Vara, "
          "sob a presidência d«a» Exm«a». «z» do Trabalho «j», foram apregoadas as partes.\n\n",
          trt=int(TRT.get(uf, "02")), v=g.ri(1, 40), c=city, cnj=cnj, r=P(r.caps), emp=emp.upper(), d=g.date("br"), h=g.hm(),
          a=juiza.o, z=juiza.g("Juiz", "Juíza"), j=P(juiza.full))
    doc.f("Presente «o» reclamante, acompanhad«o» de «x», «sa» «an» («oa»). Presente a reclamada, por meio de "
          "seu(sua) preposto(a), «pn» (CPF «pc»), e «sa2», «sb» «bn» («ob»).\n\n", sa2=ae.g("de seu advogado", "de sua advogada"),
          o=r.o, x=ar.g("seu advogado", "sua advogada"), sa=ar.dr, an=P(ar.full), oa=pid(g, ar, "OAB", uf), pn=P(prep.full), pc=(pcpf, "BR_CPF"), sb=ae.dr,
          bn=P(ae.full), ob=pid(g, ae, "OAB", uf))
    doc.f("Conciliação rejeitada. Defesa escrita com documentos, já juntada pelo PJe. Réplica em audiência.\n\nDEPOIMENTO PESSOAL "
          "D«o» RECLAMANTE: \"que trabalhava na expedição; que o encarregado mandava bater o ponto e voltar ao serviço; que "
          "não tinha intervalo completo; que saiu da empresa em «ds»\". Nada mais.\n\n",
          o=r.g("O", "A"), ds=g.pick(MONTHS) + f" de {g.ri(2022, 2024)}")
    for lado in ("RECLAMANTE", "RECLAMADA"):
        art = r.g("O", "A") if lado == "RECLAMANTE" else "A"
        t = g.person()
        doc.f("TESTEMUNHA D«a» «l»: «n», «q», RG «rg», CPF «cp», residente na «ad», «c». Advertid«ox» e compromissad«ox». Depoimento: \"«dep»\"\n\n",
              a=art, l=lado, n=P(t.caps), ox=t.o, cp=cpf_t(g), q=cbo(g)[0], rg=rg_t(g), ad=ad_t(g, "legal"),
              c=city, dep=g.pick(["que trabalhou com o reclamante no mesmo turno; que o intervalo era de 20 minutos",
                                  "que o ponto era registrado corretamente; que as horas extras eram compensadas",
                                  "que nunca presenciou ofensas do supervisor", "que o supervisor chamava os empregados de apelidos"]))
    doc.f("Encerrada a instrução. Razões finais remissivas. Sentença em «d».\n\n«j»\n«z» do Trabalho\n\n"
          "––––––––––––––\nCARTA DE PREPOSIÇÃO\n\n«emp», CNPJ «cn», nomeia como preposto(a) «pn», RG «rg», CPF «pc», para representá-la na "
          "audiência do processo «cnj», com poderes para confessar e transigir (art. 843, § 1º, da CLT).\n«c», «d2».\n"
          "p/ Diretoria Jurídica\n",
          d=g.date("br"), j=P(juiza.caps), z=juiza.g("Juiz", "Juíza"), emp=emp, cn=cnpj_t(g), pn=P(prep.caps), rg=rg_t(g), pc=(pcpf, "BR_CPF"),
          cnj=cnj, c=city, d2=g.date("br"))
    return doc


# =========================================================================== saude

RISCOS = ["ruído contínuo acima de 85 dB(A)", "poeira mineral (sílica)", "levantamento e transporte manual de cargas",
          "postura sentada prolongada", "trabalho em altura", "agentes biológicos", "calor (IBUTG)", "vibração de corpo inteiro",
          "produtos químicos (solventes)", "trabalho noturno", "ausência de riscos ocupacionais específicos"]
EXAMES = ["Audiometria tonal", "Espirometria", "Hemograma completo", "Glicemia de jejum", "Raio-X de tórax (OIT)",
          "Acuidade visual", "ECG", "EEG", "Avaliação psicossocial", "Gama-GT", "Anti-HBs"]


def doctor(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female)


def sa_aso(g: Gen) -> Doc:
    """ASO (occupational health certificate) as printed by the clinic."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    coord, exam = doctor(g), doctor(g)
    tipo = g.pick(["ADMISSIONAL", "PERIÓDICO", "DEMISSIONAL", "RETORNO AO TRABALHO", "MUDANÇA DE RISCOS OCUPACIONAIS"])
    cargo, cb = cbo(g)
    doc.f("«cl» · tel. «tel»\nATESTADO DE SAÚDE OCUPACIONAL – ASO nº «n»\nTipo de exame: «t»\n\nEMPRESA: «emp»    CNPJ: «cn»\n"
          "Médico coordenador do PCMSO: «co» – «cc»\n\n",
          cl=g.pick(CLINICS).upper(), tel=ph_t(g, mobile=False), n=f"{g.d(6)}/{g.pick([2024, 2025])}", t=tipo, emp=emp.upper(), cn=cnpj_t(g),
          co=P(g.pick([coord.full, coord.caps])), cc=pid(g, coord, "CRM", uf))
    doc.f("TRABALHADOR«a»: «n»\nCPF: «cpf»    RG: «rg»    Data de nascimento: «dob»    Sexo: «s»\nFunção: «f» (CBO «cb»)    Setor: «st»\n"
          "Matrícula eSocial: «m»\n\n",
          a=e.g("", "(A)"), n=P(e.caps if g.chance(0.6) else e.full), cpf=cpf_t(g), rg=rg_t(g), dob=dob_t(g, "br", 1962, 2006),
          s=e.g("M", "F"), f=cargo.upper(), cb=cb, st=g.pick(["PRODUÇÃO", "LOGÍSTICA", "ADMINISTRATIVO", "MANUTENÇÃO", "LOJA"]),
          m=f"{g.d(3)}{g.d(5)}")
    doc.t("RISCOS OCUPACIONAIS (PGR):\n")
    for r in g.rng.sample(RISCOS, g.ri(1, 3)):
        doc.t(f"  - {r}\n")
    doc.t("\nEXAMES REALIZADOS:\n")
    for x in g.rng.sample(EXAMES, g.ri(2, 4)):
        doc.t(f"  {x} ........ {g.date('br')}\n")
    apto = g.chance(0.85)
    doc.f("\nPARECER: «p»\n«obs»\n\n«c», «d»\n\n_____________________________\n«ex»\nMédico«a» examinador«a» – «ec»\n",
          p="APTO para a função" if apto else "INAPTO temporariamente", obs="" if apto else
          f"Obs.: reavaliar em 30 dias com parecer do especialista (CID {g.pick(CIDS)}).", c=city, d=g.date("br"),
          ex=P(exam.full), a=exam.g("", "(a)"), ec=pid(g, exam, "CRM", uf))
    doc.f("\n_____________________________\nCiente: «n»\n", n=P(e.full))
    if g.chance(0.6):
        doc.f("Resultado enviado ao e-mail do trabalhador («em») e ao SESMT em «d».\n", em=em_t(g, e), d=g.date("br"))
    return doc


def sa_pcmso(g: Gen) -> Doc:
    """PCMSO periodic-exam schedule exported from the SESMT spreadsheet (semicolon CSV)."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    coord, enf = doctor(g), g.person(female=True)
    doc.f("PCMSO «y» – Cronograma de exames periódicos – «emp» – unidade «c»/«uf»\nMédico coordenador: «sd» «co» – «cc»\n"
          "Enfermeira do trabalho: «en» («ec») – «em»\n\n",
          y=g.pick([2025, 2026]), emp=emp, c=city, uf=uf, sd=coord.dr, co=P(coord.full), cc=pid(g, coord, "CRM", uf),
          en=P(enf.full), ec=pid(g, enf, "COREN", uf), em=cmail(g, enf, dom))
    with_ph = g.chance(0.8)
    doc.t("nome;cpf;dt_nasc;" + ("celular;" if with_ph else "") + "funcao;setor;exame;periodicidade;data_agendada;clinica;status\n")
    for _ in range(g.ri(6, 8)):
        p = g.person()
        doc.f("«n»;«cpf»;«dob»;" + ("«ph»;" if with_ph else "") + "«f»;«s»;«x»;«per»;«d»;«cl»;«st»\n", ph=ph_t(g, g.pick(["raw", "par"])),
              n=P(g.pick([p.caps_fold, p.caps_fold, p.full])), cpf=cpf_t(g, g.pick(["dot", "raw"])),
              dob=dob_t(g, g.pick(["br", "iso"]), 1960, 2006), f=cbo(g)[0], s=g.pick(["PROD", "LOG", "ADM", "MANUT"]),
              x=g.pick(EXAMES), per=g.pick(["anual", "bienal", "semestral"]), d=g.date("br"),
              cl=g.pick(CLINICS), st=g.pick(["agendado", "realizado", "faltou", "remarcar", "aguardando ASO"]))
    doc.f("\nObs.: quem faltou deve ser reagendado até «d» (NR-7, item 7.5.8). Dúvidas com a enfermagem no ramal «r».\n",
          d=g.date("br"), r=g.d(4))
    return doc


def sa_cat(g: Gen) -> Doc:
    """CAT (work-accident notice) as registered, with the medical certificate section."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    med = doctor(g)
    emit = g.person()
    trajeto = g.chance(0.4)
    acc = g.date("br")
    doc.f("COMUNICAÇÃO DE ACIDENTE DE TRABALHO – CAT\nNº do recibo: «rec»    Tipo: «t»    Iniciativa: empregador\n\n"
          "I – EMITENTE\nRazão social: «emp»    CNPJ: «cn»    CNAE: «cnae»\nEmitente: «em» – «ec» – «tel»\n\n", tel=ph_t(g, mobile=False),
          rec=f"{g.d(2)}.{g.d(2)}.{g.d(4)}.{g.d(4)}.{g.d(4)}", t=g.pick(["Inicial", "Inicial", "Reabertura"]), emp=emp.upper(),
          cn=cnpj_t(g), cnae=f"{g.d(4)}-{g.d(1)}/{g.d(2)}", em=P(emit.full),
          ec=g.pick(["Técnico de Segurança do Trabalho", "Analista de DP", "Coordenadora do SESMT"]))
    doc.f("II – ACIDENTADO\nNome: «n»\nNome da mãe: «m»\nData de nascimento: «dob»    Sexo: «s»    Estado civil: «ec»\n"
          "CPF: «cpf»    NIT/PIS: «pis»\nCartão Nacional de Saúde: «cns»\nIdentidade: «rg»    Órgão: «o»\n"
          "Endereço: «ad»    Bairro: «b»    CEP: «cep»    Município: «c»/«uf»\nTelefone: «ph»\n"
          "Remuneração mensal: R$ «sal»    CBO: «cb»    Filiação à Previdência: Empregado\n\n",
          n=P(e.caps_fold), m=P(g.relative(e, True).caps_fold), dob=dob_t(g, "br", 1962, 2006), s=e.g("Masculino", "Feminino"),
          ec=g.pick(CIVIL)[1 if e.female else 0], cpf=cpf_t(g), pis=pis_t(g), cns=cns_t(g), rg=rg_t(g),
          o=g.pick(["SSP", "SESP", "SDS", "PC"]), ad=ad_t(g, "caps"), b=g.pick(BAIRROS).upper(), cep=cep_t(g),
          c=city, uf=uf, ph=ph_t(g), sal=g.money(1500, 5000), cb=cbo(g)[1])
    if trajeto:
        doc.f("III – ACIDENTE\nData: «d»    Hora: «h»    Após quantas horas de trabalho: 00:00\nTipo: Trajeto\nLocal: via pública – "
              "cruzamento da Avenida Bento Gonçalves com a Rua Prudente de Morais\nDescrição: trabalhador conduzia a motocicleta "
              "placa «pl» no percurso residência-trabalho quando foi atingido pelo veículo placa «pl2», cujo condutor evadiu-se. "
              "BO nº «bo».\n", d=acc, h=g.hm(), pl=pl_t(g), pl2=pl_t(g), bo=f"{g.d(5)}/{g.pick([2024, 2025])}")
    else:
        doc.f("III – ACIDENTE\nData: «d»    Hora: «h»    Após quantas horas de trabalho: «hh»\nTipo: Típico\nLocal: "
              "estabelecimento do empregador – setor «s»\nDescrição: «x»\n", d=acc, h=g.hm(),
              hh=f"{g.ri(0, 8):02d}:{g.ri(0, 59):02d}", s=g.pick(["prensas", "expedição", "açougue", "câmara fria", "obra bloco C"]),
              x=g.pick(["ao retirar peça da prensa, teve a mão esquerda prensada, com ferimento corto-contuso em dedos.",
                        "ao descer da plataforma do caminhão escorregou e torceu o tornozelo direito.",
                        "lesão por faca durante desossa, corte profundo em antebraço.",
                        "queda de material de prateleira atingindo o ombro direito."]))
    doc.t("Testemunhas:\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("  «n» – «ad» – tel. «ph»\n", n=P(t.full), ad=ad_t(g), ph=ph_t(g))
    doc.f("\nIV – ATESTADO MÉDICO\nUnidade de atendimento: «u»    Data: «d»    Hora: «h»\nHouve internação? «i»    Duração provável do "
          "tratamento: «dur» dias    Afastamento: «af»\nNatureza da lesão: «nl»    CID-10: «cid»\nMédico: «md» – «crm»\n",
          u=g.pick(["UPA 24h Aurora", "Hospital Santa Rosa", "Pronto-Socorro Municipal", "Hospital São Bento"]), d=acc,
          h=g.hm(), i=g.pick(["Não", "Não", "Sim"]), dur=g.ri(2, 60), af=g.pick(["Sim", "Não"]),
          nl=g.pick(["Corte, laceração", "Fratura", "Entorse, distensão", "Contusão"]), cid=g.pick(["S61.0", "S62.6", "S93.4", "S42.0", "S52.5"]),
          md=P(med.full), crm=pid(g, med, "CRM", uf))
    doc.f("\nRegistrada no eSocial (evento S-2210) em «d» – recibo «r».\n", d=g.date("br"),
          r=f"1.{g.ri(1, 2)}.{g.d(19)}")
    return doc


def sa_atestado(g: Gen) -> Doc:
    """An employee forwards a medical leave certificate to HR; the certificate's text and HR's reply."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    med = doctor(g)
    hr = g.person()
    days = g.ri(1, 15)
    doc.f("De: «n» <«em»>\nPara: atestados@«dom»\nAssunto: «s»\n\n«t»\n\n",
          n=P(g.pick([e.low, e.full, e.first])), em=em_t(g, e), dom=dom,
          s=g.pick(["atestado", "Fwd: atestado medico", "ATESTADO - " + fold(e.first).upper(), "envio de atestado"]),
          t=typo(g, g.pick(["bom dia segue meu atestado, fiquei internada no fim de semana",
                            "Boa tarde, encaminho o atestado do médico. Volto na segunda.",
                            "oi, segue atestado. o original entrego pro meu lider quando voltar",
                            "Prezados, segue em anexo atestado médico para abono das faltas."]), 0.5))
    doc.f("---------- anexo (transcrição OCR) ----------\n«cl»\n«ca» · «tel»\n\nATESTADO MÉDICO\n\nAtesto, para os devidos fins, que "
          "«sr» «n», portador«a» do CPF «cpf», esteve sob meus cuidados nesta data, necessitando de «d» («de») dias de "
          "afastamento de suas atividades a partir de «dt»«cid».\n\n«c», «dd».\n\n«md»\n«crm»\n",
          cl=g.pick(["Policlínica Aurora", "Clínica São Bento", "UBS Vila Esperança", "Hospital Santa Rosa – Pronto Atendimento",
                     "Consultório Dr. Prudente Amaral"]),
          ca=g.pick(["Rua Flor de Lis, 210 – Centro", "Av. Getúlio Vargas, 1500 – sala 302", "Praça da Luz, s/n"]),
          tel=ph_t(g, g.pick(["par", "plain"]), mobile=False),
          sr=e.sr, n=P(e.full), a=e.g("", "a"), cpf=cpf_t(g), d=days, de=["um", "dois", "três", "quatro", "cinco", "seis",
          "sete", "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze"][days - 1], dt=g.date("br"),
          cid=(f", CID {g.pick(CIDS)}" if g.chance(0.5) else ""), c=city, dd=g.date("long"), md=P(med.caps),
          crm=pid(g, med, "CRM", uf))
    doc.f("\n---------- resposta ----------\nDe: «h» <«he»>\n\nOlá, «f»! Atestado recebido e lançado no ponto (código 12 – "
          "atestado médico). ", h=P(hr.full), he=cmail(g, hr, dom), f=P(e.first))
    if days > 15 or g.chance(0.3):
        doc.t("Como os afastamentos pela mesma doença somaram mais de 15 dias em 60 dias, você será encaminhad" + e.o +
              " ao INSS (art. 75 do Decreto 3.048/99). Agendar perícia pelo 135 ou pelo app Meu INSS.\n")
    else:
        doc.t("Lembre-se de entregar o original em até 48h ao seu líder. ")
        doc.f("Se precisar falar com a medicina do trabalho, a enfermagem atende pelo «ph».\n",
              ph=ph_t(g, mobile=False))
    doc.f("\nAtt.,\nDepartamento Pessoal · ramal «r»\n", r=g.d(4))
    return doc


def sa_ergonomia(g: Gen) -> Doc:
    """Preliminary ergonomic assessment (AEP, NR-17) of a sector, naming the workers observed."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    ft = g.person()
    tst = g.person()
    setor = g.pick(["Teleatendimento – célula 4", "Linha de costura 2", "Caixas – loja 12", "Expedição – doca 3",
                    "Laboratório de controle de qualidade"])
    doc.f("AVALIAÇÃO ERGONÔMICA PRELIMINAR (AEP) – NR-17\n«emp» – «c»/«uf»\nSetor: «s»    Data da visita: «d»\n"
          "Responsável técnic«o»: «ft» – «cf» – «fe»\nTel.: «tel»\nAcompanhou: técnico de segurança do trabalho (SESMT)\n\n", tel=ph_t(g),
          emp=emp, c=city, uf=uf, s=setor, d=g.date("br"), o=ft.o, ft=P(ft.full), cf=pid(g, ft, "CREFITO", uf),
          fe=em_t(g, ft, g.pick(["ergofisio.com.br", "gmail.com", "posturaeacao.com.br"])))
    doc.t("1. POSTOS OBSERVADOS\n")
    for i in range(g.ri(3, 5)):
        p = g.person()
        obs = g.pick(["cadeira sem regulagem de altura; monitor abaixo da linha dos olhos",
                      "refere dor em punho direito há 3 meses (já em acompanhamento, CID M65.4)",
                      "bancada alta para a estatura; uso de estrado improvisado",
                      "levanta caixas de 18 kg acima do ombro, ~40 vezes por turno",
                      "sem queixas; pausas de 10 min a cada 50 min cumpridas (Anexo II)"])
        doc.f("Posto «i» – «n» («m», «t») – «o»\n", i=i + 1,
              n=P(g.pick([p.full, p.short, p.first + " " + p.last])) if g.chance(0.5) else g.pick(["operadora", "operador",
                                                                                                 "colaboradora", "auxiliar"]),
              m=f"mat. {g.matricula()}", t=g.pick(["turno A", "turno B", "turno C", "comercial"]), o=obs)
    doc.f("\n2. RECOMENDAÇÕES\n- substituir cadeiras (orçamento «orc», R$ «v»);\n- instituir ginástica laboral com «gl»;\n"
          "- reavaliar o posto 1 em 60 dias e encaminhar ao médico do trabalho, «md» («crm»).\n\n"
          "Nota: a análise ergonômica do trabalho (AET) completa só é exigida se as medidas não forem suficientes (item 17.3.2).\n",
          orc=f"ORC-{g.d(5)}", v=g.money(2000, 25000), gl=g.pick(["Movimento Bento Saúde", "LaboralFlex", "Aurora Qualidade de Vida"]),
          md=P(doctor(g).full), crm=oab_t(g, uf, "CRM"))
    return doc


def sa_retorno(g: Gen) -> Doc:
    """Return-to-work note after an INSS leave, with restrictions and the job-rehabilitation plan."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    med, enf, gs = doctor(g), g.person(), g.person()
    doc.f("NOTA DE RETORNO AO TRABALHO – SESMT\nEmpregad«o»: «n» · Matrícula «m» · CPF «cpf» · DN «dob»\nCNS: «cns»\n"
          "Afastamento: auxílio por incapacidade temporária (B31) – NB «nb» – de «a» a «b»\n\n",
          o=e.g("o", "a"), n=P(e.full), m=g.matricula(), cpf=cpf_t(g), dob=dob_t(g, "br", 1962, 2004), cns=cns_t(g),
          nb=g.nb(), a=g.date("br"), b=g.date("br"))
    doc.f("Exame de retorno realizado em «d» por «sd» «md» («crm»): APTO COM RESTRIÇÕES.\nRestrições (90 dias): «r».\n\n",
          d=g.date("br"), sd=med.dr, md=P(med.full), crm=pid(g, med, "CRM", uf),
          r=g.pick(["não levantar peso acima de 5 kg; não operar prensas", "jornada sem horas extras; evitar turno noturno",
                    "não permanecer em pé por mais de 2h seguidas", "sem uso de ferramentas vibratórias"]))
    doc.f("Readaptação: «o» empregad«xo» ficará provisoriamente no setor de «s», sob a liderança de «g» («ge»). Não há "
          "alteração salarial (art. 461, § 4º, da CLT). Estabilidade acidentária até «est» (art. 118 da Lei 8.213/91)"
          "«x».\n\n", o=e.g("O", "A"), xo=e.o, s=g.pick(["almoxarifado", "inspeção visual", "recepção", "controle de qualidade"]),
          g=P(gs.full), ge=cmail(g, gs, dom), est=g.date("br", 2026), x=g.pick(["", " – aplicável, pois a CAT foi emitida",
                                                                                 " – não aplicável (afastamento B31)"]))
    doc.f("Contato de «f» para acompanhamento: «ph» / «ph2». «q»\n\n«en» – «ec»\nEnfermagem do Trabalho\n",
          f=P(e.first), ph=ph_t(g), ph2=ph_t(g, mobile=False),
          q=g.pick(["Mora sozinh" + e.o + "; cuidado com a medicação às 14h.",
                    "Acompanhamento psicológico externo em curso.",
                    "Pediu para não comentar o diagnóstico com a equipe."]),
          en=P(enf.full), ec=pid(g, enf, "COREN", uf))
    return doc


def sa_controle(g: Gen) -> Doc:
    """HR's control sheet of medical certificates received in the month (tab-separated)."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    resp = g.person()
    doc.f("CONTROLE DE ATESTADOS – «m» – «emp» («c»)\nResponsável: «r»\n\n", m=month_ref(g).upper(), emp=emp, c=city, r=P(resp.full))
    with_cpf = g.chance(0.7)
    doc.t("Colaborador\t" + ("CPF" if with_cpf else "Matr.") + "\tEntrega\tInício\tDias\tCID\tMédico\tCRM\tObs.\n")
    meds = [doctor(g) for _ in range(4)]
    for _ in range(g.ri(5, 7)):
        p = g.person()
        md = g.pick(meds)
        cid = g.pick(CIDS + ["—", "—"])
        doc.f("«n»\t«m»\t«d1»\t«d2»\t«dd»\t«cid»\t«md»\t«crm»\t«o»\n",
              n=P(g.pick([p.caps_fold, p.full, p.inverted])), m=cpf_t(g) if with_cpf else g.matricula(), d1=g.date("dm"),
              d2=g.date("dm"), dd=g.ri(1, 15), cid=cid, md=P(g.pick([md.full, md.caps_fold, md.short])) if g.chance(0.25) else "",
              crm=pid(g, md, "CRM", uf),
              o=g.pick(["", "", "original pendente", "acompanhante de filho (Lei 13.257)", "declaração de comparecimento",
                        "rasurado – conferir com a clínica", "encaminhar INSS"]))
    doc.f("\nTotal de dias: «t». Casos para o médico do trabalho: matrículas «a» e «b».\n", t=g.ri(20, 80),
          a=g.matricula(), b=g.matricula())
    return doc


# =========================================================================== financeiro

PROVENTOS = [("0001", "Salário base"), ("0010", "Horas extras 50%"), ("0012", "Horas extras 100%"), ("0020", "Adicional noturno"),
             ("0031", "Adicional de insalubridade"), ("0040", "DSR s/ horas extras"), ("0055", "Comissões"),
             ("0060", "Gratificação de função"), ("0075", "Salário-família")]
DESCONTOS = [("0501", "INSS"), ("0502", "IRRF"), ("0510", "Vale-transporte 6%"), ("0520", "Vale-refeição (coparticipação)"),
             ("0530", "Plano de saúde – titular"), ("0531", "Plano de saúde – dependentes"), ("0540", "Contribuição assistencial"),
             ("0550", "Faltas e atrasos"), ("0560", "Adiantamento quinzenal"), ("0570", "Pensão alimentícia")]


def fi_holerite(g: Gen) -> Doc:
    """Payslip (holerite / contracheque) as text."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    cargo, cb = cbo(g)
    doc.f("«emp»\nCNPJ: «cn»\nRECIBO DE PAGAMENTO DE SALÁRIO – Referência: «m»\n\n"
          "Código  Nome do Funcionário                         CBO       Depto   Filial\n«cod»   «n»  «cb»   «dp»     «fl»\n"
          "Cargo: «c»    Admissão: «ad»    CPF: «cpf»    PIS: «pis»\n\n",
          emp=emp.upper(), cn=cnpj_t(g), m=month_ref(g).upper(), cod=g.d(5), n=P(e.caps_fold), cb=cb, dp=g.d(3), fl=g.d(2),
          c=cargo.upper(), ad=adm_date(g), cpf=cpf_t(g), pis=pis_t(g))
    doc.t("Cód.  Descrição                        Referência    Vencimentos    Descontos\n")
    def brl(cents: int) -> str:
        r, c = divmod(cents, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    tv = td = 0
    for c, d in g.rng.sample(PROVENTOS, g.ri(2, 4)):
        v = g.ri(10000, 600000)
        tv += v
        doc.t(f"{c}  {d:<32} {g.ri(1, 220):>6},00    {brl(v):>12}\n")
    for c, d in g.rng.sample(DESCONTOS, g.ri(2, 4)):
        v = g.ri(2000, max(3000, min(90000, tv // 5)))
        td += v
        doc.t(f"{c}  {d:<32} {g.ri(1, 27):>6},00    {'':>12}   {brl(v):>10}\n")
    doc.f("\nTotal de vencimentos: «tv»    Total de descontos: «td»    Valor líquido ⇒ «vl»\n"
          "Salário base: «sb»    Sal. contr. INSS: «si»    Base cálc. FGTS: «bf»    FGTS do mês: «fg»    Base cálc. IRRF: «bi»    Faixa IRRF: «fx»\n\n",
          tv=brl(tv), td=brl(td), vl=brl(tv - td), sb=g.money(1500, 7000), si=g.money(1500, 7000),
          bf=g.money(1500, 7000), fg=g.money(120, 600), bi=g.money(1000, 6000), fx=g.pick(["0", "1", "2", "3"]))
    doc.f("Crédito em conta: «bk» – Ag. «ag» – C/C «cc»\n", bk=g.pick(BANKS)[0], ag=ag_t(g), cc=cc_t(g))
    if g.chance(0.5):
        city, uf = g.city()
        doc.f("\n[envelope]\n«n»\n«ad»\n«b» – «c»/«uf»\n«cep»\n", n=P(e.caps_fold), ad=ad_t(g, "caps"), b=g.pick(BAIRROS).upper(),
              c=city.upper(), uf=uf, cep=cep_t(g))
    if g.chance(0.5):
        doc.f("Mensagem: atualize seus dependentes para o IR até «d». Dúvidas: dp@«dom».\n", d=g.date("dm"), dom=dom)
    doc.f("\nDeclaro ter recebido a importância líquida discriminada neste recibo.\n\n____/____/______    _______________________\n"
          "                    «n»\n", n=P(e.full if g.chance(0.5) else e.caps_fold))
    return doc


def fi_folha_export(g: Gen) -> Doc:
    """Payroll credit file for the bank, CSV from the payroll system plus the fixed-width lines sent."""
    doc = Doc()
    emp, dom = employer(g)
    bk, bkn = g.pick(BANKS)
    doc.f("# folha_credito_«y»«m».csv – «emp» – gerado por «u» em «d»\nmatricula,nome,cpf,banco,agencia,conta,valor_liquido\n",
          y=g.pick([2024, 2025]), m=f"{g.ri(1, 12):02d}", emp=emp, u=g.pick(["svc_folha", "rpa_dp", "integracao.senior"]),
          d=g.date("iso"))
    rows = []
    for _ in range(g.ri(5, 7)):
        p = g.person()
        cpf = g.cpf_digits()
        ag, cc = g.agency(False), g.account(True)
        rows.append((p, cpf, ag, cc))
        doc.f("«m»,«n»,«cpf»,«bk»,«ag»,«cc»,«v»\n", m=g.matricula(), n=P(p.caps_fold), cpf=(fmt_cpf(cpf), "BR_CPF"), bk=bk,
              ag=(ag, "BANK_ACCOUNT"), cc=(cc, "BANK_ACCOUNT"), v=g.money(1200, 9000).replace(".", "").replace(",", "."))
    doc.t("\n-- arquivo remessa (layout 240, segmento A) – primeiras linhas --\n")
    for p, cpf, ag, cc in rows[:g.ri(2, 3)]:
        name = fold(p.full).upper()[:30].rstrip()
        acc = re.sub(r"\D", "", cc)
        doc.t(f"{bk}00013{g.d(5)}A000018{bk} ")
        doc.e(ag[:4], "BANK_ACCOUNT")
        doc.t(" ")
        doc.e(acc.zfill(12), "BANK_ACCOUNT")
        doc.t(" ")
        doc.e(name, "PERSON")
        tail = g.date("br").replace("/", "")
        while True:
            doc_n = g.d(8)
            if luhn_dv(doc_n + tail[:7]) != tail[7]:
                break
        doc.t(" " * (30 - len(name)) + f" {doc_n} {tail} BRL\n")
    cf = g.person()
    doc.f("\nConferência: «c» («ce») · aprovação: gerência de DP\n", c=P(cf.full), ce=cmail(g, cf, dom))
    return doc


def fi_esocial(g: Gen) -> Doc:
    """eSocial S-2200 (admission) event XML excerpt, as pasted into a support ticket with the rejection."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    an = g.person()
    cnpj = g.cnpj("raw", alnum=False)
    doc.f("Chamado suporte folha #«t» – evento S-2200 rejeitado (erro «er»: «msg»)\nAnalista: «a»\n\n",
          t=g.d(6), er=g.pick(["541", "1108", "357"]), msg=g.pick(["CPF do dependente já informado", "Data de nascimento "
          "incompatível com a idade mínima", "Município inválido para o CEP"]), a=P(an.full))
    doc.f("<evtAdmissao Id=\"ID1«cnb»«ts»\">\n  <ideEmpregador><tpInsc>1</tpInsc><nrInsc>«cn8»</nrInsc></ideEmpregador>\n"
          "  <trabalhador>\n    <cpfTrab>«cpf»</cpfTrab>\n    <nmTrab>«n»</nmTrab>\n    <sexo>«s»</sexo>\n    <racaCor>«rc»</racaCor>\n"
          "    <estCiv>«ec»</estCiv>\n    <grauInstr>«gi»</grauInstr>\n    <nascimento>\n      <dtNascto>«dob»</dtNascto>\n"
          "      <paisNascto>105</paisNascto>\n      <paisNac>105</paisNac>\n    </nascimento>\n",
          cnb=cnpj, ts=g.d(14) + g.d(5), cn8=cnpj[:8], cpf=(g.cpf("raw"), "BR_CPF"), n=P(e.caps_fold), s=e.g("M", "F"),
          rc=g.ri(1, 5), ec=g.ri(1, 5), gi=f"{g.ri(1, 12):02d}", dob=dob_t(g, "iso", 1962, 2006))
    doc.f("    <endereco>\n      <brasil>\n        <dscLograd>«ad»</dscLograd>\n        <nrLograd>«nr»</nrLograd>\n"
          "        <bairro>«b»</bairro>\n        <cep>«cep»</cep>\n        <codMunic>«cm»</codMunic>\n        <uf>«uf»</uf>\n"
          "      </brasil>\n    </endereco>\n",
          ad=(f"{g.pick(['RUA', 'AVENIDA', 'TRAVESSA', 'ALAMEDA'])} {fold(g.pick(STREET_NAMES)).upper()}", "ADDRESS"),
          nr=g.ri(1, 3000), b=fold(g.pick(BAIRROS)).upper(), cep=cep_t(g, False), cm=g.d(7), uf=uf)
    for i in range(g.pick([0, 1, 1, 2, 3])):
        dep = g.relative(e)
        tp = "01" if i == 0 and g.chance(0.4) else g.pick(["03", "03", "04"])
        doc.f("    <dependente>\n      <tpDep>«tp»</tpDep>\n      <nmDep>«n»</nmDep>\n      <dtNascto>«dob»</dtNascto>\n"
              "      <cpfDep>«cpf»</cpfDep>\n      <depIRRF>«ir»</depIRRF>\n      <depSF>«sf»</depSF>\n    </dependente>\n",
              tp=tp, n=P(dep.caps_fold), dob=dob_t(g, "iso", 1975 if tp == "01" else 2004, 2003 if tp == "01" else 2025), cpf=(g.cpf("raw"), "BR_CPF"),
              ir=g.pick("SN"), sf=g.pick("SN"))
    doc.f("    <contato>\n      <fonePrinc>«ph»</fonePrinc>\n      <emailPrinc>«em»</emailPrinc>\n    </contato>\n",
          ph=ph_t(g, "raw"), em=em_t(g, e))
    if g.chance(0.5):
        doc.f("    <documentos>\n      <CNH><nrRegCnh>«c»</nrRegCnh><ufCnh>«uf»</ufCnh><categoriaCnh>«k»</categoriaCnh></CNH>\n"
              "    </documentos>\n", c=cnh_t(g), uf=uf, k=g.pick(["B", "D", "E", "AB"]))
    doc.f("  </trabalhador>\n  <vinculo>\n    <matricula>«m»</matricula>\n    <tpRegTrab>1</tpRegTrab>\n    <infoCeletista>\n"
          "      <dtAdm>«ad»</dtAdm>\n      <cnpjSindCategProf>«cs»</cnpjSindCategProf>\n    </infoCeletista>\n"
          "    <infoContrato>\n      <nmCargo>«c»</nmCargo>\n      <CBOCargo>«cb»</CBOCargo>\n      <vrSalFx>«v»</vrSalFx>\n"
          "    </infoContrato>\n  </vinculo>\n</evtAdmissao>\n\n",
          m=g.matricula(), ad=g.date("iso"), cs=cnpj_t(g, "raw", alnum=False), c=fold(cbo(g)[0]).upper(), cb=cbo(g)[1].replace("-", ""),
          v=g.money(1500, 8000).replace(".", "").replace(",", "."))
    doc.f("Resposta «a»: «r»\n", a=P(an.first),
          r=g.pick(["o CPF do dependente estava trocado com o do titular, corrigi e reenviei. Recibo 1.1.%s." % g.d(19),
                    "a data de nascimento foi digitada com o ano da admissão. Corrigido, novo protocolo %s." % g.neg(11),
                    "CEP pertence a outro município (consultado nos Correios). Ajustado o codMunic."]))
    return doc


def fi_beneficios(g: Gen) -> Doc:
    """Benefits enrolment form: meal vouchers, health and dental plan with dependants, transport voucher."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    e = g.person()
    plan = g.pick(HEALTH_PLANS)
    home = g.address()
    doc.f("FICHA DE ADESÃO A BENEFÍCIOS – «emp»\n\n1. TITULAR\nNome: «n»\nCPF: «cpf»    Nascimento: «dob»    Matrícula: «m»\n"
          "CNS: «cns»\nNome da mãe: «mae»\nEndereço: «ad» – «b» – «c»/«uf» – CEP «cep»\nCelular: «ph»    E-mail: «em»\n\n",
          emp=emp.upper(), n=P(e.full), cpf=cpf_t(g), dob=dob_t(g, "br", 1962, 2005), m=g.matricula(), cns=cns_t(g),
          mae=P(g.relative(e, True).full), ad=(home, "ADDRESS"), b=g.pick(BAIRROS), c=city, uf=uf, cep=cep_t(g), ph=ph_t(g),
          em=em_t(g, e))
    doc.f("2. VALE-REFEIÇÃO / ALIMENTAÇÃO\n( «x1» ) VR R$ «v1»/dia    ( «x2» ) VA R$ «v2»/mês    Operadora: «op»\n\n",
          x1=g.pick("X "), v1=g.money(25, 55), x2=g.pick("X "), v2=g.money(300, 1200),
          op=g.pick(["Alelo", "Ticket", "VR Benefícios", "Flash", "Pluxee"]))
    doc.f("3. PLANO DE SAÚDE – «pl» («ac»)\n", pl=plan, ac=g.pick(["enfermaria", "apartamento"]))
    ndep = g.pick([0, 1, 2, 2, 3, 3])
    if ndep:
        doc.t("Dependentes:\nNome | Parentesco | Nascimento | CPF | CNS\n")
    for i in range(ndep):
        dep = g.relative(e) if i or g.chance(0.3) else g.person(female=not e.female)
        par = "cônjuge" if i == 0 and dep.female != e.female else g.pick(["filho(a)", "filho(a)", "enteado(a)"])
        young = par != "cônjuge"
        doc.f("«n» | «p» | «dob» | «cpf» | «cns»\n", n=P(dep.full), p=par,
              dob=dob_t(g, "br", 2006 if young else 1965, 2025 if young else 2002), cpf=cpf_t(g), cns=cns_t(g))
    if not ndep:
        doc.t("Sem dependentes.\n")
    doc.f("\n4. PLANO ODONTOLÓGICO – «od»: ( «x» ) adere    ( ) não adere\n\n5. VALE-TRANSPORTE\nTrajeto: «ad» → unidade "
          "Barão de Mauá. Linhas: «l». Custo diário: R$ «v».\n\n",
          od=g.pick(DENTAL), x=g.pick("X "), ad=(home, "ADDRESS"), l=g.pick(["204 e 511", "Metrô L3 + ônibus 8012", "T-45 (integração)"]),
          v=g.money(8, 30))
    doc.f("Declaro que as informações são verdadeiras e autorizo o desconto em folha das coparticipações (art. 462 da CLT).\n"
          "«c», «d».    Assinatura: «n»\n\n", c=city, d=g.date("br"), n=P(e.caps))
    if g.chance(0.5):
        doc.f("(aceite eletrônico pelo portal do colaborador – IP «ip», «h»)\n", ip=ip_t(g), h=g.hms())
    else:
        doc.f("Recebido por: «r» – Benefícios\n", r=P(g.person().full))
    return doc


def fi_adiantamento(g: Gen) -> Doc:
    """Salary-advance request by e-mail, with the approval chain and the payment data."""
    doc = Doc()
    emp, dom = employer(g)
    e, mgr, an = g.person(), g.person(), g.person()
    doc.f("De: «n» <«em»>\nPara: «m» <«me»>\nAssunto: Pedido de adiantamento salarial\n\n«t»\n\n",
          n=P(e.full), em=cmail(g, e, dom), m=P(mgr.full), me=cmail(g, mgr, dom),
          t=typo(g, g.pick([f"Oi, tudo bem? Precisaria de um adiantamento de R$ {g.money(500, 3000)} do salario "
                            "por causa de um problema de saude na familia.",
                            "Bom dia. Gostaria de solicitar adiantamento de 40% do salário deste mês, se possível.",
                            "Boa tarde! Minha mãe foi internada e preciso de um adiantamento, pode ser?"]), 0.3))
    if g.chance(0.5):
        doc.f("Pode depositar na minha conta «bk», agência «ag», conta «cc» (é a conta salário mesmo).\n\n",
              bk=g.pick(BANKS)[1], ag=ag_t(g), cc=cc_t(g))
    else:
        doc.f("Se for por Pix, minha chave aleatória é «k» (CPF «cpf»).\n\n", k=pix_t(g), cpf=cpf_t(g))
    doc.f("Obrigad«o»,\n«f»\nMatrícula «mt» · CPF «cpf»\n\n> Em «d», «m» escreveu:\n> Aprovado da minha parte. DP, consegue rodar na folha "
          "complementar?\n\n", o=e.o, f=P(e.first), mt=g.matricula(), cpf=cpf_t(g) if g.chance(0.7) else (g.masked_cpf(), None),
          d=g.date("br"), m=P(mgr.first))
    doc.f("De: «a» <«ae»>\nOK. Lançado como evento 0560 (desconto integral em «mm»). O crédito cai em até 2 dias úteis. "
          "Lembrando que, pela política PO-RH-«p», o limite é de 40% do salário base e um adiantamento por trimestre.\n"
          "Folha de Pagamento – ramal «r»\n", a=P(an.full), ae=cmail(g, an, dom), mm=g.pick(MONTHS), p=g.d(3), r=g.d(4))
    return doc


def fi_fgts(g: Gen) -> Doc:
    """FGTS Digital / GFIP-style report of contributions per worker, signed by the payroll accountant."""
    doc = Doc()
    emp, dom = employer(g)
    city, uf = g.city()
    ct = g.person()
    doc.f("RELAÇÃO DOS TRABALHADORES CONSTANTES NO ARQUIVO – FGTS/INSS\nEmpregador: «emp»    CNPJ: «cn»\nCompetência: «m»    "
          "FPAS: «fp»    RAT: «rat»    Cód. recolhimento: «cr»\n\n",
          emp=emp.upper(), cn=cnpj_t(g), m=f"{g.ri(1, 12):02d}/{g.pick([2024, 2025])}", fp=g.pick(["507", "515", "566"]),
          rat=g.pick(["1", "2", "3"]), cr=g.pick(["115", "150"]))
    doc.t("CPF              PIS/PASEP        NOME DO TRABALHADOR                  ADMISSÃO    CAT  REMUNERAÇÃO    DEPÓSITO FGTS   CONTRIB. SEG.\n")
    for _ in range(g.ri(5, 8)):
        p = g.person()
        nm = fold(p.full).upper()
        doc.e(g.cpf("dot"), "BR_CPF")
        doc.t("   ")
        doc.e(g.pis("dot"), "BR_PIS")
        doc.t("   ")
        doc.e(nm, "PERSON")
        doc.t(" " * max(1, 36 - len(nm)) + f"{adm_date(g)}  {g.pick(['01', '01', '04', '07'])}  "
              f"{g.money(1400, 9000):>12}  {g.money(100, 700):>12}  {g.money(100, 900):>12}\n")
    bad = g.neg(11)
    doc.f("\nOCORRÊNCIAS:\n- PIS «b» inválido (dígito verificador) – trabalhador «n» – corrigir antes do envio.\n"
          "- Trabalhador afastado (código P1): matrícula «n2».\n\nTOTAL DEPÓSITO: R$ «t»    Guia nº «gn» – vencimento «v»\n\n"
          "Responsável: «c» – Contador«a» – «crc» – «ce» – «ph»\n",
          b=bad, n=P(g.person().caps_fold), n2=g.matricula(), t=g.money(5000, 80000), gn=g.d(17),
          v=g.date("br"), c=P(ct.full), a=ct.g("", "a"), crc=pid(g, ct, "CRC", uf),
          ce=em_t(g, ct, g.pick(["contabilidadeaurora.com.br", "escritoriobento.cnt.br", "gmail.com"])), ph=ph_t(g, mobile=False))
    return doc


def fi_curriculo(g: Gen) -> Doc:
    """A CV (currículo) pasted as text into the applicant-tracking system."""
    doc = Doc()
    c = g.person()
    city, uf = g.city()
    caps = g.chance(0.5)
    by, bm = g.ri(1967, 2005), g.ri(1, 12)
    doc.f("«n»\n", n=P(c.caps if caps else c.full))
    civ = g.pick(CIVIL)[1 if c.female else 0]
    doc.f("«nat», «civ», «age» anos\n", nat=NATION[c.origin][1 if c.female else 0] if c.origin in NATION else c.g("Brasileiro", "Brasileira"),
          civ=civ, age=2025 - by - (1 if bm > 6 else 0))
    doc.f("Data de nascimento: «dob»\nEndereço: «ad» – «b» – «c»/«uf» – CEP «cep»\nCelular/WhatsApp: «ph»    Recado: «ph2» (falar com «r»)\n"
          "E-mail: «em»\nLinkedIn: linkedin.com/in/«li»\n",
          dob=(fmt_date(g.ri(1, 28), bm, by, g.pick(["br", "long", "nopad"])), "DATE_OF_BIRTH"), ad=ad_t(g), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=cep_t(g),
          ph=ph_t(g), ph2=ph_t(g, mobile=g.chance(0.5)), r=P(g.relative(c).first), em=em_t(g, c),
          li=re.sub(r"[^a-z]", "", fold(c.first).lower()) + "-" + re.sub(r"[^a-z]", "", fold(c.last).lower()) + "-" + g.hexs(4).lower())
    if g.chance(0.5):
        doc.f("CNH categoria «k» – nº «cnh»    Veículo próprio: «car», placa «pl»\n", k=g.pick(["B", "AB", "D", "E"]),
              cnh=cnh_t(g), car=g.pick(CARS), pl=pl_t(g))
    if g.chance(0.7):
        doc.f("Documentos: CPF «cpf» · RG «rg» · PIS «pis»«t»\n", cpf=cpf_t(g), rg=rg_t(g), pis=pis_t(g),
              t=("", None) if g.chance(0.5) else (" · Título de eleitor ", None))
        if doc.text.endswith("eleitor \n"):
            doc.text = doc.text[:-1]
            doc.f("«t»\n", t=tit_t(g))
    doc.f("\nOBJETIVO\n«o»\n\nEXPERIÊNCIA PROFISSIONAL\n", o=g.pick(["Atuar na área de produção/logística.",
                                                                   "Vaga de auxiliar administrativo ou recepção.",
                                                                   "Crescer profissionalmente em empresa sólida, na área de vendas."]))
    for emp in g.rng.sample(EMPLOYERS, g.ri(2, 3)):
        lid = g.person()
        doc.f("• «e» («a»–«b») – «f»\n  Principais atividades: «at». Referência: «l» («lc»).\n",
              e=emp, a=g.ri(2010, 2018), b=g.pick([str(g.ri(2019, 2024)), "atual"]), f=cbo(g)[0],
              at=g.pick(["controle de estoque, emissão de notas", "atendimento ao cliente e operação de caixa",
                         "operação de empilhadeira e conferência de cargas", "lançamento de ponto e apoio ao DP"]),
              l=P(g.pick([lid.full, lid.short, lid.first])), lc=ph_t(g))
    doc.f("\nFORMAÇÃO\n«f»\n\nCURSOS\n- NR-11 (operador de empilhadeira), «y1»\n- Excel intermediário – SENAC, «y2»\n\n"
          "INFORMAÇÕES ADICIONAIS\nDisponibilidade para turnos. «x»\n",
          f=g.pick(["Ensino médio completo – E.E. Professora Zuleide Gadelha", "Técnico em Logística – ETEC Bento Quirino",
                    "Cursando Administração – Faculdade Aurora (6º semestre)", "Ensino médio – Colégio Estadual Prudente de Morais"]),
          y1=g.ri(2015, 2024), y2=g.ri(2015, 2024),
          x=g.pick(["Pessoa com deficiência (laudo disponível).", "Tenho filhos já criados, disponibilidade total.",
                    "Sou prudente e organizado.", "Moro próximo à Barão de Mauá."]))
    return doc


# =========================================================================== build and check

TEMPLATES = {
    "atendimento": [at_chamado, at_onboarding, at_chat, at_recrutamento, at_referencias, at_fila, at_desligamento],
    "juridico": [ju_trct, ju_reclamacao, ju_acordo, ju_advertencia, ju_cipa, ju_sindicato, ju_audiencia],
    "saude": [sa_aso, sa_pcmso, sa_cat, sa_atestado, sa_ergonomia, sa_retorno, sa_controle],
    "financeiro": [fi_holerite, fi_folha_export, fi_esocial, fi_beneficios, fi_adiantamento, fi_fgts, fi_curriculo],
}

CPF_SHAPES = re.compile(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-\d{2})(?![\d])")
LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ROLE_BOX = re.compile(r"(contato|intimacoes|juridico|sac|rh|dp|atestados|recrutamento|beneficios|facilities|ti-acessos|folha)@")


def check(record: dict) -> None:
    text, last = record["text"], 0
    covered = [False] * len(text)
    for s in record["spans"]:
        assert s["label"] in LABELS, (record["id"], s)
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab = s["label"]
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) == 16 and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
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
            assert 8 <= len(raw) <= 9, (record["id"], v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
        elif lab == "PIX_KEY":
            assert str(uuid.UUID(v)) == v, (record["id"], v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13 and not v.startswith("0800"), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d[A-Z\d]\d{2}", v), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|enf)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not ROLE_BOX.match(v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CREFITO|CREA|CRC)\b", v), (record["id"], v)
            assert re.search(r"\b[A-Z]{2}\b|CRP \d{2}|CREFITO[- ]\d", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{4}|\d{2}/\d{2}/\d{2}$", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\d.]+(-[\dX])?", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.search(r"\d|s/n|\bsn\b|[A-Z]{3}", v), (record["id"], v)
    # hard negatives: an unlabelled number shaped like a CPF must fail its check digits
    for m in CPF_SHAPES.finditer(text):
        if not any(covered[m.start():m.end()]):
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], "unlabelled CPF-valid number", m.group())
    # other hard negatives: unlabelled digit runs shaped like a título, CNS or card fail their checks
    for m in re.finditer(r"(?<![\d.])\d(?:[\d ]*\d)?(?![\d])", text):
        if any(covered[m.start():m.end()]):
            continue
        raw = m.group().replace(" ", "")
        if len(raw) == 12:
            assert titulo_dv(raw[:8], raw[8:10]) != raw[10:], (record["id"], "unlabelled título-valid number", m.group())
        elif len(raw) == 15:
            assert not cns_ok(raw), (record["id"], "unlabelled CNS-valid number", m.group())
        elif len(raw) == 16:
            assert luhn_dv(raw[:15]) != raw[15], (record["id"], "unlabelled card-valid number", m.group())
    # unlabelled UUIDs would be Pix keys: there are none in this register
    for m in re.finditer(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text):
        assert covered[m.start()], (record["id"], "unlabelled uuid", m.group())


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
    with (HERE / f"{ORD}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print(ORD, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
