"""Build the hundred-and-thirty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredthirtyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 13838, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, self-check) are copied from the hundred-and-thirty-sixth set's
generator and adapted (street pool, jobs, councils CRF/CRBM/CRBio added to the check); the register and
every template are new.

Register: THE PUBLIC DEFENDER'S OFFICE (Defensoria Pública) -- a state public defender's office seen from
its own desks: the WhatsApp channel with its bot, the walk-in triage queue, the phone line, the online
scheduling portal and the SMS reminders; income screening for free legal aid (hipossuficiência); family
cases (child support, paternity with DNA exams at a partner lab, voluntary acknowledgement of paternity,
mediation of custody and visits, enforcement of arrears, transfer of judicial deposits); tenants facing
eviction (defence with purge of arrears, instalment agreements); consumers against banks (unrecognised
payroll loans, over-indebtedness plans); prisoners' families (sentence questions, visits, health, the
"fake lawyer" Pix scam); the defenders' requisition letters (ofícios) to city offices, hospitals and
registries; the health unit's demands for medicines and the curatela studies of the multidisciplinary
team.
Coverage checked before settling, by docstrings only, as the brief asked: `grep -il "defensoria\|
assistência judiciária\|hipossuficiente" tests/privacy/data/make_*_set.py` matched 36 generators; the
Register line of each (first ~60 lines) was read, and the first 70 lines of every make_*_set.py were
searched for "defensoria": it occurs only in the twenty-third (public-sector and social-services
casework: among 28 templates, the Defensoria's first-attendance form and a defender's interview notes),
the thirty-fifth (pharmacy; "Defensoria or lawyer" in medicine lawsuits) and the fifty-first (families and
family courts: a child-support petition, a CEJUSC mediation minute, a DNA report; "Defensoria matrículas
are not labelled"); the forty-fourth and the hundredth take the penal and prison systems as registers.
The other matches use the words elsewhere in their code. So no set takes the Defensoria as its register;
this one does, with papers those sets do not have (the bot channel and its transcripts, the ticket queue,
the SMS gateway log, the scheduling export, the relatives' attendance printout, the requisition letters,
the court docket, the income screening form, the eviction defence and instalment agreement, the
consignado notice, the superendividamento plan, the judicial-deposit transfer XML, the scam report), and
keeps its child-support petition, mediation minute and DNA report different in layout and parties from
the fifty-first's. The brief's alternatives (street markets; civil registry offices) were therefore not
needed and were not examined further.
Every office unit, bot, lab, lender, estate agency, employer, prison, hospital and person is invented
(units Unidade Centro / Aurora / Vila Prudente / Leste / Bento Ribeiro / Regional Norte / Jardim
Esperança / Fórum Desembargador Quintino Bacelar; bots Defi, DefensorBot, Assistente Virtual DP,
Atendimento Automático; labs Laboratório Genética Bacelar, GenoVida Diagnósticos, DNA Certo Análises
Genéticas, Instituto Aurora de Genética Forense, Laboratório Prudente de Identificação Humana; lenders
Banco Prudente Consignados, Aurora Crédito Financeira, Leão Cred, BentoPay, Financeira Vilanova Brum,
Estrela Empréstimos Pessoais; estate agencies Imobiliária Sarapião & Filhos, Administradora Vilanova Brum,
Leão Imóveis...; prisons Presídio Regional Desembargador Hermógenes Sabiá, Cadeia Pública Bento Amado,
Penitenciária Coronel Teotônio Arcoverde, Colônia Agrícola Aurora...); the state offices' names and
e-mail domains follow the real pattern (defensoria.xx.def.br), cities are real, CEPs random, banks real.

Layouts: a WhatsApp export (Android/iOS stamps; the citizen shown by saved name, "Assistida Fulana", a
lower-case first name or a bare number; a bot and the office as unlabelled senders) and, more often, the
messaging platform's transcript with role senders ("Cidadão", "Bot Defi", "Atendente"); the triage queue
as a table of five kinds (+---+, psql, blank-aligned, Markdown, pipe) or fixed width with names cut at
24, with the shift's notes and a printed ticket; speech-to-text calls in lower case with identifiers and
birth dates read out in groups or in words ("meia" for six, "vinte e quatro do um de mil novecentos e
noventa e quatro") and their typed records; the scheduling portal's export as JSON lines, YAML or an HTML
table; an SMS gateway log (CSV with ';' or ',', or TSV) with the replies received; an ALL CAPS system
printout; e-mails with X-Originating-IP, a forwarded message and replies quoted twice; legal prose
(petitions, a defence with a debt table, mediation minutes plain or with Markdown headings, a requisition
letter with the clerk's certificate, a term of acknowledgement, an instalment agreement in ALL CAPS in
some copies), a petition as a PDF-to-text extraction with page footers and form feeds; a court docket
(newest first); forms as "Campo: valor", dotted leaders, ruled box and CAPS labels, OCR'd in some copies
(letters confused in labels and names: rn/m, cl/d, c/e, I/l, O/0, S/5; identifiers printed clean); a lab
schedule (CSV, TSV, psql or fixed width) and a DNA report with an STR table; a spreadsheet of demands
(Markdown, psql, ruled, CSV, TSV); a fixed-width INSS loan statement; an XML transfer order; pasted Pix
receipts and a screenshot's messages; receipts with the amount in words. Of these, the platform
transcript with role senders, the YAML and HTML exports, the SMS log, the printed ticket, the PDF
extraction with form feeds, the court docket and the INSS statement are layouts the hundred-and-thirty-
fifth and hundred-and-thirty-sixth generators do not use.
- atendimento: (0) the WhatsApp channel: bot menu, name and CPF (a mistyped CPF rejected, then the right
  one), birth date, address and CEP sometimes, income; an intern takes over a child-support request (the
  other parent's name and nickname, address and CEP for the summons, employer, phone, a car's plate
  sometimes; the child's name and birth date; an RG typed in; an e-mail for documents; the appointment at
  the unit's address, unlabelled); (1) the triage queue of the day (ticket, time, name, birth date and
  phone columns sometimes, CPF or "não trouxe" or a mistyped CPF flagged, area, attendant by first name,
  login or desk, outcome), the shift's notes, a printed ticket; (2) a call to the office's line from a
  tenant with an eviction notice (CPF, spoken birth date, phone, the rented home's address and CEP, the
  landlord, the estate agency) and the typed appointment (the landlord's phone sometimes; the attendant's
  login unlabelled); (3) the scheduling portal's export (name, a social name sometimes, CPF or a
  mistyped one with cpf_valido false, birth date, e-mail, mobile, CEP, public IP or a kiosk's private IP,
  user agent); (4) an e-mail thread: a housing defender answers the triage, the tenant's forwarded message
  (CPF, RG sometimes, address, CEP, the landlord, the landlord's lawyer with OAB, phone); (5) the SMS
  reminder log (destination number, name column and CPF column sometimes, the name inside the message
  sometimes) and the replies (a second number, a CPF, a mother naming her child); (6) the prison unit's
  printout of a relative's visit (the relative's RG, CPF, phone, e-mail sometimes, address, CEP; the
  prisoner's nickname, parents, birth date, CPF, RG; a sentence table with arrest and base dates; the
  registered visitors with birth dates and RG or CPF; the attendant, the defender).
- juridico: (0) a petition for child support or for paternity and child support (the child's birth date
  and CPF sometimes, the mother qualified, the other parent with nickname, address, CEP, phone, the
  employer's CNPJ; the deposit account or a random Pix key; witnesses with address and CEP or phone; an
  intern sometimes; a PDF extraction in about a third); (1) a tenant's defence in an eviction suit (the
  landlord and the landlord's lawyer with OAB, the tenant qualified with phone and e-mail sometimes, the
  rented home's address and CEP, the children with birth dates or only their birth dates, an old mother,
  Pix to the landlord's key of any kind, a debt table); (2) family mediation minutes (mediator, a
  co-mediator sometimes, both parties qualified, e-mails for an online session, the children with birth
  dates and CPF sometimes, visits at a grandparent's address and CEP, support by deposit or Pix);
  (3) a requisition letter to a city office, a hospital or a registry (creche place, medical record,
  birth certificate, medicine: the addressee by name, the assisted person, the child or patient with
  birth date, CNS, parents; the prescriber with CRM; the office's line; the clerk or a registration
  number; an AR code); (4) a petition to the execution court (progression, remission, house arrest,
  parole: the prisoner with nickname, parents, birth date, CPF, RG, a voter card with suspended rights or
  a PIS sometimes; a sentence table; the warden sometimes; a job offer with the firm's CNPJ, the owner and
  a phone sometimes; the partner's CPF, phone, address and CEP); (5) a court docket (parties with CPF and addresses sometimes,
  the lawyer with OAB; summons certificates at addresses, a neighbour, a new address, a WhatsApp summons
  number, an AR received by a named person, a RENAJUD plate, the decision with the deposit account and the
  judge, the hearing minutes with the defender); (6) a term of voluntary acknowledgement of paternity (the
  father qualified with birth date and a voter card sometimes, the child with birth date and new name,
  the mother, the DNA exam sometimes, the paternal grandparents sometimes, witnesses with CPF).
- saude: (0) an e-mail thread with the city's pharmaceutical service (the defender, the pharmacist with
  CRF, the patient with birth date, CNS, CPF, address, CEP, phone, the prescriber with CRM, a parent for a
  child; the office's line); (1) the partner lab's DNA collection schedule (mother, her document and phone,
  child and birth date, alleged father and his RG, CPF or CNH; notes: a father in prison, a grandmother
  with RG and birth date, a rescheduling call; the technical manager with CRBM or CRBio); (2) a DNA report
  (participants with birth dates, RG and CPF; an STR table; the conclusion; the biologist with CRBio, the
  director with CRM); (3) a call from a prisoner's mother or partner about his health (spoken birth date,
  his CPF or only his prison registration, her name, CPF sometimes and phone, a nurse sometimes) and the typed record
  (the relative's address and CEP); (4) the prison health team's report, OCR'd in some copies (the
  prisoner, mother, birth date, CNS, CPF; ICD-10 codes, the history fitting the first; the family contact with
  phone, address, CEP; physician CRM, nurse COREN, social worker CRESS); (5) a psychosocial study for a
  curatela (the person's birth date, CPF, CNS; the applicant's CPF, RG, phone, e-mail, address, CEP; a
  household table; the CAPS psychiatrist with CRM; psychologist CRP, social worker CRESS); (6) the health
  unit's spreadsheet of demands (patient, CNS or CPF, birth date, demand and ICD-10 that fit the age,
  prescriber's CRM, phone; the defenders in charge sometimes).
- financeiro: (0) the income screening form (CPF, RG, birth date, address, CEP, phone, e-mail, NIS and
  voter card sometimes; a household table with birth dates and incomes; a car's plate; the outcome from
  the total income; the analyst); (1) an INSS loan statement (the paying agency and account; benefit and
  contract numbers unlabelled) and the consumer unit's notice to the lender (the lender's CNPJ, the
  retiree's CPF, birth date, address, CEP, phone; the digital contract's IP; a stranger's agency, account,
  name and CPF; the refund account sometimes; the defender's e-mail); (2) a child-support arrears sheet
  (child's birth date, mother's CPF and phone, debtor's CPF, employer's CNPJ and address sometimes,
  a grandmother's Pix key, a RENAJUD plate sometimes, the deposit account or key) and a receipt with the
  amount in words; (3) an instalment agreement for rent arrears (landlord qualified or an estate agency's
  CNPJ and agent, the tenant, the home's address and CEP, payment by deposit or Pix, witnesses) and the
  receipt of the down payment (the same CPFs); (4) a superendividamento plan (the consumer's CPF, birth
  date, phone, e-mail, address, CEP; the employer's CNPJ; creditors with CNPJ; full credit card numbers
  typed by the consumer sometimes; the creditors' agents with corporate e-mails; the debit account;
  the conciliator, the defender); (5) a court's transfer order as XML after a cover note (judge,
  depositor's CPF, the mother's CPF, account or random key, address, CEP, phone; the child's birth date;
  the defender's e-mail); (6) the fake-lawyer scam report (the victim's CPF and phone, the prisoner, the
  scammer's number and the name he used, the messages with his random key and, sometimes, a full card
  number typed by the victim; one or two Pix receipts; the MED request to her bank).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", "vulgo", "Assistida", "Defensor Público"; particles and suffixes inside a name
are part of it (no "SURNAME, Given" form occurs in this set); first names, nicknames after "vulgo" or
"conhecido como" (also ALL CAPS in printouts), lower-case, ALL CAPS, OCR-damaged names and names cut at a
fixed width are persons, and so are social names (nome social). Staff named in the text are persons
(defenders, interns, attendants, triage staff, clerks, analysts, mediators, judges, bailiffs, wardens,
lawyers, pharmacists, physicians, nurses, psychologists, social workers, biologists, bank agents); logins,
desk numbers ("guichê 2", "G3"), registration numbers, bots (Defi, DefensorBot, Assistente Virtual DP),
role senders ("Cidadão", "Atendente", "Agente", "Eu", "Assistida") and the office shown as a chat sender
are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (triagem@, familia@, habitacao@,
agendamento@, judicializacao@, natjus@, fraude@, juridico@, creche@, expediente@...) are not. ADDRESS is
a person's street + number + complement (bairro, city and CEP stay out; CEP is BR_CEP), also when read out
in lower case without punctuation in a call; public bodies' addresses (the office's units, which are
given, and prisons, hospitals, courts, which are not) are not labelled, nor firms'. Agency and account are
separate BANK_ACCOUNT spans; bank names and codes are not labelled. PIX_KEY only for random keys; a key
that is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (children, parents,
prisoners, visitors, patients, applicants; a spoken one; "DN" columns); arrest, base, progression,
hearing, collection, signature and appointment dates are not. PROFESSIONAL_ID: OAB, CRM, COREN, CRP,
CRESS, CRF, CRBM and CRBio with the acronym and the UF or region. Identifiers read out in groups or in
words are labelled like their digits. Every CNPJ is labelled (numeric and the 2026 alphanumeric form:
lenders', employers', estate agencies', a firm receiving Pix). Every phone number is PHONE_NUMBER,
the office's switchboard included. IP_ADDRESS only for public addresses (v4 and v6); a kiosk's private
address is not labelled. A full card number typed by a person is CREDIT_CARD; masked cards and masked
CPFs ("***.072.204-**") are not labelled. Every plate is LICENSE_PLATE.
Decisions of this set: defenders sign with their name and a registration number (unlabelled), never an
OAB number; a prefix the office's phone puts before a saved contact ("Assistida", "Assist.", "PAJ") stays
outside the PERSON span; in a WhatsApp export the citizen's display name is labelled on every line; the
child's new name in an acknowledgement of paternity is a PERSON span of its own; the mother's and
father's names in a filiation line ("FILIACAO: X / Y") are one span each.
Not labelled (hard negatives): CNJ process numbers (execution, family and civil), PAJ and attendance
numbers, protocol and ticket numbers, the office's letter numbers, prison registrations (matrícula, RJI,
SEEU, INFOPEN), INSS benefit numbers (NB), loan contract numbers, court document ids, AR codes, lab
report numbers and sample codes, verification codes, the registry's book, sheet and entry, creche
waiting-list numbers, judicial deposit ids and order numbers, Pix transaction ids, mistyped CPFs (checked
to fail), ICD-10 codes (B20, A15.0, E11.9, F20.0, G35, K52.2, P07.3...), STR alleles and paternity indices,
laws and rules (art. 134 CF, LC 80/1994, Lei 5.478/1968, Lei 8.560/1992, Lei 8.245/1991, LEP arts. 112,
117, 126, Lei 14.181/2021, Decreto 11.150/2022, CDC art. 42, Provimento CNJ 16/2012, Resolução BCB
103/2021, Lei 13.146/2015, CPC arts. 98, 99, 186, 528), money, sentence lengths, remission days, non-birth
dates, firm names holding surnames or name-words (Imobiliária Sarapião & Filhos, Laboratório Genética
Bacelar, Confecções Quintanilha ME, Frigorífico Bento Amado, Financeira Vilanova Brum), places named after
people (Fórum Desembargador Quintino Bacelar, Presídio Regional Desembargador Hermógenes Sabiá,
Penitenciária Coronel Teotônio Arcoverde), unit names (Unidade Aurora, Unidade Vila Prudente, Unidade
Bento Ribeiro).
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Esperança, Bento, Prudente, Amado, Leão,
Branco, Justo, Constante, Ferro, Sereno...) are names here and, elsewhere, words, units, firms, streets,
neighbourhoods and cities, not persons ("seria prudente levar a certidão", "há esperança de acordo",
"pouca glória", "Unidade Aurora", "Vila Prudente", "Bairro da Luz", "Vitória/ES", "Presidente Prudente",
"Imobiliária Aurora").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German, Polish,
Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian,
Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban, indigenous, Guarani, Jewish),
rare or invented name words well above a quarter (main() prints the share; a word of any common-name pool
never counts as rare).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora",
            "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Maitê", "Antonella", "Melissa", "Maria Alice", "Lara"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor", "Bernardo", "Théo", "Ravi", "Gael", "Benício", "Lorenzo",
            "Noah", "Otávio", "Murilo", "Pietro", "Bento Miguel"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Kemilly", "Naomy", "Aylla", "Ysadora", "Ketheleen", "Thauany", "Myrella", "Sophya", "Hadassa", "Jhullya", "Eloah Vitória",
          "Ayslan", "Kyara", "Rhuanna", "Maria Yolanda", "Dhayane", "Wanusa", "Marlúcia", "Ivonete Cosma", "Zenaide Lourdes"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo", "Kaleb", "Thayllon",
          "Asafe", "Kalebe", "Brayan", "Natanael Kayky", "Yuri Gael", "Ayrton Kauê", "Davi Lucca", "Jhonny Ravi", "Enzo Gabriel Kauã",
          "Uelinton", "Genésio", "Claudiomiro", "Valdeci Cosme", "Edvaldo Jonas", "Arlindo Tibúrcio", "Zacarias Pio"]
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
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
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
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# street nicknames (vulgo / conhecido como): one PERSON span each
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
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
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
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
STREET_NAMES = ["dos Operários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "Professor Aristeu Bacelar",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "Diretora Odaléia Quintanilha", "Tenente Hermógenes Sabiá", "dos Estudantes", "Amado Bueno", "Sete",
                "Desembargador Quintino Bacelar", "Barão de Mauá", "Coronel Teotônio Arcoverde", "Beco da Esperança", "Doze de Outubro"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Osasco", "SP"), ("Santo André", "SP"),
          ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Betim", "MG"), ("Juiz de Fora", "MG"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo"]
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
        """A date of an event in the past of the documents (2025 unless a year is given)."""
        y = year or 2025
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def docdate(self, fmt: str = "long") -> str:
        """The date a letter, petition or report is signed (first half of 2026, after the events it tells)."""
        return fmt_date(self.ri(1, 28), self.ri(1, 6), 2026, fmt)

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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span (LABEL None: text), a list of such
        tuples is written part by part, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, list):
                for part in v:
                    self.e(part[0], part[1])
            elif isinstance(v, tuple):
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


def append_doc(doc: Doc, other: Doc) -> None:
    """Append another document's text and spans (offsets shifted)."""
    base = len(doc.text)
    doc.text += other.text
    doc.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]


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
JOBS = {True: ["diarista", "do lar", "auxiliar de limpeza", "cabeleireira", "vendedora", "autônoma", "costureira", "catadora de materiais recicláveis",
               "operadora de caixa", "cuidadora de idosos", "desempregada", "manicure", "ambulante", "aposentada", "técnica de enfermagem"],
        False: ["pedreiro", "servente", "motorista de aplicativo", "ajudante geral", "autônomo", "desempregado", "vigilante", "pintor",
                "entregador", "eletricista", "aposentado", "mecânico", "ambulante", "auxiliar de produção", "repositor"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.08, civil: str | None = None, cpf: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
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
    doc.e(cpf or g.cpf("dot"), "BR_CPF")
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
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
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
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




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




# --------------------------------------------------------------------------- register: the public defender's office

SEED = 13838
OUT_NAME = "hundredthirtyeighth.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Lorenzo": "Lolo", "Murilo": "Muca", "Cecília": "Ciça",
             "Antonella": "Nella", "Benício": "Beni", "Alice": "Lili", "Kemilly": "Mimi", "Théo": "Teté", "Kaleb": "Kaká",
             "Hadassa": "Dassa", "Naomy": "Nao", "Asafe": "Sasá", "Marlúcia": "Lúcia", "Wanusa": "Nusa", "Genésio": "Gena",
             "Claudiomiro": "Miro", "Laura": "Laurinha", "Rosimeiry": "Meire", "Rozimeire": "Meire", "Ozelita": "Zelita",
             "Edivânio": "Vaninho", "Ednaldo": "Naldo", "Jocimar": "Joci", "Osvaldir": "Vadinho"})
UF_NAME = {"SP": "São Paulo", "MG": "Minas Gerais", "RJ": "Rio de Janeiro", "PR": "Paraná", "RS": "Rio Grande do Sul", "SC": "Santa Catarina",
           "BA": "Bahia", "PE": "Pernambuco", "CE": "Ceará", "RN": "Rio Grande do Norte", "PB": "Paraíba", "MA": "Maranhão", "PI": "Piauí",
           "PA": "Pará", "AM": "Amazonas", "GO": "Goiás", "MS": "Mato Grosso do Sul", "MT": "Mato Grosso", "ES": "Espírito Santo",
           "AL": "Alagoas", "SE": "Sergipe", "DF": "Distrito Federal"}
OFFICES = ["Unidade Centro", "Unidade Aurora", "Unidade Vila Prudente", "Unidade Leste", "Unidade Bento Ribeiro", "Unidade Regional Norte",
         "Unidade Jardim Esperança", "Unidade Fórum Desembargador Quintino Bacelar"]
# the office's own addresses: a public body's address, never labelled
UNIT_ADDR = ["Rua Barão de Mauá, 300, térreo", "Av. Prudente de Morais, 1.212", "Rua Boa Vista, 103 — 2º andar", "Praça da Sé, 41",
             "Rua Conselheiro Ubaldino Furquim, 77", "Av. Bento Gonçalves, 2.040, sala 3", "Rua Marechal Deodoro, 519 (anexo ao Fórum)",
             "Av. Rosa e Silva, 880", "Rua Desembargador Quintino Bacelar, 15"]
NUCLEOS = {"familia": ("Núcleo Especializado de Família e Sucessões", "NUFAM", "familia"),
           "moradia": ("Núcleo de Habitação, Urbanismo e Conflitos Agrários", "NUHAB", "habitacao"),
           "consumidor": ("Núcleo de Defesa do Consumidor", "NUDECON", "nudecon"),
           "penal": ("Núcleo de Execução Penal", "NEP", "execucaopenal"),
           "saude": ("Núcleo de Defesa da Saúde", "NUSAU", "saude"),
           "mediacao": ("Centro de Mediação e Conciliação", "CEMEC", "mediacao"),
           "idoso": ("Núcleo do Idoso e da Pessoa com Deficiência", "NUIPD", "idoso")}
AREAS = ["Família", "Família", "Família", "Moradia/despejo", "Consumidor", "Execução penal", "Saúde", "Cível", "Idoso/PcD", "Criminal"]
BOTS = ["Defi", "DefensorBot", "Assistente Virtual DP", "Atendimento Automático"]
LABS = [("Laboratório Genética Bacelar", "geneticabacelar.com.br"), ("GenoVida Diagnósticos", "genovida.com.br"),
        ("DNA Certo Análises Genéticas", "dnacerto.com.br"), ("Instituto Aurora de Genética Forense", "institutoaurora.org.br"),
        ("Laboratório Prudente de Identificação Humana", "labprudente.com.br")]
PRISONS = ["Penitenciária Estadual de {c}", "Centro de Detenção Provisória II de {c}", "Presídio Regional Desembargador Hermógenes Sabiá",
           "Conjunto Penal Feminino de {c}", "Cadeia Pública Bento Amado", "Penitenciária Coronel Teotônio Arcoverde",
           "Colônia Agrícola Aurora (semiaberto)", "Centro de Ressocialização de {c}"]
HOSPITALS = ["Hospital Municipal Aurora", "Hospital Regional Bento Amado", "Santa Casa de Misericórdia de {c}", "Hospital Geral Leão XIII",
             "UPA 24h Vila Rosa", "Hospital Estadual Prudente de Morais", "Policlínica Flor de Lis"]
LENDERS = [("Banco Prudente Consignados S.A.", "bancoprudente.com.br"), ("Aurora Crédito Financeira S.A.", "auroracredito.com.br"),
           ("Leão Cred Sociedade de Crédito", "leaocred.com.br"), ("BentoPay Instituição de Pagamento", "bentopay.com.br"),
           ("Financeira Vilanova Brum S.A.", "vilanovabrum.com.br"), ("Estrela Empréstimos Pessoais Ltda.", "estrelaemprestimos.com.br")]
IMOBS = ["Imobiliária Sarapião & Filhos Ltda.", "Administradora Vilanova Brum Imóveis", "Imobiliária Aurora", "Leão Imóveis e Administração",
         "Casa Prudente Negócios Imobiliários", "Imobiliária Quintanilha"]
EMPLOYERS = ["Transportadora Leão Dourado Ltda.", "Supermercado Bom Preço Aurora", "Construtora Prudente Engenharia", "Frigorífico Bento Amado S.A.",
             "Atacadão Flor de Lis", "Auto Posto Estrela do Vale", "Confecções Quintanilha ME", "Padaria Nova Esperança", "Metalúrgica Ferro & Brum"]
# (ICD-10, condition, exam finding, conduct) for prisoners' health reports
CIDS_PENAL = [("B20", "doença pelo HIV", "CD4 180 céls/mm³, carga viral detectável", "TARV reiniciada; faltas às consultas por ausência de escolta"),
              ("A15.0", "tuberculose pulmonar", "baciloscopia positiva", "esquema RIPE iniciado, isolamento respiratório"),
              ("E11.9", "diabetes mellitus tipo 2", "HbA1c 11,2%", "insulinoterapia; dieta não disponível na unidade"),
              ("I10", "hipertensão essencial", "PA 190x120 mmHg em três aferições", "anti-hipertensivos com fornecimento irregular"),
              ("N18.5", "doença renal crônica estágio 5", "creatinina 6,8 mg/dL", "hemodiálise 3x/semana no hospital de referência, escolta irregular"),
              ("C61", "neoplasia maligna da próstata", "PSA 48 ng/mL", "aguarda radioterapia no hospital de referência"),
              ("F20.0", "esquizofrenia paranoide", "sintomas psicóticos ativos à avaliação psiquiátrica", "antipsicótico de depósito, sem acompanhamento regular"),
              ("G40.9", "epilepsia", "três crises convulsivas no último mês", "anticonvulsivante com falta de estoque"),
              ("B18.2", "hepatite C crônica", "carga viral HCV detectável", "aguarda antiviral de ação direta"),
              ("I50.0", "insuficiência cardíaca congestiva", "fração de ejeção de 28%", "diurético e betabloqueador; dispneia aos mínimos esforços"),
              ("F33.2", "depressão recorrente grave", "ideação suicida relatada", "antidepressivo e acompanhamento psicológico quinzenal")]
CIDS = [("E10.9", "diabetes mellitus tipo 1"), ("E11.9", "diabetes mellitus tipo 2"), ("G80.1", "paralisia cerebral espástica"), ("F84.0", "autismo infantil"),
        ("C50.9", "neoplasia maligna da mama"), ("M17.0", "gonartrose bilateral"), ("H25.9", "catarata senil"), ("G35", "esclerose múltipla"),
        ("J44.9", "DPOC"), ("N18.5", "doença renal crônica"), ("F20.0", "esquizofrenia paranoide"), ("G30.9", "doença de Alzheimer"),
        ("Q90.9", "síndrome de Down"), ("I63.9", "AVC isquêmico"), ("M54.5", "lombalgia"), ("F03", "demência não especificada")]
# (what is asked for, ICD-10, condition, birth years of the patient)
DRUG_CID = [("insulina glargina 100 UI/mL", "E10.9", "diabetes mellitus tipo 1", (1960, 2015)),
            ("canabidiol 200 mg/mL", "G40.9", "epilepsia refratária", (1990, 2020)),
            ("rivaroxabana 20 mg", "I48", "fibrilação atrial", (1935, 1970)),
            ("dapagliflozina 10 mg", "N18.3", "doença renal crônica", (1940, 1975)),
            ("ocrelizumabe 300 mg", "G35", "esclerose múltipla", (1970, 2000)),
            ("fraldas geriátricas tamanho G (120/mês)", "G30.9", "doença de Alzheimer", (1930, 1955)),
            ("sensor de glicose FreeStyle Libre", "E10.9", "diabetes mellitus tipo 1", (2005, 2019)),
            ("concentrador de oxigênio 5 L/min", "J44.9", "DPOC", (1935, 1965)),
            ("cadeira de rodas motorizada", "G80.1", "paralisia cerebral espástica", (1995, 2018)),
            ("fórmula infantil Neocate LCP", "K52.2", "alergia à proteína do leite de vaca", (2024, 2025)),
            ("memantina 10 mg", "G30.9", "doença de Alzheimer", (1930, 1955))]
PROCEDURES = [("cirurgia de catarata", "H25.9", "catarata senil", (1935, 1965)), ("home care", "G30.9", "doença de Alzheimer", (1928, 1950)),
              ("cirurgia bariátrica", "E66.0", "obesidade grave", (1970, 2000)), ("consulta em neurocirurgia", "M51.1", "hérnia de disco com radiculopatia", (1960, 1995)),
              ("prótese total de quadril", "M16.0", "coxartrose", (1938, 1965)), ("vaga em UTI pediátrica", "J21.9", "bronquiolite grave", (2024, 2025)),
              ("radioterapia", "C50.9", "neoplasia maligna da mama", (1950, 1985))]
DRUGS = [d[0] for d in DRUG_CID]
UF_DDD = {"SP": "11", "MG": "31", "RJ": "21", "PR": "41", "RS": "51", "SC": "48", "BA": "71", "PE": "81", "CE": "85", "RN": "84", "PB": "83",
          "MA": "98", "PI": "86", "PA": "91", "AM": "92", "GO": "62", "MS": "67", "MT": "65", "ES": "27", "AL": "82", "SE": "79", "DF": "61"}
LAWS = ["art. 134 da Constituição Federal", "Lei Complementar 80/1994", "art. 128, X, da LC 80/1994", "art. 98 do CPC", "Lei 5.478/1968",
        "Lei 8.560/1992", "Lei 8.245/1991", "art. 62, II, da Lei 8.245/1991", "Lei 7.210/1984 (LEP)", "art. 112 da LEP", "art. 126 da LEP",
        "Lei 14.181/2021", "art. 42, parágrafo único, do CDC", "Lei 13.709/2018", "art. 528 do CPC", "Provimento CNJ 16/2012", "Lei 13.146/2015",
        "Súmula 309 do STJ", "Resolução BCB 103/2021", "Decreto 11.150/2022", "art. 1.694 do Código Civil", "art. 1.583 do Código Civil"]
ROLE_BOXES = ["triagem", "agendamento", "familia", "habitacao", "nudecon", "execucaopenal", "saude", "mediacao", "idoso", "protocolo",
              "ouvidoria", "no-reply", "naoresponda", "sac", "suporte", "juridico", "contato", "atendimento", "secretaria", "gabinete",
              "judicializacao", "natjus", "farmacia", "regulacao", "coleta", "laudos", "dna", "cejusc", "intimacoes", "cobranca", "ouvidoria.sms",
              "creche", "vagas", "semed", "sms", "seap", "visitas", "nep", "defensoria", "expediente", "faturamento", "financeiro", "cadastro",
              "relacionamento", "fraude", "contestacao", "alvaras", "deposito", "nucleo", "denuncia"]
SMS_OPS = ["VIVO", "CLARO", "TIM", "OI"]
CARS = ["Gol prata", "Onix branco", "HB20 preto", "Fiat Strada vermelha", "moto Honda CG 160 preta", "Palio cinza", "Saveiro branca", "Kwid vermelho"]


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None) -> str:
    return g.address(style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def paj(g: Gen) -> str:
    """The office's case number (Procedimento de Assistência Jurídica); not labelled."""
    return clean(g, lambda: g.pick([f"PAJ {g.ri(2024, 2026)}/{g.d(6)}", f"PAJ nº {g.d(4)}.{g.d(3)}/{g.ri(2024, 2026)}", f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(5)}",
                                    f"Atend. {g.d(8)}", f"PAJ-{g.up(3)}-{g.d(5)}"]))


def matricula(g: Gen) -> str:
    """A defender's or servant's registration number; not labelled."""
    return clean(g, lambda: g.pick([f"mat. {g.d(6)}", f"matrícula {g.d(3)}.{g.d(3)}-{g.d(1)}", f"Mat. {g.d(7)}"]))


def pris_no(g: Gen) -> str:
    """A prisoner's registration in the prison system (matrícula / prontuário / RJI); not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(3)}.{g.d(3)}-{g.d(1)}", f"{g.d(7)}", f"RJI {g.d(10)}", f"{g.d(2)}.{g.d(4)}.{g.d(3)}",
                                    f"SEEU {g.d(6)}", f"INFOPEN {g.d(7)}"]))


def ar_code(g: Gen) -> str:
    return f"{g.pick(['JT', 'JO', 'BR', 'YA', 'OF'])}{clean(g, lambda: g.d(9))}BR"


def cnj_of(g: Gen, uf: str, year: tuple[int, int] = (2023, 2026)) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(*year)}.{CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


DPE_PREP = {"SP": "de", "MG": "de", "RJ": "do", "PR": "do", "RS": "do", "SC": "de", "BA": "da", "PE": "de", "CE": "do", "RN": "do",
            "PB": "da", "MA": "do", "PI": "do", "PA": "do", "AM": "do", "GO": "de", "MS": "de", "MT": "de", "ES": "do", "AL": "de", "SE": "de"}


def dpe(uf: str) -> tuple[str, str]:
    """(institution name, e-mail domain) of the state's public defender's office."""
    if uf == "DF":
        return "Defensoria Pública do Distrito Federal", "defensoria.df.gov.br"
    return f"Defensoria Pública do Estado {DPE_PREP[uf]} {UF_NAME[uf]}", f"defensoria.{uf.lower()}.def.br"


def kid(g: Gen, parent: Person | None = None, female: bool | None = None) -> Person:
    """A child: own given name, the parent's last surname (sometimes a foreign-origin given name)."""
    parent = parent or g.person()
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.12):
        o = g.pick(["jp", "ar", "kr", "ht", "it", "de", "ve", "bo", "ao", "gk"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def kid2(g: Gen, mother: Person, father: Person, female: bool | None = None) -> Person:
    """A child carrying the mother's and the father's last surnames."""
    k = kid(g, mother, female)
    sur = [mother.last] if mother.last != father.last else []
    return Person(k.given, sur + [father.last], k.female)


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2009, hi: int = 2024) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "iso", "nopad", "long", "short"]), lo, hi)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "inv": p.inverted, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is built from parts: [(text, LABEL or None), ...]."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def defender(g: Gen) -> Person:
    return g.person()


def dpo(p: Person) -> str:
    return "Defensora Pública" if p.female else "Defensor Público"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def sr(p: Person) -> str:
    return "Sra." if p.female else "Sr."


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    """A birth date as speech-to-text writes it: digits, or words."""
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "ok, Deus abençoe", "<Mídia oculta>", "👍", "tá bom", "Deus abençoe 🙏", "kkk ta certo", "Esta mensagem foi apagada",
                   "vou ver com minha irmã se ela me leva", "a luz acabou aqui, respondo depois", "seria prudente levar a certidão original?",
                   "o ônibus da Aurora tá demorando muito", "tô na fila do CRAS agora", "áudio de 0:47"])


LEGAL_NEG = ["Registre-se que a Imobiliária Sarapião & Filhos não respondeu à notificação extrajudicial.",
             "Não seria prudente, data venia, a desocupação imediata em pleno período letivo.",
             "A audiência anterior foi realizada no Fórum Desembargador Quintino Bacelar, sala 4.",
             "O Frigorífico Bento Amado confirmou o vínculo de emprego em resposta a ofício.",
             "Há esperança concreta de acordo, já manifestada nos autos."]
PENAL_NEG = ["OBS.: VISITAS SUSPENSAS NO PRESIDIO REGIONAL DESEMBARGADOR HERMOGENES SABIA NESTE FIM DE SEMANA.",
             "OBS.: FAMILIA ORIENTADA SOBRE O JUMBO (ITENS PERMITIDOS) E HORARIO DE VISITA.",
             "OBS.: SERIA PRUDENTE CONFIRMAR A REMICAO ANTES DO PEDIDO.",
             "OBS.: A CADEIA PUBLICA BENTO AMADO ESTA SEM ATENDIMENTO MEDICO HA DUAS SEMANAS."]


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente juntar o comprovante de renda atualizado.", "Foi uma vitória conseguir a liminar antes do recesso.",
                   "A audiência será no Fórum Desembargador Quintino Bacelar, sala 4.", "Presidente Prudente também tem unidade da Defensoria.",
                   "A Imobiliária Sarapião & Filhos não respondeu à notificação.", "O atendimento da Unidade Aurora foi suspenso por falta de luz.",
                   "Há esperança de acordo na próxima sessão.", "O Frigorífico Bento Amado confirmou o vínculo de emprego por ofício.",
                   "A rosa dos ventos no mapa da ocupação indica o lado do córrego.", "Ela disse que a vida toda foi de luta e pouca glória.",
                   "O Presídio Regional Desembargador Hermógenes Sabiá suspendeu as visitas neste fim de semana.",
                   "O Laboratório Genética Bacelar mudou o horário de coleta.", "A Barão de Mauá está interditada para obras."])


# ------------------------------------------------------------------ atendimento

def citizen_who(g: Gen, p: Person, phone_p: float = 0.3) -> list[tuple]:
    """How the office's phone shows a citizen: a bare number, the saved name, 'Assistida Fulana', a lower-case first name."""
    r = g.rng.random()
    if r < phone_p:
        return [(g.phone("wa"), "PHONE_NUMBER")]
    if r < phone_p + 0.2:
        return [V(g.pick(["Assistida ", "Assist. ", "PAJ "]) if p.female else g.pick(["Assistido ", "Assist. ", "PAJ "])), P(p.short)]
    if r < phone_p + 0.4:
        return [P(lower(p.first))]
    return [P(g.pick([p.full, p.short]))]


def at_whatsapp(g: Gen) -> Doc:
    """The office's WhatsApp channel, as a WhatsApp export (a fifth) or as the messaging platform's transcript with role senders: the
    bot's menu and questions (name and CPF, a mistyped CPF rejected sometimes, birth date, address and CEP sometimes, family income), then
    an intern takes over a child-support request: the other parent's full name and nickname, address for the summons, CEP, employer and
    phone, a car's plate sometimes, the child's name and birth date, an RG typed in, an e-mail for documents, the appointment (the unit's
    address is a public body's and stays unlabelled)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    unit = g.pick(OFFICES)
    cit = g.person(True) if g.chance(0.85) else g.person(False)
    ex = g.person(not cit.female)
    k = kid2(g, cit, ex) if cit.female else kid2(g, ex, cit)
    est = g.person()
    bot = g.pick(BOTS)
    chat_t0 = g.moment(hours=(7, 20))
    t = iter(seq_times(g, 40, chat_t0, 15, 700))
    if g.chance(0.2):
        st = chat_stamp(g)
        C = citizen_who(g, cit, 0.6)
        B = [V(bot)]
        A = [V(g.pick([f"Defensoria Pública — {unit}", "DPE Atendimento", f"Defensoria {city}", "Núcleo de Família DPE"]))]
        head = g.pick([[V("Conversa do WhatsApp com ")] + C, [V("WhatsApp Chat with ")] + C])
        for part in head:
            doc.e(part[0], part[1])
        doc.t("\n\n")
    else:
        # the messaging platform's transcript: senders by role
        def st(x: datetime.datetime) -> str:
            return "[" + ts(x, "hms") + "] "
        C, B, A = [V("Cidadão")], [V("Bot " + bot)], [V(g.pick(["Atendente", "Agente", "Operador(a)"]))]
        doc.f("Atendimento nº «p» — canal WhatsApp — contato «c» — fila «f» — «d»\n\n", p=clean(g, lambda: g.d(9)), c=(g.phone("e164"), "PHONE_NUMBER"),
              f=g.pick(["Família", "Triagem geral", "Família/Alimentos"]), d=dbr(g.day()))
    fil = "filha" if k.female else "filho"
    mine = "da minha filha" if k.female else "do meu filho"
    cl2(doc, st(next(t)), C, g.pick([f"bom dia preciso falar com defensor sobre pensão {mine}",
                                     f"boa tarde quero entrar com pensao pro meu {fil}", "oi gostaria de agendar atendimento, é sobre pensão"]))
    cl2(doc, st(next(t)), B, (f"Olá! Eu sou {'a' if bot == 'Defi' else 'o'} {bot}, assistente virtual da {inst}." if bot in ("Defi", "DefensorBot") else
                              f"Olá! Você está falando com o atendimento automático da {inst}.") + " Escolha o assunto: 1️⃣ Família "
        "2️⃣ Moradia 3️⃣ Consumidor 4️⃣ Execução penal 5️⃣ Saúde 6️⃣ Outros")
    cl2(doc, st(next(t)), C, g.pick(["1", "1", "familia", "1 família"]))
    cl2(doc, st(next(t)), B, "Digite seu nome completo e o CPF (somente números).")
    if g.chance(0.3):
        cl2(doc, st(next(t)), C, "«n» «c»", n=P(g.pick([cit.full, cit.low])), c=g.neg_cpf(False))
        cl2(doc, st(next(t)), B, "CPF inválido. Confira os números e digite novamente.")
        cl2(doc, st(next(t)), C, "«c»", c=(g.cpf("raw"), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), C, g.pick(["«n» «c»", "«n»\ncpf «c»", "«c» «n»"]), n=P(g.pick([cit.full, cit.low, cit.caps])), c=(g.cpf(g.pick(["raw", "raw", "dot"])), "BR_CPF"))
    cl2(doc, st(next(t)), B, "Informe sua data de nascimento (dd/mm/aaaa).")
    cl2(doc, st(next(t)), C, "«d»", d=(g.dob(g.pick(["br", "br", "nopad", "short"]), 1968, 2005), "DATE_OF_BIRTH"))
    if g.chance(0.6):
        cl2(doc, st(next(t)), B, "Informe seu endereço com CEP.")
        cl2(doc, st(next(t)), C, "«a» «b» cep «c»", a=(g.address(g.pick(["low", "text"])), "ADDRESS"), b=lower(g.pick(BAIRROS)), c=(g.cep(g.chance(0.5)), "BR_CEP"))
    cl2(doc, st(next(t)), B, "Qual a renda mensal de todas as pessoas que moram com você, somando tudo?")
    cl2(doc, st(next(t)), C, g.pick(["uns 1.400 com o bolsa familia", "1 salario minimo", "faço faxina, tiro uns 900 por mes", "nenhuma, to desempregada",
                                     "R$ 1.800,00 eu e minha mãe", "600 do bolsa e o que eu vendo de salgado"]))
    cl2(doc, st(next(t)), B, f"Obrigado! Seu protocolo é {paj(g)}. Aguarde, uma pessoa da equipe vai continuar o atendimento.")
    cl2(doc, st(next(t)), A, "«s» Aqui é «e», estagiári«o» do Núcleo de Família. Já existe processo de pensão ou é o primeiro pedido?",
        s=g.pick(["Olá!", "Oi!", "Olá, tudo bem?"]),
        e=P(g.pick([est.first, est.short])), o="a" if est.female else "o")
    reg = g.chance(0.6)
    cl2(doc, st(next(t)), C, g.pick(["primeiro. ele nunca pagou nada", "é o primeiro, ele só dá quando quer", "nunca entrei com nada"]) +
        (", registrou mas sumiu" if reg else ", nem registrou " + ("ela" if k.female else "ele")))
    cl2(doc, st(next(t)), A, "Preciso do nome completo do pai, o endereço atual dele (para a citação) e onde trabalha, se souber." if cit.female else
        "Preciso do nome completo da mãe, o endereço atual dela (para a citação) e onde trabalha, se souber.")
    nk = g.pick(FREE_NICK if not ex.female else FREE_NICK_F)
    cl2(doc, st(next(t)), C, "«x» conhecid«o» como «n»", x=P(g.pick([ex.full, ex.low, ex.caps])), o=ex.o, n=P(nk))
    cl2(doc, st(next(t)), C, "mora na «a» «b»«z»", a=(g.address(g.pick(["low", "text", "text"])), "ADDRESS"), b=g.pick(BAIRROS).lower(),
        z=[V(" cep "), (g.cep(g.chance(0.6)), "BR_CEP")] if g.chance(0.6) else "")
    cl2(doc, st(next(t)), C, "trabalha na «w» faz uns 2 anos. o zap " + ("dele" if not ex.female else "dela") + " é «p»", w=g.pick(EMPLOYERS),
        p=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.4):
        cl2(doc, st(next(t)), C, "«e» anda num «c» placa «p»", e="ele" if not ex.female else "ela", c=g.pick(CARS).lower(), p=(g.plate(), "LICENSE_PLATE"))
    cl2(doc, st(next(t)), A, "E o nome completo e a data de nascimento da criança?")
    cl2(doc, st(next(t)), C, "«k» nasceu «d»", k=P(g.pick([k.full, k.low])), d=(kid_dob(g, g.pick(["br", "nopad", "long"])), "DATE_OF_BIRTH"))
    cl2(doc, st(next(t)), C, "<Mídia oculta>")
    if g.chance(0.5):
        cl2(doc, st(next(t)), C, "essa é a certidão. meu rg é «r»", r=(g.rg(), "BR_RG"))
    else:
        cl2(doc, st(next(t)), C, chat_neg(g))
    d = chat_t0.date() + datetime.timedelta(days=g.ri(3, 20))
    cl2(doc, st(next(t)), A, "Agendado: «d» às «h», «u», «ad». Traga RG, CPF, certidão de nascimento «k», comprovante de residência e de renda. "
        "Se não puder vir, avise por aqui.", d=dbr(d), h=g.pick(["8h30", "9h", "10h30", "13h", "14h"]), u=unit, ad=g.pick(UNIT_ADDR), o=k.o,
        k=[V("d" + k.o + " "), P(g.pick([k.first, k.nick]))] if g.chance(0.5) else "da criança")
    if g.chance(0.55):
        cl2(doc, st(next(t)), C, "posso mandar os documentos por email? o meu é «e»", e=(g.email(cit), "EMAIL_ADDRESS"))
        cl2(doc, st(next(t)), A, "Pode sim, para «m» com o protocolo no assunto.", m=role_mail(g, dom, g.pick(["familia", "triagem", "agendamento"])))
    cl2(doc, st(next(t)), C, chat_neg(g))
    return doc


def at_senhas(g: Gen) -> Doc:
    """The walk-in triage's queue of the day as a table (ruled, psql, blank-aligned, Markdown, pipe or fixed width with names cut): ticket,
    time, name, birth date and phone sometimes, CPF (or 'não trouxe', or a mistyped one flagged), area, attendant (first name, a login or
    a desk), outcome; the shift's notes; one printed ticket (a name on it sometimes)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    unit = g.pick(OFFICES)
    staff = [g.person() for _ in range(3)]
    d = g.day()
    doc.t(f"{fold(inst).upper()}\n{unit.upper()} — TRIAGEM — CONTROLE DE SENHAS — {dbr(d)}\n")
    doc.t(g.pick([f"emitido por {login(staff[0], g)} em {dbr(d)} 17:{g.ri(10, 59)}\n", "", f"Sistema SISDEF v{g.ri(2, 4)}.{g.ri(0, 9)} — relatório 14B\n"]) + "\n")
    fixed = g.chance(0.25)
    rows = []
    h, m = 7, g.ri(30, 59)
    tel = not fixed and g.chance(0.85)
    dn = not fixed and g.chance(0.6)
    for i in range(g.ri(4, 6)):
        p = g.person()
        m += g.ri(4, 25)
        if m >= 60:
            h, m = h + 1, m - 60
        nm = g.pick([p.caps, p.capsf, p.full, p.capsf])
        if fixed:
            nm = cut(nm, 24)
        r = g.rng.random()
        if r < 0.12:
            cpf, sit = V("não trouxe"), g.pick(["retorno c/ docs", "orientado"])
        elif r < 0.22:
            cpf, sit = V(g.neg_cpf()), "CPF não confere — conferir"
        else:
            cpf, sit = (g.cpf(g.pick(["dot", "dot", "raw"])), "BR_CPF"), g.pick(["atendido", "encaminhado NUFAM", "encaminhado NUHAB", "ausente",
                                                                               "renda acima do limite — orientado", "agendado retorno", "encaminhado NEP",
                                                                               "encaminhado CEMEC", "atendido — ofício"])
        s = g.pick(staff)
        att = P(g.pick([s.first, s.first, s.short])) if g.chance(0.2) else V(g.pick([login(s, g), f"guichê {g.ri(1, 6)}", f"G{g.ri(1, 6)}"]))
        row = [V(f"{g.pick('FFFPG')}-{i * g.ri(2, 5) + g.ri(1, 9):03d}"), V(f"{h:02d}:{m:02d}"), P(nm), cpf, V(g.pick(AREAS)), att, V(sit)]
        if tel:
            row.insert(4, (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER") if g.chance(0.85) else V("-"))
        if dn:
            row.insert(3, (g.dob("br", 1940, 2006), "DATE_OF_BIRTH"))
        rows.append(row)
    if fixed:
        doc.t("SENHA  HORA   NOME                      CPF             ÁREA              ATENDENTE        SITUAÇÃO\n")
        for r in rows:
            for (v, lab), w in zip(r, [7, 7, 26, 16, 18, 17, 0]):
                if w:
                    doc.cell(cut(v, w - 1) if lab in (None, "PERSON") else v, w, lab)
                else:
                    doc.e(v, lab)
            doc.t("\n")
    else:
        table_ruled(doc, ["senha", "hora", "nome"] + (["DN"] if dn else []) + ["CPF"] + (["telefone"] if tel else []) + ["área", "atendente", "situação"], rows,
                    g.pick(["plus", "psql", "plain", "md", "pipe"]))
    doc.t("\nOBSERVAÇÕES DO PLANTÃO\n" if g.chance(0.5) else "\nObs. do plantão:\n")
    p1, nt = g.person(True), g.person()
    doc.f("- «n» (senha P-0«x») veio com «o» net«o2», pediu prioridade (60+); CPF «c» conferido no balcão.\n",
          n=[V(sr(p1) + " "), P(g.pick([p1.full, p1.short]))] if g.chance(0.6) else "Idosa",
          x=g.ri(10, 40), o="a" if nt.female else "o", o2="a" if nt.female else "o", c=(g.cpf(), "BR_CPF"))
    if g.chance(0.3):
        p2 = g.person()
        doc.f("- «n» voltou às «h» dizendo que o locador trocou a fechadura; orientado a registrar BO e retornar amanhã cedo. Tel. «t».\n",
              n=P(g.pick([p2.caps, p2.full])), h=g.hm(), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.t("- " + word_neg(g) + "\n")
    doc.t("\n" + "=" * 32 + "\n")
    doc.t(f"  {fold(inst).upper()[:30]}\n  {unit.upper()[:30]}\n  SENHA: {g.pick('FPG')}-{g.ri(1, 120):03d}   {g.pick(['', 'PRIORIDADE 60+', 'PRIORIDADE PcD'])}\n"
          f"  Área: {g.pick(AREAS)}\n  {dbr(d)} {g.hm()}\n")
    if g.chance(0.2):
        q = g.person()
        doc.f("  Nome: «n»\n", n=P(cut(q.capsf, 26)))
    doc.t("  Aguarde ser chamado(a) no painel\n" + "=" * 32 + "\n")
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a call to the office's phone line by a tenant threatened with eviction: name, CPF read
    out, a spoken birth date, phone and CEP in groups or words, the rented house's address, the landlord's name and the estate agency;
    then the attendant's typed scheduling record (the attendant's login unlabelled)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    cit, att, lord = g.person(g.chance(0.7)), g.person(), g.person()
    cpf = g.cpf_digits()
    ph = g.msisdn()
    cep = g.cep(False)
    dd, mm, yy = g.dob_parts(1958, 2003)
    imob = g.pick(IMOBS) if g.chance(0.5) else None
    addr_t = g.address("text")
    addr = re.sub(r"\s+", " ", fold(addr_t).lower().replace(",", " ").replace(" - ", " ").replace("nº", "numero")).strip()
    doc.t(g.pick(["[transcricao automatica] ", "transcrição — ", ""]) + f"ligacao recebida {g.hm()} — fila moradia — gravada para fins de qualidade\n")
    doc.f("atendente: defensoria publica bom dia meu nome e «a» com quem eu falo\n", a=P(lower(att.first)))
    doc.f("cliente: bom dia«n» eu to com uma notificacao pra sair da casa em trinta dias e nao tenho pra onde ir\n",
          n=[V(" e "), P(lower(g.pick([cit.first, cit.full])))] if g.chance(0.5) else "")
    doc.f("atendente: entendi vou fazer umas perguntas o nome completo\ncliente: «n»\n", n=P(cit.low))
    doc.f("atendente: o cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: data de nascimento\ncliente: «d»\n", d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    doc.f("atendente: um telefone pra contato\ncliente: «p»\n", p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("atendente: o endereco do imovel alugado\ncliente: «a» no «b»\n", a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)))
    doc.f("atendente: cep\ncliente: «c»\n", c=(stt_groups(cep, g), "BR_CEP"))
    if imob:
        doc.f("atendente: o contrato e com imobiliaria ou direto com o dono\ncliente: e com a «i» mas quem manda a mensagem e o dono o «l»\n",
              i=lower(imob), l=P(lower(g.pick([lord.full, lord.first]))))
    else:
        doc.f("atendente: o contrato e com imobiliaria ou direto com o dono\ncliente: direto com " + ("a dona a" if lord.female else "o dono o") + " «l» nem contrato escrito tem\n",
              l=P(lower(g.pick([lord.full, lord.short]))))
    doc.f("atendente: quantos meses estao atrasados\ncliente: «m» ele quer «v» de uma vez\n", m=g.pick(["dois", "tres", "quatro"]), v=lower(extenso(g.ri(1800, 6500))))
    doc.f("atendente: ja chegou alguma coisa da justica oficial de justica\ncliente: nao so a notificacao por whatsapp\n")
    doc.t("atendente: vou agendar com o nucleo de moradia traz o contrato se tiver os comprovantes de pagamento e a notificacao\n")
    doc.t(f"cliente: ta bom obrigad{cit.o}\n\n")
    doc.f("AGENDAMENTO — {u}\nAssistid«o»: «n» | CPF: «c» | DN: «d» | Tel.: «t»\nImóvel: «a», {b} — CEP «e»\n".replace("{u}", g.pick(OFFICES)).replace("{b}", g.pick(BAIRROS)),
          o=cit.o, n=P(cit.capsf), c=(fmt_cpf(cpf), "BR_CPF"), d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"),
          a=(addr_t, "ADDRESS"), e=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"))
    doc.f("Locador: «l»«i»«lt» | Área: Moradia/despejo | Retorno: «r» | {p} | atendente: {lg}\n".replace("{p}", paj(g)).replace("{lg}", login(att, g)),
          l=P(lord.caps), i=f" (adm. {imob})" if imob else "", r=dbr(g.day()),
          lt=[V(", tel. "), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")] if g.chance(0.5) else "")
    return doc


def at_agenda_online(g: Gen) -> Doc:
    """The online scheduling portal's export, as JSON lines, as YAML or as an HTML table: name (a social name sometimes), CPF (a mistyped
    one flagged invalid), birth date, e-mail, mobile, CEP, area, the submitting IP (private ones from the office's kiosk unlabelled),
    consent; protocol numbers and user agents unlabelled."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    fmt = g.pick(["jsonl", "jsonl", "yaml", "html"])
    dfmt, cdash = g.pick(["iso", "iso", "br"]), g.chance(0.5)
    n = g.ri(5, 7)
    items = []
    for _ in range(n):
        p = g.person()
        bad = g.chance(0.12)
        social = g.chance(0.1)
        it = {"protocolo": V(clean(g, lambda: f"AG{g.ri(2025, 2026)}{g.d(6)}")),
              "nome": P(g.pick([p.full, p.caps, p.low])),
              "cpf": V(g.neg_cpf(False)) if bad else (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"),
              "cpf_valido": not bad,
              "nascimento": (g.dob(dfmt, 1945, 2006), "DATE_OF_BIRTH"),
              "email": (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else V(""),
              "celular": (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"),
              "cep": (g.cep(cdash), "BR_CEP"),
              "area": V(g.pick(AREAS)),
              "comarca": V(city),
              "ip_origem": (g.ip(), "IP_ADDRESS") if g.chance(0.75) else V(g.ip_priv()),
              "user_agent": V(g.pick(["Mozilla/5.0 (Linux; Android 13; SM-A135M)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)",
                                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "totem-unidade-02"])),
              "criado_em": V(ts(g.moment(), "iso")),
              "lgpd_aceite": True}
        if social:
            q = g.person(not p.female)
            it = dict(list(it.items())[:2] + [("nome_social", P(q.given + " " + p.surname_str))] + list(it.items())[2:])
        items.append(it)
    if fmt == "jsonl":
        for it in items:
            jval(doc, {k: (v if not (isinstance(v, tuple) and v[1] is None) else v[0]) for k, v in it.items()}, None)
            doc.t("\n")
    elif fmt == "yaml":
        doc.t(f"# export agendamentos — {inst} — comarca de {city}\n# gerado em {ts(g.moment(), 'sql')}\n")
        for it in items:
            first = True
            for k, v in it.items():
                doc.t("- " if first else "  ")
                first = False
                doc.t(f"{k}: ")
                if isinstance(v, bool):
                    doc.t("true" if v else "false")
                elif v[0] == "":
                    doc.t("null")
                else:
                    q = k in ("user_agent", "criado_em", "nascimento", "cep", "cpf", "protocolo")
                    doc.t('"' if q else "")
                    doc.e(v[0], v[1])
                    doc.t('"' if q else "")
                doc.t("\n")
    else:
        doc.t(f"<html><head><meta charset=\"utf-8\"><title>Agendamentos {city}</title></head><body>\n<h3>{inst} — agendamentos do dia {dbr(g.day())}</h3>\n<table border=\"1\">\n")
        keys = ["protocolo", "nome", "cpf", "nascimento", "email", "celular", "cep", "area", "ip_origem"]
        doc.t("<tr>" + "".join(f"<th>{k}</th>" for k in keys) + "</tr>\n")
        for it in items:
            doc.t("<tr>")
            for k in keys:
                v = it[k]
                doc.t("<td>")
                if v[0]:
                    doc.e(v[0], v[1])
                doc.t("</td>")
            doc.t("</tr>\n")
        doc.t("</table>\n<p>Total: " + str(n) + " agendamento(s).</p></body></html>\n")
    return doc


def at_email(g: Gen) -> Doc:
    """An e-mail thread: a defender of the housing unit answers the triage (newest on top), the triage's forwarding note quoted, and the
    tenant's original message forwarded (CPF, address, landlord, CNJ number of the eviction suit, phone, the landlord's lawyer with OAB);
    corporate e-mails are people's, the units' mailboxes are not; X-Originating-IP on the outer message."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    dfn, tri, ten, lord, adv = defender(g), g.person(), g.person(), g.person(), g.person()
    t2 = g.moment()
    t1 = t2 - datetime.timedelta(hours=g.ri(2, 70))
    t0 = t1 - datetime.timedelta(hours=g.ri(1, 40))
    tmail = g.email(ten)
    cnj = cnj_of(g, uf)
    doc.f("De: «n» <«e»>\nPara: «t»\nCc: «r»\nData: " + mail_date(t2) + "\nAssunto: RE: ENC: despejo — «a» — proc. " + cnj + "\nX-Originating-IP: [«ip»]\n\n",
          n=P(dfn.full) if g.chance(0.6) else dpo(dfn), e=(corp_mail(dfn, dom, g), "EMAIL_ADDRESS"), t=[P(tri.full), V(" <"), (corp_mail(tri, dom, g), "EMAIL_ADDRESS"), V(">")] if g.chance(0.35) else
          [(corp_mail(tri, dom, g), "EMAIL_ADDRESS")], r=role_mail(g, dom, "habitacao"), a=P(g.pick([ten.caps, ten.full])) if g.chance(0.5) else paj(g), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("«x»,\n\nrecebido. Vamos contestar e pedir a purgação da mora ({l}). Peça à assistida que traga os comprovantes de pagamento de {m} e o contrato. "
          "A audiência já está marcada? Se o prazo vencer antes do atendimento, me avise que faço a petição de juntada de procuração por termo.\n\n"
          "Abs.,\n«d»\n{dp} — {nu}\n{ma}\n\n".replace("{l}", "art. 62, II, da Lei 8.245/1991").replace("{m}", g.pick(["março e abril", "janeiro a março", "agosto"]))
          .replace("{dp}", dpo(dfn)).replace("{nu}", NUCLEOS["moradia"][1]).replace("{ma}", matricula(g)),
          x=P(tri.first) if g.chance(0.35) else "Prezados", d=P(g.pick([dfn.full, dfn.short])))
    doc.f("> Em " + dbr(t1) + " " + ts(t1, "hm") + ", «n» escreveu:\n> Dr(a)., segue caso da triagem de hoje, assistid" + ten.o + " com renda de " + money(g, 900, 2600) +
          ", 3 filhos menores. Pedi documentos.\n> «s»\n>\n", n=[P(tri.full), V(" <"), (corp_mail(tri, dom), "EMAIL_ADDRESS"), V(">")] if g.chance(0.5) else [(corp_mail(tri, dom), "EMAIL_ADDRESS")],
          s=g.pick(["Triagem", "Equipe de triagem", "Triagem — " + g.pick(OFFICES)]))
    doc.t(">> ---------- Mensagem encaminhada ---------\n")
    doc.f(">> De: «n»\n>> Data: " + dbr(t0) + " " + ts(t0, "hm") + "\n>> Para: «r»\n>> Assunto: ajuda despejo\n>>\n", n=[P(ten.full), V(" <"), (tmail, "EMAIL_ADDRESS"), V(">")],
          r=role_mail(g, dom, g.pick(["triagem", "atendimento", "contato"])))
    doc.f(">> Bom dia, meu nome é «n», CPF «c»«rg». Moro de aluguel na «a», «b», CEP «e», há «y» anos. " + ("A proprietária" if lord.female else "O proprietário") +
          " «l» entrou com ação de despejo (processo «p») porque atrasei «m» meses depois que perdi o emprego. " + ("A advogada" if adv.female else "O advogado") + " del" + ("a" if lord.female else "e") +
          ", «v» («o»), disse que tenho 15 dias.\n>> Meu telefone é «t». Por favor me ajudem, tenho «k» filhos.\n",
          n=P(ten.full), c=(g.cpf(), "BR_CPF"), rg=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          e=(g.cep(), "BR_CEP"), y=g.ri(2, 11), l=P(g.pick([lord.full, lord.short])),
          p=cnj, m=g.pick(["dois", "três", "4"]), v=P(g.pick([adv.full, adv.short])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          t=(g.phone(), "PHONE_NUMBER"), k=g.pick(["dois", "três", "3"]))
    return doc


def at_sms(g: Gen) -> Doc:
    """The SMS gateway's log of appointment reminders, CSV with ';' or ',' or TSV: destination number, a name and a CPF column sometimes,
    message text (a name inside sometimes), status, carrier; then the replies received (MO) from numbers (a second number and a CPF, a
    mother naming her child); batch id and the operator's login unlabelled."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    op = g.person()
    sep = g.pick([";", ",", "\t"])
    day0 = g.day()
    base_id = g.ri(20, 900)
    doc.t(f"# lote {clean(g, lambda: g.d(8))} — {dbr(day0)} — lembretes de atendimento — {g.pick(OFFICES)} — enviado por {login(op, g)}\n")
    named = g.chance(0.5)
    withcpf = g.chance(0.5)
    cols = ["id", "destino"] + (["nome"] if named else []) + (["cpf"] if withcpf else []) + ["mensagem", "status", "operadora", "enviado_em"]
    rows = []
    sent = []
    for i in range(g.ri(5, 7)):
        p = g.person()
        ph = g.phone(g.pick(["e164", "raw"]))
        d = day0 + datetime.timedelta(days=g.ri(2, 9))
        shown = g.pick([p.capsf, p.full, p.first.upper()])
        msg_pre = g.pick(["DPE: Sr(a) ", "Defensoria: ", "DEFENSORIA PUBLICA - "])
        msg_post = f", seu atendimento e em {dbr(d, 'short')} as {g.pick(['8h', '9h30', '13h', '14h30'])}. Leve RG, CPF e comprov. de residencia. Nao responda."
        name_in = g.pick([p.first.upper(), fold(p.first).upper(), p.short]) if g.chance(0.45) else ""
        if not name_in:
            msg_pre = msg_pre.replace("Sr(a) ", "") + g.pick(["Prezado(a) assistido(a)", "Ola", "Lembrete"])
        if sep == "\t":
            msg_post = msg_post.replace(",", "")
        rows.append((str(base_id + i), ph, shown, msg_pre, name_in, msg_post, g.pick(["ENTREGUE", "ENTREGUE", "ENTREGUE", "FALHA", "PENDENTE"]),
                     g.pick(SMS_OPS), ts(g.moment(day0, hours=(8, 11)), "sql")))
        sent.append((p, ph))
    doc.t(sep.join(cols) + "\n")
    for r in rows:
        doc.t(r[0] + sep)
        doc.e(r[1], "PHONE_NUMBER")
        if named:
            doc.t(sep)
            doc.e(r[2], "PERSON")
        if withcpf:
            doc.t(sep)
            doc.e(g.cpf("raw"), "BR_CPF")
        doc.t(sep + '"' + r[3])
        if r[4]:
            doc.e(r[4], "PERSON")
        doc.t(r[5] + '"' + sep + sep.join(r[6:]) + "\n")
    doc.t("\n# respostas recebidas (MO)\n")
    doc.t(sep.join(["recebido_em", "origem", "texto"]) + "\n")
    for p, ph in g.sample(sent, min(len(sent), g.ri(1, 3))):
        doc.t(ts(g.moment(day0 + datetime.timedelta(days=g.ri(0, 1)), hours=(12, 21)), "sql") + sep)
        doc.e(ph, "PHONE_NUMBER")
        doc.t(sep + '"')
        r = g.rng.random()
        if r < 0.35:
            doc.f("nao vou poder ir, sou a mae d«o» «n», «e» ta internad«o»", o="a" if p.female else "o", n=P(lower(p.first)), e="ela" if p.female else "ele")
        elif r < 0.7:
            doc.f("pode remarcar? meu outro numero e «t»«c»", t=(g.phone(g.pick(["raw", "plain"])), "PHONE_NUMBER"),
                  c=[V(" cpf "), (g.cpf(g.pick(["raw", "dot"])), "BR_CPF")] if g.chance(0.5) else "")
        else:
            doc.t(g.pick(["ok", "confirmado", "SAIR", "quem e?", "vou sim obrigada"]))
        doc.t('"\n')
    return doc


def at_nep(g: Gen) -> Doc:
    """The prison unit's (Núcleo de Execução Penal) record of a relative's visit, an ALL CAPS system printout: the relative (RG, CPF,
    phone, address, CEP), the prisoner (name, nickname, mother, birth date, CPF; prison registration, execution number unlabelled), a
    sentence summary (arrest, base and progression dates: not births), the visitors registered (children's birth dates), the demand,
    the steps, the attendant and the defender."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    rel = g.person(g.chance(0.8))
    mom, fa = g.person(True), g.person(False)
    pr0 = g.person(g.chance(0.12))
    pr = Person(pr0.given, ([mom.last] if mom.last != fa.last else []) + [fa.last], pr0.female)
    att, dfn = g.person(), defender(g)
    prison = g.pick(PRISONS).replace("{c}", city)
    kin = g.pick(["MAE", "ESPOSA", "COMPANHEIRA", "IRMA", "AVO"]) if rel.female else g.pick(["PAI", "IRMAO", "COMPANHEIRO", "TIO"])
    doc.t(f"{fold(inst).upper()}\n{fold(NUCLEOS['penal'][0]).upper()} - ATENDIMENTO A FAMILIARES\nDATA: {dbr(g.day())}  {paj(g).upper()}\n\n")
    doc.t("REQUERENTE\n")
    doc.f("NOME: «n»  PARENTESCO: " + kin + "\nRG: «r»  CPF: «c»  FONE: «t»«em»\nENDERECO: «a» - " + fold(g.pick(BAIRROS)).upper() + " - " + fold(city).upper() + "/" + uf + "  CEP: «e»\n\n",
          n=P(rel.capsf), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), a=(g.address("caps"), "ADDRESS"), e=(g.cep(), "BR_CEP"),
          em=[V("  EMAIL: "), (g.email(rel).upper(), "EMAIL_ADDRESS")] if g.chance(0.4) else "")
    nk = g.pick(FREE_NICK if not pr.female else FREE_NICK_F)
    doc.t("ASSISTIDO (PRESO)\n")
    doc.f("NOME: «n»  VULGO: «v»\nFILIACAO: «m»" + g.pick([" E ", " / "]) + "«f»\nDATA NASC.: «d»  CPF: «c»  RG: «rg»\nMATRICULA: " + pris_no(g) + "  UNIDADE: " + fold(prison).upper() + "\n"
          "EXECUCAO: " + cnj_of(g, uf) + "  REGIME ATUAL: " + g.pick(["FECHADO", "SEMIABERTO", "FECHADO (PROVISORIO)"]) + "\n\n",
          n=P(pr.capsf), v=P(nk.upper()) if g.chance(0.7) else V("NAO CONSTA"), m=P(mom.capsf), f=P(fa.capsf) if g.chance(0.45) else V("NAO CONSTA"),
          rg=(g.rg(), "BR_RG") if g.chance(0.7) else V("NAO CONSTA"),
          d=(g.dob("br", 1975, 2004), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF") if g.chance(0.75) else V("NAO INFORMADO"))
    doc.t("RESUMO DA PENA (SEEU)\n")
    a0 = g.day() - datetime.timedelta(days=g.ri(400, 2600))
    rows = [[V("DATA DA PRISAO"), V(dbr(a0))], [V("PENA TOTAL"), V(f"{g.ri(4, 18)}A {g.ri(0, 11)}M {g.ri(0, 29)}D")],
            [V("CRIME"), V(g.pick(["ART. 33 LEI 11.343/06", "ART. 157 §2º CP", "ART. 155 §4º CP", "ART. 121 CP", "ART. 180 CP"]))],
            [V("DATA-BASE"), V(dbr(a0 + datetime.timedelta(days=g.ri(10, 300))))], [V("REMICAO"), V(f"{g.ri(0, 140)} DIAS")],
            [V("PREVISAO PROGRESSAO"), V(dbr(g.day()))], [V("PREVISAO LC"), V(dbr(g.day() + datetime.timedelta(days=g.ri(200, 900))))]]
    table_ruled(doc, ["ITEM", "VALOR"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\nVISITANTES CADASTRADOS\n")
    for _ in range(g.ri(1, 2)):
        v = g.relative(pr) if g.chance(0.6) else g.person()
        child = g.chance(0.5)
        doc.f("- «n» - «d» - «r» - «s»\n", n=P(v.capsf), d=(kid_dob(g, "br") if child else g.dob("br", 1950, 2004), "DATE_OF_BIRTH"),
              r=[V("RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else [V("CPF "), (g.cpf(), "BR_CPF")],
              s=g.pick(["CARTEIRINHA ATIVA", "PENDENTE FOTO", "SUSPENSA 30 DIAS", "AGUARDANDO ANTECEDENTES"]))
    doc.t("\nDEMANDA: ")
    doc.t(g.pick(["FAMILIA PERGUNTA SOBRE PROGRESSAO DE REGIME, JA CUMPRIU A FRACAO E NAO FOI CHAMADO.",
                  "VISITA SUSPENSA APOS REVISTA; FAMILIA NEGA O FATO E PEDE RETORNO DAS VISITAS.",
                  "PRESO RELATA FALTA DE MEDICACAO E EMAGRECIMENTO; FAMILIA PEDE ATENDIMENTO MEDICO.",
                  "REMICAO POR ESTUDO NAO FOI HOMOLOGADA, CERTIFICADO DO ENCCEJA ENTREGUE A UNIDADE.",
                  "PEDIDO DE TRANSFERENCIA PARA UNIDADE PROXIMA DA FAMILIA."]) + "\n")
    doc.f("PROVIDENCIAS: PETICAO AO JUIZO DA EXECUCAO ({l}); OFICIO A UNIDADE; RETORNO EM 30 DIAS.\n".replace("{l}", g.pick(["ART. 112 DA LEP", "ART. 126 DA LEP", "ART. 41 DA LEP"])))
    doc.f("ATENDENTE: «a»  DEFENSOR(A): «d»\n", a=P(att.capsf) if g.chance(0.35) else V(login(att, g).upper()), d=P(dfn.capsf))
    if g.chance(0.4):
        doc.t(g.pick(PENAL_NEG) + "\n")
    return doc


# ------------------------------------------------------------------ juridico

def vara(g: Gen, kind: str) -> str:
    return f"{g.ri(1, 12)}ª VARA {kind}"


def sign_def(g: Gen, doc: Doc, dfn: Person, city: str, caps: bool = False, intern: Person | None = None) -> None:
    doc.f("\n«c», «d».\n\n«n»\n«r»\n«m»\n", c=city, d=g.docdate(), n=P(dfn.capsf if caps else g.pick([dfn.full, dfn.caps])),
          r=fold(dpo(dfn)).upper() if caps else dpo(dfn), m=matricula(g))
    if intern is not None:
        doc.f("\n«n»\nEstagiári«o» de Direito\n", n=P(g.pick([intern.full, intern.caps])), o=intern.o)


def page_break(g: Gen, doc: Doc, inst: str, k: int, n: int) -> None:
    """A page break as a PDF-to-text tool leaves it: footer, form feed, header."""
    doc.t(f"\n\n{g.pick(['Página', 'Pág.', 'fls.'])} {k} de {n}\n\x0c{inst} — documento assinado eletronicamente\n\n")


def ju_alimentos(g: Gen) -> Doc:
    """An initial petition for child support, or for paternity and child support: the child (birth date, CPF sometimes) represented by
    the mother, qualified; the other parent with address for the summons, CEP, phone, nickname, the employer's CNPJ (payroll deduction);
    the deposit account or a random Pix key; a DNA exam requested (Lei 8.560/1992); witnesses with addresses or phones; the defender
    and an intern sign; in some copies the text as a PDF extraction with page footers."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad = g.person(True), g.person(False)
    k = kid2(g, mom, dad)
    inv = g.chance(0.45)
    pdf = g.chance(0.35)
    caps = g.chance(0.2)
    pages = 3
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA {vara(g, 'DE FAMÍLIA E SUCESSÕES')} DA COMARCA DE {fold(city).upper()}/{uf}\n\n")
    doc.t(paj(g) + "\n\n")
    doc.e(k.capsf if caps else g.pick([k.full, k.caps]), "PERSON")
    doc.f(", menor impúbere, nascid«o» em «d»", o=k.o, d=(kid_dob(g, g.pick(["br", "long"]), 2012, 2024), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        doc.f(", CPF «c»", c=(g.cpf(), "BR_CPF"))
    doc.t(", neste ato representad" + k.o + " por " + ("sua genitora " if mom.female else "seu genitor "))
    qualify(g, doc, mom, caps=False, phone=g.chance(0.8), email=g.chance(0.5), job=None, where=(city, uf))
    doc.t(", vem, por intermédio da " + inst.upper() + ", com fundamento no art. 134 da Constituição Federal e na " + ("Lei 8.560/1992" if inv else "Lei 5.478/1968") + ", propor\n\n")
    doc.t(("AÇÃO DE INVESTIGAÇÃO DE PATERNIDADE C/C ALIMENTOS" if inv else "AÇÃO DE ALIMENTOS") + "\n\nem face de ")
    doc.e(g.pick([dad.caps, dad.full]), "PERSON")
    nk = g.pick(FREE_NICK if not dad.female else FREE_NICK_F)
    doc.f(", conhecid«o» como «n», «j», ", o=dad.o, n=P(nk), j=g.pick(JOBS[dad.female]))
    if g.chance(0.5):
        doc.f("CPF «c», ", c=(g.cpf(), "BR_CPF"))
    else:
        doc.t("CPF ignorado, ")
    doc.f("residente na «a», «b», «ci»/«u», CEP «e», telefone «t», empregad«o» da «w», CNPJ «cn», pelos fatos e fundamentos a seguir.\n\n",
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, e=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=dad.o,
          w=g.pick(EMPLOYERS), cn=(g.any_cnpj(), "BR_CNPJ"))
    if pdf:
        page_break(g, doc, inst, 1, pages)
    doc.t("I — DOS FATOS\n\n")
    y1 = g.ri(2008, 2019)
    doc.f("A representante e o requerido conviveram entre «y1» e «y2», relação da qual nasceu «k». ", y1=y1, y2=y1 + g.ri(1, 5), k=P(g.pick([k.first, k.full])) if g.chance(0.4) else "a criança")
    if inv:
        doc.f("O requerido, embora saiba da gravidez desde o início e tenha visitado a criança, recusa-se a reconhecê-la e a fazer o exame de DNA "
              "oferecido gratuitamente pela Defensoria em «d». ", d=g.date())
    doc.f("Desde a separação não contribui com o sustento. A criança frequenta a «s» e faz acompanhamento na UBS por «c». A genitora trabalha como "
          "«j» e recebe cerca de «v» por mês.\n\n", s=g.pick(["EMEI Dom Hélder Câmara", "creche municipal do bairro", "Escola Municipal Irmã Dulce", "CMEI Vitória Régia"]),
          c=g.pick(["asma", "anemia", "atraso de fala", "dermatite"]), j=g.pick(JOBS[True]), v=money(g, 600, 1900))
    doc.t("II — DA GRATUIDADE DA JUSTIÇA\n\nA parte autora é assistida pela Defensoria Pública e não tem condições de arcar com custas (art. 98 do CPC).\n\n")
    if pdf:
        page_break(g, doc, inst, 2, pages)
    doc.t("III — DOS PEDIDOS\n\n")
    doc.f("a) a fixação de alimentos provisórios em «p» dos rendimentos líquidos do requerido, descontados em folha pela empregadora e depositados em ", p=g.pick(["30%", "25%", "33%"]))
    if g.chance(0.6):
        doc.f("conta de titularidade da representante, «b», agência «a», conta «c»;\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("favor da representante por Pix, chave aleatória «k»;\n", k=(g.uuid(), "PIX_KEY"))
    doc.t("b) a citação do requerido no endereço indicado ou, frustrada esta, por aplicativo de mensagens no número acima;\n")
    if inv:
        doc.t("c) a realização de exame de DNA pelo laboratório conveniado, com a inclusão do nome paterno no registro de nascimento;\n")
    doc.t(("d)" if inv else "c)") + " a intimação do Ministério Público e a procedência dos pedidos.\n\n")
    doc.t("ROL DE TESTEMUNHAS:\n" if g.chance(0.6) else "ROL DE TESTEMUNHAS: a ser apresentado oportunamente.\n")
    for i in range(g.ri(1, 2) if doc.text.endswith("TESTEMUNHAS:\n") else 0):
        w = g.person()
        if g.chance(0.5):
            doc.f("«i». «n», residente na «a», «b», CEP «z»;\n", i=i + 1, n=P(g.pick([w.full, w.caps])), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"))
        else:
            doc.f("«i». «n», telefone «t»;\n", i=i + 1, n=P(g.pick([w.full, w.caps])), t=(g.phone(), "PHONE_NUMBER"))
    doc.t(f"\nDá-se à causa o valor de {money(g, 4000, 19000)}.\n")
    sign_def(g, doc, defender(g), city, intern=g.person() if g.chance(0.35) else None)
    if pdf:
        page_break(g, doc, inst, 3, pages)
        doc.t("Documento assinado eletronicamente. Código verificador: " + g.hexs(8, True) + ".\n")
    return doc


def debt_table(g: Gen, doc: Doc, months: list[str], base: int, style: str, what: str = "aluguel") -> float:
    rows, tot = [], 0.0
    for m in months:
        v = base + g.pick([0, 0, 35, 60])
        multa = round(v * 0.1, 2)
        juros = round(v * g.pick([0.01, 0.02, 0.03]), 2)
        tot += v + multa + juros
        rows.append([V(m), V(brl(v)), V(brl(multa)), V(brl(juros)), V(brl(v + multa + juros))])
    rows.append([V("TOTAL"), V(""), V(""), V(""), V(brl(tot))])
    if style == "csv":
        table_csv(doc, ["mês", what, "multa", "juros", "total"], [[(c[0] or "-", c[1]) for c in r] for r in rows], ";")
    else:
        table_ruled(doc, ["mês", what, "multa 10%", "juros", "total"], [[(c[0] or "-", c[1]) for c in r] for r in rows], style)
    return tot


def ju_despejo(g: Gen) -> Doc:
    """A tenant's defence in an eviction suit with an offer to pay the arrears: the landlord (a person, or an estate agency) and the
    landlord's lawyer with OAB; the tenant qualified; the rented home's address and CEP; the household (children with birth dates, an old
    mother); Pix payments to the landlord's key; a debt table; the defender signs."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    ten, lord, adv = g.person(g.chance(0.65)), g.person(), g.person()
    caps = g.chance(0.25)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DA {vara(g, 'CÍVEL')} DA COMARCA DE {fold(city).upper()}\n\n")
    doc.f("Processo nº «p»\nAção de despejo por falta de pagamento c/c cobrança de aluguéis\nAutor«a»: «l»\nRé«u»: «t»\n\n", p=cnj_of(g, uf),
          a="a" if lord.female else "", l=P(g.pick([lord.caps, lord.full])), u="" if ten.female else "u", t=P(g.pick([ten.caps, ten.full])))
    qualify(g, doc, ten, caps=caps, phone=True, email=g.chance(0.4), where=(city, uf))
    doc.t(caps_t(", por intermédio da Defensoria Pública, vem apresentar CONTESTAÇÃO com pedido de PURGAÇÃO DA MORA, pelos motivos que seguem.\n\n") if caps
          else ", por intermédio da Defensoria Pública, vem apresentar CONTESTAÇÃO com pedido de PURGAÇÃO DA MORA, pelos motivos que seguem.\n\n")
    doc.t("1. SÍNTESE DA INICIAL\n\n")
    via = g.pick(IMOBS) if g.chance(0.4) else None
    doc.f(("A autora" if lord.female else "O autor") + ", representad" + ("a" if lord.female else "o") + " por «v» («o»)«i», alega que " + ("a ré" if ten.female else "o réu") +
          " deixou de pagar os aluguéis de «m» do imóvel situado na «a», «b», CEP «e», locado em «d» pelo valor mensal de «r».\n\n",
          v=P(g.pick([adv.full, adv.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), i=f", com administração da {via}" if via else "",
          m=g.pick(["janeiro a março", "maio e junho", "agosto a outubro", "três meses"]), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), e=(g.cep(), "BR_CEP"),
          d=g.date(year=g.ri(2019, 2024)), r=money(g, 550, 1400))
    doc.t("2. DOS FATOS\n\n")
    doc.t(("A ré" if ten.female else "O réu") + " reside no imóvel com ")
    kids = [kid(g, ten) for _ in range(g.pick([1, 1, 2, 2, 3]))]
    if g.chance(0.45):
        fem = all(k_.female for k_ in kids)
        n = len(kids)
        word = {1: "uma" if fem else "um", 2: "duas" if fem else "dois", 3: "três"}[n]
        doc.t(f"{word} filh{'a' if fem else 'o'}{'s' if n > 1 else ''} menor{'es' if n > 1 else ''} (nascid{'a' if fem else 'o'}{'s' if n > 1 else ''} em ")
        for i in range(n):
            if i:
                doc.t(", " if i < n - 1 else " e ")
            doc.e(kid_dob(g, "br"), "DATE_OF_BIRTH")
        doc.t(")")
    else:
        for i, kk in enumerate(kids):
            if i:
                doc.t(", " if i < len(kids) - 1 else " e ")
            doc.f("«n» (nascid«o» em «d»)", n=P(kk.first if g.chance(0.5) else kk.full), o=kk.o, d=(kid_dob(g, "br"), "DATE_OF_BIRTH"))
    if g.chance(0.5):
        gm = g.person(True)
        doc.f(", além de sua mãe, «n», de «a» anos, acamada", n=P(gm.full), a=g.ri(70, 91))
    doc.f(". Perdeu o emprego na «w» em «d» e passou a sobreviver de bicos. Ainda assim, pagou parte dos aluguéis por Pix à chave «k» informada pel«o» locador«a», "
          "conforme comprovantes anexos.\n\n", w=g.pick(EMPLOYERS), d=g.date(), o="a" if lord.female else "o", a="a" if lord.female else "",
          k=g.pick([(g.uuid(), "PIX_KEY"), (g.phone(g.pick(["e164", "par"])), "PHONE_NUMBER"), (g.email(lord), "EMAIL_ADDRESS"), (g.cpf(), "BR_CPF")]))
    doc.t("3. DA PURGAÇÃO DA MORA\n\nNos termos do art. 62, II, da Lei 8.245/1991, " + ("a ré" if ten.female else "o réu") + " requer a emenda da mora mediante depósito judicial do valor abaixo:\n\n")
    months = g.sample(["01/2026", "02/2026", "03/2026", "10/2025", "11/2025", "12/2025", "09/2025"], g.ri(2, 4))
    debt_table(g, doc, sorted(months, key=lambda s: (s[3:], s[:2])), g.ri(550, 1300), g.pick(["plus", "plain", "md", "csv"]))
    doc.t("\n4. DOS PEDIDOS\n\na) a concessão da gratuidade (art. 98 do CPC);\nb) a autorização para purgar a mora em 15 dias;\nc) subsidiariamente, prazo de seis meses para a desocupação, "
          "diante da presença de crianças e de pessoa idosa no imóvel;\nd) a intimação pessoal da Defensoria Pública, com prazo em dobro.\n")
    if g.chance(0.4):
        doc.t("\n" + g.pick(LEGAL_NEG) + "\n")
    sign_def(g, doc, defender(g), city, caps=caps)
    return doc


def ju_mediacao(g: Gen) -> Doc:
    """The minutes of a family mediation session at the office's mediation centre (plain or Markdown headings): the mediator and a
    co-mediator, both parties (CPF, RG, address, CEP, phone, e-mail for an online session), the children with birth dates, shared custody
    and visiting (pick-up at a grandparent's address), child support by deposit or Pix, signatures with the defender."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad = g.person(True), g.person(False)
    med, co, dfn = g.person(), g.person(), defender(g)
    kids = [kid2(g, mom, dad) for _ in range(g.pick([1, 1, 2, 2, 3]))]
    md = g.chance(0.4)
    H = (lambda s: f"## {s}\n") if md else (lambda s: f"{s.upper()}\n")
    online = g.chance(0.35)
    doc.t(("# " if md else "") + f"{inst}\n{NUCLEOS['mediacao'][0]} ({NUCLEOS['mediacao'][1]})\n")
    doc.t(f"TERMO DE SESSÃO DE MEDIAÇÃO FAMILIAR Nº {g.ri(10, 999)}/{g.ri(2025, 2026)} — {paj(g)}\n\n")
    doc.f("Data: «d», «h». ", d=dbr(g.day()), h=g.pick(["8h30", "9h", "10h", "13h30", "14h", "15h30", "16h"]))
    if online:
        e1, e2 = g.email(mom), g.email(dad)
        doc.f("Sessão por videoconferência; link enviado a «a» e «b».\n", a=(e1, "EMAIL_ADDRESS"), b=(e2, "EMAIL_ADDRESS"))
    else:
        doc.t(f"Local: {g.pick(OFFICES)}, sala {g.ri(1, 9)}.\n")
    doc.f("Mediador«a»: «m»«c»\n\n", a="a" if med.female else "", m=P(med.full),
          c=[V(" — Co-mediador" + ("a" if co.female else "") + ": "), P(g.pick([co.full, co.short]))] if g.chance(0.4) else "")
    doc.t(H("Partes"))
    doc.t("1ª) ")
    qualify(g, doc, mom, phone=True, rg=g.chance(0.7), where=(city, uf))
    doc.t(";\n2ª) ")
    qualify(g, doc, dad, phone=g.chance(0.6), rg=g.chance(0.5), where=(city, uf))
    doc.t(".\n\n")
    doc.t(H("Filhos"))
    for kk in kids:
        doc.f("- «n», nascid«o» em «d»«c»\n", n=P(kk.full), o=kk.o, d=(kid_dob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"),
              c=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "")
    doc.t("\n" + H("Acordo"))
    doc.t("Cláusula 1ª — A guarda será compartilhada, com base de residência na casa materna (art. 1.583 do Código Civil).\n")
    gp = g.person()
    doc.f("Cláusula 2ª — Convivência em fins de semana alternados, de sábado 9h a domingo 18h; o pai buscará «f» na casa d«o» av«o2» «v»«n», na «a», «b», CEP «z».\n",
          f="os filhos" if len(kids) > 1 else kids[0].o + " filh" + kids[0].o, o="a" if gp.female else "o", o2="ó" if gp.female else "ô",
          v="paterna" if gp.female else "paterno", n=[V(" "), P(g.pick([gp.full, gp.first]))] if g.chance(0.45) else "", a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS),
          z=(g.cep(), "BR_CEP"))
    pct = g.pick([30, 25, 40, 50])
    doc.f("Cláusula 3ª — Alimentos de «p»% do salário mínimo (hoje R$ «v»), até o dia «d» de cada mês, mediante ", p=pct, v=brl(1518 * pct / 100),
          d=g.pick(["5", "10", "15"]))
    pay_line(g, doc, mom)
    doc.t(".\nCláusula 4ª — Despesas extraordinárias (material escolar, medicamentos, óculos) serão divididas em partes iguais, mediante recibo.\n")
    doc.t("Cláusula 5ª — Férias escolares divididas ao meio; Natal e Ano-Novo alternados.\n\n")
    doc.t("As partes requerem a homologação judicial do acordo e saem cientes. Nada mais.\n\n")
    doc.t(H("Assinaturas"))
    if g.chance(0.35):
        for p, r in [(mom, "parte"), (dad, "parte"), (med, "mediador(a)"), (dfn, dpo(dfn))]:
            doc.f("«n» — «r»\n", n=P(g.pick([p.full, p.caps])), r=r)
    else:
        doc.t("_______________ 1ª parte\n_______________ 2ª parte\n_______________ mediador(a)\n")
        doc.f("_______________ «n», «r»\n", n=P(dfn.full), r=dpo(dfn))
    return doc


def ju_oficio(g: Gen) -> Doc:
    """A defender's requisition letter (art. 128, X, LC 80/1994) to a city office, a hospital or a civil registry: the addressee by name,
    the assisted person (CPF, address, CEP, phone) and the child or patient (birth date, CNS sometimes, the parents for a birth
    certificate); the office's letterhead address and switchboard (an agency's line is labelled, its address is not); the clerk's note of
    sending, with an AR code (not labelled)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    dfn, to, clerk, ass = defender(g), g.person(), g.person(), g.person(g.chance(0.75))
    kind = g.pick(["creche", "prontuario", "certidao", "medicamento"])
    nuc = {"creche": "familia", "prontuario": "saude", "certidao": "familia", "medicamento": "saude"}[kind]
    doc.f(f"{inst.upper()}\n{g.pick(OFFICES)} — {g.pick(UNIT_ADDR)} — {city}/{uf} — tel. «t»\n\n", t=(f"({UF_DDD[uf]}) {g.ri(2, 3)}{g.d(3)}-{g.d(4)}", "PHONE_NUMBER"))
    doc.t(f"Ofício nº {g.ri(12, 980)}/{g.ri(2025, 2026)} — {NUCLEOS[nuc][1]}\n{paj(g)}\n\n{city}, {g.docdate()}.\n\n")
    role = {"creche": ("Secretári{x} Municipal de Educação", "creche"), "prontuario": ("Diretor{x} Clínic{y} do " + g.pick(HOSPITALS).replace("{c}", city), "secretaria"),
            "certidao": ("Oficial do Cartório de Registro Civil das Pessoas Naturais do " + str(g.ri(1, 9)) + "º Subdistrito", "expediente"),
            "medicamento": ("Secretári{x} Municipal de Saúde", "judicializacao")}[kind]
    title = role[0].replace("{x}", "a" if to.female else "o").replace("{y}", "a" if to.female else "o")
    doc.f("«o»\n«n»\n«r»\n«m»\n\n", o="À Ilustríssima Senhora" if to.female else "Ao Ilustríssimo Senhor", n=P(g.pick([to.full, to.caps])), r=title,
          m=role_mail(g, g.pick(["prefeitura.gov.br", f"{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br", "cartorio.com.br"]), role[1]))
    doc.t("Assunto: requisição (art. 128, X, da LC 80/1994) — " + {"creche": "vaga em creche", "prontuario": "cópia de prontuário",
                                                                     "certidao": "segunda via de certidão de nascimento", "medicamento": "fornecimento de medicamento"}[kind] + "\n\n")
    doc.t(("Senhora" if to.female else "Senhor") + ",\n\nA Defensoria Pública, no exercício de suas atribuições, REQUISITA a Vossa Senhoria ")
    if kind == "creche":
        kk = kid(g, ass)
        doc.f("vaga em Centro Municipal de Educação Infantil próximo à residência para «k», nascid«o» em «d»«cn», inscrit«o» na lista de espera sob o nº «l» desde «s», "
              "filh«o» de «a», CPF «c», residente na «e», «b», CEP «z», telefone «t»«m». A genitora iniciou trabalho formal e não tem com quem deixar a criança.\n\n",
              k=P(kk.full), o=kk.o, d=(kid_dob(g, "br", 2021, 2025), "DATE_OF_BIRTH"), cn=[V(", CNS "), (g.cns(), "BR_CNS")] if g.chance(0.5) else "", l=clean(g, lambda: g.d(6)), s=g.date(year=2025), a=P(ass.full), c=(g.cpf(), "BR_CPF"),
              e=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
              m=[V(", e-mail "), (g.email(ass), "EMAIL_ADDRESS")] if g.chance(0.5) else "")
    elif kind == "prontuario":
        doc.f("cópia integral do prontuário médico de «n», nascid«o» em «d», CNS «s», CPF «c», atendid«o» nessa unidade em «a» (BAM nº «b»), "
              "para instruir ação de indenização. Endereço do assistido: «e», CEP «z».\n\n", n=P(ass.full), o=ass.o, d=(g.dob("br", 1940, 2005), "DATE_OF_BIRTH"),
              s=(g.cns(), "BR_CNS"), c=(g.cpf(), "BR_CPF"), a=g.date(), b=clean(g, lambda: g.d(7)), e=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"))
    elif kind == "certidao":
        mo, fa = g.person(True), g.person(False)
        doc.f("a emissão gratuita (art. 30 da Lei 6.015/1973) de segunda via da certidão de nascimento de «n», nascid«o» em «d», filh«o» de «m»«f», "
              "registrad«o» no livro A-«l», folha «fl», termo «t». O assistido está em situação de rua e precisa do documento para o CadÚnico. Contato: «p».\n\n",
              n=P(ass.full), o=ass.o, d=(g.dob(g.pick(["br", "long"]), 1960, 2004), "DATE_OF_BIRTH"), m=P(mo.full),
              f=[V(" e de "), P(fa.full)] if g.chance(0.7) else "", l=g.ri(10, 300), fl=g.ri(1, 300), t=clean(g, lambda: g.d(5)), p=(g.phone(), "PHONE_NUMBER"))
    else:
        drug = g.pick(DRUG_CID)
        md = g.person()
        doc.f("o fornecimento de «m» a «n», nascid«o» em «d», CNS «s», residente na «e», CEP «z», conforme prescrição «dr» «x» («c»), "
              "CID-10 «i» («ds»), com negativa administrativa em «a».\n\n", m=drug[0], n=P(ass.full), o=ass.o, d=(g.dob("br", *drug[3]), "DATE_OF_BIRTH"),
              s=(g.cns(), "BR_CNS"), e=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"), dr=g.pick(["da Dra.", "da médica"]) if md.female else g.pick(["do Dr.", "do médico"]),
              x=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), i=drug[1], ds=drug[2], a=g.date())
    doc.f("Fixa-se o prazo de 10 (dez) dias para resposta, que poderá ser enviada a «r» ou a «e».\n\nAtenciosamente,\n\n«n»\n«d»\n\n",
          r=role_mail(g, dom, NUCLEOS[nuc][2]), e=(corp_mail(dfn, dom, g), "EMAIL_ADDRESS"), n=P(dfn.full), d=dpo(dfn))
    doc.f("CERTIDÃO — Certifico que nesta data enviei o ofício acima por e-mail«c». «n», «r».\n",
          c=f" e pelos Correios (AR {ar_code(g)})" if g.chance(0.5) else "", n=P(g.pick([clerk.full, clerk.short])) if g.chance(0.5) else matricula(g).capitalize(), r=g.pick(["Oficial de Defensoria", "Agente de Defensoria", "servidor(a)"]))
    return doc


def ju_lep(g: Gen) -> Doc:
    """A defender's petition to the execution court (regime progression, remission or humanitarian house arrest): the prisoner (nickname,
    parents, birth date, CPF, RG; prison registration unlabelled), a sentence table (arrest and base dates: not births), the warden named
    on the conduct certificate, a job offer from a firm (CNPJ, owner, phone), the partner's address for the open regime."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, fa = g.person(True), g.person(False)
    p0 = g.person(g.chance(0.1))
    pr = Person(p0.given, ([mom.last] if mom.last != fa.last else []) + [fa.last], p0.female)
    prison = g.pick(PRISONS).replace("{c}", city)
    ask = g.pick(["PROGRESSÃO AO REGIME SEMIABERTO (art. 112 da LEP)", "REMIÇÃO DE PENA PELO TRABALHO E PELO ESTUDO (art. 126 da LEP)",
                  "PRISÃO DOMICILIAR HUMANITÁRIA (art. 117 da LEP)", "LIVRAMENTO CONDICIONAL (art. 83 do Código Penal)"])
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DA VARA DE EXECUÇÕES PENAIS DA COMARCA DE {fold(city).upper()}\n\n")
    doc.f("Execução nº «e»\n«n»\n", e=cnj_of(g, uf, (2016, 2024)), n=[V("Sentenciad" + pr.o + ": "), P(pr.capsf), V("\n")] if g.chance(0.5) else "")
    nk = g.pick(FREE_NICK if not pr.female else FREE_NICK_F)
    doc.f("«n», vulgo «v», filh«o» de «m»«f», nascid«o» em «d», CPF «c», RG «r»«tp», matrícula «x», atualmente recolhid«o» n«a» «p», por intermédio da "
          "Defensoria Pública, vem requerer\n\n«k»\n\npelos fundamentos seguintes.\n\n", n=P(pr.full), v=P(nk), o=pr.o, m=P(mom.full), f=[V(" e de "), P(fa.full)] if g.chance(0.4) else "",
          d=(g.dob(g.pick(["br", "long"]), 1970, 2004), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"), x=pris_no(g),
          tp=g.pick([[V(", título de eleitor nº "), (g.titulo(), "BR_TITULO_ELEITOR"), V(" (direitos políticos suspensos, art. 15, III, da CF)")],
                     [V(", PIS "), (g.pis(), "BR_PIS")], ""]),
          a="o" if prison.startswith(("Centro", "Presídio", "Conjunto")) else "a", p=prison, k=ask)
    doc.t("1. DO REQUISITO OBJETIVO\n\n")
    a0 = g.day() - datetime.timedelta(days=g.ri(500, 2500))
    rows = [[V("1"), V(g.pick(["art. 33, Lei 11.343/06", "art. 157, §2º, CP", "art. 155, §4º, CP", "art. 180, CP"])), V(dbr(a0)), V(f"{g.ri(4, 12)}a {g.ri(0, 11)}m"),
             V(g.pick(["16%", "20%", "25%", "40%"])), V(dbr(a0 + datetime.timedelta(days=g.ri(300, 1200))))]]
    if g.chance(0.5):
        rows.append([V("2"), V(g.pick(["art. 12, Lei 10.826/03", "art. 329, CP", "art. 147, CP"])), V(dbr(a0 - datetime.timedelta(days=g.ri(200, 900)))),
                     V(f"{g.ri(0, 2)}a {g.ri(1, 11)}m"), V("16%"), V(dbr(a0 + datetime.timedelta(days=g.ri(300, 1200))))])
    table_ruled(doc, ["#", "delito", "data do fato/prisão", "pena", "fração", "requisito em"], rows, g.pick(["plus", "psql", "plain", "md"]))
    warden = g.person()
    doc.f("\n2. DO REQUISITO SUBJETIVO\n\nO atestado de conduta carcerária, assinado pel«o» diretor«a» «w» em «d», classifica a conduta como «c». ",
          o="a" if warden.female else "o", a="a" if warden.female else "", w=P(g.pick([warden.full, warden.caps])) if g.chance(0.5) else "da unidade", d=g.date(), c=g.pick(["BOA", "ÓTIMA", "EXCELENTE"]))
    doc.f("Há «r» dias a remir por trabalho na «o» e por estudo (certificado ENCCEJA).\n\n", r=g.ri(20, 160), o=g.pick(["cozinha da unidade", "oficina de costura", "horta", "faxina do pavilhão"]))
    if g.chance(0.5):
        boss = g.person()
        doc.f("3. DA PROPOSTA DE EMPREGO\n\n«b», proprietári«o» da «e», CNPJ «c», declara que contratará o sentenciado como «j», telefone para confirmação «t».\n\n",
              b=P(boss.full), o=boss.o, e=g.pick(EMPLOYERS), c=(g.any_cnpj(), "BR_CNPJ"), j=g.pick(["ajudante geral", "servente", "auxiliar de cozinha"]),
              t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    ptn = g.person(not pr.female)
    doc.f("4. DO ENDEREÇO\n\n" + ("A sentenciada" if pr.female else "O sentenciado") + " residirá com «q» «n», CPF «c», telefone «t», na «a», «b», «ci»/«u», CEP «e».\n\n", t=(g.phone(), "PHONE_NUMBER"),
          q=g.pick(["a companheira", "a mãe", "a irmã"]) if ptn.female else g.pick(["o companheiro", "o pai", "o irmão"]), n=P(ptn.full), c=(g.cpf(), "BR_CPF"),
          a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, e=(g.cep(), "BR_CEP"))
    doc.t("Ante o exposto, requer o deferimento do pedido, com a expedição do necessário, ouvido o Ministério Público.\n")
    sign_def(g, doc, defender(g), city)
    return doc


def ju_andamentos(g: Gen) -> Doc:
    """A case's docket copied from the court portal: parties with CPF and addresses sometimes (the child represented by the mother, the
    other parent and a lawyer with OAB), movements newest first (the hearing minutes with the defender, a RENAJUD plate, an AR received by a
    named person, a bailiff's certificate of summons at an address or a failed summons with a neighbour and a new address, a WhatsApp
    summons number, the decision with the deposit account, signed by the judge); document ids and CNJ numbers unlabelled."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad, adv, judge, bailiff, dfn = g.person(True), g.person(False), g.person(), g.person(), g.person(), defender(g)
    k = kid2(g, mom, dad)
    cls = g.pick(["ALIMENTOS - LEI ESPECIAL Nº 5.478/68 (69)", "EXECUÇÃO DE ALIMENTOS (12246)", "INVESTIGAÇÃO DE PATERNIDADE (12240)", "GUARDA DE FAMÍLIA (14671)"])
    head, doc = doc, Doc()  # the movements are written first (newest on top), the header after, once the filing date is known
    t = g.moment()

    def step(days_lo: int, days_hi: int) -> datetime.datetime:
        nonlocal t
        t = t - datetime.timedelta(days=g.ri(days_lo, days_hi))
        t = t.replace(hour=g.ri(8, 18), minute=g.ri(0, 59))
        return t
    hearing = step(1, 5)
    doc.f("«d» - Termo de audiência (ID «i»): presentes as partes, «x» («r») e o advogado do requerido. Acordo não obtido.\n", d=ts(hearing, "br"),
          i=clean(g, lambda: g.d(9)), x=P(dfn.full), r=dpo(dfn))
    if g.chance(0.45):
        doc.f("«d» - Resultado RENAJUD: restrição de transferência inserida no veículo placa «p» (ID «i»)\n", d=ts(step(1, 4), "br"), p=(g.plate(), "LICENSE_PLATE"),
              i=clean(g, lambda: g.d(9)))
    if g.chance(0.3):
        rec = g.person()
        doc.f("«d» - Juntada de AR «c» — positivo, recebido por «n»\n", d=ts(step(5, 30), "br"), c=ar_code(g), n=P(g.pick([rec.caps, rec.full])))
    doc.f("«d» - Audiência de conciliação designada para «a» no CEJUSC\n", d=ts(step(2, 20), "br"),
          a=dbr(hearing) + " " + g.pick(["9h", "9h30", "10h", "13h30", "14h", "15h"]))
    if g.chance(0.5):
        nb = g.person()
        doc.f("«d» - Mandado devolvido não cumprido (ID «i}): Certifico que me dirigi à «a» e não localizei o requerido; a vizinha«n» informou que ele se mudou para a «b», «c». "
              "Dou fé. «o» de Justiça, «m».\n".replace("«i}", "«i»"), d=ts(step(5, 40), "br"), i=clean(g, lambda: g.d(9)), a=(g.address(), "ADDRESS"), n=[V(" "), P(nb.first)] if g.chance(0.5) else "",
              b=(g.address(), "ADDRESS"), c=g.pick(BAIRROS), o=[P(bailiff.full), V(", Oficial")] if g.chance(0.5) else "Oficial", m=matricula(g))
    else:
        doc.f("«d» - Mandado devolvido cumprido (ID «i»): Certifico que, em «e», dirigi-me à «a», onde CITEI «p», que recebeu a contrafé e exarou o ciente. "
              "Dou fé. «o» de Justiça, «m».\n", d=ts(step(5, 40), "br"), i=clean(g, lambda: g.d(9)), e=dbr(t - datetime.timedelta(days=g.ri(1, 6))), a=(g.address(), "ADDRESS"), p=P(dad.caps),
              o=[P(bailiff.full), V(", Oficial")] if g.chance(0.5) else "Oficial", m=matricula(g))
    if g.chance(0.6):
        doc.f("«d» - Certidão: citação/intimação por WhatsApp ao número «t», com confirmação de leitura.\n", d=ts(step(1, 10), "br"),
              t=(g.phone(g.pick(["par", "e164", "plain"])), "PHONE_NUMBER"))
    doc.f("«d» - Expedição de mandado de citação\n", d=ts(step(1, 10), "br"))
    what = ("Defiro a guarda provisória à genitora e fixo alimentos provisórios em «p», a serem depositados na conta indicada«c}" if cls.startswith("GUARDA") else
            "Intime-se o executado a pagar o débito das três últimas parcelas em 3 dias, sob pena de prisão (art. 528 do CPC), mediante depósito na conta indicada«c}"
            if cls.startswith("EXECUÇÃO") else "Fixo alimentos provisórios em «p», a serem depositados na conta indicada«c}").replace("«c}", "«c»")
    doc.f("«d» - Decisão (ID «i»): \"Defiro a gratuidade. " + what + ". Cite-se. Intimem-se, inclusive a Defensoria Pública (prazo em dobro, art. 186 do CPC).\" — «j», «z» de Direito\n",
          d=ts(step(3, 30), "br"), i=clean(g, lambda: g.d(9)), p=g.pick(["30% dos rendimentos líquidos do requerido", "25% dos rendimentos líquidos do requerido",
                                                                         "20% do salário mínimo"]), j=P(judge.full), z="Juíza" if judge.female else "Juiz",
          c=[V(" (" + bank(g) + ", agência "), (g.agency(), "BANK_ACCOUNT"), V(", conta "), (g.account(), "BANK_ACCOUNT"), V(")")] if g.chance(0.6) else "")
    doc.f("«d» - Conclusos para decisão\n«e» - Petição inicial (ID «i») — «x»\n", d=ts(step(1, 15), "br"), e=ts(step(1, 4), "br"), i=clean(g, lambda: g.d(9)), x=inst)
    moves, doc = doc, head
    doc.f("Processo: «c»\nClasse: «k»\nÓrgão julgador: «v» de «ci»\nDistribuição: «d»\nValor da causa: «m»\nSegredo de justiça: SIM\n\n",
          c=cnj_of(g, uf), k=cls, v=g.pick(["1ª Vara de Família", "2ª Vara de Família e Sucessões", "Vara da Infância, Juventude e Família"]), ci=city, d=dbr(t),
          m=money(g, 3000, 15000))
    def endr() -> list:
        if not g.chance(0.55):
            return []
        return [V("\n    Endereço: "), (g.address(), "ADDRESS"), V(f", {g.pick(BAIRROS)}, {city} - {uf} - CEP: "), (g.cep(), "BR_CEP")]
    doc.f("Polo ativo\n  «k» - CPF: «kc» (menor) — representad«o» por «m» - CPF: «mc»«ea»\n  Procurador: «i»\nPolo passivo\n  «p» - CPF: «pc»«ep»\n  Advogad«x»: «a» - «b»\n\n",
          ea=endr(), ep=endr(),
          k=P(k.caps), kc=(g.cpf("dot"), "BR_CPF") if g.chance(0.6) else V("não informado"), o=k.o, m=P(mom.caps), mc=(g.cpf("dot"), "BR_CPF"), i=inst.upper(), p=P(dad.caps),
          pc=(g.cpf("dot"), "BR_CPF"), x="a" if adv.female else "o", a=P(adv.caps), b=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.t("Movimentações\n")
    append_doc(doc, moves)
    return doc


def ju_reconhecimento(g: Gen) -> Doc:
    """A term of voluntary acknowledgement of paternity taken at the office (Provimento CNJ 16/2012), after a DNA exam in some copies:
    the father qualified (birth date), the child (birth date, the registry office, book, sheet and entry unlabelled) and the new name with
    the father's surname, the mother's consent, the paternal grandparents, witnesses with CPF, the defender."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad, dfn = g.person(True), g.person(False), defender(g)
    k0 = kid(g, mom)
    old = Person(k0.given, [mom.last], k0.female)
    new = Person(k0.given, ([mom.last] if mom.last != dad.last else []) + [dad.last], k0.female)
    dna = g.chance(0.5)
    doc.t(f"{inst.upper()}\n{g.pick(OFFICES)} — {NUCLEOS['familia'][0]}\n\nTERMO DE RECONHECIMENTO ESPONTÂNEO DE PATERNIDADE\n{paj(g)}\n\n")
    d = g.day()
    doc.f("Aos «d» dias do mês de «m» de «y», nesta unidade, perante «o» «r» «n», compareceu ", d=words999(d.day), m=MONTHS[d.month - 1], y=d.year,
          o="a" if dfn.female else "o", r=dpo(dfn), n=P(dfn.full))
    qualify(g, doc, dad, dob=(1970, 2003), phone=g.chance(0.8), titulo=g.chance(0.3), where=(city, uf))
    doc.f(", que declarou, sob as penas da lei, ser o pai biológico de «k», nascid«o» em «dn», em «ci»/«u», registrad«o» no Cartório de Registro Civil das Pessoas "
          "Naturais do «s»º Subdistrito de «ci» (livro A-«l», fls. «f», termo «t»), filh«o» «m».\n\n", k=P(old.full), o=old.o,
          dn=(kid_dob(g, g.pick(["br", "long"]), 2008, 2025), "DATE_OF_BIRTH"), ci=city, u=uf, s=g.ri(1, 9), l=g.ri(10, 400), f=g.ri(1, 300),
          t=clean(g, lambda: g.d(6)), m=[V("de "), P(mom.full)] if g.chance(0.5) else "da genitora abaixo qualificada")
    if dna:
        doc.f("O reconhecimento se dá após exame de DNA realizado pelo «l» em «d» (laudo nº «n»), com probabilidade de paternidade de 99,99%.\n\n",
              l=g.pick(LABS)[0], d=g.date(), n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"))
    doc.t("Compareceu também a genitora, ")
    qualify(g, doc, mom, rg=g.chance(0.5), addr=g.chance(0.4), phone=g.chance(0.5), where=(city, uf))
    doc.t(", que ANUIU expressamente ao reconhecimento.\n\n")
    doc.f("Em razão do reconhecimento, a criança passará a chamar-se «n», acrescido o sobrenome paterno«a».\n\n",
          n=P(new.full.upper() if g.chance(0.4) else new.full),
          a=[V(". Avós paternos: "), P(g.person(False).full), V(" e "), P(g.person(True).full)] if g.chance(0.25) else "")
    doc.t("O presente termo será encaminhado ao registro civil competente para averbação, independentemente de custas (art. 6º do Provimento CNJ 16/2012; "
          "gratuidade do art. 98 do CPC).\n\nTestemunhas:\n")
    for _ in range(2):
        w = g.person()
        if g.chance(0.5):
            doc.f("«n», CPF «c»\n", n=P(g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f("______________ CPF «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.t("\nAssinaturas:\n____________________ declarante\n____________________ genitora\n____________________ " + dpo(dfn) + "\n")
    return doc


# ------------------------------------------------------------------ saude

def council2(g: Gen, kind: str, uf: str) -> str:
    """Councils the shared helper lacks: CRF (pharmacists), CRBM (biomedical scientists), CRBio (biologists)."""
    n = g.ri(1000, 59999)
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {n}", f"CRF/{uf} nº {n}", f"CRF-{uf} {n:,}".replace(",", ".")])
    if kind == "CRBM":
        return g.pick([f"CRBM-{g.ri(1, 6)} {n}", f"CRBM {g.ri(1, 6)}ª Região nº {n}", f"CRBM/{uf} {n}"])
    return g.pick([f"CRBio-{g.ri(1, 8):02d} {n}/{g.ri(1, 8):02d}-D", f"CRBio {g.ri(1, 8)}ª Região nº {n}-D", f"CRBio-{g.ri(1, 8):02d} {n}"])


def sa_medicamento(g: Gen) -> Doc:
    """An e-mail thread between the health unit of the office and the city's pharmaceutical service, newest on top: the defender's answer,
    the pharmacist's refusal quoted (CRF, corporate e-mail), the defender's requisition quoted twice (the patient's birth date, CNS, CPF,
    address, CEP, phone, the prescribing doctor with CRM, ICD-10 codes unlabelled; a parent for a child)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    dfn, ph, pat, doc_ = defender(g), g.person(), g.person(), g.person()
    child = g.chance(0.35)
    resp = g.person(True) if child else None
    if child:
        pat = kid(g, resp)
    dc = g.pick([d for d in DRUG_CID if (d[3][1] >= 2005) == child] or DRUG_CID)
    drug, cid = dc[0], (dc[1], dc[2])
    sdom = g.pick(["saude.prefeitura.gov.br", f"sms.{fold(city).lower().replace(' ', '')}.{uf.lower()}.gov.br"])
    pm = corp_mail(ph, sdom, g)
    t2 = g.moment()
    t1 = t2 - datetime.timedelta(hours=g.ri(5, 200))
    t0 = t1 - datetime.timedelta(days=g.ri(3, 15))
    doc.f("From: «n» <«e»>\nTo: «r»\nCc: «c», «p»\nDate: " + mail_date(t2) + "\nSubject: RE: RE: Requisição — «d» — «x» — «j»\nX-Originating-IP: [«ip»]\n\n",
          n=P(dfn.full), e=(corp_mail(dfn, dom, g), "EMAIL_ADDRESS"), r=role_mail(g, sdom, "judicializacao"), c=role_mail(g, "tj" + uf.lower() + ".jus.br", "natjus"),
          p=(pm, "EMAIL_ADDRESS"), d=drug.split(" (")[0], x=P(pat.capsf) if g.chance(0.5) else "assistid" + pat.o, j=paj(g), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("Prezad«o» «f»,\n\na resposta não indica alternativa terapêutica disponível na REMUME para o CID «c». Peço informar em 48 horas se há previsão de "
          "compra; do contrário, ajuizaremos ação com pedido de tutela de urgência.\n\n«n»\n«r» — «u»\ntel. «t»\n\n", o="a" if ph.female else "o",
          f=P(g.pick([ph.first, ph.full])) if g.chance(0.5) else "colega", c=cid[0], n=P(g.pick([dfn.full, dfn.short])), r=dpo(dfn), u=NUCLEOS["saude"][1],
          t=(f"({UF_DDD[uf]}) {g.ri(2, 3)}{g.d(3)}-{g.d(4)}" if g.chance(0.7) else g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("> Em «d», «n»<«e»> escreveu:\n> «r», informo que «m» não integra a REMUME nem o Componente Especializado para o CID «c». Sugerimos "
          "avaliação do NAT-Jus.\n> «s»Farmacêutic«o» — «k»\n> Assistência Farmacêutica — Secretaria Municipal de Saúde\n>\n",
          d=dbr(t1) + " " + ts(t1, "hm"), n=[P(ph.full), V(" ")] if g.chance(0.5) else "", e=(pm, "EMAIL_ADDRESS"), r=dr(dfn), m=drug, c=cid[0], s=[P(g.pick([ph.full, ph.short])), V(" — ")] if g.chance(0.35) else "", o=ph.o,
          k=(council2(g, "CRF", uf), "PROFESSIONAL_ID"))
    doc.f(">> Em «d», «n» escreveu:\n>> Requisito, nos termos do art. 128, X, da LC 80/1994, informações sobre o fornecimento de «m» a «p», nascid«o» em «b», CNS «s», "
          "CPF «c», residente na «a», «bb», CEP «z», tel. «t», conforme relatório d«o2» «dr» «x» («k»), CID-10 «i» («ds»).\n", d=dbr(t0),
          n=P(dfn.full) if g.chance(0.5) else (corp_mail(dfn, dom), "EMAIL_ADDRESS"), m=drug,
          p=P(pat.full), o=pat.o, b=(g.dob("br", max(dc[3][0], 2008), max(dc[3][1], 2010)) if child else g.dob("br", dc[3][0], min(dc[3][1], 2004)), "DATE_OF_BIRTH"), s=(g.cns(), "BR_CNS"),
          c=(g.cpf(), "BR_CPF"), a=(g.address(), "ADDRESS"), bb=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          o2="a" if doc_.female else "o", dr=dr(doc_), x=P(doc_.full), k=(g.council("CRM", uf), "PROFESSIONAL_ID"), i=cid[0], ds=cid[1])
    if child:
        doc.f(">> Responsável: «n», mãe, CPF «c».\n", n=P(resp.full), c=(g.cpf(), "BR_CPF"))
    return doc


def sa_dna_agenda(g: Gen) -> Doc:
    """The partner lab's DNA collection schedule for the office (CSV with ';' or ',', TSV, psql or fixed width with names cut): time,
    case, mother, her document, child, the child's birth date, alleged father, his document (RG, CPF or CNH), status; notes: a father in
    prison collected at the unit, a dead mother replaced by the maternal grandmother, a rescheduling call; the lab's technical manager
    with CRBM or CRBio."""
    doc = Doc()
    city, uf = g.city()
    lab = g.pick(LABS)
    rt = g.person()
    d = g.day()
    doc.f("«l» — AGENDA DE COLETAS — CONVÊNIO DEFENSORIA PÚBLICA — «d»\nResponsável técnic«o»: «n»«k»\n\n", l=lab[0].upper(), d=dbr(d), o="a" if rt.female else "o",
          n=[P(rt.full), V(" — ")] if g.chance(0.5) else "", k=(council2(g, g.pick(["CRBM", "CRBio"]), uf), "PROFESSIONAL_ID"))
    fmt = g.pick(["csv", "csv", "tsv", "psql", "fixed"])
    rows = []
    h = 7
    for i in range(g.ri(2, 3)):
        mo, fa = g.person(True), g.person(False)
        kk = kid(g, mo)
        h += g.pick([0, 1])
        def doc_of(p: Person) -> tuple:
            return g.pick([(g.rg(), "BR_RG"), (g.cpf(), "BR_CPF"), (g.cpf(), "BR_CPF"), (g.cnh(), "BR_CNH")])
        mn, kn, fn = g.pick([mo.capsf, mo.full]), g.pick([kk.capsf, kk.full]), g.pick([fa.capsf, fa.full])
        if fmt == "fixed":
            mn, kn, fn = cut(mn, 22), cut(kn, 22), cut(fn, 22)
        rows.append([V(f"{h:02d}:{g.pick(['00', '20', '40'])}"), V(g.pick([paj(g), cnj_of(g, uf)])), P(mn), doc_of(mo), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"), P(kn),
                     (kid_dob(g, "br", 2012, 2025), "DATE_OF_BIRTH"), P(fn), doc_of(fa), V(g.pick(["agendado", "compareceu", "faltou (pai)", "remarcar", "coletado"]))])
    cols = ["hora", "processo/PAJ", "mãe", "doc. mãe", "tel. mãe", "criança", "DN criança", "suposto pai", "doc. s. pai", "situação"]
    if fmt in ("csv", "tsv"):
        table_csv(doc, cols, rows, "\t" if fmt == "tsv" else g.pick([";", ","]))
    elif fmt == "psql":
        table_ruled(doc, cols, rows, "psql")
    else:
        widths = [6, 26, 23, 15, 16, 23, 11, 23, 15, 14]
        doc.t("".join(c.upper()[:w - 1].ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        for r in rows:
            for k, ((v, lab_), w) in enumerate(zip(r, widths)):
                if k == len(r) - 1:
                    doc.e(v, lab_)
                else:
                    doc.cell(v if lab_ is not None else cut(v, w - 1), w, lab_)
            doc.t("\n")
    doc.t("\nObservações:\n")
    notes = g.sample(["preso", "avo", "remarca", "neg"], g.ri(1, 2))
    for n in notes:
        if n == "preso":
            doc.f("- suposto pai «n» recolhido na «p»: coleta na unidade em «d», escolta solicitada.\n", n=P(g.person(False).full), p=g.pick(PRISONS).replace("{c}", city),
                  d=dbr(g.day()))
        elif n == "avo":
            a = g.person(True)
            doc.f("- mãe falecida: coleta da avó materna «n», RG «r», nascida em «d».\n", n=P(a.full), r=(g.rg(), "BR_RG"), d=(g.dob("br", 1940, 1970), "DATE_OF_BIRTH"))
        elif n == "remarca":
            a = g.person()
            doc.f("- «n» ligou do «t» pedindo remarcação (trabalho).\n", n=P(g.pick([a.first, a.full])), t=(g.phone(), "PHONE_NUMBER"))
        else:
            doc.t("- " + word_neg(g) + "\n")
    return doc


LOCI = ["D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539", "D2S1338", "D19S433", "vWA", "TPOX", "D18S51",
        "D5S818", "FGA", "Penta E", "Penta D", "D1S1656", "D12S391", "SE33"]


def sa_dna_laudo(g: Gen) -> Doc:
    """A DNA paternity report: the participants (birth dates, RG or CPF, collection dates), the collector, an STR table (alleles and
    paternity indices: numbers, not identifiers), the combined index and probability, the conclusion naming father and child, the
    biologist (CRBio) and physician (CRM) who sign; the report number and verification code unlabelled."""
    doc = Doc()
    city, uf = g.city()
    lab = g.pick(LABS)
    mo, fa = g.person(True), g.person(False)
    kk = kid2(g, mo, fa)
    bio, med, col = g.person(), g.person(), g.person()
    incl = g.chance(0.75)
    doc.t(f"{lab[0].upper()}\nLAUDO DE EXAME DE VÍNCULO GENÉTICO (PATERNIDADE) Nº {clean(g, lambda: g.d(5))}/{g.ri(2025, 2026)}\n")
    doc.t(f"Solicitante: Defensoria Pública — {paj(g)} | Processo {cnj_of(g, uf)}\n\nPARTICIPANTES\n")
    cd = g.date()
    for role, p, lo, hi in [("Suposto pai", fa, 1965, 2004), ("Mãe", mo, 1970, 2006), ("Filh" + kk.o, kk, 2010, 2025)]:
        docv = [V("RG "), (g.rg(), "BR_RG"), V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else [V("CPF "), (g.cpf(), "BR_CPF")]
        if role.startswith("Filh") and g.chance(0.5):
            docv = [V("certidão de nascimento")]
        doc.f("  «r»: «n» — DN «d» — «k» — coleta «c» — amostra «a»\n", r=role.ljust(11), n=P(g.pick([p.capsf, p.full])),
              d=(g.dob("br", lo, hi), "DATE_OF_BIRTH"), k=docv, c=cd, a=g.up(2) + clean(g, lambda: g.d(5)))
    doc.f("Identificação por foto e impressão digital; coleta de swab bucal por «n».\n\nRESULTADOS (STR)\n",
          n=[P(col.full), V(" (técnic" + col.o + " de coleta)")] if g.chance(0.4) else "técnico de coleta " + matricula(g))
    rows = []
    cpi = 1.0
    for loc in g.sample(LOCI, g.ri(10, 15)):
        a, b, c = g.ri(8, 30), g.ri(8, 30), g.ri(8, 30)
        ip_ = round(g.rng.uniform(0.4, 6.5), 2)
        cpi *= ip_ if incl else 1
        rows.append([V(loc), V(f"{a}/{b}"), V(f"{b}/{c}"), V(f"{c}/{g.ri(8, 30)}"), V(num(ip_, 2) if incl else "0 (exclusão)" if g.chance(0.2) else num(ip_, 2))])
    table_ruled(doc, ["Locus", "Mãe", "Filho(a)", "Suposto pai", "IP"], rows, g.pick(["plus", "plain", "pipe"]))
    if incl:
        doc.f("\nÍndice de paternidade combinado (IPC): «i»\nProbabilidade de paternidade: 99,99«d»%\n\nCONCLUSÃO: «p» NÃO PODE SER EXCLUÍDO como pai biológico de «k».\n",
              i=num(max(cpi, 1.2e5), 2), d=g.pick(["9", "99", "999"]), p=P(fa.capsf), k=P(g.pick([kk.capsf, kk.full])) if g.chance(0.6) else f"filh{kk.o} acima identificad{kk.o}")
    else:
        doc.f("\nExclusões em «n» loci.\n\nCONCLUSÃO: «p» está EXCLUÍDO como pai biológico de «k».\n", n=g.ri(4, 9), p=P(fa.capsf), k=P(kk.capsf))
    doc.f("\n«c», «d».\n«b» — Biólog«o» responsável — «k»\n«m» — Diretor«a» técnic«o2» — «r»\nCódigo de verificação: «v»\n", c=city, d=g.docdate(),
          b=P(bio.full), o=bio.o, k=(council2(g, "CRBio", uf), "PROFESSIONAL_ID"), m=P(med.full) if g.chance(0.5) else "Responsável", a="a" if med.female else "", o2=med.o,
          r=(g.council("CRM", uf), "PROFESSIONAL_ID"), v=g.hexs(12, True))
    return doc


def sa_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a prisoner's mother or partner calling the prison unit of the office about his health:
    his name, a spoken birth date, the CPF read out (or only the prison registration, unlabelled), her name, CPF sometimes and phone, a nurse
    named sometimes; then the typed record (her address and CEP) with the ICD-10 code (unlabelled) and the steps."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    att, fam, nurse, dfn = g.person(), g.person(True), g.person(True), defender(g)
    pr = g.relative(fam, False) if g.chance(0.6) else g.person(False)
    rel = "mae" if pr.last == fam.last else g.pick(["esposa", "companheira"])
    prison = g.pick(PRISONS).replace("{c}", city)
    cid = g.pick(CIDS_PENAL)
    dd, mm, yy = g.dob_parts(1972, 2004)
    cpf = g.cpf_digits() if g.chance(0.65) else None
    ph = g.msisdn()
    day = g.day()
    doc.t(f"[transcricao] nucleo de execucao penal — ramal {g.ri(2000, 2999)} — {dbr(day)}\n")
    doc.f("atendente: defensoria execucao penal«a» bom dia\n", a=[V(" "), P(lower(att.first))] if g.chance(0.5) else "")
    doc.f("familiar: bom dia e sobre o meu «r» que ta preso na «p» ele ta com «c» e nao deram remedio\n", r="filho" if rel == "mae" else "marido", p=lower(prison), c=lower(cid[1]))
    doc.f("atendente: o nome completo dele\nfamiliar: «n»\n", n=P(pr.low))
    doc.f("atendente: data de nascimento dele\nfamiliar: «d»\n", d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    if cpf:
        doc.f("atendente: a senhora sabe o cpf dele\nfamiliar: sei «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    else:
        doc.f("atendente: a senhora sabe o cpf ou a matricula\nfamiliar: so a matricula «m»\n", m=spoken_digits(clean(g, lambda: g.d(7)), g))
    doc.f("atendente: e o nome da senhora\nfamiliar: «n» sou a «r» dele\n", n=P(g.pick([fam.low, lower(fam.short)])), r=rel)
    if g.chance(0.5):
        doc.f("atendente: e o cpf da senhora\nfamiliar: «c»\n", c=(stt_cpf(g.cpf_digits(), g), "BR_CPF"))
    doc.f("atendente: um telefone\nfamiliar: «t»\n", t=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("atendente: ele ja foi atendido na enfermaria\nfamiliar: ele falou que a enfermeira«e» so deu dipirona e que o medico vem uma vez por mes\n", e=[V(" "), P(lower(nurse.first))] if g.chance(0.5) else "")
    doc.t("atendente: vou registrar e a defensora vai mandar oficio urgente pra unidade e se for o caso pedir a domiciliar\nfamiliar: obrigada moca deus te abencoe\n\n")
    doc.f("REGISTRO NEP — «d»\nPreso: «n» | DN «b» | CPF «c» | matrícula «m» | «p»\nFamiliar: «f» («r») | tel. «t» | end. «a», CEP «z»\n", d=dbr(day), n=P(pr.capsf),
          a=(g.address(), "ADDRESS"), z=(g.cep(), "BR_CEP"),
          b=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), c=(fmt_cpf(cpf), "BR_CPF") if cpf else V("não informado"), m=pris_no(g), p=prison, f=P(fam.full), r={"mae": "mãe"}.get(rel, rel),
          t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"))
    doc.f("Relato: «c» (CID «i») sem tratamento regular«e». Providência: ofício à direção e à eAPP (48h); ciência a «x».\n",
          c=cid[1], i=cid[0], e="", x=P(g.pick([dfn.short, dfn.full])) if g.chance(0.5) else "defensor(a) do NEP")
    return doc


def sa_relatorio(g: Gen) -> Doc:
    """The prison health team's report to the office (an OCR'd scan sometimes: labels and names damaged, identifiers clean): the prisoner
    (mother, birth date, CNS; registration and cell unlabelled), ICD-10 codes, history with dates, the family contact (phone, address),
    the physician (CRM), nurse (COREN) and social worker (CRESS)."""
    doc = Doc()
    city, uf = g.city()
    mom = g.person(True)
    pr = g.relative(mom, g.chance(0.1))
    prison = g.pick(PRISONS).replace("{c}", city)
    md, nu, sw, fam = g.person(), g.person(), g.person(), g.person(True)
    scan = g.chance(0.4)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    cids = g.sample(CIDS_PENAL, g.ri(1, 3))
    doc.t(o("SECRETARIA DE ESTADO DE ADMINISTRAÇÃO PENITENCIÁRIA") + "\n" + o(prison.upper() + " — EQUIPE DE ATENÇÃO PRIMÁRIA PRISIONAL") + "\n")
    doc.t(o(f"RELATÓRIO DE SAÚDE — resposta ao Ofício nº {g.ri(10, 900)}/{g.ri(2025, 2026)} da Defensoria Pública") + "\n\n")
    fields = [(o("Nome"), P(on(g.pick([pr.capsf, pr.full])))), (o("Mãe"), P(on(mom.capsf))), (o("Data de nascimento"), (g.dob("br", 1960, 2004), "DATE_OF_BIRTH")),
              (o("CNS"), (g.cns(), "BR_CNS")), (o("CPF"), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("não consta")), (o("Matrícula"), V(pris_no(g))), (o("Pavilhão/cela"), V(f"{g.pick('ABCDE')}-{g.ri(1, 40)}"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    doc.t("\n" + o("Diagnósticos") + ": " + "; ".join(f"{c[0]} ({c[1]})" for c in cids) + "\n\n")
    doc.t(o("Histórico") + ": " + o(f"custodiado admitido em {g.date(year=g.ri(2019, 2024))}; atendido na enfermaria em {g.date(year=2025)} por piora do quadro, "
                                    f"com perda de {g.ri(5, 14)} kg. Exames: {cids[0][2]}.") + "\n")
    doc.t(o("Conduta") + ": " + o(cids[0][3]) + ".\n")
    doc.t(o("Conclusão") + ": " + o(g.pick(["o tratamento pode ser mantido na unidade, com escolta regular.", "recomenda-se tratamento em ambiente domiciliar, "
                                            "dada a impossibilidade de cuidados contínuos na unidade."])) + "\n\n")
    doc.f(o("Familiar de referência") + ": «n» («r»), tel. «t», «a», «b», CEP «z».\n\n", z=(g.cep(), "BR_CEP"), n=P(on(fam.full)), r=g.pick(["mãe", "irmã", "companheira"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS))
    for p, role, kind in [(md, "Médic" + md.o, "CRM"), (nu, "Enfermeir" + nu.o, "COREN"), (sw, "Assistente social", "CRESS")]:
        if kind == "CRESS" and g.chance(0.3):
            continue
        doc.f("«n» — «r» — «k»\n", n=P(on(p.full)), r=o(role), k=(g.council(kind, uf), "PROFESSIONAL_ID"))
    return doc


def sa_curatela(g: Gen) -> Doc:
    """A psychosocial study for a guardianship (curatela) case by the office's multidisciplinary team: the person under guardianship
    (birth date, CPF, CNS; BPC benefit number unlabelled), the applicant (CPF, RG, phone, address, CEP), a household table (names,
    birth dates, incomes), the CAPS psychiatrist (CRM), the psychologist (CRP) and social worker (CRESS)."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    cur = g.person()
    req = g.relative(cur, True) if g.chance(0.6) else g.person(True)
    psy, sw, psq = g.person(), g.person(), g.person()
    cid = g.pick([c for c in CIDS if c[0][0] in "FGQ"])
    doc.t(f"{inst}\nCentro de Atendimento Multidisciplinar — ESTUDO PSICOSSOCIAL\nAção de curatela — {paj(g)}\n\n1. IDENTIFICAÇÃO\n")
    doc.f("Curatelad«o»: «n», nascid«o» em «d», CPF «c», CNS «s», BPC NB «b».\n", o=cur.o, n=P(cur.full), d=(g.dob("br", 1940, 2004), "DATE_OF_BIRTH"),
          c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"), b=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"))
    doc.f("Requerente: «n» («r»), CPF «c», RG «g», tel. «t»«m», residente na «a», «b», CEP «z».\n\n", m=[V(", e-mail "), (g.email(req), "EMAIL_ADDRESS")] if g.chance(0.5) else "",
          n=P(req.full), r=g.pick(["filha", "irmã", "sobrinha", "cunhada"]),
          c=(g.cpf(), "BR_CPF"), g=(g.rg(), "BR_RG"), t=(g.phone(), "PHONE_NUMBER"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"))
    doc.t("2. COMPOSIÇÃO FAMILIAR\n")
    rows = [[P(cur.short), V("curatelada" if cur.female else "curatelando"), V("—"), V(g.pick(["BPC", "aposentadoria"])), V(brl(1518))],
            [V("(requerente)"), V("requerente"), (g.dob("br", 1960, 2000), "DATE_OF_BIRTH"), V(g.pick(JOBS[True])), V(brl(g.ri(0, 2400)))]]
    for _ in range(g.ri(1, 2)):
        m = g.relative(req)
        rows.append([P(m.short), V(g.pick(["neto(a)", "filho(a) da requerente", "sobrinho(a)"])), (kid_dob(g, "br", 2005, 2022), "DATE_OF_BIRTH"),
                     V(g.pick(["estudante", "—", "desempregado(a)"])), V(brl(0))])
    table_ruled(doc, ["nome", "vínculo", "DN", "ocupação", "renda (R$)"], rows, g.pick(["plus", "md", "plain", "psql"]))
    doc.f("\n3. HISTÓRICO\nDiagnóstico de «c» (CID «i») há «y» anos, em acompanhamento no CAPS «k» com «dr» «p» («m»). Não realiza atos da vida civil sozinh«o»; "
          "a requerente administra o benefício e acompanha as consultas.\n\n", c=cid[1], i=cid[0], y=g.ri(3, 30), k=g.pick(["Vila Rosa", "Aurora", "II Centro", "AD Bento Amado"]),
          dr=dr(psq), p=P(psq.full), m=(g.council("CRM", uf), "PROFESSIONAL_ID"), o=cur.o)
    doc.t("4. PARECER\nA equipe é favorável à nomeação da requerente como curadora, limitada a atos patrimoniais e negociais (art. 85 da Lei 13.146/2015).\n\n")
    doc.f("«a» — Psicólog«o» — «b»\n«c» — Assistente Social — «d»\n", a=P(psy.full), o=psy.o, b=(g.council("CRP", uf), "PROFESSIONAL_ID"), c=P(sw.full),
          d=(g.council("CRESS", uf), "PROFESSIONAL_ID"))
    return doc


def sa_demandas(g: Gen) -> Doc:
    """The health unit's spreadsheet of pending demands (Markdown, psql, ruled, CSV or TSV): case, patient, CNS or CPF, birth date, demand,
    ICD-10 (unlabelled), prescriber, CRM, status, defender in charge by short name."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    dfns = [defender(g) for _ in range(2)]
    doc.t(f"{NUCLEOS['saude'][1]} — demandas pendentes — atualizado em {dbr(g.day())}\n\n")
    rows = []
    for _ in range(g.ri(6, 8)):
        p, m = g.person(), g.person()
        dem = g.pick(DRUG_CID + PROCEDURES)
        rows.append([V(paj(g)), P(g.pick([p.full, p.caps, p.short])), (g.cns(False), "BR_CNS") if g.chance(0.6) else (g.cpf(), "BR_CPF"),
                     (g.dob("br", *dem[3]), "DATE_OF_BIRTH"), V(dem[0]), V(dem[1]), (g.council("CRM", uf), "PROFESSIONAL_ID"), (g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
                     V(g.pick(["ofício enviado", "aguarda NAT-Jus", "ação ajuizada", "liminar deferida", "bloqueio de verba", "atendido"]))])
    cols = ["PAJ", "assistido", "CNS/CPF", "DN", "demanda", "CID", "CRM prescritor", "telefone", "situação"]
    fmt = g.pick(["md", "psql", "plus", "csv", "tsv"])
    if fmt in ("csv", "tsv"):
        table_csv(doc, cols, rows, "\t" if fmt == "tsv" else ";")
    else:
        table_ruled(doc, cols, rows, fmt)
    if g.chance(0.5):
        doc.f("\nResponsáveis: «a» e «b».\n", a=P(dfns[0].short), b=P(dfns[1].short))
    if g.chance(0.5):
        doc.t(word_neg(g) + "\n")
    return doc


# ------------------------------------------------------------------ financeiro

def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"))


def pay_line(g: Gen, doc: Doc, p: Person, cpf: str | None = None, random_only: bool = False) -> None:
    if g.chance(0.45):
        doc.f("depósito no «b», agência «a», conta «c»", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    elif random_only:
        doc.f("Pix, chave aleatória «v»", v=(g.uuid(), "PIX_KEY"))
    else:
        kind, key = pix_key(g, p, cpf)
        doc.f("Pix (chave «k») «v»", k=kind, v=key)


def fi_hipossuficiencia(g: Gen) -> Doc:
    """The income screening form (avaliação de hipossuficiência) in four layouts, an OCR'd scan in a third of the copies: the applicant
    (CPF, RG, birth date, address, CEP, phone, e-mail, NIS sometimes), the household table with birth dates and incomes, assets (a car's
    plate), expenses, the outcome and the analyst's name; the deliberation and the income limits are numbers, not identifiers."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    ap = g.person(g.chance(0.7))
    an = g.person()
    scan = g.chance(0.33)
    o = (lambda s: ocr(s, g, 0.3)) if scan else (lambda s: s)
    on = (lambda s: ocr(s, g, 0.25, names=True)) if scan else (lambda s: s)
    doc.t(o(inst.upper()) + "\n" + o("AVALIAÇÃO SOCIOECONÔMICA — HIPOSSUFICIÊNCIA") + f" — {paj(g)}\n")
    doc.t(o(f"Deliberação CSDP nº {g.ri(89, 420)}/{g.ri(2008, 2023)} — limite: renda familiar bruta de até 3 salários mínimos") + "\n\n")
    job = g.pick(JOBS[ap.female])
    fields = [(o("Nome"), P(on(g.pick([ap.full, ap.caps]))))]
    if g.chance(0.08):
        fields.append((o("Nome social"), P(on(g.person(not ap.female).given + " " + ap.last))))
    fields += [(o("CPF"), (g.cpf(), "BR_CPF")), (o("RG"), (g.rg(), "BR_RG")), (o("Data de nascimento"), (g.dob(g.pick(["br", "nopad"]), 1950, 2005), "DATE_OF_BIRTH")),
               (o("Estado civil"), V(g.pick(CIVIL[ap.female]))), (o("Profissão"), V(job)), (o("Endereço"), (g.address(g.pick(["text", "caps"])), "ADDRESS")),
               (o("Bairro"), V(g.pick(BAIRROS))), (o("CEP"), (g.cep(), "BR_CEP")), (o("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append((o("E-mail"), (g.email(ap), "EMAIL_ADDRESS")))
    if g.chance(0.5):
        fields.append((o("NIS"), (g.pis(), "BR_PIS")))
    if g.chance(0.25):
        fields.append((o("Título de eleitor"), (g.titulo(), "BR_TITULO_ELEITOR")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    doc.t("\n" + o("COMPOSIÇÃO FAMILIAR") + "\n")
    rich = g.chance(0.2)
    own = g.ri(2900, 4800) if rich else g.ri(0, 2200)
    rows = [[P(on(ap.short)), V("requerente"), V("—"), V(job), V(brl(own))]]
    tot = own
    for _ in range(g.ri(1, 3)):
        m = g.relative(ap) if g.chance(0.7) else g.person()
        kidish = g.chance(0.6)
        inc = 0 if kidish else g.ri(0, 1900)
        tot += inc
        rel_ = (g.pick(["filha", "neta", "enteada"]) if m.female else g.pick(["filho", "neto", "enteado"])) if kidish else \
            (g.pick(["companheira", "mãe", "irmã"]) if m.female else g.pick(["companheiro", "pai", "irmão"]))
        rows.append([P(on(g.pick([m.short, m.full]))), V(rel_),
                     (kid_dob(g, "br", 2008, 2024) if kidish else g.dob("br", 1948, 2004), "DATE_OF_BIRTH"), V("estudante" if kidish else g.pick(JOBS[m.female])), V(brl(inc))])
    table_ruled(doc, ["nome", "parentesco", "DN", "ocupação", "renda (R$)"], rows, g.pick(["plus", "plain", "pipe", "md"]))
    doc.t(o(f"\nRenda total: R$ {brl(tot)} — per capita: R$ {brl(tot / len(rows))}") + "\n")
    doc.t(o("BENS") + ": ")
    if g.chance(0.5):
        doc.f(o("veículo") + " «m» «y», placa «p»; ", m=g.pick(["Fiat Uno", "VW Gol", "Honda CG 160", "Chevrolet Celta", "Fiat Palio"]), y=g.ri(2004, 2016),
              p=(g.plate(), "LICENSE_PLATE"))
    doc.t(o(g.pick(["casa própria em área de ocupação", "não possui imóvel", "mora de aluguel", "mora de favor com parentes"])) + ".\n")
    doc.t(o("DESPESAS") + ": " + o(f"aluguel R$ {brl(g.ri(300, 900))}; remédios R$ {brl(g.ri(40, 400))}; água/luz R$ {brl(g.ri(90, 300))}") + ".\n\n")
    if tot > 3 * 1518:
        res = g.pick(["INDEFERIDO — renda acima do limite; orientad" + ap.o + " a procurar a OAB", "DEFERIDO — vulnerabilidade (violência doméstica), apesar da renda"])
    else:
        res = g.pick(["DEFERIDO", "DEFERIDO", "DEFERIDO (renda dentro do limite)"])
    doc.f(o("RESULTADO") + ": «r»\n" + o("Analista") + ": «n» — «m»\n", r=res, n=P(on(g.pick([an.full, an.short]))), m=matricula(g))
    doc.f(o("Declaro, sob as penas da lei (art. 99, § 3º, do CPC), que as informações acima são verdadeiras.") + "\n«c», «d». Assinatura: «n»\n", c=city,
          d=g.date(), n=P(on(ap.full)))
    return doc


def fi_consignado(g: Gen) -> Doc:
    """A retiree's payroll-loan statement (fixed width; the benefit number and contract numbers unlabelled, the paying account labelled)
    and the consumer unit's extrajudicial notice to the lender: the retiree (the same CPF, birth date, address, CEP, phone), the digital
    contract's IP, the loan credited to a stranger's agency and account (name and CPF), the refund account sometimes, the lender's CNPJ,
    the defender's e-mail."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    ret, fr, dfn = g.person(g.chance(0.6)), g.person(), defender(g)
    rcpf = g.cpf("dot")
    lender = g.pick(LENDERS)
    doc.t("INSS — HISTÓRICO DE EMPRÉSTIMO CONSIGNADO\n")
    doc.f("Beneficiári«o»: «n»   NB: «b»   CPF: «c»\nEspécie: «e»   Banco pagador: «k», ag. «a», conta «x»\n\n", o=ret.o, n=P(ret.capsf),
          b=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"), c=(rcpf, "BR_CPF"), e=g.pick(["41 - APOSENTADORIA POR IDADE", "21 - PENSÃO POR MORTE", "32 - APOSENTADORIA POR INVALIDEZ"]),
          k=fold(bank(g)).upper(), a=(g.agency(False), "BANK_ACCOUNT"), x=(g.account(), "BANK_ACCOUNT"))
    doc.t("CONTRATO        BANCO                           INCLUSÃO    VALOR       PARCELA   QTD  SITUAÇÃO\n")
    bad = g.ri(0, 2)
    n = g.ri(2, 4)
    signed = datetime.datetime(2025, g.ri(1, 11), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), g.ri(0, 59))
    for i in range(n):
        lend = lender if i == bad % n else g.pick(LENDERS)
        inc = signed.date() + datetime.timedelta(days=g.ri(1, 9)) if i == bad % n else datetime.date(g.ri(2019, 2025), g.ri(1, 12), g.ri(1, 28))
        doc.t(clean(g, lambda: g.d(g.pick([10, 12, 9]))).ljust(16) + cut(fold(lend[0]).upper(), 31).ljust(32) + dbr(inc).ljust(12) +
              brl(g.ri(1500, 18000)).rjust(10) + brl(g.ri(60, 600)).rjust(10) + f"{g.pick([84, 72, 96, 60]):>5}  " + ("ATIVO — NÃO RECONHECIDO" if i == bad % n else "ATIVO") + "\n")
    doc.f("RMC: cartão «m» — margem reservada R$ «v»\n\n", m=g.masked_card(), v=brl(g.ri(60, 250)))
    doc.t("—" * 30 + "\n\n")
    doc.t(f"{inst}\n{NUCLEOS['consumidor'][0]} ({NUCLEOS['consumidor'][1]})\n\nNOTIFICAÇÃO EXTRAJUDICIAL — {paj(g)}\n\n")
    doc.f("À «l», CNPJ «c» — «m»\n\n", l=lender[0], c=(g.any_cnpj(), "BR_CNPJ"), m=role_mail(g, lender[1], g.pick(["juridico", "fraude", "contestacao", "sac"])))
    doc.f("A Defensoria Pública, em favor de «n», CPF «c», nascid«o» em «d», residente na «a», «b», «ci»/«u», CEP «z», telefone «t», NOTIFICA Vossa Senhoria de que "
          "o contrato de empréstimo consignado incluído no benefício d«o2» assistid«o3» não foi por el«o4» contratado. ", n=P(ret.full), c=(rcpf, "BR_CPF"), o=ret.o,
          d=(g.dob("br", 1938, 1962), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, z=(g.cep(), "BR_CEP"), t=(g.phone(), "PHONE_NUMBER"),
          o2=ret.o, o3=ret.o, o4="a" if ret.female else "e")
    doc.f("Segundo o dossiê enviado, a \"assinatura digital\" ocorreu em «d» a partir do IP «ip», com geolocalização em «gc», cidade onde «p» nunca esteve, "
          "e o valor foi creditado por TED em conta de terceiro: «k», agência «a», conta «x», titular «f», CPF «fc».\n\n", d=ts(signed, "brs"), ip=(g.ip(), "IP_ADDRESS"),
          gc=g.city()[0], p="a assistida" if ret.female else "o assistido", k=bank(g), a=(g.agency(), "BANK_ACCOUNT"), x=(g.account(), "BANK_ACCOUNT"),
          f=P(g.pick([fr.full, fr.caps])), fc=(g.cpf(), "BR_CPF"))
    doc.t("Requer, no prazo de 10 dias: (i) o cancelamento do contrato e da reserva de margem; (ii) a devolução em dobro dos valores descontados "
          "(art. 42, parágrafo único, do CDC); (iii) cópia do contrato e da trilha de auditoria. O silêncio ensejará ação judicial.\n")
    if g.chance(0.6):
        doc.f("Os valores deverão ser restituídos na conta d«o» assistid«o», «b», agência «a», conta «c».\n", o=ret.o, b=bank(g), a=(g.agency(), "BANK_ACCOUNT"),
              c=(g.account(), "BANK_ACCOUNT"))
    doc.f("\n«c», «d».\n«n» — «r»\n«e»\n", c=city, d=g.docdate(), n=P(dfn.full), r=dpo(dfn), e=(corp_mail(dfn, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_alimentos_calc(g: Gen) -> Doc:
    """A child-support arrears sheet for enforcement (art. 528 CPC): the child (birth date) represented by the mother (CPF, phone), the
    debtor (CPF; employer's CNPJ and address sometimes), the monthly table (CSV or ruled), partial Pix payments from a grandmother's key, a
    RENAJUD plate sometimes, the account for deposits, then a receipt of a cash payment with the amount in words, signed by the mother."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad = g.person(True), g.person(False)
    k = kid2(g, mom, dad)
    gm = g.relative(dad, True)
    dcpf, mcpf = g.cpf(), g.cpf()
    pct = g.pick([20, 25, 30, 33])
    doc.f("PLANILHA DE DÉBITO ALIMENTAR — processo «p»\nExequente: «k» (DN «d»), representad«o» por «m», CPF «mc», tel. «mt»\nExecutado: «x», CPF «xc»«w»«ad»\n",
          ad=[V("\nEndereço do executado: "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")] if g.chance(0.5) else "",
          mt=(g.phone(), "PHONE_NUMBER"), w=[V(", empregador "), V(g.pick(EMPLOYERS)), V(", CNPJ "), (g.any_cnpj(), "BR_CNPJ")] if g.chance(0.5) else "",
          p=cnj_of(g, uf), k=P(k.full), d=(kid_dob(g, "br"), "DATE_OF_BIRTH"), o=k.o, m=P(mom.full), mc=(mcpf, "BR_CPF"), x=P(dad.full), xc=(dcpf, "BR_CPF"))
    doc.t(f"Título: acordo homologado em {g.date(year=g.ri(2019, 2024))} — {pct}% do salário mínimo, vencimento dia {g.pick([5, 10, 15])}\n\n")
    rows = []
    val = round(1518 * pct / 100, 2)
    tot = 0.0
    months = ["09/2025", "10/2025", "11/2025", "12/2025", "01/2026", "02/2026"][g.ri(0, 2):]
    for m in months:
        paid = g.pick([0, 0, 0, round(val / 2, 2), 100.0])
        diff = round(val - paid, 2)
        jur = round(diff * 0.01 * g.ri(1, 5), 2)
        tot += diff + jur
        rows.append([V(m), V(brl(val)), V(brl(paid)), V(f"{g.ri(1, 28):02d}/{m}" if paid else "-"), V(brl(diff)), V(brl(jur)), V(brl(diff + jur))])
    rows.append([V("TOTAL"), V("-"), V("-"), V("-"), V("-"), V("-"), V(brl(tot))])
    cols = ["competência", "devido", "pago", "data pgto", "diferença", "juros 1% a.m.", "total"]
    if g.chance(0.4):
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "plain", "md", "psql"]))
    doc.f("\nObs.: pagamentos parciais feitos por Pix d«o» av«o2» paterna «n», chave «c», não abatidos pelo executado.\n", o="a", o2="ó", n=P(g.pick([gm.full, gm.short])),
          c=g.pick([(g.uuid(), "PIX_KEY"), (g.phone("e164"), "PHONE_NUMBER"), (g.email(gm), "EMAIL_ADDRESS")]))
    if g.chance(0.5):
        doc.f("O executado possui veículo «c», placa «p» (consulta RENAJUD em «d»), passível de penhora.\n", c=g.pick(CARS), p=(g.plate(), "LICENSE_PLATE"), d=g.date())
    doc.t("Conta para depósito: ")
    pay_line(g, doc, mom, mcpf)
    doc.t(".\n\n")
    for _ in range(1):
        v = g.ri(150, 900) + g.pick([0, 0.5])
        doc.t("RECIBO\n" if g.chance(0.5) else "R E C I B O\n")
        doc.f("Recebi de «x», CPF «c», a importância de R$ «v» («w»), referente à pensão alimentícia «k», mês de «m». Dou plena quitação do valor.\n«ci», «d».\n«n» — CPF «mc»\n\n",
              x=P(g.pick([dad.full, dad.caps])), c=(dcpf, "BR_CPF"), v=brl(v), w=extenso(v), k=[V("de "), P(g.pick([k.first, k.full]))] if g.chance(0.4) else "d" + k.o + " filh" + k.o, m=g.pick(MONTHS), ci=city, d=g.date(),
              n=P(mom.full), mc=(mcpf, "BR_CPF"))
    return doc


def fi_despejo_acordo(g: Gen) -> Doc:
    """An out-of-court agreement to pay rent arrears in instalments, signed at the mediation centre: the landlord in person or an estate
    agency (CNPJ) by its agent, the tenant qualified, the home's address and CEP, the instalments by Pix or deposit, witnesses; then the
    receipt of the down payment, amount in words."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    lord, ten, agent = g.person(), g.person(g.chance(0.6)), g.person()
    lcpf, tcpf = g.cpf("dot"), g.cpf("dot")
    via = g.chance(0.45)
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    doc.t(up(f"{inst.upper()}\n{NUCLEOS['mediacao'][0]}\n\nTERMO DE ACORDO EXTRAJUDICIAL — PARCELAMENTO DE ALUGUÉIS\n") + paj(g) + "\n\n")
    doc.t(up("LOCADOR(A): "))
    if via:
        im = g.pick(IMOBS)
        doc.f(up("«i», CNPJ «c», administradora do imóvel por conta de «l», neste ato representada por seu preposto «a»") + ".\n", i=im, c=(g.any_cnpj(), "BR_CNPJ"),
              l=P(lord.capsf if caps else lord.full), a=P(agent.capsf if caps else agent.full))
    else:
        qualify(g, doc, lord, caps=caps, addr=g.chance(0.5), where=(city, uf), cpf=lcpf)
        doc.t(".\n")
    doc.t(up("LOCATÁRIO(A): "))
    qualify(g, doc, ten, caps=caps, addr=False, phone=True, where=(city, uf), cpf=tcpf)
    doc.t(".\n")
    doc.f(up("IMÓVEL: ") + "«a», «b», «ci»/«u», CEP «z».\n\n", a=(g.address("caps" if caps else "text"), "ADDRESS"), b=g.pick(BAIRROS), ci=city, u=uf, z=(g.cep(), "BR_CEP"))
    months = g.ri(2, 5)
    rent = g.ri(500, 1400)
    total = rent * months + g.ri(50, 400)
    ent = round(total * g.pick([0.2, 0.25, 0.3]), 2)
    n = g.ri(4, 10)
    parc = round((total - ent) / n, 2)
    doc.t(up(f"CLÁUSULA 1ª — O débito de {months} aluguéis, com encargos, soma R$ {brl(total)}.\n"))
    doc.t(up(f"CLÁUSULA 2ª — Será pago com entrada de R$ {brl(ent)} nesta data e {n} parcelas de R$ {brl(parc)}, todo dia 10, mediante "))
    pay_line(g, doc, lord)
    doc.t(".\n")
    doc.t(up("CLÁUSULA 3ª — Cumprido o acordo, o locador desistirá da ação de despejo; o atraso de duas parcelas autoriza a retomada da ação.\n"))
    doc.t(up("CLÁUSULA 4ª — O aluguel do mês corrente continua devido no vencimento habitual.\n"))
    witnesses(g, doc, 2, caps)
    doc.t("\n" + "-" * 40 + "\nRECIBO\n")
    doc.f("Recebi de «t», CPF «c», a quantia de R$ «v» («w»), entrada do acordo acima. «ci», «d».\n«l» — CPF «lc»\n", t=P(ten.full), c=(tcpf, "BR_CPF"),
          v=brl(ent), w=extenso(ent), ci=city, d=g.date(), l=P(agent.full if via else lord.full), lc=(g.cpf() if via else lcpf, "BR_CPF"))
    return doc


def fi_superendividamento(g: Gen) -> Doc:
    """A repayment plan under Lei 14.181/2021 drawn up at a conciliation hearing: the consumer (CPF, birth date, phone, e-mail, address,
    CEP), income source (an employer's CNPJ), the existential minimum, creditors with CNPJ (contract numbers unlabelled), their
    representatives with corporate e-mails, the account for debits, the conciliator and the defender."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    c, conc, dfn = g.person(), g.person(), defender(g)
    doc.t(f"{inst} — {NUCLEOS['consumidor'][1]}\nPLANO DE PAGAMENTO — SUPERENDIVIDAMENTO (Lei 14.181/2021)\nAudiência global de conciliação em {dbr(g.day())} — {paj(g)}\n\n")
    doc.f("CONSUMIDOR«a»: «n», CPF «c», nascid«o» em «d», tel. «t», e-mail «e»\nEndereço: «ad», «b», CEP «z»\n", a="A" if c.female else "", n=P(c.full), c=(g.cpf(), "BR_CPF"),
          o=c.o, d=(g.dob("br", 1955, 1998), "DATE_OF_BIRTH"), t=(g.phone(), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"), ad=(g.address(), "ADDRESS"),
          b=g.pick(BAIRROS), z=(g.cep(), "BR_CEP"))
    inc = g.ri(1600, 5200)
    if g.chance(0.6):
        doc.f("Renda líquida: R$ «r» — empregador: «w», CNPJ «k»\n", r=brl(inc), w=g.pick(EMPLOYERS), k=(g.any_cnpj(), "BR_CNPJ"))
    else:
        doc.f("Renda líquida: R$ «r» — aposentadoria INSS\n", r=brl(inc))
    doc.t(f"Mínimo existencial (Decreto 11.150/2022): R$ 600,00 — despesas essenciais declaradas: R$ {brl(g.ri(900, 2400))}\n\nCREDORES\n")
    rows = []
    reps = []
    for lend in g.sample(LENDERS, g.ri(3, 5)):
        saldo = g.ri(1500, 40000)
        rows.append([V(cut(lend[0], 30)), (g.any_cnpj(), "BR_CNPJ"), V(clean(g, lambda: g.d(g.pick([8, 10, 12])))), V(brl(saldo)), V(brl(g.ri(150, 1200))),
                     V(brl(round(saldo / 60, 2))), V(g.pick(["60x", "48x", "72x"]))])
        if g.chance(0.5):
            reps.append((g.person(), lend))
    table_ruled(doc, ["credor", "CNPJ", "contrato", "saldo", "parcela atual", "proposta", "prazo"], rows, g.pick(["plus", "psql", "plain", "md"]))
    if g.chance(0.6):
        doc.t("\nCartões de crédito informados pel" + c.o + " consumidor" + ("a" if c.female else "") + " (faturas anexas): ")
        for i in range(g.ri(1, 2)):
            doc.f("«sep»«n» («l», fatura de R$ «v»)", sep="; " if i else "", n=(g.card(g.chance(0.6)), "CREDIT_CARD"), l=g.pick(LENDERS)[0].split(" ")[0] + g.pick([" Visa", " Mastercard", " Elo"]),
                  v=brl(g.ri(300, 6000)))
        doc.f("; «m» (cancelado).\n", m=g.masked_card())
    if reps:
        doc.t("\nPresentes pelos credores:\n")
        for p, lend in reps:
            doc.f("- «n» («l»), «e»\n", n=P(p.full), l=lend[0], e=(corp_mail(p, lend[1], g), "EMAIL_ADDRESS"))
    doc.f("\nConta para débito das parcelas: «b», agência «a», conta «x».\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), x=(g.account(), "BANK_ACCOUNT"))
    doc.t(f"Proposta aceita por {g.ri(1, len(rows))} de {len(rows)} credores; os demais serão citados para a fase judicial (art. 104-B do CDC).\n\n")
    doc.f("Conciliador«a»: «n»\n«r»: «d»\n", a="a" if conc.female else "", n=P(conc.full), r=dpo(dfn), d=P(dfn.full))
    return doc


def xml_el(doc: Doc, ind: int, tag: str, val, attrs: str = "") -> None:
    doc.t(" " * ind + f"<{tag}{attrs}>")
    if isinstance(val, tuple):
        doc.e(val[0], val[1])
    else:
        doc.t(str(val))
    doc.t(f"</{tag}>\n")


def fi_alvara_xml(g: Gen) -> Doc:
    """A court's electronic transfer order for child support held in a judicial deposit, as XML, after a short cover note: the judge, the
    depositor (CPF), the beneficiary mother (CPF, agency and account or a random Pix key, address, CEP), the child (birth date), the
    defender who asked for it (corporate e-mail); order and deposit ids unlabelled."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    mom, dad, judge, dfn = g.person(True), g.person(False), g.person(), defender(g)
    k = kid2(g, mom, dad)
    doc.f("Segue a ordem de transferência gerada no sistema de depósitos judiciais. O comprovante será enviado à beneficiária no e-mail «e».\n— «n», «r»\n\n",
          e=(g.email(mom), "EMAIL_ADDRESS"), n=P(g.pick([dfn.short, dfn.full])) if g.chance(0.5) else "Núcleo de Família", r=dpo(dfn))
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    doc.t(f'<ordemTransferencia xmlns="http://www.tj{uf.lower()}.jus.br/depositos/v2" versao="2.1">\n')
    xml_el(doc, 2, "numeroOrdem", clean(g, lambda: f"{g.ri(2025, 2026)}{g.d(7)}"))
    xml_el(doc, 2, "processo", cnj_of(g, uf))
    xml_el(doc, 2, "orgaoJulgador", f"{g.ri(1, 6)}ª Vara de Família de {city}")
    xml_el(doc, 2, "magistrado", P(judge.full))
    xml_el(doc, 2, "idDeposito", clean(g, lambda: g.d(13)))
    doc.t("  <depositante>\n")
    xml_el(doc, 4, "nome", P(dad.capsf))
    xml_el(doc, 4, "cpf", (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    doc.t("  </depositante>\n  <beneficiario>\n")
    xml_el(doc, 4, "nome", P(mom.capsf))
    xml_el(doc, 4, "cpf", (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    if g.chance(0.6):
        b = g.pick(BANKS)
        xml_el(doc, 4, "banco", b[0])
        xml_el(doc, 4, "agencia", (g.agency(False), "BANK_ACCOUNT"))
        xml_el(doc, 4, "conta", (g.account(), "BANK_ACCOUNT"))
        xml_el(doc, 4, "tipoConta", g.pick(["CORRENTE", "POUPANCA"]))
    else:
        xml_el(doc, 4, "chavePix", (g.uuid(), "PIX_KEY"), ' tipo="EVP"')
    xml_el(doc, 4, "endereco", (g.address(), "ADDRESS"))
    xml_el(doc, 4, "cep", (g.cep(g.chance(0.5)), "BR_CEP"))
    xml_el(doc, 4, "telefone", (g.phone(g.pick(["raw", "e164"])), "PHONE_NUMBER"))
    doc.t("  </beneficiario>\n  <representado>\n")
    xml_el(doc, 4, "nome", P(k.capsf))
    xml_el(doc, 4, "dataNascimento", (kid_dob(g, "iso"), "DATE_OF_BIRTH"))
    doc.t("  </representado>\n")
    v = g.ri(800, 9000) + g.pick([0, 0.45, 0.9])
    xml_el(doc, 2, "valor", f"{v:.2f}")
    xml_el(doc, 2, "finalidade", f"Pensão alimentícia — depósitos de {g.pick(MONTHS[:6])}/2025 a {g.pick(MONTHS[:3])}/2026")
    doc.t("  <solicitante>\n")
    xml_el(doc, 4, "orgao", inst)
    xml_el(doc, 4, "defensor", P(dfn.full))
    xml_el(doc, 4, "email", (corp_mail(dfn, dom, g), "EMAIL_ADDRESS"))
    doc.t("  </solicitante>\n")
    xml_el(doc, 2, "dataEmissao", ts(g.moment(), "iso"))
    doc.t("</ordemTransferencia>\n")
    return doc


def pix_receipt(g: Gen, doc: Doc, payer: Person, payer_cpf: str, b1: str, payee: Person, when: datetime.datetime, v: float, key: str | None = None) -> None:
    """A Pix receipt as a bank app shares it: payer with the CPF masked (unlabelled), payee by name or as a firm with CNPJ, key or agency/account."""
    b2 = bank(g)
    if g.chance(0.6):
        q = [P(g.pick([payee.capsf, payee.full])), V(f" | CPF ***.{g.d(3)}.{g.d(3)}-**")]
    else:
        q = [V(g.pick(["J R SERVICOS DIGITAIS LTDA", "ASSESSORIA JURIDICA LEAO EIRELI", "PRIME COBRANCAS ME"]) + " | CNPJ "), (g.any_cnpj(), "BR_CNPJ")]
    raw = re.sub(r"\D", "", payer_cpf)
    doc.f("Comprovante de transferência Pix\nValor: R$ «v»\nData: «d»\nDe: «p» | CPF «m» | «b1»\nPara: «q» | «b2»\n", v=brl(v), d=ts(when, "br"),
          p=P(g.pick([payer.caps, payer.full])), m=f"***.{raw[3:6]}.{raw[6:9]}-**", b1=b1, q=q, b2=b2)
    r = g.rng.random()
    if key or r < 0.4:
        doc.f("Chave: «k»\n", k=(key or g.uuid(), "PIX_KEY"))
    elif r < 0.7:
        doc.f("Agência «a» Conta «c»\n", a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("Chave: «k»\n", k=(g.phone("e164"), "PHONE_NUMBER"))
    doc.t(f"ID da transação: E{clean(g, lambda: g.d(8))}{when.strftime('%Y%m%d%H%M')}{g.hexs(11)}\n\n")


def fi_golpe(g: Gen) -> Doc:
    """An attendance report on the 'fake lawyer' scam: a prisoner's mother or partner paid Pix to a stranger who claimed to be the
    prisoner's lawyer; the assisted person (CPF, phone), the prisoner, the scammer's number and the name he used, the screenshot's
    messages (the random key he gave, a full card number typed by the victim sometimes), the pasted Pix receipts (payer and payee names,
    masked CPFs unlabelled, random keys, agency/account, transaction ids unlabelled), the request to her bank under the special refund
    mechanism, the attendant and the defender."""
    doc = Doc()
    city, uf = g.city()
    inst, dom = dpe(uf)
    ass, att, dfn = g.person(True), g.person(), defender(g)
    pr = g.relative(ass, False) if g.chance(0.5) else g.person(False)
    fake, payee = g.person(False), g.person()
    fph = g.phone(g.pick(["par", "plus", "plain"]))
    prison = g.pick(PRISONS).replace("{c}", city)
    acpf = g.cpf("dot")
    b1 = bank(g)
    key = g.uuid()
    v1, v2 = g.ri(800, 3500) + g.pick([0, 0.5]), g.ri(400, 1800) + g.pick([0, 0.9])
    paid = g.ri(1, 2)
    doc.t(f"{inst}\n{NUCLEOS['penal'][0]} — RELATÓRIO DE ATENDIMENTO — {paj(g)}\n\n")
    doc.f("Assistida: «n», CPF «c», tel. «t»\nPreso: «p» — «x»\n\n", n=P(ass.full), c=(acpf, "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"), p=P(pr.full), x=prison)
    doc.f("Relato: a assistida foi procurada por WhatsApp pelo número «f» por pessoa que se apresentou como «k»advogado, dizendo que o alvará de soltura "
          "sairia em 48h mediante pagamento de \"custas do fórum\". Fez «q» por Pix, conforme «c» abaixo. Só depois soube, pela família, "
          "que nenhum advogado atua no caso e que a Defensoria não cobra.\n\n", f=(fph, "PHONE_NUMBER"),
          k=[V("Dr. "), P(g.pick([fake.full, fake.short])), V(", ")] if g.chance(0.6) else "", q="uma transferência" if paid == 1 else "duas transferências",
          c="o comprovante" if paid == 1 else "os comprovantes")
    doc.t("Mensagens (print anexado pela assistida):\n")
    t0 = g.moment(hours=(8, 16))
    st = chat_stamp(g)
    T = iter(seq_times(g, 12, t0, 60, 1500))
    S = [P(g.pick([f"{fake.short}", f"{fake.first}"]))] if g.chance(0.25) else [(fph, "PHONE_NUMBER")]
    cl2(doc, st(next(T)), S, "boa tarde sra, sou o advogado do «p», o juiz já assinou, falta só as custas", p=P(pr.first) if g.chance(0.25) else "seu " + g.pick(["filho", "marido"]))
    me = [P(g.pick([ass.first, lower(ass.first)]))] if g.chance(0.15) else [V(g.pick(["Eu", "eu", "Assistida"]))]
    cl2(doc, st(next(T)), me, "quanto que é doutor")
    cl2(doc, st(next(T)), S, "R$ «v», pode fazer no pix dessa chave que é do escritório: «k»", v=brl(v1), k=(key, "PIX_KEY"))
    w1 = next(T)
    cl2(doc, st(next(T)), me, "<Mídia oculta>")
    cl2(doc, st(next(T)), S, "o sistema do fórum caiu, precisa mandar mais R$ «v» hoje senão perde o prazo", v=brl(v2))
    w2 = next(T)
    if paid == 1 and g.chance(0.6):
        cl2(doc, st(next(T)), me, "não tenho mais no pix, pode ser no cartão?")
        cl2(doc, st(next(T)), S, "pode sim, manda o número e a validade")
        cl2(doc, st(next(T)), me, "«c» validade «v»", c=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(27, 32)}")
    doc.t("\n")
    pix_receipt(g, doc, ass, acpf, b1, payee, w1, v1, key)
    if paid == 2:
        pix_receipt(g, doc, ass, acpf, b1, g.person() if g.chance(0.5) else payee, w2, v2)
    doc.f("Providências: (1) pedido de devolução pelo MED ao «b» (Resolução BCB 103/2021), protocolo «p»; (2) orientada a registrar BO; (3) ofício à unidade prisional "
          "para confirmar que o preso não tem advogado constituído.\nAtendente: «a»«d»\n", b=b1, p=proto(g), a=P(g.pick([att.full, att.short])) if g.chance(0.5) else login(att, g),
          d=[V(" — "), P(dfn.full), V(f" ({dpo(dfn)})")] if g.chance(0.4) else "")
    return doc


AT = [at_whatsapp, at_senhas, at_call, at_agenda_online, at_email, at_sms, at_nep]
JU = [ju_alimentos, ju_despejo, ju_mediacao, ju_oficio, ju_lep, ju_andamentos, ju_reconhecimento]
SA = [sa_medicamento, sa_dna_agenda, sa_dna_laudo, sa_call, sa_relatorio, sa_curatela, sa_demandas]
FI = [fi_hipossuficiencia, fi_consignado, fi_alimentos_calc, fi_despejo_acordo, fi_superendividamento, fi_alvara_xml, fi_golpe]

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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|defensora?|estagi[aá]ri[oa]|vulgo)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio)(?![A-Za-z])", v), (rid, v)
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
    print("hundredthirtyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
