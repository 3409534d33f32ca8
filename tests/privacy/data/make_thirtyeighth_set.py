"""Build the thirty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_thirtyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or
run), standalone (own check-digit code, no Faker, no import from afinar), seed 38,
280 records: 7 templates per domain, 10 copies each. The helpers (Gen, Doc, name pools,
check digits) follow the shape of the twentieth and thirty-sixth sets' generators.

Register, not used by the earlier sets: the third sector (NGOs, churches, foundations, social
projects), the way personal data sits in their everyday work: donor CRMs and recurring
donations, food banks and shelters, volunteers, scholarship and mentoring programmes,
micro-credit and solidarity-economy groups, parishes and congregations, refugee and migrant
support, community health agents working with an NGO, agreements with public funders and
their accountability reports, and the legal side of all that.
- atendimento: 0 e-mail between fundraising staff with a donor-CRM export (semicolon CSV) of
  recurring donors whose card, debit or Pix Automático failed (CPF, IP of sign-up, final digits
  of cards, a full card number a donor pasted on WhatsApp, a donor referred to by CRM id); 1 a
  volunteer sign-up form response (labels, nickname, emergency contact, driver's car plate,
  RENAVAM and CNH, health volunteers' council numbers) with the coordinator's screening note;
  2 a WhatsApp export of the volunteers' group of a soup kitchen / food bank (lower case,
  nicknames, unsaved numbers as senders, the week's schedule, families who get a basket at
  home, a Pix refund); 3 an ALL CAPS screen of a food bank's family register (NIS, título,
  CadÚnico family code, members with birth dates, deliveries with attendants' logins); 4 the
  intake interview of a migrant/refugee support centre (RNM or refugee-request protocol, CPF,
  family in Brazil and abroad with foreign phone numbers, interpreter, interviewer's narrative);
  5 a Portuguese-class attendance sheet pasted from a spreadsheet (tab-separated, CPF for the
  certificate, P/F/J marks, "Surname, Given" in some copies, teacher's notes); 6 an e-mail
  thread of a mentoring programme (corporate mentor, teenage mentee, mother's consent data).
- juridico: 0 a labour claim of a social educator against an NGO (petição inicial: full
  qualification with CTPS, PIS, RG, CPF, sometimes título, birth date and address; NGO's CNPJ,
  numeric or alphanumeric; lawyers' OAB and e-mail; Súmula, CLT and Lei 13.467/2017); 1 minutes
  of the labour hearing (TRT CNJ number, judge, lawyers, preposto, settlement paid to the
  claimant's agency and account or Pix, or testimony of witnesses with RG, CPF and address); 2
  a shelter's technical report to the Children's Court about a child in institutional care
  (child's birth date, CNS, CPF; parents, sibling, grandmother; psychologist's CRP, social
  worker's CRESS); 3 an e-mail thread about a disputed donation of a house to a parish (heirs'
  extrajudicial notice, the donor's home address and birth date, art. 549 of the Civil Code);
  4 a volunteer-service agreement under Lei 9.608/1998 (NGO CNPJ, volunteer's qualification,
  expense refund to an account or Pix key, witnesses with CPF); 5 a certificate request to a
  parish and the transcription of baptism and marriage book entries (birth dates written in
  words, godparents, vicar, friar; "Foram padrinhos: X e Nossa Senhora"); 6 a donor's LGPD
  data-subject request to a foundation and the DPO's answer listing what is held (access IPs,
  masked card, receipts, Lei 13.709/2018, Marco Civil).
- saude: 0 a community health agent's home-visit notebook transcribed (handwritten-style,
  abbreviations, lower-case addresses, CNS, blood pressure, ICD-10, pregnant teenagers, children
  with late vaccines, the team's doctor and nurse); 1 a vaccination-campaign spreadsheet of a
  parish/NGO with the health unit (one name column or nome/sobrenome columns, birth date, CNS,
  CPF, phone, batch, vaccinator's COREN); 2 a health triage form of a homeless shelter (street
  nickname, mother's name, documents, ICD-10, nurse's COREN, reference contact); 3 an e-mail
  thread organising a health mutirão (volunteer doctors, dentists and nurses with council
  numbers and phones; the social worker's table of referred patients with CNS); 4 an ALL CAPS
  admission screen of a support house for cancer patients (patient, companion, treating doctor's
  CRM, municipal van plate and driver, ICD-10, stays); 5 a WhatsApp chat between a community
  health agent and the NGO's nurse (lower case, role names as contacts); 6 the Pastoral da
  Saúde visit notebook of a parish (sick parishioners at home and in hospital, communion,
  anointing, the parish's Pix key).
- financeiro: 0 a donor's e-mail asking for a receipt for tax deduction and the receipt (Fundo
  da Infância / Fundo do Idoso, Lei 8.069/1990 and Lei 9.250/1995, transfer from the donor's
  agency and account or Pix e2e id, treasurer, accountant's CRC, verification code); 1 an
  accountability report (prestação de contas) to a public funder under Lei 13.019/2014 with
  the payees' table (workshop instructors with CPF, agency and account; suppliers with CNPJ and
  boleto) and the accountant's CRC; 2 a solidarity micro-credit group's repayment notebook
  transcribed (handwritten-style, members' CPF and phones, social currency "palmas"); 3 a
  parish or church tithe list pasted from a spreadsheet (automatic debit with agency and
  account, e-mails, birthdays of the month, the church's random Pix key and CNPJ); 4 a
  scholarship application's family-income form (candidate's título when adult, family members
  with birth dates and CPF, NIS, car plate and RENAVAM) with the social worker's interview
  notes (CRESS); 5 a payment gateway's chargeback file of recurring card donations (full and
  masked PANs, holders, e-mails, phones, IPs) with the NGO analyst's e-mail (Pix e2e ids); 6 an
  ALL CAPS loan screen of a community revolving fund (borrower's RG or CNH, título, MEI CNPJ,
  moto-taxi plate; solidarity guarantor; disbursement account or random Pix key; instalments).

Conventions (the twentieth set's; the new decisions are marked *): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "D.", "dona", "seu", nor *the church and community titles
"Pe.", "padre", "irmã", "diácono", "Frei", "enf." (the name after them is a person); particles
inside a name (de, da, dos, e) are part of it; "SURNAME, Given" and "Surname, Given" are one
span; nicknames ("Zé", "Lulu", "Jurandirão") and first names alone, capitalised or lower case,
are persons; first_name/last_name (nome/sobrenome) columns are one span each. Staff named in the
text (fundraisers, coordinators, attendants, nurses, lawyers, judges, priests, teachers,
interpreters, credit agents) are persons; logins, system users (USUARIO: MZHANG, OPERADOR:
VOLUNT03), group names and *contacts saved under a role ("Coord. Sopão", "Enf. Projeto")
are not; *a sender shown as an unsaved number is a PHONE_NUMBER. *"Nossa Senhora" as
godmother is not a person. Corporate e-mails of people are EMAIL_ADDRESS (also in capitals);
role mailboxes (doacoes@, dpo@, secretaria@, voluntariado@, financeiro@) are not labelled.
*Foreign phone numbers of relatives abroad (+509, +58, +244...) are PHONE_NUMBER. ADDRESS is
street type + name + number + complement (not bairro, city, state or CEP; CEP is BR_CEP); the
address of an NGO, parish, shelter, hospital or company is not labelled; a street named
without a number is not labelled. Agency and account are separate BANK_ACCOUNT spans, *also
the specific account of an NGO's partnership; bank codes and bank names are not.
DATE_OF_BIRTH only for birth dates (also of children, written in words in old parish books,
and in the list of the month's birthdays); baptism, marriage, visit, delivery, admission,
vaccination and donation dates are not. PROFESSIONAL_ID includes the council acronym and UF or
region ("CRM/SP 123456", "OAB/RJ 98.765", "COREN-BA 123456-TE", *"CRP 06/12345", "CRESS/SP
45.678", "CRESS 9ª Região nº 12345", "CRC-MG 098765/O-5", "CRN-3 45678", "CRO/TO 1234"). The NIS
of CadÚnico is BR_PIS. *RNM/RNE numbers of migrants, refugee-request protocols, passports, CTPS
numbers and CadÚnico family codes are not labelled (no label for them); *the CNPJ of a
person's MEI is BR_CNPJ like any CNPJ; *the plate of a municipal van is a LICENSE_PLATE.
PIX_KEY only for random (UUID) keys used as Pix keys (also an NGO's or a parish's); Pix keys
that are a CPF, CNPJ, e-mail or phone take those labels. Masked values (cards with asterisks or
"final 1234"), internal ids, receipt, protocol, order, transaction, EC and contract numbers are
not labelled.

Names: Brazilian names of many origins (Portuguese common and regional, coined names such as
Gleiciane, Dalvanira, Kethellyn, Josenildo, Erivelton; Italian, German, Polish, Japanese,
Korean, Chinese, Lebanese/Syrian, Jewish; and, given the register, the origins of migrants and
refugees: Haitian, Venezuelan, Bolivian, Angolan, Congolese, Senegalese, Afghan; indigenous
Brazilian), at least a quarter of the name words rare or invented; names that are everyday
or church words (Rosa, Luz, Flor, Bento, Prudente, Amado, Vitória, Aurora, Branco, Graça,
Esperança, Paz, Cruz, Anjos, Sacramento) next to the same words as words ("outubro rosa",
"faltou luz", "graças a Deus", "a paz do Senhor", "a cruz") and in places and organisations
(Paróquia Santa Cruz, Casa de Acolhida Esperança, Banco de Alimentos Flor do Campo, Bento
Gonçalves, Presidente Prudente, Rua Bento Ribeiro, Frigorífico Aurora), which are not persons.
Forms: full, ALL CAPS without accents, lower case, "SURNAME, Given", "Surname, Given", first
name alone, nicknames, short names.

Hard negatives (never labelled): CNJ process numbers (state courts and TRT), 11-digit numbers
failing the CPF check (CadÚnico family codes, RENAVAM, LGPD protocols, receipt verification
codes, bare or dotted like a CPF), RNM numbers, passports, ICD-10 codes, money (also "P$"
palmas), receipt/protocol/guide/transaction/EC numbers, Pix end-to-end ids, vaccine batches,
laws and précis ("Lei 9.608/1998", "Lei 13.019/2014", "Lei 13.709/2018", "Súmula 437 do
TST", "art. 549 do Código Civil"), company and NGO names containing a surname or a saint
(Distribuidora Kassab Ltda, Têxtil Haddad, Lar São Vicente de Paulo, Hospital Amaral Carvalho),
schools and streets honouring people named without a number (EMEF Chico Mendes, "perto da
Padre Cícero"), dates that are not birth dates. The script checks every span (check digits of
CPF, CNPJ, PIS, CNS, título, CNH, RG-SP and cards; formats of the others), that spans do not
overlap, that the recorded hard negatives fail the CPF check and lie outside all spans, and
that every 11-digit run (bare or dotted like a CPF) left outside the spans fails the CPF check.
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
SEED = 38
OUT = "thirtyeighth"
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
NUM_WORDS = ["", "primeiro", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
             "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "vinte e um",
             "vinte e dois", "vinte e três", "vinte e quatro", "vinte e cinco", "vinte e seis", "vinte e sete",
             "vinte e oito"]

# --------------------------------------------------------------------------- name pools
# RARE_* hold uncommon, regional or coined names; main() prints their share of PERSON words.

PT_F = ["Maria José", "Ana Paula", "Fernanda", "Patrícia", "Juliana", "Adriana", "Cláudia", "Simone", "Luciana",
        "Aline", "Camila", "Larissa", "Gabriela", "Beatriz", "Mariana", "Tânia", "Rosângela", "Francisca", "Antônia",
        "Sandra", "Fátima", "Joana", "Marlene", "Maria do Carmo", "Lúcia", "Raquel", "Débora", "Tatiane", "Priscila",
        "Benedita", "Elisângela", "Cristina"]
RARE_F = ["Edileuza", "Gleiciane", "Rosenilda", "Aucilene", "Jucélia", "Dijanira", "Cleonice", "Zenaide", "Irisvânia",
          "Marinalva", "Ivanilde", "Luzinete", "Wandeia", "Kethellyn", "Ysadora", "Anyelle", "Sthefany", "Rhayane",
          "Dalvanira", "Eudóxia", "Geruza", "Joselma", "Lindinalva", "Deiziane", "Lauanny", "Edenilza", "Tuanny",
          "Odília", "Creuzelí", "Maricélia", "Jorgina", "Valdelice", "Naedja", "Ruthiele", "Elzirene", "Ivonete Cléa"]
PT_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Gabriel", "Rafael", "Daniel",
        "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Ricardo", "Luís", "Roberto", "Fábio", "Gustavo", "Matheus",
        "Thiago", "Vinícius", "Diego", "Sebastião", "Raimundo", "Geraldo", "João Batista", "José Carlos", "Severino"]
RARE_M = ["Edivaldo", "Jucelino", "Cosme", "Damião", "Rosivaldo", "Gildásio", "Deusdete", "Adelmo", "Valdomiro",
          "Erivelton", "Claudemir", "Josenildo", "Uilian", "Maicon Douglas", "Kauan", "Jhonatan", "Wanderlan",
          "Ueslei", "Anísio", "Natanael", "Genésio", "Belarmino", "Teotônio", "Argemiro", "Kleberson", "Derivaldo",
          "Adailton", "Zenóbio", "Creomar", "Jurandir", "Ednaldo", "Wellisson", "Gecivaldo", "Raniery", "Ozires"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Araújo", "Melo", "Barbosa", "Ribeiro", "Carvalho", "Gomes", "Martins", "Rocha", "Dias",
          "Moreira", "Cardoso", "Teixeira", "Monteiro", "Batista", "Fernandes", "Conceição", "Sousa", "Pinheiro",
          "Moura", "Cavalcante", "Vieira", "Freitas", "Lopes", "Macedo"]
RARE_SUR = ["Bezerril", "Quintela", "Baraúna", "Borborema", "Capistrano", "Jatobá", "Malheiros", "Ximenes", "Frazão",
            "Gondim", "Tabosa", "Cariri", "Paraguassu", "Muniz Falcão", "Sertório", "Macambira", "Canuto", "Timbó",
            "Arcoverde", "Seixas", "Sabino", "Cunegundes", "Epaminondas", "Eufrásio", "Severiano", "Carapeba",
            "Piancó", "Brayner", "Tavares Bezerra", "Lustosa", "Medrado", "Queiroz Galvão", "Boaventura",
            "Maranhão", "Calixto", "Valadares", "Aguiar Sá"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Esperança", "Graça", "Glória"]
WORD_M = ["Bento", "Prudente", "Amado", "Modesto", "Natal", "Salvador", "Justo"]
WORD_SUR = ["Rosa", "Branco", "Amado", "Prudente", "Bento", "Luz", "Flor", "Vitória", "Cruz", "Paz", "Sacramento",
            "Anjos", "Assunção", "Esperança", "Fé", "Santana"]
NICK = {"José": "Zé", "Francisco": "Chico", "Antônio": "Tonho", "Beatriz": "Bia", "Adriana": "Dri", "Eduardo": "Dudu",
        "Jucelino": "Juca", "Sebastião": "Tião", "Severino": "Biu", "Luzinete": "Lulu", "Fátima": "Fafá",
        "Cleonice": "Nice", "Josenildo": "Naldo", "Teotônio": "Teo", "Maria do Carmo": "Carminha", "Raimundo": "Mundinho",
        "Edileuza": "Leu", "Benedita": "Dita", "Marinalva": "Nalva", "Rosenilda": "Nilda", "Valdomiro": "Miro",
        "José Carlos": "Zeca", "João Batista": "Batista", "Dalvanira": "Dalva", "Gildásio": "Gil", "Zenaide": "Naide",
        "Wanderlan": "Wandinho", "Maria José": "Zezé", "Argemiro": "Miro", "Lindinalva": "Linda", "Patrícia": "Paty"}
FOREIGN = {
    # origin: (female given, male given, surnames)
    "it": (["Graziella", "Loredana", "Giuliana"], ["Gianluca", "Renzo", "Ettore"],
           ["Zanella", "Bortolini", "Piccoli", "Dall'Agnol", "Tomasi", "Giacomelli"]),
    "de": (["Elfriede", "Ingrid", "Hildegard"], ["Helmut", "Egon", "Reinaldo"],
           ["Schmitt", "Wagner", "Kuhn", "Ruschel", "Haubert", "Zimmermann"]),
    "pl": (["Jadwiga", "Halina"], ["Wojciech", "Kazimierz"], ["Kowalczyk", "Wiśniewski", "Dombrowski", "Zając"]),
    "jp": (["Keiko", "Yumi", "Harumi"], ["Massao", "Tadashi", "Yoshio"], ["Nakamura", "Higa", "Miyagi", "Sato", "Okada"]),
    "ar": (["Rania", "Hiba", "Samira"], ["Tarek", "Yusuf", "Bassam"], ["Kassab", "Hamwi", "Sleiman", "Jaber", "Haddad"]),
    "kr": (["Eun-ji", "Soo-yeon"], ["Dong-hyun", "Min-ho"], ["Park", "Lee", "Kang"]),
    "cn": (["Mei", "Xiaoyan"], ["Wei", "Jun"], ["Zhang", "Liu", "Huang"]),
    "jw": (["Raquel", "Ester"], ["Moisés", "Davi"], ["Rosenbaum", "Feldman", "Szterenfeld", "Wajnberg"]),
    "ht": (["Guerline", "Nadège", "Mirlande", "Widline"], ["Wilner", "Jean-Robert", "Frantzy", "Wisly", "Stevenson"],
           ["Pierre-Louis", "Désir", "Exantus", "Jean-Charles", "Saint-Fleur", "Dorsainvil", "Louissaint"]),
    "ve": (["Yusleidy", "Marbelis", "Yelitza", "Oriana"], ["Yorman", "Jhonderson", "Wuilmer", "Yeferson"],
           ["Rondón", "Briceño", "Querales", "Guanipa", "Chirinos", "Colmenares", "Urdaneta"]),
    "bo": (["Jhovana", "Wilma", "Roxana"], ["Freddy", "Eusebio", "Rolando"],
           ["Apaza", "Mamani", "Condori", "Choque", "Ticona", "Quispe Huanca"]),
    "ao": (["Nzinga", "Ndalu", "Kianda"], ["Kiluanje", "Ngola", "Mbala"], ["Kiala", "Nzau", "Capita", "Mbemba", "Kassoma"]),
    "cd": (["Mbuyi", "Nsimba", "Ngalula"], ["Kabongo", "Tshibangu", "Ilunga"], ["Kalonji", "Lukusa", "Kasongo", "Mwamba"]),
    "sn": (["Aminata", "Fatou", "Ndeye Awa"], ["Mamadou", "Ousmane", "Modou"], ["Diop", "Ndiaye", "Mbaye", "Gueye", "Seck"]),
    "af": (["Zahra", "Farzana", "Marzia"], ["Rahmatullah", "Mohammad Nabi", "Sayed"], ["Hakimi", "Rahimi", "Sultani", "Noori"]),
    "in": (["Jaciara", "Potira", "Kerexu"], ["Arakén", "Kuaray", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Tikuna"]),
}
MIGRANT_ORIGINS = {"ht": "haitiana", "ve": "venezuelana", "bo": "boliviana", "ao": "angolana", "cd": "congolesa",
                   "sn": "senegalesa", "af": "afegã"}
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in ("pl", "ht", "ve", "bo", "ao", "cd", "sn", "af", "in"):
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(FOREIGN["jw"][2] + FOREIGN["de"][2][3:5] + FOREIGN["it"][2][:4] + FOREIGN["ar"][2][:4])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Vitória", "Silva", "Conceição", "Cruz", "Paz", "Assunção", "Esperança", "Fé"}
DO_SUR = {"Nascimento", "Sacramento", "Carmo"}
DOS_SUR = {"Santos", "Anjos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "19", "21", "24", "27", "31", "34", "38", "41", "42", "44", "47", "48",
        "51", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "77", "79", "81", "82", "83", "84",
        "85", "86", "87", "89", "91", "92", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Viela",
                "Beco", "Praça", "Servidão", "Rodovia"]
STREET_NAMES = ["Padre Cícero", "Irmã Dulce", "Dom Hélder Câmara", "Frei Damião", "Santa Rita de Cássia",
                "Barão de Mauá", "Madre Paulina", "Chico Mendes", "Zilda Arns", "da Esperança", "Rosa de Saron",
                "das Flores", "Bento Ribeiro", "Prudente de Morais", "Nossa Senhora da Luz", "Aurora Boreal",
                "São Vicente de Paulo", "Cônego Eufrásio Calixto", "Vereador Josenildo Sabino", "dos Operários",
                "Treze de Maio", "Sete de Setembro", "Marechal Deodoro", "Tiradentes", "Castro Alves",
                "Professora Odília Medrado", "Pastor Natanael Timbó", "Jardim das Oliveiras", "Boa Vista",
                "do Rosário", "da Paz", "Santa Cruz", "Monsenhor Arcoverde", "Dona Glória Amado", "Beira-Mar"]
CITIES = [("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Presidente Prudente", "SP"),
          ("Bento Gonçalves", "RS"), ("Porto Alegre", "RS"), ("Caxias do Sul", "RS"), ("Curitiba", "PR"),
          ("Cascavel", "PR"), ("Chapecó", "SC"), ("Florianópolis", "SC"), ("Belo Horizonte", "MG"),
          ("Montes Claros", "MG"), ("Uberlândia", "MG"), ("Rio de Janeiro", "RJ"), ("Duque de Caxias", "RJ"),
          ("Vitória", "ES"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Boa Vista", "RR"), ("Pacaraima", "RR"),
          ("Rio Branco", "AC"), ("Corumbá", "MS"), ("Cuiabá", "MT"), ("Goiânia", "GO"), ("Brasília", "DF"),
          ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Palmas", "TO")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN",
       "PB", "MT", "MS", "PI", "SE", "AL", "TO", "RO", "AC", "AP", "RR"]
BAIRROS = ["Jardim Esperança", "Vila da Paz", "Centro", "Parque Santa Cruz", "Jardim Aurora", "Conjunto Flor do Campo",
           "Vila Rosa", "Cidade Tiradentes", "Jardim Ângela", "Morro da Luz", "Vila Nova", "Bom Jesus", "Sacramento",
           "Jardim São Bento", "Alto do Cruzeiro", "Vila Operária", "Capão Redondo", "Comunidade do Rosário"]
CIDS = ["E11.9", "I10", "J45.9", "N18.3", "K29.7", "M54.5", "F32.1", "F41.1", "O26.8", "A90", "C50.9", "C61",
        "C34.9", "G40.9", "R10.4", "J18.9", "L20.9", "E66.9", "Z34.0", "I50.0", "B20", "A15.0", "F10.2", "D50.9",
        "I63.9", "E78.5", "Z59.0", "B86", "C18.9", "C53.9"]
ORGS = ["Instituto Flor do Campo", "Associação Esperança Viva", "Casa de Acolhida Santa Luzia", "ONG Mãos que Servem",
        "Fundação Amado Sacramento", "Obra Social Nossa Senhora da Paz", "Instituto Aurora de Educação",
        "Associação Beneficente Bento XVI", "Projeto Semear", "Rede Solidária Prudente", "Lar São Vicente de Paulo",
        "Centro Comunitário Vila Rosa"]
PARISHES = ["Paróquia Santa Cruz", "Paróquia Nossa Senhora da Luz", "Paróquia São Bento", "Paróquia Santa Rita de Cássia",
            "Comunidade Nossa Senhora Aparecida", "Paróquia do Divino Espírito Santo", "Paróquia Sagrado Coração de Jesus"]
PARISH_DOMAINS = dict(zip(PARISHES, ["paroquiasantacruz.org.br", "nsdaluz.org.br", "paroquiasaobento.org.br", "santaritadecassia.org.br",
                                    "comunidadensaparecida.org.br", "divinoespiritosanto.org.br", "sagradocoracao.org.br"]))
CHURCHES = ["Igreja Batista da Esperança", "Assembleia de Deus Ministério Rosa de Saron", "Igreja Presbiteriana da Paz",
            "Comunidade Evangélica Luz do Mundo", "Igreja do Evangelho Quadrangular Aurora"]
BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("033", "Santander"),
         ("260", "Nubank"), ("756", "Sicoob"), ("748", "Sicredi"), ("077", "Inter"), ("323", "Mercado Pago"),
         ("290", "PagBank"), ("380", "PicPay")]


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
        if self.given.startswith(("Maria d", "Maria José", "João Batista", "José Carlos", "Maicon", "Ndeye", "Mohammad",
                                  "Jean-")):
            return self.given
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
    def inverted_plain(self) -> str:
        sur = [x for x in self.surnames if x not in PARTICLES]
        return f"{' '.join(sur)}, {self.given}"

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
            "lowshort": fold(p.short).lower(), "lownick": fold(p.nick).lower()}[form]


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "compact": f"{yy}{mm:02d}{dd:02d}",
            "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}", "long": f"{dd} de {MONTHS[mm - 1]} de {yy}",
            "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}", "dot": f"{dd:02d}.{mm:02d}.{yy}",
            "abbr": f"{dd:02d}/{MONTHS_ABBR[mm - 1]}/{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "words": f"{NUM_WORDS[dd]} de {MONTHS[mm - 1]} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

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

    def neg11(self, style: str = "raw"):
        v = self.neg(11)
        return (fmt_cpf(v) if style == "dot" else v, "NEG")

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.36:
            return self.pick(RARE_SUR)
        if r < 0.50:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.09:
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
            if rng.random() < 0.25 and origin not in ("kr", "cn", "af", "cd", "sn"):
                given = self.pick(PT_F + RARE_F if female else PT_M + RARE_M)
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if origin in ("ve", "bo") and rng.random() < 0.6:
                other = self.pick(sur)
                if other != surnames[0]:
                    surnames.append(other)
            elif origin not in MIGRANT_ORIGINS and rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female, origin)

    def migrant(self, female: bool | None = None) -> Person:
        return self.person(female=female, origin=self.pick(sorted(MIGRANT_ORIGINS)))

    def relative(self, of: Person, female: bool | None = None, avoid: set[str] | None = None) -> Person:
        """A relative sharing the last surname; `avoid` collects given names already used in the family."""
        female = self.chance(0.5) if female is None else female
        avoid = avoid if avoid is not None else set()
        avoid.add(of.given)
        if of.origin != "pt":
            fs, ms, _ = FOREIGN[of.origin]
            pool = (fs if female else ms) if self.chance(0.6) else (PT_F + RARE_F if female else PT_M + RARE_M)
            opts = [x for x in pool if x not in avoid] or [x for x in (PT_F if female else PT_M) if x not in avoid]
            given = self.pick(opts)
            avoid.add(given)
            return Person(given, list(of.surnames), female, of.origin)
        while True:
            p = self.person(female=female, origin="pt")
            if p.given not in avoid:
                break
        avoid.add(p.given)
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES][:1]
        return Person(p.given, [s for s in own if s != of.last] + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        l = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}",
                          f"{l}.{f}", f"{f}.{l}{self.n(70, 99)}", f"{f}{l[:4]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br",
                                      "outlook.com", "bol.com.br", "uol.com.br", "icloud.com", "live.com"])
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
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
                "dash": f"{n[:9]}-{n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B01"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def rg(self, style: str | None = None) -> str:
        style = style or self.pick(["dot", "dot", "dot", "raw", "short"])
        if style == "short":  # seven-digit RGs of the North-East, written with dots
            n = str(self.n(1, 9)) + self.d(6)
            return f"{n[0]}.{n[1:4]}.{n[4:]}"
        b = self.d(8)
        n = b + rg_sp_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.n(0, 9)) + self.d(8)
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
        uf = f"{self.n(1, 28):02d}"
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

    def cep(self, dash: bool | None = None) -> str:
        n = str(self.n(1, 9)) + self.d(7)
        dash = self.chance(0.8) if dash is None else dash
        return f"{n[:5]}-{n[5:]}" if dash else n

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd = self.pick(DDDS)
        local = ("9" + str(self.n(6, 9)) + self.d(7)) if mobile else (str(self.n(2, 5)) + self.d(7))
        h, t = local[:-4], local[-4:]
        style = style or self.pick(["par", "par", "plus", "plain", "e164", "raw", "dash", "sp", "nospace"])
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "sp": f"{ddd} {h} {t}", "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h}-{t}",
                "local": f"{h}-{t}"}[style]

    def foreign_phone(self, origin: str) -> str:
        d = self.d
        return {"ht": f"+509 {d(2)} {d(2)} {d(4)}", "ve": f"+58 4{d(2)} {d(3)} {d(4)}", "bo": f"+591 7{d(7)}",
                "ao": f"+244 9{d(2)} {d(3)} {d(3)}", "cd": f"+243 8{d(2)} {d(3)} {d(3)}", "sn": f"+221 7{d(1)} {d(3)} {d(2)} {d(2)}",
                "af": f"+93 7{d(2)} {d(3)} {d(3)}"}[origin]

    def card(self, spaced: bool = True) -> str:
        b = self.pick(["4", "4", "5", "5", "6"]) + self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"**** **** **** {self.d(4)}", f"final {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"{self.d(6)}******{self.d(4)}"])

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
        body = str(self.n(1, 9)) + self.d(self.n(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    def ip(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 152, 170, 45, 131, 143, 168])
        return f"{first}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"

    def street_parts(self) -> tuple[str, str, str, str]:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.n(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.n(11, 1204)}", f"casa {self.n(1, 9)}",
                          f"bloco {self.pick('ABCDE')} apto {self.n(11, 408)}", "fundos",
                          f"qd {self.n(1, 40)} lt {self.n(1, 30)}", f"casa {self.n(1, 4)} fundos", "térreo"])
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
        abbr = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in abbr:
            t = abbr[t]
        sep = self.pick([", ", ", nº ", " ", ", n. "])
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def bairro(self) -> str:
        return self.pick(BAIRROS)

    def dob(self, fmt: str | None = None, lo: int = 1938, hi: int = 2007) -> str:
        dd, mm, yy = self.n(1, 28), self.n(1, 12), self.n(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025])
        return fmt_date(self.n(1, 28), self.n(1, 12), y, fmt)

    def hm(self) -> str:
        return f"{self.n(6, 22):02d}:{self.n(0, 59):02d}"

    def hms(self) -> str:
        return f"{self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}"

    def times(self, k: int, lo: int = 6 * 3600, hi: int = 23 * 3600) -> list[str]:
        secs = sorted(self.rng.sample(range(lo, hi, 60), k))
        return [f"{x // 3600:02d}:{x % 3600 // 60:02d}" for x in secs]

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.n(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.16", "8.05", "8.19", "8.13", "8.17", "8.06", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.n(2019, 2025)}.{seg}.{self.d(4)}"

    def cnj_trt(self) -> str:
        return f"{self.d(7)}-{self.d(2)}.{self.n(2021, 2025)}.5.{self.n(1, 24):02d}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.n(2024, 2025)}{self.d(6)}", f"{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          f"PROT-{self.d(6)}", f"{self.d(5)}/{self.n(2024, 2025)}"])

    def rnm(self) -> str:
        return self.pick([f"{self.pick('VFG')}{self.d(6)}-{self.pick('0123456789X')}",
                          f"{self.pick('FGV')}{self.d(6)}{self.pick('ABCDEFGHJK')}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.n(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB {uf} {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {n}", f"CRO/{uf} {n}"])
        if kind == "CRP":
            return self.pick([f"CRP {self.n(1, 24):02d}/{self.d(5)}", f"CRP-{self.n(1, 24):02d}/{self.d(6)}",
                              f"CRP {self.n(1, 24):02d}/{self.d(2)}.{self.d(3)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS-{uf} {n}", f"CRESS {self.n(1, 25)}ª Região nº {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {self.d(6)}/O-{self.d(1)}", f"CRC/{uf} {self.d(6)}/O", f"CRC {uf}-{self.d(6)}/O-{self.d(1)}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.n(1, 10)} {self.d(5)}", f"CRN{self.n(1, 10)} {self.d(4)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


# --------------------------------------------------------------------------- document builder


MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []
        self.negs: list[str] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        if label == "NEG":
            self.negs.append(s)
            return self.t(s)
        assert label in LABELS, label
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span,
        (value, "NEG") a recorded 11-digit hard negative, (value, None) or a plain value is text."""
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
        self.negs += other.negs
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        s = s[:width].rstrip() if label is None else s
        pad = " " * max(0, width - len(s))
        if right:
            self.t(pad)
        if s:
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


def table_fixed(doc: Doc, cols: list[str], rows: list[list[tuple]], gap: str = "  ") -> None:
    """Fixed-width columns (system screens, spreadsheets pasted as text)."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    doc.t(gap.join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for r in rows:
        line = Doc()
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            if k:
                line.t(gap)
            if k == len(r) - 1:
                line.e(v, lab) if v else None
            else:
                line.cell(v, w, lab)
        line.text = line.text.rstrip()
        doc.add(line)
        doc.t("\n")


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.4):
        return f"{f[0]}{l}@{dom}"
    return f"{f}.{l}@{dom}"


def login(p: Person) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}"


def first_last(p: Person) -> tuple[str, str]:
    return p.given, " ".join(p.surnames)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(s).lower())


ORG_DOMAINS = dict(zip(ORGS, ["flordocampo.org.br", "esperancaviva.org.br", "acolhidasantaluzia.org.br", "maosqueservem.org",
                                "fundacaoamadosacramento.org.br", "obrasocialpaz.org.br", "institutoaurora.org.br",
                                "abbentoxvi.org.br", "projetosemear.org", "redeprudente.org.br", "lar-ssvp.org.br",
                                "ccvilarosa.org.br"]))
WORD_USES = ["campanha do outubro rosa", "faltou luz no galpão de novo", "graças a Deus deu tudo certo",
             "a paz do Senhor a todos", "cada um carrega a sua cruz", "seria prudente esperar o repasse",
             "a flor da idade", "a esperança é a última que morre", "a cesta veio com arroz, feijão e fubá",
             "a vitória é de todos os voluntários", "foi uma graça alcançada", "tudo branco, sem pendência"]


# =========================================================================== atendimento


def at_crm(g: Gen) -> Doc:
    """Fundraisers' e-mail with a donor-CRM export of recurring donors whose payment failed."""
    doc = Doc()
    org = g.pick(ORGS)
    dom = ORG_DOMAINS[org]
    a, b = g.person(), g.person()
    month = g.pick(MONTHS)
    doc.f("De: «a» <«ae»>\nPara: «be»\nCc: doacoes@«dom»\nAssunto: RES: base recorrentes c/ falha de cobrança - «m»\n\n",
          a=P(a.full), ae=(corp_mail(a, dom, g), "EMAIL_ADDRESS"), be=(corp_mail(b, dom, g), "EMAIL_ADDRESS"),
          dom=dom, m=month)
    doc.f("«b», bom dia!\n\nSegue o export do CRM (relatório «r», filtro status = FALHA, competência «m»). Tirei o número do cartão, "
          "ficou só o final, mas o CPF vai junto porque a contabilidade precisa pra emitir o recibo do IR. Quem está em Pix Automático "
          "aparece sem final de cartão.\n\n",
          b=P(g.pick([b.first, b.first, b.nick])) if g.chance(0.5) else V("Oi"), r=g.pick(["\"Recorrentes - inadimplência\"", "#RC-0" + g.d(2), "Doadores Mensais v3"]), m=month)
    rows = []
    nrows = g.n(3, 5)
    donors = []
    for _ in range(nrows):
        p = g.person()
        donors.append(p)
        forma = g.pick(["cartao_credito", "cartao_credito", "pix_automatico", "debito_conta", "boleto"])
        fin = g.pick([f"**** {g.d(4)}", f"final {g.d(4)}", f"{g.d(4)}"]) if forma == "cartao_credito" else ""
        fin_lab = None
        rows.append([V(f"D{g.d(6)}"), P(g.pick([p.full, p.full, p.caps, p.plain])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["par", "raw", "plain", "e164"])), "PHONE_NUMBER"),
                     (g.cep(), "BR_CEP"), V(forma), V(g.pick(["30,00", "35,00", "50,00", "25,00", "100,00", "80,00", "20,00"])),
                     V(str(g.pick([5, 10, 15, 20, 25]))), V(g.date("br", g.pick([2021, 2022, 2023, 2024]))), (fin, fin_lab),
                     V(g.pick(["FALHA - saldo insuficiente", "FALHA - cartão vencido", "FALHA - não autorizado", "RECUSADO emissor",
                               "FALHA - agendamento Pix cancelado"])), (g.ip(), "IP_ADDRESS")])
    table_csv(doc, ["id_doador", "nome", "cpf", "email", "celular", "cep", "forma_pagto", "valor_mensal", "dia_cobranca",
                    "data_adesao", "final_cartao", "ultimo_status", "ip_cadastro"], rows, sep=";")
    p = g.pick(donors)
    doc.f("\nObs.: " + ("a" if p.female else "o") + " «n» ligou ontem pedindo pra trocar o cartão e acabou mandando pelo WhatsApp o número inteiro: «c» val «v» "
          "(!!). Já passei pro gateway, NÃO salvar no CRM e apaga a conversa, por favor.\n",
          n=P(g.pick([p.first, p.full])) if g.chance(0.5) else "doador" + ("a" if p.female else "") + " " + rows[donors.index(p)][0][0],
          c=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.n(1, 12):02d}/{g.n(26, 31)}")
    if g.chance(0.6):
        q = g.person()
        doc.f("O doador «n» (CPF «c») pediu cancelamento, disse que perdeu o emprego; marquei como \"pausa 3 meses\" em vez de cancelar.\n",
              n=P(q.caps if g.chance(0.5) else q.full) if g.chance(0.5) else "D" + g.d(6), c=(g.cpf(), "BR_CPF"))
    doc.f("Os da campanha do outubro rosa ficaram de fora, vão na régua separada.\n\nAbs,\n«a»\nCaptação de Recursos | «org»\n«ph»\n",
          a=P(a.short), org=org, ph=(g.phone("par"), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.f("\n-----Mensagem original-----\nDe: «b»\nEnviada em: «d» «t»\n«b1», consegue me mandar a base dos que falharam esse mês? "
              "Quero ligar antes do dia «k». Obg\n",
              b=P(b.full), d=g.date("br"), t=g.hm(), b1=P(a.first), k=g.n(10, 28))
    return doc


def at_voluntario(g: Gen) -> Doc:
    """Volunteer sign-up form response, with the coordinator's screening note."""
    doc = Doc()
    org = g.pick(ORGS)
    p = g.person()
    city, uf = g.city()
    doc.f("«org» — Ficha de Inscrição de Voluntári@\nResposta nº «n» · enviada em «d» às «t»\n\n",
          org=org, n=g.n(100, 2999), d=g.date("br"), t=g.hm())
    caps = g.chance(0.25)
    name = p.caps if caps else p.full
    doc.f("Nome completo: «n»\n", n=P(name))
    if g.chance(0.5):
        doc.f("Como prefere ser chamad@: «k»\n", k=P(g.pick([p.nick, p.first, fold(p.nick).lower()])))
    doc.f("Data de nascimento: «dob»\nCPF: «cpf»          RG: «rg» «org»\nCelular (WhatsApp): «ph»\nE-mail: «em»\n",
          dob=(g.dob(g.pick(["br", "br", "nopad", "short"]), 1950, 2006), "DATE_OF_BIRTH"), cpf=(g.cpf(), "BR_CPF"),
          rg=(g.rg(), "BR_RG"), org=g.pick(["SSP/" + uf, "SSP-" + uf, "SDS/" + uf, "", "DETRAN/" + uf]),
          ph=(g.phone(), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.35):
        doc.f("Telefone fixo/recado: «ph»\n", ph=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("Endereço: «ad» — «b», «c»/«u»\nCEP: «cep»\n",
          ad=(g.address(g.pick(["text", "text", "caps"])), "ADDRESS"), b=g.bairro(), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    prof = g.pick(["Estudante", "Aposentad" + p.o, "Enfermeir" + p.o, "Médic" + p.o, "Psicólog" + p.o, "Nutricionista",
                   "Motorista de aplicativo", "Professor" + ("a" if p.female else ""), "Auxiliar administrativo", "Dentista"])
    doc.f("Profissão/ocupação: «p»\n", p=prof)
    kind = {"Enfermeir": "COREN", "Médic": "CRM", "Psicólog": "CRP", "Nutricionista": "CRN", "Dentista": "CRO"}
    for k, v in kind.items():
        if prof.startswith(k):
            doc.f("Registro no conselho (se área da saúde): «c»\n", c=(g.council(v, uf), "PROFESSIONAL_ID"))
    doc.f("Áreas de interesse: «a»\nDisponibilidade: «d»\n",
          a=g.pick(["[x] distribuição de cestas  [ ] sopão  [x] eventos", "[ ] reforço escolar  [x] bazar  [x] triagem de doações",
                    "[x] sopão de quinta  [x] acolhida", "[x] aulas de português p/ migrantes", "[x] motorista (busca de doações)"]),
          d=g.pick(["sábados de manhã", "terças e quintas à noite", "fins de semana alternados", "1x por mês", "segunda a sexta após 18h"]))
    if g.chance(0.6):
        doc.f("Possui veículo próprio para buscar doações? Sim — «m», placa «pl»«rv». CNH nº «cnh» cat. «cat», validade «v»\n",
              rv=", RENAVAM " + g.neg(11) if g.chance(0.4) else "",
              m=g.pick(["Fiat Strada branca", "Gol 2012 prata", "Kombi", "Saveiro", "HB20 vermelho", "Fiorino"]), pl=(g.plate(), "LICENSE_PLATE"),
              cnh=(g.cnh(), "BR_CNH"), cat=g.pick(["B", "AB", "D"]), v=g.date("br", g.n(2026, 2033)))
    else:
        doc.f("Possui veículo próprio para buscar doações? Não\n")
    rel = g.relative(p)
    doc.f("Contato de emergência: «r» («k») — «ph»\n", r=P(g.pick([rel.full, rel.first, rel.short])),
          k=g.pick(["mãe", "esposa", "irmã", "filha", "vizinha", "tia"] if rel.female else ["pai", "esposo", "irmão", "filho", "vizinho", "tio"]),
          ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("Como conheceu a gente? «c»\n[x] Li e aceito o Termo de Adesão ao Serviço Voluntário (Lei 9.608/1998) e autorizo o uso da minha imagem.\n",
          c=g.pick(["Instagram", "pela igreja", "indicação de amiga", "no mutirão do bairro", "vi a campanha do outubro rosa"]))
    st = g.person()
    doc.f("\n--- uso interno ---\nTriagem: entrevista por «s» em «d». «o»\n",
          s=P(g.pick([st.full, st.short, st.first])), d=g.date("br"),
          o=g.pick(["Apto. Encaminhar pra equipe do sopão.", "Aguardando antecedentes criminais (atua com crianças).",
                    "Perfil ótimo p/ motorista; conferir CNH original.", "Integração marcada pro próximo sábado.",
                    "Já foi voluntári" + p.o + " em 2022, reativar cadastro."]))
    if g.chance(0.4):
        ind = g.person()
        doc.f("Indicad{o} por: «r» (voluntári{x} desde {y})\n".replace("{o}", p.o).replace("{x}", ind.o).replace("{y}", str(g.n(2015, 2023))),
              r=P(ind.full))
    return doc


def at_whats(g: Gen) -> Doc:
    """WhatsApp export of a soup-kitchen/food-bank volunteers' group, lower case, the week's schedule."""
    doc = Doc()
    group = g.pick(["Voluntários Sopão de Quinta 🍲", "Banco de Alimentos - Escala", "Pastoral Social - Cestas",
                    "Mãos que Servem - entregas", "Equipe Acolhida Noturna"])
    day = g.n(1, 24)
    mm = g.n(1, 12)
    people = []
    while len(people) < 5:
        q = g.person()
        if all(fold(q.first).lower() != fold(x.first).lower() for x in people):
            people.append(q)
    ts = g.times(14, 7 * 3600, 22 * 3600)
    k = 0

    def line(sender, text_fn):
        nonlocal k
        doc.t(f"[{day:02d}/{mm:02d}/25 {ts[k % len(ts)]}] ")
        k += 1
        if isinstance(sender, tuple):
            doc.e(*sender)
        else:
            doc.t(sender)
        doc.t(": ")
        text_fn()
        doc.t("\n")

    doc.f("Conversa do WhatsApp com «g»\n", g=group)
    coord = people[0]
    # the exporting phone saved the coordinator under a role name in most copies (a role, not a person)
    cname = P(g.pick([coord.first, coord.nick, coord.short])) if g.chance(0.35) else V(g.pick(["Coord. Sopão", "Coordenação Cestas", "Tesouraria ONG", "Coord Voluntários"]))
    line(cname, lambda: doc.f("bom dia gente!! escala de sábado «d»/«m»:", d=f"{day + g.n(1, 4):02d}", m=f"{mm:02d}"))
    line(cname, lambda: doc.f("cozinha: «a» e «b»\nseparação das cestas: quem chegar primeiro\nentrega: «f» (carro d{x}, placa «pl»)".replace("{x}", "ela" if people[3].female else "ele"),
                              a=P(fold(people[1].first).lower()), b=P(g.pick([people[2].first, g.person().nick])) if g.chance(0.5) else "mais 2 da pastoral",
                              f=P(people[3].first), pl=(g.plate(), "LICENSE_PLATE")))
    other = g.phone("wa")
    if g.chance(0.4):
        line((other, "PHONE_NUMBER"), lambda: doc.f("sou nova no grupo, «n», entrei pela «p». posso ir tb?", n=P(g.pick([g.person(True).full, g.person(True).first])),
                                                        p=g.pick(PARISHES + ["campanha do Instagram", "Pastoral da Criança"])))
    fams = [g.person(True) if g.chance(0.7) else g.person() for _ in range(2)]
    def deliveries():
        doc.t("cestas em casa (acamados / sem condição de buscar):")
        for fp in fams:
            doc.f("\n- «t»«n» — «a», «b», tel «ph»",
                  t=g.pick(["dona ", "dona ", "", "família "]) if fp.female else g.pick(["seu ", "", "família "]),
                  n=P(g.pick([fold(fp.full).lower(), fp.first, fp.short])), a=(g.address(g.pick(["low", "low", "spoken", "text"])), "ADDRESS"),
                  b=fold(g.bairro()).lower(), ph=(g.phone(g.pick(["plain", "raw", "local", "par"])) if g.chance(0.8) else g.phone("par"), "PHONE_NUMBER"))
    line(cname, deliveries)
    line(P(fold(people[3].first).lower()) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER"), lambda: doc.t(g.pick(["blz, levo. a da rua de baixo é aquela casa de portão branco né?",
                                                                  "ok! sábado 8h tô lá", "o carro tá na revisão, vou de uber com as cestas kkk"])))
    def news():
        msg = g.pick(["gente faltou luz no galpão de novo, a geladeira do sopão tá sem energia",
                      "não vou poder ir, minha mãe tá internada na Santa Casa 🙏", "ZEACOUGUE"])
        if msg == "ZEACOUGUE":
            doc.f("alguém tem contato do «z» do açougue? ele prometeu 10kg de frango", z=P(g.pick(["Zé", "Tonho", "Biu", "Juca", "Chico"])))
        else:
            doc.t(msg)
    if g.chance(0.6):
        line(P(people[1].first) if g.chance(0.6) else (g.phone("wa"), "PHONE_NUMBER"), news)
    line(cname, lambda: doc.f("«w». quem comprou o gás me passa o pix que eu reembolso", w=g.pick(["graças a Deus", "amém", "a paz do Senhor", "👏👏"])))
    def pix():
        r = g.chance(0.5)
        if r:
            doc.f("fui eu! chave aleatória: «k»", k=(g.uuid(), "PIX_KEY"))
        else:
            doc.f("fui eu, pix é o cpf «c»", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    line(P(people[2].first), pix)
    if g.chance(0.4):
        line(cname, lambda: doc.t("lembrando: quem for novo traz rg e cpf pra ficha. a camiseta rosa da campanha é obrigatória"))
    line(cname, lambda: doc.t("<Mídia oculta>"))
    return doc


def at_tela_familia(g: Gen) -> Doc:
    """ALL CAPS register screen of a food bank's beneficiary family."""
    doc = Doc()
    org = fold(g.pick(["Banco de Alimentos Flor do Campo", "Banco de Alimentos Esperança", "Mesa Solidária Vila Rosa",
                       "Banco de Alimentos Santa Cruz"])).upper()
    city, uf = g.city()
    st = g.person()
    doc.f("SIGAS v2.3 - «o»                     TELA 03 - CADASTRO FAMILIA\n", o=org)
    doc.f("=" * 78 + "\nCOD FAMILIA: «c»   COD FAMILIAR CADUNICO: «cf»   SITUACAO: «s»\n",
          c=g.d(6), cf=g.neg11(), s=g.pick(["ATIVA", "ATIVA", "ATIVA", "SUSPENSA - ATUALIZAR", "EM ANALISE"]))
    r = g.person(True) if g.chance(0.75) else g.person()
    rdob = g.dob("br", 1950, 2003)
    doc.f("RESPONSAVEL: «n»\nCPF: «cpf»   NIS: «nis»   DT NASC: «dob»   SEXO: «sx»\nRG: «rg»  ORGAO EMISSOR: SSP/«uf»   TIT ELEITOR: «tit»\n",
          n=P(r.caps), cpf=(g.cpf("dot"), "BR_CPF"), nis=(g.pis(), "BR_PIS"), dob=(rdob, "DATE_OF_BIRTH"),
          sx="F" if r.female else "M", rg=(g.rg(), "BR_RG"), uf=uf, tit=(g.titulo(), "BR_TITULO_ELEITOR") if g.chance(0.5) else "-")
    doc.f("ENDERECO: «ad»\nBAIRRO: «b»   MUNICIPIO: «c»   UF: «u»   CEP: «cep»\nREFERENCIA: «ref»\n",
          ad=(g.address("caps"), "ADDRESS"), b=fold(g.bairro()).upper(), c=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"),
          ref=g.pick(["PROX IGREJA ASSEMBLEIA", "ATRAS DA ESCOLA PADRE ANCHIETA", "PERTO DA PADRE CICERO", "CASA AZUL PORTAO BRANCO",
                      "EM FRENTE AO POSTINHO", "-"]))
    doc.f("FONE 1: «p1»   FONE 2: «p2»\n", p1=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          p2=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.6)), "PHONE_NUMBER") if g.chance(0.5) else "-")
    inc = g.n(300, 2200)
    nmem = g.n(1, 4)
    doc.f("RENDA FAMILIAR: R$ «r»   PER CAPITA: R$ «pc»   BOLSA FAMILIA: «bf»\n\nCOMPOSICAO FAMILIAR\n",
          r=f"{inc},00", pc=f"{inc / (nmem + 1):.2f}".replace(".", ","), bf=g.pick(["SIM", "NAO", "SIM - R$ 600,00"]))
    rows = [[V("01"), P(r.caps), V("RESPONSAVEL"), (rdob, "DATE_OF_BIRTH"), V("(ACIMA)")]]
    fam: set[str] = set()
    for i in range(nmem):
        m = g.relative(r, avoid=fam)
        rel = g.pick(["FILHO(A)", "FILHO(A)", "FILHO(A)", "NETO(A)", "CONJUGE", "MAE", "SOBRINHO(A)"])
        ry = int(rdob[-4:])
        lo, hi = {"FILHO(A)": (max(ry + 16, 1990), min(ry + 45, 2024)), "NETO(A)": (2008, 2024), "SOBRINHO(A)": (2005, 2022),
                  "CONJUGE": (ry - 8, ry + 8), "MAE": (ry - 35, ry - 17)}[rel]
        lo, hi = min(lo, hi), max(lo, hi)
        rows.append([V(f"{i + 2:02d}"), P(m.caps), V(rel), (g.dob("br", lo, hi), "DATE_OF_BIRTH"),
                     (g.pis("raw"), "BR_PIS") if g.chance(0.5) else V("-")])
    table_fixed(doc, ["SEQ", "NOME", "PARENTESCO", "DT NASC", "NIS"], rows)
    doc.t("\nULTIMAS ENTREGAS\n")
    erows = []
    for _ in range(g.n(2, 4)):
        a = g.person()
        erows.append([V(g.date("br")), V(g.pick(["CESTA BASICA 1", "CESTA BASICA 2", "KIT HIGIENE", "KIT BEBE", "HORTIFRUTI", "LEITE 6L"])),
                      V(g.pick(["RETIRADA", "ENTREGA DOMIC."])), V(login(a).upper()[:8]) if g.chance(0.7) else P(fold(g.pick([a.short, a.first])).upper())])
    table_fixed(doc, ["DATA", "KIT", "MODO", "ATENDENTE"], erows)
    if g.chance(0.4):
        doc.f("\nOBS: FAMILIA ENCAMINHADA PELO CRAS. VISITA DOMICILIAR FEITA POR «s» (ASSIST. SOCIAL) EM «d»\n",
              s=P(st.caps), d=g.date("br"))
    else:
        doc.f("\nOBS: «o»\n", o=g.pick(["RESPONSAVEL DESEMPREGADA, FILHO MENOR COM DEFICIENCIA (BPC EM ANALISE)",
                                        "NAO COMPARECEU EM 2 ENTREGAS - LIGAR ANTES DE SUSPENDER",
                                        "ATUALIZAR COMPROVANTE DE ENDERECO (CONTA DE LUZ)", "GESTANTE NA FAMILIA - INCLUIR KIT BEBE"]))
    doc.f("-" * 78 + "\nF3=VOLTAR  F5=ATUALIZAR  F9=NOVA ENTREGA  F12=IMPRIMIR      USUARIO: «u»   «d» «t»\n",
          u=login(st).upper()[:8], d=g.date("br"), t=g.hm())
    return doc


def at_migrante(g: Gen) -> Doc:
    """Intake interview of a migrant/refugee support centre."""
    doc = Doc()
    p = g.migrant()
    nat = MIGRANT_ORIGINS[p.origin]
    centre = g.pick(["Centro Pastoral do Migrante Santa Luzia", "Casa de Acolhida Esperança", "Serviço Jesuíta a Migrantes (núcleo local)",
                     "Centro de Referência e Acolhida para Imigrantes", "Missão Paz e Bem"])
    city, uf = g.city()
    iv, it = g.person(True), g.person()
    doc.f("«c» — FICHA DE ACOLHIDA / ENTREVISTA INICIAL\nData: «d»   Atendimento nº «n»   Entrevistadora: «iv»\n",
          c=centre, d=g.date("br"), n=g.protocol(), iv=P(iv.full))
    if g.chance(0.6):
        doc.f("Intérprete: «it» («l»)\n", it=P(g.pick([it.full, it.short])),
              l={"ht": "crioulo haitiano/francês", "ve": "espanhol", "bo": "espanhol/aimará", "ao": "português/kimbundu",
                 "cd": "francês/lingala", "sn": "francês/wolof", "af": "dari/inglês"}[p.origin])
    doc.f("\n1. IDENTIFICAÇÃO\nNome: «n»\nNacionalidade: «nat»      Data de nascimento: «dob»\n",
          n=P(g.pick([p.full, p.caps])), nat=nat, dob=(g.dob(g.pick(["br", "nopad", "iso"]), 1960, 2005), "DATE_OF_BIRTH"))
    doc.f("Documento: «doc»\n", doc=g.pick([f"RNM {g.rnm()} (validade {g.date('br', g.n(2026, 2032))})",
                                              f"Protocolo de solicitação de refúgio nº {g.d(5)}.{g.d(6)}/{g.n(2022, 2025)}-{g.d(2)}",
                                              f"Passaporte {g.pick('ABCNPR')}{g.d(7)} + protocolo de refúgio",
                                              f"CRNM {g.rnm()}"]))
    if g.chance(0.75):
        doc.f("CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    else:
        doc.t("CPF: não possui — encaminhad" + p.o + " à Receita Federal (agendamento)\n")
    doc.f("Telefone/WhatsApp: «ph»\n", ph=(g.phone(g.pick(["plus", "par", "e164"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("E-mail: «e»\n", e=(g.email(p), "EMAIL_ADDRESS"))
    if g.chance(0.6):
        doc.f("Endereço atual: «a», «b» — «c»/«u», CEP «cep»\n", a=(g.address(), "ADDRESS"), b=g.bairro(), c=city, u=uf,
              cep=(g.cep(), "BR_CEP"))
    else:
        doc.f("Endereço atual: acolhid{o} no abrigo municipal (vaga nº «v»), sem endereço próprio\n".replace("{o}", p.o), v=g.n(1, 120))
    doc.f("Chegada ao Brasil: «d», por «fr»\n", d=g.date("br", g.n(2019, 2025)),
          fr=g.pick(["Pacaraima (RR)", "Corumbá (MS)", "Guarulhos (aeroporto)", "Epitaciolândia (AC)", "Tabatinga (AM)"]))
    doc.t("\n2. COMPOSIÇÃO FAMILIAR (no Brasil)\n")
    fam: set[str] = set()
    spouse = False
    for _ in range(g.n(1, 2)):
        kind = g.pick(["filho", "filho", "filho", "irmão", "cônjuge"])
        if kind == "cônjuge" and spouse:
            kind = "filho"
        spouse = spouse or kind == "cônjuge"
        m = g.relative(p, (not p.female) if kind == "cônjuge" else None, avoid=fam)
        kid = kind == "filho"
        doc.f("- «n», «k», nasc. «dob»", n=P(m.full), k={"filho": "filh" + m.o, "irmão": "irmã" if m.female else "irmão", "cônjuge": "cônjuge"}[kind],
              dob=(g.dob("br", 2010 if kid else 1965, 2024 if kid else 2003), "DATE_OF_BIRTH"))
        if g.chance(0.3):
            doc.f(", CPF «c»\n", c=(g.cpf(), "BR_CPF"))
        else:
            doc.t(g.pick(["", ", matriculad" + m.o + " na EMEF", ", sem documento"]) + "\n")
    if g.chance(0.4):
        doc.t("Familiares no país de origem: ")
        doc.f("«n» («k»), contato «ph»\n", n=P(g.relative(p, avoid=fam).full), k=g.pick(["mãe", "pai", "esposa", "irmão"]),
              ph=(g.foreign_phone(p.origin), "PHONE_NUMBER"))
    doc.f("\n3. ESCOLARIDADE / TRABALHO\n«e». No país de origem trabalhava como «w». «x»\n",
          e=g.pick(["Ensino médio completo", "Superior completo (diploma não revalidado)", "Fundamental incompleto", "Técnico em enfermagem"]),
          w=g.pick(["professora", "costureira", "contadora", "agricultora", "cabeleireira", "enfermeira"] if p.female
                   else ["professor", "pedreiro", "contador", "agricultor", "mecânico", "motorista"]),
          x=g.pick(["Tem CTPS digital.", "CTPS ainda não emitida.", "Interesse em curso de português (turma de sábado).",
                    "Quer revalidar o diploma (UFRR/UNILA)."]))
    doc.f("\n4. RELATO (resumo da entrevistadora)\n«n» chegou «m» ", n=P(p.first), m=g.pick(["sozinh" + p.o, "com os filhos", "com o marido" if p.female else "com a esposa"]))
    doc.f("e ficou «k» dias na rodoviária até ser encaminhad{o} pelo CREAS. ".replace("{o}", p.o), k=g.n(2, 15))
    doc.f("Relata que «r». Indicou como referência «ref», que já mora em «c» (tel «ph»).\n",
          r=g.pick(["saiu do país por causa da crise econômica e da falta de remédio pra mãe", "sofreu ameaças de grupo armado no bairro",
                    "veio pela reunião familiar", "perdeu a casa no terremoto de 2021"]),
          ref=P(g.person(origin=p.origin).full) if g.chance(0.7) else "um conterrâneo", c=city, ph=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\nEncaminhamentos: «e»\nAssinatura da entrevistadora: ________«iv»\n",
          e=g.pick(["CRAS (CadÚnico); Defensoria Pública da União; curso de português", "UBS para cartão SUS; vaga em creche",
                    "banco de alimentos (cesta mensal); aula de português; orientação trabalhista"]), iv="")
    return doc


def at_portugues(g: Gen) -> Doc:
    """Portuguese-class attendance sheet pasted from a spreadsheet (tab-separated)."""
    doc = Doc()
    prof = g.person(True) if g.chance(0.6) else g.person()
    month = g.n(2, 11)
    doc.f("Português como Língua de Acolhimento — Turma «t» («d»)\nFrequência «m»/2025 · Prof. «p»\n\n",
          t=g.pick(["A (iniciante)", "B (sábados)", "C (noturno)", "Mulheres (com creche)"]),
          d=g.pick(["salão paroquial", "sala 2 do centro comunitário", "online + presencial"]), m=f"{month:02d}",
          p=P(prof.full))
    weeks = sorted(g.rng.sample(range(1, 29), 4))
    by_surname = g.chance(0.3)  # some sheets list students as "Surname, Given" (sorted for the certificates)
    doc.t("\t".join(["Nº", "Nome", "País", "Celular", "E-mail", "CPF (p/ certificado)", "Nasc."] + [f"{w:02d}/{month:02d}" for w in weeks] + ["%"]) + "\n")
    studs = []
    for i in range(g.n(4, 5)):
        s = g.migrant()
        studs.append(s)
        doc.t(f"{i + 1}\t")
        doc.e(s.inverted_plain if by_surname else g.pick([s.full, s.full, s.caps, s.short]), "PERSON")
        doc.t("\t" + {"ht": "Haiti", "ve": "Venezuela", "bo": "Bolívia", "ao": "Angola", "cd": "RD Congo", "sn": "Senegal",
                      "af": "Afeganistão"}[s.origin] + "\t")
        doc.e(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER") if g.chance(0.9) else doc.t("-")
        doc.t("\t")
        doc.e(g.email(s), "EMAIL_ADDRESS") if g.chance(0.55) else doc.t("")
        doc.t("\t")
        doc.e(g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.65) else doc.t(g.pick(["", "em andamento", "não tem"]))
        doc.t("\t")
        doc.e(g.dob(g.pick(["br", "nopad"]), 1970, 2006), "DATE_OF_BIRTH") if g.chance(0.7) else doc.t("")
        marks = [g.pick(["P", "P", "P", "F", "P", "J"]) for _ in weeks]
        doc.t("\t" + "\t".join(marks) + f"\t{100 * sum(m != 'F' for m in marks) // 4}%\n")
    doc.t("\nObservações:\n")
    a, b = g.rng.sample(studs, 2)
    doc.f("- «a» mudou de número, o novo é «ph» (atualizar na planilha e no grupo)\n", a=P(a.first), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("- «b» faltou 2 semanas: começou a trabalhar na «c». Combinei atividade pelo WhatsApp.\n", b=P(b.first) if g.chance(0.5) else "Um aluno",
          c=g.pick(["Frigorífico Aurora", "Construtora Bento Amaral", "Padaria Flor de Lis", "Têxtil Haddad", "Supermercado Esperança"]))
    if g.chance(0.6):
        kid = g.relative(a)
        doc.f("- a filha d{x} «a», «k» (nasc. «dob»), fica na recreação durante a aula.\n".replace("{x}", "a" if a.female else "o"),
              a=P(a.first), k=P(kid.first), dob=(g.dob("br", 2018, 2023), "DATE_OF_BIRTH"))
    doc.f("- Certificado nível «n»: entregar no encerramento dia «d» (precisa do nome completo igual ao RNM!)\n",
          n=g.pick(["A1", "A2", "B1"]), d=g.date("br"))
    return doc


def at_mentoria(g: Gen) -> Doc:
    """E-mail thread of a mentoring programme (mentor from a company, mentee, mother's consent)."""
    doc = Doc()
    org = g.pick(["Instituto Aurora de Educação", "Projeto Semear", "Associação Esperança Viva", "Fundação Amado Sacramento"])
    dom = ORG_DOMAINS[org]
    coord = g.person()
    mentor = g.person()
    mentee = g.person(origin="pt")
    mom = g.relative(mentee, True)
    company = g.pick(["Prudente Seguros", "Aurora Energia", "Haddad Têxtil", "Rosa & Branco Farmacêutica", "Miyagi Logística",
                      "Kassab Engenharia"])
    cdom = slug(company.split()[0]) + ".com.br"
    mte_v, mee_v = corp_mail(mentor, cdom, g), g.email(mentee)
    doc.f("Assunto: [Mentoria 2025] apresentação mentor(a) <> mentorad«a» + termo de consentimento\n\nDe: «c» <«ce»>\nPara: «mte»; «mee»\nData: «d»\n\n",
          a=mentee.o, c=P(coord.full), ce=(corp_mail(coord, dom, g), "EMAIL_ADDRESS"),
          mte=(mte_v, "EMAIL_ADDRESS"), mee=(mee_v, "EMAIL_ADDRESS"), d=g.date("br"))
    doc.f("Oi pessoal, tudo bem?\n\nComo combinado, apresento vocês dois! «mt» é «cargo» na «co» e vai acompanhar «a» «me» "
          "durante o ciclo de 6 meses.\n\n",
          mt=P(mentor.first), me=P(mentee.first), cargo=g.pick(["engenheir" + mentor.o, "analista de dados", "gerente de RH", "advogad" + mentor.o]),
          co=company, a="a" if mentee.female else "o")
    doc.f("{X} tem «i» anos, está no «s» da «e» e quer «q». Telefone d{x}: «ph».\n".replace("{x}", "ela" if mentee.female else "ele")
          .replace("{X}", "Ela" if mentee.female else "Ele"),
          i=g.n(15, 17), s=g.pick(["2º ano", "3º ano", "1º ano técnico"]),
          e=g.pick(["E.E. Padre Anchieta", "ETEC Bento Quirino", "Escola Estadual Zilda Arns", "EREM Dom Hélder"]),
          q=g.pick(["fazer engenharia", "entrar em direito na federal", "trabalhar com tecnologia", "ser enfermeira"]),
          ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("Como é menor de idade, o termo de consentimento foi assinado pela mãe, «mom» (CPF «cpf», RG «rg»), que pediu pra ser copiada "
          "nos encontros: «mome» (cel. «momph»). Data de nascimento d{x} pra conferência do seguro: «dob».\n\n".replace("{x}", "a mentorada" if mentee.female else "o mentorado"),
          mom=P(mom.full), cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"), mome=(g.email(mom), "EMAIL_ADDRESS"), momph=(g.phone(), "PHONE_NUMBER"),
          dob=(g.dob(g.pick(["br", "long"]), 2008, 2010), "DATE_OF_BIRTH"))
    doc.f("Regras de ouro: encontros só em local público ou online, nada de carona, e qualquer coisa fala comigo no «ph».\n\nAbraço,\n«c»\n"
          "Coordenação de Programas · «org»\n\n",
          ph=(g.phone("par"), "PHONE_NUMBER"), c=P(coord.first), org=org)
    named = g.chance(0.5)
    doc.f("> De: " + ("«mt» <«mte»>" if named else "«mte»") + "\n> Obrigad{o}! Prazer, «me»! Que tal quinta «d» às «t» no «l»? Meu cel é «ph» se precisar.\n".replace("{o}", mentor.o),
          mt=P(mentor.full) if named else "", mte=(mte_v, "EMAIL_ADDRESS"), me=P(mentee.first), d=g.date("br"),
          t=g.pick(["18h", "18h30", "19h", "12h30", "17h"]), l=g.pick(["Google Meet", "Sesc Pompeia", "café da biblioteca municipal", "shopping Vitória"]), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("> > De: «me» <«mee»>\n> > oi!! pode sim. minha mãe vai junto na primeira tá? bjs\n",
          me=P(mentee.short), mee=(mee_v, "EMAIL_ADDRESS"))
    return doc



# =========================================================================== juridico

ESTADO_CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
                False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}


NAT_M = {"ht": "haitiano", "ve": "venezuelano", "bo": "boliviano", "ao": "angolano", "cd": "congolês", "sn": "senegalês", "af": "afegão"}


def nationality(p: Person) -> str:
    if p.origin in MIGRANT_ORIGINS:
        return MIGRANT_ORIGINS[p.origin] if p.female else NAT_M[p.origin]
    return "brasileira" if p.female else "brasileiro"


def qualif(g: Gen, p: Person, doc: Doc, fields: list[str], city: str, uf: str) -> None:
    """Qualification of a party in a petition: 'brasileira, solteira, ..., portadora do RG ...'."""
    o = p.o
    doc.t(f"{nationality(p)}, {g.pick(ESTADO_CIVIL[p.female])}")
    for f in fields:
        if f == "prof":
            doc.t(", " + g.pick(["educador" + ("a" if p.female else ""), "cuidador" + ("a" if p.female else ""), "monitor" + ("a" if p.female else ""),
                                 "auxiliar de cozinha", "assistente administrativ" + o]) + " social" * 0)
        elif f == "ctps":
            doc.t(f", portador{'a' if p.female else ''} da CTPS nº {g.d(7)} série {g.d(4)}-{uf}")
        elif f == "pis":
            doc.f(", PIS/PASEP «v»", v=(g.pis(), "BR_PIS"))
        elif f == "rg":
            doc.f(", RG nº «v» SSP/«u»", v=(g.rg(), "BR_RG"), u=uf)
        elif f == "cpf":
            doc.f(", inscrit{o} no CPF sob o nº «v»".replace("{o}", o), v=(g.cpf(), "BR_CPF"))
        elif f == "cnh":
            doc.f(", CNH nº «v» (motorista voluntári{o})".replace("{o}", o), v=(g.cnh(), "BR_CNH"))
        elif f == "titulo":
            doc.f(", título de eleitor «v»", v=(g.titulo(), "BR_TITULO_ELEITOR"))
        elif f == "dob":
            doc.f(", nascid{o} em «v»".replace("{o}", o), v=(g.dob(g.pick(["br", "long"]), 1960, 2000), "DATE_OF_BIRTH"))
        elif f == "addr":
            doc.f(", residente e domiciliad{o} na «a», «b», «c»/«u», CEP «cep»".replace("{o}", o),
                  a=(g.address(), "ADDRESS"), b=g.bairro(), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
        elif f == "phone":
            doc.f(", telefone «v»", v=(g.phone(), "PHONE_NUMBER"))
        elif f == "email":
            doc.f(", e-mail «v»", v=(g.email(p), "EMAIL_ADDRESS"))


def ju_reclamatoria(g: Gen) -> Doc:
    """Labour claim (petição inicial) of a social educator against an NGO."""
    doc = Doc()
    city, uf = g.city()
    org = g.pick(ORGS)
    rec = g.person()
    o = rec.o
    pres, coord = g.person(True), g.person(True)
    law1, law2 = g.person(), g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n\n",
          n=g.n(1, 89), c=fold(city).upper(), u=uf)
    doc.f("«n», ", n=P(rec.caps))
    flds = ["prof", "ctps", "pis", "rg", "cpf"] + (["titulo"] if g.chance(0.3) else []) + ["dob", "addr"] + (["phone"] if g.chance(0.5) else []) + (["email"] if g.chance(0.5) else [])
    qualif(g, rec, doc, flds, city, uf)
    doc.f(", por seus advogados infra-assinados (procuração anexa; intimações em nome de «l», e-mail «le»), vem, respeitosamente, propor\n\nRECLAMAÇÃO TRABALHISTA\n(rito ordinário)\n\n"
          "em face de «org», associação civil sem fins lucrativos, inscrita no CNPJ sob o nº «cnpj», com sede na «sede», «c»/«u», "
          "na pessoa de sua presidente, «pres», pelos fatos e fundamentos a seguir expostos.\n\n",
          org=fold(org).upper(), cnpj=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"),
          sede=g.pick(["Rua Treze de Maio, 480", "Av. Dom Hélder Câmara, 1.200", "Rua Irmã Dulce, 77", "Praça da Matriz, s/n"]),
          c=city, u=uf, pres=P(pres.full), l=P(law1.full),
          le=(g.email(law1, g.pick(["adv.br", slug(law1.last) + "advocacia.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    adm = g.date("br", g.n(2016, 2022))
    doc.f("I – DO CONTRATO DE TRABALHO\n\nA reclamante foi admitid{o} em «a» para exercer a função de educador{a} social no serviço de acolhimento "
          "institucional «casa», mantido pela reclamada com recursos do termo de colaboração firmado com o Município, percebendo por último "
          "salário de R$ «s». Foi dispensad{o} sem justa causa em «d», sem receber as verbas rescisórias (TRCT não homologado).\n\n"
          .replace("{a}", "a" if rec.female else "").replace("{o}", o).replace("A reclamante", "A reclamante" if rec.female else "O reclamante"),
          a=adm, casa=g.pick(["Casa Lar Aurora", "Abrigo Esperança", "Casa de Passagem Santa Luzia", "República Jovem Bento XVI"]),
          s=g.money(1800, 3600), d=g.date("br"))
    doc.f("II – DA JORNADA E DAS HORAS EXTRAS\n\nCumpria escala 12x36 (19h às 7h), sem intervalo intrajornada, pois ficava sozinh{o} com até 14 "
          "acolhidos. A coordenadora técnica, «co», exigia permanência após o plantão para as reuniões de equipe e para levar adolescentes às "
          "audiências. Incidência da Súmula 437 do TST e do art. 71, § 4º, da CLT (redação da Lei 13.467/2017).\n\n".replace("{o}", o),
          co=P(g.pick([coord.full, coord.short])))
    doc.f("III – DO ADICIONAL DE INSALUBRIDADE\n\nHavia contato habitual com acolhidos em tratamento de tuberculose (CID «c1») e escabiose (CID «c2»), "
          "sem fornecimento de EPI, conforme poderá confirmar a testemunha «t1».\n\n",
          c1=g.pick(["A15.0", "A16.2"]), c2="B86", t1=P(g.person().full))
    v1, v2, v3 = g.money(8000, 40000), g.money(3000, 15000), g.money(2000, 9000)
    doc.f("IV – DOS PEDIDOS\n\na) horas extras e reflexos: R$ «v1»;\nb) adicional de insalubridade em grau médio: R$ «v2»;\n"
          "c) verbas rescisórias e multa do art. 477 da CLT: R$ «v3»;\nd) indenização por danos morais (assédio da coordenação): R$ 20.000,00.\n\n"
          "Dá-se à causa o valor de R$ «tot».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«l1»\n«o1»\n",
          v1=v1, v2=v2, v3=v3, tot=g.money(40000, 90000), c=city, d=g.date("long"), l1=P(law1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          )
    if g.chance(0.5):
        doc.f("\n«l2»\n«o2»\n", l2=P(law2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_ata(g: Gen) -> Doc:
    """Minutes of the labour hearing with a settlement and the claimant's bank data."""
    doc = Doc()
    city, uf = g.city()
    org = g.pick(ORGS)
    rec, judge, prep, law1, law2 = g.person(), g.person(), g.person(), g.person(), g.person()
    doc.f("PODER JUDICIÁRIO\nJUSTIÇA DO TRABALHO\n«n»ª VARA DO TRABALHO DE «c»\n\nATA DE AUDIÊNCIA\nPROCESSO Nº «p»\n"
          "RECLAMANTE: «r»\nRECLAMADA: «o»\n\n",
          n=g.n(1, 40), c=fold(city).upper(), p=g.cnj_trt(), r=P(rec.caps), o=fold(org).upper())
    doc.f("Aos «d», às «t», na sala de audiências desta Vara, sob a presidência d{j} MM. {JZ} do Trabalho «jn», foram apregoadas as partes.\n\n"
          .replace("{j}", "a" if judge.female else "o").replace("{JZ}", "Juíza" if judge.female else "Juiz"),
          d=g.date("br"), t=g.pick(["09h10", "10h40", "13h30", "14h05", "15h20"]), jn=P(judge.full))
    doc.f("Presente {o} reclamante, acompanhad{o} do(a) advogado(a) «l1», «o1».\n".replace("{o}", rec.o),
          l1=P(law1.full), o1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Presente a reclamada, representada pel{a} preposto{a} «pr», CPF «pc», acompanhada do(a) advogado(a) «l2», «o2».\n\n"
          .replace("{a}", "a" if prep.female else "o").replace("preposto{a}", "preposta" if prep.female else "preposto").replace("preposto" + ("a" if prep.female else "o"), "preposta" if prep.female else "preposto"),
          pr=P(prep.full), pc=(g.cpf(), "BR_CPF"), l2=P(law2.full), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        val = g.money(6000, 35000)
        k = g.n(2, 6)
        doc.f("CONCILIAÇÃO: As partes se conciliaram nos seguintes termos: a reclamada pagará a{o} reclamante a importância líquida de R$ «v», "
              "em «k» parcelas mensais e sucessivas, vencendo-se a primeira em «d1», mediante depósito na conta de titularidade d{o} reclamante: "
              "banco «b» («bc»), agência «ag», conta corrente «cc»"
              .replace("a{o}", "à" if rec.female else "ao").replace("d{o}", "da" if rec.female else "do"),
              v=val, k=k, d1=g.date("br"), b=(bk := g.pick(BANKS))[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
        if g.chance(0.5):
            doc.f(", ou via Pix para a chave «k»", k=g.pick([(g.uuid(), "PIX_KEY"), (g.cpf(), "BR_CPF"), (g.email(rec), "EMAIL_ADDRESS")]))
        doc.t(". Em caso de inadimplemento, multa de 50% sobre o saldo. As parcelas têm natureza indenizatória (art. 832, § 3º, da CLT). "
              "Custas pela reclamada, dispensadas.\n\n")
    else:
        doc.f("Rejeitada a primeira proposta conciliatória. Defesa escrita com documentos, já juntada. Réplica oral.\n\n"
              "DEPOIMENTO PESSOAL D{O} RECLAMANTE: que trabalhava no abrigo das 19h às 7h; que a coordenadora «co» pedia para ficar até as 9h; "
              "que o educador «ed» também ficava.\n\n".replace("D{O}", "DA" if rec.female else "DO"),
              co=P(g.person(True).first), ed=P(g.person(False).short) if g.chance(0.4) else "do plantão")
        for i in range(g.n(1, 2)):
            w = g.person()
            doc.f("TESTEMUNHA «i» D{O} RECLAMANTE: «w», «q», RG «rg», CPF «cpf», residente na «a», «c». Advertida e compromissada. Depoimento: «dep»\n"
                  .replace("D{O}", "DA" if rec.female else "DO").replace("Advertida e compromissada", "Advertid" + w.o + " e compromissad" + w.o),
                  i=i + 1, w=P(w.caps), q=g.pick(["educador social", "cozinheira", "auxiliar de limpeza", "psicóloga"]),
                  rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), c=city,
                  dep=g.pick(["que trabalhou com a reclamante de 2021 a 2023; que nunca viu EPI no abrigo.",
                              "que o plantão noturno ficava com um só educador; que a coordenação sabia.",
                              "que as reuniões de equipe eram após o plantão, sem pagamento."]))
        doc.f("\nEncerrada a instrução. Razões finais remissivas. Sentença em «d».\n", d=g.date("br"))
    doc.f("\nNada mais. «jn»\nJuí{z} do Trabalho\n".replace("Juí{z}", "Juíza" if judge.female else "Juiz"), jn=P(judge.caps if g.chance(0.3) else judge.full) if g.chance(0.5) else "(assinado eletronicamente)")
    return doc


def ju_acolhimento(g: Gen) -> Doc:
    """Shelter's technical report (PIA) to the Children's Court about a child in institutional care."""
    doc = Doc()
    city, uf = g.city()
    child = g.person()
    mom = g.relative(child, True)
    dad = g.person(False)
    psy, sw = g.person(True), g.person()
    shelter = g.pick(["Casa Lar Aurora", "Abrigo Institucional Esperança", "Casa de Acolhida Santa Luzia", "Lar São Vicente de Paulo"])
    doc.f("«s» — Serviço de Acolhimento Institucional para Crianças e Adolescentes\n\nRELATÓRIO TÉCNICO INFORMATIVO\n\n"
          "Ao Excelentíssimo Juízo da Vara da Infância e Juventude da Comarca de «c»/«u»\nAutos nº «cnj» — Medida de Proteção\n\n",
          s=shelter, c=city, u=uf, cnj=g.cnj())
    doc.f("1. IDENTIFICAÇÃO\nAcolhid{o}: «n»\nData de nascimento: «dob»\n".replace("{o}", child.o),
          n=P(child.caps), dob=(g.dob("br", 2010, 2022), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        doc.f("CNS: «c»\n", c=(g.cns(), "BR_CNS"))
    doc.f("Data do acolhimento: «d» (Guia de Acolhimento nº «gn»)\n", d=g.date("br"), gn=f"{g.d(4)}/{g.n(2023, 2025)}")
    if g.chance(0.4):
        doc.f("CPF: «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.f("Genitora: «m», CPF «mc», residente na «ma», «mb», tel. «mp»\n",
          m=P(mom.full), mc=(g.cpf(), "BR_CPF"), ma=(g.address(), "ADDRESS"), mb=g.bairro(), mp=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.t("Genitor: não consta no registro de nascimento\n\n")
    else:
        doc.f("Genitor: «d» — «x»\n\n", d=P(dad.full), x=g.pick(["paradeiro desconhecido", "recolhido na Penitenciária Estadual",
                                                               "não reconheceu a paternidade", "reside em outro estado, sem contato"]))
    ct = g.person()
    doc.f("2. MOTIVO DO ACOLHIMENTO\n{X} foi acolhid{o} por determinação judicial após notificação do Conselho Tutelar (conselheira «ct»), "
          "por «m».\n\n".replace("{X} foi acolhid{o}", g.pick(["A criança foi acolhida", ("Ela foi acolhida" if child.female else "Ele foi acolhido")])),
          ct=P(ct.full) if g.chance(0.5) else "de plantão",
          m=g.pick(["situação de negligência e uso abusivo de álcool pela genitora (CID F10.2)", "violência física praticada pelo padrasto",
                    "abandono em via pública", "evasão escolar e trabalho infantil"]))
    sib = g.relative(child, avoid={child.given, mom.given})
    gm = g.relative(mom, True, avoid={child.given, mom.given, sib.given})
    doc.f("3. EVOLUÇÃO DO CASO\nDesde o acolhimento, «n» recebeu «k» visitas da genitora, acompanhadas pela equipe. O irmão «sib» "
          "(«sa» anos) também visita aos sábados. A avó materna, «gm», residente na «ga», «gc», manifestou interesse na guarda e foi "
          "incluída no Programa Família Acolhedora para avaliação. Telefone da avó: «gp».\n",
          n=P(g.pick([child.first, child.nick])) if g.chance(0.5) else "a criança", k=g.n(2, 12), sib=P(sib.short), sa=g.n(12, 19), gm=P(gm.full),
          ga=(g.address(), "ADDRESS"), gc=city, gp=(g.phone(), "PHONE_NUMBER"))
    doc.f("Escola: «e». Saúde: acompanhamento na UBS «u» (pediatra «pd», «crm»).\n\n",
          e=g.pick(["EMEF Zilda Arns, 4º ano", "E.E. Padre Anchieta, 7º ano", "CMEI Flor do Campo", "EMEF Chico Mendes, 2º ano"]),
          u=g.pick(["Vila Rosa", "Jardim Aurora", "Santa Cruz", "Bom Jesus"]), pd=P(g.person().full) if g.chance(0.4) else "da UBS",
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("4. PARECER TÉCNICO\nA equipe entende «p». Sugere-se audiência concentrada em «d».\n\n«c», «dt».\n\n",
          p=g.pick(["que ainda não há condições de reintegração à família de origem", "ser viável a colocação em família extensa (avó materna)",
                    "pela manutenção do acolhimento por mais 90 dias"]), d=g.date("br"), c=city, dt=g.date("long"))
    doc.f("«p»\nPsicóloga — «pc»\n\n«s»\nAssistente Social — «sc»\n",
          p=P(psy.full), pc=(g.council("CRP"), "PROFESSIONAL_ID"), s=P(sw.full), sc=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def ju_doacao(g: Gen) -> Doc:
    """E-mail thread about a disputed donation of a house to a parish (heirs' notice)."""
    doc = Doc()
    city, uf = g.city()
    parish = g.pick(PARISHES)
    donor = g.person(True) if g.chance(0.6) else g.person(False)
    fam: set[str] = set()
    heir1, heir2 = g.relative(donor, avoid=fam), g.relative(donor, avoid=fam)
    law = g.person()
    sec = g.person(True)
    priest = g.person(False, origin=g.pick(["pt", "pt", "it", "pl", "de"]))
    ldom = slug(law.last) + "advogados.com.br"
    dlaw = g.person()
    named = g.chance(0.5)
    doc.f("De: «s» <secretaria@«pd»>\nPara: " + ("«dl» <«dle»>" if named else "«dle»") + "\nAssunto: ENC: Notificação extrajudicial - imóvel doado pel{a} falecid{a} «dn»\n\n"
          .replace("{a}", donor.o),
          s=P(sec.full), pd=PARISH_DOMAINS[parish], dl=P(dlaw.full) if named else "", dle=(corp_mail(dlaw, "mitra" + slug(city)[:10] + ".org.br"), "EMAIL_ADDRESS"),
          dn=P(donor.full))
    doc.f(("Dra." if dlaw.female else "Dr.") + ", boa tarde. O Pe. «pr» pediu pra encaminhar " + ("à senhora" if dlaw.female else "ao senhor") + " a notificação abaixo, que chegou ontem por e-mail e por carta. "
          "A escritura de doação está no cofre da secretaria (Livro «l», fls. «f», Cartório do «k»º Ofício de Notas). Fico à disposição.\n"
          "Secretaria Paroquial — «par»\n\n",
          pr=P(g.pick([priest.full, priest.first])), l=g.n(100, 900), f=g.n(1, 300), k=g.n(1, 4), par=parish)
    doc.f("---------- Mensagem encaminhada ----------\nDe: «l» <«le»>\nData: «d»\nPara: secretaria@«pd»\n\n",
          l=P(law.full), le=(corp_mail(law, ldom, g), "EMAIL_ADDRESS"), d=g.date("br"), pd=PARISH_DOMAINS[parish])
    doc.f("NOTIFICAÇÃO EXTRAJUDICIAL\n\nNOTIFICANTES: «h1», CPF «c1», residente na «ha», «hc»/«hu», CEP «hcep», e «h2», CPF «c2», herdeiros necessários d{a} falecid{a} (CPF «dc»), "
          "falecid{a} em «dd».\nNOTIFICADA: «par», Mitra Diocesana de «city».\n\n".replace("{a}", donor.o),
          h1=P(heir1.full), c1=(g.cpf(), "BR_CPF"), ha=(g.address(), "ADDRESS"), hc=city, hu=uf, hcep=(g.cep(), "BR_CEP"), h2=P(heir2.full), c2=(g.cpf(), "BR_CPF"), dc=(g.cpf(), "BR_CPF"),
          dd=g.date("br"), par=parish, city=city)
    doc.f("Os notificantes, por seu advogado («oab»), vêm NOTIFICAR a paróquia de que a doação do imóvel residencial onde {a} doador{x} residia, "
          "situado na «a», «b», «c»/«u», CEP «cep» (matrícula nº «m» do «r»º CRI), lavrada em «ed», excedeu a parte disponível "
          "(doação inoficiosa, art. 549 do Código Civil), uma vez que {a} doador{x} não possuía outros bens. À época, {a} doador{x} "
          "contava «i» anos (nascid{a} em «dob») e já apresentava quadro de demência (CID F03), conforme relatório «md».\n\n"
          .replace("{a}", "a" if donor.female else "o").replace("{x}", "a" if donor.female else ""),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), a=(g.address(), "ADDRESS"), b=g.bairro(), c=city, u=uf, cep=(g.cep(), "BR_CEP"),
          m=f"{g.n(1, 99)}.{g.d(3)}", r=g.n(1, 5), ed=g.date("br", g.n(2018, 2023)), i=g.n(78, 94), dob=(g.dob("br", 1926, 1945), "DATE_OF_BIRTH"),
          md=g.pick(["da geriatra que acompanhava o caso", "médico anexo"]))
    doc.f("Requerem, no prazo de 15 dias, a manifestação quanto à devolução amigável do imóvel ou à compensação da legítima, sob pena de "
          "ajuizamento de ação anulatória. Contato: «ph» / «le».\n\n«l»\n",
          ph=(g.phone(mobile=g.chance(0.5)), "PHONE_NUMBER"), le=(corp_mail(law, ldom), "EMAIL_ADDRESS"), l=P(law.short) if g.chance(0.5) else "p.p. o advogado")
    if g.chance(0.35):
        doc.f("\n> Em «d», «h» escreveu:\n> Dr., " + ("minha tia" if donor.female else "meu tio") + " sempre disse que a casa ia pra igreja, mas "
              + ("a" if heir2.female else "o") + " «h2» não aceita. Meu cel: «ph»\n",
              d=g.date("br"), h=P(heir1.first), h2=P(heir2.first), ph=(g.phone(), "PHONE_NUMBER"))
    return doc


def ju_termo_voluntario(g: Gen) -> Doc:
    """Volunteer-service agreement (Lei 9.608/1998)."""
    doc = Doc()
    city, uf = g.city()
    org = g.pick(ORGS)
    pres = g.person()
    vol = g.person()
    minor = g.chance(0.25)
    doc.f("TERMO DE ADESÃO AO SERVIÇO VOLUNTÁRIO\n(Lei nº 9.608, de 18 de fevereiro de 1998, alterada pela Lei nº 13.297/2016)\n\n"
          "ENTIDADE: «org», inscrita no CNPJ nº «cnpj», com sede na «sede», «c»/«u», neste ato representada por " + ("sua presidente" if pres.female else "seu presidente") + " «pr», CPF «pc».\n\n",
          org=org, cnpj=(g.cnpj(alnum=g.chance(0.35)), "BR_CNPJ"), sede=g.pick(["Rua Santa Rita de Cássia, 120", "Av. Sete de Setembro, 2.001",
                                                                                  "Rua Tiradentes, 45, sala 3"]),
          c=city, u=uf, pr=P(pres.full), pc=(g.cpf(), "BR_CPF"))
    doc.f("VOLUNTÁRI{O}: «n»".replace("{O}", "A" if vol.female else "O"), n=P(g.pick([vol.caps, vol.full])))
    doc.t(", ")
    qualif(g, vol, doc, ["rg", "cpf"] + (["cnh"] if g.chance(0.3) else []) + ["dob", "addr", "phone", "email"], city, uf)
    doc.t(".\n")
    if minor:
        resp = g.relative(vol)
        doc.f("RESPONSÁVEL LEGAL (voluntári{o} com 16 anos): «r», CPF «rc», telefone «rp».\n".replace("{o}", vol.o),
              r=P(resp.full), rc=(g.cpf(), "BR_CPF"), rp=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nCLÁUSULA 1ª – O serviço voluntário será prestado na atividade de «a», «h», sob supervisão de «s».\n"
          "CLÁUSULA 2ª – O serviço voluntário não gera vínculo empregatício nem obrigação de natureza trabalhista, previdenciária ou afim "
          "(art. 1º, parágrafo único, da Lei 9.608/1998).\n"
          "CLÁUSULA 3ª – As despesas comprovadamente realizadas no desempenho das atividades serão ressarcidas mediante recibo, ",
          a=g.pick(["reforço escolar", "oficina de música", "triagem do bazar", "acolhida noturna", "aulas de português para migrantes",
                    "distribuição de cestas básicas"]),
          h=g.pick(["às terças, das 14h às 17h", "aos sábados, das 8h às 12h", "quinzenalmente, às quintas à noite"]), s=P(g.person().full))
    r = g.pick(["conta", "pix_uuid", "pix_cpf"])
    if r == "conta":
        bk = g.pick(BANKS)
        doc.f("por depósito no banco «b» («bc»), agência «ag», conta «cc», de titularidade d{o} voluntári{o}.\n".replace("{o}", vol.o),
              b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    elif r == "pix_uuid":
        doc.f("por Pix, chave aleatória «k».\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("por Pix, chave CPF «k».\n", k=(g.cpf("raw"), "BR_CPF"))
    doc.f("CLÁUSULA 4ª – O(A) voluntário(a) autoriza o tratamento dos seus dados pessoais para as finalidades deste termo (Lei 13.709/2018).\n"
          "CLÁUSULA 5ª – Este termo vigora por 12 meses a partir de «d», podendo ser rescindido por qualquer das partes.\n\n«c», «dl».\n\n"
          "_______________________\n«pr»\n«org»\n\n_______________________\n«v»\nVoluntári{o}\n\nTESTEMUNHAS:\n".replace("{o}", vol.o),
          d=g.date("br"), c=city, dl=g.date("long"), pr=P(pres.full) if g.chance(0.4) else "p/ a Diretoria", org=org, v=P(vol.full))
    for i in range(2):
        w = g.person()
        doc.f("«i». «w» — CPF «c»\n", i=i + 1, w=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_livro(g: Gen) -> Doc:
    """Parish book entries (baptism, marriage) transcribed for a certificate request."""
    doc = Doc()
    parish = g.pick(PARISHES)
    city, uf = g.city()
    req = g.person(origin=g.pick(["pt", "pt", "pt", "pt", "it", "de", "pl", "jp", "ar"]))
    sec = g.person(True)
    by = g.n(1948, 1995)
    born = (g.n(1, 28), g.n(1, 12), by)
    bap = (min(born[0] + g.n(0, 20), 28), min(born[1] + g.n(1, 5), 12), by if born[1] <= 8 else by + 1)
    dad = g.relative(req, False, avoid={req.given})
    mom = g.person(True, origin="pt")
    doc.f("De: «r» <«re»>\nPara: secretaria@«pd»\nAssunto: Certidão de batismo - «why»\n\n",
          r=P(req.full), re=(g.email(req), "EMAIL_ADDRESS"), pd=PARISH_DOMAINS[parish],
          why=g.pick(["para casamento", "processo de cidadania italiana", "para crisma do meu filho", "2ª via"]))
    doc.f("Boa tarde! Preciso da certidão de batismo de inteiro teor. Fui batizad{o} nessa paróquia em {y}, nasci em «dob». "
          "Meu telefone é «ph». Posso pagar a taxa por Pix?\n".replace("{o}", req.o).replace("{y}", str(bap[2])),
          dob=(fmt_date(*born, g.pick(["br", "nopad", "long"])), "DATE_OF_BIRTH"), ph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Meu CPF, se precisar pro recibo: «c».\n", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f("Se for pelos Correios: «a», «c»/«u», CEP «cep».\n", a=(g.address(), "ADDRESS"), c=city, u=uf, cep=(g.cep(), "BR_CEP"))
    doc.t("\n")
    vig = g.person(False, origin=g.pick(["pt", "it", "de", "pl"]))
    p1, p2 = g.person(False), g.person(True)
    doc.f("Resposta da secretaria:\nPrezad{o}, localizamos o assento. Segue a transcrição para conferência antes da emissão (taxa R$ «tx», Pix CNPJ «pc»):\n\n"
          .replace("{o}", req.o),
          tx=g.pick(["20,00", "30,00", "25,00"]), pc=(g.cnpj(), "BR_CNPJ"))
    full_caps = g.chance(0.5)
    nm = req.caps if full_caps else req.full
    if g.chance(0.5):
        doc.f("(localizado pelo índice alfabético: «ix»)\n", ix=P(g.pick([req.inverted, req.inverted_plain])))
    doc.f("Livro «l» de Batizados, fls. «f»«v», termo nº «t»\n\"«bd» do mês de «bm» de «by», nesta «par», batizei "
          "solenemente «n», nascid{o} a «dob», filh{o} legítim{o} de «dad» e de «mom», naturais «nat». Foram padrinhos: «p1» e «p2». "
          "E para constar lavrei este termo que assino. O Vigário, Pe. «vg».\"\n".replace("{o}", req.o),
          l=g.n(8, 40), f=g.n(1, 199), v=g.pick(["", "v", "v"]), t=g.n(10, 999), bd="Ao primeiro dia" if bap[0] == 1 else f"Aos {NUM_WORDS[bap[0]]} dias", bm=MONTHS[bap[1] - 1], by=bap[2],
          par=g.pick(["Matriz", "Igreja Matriz", "Capela"]) + " de " + g.pick(["Santa Cruz", "Nossa Senhora da Luz", "São Bento", "Santa Rita", "Sant'Ana"]), n=P(nm), dob=(fmt_date(*born, g.pick(["long", "words", "br"])), "DATE_OF_BIRTH"),
          dad=P(dad.caps if full_caps else dad.full), mom=P(mom.caps if full_caps else mom.full),
          nat=g.pick(["desta freguesia", "de " + city, "de Portugal", "da Itália"]), p1=P(p1.full),
          p2=P(p2.full) if g.chance(0.7) else "Nossa Senhora", vg=P(vig.full))
    if g.chance(0.35):
        sp = g.person(not req.female)
        doc.f("(À margem, a lápis: \"Casou-se com «sp» em «md», Paróquia «mp», L. «l» fls. «f».\")\n",
              sp=P(sp.full), md=g.date("br", g.n(1975, 2015)), mp=g.pick(["São Bento", "Santa Cruz", "da Luz", "do Rosário"]),
              l=g.n(3, 30), f=g.n(1, 200))
    if g.chance(0.25):
        md, mm_, my = g.n(1, 28), g.n(1, 12), by - g.n(1, 8)
        wed = ("Ao primeiro dia" if md == 1 else f"Aos {NUM_WORDS[md]} dias") + f" do mês de {MONTHS[mm_ - 1]} de {my}"
        doc.f("\nAproveitando: o assento de casamento dos seus pais que " + ("a senhora" if req.female else "o senhor")
              + " pediu também está aqui:\nLivro «l» de Casamentos, fls. «f»: "
              "\"«d» contraíram matrimônio, em minha presença e das testemunhas «t1» e outra, «h», filho de «hp», nascido em «hd», "
              "e «w», filha de «wp», nascida em «wd». Assistente: Frei «fr».\"\n",
              l=g.n(2, 20), f=g.n(1, 200), d=wed,
              t1=P(g.person().full), h=P(dad.full), hp=P(g.person().full),
              hd=(g.dob("br", by - 38, by - 24), "DATE_OF_BIRTH"), w=P(mom.full), wp=P(g.person().full), wd=(g.dob("br", by - 34, by - 20), "DATE_OF_BIRTH"),
              fr=P(g.person(False).full))
    doc.f("\nAtenciosamente,\nSecretaria Paroquial — «par» — «c»/«u»\n", par=parish, c=city, u=uf)
    if g.chance(0.4):
        doc.f("(atendente: «s»)\n", s=P(sec.first))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A donor's LGPD data-subject request and the DPO's answer listing the data held."""
    doc = Doc()
    org = g.pick(ORGS)
    dom = ORG_DOMAINS[org]
    don = g.person()
    dpo = g.person()
    em = g.email(don)
    doc.f("De: «n» <«e»>\nPara: dpo@«dom»\nAssunto: Solicitação LGPD - acesso e exclusão de dados\n\n",
          n=P(don.full), e=(em, "EMAIL_ADDRESS"), dom=dom)
    doc.f("Prezados,\n\nCom base no art. 18 da Lei 13.709/2018, solicito a confirmação da existência de tratamento e o acesso aos meus dados. "
          "Fui doador{a} mensal de «y» a «y2» e continuo recebendo ligações de telemarketing no «ph», mesmo depois de cancelar. "
          "Meu CPF é «c».\n\n«n»\n\n".replace("{a}", "a" if don.female else ""),
          y=g.n(2016, 2020), y2=g.n(2021, 2024), ph=(g.phone(), "PHONE_NUMBER"), c=(g.cpf(), "BR_CPF"), n=P(don.short))
    city, uf = g.city()
    doc.f("---\nDe: «d» <«de»>\nAssunto: RE: Solicitação LGPD - acesso e exclusão de dados (protocolo «p»)\n\nPrezad{o} «n»,\n\n"
          .replace("{o}", don.o),
          d=P(dpo.full), de=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"), p=g.neg11() if g.chance(0.5) else g.protocol(), n=P(don.first))
    doc.f("Em atenção à sua solicitação, segue a relação dos dados pessoais que a organização («org») mantém a seu respeito:\n\n"
          "DADOS CADASTRAIS\n- Nome: «n»\n- CPF: «c»\n- Data de nascimento: «dob»\n- E-mail: «e»\n- Telefone: «p1»\n"
          "- Endereço: «a» – «b», «ci»/«u» – CEP «cep»\n",
          org=org, n=P(don.caps if g.chance(0.4) else don.full), c=(g.cpf(), "BR_CPF"), dob=(g.dob(None, 1940, 1998), "DATE_OF_BIRTH"), e=(em, "EMAIL_ADDRESS"),
          p1=(g.phone(), "PHONE_NUMBER"),
          a=(g.address(), "ADDRESS"), b=g.bairro(), ci=city, u=uf, cep=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f("- Telefone fixo antigo: «p»\n", p=(g.phone(mobile=False), "PHONE_NUMBER"))
    doc.f("\nDADOS DE PAGAMENTO\n- Cartão de crédito «mc» (armazenado pelo gateway, tokenizado; a organização não tem o número completo)\n"
          "- Doações: «k» cobranças de R$ «v» entre «d1» e «d2» (recibos nº «r1» a «r2»)\n\n",
          mc=g.masked_card(), k=g.n(12, 60), v=g.pick(["30,00", "50,00", "40,00", "100,00"]), d1=g.date("br", 2019), d2=g.date("br", 2024),
          r1=(r1 := g.n(100000, 500000)), r2=r1 + g.n(2000, 90000))
    doc.t("REGISTROS DE ACESSO (Marco Civil da Internet, art. 15 — guarda de 6 meses)\n")
    for _ in range(g.n(2, 3)):
        doc.f("- «d» «t» — login na área do doador — IP «ip»\n", d=g.date("br", 2025), t=g.hms(), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\nCONSENTIMENTOS\n- Comunicações por e-mail: sim (desde «d»)\n- Ligações: revogado em «d2»\n\n"
          "As ligações que a senhora/o senhor recebeu partiram da empresa terceirizada «t», cujo contrato foi encerrado. Os dados foram "
          "excluídos, salvo os necessários ao cumprimento de obrigação legal (recibos de doação, art. 16, I, da LGPD).\n\n"
          "Atenciosamente,\n«dp»\nEncarregad{o} pelo Tratamento de Dados Pessoais (DPO)\n«org»\n".replace("{o}", dpo.o),
          d=g.date("br", 2018), d2=g.date("br", 2024), t=g.pick(["Call Center Vitória Ltda", "Prudente Contact Center", "Aurora Telemarketing S.A."]),
          dp=P(dpo.full), org=org)
    return doc



# =========================================================================== saude


def sa_caderno_acs(g: Gen) -> Doc:
    """A community health agent's home-visit notebook, transcribed (handwritten-style)."""
    doc = Doc()
    acs = g.person(True) if g.chance(0.8) else g.person(False)
    org = g.pick(["Pastoral da Criança", "ONG Mãos que Servem", "Associação Esperança Viva", "Projeto Semear"])
    _, uf = g.city()
    month = g.n(1, 12)
    doc.f("[transcrição do caderno de campo — ACS «a» — microárea «m» — UBS «u» / parceria «o» — «mm»/2025]\n"
          "[letra cursiva; palavras ilegíveis marcadas com (?)]\n\n",
          a=P(g.pick([acs.first, acs.short])), m=f"{g.n(1, 12):02d}", u=g.pick(["Vila Rosa", "Jardim Esperança", "Bom Jesus", "Santa Cruz"]),
          o=org, mm=f"{month:02d}")
    days = sorted(g.rng.sample(range(1, 29), g.n(2, 3)))
    doc_ = g.person(True)
    doc_crm = g.council("CRM", uf)
    for day in days:
        doc.f("«d»/«m» - «wd»\n", d=f"{day:02d}", m=f"{month:02d}", wd=g.pick(["seg", "ter", "qua", "qui", "sex"]))
        for _ in range(g.n(1, 2)):
            p = g.person(female=g.chance(0.6))
            kind = g.pick(["idoso", "idoso", "gestante", "crianca", "acamado"])
            if kind == "idoso":
                doc.f("* «t»«n» (DN «dob») - «a»\n  CNS «cns». PA «pa» - «x». «cid». ",
                      t="D. " if p.female else "Sr. ", n=P(g.pick([p.full, p.short])), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1930, 1958), "DATE_OF_BIRTH"),
                      a=(g.address("low"), "ADDRESS"), cns=(g.cns(), "BR_CNS"), pa=f"{g.n(11, 19)}0x{g.n(7, 11)}0",
                      x=g.pick(["disse q acabou a losartana", "tomando certinho", "não quer tomar o remédio", "glicemia 212 em jejum"]),
                      cid=g.pick(["HAS (I10)", "DM (E11.9)", "HAS+DM", "IC (I50.0)", "DRC (N18.3)"]))
                doc.t("orientei. marcar c/ médica." if g.chance(0.7) else "orientei.")
                if g.chance(0.6):
                    doc.f(" tel «ph»", ph=(g.phone(g.pick(["plain", "local", "par"]), mobile=g.chance(0.6)), "PHONE_NUMBER"))
                doc.t("\n")
            elif kind == "gestante":
                q = g.person(True)
                doc.f("* gestante «n», «i» anos, «s» sem. (DUM «dum») - «a» - tel «ph»\n  pré-natal «x». companheiro (?) trabalha fora.\n",
                      n=P(g.pick([q.first, q.full, fold(q.first).lower()])), i=g.n(15, 39), s=g.n(8, 38), dum=g.date("short"),
                      a=(g.address("low"), "ADDRESS"), ph=(g.phone(g.pick(["plain", "local", "par"])), "PHONE_NUMBER"),
                      x=g.pick(["em dia", "atrasado, faltou 2 consultas", "só 1 consulta"]))
            elif kind == "crianca":
                k, mom = g.person(), g.person(True)
                doc.f("* «k» (filh{o} da «m», nasc. «dob») - vacina atrasada («v»). mãe tel «ph». peso «kg»kg.\n".replace("{o}", k.o),
                      k=P(k.first), m=P(g.pick([mom.first, mom.nick])), dob=(g.dob("br", 2020, 2023), "DATE_OF_BIRTH"),
                      v=g.pick(["tríplice viral", "pólio VIP", "febre amarela", "pentavalente 3ª dose"]), ph=(g.phone(g.pick(["plain", "local", "raw"])), "PHONE_NUMBER"),
                      kg=f"{g.n(8, 19)},{g.n(0, 9)}")
            else:
                c = g.relative(p, True)
                doc.f("* «t»«n», acamad{o} (AVC «cid»), escara sacral. filha «c» cuida. end «a». pedir colchão d'água na «o».\n".replace("{o}", p.o),
                      t="D. " if p.female else "seu ", n=P(g.pick([p.first + " " + p.last, p.nick, p.full])), cid="I63.9",
                      c=P(g.pick([c.first, c.nick])), a=(g.address(g.pick(["low", "spoken"])), "ADDRESS"), o=org)
        doc.t("\n")
    doc.f("médica da equipe: dra. «dr» («crm») — agenda de HAS/DM às terças.\n", dr=P(doc_.short), crm=(doc_crm, "PROFESSIONAL_ID"))
    doc.f("obs: faltou luz na UBS quinta, vacinas transferidas p/ caixa térmica. «w».\nvisto: enf. «e» «coren»\n",
          w=g.pick(["graças a Deus não perdeu nada", "avisei a coordenação", "a esperança é a última que morre"]),
          e=P(g.person().short) if g.chance(0.5) else "resp. técnica", coren=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """Vaccination-campaign spreadsheet of an NGO with the municipal health unit (CSV)."""
    doc = Doc()
    _, uf = g.city()
    vacs = [g.person() for _ in range(2)]
    corens = [g.council("COREN", uf) for _ in vacs]
    resp = g.person()
    one_col = g.chance(0.75)
    camp = g.pick(["influenza_2025", "mutirao_hpv_escolas", "multivacinacao_comunidade", "febre_amarela_reforco"])
    doc.f("Arquivo: «c»_«o».csv (exportado do Google Planilhas, aba \"registros\") — para digitar no SI-PNI até «d»\n"
          "Responsável pela planilha: «r» («re»)\n\n",
          c=camp, o=g.pick(["paroquia_santa_cruz", "ong_maos_que_servem", "centro_comunitario_vila_rosa"]), d=g.date("br"),
          r=P(resp.full), re=(g.email(resp), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Vacinadores: «a» («ca») e «b» («cb»)\n\n", a=P(vacs[0].short), ca=(corens[0], "PROFESSIONAL_ID"), b=P(vacs[1].short),
              cb=(corens[1], "PROFESSIONAL_ID"))
    else:
        doc.t("\n")
    rows = []
    for _ in range(g.n(3, 5)):
        p = g.person()
        i = g.n(0, 1)
        fn, ln = first_last(p)
        has_cns = g.chance(0.7)
        if one_col:
            fn, ln = g.pick([p.full, p.caps]), None
        vdob = g.dob(g.pick(["br", "iso"]), 1940, 2020)
        vy = int(vdob[:4]) if vdob[4] == "-" else int(vdob[-4:])
        grp = (g.pick(["crianca", "crianca", "pop_rua"]) if vy >= 2013 else g.pick(["idoso", "idoso", "comorbidade"]) if vy <= 1965
               else g.pick(["trab_saude", "comorbidade", "pop_rua"] + (["gestante"] if p.female and vy >= 1982 else [])))
        rows.append(([P(fn)] if one_col else [P(fn.upper() if g.chance(0.3) else fn), P(ln.upper() if g.chance(0.3) else ln)]) + [(vdob, "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if has_cns else V(""), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if (not has_cns or g.chance(0.4)) else V(""),
                     (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V(""),
                     V("F" if p.female else "M"), V(grp),
                     V(g.pick(["INF-TRIV", "HPV4", "VFA", "dT", "SCR", "COVID-XBB"])), V(g.pick(["UT", "AB", "CD", "EF"]) + g.d(4) + g.pick(["", "A", "BR"])),
                     V(g.pick(["D1", "D2", "REF", "DU"])), V(g.date("br")), (corens[i], "PROFESSIONAL_ID")])
    table_csv(doc, (["nome_completo"] if one_col else ["nome", "sobrenome"]) + ["data_nasc", "cns", "cpf", "telefone", "sexo", "grupo", "imuno", "lote", "dose", "data_aplic", "coren_vacinador"],
              rows, sep=g.pick([";", ","]))
    doc.f("\n# obs: linha «l» sem CNS nem CPF, só RG «rg» — o SI-PNI não aceita, pedir pra família trazer o cartão do SUS\n",
          l=g.n(2, 8), rg=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        doc.t("# lote " + g.pick(["AB", "UT"]) + g.d(4) + " vence dia " + g.date("br") + ", usar primeiro\n")
    return doc


def sa_triagem(g: Gen) -> Doc:
    """Health triage form of a homeless shelter."""
    doc = Doc()
    _, uf = g.city()
    tec = g.person()
    p = g.person(female=g.chance(0.3))
    org = g.pick(["Casa de Acolhida Santa Luzia", "Albergue Noturno Bento XVI", "Centro POP Esperança", "Lar São Vicente de Paulo"])
    doc.f("«o» — ACOLHIMENTO NOTURNO\nFICHA DE TRIAGEM EM SAÚDE\n\nData: «d»   Hora: «h»   Técnic{a} de enfermagem: «t» — «c»\n\n"
          .replace("{a}", "a" if tec.female else "o"),
          o=org, d=g.date("br"), h=g.hm(), t=P(tec.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.f("Nome: «n»", n=P(g.pick([p.full, p.caps])))
    mae = g.relative(p, True)
    if g.chance(0.6):
        doc.f("   Apelido (como é conhecid{o} na rua): «a»".replace("{o}", p.o), a=P(g.pick([p.nick, p.first + "ão" if not p.female else p.nick])))
    doc.t("\n")
    if g.chance(0.75):
        doc.f("Data de nascimento: «dob»", dob=(g.dob(g.pick(["br", "nopad"]), 1955, 2003), "DATE_OF_BIRTH"))
    else:
        doc.f("Data de nascimento: não sabe informar (idade referida: «i» anos)", i=g.n(25, 70))
    doc.f("   Naturalidade: «c»\nNome da mãe: «m»\nDocumentos: ", c=g.pick([c for c, _ in CITIES]),
          m=P(g.pick([mae.full, mae.caps])) if g.chance(0.8) else "não informado")
    docs = []
    if g.chance(0.6):
        docs.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.5):
        docs.append(("CNS", (g.cns(), "BR_CNS")))
    if g.chance(0.3):
        docs.append(("RG", (g.rg(), "BR_RG")))
    if not docs:
        doc.t("nenhum (perdeu na rua / roubados)\n")
    for i, (k, v) in enumerate(docs):
        doc.f(("; " if i else "") + k + " «v»", v=v)
    doc.t("\n" if docs else "")
    if g.chance(0.45):
        doc.f("Celular (próprio ou de recado): «ph»\n", ph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("Último endereço fixo: «a», «c»\n", a=(g.address(), "ADDRESS"), c=g.pick([c for c, _ in CITIES]))
    doc.f("Tempo em situação de rua: «t»   Último local de pernoite: «l»\n\nSINAIS VITAIS: PA «pa» mmHg | FC «fc» bpm | Tax «tx» °C | SatO2 «sat»% | HGT «hgt»\n",
          t=g.pick(["3 meses", "2 anos", "mais de 10 anos", "desde a pandemia"]),
          l=g.pick(["marquise da rodoviária", "Praça da Sé", "embaixo do viaduto", "casa de um amigo", "Praça Padre Cícero"]),
          pa=f"{g.n(10, 17)}x{g.n(6, 10)}", fc=g.n(60, 120), tx=f"{g.n(35, 38)},{g.n(0, 9)}", sat=g.n(88, 99), hgt=g.n(70, 320))
    doc.f("Queixa principal: «q»\nHipóteses (CID): «c»\nUso de substâncias: «u»\nMedicações em uso: «m»\n",
          q=g.pick(["tosse há mais de 3 semanas, emagrecimento", "ferida em perna esquerda com secreção", "dor de dente há 5 dias",
                    "abstinência, tremores", "sem queixas"]),
          c=", ".join(g.rng.sample(["A15.0", "L97", "F10.2", "K04.7", "B86", "I10", "Z59.0", "F19.2"], 2)),
          u=g.pick(["álcool diário", "crack (refere ter parado)", "tabaco", "nega"]), m=g.pick(["nenhuma", "losartana (irregular)", "diazepam sem receita"]))
    if g.chance(0.65):
        r = g.relative(p)
        doc.f("Contato de referência: «k» «r», tel «ph»\n", k=g.pick(["irmã", "mãe", "filho", "ex-companheira", "tia"]),
              r=P(g.pick([r.full, r.first])), ph=(g.phone(), "PHONE_NUMBER"))
    crua = g.person()
    doc.f("\nConduta: «c». Encaminhado à equipe do Consultório na Rua (referência: «e»). Vaga: cama «v».\n",
          c=g.pick(["coleta de escarro p/ BAAR", "curativo + orientação", "encaminhado ao CAPS AD", "agendado dentista do mutirão"]),
          e=P(g.pick([crua.full, crua.first])), v=g.n(1, 80))
    return doc


def sa_mutirao(g: Gen) -> Doc:
    """E-mail thread organising a health mutirão with volunteer doctors and dentists."""
    doc = Doc()
    _, uf = g.city()
    org = g.pick(ORGS)
    dom = ORG_DOMAINS[org]
    coord, sw = g.person(), g.person(True)
    doc.f("De: «c» <«ce»>\nPara: voluntariado@«dom»; «se»\nAssunto: Mutirão de saúde «d» - escala de voluntários e lista de encaminhados\n\n",
          c=P(coord.full), ce=(corp_mail(coord, dom, g), "EMAIL_ADDRESS"), dom=dom, se=(corp_mail(sw, dom), "EMAIL_ADDRESS"),
          d=g.date("br"))
    doc.f("Pessoal, fechamos a escala do mutirão no salão da «p» (das 8h às 16h). Profissionais confirmados:\n\n", p=g.pick(PARISHES))
    for kind, role in [("CRM", "clínic{o} geral"), ("CRM", g.pick(["pediatra", "ginecologista", "dermatologista", "oftalmologista"])),
                       ("CRO", "dentista"), ("COREN", "enfermeir{o}")]:
        if g.chance(0.35):
            continue
        v = g.person(True) if (kind == "COREN" and g.chance(0.7)) else g.person()
        role = role.replace("{o}", v.o)
        doc.f("- «n» — «r» — «c» — cel «ph»\n", n=P(g.pick([v.full, v.short])), r=role, c=(g.council(kind, uf), "PROFESSIONAL_ID"),
              ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("\nO serviço social vai mandar a lista de encaminhados. Lembrando: os dentistas precisam de 2 auxiliares, quem puder me avisa.\n\n"
          "Abs,\nCoordenação de Voluntariado\n\n")
    doc.f("---\nDe: Serviço Social «s»\n\nSegue a lista (prioridade pra quem está na fila da UBS há mais tempo):\n\n", s=ORG_DOMAINS[org].split(".")[0])
    rows = []
    for _ in range(g.n(3, 4)):
        p = g.person()
        age = g.n(4, 88)
        rows.append([P(g.pick([p.full, p.full, p.caps])), V(str(age)), (g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"),
                     (g.cns(False), "BR_CNS") if g.chance(0.6) else V("sem cartão"),
                     V(g.pick(["pediatria", "odonto (dor)", "óculos"] if age < 14 else ["odonto (dor)", "clínico - HAS descompensada", "dermato - ferida", "óculos"]
                              + (["preventivo"] if p.female and age >= 25 else []))),
                     V(g.pick(["", "", "cadeirante", "não sabe ler, ligar", "fala só espanhol", "CID E11.9"]))])
    table_fixed(doc, ["Nome", "Idade", "Telefone", "CNS", "Demanda", "Obs"], rows, gap=" | ")
    if g.chance(0.5):
        doc.f("\nA «n» (a da demanda de pediatria) vem com os 3 filhos, pode ser? Ela não tem CNS ainda; CPF dela é «c».\n",
              n=P(g.person(True).first), c=(g.cpf(), "BR_CPF"))
    doc.f("\n«s»\nAssistente Social — «cr»\n", s=P(sw.short), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_casa_apoio(g: Gen) -> Doc:
    """ALL CAPS admission screen of a support house for cancer patients."""
    doc = Doc()
    city, uf = g.city()
    hcity, huf = g.pick([("Barretos", "SP"), ("São Paulo", "SP"), ("Jaú", "SP"), ("Porto Alegre", "RS"), ("Teresina", "PI"), ("Recife", "PE")])
    p = g.person()
    comp = g.relative(p)
    med = g.person()
    sw = g.person(True)
    org = fold(g.pick(["Casa de Apoio Esperança", "Casa de Apoio Aurora", "Casa Rosa de Saron", "Casa de Apoio Bento XVI"])).upper()
    doc.f("«o» - SISTEMA DE HOSPEDAGEM                FICHA: «f»\n" + "-" * 72 + "\n", o=org, f=g.d(5))
    doc.f("PACIENTE....: «n»\nDT NASC.....: «dob»   SEXO: «s»   CNS: «cns»\nCPF.........: «cpf»   RG: «rg»\n",
          n=P(p.caps), dob=(g.dob("br", 1945, 2015), "DATE_OF_BIRTH"), s="F" if p.female else "M", cns=(g.cns(), "BR_CNS"),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    doc.f("PROCEDENCIA.: «c»/«u»\nENDERECO....: «a»\nCEP.........: «cep»   FONE: «ph»\n",
          c=fold(city).upper(), u=uf, a=(g.address("caps"), "ADDRESS"), cep=(g.cep(), "BR_CEP"), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cid, dx = g.pick([("C34.9", "CA DE PULMAO"), ("C18.9", "CA DE COLON"), ("C91.0", "LLA (LEUCEMIA)")]
                     + ([("C50.9", "CA DE MAMA"), ("C53.9", "CA DE COLO UTERINO")] if p.female else [("C61", "CA DE PROSTATA")]))
    doc.f("DIAGNOSTICO.: «dx» (CID «cid»)\nHOSPITAL....: «h» - «hc»/«hu»\nMEDICO ASSIST: DR«a». «m» - «crm»\n"
          "TRATAMENTO..: «t»   PREV. TERMINO: «pt»\nTFD.........: «tfd»\n",
          dx=dx, cid=cid, h=g.pick(["HOSPITAL DE AMOR", "HOSPITAL AMARAL CARVALHO", "ICESP", "SANTA CASA", "HOSPITAL SAO MARCOS"]),
          hc=fold(hcity).upper(), hu=huf, a="A" if med.female else "", m=P(med.caps), crm=(g.council("CRM", huf), "PROFESSIONAL_ID"),
          t=g.pick(["QUIMIOTERAPIA CICLO 3/6", "RADIOTERAPIA 25 SESSOES", "POS-OPERATORIO", "QT + RT"]), pt=g.date("br"),
          tfd=g.pick(["SIM - PROCESSO " + g.d(4) + "/2025", "NAO", "EM ANALISE NA REGIONAL"]))
    if g.chance(0.5):
        doc.f("TRANSPORTE..: VAN DA PREFEITURA DE «c» - PLACA «p» - MOTORISTA «m» «ph»\n", c=fold(city).upper(), p=(g.plate(), "LICENSE_PLATE"),
              m=P(fold(g.person(False).short).upper()), ph=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\nACOMPANHANTE: «n»\nPARENTESCO..: «k»   DT NASC: «dob»   «dk»: «rg»\nCPF.........: «cpf»   FONE: «ph»\n",
          **(dict(dk="RG", rg=(g.rg(), "BR_RG")) if g.chance(0.7) else dict(dk="CNH", rg=(g.cnh(), "BR_CNH"))),
          n=P(comp.caps), k=g.pick(["FILHA", "ESPOSA", "MAE", "IRMA"] if comp.female else ["FILHO", "MARIDO", "IRMAO", "PAI"]), dob=(g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), ph=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.t("\nHISTORICO DE HOSPEDAGENS\n")
    rows = []
    months = sorted(g.rng.sample(range(1, 13), g.n(2, 4)))
    for m in months:
        d0 = g.n(1, 20)
        rows.append([V(fmt_date(d0, m, 2025, "br")), V(fmt_date(d0 + g.n(1, 8), m, 2025, "br")), V(g.pick(["QUARTO 3 - CAMA 2", "QUARTO 7 - CAMA 1", "QUARTO 1 - CAMA 4"])),
                     V(g.pick(["QT", "RT", "CONSULTA", "EXAMES"]))])
    table_fixed(doc, ["ENTRADA", "SAIDA", "ACOMODACAO", "MOTIVO"], rows)
    doc.f("\nOBS: «o»\nASSIST. SOCIAL: «s» - «c»\n", o=g.pick(["DIETA PASTOSA. NAO SUBIR ESCADA.", "PACIENTE CHEGA DE ONIBUS DA PREFEITURA AS 5H.",
                                                               "ACOMPANHANTE TROCA NA PROXIMA SEMANA (VIRA O FILHO).", "DOACAO DE PERUCA - CAMPANHA OUTUBRO ROSA."]),
          s=P(sw.caps), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("F2=ALTERAR  F4=NOVA HOSPEDAGEM  F10=IMPRIMIR TERMO      OPERADOR: «u»\n", u=g.pick(["RECEPCAO1", "VOLUNT03", login(sw).upper()]))
    return doc


def sa_chat(g: Gen) -> Doc:
    """WhatsApp chat between a community health agent and the NGO's nurse (lower case)."""
    doc = Doc()
    acs = g.person(True)
    nur = g.person()
    teen = g.person(True)
    old = g.person(female=g.chance(0.5))
    uf = g.pick(UFS)
    day = g.date("short", 2025)
    ts = g.times(10, 7 * 3600, 21 * 3600)
    names = {0: P(fold(acs.first).lower()) if g.chance(0.5) else V(g.pick(["ACS Microárea 3", "Agente Saúde Vila", "acs posto"])),
             1: P(nur.first) if g.chance(0.5) else V(g.pick(["Enf. Projeto", "Enfermagem ONG", "Enfª Pastoral"]))}
    msgs = [
        (0, lambda: doc.f("bom dia! aquela menina que te falei, a «t», «i» anos, tá grávida de uns 5 meses e não fez pré natal nenhum",
                          t=P(fold(teen.first).lower()), i=g.n(13, 17))),
        (1, lambda: doc.t("nossa. ela mora com quem? me passa endereço e telefone")),
        (0, lambda: doc.f("com a avó«a». endereço: «ad», «b». o cel da avó é «ph»",
                          a="",
                          ad=(g.address(g.pick(["low", "spoken"])), "ADDRESS"), b=fold(g.bairro()).lower(), ph=(g.phone(g.pick(["plain", "raw", "local"])), "PHONE_NUMBER"))),
        (0, lambda: doc.f("a data de nascimento dela é «dob», vi no cartão do sus: «cns»",
                          dob=(g.dob(g.pick(["br", "nopad", "short"]), 2008, 2012), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"))),
        (1, lambda: doc.t("vou ver com a médica se encaixa quinta no mutirão. se for caso de violência tem que notificar e acionar o conselho tutelar, tá?")),
        (1, lambda: doc.f("e o «o»? a família conseguiu a cadeira de rodas?", o=P(fold(g.pick([old.first, old.nick])).lower()))),
        (0, lambda: doc.f("conseguiu! a «d» doou. mas a escara piorou, a filha «f» pediu curativo em casa. cpf " + ("dela" if old.female else "dele") + " pra cadastrar no melhor em casa: «c»",
                          d=g.pick(["paróquia", "rede bonfim de farmácias", "ong", "loja são bento"]),
                          f=P(fold(g.relative(old, True).first).lower()), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))),
        (1, lambda: doc.f("anotado. meu coren pra ficha: «c». amanhã passo aí 14h 👍", c=(g.council("COREN", uf), "PROFESSIONAL_ID"))),
    ]
    for i, (who, fn) in enumerate(msgs):
        doc.t(f"{day} {ts[i]} - ")
        doc.e(*names[who])
        doc.t(": ")
        fn()
        doc.t("\n")
    return doc


def sa_pastoral(g: Gen) -> Doc:
    """Pastoral da Saúde visit notebook of a parish."""
    doc = Doc()
    parish = g.pick(PARISHES)
    team = [g.person(True), g.person(), g.person(False)]
    doc.f("PASTORAL DA SAÚDE — «p»\nCaderno de visitas\nEquipe: irmã «a»" + (" e diácono «c»" if g.chance(0.5) else "") + "\n\n",
          p=parish, a=P(team[0].first), c=P(team[2].short))
    for _ in range(2):
        doc.f("«d» — «t»\n", d=g.date("br", 2025), t=g.pick(["visitas em casa", "Hospital Santa Casa", "visitas + hospital", "Lar dos Idosos São Bento"]))
        for _ in range(g.n(1, 2)):
            p = g.person(female=g.chance(0.6), word=g.chance(0.15))
            k = g.pick(["casa", "casa", "hosp", "dep"])
            if k == "casa":
                f = g.relative(p)
                doc.f("• «t»«n», «i» anos (nasc. «dob»), «c», «a». Levamos a comunhão. {F} «f» pediu a unção dos enfermos; «pr» vai dia «dd». Tel. d{a} {f}: «ph».\n"
                      .replace("{F}", "A filha" if f.female else "O filho").replace("{a}", "a" if f.female else "o").replace("{f}", "filha" if f.female else "filho"),
                      t="dona " if p.female else "seu ", n=P(g.pick([p.full, p.short, p.first])), i=2024 - int((pd := g.dob(g.pick(["br", "nopad"]), 1927, 1955))[-4:]),
                      dob=(pd, "DATE_OF_BIRTH"), c=g.pick(["acamad" + p.o, "cadeirante", "pós-AVC", "com Alzheimer"]),
                      a=(g.address(g.pick(["text", "low"])), "ADDRESS"), f=P(f.first), pr=g.pick(["o padre", "o vigário", "o pároco"]), dd=g.date("br"),
                      ph=(g.phone(), "PHONE_NUMBER"))
            elif k == "hosp":
                sp = g.relative(p)
                doc.f("• Santa Casa, ala «w», leito «l»: «n» («x», CID «cid»). Rezamos o terço com {a} «s» (tel. «ph»). Pediu visita do padre.\n"
                      .replace("{a}", "a esposa" if (not p.female and sp.female) else ("o esposo" if p.female else "o irmão")),
                      w=g.pick("ABC"), l=g.n(1, 40), n=P(g.pick([p.full, p.caps])), x=g.pick(["AVC", "pneumonia", "fratura de fêmur", "ICC"]),
                      cid=g.pick(["I63.9", "J18.9", "S72.0", "I50.0"]), s=P(sp.first), ph=(g.phone(), "PHONE_NUMBER"))
            else:
                doc.f("• «n» — depressão depois que perdeu " + ("o marido" if p.female else "a esposa") + " (F32.1). Não quis receber, deixamos o folheto e o terço na portaria. «w».\n",
                      n=P(g.pick([p.full, p.first])), w=g.pick(["A paz do Senhor esteja com " + ("ela" if p.female else "ele"), "Voltar em 15 dias", "Falar com a coordenação"]))
        doc.t("\n")
    if g.chance(0.5):
        doc.f("Pedidos de oração: pela saúde de todos os visitados; pela alma de «m» (missa de 7º dia «d»).\n", m=P(g.person().full), d=g.date("br"))
    else:
        doc.t("Pedidos de oração: pelos enfermos da comunidade e pelas famílias que cuidam deles.\n")
    doc.f("Doação recebida p/ fraldas geriátricas: R$ «v» (Pix da paróquia, chave «k»).\n",
          v=g.money(50, 600), k=g.pick([(g.uuid(), "PIX_KEY"), (g.cnpj(), "BR_CNPJ")]))
    return doc



# =========================================================================== financeiro

EXTENSO = {500: "quinhentos reais", 1000: "mil reais", 1500: "mil e quinhentos reais", 2000: "dois mil reais", 300: "trezentos reais",
           250: "duzentos e cinquenta reais", 800: "oitocentos reais", 3000: "três mil reais", 120: "cento e vinte reais"}


def fi_recibo(g: Gen) -> Doc:
    """Donation receipt for tax deduction (FIA / Fundo do Idoso) with the donor's request."""
    doc = Doc()
    org = g.pick(ORGS)
    dom = ORG_DOMAINS[org]
    city, uf = g.city()
    don = g.person()
    em = g.email(don)
    val = g.pick(sorted(EXTENSO))
    fund = g.pick(["Fundo Municipal dos Direitos da Criança e do Adolescente (FIA)", "Fundo Municipal do Idoso",
                   "Fundo Estadual da Infância e Adolescência"])
    doc.f("De: «n» <«e»>\nPara: doacoes@«dom»\nAssunto: recibo p/ declaração do IR\n\n", n=P(don.full), e=(em, "EMAIL_ADDRESS"), dom=dom)
    cpf = g.cpf()
    doc.f("Boa tarde, fiz uma doação de R$ «v» em dezembro direcionada ao «f» por intermédio de vocês (Pix «pix»). Preciso do recibo com "
          "meu CPF («c») pra lançar na declaração. Se precisar de mais algum dado, meu celular é «ph».\n"
          "Obrigad{o} e parabéns pelo trabalho, «n2»\n\n".replace("{o}", don.o),
          v=f"{val:,}".replace(",", ".") + ",00", f=fund, pix=g.pick([(g.uuid(), "PIX_KEY"), (g.cnpj(), "BR_CNPJ")]), c=(cpf, "BR_CPF"),
          ph=(g.phone(), "PHONE_NUMBER"), n2=P(g.pick([don.first, don.short])))
    tre, acc = g.person(True), g.person()
    doc.f("---- anexo: recibo_«r».pdf (texto extraído) ----\n\nRECIBO DE DOAÇÃO Nº «r»\n\n«org», inscrita no CNPJ sob o nº «cnpj», "
          "registrada no CMDCA de «c» sob o nº «cm», declara para os devidos fins que recebeu de «n», CPF nº «cpf», residente na «a», "
          "«b», «c»/«u», CEP «cep», a importância de R$ «v» («ext»), em «d», ",
          r=f"{g.n(2024, 2025)}/{g.d(5)}", org=fold(org).upper() if g.chance(0.4) else org, cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          c=city, cm=g.d(3), n=P(don.caps if g.chance(0.5) else don.full), cpf=(cpf, "BR_CPF"), a=(g.address(), "ADDRESS"), b=g.bairro(),
          u=uf, cep=(g.cep(), "BR_CEP"), v=f"{val:,}".replace(",", ".") + ",00", ext=EXTENSO[val], d=g.date("br", 2024))
    if g.chance(0.5):
        bk = g.pick(BANKS)
        doc.f("por transferência da conta de titularidade d{o} doador{a} (banco «bc», agência «ag», conta «cc»), ".replace("{o}", don.o)
              .replace("{a}", "a" if don.female else ""),
              bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("via Pix (id fim-a-fim «e»), ", e=f"E{g.d(8)}{g.date('compact', 2024)}{g.d(4)}{g.hexs(11)}")
    doc.f("destinada ao «f», nos termos do art. 260 da Lei 8.069/1990 e do art. 12 da Lei 9.250/1995 (dedução limitada a 6% do imposto devido).\n\n"
          "«c», «dl».\nCódigo de verificação do recibo: «cv»\n\n«t»\nTesoureira — CPF «tc»\n\n«a»\nContador{x} responsável — «crc»\n".replace("{x}", "a" if acc.female else ""),
          f=fund, c=city, dl=g.date("long"), cv=g.neg11(g.pick(["dot", "raw"])), t=P(tre.full), tc=(g.cpf(), "BR_CPF"), a=P(acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_prestacao(g: Gen) -> Doc:
    """Accountability report to a public funder (Lei 13.019/2014) with the payees' table."""
    doc = Doc()
    org = g.pick(ORGS)
    city, uf = g.city()
    pres, acc, tech = g.person(), g.person(), g.person()
    bk = g.pick(BANKS[:5])
    doc.f("PRESTAÇÃO DE CONTAS PARCIAL — TERMO DE FOMENTO Nº «t»/«y»\n(Lei nº 13.019/2014 e Decreto Municipal nº «dm»)\n\n"
          "Concedente: Secretaria Municipal de «s» de «c»\nGestor{a} da parceria: «ge»\nOSC: «org» — CNPJ «cnpj»\n"
          "Objeto: «obj»\nPeríodo: «p1» a «p2»\nConta específica: «b», ag. «ag», c/c «cc»\n\n".replace("{a}", "a" if tech.female else ""),
          t=f"{g.n(1, 99):03d}", y=g.n(2023, 2025), dm=f"{g.d(2)}.{g.d(3)}/{g.n(2016, 2023)}",
          s=g.pick(["Assistência Social", "Desenvolvimento Social", "Educação", "Direitos Humanos"]), c=city, ge=P(tech.full), org=org,
          cnpj=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"),
          obj=g.pick(["Serviço de Convivência e Fortalecimento de Vínculos para 120 crianças", "Oficinas de geração de renda para mulheres",
                      "Acolhida e integração de migrantes", "Banco de alimentos e segurança alimentar"]),
          p1=g.date("br"), p2=g.date("br"), b=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("RELAÇÃO DE PAGAMENTOS\n")
    rows = []
    total = 0
    for i in range(g.n(5, 7)):
        if g.chance(0.55):
            p = g.person()
            v = g.n(600, 3200)
            b = g.pick(BANKS)
            rows.append([V(f"{i + 1:02d}"), V(g.date("br")), P(g.pick([p.full, p.caps])), (g.cpf(), "BR_CPF"),
                         V(g.pick(["RPA " + g.d(3), "RPA " + g.d(3), "Recibo " + g.d(4)])),
                         V(g.pick(["oficineiro(a) de música", "educador(a) social", "cozinheira", "instrutor(a) de costura", "psicólogo(a)"])),
                         V(f"{b[0]}"), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"), V(f"{v:,}".replace(",", ".") + ",00")])
        else:
            v = g.n(150, 9000)
            rows.append([V(f"{i + 1:02d}"), V(g.date("br")), V(g.pick(["Distribuidora Kassab Ltda", "Padaria Flor do Vale ME", "Supermercado Bento Amaral",
                                                                        "Papelaria Esperança", "Gás Vitória Ltda", "Açougue Prudente"])),
                         (g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), V("NF-e " + g.d(6)), V(g.pick(["gêneros alimentícios", "material pedagógico", "gás", "carne"])),
                         V(g.pick(BANKS)[0]), V("-"), V("boleto"), V(f"{v:,}".replace(",", ".") + ",00")])
        total += v
    table_fixed(doc, ["Nº", "Data", "Favorecido", "CPF/CNPJ", "Doc.", "Natureza", "Bco", "Ag.", "Conta", "Valor (R$)"], rows, gap=" | ")
    doc.f("\nTotal do período: R$ «t»   Rendimentos de aplicação: R$ «r»   Saldo: R$ «s»\n\n", t=f"{total:,}".replace(",", ".") + ",00",
          r=g.money(10, 400), s=g.money(1000, 40000))
    doc.f("Nota explicativa: o pagamento nº «k» foi feito em espécie por erro da tesouraria (oficineir{o} sem conta bancária); a OSC "
          "restituiu o valor à conta específica em «d» (art. 53, § 2º, da Lei 13.019/2014).\n\n".replace("{o}", "a" if g.chance(0.5) else "o"),
          k=f"{g.n(1, 5):02d}", d=g.date("br"))
    doc.f("«c», «d».\n\n«p»\nPresidente — CPF «pc»\n\n«a»\nContador{x} — «crc»\n".replace("{x}", "a" if acc.female else ""),
          c=city, d=g.date("long"), p=P(pres.full), pc=(g.cpf(), "BR_CPF"), a=P(acc.full), crc=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_caderno(g: Gen) -> Doc:
    """A solidarity micro-credit group's repayment notebook, transcribed (handwritten-style)."""
    doc = Doc()
    grp = g.pick(["Mulheres da Flor do Campo", "Grupo Esperança da Vila", "Costureiras do Rosário", "Quitandeiras da Paz", "Grupo Luz do Sol"])
    bank = g.pick(["Banco Comunitário Esperança", "Banco Comunitário Vila Rosa", "Fundo Solidário Prudente"])
    mem = [g.person(True) if g.chance(0.85) else g.person(False) for _ in range(g.n(3, 5))]
    coord = mem[0]
    doc.f("[caderno do grupo solidário \"«g»\" — «b» — transcrito da foto enviada pela agente de crédito]\n\n"
          "coordenadora: «c» (zap «ph»)\nempréstimo liberado dia «d»: R$ «v» p/ o grupo, 6 parcelas, juros 1,5% a.m. — aval solidário\n\n",
          g=grp, b=bank, c=P(g.pick([coord.first, coord.short])), ph=(g.phone(g.pick(["plain", "local", "par"])), "PHONE_NUMBER"),
          d=g.date("nopad"), v=f"{len(mem) * 1000:,}".replace(",", "."))
    doc.t("integrantes:\n")
    for i, m in enumerate(mem):
        doc.f("«i»- «n» — «a» — CPF «c» — zap «z» — R$ «v»\n", i=i + 1, z=(g.phone(g.pick(["plain", "local", "raw"])), "PHONE_NUMBER"),
              n=P(g.pick([m.full, m.short, fold(m.full).lower()])), a=g.pick(["costura", "salgados", "marmita", "brechó", "manicure", "horta", "bolos"]),
              c=(g.cpf(g.pick(["dot", "raw", "dash"])), "BR_CPF"), v=g.pick(["800", "1.000", "1.200", "1000"]))
    doc.t("\n")
    m0 = g.n(1, 8)
    for k in range(1, g.n(3, 4) + 1):
        doc.f("parc «k» venc «d»:\n", k=k, d=f"{g.n(5, 15)}/{m0 + k}/2025")
        if g.chance(0.5):
            doc.t("  todas pagaram ✓\n" if all(m.female for m in mem) else "  todos pagaram ✓\n")
        else:
            m = g.pick(mem)
            st = g.pick(["pagou metade, resto sábado", "NÃO pagou - grupo cobriu", "pagou c/ atraso (3 dias)", "pagou em palmas P$ 50 + R$ 150"])
            doc.f("  ok menos «n»: «s»\n", n=P(g.pick([m.first, fold(m.first).lower(), m.nick])), s=st)
        doc.t("\n")
    x = g.pick(mem[1:])
    doc.f("obs: a «x» mandou o comprovante pelo pix, a chave dela é o cel «ph». ", x=P(x.first), ph=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    doc.f("reunião do grupo dia «d» na casa da coordenadora («a»).\n", d=g.date("nopad"), a=(g.address("low"), "ADDRESS"))
    ag = g.person()
    doc.f("visto agente «a» — «dd»\n", a=P(g.pick([ag.first, ag.short])) if g.chance(0.5) else "de crédito", dd=g.date("br"))
    return doc


def fi_dizimo(g: Gen) -> Doc:
    """A parish tithe list pasted from a spreadsheet."""
    doc = Doc()
    parish = g.pick(PARISHES + CHURCHES)
    church = parish in CHURCHES
    doc.f("«p» — «t» — «m»/2025\n(colado da planilha da tesouraria; não divulgar)\n\n",
          p=parish, t="Dizimistas e ofertantes" if church else "Pastoral do Dízimo - Comunidade " + g.pick(["São José", "N. Sra. das Graças", "Santa Luzia"]),
          m=f"{(month := g.n(1, 12)):02d}")
    rows = []
    for _ in range(g.n(4, 5)):
        p = g.person(word=g.chance(0.12))
        forma = g.pick(["débito automático", "débito automático", "Pix", "envelope", "cartão recorrente", "boleto"])
        b = g.pick(BANKS)
        rows.append([V(g.d(4)), P(g.pick([p.full, p.caps, p.short])), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     (g.email(p), "EMAIL_ADDRESS") if g.chance(0.45) else V(""),
                     (g.address(g.pick(["text", "caps"])), "ADDRESS") if g.chance(0.7) else V(""), V(forma),
                     V(b[0] if forma == "débito automático" else ""), (g.agency(), "BANK_ACCOUNT") if forma == "débito automático" else V(""),
                     (g.account(), "BANK_ACCOUNT") if forma == "débito automático" else V(""),
                     V(g.pick(["50,00", "100,00", "30,00", "200,00", "75,00", "10%"])), V(str(g.pick([5, 10, 15, 20])))])
    table_fixed(doc, ["Cód", "Nome", "Telefone", "E-mail", "Endereço", "Forma", "Bco", "Ag", "Conta", "Valor", "Dia"], rows, gap="\t")
    bd = g.person(word=g.chance(0.3))
    doc.f("\nAniversariantes do mês (cartão + bênção na missa de domingo): «n» — nasc. «dob»", n=P(bd.full),
          dob=(fmt_date(g.n(1, 28), month, g.n(1935, 1990), g.pick(["br", "nopad"])), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        b2 = g.person()
        doc.f("; «n» — nasc. «dob»", n=P(b2.short), dob=(fmt_date(g.n(1, 28), month, g.n(1935, 1990), "br"), "DATE_OF_BIRTH"))
    doc.t("\n")
    doc.f("Chave Pix da «k» p/ quem quiser mudar do envelope: «c» (aleatória) — ou CNPJ «cn».\n", k="igreja" if church else "paróquia",
          c=(g.uuid(), "PIX_KEY"), cn=(g.cnpj(), "BR_CNPJ"))
    t = g.person()
    doc.f("Tesoureir{o}: «t» — «ph»\n".replace("{o}", t.o), t=P(t.full), ph=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Obs.: «n» pediu pra suspender o débito por 3 meses (desempregado). «w».\n", n=P(g.pick(rows)[1][0]),
              w=g.pick(["Que Deus proveja", "Graças a Deus o resto da lista está em dia", "A paz"]))
    return doc


def fi_bolsa(g: Gen) -> Doc:
    """Scholarship application: family-income form and the social worker's interview notes."""
    doc = Doc()
    org = g.pick(["Instituto Aurora de Educação", "Fundação Amado Sacramento", "Projeto Semear", "Associação Beneficente Bento XVI"])
    city, uf = g.city()
    cand = g.person()
    doc.f("«org» — PROGRAMA DE BOLSAS DE ESTUDO «y»\nFORMULÁRIO SOCIOECONÔMICO (inscrição nº «n»)\n\n1. CANDIDAT{O}\nNome: «nm»\n"
          .replace("{O}", "A" if cand.female else "O"),
          org=org, y=g.n(2025, 2026), n=g.d(5), nm=P(g.pick([cand.full, cand.caps])))
    adult = g.chance(0.5)
    doc.f("Data de nascimento: «dob»   CPF: «cpf»   RG: «rg»\n", dob=(g.dob("br", 2003 if adult else 2008, 2006 if adult else 2011), "DATE_OF_BIRTH"),
          cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    if adult:
        doc.f("Título de eleitor: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("E-mail: «e»   Celular: «ph»\nEndereço: «a» — «b», «c»/«u» — CEP «cep»\nEscola/curso: «s»\n\n",
          e=(g.email(cand), "EMAIL_ADDRESS"), ph=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), b=g.bairro(), c=city, u=uf,
          cep=(g.cep(), "BR_CEP"), s=g.pick(["cursinho popular — quer Medicina", "1º semestre de Enfermagem (PROUNI parcial)", "2º semestre de Pedagogia (EAD)"]
                                           if adult else ["3º ano EM — E.E. Padre Anchieta", "técnico em informática — ETEC", "9º ano — EMEF Chico Mendes"]))
    doc.t("2. COMPOSIÇÃO FAMILIAR E RENDA\n")
    rows = []
    fam: set[str] = set()
    mom = g.relative(cand, True, avoid=fam)
    members = [(mom, "mãe", g.dob("br", 1965, 1990), g.pick(["diarista", "costureira", "desempregada", "auxiliar de limpeza", "cozinheira"]),
                g.n(0, 2200))]
    if g.chance(0.5):
        members.append((g.relative(cand, False, avoid=fam), g.pick(["pai", "padrasto"]), g.dob("br", 1960, 1988), g.pick(["pedreiro", "motorista", "autônomo", "aposentado"]),
                        g.n(0, 3000)))
    for _ in range(1):
        sib = g.relative(cand, avoid=fam)
        members.append((sib, "irm" + ("ã" if sib.female else "ão"), g.dob("br", 2008, 2020), "estudante", 0))
    total = 0
    for m, rel, dob, occ, inc in members:
        total += inc
        rows.append([P(m.full), V(rel), (dob, "DATE_OF_BIRTH"), (g.cpf(), "BR_CPF") if rel in ("mãe", "pai", "padrasto") or g.chance(0.3) else V("-"),
                     V(occ), V(f"{inc:,}".replace(",", ".") + ",00" if inc else "0,00")])
    table_fixed(doc, ["Nome", "Parentesco", "Nascimento", "CPF", "Ocupação", "Renda (R$)"], rows, gap=" | ")
    doc.f("Renda bruta familiar: R$ «t»   Per capita: R$ «pc»   Recebe Bolsa Família: «bf»\n", t=f"{total:,}".replace(",", ".") + ",00",
          pc=f"{total / (len(members) + 1):.2f}".replace(".", ","), bf=g.pick(["sim, NIS «nis»", "não"]))
    if "«nis»" in doc.text:
        i = doc.text.rindex("«nis»")
        doc.text = doc.text[:i]
        doc.e(g.pis(), "BR_PIS").t("\n")
    doc.f("Despesas: aluguel R$ «a» · conta de luz R$ «l» · água R$ «w» · transporte R$ «t»\n", a=g.money(300, 1200), l=g.money(60, 300),
          w=g.money(30, 150), t=g.money(80, 400))
    if g.chance(0.4):
        doc.f("Bens: veículo «v», placa «p», RENAVAM «r» (em nome do pai/mãe, financiado)\n", v=g.pick(["Gol 2009", "Uno 2011", "moto CG 160", "Celta 2008"]),
              p=(g.plate(), "LICENSE_PLATE"), r=g.neg11())
    sw = g.person(True)
    doc.f("\n3. ENTREVISTA SOCIAL («d», «m»)\n«n» compareceu com a mãe, «mm». Relata «r». Mora em casa «c». Parecer: «p».\n"
          "«s» — Assistente Social — «cr»\n",
          d=g.date("br"), m=g.pick(["presencial", "por vídeo"]), n=P(cand.first), mm=P(g.pick([mom.first, mom.short])),
          r=g.pick(["que o pai saiu de casa há 2 anos e não paga pensão", "que a mãe perdeu o emprego em março", "que trabalha meio período como jovem aprendiz",
                    "que é a primeira da família a tentar faculdade" if cand.female else "que é o primeiro da família a tentar faculdade"]),
          c=g.pick(["alugada, 2 cômodos", "própria, em área de ocupação", "cedida pela avó"]),
          p=g.pick(["DEFERIDO — bolsa integral", "DEFERIDO — bolsa 50%", "PENDENTE — falta comprovante de renda do pai", "INDEFERIDO — renda acima do limite"]),
          s=P(sw.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A payment gateway's chargeback/dispute file of recurring card donations, with the NGO's analysis."""
    doc = Doc()
    org = g.pick(ORGS)
    dom = ORG_DOMAINS[org]
    gw = g.pick(["PagSolidário", "DoaPay", "GivePag", "Cobra Fácil Pagamentos"])
    doc.f("«gw» — Relatório de contestações\nEstabelecimento: «org» (CNPJ «c») — EC «ec»\nPeríodo: «d1» a «d2»\n\n",
          gw=gw, org=org, c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), ec=g.d(10), d1=g.date("br"), d2=g.date("br"))
    rows = []
    holders = []
    for _ in range(g.n(3, 4)):
        p = g.person()
        holders.append(p)
        full = g.chance(0.55)
        rows.append([V(f"tx_{g.hexs(10)}"), V(g.date("iso") + " " + g.hms()), V(g.pick(["30.00", "50.00", "100.00", "25.00", "250.00"])),
                     V(g.pick(["VISA", "MASTERCARD", "ELO"])), (g.card(False), "CREDIT_CARD") if full else V(f"{g.pick('4556')}{g.d(5)}******{g.d(4)}"),
                     P(fold(p.full).upper()), (g.email(p), "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER") if g.chance(0.8) else V(""), (g.ip(), "IP_ADDRESS"),
                     V(g.pick(["4837 - no cardholder authorization", "4853 - cancelled recurring", "10.4 - fraud card absent", "13.2 - cancelled recurring"])),
                     V(g.pick(["aberta", "aguardando defesa", "perdida", "revertida"]))])
    table_csv(doc, ["transaction_id", "created_at", "amount", "brand", "card_number", "holder_name", "customer_email", "customer_phone", "ip", "reason", "status"], rows)
    an = g.person()
    h = g.pick(holders)
    doc.f("\n-----\nDe: «a» <«ae»>\nPara: financeiro@«dom»\n\nGente, analisei as contestações:\n",
          a=P(an.full), ae=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), dom=dom)
    doc.f("- «h»: pediu cancelamento por telefone em «d» e a recorrência não foi cancelada no gateway. Perdemos, e com razão. "
          "Devolver as 2 últimas via Pix pro CPF dele{a}: «c».\n".replace("dele{a}", "dela" if h.female else "dele"),
          h=P(g.pick([h.full, h.short])), d=g.date("br"), c=(g.cpf(), "BR_CPF"))
    h2 = g.pick(holders)
    doc.f("- «h»: não reconheceu porque na fatura aparece \"«desc»\". Liguei no «ph» e {a} doador{x} retirou a contestação.\n"
          .replace("{a}", "a" if h2.female else "o").replace("{x}", "a" if h2.female else ""),
          h=P(h2.first) if g.chance(0.5) else rows[holders.index(h2)][0][0], desc=g.pick(["PAG*ESPERANCAVIV", "DOAPAY*INSTAURORA", "GIVEPAG*MAOSQSERV"]), ph=(g.phone(), "PHONE_NUMBER"))
    doc.f("- os Pix do mesmo período estão ok (e2e «e», «e2»), nenhuma devolução MED.\n",
          e=f"E{g.d(8)}{g.date('compact', 2025)}{g.d(4)}{g.hexs(11)}", e2=f"E{g.d(8)}{g.date('compact', 2025)}{g.d(4)}{g.hexs(11)}")
    doc.f("Obs: o relatório do «gw» veio com o número completo de alguns cartões (!). Já abri chamado («p») pra eles mascararem. "
          "Não encaminhem esse e-mail.\n«a»\n", gw=gw, p=g.protocol(), a=P(an.first))
    return doc


def fi_fundo(g: Gen) -> Doc:
    """ALL CAPS loan screen of a community revolving fund."""
    doc = Doc()
    org = fold(g.pick(["Fundo Rotativo Solidário Esperança", "Banco Comunitário Vila Rosa", "Fundo Solidário Bento XVI",
                       "Cooperativa de Crédito Solidário Aurora"])).upper()
    city, uf = g.city()
    tom = g.person()
    av = g.person()
    agent = g.person()
    tcnh = g.cnh()
    doc.f("«o» - SISCRED 4.1 - CONSULTA DE CONTRATO\n" + "=" * 74 + "\nCONTRATO: FRS-«y»-«n»   SITUACAO: «s»   CICLO: «c»\n\n",
          o=org, y=g.n(2023, 2025), n=g.d(4), s=g.pick(["EM DIA", "EM DIA", "ATRASO 12 DIAS", "RENEGOCIADO"]), c=g.n(1, 5))
    doc.f("TOMADOR.....: «n»\nCPF.........: «cpf»   «dk»: «rg»   DT NASC: «dob»\n", n=P(tom.caps), cpf=(g.cpf(), "BR_CPF"),
          **(dict(dk="RG", rg=(g.rg(), "BR_RG")) if g.chance(0.7) else dict(dk="CNH", rg=(tcnh, "BR_CNH"))),
          dob=(g.dob("br", 1960, 2002), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f("TIT ELEITOR.: «t»\n", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    doc.f("ENDERECO....: «a»\nBAIRRO......: «b»   CIDADE: «c»/«u»   CEP: «cep»\nFONE........: «ph»\n",
          a=(g.address("caps"), "ADDRESS"), b=fold(g.bairro()).upper(), c=fold(city).upper(), u=uf, cep=(g.cep(), "BR_CEP"),
          ph=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("E-MAIL......: «e»\n", e=(g.email(tom).upper() if g.chance(0.5) else g.email(tom), "EMAIL_ADDRESS"))
    act = g.pick(["VENDA DE SALGADOS", "COSTURA / CONSERTOS", "CARRINHO DE CALDO DE CANA", "SALAO DE BELEZA", "HORTA COMUNITARIA", "MOTOTAXI"])
    doc.f("ATIVIDADE...: «a»", a=act)
    if g.chance(0.6):
        doc.f("   MEI CNPJ: «c»", c=(g.cnpj(), "BR_CNPJ"))
    if act == "MOTOTAXI":
        doc.f("   PLACA: «p»   CNH: «cnh»", p=(g.plate(), "LICENSE_PLATE"), cnh=(tcnh, "BR_CNH"))
    doc.t("\n\n")
    doc.f("AVALISTA SOLIDARIO: «n»   CPF: «c»   FONE: «ph»\n", n=P(av.caps), c=(g.cpf(), "BR_CPF"), ph=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        bk = g.pick(BANKS)
        doc.f("CONTA LIBERACAO: BCO «b» AG «ag» CC «cc»\n", b=bk[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("LIBERACAO VIA PIX - CHAVE ALEATORIA: «k»\n", k=(g.uuid().upper() if g.chance(0.3) else g.uuid(), "PIX_KEY"))
    nparc = g.pick([6, 8, 10, 12])
    val = g.pick([1000, 1500, 2000, 3000, 5000])
    doc.f("VALOR: R$ «v»   PARCELAS: «k» X R$ «pv»   TAXA: «t»% AM\n\n",
          v=f"{val:,}".replace(",", ".") + ",00", k=nparc, pv=f"{val * 1.1 / nparc:.2f}".replace(".", ","), t=g.pick(["1,0", "1,5", "2,0"]))
    rows = []
    m0 = g.n(1, 6)
    for i in range(min(nparc, g.n(3, 6))):
        rows.append([V(f"{i + 1:02d}"), V(fmt_date(10, m0 + i, 2025, "br")), V(f"{val * 1.1 / nparc:.2f}".replace(".", ",")),
                     V(g.pick(["PAGA", "PAGA", "PAGA", "PAGA ATRASO", "ABERTA"]))])
    table_fixed(doc, ["PARC", "VENCTO", "VALOR", "STATUS"], rows)
    doc.f("\nAGENTE DE CREDITO: «a»   ULT. VISITA: «d»\nOBS: «o»\n", a=P(fold(g.pick([agent.full, agent.short])).upper()), d=g.date("br"),
          o=g.pick(["CLIENTE PEDIU CARENCIA DE 30 DIAS (FILHO INTERNADO)", "PAGA SEMPRE EM DINHEIRO NA REUNIAO DO GRUPO", "-",
                    "RENOVACAO APROVADA PELO COMITE EM " + g.date("br")]))
    doc.t("F1=AJUDA  F3=SAIR  F6=BOLETO  F8=EXTRATO\n")
    return doc


# =========================================================================== checks

ROLE_BOXES = ("doacoes@", "contato@", "dpo@", "secretaria@", "juridico@", "sac@", "financeiro@", "privacidade@",
              "voluntariado@", "noreply@", "no-reply@", "ouvidoria@", "atendimento@", "disputas@")


def check(record: dict, negs: list[str]) -> None:
    text, last = record["text"], 0
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (record["id"], s, last)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (record["id"], s, v)
        last = s["end"]
        lab = s["label"]
        assert lab in LABELS, lab
        digits = re.sub(r"\D", "", v)
        if lab == "BR_CPF":
            assert cpf_ok(digits) and re.fullmatch(r"[\d. -]+", v), (record["id"], v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_dv(digits[:-1]) == digits[-1], (record["id"], v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (record["id"], v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[./ -]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (record["id"], v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (record["id"], v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (record["id"], v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (record["id"], v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v)
            if re.fullmatch(r"\d{2}\.\d{3}\.\d{3}-[\dX]|\d{8}[\dX]", v):
                assert rg_sp_dv(raw[:8]) == raw[8], (record["id"], v)
            else:
                assert re.fullmatch(r"\d\.\d{3}\.\d{3}", v), (record["id"], v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert re.fullmatch(r"\d{5}-?\d{3}", v), (record["id"], v)
        elif lab == "PHONE_NUMBER":
            assert 8 <= len(digits) <= 13 and re.fullmatch(r"[\d()+ -]+", v), (record["id"], v)
        elif lab == "IP_ADDRESS":
            assert re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v) and all(int(x) < 256 for x in v.split(".")), (record["id"], v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|pe|padre|pastor|pr|irmã|irmão|diácono|frei|madre|tia|prof)\.?\s", v), (record["id"], v)
            assert not re.search(r"[0-9@()<>:;/]", v), (record["id"], v)
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", v), (record["id"], v)
            assert not v.lower().startswith(ROLE_BOXES), (record["id"], v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|OAB|COREN|CRO|CRP|CRESS|CRC|CRN)(\b|\d)", v), (record["id"], v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (record["id"], v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (record["id"], v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"\d+(-[\dXx])?", v), (record["id"], v)
        elif lab == "ADDRESS":
            assert re.match(r"(?i)(rua|r\.?\s|avenida|av\.?\s|travessa|tv\.?\s|alameda|al\.?\s|praça|praca|estrada|estr\.?\s|viela|beco|servidão|servidao|rodovia)", v), (record["id"], v)
    assert "«" not in text and "»" not in text, (record["id"], text[max(0, text.find("«") - 40):text.find("«") + 40])
    for n in negs:
        assert n in text, (record["id"], n)
        dn = re.sub(r"\D", "", n)
        assert len(dn) == 11 and not cpf_ok(dn), (record["id"], n)
        for m in re.finditer(re.escape(n), text):
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in record["spans"]), (record["id"], n)
    # every 11-digit run (bare or dotted like a CPF) outside gold spans must fail the CPF check
    for m in re.finditer(r"(?<![\d.])(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})(?![\d])", text):
        inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in record["spans"])
        if not inside:
            assert not cpf_ok(re.sub(r"\D", "", m.group())), (record["id"], m.group())


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


# =========================================================================== build

TEMPLATES = {
    "atendimento": [at_crm, at_voluntario, at_whats, at_tela_familia, at_migrante, at_portugues, at_mentoria],
    "juridico": [ju_reclamatoria, ju_ata, ju_acolhimento, ju_doacao, ju_termo_voluntario, ju_livro, ju_lgpd],
    "saude": [sa_caderno_acs, sa_vacinacao, sa_triagem, sa_mutirao, sa_casa_apoio, sa_chat, sa_pastoral],
    "financeiro": [fi_recibo, fi_prestacao, fi_caderno, fi_dizimo, fi_bolsa, fi_chargeback, fi_fundo],
}


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record, doc.negs)
                records.append(record)
    return records


def main() -> None:
    records = build()
    assert len(records) == 280 and len({r["id"] for r in records}) == 280
    with (HERE / f"{OUT}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    negs = sum(len(re.findall(r"(?<![\d.])\d{11}(?!\d)", r["text"])) for r in records)
    print(OUT, len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")
    print(f"  bare 11-digit runs in the text (labelled and hard negatives): {negs}")


if __name__ == "__main__":
    sys.exit(main())
