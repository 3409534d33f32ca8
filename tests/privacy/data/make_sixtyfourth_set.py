"""Build the sixty-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_sixtyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from other
generators), stdlib only, seed 6464, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: migration and foreigners in Brazil — the paperwork of
migrant-support NGOs (Missão Paz, Cáritas, CRAI-like centres), Operação Acolhida shelters and
screening posts in Roraima, immigrant and refugee registration (RNM/CRNM, CONARE asylum requests
via SISCONARE, Polícia Federal appointments), sworn translators' certified translations, visa
and residence-permit dossiers of immigration lawyers, consular and embassy correspondence,
remittances abroad at exchange bureaus (câmbio) and remittance fintechs, Portuguese courses and
job placement for migrants, and health-post attendance of newcomers (SUS card for foreigners).
Names mix Brazilian hosts (staff, lawyers, doctors, employers) with Venezuelan, Haitian, Bolivian,
Syrian, Afghan, Angolan, Congolese and Chinese newcomers. Layouts: OCR-ish scanned forms, key:
value printouts, CSV extracts (comma and semicolon), ruled and plain fixed-width tables, psql
output, Markdown tables, e-mails, WhatsApp exports, JSON-lines and plain logs, letters,
diplomatic notes, petitions, powers of attorney with e-signature certificates.
- atendimento: an NGO intake form (ficha de acolhimento; family members with birth dates, last
  address abroad; a third of them scanned with OCR noise in name and CPF), a WhatsApp chat of job
  placement (sender shown as a phone number, a name, or the NGO's business account name, which is
  not a person), a CSV of Portuguese-course (PLAc) enrolments with first_name/last_name columns, a
  caseworker's e-mail preparing a Polícia Federal appointment for a family, a job-referral table
  (CPF, PIS, phone, companies), an Operação Acolhida relocation (interiorização) list with the bus
  plate, the driver's CNH and the escort, and consular correspondence (a note verbale asking for a
  national's whereabouts, or an NGO asking a consulate for a passport/certificate).
- juridico: a sworn translation (tradução pública) of a foreign civil-registry certificate, a
  SISCONARE asylum-request printout, an immigration lawyer's checklist e-mail for a work-based
  residence permit (employer CNPJ, numeric or alphanumeric), a writ of mandamus against the
  Federal Police (CNJ numbers), a power of attorney with the e-signature certificate (signers'
  e-mail and IP), a law firm's case-tracking export (psql or CSV; naturalised clients with título
  de eleitor), and a family-reunion visa letter to a Brazilian embassy (sponsor with CRNM, CPF, PIS,
  bank agency/account; host's RG).
- saude: a CADSUS printout of a foreigner's SUS card registration, a screening/vaccination table
  of the Pacaraima screening post, a SOAP note of a primary-care visit with an interpreter, a CSV
  of vaccination records (vaccinator by name or by code, COREN), a referral of a refugee to a CAPS
  (psychologist's CRP, social worker's CRESS), a hospital social worker's e-mail about a
  hospitalised newcomer, and the log of a remote medical-interpreting service (JSON lines or plain).
- financeiro: an exchange bureau's outbound-remittance receipt (sometimes OCR'd), a remittance
  fintech's KYC export with device IPs, a cash-assistance (CBI) payment batch (Pix keys of every
  kind, TED to agency/account), the payroll of an agro-industry that hired relocated migrants, a
  chargeback ticket on a prepaid multi-currency card, an AML (PLD/FT) alert on split remittances to
  one beneficiary (Markdown table), and a microcredit application of a migrant delivery rider
  (CNH, motorcycle plate, guarantor with RG and título, payout by random Pix key or account).

Conventions (the twentieth set's, and the sixtieth/sixty-second's where they decided): PERSON
covers the name only, never "Sr.", "Sra.", "Dra.", "dona", "seu", nor military ranks ("Sgt",
"Cap"); particles inside a name (de, da, dos, del) are part of it; "SURNAME, GIVEN" and "SURNAME,
Given" are one span; Chinese names in either order ("Chen Xiaoling", "Xiaoling Chen") are one span;
nicknames, first names alone and surnames alone ("Sgt Vieira") are persons; first_name/last_name
columns are one span each. Staff named in the text (attendants, caseworkers, teachers, recruiters,
HR contacts, lawyers, defenders, translators, interpreters, consular officers, doctors, nurses,
psychologists, social workers, credit agents, compliance analysts, drivers, soldiers) are persons;
logins (kvieira, cprudente), interpreter ids (int-4750), vaccinator codes, bots (bot-triagem) and
WhatsApp business-account names ("Missão Paz Empregabilidade") are not. OCR-damaged names and
CPFs ("LOUISSAlNT", "761.O06.924-8l") are labelled as they stand. Corporate e-mails of people are
EMAIL_ADDRESS; role mailboxes (consular@, agendamento@, imigracao@) are not labelled. ADDRESS is
street type + name + number + complement (not bairro, city, state; CEP is BR_CEP); the seat of a
company or law firm is not labelled; street names honouring people ("a Barão de Mauá" as a place)
and shelters, schools and health units named after people or words ("Abrigo Rondon 3", "EMEF
Prudente de Morais", "UBS Vila Esperança", "CAPS II Prudente de Morais") are not persons.
Identifiers are labelled whoever holds them: the exchange bureau's and employers' CNPJ, the NGO's
paying agency and account, the relocation bus's plate.
New decisions of this set:
- Foreign-document numbers are NOT labelled: passports, Venezuelan cédulas ("V-24.567.890"),
  Bolivian CI, Haitian NIF, Angolan BI, Congolese voter cards, Afghan tazkira, Chinese resident-id
  numbers (even though they embed a birth date), apostille numbers, and also the Brazilian
  migration numbers that have no label of their own: RNM/CRNM/DPRNM ("V123456-7"), CONARE and
  Polícia Federal process numbers (SEI/NUP "08505.123456/2024-11"), provisional-protocol numbers,
  CTPS numbers, MTCN pickup codes, exchange-contract and operation numbers, SWIFT codes. Their
  Brazilian documents (CPF, CNS, PIS/NIS, CNH, título of the naturalised) are labelled like anyone's.
- Phone numbers in the newcomer's home country ("+58 414-3127788", "(0412) 827-1209", "+509
  3712-4455", "+86 138 1234 5678") are PHONE_NUMBER; a WhatsApp sender shown as a number is too.
- A person's street address abroad ("Calle Bolívar, casa 12", "34, Rue Capois") is ADDRESS, the
  foreign city is not.
- A beneficiary's account abroad (Venezuelan 20-digit CCC written with dashes, Bolivian, Angolan,
  Chinese or Haitian account numbers) is one BANK_ACCOUNT span; Brazilian agency and account are
  separate BANK_ACCOUNT spans; bank codes and SWIFT codes are not labelled.
- A sworn translator's registration at the state Junta Comercial ("JUCESP nº 1357", "JUCERJA
  252") is PROFESSIONAL_ID, the span including the Junta acronym as council acronyms are included;
  CRP and CRESS numbers of psychologists and social workers are PROFESSIONAL_ID with their region
  ("CRP 06/12345", "CRESS 21ª Região nº 02863"); SIAPE numbers of civil servants are not labelled.
- DATE_OF_BIRTH only for birth dates (of migrants, spouses, children, newborns, translated
  certificates' holders), in Brazilian, ISO or long format; entry into Brazil, appointment,
  admission, vaccination, protocol, signature, prazo and visa-validity dates are not.
- PROFESSIONAL_ID includes the council acronym and its UF (CRM, COREN, OAB, CRP, CRESS).
  PIX_KEY only for random (UUID) keys used as Pix keys; Pix keys that are a CPF, e-mail or phone
  take those labels. Masked cards ("526508******7305") are not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Josicleide, Deuzeni, Thallysson, Raelson, Kemilly; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Jewish, indigenous) for hosts, and Venezuelan (Yoselin, Wuilmer, Yorman José, Marielvis,
compound Hispanic surnames), Haitian (Wisline, Mackenson, Dieuveuil, Pierre-Louis), Bolivian
(Mamani, Quispe, Condori), Syrian (Al-Khatib, patronymics), Afghan (Habibullah, Ahmadzai),
Angolan (Kiluanje, Nzinga), Congolese (Mukendi, Tshibangu, and word names such as Patient,
Espérance, Merveille) and Chinese newcomers; at least a quarter of the name words rare or
invented (the script prints the share). Names that are also words (Rosa, Vitória, Flor, Luz,
Aurora, Esperança, Bento, Prudente, Amado, Branco, Leão, Fiel) next to the same words as words
("a casa ficou sem luz", "seria prudente juntar o comprovante", "o campo ficou em branco", "uma
vitória para a família", "vieram com muita esperança") and in organisations, streets, units,
cities and companies (Casa de Acolhida Esperança, Instituto Aurora de Integração, Câmbio Aurora
Turismo, Prudente Câmbio e Remessas, Frigorífico Bento Alimentos S.A., Padaria Rosa Branca, Bento
Gonçalves, Presidente Prudente, Vitória/ES), which are not persons. Forms: full, ALL CAPS without
accents, lower case, "SURNAME, Given", first name alone, short (first + paternal surname for
Hispanic names), nickname.

Hard negatives (never labelled): CNJ process numbers, SEI/NUP process numbers, 11-digit numbers
failing the CPF check (provisional asylum protocols, payment orders, COAF references; the script
asserts that every unlabelled 11-digit number, plain or dotted, fails the CPF check), ICD-10 codes
(B50.9, F43.1, Z59.0), CNES codes, money in BRL and foreign currencies, exchange rates, VET,
operation/contract/ticket/proposal numbers, vaccine lots, company names containing a surname
(Haddad Confecções Ltda, Marcon & Zanella Transportes, Queiroga & Landim Advogados, Khoury Sfeir
Advocacia Migratória), laws and rules ("Lei 13.445/2017", "Lei 9.474/1997", "Lei 9.613/1998",
"Portaria Interministerial nº 9/2018", "Resolução CNIg nº 4/2017", "Circular BCB 3.978/2020"),
dates that are not birth dates, masked cards, document hashes and e-signature envelope UUIDs.
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
SEED = 6464
OUT_NAME = "sixtyfourth.jsonl"

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
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# --------------------------------------------------------------------------- name pools
# Hosts (Brazilians of many origins) and newcomers (by nationality). RARE holds the words
# that are not in common Brazilian name lists; main() prints their share of PERSON words.

PT_F = ["Renata", "Vanessa", "Carolina", "Bianca", "Daniela", "Eliane", "Silvana", "Márcia", "Kátia", "Rosana",
        "Lúcia", "Helena", "Alice", "Lívia", "Cecília", "Bruna", "Jéssica", "Thaís", "Sueli", "Regina",
        "Vera Lúcia", "Maria Aparecida", "Ana Paula", "Marta", "Teresa", "Sônia", "Denise", "Luana", "Fernanda",
        "Patrícia", "Adriana", "Camila", "Juliana", "Cristina", "Mariana", "Gabriela"]
RARE_F = ["Josicleide", "Aldenora", "Zuleica", "Edinalva", "Gercilene", "Marinalda", "Claudenice", "Ozana",
          "Raimunda Nonata", "Leidijane", "Rosilda", "Eronides", "Sirleide", "Vanderleia", "Maciana", "Deuzeni",
          "Alzerina", "Kemilly", "Rayane Kelly", "Lorrany", "Thayanne", "Crisolita", "Valdirene", "Jucélia",
          "Lindinalva", "Francisquinha", "Zenilda", "Hozana", "Gildásia", "Ivonete", "Auricélia", "Nayara Sthefany",
          "Edjane", "Quitéria", "Maristela", "Dalvanice"]
PT_M = ["Marcelo", "Alexandre", "Fernando", "Paulo", "Sérgio", "Luiz Carlos", "Carlos Eduardo", "Wagner",
        "Cláudio", "André", "Renato", "Júlio", "César", "Otávio", "Caio", "Davi", "Samuel", "Pedro Henrique",
        "Felipe", "Marcos", "Jorge", "Nelson", "Mauro", "Wellington", "Alberto", "Domingos", "Manoel", "Joaquim",
        "Rafael", "Rodrigo", "Gustavo", "Ricardo", "Thiago", "José Roberto"]
RARE_M = ["Adenilson", "Edivaldo", "Genilson", "Josenildo", "Uelison", "Reinaldo Júnio", "Zaqueu", "Juvêncio",
          "Oseias", "Valdomiro", "Cleiton", "Erivan", "Dorgival", "Gildevan", "Ivanildo", "Erinaldo", "Jailson",
          "Lindoval", "Nivaldino", "Acrísio", "Aristeu", "Hermínio", "Ismerino", "Jeremias", "Wesley Kauan",
          "Ruan", "Kauê", "Thallysson", "Wendel", "Abdon", "Elpídio", "Florêncio", "Idelbrando", "Lourenço",
          "Sizenando", "Zózimo", "Deusdedit", "Raelson"]
PT_SUR = ["Pereira", "Costa", "Rodrigues", "Martins", "Carvalho", "Gomes", "Ribeiro", "Alves", "Araújo", "Silva",
          "Barbosa", "Cardoso", "Castro", "Correia", "Freitas", "Lopes", "Mendes", "Nunes", "Pinto", "Ramos", "Souza",
          "Reis", "Teixeira", "Vieira", "Moura", "Nogueira", "Azevedo", "Campos", "Duarte", "Andrade", "Oliveira",
          "Cavalcanti", "Marques", "Nascimento", "Santana", "Prado", "Machado", "Amaral", "Santos", "Ferreira"]
RARE_SUR = ["Cavalheiro", "Bulcão", "Faustino", "Anunciação", "Penedo", "Caetité", "Apolinário", "Gadelha",
            "Jacobina", "Landim", "Quixabeira", "Belchior", "Perdigão", "Rolim", "Cantanhede", "Rebouças",
            "Queiroga", "Seabra", "Trajano", "Varjão", "Xerez", "Alencastro", "Bonfim", "Conrado", "Fagundes",
            "Inojosa", "Juruena", "Lucena", "Furtado de Mendonça", "Nápoles", "Otoni", "Tapajós", "Catunda",
            "Sucupira", "Mourão", "Parente", "Frota", "Aguiar Bessa", "Bezerril", "Tavora"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Fiel"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Leão", "Flor", "Luz", "Vitória", "Amado", "Cordeiro",
            "Raposo", "Sardinha", "Palmeira", "Pedrosa", "Pastor", "Esperança"]
NICK = {"Luiz Carlos": "Luizinho", "Manoel": "Mané", "Joaquim": "Quinzinho", "Domingos": "Mingo",
        "Raimunda Nonata": "Nonata", "Maria Aparecida": "Cida", "Vera Lúcia": "Verinha", "Teresa": "Tetê",
        "Zózimo": "Zó", "Francisquinha": "Chiquinha", "Carlos Eduardo": "Cadu", "Pedro Henrique": "PH",
        "Alexandre": "Xande", "Josenildo": "Nildo", "Jeremias": "Jerê", "José Roberto": "Beto",
        # newcomers
        "Yoselin": "Yose", "Wuilmer": "Wuili", "Yusmary": "Yusma", "Johandry": "Jhoan", "Mackenson": "Macky",
        "Dieudonné": "Dieu", "Abdulrahman": "Abdul", "Habibullah": "Habib", "Marielvis": "Mari", "Kiluanje": "Kilu",
        "Fritznel": "Fritz", "Franyelis": "Fran", "Merveille": "Merv", "Xiaoling": "Ling", "Bienvenu": "Ben"}

# nationality -> (female given, male given, surnames, common-in-Brazil words excluded from RARE)
NEW = {
    "ve": (["Yoselin", "Yusmary", "Marielvis", "Franyelis", "Oriana", "Andreína", "Génesis", "Rosmary",
            "Yulimar", "Daniela Alejandra", "María Gabriela", "Luz Marina", "Milagros", "Keilyn"],
           ["Wuilmer", "Yorman José", "Johandry", "Deivis", "Maikel", "Eudomar", "Yeferson", "Keiber", "Anyelo",
            "Darwin", "Luis Alfredo", "José Gregorio", "Yoandri", "Jesús Rafael"],
           ["Marcano", "Bracho", "Rondón", "Urdaneta", "Chirinos", "Colmenares", "Briceño", "Zambrano", "Guzmán",
            "Villalobos", "Sequera", "Rangel", "Figueroa", "Parra", "Pérez", "González", "Quintero", "Mujica"],
           {"Daniela", "María", "Luz", "José", "Luis", "Jesús", "Rafael", "Darwin", "Pérez", "González", "Figueroa",
            "Parra", "Rangel"}),
    "ht": (["Wisline", "Nadège", "Rosemène", "Lovely", "Jocelyne", "Marie-Ange", "Guerline", "Mirlande",
            "Esther", "Nerlande", "Fabienne", "Dieula"],
           ["Wilner", "Mackenson", "Dieuveuil", "Fritznel", "Woodley", "Evens", "Kesnel", "Jean-Baptiste",
            "Wilfrid", "Ronald", "Jean Robert", "Pierre Richard", "Dieudonné", "Jimmy"],
           ["Pierre-Louis", "Joseph", "Jean-Charles", "Dorvilus", "Exantus", "Saint-Fleur", "Estimé", "Louissaint",
            "Desrosiers", "Charlemagne", "Fénelon", "Augustin", "Célestin", "Noël", "Jeune", "Pierre"],
           {"Esther", "Ronald", "Jimmy", "Joseph", "Augustin", "Pierre", "Jean"}),
    "bo": (["Wilma", "Ximena", "Nelly", "Marisol", "Juana", "Primitiva", "Rocío", "Eulalia", "Gladys"],
           ["Rolando", "Eusebio", "Freddy", "Ronald", "Grover", "Wilfredo", "Teodoro", "Edwin", "Nilo"],
           ["Mamani", "Quispe", "Condori", "Choque", "Apaza", "Ticona", "Huanca", "Colque", "Limachi", "Yujra",
            "Poma", "Calle", "Chambi"],
           {"Juana", "Ronald", "Edwin", "Gladys", "Marisol", "Nilo"}),
    "sy": (["Yara", "Rasha", "Hiba", "Nour", "Lama", "Rim", "Ghada", "Batoul", "Raghad"],
           ["Rami", "Hussam", "Bassel", "Maher", "Abdulrahman", "Ghaith", "Tareq", "Mohammad Ali", "Ammar", "Fadi"],
           ["Al-Khatib", "Haddad", "Darwish", "Al-Hamwi", "Sabbagh", "Kassab", "Al-Masri", "Halabi", "Jabbour",
            "Mourad", "Al Shami", "Kayyali"],
           {"Haddad", "Mourad"}),
    "af": (["Zahra", "Fereshta", "Mursal", "Shabnam", "Zarmina", "Sediqa", "Marzia", "Nilofar", "Parwana"],
           ["Mohammad Nabi", "Ahmad Shah", "Habibullah", "Abdul Wahid", "Farid Ahmad", "Sayed Jawad", "Naqibullah",
            "Mujtaba", "Rahmatullah", "Zabihullah"],
           ["Rahimi", "Ahmadzai", "Hakimi", "Sultani", "Nazari", "Mohammadi", "Popal", "Qaderi", "Karimi",
            "Stanikzai", "Hashimi", "Wardak", "Sadat"],
           {"Farid", "Ahmad"}),
    "ao": (["Nzinga", "Domingas", "Lukeny", "Yola", "Ndala", "Kieza", "Wanda Ngueve", "Isabel Muxima"],
           ["Kiluanje", "Ngola", "Mbala", "Edvaldo", "Wilson", "Mateus Kissanga", "Nsimba", "Bartolomeu"],
           ["Kiala", "Nzau", "Massala", "Tchipa", "Mbemba", "Cassoma", "Kalunga", "Ndombele", "Sebastião",
            "Chipenda", "Neto Cambuta"],
           {"Edvaldo", "Wilson", "Isabel", "Mateus", "Bartolomeu", "Sebastião", "Domingas", "Neto", "Wanda"}),
    "cd": (["Prisca", "Grâce", "Espérance", "Merveille", "Glodie", "Nathalie", "Ornella", "Divine", "Chancelle"],
           ["Mukendi", "Bienvenu", "Dieudonné", "Fiston", "Patient", "Exaucé", "Héritier", "Trésor", "Jonathan",
            "Christian"],
           ["Kabongo", "Tshibangu", "Mulumba", "Kasongo", "Ngoy", "Ilunga", "Lukusa", "Mbuyi", "Kalonji",
            "Nkulu", "Tshimanga", "Mayamba", "Lokwa"],
           {"Nathalie", "Jonathan", "Christian"}),
    "cn": (["Xiaoling", "Jing", "Meilin", "Yuhan", "Li Na", "Xiuying", "Fang"],
           ["Wei", "Hao", "Jianguo", "Zhiwei", "Lei", "Yong", "Haoran"],
           ["Chen", "Wang", "Zhang", "Liu", "Huang", "Lin", "Zhou", "Xu", "Zheng"],
           set()),
}
FOREIGN = {  # Brazilian hosts of other origins
    "it": (["Graziella", "Donatella"], ["Lorenzo", "Vittorio", "Ettore"],
           ["Bortolotto", "Gasparetto", "Dalla Costa", "Marcon", "Bianchini", "Fiorese", "Zanella"]),
    "de": (["Waltraud", "Gerda"], ["Helmut", "Ewald", "Armin"],
           ["Schneider", "Hoffmann", "Krüger", "Lemke", "Stüpp", "Kellermann"]),
    "jp": (["Sachiko", "Emiko"], ["Kenji", "Takeshi"], ["Yamashiro", "Tamashiro", "Kinjo", "Oshiro", "Ishikawa"]),
    "lb": (["Leila", "Soraya"], ["Nagib", "Kamal"], ["Khoury", "Maluf", "Nassar", "Sfeir", "Abdalla"]),
    "kr": (["Min-ji", "Hye-jin"], ["Sung-ho", "Jae-won"], ["Kim", "Choi", "Yoon"]),
    "jw": (["Raquel", "Débora", "Hanna"], ["Abraão", "Salomão", "Isaac"], ["Weissmann", "Grinberg", "Blaustein"]),
    "in": (["Iracema", "Jurema", "Moema"], ["Tupã", "Cauê", "Anhangá"], ["Terena", "Guajajara", "Baniwa", "Macuxi"]),
}
COMMON_FOREIGN = {"Raquel", "Débora", "Isaac", "Iracema", "Jurema", "Cauê", "Kim"}
RARE: set[str] = set(RARE_F + RARE_M + RARE_SUR)
for _f, _m, _s, _common in NEW.values():
    for _name in _f + _m + _s:
        for _w in re.findall(r"[\w'-]+", _name):
            if _w not in _common:
                RARE.add(_w)
for _o in ("de", "jp", "kr", "jw", "in"):
    for _name in FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2]:
        if _name not in COMMON_FOREIGN:
            RARE.add(_name)
RARE.update(NICK[k] for k in ("Yoselin", "Wuilmer", "Yusmary", "Johandry", "Mackenson", "Dieudonné", "Fritznel",
                              "Franyelis", "Merveille", "Kiluanje", "Marielvis", "Zózimo"))

PARTICLES = ["da", "de", "do", "das", "dos", "e", "del", "de la", "al", "bin"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
NEWCOMERS = ["ve", "ve", "ve", "ht", "ht", "bo", "sy", "af", "ao", "cd", "cn"]
NATIONALITY = {"ve": ("venezuelana", "venezuelano", "Venezuela"), "ht": ("haitiana", "haitiano", "Haiti"),
               "bo": ("boliviana", "boliviano", "Bolívia"), "sy": ("síria", "sírio", "Síria"),
               "af": ("afegã", "afegão", "Afeganistão"), "ao": ("angolana", "angolano", "Angola"),
               "cd": ("congolesa", "congolês", "Rep. Dem. do Congo"), "cn": ("chinesa", "chinês", "China")}
FPHONE = {"ve": "58", "ht": "509", "bo": "591", "sy": "963", "af": "93", "ao": "244", "cd": "243", "cn": "86"}


def particle(surname: str) -> str:
    if surname in {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Penedo", "Conceição", "Esperança"}:
        return "da"
    if surname in {"Nascimento", "Amaral", "Prado", "Bonfim"}:
        return "do"
    if surname in {"Reis", "Campos", "Santos"}:
        return "dos"
    return "de"


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool, origin: str = "pt"):
        self.given = given
        self.surnames = surnames
        self.female = female
        self.origin = origin
        self.cn_first = False

    @property
    def full(self) -> str:
        if self.origin == "cn" and self.cn_first:
            return " ".join(self.surnames + [self.given])
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        if self.origin == "cn":
            return self.given
        g = self.given
        if g.startswith(("Maria ", "María ", "Mohammad ", "Abdul ", "Ahmad ", "Sayed ", "Jean ", "Pierre ", "Luz ",
                         "José ", "Jesús ", "Luis ", "Li ")):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def paternal(self) -> str:
        """Hispanic usage: the first surname."""
        return [s for s in self.surnames if s not in PARTICLES][0]

    @property
    def short(self) -> str:
        if self.origin in ("ve", "bo"):
            return f"{self.first} {self.paternal}"
        if self.origin == "cn":
            return self.full
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
        sur = [s for s in self.surnames if s not in PARTICLES]
        return f"{' '.join(sur).upper()}, {self.given}"

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"

    @property
    def newcomer(self) -> bool:
        return self.origin in NATIONALITY

    @property
    def nat(self) -> str:
        f, m, _ = NATIONALITY.get(self.origin, ("brasileira", "brasileiro", "Brasil"))
        return f if self.female else m

    @property
    def country(self) -> str:
        return NATIONALITY.get(self.origin, ("", "", "Brasil"))[2]


def name_form(g: "Gen", p: Person, forms: list[str] | None = None) -> str:
    form = g.pick(forms or ["full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


DDDS = ["11", "11", "11", "19", "21", "21", "31", "41", "47", "48", "49", "51", "54", "61", "62", "65", "67",
        "69", "71", "81", "85", "91", "92", "95", "95", "95", "97", "68"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Beco"]
STREET_NAMES = ["Rosa Branca", "Doutor Bento Amaral", "da Aurora", "Leão XIII", "Prudente de Morais", "Flor de Lis",
                "das Palmeiras", "Coronel Mota", "Barão de Mauá", "Ville Roy", "Glaycon de Paiva", "Ataíde Teive",
                "Capitão Ene Garcez", "Major Williams", "Santos Dumont", "Quinze de Novembro", "Padre Anchieta",
                "Professora Zuleica Gadelha", "do Glicério", "Tamandaré", "Coimbra", "Barão de Iguape", "Cônego Vicente Miguel Marino",
                "dos Imigrantes", "Luz Divina", "Esperança", "Irmã Dulce", "General Osório", "Vitória Régia",
                "São Sebastião", "Dom Pedro II", "Frei Caneca", "Oiapoque", "Benjamin Constant", "Castro Alves"]
CITIES = [("Boa Vista", "RR"), ("Pacaraima", "RR"), ("Manaus", "AM"), ("São Paulo", "SP"), ("São Paulo", "SP"),
          ("Curitiba", "PR"), ("Cascavel", "PR"), ("Chapecó", "SC"), ("Joinville", "SC"), ("Florianópolis", "SC"),
          ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"), ("Bento Gonçalves", "RS"), ("Cuiabá", "MT"),
          ("Dourados", "MS"), ("Brasília", "DF"), ("Belo Horizonte", "MG"), ("Rio de Janeiro", "RJ"),
          ("Corumbá", "MS"), ("Rio Branco", "AC"), ("Brasiléia", "AC"), ("Presidente Prudente", "SP"),
          ("Vitória", "ES"), ("Guarulhos", "SP"), ("Lajeado", "RS"), ("Toledo", "PR")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "RR", "AC", "MT", "MS"]
BAIRROS = ["Glicério", "Brás", "Pari", "Bom Retiro", "Caimbé", "Centro", "Jardim Floresta", "Vila Esperança",
           "Pintolândia", "Jardim Aurora", "Cidade Nova", "Bela Vista", "Jardim das Flores", "Vila Luz"]
FOREIGN_STREETS = {"ve": ["Calle Bolívar", "Av. Las Delicias", "Calle 72", "Urb. La Trinidad, calle 4", "Av. Universidad"],
                   "bo": ["Calle Sagárnaga", "Av. Buenos Aires", "Calle Illampu", "Av. 6 de Marzo"],
                   "ht": ["Rue Capois", "Rue Lamarre", "Route de Delmas", "Rue Pavée"],
                   "ao": ["Rua Rainha Ginga", "Rua Amílcar Cabral", "Av. Deolinda Rodrigues"],
                   "cd": ["Avenue Kasa-Vubu", "Avenue du Commerce", "Boulevard du 30 Juin"],
                   "sy": ["Shaalan St.", "Baghdad St."], "af": ["Darulaman Rd"], "cn": ["Jiefang Rd"]}
FOREIGN_CITIES = {"ve": ["Maracaibo", "Barquisimeto", "Ciudad Guayana", "Maturín", "Caracas", "Puerto La Cruz"],
                  "ht": ["Port-au-Prince", "Cap-Haïtien", "Les Cayes", "Gonaïves"],
                  "bo": ["La Paz", "El Alto", "Cochabamba", "Santa Cruz de la Sierra"],
                  "sy": ["Aleppo", "Homs", "Damasco", "Latakia"], "af": ["Cabul", "Herat", "Mazar-i-Sharif"],
                  "ao": ["Luanda", "Huambo", "Benguela"], "cd": ["Kinshasa", "Lubumbashi", "Goma"],
                  "cn": ["Wenzhou", "Guangzhou", "Qingtian", "Fuqing"]}
CIDS = ["B50.9", "B54", "A15.0", "J06.9", "A09", "Z23.8", "Z59.0", "Z60.3", "F43.1", "F32.1", "E43", "B86",
        "O80", "Z34.9", "I10", "E11.9", "K29.7", "L30.9", "B35.4", "Z71.1", "N39.0", "J45.9", "R50.9", "D50.9"]


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
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.5:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def host(self, female: bool | None = None, word: bool = False) -> Person:
        """A Brazilian (staff, lawyer, doctor, employer, relative)."""
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if not word and rng.random() < 0.22:
            o = self.pick(sorted(FOREIGN))
            fs, ms, sur = FOREIGN[o]
            given = self.pick(fs if female else ms) if rng.random() < 0.7 else self.pick(PT_F if female else PT_M)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
            return Person(given, surnames, female, o)
        if word or rng.random() < 0.08:
            given = self.pick(WORD_F if female else WORD_M)
        elif rng.random() < 0.45:
            given = self.pick(RARE_F if female else RARE_M)
        else:
            given = self.pick(PT_F if female else PT_M)
        k = self.pick([1, 2, 2, 2, 3])
        surnames: list[str] = []
        while len(surnames) < k:
            s = self.pick(WORD_SUR) if (word and not surnames and rng.random() < 0.5) else self.surname()
            if s not in surnames:
                surnames.append(s)
        if rng.random() < 0.3:
            pos = rng.randint(0, len(surnames) - 1)
            surnames.insert(pos, particle(surnames[pos]))
        if not female and rng.random() < 0.05:
            surnames.append(self.pick(SUFFIXES))
        return Person(given, surnames, female, "pt")

    def migrant(self, origin: str | None = None, female: bool | None = None) -> Person:
        rng = self.rng
        origin = origin or self.pick(NEWCOMERS)
        female = rng.random() < 0.5 if female is None else female
        fs, ms, sur, _ = NEW[origin]
        given = self.pick(fs if female else ms)
        if origin in ("ve", "bo"):
            a, b = rng.sample(sur, 2)
            surnames = [a, b] if rng.random() < 0.8 else [a]
            if origin == "ve" and rng.random() < 0.15 and " " not in given:
                given += " " + self.pick(["José", "Alejandro", "Antonio"] if not female else ["del Valle", "Carolina", "José"])
            if origin == "ve" and female and rng.random() < 0.08:
                surnames = surnames[:1] + ["de", self.pick(sur)]
        elif origin == "ht":
            surnames = [self.pick(sur)]
            if rng.random() < 0.2:
                given = given + " " + self.pick(["Marie", "Jean", "Claude"]) if " " not in given else given
        elif origin == "sy":
            surnames = [self.pick(sur)]
            if rng.random() < 0.35:
                surnames.insert(0, self.pick(NEW["sy"][1]).split()[0])  # father's name
        elif origin == "af":
            surnames = [self.pick(sur)]
        elif origin == "ao":
            surnames = rng.sample(sur, 2) if rng.random() < 0.5 else [self.pick(sur)]
            if rng.random() < 0.25:
                given = self.pick(["Maria", "Ana", "Joana"] if female else ["Manuel", "João", "Adão"]) + " " + given.split()[0]
        elif origin == "cd":
            surnames = rng.sample(sur, 2) if rng.random() < 0.45 else [self.pick(sur)]
        else:  # cn
            surnames = [self.pick(sur)]
        p = Person(given, surnames, female, origin)
        if origin == "cn":
            p.cn_first = rng.random() < 0.55
        return p

    def child_of(self, parent: Person, female: bool | None = None) -> Person:
        female = self.chance(0.5) if female is None else female
        c = self.migrant(parent.origin, female) if parent.newcomer else self.host(female)
        if parent.origin in ("ve", "bo"):
            c.surnames = [parent.paternal] + ([self.pick(NEW[parent.origin][2])] if self.chance(0.8) else [])
        else:
            c.surnames = list(parent.surnames)
        c.cn_first = parent.cn_first
        return c

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last if p.origin not in ("ve", "bo") else p.paternal).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com",
                                      "hotmail.com", "icloud.com", "yahoo.com.br", "qq.com" if p.origin == "cn" else "gmail.com"])
        return f"{user}@{domain}"

    def corp_mail(self, p: Person, dom: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        return self.pick([f"{f}.{l}@{dom}", f"{f[0]}{l}@{dom}", f"{f}@{dom}"])

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

    def cnpj(self, style: str = "dot", alnum: bool | None = None) -> str:
        alnum = self.chance(0.2) if alnum is None else alnum
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001"])
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

    def cep(self, dash: bool = True, uf: str | None = None) -> str:
        first = {"RR": "693", "AM": "69", "SP": "0", "PR": "8", "SC": "8", "RS": "9", "AC": "699", "MS": "79"}.get(uf or "", "")
        n = first + str(self.rng.randint(1, 9)) + self.d(7 - len(first))
        n = n[:8]
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 3)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}"}[style]

    def fphone(self, origin: str) -> str:
        """A phone number in the newcomer's home country (WhatsApp still on the old chip)."""
        cc = FPHONE.get(origin, "58")
        if origin == "ve":
            return self.pick([f"+58 {self.pick(['412', '414', '416', '424', '426'])}-{self.d(7)}",
                              f"+58 {self.pick(['414', '424'])} {self.d(3)} {self.d(4)}", f"(0{self.pick(['412', '424', '414'])}) {self.d(3)}-{self.d(4)}"])
        if origin == "ht":
            return self.pick([f"+509 {self.pick('34')}{self.d(3)}-{self.d(4)}", f"+509 {self.pick('34')}{self.d(3)} {self.d(4)}"])
        if origin == "bo":
            return f"+591 {self.pick('67')}{self.d(7)}"
        if origin == "sy":
            return f"+963 9{self.d(2)} {self.d(3)} {self.d(3)}"
        if origin == "af":
            return f"+93 7{self.d(1)} {self.d(3)} {self.d(4)}"
        if origin == "ao":
            return f"+244 9{self.d(2)} {self.d(3)} {self.d(3)}"
        if origin == "cd":
            return f"+243 {self.pick(['81', '82', '97', '99'])} {self.d(3)} {self.d(4)}"
        return f"+86 1{self.pick('3589')}{self.d(1)} {self.d(4)} {self.d(4)}"

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
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos", "quarto 3",
                          f"kitnet {self.rng.randint(1, 12)}", f"qd {self.rng.randint(1, 40)} lt {self.rng.randint(1, 30)}"])
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
        sep = self.pick([", ", ", nº ", " "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def faddress(self, origin: str) -> str:
        st = self.pick(FOREIGN_STREETS.get(origin, ["Calle Bolívar"]))
        if origin in ("ve", "bo"):
            return f"{st}, casa {self.rng.randint(1, 120)}" if self.chance(0.5) else f"{st} nº {self.rng.randint(1, 900)}"
        if origin in ("ht", "cd"):
            return f"{self.rng.randint(1, 140)}, {st}"
        if origin == "ao":
            return f"{st}, nº {self.rng.randint(1, 400)}"
        return f"{self.rng.randint(1, 400)} {st}"

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1952, hi: int = 2006) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None) -> str:
        return self.dob(fmt, 2009, 2024)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def times(self, n: int, lo: int = 7 * 3600, hi: int = 22 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi), n))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 50000) -> str:
        v = self.rng.randint(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["4.01", "4.03", "4.04", "4.01", "8.26", "8.23", "5.11", "4.02"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2019, 2025)}.{seg}.{self.d(4)}"

    def nup(self) -> str:
        """Federal administrative process number (SEI/NUP): not a personal identifier."""
        return f"{self.pick(['08000', '08505', '08018', '08460', '47999', '08240'])}.{self.d(6)}/{self.rng.randint(2019, 2025)}-{self.d(2)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2025)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", f"ATD-{self.d(6)}", f"{self.d(4)}/{self.rng.randint(2024, 2025)}"])

    def passport(self, origin: str) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return {"ve": lambda: self.pick([self.d(9), f"{self.d(3)}{self.d(6)}"]),
                "ht": lambda: f"{self.pick(['RD', 'PP', 'RE'])}{self.d(7)}",
                "bo": lambda: self.pick([self.d(8), f"{self.pick(L)}{self.d(7)}"]),
                "sy": lambda: f"N{self.d(9)}", "af": lambda: f"P{self.d(8)}",
                "ao": lambda: f"N{self.d(7)}{self.pick(L)}", "cd": lambda: f"OB{self.d(7)}",
                "cn": lambda: f"E{self.pick(L)}{self.d(7)}"}.get(origin, lambda: f"{self.pick(L)}{self.pick(L)}{self.d(6)}")()

    def fid(self, p: Person) -> str:
        """The national id of the country of origin (cédula, CI, NIF, BI, resident id): not labelled."""
        o = p.origin
        if o == "ve":
            n = self.rng.randint(8_000_000, 33_000_000)
            return self.pick([f"V-{n:,}".replace(",", "."), f"V{n}", f"C.I. V-{n:,}".replace(",", ".")])
        if o == "bo":
            return f"CI {self.rng.randint(2_000_000, 14_000_000)} {self.pick(['LP', 'CB', 'SC', 'OR', 'PT'])}"
        if o == "ht":
            return f"NIF {self.d(3)}-{self.d(3)}-{self.d(3)}-{self.d(1)}"
        if o == "ao":
            return f"BI {self.d(9)}{self.pick(['LA', 'HO', 'BA'])}{self.d(3)}"
        if o == "cn":
            return f"ID {self.d(6)}{self.rng.randint(1960, 2004)}{self.d(4)}{self.pick('0123456789X')}"
        if o == "sy":
            return f"ID nac. {self.d(2)}-{self.d(9)}"
        if o == "cd":
            return f"carte d'électeur nº {self.d(8)}{self.pick('ABCDEF')}"
        return f"Tazkira {self.d(4)}-{self.d(4)}-{self.d(5)}"

    def rnm(self) -> str:
        """Registro Nacional Migratório: letter + six digits + check character; not labelled."""
        return self.pick([f"{self.pick('VFGW')}{self.d(6)}-{self.pick('0123456789X')}",
                          f"{self.pick('VFG')}{self.d(6)}{self.pick('0123456789')}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.rng.randint(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return self.pick([f"CRP {self.rng.randint(1, 23):02d}/{self.d(5)}", f"CRP-{self.rng.randint(1, 23):02d}/{self.d(6)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {self.d(5)}", f"CRESS {self.rng.randint(1, 25)}ª Região nº {self.d(5)}", f"CRESS-{uf} {self.d(4)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {n}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])

    def junta(self) -> str:
        """Sworn translator's registration at the state Junta Comercial (PROFESSIONAL_ID, acronym included)."""
        j = self.pick(["JUCESP", "JUCESP", "JUCERJA", "JUCEMG", "JUCEPAR", "JUCESC", "JUCISRS", "JUCERR", "JUCEA"])
        n = self.rng.randint(120, 1890)
        return self.pick([f"{j} nº {n}", f"{j} {n}", f"{j} n.º {n}", f"{j} nº {n}"])


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "es": f"{dd} de {MONTHS_ES[mm - 1]} de {yy}", "fr": f"{dd} {MONTHS_FR[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}"}[fmt]


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("n", "ri"), ("o", "ó")]
OCR_DIGITS = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B"), ("1", "I")]
OCR_UNDO = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})


def ocr(s: str, g: Gen, rate: float = 0.3, digits: bool = False) -> str:
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
        if label is None or s == "":
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


def L(s: str, label: str) -> tuple:
    return (s, label)


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
        doc.t(f"({len(rows)} {'registro' if len(rows) == 1 else 'registros'})\n")


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
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], ruler: bool = True) -> None:
    """Fixed-width table; with `ruler` it has +----+ lines and | separators, else plain columns."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    if ruler:
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule.replace("-", "="))
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                if k:
                    doc.t("  ")
                if k == len(r) - 1:
                    doc.e(v, lab)
                else:
                    doc.cell(v, w, lab)
            doc.t("\n")


def first_last(p: Person) -> tuple[str, str]:
    if p.origin == "cn":
        return p.given, p.surnames[0]
    return p.given, " ".join(p.surnames)


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def sig(g: Gen, p: Person) -> str:
    return name_form(g, p, ["full", "full", "short", "first", "caps"])


def fmt_money(cents: int) -> str:
    r, c = divmod(cents, 100)
    return f"{r:,}".replace(",", ".") + f",{c:02d}"


ORGS = ["Missão Paz", "Cáritas Arquidiocesana", "Pastoral do Migrante", "Casa de Acolhida Esperança",
        "Instituto Aurora de Integração", "Associação Flor do Cerrado", "Rede Luz de Apoio ao Migrante",
        "Centro de Referência e Atendimento ao Imigrante (CRAI)", "Serviço Jesuíta a Migrantes e Refugiados",
        "Coletivo Bento Acolhe"]
COMPANIES = ["Frigorífico Bento Alimentos S.A.", "Cooperativa Agroindustrial Aurora", "Supermercados Prudente",
             "Haddad Confecções Ltda", "Gadelha Construtora", "Oshiro Alimentos Ltda", "Marcon & Zanella Transportes",
             "Lemke Metalúrgica", "Padaria Rosa Branca", "Kellermann Avícola S.A.", "Queiroga Serviços de Limpeza",
             "Vitória Têxtil S.A.", "Abdalla Comércio de Tecidos", "Frota Logística Ltda"]
CAMBIOS = ["Câmbio Aurora Turismo", "Prudente Câmbio e Remessas", "Leão Câmbio DTVM", "Rosa dos Ventos Câmbio",
           "Remessa Fácil Instituição de Pagamento", "Nassar Câmbio", "TransferBem IP S.A."]
LAWFIRMS = ["Queiroga & Landim Advogados", "Khoury Sfeir Advocacia Migratória", "Bortolotto & Amado Advogados",
            "Tapajós Advocacia", "Rebouças, Frota e Leão Sociedade de Advogados"]
TRANSLATION_OFFICES = ["Tradutores Luz Juramentados", "Nápoles Traduções", "Gasparetto Traduções Públicas"]
WORD_USES = ["a casa ficou sem luz desde sexta", "seria prudente juntar o comprovante", "o campo ficou em branco",
             "a rosa dos ventos do mapa", "uma vitória para a família", "vieram com muita esperança",
             "o filho mais novo é muito amado", "chegou na aurora do dia, de ônibus", "flor de maracujá no canteiro da horta",
             "o documento veio com o verso em branco", "mandou pagar a conta de luz"]


# =========================================================================== atendimento

def doc_line(g: Gen, p: Person) -> str:
    """Foreign documents named in a form: passport / national id / RNM, none labelled."""
    opts = [f"Passaporte {g.passport(p.origin)}", g.fid(p), f"RNM {g.rnm()}", f"Protocolo refúgio {g.nup()}"]
    return "; ".join(g.rng.sample(opts, g.rng.randint(1, 3)))


def at_ficha(g: Gen) -> Doc:
    """Intake form of a migrant-support NGO (ficha de acolhimento), sometimes a scan with OCR noise."""
    doc = Doc()
    p = g.migrant()
    scan = g.chance(0.4)
    org = g.pick(ORGS)
    city, uf = g.city()
    at = g.host()
    nm = p.caps if scan or g.chance(0.4) else p.full
    if scan:
        nm = ocr(nm, g)
    doc.f("«org» — «city»/«uf»\nFICHA DE ACOLHIMENTO / FICHA DE ACOGIDA            nº «n»\nData do atendimento: «dt»   Atendente: «at»\n",
          org=org, city=city, uf=uf, n=g.d(5), dt=g.date(), at=P(sig(g, at)))
    doc.t("-" * 62 + "\n")
    doc.f("1. IDENTIFICAÇÃO\nNome completo: «nm»\n", nm=P(nm))
    if g.chance(0.3):
        doc.f("Como prefere ser chamad«o»: «nk»\n", o=p.o, nk=P(p.nick))
    cpf = g.cpf()
    doc.f("Nacionalidade: «nat»     Data de nascimento: «dob»     Sexo: «sx»\n"
          "Documentos: «docs»\nCPF: «cpf»\n",
          nat=p.nat, dob=(g.dob(g.pick(["br", "br", "nopad", "short"])), "DATE_OF_BIRTH"), sx="F" if p.female else "M",
          docs=doc_line(g, p), cpf=(ocr(cpf, g, digits=True) if scan else cpf, "BR_CPF") if g.chance(0.85) else "em andamento (Receita Federal)")
    if g.chance(0.5):
        doc.f("PIS/NIS: «pis»\n", pis=(g.pis(), "BR_PIS"))
    if g.chance(0.6):
        doc.f("Cartão SUS: «cns»\n", cns=(g.cns(), "BR_CNS"))
    doc.f("\n2. CONTATO\nCelular (BR): «tel»     WhatsApp: «wa»\nE-mail: «em»\n",
          tel=(g.phone(), "PHONE_NUMBER"), wa=(g.fphone(p.origin), "PHONE_NUMBER") if g.chance(0.7) else "mesmo número",
          em=(g.email(p), "EMAIL_ADDRESS") if g.chance(0.75) else "não possui")
    addr = g.address(g.pick(["text", "caps", "text"]))
    doc.f("Endereço atual: «ad» — «b» — CEP «cep»\n", ad=(addr, "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(uf=uf), "BR_CEP"))
    if g.chance(0.4):
        doc.f("Último endereço no país de origem: «fa», «fc»\n", fa=(g.faddress(p.origin), "ADDRESS"), fc=g.pick(FOREIGN_CITIES[p.origin]))
    doc.f("Data de entrada no Brasil: «de» por «fr»\n", de=g.date("br", g.pick([2019, 2021, 2023, 2024])),
          fr=g.pick(["Pacaraima/RR", "Guarulhos (GRU)", "Corumbá/MS", "Assis Brasil/AC", "Foz do Iguaçu/PR", "Tabatinga/AM"]))
    doc.t("\n3. COMPOSIÇÃO FAMILIAR\n")
    for i in range(g.rng.randint(1, 4)):
        kid = i > 0 or g.chance(0.3)
        r = g.child_of(p) if kid else g.migrant(p.origin, not p.female)
        dob = g.kid_dob("br") if kid else g.dob("br")
        rel = g.pick(["filho(a)", "filha", "filho", "enteado(a)"]) if kid else g.pick(["cônjuge", "companheiro(a)", "esposo(a)"])
        doc.f("  «i») «nm» — «rel» — nasc. «dob»", i=i + 1, nm=P(r.caps if scan else r.full), rel=rel, dob=(dob, "DATE_OF_BIRTH"))
        if not kid and g.chance(0.5):
            doc.f(" — CPF «c»", c=(g.cpf(), "BR_CPF"))
        elif kid and g.chance(0.3):
            doc.f(" — matriculad{'a' if r.female else 'o'} na EMEF «e»", e=g.pick(["Prudente de Morais", "Vitória Régia", "Rosa Branca", "Dom Pedro II"]))
        doc.t("\n")
    doc.f("\n4. DEMANDAS\n[«a»] documentação  [«b»] curso de português  [«c»] emprego  [«d»] moradia  [«e»] saúde\n"
          "Obs.: «obs»\n",
          a=g.pick("X "), b=g.pick("X "), c="X", d=g.pick("X "), e=g.pick("X "),
          obs=g.pick([f"encaminhad{p.o} ao CRAS para CadÚnico; {g.pick(WORD_USES)}",
                      f"precisa de 2ª via do protocolo ({g.nup()})",
                      f"tem entrevista na {g.pick(COMPANIES)} dia {g.date('br')}",
                      f"sem renda; marido fazendo bico de servente. {g.pick(WORD_USES).capitalize()}"]))
    sup = g.host()
    if g.chance(0.5):
        doc.f("\nAtendido por «at» · revisado por «sup» (coord. «org2»)\n", at=P(at.first), sup=P(sup.full), org2=g.pick(["Proteção", "Integração", "Serviço Social"]))
    else:
        doc.f("\nAtendido por «at» · ficha digitada no sistema em «d»\n", at=P(at.first), d=g.date("br"))
    return doc


def at_whats(g: Gen) -> Doc:
    """WhatsApp export between a job-placement / Portuguese-course NGO and a migrant."""
    doc = Doc()
    p = g.migrant()
    staff = g.host()
    hr = g.host(female=True)
    comp = g.pick(COMPANIES)
    date = g.date("br")
    ts = g.times(11)
    pnum = g.pick([g.phone("plus"), g.fphone(p.origin)])
    biz = g.chance(0.6)  # exported from the NGO's WhatsApp Business account: its messages carry the account name
    acct = g.pick(["Missão Paz Empregabilidade", "CRAI Trabalho", "Cáritas Vagas", "Aurora Integração"])
    sender_p = (pnum, "PHONE_NUMBER") if (biz or g.chance(0.5)) else P(g.pick([p.first, p.short, p.nick]))
    sender_s = g.pick([f"{staff.first} ({g.pick(['Missão Paz', 'CRAI', 'Cáritas'])})", staff.short])

    def line(i: int, who, msg: str, **kv):
        doc.t(f"[{date} {ts[i]}] ")
        if isinstance(who, tuple):
            doc.e(who[0], who[1])
        else:
            doc.t(who)
        doc.t(": ")
        doc.f(msg + "\n", **kv)

    def S(i, msg, **kv):
        doc.t(f"[{date} {ts[i]}] ")
        if biz:
            doc.t(acct)
        elif "(" in sender_s:
            nm, rest = sender_s.split(" (", 1)
            doc.e(nm, "PERSON").t(" (" + rest)
        else:
            doc.e(sender_s, "PERSON")
        doc.t(": ")
        doc.f(msg + "\n", **kv)

    es = p.origin in ("ve", "bo")
    fr = p.origin in ("ht", "cd")
    S(0, "Oi «n», tudo bem? Aqui é «me» do setor de empregabilidade. Surgiu uma vaga de auxiliar de produção na «c»",
      n=P(p.first), me=P(staff.first), c=comp)
    line(1, sender_p, "hola buenas tardes si me interesa mucho" if es else ("bonjou, wi mwen enterese" if fr else "oi sim tenho interesse"))
    S(2, "Ótimo! Me manda seu CPF, data de nascimento e um e-mail pra eu cadastrar no sistema deles")
    cpf = g.cpf(g.pick(["raw", "dot", "dot"]))
    line(3, sender_p, "«cpf»", cpf=(cpf, "BR_CPF"))
    line(4, sender_p, "nací el «dob»" if es else ("«dob»" if not fr else "ne le «dob»"), dob=(g.dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(5, sender_p, "«em»", em=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        line(6, sender_p, "o PIS é esse «pis» que veio na carteira digital" if not es else "y el pis «pis» aparece en la carteira digital",
             pis=(g.pis(), "BR_PIS"))
    else:
        line(6, sender_p, "mi RNM es «r» si necesita" if es else "meu RNM «r»", r=g.rnm())
    S(7, "Perfeito. A entrevista é dia «d» às «h» com a «hr» do RH, «a». Telefone dela: «t»",
      d=g.date("br"), h=g.pick(["8h", "9h30", "14h", "10h"]), hr=P(hr.first),
      a=g.pick(["fica no distrito industrial", "leva a carteira de trabalho digital no celular", "vai de uniforme"]),
      t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    line(8, sender_p, "puedo llevar a mi hermano «b»? él también busca trabajo" if es else "posso levar meu irmão «b»?",
         b=P(g.migrant(p.origin, False).first))
    S(9, "Pode sim, mas ele precisa estar com o CPF regularizado. Manda o endereço de vocês pra calcular o vale-transporte")
    line(10, sender_p, "«ad», «b»", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=g.pick(BAIRROS))
    if g.chance(0.5):
        doc.t(f"[{date} 23:{g.rng.randint(0, 59):02d}] ")
        doc.e(sender_p[0], sender_p[1])
        doc.t(": <Mídia oculta>\n")
    return doc


def at_curso(g: Gen) -> Doc:
    """CSV export of enrolments in a Portuguese course for migrants (PLAc), first_name/last_name columns."""
    doc = Doc()
    sep = g.pick([",", ";"])
    prof = g.host(female=g.chance(0.7))
    turma = f"PLAc-{g.pick(['A1', 'A2', 'B1'])}-{g.pick(['manhã', 'noite', 'sábado'])}"
    doc.t(f"# inscricoes_{turma}_{g.date('compact')}.csv — exportado por {login(prof)} ({g.pick(ORGS)})\n")
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.migrant()
        fn, ln = first_last(p)
        if g.chance(0.25):
            fn, ln = fold(fn).upper(), fold(ln).upper()
        cpf = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.8) else V("")
        rows.append([V(g.d(5)), P(fn), P(ln), V(p.nat), (g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"), cpf,
                     V(g.rnm() if g.chance(0.6) else ""),
                     (g.pick([g.phone("raw"), g.phone("plus"), g.fphone(p.origin)]), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""), V(turma),
                     V(g.pick(["sim", "não"])), V(g.pick(["", "trabalha à noite", "tem filho pequeno", "já fala espanhol", "analfabeta em PT, alfabetizada em árabe" if p.origin == "sy" else "chegou semana passada"]))])
    table_csv(doc, ["inscricao", "first_name", "last_name", "nacionalidade", "data_nascimento", "cpf", "rnm", "whatsapp",
                    "email", "turma", "precisa_creche", "obs"], rows, sep)
    doc.f("# professora responsável: «p» <«e»>; sala «s»; material: «m»\n", p=P(prof.full),
          e=(g.corp_mail(prof, g.pick(["missaopaz.org.br", "crai.org.br", "aurora.org.br"])), "EMAIL_ADDRESS"),
          s=g.pick(["Rosa", "Esperança", "Vitória", "3", "Dom Hélder"]), m=g.pick(["Pode Entrar (ACNUR)", "Portas Abertas", "apostila própria"]))
    return doc


def at_pf(g: Gen) -> Doc:
    """E-mail of an NGO caseworker preparing Polícia Federal appointments (residence / refuge protocol)."""
    doc = Doc()
    cw = g.host()
    coord = g.host()
    fam = g.migrant()
    dom = g.pick(["missaopaz.org.br", "caritas-rj.org.br", "aurora.org.br", "sjmr.org.br"])
    doc.f("De: «cw» <«em»>\nPara: «co» <«em2»>; agendamento@«dom»\nAssunto: PF «d» — família «fl» (autorização de residência)\n\n",
          cw=P(cw.full), em=(g.corp_mail(cw, dom), "EMAIL_ADDRESS"), co=P(coord.full), em2=(g.corp_mail(coord, dom), "EMAIL_ADDRESS"),
          dom=dom, d=g.date("br"), fl=P(fam.paternal if fam.origin in ("ve", "bo") else fam.last))
    doc.f("«co», bom dia.\n\nConsegui o agendamento no SISMIGRA para «dt» às «h» na «pf». "
          "Pedido com base na Lei 13.445/2017 e na Portaria Interministerial nº «port». Seguem os dados pra conferir antes de eu imprimir os formulários:\n\n",
          co=P(coord.first), dt=g.date("br"), h=g.pick(["9h", "10h20", "13h40"]),
          pf=g.pick(["Superintendência da PF em Roraima", "Delegacia de Imigração (DELEMIG) da Lapa", "DELEMIG/SR/PF/PR", "PF no Aeroporto de Guarulhos"]),
          port=g.pick(["9/2018", "19/2021", "38/2023", "24/2024"]))
    members = [fam] + [g.child_of(fam) for _ in range(g.rng.randint(1, 3))]
    if g.chance(0.5):
        members.insert(1, g.migrant(fam.origin, not fam.female))
    for i, m in enumerate(members):
        doc.f("«i». «nm»\n   nasc.: «dob» · passaporte «pp»", i=i + 1, nm=P(g.pick([m.caps, m.full])),
              dob=(g.dob("br") if i == 0 or m.surnames != fam.surnames else g.kid_dob("br"), "DATE_OF_BIRTH"), pp=g.passport(m.origin))
        if g.chance(0.6):
            doc.f(" · CPF «c»", c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(" · CPF pendente (protocolo {p})".format(p=g.neg(11)))
        if g.chance(0.4):
            doc.f(" · SUS «c»", c=(g.cns(), "BR_CNS"))
        doc.t("\n")
    doc.f("\nEndereço declarado: «ad», «b», «c»/«u», CEP «cep». Telefone de contato: «t».\n"
          "GRU de taxa: isenta (hipossuficiência), declaração assinada pela «fn».\n\n",
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=g.city()[0], u=g.pick(UFS), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), fn=P(fam.first))
    doc.f("Abs,\n«cw»\n«role» · «org»\n«tel»\n", cw=P(cw.first if g.chance(0.5) else cw.full),
          role=g.pick(["Assistente social", "Advogada voluntária", "Técnico de proteção", "Caseworker"]), org=g.pick(ORGS),
          tel=(g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"))
    return doc


def at_vagas(g: Gen) -> Doc:
    """Job-placement referral table of an NGO (ruled or plain), with candidates' CPF and PIS."""
    doc = Doc()
    rec = g.host()
    doc.f("ENCAMINHAMENTOS PARA VAGAS — semana «w» — responsável: «r»\n\n", w=f"{g.rng.randint(1, 52):02d}/{g.pick([2024, 2025])}", r=P(rec.full))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.migrant()
        nm = g.pick([p.caps, p.full, p.short])
        rows.append([P(nm), V(p.nat[:3].upper()), (g.cpf(), "BR_CPF"), (g.pis("dot"), "BR_PIS") if g.chance(0.6) else V("—"),
                     (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"), V(g.pick(COMPANIES)[:26]),
                     V(g.pick(["aux. produção", "servente", "costureira", "repositor", "auxiliar de cozinha", "desossador", "motorista (CNH D)"])),
                     V(g.pick(["contratado", "aguardando", "faltou", "reprovado", "exame adm."]))])
    table_ruled(doc, ["Candidato", "Nac", "CPF", "PIS", "Telefone", "Empresa", "Função", "Status"], rows, ruler=g.chance(0.6))
    hrp = g.host()
    doc.f("\nContato RH «c»: «h» — «t» — «e»\n", c=g.pick(COMPANIES), h=P(hrp.full), t=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          e=(g.corp_mail(hrp, g.pick(["bentoalimentos.com.br", "coopaurora.com.br", "lemke.ind.br", "prudente.com.br"])), "EMAIL_ADDRESS"))
    doc.f("Obs.: «a» pediu para trocar de turno; «b» precisa de carona até a Barão de Mauá.\n",
          a=P(rows[0][0][0].split()[0].title() if rows[0][0][0].isupper() else rows[0][0][0].split()[0]), b=P(g.migrant().first))
    return doc


def at_abrigo(g: Gen) -> Doc:
    """Shelter log of Operação Acolhida: interiorização (relocation) list with bus and escort."""
    doc = Doc()
    shelter = g.pick(["Abrigo Rondon 1", "Abrigo Rondon 3", "Abrigo Pricumã", "Abrigo São Vicente", "Abrigo Nova Canaã", "Posto de Interiorização e Triagem (PITRIG)"])
    dest, duf = g.pick([c for c in CITIES if c[1] not in ("RR",)])
    doc.f("OPERAÇÃO ACOLHIDA — «sh» — Boa Vista/RR\nRelação de interiorização · voo/ônibus de «d» · destino: «dest»/«duf»\n"
          "Modalidade: «mod»\n\n", sh=shelter, d=g.date("br"), dest=dest, duf=duf,
          mod=g.pick(["vaga de emprego sinalizada (VES)", "reunificação familiar", "reunião social", "institucional"]))
    rows = []
    for f in range(g.rng.randint(2, 3)):
        head = g.migrant(g.pick(["ve", "ve", "ve", "ve"]))
        grp = f"G{g.d(3)}"
        members = [head] + [g.child_of(head) for _ in range(g.rng.randint(0, 2))]
        for k, m in enumerate(members):
            dob = g.dob("br") if k == 0 else g.kid_dob("br")
            rows.append([V(grp), P(g.pick([m.caps, m.inverted]) if k == 0 else m.caps), (dob, "DATE_OF_BIRTH"),
                         (g.cpf(), "BR_CPF") if k == 0 or g.chance(0.4) else V("-"),
                         (g.cns(False), "BR_CNS") if g.chance(0.5) else V("-"),
                         (g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER") if k == 0 else V(""),
                         V(g.pick(["ok", "ok", "vacina pendente", "ok (PCR)"]))])
    table_ruled(doc, ["Grupo", "Nome", "Nasc.", "CPF", "CNS", "Celular", "Saúde"], rows, ruler=g.chance(0.5))
    drv = g.host(female=False)
    mil = g.host()
    doc.f("\nTransporte: ônibus «emp», placa «pl», motorista «dr» (CNH «cnh»)\n",
          emp=g.pick(["Eucatur", "Marcon & Zanella Transportes", "Frota Logística"]), pl=(g.plate(), "LICENSE_PLATE"),
          dr=P(drv.caps), cnh=(g.cnh(), "BR_CNH"))
    doc.f("Escolta/acompanhamento: «rk» «ml» (Exército) e equipe «o»\nRecebimento no destino: «rd» — «t»\n",
          rk=g.pick(["Sgt", "Ten", "Cb", "Cap"]), ml=P(g.pick([mil.last, mil.short])), o=g.pick(["ACNUR", "OIM", "AVSI", "Cáritas"]),
          rd=P(g.host().full), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Ocorrência: família «f» desistiu na véspera; vaga repassada. Pendência de {x} na lista do dia {d}.\n".format(
            x=g.pick(["CPF", "vacina", "termo de voluntariedade"]), d=g.date("br"), f="«f»"), f=P(rows[0][1][0].split(",")[0].title()))
    return doc


def at_consulado(g: Gen) -> Doc:
    """Consular correspondence: an embassy/consulate and an NGO exchanging about a national."""
    doc = Doc()
    p = g.migrant(g.pick(["ve", "ht", "bo", "sy", "af", "ao", "cd", "cn"]))
    emb = {"ve": "Consulado-Geral da República Bolivariana da Venezuela", "ht": "Embaixada da República do Haiti",
           "bo": "Consulado-Geral do Estado Plurinacional da Bolívia em São Paulo", "sy": "Embaixada da República Árabe Síria",
           "af": "Embaixada do Afeganistão", "ao": "Consulado-Geral da República de Angola", "cd": "Embaixada da República Democrática do Congo",
           "cn": "Consulado-Geral da República Popular da China"}[p.origin]
    off = g.migrant(p.origin) if g.chance(0.7) else g.host()
    ngo = g.host()
    kind = g.rng.randint(0, 1)
    if kind == 0:
        doc.f("NOTA VERBAL Nº «n»/«y»\n\nA «emb» cumprimenta atenciosamente a «org» e solicita a gentileza de informar o paradeiro "
              "do(a) nacional «nm», nascid«o» em «dob», portador(a) do passaporte nº «pp», cuja família ("
              "«rel», tel. «ft») perdeu contato desde «dl».\n\n",
              n=g.d(3), y=g.pick([2024, 2025]), emb=emb, org=g.pick(ORGS), nm=P(p.caps), o=p.o,
              dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), pp=g.passport(p.origin),
              rel=P(g.migrant(p.origin).full), ft=(g.fphone(p.origin), "PHONE_NUMBER"), dl=g.date("br"))
        doc.f("Segundo informações, o(a) nacional residiria na «ad», «c», e teria trabalhado na «comp».\n"
              "A «emb2» aproveita a oportunidade para renovar os protestos de sua mais alta consideração.\n\n"
              "«c2», «d»\n«off» — «cargo»\n«oe»\n",
              ad=(g.address(), "ADDRESS"), c=g.city()[0], comp=g.pick(COMPANIES), emb2=emb.split(" da ")[0].split(" do ")[0],
              c2=g.pick(["Brasília", "São Paulo", "Rio de Janeiro"]), d=g.date("long"), off=P(off.full),
              cargo=g.pick(["Cônsul-Geral Adjunt" + off.o, "Primeir" + off.o + " Secretári" + off.o, "Setor consular", "Encarregad" + off.o + " de Assuntos Consulares"]),
              oe=(g.email(off, {"ve": "mppre.gob.ve", "ht": "diplomatie.ht", "bo": "cancilleria.gob.bo", "ao": "mirex.gov.ao",
                                "cn": "mfa.gov.cn", "cd": "diplomatie.gouv.cd"}.get(p.origin, "gmail.com")), "EMAIL_ADDRESS"))
        doc.f("\n---\nResposta interna («a»): «nm» está no nosso cadastro, último atendimento «d»; pediu sigilo — NÃO repassar endereço sem consentimento (refugiad«o», art. «art» da Lei 9.474/1997). Tel atual «t».\n",
              a=P(ngo.first), nm=P(p.short), d=g.date("br"), o=p.o, art=g.pick(["20", "21", "33"]), t=(g.phone(), "PHONE_NUMBER"))
    else:
        doc.f("De: «ngo» <«ne»>\nPara: consular@«dom»\nCc: «off» <«oe»>\nAssunto: Solicitação de passaporte / certidão — «nm»\n\n"
              "Prezados,\n\nacompanhamos «nm2», «nat», nascid«o» em «dob» em «fc», que precisa de «what» para concluir a autorização de residência "
              "(processo «nup»). «pr» não tem condições de ir pessoalmente a «cap»; pedimos orientação sobre atendimento itinerante.\n\n",
              ngo=P(ngo.full), ne=(g.corp_mail(ngo, g.pick(["caritas.org.br", "sjmr.org.br", "aurora.org.br"])), "EMAIL_ADDRESS"),
              dom=g.pick(["embhaiti.org.br", "consuladobolivia.org.br", "embangola.org.br", "embrdc.org.br"]), off=P(off.full),
              oe=(g.email(off), "EMAIL_ADDRESS"), nm=P(p.caps), nm2=P(p.full), nat=p.nat, o=p.o,
              dob=(g.dob(g.pick(["br", "long", "iso"])), "DATE_OF_BIRTH"), fc=g.pick(FOREIGN_CITIES[p.origin]),
              what=g.pick(["2ª via do passaporte", "certidão de nascimento apostilada", "certidão consular de estado civil", "atestado de antecedentes"]),
              nup=g.nup(), pr="Ela" if p.female else "Ele", cap=g.pick(["Brasília", "São Paulo"]))
        doc.f("Dados de contato: «t» / «ft»; endereço «ad», CEP «cep».\nDocumento anterior: «fid».\n\nAtenciosamente,\n«ngo»\n",
              t=(g.phone(), "PHONE_NUMBER"), ft=(g.fphone(p.origin), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              fid=g.fid(p), ngo=P(ngo.first))
    return doc


# =========================================================================== juridico

def qualif(g: Gen, doc: Doc, p: Person, caps: bool = True, civil: str | None = None) -> None:
    """Qualification of a migrant party in a petition or power of attorney."""
    prof = g.pick(["auxiliar de produção", "costureira" if p.female else "pedreiro", "cozinheir" + p.o, "engenheir" + p.o,
                   "médic" + p.o + " (diploma em revalidação)", "desempregad" + p.o, "entregador" if not p.female else "diarista",
                   "comerciante", "estudante"])
    cu = g.city()
    doc.f("«nm», «nat», «civ», «prof», nascid«o» em «dob», portador«a» do RNM nº «rnm» e inscrit«o» no CPF sob o nº «cpf», "
          "residente e domiciliad«o» na «ad», «b», «c»/«u», CEP «cep»",
          nm=P(p.caps if caps else p.full), nat=p.nat, civ=civil or g.pick(["solteir" + p.o, "casad" + p.o, "em união estável", "viúv" + p.o]),
          prof=prof, o=p.o, a="a" if p.female else "", dob=(g.dob("br"), "DATE_OF_BIRTH"), rnm=g.rnm(), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), c=cu[0], u=cu[1], cep=(g.cep(uf=cu[1]), "BR_CEP"))
    if g.chance(0.6):
        doc.f(", e-mail «e», telefone «t»", e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))


def lawyer_sig(g: Gen, doc: Doc, adv: Person, uf: str | None = None) -> None:
    doc.f("«nm»\n«oab»\n", nm=P(g.pick([adv.full, adv.caps, adv.full])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))


def ju_traducao(g: Gen) -> Doc:
    """Sworn translation (tradução pública) of a foreign civil-registry certificate."""
    doc = Doc()
    o = g.pick(["ve", "ve", "ht", "bo", "sy", "ao", "cd", "cn", "af"])
    tr = g.host()
    child = g.migrant(o)
    father = g.migrant(o, False)
    mother = g.migrant(o, True)
    if o in ("ve", "bo"):
        child.surnames = [father.paternal, mother.paternal]
    elif o not in ("cn",):
        child.surnames = list(father.surnames)
    else:
        child.surnames = list(father.surnames)
        child.cn_first = father.cn_first = mother.cn_first = True
        while mother.surnames == father.surnames:
            mother.surnames = [g.pick(NEW["cn"][2])]
    lang = {"ve": "espanhol", "bo": "espanhol", "ht": "francês", "cd": "francês", "ao": "português (Angola) — tradução de conferência",
            "sy": "árabe", "af": "dari", "cn": "mandarim"}[o]
    n, livro, fl = g.rng.randint(1000, 29999), g.rng.randint(10, 320), g.rng.randint(1, 400)
    doc.f("TRADUÇÃO PÚBLICA Nº «n»          LIVRO «l»          FOLHA «f»\n\n"
          "Eu, «tr», Tradutor«a» Públic«o» e Intérprete Comercial do idioma «lang», matriculad«o» na «jc», "
          "CERTIFICO que me foi apresentado um documento redigido em «lang2», que traduzo para o vernáculo no seguinte teor:\n\n",
          n=n, l=livro, f=fl, tr=P(tr.caps if g.chance(0.5) else tr.full), a="a" if tr.female else "", o=tr.o, lang=lang.split(" —")[0],
          jc=(g.junta(), "PROFESSIONAL_ID"), lang2=lang.split(" —")[0])
    head = {"ve": "[Brasão] REPÚBLICA BOLIVARIANA DE VENEZUELA — CONSEJO NACIONAL ELECTORAL — REGISTRO CIVIL\nACTA DE NACIMIENTO Nº «an»",
            "bo": "[Escudo] ESTADO PLURINACIONAL DE BOLIVIA — SERVICIO DE REGISTRO CÍVICO (SERECI)\nCERTIFICADO DE NACIMIENTO — Partida «an»",
            "ht": "[Armoiries] RÉPUBLIQUE D'HAÏTI — ARCHIVES NATIONALES\nEXTRAIT DES REGISTRES DE L'ÉTAT CIVIL — Acte nº «an»",
            "cd": "[Emblème] RÉPUBLIQUE DÉMOCRATIQUE DU CONGO — COMMUNE DE «cm»\nACTE DE NAISSANCE Nº «an»",
            "ao": "[Insígnia] REPÚBLICA DE ANGOLA — CONSERVATÓRIA DO REGISTO CIVIL\nCERTIDÃO DE NASCIMENTO — Assento nº «an»",
            "sy": "[Selo] REPÚBLICA ÁRABE SÍRIA — MINISTÉRIO DO INTERIOR — DIRETORIA DE REGISTRO CIVIL\nEXTRATO DE REGISTRO CIVIL INDIVIDUAL nº «an»",
            "af": "[Selo] EMIRADO/REPÚBLICA ISLÂMICA DO AFEGANISTÃO — TAZKIRA ELETRÔNICA (e-NIC) nº «an»",
            "cn": "[Selo] 中华人民共和国 公证书 — CERTIDÃO NOTARIAL (出生公证) nº («y»)浙温证字第«an»号"}[o]
    doc.f(head + "\n\n", an=g.d(g.pick([4, 5, 6])), cm=g.pick(["Lemba", "Kalamu", "Limete", "Ngaliema"]), y=g.pick([2023, 2024]))
    born = g.dob(g.pick(["long", "br", "long"]))
    doc.f("Nome: «c»\nData de nascimento: «dob»\nLocal: «city»\nSexo: «sx»\nPai: «f»\nMãe: «m»\n",
          c=P(child.caps), dob=(born, "DATE_OF_BIRTH"), city=g.pick(FOREIGN_CITIES[o]), sx="feminino" if child.female else "masculino",
          f=P(father.caps), m=P(mother.caps))
    if o in ("ve", "bo", "ht", "cd", "ao") and g.chance(0.7):
        doc.f("Documento do pai: «fid» · Documento da mãe: «mid»\n", fid=g.fid(father), mid=g.fid(mother))
    if g.chance(0.35):
        w1, w2 = g.migrant(o), g.migrant(o)
        doc.f("Testemunhas: «a» e «b»\n", a=P(w1.caps), b=P(w2.caps))
    off = g.migrant(o)
    if g.chance(0.5):
        doc.f("Oficial do registro: «off» — [assinatura] — [carimbo circular parcialmente ilegível]\n", off=P(off.full))
    else:
        doc.t("Oficial do registro: [assinatura ilegível] — [carimbo circular parcialmente ilegível]\n")
    if g.chance(0.7):
        doc.f("\n[No verso] APOSTILA (Convenção da Haia de 5 de outubro de 1961) nº «ap», datada de «d», assinada por «s»\n",
              ap=f"{g.pick(['VE', 'BO', 'HT', 'CN', 'AO'])}{g.d(9)}", d=g.date("br", g.pick([2023, 2024])),
              s=P(g.migrant(o).full) if g.chance(0.5) else "autoridade competente")
    doc.f("\nNADA MAIS constava do documento original, que devolvo com esta tradução, que conferi, achei conforme e dou fé.\n"
          "«c», «d».\nEmolumentos: R$ «v» (tabela «jc2»)\n\n«tr»\nTradutor«a» Públic«o» — «jc3» · CPF «cpf»\n",
          c=g.pick(["São Paulo", "Curitiba", "Boa Vista", "Rio de Janeiro", "Porto Alegre"]), d=g.date("long"), v=g.money(90, 600),
          jc2=g.pick(["JUCESP", "JUCERJA", "JUCEPAR"]), tr=P(tr.full), a="a" if tr.female else "", o=tr.o,
          jc3=(g.junta(), "PROFESSIONAL_ID"), cpf=(g.cpf(), "BR_CPF"))
    doc.f("«e» · «t»\n", e=(g.email(tr), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("Solicitante: «cpf» (CPF do interessado) · pedido «n» · entrega por e-mail «e»\n", cpf=(g.cpf(), "BR_CPF"), n=g.d(5),
              e=(g.email(child), "EMAIL_ADDRESS"))
    return doc


def ju_refugio(g: Gen) -> Doc:
    """Summary of an asylum request to CONARE (SISCONARE printout) prepared with a lawyer or the DPU."""
    doc = Doc()
    p = g.migrant(g.pick(["ve", "af", "sy", "cd", "ht", "ao"]))
    adv = g.host()
    interp = g.host() if g.chance(0.4) else g.migrant(p.origin)
    doc.f("SISCONARE — SOLICITAÇÃO DE RECONHECIMENTO DA CONDIÇÃO DE REFUGIADO\nProcesso: «nup»   Protocolo provisório: «pp»   Situação: «sit»\n"
          "=====================================================================\n",
          nup=g.nup(), pp=g.neg(11), sit=g.pick(["AGUARDANDO ENTREVISTA", "EM ANÁLISE (CGCONARE)", "ENTREVISTA REALIZADA", "DEFERIDO EM PLENÁRIA"]))
    kv = [("Nome", P(p.caps)), ("Nome social", V("-")), ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")),
          ("Nacionalidade", V(p.nat)), ("Grupo étnico", V(g.pick({"af": ["hazara", "pashtun", "tajique"], "ve": ["-", "warao", "wayuu", "-"], "cd": ["luba", "kongo", "nande", "-"],
                                      "ao": ["bakongo", "-"], "sy": ["-", "curdo"], "ht": ["-"]}[p.origin]))),
          ("Documento de viagem", V(g.pick([f"passaporte {g.passport(p.origin)}", "não possui", g.fid(p)]))),
          ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
          ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
          ("Entrada no Brasil", V(f"{g.date('br', g.pick([2022, 2023, 2024]))} — {g.pick(['Pacaraima/RR', 'GRU', 'Tabatinga/AM', 'Porto de Santos'])}"))]
    w = max(len(k) for k, _ in kv)
    for k, v in kv:
        doc.t(f"{k.ljust(w)} : ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.t("\nGRUPO FAMILIAR\n")
    for _ in range(g.rng.randint(1, 3)):
        m = g.child_of(p)
        doc.f(" - «nm» (filh«o»), nasc. «dob»\n", nm=P(m.full), o=m.o, dob=(g.kid_dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"))
    reason = {"ve": "grave e generalizada violação de direitos humanos (art. 1º, III, da Lei 9.474/1997)",
              "af": "fundado temor de perseguição por opinião política e pertencimento a grupo social (ex-colaborador)",
              "sy": "conflito armado e recrutamento forçado", "cd": "perseguição por grupo armado no Kivu do Norte",
              "ht": "violência generalizada de gangues em Porto Príncipe", "ao": "perseguição por opinião política"}[p.origin]
    doc.f("\nFUNDAMENTO ALEGADO: «r».\nRelato (resumo): o solicitante relata que «rel».«t»\n",
          r=reason, rel=g.pick(["foi ameaçado após denunciar extorsão", "trabalhou como intérprete e teve a casa revistada",
                                "perdeu o emprego e a família passou fome", "teve um irmão detido sem acusação formal"]),
          t=" Não indicou testemunhas." if g.chance(0.5) else "")
    if g.chance(0.6):
        doc.f("Intérprete na entrevista: «i» («lang»)\n", i=P(interp.full), lang=g.pick(["dari", "árabe", "lingala", "crioulo haitiano", "espanhol"]))
    if g.chance(0.5):
        doc.f("\nAssistência jurídica: «a» — «oab» — «e»\n", a=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"),
              e=(g.corp_mail(adv, g.pick(["queirogalandim.adv.br", "khourysfeir.com.br", "tapajos.adv.br"])), "EMAIL_ADDRESS"))
    else:
        doc.f("\nAssistência jurídica: Defensoria Pública da União — Defensor«a» Públic«o» Federal «a2» (ofício DPU nº «n»)\n",
              a="a" if adv.female else "", o=adv.o, a2=P(adv.full), n=f"{g.d(4)}/{g.pick([2024, 2025])}")
    doc.f("Entrevistador(a) CGCONARE: «e» · matrícula SIAPE «s»\n", e=P(g.host().full), s=g.d(7))
    return doc


def ju_residencia(g: Gen) -> Doc:
    """Immigration lawyer's e-mail to a client company: checklist of a work-based residence permit."""
    doc = Doc()
    adv = g.host()
    hr = g.host()
    w = g.migrant(g.pick(["cn", "cn", "sy", "ve", "ao", "cd"]))
    firm = g.pick(LAWFIRMS)
    comp = g.pick(COMPANIES)
    fdom = g.pick(["queirogalandim.adv.br", "khourysfeir.com.br", "bortolottoamado.com.br", "tapajos.adv.br"])
    cdom = g.pick(["bentoalimentos.com.br", "haddadconfeccoes.com.br", "lemke.ind.br", "oshiro.com.br"])
    doc.f("From: «a» <«ae»>\nTo: «h» <«he»>\nCc: imigracao@«fdom»\nSubject: RES: Autorização de residência — «w» (checklist)\n\n",
          a=P(adv.full), ae=(g.corp_mail(adv, fdom), "EMAIL_ADDRESS"), h=P(hr.full), he=(g.corp_mail(hr, cdom), "EMAIL_ADDRESS"),
          fdom=fdom, w=P(w.caps))
    doc.f("Olá «h»,\n\nConforme conversamos, segue o checklist do pedido de autorização de residência para fins de trabalho "
          "(Lei 13.445/2017, art. 30, e Resolução CNIg nº «res») do «w2»:\n\n",
          h=P(hr.first), res=g.pick(["2/2017", "4/2017", "45/2021"]), w2=P(w.full))
    items = [("Empregadora", [V(f"{comp} — CNPJ "), (g.cnpj(), "BR_CNPJ")]),
             ("Nome do trabalhador", [P(w.full)]),
             ("Contato", [(g.phone(), "PHONE_NUMBER"), V(" / "), (g.email(w), "EMAIL_ADDRESS")]),
             ("Data de nascimento", [(g.dob(g.pick(["br", "iso"])), "DATE_OF_BIRTH")]),
             ("Passaporte", [V(f"{g.passport(w.origin)} (validade {g.date('br', g.pick([2027, 2029, 2031]))})")]),
             ("CPF", [(g.cpf(), "BR_CPF")] if g.chance(0.7) else [V("a inscrever (formulário da RFB)")]),
             ("Salário", [V(f"R$ {g.money(3500, 28000)} + benefícios")]),
             ("Endereço no Brasil", [(g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")]),
             ("Dependentes", [P(g.child_of(w).full), V(", nasc. "), (g.kid_dob("br"), "DATE_OF_BIRTH")]),
             ("Taxas (GRU)", [V(f"R$ {g.money(100, 200)} + R$ {g.money(200, 300)} (código {g.d(6)})")])]
    for k, vals in items:
        doc.t(f"  [{g.pick(['x', 'x', ' '])}] {k}: ")
        for v in vals:
            doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\nPendências: contrato de trabalho assinado pela diretoria (com firma reconhecida), antecedentes criminais apostilados de «c» e "
          "tradução juramentada (estamos usando a «tr», «jc»).\n",
          c=w.country, tr=P(g.host(female=True).full), jc=(g.junta(), "PROFESSIONAL_ID"))
    doc.f("Protocolo previsto para «d» no MigranteWeb. Qualquer dúvida me liga no «t».\n\nAtt.,\n", d=g.date("br"), t=(g.phone(), "PHONE_NUMBER"))
    lawyer_sig(g, doc, adv)
    doc.f("«firm»\n", firm=firm)
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Writ of mandamus (mandado de segurança) of a migrant against the Federal Police, with CNJ numbers."""
    doc = Doc()
    p = g.migrant()
    adv = g.host()
    adv2 = g.host() if g.chance(0.4) else None
    uf = g.pick(["RR", "SP", "PR", "AM", "SC", "RS", "DF"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) FEDERAL DA «v»ª VARA FEDERAL DA SEÇÃO JUDICIÁRIA DE «sj»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n", v=g.rng.randint(1, 14),
          sj={"RR": "RORAIMA", "SP": "SÃO PAULO", "PR": "PARANÁ", "AM": "AMAZONAS", "SC": "SANTA CATARINA", "RS": "RIO GRANDE DO SUL", "DF": "DISTRITO FEDERAL"}[uf],
          cnj=g.cnj())
    qualif(g, doc, p, caps=True)
    doc.f(", por seus advogados que esta subscrevem (procuração anexa), vem impetrar\n\nMANDADO DE SEGURANÇA com pedido liminar\n\n"
          "contra ato do(a) Sr(a). DELEGADO(A) DE POLÍCIA FEDERAL CHEFE DA «del», pelos fatos e fundamentos a seguir.\n\n"
          "1. O impetrante requereu em «d1» a «what» (processo SEI «nup»), instruído com todos os documentos. "
          "Até hoje não houve decisão, em afronta ao art. 49 da Lei 9.784/1999 e ao art. «art» da Lei 13.445/2017.\n"
          "2. Sem o documento, «p» não consegue renovar a CTPS, abrir conta e matricular «f» (nasc. «kdob») na escola, "
          "perdendo a vaga na «comp».\n3. Há precedente desta Vara nos autos «cnj2».\n\n",
          del_=None, **{"del": g.pick(["DELEMIG/SR/PF/" + uf, "Superintendência Regional em " + uf])},
          d1=g.date("br", 2024), what=g.pick(["autorização de residência por reunião familiar", "renovação da autorização de residência",
                                                "emissão da CRNM", "naturalização ordinária", "regularização após multa migratória"]),
          nup=g.nup(), art=g.pick(["3º", "4º", "30", "31", "65"]), p=P(p.first), f=P(g.child_of(p).first),
          kdob=(g.kid_dob("br"), "DATE_OF_BIRTH"), comp=g.pick(COMPANIES), cnj2=g.cnj())
    doc.f("Dá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n",
          v=g.money(1000, 5000), c=g.pick(["Boa Vista", "São Paulo", "Curitiba", "Manaus", "Florianópolis"]), d=g.date("long"))
    lawyer_sig(g, doc, adv, uf)
    if adv2:
        lawyer_sig(g, doc, adv2, uf)
    return doc


def ju_procuracao(g: Gen) -> Doc:
    """Power of attorney to immigration lawyers and the e-signature certificate (signers' e-mail and IP)."""
    doc = Doc()
    p = g.migrant()
    a1, a2 = g.host(), g.host()
    firm = g.pick(LAWFIRMS)
    doc.t("PROCURAÇÃO AD JUDICIA ET EXTRA / PODER ESPECIAL\n\nOUTORGANTE: ")
    qualif(g, doc, p, caps=g.chance(0.6))
    doc.f(".\n\nOUTORGADOS: «a1», «o1», e «a2», «o2», integrantes de «firm», com escritório na Rua «st», «n», «c».\n\n"
          "PODERES: para representar o(a) outorgante perante a Polícia Federal, o Ministério da Justiça e Segurança Pública, o CONARE, "
          "consulados e a Justiça Federal, em especial no pedido de «what», podendo requerer, assinar formulários, retirar documentos "
          "e substabelecer.\n\n«c2», «d».\n\n",
          a1=P(a1.full), o1=(g.council("OAB"), "PROFESSIONAL_ID"), a2=P(a2.full), o2=(g.council("OAB"), "PROFESSIONAL_ID"), firm=firm,
          st=g.pick(["Líbero Badaró", "Quinze de Novembro", "Barão de Itapetininga", "Marechal Deodoro"]), n=g.rng.randint(10, 900),
          c=g.pick(["São Paulo/SP", "Curitiba/PR", "Boa Vista/RR"]),
          what=g.pick(["naturalização", "autorização de residência", "reconhecimento da condição de refugiado", "reunião familiar"]),
          c2=g.pick(["São Paulo", "Curitiba", "Boa Vista"]), d=g.date("long"))
    doc.f("_______________________________\n«nm»\n\n", nm=P(p.caps))
    doc.f("--- Certificado de assinatura eletrônica · documento «h» · envelope «env»\n", h=g.hexs(40), env=g.uuid())
    signers = [(p, g.email(p), "Outorgante"), (a1, g.corp_mail(a1, "adv.br"), "Outorgado"), (a2, g.corp_mail(a2, "adv.br"), "Testemunha")]
    for who, em, role in signers:
        doc.f("«nm» («role») — «em» — IP «ip» — «ts» — «how»\n", nm=P(who.full if g.chance(0.6) else who.caps), role=role,
              em=(em, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), ts=f"{g.date('br')} {g.hms()} -03:00",
              how=g.pick(["token por SMS", "selfie + documento", "e-mail", "certificado ICP-Brasil"]))
    if g.chance(0.5):
        doc.f("Telefone de validação do outorgante: «t»\n", t=(g.phone(g.pick(["plus", "e164"])), "PHONE_NUMBER"))
    return doc


def ju_casos(g: Gen) -> Doc:
    """Case-tracking export of an immigration law firm (psql-like or CSV), naturalised clients with título."""
    doc = Doc()
    resp = [g.host() for _ in range(3)]
    csv = g.chance(0.4)
    by_name = g.chance(0.5)
    doc.f("carteira_migratorio_«d» — filtro: responsável IN («r»)\n", d=g.date("iso"), r=", ".join(login(r) for r in resp))
    rows = []
    for _ in range(g.rng.randint(3, 5)):
        p = g.migrant()
        kind = g.pick(["naturalização ordinária", "residência (trabalho)", "refúgio", "reunião familiar", "naturalização ordinária", "residência (Portaria 9/2018)"])
        tit = (g.titulo(False), "BR_TITULO_ELEITOR") if kind.startswith("naturalização") and g.chance(0.6) else V("")
        r = g.pick(resp)
        status = "naturalizad" + p.o + " (portaria publicada)" if tit[0] else g.pick(["aguarda PF", "exigência", "deferido", "em análise", "recurso"])
        rows.append([P(g.pick([p.full, p.caps, p.inverted_title])), V(p.nat), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.dob("br"), "DATE_OF_BIRTH"), V(kind), V(g.nup() if g.chance(0.7) else g.cnj()), tit, V(status),
                     P(r.short) if by_name else V(login(r)), V(g.date("br"))])
    cols = ["cliente", "nacionalidade", "cpf", "nascimento", "tipo", "processo", "titulo_eleitor", "status", "responsavel", "prazo"]
    if csv:
        table_csv(doc, cols, rows, ";")
    else:
        table_psql(doc, cols, rows)
    doc.f("\nnota («a»): «b» votou pela 1ª vez em 2024 — pediu cópia do título; conferir com a Justiça Eleitoral. "
          "Não confundir com o processo «cnj» (Haddad Confecções x União).\n",
          a=P(resp[0].first), b=P(rows[0][0][0].split(",")[-1].strip() if "," in rows[0][0][0] else rows[0][0][0]), cnj=g.cnj())
    return doc


def ju_reuniao(g: Gen) -> Doc:
    """Family-reunion / humanitarian visa: lawyer's letter to a Brazilian embassy (sponsor in Brazil, family abroad)."""
    doc = Doc()
    sp = g.migrant(g.pick(["ht", "af", "af", "sy", "cd", "ao"]))
    adv = g.host()
    post = {"ht": "Embaixada do Brasil em Porto Príncipe", "af": "Embaixada do Brasil em Islamabad (atendimento a afegãos)",
            "sy": "Embaixada do Brasil em Beirute", "cd": "Embaixada do Brasil em Kinshasa", "ao": "Consulado-Geral do Brasil em Luanda"}[sp.origin]
    doc.f("«ao» «post»\nSetor Consular — vistos\n\nRef.: visto temporário para reunião familiar (art. 14, I, «i», e art. 37 da Lei 13.445/2017)\n"
          "Chamante: «nm»\n\nPrezados(as),\n\n", post=post, ao="À" if post.startswith("Emb") else "Ao", i="e" if g.chance(0.5) else "c", nm=P(sp.caps))
    doc.f("Na qualidade de advogad«o» de «nm», «nat», residente no Brasil desde «y», portador«a» da CRNM nº «rnm», CPF «cpf», "
          "PIS «pis», com endereço na «ad», «c», CEP «cep», telefone «t», vimos requerer a concessão de visto aos familiares abaixo:\n\n",
          o=adv.o, nm=P(sp.full), nat=sp.nat, y=g.pick([2016, 2018, 2019, 2021, 2022]), a="a" if sp.female else "", rnm=g.rnm(),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ad=(g.address(), "ADDRESS"), c=g.city()[0], cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"))
    fam = [g.migrant(sp.origin, not sp.female)] + [g.child_of(sp) for _ in range(g.rng.randint(1, 3))]
    for k, m in enumerate(fam):
        doc.f("  «k». «nm» — «rel» — nascid«o» em «dob» — passaporte «pp» — contato «ft»\n", k=k + 1,
              nm=P(g.pick([m.full, m.caps])), rel="cônjuge" if k == 0 else "filh" + m.o, o=m.o,
              dob=(g.dob("br") if k == 0 else g.kid_dob("br"), "DATE_OF_BIRTH"), pp=g.passport(m.origin) if g.chance(0.8) else "em emissão",
              ft=(g.fphone(sp.origin), "PHONE_NUMBER") if k == 0 else "o mesmo")
    doc.f("\nSeguem em anexo: certidão de casamento com tradução juramentada (tradução nº «n»), comprovante de renda (extrato "
          "«bank» ag. «ag» c/c «cc») e declaração de hospedagem assinada por «host» (RG «rg»).\n\n",
          n=g.rng.randint(1000, 29999), bank=g.pick(["Caixa", "Banco do Brasil", "Nubank", "Bradesco"]),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), host=P(g.host().full), rg=(g.rg(), "BR_RG"))
    doc.f("Respeitosamente,\n\n")
    lawyer_sig(g, doc, adv)
    doc.f("«e» · «t»\n", e=(g.corp_mail(adv, g.pick(["tapajos.adv.br", "queirogalandim.adv.br"])), "EMAIL_ADDRESS"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"))
    return doc


# =========================================================================== saude

UBS = ["UBS Vila Esperança", "UBS Bom Retiro", "UBS Prudente de Morais", "UBS Caimbé", "UBS Pari", "Clínica da Família Aurora",
       "USF Jardim das Flores", "UBS Glicério", "Posto de Saúde Luz do Norte", "UBS Pintolândia"]
HOSPITALS = ["Hospital Geral de Roraima", "Maternidade Nossa Senhora de Nazareth", "Hospital da Criança Santo Antônio",
             "Hospital Municipal Bento Amaral", "Santa Casa de Misericórdia", "Hospital Regional Vitória"]
VACCINES = ["Febre amarela", "Tríplice viral (SCR)", "dT adulto", "Hepatite B", "COVID-19 (bivalente)", "Influenza", "Pentavalente",
            "VIP", "Varicela", "HPV4"]


def sa_cadsus(g: Gen) -> Doc:
    """CADSUS printout of a foreigner's SUS card registration (key: value, one field a line)."""
    doc = Doc()
    p = g.migrant()
    mother = g.migrant(p.origin, True)
    op = g.host()
    ubs = g.pick(UBS)
    city, uf = g.city()
    doc.f("MINISTÉRIO DA SAÚDE — CADSUS WEB — Cadastro de Usuário\nEstabelecimento: «ubs» (CNES «cnes») · «c»/«u»\n"
          "Operador(a): «op» (login «lg») · «d» «h»\n«rule»\n",
          ubs=ubs, cnes=g.d(7), c=city, u=uf, op=P(op.full), lg=login(op), d=g.date("br"), h=g.hm(), rule="-" * 58)
    cns = g.cns(g.chance(0.5))
    dt = g.pick(["PASSAPORTE", "RNM", "PROTOCOLO DE REFÚGIO", "DPRNM"])
    dn = {"PASSAPORTE": g.passport(p.origin), "RNM": g.rnm(), "DPRNM": g.rnm(), "PROTOCOLO DE REFÚGIO": g.nup()}[dt]
    fields = [("CNS (definitivo)", (cns, "BR_CNS")), ("Nome", P(p.caps)), ("Nome social", V("")),
              ("Nome da mãe", P(mother.caps)), ("Nome do pai", V("SEM INFORMAÇÃO") if g.chance(0.5) else P(g.migrant(p.origin, False).caps)),
              ("Sexo", V("FEMININO" if p.female else "MASCULINO")), ("Raça/cor", V(g.pick(["PARDA", "PRETA", "BRANCA", "AMARELA", "INDÍGENA"]))),
              ("Data de nascimento", (g.dob("br"), "DATE_OF_BIRTH")), ("Nacionalidade", V("ESTRANGEIRO")),
              ("País de nascimento", V(fold(p.country).upper())), ("Data de entrada no Brasil", V(g.date("br", g.pick([2018, 2020, 2022, 2024])))),
              ("Tipo de documento", V(dt)), ("Nº do documento", V(dn)),
              ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.7) else V("NÃO INFORMADO")),
              ("Telefone celular", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")),
              ("Telefone contato", (g.fphone(p.origin), "PHONE_NUMBER") if g.chance(0.4) else V("")),
              ("E-mail", (g.email(p), "EMAIL_ADDRESS") if g.chance(0.5) else V("")),
              ("Logradouro", (g.address("caps"), "ADDRESS")), ("Bairro", V(fold(g.pick(BAIRROS)).upper())),
              ("Município", V(fold(city).upper())), ("CEP", (g.cep(g.chance(0.7), uf), "BR_CEP"))]
    w = max(len(k) for k, _ in fields)
    for k, v in fields:
        doc.t(f"{k}:".ljust(w + 2))
        doc.e(v[0], v[1])
        doc.t("\n")
    if g.chance(0.5):
        doc.f("\nObs.: cadastro antigo duplicado (CNS provisório «c2» — {fail}) será vinculado. Usuári«o» orientad«o» por «acs» (ACS).\n".replace(
            "{fail}", g.pick(["mesmo nome e data", "homônimo?", "nome da mãe divergente"])),
            c2=(g.cns(False), "BR_CNS"), o=p.o, acs=P(g.host().first))
    else:
        doc.f("\nObs.: sem comprovante de endereço — declaração do abrigo assinada por «a». «w».\n", a=P(g.host().full), w=g.pick(WORD_USES).capitalize())
    return doc


def sa_triagem(g: Gen) -> Doc:
    """Health screening and vaccination at the Operação Acolhida screening post (ruled table)."""
    doc = Doc()
    vac = g.host()
    med = g.host()
    doc.f("POSTO DE TRIAGEM — PACARAIMA/RR · Operação Acolhida · Atenção à saúde\nData: «d»   Equipe: «v» («cv»), «m» («cm»)\n\n",
          d=g.date("br"), v=P(vac.short), cv=(g.council("COREN", "RR"), "PROFESSIONAL_ID"), m=P(med.short), cm=(g.council("CRM", g.pick(["RR", "AM", "DF"])), "PROFESSIONAL_ID"))
    rows = []
    head = g.migrant("ve")
    fams = [head] + [g.child_of(head) for _ in range(g.rng.randint(1, 3))] + [g.migrant(g.pick(["ve", "ve", "ht", "cd"]))]
    for k, m in enumerate(fams):
        dob = g.kid_dob("br") if 0 < k < len(fams) - 1 else g.dob("br")
        rows.append([P(g.pick([m.caps, m.inverted])), (dob, "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("solicitado"),
                     (g.cns(False), "BR_CNS") if g.chance(0.75) else V("gerar"),
                     V(", ".join(g.rng.sample(VACCINES, g.rng.randint(1, 3)))), V(f"{g.pick(['FA', 'SCR', 'DT', 'HB'])}{g.d(4)}"),
                     V(g.pick(["-", "-", "B50.9", "J06.9", "B86", "Z23.8", "A09", "E43"]))])
    table_ruled(doc, ["Nome", "DN", "CPF", "CNS", "Vacinas", "Lote", "CID"], rows, ruler=g.chance(0.6))
    doc.f("\nIntercorrências: «a» com gota espessa positiva (P. vivax) — encaminhad«o» ao «h». Acompanhante: «b», tel. «t».\n"
          "Barraca «n» ficou sem luz durante a noite; geladeira de vacinas no gerador.\n",
          a=P(fams[0].first), o=fams[0].o, h=g.pick(HOSPITALS), b=P(g.migrant("ve").full) if g.chance(0.5) else "a irmã", t=(g.phone(), "PHONE_NUMBER"), n=g.rng.randint(1, 20))
    return doc


def sa_consulta(g: Gen) -> Doc:
    """SOAP note of a primary-care visit of a newcomer, with an interpreter."""
    doc = Doc()
    p = g.migrant()
    doc_ = g.host()
    enf = g.host(female=g.chance(0.8))
    interp = g.pick([g.host(), g.migrant(p.origin)])
    cid1, cid2 = g.rng.sample(CIDS, 2)
    doc.f("«ubs» — Atendimento individual — «d» «h»\nPaciente: «nm»   DN: «dob»   CNS: «cns»\n",
          ubs=g.pick(UBS), d=g.date("br"), h=g.hm(), nm=P(g.pick([p.full, p.caps])), dob=(g.dob(g.pick(["br", "short"])), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"))
    if g.chance(0.8):
        doc.f("CPF: «c»   Tel.: «t»\n", c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Endereço: «a» — CEP «cep»\n", a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    lang = {"ve": "espanhol", "bo": "espanhol/aimará", "ht": "crioulo haitiano", "cd": "francês/lingala", "ao": "português/kimbundu",
            "sy": "árabe", "af": "dari", "cn": "mandarim"}[p.origin]
    doc.f("Idioma: «lang» — intérprete: «i»\n\n", lang=lang, i=P(interp.full) if g.chance(0.7) else "via aplicativo (sem nome)")
    doc.f("S: paciente refere «s» há «n» dias. Chegou ao Brasil em «y». Mora com «r» («rel»). Nega alergias.\n"
          "O: PA «pa» mmHg, FC «fc», T «t» °C. «o»\n"
          "A: «c1» / «c2»\n"
          "P: «pl». Retorno em «ret». Agendado com «enf» (enfermagem).\n\n",
          s=g.pick(["febre e calafrios", "tosse produtiva", "dor epigástrica", "insônia e pesadelos", "lesões pruriginosas", "atraso menstrual"]),
          n=g.rng.randint(2, 20), y=g.pick([2022, 2023, 2024, 2025]), r=P(g.migrant(p.origin).first), rel=g.pick(["cônjuge", "irmã", "cunhado", "prima"]),
          pa=f"{g.rng.randint(100, 150)}x{g.rng.randint(60, 95)}", fc=g.rng.randint(60, 110), t=f"{g.rng.randint(36, 39)},{g.d(1)}",
          o=g.pick(["BEG, corado, hidratado.", "Escabiose em interdigitais.", "Ausculta com roncos esparsos.", "Abdome doloroso em epigástrio."]),
          c1=cid1, c2=cid2, pl=g.pick(["solicito hemograma, gota espessa e PPD", "ivermectina + permetrina para contactantes",
                                       "encaminho ao CAPS e à assistência social", "pré-natal: USG e exames de 1º trimestre"]),
          ret=g.pick(["15 dias", "30 dias", g.date("br")]), enf=P(enf.first))
    doc.f("«dr»\n«crm»\n", dr=P(g.pick([doc_.full, doc_.caps])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("«en» — «co»\n", en=P(enf.full), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_vacinas(g: Gen) -> Doc:
    """CSV extract of vaccination records of migrants (SI-PNI-like)."""
    doc = Doc()
    sep = g.pick([";", ","])
    doc.t(f"# exportacao_vacinados_migrantes_{g.date('compact')}.csv — unidade {g.pick(UBS)}\n")
    rows = []
    vacs = [g.host() for _ in range(2)]
    cor = {id(v): g.council("COREN") for v in vacs}
    code = {id(v): g.d(6) for v in vacs}
    by_name = g.chance(0.5)
    for _ in range(g.rng.randint(4, 6)):
        p = g.migrant()
        v = g.pick(vacs)
        child = g.chance(0.4)
        rows.append([(g.cns(False), "BR_CNS"), P(g.pick([p.caps, p.full])), (g.kid_dob("iso") if child else g.dob("iso"), "DATE_OF_BIRTH"),
                     V(p.country), V(g.pick(VACCINES)), V(g.pick(["D1", "D2", "REF", "DU"])), V(f"{g.pick(['FA', 'SCR', 'DT', 'HB', 'PF'])}{g.d(5)}"),
                     V(g.date("iso")), P(fold(v.short).upper()) if by_name else V(code[id(v)]), (cor[id(v)], "PROFESSIONAL_ID")])
    table_csv(doc, ["cns", "nome", "dt_nasc", "pais_origem", "imunobiologico", "dose", "lote", "dt_aplicacao",
                    "vacinador" if by_name else "cod_vacinador", "registro"], rows, sep)
    doc.f("# conferido por «a» em «d»\n", a=P(g.host().short), d=g.date("br"))
    return doc


def sa_caps(g: Gen) -> Doc:
    """Referral letter of a refugee to mental health (CAPS), by a psychologist with a social worker."""
    doc = Doc()
    p = g.migrant(g.pick(["af", "sy", "cd", "ve", "ht"]))
    psi = g.host()
    ass = g.host()
    doc.f("ENCAMINHAMENTO\n\nDe: «org» — Núcleo de Saúde Mental e Apoio Psicossocial\nPara: CAPS «caps»\n\n",
          org=g.pick(ORGS), caps=g.pick(["II Sé", "AD Vila Esperança", "III Aurora", "II Prudente de Morais", "ij Rosa dos Ventos"]))
    doc.f("Encaminho «nm», «nat», nascid«o» em «dob», CNS «cns», em situação de refúgio (protocolo «pr»), para avaliação e acompanhamento. "
          "Em atendimento psicológico desde «d» (8 sessões, com intérprete). Apresenta quadro compatível com «cid» (insônia, revivescências, "
          "isolamento). Relata que «ev».\n\nRede de apoio: «r1» («rel»), tel. «t1»; reside na «ad», «b», CEP «cep».\n",
          nm=P(p.full), nat=p.nat, o=p.o, dob=(g.dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), pr=g.nup(),
          d=g.date("br", 2024), cid=g.pick(["F43.1 (TEPT)", "F32.1", "F41.1", "F43.2"]),
          ev=g.pick(["perdeu o irmão durante a travessia", "foi separad" + p.o + " dos filhos na fronteira", "ainda tem familiares em zona de conflito",
                     "sofreu violência no trajeto por terra"]),
          r1=P(g.migrant(p.origin).full), rel=g.pick(["irmã", "primo", "cunhada", "vizinho"]), t1=(g.phone(), "PHONE_NUMBER"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"))
    doc.f("Telefone d«o» paciente: «t». CPF: «cpf».\n\nColoco-me à disposição.\n\n«psi»\nPsicólog«op» — «crp»\n\n«ass»\nAssistente social — «cress» — «e»\n",
          o=p.o, t=(g.pick([g.phone(), g.fphone(p.origin)]), "PHONE_NUMBER"), cpf=(g.cpf(), "BR_CPF") if g.chance(0.7) else "não possui", psi=P(psi.full), op=psi.o, crp=(g.council("CRP"), "PROFESSIONAL_ID"),
          ass=P(ass.full), cress=(g.council("CRESS"), "PROFESSIONAL_ID"), e=(g.corp_mail(ass, g.pick(["caritas.org.br", "sjmr.org.br", "missaopaz.org.br"])), "EMAIL_ADDRESS"))
    return doc


def sa_hospital(g: Gen) -> Doc:
    """E-mail of a hospital social worker to an NGO about a hospitalised newcomer."""
    doc = Doc()
    p = g.migrant(female=g.chance(0.6))
    sw = g.host()
    ngo = g.host()
    dr = g.host()
    hosp = g.pick(HOSPITALS)
    dom = g.pick(["saude.rr.gov.br", "hgr.rr.gov.br", "santacasa.org.br", "hmba.sp.gov.br"])
    doc.f("Assunto: Paciente «nat» internad«o» — solicitação de apoio\nDe: «sw» <«swe»>\nPara: «ngo» <«ngoe»>\nData: «d»\n\n",
          nat=p.nat, o=p.o, sw=P(sw.full), swe=(g.corp_mail(sw, dom), "EMAIL_ADDRESS"), ngo=P(ngo.full),
          ngoe=(g.corp_mail(ngo, g.pick(["caritas.org.br", "aurora.org.br", "sjmr.org.br"])), "EMAIL_ADDRESS"), d=g.date("br"))
    doc.f("Boa tarde, «ngo».\n\nEstá internad«o» no(a) «hosp» desde «di» «nm» (DN «dob», CNS «cns»), «mot». "
          "Equipe médica: «dr» («crm»).\n", ngo=P(ngo.first), o=p.o, hosp=hosp, di=g.date("br"), nm=P(p.caps), dob=(g.dob("br"), "DATE_OF_BIRTH"),
          cns=(g.cns(), "BR_CNS"), mot=g.pick(["pós-parto (O80), RN em observação", "malária grave (B50.9)", "tuberculose pulmonar (A15.0) em isolamento",
                                              "desnutrição (E43)", "fratura após acidente de trabalho"]),
          dr=P(dr.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if p.female and g.chance(0.6):
        doc.f("O RN, «rn», nasceu em «rd» e ainda não tem registro; a mãe pediu ajuda para a certidão e o CPF.\n",
              rn=P(g.child_of(p).first), rd=(g.date("br", 2025), "DATE_OF_BIRTH"))
    doc.f("Contatos de familiares: «f1» (tel. «t1») e, no país de origem, «f2rel» («t2»).\nEndereço informado: «ad» — «b».\n"
          "Ela/ele não tem CPF, apenas «fid». Precisamos de alguém para acompanhar a alta prevista para «da».\n\n",
          f1=P(g.migrant(p.origin).full), t1=(g.phone(), "PHONE_NUMBER"), f2rel=g.pick(["a mãe", "o irmão", "a irmã", "o pai"]), t2=(g.fphone(p.origin), "PHONE_NUMBER"),
          ad=(g.address("low"), "ADDRESS"), b=g.pick(BAIRROS), fid=g.fid(p), da=g.date("br"))
    doc.f("Celular d«o» paciente (pouco crédito): «t»\n\n", o=p.o, t=(g.phone(), "PHONE_NUMBER"))
    doc.f("Att.,\n«sw»\nServiço Social — «hosp» — ramal «r»\n«cress»\n", sw=P(sw.first if g.chance(0.4) else sw.full), hosp=hosp, r=g.d(4),
          cress=(g.council("CRESS"), "PROFESSIONAL_ID"))
    return doc


def sa_log(g: Gen) -> Doc:
    """Log of a remote medical-interpreting service for health posts (JSON lines or plain)."""
    doc = Doc()
    jsonl = g.chance(0.5)
    n = g.rng.randint(4, 6)
    ts = g.times(n, 7 * 3600, 19 * 3600)
    day = g.date("iso")
    doc.t(f"# interp-gateway {g.pick(['v2.3.1', 'v2.4.0', 'v3.0.2'])} · {day} · fila saude-migrantes\n")
    for i in range(n):
        p = g.migrant()
        it = g.pick([g.host(), g.migrant(p.origin)])
        lang = {"ve": "es", "bo": "es", "ht": "ht", "cd": "fr", "ao": "pt", "sy": "ar", "af": "prs", "cn": "zh"}[p.origin]
        ip = g.ip()
        named = g.chance(0.5)
        if jsonl:
            doc.f('{"ts":"«d»T«t»:«s»-03:00","evt":"call.ended","lang":"«lang»","unit":"«u»","patient":"«p»","cns":"«c»",'
                  '"interpreter":«q»«i»«q»,"interp_id":"int-«iid»","caller_ip":"«ip»","dur_s":«dur»}\n',
                  d=day, t=ts[i], s=f"{g.rng.randint(0, 59):02d}", lang=lang, u=g.pick(UBS), p=P(p.full), c=(g.cns(False), "BR_CNS"),
                  q='"' if named else "", i=P(it.full) if named else V("null"),
                  iid=g.d(4), ip=(ip, "IP_ADDRESS"), dur=g.rng.randint(60, 2400))
        else:
            doc.f("«d» «t» INFO call ended lang=«lang» unit=\"«u»\" patient=\"«p»\" cns=«c» interpreter=\"«i»\" from=«ip» callback=«cb»\n",
                  d=day, t=ts[i], lang=lang, u=g.pick(UBS), p=P(p.caps), c=(g.cns(False), "BR_CNS"),
                  i=P(it.short) if g.chance(0.5) else V(f"int-{g.d(4)}"),
                  ip=(ip, "IP_ADDRESS"), cb=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f("# WARN bot-triagem: 2 chamadas sem intérprete disponível (crioulo haitiano); escalado para «s» às «h»\n",
          s=P(g.host().full), h=g.hm())
    return doc


# =========================================================================== financeiro

BANKS = [("001", "Banco do Brasil"), ("104", "Caixa Econômica Federal"), ("237", "Bradesco"), ("341", "Itaú Unibanco"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("033", "Santander"), ("756", "Sicoob"), ("748", "Sicredi"), ("323", "Mercado Pago")]
CURRENCY = {"ve": ("USD", "dólar americano"), "ht": ("USD", "dólar americano"), "bo": ("BOB", "boliviano"), "sy": ("USD", "dólar americano"),
            "af": ("USD", "dólar americano"), "ao": ("AOA", "kwanza"), "cd": ("USD", "dólar americano"), "cn": ("CNY", "renminbi")}


def fx_account(g: Gen, o: str) -> str:
    """Beneficiary account abroad (BANK_ACCOUNT as one span): Venezuelan 20-digit CCC, Bolivian or Angolan account."""
    if o == "ve":
        return f"{g.pick(['0102', '0105', '0134', '0108', '0191'])}-{g.d(4)}-{g.d(2)}-{g.d(10)}"
    if o == "bo":
        return f"{g.d(3)}-{g.d(7)}-{g.d(1)}"
    if o == "ao":
        return f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)} {g.d(1)}"
    if o == "cn":
        return f"6222 {g.d(4)} {g.d(4)} {g.d(4)} {g.d(3)}"
    return g.d(g.pick([9, 10, 12]))


def fi_remessa(g: Gen) -> Doc:
    """Receipt of an outbound remittance at an exchange bureau (ordem de pagamento ao exterior), sometimes OCR'd."""
    doc = Doc()
    s = g.migrant()
    b = g.migrant(s.origin, g.chance(0.6))
    op = g.host()
    scan = g.chance(0.35)
    cur, curname = CURRENCY[s.origin]
    brl = g.rng.randint(20000, 450000)
    rate = g.rng.uniform(5.1, 6.2) if cur == "USD" else g.rng.uniform(0.6, 0.9)
    casa = g.pick(CAMBIOS)
    doc.f("«casa»\nCNPJ «cnpj» · autorizada pelo Banco Central do Brasil\nCOMPROVANTE DE ENVIO DE REMESSA INTERNACIONAL\n"
          "Operação nº «op» · Contrato de câmbio «cc» · Natureza «nat» (manutenção de residentes)\n«rule»\n",
          casa=casa, cnpj=(g.cnpj(), "BR_CNPJ"), op=g.d(10), cc=g.d(9), nat=g.pick(["37308", "37800", "37903"]), rule="=" * 56)
    nm = s.caps
    cpf = g.cpf()
    doc.f("REMETENTE: «nm»\nCPF: «cpf»   Doc.: «doc»   Nasc.: «dob»\nEndereço: «ad» — CEP «cep»\nCelular: «t»   E-mail: «em»\n\n",
          nm=P(ocr(nm, g) if scan else nm), cpf=(ocr(cpf, g, digits=True) if scan else cpf, "BR_CPF"),
          doc=g.pick([f"RNM {g.rnm()}", f"Passaporte {g.passport(s.origin)}", f"DPRNM {g.rnm()}"]),
          dob=(g.dob("br"), "DATE_OF_BIRTH"), ad=(g.address("caps" if scan else "text"), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(), "PHONE_NUMBER"), em=(g.email(s), "EMAIL_ADDRESS") if g.chance(0.6) else "—")
    pay = g.pick(["conta", "conta", "retirada", "carteira"]) if s.origin in ("ve", "bo", "ao", "cn") else g.pick(["retirada", "carteira", "conta"])
    doc.f("BENEFICIÁRIO: «nm»\nPaís: «c» · Cidade: «city»\nTelefone: «t»\n", nm=P(b.caps), c=fold(s.country).upper(),
          city=g.pick(FOREIGN_CITIES[s.origin]), t=(g.fphone(s.origin), "PHONE_NUMBER"))
    if pay == "conta":
        doc.f("Banco: «bk» · SWIFT «sw» · Conta: «acc»\n",
              bk=g.pick({"ve": ["Banco de Venezuela", "Banesco", "Mercantil"], "bo": ["Banco Unión", "BancoSol"], "ao": ["BAI", "BFA"],
                         "cn": ["Bank of China", "ICBC"]}.get(s.origin, ["Unibank"])),
              sw=g.pick({"ve": ["BVENVECA", "BANSVECA", "BAMRVECA"], "bo": ["BUNIBOLX", "BSOLBOLX"], "ao": ["BAIPAOLU", "BFMXAOLU"],
                         "cn": ["BKCHCNBJ", "ICBKCNBJ"], "ht": ["UBNKHTPP"], "cd": ["RAWBCDKI"], "sy": ["CBOSSYDA"], "af": ["AFIBAFKA"]}[s.origin]), acc=(fx_account(g, s.origin), "BANK_ACCOUNT"))
    elif pay == "retirada":
        doc.f("Modalidade: retirada em dinheiro no agente «ag» · código de retirada (MTCN) «mt»\n",
              ag=g.pick(["Unitransfer", "CAM Haiti", "Western Union", "Sogebank"]), mt=g.neg(10))
    else:
        doc.f("Modalidade: carteira digital («w») vinculada ao telefone «t»\n", w=g.pick(["MonCash", "Pago Móvil", "Alipay", "M-Pesa"]),
              t=(g.fphone(s.origin), "PHONE_NUMBER"))
    iof = brl * 0.011
    doc.f("\nValor em reais: R$ «brl»\nTaxa de câmbio: «rate» · Tarifa: R$ «fee» · IOF (1,1%): R$ «iof»\nValor entregue: «cur» «fx»\n"
          "VET: «vet»\nForma de pagamento: «pg»\n",
          brl=fmt_money(brl), rate=f"{rate:.4f}".replace(".", ","), fee=fmt_money(g.rng.randint(1500, 4500)), iof=fmt_money(int(iof)),
          cur=cur, fx=fmt_money(int(brl / rate)), vet=f"{rate * 1.04:.4f}".replace(".", ","),
          pg=g.pick(["Pix", "dinheiro", "TED", "cartão de débito"]))
    doc.f("\nAtendente: «op» · «loja» · «d» «h»\nDeclaro que os recursos são de origem lícita (Lei 9.613/1998). Assinatura: ______\n",
          op=P(g.pick([op.full, op.first + " " + op.last[0] + "."])), loja=g.pick(["Loja Brás", "Loja Centro Boa Vista", "Quiosque Rodoviária", "Loja Glicério"]),
          d=g.date("br"), h=g.hm())
    return doc


def fi_kyc(g: Gen) -> Doc:
    """KYC export of a remittance fintech (semicolon CSV), with device IPs."""
    doc = Doc()
    an = g.host()
    doc.t(f"-- export kyc_onboarding where status in ('PENDENTE','RECUSADO') -- {g.date('iso')} -- solicitado por {login(an)}\n")
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.migrant()
        dt = g.pick(["RNM", "PASSAPORTE", "DPRNM", "PROTOCOLO"])
        dn = {"RNM": g.rnm(), "DPRNM": g.rnm(), "PASSAPORTE": g.passport(p.origin), "PROTOCOLO": g.nup()}[dt]
        rows.append([V(f"usr_{g.hexs(10)}"), P(g.pick([p.full, p.caps, p.low])), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
                     (g.dob(g.pick(["iso", "br"])), "DATE_OF_BIRTH"), V(p.country), V(dt), V(dn),
                     (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(g.money(1200, 9000)),
                     V(g.pick(["PENDENTE", "RECUSADO", "PENDENTE"])), V(g.pick(["selfie divergente", "doc vencido", "CPF suspenso", "PEP? não", "-"]))])
    table_csv(doc, ["user_id", "nome", "cpf", "nascimento", "pais", "tipo_doc", "num_doc", "celular", "email", "ip_cadastro",
                    "renda_decl", "status", "motivo"], rows, ";")
    doc.f("-- revisão manual: «a» / «b» (mesa de compliance)\n", a=P(an.short), b=P(g.host().first))
    return doc


def fi_auxilio(g: Gen) -> Doc:
    """Cash-based assistance batch of a humanitarian agency partner (Pix keys of every kind, TED to accounts)."""
    doc = Doc()
    org = g.pick(ORGS)
    fin = g.host()
    doc.f("«org» — Programa de Assistência Financeira (CBI) — lote «l»\nAprovado por «a» em «d» · conta pagadora «bk» ag. «ag» c/c «cc»\n\n",
          org=org, l=f"{g.pick([2024, 2025])}-{g.d(3)}", a=P(fin.full), d=g.date("br"), bk=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.migrant()
        kind = g.pick(["aleatória", "aleatória", "cpf", "celular", "email", "conta"])
        cpf = g.cpf()
        if kind == "aleatória":
            key = (g.uuid(), "PIX_KEY")
        elif kind == "cpf":
            key = (g.cpf(), "BR_CPF")
            cpf = key[0]
        elif kind == "celular":
            key = (g.phone("e164"), "PHONE_NUMBER")
        elif kind == "email":
            key = (g.email(p), "EMAIL_ADDRESS")
        else:
            key = None
        bank = g.pick(BANKS)
        row = [P(g.pick([p.caps, p.full])), (cpf, "BR_CPF"), V(str(g.rng.randint(1, 7)))]
        if key:
            row += [V(f"Pix {kind}"), key, V("")]
        else:
            row += [V(f"TED {bank[0]}"), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        row += [V("R$ " + g.money(300, 1800))]
        rows.append(row)
    table_ruled(doc, ["Beneficiário(a)", "CPF", "Pessoas", "Forma", "Chave / agência", "Conta", "Valor"], rows, ruler=g.chance(0.6))
    doc.f("\nObs.: «a» devolveu o valor de «m» (chave Pix errada). «w». Conferência: «c».\n",
          a=P(g.migrant().first), m=g.pick(["março", "abril", "maio"]), w=g.pick(["Não é prudente repetir o envio sem confirmar a titularidade",
                                                                                     "Vitória parcial: 90% dos pagamentos liquidados no mesmo dia",
                                                                                     "Lote aprovado com luz verde do comitê"]), c=P(g.host().short))
    return doc


def fi_folha(g: Gen) -> Doc:
    """Payroll extract of an agro-industry that hired relocated Venezuelans (fixed width), with employer CNPJ."""
    doc = Doc()
    comp = g.pick(COMPANIES[:2] + COMPANIES[5:7] + COMPANIES[9:10])
    doc.f("«c»  CNPJ «cnpj»\nFOLHA DE PAGAMENTO — competência «m» — líquidos por conta\n\n", c=comp, cnpj=(g.cnpj(), "BR_CNPJ"),
          m=f"{g.rng.randint(1, 12):02d}/{g.pick([2024, 2025])}")
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        p = g.migrant(g.pick(["ve", "ve", "ve", "ht", "af", "bo"]))
        bank = g.pick(BANKS)
        rows.append([V(g.d(5)), P(fold(p.full).upper()[:34]), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"), (g.dob("br"), "DATE_OF_BIRTH"),
                     V(g.date("br", g.pick([2023, 2024]))), V(bank[0]), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(g.money(1700, 4200))])
    table_ruled(doc, ["Matr", "Nome", "CPF", "PIS", "Nascimento", "Admissão", "Bco", "Ag", "Conta", "Líquido"], rows, ruler=g.chance(0.4))
    rh = g.host()
    doc.f("\nResponsável DP: «r» — «e»\n", r=P(rh.full), e=(g.corp_mail(rh, "bentoalimentos.com.br"), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Nota: «n» ainda sem conta — pagamento por ordem de pagamento no caixa (OP «op»).\n", n=P(g.pick(rows)[1][0].title()), op=g.neg(11))
    return doc


def fi_cartao(g: Gen) -> Doc:
    """Chargeback / fraud ticket on a prepaid multi-currency card sold by an exchange bureau."""
    doc = Doc()
    p = g.migrant()
    an = g.host()
    card = g.card(g.chance(0.7))
    doc.f("[TICKET #«n»] Contestação — cartão pré-pago multimoeda — «casa»\nAberto por: «an» · fila: antifraude · prioridade: alta\n\n",
          n=g.d(6), casa=g.pick(CAMBIOS), an=P(an.full))
    doc.f("Titular: «nm» · CPF «cpf» · nasc. «dob»\nCartão: «card» (físico) / virtual final «v»\nE-mail cadastrado: «e» · celular «t»\n\n",
          nm=P(p.full), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), card=(card, "CREDIT_CARD"), v=g.d(4),
          e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.t("Transações contestadas:\n")
    for _ in range(g.rng.randint(2, 4)):
        doc.f("  «d» «h»  «m»  «cur» «v»  IP «ip»  device «dev»\n", d=g.date("br"), h=g.hm(),
              m=g.pick(["SHEIN*ONLINE", "AMZN Mktp US", "STEAM PURCHASE", "TEMU.COM", "WU*REMESSA"]), cur=g.pick(["USD", "EUR"]),
              v=g.money(10, 900), ip=(g.ip(), "IP_ADDRESS"), dev=g.hexs(12))
    doc.f("\nAnálise («a»): titular diz que emprestou o celular ao cunhado «c»; login de IP «ip» não bate com o histórico (Boa Vista). "
          "Cartão anterior «mask» já cancelado. Recomendo reemitir e devolver R$ «val».\n",
          a=P(an.first), c=P(g.migrant(p.origin, False).full), ip=(g.ip(), "IP_ADDRESS"), mask=f"{card[:4]} **** **** {card[-4:]}" if " " in card else f"{card[:6]}******{card[-4:]}",
          val=g.money(100, 3000))
    return doc


def fi_pld(g: Gen) -> Doc:
    """AML alert (PLD/FT, Circular BCB 3.978/2020): split remittances from many senders to one beneficiary."""
    doc = Doc()
    an = g.host()
    o = g.pick(["ve", "ht", "cn", "bo"])
    ben = g.migrant(o)
    doc.f("ALERTA PLD #«n» — regra R-«r» (fracionamento, mesmo beneficiário) — Circular BCB 3.978/2020\nAnalista: «an» · Supervisor: «sup»\n\n"
          "Beneficiário no exterior: «b» («c») · tel. «t»\n\nRemessas no período de «d1» a «d2»:\n",
          n=g.d(6), r=g.d(2), an=P(an.full), sup=P(g.host().full), b=P(ben.caps), c=ben.country, t=(g.fphone(o), "PHONE_NUMBER"),
          d1=g.date("br"), d2=g.date("br"))
    rows = []
    for _ in range(g.rng.randint(4, 6)):
        s = g.migrant(o)
        rows.append([V(g.date("br")), P(g.pick([s.caps, s.full])), (g.cpf(), "BR_CPF"), V(g.pick(["Loja Brás", "App", "Loja Centro", "App"])),
                     (g.ip(), "IP_ADDRESS") if g.chance(0.6) else V("—"), V("R$ " + g.money(2000, 9900))])
    table_md(doc, ["data", "remetente", "cpf", "canal", "ip", "valor"], rows)
    doc.f("\nParecer: valores abaixo de R$ 10 mil por operação, remetentes com o mesmo endereço («ad») e mesmo e-mail de recuperação («e»). "
          "Sugiro comunicação ao COAF (SISCOAF) — não informar o cliente (art. 11, Lei 9.613/1998). Ref. interna COAF-«cf».\n",
          ad=(g.address(), "ADDRESS"), e=(g.email(g.migrant(o)), "EMAIL_ADDRESS"), cf=g.neg(11))
    return doc


def fi_micro(g: Gen) -> Doc:
    """Microcredit application of a migrant delivery rider (motorcycle): CNH, plate, guarantor, Pix for the payout."""
    doc = Doc()
    p = g.migrant(female=g.chance(0.3))
    gu = g.host()
    an = g.host()
    doc.f("PROPOSTA DE MICROCRÉDITO PRODUTIVO ORIENTADO — «inst»\nProposta «n» · Agente de crédito: «ag» · Data: «d»\n\n",
          inst=g.pick(["Banco do Povo", "Aurora Microcrédito SCM", "Cooperativa Luz do Sol", "Programa Crédito Migrante"]), n=g.d(8),
          ag=P(an.full), d=g.date("br"))
    doc.f("1. Solicitante: «nm» («nat»)\n   CPF «cpf» · nasc. «dob» · CNH «cnh» (cat. A)\n   Endereço: «ad», «b» — CEP «cep»\n"
          "   Celular/WhatsApp: «t» · e-mail: «e»\n",
          nm=P(p.full), nat=p.nat, cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br"), "DATE_OF_BIRTH"), cnh=(g.cnh(), "BR_CNH"),
          ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("2. Atividade: entregas por aplicativo · moto «mod» placa «pl» · faturamento médio R$ «fat»/mês\n"
          "3. Valor solicitado: R$ «v» em «x» parcelas · finalidade: «fin»\n",
          mod=g.pick(["Honda CG 160", "Yamaha Factor 150", "Honda Biz 125"]), pl=(g.plate(), "LICENSE_PLATE"), fat=g.money(2000, 5000),
          v=g.money(1500, 8000), x=g.pick([6, 10, 12, 18]), fin=g.pick(["troca de pneus e baú", "quitar a moto", "capital de giro (marmitas)"]))
    doc.f("4. Avalista: «gn» · CPF «gc» · RG «rg» · título «tit» · tel. «gt»\n", gn=P(gu.full), gc=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), tit=(g.titulo(), "BR_TITULO_ELEITOR"), gt=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("5. Crédito: Pix chave aleatória «k»\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("5. Crédito: «bk» ag. «a» conta «c»\n", bk=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("\nParecer do agente: «par»\n", par=g.pick([
        "renda comprovada por extrato do app; avalista com vínculo formal", "sem restrições; primeira operação",
        "prudente reduzir o valor para 12 parcelas", "CPF regular; RNM válido até 2031"]))
    return doc


# =========================================================================== build and checks

TEMPLATES = {
    "atendimento": [at_ficha, at_whats, at_curso, at_pf, at_vagas, at_abrigo, at_consulado],
    "juridico": [ju_traducao, ju_refugio, ju_residencia, ju_peticao, ju_procuracao, ju_casos, ju_reuniao],
    "saude": [sa_cadsus, sa_triagem, sa_consulta, sa_vacinas, sa_caps, sa_hospital, sa_log],
    "financeiro": [fi_remessa, fi_kyc, fi_auxilio, fi_folha, fi_cartao, fi_pld, fi_micro],
}

LABELS = {"PERSON", "BR_CPF", "BR_CNPJ", "BR_RG", "BR_CNH", "BR_PIS", "BR_TITULO_ELEITOR", "BR_CNS", "BR_CEP",
          "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PIX_KEY", "LICENSE_PLATE", "BANK_ACCOUNT", "ADDRESS",
          "DATE_OF_BIRTH", "IP_ADDRESS", "PROFESSIONAL_ID"}
ELEVEN = re.compile(r"(?<![\w.,/-])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\w-]|[.,]\d)")


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
        digits = re.sub(r"\D", "", v.translate(OCR_UNDO)) if lab not in ("BR_CNPJ", "PERSON", "EMAIL_ADDRESS") else ""
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
            assert v.count(".") == 3 and all(0 <= int(x) <= 255 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|sgt|ten|cap)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not re.match(r"(sac|juridico|consular|agendamento|contato|atendimento|financeiro|rh|dpo|privacidade|cambio|compliance|ouvidoria|triagem|secretaria)@", v), (record["id"], v)
        elif lab in ("PROFESSIONAL_ID", "BANK_ACCOUNT", "ADDRESS"):
            assert re.search(r"(?i)\d|s/n|sn\b", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d{2,4}", v), (record["id"], v)
    # hard negatives: every unlabelled 11-digit number (plain or dotted like a CPF) fails the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    negs = 0
    for m in ELEVEN.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = re.sub(r"\D", "", m.group(1))
        assert not cpf_ok(n), (record["id"], m.group(1))
        negs += 1
    return negs


NEGS = [0]


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
    print("sixtyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  unlabelled 11-digit numbers (all fail the CPF check): {NEGS[0]}")


if __name__ == "__main__":
    sys.exit(main())
