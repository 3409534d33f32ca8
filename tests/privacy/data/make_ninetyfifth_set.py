"""Build the ninety-fifth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyfifth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9595, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: BLOOD BANKS, ORGAN AND TISSUE DONATION AND TRANSPLANTATION -- hemocentros and
hemonúcleos with their donor registration and clinical screening, donor call-backs, deferrals and
online scheduling, apheresis and bone-marrow (REDOME) registries, the state transplant centres
(CET / CNCDO / OPO) and the national system (SNT), hospital donation committees (CIHDOTT) and the
family interview and consent, waiting lists, cornea and tissue banks, transplant outpatient
follow-up, suits over transplant access and health-plan coverage, blood drives run by companies
and churches, reimbursements and out-of-town treatment (TFD) claims, immunosuppressant dispensing
in the specialised pharmacy (CEAF), a hospital bill for a transplant, a crowdfunding page.
Layouts vary heavily: "Campo: valor" forms, ruled boxes and dotted leaders, WhatsApp exports
(Android and iOS; senders by saved name or by number; a recruitment account with a bot), e-mail
threads, a speech-to-text call (lower case, no accents, digits read in groups, spoken birth dates
in words), JSON from a scheduling API with nginx access-log lines, HL7 v2-like messages (PID, OBX)
with interface-engine log lines, semicolon and comma CSV, fixed-width reports (names cut at the
field width), +---+, psql, pipe and plain tables, Markdown tables, a TISS-like XML, one-line JSON
webhook logs, OCR'd scans with typos (a screening questionnaire, an ALL CAPS police report),
petition, judgment, term, minutes and official-letter prose.
- atendimento: (0) a blood bank's donor registration and screening form (box, dots or lines:
  civil and sometimes social name, CPF, RG or CNH shown, birth date, mother, address, CEP, phones,
  e-mail, sometimes CNS; how the donor heard of it -- a company's or church's drive with its
  organiser, a replacement donation for a named inpatient; vital signs and Hb; apt with the bag
  number, or deferred until a date with the reason; triagist's COREN, collector, mobile unit's
  plate and driver); (1) a WhatsApp export between a donor and the recruitment account (the bot
  "Gotinha", a named recruiter; shortage call, CPF sometimes first mistyped, birth date, a masked
  CPF echoed, a friend or sister sent in one's place, a new address and e-mail, a companion called
  Rosa, Luz or Flor); (2) an e-mail thread: a REDOME volunteer found compatible updates the
  registration (coordinator's corporate e-mail, the volunteer's data block, a relative as contact,
  an old address); (3) a speech-to-text call: a blood bank's call-back (new sample for a serology,
  apheresis request, duplicated online booking) or the transplant centre calling a patient on the
  list (CPF and CNS read in groups, spoken birth date, phones, address, CEP); (4) the scheduling
  API's JSON (donors' CPF, birth date, phone, e-mail, replacement for a named patient, booking IP)
  with access-log lines (public and private IPs) and IT's note; (5) an e-mail from a company's HR
  or a church with the volunteers of a blood drive (Markdown table or CSV: name, CPF, birth date,
  phone, sometimes e-mail), a minor with the mother's authorisation, the chartered bus's plate and
  driver with CNH, and the recruitment team's reply; (6) an OCR'd scan of the screening
  questionnaire and consent (name, birth date, CPF, RG, CNS, address, the donor's doctor with CRM,
  the steady partner, the triagist's COREN, a handwritten note with a friend for the marrow
  registry).
- juridico: (0) a petition against a health plan that denied a living-donor kidney or liver
  transplant (plaintiff and donor sibling or child qualified, the plan's CNPJ, the specialist's
  CRM, precedents' CNJ numbers, lawyer's OAB and e-mail); (1) a judgment in a suit against the State
  and the municipality over transplant access (TFD, a drug, the list; CPF, CNS, a representative,
  the address and phone for summons, the judge); (2) the family's term of authorisation for the
  donation of a deceased person's organs and tissues (the deceased's birth date, CPF, RG, CNS,
  voter card, mother, last address; the responsible relative qualified; witnesses with CPF; the
  CIHDOTT nurse's COREN and the brain-death protocol doctors' CRM); (3) minutes of the CIHDOTT
  family interview (nurse, psychologist's CRP, social worker's CRESS, the deceased's age, birth
  date, CNS and nickname, spouse and relatives with RG and CPF, consent or refusal, a contact
  phone, the address for the thank-you letter); (4) the state transplant centre's official letter
  to the Public Prosecutor (the patient's CPF, birth date, CNS, address, CEP, e-mail; a Markdown
  table with RGCT, ABO, PRA or MELD; the relative who took the call; the coordinator); (5) an e-mail
  thread between a lawyer and a health plan's ombudsman over a denied bone-marrow transplant (the
  patient's CPF and birth date, the haematologist's CRM, the mother as financial guardian, the
  REDOME donor id, NIP); (6) an OCR'd ALL CAPS police report of a scam: a caller posing as the
  transplant centre asks a Pix "to advance the exams" (victim's RG or CNH, CPF, birth date, mother,
  address; the fraudster's phone and assumed name; a random Pix key; a mule's account and CPF;
  witness, clerk, delegado).
- saude: (0) HL7 v2-like ADT/ORU messages from a blood bank's system (PID with CPF and CNS in the
  identifier list, the name and the mother's name in components, compact birth date, address,
  CEP, phones, e-mail; OBX serologies; the biomedic's CRBM) and the interface engine's log lines;
  (1) a fixed-width report of a state waiting list (RGCT, name cut or "SURNAME, GIVEN", CNS, birth
  date, ABO, PRA or MELD, contact phone) with the coordinator's notes; (2) a hospital's notification
  of a potential donor in brain death (birth date and age, CNS, sometimes CPF and voter card,
  mother; protocol doctors' CRM; the reference relative with CPF and phone; the CIHDOTT nurse; the
  OPO car's plate and driver); (3) an apheresis unit's day log (semicolon CSV: name, CPF, birth
  date, phone, bag numbers, users by login) with the nurse's notes (a REDOME donor's stem-cell
  collection, the courier, the companion's refund to a random Pix key) and the doctor's CRM;
  (4) a transplant outpatient note (CNS, CPF, phone, immunosuppressant levels, the doctor's CRM,
  the clinical pharmacist's CRF, the companion) and the team's e-mail to the patient; (5) an eye
  bank's register of corneas captured (donors with birth date and CNS, death dates) and
  distributed (recipients with CNS and phone, the surgeon's CRM) with the technician's note; (6) a
  WhatsApp group of an organ procurement team during one night (members by number or name, the
  donor's name, birth date and CNS, the son or sibling to be called, the car plates, the recipient
  called in with CPF, phone and address, the next on the list).
- financeiro: (0) a health plan's reimbursement claim for a living donor's and recipient's
  expenses (holder's CPF, birth date, e-mail, phone, address; the donor's CPF and NIT; providers'
  CNPJ; credit to a random Pix key or an account) and the analyst's opinion; (1) a municipal TFD
  expense claim (patient's CNS, CPF, birth date, address, CEP, phone, NIS; companion with RG and
  CPF; suppliers; transport company's CNPJ; payment; the social worker's CRESS; the secretary);
  (2) a CEAF fixed-width dispensing report of immunosuppressants (names cut or inverted, CNS, CPF)
  with sync log lines (public and private IPs) and the pharmacist's notes (a representative with
  RG and CPF, a delivery address); (3) the accounts of a blood drive (CSV: the bus company's CNPJ,
  volunteers refunded with CPF and a random Pix key or cash; the driver's CNH and the plate; the
  leftover deposited to an agency and account; the treasurer's e-mail); (4) a TISS-like XML of a
  transplant admission (beneficiary's name, CNS, CPF, birth date, phone; the hospital's CNPJ; the
  surgeon and CRM) and the plan's statement of disallowances; (5) a crowdfunding page for a
  transplant patient (organiser's e-mail, beneficiary's CPF, Pix key or account, WhatsApp, donors'
  names) with a webhook debug log that leaked full card numbers, payers' CPF, e-mail and IP;
  (6) a widow(er)'s e-mail about being billed for a brain-dead donor's ICU costs (the deceased's
  CPF and birth date, the sender's address, CEP, phone and CPF), the billing manager's answer and
  the account for the refund.

Conventions (the twentieth set's, as the later sets apply them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "Enf.", "dona", "seu"; particles inside a name (de, da, do,
das, dos, e) and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one
span; first names alone and nicknames, also in lower case or ALL CAPS, are persons; a surname
alone used for a person ("Prezado Dr. Serra") is a person. Staff named in the text are persons:
recruiters, triagists, collectors, nurses, doctors, pharmacists, biomedics, psychologists, social
workers, coordinators, couriers, drivers, analysts, lawyers, judges, clerks, delegados, treasurers,
pastors. Logins ("ukowalczyk90", "gfialho17"), system users, the bot "Gotinha", campaign codes
and crowdfunding slugs (even when built from a name) are not. Corporate e-mails of people
(fulano.tal@hemocentro.org.br, a lawyer's, a billing manager's) are EMAIL_ADDRESS; role mailboxes
(captacao@, redome.captacao@, ouvidoria@, ambulatorio.tx@, cet@) are not labelled. ADDRESS is
street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case or spoken
(not bairro, city, UF; the CEP is BR_CEP); a health plan's seat ("com sede na Avenida Rio Branco,
nº ...") is not labelled. Agency and account are separate BANK_ACCOUNT spans; bank codes and names
are not. PIX_KEY only for random (UUID) keys, whoever holds them (also a fraudster's). DATE_OF_BIRTH
only for birth dates, in any form (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, compact yyyymmdd in HL7,
long, spoken "9 do 1 de 64" or in words "vinte de abril de mil novecentos e sessenta e um");
donation, deferral, transplant, death, admission, exam, listing and due dates are not.
PROFESSIONAL_ID includes the council acronym and UF or region. Every CNPJ (numeric and the 2026
alphanumeric form, dotted or raw) is BR_CNPJ. Masked values ("***.482.117-**", "•••• 1234") are not
labelled.
Decisions of this set:
- A deceased donor is a PERSON wherever named (term, minutes, notification, eye-bank register,
  WhatsApp group, the widow's e-mail); the deceased's birth date is DATE_OF_BIRTH, their CPF, RG,
  CNS and voter card are labelled like anyone's; the date and hour of death and of the brain-death
  protocol are not. The same for a recipient, a patient on the list and a REDOME volunteer; the
  anonymity rule of donation does not change the labels.
- HL7 names: each component of an XPN field (SURNAME^GIVEN^MIDDLE, also the mother's name in
  PID-6) is its own PERSON span, as first_name / last_name columns are; the ^ separators stay
  outside. The street component of PID-11 is ADDRESS, the zip component BR_CEP; the compact birth
  date of PID-7 is DATE_OF_BIRTH; CPF and CNS in the PID-3 identifier list are labelled, the blood
  bank's donor number beside them is not.
- A person's social name (nome social) on the donor form is a PERSON, like the civil name.
- The name a fraudster gave on the phone ("se identificou como ROSA") is a PERSON.
- PROFESSIONAL_ID: CRM, COREN, OAB, CRP and, decided here, CRF of a pharmacist ("CRF-RO 43193"),
  CRBM of a biomedic who released a serology ("CRBM-3 12345", "CRBM 5ª Região nº 4321") and CRESS
  of a social worker ("CRESS 10ª Região nº 16856", "CRESS/SC 38305"); in the TISS-like XML the
  council element holds the whole id ("CRM/RS 168378").
- Not labelled (registry and health-system ids): donor numbers, ISBT 128 donation / bag numbers
  ("G8793 25 150047 00"), RGCT waiting-list numbers (also read digit by digit in the call),
  REDOME donor ids, eye-bank tissue codes, prontuário, CNES, AIH, LME, guide, lot and protocol
  numbers, the health plan's beneficiary card number ("carteira"), ANS registry, NIP, Notícia de
  Fato and B.O. numbers, HLA typings, ABO/Rh groups, PRA and MELD, procedure codes, ICD-10 codes.
- CNS is labelled grouped, raw or read out in groups in the transcript; a NIS / NIT is BR_PIS; a
  CNH shown as the donor's document, the victim's CNH and a bus driver's CNH are BR_CNH.
- IP_ADDRESS for every public IPv4 / IPv6 address (booking clients, access-log clients, HL7 and
  CEAF sync peers, a crowdfunding payer); private RFC 1918 addresses of the LAN and the interface
  engine are not labelled (checked); the port after ":" stays outside the span.
- PHONE_NUMBER for every personal or institutional line in any format (a blood bank's landline,
  WhatsApp senders shown by number, E.164 in JSON, raw in HL7 and CSV, read in groups in the
  transcript); 0800 numbers, ramais (extensions) and short codes are not.
- Plates of mobile collection units, OPO cars and chartered buses are LICENSE_PLATE.
- Full card numbers in the leaked webhook log are CREDIT_CARD; the embossed holder name there is a
  PERSON, also when embossed as initial + surname ("Y POTIGUARA").
- Names cut by a fixed-width field are labelled as they stand ("LUANA FILOMENA DE SUCUPIRA GRA");
  so are names and addresses damaged by OCR ("JOSE MAYC0N TRINDADE", "ESPERANCA DE BASTlAO") --
  an OCR "0" for "O" may stand inside a name. Identifiers in the scans are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Orozimbo,
Gumercindo, Tertuliana, Quitéria, Deusdedit), coined (Uóxinton, Raykelly, Dhenyfer, Ryquelme,
Edicleison), Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Korean, Chinese, Haitian,
Angolan, Senegalese, indigenous, Jewish, Bolivian, Venezuelan, Paraguayan, Polish/Ukrainian,
Armenian -- with rare or invented name words well above a quarter (main() prints the share).
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Serena, Glória,
Esperança, Pérola, Graça, Dores, Clemência, Bento, Prudente, Amado, Clemente, Sereno, Justo,
Modesto, Leão, Branco, Severo, Constante, Feliz; surnames Rosa, Branco, Prudente, Amado, Leão, Paz,
Cruz, Luz, Torres, Lobo, Neves, Serra, Graça, Bonito, Rios, Cordeiro, Paixão) are used as names (a
companion called Rosa, Luz or Flor, a fraudster posing as "ROSA" or "LUZ", a companion called just
"Leão", people named Bento, Celeste or Prudente Amado) and, elsewhere, as words
and in institutions, companies, plans, campaigns and places, which are not persons: "prédio rosa",
"foi uma vitória", "Rosa vermelha pra você", Hemocentro Estrela da Vida, Hemocentro Rosa Vermelha,
Serviço de Hemoterapia Amado Leão, Banco de Olhos Luz para Todos, Hospital Coração de Jesus,
Hospital Luz da Esperança, Hospital Regional Prudente de Morais, Instituto do Fígado Leão XIII,
Amado Assistência Médica, Plano Bento Saúde, Rosa dos Ventos Saúde, Construtora Prudente,
Transportadora Leão Branco, Supermercados Bento & Filhos, Igreja Batista Nova Aurora, Paróquia São
Bento, Hotel Bento, Presidente Prudente, Santa Rosa, Estrela (RS), Vitória, Jardim Sangue de
Cristo, campaign "Sangue de Cristo".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, a donor's mistyped CPF; the script checks every CPF-shaped run outside a gold span),
15-digit runs that are not valid CNS and 16-digit runs failing Luhn (checked), private IPs
(checked), the registry ids listed above, ICD-10 codes (N18.5, Z94.0, K74.6, T86.1, I61.9, S06.2,
G93.1, C92.0, D61.9, H18.6), money, laws and rules (Lei 9.434/1997, Decreto 9.175/2017, Portaria
de Consolidação nº 4/2017, Portaria GM/MS nº 158/2016, Resolução CFM nº 2.173/2017, Lei 9.656/1998,
RN ANS nº 465/2021, Lei 13.709/2018, Lei 8.080/1990, Súmula 102 do TJSP, Tema 793 do STF),
companies and institutions named after people or words, streets named after people outside an
address ("no posto da Barão de Mauá", "com sede na Avenida Prudente de Morais"), dates that are not
birth dates, masked CPFs and card endings.
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
SEED = 9595
OUT_NAME = "ninetyfifth.jsonl"

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
            "Maria José", "Lúcia", "Rita", "Eliane", "Sônia", "Cláudia", "Renata"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel",
            "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego",
            "Anderson", "Leandro", "Tiago", "Fábio", "Ricardo", "Alexandre", "João Paulo", "José Carlos", "Raimundo",
            "Sérgio", "Roberto"]
RARE_F = ["Lucineide", "Edleuza", "Marineusa", "Zuleide", "Cleidiane", "Gercina", "Deusdete", "Irailde", "Maristela",
          "Elizângela", "Valquíria", "Erondina", "Dulcineia", "Aurenice", "Nilzélia", "Joselma", "Eulália", "Bemvinda",
          "Zilá", "Anunciata", "Carmosina", "Ermelinda", "Filomena", "Hermínia", "Joaquina", "Leopoldina", "Olindina",
          "Sebastiana", "Tertuliana", "Quitéria", "Kemilly", "Jhenifer", "Thalyta", "Raykelly", "Ysabelly", "Dhenyfer",
          "Kauanny", "Rhuanna", "Sthefany", "Walkíria", "Laysla", "Thauane", "Kessia", "Gleyce", "Iasminy", "Nayara"]
RARE_M = ["Josinaldo", "Edivaldo", "Francinaldo", "Luzivan", "Zenóbio", "Gedeão", "Adalgiso", "Agripino", "Orozimbo",
          "Osvaldino", "Deusdedit", "Valdenor", "Abdias", "Belarmino", "Cipriano", "Eleutério", "Florisbelo", "Gumercindo",
          "Hermógenes", "Lindolfo", "Messias", "Olegário", "Pancrácio", "Salustiano", "Tertuliano", "Uóxinton", "Kauê",
          "Ryquelme", "Jhonatan", "Dhiego", "Wanderley", "Maycon", "Jackson", "Wellington", "Kaio", "Lhucas",
          "Adrielson", "Welison", "Gilvandro", "Erivelton", "Djalma", "Edicleison", "Genésio", "Otacílio"]
# Given names that are also everyday words (and Marian names built on words).
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Serena", "Glória", "Esperança", "Pérola",
          "Graça", "Dores", "Maria da Luz", "Maria das Dores", "Maria da Graça", "Rosa Maria", "Clemência"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Sereno", "Justo", "Modesto", "Leão", "Vitório", "Branco",
          "Severo", "Constante", "Feliz"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Cavalcante", "Monteiro", "Correia"]
RARE_SUR = ["Bezerril", "Quixadá", "Mafra", "Torquato", "Ibiapina", "Sampaio Dória", "Jaguaribe", "Valadão", "Menezello",
            "Boaventura", "Pessanha", "Juruena", "Carapeba", "Sabóia", "Canuto", "Noleto", "Pompeu", "Arcoverde",
            "Cambuí", "Tabosa", "Moita", "Bonfim", "Cysne", "Benevides", "Capistrano", "Vidigal", "Mamede", "Girão",
            "Fialho", "Pamplona", "Aragão", "Sucupira", "Paraguassu", "Barreira", "Bastião", "Colares", "Gurgel",
            "Maranhão", "Trindade", "Aquino Rego", "Xavante", "Tupinambá", "Guedelha", "Rabelo"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Sereno", "Aurora", "Estrela", "Pastor", "Graça",
            "Bonito", "Rios", "Cordeiro", "Paixão"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Tonho", "Antônia": "Toinha",
        "Raimundo": "Mundico", "Maria das Dores": "Dorinha", "Maria da Graça": "Gracinha", "Maria da Luz": "Luzinha",
        "Luiz": "Lula", "Bemvinda": "Binda", "Ermelinda": "Mela", "Carmosina": "Mosa", "Filomena": "Filó",
        "Orozimbo": "Zimbo", "Gumercindo": "Cindo", "Belarmino": "Mino", "Kauê": "Kauêzinho", "Joaquina": "Quina",
        "Sebastiana": "Tiana", "Quitéria": "Teca", "Erondina": "Dina", "Valdenor": "Nonô", "Agripino": "Pino",
        "Rosa": "Rosinha", "Bento": "Bentinho", "João": "Joca", "Pedro": "Pedrinho", "Jackson": "Jack", "Messias": "Messi",
        "Dores": "Dorinha", "Graça": "Gracinha", "Vicente": "Vicentinho", "Eduardo": "Dudu", "Roberto": "Beto"}
FOREIGN = {
    "it": (["Graziella", "Ornella", "Nunzia", "Loredana"], ["Salvatore", "Pasquale", "Gianluca", "Ottavio"],
           ["Bertolini", "Pegoraro", "Zanella", "Casagrande", "Menegat", "Dalla Costa", "Tomasi", "Scarpellini"]),
    "de": (["Hildegard", "Gerda", "Elke", "Irmgard"], ["Egon", "Siegfried", "Dieter", "Arno"],
           ["Kuhn", "Schmitt", "Wachholz", "Klitzke", "Raasch", "Vorpagel", "Bremenkamp", "Hoffmeister"]),
    "jp": (["Akemi", "Mayumi", "Keiko", "Harumi"], ["Takeshi", "Minoru", "Yukio", "Noboru"],
           ["Higa", "Kanashiro", "Miyazaki", "Tokunaga", "Shimabukuro", "Arakaki", "Nakandakari"]),
    "ar": (["Samira", "Jamile", "Soraya", "Nadima"], ["Jamil", "Kalil", "Nabih", "Fauzi"],
           ["Jafet", "Bechara", "Saad", "Kassab", "Khoury", "Tufik", "Haddad"]),
    "kr": (["Ji-woo", "Seo-yeon", "Hye-jin"], ["Dong-hyun", "Min-jun", "Sung-ho"], ["Park", "Kang", "Jung", "Lim", "Yoon"]),
    "cn": (["Meiling", "Xiuying", "Lanfang"], ["Jianguo", "Weiming", "Zhiqiang"], ["Liang", "Huang", "Zhang", "Guo", "Chen"]),
    "ht": (["Nadège", "Marie-Carmelle", "Widline", "Fabiola"], ["Jean-Robert", "Wesner", "Fritznel", "Wilner"],
           ["Pierre-Louis", "Auguste", "Désir", "Métellus", "Lindor", "Jean-Baptiste"]),
    "ao": (["Nzinga", "Luzolo", "Ndilu"], ["Kiala", "Mbemba", "Tchiwale"], ["Ngola", "Kiluange", "Matondo", "Nsimba"]),
    "sn": (["Awa", "Mariama", "Ndeye", "Fatou"], ["Abdoulaye", "Moustapha", "Ibrahima", "Cheikh"], ["Faye", "Sarr", "Gueye", "Mbaye", "Diop"]),
    "in": (["Jaciara", "Moema", "Kerexu", "Yakecan"], ["Raoni", "Karai", "Piatã", "Ubiratã"],
           ["Guajajara", "Pataxó", "Terena", "Kayapó", "Potiguara", "Baniwa"]),
    "jw": (["Esther", "Miriam", "Devorah", "Raquel"], ["Avraham", "Yossef", "Chaim", "Mordechai"],
           ["Goldfarb", "Lerner", "Zylberstajn", "Waisman", "Kuperman", "Rosenthal"]),
    "bo": (["Ayda", "Nelly", "Eusebia"], ["Grover", "Efraín", "Teodoro"], ["Quispe", "Condori", "Huanca", "Limachi", "Yujra", "Mamani"]),
    "ve": (["Yuleisy", "Oriana", "Dayerlin"], ["Yonaiker", "Deiby", "Yorbis"], ["Castellanos", "Urdaneta", "Pernía", "Colmenares"]),
    "py": (["Ramona", "Nidia", "Liz Mabel"], ["Nery", "Derlis", "Osmar"], ["Benítez", "Ayala", "Giménez", "Cáceres"]),
    "pl": (["Jadwiga", "Halyna", "Oksana"], ["Stanisław", "Mykola", "Wojciech"], ["Kowalczyk", "Wiśniewski", "Bondarenko", "Hnatyshyn"]),
    "am": (["Anoush", "Siranush"], ["Vartan", "Krikor"], ["Manukian", "Hagopian", "Boyadjian"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "ve", "py", "pl", "am")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Graziella", "Nunzia", "Loredana", "Ottavio", "Pegoraro", "Menegat", "Tomasi", "Scarpellini", "Hildegard",
             "Gerda", "Elke", "Irmgard", "Egon", "Siegfried", "Arno", "Wachholz", "Klitzke", "Raasch", "Vorpagel",
             "Bremenkamp", "Hoffmeister", "Kanashiro", "Tokunaga", "Shimabukuro", "Arakaki", "Nakandakari", "Minoru",
             "Yukio", "Noboru", "Harumi", "Jafet", "Bechara", "Kassab", "Khoury", "Tufik", "Nabih", "Fauzi", "Nadima"])
RARE.discard("Raquel")  # a common name, also in the Jewish pool

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Graça", "Trindade"}
DO_SUR = {"Nascimento", "Vale", "Bonfim", "Sangue", "Coração"}
DOS_SUR = {"Santos", "Campos", "Rios"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "24", "27", "28", "31", "32", "33", "34", "35",
        "37", "38", "41", "42", "43", "44", "45", "46", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "64",
        "65", "66", "67", "68", "69", "71", "73", "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88",
        "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Estrada", "Rodovia", "Praça", "Viela"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "Flor de Maio", "da Aurora", "Estrela Dalva",
                "Padre Cícero", "Dom Pedro II", "Coronel Sucupira", "Professora Olindina Gurgel", "Tiradentes",
                "Quinze de Novembro", "Marechal Deodoro", "da Paz", "Luz do Sol", "dos Doadores", "José Amado Torres",
                "Castro Alves", "Santos Dumont", "Frei Galvão", "Irmã Dulce", "Doutor Zerbini", "Rondon",
                "Pedro Álvares Cabral", "das Hortênsias", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras",
                "Senador Pompeu", "Vital Brazil", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês",
                "Doutor Fauzi Haddad", "Leão XIII", "Serra Branca", "Pioneiro Arno Hoffmeister", "Cônego Agripino Rabelo",
                "Oswaldo Cruz", "Coração de Jesus", "Santa Rosa de Lima", "Carlos Chagas", "Rosa e Silva"]
CITIES = [("São Paulo", "SP"), ("Ribeirão Preto", "SP"), ("Campinas", "SP"), ("Botucatu", "SP"), ("Presidente Prudente", "SP"),
          ("São José do Rio Preto", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Montes Claros", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"),
          ("Cascavel", "PR"), ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Passo Fundo", "RS"), ("Santa Rosa", "RS"),
          ("Bento Gonçalves", "RS"), ("Estrela", "RS"), ("Joinville", "SC"), ("Blumenau", "SC"), ("Pomerode", "SC"),
          ("Florianópolis", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Vitória da Conquista", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Sobral", "CE"),
          ("Natal", "RN"), ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Esperança", "PB"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Anápolis", "GO"),
          ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Cachoeiro de Itapemirim", "ES"),
          ("Aracaju", "SE"), ("Maceió", "AL"), ("Porto Velho", "RO"), ("Palmas", "TO"), ("Rio Branco", "AC"), ("Boa Vista", "RR")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL", "RO", "RR", "TO", "AC"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Boa Vista", "Pirajá", "Santa Luzia",
           "Conjunto Esperança", "Jardim Vitória", "Bela Vista", "Parque das Flores", "Vila Estrela", "Lagoa Seca",
           "Planalto", "Cidade Nova", "Zona Rural", "Jardim Sangue de Cristo", "Bairro da Luz", "Cohab II", "Vila Graça"]

HEMOCENTROS = ["Hemocentro Regional Aurora", "Hemocentro Coordenador", "Hemonúcleo Vale do Sangue Bom", "Fundação Hemovida",
               "Hemocentro Estrela da Vida", "Hemonúcleo São Bento", "Hemocentro Rosa Vermelha", "Banco de Sangue Santa Luzia",
               "Hemocentro Universitário", "Serviço de Hemoterapia Amado Leão", "Hemopa Regional", "Hemoce — Posto Luz"]
TX_CENTRAL = ["Central Estadual de Transplantes", "CNCDO", "Central de Notificação, Captação e Distribuição de Órgãos",
              "Central de Transplantes", "OPO Metropolitana", "OPO Regional Serra Branca"]
HOSPITALS = ["Hospital Estadual Aurora", "Santa Casa de Misericórdia", "Hospital São Bento", "Hospital Universitário Vitória",
             "Hospital do Rim Estrela", "Hospital Regional Prudente de Morais", "Hospital Coração de Jesus",
             "Instituto do Fígado Leão XIII", "Hospital Luz da Esperança", "Hospital de Base", "Hospital Evangélico Nova Aurora",
             "Hospital Municipal Clemente Torres", "Pronto-Socorro Central"]
TISSUE_BANKS = ["Banco de Olhos Luz para Todos", "Banco de Tecidos Oculares", "Banco de Olhos Santa Luzia",
                "Banco de Pele e Tecidos", "Banco de Tecidos Musculoesqueléticos Vitória", "Banco de Valvas Cardíacas"]
HEALTH_PLANS = ["Vida Plena Saúde", "Unimed Serra Branca", "Amado Assistência Médica", "SaúdeMais Estrela",
                "Plano Bento Saúde", "Cassi Regional", "Amparo Saúde Cooperativa", "Rosa dos Ventos Saúde", "Previdência Luz Saúde"]
COMPANIES = ["Metalúrgica Vitória Ltda.", "Transportadora Leão Branco", "Supermercados Bento & Filhos", "Cerâmica Estrela S.A.",
             "Frigorífico Aurora do Vale", "Têxtil Pomerana Ltda.", "Atacadão Flor do Campo", "Construtora Prudente",
             "Laticínios Serra Branca", "Call Center Amado Contact", "Usina Santa Rosa", "Cooperativa Luz do Campo"]
CHURCHES = ["Igreja Batista Nova Aurora", "Paróquia Sagrado Coração de Jesus", "Assembleia de Deus Ministério Vitória",
            "Comunidade Evangélica Luz do Mundo", "Paróquia São Bento", "Igreja Presbiteriana Estrela da Manhã",
            "Centro Espírita Caminho da Luz", "Congregação Cristã Vila Rosa", "Igreja Adventista Jardim Esperança",
            "Comunidade Judaica — Sinagoga Beit Shalom"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("004", "Banco do Nordeste"),
         ("336", "C6 Bank"), ("290", "PagSeguro"), ("041", "Banrisul"), ("070", "BRB")]
ABO = ["O+", "O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"]
ORGANS = ["rim", "fígado", "coração", "pulmão", "pâncreas", "córneas", "pele", "ossos", "valvas cardíacas"]
IMMUNO = ["tacrolimo 1 mg", "tacrolimo 5 mg", "micofenolato de sódio 360 mg", "micofenolato de mofetila 500 mg",
          "everolimo 0,75 mg", "ciclosporina 100 mg", "sirolimo 1 mg", "azatioprina 50 mg", "prednisona 20 mg", "basiliximabe 20 mg"]


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

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
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

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN-{uf} nº {n}"])
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.ri(1000, 99999)}", f"CRF/{uf} nº {self.ri(1000, 99999)}"])
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.ri(1000, 49999)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.ri(1000, 49999)}"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 39999)}", f"CRESS/{uf} {self.ri(1000, 39999)}"])
        if kind == "CRN":
            return f"CRN-{self.ri(1, 10)} {self.ri(1000, 39999)}"
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}", f"CRM/{uf} nº {n}"])

    # ----------------------------------------------------------------- identifiers of the register (never labelled)
    def din(self) -> str:
        """An ISBT 128 donation identification number (bag / tube), with or without its flag characters."""
        fac = self.pick("BCDEGHJ") + self.d(4)
        base = f"{fac} {self.ri(24, 26)} {self.d(6)}"
        return base + (f" {self.pick(['00', '0A', '7J'])}" if self.chance(0.3) else "")

    def rgct(self) -> str:
        """Registro Geral da Central de Transplantes (a waiting-list id)."""
        return self.pick([self.d(10), f"{self.d(2)}.{self.d(6)}-{self.d(1)}", f"{self.ri(2015, 2026)}{self.d(6)}"])

    def redome_id(self) -> str:
        return self.pick([f"{self.ri(1, 6)}.{self.d(3)}.{self.d(3)}", f"RD{self.d(8)}", self.d(7)])

    def carteirinha(self) -> str:
        """A health plan's beneficiary card number (not labelled): 17 digits, grouped or raw."""
        n = self.d(17)
        return self.pick([f"{n[0]} {n[1:4]} {n[4:16]} {n[16]}", n, f"{n[:3]}.{n[3:7]}.{n[7:13]}.{n[13:15]}-{n[15:]}"])

    def aih(self) -> str:
        return f"{self.ri(21, 53)}{self.ri(24, 26)}1{self.d(8)}"

    def lme(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}/{self.d(7)}", f"LME-{self.d(9)}", self.d(12)])

    def prontuario(self) -> str:
        return self.pick([self.d(7), f"{self.d(3)}.{self.d(3)}", f"PR{self.d(8)}", f"{self.d(6)}-{self.d(1)}"])

    def hla(self) -> str:
        a = lambda loc, lo, hi: f"{loc}*{self.ri(lo, hi):02d}:{self.ri(1, 12):02d}"  # noqa: E731
        return f"{a('A', 1, 74)}, {a('A', 1, 74)}; {a('B', 7, 58)}, {a('B', 7, 58)}; {a('DRB1', 1, 16)}, {a('DRB1', 1, 16)}"

    def abo(self) -> str:
        return self.pick(ABO)

    def hb(self) -> str:
        return f"{self.ri(115, 168) / 10:.1f}".replace(".", ",")


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
# =========================================================================== shared helpers of the templates

UNITS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
         "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]


def words_num(n: int) -> str:
    """Spoken Portuguese (lower case, no accents) for 0..99."""
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " e " + UNITS[u])


def spoken_dob(g: Gen, lo: int = 1945, hi: int = 2006) -> str:
    """A birth date as a speech-to-text engine writes it (lower case, no accents)."""
    dd, mm, yy = g.dob_parts(lo, hi)
    mes = fold(MONTHS[mm - 1])
    style = g.pick(["words", "mixed", "digits", "short"])
    if style == "words":
        yw = ("mil novecentos e " + words_num(yy - 1900)) if yy < 2000 else ("dois mil" + ("" if yy == 2000 else " e " + words_num(yy - 2000)))
        return f"{'primeiro' if dd == 1 else words_num(dd)} de {mes} de {yw}"
    if style == "mixed":
        return f"{dd} de {mes} de {yy}"
    if style == "short":
        return f"{dd} do {mm} de {yy % 100:02d}"
    return f"{dd:02d} {mm:02d} {yy}"


def lo(s: str) -> str:
    return fold(s).lower()


PROFS_F = ["professora", "comerciante", "enfermeira", "servidora pública", "agricultora", "autônoma", "do lar", "aposentada",
           "vendedora", "técnica em enfermagem", "costureira", "operadora de caixa", "diarista"]
PROFS_M = ["comerciante", "motorista", "professor", "agricultor", "eletricista", "autônomo", "aposentado", "pedreiro",
           "servidor público", "mecânico", "vigilante", "operador de máquinas", "metalúrgico"]


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, email: bool = True,
            addr: bool = True, phone: bool = False, civil: str | None = None, cns: bool = False,
            where: tuple[str, str] | None = None) -> None:
    """Qualification of a natural person in a petition, a term or minutes."""
    city, uf = where or g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=civil or (g.pick(["casad", "solteir", "divorciad", "viúv"]) + p.o), prof=g.pick(PROFS_F if p.female else PROFS_M))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1945, 2004), "DATE_OF_BIRTH"))
    if rg:
        doc.f("portador«a» do RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SSP-" + uf, "SESP/" + uf, "IIRGD/" + uf]))
    doc.f("inscrit«o» no CPF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if cns:
        doc.f(", Cartão Nacional de Saúde nº «c»", c=(g.cns(), "BR_CNS"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))


def gov_mail(p: Person, inst: str) -> str:
    """A staff member's corporate e-mail at a public health body."""
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    uf = inst
    return f"{f}.{l}@{uf}"


GOV_DOMS = ["saude.sp.gov.br", "hemocentro.org.br", "hemominas.mg.gov.br", "saude.pr.gov.br", "saude.rs.gov.br", "saude.ba.gov.br",
            "hemoce.ce.gov.br", "saude.go.gov.br", "hemope.pe.gov.br", "saude.sc.gov.br", "hemovida.org.br", "transplantes.es.gov.br"]

# =========================================================================== atendimento

INAPT = [("tatuagem feita em «d»", 365), ("viagem a área endêmica de malária (Porto Velho) em «d»", 30),
         ("endoscopia digestiva em «d»", 180), ("extração dentária em «d»", 7), ("gripe com febre até «d»", 15),
         ("parceiro sexual novo desde «d»", 365), ("vacina contra febre amarela em «d»", 28),
         ("Hb abaixo do mínimo (coleta de repetição)", 90), ("uso de isotretinoína até «d»", 30),
         ("piercing na orelha em «d»", 365)]


def at_ficha_doador(g: Gen) -> Doc:
    """A blood bank's donor registration form with the clinical screening and the result (apt or deferred)."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    city, uf = g.city()
    d = g.person()
    day = g.day()
    mob = g.chance(0.35)
    kind = g.pick(["Sangue total", "Sangue total", "Aférese de plaquetas", "Sangue total + cadastro REDOME", "Reposição"])
    doc.f("«h» — «c»/«uf»\nCNPJ «cnpj» · Captação «tel»«dd»\n\nFICHA DE CADASTRO E TRIAGEM DO DOADOR\nNº doador «nd»    Doação «din»    "
          "Tipo: «k»\nData: «dt» «hr»    Local: «loc»\n\n",
          h=fold(hemo).upper() if g.chance(0.4) else hemo, c=city, uf=uf, cnpj=(g.any_cnpj(), "BR_CNPJ"),
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
          dd=g.pick(["", " · Disque Doação 0800 " + g.d(3) + " " + g.d(4)]), nd=g.d(7), din=g.din(), k=kind, dt=dbr(day), hr=g.hm(),
          loc=("Unidade móvel " + g.pick(["Gotinha 2", "Doe Vida", "Sangue Bom"]) + " — " + g.pick(COMPANIES + CHURCHES))
          if mob else g.pick(["Sede", "Posto Shopping Vitória", "Posto Hospital São Bento"]))
    mother = g.person(female=True)
    fields = [("Nome civil", P(g.pick([d.full, d.caps, d.capsf])))]
    if g.chance(0.12):
        soc = g.person(female=not d.female)
        fields.append(("Nome social", P(soc.first + " " + " ".join(d.surnames[-1:]))))
    fields += [("CPF", (g.cpf(), "BR_CPF")),
               ("RG / órgão", (g.rg(), "BR_RG")) if g.chance(0.7) else ("Documento apresentado: CNH", (g.cnh(), "BR_CNH")),
               ("Data de nascimento", (g.dob(g.pick(["br", "br", "nopad", "short"]), 1958, 2007), "DATE_OF_BIRTH")),
               ("Sexo", V("F" if d.female else "M")),
               ("Nome da mãe", P(g.pick([mother.full, mother.caps]))),
               ("Naturalidade", V(f"{g.city()[0]}")),
               ("Endereço", (g.address(g.pick(["text", "text", "caps"])), "ADDRESS")),
               ("Bairro / Cidade", V(f"{g.pick(BAIRROS)} / {city}-{uf}")),
               ("CEP", (g.cep(g.chance(0.8)), "BR_CEP")),
               ("Celular (WhatsApp)", (g.phone(), "PHONE_NUMBER")),
               ("E-mail", (g.email(d), "EMAIL_ADDRESS"))]
    if g.chance(0.4):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    if g.chance(0.3):
        fields.append(("Telefone recado", (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER")))
    fields += [("Profissão", V(g.pick(PROFS_F if d.female else PROFS_M))),
               ("Grupo ABO/Rh (histórico)", V(g.pick(ABO + ["não sabe", "1ª doação"]))),
               ("Última doação", V(dbr(g.after(day, -400, -70)) if g.chance(0.7) else "—"))]
    style = g.pick(["box", "dots", "lines"])
    doc.t("IDENTIFICAÇÃO\n")
    kv_block(g, doc, fields, style)
    how = g.pick(["campanha", "reposicao", "sms", "redes"])
    if how == "reposicao":
        pat = g.person()
        doc.f("\nDoação de reposição para o(a) paciente «p», internado(a) no «h» (leito «l»).\n", p=P(g.pick([pat.full, pat.caps])),
              h=g.pick(HOSPITALS), l=f"{g.ri(1, 9)}{g.ri(0, 40):02d}")
    elif how == "campanha":
        doc.f("\nComo soube: campanha «c» — organizador(a) «o».\n", c=g.pick(["da " + g.pick(CHURCHES), "da empresa " + g.pick(COMPANIES),
                                                                          "Junho Vermelho", "Doe Sangue, Doe Vida"]),
              o=P(g.pick([g.person().full, g.person().first])))
    elif how == "sms":
        doc.t("\nComo soube: convocação por SMS (estoque O- crítico).\n")
    else:
        doc.t("\nComo soube: redes sociais / amigos. Primeira doação.\n")
    doc.f("\nTRIAGEM CLÍNICA\nPA «pa» mmHg · FC «fc» bpm · Temp «t» °C · Peso «w» kg · Hb «hb» g/dL (punção digital)\n",
          pa=f"{g.ri(10, 14)}x{g.ri(6, 9)}", fc=g.ri(58, 96), t=f"{g.ri(355, 372) / 10:.1f}".replace(".", ","), w=g.ri(51, 118), hb=g.hb())
    nurse = g.person(female=g.chance(0.7))
    if g.chance(0.35):
        why, days = g.pick(INAPT)
        ref = g.after(day, -days + 5, -2)
        doc.f("Resultado: INAPTO TEMPORÁRIO até «ate» — motivo: «m»\n", ate=dbr(g.after(day, 5, days + 1)),
              m=why.replace("«d»", dbr(ref)))
        doc.f("Orientad«o» a retornar após a data. «n» informou que pode trazer «q» no lugar.\n", o=d.o, n=P(d.first),
              q=g.pick(["o irmão", "a esposa", "o colega de trabalho", "a vizinha"]))
    else:
        doc.f("Resultado: APTO. Volume coletado «v» mL · bolsa «b» · braço «br» · início «h1» fim «h2»\n", v=g.ri(420, 490), b=g.din(),
              br=g.pick(["D", "E"]), h1=g.hm(), h2=g.hm())
        if g.chance(0.3):
            doc.t("Reação adversa leve (lipotimia) 5 min após a coleta; hidratado, liberado após 30 min em observação.\n")
    doc.f("\nTriagista: «tn» — «cr»\n", tn=P(g.pick([nurse.full, nurse.short])), cr=(g.council("COREN"), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        col = g.person()
        doc.f("Coleta: «c» (técnico(a) de enfermagem)\n", c=P(g.pick([col.first, col.short])))
    if mob and g.chance(0.6):
        doc.f("Unidade móvel placa «pl», motorista «m».\n", pl=(g.plate(), "LICENSE_PLATE"), m=P(g.person(female=False).first))
    return doc


def at_whatsapp_convocacao(g: Gen) -> Doc:
    """WhatsApp export between a blood bank's recruitment account and a donor called back (shortage, scheduling, a friend)."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    donor = g.person()
    att = g.person(female=g.chance(0.75))
    ios = g.chance(0.5)
    day = g.day()
    moments = g.moments(17, day, 3, (7, 22))
    saved = g.chance(0.3)
    ddd, local = g.msisdn()
    num = g.fmt_phone(ddd, local, "wa")
    dname = g.pick([donor.short, donor.first, donor.nick])
    dsuf = g.pick(["", "", " doador", " Hemo", " 🩸"]) if dname != donor.short else ""
    biz = g.pick(["Captação ", "", "Agendamento "]) + hemo
    abo = g.pick(["O-", "O-", "O+", "A-", "B-"])
    doc.t("Conversa do WhatsApp com ")
    if saved:
        doc.e(dname, "PERSON").t(dsuf + "\n")
    else:
        doc.e(num, "PHONE_NUMBER").t("\n")
    it = iter(moments)

    def line(who: str, msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if who == "d":
            if saved:
                doc.e(dname, "PERSON")
                doc.t(dsuf)
            else:
                doc.e(num, "PHONE_NUMBER")
        else:
            doc.t(biz)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("b", "🩸 Olá, «n»! Aqui é a Gotinha, assistente virtual do «h». Nosso estoque de sangue «abo» está CRÍTICO e você é doador«a» «abo». "
         "Podemos contar com você esta semana? Responda 1 para agendar.", n=P(g.pick([donor.first, donor.first.upper()])), h=hemo, abo=abo,
         a="a" if donor.female else "")
    line("d", g.pick(["1", "1 pode ser sexta?", "oi! posso sim"]))
    line("b", "Oi, tudo bem? Sou «a», da equipe de captação 😊 Para agendar preciso do CPF e da data de nascimento.",
         a=P(g.pick([att.first, att.short])))
    if g.chance(0.25):
        line("d", "«x»", x=g.neg_cpf())
        line("b", "Esse CPF não consta no nosso cadastro 🤔 Pode conferir?")
    line("d", "«c» nasci em «dob»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), dob=(g.dob(g.pick(["br", "nopad", "short"]), 1960, 2006), "DATE_OF_BIRTH"))
    slot = g.after(day, 1, 4)
    line("b", "Cadastro localizado (CPF ***.«m1».«m2»-**). Agendado para «d» às «h» na sede (prédio rosa em frente à rodoviária; "
         "estacionamento conveniado na rua de trás) ou no posto da «rua». Lembre: alimente-se bem, evite gordura e traga documento com foto.",
         m1=g.d(3), m2=g.d(3), d=dbr(slot), h=g.pick(["07:30", "08:00", "09:40", "13:20", "15:00"]),
         rua=g.pick(["Barão de Mauá", "Prudente de Morais", "Getúlio Vargas", "Carlos Chagas", "Irmã Dulce", "Oswaldo Cruz"]), hp=g.pick(HOSPITALS))
    fr = g.person()
    case = g.pick(["amigo", "tatuagem", "endereco", "medo"])
    if case == "amigo":
        line("d", "posso levar um colega do trabalho? «f», cpf «c»", f=P(g.pick([fr.full, fr.short])), c=(g.cpf(), "BR_CPF"))
        line("b", "Claro! Agendei «f» no mesmo horário. Ele(a) precisa ter entre 16 e 69 anos e pesar mais de 50 kg.", f=P(fr.first))
    elif case == "tatuagem":
        line("d", "fiz uma tatuagem em «d» ainda pode?", d=dbr(g.after(day, -200, -20)))
        line("b", "Infelizmente só após 12 meses da tatuagem 😕 Mas sua indicação vale muito: se alguém da família puder ir, é uma vitória pra gente!")
        line("d", "minha irmã «f» vai no meu lugar, o zap dela é «t»", f=P(g.pick([fr.first, fr.full])), t=(g.phone(g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    elif case == "endereco":
        line("d", "mudei de endereço, agora é «ad», cep «cep». pode atualizar?", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"),
             cep=(g.cep(g.chance(0.6)), "BR_CEP"))
        line("b", "Atualizado ✅ E-mail continua o mesmo?")
        line("d", "troquei pra «e»", e=(g.email(donor), "EMAIL_ADDRESS"))
    else:
        line("d", "tenho medo de agulha 😅 mas vou. a «f» pode ir comigo de acompanhante?", f=P(g.pick(["Rosa", "Luz", "Flor", fr.first])))
        line("b", "Pode sim! A gente cuida bem de você, prometo. O lanche é por nossa conta 🧃")
    line("d", "<Mídia oculta>" if not ios else "‎imagem ocultada")
    line("b", "Recebemos o comprovante de vacina, obrigad«o»!", o=att.o)
    line("b", "Lembrete automático: sua doação é amanhã às 08:00. Para remarcar, responda REMARCAR.")
    line("d", g.pick(["ok 👍", "confirmado", "vou sim!"]))
    if g.chance(0.5):
        line("b", "«n», sua bolsa já foi processada e ajudou até 4 pessoas ❤️ Próxima doação liberada a partir de «d».",
             n=P(donor.first), d=dbr(g.after(slot, 60, 120)))
    else:
        line("d", "doei hoje! a enfermeira «e» foi um amor", e=P(g.person(female=True).first))
    return doc


def at_email_redome(g: Gen) -> Doc:
    """E-mail thread: a registered bone-marrow volunteer found compatible updates the REDOME registration."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    v = g.person()
    coord = g.person(female=g.chance(0.7))
    dom = g.pick(GOV_DOMS)
    vm = g.email(v)
    cm = gov_mail(coord, dom)
    day = g.day()
    rid = g.redome_id()
    city, uf = g.city()
    doc.f("De: «cn» <«cm»>\nPara: «vm»\nCc: redome.captacao@«dom»\nData: «d»\nAssunto: REDOME — doador(a) potencialmente compatível — ID «rid»\n\n",
          cn=P(coord.full), cm=(cm, "EMAIL_ADDRESS"), vm=(vm, "EMAIL_ADDRESS"), dom=dom, d=ts(g.moments(1, day, 1, (8, 18))[0], "br"), rid=rid)
    doc.f("Prezad«o» «n»,\n\nSeu cadastro no Registro Nacional de Doadores Voluntários de Medula Óssea (REDOME), feito em «ano» (unidade: «h»), "
          "apresentou compatibilidade preliminar com um(a) paciente que aguarda transplante. Precisamos confirmar seus dados e agendar uma "
          "nova coleta de amostra (teste confirmatório). Pode responder com nome completo, CPF, data de nascimento, endereço atual e "
          "telefones?\n\nA identidade do(a) paciente é sigilosa.\n\nAtenciosamente,\n«c»\n«role» — «h»\n«tel»\n\n",
          o=v.o, n=P(v.first), ano=g.ri(2009, 2022), h=hemo, c=P(g.pick([coord.full, coord.short])),
          role=g.pick(["Enfermeira do REDOME", "Coordenação de Captação", "Assistente social", "Setor de Medula Óssea"]),
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("---------- resposta ----------\nDe: «vn» <«vm»>\nData: «d»\n\n", vn=P(g.pick([v.full, v.low, v.short])), vm=(vm, "EMAIL_ADDRESS"),
          d=ts(g.moments(1, g.after(day, 0, 3), 1, (6, 23))[0], "br"))
    doc.f(g.pick(["Boa tarde! Que notícia! Claro que quero ajudar.", "Oi, «cf». Nem lembrava mais desse cadastro, mas estou à disposição.",
                  "Bom dia. Fiquei emocionad«o», conte comigo."]) + "\n\n", cf=P(coord.first), o=v.o)
    fields = [("Nome", P(g.pick([v.full, v.caps]))), ("CPF", (g.cpf(), "BR_CPF")),
              ("Nascimento", (g.dob(g.pick(["br", "long", "nopad"]), 1975, 2006), "DATE_OF_BIRTH")),
              ("Endereço", (g.address(), "ADDRESS")), ("Cidade", V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
              ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.5):
        fields.append(("Trabalho", (g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER")))
    kv_block(g, doc, fields, g.pick(["lines", "lines", "dots"]))
    rel = g.relative(v) if g.chance(0.6) else g.person()
    doc.f("\nSe não me acharem, falem com «r» «rn», «t».\n", r=g.pick(["minha mãe", "meu pai", "minha esposa", "meu marido", "meu irmão", "minha tia"]),
          rn=P(g.pick([rel.full, rel.first])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("Obs.: mudei de estado desde o cadastro (morava na «old»).\n", old=(g.address(), "ADDRESS"))
    doc.f("\n«sig»\n\n", sig=P(g.pick([v.first, v.short, v.nick])) if g.chance(0.6) else "Abraço!")
    doc.f("---------- resposta ----------\nDe: «cn» <«cm»>\n\nObrigad«co»! Dados atualizados no sistema. Agendamos a coleta da amostra "
          "confirmatória para «d» às «h» (unidade: «h2»; procure o setor de Medula Óssea, 2º andar). Não precisa de jejum. O deslocamento é "
          "reembolsado pelo programa (Pix ou conta em seu nome). Qualquer dúvida, fale comigo pelo «t».\n",
          cn=P(coord.full), cm=(cm, "EMAIL_ADDRESS"), co=coord.o, d=dbr(g.after(day, 4, 15)), h=g.hm(), h2=g.pick(HEMOCENTROS),
          t=(g.phone(g.pick(["plus", "par"])), "PHONE_NUMBER"))
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a blood bank's call-back to a donor or a transplant centre's call."""
    doc = Doc()
    case = g.pick(["sorologia", "aferese", "lista", "agenda"])
    hemo = g.pick(TX_CENTRAL[:4]) if case == "lista" else g.pick(HEMOCENTROS)
    ag = g.person()
    c = g.person()
    doc.f("[stt v2 | «h» | ligacao «dir» «id» | «dt» | dur «mm»:«ss» | ramal «r» | operador «lg»]\n\n",
          h=lo(hemo), dir=g.pick(["ativa", "receptiva"]), id=g.hexs(10), dt=ts(g.moments(1, None, 1, (8, 19))[0], "sql"),
          mm=f"{g.ri(2, 14):02d}", ss=f"{g.ri(0, 59):02d}", r=g.ri(200, 899), lg=login(ag, g))
    A, C = "atendente: ", ("paciente: " if case == "lista" else "doador: ")
    doc.f(A + "bom dia aqui e «a» «h» eu falo com «n»\n", a=P(lo(g.pick([ag.first, ag.short]))), h=lo(hemo), n=P(lo(g.pick([c.full, c.first, c.short]))))
    doc.f(C + "«x»\n", x=g.pick(["e ele mesmo", "sou eu", "e ela", "pois nao sou eu"]))
    doc.f(A + "pra sua seguranca me confirma o cpf\n" + C + "«cpf»\n", cpf=(g.cpf("sp"), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(spoken_dob(g, 1950, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        cn = g.cns(False)
        doc.f(A + "tem o numero do cartao do sus ai\n" + C + "«c»\n", c=(" ".join([cn[:3], cn[3:7], cn[7:11], cn[11:]]), "BR_CNS"))
    if case == "sorologia":
        doc.f(A + "a sua ultima doacao do dia «dd» precisou de uma nova amostra pra confirmar um exame nao e motivo pra panico a maioria "
              "dos casos da negativo na segunda coleta\n" + C + "nossa fiquei assustad«o» e qual exame\n"
              + A + "isso o medico explica pessoalmente na consulta e sigiloso posso agendar com a doutora «m» na «dia»\n" + C + "pode sim\n",
              dd=lo(dbr(g.day(), "long")), o=c.o, m=P(lo(g.person(female=True).short)), dia=g.pick(["segunda", "terca", "quarta", "quinta", "sexta"]))
    elif case == "aferese":
        doc.f(A + "voce e cadastrad«o» como doador de plaquetas por aferese temos um paciente do «hp» precisando do seu tipo\n"
              + C + "posso sim mas so depois das «h» quem vai me buscar e o meu «r» «x»\n", o=c.o, hp=lo(g.pick(HOSPITALS)), h=g.pick(["cinco", "seis", "duas"]),
              r=g.pick(["marido", "filho", "irmao", "cunhado"]), x=P(lo(g.person(female=False).first)))
    elif case == "lista":
        doc.f(A + "estou ligando da central sobre a sua inscricao na lista de rim o seu rgct e «rg» o cadastro esta ativo mas o exame "
              "de painel venceu\n" + C + "eu fiz o exame no «hp» com o doutor «m»\n" + A + "vou verificar com a equipe se chegou aqui\n",
              rg=" ".join(re.sub(r"\D", "", g.rgct())), hp=lo(g.pick(HOSPITALS)), m=P(lo(g.person(female=False).short)))
    else:
        doc.f(A + "vi que voce agendou pela internet pra amanha mas o sistema acusou agendamento duplicado\n"
              + C + "foi minha «r» «x» que marcou pra mim pelo celular dela o «t»\n", r=g.pick(["filha", "esposa", "irma", "mae"]),
              x=P(lo(g.person(female=True).first)), t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.t(A + "o telefone pra contato continua esse mesmo\n" + C)
    if g.chance(0.6):
        doc.f("nao agora e «t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    else:
        doc.t("continua sim\n")
    if g.chance(0.7):
        cp = g.cep(False)
        doc.f(A + "e o endereco «ad» cep «cep»\n" + C + "«ok»\n", ad=(g.address("stt"), "ADDRESS"),
              cep=(cp[:5] + " " + cp[5:] if g.chance(0.4) else cp, "BR_CEP"), ok=g.pick(["isso", "isso mesmo", "correto"]))
    doc.f(A + "o protocolo e «p» «bye» tenha um bom dia\n\n[fim | confianca 0,«k» | revisado por: «r»]\n",
          p=" ".join(g.d(3) for _ in range(3)), bye="a central agradece" if case == "lista" else "obrigad" + ag.o + " pela sua doacao",
          k=g.ri(61, 97), r=g.pick(["nao revisado", "qa_" + g.d(3), login(g.person())]))
    return doc


def at_agendamento(g: Gen) -> Doc:
    """JSON export of a blood bank's online scheduling system, the web server's access log and the analyst's note."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    day = g.day()
    an = g.person()
    host = g.pick(["agenda.", "doesangue.", "app."]) + dom_of(hemo)
    doc.f("GET https://«h»/api/v1/agendamentos?data=«d»&unidade=«u»  →  200 OK\n\n", h=host, d=dbr(day, "iso"), u=g.ri(1, 12))
    items = []
    people = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        people.append(p)
        ip = (g.ip(), "IP_ADDRESS") if g.chance(0.8) else g.ip_priv()
        item = {"id": g.ri(100000, 999999), "doador": {"nome": P(g.pick([p.full, p.caps])), "cpf": (g.cpf("raw"), "BR_CPF"),
                                                      "nascimento": (g.dob("iso", 1958, 2007), "DATE_OF_BIRTH"),
                                                      "celular": (g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER")},
                "horario": f"{dbr(day, 'iso')}T{g.pick(['07', '08', '09', '10', '13', '14'])}:{g.pick(['00', '20', '40'])}:00-03:00",
                "tipo": g.pick(["SANGUE_TOTAL", "PLAQUETAS_AFERESE", "CADASTRO_MEDULA"]),
                "origem": {"canal": g.pick(["web", "app_android", "app_ios"]), "ip": ip}, "status": g.pick(["CONFIRMADO", "PENDENTE", "CANCELADO"])}
        if g.chance(0.5):
            item["doador"]["email"] = (g.email(p), "EMAIL_ADDRESS")
        if g.chance(0.3):
            item["reposicao_para"] = P(g.person().full)
        if g.chance(0.25):
            item["campanha"] = g.pick(["JUNHO-VERMELHO", "IGREJA-" + g.d(3), "EMPRESA-" + g.d(4)])
        items.append(item)
    jval(doc, {"total": len(items), "pagina": 1, "itens": items}, 0)
    doc.t("\n\n$ tail -n 5 /var/log/nginx/access.log\n")
    for t in g.moments(g.ri(4, 7), g.after(day, -3, -1), 2, (0, 24)):
        if g.chance(0.75):
            doc.e(g.ip_pub() if g.chance(0.85) else g.ip6_pub(), "IP_ADDRESS")
        else:
            doc.t(g.ip_priv())
        doc.f(" - - [«t»] \"POST /api/v1/agendamentos HTTP/1.1\" «st» «b» \"-\" \"«ua»\"\n",
              t=t.strftime("%d/") + MON_EN[t.month - 1] + t.strftime("/%Y:%H:%M:%S -0300"), st=g.pick(["201", "201", "409", "429", "400"]),
              b=g.ri(80, 900), ua=g.pick(["Mozilla/5.0 (Linux; Android 14)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "python-requests/2.31",
                                           "okhttp/4.12.0"]))
    p = g.pick(people)
    doc.f("\nNota de «an» (TI): os 409 são tentativas duplicadas. O CPF de «p» foi usado em «n» agendamentos no mesmo dia a partir do "
          "mesmo IP; liguei e era a filha marcando para a família toda. Os 429 são robôs — bloqueio feito no WAF. Chamado «ch».\n",
          an=P(g.pick([an.full, an.first])), p=P(g.pick([p.first, p.short, p.full])), n=g.ri(3, 6), ch=g.protocol())
    return doc


def at_campanha(g: Gen) -> Doc:
    """E-mail from a company's HR or a church to the blood bank with the volunteers of a blood drive (Markdown table or CSV)."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    church = g.chance(0.45)
    org = g.pick(CHURCHES) if church else g.pick(COMPANIES)
    org_p = g.person()
    cap = g.person(female=True)
    dom = dom_of(org) if not church else g.pick(["gmail.com", "hotmail.com", "outlook.com"])
    om = corp_mail(org_p, dom) if not church else g.email(org_p)
    day = g.day()
    doc.f("De: «on» <«om»>\nPara: captacao@«hd»\nAssunto: Lista de voluntários — campanha «c» — «d»\n\n",
          on=P(org_p.full), om=(om, "EMAIL_ADDRESS"), hd=dom_of(hemo), c=g.pick(["Junho Vermelho", "Doe Vida", "Sangue Solidário", "Natal Solidário"]),
          d=dbr(day))
    doc.f("Olá, «cn»!\n\nSegue a lista dos voluntários d«x» «org» para a coleta «onde». Todos preencheram a pré-triagem online.\n\n",
          cn=P(g.pick([cap.first, cap.short])), x="a" if not church else ("a" if org.startswith(("Igreja", "Paróquia", "Assembleia", "Comunidade", "Congregação")) else "o"),
          org=org, onde=g.pick(["na unidade móvel", "na sede do hemocentro"] + (["no salão paroquial", "no estacionamento do templo"] if church else
                                                                              ["no pátio da empresa", "no refeitório"])))
    rows = []
    mails = g.chance(0.5)
    cols = ["Nome", "CPF", "Nascimento", "Celular"] + (["E-mail"] if mails else []) + ["Tipo"]
    for _ in range(g.ri(5, 8)):
        p = g.person()
        rows.append([P(g.pick([p.full, p.full, p.caps, p.short])),
                     (g.cpf(), "BR_CPF") if g.chance(0.85) else V("—"),
                     (g.dob(g.pick(["br", "br", "nopad"]), 1958, 2008), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER")]
                    + ([(g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else V("")] if mails else [])
                    + [V(g.pick(ABO + ["?", "não sabe"]))])
    if g.chance(0.5):
        table_md(doc, cols, rows)
    else:
        table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    if g.chance(0.5):
        doc.f("\n«n» tem 16 anos e vai com a autorização assinada pela mãe, «m».\n", n=P(g.person().first), m=P(g.person(female=True).full))
    bus = g.chance(0.55)
    if bus:
        drv = g.person(female=False)
        doc.f("\nVamos de ônibus fretado: placa «pl», motorista «m» (CNH «cnh»), saída às «h» da «saida».\n",
              pl=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([drv.full, drv.short])), cnh=(g.cnh(), "BR_CNH"), h=g.hm(),
              saida=g.pick(["frente da igreja", "praça da matriz"] if church else ["portaria 2", "garagem da empresa"]))
    doc.f("\nQualquer coisa, meu celular é «t».\n\n«sig»\n«role»\n\n", t=(g.phone(), "PHONE_NUMBER"), sig=P(org_p.full),
          role=g.pick(["Pastor(a) auxiliar", "Coordenação da Pastoral da Saúde", "Ministério de Ação Social"] if church else
                      ["Analista de RH", "Técnico(a) de Segurança do Trabalho", "Gerente de Pessoas", "CIPA"]))
    doc.f("> Resposta da Captação: Recebido! Confirmado para «d», 7h30. «x» Lanche por conta do «h».\n",
          d=dbr(g.after(day, 3, 20)), h=hemo,
          x=g.pick(["Quem tomou vacina da gripe há menos de 48h deve remarcar.", "Peçam que tragam documento original com foto.",
                    "A unidade móvel chega às 7h; precisamos de ponto de luz 220V.", ""]))
    return doc


Q_TRIAGEM = ["Está se sentindo bem hoje?", "Dormiu pelo menos 6 horas nas últimas 24h?", "Fez tatuagem ou maquiagem definitiva nos últimos 12 meses?",
             "Teve hepatite após os 11 anos?", "Esteve em região de malária nos últimos 30 dias?", "Fez cirurgia nos últimos 12 meses?",
             "Usou medicamento nos últimos 7 dias?", "Teve relação sexual com parceiro(a) novo(a) nos últimos 12 meses?",
             "Recebeu transfusão de sangue nos últimos 12 meses?", "Está grávida ou amamentando?", "Fez extração dentária nos últimos 7 dias?",
             "Já teve doença de Chagas?"]


def at_ocr_questionario(g: Gen) -> Doc:
    """OCR'd scan of a paper screening questionnaire and consent signed by the donor (typos in the printed words and the names)."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    d = g.person()
    nurse = g.person(female=g.chance(0.7))
    doc.f(ocr_t("[digitalizado — pág 1/2 — qualidade baixa]\n«h»\nQUESTIONÁRIO DE TRIAGEM CLÍNICA — DOAÇÃO DE SANGUE\n\n", g),
          h=ocr(fold(hemo).upper(), g, 0.5))
    doc.f(ocr_t("Nome: «n»\nData nasc.: «dob»   Sexo: «s»\nCPF: «cpf»   Doc. identidade: «rg»\n", g),
          n=P(ocr(g.pick([d.caps, d.capsf, d.full]), g)), dob=(g.dob(g.pick(["br", "short", "nopad"]), 1958, 2007), "DATE_OF_BIRTH"),
          s="F" if d.female else "M", cpf=(g.cpf(), "BR_CPF"), rg=(g.rg(), "BR_RG"))
    if g.chance(0.5):
        doc.f(ocr_t("Cartão SUS: «c»\n", g), c=(g.cns(), "BR_CNS"))
    if g.chance(0.6):
        doc.f(ocr_t("Endereço: «ad»   CEP «cep»\nFone: «t»\n", g), ad=(ocr(g.address(g.pick(["caps", "text"])), g), "ADDRESS"),
              cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("\n")
    for q in g.sample(Q_TRIAGEM, g.ri(6, 9)):
        ans = g.pick(["( ) SIM  (X) NÃO", "( ) SIM  (X) NÃO", "( ) SIM  (X) NÃO", "(X) SIM  ( ) NÃO"])
        doc.t(ocr(q, g, 0.25) + "  " + ans + "\n")
    med = g.person()
    if g.chance(0.5):
        doc.f(ocr_t("Se usa medicamento, qual? «m»  Médico que acompanha: Dr(a). «dn» «crm»\n", g),
              m=g.pick(["losartana 50mg", "anticoncepcional", "puran T4", "nenhum", "dipirona (dor de cabeça)"]),
              dn=P(ocr(med.full, g, 0.2)), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f(ocr_t("Parceiro(a) fixo(a): «pn»\n", g), pn=P(ocr(g.spouse(d).full, g, 0.3)))
    doc.f(ocr_t("\nDECLARO que respondi com sinceridade e autorizo o uso do meu sangue e a realização de exames (Portaria GM/MS nº 158/2016).\n"
                "Autorizo contato por: (X) telefone ( ) e-mail\n\nAssinatura do doador: «sig»\n\nTriagista: «tn»  «cr»   Data: «dt»\n", g),
          sig=P(ocr(g.pick([d.full, d.short]), g, 0.4)), tn=P(ocr(g.pick([nurse.full, nurse.short]), g)),
          cr=(g.council("COREN"), "PROFESSIONAL_ID"), dt=g.date())
    if g.chance(0.5):
        doc.f(ocr_t("\n[pág 2/2] Observação manuscrita: doador(a) indicou «x» («t») para cadastro de medula.\n", g),
              x=P(ocr(g.person().full, g, 0.3)), t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
    return doc


AT = [at_ficha_doador, at_whatsapp_convocacao, at_email_redome, at_transcricao, at_agendamento, at_campanha, at_ocr_questionario]

# =========================================================================== juridico


def ju_peticao_plano(g: Gen) -> Doc:
    """Initial petition against a health plan that denied a living-donor kidney transplant (or the immunosuppressants), with urgent relief."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    donor = g.relative(a)
    plan = g.pick(HEALTH_PLANS)
    law = g.person()
    neph = g.person()
    liver = g.chance(0.3)
    organ = "parte do fígado (lobo direito)" if liver else "rim"
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA «n»ª VARA CÍVEL DA COMARCA DE «c»/«uf»\n\n"
          "Tutela de urgência — «tt»\n\n", n=g.ri(1, 12), c=fold(city).upper(), uf=uf,
          tt="paciente com cirrose em lista de transplante" if liver else "paciente renal crônico em hemodiálise")
    qualify(g, doc, a, caps=True, dob=g.chance(0.6), phone=g.chance(0.3), cns=g.chance(0.3), where=(city, uf))
    doc.f(", beneficiári«o» do plano «pl» (carteira nº «cart»), por seu advogado (procuração anexa), vem propor AÇÃO DE OBRIGAÇÃO DE FAZER "
          "com pedido de TUTELA DE URGÊNCIA em face de «pl2», operadora de planos de saúde inscrita no CNPJ sob o nº «cnpj», com sede "
          "na Avenida «av», nº «num», «city2»/«uf», pelos fatos e fundamentos a seguir.\n\n",
          o=a.o, pl=plan, cart=g.carteirinha(), pl2=fold(plan).upper() + g.pick([" LTDA.", " S.A.", " COOPERATIVA MÉDICA"]),
          cnpj=(g.any_cnpj(), "BR_CNPJ"), av=g.pick(["Paulista", "Rio Branco", "Prudente de Morais", "Sete de Setembro"]), num=g.ri(100, 2999),
          city2=(c2 := g.city())[0], uf=c2[1])
    doc.f("I — DOS FATOS\n\n1. «ax» é portador«a» de «dz» desde «d», "
          "conforme relatório d«m» Dr«ma». «mn» («crm»), «esp» que «o2» acompanha.\n"
          "2. «seu» «rel», ", dz="cirrose hepática (CID-10 K74.6), com MELD 24" if liver else
          "doença renal crônica estágio 5 (CID-10 N18.5), em hemodiálise três vezes por semana", esp="hepatologista" if liver else "nefrologista",
          seu="Sua" if donor.female else "Seu", ax=P(a.first if g.chance(0.5) else a.full), a="a" if a.female else "", d=g.date("br", g.ri(2019, 2024)),
          m="a" if neph.female else "o", ma="a" if neph.female else "", mn=P(neph.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          o2="a" if a.female else "o", rel=g.pick(["irmão" if not donor.female else "irmã", "filho" if not donor.female else "filha"]))
    qualify(g, doc, donor, caps=False, dob=True, rg=g.chance(0.5), email=False, addr=g.chance(0.5))
    doc.f(", foi avaliad«o» e considerad«o» compatível (tipagem HLA e prova cruzada negativa) para doação de «org» intervivos, nos termos do art. 9º "
          "da Lei 9.434/1997 e do Decreto 9.175/2017.\n3. Em «neg», a ré negou a cobertura do procedimento (protocolo ANS nº «pr»), alegando "
          "«mot».\n\nII — DO DIREITO\n\nO transplante «tx» e os procedimentos vinculados constam do Rol da ANS (RN nº 465/2021) e a "
          "recusa é abusiva (art. 51, IV, do CDC; Súmula 102 do TJSP). Nesse sentido: TJSP, Apelação Cível nº «cnj1»; STJ, REsp nº «resp».\n\n",
          o=donor.o, org=organ, tx="hepático intervivos" if liver else "de rim", neg=dbr(g.day()), pr=g.protocol(), cnj1=g.cnj("8.26"),
          resp=f"{g.ri(1, 2)}.{g.d(3)}.{g.d(3)}/{uf}",
          mot=g.pick(["carência contratual", "ausência de cobertura para as despesas do doador vivo", "que o hospital não é credenciado",
                      "que o medicamento (tacrolimo) é de uso domiciliar"]))
    doc.f("III — DOS PEDIDOS\n\na) a concessão da tutela de urgência para que a ré autorize, em 48 horas, o transplante e as despesas d«o» doador«a», "
          "sob pena de multa diária de R$ «v»;\nb) a procedência do pedido e a condenação em danos morais de R$ «dm».\n\n"
          "Valor da causa: R$ «vc».\n\n«c», «d».\n\n«ln»\n«oab»\n«em»\n",
          o=donor.o, a="a" if donor.female else "", v=g.money(1000, 5000), dm=g.money(10000, 30000), vc=g.money(80000, 400000),
          c=city, d=dbr(g.day(), "long"), ln=P(g.pick([law.full, law.caps])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          em=(corp_mail(law, g.pick(["advocacia.adv.br", "adv.br", dom_of(law.last + " Advogados")])), "EMAIL_ADDRESS"))
    return doc


def ju_sentenca_lista(g: Gen) -> Doc:
    """Judgment in a suit against the State over access to a transplant (waiting list, out-of-state treatment, a drug)."""
    doc = Doc()
    city, uf = g.city()
    a = g.person()
    judge = g.person()
    rep = g.relative(a) if g.chance(0.4) else None
    doc.f("PODER JUDICIÁRIO\nTRIBUNAL DE JUSTIÇA DO ESTADO\n«v» da Comarca de «c»\n\nProcesso nº «cnj»\nClasse: Procedimento Comum Cível\n"
          "Autor: «an»", v=g.pick(["2ª Vara da Fazenda Pública", "Vara Única", "1ª Vara Cível", "Juizado Especial da Fazenda Pública"]), c=city,
          cnj=g.cnj(g.pick(["8.26", "8.13", "8.17", "8.09", "8.06", "8.16", "8.24"])), an=P(g.pick([a.caps, a.full])))
    if rep is not None:
        doc.f(", representad«o» por «r» (CPF «c»)", o=a.o, r=P(rep.full), c=(g.cpf(), "BR_CPF"))
    doc.f("\nRéu: Estado («uf») e Município de «c»\n\nSENTENÇA\n\n", c=city, uf=uf)
    doc.f("Vistos.\n\n«an», qualificad«o» nos autos (CPF «cpf», CNS «cns»), assistid«o» pela Defensoria Pública, ajuizou a presente ação alegando "
          "ser portador«a» de «doenca» e estar inscrit«o» na lista de espera da Central Estadual de Transplantes (RGCT «rg») desde «d», sem que "
          "«pedido». Juntou relatório médico subscrito pel«m» Dr«ma». «mn» («crm»).\n\n",
          an=P(g.pick([a.full, a.short])), o=a.o, a="a" if a.female else "", cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"),
          doenca=g.pick(["cirrose hepática (CID K74.6)", "cardiomiopatia dilatada (CID I42.0)", "insuficiência renal crônica (CID N18.5)",
                         "ceratocone avançado (CID H18.6)", "leucemia mieloide aguda (CID C92.0)"]), rg=g.rgct(), d=g.date("br", g.ri(2018, 2024)),
          pedido=g.pick(["o Estado tenha providenciado o Tratamento Fora de Domicílio para o centro transplantador de referência",
                         "lhe fosse fornecido o imunossupressor everolimo, não padronizado",
                         "fosse realizada a reavaliação do escore MELD pela equipe",
                         "o Município custeasse o transporte e a hospedagem d«o» acompanhante"]).replace("«o»", "o"),
          m="a" if (mm := g.chance(0.5)) else "o", ma="a" if mm else "", mn=P(g.person(female=mm).full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("Em contestação, o Estado sustentou que a ordem da lista é definida por critérios técnicos do Sistema Nacional de Transplantes "
          "(Decreto 9.175/2017 e Portaria de Consolidação nº 4/2017) e que não cabe ao Judiciário alterá-la. A Central informou, por ofício "
          "da coordenação, que «inf».\n\nÉ o relatório. Decido.\n\nNão se trata de furar a fila, mas de garantir o acesso. "
          "Conforme o Tema 793 do STF, os entes federados respondem solidariamente. Aplica-se a Lei 8.080/1990, art. 7º.\n\n",
          inf=g.pick(["o autor ocupa a 14ª posição para seu grupo sanguíneo", "o exame de painel (PRA) está vencido desde " + g.date(),
                      "a inscrição está ativa e não há pendências", "a paciente foi priorizada por critério de urgência em " + g.date()]))
    doc.f("Ante o exposto, JULGO «res» o pedido, «disp». Intime-se a parte autora no endereço dos autos («ad», CEP «cep») e pelo "
          "telefone «t». Sem custas. Intimem-se, inclusive a Defensoria Pública.\n\n«c», «d».\n\n"
          "«jn»\nJuiz(a) de Direito\n(assinado digitalmente)\n",
          res=g.pick(["PROCEDENTE", "PARCIALMENTE PROCEDENTE", "IMPROCEDENTE"]),
          disp=g.pick(["para condenar os réus a custear o TFD d" + a.o + " autor" + ("a" if a.female else "") + " e de um acompanhante",
                       "para determinar o fornecimento do medicamento no prazo de 15 dias", "mantida a ordem da lista de espera"]),
          c=city, d=dbr(g.day(), "long"), jn=P(g.pick([judge.full, judge.caps])),
          ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def ju_termo_doacao(g: Gen) -> Doc:
    """The family's term of authorisation for the donation of a deceased person's organs and tissues (Lei 9.434/1997, art. 4º)."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    city, uf = g.city()
    dec = g.person()
    kin = g.chance(0.6)
    resp = g.relative(dec) if kin else g.spouse(dec)
    mother = g.person(female=True)
    doc.f("«h» — COMISSÃO INTRA-HOSPITALAR DE DOAÇÃO DE ÓRGÃOS E TECIDOS PARA TRANSPLANTE (CIHDOTT)\n\n"
          "TERMO DE AUTORIZAÇÃO PARA DOAÇÃO DE ÓRGÃOS E TECIDOS\n\n1. IDENTIFICAÇÃO DO(A) FALECIDO(A)\n", h=fold(hosp).upper())
    fields = [("Nome", P(g.pick([dec.caps, dec.full]))), ("Data de nascimento", (g.dob(g.pick(["br", "nopad"]), 1950, 2010), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("CNS", (g.cns(), "BR_CNS")), ("Nome da mãe", P(mother.full)),
              ("Prontuário", V(g.prontuario())), ("Último endereço", (g.address(), "ADDRESS"))]
    if g.chance(0.6):
        fields.insert(5, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.3):
        fields.pop(3)
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    kind = g.pick(["me", "me", "pcr"])
    doc.f("Óbito: «d» às «h» — «k»\nCausa: «c»\n\n", d=g.date(), h=g.hm(),
          k="morte encefálica (protocolo concluído conforme Resolução CFM nº 2.173/2017)" if kind == "me" else "parada cardiorrespiratória (doação de tecidos)",
          c=g.pick(["AVC hemorrágico (I61.9)", "traumatismo cranioencefálico (S06.2)", "encefalopatia anóxica (G93.1)", "infarto agudo do miocárdio (I21.9)"]))
    doc.f("2. RESPONSÁVEL LEGAL (art. 4º da Lei 9.434/1997)\nEu, ", )
    qualify(g, doc, resp, caps=g.chance(0.5), dob=False, email=False, phone=True)
    doc.f(", na qualidade de «rel» do(a) falecido(a), AUTORIZO a retirada dos seguintes órgãos e tecidos para fins de transplante:\n",
          rel=g.pick(["filha maior", "irmã"] if resp.female else ["filho maior", "irmão"]) if kin else
          g.pick(["cônjuge", "companheira" if resp.female else "companheiro"]))
    for o in ORGANS:
        doc.t(f"  [{'X' if g.chance(0.6) else ' '}] {o}\n")
    w1, w2 = g.person(), g.person()
    doc.f("\nDeclaro ter sido informad«o» de que o corpo será entregue condignamente recomposto e de que a identidade dos receptores é "
          "sigilosa.\n\n«c», «d».\n\n________________________\n«rn»\n\nTestemunhas:\n1) «w1» — CPF «c1»\n2) «w2» — CPF «c2»\n\n",
          o=resp.o, c=city, d=g.date(), rn=P(resp.full), w1=P(w1.full), c1=(g.cpf(), "BR_CPF"), w2=P(w2.full), c2=(g.cpf(), "BR_CPF"))
    nurse = g.person(female=g.chance(0.7))
    doc.f("Entrevista conduzida por «n» («cr»), CIHDOTT.\n", n=P(nurse.full), cr=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    if kind == "me":
        m1, m2 = g.person(), g.person()
        doc.f("Médicos do protocolo de ME: «m1» («c1») e «m2» («c2»).\n", m1=P(m1.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"),
              m2=P(m2.full), c2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


def ju_ata_entrevista(g: Gen) -> Doc:
    """Minutes of a CIHDOTT family interview (consent or refusal), in prose."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    uf = g.city()[1]
    dec = g.person()
    nurse = g.person(female=True)
    psy = g.person()
    soc = g.person(female=True)
    kin = [g.relative(dec) for _ in range(g.ri(2, 3))]
    sp = g.spouse(dec)
    accepted = g.chance(0.55)
    when = g.day()
    doc.f("ATA DE ENTREVISTA FAMILIAR — CIHDOTT — «h»\n\nAos «d», às «hr», na sala de acolhimento da UTI «u», reuniram-se a enfermeira «n» («cr»), "
          "coordenadora da CIHDOTT, «pp» («crp») e a assistente social «sn» («cress»), com os familiares de «dec», ",
          h=hosp, d=dbr(when, "long"), hr=g.hm(), u=g.pick(["adulto", "neurológica", "geral"]), n=P(nurse.full),
          cr=(g.council("COREN", uf), "PROFESSIONAL_ID"), pp="a psicóloga de plantão" if psy.female else "o psicólogo de plantão",
          crp=(g.council("CRP"), "PROFESSIONAL_ID"), sn=P(soc.full), cress=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          dec=P(g.pick([dec.full, dec.caps])))
    dd, mm, yy = g.dob_parts(1948, 1998)
    age = when.year - yy - ((when.month, when.day) < (mm, dd))
    doc.f("«a» anos (nascid«o» em «dob», CNS «cns»), com diagnóstico de morte encefálica confirmado em «d». Estiveram presentes: ", a=age,
          o=dec.o, dob=(fmt_date(dd, mm, yy, g.pick(["br", "nopad"])), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), d=dbr(when))
    doc.f("«sn» («rel», CPF «c»)", sn=P(sp.full), rel="esposa" if sp.female else "marido", c=(g.cpf(), "BR_CPF"))
    for k in kin:
        doc.f(", «kn» («r»", kn=P(g.pick([k.full, k.short])), r=g.pick(["filho", "irmão", "sobrinho"]) if not k.female else g.pick(["filha", "irmã", "sobrinha"]))
        if g.chance(0.6):
            doc.f(", RG «rg»", rg=(g.rg(), "BR_RG"))
        if g.chance(0.5):
            doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
        doc.t(")")
    doc.t(".\n\n")
    nick = dec.nick
    doc.f("Foi explicado o diagnóstico e oferecida a possibilidade de doação. «rs» relatou que «nk», como era chamad«o», "
          "«fala». ", rs="A esposa" if sp.female else "O marido", nk=P(nick) if g.chance(0.6) else V("ele" if not dec.female else "ela"),
          o=dec.o, fala=g.pick(["sempre dizia que queria ser doador", "nunca falou sobre o assunto",
                                                        "era doador de sangue no hemocentro há anos", "tinha medo de hospital"]))
    if accepted:
        doc.f("Após conversa, a família AUTORIZOU a doação de «org». «k» pediu que o nome «dp» fosse lembrado na missa de sétimo dia, e a "
              "equipe esclareceu que os receptores não são identificados. Termo de autorização assinado às «h».\n",
              org=", ".join(g.sample(ORGANS[:6], g.ri(2, 4))), k=P(kin[0].first), dp="da falecida" if dec.female else "do falecido", h=g.hm())
    else:
        doc.f("A família RECUSOU a doação. Motivo registrado: «m». «k» pediu para se despedir antes da retirada do suporte. A equipe respeitou a decisão.\n",
              m=g.pick(["desconhecimento da vontade do falecido", "desejo de manter o corpo íntegro", "discordância entre os familiares",
                        "demora do processo", "motivo religioso"]), k=P(g.pick([kin[-1].first, kin[-1].nick])))
    doc.f("\nContato da família para retorno: «x» — «t».\n", x=P(g.pick([sp.first, kin[0].full])), t=(g.phone(), "PHONE_NUMBER"))
    if accepted and g.chance(0.7):
        doc.f("Endereço para envio da carta de agradecimento: «ad», CEP «cep».\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("Notificação à Central Estadual de Transplantes às «h» (plantonista «c», protocolo «p»).\n\nNada mais havendo, lavrou-se a presente ata, "
          "assinada pelos presentes.\n", h=g.hm(), c=login(g.person(), g), p=g.protocol())
    return doc


def ju_oficio_central(g: Gen) -> Doc:
    """The state transplant centre's official letter to the Public Prosecutor about a patient on the waiting list (Markdown table)."""
    doc = Doc()
    city, uf = g.city()
    coord = g.person()
    prom = g.person()
    p = g.person()
    dom = "saude." + uf.lower() + ".gov.br"
    oday = g.day()
    doc.f("GOVERNO DO ESTADO — SECRETARIA DA SAÚDE\nCENTRAL ESTADUAL DE TRANSPLANTES (CET/«uf»)\n\nOfício nº «n»/«y» — CET\n«c», «d»\n\n"
          "A Sua Excelência «x»«pn»\nPromotor(a) de Justiça — Defesa da Saúde\n\nRef.: Notícia de Fato nº «nf» — paciente «p»\n\n",
          uf=uf, n=g.ri(100, 2999), y=oday.year, c=city, d=dbr(oday, "long"), x="a Senhora " if prom.female else "o Senhor ",
          pn=P(prom.full), nf=g.neg(11)[:4] + "." + g.d(7) + "/" + str(g.ri(2024, 2026)), p=P(g.pick([p.caps, p.full])))
    doc.f("Senhor(a) Promotor(a),\n\nEm atenção ao requisitado, informamos a situação de «p» (CPF «cpf», nascid«o» em «dob», CNS «cns»; endereço "
          "cadastrado: «ad», CEP «cep»; e-mail «em») na lista de espera:\n\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
          em=(g.email(p), "EMAIL_ADDRESS"), p=P(g.pick([p.full, p.short])), cpf=(g.cpf(), "BR_CPF"), o=p.o,
          dob=(g.dob(g.pick(["br", "nopad"]), 1950, 2015), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"))
    organ = g.pick(["Rim", "Fígado", "Córnea", "Coração", "Rim/Pâncreas"])
    rows = [[V("Órgão"), V(organ)], [V("RGCT"), V(g.rgct())], [V("Inscrição"), V(g.date("br", g.ri(2017, 2025)))],
            [V("Equipe transplantadora"), V(g.pick(HOSPITALS))], [V("ABO"), V(g.abo())],
            [V("Situação"), V(g.pick(["Ativo", "Semi-ativo (pendência de exames)", "Ativo — prioridade", "Removido (transplantado)"]))],
            [V("Posição no grupo"), V(f"{g.ri(1, 240)}ª")]]
    if organ == "Fígado":
        rows.append([V("MELD"), V(str(g.ri(12, 38)))])
    if organ in ("Rim", "Rim/Pâncreas"):
        rows.append([V("PRA"), V(f"{g.ri(0, 98)}%")])
    table_md(doc, ["Campo", "Informação"], rows)
    doc.f("\nA lista é única, por órgão e por tipo sanguíneo, e a alocação segue os critérios do Decreto 9.175/2017. A CET não dispõe de meios "
          "para alterar a ordem de ofício. Os dados pessoais são compartilhados nos termos do art. 7º, III, e do art. 11, II, «b» da Lei "
          "13.709/2018.\n\nO(A) paciente foi comunicado(a) por telefone em «d2» (falou com «r», «tel»; celular do(a) paciente: «tp»).\n\n"
          "Atenciosamente,\n\n«cn»\nCoordenador(a) da CET\n«cm»\n",
          b="b", d2=g.date(), r=P(g.pick([g.relative(p).full, g.relative(p).first])), tel=(g.phone(), "PHONE_NUMBER"),
          tp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), cn=P(coord.full),
          cm=(gov_mail(coord, dom), "EMAIL_ADDRESS") if g.chance(0.6) else V("cet@" + dom))
    return doc


def ju_email_tmo(g: Gen) -> Doc:
    """E-mail thread between a lawyer and a health plan's ombudsman over a denied bone-marrow transplant (NIP at ANS)."""
    doc = Doc()
    plan = g.pick(HEALTH_PLANS)
    law = g.person()
    pat = g.person()
    hem = g.person()
    an = g.person()
    mom = g.relative(pat, female=True)
    pdom = dom_of(plan)
    lm = corp_mail(law, g.pick(["advocaciasaude.adv.br", dom_of(law.last + " Sociedade de Advogados"), "gmail.com"]))
    uf = g.pick(UFS)
    day = g.day()
    doc.f("De: «ln» <«lm»>\nPara: ouvidoria@«pd»\nData: «d»\nAssunto: URGENTE — negativa de TMO alogênico — beneficiári«o» «pn»\n\n",
          ln=P(law.full), lm=(lm, "EMAIL_ADDRESS"), pd=pdom, d=ts(g.moments(1, day, 1, (8, 20))[0], "br"), o=pat.o, pn=P(pat.full))
    doc.f("Prezados,\n\nRepresento «pn» (carteira «ct», CPF «cpf», nascid«o» em «dob»), portador«a» de «dz», com indicação de transplante de "
          "medula óssea alogênico não aparentado. O REDOME localizou doador compatível (ID doador «rid»), e o centro transplantador solicitou a "
          "autorização em «ds». Até hoje não houve resposta, o que excede o prazo da RN ANS nº 566/2022.\n\nO relatório d«x» Dr«xa». «hn» "
          "(«crm»), hematologista, segue anexo. A mãe, «mn» (CPF «mc»), é a responsável financeira e pode ser contatada pelo «mt».\n\n"
          "Requeiro a autorização em 24h, sob pena de NIP e medida judicial.\n\n«ls»\n«oab»\n«lt»\n\n",
          pn=P(g.pick([pat.full, pat.short])) if g.chance(0.5) else V("a(o) beneficiária(o) em referência"), ct=g.carteirinha(), cpf=(g.cpf(), "BR_CPF"), o=pat.o,
          dob=(g.dob(g.pick(["br", "long"]), 1960, 2018), "DATE_OF_BIRTH"), a="a" if pat.female else "",
          dz=g.pick(["leucemia mieloide aguda (C92.0)", "leucemia linfoblástica aguda (C91.0)", "aplasia de medula grave (D61.9)", "anemia falciforme (D57.1)"]),
          rid=g.redome_id(), ds=dbr(g.after(day, -20, -6)), x="a" if hem.female else "o", xa="a" if hem.female else "", hn=P(hem.full),
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), mn=P(mom.full), mc=(g.cpf(), "BR_CPF"), mt=(g.phone(), "PHONE_NUMBER"),
          ls=P(g.pick([law.full, law.short])), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), lt=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    doc.f("---\nDe: Ouvidoria «pl» <ouvidoria@«pd»>\nData: «d»\n\nPrezad«o» Dr«a». «l»,\n\nRegistramos a manifestação sob o protocolo «p». "
          "Informamos que a solicitação foi «res» pela analista «an» em «d2». «extra»\n\nAtenciosamente,\nOuvidoria — «pl»\nTel. «ot»\n",
          pl=plan, pd=pdom, d=ts(g.moments(1, g.after(day, 1, 3), 1, (8, 18))[0], "br"), o=law.o, a="a" if law.female else "",
          l=P(law.last), p=g.protocol(), res=g.pick(["AUTORIZADA", "AUTORIZADA parcialmente (sem a busca internacional)", "encaminhada à junta médica"]),
          an=P(an.full), d2=dbr(g.after(day, 1, 4)), ot=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"),
          extra=g.pick(["A guia de internação foi enviada ao prestador.", "A junta será composta nos termos da RN 424/2017; o desempatador será indicado em 2 dias úteis.",
                        "O custo de transporte da medula do doador será coberto."]))
    if g.chance(0.5):
        doc.f("---\nDe: «lm»\n\nRecebido. A NIP nº «nip» será mantida até a internação. Cópia para a família: «fe».\n",
              lm=(lm, "EMAIL_ADDRESS"), nip=g.neg(11)[:10] + str(g.ri(2024, 2026)), fe=(g.email(mom), "EMAIL_ADDRESS"))
    return doc


def ju_bo_golpe(g: Gen) -> Doc:
    """OCR'd ALL CAPS police report: a fraudster posing as the transplant centre asks a Pix to 'advance' a relative on the waiting list."""
    doc = Doc()
    city, uf = g.city()
    v = g.person()
    pat = g.relative(v)
    mule = g.person()
    mule2 = g.person()
    esc = g.person()
    dele = g.person()
    bank = g.pick(BANKS)
    C = lambda s: fold(s).upper()  # noqa: E731
    doc.f(ocr_t("POLICIA CIVIL DO ESTADO — «dp»\nBOLETIM DE OCORRENCIA Nº «bo»\nNATUREZA: ESTELIONATO (ART. 171 CP) — FRAUDE ELETRONICA\n"
                "DATA/HORA DO REGISTRO: «dt»\n\nVITIMA / COMUNICANTE\n", g, 0.25),
          dp=g.pick(["DELEGACIA DE REPRESSAO A CRIMES CIBERNETICOS", f"{g.ri(1, 30)}º DISTRITO POLICIAL", "DELEGACIA DO IDOSO"]),
          bo=f"{g.ri(1000, 99999)}/{g.ri(2024, 2026)}", dt=ts(g.moments(1, None, 1, (8, 22))[0], "br"))
    doc.f(ocr_t("NOME: «n»\n«dk»: «rg»   CPF: «cpf»\nNASC: «dob»   FILIACAO: «m»\nENDERECO: «ad» — «b» — «c»/«uf» — CEP «cep»\n"
                "TELEFONE: «t»\n\n", g, 0.2),
          n=P(ocr(v.capsf, g)), **(dict(dk="CNH", rg=(g.cnh(), "BR_CNH")) if g.chance(0.35) else dict(dk="RG", rg=(g.rg(), "BR_RG"))),
          cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1945, 1995), "DATE_OF_BIRTH"),
          m=P(ocr(g.person(female=True).capsf, g, 0.25)), ad=(ocr(g.address("caps"), g, 0.25), "ADDRESS"), b=C(g.pick(BAIRROS)), c=C(city), uf=uf,
          cep=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    k = (g.uuid(), "PIX_KEY")
    doc.f(ocr_t("HISTORICO\nRELATA A VITIMA QUE SEU «r» «pn» AGUARDA TRANSPLANTE DE «org» NA LISTA DA CENTRAL ESTADUAL. EM «d» RECEBEU LIGACAO DO NUMERO "
                "«ft», DE PESSOA QUE SE IDENTIFICOU COMO «fn», FUNCIONARIA DA CENTRAL DE TRANSPLANTES, INFORMANDO QUE HAVIA UM ORGAO "
                "COMPATIVEL E QUE, PARA ADIANTAR OS EXAMES, SERIA NECESSARIO UM PIX DE R$ «v» PARA A CHAVE ALEATORIA «k». A VITIMA REALIZOU A "
                "TRANSFERENCIA. NO DIA SEGUINTE FOI PEDIDO NOVO VALOR DE R$ «v2», TRANSFERIDO PARA A CONTA DE «mn», CPF «mc», BANCO «bk», "
                "AGENCIA «ag», CONTA «cc». AO LIGAR PARA O HOSPITAL, SOUBE QUE SE TRATAVA DE GOLPE. A VITIMA APRESENTOU COMPROVANTES E PRINTS "
                "DO WHATSAPP (PERFIL COM A FOTO DO HOSPITAL).\n", g, 0.2),
          r=g.pick(["FILHO", "ESPOSO", "IRMAO", "NETO"]) if not pat.female else g.pick(["FILHA", "ESPOSA", "IRMA", "NETA"]),
          pn=P(ocr(pat.capsf, g, 0.25)), org=g.pick(["RIM", "FIGADO", "CORACAO", "CORNEA"]), d=g.date(), ft=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          fn=P(C(g.pick([g.person(female=True).first, "ROSA", "LUZ", g.person(female=True).short]))),
          v=g.money(300, 2500), k=k, v2=g.money(800, 6000), mn=P(ocr(mule.capsf, g, 0.2)), mc=(g.cpf(), "BR_CPF"), bk=C(bank[1]) + f" ({bank[0]})",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if g.chance(0.5):
        doc.f(ocr_t("CONSTA AINDA SAQUE ATRIBUIDO A «mn2», CPF «mc2».\n", g), mn2=P(ocr(mule2.capsf, g, 0.2)), mc2=(g.cpf(), "BR_CPF"))
    doc.f(ocr_t("\nTESTEMUNHA: «w» — TEL «wt»\n\nESCRIVAO(A): «e»\nDELEGADO(A): «dl»\n", g, 0.2), w=P(ocr(g.relative(v).capsf, g, 0.2)),
          wt=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=P(ocr(esc.capsf, g, 0.2)), dl=P(ocr(dele.capsf, g, 0.2)))
    return doc


JU = [ju_peticao_plano, ju_sentenca_lista, ju_termo_doacao, ju_ata_entrevista, ju_oficio_central, ju_email_tmo, ju_bo_golpe]

# =========================================================================== saude


def hl7_name(p: Person, g: Gen) -> list:
    """XPN components: SURNAME^GIVEN^MIDDLE as separate spans (first/last-name fields)."""
    parts = fold(p.given).upper().split()
    sur = list(p.surnames)
    while sur and sur[0] in PARTICLES:
        sur = sur[1:]
    out = [P(fold(" ".join(sur)).upper()), P(parts[0])]
    if len(parts) > 1:
        out.append(P(" ".join(parts[1:])))
    return out


def hl7_write(doc: Doc, fields: list) -> None:
    """A segment: fields separated by |, a field a str or a list of components (str or (value, LABEL)) joined by ^."""
    for k, f in enumerate(fields):
        if k:
            doc.t("|")
        if isinstance(f, list):
            for j, c in enumerate(f):
                if j:
                    doc.t("^")
                if isinstance(c, tuple):
                    doc.e(c[0], c[1])
                else:
                    doc.t(c)
        elif isinstance(f, tuple):
            doc.e(f[0], f[1])
        else:
            doc.t(f)
    doc.t("\n")


def sa_hl7(g: Gen) -> Doc:
    """HL7 v2-like messages from a blood bank's system (ADT registration, ORU serology) and the interface engine's log lines."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    app = g.pick(["SIHEMO", "HEMOVIDA", "SBS_WEB", "HEMOSYS"])
    day = g.day()
    t0 = g.moments(1, day, 1, (6, 20))[0]
    doc.f("# interface «a» → LIS | «h» | lote «l»\n", a=app, h=hemo, l=g.d(6))
    for k in range(g.ri(1, 2)):
        p = g.person()
        mom = g.person(female=True)
        t = t0 + datetime.timedelta(minutes=g.ri(1, 300))
        tstamp = t.strftime("%Y%m%d%H%M%S")
        ad = g.address("caps")
        city, uf = g.city()
        doc.t("\n")
        hl7_write(doc, ["MSH", "^~\\&", app, fold(hemo).upper().replace(" ", "_")[:20], "LIS", "LAB_SOROLOGIA", tstamp, "",
                        "ADT^A04" if k == 0 else "ORU^R01", g.d(9), "P", "2.5"])
        ids = [[g.d(7), "", "", app, "DOADOR"]]
        if g.chance(0.85):
            ids.append([(g.cpf("raw"), "BR_CPF"), "", "", "RFB", "CPF"])
        if g.chance(0.6):
            ids.append([(g.cns(False), "BR_CNS"), "", "", "SUS", "CNS"])
        doc.t("PID|1||")
        for j, comps in enumerate(ids):
            if j:
                doc.t("~")
            for i, c in enumerate(comps):
                if i:
                    doc.t("^")
                if isinstance(c, tuple):
                    doc.e(c[0], c[1])
                else:
                    doc.t(c)
        doc.t("||")
        for i, c in enumerate(hl7_name(p, g)):
            if i:
                doc.t("^")
            doc.e(c[0], c[1])
        doc.t("|")
        if g.chance(0.5):
            for i, c in enumerate(hl7_name(mom, g)):
                if i:
                    doc.t("^")
                doc.e(c[0], c[1])
        doc.t("|")
        doc.e(g.dob("compact", 1958, 2007), "DATE_OF_BIRTH")
        doc.f("|«s»|||", s="F" if p.female else "M")
        doc.e(ad, "ADDRESS")
        doc.f("^«b»^«c»^«uf»^", b=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), uf=uf)
        doc.e(g.cep(False), "BR_CEP")
        doc.t("^BRA||")
        doc.e(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.5):
            doc.t("~")
            doc.e(g.phone(g.pick(["raw", "par"]), mobile=False), "PHONE_NUMBER")
        if g.chance(0.4):
            doc.t("~")
            doc.e(g.email(p), "EMAIL_ADDRESS")
        doc.t("\n")
        if k == 0:
            hl7_write(doc, ["PV1", "1", "O", g.pick(["COLETA^SEDE", "COLETA^UM01", "AFERESE^SALA2"]), "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                            g.din().replace(" ", "")])
        else:
            hl7_write(doc, ["OBR", "1", g.d(8), g.din().replace(" ", ""), "SOROL^Painel sorológico doador", "", "", tstamp])
            tests = g.sample(["HBSAG", "ANTIHBC", "HCV", "HIV12", "HTLV", "CHAGAS", "SIFILIS", "NAT_HIV_HCV_HBV"], g.ri(3, 5))
            for j, test in enumerate(tests, 1):
                hl7_write(doc, ["OBX", str(j), "ST", test, "", g.pick(["NAO REAGENTE", "NAO REAGENTE", "NAO REAGENTE", "INCONCLUSIVO", "REAGENTE"]),
                                "", "", "", "", "", "F"])
            bm = g.person()
            hl7_write(doc, ["OBX", str(len(tests) + 1), "ST", "LIBERADO_POR", "", [P(fold(bm.full).upper()), (g.council("CRBM"), "PROFESSIONAL_ID")], "", "", "", "", "", "F"])
    doc.t("\n")
    for off in sorted(g.sample(range(10, 20000), g.ri(3, 5))):
        t = t0 + datetime.timedelta(seconds=off)
        src = (g.ip_pub(), "IP_ADDRESS") if g.chance(0.5) else V(g.ip_priv())
        doc.f("«t» INFO  [mllp-listener] conexão de «ip»:«po» — «ev»\n", t=ts(t, "sql"), ip=src, po=g.ri(1024, 65000),
              ev=g.pick(["ACK AA enviado", "mensagem ADT^A04 aceita", "ORU^R01 roteado para LAB_SOROLOGIA", "NACK AE: PID-7 inválido",
                         "timeout aguardando ACK (reenvio 1/3)"]))
    an = g.person()
    doc.f("«t» WARN  [auditoria] usuário «u»", t=ts(t0 + datetime.timedelta(seconds=g.ri(20001, 30000)), "sql"), u=login(an, g))
    if g.chance(0.5):
        doc.f(" («n»)", n=P(an.full))
    doc.f(" exportou o lote para o «dest»\n", dest=g.pick(["SNT/SIG", "Hemovigilância (NOTIVISA)", "Vigilância Epidemiológica", "REDOME"]))
    return doc


def sa_lista_espera(g: Gen) -> Doc:
    """Fixed-width report of a state transplant centre's kidney (or cornea) waiting list with the coordinator's notes."""
    doc = Doc()
    uf = g.city()[1]
    organ = g.pick(["RIM", "RIM", "CORNEA", "FIGADO"])
    day = g.day()
    coord = g.person()
    doc.f("CENTRAL ESTADUAL DE TRANSPLANTES — «uf»\nLISTA DE ESPERA — ÓRGÃO: «o» — POSIÇÃO EM «d» «h» — EMITIDO POR «lg»\n\n",
          uf=uf, o=organ, d=dbr(day), h=g.hm(), lg=g.pick(["sig_rel", login(coord, g), "cet.relatorios"]))
    widths = [11, 26, 18, 10, 4, 6, 12, 15, 10]
    heads = ["RGCT", "NOME", "CNS", "NASC", "ABO", "PRA" if organ == "RIM" else ("MELD" if organ == "FIGADO" else "PRIOR"), "INSCRICAO", "CONTATO",
             "SITUACAO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n")
    doc.t(" ".join("-" * w for w in widths) + "\n")
    people = []
    for _ in range(g.ri(6, 8)):
        p = g.person()
        people.append(p)
        rg = re.sub(r"\D", "", g.rgct())[:10]
        doc.cell(rg, widths[0])
        doc.t(" ")
        doc.cell(cut(g.pick([p.capsf, p.capsf, p.inverted]), widths[1]), widths[1], "PERSON")
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.cns(True), widths[2], "BR_CNS")
        else:
            doc.cell("SEM CNS", widths[2])
        doc.t(" ")
        doc.cell(g.dob("br", 1945, 2018), widths[3], "DATE_OF_BIRTH")
        doc.t(" ")
        doc.cell(g.abo(), widths[4])
        doc.t(" ")
        doc.cell(f"{g.ri(0, 98)}%" if organ == "RIM" else (str(g.ri(8, 40)) if organ == "FIGADO" else g.pick(["ELET", "URG", "ELET"])), widths[5])
        doc.t(" ")
        doc.cell(g.date("br", g.ri(2016, 2025)), widths[6])
        doc.t(" ")
        doc.cell(g.phone(g.pick(["par", "nospace", "raw", "plain"])), widths[7], "PHONE_NUMBER")
        doc.t(" ")
        doc.e(g.pick(["ATIVO", "ATIVO", "SEMI-ATIVO", "ATIVO-PRIOR"]), None)
        doc.t("\n")
    doc.f("\nTotal do grupo: «n» inscritos. Equipes: «h1», «h2».\n\nObservações da coordenação«c»:\n", n=g.ri(180, 2400),
          h1=(hh := g.sample(HOSPITALS, 2))[0], h2=hh[1], c="")
    if g.chance(0.5):
        doc.f("(assinado: «c»)\n", c=P(g.pick([coord.full, coord.short])))
    a, b = g.sample(people, 2)
    doc.f("- «a»: semi-ativo até nova sorologia; a filha ficou de trazer o exame (tel. «t», e-mail «e»).\n", a=P(g.pick([a.first + " " + a.last, a.capsf])),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), e=(g.email(g.relative(a, True)), "EMAIL_ADDRESS"))
    doc.f("- «b»: mudou-se para «ad», «c2» — atualizar no SIG e avisar a equipe do «h».\n", b=P(b.short),
          ad=(g.address(), "ADDRESS") if g.chance(0.7) else V(g.pick(BAIRROS)), c2=g.city()[0], h=g.pick(HOSPITALS))
    if g.chance(0.35):
        x = g.person()
        doc.f("- Removido por óbito: «x» (óbito em «d»).\n", x=P(x.capsf), d=g.date())
    if g.chance(0.5):
        doc.f("- Chamada da madrugada: oferta recusada pela equipe (doador ID «id», tempo de isquemia). Próximo da lista contatado pelo plantonista «p».\n",
              id=g.d(6), p=P(g.person().first))
    return doc


def sa_notificacao_me(g: Gen) -> Doc:
    """A hospital's notification of a potential donor in brain death to the state transplant centre (form and timeline)."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    city, uf = g.city()
    dec = g.person()
    mom = g.person(female=True)
    nurse = g.person(female=g.chance(0.7))
    day = g.day()
    doc.f("NOTIFICAÇÃO DE POTENCIAL DOADOR — MORTE ENCEFÁLICA\nHospital notificante: «h» (CNES «cnes») — «c»/«uf»\nCNPJ «cnpj»\n"
          "Notificado à CET/OPO em «d» às «hr» — protocolo CET «p»\n\n",
          h=hosp, cnes=g.d(7), c=city, uf=uf, cnpj=(g.any_cnpj(), "BR_CNPJ"), d=dbr(day), hr=g.hm(), p=g.protocol())
    dd, mm, yy = g.dob_parts(1948, 2012)
    age = day.year - yy - ((day.month, day.day) < (mm, dd))
    fields = [("Paciente", P(g.pick([dec.caps, dec.full, dec.capsf]))),
              ("Data de nascimento", (fmt_date(dd, mm, yy, g.pick(["br", "nopad", "iso"])), "DATE_OF_BIRTH")),
              ("Sexo / idade", V(("F" if dec.female else "M") + " / " + str(age) + " anos")),
              ("CNS", (g.cns(), "BR_CNS")),
              ("Mãe", P(mom.full)),
              ("Prontuário / leito", V(g.prontuario() + " / UTI-" + str(g.ri(1, 20)))),
              ("ABO", V(g.abo())),
              ("Causa da ME", V(g.pick(["AVC hemorrágico — I61.9", "TCE grave — S06.2", "encefalopatia anóxica pós-PCR — G93.1", "tumor primário do SNC — C71.9"]))),
              ("Peso / altura", V(f"{g.ri(30, 60) if age < 16 else g.ri(48, 112)} kg / {g.ri(130, 165) if age < 16 else g.ri(150, 194)} cm"))]
    if g.chance(0.5):
        fields.insert(3, ("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.3):
        fields.insert(4, ("Título de eleitor (p/ DO)", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.4):
        fields.append(("Endereço", (g.address(), "ADDRESS")))
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    m1, m2 = g.person(), g.person()
    tl = sorted(g.sample(range(0, 24 * 60), 4))
    t1, t2, t3, t4 = (f"{x // 60:02d}:{x % 60:02d}" for x in tl)
    doc.f("\nLINHA DO TEMPO\n«t1»  1º exame clínico — «m1» («c1»)\n«t2»  2º exame clínico — «m2» («c2»)\n«t3»  exame complementar: «ex»\n"
          "«t4»  entrevista familiar — «fam»\n", t1=t1, m1=P(m1.full), c1=(g.council("CRM", uf), "PROFESSIONAL_ID"), t2=t2, m2=P(m2.full),
          c2=(g.council("CRM", uf), "PROFESSIONAL_ID"), t3=t3, ex=g.pick(["doppler transcraniano", "EEG", "arteriografia"]),
          t4=t4, fam=g.pick(["autorizada", "autorizada (somente rins e córneas)", "recusada", "aguardando chegada do filho"]))
    kin = g.relative(dec)
    doc.f("\nFamiliar de referência: «k» («r», CPF «kc») — «t»\nEnfermeir«o» CIHDOTT: «n» — «cr» — ramal «ram»\n",
          k=P(kin.full), kc=(g.cpf(), "BR_CPF"), r=g.pick(["filho(a)", "irmão(ã)", "sobrinho(a)"]), t=(g.phone(), "PHONE_NUMBER"), o="a" if nurse.female else "o",
          n=P(nurse.full), cr=(g.council("COREN", uf), "PROFESSIONAL_ID"), ram=g.ri(2000, 4999))
    if g.chance(0.6):
        drv = g.person(female=False)
        doc.f("\nLogística OPO: equipe de captação sai às «h» na viatura placa «pl» (motorista «d»). Contato do(a) captador(a) de plantão: «t».\n",
              h=g.hm(), pl=(g.plate(), "LICENSE_PLATE"), d=P(g.pick([drv.first, drv.short])), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"))
    return doc


def sa_aferese(g: Gen) -> Doc:
    """An apheresis / bone-marrow collection unit's day log (semicolon CSV) with the nurse's and the doctor's notes."""
    doc = Doc()
    hemo = g.pick(HEMOCENTROS)
    day = g.day()
    nurse = g.person(female=True)
    doc_ = g.person()
    doc.f("# coletas_aferese_«d».csv — «h» — gerado por «lg»\n", d=dbr(day, "iso"), h=hemo, lg=g.pick(["sihemo", login(nurse, g)]))
    cols = ["nome", "cpf", "nascimento", "celular", "peso_kg", "procedimento", "bolsa", "volume_ml", "usuario"]
    rows = []
    ppl = []
    dfmt = g.pick(["br", "iso"])
    for _ in range(g.ri(3, 5)):
        p = g.person()
        ppl.append(p)
        staff = g.person(female=g.chance(0.7))
        rows.append([P(g.pick([p.full, p.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.dob(dfmt, 1960, 2006), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
                     V(str(g.ri(52, 110))), V(g.pick(["PLAQUETAF", "PLASMAF", "CPH_MEDULA_REDOME", "HEMACIAS_DUPLA"])), V(g.din()),
                     V(str(g.ri(180, 620))), V(login(staff, g))])
    table_csv(doc, cols, rows, sep=";")
    r = g.pick(ppl)
    doc.f("\nNotas da enfermagem («n», «cr»):\n", n=P(nurse.full), cr=(g.council("COREN"), "PROFESSIONAL_ID"))
    doc.f("- «r»: parestesia perioral aos 40 min (citrato), gluconato de cálcio VO, concluiu o procedimento.\n", r=P(g.pick([r.first, r.short])))
    if g.chance(0.7):
        x = g.person()
        doc.f("- Doador(a) REDOME «x» (ID «id»; HLA «hla») — 5º dia de G-CSF, coleta de CPH concluída; produto seguiu às «h» com o courier «c» "
              "para o centro transplantador. Reembolso de transporte do acompanhante (CPF «ac») lançado: «pay».\n",
              x=P(x.full), id=g.redome_id(), hla=g.hla(), h=g.hm(), c=P(g.person().first), ac=(g.cpf(), "BR_CPF"),
              pay=(g.uuid(), "PIX_KEY") if g.chance(0.5) else V("em espécie"))
    doc.f("\nMédic«o» responsável: «d» — «crm»\n", o="a" if doc_.female else "o", d=P(doc_.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    return doc


def sa_ambulatorio(g: Gen) -> Doc:
    """An outpatient follow-up note of a transplant recipient and the team's e-mail to the patient."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    p = g.person()
    med = g.person()
    ph = g.person()
    organ = g.pick(["rim", "rim", "fígado", "coração", "rim-pâncreas"])
    visit = g.day()
    post = g.pick([(42, "6 semanas"), (90, "3 meses"), (365, "1 ano"), (8 * 365, "8 anos")])
    tx = visit - datetime.timedelta(days=post[0] + g.ri(0, 10))
    dom = dom_of(hosp)
    z = {"rim": "Z94.0", "fígado": "Z94.4", "coração": "Z94.1", "rim-pâncreas": "Z94.8"}[organ]
    base_cid = {"rim": ["N18.5", "T86.1"], "fígado": ["K74.6", "T86.4"], "coração": ["I42.0", "I50.0"], "rim-pâncreas": ["E10.2", "N18.5"]}[organ]
    donors = ["falecido", "falecido, ID CET " + g.d(6)] + (["vivo — irmã", "vivo — cônjuge", "vivo — filho"] if organ in ("rim", "fígado") else [])
    doc.f("«h» — AMBULATÓRIO DE TRANSPLANTE («o»)\nEVOLUÇÃO — «d»\n\nPaciente: «n»   Pront.: «pr»\nNasc.: «dob»   CNS: «cns»   CPF: «cpf»\nTel.: «tel»\n",
          h=hosp, o=organ.upper(), d=dbr(visit), n=P(g.pick([p.full, p.caps])), pr=g.prontuario(),
          dob=(g.dob(g.pick(["br", "nopad"]), 1950, 2012), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"),
          tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Transplante de «o» em «t» (doador «dd»), «pos» de pós-operatório. CID «c1» / «c2».\n\n", o=organ, t=dbr(tx),
          dd=g.pick(donors), pos=post[1], c1=z, c2=g.pick(base_cid))
    doc.f("S: «s»\nO: PA «pa», peso «w» kg. Creatinina «cr» mg/dL; nível sérico de tacrolimo «tac» ng/mL.\nA/P: «ap»\n",
          s=g.pick(["sem queixas; tremor leve nas mãos", "diarreia há 5 dias", "refere ter esquecido duas doses", "edema em MMII"]),
          pa=f"{g.ri(10, 16)}x{g.ri(6, 10)}", w=g.ri(40, 110), cr=f"{g.ri(7, 30) / 10:.1f}".replace(".", ","),
          tac=f"{g.ri(30, 150) / 10:.1f}".replace(".", ","),
          ap=g.pick(["manter " + g.pick(IMMUNO) + " 12/12h; retorno em 30 dias", "reduzir tacrolimo; colher nível em 5 dias",
                     "trocar " + g.pick(IMMUNO) + " por everolimo (pedido de LME)", "biópsia do enxerto agendada"]))
    doc.f("\n«m» — «crm»\n", m=P(g.pick([med.full, med.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("Farmácia clínica: «f» («crf») — orientou uso com o acompanhante «a».\n", f=P(ph.full), crf=(g.council("CRF"), "PROFESSIONAL_ID"),
              a=P(g.pick([g.spouse(p).first, g.relative(p).full])))
    pm = g.email(p)
    doc.f("\n---\nDe: ambulatorio.tx@«dom»\nPara: «pm»\nAssunto: orientações após a consulta\n\nOlá, «n»! Conforme combinado, a próxima coleta "
          "de nível é «d» às 7h (jejum de 12h, tomar o tacrolimo só DEPOIS da coleta). «extra» Dúvidas: WhatsApp da enfermagem «t».\n\n"
          "Enfermagem do Ambulatório de Transplante\n",
          dom=dom, pm=(pm, "EMAIL_ADDRESS"), n=P(p.first), d=dbr(g.after(visit, 5, 30)), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          extra=g.pick(["Seu acompanhante precisa trazer o cartão SUS.", "Leve a receita para a farmácia de alto custo renovar a LME.",
                        "A vacina da gripe está liberada; febre amarela NÃO.", ""]))
    return doc


def sa_banco_olhos(g: Gen) -> Doc:
    """An eye / tissue bank's register: corneas captured and their distribution (ruled or psql tables) with the technician's note."""
    doc = Doc()
    bank = g.pick(TISSUE_BANKS)
    day = g.day()
    tech = g.person()
    doc.f("«b» — REGISTRO DE CAPTAÇÃO E DISTRIBUIÇÃO — «m»/«y»\n\nCAPTAÇÕES\n", b=bank, m=f"{day.month:02d}", y=day.year)
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        rows.append([V(f"BO-{g.d(4)}"), P(cut(g.pick([p.capsf, p.full]), 30)), (g.dob("br", 1940, 2005), "DATE_OF_BIRTH"), (g.cns(True), "BR_CNS"),
                     V(g.pick(HOSPITALS)[:22]), V(g.date() + " " + g.hm()), V(g.pick(["óptica", "tectônica", "descartada (sorologia)", "óptica"]))])
    table_ruled(doc, ["Código", "Doador(a)", "Nascimento", "CNS", "Origem", "Óbito", "Qualidade"], rows, g.pick(["plus", "psql", "pipe"]))
    doc.t("\nDISTRIBUIÇÃO (receptores da lista CET)\n")
    rows = []
    for _ in range(g.ri(2, 3)):
        p = g.person()
        rows.append([V(f"BO-{g.d(4)}-{g.pick('DE')}"), P(g.pick([p.full, p.capsf])), (g.cns(), "BR_CNS"), (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"),
                     (g.council("CRM"), "PROFESSIONAL_ID"), V(g.date())])
    table_ruled(doc, ["Tecido", "Receptor(a)", "CNS", "Telefone", "CRM cirurgião", "Cirurgia"], rows, g.pick(["plus", "psql", "pipe", "plain"]))
    doc.f("\nObs. («t», técnic«o» do banco): ", t=P(g.pick([tech.first, tech.full])), o="a" if tech.female else "o")
    if g.chance(0.35):
        doc.f("transporte da córnea em meio Optisol, caixa térmica 4 °C, retirada pelo motoboy «m».\n", m=P(g.person(female=False).first))
    else:
        doc.t(g.pick(["família do doador pediu a carta de agradecimento anônima; enviar pela CIHDOTT.",
                      "receptor faltou à cirurgia; tecido realocado para o próximo da lista.",
                      "lâmpada do biomicroscópio queimou — avaliação feita no microscópio especular."]) + "\n")
    if g.chance(0.5):
        doc.f("Contato do plantão: «t» (WhatsApp).\n", t=(g.phone(), "PHONE_NUMBER"))
    return doc


def sa_whatsapp_opo(g: Gen) -> Doc:
    """WhatsApp group of an organ procurement team during a night of capture and distribution."""
    doc = Doc()
    team = [g.person() for _ in range(4)]
    names = [g.pick([p.first, p.short, p.first + " OPO", p.nick]) for p in team]
    nums = [g.phone("wa") if g.chance(0.8) else None for _ in team]  # members not saved in the exporter's contacts show as numbers
    ios = g.chance(0.5)
    day = g.day()
    moments = g.moments(13, day, 1, (0, 24))
    it = iter(moments)
    hosp = g.pick(HOSPITALS)
    grp = g.pick(["OPO Plantão 🫀", "Captação CET", "CIHDOTT + OPO", "Equipe Rim Madrugada"])
    doc.f("Conversa do WhatsApp com «g»\n", g=grp)

    def line(k: int | None, msg: str, **kw) -> None:
        t = next(it)
        doc.t(ts(t, "waios") + " " if ios else ts(t, "wa") + " - ")
        if k is None:
            doc.e(g.phone("wa"), "PHONE_NUMBER")
        elif nums[k]:
            doc.e(nums[k], "PHONE_NUMBER")
        else:
            nm = names[k]
            base = nm[:-4] if nm.endswith(" OPO") else nm
            doc.e(base, "PERSON")
            doc.t(nm[len(base):])
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    dc = g.person()
    dd, mm, yy = g.dob_parts(1958, 2008)
    age = day.year - yy - ((day.month, day.day) < (mm, dd))
    line(0, "Notificação nova: ME confirmada no «h», «s», «a»a, «abo». Família autorizou «org».", h=hosp, s="fem" if dc.female else "masc", a=age,
         abo=g.abo(), org=g.pick(["rins e fígado", "coração, rins e córneas", "múltiplos órgãos", "rins"]))
    line(1, "Tô indo. Viatura «pl», saio em 20 min", pl=(g.plate(), "LICENSE_PLATE"))
    line(2, "Sorologias saem 3h. Doador no sistema: «n» (nasc «d», CNS «cns»)", n=P(g.pick([dc.capsf, dc.full])),
         d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"))
    fl = g.relative(dc)
    line(0, "«rel», «f», pediu pra ser avisad«o» quando terminar. Cel «t»", f=P(g.pick([fl.first, fl.full])), o=fl.o,
         rel=("Filha" if fl.female else "Filho") + (" dela" if dc.female else " dele") if age > 35 else ("Irmã" if fl.female else "Irmão") + (" dela" if dc.female else " dele"),
         t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    line(3, "Fígado ofertado pra equipe do «h2». Aceito ✅", h2=g.pick(HOSPITALS))
    line(None, "Aqui é o «c» do «h3», cirurgião do rim. Chegamos 4h", c=P(g.person(female=False).first), h3=g.pick(HOSPITALS))
    rec = g.person()
    line(1, "Receptor do rim 1 convocado: «r», CPF «cpf», «t». Mora na «ad», vem de Uber", r=P(g.pick([rec.full, rec.short])),
         cpf=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["plain", "par"])), "PHONE_NUMBER"), ad=(g.address(g.pick(["text", "low"])), "ADDRESS"))
    line(2, "Coração vai de avião, FAB confirmou decolagem «h» da base aérea", h=g.hm())
    line(3, "<Mídia oculta>" if not ios else "‎imagem ocultada")
    line(0, "Crossmatch do 2º receptor positivo. Chamando o próximo da lista (RGCT «rg»), contato «t»", rg=g.rgct(),
         t=(g.phone(g.pick(["plain", "par", "raw"])), "PHONE_NUMBER"))
    line(1, "Que noite 🙏 foi uma vitória")
    line(2, "Prontuário e termo escaneados no drive. A enfermeira da CIHDOTT leva a documentação. Viatura 2: «pl»", pl=(g.plate(), "LICENSE_PLATE"))
    line(3, "👏👏")
    return doc


SA = [sa_hl7, sa_lista_espera, sa_notificacao_me, sa_aferese, sa_ambulatorio, sa_banco_olhos, sa_whatsapp_opo]

# =========================================================================== financeiro


def pay_to(g: Gen, doc: Doc, holder: Person | None = None) -> None:
    """A payment destination: a random Pix key, or bank + agency + account (separate spans)."""
    if g.chance(0.4):
        doc.f("Pix (chave aleatória) «k»", k=(g.uuid(), "PIX_KEY"))
    else:
        b = g.pick(BANKS)
        doc.f("«bk» («bc»), agência «ag», conta «cc»", bk=b[1], bc=b[0], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    if holder is not None:
        doc.f(", titular «n»", n=P(holder.full))


def fi_reembolso(g: Gen) -> Doc:
    """A health plan's reimbursement claim for a living donor's and recipient's pre-transplant expenses, with the analyst's reply."""
    doc = Doc()
    plan = g.pick(HEALTH_PLANS)
    b = g.person()
    donor = g.relative(b)
    an = g.person()
    day = g.day()
    doc.f("«pl» — SOLICITAÇÃO DE REEMBOLSO Nº «n»\nRecebida em «d» via «c»\n\nBENEFICIÁRIO TITULAR\n", pl=fold(plan).upper(), n=g.d(9), d=dbr(day),
          c=g.pick(["app", "portal do beneficiário", "e-mail", "loja de atendimento"]))
    fields = [("Nome", P(g.pick([b.full, b.caps]))), ("Carteira", V(g.carteirinha())), ("CPF", (g.cpf(), "BR_CPF")),
              ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1950, 2005), "DATE_OF_BIRTH")), ("E-mail", (g.email(b), "EMAIL_ADDRESS")),
              ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    doc.f("\nPaciente / doador(a) vivo(a) relacionado(a): «dn» («r»), CPF «dc»\n", dn=P(donor.full),
          r=g.pick(["irmão(ã)", "filho(a)", "cônjuge"]), dc=(g.cpf(), "BR_CPF"))
    if g.chance(0.4):
        doc.f("Declaração do empregador do doador para afastamento (NIT «nit», admissão em «ad») anexada.\n", nit=(g.pis(), "BR_PIS"), ad=g.date("br", g.ri(2005, 2023)))
    doc.t("\nDESPESAS\n")
    rows = []
    for _ in range(g.ri(3, 5)):
        item, prov = g.pick([("Tipagem HLA classes I e II", "Lab Imunogenética Vitória"), ("Prova cruzada (crossmatch)", "Lab Imunogenética Vitória"),
                             ("Consulta nefrologia", "Clínica Rim Estrela"), ("Angiotomografia renal", "Centro de Imagem Luz"),
                             ("Painel de anticorpos (PRA)", "Laboratório Aurora Diagnósticos"), ("Passagem aérea do doador", "Azul Linhas Aéreas"),
                             ("Hospedagem (3 diárias)", "Hotel Bento"), ("Sorologias pré-doação", "Laboratório Aurora Diagnósticos")])
        rows.append([V(item), V(prov),
                     (g.any_cnpj(), "BR_CNPJ"), V(g.date()), V("R$ " + g.money(90, 4800))])
    table_md(doc, ["Item", "Prestador", "CNPJ", "Data", "Valor"], rows)
    doc.t("\nCrédito em: ")
    pay_to(g, doc, b if g.chance(0.5) else None)
    doc.f("\n\n---\nParecer («an», Análise de Reembolso, «d»): «res» «glosa» Prazo de pagamento: 30 dias.\n",
          an=P(g.pick([an.full, an.short])), d=dbr(g.after(day, 3, 20)),
          res=g.pick(["DEFERIDO.", "DEFERIDO PARCIALMENTE.", "INDEFERIDO."]),
          glosa=g.pick(["Glosadas as despesas de hospedagem (sem cobertura contratual).", "Reembolso limitado à tabela do plano (múltiplo 2x).",
                        "Despesas do doador vivo cobertas conforme RN 465/2021, Anexo II.", "Nota fiscal da passagem em nome de terceiro: reenviar."]))
    return doc


def fi_tfd(g: Gen) -> Doc:
    """A municipal health department's TFD (out-of-town treatment) expense claim for a transplant patient and companion."""
    doc = Doc()
    city, uf = g.city()
    p = g.person()
    comp = g.spouse(p) if g.chance(0.5) else g.relative(p)
    soc = g.person(female=True)
    sec = g.person()
    doc.f("PREFEITURA MUNICIPAL DE «c» — SECRETARIA MUNICIPAL DE SAÚDE\nSETOR DE TRATAMENTO FORA DE DOMICÍLIO (TFD) — Portaria SAS/MS nº 55/1999\n\n"
          "PRESTAÇÃO DE CONTAS / PEDIDO DE AJUDA DE CUSTO — Processo «pr»\n\n", c=fold(city).upper(), pr=f"{g.d(4)}/{g.ri(2024, 2026)}")
    doc.f("Paciente: «n» — CNS «cns» — CPF «cpf» — nasc. «dob»\nEndereço: «ad», «b» — CEP «cep»\nTelefone: «t»\n",
          n=P(g.pick([p.caps, p.full])), cns=(g.cns(), "BR_CNS"), cpf=(g.cpf(), "BR_CPF"), dob=(g.dob("br", 1950, 2010), "DATE_OF_BIRTH"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.8):
        doc.f("NIS/PIS (Bolsa Família): «nis»\n", nis=(g.pis(), "BR_PIS"))
    doc.f("Acompanhante: «a» — RG «rg» — CPF «ac»\nDestino: «h» («dc») — «mot»\n\n", a=P(comp.full), rg=(g.rg(), "BR_RG"), ac=(g.cpf(), "BR_CPF"),
          h=g.pick(HOSPITALS), dc=g.city()[0], mot=g.pick(["consulta pós-transplante renal", "avaliação para lista de fígado", "biópsia do enxerto",
                                                           "coleta de CPH (doador REDOME)", "retorno pós-transplante cardíaco"]))
    rows = []
    for _ in range(g.ri(2, 4)):
        what, who = g.pick([("Passagem rodoviária ida/volta (2 pessoas)", g.pick(["Viação Estrela do Norte", "Expresso Aurora", "Rápido Leão Branco"])),
                            ("Diária paciente + acompanhante", "Hotel Pousada da Luz"), ("Táxi rodoviária–hospital", "—"), ("Alimentação", "—"),
                            ("Passagem aérea (laudo de urgência)", "Azul Linhas Aéreas")])
        rows.append([V(g.date()), V(what), V(who),
                     V("R$ " + g.money(40, 1400))])
    table_ruled(doc, ["Data", "Despesa", "Fornecedor", "Valor"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nFornecedor de transporte conveniado: CNPJ «cnpj».\nPagamento ao paciente: ", cnpj=(g.any_cnpj(), "BR_CNPJ"))
    pay_to(g, doc)
    doc.f("\n\nParecer social: «s» («cr») — «txt»\nAutorizo: «sec», «cargo»\n",
          s=P(soc.full), cr=(g.council("CRESS", uf), "PROFESSIONAL_ID"),
          txt=g.pick(["família em vulnerabilidade; recomendo ajuda de custo integral.", "acompanhante imprescindível (paciente com 72 anos).",
                      "comprovantes conferidos; falta o bilhete de volta."]),
          sec=P(g.pick([sec.full, sec.caps])), cargo=g.pick(["Secretário(a) Municipal de Saúde", "Coordenador(a) do TFD"]))
    return doc


def fi_dispensacao(g: Gen) -> Doc:
    """A specialised pharmacy's (CEAF) fixed-width dispensing report of immunosuppressants, with log lines and the pharmacist's notes."""
    doc = Doc()
    city, uf = g.city()
    ph = g.person()
    day = g.day()
    doc.f("FARMÁCIA DE MEDICAMENTOS ESPECIALIZADOS — «c»/«uf» — CEAF\nRELATÓRIO DE DISPENSAÇÃO — «d» — TERMINAL «tm»\n\n", c=fold(city).upper(), uf=uf,
          d=dbr(day), tm=g.pick(["FME-01", "FME-02", "BALCAO-3"]))
    widths = [24, 18, 14, 26, 5, 12]
    heads = ["PACIENTE", "CNS", "CPF", "MEDICAMENTO", "QTD", "LME ATE"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n")
    doc.t(" ".join("=" * w for w in widths) + "\n")
    ppl = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        ppl.append(p)
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[0]), widths[0], "PERSON")
        doc.t(" ")
        if g.chance(0.85):
            doc.cell(g.cns(True), widths[1], "BR_CNS")
        else:
            doc.cell("", widths[1])
        doc.t(" ")
        if g.chance(0.7):
            doc.cell(g.cpf(), widths[2], "BR_CPF")
        else:
            doc.cell("-", widths[2])
        doc.t(" ")
        doc.cell(fold(g.pick(IMMUNO)).upper()[:widths[3]], widths[3])
        doc.t(" ")
        doc.cell(str(g.pick([60, 90, 120, 180, 30])), widths[4], right=True)
        doc.t(" ")
        doc.t(g.date("br", g.pick([2025, 2026])) + "\n")
    doc.t("\n")
    for _ in range(g.ri(2, 3)):
        t = g.moments(1, day, 1, (8, 17))[0]
        doc.f("«t» [hórus-sync] POST «u» origem «ip» status «st»\n", t=ts(t, "sql"),
              u=g.pick(["/ceaf/dispensacao", "/ceaf/estoque/baixa", "/ceaf/lme/renovacao"]),
              ip=(g.ip_pub(), "IP_ADDRESS") if g.chance(0.4) else V(g.ip_priv()), st=g.pick(["200", "200", "503", "422"]))
    a, b = g.sample(ppl, 2)
    rep = g.person()
    doc.f("\nOcorrências (farmacêutic«o» «n», «crf»):\n", o="a" if ph.female else "o", n=P(ph.full), crf=(g.council("CRF", uf), "PROFESSIONAL_ID"))
    doc.f("- Medicamento de «a» retirado pel«o» representante «r», RG «rg», CPF «rc» (autorização anexada).\n", rc=(g.cpf(), "BR_CPF"), a=P(g.pick([a.short, a.first])),
          o=rep.o, r=P(rep.full), rg=(g.rg(), "BR_RG"))
    doc.f("- «b»: «x»\n", b=P(b.short), x=g.pick(["LME nº " + g.lme() + " vencida — orientad" + b.o + " a renovar com o médico da equipe de transplante.",
                                                   "falta de estoque de tacrolimo 5 mg; dispensado 1 mg (x5) com orientação.",
                                                   "pediu entrega domiciliar (paciente acamado).",
                                                   "paciente pediu para a filha retirar nos próximos meses."]))
    if g.chance(0.5):
        doc.f("  Novo endereço de entrega: «ad», CEP «cep», tel. «t».\n", ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_campanha_contas(g: Gen) -> Doc:
    """The accounts of a blood drive organised by a church or a company: expenses CSV, reimbursements and the treasurer's note."""
    doc = Doc()
    church = g.chance(0.5)
    org = g.pick(CHURCHES) if church else g.pick(COMPANIES)
    tr = g.person()
    lead = g.person()
    day = g.day()
    doc.f("PRESTAÇÃO DE CONTAS — CAMPANHA DE DOAÇÃO DE SANGUE «n»\n«o» — «d»\nResponsável: «l»\n\n", n=g.pick(["JUNHO VERMELHO", "DOE VIDA", "SANGUE DE CRISTO",
                                                                                                    "AMOR EM GOTAS"]),
          o=org, d=dbr(day), l=P(g.pick([lead.full, lead.short])))
    cols = ["data", "descricao", "fornecedor", "cnpj_cpf", "valor", "pago_a"]
    rows = []
    drv = g.person(female=False)
    rows.append([V(dbr(day)), V("Fretamento de ônibus (ida e volta)"), V(g.pick(["Turismo Leão Branco", "Viação Aurora", "Fretur Estrela"])),
                 (g.any_cnpj(), "BR_CNPJ"), V(g.money(600, 2200)), V("boleto")])
    for _ in range(g.ri(2, 4)):
        v = g.person()
        rows.append([V(dbr(g.after(day, -10, 0))), V(g.pick(["Lanches (reembolso)", "Camisetas da campanha", "Faixa e cartazes", "Gasolina (carona solidária)",
                                                             "Água e sucos"])),
                     P(g.pick([v.full, v.short])), (g.cpf(), "BR_CPF"), V(g.money(30, 900)),
                     (g.uuid(), "PIX_KEY") if g.chance(0.6) else V("dinheiro")])
    table_csv(doc, cols, rows, sep=g.pick([";", ","]))
    doc.f("\nO ônibus (placa «pl», motorista «m», CNH «cnh») levou «n» doadores. O hemocentro registrou «a» aptos.\n", pl=(g.plate(), "LICENSE_PLATE"),
          m=P(g.pick([drv.first, drv.full])), cnh=(g.cnh(), "BR_CNH"), n=g.ri(18, 44), a=g.ri(12, 40))
    doc.f("Sobra de caixa de R$ «s» depositada na conta da «o2»: ag. «ag» c/c «cc».\n", s=g.money(10, 300), o2="igreja" if church else "associação dos funcionários",
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n«tn»\nTesoureir«o» — «tm»\n", tn=P(tr.full), o="a" if tr.female else "o", tm=(g.email(tr), "EMAIL_ADDRESS"))
    return doc


def fi_conta_tiss(g: Gen) -> Doc:
    """A TISS-like XML extract of a hospital bill for a transplant admission and the plan's statement of disallowances (glosas)."""
    doc = Doc()
    plan = g.pick(HEALTH_PLANS)
    hosp = g.pick(HOSPITALS)
    p = g.person()
    m = g.person()
    an = g.person()
    uf = g.pick(UFS)
    doc.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ans:guiaResumoInternacao>\n  <ans:cabecalhoGuia><ans:registroANS>«ra»</ans:registroANS>"
          "<ans:numeroGuiaPrestador>«gp»</ans:numeroGuiaPrestador></ans:cabecalhoGuia>\n", ra=g.d(6), gp=g.d(10))
    doc.f("  <ans:dadosBeneficiario>\n    <ans:numeroCarteira>«ct»</ans:numeroCarteira>\n    <ans:nomeBeneficiario>«n»</ans:nomeBeneficiario>\n",
          ct=re.sub(r"\D", "", g.carteirinha()), n=P(fold(p.full).upper()))
    if g.chance(0.6):
        doc.f("    <ans:cartaoNacionalSaude>«c»</ans:cartaoNacionalSaude>\n", c=(g.cns(False), "BR_CNS"))
    if g.chance(0.85):
        doc.f("    <ans:cpfBeneficiario>«c»</ans:cpfBeneficiario>\n", c=(g.cpf("raw"), "BR_CPF"))
    doc.f("    <ans:dataNascimento>«d»</ans:dataNascimento>\n    <ans:telefone>«t»</ans:telefone>\n  </ans:dadosBeneficiario>\n",
          d=(g.dob("iso", 1950, 2015), "DATE_OF_BIRTH"), t=(g.phone("raw"), "PHONE_NUMBER"))
    doc.f("  <ans:contratadoExecutante><ans:cnpjContratado>«cnpj»</ans:cnpjContratado><ans:nomeContratado>«h»</ans:nomeContratado></ans:contratadoExecutante>\n",
          cnpj=(g.cnpj("raw", g.chance(0.3)), "BR_CNPJ"), h=fold(hosp).upper())
    doc.f("  <ans:profissionalExecutante><ans:nomeProfissional>«m»</ans:nomeProfissional><ans:conselho>«crm»</ans:conselho>"
          "</ans:profissionalExecutante>\n", m=P(m.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("  <ans:procedimentos>\n", )
    for _ in range(g.ri(2, 4)):
        doc.f("    <ans:procedimento><ans:codigo>«c»</ans:codigo><ans:descricao>«d»</ans:descricao><ans:valor>«v»</ans:valor></ans:procedimento>\n",
              c=g.pick(["31102360", "31102379", "30918030", "31005519", "40314618", "40316025"]),
              d=g.pick(["TRANSPLANTE RENAL (RECEPTOR DOADOR VIVO)", "NEFRECTOMIA EM DOADOR VIVO", "TRANSPLANTE HEPATICO", "TIPAGEM HLA",
                        "PROVA CRUZADA", "BIOPSIA DE ENXERTO"]), v=g.money(400, 90000).replace(".", "").replace(",", "."))
    adm = g.day()
    doc.f("  </ans:procedimentos>\n  <ans:dataInternacao>«a»</ans:dataInternacao><ans:dataAlta>«b»</ans:dataAlta>\n</ans:guiaResumoInternacao>\n\n",
          a=dbr(adm, "iso"), b=dbr(g.after(adm, 4, 30), "iso"))
    doc.f("DEMONSTRATIVO DE ANÁLISE DE CONTA — «pl»\nGuia «g» · Beneficiári«o» «n» · Lote «l»\n", pl=plan, g=g.d(10), o=p.o,
          n=P(g.pick([p.short, p.full])), l=g.d(6))
    for _ in range(g.ri(1, 3)):
        doc.f("  Glosa «c» — «m» — R$ «v»\n", c=g.pick(["1801", "1702", "2001", "1909"]),
              m=g.pick(["material sem autorização prévia", "diária de UTI excedente", "honorário da equipe de captação já pago pelo SUS",
                        "exame de doador vivo cobrado na guia do receptor"]), v=g.money(80, 12000))
    doc.f("Analista: «a» · Recurso de glosa até «d» pelo portal. Dúvidas do prestador com «c» («t»).\n", a=P(an.full), d=g.date(),
          c=P(g.pick([g.person().first, g.person().full])), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def fi_vaquinha(g: Gen) -> Doc:
    """A crowdfunding page export for a transplant patient's travel and stay, with donations and a payment webhook that logged card data."""
    doc = Doc()
    p = g.person()
    org = g.relative(p) if g.chance(0.6) else g.person()
    day = g.day()
    slug = re.sub(r"[^a-z]", "", lo(p.first)) + "-" + g.pick(["transplante", "figado", "rim", "medula"]) + "-" + g.d(4)
    title = g.pick(["Ajude «pf» a chegar ao transplante", "Força, «pf»! Rumo ao transplante", "«pf» precisa de um fígado — e de você"])
    doc.f("vakinha-export v3 — campanha «s»\n\nTÍTULO: ", s=slug)
    doc.f(title, pf=P(p.first))
    doc.f("\nCriada em «d» por «o» («oe»)\nBeneficiário(a): «b» — CPF «cpf»\nMeta: R$ «m» · Arrecadado: R$ «a»\n\n",
          d=dbr(day), o=P(org.full), oe=(g.email(org), "EMAIL_ADDRESS"), b=P(p.full), cpf=(g.cpf(), "BR_CPF"),
          m=g.money(15000, 90000), a=g.money(1000, 14000))
    doc.f("HISTÓRIA\n«x» tem «age» anos e está na lista de espera há «y» anos. O centro transplantador fica a «km» km de casa, em «c». "
          "O dinheiro vai pagar aluguel perto do hospital, passagens e a comida d«o» acompanhante. Quem quiser mandar direto: ",
          x=P(p.first) if g.chance(0.5) else V("Ele" if not p.female else "Ela"), age=g.ri(9, 66), y=g.ri(1, 6), km=g.ri(300, 2800), c=g.city()[0], o=org.o)
    pay_to(g, doc, org if g.chance(0.5) else None)
    doc.f(". Notícias no WhatsApp «t».\n\nÚLTIMAS DOAÇÕES\n", t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"))
    for _ in range(g.ri(2, 4)):
        if g.chance(0.55):
            doc.f("- Anônimo — R$ «v»\n", v=g.money(10, 300))
        else:
            d = g.person()
            doc.f("- «n» — R$ «v» — “«msg»”\n", n=P(g.pick([d.full, d.short, d.first])), v=g.money(10, 500),
                  msg=g.pick(["Força!", "Sou doador de órgãos, avisei minha família 💚", "Deus abençoe", "Da turma do hemocentro",
                              "Que venha logo o sim", "Rosa vermelha pra você 🌹"]))
    doc.t("\n[webhook gateway — log de depuração que não deveria existir]\n")
    for _ in range(g.ri(1, 3)):
        d = g.person()
        ip = (g.ip(), "IP_ADDRESS")
        jval(doc, {"event": "charge.paid", "amount": g.ri(1000, 50000), "payer": {"name": P(d.full), "email": (g.email(d), "EMAIL_ADDRESS"),
                                                                                "document": (g.cpf("raw"), "BR_CPF")},
                   "card": {"number": (g.card(False), "CREDIT_CARD"),
                            "holder": P(fold(d.full).upper() if g.chance(0.5) else fold(d.first).upper()[:1] + " " + fold(d.last).upper()),
                            "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 32)}"},
                   "ip": ip}, None)
        doc.t("\n")
    doc.f("\nSuporte («a»): log removido em «d»; doadores notificados (art. 48 da Lei 13.709/2018). No painel fica só o final do cartão "
          "(•••• «l4») e o CPF mascarado (***.«c1».«c2»-**).\n", a=P(g.person().first), d=g.date(), l4=g.d(4), c1=g.d(3), c2=g.d(3))
    return doc


def fi_cobranca_indevida(g: Gen) -> Doc:
    """A widow(er)'s complaint about being billed for a brain-dead donor's maintenance costs and the hospital's answer with the refund."""
    doc = Doc()
    hosp = g.pick(HOSPITALS)
    dec = g.person()
    w = g.spouse(dec)
    fin = g.person()
    day = g.day()
    city, uf = g.city()
    wm = g.email(w)
    doc.f("De: «wn» <«wm»>\nPara: ouvidoria@«hd»\nData: «d»\nAssunto: Cobrança indevida — doação de órgãos de «dn»\n\n",
          wn=P(g.pick([w.full, w.low])), wm=(wm, "EMAIL_ADDRESS"), hd=dom_of(hosp), d=ts(mo := g.moments(1, day, 1, (7, 23))[0], "br"), dn=P(dec.full))
    oi = "Bom dia" if mo.hour < 12 else ("Boa tarde" if mo.hour < 18 else "Boa noite")
    doc.f("«oi».\n\n«meu» «r» «dn», CPF «dc», nascid«dg» em «dob», faleceu no dia «do» no «h» e nós autorizamos a doação dos órgãos. Hoje "
          "chegou na minha casa («ad», «b», «c»/«uf», CEP «cep») uma cobrança de R$ «v» referente a «item». Pelo que sei, a Lei 9.434/1997 e "
          "as normas do SUS garantem que a família do doador não paga nada disso.\n\nEstou muito abalad«o». Meu telefone é «t».\n\n«sig»\nCPF «wc»\n\n",
          oi=oi, meu="Minha" if dec.female else "Meu", dg=dec.o, r="marido" if not dec.female else "esposa", dn=P(g.pick([dec.first, dec.full])), dc=(g.cpf(), "BR_CPF"),
          dob=(g.dob(g.pick(["br", "long"]), 1950, 2000), "DATE_OF_BIRTH"), do=g.date(), h=hosp, ad=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          c=city, uf=uf, cep=(g.cep(), "BR_CEP"), v=g.money(2000, 48000),
          item=g.pick(["diárias de UTI após o diagnóstico de morte encefálica", "exames do protocolo de morte encefálica", "material cirúrgico da captação"]),
          o=w.o, t=(g.phone(), "PHONE_NUMBER"), sig=P(w.full), wc=(g.cpf(), "BR_CPF"))
    doc.f("---\nDe: «fn» <«fm»>\nData: «d»\n\nPrezad«o» Sr«a». «wn»,\n\nNossos sentimentos. A cobrança foi emitida por erro do faturamento e está "
          "CANCELADA (conta «conta»; AIH «aih» faturada ao SUS). «refund»\n\nGerência de Faturamento — «h»\nCNPJ «cnpj»\n",
          fn=P(fin.full), fm=(corp_mail(fin, dom_of(hosp)), "EMAIL_ADDRESS"), d=ts(g.moments(1, g.after(day, 1, 6), 1, (8, 18))[0], "br"),
          o=w.o, a="a" if w.female else "", wn=P(w.last if g.chance(0.5) else w.full), conta=g.d(8), aih=g.aih(),
          refund=g.pick(["Como houve pagamento de entrada, faremos o estorno em até 10 dias úteis; confirme a conta abaixo.",
                         "Nenhum valor é devido pela família.", "Pedimos desculpas; a Ouvidoria acompanhará o caso."]),
          h=hosp, cnpj=(g.any_cnpj(), "BR_CNPJ"))
    if g.chance(0.6):
        doc.f("---\nDe: «wn» <«wm»>\n\nConta para o estorno: ", wn=P(w.first), wm=(wm, "EMAIL_ADDRESS"))
        pay_to(g, doc, w if g.chance(0.3) else None)
        doc.t(".\n")
    return doc


FI = [fi_reembolso, fi_tfd, fi_dispensacao, fi_campanha_contas, fi_conta_tiss, fi_vaquinha, fi_cobranca_indevida]

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
            assert not re.match(r"(sac|dpo|juridico|ouvidoria|captacao|redome|cet|ambulatorio|faturamento|rh|suporte|financeiro|privacidade)[.@]", v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d|" + "|".join(fold(m) for m in MONTHS), v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRF|CRBM|CRESS|CRN)\b", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private (a LAN, an interface engine); no public IPv6 stands outside a span
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m) and not m.group(1):
            assert not is_public(m.group(0)), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 15-digit runs outside the spans are never valid CNS; 16-digit runs never pass Luhn
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
    print("ninetyfifth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
