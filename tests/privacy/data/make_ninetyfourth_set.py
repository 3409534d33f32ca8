"""Build the ninety-fourth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyfourth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9494, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: MENTAL HEALTH AND PSYCHOLOGY -- private psychology and psychiatry practices, online
therapy platforms, CAPS (Centros de Atenção Psicossocial) and the RAPS referral network, therapeutic
communities and addiction rehab, psychiatric emergencies (SAMU) and involuntary admissions notified to
the Ministério Público (Lei 10.216/2001), curatorship suits, school psychologists, company employee-
assistance programmes (EAP / PAE) and burnout leaves, health-plan reimbursement of sessions, the
psychologists' council (CRP) and its ethics procedure, suicide-prevention hotlines. Layouts vary
heavily: session notes (SOAP), intake forms ("Campo: valor", dotted leaders, ruled boxes), e-mail
threads (with X-Originating-IP headers), WhatsApp exports (Android and iOS; senders by name or by
number; a business account), platform JSON panels and exports, one-line JSON (e-SUS/RAAS), CSV
(comma and semicolon), reimbursement forms and receipts, court petitions and an expert report,
fixed-width reports (names cut at the field width, "SURNAME, GIVEN"), Markdown tables, a
speech-to-text call transcript (lower case, no accents), OCR'd scans with typos, log lines with IPs,
an ALL CAPS emergency record, official letters.
- atendimento: (0) an online therapy platform's support ticket (double charge with the card typed
  in, change of psychologist, receipts for reimbursement, video session that will not open) with the
  internal account panel in JSON (CPF, birth date, social name, CNH checked at sign-up, address,
  current psychologist and CRP, emergency contact, login IPs) and the agent's answer; (1) a
  WhatsApp export between a private practice's business account (and the psychologist) and a patient
  or the parent of a child: booking, registration data typed for the receipt, payment by a random Pix
  key, the practice's CNPJ or an account (sometimes a card number typed in), a night crisis message,
  the automatic answer with the CVV 188, the psychologist's reply; (2) a CAPS intake form (civil
  and social name, CNS, CPF or "não possui", birth date, mother, address or "situação de rua", CEP,
  phones, reference contact, the referring doctor's CRM, ICD code, risk, the narrative with nicknames
  and relatives, the reference worker with CRP, CRESS, COREN or CREFITO-TO); (3) the speech-to-text
  transcript of a call to a health plan about a psychotherapy reimbursement (CPF read in groups,
  spoken birth date, the psychologist's CRP read out, agency and account, e-mail, address, CEP);
  (4) an EAP call centre's case queue (semicolon CSV: company and CNPJ, employee or "ANÔNIMO",
  phone, e-mail, psychologist and CRP), the supervisor's note and the employee portal's log lines;
  (5) an e-mail thread between a school psychologist and a parent (child's birth date corrected,
  neuropaediatrician's CRM, referral to the CAPSi); (6) a clinic's day agenda (Markdown tables per
  professional, patients with CPF and phone) and the video-room log (display names, IPs).
- juridico: (0) a psychiatric hospital's letter to the Ministério Público notifying an involuntary
  admission or its discharge (patient qualified, the requesting relative with CPF and RG or CNH, the
  psychiatrist's CRM, the ambulance's plate, the technical director, the social worker's CRESS);
  (1) a petition for curatorship (ação de curatela): petitioner and ward qualified (RG, CPF, CNS,
  voter card), the ward's BPC account, the psychiatrist, witnesses with addresses, the lawyer's OAB
  and e-mail; (2) an OCR'd ALL CAPS psychiatric expert report in a curatorship suit (examinee,
  petitioner, court-appointed expert's CRM, the party's technical assistant with CRP, judge);
  (3) a labour claim for burnout as an occupational disease (claimant with PIS, CPF, birth date,
  voter card, address; employer CNPJ; the supervisor; the EAP psychologist; the table of sick notes
  with CID codes and doctors' CRMs; witnesses; OAB); (4) an e-mail thread between a Promotoria and a
  therapeutic community about a resident held against his will, with the list of residents (birth
  dates, CPF); (5) a patient's LGPD request to an online therapy platform and the DPO's JSON export
  (sessions with the psychologist's CRP, access IPs, emergency contact, masked cards); (6) an ethics
  complaint to a Regional Council of Psychology (complainant qualified, the psychologist's CRP and
  office address, transcribed WhatsApp prints, the e-form's IP, the rapporteur's order).
- saude: (0) a private practice's psychotherapy record (header in a box or a form; SOAP notes naming
  relatives, bosses and the psychiatrist); (1) a RAPS referral and counter-referral from a UBS to a
  CAPS (user, CNS, mother, doctor's CRM, nurse's COREN, reference worker's CRP / CRESS / CREFITO-TO);
  (2) a SAMU 192 record of a psychiatric emergency in ALL CAPS (caller, patient with age and birth
  date, CNS, address, regulating doctor, ambulance plate, crew with COREN, receiving doctor or
  "PLANTONISTA"); (3) a therapeutic community's fixed-width roster (names cut, birth date, CPF or
  "NÃO POSSUI", CNS, kinship and phone of the contact) with the month's occurrences (the van's
  plate, a consultation, a resident who left); (4) a CAPS's one-line JSON export of RAAS records
  (professional's CNS and CBO, user's CNS, CPF, name, social name, birth date, phone) with the
  coordinator's note on a user with two CNS; (5) a psychological report (Resolução CFP nº 06/2019)
  for a driving licence (CNH number, RENACH), a firearm permit, a court, a school or bariatric
  surgery, sometimes an OCR'd scan; (6) an HR / SESMT e-mail thread on a burnout leave: the
  psychiatrist's sick note, the INSS request (NIT, birth date, CPF, address), the EAP psychologist.
- financeiro: (0) a health plan's reimbursement request (holder, dependant, birth date, address,
  agency and account, the receipts' table with the psychologist's CRP and CPF -- once mistyped and
  glossed -- and the analyst's decision); (1) receipts issued by a self-employed psychologist
  (payer's and dependant's CPF, amount in words, CRP, CPF, office address and phone); (2) an online
  platform's payout CSV to psychologists (CRP, CPF, random Pix key or agency and account), a
  chargeback with the card number and the payment log (e-mails, IPs); (3) HR's fixed-width report of
  employees on leave (B31 / B91, CID column, CPF, PIS, agency, account) with notes; (4) an e-mail
  thread asking the psychologist for the annual statement for the income-tax return (patient's and
  dependant's CPF, dependant's birth date, office address); (5) a private psychiatric clinic's
  statement of account for an admission (the financially responsible relative with CPF, RG or CNH,
  address, phone, e-mail; the ambulance's plate; the clinic's random Pix key; the collection e-mail
  and an answer with a card number or a Procon complaint); (6) a curator's accounts to the court
  (ward's CPF and voter card, the BPC account, expenses paid to a caregiver by random Pix key or by
  CPF key, a driver and his car's plate, the MP's opinion).

Conventions (the twentieth set's): PERSON covers the name only, never "Sr.", "Sra.", "Dr.", "Dra.",
"dona"; particles inside a name (de, da, do, das, dos, e) and suffixes (Filho, Júnior, Neto,
Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first names alone and nicknames, also in
lower case (the transcript, video-room display names) or ALL CAPS, are persons. Staff named in the
text are persons: psychologists, psychiatrists and other doctors, nurses, social workers,
occupational therapists, attendants, analysts, supervisors, coordinators,
DPOs, lawyers, judges, promotores and their analysts, conciliators, SAMU crews and drivers, HR and
occupational-health staff. Logins ("rbastiao79", "esampaiocysne00"), user ids, the practice's
WhatsApp business account and its automatic message, and generic display names ("Profissional",
"Paciente", "Convidado", "Consultório 3") are not. Corporate e-mails of people are EMAIL_ADDRESS;
role mailboxes (dpo@, contato@, secretaria@, sesmt@, reembolso@, saudemental@) are not labelled.
ADDRESS is street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or
spoken (not bairro, city, UF; the CEP is BR_CEP). Agency and account are separate BANK_ACCOUNT
spans (also read digit by digit in the transcript); bank codes and names are not. PIX_KEY only for
random (UUID) keys, whoever owns them. DATE_OF_BIRTH only for birth dates, in any form (dd/mm/yyyy,
d/m/yyyy, dd/mm/yy, ISO, long, ALL CAPS long, spoken "16 do 12 de 1984" or "09 07 1972"); dates of
sessions, intake, admission, discharge, leave, exams, hearings, logs and payments are not, nor is an
age ("23 ANOS"). PROFESSIONAL_ID includes the council acronym and UF or region. CNPJs (numeric and
the 2026 alphanumeric form, dotted or raw) of practices, platforms, hospitals, communities,
employers and plans are BR_CNPJ. Masked values ("final 1234", "•••• 1234") are not labelled.
Decisions of this set:
- PROFESSIONAL_ID: the psychologist's CRP in its written forms ("CRP 06/123456", "CRP-05/54321",
  "CRP nº 04/45678", "CRP 6ª Região nº 12345", "CRP06/123456") and as transcribed from speech
  ("crp 06 123456", "crp 24 barra 37664", "crp 6 621349"); CRM, COREN and OAB as before; and, decided
  here, the social worker's CRESS ("CRESS 7ª Região nº 12345", "CRESS/SP 12345", "CRESS-7 12345")
  and the occupational therapist's CREFITO ("CREFITO-3 12345-TO"). The RQE (specialist registration)
  printed after a CRM is not labelled and stays outside the CRM span.
- BR_CNS also for professionals' CNS in the RAAS export and for both the provisional and the
  definitive CNS of a user with two cards.
- A social name (nome social) is a PERSON like the civil name.
- ADDRESS also covers the office of a self-employed psychologist (printed on receipts and statements,
  or given in an ethics complaint: "Rua Luz do Sol, 147, sala 28"); the seats and units of clinics,
  CAPS, hospitals, communities and employers ("com sede na Avenida ...") are not labelled, and
  "situação de rua — referência: Praça da Luz" is not an address.
- Persons' names inside the names of units and institutions are not persons: CAPS II Nise da
  Silveira, CAPS AD III Dr. Aderbal Catunda, CAPS II Arthur Bispo do Rosário, CAPS III Franco
  Basaglia, UBS Dr. Jamil Bechara, Hospital de Saúde Mental Prof. Frota Pinto, Sanatório Prudente de
  Morais, Colégio Prudente de Morais, Escola Municipal Prof.ª Zuleica Bezerril, Transportes Catunda &
  Filhos, Banco Capistrano S.A., Amado & Torquato Psicólogos Associados, Metalúrgica Klitzke.
- A Pix key that is a CPF ("Pix CPF 137.972.818-54") is BR_CPF and a CNPJ given for Pix is BR_CNPJ;
  only random keys are PIX_KEY.
- Full card numbers typed by patients or relatives (ticket, WhatsApp, e-mail) or reported in a
  chargeback are CREDIT_CARD; the holder name embossed on the card is a PERSON.
- IP_ADDRESS is every globally routable IPv4 or IPv6 address: platform logins, the employee portal,
  video-room joins, payment logs, an IP the patient copies into a ticket, X-Originating-IP headers, the CRP
  e-form. Private addresses (terminals, export hosts, LAN logins) are not labelled.
- LICENSE_PLATE: SAMU and private ambulances, the therapeutic community's van, the car of the driver
  who takes the ward to the CAPS.
- Names cut by a fixed-width field are labelled as they stand ("MOURA AMADO NASCIMENTO, JO"); so are
  names and addresses damaged by OCR ("DEV0RAH MARTINS ZYLBERSTAJN", "Maria cla Luz Costa Cysne");
  identifiers in the scans are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Zózimo,
Epaminondas, Escolástica, Leocádia, Teotônio), coined (Uélinton, Kethellen, Dhafiny, Wallysson,
Raylla), Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Syrian, Korean, Chinese, Haitian,
Angolan, Congolese, Senegalese, Cuban, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan,
Polish/Ukrainian, Armenian -- with rare or invented name words well above a quarter (main() prints
the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Serena,
Glória, Esperança, Pérola, Bento, Prudente, Amado, Clemente, Sereno, Justo, Leão, Branco; surnames
Rosa, Branco, Prudente, Amado, Leão, Paz, Cruz, Luz, Torres, Lobo, Neves, Serra, Vale, Sereno,
Estrela, Pastor) are used as names and, elsewhere, as words and in practices, platforms, units,
companies and places, which are not persons: "a fé e a esperança", "ver a luz no fim do túnel",
"a vitória da semana", "PORTÃO BRANCO", "MURO ROSA", Espaço Serena Psicologia, Clínica Luz Interior,
Instituto Aurora de Psiquiatria, Consultório Flor de Lótus, Centro Clemente de Psicoterapia, Vitória
Mental, Luz Terapia Digital, Vitória Saúde, Plano Aurora Saúde, CAPS II Leão Sereno, CAPS III
Aurora, CAPSi Flor do Cerrado, Comunidade Terapêutica Nova Aurora, CT Recanto Sereno, Fazenda Vida
Nova Bento, Casa de Recuperação Luz do Amanhã, Supermercados Bento, Rede de Farmácias Leão,
Indústria Têxtil Rosa Branca, Vila Rosa, Bairro da Luz, Praça da Luz, Presidente Prudente, Santa
Rosa, Bento Gonçalves, Nova Aurora, Estrela (RS), Esperança (PB), Vitória (ES).

Hard negatives (never labelled): ICD-10 codes of the register (F32.1, F33.1, F41.0, F41.1, F43.0,
F43.1, F43.2, F48.0, Z73.0, Z56.3, Z56.6, F20.0, F25.0, F31.2, F10.2, F14.2, F19.2, F84.0, F90.0...)
and the ICD-11 QD85; the CVV 188, SAMU 192 and 0800 numbers; CNES numbers, SIGTAP procedure
codes (0301080232), CBO codes (251510), INSS benefit numbers (NB), CTPS numbers and series, RENACH,
health-plan card numbers, RQE, prontuário, internação, ticket, case (EAP-2025-12345), protocol,
Notícia de Fato and Procon numbers, Receita Saúde verification codes, payment and user ids; CNJ
process numbers; 11-digit numbers failing the CPF check (protocols, a psychologist's mistyped CPF;
the script checks every CPF-shaped run outside a gold span) and 15- and 16-digit runs (checked not to
be valid CNS or Luhn-valid cards); private IPs; scale scores (PHQ-9 = 17, GAD-7, AUDIT), doses and
money; laws and rules (Lei 10.216/2001, Lei 13.146/2015, Lei 13.935/2019, Lei 13.840/2019, Lei
8.213/1991, Lei 10.826/2003, Lei 13.709/2018, Portarias GM/MS 3.088/2011, 2.391/2002 and 1.999/2023,
Resoluções CFP 1/2009, 06/2019, 010/2005 and 8/2020, Resolução CONAD 1/2015, RN ANS 541/2022,
Resolução CONTRAN 927/2022); companies and units named after people or words; streets named after
people outside an address; dates that are not birth dates.
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
SEED = 9494
OUT_NAME = "ninetyfourth.jsonl"

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

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline",
            "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Júlia", "Mariana", "Gabriela", "Beatriz",
            "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Cristiane", "Simone", "Ana Paula",
            "Maria José", "Lúcia", "Rita"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo"]
RARE_F = ["Lucivânia", "Edvânia", "Marinalva", "Zenaide", "Cleonice", "Gessilda", "Deuzuíta", "Irisvalda", "Maricélia",
          "Elenilda", "Valdirene", "Edinalva", "Ducilene", "Auricélia", "Nilzete", "Joanice", "Enilde", "Benvinda",
          "Zuleica", "Ambrosina", "Carmelita", "Edwiges", "Genoveva", "Hercília", "Jovelina", "Laurentina", "Umbelina",
          "Escolástica", "Felisbina", "Rufina", "Kethelyn", "Jhéssyca", "Thaynná", "Layanne", "Ysllany", "Dhafiny",
          "Kaillany", "Rhayane", "Stheffany", "Wemilly", "Lauryanne", "Thuany", "Ketlen", "Gleiciane", "Dejanira",
          "Leocádia", "Ermelinda", "Clotildes", "Iracilda", "Nadjane", "Eulina", "Raylla", "Dhulia", "Yngrid",
          "Kethellen", "Joelma Cristina", "Sulamita", "Zilmara", "Edileusa"]
RARE_M = ["Josivan", "Erinaldo", "Francivaldo", "Luzimar", "Zenildo", "Genival", "Aderbal", "Adamastor", "Zózimo",
          "Osmarino", "Deoclécio", "Valdomiro", "Ananias", "Belmiro", "Crispim", "Epaminondas", "Fortunato", "Gervásio",
          "Hildebrando", "Libório", "Macário", "Onofre", "Porfírio", "Saturnino", "Tibúrcio", "Uélinton", "Kawan",
          "Rickelme", "Jhonathan", "Dhavid", "Wanderclei", "Maykon", "Jeyson", "Weverton", "Kayky", "Luanderson",
          "Adryel", "Wesllen", "Gilcimar", "Erisvaldo", "Djavan", "Edicarlos", "Ozéias", "Eliabe", "Jocimar", "Genésio",
          "Teotônio", "Anésio", "Ubirajara", "Wallysson", "Kleverson", "Dyego", "Aristeu", "Juvenal", "Cosmo"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Serena", "Glória", "Esperança", "Pérola",
          "Maria da Luz", "Maria das Neves", "Maria da Glória", "Rosa Maria"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Sereno", "Justo", "Modesto", "Leão", "Vitório", "Branco"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante"]
RARE_SUR = ["Bezerril", "Quintela", "Mafra", "Torquato", "Ibiapina", "Catunda", "Jaguaribe", "Valadares", "Menescal",
            "Boaventura", "Pessanha", "Juruena", "Carapeba", "Sabóia", "Canuto", "Noleto", "Pompeu", "Arcoverde",
            "Cambuí", "Tabosa", "Moita", "Bonfim", "Cysne", "Benício", "Capistrano", "Vidigal", "Mamede", "Girão",
            "Fialho", "Pamplona", "Aragão", "Magalhães Pinto", "Saraiva", "Barreira", "Bastião", "Colares", "Sampaio",
            "Frota", "Linhares", "Tavora", "Bandeira de Mello", "Coutinho", "Assunção", "Gurgel", "Nóbrega", "Parente",
            "Bessa", "Holanda", "Quixadá", "Manso"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Aurora", "Estrela", "Pastor"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundinho", "Maria das Neves": "Nevinha", "Maria da Glória": "Glorinha", "Maria da Luz": "Luzinha",
        "Luiz": "Lula", "Benvinda": "Binda", "Edwiges": "Duda", "Carmelita": "Lita", "Genoveva": "Veva",
        "Onofre": "Nofre", "Porfírio": "Firo", "Fortunato": "Tunico", "Kawan": "Kawanzinho", "Epaminondas": "Mino",
        "Jovelina": "Jove", "Zenaide": "Zena", "Hildebrando": "Brando", "Marinalva": "Nalva", "Valdomiro": "Miro",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Jeyson": "Jey", "Aderbal": "Dedé",
        "Ermelinda": "Linda", "Leocádia": "Cadinha", "Teotônio": "Teté", "Ubirajara": "Bira", "Cosmo": "Cosminho",
        "Juvenal": "Nena", "Sulamita": "Sula", "Dejanira": "Jana"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Nunzia"], ["Salvatore", "Pasquale", "Gianluca"],
           ["Bertolini", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dalla Costa", "Tomasi"]),
    "de": (["Hildegard", "Gerda", "Elke"], ["Egon", "Siegfried", "Dieter"],
           ["Kuhn", "Schmitt", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp"]),
    "jp": (["Akemi", "Mayumi", "Keiko"], ["Takeshi", "Minoru", "Yukio"],
           ["Higa", "Kanashiro", "Miyazaki", "Tokunaga", "Shimabukuro", "Arakaki"]),
    "ar": (["Samira", "Jamile", "Soraya"], ["Jamil", "Kalil", "Nabih"],
           ["Jafet", "Bechara", "Saad", "Kassab", "Khoury", "Tufik"]),
    "kr": (["Ji-woo", "Seo-yeon"], ["Dong-hyun", "Min-jun"], ["Park", "Kang", "Jung", "Lim"]),
    "cn": (["Meiling", "Xiuying"], ["Jianguo", "Weiming"], ["Liang", "Huang", "Zhang", "Guo"]),
    "ht": (["Nadège", "Marie-Carmelle", "Widline"], ["Jean-Robert", "Wesner", "Fritznel"],
           ["Pierre-Louis", "Auguste", "Désir", "Métellus", "Lindor"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Mariama", "Ndeye"], ["Abdoulaye", "Moustapha", "Ibrahima"], ["Faye", "Sarr", "Gueye", "Mbaye"]),
    "in": (["Jaciara", "Moema", "Kerexu"], ["Raoni", "Karai", "Piatã"],
           ["Guajajara", "Pataxó", "Terena", "Kayapó", "Potiguara"]),
    "jw": (["Esther", "Miriam", "Devorah"], ["Avraham", "Yossef", "Chaim"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Waisman", "Kuperman"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Condori", "Huanca", "Limachi", "Yujra"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna"], ["Stanisław", "Mykola"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
    "cu": (["Yudelkis", "Yaimara", "Dianelys"], ["Yoandri", "Osniel", "Yasmany"], ["Pupo", "Figueredo", "Cabrera Mora", "Leyva"]),
    "cd": (["Plamedi", "Exaucée", "Bijou"], ["Mukendi", "Glodi", "Exaucé"], ["Kabongo", "Ilunga", "Tshibangu", "Mbuyi"]),
    "sy": (["Hiba", "Rasha", "Nour"], ["Rami", "Ghassan", "Yazan"], ["Al-Hamwi", "Haddad", "Darwich", "Sabbagh"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am", "cu", "cd", "sy")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Graziella", "Nunzia", "Pegoraro", "Menegat", "Tomasi", "Hildegard", "Gerda", "Elke", "Egon", "Siegfried",
             "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp", "Kanashiro", "Tokunaga", "Shimabukuro",
             "Arakaki", "Minoru", "Yukio", "Jafet", "Bechara", "Kassab", "Khoury", "Tufik", "Nabih"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha"}
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


DDDS = ["11", "12", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "33", "34", "35", "37", "38",
        "41", "43", "45", "46", "47", "49", "51", "53", "54", "55", "61", "62", "63", "64", "65", "66", "67", "69",
        "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "93", "94",
        "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Vila", "Beco"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela Dalva",
                "Padre Ibiapina", "Dom Luís", "Coronel Catunda", "Professora Zuleica Bezerril", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Luz do Sol", "Rosa dos Ventos", "José Amado Torres",
                "Castro Alves", "Santos Dumont", "Frei Damião", "Irmã Dulce", "dos Ipês", "Rondon",
                "Pedro Álvares Cabral", "Doutora Nise da Silveira", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Pompeu", "Monsenhor Tabosa", "São Bento", "Beira Rio", "Vitória Régia", "dos Cajueiros",
                "Doutor Jamil Bechara", "Leão Sereno", "Serra Branca", "Pioneiro Egon Raasch", "Cônego Macário Girão"]
CITIES = [("Juazeiro do Norte", "CE"), ("Crato", "CE"), ("Iguatu", "CE"), ("Sobral", "CE"), ("Tianguá", "CE"),
          ("Aurora", "CE"), ("Mossoró", "RN"), ("Caicó", "RN"), ("Patos", "PB"), ("Campina Grande", "PB"),
          ("Esperança", "PB"), ("Serra Talhada", "PE"), ("Petrolina", "PE"), ("Garanhuns", "PE"), ("Arapiraca", "AL"),
          ("Vitória da Conquista", "BA"), ("Barreiras", "BA"), ("Luís Eduardo Magalhães", "BA"), ("Imperatriz", "MA"),
          ("Bacabal", "MA"), ("Picos", "PI"), ("Parnaíba", "PI"), ("Marabá", "PA"), ("Santarém", "PA"), ("Ji-Paraná", "RO"),
          ("Sinop", "MT"), ("Rondonópolis", "MT"), ("Dourados", "MS"), ("Rio Verde", "GO"), ("Montes Claros", "MG"),
          ("Governador Valadares", "MG"), ("Teófilo Otoni", "MG"), ("Presidente Prudente", "SP"), ("Registro", "SP"),
          ("Bauru", "SP"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Erechim", "RS"), ("Chapecó", "SC"),
          ("Pomerode", "SC"), ("Cascavel", "PR"), ("Nova Aurora", "PR"), ("Estrela", "RS"), ("Vitória", "ES"),
          ("Linhares", "ES"), ("Boa Vista", "RR"), ("Fortaleza", "CE"), ("Recife", "PE"), ("Campinas", "SP"),
          ("São Paulo", "SP"), ("Porto Alegre", "RS"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"), ("Salvador", "BA"),
          ("Rio de Janeiro", "RJ"), ("Barbacena", "MG"), ("Sorocaba", "SP"), ("Franco da Rocha", "SP"), ("Niterói", "RJ"),
          ("Florianópolis", "SC"), ("Goiânia", "GO"), ("Manaus", "AM"), ("Belém", "PA"), ("Natal", "RN"), ("Brasília", "DF")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Triângulo", "Pirajá", "Santa Luzia",
           "Conjunto Esperança", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Lagoa Seca",
           "Planalto", "Cidade Nova", "Conjunto Habitacional Leão Sereno", "Bairro da Luz", "Vila Mariana", "Pinheiros",
           "Barra Funda", "Meireles", "Boa Viagem", "Menino Deus", "Savassi", "Rio Vermelho", "Tijuca", "Jardim Paulista"]

BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro"), ("212", "Banco Original"), ("041", "Banrisul")]

# --------------------------------------------------------------------------- register pools (mental health)
# Private practices, platforms and units; several carry a word-name or a person's name, never labelled.
PRACTICES = ["Espaço Serena Psicologia", "Clínica Luz Interior", "Instituto Aurora de Psiquiatria", "Consultório Flor de Lótus",
             "Núcleo Esperança de Saúde Mental", "Centro Clemente de Psicoterapia", "Amado & Torquato Psicólogos Associados",
             "Clínica Catunda de Psiquiatria", "Instituto Ibiapina de Terapia Cognitiva", "Vitória Régia Psicologia Integrada",
             "Casa Prudente — Saúde Mental", "Espaço Acolher Psicologia", "Clínica Girassol de Psiquiatria e Psicologia",
             "Instituto Rosa dos Ventos de Psicanálise", "Clínica Mente Sã"]
PLATFORMS = ["Acolher Online", "PsicoJá", "TerapiaNaRede", "Divã Digital", "Escuta+ Telepsicologia", "Vitória Mental",
             "Aurora Terapia Online", "Sessão Leve", "Cuida Bem Psi", "Luz Terapia Digital"]
CAPS_UNITS = ["CAPS II Nise da Silveira", "CAPS AD III Dr. Aderbal Catunda", "CAPSi Estrela do Sertão", "CAPS III Franco Basaglia",
              "CAPS AD Esperança", "CAPS II Arthur Bispo do Rosário", "CAPS I Bento Torquato", "CAPSi Flor do Cerrado",
              "CAPS AD IV Vila Rosa", "CAPS II Leão Sereno", "CAPS III Aurora"]
UBS_UNITS = ["UBS Vila Estrela", "UBS Jardim Aurora", "UBS Dr. Jamil Bechara", "UBS Santa Luzia", "ESF Alto da Paz",
             "UBS Conjunto Esperança", "UBS Parque das Flores", "Clínica da Família Bento Ribeiro", "UBS Menino Deus"]
CTS = ["Comunidade Terapêutica Nova Aurora", "CT Recanto Sereno", "Fazenda Vida Nova Bento", "Casa de Recuperação Luz do Amanhã",
       "Comunidade Terapêutica Esperança Viva", "Associação Rosa de Saron", "CT Desafio Jovem Vale da Vitória",
       "Comunidade Terapêutica Leão de Judá"]
PSY_HOSPITALS = ["Hospital Psiquiátrico São Pedro", "Hospital de Saúde Mental Prof. Frota Pinto", "Clínica Psiquiátrica Serena Vida",
                 "Instituto de Psiquiatria Bom Retiro", "Hospital Espírita de Psiquiatria Luz Eterna", "Hospital Geral Santa Rosa — ala de saúde mental",
                 "Clínica de Repouso Vitória", "Hospital Dia Aurora", "Sanatório Prudente de Morais"]
HEALTH_PLANS = ["Unimed Vale do Cariri", "SulAmérica Saúde", "Bradesco Saúde", "Amil", "Hapvida NotreDame", "Geap Saúde", "Cassi",
                "Vitória Saúde", "Plano Aurora Saúde", "Porto Saúde", "Unimed Serra Gaúcha", "Saúde Caixa"]
EAP_PROVIDERS = ["Apoio+ Programa de Assistência ao Empregado", "Bem-Estar Corporativo PAE", "Vivalle EAP", "Escuta Empresa",
                 "Conviver PAE — Saúde Emocional", "Serena Corp Wellbeing"]
EMPLOYERS = ["Grupo Torquato Logística S.A.", "Contact Center Vitória Ltda.", "Rede de Farmácias Leão", "Metalúrgica Klitzke Ltda.",
             "Transportes Catunda & Filhos", "Banco Capistrano S.A.", "Supermercados Bento Ltda.", "Hospital Amado Fontes",
             "Prefeitura Municipal de Aurora", "Indústria Têxtil Rosa Branca", "Serra Azul Teleatendimento", "Construtora Menescal"]
SCHOOLS = ["Escola Municipal Prof.ª Zuleica Bezerril", "Colégio Estrela do Saber", "EEEFM Bento Torquato", "Colégio Aurora",
           "Escola Estadual Irmã Dulce", "Colégio Luz do Saber", "EMEF Vitória Régia", "Colégio Prudente de Morais"]
PROMOTORIAS = ["Promotoria de Justiça de Defesa da Saúde", "Promotoria de Justiça da Pessoa com Deficiência e do Idoso",
               "Promotoria de Justiça de Direitos Humanos — Saúde Mental", "Promotoria de Justiça Cível"]
# ICD-10 / ICD-11 codes and their captions (hard negatives); F43.x and Z73.x are the burnout codes.
CID_MOOD = [("F32.1", "episódio depressivo moderado"), ("F32.2", "episódio depressivo grave sem sintomas psicóticos"),
            ("F33.1", "transtorno depressivo recorrente, episódio atual moderado"), ("F41.1", "ansiedade generalizada"),
            ("F41.0", "transtorno de pânico"), ("F41.2", "transtorno misto ansioso e depressivo"), ("F43.1", "estado de estresse pós-traumático"),
            ("F43.2", "transtornos de adaptação"), ("F42.0", "TOC com predominância de ideias obsessivas"), ("F50.2", "bulimia nervosa"),
            ("F60.3", "transtorno de personalidade emocionalmente instável")]
CID_SEVERE = [("F20.0", "esquizofrenia paranoide"), ("F31.2", "transtorno afetivo bipolar, episódio atual maníaco com sintomas psicóticos"),
              ("F25.0", "transtorno esquizoafetivo do tipo maníaco"), ("F23.1", "transtorno psicótico agudo polimorfo"),
              ("F10.2", "síndrome de dependência do álcool"), ("F19.2", "dependência de múltiplas drogas"), ("F14.2", "dependência de cocaína"),
              ("F03", "demência não especificada"), ("F71", "retardo mental moderado"), ("F32.3", "episódio depressivo grave com sintomas psicóticos")]
CID_BURNOUT = [("Z73.0", "esgotamento (burnout)"), ("F43.2", "transtornos de adaptação"), ("F43.0", "reação aguda ao estresse"),
               ("F48.0", "neurastenia"), ("Z56.3", "ritmo de trabalho penoso"), ("Z56.6", "outras dificuldades físicas e mentais relacionadas ao trabalho"),
               ("F32.1", "episódio depressivo moderado")]
CID_CHILD = [("F84.0", "autismo infantil"), ("F90.0", "distúrbios da atividade e da atenção"), ("F93.0", "ansiedade de separação"),
             ("F91.3", "distúrbio desafiador e de oposição"), ("F81.0", "transtorno específico de leitura"), ("F94.0", "mutismo eletivo")]
MEDS = ["sertralina 50 mg", "escitalopram 10 mg", "fluoxetina 20 mg", "clonazepam 0,5 mg", "quetiapina 25 mg", "carbonato de lítio 300 mg",
        "risperidona 2 mg", "haloperidol decanoato 50 mg/mL", "venlafaxina 75 mg", "bupropiona 150 mg", "metilfenidato 10 mg",
        "olanzapina 10 mg", "ácido valproico 500 mg", "naltrexona 50 mg"]
TESTS = ["BDI-II", "BAI", "PHQ-9", "GAD-7", "WAIS-III", "HTP", "Palográfico", "AC (Atenção Concentrada)", "BFP", "Rorschach (SC)",
         "MBI-HSS", "SNAP-IV", "Escala Columbia (C-SSRS)", "AUDIT", "WISC-IV", "R-1"]
HOTLINES = ["o CVV (188)", "o CVV (188, ligação gratuita, 24h)", "188 (CVV)", "o SAMU (192)", "o CVV no 188 ou o SAMU no 192"]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria José", "Ana Paula", "João Paulo", "José Carlos", "Liz Mabel"):
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
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
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

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0C02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0004"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def org_cnpj(self, org: str) -> str:
        """The same CNPJ every time an organisation appears in the set."""
        cache = self.__dict__.setdefault("_orgs", {})
        if org not in cache:
            cache[org] = self.any_cnpj()
        return cache[org]

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

    def ip_priv(self) -> str:
        return self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                          f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", "térreo"])
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

    def office(self, style: str = "text") -> str:
        """A self-employed professional's office: street, number and room."""
        t = self.pick(["Rua", "Rua", "Avenida", "Alameda", "Travessa"])
        name = self.pick(STREET_NAMES)
        comp = self.pick([f"sala {self.ri(101, 1812)}", f"sala {self.ri(1, 30)}", f"conj. {self.ri(11, 142)}", f"sl. {self.ri(201, 909)}",
                          f"{self.ri(2, 14)}º andar, sala {self.ri(1, 12)}"])
        s = f"{t} {name}, {self.ri(10, 3999)}, {comp}"
        return fold(s).upper() if style == "caps" else s

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
        return datetime.date(self.pick([2024, 2025, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))

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

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.06", "8.15", "8.17", "8.05", "8.10", "8.26", "8.16", "8.21", "8.13", "4.05", "4.01"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}",
                          f"#{self.d(7)}", self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}",
                          f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def crp(self, style: str | None = None) -> str:
        """A psychologist's CRP: region (01-24) and number, in the usual written forms."""
        r = self.ri(1, 24)
        n = self.d(self.pick([5, 5, 6])) if r != 6 else self.d(6)
        n = str(self.ri(1, 9)) + n[1:]
        style = style or self.pick(["slash", "slash", "slash", "dash", "no", "regiao", "slash"])
        return {"slash": f"CRP {r:02d}/{n}", "dash": f"CRP-{r:02d}/{n}", "no": f"CRP nº {r:02d}/{n}",
                "regiao": f"CRP {r}ª Região nº {n}", "bare": f"CRP{r:02d}/{n}"}[style]

    def rqe(self) -> str:
        return f"RQE {self.ri(1000, 79999)}"

    def cnes(self) -> str:
        return self.d(7)

    def carteirinha(self) -> str:
        """A health-plan card number (internal id, not labelled): 17 digits or 3+13 with spaces."""
        return self.pick([f"{self.d(1)} {self.d(3)} {self.d(6)} {self.d(6)} {self.d(1)}", f"{self.d(3)}.{self.d(4)}.{self.d(6)}.{self.d(2)}-{self.d(1)}",
                          f"0{self.d(16)}", f"{self.up(3)}{self.d(12)}"])

    def nb(self) -> str:
        """An INSS benefit number (NB), not labelled."""
        return self.pick([f"{self.d(3)}.{self.d(3)}.{self.d(3)}-{self.d(1)}", f"{self.ri(1, 9)}{self.d(9)}", f"{self.ri(60, 79)}{self.d(8)}"])

    def sigtap(self) -> str:
        return self.pick(["0301080232", "0301080208", "0301080194", "0301080305", "0301080178", "0301010072", "0301080216"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE"])
        if kind == "CRP":
            return self.crp()
        if kind == "CRESS":
            r = self.ri(1, 25)
            return self.pick([f"CRESS {r}ª Região nº {self.ri(1000, 39999)}", f"CRESS/{uf} {self.ri(1000, 39999)}",
                              f"CRESS-{r} {self.ri(1000, 39999)}"])
        if kind == "TO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.ri(1000, 29999)}-TO", f"CREFITO {self.ri(1, 18)} {self.d(5)}-TO"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CRO":
            return self.pick([f"CRO-{uf} {self.ri(1000, 29999)}", f"CRO/{uf} {self.ri(1000, 29999)}"])
        if kind == "CREFITO":
            return f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F"
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


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space removed)."""
    return s[:w].rstrip()


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


def corp_mail(p: Person, dom: str) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company).lower()).split()
         if x not in ("de", "da", "do", "dos", "ltda", "e", "sa", "me", "telecom", "provedor", "servicos", "em",
                      "telecomunicacoes", "internet")]
    return "".join(w[:2]) + ".com.br"


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


# TEMPLATES_START
# =========================================================================== shared helpers of the register


def ttl(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def psico(p: Person) -> str:
    return "psicóloga" if p.female else "psicólogo"


UNITS_W = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
           "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS_W = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUND_W = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def extenso(n: int) -> str:
    """Whole reais in words (n < 100000), as written on receipts."""
    def below_1000(k: int) -> str:
        if k == 100:
            return "cem"
        parts = []
        if k >= 100:
            parts.append(HUND_W[k // 100])
            k %= 100
        if k >= 20:
            parts.append(TENS_W[k // 10] + (" e " + UNITS_W[k % 10] if k % 10 else ""))
        elif k:
            parts.append(UNITS_W[k])
        return " e ".join(parts)
    if n == 0:
        return "zero reais"
    th, rest = divmod(n, 1000)
    out = ""
    if th:
        out = "mil" if th == 1 else below_1000(th) + " mil"
        if rest:
            out += " e " if rest < 100 or rest % 100 == 0 else " "
    if rest:
        out += below_1000(rest)
    return out + " reais"


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def xip(g: Gen) -> str:
    """Sometimes an e-mail header with the sender's public IP (the marker is filled in by Doc.f as an IP_ADDRESS span)."""
    return "X-Originating-IP: [«xip»]\n" if g.chance(0.45) else ""


def hotline(g: Gen) -> str:
    return g.pick(HOTLINES)


# =========================================================================== atendimento


def at_plataforma(g: Gen) -> Doc:
    """Support ticket of an online therapy platform with the account panel (JSON) and the agent's answer."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    pac = g.person()
    psi = g.person(female=g.chance(0.75))
    ag = g.person()
    day = g.day()
    city, uf = g.city()
    plan = g.pick(HEALTH_PLANS)
    topic = g.pick(["cobranca", "troca", "recibo", "acesso"])
    cats = {"cobranca": "Pagamentos > Cobrança em duplicidade", "troca": "Sessões > Trocar de profissional",
            "recibo": "Financeiro > Recibo para reembolso", "acesso": "Sessões > Não consigo entrar na videochamada"}
    opened = g.moments(1, day, 1, (6, 23))[0]
    doc.f("«pl» · Central de Ajuda\nTicket #«tk» · aberto em «d» via «cn» · categoria: «cat»\nSolicitante: «n» <«e»>\n\n",
          pl=plat, tk=g.ri(100000, 999999), d=ts(opened, "br"), cn=g.pick(["app Android", "app iOS", "web", "e-mail"]), cat=cats[topic],
          n=P(g.pick([pac.full, pac.short, pac.first])), e=(g.email(pac), "EMAIL_ADDRESS"))
    doc.t("Mensagem:\n")
    psi_name = g.pick([psi.full, psi.short, psi.first])
    if topic == "cobranca":
        if g.chance(0.55):
            doc.f("Oi, fui cobrad«o» duas vezes pelo pacote de 4 sessões (R$ «v» cada) no cartão «cc». Podem estornar uma das cobranças? "
                  "Não tenho como pagar em dobro esse mês.\n", o=pac.o, v=g.money(180, 520), cc=(g.card(g.chance(0.5)), "CREDIT_CARD"))
        else:
            doc.f("Oi, fui cobrad«o» duas vezes pelo pacote mensal (R$ «v»), no cartão final «f». Podem estornar?\n", o=pac.o,
                  v=g.money(180, 520), f=g.d(4))
    elif topic == "troca":
        doc.f("Quero trocar de profissional. «p» desmarcou três sessões em cima da hora e eu fiquei sem suporte numa semana muito difícil. "
              "Prefiro alguém que atenda depois das 20h e que trabalhe com TCC.\n", p=P(psi_name))
    elif topic == "recibo":
        doc.f("Preciso dos recibos das sessões de «m» com meu CPF («c») e o CRP d«a» profissional, para pedir reembolso na «pl». "
              "O meu plano só aceita recibo individual por sessão.\n", m=MONTHS[day.month - 1], c=(g.cpf(), "BR_CPF"),
              a="a" if psi.female else "o", pl=plan)
    else:
        doc.f("Cliquei no link da sessão das «h» com «p» e fica só carregando. Já reinstalei o app. Se ajudar, meu IP aparece como «ip».\n",
              h=g.pick(["19h", "20h30", "7h", "12h"]), p=P(psi_name), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.t("\n--- painel interno (somente leitura) ---\n")
    rel = g.relative(pac) if g.chance(0.5) else g.spouse(pac)
    acc: dict = {"user_id": "usr_" + g.hexs(12), "criado_em": dbr(g.after(day, -400, -20), "iso"),
                 "nome": P(g.pick([pac.full, pac.full, pac.caps]))}
    if g.chance(0.2):
        soc = g.person(female=not pac.female)
        acc["nome_social"] = P(soc.first + " " + pac.last)
    acc["cpf"] = (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")
    acc["data_nascimento"] = (g.dob("iso", 1960, 2006), "DATE_OF_BIRTH")
    if g.chance(0.35):
        acc["documento_verificado"] = {"tipo": "CNH", "numero": (g.cnh(), "BR_CNH"), "verificado_em": dbr(g.after(day, -300, -20), "iso")}
    acc["email"] = (g.email(pac), "EMAIL_ADDRESS")
    acc["celular"] = (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER")
    if g.chance(0.55):
        acc["endereco"] = {"logradouro": (g.address(), "ADDRESS"), "cidade": city, "uf": uf, "cep": (g.cep(g.chance(0.5)), "BR_CEP")}
    acc["plano"] = g.pick(["Pacote 4 sessões/mês", "Sessão avulsa", "Plano Empresa (EAP)", "Pacote 8 sessões/mês"])
    acc["profissional_atual"] = {"nome": P(psi.full), "registro": (g.crp(), "PROFESSIONAL_ID"), "abordagem": g.pick(["TCC", "Psicanálise", "Gestalt", "ACT", "Sistêmica"])}
    acc["contato_emergencia"] = {"nome": P(g.pick([rel.full, rel.first])),
                                 "parentesco": g.pick(["mãe", "irmã", "cônjuge", "amiga"] if rel.female else ["pai", "irmão", "cônjuge", "amigo"]),
                                 "telefone": (g.phone(g.pick(["e164", "par", "plain"])), "PHONE_NUMBER")}
    logins = []
    for t in g.moments(g.ri(2, 4), g.after(day, -6, -1), 6, (6, 24)):
        r = g.rng.random()
        ip = (g.ip(), "IP_ADDRESS") if r < 0.8 else g.ip_priv()
        logins.append({"ts": ts(t, "iso"), "ip": ip, "device": g.pick(["Android 14", "iPhone iOS 17.5", "Chrome/Windows", "Safari/macOS"])})
    acc["ultimos_acessos"] = logins
    acc["pagamento"] = {"metodo": "cartao", "bandeira": g.pick(["visa", "mastercard", "elo"]), "final": g.d(4)}
    jval(doc, acc, 0)
    doc.t("\n\n")
    ag_n = g.pick([ag.first, ag.short])
    doc.f("Resposta de «a» (Equipe «pl») — «d»:\nOlá, «n»! ", a=P(ag_n), pl=plat, d=ts(opened + datetime.timedelta(hours=g.ri(1, 30)), "br"), n=P(pac.first))
    if topic == "cobranca":
        doc.t("Confirmamos a cobrança em duplicidade e solicitamos o estorno de uma delas; o crédito aparece em até 2 faturas. "
              "Por segurança, não envie o número completo do cartão por aqui — já removemos a mensagem do histórico.\n")
    elif topic == "troca":
        nps = g.person(female=g.chance(0.7))
        doc.f("Sentimos muito pelo transtorno. Separamos três profissionais com horários noturnos; a primeira sugestão é «n» («c»). "
              "As sessões já pagas migram para a nova agenda.\n", n=P(nps.full), c=(g.crp(), "PROFESSIONAL_ID"))
    elif topic == "recibo":
        doc.f("Os recibos individuais estão em Perfil > Financeiro, com o CPF do titular e o registro da profissional («c»). "
              "Se a «pl» pedir relatório de atendimento, quem emite é a própria psicóloga.\n", c=(g.crp(), "PROFESSIONAL_ID"), pl=plan)
    else:
        doc.t("Vimos que a conexão caiu por bloqueio de câmera no navegador. Liberamos a permissão e a sessão foi remarcada sem custo.\n")
    doc.f("Lembrando: a plataforma não é serviço de urgência. Em sofrimento intenso, ligue para «h» ou procure o CAPS mais próximo.\n", h=hotline(g))
    return doc


def at_whatsapp(g: Gen) -> Doc:
    """WhatsApp export between a private practice's business account (and the psychologist) and a patient or a parent."""
    doc = Doc()
    prac = g.pick(PRACTICES)
    psi = g.person(female=g.chance(0.75))
    pac = g.person()
    minor = g.chance(0.35)
    parent = g.person(female=g.chance(0.75)) if minor else None
    child = g.relative(parent) if minor else None
    ios = g.chance(0.5)
    day = g.day()
    first = g.moments(9, day, 2, (8, 19))
    night = datetime.datetime.combine(g.after(first[-1].date(), 1, 4), datetime.time(g.pick([22, 23, 0, 1]) % 24, g.ri(0, 59)))
    mom = iter(first + [night, night + datetime.timedelta(seconds=g.ri(2, 20))] +
               sorted(night + datetime.timedelta(minutes=m) for m in g.sample(range(5, 600), 6)))
    writer = parent if minor else pac
    saved = g.chance(0.3)
    ddd, local = g.msisdn()
    num = g.fmt_phone(ddd, local, "wa")
    wname = g.pick([writer.first, writer.short, writer.nick])
    wsuffix = g.pick(["", "", " 🌻", " Paciente", " (mãe)" if minor and parent.female else ""])
    doc.f("Conversa do WhatsApp com «b»\n", b=prac)

    def line(who: str, msg: str, **kw) -> None:
        t = next(mom)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if who == "p":
            if saved:
                doc.e(wname, "PERSON")
                if wsuffix == "(child)":
                    doc.t(" (" + ("mãe" if parent.female else "pai") + " d" + ("a" if child.female else "o") + " ")
                    doc.e(child.first, "PERSON")
                    doc.t(")")
                else:
                    doc.t(wsuffix)
            else:
                doc.e(num, "PHONE_NUMBER")
        elif who == "psi":
            doc.t(ttl(psi) + " ")
            doc.e(psi.short, "PERSON")
        else:
            doc.t(prac)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    if minor:
        line("p", "Boa tarde! Gostaria de marcar uma avaliação para «mf» «c», de «a» anos. A escola pediu acompanhamento psicológico.",
             mf="minha filha" if child.female else "meu filho", c=P(g.pick([child.first, child.full])), a=g.ri(6, 16))
    else:
        line("p", g.pick(["Oi, boa tarde. Queria saber se a «p» tem horário pra atendimento online", "Bom dia! Vocês atendem pelo plano ou só particular?",
                          "Oi. Uma amiga indicou a «p». Tem vaga às quintas à noite?"]), p=P(g.pick([psi.first, psi.short])))
    line("b", "Olá! Aqui é do «pr» 💚 Temos horário com «t» «p» («c») na «d» às «h». O valor da sessão é R$ «v». Pode ser?",
         pr=prac, t=ttl(psi), p=P(psi.short), c=(g.crp(), "PROFESSIONAL_ID"), d=g.pick(["segunda", "terça", "quarta", "quinta", "sexta"]),
         h=g.pick(["8h", "10h30", "14h", "17h", "19h", "20h"]), v=g.pick(["150,00", "180,00", "200,00", "220,00", "250,00", "300,00"]))
    line("p", "pode sim")
    line("b", "Para o cadastro e o recibo, nos envie: nome completo, CPF, data de nascimento e endereço.")
    who = child if minor else pac
    if minor:
        line("p", "«n»\nnascid«o» em «d»\nresponsável: eu, «r», CPF «c»", n=P(child.full), o="a" if child.female else "o",
             d=(g.dob(g.pick(["br", "nopad"]), 2009, 2019), "DATE_OF_BIRTH"), r=P(parent.full), c=(g.cpf(), "BR_CPF"))
    else:
        line("p", "«n»\nCPF «c»\n«d»", n=P(g.pick([pac.full, pac.caps])), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
             d=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2006), "DATE_OF_BIRTH"))
    line("p", "«a» - «b» - CEP «c»", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), c=(g.cep(g.chance(0.7)), "BR_CEP"))
    pix = g.rng.random()
    if pix < 0.45:
        line("b", "Cadastro feito ✅ O pagamento é por Pix, chave aleatória: «k» (favorecido: «f»)", k=(g.uuid(), "PIX_KEY"),
             f=fold(prac).upper()[:25])
    elif pix < 0.7:
        line("b", "Cadastro feito ✅ Pix pelo CNPJ «k» ou cartão na recepção.", k=(g.cnpj(), "BR_CNPJ"))
    else:
        line("b", "Cadastro feito ✅ Pode pagar por transferência: «bk», ag. «ag», conta «cc», em nome de «f».", bk=g.pick(BANKS)[1],
             ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), f=P(psi.full))
    if g.chance(0.3):
        line("p", "consigo pagar no cartão? «cc» val «v»", cc=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}")
        line("b", "Por segurança, apague essa mensagem 🙏 Vou te mandar o link de pagamento do cartão. Até «d» 😊",
             d=g.pick(["quinta", "segunda", "amanhã", "a próxima semana"]))
    else:
        line("p", "<Mídia oculta>" if not ios else "‎imagem ocultada")
        line("b", "Recebido, obrigada! Até «d» 😊", d=g.pick(["quinta", "segunda", "amanhã", "a próxima semana"]))
    # a night message and the automatic answer
    line("p", g.pick(["to muito mal hoje, nao consigo parar de chorar", "desculpa mandar msg essa hora. a crise voltou",
                      "eu nao to bem. minha cabeça nao para"]) if not minor else
         g.pick(["Boa noite, desculpe o horário. «c» teve uma crise forte na escola hoje", "«e» não quis ir à escola de novo e se trancou no quarto"]),
         c=P(child.first) if minor else "", e=("Ela" if child.female else "Ele") if minor else "")
    line("b", "[Mensagem automática] Nosso atendimento é de segunda a sexta, das 8h às 20h. Se você está em sofrimento intenso, ligue «h» "
         "ou procure a UPA/CAPS mais próximo. Em emergência, 192.", h=g.pick(["188 (CVV)", "para o CVV no 188", "188"]))
    line("psi", "«n», vi sua mensagem agora. " + ("«e» está em segurança agora?" if minor else "Você está em um lugar seguro?") +
         " Posso te ligar no «t»?", n=P(writer.first), e=("Ela" if child.female else "Ele") if minor else "",
         t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER") if not saved else "número do cadastro")
    rel = g.person(female=not minor and g.chance(0.7))
    line("p", "to sim. minha «r» «n» ta aqui comigo" if not minor else "Sim, está. O pai, «n», chegou agora. Obrigad«o» por responder",
         r=g.pick(["irmã", "mãe", "vizinha", "amiga", "tia"]), n=P(g.pick([rel.first, rel.nick, rel.short])), o=writer.o)
    line("b", "Que bom. «t» te chama amanhã cedo. Se precisar antes, «h». Um passo de cada vez 💚", t="A doutora" if psi.female else "O doutor",
         h=g.pick(["ligue 188", "liga no CVV (188)", "pode chamar aqui"]))
    if g.chance(0.5):
        line("p", "obrigad«o». me fez bem saber que tem alguem", o=writer.o)
    return doc


def at_acolhimento(g: Gen) -> Doc:
    """Intake (acolhimento) form of a CAPS: user, social name, SUS card, reference contact, referral, risk and reference worker."""
    doc = Doc()
    unit = g.pick(CAPS_UNITS)
    city, uf = g.city()
    u = g.person()
    day = g.day()
    ref = g.relative(u) if g.chance(0.6) else g.spouse(u)
    ubs = g.pick(UBS_UNITS)
    med = g.person()
    tec = g.person(female=g.chance(0.7))
    kind = g.pick(["psicologo", "psicologo", "as", "enf", "to"])
    tec_reg = {"psicologo": ("CRP", "psicólog" + tec.o), "as": ("CRESS", "assistente social"), "enf": ("COREN", "enfermeir" + tec.o),
               "to": ("TO", "terapeuta ocupacional")}[kind]
    cid = g.pick(CID_SEVERE + CID_MOOD) if "AD" not in unit else g.pick([c for c in CID_SEVERE if c[0] in ("F10.2", "F19.2", "F14.2")])
    if "CAPSi" in unit:
        cid = g.pick(CID_CHILD)
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA DE SAÚDE\n«un» — CNES «cn»\nFICHA DE ACOLHIMENTO — Nº «n»/«y»\nData: «d»  "
          "Hora: «h»  Demanda: «dm»\n\n", c=fold(city).upper(), un=unit, cn=g.cnes(), n=g.ri(10, 1999), y=day.year, d=dbr(day), h=g.hm(),
          dm=g.pick(["espontânea", "referenciada (UBS)", "encaminhada pelo CREAS", "pós-alta hospitalar", "encaminhada pelo Conselho Tutelar"]))
    kids = "CAPSi" in unit
    name_u = g.pick([u.full, u.caps, u.capsf])
    fields = [("Nome civil", P(name_u))]
    if g.chance(0.2):
        soc = g.person(female=not u.female)
        fields.append(("Nome social", P(soc.first if g.chance(0.5) else soc.first + " " + u.last)))
    fields.append(("Cartão SUS (CNS)", (g.cns(), "BR_CNS")))
    if g.chance(0.8):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    else:
        fields.append(("CPF", V(g.pick(["não possui", "não informado", "em providência (CadÚnico)"]))))
    fields.append(("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad"]), 2008 if kids else 1950, 2020 if kids else 2006), "DATE_OF_BIRTH")))
    mother = g.person(female=True)
    fields.append(("Nome da mãe", P(g.pick([mother.full, mother.caps])) if g.chance(0.85) else V("não declarado")))
    fields.append(("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS") if g.chance(0.85) else V("situação de rua — referência: Praça da Luz")))
    fields.append(("Bairro", V(g.pick(BAIRROS))))
    fields.append(("CEP", (g.cep(), "BR_CEP")))
    fields.append(("Telefone", (g.phone(), "PHONE_NUMBER")))
    if g.chance(0.45):
        fields.append(("Telefone 2 (recado)", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.6)), "PHONE_NUMBER")))
    fields.append(("Contato de referência", V("")))
    style = g.pick(["lines", "dots", "box"])
    if style == "box":
        fields = [f for f in fields if f[0] != "Contato de referência"]
    kv_block(g, doc, fields, style)
    doc.f("  → «r» («p»), tel. «t»\n", r=P(g.pick([ref.full, ref.short, ref.first])),
          p=g.pick(["mãe", "irmã", "esposa", "companheira", "filha", "avó", "tia"] if ref.female else ["pai", "irmão", "marido", "companheiro", "filho", "tio"])
          if not kids else g.pick(["mãe", "avó", "tia"] if ref.female else ["pai", "avô", "tio"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nEncaminhamento: «ubs», por «t» «m» («crm»)\n", ubs=ubs, t=ttl(med), m=P(g.pick([med.full, med.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Hipótese diagnóstica: «c» — «d»\n", c=cid[0], d=cid[1])
    doc.f("Medicações em uso: «m»\n", m=", ".join(g.sample(MEDS, g.ri(1, 3))))
    risk = g.pick(["baixo", "moderado", "alto", "moderado"])
    doc.f("Avaliação de risco (C-SSRS): «r»\n\n", r=risk)
    nick = u.nick
    rel2 = g.person()
    doc.t("Relato do acolhimento:\n")
    lines = [
        ("Usuári«o» chega acompanhad«o» d«a» «r», que relata piora há cerca de «n» meses após a morte do pai. ", dict(o=u.o, a="a" if ref.female else "o", r=P(ref.first), n=g.ri(2, 9))),
        ("Refere que prefere ser chamad«o» de «k». " if nick != u.first else "Veio de bicicleta, sozinh«o». ", dict(o=u.o, k=P(nick))),
        ("Diz que só a fé e a esperança de voltar a trabalhar o seguram. ", {}),
        ("Conta que brigou com «x» (ex-companheir«o2») e que está dormindo na casa da irmã. ", dict(x=P(g.pick([rel2.first, rel2.short])), o2=rel2.o)),
        ("Nega uso de álcool nos últimos 30 dias. AUDIT = «a». ", dict(a=g.ri(2, 28))),
        ("PHQ-9 = «p»; GAD-7 = «q». ", dict(p=g.ri(5, 27), q=g.ri(3, 21))),
        ("Relata ideação suicida passiva, sem plano. Orientad«o» sobre o CVV (188) e pactuado retorno. ", dict(o=u.o)),
        ("Está sem a medicação há duas semanas porque a farmácia da UBS estava desabastecida. ", {}),
    ]
    for txt, kw in [lines[0]] + g.sample(lines[1:], g.ri(3, 5)):
        doc.f(txt, **kw)
    doc.f("\n\nConduta: inserção no PTS, «c». Técnic«o» de referência: «n», «k» («reg»).\n",
          c=g.pick(["grupo de convivência às terças e oficina de artes", "acompanhamento semanal e consulta psiquiátrica agendada",
                    "permanência-dia por 15 dias", "leito de acolhimento noturno (CAPS III) por 5 noites", "matriciamento com a ESF"]),
          o=tec.o, n=P(g.pick([tec.full, tec.short])), k=tec_reg[1], reg=(g.council(tec_reg[0], uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Contato com a ESF de referência (ACS da microárea, tel. «t») para busca ativa em caso de falta.\n",
              t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript of a call to a health plan about reimbursement of psychotherapy (lower case, no accents)."""
    doc = Doc()
    plan = g.pick(HEALTH_PLANS)
    b = g.person()
    psi = g.person(female=g.chance(0.7))
    ag = g.person()
    dep = g.relative(b) if g.chance(0.4) else None
    t0 = 0
    doc.f("transcricao automatica — ligacao «id» — fila reembolso — «pl»\nconfianca media: 0.«c»\n\n", id=g.hexs(8), pl=fold(plan).lower(), c=g.ri(78, 94))

    def line(who: str, msg: str, **kw) -> None:
        nonlocal t0
        t0 += g.ri(3, 19)
        doc.t(f"[{t0 // 3600:02d}:{t0 % 3600 // 60:02d}:{t0 % 60:02d}] {who}: ")
        doc.f(msg, **kw)
        doc.t("\n")

    A, C = "atendente", g.pick(["cliente", "beneficiario", "interlocutor 2"])
    line(A, "«pl» boa tarde meu nome e «a» com quem eu falo", pl=fold(plan).lower().split(" —")[0], a=P(fold(ag.first).lower()))
    line(C, "boa tarde aqui e «n»", n=P(fold(g.pick([b.full, b.short])).lower()))
    line(A, "senhor" + ("a" if b.female else "") + " me confirma o cpf do titular por favor")
    cpf = g.cpf_digits()
    line(C, "e «c»", c=(f"{cpf[:3]} {cpf[3:6]} {cpf[6:9]} {cpf[9:]}" if g.chance(0.6) else cpf, "BR_CPF"))
    dd, mm, yy = g.dob_parts(1955, 2004)
    line(A, "e a data de nascimento")
    line(C, "«d»", d=(g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dd:02d} {mm:02d} {yy}"]), "DATE_OF_BIRTH"))
    line(A, "obrigad" + ag.o + " em que posso ajudar")
    who = "pra minha filha" if dep and dep.female else "pro meu filho" if dep else "pra mim"
    line(C, "eu mandei o pedido de reembolso da psicoterapia «w» faz vinte dias e ate agora nada o protocolo e «p»", w=who, p=g.neg(11) if g.chance(0.5) else g.protocol())
    if dep:
        line(A, "o paciente e «n» certo", n=P(fold(g.pick([dep.full, dep.first])).lower()))
        line(C, "isso")
    line(A, "consta aqui que faltou o numero do registro do profissional no recibo")
    crp = g.crp("slash")
    r, n = crp[4:].split("/")
    spoken = g.pick([f"crp {r} {n}", f"crp {r} barra {n}", f"crp {int(r)} {n}"])
    line(C, "mas ta no recibo «x» e «a» «p» o crp del«e» e «c»", x="a psicologa" if psi.female else "o psicologo", a="a" if psi.female else "o",
         e="a" if psi.female else "e", p=P(fold(g.pick([psi.full, psi.short])).lower()), c=(spoken, "PROFESSIONAL_ID"))
    line(A, "vou registrar aqui e reabrir a analise o prazo e de ate trinta dias pela norma da ans")
    line(A, "o credito vai na conta cadastrada me confirma agencia e conta")
    bk = g.pick(BANKS)
    ag_n = g.agency(False)
    acc = g.account(False)
    line(C, "banco «bk» agencia «a» conta «c» digito «dv»", bk=re.sub(r"^banco (do )?", "", fold(bk[1]).lower()), a=(" ".join(ag_n) if g.chance(0.4) else ag_n, "BANK_ACCOUNT"),
         c=(acc, "BANK_ACCOUNT"), dv=g.ri(0, 9))
    if g.chance(0.8):
        line(A, "e um email pra te mandar o comprovante")
        line(C, "«e»", e=(fold(g.email(b)).lower(), "EMAIL_ADDRESS"))
    if g.chance(0.7):
        line(A, "o endereco de correspondencia continua «a»", a=(g.address("stt"), "ADDRESS"))
        line(C, "continua cep «c»", c=(g.cep(False) if g.chance(0.5) else (lambda c: c[:5] + " " + c[5:])(g.cep(False)), "BR_CEP"))
    if g.chance(0.6):
        line(C, "e outra coisa o plano cobre quantas sessoes por ano")
        line(A, "pela regra atual da ans a cobertura de psicoterapia nao tem mais limite de sessoes quando tem indicacao do medico assistente "
             "o reembolso e pela tabela do plano que hoje e «v» reais por sessao", v=g.pick(["oitenta", "noventa e cinco", "cento e dez", "sessenta e dois"]))
    if g.chance(0.35):
        line(C, "e se eu precisar falar com alguem agora eu to meio mal")
        line(A, "senhor" + ("a" if b.female else "") + " se for urgente pode ligar pro cvv no um oito oito a ligacao e gratuita ou procurar o pronto socorro")
    line(A, "mais alguma coisa o protocolo desta ligacao e «p»", p=" ".join(g.d(3) for _ in range(4)))
    line(C, "nao obrigad" + b.o)
    return doc


def at_eap(g: Gen) -> Doc:
    """An EAP (programa de apoio ao empregado) call centre's case queue (semicolon CSV) with the supervisor's note and portal logs."""
    doc = Doc()
    prov = g.pick(EAP_PROVIDERS)
    day = g.day()
    sup = g.person()
    doc.f("«p» — fila de casos — exportado em «d» por «lg»\n\n", p=prov, d=ts(g.moments(1, day, 1, (8, 19))[0], "br"),
          lg=login(sup, g))
    cols = ["caso", "abertura", "empresa", "cnpj", "colaborador", "telefone", "email", "tipo", "risco", "encaminhado_para", "registro", "status"]
    rows = []
    named = []
    for _ in range(g.ri(3, 4)):
        emp = g.pick(EMPLOYERS)
        p = g.person()
        anon = g.chance(0.35)
        psi = g.person(female=g.chance(0.7))
        tipo = g.pick(["emocional", "emocional", "emocional", "jurídico", "financeiro", "luto", "dependência química"])
        risk = g.pick(["baixo", "baixo", "moderado", "alto"])
        if not anon:
            named.append((p, emp))
        mail_dom = dom_of(emp)
        rows.append([V(f"EAP-{day.year}-{g.d(5)}"), V(dbr(g.after(day, -20, 0))), V(emp), (g.org_cnpj(emp), "BR_CNPJ"),
                     V("ANÔNIMO") if anon else P(g.pick([p.full, p.caps, p.short])),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if not anon or g.chance(0.5) else V(""),
                     V("") if anon else (g.pick([corp_mail(p, mail_dom), g.email(p)]), "EMAIL_ADDRESS"),
                     V(tipo), V(risk), P(g.pick([psi.full, psi.short])) if tipo != "jurídico" else V("orientação jurídica (parceiro)"),
                     (g.crp(g.pick(["slash", "dash", "bare"])), "PROFESSIONAL_ID") if tipo != "jurídico" else V(""),
                     V(g.pick(["em atendimento", "aguardando retorno", "encerrado", "1ª sessão agendada"]))])
    table_csv(doc, cols, rows, ";")
    doc.t("\n")
    if named:
        p, emp = g.pick(named)
        doc.f("Nota da supervisão («s»): caso de «n» («e») com risco reavaliado. Acionado o protocolo de crise: contato com a rede de apoio "
              "indicada (irmã, «i», tel. «t») com consentimento registrado. A empresa NÃO é informada do conteúdo dos atendimentos; "
              "ao RH vai apenas o relatório estatístico mensal.\n\n", s=login(sup), n=P(g.pick([p.first, p.short])), e=emp,
              i=P(g.relative(p, True).first), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("-- portal do colaborador: acessos do dia --\n")
    for t in g.moments(g.ri(3, 5), day, 1, (6, 24)):
        p = g.person()
        ip = (g.ip(), "IP_ADDRESS") if g.chance(0.75) else V(g.ip_priv())
        doc.f("«t» INFO portal-eap «ev» user=«u» ip=«ip» ua=\"«ua»\"\n", t=ts(t, "iso"),
              ev=g.pick(["login.ok", "chat.start", "agenda.booked", "login.ok", "password.reset"]),
              u=g.pick([login(p, g), "u" + g.d(6), "anon-" + g.hexs(6)]), ip=ip,
              ua=g.pick(["Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "Mozilla/5.0 (Windows NT 10.0; Win64)"]))
    return doc


def at_escola(g: Gen) -> Doc:
    """E-mail thread between a school psychologist (Lei 13.935/2019) and a student's parent; referral to the CAPSi."""
    doc = Doc()
    school = g.pick(SCHOOLS)
    psi = g.person(female=g.chance(0.8))
    par = g.person(female=g.chance(0.7))
    kid = g.relative(par)
    teacher = g.person(female=g.chance(0.7))
    coord = g.person()
    day = g.day()
    dom = dom_of(school).replace(".com.br", ".edu.br")
    pm = corp_mail(psi, dom)
    par_mail = g.email(par)
    cid = g.pick(CID_CHILD)
    serie = g.pick(["3º ano B", "5º ano A", "7º ano C", "8º ano", "1ª série do EM", "9º ano B"])
    t1 = g.moments(1, day, 1, (7, 18))[0]
    doc.f("De: «n» <«e»>\nPara: «pe»\nCc: secretaria@«dom»\nData: «d»\nAssunto: Acompanhamento — «s»\n\n",
          n=P(psi.full), e=(pm, "EMAIL_ADDRESS"), pe=(par_mail, "EMAIL_ADDRESS"), dom=dom, d=ts(t1, "br"), s=serie)
    doc.f("Prezad«o» «p»,\n\nSou «a» psicólog«a» escolar d«x» «sc» («c») e acompanho «k» desde «m». A professora de «t» relatou que, nas últimas "
          "semanas, tem se isolado no recreio, chorado em sala e faltado às avaliações. Na conversa comigo, contou que tem medo de "
          "ir ao banheiro por causa de apelidos de colegas.\n\nGostaria de conversar presencialmente. Tenho horário na «dd». Se preferir, "
          "me ligue no ramal «r» ou no «tel».\n\nAtenciosamente,\n«n»\n«ps» Escolar — «c2»\n\n",
          o="a" if par.female else "o", p=P(g.pick([par.first, par.full])), a="a" if psi.female else "o", x="o" if school.startswith("Colégio") else "a",
          sc=school, c=(crp := g.crp(), "PROFESSIONAL_ID"), k=P(kid.first), m=g.pick(["março", "o início do ano", "agosto"]),
          t=g.pick(["Português", "Matemática", "Ciências", "Artes", "Educação Física"]), ps=psico(psi).capitalize(), dd=g.pick(["terça às 10h", "quinta às 14h", "sexta às 8h"]),
          r=g.ri(200, 299), tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), n=P(psi.short), c2=(crp, "PROFESSIONAL_ID"))
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 40))
    doc.f("---------- resposta ----------\nDe: «pn» <«pe»>\nData: «d»\n" + xip(g) + "\n", pn=P(g.pick([par.full, par.short])), pe=(par_mail, "EMAIL_ADDRESS"),
          d=ts(t2, "br"), xip=(g.ip(), "IP_ADDRESS"))
    doc.f("Olá, «n». Obrigad«o» pelo cuidado. Em casa «k»também está diferente, não quer mais ir ao futebol. Posso ir na quinta. "
          "Vou levar o relatório da neuropediatra" + (", «d»" if g.chance(0.5) else "") + " («crm»), que em «y» levantou hipótese de «c» («cd»). A data de nascimento na ficha "
          "está errada: o correto é «b». Meu celular novo é «cel».\n\n«p»\n\n",
          n=P(psi.first), o=par.o, k="", d=P((neu := g.person(female=True)).full),
          crm=(g.council("CRM"), "PROFESSIONAL_ID"), y=day.year - g.ri(1, 3), c=cid[1], cd=cid[0],
          b=(g.dob(g.pick(["br", "nopad"]), 2008, 2019), "DATE_OF_BIRTH"), cel=(g.phone(g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"),
          p=P(g.pick([par.first, par.full])))
    t3 = t2 + datetime.timedelta(days=g.ri(2, 9))
    doc.f("---------- resposta ----------\nDe: «e»\nData: «d»\n\n", e=(pm, "EMAIL_ADDRESS"), d=ts(t3, "br"))
    caps = g.pick([c for c in CAPS_UNITS if "CAPSi" in c])
    doc.f("«p», registro a reunião de hoje com você e " + ("«x» coordenador«a» «co»" if g.chance(0.5) else "a coordenação pedagógica") + ". Combinamos: (1) plano de acolhimento com a turma e a mediação do "
          "conflito pela orientação educacional; (2) encaminhamento ao «caps» (telefone «tc»), com a ficha de referência assinada; "
          "(3) retorno em 15 dias. O Conselho Tutelar não foi acionado porque não há indício de violação de direitos (ECA, art. 13).\n"
          "Lembro que a escola não faz diagnóstico nem psicoterapia (Resolução CFP nº 8/2020 e Lei 13.935/2019).\n«n»",
          p=P(par.first), co=P(g.pick([coord.full, coord.short])), x="a" if coord.female else "o", a="a" if coord.female else "", caps=caps,
          tc=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), n="")
    return doc


def at_agenda(g: Gen) -> Doc:
    """A multi-professional clinic's day agenda (Markdown tables per professional) and the video-room log of the online sessions."""
    doc = Doc()
    prac = g.pick(PRACTICES)
    day = g.day()
    city, uf = g.city()
    doc.f("## Agenda — «pr» — «d»\n\nRecepção: «r» · atualizado às «h» · convênios: «cv»\n", pr=prac, d=dbr(day), r=g.pick(["manhã", "tarde", "integral"]),
          h=g.hm(), cv=", ".join(g.sample(HEALTH_PLANS, 2)))
    online = []
    with_cpf = g.chance(0.8)
    for _ in range(2):
        pro = g.person(female=g.chance(0.7))
        kind = g.pick(["CRP", "CRP", "CRP", "CRM"])
        doc.f("\n### «t» «n» — «r»\n\n", t=ttl(pro), n=P(g.pick([pro.short, pro.full])), r=(g.council(kind, uf), "PROFESSIONAL_ID"))
        cols = ["Horário", "Paciente"] + (["CPF"] if with_cpf else []) + ["Telefone", "Modalidade", "Convênio", "Status"]
        rows = []
        for h in sorted(g.sample(range(7, 21), g.pick([2, 2, 3]))):
            p = g.person()
            mode = g.pick(["online", "presencial", "online", "presencial"])
            st = g.pick(["confirmado", "confirmado", "faltou", "remarcado", "aguardando", "em atendimento"])
            row = [V(f"{h:02d}:{g.pick(['00', '00', '30', '50'])}"), P(g.pick([p.full, p.short, p.initial]))]
            if with_cpf:
                row.append((g.cpf(), "BR_CPF") if g.chance(0.8) else V("—"))
            row += [(g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER") if g.chance(0.85) else V("—"), V(mode),
                    V(g.pick(["particular", "particular", "reembolso", "PAE empresa"])), V(st)]
            rows.append(row)
            if mode == "online" and st in ("confirmado", "em atendimento", "aguardando"):
                online.append((h, p))
        table_md(doc, cols, rows)
    doc.t("\n> Observação: pagamento e convênio conferidos pela recepção. Paciente que faltar 2x sem aviso perde o horário fixo.\n")
    if not online:
        online.append((20, g.person()))
    online = online[:2]
    doc.f("\n### Log da sala virtual (jitsi self-hosted)\n```\n")
    for h, p in online:
        room = "psi-" + g.hexs(6)
        base = datetime.datetime(day.year, day.month, day.day, h, g.ri(0, 5), g.ri(0, 59))
        doc.f("«t» room=«r» event=join display=\"«n»\" ip=«ip»\n", t=ts(base - datetime.timedelta(minutes=g.ri(1, 4)), "sql"), r=room,
              n=g.pick(["Profissional", "Consultório " + str(g.ri(1, 6)), "Terapeuta"]), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.5) else V(g.ip_priv()))
        doc.f("«t» room=«r» event=join display=\"«n»\" ip=«ip»\n", t=ts(base, "sql"), r=room,
              n=P(g.pick([p.first, p.short, fold(p.first).lower()])) if g.chance(0.6) else g.pick(["Paciente", "Convidado", "iPhone de paciente"]),
              ip=(g.ip(), "IP_ADDRESS"))
        if g.chance(0.4):
            doc.f("«t» room=«r» event=reconnect display=\"«n»\" ip=«ip» reason=ice_failed\n", t=ts(base + datetime.timedelta(minutes=g.ri(5, 30)), "sql"),
                  r=room, n=P(p.first), ip=(g.ip(), "IP_ADDRESS"))
        doc.f("«t» room=«r» event=leave duration=«m»m\n", t=ts(base + datetime.timedelta(minutes=g.ri(45, 55)), "sql"), r=room, m=g.ri(44, 55))
    doc.t("```\n")
    return doc


AT = [at_plataforma, at_whatsapp, at_acolhimento, at_transcricao, at_eap, at_escola, at_agenda]


# =========================================================================== juridico


UF_NAME = {"SP": "de São Paulo", "RJ": "do Rio de Janeiro", "MG": "de Minas Gerais", "RS": "do Rio Grande do Sul", "PR": "do Paraná",
           "SC": "de Santa Catarina", "BA": "da Bahia", "PE": "de Pernambuco", "CE": "do Ceará", "GO": "de Goiás", "PA": "do Pará",
           "AM": "do Amazonas", "DF": "do Distrito Federal e Territórios", "ES": "do Espírito Santo", "MA": "do Maranhão",
           "RN": "do Rio Grande do Norte", "PB": "da Paraíba", "MT": "de Mato Grosso", "MS": "de Mato Grosso do Sul", "PI": "do Piauí",
           "SE": "de Sergipe", "AL": "de Alagoas", "RO": "de Rondônia", "RR": "de Roraima", "TO": "do Tocantins"}


def uf_art(uf: str) -> str:
    return UF_NAME[uf]


def ju_internacao(g: Gen) -> Doc:
    """A psychiatric hospital's notice to the Ministério Público of an involuntary admission (or of its discharge), Lei 10.216/2001 art. 8."""
    doc = Doc()
    hosp = g.pick(PSY_HOSPITALS)
    city, uf = g.city()
    pac = g.person()
    mother = g.person(female=True)
    req = g.relative(pac) if g.chance(0.6) else g.spouse(pac)
    rel = g.pick(["irmã", "irmão", "filha", "filho"]) if req.last == pac.last else g.pick(["cônjuge", "companheira", "companheiro", "mãe"])
    psiq = g.person()
    dirt = g.person()
    ass = g.person(female=g.chance(0.85))
    day = g.day()
    alta = g.chance(0.25)
    cid = g.pick([c for c in CID_SEVERE if c[0] not in ("F03", "F71")])
    adm = g.moments(1, day, 1, (0, 24))[0]
    doc.f("«h»\nCNPJ «cnpj» · «c»/«uf» · Tel. «tel»\n\nOFÍCIO Nº «n»/«y» — DIREÇÃO TÉCNICA\n«c», «d».\n\n",
          h=g.pick([hosp, hosp.upper()]), cnpj=(g.any_cnpj(), "BR_CNPJ"), c=city, uf=uf,
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), n=g.ri(12, 480), y=day.year,
          d=dbr(g.after(day, 1, 3) if not alta else g.after(day, 15, 60), "long"))
    if g.chance(0.5):
        prom = g.person()
        doc.f("A Sua Excelência «o» Senhor«a» «t» «p»\nPromotor«a» de Justiça — «pj»\n", o="a" if prom.female else "o", a="a" if prom.female else "",
              t=ttl(prom), p=P(prom.full), pj=g.pick(PROMOTORIAS))
    else:
        doc.f("Ao Ministério Público do Estado «u» — «pj»\n", u=uf_art(uf), pj=g.pick(PROMOTORIAS))
    if alta:
        doc.t("\nAssunto: comunicação de ALTA de paciente em internação psiquiátrica involuntária (Lei nº 10.216/2001, art. 8º, § 1º)\n\n")
        doc.f("Senhor(a) Promotor(a),\n\nComunicamos a alta hospitalar, em «d», d«o» paciente abaixo, internad«o» involuntariamente em «i» "
              "(comunicação anterior: Ofício nº «of»/«y»). A alta foi concedida por indicação médica, com encaminhamento ao «caps».\n\n",
              d=dbr(g.after(day, 15, 60)), o=pac.o, i=dbr(day), of=g.ri(12, 480), y=day.year, caps=g.pick(CAPS_UNITS))
    else:
        doc.t("\nAssunto: comunicação de internação psiquiátrica involuntária (Lei nº 10.216/2001, art. 8º, § 1º)\n\n")
        doc.f("Senhor(a) Promotor(a),\n\nEm cumprimento ao art. 8º, § 1º, da Lei nº 10.216, de 6 de abril de 2001, e à Portaria GM/MS nº 2.391/2002, "
              "comunicamos, no prazo de 72 (setenta e duas) horas, a internação psiquiátrica «k» de:\n\n",
              k=g.pick(["involuntária", "involuntária", "voluntária que se tornou involuntária (art. 7º, parágrafo único)"]))
    fields = [("Nome", P(g.pick([pac.full, pac.caps]))), ("Data de nascimento", (g.dob(g.pick(["br", "br", "long"]), 1950, 2006), "DATE_OF_BIRTH")),
              ("Filiação", P(g.pick([mother.full, mother.caps]))), ("RG", (g.rg(), "BR_RG")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    fields += [("Endereço", (g.address(), "ADDRESS") if g.chance(0.9) else V("sem residência fixa")), ("CEP", (g.cep(), "BR_CEP")),
               ("Prontuário", V(g.d(7))), ("Internação", V(ts(adm, "br"))), ("Leito", V(f"{g.pick(['Ala A', 'Ala B', 'Enf. 3', 'UAI'])}-{g.ri(1, 30):02d}"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    doc.f("\nSolicitante: «n», «r» d«o» paciente, CPF «c», «dk» «dv», telefone «t».\n", n=P(req.full), r=rel, o=pac.o, c=(g.cpf(), "BR_CPF"),
          dk=(dk := g.pick(["RG", "CNH"])), dv=(g.rg(), "BR_RG") if dk == "RG" else (g.cnh(), "BR_CNH"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.35):
        doc.f("Chegada: «c», placa «p».\n", c=g.pick(["ambulância particular contratada pela família", "viatura do SAMU (USB)", "veículo da família"]),
              p=(g.plate(), "LICENSE_PLATE"))
    rqe = g.chance(0.5)
    doc.f("Médic«o» responsável pela indicação: «t» «n» — «crm»«rqe»\n", o=psiq.o, t=ttl(psiq), n=P(psiq.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          rqe=f" · {g.rqe()} (Psiquiatria)" if rqe else "")
    doc.f("Motivo: «m» (CID-10 «c» — «cd»). Recusa ao tratamento voluntário registrada no prontuário; família orientada sobre a "
          "revisão diária da indicação.\n\n",
          m=g.pick(["risco de auto e heteroagressividade", "heteroagressividade com ameaça a familiares", "tentativa de suicídio há 48 h com "
                    "persistência da ideação", "quadro psicótico agudo com recusa alimentar", "abstinência grave com delirium"]),
          c=cid[0], cd=cid[1])
    doc.f("Atenciosamente,\n\n«n»\nDiretor«a» Técnic«o» — «crm»\n", n=P(g.pick([dirt.full, dirt.caps])), a="a" if dirt.female else "", o=dirt.o,
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("\nCiente: «n», assistente social — «c»\n", n=P(ass.full), c=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    doc.f("\nc/c: Comissão Revisora das Internações Psiquiátricas Involuntárias — SES/«uf» (e-mail: saudemental@ses.«u».gov.br)\n",
          uf=uf, u=uf.lower())
    return doc


def ju_curatela(g: Gen) -> Doc:
    """Petition for curatorship (ação de curatela, CPC arts. 747-758; Lei 13.146/2015) of an adult with a severe mental disorder."""
    doc = Doc()
    city, uf = g.city()
    cur = g.person(female=g.chance(0.7))
    inter = g.relative(cur)
    adv = g.person()
    psiq = g.person()
    caps = g.pick(CAPS_UNITS)
    cid = g.pick([c for c in CID_SEVERE])
    rel = g.pick(["mãe", "irmã", "filha"]) if cur.female else g.pick(["pai", "irmão", "filho"])
    te_on = g.chance(0.6)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «v» VARA DE FAMÍLIA E SUCESSÕES DA COMARCA DE «c»/«uf»\n\n\n",
          v=g.pick(["__", "1ª", "2ª", "3ª", "5ª"]), c=fold(city).upper(), uf=uf)
    doc.f("«n», «nac», «ec», «pr», portador«a» da cédula de identidade RG nº «rg», inscrit«o» no CPF sob o nº «cpf», residente e domiciliad«o» "
          "na «ad», «b», «c»/«uf», CEP «cep», e-mail «e», telefone «t», por seu advogado infra-assinado (procuração anexa), vem, "
          "respeitosamente, propor\n\nAÇÃO DE CURATELA com pedido de TUTELA DE URGÊNCIA (curatela provisória)\n\nem face de "
          "«i», «nac2», solteir«o2», sem profissão definida, nascid«o2» em «dn», portador«a2» do RG nº «rg2», CPF nº «cpf2», CNS «cns»" + (", título de eleitor nº «te»" if te_on else "") + ", "
          "«res», pelos fatos e fundamentos a seguir.\n\n",
          n=P(cur.caps), nac="brasileira" if cur.female else "brasileiro", ec=g.pick(["viúva" if cur.female else "viúvo", "casada" if cur.female else "casado", "divorciada" if cur.female else "divorciado"]),
          pr=g.pick(["aposentada" if cur.female else "aposentado", "professora" if cur.female else "professor", "comerciante", "do lar" if cur.female else "motorista"]),
          a="a" if cur.female else "", rg=(g.rg(), "BR_RG"), o=cur.o, cpf=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), e=(g.email(cur), "EMAIL_ADDRESS"), t=(g.phone(), "PHONE_NUMBER"),
          i=P(inter.caps), nac2="brasileira" if inter.female else "brasileiro", o2=inter.o, a2="a" if inter.female else "",
          dn=(g.dob(g.pick(["br", "long"]), 1960, 2003), "DATE_OF_BIRTH"), rg2=(g.rg(), "BR_RG"), cpf2=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), te=(g.titulo(), "BR_TITULO_ELEITOR"),
          res=g.pick(["residente no mesmo endereço", "atualmente acolhid" + inter.o + " na " + g.pick(CTS), "internad" + inter.o + " no " + g.pick(PSY_HOSPITALS)]))
    doc.f("I — DOS FATOS\n\nA requerente é «r» d«o» requerid«o», que desde os «a» anos apresenta «cd» (CID-10 «c»), com «k» internações "
          "psiquiátricas, a última em «d». É acompanhad«o» no «caps» pel«o3» psiquiatra «p» («crm»), cujo relatório segue anexo (doc. 5).\n\n"
          "Hoje não tem condições de gerir os próprios bens e de praticar atos de natureza patrimonial: recebe Benefício de "
          "Prestação Continuada (NB «nb»), creditado na agência «ag», conta «cc» do «bk», e em «m» contraiu empréstimos consignados que "
          "desconhece, conforme extratos anexos.\n\n".replace("A requerente é", "A requerente é" if cur.female else "O requerente é"),
          r=rel, o=inter.o, a=g.ri(17, 35), cd=cid[1], c=cid[0], k=g.pick(["duas", "três", "quatro", "seis"]), d=dbr(g.after(g.day(), -400, -30)),
          caps=caps, o3="a" if psiq.female else "o", p=P(psiq.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), nb=g.nb(),
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), bk=g.pick(BANKS)[1], m=g.pick(MONTHS) + f" de {g.ri(2023, 2025)}")
    doc.f("II — DO DIREITO\n\nA curatela é medida extraordinária, proporcional às necessidades do caso e afeta apenas os atos de natureza "
          "patrimonial e negocial (Lei nº 13.146/2015, arts. 84 e 85; CPC, arts. 747 a 758). Nesse sentido: TJ«uf», Apelação Cível nº «cnj».\n\n",
          uf=uf, cnj=g.cnj())
    doc.f("III — DOS PEDIDOS\n\na) a nomeação d«o» requerente como curador«a» provisóri«o»; b) a citação e a entrevista d«o2» requerid«o2» (CPC, art. 751); "
          "c) a intimação do Ministério Público; d) a perícia por equipe multidisciplinar; e) a procedência, com a nomeação definitiva.\n\n",
          o=cur.o, a="a" if cur.female else "", o2=inter.o)
    doc.t("Rol de testemunhas:\n")
    for k in range(g.ri(2, 3)):
        w = g.person()
        doc.f("«k». «n», «ec», RG «rg», residente na «ad»", k=k + 1, n=P(g.pick([w.full, w.caps])),
              ec=g.pick(["vizinha" if w.female else "vizinho", "tia" if w.female else "primo", "agente comunitári" + w.o + " de saúde"]),
              rg=(g.rg(), "BR_RG"), ad=(g.address(), "ADDRESS"))
        if g.chance(0.5):
            doc.f(", tel. «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        doc.t("\n")
    doc.f("\nDá-se à causa o valor de R$ «v».\n\nNestes termos, pede deferimento.\n«c», «d».\n\n«a»\n«oab»\n«e»\n",
          v=g.money(1412, 5000), c=city, d=dbr(g.day(), "long"), a=P(g.pick([adv.full, adv.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(adv, g.pick(["adv.br", dom_of(adv.last + " advogados")])), "EMAIL_ADDRESS"))
    return doc


def ju_laudo(g: Gen) -> Doc:
    """An OCR'd scan of a court-appointed psychiatrist's expert report in a curatorship (interdição) suit, ALL CAPS."""
    doc = Doc()
    city, uf = g.city()
    per = g.person()
    req = g.relative(per)
    perito = g.person()
    at = g.person(female=g.chance(0.7))
    juiz = g.person()
    cid = g.pick(CID_SEVERE)
    day = g.day()
    R = 0.35
    p_crm = g.council("CRM", uf)
    doc.f(ocr_t("PODER JUDICIÁRIO DO ESTADO «u»\nCOMARCA DE «c» — «v» VARA DE FAMÍLIA\n\nPROCESSO Nº «cnj»\nAÇÃO DE CURATELA\n\n"
                "LAUDO PERICIAL PSIQUIÁTRICO\n\n", g, R), u=uf_art(uf).upper(), c=fold(city).upper(), v=g.pick(["1ª", "2ª", "3ª"]), cnj=g.cnj())
    doc.f(ocr_t("PERICIAND«O»: «n»\nDATA DE NASCIMENTO: «dn»\nRG: «rg»   CPF: «cpf»\nENDEREÇO: «ad»\nREQUERENTE: «r»\nPERITO NOMEADO: DR«A». «p» — «crm»\n"
                "ASSISTENTE TÉCNIC«O2» DA REQUERENTE: «a» — «crp»\nDATA DO EXAME: «de»   LOCAL: CONSULTÓRIO DO PERITO\n\n", g, R),
          O=per.o.upper(), n=P(ocr(per.capsf, g)), dn=(g.dob(g.pick(["br", "caps", "dot"]), 1945, 2003), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
          cpf=(g.cpf(), "BR_CPF"), ad=(ocr(g.address("caps"), g), "ADDRESS"), r=P(ocr(req.capsf, g)), A="A" if perito.female else "", p=P(ocr(perito.capsf, g)),
          crm=(p_crm, "PROFESSIONAL_ID"), O2="A" if at.female else "O", a=P(ocr(at.capsf, g)),
          crp=(g.crp(g.pick(["slash", "dash", "no"])), "PROFESSIONAL_ID"), de=dbr(day))
    hist = ocr_t("1. HISTÓRICO\nSEGUNDO «A2» REQUERENTE, «Q» PERICIAND«O» APRESENTA ALTERAÇÕES DE COMPORTAMENTO DESDE A ADOLESCÊNCIA, COM "
                 "INTERNAÇÕES NO «h» E ACOMPANHAMENTO IRREGULAR NO «caps». FAZ USO DE «m». NEGA USO DE ÁLCOOL.\n\n", g, R)
    doc.f(hist, A2="A" if req.female else "O", Q="O" if not per.female else "A", O=per.o.upper(), h=g.pick(PSY_HOSPITALS).upper(),
          caps=fold(g.pick(CAPS_UNITS)).upper(), m=fold(", ".join(g.sample(MEDS, 2))).upper())
    doc.f(ocr_t("2. EXAME PSÍQUICO\nVIGIL, «o3» PARCIALMENTE, «e». PENSAMENTO «p». SENSOPERCEPÇÃO «s». JUÍZO CRÍTICO PREJUDICADO.\n\n", g, R),
          o3="ORIENTADA" if per.female else "ORIENTADO", e=g.pick(["DESCUIDAD" + per.o.upper() + " NO VESTIR", "COOPERATIV" + per.o.upper(), "HIPOTÍMIC" + per.o.upper()]),
          p=g.pick(["DESAGREGADO COM DELÍRIOS PERSECUTÓRIOS", "LENTIFICADO, EMPOBRECIDO", "ACELERADO, COM FUGA DE IDEIAS"]),
          s=g.pick(["COM ALUCINAÇÕES AUDITIVAS", "SEM ALTERAÇÕES APARENTES", "ALTERADA (REFERE VOZES)"]))
    doc.f(ocr_t("3. DIAGNÓSTICO\nCID-10 «c» — «cd».\n\n4. RESPOSTA AOS QUESITOS\nQUESITO 1: SIM, «Q» PERICIAND«O» É PORTADOR«A» DE TRANSTORNO MENTAL GRAVE E PERSISTENTE.\n"
                "QUESITO 2: A INCAPACIDADE É «i» PARA OS ATOS DE NATUREZA PATRIMONIAL E NEGOCIAL.\nQUESITO 3: PREJUDICADO.\n\n", g, R),
          c=cid[0], cd=fold(cid[1]).upper(), Q="A" if per.female else "O", O=per.o.upper(), A="A" if per.female else "",
          i=g.pick(["PERMANENTE", "RELATIVA E PERMANENTE", "TEMPORÁRIA, A REAVALIAR EM 12 MESES"]))
    doc.f(ocr_t("«c», «d».\n\n_______________________\n«p»\nMÉDIC«O» PSIQUIATRA — «crm»\n", g, R), c=fold(city).upper(), d=dbr(g.after(day, 3, 20), "caps"),
          p=P(ocr(perito.capsf, g)), O=perito.o.upper(), crm=(p_crm, "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f(ocr_t("\nJUNTE-SE. INTIMEM-SE AS PARTES PARA MANIFESTAÇÃO EM 15 DIAS. «c», «d». «j», JUIZ«A» DE DIREITO.\n", g, R),
              c=fold(city).upper(), d=dbr(g.after(day, 25, 40)), j=P(ocr(juiz.capsf, g)), A="A" if juiz.female else "")
    doc.t("\n[documento digitalizado — reconhecimento óptico de caracteres sujeito a erros]\n")
    return doc


def ju_burnout(g: Gen) -> Doc:
    """Labour claim (reclamação trabalhista) for burnout as an occupational disease, with the table of sick notes."""
    doc = Doc()
    city, uf = g.city()
    rec = g.person()
    emp = g.pick(EMPLOYERS)
    chefe = g.person()
    psi = g.person(female=g.chance(0.75))
    adv = g.person()
    day = g.day()
    adm = g.after(day, -3000, -500)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v» VARA DO TRABALHO DE «c»/«uf»\n\n",
          v=g.pick(["__", "1ª", "4ª", "7ª", "12ª"]), c=fold(city).upper(), uf=uf)
    doc.f("«n», «ec», «pr», portador«a» da CTPS nº «ctps» série «s», PIS/NIT «pis», CPF «cpf»," + (" título de eleitor «te»," if g.chance(0.3) else "") + " nascid«o» em «dn», residente na «ad», "
          "«c»/«uf», CEP «cep», e-mail «e», telefone «tel», vem, por sua advogada, ajuizar RECLAMAÇÃO TRABALHISTA em face de «emp», inscrita no CNPJ sob o nº "
          "«cnpj», com sede na «sede», pelos fatos a seguir.\n\n",
          n=P(rec.caps), ec=g.pick(["solteira" if rec.female else "solteiro", "casada" if rec.female else "casado"]),
          pr=g.pick(["operadora de telemarketing" if rec.female else "operador de telemarketing", "bancária" if rec.female else "bancário",
                     "analista de cobrança", "enfermeira" if rec.female else "enfermeiro", "professora" if rec.female else "professor"]),
          a="a" if rec.female else "", ctps=g.d(7), s=g.d(4), pis=(g.pis(), "BR_PIS"), te=(g.titulo(), "BR_TITULO_ELEITOR"), cpf=(g.cpf(), "BR_CPF"), o=rec.o,
          dn=(g.dob(g.pick(["br", "nopad"]), 1965, 2002), "DATE_OF_BIRTH"), ad=(g.address(), "ADDRESS"), c=city, uf=uf,
          cep=(g.cep(), "BR_CEP"), e=(g.email(rec), "EMAIL_ADDRESS"), tel=(g.phone(), "PHONE_NUMBER"), emp=emp.upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"),
          sede=f"{g.pick(['Avenida', 'Rua'])} {g.pick(STREET_NAMES)}, {g.ri(10, 3000)}")
    doc.f("1. DO CONTRATO E DO ADOECIMENTO\nAdmitid«o» em «adm», com metas diárias crescentes e monitoramento de pausas, «o2» reclamante passou a ser "
          "expost«o» a cobranças públicas pel«o3» supervisor«a» «ch», que expunha o ranking da equipe no grupo de WhatsApp. Em «d1» procurou o "
          "Programa de Apoio ao Empregado, sendo atendid«o» pel«o4» psicólog«o4» «p» («crp»), que registrou sinais de esgotamento profissional.\n\n",
          o=rec.o, adm=dbr(adm), o2="a" if rec.female else "o", o3="a" if chefe.female else "o", a="a" if chefe.female else "",
          ch=P(g.pick([chefe.full, chefe.short, chefe.first])), d1=dbr(g.after(day, -200, -120)), o4=psi.o, p=P(psi.full),
          crp=(g.crp(), "PROFESSIONAL_ID"))
    doc.t("Seguiram-se os afastamentos abaixo:\n\n")
    rows = []
    d = g.after(day, -120, -90)
    for _ in range(g.ri(2, 4)):
        med = g.person()
        cid = g.pick(CID_BURNOUT)
        rows.append([V(dbr(d)), V(f"{g.pick([3, 5, 7, 10, 15, 15, 30])} dias"), V(cid[0]), P(g.pick([med.full, med.short])),
                     (g.council("CRM", uf), "PROFESSIONAL_ID")])
        d = g.after(d, 12, 35)
    table_ruled(doc, ["Data", "Afastamento", "CID", "Médico(a)", "Registro"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nA partir de «d», «o» reclamante passou a receber auxílio por incapacidade temporária (NB «nb»), inicialmente na espécie B31; "
          "a CAT foi emitida pelo sindicato em «dc». A síndrome de burnout integra a Lista de Doenças Relacionadas ao Trabalho "
          "(Portaria GM/MS nº 1.999/2023) e está na CID-11 sob o código QD85.\n\n",
          d=dbr(d), o="a" if rec.female else "o", nb=g.nb(), dc=dbr(g.after(d, 2, 20)))
    doc.f("2. DOS PEDIDOS\na) reconhecimento da doença ocupacional e conversão do benefício para B91; b) estabilidade provisória de 12 meses "
          "(Lei 8.213/1991, art. 118); c) indenização por danos morais de R$ «v»; d) honorários (CLT, art. 791-A).\n\n"
          + g.pick(["Testemunhas: «w1», ex-colega de equipe, e outra a ser arrolada.", "Testemunhas: a serem arroladas oportunamente."]) + "\n\nDá-se à causa o valor de R$ «vc».\n«c», «d».\n\n«a»\n«oab»\n",
          v=g.money(20000, 90000), w1=P(g.person().full), vc=g.money(60000, 200000),
          c=city, d=dbr(g.after(day, 5, 40)), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_mp_ct(g: Gen) -> Doc:
    """E-mail thread between a Promotoria and a therapeutic community on a complaint of a resident held against his will, with the inspection list."""
    doc = Doc()
    ct = g.pick(CTS)
    city, uf = g.city()
    prom = g.person()
    ana = g.person()
    coord = g.person()
    res = g.person(female=g.chance(0.2))
    compl = g.relative(res, female=g.chance(0.7))
    psi = g.person(female=g.chance(0.7))
    day = g.day()
    mp_dom = f"mp{uf.lower()}.mp.br"
    ct_dom = dom_of(ct)
    nf_n = f"{g.ri(1, 9):02d}.{day.year}.{g.d(8)}-{g.d(1)}"
    t1 = g.moments(1, day, 1, (8, 18))[0]
    res_dob = g.dob("br", 1970, 2005)
    res_in = dbr(g.after(day, -120, -30))
    doc.f("De: «a» <«ae»>\nPara: contato@«cd»\nCc: «ce»\nData: «d»\n" + xip(g) + "Assunto: Notícia de Fato nº «nf» — requisição de informações\n\n",
          a=P(ana.full), ae=(corp_mail(ana, mp_dom), "EMAIL_ADDRESS"), cd=ct_dom, ce=(corp_mail(coord, ct_dom), "EMAIL_ADDRESS"),
          d=ts(t1, "br"), nf=nf_n, xip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Prezados,\n\nPor determinação d«op» Promotor«ap» de Justiça" + (" «p»" if g.chance(0.6) else "") + ", encaminho a notícia apresentada em «d» por «c» («r»), telefone «t», "
          "segundo a qual «x», nascid«o» em «dn», estaria acolhid«o» na «ct» contra a própria vontade desde «e», sem contato com a família e "
          "com o celular retido.\n\nRequisita-se, em 10 dias: (a) o termo de adesão voluntária assinado pelo acolhido (Resolução CONAD nº 1/2015, "
          "art. 6º); (b) a relação nominal dos acolhidos com as datas de ingresso; (c) o nome e o registro do responsável técnico.\n\n"
          "Atenciosamente,\nAnalista do Ministério Público — «pj»\n\n", pj=g.pick(PROMOTORIAS),
          op="a" if prom.female else "o", ap="a" if prom.female else "", a=P(ana.short), p=P(prom.full), d=dbr(g.after(day, -10, -1)), c=P(compl.full),
          r=g.pick(["mãe", "irmã", "tia"]) if compl.female else g.pick(["pai", "irmão", "tio"]), t=(g.phone(), "PHONE_NUMBER"),
          x=P(g.pick([res.full, res.caps])), dn=(res_dob, "DATE_OF_BIRTH"), ct=ct, e=res_in, o=res.o)
    t2 = t1 + datetime.timedelta(days=g.ri(3, 9))
    doc.f("---------- resposta ----------\nDe: «co» <«ce»>\nData: «d»\n\n", co=P(coord.full), ce=(corp_mail(coord, ct_dom), "EMAIL_ADDRESS"), d=ts(t2, "br"))
    doc.f("Senhor«a» Analista,\n\nEm atenção à NF «nf», informamos que «x» ingressou em «e» por encaminhamento do «caps», assinou o termo de adesão "
          "(anexo) e pode deixar a comunidade a qualquer momento. O celular fica guardado na secretaria, conforme o regulamento, e as ligações "
          "à família são semanais. Segue a relação dos acolhidos na data da inspeção:\n\n", nf=nf_n, x=P(res.first), e=res_in, a="a" if ana.female else "",
          caps=g.pick([c for c in CAPS_UNITS if "AD" in c]))
    rows = []
    for k in range(g.ri(3, 4)):
        p = res if k == 0 else g.person(female=g.chance(0.2))
        rows.append([P(g.pick([p.full, p.short])), (res_dob if k == 0 else g.dob("br", 1965, 2006), "DATE_OF_BIRTH"),
                     (g.cpf(), "BR_CPF") if g.chance(0.85) else V("não possui"),
                     V(res_in if k == 0 else dbr(g.after(day, -200, -3))),
                     V(g.pick(["voluntária", "voluntária", "voluntária", "voluntária (termo renovado)"])),
                     V(g.pick(["CAPS AD", "família", "Judiciário", "demanda espontânea", "igreja"]))])
    g.rng.shuffle(rows)
    table_md(doc, ["Acolhido", "Nascimento", "CPF", "Ingresso", "Modalidade", "Origem"], rows)
    doc.f("\nResponsável técnic«o»: «p», «k» «c».\n\nAtenciosamente,\n«co»\nCoordenador«a» — «ct» (CNPJ «cnpj»)\n",
          o=psi.o, p=P(psi.full), k=psico(psi), c=(g.crp(), "PROFESSIONAL_ID"), co=P(coord.short), a="a" if coord.female else "",
          ct=ct, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.6):
        t3 = t2 + datetime.timedelta(days=g.ri(5, 20))
        doc.f("\n---------- resposta ----------\nDe: «a» <«ae»>\nData: «d»\n\nAgradeço. Informo que a Promotoria fará inspeção em «i», com a "
              "vigilância sanitária, e que a retenção do celular contraria o art. 12 da Resolução CONAD nº 1/2015 e a Lei 13.840/2019. "
              "A família será ouvida na mesma semana.\n", a="Analista MP", ae=(corp_mail(ana, mp_dom), "EMAIL_ADDRESS"), d=ts(t3, "br"),
              i=dbr(g.after(t3.date(), 3, 15)), c=P(compl.first))
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A patient's LGPD request (art. 18) to an online therapy platform and the DPO's answer with the JSON export; the record is kept (CFP 01/2009)."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    pac = g.person()
    dpo = g.person()
    day = g.day()
    dom = dom_of(plat)
    pm = g.email(pac)
    psi = g.person(female=g.chance(0.75))
    crp = g.crp()
    t1 = g.moments(1, day, 1, (7, 23))[0]
    want = g.pick(["acesso", "exclusao", "ambos"])
    doc.f("De: «n» <«e»>\nPara: dpo@«dom»\nData: «d»\n" + xip(g) + "Assunto: LGPD — «k»\n\n", n=P(g.pick([pac.full, pac.short])), e=(pm, "EMAIL_ADDRESS"),
          dom=dom, d=ts(t1, "br"), xip=(g.ip(), "IP_ADDRESS"), k={"acesso": "pedido de acesso aos meus dados", "exclusao": "pedido de exclusão da conta e dos dados",
                                      "ambos": "acesso e exclusão dos dados"}[want])
    doc.f("Olá. Com base no art. 18 da Lei 13.709/2018, solicito «k» que vocês mantêm sobre mim, inclusive as anotações das sessões com «p». "
          "Meu CPF é «c» e o telefone cadastrado é «t».\n\n«n»\n\n",
          k={"acesso": "a cópia de todos os dados", "exclusao": "a exclusão de todos os dados", "ambos": "a cópia e depois a exclusão de todos os dados"}[want],
          p=P(g.pick([psi.short, psi.full, psi.first])), c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"),
          n=P(pac.first))
    t2 = t1 + datetime.timedelta(days=g.ri(2, 14))
    doc.f("---------- resposta ----------\nDe: Encarregad«o» de Dados — «pl» <dpo@«dom»>\nData: «d»\n\n", o=dpo.o, pl=plat, dom=dom, d=ts(t2, "br"))
    doc.f("Olá«n»! Confirmamos sua identidade pelo aplicativo. Seguem os dados tratados pela «pl» (formato estruturado, art. 19, II):\n\n",
          n="", pl=plat)
    sessions = []
    pid = "pro_" + g.hexs(8)
    for t in g.moments(g.ri(2, 3), g.after(day, -120, -10), 90, (7, 22)):
        sessions.append({"data": ts(t, "iso"), "profissional_id": pid, "registro": (crp, "PROFESSIONAL_ID"), "duracao_min": g.pick([50, 50, 45, 30]),
                         "status": g.pick(["realizada", "realizada", "realizada", "falta", "remarcada"])})
    export = {"titular": {"nome": P(pac.full), "cpf": (g.cpf("raw"), "BR_CPF"), "nascimento": (g.dob("iso", 1960, 2006), "DATE_OF_BIRTH"),
                          "email": (pm, "EMAIL_ADDRESS"), "telefone": (g.phone("e164"), "PHONE_NUMBER"),
                          "endereco": {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP")} if g.chance(0.5) else None},
              "consentimentos": [{"finalidade": "prestação do serviço", "data": dbr(g.after(day, -300, -130), "iso")},
                                 {"finalidade": "comunicações de marketing", "revogado": True}],
              "sessoes": sessions,
              "acessos": [{"ts": ts(t, "iso"), "ip": (g.ip(), "IP_ADDRESS")} for t in g.moments(g.ri(3, 5), g.after(day, -45, -40), 30, (6, 24))],
              "pagamentos": [{"data": dbr(g.after(day, -90, -1), "iso"), "valor": float(g.pick([160, 180, 640, 720])), "cartao": f"final {g.d(4)}"}
                             for _ in range(g.ri(1, 3))]}
    if g.chance(0.4):
        em = g.person()
        export["titular"]["contato_emergencia"] = {"nome": P(em.full), "telefone": (g.phone("e164"), "PHONE_NUMBER")}
    jval(doc, export, 0)
    doc.f("\n\nSobre as anotações clínicas: o prontuário psicológico é documento d«o» profissional, guardado por no mínimo 5 anos "
          "(Resolução CFP nº 1/2009, art. 4º) e sujeito ao sigilo (Código de Ética, art. 9º). A cópia pode ser pedida diretamente a «p» («c»). "
          "«x»\n\n«d»\nEncarregad«o» pelo Tratamento de Dados Pessoais — «pl»\n",
          o="a" if psi.female else "o", p=P(psi.short), c=(crp, "PROFESSIONAL_ID"),
          x={"acesso": "", "exclusao": "Os demais dados serão eliminados em até 15 dias, salvo os fiscais (5 anos).",
             "ambos": "Após o seu aceite, os demais dados serão eliminados, salvo os fiscais e o prontuário."}[want],
          d=P(dpo.full), pl=plat)
    return doc


def ju_etica(g: Gen) -> Doc:
    """An ethics complaint to a Regional Council of Psychology against a psychologist, with transcribed WhatsApp prints and the rapporteur's order."""
    doc = Doc()
    city, uf = g.city()
    rep_ = g.person()
    psi = g.person(female=g.chance(0.7))
    crp = g.crp(g.pick(["slash", "no", "regiao"]))
    region = int(re.search(r"\d+", crp).group(0))
    rel = g.person(female=g.chance(0.6))
    day = g.day()
    emp = g.pick(EMPLOYERS)
    doc.f("AO CONSELHO REGIONAL DE PSICOLOGIA DA «r»ª REGIÃO\nCOMISSÃO DE ORIENTAÇÃO E ÉTICA — COE\n\nREPRESENTAÇÃO ÉTICA\n\n", r=region)
    fields = [("REPRESENTANTE", P(rep_.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(rep_), "EMAIL_ADDRESS")), ("REPRESENTADA" if psi.female else "REPRESENTADO", P(psi.full)),
              ("Inscrição", (crp, "PROFESSIONAL_ID")), ("Consultório", (g.office(), "ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["lines", "box"]))
    doc.f("\nDOS FATOS\nFui atendid«o» pel«a» representad«a» de «d1» a «d2», por indicação do programa de apoio da «emp», onde trabalho. "
          "Em «d3» soube pel«a2» minh«a2» gestor«a3» que «a» representad«a» havia enviado à empresa um relatório com o conteúdo das sessões, "
          "inclusive sobre meu uso de medicação. Anexo os prints da conversa em que ela admite o envio:\n\n",
          o=rep_.o, a="a" if psi.female else "o", d1=dbr(g.after(day, -300, -200)), d2=dbr(g.after(day, -150, -60)), emp=emp,
          d3=dbr(g.after(day, -50, -20)), a2="a" if rel.female else "o", a3="a" if rel.female else "")
    msgs = g.moments(4, g.after(day, -50, -20), 2, (8, 22))
    lines = [(rep_, "«x», você mandou meu relatório pro RH?"), (psi, "Mandei só um resumo, a empresa paga o programa e pediu retorno."),
             (rep_, "Mas eu não autorizei. Minha chefe sabe até do remédio."), (psi, "Entendo, me desculpe. Podemos conversar na sessão.")]
    for t, (who, msg) in zip(msgs, lines):
        doc.f("[«t»] «w»: ", t=ts(t, "wa"), w=P(g.pick([who.first, who.short])))
        doc.f(msg, x=P(psi.first))
        doc.t("\n")
    doc.f("\nEntendo violados os arts. 9º e 10 do Código de Ética Profissional do Psicólogo (Resolução CFP nº 010/2005) e a Resolução CFP "
          "nº 06/2019. Requeiro a instauração de processo ético.\n\n«c», «d».\n«n»\n\n",
          c=city, d=dbr(day), n=P(rep_.full))
    rel_ = g.person(female=g.chance(0.6))
    if g.chance(0.6):
        doc.f("[Enviado pelo formulário eletrônico do CRP em «t» — IP de origem «ip»]\n\n", t=ts(g.moments(1, day, 1, (7, 23))[0], "br"),
              ip=(g.ip(), "IP_ADDRESS"))
    doc.f("——— DESPACHO ———\nRecebida a representação (protocolo «p»). Designo relator«a2» «r» («crp»). Notifique-se «a» representad«a» para "
          "manifestação em 15 dias. Os autos tramitam em sigilo.\n«c», «d».\n",
          p=g.protocol(), a2="a" if rel_.female else "", r=P(rel_.full), crp=(g.crp("slash"), "PROFESSIONAL_ID"),
          a="a" if psi.female else "o", c=city, d=dbr(g.after(day, 10, 40)))
    return doc


JU = [ju_internacao, ju_curatela, ju_laudo, ju_burnout, ju_mp_ct, ju_lgpd, ju_etica]


# =========================================================================== saude


def sa_evolucao(g: Gen) -> Doc:
    """Psychotherapy record (prontuário psicológico) of a private practice: header and SOAP-like session notes."""
    doc = Doc()
    prac = g.pick(PRACTICES)
    psi = g.person(female=g.chance(0.75))
    pac = g.person()
    em = g.relative(pac) if g.chance(0.5) else g.spouse(pac)
    psiq = g.person()
    day = g.day()
    city, uf = g.city()
    crp = g.crp()
    head = g.pick(["table", "lines"])
    doc.f("«pr» — PRONTUÁRIO PSICOLÓGICO (Resolução CFP nº 1/2009)\nDocumento sigiloso\n\n", pr=prac.upper() if g.chance(0.4) else prac)
    fields = [("Paciente", P(g.pick([pac.full, pac.caps]))), ("Nascimento", (g.dob(g.pick(["br", "nopad", "short"]), 1955, 2008), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(pac), "EMAIL_ADDRESS")),
              ("Contato de emergência", P(g.pick([em.full, em.first]))), ("Tel. emergência", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Responsável técnica" if psi.female else "Responsável técnico", P(psi.full)), ("Registro", (crp, "PROFESSIONAL_ID")),
              ("Início", V(dbr(g.after(day, -300, -60)))), ("Modalidade", V(g.pick(["presencial", "online", "híbrida"])))]
    if g.chance(0.75):
        fields.insert(4, ("Endereço", (g.address(), "ADDRESS")))
        if g.chance(0.6):
            fields.insert(5, ("CEP", (g.cep(), "BR_CEP")))
    if head == "table":
        table_ruled(doc, ["Campo", "Valor"], [[V(k), v] for k, v in fields], g.pick(["plus", "pipe"]))
    else:
        kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    doc.t("\n")
    boss = g.person()
    sib = g.relative(pac)
    partner = g.spouse(pac)
    n0 = g.ri(3, 40)
    notes = [
        "S: relata semana difícil no trabalho; a chefe, «b», cobrou metas na frente da equipe. Dormiu 4 h/noite.\nO: chorosa em alguns momentos, "
        "discurso coerente.\nA: sintomas ansiosos em aumento; PHQ-9 = «p».\nP: registro de pensamentos; retomar técnica de respiração.",
        "S: conta que voltou a conversar com «s» («k») depois de dois anos de briga pela herança.\nO: mais animad«o», fala da esperança de "
        "retomar a faculdade.\nA: melhora do humor.\nP: manter frequência semanal.",
        "S: «x» (companheir«o2») saiu de casa. Refere pensamentos de que “seria melhor sumir”; nega plano.\nO: hipotimia, choro.\nA: risco "
        "moderado (C-SSRS). Plano de segurança atualizado; rede de apoio: «s2». Informado CVV 188.\nP: retorno em 3 dias; contato com «ps».",
        "S: iniciou «m» prescrito por «ps» («crm»). Queixa de náusea na primeira semana.\nO: humor eutímico.\nA: adesão boa.\nP: manter.",
        "S: falou da mãe, dona «mae», que tem Alzheimer e mora com el«o3». Sente culpa por querer descansar.\nO: -\nA: sobrecarga de "
        "cuidador«a3».\nP: orientar sobre o CAPS e o Centro-Dia do bairro Vila Rosa.",
        "S: relata ataque de pânico no ônibus, a caminho do trabalho.\nO: -\nA: F41.0 em investigação; GAD-7 = «q».\nP: exposição "
        "gradual; diário de crises.",
        "S: diz que “ver a luz no fim do túnel” ainda parece longe, mas que a vitória da semana foi ter saído para caminhar com «s».\nO: -\n"
        "A: ativação comportamental em curso.\nP: manter metas pequenas.",
    ]
    mae = g.person(female=True)
    sel = g.sample(notes, g.ri(2, 4))
    t = g.after(day, -40, -20)
    for k, txt in enumerate(sel):
        doc.f("Sessão «n» — «d» («m»)\n", n=n0 + k, d=dbr(t), m=g.pick(["presencial", "online", "online"]))
        doc.f(txt + "\n\n", b=P(g.pick([boss.first, boss.short])), p=g.ri(8, 24), s=P(sib.first), k=g.pick(["irmã", "irmão", "prima", "cunhada"]),
              o=pac.o, x=P(g.pick([partner.first, partner.nick])), o2="a" if partner.female else "o", s2=P(g.pick([sib.first, em.first])),
              ps=P(g.pick([psiq.short, psiq.full])), m=g.pick(MEDS), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              mae=P(g.pick([mae.first, mae.nick])), o3="a" if pac.female else "e", a3="a" if pac.female else "", q=g.ri(6, 21))
        t = g.after(t, 6, 8)
    doc.f("«n» — «c»\n", n=P(psi.short), c=(crp, "PROFESSIONAL_ID"))
    return doc


def sa_raps(g: Gen) -> Doc:
    """A RAPS referral and counter-referral (guia de referência e contrarreferência) from a UBS to a CAPS."""
    doc = Doc()
    city, uf = g.city()
    ubs = g.pick(UBS_UNITS)
    caps = g.pick(CAPS_UNITS)
    u = g.person()
    med = g.person()
    enf = g.person(female=g.chance(0.8))
    tec = g.person(female=g.chance(0.7))
    kind = g.pick(["CRP", "CRESS", "TO", "CRP"])
    day = g.day()
    kids = "CAPSi" in caps
    cid = g.pick(CID_CHILD) if kids else g.pick(CID_MOOD + CID_SEVERE)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»/«uf» — REDE DE ATENÇÃO PSICOSSOCIAL (Portaria GM/MS nº 3.088/2011)\n"
          "GUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\n", c=fold(city).upper(), uf=uf)
    doc.f("ORIGEM: «o» (CNES «cn»)     DESTINO: «d»\nDATA: «dt»     PRIORIDADE: «p»\n\n", o=ubs, cn=g.cnes(), d=caps, dt=dbr(day),
          p=g.pick(["eletiva", "prioritária", "urgente (atendimento em até 72 h)"]))
    mother = g.person(female=True)
    rows = [("Usuário(a)", P(g.pick([u.caps, u.full])))]
    if g.chance(0.2):
        rows.append(("Nome social", P(g.person(female=not u.female).first)))
    rows += [("CNS", (g.cns(), "BR_CNS")), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.8) else V("—")),
             ("DN", (g.dob(g.pick(["br", "short", "nopad"]), 2009 if kids else 1950, 2020 if kids else 2006), "DATE_OF_BIRTH")),
             ("Mãe", P(g.pick([mother.caps, mother.full]))), ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")),
             ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.4):
        rows.append(("E-mail", (g.email(u), "EMAIL_ADDRESS")))
    style = g.pick(["box", "lines", "dots"])
    kv_block(g, doc, rows, style)
    doc.f("\nMOTIVO DO ENCAMINHAMENTO: «m»\nHIPÓTESE DIAGNÓSTICA: «c» («cd»)\nMEDICAÇÕES: «med»\n\n",
          m=g.pick(["humor deprimido há 6 meses, sem resposta a dois antidepressivos", "uso abusivo de álcool com faltas ao trabalho e "
                    "violência doméstica relatada pela esposa", "primeiro episódio psicótico, família refere 'vozes'", "automutilação (cortes nos "
                    "antebraços) relatada pela escola", "crises de pânico com idas frequentes à UPA", "agitação e insônia após perda do emprego"]),
          c=cid[0], cd=cid[1], med=", ".join(g.sample(MEDS, g.ri(1, 2))))
    doc.f("Profissional solicitante: «n» — «crm»\nEnfermeir«o» da equipe: «e» — «coren»\nContato da UBS: «t»\n\n",
          n=P(g.pick([med.full, med.short, med.caps])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=enf.o,
          e=P(g.pick([enf.full, enf.short])), coren=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.t("—" * 30 + "\nCONTRARREFERÊNCIA\n")
    title = {"CRP": psico(tec), "CRESS": "assistente social", "TO": "terapeuta ocupacional"}[kind]
    xt = g.pick(["Família orientada; irmã («s») participará do grupo de familiares.", "Consulta psiquiátrica em 30 dias.",
                 "Sem critério para CAPS no momento; seguimento na APS com apoio do NASF.", "Encaminhad«o» também ao CRAS para o BPC."])
    doc.f("Usuári«o» acolhid«o» em «d» pela equipe multiprofissional. Técnic«o2» de referência: «n» («t», «r»). Inserid«o» em «pts». "
          + xt + "\nRetorno à UBS para acompanhamento compartilhado (matriciamento mensal, «dia»).\n",
          o=u.o, d=dbr(g.after(day, 2, 20)), o2=tec.o, n=P(g.pick([tec.full, tec.short])), t=title, r=(g.council(kind, uf), "PROFESSIONAL_ID"),
          pts=g.pick(["grupo terapêutico semanal", "oficina de geração de renda", "acompanhamento individual quinzenal", "grupo de familiares"]),
          s=P(g.relative(u, True).first), dia=g.pick(["toda 2ª quinta-feira", "primeira terça do mês", "às sextas"]))
    return doc


def sa_samu(g: Gen) -> Doc:
    """A SAMU 192 regulation and pre-hospital record of a psychiatric emergency (ALL CAPS, abbreviations)."""
    doc = Doc()
    city, uf = g.city()
    pac = g.person()
    sol = g.relative(pac) if g.chance(0.6) else g.person()
    reg = g.person()
    cond = g.person(female=False)
    tec = g.person()
    enf = g.person()
    day = g.day()
    t0 = g.moments(1, day, 1, (0, 24))[0]
    kind = g.pick(["TENTATIVA DE SUICÍDIO — INGESTÃO DE MEDICAMENTOS", "AGITAÇÃO PSICOMOTORA / HETEROAGRESSIVIDADE",
                   "SURTO PSICÓTICO EM VIA PÚBLICA", "IDEAÇÃO SUICIDA COM PLANO", "INTOXICAÇÃO ALCOÓLICA + AUTOAGRESSÃO"])
    u = lambda s: fold(s).upper()  # noqa: E731
    doc.f("SAMU 192 — CENTRAL DE REGULAÇÃO MÉDICA DAS URGÊNCIAS — «c»/«uf»\nFICHA DE ATENDIMENTO PRÉ-HOSPITALAR Nº «n»\n"
          "DATA: «d»   HORA DO CHAMADO: «h»   ORIGEM: «o»\n\n", c=u(city), uf=uf, n=f"{day.year}{g.d(6)}", d=dbr(t0), h=ts(t0, "hm"),
          o=g.pick(["192 FIXO", "192 CELULAR", "TRANSFERÊNCIA 190", "TRANSFERÊNCIA 188 (CVV)"]))
    doc.f("SOLICITANTE: «s» («r»)   TEL: «t»\n", s=P(u(g.pick([sol.full, sol.short, sol.first]))),
          r=g.pick(["MÃE", "IRMÃ", "ESPOSA", "VIZINHO", "FILHO", "PRÓPRIO PACIENTE"]) if sol is not pac else "PRÓPRIO",
          t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    dob_known = g.chance(0.6)
    dd, mm, yy = g.dob_parts(1955, 2008)
    doc.f("PACIENTE: «p»   SEXO: «x»   IDADE: «i» ANOS   DN: «dn»\n", p=P(u(g.pick([pac.full, pac.short]))), x="F" if pac.female else "M",
          i=(t0.year - yy - ((t0.month, t0.day) < (mm, dd))) if dob_known else g.ri(16, 70),
          dn=(fmt_date(dd, mm, yy, g.pick(["br", "short"])), "DATE_OF_BIRTH") if dob_known else "NÃO INFORMADA")
    if g.chance(0.4):
        doc.f("CNS: «c»\n", c=(g.cns(), "BR_CNS"))
    doc.f("ENDEREÇO: «a» — «b»\nREFERÊNCIA: «r»\n\n", a=(g.address("caps"), "ADDRESS"), b=u(g.pick(BAIRROS)),
          r=u(g.pick(["PRÓXIMO AO MERCADINHO FLOR DO VALE", "EM FRENTE À IGREJA DA LUZ", "PORTÃO BRANCO", "CASA DE ESQUINA, MURO ROSA", "ATRÁS DO POSTO BENTO"])))
    doc.f("NATUREZA: «k»\nREGULAÇÃO: «ttl» «m» — «crm» — «cl»\n", k=kind, ttl="DRA." if reg.female else "DR.", m=P(u(reg.full)),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cl=g.pick(["ENVIO DE USA", "ENVIO DE USB", "ENVIO DE USB + APOIO PM", "ORIENTAÇÃO + ENVIO DE USB"]))
    doc.f("VIATURA: «v» — PLACA «pl»\nEQUIPE: CONDUTOR «c»; TÉC. ENF. «t» («ct»)", v=g.pick(["USB 03", "USA 01", "USB 07", "USA ALFA"]),
          pl=(g.plate(), "LICENSE_PLATE"), c=P(u(g.pick([cond.short, cond.first]))), t=P(u(g.pick([tec.short, tec.full]))),
          ct=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if "USA" in doc.text[-80:] or g.chance(0.3):
        doc.f("; ENF. «e» («c»)", e=P(u(enf.short)), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.t("\n\n")
    doc.f("ACHADOS: «a»\nSINAIS VITAIS: PA «pa» MMHG, FC «fc» BPM, SAT «s»%, GLASGOW «gl»\n",
          a=g.pick(["PACIENTE CONSCIENTE, CHOROS" + pac.o.upper() + ", REFERE TER INGERIDO CARTELA DE CLONAZEPAM 2 MG HÁ 1 H",
                    "AGITAD" + pac.o.upper() + ", VERBALIZANDO IDEIAS PERSECUTÓRIAS, SEM ARMA BRANCA",
                    "CORTES SUPERFICIAIS EM ANTEBRAÇO E, HEMOSTASIA FEITA", "SONOLENT" + pac.o.upper() + ", HÁLITO ETÍLICO, ESCORIAÇÕES EM FACE"]),
          pa=f"{g.ri(9, 16)}0X{g.ri(6, 9)}0", fc=g.ri(60, 130), s=g.ri(90, 99), gl=g.ri(11, 15))
    doc.f("CONDUTA: «c»\nDESTINO: «d»   HORA CHEGADA: «h»\nRECEBIDO POR: " + ("«r» — «crm»" if g.chance(0.5) else "PLANTONISTA — «crm»") + "\n",
          c=g.pick(["ABORDAGEM VERBAL, CONTENÇÃO MECÂNICA NÃO NECESSÁRIA, ACESSO VENOSO", "CONTENÇÃO MECÂNICA EM 4 PONTOS CONFORME PROTOCOLO, "
                    "HALOPERIDOL 5 MG + PROMETAZINA 50 MG IM", "CARVÃO ATIVADO NÃO INDICADO, MONITORIZAÇÃO", "ABORDAGEM VERBAL; ACEITOU REMOÇÃO"]),
          d=u(g.pick(PSY_HOSPITALS + ["UPA 24H VILA ESTRELA", "HOSPITAL GERAL SANTA ROSA — PS"])), h=ts(t0 + datetime.timedelta(minutes=g.ri(25, 90)), "hm"),
          r=P(u(g.person().full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.t("OBS.: FAMÍLIA ORIENTADA A PROCURAR O CAPS APÓS ALTA. INFORMADO CVV 188. NOTIFICAÇÃO DE VIOLÊNCIA AUTOPROVOCADA (SINAN) PREENCHIDA.\n")
    return doc


def sa_ct(g: Gen) -> Doc:
    """A therapeutic community's fixed-width roster of residents (acolhidos) with the coordinator's notes."""
    doc = Doc()
    ct = g.pick(CTS)
    city, uf = g.city()
    day = g.day()
    coord = g.person()
    psi = g.person(female=g.chance(0.7))
    doc.f("«ct»\nCNPJ «cn» — «c»/«uf»\nRELAÇÃO DE ACOLHIDOS — COMPETÊNCIA «m»/«y» — convênio «cv»\n\n", ct=fold(ct).upper(), cn=(g.any_cnpj(), "BR_CNPJ"),
          c=fold(city).upper(), uf=uf, m=f"{day.month:02d}", y=day.year,
          cv=g.pick(["SENAPRED/MDS", "Secretaria Estadual de Políticas sobre Drogas", "Prefeitura Municipal", "particular"]))
    widths = [3, 26, 10, 14, 15, 10, 12, 11, 15]
    heads = ["Nº", "NOME", "NASC", "CPF", "CNS", "ENTRADA", "ORIGEM", "CONTATO", "TELEFONE"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("-" * w for w in widths) + "\n")
    people = []
    for k in range(g.ri(3, 4)):
        p = g.person(female=g.chance(0.15))
        people.append(p)
        resp = g.relative(p) if g.chance(0.7) else g.person()
        doc.cell(f"{k + 1:02d}", widths[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[1]), widths[1], "PERSON")
        doc.t(" ")
        doc.cell(g.dob("br", 1960, 2006), widths[2], "DATE_OF_BIRTH")
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.cpf("dot"), widths[3], "BR_CPF")
        else:
            doc.cell("NÃO POSSUI", widths[3])
        doc.t(" ")
        if g.chance(0.7):
            doc.cell(g.cns(False), widths[4], "BR_CNS")
        else:
            doc.cell("-", widths[4])
        doc.t(" ")
        doc.cell(dbr(g.after(day, -270, -2)), widths[5])
        doc.t(" ")
        doc.cell(g.pick(["CAPS AD", "FAMÍLIA", "JUDICIAL", "ESPONTÂNEA", "CREAS", "HOSP. GERAL"]), widths[6])
        doc.t(" ")
        doc.cell(g.pick(["MÃE", "PAI", "IRMÃ", "IRMÃO", "ESPOSA", "FILHA", "TIA", "AVÓ"]), widths[7])
        doc.t(" ")
        doc.e(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")
        doc.t("\n")
    doc.t("\nOCORRÊNCIAS DO MÊS\n")
    a, b = g.sample(people, 2)
    van_driver = g.person(female=False)
    psiq = g.person()
    occ = [
        ("- «d»: «n» deixou a comunidade por vontade própria às «h» (acolhimento voluntário). Família comunicada por telefone; mãe, «m», "
         "informou que chegou em casa. Comunicado ao CAPS AD de referência.\n",
         dict(d=dbr(g.after(day, 1, 27)), n=P(a.first + " " + a.last), h=g.hm(), m=P(g.person(female=True).first))),
        ("- «d»: consulta de «n» no CAPS AD com «t» «p» («crm»). Transporte na van da CT, placa «pl», motorista «v».\n",
         dict(d=dbr(g.after(day, 1, 27)), n=P(g.pick([b.short, b.first])), t=ttl(psiq), p=P(psiq.short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              pl=(g.plate(), "LICENSE_PLATE"), v=P(g.pick([van_driver.first, van_driver.nick])))),
        ("- Visita familiar no domingo: 9 famílias. A irmã de «n» trouxe documentos para o BPC.\n",
         dict(n=P(g.pick([b.first, a.first])), i=P(g.person(female=True).short))),
        ("- Oficina de horta e de marcenaria mantidas; o grupo de espiritualidade é opcional (Resolução CONAD nº 1/2015, art. 12).\n", {}),
    ]
    for txt, kw in [occ[1]] + g.sample([occ[0], occ[2], occ[3]], g.ri(1, 2)):
        doc.f(txt, **kw)
    doc.f("\n«c» — Coordenação        «p» — «k» «crp»\n", c=P(coord.full), p=P(psi.full), k=psico(psi).capitalize(), crp=(g.crp(), "PROFESSIONAL_ID"))
    return doc


def sa_esus(g: Gen) -> Doc:
    """One-line JSON export of a CAPS's individual-care records (e-SUS APS / RAAS) with the coordinator's note on duplicates."""
    doc = Doc()
    caps = g.pick(CAPS_UNITS)
    cnes = g.cnes()
    day = g.day()
    coord = g.person()
    doc.f("# export raas_psicossocial cnes=«c» unidade=\"«u»\" competencia=«m» gerado_por=«lg» host=«h»\n", c=cnes, u=caps,
          m=f"{day.year}{day.month:02d}", lg=login(coord, g), h=g.ip_priv())
    pros = []
    for _ in range(3):
        p = g.person(female=g.chance(0.65))
        cbo = g.pick([("251510", "psicólogo clínico"), ("225133", "médico psiquiatra"), ("251605", "assistente social"),
                      ("223905", "terapeuta ocupacional"), ("223505", "enfermeiro")])
        pros.append((p, cbo, g.cns(False)))
    dup = None
    for t in g.moments(g.ri(3, 4), day, 3, (7, 19)):
        u = g.person()
        if dup is None and g.chance(0.5):
            dup = u
        pr, cbo, pcns = g.pick(pros)
        cid = g.pick(CID_MOOD + CID_SEVERE)
        rec = {"ts": ts(t, "iso"), "tipo": "RAAS_PSICO", "profissional": {"cns": (pcns, "BR_CNS"), "cbo": cbo[0]},
               "cidadao": {"cns": (g.cns(False), "BR_CNS"), "cpf": (g.cpf("raw"), "BR_CPF") if g.chance(0.7) else None,
                           "nome": P(fold(u.full).upper())}}
        if g.chance(0.2):
            rec["cidadao"]["nomeSocial"] = P(fold(g.person(female=not u.female).first).upper())
        rec["cidadao"]["dataNascimento"] = (g.dob("iso", 1950, 2010), "DATE_OF_BIRTH")
        rec["cidadao"]["sexo"] = "F" if u.female else "M"
        if g.chance(0.5):
            rec["cidadao"]["telefone"] = (g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")
        rec["cid10"] = cid[0]
        rec["procedimento"] = g.sigtap()
        rec["localRealizacao"] = g.pick(["CAPS", "território", "domicílio", "CAPS"])
        rec["terminal"] = g.ip_priv()
        jval(doc, rec, None)
        doc.t("\n")
    doc.f("\nNota da coordenação («c»): ", c=P(g.pick([coord.full, coord.short])))
    if dup:
        doc.f("«n» aparece com dois CNS (o provisório «a» e o definitivo «b»); unificar no CADSUS antes do envio. ", n=P(dup.short),
              a=(g.cns(True), "BR_CNS"), b=(g.cns(True), "BR_CNS"))
    doc.f("Procedimentos 0301080232 sem CID foram glosados na competência anterior — conferir. Dúvidas com «p» (ramal «r»).\n",
          p=P(g.pick([pros[0][0].first, pros[1][0].short])), r=g.ri(200, 260))
    return doc


def sa_relatorio(g: Gen) -> Doc:
    """A psychological report (Resolução CFP nº 06/2019) for a company, a court, a school or a traffic department; sometimes an OCR'd scan."""
    doc = Doc()
    psi = g.person(female=g.chance(0.75))
    ev = g.person()
    city, uf = g.city()
    day = g.day()
    purpose = g.pick(["detran", "detran", "bariatrica", "judicial", "escola", "porte"])
    scan = g.chance(0.35)
    R = 0.3 if scan else 0.0

    def w(s: str) -> str:
        return ocr_t(s, g, R) if scan else s

    def nm(s: str) -> str:
        return ocr(s, g, 0.35) if scan else s

    doc.f(w("«t»\n\n1. IDENTIFICAÇÃO\n"), t={"detran": "LAUDO DE AVALIAÇÃO PSICOLÓGICA — TRÂNSITO", "porte": "LAUDO DE AVALIAÇÃO PSICOLÓGICA — "
                                                  "MANUSEIO DE ARMA DE FOGO"}.get(purpose, "RELATÓRIO PSICOLÓGICO"))
    crp = g.crp()
    doc.f(w("Autor«a»: «p» — «crp»\nInteressad«o»: «e»\n"), a="a" if psi.female else "", p=P(nm(psi.full)), crp=(crp, "PROFESSIONAL_ID"),
          o=ev.o, e=P(nm(g.pick([ev.full, ev.caps]))))
    if g.chance(0.5):
        doc.f(w("Telefone: «t»" + ("   Endereço: «a», CEP «cep»" if g.chance(0.6) else "") + "\n"), t=(g.phone(), "PHONE_NUMBER"),
              a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f(w("Data de nascimento: «d»   CPF: «c»\n"), d=(g.dob(g.pick(["br", "nopad", "long"]), 1950 if purpose != "escola" else 2008, 2007 if purpose != "escola" else 2019),
                                                    "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"))
    if purpose == "detran":
        doc.f(w("CNH nº «h»   RENACH «r»   Categoria pretendida: «k»\nSolicitante: DETRAN/«uf» — clínica credenciada «cl»\n"),
              h=(g.cnh(), "BR_CNH"), r=f"{uf}{g.d(9)}", k=g.pick(["B", "AB", "D", "E"]), uf=uf, cl=g.pick(PRACTICES))
    elif purpose == "porte":
        doc.f(w("Solicitante: Polícia Federal (SINARM) — credenciamento nº «n»\n"), n=g.d(5))
    elif purpose == "judicial":
        doc.f(w("Solicitante: «v» Vara de Família de «c» — Processo nº «cnj»\n"), v=g.pick(["1ª", "2ª", "4ª"]), c=city, cnj=g.cnj())
    elif purpose == "escola":
        par = g.person(female=True)
        doc.f(w("Responsável: «r»   Solicitante: «s»\n"), r=P(nm(par.full)), s=g.pick(SCHOOLS))
    else:
        cir = g.person()
        doc.f(w("Solicitante: «t» «c» («crm»), cirurgi«a» bariátric«o»\n"), t=ttl(cir), c=P(nm(cir.full)), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              a="ã" if cir.female else "ão", o=cir.o)
    doc.f(w("Finalidade: «f»\n\n2. DESCRIÇÃO DA DEMANDA\n«dm»\n\n"),
          f={"detran": "obtenção/renovação da CNH (Resolução CONTRAN nº 927/2022)", "porte": "comprovação de aptidão psicológica (Lei 10.826/2003)",
             "judicial": "subsidiar decisão sobre guarda", "escola": "orientar a equipe pedagógica", "bariatrica": "avaliação pré-operatória"}[purpose],
          dm=g.pick(["Avaliação solicitada como requisito formal.", "Encaminhamento após queixa de desatenção e baixo rendimento.",
                     "Avaliação das condições emocionais para o procedimento e do suporte familiar."]))
    tests = g.sample(TESTS, g.ri(2, 4))
    dates = sorted(g.after(day, -30, -1) for _ in range(g.ri(2, 3)))
    doc.f(w("3. PROCEDIMENTO\nEntrevistas em «d»; instrumentos: «t» (todos com parecer favorável no SATEPSI).\n\n"),
          d=", ".join(dbr(x) for x in dates), t=", ".join(tests))
    doc.f(w("4. ANÁLISE\n«a»\n\n5. CONCLUSÃO\n«c»\n\n«ci», «dd».\n\n«p»\n«k» — «crp»\n"),
          a={"detran": g.pick(["Resultados dentro da média esperada para a faixa etária e a escolaridade; sem indicadores de impulsividade.",
                               "Atenção concentrada abaixo da média na primeira aplicação; reteste dentro da média."]),
             "porte": g.pick(["Sem indicadores de impulsividade ou agressividade; controle emocional adequado.",
                              "Humor rebaixado e insônia recente (luto); sem ideação suicida."]),
             "judicial": "Vínculo afetivo preservado com ambos os genitores; a criança expressa desejo de convivência.",
             "escola": "Atenção sustentada abaixo da média; memória preservada. Ansiedade em situações de avaliação.",
             "bariatrica": "Bom suporte familiar (a esposa acompanha as consultas). Compreende os riscos e as mudanças de hábito."}[purpose],
          c={"detran": g.pick(["APTO.", "APTO.", "INAPTO TEMPORÁRIO — reavaliar em 30 dias."]),
             "porte": g.pick(["APTO.", "INAPTO TEMPORÁRIO — reavaliar em 90 dias."]),
             "judicial": "Recomenda-se guarda compartilhada com acompanhamento psicológico da criança.",
             "escola": "Sugere-se avaliação neuropsicológica e acompanhamento com a psicopedagoga da escola.",
             "bariatrica": "Favorável ao procedimento, com acompanhamento psicológico no pós-operatório."}[purpose],
          ci=city, dd=dbr(g.after(day, 0, 5), g.pick(["br", "long"])), p=P(nm(psi.full)), k=psico(psi).capitalize(), crp=(crp, "PROFESSIONAL_ID"))
    doc.f(w("\nEste documento não deve ser usado para fins diferentes da finalidade informada (Resolução CFP nº 06/2019, art. 15).\n"))
    if scan:
        doc.t("[digitalizado — OCR]\n")
    return doc


def sa_burnout(g: Gen) -> Doc:
    """A company's HR / SESMT e-mail thread about an employee's burnout leave: the psychiatrist's note, the INSS exam and the EAP."""
    doc = Doc()
    emp = g.pick(EMPLOYERS)
    dom = dom_of(emp)
    city, uf = g.city()
    hr = g.person()
    mt = g.person()
    wk = g.person()
    psiq = g.person()
    psi = g.person(female=g.chance(0.7))
    day = g.day()
    t1 = g.moments(1, day, 1, (8, 18))[0]
    cid = g.pick(CID_BURNOUT)
    wk_cpf = g.cpf()
    doc.f("De: «h» <«he»>\nPara: «me»\nCc: sesmt@«dom»\nData: «d»\nAssunto: Atestado — matr. «mt» — afastamento > 15 dias\n\n",
          h=P(hr.full), he=(corp_mail(hr, dom), "EMAIL_ADDRESS"), me=(corp_mail(mt, dom), "EMAIL_ADDRESS"), dom=dom,
          d=ts(t1, "br"), mt=g.d(6))
    doc.f("Bom dia«m».\n\nRecebemos hoje o atestado abaixo, entregue pel«a» própri«o» colaborador«a2». Como passa de 15 dias, preciso do "
          "encaminhamento ao INSS.\n\n> Atesto, para os devidos fins, que «w», CPF «c», esteve sob meus cuidados nesta data, necessitando de "
          "afastamento de suas atividades laborais por «n» dias a partir de «ini».«cid»\n> «ci», «dd».\n> «t» «p» — «crm» — «rqe» — Psiquiatria\n\n"
          "«h»\nAnalista de Gente & Gestão\n\n",
          m="", a="a" if wk.female else "o", o=wk.o, a2="a" if wk.female else "", w=P(wk.caps), c=(wk_cpf, "BR_CPF"),
          n=g.pick([20, 30, 30, 45, 60]), ini=dbr(t1.date()),
          cid=(f" CID {cid[0]} (informado com autorização d{wk.o} paciente)." if g.chance(0.6) else ""), ci=city, dd=dbr(t1.date()),
          t=ttl(psiq), p=P(psiq.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rqe=g.rqe(), h=P(hr.first))
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("---------- resposta ----------\nDe: «m» <«me»>\nData: «d»\n\n", m=P(mt.full), me=(corp_mail(mt, dom), "EMAIL_ADDRESS"), d=ts(t2, "br"))
    doc.f("Recebido«h». Providências:\n1. Requerimento do benefício pelo Meu INSS com os dados: NIT «nit», nascimento «dn», CPF «c». "
          "Perícia agendada em «pd», APS «aps»." + (" Endereço atualizado no CNIS: «ad», CEP «cep»." if g.chance(0.6) else "") + "\n2. Avaliar nexo com o trabalho (Portaria GM/MS nº 1.999/2023 — burnout na lista de "
          "doenças relacionadas ao trabalho). Se houver nexo, emitir CAT e pedir a espécie B91.\n3. Oferecer o PAE: o atendimento com «ps» («crp») "
          "é sigiloso; a empresa recebe apenas frequência.\n4. Não repassar o CID ao gestor imediato«g».\n\nContato d«a» colaborador«a2» para a "
          "perícia: «tel».\n\n«m»\nMédic«o3» do Trabalho — «crm»\n",
          h="", nit=(g.pis(), "BR_PIS"), dn=(g.dob(g.pick(["br", "nopad"]), 1965, 2003), "DATE_OF_BIRTH"), c=(wk_cpf, "BR_CPF"),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), pd=dbr(g.after(t2.date(), 10, 45)), aps=g.pick(["Centro", "Vila Estrela", "Jardim Aurora", "Bento Ribeiro", "Santa Luzia"]),
          ps=P(psi.full), crp=(g.crp(), "PROFESSIONAL_ID"), g="", a="a" if wk.female else "o", a2="a" if wk.female else "",
          tel=(g.phone(), "PHONE_NUMBER"), m=P(mt.short), o3=mt.o, crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_evolucao, sa_raps, sa_samu, sa_ct, sa_esus, sa_relatorio, sa_burnout]


# =========================================================================== financeiro


def fi_reembolso(g: Gen) -> Doc:
    """A health plan's reimbursement request for psychotherapy: beneficiary, patient, bank data, the receipts and the analyst's decision."""
    doc = Doc()
    plan = g.pick(HEALTH_PLANS)
    tit = g.person()
    dep = g.relative(tit) if g.chance(0.5) else None
    pac = dep or tit
    psi = g.person(female=g.chance(0.75))
    an = g.person()
    day = g.day()
    city, uf = g.city()
    bk = g.pick(BANKS)
    doc.f("«pl» — SOLICITAÇÃO DE REEMBOLSO\nProtocolo: «p»    Recebido em: «d»    Canal: «c»\n\n", pl=plan.upper(), p=g.protocol(), d=dbr(day),
          c=g.pick(["app", "portal do beneficiário", "e-mail", "loja física"]))
    fields = [("Beneficiário titular", P(g.pick([tit.full, tit.caps]))), ("Carteirinha", V(g.carteirinha())), ("CPF do titular", (g.cpf(), "BR_CPF"))]
    if dep:
        fields += [("Paciente (dependente)", P(g.pick([dep.full, dep.caps]))), ("Nascimento do paciente", (g.dob("br", 2005, 2020), "DATE_OF_BIRTH"))]
    else:
        fields += [("Nascimento", (g.dob("br", 1955, 2004), "DATE_OF_BIRTH"))]
    if g.chance(0.55):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("E-mail", (g.email(tit), "EMAIL_ADDRESS")), ("Celular", (g.phone(), "PHONE_NUMBER")),
               ("Banco", V(f"{bk[0]} — {bk[1]}")), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta corrente", (g.account(), "BANK_ACCOUNT"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    crp = g.crp()
    doc.f("\nRECIBOS APRESENTADOS — prestador«a»: «n»\n", a="a" if psi.female else "", n=P(g.pick([psi.full, psi.caps])))
    psi_cpf = g.cpf()
    rows = []
    t = g.after(day, -60, -35)
    val = g.pick([150, 180, 200, 220, 250, 300])
    bad = g.chance(0.3)
    for k in range(g.ri(3, 5)):
        wrong = bad and k == 1
        rows.append([V(dbr(t)), (crp, "PROFESSIONAL_ID"),
                     V(g.neg_cpf()) if wrong else (psi_cpf, "BR_CPF"), V(brl(val))])
        t = g.after(t, 7, 7)
    style = g.pick(["pipe", "plus", "md"])
    if style == "md":
        table_md(doc, ["Data", "Registro", "CPF do prestador", "Valor (R$)"], rows)
    else:
        table_ruled(doc, ["Data", "Registro", "CPF do prestador", "Valor (R$)"], rows, style)
    tab = g.pick([62.0, 78.5, 95.0, 110.0, 54.9])
    n = len(rows) - (1 if bad else 0)
    doc.f("\nANÁLISE («a», «d»): cobertura de psicoterapia sem limite de sessões (RN ANS nº 541/2022), mediante pedido médico de «m» («crm»). "
          "Valor de reembolso pela tabela do contrato: R$ «t» por sessão × «n» = R$ «tot».",
          a=P(g.pick([an.full, an.short, an.first])), d=dbr(g.after(day, 3, 20)), m=P(g.person().full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), t=brl(tab), n=n, tot=brl(tab * n))
    if bad:
        doc.t(" GLOSA de 1 recibo: CPF do prestador inválido (dígito verificador não confere). Reapresentar com o CPF correto.")
    doc.f("\nCrédito previsto em «d» na conta informada. Dúvidas: reembolso@«dom» ou 0800 «x».\n", d=dbr(g.after(day, 25, 30)),
          dom=dom_of(plan), x=f"{g.d(3)} {g.d(4)}")
    return doc


def fi_recibos(g: Gen) -> Doc:
    """Receipts issued by a self-employed psychologist (carnê-leão / Receita Saúde), with the office address."""
    doc = Doc()
    psi = g.person(female=g.chance(0.75))
    city, uf = g.city()
    crp = g.crp()
    cpf = g.cpf()
    office = g.office(g.pick(["text", "text", "caps"]))
    cep = g.cep()
    day = g.day()
    phone = g.phone(g.pick(["par", "plain"]))
    base = g.ri(1, 300)
    for k in range(g.ri(2, 3)):
        payer = g.person()
        minor = g.chance(0.35)
        pac = g.relative(payer) if minor else payer
        n_s = g.ri(2, 5)
        val = g.pick([150, 180, 200, 220, 250, 280])
        tot = n_s * val
        days = []
        t = g.after(day, -35 + 35 * k, -30 + 35 * k)
        for _ in range(n_s):
            days.append(t)
            t = g.after(t, 7, 7)
        nrec = base + k
        doc.f("RECIBO Nº «n»/«y»" + "          R$ «v»\n\n", n=f"{nrec:03d}", y=days[-1].year, v=brl(tot))
        doc.f("Recebi de «p», CPF «c», a importância de R$ «v» («ext»), referente a «ns» sessões de psicoterapia individual realizadas em «ds»",
              p=P(g.pick([payer.full, payer.caps])), c=(g.cpf(), "BR_CPF"), v=brl(tot), ext=extenso(tot), ns=n_s,
              ds=", ".join(f"{x.day:02d}/{x.month:02d}" for x in days[:-1]) + f" e {days[-1].day:02d}/{days[-1].month:02d}/{days[-1].year}")
        if minor:
            doc.f(", em favor de «q», CPF «c»", q=P(pac.full), c=(g.cpf(), "BR_CPF"))
            if g.chance(0.5):
                doc.f(", nascid«o» em «d»", o=pac.o, d=(g.dob("br", 2006, 2020), "DATE_OF_BIRTH"))
        doc.t(".\n\n")
        doc.f("«c», «d».\n\n____________________________\n«p»\n«k» — «crp»\nCPF «cpf»\n", c=city, d=dbr(g.after(days[-1], 0, 3), "long"),
              p=P(psi.full), k=psico(psi).capitalize(), crp=(crp, "PROFESSIONAL_ID"), cpf=(cpf, "BR_CPF"))
        if k == 0 or g.chance(0.5):
            doc.f("Consultório: «a» — «b» — «ci»/«uf» — CEP «cep» — Tel. «t»\n", a=(office, "ADDRESS"), b=g.pick(BAIRROS), ci=city, uf=uf,
                  cep=(cep, "BR_CEP"), t=(phone, "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f("Recibo emitido também no Receita Saúde (código de verificação «h»).\n", h=g.hexs(16, True))
        doc.t("\n" + "- " * 30 + "\n\n")
    return doc


def fi_repasse(g: Gen) -> Doc:
    """An online therapy platform's monthly payout CSV to psychologists, a chargeback note and the payment log."""
    doc = Doc()
    plat = g.pick(PLATFORMS)
    day = g.day()
    fin = g.person()
    doc.f("# «p» — repasse_profissionais_«y»-«m».csv (gerado por «lg» em «d»)\n", p=plat, y=day.year, m=f"{day.month:02d}", lg=login(fin, g),
          d=ts(g.moments(1, day, 1, (0, 24))[0], "iso"))
    cols = ["profissional", "crp", "cpf", "chave_pix", "banco", "agencia", "conta", "sessoes", "bruto", "taxa_plataforma", "liquido"]
    rows = []
    pros = []
    for _ in range(g.ri(3, 4)):
        p = g.person(female=g.chance(0.75))
        pros.append(p)
        n = g.ri(8, 90)
        gross = n * g.pick([90, 110, 120, 140])
        fee = round(gross * 0.2, 2)
        pix = g.chance(0.45)
        rows.append([P(g.pick([p.full, fold(p.full).upper()])), (g.crp(g.pick(["slash", "bare"])), "PROFESSIONAL_ID"), (g.cpf("raw"), "BR_CPF"),
                     (g.uuid(), "PIX_KEY") if pix else V(""), V("" if pix else g.pick(BANKS)[0]), V("") if pix else (g.agency(False), "BANK_ACCOUNT"),
                     V("") if pix else (g.account(), "BANK_ACCOUNT"), V(str(n)), V(f"{gross:.2f}"), V(f"{fee:.2f}"), V(f"{gross - fee:.2f}")])
    table_csv(doc, cols, rows, g.pick([",", ";"]))
    pac = g.person()
    p0 = g.pick(pros)
    doc.f("\n## Chargebacks do mês\n- Sessões de «p» com «pp»: contestação «k» no cartão «cc» (titular «h»). ", p=P(pac.full), pp=P(p0.short),
          k=g.pick(["por fraude", "por desacordo comercial", "por cobrança duplicada"]),
          cc=(g.card(g.chance(0.5)), "CREDIT_CARD") if g.chance(0.7) else V(g.masked_card()), h=P(fold(pac.short).upper()))
    doc.t(g.pick(["Valor debitado do repasse da profissional até a decisão.", "Plataforma absorve o valor (falha no antifraude).",
                  "Paciente confirmou as sessões por e-mail; disputa contestada com evidências."]) + "\n\n")
    doc.t("## Log de pagamentos (amostra)\n")
    for t in g.moments(g.ri(4, 6), day, 2, (0, 24)):
        p = g.person()
        ok = g.chance(0.75)
        doc.f("«t» «lv» payment.«ev» tx=«tx» amount=«a» customer=«e» ip=«ip»\n", t=ts(t, "isoz"), lv="INFO" if ok else "WARN",
              ev="captured" if ok else g.pick(["refused", "chargeback.opened"]), tx="pay_" + g.hexs(10), a=g.pick(["160.00", "180.00", "640.00", "720.00"]),
              e=(g.email(p), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()))
    doc.f("\nConferido por «f» (Financeiro). Nota fiscal de serviço da plataforma emitida pelo CNPJ «c».\n", f=P(fin.full), c=(g.any_cnpj(), "BR_CNPJ"))
    return doc


def fi_folha(g: Gen) -> Doc:
    """HR's fixed-width report of employees on sick leave (auxílio-doença B31 / acidentário B91) with the bank data and stability notes."""
    doc = Doc()
    emp = g.pick(EMPLOYERS)
    day = g.day()
    an = g.person()
    doc.f("«e» — CNPJ «c»\nRELATÓRIO DE AFASTADOS — FOLHA «m»/«y» — emitido por «a» em «d»\n\n", e=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          m=f"{day.month:02d}", y=day.year, a=P(an.short) if g.chance(0.5) else login(an, g), d=dbr(day))
    widths = [6, 24, 14, 14, 10, 4, 6, 6, 11]
    heads = ["MATR", "NOME", "CPF", "PIS", "AFAST", "ESP", "CID", "AG", "CONTA"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("=" * w for w in widths) + "\n")
    people = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        people.append(p)
        cid = g.pick(CID_BURNOUT + CID_MOOD[:4] + [("M54.5", "dor lombar"), ("S82.0", "fratura da rótula")])
        doc.cell(g.d(6), widths[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[1]), widths[1], "PERSON")
        doc.t(" ")
        doc.cell(g.cpf("dot"), widths[2], "BR_CPF")
        doc.t(" ")
        doc.cell(g.pis("dot"), widths[3], "BR_PIS")
        doc.t(" ")
        doc.cell(dbr(g.after(day, -200, -5)), widths[4])
        doc.t(" ")
        doc.cell(g.pick(["B31", "B91", "B31"]), widths[5])
        doc.t(" ")
        doc.cell(cid[0], widths[6])
        doc.t(" ")
        doc.cell(g.agency(False), widths[7], "BANK_ACCOUNT")
        doc.t(" ")
        doc.e(g.account(), "BANK_ACCOUNT")
        doc.t("\n")
    a, b = g.sample(people, 2)
    doc.f("\nNOTAS\n1. «n»: benefício convertido de B31 para B91 após perícia (nexo técnico epidemiológico, Z73.0/F43.2). Estabilidade de 12 meses "
          "após a alta (Lei 8.213/1991, art. 118); FGTS do período de afastamento deve ser depositado.\n", n=P(g.pick([a.full, a.short])))
    doc.f("2. «n» pediu por e-mail («e») a troca da conta-salário para ag. «ag», conta «cc»; confirmado por telefone («t»).\n",
          n=P(g.pick([b.short, b.full])), e=(g.email(b), "EMAIL_ADDRESS"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.6):
        c = g.pick(people)
        doc.f("2b. Novo endereço de «n» para correspondência do INSS: «a», CEP «cep».\n", n=P(g.pick([c.short, c.first + " " + c.last])),
              a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("3. Complementação salarial pelo ACT (cláusula 25ª) aos afastados por B91. Reembolso de psicoterapia pelo PAE: limite R$ «v»/mês.\n"
          "4. Os CIDs deste relatório são de acesso restrito ao SESMT (Lei 13.709/2018, art. 11).\n", v=g.money(300, 900))
    return doc


def fi_informe(g: Gen) -> Doc:
    """E-mail thread: a patient asks the psychologist for the annual statement of payments for the income-tax return (IRPF)."""
    doc = Doc()
    psi = g.person(female=g.chance(0.75))
    pac = g.person()
    dep = g.relative(pac) if g.chance(0.5) else None
    day = datetime.date(g.pick([2025, 2026]), g.ri(2, 4), g.ri(1, 28))
    pm = g.email(pac)
    psm = g.email(psi, g.pick(["gmail.com", "outlook.com", "psi" + re.sub(r"[^a-z]", "", fold(psi.last).lower()) + ".com.br"]))
    t1 = g.moments(1, day, 1, (7, 23))[0]
    doc.f("De: «n» <«e»>\nPara: «pe»\nData: «d»\n" + xip(g) + "Assunto: declaração para o imposto de renda\n\n", n=P(pac.full), e=(pm, "EMAIL_ADDRESS"),
          xip=(g.ip_pub(), "IP_ADDRESS"),
          pe=(psm, "EMAIL_ADDRESS"), d=ts(t1, "br"))
    if dep:
        doc.f("Oi, «p»! Tudo bem? Você pode me mandar a declaração anual dos pagamentos de «y», das minhas sessões e das sessões d«a» «d»? O contador "
              "pediu com CPF e CRP, e o CPF e a data de nascimento del«e» também.\nObrigad«o»!\n«n»\n\n", p=P(psi.first), y=day.year - 1,
              a="a" if dep.female else "o", d=P(dep.first), e="a" if dep.female else "e", o=pac.o, n=P(pac.first))
    else:
        doc.f("Oi, «p»! Tudo bem? Você pode me mandar a declaração anual dos pagamentos de «y»? O contador pediu com CPF e CRP.\n"
              "Obrigad«o»!\n«n»\n\n", p=P(psi.first), y=day.year - 1, o=pac.o, n=P(pac.first))
    t2 = t1 + datetime.timedelta(hours=g.ri(3, 60))
    doc.f("---------- resposta ----------\nDe: «p» <«pe»>\nData: «d»\nAnexo: declaracao_«y».pdf\n\n", p=P(psi.full), pe=(psm, "EMAIL_ADDRESS"),
          d=ts(t2, "br"), y=day.year - 1)
    doc.f("DECLARAÇÃO DE PAGAMENTOS — ANO-CALENDÁRIO «y»\n\nDeclaro, para fins de comprovação junto à Receita Federal, que recebi de «n», "
          "CPF «c», os valores abaixo, referentes a sessões de psicoterapia", y=day.year - 1, n=P(pac.caps), c=(g.cpf(), "BR_CPF"))
    if dep:
        doc.f(" própria(s) e de seu(sua) dependente «d», CPF «c», nascid«o» em «dn»", d=P(dep.caps), c=(g.cpf(), "BR_CPF"), o=dep.o,
              dn=(g.dob("br", 2006, 2020), "DATE_OF_BIRTH"))
    doc.t(":\n\n")
    tot = 0
    rows = []
    price = g.pick([150, 180, 200, 230])
    for m in sorted(g.sample(range(12), g.ri(5, 10))):
        ns = g.ri(2, 5)
        v = ns * price
        tot += v
        rows.append([V(MONTHS[m].capitalize()), V(str(ns)), V(brl(v))])
    table_ruled(doc, ["Mês", "Sessões", "Valor (R$)"], rows, g.pick(["plain", "pipe"]))
    doc.f("\nTOTAL: R$ «t» («e»)\n\n«n» — «k» — «crp» — CPF «c»\n«a», «ci»/«uf»\n\n",
          t=brl(tot), e=extenso(tot), n=P(psi.full), k=psico(psi), crp=(g.crp(), "PROFESSIONAL_ID"), c=(g.cpf(), "BR_CPF"),
          a=(g.office(), "ADDRESS"), ci=(cu := g.city())[0], uf=cu[1])
    doc.f("Obs.: a partir de 2025 os recibos também constam no Receita Saúde; o valor deve bater com a DMED/declaração pré-preenchida. "
          "Abraço!\n")
    return doc


def fi_internacao(g: Gen) -> Doc:
    """A private psychiatric clinic's statement of account for an admission, the financially responsible relative, payments and an agreement."""
    doc = Doc()
    cl = g.pick(PSY_HOSPITALS[2:] + PRACTICES[:3])
    city, uf = g.city()
    pac = g.person()
    resp = g.relative(pac) if g.chance(0.6) else g.spouse(pac)
    an = g.person()
    day = g.day()
    adm = g.after(day, -60, -20)
    doc.f("«c» — CNPJ «cn»\nEXTRATO DE CONTA — INTERNAÇÃO Nº «n»\nEmissão: «d»\n\n", c=cl.upper(), cn=(g.any_cnpj(), "BR_CNPJ"), n=g.d(6), d=dbr(day))
    fields = [("Paciente", P(pac.full)), ("Nascimento", (g.dob("br", 1950, 2005), "DATE_OF_BIRTH")), ("Internação", V(dbr(adm))),
              ("Alta", V(dbr(g.after(adm, 10, 40)) if g.chance(0.6) else "— (internado)")), ("Modalidade", V(g.pick(["particular", "particular", "plano (coparticipação)"]))),
              ("Responsável financeiro", P(resp.full)), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")) if g.chance(0.6) else ("CNH", (g.cnh(), "BR_CNH")),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("E-mail", (g.email(resp), "EMAIL_ADDRESS"))]
    kv_block(g, doc, fields, g.pick(["dots", "lines"]))
    doc.t("\nLANÇAMENTOS\n")
    rows = []
    tot = 0.0
    for item, lo, hi in [("Diárias de internação", 8000, 30000), ("Medicamentos", 600, 4000), ("Consultas psiquiátricas", 800, 3000),
                         ("Psicoterapia de grupo", 300, 1200), ("Exames laboratoriais (litemia, hemograma)", 150, 700)]:
        if g.chance(0.85):
            v = g.ri(lo, hi) + g.ri(0, 99) / 100
            tot += v
            rows.append([V(item), V(brl(v))])
    if not rows:
        rows.append([V("Diárias de internação"), V(brl(9000.0))])
        tot = 9000.0
    amb = g.chance(0.45)
    if amb:
        v = g.ri(300, 900) + 0.0
        tot += v
        rows.append([V("Remoção em ambulância (ver obs.)"), V(brl(v))])
    table_ruled(doc, ["Descrição", "Valor (R$)"], rows, g.pick(["plain", "plus"]))
    if amb:
        doc.f("Obs.: remoção da residência à clínica em «d», ambulância placa «p», contratada pela família.\n", d=dbr(adm), p=(g.plate(), "LICENSE_PLATE"))
    paid = round(tot * g.pick([0.2, 0.3, 0.5]), 2)
    doc.f("\nTotal: R$ «t»   Pago: R$ «p» («c»)   Saldo: R$ «s»\n", t=brl(tot), p=brl(paid),
          c=g.pick(["cartão " + g.masked_card(), "Pix na chave aleatória da clínica", "caução em cheque"]), s=brl(tot - paid))
    doc.f("\nPara pagamento do saldo: Pix (chave aleatória) «k» ou boleto.\n", k=(g.uuid(), "PIX_KEY"))
    t1 = g.moments(1, g.after(day, 10, 30), 1, (8, 18))[0]
    doc.f("\n--- e-mail de cobrança («d») ---\nDe: «a» <«ae»>\nPara: «r» <«re»>\n\nSr«x». «rn», o saldo está vencido desde «v». Propomos acordo em "
          "«n» parcelas de R$ «pv» no cartão ou boleto, sem juros. Caso contrário, o débito será encaminhado à assessoria de cobrança. Lembramos que "
          "a alta não depende de quitação (art. 8º, § 2º da Lei 10.216/2001 e CDC).\n\n«a»\nFaturamento\n",
          d=ts(t1, "br"), a=P(an.full), ae=(corp_mail(an, dom_of(cl)), "EMAIL_ADDRESS"), r=P(resp.full), re=(g.email(resp), "EMAIL_ADDRESS"),
          x="a" if resp.female else "", rn=P(resp.last if g.chance(0.4) else resp.first), v=dbr(g.after(day, 5, 10)), n=g.pick([3, 6, 10, 12]),
          pv=brl((tot - paid) / 6))
    if g.chance(0.35):
        doc.f("\n--- resposta ---\nPodem lançar as parcelas no cartão «cc», validade «v». «r»\n", cc=(g.card(g.chance(0.6)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(26, 32)}", r=P(resp.first))
    elif g.chance(0.5):
        doc.f("\n--- resposta ---\nNão concordo com as diárias de «m». Já registrei reclamação no Procon (FA nº «fa»). «r»\n",
              m=g.pick(MONTHS), fa=f"{g.d(2)}.{g.ri(2024, 2026)}.{g.d(6)}", r=P(resp.first))
    return doc


def fi_curatela(g: Gen) -> Doc:
    """A curator's annual accounts to the court (prestação de contas da curatela): the bank account and the expenses of the ward."""
    doc = Doc()
    city, uf = g.city()
    cur = g.person()
    ward = g.relative(cur)
    adv = g.person()
    care = g.person(female=g.chance(0.85))
    day = g.day()
    bk = g.pick(BANKS)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA «v» VARA DE FAMÍLIA DE «c»/«uf»\n\nProcesso nº «cnj»\n\n",
          v=g.pick(["1ª", "2ª", "3ª"]), c=fold(city).upper(), uf=uf, cnj=g.cnj())
    doc.f("«n», curador«a» de «w» (CPF «wc»" + (", título de eleitor «te»" if g.chance(0.35) else "") + "), já qualificad«o» nos autos, CPF «c», vem apresentar a PRESTAÇÃO DE CONTAS do período de «ini» a «b» "
          "(CC, art. 1.755 e seguintes, c/c art. 1.781; CPC, art. 553), nos seguintes termos.\n\n",
          n=P(cur.caps), a="a" if cur.female else "", w=P(ward.caps), wc=(g.cpf(), "BR_CPF"), te=(g.titulo(), "BR_TITULO_ELEITOR"), o=cur.o, c=(g.cpf(), "BR_CPF"),
          ini=dbr(g.after(day, -365, -360)), b=dbr(day))
    doc.f("1. RECEITAS\nBenefício de Prestação Continuada (NB «nb»), creditado no «bk», agência «ag», conta «cc», de titularidade d«o» curatelad«o»: "
          "12 × R$ «v».\n\n2. DESPESAS\n", nb=g.nb(), bk=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"), o=ward.o,
          v=g.pick(["1.412,00", "1.518,00"]))
    rows = []
    for desc in g.sample(["Cuidadora («c») — Pix chave aleatória «k»", "Farmácia Bento — medicamentos não fornecidos pelo SUS", "Transporte ao CAPS (motorista «m», placa «pl»)",
                          "Mensalidade do Centro-Dia Aurora", "Conta de luz (proporcional)", "Plano odontológico", "Cuidadora («c») — Pix CPF «kc»",
                          "Vestuário e higiene", "Consulta particular com psiquiatra (recibo anexo)"], g.ri(4, 6)):
        rows.append((desc, brl(g.ri(80, 1800) + g.ri(0, 99) / 100)))
    for desc, v in rows:
        doc.t("- ")
        doc.f(desc, c=P(g.pick([care.full, care.first])), k=(g.uuid(), "PIX_KEY"), kc=(g.cpf(), "BR_CPF"), m=P(g.person(female=False).first),
              pl=(g.plate(), "LICENSE_PLATE"))
        doc.f(": R$ «v»\n", v=v)
    doc.f("\n3. SALDO em «d»: R$ «s», mantido na conta d«o» curatelad«o». Extratos e recibos anexos (docs. 2 a 14).\n\n"
          "Requer a intimação do Ministério Público e a homologação das contas.\n«c», «dd».\n\n«a»\n«oab»\n",
          d=dbr(day), s=g.money(50, 3000), o=ward.o, c=city, dd=dbr(g.after(day, 5, 30), "long"), a=P(adv.full),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        prom = g.person()
        doc.f("\n— Manifestação do MP: nada a opor à homologação; recomenda-se que a cuidadora «c» passe a emitir recibo mensal. «p», Promotor«a» de Justiça.\n",
              c=P(care.first), p=P(prom.full), a="a" if prom.female else "")
    return doc


FI = [fi_reembolso, fi_recibos, fi_repasse, fi_folha, fi_informe, fi_internacao, fi_curatela]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")


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
        digits = re.sub(r"\D", "", v)
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
            assert not re.search(r"[1-9@_]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not re.match(r"(sac|dpo|juridico|ouvidoria|cobranca|sesmt|rh|suporte|financeiro|privacidade|contato|secretaria|"
                                r"reembolso|saudemental|agendamento|atendimento)@", v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX]([\dX -]*[\dX])?", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRP|CRESS|CREFITO)", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private, CGNAT or a CIDR block; IPv6 outside the spans are prefixes
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if text[max(0, m.start() - 5):m.start()] == "item ":
            continue  # a numbered item of a regulation ("NR-35, item 35.4.1.2"), not an address
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # IMEIs, IMSIs and 15-digit ids outside the spans are never valid CNS; 16-digit runs never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))


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
    print("ninetyfourth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
