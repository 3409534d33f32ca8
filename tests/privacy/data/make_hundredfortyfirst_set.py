"""Build the hundred-and-forty-first labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14141, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-fortieth set's generator and adapted (the speech-therapy council CRFa by region, an
audiogram table, hearing-aid models and serials, SUS form helpers); the register and every template
are new.

Register: HEARING AIDS AND HEARING HEALTH -- the hearing-aid stores (centros auditivos: independent shops
and franchise chains selling AASI, aparelhos de amplificação sonora individual), their audiologists
(fonoaudiólogas with CRFa) and sales consultants, home visits with a portable booth, trial periods,
repairs and RMAs sent to the importers' labs, remote fitting apps, battery subscriptions and store credit
(carnê, CDC); the ENT doctors who ask for the tests; the public side (SUS hearing-health services and
CER, the OPM/APAC request for free aids, newborn hearing screening -- "teste da orelhinha" -- in the
maternity ward, cochlear-implant teams, referral and counter-referral from the UBS, visits to
long-stay homes for the elderly); the health plans and the ANS; the disputes (small claims over a refused
refund, Procon, a claim against the State for a child's implant, a "PJ" audiologist's labour claim,
the "free INSS hearing aid" scam with a payroll loan in an old person's name); and the money side
(DANFE/NF-e of aids, commissions, credit proposals, card disputes, collections, reimbursements).
Why this register: the brief asked for a concrete sector no earlier set covers. Checked as the brief
asked, only by the generators' docstrings (`grep -il` on make_*_set.py, then the Register lines
extracted): "auditiv", "fonoaudi", "coclear", "orelhinha", "otorrino", "libras" and "perda auditiva" occur
in no docstring; "audiometr" only as occupational audiometry inside the industrial (fifty-fourth), musicians'
(hundred-and-twenty-third) and shooting-club (hundred-and-thirtieth) registers; "aparelho" once, for "a
hearing-aid repair order" among the consumer-electronics repairs of the eighty-third. Alternatives
considered and set aside: ELEVATOR MAINTENANCE FIRMS (trapped-passenger calls, maintenance contracts,
ART, accidents; "elevador" in no docstring) and FIRE SAFETY / EXTINGUISHER RECHARGING AND AVCB
(extinguisher refills, fire brigades, AVCB/CLCB; "extintor" and "brigadist" in no docstring, "AVCB" only
as a circus and funfair side topic). Every store, importer, brand, app, bot, plan, maternity, long-stay
home, clinic and person is invented (stores Centro Auditivo Bem Ouvir Aurora, Leão Branco Aparelhos
Auditivos, Ouvir Prudente, Sonora Vitória, Bento Amado Soluções Auditivas, Quintanilha Audiologia, Escuta Flor
de Lis, Centro Auditivo Sarapião, Estrela Dalva Aparelhos Auditivos, Rede Ouvidos de Ouro; importers and
brands AuriTech, Ouvix, Sonalis, Harmonya; apps OuvirBem, AjusteFácil, AuriConnect; bots Ouvidinho,
AudioBot, Bem Ouvir Bot, Assistente Virtual; plans Amparo Saúde, Vida Plena, Prudente Saúde, SaúdeLeão;
units CER III Bento Amado, Hospital Regional Leão XIII, Maternidade Nova Esperança, Lar São Bento...);
laws, the ANS toll-free line, NCM 9021.40.00 and the shape of SIGTAP codes are real; cities are real,
CEPs random, banks real.

Layouts: a WhatsApp export from the store's phone (Android/iOS stamps; the customer as a bare number, a
saved name "Cliente Fulano", "Fulana aparelho vila rosa" or a first name) or the messaging platform's
transcript with role senders ("Cliente", "Bot Ouvidinho", "Atendente"); the audiologist's day agenda as
+---+, psql, Markdown, pipe, blank-aligned, CSV or fixed-width tables (names cut at the width); a
lower-case speech-to-text call with an old customer who does not hear well (identifiers and the birth
date read out in groups or in words) and the typed home-visit order; a complaint portal's post, the
store's reply and the private data block; a repair/RMA form ("Campo: valor", dotted leaders, CAPS labels
or a ruled box, OCR'd in some copies: rn/m, cl/d, I/l, O/0, c/e... in labels and names, identifiers
printed clean); an app export as JSON, YAML or CSV; an e-mail thread with quoted replies ("> ") and
X-Originating-IP, the customer writing Portuguese as a second language (Libras first); legal prose (a
small-claims petition, an action against the State, a labour claim, a sales contract with an e-signature
log); a NIP form with the plan's answer; a Procon record in capitals or mixed case; an ALL CAPS police
report (OCR'd sometimes); an audiological report with the thresholds table; the newborn-screening book;
the SUS OPM form as numbered "| box | label | value" lines (OCR'd sometimes); a case-meeting minute and an
e-mail; an ENT record in clinical shorthand; a long-stay home visit report; a referral/counter-referral
guide; a DANFE as text or as the NF-e XML; a commission sheet; a credit proposal; a card-dispute chat and
record; a collection WhatsApp or letter with a boleto line; a reimbursement request with a receipt in
words; a battery-subscription billing export. Typing slips in customers' messages and in names typed
by staff (agenda, commission sheet); a typo'd name is still labelled.
- atendimento: (0) a son or daughter books a hearing test for a parent on WhatsApp (bot menu; the
  parent's name and birth date; the attendant by first name; the audiologist with CRFa; the ENT who asked
  for it; address and CEP; the parent's CPF, a mistyped one rejected and corrected sometimes; the caller's
  name and a landline, a caregiver sometimes; the store car's plate and the caller's e-mail sometimes; a
  deposit to a random Pix key or a CNPJ key sometimes); (1) the audiologist's day agenda (CRFa, the
  receptionist; per slot patient, CPF in some copies, birth date, phone, plan, procedure; notes naming a
  son or daughter, with a phone sometimes; blocked slots); (2) a call about a whistling or dead aid (the
  attendant, a son or daughter taking the phone sometimes; name, spoken birth date, CPF, phone, address,
  CEP read out; the typed order with DN, CPF, phone, address, CEP, the visit car's plate sometimes, the
  technician; model and serial unlabelled); (3) a complaint portal post ("Fulano S." with the city), the
  audiologist, the store's WhatsApp, the reply signed with a corporate e-mail, the private block (name,
  CPF, phone, e-mail, address sometimes, CEP, IP v4 or v6) and the final rating; (4) a repair/RMA order
  (the store's CNPJ and phone; customer with CPF, birth date sometimes, phone, e-mail, address, CEP; who
  received it; the importer's lab mailbox; the pick-up by a son or daughter with RG or CNH); (5) the
  remote-fitting app's export (name, CPF or a mistyped one flagged false, birth date, e-mail, mobile,
  CEP, address sometimes; sessions with the audiologist, CRFa, public or private IP; the support agent);
  (6) the e-mail thread about a fitting with a Libras interpreter (the attendant's corporate e-mail, the
  audiologist with CRFa, the interpreter; the deaf customer or a brother/sister writing, mobile numbers
  "for messages only", address, CEP and CPF sometimes).
- juridico: (0) a small-claims petition over a refused refund (the old plaintiff qualified with birth
  date, RG or CNH, CPF, título and e-mail sometimes, address, CEP; the store's and importer's CNPJ; the
  audiologist, the salesman; the daughter or son as witness with phone; signed by a lawyer with OAB or by
  the plaintiff, "a rogo" with a CPF sometimes; a CNJ number sometimes); (1) an action against the State
  and the city for a child's cochlear implant or aids (the child's birth date and CNS; the mother
  qualified; the ENT with CRM, RQE unlabelled; the audiologist with CRFa; the social worker with CRESS
  sometimes; the public defender by name or a lawyer with OAB; a state or federal CNJ number sometimes);
  (2) an ANS NIP over a refused implant or BAHA (the plan's CNPJ; the holder's CPF, e-mail, phone,
  address and CEP sometimes; a dependent child's birth date; the ENT with CRM; the plan's analyst with a
  corporate e-mail or the role mailbox; the lawyer with OAB and e-mail sometimes); (3) a "PJ"
  audiologist's labour claim (qualified with birth date, RG or CNH, CPF, PIS, título sometimes, CRFa; her
  MEI's CNPJ; the store's CNPJ and the partner's CPF; the manager; a witness with CPF and address; the
  lawyer); (4) a Procon conciliation record (the consumer with CPF, RG, birth date sometimes, phone,
  e-mail, address, CEP; the store's CNPJ; the representative with RG; the conciliator; refund to agency
  and account, to a random key or as a card reversal on a masked card); (5) a sales contract with a trial
  period (the store's CNPJ, the technical manager with CRFa; the buyer qualified; a responsible relative
  with CPF and phone sometimes; serials unlabelled; card, boleto or bank debit with agency and account;
  two witnesses with CPF, RG sometimes; the e-signature log); (6) a police report on the "free INSS
  hearing aid" scam (the victim with birth date, RG, CPF, address, CEP, phone; the son or daughter with
  CPF and phone; the name the swindler gave and his nickname; the car's plate; the victim's agency and
  account where the loan fell; a neighbour; the delegate and the clerk).
- saude: (0) an audiological report (patient with birth date, age, CPF and/or CNS, phone sometimes; the
  requesting ENT with CRM; thresholds, IPRF, tympanogram, ICD-10 and degree; the audiologist with CRFa;
  OCR'd sometimes); (1) the newborn-screening book ("RN de" + the mother; the mother's CPF in some copies;
  the baby's birth date and CNS sometimes; risk factors, results, retest dates; the mother's phone; the
  screener with CRFa and the nurse with COREN) and the referral of a failed baby (its name, its birth
  date, the mother's address and CEP); (2) the SUS OPM/APAC form (patient, CNS, CPF sometimes, birth
  date, mother, phone, address, CEP; ICD-10; SIGTAP code, CNES and APAC number unlabelled; the physician
  with CRM and CNS sometimes; the audiologist with CRFa; the regulator by name); (3) a cochlear-implant
  team's minutes (ENT CRM, audiologist CRFa, psychologist CRP, social worker CRESS; the child's birth date
  and CNS; both parents with phones, their CPF, the mother's e-mail) and the e-mail to the family (a TFD
  van's plate, an address and CEP sometimes); (4) an ENT record (ID line with DN, CPF or CNS, phone;
  address and CEP sometimes; the companion; the nurse with COREN sometimes; ICD-10; the ENT with CRM);
  (5) a long-stay home visit report (the home's CNPJ; the nursing coordinator with COREN; residents with
  DN and CNS in some copies; a lost aid with the son or daughter called and a phone; the audiologist with
  CRFa; the administrator's e-mail sometimes); (6) a referral/counter-referral guide (the community
  health agent; the patient with CNS, DN, CPF sometimes, address, CEP, phone; the UBS physician with CRM;
  the aids granted; the audiologist with CRFa and the ENT with CRM; the UBS nurse's e-mail).
- financeiro: (0) a DANFE as text (the store's CNPJ and phone; the buyer with CPF, address, CEP, phone,
  e-mail; the delivery car's plate sometimes; the seller and the audiologist with CRFa) or as the NF-e
  XML (the same fields, the street and number sometimes split in xLgr and nro, two ADDRESS spans);
  (1) the month's commission sheet (name, CPF, PIS in some copies, bank, agency, account; a campaign
  prize paid to a random key sometimes; the finance analyst with a corporate e-mail, the regional manager);
  (2) a credit proposal (the store's CNPJ, the seller; name, CPF, RG or CNH, birth date, mobile, e-mail
  sometimes, address, CEP; the INSS benefit number unlabelled; agency and account for the debit; a
  personal reference with phone; the analyst); (3) a card dispute (the full card number typed by the
  cardholder, CPF, phone; the record with the masked card, billing address and CEP, the store's CNPJ, the
  analyst; the defence with the audiologist, the daughter or son who signed the return, the purchase
  e-mail and IP); (4) a collection notice on WhatsApp (CPF, a random Pix key or CNPJ key, the collector's
  first name and corporate e-mail, the son or daughter replying from a mobile) or as a letter (name, CPF,
  address, CEP, instalments, boleto line, the collector's e-mail and the store's phone, the reply with a
  phone); (5) a reimbursement request (holder with CPF, birth date or a dependent's, e-mail, mobile; a
  receipt in words by a self-employed audiologist with CPF and CRFa, or the store's CNPJ; agency and
  account; the analyst); (6) the battery-subscription billing export (name, CPF, phone, delivery
  address, CEP, masked card, status; a full card number sent by a daughter sometimes; the courier's
  motorbike plate sometimes; the collector and the finance clerk).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu", "fonoaudióloga", "otorrino"; particles and suffixes inside a name are part
of it (no "SURNAME, Given" form occurs in this set); first names alone, nicknames, lower-case, ALL CAPS,
OCR-damaged and typo'd names and names cut at a fixed width are persons; a complaint portal's "Fulano S."
(first name and initial) is one span; "RN de Fulana" in the newborn book labels the mother's name only.
Staff named in the text are persons (attendants, receptionists, audiologists, Libras interpreters,
technicians, salesmen, managers, ENT doctors, nurses, psychologists, social workers, community health
agents, regulators, analysts, collectors, conciliators, representatives, delegates, clerks, defenders,
lawyers, couriers); logins, bots, role senders ("Cliente", "Atendente", "Agente", "Consultora") and a
store shown as a chat sender ("Sonora Vitória", "Bento Amado Audição Cobrança") are not; a saved
contact's prefix or suffix ("Cliente ", "Pcte ", "aparelho vila rosa") stays outside the span.
Corporate e-mails of people are EMAIL_ADDRESS (the store's staff, the plan's analyst, the UBS nurse at
saude.<city>.<uf>.gov.br, a long-stay home's administrator); role mailboxes (sac@, agendamento@, fono@,
assistencia@, rma@, laboratorio@, nfe@, chargeback@, disputas@, nip@, implante@, regulacao@, cer@...) are
not. ADDRESS is a person's street + number + complement (bairro, city and CEP stay out; CEP is BR_CEP),
also lower case in chats and read out in a call; stores' seats, shopping centres and the addresses of
firms in petitions ("com endereço na", "com sede na") are not. Agency and account are separate
BANK_ACCOUNT spans, whoever holds them; bank names and codes are not. PIX_KEY only for random keys; a
key that is a CNPJ takes BR_CNPJ. DATE_OF_BIRTH only for births ("DN", "nascimento", "nasc. RN",
"nascido em", a spoken one, JSON/ISO); exam, purchase, retest, surgery, visit, due, signature and log
dates and ages ("77a", "Idade: 66 anos") are not. PROFESSIONAL_ID: OAB, CRM, COREN, CRP, CRESS and CRFa
numbers with the acronym and the UF or region. Every phone number is PHONE_NUMBER, the stores' landlines
and WhatsApp numbers included, except the ANS toll-free line (0800), which is not labelled. IP_ADDRESS
only for public addresses (v4 and v6). Every plate is LICENSE_PLATE. Every CNPJ is labelled (numeric and
the 2026 alphanumeric form: stores, importers, plans, long-stay homes, MEIs). A full card number typed by
a person is CREDIT_CARD; masked cards are not labelled. Identifiers read out in groups or in words are
labelled like their digits.
Decisions of this set: a CPF flagged as invalid in an agenda or an app export is not labelled (its
check fails); hard-negative 11-digit numbers (service, NIP, proposal, reimbursement, chat and loan-contract
numbers) are drawn to fail the CPF, PIS and CNH checks; CRFa numbers carry the council's region ("CRFa 2ª Região nº 14494", "CRFa 6-14259/ES",
"CRFa-4 5712", formats shown with made-up numbers), not always a UF, and are PROFESSIONAL_ID as written; the ENT's RQE (specialist
registration) after a CRM is not labelled, the CRM is; a professional's CNS on the SUS form is BR_CNS like
a patient's; in the NF-e XML, xLgr and nro are separate ADDRESS spans when the export splits them; a
mistyped CPF flagged by a system or an attendant is left unlabelled (its check fails).
Not labelled (hard negatives): CNJ process numbers (state, federal and labour courts), mistyped CPFs
(checked to fail), service, repair and RMA orders, protocols, NIP and Procon FA numbers, BO numbers,
contract, proposal, dispute and invoice numbers, NF-e access keys, state registrations, health-plan card
numbers, ANS registrations, INSS benefit numbers, APAC numbers, CNES codes, SIGTAP codes (07.01.03.012-9),
NCM codes (9021.40.00), hearing-aid models and serials, courier tracking codes, battery sizes (312, 13,
10, 675), audiometric thresholds, dB, Hz and percentages, boleto lines, Pix amounts, envelope ids
(upper-case UUIDs), ICD-10 codes (H90.3, H90.5, H90.6, H91.1, H83.3, H90.0, H93.1, H91.9, H61.2, Q16.9,
R42), laws and rules (Lei 8.078/1990, Lei 10.741/2003, Lei 8.080/1990, Lei 13.146/2015, Lei 9.656/1998,
Lei 14.454/2022, RN 465/2021, Portaria GM/MS 2.776/2014, arts. 2º, 3º, 9º and 791-A of the CLT, art. 171
§4º CP), money and amounts in words, non-birth dates, the ANS 0800 line, firm names holding surnames or
name-words (Centro Auditivo Sarapião, Quintanilha Audiologia, Leão Branco Aparelhos Auditivos, Bento Amado
Soluções Auditivas, Estrela Dalva), places and streets named after people when they stand alone ("A
Barão de Mauá está interditada"; inside an address they are ADDRESS), health units (Hospital Regional Leão
XIII, CER III Bento Amado, Lar São Bento).
Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Esperança, Bento, Prudente, Amado,
Leão, Branco, Justo, Sereno, Dourado, Prata...) are names here and, elsewhere, words, firms, brands,
homes, streets, neighbourhoods and cities, not persons ("seria prudente trazer os aparelhos antigos",
"foi uma vitória", "a luz vermelha do carregador", "o som ficou sereno", "Sonora Vitória", "Ouvir
Prudente", "Bairro da Luz", "Presidente Prudente", "Vitória/ES", the model line "Serena").
Names: Brazilian names of many origins (Portuguese common and regional, coined, Italian, German, Polish,
Ukrainian, Armenian, Lebanese, Syrian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian,
Cape Verdean, Bolivian, Peruvian, Paraguayan, Venezuelan, Colombian, Cuban, indigenous, Guarani, Jewish),
rare or invented name words well above a quarter (main() prints the share, about half; a word of any
common-name pool never counts as rare). PERSON is about a third of the spans.
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
                "Desembargador Quintino Bacelar", "Barão de Mauá", "Coronel Teotônio Arcoverde", "Beco da Esperança", "Doze de Outubro",
                "dos Jacarandás", "Doutor Nagib Chedid", "Professora Jaciara Terena", "Sargento Wilner Dorvil", "Dona Brasilina Sucupira",
                "Engenheiro Arno Kuhnen", "dos Cupinzeiros", "Ouvidor Sinfrônio Catolé", "Jequitibá", "Pastor Hagop Boghossian"]
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




# --------------------------------------------------------------------------- register: hearing aids and hearing health

SEED = 14141
OUT_NAME = "hundredfortyfirst.jsonl"

NICK.update({"Valentina": "Val", "Bernardo": "Bê", "Helena": "Lena", "Lorenzo": "Lolo", "Murilo": "Muca", "Cecília": "Ciça",
             "Antonella": "Nella", "Benício": "Beni", "Alice": "Lili", "Kemilly": "Mimi", "Théo": "Teté", "Kaleb": "Kaká",
             "Hadassa": "Dassa", "Naomy": "Nao", "Asafe": "Sasá", "Marlúcia": "Lúcia", "Wanusa": "Nusa", "Genésio": "Gena",
             "Claudiomiro": "Miro", "Laura": "Laurinha", "Rosimeiry": "Meire", "Rozimeire": "Meire", "Ozelita": "Zelita",
             "Edivânio": "Vaninho", "Ednaldo": "Naldo", "Jocimar": "Joci", "Osvaldir": "Vadinho", "Wanderlan": "Lanlan",
             "Orlandino": "Dino", "Ubaldino": "Baldo", "Crispiniano": "Crispim", "Leovigildo": "Gildo", "Olegário": "Legário",
             "Possidônio": "Dôni", "Alzerina": "Zezinha", "Dejanira": "Janira", "Laudelina": "Lina", "Brasilina": "Zilinha"})
# Hearing-aid stores (centros auditivos, all invented): (legal name, e-mail domain, short name used in chats and headers)
STORES = [("Centro Auditivo Bem Ouvir Aurora Ltda.", "bemouviraurora.com.br", "Bem Ouvir Aurora"),
          ("Leão Branco Aparelhos Auditivos Ltda.", "leaobrancoauditivo.com.br", "Leão Branco Auditivo"),
          ("Ouvir Prudente Comércio de Aparelhos Auditivos EIRELI", "ouvirprudente.com.br", "Ouvir Prudente"),
          ("Sonora Vitória Centro Auditivo ME", "sonoravitoria.com.br", "Sonora Vitória"),
          ("Bento Amado Soluções Auditivas Ltda.", "bentoamadoaudio.com.br", "Bento Amado Audição"),
          ("Quintanilha Audiologia e Próteses Auditivas Ltda.", "quintanilhaaudio.com.br", "Quintanilha Audiologia"),
          ("Escuta Flor de Lis Fonoaudiologia Ltda.", "escutaflordelis.com.br", "Escuta Flor de Lis"),
          ("Sarapião Centro Auditivo e Assistência Técnica Ltda.", "sarapiaoauditivo.com.br", "Centro Auditivo Sarapião"),
          ("Estrela Dalva Aparelhos Auditivos ME", "estreladalvaaudio.com.br", "Estrela Dalva Auditivo"),
          ("Rede Ouvidos de Ouro Franquias S.A.", "ouvidosdeouro.com.br", "Ouvidos de Ouro")]
STORE_SEATS = ["Rua Sete de Setembro, 410, loja 2", "Av. Getúlio Vargas, 1.980, sala 304", "Shopping Leão Dourado, piso L1, loja 118",
               "Rua Marechal Deodoro, 77, térreo", "Av. Presidente Vargas, 2.015, conj. 11", "Galeria Bento Amado, loja 9"]
# manufacturers / importers (invented): (legal name, domain, brand)
MAKERS = [("AuriTech Brasil Importação de Produtos Médicos Ltda.", "auritech.com.br", "AuriTech"),
          ("Ouvix Distribuidora de Aparelhos Auditivos Ltda.", "ouvix.com.br", "Ouvix"),
          ("Sonalis Hearing do Brasil Ltda.", "sonalis.com.br", "Sonalis"),
          ("Harmonya Audio Importadora S.A.", "harmonya.com.br", "Harmonya")]
LINES = ["Nuvo", "Vita", "Brisa", "Aura", "Lumen", "Eco", "Pura", "Serena"]
STYLES = [("RIC", "retroauricular com receptor no canal"), ("RIC R", "receptor no canal, recarregável"), ("BTE", "retroauricular"),
          ("ITC", "intracanal"), ("CIC", "microcanal"), ("BTE SP", "retroauricular superpotente")]
BATTERIES = ["312", "13", "10", "675"]
PLANS = [("Amparo Saúde", "amparosaude.com.br"), ("Vida Plena Assistência Médica", "vidaplena.med.br"),
         ("Prudente Saúde Operadora de Planos", "prudentesaude.com.br"), ("SaúdeLeão Cooperativa Médica", "saudeleao.coop.br")]
SUS_UNITS = ["Serviço de Saúde Auditiva do Hospital Regional Leão XIII", "CER III Bento Amado", "Ambulatório de Otorrinolaringologia do Hospital Municipal Aurora",
             "Centro de Reabilitação Nova Esperança", "Policlínica Vila Rosa — Saúde Auditiva", "Hospital Universitário São Bento — Implante Coclear"]
MATERNITIES = ["Maternidade Nova Esperança", "Hospital e Maternidade Santa Luzia", "Maternidade Municipal Vila Rosa", "Hospital da Mulher Aurora"]
ILPIS = ["Lar São Bento", "Residencial Sênior Flor do Campo", "Casa de Repouso Recanto da Aurora", "ILPI Vovó Esperança", "Lar dos Idosos Leão XIII"]
APPS = [("OuvirBem", "ouvirbem.app"), ("AjusteFácil", "ajustefacil.com.br"), ("AuriConnect", "auriconnect.com")]
BOTS = ["Ouvidinho", "AudioBot", "Assistente Virtual", "Bem Ouvir Bot"]
CIDS = [("H90.3", "perda auditiva bilateral neurossensorial"), ("H90.5", "perda auditiva neurossensorial não especificada"),
        ("H91.1", "presbiacusia"), ("H90.6", "perda auditiva bilateral mista"), ("H83.3", "efeitos do ruído sobre o ouvido interno"),
        ("H90.0", "perda auditiva bilateral de condução"), ("H93.1", "tinnitus"), ("H91.9", "perda de audição não especificada")]
ROLE_BOXES = ["sac", "atendimento", "agendamento", "contato", "comercial", "vendas", "financeiro", "cobranca", "crediario", "credito", "faturamento",
              "nfe", "nfse", "juridico", "dpo", "privacidade", "lgpd", "ouvidoria", "no-reply", "naoresponda", "suporte", "assistencia",
              "assistenciatecnica", "garantia", "rma", "laboratorio", "fono", "audiologia", "teleajuste", "saudeauditiva", "regulacao", "tan",
              "triagem", "implante", "reembolso", "disputas", "chargeback", "contestacao", "rh", "dp", "compras", "logistica", "recepcao",
              "secretaria", "protocolo", "diretoria", "contabilidade", "franquias", "atermacao", "nip", "autorizacao", "ubs", "nasf",
              "cadastro", "assinaturas", "pilhas", "cer", "apac"]
UF_DDD = {"SP": "11", "MG": "31", "RJ": "21", "PR": "41", "RS": "51", "SC": "48", "BA": "71", "PE": "81", "CE": "85", "RN": "84", "PB": "83",
          "MA": "98", "PI": "86", "PA": "91", "AM": "92", "GO": "62", "MS": "67", "MT": "65", "ES": "27", "AL": "82", "SE": "79", "DF": "61"}
UF_NAME = {"SP": "São Paulo", "MG": "Minas Gerais", "RJ": "Rio de Janeiro", "PR": "Paraná", "RS": "Rio Grande do Sul", "SC": "Santa Catarina",
           "BA": "Bahia", "PE": "Pernambuco", "CE": "Ceará", "RN": "Rio Grande do Norte", "PB": "Paraíba", "MA": "Maranhão", "PI": "Piauí",
           "PA": "Pará", "AM": "Amazonas", "GO": "Goiás", "MS": "Mato Grosso do Sul", "MT": "Mato Grosso", "ES": "Espírito Santo",
           "AL": "Alagoas", "SE": "Sergipe", "DF": "Distrito Federal"}
# regions of the speech-therapy councils (Conselhos Regionais de Fonoaudiologia), as this set writes them
CRFA_REG = {"RJ": 1, "SP": 2, "PR": 3, "SC": 3, "BA": 4, "PE": 4, "AL": 4, "PB": 4, "SE": 4, "GO": 5, "DF": 5, "MT": 5, "MS": 5,
            "MG": 6, "ES": 6, "RS": 7, "CE": 8, "PI": 8, "MA": 8, "RN": 8, "PA": 9, "AM": 9}


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


def os_no(g: Gen) -> str:
    """A service / repair order number; not labelled."""
    return clean(g, lambda: g.pick([f"OS {g.ri(2025, 2026)}/{g.d(5)}", f"OS nº {g.d(6)}", f"O.S. {g.d(4)}-{g.d(2)}", f"RMA-{g.d(7)}",
                                    f"AT-{g.up(2)}{g.d(5)}", f"#{g.d(5)}"]))


def serial(g: Gen) -> str:
    """A hearing aid's serial number; not labelled."""
    return clean(g, lambda: g.pick([f"{g.d(2)}{g.up(1)}{g.d(6)}", f"SN {g.d(4)}-{g.d(5)}", f"{g.up(2)}{g.d(7)}", f"{g.d(10)}"]))


def model(g: Gen, brand: str | None = None) -> str:
    b = brand or g.pick(MAKERS)[2]
    st = g.pick(STYLES)[0]
    return f"{b} {g.pick(LINES)} {g.pick([3, 5, 7, 9])} {st}"


def cnj_of(g: Gen, uf: str, year: tuple[int, int] = (2024, 2026)) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(*year)}.{CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def cnj_fed(g: Gen) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.4.0{g.ri(1, 6)}.{g.d(4)}")


def trt_of(g: Gen, uf: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2025, 2026)}.{TRT.get(uf, '5.02')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def bank(g: Gen) -> str:
    return g.pick(BANKS)[1]


def elder(g: Gen, female: bool | None = None) -> Person:
    return g.person(female)


def kid(g: Gen, parent: Person | None = None, female: bool | None = None) -> Person:
    """A child: own given name, the parent's last surname (sometimes a foreign-origin given name)."""
    parent = parent or g.person()
    female = g.chance(0.5) if female is None else female
    k = g.relative(parent, female)
    if g.chance(0.12):
        o = g.pick(["jp", "ar", "kr", "ht", "it", "de", "ve", "bo", "ao", "gk"])
        k = Person(g.pick(FOREIGN[o][0] if female else FOREIGN[o][1]), k.surnames, female)
    return k


def old_dob(g: Gen, fmt: str | None = None) -> str:
    return g.dob(fmt, 1931, 1962)


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2016, hi: int = 2025) -> str:
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


def crfa(g: Gen, uf: str) -> str:
    """An audiologist's council number (CRFa, by region)."""
    r = CRFA_REG.get(uf, 2)
    n = g.ri(1000, 29999)
    return g.pick([f"CRFa {r}-{n}", f"CRFa {r}ª Região nº {n}", f"CRFa-{r} {n}", f"CRFa {r}ª R. {n:,}".replace(",", "."), f"CRFa {r}-{n}/{uf}"])


def crm_ent(g: Gen, uf: str) -> tuple[tuple, str]:
    """An ENT's CRM (labelled) and, sometimes, the specialist registration RQE that follows it (not labelled)."""
    return (g.council("CRM", uf), "PROFESSIONAL_ID"), (f" — RQE {g.ri(1000, 99999)}" if g.chance(0.4) else "")


def council2(g: Gen, kind: str, uf: str) -> str:
    if kind == "CRFa":
        return crfa(g, uf)
    return g.council(kind, uf)


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    """A typing slip with probability p (plain text only, never a template with «keys»)."""
    return typo(s, g) if g.chance(p) else s


def store(g: Gen) -> tuple[str, str, str]:
    return g.pick(STORES)


def store_phone(g: Gen, uf: str, mobile: bool = False) -> str:
    """A store's own line (WhatsApp or landline) in its DDD; labelled like any phone number."""
    ddd = UF_DDD.get(uf, "11")
    while True:
        local = ("9" + str(g.ri(6, 9)) + g.d(7)) if mobile else (str(g.ri(2, 4)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, g.pick(["par", "par", "plain", "nospace"]))


def city_uf(g: Gen) -> tuple[str, str]:
    while True:
        c = g.city()
        if c[1] in UF_DDD:
            return c


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "ok obrigada", "<Mídia oculta>", "👍", "tá bom", "blz", "kkk ta certo", "Esta mensagem foi apagada", "áudio de 0:41",
                   "ele não ouve o interfone, pode mandar msg antes de chegar", "seria prudente trazer o aparelho velho tbm?",
                   "o portão é o verde do lado da farmácia", "ele fica mais tranquilo se eu estiver junto", "tem vaga na frente"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente trazer os aparelhos antigos para comparação.", "Foi uma vitória ele voltar a ouvir os netos.",
                   "A Ouvir Prudente atende também Presidente Prudente e região.", "O Bairro da Luz recebe o mutirão de audiometria no sábado.",
                   "Não há esperança de conserto: o receptor oxidou.", "A Leão Branco Aparelhos Auditivos não abre aos domingos.",
                   "A Barão de Mauá está interditada, entrada pela lateral.", "Vitória/ES e Vila Velha entram na campanha de novembro.",
                   "O CER III Bento Amado mudou o horário da recepção.", "A luz vermelha do carregador indica bateria fraca.",
                   "O Lar São Bento pediu visita mensal da fono.", "O aparelho ficou em branco no app depois da atualização.",
                   "A Maternidade Nova Esperança faz o teste da orelhinha até a alta.", "O som ficou sereno depois do ajuste do programa 2."])


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def audiogram(g: Gen, doc: Doc, style: str | None = None, loss: int | None = None) -> None:
    """Air-conduction thresholds per ear (dB NA) as a small table; numbers only, nothing labelled."""
    base = loss if loss is not None else g.ri(20, 60)
    freqs = ["250", "500", "1k", "2k", "3k", "4k", "6k", "8k"]
    style = style or g.pick(["plain", "pipe", "csv"])
    rows = []
    for ear in ("OD", "OE"):
        b = base + g.ri(-10, 10)
        vals = [max(0, min(120, b + i * g.ri(2, 8) + g.pick([-5, 0, 5]))) // 5 * 5 for i in range(len(freqs))]
        rows.append((ear, vals))
    if style == "csv":
        doc.t("orelha;" + ";".join(freqs) + "\n")
        for ear, vals in rows:
            doc.t(ear + ";" + ";".join(str(v) for v in vals) + "\n")
    elif style == "pipe":
        doc.t("| Hz   | " + " | ".join(f.rjust(3) for f in freqs) + " |\n")
        for ear, vals in rows:
            doc.t(f"| {ear}   | " + " | ".join(str(v).rjust(3) for v in vals) + " |\n")
    else:
        doc.t("        " + "  ".join(f.rjust(4) for f in freqs) + "\n")
        for ear, vals in rows:
            doc.t(f"{ear} (dB) " + "  ".join(str(v).rjust(4) for v in vals) + "\n")
    doc.f("Média tritonal: OD «a» dB / OE «b» dB. IPRF: OD «c»% (monossílabos) OE «d»%.\n", a=rows[0][1][1] + 5, b=rows[1][1][1] + 5,
          c=g.pick([64, 72, 80, 84, 88, 92, 96]), d=g.pick([60, 68, 76, 80, 88, 92]))


def cust_who(g: Gen, p: Person, phone_p: float = 0.35) -> list[tuple]:
    """How the store's phone shows a customer: a bare number, the saved name ('Cliente Fulana', 'Fulana aparelho'), a first name."""
    r = g.rng.random()
    if r < phone_p:
        return [(g.phone("wa"), "PHONE_NUMBER")]
    if r < phone_p + 0.2:
        return [V(g.pick(["Cliente ", "Cli ", "Pcte "])), P(p.short)]
    if r < phone_p + 0.35:
        return [P(p.first), V(" " + g.pick(["filha do seu", "aparelho", "teste casa", "pilhas", "orelhinha"]) + " " + lower(g.pick(BAIRROS)))]
    return [P(g.pick([p.full, p.short, lower(p.first)]))]


def xml_el(doc: Doc, ind: int, tag: str, val, attrs: str = "") -> None:
    doc.t(" " * ind + f"<{tag}{attrs}>")
    if isinstance(val, tuple):
        doc.e(val[0], val[1])
    else:
        doc.t(str(val))
    doc.t(f"</{tag}>\n")


def linha_digitavel(g: Gen) -> str:
    """A bank slip's typed line; not labelled."""
    return clean(g, lambda: f"{g.pick(['341', '237', '001', '104', '033'])}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.d(14)}")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f("«k». «n» — CPF «c»«r»\n", k=k + 1, n=P(w.capsf if caps else g.pick([w.full, w.caps])), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "")


def lawyer_sign(g: Gen, doc: Doc, adv: Person, uf: str, city: str) -> None:
    doc.f("\n«c», «d».\n\n«n»\n«o»\n", c=city, d=g.docdate(), n=P(g.pick([adv.full, adv.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))


# ------------------------------------------------------------------ atendimento

def at_whatsapp(g: Gen) -> Doc:
    """A son or daughter books a hearing test for an elderly parent on the store's WhatsApp (an export from the store's phone, or the
    messaging platform's transcript with role senders): the bot's menu; the parent's name and birth date; the attendant by first name;
    the audiologist with her CRFa; the ENT who asked for the test; the address and CEP for a home visit; the parent's CPF (a mistyped one
    rejected and corrected sometimes); the caller's own name, a landline and a caregiver sometimes; a deposit to reserve a trial aid to a
    random key or the CNPJ key sometimes."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    pai = elder(g)
    filho, att, fono, orl = g.relative(pai), g.person(g.chance(0.8)), g.person(g.chance(0.85)), g.person()
    bot = g.pick(BOTS)
    t_start = g.moment(hours=(7, 20))
    t = iter(seq_times(g, 40, t_start, 20, 900))
    if g.chance(0.35):
        st = chat_stamp(g)
        C = cust_who(g, filho, 0.5)
        B = A = [V(short)]
        for part in g.pick([[V("Conversa do WhatsApp com ")] + C, [V("WhatsApp Chat with ")] + C]):
            doc.e(part[0], part[1])
        doc.t("\n\n")
    else:
        sfmt = g.pick(["hms", "hms", "br"])

        def st(x: datetime.datetime) -> str:
            return "[" + ts(x, sfmt) + "] "
        C, B, A = [V("Cliente")], [V("Bot " + bot)], [V(g.pick(["Atendente", "Agente", "Consultora"]))]
        doc.f("Atendimento nº «p» — WhatsApp «s» — contato «c» — fila Agendamento — «d»\n\n", p=g.neg(11), s=short,
              c=(g.phone("e164"), "PHONE_NUMBER"), d=dbr(t_start))
    pp = "meu pai" if not pai.female else "minha mãe"
    cl2(doc, st(next(t)), C, tp(g, g.pick([f"boa tarde, {pp} ta escutando muito mal, vcs fazem exame de audição?",
                                           f"oi bom dia, queria marcar audiometria pra {pp}", f"olá, {pp} precisa de aparelho auditivo, como funciona?",
                                           f"bom dia!! o aparelho de {pp} ta apitando direto"]), 0.4))
    cl2(doc, st(next(t)), B, f"Olá! Eu sou {'a' if bot == 'Assistente Virtual' else 'o'} {bot}, da {short} 👂. Digite: 1️⃣ Avaliação auditiva gratuita "
        "2️⃣ Teste de aparelho em casa 3️⃣ Manutenção e pilhas 4️⃣ Financeiro 5️⃣ Falar com atendente")
    cl2(doc, st(next(t)), C, g.pick(["1", "1", "2", "5", "1 avaliação"]))
    cl2(doc, st(next(t)), B, "Informe o nome completo e a data de nascimento de quem vai fazer a avaliação.")
    dob = old_dob(g, g.pick(["br", "br", "nopad", "short"]))
    cl2(doc, st(next(t)), C, g.pick(["«n» «d»", "«n}\nnasc «d»".replace("}", "»"), "«n», nascid" + pai.o + " em «d»"]),
        n=P(tp(g, g.pick([pai.full, pai.low, pai.full, pai.caps]), 0.15)), d=(dob, "DATE_OF_BIRTH"))
    cl2(doc, st(next(t)), B, "Obrigado! Em instantes uma atendente continua a conversa.")
    cl2(doc, st(next(t)), A, "«s» Aqui é «a», da «f». A avaliação é com a fonoaudióloga «n» («c») e leva uns 40 minutos. «x» tem pedido médico?",
        s=g.pick(["Olá!", "Oi!", "Boa tarde!", "Bom dia!"]), a=P(g.pick([att.first, att.first, att.short])), f=short,
        n=P(g.pick([fono.short, fono.full, fono.first])) if fono.female else P(fono.short), c=(crfa(g, uf), "PROFESSIONAL_ID"),
        x="Ele" if not pai.female else "Ela")
    if g.chance(0.7):
        cl2(doc, st(next(t)), C, g.pick(["tem sim, do otorrino «m»", "tem, o dr «m» pediu audiometria e imitanciometria", "tem pedido do «m» do posto"]),
            m=P(g.pick([orl.short, orl.first + " " + orl.last, lower(orl.short)])))
    else:
        cl2(doc, st(next(t)), C, "nao tem, precisa?")
        cl2(doc, st(next(t)), A, "Para a avaliação não precisa. Para comprar o aparelho recomendamos a consulta com otorrino.")
    dl = "dela" if pai.female else "dele"
    if g.chance(0.6):
        cl2(doc, st(next(t)), C, tp(g, g.pick([f"{'ela' if pai.female else 'ele'} nao sai de casa, vcs vão até lá?", "da pra fazer em casa? usa andador",
                                               "prefiro em casa, é longe"]), 0.3))
        cl2(doc, st(next(t)), A, f"Fazemos em domicílio sim, com cabine portátil. Me passa o endereço com número, bairro e CEP, e o CPF {dl} para o cadastro.")
    else:
        cl2(doc, st(next(t)), C, "vamos na loja mesmo")
        cl2(doc, st(next(t)), A, f"Ótimo! Para o cadastro preciso do endereço com número, bairro e CEP, e do CPF {dl}.")
    cl2(doc, st(next(t)), C, g.pick(["«a» - «b»\ncep «c»", "«a», «b», «c»", "«a» «b» cep «c»"]), a=(g.address(g.pick(["low", "text", "text"])), "ADDRESS"),
        b=g.pick(BAIRROS).lower() if g.chance(0.5) else g.pick(BAIRROS), c=(g.cep(g.chance(0.5)), "BR_CEP"))
    if g.chance(0.25):
        cl2(doc, st(next(t)), C, "«c»", c=g.neg_cpf(g.chance(0.5)))
        cl2(doc, st(next(t)), A, "Esse CPF deu inválido no sistema, pode conferir?")
        cl2(doc, st(next(t)), C, "desculpa, é «c»", c=(g.cpf("raw"), "BR_CPF"))
    else:
        cl2(doc, st(next(t)), C, "cpf «c»", c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"))
    if g.chance(0.5):
        cl2(doc, st(next(t)), C, "meu nome é «n», sou «r». se nao atender no cel liga no fixo da casa «p»", n=P(g.pick([filho.full, filho.short])),
            r="a filha" if filho.female else "o filho", p=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    if g.chance(0.35):
        cg = g.person(True)
        cl2(doc, st(next(t)), C, "quem vai estar lá é a cuidadora dele, «n»" if not pai.female else "quem vai estar lá é a cuidadora dela, «n»",
            n=P(g.pick([cg.first, cg.short])))
    d = g.pick(["quinta às 9h", "sábado às 10h30", f"dia {g.ri(2, 28)} às 14h", "amanhã às 15h"])
    if g.chance(0.45):
        cl2(doc, st(next(t)), A, "Agendado ✅ «d». Se quiser já reservar o aparelho de teste (7 dias sem compromisso), o sinal é «v» pelo Pix «k» («f»).", d=d,
            v=money(g, 100, 300), k=[V("chave aleatória "), (g.uuid(), "PIX_KEY")] if g.chance(0.7) else [V("CNPJ "), (g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ")], f=lname)
        cl2(doc, st(next(t)), C, g.pick(["<Mídia oculta>", "comprovante enviado", "IMG-20260212-WA0031.jpg (arquivo anexado)", "vou ver com meu irmão e te falo"]))
    else:
        cl2(doc, st(next(t)), A, "Agendado ✅ «d». Separe os exames antigos e, se já usa aparelho, deixe junto. Mandamos lembrete um dia antes.", d=d)
    if g.chance(0.6):
        cl2(doc, st(next(t)), A, "A equipe vai no carro da loja, «v» placa «p», para o porteiro liberar. Confirma um e-mail para o laudo?", v=g.pick(["Onix branco", "Kwid prata", "HB20 cinza", "Mobi branco"]),
            p=(g.plate(), "LICENSE_PLATE"))
        cl2(doc, st(next(t)), C, "«e»", e=(g.email(filho), "EMAIL_ADDRESS"))
    cl2(doc, st(next(t)), A if g.chance(0.5) else C, word_neg(g) if g.chance(0.4) else chat_neg(g))
    return doc


def at_agenda(g: Gen) -> Doc:
    """The day's agenda of a store's audiologist, exported from the clinic system (ruled, psql, Markdown, pipe, blank-aligned, CSV or
    fixed width with names cut): the audiologist with her CRFa and the receptionist; per slot the time, the patient, the birth date, a
    phone, private or health plan, the procedure, a note naming a companion (sometimes with a phone); blocked slots without persons."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    fono, rec = g.person(g.chance(0.8)), g.person(g.chance(0.8))
    d = g.day()
    doc.t(f"{short.upper()} — AGENDA {dbr(d)} — unidade {g.pick(['Centro', 'Shopping', 'Vila Rosa', 'Jardim Aurora', city])}\n")
    doc.f("Profissional: «f» («c») | Recepção: «r»\n\n", f=P(g.pick([fono.full, fono.short, fono.caps])), c=(crfa(g, uf), "PROFESSIONAL_ID"),
          r=P(g.pick([rec.first, rec.short])) if g.chance(0.7) else login(rec, g))
    style = g.pick(["plus", "psql", "md", "pipe", "plain", "csv", "fixed"])
    cpf_col = style != "fixed" and g.chance(0.6)
    rows = []
    mins = 8 * 60 + g.pick([0, 30])
    procs = ["audiometria + imitanciometria", "avaliação p/ AASI", "adaptação AASI", "ajuste fino", "retorno 30 dias", "limpeza/troca de filtro",
             "troca receptor", "teste em casa (devolução)", "BERA (encaixe)", "acompanhamento pós-venda", "molde novo"]
    for i in range(g.ri(6, 8)):
        hr = V(f"{mins // 60:02d}:{mins % 60:02d}")
        mins = min(mins + g.pick([30, 40, 45, 60]), 18 * 60)
        if g.chance(0.1):
            rows.append([hr, V(g.pick(["BLOQUEIO", "ALMOÇO", "reunião franquia"]))] + ([V("-")] if cpf_col else []) + [V("-"), V("-"), V("-"), V("-"), [V("-")]])
            continue
        p = elder(g) if g.chance(0.75) else g.person()
        nm = tp(g, g.pick([p.full, p.caps, p.capsf, p.short]), 0.1)
        if style == "fixed":
            nm = cut(nm, 24)
        if g.chance(0.2):
            o = g.relative(p)
            obs = [V(g.pick(["acomp. ", "vem c/ ", "responsável: "]) + ("filha " if o.female else "filho ")), P(g.pick([o.first, o.short]))]
            if g.chance(0.5):
                obs += [V(" "), (g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER")]
        else:
            obs = [V(g.pick(["cadeirante", "surdez severa — falar de frente", "trazer AASI antigo", "pilha 312", "1ª vez", "-", "-", "confirmado por WhatsApp",
                             "não confirmou", "pagar 2ª parcela"]))]
        badcpf = cpf_col and g.chance(0.12)
        if badcpf:
            obs = [V("CPF inválido no cadastro — conferir")]
        rows.append([hr, P(nm)] + ([(g.neg_cpf(), None) if badcpf else (g.cpf(), "BR_CPF")] if cpf_col else []) + [(old_dob(g, g.pick(["br", "br", "iso", "short"])), "DATE_OF_BIRTH"),
                     (g.phone(g.pick(["par", "plain", "raw", "dash"])), "PHONE_NUMBER"),
                     V(g.pick(["particular", "particular", PLANS[g.ri(0, 3)][0], "SUS/convênio CER", "campanha"])), V(g.pick(procs)), obs])
    cols = ["hora", "paciente"] + (["cpf"] if cpf_col else []) + ["nascimento", "telefone", "convênio", "procedimento", "obs"]
    if style == "fixed":
        ws = [6, 25, 11, 17, 14]
        doc.t("HORA  PACIENTE                 NASC.      TELEFONE         CONVÊNIO      PROCEDIMENTO / OBS\n")
        for r in rows:
            vals = [r[0], r[1], r[2], r[3], (cut(r[4][0], 13), None)]
            for (v, lab), w in zip(vals, ws):
                if v == "-":
                    lab = None
                doc.cell(v, w, lab)
            doc.t(r[5][0] + " / ")
            for part in r[6]:
                doc.e(part[0], part[1])
            doc.t("\n")
    else:
        nc = len(cols) - 1
        flat = [([c if c[0] != "-" else V("-") for c in r[:nc]], r[nc]) for r in rows]
        if style == "csv":
            sep = g.pick([";", ","])
            doc.t(sep.join(cols) + "\n")
            for base, obs in flat:
                table_csv(doc, None, [base], sep)
                doc.text = doc.text[:-1]
                doc.t(sep)
                for part in obs:
                    doc.e(part[0].replace(sep, " "), part[1])
                doc.t("\n")
        else:
            table_ruled(doc, cols[:-1], [b for b, _ in flat], style)
            doc.t("\nObservações:\n")
            for base, obs in flat:
                if obs[0][0] == "-":
                    continue
                doc.t(f"- {base[0][0]}: ")
                for part in obs:
                    doc.e(part[0], part[1])
                doc.t("\n")
    doc.f("\nImpresso por «l» em «d». Encaixes: falar com a gerente«g».\n", l=login(rec, g), d=ts(g.moment(d, (7, 8)), "br"), g=[V(" "), P(g.person(True).first)] if g.chance(0.3) else "")
    return doc


def at_call(g: Gen) -> Doc:
    """A speech-to-text transcript (lower case) of a call from an elderly customer whose aid whistles: the attendant repeats herself, a
    son or daughter takes the phone sometimes; the CPF, phone and CEP read out in groups or words, the birth date spoken, the address
    spoken; then the typed home-repair order (the attendant's login unlabelled, the technician by name, the model and serial unlabelled)."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, att, tec = elder(g), g.person(g.chance(0.8)), g.person()
    cpf = g.cpf_digits()
    ph = g.msisdn(g.chance(0.6))
    cep = g.cep(False)
    addr_t = g.address("text")
    addr = re.sub(r"\s+", " ", fold(addr_t).lower().replace(",", " ").replace(" - ", " ").replace("nº", "numero")).strip()
    dd, mm, yy = g.dob_parts(1931, 1960)
    mdl = model(g)
    doc.t(g.pick(["[transcricao automatica] ", "transcrição — ", ""]) + f"ligacao {g.ri(8, 17):02d}:{g.ri(0, 59):02d} — {lower(short)} — gravada para fins de qualidade\n")
    doc.f("atendente: «f» boa tarde meu nome e «a» em que posso ajudar\n", f=lower(short), a=P(lower(att.first)))
    doc.t(g.pick(["cliente: alo alo quem fala\natendente: e da «s» «x»\ncliente: ah sim minha filha fala mais alto que eu to sem o aparelho\n",
                  "cliente: oi o que\natendente: boa tarde e da loja de aparelho auditivo\ncliente: ah e aqui mesmo\n"]).replace("«s»", lower(short)).replace("«x»", "aparelhos auditivos"))
    doc.t(g.pick(["cliente: o aparelho ta apitando o tempo todo e o do lado esquerdo ficou mudo\n",
                  "cliente: o aparelho caiu na agua do balde e agora so chia\n", "cliente: a pilha acaba em dois dias e ele fica falhando\n",
                  "cliente: o carregador pisca vermelho e o aparelho nao liga\n"]))
    take = g.chance(0.4)
    if take:
        o = g.relative(cli)
        doc.f("«r»: oi moça aqui e «w» «n» ele nao ta entendendo direito pode falar comigo\natendente: claro\n", r="filha" if o.female else "filho",
              w="a filha dele" if o.female and not cli.female else "o filho dele" if not cli.female else ("a filha dela" if o.female else "o filho dela"),
              n=P(lower(g.pick([o.first, o.full]))))
        sp = "filha" if o.female else "filho"
    else:
        sp = "cliente"
    doc.f("atendente: o nome completo do titular\n«w»: «n»\n", w=sp, n=P(cli.low))
    doc.f("atendente: a data de nascimento\n«w»: «d»\n", w=sp, d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    doc.f("atendente: o cpf\n«w»: «c»\n", w=sp, c=(stt_cpf(cpf, g), "BR_CPF"))
    doc.f("atendente: um telefone de contato\n«w»: «p»\n", w=sp, p=(g.fmt_phone(ph[0], ph[1], "stt") if g.chance(0.5) else spoken_digits(ph[0] + ph[1], g), "PHONE_NUMBER"))
    doc.f("atendente: vou abrir uma visita tecnica em casa qual o endereco\n«w»: «a» no «b»\n", w=sp, a=(addr, "ADDRESS"), b=lower(g.pick(BAIRROS)))
    doc.f("atendente: cep\n«w»: «c»\n", w=sp, c=(stt_groups(cep, g), "BR_CEP"))
    doc.f("atendente: entao fica agendado «d» com «o» «t» se estiver na garantia nao tem custo\n«w»: ta bom obrigad{o}\n".replace("{o}", "a" if sp == "filha" or (sp == "cliente" and cli.female) else "o"),
          d=g.pick(["quinta de manha", "sexta a tarde", "segunda", "amanha"]), o="a tecnica" if tec.female else "o tecnico", t=P(lower(tec.first)), w=sp)
    doc.t("\n")
    doc.f("ORDEM DE SERVIÇO «os» — «s» — visita domiciliar\nCliente: «n» | DN: «dn» | CPF: «c» | Tel.: «t»\nEndereço: «a», «b» — CEP «e» — «ci»/«uf»\n", os=os_no(g), s=short,
          n=P(cli.capsf), dn=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), c=(fmt_cpf(cpf), "BR_CPF"), t=(g.fmt_phone(ph[0], ph[1], "par"), "PHONE_NUMBER"),
          a=(addr_t, "ADDRESS"), b=g.pick(BAIRROS), e=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"), ci=city, uf=uf)
    if g.chance(0.5):
        doc.f("Veículo da visita: «v» — placa «p»\n", v=g.pick(["Fiorino branca", "Kwid prata", "Onix branco", "moto Fan 160"]), p=(g.plate(), "LICENSE_PLATE"))
    doc.f("Aparelho: «m» nº série «sn» (par) | Garantia: «g» | Técnic" + tec.o + ": «t» | Aberta por: «l»\nObs.: «o»\n", m=mdl, sn=serial(g),
          g=g.pick(["sim, até " + g.date("br", 2026), "vencida", "estendida (plano Ouro)"]), t=P(g.pick([tec.caps, tec.full, tec.short])), l=login(att, g),
          o=g.pick(["cliente com perda severa, falar com o familiar", "levar receptor M e domes 8 mm", "provável umidade — levar desumidificador", "trocar tubo fino"]))
    return doc


def at_reclamacao(g: Gen) -> Doc:
    """A complaint on a consumer-complaint portal: the public post (first name and initial, the city), the story (the audiologist by
    name, the store's WhatsApp, the price of the pair, the trial period, the refund refused), the store's public reply signed by a
    person; the private data block (full name, CPF, phone, e-mail, address sometimes, CEP, the IP of the post) and the final rating."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, fono, qa = g.person(g.chance(0.6)), g.person(g.chance(0.85)), g.person()
    ini = cli.last[0] + "."
    t0 = g.moment()
    who = g.pick(["meu pai", "minha mãe", "minha avó", "eu", "meu sogro"])
    doc.f("ReclamaBR › «s» › Reclamação «p»\n\n«tt»\n«n» — «c»/«u» — «d»\n\n", s=short, p=clean(g, lambda: g.hexs(10)),
          tt=g.pick(["Aparelho auditivo apitando e loja não devolve o dinheiro", "Prazo de teste não respeitado", "Paguei R$ 9 mil e o aparelho vive na assistência",
                     "Microfonia sem solução", "Venderam aparelho errado para idoso"]),
          n=P(f"{cli.first} {ini}"), c=city, u=uf, d=ts(t0, "br"))
    tserv = t0 - datetime.timedelta(days=g.ri(18, 90))
    doc.f("Em «d» «w» comprou um par de «m» por «v» em «x»x. A fonoaudióloga «f» fez a adaptação, mas o aparelho apita sempre que encosta no travesseiro ou no "
          "telefone. Voltamos «k» vezes para ajuste. Pedimos a devolução dentro dos 30 dias de teste que o vendedor prometeu e agora dizem que \"o prazo é só de 7 dias\". "
          "Mandei mensagem no WhatsApp «z» e só respondem \"vamos verificar\".«extra»\n\n", d=dbr(tserv), w=who, m=model(g), v=money(g, 4800, 16000), x=g.pick([6, 10, 12]),
          f=P(g.pick([fono.first, fono.full, fono.short])), k=g.pick(["quatro", "5", "várias"]), z=(store_phone(g, uf, True), "PHONE_NUMBER"),
          extra=g.pick(["", " É um idoso de 84 anos, não dá para tratar assim.", " Seria prudente a loja rever essa política.", " O contrato nem tem o nome da fono responsável.",
                        " Foi uma vitória convencer ele a usar aparelho, agora não quer mais."]))
    doc.f("Resposta da empresa — «d»\nOlá, «n»! Lamentamos o ocorrido. Verificamos a ordem de serviço «o»: o retorno com a fonoaudióloga «f2» foi agendado para «r». "
          "Qualquer coisa, fale diretamente comigo.\n«q» — Qualidade «s»«e»\n\n", d=ts(t0 + datetime.timedelta(days=g.ri(1, 4)), "br"), n=P(cli.first), o=os_no(g),
          f2=P(g.person(True).short) if g.chance(0.5) else "responsável", r=dbr(t0 + datetime.timedelta(days=g.ri(3, 9))), q=P(g.pick([qa.full, qa.short])), s=short,
          e=[V(" — "), (corp_mail(qa, dom, g), "EMAIL_ADDRESS")] if g.chance(0.7) else "")
    doc.t("— Dados do consumidor (visíveis apenas para a empresa) —\n")
    fields = [("Nome completo", P(cli.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Telefone", (g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(cli), "EMAIL_ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("IP do registro", (g.ip(), "IP_ADDRESS"))]
    if g.chance(0.6):
        fields.insert(4, ("Endereço", (g.address(), "ADDRESS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    end = g.pick([("Trocaram o receptor e refizeram o molde. Por enquanto resolveu.", g.ri(6, 9), "Sim"), ("Ninguém retornou. Vou ao Procon.", g.ri(0, 2), "Não"),
                  ("Aceitaram a devolução com desconto de 20%. Não compro de novo.", g.ri(3, 5), "Não")])
    doc.f("\nConsideração final do consumidor — «d»\n«c»\nNota: «n»/10 — Voltaria a fazer negócio? «v»\n", d=dbr(t0 + datetime.timedelta(days=g.ri(10, 20))),
          c=end[0], n=end[1], v=end[2])
    return doc


def at_os(g: Gen) -> Doc:
    """A repair / RMA order for a hearing aid, as the store's form prints it ('Campo: valor', dotted leaders, CAPS labels or a ruled box;
    OCR'd in some copies): the customer (name, CPF, birth date sometimes, phone, e-mail sometimes, address, CEP), the device (model,
    serial, side, purchase date: unlabelled), the defect, the attendant who received it, the manufacturer's lab (role mailbox), the
    courier's tracking code; the pick-up by a relative with RG sometimes."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    mk = g.pick(MAKERS)
    cli, att = elder(g), g.person(g.chance(0.8))
    ocrd = g.chance(0.35)
    lab = (lambda s: ocr(s, g, 0.3)) if ocrd else (lambda s: s)
    doc.t(lab(f"{short.upper()} — ORDEM DE SERVIÇO / ENVIO À ASSISTÊNCIA TÉCNICA") + f"  {os_no(g)}\n")
    doc.t(lab(f"{lname} — CNPJ ") )
    doc.e(g.any_cnpj(), "BR_CNPJ")
    doc.t(" — ")
    doc.e(store_phone(g, uf), "PHONE_NUMBER")
    doc.t("\n\n")
    nm = cli.capsf if ocrd else g.pick([cli.full, cli.caps])
    if ocrd and g.chance(0.4):
        nm = ocr(nm, g, 0.5, names=True)
    fields = [(lab("Cliente"), P(nm)), (lab("CPF"), (g.cpf(), "BR_CPF"))]
    if g.chance(0.5):
        fields.append((lab("Data de nascimento"), (old_dob(g, "br"), "DATE_OF_BIRTH")))
    fields += [(lab("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.75):
        fields.append((lab("E-mail"), (g.email(cli), "EMAIL_ADDRESS")))
    fields += [(lab("Endereço"), (g.address(g.pick(["text", "caps"])), "ADDRESS")), (lab("CEP"), (g.cep(), "BR_CEP")),
               (lab("Aparelho"), V(model(g, mk[2]))), (lab("Nº de série"), V(serial(g))), (lab("Lado"), V(g.pick(["OD", "OE", "OD e OE"]))),
               (lab("Compra"), V(g.date("br", g.ri(2023, 2025)))), (lab("Defeito relatado"), V(g.pick(["sem som", "microfonia constante", "som intermitente",
                "não carrega", "carcaça trincada", "receptor oxidado", "botão de volume solto"]))),
               (lab("Recebido por"), P(g.pick([att.full, att.short]))), (lab("Garantia"), V(g.pick(["sim", "não — orçamento prévio", "sim (2º ano)"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps", "box"]))
    doc.f("\n«t» Laboratório: «l» — «m» — envio por Correios, rastreio «r».\n", t=lab("Encaminhado ao"), l=mk[0], m=role_mail(g, mk[1], g.pick(["assistencia", "rma", "laboratorio"])),
          r=clean(g, lambda: f"{g.up(2)}{g.d(9)}BR"))
    doc.f("«t»: «v» (orçamento) — prazo de «p» dias úteis. «x»\n", t=lab("Valor estimado"), v=money(g, 180, 1400), p=g.pick([10, 15, 20, 30]),
          x=g.pick(["Cliente ciente de que o molde será refeito.", word_neg(g), "", "Empréstimo de aparelho reserva nº " + clean(g, lambda: g.d(4)) + "."]))
    if g.chance(0.55):
        o = g.relative(cli)
        doc.f("\n«t» «d» — retirado por «n», «k», «r».\n", t=lab("Devolvido em"), d=g.date("br", 2026), n=P(g.pick([o.full, o.caps])),
              k="filha" if o.female else "filho", r=[V("RG "), (g.rg(), "BR_RG")] if g.chance(0.7) else [V("CNH "), (g.cnh(), "BR_CNH")])
    else:
        doc.t("\nAssinatura do cliente: ______________________\n")
    return doc


def at_app(g: Gen) -> Doc:
    """The remote-fitting app's export of a user (JSON lines, YAML or CSV): the profile (name, CPF or a mistyped one flagged false,
    birth date, e-mail, mobile, CEP, address sometimes), the paired aids (serials unlabelled), the remote sessions with the audiologist
    (name, CRFa) and the public or private IP of the phone, gain changes (numbers), the support ticket with the agent's first name."""
    doc = Doc()
    city, uf = city_uf(g)
    app, adom = g.pick(APPS)
    lname, dom, short = store(g)
    u, fono, sup = elder(g), g.person(g.chance(0.85)), g.person(g.chance(0.6))
    bad = g.chance(0.15)
    cpf = (g.neg_cpf(), None) if bad else (g.cpf(), "BR_CPF")
    t0 = g.moment(g.day())
    style = g.pick(["json", "json", "yaml", "csv"])
    doc.t(f"# export {app} — solicitação LGPD/suporte — gerado {ts(t0, 'iso')}\n")
    prof = {"user_id": clean(g, lambda: g.hexs(12)), "nome": P(g.pick([u.full, u.caps])), "cpf": cpf, "cpf_valido": not bad,
            "nascimento": (old_dob(g, "iso"), "DATE_OF_BIRTH"), "email": (g.email(u), "EMAIL_ADDRESS"),
            "celular": (g.phone("e164"), "PHONE_NUMBER"), "cep": (g.cep(g.chance(0.6)), "BR_CEP")}
    if g.chance(0.5):
        prof["endereco"] = (g.address(), "ADDRESS")
    prof["loja"] = short
    prof["aparelhos"] = [{"modelo": model(g), "serie": serial(g), "lado": "L"}, {"modelo": model(g), "serie": serial(g), "lado": "R"}]
    sess = []
    for k in range(g.ri(2, 3)):
        t = t0 + datetime.timedelta(days=k * g.ri(3, 20), minutes=g.ri(1, 300))
        sess.append({"ts": ts(t, "iso"), "fono": P(g.pick([fono.full, fono.short])), "registro": (crfa(g, uf), "PROFESSIONAL_ID"),
                     "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.7) else g.ip_priv(), "ganho_db": g.pick(["+2", "+3", "-2", "+4"]),
                     "programa": g.pick(["Geral", "Restaurante", "TV", "Música", "Zumbido"])})
    if style == "json":
        jval(doc, {"perfil": prof, "sessoes_remotas": sess}, 0)
        doc.t("\n")
    elif style == "yaml":
        doc.t("perfil:\n")
        for k, v in prof.items():
            if k == "aparelhos":
                doc.t("  aparelhos:\n")
                for a in v:
                    doc.t(f"    - modelo: {a['modelo']}\n      serie: \"{a['serie']}\"\n      lado: {a['lado']}\n")
                continue
            doc.t(f"  {k}: ")
            if isinstance(v, tuple):
                doc.e(v[0], v[1])
            else:
                doc.t(str(v).lower() if isinstance(v, bool) else str(v))
            doc.t("\n")
        doc.t("sessoes_remotas:\n")
        for s in sess:
            first = True
            for k, v in s.items():
                doc.t(("  - " if first else "    ") + f"{k}: ")
                first = False
                if isinstance(v, tuple):
                    doc.e(v[0], v[1])
                else:
                    doc.t(str(v))
                doc.t("\n")
    else:
        cols = ["user_id", "nome", "cpf", "nascimento", "email", "celular", "cep", "sessao_ts", "fono", "registro", "ip"]
        rows = []
        for s in sess:
            rows.append([V(prof["user_id"]), prof["nome"], prof["cpf"], prof["nascimento"], prof["email"], prof["celular"], prof["cep"],
                         V(s["ts"]), s["fono"], s["registro"], s["ip"] if isinstance(s["ip"], tuple) else V(s["ip"])])
        table_csv(doc, cols, rows, g.pick([",", ";"]))
    doc.f("\nTicket «t» — atendido por «a» (suporte «p»): «m»\n", t=clean(g, lambda: f"#{g.d(6)}"), a=P(sup.first), p=app,
          m=g.pick(["usuário não conseguia parear o lado direito; refeito o pareamento.", "pedido de exclusão da conta encaminhado ao DPO.",
                    "filha pediu acesso de cuidador; enviado convite ao e-mail cadastrado.", "bateria descarregando rápido; orientado a procurar a loja."]))
    return doc


def at_email(g: Gen) -> Doc:
    """An e-mail thread: a deaf customer (Portuguese as a second language, Libras first) or a relative asks the store for a fitting with a
    Libras interpreter and contact by text only; the store's reply on top (the audiologist with CRFa, the interpreter by name, the
    attendant's corporate e-mail); the original quoted ('> ') with the customer's mobile for WhatsApp, address and CEP for a home visit,
    CPF sometimes; X-Originating-IP."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, fono, itp, att = g.person(), g.person(g.chance(0.85)), g.person(g.chance(0.7)), g.person(g.chance(0.8))
    deaf = g.chance(0.6)
    rel = None if deaf else g.relative(cli)
    wr = cli if deaf else rel
    cmail = g.email(wr)
    amail = corp_mail(att, dom, g)
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(2, 40))
    doc.f("From: «a» <«am»>\nTo: «c»\nCc: «cc»\nDate: «d»\nSubject: RE: agendamento com intérprete de Libras\n\n", a=P(att.full), am=(amail, "EMAIL_ADDRESS"),
          c=(cmail, "EMAIL_ADDRESS"), cc=role_mail(g, dom, g.pick(["agendamento", "fono", "atendimento"])), d=mail_date(t1))
    doc.f("Olá, «n»!\n\nAgendamos a adaptação para «d» às «h», com a fonoaudióloga «f» («c»). A intérprete de Libras «i» estará presente "
          "(contratada pela loja, sem custo). Todo o contato será por mensagem no WhatsApp, como pedido.\n«x»\nAtenciosamente,\n«a»\n«s» — «p»\n\n",
          n=P(g.pick([wr.first, wr.full])), d=g.date("br", 2026), h=g.pick(["9h", "10h30", "14h", "16h"]), f=P(g.pick([fono.full, fono.short])),
          c=(crfa(g, uf), "PROFESSIONAL_ID"), i=P(g.pick([itp.full, itp.short])) if itp.female else P(itp.full),
          x=g.pick(["Traga o audiograma e o laudo do otorrino.", word_neg(g), "Se preferir, a consulta pode ser por vídeo com a intérprete."]),
          a=P(g.pick([att.short, att.first])), s=short, p=(store_phone(g, uf, g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("X-Originating-IP: [«ip»]\n\n", ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Em «d», «n» <«m»> escreveu:\n", d=ts(t0, "br"), n=P(g.pick([wr.full, wr.low])), m=(cmail, "EMAIL_ADDRESS"))
    if deaf:
        doc.t("> " + tp(g, g.pick(["boa tarde. eu surdo, comunicação Libras. eu quero aparelho novo, o meu antigo quebrou.",
                                   "olá, eu surda profunda desde criança, uso Libras. médico falar eu tentar aparelho forte.",
                                   "bom dia. eu preciso consulta aparelho. ligação eu não consegue, só mensagem."]), 0.3) + "\n")
        doc.t("> intérprete Libras ter? telefone não ouvir, só whatsapp.\n")
        doc.f("> meu whatsapp «p»\n", p=(g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"))
    else:
        o = rel
        doc.f("> Bom dia, sou «r» d«x» «n». «e» e também usa Libras; gostaria que a adaptação tivesse intérprete.\n",
              r="a irmã" if o.female else "o irmão", x=cli.o, n=P(cli.full), e="Ela é surda oralizada" if cli.female else "Ele é surdo oralizado")
        doc.f("> Por favor não liguem para «l», mandem mensagem: «p». Meu número é «q».\n", l="ela" if cli.female else "ele", p=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"),
              q=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        if g.chance(0.5):
            doc.f("> Att., «n»\n", n=P(o.short))
    if g.chance(0.6):
        doc.f("> endereço p/ visita: «a», «b», CEP «c»\n", a=(g.address(g.pick(["text", "low"])), "ADDRESS"), b=g.pick(BAIRROS), c=(g.cep(), "BR_CEP"))
    if g.chance(0.4):
        doc.f("> CPF «c»\n", c=(g.cpf(), "BR_CPF"))
    return doc


# ------------------------------------------------------------------ juridico

def ju_jec(g: Gen) -> Doc:
    """A small-claims petition by an elderly buyer (or a lawyer for him): the plaintiff qualified (birth date, RG or CNH, CPF, phone
    sometimes, address, CEP), the store and the importer with CNPJ (seats unlabelled), the audiologist and the salesman by name, the
    daughter who went along (a witness with phone), the model and serials unlabelled, Lei 8.078/1990 and Lei 10.741/2003; signed by
    the plaintiff or a lawyer with OAB; the CNJ number when distributed."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    mk = g.pick(MAKERS)
    aut, fono, vend, fil, adv = elder(g), g.person(g.chance(0.85)), g.person(), None, g.person()
    fil = g.relative(aut)
    caps = g.chance(0.25)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO {g.ri(1, 9)}º JUIZADO ESPECIAL CÍVEL DA COMARCA DE {fold(city).upper()}/{uf}\n\n")
    if g.chance(0.4):
        doc.t(f"Processo nº {cnj_of(g, uf)}\nPrioridade de tramitação — Estatuto da Pessoa Idosa (Lei 10.741/2003)\n\n")
    qualify(g, doc, aut, caps=caps, dob=(1931, 1958), phone=g.chance(0.5), job=("aposentado", "aposentada"), where=(city, uf), titulo=g.chance(0.3),
            email=g.chance(0.3))
    doc.f(", vem propor AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS em face de «f», CNPJ «n», com endereço na «a», e de «m», CNPJ «mn», "
          "pelos fatos a seguir.\n\n", f=lname.upper() if caps else lname, n=(g.any_cnpj(), "BR_CNPJ"), a=g.pick(STORE_SEATS), m=mk[0], mn=(g.any_cnpj(), "BR_CNPJ"))
    doc.t("I — DOS FATOS\n")
    dbuy = datetime.date(2025, g.ri(1, 10), g.ri(1, 28))
    doc.f("Em «d», após \"avaliação gratuita\" feita pela fonoaudióloga «f», o(a) autor(a) adquiriu um par de aparelhos auditivos «md» (séries «s1» e «s2») por «v», "
          "parcelados em «x» vezes no cartão. O vendedor «vd» garantiu \"30 dias de teste com devolução integral\", o que consta apenas em mensagem de WhatsApp. "
          "Os aparelhos apresentaram microfonia constante; foram feitos «k» ajustes sem resultado. Em «d2», dentro do prazo, «a» pediu a devolução, negada pela loja.\n",
          d=dbr(dbuy), f=P(g.pick([fono.full, fono.short])), md=model(g, mk[2]), s1=serial(g), s2=serial(g), v=money(g, 5200, 17000), x=g.pick([10, 12, 18]),
          vd=P(g.pick([vend.full, vend.short, vend.first])), k=g.pick(["três", "quatro", "5"]), d2=dbr(dbuy + datetime.timedelta(days=g.ri(12, 28))), a="o autor" if not aut.female else "a autora")
    doc.f("Acompanhou todas as visitas «r» «n» (telefone «p»), que poderá ser ouvid«o» como testemunha. «x»\n\n", r="sua filha" if fil.female else "seu filho",
          n=P(g.pick([fil.full, fil.short])), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=fil.o,
          x=g.pick(["", "Registrou reclamação no Procon (FA nº " + clean(g, lambda: f"{g.d(2)}.{g.ri(2025, 2026)}.{g.d(6)}") + "), sem acordo.", word_neg(g)]))
    doc.t("II — DO DIREITO\nAplica-se a Lei 8.078/1990 (arts. 6º, 18, 30 e 39, IV — vulnerabilidade agravada da pessoa idosa). A oferta vincula o fornecedor.\n\n")
    va, vb = g.ri(5200, 17000), g.ri(3000, 10000)
    doc.t(f"III — DOS PEDIDOS\na) restituição de R$ {brl(va)}; b) danos morais de R$ {brl(vb)}; c) inversão do ônus da prova.\nValor da causa: R$ {brl(va + vb)}.\n")
    if g.chance(0.6):
        lawyer_sign(g, doc, adv, uf, city)
    else:
        doc.f("\n«c», «d».\n\n«n»\n", c=city, d=g.docdate(), n=P(g.pick([aut.full, aut.caps])))
        if g.chance(0.5):
            doc.f("(a rogo, por não saber assinar: «n», CPF «c»)\n", n=P(fil.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_sus(g: Gen) -> Doc:
    """An action against the State and the city (obrigação de fazer, urgent relief) for a child's cochlear implant or hearing aids in the
    SUS, filed by the public defender or a lawyer: the child (birth date, CNS) represented by the mother (RG, CPF, phone, address, CEP),
    the ENT's report (CRM; the RQE unlabelled), the audiologist (CRFa), the social worker (CRESS) sometimes; Lei 8.080/1990, Lei
    13.146/2015, Portaria GM/MS 2.776/2014; CNJ number of a state or federal court."""
    doc = Doc()
    city, uf = city_uf(g)
    mae = g.person(True)
    cri = kid(g, mae)
    orl, fono, ass, dfn = g.person(), g.person(g.chance(0.85)), g.person(g.chance(0.85)), g.person()
    implant = g.chance(0.6)
    fed = g.chance(0.3)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) {'FEDERAL DA ' + str(g.ri(1, 9)) + 'ª VARA' if fed else 'DA VARA DA FAZENDA PÚBLICA'} DE {fold(city).upper()}/{uf}\n\n")
    doc.f("«n», menor impúbere, nascid«o» em «d», Cartão Nacional de Saúde «c», neste ato representad«o» por sua genitora ", n=P(g.pick([cri.caps, cri.full])),
          o=cri.o, d=(kid_dob(g, "br", 2018, 2024), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"))
    qualify(g, doc, mae, phone=g.chance(0.7), where=(city, uf))
    who = g.chance(0.5)
    doc.f(", «r», vem propor AÇÃO DE OBRIGAÇÃO DE FAZER COM PEDIDO DE TUTELA DE URGÊNCIA em face do ESTADO DE «e» e do MUNICÍPIO DE «m».\n\n",
          r="assistida pela Defensoria Pública" if who else "por seu advogado", e=fold(UF_NAME[uf]).upper(), m=fold(city).upper())
    doc.f("A criança tem «l» (CID «cid»), confirmada por PEATE e audiometria comportamental. O laudo do otorrinolaringologista «o» («crm»«rqe») indica «t» com urgência, "
          "pois a janela de plasticidade auditiva se fecha nos primeiros anos. A fonoaudióloga «f» («cf») atesta que o uso de AASI por 6 meses não trouxe ganho.\n",
          l="perda auditiva neurossensorial bilateral profunda" if implant else "perda auditiva neurossensorial bilateral moderada a severa",
          cid=g.pick(["H90.3", "H90.5", "Q16.9"]), o=P(g.pick([orl.full, orl.short])), crm=crm_ent(g, uf)[0], rqe=crm_ent(g, uf)[1],
          t="implante coclear bilateral" if implant else "a concessão de aparelhos de amplificação sonora individual (AASI) bilaterais e sistema FM",
          f=P(g.pick([fono.full, fono.short])), cf=(crfa(g, uf), "PROFESSIONAL_ID"))
    doc.f("O pedido administrativo («p») aguarda na fila da regulação desde «d», sem previsão, no «u».\n", p=proto(g), d=g.date("br"), u=g.pick(SUS_UNITS))
    if g.chance(0.5):
        doc.f("Relatório social de «a» («c») descreve renda familiar de «v» e deslocamento de 3 horas até o serviço.\n", a=P(g.pick([ass.full, ass.short])),
              c=(g.council("CRESS", uf), "PROFESSIONAL_ID"), v=money(g, 900, 2600))
    doc.t("Fundamentos: art. 196 da Constituição, Lei 8.080/1990, Lei 13.146/2015 (arts. 18 e 24) e Portaria GM/MS 2.776/2014.\n"
          "Pedidos: tutela de urgência para o fornecimento em 30 dias, sob pena de multa diária e bloqueio de verbas; confirmação ao final.\n")
    doc.f("Endereço para intimação da genitora: «a», CEP «c». Telefone/WhatsApp: «p».\n", a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"),
          p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if who:
        doc.f("\n«c», «d».\n\n«n»\nDefensor" + ("a" if dfn.female else "") + " Públic" + dfn.o + "\n", c=city, d=g.docdate(), n=P(dfn.full))
    else:
        lawyer_sign(g, doc, dfn, uf, city)
    if g.chance(0.5):
        doc.f("\nDistribuído em «d» sob o nº «n».\n", d=g.docdate("br"), n=cnj_fed(g) if fed else cnj_of(g, uf))
    return doc


def ju_plano(g: Gen) -> Doc:
    """A NIP complaint to the health-plan regulator (ANS) and the plan's answer, over a refused hearing aid, BAHA or cochlear implant: the
    beneficiary (card number unlabelled, CPF, birth date, e-mail, phone), a dependent child sometimes, the plan's CNPJ and ANS
    registration (unlabelled), the ENT (CRM); Lei 9.656/1998, Lei 14.454/2022; the plan's analyst and the lawyer who follows the case."""
    doc = Doc()
    city, uf = city_uf(g)
    plan, pdom = g.pick(PLANS)
    ben, orl, ana, adv = g.person(), g.person(), g.person(g.chance(0.7)), g.person()
    dep = g.chance(0.4)
    pac = kid(g, ben) if dep else ben
    doc.f("ANS — Notificação de Intermediação Preliminar (NIP) — demanda «p»\nOperadora: «o» — registro ANS «r» — CNPJ «c»\n\n", p=g.neg(11), o=plan,
          r=g.ri(300000, 429999), c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Beneficiário titular", P(ben.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nº da carteirinha", V(clean(g, lambda: f"{g.d(4)} {g.d(4)} {g.d(4)} {g.d(4)}")))]
    if dep:
        fields += [("Beneficiário atendido", P(pac.full)), ("Data de nascimento", (kid_dob(g, "br"), "DATE_OF_BIRTH"))]
    else:
        fields += [("Data de nascimento", (g.dob("br", 1940, 1975), "DATE_OF_BIRTH"))]
    fields += [("E-mail", (g.email(ben), "EMAIL_ADDRESS")), ("Telefone", (g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    item = g.pick(["implante coclear unilateral", "prótese auditiva ancorada no osso (BAHA)", "cirurgia de implante coclear com processador de fala",
                   "troca do processador de fala do implante coclear"])
    doc.f("\nRelato: A operadora negou a cobertura de «i» prescrito pelo «t» «o» («crm»), alegando \"procedimento fora do rol\" e \"carência\". "
          "O beneficiário está no plano há «a» anos. «x»\n", i=item, t="otorrino", o=P(g.pick([orl.full, orl.short])), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          a=g.ri(3, 22), x=g.pick(["Pede cobertura com base na Lei 14.454/2022.", "Anexa laudo, audiometria e a negativa por e-mail.", ""]))
    doc.f("\nResposta da operadora — «d»\nEm análise técnica, a «o» reviu a negativa: o procedimento consta do Rol (DUT nº «n») e foi autorizado sob a senha «s». "
          "Analista responsável: «a» («m»).\n", d=g.date("br", 2026), o=plan, n=g.pick([20, 22, 23]), s=clean(g, lambda: g.d(8)), a=P(g.pick([ana.full, ana.short])),
          m=(corp_mail(ana, pdom, g), "EMAIL_ADDRESS") if g.chance(0.6) else role_mail(g, pdom, "nip"))
    if g.chance(0.6):
        doc.f("\nAcompanhamento jurídico: «n» — «o» — «e»\n", n=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick(["adv.br", "gmail.com"])), "EMAIL_ADDRESS"))
    doc.t("Disque ANS 0800 701 9656 — Lei 9.656/1998, art. 10 e RN 465/2021.\n")
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """A labour claim by an audiologist hired as a 'PJ' by a hearing-aid store (pejotização): the claimant qualified (birth date, RG or
    CNH, CPF, PIS, título sometimes, CRFa, e-mail and phone sometimes, address, CEP), her own MEI's CNPJ, the store's CNPJ and the
    partner's CPF, the manager who set her sales targets, the witness (CPF, address), the lawyer with OAB; the TRT's CNJ number."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    rec, soc, ger, tst, adv = g.person(g.chance(0.85)), g.person(), g.person(), g.person(), g.person()
    caps = g.chance(0.3)
    doc.t(f"EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DO TRABALHO DA {g.ri(1, 40)}ª VARA DO TRABALHO DE {fold(city).upper()}/{uf}\n\n")
    if g.chance(0.3):
        doc.t(f"Distribuição por dependência ao processo {trt_of(g, uf)}\n\n")
    qualify(g, doc, rec, caps=caps, dob=(1978, 2000), pis=True, job=("fonoaudiólogo", "fonoaudióloga"), email=g.chance(0.5), phone=g.chance(0.6),
            titulo=g.chance(0.5), where=(city, uf))
    doc.f(", inscrit«o» no «cr», vem propor RECLAMAÇÃO TRABALHISTA em face de «f», CNPJ «n», com sede na «a», na pessoa de «so» «p», CPF «pc».\n\n",
          o=rec.o, so="sua sócia" if soc.female else "seu sócio", cr=(crfa(g, uf), "PROFESSIONAL_ID"), f=lname.upper() if caps else lname, n=(g.any_cnpj(), "BR_CNPJ"), a=g.pick(STORE_SEATS),
          p=P(soc.caps if caps else soc.full), pc=(g.cpf(), "BR_CPF"))
    doc.t("I — DOS FATOS\n")
    doc.f("Foi contratad«o» em «a» para atender na loja, com a exigência de abrir a empresa «m» (MEI, CNPJ «mc») e emitir nota mensal. Cumpria horário das 9h às 18h, "
          "usava uniforme e crachá, e recebia metas de venda de «k» pares por mês d«ga» «gr», que cobrava em grupo de WhatsApp. "
          "Remuneração: «v» fixos + comissão de «c»% sobre aparelhos vendidos. Foi desligad«o» em «d» sem aviso.\n", o=rec.o, a=g.date("br", g.ri(2020, 2023)),
          m=f"{rec.first} {rec.last} Fonoaudiologia".upper() if caps else f"{rec.short} Serviços de Fonoaudiologia", mc=(g.cnpj(g.pick(["dot", "raw"])), "BR_CNPJ"),
          k=g.ri(6, 14), ga="a gerente" if ger.female else "o gerente", gr=P(g.pick([ger.full, ger.short, ger.first])), v=money(g, 2500, 4500), c=g.pick([3, 4, 5, 8]), d=g.date("br"))
    doc.f("A testemunha «t», ex-consultor" + ("a" if tst.female else "") + " de vendas, CPF «c», residente na «a», presenciou a rotina.\n\n", t=P(tst.full), c=(g.cpf(), "BR_CPF"),
          a=(g.address(), "ADDRESS"))
    doc.t("II — DOS PEDIDOS\na) reconhecimento do vínculo (arts. 2º, 3º e 9º da CLT) e anotação da CTPS; b) verbas rescisórias, férias + 1/3, 13º e FGTS + 40%; "
          "c) integração das comissões; d) honorários (art. 791-A da CLT).\n")
    doc.t(f"Dá-se à causa o valor de R$ {brl(g.ri(40000, 160000))}.\n")
    lawyer_sign(g, doc, adv, uf, city)
    return doc


def ju_procon(g: Gen) -> Doc:
    """A Procon complaint record and conciliation (in capitals sometimes): the consumer qualified (CPF, RG, birth date sometimes, phone,
    e-mail, address, CEP), the supplier (CNPJ) and its representative with RG, the conciliator; the settlement refunded to agency and
    account, to a random Pix key or as a card reversal; signatures."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    con, prep, conc = g.person(), g.person(), g.person(g.chance(0.6))
    caps = g.chance(0.4)
    up = caps_t if caps else (lambda s: s)
    doc.t(up(f"PROCON {fold(city).upper()} — TERMO DE AUDIÊNCIA DE CONCILIAÇÃO\n"))
    doc.f(up("FA nº «f» — «d»\n\n"), f=clean(g, lambda: f"{g.d(2)}.{g.ri(2025, 2026)}.{g.d(6)}-{g.d(1)}"), d=g.date("br", 2026))
    doc.t(up("RECLAMANTE: "))
    fields = [(up("Nome"), P(con.capsf if caps else con.full)), (up("CPF"), (g.cpf(), "BR_CPF")), (up("RG"), (g.rg(), "BR_RG"))]
    if g.chance(0.5):
        fields.append((up("Nascimento"), (old_dob(g, "br"), "DATE_OF_BIRTH")))
    fields += [(up("Telefone"), (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")), (up("E-mail"), (g.email(con), "EMAIL_ADDRESS")),
               (up("Endereço"), (g.address("caps" if caps else "text"), "ADDRESS")), (up("CEP"), (g.cep(), "BR_CEP"))]
    doc.t("\n")
    kv_block(doc, fields, "caps" if caps else g.pick(["plain", "dots"]))
    doc.f(up("\nRECLAMADA: «f» — CNPJ «c»\nRepresentante: «p», RG «r», munido de carta de preposição.\nConciliador(a): «k»\n\n"), f=lname.upper() if caps else lname,
          c=(g.any_cnpj(), "BR_CNPJ"), p=P(prep.capsf if caps else prep.full), r=(g.rg(), "BR_RG"), k=P(conc.capsf if caps else conc.full))
    doc.t(up(g.pick(["Relato: aparelho auditivo adquirido em período de teste; consumidor devolveu em 10 dias e não recebeu o reembolso.\n",
                     "Relato: aparelho com defeito recorrente (sem som no lado esquerdo), três envios à assistência sem solução.\n",
                     "Relato: cobrança de manutenção preventiva não contratada na fatura do cartão.\n"])))
    kind = g.pick(["conta", "pix", "estorno"])
    if kind == "conta":
        doc.f(up("ACORDO: a reclamada restituirá «v» em até 10 dias por depósito no «b», agência «a», conta «c», de titularidade do reclamante.\n"),
              v=money(g, 900, 12000), b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    elif kind == "pix":
        doc.f(up("ACORDO: a reclamada pagará «v» via Pix para a chave aleatória «k» até «d».\n"), v=money(g, 900, 12000), k=(g.uuid(), "PIX_KEY"), d=g.date("br", 2026))
    else:
        doc.f(up("ACORDO: a reclamada solicitará o estorno integral de «v» no cartão «m» em até 2 faturas.\n"), v=money(g, 900, 12000), m=g.masked_card())
    doc.t(up("O descumprimento implica multa de 20% (art. 56 da Lei 8.078/1990).\n"))
    named = g.chance(0.5)
    for p, r in ((con, "Reclamante"), (prep, "Reclamada"), (conc, "Conciliador(a)")):
        if named:
            doc.f("\n______________________\n«n» — «r»\n", n=P(p.capsf if caps else p.full), r=up(r))
        else:
            doc.t("\n______________________\n" + up(r) + "\n")
    return doc


def ju_contrato(g: Gen) -> Doc:
    """A sales contract for a pair of hearing aids with a trial period and instalments: the buyer (CPF, RG, birth date sometimes,
    address, CEP, e-mail, phone), a responsible relative sometimes, the store's CNPJ and its technical manager (CRFa), the devices
    (serials unlabelled), the payment (card, boleto or a bank debit with agency and account), two witnesses with CPF; the e-signature log
    with e-mails and public IPs."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cmp, rt, resp = elder(g), g.person(g.chance(0.85)), None
    resp = g.relative(cmp) if g.chance(0.5) else None
    caps = g.chance(0.25)
    up = caps_t if caps else (lambda s: s)
    doc.t(up("CONTRATO DE COMPRA E VENDA DE APARELHOS DE AMPLIFICAÇÃO SONORA INDIVIDUAL (AASI) COM PERÍODO DE ADAPTAÇÃO\n\n"))
    doc.f(up("VENDEDORA: «f», CNPJ «c», estabelecida na «a», neste ato representada por sua responsável técnica «r», fonoaudióloga, «k».\n"),
          f=lname.upper() if caps else lname, c=(g.any_cnpj(), "BR_CNPJ"), a=g.pick(STORE_SEATS), r=P(rt.capsf if caps else rt.full), k=(crfa(g, uf), "PROFESSIONAL_ID"))
    doc.t(up("COMPRADOR(A): "))
    qualify(g, doc, cmp, caps=caps, dob=(1933, 1960) if g.chance(0.5) else False, email=g.chance(0.5), phone=True, job=("aposentado", "aposentada"))
    doc.t(".\n")
    if resp:
        doc.f(up("RESPONSÁVEL SOLIDÁRIO: «n», CPF «c», telefone «p».\n"), n=P(resp.capsf if caps else resp.full), c=(g.cpf(), "BR_CPF"),
              p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    m1 = model(g)
    doc.f(up("CLÁUSULA 1ª — Objeto: 2 (dois) aparelhos «m», séries «a» (OD) e «b» (OE), NCM 9021.40.00, com carregador e kit de limpeza.\n"), m=m1, a=serial(g), b=serial(g))
    doc.f(up("CLÁUSULA 2ª — Preço: «v», pago «p».\n"), v=money(g, 4800, 18000),
          p=g.pick([[V("em 12 parcelas no cartão " + g.masked_card())], [V("em 10 boletos mensais")],
                    [V("em 10 parcelas por débito automático no " + bank(g) + ", agência "), (g.agency(), "BANK_ACCOUNT"), V(", conta "), (g.account(), "BANK_ACCOUNT")]]))
    doc.t(up("CLÁUSULA 3ª — Período de adaptação de 30 dias; devolvidos em perfeito estado, será restituído o valor pago, descontados R$ 350,00 de moldes.\n"
             "CLÁUSULA 4ª — Garantia de 24 meses contra defeitos de fabricação (Lei 8.078/1990). Excluem-se umidade, queda e cerume.\n"))
    doc.f(up("\n«c», «d».\n"), c=city, d=g.docdate())
    witnesses(g, doc, 2, caps)
    signers = [(cmp, g.email(cmp)), (rt, corp_mail(rt, dom, g))]
    if resp:
        signers.append((resp, g.email(resp)))
    esign_log(g, doc, signers, g.moment(datetime.date(2026, g.ri(1, 5), g.ri(1, 28))))
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report (ALL CAPS, OCR'd sometimes) on the 'free INSS hearing aid' scam: fake sellers visit an elderly person, take photos
    of documents and a selfie, a payroll loan is taken in the victim's name and credited to her account (agency and account); the victim
    qualified (birth date, RG, CPF, address, CEP, phone), the son or daughter who reports (CPF, phone), the name the swindler used and a
    nickname, the car's plate, the neighbour who saw it, the delegate and the clerk."""
    doc = Doc()
    city, uf = city_uf(g)
    vit = elder(g)
    fil, gol, viz, dlg, esc = g.relative(vit), g.person(False), g.person(), g.person(), g.person()
    ocrd = g.chance(0.3)
    O = (lambda s: ocr(s, g, 0.25)) if ocrd else (lambda s: s)
    OT = (lambda s: ocr_t(s, g, 0.25)) if ocrd else (lambda s: s)
    doc.t(O(f"POLÍCIA CIVIL — {fold(UF_NAME[uf]).upper()}\n{g.ri(1, 90)}º DISTRITO POLICIAL DE {fold(city).upper()}\nBOLETIM DE OCORRÊNCIA Nº ")
          + clean(g, lambda: f"{g.up(2)}{g.d(4)}-{g.ri(1, 9)}/{g.ri(2025, 2026)}") + "\n")
    doc.t(O(f"NATUREZA: ESTELIONATO CONTRA PESSOA IDOSA (ART. 171, §4º, CP)\nDATA DO FATO: {fold(g.date('br'))}\n\n"))
    doc.t(O("VITIMA: "))
    doc.e(vit.capsf, "PERSON")
    doc.t(O(", NASCID" + vit.o.upper() + " EM "))
    doc.e(old_dob(g, "br"), "DATE_OF_BIRTH")
    doc.t(O(", RG "))
    doc.e(g.rg(), "BR_RG")
    doc.t(O(", CPF "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(O(", RESIDENTE NA "))
    doc.e(g.address("caps"), "ADDRESS")
    doc.t(O(", CEP "))
    doc.e(g.cep(), "BR_CEP")
    doc.t(O(", TEL. "))
    doc.e(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER")
    doc.t(O(".\nCOMUNICANTE: "))
    doc.e(fil.capsf, "PERSON")
    doc.t(O(", FILH" + ("A" if fil.female else "O") + " DA VITIMA, CPF "))
    doc.e(g.cpf(), "BR_CPF")
    doc.t(O(", TEL. "))
    doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    doc.t(".\n\n")
    nick = g.pick(FREE_NICK)
    doc.f(OT("HISTORICO: RELATA O(A) COMUNICANTE QUE UM HOMEM QUE SE APRESENTOU COMO «g», \"FONOAUDIOLOGO DO PROGRAMA DO INSS\", ESTEVE NA CASA DA VITIMA E OFERECEU "
            "APARELHO AUDITIVO GRATUITO. FOTOGRAFOU RG E CPF E TIROU SELFIE DA VITIMA \"PARA O CADASTRO\". CHEGOU NUM VEICULO «v» PLACA «p». "
            "DIAS DEPOIS FOI CREDITADO UM EMPRESTIMO CONSIGNADO DE «x» NA CONTA DA VITIMA NO «b», AGENCIA «a», CONTA «c», E NO MESMO DIA HOUVE "
            "TRANSFERENCIAS PARA TERCEIROS. O APARELHO ENTREGUE E UM AMPLIFICADOR DE R$ 80,00. «vz» «z» VIU O HOMEM, CONHECIDO NO BAIRRO COMO \"«k»\". "
            "«w»\n"),
          g=P(gol.capsf), v=g.pick(["GOL BRANCO", "ONIX PRATA", "HB20 PRETO", "KWID VERMELHO"]), p=(g.plate(), "LICENSE_PLATE"), x="R$ " + brl(g.ri(6000, 28000)),
          b=fold(bank(g)).upper(), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), z=P(viz.capsf), vz="A VIZINHA" if viz.female else "O VIZINHO", k=P(fold(nick).upper()),
          w=g.pick(["A VITIMA NAO RECONHECE O CONTRATO Nº " + g.neg(11) + ".", "O INSS FOI INFORMADO PELO 135.", "CONTRATO Nº " + g.neg(11) + " NAO RECONHECIDO."]))
    doc.f(OT("\nAUTORIDADE: «d» — DELEGAD«o» DE POLICIA\nESCRIVA(O): «e»\n"), d=P(dlg.capsf), o=dlg.o.upper(), e=P(esc.capsf))
    return doc


# ------------------------------------------------------------------ saude

def sa_laudo(g: Gen) -> Doc:
    """An audiological report (audiometria tonal e vocal, imitanciometria), OCR'd in some copies: the clinic or store, the patient (name,
    birth date, age, CPF or CNS), the requesting ENT (CRM), the thresholds (numbers, unlabelled), the tympanogram, the conclusion with
    an ICD-10 code, the audiologist's signature with CRFa."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    pac, orl, fono = elder(g) if g.chance(0.7) else g.person(), g.person(), g.person(g.chance(0.85))
    ocrd = g.chance(0.35)
    L = (lambda s: ocr_t(s, g, 0.3)) if ocrd else (lambda s: s)
    dd, mm, yy = g.dob_parts(1935, 1995)
    doc.f(L("«s» — Setor de Audiologia\nLAUDO AUDIOLÓGICO\n\n"), s=short.upper())
    nm = pac.capsf if ocrd else g.pick([pac.full, pac.caps])
    if ocrd and g.chance(0.4):
        nm = ocr(nm, g, 0.5, names=True)
    doc.f(L("Paciente: «n»   Nascimento: «d»   Idade: «i» anos\n"), n=P(nm), d=(fmt_date(dd, mm, yy, g.pick(["br", "dot"])), "DATE_OF_BIRTH"), i=2026 - yy)
    k = g.pick(["cpf", "cns", "both"])
    if k in ("cpf", "both"):
        doc.f(L("CPF: «c»   "), c=(g.cpf(), "BR_CPF"))
    if k in ("cns", "both"):
        doc.f(L("CNS: «c»"), c=(g.cns(), "BR_CNS"))
    if g.chance(0.5):
        doc.f(L("   Tel.: «t»"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(L("   Solicitante: «o» «m»\nData do exame: «e»   Equipamento: audiômetro AD-«q», calibrado em «k»\n\n"), o=dr(orl), m=[P(orl.full), V(" — "), (g.council("CRM", uf), "PROFESSIONAL_ID")],
          e=g.date("br", 2026), q=g.ri(200, 699), k=g.date("br", 2025))
    doc.t(L("Meatoscopia: ") + g.pick(["sem alterações bilateralmente", "cerume não obstrutivo em OD", "OE com rolha de cerume parcial"]) + "\n")
    doc.t(L("AUDIOMETRIA TONAL LIMIAR (via aérea, dB NA)\n"))
    loss = g.ri(20, 75)
    audiogram(g, doc, loss=loss)
    doc.t(L("Imitanciometria: curva ") + g.pick(["A bilateral", "As em OD e A em OE", "B em OE", "C bilateral"]) + L("; reflexos estapedianos ") +
          g.pick(["presentes", "ausentes bilateralmente", "presentes com recrutamento"]) + ".\n")
    cid = g.pick(CIDS)
    doc.f(L("\nConclusão: «l» de grau «g» (CID «c»). Indicada avaliação para AASI bilateral e reavaliação em 12 meses.\n"), l=cid[1], g="leve" if loss < 35 else "moderado" if loss < 50 else "moderadamente severo" if loss < 62 else "severo",
          c=cid[0])
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    doc.t("\n_______________________________\n")
    doc.e(g.pick([fono.full, fono.caps]) if not ocrd else ocr(fono.full, g, 0.3, names=True), "PERSON")
    doc.t("\n" + L("Fonoaudiólog" + fono.o) + " — ")
    doc.e(crfa(g, uf), "PROFESSIONAL_ID")
    doc.t("\n")
    return doc


def sa_tan(g: Gen) -> Doc:
    """The newborn hearing-screening book of a maternity ward (teste da orelhinha): per baby 'RN de' the mother (a person), the baby's
    birth date, the baby's CNS sometimes, risk factors, OAE and AABR results (numbers and words), the retest date (not a birth date), the
    mother's phone; the screener (audiologist with CRFa or nurse with COREN); then the referral of a baby who failed (mother's address and
    CEP, the baby's name when registered)."""
    doc = Doc()
    city, uf = city_uf(g)
    mat = g.pick(MATERNITIES)
    fono, enf = g.person(g.chance(0.85)), g.person(g.chance(0.8))
    d0 = g.day()
    doc.t(f"{mat.upper()} — TRIAGEM AUDITIVA NEONATAL (TAN) — livro de registro — {dbr(d0)}\n")
    doc.f("Triadora: «f» («c») | Enfermeira do alojamento: «e» («ec»)\n\n", f=P(g.pick([fono.full, fono.short])), c=(crfa(g, uf), "PROFESSIONAL_ID"),
          e=P(g.pick([enf.short, enf.first])), ec=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    style = g.pick(["plus", "psql", "md", "pipe", "plain", "csv"])
    rows = []
    cpf_col = g.chance(0.5)
    failed = None
    for i in range(g.ri(5, 7)):
        m = g.person(True)
        born = d0 - datetime.timedelta(days=g.ri(1, 3))
        r = g.pick(["passa", "passa", "passa", "passa", "falha OE", "falha bilateral"])
        risk = g.pick(["sem IRDA", "sem IRDA", "UTIN > 5 dias", "hiperbilirrubinemia", "hist. familiar de surdez", "sífilis congênita tratada", "prematuridade 33s"])
        rn = [P(m.full if style != "csv" else m.capsf)]
        rows.append([V("RN de"), rn[0]] + ([(g.cpf(), "BR_CPF")] if cpf_col else []) + [(dbr(born, g.pick(["br", "short"])), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS") if g.chance(0.5) else V("-"), V(risk),
                     V("EOA " + r), V(dbr(born + datetime.timedelta(days=g.ri(15, 30))) if r != "passa" or risk != "sem IRDA" else "-"),
                     (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER")])
        if r != "passa" and failed is None:
            failed = (m, born)
    cols = ["RN de (mãe)"] + (["CPF mãe"] if cpf_col else []) + ["nasc. RN", "CNS RN", "risco", "resultado", "reteste", "tel. mãe"]
    if style == "csv":
        table_csv(doc, cols, [r[1:] for r in rows], ";")
    else:
        table_ruled(doc, cols, [r[1:] for r in rows], style)
    if failed is None:
        failed = (g.person(True), d0 - datetime.timedelta(days=2))
    m, born = failed
    bb = kid(g, m)
    doc.f("\nENCAMINHAMENTO — reteste/PEATE no «u»\nRN «b», filh«o» de «m», nascid«o» em «d». Endereço da mãe: «a», «ba», CEP «c». «x»\n", u=g.pick(SUS_UNITS),
          b=P(g.pick([bb.full, bb.caps])), o=bb.o, m=P(m.full), d=(dbr(born), "DATE_OF_BIRTH"), a=(g.address(), "ADDRESS"), ba=g.pick(BAIRROS), c=(g.cep(), "BR_CEP"),
          x=g.pick(["Mãe orientada sobre a importância do reteste.", "Pai presente e ciente.", word_neg(g)]))
    return doc


def sa_apac(g: Gen) -> Doc:
    """The SUS form that requests hearing aids (laudo para solicitação de OPM / APAC) as numbered '| box | value' lines, OCR'd sometimes:
    patient, CNS, birth date, sex, mother's name, phone, address, CEP, city; ICD-10; the SIGTAP procedure codes, CNES and the APAC number
    (unlabelled); the requesting physician (CRM, and CNS sometimes), the audiologist (CRFa), the authorising regulator by name."""
    doc = Doc()
    city, uf = city_uf(g)
    pac = elder(g) if g.chance(0.7) else g.person()
    mae, med, fono, aut = g.person(True), g.person(), g.person(g.chance(0.85)), g.person()
    ocrd = g.chance(0.3)
    L = (lambda s: ocr(s, g, 0.3)) if ocrd else (lambda s: s)
    doc.t(L("SISTEMA ÚNICO DE SAÚDE — LAUDO PARA SOLICITAÇÃO/AUTORIZAÇÃO DE ÓRTESES, PRÓTESES E MATERIAIS ESPECIAIS (OPM)") + "\n")
    doc.t(L("Estabelecimento solicitante: ") + g.pick(SUS_UNITS) + "  CNES " + clean(g, lambda: g.d(7)) + "\n\n")
    fields = [("01", L("Nome do paciente"), P(pac.caps if not ocrd else ocr(pac.capsf, g, 0.4, names=True))), ("02", L("Cartão Nacional de Saúde"), (g.cns(), "BR_CNS")), ("02a", L("CPF"), (g.cpf(), "BR_CPF") if g.chance(0.6) else V("-")),
              ("03", L("Data de nascimento"), (g.dob("br", 1935, 2015), "DATE_OF_BIRTH")), ("04", L("Sexo"), V("F" if pac.female else "M")),
              ("05", L("Nome da mãe"), P(mae.caps)), ("06", L("Telefone"), (g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.6)), "PHONE_NUMBER")),
              ("07", L("Endereço"), (g.address("caps"), "ADDRESS")), ("08", L("Município"), V(f"{fold(city).upper()}/{uf}")), ("09", L("CEP"), (g.cep(), "BR_CEP"))]
    cid = g.pick(CIDS[:6])
    fields += [("10", L("CID-10 principal"), V(cid[0])), ("11", L("Diagnóstico"), V(cid[1])),
               ("12", L("Procedimento"), V(g.pick(["07.01.03.012-9 AASI externo retroauricular tipo A", "07.01.03.013-7 AASI externo retroauricular tipo B",
                                                   "07.01.03.014-5 AASI externo retroauricular tipo C", "07.01.03.003-0 AASI intra-canal tipo A"]))),
               ("13", L("Quantidade"), V(g.pick(["1", "2"]))), ("14", L("Justificativa"), V(g.pick(["perda bilateral simétrica, IPRF > 60%", "perda unilateral, trabalhador ativo",
                                                                                                      "idoso, isolamento social"])))]
    for n, k, v in fields:
        doc.t(f"| {n} | {k} | ")
        doc.e(v[0], v[1])
        doc.t("\n")
    doc.f("\n" + L("Profissional solicitante: ") + "«m» — «c»«cns»\n", m=P(g.pick([med.full, med.caps])), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          cns=[V(" — CNS "), (g.cns(), "BR_CNS")] if g.chance(0.6) else "")
    doc.f(L("Avaliação audiológica: ") + "«f» — «c»\n", f=P(g.pick([fono.full, fono.short])), c=(crfa(g, uf), "PROFESSIONAL_ID"))
    doc.f(L("Autorizador (regulação): ") + "«a» — " + L("Nº da APAC: ") + "«n» — " + L("validade: ") + "«v»\n", a=P(aut.full), n=clean(g, lambda: f"{uf_code(uf)}{g.d(11)}"),
          v=g.date("br", 2026))
    return doc


def uf_code(uf: str) -> str:
    return {"SP": "35", "MG": "31", "RJ": "33", "PR": "41", "RS": "43", "SC": "42", "BA": "29", "PE": "26", "CE": "23", "RN": "24", "PB": "25",
            "MA": "21", "PI": "22", "PA": "15", "AM": "13", "GO": "52", "MS": "50", "MT": "51", "ES": "32", "AL": "27", "SE": "28", "DF": "53"}.get(uf, "35")


def sa_implante(g: Gen) -> Doc:
    """The minutes of a cochlear-implant team's case meeting about a child, and the e-mail to the family: the child (birth date, CNS),
    both parents (phones, the mother's e-mail), the team (ENT with CRM, audiologist with CRFa, psychologist with CRP, social worker with
    CRESS), exams (numbers), the decision and the surgery date (not a birth date); the family's address and CEP for transport sometimes."""
    doc = Doc()
    city, uf = city_uf(g)
    unit = g.pick(SUS_UNITS)
    mae = g.person(True)
    pai = g.person(False)
    cri = kid(g, mae)
    orl, fono, psi, ass = g.person(), g.person(g.chance(0.85)), g.person(g.chance(0.8)), g.person(g.chance(0.85))
    mmail = g.email(mae)
    doc.f("«u»\nATA DE DISCUSSÃO DE CASO — PROGRAMA DE IMPLANTE COCLEAR — «d»\n\n", u=unit.upper(), d=g.docdate("br"))
    doc.t("Presentes:\n")
    for p, role, pid in ((orl, "otorrinolaringologista", (g.council("CRM", uf), "PROFESSIONAL_ID")), (fono, "fonoaudióloga" if fono.female else "fonoaudiólogo", (crfa(g, uf), "PROFESSIONAL_ID")),
                         (psi, "psicóloga" if psi.female else "psicólogo", (g.council("CRP", uf), "PROFESSIONAL_ID")),
                         (ass, "assistente social", (g.council("CRESS", uf), "PROFESSIONAL_ID"))):
        doc.f("- «n», «r» («c»)\n", n=P(g.pick([p.full, p.short])), r=role, c=pid)
    doc.f("\nPaciente: «n», DN «d», CNS «c». Responsáveis: «m» (mãe, «mp») e «p» (pai, «pp»).\n", n=P(g.pick([cri.full, cri.caps])),
          d=(kid_dob(g, "br", 2019, 2025), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"), m=P(mae.full), mp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"),
          p=P(g.pick([pai.full, pai.short])), pp=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("CPF da mãe: «a» | CPF do pai: «b» | e-mail: «e»\n", a=(g.cpf(), "BR_CPF"), b=(g.cpf(), "BR_CPF") if g.chance(0.6) else "não informado",
          e=(mmail, "EMAIL_ADDRESS"))
    doc.f("Histórico: falha na TAN, PEATE sem respostas a 95 dBNA bilateral; AASI desde «i» meses sem detecção de fala; TC de ossos temporais sem malformação (CID «c»).\n",
          i=g.ri(3, 9), c=g.pick(["H90.3", "H90.5"]))
    doc.f("Fono«f» relata adesão de «h» h/dia ao AASI. Psicologia: família com expectativas realistas. Serviço social: «x»\n",
          f=[V(": "), P(fono.first)] if g.chance(0.3) else "noaudiologia", h=g.ri(6, 12), x=g.pick(["transporte pelo TFD garantido.", "família sem renda fixa, inserida no BPC.", "mãe precisa de declaração para o trabalho."]))
    doc.f("Decisão: indicado implante coclear «l»; cirurgia prevista para «d».\n", l=g.pick(["bilateral simultâneo", "sequencial, OD primeiro", "unilateral OD"]),
          d=fmt_date(g.ri(1, 28), g.ri(8, 12), 2026, "br"))
    doc.f("\n---\nPara: «m»\nAssunto: decisão da equipe de implante coclear\n\nPrezada «n», informamos que a equipe aprovou a indicação de cirurgia de «k». A pré-consulta "
          "com a anestesia será no dia «d». «a»\nAtt., «s» — «e»\n", m=(mmail, "EMAIL_ADDRESS"), n=P(mae.first) if g.chance(0.5) else "família", k=P(cri.first) if g.chance(0.5) else "implante", d=fmt_date(g.ri(1, 28), 7, 2026, "br"),
          a=g.pick([[V("A van do TFD (placa "), (g.plate(), "LICENSE_PLATE"), V(") buscará vocês na "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP"), V(", às 5h.")],
                    [V("O transporte buscará vocês na "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP"), V(".")], [V("Tragam os exames originais.")]]),
          s=P(g.pick([ass.short, fono.short])), e=role_mail(g, "saude." + g.pick(["sp", "mg", "ba", "pr"]) + ".gov.br", "implante"))
    return doc


def sa_otorrino(g: Gen) -> Doc:
    """An ENT outpatient record in clinical shorthand: ID line (name, age, DN, CPF or CNS, phone), companion by name, HDA (hypoacusis,
    tinnitus, vertigo), otoscopy, conduct (ear wash by the nurse with COREN, audiometry, referral to the hearing service), ICD-10 codes;
    the physician with CRM (RQE unlabelled)."""
    doc = Doc()
    city, uf = city_uf(g)
    pac = elder(g)
    med, enf = g.person(), g.person(g.chance(0.8))
    acp = g.relative(pac) if g.chance(0.6) else None
    dd, mm, yy = g.dob_parts(1932, 1962)
    doc.f("Ambulatório de ORL — «u» — «d»\n", u=g.pick(SUS_UNITS + ["Clínica Otorrino Leão Branco", "Consultório Dr. Sarapião (particular)"]), d=ts(g.moment(), "br"))
    doc.f("ID: «n», «i»a, DN «dn», «doc» | tel «t»\n", n=P(g.pick([pac.full, pac.caps, pac.capsf])), i=2026 - yy, dn=(fmt_date(dd, mm, yy, g.pick(["br", "short", "nopad"])), "DATE_OF_BIRTH"),
          doc=g.pick([[V("CPF "), (g.cpf(), "BR_CPF")], [V("CNS "), (g.cns(), "BR_CNS")]]), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("End.: «a» — CEP «c»\n", a=(g.address(g.pick(["text", "caps"])), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    if acp:
        doc.f("Acomp.: «n» («r»)\n", n=P(g.pick([acp.first, acp.full])), r="filha" if acp.female else "filho")
    doc.t(g.pick(["QP: \"não escuto a TV\".\n", "QP: zumbido OE há 2 anos.\n", "QP: tontura rotatória e hipoacusia.\n"]))
    doc.t("HDA: pcte refere hipoacusia progressiva bilat há " + str(g.ri(2, 10)) + " anos, pior em ambiente ruidoso; " +
          g.pick(["nega otorreia/otalgia", "zumbido agudo contínuo OE", "usou AASI por 1 mês e abandonou", "trabalhou 20 anos em metalúrgica s/ EPI"]) + ".\n")
    doc.t("Otoscopia: " + g.pick(["rolha de cerume OD, OE MT íntegra", "MT íntegras, opacas bilat", "rolha bilat"]) + ". Rinne +/+, Weber indiferente.\n")
    doc.f("CD: «c» Solicito audiometria tonal/vocal + imitanciometria. Encaminho ao serviço de saúde auditiva p/ AASI. Retorno c/ exames.\n",
          c=g.pick([[V("lavagem otológica OD realizada pela enf. "), P(enf.short), V(" ("), (g.council("COREN", uf), "PROFESSIONAL_ID"), V(")—sem intercorrências.")],
                    [V("ceruminolítico 5 dias, lavagem no retorno.")], [V("orientado sobre proteção auditiva.")]]))
    doc.f("HD: «a»; «b»\n", a=g.pick(["H61.2 cerume impactado", "H91.1 presbiacusia", "H83.3 PAIR"]), b=g.pick(["H93.1 zumbido", "H90.3 PANS bilat", "R42 tontura"]))
    crm, rqe = crm_ent(g, uf)
    doc.f("«n» — «c»«r»\n", n=P(g.pick([med.full, med.short, med.caps])), c=crm, r=rqe)
    return doc


def sa_ilpi(g: Gen) -> Doc:
    """An audiologist's monthly visit report at a long-stay home for the elderly: the home (CNPJ), the nursing coordinator (COREN); a
    table of residents with aids (name, DN, model, side, what was done: wax, batteries, a lost aid with the family member called and a
    phone); the audiologist's signature with CRFa; an e-mail to the home's administrator sometimes."""
    doc = Doc()
    city, uf = city_uf(g)
    ilpi = g.pick(ILPIS)
    lname, dom, short = store(g)
    fono, coord, adm = g.person(g.chance(0.85)), g.person(g.chance(0.8)), g.person()
    doc.f("RELATÓRIO DE VISITA — ACOMPANHAMENTO AUDITIVO — «i» (CNPJ «c»)\nData: «d» | Prestador: «s»\nCoordenação de enfermagem: «k» — «kc»\n\n", i=ilpi, c=(g.any_cnpj(), "BR_CNPJ"),
          d=g.date("br", 2026), s=short, k=P(g.pick([coord.full, coord.short])), kc=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    style = g.pick(["plus", "psql", "md", "pipe", "plain"])
    cns_col = g.chance(0.6)
    rows, notes = [], []
    for i in range(g.ri(4, 6)):
        r = elder(g)
        act = g.pick(["limpeza + troca de filtro", "pilhas trocadas", "cerume OD — solicitar lavagem", "sem queixas", "ajuste de volume", "APARELHO OE NÃO LOCALIZADO"])
        rows.append([P(g.pick([r.full, r.caps, r.short])), (old_dob(g, g.pick(["br", "short"])), "DATE_OF_BIRTH")] + ([(g.cns(False), "BR_CNS")] if cns_col else []) +
                    [V(model(g)), V(g.pick(["OD", "OE", "bilat"])), V(act)])
        if act.startswith("APARELHO"):
            f = g.relative(r)
            notes.append((r, f))
    table_ruled(doc, ["residente", "DN"] + (["CNS"] if cns_col else []) + ["aparelho", "lado", "conduta"], rows, style)
    for r, f in notes:
        doc.f("* «r»: família avisada — «k» «n», «p».\n", r=P(r.first), k="filha" if f.female else "filho", n=P(f.short), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\n«x» Próxima visita em 30 dias.\n", x=g.pick(["Cuidadoras orientadas a retirar os aparelhos no banho.", word_neg(g), "Estoque de pilhas 312 baixo."]))
    signed(g, doc, fono, "Fonoaudióloga" if fono.female else "Fonoaudiólogo", crfa(g, uf))
    if g.chance(0.5):
        doc.f("\nEnviado para «a» <«m»> e «r»\n", a=P(adm.full), m=(corp_mail(adm, "lar" + g.pick(["saobento", "aurora", "esperanca"]) + ".org.br", g), "EMAIL_ADDRESS"),
              r=role_mail(g, dom, "fono"))
    return doc


def sa_referencia(g: Gen) -> Doc:
    """A referral from a primary-care unit to the hearing-health service and its counter-referral: the patient (name, CNS, birth date,
    CPF sometimes, address, CEP, phone), the community health agent by name, the UBS physician (CRM), ICD-10; the service's reply (the
    aids granted with serials unlabelled, the audiologist with CRFa, the ENT with CRM, the return date); the UBS nurse's e-mail."""
    doc = Doc()
    city, uf = city_uf(g)
    pac = elder(g) if g.chance(0.6) else g.person()
    acs, med, fono, orl, enf = g.person(), g.person(), g.person(g.chance(0.85)), g.person(), g.person(g.chance(0.8))
    ubs = f"UBS {g.pick(['Vila Rosa', 'Jardim Aurora', 'São Bento', 'Cohab II', 'Alto da Paz', 'Parque das Flores'])}"
    unit = g.pick(SUS_UNITS)
    doc.f("SECRETARIA MUNICIPAL DE SAÚDE DE «c»\nGUIA DE REFERÊNCIA E CONTRARREFERÊNCIA\n\n", c=fold(city).upper())
    doc.f("Origem: «u» — ACS: «a»\nDestino: «d»\n", u=ubs, a=P(g.pick([acs.full, acs.first, acs.short])), d=unit)
    fields = [("Paciente", P(g.pick([pac.full, pac.caps]))), ("CNS", (g.cns(), "BR_CNS")), ("DN", (g.dob("br", 1934, 2010), "DATE_OF_BIRTH"))]
    if g.chance(0.4):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    cid = g.pick(CIDS)
    doc.f("Motivo: «m» (CID «c»). Audiometria anexa.\nMédico(a): «n» — «k»\n\n", m=cid[1], c=cid[0], n=P(med.full), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("CONTRARREFERÊNCIA — «d»\nConcedidos 2 AASI «m» (séries «a» / «b»). Adaptação por «f» («fc»). Avaliação médica: «o» («oc»). Retorno em «r» para acompanhamento.\n",
          d=g.date("br", 2026), m=model(g), a=serial(g), b=serial(g), f=P(g.pick([fono.full, fono.short])), fc=(crfa(g, uf), "PROFESSIONAL_ID"), o=P(orl.full),
          oc=(g.council("CRM", uf), "PROFESSIONAL_ID"), r=g.pick(["6 meses", "1 ano", g.date("br", 2026)]))
    if g.chance(0.6):
        dom = "saude." + lower(city).replace(" ", "") + "." + uf.lower() + ".gov.br"
        doc.f("\nDe: «n» <«m»>\nPara: «r»\nFavor informar a família pelo telefone do cadastro. Obrigada.\n", n=P(enf.full), m=(corp_mail(enf, dom, g), "EMAIL_ADDRESS"),
              r=role_mail(g, dom, g.pick(["regulacao", "saudeauditiva", "cer"])))
    return doc


# ------------------------------------------------------------------ financeiro

def chave_nfe(g: Gen, uf: str) -> str:
    return clean(g, lambda: " ".join([uf_code(uf) + g.d(2)] + [g.d(4) for _ in range(10)]))


def fi_nfe(g: Gen) -> Doc:
    """A DANFE (consumer invoice for goods) as text or an XML export: the store (CNPJ; state registration and access key unlabelled),
    the buyer (name, CPF, address, CEP, phone, e-mail), the items (hearing aids under NCM 9021.40.00, batteries, moulds; serials
    unlabelled), the payment (a masked card, boleto or Pix), the seller and the audiologist with CRFa in the additional information."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, vend, fono = elder(g), g.person(), g.person(g.chance(0.85))
    items = [(f"APARELHO AUDITIVO {model(g).upper()}", "9021.40.00", 2, g.ri(2400, 8900)), (f"PILHA ZINCO-AR {g.pick(BATTERIES)} CART C/6", "8506.40.10", g.ri(2, 10), g.ri(18, 45)),
             ("MOLDE AURICULAR SILICONE", "9021.40.00", g.pick([0, 2]), g.ri(150, 350))]
    items = [it for it in items if it[2]]
    tot = sum(q * v for _, _, q, v in items)
    if g.chance(0.65):
        doc.f("DANFE — Documento Auxiliar da Nota Fiscal Eletrônica\nNº «n» Série «s»\nEMITENTE: «e» — CNPJ «c» — IE «ie» — «a»\nFone: «p» — «m»\n", n=g.d(6), s=g.ri(1, 3),
              e=lname, c=(g.any_cnpj(), "BR_CNPJ"), ie=clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}.{g.d(3)}"), a=g.pick(STORE_SEATS),
              p=(store_phone(g, uf), "PHONE_NUMBER"), m=role_mail(g, dom, g.pick(["nfe", "faturamento", "financeiro"])))
        doc.f("CHAVE DE ACESSO: «k»\n\nDESTINATÁRIO\n", k=chave_nfe(g, uf))
        kv_block(doc, [("Nome/Razão social", P(g.pick([cli.caps, cli.capsf]))), ("CPF", (g.cpf(), "BR_CPF")), ("Endereço", (g.address("caps"), "ADDRESS")),
                       ("Município/UF", V(f"{fold(city).upper()}/{uf}")), ("CEP", (g.cep(), "BR_CEP")), ("Fone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
                       ("E-mail", (g.email(cli), "EMAIL_ADDRESS"))], g.pick(["plain", "caps", "dots"]))
        doc.t("\nPRODUTOS\n")
        for d, ncm, q, v in items:
            doc.t(f"{d} | NCM {ncm} | {q} UN | R$ {brl(v)} | R$ {brl(q * v)}\n")
        if items[0][0].startswith("APARELHO"):
            doc.f("Nºs de série: «a» / «b»\n", a=serial(g), b=serial(g))
        if g.chance(0.5):
            doc.f("TRANSPORTADOR: entrega própria — veículo placa «p» — UF «u»\n", p=(g.plate(), "LICENSE_PLATE"), u=uf)
        doc.f("\nVALOR TOTAL: R$ «t»\nPAGAMENTO: «p»\n", t=brl(tot), p=g.pick(["cartão de crédito " + g.masked_card() + " — 12x", "boleto (carnê 10x)", "Pix à vista (5% desc.)"]))
        doc.f("INFORMAÇÕES COMPLEMENTARES: Vendedor: «v». Adaptação: «f» («c»). Garantia de 24 meses. Produto isento de IPI.\n", v=P(g.pick([vend.short, vend.first])),
              f=P(g.pick([fono.full, fono.short])), c=(crfa(g, uf), "PROFESSIONAL_ID"))
    else:
        doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<nfeProc versao="4.00">\n <NFe>\n  <infNFe Id="NFe' + chave_nfe(g, uf).replace(" ", "") + '">\n   <emit>\n')
        xml_el(doc, 4, "CNPJ", (re.sub(r"\W", "", g.any_cnpj()), "BR_CNPJ"))
        xml_el(doc, 4, "xNome", lname)
        xml_el(doc, 4, "fone", (re.sub(r"\D", "", store_phone(g, uf)), "PHONE_NUMBER"))
        doc.t("   </emit>\n   <dest>\n")
        xml_el(doc, 4, "CPF", (g.cpf("raw"), "BR_CPF"))
        xml_el(doc, 4, "xNome", P(cli.capsf))
        doc.t("    <enderDest>\n")
        a = g.address("caps")
        m = re.match(r"(.*?),? (?:Nº )?(\d+|S/N)(.*)$", a)
        if m and g.chance(0.5):
            xml_el(doc, 5, "xLgr", (m.group(1), "ADDRESS"))
            xml_el(doc, 5, "nro", (m.group(2), "ADDRESS"))
        else:
            xml_el(doc, 5, "xLgr", (a, "ADDRESS"))
        xml_el(doc, 5, "xMun", fold(city).upper())
        xml_el(doc, 5, "UF", uf)
        xml_el(doc, 5, "CEP", (g.cep(False), "BR_CEP"))
        xml_el(doc, 5, "fone", (re.sub(r"\D", "", g.phone("raw")), "PHONE_NUMBER"))
        doc.t("    </enderDest>\n")
        xml_el(doc, 4, "email", (g.email(cli), "EMAIL_ADDRESS"))
        doc.t("   </dest>\n")
        for k, (d, ncm, q, v) in enumerate(items):
            doc.t(f'   <det nItem="{k + 1}"><prod><xProd>{d}</xProd><NCM>{ncm.replace(".", "")}</NCM><qCom>{q}</qCom><vProd>{q * v:.2f}</vProd></prod></det>\n')
        doc.t(f"   <total><ICMSTot><vNF>{tot:.2f}</vNF></ICMSTot></total>\n")
        doc.t("   <infAdic><infCpl>")
        doc.f("Adaptacao: «f» «c». Vendedor: «v»", f=P(fold(fono.full).upper()), c=(crfa(g, uf), "PROFESSIONAL_ID"), v=P(fold(vend.short).upper()))
        doc.t("</infCpl></infAdic>\n  </infNFe>\n </NFe>\n</nfeProc>\n")
    return doc


def fi_comissao(g: Gen) -> Doc:
    """The month's commission sheet of a store chain (ruled, psql, Markdown, CSV or blank-aligned): consultants and audiologists with CPF,
    PIS sometimes, pairs sold, sales, rate, commission, bank name, agency and account; the finance analyst's note and the manager by name."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    ana, ger = g.person(g.chance(0.6)), g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    doc.f("«s» — APURAÇÃO DE COMISSÕES — competência «c»\n\n", s=short.upper(), c=comp)
    style = g.pick(["plus", "psql", "md", "csv", "plain"])
    show_pis = g.chance(0.5)
    rows = []
    tot = 0.0
    for i in range(g.ri(4, 7)):
        p = g.person(g.chance(0.65))
        role = g.pick(["consultor(a)", "consultor(a)", "fono", "gerente loja"])
        pairs = g.ri(2, 16)
        sales = pairs * g.ri(4200, 9800)
        rate = g.pick([2.0, 3.0, 4.0, 5.0])
        com = round(sales * rate / 100, 2)
        tot += com
        nm = tp(g, g.pick([p.full, p.caps, p.short]), 0.1)
        row = [P(nm), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")]
        if show_pis:
            row.append((g.pis(), "BR_PIS"))
        row += [V(role), V(pairs), V(brl(sales)), V(num(rate, 1) + "%"), V(brl(com)), V(bank(g)), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        rows.append(row)
    cols = ["colaborador", "cpf"] + (["pis"] if show_pis else []) + ["função", "pares", "vendas", "taxa", "comissão", "banco", "ag", "conta"]
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, style)
    if g.chance(0.5):
        px = g.person()
        doc.f("\nAjuste: prêmio de campanha de «n» pago via Pix, chave aleatória «k».", n=P(px.short), k=(g.uuid(), "PIX_KEY"))
    doc.f("\nTotal: R$ «t». Estornos de devolução em período de teste descontados na competência seguinte.\n", t=brl(tot))
    doc.f("Conferido: «a» (financeiro) — aprovado por «g», gerente regional«e»\n", a=P(g.pick([ana.full, ana.short])), g=P(g.pick([ger.full, ger.short])),
          e=[V(" — dúvidas: "), (corp_mail(ana, dom, g), "EMAIL_ADDRESS")] if g.chance(0.6) else "")
    return doc


def fi_crediario(g: Gen) -> Doc:
    """A store-credit / financing proposal for hearing aids (a form): the applicant (name, CPF, RG, birth date, phone, e-mail, address, CEP,
    income, INSS benefit number unlabelled), a personal reference with phone, the account for the debit (agency and account), the
    credit analyst's decision by name; the store's CNPJ."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, ref, ana, vend = elder(g), g.person(), g.person(g.chance(0.6)), g.person()
    doc.f("PROPOSTA DE CRÉDITO DIRETO AO CONSUMIDOR — «s» (CNPJ «c»)\nProposta «p» — loja «l» — vendedor(a) «v»\n\n", s=lname, c=(g.any_cnpj(), "BR_CNPJ"), p=g.neg(11),
          l=g.pick(["Centro", "Shopping", "Vila Rosa", city]), v=P(g.pick([vend.first, vend.short])))
    fields = [("Nome", P(g.pick([cli.full, cli.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")) if g.chance(0.7) else ("CNH", (g.cnh(), "BR_CNH")), ("Nascimento", (old_dob(g), "DATE_OF_BIRTH")),
              ("Estado civil", V(g.pick(CIVIL[cli.female]))), ("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields.append(("E-mail", (g.email(cli), "EMAIL_ADDRESS")))
    fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Renda", V(money(g, 1412, 6800) + " (aposentadoria INSS)")),
               ("Nº do benefício", V(clean(g, lambda: f"{g.d(3)}.{g.d(3)}.{g.d(3)}-{g.d(1)}"))), ("Débito em", V(bank(g)))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box", "caps"]))
    doc.f("Agência «a» / Conta «c»\nReferência pessoal: «r» («k») — «p»\n", a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), r=P(ref.full),
          k=g.pick(["vizinha", "vizinho", "sobrinha", "irmão", "nora", "genro"]), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    v = g.ri(4800, 15000)
    n = g.pick([10, 12, 18, 24])
    doc.f("\nValor financiado: R$ «v» em «n»x de R$ «p» (CET «c»% a.m.)\nParecer: «d» — analista «a», «t».\n", v=brl(v), n=n, p=brl(v * 1.3 / n), c=num(g.ri(19, 49) / 10, 2),
          d=g.pick(["APROVADO", "APROVADO COM AVALISTA", "REPROVADO — score baixo", "PENDENTE — comprovante de renda ilegível"]), a=P(g.pick([ana.full, ana.short])),
          t=ts(g.moment(), "br"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card dispute after a return in the trial period: the cardholder's message (the full card number typed, CPF, phone), the acquirer's
    dispute record (masked card, the store's CNPJ and MCC, the analyst), the store's defence (the return form signed by the son or
    daughter, the audiologist who received the aids, the serials unlabelled, the credit already issued; the sale's e-mail and IP)."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, ana, fono, rep = g.person(), g.person(g.chance(0.6)), g.person(g.chance(0.85)), g.person()
    fil = g.relative(cli)
    card = g.card(g.chance(0.6))
    doc.f("Central de Atendimento do Cartão — chat «p»\nCliente: «m»\n", p=g.neg(11),
          m=tp(g, g.pick([f"devolvi o aparelho auditivo da {'minha mãe' if g.chance(0.5) else 'loja'} dentro do prazo e a cobrança continua vindo",
                          "quero contestar a compra na loja de aparelho auditivo, devolvi tudo"]), 0.3))
    doc.f("Cliente: o cartão é «c» cpf «f» meu cel «t»\n", c=(card, "CREDIT_CARD"), f=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["raw", "plain", "par"])), "PHONE_NUMBER"))
    doc.t("Atendente: Por segurança, não envie o número completo do cartão. Abrimos a contestação.\n\n")
    doc.f("CONTESTAÇÃO «n» — motivo 13.7 (mercadoria devolvida/crédito não processado)\nPortador: «p» | Cartão «m» | Valor «v» em «x»x\n"
          "Endereço de cobrança: «ad» — CEP «ce»\nEstabelecimento: «e» — CNPJ «c» — MCC 5999\nAnalista: «a»\n\n", n=clean(g, lambda: f"CB-{g.d(8)}"), p=P(cli.caps), m=g.masked_card(), v=money(g, 4800, 16000),
          x=g.pick([6, 10, 12]), e=lname.upper(), c=(g.any_cnpj(), "BR_CNPJ"), a=P(g.pick([ana.full, ana.short])), ad=(g.address(), "ADDRESS"), ce=(g.cep(), "BR_CEP"))
    doc.f("DEFESA DO ESTABELECIMENTO — «d»\nOs aparelhos (séries «s1», «s2») foram devolvidos em «r» e recebidos pela fonoaudióloga «f». O termo de devolução foi assinado por «n», «k» do portador. "
          "O crédito foi lançado em «q». Segue o e-mail da compra («em», IP «ip»).\n«rep» — «rm»\n", d=g.date("br", 2026), s1=serial(g), s2=serial(g), r=g.date("br"),
          f=P(g.pick([fono.full, fono.short])), n=P(fil.full), k="filha" if fil.female else "filho", q=g.date("br"), em=(g.email(cli), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"),
          rep=P(rep.full) if g.chance(0.5) else "Departamento financeiro", rm=role_mail(g, dom, g.pick(["chargeback", "disputas", "financeiro"])))
    doc.f("Parecer: «p»\n", p=g.pick(["crédito confirmado — contestação encerrada a favor do portador.", "representação aceita; débito mantido.", "aguardando documentos do portador."]))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A collection notice for overdue instalments of a store's carnê (letter or WhatsApp): the client (name, CPF), the open instalments,
    a boleto line (unlabelled), a random Pix key or the CNPJ key, the collector (corporate e-mail, phone); the reply of the son or
    daughter with a mobile number, and the agreement."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    cli, col = elder(g), g.person(g.chance(0.7))
    fil = g.relative(cli)
    wa = g.chance(0.5)
    if wa:
        st = chat_stamp(g)
        rnum = g.phone("wa")
        ele = "dela" if cli.female else "dele"
        t = iter(seq_times(g, 12, g.moment(), 60, 7200))
        cl(doc, st(next(t)), V(short + " Cobrança"), "Olá, «n»! Constam «k» parcelas em aberto do carnê do seu aparelho auditivo (CPF «c»), total de «v». Para regularizar: Pix «x» ou boleto «b». Atendente: «a».",
           n=P(g.pick([cli.first, cli.short])), k=g.ri(2, 5), c=(g.cpf(), "BR_CPF"), v=money(g, 600, 4800),
           x=[(g.uuid(), "PIX_KEY")] if g.chance(0.6) else [V("CNPJ "), (g.cnpj(), "BR_CNPJ")], b=linha_digitavel(g), a=P(col.first))
        cl(doc, st(next(t)), (rnum, "PHONE_NUMBER"), tp(g, g.pick([f"boa tarde aqui é «r» {ele}, {ele[1:]} ta internad{cli.o}. posso negociar?", f"oi sou «r», quem cuida das contas {ele} sou eu. parcelam?"]), 0.2).replace("«r»", "«r» «f»"),
           r="a filha" if fil.female else "o filho", f=P(g.pick([fil.first, fil.short])))
        cl(doc, st(next(t)), V(short + " Cobrança"), "Podemos parcelar o saldo em «k»x sem juros. Confirma o número «p» para o acordo?", k=g.ri(3, 6), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        cl(doc, st(next(t)), V(short + " Cobrança"), g.pick(["Acordo registrado. «x»", "Qualquer dúvida: «x»"]), x=(corp_mail(col, dom, g), "EMAIL_ADDRESS"))
        cl(doc, st(next(t)), (rnum, "PHONE_NUMBER"), chat_neg(g))
        return doc
    doc.f("«c», «d»\n\nA«o» Sr«a». «n» — CPF «f»\n«e» — CEP «p»\n\nREF.: carnê «k» — aviso de débito\n\n", c=city, d=g.docdate(), o="o" if not cli.female else "",
          a="a" if cli.female else "", n=P(cli.caps), f=(g.cpf(), "BR_CPF"), e=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"), k=clean(g, lambda: g.d(7)))
    rows = []
    for i in range(g.ri(2, 5)):
        rows.append([V(f"{i + g.ri(3, 6):02d}/12"), V(g.date("br")), V(money(g, 280, 900))])
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("\nPague pelo boleto «b» ou Pix «x» até «d». Após essa data, o débito será enviado aos órgãos de proteção ao crédito.\n«a» — Cobrança «s» — «m» — «t»\n",
          b=linha_digitavel(g), x=[V("chave aleatória "), (g.uuid(), "PIX_KEY")] if g.chance(0.6) else [V("CNPJ "), (g.cnpj(), "BR_CNPJ")], d=g.date("br", 2026),
          a=P(col.full), s=short, m=(corp_mail(col, dom, g), "EMAIL_ADDRESS"), t=(store_phone(g, uf), "PHONE_NUMBER"))
    doc.f("\n— Resposta (e-mail, «d») —\nSou «r» d«o» «n». Meu pai/minha mãe devolveu o aparelho na garantia, o saldo não procede. Me liguem: «p». «w»\n", d=g.date("br", 2026),
          r="a filha" if fil.female else "o filho", o=cli.o, n=P(cli.short), p=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), w=P(fil.full))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """A health-plan reimbursement request for an audiometry or hearing aids: the beneficiary (name, CPF, card number unlabelled, birth
    date), a dependent sometimes, the provider (the store's CNPJ, or a self-employed audiologist with CPF and CRFa), the receipt with the
    amount in words, the bank details (agency and account), the plan's analyst and her answer."""
    doc = Doc()
    city, uf = city_uf(g)
    plan, pdom = g.pick(PLANS)
    lname, dom, short = store(g)
    ben, fono, ana = g.person(), g.person(g.chance(0.85)), g.person(g.chance(0.7))
    dep = kid(g, ben) if g.chance(0.35) else None
    doc.f("«p» — SOLICITAÇÃO DE REEMBOLSO «n»\n\n", p=plan.upper(), n=g.neg(11))
    fields = [("Titular", P(ben.full)), ("CPF do titular", (g.cpf(), "BR_CPF")), ("Carteirinha", V(clean(g, lambda: f"{g.d(3)}.{g.d(4)}.{g.d(6)}.{g.d(2)}-{g.d(1)}")))]
    if dep:
        fields += [("Paciente (dependente)", P(dep.full)), ("Nascimento do paciente", (kid_dob(g, "br", 2010, 2022), "DATE_OF_BIRTH"))]
    else:
        fields += [("Nascimento", (g.dob("br", 1945, 1990), "DATE_OF_BIRTH"))]
    fields += [("E-mail", (g.email(ben), "EMAIL_ADDRESS")), ("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    fields += [("Procedimento", V(g.pick(["audiometria tonal e vocal", "imitanciometria", "BERA/PEATE", "terapia fonoaudiológica (8 sessões)", "aparelho auditivo (negado — fora do rol)"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    v = g.ri(180, 2600) + g.pick([0, 0.5])
    if g.chance(0.5):
        doc.f("\nRECIBO\nRecebi de «n» a importância de R$ «v» («w») referente a «s». «c», «d».\n«f» — CPF «fc» — «k»\n", n=P(ben.full), v=brl(v), w=extenso(v),
              s="sessões de fonoterapia" if g.chance(0.5) else "avaliação audiológica", c=city, d=g.date("br", 2026), f=P(fono.full), fc=(g.cpf(), "BR_CPF"), k=(crfa(g, uf), "PROFESSIONAL_ID"))
    else:
        doc.f("\nNota fiscal de serviço «nf» — prestador «s», CNPJ «c» — R$ «v». Profissional: «f» («k»).\n", nf=clean(g, lambda: g.d(6)), s=lname, c=(g.any_cnpj(), "BR_CNPJ"), v=brl(v),
              f=P(g.pick([fono.full, fono.short])), k=(crfa(g, uf), "PROFESSIONAL_ID"))
    doc.f("\nDados para crédito: «b» — agência «a» — conta «c» — titular «t»\n", b=bank(g), a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"), t=P(ben.caps) if g.chance(0.5) else "o próprio")
    doc.f("\nAnálise («d»): «r» Analista: «n».\n", d=g.date("br", 2026), r=g.pick(["reembolso aprovado conforme tabela: R$ " + brl(v * 0.6) + ".", "pendente: falta pedido médico.",
                                                                                "negado: aparelho auditivo sem cobertura contratual."]), n=P(g.pick([ana.full, ana.short])))
    return doc


def fi_pilhas(g: Gen) -> Doc:
    """The batteries-subscription monthly billing export of a store (CSV or psql) and finance's note: subscribers (name, CPF, phone,
    delivery address, CEP), the battery size, a masked card and the charge status; the note lists the refused ones to call, with the
    collector by name."""
    doc = Doc()
    city, uf = city_uf(g)
    lname, dom, short = store(g)
    fin, col = g.person(g.chance(0.6)), g.person(g.chance(0.7))
    comp = f"{g.pick(MONTHS)}/{g.pick([2025, 2026])}"
    doc.f("Clube da Pilha «s» — cobrança recorrente «c» — exportado por «l»\n\n", s=short, c=comp, l=login(fin, g))
    rows, refused = [], []
    for i in range(g.ri(5, 8)):
        p = elder(g)
        st = g.pick(["aprovado", "aprovado", "aprovado", "recusado", "cartão vencido"])
        rows.append([P(g.pick([p.full, p.caps])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"),
                     (g.address(), "ADDRESS"), (g.cep(), "BR_CEP"), V(g.pick(BATTERIES)), V(g.masked_card()), V(st)])
        if st != "aprovado":
            refused.append(p)
    cols = ["assinante", "cpf", "telefone", "endereco_entrega", "cep", "pilha", "cartao", "status"]
    if g.chance(0.5):
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, "psql")
    doc.f("\n«c», ligar hoje para os «n» recusados (status diferente de aprovado)", c=P(col.first), n=len(refused))
    if refused and g.chance(0.4):
        doc.t(", começando por ")
        doc.e(g.pick([refused[0].short, refused[0].first + " " + refused[0].last]), "PERSON")
    doc.t(". Se não atender, mandar SMS.")
    if g.chance(0.5):
        doc.f(" A filha de um deles mandou o cartão novo pelo WhatsApp: «c» val «v» — cadastrar e apagar a mensagem.", c=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              v=f"{g.ri(1, 12):02d}/{g.ri(27, 33)}")
    if g.chance(0.6):
        doc.f(" Entregas da semana com o motoboy «m», moto placa «p».", m=P(g.person(False).first), p=(g.plate(), "LICENSE_PLATE"))
    doc.f(" «x»\n«f» — Financeiro «s»\n", x=g.pick(["Não cancelar quem tem mais de 80 anos sem falar com a família.", "Seria prudente confirmar o endereço antes de reenviar.",
                                                    "", "A transportadora Vitória Régia atrasou as entregas de Presidente Prudente."]),
          f=P(g.pick([fin.full, fin.short])), s=short)
    return doc


AT = [at_whatsapp, at_agenda, at_call, at_reclamacao, at_os, at_app, at_email]
JU = [ju_jec, ju_sus, ju_plano, ju_trabalhista, ju_procon, ju_contrato, ju_bo]
SA = [sa_laudo, sa_tan, sa_apac, sa_implante, sa_otorrino, sa_ilpi, sa_referencia]
FI = [fi_nfe, fi_comissao, fi_crediario, fi_chargeback, fi_cobranca, fi_reembolso, fi_pilhas]


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
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRFa|CRF|CRBio|CREA|CRC)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
