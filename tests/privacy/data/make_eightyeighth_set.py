"""Build the eighty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_eightyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar or from the other
generators), seed 8888, 280 records: 7 templates per domain, 10 copies each.

Register, not used by the earlier sets: language schools and study-abroad exchange agencies
(escolas de idiomas e agências de intercâmbio) and the offices around them (insurers and their
24h assistance, exchange brokers, card acquirers, Procon, law firms, clinics, notaries):
enrolments of adults and minors with their guardians, placement tests and class rosters,
teachers' timesheets and payroll, exchange programmes abroad (passports, visa paperwork,
host-family placements), travel insurance and medical events abroad, vaccination records for the
visa, consent forms for minors travelling, refund disputes after cancellations, Procon complaints,
contracts in instalments, card payments, international transfers and scholarships. Layouts: forms
with "Campo: valor" lines, ruled (+---+) and plain (====) fixed-width tables, psql-like tables,
Markdown tables, CSV extracts (comma and semicolon, first_name/last_name or one name column),
WhatsApp exports, e-mails, contracts and petitions, OCR'd scans, log lines.
- atendimento: a minor's enrolment form (ficha de matrícula) with both guardians and the people
  authorised to pick the child up (RG or CNH, car plate); a WhatsApp export between an agency and
  a parent (sender shown as the consultant's name or the agency's business account; the parent as
  a name or a phone number) collecting passport, CPFs, date of birth, address, e-mails; a class
  roster with placement-test results printed from the school system; an e-mail confirming a
  host-family placement abroad (hosts, their address and phone abroad, the school's local
  coordinator, the student's flight and emergency contact); a CSV export of leads captured at a
  study-abroad fair (signup IPs, owner logins); a helpdesk ticket of the student portal with
  authentication log lines (IPs, SMS numbers); an OCR'd enrolment declaration and sponsor letter
  scanned for a visa file.
- juridico: an exchange-services contract (agency, contractor parent, minor beneficiary,
  instalments, witnesses, e-signature IPs); an authorisation for a minor to travel abroad (Res.
  CNJ 131/2011) with notarial recognition and either a companion or the receiving host; a Procon
  complaint with the supplier's reply by its lawyer (refund to agency/account); an initial
  petition at a small-claims court for a refund after a medical event abroad; a law firm's
  tracking sheet of consumer suits (Markdown or ruled table); an extrajudicial settlement with a
  dismissed teacher (CTPS, PIS, account for payment, lawyers of both sides); an LGPD access request
  of a former student with the DPO's inventory of systems.
- saude: a travel-insurance claim (aviso de sinistro) for a hospitalisation abroad with the
  reimbursement account; a vaccination history transcribed for a student visa (CNS, vaccinators
  with COREN or a code); a bilingual student medical form for the school abroad with the Brazilian
  doctor's declaration; the agency's 24h emergency-line log during a medical event; an OCR'd
  medical certificate attached to a cancellation, with the e-mail that carried it; an assistance
  company's monthly CSV of medical events abroad; a school psychologist's follow-up report on a
  minor's adaptation abroad, sent to the parents.
- financeiro: the statement of a contract in instalments (boleto, card, Pix) with a card number
  left in the finance note; an exchange broker's receipt of an international transfer to a school
  and to a host family (IBAN); a teachers' payroll CSV (CPF, PIS, agency/account or random Pix key,
  a voter card in the notes); scholarship committee minutes with the approved list; a chargeback
  dispute with gateway log lines that logged a full PAN; an acquirer reconciliation CSV of card
  sales (holder names, masked and some full PANs, buyer e-mails and IPs); a collections letter for
  overdue instalments with the negotiation history.

Conventions (the twentieth set's; the sixty-fourth's for foreign data): PERSON covers the name
only, never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de, da, dos, e)
are part of it; "SURNAME, Given" and "SURNAME, GIVEN" are one span; nicknames and first names
alone are persons; first_name and last_name columns are one span each (a nome_completo column is
one span). Staff named in the text (consultants, attendants, teachers, coordinators, HR and finance
staff, DPOs, lawyers, notary clerks, doctors, nurses and vaccinators, psychologists, analysts) are
persons; logins (tcunha, aluno_123456, op1234, mesa_cambio_02, "sistema"), the agency's WhatsApp
business account and CRM names are not. Corporate e-mails of people are EMAIL_ADDRESS; role
mailboxes (acomodacao@, privacidade@) are not labelled. ADDRESS is street type + name + number +
complement (not bairro, city, state; the CEP is BR_CEP); a company's, clinic's, hospital's or law
firm's address is not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and
bank names are not. DATE_OF_BIRTH only for birth dates (students, minors, guardians, teachers,
sponsors), in Brazilian, short, long, ISO and English formats ("3 November 2002", "November 3,
2002", "03 NOV 2002"); course, flight, visa, hospitalisation, vaccination, due, signature and
log dates are not. PROFESSIONAL_ID includes the council acronym and UF or region ("CRM/SP 123456",
"OAB/RJ 98.765", "COREN-BA 12345-TE", "CRP 06/12345"); RQE numbers are not labelled. PIX_KEY only
for random (UUID) keys used as Pix keys. Masked cards (asterisks, XXXX, "final 1234"), health-plan
card numbers, internal ids, protocol, ticket, contract, process-internal, agreement and order
numbers are not labelled. CNPJs (numeric and the 2026 alphanumeric form) of schools, agencies,
insurers and employers are BR_CNPJ. Every phone number is PHONE_NUMBER (clinics' and collection
desks' landlines included). OCR damage (O/0, l/1, S/5, B/8, rn/m, lost accents) is kept in the
scanned documents and labelled as it stands.
New decisions of this set:
- People abroad (host-family members, local coordinators, counsellors, attending doctors of
  hospitals abroad) are PERSON like anyone; "a família O'Rourke" labels the surname as PERSON (it
  names the hosts).
- A person's street address abroad (the host family's home: "342 Ponsonby Road", "Flat 2, 17
  Ashgrove Road", "Triq il-Kbira, No. 45", "Calle Feria 12, 3º B", "Lindenstraße 14") is ADDRESS;
  the foreign city, province and postcode are not labelled (a foreign postcode is never BR_CEP).
- Phone numbers abroad ("+353 87 123 4567", "+1 (617) 555-0134") are PHONE_NUMBER.
- An IBAN or foreign account number (of the school or of the host family receiving a transfer) is
  one BANK_ACCOUNT span; SWIFT/BIC codes are not labelled.
- Passport numbers, visa types, booking, voucher/policy, claim, invoice, Cadastur, exchange-
  contract, CTPS, notarial seal (selo digital), NSU and authorisation codes, nosso número and Pix
  end-to-end ids are not labelled.
- Schools, health units, notaries, hospitals and companies named after people or after words
  (Colégio Estadual Prudente de Morais, E.E. Professora Rosa Amado, CMS Dona Rosa Amado, UBS Dr.
  Aristeu Camelo, Tabelionato Prudente de Notas, Hospital São Bento, Amado & Khoury Intercâmbio
  Ltda., Instituto Cultural Nipo-Brasileiro Higa) and school units named after streets ("unidade
  Barão de Mauá") are not persons.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Waldisney, Kemelly, Ysabelly, Thalyson, Wallisson; Italian, German, Japanese/Okinawan, Lebanese,
Korean, Chinese, Haitian, Senegalese, Angolan, indigenous, Jewish, Bolivian, Polish) and the hosts
abroad (Irish, Canadian, English, Australian, American, Maltese, Spanish/Basque/Catalan, German,
Māori); more than a quarter of the name words rare or invented (the script prints the share).
Names that are also words (Rosa, Vitória, Flor, Luz, Aurora, Esperança, Graça, Estrela, Bento,
Prudente, Amado, Branco, Leão) next to the same words as words ("conta de luz", "seria prudente",
"campo em branco", "foi uma vitória", "aurora boreal", "à flor da pele", "sinais de esperança")
and in schools, insurers, brokers, streets, units and cities (Aurora Idiomas, Escola de Línguas
Prudente, Rosa dos Ventos Intercâmbio, Prudente Corretora de Câmbio, Rua Aurora Boreal, Avenida
Bento Gonçalves, Presidente Prudente, Bento Gonçalves, Vitória/ES), which are not persons. Forms:
full, ALL CAPS without accents, lower case, "SURNAME, GIVEN", first name alone, nickname, split
first_name/last_name.

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(Procon internal processes, agreement and order numbers; the script checks that no unlabelled
CPF-shaped number passes the check), ICD-10 codes, money in reais and foreign currencies, protocol,
ticket, booking, claim and contract numbers, passports, masked cards, health-plan cards, laws and
resolutions (Lei 8.078/1990, Lei 13.709/2018, Lei 9.099/1995, Resolução CNJ nº 131/2011), company
names containing a surname or a word-name, street names honouring people used as places, dates
that are not birth dates, UUIDs that are e-signature envelopes.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent
SEED = 8888
OUT_NAME = "eightyeighth.jsonl"

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
# RARE_* and the foreign pools marked rare hold uncommon, regional, coined or foreign names that
# are not in common Brazilian name lists; main() prints their share of PERSON words.

PT_F = ["Fernanda", "Juliana", "Patrícia", "Camila", "Beatriz", "Larissa", "Gabriela", "Mariana", "Adriana",
        "Simone", "Cláudia", "Luciana", "Priscila", "Tatiane", "Isabela", "Manuela", "Sofia", "Laura",
        "Valentina", "Heloísa", "Giovana", "Marina", "Débora", "Cristiane", "Ana Paula", "Maria Eduarda",
        "Ana Luíza", "Maria Clara", "Elisângela", "Rosângela", "Andréia", "Aline", "Letícia"]
RARE_F = ["Joelma Cristina", "Edinalva", "Gessiane", "Zilmara", "Ivonete", "Rutineia", "Marinalva", "Odete",
          "Lucimar", "Cleonice", "Deusamar", "Francisleide", "Jussara", "Nildete", "Sebastiana", "Adenilde",
          "Kemelly", "Ysabelly", "Thayanne", "Wanderléia", "Ketlyn", "Myrella", "Ayla Vitória", "Anyelle",
          "Eudóxia", "Genésia", "Lindinalva", "Maristela", "Quitéria", "Rosiclér", "Tamires", "Uilma",
          "Valdirene", "Yolanda", "Zenaide", "Jucimara", "Dorotéia", "Alcione"]
PT_M = ["Rodrigo", "Gustavo", "Ricardo", "Eduardo", "Thiago", "Bruno", "Rafael", "Lucas", "Matheus",
        "Gabriel", "Daniel", "Vinícius", "Leandro", "Fábio", "Márcio", "Roberto", "Antônio Carlos",
        "João Pedro", "José Roberto", "Miguel", "Arthur", "Heitor", "Bernardo", "Lorenzo", "Henrique",
        "Guilherme", "Diego", "Maurício", "Sebastião", "Raimundo", "Francisco", "Benedito"]
RARE_M = ["Adailton", "Edvaldo", "Gedeão", "Josué Elias", "Ubiratan", "Reinaldo", "Zenildo", "Juscelino",
          "Onofre", "Valdomiro", "Cledson", "Eliseu", "Deoclécio", "Gercino", "Ivanildo", "Evandro",
          "Jucélio", "Lindberg", "Nilton César", "Anísio", "Aristeu", "Hermenegildo", "Isaías", "Jeremias",
          "Wallisson", "Ryan Kauê", "Kauan", "Thalyson", "Weverton", "Abelardo", "Epaminondas", "Fagner",
          "Irineu", "Lauro", "Salustiano", "Zaqueu", "Waldisney", "Gleidson"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues",
          "Almeida", "Nascimento", "Araújo", "Melo", "Barros", "Rocha", "Dias", "Monteiro", "Cardoso",
          "Moreira", "Batista", "Fernandes", "Gonçalves", "Soares", "Cunha", "Pires", "Medeiros", "Tavares",
          "Moraes", "Farias", "Borges", "Rezende", "Siqueira", "Guimarães"]
RARE_SUR = ["Aguiar Peixoto", "Brasileiro", "Catunda", "Damasceno", "Esmeraldo", "Feitosa", "Girão",
            "Holanda Cavalcanti", "Ibiapina", "Jatobá", "Lavor", "Magalhães Pinto", "Nóbrega", "Ouriques",
            "Paranhos", "Quintela", "Rabelo", "Sampaio", "Tabosa", "Uchôa", "Vasconcelos", "Wanderley",
            "Xavier", "Bezerra de Menezes", "Coutinho", "Dantas", "Frota", "Gondim", "Jucá", "Linhares",
            "Maranhão", "Pessoa", "Teles", "Veras", "Brito", "Arruda", "Camelo", "Sucupira", "Mourão"]
WORD_F = ["Rosa", "Vitória", "Flor", "Luz", "Aurora", "Esperança", "Graça", "Estrela"]
WORD_M = ["Bento", "Prudente", "Amado", "Branco", "Leão", "Jardel", "Bonifácio"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Bento", "Amado", "Leão", "Flor", "Luz", "Vitória", "Aurora",
            "Cordeiro", "Pinheiro", "Coelho", "Carneiro", "Raposo", "Pereira da Luz", "Bastos", "Serra"]
NICK = {"Antônio Carlos": "Tonico", "Sebastião": "Tião", "Francisco": "Chico", "Benedito": "Dito",
        "Raimundo": "Mundinho", "José Roberto": "Zé Roberto", "João Pedro": "JP", "Maria Eduarda": "Duda",
        "Maria Clara": "Clarinha", "Ana Luíza": "Analu", "Quitéria": "Quita", "Hermenegildo": "Gildo",
        "Epaminondas": "Nondas", "Valentina": "Val", "Isabela": "Bela", "Guilherme": "Gui", "Heloísa": "Helô",
        "Gabriela": "Gabi", "Sebastiana": "Tiana", "Eudóxia": "Doxa", "Bonifácio": "Boni", "Rodrigo": "Digão"}
FOREIGN = {
    "it": (["Antonella", "Fiorella", "Loredana"], ["Gianluca", "Domenico", "Aurelio"],
           ["Zanotto", "Pasqualini", "Bressan", "Dal Pizzol", "Lazzarotto", "Tonietto", "Scopel"]),
    "de": (["Ingrid", "Helga", "Brunhilde"], ["Gunther", "Klaus", "Egon"],
           ["Schmitt", "Weiss", "Hackbart", "Radtke", "Kuhnen", "Zimmermann", "Boettcher"]),
    "jp": (["Keiko", "Harumi", "Akemi"], ["Satoshi", "Minoru", "Yukio"],
           ["Nakamura", "Higa", "Shimabukuro", "Arakaki", "Kaneshiro", "Fujita", "Miyazato"]),
    "ar": (["Samira", "Rania", "Jamile"], ["Jorge Elias", "Munir", "Rafic"],
           ["Saad", "Jafet", "Zogbi", "Atallah", "Kalil", "Mattar"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Ji-hoon"], ["Park", "Lee", "Kang", "Shin"]),
    "cn": (["Meiling", "Yan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang", "Xu"]),
    "ht": (["Wislande", "Nadège", "Fabiola"], ["Mackenson", "Dieuveuil", "Jean-Robert"],
           ["Pierre-Louis", "Louissaint", "Jean-Baptiste", "Désir", "Augustin"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Moustapha", "Abdoulaye", "Serigne"],
           ["Sarr", "Mbaye", "Cissé", "Faye", "Thiam"]),
    "ao": (["Nzinga", "Wezy", "Luena"], ["Kiluanje", "Ngola", "Mbemba"], ["Kiala", "Cassoma", "Manuvakola", "Tchivinda"]),
    "in": (["Potyra", "Jaciara", "Yakuy"], ["Kaiuby", "Raoni", "Ubiraci"], ["Guajajara", "Terena", "Pataxó", "Fulni-ô"]),
    "jw": (["Sarah", "Ester", "Miriam"], ["Moisés", "Davi", "Natan"], ["Zylberstajn", "Gurfinkel", "Rosenthal", "Szpigel"]),
    "bo": (["Ximena", "Lidia", "Benedicta"], ["Evo Rolando", "Teodoro", "Freddy"],
           ["Mamani", "Quispe", "Condori", "Choque", "Huanca Flores"]),
    "pl": (["Jadwiga", "Halina"], ["Kazimierz", "Bronisław"], ["Wiśniewski", "Kowalczyk", "Zielinski"]),
}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("ht", "sn", "ao", "in", "bo", "pl", "jw", "kr", "cn"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Boettcher", "Hackbart", "Radtke", "Kuhnen", "Shimabukuro", "Arakaki", "Kaneshiro", "Miyazato",
             "Zogbi", "Atallah", "Lazzarotto", "Tonietto", "Scopel", "Dal Pizzol", "Bressan", "Brunhilde", "Jafet"])

# Host families, local coordinators and staff abroad (all rare in Brazilian name lists).
HOST = {
    "ca": (["Siobhan", "Maureen", "Tamsin", "Kelsey"], ["Declan", "Gordon", "Trevor", "Wade"],
           ["O'Rourke", "MacInnis", "Thibodeau", "Gagnon", "Fitzgerald", "Tremblay"]),
    "ie": (["Aoife", "Niamh", "Orla"], ["Padraig", "Cathal", "Fergal"], ["Donnelly", "Kavanagh", "Mulcahy", "Ó Briain"]),
    "uk": (["Gillian", "Philippa", "Beverley"], ["Nigel", "Rupert", "Clive"], ["Pemberton", "Ashworth", "Hargreaves"]),
    "au": (["Kylie", "Shelley", "Raelene"], ["Darren", "Bruce", "Shane"], ["Whitlock", "McAllister", "Doherty"]),
    "us": (["Darlene", "Brittany", "Lorraine"], ["Dwayne", "Chester", "Randall"], ["Kowalski", "Halvorsen", "Jefferson"]),
    "mt": (["Doreen", "Marthese", "Graziella"], ["Carmelo", "Ġorġ", "Censu"], ["Camilleri", "Xuereb", "Farrugia", "Grech"]),
    "es": (["Montserrat", "Itziar", "Remedios"], ["Iñaki", "Jordi", "Fermín"], ["Etxeberria", "Puigdomènech", "Garrido"]),
    "de": (["Ulrike", "Annegret", "Sabine"], ["Jörg", "Detlef", "Ulrich"], ["Wüstefeld", "Oberhauser", "Brandt"]),
    "nz": (["Aroha", "Mere"], ["Wiremu", "Hemi"], ["Ngata", "Tipene", "Harrison"]),
}
for _fs, _ms, _ss in HOST.values():
    RARE.update(_fs + _ms + _ss)

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Serra", "Aurora", "Cunha"}
DO_SUR = {"Nascimento", "Amaral", "Carmo", "Prado"}
DOS_SUR = {"Santos", "Reis", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "19", "21", "24", "27", "31", "34", "35", "38", "41", "42", "44",
        "47", "48", "49", "51", "53", "55", "61", "62", "63", "65", "66", "67", "68", "71", "73", "77",
        "79", "81", "82", "84", "85", "87", "89", "91", "92", "94", "96", "97", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Praça", "Rodovia"]
STREET_NAMES = ["Barão de Mauá", "Rosa e Silva", "Prudente de Morais", "das Flores", "Aurora Boreal",
                "Dona Leopoldina", "Bento Gonçalves", "Visconde de Pirajá", "Padre Cícero", "Professor Lauro Esmeraldo",
                "Sete de Setembro", "Marechal Deodoro", "Tiradentes", "Desembargador Ubiratan Catunda",
                "Luz do Sol", "Vitória Régia", "Almirante Tamandaré", "Coronel Onofre Jatobá", "dos Imigrantes",
                "Anita Garibaldi", "Pedro Álvares Cabral", "Monsenhor Tabosa", "Nossa Senhora da Esperança",
                "Frei Serafim", "Irmã Dulce", "Governador Valadares", "Doutora Quitéria Sucupira", "Castro Alves",
                "Ipiranga", "das Amendoeiras", "Leão Sampaio", "Jardim Botânico"]
CITIES = [("Curitiba", "PR"), ("Florianópolis", "SC"), ("Porto Alegre", "RS"), ("Campinas", "SP"),
          ("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"),
          ("Uberlândia", "MG"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Salvador", "BA"), ("Recife", "PE"),
          ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Vitória", "ES"), ("Presidente Prudente", "SP"), ("Bento Gonçalves", "RS"), ("Londrina", "PR"),
          ("Santos", "SP"), ("Sorocaba", "SP"), ("Cuiabá", "MT"), ("Campo Grande", "MS"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Aracaju", "SE"), ("Maceió", "AL"), ("Joinville", "SC"), ("Blumenau", "SC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL"]
BAIRROS = ["Batel", "Água Verde", "Jardim Aurora", "Moinhos de Vento", "Boa Viagem", "Aldeota", "Savassi",
           "Vila Mariana", "Tijuca", "Centro", "Jardim Esperança", "Vila Rosa", "Pituba", "Meireles", "Cambuí"]
CIDS = ["J06.9", "A09", "K35.8", "S82.6", "J18.9", "T78.4", "R50.9", "N39.0", "S93.4", "J03.9", "F41.1",
        "K52.9", "H66.9", "L50.0", "T63.4", "A08.4", "B01.9", "J45.9", "S42.0", "F32.0", "E10.9", "G43.9"]

# Schools, agencies, insurers (companies: never persons, even with a surname or a word-name inside).
SCHOOLS_BR = ["Aurora Idiomas", "Escola de Línguas Prudente", "Rosa dos Ventos Intercâmbio", "Luz Idiomas Ltda.",
              "Flor de Lis English School", "Vitória Intercâmbios", "Amado & Khoury Intercâmbio Ltda.",
              "Instituto Cultural Nipo-Brasileiro Higa", "Bento Study Travel", "Esperança Language Center",
              "Centro de Idiomas Sampaio Branco", "Casa Cervantes Leão"]
SCHOOLS_ABROAD = {
    "ca": ["Harbourview Language Centre", "Maple Ridge Secondary School", "Bow Valley English Institute"],
    "ie": ["St. Brendan's English College", "Liffey Language Academy"],
    "uk": ["Kings Crescent Academy", "Brighton Downs School of English"],
    "au": ["Southern Cross English College", "Bondi Bay Academy"],
    "us": ["Lakeview High School (Minnesota)", "Golden Gate Language Institute"],
    "mt": ["Malta Sunrise School of English", "Sliema Bay Language School"],
    "es": ["Escuela Cervantes del Sur", "Academia Montjuïc de Español"],
    "de": ["Sprachschule am Neckar", "Goethe-Kolleg Freiburg"],
    "nz": ["Kauri Coast English School", "Aotearoa Language Institute"],
}
COUNTRY = {"ca": "Canadá", "ie": "Irlanda", "uk": "Inglaterra", "au": "Austrália", "us": "Estados Unidos",
           "mt": "Malta", "es": "Espanha", "de": "Alemanha", "nz": "Nova Zelândia"}
COUNTRY_IN = {"ca": "no Canadá", "ie": "na Irlanda", "uk": "na Inglaterra", "au": "na Austrália", "us": "nos Estados Unidos",
              "mt": "em Malta", "es": "na Espanha", "de": "na Alemanha", "nz": "na Nova Zelândia"}
HOSPITALS = {"ca": ["Vancouver General Hospital", "Toronto Western Hospital", "Foothills Medical Centre"],
             "ie": ["St. Vincent's University Hospital", "Mater Misericordiae", "Cork University Hospital"],
             "uk": ["Royal Sussex County Hospital", "King's College Hospital", "Royal Bournemouth Hospital"],
             "au": ["St Vincent's Hospital Sydney", "Royal Brisbane and Women's Hospital", "Fiona Stanley Hospital"],
             "us": ["Hennepin County Medical Center", "Zuckerberg SF General", "Boston Medical Center"],
             "mt": ["Mater Dei Hospital (Msida)", "St James Hospital Sliema"],
             "es": ["Hospital Virgen del Rocío", "Hospital del Mar", "Hospital Carlos Haya"],
             "de": ["Universitätsklinikum Heidelberg", "Universitätsklinikum Freiburg", "Charité Campus Mitte"],
             "nz": ["Auckland City Hospital", "Wellington Regional Hospital", "Christchurch Hospital"]}
TLD = {"ca": ".ca", "ie": ".ie", "uk": ".co.uk", "au": ".com.au", "us": ".org", "mt": ".com.mt", "es": ".es", "de": ".de",
       "nz": ".ac.nz"}
CITY_ABROAD = {"ca": [("Vancouver", "BC", "V5K 0A1"), ("Toronto", "ON", "M4C 1B5"), ("Calgary", "AB", "T2N 1N4")],
               "ie": [("Dublin", "", "D06 X2P4"), ("Cork", "", "T12 R5CP"), ("Galway", "", "H91 E2K3")],
               "uk": [("Brighton", "", "BN1 4GH"), ("London", "", "SE15 3PX"), ("Bournemouth", "", "BH1 2AB")],
               "au": [("Sydney", "NSW", "2026"), ("Brisbane", "QLD", "4101"), ("Perth", "WA", "6008")],
               "us": [("Minneapolis", "MN", "55406"), ("San Francisco", "CA", "94110"), ("Boston", "MA", "02134")],
               "mt": [("St Julian's", "", "STJ 3140"), ("Sliema", "", "SLM 1549"), ("Gżira", "", "GZR 1020")],
               "es": [("Sevilla", "", "41003"), ("Barcelona", "", "08012"), ("Málaga", "", "29016")],
               "de": [("Heidelberg", "", "69117"), ("Freiburg", "", "79098"), ("Berlin", "", "10405")],
               "nz": [("Auckland", "", "1021"), ("Wellington", "", "6011"), ("Christchurch", "", "8011")]}
STREETS_ABROAD = {"ca": ["Maple Crescent", "Dundas Street West", "Kingsway", "Elm Drive", "Oak Bay Road"],
                  "ie": ["Rathgar Road", "Sandymount Avenue", "Clontarf Road", "Grove Park"],
                  "uk": ["Ashgrove Road", "Preston Drove", "Lavender Hill", "Queen's Park Road"],
                  "au": ["Bronte Road", "Wattle Street", "Jacaranda Avenue", "Beach Street"],
                  "us": ["Cedar Ave S", "Mission Street", "Commonwealth Ave", "Lake Street"],
                  "mt": ["Triq San Ġorġ", "Triq il-Kbira", "Triq ix-Xatt", "Triq Santa Rita"],
                  "es": ["Calle Feria", "Carrer de Verdi", "Calle Larios", "Avenida de la Constitución"],
                  "de": ["Lindenstraße", "Hauptstraße", "Kastanienallee", "Schillerweg"],
                  "nz": ["Ponsonby Road", "Cuba Street", "Riccarton Road", "Kauri Street"]}
INSURERS = ["Travessia Seguro Viagem S.A.", "Prudente Assistência Internacional", "Aurora Travel Assist",
            "Rosa dos Ventos Seguros", "Global Amado Assistance"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6")]
LEVELS = ["A1", "A2", "B1", "B1+", "B2", "C1", "C2"]
LANGS = ["inglês", "espanhol", "francês", "alemão", "italiano", "japonês", "coreano", "mandarim"]
PROGRAMS = ["High School", "Curso de inglês + trabalho", "Au Pair", "Férias teen", "Graduação", "Curso de idioma 12 semanas",
            "Work & Study", "Ano acadêmico", "Summer camp"]
WORD_USES = ["seria prudente esperar o visto sair", "o campo do formulário ficou em branco",
             "a aurora boreal é o passeio opcional de Yellowknife", "conta de luz como comprovante de residência",
             "foi uma vitória conseguir a vaga", "com toda a esperança de embarcar em janeiro",
             "a Flor (a cadela da família) é dócil", "o filho amado deles", "aluno à flor da pele na primeira semana",
             "a turma do Bento Gonçalves", "luz verde do consulado"]


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
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "plain", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "low": p.low, "plain": p.plain,
            "inverted": p.inverted, "inv_title": p.inverted_title, "first": p.first, "last": p.last,
            "nick": p.nick, "lowfirst": fold(p.first).lower(), "capsshort": fold(p.short).upper(),
            "lowshort": fold(p.short).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "en": f"{MONTHS_EN[mm - 1]} {dd}, {yy}", "en_uk": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
            "us": f"{mm:02d}/{dd:02d}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d} {MONTHS_EN[mm - 1][:3].upper()} {yy}"}[fmt]


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


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
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

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

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.68 else self.pick(sorted(FOREIGN))
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

    def minor(self, parent: Person, female: bool | None = None) -> Person:
        """A child: own given name, the mother's or father's surnames ending in the parent's last."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != parent.last][:1]
        return Person(p.given, own + [parent.last], female)

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        return Person(p.given, [s for s in p.surnames if s != of.last][:1] + [of.last], p.female)

    def host(self, cc: str, female: bool | None = None, surname: str | None = None) -> Person:
        fs, ms, sur = HOST[cc]
        female = self.chance(0.5) if female is None else female
        return Person(self.pick(fs if female else ms), [surname or self.pick(sur)], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.rng.randint(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "terra.com.br"])
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

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
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
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.rng.randint(6, 9)) + self.d(7)) if mobile else (str(self.rng.randint(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "cc": f"55{ddd}{local}", "nospace": f"({ddd}){h}-{t}"}[style]

    def phone_abroad(self, cc: str) -> str:
        d = self.d
        return {"ca": f"+1 {self.pick(['604', '416', '403', '778'])} {d(3)} {d(4)}",
                "us": f"+1 ({self.pick(['612', '415', '617'])}) {d(3)}-{d(4)}",
                "ie": f"+353 8{self.pick('3567')} {d(3)} {d(4)}", "uk": f"+44 7{d(3)} {d(6)}",
                "au": f"+61 4{d(2)} {d(3)} {d(3)}", "mt": f"+356 79{d(2)} {d(4)}",
                "es": f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", "de": f"+49 15{d(2)} {d(7)}",
                "nz": f"+64 21 {d(3)} {d(4)}"}[cc]

    def address_abroad(self, cc: str) -> str:
        st = self.pick(STREETS_ABROAD[cc])
        n = self.ri(2, 480)
        if cc in ("ca", "us", "au", "nz", "ie"):
            s = f"{n} {st}"
            if self.chance(0.3):
                s = self.pick([f"Apt {self.ri(1, 30)}, ", f"Unit {self.ri(1, 12)}/", f"#{self.ri(100, 1900)} - "]) + s
            return s
        if cc == "uk":
            return (f"Flat {self.ri(1, 9)}, " if self.chance(0.4) else "") + f"{n} {st}"
        if cc == "mt":
            return self.pick([f"{n}, {st}", f"{st}, No. {n}", f"Flat {self.ri(1, 8)}, {n} {st}"])
        if cc == "es":
            return f"{st} {n}, {self.ri(1, 6)}º {self.pick('ABCD')}"
        return f"{st} {n}" + (f", {self.ri(1, 4)}. OG" if self.chance(0.3) else "")

    def iban(self, cc: str) -> str:
        if cc in ("ie", "uk"):
            c = "IE" if cc == "ie" else "GB"
            bban = self.up(4) + self.d(14)
        elif cc == "mt":
            c, bban = "MT", self.up(4) + self.d(5) + self.d(18)
        elif cc == "es":
            c, bban = "ES", self.d(20)
        elif cc == "de":
            c, bban = "DE", self.d(18)
        else:
            return self.d(self.ri(7, 12))
        s = c + iban_check(c, bban) + bban
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if self.chance(0.6) else s

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked(self) -> str:
        return self.pick([f"{self.pick('456')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
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

    def ip(self) -> str:
        if self.chance(0.1):
            return f"2804:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}::{self.hexs(3)}"
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143])
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.rng.randint(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", f"apto {self.rng.randint(11, 1204)}", f"casa {self.rng.randint(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.rng.randint(11, 408)}", "fundos",
                          f"ap. {self.rng.randint(101, 910)}", f"cs {self.rng.randint(1, 4)}"])
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
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob(self, fmt: str | None = None, lo: int = 1968, hi: int = 2004) -> str:
        dd, mm, yy = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(lo, hi)
        fmt = fmt or self.pick(["br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def kid_dob(self, fmt: str | None = None) -> str:
        return self.dob(fmt, 2007, 2013)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        return fmt_date(self.rng.randint(1, 28), self.rng.randint(1, 12), y, fmt)

    def period(self, fmt: str = "br", lo: int = 2, hi: int = 20, year: int | None = None) -> tuple[str, str]:
        """Two dates in order, `lo`..`hi` days apart (hospital stays, leave, course terms)."""
        y = year or self.pick([2024, 2025, 2025, 2026])
        a = datetime.date(y, self.ri(1, 12), self.ri(1, 28))
        b = a + datetime.timedelta(days=self.ri(lo, hi))
        return fmt_date(a.day, a.month, a.year, fmt), fmt_date(b.day, b.month, b.year, fmt)

    def stamps(self, n: int, days: int = 3, fmt: str = "iso") -> list[str]:
        """n increasing timestamps within `days` days (logs, chat histories)."""
        y = self.pick([2024, 2025, 2025, 2026])
        base = datetime.datetime(y, self.ri(1, 12), self.ri(1, 28), self.ri(0, 12), self.ri(0, 59), self.ri(0, 59))
        secs = sorted(self.rng.sample(range(0, days * 86400), n))
        out = []
        for s in secs:
            t = base + datetime.timedelta(seconds=s)
            out.append(t.strftime("%Y-%m-%dT%H:%M:%SZ") if fmt == "iso" else t.strftime("%d/%m/%Y %H:%M"))
        return out

    def monthly(self, n: int, fmt: str = "br") -> list[str]:
        y, m, d = self.pick([2024, 2025, 2025]), self.ri(1, 12), self.pick([5, 10, 15, 20, 25])
        out = []
        for i in range(n):
            mm = (m - 1 + i) % 12 + 1
            yy = y + (m - 1 + i) // 12
            out.append(fmt_date(d, mm, yy, fmt))
        return out

    def dob_parts(self, lo: int = 1968, hi: int = 2004) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def hm(self) -> str:
        return f"{self.rng.randint(6, 23):02d}:{self.rng.randint(0, 59):02d}"

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
        seg = seg or self.pick(["8.26", "8.16", "8.24", "8.21", "8.13", "8.19", "8.06", "8.17", "5.02", "5.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.rng.randint(2023, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.rng.randint(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}"])

    def passport(self) -> str:
        return f"{self.pick(['FZ', 'GB', 'YC', 'GA', 'FX', 'GF'])}{self.d(6)}"

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
        if kind == "CRN":
            return f"CRN-{self.ri(1, 10)} {self.d(5)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"),
               ("é", "e"), ("I", "l"), ("u", "ii"), ("o", "ó")]
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


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []  # 11-digit hard negatives written into the text (checked to fail the CPF check)

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


def V(s) -> tuple:
    return (str(s), None)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+----+ ruled table (style 'plus'), a plain fixed-width one ('plain') or a psql one ('psql')."""
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
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("=" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
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


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def school_dom(school: str) -> str:
    w = re.sub(r"[^a-z ]", "", fold(school).lower()).split()
    return "".join(x for x in w if x not in ("de", "ltda", "dos", "e"))[:18] + g_tld(school)


def g_tld(school: str) -> str:
    return ".com.br" if len(school) % 2 else ".edu.br"


# =========================================================================== atendimento

def at_matricula(g: Gen) -> Doc:
    """Enrolment form of a minor at a language school, guardians and people authorised to pick up."""
    doc = Doc()
    school = g.pick(SCHOOLS_BR)
    resp = g.person()
    kid = g.minor(resp)
    other = g.spouse(resp)
    city, uf = g.city()
    doc.f("«s» — unidade «u»\nFICHA DE MATRÍCULA «y» · Nº «n»\n\n1. ALUNO(A)\nNome completo: «k»\nData de nascimento: «dob»"
          "    Idade: «age» anos\nCPF do aluno: «kc»    RG: «kr»\nEscola regular: «esc» · «serie»º ano\nCurso: «lang» teens · "
          "nível de entrada (placement): «lv»\n\n",
          s=school, u=g.pick(["Centro", "Batel", "Boa Viagem", "Moinhos", "Pituba", "Jardim Aurora"]), y=g.pick([2025, 2026]),
          n=g.d(6), k=P(g.pick([kid.full, kid.caps])), dob=(kd := g.kid_dob(g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH"),
          age=2025 - int(kd[-4:]), kc=(g.cpf(), "BR_CPF"), kr=(g.rg(), "BR_RG"),
          esc=g.pick(["Colégio Estadual Prudente de Morais", "Colégio Bom Jesus", "E.E. Professora Rosa Amado",
                      "Colégio Marista", "Escola Municipal Aurora"]), serie=g.ri(6, 9),
          lang=g.pick(LANGS[:5]), lv=g.pick(LEVELS[:4]))
    doc.f("2. RESPONSÁVEL FINANCEIRO\nNome: «r»\nParentesco: «par»\nCPF: «rc»   RG: «rr» SSP/«uf»\nNascimento: «rd»\n"
          "Endereço: «ad» — «b» — «city»/«uf» — CEP «cep»\nCelular/WhatsApp: «t1»   Tel. comercial: «t2»\nE-mail: «e»\n\n",
          r=P(resp.full), par="mãe" if resp.female else "pai", rc=(g.cpf(), "BR_CPF"), rr=(g.rg(), "BR_RG"), uf=uf,
          rd=(g.dob("br", 1970, 1990), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city,
          cep=(g.cep(g.chance(0.8)), "BR_CEP"), t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(mobile=False), "PHONE_NUMBER"),
          e=(g.email(resp), "EMAIL_ADDRESS"))
    doc.f("3. OUTRO RESPONSÁVEL\nNome: «o»    CPF: «oc»    Cel.: «ot»\n\n4. AUTORIZADOS A BUSCAR O ALUNO\n",
          o=P(g.pick([other.full, other.caps])), oc=(g.cpf(), "BR_CPF"), ot=(g.phone(), "PHONE_NUMBER"))
    rows = []
    for _ in range(g.ri(2, 3)):
        a = g.person()
        rows.append([P(name_form(g, a, ["full", "full", "short", "caps"])), V(g.pick(["avó", "avô", "tia", "motorista", "vizinha", "tio"])),
                     (g.rg(), "BR_RG") if g.chance(0.5) else (g.cnh(), "BR_CNH"), (g.plate(), "LICENSE_PLATE") if g.chance(0.7) else V("—"),
                     (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")])
    table_ruled(doc, ["Nome", "Vínculo", "Documento", "Placa veículo", "Telefone"], rows, g.pick(["plus", "plain"]))
    doc.f("\n5. SAÚDE\nAlergias: «al»   Plano: «pl» (carteirinha «cart»)\n\n6. FINANCEIRO\nPlano: «np»x de R$ «v» · vencimento dia «dv» · "
          "forma: «fp»\nDesconto irmãos: «ds»\n\nAtendido(a) por: «at»  ·  Data: «d»\nAssinatura do responsável: ______________________\n",
          al=g.pick(["nenhuma", "dipirona", "amendoim", "lactose", "frutos do mar"]), pl=g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "não possui"]),
          cart=g.pick([g.neg(16), g.d(17)]), np=g.pick([6, 10, 12]), v=g.money(290, 980), dv=g.pick([5, 10, 15, 20]),
          fp=g.pick(["boleto", "cartão recorrente", "débito automático", "Pix"]), ds=g.pick(["não", "10%", "sim (irmã no Kids 2)"]),
          at=P(g.pick([g.person().full, g.person().first])), d=g.date("br"))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between an exchange agency consultant and a parent (high school abroad)."""
    doc = Doc()
    cc = g.pick(sorted(HOST))
    cons = g.person()
    par = g.person()
    kid = g.minor(par)
    agency = g.pick(SCHOOLS_BR[:8] + ["Intercâmbio Aurora", "Rosa dos Ventos Intercâmbio"])
    d = g.date("br")
    ts = g.times(12)
    me = g.pick(["par", "plus"])
    sender_c = cons.short if g.chance(0.3) else None
    sender_p = g.pick([par.full, None, None, None])
    pp = g.phone(me)
    doc.f("Conversa do WhatsApp com «who»\n", who=(agency, None) if sender_c is None else P(sender_c))

    def line(i: int, who: str, msg: str, **kw) -> None:
        doc.t(f"{d} {ts[i]} - ")
        if who == "c":
            doc.e(sender_c, "PERSON") if sender_c else doc.t(agency)
        else:
            doc.e(sender_p, "PERSON") if sender_p else doc.e(pp, "PHONE_NUMBER")
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line(0, "c", "Oi «p», tudo bem? Aqui é «c» da «a», sobre o programa «pr» «co» d«o» «k» 😊",
         p=P(par.nick if g.chance(0.5) else par.first), c=P(cons.first), a=agency, pr=g.pick(PROGRAMS), co=COUNTRY_IN[cc], o=kid.o, k=P(kid.first))
    line(1, "p", "oi «c»! tudo sim. pode mandar a lista de docs?", c=P(cons.first))
    line(2, "c", "Claro! Preciso de: passaporte válido, RG e CPF do(a) aluno(a) e dos pais, comprovante de residência "
         "(pode ser conta de luz) e a carteira de vacinação. O formulário da escola pede a data de nascimento tb", o=kid.o)
    line(3, "p", "passaporte dele(a) é «pp», vence em «pv»", pp=g.passport(), pv=g.date("br", 2030))
    line(4, "p", "CPF «cpf» nascido(a) em «dob»", cpf=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), dob=(g.kid_dob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    line(5, "p", "o meu é «cpf2» e o d«pm» é «cpf3» («sp»)", cpf2=(g.cpf(), "BR_CPF"), cpf3=(g.cpf(), "BR_CPF"),
         sp=P(g.spouse(par).full), pm="o pai" if par.female else "a mãe")
    line(6, "c", "Perfeito. E o endereço pra contrato?")
    line(7, "p", "«ad», «b», CEP «cep»", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.7)), "BR_CEP"))
    line(8, "c", "Anotado ✅ O e-mail pra eu mandar o contrato e o boleto da 1ª parcela continua «e»?", e=(g.email(par), "EMAIL_ADDRESS"))
    line(9, "p", "manda pro «e2» que eu vejo mais. qq coisa liga «t»", e2=(g.email(par), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    line(10, "c", "Combinado! A entrevista do visto ficou pro dia «dv» e o seguro é da «ins». «w»",
         dv=g.date("br"), ins=g.pick(INSURERS), w=g.pick(["Seria prudente já separar o extrato bancário.", "Qualquer dúvida é só chamar!",
                                                        "A família anfitriã sai na semana que vem 🙏"]))
    line(11, "p", g.pick(["obrigad{o}!!", "👍", "valeu «c»", "ok obrigad{o}"]).replace("{o}", "a" if par.female else "o"), c=P(cons.first))
    return doc


def at_roster(g: Gen) -> Doc:
    """Class roster with placement-test results printed from the school system."""
    doc = Doc()
    school = g.pick(SCHOOLS_BR)
    teacher = g.person()
    coord = g.person()
    doc.f("«s»\nDIÁRIO DE CLASSE / RESULTADO DO TESTE DE NIVELAMENTO\nTurma: «t»   Sala: «sala»   Horário: «h»\n"
          "Professor(a): «p» («pl»)     Coordenação: «c»\nEmitido em «d» por «lg»\n\n",
          s=school.upper(), t=f"{g.pick(['ENG', 'ESP', 'FRA', 'JAP'])}-{g.pick(LEVELS)}-{g.d(3)}", sala=g.pick(["3", "12", "Aurora", "Londres", "Tóquio"]),
          h=f"{g.pick(['seg/qua', 'ter/qui', 'sábado'])} {g.hm()}", p=P(name_form(g, teacher, ["full", "caps", "short"])),
          pl=login(teacher), c=P(coord.full), d=g.date("br"), lg=g.pick(["secretaria02", login(coord), "sistema"]))
    rows = []
    for i in range(g.ri(5, 7)):
        a = g.person(word=g.chance(0.12))
        minor = g.chance(0.5)
        resp = g.person() if minor else None
        rows.append([V(f"{i + 1:02d}"), V(g.d(6)), P(g.pick([a.caps, a.full, a.caps, a.plain])),
                     (g.kid_dob("br") if minor else g.dob("br", 1975, 2006), "DATE_OF_BIRTH"),
                     V(f"{g.ri(18, 100)}/100"), V(g.pick(LEVELS)),
                     P(resp.short) if resp and g.chance(0.5) else V("—"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     (g.email(resp or a), "EMAIL_ADDRESS") if g.chance(0.85) else V("")])
    table_ruled(doc, ["#", "RA", "Aluno", "Nasc.", "Placement", "Nível", "Responsável", "Contato", "E-mail"], rows,
                g.pick(["plus", "plain", "psql"]))
    doc.f("\nObs.: «o1p»«o1» pediu troca para turma de sábado; «o2» com frequência abaixo de 75% (avisar responsável). "
          "RA «o3» veio transferido da unidade «u».\n",
          **({"o1p": "", "o1": P(rows[0][2][0])} if g.chance(0.5) else {"o1p": "RA ", "o1": rows[0][1][0]}), o2=P(g.pick([rows[1][2][0].split()[0].title(), rows[1][2][0]])), o3=rows[2][1][0],
          u=g.pick(["Bento Gonçalves", "Vitória", "Presidente Prudente", "Aurora", "Barão de Mauá", "Prudente de Morais", "Rosa e Silva"]))
    return doc


def at_host_email(g: Gen) -> Doc:
    """E-mail from the agency to a student with the host-family placement abroad."""
    doc = Doc()
    cc = g.pick(sorted(HOST))
    st = g.person()
    cons = g.person()
    fam = HOST[cc][2]
    sur = g.pick(fam)
    h1 = g.host(cc, True, sur)
    h2 = g.host(cc, False, sur if g.chance(0.7) else None)
    coord = g.host(cc)
    city, prov, post = g.pick(CITY_ABROAD[cc])
    agdom = g.pick(["rosadosventos.tur.br", "aurorainterc.com.br", "bentostudy.com.br", "vitoriainterc.com"])
    doc.f("De: «c» <«ce»>\nPara: «s» <«se»>\nCc: «pe»; acomodacao@«dom»\nAssunto: Acomodação confirmada — homestay em «city» ✈\n\n"
          "Oi «sf»,\n\nSaiu a confirmação da escola (booking «bk») 🎉 Você vai ficar com a família «sur»:\n\n"
          "  Anfitriões: «h1» e «h2»\n  Endereço: «ad», «city»«prov» «post»\n  Telefone: «ht»   E-mail: «he»\n"
          "  Na casa: «pets»; quarto individual, meia pensão\n\n"
          "Coordenador(a) local da escola: «co» — «ct» (emergências 24h)\n\nDados que eu enviei pra família (confere?):\n"
          "  Nome: «sn»«snp» | Nascimento: «dob» | Passaporte: «pp»\n  Voo: «fl» chegando «ar»\n  Contato de emergência no Brasil: «em» («rel») «et»\n\n",
          c=P(cons.full), ce=(corp_mail(cons, agdom), "EMAIL_ADDRESS"), s=P(st.full), se=(g.email(st), "EMAIL_ADDRESS"),
          pe=(g.email(g.person()), "EMAIL_ADDRESS"), dom=agdom, city=city, sf=P(st.first), bk=f"{g.up(2)}{g.d(6)}",
          sur=P(sur), h1=P(h1.first if h2.last == sur else h1.full), h2=P(h2.full),
          ad=(g.address_abroad(cc), "ADDRESS"), prov=f", {prov}" if prov else "", post=post, ht=(g.phone_abroad(cc), "PHONE_NUMBER"),
          he=(g.email(h1, g.pick(["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk"])), "EMAIL_ADDRESS"),
          pets=g.pick(["um cachorro (a Flor)", "dois gatos", "três crianças", "uma estudante coreana", "ninguém mais"]),
          co=P(coord.full), ct=(g.phone_abroad(cc), "PHONE_NUMBER"),
          **({"sn": P(st.caps), "snp": ""} if g.chance(0.5) else {"sn": "", "snp": "(igual ao passaporte)"}),
          dob=(g.dob(g.pick(["br", "en", "en_uk", "iso"]), 1995, 2007), "DATE_OF_BIRTH"), pp=g.passport(),
          fl=g.pick(["LA8084", "AC 091", "TP 104", "EK 262", "AF 457", "IB 6824"]) + " em " + g.date("br"),
          ar=g.hm(), em=P(g.person().full), rel=g.pick(["mãe", "pai", "irmã", "tio"]), et=(g.phone(), "PHONE_NUMBER"))
    doc.f("O transfer do aeroporto está incluso. Lembra: «w».\n\nAbraço,\n«cf»\nConsultor(a) de Intercâmbio · «cp»\n",
          w=g.pick(WORD_USES), cf=P(cons.first), cp=(g.phone(), "PHONE_NUMBER"))
    return doc


def at_leads(g: Gen) -> Doc:
    """CSV export of leads captured at a study-abroad fair (first_name/last_name columns)."""
    doc = Doc()
    owner = g.person()
    doc.f("# export leads_salao_estudante_«d».csv · CRM «crm» · exportado por «o»\n",
          d=g.date("iso").replace("-", ""), crm=g.pick(["RD Station", "HubSpot", "Pipedrive"]), o=P(owner.full))
    rows = []
    split = g.chance(0.6)
    for _ in range(g.ri(4, 6)):
        a = g.person(word=g.chance(0.15))
        fn, ln = a.given, " ".join(a.surnames)
        if g.chance(0.25):
            fn, ln = fn.upper(), ln.upper()
        elif g.chance(0.15):
            fn, ln = fold(fn).lower(), fold(ln).lower()
        city, uf = g.city()
        names = [P(fn), P(ln)] if split else [P(fn + " " + ln)]
        rows.append([V(g.d(7))] + names + [(g.email(a), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "par", "cc"])), "PHONE_NUMBER"),
                     (g.dob("iso", 1990, 2009), "DATE_OF_BIRTH") if g.chance(0.7) else V(""), V(city), V(uf),
                     V(g.pick(["canada_hs", "irlanda_work", "malta_ingles", "au_pair_eua", "espanha_grad", "nz_ferias"])),
                     V(g.pick(["jsilva", "consultor03", login(owner), "mluz"])), (g.ip(), "IP_ADDRESS"),
                     V(g.pick(["true", "false"]))])
    table_csv(doc, ["lead_id"] + (["first_name", "last_name"] if split else ["nome_completo"]) + ["email", "phone", "birth_date", "city", "state",
                    "interest", "owner_login", "signup_ip", "lgpd_optin"], rows, sep=g.pick([",", ";"]))
    doc.f("# «k» linhas · filtro: origem=«src» · ATENÇÃO: planilha com dados pessoais, não encaminhar fora do time comercial\n",
          k=len(rows), src=g.pick(["'Salão do Estudante SP'", "'feira_poa'", "'stand_shopping_aurora'"]))
    return doc


def at_portal(g: Gen) -> Doc:
    """Helpdesk ticket on the student portal with access-log lines (IPs, logins)."""
    doc = Doc()
    st = g.person()
    ag = g.person()
    l2 = g.person()
    doc.f("Chamado #«n» · Portal do Aluno · aberto «d» «h»\nSolicitante: «s» <«se»>  · tel «st»\nAtendente N1: «a»   Escalonado para: «b» (TI)\n\n"
          "Descrição (cliente):\n  \"não consigo acessar as aulas gravadas desde «d2», já troquei a senha 2x. meu login é o e-mail «se2». "
          "fiz o pagamento da parcela «parc» no cartão final «fin»\"\n\n",
          n=g.d(6), d=g.date("br"), h=g.hm(), s=P(g.pick([st.full, st.low, st.caps])), se=(g.email(st), "EMAIL_ADDRESS"),
          st=(g.phone(), "PHONE_NUMBER"), a=P(ag.full), b=P(l2.short), d2=g.date("br"), se2=(g.email(st), "EMAIL_ADDRESS"),
          parc=f"{g.ri(2, 9)}/{g.pick([10, 12])}", fin=g.d(4))
    doc.t("Log de autenticação (últimos eventos):\n")
    nev = g.ri(4, 6)
    uid = g.pick([f"aluno_{g.d(6)}", login(st)])
    stamps = g.stamps(nev)
    for k in range(nev):
        ev = g.pick(["LOGIN_FAIL bad_password", "LOGIN_OK", "PASSWORD_RESET_SENT", "SESSION_BLOCKED geo", "MFA_SMS_SENT"])
        doc.f("«ts» «ev» user=«u» ip=«ip» ua=«ua»\n", ts=stamps[k], ev=ev.ljust(24),
              u=uid, ip=(g.ip(), "IP_ADDRESS"),
              ua=g.pick(["Mozilla/5.0 (iPhone)", "okhttp/4.9", "Chrome/124 Windows", "Safari/17 Mac"]))
        if ev.startswith("MFA"):
            doc.f("    sms_to=«p»\n", p=(g.phone("e164"), "PHONE_NUMBER"))
    doc.f("\nNota interna («b»): bloqueio geográfico porque a aluna/o está em intercâmbio (IP de fora). Liberei. "
          "Ticket relacionado ao protocolo «pr».\nResposta ao cliente enviada «rp»«a2» em «d3».\n",
          b=P(l2.first), pr=g.protocol(), **({"rp": "por ", "a2": P(ag.first)} if g.chance(0.5) else {"rp": "pelo N1", "a2": ""}), d3=g.date("br"))
    return doc


def at_ocr_declaracao(g: Gen) -> Doc:
    """OCR of an enrolment declaration and financial-support letter scanned for a visa file."""
    doc = Doc()
    school = g.pick(SCHOOLS_BR)
    st = g.person()
    dire = g.person()
    par = g.person()
    city, uf = g.city()
    name = ocr(st.caps, g, 0.3)
    doc.f("«s»\nCNPJ «cnpj»\n\nD E C L A R A Ç Ã O   D E   M A T R Í C U L A\n\nDeclaramos para os devidos fins, junto ao "
          "Consulado, que «n», nascid«o» em «dob», portador(a) do RG nº «rg» e CPF «cpf», passaporte «pp», está regularmente "
          "matriculad«o» no curso de «lang» (nível «lv»), com carga horária de «ch» h/semana, no período de «d1» a «d2».\n\n"
          "Residente à «ad», CEP «cep», «city»-«uf».\n\n«city», «dd».\n\n_____________________\n«dir»\nDiretor(a) Pedagógico(a)\n\n"
          "--- pág. 2 ---\nCARTA DE PATROCÍNIO (financial support)\nEu, «p», CPF «pc», «prof», declaro que custearei "
          "todas as despesas d«o» estudante acima durante o intercâmbio «co». Renda mensal: R$ «rm». Telefone «pt».\n",
          s=school.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), n=P(name), o=st.o,
          dob=(ocr(g.dob("br", 1988, 2007), g, 0.3, True), "DATE_OF_BIRTH"), rg=(ocr(g.rg("dot"), g, 0.25, True), "BR_RG"),
          cpf=(ocr(g.cpf("dot"), g, 0.25, True), "BR_CPF"), pp=g.passport(), lang=g.pick(LANGS), lv=g.pick(LEVELS),
          ch=g.pick([4, 6, 20, 25]), d1=(per := g.period("br", 28, 300))[0], d2=per[1], ad=(ocr(g.address("caps"), g, 0.3), "ADDRESS"),
          cep=(g.cep(), "BR_CEP"), city=city, uf=uf, dd=g.date("long"), dir=P(ocr(dire.full, g, 0.2)),
          p=P(par.caps), pc=(g.cpf("dot"), "BR_CPF"), prof=g.pick(["empresária", "servidor público", "médica", "comerciante", "aposentado"]),
          co=COUNTRY_IN[g.pick(sorted(COUNTRY))], rm=g.money(6000, 40000), pt=(g.phone(), "PHONE_NUMBER"))
    return doc


# =========================================================================== juridico

def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True) -> None:
    """Contract-style qualification of a natural person."""
    city, uf = g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o,
          prof=g.pick(["empresári" + p.o, "professor" + ("a" if p.female else ""), "engenheir" + p.o, "advogad" + p.o,
                       "servidor" + ("a" if p.female else "") + " públic" + p.o, "comerciante", "dentista", "bancári" + p.o]))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob("br", 1968, 1992), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SESP/" + uf, "DETRAN/" + uf, "SSP-" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep», e-mail «e»",
          o=p.o, cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), city=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), e=(g.email(p), "EMAIL_ADDRESS"))


def ju_contrato(g: Gen) -> Doc:
    """Exchange-programme services contract: contractor (parent), beneficiary (minor), instalments, witnesses."""
    doc = Doc()
    ag = g.pick(SCHOOLS_BR)
    par = g.person()
    kid = g.minor(par)
    cc = g.pick(sorted(HOST))
    rep = g.person()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE INTERCÂMBIO Nº «n»/«y»\n\nCONTRATADA: «ag», inscrita no CNPJ sob o nº «cnpj», "
          "cadastrada no Ministério do Turismo (Cadastur «cad»), neste ato representada por «rep», CPF «rc».\n\nCONTRATANTE: ",
          n=g.d(5), y=g.pick([2025, 2026]), ag=ag.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), cad=g.d(2) + "." + g.d(6) + "." + g.d(2) + "/" + g.d(4) + "-" + g.d(1),
          rep=P(rep.full), rc=(g.cpf(), "BR_CPF"))
    qualify(g, doc, par, dob=g.chance(0.4))
    doc.f(", telefone «t».\n\nBENEFICIÁRI«o2» (menor de idade, representad«o2» pel«a» CONTRATANTE): «k», nascid«o2» em «kd», CPF «kc», "
          "passaporte nº «pp».\n\n",
          t=(g.phone(), "PHONE_NUMBER"), o2=kid.o, O=kid.o.upper(), a="a" if par.female else "o", k=P(kid.caps),
          kd=(g.kid_dob(g.pick(["br", "long"])), "DATE_OF_BIRTH"), kc=(g.cpf(), "BR_CPF"), pp=g.passport())
    sch = g.pick(SCHOOLS_ABROAD[cc])
    doc.f("CLÁUSULA 1ª — DO OBJETO. Intermediação do programa «pr» na instituição «sch» («co»), de «d1» a «d2», com acomodação "
          "em casa de família (homestay), seguro-viagem «ins» e assessoria para o visto.\n\n"
          "CLÁUSULA 2ª — DO PREÇO. O valor total é de R$ «v» («vx»), pago em «np» parcelas de R$ «vp», a primeira com vencimento em «dv», "
          "mediante «fp». Os valores em moeda estrangeira seguem o câmbio do dia do fechamento (contrato de câmbio à parte).\n\n"
          "CLÁUSULA 3ª — DO CANCELAMENTO. Em caso de desistência até 60 dias do embarque, será retida multa de «mu»% "
          "sobre o valor pago, além das taxas não reembolsáveis da escola, nos termos do art. 49 da Lei 8.078/1990 quando aplicável. "
          "Negativa do visto: reembolso integral, salvo taxa consular.\n\n"
          "CLÁUSULA 4ª — DADOS PESSOAIS. As partes observarão a Lei 13.709/2018 (LGPD); os dados d«o2» BENEFICIÁRI«O» serão compartilhados "
          "com a escola, a família anfitriã e a seguradora.\n\n«city», «ds».\n\n",
          pr=g.pick(PROGRAMS), sch=sch, co=COUNTRY[cc], d1=(per := g.period("br", 30, 330))[0], d2=per[1], ins=g.pick(INSURERS),
          v=(vv := g.money(18000, 95000)), vx="valor por extenso", np=(npar := g.pick([6, 10, 12])),
          vp=g.money(1500, 9000), dv=g.date("br"), fp=g.pick(["boleto bancário", "cartão de crédito em até 12x", "Pix e boleto", "débito em conta"]),
          mu=g.pick([10, 15, 20]), o2=kid.o, O=kid.o.upper(), city=g.city()[0], ds=g.date("long"))
    w1, w2 = g.person(), g.person()
    doc.f("_______________________ CONTRATADA\n_______________________ CONTRATANTE«sp»«p»\n\nTestemunhas:\n1. «w1» — CPF «c1»\n2. «w2» — CPF «c2»\n\n"
          "Assinado eletronicamente via «pl» · envelope «env» · IPs: contratante «ip1», contratada «ip2»\n",
          **({"sp": "", "p": ""} if g.chance(0.5) else {"sp": ": ", "p": P(par.full)}), w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"),
          pl=g.pick(["Clicksign", "DocuSign", "D4Sign", "ZapSign"]), env=g.uuid(), ip1=(g.ip(), "IP_ADDRESS"), ip2=(g.ip(), "IP_ADDRESS"))
    return doc


def ju_autorizacao(g: Gen) -> Doc:
    """Authorisation for a minor to travel abroad (Res. CNJ 131/2011 model), notarised, with companion."""
    doc = Doc()
    f = g.person(female=False)
    m = g.spouse(f)
    kid = g.minor(f)
    comp = g.person()
    cc = g.pick(sorted(HOST))
    city, uf = g.city()
    doc.f("AUTORIZAÇÃO DE VIAGEM INTERNACIONAL PARA MENORES DE 16 ANOS (Resolução CNJ nº 131/2011)\n\n"
          "Nós, «f», CPF «fc», RG «fr», e «m», CPF «mc», RG «mr», residentes na «ad», CEP «cep», «city»/«uf», telefones «t1» e «t2», "
          "AUTORIZAMOS nosso(a) filho(a) «k», nascido(a) em «kd», portador(a) do passaporte «pp» e do CPF «kc», a viajar para "
          "«co», no período de «d1» a «d2», ",
          f=P(f.caps if g.chance(0.5) else f.full), fc=(g.cpf(), "BR_CPF"), fr=(g.rg(), "BR_RG"), m=P(m.caps if g.chance(0.5) else m.full),
          mc=(g.cpf(), "BR_CPF"), mr=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), city=city, uf=uf,
          t1=(g.phone(), "PHONE_NUMBER"), t2=(g.phone(), "PHONE_NUMBER"), k=P(kid.caps), kd=(g.kid_dob(g.pick(["br", "long", "caps"])), "DATE_OF_BIRTH"),
          pp=g.passport(), kc=(g.cpf(), "BR_CPF"), co=COUNTRY[cc].upper(), d1=(per := g.period("br", 14, 200))[0], d2=per[1])
    if g.chance(0.6):
        doc.f("em companhia de «c», «rel», portador(a) do RG «cr» e CPF «ccpf», coordenador(a) do grupo da agência «ag».\n\n",
              c=P(comp.full), rel=g.pick(["monitor(a)", "tia materna", "professora", "avô paterno"]), cr=(g.rg(), "BR_RG"),
              ccpf=(g.cpf(), "BR_CPF"), ag=g.pick(SCHOOLS_BR))
    else:
        host = g.host(cc)
        doc.f("desacompanhado(a) no voo, sendo recebido(a) no destino por «h», da família anfitriã, residente em «had», tel. «ht».\n\n",
              h=P(host.full), had=(g.address_abroad(cc), "ADDRESS"), ht=(g.phone_abroad(cc), "PHONE_NUMBER"))
    n1, n2 = g.person(), g.person()
    doc.f("«city», «ds».\n\n______________________  ______________________\n        (pai)                    (mãe)\n\n"
          "RECONHECIMENTO DE FIRMA — «cart»\nReconheço por semelhança as firmas «fm»«fb»«e»«mb». Selo digital «selo». "
          "Escrevente: «esc». Emolumentos R$ «em».\n",
          city=city, ds=g.date("long"), cart=g.pick(["2º Tabelionato de Notas de " + city,
          "Cartório do 1º Ofício", "Tabelionato Prudente de Notas", "Cartório Rosa Branca - 4º Ofício"]),
          **({"fm": "dos declarantes acima", "fb": "", "e": "", "mb": ""} if g.chance(0.5) else {"fm": "de ", "fb": P(f.caps), "e": " e ", "mb": P(m.caps)}), selo=f"{g.up(3)}{g.d(5)}-{g.up(2)}{g.d(2)}", esc=P(n1.full if g.chance(0.6) else n1.short),
          em=g.money(8, 40))
    return doc


def ju_procon(g: Gen) -> Doc:
    """Procon complaint (consumer's narrative, supplier's reply from its lawyer)."""
    doc = Doc()
    c = g.person()
    ag = g.pick(SCHOOLS_BR)
    adv = g.person()
    att = g.person()
    city, uf = g.city()
    doc.f("PROCON-«uf» · RECLAMAÇÃO FA nº «fa»\nData de abertura: «d»   Atendente: «at»\n\nCONSUMIDOR(A)\nNome: «n»\nCPF: «cpf»   "
          "Data de nascimento: «dob»\nEndereço: «ad» — «city»/«uf» — CEP «cep»\nTelefone: «t»   E-mail: «e»\n\nFORNECEDOR\n«ag» — CNPJ «cnpj»\n\n",
          uf=uf, fa=f"{g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", d=g.date("br"), at=P(att.full), n=P(g.pick([c.caps, c.full])),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1965, 2004), "DATE_OF_BIRTH"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"),
          city=city, cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), ag=ag, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    kid = g.minor(c)
    doc.f("RELATO: Contratei em «dc» um intercâmbio de «sem» semanas para «qp»«qn» «co» (contrato «ct»), pagando R$ «v» "
          "em «np»x no cartão «mask». «why» Solicitei o cancelamento em «dcanc» pelo e-mail «e2» e a agência só ofereceu crédito "
          "para viagem futura, retendo R$ «ret». Quem me vendeu, «cons», não responde mais. Meu cartão «card» continua sendo cobrado.\n\n"
          "PEDIDO: reembolso integral e cancelamento das parcelas.\n\n",
          dc=g.date("br"), sem=g.pick([4, 8, 12, 24]), qp=(qq := g.pick(["mim", "minha filha " if kid.female else "meu filho ", "minha sobrinha " if kid.female else "meu sobrinho "])), qn=P(kid.first) if qq != "mim" else "",
          co=COUNTRY_IN[g.pick(sorted(COUNTRY))], ct=f"{g.d(5)}/{g.pick([2024, 2025])}", v=g.money(9000, 60000), np=g.pick([10, 12]),
          mask=g.masked(), why=g.pick(["O visto foi negado e tenho a carta do consulado.", "A escola fechou a unidade antes do início.",
                                        "Tive um problema de saúde (laudo anexo, CID " + g.pick(CIDS) + ").",
                                        "A família anfitriã cancelou 5 dias antes do embarque."]),
          dcanc=g.date("br"), e2=(g.email(c), "EMAIL_ADDRESS"), ret=g.money(2000, 15000), cons=P(g.person().first),
          card=(g.card(), "CREDIT_CARD"))
    doc.f("RESPOSTA DO FORNECEDOR («dr»):\nA «ag», por sua advogada/o «adv» («oab»), informa que a multa contratual de «mu»% está prevista "
          "na cláusula 3ª e que as taxas da escola («sch») não são reembolsáveis. Propõe devolução de R$ «prop» em 5 parcelas via "
          "transferência para a conta indicada pela consumidora/o (Banco «bk», ag. «agc», c/c «acc»). Processo interno «pi».\n\n"
          "Situação: «sit»\n",
          dr=g.date("br"), ag=ag, adv=P(adv.full), oab=(g.council("OAB"), "PROFESSIONAL_ID"), mu=g.pick([10, 15, 20, 30]),
          sch=g.pick(sum(SCHOOLS_ABROAD.values(), [])), prop=g.money(1000, 20000), bk=g.pick(BANKS)[0],
          agc=(g.agency(), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"), pi=g.neg(11),
          sit=g.pick(["aguardando manifestação do consumidor", "não atendida — encaminhada ao JEC", "atendida parcialmente", "audiência designada"]))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """Initial petition at a small-claims court: refund after a cancelled exchange (medical event abroad)."""
    doc = Doc()
    a = g.person()
    adv = g.person()
    adv2 = g.person()
    ag = g.pick(SCHOOLS_BR)
    ins = g.pick(INSURERS)
    city, uf = g.city()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«uf»\n\n"
          "Distribuição por dependência ao processo nº «cnj»\n\n", n=g.ri(1, 9), c=city.upper(), uf=uf, cnj=g.cnj())
    qualify(g, doc, a, caps=True, dob=g.chance(0.5))
    doc.f(", por seus advogados «ad1» («o1») e «ad2» («o2»), com escritório na Av. Paulista, 1000, conj. 81, vem propor\n\n"
          "AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS\n\nem face de «ag», CNPJ «cj1», e «ins», CNPJ «cj2», "
          "pelos fatos a seguir.\n\nI — DOS FATOS\n", ad1=P(adv.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          ad2=P(adv2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), ag=ag.upper(), cj1=(g.any_cnpj(), "BR_CNPJ"),
          ins=ins.upper(), cj2=(g.any_cnpj(), "BR_CNPJ"))
    cc = g.pick(sorted(HOST))
    doctor = g.host(cc)
    doc.f("1. A autora/o autor contratou o programa «pr» «co» (contrato nº «ct»), pelo valor de R$ «v». Na terceira semana, "
          "foi internad«o» no «hosp» com diagnóstico de «cid», atendid«o» pelo Dr./Dra. «doc», conforme relatório anexo (doc. 7).\n"
          "2. A seguradora negou cobertura do sinistro nº «sin» alegando doença preexistente, e a agência reteve «mu»% do valor. "
          "A família anfitriã («host») confirmou por e-mail que «o2» estudante não tinha sintomas antes.\n"
          "3. O retorno antecipado custou R$ «ret», pagos no cartão «card» da genitora, «mae».\n\n"
          "II — DO DIREITO\nAplicam-se os arts. 6º, 14 e 51 da Lei 8.078/1990 e o art. 20 da Lei 9.099/1995. "
          "Precedente: REsp «resp». Valor da causa: R$ «vc».\n\nIII — DOS PEDIDOS\n(a) restituição de R$ «vr»; (b) danos morais; "
          "(c) inversão do ônus da prova.\n\nNestes termos, pede deferimento.\n«city», «ds».\n\n«adf»\n«o1b»\n",
          pr=g.pick(PROGRAMS), co=COUNTRY_IN[cc], ct=g.d(6), v=g.money(15000, 80000), o=a.o, o2="a" if a.female else "o",
          hosp=g.pick(HOSPITALS[cc]),
          cid=g.pick(["apendicite aguda (CID K35.8)", "pneumonia (CID J18.9)", "fratura de tornozelo (CID S82.6)",
                      "pielonefrite (CID N10)", "crise de ansiedade (CID F41.1)"]), doc=P(doctor.full), sin=g.d(9),
          mu=g.pick([20, 30, 40]), host=P(g.host(cc).full), ret=g.money(3000, 20000), card=(g.card(), "CREDIT_CARD"),
          mae=P(g.person(female=True).full), resp=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}/{g.pick(UFS)}", vc=g.money(20000, 60000),
          vr=g.money(10000, 50000), city=city, ds=g.date("long"), adf=P(adv.caps), o1b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_planilha(g: Gen) -> Doc:
    """Law firm's tracking sheet of consumer suits against exchange agencies (pipe table)."""
    doc = Doc()
    resp = g.person()
    firm = g.pick(["Leão & Sampaio Advogados", "Prudente, Amado e Vasconcelos Advocacia", "Rosa Bezerra Sociedade de Advogados",
                   "Catunda Branco Advogados Associados"])
    doc.f("«f» — CONTENCIOSO CONSUMIDOR · carteira «cl»\natualizado em «d» por «r»\n\n", f=firm,
          cl=g.pick(SCHOOLS_BR + INSURERS), d=g.date("br"), r=P(resp.short))
    rows = []
    for _ in range(g.ri(5, 7)):
        a = g.person()
        adv = g.person()
        rows.append([V(g.cnj()), P(g.pick([a.caps, a.full, a.inverted])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.7) else V("—"),
                     V(g.pick(["restituição", "danos morais", "visto negado", "cancelamento", "seguro negado", "overbooking escola"])),
                     (g.email(a), "EMAIL_ADDRESS") if g.chance(0.5) else V(""),
                     V("R$ " + g.money(3000, 90000)), P(adv.short) if g.chance(0.5) else V("—"),
                     (g.council("OAB"), "PROFESSIONAL_ID") if g.chance(0.8) else V(""),
                     V(g.pick(["citação", "audiência " + g.date("br"), "sentença procedente", "acordo", "recurso inominado", "arquivado"]))])
    style = g.pick(["md", "plus"])
    cols = ["Processo", "Parte contrária", "CPF", "Objeto", "E-mail parte", "Valor causa", "Adv. contrário", "OAB", "Fase"]
    if style == "md":
        table_md(doc, cols, rows)
    else:
        table_ruled(doc, cols, rows, "plus")
    doc.f("\nNotas: «n1» — acordo em R$ «v» pago via Pix (chave aleatória «pix») em «dd». Proc. «n2»: cliente pediu para não "
          "contatar a parte por WhatsApp («t»). Provisão total: R$ «pv».\n",
          n1=P(rows[0][1][0]), v=g.money(2000, 15000), pix=(g.uuid(), "PIX_KEY"), dd=g.date("br"), n2=rows[1][0][0],
          t=(g.phone(), "PHONE_NUMBER"), pv=g.money(100000, 900000))
    return doc


def ju_acordo(g: Gen) -> Doc:
    """Extrajudicial settlement with a dismissed language teacher (labour claims), payment data."""
    doc = Doc()
    t = g.person()
    sch = g.pick(SCHOOLS_BR)
    rep = g.person()
    adv_t, adv_s = g.person(), g.person()
    city, uf = g.city()
    bk = g.pick(BANKS)
    doc.f("TERMO DE ACORDO EXTRAJUDICIAL (art. 855-B da CLT)\n\nEMPREGADORA: «s», CNPJ «cj», representada por «rep».\n"
          "EMPREGADO(A): «t», professor(a) de «lang», CPF «cpf», PIS «pis», CTPS «ctps» série «ser», nascido(a) em «dob», "
          "residente na «ad», CEP «cep».\n\n",
          s=sch, cj=(g.any_cnpj(), "BR_CNPJ"), rep=P(rep.full), t=P(g.pick([t.full, t.caps])), lang=g.pick(LANGS),
          cpf=(g.cpf(), "BR_CPF"), pis=(g.pis(), "BR_PIS"), ctps=g.d(7), ser=g.d(4), dob=(g.dob(), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Cláusula 1ª. Admissão em «da», dispensa sem justa causa em «dd». A empregadora pagará R$ «v» a título de horas-aula "
          "não registradas (folhas de ponto de «per») e reflexos, em «np» parcelas, por TED ao «bn» (cód. «bc»), agência «ag», conta «acc», "
          "de titularidade d«o» empregad«o».\nCláusula 2ª. Quitação das verbas do contrato, ressalvado o FGTS (conta vinculada ao PIS acima).\n"
          "Cláusula 3ª. Multa de 50% em caso de atraso. Foro: Vara do Trabalho de «city».\n\n"
          "Advogado(a) do empregado: «at» — «oat»\nAdvogado(a) da empresa: «as» — «oas» — «ase»\n\n«city»/«uf», «ds».\n"
          "Processo de homologação: «cnj»\n",
          da=g.date("br", g.ri(2015, 2022)), dd=g.date("br"), v=g.money(8000, 60000), per=g.pick(["2022 a 2024", "2023", "jan–jun/2024"]),
          np=g.ri(2, 6), bn=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"), o=t.o,
          city=city, uf=uf, at=P(adv_t.full), oat=(g.council("OAB", uf), "PROFESSIONAL_ID"), **{"as": P(adv_s.full)},
          oas=(g.council("OAB", uf), "PROFESSIONAL_ID"), ase=(corp_mail(adv_s, g.pick(["leaosampaio.adv.br", "catundabranco.com.br"])), "EMAIL_ADDRESS"),
          ds=g.date("long"), cnj=g.cnj(g.pick(["5.02", "5.04", "5.09", "5.15"])))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """Data-subject access request of a former student and the DPO's inventory of where the data lives."""
    doc = Doc()
    c = g.person()
    dpo = g.person()
    sch = g.pick(SCHOOLS_BR)
    doc.f("Para: privacidade@«dom»\nDe: «n» <«e»>\nAssunto: Requisição LGPD art. 18 — acesso e eliminação\n\n"
          "Prezados, fui aluno/aluna até «y» (RA «ra»). Com base na Lei 13.709/2018 solicito cópia de todos os meus dados e "
          "a eliminação do que não for obrigatório. CPF «cpf».\n«n2»\n\n---------- resposta interna ----------\n"
          "De: «dpo» (Encarregada/o de Dados) <«de»>\nPrazo legal: 15 dias (até «pz»). Levantamento:\n\n",
          dom=school_dom(sch), n=P(c.full), e=(g.email(c), "EMAIL_ADDRESS"), y=g.ri(2016, 2024), ra=g.d(6), cpf=(g.cpf(), "BR_CPF"),
          n2=P(g.pick([c.first, c.full])), dpo=P(dpo.full), de=(corp_mail(dpo, school_dom(sch)), "EMAIL_ADDRESS"), pz=g.date("br"))
    rows = [
        [V("ERP acadêmico"), V("nome, CPF, nascimento"), P(c.caps), (g.cpf("raw"), "BR_CPF"), (g.dob("iso", 1985, 2007), "DATE_OF_BIRTH")],
        [V("CRM comercial"), V("e-mail, celular"), (g.email(c), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER"), V("opt-in " + g.date("br"))],
        [V("Financeiro"), V("endereço, cartão"), (g.address(), "ADDRESS"), (g.cep(False), "BR_CEP"), V(g.masked())],
        [V("Portal/logs"), V("IP de acesso"), (g.ip(), "IP_ADDRESS"), (g.ip(), "IP_ADDRESS"), V("retenção 6 meses (Marco Civil)")],
        [V("Intercâmbio"), V("passaporte, visto"), V(g.passport()), V("visto " + g.pick(["F-1", "Stamp 2", "Student visa 500", "J-1"])), V("pasta física")],
    ]
    table_ruled(doc, ["Sistema", "Categoria", "Dado 1", "Dado 2", "Obs."], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nO responsável financeiro na época era «r» (CPF «rc»), os dados dele/dela ficam (obrigação fiscal, 5 anos). "
          "Proponho eliminar CRM e logs; manter ERP e Financeiro. «dpof»\n",
          r=P(g.person().full), rc=(g.cpf(), "BR_CPF"), dpof=P(dpo.first))
    return doc


JU = [ju_contrato, ju_autorizacao, ju_procon, ju_peticao, ju_planilha, ju_acordo, ju_lgpd]


# =========================================================================== saude

def sa_sinistro(g: Gen) -> Doc:
    """Travel-insurance claim (aviso de sinistro) for a student's hospitalisation abroad."""
    doc = Doc()
    cc = g.pick(sorted(HOST))
    st = g.person()
    par = g.person()
    reg = g.person()
    ins = g.pick(INSURERS)
    doctor = g.host(cc)
    city, uf = g.city()
    doc.f("«ins» — AVISO DE SINISTRO / PEDIDO DE REEMBOLSO\nApólice/voucher: «ap»   Plano: «pl»   Vigência: «v1» a «v2»\n"
          "Protocolo da central 24h: «prot»\n\n[SEGURADO]\nNome: «n»\nCPF: «cpf»   Nascimento: «dob»   Passaporte: «pp»\n"
          "País de destino: «co»   Escola: «sch»\nE-mail: «e»   Celular no exterior: «ce»\n\n"
          "[RESPONSÁVEL / CONTATO NO BRASIL]\nNome: «pn»   Parentesco: «rel»   CPF: «pc»\nTelefone: «pt»   E-mail: «pe»\n"
          "Endereço: «ad», «city»/«uf», CEP «cep»\n\n",
          ins=ins.upper(), ap=f"{g.d(3)}.{g.d(4)}.{g.d(6)}", pl=g.pick(["Estudante 100K", "Multitrip 60", "Student Gold USD 250.000"]),
          v1=g.date("br"), v2=g.date("br", 2026), prot=g.protocol(), n=P(g.pick([st.caps, st.full])), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.dob("br", 1996, 2010), "DATE_OF_BIRTH"), pp=g.passport(), co=COUNTRY[cc], sch=g.pick(SCHOOLS_ABROAD[cc]),
          e=(g.email(st), "EMAIL_ADDRESS"), ce=(g.phone_abroad(cc), "PHONE_NUMBER"), pn=P(par.full), rel=g.pick(["mãe", "tia", "avó"] if par.female else ["pai", "tio", "avô"]),
          pc=(g.cpf(), "BR_CPF"), pt=(g.phone(), "PHONE_NUMBER"), pe=(g.email(par), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f("[EVENTO]\nData/hora: «de» «h» (horário local)\nDescrição: «desc»\nHospital: «hosp»   Médico assistente: «doc»\n"
          "Internação: «di» a «da»   CID informado: «cid»\nMédico regulador da central: «reg» («crm»)\n\n"
          "[DESPESAS]\n",
          de=g.date("br"), h=g.hm(), desc=g.pick(["dor abdominal intensa, apendicectomia de urgência", "queda de bicicleta com fratura de punho",
                                                   "febre alta e tosse, pneumonia comunitária", "reação alérgica grave após refeição (amendoim)",
                                                   "entorse de tornozelo jogando futebol", "crise asmática"]),
          hosp=g.pick(HOSPITALS[cc]), doc=P(doctor.full), di=(per := g.period("br", 1, 9))[0], da=per[1], cid=g.pick(CIDS), reg=P(reg.full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    cur = {"ca": "CAD", "us": "USD", "au": "AUD", "nz": "NZD", "uk": "GBP"}.get(cc, "EUR")
    for item in g.rng.sample(["Emergency room", "Surgery", "Hospital stay (3 nights)", "Pharmacy", "X-ray", "Ambulance", "Follow-up visit"], 3):
        doc.f("  - «i»: «c» «v» (fatura «f»)\n", i=item, c=cur, v=f"{g.ri(80, 9000)}.{g.d(2)}", f=f"INV-{g.d(6)}")
    doc.f("\nPago pelo segurado no cartão «card» (titular: o responsável). Reembolso para: Banco «bk», ag. «ag», conta «acc», titular «tt», CPF «tc».\n"
          "Declaro que as informações são verdadeiras. «d», «sig».\n" if g.chance(0.4) else "Declaro que as informações são verdadeiras. «d» — aceite eletrônico.\n",
          card=(g.card(), "CREDIT_CARD") if g.chance(0.6) else V(g.masked()), bk=g.pick(BANKS)[0],
          ag=(g.agency(), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"), tt=P(par.caps), tc=(g.cpf("raw"), "BR_CPF"),
          d=g.date("br"), sig=P(par.full))
    return doc


def sa_vacinas(g: Gen) -> Doc:
    """Vaccination record transcribed for a student visa (table), with CNS and the health unit."""
    doc = Doc()
    st = g.person()
    city, uf = g.city()
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»\n«ubs»\nCERTIFICADO / HISTÓRICO DE VACINAÇÃO (para fins de visto de estudante — «co»)\n\n"
          "Nome: «n»\nData de nasc.: «dob»   Sexo: «sx»   CNS: «cns»\nCPF: «cpf»   Mãe: «mae»\nEndereço: «ad» — CEP «cep»\n\n",
          c=city.upper(), ubs=g.pick(["UBS Vila Esperança", "UBS Dr. Aristeu Camelo", "Unidade de Saúde Aurora", "CMS Dona Rosa Amado",
                                     "Centro de Referência de Imunobiológicos Especiais (CRIE)", "UBS Jardim Prudente"]),
          co=COUNTRY[g.pick(sorted(COUNTRY))], n=P(g.pick([st.caps, st.full])), dob=(g.dob(g.pick(["br", "br", "iso"]), 1997, 2011), "DATE_OF_BIRTH"),
          sx="F" if st.female else "M", cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), mae=P(g.person(female=True).caps),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    rows = []
    vacc = [g.person() for _ in range(2)]
    for vac in g.rng.sample(["Tríplice viral (SCR) D1", "Tríplice viral (SCR) D2", "Hepatite B D3", "dTpa reforço", "Febre amarela DU",
                             "Meningocócica ACWY", "Varicela", "HPV4 D2", "Influenza 2025", "Covid-19 XBB"], g.ri(4, 6)):
        v = g.pick(vacc)
        rows.append([V(vac), V(g.date("br", g.ri(2012, 2025))), V(f"{g.up(2)}{g.d(4)}"), P(v.short) if g.chance(0.55) else V(g.pick(["(ilegível)", f"vac{g.d(4)}", f"mat. {g.d(6)}"])),
                     (g.council("COREN", uf), "PROFESSIONAL_ID") if g.chance(0.75) else V("—")])
    table_ruled(doc, ["Vacina/dose", "Data", "Lote", "Vacinador(a)", "Registro"], rows, g.pick(["plus", "plain"]))
    doc.f("\nObs.: PPD não reagente em «d» (exigência da escola). «w».\nConfere com o SI-PNI. Emitido por «em» em «de».\n",
          d=g.date("br"), w=g.pick(["Campo 'alergias' em branco", "Sem contraindicações", "Aguardando 2ª dose de HPV"]),
          em=P(g.person().full), de=g.date("br"))
    return doc


def sa_ficha(g: Gen) -> Doc:
    """Medical questionnaire for a school abroad (EN/PT) with the Brazilian doctor's declaration."""
    doc = Doc()
    st = g.person()
    dr = g.person()
    m = g.person()
    p2 = g.spouse(m)
    cc = g.pick(sorted(HOST))
    doc.f("«sch» — STUDENT MEDICAL FORM / FICHA MÉDICA DO INTERCAMBISTA\n\nStudent name / Nome: «n»\nDate of birth: «dob»   "
          "Brazilian ID (CPF): «cpf»   SUS card (CNS): «cns»\nHealth plan in Brazil: «pl», card no. «cart» (not valid abroad)\n\n"
          "1. Allergies: «al»\n2. Current medication: «med»\n3. Chronic conditions (ICD-10): «cid»\n4. Dietary needs: «diet»\n"
          "5. Emergency contacts:\n   a) «m» («r1») — «t1» — «e1»\n   b) «p2» («r2») — «t2»\n\n",
          sch=g.pick(SCHOOLS_ABROAD[cc]).upper(), n=P(st.full), dob=(g.dob(g.pick(["en", "iso", "br", "en_uk"]), 2005, 2012), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), pl=g.pick(["Unimed", "Amil", "Hapvida", "Bradesco Saúde"]),
          cart=g.pick([g.neg(16), f"0 {g.d(3)} {g.d(4)} {g.d(4)} {g.d(2)}"]),
          al=g.pick(["penicillin / penicilina", "none", "peanuts (anaphylaxis — carries EpiPen)", "dust mites"]),
          med=g.pick(["none", "salbutamol inhaler", "methylphenidate 10mg", "levothyroxine 50mcg", "sertraline 50mg"]),
          cid=g.pick(["J45.9 (asthma, controlled)", "F90.0 (ADHD)", "E03.9", "none", "F41.1", "E10.9 (type 1 diabetes)"]),
          diet=g.pick(["vegetarian", "lactose-free", "none", "halal", "gluten-free (K90.0)"]),
          m=P(m.full), r1=g.pick(["mother", "aunt"] if m.female else ["father", "uncle"]), t1=(g.phone("plus"), "PHONE_NUMBER"), e1=(g.email(m), "EMAIL_ADDRESS"),
          p2=P(p2.full), r2=g.pick(["mother", "grandmother"] if p2.female else ["father", "grandfather"]), t2=(g.phone(g.pick(["plus", "e164"])), "PHONE_NUMBER"))
    doc.f("DECLARAÇÃO MÉDICA: Declaro que examinei «n2» em «de» e que se encontra apto(a) para atividades escolares e esportivas no exterior. "
          "«obs»\n\n«dr»\n«crm»   RQE «rqe»\n«cl» · «clt»\n",
          n2=P(st.caps), de=g.date("br"), obs=g.pick(["Seria prudente levar receita em inglês.", "Vacinação em dia.", "Uso de bombinha SOS.", ""]),
          dr=P(g.pick([dr.full, dr.caps])), crm=(g.council("CRM"), "PROFESSIONAL_ID"), rqe=g.d(5),
          cl=g.pick(["Clínica Pediátrica Flor de Lis", "Consultório Amado & Leão", "Centro Médico Bento Gonçalves", "Clínica Esperança"]),
          clt=(g.phone(mobile=False), "PHONE_NUMBER"))
    return doc


def sa_plantao(g: Gen) -> Doc:
    """24h emergency-line log of the agency during a student's medical event abroad."""
    doc = Doc()
    cc = g.pick(sorted(HOST))
    st = g.person()
    par = g.person()
    op = g.person()
    coord = g.host(cc)
    host = g.host(cc)
    dd, mm, yy = g.dob_parts(1998, 2010)
    doc.f("PLANTÃO 24H — registro de ocorrência #«n» · aberto por «op» («opl»)\nEstudante: «s» · programa «pr» «co» · DN «dob»\n\n",
          n=g.d(5), op=P(op.full), opl=login(op), s=P(st.full), pr=g.pick(PROGRAMS), co=COUNTRY_IN[cc],
          dob=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"))
    ts = g.times(9, 0, 24 * 3600 - 1)
    hosp = g.pick(HOSPITALS[cc])
    ins = g.pick(INSURERS)
    lines = [
        ("«h» ligou de «ht»: «s» com febre e vômito desde ontem, levaram ao «hosp».", dict(h=P(host.full), ht=(g.phone_abroad(cc), "PHONE_NUMBER"), s=P(st.nick if g.chance(0.5) else st.first), hosp=hosp)),
        ("Acionada a assistência «ins», protocolo «prot». Operador(a) id «at».", dict(ins=ins, prot=g.protocol(), at=f"op{g.d(4)}")),
        ("Ligação para «rel» «p» no «pt» — não atendeu; mandado WhatsApp.", dict(rel="a mãe" if par.female else "o pai", p=P(par.short), pt=(g.phone(), "PHONE_NUMBER"))),
        ("«p» retornou. Pediu para falar com «cl» local «c» («ct»). Informado que a escola já está ciente.", dict(p=P(par.first), cl="a coordenadora" if coord.female else "o coordenador", c=P(coord.full), ct=(g.phone_abroad(cc), "PHONE_NUMBER"))),
        ("Hospital pediu data de nascimento e passaporte: enviado «dob» / «pp». Seguro pediu CPF do titular: «cpf».", dict(dob=(fmt_date(dd, mm, yy, g.pick(["en_uk", "en", "mon"])), "DATE_OF_BIRTH"), pp=g.passport(), cpf=(g.cpf(), "BR_CPF"))),
        ("Diagnóstico preliminar «cid»; internação por 48h. Médico plantonista: «d».", dict(cid=g.pick(CIDS), d=P(g.host(cc).full))),
        ("Enviado e-mail para «pe» com o relatório. Cópia para «ce».", dict(pe=(g.email(par), "EMAIL_ADDRESS"), ce=(corp_mail(g.person(), "rosadosventos.tur.br"), "EMAIL_ADDRESS"))),
        ("Responsável quer embarcar amanhã; orientado(a) sobre o seguro cobrir passagem de familiar só após 10 dias de internação.", {}),
        ("Passagem de turno para «op2». Situação estável. «w».", dict(op2=P(g.person().full), w=g.pick(["Luz verde da equipe médica para alta amanhã", "Aguardando exames", "Família anfitriã visitou à tarde"]))),
    ]
    for t, (msg, kw) in zip(ts, lines):
        doc.f(f"[{t}] " + msg + "\n", **kw)
    return doc


def sa_atestado(g: Gen) -> Doc:
    """OCR of a medical certificate attached to a refund request after cancelling an exchange."""
    doc = Doc()
    p = g.person()
    dr = g.person()
    city, uf = g.city()
    doc.f("[digitalizado — anexo 2 do pedido de cancelamento nº «pn»]\n\n«cl»\n«cla»\n\nA T E S T A D O   M É D I C O\n\n"
          "Atesto, para fins de cancelamento de viagem/intercâmbio, que «n», portador(a) do CNS «cns», nascido(a) em «dob», "
          "CPF «cpf», esteve sob meus cuidados em «d1», apresentando quadro compatível com CID-10 «cid», "
          "necessitando de afastamento de «dias» dias e CONTRAINDICANDO viagem aérea no período de «d2» a «d3».\n\n"
          "«city», «d4»\n\n«dr»\n«crm»\n",
          pn=g.protocol(), cl=g.pick(["HOSPITAL SÃO BENTO", "CLÍNICA AURORA SAÚDE", "POLICLÍNICA VITÓRIA", "HOSPITAL LUZ DA ESPERANÇA"]),
          cla=g.pick(["Av. Brasil, 1500 — Centro", "Rua Sete de Setembro, 222 — 3º andar", "Praça da Matriz, 10"]),
          n=P(ocr(p.caps, g, 0.3)), cns=(ocr(g.cns(True), g, 0.2, True), "BR_CNS"), dob=(ocr(g.dob("br", 1960, 2008), g, 0.3, True), "DATE_OF_BIRTH"),
          cpf=(ocr(g.cpf("dot"), g, 0.2, True), "BR_CPF"), d1=g.date("br"), cid=g.pick(CIDS), dias=g.pick([7, 10, 15, 30, 60]),
          d2=(per := g.period("br", 7, 60))[0], d3=per[1], city=city, d4=g.date("long"), dr=P(ocr(g.pick([dr.full, dr.caps]), g, 0.3)),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\n---- e-mail que acompanhou o anexo ----\nDe: «e»\n«msg» Segue o atestado d«o» «rel» «n». Meu telefone é «t».«sp»«sig»\n",
          e=(g.email(p), "EMAIL_ADDRESS"), msg=g.pick(["Boa tarde.", "Prezados,", "oi, tudo bem?"]), o="a" if g.chance(0.5) else "o",
          rel=g.pick(["paciente", "estudante", "aluno(a)"]), n=P(p.first), t=(g.phone(), "PHONE_NUMBER"), **({"sp": "", "sig": ""} if g.chance(0.6) else {"sp": " ", "sig": P(p.first)}))
    return doc


def sa_eventos(g: Gen) -> Doc:
    """Assistance company's CSV of medical events abroad for exchange students (monthly report to the agency)."""
    doc = Doc()
    an = g.person()
    doc.f("relatorio_eventos_medicos_«m».csv  (gerado por «ins» para a agência «ag»; analista responsável «an», «ae»)\n",
          m=g.date("iso")[:7], ins=g.pick(INSURERS), ag=g.pick(SCHOOLS_BR), an=P(an.full),
          ae=(corp_mail(an, g.pick(["travessiaseguros.com.br", "aurora-assist.com"])), "EMAIL_ADDRESS"))
    rows = []
    for _ in range(g.ri(4, 6)):
        s = g.person()
        cc = g.pick(sorted(HOST))
        rows.append([V(f"CASO-{g.d(6)}"), P(g.pick([s.caps, s.full, s.inverted])), (g.cpf("raw"), "BR_CPF"),
                     (g.dob("iso", 1995, 2010), "DATE_OF_BIRTH"), V(COUNTRY[cc]), V(g.pick(CIDS)),
                     V(g.pick(HOSPITALS[cc])), V(f"{g.ri(150, 30000)}.{g.d(2)}"), V(g.pick(["pago", "em análise", "negado (preexistência)", "reembolso"])),
                     (g.phone_abroad(cc), "PHONE_NUMBER") if g.chance(0.8) else V("")])
    table_csv(doc, ["caso", "segurado", "cpf", "dt_nasc", "pais", "cid10", "prestador", "valor_moeda_local", "status", "tel_local"], rows, sep=g.pick([";", ","]))
    doc.f("# casos negados devem ser revisados por «r» (médico auditor, «crm») até «d»\n",
          r=P(g.person().full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), d=g.date("br"))
    return doc


def sa_psico(g: Gen) -> Doc:
    """School psychologist's follow-up report on a minor's adaptation abroad, sent to the parents."""
    doc = Doc()
    kid = g.person()
    m = g.person(female=True)
    f = g.spouse(m)
    ps = g.person()
    cc = g.pick(sorted(HOST))
    host1 = g.host(cc)
    doc.f("Assunto: Relatório de acompanhamento — «k» («mes»)\nPara: «me»; «fe»\n\nPrezados «m»«e»«f»,\n\n"
          "Segue o relatório mensal d«o» «k2» (nasc. «dob»), que está «co» desde «d».\n\n"
          "1. Adaptação: nas primeiras semanas apresentou choro frequente e insônia; a família anfitriã («h») relatou «rel». "
          "«w».\n2. Atendimentos: «n» sessões online; escala GAD-7 = «gad». Hipótese: «cid».\n"
          "3. Escola: o counsellor da escola («ori», e-mail «oe») informou boa participação nas aulas.\n4. Encaminhamento: se persistir, "
          "avaliação com psiquiatra local coberta pela apólice «ap».\n\n«ps»\nPsicóloga/o — «crp»\nWhatsApp «pt»\n",
          k=P(kid.first), mes=g.pick(MONTHS) + "/" + str(g.pick([2025, 2026])), me=(g.email(m), "EMAIL_ADDRESS"), fe=(g.email(f), "EMAIL_ADDRESS"),
          **({"m": P(m.first), "e": " e ", "f": P(f.first)} if g.chance(0.5) else {"m": "responsáveis", "e": "", "f": ""}), o=kid.o, k2=P(kid.full), dob=(g.kid_dob("br"), "DATE_OF_BIRTH"), co=COUNTRY_IN[cc], d=g.date("br"),
          h=P(host1.full), rel=g.pick(["que ela/ele passa muito tempo no quarto", "boa convivência com os filhos do casal", "dificuldade com a comida"]),
          w=g.pick(["Foi uma vitória ela/ele ter ido à excursão de sábado", "Segundo a família, ela/ele 'é muito amado(a) pelos menores da casa'",
                   "Ainda está à flor da pele com as ligações do Brasil", "Dá sinais de esperança e motivação"]), n=g.ri(2, 6), gad=g.ri(4, 16), cid=g.pick(["F43.2 (transtorno de adaptação)", "F41.1", "F32.0", "sem hipótese diagnóstica"]),
          ori=P((orp := g.host(cc)).full), oe=(corp_mail(orp, re.sub(r"[^a-z]", "", fold(g.pick(SCHOOLS_ABROAD[cc]).lower()))[:14] + TLD[cc]), "EMAIL_ADDRESS"), ap=f"{g.d(3)}.{g.d(4)}.{g.d(6)}",
          ps=P(ps.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), pt=(g.phone(), "PHONE_NUMBER"))
    return doc


SA = [sa_sinistro, sa_vacinas, sa_ficha, sa_plantao, sa_atestado, sa_eventos, sa_psico]


# =========================================================================== financeiro

def fi_carne(g: Gen) -> Doc:
    """Statement of an exchange contract paid in instalments (boleto and card), printed for the payer."""
    doc = Doc()
    ag = g.pick(SCHOOLS_BR)
    p = g.person()
    kid = g.minor(p)
    city, uf = g.city()
    doc.f("«ag» · CNPJ «cj»\nEXTRATO DO CONTRATO «ct» — posição em «d»\n\nPagador: «n»  CPF «cpf»\nEndereço de cobrança: «ad» — «b» — "
          "«city»/«uf» — CEP «cep»\nBeneficiário do programa: «k» (DN «kd»)\nE-mail de cobrança: «e»   Fone: «t»\n\n",
          ag=ag.upper(), cj=(g.any_cnpj(), "BR_CNPJ"), ct=f"{g.d(5)}-{g.pick([2025, 2026])}", d=g.date("br"),
          n=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS),
          city=city, uf=uf, cep=(g.cep(), "BR_CEP"), k=P(kid.full), kd=(g.kid_dob("br"), "DATE_OF_BIRTH"),
          e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    rows = []
    n = g.pick([6, 8, 10, 12])
    card_full = g.card(g.chance(0.5))
    venc = g.monthly(n)
    paid = g.ri(2, n - 1)
    late = g.chance(0.5)
    for i in range(1, n + 1):
        st = "PAGA" if i <= paid else ("VENCIDA" if late and i == paid + 1 else "EM ABERTO")
        forma = g.pick(["boleto", "cartão", "Pix", "boleto"])
        ref = V(g.masked()) if forma == "cartão" else V(g.pick([f"nosso nº {g.d(11)}", f"E2E {g.up(1)}{g.d(8)}{g.d(12)}", f"NSU {g.d(9)}"]))
        rows.append([V(f"{i:02d}/{n:02d}"), V(venc[i - 1]), V("R$ " + g.money(900, 6000)), V(st), V(forma), ref])
    table_ruled(doc, ["Parc.", "Vencto", "Valor", "Situação", "Forma", "Referência"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("\nObservação do financeiro («fin», ramal «r»): parcelas no cartão estão na recorrência do cartão «cf» (titular «ct», validade «val»). "
          "Em caso de estorno, devolver na conta informada no contrato: ag. «ag», c/c «acc». «w»\n",
          fin=P(g.person().first), r=g.d(4), cf=(card_full, "CREDIT_CARD"), ct=P(p.caps), val=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}",
          ag=(g.agency(), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"),
          w=g.pick(["Linha digitável e nosso número não são dados do cliente.", "Juros de 1% a.m. + multa de 2% (art. 52 CDC).", ""]))
    return doc


def fi_remessa(g: Gen) -> Doc:
    """International transfer (câmbio) receipt: tuition to a school abroad and homestay to a host family."""
    doc = Doc()
    cc = g.pick(["ie", "uk", "mt", "es", "de", "ie", "mt", "ca", "au"])
    p = g.person()
    city, uf = g.city()
    sch = g.pick(SCHOOLS_ABROAD[cc])
    host = g.host(cc)
    cur = {"ca": "CAD", "au": "AUD", "uk": "GBP"}.get(cc, "EUR")
    doc.f("«corr» — COMPROVANTE DE OPERAÇÃO DE CÂMBIO (remessa para manutenção de estudante / pagamento de curso)\n"
          "Contrato de câmbio nº «cn»   Natureza: «nat»   Data: «d»\n\nREMETENTE\n«n»\nCPF «cpf»   Nascimento «dob»\n«ad», «city»-«uf», "
          "CEP «cep»\nE-mail «e»   Celular «t»\n\n",
          corr=g.pick(["Aurora Câmbio e Turismo Ltda.", "Prudente Corretora de Câmbio S.A.", "Câmbio Flor de Lis DTVM", "Leão Câmbio"]),
          cn=f"{g.d(9)}", nat=g.pick(["12004 — manutenção de residentes no exterior", "70014 — serviços educacionais"]), d=g.date("br"),
          n=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1965, 1990), "DATE_OF_BIRTH"),
          ad=(g.address(), "ADDRESS"), city=city, uf=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(p), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"))
    doc.f("BENEFICIÁRIO 1 — «sch»\nIBAN/Conta: «ib»   SWIFT: «sw»\nValor: «cur» «v1»   Taxa «tx»   IOF (0,38%) R$ «iof»   Total R$ «tot»\n"
          "Referência: invoice «inv» — aluno(a) «al»\n\n",
          sch=sch, ib=(g.iban(cc), "BANK_ACCOUNT"), sw=f"{g.up(4)}{g.pick(['IE', 'GB', 'MT', 'ES', 'DE', 'CA', 'AU'])}{g.up(2)}",
          cur=cur, v1=f"{g.ri(1500, 15000):,}.{g.d(2)}", tx=f"{g.ri(5, 7)},{g.d(4)}", iof=g.money(10, 300), tot=g.money(9000, 90000),
          inv=f"{g.up(3)}-{g.d(5)}", al=P(g.minor(p).full))
    if g.chance(0.7):
        doc.f("BENEFICIÁRIO 2 — «h» (homestay)\nEndereço do beneficiário: «had»\nIBAN/Conta: «ib»   Valor: «cur» «v»\n\n",
              h=P(g.pick([host.full, fold(host.full).upper()])), had=(g.address_abroad(cc), "ADDRESS"), ib=(g.iban(cc), "BANK_ACCOUNT"),
              cur=cur, v=f"{g.ri(600, 3500)}.00")
    doc.f("Débito em conta do remetente: Banco «bk», ag. «ag», conta «acc». Operador: «op». Autenticação «auth».\n",
          bk=g.pick(BANKS)[0], ag=(g.agency(), "BANK_ACCOUNT"), acc=(g.account(), "BANK_ACCOUNT"), op=g.pick([login(g.person()), "mesa_cambio_02"]),
          auth=g.hexs(20).upper())
    return doc


def fi_folha(g: Gen) -> Doc:
    """Teachers' timesheet summary and payroll transfer file of a language school (semicolon CSV)."""
    doc = Doc()
    sch = g.pick(SCHOOLS_BR)
    rh = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«s» — CNPJ «cj»\nfolha_professores_horistas_«c».csv — conferida por «rh» (RH) em «d»\n",
          s=sch, cj=(g.any_cnpj(), "BR_CNPJ"), c=comp.replace("/", "-"), rh=P(rh.full), d=g.date("br"))
    rows = []
    for _ in range(g.ri(4, 6)):
        t = g.person()
        pay = g.pick(["ted", "ted", "pix"])
        rows.append([V(g.d(5)), P(g.pick([t.full, t.caps, t.full])), (g.cpf("raw"), "BR_CPF"), (g.pis("raw"), "BR_PIS"),
                     V(g.pick(LANGS)), V(str(g.ri(20, 140))), V(f"{g.ri(38, 95)},{g.pick(['00', '50'])}"),
                     V(g.money(1500, 12000).replace(".", "")),
                     V(g.pick(BANKS)[0]) if pay == "ted" else V(""), (g.agency(False), "BANK_ACCOUNT") if pay == "ted" else V(""),
                     (g.account(), "BANK_ACCOUNT") if pay == "ted" else V(""), (g.uuid(), "PIX_KEY") if pay == "pix" else V("")])
    table_csv(doc, ["matricula", "nome", "cpf", "pis", "idioma", "horas_aula", "valor_hora", "bruto", "banco", "agencia", "conta", "chave_pix"], rows, sep=";")
    doc.f("\nPendências: «a» sem folha de ponto assinada da semana «w»; a matrícula «b» lançou sábado como hora extra (aprovar com «co»). "
          "Título de eleitor de «c» («tit») ainda não consta no cadastro do eSocial.\n",
          a=P(rows[0][1][0]), w=g.ri(1, 52), b=rows[1][0][0], co=P(g.person().full),
          c=P(rows[-1][1][0]), tit=(g.titulo(), "BR_TITULO_ELEITOR"))
    return doc


def fi_bolsa(g: Gen) -> Doc:
    """Scholarship committee minutes with the approved list (income-tested bursaries)."""
    doc = Doc()
    sch = g.pick(SCHOOLS_BR)
    members = [g.person() for _ in range(3)]
    doc.f("ATA DA COMISSÃO DE BOLSAS «y» — «s»\nReunião de «d». Presentes: «m1», «m2» e a coordenação pedagógica.\n\nResultado da análise socioeconômica "
          "(renda per capita, documentos do responsável):\n\n",
          y=g.pick(["2025/2", "2026/1"]), s=sch, d=g.date("long"), m1=P(members[0].full), m2=P(members[1].full))
    rows = []
    for _ in range(g.ri(4, 6)):
        k = g.person()
        r = g.person()
        rows.append([P(g.pick([k.full, k.caps])), (g.dob("br", 2006, 2013), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.6) else V("não informado"), P(r.short),
                     (g.cpf(), "BR_CPF"), (g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else (g.pis(), "BR_PIS"),
                     V("R$ " + g.money(400, 2500)), V(g.pick(["50%", "70%", "100%", "30%", "indeferida"]))])
    table_ruled(doc, ["Aluno(a)", "Nasc.", "CPF aluno", "Responsável", "CPF resp.", "Título/NIS resp.", "Renda p/c", "Bolsa"], rows, g.pick(["plus", "plain"]))
    doc.f("\nA bolsa de «k» fica condicionada à apresentação do CadÚnico (NIS acima). Recurso da linha 2 indeferido por renda "
          "acima do teto (Lei 12.101/2009 como referência). Sem mais, lavrou-se a ata, assinada pelos presentes.\n",
          k=P(rows[0][0][0]))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """Chargeback dispute ticket from the card acquirer on an exchange package, with gateway log lines."""
    doc = Doc()
    p = g.person()
    an = g.person()
    card = g.card(g.chance(0.6), g.pick(["4", "5", "3"]))
    doc.f("Disputa #«n» · adquirente «acq» · motivo «mot»\nAnalista: «an» («ae»)\nEstabelecimento: «ag» (MCC 8299)\n\n"
          "Portador: «p»   CPF «cpf»   E-mail «e»\nCartão: «mask»   Valor: R$ «v» em «np»x   Data da venda: «dv»\n\n"
          "Log do gateway (checkout do site):\n",
          n=g.d(8), acq=g.pick(["Cielo", "Rede", "Stone", "GetNet", "PagSeguro"]), mot=g.pick(["4853 — serviço não prestado", "4837 — não reconhece", "13.1 — merchandise not received"]),
          an=P(an.full), ae=(corp_mail(an, g.pick(["bentostudy.com.br", "vitoriainterc.com", "aurorainterc.com.br"])), "EMAIL_ADDRESS"),
          ag=g.pick(SCHOOLS_BR), p=P(p.full), cpf=(g.cpf(), "BR_CPF"), e=(g.email(p), "EMAIL_ADDRESS"), mask=g.masked(),
          v=g.money(3000, 40000), np=g.pick([1, 6, 10, 12]), dv=g.date("br"))
    stamps = g.stamps(5, 1)
    for k, ev in enumerate(["checkout.started", "card.tokenize", "antifraud.review", "payment.authorized", "receipt.sent"]):
        extra = {"checkout.started": ("cust_ip=«x»", (g.ip(), "IP_ADDRESS")),
                 "card.tokenize": ("debug pan=«x»", (card, "CREDIT_CARD")),
                 "antifraud.review": (f"score=0.{g.d(3)} phone=«x»", (g.phone("e164"), "PHONE_NUMBER")),
                 "payment.authorized": (f"auth_code={g.d(6)} nsu={g.d(9)}", None),
                 "receipt.sent": ("to=«x»", (g.email(p), "EMAIL_ADDRESS"))}[ev]
        tpl, val = extra
        doc.f(f"{stamps[k]} {ev:<20} " + tpl + "\n", **({"x": val} if val else {}))
    doc.f("\nDefesa: contrato assinado (IP «ip»), e-mails de «cons» com a confirmação da escola e da família anfitriã. "
          "Se perder, estornar via Pix para a chave aleatória do cliente «pix» ou TED ag. «ag» c/c «acc». "
          "⚠ O log acima gravou o PAN completo — abrir incidente PCI com «sec».\n",
          ip=(g.ip(), "IP_ADDRESS"), cons=P(g.person().full), pix=(g.uuid(), "PIX_KEY"), ag=(g.agency(), "BANK_ACCOUNT"),
          acc=(g.account(), "BANK_ACCOUNT"), sec=P(g.person().short))
    return doc


def fi_conciliacao(g: Gen) -> Doc:
    """Acquirer reconciliation CSV of card sales of a language school (holder names, some full PANs)."""
    doc = Doc()
    fin = g.person()
    doc.f("conciliacao_vendas_cartao_«d».csv — «s» — conferência: «f»\n", d=g.date("iso"), s=g.pick(SCHOOLS_BR), f=P(fin.full))
    rows = []
    for _ in range(g.ri(5, 7)):
        h = g.person()
        full = g.chance(0.35)
        canal = g.pick(["pos_recepcao", "ecommerce", "link_pagto"])
        rows.append([V(g.d(9)), V(g.d(6)), V(g.date("br") + " " + g.hm()), P(g.pick([h.caps, fold(h.short).upper(), h.full])),
                     (g.card(False), "CREDIT_CARD") if full else V(g.masked()), (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else V(""),
                     V(g.money(200, 9000).replace(".", "")), V(str(g.pick([1, 3, 6, 10, 12]))),
                     V(g.pick(["APROVADA", "APROVADA", "NEGADA 51", "ESTORNADA", "CHARGEBACK"])), V(canal),
                     (g.email(h), "EMAIL_ADDRESS") if canal != "pos_recepcao" else V(""),
                     (g.ip(), "IP_ADDRESS") if canal == "ecommerce" else V("")])
    table_csv(doc, ["nsu", "cod_autorizacao", "data_hora", "portador", "cartao", "cpf_portador", "valor", "parcelas", "status", "canal", "email_comprador", "ip_comprador"], rows,
              sep=g.pick([";", ","]))
    doc.f("# linhas com PAN completo vieram do POS antigo da recepção (unidade «u») — pedir troca à «acq». Pedido nº «ped», OS «os».\n",
          u=g.pick(["Prudente", "Centro", "Aurora", "Boa Vista"]), acq=g.pick(["Cielo", "Rede", "Stone"]), ped=g.neg(11), os=g.d(8))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """Collections notice on overdue instalments of a minor's course, with the negotiation log."""
    doc = Doc()
    p = g.person()
    kid = g.minor(p)
    cob = g.person()
    sch = g.pick(SCHOOLS_BR)
    city, uf = g.city()
    doc.f("«city», «d»\n\nA(o) Sr(a).\n«n»\n«ad»\n«b» — «city»/«uf»\nCEP «cep»\n\nRef.: parcelas em atraso — curso de «lang» de «k» (contrato «ct»)\n\n"
          "Prezado(a) «nf»,\n\nConstam em aberto as parcelas «pp» do contrato acima, no total atualizado de R$ «v». Para evitar a "
          "inclusão do CPF «cpf» nos órgãos de proteção ao crédito, regularize até «pz» por Pix (chave aleatória «pix») ou boleto.\n\n"
          "Atenciosamente,\n«cob» — Cobrança «sch» — «ct2»\n\n",
          city=city, d=g.date("long"), n=P(p.caps), ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), uf=uf,
          cep=(g.cep(), "BR_CEP"), lang=g.pick(LANGS), k=P(kid.first), ct=g.d(6), nf=P(p.first), pp=g.pick(["03, 04 e 05/12", "07/10", "02 a 06/12"]),
          v=g.money(800, 9000), cpf=(g.cpf(), "BR_CPF"), pz=g.date("br"), pix=(g.uuid(), "PIX_KEY"), cob=P(cob.full), sch=sch,
          ct2=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.t("--- histórico de negociação ---\n")
    hist = g.stamps(5, 40, "br")
    for k, (msg, kw) in enumerate([("SMS enviado para «t»", dict(t=(g.phone("e164"), "PHONE_NUMBER"))),
                    ("e-mail para «e» aberto (IP «ip»)", dict(e=(g.email(p), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))),
                    ("«c» ligou: cliente diz que «fk» desistiu em «dd» por motivo de saúde; pedirá laudo", dict(c=P(cob.first), fk="a filha" if kid.female else "o filho", dd=g.date("br"))),
                    ("proposta: 3x de R$ «v» no cartão; cliente informou cartão «card»", dict(v=g.money(300, 2000), card=(g.card(), "CREDIT_CARD"))),
                    ("acordo nº «a» registrado por «lg»", dict(a=g.neg(11), lg=login(cob)))]):
        doc.f(f"{hist[k]}  " + msg + "\n", **kw)
    return doc


FI = [fi_carne, fi_remessa, fi_folha, fi_bolsa, fi_chargeback, fi_conciliacao, fi_cobranca]


TEMPLATES = {
    "atendimento": [at_matricula, at_whatsapp, at_roster, at_host_email, at_leads, at_portal, at_ocr_declaracao],
    "juridico": JU,
    "saude": SA,
    "financeiro": FI,
}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")


def check(record: dict) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
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
            assert 9 <= len(digits) <= 13, (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"[\d.]+|[0-9a-f:]+", v), (record["id"], v)
    # hard negatives: any CPF-shaped number outside the gold spans must fail the CPF check
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    for m in CPF_LIKE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (record["id"], m.group(1))


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
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("eightyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
