"""Build the hundred-and-twenty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12828, 280 records: 4 domains x 7 templates x 10 copies.

Register: EXAM PREPARATION AND PRIVATE TUTORING -- community and private pre-university courses
(cursinhos populares, pré-vestibular, pré-ENEM), courses for public-service exams (concursos) and
online course platforms, private tutors (aulas particulares, reforço), student housing (repúblicas,
pensionatos, a students' house), scholarships and fee waivers (bolsas, isenção da taxa de inscrição,
CadÚnico), study groups on WhatsApp, and the health side of it (a student's anxiety counselling, a
medical certificate for a missed mock exam, a report asking for specialised assistance at the exam,
a boarding house's health sheet, a psychological support chat, a health post's record of a student
living in a república, a course's referral sheet). Every course, república, boarding house, school,
platform, gateway, bot, clinic, service and person is invented (the courses Cursinho Popular
Aurora, Pré-Vestibular Comunitário Flor do Saber, Cursinho Solidário Luz do Saber, Pré-ENEM Quilombo
do Saber, Rosa dos Ventos Pré-ENEM, Curso Vitória Pré-Vestibular, Leão do Norte Pré-Vest, Prudente
Concursos, Método Amado Concursos, AprovaJá Online, Rumo ENEM Digital, Estrela Guia Medicina; the
repúblicas Toca do Bento, Sem Freio, Aurora Boreal, Flor de Lis, Casa Branca, Leão de Chácara,
Vitória Régia, Xique-Xique, Saideira, Amado Batista Cover; the boarding houses Pensionato Santa Rosa,
Pensionato Dona Vitória, Pensionato Estrela Guia, Pensionato Universitário Bom Jesus, Casa do
Estudante Prudente; the bots Aprovinha, VestiBot, Lumi, EnemZap, CursinhoBot; the gateways
PagueFácil, EduPay, CobraCerto, PixMatrícula; the apps AgendaAula, TutorFácil, Aulas & Cia, ProfApp;
the utility "Luz do Vale Energia"...). Cities are real; CEPs are random.
Layouts: WhatsApp exports (Android and iOS stamps; exported by either side; senders by name,
nickname, number or "Você"; business accounts and bots; a study group and a república's group in
lower case with @mentions and "<Mídia oculta>"); a speech-to-text call (lower case; CPF, birth date,
NIS, address, CEP and phone spoken in groups or in words, "meia" for six) and its typed record;
forms in four styles ("Campo: valor", dotted leaders, ruled box, CAPS labels) and scans with OCR
confusions (I/l, O/0, S/5, B/8, m/rn, d/cl...); ruled, pipe, Markdown, psql-like and blank-aligned
tables, CSV with "," or ";", TSV; e-mails with quoted originals and X-Originating-IP; contracts
(capitals sometimes) with an e-signature log; a petition, hearing minutes and an administrative
appeal; an ALL CAPS police report (OCR'd sometimes); a notarised travel authorisation; receipts
with the amount in words; a fixed-width payroll and a fixed-width bank statement (names cut at 22,
24 or 15 characters); an e-SUS style record; JSON lines.
- atendimento: (0) a WhatsApp enrolment chat with a course (a bot, then a consultant): a mother or
  the student asks for a place (the student's name, birth date and CPF, the financial guardian's
  name, CPF and phone, an e-mail, the home address and CEP for the books; the enrolment fee to the
  course's random Pix key, or a card number typed that the consultant asks to delete; the
  scholarship test's venue, an institution; the father who takes the student, with his phone);
  (1) a speech-to-text call to a scholarship desk or a fee-waiver line (a mother calling for her
  child or a candidate: name, CPF, birth date, NIS, address, CEP, phone spoken; income) and the
  typed record (the attendant by name or login); (2) a community course's registration form (typed,
  boxed, CAPS or a scan: name, a social name sometimes, birth date, CPF, RG or CNH, NIS, título and
  CNS sometimes, the public school, address, CEP, phone, e-mail; a minor's guardian with CPF and
  phone; the family table with birth dates or ages; the interviewer by name or login, the social
  worker's CRESS); (3) a study group in lower case (PDFs, e-mails for a shared folder, the mock
  exam's online registration with names and CPFs, printed books paid by Pix to a key of any kind, a
  new number, a monitor offering private lessons with a phone, a lift in a father's "gol prata"
  with its plate, the exam venue); (4) a consumer's e-mail asking for a refund of a course, quoted
  under the analyst's answer (order and protocol numbers unlabelled, art. 49 of the CDC, a masked
  card or a full card typed, the refund to a Pix key of any kind or to agency and account, CPF,
  phone, IP; the attendant who refused; the company's CNPJ in the signature); (5) a lower-case chat
  between a freshman or a mother and a república's member or a boarding house's owner (house rules
  with the power bill's installation number, the house's address and CEP, members by nickname, name,
  CPF and RG for the lease, the guarantor's CPF, the deposit to agency and account or a random key,
  the car's plate for the garage); (6) a private tutor's student list exported from an app (CSV,
  TSV or a table: student, birth date, guardian, phone, e-mail, home address or "online", subject,
  fee, a Pix key of any kind; the tutor's e-mail and IP in the header; notes with a guardian's CPF
  for receipts, a new number, a new address and CEP).
- juridico: (0) a private tutoring contract (capitals sometimes: the guardian qualified, título
  sometimes, for the minor student with birth date and CPF; the tutor qualified or as an MEI with
  CNPJ; payment to a Pix key of any kind or agency and account; LGPD clause; witnesses with CPF or
  RG; an e-signature log with e-mails and IPs sometimes); (1) a lease of a room in a república or a
  place in a boarding house (the landlord qualified, or the boarding house's CNPJ and its partner's
  CPF; the student qualified with birth date; the guarantor with título sometimes; the house's
  address and CEP; a garage for a plate; rent to agency and account or a random key; Lei
  8.245/1991; the house rules signed by residents with nickname and CPF, or witnesses); (2) a
  petition to a small-claims court (a refund against a course: CNPJ, order, protocol, Procon
  number, a masked card, the attendant named; or a deposit against a república's landlord,
  qualified with his home address; the lawyer's OAB and e-mail, or no lawyer); (3) conciliation
  hearing minutes (the conciliator, the claimant's CPF, phone and e-mail for intimations, the
  company's CNPJ and its representative's CPF or RG, lawyers' OAB and e-mails, the settlement to
  agency and account or a Pix key of any kind, the lay judge; the CNJ number unlabelled); (4) an
  appeal against a denied fee waiver (the candidate qualified with birth date, RG, CPF, NIS, título
  sometimes, address, CEP, phone, e-mail; the mother as the CadÚnico's head with CPF; the family
  table with birth dates and CPF sometimes; the committee's decision by an analyst or a login, a role
  mailbox); (5) an ALL CAPS police report of a notebook and a phone stolen in a república (the
  victim, her mother, birth date, RG, CPF, the house's address and CEP, phone; the former resident
  by nickname and name, CPF sometimes; the housemate witness with RG and phone; the app car's plate
  and driver; serial, IMEI and BO number unlabelled; the clerk and the delegado); (6) a parents'
  travel authorisation for a minor going to sit an exam (parents with RG, CPF, título sometimes,
  phone, address, CEP; the minor's birth date and RG or CPF; the course's teacher with RG or CNH;
  the chartered coach's plate and driver with CNH; the boarding house's person in charge with a
  phone; the notary's clerk; the seal unlabelled).
- saude: (0) a psychology clinic's record of a student's anxiety (birth date, CPF, CNS sometimes,
  phones, a minor's guardian, address and CEP sometimes, the coordinator who referred; sessions
  naming a roommate; the hypothesis with an ICD-10 code; a CAPS psychiatrist's CRM; the intern and
  the supervisor's CRP, or the psychologist's CRP); (1) a student's e-mail justifying a missed mock
  exam with the medical certificate transcribed (CPF, the ICD-10 code or its withholding, the
  clinic's CNPJ sometimes, the physician's CRM, RQE unlabelled; the mother in copy; IP), quoted under
  the coordinator's answer; (2) a boarding house's health sheet (birth date, CPF, CNS, the health
  plan's card number unlabelled, the family doctor's CRM and phone sometimes, emergency contacts,
  the family's address and CEP, the guardian's CPF); (3) a lower-case WhatsApp chat with a
  psychological support service (CVV 188 and SAMU 192 unlabelled; the psychologist's CRP; the
  student's name, birth date, CPF, CNS, e-mail; a minor's relative with a phone; a CAPS physician
  with CRM); (4) a medical report asking for specialised assistance at an exam (candidate's birth
  date and CPF, CNS sometimes, a minor's guardian with CPF, the registration number unlabelled, the
  condition with its ICD-10 code, the CRM, a neuropsychologist's CRP; the course coordinator's cover
  note with e-mail or role mailbox and phone); (5) a health post's e-SUS record of a student living
  in a república (birth date, CNS, CPF, mother, the house's address and CEP, phones, a housemate by
  nickname, e-mail sometimes; the ACS; the physician's CRM and the nurse's COREN); (6) a course's
  referral sheet (CSV, TSV or a table: student, birth date, CPF or CNS, reason, service, phone;
  notes naming students and a relative; the social worker's CRESS, the psychologist's CRP, the
  coordinator's e-mail or the role mailbox).
- financeiro: (0) a course's financial statement of a yearly contract (the course's CNPJ, the
  student with birth date and CPF sometimes, a sibling sometimes, the financial guardian's CPF,
  billing address, CEP, e-mail and phone; twelve instalments with masked cards; the slip's line and
  "nosso número" unlabelled; a renegotiation by an attendant or a login, Lei 9.870/1999); (1) the
  monthly payroll of teachers and monitors paid as self-employed (fixed width or a table: CPF, NIT
  sometimes, hours, gross, net, a Pix key of any kind or agency and account; the coordinator, the
  finance officer, the accountant's CRC, the batch's login and IP); (2) a república's bills split in
  its WhatsApp group (rent to the landlady's agency and account or random key, the power bill's
  installation number, the cleaner by name, the treasurer's Pix key of any kind, a car's plate for
  the garage, a freshman's name and CPF for the lease, a CSV with each resident's refund key
  sometimes); (3) private lessons' receipts (capitals sometimes, amount in words: the payer's CPF,
  the student, Pix to the tutor's key of any kind, a transfer to agency and account or cash, the
  tutor's CPF, home address and CEP sometimes); (4) JSON lines of an online course's payment
  gateway (buyer name, e-mail, CPF, phone or null, IP, birth date or null, masked card, E2E id or a
  slip's line, refunds to agency and account, affiliates' random keys; the exporter's login and
  private IP); (5) a community course's bank statement in fixed width (CNPJ, agency and account;
  Pix received from donors with masked CPFs, Pix sent to monitors with the key, transfers to agency
  and account, a foundation's grant with its CNPJ, the power bill; the treasurer's note); (6) an
  e-mail thread on overdue fees (the agreement, a slip's line, the course's random key or agency,
  account and CNPJ, the officer's signature and phone; the guardian's CPF, the student's name and
  enrolment number, a card typed sometimes, a new phone, a new address and CEP, IP).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "dra.", "enf.", "dona", "seu", "CONHECIDO COMO"; particles and suffixes are inside;
"SURNAME, GIVEN" is one span; first names, nicknames, lower case, ALL CAPS, OCR-damaged forms and
names cut at a fixed-width field (as they stand) are persons. Staff named in the text are persons
(consultants, attendants, coordinators, tutors, monitors, teachers, analysts, finance officers,
treasurers, accountants, psychologists and interns, physicians, nurses, community health agents,
social workers, lawyers, conciliators, lay judges, clerks, delegados, notary clerks, drivers), and
so are students, guardians, relatives, housemates, landlords, cleaners, donors, witnesses and
affiliates; logins (acerqueiraleme, zvieira51), bots (Aprovinha, VestiBot, Lumi) and business
accounts of WhatsApp ("Leão do Norte Pré-Vest Matrículas", "Acolhimento Cursinho Solidário Luz do
Saber") are not. Corporate e-mails of people (at a course, a platform, a law firm) are
EMAIL_ADDRESS; role mailboxes (suporte@, reembolso@, cancelamento@, sac@, coordenacao@, pedagogico@,
secretaria@, financeiro@, cobranca@, tesouraria@, isencao@, comissao@, vestibular@, concursos@,
acolhimento@, servicosocial@, atendimentoespecializado@...) are not labelled. ADDRESS is a person's
street + number + complement (lower-case, caps and spoken forms included; bairro, city and CEP stay
out, the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT spans, whoever holds them (a
tutor, a landlady, a claimant, a course, an association); bank names and codes are not labelled.
PIX_KEY only for random keys (a course's, a house's, a tutor's, an affiliate's); a key that is a
CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (spoken ones, minors',
relatives' in family tables and a gateway's "birth_date" included); due, purchase, session, mock
exam, hearing, travel, signature and log dates and ages ("19 anos") are not. Masked CPFs
("***.537.636-**") and masked cards ("444235******4462", "final 7327") are not labelled;
identifiers read out in groups or in words are labelled like their digits.
Decisions of this set:
- A company's or an institution's address is not labelled: schools and exam venues ("Escola
  Estadual Machado de Assis, Rua Quinze de Novembro, 880", "Campus Central da Universidade, Av.
  Universitária, 3.500, bloco C") are written without a CEP and stay out. A república's or a
  boarding house's address is where its residents live: in a lease, a chat, a police report's place
  of the fact and a health record it is ADDRESS, with its CEP.
- Schools, courses, houses and firms whose names honour people or hold name words are not persons
  ("E.E. Professora Zulmira Cotrim", "CIEP 218 Darcy Ribeiro", "EEEP Dona Quitéria Sobreira",
  "Pensionato Dona Vitória", "República Amado Batista Cover", "Método Amado Concursos").
- NIS (CadÚnico), NIT and PIS/PASEP are one number: BR_PIS.
- República nicknames are PERSON ("Tchuco", "Paçoca", "Marreco", "JABUTI" after "CONHECIDO COMO"),
  and so is a "nome social"; a chat's @mention is PERSON without the "@".
- PROFESSIONAL_ID: CRM, COREN, CRP (psychologists and neuropsychologists: "CRP 06/12345",
  "CRP-04/509647", "CRP/13 nº 30369", "CRP 13/22.231"), CRESS, OAB and CRC, with the acronym and
  the UF or region; a specialist's RQE is not labelled, nor are council resolutions.
- LICENSE_PLATE: every plate (a father's car, a garage's car, an app car, a chartered coach); the
  script checks that no plate-shaped token stands outside the spans.
- A full card number typed in a chat or an e-mail, or given in a JSON field, is CREDIT_CARD.
- Service numbers (CVV 188, SAMU 192) are not phone numbers; an analyst's or a doctor's office
  landline in a signature or a form is PHONE_NUMBER.
- NOT labelled: exam registration numbers (the ENEM's 12 digits drawn to fail the título check),
  RA and enrolment numbers, order, protocol, Procon (FA, CIP), CNJ, BO and contract numbers, bank
  slips' digitable lines and "nosso número", NSU and authorisation codes, Pix E2E ids, the power or
  water bill's installation number, health plans' card numbers, notary seals, the e-signature
  envelope id (an upper-case UUID that is not a Pix key), serials and IMEIs, private IPs, ICD-10
  codes, money, percentages and hours.

Names: Brazilian names of many origins (Portuguese common, north-eastern, old-fashioned, coined and
young coined ones such as Kaylane, Thayslane, Ryquelme, Kawan; Italian, German, Polish, Ukrainian,
Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Nigerian, Senegalese, Cape
Verdean, Cuban, Colombian, Bolivian, Peruvian, Paraguayan, Venezuelan, Warao, indigenous, Jewish),
rare or invented name words well above a quarter (main() prints the share). Names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Esperança, Prata, Branca, Bento,
Prudente, Amado, Leão, Branco, Justo, Sereno, Dourado...) are names here and, elsewhere, words,
courses, houses, firms, streets and cities, not persons ("conta de luz", "folha em branco", "deu
branco na prova", "um gol prata", "foi uma vitória", "seria prudente revisar", "a flor" in a
biology class, "rosa dos ventos", "aurora boreal", "Curso Vitória", "Prudente Concursos",
"República Casa Branca", "Pensionato Santa Rosa", "Presidente Prudente", "Rua Bento Gonçalves",
"Luz do Vale Energia"); streets named after people are places when they stand alone ("a prova é na
bento gonçalves ou na frei damião?") and part of ADDRESS inside a person's address.

Hard negatives: CNJ numbers, mistyped CPFs on a registration form and 11-digit protocols (checked
to fail CPF, PIS and CNH), exam registration numbers, order, protocol, Procon, BO and contract numbers, slips' lines,
NSU, E2E ids, installation numbers, health-plan card numbers, seals, serials, IMEIs, private IPs,
masked CPFs and cards, ICD-10 codes (F41.1, F41.0, F43.0, F43.2, F90.0, F81.0, F84.0, H54.2, E10.9,
G40.9, G43.9, G47.0, A09, H10.3, J03.9, J11, R51, B01.9), money, laws and rules (Lei 8.078/1990
arts. 42 and 49, Lei 9.099/1995 arts. 9º and 22, Lei 8.245/1991 art. 38, Lei 13.709/2018, Lei
9.870/1999, Lei 12.799/2013, Lei 13.656/2018, Decreto 6.593/2008, Lei 8.069/1990 art. 83,
Resolução CNJ 295/2019, Resolução CFP 001/2009, art. 155 of the CP), non-birth dates, ages; the
script checks CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro"]
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
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto"]
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
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# república nicknames: one PERSON span (a república's members are known by them)
FREE_NICK = ["Xuxu", "Tchuco", "Bambam", "Pirata", "Sushi", "Mineiro", "Gaúcho", "Paçoca", "Jabuti", "Tampinha", "Magrelo",
             "Bixete", "Formiga", "Cabeção", "Marreco", "Baiano", "Catatau", "Pipoca", "Chaveirinho", "Tanajura"]
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
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co")
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
STREET_NAMES = ["dos Bibliotecários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tipógrafos",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce", "Chico Mendes", "Dom Hélder Câmara",
                "Projetada 7", "Professora Cosma Sucupira", "dos Estudantes", "Reitor Hildebrando Matoso", "Mestre Genivaldo Pajeú",
                "dos Universitários", "Santa Luzia", "Frei Damião", "Paulo Freire", "Darcy Ribeiro", "Anísio Teixeira"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Campo Belo", "Santa Teresa",
           "Vila Madalena", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí", "Vila Esperança", "Jardim Catarina",
           "Conjunto Bento Ribeiro", "Cidade Universitária", "Vila Nova Aurora", "Barão Geraldo", "Vila Universitária", "Trindade",
           "Camobi", "Jardim Botânico", "Fonseca"]
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
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
JOBS = {True: ["empresária", "desenvolvedora de software", "designer", "consultora", "contadora", "advogada", "arquiteta",
               "jornalista", "publicitária", "engenheira de dados", "psicóloga", "tradutora", "produtora de conteúdo", "corretora de imóveis"],
        False: ["empresário", "desenvolvedor de software", "designer", "consultor", "contador", "advogado", "arquiteto",
                "jornalista", "publicitário", "engenheiro de dados", "analista de sistemas", "tradutor", "representante comercial",
                "corretor de imóveis", "microempreendedor individual"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    young = job is STUDENT_JOB
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = ("solteira" if p.female else "solteiro") if young and g.chance(0.9) else g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else ((2000, 2008) if young else (1955, 2005))
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
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




# --------------------------------------------------------------------------- register: exam preparation, tutoring, student housing

SEED = 12828
OUT_NAME = "hundredtwentyeighth.jsonl"

# (brand, legal name, domain, kind): community and private pre-university courses, concursos courses, online platforms
CURSINHOS = [
    ("Cursinho Popular Aurora", "Associação Cursinho Popular Aurora", "cursinhoaurora.org.br", "comunitario"),
    ("Pré-Vestibular Comunitário Flor do Saber", "Associação Educacional Flor do Saber", "flordosaber.org.br", "comunitario"),
    ("Cursinho Solidário Luz do Saber", "Instituto Luz do Saber de Educação Popular", "luzdosaber.org", "comunitario"),
    ("Pré-ENEM Quilombo do Saber", "Coletivo de Educação Popular Quilombo do Saber", "quilombodosaber.org.br", "comunitario"),
    ("Rosa dos Ventos Pré-ENEM", "Rosa dos Ventos Educação Ltda.", "rosadosventosenem.com.br", "privado"),
    ("Curso Vitória Pré-Vestibular", "Vitória Cursos Preparatórios Ltda.", "cursovitoria.com.br", "privado"),
    ("Leão do Norte Pré-Vest", "Leão do Norte Ensino Ltda. ME", "leaodonorte.com.br", "privado"),
    ("Prudente Concursos", "Prudente Cursos para Concursos Ltda.", "prudenteconcursos.com.br", "concursos"),
    ("Método Amado Concursos", "Amado & Sereno Educação Ltda.", "metodoamado.com.br", "concursos"),
    ("AprovaJá Online", "AprovaJá Tecnologia Educacional S.A.", "aprovaja.com.br", "online"),
    ("Rumo ENEM Digital", "Rumo Educação Digital Ltda.", "rumoenem.com.br", "online"),
    ("Estrela Guia Medicina", "Estrela Guia Preparatório para Medicina Ltda.", "estrelaguiamed.com.br", "privado"),
]
REPUBLICAS = ["República Toca do Bento", "República Sem Freio", "Rep. Aurora Boreal", "República Flor de Lis", "República Casa Branca",
              "Rep. Leão de Chácara", "República Vitória Régia", "República Xique-Xique", "Rep. Saideira", "República Amado Batista Cover"]
PENSIONATOS = ["Pensionato Santa Rosa", "Pensionato Dona Vitória", "Pensionato Estrela Guia", "Pensionato Universitário Bom Jesus",
               "Casa do Estudante Prudente"]
EXAMS = ["ENEM", "Fuvest", "Unicamp", "Vestibular UFPR", "UERJ", "SSA/UPE", "PAS/UnB", "Vestibular UFRGS", "Vestibular UEL", "ENEM (2ª aplicação)"]
CONCURSOS = ["concurso do INSS", "concurso da PM", "concurso do Banco do Brasil", "Concurso Nacional Unificado", "concurso do TRT",
             "concurso da Receita Federal", "concurso da Caixa", "concurso de agente penitenciário", "concurso da prefeitura"]
SUBJECTS = ["matemática", "redação", "física", "química", "biologia", "história", "geografia", "português", "inglês", "literatura",
            "raciocínio lógico", "direito constitucional", "direito administrativo", "informática", "contabilidade", "espanhol"]
COURSES = ["Medicina", "Direito", "Engenharia Civil", "Enfermagem", "Psicologia", "Pedagogia", "Ciência da Computação", "Odontologia",
           "Arquitetura", "Letras", "Nutrição", "Medicina Veterinária", "Fisioterapia", "História", "Farmácia", "Agronomia"]
TURMAS = ["Extensivo noturno", "Extensivo manhã", "Intensivo 2º semestre", "Turma Medicina", "Semiextensivo", "Turma de sábado",
          "Turma Concursos Policiais", "Turma ENEM Popular", "Revisão final", "Turma Redação Nota Mil"]
# schools and exam venues are institutions (their names honour people, their addresses are not labelled)
SCHOOLS = ["E.E. Professora Zulmira Cotrim", "Colégio Estadual Castro Alves", "EEEP Dona Quitéria Sobreira", "Escola Estadual Bento Prudente",
           "CIEP 218 Darcy Ribeiro", "IFSP campus Presidente Prudente", "E.E.M. Anísio Teixeira", "Escola Municipal Chico Mendes",
           "Colégio Estadual Rosa Branca", "E.E. Cônego Sinfrônio Lustosa", "Escola Técnica Estadual Irmã Dulce", "Colégio Militar Tiradentes"]
VENUES = [("Escola Estadual Machado de Assis", "Rua Quinze de Novembro, 880"), ("Colégio Estadual Castro Alves", "Av. Getúlio Vargas, 1.200"),
          ("Campus Central da Universidade", "Av. Universitária, 3.500, bloco C"), ("Faculdade Aurora", "Rua da Aurora, 45"),
          ("E.E. Professora Zulmira Cotrim", "Rua Santos Dumont, 310"), ("Centro Universitário Leão", "Av. Marechal Deodoro, 2.040")]
BOTS = ["Aprovinha", "VestiBot", "Lumi", "EnemZap", "CursinhoBot"]
GATEWAYS = ["PagueFácil", "EduPay", "CobraCerto", "PixMatrícula"]
PSY_SERVICES = ["Serviço-Escola de Psicologia", "Clínica-Escola de Psicologia", "Plantão Psicológico Acolher", "Núcleo de Apoio ao Estudante",
                "Clínica Mente Serena", "Projeto Escuta Vestibulando"]
CAPS = ["CAPS II Aurora", "CAPSi Vila Rosa", "CAPS III Centro", "CAPS II São Bento", "Ambulatório de Saúde Mental Bonfim"]
UBS = ["UBS Cidade Universitária", "UBS Vila Rosa", "UBS Centro", "UPA 24h São Bento", "ESF Vila Universitária", "UBS Camobi",
       "UBS Barão Geraldo", "Policlínica Bonfim"]
CLINICS = [("Clínica Bem Viver", "clinicabemviver.com.br"), ("Centro Médico Aurora", "cmaurora.com.br"), ("Policlínica Santa Rosa", "policlinicasantarosa.com.br"),
           ("Clínica do Estudante", "clinicadoestudante.med.br"), ("Pronto Atendimento Vitória", "pavitoria.com.br")]
# (complaint, exam, ICD-10, description, plan) for a student at a health post
UBS_CASES = [("diarreia e vômitos desde ontem após almoço em restaurante perto da república", "desidratação leve, abdome flácido, RHA aumentados",
              "A09", "diarreia e gastroenterite de origem infecciosa presumível", "soro de reidratação oral; dieta leve; retorno se sangue nas fezes"),
             ("insônia há 3 semanas, acorda de madrugada pensando na prova", "vígil, ansiosa, sem ideação suicida", "G47.0",
              "distúrbios do início e da manutenção do sono", "higiene do sono; encaminhado ao acolhimento em saúde mental; evitar cafeína após 16h"),
             ("olho vermelho e secreção, colega de quarto com o mesmo quadro", "hiperemia conjuntival bilateral, secreção mucopurulenta", "H10.3",
              "conjuntivite aguda não especificada", "colírio antibiótico 7 dias; não compartilhar toalhas; afastamento de 3 dias"),
             ("dor de garganta e febre de 38,5 °C há 2 dias", "hiperemia e placas em amígdalas, linfonodos cervicais palpáveis", "J03.9",
              "amigdalite aguda não especificada", "amoxicilina 500 mg 8/8h 10 dias; dipirona se febre"),
             ("palpitação, falta de ar e formigamento nas mãos durante o simulado", "FC 104, SpO2 99%, ausculta normal", "F41.0",
              "transtorno de pânico (hipótese)", "orientações de respiração; encaminhado ao CAPS para avaliação; retorno em 15 dias"),
             ("dor de cabeça latejante com náusea, piora com luz, há 1 dia", "exame neurológico sem alterações", "G43.9",
              "enxaqueca não especificada", "dipirona + metoclopramida; diário de cefaleia; reduzir telas à noite"),
             ("bolhas que coçam pelo corpo e febre baixa", "vesículas em diferentes estágios no tronco", "B01.9",
              "varicela sem complicação", "aciclovir; afastamento até crostas; avisar os moradores da república não vacinados")]
# (condition, ICD-10, what the exam board is asked for)
SPECIAL_NEEDS = [("transtorno do déficit de atenção e hiperatividade", "F90.0", "tempo adicional de 60 minutos e sala com menor número de candidatos"),
                 ("dislexia do desenvolvimento", "F81.0", "tempo adicional de 60 minutos, auxílio para leitura (ledor) e transcrição"),
                 ("baixa visão", "H54.2", "prova ampliada em fonte 24, lupa e tempo adicional"),
                 ("diabetes mellitus tipo 1", "E10.9", "permissão para portar glicosímetro, insulina e lanche; sala próxima ao banheiro"),
                 ("epilepsia", "G40.9", "sala individual próxima à coordenação e porte de medicação"),
                 ("transtorno do espectro autista", "F84.0", "sala com menos estímulos, tempo adicional e protetor auricular")]
ANX_NOTES = ["relata taquicardia e choro antes dos simulados; dorme 4 a 5 horas por noite",
             "pressão familiar para aprovação em Medicina; terceira tentativa",
             "trabalha de dia e estuda à noite; sente culpa quando descansa",
             "mudou-se de cidade para o cursinho; sente-se sozinh{o} na república",
             "travou na prova anterior (branco) e teme repetir",
             "compara-se com colegas do grupo de estudos; pensamentos de desistência sem plano"]
TECHNIQUES = ["psicoeducação sobre ansiedade", "respiração diafragmática", "reestruturação cognitiva", "plano de estudos com pausas",
              "técnica de ancoragem 5-4-3-2-1", "exposição gradual a simulados cronometrados", "escuta e validação"]
ROLE_BOXES = ["sac", "contato", "atendimento", "matriculas", "matricula", "secretaria", "financeiro", "cobranca", "bolsas", "isencao",
              "coordenacao", "pedagogico", "ouvidoria", "suporte", "reembolso", "cancelamento", "juridico", "no-reply", "naoresponda",
              "protocolo", "dpo", "lgpd", "rh", "dp", "psicologia", "plantao", "acolhimento", "saude", "ubs", "caps", "vestibular",
              "comvest", "concursos", "atendimentoespecializado", "faturamento", "tesouraria", "contabilidade", "diretoria", "republica",
              "pensionato", "reservas", "comissao", "social", "servicosocial", "intimacoes", "procon", "jec", "cartorio", "agenda"]
REL_KIN = {True: ["mãe", "avó", "tia", "irmã", "madrasta", "madrinha"], False: ["pai", "avô", "tio", "irmão", "padrasto", "padrinho"]}
GUARD_JOB = [("auxiliar de serviços gerais", "auxiliar de serviços gerais"), ("motorista de aplicativo", "motorista de aplicativo"),
             ("pedreiro", "diarista"), ("comerciante", "comerciante"), ("vigilante", "técnica de enfermagem"), ("servidor público", "servidora pública"),
             ("eletricista", "cabeleireira"), ("agricultor", "agricultora"), ("professor", "professora"), ("autônomo", "autônoma")]
STUDENT_JOB = ("estudante", "estudante")
TUTOR_JOB = ("professor particular", "professora particular")


def cursinho(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str, str]:
    return g.pick([c for c in CURSINHOS if kinds is None or c[3] in kinds])


def student(g: Gen, female: bool | None = None) -> Person:
    origin = "pt" if g.chance(0.78) else g.pick(["ht", "ve", "bo", "in", "jp", "ar", "kr", "cn", "ao", "it", "de", "py", "co", "sy"])
    return g.person(female=female, origin=origin)


def sdob(g: Gen, fmt: str | None = None) -> str:
    """A student's birth date (born 2004-2010; concurso candidates up to 1985)."""
    return g.dob(fmt, 2004, 2010) if g.chance(0.8) else g.dob(fmt, 1985, 2003)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def insc(g: Gen) -> str:
    """An exam registration number (ENEM: 12 digits; others shorter): not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(25, 26)}{g.d(10)}", f"{g.ri(25, 26)}{g.d(10)}", f"{g.d(7)}", f"{g.ri(2025, 2026)}.{g.d(5)}"]))


def ra(g: Gen) -> str:
    """A student's enrolment number (RA, matrícula): not labelled."""
    return clean(g, lambda: g.pick([f"{g.ri(2025, 2026)}{g.d(5)}", f"{g.d(6)}", f"{g.d(3)}.{g.d(3)}", f"M{g.d(6)}", f"{g.ri(25, 26)}{g.up(1)}{g.d(4)}"]))


def order_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"PED-{g.d(6)}", f"{g.hexs(8, True)}", f"{g.ri(100000, 999999)}-{g.d(2)}", f"HP{g.d(10)}"]))


def boleto_line(g: Gen) -> str:
    """A bank slip's digitable line: not labelled."""
    return clean(g, lambda: f"{g.pick(['23790', '34191', '00190', '10499', '03399'])}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.ri(9000, 9999)}{g.d(10)}")


def nosso_numero(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(8)}-{g.d(1)}", f"{g.d(3)}/{g.d(8)}-{g.d(1)}", f"{g.d(10)}"]))


def contrato_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.ri(1, 999):03d}/{g.pick([2025, 2026])}", f"CT-{g.d(5)}", f"{g.up(2)}{g.d(6)}", f"MAT-{g.ri(2025, 2026)}-{g.d(5)}"]))


def e2e(g: Gen, t: datetime.datetime | None = None) -> str:
    """A Pix end-to-end transaction id (not labelled)."""
    t = t or g.moment()
    return clean(g, lambda: f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11, True)}")


def nsu(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"NSU {g.d(6)}", f"aut. {g.d(6)}", f"TID {g.d(12)}", f"NSU {g.d(9)}"]))


def serial(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(1)}{g.up(2)}{g.d(4)}{g.up(1)}{g.d(1)}{g.up(2)}", f"SN{g.hexs(10, True)}", f"BR{g.up(1)}{g.d(3)}{g.up(3)}{g.d(2)}"]))


def imei(g: Gen) -> str:
    """A phone's IMEI (15 digits, Luhn-valid, never a CNS): not labelled."""
    while True:
        b = g.pick(["35", "86", "01"]) + g.d(12)
        n = b + luhn_dv(b)
        if not cns_ok(n):
            return n


def bo_no(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}", f"{g.d(6)}/{g.ri(2025, 2026)}", f"BO {g.d(4)}/{g.ri(2025, 2026)}"]))


def procon_fa(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"FA {g.d(2)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"{g.d(4)}.{g.d(3)}.{g.d(3)}-{g.d(1)}", f"CIP {g.d(6)}/{g.ri(2025, 2026)}"]))


def carteirinha(g: Gen) -> str:
    """A health plan's card number: not one of the labels."""
    return clean(g, lambda: g.pick([f"{g.d(1)} {g.d(3)} {g.d(6)} {g.d(2)}-{g.d(1)}", f"{g.up(3)}.{g.d(4)}.{g.d(6)}", f"{g.d(4)} {g.d(4)} {g.d(5)}"]))


def uc_luz(g: Gen) -> str:
    """A power or water bill's installation number: not labelled."""
    return clean(g, lambda: g.pick([f"UC {g.d(10)}", f"instalação {g.d(9)}", f"matrícula {g.d(7)}-{g.d(1)}", f"cód. cliente {g.d(8)}"]))


def selo(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"Selo {g.up(3)}{g.d(5)}-{g.up(2)}", f"selo digital {g.up(4)}{g.d(6)}", f"Selo nº {g.up(2)}{g.d(7)}"]))


def cnj_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{CNJ_SEG[uf]}.{g.d(4)}")


def money(g: Gen, lo: float, hi: float) -> float:
    return round(g.rng.uniform(lo, hi), 2)


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, courses, firms and places (never labelled)."""
    return g.pick(["Folha de redação em branco zera a nota; escrevam pelo menos o rascunho.",
                   "Foi uma vitória: catorze alunos da turma aprovados na federal este ano.",
                   "Seria prudente revisar logaritmos e função exponencial antes do simulado.",
                   "A conta de luz da república veio o dobro depois do ar-condicionado novo.",
                   "O Cursinho Popular Aurora abriu turma noturna para quem trabalha.",
                   "O ônibus da excursão para Presidente Prudente sai às 5h da praça.",
                   "A aula de biologia de hoje é sobre a flor: cálice, corola, androceu e gineceu.",
                   "A questão da rosa dos ventos caiu de novo na prova de geografia.",
                   "Na Rua Bento Gonçalves fica a papelaria que imprime as apostilas mais barato.",
                   "O Curso Vitória e a Prudente Concursos dividem o mesmo prédio no centro.",
                   "Caneta esferográfica preta de tubo transparente; lápis e borracha branca não entram.",
                   "Deu um branco na prova de química, mas a estrela da turma gabaritou matemática.",
                   "A República Casa Branca e o Pensionato Santa Rosa oferecem vaga para calouros.",
                   "A aurora boreal apareceu numa questão de física moderna do último ENEM.",
                   "Esperança de todos é que a bolsa integral saia ainda neste semestre.",
                   "O Método Amado Concursos liberou o simulado gratuito de raciocínio lógico.",
                   "A Leão do Norte Pré-Vest mudou o horário da monitoria para as 18h."])


def chat_neg(g: Gen) -> str:
    """A chat aside with name-like words used as words, courses and places."""
    return g.pick(["deu branco total na questão 42 kkkk", "foi uma vitória terminar a redação no tempo", "seria prudente dormir cedo antes da prova né",
                   "a luz do quarto da rep queimou de novo", "rosa dos ventos caiu de novo 🙄", "a sala 3 tá sem luz, aula na 5",
                   "a aurora boreal caiu na de física kkkk", "o gabarito sai amanhã, fé que vem vitória 🙏", "a flor que caiu em bio era angiosperma né",
                   "o ônibus de presidente prudente atrasou", "gente a prova é na bento gonçalves ou na frei damião?", "leão da receita não perdoa nem bolsista 😂",
                   "folha em branco zera, escreve qqr coisa", "esperança é a última que morre, lista de espera sai sexta"])


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def rnick(g: Gen, p: Person) -> str:
    """A república member's nickname: a pet name or a free one ('Tchuco', 'Paçoca')."""
    return p.nick if g.chance(0.4) and p.nick != p.first else g.pick(FREE_NICK)


KIN_YEARS = {"avó": (1940, 1965), "avô": (1940, 1965), "irmã": (1998, 2016), "irmão": (1998, 2016), "mãe": (1966, 1990), "pai": (1962, 1990),
             "tia": (1960, 1995), "tio": (1960, 1995), "madrasta": (1965, 1992), "padrasto": (1962, 1990)}


def kin(g: Gen, p: Person) -> str:
    return g.pick(REL_KIN[p.female])


def venue(g: Gen) -> str:
    v = g.pick(VENUES)
    return f"{v[0]} ({v[1]})"


def say_f(doc: Doc):
    def say(who: str, tpl: str, **vals) -> None:
        doc.t(f"{who}: ")
        doc.f(tpl, **vals)
        doc.t("\n")
    return say


def a_(p: Person) -> str:
    return "a" if p.female else "o"


# --------------------------------------------------------------------------- atendimento


def at_matricula_zap(g: Gen) -> Doc:
    """A WhatsApp chat with a pre-university course's enrolment line (a bot, then a consultant): a mother or the student asks for a place; the student's name, birth date and CPF, the financial guardian's name and CPF, an e-mail, the home address and CEP for the books; the enrolment fee by Pix to the course's random key or a card number typed (the consultant asks to delete it); the scholarship test's venue (an institution's address, unlabelled); the father who will take the student, with his phone."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("privado", "comunitario", "concursos"))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(8, 22)), 20, 1200))
    bot = g.pick(BOTS)
    att = g.person(female=g.chance(0.7))
    s = student(g)
    mom = g.relative(s, female=g.chance(0.8)) if g.chance(0.6) else None
    acct = g.pick([f"{cname} Matrículas", f"{cname} 📚", f"Secretaria {cname}"])
    lead_is_parent = mom is not None
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        who = mom if lead_is_parent else s
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.55) else P(g.pick([who.full, who.short, lower(who.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    turma = g.pick(TURMAS)
    if lead_is_parent:
        cl(doc, st(next(tt)), R, g.pick(["boa noite, ainda tem vaga pra «k»? («t»)", "Oi! Vocês têm vaga? É pra «k» — «t»",
                                         "bom dia, qto tá a mensalidade? é pra «k» que vai fazer «e» («t»)"]),
           t=lower(turma), k="minha filha" if s.female else "meu filho", e=g.pick(EXAMS))
    else:
        cl(doc, st(next(tt)), R, g.pick(["oi, ainda tem vaga? «t»", "boa tarde! queria info: «t», pro «e»", "oii qual o valor? («t»)"]),
           t=lower(turma), e=g.pick(EXAMS + CONCURSOS))
    cl(doc, st(next(tt)), B, "Olá! Eu sou «b», assistente virtual do «c» 🤖📚 Digite 1 para matrículas, 2 para bolsas, 3 para financeiro.", b=bot, c=cname)
    cl(doc, st(next(tt)), R, g.pick(["1", "1 matricula", "1"]))
    cl(doc, st(next(tt)), B, "Oi! Aqui é «a», consultor«x» de matrículas 😊 A matrícula é R$ «m» e o curso («t») sai «n»x de R$ «p». Para a pré-matrícula me mande: nome completo e data de nascimento do aluno, CPF do aluno e do responsável financeiro, e-mail e endereço com CEP para envio do material.",
       a=P(g.pick([att.first, att.short])), x="a" if att.female else "", m=brl(g.pick([150.0, 200.0, 99.9, 250.0])), t=turma,
       n=g.pick([10, 11, 12]), p=brl(money(g, 40, 120) if kind == "comunitario" else money(g, 290, 1450)))
    doc.t(st(next(tt)))
    doc.e(*R)
    doc.t(": ")
    low = g.chance(0.45)
    resp = mom or g.relative(s, female=g.chance(0.6))
    if low:
        doc.f("«n» nasc «d» cpf «c»", n=P(s.low), d=(sdob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        doc.f(" responsavel «r» cpf «k» tel «t»", r=P(g.pick([resp.low, lower(resp.short)])), k=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
              t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"))
        doc.f(" email «e» «a» «b» cep «p»\n", e=(g.email(g.pick([s, resp])), "EMAIL_ADDRESS"), a=(g.address("low"), "ADDRESS"), b=lower(g.pick(BAIRROS)),
              p=(g.cep(g.chance(0.5)), "BR_CEP"))
    else:
        city, uf = g.city()
        doc.f("Aluno(a): «n»\nNascimento: «d»\nCPF: «c»\nResponsável financeiro: «r» — CPF «k» — tel. «t»\nE-mail: «e»\nEndereço: «a», «b», «m»/«u»\nCEP: «p»\n",
              n=P(g.pick([s.full, s.caps])), d=(sdob(g, "br"), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), r=P(g.pick([resp.full, resp.caps])), k=(g.cpf(), "BR_CPF"),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(g.pick([s, resp])), "EMAIL_ADDRESS"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=city, u=uf, p=(g.cep(), "BR_CEP"))
    cl(doc, st(next(tt)), B, "Perfeito, «n»! Pré-matrícula «m» gerada ✅ O pagamento da matrícula pode ser Pix na chave aleatória «k» ou pelo link do cartão.",
       n=P(g.pick([s.first, resp.first])), m=ra(g), k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), R, "da pra passar no cartao? «k» val «v» cvv «c»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}", c=g.d(3))
        cl(doc, st(next(tt)), B, "Por favor apague essa mensagem 🙏 não pedimos dados de cartão pelo WhatsApp. Te mando o link seguro do «g» agora.", g=g.pick(GATEWAYS))
    else:
        cl(doc, st(next(tt)), R, g.pick(["fiz o pix, segue comprovante", "pago ✅", "<Mídia oculta>"]))
    if g.chance(0.6):
        cl(doc, st(next(tt)), B, "Também temos prova de bolsas no sábado, «h», no «v». Quer inscrever «p»?", h=g.pick(["8h", "14h", "9h30"]), v=venue(g),
           p=g.pick(["o aluno", "a aluna", "seu filho(a)"]))
        dad = g.relative(s, female=False)
        cl(doc, st(next(tt)), R, "quero sim! quem leva é o «k» «n», o cel dele é «t»", k=g.pick(["pai dela", "pai dele", "tio", "padrasto"]),
           n=P(g.pick([dad.first, dad.short, lower(dad.first)])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), R, chat_neg(g))
    cl(doc, st(next(tt)), B, g.pick(["Matrícula confirmada! Bem-vind«o» ao «c» 💙 O material chega pelos Correios em até 10 dias úteis.",
                                     "Tudo certo! A aula inaugural é segunda, 19h. Bem-vind«o» ao «c»!"]), o=a_(s), c=cname)
    return doc


def at_bolsa_stt(g: Gen) -> Doc:
    """A speech-to-text call to a course's scholarship desk or to a vestibular's fee-waiver line (lower case): a mother calls for her son or a candidate calls; name, CPF, birth date, NIS, address, CEP and phone dictated in groups or in words; income and CadÚnico; the attendant by first name; then the typed record (the attendant by name or login)."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g)
    at = g.person(female=g.chance(0.7))
    cand = student(g)
    mom = g.relative(cand, female=True) if g.chance(0.45) else None
    cpf = g.cpf_digits()
    nis = re.sub(r"\D", "", g.pis("raw"))
    ddd, local = g.msisdn(g.chance(0.85))
    dd, mm, yy = g.dob_parts(2004, 2009) if g.chance(0.8) else g.dob_parts(1988, 2003)
    cep = g.cep(False)
    addr = g.address("low")
    desk = g.pick([f"central de bolsas do {lower(cname)}", f"isenção da taxa do {lower(g.pick(EXAMS[1:]))}", "programa de bolsas sociais"])
    what = "isenção" if desk.startswith("isenção") else "bolsa"
    say = say_f(doc)
    doc.f("Transcrição automática — ligação «c» — «h» — confiança média «k»%\n\n", c=proto(g), h=f"{g.hm()}:{g.ri(0, 59):02d}", k=g.ri(74, 94))
    A = g.pick(["atendente", "locutor 1", "agente"])
    C = g.pick(["cliente", "locutor 2", "ligante"])
    say(A, "«x» «d» meu nome é «a» em que posso ajudar", x=g.pick(["bom dia", "boa tarde", "boa noite"]), d=desk, a=P(lower(at.first)))
    if mom:
        say(C, "oi é a «m» mãe d«o» «n» eu queria saber da «w» pra «e»", o=cand.o, e="ela" if cand.female else "ele", w=what, m=P(g.pick([lower(mom.first), mom.low])), n=P(g.pick([lower(cand.first), cand.low])))
        say(A, "claro qual o nome completo do candidato")
        say(C, "«n»", n=P(cand.low))
    else:
        say(C, "oi eu queria saber do resultado da minha «x» meu nome é «n»", x=what, n=P(g.pick([cand.low, lower(cand.short)])))
    say(A, ("me passa o cpf " + ("dela" if cand.female else "dele")) if mom else "pode me passar seu cpf")
    say(C, "«c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    say(A, "data de nascimento")
    say(C, "«d»", d=(g.pick([f"{dd} do {mm} de {yy}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} {mm} {str(yy)[2:]}"]), "DATE_OF_BIRTH"))
    say(A, "a família tem cadastro único tem o número do nis")
    if g.chance(0.8):
        say(C, "tenho «x» «n»", x=g.pick(["sim", "tá aqui no cartão do bolsa família", "é"]), n=(stt_groups(nis, g), "BR_PIS"))
    else:
        say(C, "não sei de cabeça depois eu mando")
    say(A, "confirmando o endereço")
    say(C, "«a» bairro «b» cep «p»", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)), p=(stt_groups(cep, g), "BR_CEP"))
    say(A, "e um telefone com whatsapp")
    mob = len(local) == 9
    say(C, "«t»", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {local[:4]} {local[4:]}",
                             f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}", f"{ddd} {local[:-4]} {local[-4:]}"]), "PHONE_NUMBER"))
    renda = brl(money(g, 600, 3200))
    say(A, "a renda da casa é de quanto mais ou menos e quantas pessoas moram")
    say(C, "uns «r» reais e somos «n» «x»", r=renda.split(",")[0], n=g.pick(["quatro", "cinco", "três", "seis"]), x=g.pick(["", "contando a minha avó", "eu e meus irmãos"]).strip())
    outcome = g.pick(["deferido", "pendente", "indeferido"])
    if outcome == "pendente":
        say(A, "falta o comprovante de renda pode mandar no e-mail de bolsas ou no whatsapp da secretaria até sexta")
    elif outcome == "indeferido":
        say(A, "consta indeferido porque o histórico escolar não veio você pode entrar com recurso em até cinco dias")
    else:
        if what == "bolsa":
            say(A, "a bolsa de «p» por cento foi aprovada o resultado sai no site amanhã", p=g.pick(["cinquenta", "setenta", "cem"]))
        else:
            say(A, "a isenção foi deferida a inscrição já aparece como paga no sistema")
    pr = proto(g)
    say(A, "seu protocolo é «p» posso ajudar em mais alguma coisa", p=" ".join(pr) if g.chance(0.3) and pr.isdigit() else pr)
    say(C, g.pick(["não obrigada", "só isso valeu", "não tá bom obrigado", "brigada"]))
    doc.t("\n=== Registro do atendimento ===\n")
    fields = [("Protocolo", V(pr)), ("Candidato(a)", pname(g, cand, ("full", "caps"))), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Nascimento", (f"{dd:02d}/{mm:02d}/{yy}", "DATE_OF_BIRTH"))]
    if mom:
        fields.append(("Contato", P(g.pick([mom.full, mom.short]) + "")))
        fields.append(("Parentesco", V("mãe")))
    fields.append(("NIS", (g.pick([nis, f"{nis[:3]}.{nis[3:8]}.{nis[8:10]}-{nis[10]}"]), "BR_PIS")))
    fields.append(("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")))
    fields.append(("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")))
    fields.append(("Renda declarada", V(f"R$ {renda}")))
    fields.append(("Situação", V(outcome)))
    fields.append(("Atendente", P(at.short) if g.chance(0.55) else V(login(at, g))))
    kv_block(doc, fields, g.pick(["lines", "dots", "caps", "box"]))
    return doc


def at_ficha_inscricao(g: Gen) -> Doc:
    """A community course's registration form (typed, ruled box, CAPS labels, or a scan with OCR confusions): name, social name sometimes, birth date, CPF, RG or CNH, NIS, the public school (an institution, unlabelled), address, CEP, phone, e-mail; the guardian of a minor with CPF and phone; the family table (ages only, or birth dates); the interviewer and the social worker's CRESS."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("comunitario",))
    s = student(g)
    sw = g.person(female=g.chance(0.8))
    iv = g.person()
    style = g.pick(["lines", "box", "caps", "dots", "scan", "scan"])
    scan = style == "scan"
    K = (lambda x: ocr(x, g, 0.3)) if scan else (lambda x: x)
    N = (lambda x: ocr(x, g, 0.35, names=True)) if scan else (lambda x: x)
    hdr = f"{craz.upper()}\nFICHA DE INSCRIÇÃO — {g.pick(TURMAS).upper()} {g.pick([2025, 2026])}\n\n"
    doc.t(ocr(hdr, g, 0.4) if scan else hdr)
    city, uf = g.city()
    fields = [(K("Nome completo"), P(N(s.capsf if scan or style == "caps" else g.pick([s.full, s.caps]))))]
    if g.chance(0.12):
        fields.append((K("Nome social"), P(N(g.person(female=not s.female).first + " " + s.last))))
    minor = g.chance(0.55)
    fields.append((K("Data de nascimento"), (g.dob(g.pick(["br", "br", "nopad", "short"]), 2008, 2010) if minor else sdob(g, "br"), "DATE_OF_BIRTH")))
    fields.append((K("CPF"), (g.cpf(), "BR_CPF")))
    if g.chance(0.25):
        fields.append((K("Obs. CPF"), V(f"na inscrição online constava {g.neg_cpf(g.chance(0.7))} (digitado errado, conferido no documento)")))
    if g.chance(0.8):
        fields.append((K("RG"), (g.rg(), "BR_RG")))
        fields.append((K("Órgão emissor"), V(g.pick(RG_ORG))))
    elif not minor:
        fields.append((K("CNH"), (g.cnh(), "BR_CNH")))
    if g.chance(0.6):
        fields.append((K("NIS (CadÚnico)"), (g.pis(), "BR_PIS")))
    if not minor and g.chance(0.6):
        fields.append((K("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.35):
        fields.append((K("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((K("Escola de origem"), V(g.pick(SCHOOLS))))
    fields.append((K("Conclusão do ensino médio"), V(g.pick(["cursando 3º ano", "cursando 2º ano"]) if minor else g.pick(["2023", "2024", "2025", "EJA 2023", "ENCCEJA"]))))
    fields.append((K("Endereço"), (N(g.address("caps" if scan or style == "caps" else "text")), "ADDRESS")))
    fields.append((K("Bairro"), V(g.pick(BAIRROS))))
    fields.append((K("Cidade/UF"), V(f"{city}/{uf}")))
    fields.append((K("CEP"), (g.cep(g.chance(0.8)), "BR_CEP")))
    fields.append((K("Celular"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.7):
        fields.append((K("E-mail"), (g.email(s), "EMAIL_ADDRESS")))
    if minor:
        r = g.relative(s)
        fields.append((K("Responsável"), P(N(r.capsf if scan else g.pick([r.full, r.caps])))))
        fields.append((K("Parentesco"), V(kin(g, r))))
        fields.append((K("CPF do responsável"), (g.cpf(), "BR_CPF")))
        fields.append((K("Tel. responsável"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    fields.append((K("Curso pretendido"), V(g.pick(COURSES))))
    fields.append((K("Renda familiar"), V(f"R$ {brl(money(g, 800, 4200))}")))
    fields.append((K("Autodeclaração"), V(g.pick(["preta", "parda", "branca", "indígena", "amarela", "parda"]))))
    kv_block(doc, fields, "caps" if scan else style)
    if g.chance(0.6):
        doc.t(ocr("\nCOMPOSIÇÃO FAMILIAR\n", g, 0.3) if scan else "\nComposição familiar\n")
        rows = []
        for _ in range(g.ri(2, 4)):
            d = g.relative(s)
            k_ = kin(g, d)
            lo, hi = KIN_YEARS.get(k_, (1965, 1995))
            with_dob = g.chance(0.5)
            rows.append([P(N(d.capsf if scan else g.pick([d.full, d.short]))), V(k_),
                         (g.dob("br", lo, hi), "DATE_OF_BIRTH") if with_dob else V(f"{2026 - g.ri(lo, hi)} anos"),
                         V(g.pick(["R$ 0,00", f"R$ {brl(money(g, 400, 2600))}", "BPC", "Bolsa Família"]))])
        table_ruled(doc, ["nome", "parentesco", "nascimento/idade", "renda"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.t("\n")
    doc.f("Entrevista: «n» · Parecer social: «s» — «c»\n", n=P(N(g.pick([iv.first, iv.short]))) if g.chance(0.6) else V(login(iv, g)),
          s=P(N(g.pick([sw.full, sw.short]))), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    tpl = "Inscrição homologada em «d». Início das aulas: «e».\n"
    d0 = g.day()
    doc.f(ocr_t(tpl, g, 0.3) if scan else tpl, d=dbr(d0), e=dbr(d0 + datetime.timedelta(days=g.ri(7, 40))))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def at_grupo_estudos(g: Gen) -> Doc:
    """A study group's WhatsApp export in lower case (senders by number, name or nickname; @mentions): PDFs, the mock exam's online registration with name and CPF, the printed books paid by Pix to a key of any kind, a new number, a tutor offering private lessons with his phone, a lift to the exam in a father's car (colour 'prata', the plate), the exam venue (an institution), asides with names as words."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(7, 23)), 60, 3000))
    mem = [student(g) for _ in range(6)]

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.62:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.78:
            return P(mem[k].short)
        if r < 0.88:
            return P(mem[k].nick)
        return P(lower(mem[k].first))
    S = [sender(k) for k in range(6)]
    if g.chance(0.4):
        S[0] = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"estudos {lower(g.pick(EXAMS))} 💪", f"{lower(g.pick(TURMAS))} — {lower(cname)}", "resumos & simulados 📚",
                                                        f"foco no {lower(g.pick(CONCURSOS))}", "grupo de redação nota mil ✍️"]))
    org = g.ri(0, 5)
    msgs = []
    plat = g.pick([c[0] for c in CURSINHOS if c[3] == "online"])
    cpf_list = [k for k in range(6) if k != org][:g.ri(2, 3)]
    msgs.append(("gente mandei o pdf de «m» aí em cima, quem puder revisa a parte de «t»", dict(m=g.pick(SUBJECTS), t=g.pick(["funções", "estequiometria", "era vargas", "genética", "cinemática", "crase"]))))
    msgs.append(("<Mídia oculta>", {}))
    mails = g.sample(range(6), g.ri(2, 3))
    msgs.append(("quem quiser acesso à pasta do drive com as listas manda o email: «a» e «b»", dict(a=(g.email(mem[mails[0]]), "EMAIL_ADDRESS"), b=(g.email(mem[mails[1]]), "EMAIL_ADDRESS"))))
    msgs.append(("vou inscrever todo mundo no simulado da «p», manda nome completo e cpf no privado ou aqui msm", dict(p=lower(plat))))
    apost = g.chance(0.7)
    if apost:
        kname, kv = pix_key(g, mem[org])
        msgs.append(("apostila impressa ficou «v» cada, pix pra mim «k»: «c»", dict(v=brl(g.pick([18.0, 22.5, 35.0, 40.0])), k=kname, c=kv)))
    msgs.append(("meu numero novo é «t», salvem ai", dict(t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))))
    tut = g.person()
    msgs.append(("«o» monitor«a» de «m», «n», dá aula particular por «v» a hora, o zap «d» é «t»", dict(o=a_(tut), a="a" if tut.female else "", d="dela" if tut.female else "dele", m=g.pick(SUBJECTS[:8]), n=P(g.pick([lower(tut.short), tut.full, lower(tut.first)])),
                                                                                                 v=g.pick(["50", "60", "70 conto", "45"]), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    v_ = g.pick(VENUES)
    msgs.append(("meu local de prova: «v», «a». alguém mais?", dict(v=lower(v_[0]), a=lower(v_[1]))))
    msgs.append(("meu pai leva 3 no domingo, é um «c» prata placa «p», ponto de encontro na praça às 11h", dict(c=g.pick(["gol", "onix", "hb20", "uno", "ka"]), p=(g.plate(), "LICENSE_PLATE"))))
    msgs.append((chat_neg(g), {}))
    ment = g.ri(1, 5)
    msgs.append(("@«a» vc conseguiu a isenção?", dict(a=P(lower(g.pick([mem[ment].first, mem[ment].nick]))))))
    order = g.sample(msgs, min(len(msgs), g.ri(6, 9)))
    for tpl, vals in order:
        k = org if ("inscrever todo" in tpl or "apostila" in tpl) else g.ri(0, 5)
        if "isenção?" in tpl and k == ment:
            k = 0
        cl(doc, st(next(tt)), S[k], tpl, **vals)
        if "inscrever todo" in tpl:
            for j in cpf_list:
                cl(doc, st(next(tt)), S[j], g.pick(["«n» «c»", "«n» cpf «c»", "«n» - «c»"]), n=P(g.pick([mem[j].low, lower(mem[j].short)])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
            if g.chance(0.5):
                j = g.ri(0, 5)
                pf = student(g, True)
                cl(doc, st(next(tt)), S[j], "a «n» pediu pra mandar o dela: «m» «c»", n=P(lower(pf.first)), m=P(pf.low), c=(g.cpf(), "BR_CPF"))
            cl(doc, st(next(tt)), S[org], g.pick(["inscritos ✅", "feito, chega no email de vcs", "pronto, confere no app"]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[g.ri(0, 5)], "lembrando q a prova é dia «x», portão fecha «h»", x=g.date("short"), h=g.pick(["13h", "12h30", "13h30"]))
    return doc


def at_reclamacao_reembolso(g: Gen) -> Doc:
    """A consumer's complaint about a refund of an online or in-person course, as an e-mail to the support mailbox quoted under the analyst's answer: order and protocol numbers unlabelled, the purchase date, art. 49 of the CDC, a masked card or a full card number typed, the consumer's CPF, phone, a Pix key of any kind or agency and account for the refund, X-Originating-IP; the analyst's name and corporate e-mail or the role mailbox."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("online", "privado", "concursos"))
    c = g.person()
    an = g.person(female=g.chance(0.6))
    cmail = g.email(c)
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(3, 70))
    ped = order_no(g)
    corp = g.chance(0.6)
    buy = t0.date() - datetime.timedelta(days=g.ri(2, 6))
    plan = g.pick(["Plano Anual ENEM", "Extensivo Medicina online", "Pacote Concursos Policiais", "Curso Redação Nota Mil", "Plano Premium 12 meses"])
    val = money(g, 397, 2980)
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: Cancelamento e reembolso — pedido «p»\n\n",
          f=(corp_mail(an, cdom, g), "EMAIL_ADDRESS") if corp else V(f"{cname} <{role_mail(g, cdom, g.pick(['suporte', 'reembolso', 'cancelamento', 'sac']))}>"),
          t=(cmail, "EMAIL_ADDRESS"), d=mail_date(t1), p=ped)
    doc.f("Olá, «n»!\n\nRecebemos seu pedido de cancelamento do «p» dentro do prazo de 7 dias do art. 49 do Código de Defesa do Consumidor (Lei 8.078/1990). ",
          n=P(g.pick([c.first, c.full])), p=plan)
    refund = g.pick(["card", "pix", "conta"])
    if refund == "card":
        doc.f("O estorno de R$ «v» foi solicitado à operadora do cartão «m» e aparece em até 2 faturas.\n\n", v=brl(val), m=g.masked_card())
    elif refund == "pix":
        doc.f("Como a compra foi por Pix, o reembolso de R$ «v» será feito na chave informada em até 5 dias úteis.\n\n", v=brl(val))
    else:
        doc.f("Como a compra foi por boleto, o reembolso de R$ «v» será depositado na conta informada em até 10 dias úteis.\n\n", v=brl(val))
    if corp:
        doc.f("Atenciosamente,\n«n»\nAnalista de Relacionamento — «c»\n", n=P(an.full), c=cname)
        if g.chance(0.5):
            doc.f("«t»\n", t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    else:
        doc.f("Atenciosamente,\nEquipe de Suporte «c»\nProtocolo «p»\n", c=cname, p=proto(g))
    if g.chance(0.6):
        doc.f("«r» — CNPJ «j»\n", r=craz, j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nPara: «r»\nAssunto: Cancelamento e reembolso — pedido «p»\nX-Originating-IP: [«ip»]\n\n",
          n=P(g.pick([c.full, c.short, c.low])), e=(cmail, "EMAIL_ADDRESS"), d=ts(t0, "br"), r=role_mail(g, cdom, g.pick(["suporte", "sac", "reembolso", "cancelamento"])),
          p=ped, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("«x». Comprei o «p» no dia «d» (pedido «o») e quero cancelar: as aulas não são ao vivo como dizia o anúncio. ",
          x=g.pick(["Boa noite", "Bom dia", "Olá", "Prezados"]), p=plan, d=dbr(buy), o=ped)
    if refund == "card":
        if g.chance(0.5):
            doc.f("Paguei em «n»x no cartão «k», que é o mesmo que está cadastrado. ", n=g.ri(2, 12), k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
        else:
            doc.f("Paguei em «n»x no cartão com final «k». ", n=g.ri(2, 12), k=g.d(4))
    elif refund == "pix":
        kind_, kv = pix_key(g, c)
        doc.f("Paguei por Pix; para o reembolso minha chave («k») é «v». ", k=kind_, v=kv)
    else:
        b = g.pick(BANKS)
        doc.f("Paguei por boleto; para o reembolso: «b», agência «a», conta «c». ", b=b[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Meu CPF é «c» e o telefone «t».", c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.5):
        at2 = g.person(female=g.chance(0.6))
        doc.f(" Já liguei e «a» atendente «n» disse que só com multa de 20%, o que não está no contrato.", a="a" if at2.female else "o", n=P(g.pick([at2.first, at2.short])))
    doc.t("\n")
    if g.chance(0.4):
        doc.t("Se não resolverem vou registrar no Procon e no consumidor.gov.br.\n")
    doc.f("\n«n»\n", n=P(g.pick([c.first, c.full, c.caps])))
    return doc


def at_republica_vaga(g: Gen) -> Doc:
    """A lower-case chat between a freshman (or the freshman's mother) and a república's member or a student boarding house's owner: the house rules pasted, the rent and the bills' split (the power bill, 'luz'), the house's address and CEP (a home: labelled), the visit, name, CPF and RG for the contract, the guarantor's CPF, the deposit to the owner's agency and account or random key, members by nickname."""
    doc = Doc()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 50, g.moment(hours=(9, 23)), 40, 2400))
    rep = g.chance(0.6)
    house = g.pick(REPUBLICAS) if rep else g.pick(PENSIONATOS)
    host = g.person(female=g.chance(0.5) if rep else g.chance(0.75))
    hnick = rnick(g, host)
    fr = student(g)
    mom = g.relative(fr, female=g.chance(0.8)) if g.chance(0.35) else None
    writer = mom or fr
    Hs = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.6) else P(g.pick([hnick, host.short, lower(host.first)]) if rep else g.pick([host.short, host.full]))
    if g.chance(0.5):
        Ws, Hs = V("Você"), Hs
        doc.t("Conversa do WhatsApp com ")
        doc.e(*Hs)
        doc.t("\n\n")
    else:
        Ws = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.65) else P(g.pick([writer.short, lower(writer.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*Ws)
        doc.t("\n\n")
        Hs = V("Você")
    if mom:
        cl(doc, st(next(tt)), Ws, "boa tarde, vi o anuncio da vaga: «h». é pra «k» «n», que passou em «c»", h=lower(house), k="minha filha" if fr.female else "meu filho",
           n=P(g.pick([lower(fr.first), fr.first])), c=lower(g.pick(COURSES)))
    else:
        cl(doc, st(next(tt)), Ws, "oii, ainda tem vaga? («h») passei em «c» e começo em «m»", h=lower(house), c=lower(g.pick(COURSES)), m=g.pick(["março", "agosto", "fevereiro"]))
    if rep:
        cl(doc, st(next(tt)), Hs, "eai! aqui é «o» «n», «d» da rep kkk tem 1 quarto duplo sim. vou mandar as regras da casa", o=a_(host), n=P(hnick),
           d="decana" if host.female else "decano")
    else:
        cl(doc, st(next(tt)), Hs, "Boa tarde! Aqui é «n», responsável pelo pensionato. Temos vaga em quarto «q». Seguem as regras:", n=P(g.pick([host.first, host.short])),
           q=g.pick(["individual", "duplo", "triplo"]))
    rent = money(g, 380, 1250)
    rules = ["📌 REGRAS DA CASA",
             f"1. aluguel R$ {brl(rent)} por pessoa, até o dia {g.ri(5, 10)}",
             f"2. conta de luz, água e internet divididas igual ({uc_luz(g)})",
             "3. faxina geral no sábado, escala na geladeira",
             "4. visita pra dormir só avisando no grupo" if rep else "4. visitas até as 22h, sem pernoite",
             f"5. caução de 1 aluguel na entrada",
             "6. silêncio depois da meia-noite em semana de prova"]
    cl(doc, st(next(tt)), Hs, "\n".join(rules))
    addr = g.address("low" if g.chance(0.5) else "text")
    cl(doc, st(next(tt)), Hs, "o endereço é «a», «b», cep «p». pode vir ver «d»", a=(addr, "ADDRESS"), b=g.pick(BAIRROS), p=(g.cep(g.chance(0.6)), "BR_CEP"),
       d=g.pick(["sábado de manhã", "amanhã depois das 18h", "quando quiser"]))
    if rep and g.chance(0.6):
        o1, o2 = g.person(), g.person()
        cl(doc, st(next(tt)), Hs, "moram aqui eu, o «a» (engenharia) e a «b» (medicina), a gente é tranquilo 😂", a=P(rnick(g, o1)), b=P(g.pick([lower(o2.first), rnick(g, o2)])))
    cl(doc, st(next(tt)), Ws, g.pick(["fechado! o que precisa pro contrato?", "gostei, como faço pra reservar?", "pode reservar pra mim?"]))
    cl(doc, st(next(tt)), Hs, "nome completo, cpf e rg «x», e o cpf de quem vai ser fiador", x="do morador" if mom else "seu")
    guar = mom or g.relative(fr)
    cl(doc, st(next(tt)), Ws, "«n» cpf «c» rg «r» / fiador«a» «f» cpf «k»", n=P(g.pick([fr.low, fr.full])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
       r=(g.rg(), "BR_RG"), a="a" if guar.female else "", f=P(g.pick([guar.low, guar.full])), k=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.5):
        b = g.pick(BANKS)
        cl(doc, st(next(tt)), Hs, "a caução vai na conta «x» «o»: «b» ag «a» cc «c»", x="da" if host.female else "do", o=P(g.pick([lower(host.first), host.short])),
           b=b[1].lower(), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        cl(doc, st(next(tt)), Hs, "a caução pode ser no pix da casa: «k»", k=(g.uuid(), "PIX_KEY"))
    if g.chance(0.5):
        cl(doc, st(next(tt)), Ws, "meu «k» vai me levar de carro no dia da mudança, pode parar na garagem? placa «p»", k=g.pick(["pai", "tio", "irmão"]), p=(g.plate(), "LICENSE_PLATE"))
        cl(doc, st(next(tt)), Hs, "pode sim, avisa no portão")
    if g.chance(0.35):
        cl(doc, st(next(tt)), Hs, chat_neg(g))
    cl(doc, st(next(tt)), Ws, g.pick(["combinado, obrigada!!", "valeuu", "perfeito, até sábado"]))
    return doc


def at_agenda_tutor(g: Gen) -> Doc:
    """A private tutor's student list exported from a scheduling app (CSV, TSV or a ruled table): student, guardian, phone, e-mail, the home address for home lessons or 'online', subject, weekly slot, fee, payment key of any kind; the notes (a receipt with the guardian's CPF, a new number, a student moved, the tutor's own e-mail and public IP in the export header)."""
    doc = Doc()
    tut = g.person()
    tmail = g.email(tut)
    city, uf = g.city()
    app = g.pick(["AgendaAula", "TutorFácil", "Aulas & Cia", "ProfApp"])
    t0 = g.moment()
    doc.f("# «a» — exportação de alunos — «t»\n# conta: «m» · acesso de «ip»\n\n", a=app, t=ts(t0, "br"), m=(tmail, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    rows = []
    studs = [student(g) for _ in range(g.ri(4, 6))]
    for s in studs:
        r = g.relative(s) if g.chance(0.45) else None
        home = g.chance(0.6)
        kind_, kv = pix_key(g, r or s) if g.chance(0.4) else ("", V("dinheiro" if g.chance(0.5) else "transferência"))
        rows.append([P(g.pick([s.full, s.short])), (sdob(g, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), P(g.pick([r.full, r.short])) if r else V("-"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     (g.email(r or s), "EMAIL_ADDRESS") if g.chance(0.6) else V(""), (g.address(), "ADDRESS") if home else V("online"),
                     V(g.pick(SUBJECTS)), V(g.pick(["seg 19h", "ter e qui 18h", "sáb 9h", "qua 14h", "sex 20h", "dom 10h"])),
                     V(g.pick(["60,00", "70,00", "80,00", "55,00", "90,00", "120,00"])), kv])
    cols = ["aluno", "nascimento", "responsavel", "telefone", "email", "endereco", "materia", "horario", "valor_hora", "pagamento"]
    style = g.pick(["csv", "csv", "tsv", "ruled"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif style == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "md", "psql"]))
    doc.t("\nObservações:\n")
    notes = []
    s0 = g.pick(studs)
    notes.append(("- a mãe «x» «n» pediu recibo mensal no nome dela, CPF «c».\n", dict(x="da" if s0.female else "do", n=P(g.pick([s0.first, s0.nick])), c=(g.cpf(), "BR_CPF"))))
    s1 = g.pick(studs)
    notes.append(("- «n» trocou de número: agora «t».\n", dict(n=P(g.pick([s1.first, s1.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))))
    s2 = g.pick(studs)
    notes.append(("- «n» mudou para «a», CEP «p» (aula presencial continua às quintas).\n", dict(n=P(g.pick([s2.first, s2.short])), a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))))
    s3 = g.pick(studs)
    notes.append(("- pacote de 8 aulas de «n» pago adiantado (Pix em «d»).\n", dict(n=P(s3.first), d=g.date("br"))))
    notes.append(("- " + word_neg(g) + "\n", {}))
    for tpl, vals in g.sample(notes, g.ri(2, 4)):
        doc.f(tpl, **vals)
    doc.f("\n«n» · professor«a» de «m» · «t»\n", n=P(g.pick([tut.full, tut.short])), a="a" if tut.female else "", m=g.pick(SUBJECTS), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


AT = [at_matricula_zap, at_bolsa_stt, at_ficha_inscricao, at_grupo_estudos, at_reclamacao_reembolso, at_republica_vaga, at_agenda_tutor]


# --------------------------------------------------------------------------- juridico


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        if g.chance(0.8):
            doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("«k». «n» — RG «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.rg(), "BR_RG"))


def ident(x: str) -> str:
    return x


def ju_contrato_aulas(g: Gen) -> Doc:
    """A contract for private tutoring between a tutor and a student's guardian (capitals sometimes): the guardian qualified (RG or CNH, CPF, e-mail and phone sometimes, home address, CEP) for the minor student (birth date, CPF sometimes); the tutor qualified or as an MEI with CNPJ; subject, exam, place of the lessons (the student's home or online), fee, payment to the tutor's Pix key of any kind or agency and account; cancellation, LGPD clause (Lei 13.709/2018), venue; witnesses with CPF or RG; an e-signature log with e-mails and IPs sometimes."""
    doc = Doc()
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    tut = g.person()
    guard = g.person(female=g.chance(0.7))
    s = g.relative(guard)
    city, uf = g.city()
    gmail = g.email(guard)
    tmail = g.email(tut)
    doc.t(up("CONTRATO DE PRESTAÇÃO DE SERVIÇOS EDUCACIONAIS — AULAS PARTICULARES\n\n"))
    doc.t(up("CONTRATANTE: "))
    qualify(g, doc, guard, caps=caps, email=gmail if g.chance(0.6) else False, phone=g.chance(0.5), job=g.pick(GUARD_JOB), where=(city, uf), titulo=g.chance(0.35))
    doc.t(up(f", neste ato representando {'sua filha' if s.female else 'seu filho'} menor "))
    doc.e(s.capsf if caps else g.pick([s.full, s.caps]), "PERSON")
    doc.t(up(", nascid" + s.o + " em "))
    doc.e(g.dob("br", 2007, 2012), "DATE_OF_BIRTH")
    if g.chance(0.5):
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
    doc.t(";\n\n")
    doc.t(up("CONTRATAD" + ("A" if tut.female else "O") + ": "))
    if g.chance(0.35):
        doc.e(tut.capsf if caps else tut.full, "PERSON")
        doc.t(up(", microempreendedor" + ("a" if tut.female else "") + " individual inscrit" + tut.o + " no CNPJ sob o nº "))
        doc.e(g.cnpj(), "BR_CNPJ")
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
        doc.e(tmail, "EMAIL_ADDRESS")
    else:
        qualify(g, doc, tut, caps=caps, email=tmail, job=TUTOR_JOB, where=(city, uf))
    doc.t(".\n\n")
    subj = g.pick(SUBJECTS)
    exam = g.pick(EXAMS + CONCURSOS)
    place = g.pick(["na residência do aluno", "online, por videochamada", "na residência do aluno ou online, conforme combinado"])
    rate = g.pick([60.0, 70.0, 80.0, 90.0, 110.0, 150.0])
    doc.t(up(f"CLÁUSULA 1ª — O objeto deste contrato são aulas particulares de {subj} preparatórias para o {exam}, "
             f"{g.ri(2, 6)} horas semanais, {place}.\n"))
    doc.t(up(f"CLÁUSULA 2ª — O valor da hora-aula é de R$ {brl(rate)}, pago mensalmente até o dia {g.ri(5, 10)} do mês seguinte, "))
    r = g.rng.random()
    if r < 0.55:
        kind_, kv = pix_key(g, tut)
        doc.t(up(f"por Pix na chave ({kind_}) "))
        doc.e(*kv)
    else:
        b = g.pick(BANKS)
        doc.t(up(f"por transferência para o {b[1]}, agência "))
        doc.e(g.agency(), "BANK_ACCOUNT")
        doc.t(up(", conta "))
        doc.e(g.account(), "BANK_ACCOUNT")
        doc.t(up(", de titularidade d" + tut.o + " CONTRATAD" + ("A" if tut.female else "O")))
    doc.t(".\n")
    doc.t(up("CLÁUSULA 3ª — Aulas desmarcadas com menos de 24 horas de antecedência serão cobradas integralmente.\n"))
    doc.t(up("CLÁUSULA 4ª — Os dados pessoais do aluno serão tratados apenas para a execução deste contrato, nos termos da Lei 13.709/2018.\n"))
    doc.t(up("CLÁUSULA 5ª — Qualquer das partes poderá rescindir este contrato com aviso prévio de 30 dias, sem multa.\n"))
    doc.t(up(f"CLÁUSULA 6ª — Fica eleito o foro da comarca de {city}/{uf}.\n\n"))
    day = g.day()
    doc.t(up(f"{city}, {dbr(day, 'long')}.\n\n"))
    if g.chance(0.5):
        doc.t("____________________________\n")
        doc.e(guard.capsf if caps else g.pick([guard.full, guard.caps]), "PERSON")
        doc.t("\n____________________________\n")
        doc.e(tut.capsf if caps else g.pick([tut.full, tut.caps]), "PERSON")
        doc.t("\n")
    else:
        doc.t(up("____________________________\nCONTRATANTE\n____________________________\nCONTRATADO(A)\n"))
    witnesses(g, doc, 2, caps)
    if g.chance(0.4):
        t0 = datetime.datetime(day.year, day.month, day.day, g.ri(8, 20), g.ri(0, 59), g.ri(0, 59))
        esign_log(g, doc, [(guard, gmail), (tut, tmail)], t0)
    return doc


def ju_contrato_republica(g: Gen) -> Doc:
    """A lease of a room in a students' house (república) or a boarding house: the landlord (a person qualified, or the boarding house's company with CNPJ and its partner's CPF), the student qualified with birth date, the guarantor (a parent: RG or CNH, CPF, título sometimes, address, CEP), the house (a home: address and CEP labelled), rent, bills split, deposit, payment to agency and account or a random key, Lei 8.245/1991; the house rules signed by the residents (name or nickname, CPF)."""
    doc = Doc()
    caps = g.chance(0.25)
    up = caps_t if caps else ident
    rep = g.chance(0.6)
    house = g.pick(REPUBLICAS) if rep else g.pick(PENSIONATOS)
    city, uf = g.city()
    lord = g.person(female=g.chance(0.55))
    s = student(g)
    guar = g.relative(s)
    doc.t(up(f"CONTRATO DE LOCAÇÃO RESIDENCIAL DE {'QUARTO' if rep else 'VAGA EM PENSIONATO'} — {fold(house).upper()}\n\n"))
    doc.t(up("LOCADOR" + ("A" if lord.female and rep else "") + ": "))
    if rep or g.chance(0.4):
        qualify(g, doc, lord, caps=caps, phone=g.chance(0.5), where=(city, uf), job=g.pick(GUARD_JOB + [("aposentado", "aposentada")]))
    else:
        doc.t(up(f"{house.upper()} LTDA., inscrito no CNPJ sob o nº "))
        doc.e(g.cnpj(), "BR_CNPJ")
        doc.t(up(", neste ato representado por sua sócia-administradora " if lord.female else ", neste ato representado por seu sócio-administrador "))
        doc.e(lord.capsf if caps else lord.full, "PERSON")
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
    doc.t(";\n")
    doc.t(up("LOCATÁRI" + s.o.upper() + ": ") if caps else "LOCATÁRI" + s.o.upper() + ": ")
    qualify(g, doc, s, caps=caps, dob=True, email=g.chance(0.5), phone=g.chance(0.4), job=STUDENT_JOB)
    doc.t(";\n")
    doc.t(up("FIADOR" + ("A" if guar.female else "") + ": "))
    qualify(g, doc, guar, caps=caps, titulo=g.chance(0.4), phone=g.chance(0.5), job=g.pick(GUARD_JOB))
    doc.t(".\n\n")
    rent = money(g, 420, 1350)
    doc.t(up("CLÁUSULA 1ª — O objeto é " + ("um quarto " + g.pick(["individual", "duplo (uma vaga)", "suíte"]) if rep else "uma vaga em quarto " + g.pick(["duplo", "triplo", "individual"])) +
             " no imóvel residencial situado na "))
    doc.e(g.address("caps" if caps else "text"), "ADDRESS")
    doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
    doc.e(g.cep(), "BR_CEP")
    doc.t(up(", com uso comum de cozinha, sala e lavanderia.\n"))
    doc.t(up(f"CLÁUSULA 2ª — Prazo de 12 meses, de {g.date('br')} em diante, coincidindo com o ano letivo.\n"))
    doc.t(up(f"CLÁUSULA 3ª — Aluguel mensal de R$ {brl(rent)}, vencível no dia {g.ri(1, 10)}, "))
    if g.chance(0.6):
        b = g.pick(BANKS)
        doc.t(up(f"depositado no {b[1]}, agência "))
        doc.e(g.agency(), "BANK_ACCOUNT")
        doc.t(up(", conta "))
        doc.e(g.account(), "BANK_ACCOUNT")
    else:
        doc.t(up("pago por Pix na chave aleatória "))
        doc.e(g.uuid(), "PIX_KEY")
    doc.t(".\n")
    if g.chance(0.45):
        doc.t(up("PARÁGRAFO ÚNICO — Fica cedida uma vaga de garagem para o veículo de placa "))
        doc.e(g.plate(), "LICENSE_PLATE")
        doc.t(up(", de propriedade d" + guar.o + " FIADOR" + ("A" if guar.female else "") + ".\n"))
    doc.t(up("CLÁUSULA 4ª — As contas de luz, água, gás e internet serão rateadas em partes iguais entre os moradores" + (", conforme o regimento da casa.\n" if rep else "; a luz dos quartos é medida à parte.\n")))
    doc.t(up(f"CLÁUSULA 5ª — A título de caução (art. 38 da Lei 8.245/1991) o LOCATÁRIO entrega R$ {brl(rent)}, devolvidos em até 30 dias após a vistoria de saída.\n"))
    doc.t(up(f"CLÁUSULA 6ª — Fica eleito o foro de {city}/{uf}.\n\n"))
    doc.t(up(f"{city}, {g.date('long')}.\n\n"))
    for r_ in ("LOCADOR(A)", "LOCATÁRIO(A)", "FIADOR(A)"):
        doc.t("__________________________  " + r_ + "\n")
    if g.chance(0.7):
        doc.t(up("\nANEXO — REGIMENTO DA CASA (assinado pelos moradores)\n"))
        rows = []
        for _ in range(g.ri(3, 5)):
            m = student(g)
            nick = rnick(g, m) if rep and g.chance(0.5) else ""
            rows.append([P(g.pick([m.full, m.short])), P(nick) if nick else V("-"), (g.cpf(), "BR_CPF") if g.chance(0.75) else V("(calouro, sem CPF em mãos)"),
                         V(g.pick(["quarto 1", "quarto 2", "quarto 3", "suíte", "edícula"]))])
        table_ruled(doc, ["morador(a)", "apelido", "CPF", "quarto"], rows, g.pick(["plus", "pipe", "plain"]))
    else:
        witnesses(g, doc, 2, caps)
    return doc


def ju_peticao_jec(g: Gen) -> Doc:
    """A petition to a small-claims civil court (JEC): a student against an online or private course for a refund (order number, purchase date, art. 49 of the CDC, card final masked, protocols, the attendant named) or a former resident against a república's landlord over the deposit (the landlord qualified: CPF, home address, CEP); the claimant qualified; the company's CNPJ and seat (unlabelled); the lawyer's OAB and e-mail, or no lawyer (art. 9º of Lei 9.099/1995)."""
    doc = Doc()
    city, uf = g.city()
    cl_ = g.person()
    kind = g.pick(["curso", "curso", "caucao"])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n", n=g.ri(1, 9), c=fold(city).upper(), u=uf)
    qualify(g, doc, cl_, email=g.chance(0.7), phone=g.chance(0.6), where=(city, uf), job=g.pick([STUDENT_JOB, g.pick(GUARD_JOB)]), dob=g.chance(0.4))
    law = g.chance(0.6)
    lawyer = g.person()
    if law:
        doc.f(", por «x» infra-assinad«o» (procuração anexa), vem propor\n\n", x="sua advogada" if lawyer.female else "seu advogado", o=lawyer.o)
    else:
        doc.t(", sem assistência de advogado (art. 9º da Lei 9.099/1995), vem propor\n\n")
    if kind == "curso":
        cname, craz, cdom, ck = cursinho(g, ("online", "privado", "concursos"))
        doc.t("AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS\n\n")
        doc.f("em face de «r», inscrita no CNPJ sob o nº «c», nome fantasia «f», pelos fatos a seguir.\n\n", r=fold(craz).upper(), c=(g.any_cnpj(), "BR_CNPJ"), f=cname)
        buy = g.day()
        pday = buy + datetime.timedelta(days=g.ri(30, 150))
        val = money(g, 480, 4800)
        doc.f("1. Em «d» a parte autora contratou o «p» (pedido «o»), no valor de R$ «v», parcelado em «x» vezes no cartão de crédito «m».\n",
              d=dbr(buy), p=g.pick(["Plano Anual ENEM", "Extensivo Medicina", "Curso Completo Polícia Federal", "Pacote Redação + Simulados"]), o=order_no(g),
              v=brl(val), x=g.ri(3, 12), m=g.masked_card())
        at = g.person(female=g.chance(0.6))
        doc.f("2. Três dias depois pediu o cancelamento (protocolo «p»), dentro do prazo de arrependimento do art. 49 da Lei 8.078/1990. A atendente «n» informou que haveria multa de 30%, e o estorno nunca ocorreu.\n",
              p=proto(g), n=P(g.pick([at.first, at.full])))
        doc.f("3. Reclamação no Procon («f») sem resposta da ré.\n\n", f=procon_fa(g))
        doc.f("Requer: a) a restituição em dobro de R$ «v» (art. 42, parágrafo único, do CDC); b) indenização por danos morais de R$ «m»; c) a inversão do ônus da prova.\n\n",
              v=brl(val), m=brl(g.pick([3000.0, 5000.0, 8000.0])))
    else:
        lord = g.person()
        doc.t("AÇÃO DE COBRANÇA (DEVOLUÇÃO DE CAUÇÃO)\n\n")
        doc.t("em face de ")
        qualify(g, doc, lord, rg=g.chance(0.5), phone=g.chance(0.5), where=(city, uf), job=g.pick(GUARD_JOB + [("aposentado", "aposentada")]))
        rent = money(g, 450, 1300)
        pday = datetime.date(2026, g.ri(1, 6), g.ri(1, 28))
        doc.f(", pelos fatos a seguir.\n\n1. A parte autora morou de «a» a «b» na «h», pagando aluguel de R$ «v».\n", a=g.date("br", 2024), b=g.date("br", 2025),
              h=g.pick(REPUBLICAS + PENSIONATOS), v=brl(rent))
        doc.f("2. Entregou caução de R$ «v» e, na saída, a vistoria não apontou danos; o réu não devolveu o valor, alegando a conta de luz em atraso de outro morador, «n».\n",
              v=brl(rent), n=P(g.pick([g.person().full, rnick(g, g.person())])))
        doc.f("3. Notificado por WhatsApp no número «t», não respondeu.\n\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.f("Requer a condenação do réu ao pagamento de R$ «v», com correção e juros desde a saída.\n\n", v=brl(rent))
    doc.f("Dá-se à causa o valor de R$ «v».\n\n«c», «d».\n\n", v=brl(money(g, 2000, 15000)), c=city, d=dbr(pday, "long"))
    if law:
        doc.f("«n»\n«o»\n«e»\n", n=P(g.pick([lawyer.full, lawyer.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
              e=(g.email(lawyer, g.pick([None, f"{re.sub(r'[^a-z]', '', fold(lawyer.last).lower())}adv.com.br"])), "EMAIL_ADDRESS"))
    else:
        doc.f("«n»\n", n=P(g.pick([cl_.full, cl_.caps])))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Conciliation hearing minutes at a small-claims court (a student against a course, or a former resident against a landlord): the conciliator, the claimant's CPF, the company's CNPJ and its representative (preposto) with CPF or RG, the lawyers' OAB and e-mails sometimes; the settlement paid in instalments to the claimant's agency and account or a Pix key of any kind; the lay judge; the CNJ number unlabelled."""
    doc = Doc()
    city, uf = g.city()
    conc = g.person(female=g.chance(0.6))
    judge = g.person(female=g.chance(0.5))
    c = g.person()
    kind = g.pick(["curso", "curso", "caucao"])
    caps = g.chance(0.3)
    up = caps_t if caps else ident
    doc.f(up("TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso nº «p»\n«j»º Juizado Especial Cível de «c»/«u»\n\n"), p=cnj_of(g, uf), j=g.ri(1, 6), c=city, u=uf)
    doc.f(up("Aos «d», às «h», na sala de conciliação, presente «x» conciliador«a» «n», foi aberta a audiência.\n"), d=g.date("long"), h=g.hm(),
          x="a" if conc.female else "o", a="a" if conc.female else "", n=P(conc.capsf if caps else g.pick([conc.full, conc.short])))
    doc.f(up("RECLAMANTE: «n», CPF «c»"), n=P(c.capsf if caps else g.pick([c.full, c.caps])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        l1 = g.person()
        doc.f(up(", acompanhad«o» de «n», "), o=c.o, n=P(l1.capsf if caps else l1.full))
        doc.e(g.council("OAB", uf), "PROFESSIONAL_ID")
    doc.t(".\n")
    if g.chance(0.7):
        doc.f(up("Contato da parte reclamante para intimações: «t»"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if g.chance(0.6):
            doc.f(" / «e»", e=(g.email(c), "EMAIL_ADDRESS"))
        doc.t(".\n")
    if kind == "curso":
        cname, craz, cdom, ck = cursinho(g, ("online", "privado", "concursos"))
        prep = g.person(female=g.chance(0.6))
        doc.f(up("RECLAMADA: «r», CNPJ «c», representada por «x» «n», "), r=fold(craz).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
              x="sua preposta" if prep.female else "seu preposto", n=P(prep.capsf if caps else prep.full))
        if g.chance(0.5):
            doc.f(up("CPF «c»"), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(up("RG «c»"), c=(g.rg(), "BR_RG"))
        l2 = g.person()
        firm = re.sub(r"[^a-z]", "", fold(l2.last).lower())
        doc.f(up(", e pel«o» advogad«o» «n», "), o=l2.o, n=P(l2.capsf if caps else l2.full))
        doc.e(g.council("OAB", g.pick(UFS)), "PROFESSIONAL_ID")
        if g.chance(0.5):
            doc.f(" («e»)", e=(corp_mail(l2, f"{firm}advogados.com.br", g), "EMAIL_ADDRESS"))
        doc.t(".\n\n")
    else:
        lord = g.person()
        doc.f(up("RECLAMAD«o»: «n», CPF «c», sem advogado.\n\n"), o=lord.o.upper() if caps else lord.o, n=P(lord.capsf if caps else g.pick([lord.full, lord.caps])), c=(g.cpf(), "BR_CPF"))
    val = money(g, 600, 6000)
    n = g.ri(1, 5)
    doc.f(up("Proposta a conciliação, as partes celebraram ACORDO: a parte reclamada pagará R$ «v» em «n» parcela(s), a primeira em «d», "), v=brl(val), n=n, d=g.date("br"))
    r = g.rng.random()
    if r < 0.5:
        b = g.pick(BANKS)
        doc.t(up(f"mediante depósito no {b[1]}, agência "))
        doc.e(g.agency(), "BANK_ACCOUNT")
        doc.t(up(", conta "))
        doc.e(g.account(), "BANK_ACCOUNT")
        doc.t(up(", de titularidade da parte reclamante"))
    else:
        kind_, kv = pix_key(g, c)
        doc.t(up(f"por Pix na chave ({kind_}) "))
        doc.e(*kv)
    doc.t(up(". Em caso de atraso, multa de 50% sobre o saldo. Cumprido o acordo, a parte reclamante dá plena quitação.\n"))
    doc.f(up("O acordo foi homologado «x» «n», nos termos do art. 22 da Lei 9.099/1995.\n\n"), x="pela juíza leiga" if judge.female else "pelo juiz leigo",
          n=P(judge.capsf if caps else judge.full))
    doc.t(up("Nada mais havendo, encerrou-se o termo, lido e assinado.\n"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def ju_recurso_isencao(g: Gen) -> Doc:
    """An administrative appeal against a denied fee waiver (isenção da taxa de inscrição) of a vestibular, the ENEM or a public exam: the candidate qualified (birth date, RG, CPF, NIS, address, CEP, phone, e-mail), the registration number unlabelled, Decreto 6.593/2008, Lei 12.799/2013, Lei 13.656/2018; the mother as the CadÚnico's head with CPF; the family table (birth dates, CPF sometimes, income); the committee's decision signed by an analyst (name or login) with a role mailbox."""
    doc = Doc()
    c = student(g)
    city, uf = g.city()
    exam = g.pick(EXAMS + CONCURSOS)
    mom = g.relative(c, female=True)
    caps = g.chance(0.2)
    up = caps_t if caps else ident
    doc.f(up("À COMISSÃO ORGANIZADORA DO «e»\nRECURSO CONTRA INDEFERIMENTO DE PEDIDO DE ISENÇÃO DA TAXA DE INSCRIÇÃO\nInscrição nº «i»\n\n"),
          e=fold(exam).upper(), i=insc(g))
    doc.e(c.capsf if caps else g.pick([c.full, c.caps]), "PERSON")
    cdob = sdob(g, "br")
    doc.t(up(", nascid" + c.o + " em "))
    doc.e(cdob, "DATE_OF_BIRTH")
    doc.t(up(", RG nº "))
    doc.e(g.rg(), "BR_RG")
    doc.t(up(", CPF nº "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(up(", NIS nº "))
    doc.e(g.pis(), "BR_PIS")
    if exam in CONCURSOS or g.chance(0.5):
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    doc.t(up(", residente na "))
    doc.e(g.address("caps" if caps else "text"), "ADDRESS")
    doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
    doc.e(g.cep(), "BR_CEP")
    doc.t(up(", telefone "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(", e-mail " if not caps else ", E-MAIL ")
    doc.e(g.email(c), "EMAIL_ADDRESS")
    law = g.pick(["no Decreto 6.593/2008", "na Lei 13.656/2018", "na Lei 12.799/2013", "no Decreto 6.593/2008 e na Lei 13.656/2018"])
    doc.t(up(f", vem interpor RECURSO contra o indeferimento do pedido de isenção, com base {law}, pelos motivos a seguir.\n\n"))
    doc.t(up(f"1. O indeferimento apontou \"NIS não localizado\". O cadastro da família no CadÚnico foi atualizado no CRAS em {g.date('br')}, "
             "sendo responsável familiar minha mãe, "))
    doc.e(mom.capsf if caps else mom.full, "PERSON")
    doc.t(up(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(".\n")
    doc.t(up(f"2. Cursei todo o ensino médio na {g.pick(SCHOOLS)}, escola pública, conforme histórico anexo.\n"))
    doc.t(up(f"3. A renda per capita da família é de R$ {brl(money(g, 180, 700))}, inferior a meio salário mínimo.\n\n"))
    doc.t(up("COMPOSIÇÃO DO GRUPO FAMILIAR\n"))
    rows = [[P(c.capsf if caps else c.full), V("candidat" + c.o), V("-"), V("R$ 0,00")]]
    rows.append([P(mom.capsf if caps else mom.full), V("mãe"), V("-"), V(f"R$ {brl(money(g, 600, 1800))}")])
    for _ in range(g.ri(1, 3)):
        d = g.relative(c)
        k_ = g.pick(["irmã" if d.female else "irmão", "avó" if d.female else "avô", "sobrinh" + d.o])
        lo, hi = {"av": (1940, 1966), "so": (2012, 2022)}.get(k_[:2], (1996, 2016))
        rows.append([P(d.capsf if caps else g.pick([d.full, d.short])), V(k_), (g.dob("br", lo, hi), "DATE_OF_BIRTH"),
                     V(g.pick(["R$ 0,00", "BPC", f"R$ {brl(money(g, 300, 1500))}"]) if k_[:2] != "so" else "R$ 0,00")])
    rows[0][2] = (cdob, "DATE_OF_BIRTH")
    rows[1][2] = (g.dob("br", 1966, 1988), "DATE_OF_BIRTH")
    if g.chance(0.5):
        rows = [r_[:2] + [r_[2], (g.cpf(), "BR_CPF") if g.chance(0.7) else V("não possui"), r_[3]] for r_ in rows]
        table_ruled(doc, ["nome", "parentesco", "nascimento", "CPF", "renda"], rows, g.pick(["plus", "pipe", "plain"]))
    else:
        table_ruled(doc, ["nome", "parentesco", "nascimento", "renda"], rows, g.pick(["plus", "pipe", "plain", "psql"]))
    doc.t(up(f"\nAnexos: folha resumo do CadÚnico, histórico escolar, comprovante de residência.\n{city}, {g.date('br')}.\n\n"))
    an = g.person()
    dom = g.pick(["comvest.edu.br", "vestibular.ufxx.br", "concursosbrasil.org.br", "fundacaoaurora.org.br", "institutoleao.org.br"])
    doc.f("--- DECISÃO DA COMISSÃO ---\nResultado: «r». «m»\nAnalista: «a» · dúvidas: «e»\n", r=g.pick(["DEFERIDO", "DEFERIDO", "INDEFERIDO"]),
          m=g.pick(["NIS validado na base do CadÚnico após atualização.", "Renda comprovada; isenção concedida.", "Documentação incompleta (histórico sem carimbo)."]),
          a=P(g.pick([an.full, an.short])) if g.chance(0.55) else V(login(an, g)), e=role_mail(g, dom, g.pick(["isencao", "comissao", "vestibular", "concursos"])))
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """An ALL CAPS police report (OCR'd sometimes) of a notebook and a phone stolen in a república's room: the victim (mother, birth date, RG, CPF, the house's address and CEP, phone), the suspect (a former resident by nickname and name, his CPF sometimes), the app car he left in with its plate and the driver, a housemate witness with RG and phone; serial, IMEI and BO number unlabelled; art. 155 of the CP; the clerk and the delegado."""
    doc = Doc()
    scan = g.chance(0.4)
    K = (lambda x: ocr(x, g, 0.25)) if scan else ident
    N = (lambda x: ocr(x, g, 0.3, names=True)) if scan else ident
    city, uf = g.city()
    v = student(g)
    mom = g.relative(v, female=True)
    sus = g.person(female=g.chance(0.3))
    snick = fold(rnick(g, sus)).upper()
    wit = g.person()
    clerk = g.person()
    dele = g.person()
    drv = g.person(False)
    house = g.pick(REPUBLICAS)
    addr = g.address("caps")
    cep = g.cep()
    doc.t(K(f"POLICIA CIVIL DO ESTADO — {g.ri(1, 9)}ª DELEGACIA DE POLICIA DE {fold(city).upper()}\nBOLETIM DE OCORRENCIA Nº "))
    doc.t(bo_no(g))
    doc.t(K(f"\nNATUREZA: FURTO SIMPLES (ART. 155 DO CODIGO PENAL)\nDATA DO FATO: {g.date('br')}   HORA: ENTRE {g.hm()} E {g.hm()}\n"))
    doc.t(K("LOCAL DO FATO: "))
    doc.e(N(addr), "ADDRESS")
    doc.t(K(f" ({fold(house).upper()}), {fold(g.pick(BAIRROS)).upper()}, CEP "))
    doc.e(cep, "BR_CEP")
    doc.t(K("\n\nVITIMA: "))
    doc.e(N(v.capsf), "PERSON")
    doc.t(K("\nFILIACAO: "))
    doc.e(N(mom.capsf), "PERSON")
    doc.t(K("\nNASCIMENTO: "))
    doc.e(sdob(g, "br"), "DATE_OF_BIRTH")
    doc.t(K("   RG: "))
    doc.e(g.rg(), "BR_RG")
    doc.t(K(f" {g.pick(RG_ORG)}   CPF: "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(K("\nENDERECO: O MESMO DO FATO   TELEFONE: "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(K("\n\nHISTORICO:\n"))
    sname = sus.capsf
    doc.t(K(f"COMPARECE A VITIMA, ESTUDANTE DE {fold(g.pick(COURSES)).upper()}, E NOTICIA QUE AO RETORNAR DA AULA NAO ENCONTROU EM SEU QUARTO UM NOTEBOOK "
            f"{g.pick(['DELL', 'LENOVO', 'ACER', 'SAMSUNG'])} NUMERO DE SERIE "))
    doc.t(serial(g))
    doc.t(K(" E UM CELULAR IMEI "))
    doc.t(imei(g))
    doc.t(K(". "))
    doc.t(K("SUSPEITA DE EX-MORADOR DA REPUBLICA CONHECIDO COMO "))
    doc.e(N(snick), "PERSON")
    doc.t(K(", DE NOME "))
    doc.e(N(sname), "PERSON")
    if g.chance(0.5):
        doc.t(K(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
    doc.t(K(", QUE AINDA TINHA A CHAVE DA CASA. SEGUNDO O MORADOR "))
    doc.e(N(wit.capsf), "PERSON")
    doc.t(K(", RG "))
    doc.e(g.rg(), "BR_RG")
    doc.t(K(", TELEFONE "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(K(f", O SUSPEITO SAIU DA CASA POR VOLTA DAS {g.hm()} COM UMA MOCHILA E EMBARCOU EM CARRO DE APLICATIVO {g.pick(['ONIX', 'HB20', 'ARGO', 'KWID', 'SPIN'])} "
            f"{g.pick(['BRANCO', 'PRATA', 'PRETO', 'CINZA'])} PLACA "))
    doc.e(g.plate(old=g.chance(0.3)), "LICENSE_PLATE")
    if g.chance(0.5):
        doc.t(K(", CONDUZIDO POR "))
        doc.e(N(g.pick([drv.capsf, fold(drv.first).upper()])), "PERSON")
    doc.t(K(" CONFORME PRINT DO APLICATIVO. A VITIMA APRESENTOU NOTA FISCAL DO NOTEBOOK. NADA MAIS.\n\n"))
    doc.t(K("ESCRIVAO(A): "))
    doc.e(N(clerk.capsf), "PERSON")
    doc.t(K("\nDELEGADO(A): "))
    doc.e(N(dele.capsf), "PERSON")
    doc.t("\n")
    return doc


def ju_autorizacao_viagem(g: Gen) -> Doc:
    """A parents' authorisation for a minor to travel to another city to sit an exam and stay at a boarding house (Resolução CNJ 295/2019, art. 83 of the ECA): the parents qualified (RG, CPF, address, CEP, phone), the minor (birth date, RG or CPF), the companion (a course's teacher or coordinator: RG or CNH), the coach's plate and driver with CNH, the boarding house's person in charge with a phone; the notary's recognition by a clerk (the seal unlabelled)."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    city, uf = g.city()
    dest, duf = g.city()
    m = student(g)
    p1 = g.relative(m, female=True)
    p2 = g.relative(m, female=False) if g.chance(0.5) else None
    comp = g.person()
    drv = g.person(False)
    host = g.person(female=g.chance(0.7))
    clerk = g.person(female=g.chance(0.6))
    exam = g.pick(EXAMS)
    doc.t(up("AUTORIZAÇÃO DE VIAGEM NACIONAL PARA CRIANÇA OU ADOLESCENTE\n(Resolução CNJ nº 295/2019 e art. 83 da Lei 8.069/1990 — ECA)\n\n"))
    for p in [p1] + ([p2] if p2 else []):
        doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
        doc.t(up(", RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
        if g.chance(0.25):
            doc.t(up(", título de eleitor nº "))
            doc.e(g.titulo(), "BR_TITULO_ELEITOR")
        doc.t(up(", telefone "))
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
        doc.t(";\n")
    doc.t(up("ambos residentes na " if p2 else "residente na "))
    doc.e(g.address("caps" if caps else "text"), "ADDRESS")
    doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
    doc.e(g.cep(), "BR_CEP")
    doc.t(up(", na qualidade de genitores, AUTORIZAM " if p2 else ", na qualidade de genitora, AUTORIZA "))
    doc.t(up(("a adolescente " if m.female else "o adolescente ")))
    doc.e(m.capsf if caps else g.pick([m.full, m.caps]), "PERSON")
    doc.t(up(", nascid" + m.o + " em "))
    doc.e(g.dob("br", 2008, 2010), "DATE_OF_BIRTH")
    if g.chance(0.6):
        doc.t(up(", RG nº "))
        doc.e(g.rg(), "BR_RG")
    else:
        doc.t(up(", CPF nº "))
        doc.e(g.cpf(), "BR_CPF")
    d0 = g.day()
    go = d0 + datetime.timedelta(days=g.ri(5, 40))
    doc.t(up(f", a viajar de {city}/{uf} para {dest}/{duf}, no período de {dbr(go)} a {dbr(go + datetime.timedelta(days=g.ri(2, 9)))}, para realizar as provas do {exam}, "))
    doc.t(up("acompanhad" + m.o + " de "))
    doc.e(comp.capsf if caps else comp.full, "PERSON")
    doc.t(up(", " + g.pick(["professor" + ("a" if comp.female else ""), "coordenador" + ("a" if comp.female else "") + " pedagógic" + comp.o]) + f" do {cursinho(g)[0]}, "))
    if g.chance(0.5):
        doc.t(up("RG nº "))
        doc.e(g.rg(), "BR_RG")
    else:
        doc.t(up("CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    doc.t(".\n\n")
    doc.t(up(f"Transporte: ônibus fretado da {g.pick(['Viação Estrela Guia', 'Turismo Aurora', 'Leão Fretamentos', 'Expresso Prudente'])}, placa "))
    doc.e(g.plate(), "LICENSE_PLATE")
    doc.t(up(", motorista "))
    doc.e(drv.capsf if caps else drv.full, "PERSON")
    doc.t(up(", CNH nº "))
    doc.e(g.cnh(), "BR_CNH")
    doc.t(".\n")
    doc.t(up(f"Hospedagem: {g.pick(PENSIONATOS)}, responsável "))
    doc.e(host.capsf if caps else g.pick([host.full, host.short]), "PERSON")
    doc.t(up(", telefone "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n\n")
    doc.t(up(f"{city}, {dbr(d0, 'long')}.\n\n"))
    if g.chance(0.4):
        for p in [p1] + ([p2] if p2 else []):
            doc.t("______________________________\n")
            doc.e(p.capsf if caps else p.full, "PERSON")
            doc.t("\n")
    else:
        doc.t("______________________________\n" * (2 if p2 else 1))
    doc.t(f"\n{g.ri(1, 4)}º TABELIONATO DE NOTAS DE {fold(city).upper()}\n")
    doc.t("Reconheço por semelhança a(s) firma(s) de ")
    doc.e(p1.capsf, "PERSON")
    if p2:
        doc.t(" e ")
        doc.e(p2.capsf, "PERSON")
    doc.f(". Em testemunho da verdade.\n«c», «d». «n» — Escrevente Autorizad«o». «s». Emol.: R$ «v».\n", c=city, d=dbr(d0 + datetime.timedelta(days=g.ri(0, 3))),
          n=P(g.pick([clerk.full, clerk.caps])), o=clerk.o, s=selo(g), v=brl(money(g, 6, 14)))
    return doc


JU = [ju_contrato_aulas, ju_contrato_republica, ju_peticao_jec, ju_ata_audiencia, ju_recurso_isencao, ju_bo_furto, ju_autorizacao_viagem]


# --------------------------------------------------------------------------- saude


def sa_prontuario_psico(g: Gen) -> Doc:
    """A student's anxiety counselling record at a psychology teaching clinic or a course's listening service: identification (name, birth date, CPF, CNS sometimes, phone, the guardian of a minor with a phone, address and CEP sometimes, referred by the course's coordinator), the complaint, dated sessions (a relative and a housemate named), the hypothesis (ICD-10 unlabelled), the referral to a CAPS psychiatrist with CRM, the intern and the supervisor's CRP."""
    doc = Doc()
    svc = g.pick(PSY_SERVICES)
    cname = cursinho(g)[0]
    s = student(g)
    psy = g.person(female=g.chance(0.75))
    sup = g.person(female=g.chance(0.6))
    coord = g.person()
    doc.f("«s» — PRONTUÁRIO PSICOLÓGICO (documento sigiloso — Resolução CFP 001/2009)\nRegistro «r»\n\n", s=svc.upper(), r=ra(g))
    fields = [("Nome", pname(g, s, ("full", "caps"))), ("Data de nascimento", (sdob(g, g.pick(["br", "nopad"])), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        r = g.relative(s)
        fields.append(("Responsável", P(g.pick([r.full, r.short]))))
        fields.append(("Tel. responsável", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.55):
        fields.append(("Endereço", (g.address(), "ADDRESS")))
        fields.append(("CEP", (g.cep(), "BR_CEP")))
    fields.append(("Escolaridade", V(g.pick(["ensino médio completo; cursinho pré-vestibular", "3º ano do ensino médio + cursinho", "superior incompleto; preparação para concurso"]))))
    fields.append(("Encaminhamento", V(f"coordenação do {cname}")))
    kv_block(doc, fields, g.pick(["lines", "dots", "box"]))
    if g.chance(0.5):
        doc.f("Coordenador(a) que encaminhou: «n»\n", n=P(g.pick([coord.full, coord.short])))
    doc.t("\n")
    doc.f("QUEIXA PRINCIPAL\n«q».\n\n", q=g.pick(ANX_NOTES).replace("{o}", s.o).capitalize())
    doc.t("EVOLUÇÃO\n")
    d0 = g.day()
    rel = g.relative(s)
    mate = g.person()
    notes = [f"acolhimento; {g.pick(TECHNIQUES)}; combinado contrato terapêutico semanal",
             f"relata discussão com {g.pick(['a mãe', 'o pai', 'a irmã', 'o irmão'])} sobre a escolha do curso; {g.pick(TECHNIQUES)}",
             f"{g.pick(TECHNIQUES)}; conta que a colega de quarto, «m», também está ansiosa com o simulado",
             f"melhora do sono; {g.pick(TECHNIQUES)}; revisado plano de estudos",
             f"crise de choro antes do simulado; {g.pick(TECHNIQUES)}; discutido encaminhamento"]
    for k, n in enumerate(notes[:g.ri(3, 5)]):
        d = d0 + datetime.timedelta(days=7 * k)
        doc.f(f"{dbr(d)} — sessão {k + 1}: " + n + ".\n", r=P(g.pick([rel.first, rel.short])), m=P(g.pick([mate.first, rnick(g, mate)])))
    doc.t(f"\nHIPÓTESE: {g.pick(['transtorno de ansiedade generalizada (F41.1)', 'reação aguda ao estresse (F43.0)', 'transtorno de adaptação (F43.2)', 'ansiedade de desempenho, sem CID fechado'])}.\n")
    if g.chance(0.6):
        dr = g.person()
        doc.f("CONDUTA: encaminhad«o» ao «c» para avaliação psiquiátrica com «x» «n» («k»).\n", o=s.o, c=g.pick(CAPS), x=dra(dr), n=P(g.pick([dr.full, dr.short])),
              k=(g.council("CRM"), "PROFESSIONAL_ID"))
    else:
        doc.t("CONDUTA: manter atendimento semanal até a prova; reavaliar após o resultado.\n")
    if "Escola" in svc:
        doc.f("\n«p» — «a»\nSupervisão: «s» — «c»\n", p=P(g.pick([psy.full, psy.short])), a="estagiária de Psicologia" if psy.female else "estagiário de Psicologia",
              s=P(g.pick([sup.full, sup.caps])), c=(g.council("CRP"), "PROFESSIONAL_ID"))
    else:
        doc.f("\n«p» — «a» — «c»\n", p=P(g.pick([psy.full, psy.short, psy.caps])), a="psicóloga" if psy.female else "psicólogo", c=(g.council("CRP"), "PROFESSIONAL_ID"))
    return doc


def sa_atestado_simulado(g: Gen) -> Doc:
    """A student's e-mail to the course's coordination justifying an absence from a mock exam, quoted under the coordinator's answer (second sitting granted): the medical certificate transcribed (name, CPF, date and hour, days off, ICD-10 unlabelled or withheld, the clinic, the physician's CRM), the enrolment number unlabelled, a phone, the mother in copy, X-Originating-IP; the coordinator's corporate e-mail or the role mailbox."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("privado", "comunitario", "concursos"))
    s = student(g)
    smail = g.email(s)
    coord = g.person(female=g.chance(0.6))
    dr = g.person()
    clin, cldom = g.pick(CLINICS)
    city, uf = g.city()
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 48))
    mom = g.relative(s, female=True) if g.chance(0.4) else None
    corp = g.chance(0.6)
    sim = g.pick(["1º simulado ENEM", "simulado Fuvest 1ª fase", "simulado geral nº 3", "simulado de redação", "simulado concursos policiais"])
    doc.f("De: «f»\nPara: «t»\n", f=(corp_mail(coord, cdom, g), "EMAIL_ADDRESS") if corp else V(f"Coordenação {cname} <{role_mail(g, cdom, g.pick(['coordenacao', 'pedagogico', 'secretaria']))}>"),
          t=(smail, "EMAIL_ADDRESS"))
    if mom:
        doc.f("Cc: «m»\n", m=(g.email(mom), "EMAIL_ADDRESS"))
    doc.f("Data: «d»\nAssunto: RE: Justificativa de falta — «s»\n\n", d=mail_date(t1), s=sim)
    doc.f("Oi, «n»! Recebemos o atestado e sua falta no «s» está justificada. A segunda chamada será «d», às «h», na sala «x». Melhoras!\n\n",
          n=P(g.pick([s.first, s.nick])), s=sim, d=dbr(t1.date() + datetime.timedelta(days=g.ri(3, 15))), h=g.pick(["14h", "8h", "19h"]), x=g.ri(1, 12))
    if corp:
        doc.f("«n»\nCoordenação Pedagógica — «c»\n", n=P(g.pick([coord.full, coord.short])), c=cname)
    else:
        doc.f("Coordenação Pedagógica — «c»\n", c=cname)
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nAssunto: Justificativa de falta — «s»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([s.full, s.low, s.short])), e=(smail, "EMAIL_ADDRESS"),
          d=ts(t0, "br"), s=sim, ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Boa «x», sou «o» alun«o» «n» (matrícula «r»), da turma «t». Não fiz o simulado porque passei mal. Segue o atestado digitado abaixo e a foto em anexo.",
          x=g.pick(["tarde", "noite"]), o=s.o, n=P(g.pick([s.full, s.short])), r=ra(g), t=g.pick(TURMAS))
    if g.chance(0.5):
        doc.f(" Meu celular é «t».", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(" CPF «c», caso precisem para o sistema.", c=(g.cpf(), "BR_CPF"))
    doc.t("\n\n")
    icd = g.pick([("J11", "influenza"), ("A09", "gastroenterite"), ("J03.9", "amigdalite"), ("G43.9", "enxaqueca"), ("H10.3", "conjuntivite"), ("R51", "cefaleia"), ("F41.0", "crise de pânico")])
    doc.f("ATESTADO MÉDICO\nAtesto, para os devidos fins, que «n», CPF «c», foi atendid«o» nesta unidade em «d», às «h», necessitando de «k» dia(s) de afastamento de suas atividades a partir desta data.\n",
          n=P(g.pick([s.full, s.caps])), c=(g.cpf(), "BR_CPF"), o=s.o, d=dbr(t0.date() - datetime.timedelta(days=g.ri(0, 4))), h=g.hm(), k=g.ri(1, 3))
    if g.chance(0.6):
        doc.f("CID-10: «i» (informado com autorização d«o» paciente)\n", i=icd[0], o=s.o)
    else:
        doc.t("CID não informado a pedido do(a) paciente.\n")
    doc.f("«c»", c=clin)
    if g.chance(0.4):
        doc.f(" — CNPJ «j»", j=(g.any_cnpj(), "BR_CNPJ"))
    doc.f(" — «m»/«u»\n«x» «n» — «k»\n", c=clin, m=city, u=uf, x=dra(dr), n=P(g.pick([dr.full, dr.caps])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.t(f"RQE {g.d(5)} — {g.pick(['Clínica Médica', 'Medicina de Família', 'Pediatria'])}\n")
    if mom:
        doc.f("\nCopiei minha mãe, «n», que é a responsável financeira.\n", n=P(g.pick([mom.first, mom.full])))
    return doc


def sa_ficha_saude_pensionato(g: Gen) -> Doc:
    """A boarding house's or república's health sheet of a resident (ruled box, dotted leaders, CAPS labels or lines): name, birth date, CPF, CNS, the health plan and its card number (unlabelled), blood type, allergies, medicines, conditions, the family doctor with CRM and phone sometimes, emergency contacts with phones, the family's address and CEP; the guardian's signature with CPF."""
    doc = Doc()
    house = g.pick(PENSIONATOS + REPUBLICAS[:4])
    s = student(g)
    style = g.pick(["box", "dots", "caps", "lines"])
    city, uf = g.city()
    doc.f("«h»\nFICHA DE SAÚDE E CONTATOS DE EMERGÊNCIA DO(A) MORADOR(A)\n\n", h=house.upper())
    fields = [("Nome", pname(g, s, ("full", "caps"))), ("Data de nascimento", (sdob(g, "br"), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
              ("Cartão SUS", (g.cns(), "BR_CNS"))]
    if g.chance(0.5):
        fields.append(("Plano de saúde", V(g.pick(["Unimed", "Hapvida", "Bradesco Saúde", "SulAmérica", "Amil"]) + " — carteirinha " + carteirinha(g))))
    else:
        fields.append(("Plano de saúde", V("não possui (SUS)")))
    fields.append(("Tipo sanguíneo", V(g.pick(["O+", "A+", "B+", "O-", "AB+", "A-", "não sabe"]))))
    fields.append(("Alergias", V(g.pick(["dipirona", "nenhuma", "camarão", "penicilina", "lactose (intolerância)", "poeira e ácaro"]))))
    med, cond = g.pick([("nenhum", "nenhuma"), ("sertralina 50 mg", "ansiedade em acompanhamento"), ("insulina NPH + regular", "diabetes tipo 1 (E10.9)"),
                        ("bombinha de salbutamol", "asma leve"), ("metilfenidato 10 mg", "TDAH (F90.0)"), ("lamotrigina 100 mg", "epilepsia controlada"),
                        ("nenhum", "enxaqueca (G43.9)")])
    fields.append(("Medicamentos contínuos", V(med)))
    fields.append(("Condições", V(cond)))
    if g.chance(0.45):
        dr = g.person()
        fields.append(("Médico(a) da família", P(g.pick([dr.full, dr.short]))))
        fields.append(("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID")))
        fields.append(("Telefone do consultório", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")))
    fields.append(("Endereço da família", (g.address("caps" if style == "caps" else "text"), "ADDRESS")))
    fields.append(("Cidade/UF", V(f"{city}/{uf}")))
    fields.append(("CEP", (g.cep(), "BR_CEP")))
    kv_block(doc, fields, style)
    doc.t("\nCONTATOS DE EMERGÊNCIA\n")
    rows = []
    for _ in range(g.ri(2, 3)):
        r = g.relative(s) if g.chance(0.7) else g.person()
        rows.append([P(g.pick([r.full, r.short, r.caps])), V(kin(g, r) if r.last == s.last else g.pick(["vizinha", "madrinha", "amiga da família"] if r.female else ["vizinho", "padrinho", "amigo da família"])),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")])
    table_ruled(doc, ["nome", "parentesco", "telefone"], rows, g.pick(["plus", "pipe", "md", "plain"]))
    guard = g.relative(s)
    doc.f("\nAutorizo o pensionato a acionar o SAMU (192) e os contatos acima em caso de emergência.\nResponsável: «n» — CPF «c»\n", n=P(g.pick([guard.full, guard.caps])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_chat_plantao(g: Gen) -> Doc:
    """A lower-case WhatsApp chat with a psychological support service for students (a bot with the CVV's 188, then the psychologist with her CRP): the student's name, birth date, CPF and CNS for the record, the mother's phone for a minor, the session slot, a referral to a CAPS with the physician's name and CRM; names as words in the asides."""
    doc = Doc()
    svc = g.pick(PSY_SERVICES)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(8, 23)), 30, 1800))
    s = student(g)
    psy = g.person(female=g.chance(0.75))
    acct = g.pick([f"{svc}", f"{svc} 💚", f"Acolhimento {cursinho(g)[0]}"])
    if g.chance(0.5):
        doc.f("Conversa do WhatsApp com «a»\n\n", a=acct)
        B, R = V(acct), V("Você")
    else:
        R = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.7) else P(g.pick([s.short, lower(s.first), s.nick]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(*R)
        doc.t("\n\n")
        B = V("Você")
    cl(doc, st(next(tt)), R, g.pick(["oi, queria marcar um horario, to muito ansiosa com a prova" if s.female else "oi, queria marcar um horario, to muito ansioso com a prova",
                                     "boa noite, vcs atendem aluno de cursinho?", "oii é aqui o plantão psicológico?"]))
    cl(doc, st(next(tt)), B, "Olá! Este é o canal de atendimento — «s». Se você estiver em risco agora, ligue 188 (CVV) ou 192 (SAMU). Em instantes uma psicóloga vai te responder 💚", s=svc)
    cl(doc, st(next(tt)), B, "oi! aqui é «a» «n», «x» («k»). pra abrir seu cadastro me manda nome completo, data de nascimento, cpf e cartão do sus se tiver",
       a=a_(psy), n=P(g.pick([lower(psy.first), psy.first, psy.short])), x="psicóloga" if psy.female else "psicólogo", k=(g.council("CRP"), "PROFESSIONAL_ID"))
    doc.t(st(next(tt)))
    doc.e(*R)
    doc.t(": ")
    doc.f("«n» «d» cpf «c»", n=P(g.pick([s.low, s.full])), d=(sdob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.6):
        doc.f(" sus «c»", c=(g.cns(), "BR_CNS"))
    doc.t("\n")
    minor = g.chance(0.45)
    if minor:
        cl(doc, st(next(tt)), B, "como você tem menos de 18, preciso do contato de um responsável")
        r = g.relative(s)
        cl(doc, st(next(tt)), R, "minha «k» «n» «t»", k=kin(g, r), n=P(g.pick([lower(r.first), r.low])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    cl(doc, st(next(tt)), R, g.pick(["tô sem dormir direito, dá um branco quando penso no simulado", "tenho crise de choro toda vez que faço simulado",
                                     "meu coração dispara e dá falta de ar nas provas"]))
    cl(doc, st(next(tt)), B, "«o» por confiar 💚 tenho horário «d» às «h», online ou presencial na sala «x». serve?", d=g.pick(["quinta", "terça", "amanhã"]),
       h=g.pick(["14h", "16h", "18h30"]), x=g.ri(1, 9), o="obrigada" if psy.female else "obrigado")
    if g.chance(0.6):
        cl(doc, st(next(tt)), R, "online pfv, manda o link no «e»", e=(g.email(s), "EMAIL_ADDRESS"))
    else:
        cl(doc, st(next(tt)), R, g.pick(["serve sim", "presencial", "pode ser"]))
    if g.chance(0.55):
        dr = g.person()
        cl(doc, st(next(tt)), B, "e vou te encaminhar também pro «c», «x» «n» atende lá às quartas («k»), leva este encaminhamento", c=lower(g.pick(CAPS)),
           x=lower(dra(dr)), n=P(g.pick([dr.short, lower(dr.short)])), k=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), R, chat_neg(g))
    cl(doc, st(next(tt)), B, "combinado! qualquer coisa antes disso, 188 ou me chama aqui")
    return doc


def sa_laudo_especializado(g: Gen) -> Doc:
    """A medical report supporting a request for specialised assistance at an exam (extra time, a reader, enlarged print, a glucometer): candidate (birth date, CPF), the registration number unlabelled, the condition and ICD-10 code (unlabelled), the resources asked for, the physician's CRM (RQE unlabelled), a neuropsychologist's CRP sometimes, the guardian with CPF, and the course coordinator's cover note with e-mail and phone."""
    doc = Doc()
    s = student(g)
    cond, icd, ask = g.pick(SPECIAL_NEEDS)
    exam = g.pick(EXAMS + CONCURSOS)
    dr = g.person()
    city, uf = g.city()
    doc.f("LAUDO MÉDICO PARA SOLICITAÇÃO DE ATENDIMENTO ESPECIALIZADO\n«e» — inscrição nº «i»\n\n", e=exam.upper() if exam in EXAMS else exam, i=insc(g))
    adult = exam in CONCURSOS or g.chance(0.3)
    doc.f("Paciente: «n»\nData de nascimento: «d»\nCPF: «c»\n", n=pname(g, s, ("full", "caps")),
          d=(g.dob("br", 1980, 2005) if adult else g.dob("br", 2007, 2010), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("CNS: «c»\n", c=(g.cns(), "BR_CNS"))
    if not adult:
        r = g.relative(s)
        doc.f("Responsável legal: «n» — CPF «c»\n", n=P(g.pick([r.full, r.caps])), c=(g.cpf(), "BR_CPF"))
    doc.f("\nDeclaro que «o» paciente acima é portador«a» de «x» (CID-10 «k»), em acompanhamento neste consultório desde «y», ", o=a_(s), a="a" if s.female else "",
          x=cond, k=icd, y=g.ri(2012, 2024))
    doc.f("com diagnóstico confirmado por avaliação clínica«e».\n", e=" e neuropsicológica" if icd.startswith("F") else "")
    doc.f("Recomenda-se, para a realização das provas: «a».\n\n", a=ask)
    doc.f("«c», «d».\n«x» «n»\n«k»", c=city, d=g.date("long"), x=dra(dr), n=P(g.pick([dr.full, dr.caps])), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(" — RQE nº «r» («e»)\n", r=g.d(5), e=g.pick(["Neurologia", "Psiquiatria", "Oftalmologia", "Endocrinologia", "Neurologia Pediátrica"]))
    if icd.startswith("F") and g.chance(0.7):
        np_ = g.person(female=g.chance(0.7))
        doc.f("\nParecer neuropsicológico anexo: «n», neuropsicólog«o» — «k»\n", n=P(g.pick([np_.full, np_.short])), o=np_.o, k=(g.council("CRP"), "PROFESSIONAL_ID"))
    if g.chance(0.7):
        cname, craz, cdom, kind = cursinho(g)
        co = g.person(female=g.chance(0.6))
        doc.f("\n---\nEncaminhamos o laudo d«o» alun«o» «n» para instrução do pedido. Contato da coordenação: «c» · «e» · «t»\n", o=s.o, n=P(g.pick([s.first, s.short])),
              c=P(g.pick([co.full, co.short])), e=(corp_mail(co, cdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, cdom, g.pick(["coordenacao", "atendimentoespecializado", "secretaria"]))),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def sa_prontuario_ubs(g: Gen) -> Doc:
    """A health post's record (e-SUS style SOAP) of a student from another town who lives in a república: birth date, CNS, CPF, mother, the house's address and CEP, phones (a housemate's by nickname), the complaint (gastroenteritis, insomnia before the exam, conjunctivitis in the house, tonsillitis, a panic attack in the mock exam, migraine, chickenpox), ICD-10 unlabelled; the physician's CRM, the nurse's COREN, the community health agent."""
    doc = Doc()
    unit = g.pick(UBS)
    s = student(g)
    mom = g.relative(s, female=True)
    mate = g.person()
    dr = g.person()
    nu = g.person(female=g.chance(0.8))
    acs = g.person(female=g.chance(0.7))
    comp, exam_, icd, desc, plan = g.pick(UBS_CASES)
    t0 = g.moment(hours=(7, 18))
    doc.f("«u» — Prontuário Eletrônico (e-SUS APS)\nAtendimento individual — «t»\n\n", u=unit, t=ts(t0, "br"))
    doc.f("Cidadão: «n»\nDN: «d»   CNS: «c»   CPF: «p»\nMãe: «m»\n", n=pname(g, s, ("full", "caps")), d=(sdob(g, "br"), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"),
          p=(g.cpf(), "BR_CPF"), m=P(g.pick([mom.full, mom.caps])))
    doc.f("Endereço: «a» («h»), «b» — CEP «p»\n", a=(g.address(), "ADDRESS"), h=g.pick(REPUBLICAS), b=g.pick(BAIRROS), p=(g.cep(), "BR_CEP"))
    doc.f("Telefones: «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(" · e-mail «e»", e=(g.email(s), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f(" / recado com «n» (colega de república) «t»", n=P(rnick(g, mate)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nObs.: estudante de cursinho, natural de «c», mora em república há «m» meses. ACS: «a».\n\n", c="/".join(g.city()), m=g.ri(1, 14),
          a=P(g.pick([acs.full, acs.short, acs.first])))
    doc.f("S: «s».\nO: «o».\nA: «i» — «d».\nP: «p».\n\n", s=comp.capitalize(), o=exam_.capitalize(), i=icd, d=desc, p=plan.capitalize())
    doc.f("Atendido por: «x» «n» — «k»\n", x=dra(dr), n=P(g.pick([dr.full, dr.short])), k=(g.council("CRM"), "PROFESSIONAL_ID"))
    doc.f("Acolhimento/triagem: enf. «n» — «k»\n", n=P(g.pick([nu.full, nu.short])), k=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_lista_encaminhamentos(g: Gen) -> Doc:
    """A course's wellbeing programme referral sheet (CSV, TSV or a ruled table): student, birth date, CPF or CNS, reason, where referred (CAPSi, health post, psychology clinic), a guardian's or the student's phone; notes naming students; the social worker's CRESS, the psychologist's CRP, the coordinator's e-mail or the role mailbox."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g)
    city, uf = g.city()
    sw = g.person(female=g.chance(0.8))
    psy = g.person(female=g.chance(0.7))
    doc.f("«c» — Programa de Acolhimento e Permanência\nEncaminhamentos do mês «m»\n\n", c=cname, m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    rows = []
    studs = [student(g) for _ in range(g.ri(4, 6))]
    for s in studs:
        ident_ = (g.cpf(), "BR_CPF") if g.chance(0.6) else (g.cns(g.chance(0.3)), "BR_CNS")
        rows.append([P(g.pick([s.full, s.short, s.caps])), (sdob(g, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), ident_,
                     V(g.pick(["ansiedade pré-prova", "luto na família", "insegurança alimentar", "suspeita de TDAH", "baixa visão sem óculos", "conflito familiar", "insônia"])),
                     V(g.pick(CAPS + UBS[:3] + PSY_SERVICES[:2] + ["CRAS", "óptica social"])), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")])
    cols = ["aluno", "nascimento", "cpf_ou_cns", "motivo", "encaminhado_para", "contato"]
    st = g.pick(["csv", "tsv", "ruled"])
    if st == "csv":
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    elif st == "tsv":
        table_csv(doc, cols, rows, "\t")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "md", "psql", "pipe"]))
    doc.t("\nObservações:\n")
    a, b = g.sample(studs, 2)
    doc.f("- «n» conseguiu óculos pela óptica social; a avó buscou.\n", n=P(g.pick([a.first, a.short])))
    doc.f("- «n» faltou ao CAPSi; ligar para «k» («t»).\n", n=P(g.pick([b.first, b.nick])), k=P(g.pick([g.relative(b).short, g.relative(b).first])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.t("- " + word_neg(g) + "\n")
    doc.f("\n«s» — assistente social — «k»\n", s=P(g.pick([sw.full, sw.short])), k=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("«p» — psicólog«o» — «k»\n", p=P(g.pick([psy.full, psy.short])), o=psy.o, k=(g.council("CRP"), "PROFESSIONAL_ID"))
    co = g.person()
    doc.f("Dúvidas: «e»\n", e=(corp_mail(co, cdom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(role_mail(g, cdom, g.pick(["acolhimento", "servicosocial", "coordenacao", "social"]))))
    return doc


SA = [sa_prontuario_psico, sa_atestado_simulado, sa_ficha_saude_pensionato, sa_chat_plantao, sa_laudo_especializado, sa_prontuario_ubs, sa_lista_encaminhamentos]


# --------------------------------------------------------------------------- financeiro

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


def fi_parcelas(g: Gen) -> Doc:
    """A course's financial statement of a yearly contract (a ruled, psql or blank-aligned table, or CSV): the course's CNPJ, the student (enrolment number unlabelled), the financial guardian's name, CPF, billing address, CEP and e-mail; the instalments (due dates, amounts, scholarship discount, paid by a masked card, Pix or bank slip); the next slip's digitable line and 'nosso número' unlabelled; a renegotiation noted by the attendant."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("privado", "concursos", "online"))
    s = student(g)
    resp = g.relative(s)
    city, uf = g.city()
    att = g.person(female=g.chance(0.7))
    year = g.pick([2025, 2026])
    doc.f("«r» — CNPJ «c»\nEXTRATO FINANCEIRO — CONTRATO «k» — «t» «y»\n\n", r=craz.upper(), c=(g.any_cnpj(), "BR_CNPJ"), k=contrato_no(g), t=g.pick(TURMAS), y=year)
    doc.f("Aluno(a): «n» (RA «a»)", n=pname(g, s, ("full", "caps", "short")), a=ra(g))
    if g.chance(0.5):
        doc.f(" — nasc. «d»", d=(sdob(g, "br"), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f(" — CPF «c»", c=(g.cpf(), "BR_CPF"))
    doc.t("\n")
    if g.chance(0.25):
        s2 = g.relative(resp)
        doc.f("Irmão(ã) com desconto família: «n»\n", n=P(g.pick([s2.full, s2.short])))
    doc.f("Responsável financeiro: «n» — CPF «c»\nEndereço de cobrança: «a» — «b» — «m»/«u» — CEP «p»\nE-mail: «e» · Telefone: «t»\n\n", n=pname(g, resp, ("full", "caps")), c=(g.cpf(), "BR_CPF"),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), m=city, u=uf, p=(g.cep(), "BR_CEP"), e=(g.email(resp), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    val = money(g, 380, 1600)
    bolsa = g.pick([0, 0, 30, 50, 70])
    rows = []
    paid_until = g.ri(2, 9)
    for k in range(1, 13):
        due = f"{g.pick([5, 10, 15])}/{k:02d}/{year}" if False else f"{[5, 10, 15][k % 3]:02d}/{k:02d}/{year}"
        if k <= paid_until:
            forma = g.pick(["Pix", "boleto", f"cartão {g.masked_card()}", "Pix", "débito em conta"])
            sit = "pago"
        elif k <= paid_until + g.ri(0, 2):
            forma, sit = "boleto", "em atraso"
        else:
            forma, sit = "-", "a vencer"
        rows.append([V(f"{k:02d}/12"), V(due), V(brl(val)), V(f"{bolsa}%"), V(brl(val * (100 - bolsa) / 100)), V(forma), V(sit)])
    cols = ["parcela", "vencimento", "valor", "bolsa", "a pagar", "forma", "situação"]
    if g.chance(0.3):
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain", "pipe"]))
    doc.f("\nPróximo boleto — linha digitável: «l»\nNosso número: «n»\n", l=boleto_line(g), n=nosso_numero(g))
    if g.chance(0.6):
        doc.f("\nObs.: acordo registrado por «a» em «d»: parcelas em atraso divididas em «n»x sem juros, conforme Lei 9.870/1999.\n",
              a=P(g.pick([att.full, att.short, att.first])) if g.chance(0.6) else V(login(att, g)), d=g.date("br", year), n=g.ri(2, 5))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_folha_tutores(g: Gen) -> Doc:
    """A course's monthly payroll of teachers and monitors paid as self-employed (RPA) via Pix, in fixed width (names cut at 22) or a ruled table: CPF, PIS/NIT sometimes, hours, rate, gross, INSS 11%, ISS, net, the credit (a Pix key of any kind or agency and account); the coordinator who approved, the finance officer, the accountant's CRC, the batch sent by a login from a public IP."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g)
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«r» — CNPJ «c»\nFOLHA DE PROFESSORES E MONITORES (RPA) — COMPETÊNCIA «k»\n\n", r=fold(craz).upper(), c=(g.any_cnpj(), "BR_CNPJ"), k=comp)
    tuts = [g.person() for _ in range(g.ri(4, 6))]
    fixed = g.chance(0.5)
    if fixed:
        W = 22
        doc.t("PROFESSOR(A)".ljust(W) + "  " + "CPF".ljust(14) + "  " + "NIT".ljust(14) + "  HORAS  VALOR/H     BRUTO   LIQUIDO  CREDITO\n")
        for p in tuts:
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t("  ")
            doc.cell(g.cpf("dot"), 14, "BR_CPF")
            doc.t("  ")
            if g.chance(0.7):
                doc.cell(g.pis("dot"), 14, "BR_PIS")
            else:
                doc.cell("-", 14)
            h = g.ri(8, 80)
            rate = g.pick([35.0, 40.0, 45.0, 50.0, 60.0, 25.0])
            gross = h * rate
            doc.t(f"  {h:>5}  {brl(rate):>7}  {brl(gross):>8}  {brl(gross * 0.84):>8}  ")
            if g.chance(0.65):
                kind_, kv = pix_key(g, p)
                doc.t(f"PIX {fold(kind_).upper()} ")
                doc.e(*kv)
            else:
                b = g.pick(BANKS)
                doc.t(f"{b[0]} AG ")
                doc.e(g.agency(), "BANK_ACCOUNT")
                doc.t(" CC ")
                doc.e(g.account(), "BANK_ACCOUNT")
            doc.t("\n")
    else:
        rows = []
        for p in tuts:
            h = g.ri(8, 80)
            rate = g.pick([35.0, 40.0, 45.0, 50.0, 60.0, 25.0])
            gross = h * rate
            if g.chance(0.65):
                kind_, kv = pix_key(g, p)
                cred = [V(f"Pix ({kind_})"), kv, V("")]
            else:
                b = g.pick(BANKS)
                cred = [V(b[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
            rows.append([P(g.pick([p.full, p.short, p.caps])), (g.cpf(), "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.5) else V("-"), V(g.pick(SUBJECTS)), V(str(h)),
                         V(brl(gross)), V(brl(gross * 0.11)), V(brl(gross * 0.84))] + cred)
        table_ruled(doc, ["professor(a)", "CPF", "PIS/NIT", "disciplina", "horas", "bruto", "INSS", "líquido", "forma", "agência/chave", "conta"], rows,
                    g.pick(["md", "plus", "pipe", "psql"]))
    co, fin, acc = g.person(), g.person(female=g.chance(0.7)), g.person()
    doc.f("\nHoras conferidas por «c» (coordenação). Pagamento: «f».\nContador responsável: «a» — «k»\n", c=P(g.pick([co.full, co.short])),
          f=P(g.pick([fin.full, fin.short])), a=P(g.pick([acc.full, acc.caps])), k=(g.council("CRC"), "PROFESSIONAL_ID"))
    doc.f("Lote Pix enviado por «l» em «t» (IP «i»).\n", l=login(fin, g), t=ts(g.moment(), "brs"), i=(g.ip(), "IP_ADDRESS"))
    return doc


def fi_rateio_republica(g: Gen) -> Doc:
    """A república's monthly bills split pasted in the house's WhatsApp group (lower case): rent to the landlady (her name, agency and account or random key), the power bill ('luz', with the installation number unlabelled), water, internet, the cleaner by name; each resident's share by nickname or name; the treasurer's Pix key of any kind; a new resident's name and CPF for the lease; a CSV of the month sometimes."""
    doc = Doc()
    st = chat_stamp(g)
    tt = iter(seq_times(g, 50, g.moment(hours=(8, 23)), 60, 5000))
    house = g.pick(REPUBLICAS)
    mem = [student(g) for _ in range(g.ri(4, 6))]
    nicks = [rnick(g, p) for p in mem]
    tes = 0

    def sender(k: int) -> tuple:
        r = g.rng.random()
        if r < 0.6:
            return (g.phone("wa"), "PHONE_NUMBER")
        if r < 0.85:
            return P(nicks[k])
        return P(mem[k].short)
    S = [sender(k) for k in range(len(mem))]
    if g.chance(0.4):
        S[tes] = V("Você")
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"{lower(house)} 🏠", f"contas {lower(house)}", "rep - avisos e boletos"]))
    lady = g.person(female=g.chance(0.7))
    clean_ = g.person(True)
    rent = money(g, 1800, 4800)
    luz = money(g, 180, 620)
    agua = money(g, 60, 220)
    net = g.pick([99.9, 119.9, 129.0, 89.9])
    fax = g.pick([240.0, 320.0, 400.0])
    tot = rent + luz + agua + net + fax
    share = tot / len(mem)
    t_first = next(tt)
    mon = MONTHS[t_first.month - 1]
    lines = [f"contas de {mon} 👇", f"aluguel {brl(rent)}"]
    doc.t(st(t_first))
    doc.e(*S[tes])
    doc.t(": ")
    doc.t("\n".join(lines))
    if g.chance(0.5):
        b = g.pick(BANKS)
        doc.f(" (deposito na conta da «x» «n»: «b» ag «a» cc «c»)", x="dona" if lady.female else "seu", n=P(g.pick([lower(lady.first), lady.short])), b=b[1].lower(),
              a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(" (pix da «x» «n»: «k»)", x="dona" if lady.female else "seu", n=P(g.pick([lower(lady.first), lady.short])), k=(g.uuid(), "PIX_KEY"))
    doc.f("\nluz «l» («u»)\nagua «a»\ninternet «i»\nfaxina («n») «f»\ntotal «t» / «k» = «s» cada\n", l=brl(luz), u=uc_luz(g), a=brl(agua), i=brl(net),
          n=P(g.pick([lower(clean_.first), clean_.first])), f=brl(fax), t=brl(tot), k=len(mem), s=brl(share))
    kind_, kv = pix_key(g, mem[tes])
    cl(doc, st(next(tt)), S[tes], "manda o pix pra mim até dia «d» pfv, chave «k»: «v»", d=g.ri(5, 10), k=kind_, v=kv)
    order = list(range(1, len(mem)))
    g.rng.shuffle(order)
    for k in order[:g.ri(2, len(order))]:
        cl(doc, st(next(tt)), S[k], g.pick(["pago ✅", "feito", "mandei", "pago, confere ai", "só consigo dia 15, pode ser?", "<Mídia oculta>"]))
    cl(doc, st(next(tt)), S[g.ri(1, len(mem) - 1)], g.pick(["a luz veio alta pq o ar do quarto 2 ficou ligado o mês inteiro 🙄", "luz subiu de novo, bandeira vermelha",
                                                         "quem deixou a luz do quintal acesa?"]))
    if g.chance(0.5):
        k = g.ri(1, len(mem) - 1)
        cl(doc, st(next(tt)), S[k], "e a vaga da garagem? o carro do «n» (placa «p») tá lá faz 2 meses, tem que pagar os 50 reais", n=P(g.pick([nicks[k - 1], lower(mem[k - 1].first)])),
           p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        new = student(g)
        cl(doc, st(next(tt)), S[tes], "a «x» pediu nome e cpf do bixo novo pro contrato: «n» «c»", x="dona" if lady.female else "seu", n=P(g.pick([new.low, new.full])),
           c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[g.ri(0, len(mem) - 1)], chat_neg(g))
    if g.chance(0.5):
        doc.t("\n--- rateio.csv ---\n")
        rows = []
        for k, p in enumerate(mem):
            rows.append([P(g.pick([p.full, p.short])), V(brl(share)), pix_key(g, p)[1], V(g.pick(["pago", "pago", "pendente"])), V(g.date("br") if g.chance(0.7) else "")])
        table_csv(doc, ["morador", "valor", "chave_pix_reembolso", "status", "pago_em"], rows, g.pick([",", ";"]))
    return doc


def fi_recibos_aulas(g: Gen) -> Doc:
    """Receipts of private lessons (ALL CAPS sometimes, the amount in figures and in words): the payer (a guardian) with CPF, the student, the subject and month, the form of payment (a Pix key of any kind, cash, a transfer to agency and account), the tutor's name and CPF, a home address sometimes."""
    doc = Doc()
    caps = g.chance(0.35)
    up = caps_t if caps else ident
    tut = g.person()
    tcpf = g.cpf()
    city, uf = g.city()
    for k in range(g.ri(2, 3)):
        s = student(g)
        payer = g.relative(s)
        n = g.ri(4, 12)
        v = n * g.pick([60.0, 70.0, 80.0, 90.0, 55.0])
        doc.f(up("RECIBO Nº «k»\n\nRecebi de "), k=f"{g.ri(1, 250):03d}/{g.pick([2025, 2026])}")
        doc.e(payer.capsf if caps else g.pick([payer.full, payer.caps]), "PERSON")
        doc.t(up(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
        doc.t(up(f", a importância de R$ {brl(v)} ({extenso(v)}), referente a {n} aulas particulares de {g.pick(SUBJECTS)} ministradas a "))
        if g.chance(0.6):
            doc.e(s.capsf if caps else g.pick([s.full, s.first, s.short]), "PERSON")
        else:
            doc.t(up("seu filho" if not s.female else "sua filha"))
        doc.t(up(f" no mês de {g.pick(MONTHS)}"))
        r = g.rng.random()
        if r < 0.45:
            kind_, kv = pix_key(g, tut, tcpf)
            doc.t(up(f", pagos por Pix (chave {kind_} "))
            doc.e(*kv)
            doc.t(")")
        elif r < 0.7:
            b = g.pick(BANKS)
            doc.t(up(f", pagos por transferência ao {b[1]}, ag. "))
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(up(", c/c "))
            doc.e(g.account(), "BANK_ACCOUNT")
        else:
            doc.t(up(", pagos em espécie"))
        doc.t(up(f".\n\n{city}, {g.date('long')}.\n\n"))
        doc.e(tut.capsf if caps else tut.full, "PERSON")
        doc.t(up(" — CPF "))
        doc.e(tcpf, "BR_CPF")
        if g.chance(0.35):
            doc.t(up(" — "))
            doc.e(g.address("caps" if caps else "text"), "ADDRESS")
            doc.t(up(", CEP "))
            doc.e(g.cep(), "BR_CEP")
        doc.t("\n\n" + "-" * 40 + "\n\n")
    return doc


def fi_gateway_jsonl(g: Gen) -> Doc:
    """JSON lines exported from an online course's payment gateway: buyer name, e-mail, CPF, phone or null, IP, product, instalments, the card masked (BIN and last four) or a Pix E2E id or a slip's line, status (approved, refunded, chargeback); an affiliate's payout to a random key; a refund to an agency and account; the exporter's login and private IP in the header."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("online",))
    gw = g.pick(GATEWAYS)
    ex = g.person()
    doc.f("# «g» — export de transações «c» — gerado por «l» de «i» em «t»\n", g=gw, c=cname, l=login(ex, g), i=g.ip_priv(), t=ts(g.moment(), "iso"))
    for _ in range(g.ri(4, 6)):
        b = g.person()
        t = g.moment()
        method = g.pick(["credit_card", "credit_card", "pix", "boleto"])
        status = g.pick(["approved", "approved", "approved", "refunded", "chargeback", "waiting_payment"])
        rec = {"id": f"tr_{g.hexs(12)}", "created_at": ts(t, "iso"),
               "buyer": {"name": P(g.pick([b.full, b.caps, b.low])), "email": (g.email(b), "EMAIL_ADDRESS"), "document": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                         "phone": (g.phone("e164"), "PHONE_NUMBER") if g.chance(0.7) else None},
               "ip": (g.ip(), "IP_ADDRESS"),
               "birth_date": (sdob(g, "iso"), "DATE_OF_BIRTH") if g.chance(0.5) else None,
               "product": g.pick(["Plano Anual ENEM", "Extensivo Medicina", "Curso Completo PF", "Redação Nota Mil", "Pacote Concursos Bancários"]),
               "amount": round(money(g, 197, 2997), 2)}
        if method == "credit_card":
            rec["payment"] = {"method": method, "installments": g.ri(1, 12), "card_mask": f"{g.pick(['4', '5'])}{g.d(5)}******{g.d(4)}", "brand": g.pick(["visa", "master", "elo"]),
                              "nsu": nsu(g)}
        elif method == "pix":
            rec["payment"] = {"method": method, "end_to_end_id": e2e(g, t)}
        else:
            rec["payment"] = {"method": method, "line": boleto_line(g)}
        rec["status"] = status
        if status == "refunded" and method != "credit_card":
            bk = g.pick(BANKS)
            rec["refund"] = {"bank": bk[0], "agency": (g.agency(False), "BANK_ACCOUNT"), "account": (g.account(), "BANK_ACCOUNT")}
        if g.chance(0.35):
            af = g.person()
            rec["affiliate"] = {"name": P(g.pick([af.full, af.short])), "pix_key": (g.uuid(), "PIX_KEY"), "commission": round(rec["amount"] * 0.3, 2)}
        jval(doc, rec, None)
        doc.t("\n")
    return doc


def fi_extrato_cursinho(g: Gen) -> Doc:
    """A community course's bank statement in fixed width: the association's CNPJ, agency and account; Pix received from students and donors (names cut at 24 characters), Pix and transfers sent to monitors (agency and account), a foundation's grant with its CNPJ, the power bill ('conta de luz'); document ids unlabelled; the treasurer's note naming donors and a monitor."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("comunitario",))
    b = g.pick(BANKS)
    year = g.pick([2025, 2026])
    mo = g.ri(1, 12)
    doc.f("«b» — EXTRATO DE CONTA CORRENTE\nCliente: «c»\nCNPJ: «j»\nAgência: «a»   Conta: «k»   Período: 01/«m»/«y» a 28/«m»/«y»\n\n", b=b[1].upper(), c=fold(craz).upper(),
          j=(g.cnpj(), "BR_CNPJ"), a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"), m=f"{mo:02d}", y=year)
    W = 24
    doc.t("DATA   " + "HISTORICO".ljust(18) + "  " + "DESCRICAO".ljust(W) + "  DOCUMENTO        VALOR\n")
    saldo = money(g, 200, 3000)
    days = sorted(g.ri(1, 28) for _ in range(g.ri(6, 9)))
    donors = []
    for d in days:
        kind_ = g.pick(["pixin", "pixin", "pixout", "ted", "ted", "luz", "grant", "tarifa"])
        doc.t(f"{d:02d}/{mo:02d}  ")
        if kind_ == "pixin":
            p = g.person()
            donors.append(p)
            doc.t("PIX RECEBIDO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            v = g.pick([20.0, 30.0, 50.0, 100.0, 150.0, 45.0])
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(v):>9} C\n")
            if g.chance(0.5):
                c_ = g.cpf_digits()
                doc.t(" " * 27 + f"CPF ***.{c_[3:6]}.{c_[6:9]}-** · {g.pick(BANKS)[1].upper()}\n")
        elif kind_ == "pixout":
            p = g.person()
            doc.t("PIX ENVIADO".ljust(18) + "  ")
            doc.cell(cut(fold(p.full).upper(), W), W, "PERSON")
            doc.t(f"  {clean(g, lambda: g.d(9)):<15}  {brl(g.pick([200.0, 300.0, 400.0])):>9} D\n")
            kind_, kv = pix_key(g, p)
            doc.t(" " * 27 + f"CHAVE {fold(kind_).upper()}: ")
            doc.e(*kv)
            doc.t("\n")
        elif kind_ == "ted":
            p = g.person()
            doc.t("TED ENVIADA".ljust(18) + "  ")
            ag, cc = g.agency(False), g.account()
            desc = f"AG {ag} CC {cc}"
            doc.t("AG ")
            doc.e(ag, "BANK_ACCOUNT")
            doc.t(" CC ")
            doc.e(cc, "BANK_ACCOUNT")
            doc.t(" " * max(1, W - len(desc)) + "  ")
            doc.e(cut(fold(p.short).upper(), 15), "PERSON")
            doc.t(f"  {brl(g.pick([250.0, 350.0])):>9} D\n")
        elif kind_ == "luz":
            doc.t("PAGTO CONTA".ljust(18) + "  " + "LUZ DO VALE ENERGIA".ljust(W) + f"  {clean(g, lambda: g.d(12)):<15}  {brl(money(g, 90, 400)):>9} D\n")
        elif kind_ == "grant":
            doc.t("TED RECEBIDA".ljust(18) + "  " + g.pick(["FUNDACAO AURORA EDUC", "INSTITUTO LEAO SOCIAL", "ASSOC AMIGOS DO SABER"]).ljust(W) + "  ")
            doc.e(g.cnpj("raw"), "BR_CNPJ")
            doc.t(f"  {brl(g.pick([2000.0, 5000.0, 3500.0])):>8} C\n")
        else:
            doc.t("TARIFA PACOTE".ljust(18) + "  " + "SERVICOS".ljust(W) + "  " + " " * 15 + f"  {brl(g.pick([19.9, 29.9])):>9} D\n")
    doc.t(f"\nSALDO EM 28/{mo:02d}: {brl(saldo)}\n\n")
    tes = g.person(female=g.chance(0.7))
    doc.f("Conferido por «n» (tesouraria). ", n=P(g.pick([tes.full, tes.short])))
    if donors:
        d0 = g.pick(donors)
        doc.f("Agradecer «n» pela doação recorrente; ", n=P(g.pick([d0.first, d0.short])))
    mon = g.person()
    doc.f("bolsa-auxílio de «n» (monitor«a» de «m») paga por TED.\n", n=P(g.pick([mon.first, mon.full])), a="a" if mon.female else "", m=g.pick(SUBJECTS))
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_email_cobranca(g: Gen) -> Doc:
    """An e-mail thread between a course's finance officer and a guardian about overdue fees: the agreement (down payment and instalments, a slip's line unlabelled), the course's random key or agency and account with its CNPJ, the officer's signature and phone; the guardian's quoted message with the student's name and enrolment number, CPF, a new phone, a card number typed sometimes, X-Originating-IP."""
    doc = Doc()
    cname, craz, cdom, kind = cursinho(g, ("privado", "concursos", "online"))
    an = g.person(female=g.chance(0.7))
    gd = g.person()
    s = g.relative(gd)
    gmail = g.email(gd)
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 50))
    corp = g.chance(0.7)
    doc.f("De: «f»\nPara: «t»\nData: «d»\nAssunto: RE: Mensalidades em atraso — «s»\n\n",
          f=(corp_mail(an, cdom, g), "EMAIL_ADDRESS") if corp else V(f"Financeiro {cname} <{role_mail(g, cdom, g.pick(['financeiro', 'cobranca', 'tesouraria']))}>"),
          t=(gmail, "EMAIL_ADDRESS"), d=mail_date(t1), s=P(g.pick([s.first, s.full])))
    e = money(g, 200, 800)
    n = g.ri(2, 6)
    doc.f("Olá, «n»!\n\nConforme conversamos, o acordo ficou assim: entrada de R$ «e» em «d» e «k» parcelas de R$ «p», sem juros.\n", n=P(g.pick([gd.first, gd.full])),
          e=brl(e), d=dbr(t1.date() + datetime.timedelta(days=g.ri(2, 10))), k=n, p=brl(money(g, 300, 900)))
    if g.chance(0.5):
        doc.f("Boleto da entrada: «l»\n", l=boleto_line(g))
    if g.chance(0.55):
        doc.f("Se preferir Pix, a chave aleatória do «c» é «k».\n", c=cname, k=(g.uuid(), "PIX_KEY"))
    else:
        bk = g.pick(BANKS)
        doc.f("Também pode transferir para «b», agência «a», conta «c», «r», CNPJ «j».\n", b=bk[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"),
              r=craz, j=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("Por segurança, não enviamos nem pedimos dados de cartão por e-mail.\n\n")
    if corp:
        doc.f("Att.,\n«n»\nFinanceiro — «c»\n«t»\n", n=P(an.full), c=cname, t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    else:
        doc.f("Att.,\nEquipe Financeira — «c»\n", c=cname)
    doc.t("\n-----Mensagem original-----\n")
    doc.f("De: «n» <«e»>\nEnviada em: «d»\nAssunto: Mensalidades em atraso — «s»\nX-Originating-IP: [«ip»]\n\n", n=P(g.pick([gd.full, gd.low, gd.short])),
          e=(gmail, "EMAIL_ADDRESS"), d=ts(t0, "br"), s=P(g.pick([s.first, s.full])), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Boa «x». Sou «r» «n» (RA «a») e estou com «k» mensalidades atrasadas porque fiquei desempregad«o». Meu CPF é «c».", x=g.pick(["tarde", "noite"]),
          r=g.pick(["a mãe d" + s.o, "a responsável pel" + s.o]) if gd.female else g.pick(["o pai d" + s.o, "o responsável pel" + s.o]),
          n=P(g.pick([s.full, s.first])), a=ra(g), k=g.ri(2, 4), o=gd.o, c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(" Dá para passar a entrada no cartão «k», validade «v»?", k=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    if g.chance(0.6):
        doc.f(" Meu número mudou: «t».", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f(" Os boletos podem vir para o endereço novo: «a», CEP «p».", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("\n\n«n»\n", n=P(g.pick([gd.first, gd.full])))
    return doc


FI = [fi_parcelas, fi_folha_tutores, fi_rateio_republica, fi_recibos_aulas, fi_gateway_jsonl, fi_extrato_cursinho, fi_email_cobranca]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|vigilante|brigadista|sd)\.?\s", v), (rid, v)
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
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
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
    print("hundredtwentyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
