"""Build the hundred-and-tenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11010, 280 records: 4 domains x 7 templates x 10 copies.

Register, not used by the earlier sets as a whole (the eighty-first and eighty-ninth touched gyms and
amateur sports with other documents): GYMS, FITNESS STUDIOS, PERSONAL TRAINERS AND AMATEUR SPORTS --
gym chains and neighbourhood gyms (member sign-up with the PAR-Q, recurring card billing, freezing
and cancellation disputes under the consumer code -- Lei 8.078/1990, art. 42 --, turnstile and
biometric access reports, corporate-wellness partners' check-ins and monthly payouts), personal
trainers and physical-education professionals (CREF, MEI invoices, Pix, service contracts, "pejotização"
labour claims -- Lei 9.696/1998, CLT), pilates, crossfit, swimming, jiu-jitsu, karate and muay thai
studios, running clubs and road races (registrations, bib numbers and chips, age groups, kit pick-up
by a third party, refunds, the medical post), amateur leagues and federations (athletes'
registrations and transfers, the disciplinary court -- TJD, CBJD --, referees' fees, the board's
chat), health paperwork (PAR-Q, a cardiologist's clearance certificate with CRM and RQE,
physiotherapy records with CREFITO, a sports nutritionist's export with CRN, injury reports, an
anti-doping control form), lawsuits (an accident on gym equipment, image rights, a small-claims
hearing), collection agencies chasing unpaid monthly fees, a Procon record. The businesses are
invented (Academia Bento Fit, Rede VivaForte, Smart Leão Academias, Estrela Fit 24h, Academia Rosa
Branca, PowerLuz, Prudente Fitness, Academia Irmãos Bittar, Studio Aurora Pilates, CrossFit
Prudente, CT Leão de Judá, Aquática Vitória Natação, Flor de Lótus Yoga & Pilates, Dojô Hideo Kinjo
de Karatê, Muay Thai Clemente Team, MovePass, BemAtivo, TotalMov, Vitalis Club...).
Layouts vary: WhatsApp exports (Android "dd/mm/yyyy hh:mm - " and iOS "[dd/mm/yyyy, hh:mm:ss]",
members by number or by saved name, "Você" in an export from the treasurer's phone), a Telegram
export (sender once per block), a speech-to-text SAC call (lower case, no accents, the CPF read in
groups or digit by digit in words, a spoken birth date, the CEP and phone in groups) with the typed
record, e-mails with quoted replies (Outlook "-----Mensagem original-----" with X-Originating-IP,
and "> " quoting), one-line JSON app events and JSON lines (a payment gateway, a nutrition app),
"Campo: valor" forms, dotted leaders and ruled boxes, +---+ / psql / pipe / plain / Markdown tables,
semicolon and comma CSV, fixed-width reports (names cut at the field width), an NFS-e print, legal
prose (a civil claim, a labour claim, a sports-court decision, a personal-trainer contract or an
image-rights licence with the e-signature log, hearing minutes with the sentence), an ALL CAPS Procon
record and OCR'd ALL CAPS scans (a paper sign-up form, a collection notice with its AR, a doping
control form).
- atendimento: (0) WhatsApp with a gym chain: bot, then the front desk; cancellation under a
  12-month lock-in (CPF, sometimes first mistyped; a double charge on a masked card; the card's
  holder -- a relative or the spouse -- and his or her CPF; sometimes a full card number typed in the
  chat; the written request with name, address and CEP; e-mail; the personal trainer by first name
  or nickname; a doctor with CRM; the manager); (1) a speech-to-text call to freeze the plan after
  surgery (CPF and birth date spoken, the surgeon, a child on the family plan, the address and CEP
  spoken, the phone; the role mailbox spelled out) and the typed record (CPF, phone, doctor, CRM,
  ICD-10, the agent or his login); (2) an e-mail thread on corporate-wellness check-ins refused at
  the turnstile (the manager's and the HR analyst's corporate e-mails, a table of employees with CPF
  or masked CPF, an employee's phone and Pix key, X-Originating-IP); (3) the gym app's support chat
  as one-line JSON events (session with name, CPF, phone and public IP; a card number typed in the
  chat; new e-mail, address, CEP, emergency contact, phone, corrected birth date; a private
  upstream); (4) a member's sign-up form, digital or an OCR'd paper one (CPF, RG or CNH, birth date,
  address, CEP, phone, e-mail, a minor's guardian with CPF, the emergency contact, the car's plate
  for the parking, the PAR-Q answers, the sales consultant, the evaluator with CREF, the acceptance
  IP); (5) a fixed-width turnstile / biometric access report (names cut, raw CPF or "NAO CAD" or a
  failing number, devices, the controller's private IP) with the manager's notes (a member lending
  his fingerprint, a minor, a car on the disabled bay with its plate and the owner's phone);
  (6) WhatsApp with a race's sign-ups: a kit picked up by a third party (the wrong age group and the
  real birth date, CPF, bib and chip, the authorisation letter with the friend's RG or CNH and CPF,
  phone, e-mail; sometimes a delivery address and CEP).
- juridico: (0) a civil claim for an accident on gym equipment (plaintiff qualified with RG or CNH,
  CPF, sometimes birth date, e-mail, phone, address, CEP; the gym's CNPJ; the instructor on duty
  with CREF; the orthopaedist with CRM; witnesses with CPF; precedents by CNJ number; lawyers with
  OAB and e-mail); (1) a Procon record in ALL CAPS (consumer's CPF, RG, birth date, address, CEP,
  phones, e-mail; the gym's CNPJ; the seller; the gym's answer signed by the manager with a corporate
  or role e-mail; attendant and conciliator); (2) an instructor's labour claim ("pejotização": RG or
  CNH, CPF, NIS/PIS, often the título de eleitor, e-mail, phone, address, CEP, CREF; the MEI's
  corporate name and CNPJ; the coordinator; a random Pix key; witnesses with CPF and sometimes
  address; lawyers); (3) a sports-court (TJD) decision of an amateur league: an athlete registered
  with a forged birth date to play an age category (both birth dates), his CPF, a punch on the
  referee, the second athlete's CPF, address and CEP, auditors, prosecutor, defence lawyer with OAB;
  (4) a personal-trainer service contract (trainer's CREF, CPF, MEI CNPJ, e-mail, phone; the client
  qualified; the Pix key; the doctor's CRM) or an athlete's image-rights licence with a studio
  (licensor qualified, the studio's CNPJ and representative with CPF, the Pix key), a witness, and
  the e-signature log (names, e-mails, public IPs); (5) an OCR'd ALL CAPS collection notice for
  unpaid monthly fees (debtor's CPF, sometimes RG, address, CEP, phone, sometimes e-mail; the gym's
  CNPJ; the agency's random Pix key; its lawyer with OAB) with the AR (receiver with RG, postman);
  (6) small-claims hearing minutes and sentence (charges after cancellation and a member's photo
  used without consent: the author's CPF, lawyers with OAB, the studio's CNPJ, the preposto with RG,
  a witness with CPF, address and CEP, the refund account, the lay judge and the judge, the clerk).
- saude: (0) a cardiologist's clearance certificate after a positive PAR-Q (the clinic's CNPJ and
  landline; the patient's birth date, CPF or CNS, phone, sometimes e-mail; the referring evaluator
  with CREF; an exercise-test table; CRM and RQE); (1) a physiotherapy record (birth date, CPF or CNS,
  sometimes a second CNS line, phone, address, CEP; the orthopaedist with CRM; dated evolution notes
  by two physiotherapists with CREFITO; the personal trainer and his or her WhatsApp; the patient's
  e-mail); (2) a sports nutritionist's app export as JSON lines (name, birth date, e-mail, phone,
  CEP, sometimes CPF) with her note (CRN) on a banned substance a trainer pushed; (3) an amateur
  league's injury report as semicolon CSV (athletes, birth dates, CPF or CNS, phones, the council
  numbers of who attended) and the medical coordinator's e-mail (the coach's car plate, the field
  staff with their councils, CRM or CREFITO, phone); (4) a doping-control form in ruled boxes,
  sometimes an OCR'd paper one (athlete, birth date, RG or CNH, CPF, address, CEP, phone, e-mail;
  declared drugs; a TUE's prescriber with CRM; the doping control officer, the chaperone, the coach
  with CREF, the event physician with CRM); (5) a road race's medical post in Markdown (runners by
  name or by initials, birth date or age, emergency contacts by name or relation with phone, ICD-10;
  the ambulance's plate; a runner identified by the CPF of the sign-up; sometimes a CNS; nurse with
  COREN, physician with CRM); (6) a physical assessment report (birth date, CPF or a masked one, the
  evaluator's CREF; a fixed-width table of measures) and the e-mail thread with the member
  (nutritionist with CRN and WhatsApp, a new phone).
- financeiro: (0) a payment gateway's recurring-billing log as JSON lines (customers by name or by
  id, raw CPF or masked, e-mails, masked cards, public IPs, chargebacks; a DEBUG line leaking a full
  card number with the holder; a private webhook origin) and the analyst's note; (1) a wellness
  platform's payout statement (Markdown or psql: gyms' CNPJ, bank code, agency and account) and an
  owner's e-mail disputing it (employees by name, a new agency and account, phone; the platform's
  answer with a corporate or role e-mail); (2) a personal trainer's NFS-e as an MEI (root + name,
  CNPJ, e-mail, phone, CREF; the taker's name, CPF, phone, address, CEP, e-mail; the Pix key: random,
  CNPJ or e-mail); (3) a collection agency's fixed-width queue (names cut, "SURNAME, GIVEN", typos,
  raw CPF or a failing number, raw phone, raw CEP, collectors' logins) with the collectors' notes (a
  spouse who answered, a new address, CEP and phone; a cancellation never recorded; an agreement on
  the agency's random key; a collector's e-mail or a role mailbox); (4) a race's registration export
  (CSV: name, CPF, birth date, category, team, e-mail, phone, public IP) and a refund e-mail (agency,
  account, the runner's CPF); (5) a studio's instructor payments (CPF, NIT/PIS or MEI, Pix key of
  every kind) with a payment asked into a spouse's account and the accountant's CRC and e-mail;
  (6) an amateur league board's chat -- a Telegram export or a WhatsApp export with "Você" and
  numbers -- (the league's CNPJ and random Pix key, a referee's CPF and key or account, the van's
  plate, an athlete's transfer with CPF and birth date, the president's título de eleitor, an
  e-mail).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"seu", "dona", "Auditor", "Adv."; particles inside a name (de, da, do, das, dos, e) and suffixes
(Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and
nicknames, in lower case or ALL CAPS too, are persons. Staff named in the text are persons:
receptionists, sales consultants, managers, SAC agents, HR and benefit analysts, partnership
analysts, personal trainers, instructors, evaluators, coordinators, physiotherapists, nutritionists,
nurses, physicians, doping control officers and chaperones, referees, auditors, prosecutors,
lawyers, judges, clerks, prepostos, Procon attendants and conciliators, collectors, accountants,
postmen, league directors and treasurers. Logins and system users ("lribeiro69", "cnascimento") and
customer / subscription ids ("cus_eaf7558757", "sub_58d77731621b") are not persons. Corporate
e-mails of people are EMAIL_ADDRESS (also in capitals); role mailboxes (recepcao@, sac@,
cancelamento@, cobranca@, acordos@, inscricoes@, parcerias@, repasses@, tjd@, antidoping@,
agendamento@, nutricao@, juridico@, financeiro@, contabilidade@, dpo@...) are not labelled, nor the
one spelled out in the call ("atendimento arroba ..."). ADDRESS is street type + name + number +
complement, in full, abbreviated, ALL CAPS, lower case or spoken (not bairro, city, UF; the CEP is
BR_CEP). Agency and account are separate BANK_ACCOUNT spans (also a gym's); bank codes and bank
names are not. PIX_KEY only for random (UUID) keys, whoever owns them (a trainer, a member, the
league, a collection agency); a Pix key that is a CPF, a phone, an e-mail or a CNPJ takes that label
(the "tipo" word is not labelled). DATE_OF_BIRTH only for birth dates (dd/mm/yyyy, d/m/yyyy,
dd.mm.yyyy, ISO, long, spoken); sign-up, billing, cancellation, accident, race, match, exam,
evolution, hearing and signature dates are not. Masked values ("630.***.***-32", "•••• 9138",
"453533******0982", "XXXX-XXXX-XXXX-7152") are not labelled.
Decisions of this set (things BLIND_RULES.md does not settle):
- PROFESSIONAL_ID covers CREF (with its -G / -P suffix and UF or region: "CREF 012345-G/SP",
  "CREF-RS 163031-G", "CREF 18/AM 141022-G"), CREFITO, CRN, CRM, COREN, OAB and CRC. The RQE of a
  specialist, the CTPS and the municipal registration are not labelled.
- In the sports-court decision an athlete registered with a forged birth date has two birth dates
  in the text, the forged one on the registration form and the real one from the birth
  certificate: both are DATE_OF_BIRTH (both are offered as his birth date). A birth date corrected in
  an app or in a chat is DATE_OF_BIRTH too.
- Race and league identifiers are not labelled: bib numbers ("nº de peito 3416"), timing chips
  ("chip P1AF44"), age groups ("M35-39"), registrations in a league or federation ("LAFV 2018-76929",
  "BID LDAFA nº 494362"), súmula and process numbers, CBJD articles, doping sample and kit numbers;
  nor gym member registrations ("MAT 676853", "A4586750"), contract numbers, turnstile devices
  ("CAT-02", "BIO-03"), Procon record numbers, prontuário numbers, AR numbers, NFS-e numbers and
  verification codes, subscription, session and customer ids (checked never to hold nine digits in
  a row), coupons, protocols.
- An MEI's corporate name is the CNPJ root followed by the owner's civil name ("46.570.551 LOREDANA
  BORTOLINI"): the name is a PERSON, the 8-digit root is not labelled; the full CNPJ is BR_CNPJ.
- Runners recorded by their initials at the medical post ("C.N.") are not labelled; an emergency
  contact given by relation ("mãe", "treinador") is not labelled, one given by name is a PERSON.
- LICENSE_PLATE: every plate written in the text -- a member's car in the gym's parking, the coach's
  car that carried an injured athlete, the league's van, the ambulance. BR_PIS covers the NIS/PIS of
  a claimant and the NIT of instructors paid by RPA. BR_CNS covers SUS cards.
- CREDIT_CARD: a full card number a member types in a chat or in the app, or one leaked by a DEBUG
  line; its holder there is a PERSON. IP_ADDRESS: public IPv4 / IPv6 of members' and signers' devices
  (app sessions, sign-up acceptance, gateway logs, registrations, X-Originating-IP, e-signatures);
  the turnstile controller, the app's upstream and the webhook origin (10/8, 172.16/12, 192.168/16)
  are not labelled.
- Clinics' landlines are PHONE_NUMBER; the gyms', studios', clinics', leagues', collection agencies'
  and platforms' CNPJ are BR_CNPJ (numeric and the 2026 alphanumeric form, dotted or raw); their
  own seats are never written as ADDRESS. A chat sender shown by name is a PERSON, by number
  PHONE_NUMBER; "Você", the gyms' and races' business names in a chat and the bots (Fitinha, Maromba
  Bot, Vitória, Aurora, Estrela, Bia Fit) are not persons.
- Spoken forms in the call are labelled as they stand: the CPF read in groups or digit by digit in
  words, the birth date ("10 do 2 de 1984"), the CEP in groups, the phone in groups, the address in
  words. Names cut by a fixed-width field, typed with a slip and names and addresses damaged by OCR
  (a "0" for "O", an "l" for "I") are labelled as they stand; identifiers in the OCR'd text are
  printed clean.
- Businesses, teams, races and streets named after people or words are not persons: "Academia
  Irmãos Bittar", "Dojô Hideo Kinjo de Karatê", "Muay Thai Clemente Team", "Academia Bento Fit",
  "Smart Leão Academias", "Prudente Fitness", "Leão & Prudente Advogados Associados", "Juventude
  Prudente FC", "Amigos do Bonfim FC", "Corrida Rústica de São Bento"; "Rua Atleta Adhemar Ferreira
  da Silva, 3640" inside an address is ADDRESS.

Names: Brazilian names of many origins -- Portuguese common, north-eastern and old-fashioned
(Deocleciano, Hermógenes, Euflausina, Odaléia, Zoroastro), coined (Kethelyn, Yasmynne, Wallysson,
Thalisson, Dhiovana, Brunielly), Italian, German, Japanese/Okinawan, Lebanese, Korean, Chinese,
Haitian, Angolan, Nigerian, Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan,
Venezuelan, Armenian, Ukrainian -- with rare or invented name words well above a quarter (main()
prints the share; a word that is also in the common pools never counts as rare). Names that are
also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Pérola, Esperança, Serena,
Dália, Jasmim, Bela, Bento, Prudente, Amado, Clemente, Branco, Justo, Modesto, Leão, Sereno,
Constante, Salvador, Fortunato; surnames Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Aurora,
Estrela, Bonfim, Forte, Guerra, Leal, Serra, Vale, Coelho, Pinheiro) are used as names and,
elsewhere, as words and in gyms, studios, teams, races, places and bots, which are not persons:
"faixa branca", "kimono branco", "foi uma vitória", "seria prudente reduzir a carga", "a luz da sala
de spinning", "camiseta rosa", "postura do leão", "Celeste é a cor da camisa", Academia Rosa Branca,
PowerLuz, Estrela Fit 24h, Aquática Vitória Natação, Flor de Lótus, Box Estrela do Norte, Corrida da
Luz, Night Run Estrela, Meia Maratona Cidade Aurora, Desafio Serra do Leão, Unidos da Luz FC, Real
Branca FC, Vitória do Morro EC, Presidente Prudente, Bento Gonçalves, Vitória da Conquista, Salvador,
Vila Rosa, Jardim Aurora, Bairro da Luz, Praça da Glória, the bots Vitória, Aurora and Estrela.

Hard negatives (never labelled): CNJ numbers (civil and labour courts), 11-digit numbers failing the
CPF check (protocols, mistyped CPFs; the script checks every CPF-shaped run outside a gold span, and
every 11-digit run -- private IPs included -- against the PIS/NIS and CNH checks too), 12-digit runs
(checked not to be a valid título), 15-digit runs (checked not to be valid CNS), 16-digit runs
(checked to fail Luhn), private IPs (checked), bibs, chips, age groups, league registrations,
member registrations, contract and record numbers, ICD-10 codes (S83.2, S93.4, M76.6, M54.5, T67.0,
R55, E86, Z02.5, I10...), money, heart rates and body measures, CBJD articles, laws (Lei
8.078/1990, Lei 9.696/1998, Lei 9.099/1995, Lei 10.406/2002, Lei 9.610/1998, Lei 13.467/2017, Lei
13.709/2018, Lei Complementar 123/2006), businesses, teams and races named after people or words,
streets named after people outside an address, dates that are not births.
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
SEED = 11010
OUT_NAME = "hundredtenth.jsonl"

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    digits = [int(c) for c in nine]
    for top in (10, 11):
        rest = sum(x * (top - i) for i, x in enumerate(digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return f"{digits[9]}{digits[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric or 2026 alphanumeric CNPJ (each character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    weights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (weights, [6] + weights):
        rest = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if rest < 2 else 11 - rest
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if rest == 10 else ("0" if rest == 11 else str(rest))


def cnh_dv(nine: str) -> str | None:
    digits = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(digits, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(digits, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies where the published variants of the algorithm disagree are never used
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    rest = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if rest >= 10 else str(rest)


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
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and \
        sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str(-total % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Elaine",
            "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula", "Sueli", "Larissa",
            "Maria Eduarda", "Lúcia", "Rita", "Priscila", "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata",
            "Natália", "Carolina", "Thaís", "Vitória Maria"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo",
            "Sérgio", "Vinícius", "Roberto", "Jorge", "Thiago", "Henrique", "Guilherme", "Leonardo", "Caio"]
RARE_F = ["Eulália", "Zuleide", "Josineide", "Claudenice", "Marinalva", "Edileusa", "Lucinéia", "Genilda", "Odaléia",
          "Ivanilde", "Dagmar", "Hortência", "Zilá", "Euflausina", "Rosimary", "Deolinda", "Benvinda", "Gilvanete",
          "Alzenira", "Cleidiane", "Maricleide", "Jovelina", "Kethelyn", "Ryanne", "Yasmynne", "Sthefany", "Maryelle",
          "Kemilly", "Lauanny", "Thaynara", "Jhenifer", "Wanessa Kelly", "Myrelle", "Ádria", "Nathiele", "Franciele",
          "Eloá Vitória", "Brunielly", "Samyra", "Dhiovana"]
RARE_M = ["Deocleciano", "Erivaldo", "Genival", "Josivaldo", "Aldenor", "Evilásio", "Lindomar", "Hermógenes", "Osvaldino",
          "Nestório", "Adamastor", "Teotônio", "Manoelito", "Crispim", "Hipólito", "Zoroastro", "Eliomar", "Gildásio",
          "Ivanildo", "Rosivaldo", "Valfredo", "Ozéas", "Jucelino", "Wallysson", "Kayky", "Jhonatan", "Maykon", "Deyvid",
          "Thalisson", "Ruan Pablo", "Kaio Vinícius", "Wesclei", "Dyego", "Erick Wendel", "Lohan", "Nycollas",
          "Rhuan", "Jadiel", "Eliseu", "Abdias"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Glória", "Pérola", "Maria da Luz",
          "Rosa Maria", "Esperança", "Socorro", "Maria das Graças", "Graça", "Serena", "Dália", "Jasmim", "Bela"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Modesto", "Leão", "Vitório", "Sereno",
          "Constante", "Salvador", "Fortunato", "Honório"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo"]
RARE_SUR = ["Bandeira de Melo", "Cabral Tenório", "Wanderley", "Macambira", "Mandacaru", "Cajazeira", "Pirajá", "Tabosa",
            "Feitosa Alencar", "Benevides", "Sobreira", "Bitencourt", "Bittar", "Medrado", "Rebouças", "Arcoverde",
            "Queiroga", "Lustosa", "Holanda Cavalcanti", "Uchôa", "Farias Brito", "Camurça", "Jatobá", "Buriti",
            "Aroeira", "Inhamuns", "Quintela", "Caminha", "Pitombeira", "Coutinho Lins", "Nóbrega", "Vilar", "Remígio",
            "Calado", "Brayner", "Tibúrcio", "Sabóia", "Juruá", "Garapa", "Cambuí"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos",
            "Salvador", "Forte", "Pedreira", "Coelho", "Pinheiro", "Corrêa"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria da Luz": "Luzinha", "Luiz": "Lula", "Rafael": "Rafa", "Gabriel": "Biel",
        "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui", "Henrique": "Rick",
        "Pedro": "Pedrão", "João": "Joãozinho", "Deocleciano": "Cleci", "Hermógenes": "Gena", "Genival": "Gena",
        "Josivaldo": "Zivaldo", "Crispim": "Pim", "Ivanildo": "Nildo", "Rosivaldo": "Rosi", "Kayky": "Kaká",
        "Wallysson": "Wally", "Thalisson": "Thali", "Jhonatan": "Jhow", "Maykon": "Mayk", "Kaio Vinícius": "Kaio",
        "Eulália": "Lalá", "Josineide": "Neide", "Marinalva": "Nalva", "Edileusa": "Leusa", "Claudenice": "Nice",
        "Ivanilde": "Nilde", "Kethelyn": "Keke", "Sthefany": "Teté", "Maria das Graças": "Gracinha", "Graça": "Gracinha",
        "Socorro": "Corrinha", "Aparecida": "Cida", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati",
        "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Eduardo": "Dudu", "Maria Eduarda": "Duda",
        "Salvador": "Dodô", "Fortunato": "Tato", "Honório": "Nonô", "Deyvid": "Deyvinho", "Rhuan": "Ruanzinho"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Loredana"], ["Vittorio", "Guido", "Battista", "Pierluigi"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Bosco", "Brambilla", "Lazzarotto", "Bortolini", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Ursula", "Hilda"], ["Helmut", "Lothar", "Reinholdo", "Egon"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Stoltz", "Hoffmeister", "Wachholz"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Sayuri"], ["Kazuo", "Tadashi", "Shigeru", "Hideo"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Tanaka", "Higa"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Nadia"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Jorge Elias", "Farah", "Nassif", "Rizk", "Khoury"]),
    "kr": (["Min-ji", "Eun-young", "Soo-ah"], ["Jae-won", "Hyun-woo", "Dong-hyun"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Chen"]),
    "ht": (["Mirlande", "Rose-Mickerline", "Fabienne", "Nadège"], ["Wilner", "Jean-Claude", "Dieunel", "Ronald"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Augustin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Teresa Nzola", "Kiesse"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "ng": (["Chiamaka", "Adaeze", "Folake"], ["Chukwuemeka", "Tunde", "Obinna"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"],
           ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Xukuru"]),
    "jw": (["Raquel", "Ester", "Rivka", "Shoshana"], ["Isaac", "Mordechai", "Samuel", "Avraham"],
           ["Rosenblatt", "Wainstein", "Szterenfeld", "Blinder", "Gurfinkel", "Lerner"]),
    "bo": (["Juana", "Rosmery", "Wilma"], ["Wilfredo", "Fortunato", "Ever"], ["Condori", "Apaza", "Ticona", "Colque", "Mamani"]),
    "py": (["Nilda", "Liz Mabel", "Zunilda"], ["Ramón", "Arsenio", "Celso"], ["Benítez", "Ayala", "Giménez", "Ñamandú", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "am": (["Anahid", "Siranush"], ["Haroutiun", "Garabed"], ["Kazarian", "Boghossian", "Tchakerian", "Manukian"]),
    "ua": (["Oksana", "Halyna"], ["Taras", "Bohdan"], ["Kovalchuk", "Boiko", "Melnyk", "Hnatiuk"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Tavares Lopes", "Semedo", "Varela", "Monteiro Fortes"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "ng", "sn", "in", "jw", "bo", "py", "ve", "am", "ua", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.difference_update(["Raquel", "Ester", "Samuel", "Isaac", "Juana", "Wilma", "Nelson", "Odete", "Ronald", "Celso",
                        "Ramón", "Nilda", "Fortunato", "Franciele", "Jhonatan", "Maykon", "Eliseu", "Benevides",
                        "Nóbrega", "Bitencourt", "Wanderley", "Vilar", "Monteiro Fortes", "Tavares Lopes", "Mamani",
                        "Lerner", "Chen", "Jean-Claude"])
RARE.update(["Gemma", "Assunta", "Loredana", "Pierluigi", "Tomasoni", "Pasqualotto", "Zanella", "Lazzarotto", "Bortolini",
             "Ceccon", "Ilse", "Frieda", "Reinholdo", "Egon", "Bernsdorf", "Mallmann", "Schwanke", "Stoltz", "Hoffmeister",
             "Wachholz", "Emiko", "Harumi", "Mitsuko", "Sayuri", "Tadashi", "Shigeru", "Hideo", "Yamashiro", "Kinjo",
             "Taira", "Shimabukuro", "Uehara", "Higa", "Nagib", "Nassif", "Rizk", "Khoury", "Soraya"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Trindade", "Pedreira", "Assunção"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "18", "19", "21", "22", "24", "27", "31", "32", "34", "35", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "73", "75", "79", "81", "82", "83", "84",
        "85", "86", "87", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Rodovia", "Largo"]
STREET_NAMES = ["Chico Mendes", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora", "Estrela Dalva",
                "Doutor Hermógenes Macambira", "Coronel Teotônio Buriti", "Tiradentes", "Quinze de Novembro",
                "Marechal Rondon", "da Paz", "Rosa Branca", "Jorge Amado", "Castro Alves", "Santos Dumont",
                "Ayrton Senna", "dos Esportistas", "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro",
                "das Mangueiras", "Senador Aldenor Sobreira", "Professora Eulália Pirajá", "São Bento", "Beira Rio",
                "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz", "Atleta Adhemar Ferreira da Silva", "Madre Paulina",
                "Pioneiro Egon Wachholz", "Doutor Jamil Khoury", "das Acácias", "Dom Hélder Câmara", "da Glória",
                "Padre Crispim Tabosa", "Vereador Josivaldo Queiroga", "Rio Branco", "Treze de Maio", "do Estádio",
                "Nova Esperança", "Olímpica", "João Havelange", "Mãe Menininha", "Zumbi dos Palmares", "Manoel dos Reis Garrincha"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Duque de Caxias", "RJ"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"),
          ("Londrina", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Canoas", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"),
          ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"),
          ("Boa Vista", "RR"), ("Pedra Branca", "CE"), ("Rio Branco", "AC")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Vila Olímpica", "Jardim Estádio",
           "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Cidade Nova", "Glória", "Benfica",
           "Cajazeiras", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Moinhos de Vento", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("290", "PagSeguro"), ("323", "Mercado Pago"), ("380", "PicPay")]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Liz Mabel", "Maria Eduarda", "Vitória Maria",
                                                  "Wanessa Kelly", "Eloá Vitória", "Teresa Nzola", "Nha Djassi"):
            return g
        return g.split()[0]

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

    @property
    def initial(self) -> str:
        """ "Lucivânia C." """
        return f"{self.first} {self.last[0]}."


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


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
        """Hex ids (sessions, subscriptions, customers); never a run of nine or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{9}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (protocols, contracts, lines in stock)."""
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
            if n == 16 and luhn_ok(v):
                continue
            return v

    def neg_cpf(self) -> str:
        """A CPF-shaped number (dotted) that fails the check: a customer's typo."""
        n = self.neg(11)
        return fmt_cpf(n)

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.11:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.42:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
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

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        if p.female and self.chance(0.6):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

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

    def masked_cpf(self) -> str:
        return self.pick([f"***.{self.d(3)}.{self.d(3)}-**", f"{self.d(3)}.***.***-{self.d(2)}", f"***{self.d(6)}**"])

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
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
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "cdr": f"55{ddd}{local}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "csp": f"0 15 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}",
                          f"final {self.d(4)}", f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}"])

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
        pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre == "2804" or pre == "2801" else 2)]
        tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                          f"::{self.hexs(3)}:{self.hexs(4)}"])
        addr = pre + ":" + ":".join(groups) + tail
        if addr.count(":") > 7:
            addr = pre + ":" + ":".join(groups) + f"::{self.hexs(4)}"
        return addr

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_cgnat(self) -> str:
        return f"100.{self.ri(64, 127)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

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
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "casa dos fundos",
                          f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}", f"barraco {self.ri(1, 12)}", f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")


    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moments(self, n: int, start: datetime.date | None = None, days: int = 2,
                hours: tuple[int, int] = (0, 24)) -> list[datetime.datetime]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        out = []
        span = list(range(days * 86400))
        for s in sorted(self.rng.sample(span, n)):
            t = base + datetime.timedelta(seconds=s)
            if not hours[0] <= t.hour < hours[1]:
                t = t.replace(hour=self.ri(hours[0], hours[1] - 1))
            out.append(t)
        return sorted(out)

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRESS":
            return self.pick([f"CRESS/{uf} {dotted}", f"CRESS {self.ri(1, 25)}ª Região nº {n}", f"CRESS-{uf} {n}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC {self.ri(1, 2)}{uf}{n:06d}/O-{self.ri(0, 9)}",
                              f"CRC/{uf} {dotted}"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CREF":
            c = f"{self.ri(1, 199999):06d}"
            return self.pick([f"CREF {c}-G/{uf}", f"CREF {c}-G/{uf}", f"CREF {c.lstrip('0')}-G/{uf}", f"CREF-{uf} {c}-G",
                              f"CREF {self.ri(1, 20)}/{uf} {c}-G", f"CREF {c}-P/{uf}", f"CREF nº {c}-G/{uf}"])
        if kind == "CRN":
            return self.pick([f"CRN-{self.ri(1, 11)} {self.ri(1000, 99999)}", f"CRN{self.ri(1, 11)} {self.ri(1000, 99999)}/P",
                              f"CRN-{self.ri(1, 11)}/{uf} {self.ri(1000, 99999)}"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {n}", f"CRF/{uf} {dotted}"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'XII', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])



OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I")]


def ocr(s: str, g: Gen, rate: float = 0.35) -> str:
    """Zero to two OCR confusions in a name, word or address (identifiers are printed clean)."""
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
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"),
            "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"),
            "radius": f"{DAY_EN[t.weekday()]} {MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')} {t.year}",
            "syslog": f"{MON_EN[t.month - 1]} {t.day:2d} {t.strftime('%H:%M:%S')}",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


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


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def nf(g: Gen, p: Person, forms: list[str] | None = None) -> str:
    """One written form of a person's name."""
    form = g.pick(forms or ["full", "full", "full", "short", "caps", "low", "first"])
    return {"full": p.full, "short": p.short, "caps": p.caps, "capsf": p.capsf, "low": p.low, "inverted": p.inverted,
            "first": p.first, "last": p.last, "nick": p.nick, "lowfirst": fold(p.first).lower(),
            "lowshort": fold(p.short).lower(), "initial": p.initial}[form]


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe ('pipe') or plain fixed-width ('plain') table."""
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
        if not v:
            doc.t("[]")
            return
        if indent is None:
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
        enc = json.dumps(s, ensure_ascii=False)
        assert enc == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))








def kv_block(g: Gen, doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
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
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


def join_names(doc: Doc, names: list[str], last: str = " e ") -> None:
    for k, n in enumerate(names):
        if k:
            doc.t(last if k == len(names) - 1 else ", ")
        doc.e(n, "PERSON")






def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["profissional de educação física", "instrutora de pilates", "recepcionista", "professora de natação",
              "personal trainer", "consultora de vendas", "auxiliar administrativa", "atleta amadora", "estudante"],
        False: ["profissional de educação física", "instrutor de musculação", "professor de jiu-jitsu", "personal trainer",
               "recepcionista", "técnico de futsal", "auxiliar de limpeza", "atleta amador", "estudante"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "PC/RS", "SSP/GO", "SEJUSP/MS"]


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job: str | None = None) -> None:
    """'NAME, brasileira, solteira, catadora, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.f(up(", nascid«o» em "), o=p.o.upper() if caps else p.o)
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2004), "DATE_OF_BIRTH")
    if rg and g.chance(0.2):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", NIS/PIS nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(up(", e-mail ") if not caps else ", E-MAIL ")
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


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciapopular.adv.br", "defensoria.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")


# --------------------------------------------------------------------------- register: gyms, trainers, amateur sports

GYMS = [("Academia Bento Fit", "Bento Fit Academia de Ginástica Ltda.", "bentofit.com.br"),
        ("Rede VivaForte", "VivaForte Fitness S.A.", "vivaforte.com.br"),
        ("Smart Leão Academias", "Leão Academias e Participações Ltda.", "leaoacademias.com.br"),
        ("Estrela Fit 24h", "Estrela Fitness 24 Horas Ltda.", "estrelafit24h.com.br"),
        ("Academia Corpo em Movimento", "Corpo em Movimento Academia de Ginástica Ltda.", "corpoemmovimento.com.br"),
        ("Academia Rosa Branca", "Rosa Branca Esportes e Saúde Ltda. ME", "academiarosabranca.com.br"),
        ("PowerLuz Academia", "Luz Fitness Comércio e Serviços Ltda.", "powerluz.com.br"),
        ("Prudente Fitness", "Prudente Fitness Academia Ltda.", "prudentefitness.com.br"),
        ("Academia Irmãos Bittar", "Bittar & Bittar Atividades Físicas Ltda.", "irmaosbittar.com.br")]
STUDIOS = [("Studio Aurora Pilates", "pilates", "aurorapilates.com.br"), ("CrossFit Prudente", "crossfit", "crossfitprudente.com.br"),
           ("CT Leão de Judá", "jiu-jitsu", "ctleaodejuda.com.br"), ("Aquática Vitória Natação", "natação", "vitorianatacao.com.br"),
           ("Flor de Lótus Yoga & Pilates", "pilates", "flordelotus.com.br"), ("Box Estrela do Norte", "crossfit", "boxestreladonorte.com.br"),
           ("Dojô Hideo Kinjo de Karatê", "karatê", "dojokinjo.com.br"), ("Escola de Natação Golfinho Celeste", "natação", "golfinhoceleste.com.br"),
           ("Muay Thai Clemente Team", "muay thai", "clementeteam.com.br"), ("Assessoria Pés Ligeiros", "corrida", "pesligeiros.com.br")]
WELLNESS = [("MovePass", "movepass.com.br"), ("BemAtivo Corporativo", "bemativo.com.br"), ("TotalMov Benefícios", "totalmov.com.br"),
            ("Vitalis Club", "vitalisclub.com.br")]
EMPLOYERS = [("Transportadora Serra Azul Ltda.", "serraazul.com.br"), ("Banco Cooperativo Aurora S.A.", "bancoaurora.com.br"),
             ("Laticínios Bom Pastor S.A.", "bompastor.com.br"), ("Call Center Voz Ativa Ltda.", "vozativa.com.br"),
             ("Hospital Santa Luzia", "hsantaluzia.org.br"), ("Construtora Pedra Branca S.A.", "pedrabranca.com.br"),
             ("Supermercados Leal Ltda.", "supermercadosleal.com.br")]
RACES = [("Corrida da Luz 10K", "corridadaluz.com.br"), ("Night Run Estrela 5K/10K", "nightrunestrela.com.br"),
         ("Meia Maratona Cidade Aurora", "meiaaurora.com.br"), ("Desafio Serra do Leão Trail 21K", "serradoleaotrail.com.br"),
         ("Corrida Rosa — Outubro Rosa 5K", "corridarosa.com.br"), ("Circuito Vitória das Águas", "circuitovitoria.com.br"),
         ("Maratona Prudente 42K", "maratonaprudente.com.br"), ("Corrida Rústica de São Bento", "rusticasaobento.com.br")]
ORGANISERS = ["Chip & Cia Cronometragem Ltda.", "Pódio Eventos Esportivos Ltda.", "Largada Certa Assessoria Esportiva Ltda.",
              "Bento Sports Eventos ME"]
LEAGUES = [("Liga Amadora de Futsal do Vale", "LAFV", "lafv.org.br"), ("Federação Metropolitana de Jiu-Jitsu", "FMJJ", "fmjj.org.br"),
           ("Liga Desportiva Aurora de Futebol Amador", "LDAFA", "ldafa.org.br"), ("Liga Municipal de Basquete Master", "LMBM", "lmbm.org.br"),
           ("Federação Amadora de Vôlei de Praia", "FAVP", "favp.org.br"), ("Liga Comunitária de Futebol Society Leste", "LCFSL", "lcfsl.org.br")]
TEAMS = ["Grêmio Recreativo Estrela da Vila", "Juventude Prudente FC", "Leões da Serra EC", "Unidos da Luz FC", "Aurora Futsal",
         "Vitória do Morro EC", "Flor do Campo FC", "Real Branca FC", "Esporte Clube São Bento", "Amigos do Bonfim FC",
         "Galáticos da Cohab", "Atlético Vila Operária", "Nova Esperança FC", "Botafogo da Pituba"]
COLLECTORS = [("Recupera Assessoria de Cobrança Ltda.", "recuperacobranca.com.br"), ("Cobrafácil Recuperação de Crédito Ltda.", "cobrafacil.com.br"),
              ("Leão & Prudente Advogados Associados", "leaoprudente.adv.br"), ("Quita Já Soluções Financeiras Ltda.", "quitaja.com.br")]
CLINICS = [("Clínica Movimento Fisioterapia", "clinicamovimento.com.br"), ("Instituto do Joelho Aurora", "institutoaurora.med.br"),
           ("Ortopedia e Esporte Santa Luzia", "ortoluzia.com.br"), ("Clínica Corpo Leve Nutrição", "corpoleve.com.br"),
           ("Centro de Medicina Esportiva Bonfim", "cmebonfim.med.br")]
PLANS = ["Plano Black 12 meses", "Plano Anual Fit (fidelidade 12 meses)", "Mensal sem fidelidade", "Semestral Smart",
         "Plano Família", "Recorrente Smart", "Plano Anual Pago à Vista", "Plano Estudante"]
ADULT_MOD = ["musculação", "pilates aparelhos", "crossfit", "natação adulto", "hidroginástica", "jiu-jitsu", "muay thai",
             "spinning", "funcional", "corrida (assessoria)", "yoga"]
PHYSIO_ICD = [("S83.2", "lesão de menisco"), ("S83.5", "entorse do joelho com lesão do LCA"), ("S93.4", "entorse do tornozelo"),
              ("M76.6", "tendinite do calcâneo"), ("M75.1", "síndrome do manguito rotador"), ("M54.5", "dor lombar baixa"),
              ("M62.6", "distensão muscular"), ("S76.1", "lesão do quadríceps"), ("M22.2", "transtorno femoropatelar"),
              ("M76.3", "síndrome da banda iliotibial"), ("M77.1", "epicondilite lateral")]
MODALITIES = ["musculação", "pilates solo", "pilates aparelhos", "crossfit", "natação adulto", "hidroginástica", "jiu-jitsu",
              "muay thai", "spinning", "funcional", "karatê infantil", "natação infantil", "corrida (assessoria)", "yoga"]
SPORT_ICD = [("S83.2", "lesão de menisco"), ("S83.5", "entorse do joelho com lesão do LCA"), ("S93.4", "entorse do tornozelo"),
             ("M76.6", "tendinite do calcâneo"), ("M75.1", "síndrome do manguito rotador"), ("S43.0", "luxação do ombro"),
             ("M54.5", "dor lombar baixa"), ("M62.6", "distensão muscular"), ("S76.1", "lesão do quadríceps"),
             ("S86.0", "lesão do tendão de Aquiles"), ("M22.2", "transtorno femoropatelar"), ("S62.6", "fratura de falange"),
             ("S52.5", "fratura da extremidade distal do rádio"), ("M77.1", "epicondilite lateral"), ("S02.2", "fratura dos ossos nasais")]
HEAT_ICD = [("T67.0", "intermação"), ("E86", "desidratação"), ("R55", "síncope"), ("T67.1", "síncope pelo calor"),
            ("M62.8", "cãibra / rabdomiólise leve"), ("S00.8", "escoriação em face"), ("S80.0", "contusão do joelho"), ("R07.4", "dor torácica")]
ACCIDENTS = [("leg press 45°", "a trava de segurança cedeu e o carrinho desceu com a carga sobre seus joelhos"),
             ("cross-over", "o cabo de aço se rompeu e a polia atingiu seu rosto"),
             ("esteira ergométrica", "a esteira acelerou sozinha até a velocidade máxima e o lançou contra a parede"),
             ("banco de supino", "o banco soltou do suporte e a barra caiu sobre seu tórax"),
             ("smith machine", "o gancho da barra não travou e a barra desceu sobre seu ombro"),
             ("puxador alto (pulley)", "o pino de seleção de carga saiu e as placas despencaram sobre sua mão"),
             ("cadeira extensora", "o encosto se desprendeu durante a série"),
             ("caixa de salto (box jump)", "a caixa de madeira, com a base rachada, virou no salto"),
             ("reformer de pilates", "a mola se soltou e o carrinho bateu em seu joelho")]
ROLE_BOXES = ["recepcao", "sac", "ouvidoria", "contato", "financeiro", "juridico", "rh", "cancelamento", "cobranca", "atendimento",
              "inscricoes", "secretaria", "tjd", "protocolo", "diretoria", "dpo", "privacidade", "parcerias", "repasses",
              "naoresponda", "nfe", "contabilidade", "medico", "antidoping", "kit", "resultados", "cadastro", "wellness",
              "suporte", "arbitragem", "agendamento", "nutricao", "fisioterapia", "comercial", "transferencias", "acordos"]
BOTS = ["Fitinha", "Maromba Bot", "Vitória", "Aurora", "Estrela", "Bia Fit"]
CBJD = ["art. 243-F", "art. 254", "art. 254-A", "art. 258", "art. 258-B", "art. 243", "art. 250", "art. 214", "art. 191, III"]
SUBSTANCES = ["furosemida", "estanozolol", "oxandrolona", "clembuterol", "sibutramina", "metilhexanamina (DMAA)", "hidroclorotiazida",
              "nandrolona"]


def gym(g: Gen) -> tuple[str, str, str]:
    return g.pick(GYMS)


def studio(g: Gen) -> tuple[str, str, str]:
    return g.pick(STUDIOS)


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


def fee(g: Gen, lo: int = 79, hi: int = 269) -> float:
    return g.ri(lo, hi) + g.pick([0.0, 0.9, 0.99, 0.9, 0.5])


def member_id(g: Gen) -> str:
    """A gym member's registration (internal id, never labelled)."""
    return g.pick([f"MAT {g.d(6)}", f"#{g.ri(1000, 99999)}", f"ID {g.up(2)}{g.d(5)}", f"{g.ri(100, 999)}.{g.d(3)}", f"A{g.d(7)}"])


def mei_cnpj(g: Gen) -> str:
    """An MEI's CNPJ (a single establishment, /0001)."""
    while True:
        c = g.cnpj()
        if "/0001-" in c:
            return c


def mei_root(c: str) -> str:
    """The 8-digit root of a CNPJ, dotted, that opens an MEI's corporate name (never labelled: it is not a whole CNPJ)."""
    return c[:10]


def contract_no(g: Gen, year: int | None = None) -> str:
    return g.pick([f"CT-{year or g.ri(2023, 2026)}-{g.d(6)}", f"{g.d(7)}/{year or g.ri(2023, 2026)}", f"Contrato nº {g.d(8)}"])


def chip(g: Gen) -> str:
    return f"{g.up(1)}{g.hexs(5, True)}"


def bib(g: Gen) -> str:
    return str(g.ri(1, 8999))


def fed_reg(g: Gen, sigla: str) -> str:
    """An athlete's registration in a league or federation (never labelled)."""
    return g.pick([f"{sigla} {g.ri(2015, 2026)}-{g.d(5)}", f"{g.d(6)}-{sigla}", f"BID {sigla} nº {g.d(6)}"])


def age_group(female: bool, year: int, race_year: int) -> str:
    age = race_year - year
    lo = max(18, age - age % 5)
    return f"{'F' if female else 'M'}{lo}-{lo + 4}"


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(tipo, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def word_neg(g: Gen) -> str:
    """A sentence where a word that is also a name stands as a word, a place or a company."""
    return g.pick(["A faixa branca é obrigatória nos três primeiros meses.", "Foi uma vitória terminar a meia maratona abaixo de 2h.",
                   "Seria prudente reduzir a carga no agachamento até a fisio liberar.", "A luz da sala de spinning queimou de novo.",
                   "Camiseta rosa para as inscritas do Outubro Rosa.", "Aula de yoga com a postura do leão às 7h.",
                   "O Estrela Fit 24h de Vitória da Conquista abriu unidade nova.", "O tatame da sala 2 está rasgado, cuidado.",
                   "Bento Gonçalves recebe a etapa do circuito em maio.", "Passamos pela Serra do Leão no longão de domingo.",
                   "A raia 3 fica reservada para a equipe master.", "Treino de força em jejum não é recomendado.",
                   "O treino foi na Praça da Glória por causa da chuva.", "Esperança é que a academia volte a abrir no feriado.",
                   "Quem chegar atrasado aquece sozinho, sem exceção.", "Faixa roxa só com quatro graus na faixa azul.",
                   "A Flor de Lótus mandou o cronograma das aulas de sábado.", "O vestiário masculino está sem luz desde ontem.",
                   "Kimono branco é obrigatório na graduação de sábado.", "A etapa de Salvador do circuito foi adiada por causa da chuva.",
                   "Celeste é a cor da camisa do time visitante.", "Ninguém ama burpee, mas o treino amado da turma é o de sábado."])


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(ios: bool):
    def st(t: datetime.datetime) -> str:
        return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "
    return st


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (envelope id upper-case UUID, not labelled)."""
    doc.f("\nLOG DE ASSINATURAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 600))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (selfie + token)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14"}


# =========================================================================== atendimento


def at_zap_cancelamento(g: Gen) -> Doc:
    """WhatsApp with a gym chain: bot, then the front desk; cancellation under a 12-month lock-in, double card charge, payer."""
    doc = Doc()
    fan, raz, dom = gym(g)
    m = g.person()
    att = g.person(female=g.chance(0.6))
    mgr = g.person()
    bot = g.pick(BOTS)
    unit = g.pick(BAIRROS)
    st = chat_stamp(g.chance(0.4))
    t0 = g.moments(1, g.day(), 1, (6, 22))[0]
    tt = iter(seq_times(g, 40, t0, 20, 500))
    ddd, local = g.msisdn()
    if g.chance(0.94):
        me = (g.fmt_phone(ddd, local, "wa"), "PHONE_NUMBER")
    else:
        me = (g.pick([m.first, m.short, m.full, lower(m.first)]), "PERSON")
    H = (f"{fan} - Atendimento", None)
    doc.f("Conversa do WhatsApp com «f» - Atendimento\n\n", f=fan)
    cl(doc, st(next(tt)), H, f"Oi! Eu sou a {bot}, assistente virtual da {fan} 💪 Digite: 1 Planos | 2 Financeiro | 3 Cancelamento | "
                             "4 Trancamento | 5 Falar com a recepção")
    cl(doc, st(next(tt)), me, g.pick(["3", "cancelamento", "3 cancelar"]))
    cl(doc, st(next(tt)), H, "Para localizar o contrato, informe o CPF do titular do plano.")
    cpf = g.cpf()
    if g.chance(0.3):
        cl(doc, st(next(tt)), me, "«x»", x=g.neg_cpf())
        cl(doc, st(next(tt)), H, "CPF inválido. Confira os números e envie de novo.")
        cl(doc, st(next(tt)), me, "«x» desculpa", x=(cpf, "BR_CPF"))
    else:
        cl(doc, st(next(tt)), me, "«x»", x=(cpf, "BR_CPF"))
    plan = g.pick(PLANS)
    sign = g.after(t0.date(), -300, -40)
    cl(doc, st(next(tt)), H, "Localizei o «p» (matrícula «mt») na unidade «u». Vou transferir para a recepção, aguarde.",
       p=plan, mt=member_id(g), u=unit)
    cl(doc, st(next(tt)), H, "Oi «n», tudo bem? Aqui é «a», da recepção «u». Posso saber o motivo do cancelamento?",
       n=P(g.pick([m.first, m.first, lower(m.first)])), a=P(g.pick([att.first, att.short])), u=unit)
    cl(doc, st(next(tt)), me, g.pick(["mudei de cidade, não tem unidade de vcs lá", "perdi o emprego, não dá mais",
                                      "to com lesão no joelho e o ortopedista mandou parar", "academia vive lotada e o ar não funciona",
                                      "vou treinar no condominio agora"]))
    pct = g.pick([10, 20, 30])
    cl(doc, st(next(tt)), H, "Seu plano tem fidelidade de 12 meses, assinado em «d». O cancelamento antecipado tem multa de «pc»% "
                             "das parcelas restantes, que hoje dá R$ «v».", d=dbr(sign), pc=pct, v=brl(fee(g, 90, 480)))
    cl(doc, st(next(tt)), me, g.pick(["isso não me falaram na venda", "o consultor disse que podia cancelar quando quisesse",
                                      "mas isso é abusivo, o CDC não permite multa assim"]))
    cl(doc, st(next(tt)), me, "e outra coisa, cobraram duas vezes no cartão «c» esse mês", c=g.masked_card())
    payer = None
    if g.chance(0.55):
        payer = g.relative(m) if g.chance(0.5) else g.spouse(m)
        cl(doc, st(next(tt)), H, "Vou verificar a duplicidade. O cartão cadastrado está no nome de «p», confere?",
           p=P(g.pick([payer.caps, payer.full])))
        cl(doc, st(next(tt)), me, g.pick(["sim, é «r» que paga", "isso, quem paga é «r»"]), r="ela" if payer.female else "ele")
        cl(doc, st(next(tt)), H, "Para o estorno precisamos do CPF do titular do cartão.")
        cl(doc, st(next(tt)), me, "«x»", x=(g.cpf(), "BR_CPF"))
    else:
        cl(doc, st(next(tt)), H, "Vou verificar a duplicidade com o financeiro.")
    if g.chance(0.25):
        cl(doc, st(next(tt)), me, "se for mais fácil pode estornar nesse aqui: «c»", c=(g.card(spaced=g.chance(0.6)), "CREDIT_CARD"))
        cl(doc, st(next(tt)), H, "Por segurança não envie número de cartão por aqui! O estorno volta sempre no mesmo cartão da cobrança.")
    cl(doc, st(next(tt)), H, "Para formalizar o cancelamento preciso do pedido por escrito com nome completo e endereço. Pode mandar aqui.")
    city, uf = g.city()
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "«n», cpf «c», «a», «b», «ci» cep «cep»", n=P(g.pick([m.full, m.low])), c=(cpf, "BR_CPF"),
           a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), ci=f"{city}/{uf}", cep=(g.cep(g.chance(0.7)), "BR_CEP"))
    else:
        cl(doc, st(next(tt)), me, "Eu, «n», solicito o cancelamento do meu plano. Endereço «a» - «ci», CEP «cep»",
           n=P(g.pick([m.full, m.caps])), a=(g.address("text"), "ADDRESS"), ci=f"{city}-{uf}", cep=(g.cep(), "BR_CEP"))
    cl(doc, st(next(tt)), me, "manda a confirmação no email «e»", e=(g.email(m), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        pt = g.person()
        cl(doc, st(next(tt)), me, "«o» «p», «m» personal, falou que com atestado vcs tiram a multa", p=P(g.pick([pt.first, pt.nick])),
           o="a" if pt.female else "o", m="minha" if pt.female else "meu")
        doc_ = g.person()
        cl(doc, st(next(tt)), H, "Com atestado médico legível (nome e CRM) o cancelamento sem multa vai para análise. Pode enviar a foto.")
        cl(doc, st(next(tt)), me, "<Mídia oculta>")
        cl(doc, st(next(tt)), me, "é «dr» «d», «c»", d=P(g.pick([doc_.full, doc_.short])), c=(g.council("CRM"), "PROFESSIONAL_ID"),
           dr=g.pick(["da dra", "da dra."]) if doc_.female else g.pick(["do dr", "do dr."]))
    cl(doc, st(next(tt)), H, "Registrado sob o protocolo «pr». A multa fica suspensa até a análise do gerente, «g». Resposta em até 5 dias "
                             "úteis por e-mail.", pr=g.protocol(), g=g.pick([P(mgr.full), P(mgr.first), V("da unidade")]))
    cl(doc, st(next(tt)), me, g.pick(["ok", "se não resolver vou no Procon", "vou aguardar", "👍"]))
    if g.chance(0.3):
        cl(doc, st(next(tt)), H, word_neg(g))
    return doc


def at_stt_trancamento(g: Gen) -> Doc:
    """Speech-to-text call to a gym chain's SAC: freezing the plan after surgery; typed record in dotted leaders."""
    doc = Doc()
    fan, raz, dom = gym(g)
    ag = g.person(female=g.chance(0.6))
    c = g.person()
    cpf = g.cpf_digits()
    ddd, local = g.msisdn()
    dr = g.person()
    doc.f("[transcricao automatica | sac «f» | chamada «id» | dur «mm»min | fila: trancamento]\n\n", f=lower(fan), id=g.hexs(12),
          mm=g.ri(5, 19))
    A, C = "agente: ", "cliente: "
    doc.f(A + "«f» boa tarde meu nome e «a» com quem eu falo\n", f=lower(fan), a=P(lower(ag.first)))
    doc.f(C + "oi boa tarde e «n»\n", n=P(lower(g.pick([c.full, c.short, c.first]))))
    doc.f(A + "me confirma o cpf do titular por favor\n" + C + "«x»\n", x=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    doc.f(C + "eu fiz uma cirurgia no «p» e vou ficar «s» semanas parad«o» queria trancar o plano sem pagar\n",
          p=g.pick(["joelho", "ombro", "tornozelo", "menisco", "tendao"]), s=g.ri(4, 12), o=c.o)
    doc.f(A + "no seu plano o trancamento e de ate «d» dias por ano precisa do atestado com cid e crm do medico\n"
          + C + "tenho sim foi o doutor «m» do «h»\n", d=g.pick([30, 60, 90]), m=P(lower(g.pick([dr.full, dr.short]))),
          h=lower(g.pick(CLINICS)[0]))
    if g.chance(0.8):
        doc.f(A + "o endereco de cobranca continua o mesmo\n" + C + "nao mudei agora e «a» cep «cep»\n",
              a=(g.address("stt"), "ADDRESS"), cep=(g.pick([g.cep(False), " ".join(g.cep(False)[i:i + 2] for i in (0, 2, 4, 6))]), "BR_CEP"))
    if g.chance(0.5):
        kid = g.relative(c)
        doc.f(C + "e aproveitando minh«o» «r» «k» faz natacao ai no plano familia da pra manter ela so\n"
              + A + "da sim o dependente continua ativo\n", o="a" if kid.female else "o", r="filha" if kid.female else "filho",
              k=P(lower(g.pick([kid.first, kid.nick]))))
    doc.f(A + "me passa um telefone pra retorno\n" + C + "«p»\n", p=(g.fmt_phone(ddd, local, "stt"), "PHONE_NUMBER"))
    doc.f(A + "pode mandar o atestado pelo e-mail que eu vou te passar anota «r» arroba «d»\n" + C + "anotei\n",
          r="atendimento", d=dom.replace(".", " ponto "))
    doc.f(A + "o protocolo e «pr» «w»\n\n", pr=" ".join(g.d(3) for _ in range(3)),
          w=g.pick(["mais alguma coisa", "obrigada por ligar", "boa recuperacao"]))
    doc.t("--- registro do atendimento ---\n")
    fields = [("Protocolo", V(g.protocol())), ("Cliente", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Matrícula", V(member_id(g))),
              ("Plano", V(g.pick(PLANS))), ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Solicitação", V(f"trancamento {g.pick([30, 60, 90])} dias (pós-operatório)")),
              ("Médico", P(dr.full)), ("CRM", (g.council("CRM"), "PROFESSIONAL_ID")),
              ("CID informado", V(g.pick(SPORT_ICD)[0])), ("Agente", g.pick([P(ag.full), P(ag.short), V(login(ag, g))]))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "dots", "box"]))
    return doc


def at_email_wellness(g: Gen) -> Doc:
    """E-mail thread: a company's HR asks a gym why employees' corporate-wellness check-ins were refused; quoted original."""
    doc = Doc()
    fan, raz, dom = gym(g)
    wn, wdom = g.pick(WELLNESS)
    emp, edom = g.pick(EMPLOYERS)
    hr = g.person(female=g.chance(0.7))
    mgr = g.person()
    t1 = g.moments(1, g.day(), 1, (7, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 70))
    hm = corp_mail(hr, edom, g)
    mm = corp_mail(mgr, dom, g)
    doc.f("De: «m» <«mm»>\nPara: «h» <«hm»>\nCc: «cc»\nData: «d»\nAssunto: RE: Check-ins «w» recusados — contrato «e»\n\n",
          m=P(mgr.full), mm=(mm, "EMAIL_ADDRESS"), h=P(hr.full), hm=(hm, "EMAIL_ADDRESS"), cc=role_mail(g, wdom, "parcerias"),
          d=mail_date(t2), w=wn, e=emp)
    ppl = [g.person() for _ in range(g.ri(2, 4))]
    doc.f("Olá, «h»,\n\nVerificamos os registros da catraca da unidade «u». Os check-ins abaixo foram recusados porque o app do «w» "
          "enviou o token depois do tempo limite (o leitor biométrico estava offline entre «t1» e «t2»):\n\n",
          h=P(hr.first), u=g.pick(BAIRROS), w=wn, t1=f"{g.ri(6, 8)}h", t2=f"{g.ri(9, 11)}h")
    rows = []
    for p in ppl:
        rows.append([P(g.pick([p.full, p.caps, p.short])), g.pick([(g.cpf(), "BR_CPF"), V(g.masked_cpf()), (g.cpf(), "BR_CPF")]),
                     V(ts(g.moments(1, t1.date() - datetime.timedelta(days=g.ri(1, 6)), 1, (6, 22))[0], "br")),
                     V(g.pick(["TOKEN_EXPIRADO", "BIOMETRIA_NAO_CAD", "PLANO_WELLNESS_INATIVO", "TOKEN_EXPIRADO"]))])
    table_ruled(doc, ["colaborador", "CPF", "tentativa", "motivo"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nJá liberamos manualmente e os check-ins vão no repasse de «m». Para a biometria, quem está sem cadastro passa na "
          "recepção com documento.\n\nAtt.,\n«s»\nGerente — «f»\n«t»\n\n", m=MONTHS[t2.month - 1],
          s=P(g.pick([mgr.full, mgr.first])), f=fan,
          t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("-----Mensagem original-----\nDe: «h» <«hm»>\nEnviada em: «d»\nPara: «to»\nAssunto: Check-ins «w» recusados\n"
              "X-Originating-IP: [«ip»]\n\n", h=P(hr.full), hm=(hm, "EMAIL_ADDRESS"), d=ts(t1, "br"), to=role_mail(g, dom, "recepcao"),
              w=wn, ip=(g.ip(), "IP_ADDRESS"))
        q = ""
    else:
        doc.f("Em «d», «h» <«hm»> escreveu:\n", d=ts(t1, "br"), h=P(hr.full), hm=(hm, "EMAIL_ADDRESS"))
        q = "> "
    doc.f(q + "Boa tarde. Recebemos reclamação de colaboradores (contrato «e») que não conseguiram entrar pelo «w» na semana passada.\n",
          e=emp, w=wn)
    x = g.pick(ppl)
    doc.f(q + "«a» «n» (matrícula interna «mi») disse que foi barrad«o» duas vezes e teve que pagar diária. Telefone: «t».\n",
          a="A" if x.female else "O", o=x.o, n=P(g.pick([x.full, x.first])), mi=g.d(5),
          t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f(q + "Pede o reembolso da diária via Pix na chave «k».\n", k=pix_key(g, x)[1])
    doc.f(q + "\n" + q + "«s»\n" + q + "Analista de Benefícios — «e»\n", s=g.pick([P(hr.full), P(hr.first), V("Att.")]), e=emp)
    return doc


def at_app_chat_json(g: Gen) -> Doc:
    """The gym app's support chat as one-line JSON events: session, bot, agent; card update, new address, emergency contact."""
    doc = Doc()
    fan, raz, dom = gym(g)
    u = g.person()
    ag = g.person(female=g.chance(0.5))
    t0 = g.moments(1, g.day(), 1, (6, 23))[0]
    tt = iter(seq_times(g, 30, t0, 5, 200))
    sid = g.hexs(16)

    def ev(kind: str, **fields):
        rec = {"ts": ts(next(tt), "iso"), "session": sid, "event": kind}
        rec.update(fields)
        jval(doc, rec, None)
        doc.t("\n")

    ev("session_start", user={"name": P(g.pick([u.full, u.caps])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                              "phone": (g.phone("e164"), "PHONE_NUMBER"), "member": member_id(g)}, ip=(g.ip(), "IP_ADDRESS"), app=f"{g.pick(['android', 'ios'])} {g.ri(3, 9)}.{g.ri(0, 20)}.{g.ri(0, 9)}")
    ev("msg", sender="bot", text=f"Olá! Sou a {g.pick(BOTS)}, do app {fan}. Como posso ajudar?")
    ev("msg", sender="user", text=g.pick(["meu cartão venceu e a mensalidade não passou", "quero trocar o cartão da recorrência",
                                          "a catraca não reconhece minha digital e minha mensalidade tá em dia"]))
    ev("handoff", queue="financeiro", agent=(ag.full, "PERSON") if g.chance(0.5) else login(ag, g))
    ev("msg", sender="agent", agent_name=P(ag.first), text=g.pick(["Oi! Vou te ajudar com o cartão.", "Olá, tudo bem? Já estou vendo seu cadastro."]))
    if g.chance(0.45):
        ev("msg", sender="user", text=(g.card(spaced=g.chance(0.5)), "CREDIT_CARD"))
        ev("msg", sender="user", text=f"validade {g.ri(1, 12):02d}/{g.ri(27, 32)}")
        ev("moderation", action="masked_in_ui", rule="card_number", note="cliente digitou número de cartão no chat")
        ev("msg", sender="agent", text="Por segurança não envie dados de cartão aqui. Cadastre pelo link seguro que enviei no seu e-mail.")
    else:
        ev("msg", sender="agent", text="Enviei um link seguro para cadastrar o cartão novo no seu e-mail.")
    ev("msg", sender="user", text="qual email? troquei, o novo é", email=(g.email(u), "EMAIL_ADDRESS"))
    if g.chance(0.8):
        ev("profile_update", field="address", value=(g.address("text"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    if g.chance(0.6):
        ec = g.person()
        ev("profile_update", field="emergency_contact", name=P(g.pick([ec.full, ec.first])),
           phone=(g.phone(g.pick(["par", "e164", "raw"])), "PHONE_NUMBER"), relation=g.pick(["mãe", "pai", "esposa", "marido", "irmã", "namorado"]))
    if g.chance(0.5):
        ev("profile_update", field="phone", value=(g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        ev("profile_update", field="birth_date", value=(g.dob("iso", 1960, 2007), "DATE_OF_BIRTH"), reason="correção de cadastro")
    ev("msg", sender="agent", text="Cadastro atualizado. A cobrança pendente será refeita em 24h.")
    ev("session_end", rating=g.ri(1, 5), upstream=g.ip_priv())
    return doc


def at_ficha_matricula(g: Gen) -> Doc:
    """A member's sign-up form (digital box/dots or an OCR'd paper form): documents, PAR-Q summary, guardian, consultant, trainer."""
    doc = Doc()
    if g.chance(0.6):
        fan, raz, dom = gym(g)
    else:
        fan, _, dom = studio(g)
    m = g.person()
    minor = g.chance(0.25)
    cons = g.person(female=g.chance(0.6))
    pt = g.person()
    paper = g.chance(0.3)
    city, uf = g.city()
    d = g.day()
    if paper:
        O = lambda s: ocr_t(caps_t(s), g, 0.2)  # noqa: E731
        nm = lambda s: ocr(fold(s).upper(), g)  # noqa: E731
    else:
        O = lambda s: s  # noqa: E731
        nm = lambda s: s  # noqa: E731
    doc.f(O("FICHA DE MATRÍCULA — «f»\nData: «d»    Unidade: «u»\n\n"), f=fold(fan).upper() if paper else fan, d=dbr(d), u=g.pick(BAIRROS))
    fields = [("Nome", P(nm(m.full))), ("CPF", (g.cpf(), "BR_CPF"))]
    r = g.rng.random()
    if r < 0.5:
        fields.append(("RG", (g.rg(), "BR_RG")))
    elif r < 0.7:
        fields.append(("CNH", (g.cnh(), "BR_CNH")))
    fields += [("Nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 2008, 2016) if minor else g.dob("br", 1950, 2006), "DATE_OF_BIRTH")),
               ("Endereço", (nm(g.address("caps" if paper else "text")), "ADDRESS")), ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
               ("CEP", (g.cep(), "BR_CEP")), ("Celular/WhatsApp", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER"))]
    if not paper or g.chance(0.5):
        fields.append(("E-mail", ((g.email(m).upper() if paper else g.email(m)), "EMAIL_ADDRESS")))
    if minor:
        gd = g.person(female=g.chance(0.6))
        gd = Person(gd.given, [s for s in gd.surnames if s != m.last][:1] + [m.last], gd.female)
        fields += [("Responsável legal", P(nm(gd.full))), ("CPF do responsável", (g.cpf(), "BR_CPF"))]
    ec = g.person()
    fields += [("Contato de emergência", P(nm(g.pick([ec.full, ec.first])))),
               ("Tel. emergência", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
               ("Plano", V(g.pick(PLANS))), ("Modalidade", V(g.pick(MODALITIES))), ("Matrícula", V(member_id(g)))]
    if g.chance(0.4):
        fields.append(("Veículo (estacionamento)", (g.plate(), "LICENSE_PLATE")))
    fields.append(("Pagamento", V(g.pick([f"recorrente cartão {g.masked_card()}", "boleto mensal", "Pix mensal", "débito em conta"]))))
    if paper:
        fields = [(fold(k).upper(), v if v[1] else V(fold(v[0]).upper())) for k, v in fields]
    kv_block(g, doc, fields, g.pick(["box", "dots", "plain"]) if not paper else "plain")
    yes = g.sample(range(1, 8), g.pick([0, 0, 1, 2]))
    qs = ["1. Algum médico já disse que você possui problema cardíaco?", "2. Sente dor no peito ao praticar atividade física?",
          "3. No último mês sentiu dor no peito em repouso?", "4. Perde o equilíbrio por tontura ou já perdeu a consciência?",
          "5. Tem problema ósseo ou articular que piora com exercício?", "6. Toma medicamento para pressão ou coração?",
          "7. Conhece outra razão para não praticar atividade física?"]
    doc.t(O("\nPAR-Q (autodeclaração):\n"))
    for k, q in enumerate(qs, 1):
        doc.t(O(f"{q} ({'X' if k in yes else ' '}) SIM ({' ' if k in yes else 'X'}) NÃO\n"))
    if yes:
        doc.t(O("Resposta SIM: matrícula condicionada à apresentação de atestado médico de aptidão (Lei estadual / regimento interno).\n"))
    doc.f(O("\nConsultor(a) de vendas: «c»\nAvaliação física agendada com: «p» — «cr»\n"), c=P(nm(g.pick([cons.full, cons.first]))),
          p=P(nm(g.pick([pt.full, pt.short]))), cr=(g.council("CREF"), "PROFESSIONAL_ID"))
    if paper:
        doc.t("\nASSINATURA: [assinatura ilegível]\n")
    else:
        doc.f("\nAceite eletrônico do contrato e da política de privacidade (Lei 13.709/2018) em «t» — IP «ip»\n",
              t=ts(g.moments(1, d, 1)[0], "brs"), ip=(g.ip(), "IP_ADDRESS"))
    return doc


def at_catraca_fixa(g: Gen) -> Doc:
    """Fixed-width turnstile / biometric access report of a gym unit, with the manager's notes (lent fingerprint, parking)."""
    doc = Doc()
    fan, raz, dom = gym(g)
    d = g.day()
    mgr = g.person()
    doc.f("«f» — UNIDADE «u»\nRELATORIO DE ACESSOS (CATRACA/BIOMETRIA)   DATA «d»   EMITIDO POR «l»\n\n",
          f=fold(fan).upper(), u=fold(g.pick(BAIRROS)).upper(), d=dbr(d), l=login(mgr, g))
    doc.t("HORA      MATRIC.   NOME                       CPF          DISP.   RESULTADO\n")
    doc.t("-" * 82 + "\n")
    people = []
    times = g.moments(g.ri(4, 6), d, 1, (5, 23))
    for t in times:
        p = g.person()
        people.append(p)
        doc.cell(ts(t, "hms"), 8)
        doc.t("  ")
        doc.cell(g.d(6), 8)
        doc.t("  ")
        nmv = fold(g.pick([p.full, p.full, p.short])).upper()
        doc.cell(cut(nmv, 25), 25, "PERSON")
        doc.t("  ")
        r = g.rng.random()
        if r < 0.15:
            doc.cell("NAO CAD", 11)
        elif r < 0.25:
            doc.cell(g.neg(11), 11)
        else:
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        doc.t("  ")
        doc.cell(g.pick(["CAT-01", "CAT-02", "BIO-03", "CAT-04"]), 6)
        doc.t("  ")
        doc.t(g.pick(["LIBERADO", "LIBERADO", "LIBERADO", "BLOQ INADIMPL", "DIGITAL NAO CONFERE", "WELLNESS OK", "FORA DO HORARIO PLANO"]) + "\n")
    doc.t("-" * 82 + "\n")
    doc.f("controlador: «ip»  firmware 4.2.«v»\n\n", ip=g.ip_priv(), v=g.ri(0, 20))
    doc.f("Obs. gerência («s»):\n", s=g.pick([P(mgr.full), P(mgr.short), V(login(mgr, g))]))
    a, b = g.sample(people, 2)
    doc.f("- Câmera da entrada mostra «a» liberando a catraca com a digital para «b», que está com o plano bloqueado. Chamar os dois "
          "para conversa; reincidência = cancelamento por justa causa (regimento, item 7).\n", a=P(g.pick([a.first, a.full])),
          b=P(g.pick([b.full, b.short])))
    kid = g.relative(g.pick(people))
    doc.f("- Menor «k»(«i» anos) entrou acompanhando o responsável sem autorização assinada. Recepção orientada.\n",
          k=g.pick([P(kid.first), P(kid.full), V("")]), i=g.ri(11, 15))
    if g.chance(0.7):
        doc.f("- Estacionamento: veículo «p» parado na vaga PCD desde as «h». Dono avisado pelo «t».\n", p=(g.plate(), "LICENSE_PLATE"),
              h=g.hm(), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("- «w»\n", w=word_neg(g))
    return doc


def at_kit_terceiro(g: Gen) -> Doc:
    """A race's kit pick-up by a third party: WhatsApp with the organiser and the authorisation letter (RG/CNH, CPF, bib)."""
    doc = Doc()
    race, rdom = g.pick(RACES)
    r = g.person()
    friend = g.person()
    att = g.person(female=g.chance(0.6))
    st = chat_stamp(g.chance(0.5))
    d = g.day()
    t0 = g.moments(1, d, 1, (8, 21))[0]
    tt = iter(seq_times(g, 20, t0, 30, 900))
    me = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.92) else (g.pick([r.first, r.short]), "PERSON")
    H = (f"{race} - Inscrições", None)
    doc.f("Conversa do WhatsApp com «r» - Inscrições\n\n", r=race)
    cl(doc, st(next(tt)), me, "boa noite, não consigo ir na retirada do kit, posso mandar outra pessoa?")
    cl(doc, st(next(tt)), H, "Boa noite! Pode sim, com a autorização assinada + cópia do documento do atleta e documento original de quem retira.")
    yy = g.ri(1960, 2005)
    cl(doc, st(next(tt)), me, "outra coisa, minha categoria saiu errada, coloquei «x» mas nasci em «d»",
       x=g.pick(["M35-39", "F30-34", "M40-44", "F45-49"]), d=(fmt_date(g.ri(1, 28), g.ri(1, 12), yy, g.pick(["br", "nopad", "long"])), "DATE_OF_BIRTH"))
    nb = bib(g)
    cl(doc, st(next(tt)), H, "Corrigido: categoria «c». Nº de peito «b», chip «ch». Qual o CPF da inscrição?",
       c=age_group(r.female, yy, d.year), b=nb, ch=chip(g))
    rcpf = g.cpf()
    cl(doc, st(next(tt)), me, "«c»", c=(rcpf, "BR_CPF"))
    cl(doc, st(next(tt)), H, "Ok «n»!«x»«a»", n=P(r.first), **g.pick([dict(x=" Atendente: ", a=P(g.pick([att.first, att.short]))),
                                                                     dict(x="", a=V(""))]))
    cl(doc, st(next(tt)), me, "<anexo: autorizacao.pdf>")
    doc.f("\n--- autorizacao.pdf (texto) ---\nAUTORIZAÇÃO PARA RETIRADA DE KIT\n\nEu, «n», CPF «c», inscrit«o» na «r» (nº de peito «b»), "
          "autorizo «f», portador«fa» do «dt» nº «dn» e do CPF nº «fc», a retirar meu kit no dia «dd».\n",
          n=P(g.pick([r.full, r.caps])), c=(rcpf, "BR_CPF"), o=r.o, r=race, b=nb, f=P(g.pick([friend.full, friend.caps])),
          fa="a" if friend.female else "", **g.pick([dict(dt="RG", dn=(g.rg(), "BR_RG")), dict(dt="RG", dn=(g.rg(), "BR_RG")),
                                                     dict(dt="CNH", dn=(g.cnh(), "BR_CNH"))]),
          fc=(g.cpf(), "BR_CPF"), dd=dbr(g.after(d, 1, 8)))
    doc.f("Contato: «p» / «e»\n«ci», «d».\n[assinatura]\n--- fim ---\n\n", p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          e=(g.email(r), "EMAIL_ADDRESS"), ci=g.city()[0], d=dbr(d))
    cl(doc, st(next(tt)), H, "Recebido. «f» retira «l», das 10h às 20h. Equipe: camiseta tamanho «t».",
       f=P(g.pick([friend.first, friend.full])), l=g.pick(["na arena do shopping", "na loja parceira do centro", "no Ginásio Municipal"]),
       t=g.pick(["P", "M", "G", "GG", "BL M"]))
    if g.chance(0.5):
        tm = g.person()
        cl(doc, st(next(tt)), me, "e o «t» da minha assessoria também vai pegar o dele junto, pode?", t=P(g.pick([tm.first, tm.nick])))
        cl(doc, st(next(tt)), H, "Cada atleta precisa de uma autorização. «w»", w=g.pick(["", word_neg(g)]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "e se eu pagar a entrega do kit em casa? «a», «b», CEP «c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"),
           b=g.pick(BAIRROS), c=(g.cep(g.chance(0.6)), "BR_CEP"))
        cl(doc, st(next(tt)), H, "Entrega só para inscrições com o adicional de R$ «v» até 7 dias antes. Esta não tem.", v=brl(g.pick([19.9, 25.0, 29.9])))
    cl(doc, st(next(tt)), me, g.pick(["obrigad" + r.o, "valeu!", "👍🏃"]))
    return doc


AT = [at_zap_cancelamento, at_stt_trancamento, at_email_wellness, at_app_chat_json, at_ficha_matricula, at_catraca_fixa, at_kit_terceiro]


# =========================================================================== juridico


def ju_peticao_acidente(g: Gen) -> Doc:
    """Civil claim for an accident on gym equipment (CDC art. 14): plaintiff qualified, instructor on duty, orthopaedist, witnesses."""
    doc = Doc()
    fan, raz, dom = gym(g)
    city, uf = g.city()
    a = g.person()
    inst = g.person()
    orto = g.person()
    eq, what = g.pick(ACCIDENTS)
    d = g.day()
    acc = g.after(d, -200, -20)
    caps = g.chance(0.3)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA CÍVEL DA COMARCA DE «c» — «u»\n\n",
          v=g.pick(["1ª", "2ª", "3ª", "5ª", "12ª"]), c=fold(city).upper(), u=uf)
    qualify(g, doc, a, caps=caps, dob=g.chance(0.5), email=g.chance(0.7), phone=g.chance(0.6), where=(city, uf))
    doc.f(", vem, por seus advogados, propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS, MORAIS E ESTÉTICOS\n\nem face de «r», "
          "nome fantasia «f», inscrita no CNPJ sob o nº «cn», com sede na mesma comarca, pelos fatos a seguir.\n\n",
          r=raz.upper(), f=fan, cn=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("I — DOS FATOS\n\nEm «d», por volta das «h», «o» autor«a» treinava no equipamento «e» da unidade «u» quando «x». "
          "O instrutor de plantão, «i» («cr»), estava atendendo outro aluno e não havia outro profissional no salão, em afronta "
          "à Lei 9.696/1998 e ao próprio regulamento da ré. Socorrid«o» pelo SAMU, foi levad«o» ao «cl», onde o ortopedista "
          "«or» («crm») diagnosticou «dg» (CID «cid»).\n\n", d=dbr(acc), h=g.hm(), o="a" if a.female else "o", a="a" if a.female else "",
          e=eq, u=g.pick(BAIRROS), x=what,
          i=P(g.pick([inst.full, inst.short])), cr=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          cl=g.pick(CLINICS)[0], **{"or": P(g.pick([orto.full, orto.short]))}, crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          **dict(zip(["cid", "dg"], g.pick(SPORT_ICD))))
    wits = [g.person() for _ in range(g.ri(1, 2))]
    doc.t("A manutenção do aparelho estava vencida havia meses, como confirmam as testemunhas ")
    for k, w in enumerate(wits):
        if k:
            doc.t(" e ")
        doc.f("«n» (CPF «c»)", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    doc.f(", alun«o»s da mesma unidade. A ré se limitou a oferecer «m» meses de mensalidade grátis.\n\n",
          o="a" if all(w.female for w in wits) else "o", m=g.ri(1, 3))
    doc.f("II — DO DIREITO\n\nA responsabilidade do fornecedor de serviços é objetiva (Lei 8.078/1990, art. 14). Nesse sentido: "
          "TJ«u», Apelação Cível «p1»; TJ«u», Apelação Cível «p2».\n\n", u=uf, p1=g.cnj(CNJ_SEG.get(uf, "8.26")), p2=g.cnj(CNJ_SEG.get(uf, "8.26")))
    doc.f("III — DOS PEDIDOS\n\na) danos materiais de R$ «v1» (cirurgia, fisioterapia e medicamentos); b) danos morais de R$ «v2»; "
          "c) danos estéticos de R$ «v3»; d) inversão do ônus da prova.\n\nDá-se à causa o valor de R$ «vt».\n\n«c», «d».\n\n",
          v1=brl(g.ri(3000, 40000) + 0.0), v2=brl(g.ri(10, 50) * 1000.0), v3=brl(g.ri(5, 30) * 1000.0), vt=brl(g.ri(30, 120) * 1000.0),
          c=city, d=dbr(d, "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_procon_caps(g: Gen) -> Doc:
    """A Procon record in ALL CAPS: cancellation fee and charges after cancellation; the gym's answer; attendant and conciliator."""
    doc = Doc()
    fan, raz, dom = gym(g) if g.chance(0.7) else (lambda s: (s[0], s[0].upper() + " LTDA.", s[2]))(studio(g))
    city, uf = g.city()
    c = g.person()
    att = g.person()
    conc = g.person()
    mgr = g.person()
    vend = g.person()
    d = g.day()
    U = caps_t
    doc.f(U("PROCON «c» — FICHA DE ATENDIMENTO Nº «n»\nDATA: «d»   ATENDENTE: «a»\n\n"), c=fold(city).upper(),
          n=f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(6)}-{g.d(1)}", d=dbr(d), a=P(fold(g.pick([att.full, att.short])).upper()))
    fields = [("CONSUMIDOR(A)", P(c.capsf)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG") if g.chance(0.7) else V("NAO APRESENTADO")),
              ("NASCIMENTO", (g.dob("br", 1950, 2005), "DATE_OF_BIRTH")), ("ENDERECO", (g.address("caps"), "ADDRESS")),
              ("BAIRRO", V(fold(g.pick(BAIRROS)).upper())), ("CEP", (g.cep(), "BR_CEP")),
              ("TELEFONE", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("TELEFONE 2", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER") if g.chance(0.4) else V("-")),
              ("E-MAIL", (g.email(c).upper(), "EMAIL_ADDRESS") if g.chance(0.7) else V("NAO POSSUI")),
              ("FORNECEDOR", V(fold(raz).upper())), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("NOME FANTASIA", V(fold(fan).upper()))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f(U("\nRELATO: CONSUMIDOR«a» INFORMA QUE SOLICITOU O CANCELAMENTO DO PLANO EM «d1» PELA RECEPCAO, PROTOCOLO «p», E "
            "CONTINUOU SENDO COBRAD«o» NO CARTAO «cc» NOS MESES SEGUINTES (R$ «v» AO MES). ALEGA QUE A MULTA DE FIDELIDADE NAO "
            "CONSTAVA DO CONTRATO ASSINADO E QUE «ov» «vd» GARANTIU CANCELAMENTO LIVRE. PEDE ESTORNO EM DOBRO (ART. 42, "
            "PARAGRAFO UNICO, LEI 8.078/1990) E CANCELAMENTO SEM MULTA.\n\n"),
          a="A" if c.female else "", o="A" if c.female else "O", d1=dbr(g.after(d, -150, -30)), p=g.protocol(), cc=g.masked_card(),
          v=brl(fee(g)), vd=P(fold(vend.first).upper()), ov="A VENDEDORA" if vend.female else "O VENDEDOR")
    ans = g.chance(0.8)
    if ans:
        doc.f(U("RESPOSTA DO FORNECEDOR (EM «d»): A EMPRESA INFORMA QUE O PEDIDO DE CANCELAMENTO NAO FOI LOCALIZADO NO SISTEMA E QUE "
                "«x» DEVE COMPARECER A UNIDADE. COMO ACORDO, OFERECE CANCELAMENTO SEM MULTA E ESTORNO SIMPLES DE «n» "
                "MENSALIDADES. ASSINA: «m», GERENTE ADMINISTRATIVO«ga», E-MAIL «e».\n\n"),
              d=dbr(g.after(d, 5, 20)), x="A CONSUMIDORA" if c.female else "O CONSUMIDOR", n=g.ri(1, 3), m=P(mgr.capsf), ga="(A)" if mgr.female else "",
              e=(corp_mail(mgr, dom, g).upper(), "EMAIL_ADDRESS") if g.chance(0.6) else V(role_mail(g, dom, "juridico").upper()))
    doc.f(U("AUDIENCIA DE CONCILIACAO: «d» — CONCILIADOR«a»: «c» — RESULTADO: «r»\n"), d=dbr(g.after(d, 20, 45)),
          a="A" if conc.female else "", c=P(conc.capsf), r=g.pick(["ACORDO", "ACORDO", "SEM ACORDO — ENCAMINHADO AO JEC", "FORNECEDOR AUSENTE"]))
    if g.chance(0.4):
        doc.f(U("OBS: «w»\n"), w=fold(word_neg(g)).upper())
    return doc


def ju_reclamacao_instrutor(g: Gen) -> Doc:
    """Labour claim of a gym instructor hired as an MEI ("pejotização"): qualification, MEI CNPJ, coordinator, witnesses, lawyers."""
    doc = Doc()
    fan, raz, dom = gym(g)
    city, uf = g.city()
    a = g.person()
    coord = g.person(female=True)
    d = g.day()
    doc.f("EXMO. SR. JUIZ DO TRABALHO DA «v» VARA DO TRABALHO DE «c»\n\n", v=g.pick(["1ª", "2ª", "4ª", "7ª", "15ª"]), c=fold(city).upper())
    qualify(g, doc, a, job=g.pick(JOBS[a.female][:2] + ["personal trainer"]), pis=True, titulo=g.chance(0.7), email=g.chance(0.6),
            phone=True, where=(city, uf))
    doc.f(", CTPS nº «ct» série «s», registro profissional «cr», vem propor RECLAMAÇÃO TRABALHISTA pelo rito ordinário em face de "
          "«r», CNPJ «cn», pelos fundamentos a seguir.\n\n", ct=g.d(7), s=g.d(4), cr=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          r=raz, cn=(g.any_cnpj(), "BR_CNPJ"))
    adm = g.after(d, -1200, -400)
    mei = mei_cnpj(g)
    doc.f("1. DO VÍNCULO. «o» reclamante trabalhou para a reclamada de «d1» a «d2» como «j», com horário fixo (5h30 às 13h), "
          "escala definida pela coordenadora técnica «co» e subordinação direta. Por exigência da ré abriu MEI («mr» «mn», CNPJ «mc») "
          "e emitia nota mensal de R$ «v». Configurada a fraude (CLT, art. 9º; Lei 13.467/2017 não afasta a subordinação).\n\n",
          o="A" if a.female else "O", d1=dbr(adm), d2=dbr(g.after(d, -60, -5)), j=g.pick(["instrutor" + ("a" if a.female else "") + " de musculação",
                                                                                        "professor" + ("a" if a.female else "") + " de spinning e funcional"]),
          co=P(g.pick([coord.full, coord.short])), mr=mei_root(mei), mn=P(fold(a.full).upper()), mc=(mei, "BR_CNPJ"),
          v=brl(g.ri(1800, 4200) + 0.0))
    doc.f("2. DAS HORAS EXTRAS E DO ADICIONAL. Além do salão, «o» reclamante atendia alunos de personal às 14h nos dias de semana, "
          "com repasse de 50% à academia via Pix na chave «k».\n\n", o="a" if a.female else "o", k=(g.uuid(), "PIX_KEY"))
    doc.t("3. DAS TESTEMUNHAS. Requer a oitiva de ")
    wits = [g.person() for _ in range(g.ri(2, 3))]
    for k, w in enumerate(wits):
        if k:
            doc.t("; " if k < len(wits) - 1 else "; e ")
        doc.f("«n», CPF «c»", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.4):
            doc.f(", residente na «a»", a=(g.address("text"), "ADDRESS"))
    doc.t(".\n\n4. DOS PEDIDOS: reconhecimento do vínculo, anotação da CTPS, verbas rescisórias, FGTS + 40%, horas extras, "
          "intervalo intrajornada, multa do art. 477 da CLT. Precedentes: ")
    doc.f("«p1» e «p2».\n\nValor da causa: R$ «v».\n\n«c», «d».\n\n", p1=g.cnj(TRT.get(uf, "5.02")), p2=g.cnj(TRT.get(uf, "5.02")),
          v=brl(g.ri(40, 180) * 1000.0 + g.ri(0, 99) / 100), c=city, d=dbr(d, "long"))
    lawyer_sig(g, doc, g.pick([1, 2]))
    return doc


def ju_tjd_acordao(g: Gen) -> Doc:
    """A sports court decision (TJD of an amateur league): age fraud (two birth dates), aggression on a referee, auditors, lawyer."""
    doc = Doc()
    lg, sig, ldom = g.pick(LEAGUES)
    t1, t2 = g.sample(TEAMS, 2)
    city, uf = g.city()
    ath = g.person(female=False)
    ag = g.person(female=False)
    ref = g.person()
    rel = g.person()
    proc = g.person()
    pres = g.person()
    adv = g.person()
    d = g.day()
    game = g.after(d, -60, -10)
    O = ocr_t if g.chance(0.25) else (lambda s, g_, r=0: s)
    doc.f(O("TRIBUNAL DE JUSTIÇA DESPORTIVA — «l» («s»)\nPROCESSO DISCIPLINAR Nº «n»\nPARTIDA: «a» x «b» — «c» — «d»\n"
            "SÚMULA Nº «su»\n\n", g, 0.2), l=lg, s=sig, n=f"{g.ri(1, 140):03d}/{d.year}", a=t1, b=t2, c=g.pick(["Copa Regional", "Série Prata", "Campeonato Master", "Taça Comunitária"]),
          d=dbr(game), su=g.d(5))
    doc.f("RELATOR: Auditor «r»\nPROCURADOR: «p»\nDENUNCIADOS: «a1» (atleta do «ta», registro «re1»); «a2» (atleta do «tb», registro «re2»); «ta» "
          "(entidade de prática desportiva)\n\n", r=P(rel.full), p=P(g.pick([proc.full, proc.short])), a1=P(ath.full), ta=t1,
          re1=fed_reg(g, sig), a2=P(g.pick([ag.full, ag.caps])), tb=t2, re2=fed_reg(g, sig))
    real = g.ri(1986, 2000)
    fake = real + g.ri(3, 8)
    doc.f("EMENTA: ATLETA INSCRITO COM DATA DE NASCIMENTO ADULTERADA PARA DISPUTAR CATEGORIA SUB-«cat». AGRESSÃO AO ÁRBITRO. "
          "«art1» E «art2» DO CBJD. PROCEDÊNCIA PARCIAL.\n\n", cat=g.pick([23, 30, 35]), art1=g.pick(CBJD).upper(), art2=g.pick(CBJD).upper())
    doc.f("RELATÓRIO. A Procuradoria denunciou o atleta «a» porque a ficha de inscrição enviada pelo clube traz nascimento em «f», "
          "mas a certidão de nascimento obtida no cartório de «ci» indica «r» (CPF do atleta «c»). Denunciou ainda o atleta «b», "
          "que, aos «m» minutos do segundo tempo, desferiu soco «na» «ar» após a marcação de pênalti, conforme a súmula e o "
          "relatório do delegado da partida.\n\n",
          a=P(g.pick([ath.full, ath.short, ath.first])), f=(fmt_date(g.ri(1, 28), g.ri(1, 12), fake, "br"), "DATE_OF_BIRTH"),
          ci=g.city()[0], r=(fmt_date(g.ri(1, 28), g.ri(1, 12), real, g.pick(["br", "long"])), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
          b=P(g.pick([ag.short, ag.full])), m=g.ri(5, 44), ar=P(g.pick([ref.full, ref.short])), na="na árbitra" if ref.female else "no árbitro")
    if g.chance(0.6):
        doc.f("Qualificação do segundo denunciado: CPF «c», residente na «a», CEP «cep».\n\n", c=(g.cpf(), "BR_CPF"),
              a=(g.address("text"), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("A defesa, pelo advogado «ad» («oab»), sustentou erro material da secretaria do clube e juntou declaração do presidente "
          "do clube. A arbitragem confirmou em depoimento a agressão.\n\n", ad=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("VOTO. Comprovada a adulteração, aplica-se ao clube a perda dos pontos das partidas em que o atleta atuou e multa de R$ «v»; "
          "ao primeiro denunciado, suspensão de «s» partidas. Ao atleta «b», suspensão de «s2» partidas. «w»\n\n",
          v=brl(g.ri(5, 50) * 100.0), s=g.ri(4, 12), b=P(g.pick([ag.first, ag.short])), s2=g.ri(6, 24),
          w=g.pick(["Foi uma vitória da integridade do campeonato.", "Oficie-se à Federação.", ""]))
    if g.chance(0.5):
        auds = [g.person() for _ in range(2)]
        doc.t("Participaram do julgamento, além do relator, os auditores ")
        join_names(doc, [a_.full for a_ in auds])
    else:
        doc.t("Decisão unânime da Comissão Disciplinar")
    doc.f(".\n«c», «d».\n\n«r»\nAuditor Relator\n\nPublicado no site da «s» em «dp». Intimações: «m».\n",
          c=city, d=dbr(d), r=g.pick([P(rel.caps), V("(assinado eletronicamente)")]), s=sig, dp=dbr(g.after(d, 1, 4)), m=role_mail(g, ldom, "tjd"))
    return doc


def ju_contrato_personal(g: Gen) -> Doc:
    """Personal-trainer service contract (or an athlete's image-rights licence) with an e-signature log."""
    doc = Doc()
    city, uf = g.city()
    pt = g.person()
    cli = g.person()
    d = g.day()
    image = g.chance(0.35)
    if image:
        sn, mod, sdom = studio(g)
        rep = g.person()
        doc.f("CONTRATO DE LICENÇA DE USO DE IMAGEM E VOZ\n\nLICENCIANTE: ", )
        cmail = g.email(cli)
        qualify(g, doc, cli, dob=True, email=cmail, phone=g.chance(0.5), where=(city, uf), job=g.pick(["atleta amador" + ("a" if cli.female else ""), "estudante"]))
        doc.f(".\n\nLICENCIADA: «s», CNPJ «c», neste ato representada por «r», CPF «rc».\n\n", s=sn.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
              r=P(rep.full), rc=(g.cpf(), "BR_CPF"))
        doc.f("CLÁUSULA 1ª — O LICENCIANTE autoriza o uso de sua imagem e voz, captadas durante as aulas de «m» e na «race», em "
              "redes sociais e material impresso da LICENCIADA, pelo prazo de «p» meses, sem exclusividade (Lei 10.406/2002, art. 20; "
              "Lei 9.610/1998).\nCLÁUSULA 2ª — Como contrapartida, a LICENCIADA concede «n» meses de plano gratuito e R$ «v» "
              "pagos via Pix na chave «k».\nCLÁUSULA 3ª — O uso após o prazo ou em campanha de terceiros gera multa de R$ «mu».\n"
              "CLÁUSULA 4ª — Dados pessoais tratados conforme a Lei 13.709/2018; contato do encarregado: «dpo».\n\n",
              m=mod, race=g.pick(RACES)[0], p=g.pick([6, 12, 24]), n=g.ri(3, 12), v=brl(g.ri(3, 20) * 100.0), k=g.pick([(g.uuid(), "PIX_KEY"), (cmail, "EMAIL_ADDRESS"), (g.phone("e164"), "PHONE_NUMBER")]),
              mu=brl(g.ri(5, 30) * 1000.0), dpo=role_mail(g, sdom, "dpo"))
        signers = [(cli, cmail), (rep, corp_mail(rep, sdom, g))]
    else:
        pmail, cmail = g.email(pt), g.email(cli)
        doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE PERSONAL TRAINER\n\nCONTRATADO(A): «n», profissional de educação física, «cr», "
              "inscrito no CPF sob o nº «c», MEI CNPJ «m», e-mail «e», telefone «t».\n\nCONTRATANTE: ",
              n=P(pt.full), cr=(g.council("CREF", uf), "PROFESSIONAL_ID"), c=(g.cpf(), "BR_CPF"), m=(mei_cnpj(g), "BR_CNPJ"),
              e=(pmail, "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        qualify(g, doc, cli, rg=g.chance(0.5), dob=g.chance(0.6), email=cmail, where=(city, uf), job=g.pick(["advogad" + cli.o, "médic" + cli.o, "empresári" + cli.o, "aposentad" + cli.o, "professor" + ("a" if cli.female else "")]))
        md = g.person()
        where = g.pick(["no condomínio do CONTRATANTE", "na academia Prudente Fitness (taxa de personal por conta do CONTRATANTE)",
                        "no Parque da Aurora e na orla", "em domicílio"])
        doc.f(".\n\nCLÁUSULA 1ª — Objeto: «x» sessões semanais de treinamento de «dur» minutos, «w».\n"
              "CLÁUSULA 2ª — Preço: R$ «v» mensais, pagos até o dia «dd» via Pix na chave «k» (titular: o CONTRATADO). Atraso: multa de 2% "
              "e juros de 1% ao mês.\nCLÁUSULA 3ª — O CONTRATANTE declara ter respondido ao PAR-Q e apresentado atestado «dr» «md», "
              "«crm», datado de «da».\nCLÁUSULA 4ª — Faltas avisadas com menos de 12h serão cobradas. Cancelamento com 30 dias de aviso, "
              "sem multa.\nCLÁUSULA 5ª — Foro da comarca de «ci».\n\n", x=g.ri(2, 5), dur=g.pick([50, 60]), w=where,
              v=brl(g.ri(4, 18) * 100.0), dd=g.pick([5, 10, 15]), k=g.pick([(g.uuid(), "PIX_KEY"), (g.uuid(), "PIX_KEY"), (g.phone("e164"), "PHONE_NUMBER")]),
              md=P(md.full), dr="da Dra." if md.female else "do Dr.", crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              da=dbr(g.after(d, -40, -2)), ci=city)
        signers = [(pt, pmail), (cli, cmail)]
    if g.chance(0.5):
        w = g.person()
        doc.f("Testemunha: «n», CPF «c».\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        signers.append((w, g.email(w)))
    doc.f("«c», «d».\n", c=city, d=dbr(d, "long"))
    esign_log(g, doc, signers, g.moments(1, d, 1, (7, 22))[0])
    return doc


def ju_cobranca_ocr(g: Gen) -> Doc:
    """An OCR'd ALL CAPS extrajudicial collection notice for unpaid monthly fees (collection office's lawyer), with the AR receipt."""
    doc = Doc()
    fan, raz, dom = gym(g)
    col, cdom = g.pick(COLLECTORS)
    city, uf = g.city()
    dev = g.person()
    adv = g.person()
    d = g.day()
    O = lambda s: ocr_t(caps_t(s), g, 0.25)  # noqa: E731
    doc.f(O("«c»\nNOTIFICAÇÃO EXTRAJUDICIAL — COBRANÇA Nº «n»\n\n«ci», «d»\n\n"), c=fold(col).upper(), n=f"{g.d(6)}/{d.year}",
          ci=fold(city).upper(), d=dbr(d, "caps"))
    doc.f(O("À SRA./SR. «nm»\nCPF: «cpf»«r1»«rg»\nENDEREÇO: «a»\n«b» — «cc»/«uf» — CEP «cep»\nTEL. CADASTRADO: «t»«e1»«em»\n\n"),
          nm=P(ocr(dev.capsf, g)), cpf=(g.cpf(), "BR_CPF"), a=(ocr(g.address("caps"), g), "ADDRESS"), b=fold(g.pick(BAIRROS)).upper(),
          **(dict(r1="   RG: ", rg=(g.rg(), "BR_RG")) if g.chance(0.5) else dict(r1="", rg=V(""))),
          cc=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          **(dict(e1="", em=V("")) if g.chance(0.5) else dict(e1="\nE-MAIL: ", em=(g.email(dev).upper(), "EMAIL_ADDRESS"))))
    doc.f(O("NA QUALIDADE DE MANDATÁRIA DE «r», CNPJ «cn» («f»), NOTIFICAMOS V.SA. DO DÉBITO ABAIXO, REFERENTE AO CONTRATO DE "
            "PRESTAÇÃO DE SERVIÇOS «ct» («p»):\n\n"), r=fold(raz).upper(), cn=(g.any_cnpj(), "BR_CNPJ"), f=fold(fan).upper(),
          ct=contract_no(g), p=fold(g.pick(PLANS)).upper())
    doc.t(O("PARCELA   VENCIMENTO   VALOR ORIGINAL   ATUALIZADO\n"))
    tot = 0.0
    for k in range(g.ri(2, 6)):
        v = fee(g)
        up = v * (1 + g.ri(3, 25) / 100)
        tot += up
        doc.t(f"{k + 1:02d}/12     {dbr(g.after(d, -200, -30))}   R$ {brl(v):>10}    R$ {brl(up):>10}\n")
    doc.f(O("\nTOTAL ATUALIZADO: R$ «t». PAGAMENTO À VISTA COM 40% DE DESCONTO ATÉ «d» PELO PIX «k» (CHAVE ALEATÓRIA DA «c») OU "
            "PARCELADO EM ATÉ 6X. O NÃO PAGAMENTO PODERÁ ACARRETAR A INCLUSÃO DO NOME NOS ÓRGÃOS DE PROTEÇÃO AO CRÉDITO. "
            "ESTA COBRANÇA OBSERVA O ART. 42 DA LEI 8.078/1990.\n\n"), t=brl(tot), d=dbr(g.after(d, 10, 20)), k=(g.uuid(), "PIX_KEY"),
          c=fold(col).upper())
    doc.f(O("«a»\n«o»\nDEPARTAMENTO JURÍDICO — «r»\n\n"), a=P(ocr(adv.capsf, g)), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          r=role_mail(g, cdom, g.pick(["acordos", "cobranca"])).upper())
    rec = g.person()
    post = g.person()
    doc.f(O("AVISO DE RECEBIMENTO — AR «ar»\nDESTINATÁRIO: «dn»\nRECEBIDO POR: «r»   DOC.: RG «rg»\nDATA: «d»\nCARTEIRO: «c»  MAT. «m»\n"),
          ar=f"{g.up(2)}{g.d(9)}BR", dn=P(ocr(dev.capsf, g)), r=P(ocr(g.pick([rec.capsf, dev.capsf, rec.capsf]), g)),
          rg=(g.rg(), "BR_RG"), d=dbr(g.after(d, 2, 12)), c=P(ocr(post.capsf, g)), m=g.d(8))
    return doc


def ju_jec_audiencia(g: Gen) -> Doc:
    """Small-claims court hearing minutes and sentence: a studio kept charging after cancellation and used the author's photo."""
    doc = Doc()
    if g.chance(0.5):
        fan, raz, dom = gym(g)
    else:
        fan, _, dom = studio(g)
        raz = fan + " Ltda."
    city, uf = g.city()
    a = g.person()
    jl = g.person()
    jt = g.person()
    prep = g.person()
    wit = g.person()
    la, lr = g.person(), g.person()
    d = g.day()
    doc.f("PODER JUDICIÁRIO — JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\nProcesso nº «p»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO, "
          "INSTRUÇÃO E JULGAMENTO\n\nAos «d», na sala de audiências, presente «o» «jz» «jl», foi aberta a audiência. "
          "Presentes: a parte autora, «an», CPF «ac», acompanhad«ao» de «sa» «ad» («oab»); a ré, «r» (CNPJ «cn»), "
          "representada pel«op» preposto«pa» «pp», RG «rg», e «pr» «rd» («oab2»).\n\n",
          c=fold(city).upper(), u=uf, p=g.cnj(CNJ_SEG.get(uf, "8.26")), d=dbr(d, "long"), o="a" if jl.female else "o", jz="Juíza Leiga" if jl.female else "Juiz Leigo",
          jl=P(jl.full), an=P(g.pick([a.full, a.caps])), ac=(g.cpf(), "BR_CPF"), ao=a.o, ad=P(la.full), sa="sua advogada" if la.female else "seu advogado",
          pr="pela advogada" if lr.female else "pelo advogado",
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), r=raz, cn=(g.any_cnpj(), "BR_CNPJ"), op="a" if prep.female else "o",
          pa="(a)" if prep.female else "", pp=P(prep.full), rg=(g.rg(), "BR_RG"), rd=P(lr.full), oab2=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Proposta a conciliação, restou infrutífera. Ouvida a testemunha da autora, «w», CPF «wc», residente na «wa», CEP «wcep», "
          "que disse ter presenciado o pedido de cancelamento feito na recepção à atendente «at».\n\n",
          w=P(wit.full), wc=(g.cpf(), "BR_CPF"), wa=(g.address("text"), "ADDRESS"), wcep=(g.cep(), "BR_CEP"),
          at=g.pick([P(g.person(female=True).first), P(g.person(female=True).full), V("de plantão")]))
    doc.f("PROJETO DE SENTENÇA. Dispensado o relatório (Lei 9.099/1995, art. 38). A parte autora comprovou o pedido de cancelamento (protocolo "
          "«pr») e as cobranças posteriores no cartão «cc». A ré ainda publicou foto d«ao» autor«aa» em aula de «m» no perfil da "
          "unidade sem autorização, o que caracteriza uso indevido de imagem (Lei 10.406/2002, art. 20). JULGO PROCEDENTES os pedidos "
          "para: a) declarar rescindido o contrato sem multa; b) condenar a ré a restituir em dobro R$ «v1»; c) pagar R$ «v2» "
          "de danos morais. O valor será depositado na conta da parte autora, agência «ag», conta «cta», «bk».\n\n",
          pr=g.protocol(), cc=g.masked_card(), ao="a" if a.female else "o", aa="a" if a.female else "", m=g.pick(MODALITIES),
          v1=brl(fee(g) * g.ri(2, 6)), v2=brl(g.ri(2, 10) * 1000.0), ag=(g.agency(), "BANK_ACCOUNT"), cta=(g.account(), "BANK_ACCOUNT"),
          bk=g.pick(BANKS)[1])
    doc.f("«jl»\n«jz»\n\nHOMOLOGO o projeto de sentença (Lei 9.099/1995, art. 40).\n«jt»\n«jd» de Direito\n\n",
          jl=P(g.pick([jl.full, jl.caps])), jz="Juíza Leiga" if jl.female else "Juiz Leigo", jt=P(g.pick([jt.full, jt.caps])),
          jd="Juíza" if jt.female else "Juiz")
    if g.chance(0.6):
        cle = g.person()
        doc.f("DJE «d» — Intimação: Adv. «o1», Adv. «o2». Digitado por «c».\n", d=dbr(g.after(d, 2, 10)),
              o1=(g.council("OAB", uf), "PROFESSIONAL_ID"), o2=(g.council("OAB", uf), "PROFESSIONAL_ID"), c=P(g.pick([cle.full, cle.short])))
    return doc


JU = [ju_peticao_acidente, ju_procon_caps, ju_reclamacao_instrutor, ju_tjd_acordao, ju_contrato_personal, ju_cobranca_ocr, ju_jec_audiencia]


# =========================================================================== saude


def sa_atestado_aptidao(g: Gen) -> Doc:
    """A sports cardiologist's clearance certificate after a positive PAR-Q, with the exercise-test table and the gym's evaluator."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS)
    city, uf = g.city()
    p = g.person()
    dr = g.person()
    ev = g.person()
    d = g.day()
    doc.f("«c»\nCNPJ «e» · «t» · «m»\n\n", c=cn.upper(), e=(g.any_cnpj(), "BR_CNPJ"), t=(g.phone("par", mobile=False), "PHONE_NUMBER"),
          m=role_mail(g, cdom, "agendamento"))
    doc.t("ATESTADO DE APTIDÃO PARA ATIVIDADE FÍSICA\n\n")
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "br", "dot"]), 1945, 2008), "DATE_OF_BIRTH"))]
    fields.append(g.pick([("CPF", (g.cpf(), "BR_CPF")), ("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF"))]))
    fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
    if g.chance(0.5):
        fields.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    fields += [("Convênio", V(g.pick(["particular", "Unimed", "Amil", "SulAmérica", "Bradesco Saúde", "Hapvida"]))),
               ("Atividade pretendida", V(g.pick(ADULT_MOD + ["meia maratona", "triatlo sprint", "futebol master"]))),
               ("Encaminhado por", P(g.pick([ev.full, ev.short])))]
    kv_block(g, doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nMotivo: PAR-Q com resposta positiva na(s) pergunta(s) «q»; avaliação solicitada pel«o» profissional de educação física "
          "«e» («cr»).\n\n", q=", ".join(str(x) for x in sorted(g.sample(range(1, 8), g.ri(1, 3)))), o="a" if ev.female else "o",
          e=P(g.pick([ev.first, ev.full])), cr=(g.council("CREF", uf), "PROFESSIONAL_ID"))
    rows = []
    fc = g.ri(55, 80)
    for est in ["repouso", "estágio 1", "estágio 2", "estágio 3", "pico", "recuperação 3'"]:
        fc = fc + g.ri(10, 30) if est not in ("repouso", "recuperação 3'") else (fc if est == "repouso" else fc - g.ri(30, 50))
        rows.append([V(est), V(str(fc)), V(f"{g.ri(11, 19)}x{g.ri(6, 9)}"), V(g.pick(["sem alterações", "sem alterações", "ESV isolada", "infra ST 0,5 mm"]))])
    doc.t("Teste ergométrico (protocolo de Bruce):\n")
    table_ruled(doc, ["fase", "FC (bpm)", "PA (mmHg)", "ECG"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nConclusão: «c». CID «cid». Reavaliar em 12 meses.\n\n«ci», «d».\n\n«n»\nCardiologia e Medicina do Esporte — «crm» — RQE «rqe»\n",
          c=g.pick(["APTO para atividade física sem restrições", "APTO com restrição: evitar exercício isométrico de alta carga",
                    "APTO após ajuste de medicação anti-hipertensiva", "INAPTO temporariamente — solicitar ecocardiograma"]),
          cid=g.pick(["Z02.5", "Z00.0", "I10", "Z02.5"]), ci=city, d=dbr(d), n=P(g.pick([dr.full, dr.caps])),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.d(5))
    if g.chance(0.4):
        doc.f("Validação digital: «u» — assinado com certificado ICP-Brasil de «n».\n", u=f"https://valida.{cdom}/{g.hexs(10)}",
              n=P(dr.full))
    return doc


def sa_fisio_evolucao(g: Gen) -> Doc:
    """Physiotherapy record of a runner or gym member: identification, referral (CRM), dated evolution notes (CREFITO), the trainer."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS)
    city, uf = g.city()
    p = g.person()
    fis = g.person(female=g.chance(0.65))
    fis2 = g.person()
    orto = g.person()
    tr = g.person()
    icd, dg = g.pick(PHYSIO_ICD)
    d = g.day()
    doc.f("«c» — PRONTUÁRIO DE FISIOTERAPIA\nProntuário nº «n»\n\n", c=cn, n=g.d(6))
    fields = [("Nome", P(p.full)), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1955, 2008), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")) if g.chance(0.6) else ("CNS", (g.cns(), "BR_CNS")),
              ("Cartão SUS", (g.cns(), "BR_CNS")) if g.chance(0.4) else ("Convênio", V(g.pick(["particular", "Unimed", "Amil"]))),
              ("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Endereço", (g.address("text"), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Modalidade", V(g.pick(ADULT_MOD + ["corrida de rua", "futsal amador", "beach tennis"]))),
              ("Encaminhamento", P(orto.full)), ("CRM", (g.council("CRM", uf), "PROFESSIONAL_ID")),
              ("Diagnóstico", V(f"{dg} (CID {icd})"))]
    kv_block(g, doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nEVOLUÇÃO\n")
    dt = g.after(d, -50, -20)
    crs = [g.council("CREFITO"), g.council("CREFITO")]
    dfmt = g.pick(["br", "short"])
    for k in range(g.ri(3, 5)):
        dt = g.after(dt, 2, 7)
        w = g.pick([0, 0, 1])
        who = [fis, fis2][w]
        doc.f("«d» — «n» («cr»): ", d=dbr(dt, dfmt), n=P(g.pick([who.short, who.full, who.first])),
              cr=(crs[w], "PROFESSIONAL_ID"))
        if k == 1 and g.chance(0.8):
            doc.f("paciente relata que voltou a treinar por conta própria com «o» personal «t» (WhatsApp «w») — orientado a suspender "
                  "saltos e corrida. Contato com o treinador autorizado.\n", o="a" if tr.female else "o",
                  t=P(g.pick([tr.first, tr.full, tr.nick])), w=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
        else:
            doc.t(g.pick(["EVA 6/10. Crioterapia, TENS, mobilização patelar, isometria de quadríceps 5x10.",
                          "EVA 4/10. Fortalecimento de glúteo médio, propriocepção em disco, alongamento de cadeia posterior.",
                          "EVA 2/10. Agachamento unipodal sem valgo, corrida na esteira 10 min a 8 km/h sem dor.",
                          "Faltou (justificou por mensagem).", "EVA 5/10 após treino de crossfit no fim de semana. Seria prudente reduzir volume.",
                          "Liberado para retorno gradual. Alta prevista em 2 semanas."]) + "\n")
    if g.chance(0.5):
        doc.f("\nRelatório enviado ao e-mail do paciente («e») e ao ortopedista.\n", e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_nutri_jsonl(g: Gen) -> Doc:
    """A sports nutritionist's app export as JSON lines (patients with birth date, contacts, anthropometry) and her note."""
    doc = Doc()
    cn, cdom = g.pick(CLINICS[3:4] + CLINICS[:1] + CLINICS[4:])
    nut = g.person(female=g.chance(0.75))
    crn = g.council("CRN")
    lg = login(nut, g)
    d = g.day()
    doc.f("# export pacientes — app NutriTrack — profissional: «l» — gerado «t»\n", l=lg, t=ts(g.moments(1, d, 1)[0], "isoz"))
    pats = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pats.append(p)
        w = g.ri(48, 120) + g.ri(0, 9) / 10
        h = g.ri(150, 195) / 100
        rec = {"id": g.ri(10000, 99999), "nome": P(g.pick([p.full, p.full, p.short])),
               "nascimento": (g.dob("iso", 1960, 2008), "DATE_OF_BIRTH"),
               "email": (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else None,
               "celular": (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
               "objetivo": g.pick(["hipertrofia", "emagrecimento", "performance corrida", "corte para campeonato", "reeducação alimentar"]),
               "cep": (g.cep(), "BR_CEP") if g.chance(0.5) else None, "peso_kg": w, "altura_m": h, "gordura_pct": g.ri(9, 38), "modalidade": g.pick(ADULT_MOD)}
        if g.chance(0.4):
            rec["cpf"] = (g.cpf("raw"), "BR_CPF")
        if g.chance(0.3):
            rec["suplementos"] = g.sample(["creatina 5g", "whey 30g", "cafeína 200mg", "beta-alanina", "multivitamínico"], 2)
        jval(doc, rec, None)
        doc.t("\n")
    x = g.pick(pats)
    tr = g.person()
    doc.f("\nNota («n», «c»): «p» contou que o treinador «t» indicou «s» \"pra secar\" antes do campeonato. Orientei a suspender e "
          "avisei que a substância está na lista proibida. Vou conversar com o médico «dd». «w»\n", dd="dela" if x.female else "dele",
          n=P(g.pick([nut.full, nut.first])), c=(crn, "PROFESSIONAL_ID"), p=P(g.pick([x.first, x.full])), t=P(g.pick([tr.first, tr.full])),
          s=g.pick(SUBSTANCES), w=g.pick(["", f"Contato: {role_mail(g, cdom, 'nutricao')}", word_neg(g)]))
    return doc


def sa_lesoes_csv(g: Gen) -> Doc:
    """An amateur league's injury report as semicolon CSV (athlete, birth date, CPF or CNS, team, injury, attended by) and an e-mail."""
    doc = Doc()
    lg, sig, ldom = g.pick(LEAGUES)
    coord = g.person()
    pres = g.person()
    d = g.day()
    doc.f("relatorio_lesoes_«s»_«r».csv\n", s=sig.lower(), r=f"{d.year}{d.month:02d}")
    cols = ["data", "atleta", "nascimento", "documento", "celular", "equipe", "lesao", "cid", "registro_atendente", "conduta"]
    rows = []
    ppl = []
    staff = [g.person(), g.person()]
    kinds = [g.pick(["CRM", "CREFITO"]), g.pick(["COREN", "CREFITO"])]
    kinds = [g.council(k) for k in kinds]
    for _ in range(g.ri(3, 5)):
        p = g.person(female=g.chance(0.25))
        ppl.append(p)
        who = g.pick(staff)
        kind = kinds[staff.index(who)]
        icd, dg = g.pick(SPORT_ICD)
        rows.append([V(dbr(g.after(d, -28, 0))), P(g.pick([p.full, p.short, p.caps])), (g.dob(g.pick(["br", "iso"]), 1975, 2007), "DATE_OF_BIRTH"),
                     g.pick([(g.cpf(), "BR_CPF"), (g.cns(spaced=False), "BR_CNS"), (g.cpf("raw"), "BR_CPF"), V("")]),
                     (g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.7) else V(""), V(g.pick(TEAMS)),
                     V(dg), V(icd), (kind, "PROFESSIONAL_ID"),
                     V(g.pick(["gelo e retorno ao jogo", "removido ao PS", "imobilização", "encaminhado ortopedia", "alta no local"]))])
    table_csv(doc, cols, rows, ";")
    t1 = g.moments(1, g.after(d, 1, 5), 1, (8, 22))[0]
    cm = corp_mail(coord, ldom, g)
    doc.f("\nDe: «n» <«m»>\nPara: «p» <«pm»>\nData: «d»\nAssunto: Lesões do mês — «s»\n\n«pf», segue a planilha. Dois pontos:\n",
          n=P(coord.full), m=(cm, "EMAIL_ADDRESS"), p=P(pres.full), pm=(g.email(pres), "EMAIL_ADDRESS"), d=mail_date(t1), s=sig,
          pf=P(pres.first))
    r1 = g.pick(ppl)
    doc.f("1) «o» atleta «a» foi removid«x» sem ambulância no carro do técnico (placa «pl»). Sem ambulância no local o jogo nem podia ter "
          "começado (regulamento, art. 31).\n", o="A" if r1.female else "O", x=r1.o, a=P(g.pick([r1.first, r1.short, r1.nick])),
          pl=(g.plate(), "LICENSE_PLATE"))
    doc.f("2) Equipe de campo no mês: «s1» («k1») e «s2» («k2»).\n", s1=P(staff[0].short), k1=(kinds[0], "PROFESSIONAL_ID"),
          s2=P(staff[1].short), k2=(kinds[1], "PROFESSIONAL_ID"))
    doc.f("3) Precisamos renovar o seguro coletivo dos atletas até «d». A corretora pediu lista com CPF e nascimento.\n\n«n»\n"
          "Coordenação Médica — «s» — «crm»\n«t»\n", d=dbr(g.after(d, 10, 40)), n=P(g.pick([coord.first, coord.full])), s=sig,
          crm=(g.council(g.pick(["CRM", "CREFITO"])), "PROFESSIONAL_ID"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def sa_antidoping(g: Gen) -> Doc:
    """A doping-control form at an amateur championship (ruled boxes, sometimes OCR'd capitals): athlete, declared drugs, officers."""
    doc = Doc()
    lg, sig, ldom = g.pick(LEAGUES)
    city, uf = g.city()
    a = g.person()
    oc = g.person()
    ch = g.person()
    rep = g.person()
    med = g.person()
    d = g.day()
    paper = g.chance(0.35)
    U = (lambda s: ocr_t(caps_t(s), g, 0.2)) if paper else (lambda s: s)
    nm = (lambda s: ocr(fold(s).upper(), g)) if paper else (lambda s: s)
    ev, cat = g.pick([("Open de Jiu-Jitsu", "jiu-jitsu adulto preta -82kg"), ("Open de Jiu-Jitsu", "jiu-jitsu master 2 marrom -76kg"),
                      ("Copa Regional de Fisiculturismo Natural", "fisiculturismo men's physique"),
                      ("Copa Regional de Fisiculturismo Natural", "wellness feminino"), ("Meia Maratona — elite amadora", "corrida 21K M35-39"),
                      ("Final da Série Prata", "futsal master"), ("Campeonato Estadual Master", "vôlei de praia 40+")])
    doc.f(U("FORMULÁRIO DE CONTROLE DE DOPAGEM — «l»\nEvento: «e» — «c»/«u» — «d»\n\n"), l=sig, e=ev,
          c=fold(city).upper() if paper else city, u=uf, d=dbr(d))
    fields = [("Atleta", P(nm(a.full))), ("Nascimento", (g.dob("br", 1970, 2007), "DATE_OF_BIRTH")),
              ("Documento", g.pick([(g.rg(), "BR_RG"), (g.cnh(), "BR_CNH"), (g.rg(), "BR_RG")])), ("CPF", (g.cpf(), "BR_CPF")),
              ("Registro na federação", V(fed_reg(g, sig))), ("Modalidade / categoria", V(cat)),
              ("Endereço", ((fold(g.address("caps")) if paper else g.address("text")), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), ("E-mail", (g.email(a), "EMAIL_ADDRESS") if g.chance(0.6) else V("—")),
              ("Nº da amostra (urina)", V(g.d(7))), ("Kit", V(f"BEREG {g.d(6)}"))]
    if paper:
        fields = [(fold(k).upper(), v) for k, v in fields]
    kv_block(g, doc, fields, "box")
    doc.t(U("\nMEDICAMENTOS / SUPLEMENTOS USADOS NOS ÚLTIMOS 7 DIAS (declaração do atleta):\n"))
    meds = g.sample(["creatina", "whey protein", "ibuprofeno 600mg", "pré-treino importado", "dipirona", "losartana 50mg", "cafeína",
                     "termogênico de farmácia de manipulação", "colírio"], g.ri(1, 3))
    doc.t(("; ".join(meds)).upper() if paper else "; ".join(meds))
    if g.chance(0.3):
        pm = g.person()
        doc.f(U("\nAUT (uso terapêutico): sim — prescrição de Dr(a). «n», «c»\n\n"), n=P(nm(pm.short)), c=(g.council("CRM"), "PROFESSIONAL_ID"))
    else:
        doc.t(U("\nAUT (uso terapêutico): não\n\n"))
    doc.f(U("Oficial de controle de dopagem: «o»\nAcompanhante (chaperone): «c»\nRepresentante do atleta: «r» — «cr»\n"
            "Médico do evento: «m» — «crm»\n"), o=P(nm(oc.full)), c=P(nm(g.pick([ch.full, ch.short]))), r=P(nm(rep.full)),
          cr=(g.council("CREF", uf), "PROFESSIONAL_ID"), m=P(nm(med.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(U("\nDeclaro que o procedimento foi realizado conforme o Código Mundial Antidopagem. Notificação às «h».\n"
            "Resultados: «e»\n"), h=g.hm(), e=role_mail(g, ldom, "antidoping"))
    if paper:
        doc.t("[ASSINATURAS ILEGÍVEIS]\n")
    return doc


def sa_posto_medico(g: Gen) -> Doc:
    """A road race's medical post: attendances table (runner, age, bib, emergency contact, conduct), the ambulance, nurse and doctor."""
    doc = Doc()
    race, rdom = g.pick(RACES)
    city, uf = g.city()
    mdr = g.person()
    nur = g.person(female=g.chance(0.7))
    coord = g.person()
    d = g.day()
    doc.f("## Posto médico «p» — «r» — «d»\nCoordenação: «c» · «o»\n\n", p=g.pick(["km 5", "chegada", "km 15", "largada"]), r=race, d=dbr(d),
          c=P(g.pick([coord.full, coord.short])), o=g.pick(ORGANISERS))
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        ec = g.person()
        icd, dg = g.pick(HEAT_ICD)
        yy = g.ri(1955, 2006)
        ini = ".".join(w[0] for w in p.full.split() if w not in PARTICLES) + "."
        rows.append([V(ts(g.moments(1, d, 1, (6, 11))[0], "hm")), V(bib(g)), P(g.pick([p.full, p.short, p.first])) if g.chance(0.65) else V(ini),
                     (fmt_date(g.ri(1, 28), g.ri(1, 12), yy, "br"), "DATE_OF_BIRTH") if g.chance(0.6) else V(f"{d.year - yy} anos"),
                     V(f"{dg} ({icd})"), g.pick([P(ec.first), P(ec.full), V(g.pick(["mãe", "esposa", "marido", "irmão", "amiga", "pai"])), V("treinador")]),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(g.pick(["hidratação VO, liberado", "soro EV 500 ml, liberado", "removido ao hospital", "curativo", "gelo, liberado"]))])
    rows.sort(key=lambda r: r[0][0])
    table_md(doc, ["hora", "peito", "atleta", "nasc./idade", "ocorrência", "contato emergência", "telefone", "conduta"], rows)
    rem = [r for r in rows if r[-1][0] == "removido ao hospital"]
    if rem:
        doc.f("\nRemoção: USA «u», placa «pl», «h».\n", u=g.pick(["01", "02", "SAMU 192 base 3"]), pl=(g.plate(), "LICENSE_PLATE"),
              h=g.pick(["ao Hospital Santa Luzia", "ao Pronto-Socorro Municipal", "à UPA 24h Glória", "ao Hospital São Bento"]))
    else:
        doc.f("\nSem remoções. Ambulância de prontidão: USA «u», placa «pl».\n", u=g.pick(["01", "02"]), pl=(g.plate(), "LICENSE_PLATE"))
    if rem:
        doc.f("«n» saiu consciente, PA «pa». Família avisada.«c1»«c2»\n", n=(rem[0][2][0], rem[0][2][1]), pa=f"{g.ri(8, 12)}x{g.ri(5, 8)}",
              **g.pick([dict(c1=" CNS para a regulação: ", c2=(g.cns(), "BR_CNS")), dict(c1="", c2=V(""))]))
    if g.chance(0.5):
        doc.f("Corredor sem documento e sem contato no peito nº «b»: identificado pela organização pelo CPF da inscrição, «c».\n",
              b=bib(g), c=(g.cpf(), "BR_CPF"))
    doc.f("\nEnfermagem: «n» — «co»\nMédico(a) responsável: «m» — «crm»\n", n=P(g.pick([nur.full, nur.short])),
          co=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=P(g.pick([mdr.full, mdr.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("«w»\n", w=g.pick(["Temperatura às 9h: 31 °C. Seria prudente antecipar a largada no ano que vem.", word_neg(g)]))
    return doc


def sa_avaliacao_fisica(g: Gen) -> Doc:
    """A physical assessment report (fixed-width), then an e-mail to the member with the quoted reply (nutritionist referral)."""
    doc = Doc()
    fan, raz, dom = gym(g)
    m = g.person()
    ev = g.person()
    nut = g.person(female=g.chance(0.7))
    d = g.day()
    doc.f("«f» — AVALIAÇÃO FÍSICA\n", f=fold(fan).upper())
    doc.t("ALUNO(A)....: ")
    doc.e(fold(m.full).upper(), "PERSON")
    doc.t("\nNASCIMENTO..: ")
    doc.e(g.dob("br", 1955, 2008), "DATE_OF_BIRTH")
    doc.t("   SEXO: " + ("F" if m.female else "M") + "\nCPF.........: ")
    if g.chance(0.8):
        doc.e(g.cpf(), "BR_CPF")
    else:
        doc.t(g.masked_cpf())
    doc.f("\nAVALIADOR(A): «n»   «cr»\nDATA........: «d»   PROTOCOLO: «p»\n\n", n=P(fold(ev.full).upper()),
          cr=(g.council("CREF"), "PROFESSIONAL_ID"), d=dbr(d), p=g.pick(["Pollock 7 dobras", "bioimpedância InBody", "Jackson & Pollock 3 dobras"]))
    doc.t("MEDIDA                  ATUAL     ANTERIOR  META\n")
    for k, lo, hi in [("Peso (kg)", 50, 115), ("Gordura (%)", 10, 38), ("Massa magra (kg)", 35, 80), ("Cintura (cm)", 62, 115),
                      ("Quadril (cm)", 85, 120), ("Braço dir. (cm)", 24, 45), ("VO2 est. (ml/kg/min)", 25, 55)]:
        a = g.ri(lo, hi) + g.ri(0, 9) / 10
        b = a + g.ri(-30, 30) / 10
        doc.t(f"{k:<22}  {num(a):>7}   {num(b):>7}   {num(a + g.ri(-50, 20) / 10):>7}\n")
    t1 = g.moments(1, g.after(d, 1, 3), 1, (7, 22))[0]
    t2 = t1 + datetime.timedelta(hours=g.ri(1, 30))
    em = corp_mail(ev, dom, g)
    mm = g.email(m)
    doc.f("\n---\nDe: «m» <«mm»>\nPara: «e» <«em»>\nData: «d»\nAssunto: Re: Sua avaliação física\n\n", m=P(m.full), mm=(mm, "EMAIL_ADDRESS"),
          e=P(ev.full), em=(em, "EMAIL_ADDRESS"), d=mail_date(t2))
    doc.f("Oi «e», obrigad«o»! Vou marcar com a nutri.", e=P(ev.first), o=m.o)
    if g.chance(0.5):
        doc.f(" Meu celular mudou, agora é «p».", p=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        doc.t(g.pick([" Pode passar meu contato pra ela.", " Posso pagar a consulta no cartão?", ""]))
    doc.f("\n«s»\n\n", s=P(g.pick([m.first, lower(m.first), m.full])))
    doc.f("Em «d», «e» <«em»> escreveu:\n> Olá, «m»! Segue sua avaliação. Para a meta de gordura, indico a nutricionista «n» («c»), "
          "que atende na unidade às terças. WhatsApp dela: «w».\n> Equipe de Avaliação\n> «f»\n", d=ts(t1, "br"), e=P(ev.full), em=(em, "EMAIL_ADDRESS"),
          m=P(m.first), n=P(g.pick([nut.full, nut.short])), c=(g.council("CRN"), "PROFESSIONAL_ID"),
          w=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), f=fan)
    return doc


SA = [sa_atestado_aptidao, sa_fisio_evolucao, sa_nutri_jsonl, sa_lesoes_csv, sa_antidoping, sa_posto_medico, sa_avaliacao_fisica]


# =========================================================================== financeiro


def fi_recorrencia_jsonl(g: Gen) -> Doc:
    """The payment gateway's recurring-billing log of a gym chain as JSON lines; a DEBUG line leaks a card; chargebacks; note."""
    doc = Doc()
    fan, raz, dom = gym(g)
    an = g.person()
    d = g.day()
    times = g.moments(g.ri(5, 7), d, 1, (0, 24))
    leak = g.ri(0, len(times) - 1)
    people = []
    for k, t in enumerate(times):
        p = g.person()
        people.append(p)
        v = fee(g)
        if k == leak:
            jval(doc, {"ts": ts(t, "iso"), "level": "DEBUG", "svc": "billing-worker", "msg": "retry payload",
                       "card": {"number": (g.card(spaced=g.chance(0.3)), "CREDIT_CARD"), "holder": P(fold(p.full).upper()),
                                "exp": f"{g.ri(1, 12):02d}/{g.ri(27, 33)}"}, "amount": brl(v), "attempt": g.ri(2, 4)}, None)
            doc.t("\n")
        rec = {"ts": ts(t + datetime.timedelta(seconds=g.ri(1, 5)), "iso"), "level": "INFO", "svc": "billing-worker",
               "subscription": f"sub_{g.hexs(12)}", "customer": g.pick([(p.full, "PERSON"), f"cus_{g.hexs(10)}"]),
               "document": g.pick([(g.cpf("raw"), "BR_CPF"), (g.cpf("raw"), "BR_CPF"), g.masked_cpf()]),
               "email": (g.email(p), "EMAIL_ADDRESS"), "plan": g.pick(PLANS), "amount": brl(v), "card": g.masked_card(),
               "status": g.pick(["paid", "paid", "paid", "refused:insufficient_funds", "refused:expired_card", "chargeback_opened"]),
               "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.8) else None}
        jval(doc, rec, None)
        doc.t("\n")
    jval(doc, {"ts": ts(times[-1] + datetime.timedelta(minutes=3), "iso"), "level": "INFO", "svc": "webhook", "from": g.ip_priv(),
               "event": "batch_done", "ok": len(times) - 1, "failed": 1}, None)
    p = people[leak]
    cb = g.pick(people)
    doc.f("\n\nNota («a», financeiro «f»): o log DEBUG do worker gravou o número completo do cartão de «p»; abri chamado para "
          "desligar o DEBUG em produção e apagar os logs. Sobre o chargeback de «c»: «el» alega cobrança após cancelamento; "
          "o pedido está no protocolo «pr». Contestar só se não houver registro na recepção. «w»\n",
          a=P(g.pick([an.full, an.first])), f=fan, p=P(g.pick([p.first, p.full])), c=P(g.pick([cb.full, cb.short])), pr=g.protocol(),
          el="ela" if cb.female else "ele",
          w=g.pick(["", "Sem CVV no log.", "Comunicado ao encarregado de dados (Lei 13.709/2018)."]))
    return doc


def fi_repasse_wellness(g: Gen) -> Doc:
    """A corporate-wellness platform's monthly payout statement to partner gyms (psql/Markdown), and an owner's e-mail disputing it."""
    doc = Doc()
    wn, wdom = g.pick(WELLNESS)
    d = g.day()
    doc.f("«w» — Demonstrativo de repasses a parceiros — competência «m»/«y»\n\n", w=wn, m=f"{d.month:02d}", y=d.year)
    partners = g.sample(GYMS, g.ri(3, 5)) + ([(g.pick(STUDIOS)[0], "", "")] if g.chance(0.5) else [])
    rows = []
    for fan, _, _ in partners:
        ci = g.ri(40, 2200)
        rows.append([V(fan), (g.any_cnpj(), "BR_CNPJ"), V(str(ci)), V(brl(ci * g.ri(8, 19) + 0.0)), V(g.pick(BANKS)[0]),
                     (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")])
    if g.chance(0.5):
        table_md(doc, ["parceiro", "CNPJ", "check-ins", "valor (R$)", "banco", "agência", "conta"], rows)
    else:
        table_ruled(doc, ["parceiro", "CNPJ", "check-ins", "valor (R$)", "banco", "agência", "conta"], rows, "psql")
    own = g.person()
    an = g.person(female=g.chance(0.6))
    fan = partners[0][0]
    t1 = g.moments(1, g.after(d, 3, 10), 1, (7, 23))[0]
    om = g.email(own)
    doc.f("\nDe: «o» <«om»>\nPara: «r»\nData: «d»\nAssunto: Repasse «m» a menor — «f»\n\n", o=P(own.full), om=(om, "EMAIL_ADDRESS"),
          r=role_mail(g, wdom, "repasses"), d=mail_date(t1), m=MONTHS[d.month - 1], f=fan)
    doc.f("Olá. Sou «x» da «f». O repasse veio com «n» check-ins a menos do que a catraca registrou. Colaboradores como «c1» e «c2» "
          "treinaram o mês inteiro e só aparecem «k» vezes. Anexo o relatório da catraca. Também peço que o repasse passe a cair na "
          "nova conta: agência «ag», conta «ac» (mesmo CNPJ).\n\n«s»\n«t»\n",
          x="a sócia" if own.female else "o sócio", f=fan, n=g.ri(30, 300), c1=P(g.person().full), c2=P(g.person().full),
          k=g.ri(1, 4), ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), s=P(g.pick([own.full, own.first])),
          t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("\n> Resposta («a», Parcerias «w»): a troca de conta exige o formulário assinado pelo representante legal com CPF. "
              "Os check-ins recusados foram por token expirado. Dúvidas: «e»\n", a=P(g.pick([an.full, an.first])), w=wn,
              e=g.pick([(corp_mail(an, wdom, g), "EMAIL_ADDRESS"), V(role_mail(g, wdom, "parcerias"))]))
    return doc


def fi_nfse_personal(g: Gen) -> Doc:
    """A personal trainer's NFS-e as an MEI (provider CNPJ, CREF; taker's CPF, address, CEP, e-mail; Pix in the notes)."""
    doc = Doc()
    city, uf = g.city()
    pt = g.person()
    t = g.person()
    d = g.day()
    mei = mei_cnpj(g)
    raw = re.sub(r"\D", "", mei)
    pmail = g.email(pt)
    doc.f("PREFEITURA MUNICIPAL DE «c»\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero: «n»   Emissão: «d»   Código de verificação: «v»\n\n",
          c=fold(city).upper(), n=f"{g.ri(1, 900):06d}", d=ts(g.moments(1, d, 1, (7, 22))[0], "brs"), v=g.up(4) + g.d(4))
    doc.f("PRESTADOR\nRazão social: «root» «r»\nCNPJ: «cn»   Inscrição municipal: «im»\nOptante pelo Simples Nacional — MEI (Lei Complementar 123/2006)\n"
          "E-mail: «e»   Tel.: «t»\n\n", root=f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}", r=P(fold(pt.full).upper()),
          cn=(mei, "BR_CNPJ"), im=g.d(7), e=(pmail, "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    fields = [("Nome/Razão social", P(g.pick([t.full, t.caps]))), ("CPF/CNPJ", (g.cpf(), "BR_CPF")),
              ("Telefone", (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")),
              ("Endereço", (g.address("text"), "ADDRESS")), ("Município", V(f"{city} - {uf}")), ("CEP", (g.cep(), "BR_CEP")),
              ("E-mail", (g.email(t), "EMAIL_ADDRESS"))]
    doc.t("TOMADOR\n")
    kv_block(g, doc, fields, "plain")
    v = g.ri(4, 20) * 100.0
    doc.f("\nDISCRIMINAÇÃO DOS SERVIÇOS\nConsultoria e treinamento físico personalizado — «m» — «x» sessões em «mm»/«y». "
          "Profissional responsável: «p», «cr».\nCódigo do serviço: 06.04 — Ginástica, dança, esportes, natação, artes marciais e "
          "demais atividades físicas.\n\nVALOR DOS SERVIÇOS: R$ «v»   ISS: retido não   Valor líquido: R$ «v»\n\n",
          m=g.pick(MODALITIES), x=g.ri(8, 20), mm=f"{d.month:02d}", y=d.year, p=P(pt.full), cr=(g.council("CREF", uf), "PROFESSIONAL_ID"),
          v=brl(v))
    doc.f("INFORMAÇÕES COMPLEMENTARES\nPagamento via Pix, chave «k». Documento emitido por ME ou EPP optante pelo Simples Nacional. "
          "Não gera direito a crédito fiscal de IPI.\n", k=g.pick([(g.uuid(), "PIX_KEY"), (mei, "BR_CNPJ"), (pmail, "EMAIL_ADDRESS"),
                                                            (g.uuid(), "PIX_KEY")]))
    if g.chance(0.5):
        doc.f("\n--\nMensagem enviada ao tomador em «d»: \"Oi «n», segue a nota de «m». «w»\" — «p»\n", d=dbr(g.after(d, 0, 3)),
              n=P(t.first), m=g.pick(MONTHS), w=g.pick(["Bons treinos!", "Semana que vem é semana de testes.", word_neg(g)]),
              p=P(g.pick([pt.first, pt.nick])))
    return doc


def fi_carteira_cobranca(g: Gen) -> Doc:
    """A collection agency's fixed-width queue of unpaid gym fees (names cut, raw CPF, phone, CEP) with the collectors' notes."""
    doc = Doc()
    col, cdom = g.pick(COLLECTORS)
    fan, raz, dom = gym(g)
    d = g.day()
    doc.f("«c»\nCARTEIRA: «f» — MENSALIDADES EM ATRASO — POSICAO «d»\n\n", c=fold(col).upper(), f=fold(fan).upper(), d=dbr(d))
    doc.t("CONTRATO    DEVEDOR                    CPF          TELEFONE     CEP       DIAS  VALOR      COBRADOR\n")
    doc.t("-" * 104 + "\n")
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        people.append(p)
        doc.cell(g.d(10), 10)
        doc.t("  ")
        nmv = fold(g.pick([p.full, p.full, p.inverted])).upper()
        doc.cell(cut(typo(nmv, g) if g.chance(0.12) else nmv, 25), 25, "PERSON")
        doc.t("  ")
        r = g.rng.random()
        if r < 0.1:
            doc.cell("NAO INFORM", 11)
        elif r < 0.2:
            doc.cell(g.neg(11), 11)
        else:
            doc.cell(g.cpf("raw"), 11, "BR_CPF")
        doc.t("  ")
        ddd, local = g.msisdn(mobile=g.chance(0.85))
        doc.cell(ddd + local, 11, "PHONE_NUMBER")
        doc.t("  ")
        doc.cell(g.cep(False), 8, "BR_CEP")
        doc.t("  ")
        doc.cell(str(g.ri(31, 720)), 4, right=True)
        doc.t("  ")
        doc.cell(brl(fee(g) * g.ri(1, 8)), 9, right=True)
        doc.t("  ")
        doc.t(login(g.person(), g) + "\n")
    doc.t("-" * 104 + "\n\nANOTACOES DOS COBRADORES\n")
    a, b, c = g.sample(people, 3)
    sp = g.spouse(a)
    doc.f("«d1» — ligação para «n»: atendeu «r» «s», disse que «o» devedor«a» mudou para a «ad», CEP «cep». Novo celular «t».\n",
          d1=dbr(g.after(d, -10, 0)), n=P(g.pick([a.short, a.first])), r="o marido" if not sp.female else "a esposa", s=P(g.pick([sp.first, sp.full])),
          o="a" if a.female else "o", a="a" if a.female else "", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.f("«d2» — «n» alega que cancelou em «dc» e tem print da conversa com a recepcionista «rc». Suspender cobrança e pedir à "
          "«f» o registro do cancelamento (Lei 8.078/1990, art. 42).\n", d2=dbr(g.after(d, -10, 0)), n=P(g.pick([b.full, b.first])),
          dc=dbr(g.after(d, -200, -60)), rc=g.pick([P(g.person(female=True).first), V("da unidade")]), f=fan)
    doc.f("«d3» — «n» fez acordo: 3x de R$ «v» no Pix «k»; comprovante para «e».\n", d3=dbr(g.after(d, -10, 0)),
          n=P(g.pick([c.full, c.short])), v=brl(fee(g)), k=(g.uuid(), "PIX_KEY"), e=g.pick([V(role_mail(g, cdom, "acordos")), (corp_mail(g.person(), cdom), "EMAIL_ADDRESS")]))
    return doc


def fi_inscricoes_csv(g: Gen) -> Doc:
    """A race's registration export (CSV: name, CPF, birth date, category, team, e-mail, phone, payment) and a refund e-mail."""
    doc = Doc()
    race, rdom = g.pick(RACES)
    d = g.day()
    sep = g.pick([",", ";"])
    doc.f("inscricoes_«r»_«d».csv\n", r=re.sub(r"[^a-z0-9]+", "_", lower(race)).strip("_"), d=f"{d.year}{d.month:02d}{d.day:02d}")
    cols = ["nome", "cpf", "nascimento", "sexo", "categoria", "equipe", "camiseta", "email", "celular", "status", "cupom", "ip"]
    rows = []
    ppl = []
    cpfs = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        ppl.append(p)
        yy = g.ri(1955, 2007)
        cpfs.append(g.cpf_digits())
        rows.append([P(g.pick([p.full, p.full, p.caps, p.low])), (g.pick([fmt_cpf(cpfs[-1]), cpfs[-1]]), "BR_CPF"),
                     (fmt_date(g.ri(1, 28), g.ri(1, 12), yy, g.pick(["br", "iso"])), "DATE_OF_BIRTH"), V("F" if p.female else "M"),
                     V(age_group(p.female, yy, d.year)), V(g.pick(["", "", g.pick(STUDIOS)[0], "Assessoria Pés Ligeiros", "Corredores da Aurora"])),
                     V(g.pick(["P", "M", "G", "GG", "BL P", "BL M"])), (g.email(p), "EMAIL_ADDRESS"),
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), V(g.pick(["pago", "pago", "pendente", "estornado"])),
                     V(g.pick(["", "", f"ASSESS{g.ri(10, 30)}", "PCD"] + (["SENIOR60"] * 3 if d.year - yy >= 60 else []))), (g.ip(), "IP_ADDRESS") if g.chance(0.9) else V("")])
    table_csv(doc, cols, rows, sep)
    k = g.ri(0, len(ppl) - 1)
    p = ppl[k]
    an = g.person(female=g.chance(0.6))
    t1 = g.moments(1, g.after(d, 1, 10), 1, (7, 23))[0]
    doc.f("\nDe: «n» <«m»>\nPara: «to»\nData: «d»\nAssunto: estorno da inscrição\n\n", n=P(p.full), m=(g.email(p), "EMAIL_ADDRESS"),
          to=role_mail(g, rdom, "inscricoes"), d=mail_date(t1))
    doc.f("Olá, machuquei o «l» e não vou correr. O regulamento fala em estorno de 80% até 15 dias antes. Paguei por Pix, então "
          "peço o depósito na conta «b», agência «ag», conta «ac», em meu nome (CPF «c»).\n«s»\n\n",
          l=g.pick(["tornozelo", "joelho", "posterior da coxa"]), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), c=(fmt_cpf(cpfs[k]), "BR_CPF"), s=P(g.pick([p.first, p.full])))
    doc.f("> «a» (Atendimento ao atleta — «o»): estorno aprovado, cai em até 10 dias úteis. «w»\n", a=P(g.pick([an.full, an.first])),
          o=g.pick(ORGANISERS), w=g.pick(["Boa recuperação!", "", word_neg(g)]))
    return doc


def fi_pagamento_instrutores(g: Gen) -> Doc:
    """A studio's monthly payments to instructors (psql/plus/plain table: CPF, PIS, Pix key, hours), the accountant, a spouse's account."""
    doc = Doc()
    sn, mod, sdom = studio(g)
    cont = g.person()
    d = g.day()
    doc.f("«s» — pagamento de instrutores — «m»/«y»\n(RPA e MEI; hora-aula por modalidade)\n\n", s=sn, m=g.pick(MONTHS), y=d.year)
    rows = []
    ppl = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        ppl.append(p)
        h = g.ri(20, 120)
        vh = g.pick([35, 40, 45, 50, 60, 70])
        cpf = g.cpf()
        tipo, key = pix_key(g, p, cpf)
        rows.append([P(g.pick([p.full, p.short])), (cpf, "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.85) else V("MEI"),
                     V(str(h)), V(brl(h * vh + 0.0)), V(tipo), key])
    table_ruled(doc, ["instrutor(a)", "CPF", "NIT/PIS", "horas", "bruto", "tipo chave", "chave Pix"], rows, g.pick(["psql", "plus", "plain"]))
    x = g.pick(ppl)
    sp = g.spouse(x)
    doc.f("\nObs.: «n» pediu para receber na conta d«o» «r» «s» (agência «ag», conta «ac», «b»), porque a «dd» está bloqueada. "
          "Só com autorização por escrito.\n", n=P(g.pick([x.first, x.full])), o="a" if sp.female else "o",
          r="esposa" if sp.female else "marido", s=P(sp.full), dd="dela" if x.female else "dele", ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"),
          b=g.pick(BANKS)[1])
    doc.f("INSS retido 11% (RPA); ISS conforme município. Contador: «c» — «crc» — «e»\n", c=P(g.pick([cont.full, cont.short])),
          crc=(g.council("CRC"), "PROFESSIONAL_ID"), e=g.pick([(corp_mail(cont, "contabilidadeaurora.com.br", g), "EMAIL_ADDRESS"),
                                                               V(role_mail(g, sdom, "contabilidade"))]))
    if g.chance(0.2):
        doc.f("Substituição na aula de «m» das 7h: «n» cobre «o» até o dia «d» (mesma hora-aula).\n", m=mod, n=P(g.person().full),
              o=P(g.pick(ppl).first), d=g.ri(10, 28))
    return doc


def fi_telegram_liga(g: Gen) -> Doc:
    """Telegram (or WhatsApp) export of an amateur league's board: team fees, referees' fees, the van's plate, a transfer fee."""
    doc = Doc()
    lg, sig, ldom = g.pick(LEAGUES)
    pres = g.person(female=g.chance(0.3))
    tes = g.person(female=g.chance(0.5))
    sec = g.person()
    t0 = g.moments(1, g.day(), 1, (7, 22))[0]
    tt = iter(seq_times(g, 30, t0, 40, 2400))
    last = [None]
    if g.chance(0.5):
        doc.f("Telegram · grupo \"Diretoria «s»\" · exportado em «d»\n", s=sig, d=ts(t0 + datetime.timedelta(days=2), "br"))
        names = {"pres": P(g.pick([pres.first, pres.short, pres.nick])), "tes": P(g.pick([tes.first, tes.short])),
                 "sec": P(g.pick([sec.first, sec.nick]))}

        def say(who, template, **vals):
            t = next(tt)
            if who != last[0]:
                doc.f("\n«n»\n", n=names[who])
                last[0] = who
            doc.f("[«hh»] " + template + "\n", hh=ts(t, "hm"), **vals)
    else:
        # WhatsApp export from the treasurer's phone: "Você", a saved name, unsaved numbers
        doc.f("Conversa do WhatsApp com Diretoria «s»\n\n", s=sig)
        names = {"tes": V("Você"), "pres": P(g.pick([pres.first, pres.short, pres.nick])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER"),
                 "sec": (g.phone("wa"), "PHONE_NUMBER")}
        st = chat_stamp(g.chance(0.4))

        def say(who, template, **vals):
            cl(doc, st(next(tt)), names[who], template, **vals)

    say("tes", "taxa de inscrição: faltam «a» e «b». CNPJ da liga pra nota do patrocinador é «c»", a=g.pick(TEAMS), b=g.pick(TEAMS),
        c=(g.cnpj(), "BR_CNPJ"))
    if g.chance(0.7):
        say("tes", "lembrando: Pix da liga é a chave aleatória «k», não mandem pro meu CPF", k=(g.uuid(), "PIX_KEY"))
    say("pres", "cobra o «t» do «e», ele prometeu pagar sexta", t=g.pick([P(g.person(female=False).first), P(g.person(female=False).nick), V("técnico")]),
        e=g.pick(TEAMS))
    ref = g.person()
    say("tes", "pagamento da arbitragem da rodada: «r» (CPF «c»), Pix «k»", r=P(ref.full), c=(g.cpf(), "BR_CPF"), k=pix_key(g, ref)[1])
    if g.chance(0.5):
        say("sec", "o zap dele é «z», se precisar do comprovante", z=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        r2 = g.person()
        say("tes", "e «o» assistente «r» não tem Pix, passou conta: ag «ag» cc «ac» «b»", o="a" if r2.female else "o", r=P(g.pick([r2.full, r2.short])),
            ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"), b=g.pick(BANKS)[1])
    say("sec", "van pro jogo fora: «m» placa «p», motorista «n», saída 6h da sede", m=g.pick(["Sprinter", "Ducato", "Master", "Kombi"]),
        p=(g.plate(), "LICENSE_PLATE"), n=g.pick([P(g.person(female=False).first), V("o de sempre"), V("do contrato")]))
    ath = g.person(female=False)
    say("sec", "transferência: «n», CPF «c», nasc. «d», do «a» pro «b». Taxa R$ «v»", n=P(ath.full), c=(g.cpf(), "BR_CPF"),
        d=(g.dob("br", 1980, 2007), "DATE_OF_BIRTH"), **dict(zip("ab", g.sample(TEAMS, 2))), v=brl(g.pick([50, 80, 120, 150]) + 0.0))
    say("pres", "confere se ele não tá suspenso pelo TJD antes de liberar. «w»", w=g.pick(["", word_neg(g)]))
    if g.chance(0.6):
        say("tes", "seguro dos atletas: corretora pediu o título de eleitor do presidente pro cadastro, manda aí")
        say("pres", "«t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    say("tes", "prestação de contas vai pro «e» até dia «d»", e=g.pick([(corp_mail(tes, ldom, g), "EMAIL_ADDRESS"), V(role_mail(g, ldom, "financeiro"))]),
        d=g.ri(5, 28))
    say("sec", g.pick(["👍", "blz", "ok, amanhã passo na sede"]))
    return doc


FI = [fi_recorrencia_jsonl, fi_repasse_wellness, fi_nfse_personal, fi_carteira_cobranca, fi_inscricoes_csv, fi_pagamento_instrutores, fi_telegram_liga]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT 100.64/10, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: str(NUM_WORDS.index(m.group(0))) if m.group(0) in NUM_WORDS else m.group(0), v))
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
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|téc)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRC|CREA|CRQ|CREFITO|CREF|CRN|CRF)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 11-digit runs (dots and dashes allowed) outside the spans pass no PIS/NIS or CNH check either
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    # 12-digit runs outside the spans are never a valid título de eleitor
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # role mailboxes are never labelled, and a person's e-mail is never left out
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
    print("hundredtenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
