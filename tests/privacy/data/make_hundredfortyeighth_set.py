"""Build the hundred-and-forty-eighth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortyeighth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14848, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-fifth set's generator and adapted (the generation of the young patients -- born 2008-2019,
with spelled-out and coined given names such as Ayllah, Heyttor, Kalleby, Ysabelly, Nayume -- in the name
pools, a child drawn with the guardian's last surname, the chain's cities weighing São Paulo heavier, CEPs
and area codes of the document's state, a CRO writer with the UF and a CRFa writer, an FDI odontogram
grid, the phone in qualifications drawn in the state's area code); the register and every template are new.

Register: A CHAIN OF ORTHODONTICS AND DENTAL-ALIGNER CLINICS -- the units of invented orthodontic chains
in several states and everything around the chair: the appointment desk (the unit's WhatsApp Business
with its bot, the central desk's call log, the day's agenda by dentist, the satisfaction survey export,
a call to the aligner desk transcribed by speech-to-text, a complaint by e-mail, a minor's registration
form scanned and OCR'd), the clinical side (treatment plans with an odontogram-like table in FDI
notation, the dentists' clinical notes with their CRO registrations, the aligner lab's order form and its
reply, the dental plan's treatment guide (GTO) and its audit, the orthodontic documentation order and the
cephalometric report, an adult's anamnesis, the weekend on-call log of orthodontic emergencies), the legal
side (a Procon complaint and the chain's reply through its lawyer, the treatment contract for a minor with
the responsável financeiro, a debt confession drafted by the collection law firm, the informed consent and
image-use term with the minor's assent, a small-claims petition against the chain and the lab, a privacy
request for the child's record answered by the DPO) and the money side (instalment plans with boletos,
Pix and recurring cards, the treasury's reconciliation of Pix and boleto receipts, the insurer's
statement of glosas and the appeal, the collections desk's overdue list, the payouts to the
orthodontists, a cancellation's refund, the annual statement of dental payments for the income tax).
Why this register: the brief named it (a chain of orthodontics and dental-aligner clinics, with minors'
guardians, CRO registrations, Procon, aligner labs, a dental insurer's authorisation and glosas, survey
exports). Checked in the docstrings of the other make_*_set.py: "ortodont", "alinhador" and "odontograma"
occur only in the forty-third (beauty, aesthetics and dentistry services, where a dental office is one of
five businesses); "convênio odontológico" occurs in none. Dentists, CRO numbers and glosas appear as side
matters in many sets; no set is built around an orthodontic chain, its aligner lab, its dental insurer and
its families.
Every chain, lab, insurer, radiology centre, school, hospital, courier, shop, law firm and person is
invented (chains Sorriso Aurora Ortodontia e Alinhadores Ltda., OrtoPrudente Clínicas Odontológicas S.A.,
Rede Bento Amado de Odontologia Ltda., Alinha Vitória Ortodontia Digital Ltda., Clínicas Leão Branco
Sorrisos Ltda., Instituto Celeste de Ortodontia Ltda.; aligner labs Laboratório Celeste Alinhadores Ltda.,
Prudente Lab Ortodôntico Ltda., Flor de Lis Tecnologia Dental Ltda. (FlorAlign), Estrela Digital Dental
Lab Ltda.; dental insurers OdontoLeão, Amado Dental, Vitória Odonto, Clemente Odonto, Sereno Sorriso;
radiology centres Centro de Radiologia Odontológica Aurora, RadioDente Prudente, Clínica de Imagem Bento
Amado, Documenta Orto Leão, Tomo Celeste Radiologia; schools Colégio Estrela Dalva, Colégio Santa Rosa,
Escola Salvador Dourado, Colégio Bento Prudente, Escola Estadual Vitória Régia...; hospitals Hospital
Infantil Estrela Guia, Hospital Santa Aurora, Hospital São Clemente, UPA Vila Prudente; couriers Flash Leão
Entregas, Motoboy Rosa dos Ventos, Entregas Prudente Express; shops Shopping Aurora, Shopping Bento
Ribeiro, Vitória Mall, Shopping Prudente; law firms Prudente & Amado Advogados Associados, Leão Cobrança
Jurídica, Bento Sereno Sociedade de Advogados); cities, laws, councils, ICD-10 codes and banks are real;
the 8-digit procedure codes are written in the TUSS style (some real, some approximate); CEPs are random
within the document's state range.

Layouts: a WhatsApp Business export (Android and iOS stamps; the contact by a bare number, a saved name,
a first name with a suffix, or "Luana mãe do Enzo"; the bot's menu; "Você"; a mistyped CPF corrected; a
card number typed into the chat and the attendant's warning); a call log as a dashed list or a pipe table
with a line of missed calls; an agenda printed in blocks per dentist (+---+, psql, blank-aligned or pipe
tables) with the pending confirmations; an NPS export as semicolon CSV with a comment line, anonymous
rows and private IPs; a lower-case speech-to-text transcript with [mm:ss] stamps (CPF, birth date, CEP
and phone read out in groups or in words, "meia" for six) and the typed record; an e-mail thread with
headers, X-Originating-IP, Cc and a quoted message; a scanned registration form OCR'd (rn/m, cl/d, I/l,
O/0, c/e, li/h, ii/u in labels, words and names; identifiers printed clean); a Procon intake form (plain,
dotted or boxed); legal prose (the chain's reply with a table of attended sessions and registrations; a
contract in clauses, mixed case or capitals, with witnesses and an e-signature log sometimes; a debt
confession with a schedule; a consent form with checkboxes; a petition; a privacy-portal form and the
DPO's e-mail with a data-inventory table); a treatment plan with an FDI odontogram grid and a phases
table; clinical notes in orthodontic shorthand with signed entries (some "[assinado digitalmente — CRO]");
a lab order form with ticked movements and a portal log; a TISS-like guide as numbered fields and a
procedures table; a cephalometric report with angles; an anamnesis with (X) Sim / Não answers (clean or
OCR'd); an on-call log with pipes; an ERP's instalment plan with the typeable line; a bank reconciliation
CSV; an insurer's statement as a ruled table; a fixed-width overdue list; a payout table with "SURNAME,
Given" rows; a refund e-mail with a Markdown or blank-aligned table; an income-tax statement.
- atendimento: (0) the WhatsApp chat (a parent by number or name, the child's full name, birth date and
  CPF; the attendant by first name; the orthodontist; the clinic's random Pix key or CNPJ key; a sibling;
  the parent's CPF and the address and CEP for the invoice; the e-mail; the other parent or a grandparent
  with a phone; a typed card; an @mention by number); (1) the call log (missed calls; callers with phones;
  patients with birth date and CPF; e-mail for a second copy of a boleto; a new address with CEP; a card
  dictated; the operator as a login or a name); (2) the agenda (dentists with CRO; patients with birth
  date and phone; the TSB with CRO; unanswered confirmations by phone; a parked car's plate); (3) the NPS
  export (respondent, CPF, e-mail, phone, IP; comments naming a dentist or a child; a detractor to call;
  the CX analyst's corporate e-mail); (4) the transcript (the mother, the child, the spoken birth date and
  CPFs, the orthodontist, the address and CEP, the phone; the typed record); (5) the e-mail thread (the
  patient with e-mail, IP, CPF, phone; the coordinator and the orthodontist with corporate e-mails and
  CRO; the patient's Pix key for the refund); (6) the OCR'd registration form (child with birth date,
  CPF, CNS sometimes; guardian with birth date, CPF, RG or CNH, address, CEP, mobile, e-mail; second
  guardian with phone; the plan card number unlabelled; who referred the patient).
- juridico: (0) the Procon intake (consumer with CPF, RG, birth date, address, CEP, phones, e-mail; the
  chain's CNPJ and the supplier's phone; the child, the orthodontist and the receptionist in the account;
  the clerk); (1) the chain's reply (complainant with CPF, phone, e-mail; the child with birth date and
  CPF sometimes; the orthodontist with CRO; sessions with professionals and registrations; refund to
  agency and account or to a Pix key; the lawyer with OAB, phone and e-mail); (2) the treatment contract
  (the chain's CNPJ and its administrator with CPF; the guardian qualified, título sometimes; the minor
  with birth date and CPF sometimes; the orthodontist with CRO; witnesses with CPF and RG sometimes; an
  e-signature log with e-mails and IPs sometimes); (3) the debt confession (the debtor qualified; the
  patient; a random Pix key, a recurring card or a boleto line; the lawyer with OAB and e-mail; witnesses);
  (4) the consent and image-use term (patient with birth date and CPF sometimes; guardian with CPF, RG,
  address, CEP, phone, e-mail; orthodontist with CRO; the minor's assent by name sometimes; the tablet
  signature's IP and the copy's e-mail; a witness with CPF or a TSB with CRO); (5) the small-claims
  petition (plaintiff qualified, título sometimes; both defendants' CNPJ, the lab's alphanumeric
  sometimes; the orthodontist with CRO; the receptionist and the lab technician; the lawyer with OAB,
  phone and e-mail; a related CNJ number unlabelled); (6) the privacy request (requester with CPF,
  e-mail, phone; patient with birth date and CPF sometimes; the portal's IP; the DPO's corporate e-mail;
  the inventory table with name, birth date, CPF, phone, e-mail, address, CEP).
- saude: (0) the treatment plan (patient with birth date and CPF; guardian with phone and e-mail; the
  orthodontist with CRO and corporate e-mail; odontogram; referrals to a speech therapist with CRFa and
  to an ENT physician with CRM sometimes; the approval link's IP; the guardian's acknowledgement with
  CPF; the unit's phone); (1) the clinical notes (patient with birth date and CPF; guardian with CPF and
  phone; entries signed with name and CRO or with the CRO alone; a TSB; a companion named; a call to the
  guardian with the number; a budget sent to the guardian's e-mail); (2) the lab order (dentist with CRO
  and e-mail; patient with birth date and CPF for the invoice; the clinic's phone; the courier with CNH
  or phone and the motorcycle's plate; the portal log's IP; the lab's planner with corporate e-mail and
  its TPD with CRO; the lab's CNPJ, alphanumeric sometimes); (3) the GTO (beneficiary with CNS, birth
  date, phone; holder with CPF; the chain's CNPJ; the dentist with CRO and CPF; the auditor with CRO; the
  authorisation line); (4) the documentation order and cephalometric report (patient with birth date and
  CPF; dentist with CRO, phone and e-mail; radiologist with CRO; the guardian's receipt with RG, CPF and
  phone; the centre's phone); (5) the anamnesis (adult with birth date, CPF, RG, CNS sometimes, phones,
  e-mail, address, CEP; the physician with CRM and phone; emergency contact with phone; the online form's
  IP; the reviewing dentist with CRO); (6) the on-call log (the dentist on call with CRO and the on-call
  phone; children with birth date or age and the guardian's phone; missed calls; a trauma with CPF, CNS
  and the guardian's phone, referred to a hospital, the ER physician sometimes; the next on-call dentist).
- financeiro: (0) the instalment plan (the chain's CNPJ; the guardian with CPF, e-mail, mobile, billing
  address and CEP; patient with birth date; entrance by random Pix key or masked card; the boleto's payer
  with CPF; the plan's acceptance IP; a recurring-card authorisation with the full number sometimes);
  (1) the reconciliation CSV (the chain's agency and account; payers with CPF, a company payer with
  CNPJ; the chain's random key; a grandmother's Pix with her CPF and the parent's phone; a double payment
  refunded to agency and account; the analyst's corporate e-mail); (2) the glosa statement (insurer's
  and chain's CNPJ; beneficiaries; agency and account; the appeal with the beneficiary's birth date, the
  auditor's e-mail, the dentist with CRO, the billing phone); (3) the overdue list (guardians with CPF,
  phone, e-mail; collectors' notes by login or first name); (4) the payouts (orthodontists with CRO, CPF
  or CNPJ, NIT sometimes, agency and account or a Pix key: random, phone, e-mail or CPF; a TSB's RPA with
  CPF and PIS; the manager; the accountant with CRC); (5) the refund e-mail (guardian with CPF, e-mail;
  child with birth date and CPF sometimes; refund to agency and account, a Pix key or a masked card; the
  address, CEP and phone to confirm); (6) the income-tax statement (the chain's CNPJ; the payer with CPF,
  address and CEP sometimes; beneficiaries with CPF and birth date; dentists with CPF and CRO; the
  manager with corporate e-mail).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu"; particles inside a name are part of it; "SURNAME, GIVEN" is one span (the
payout table); first names alone, nicknames, lower-case names of the transcript, ALL CAPS, OCR-damaged and
typo'd names are persons. Staff named in the text are persons (attendants, receptionists, orthodontists,
TSBs, TPDs, planners, auditors, radiologists, physicians, speech therapists, coordinators, analysts,
collectors, lawyers, clerks, couriers, DPOs); logins ("ekuhnen54"), the chat bot ("Sorri"), the business
profile ("Alinha Vitória Pituba"), "Você", speaker tags ("atendente", "spk_0") are not. Corporate e-mails
of people are EMAIL_ADDRESS (the chains, the lab, the insurer, the law firms); role mailboxes (sac@,
contato@, juridico@, financeiro@, glosas@, autorizacao@, dpo@, planejamento@...) are not labelled.
ADDRESS is a person's street + number + complement (lower case and without a number -- "sn" -- in the
transcript); a firm's address (the unit's address in the Procon form) is not labelled. Agency and account
are separate BANK_ACCOUNT spans (the chain's, the insurer's payments, the guardians' and the dentists');
bank names are not labelled. PIX_KEY only for random keys (the chain's key every time it is written, a
patient's, a dentist's); a key that is a CPF, CNPJ, phone or e-mail takes that label. DATE_OF_BIRTH only
for births (patients', guardians', beneficiaries', "DN", "nascido em", a spoken one); appointment,
contract, exam, guide, payment and signature dates are not. PROFESSIONAL_ID is the council's acronym, UF
and number: CRO for dentists, TSBs and TPDs ("CRO/SP 12345", "CRO-RJ 90.335", "CRO/MG nº 4567"; the words
"TSB" and "TPD" stay outside the span), CRM, CRFa ("CRFa 2ª Região nº 12345", "CRFa-2 12345"), CRC and
OAB. Every phone number is PHONE_NUMBER (mobiles, landlines, the units', the lab's and the insurer's
authorisation line; 0800 numbers are not). IP_ADDRESS only for public addresses (v4 and v6). Every plate
is LICENSE_PLATE. Every CNPJ is labelled (chains, labs, insurers, payers; numeric and the 2026
alphanumeric form). A full card number written by a person is CREDIT_CARD (in the chat, dictated in a
call, in a recurring-debit authorisation); masked cards are not labelled. NIS, NIT and PIS are BR_PIS.
Identifiers read out in groups or in words are labelled like their digits. Decisions of this set: a
WhatsApp sender shown as a bare number is PHONE_NUMBER on every line; a saved contact "Luana mãe do Enzo"
holds two persons and the kinship words stay outside; the chain's own registration at the CRO as a clinic
("inscrição EPAO 1432 no CRO-SP") is a firm's registration, not a person's, and is not labelled; a
dentist's signature shown only as "[assinado digitalmente — CRO/SP 12345]" labels the registration;
kinship words standing for a person ("a mãe", "o pai", "padrasto") are not persons.
Not labelled (hard negatives): contract numbers (some of 11 digits, checked to fail), record
(prontuário) numbers, lab case numbers, Procon file numbers (FA), CNJ numbers, plan card numbers
(carteirinha, 16 or 17 digits, checked to pass no card or CNS check), guide numbers and passwords, ANS
registrations, CNES codes, CBO codes, TUSS-style procedure codes, glosa codes, batch and provider codes,
Pix end-to-end ids, boleto typeable lines and document numbers, post tracking numbers, call ids,
response ids, the EPAO registration, envelope ids, a mistyped CPF in the chat (checked to fail), masked
cards, ICD-10 codes (K07.2, K07.3, K07.4, K07.6, K01.1, K00.0, K05.1, K02.1, K03.3, K08.8, F45.8, G47.3,
S02.5, E11.9, I10), cephalometric angles (SNA, SNB, ANB, FMA, IMPA), tooth numbers in FDI notation and IPR
in millimetres, laws and rules (Lei 8.078/1990, art. 14, 25 and 49 do CDC, Lei 5.081/1966, Resolução CFO
118/2012 and 196/2019, Lei 9.656/1998, Lei 13.709/2018, Lei 13.787/2018, Lei 9.099/1995, Lei 8.069/1990),
money, non-birth dates, private IPs, and the place and firm names that hold person names or name-words:
the chains, labs, insurers, radiology centres, schools, hospitals, couriers, shops and law firms listed
above, units named after places ("unidade Vila Prudente", "Shopping Bento Ribeiro"), and streets named
after people when they stand alone ("A Rua Bento Gonçalves está em obras; usar a entrada da Prudente de
Morais"; inside an address they are ADDRESS). Names that are also words (Rosa, Luz, Flor, Vitória,
Aurora, Celeste, Estrela, Esperança, Glória, Pérola, Bento, Prudente, Amado, Clemente, Salvador, Leão,
Branco, Justo, Pacífico, Modesto; surnames Rosa, Paz, Leão, Branco, Prudente, Amado, Aurora, Estrela,
Forte, Vale) are names here and, elsewhere, words and firms, not persons ("Seria prudente esperar 15 dias
antes de trocar o alinhador", "A gengiva está rosa", "Foi uma vitória ele usar os elásticos", "O dente
ficou branco demais", "O paciente é muito amado pela equipe", "O estojo do alinhador é azul celeste",
"Não há esperança de fechar o espaço sem extração").
Names: Brazilian names of many origins -- Portuguese common ones and the regional, coined and
old-fashioned names (Cicerlândia, Rivanilda, Gumercindo, Epaminondas), the young generation's spelled-out
and coined names (Ayllah, Heloyse, Yanka, Nayume, Heyttor, Kalleby, Ravy, Asaph), Italian, German,
Ukrainian, Cuban, Japanese (Okinawan), Lebanese, Korean, Chinese, Haitian, Angolan, Senegalese,
indigenous (Guajajara, Pataxó, Tikuna, Guarani Kaiowá), Warao, Jewish, Bolivian, Paraguayan, Venezuelan,
Cape Verdean, Polish, Armenian, Peruvian, Nigerian, Syrian and Colombian ones. Rare or invented name words
are about half of the PERSON words (main() prints the share; a word of any common-name pool never counts
as rare). PERSON is about a third of the spans (33.6%).
Counts (this seed): 280 records, 5,109 gold spans -- PERSON 1,719; PHONE_NUMBER 705; BR_CPF 617;
EMAIL_ADDRESS 457; PROFESSIONAL_ID 386; DATE_OF_BIRTH 331; BANK_ACCOUNT 154; BR_CNPJ 147; ADDRESS 124;
BR_CEP 124; IP_ADDRESS 107; BR_RG 92; PIX_KEY 48; BR_PIS 30; BR_CNS 22; LICENSE_PLATE 15; BR_CNH 12;
CREDIT_CARD 11; BR_TITULO_ELEITOR 8.
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every upper-case plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
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
        doc.e(lphone(g, style=g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0, where[1] if where else None), "ADDRESS")
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




# --------------------------------------------------------------------------- register: a chain of orthodontics and dental-aligner clinics

SEED = 14848
OUT_NAME = "hundredfortyeighth.jsonl"

# The patients are children and teenagers (born 2008-2019) and young adults: spelled-out and coined modern given names (rare lists)
# next to the common ones of their generation.
KID_RARE_F = ["Kamilly", "Ysabelly", "Thaynara", "Emanuelly", "Jamilly", "Kauany", "Kettlyn", "Ysis", "Ayllah", "Heloyse", "Maytê Sophia",
              "Yanka", "Nayume", "Kiarah", "Aysha", "Rhaíssa", "Yohanna", "Lyz", "Eloá Kamily", "Thaylla", "Myllena", "Ravena", "Yzadora",
              "Hellóa", "Sarah Vitória", "Evellyn", "Ludmylla", "Nicolly", "Jhennyfer", "Stheffany", "Kethelyn", "Lauanny"]
KID_RARE_M = ["Kaique", "Yago", "Kayky", "Thierry", "Heyttor", "Kalleby", "Davy Lucca", "Ruan Kauã", "Ravy", "Kauan Gael", "Jhoan",
              "Ykaro", "Asaph", "Pyetro", "Ytalo", "Nycolas", "Kelwin", "Rhuan", "Wallyson", "Dyego", "Jhonnatan", "Erick Kauan", "Kaleo",
              "Raylan", "Bryan Lucas", "Heitor Kalebe", "Théo Gabriel", "Lorenzzo", "Benjamyn", "Kauê Ryan"]
KID_COMMON_F = ["Isabella", "Maria Luiza", "Ana Clara", "Rafaela", "Luiza", "Maria Fernanda", "Bianca", "Carolina", "Clara", "Nicole",
                "Giovana", "Ana Luísa", "Mirella", "Agatha", "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Manuela",
                "Sofia", "Maria Alice", "Lara", "Beatriz", "Júlia", "Lívia", "Yasmin", "Rosa", "Luz", "Flor", "Vitória", "Aurora"]
KID_COMMON_M = ["João Gabriel", "Pedro Henrique", "Luiz Gustavo", "Vitor", "Kaio", "Nicolas", "Leonardo", "Thiago", "Augusto",
                "Otávio", "Joaquim", "Lucca", "Breno", "Yuri", "Caíque", "Enzo", "Miguel", "Arthur", "Davi", "Gael", "Bernardo", "Théo",
                "Ravi", "Heitor", "Benício", "Lorenzo", "Murilo", "Samuel", "Bento", "Gustavo", "Matheus"]
RARE_F.extend([n for n in KID_RARE_F if n not in RARE_F])
RARE_M.extend([n for n in KID_RARE_M if n not in RARE_M])
COMMON_F.extend([n for n in KID_COMMON_F if n not in COMMON_F and n not in WORD_F])
COMMON_M.extend([n for n in KID_COMMON_M if n not in COMMON_M and n not in WORD_M])
RARE.update(KID_RARE_F + KID_RARE_M)
RARE.difference_update(["Yago", "Thierry", "Kaique", "Nicolly", "Yasmin"])
NICK.update({"Kamilly": "Mily", "Ysabelly": "Belly", "Thaynara": "Thay", "Emanuelly": "Manu", "Jamilly": "Mimi", "Kettlyn": "Ket",
             "Ludmylla": "Lud", "Nicolly": "Nic", "Isabella": "Bela", "Maria Luiza": "Malu", "Ana Clara": "Aninha", "Rafaela": "Rafa",
             "Carolina": "Carol", "Giovana": "Gio", "Mirella": "Mi", "Kaique": "Kaká", "Kayky": "Kaká", "Nycolas": "Nyco",
             "Pedro Henrique": "PH", "João Gabriel": "JG", "Luiz Gustavo": "Guga", "Leonardo": "Léo", "Thiago": "Thi", "Augusto": "Guto",
             "Lucca": "Luquinha", "Rhuan": "Rhu", "Pyetro": "Pye", "Ytalo": "Ita", "Heyttor": "Tor", "Kalleby": "Kaka", "Ayllah": "Ayla",
             "Valentina": "Tina", "Cecília": "Ciça", "Bernardo": "Bê", "Heitor": "Tito", "Ravena": "Rave", "Yohanna": "Yoh",
             "Lauanny": "Lau", "Bento": "Bentinho", "Rosa": "Rosinha", "Luz": "Luzinha", "Flor": "Florzinha"})

UF_DDD = {"SP": ["11", "11", "11", "12", "13", "14", "15", "16", "17", "19"], "MG": ["31", "31", "32", "34", "35", "37", "38"],
          "RJ": ["21", "21", "22", "24"], "PR": ["41", "41", "43", "44", "42"], "RS": ["51", "51", "54", "53", "55"], "SC": ["48", "47", "49"],
          "BA": ["71", "71", "73", "74", "75", "77"], "PE": ["81", "81", "87"], "CE": ["85", "85", "88"], "RN": ["84"], "PB": ["83"],
          "MA": ["98", "99"], "PI": ["86", "89"], "PA": ["91", "93", "94"], "AM": ["92", "97"], "GO": ["62", "62", "64"], "MS": ["67"],
          "MT": ["65", "66"], "ES": ["27", "28"], "AL": ["82"], "SE": ["79"], "DF": ["61"]}
CEP_PRE = {"SP": [f"{i:02d}" for i in range(1, 20)], "RJ": [str(i) for i in range(20, 29)], "ES": ["29"], "MG": [str(i) for i in range(30, 40)],
           "BA": [str(i) for i in range(40, 49)], "SE": ["49"], "PE": [str(i) for i in range(50, 57)], "AL": ["57"], "PB": ["58"], "RN": ["59"],
           "CE": ["60", "61", "62", "63"], "PI": ["64"], "MA": ["65"], "PA": ["66", "67", "68"], "AM": ["69"], "DF": ["70", "71", "72"],
           "GO": ["74", "75", "76"], "MT": ["78"], "MS": ["79"], "PR": [str(i) for i in range(80, 88)], "SC": ["88", "89"],
           "RS": [str(i) for i in range(90, 100)]}
_CUR = {"uf": "SP"}
# the chain has units in these cities (SP weighed heavier); the document's UF steers CEPs, area codes and council UFs
CHAIN_CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Guarulhos", "SP"),
                ("Ribeirão Preto", "SP"), ("Sorocaba", "SP"), ("Osasco", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"),
                ("Contagem", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Salvador", "BA"),
                ("Florianópolis", "SC"), ("Recife", "PE"), ("Porto Alegre", "RS"), ("Campo Grande", "MS"), ("Vitória", "ES")]


def where(g: Gen) -> tuple[str, str]:
    """The city of the unit (the document's UF also steers the CEPs, area codes and council UFs drawn for it)."""
    c, uf = g.pick(CHAIN_CITIES)
    _CUR["uf"] = uf
    return c, uf


def _cep(self: Gen, dash: bool = True) -> str:
    n = self.pick(CEP_PRE[_CUR["uf"]]) + self.d(3) + self.pick([self.d(3), self.d(3), "000", f"{self.ri(1, 9)}{self.ri(0, 9)}0"])
    n = n[:8]
    return f"{n[:5]}-{n[5:]}" if dash else n


Gen.cep = _cep


def lphone(g: Gen, uf: str | None = None, mobile: bool = True, style: str | None = None) -> str:
    """A phone in an area code of the UF (the document's when none is given); labelled like any phone."""
    ddd = g.pick(UF_DDD[uf or _CUR["uf"]])
    while True:
        local = ("9" + str(g.ri(6, 9)) + g.d(7)) if mobile else (str(g.ri(2, 5)) + g.d(7))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "par", "plain", "nospace", "raw", "dash", "plus"]))


# every chain, lab, insurer, radiology centre, school, hospital and courier is invented
CHAINS = [("Sorriso Aurora Ortodontia e Alinhadores Ltda.", "sorrisoaurora.com.br", "Sorriso Aurora"),
          ("OrtoPrudente Clínicas Odontológicas S.A.", "ortoprudente.com.br", "OrtoPrudente"),
          ("Rede Bento Amado de Odontologia Ltda.", "bentoamado.odo.br", "Bento Amado Odonto"),
          ("Alinha Vitória Ortodontia Digital Ltda.", "alinhavitoria.com.br", "Alinha Vitória"),
          ("Clínicas Leão Branco Sorrisos Ltda.", "leaobranco.com.br", "Leão Branco Sorrisos"),
          ("Instituto Celeste de Ortodontia Ltda.", "institutoceleste.odo.br", "Instituto Celeste")]
LABS = [("Laboratório Celeste Alinhadores Ltda.", "celestealinhadores.com.br", "Celeste Alinhadores"),
        ("Prudente Lab Ortodôntico Ltda.", "prudentelab.com.br", "Prudente Lab"),
        ("Flor de Lis Tecnologia Dental Ltda.", "flordelis.dental", "FlorAlign"),
        ("Estrela Digital Dental Lab Ltda.", "estreladigital.lab.br", "Estrela Digital")]
INSURERS = [("OdontoLeão Planos Odontológicos S.A.", "odontoleao.com.br", "OdontoLeão"),
            ("Amado Dental Assistência Odontológica Ltda.", "amadodental.com.br", "Amado Dental"),
            ("Vitória Odonto Saúde S.A.", "vitoriaodonto.com.br", "Vitória Odonto"),
            ("Clemente Odontologia de Grupo Ltda.", "clementeodonto.com.br", "Clemente Odonto"),
            ("Sereno Sorriso Planos Odontológicos Ltda.", "serenosorriso.com.br", "Sereno Sorriso")]
RADIO = ["Centro de Radiologia Odontológica Aurora", "RadioDente Prudente", "Clínica de Imagem Bento Amado", "Documenta Orto Leão",
         "Tomo Celeste Radiologia"]
SCHOOLS = ["Colégio Estrela Dalva", "Colégio Santa Rosa", "Escola Salvador Dourado", "Colégio Bento Prudente", "Instituto Aurora de Ensino",
           "EMEF Professora Zulmira Cotrim", "Colégio Flor de Maio", "Escola Estadual Vitória Régia"]
HOSPS = ["Hospital Infantil Estrela Guia", "Pronto-Socorro Municipal", "Hospital Santa Aurora", "Hospital São Clemente", "UPA Vila Prudente"]
COURIERS = ["Flash Leão Entregas", "Motoboy Rosa dos Ventos", "Entregas Prudente Express", "Jadlog", "SEDEX"]
SHOPS = ["Shopping Aurora", "Shopping Bento Ribeiro", "Vitória Mall", "Shopping Prudente"]
ROLE_BOXES = ["atendimento", "sac", "financeiro", "cobranca", "juridico", "contato", "naoresponda", "no-reply", "dpo", "privacidade",
              "agendamento", "recepcao", "faturamento", "glosas", "autorizacao", "credenciamento", "pedidos", "casos", "suporte",
              "ouvidoria", "protocolo", "rh", "secretaria", "pesquisa", "nps", "notificacoes", "comercial", "relacionamento", "cadastro",
              "repasse", "planejamento", "contasapagar", "contasareceber", "fiscal", "nfse", "tesouraria", "urgencia", "plantao", "laudos", "imagem",
              "radiologia", "procon", "sinistros", "auditoria", "prestador", "central", "logistica", "expedicao", "qualidade", "clinica"]
LAWS = ["Lei 8.078/1990", "art. 49 do CDC", "art. 14 do CDC", "Lei 5.081/1966", "Resolução CFO 118/2012", "Lei 9.656/1998",
        "Lei 13.709/2018", "Lei 13.787/2018", "Lei 9.099/1995", "Lei 8.069/1990", "Resolução CFO 196/2019", "RN ANS 566/2022"]
CIDS = [("K07.2", "anomalia da relação entre as arcadas"), ("K07.3", "anomalia da posição dos dentes"), ("K07.4", "maloclusão não especificada"),
        ("K07.6", "transtorno da articulação temporomandibular"), ("K01.1", "dente impactado"), ("K00.0", "agenesia dentária"),
        ("K05.1", "gengivite crônica"), ("K02.1", "cárie da dentina"), ("F45.8", "bruxismo"), ("G47.3", "apneia do sono")]
ANGLE = ["Classe I de Angle com apinhamento severo", "Classe II divisão 1 de Angle", "Classe II divisão 2 de Angle", "Classe III de Angle",
         "mordida cruzada posterior unilateral", "mordida aberta anterior", "sobremordida profunda", "diastemas generalizados"]
TUSS = [("81000030", "Consulta odontológica"), ("81000421", "Radiografia panorâmica"), ("81000448", "Telerradiografia com traçado cefalométrico"),
        ("81000472", "Documentação ortodôntica"), ("86000357", "Aparelho ortodôntico fixo metálico"), ("86000373", "Manutenção de aparelho fixo"),
        ("86000462", "Contenção (aparelho removível)"), ("85100196", "Raspagem supragengival"), ("82000174", "Exodontia de permanente"),
        ("81000049", "Consulta de urgência"), ("84000090", "Aplicação tópica de flúor"), ("86000403", "Recolagem de bráquete"),
        ("86000420", "Aparelho removível (placa ativa)"), ("85200042", "Restauração em resina (1 face)")]
GLOSA = [("1705", "procedimento sem autorização prévia"), ("1801", "procedimento incompatível com a idade"), ("2101", "quantidade acima do permitido no período"),
         ("1909", "cobrança em duplicidade"), ("1316", "carência não cumprida"), ("2502", "ausência de radiografia final"),
         ("1601", "dente/face incompatível com o procedimento"), ("3052", "valor acima da tabela acordada")]


def unidade(g: Gen) -> str:
    return g.pick(["Centro", "Moema", "Tatuapé", "Vila Prudente", "Savassi", "Barra", "Asa Sul", "Batel", "Setor Bueno", "Pituba", "Boa Viagem",
                   "Jardim Aurora", "Bela Vista", "Vila Rosa", "Cidade Nova"] + SHOPS)


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def gw(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def sr(p: Person) -> str:
    return "dona" if p.female else "seu"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def cnj_of(g: Gen, uf: str, seg: str | None = None) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg or CNJ_SEG.get(uf, '8.26')}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    return typo(s, g) if g.chance(p) else s


def cro(g: Gen, uf: str | None = None) -> str:
    """A dentist's (or a TSB's, a TPD's) registration at the regional council of dentistry: acronym, UF and number."""
    uf = uf or _CUR["uf"]
    n = g.ri(3000, 149999)
    dotted = f"{n:,}".replace(",", ".")
    return g.pick([f"CRO/{uf} {n}", f"CRO-{uf} {n}", f"CRO-{uf} {dotted}", f"CRO/{uf} nº {n}", f"CRO {uf} {n}", f"CRO/{uf} {dotted}"])


def crfa(g: Gen) -> str:
    return g.pick([f"CRFa {g.ri(1, 8)}ª Região nº {g.ri(4000, 29999)}", f"CRFa-{g.ri(1, 8)} {g.ri(4000, 29999)}", f"CRFa {g.ri(1, 8)}-{g.ri(4000, 29999)}"])


def kdob(g: Gen, fmt: str | None = None, lo: int = 2008, hi: int = 2019) -> str:
    """A young patient's birth date."""
    return g.dob(fmt, lo, hi)


def adob(g: Gen, fmt: str | None = None) -> str:
    """An adult's birth date (guardians, adult aligner patients)."""
    return g.dob(fmt, 1962, 2001)


def kid_of(g: Gen, par: Person, female: bool | None = None) -> Person:
    """A child of the guardian: a name of the young generation, ending in the guardian's last surname (or another surname first)."""
    female = g.chance(0.5) if female is None else female
    r = g.rng.random()
    if r < 0.45:
        given = g.pick(KID_RARE_F if female else KID_RARE_M)
    elif r < 0.55:
        given = g.pick(["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Esperança"] if female else ["Bento", "Prudente", "Amado", "Clemente", "Salvador", "Leão", "Vitório"])
    else:
        given = g.pick(KID_COMMON_F if female else KID_COMMON_M)
    sur = [par.last]
    if g.chance(0.45):
        o = g.surname()
        if o not in sur and o != given:
            sur.insert(0, o)
    return Person(given, sur, female)


def guardian(g: Gen, female: bool | None = None) -> Person:
    return g.person(g.chance(0.72) if female is None else female)


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short), "inv": p.inverted}[f])


def contrato(g: Gen) -> str:
    """A treatment contract number: not labelled."""
    return clean(g, lambda: g.pick([f"CT-{g.ri(2023, 2026)}-{g.d(5)}", f"ORT/{g.d(6)}", g.neg(11), f"{g.d(4)}.{g.d(4)}", f"{g.up(2)}{g.d(6)}",
                                    f"{g.ri(2023, 2026)}{g.d(6)}"]))


def prontuario(g: Gen) -> str:
    return clean(g, lambda: g.pick([g.d(6), f"P{g.d(7)}", f"{g.d(2)}.{g.d(4)}", f"{g.d(3)}-{g.d(4)}/{g.ri(19, 26)}"]))


def caso(g: Gen) -> str:
    """A lab case number: not labelled."""
    return clean(g, lambda: g.pick([f"AL-{g.ri(24, 26)}-{g.d(5)}", f"#{g.d(7)}", f"CASE{g.d(6)}", f"{g.up(3)}-{g.d(4)}-{g.up(1)}{g.d(2)}"]))


def carteirinha(g: Gen) -> str:
    """A dental plan card number (16 or 17 digits, grouped or not): not labelled, checked to pass no card or CNS check."""
    return clean(g, lambda: g.pick([g.d(17), f"{g.d(1)} {g.d(3)} {g.d(6)} {g.d(3)}-{g.d(1)}", f"{g.d(4)}.{g.d(4)}.{g.d(4)}.{g.d(4)}", g.d(16)]))


def ans(g: Gen) -> str:
    return f"{g.ri(30, 42)}{g.d(1)}.{g.d(3)}-{g.d(1)}" if g.chance(0.5) else f"{g.ri(300, 429)}{g.d(3)}"


def linha_digitavel(g: Gen, bank: str) -> str:
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.ri(1, 9)} {g.d(14)}")


def e2e(g: Gen) -> str:
    """A Pix end-to-end id: not labelled."""
    return clean(g, lambda: f"E{g.d(8)}{g.ri(2025, 2026)}{g.ri(1, 12):02d}{g.ri(1, 28):02d}{g.d(4)}{g.hexs(7, True)}")


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for k in range(n):
        w = g.person()
        doc.f(f"{k + 1}. «n» — CPF «c»«r»\n", n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "")


def chat_neg(g: Gen) -> str:
    return g.pick(["kkkkkk", "<Mídia oculta>", "😁😁", "Esta mensagem foi apagada", "ok obg", "imagem ocultada", "áudio omitido",
                   "vou ver com o pai dele e te falo", "ele não quer usar o elástico de jeito nenhum 😩", "tá doendo muito o dente de trás",
                   "pode ser depois das 17h? ela sai da escola 16h30", "figurinha omitida", "blz", "👍", "o boleto não chegou no e-mail",
                   "consegue mandar a foto do contrato?", "ele engoliu a borrachinha, tem problema??"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente esperar 15 dias antes de trocar o alinhador.", "A gengiva está rosa, sem sangramento.",
                   "A luz do fotopolimerizador da cadeira 3 queimou.", "Foi uma vitória ele usar os elásticos direitinho.",
                   "A Rua Bento Gonçalves está em obras; usar a entrada da Prudente de Morais.", "O dente ficou branco demais depois do clareamento.",
                   "A Sorriso Aurora abriu unidade nova no Shopping Vitória.", "Não há esperança de fechar o espaço sem extração.",
                   "O paciente é muito amado pela equipe, trouxe bolo na última consulta.", "A flor de lis é o logotipo do laboratório.",
                   "O Colégio Santa Rosa pediu declaração de comparecimento.", "O estojo do alinhador é azul celeste.",
                   "O Prudente Lab atrasou a remessa da semana.", "A Leão Branco Sorrisos atende o convênio desde março.",
                   "A placa ficou amarelada: orientar a não tomar café com ela."])


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    """One chat line whose sender is written part by part (a name with a suffix, a business profile, a bare number)."""
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def sysline(doc: Doc, stamp: str, parts: list) -> None:
    doc.t(stamp)
    for s, lab in parts:
        doc.e(s, lab)
    doc.t("\n")


def slot(g: Gen) -> str:
    return f"{g.pick([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19]):02d}:{g.pick(['00', '20', '30', '40', '15', '45'])}"


def fday(g: Gen) -> datetime.date:
    return datetime.date(g.pick([2025, 2025, 2026]), g.ri(1, 12), g.ri(1, 28))


def home(g: Gen, style: str = "text", rural: float = 0.0, uf: str | None = None, loc: str | None = None) -> str:
    return g.address(style)


# ------------------------------------------------------------------ atendimento

def at_whatsapp(g: Gen) -> Doc:
    """The appointment desk's WhatsApp Business chat with a patient's mother or father, exported from the unit's phone (Android or iOS
    stamps): the bot's menu (the bot is not a person), the contact shown by a saved name with a suffix naming the child ("Luana mãe do
    Enzo": both names are persons), by a first name or by a bare number; the attendant introducing herself; the child's full name,
    birth date and CPF (a mistyped CPF first, corrected); the orthodontist's name; a loose bracket; the entrance fee by Pix to the
    clinic's random key or its CNPJ key; the e-mail for the contract; the father who will bring the child; an @mention by number."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    un = unidade(g)
    par = guardian(g)
    kid = kid_of(g, par)
    att, den = g.person(True if g.chance(0.8) else False), g.person()
    st = chat_stamp(g)
    t = iter(seq_times(g, 40, g.moment(hours=(8, 18)), 30, 1500))
    r = g.rng.random()
    if r < 0.12:
        cdisp = [P(par.first), V(" " + gw(par, "pai", "mãe") + " " + gw(kid, "do", "da") + " "), P(kid.first)]
    elif r < 0.22:
        cdisp = [P(g.pick([par.full, par.short]))]
    elif r < 0.32:
        cdisp = [P(par.first), V(" " + g.pick(["Paciente", "Orto", "Alinhador", "Convênio", "🦷"]))]
    else:
        cdisp = [(lphone(g, uf, style="wa"), "PHONE_NUMBER")]
    bdisp = [V(g.pick([f"{short} {un}", f"{short} | Agendamento", f"{short}"]))]
    youv = [V("Você")] if g.chance(0.4) else bdisp
    doc.t(g.pick(["", f"Conversa do WhatsApp com "]))
    if doc.text:
        for s, lab in cdisp:
            doc.e(s, lab)
        doc.t("\n\n")
    cl2(doc, st(next(t)), cdisp, g.pick(["oi bom dia", "Boa tarde", "Olá", "oii"]) + ", «m»", m=tp(g, g.pick(["preciso remarcar a manutenção do aparelho", "queria ver horário pra avaliação de alinhador",
                                                                                                            "o aparelho soltou uma peça", "vcs atendem o convênio?"])))
    cl2(doc, st(next(t)), bdisp, "Olá! 😁 Eu sou a Sorri, assistente virtual da «s». Digite 1 para agendar, 2 para falar com a recepção, 3 para financeiro.", s=short)
    cl2(doc, st(next(t)), cdisp, g.pick(["2", "2", "recepção"]))
    cl2(doc, st(next(t)), youv, "Oi! Aqui é «a», da recepção da unidade «u» 😊 Me passa o nome completo e a data de nascimento do paciente, por favor?",
        a=[V("a " if att.female else "o "), P(att.first)] if g.chance(0.7) else P(att.first), u=un)
    cl2(doc, st(next(t)), cdisp, "«n»\n«d»", n=P(g.pick([kid.full, kid.caps, lower(kid.full), tp(g, kid.full, 0.3)])),
        d=(kdob(g, g.pick(["br", "br", "short", "nopad"])), "DATE_OF_BIRTH"))
    if g.chance(0.75):
        cpf = g.cpf("dot")
        cl2(doc, st(next(t)), youv, "Obrigada! E o CPF «k»? O sistema pede para menores também.", k=gw(kid, "dele", "dela"))
        if g.chance(0.35):
            cl2(doc, st(next(t)), cdisp, "«c»", c=g.neg_cpf(g.chance(0.6)))
            cl2(doc, st(next(t)), youv, "Esse deu inválido aqui, pode conferir?")
        cl2(doc, st(next(t)), cdisp, "«c»", c=(cpf if g.chance(0.7) else re.sub(r"\D", "", cpf), "BR_CPF"))
    prob = g.pick(["o bracket do dente da frente soltou", "o fio tá machucando a bochecha", "perdeu o alinhador de baixo na escola", "quebrou a contenção"])
    cl2(doc, st(next(t)), cdisp, "«p», «k» pode ser com «d»? ela que acompanha" if den.female else "«p», «k» pode ser com «d»? ele que acompanha",
        p=prob, k=g.pick(["hoje", "amanhã", "ainda essa semana"]), d=[V(dr(den) + " "), P(g.pick([den.first, den.short]))] if g.chance(0.3) else (P(den.first) if g.chance(0.4) else V(gw(den, "o doutor", "a doutora"))))
    cl2(doc, st(next(t)), youv, "«d» tem «h» de «w». Já deixo reservado como urgência ortodôntica (sem custo no plano de tratamento).",
        d=[V(dr(den) + " "), P(den.short)], h=slot(g), w=g.pick(["quinta", "sexta", "sábado", "segunda"]))
    cl2(doc, st(next(t)), cdisp, chat_neg(g))
    if g.chance(0.4):
        sib = kid_of(g, par)
        cl2(doc, st(next(t)), cdisp, "e aproveitando, a avaliação de alinhador d«o» «s» quanto fica?", o=sib.o, s=P(sib.first))
        if g.chance(0.55):
            cl2(doc, st(next(t)), youv, "A documentação é R$ «v». O sinal pode ser por Pix, chave aleatória da clínica: «k»", v=brl(g.ri(180, 420)), k=(g.uuid(), "PIX_KEY"))
        else:
            cl2(doc, st(next(t)), youv, "A documentação é R$ «v». Pix é o CNPJ «k» («c»)", v=brl(g.ri(180, 420)), k=(g.cnpj(), "BR_CNPJ"), c=chain)
        cl2(doc, st(next(t)), cdisp, g.pick(["<Mídia oculta>", "imagem ocultada", "comprovante.pdf (arquivo anexado)"]))
    if g.chance(0.25):
        cl2(doc, st(next(t)), cdisp, "posso pagar a entrada no cartão? «c» venc «v»", c=(g.card(g.chance(0.7)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        cl2(doc, st(next(t)), youv, "Por segurança não mande o número do cartão por aqui 🙏 Vou apagar e te envio o link de pagamento.")
    if g.chance(0.6):
        cl2(doc, st(next(t)), youv, "Para o contrato preciso também do CPF do responsável financeiro e do endereço para a nota.")
        cl2(doc, st(next(t)), cdisp, "«c»«a»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
            a=[V(g.pick(["\n", " - ", "\nend: "])), (g.address(g.pick(["text", "low"])), "ADDRESS"), V(g.pick([" cep ", ", CEP ", " - "])), (g.cep(g.chance(0.7)), "BR_CEP")] if g.chance(0.6) else "")
    cl2(doc, st(next(t)), youv, "Recebido! Me confirma um e-mail para o contrato e a ficha de anamnese?")
    cl2(doc, st(next(t)), cdisp, "«e»", e=(g.email(par), "EMAIL_ADDRESS"))
    if g.chance(0.4):
        oth = g.relative(kid, not par.female)
        cl2(doc, st(next(t)), cdisp, "quem vai levar é o «r», «n». Se precisar o número dele é «p»" if not oth.female else "quem vai levar é a «r», «n». Se precisar o número dela é «p»",
            r=g.pick(["pai", "avô", "tio"]) if not oth.female else g.pick(["avó", "tia", "madrinha"]), n=P(g.pick([oth.first, oth.short])), p=(lphone(g, uf), "PHONE_NUMBER"))
    if g.chance(0.35):
        ddd, local = g.msisdn()
        cl2(doc, st(next(t)), youv, "@«m» esse número também é responsável pelo paciente?", m=(f"55{g.pick(UF_DDD[uf])}{local}", "PHONE_NUMBER"))
    cl2(doc, st(next(t)), youv, "Prontinho! «w» Qualquer coisa é só chamar 🦷", w=g.pick(["Lembrando: trazer o estojo do alinhador.", word_neg(g), "Chegar 10 min antes."]))
    return doc


def at_ligacoes(g: Gen) -> Doc:
    """The central appointment desk's call log for a day, typed by the operators (a list with dashes, or a pipe table): the caller by
    name ("Sra." outside the span), a phone, the patient (the caller's child or the caller), a birth date sometimes, the matter, the
    orthodontist by name, the callback; an unidentified number; an insurer's 0800 (not labelled); the operator as a login."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    op = g.person(True)
    dens = [g.person() for _ in range(3)]
    doc.f("«s» — CENTRAL DE AGENDAMENTO — REGISTRO DE LIGAÇÕES\nData: «d»   Operador(a): «o»   Ramal «r»\n\n", s=short.upper(), d=g.date("br", 2025),
          o=login(op, g) if g.chance(0.6) else P(op.short), r=g.ri(200, 260))
    doc.t("Chamadas perdidas (retornar): ")
    for k in range(g.ri(2, 4)):
        doc.t(", " if k else "")
        doc.e(lphone(g, uf, style=g.pick(["raw", "par", "plain"]), mobile=g.chance(0.8)), "PHONE_NUMBER")
    doc.t("\n\n")
    style = g.pick(["list", "list", "pipe"])
    entries = []
    for _ in range(g.ri(3, 5)):
        par = guardian(g)
        kid = kid_of(g, par) if g.chance(0.55) else None
        den = g.pick(dens)
        ph = (lphone(g, uf, style=g.pick(["par", "plain", "raw", "nospace"])), "PHONE_NUMBER")
        k = g.rng.random()
        if k < 0.12:
            entries.append([V(slot(g)), V("(número não identificado)"), ph, V("—"), V("caiu a ligação antes de identificar; retornar")])
            continue
        caller = pname(g, par, ("full", "short", "caps", "first"))
        pat = [P(g.pick([kid.full, kid.short, kid.first]))] if kid else [V(gw(par, "o próprio", "a própria"))]
        if kid and g.chance(0.55):
            pat += [V(" DN "), (kdob(g, g.pick(["br", "short"])), "DATE_OF_BIRTH")]
        if g.chance(0.7):
            pat += [V(g.pick([" — CPF conf. ", ", cpf ", " (CPF "])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")]
            if pat[-2][0] == " (CPF ":
                pat.append(V(")"))
        what = g.pick([[V("antecipar troca de alinhador; marcado c/ "), P(den.short)],
                       [V("bráquete solto, encaixe " + g.pick(["amanhã", "sexta", "sáb."]) + " no 1º horário livre")],
                       [V("perdeu o alinhador; reposição solicitada ao laboratório")],
                       [V("pediu 2ª via do boleto; enviado p/ "), (g.email(par), "EMAIL_ADDRESS")],
                       [V("atualização cadastral: novo endereço "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")],
                       [V("confirmou CPF "), (g.cpf(), "BR_CPF"), V(" p/ nota fiscal; enviada")],
                       [V("reclamou de atraso na consulta (40 min); registrado na ouvidoria")],
                       [V("autorização do convênio pendente; orientado a ligar 0800 " + f"{g.d(3)} {g.d(4)}")],
                       [V("ditou o cartão "), (g.card(g.chance(0.5)), "CREDIT_CARD"), V(" p/ pagar a entrada; orientado a usar o link (não anotar cartão!)")],
                       [V("cancelar manutenção, viagem; remarcar após "), V(g.date("br", 2025))],
                       [V("quer falar com "), P(den.first), V(" sobre a dor depois do IPR; retornar até 18h")]])
        entries.append([V(slot(g)), caller, ph, pat, what])
    entries.sort(key=lambda e: e[0][0])
    if style == "list":
        for e in entries:
            doc.t(f"- {e[0][0]} — ")
            doc.e(*e[1])
            doc.t(" (")
            doc.e(*e[2])
            doc.t(") — paciente: ")
            for s, lab in (e[3] if isinstance(e[3], list) else [e[3]]):
                doc.e(s, lab)
            doc.t(" — ")
            for s, lab in (e[4] if isinstance(e[4], list) else [e[4]]):
                doc.e(s, lab)
            doc.t("\n")
    else:
        doc.t("hora  | contato | telefone | paciente | assunto/encaminhamento\n------+---------+----------+----------+-----------------------\n")
        for e in entries:
            doc.t(f"{e[0][0]} | ")
            doc.e(*e[1])
            doc.t(" | ")
            doc.e(*e[2])
            doc.t(" | ")
            for s, lab in (e[3] if isinstance(e[3], list) else [e[3]]):
                doc.e(s, lab)
            doc.t(" | ")
            for s, lab in (e[4] if isinstance(e[4], list) else [e[4]]):
                doc.e(s, lab)
            doc.t("\n")
    sup = g.person()
    doc.f("\nPendências p/ supervisão («s»): «n» retornos; «w»\n", s=P(sup.first) if g.chance(0.3) else "sup.", n=g.ri(1, 4), w=word_neg(g))
    return doc


def at_agenda(g: Gen) -> Doc:
    """The day's agenda of a unit printed from the clinic software, one block per professional (the dentist with CRO in the block's
    title) as a +---+, psql, blank-aligned or pipe table: time, chair, patient (a child or an adult), birth date or age, procedure,
    plan or private, phone; the TSB of the day with her CRO; a parked car's plate for the partner parking lot sometimes."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    un = unidade(g)
    dens = [g.person() for _ in range(g.ri(1, 2))]
    tsb = g.person(True)
    doc.f("«s» — Unidade «u» («c»/«uf»)\nAGENDA DO DIA «d» — impresso por «l» às «h»\n", s=short, u=un, c=city, uf=uf, d=g.date("br", 2025), l=login(g.person(), g), h=slot(g))
    style = g.pick(["plus", "psql", "plain", "pipe"])
    for den in dens:
        doc.f("\n«d» «n» — «c»«x»\n", d=dr(den), n=P(g.pick([den.full, den.short])), c=(cro(g, uf), "PROFESSIONAL_ID"),
              x=g.pick(["", " (ortodontia)", " (ortodontia / alinhadores)", " (odontopediatria)"]))
        rows = []
        for _ in range(g.ri(2, 4)):
            par = guardian(g)
            kid = kid_of(g, par) if g.chance(0.75) else par
            pat = P(g.pick([kid.full, kid.caps, kid.short]))
            dob = (kdob(g, "br") if kid is not par else adob(g, "br"), "DATE_OF_BIRTH") if g.chance(0.9) else V(f"{g.ri(8, 17) if kid is not par else g.ri(19, 58)}a")
            proc = V(g.pick(["manutenção fixo", "entrega alinhadores 1-10", "escaneamento intraoral", "IPR + attachments", "recolagem bráquete", "documentação",
                             "avaliação", "remoção + contenção", "refinamento", "troca de arco", "urgência"]))
            plan = V(g.pick(["particular", "particular"] + [i[2] for i in INSURERS]))
            ph = (lphone(g, uf, style=g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.95) else V("—")
            rows.append([V(slot(g)), V(str(g.ri(1, 6))), pat, dob, proc, plan, ph])
        rows.sort(key=lambda r: r[0][0])
        table_ruled(doc, ["hora", "cad", "paciente", "DN/idade", "procedimento", "convênio", "telefone"], rows, style)
    pend = [(lphone(g, uf, style=g.pick(["raw", "par", "wa"])), "PHONE_NUMBER") for _ in range(g.ri(1, 3))]
    doc.t("\nConfirmações sem resposta (WhatsApp): ")
    for k, p in enumerate(pend):
        doc.t(", " if k else "")
        doc.e(*p)
    doc.t("\n")
    doc.f("\nApoio: TSB «n» — «c»\n", n=P(g.pick([tsb.full, tsb.short, tsb.first])), c=(cro(g, uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("\nEstacionamento conveniado (validar tíquete): placa «p» — paciente das «h»\n", p=(g.plate(), "LICENSE_PLATE"), h=slot(g))
    doc.f("Obs.: «w»\n", w=g.pick([word_neg(g), "Cadeira 4 em manutenção a partir das 14h.", "Scanner intraoral reservado das 9h às 12h."]))
    return doc


def at_pesquisa(g: Gen) -> Doc:
    """The satisfaction survey export (NPS) of the chain as CSV (comma or semicolon): response id and date, unit, respondent's name
    (empty when anonymous), e-mail, phone, score, free comment that names the orthodontist, a receptionist or a child by first name,
    the respondent's IP; then the CX analyst's list of detractors to call back (name and phone)."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    sep = g.pick([",", ";"])
    cols = ["id_resposta", "data", "unidade", "nome", "cpf", "email", "telefone", "nps", "comentario", "ip"]
    doc.f("# export pesquisa NPS «s» — «p» — gerado «d»\n", s=short, p=g.pick(["1º trimestre", "2º trimestre", "3º trimestre", "4º trimestre"]) + " 2025", d=ts(g.moment(), "sql"))
    doc.t(sep.join(cols) + "\n")
    det = []
    for _ in range(g.ri(5, 8)):
        p = guardian(g)
        anon = g.chance(0.35)
        score = g.pick([10, 10, 9, 9, 8, 7, 6, 3, 2, 0])
        den, rec = g.person(), g.person(True)
        kid = kid_of(g, p)
        if score >= 9:
            com = g.pick([[V("atendimento ótimo, "), P(den.first), V(" explica tudo com calma")], [V("a "), P(rec.first), V(" da recepção é um amor")],
                          [V(gw(kid, "o ", "a ")), P(kid.first), V(" adorou os alinhadores transparentes")],
                          [V("pontuais e organizados")], [V("clínica limpa e moderna")], [V("recomendo muito")], [V("")], [V("ótimo")], [V("gostei do scanner, sem massinha")]])
        elif score >= 7:
            com = g.pick([[V("demora na recepção mas " + gw(den, "o ", "a ")), P(den.first), V(" é excelente")],
                          [V("estacionamento caro")], [V("boleto chega atrasado no e-mail")], [V("preço alto mas vale")], [V("")], [V("app de agendamento trava")]])
        else:
            com = g.pick([[V("esperei 50 minutos e " + gw(den, "o ", "a ")), P(den.first), V(" nem pediu desculpa")],
                          [V("cobraram a placa perdida duas vezes")], [V("ninguém retorna no whatsapp")], [V("atrasaram a entrega das placas 2 vezes")],
                          [V("meu filho "), P(kid.first), V(" ficou com o dente mole depois do IPR e não deram atenção")]])
            if not anon:
                det.append(p)
        row = [V(clean(g, lambda: g.hexs(8))), V(g.date("iso", 2025)), V(unidade(g)),
               P(g.pick([p.full, p.short, lower(p.full)])) if not anon else V(""),
               (g.cpf(g.pick(["raw", "dot"])), "BR_CPF") if not anon and g.chance(0.75) else V(""),
               (g.email(p), "EMAIL_ADDRESS") if not anon or g.chance(0.3) else V(""),
               (lphone(g, uf, style=g.pick(["raw", "e164", "par"])), "PHONE_NUMBER") if not anon and g.chance(0.7) else V(""),
               V(str(score))]
        for k, (v, lab) in enumerate(row):
            if k:
                doc.t(sep)
            if v:
                doc.e(v, lab)
        doc.t(sep + '"')
        for s, lab in com:
            doc.e(s, lab)
        doc.t('"' + sep)
        if g.chance(0.85):
            doc.e(g.ip(), "IP_ADDRESS")
        else:
            doc.t(g.ip_priv())
        doc.t("\n")
    an = g.person()
    doc.f("\n# detratores para retorno (CX: «a», «e»)\n", a=P(an.short), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"))
    for p in det[:1]:
        doc.f("# - «n» «p»\n", n=P(p.full), p=(lphone(g, uf), "PHONE_NUMBER"))
    if not det:
        doc.t("# (nenhum detrator identificado no período)\n")
    return doc


def at_transcricao(g: Gen) -> Doc:
    """A speech-to-text transcript of a call to the aligner desk (lower case, no accents, timestamps and speaker tags): a mother whose
    child lost an aligner; the attendant's first name; the child's full name, birth date and CPF read out (in groups or in words); the
    mother's CPF sometimes; the orthodontist; the delivery address and CEP read out; a phone read out; then the typed record of the call
    with the same data in digits (the attendant as a login)."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    ag = g.person(True if g.chance(0.7) else False)
    mom = guardian(g, True if g.chance(0.8) else False)
    kid = kid_of(g, mom)
    den = g.person()
    A, C = g.pick([("atendente", "cliente"), ("spk_0", "spk_1"), ("AGENTE", "CLIENTE")])
    tt = [0]

    def cue(who: str, parts: list) -> None:
        tt[0] += g.ri(3, 14)
        doc.t(f"[{tt[0] // 60:02d}:{tt[0] % 60:02d}] {who}: ")
        for s, lab in parts:
            doc.e(s, lab)
        doc.t("\n")
    doc.f("transcricao automatica — chamada «i» — fila alinhadores — «d»\n\n", i=clean(g, lambda: g.hexs(10)), d=ts(g.moment(), "sql"))
    cue(A, [V(f"{lower(short)} boa tarde meu nome e "), P(lower(ag.first)), V(" em que posso ajudar")])
    cue(C, [V("oi "), P(lower(ag.first)) if g.chance(0.4) else V("boa tarde"), V(gw(mom, " aqui e o ", " aqui e a ")), P(lower(g.pick([mom.first, mom.full]))), V(gw(mom, " pai d", " mae d") + kid.o + " "), P(lower(kid.first)),
            V(" " + gw(kid, "ele", "ela") + " perdeu o alinhador de cima o numero " + words999(g.ri(3, 18)))])
    cue(A, [V("poxa vamos resolver me confirma o nome completo e a data de nascimento d" + kid.o + " paciente")])
    dd, mm, yy = g.dob_parts(2008, 2018)
    cue(C, [P(lower(kid.full)), V(" nascid" + kid.o + " "), (spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH")])
    cpf = g.cpf_digits()
    cue(A, [V("e o cpf d" + ("ela" if kid.female else "ele"))])
    cue(C, [(stt_cpf(cpf, g), "BR_CPF")])
    if g.chance(0.5):
        cue(A, [V("e o cpf do responsavel financeiro")])
        cue(C, [V("o meu e "), (stt_cpf(g.cpf_digits(), g), "BR_CPF")])
    cue(A, [V("certo quem acompanha o caso e " + gw(den, "o doutor ", "a doutora ")), P(lower(g.pick([den.first, den.short]))), V(" ne ele vai decidir se volta pro alinhador anterior ou se o laboratorio faz a reposicao"
                                                                                              if not den.female else " ne ela vai decidir se volta pro alinhador anterior ou se o laboratorio faz a reposicao")])
    cue(C, [V(g.pick(["quanto custa a reposicao", "isso vai ser cobrado", "ele e muito desligado ja e a segunda vez"]))])
    cue(A, [V("a primeira reposicao e sem custo a placa vai pelo correio qual o endereco com cep")])
    cep = g.cep(False)
    addr = g.address("low")
    cue(C, [(lower(addr), "ADDRESS"), V(" cep "), (g.pick([f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g), f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP")])
    ph = lphone(g, uf, style="raw")
    d = re.sub(r"\D", "", ph)
    cue(A, [V("e um telefone pro entregador")])
    cue(C, [(g.pick([f"{d[:2]} {d[2]} {d[3:7]} {d[7:]}", spoken_digits(d, g), f"{d[:2]} {d[2:7]} {d[7:]}"]), "PHONE_NUMBER")])
    cue(A, [V(g.pick(["registrado o protocolo vai por sms", "perfeito ate cinco dias uteis", "anotado mais alguma coisa"]))])
    if g.chance(0.4):
        cue(C, [V(g.pick(["seria prudente mandar um estojo novo tambem ne", "que vitoria ele ta usando direitinho agora", "obrigada viu"]))])
    doc.f("\n--- registro (digitado por «l») ---\nPaciente: «n» — DN «dn» — CPF «c»\nOcorrência: perda do alinhador superior; reposição solicitada ao laboratório (caso «k»).\n",
          l=login(ag, g), n=P(kid.full), dn=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), c=(fmt_cpf(cpf), "BR_CPF"), k=caso(g))
    doc.f("Entrega: «a» — «c»/«u» — CEP «cep» — contato «p»\n", a=(addr, "ADDRESS"), c=city, u=uf, cep=(f"{cep[:5]}-{cep[5:]}", "BR_CEP"), p=(ph, "PHONE_NUMBER"))
    return doc


def at_email(g: Gen) -> Doc:
    """An e-mail thread: an adult aligner patient writes to the role mailbox (not labelled) that the aligners don't fit and asks for
    the money back (headers with name and e-mail, X-Originating-IP, phone in the signature); the unit's coordinator replies from her
    corporate e-mail copying the orthodontist (corporate e-mail), with the CRO in the signature; the patient's answer quoted."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    pat = g.person()
    co, den = g.person(True if g.chance(0.7) else False), g.person()
    t0 = g.moment()
    t1 = t0 + datetime.timedelta(hours=g.ri(5, 60))
    pm = g.email(pat)
    box = g.pick(["contato", "sac", "atendimento", "ouvidoria", "relacionamento"])
    doc.f("From: «n» <«e»>\nTo: «b»@«d»\nDate: «dt»\nSubject: «s»\nX-Originating-IP: [«ip»]\n\n", n=P(pat.full), e=(pm, "EMAIL_ADDRESS"), b=box, d=dom, dt=mail_date(t0),
          s=g.pick(["Alinhadores não encaixam - quero cancelar", "RECLAMAÇÃO tratamento alinhador", "Reembolso", "placas 7 a 12 sem encaixe"]),
          ip=(g.ip(), "IP_ADDRESS"))
    doc.f("Boa noite. Sou paciente da unidade «u» desde «m» (contrato «c»«cpf»). As placas «a» a «b» não encaixam nos dentes de trás e «x» disse que é normal. "
          "Já são três semanas com dor. Quero o cancelamento e a devolução proporcional, como diz o «l».\n\n«n»\n«p»\n\n",
          u=unidade(g), m=g.pick(["o ano passado", "janeiro", "fevereiro", "março", "o início do ano"]), c=contrato(g), a=g.ri(5, 9), b=g.ri(10, 16), cpf=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "",
          x=[V(dr(den) + " "), P(g.pick([den.first, den.short]))] if g.chance(0.6) else V(gw(den, "o dentista", "a dentista")), l=g.pick(["art. 49 do CDC", "contrato", "Código de Defesa do Consumidor"]),
          n=P(g.pick([pat.full, pat.first])), p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.t("-" * g.ri(30, 50) + "\n")
    dm = corp_mail(den, dom, g)
    doc.f("From: «n» <«e»>\nTo: «t»\nCc: «c»\nDate: «dt»\nSubject: RE: «s»\n\n", n=P(co.full), e=(corp_mail(co, dom, g), "EMAIL_ADDRESS"), t=(pm, "EMAIL_ADDRESS"),
          c=[P(den.short), V(" <"), (dm, "EMAIL_ADDRESS"), V(">")] if g.chance(0.3) else (dm, "EMAIL_ADDRESS"), dt=mail_date(t1), s=g.pick(["Alinhadores", "Reclamação", "Seu tratamento"]))
    doc.f("Olá, «p». Sinto muito pelo desconforto. Agendei uma consulta de reavaliação com «d» em «dd» às «h»; se for falha de adaptação, o «lab» refaz as placas "
          "sem custo. Caso ainda queira cancelar, o cálculo segue a cláusula 9ª (valor das placas já produzidas é retido).\n\nAtenciosamente,\n«n»\nCoordenação — unidade «u»\n«tel»\n\n",
          p=P(pat.first), d=[V(dr(den) + " "), P(den.full), V(" ("), (cro(g, uf), "PROFESSIONAL_ID"), V(")")], dd=g.date("br", 2025), h=slot(g),
          lab=g.pick(LABS)[2], n=P(co.short), u=unidade(g), tel=(lphone(g, uf, mobile=False), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.t("-" * g.ri(30, 50) + "\n")
        kind, key = pix_key(g, pat)
        doc.f("From: «e»\nDate: «dt»\nSubject: RE: RE: reclamação\n\nNão vou voltar. Quero a devolução: chave Pix («k») «v». Meu telefone continua «p».\n\n",
              e=(pm, "EMAIL_ADDRESS"), dt=mail_date(t1 + datetime.timedelta(hours=g.ri(2, 40))), k=kind, v=key, p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f("> Em «d», <«e»> escreveu:\n> Boa noite. Sou paciente da unidade ... (mensagem cortada)\n", d=mail_date(t0)[:16], e=(pm, "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("\n«w»\n", w=word_neg(g))
    return doc


def at_ficha(g: Gen) -> Doc:
    """A minor patient's registration form (ficha cadastral), filled by hand, scanned and OCR'd (rn/m, cl/d, I/l, O/0, c/e, li/h in
    labels, words and names; identifiers printed clean): the patient (name, birth date, CPF, CNS sometimes), the school (not labelled),
    the responsável financeiro (name, kinship, birth date, CPF, RG, job, address, neighbourhood, city, CEP, mobile, e-mail), the second
    guardian sometimes, the plan's card number (not labelled), who referred the patient, the LGPD consent and the signature."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    rate = g.pick([0.2, 0.35, 0.5])

    def o(s: str) -> str:
        return ocr(s, g, rate)

    def on(s: str) -> str:
        return ocr(s, g, rate * 0.6, names=True)
    doc.t(o(f"{short.upper()} — FICHA CADASTRAL DO PACIENTE") + f"   Prontuário nº {prontuario(g)}\n" + o("(preencher com letra de forma)") + "\n\n")
    fields = [(o("Paciente"), P(on(g.pick([kid.caps, kid.capsf])))), (o("Data de nascimento"), (kdob(g, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH")),
              ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.7) else V("não tem"))]
    if g.chance(0.4):
        fields.append((o("Cartão SUS"), (g.cns(), "BR_CNS")))
    fields.append((o("Escola / série"), V(o(g.pick(SCHOOLS)) + f" / {g.ri(3, 9)}º ano")))
    fields += [(o("Responsável financeiro"), P(on(g.pick([par.caps, par.capsf, par.full])))), (o("Parentesco"), V(gw(par, "pai", "mãe"))),
               (o("Nascimento do responsável"), (adob(g, "br"), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
               ("RG", (g.rg(), "BR_RG")) if g.chance(0.75) else ("CNH", (g.cnh(), "BR_CNH")),
               (o("Profissão"), V(o(g.pick(JOBS[par.female])))), (o("Endereço"), (on(g.address(g.pick(["text", "caps"]))), "ADDRESS")),
               (o("Bairro"), V(o(g.pick(BAIRROS)))), (o("Cidade/UF"), V(f"{city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
               (o("Celular (WhatsApp)"), (lphone(g, uf), "PHONE_NUMBER")), ("E-mail", (g.email(par), "EMAIL_ADDRESS"))]
    if g.chance(0.45):
        oth = g.relative(kid, not par.female)
        fields += [(o("2º responsável"), P(on(oth.full))), (o("Telefone"), (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.5):
        ins = g.pick(INSURERS)
        fields += [(o("Convênio"), V(ins[2])), (o("Carteirinha"), V(carteirinha(g)))]
    kv_block(doc, fields, g.pick(["plain", "dots", "caps"]))
    ind = g.person()
    doc.t("\n" + o("Como conheceu a clínica?") + " ( ) Instagram  ( ) Google  (X) " + o("indicação de") + " ")
    doc.e(on(g.pick([ind.full, ind.first, ind.short])), "PERSON")
    doc.t("\n" + o(f"[X] Autorizo o uso dos meus dados e dos dados do menor para o tratamento (Lei 13.709/2018)") + "\n")
    doc.t(o("[ ] Autorizo o uso de imagem (fotos antes/depois) em redes sociais") + "\n\n")
    doc.f("«c», «d»\n_______________________\n«n»\n", c=city, d=g.date("br", 2025), n=P(on(par.full)))
    doc.f("[digitalizado por «l» em «t»]\n", l=login(g.person(), g), t=ts(g.moment(), "br"))
    return doc


# ------------------------------------------------------------------ juridico

def ju_procon(g: Gen) -> Doc:
    """A Procon complaint file (ficha de atendimento, as the consumer-protection system prints it): the consumer's block (name, CPF,
    RG, birth date, address, CEP, phones, e-mail), the supplier's block (the chain's legal name, CNPJ, the unit's address: a firm's
    address, not labelled), the account of the facts (the child's name, the orthodontist, the attendant, the aligner lab, amounts,
    dates), the request, the file number (not labelled) and the clerk who took it."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    con = guardian(g)
    kid = kid_of(g, con)
    den, att, clerk = g.person(), g.person(True), g.person()
    caps = g.chance(0.3)
    doc.f("PROCON «u» — FICHA DE ATENDIMENTO AO CONSUMIDOR\nNº da reclamação (FA): «n»   Abertura: «d»   Canal: «c»\n\n", u=uf if g.chance(0.5) else f"{city}/{uf}",
          n=clean(g, lambda: g.pick([f"{g.ri(35, 53)}.{g.ri(2025, 2026)}.{g.d(7)}-{g.d(1)}", f"{g.d(4)}/{g.ri(2025, 2026)}", f"FA-{g.d(8)}"])), d=g.date("br", 2025),
          c=g.pick(["presencial", "internet (consumidor.gov / site)", "telefone 151"]))
    doc.t("DADOS DO CONSUMIDOR\n")
    f = [("Nome", P(con.capsf if caps else con.full)), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Data de nascimento", (adob(g, "br"), "DATE_OF_BIRTH")),
         ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro/Município", V(f"{g.pick(BAIRROS)} — {city}/{uf}")), ("CEP", (g.cep(), "BR_CEP")),
         ("Telefone(s)", (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.5):
        f.append(("Telefone recado", (lphone(g, uf, mobile=g.chance(0.5)), "PHONE_NUMBER")))
    f.append(("E-mail", (g.email(con), "EMAIL_ADDRESS")))
    kv_block(doc, f, g.pick(["plain", "dots", "box"]))
    doc.f("\nDADOS DO FORNECEDOR\nRazão social: «r»\nCNPJ: «c»\nNome fantasia: «s» — unidade «u» («a»)\nTelefone do fornecedor: «t»\n", t=(lphone(g, uf, mobile=g.chance(0.3)), "PHONE_NUMBER"), r=chain, c=(g.cnpj(alnum=g.chance(0.2)), "BR_CNPJ"), s=short, u=unidade(g),
          a=g.pick(["Av. Paulista, 1.842 — conj. 112", "Rua Augusta, 2.203 — sala 4", "Av. Brasil, 500 — loja 12", "Rua da Bahia, 1.148 — 3º andar", "Av. Sete de Setembro, 2.775"]))
    val, paid = g.ri(5800, 14900), g.ri(900, 5400)
    doc.f("\nRELATO\nO(a) consumidor(a) contratou em «d» tratamento ortodôntico com alinhadores para «o» filh«x» «k», no valor de R$ «v», em «p» parcelas. "
          "Relata que, após «m» meses, «den» informou que o caso precisaria de «w», com custo adicional não previsto. Pediu o cancelamento à recepcionista «a» "
          "em «d2» e foi informado(a) de multa de 30% e retenção das placas já produzidas pelo laboratório «lab». Já pagou R$ «pg».\n",
          d=g.date("br", 2025), o=gw(con, "seu", "sua"), x=kid.o, k=P(kid.capsf if caps else kid.full), v=brl(val), p=g.pick([12, 18, 24]), m=g.ri(3, 9),
          den=[V(dr(den) + " "), P(den.full)] if g.chance(0.6) else [V(gw(den, "o ortodontista ", "a ortodontista ")), P(den.short)],
          w=g.pick(["refinamento com novas placas", "aparelho fixo complementar", "extração de pré-molares", "mini-implantes"]),
          a=P(att.first), d2=g.date("br", 2025), lab=g.pick(LABS)[2], pg=brl(paid))
    doc.f("\nPEDIDO\nCancelamento do contrato sem multa e devolução de R$ «r», com base «l».\n", r=brl(paid - g.ri(0, 400)), l=g.pick(["no art. 6º, III, e no art. 51, IV, do CDC", "na Lei 8.078/1990", "no art. 14 do CDC", "no art. 49 do CDC"]))
    doc.f("\nAtendente: «c» — matrícula «m»\nNotificação ao fornecedor enviada em «d» (prazo 10 dias). «w»\n", c=P(g.pick([clerk.full, clerk.short])), m=clean(g, lambda: g.d(6)), d=g.date("br", 2025),
          w=g.pick(["Audiência de conciliação designada.", "", "Consumidor(a) apresentou contrato e comprovantes."]))
    return doc


def ju_resposta(g: Gen) -> Doc:
    """The chain's legal reply to Procon, signed by its lawyer: the file number and the complainant with CPF; the chain's CNPJ; the
    treatment facts (the minor patient with birth date, the orthodontist with CRO, the contract, the attended sessions as a table with
    dates, procedures and professionals); the settlement offer (refund to the complainant's agency and account, or a Pix key); the
    lawyer with OAB and corporate e-mail; the legal department's role mailbox (not labelled)."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    con = guardian(g)
    kid = kid_of(g, con)
    den, adv = g.person(), g.person()
    dcro = cro(g, uf)
    doc.f("Ao PROCON — «c»/«u»\nRef.: Reclamação FA nº «n»\nReclamante: «r» (CPF «rc»)\nReclamada: «ch» — CNPJ «cn»\n\n", c=city, u=uf,
          n=clean(g, lambda: f"{g.ri(35, 53)}.{g.ri(2025, 2026)}.{g.d(7)}-{g.d(1)}"), r=P(con.full), rc=(g.cpf(), "BR_CPF"), ch=chain, cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("«ch», por seu advogado infra-assinado, vem apresentar RESPOSTA à reclamação em epígrafe, nos seguintes termos.\n\n1. «pa» «k», nascid«o» em «dn», menor "
          "representad«o» pel«g» reclamante«cpf», iniciou tratamento em «d» (contrato «ct»), sob responsabilidade técnica de «dd» («cro»).\n", ch=short, pa=gw(kid, "O paciente", "A paciente"), k=P(kid.full), o=kid.o,
          dn=(kdob(g, g.pick(["br", "long"])), "DATE_OF_BIRTH"), g=gw(con, "o", "a"), cpf=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "", d=g.date("br", 2025), ct=contrato(g), dd=[V(dr(den) + " "), P(den.full)], cro=(dcro, "PROFESSIONAL_ID"))
    doc.t("2. Constam do prontuário os seguintes atendimentos:\n")
    rows = []
    tsb = g.person(True)
    regs = {id(den): dcro, id(tsb): cro(g, uf)}
    for _ in range(g.ri(3, 4)):
        prof = g.pick([den, den, tsb])
        rows.append([V(g.date("br", 2025)), V(g.pick(["escaneamento intraoral", "entrega placas 1-8", "attachments", "IPR 0,2 mm 13/12", "consulta de controle",
                                                      "entrega placas 9-16", "faltou (sem aviso)"])), P(g.pick([prof.short, prof.full])), (regs[id(prof)], "PROFESSIONAL_ID")])
    table_ruled(doc, ["data", "procedimento", "profissional", "registro"], rows, g.pick(["plus", "plain", "md"]))
    if g.chance(0.7):
        doc.f("\nA clínica tentou contato com «o» reclamante pelo telefone «p» e pelo e-mail «e», sem retorno.\n", o=gw(con, "o", "a"), p=(lphone(g, uf), "PHONE_NUMBER"),
              e=(g.email(con), "EMAIL_ADDRESS"))
    doc.f("\n3. As placas já confeccionadas pelo laboratório parceiro (R$ «v») não são reaproveitáveis. Não houve cobrança indevida (arts. 6º e 14 do CDC; «l»).\n",
          v=brl(g.ri(1200, 3800)), l=g.pick(["Resolução CFO 118/2012", "Lei 5.081/1966", "cláusula 9ª do contrato"]))
    if g.chance(0.55):
        doc.f("4. Não obstante, por liberalidade, PROPÕE a devolução de R$ «v», em até 10 dias, mediante depósito na conta d«o» reclamante («b», agência «a», conta «c»), "
              "informada na audiência.\n", v=brl(g.ri(800, 4200)), o=con.o, b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    else:
        kind, key = pix_key(g, con)
        doc.f("4. Não obstante, por liberalidade, PROPÕE a devolução de R$ «v» por Pix (chave «k» informada pel«o» reclamante: «kv»).\n", v=brl(g.ri(800, 4200)), k=kind, o=gw(con, "o", "a"), kv=key)
    doc.f("\nTermos em que pede deferimento.\n«c», «d».\n\n«a»\n«oab»\n«t»«e» | cópia: juridico@«dm»\n", c=city, d=g.docdate(), a=P(adv.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          t=[(lphone(g, uf), "PHONE_NUMBER"), V(" | ")] if g.chance(0.6) else "",
          e=(corp_mail(adv, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else (g.email(adv, g.pick(["advocaciaprudente.adv.br", "bentoeamado.adv.br", "leaoadvogados.com.br"])), "EMAIL_ADDRESS"), dm=dom)
    return doc


def ju_contrato(g: Gen) -> Doc:
    """The orthodontic treatment contract for a minor, in clauses (mixed case or capitals): the chain (CNPJ, its administrator with
    CPF, its registration at the CRO as a clinic -- EPAO, not labelled), the contracting guardian qualified (birth date, RG or CNH,
    CPF, e-mail and phone sometimes, address, CEP), the minor patient (birth date, CPF sometimes), the responsible orthodontist with
    CRO; the price, the entrance and instalments by boleto, lost aligners, no-shows and image use; signatures, two witnesses with CPF,
    an e-signature log sometimes."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    caps = g.chance(0.3)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    rep, den = g.person(), g.person()
    par = guardian(g)
    kid = kid_of(g, par)
    doc.t(up(f"CONTRATO DE PRESTAÇÃO DE SERVIÇOS ODONTOLÓGICOS — TRATAMENTO ORTODÔNTICO Nº {contrato(g)}\n\n"))
    doc.f(up("CONTRATADA: ") + chain + up(", CNPJ ") + "«c»" + up(f", inscrição EPAO {g.ri(1000, 19999)} no CRO-{uf}, representada por ") + "«r»" + up(", CPF ") + "«rc»" + up(";\n"),
          c=(g.cnpj(), "BR_CNPJ"), r=P(rep.capsf if caps else rep.full), rc=(g.cpf(), "BR_CPF"))
    doc.t(up("CONTRATANTE (RESPONSÁVEL FINANCEIRO): "))
    qualify(g, doc, par, caps=caps, dob=(1962, 1995), where=(city, uf), email=g.chance(0.5), phone=g.chance(0.4), rural=0.0, titulo=g.chance(0.25))
    doc.t(up(";\nPACIENTE: "))
    doc.e(kid.capsf if caps else kid.full, "PERSON")
    doc.t(up(", menor, nascid" + kid.o + " em "))
    doc.e(kdob(g, "br"), "DATE_OF_BIRTH")
    if g.chance(0.5):
        doc.t(up(", CPF "))
        doc.e(g.cpf(), "BR_CPF")
    doc.t(up(f", representad{kid.o} pel{gw(par, 'o pai', 'a mãe')}.\n\n"))
    tot, ent, n = g.ri(4800, 16800), g.ri(300, 1500), g.pick([12, 18, 24, 30])
    kind = g.pick(["alinhadores ortodônticos transparentes", "aparelho fixo autoligado", "aparelho fixo metálico convencional", "aparelho fixo estético (safira)"])
    doc.f(up(f"CLÁUSULA 1ª — OBJETO. Tratamento ortodôntico com {kind}, conforme plano de tratamento anexo, sob responsabilidade técnica de ") + "«d»" + up(", ") + "«cro»" + up(".\n"),
          d=P(den.capsf if caps else den.full), cro=(cro(g, uf), "PROFESSIONAL_ID"))
    doc.t(up(f"CLÁUSULA 2ª — PREÇO. R$ {brl(tot)}, sendo entrada de R$ {brl(ent)} e {n} parcelas mensais por boleto, vencimento todo dia {g.pick([5, 10, 15, 20])}.\n"))
    doc.t(up("CLÁUSULA 3ª — A perda ou quebra de alinhador/aparelho por descuido do paciente será cobrada conforme tabela vigente (1ª reposição gratuita).\n"))
    doc.t(up("CLÁUSULA 4ª — Três faltas consecutivas sem aviso autorizam a suspensão do tratamento, sem devolução das parcelas vencidas.\n"))
    doc.t(up(f"CLÁUSULA 5ª — O uso de imagem do paciente depende de autorização específica do responsável ({g.pick(['Resolução CFO 196/2019', 'Lei 13.709/2018', 'Lei 8.069/1990'])}).\n"))
    doc.t(up(f"CLÁUSULA 6ª — Rescisão: devolução dos valores pagos, deduzidos os serviços prestados e as placas já produzidas (art. 49 do CDC nos 7 primeiros dias).\n"))
    doc.t(up(f"CLÁUSULA 7ª — Foro da Comarca de {city}/{uf}.\n\n{city}, {g.docdate()}.\n"))
    if g.chance(0.5):
        signed(g, doc, rep, short, caps=caps)
    else:
        doc.t(up(f"\n_______________________________\np/ {chain}\n"))
    signed(g, doc, par, "Contratante / responsável financeiro", caps=caps)
    witnesses(g, doc, 2, caps)
    if g.chance(0.35):
        esign_log(g, doc, [(rep, corp_mail(rep, dom, g)), (par, g.email(par))], g.moment())
    return doc


def ju_acordo(g: Gen) -> Doc:
    """A debt confession and settlement (termo de confissão de dívida e acordo) drafted by the collection law firm: the creditor (the
    chain's CNPJ), the debtor guardian qualified, the patient named, the overdue instalments and the new schedule as a table, payment
    by Pix to the chain's random key or by boleto, the fine; the lawyer with OAB and e-mail; witnesses; the client login that issued it."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    deb = guardian(g)
    kid = kid_of(g, deb)
    adv = g.person()
    firm = g.pick([("Prudente & Amado Advogados Associados", "prudenteamado.adv.br"), ("Leão Cobrança Jurídica", "leaocobranca.com.br"),
                   ("Bento Sereno Sociedade de Advogados", "bentosereno.adv.br")])
    doc.f("TERMO DE CONFISSÃO DE DÍVIDA E ACORDO — «f»\nContrato de origem: «c»\n\nCREDORA: «ch», CNPJ «cn», representada por «fr».\nDEVEDOR(A): ", f=firm[0], c=contrato(g),
          ch=chain, cn=(g.cnpj(alnum=g.chance(0.25)), "BR_CNPJ"), fr=firm[0])
    qualify(g, doc, deb, dob=g.chance(0.5), where=(city, uf), email=g.chance(0.6), phone=True, rural=0.0, titulo=g.chance(0.3))
    doc.f(".\n\nCLÁUSULA 1ª — O(A) DEVEDOR(A) reconhece dever R$ «v», referentes às parcelas vencidas do tratamento ortodôntico d«o» paciente «k», "
          "acrescidas de multa de 2% e juros de 1% a.m.\n", v=brl(g.ri(900, 7800)), o=kid.o, k=P(g.pick([kid.full, kid.caps])))
    doc.t("CLÁUSULA 2ª — O saldo será pago conforme a tabela:\n")
    rows = []
    d0 = fday(g)
    for k in range(g.ri(3, 6)):
        dt = d0 + datetime.timedelta(days=30 * k)
        rows.append([V(f"{k + 1:02d}"), V(dbr(dt)), V(money(g, 180, 980))])
    table_ruled(doc, ["parcela", "vencimento", "valor"], rows, g.pick(["plus", "plain", "pipe"]))
    r = g.rng.random()
    if r < 0.3:
        doc.f("Pagamento por débito recorrente no cartão de crédito nº «c», de titularidade d«o» DEVEDOR(A), autorizado neste ato.\n", c=(g.card(g.chance(0.5)), "CREDIT_CARD"),
              o=gw(deb, "o", "a"))
    elif r < 0.7:
        doc.f("Pagamento por Pix à CREDORA, chave aleatória «k», com envio do comprovante ao e-mail abaixo.\n", k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("Pagamento por boleto (linha digitável enviada por e-mail), a primeira com código «l».\n", l=linha_digitavel(g, g.pick(["341", "237", "001"])))
    doc.t("CLÁUSULA 3ª — O atraso de qualquer parcela vence antecipadamente o saldo e autoriza a inscrição em cadastros de proteção ao crédito.\n"
          "CLÁUSULA 4ª — O tratamento será retomado após a quitação da 1ª parcela do acordo.\n\n")
    doc.f("«c», «d».\n", c=city, d=g.docdate())
    signed(g, doc, deb, "Devedor(a)")
    doc.f("\n«a» — «o» — «e»\n", a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(corp_mail(adv, firm[1], g), "EMAIL_ADDRESS"))
    witnesses(g, doc, 2)
    doc.f("\n[gerado no sistema de cobrança por «l» em «t»]\n", l=login(g.person(), g), t=ts(g.moment(), "br"))
    return doc


def ju_consentimento(g: Gen) -> Doc:
    """The informed consent (TCLE) for orthodontic treatment with aligners and the image-use authorisation for a minor, as a form with
    checkboxes (mixed case or capitals): the patient (name, birth date), the guardian (name, CPF, RG), the risks ticked, the
    orthodontist with CRO, the minor's assent by name, a witness (a TSB with CRO, the category word left outside the span, or a
    receptionist with CPF)."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    den = g.person()
    caps = g.chance(0.3)
    up = (lambda s: fold(s).upper()) if caps else (lambda s: s)
    doc.t(up(f"{short} — TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO — TRATAMENTO ORTODÔNTICO COM ALINHADORES\n\n"))
    doc.f(up("Paciente: ") + "«k»" + up("   Data de nascimento: ") + "«d»" + "«kc»\n" + up("Responsável legal: ") + "«p»" + up("   CPF: ") + "«c»" + up("   RG: ") + "«r»\n\n",
          k=P(kid.capsf if caps else kid.full), d=(kdob(g, "br"), "DATE_OF_BIRTH"), p=P(par.capsf if caps else par.full), c=(g.cpf(), "BR_CPF"), r=(g.rg(), "BR_RG"),
          kc=[V(up("   CPF: ")), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "")
    if g.chance(0.7):
        doc.f(up("Endereço: ") + "«a»" + up("   CEP: ") + "«c»\n", a=(g.address("caps" if caps else "text"), "ADDRESS"), c=(g.cep(), "BR_CEP"))
    if g.chance(0.7):
        doc.f(up("Contato do responsável: ") + "«p» / «e»\n\n", p=(lphone(g, uf), "PHONE_NUMBER"), e=(g.email(par), "EMAIL_ADDRESS"))
    doc.t(up("Declaro que fui informado(a) de que:\n"))
    for item in ["o resultado depende do uso das placas por 20 a 22 horas por dia;", "pode haver reabsorção radicular, recessão gengival e dor nos primeiros dias;",
                 "attachments (pontos de resina) serão colados e removidos ao final;", "pode ser necessário desgaste interproximal (IPR) e refinamentos;",
                 "a contenção deve ser usada por tempo indeterminado;", "radiografias periódicas serão solicitadas."]:
        doc.t(up(f"[{'X' if g.chance(0.85) else ' '}] {item}\n"))
    doc.f(up("\nAUTORIZAÇÃO DE USO DE IMAGEM: ") + "[«a»] " + up("autorizo") + " [«b»] " + up("não autorizo") + up(" a divulgação de fotografias do tratamento, sem identificação do rosto (Resolução CFO 196/2019).\n"),
          a="X" if g.chance(0.4) else " ", b=" " if g.chance(0.4) else "X")
    doc.f(up("\nDeclaro ter esclarecido o paciente e o responsável: ") + "«d», «c»\n", d=[V(dr(den) + " "), P(den.capsf if caps else den.full)], c=(cro(g, uf), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f(up("\nAssentimento do menor: eu, ") + "«k»" + up(", entendi como funciona o tratamento e quero fazer.\n"), k=P(g.pick([kid.first, kid.full]) if not caps else kid.capsf))
    else:
        doc.t(up("\nAssentimento do menor: [X] o paciente foi ouvido e concorda com o tratamento.\n"))
    doc.f("\n«c», «d»\n", c=city, d=g.date("long", 2025))
    signed(g, doc, par, "Responsável legal", caps=caps)
    if g.chance(0.5):
        doc.f(up("Assinado no tablet da recepção em ") + "«t» — IP «ip» — " + up("cópia enviada para ") + "«e»\n", t=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"),
              e=(g.email(par), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        w = g.person(True)
        doc.f(up("Testemunha: ") + "«n» — TSB «c»\n", n=P(w.capsf if caps else w.full), c=(cro(g, uf), "PROFESSIONAL_ID"))
    else:
        w = g.person()
        doc.f(up("Testemunha (recepção): ") + "«n» — CPF «c»\n", n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_peticao(g: Gen) -> Doc:
    """A petition to the small-claims court (Juizado Especial Cível) by an adult aligner patient against the chain and the aligner lab:
    the plaintiff qualified (birth date sometimes, RG or CNH, CPF, título sometimes, e-mail, phone, address, CEP); both defendants'
    CNPJ; the facts (the orthodontist with CRO, the receptionist, the lab's technician), the amounts, the requests; the lawyer with OAB,
    phone and e-mail; a related CNJ process number (not labelled)."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    lab = g.pick(LABS)
    pl = g.person()
    den, rec, adv = g.person(), g.person(True), g.person()
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) DOUTOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n", n=g.ri(1, 9), c=fold(city).upper(), u=uf)
    qualify(g, doc, pl, dob=g.chance(0.5), where=(city, uf), email=True, phone=True, titulo=g.chance(0.5), rural=0.0)
    doc.f(", vem, por seu advogado, propor AÇÃO DE RESTITUIÇÃO DE VALORES C/C INDENIZAÇÃO POR DANOS MORAIS em face de «a», CNPJ «ac», e de «b», CNPJ «bc», pelos fatos a seguir.\n\n",
          a=chain, ac=(g.cnpj(), "BR_CNPJ"), b=lab[0], bc=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"))
    doc.f("I — DOS FATOS\nEm «d», a autora contratou tratamento com alinhadores (R$ «v»), planejado por «dd» («cro»). " if pl.female else
          "I — DOS FATOS\nEm «d», o autor contratou tratamento com alinhadores (R$ «v»), planejado por «dd» («cro»). ",
          d=g.date("br", 2025), v=brl(g.ri(6900, 15800)), dd=[V(dr(den) + " "), P(den.full)], cro=(cro(g, uf), "PROFESSIONAL_ID"))
    doc.f("Após «m» meses, os dentes «t» apresentaram mobilidade e a radiografia mostrou reabsorção radicular («cid»). A recepcionista «r» negou o acesso ao setup digital, "
          "alegando que pertence ao laboratório; o técnico «tec» afirmou por e-mail que o setup foi aprovado «x».\n\n",
          m=g.ri(4, 11), t=g.pick(["11 e 21", "12 e 22", "31, 41 e 42", "13 e 23"]), cid=g.pick(["CID K03.3", "CID K08.8", "CID K07.3"]), r=P(g.pick([rec.first, rec.short])),
          tec=P(g.person().full), x=g.pick(["sem revisão clínica", "em 4 minutos", "pelo login do dentista"]))
    doc.f("II — DO DIREITO\nResponsabilidade objetiva e solidária dos fornecedores (art. 14 e art. 25, § 1º, do CDC). «l».\n\n", l=g.pick(["Lei 8.078/1990", "Lei 5.081/1966", "Resolução CFO 118/2012"]))
    doc.f("III — DOS PEDIDOS\na) restituição de R$ «a»; b) danos morais de R$ «b»; c) exibição do prontuário e do setup (Lei 13.787/2018).\nValor da causa: R$ «c».\n\n",
          a=brl(g.ri(4000, 12000)), b=brl(g.ri(5000, 15000)), c=brl(g.ri(12000, 38000)))
    if g.chance(0.4):
        doc.f("Há notificação extrajudicial anterior e produção antecipada de prova nº «p».\n\n", p=cnj_of(g, uf))
    doc.f("«c», «d».\n\n«a»\n«o»\nTel. «t» — «e»\n", c=city, d=g.docdate(), a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"), t=(lphone(g, uf, mobile=g.chance(0.5)), "PHONE_NUMBER"),
          e=(g.email(adv, g.pick(["gmail.com", "adv.oabsp.org.br", "uol.com.br", "hotmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_prontuario(g: Gen) -> Doc:
    """A guardian's request for a copy of the child's dental record and X-rays through the chain's privacy portal (the form with the
    requester's name, CPF, e-mail, phone, kinship; the patient's name, birth date, CPF sometimes; the portal's log with the IP) and the
    DPO's reply by e-mail with the inventory of the data held as a table (name, CPF, birth date, phone, e-mail, address, CEP, the
    plan card and the photos), the retention rule (Lei 13.787/2018) and the DPO's corporate e-mail; dpo@ is a role mailbox."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    dpo = g.person()
    req = clean(g, lambda: f"LGPD-{g.ri(2025, 2026)}-{g.d(5)}")
    pe = g.email(par)
    kd = kdob(g, "br")
    doc.f("PORTAL DE PRIVACIDADE «s» — SOLICITAÇÃO «r»\nTipo: acesso / cópia do prontuário (art. 18, II, da Lei 13.709/2018)\n\n", s=short.upper(), r=req)
    f = [("Solicitante", P(par.full)), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (pe, "EMAIL_ADDRESS")), ("Telefone", (lphone(g, uf), "PHONE_NUMBER")),
         ("Vínculo com o titular", V(gw(par, "pai", "mãe") + " (responsável legal)")), ("Titular (paciente)", P(kid.full)), ("Nascimento do titular", (kd, "DATE_OF_BIRTH"))]
    if g.chance(0.5):
        f.append(("CPF do titular", (g.cpf(), "BR_CPF")))
    f.append(("Documentos anexados", V("certidão de nascimento.pdf; RG_responsavel.jpg")))
    kv_block(doc, f, g.pick(["plain", "dots", "box"]))
    doc.f("Mensagem: «m»\nEnviado em «t» — IP «ip» — navegador «b»\n\n", m=g.pick(["Quero cópia completa do prontuário e das radiografias, vamos mudar de clínica.",
                                                                                  "Preciso do prontuário para o novo ortodontista e para o processo no Procon.",
                                                                                  "Solicito as fotos e o escaneamento 3D do meu filho."]),
          t=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"), b=g.pick(["Chrome 128 / Android", "Safari / iOS 18", "Edge / Windows"]))
    doc.t("-" * 50 + "\n")
    dm = corp_mail(dpo, dom, g)
    doc.f("De: «n» <«e»>\nPara: «t»\nCc: dpo@«d»\nAssunto: «r» — resposta\n\nPrezad«o» «p»,\n\nSegue a relação dos dados pessoais tratados sobre «k»:\n\n",
          n=P(dpo.full), e=(dm, "EMAIL_ADDRESS"), t=(pe, "EMAIL_ADDRESS"), d=dom, r=req, o=par.o, p=P(par.first), k=P(kid.first) if g.chance(0.4) else V("o titular"))
    rows = [[V("nome"), P(kid.full), V("cadastro")], [V("data de nascimento"), (kd, "DATE_OF_BIRTH"), V("cadastro")]]
    if g.chance(0.6):
        rows.append([V("CPF"), (g.cpf(), "BR_CPF"), V("cadastro / nota fiscal")])
    rows += [[V("telefone"), (lphone(g, uf, style="par"), "PHONE_NUMBER"), V("agendamento")],
             [V("e-mail"), (pe, "EMAIL_ADDRESS"), V("contrato / boletos")], [V("endereço"), (g.address(), "ADDRESS"), V("cobrança")], [V("CEP"), (g.cep(), "BR_CEP"), V("cobrança")],
             [V("fotos e escaneamento"), V(f"{g.ri(12, 60)} arquivos"), V("prontuário")], [V("carteirinha do plano"), V(carteirinha(g)), V("faturamento")]]
    table_ruled(doc, ["dado", "valor", "finalidade"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nO prontuário é guardado por 20 anos (Lei 13.787/2018). Cópias disponíveis na unidade «u» a partir de «d», mediante documento do responsável.\n\n«n»\nEncarregado(a) de Dados — «s»\n",
          u=unidade(g), d=g.date("br", 2025), n=P(dpo.short), s=chain)
    return doc


# ------------------------------------------------------------------ saude

TEETH_UP = ["18", "17", "16", "15", "14", "13", "12", "11", "21", "22", "23", "24", "25", "26", "27", "28"]
TEETH_LO = ["48", "47", "46", "45", "44", "43", "42", "41", "31", "32", "33", "34", "35", "36", "37", "38"]


def odontogram(g: Gen, doc: Doc) -> None:
    """An odontogram-like grid in FDI notation: a row of tooth numbers and a row of marks per arch (A attachment, X absent, E to
    extract, I impacted, R restoration, B bracket; blank when healthy) with a legend; no personal data."""
    marks = ["", "", "", "", "A", "A", "R", "B"]
    for teeth, name in ((TEETH_UP, "SUP"), (TEETH_LO, "INF")):
        doc.t(f"{name} |" + "|".join(f" {t} " for t in teeth) + "|\n")
        row = []
        for t in teeth:
            m = g.pick(marks)
            if t[1] == "8" and g.chance(0.4):
                m = g.pick(["X", "I", "E"])
            row.append(m)
        doc.t("    |" + "|".join(f"{m:^4}" for m in row) + "|\n")
    doc.t("Legenda: A attachment · B bráquete · R restauração · X ausente · I incluso · E indicado p/ extração\n")


def sa_plano(g: Gen) -> Doc:
    """A treatment plan: the patient (name, birth date, age; the guardian named), the orthodontist with CRO, the diagnosis (Angle
    class, overjet, crowding; ICD-10 K07.x, not labelled), an odontogram-like table in FDI notation, the phases as an aligned table
    (aligners, months, price), IPR between teeth, the referrals to a speech therapist (CRFa) and an ENT physician (CRM) sometimes, the
    guardian's acknowledgement."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    den = g.person()
    cid = g.pick(CIDS[:5])
    doc.f("«s» — PLANO DE TRATAMENTO ORTODÔNTICO\nPaciente: «k»   DN: «dn»«cpf»   Prontuário: «pr»\nResponsável: «p»«ct»\nOrtodontista: «d» — «c»\n\n",
          s=short.upper(), k=P(g.pick([kid.full, kid.caps])), dn=(kdob(g, g.pick(["br", "br", "dot"])), "DATE_OF_BIRTH"), pr=prontuario(g),
          cpf=[V("   CPF: "), (g.cpf(), "BR_CPF")] if g.chance(0.75) else "",
          p=P(g.pick([par.full, par.short])), ct=[V(" — "), (lphone(g, uf), "PHONE_NUMBER"), V(" — "), (g.email(par), "EMAIL_ADDRESS")] if g.chance(0.9) else "",
          d=[V(dr(den) + " "), P(den.full)], c=(cro(g, uf), "PROFESSIONAL_ID"))
    doc.f("DIAGNÓSTICO: «a»; overjet «o» mm; overbite «b»%; apinhamento «ap» (CID «cid» — «cd»). Linha média superior desviada «lm» mm para a «lado».\n\n",
          a=g.pick(ANGLE), o=num(g.ri(10, 90) / 10), b=g.ri(10, 80), ap=g.pick(["leve", "moderado", "severo"]), cid=cid[0], cd=cid[1], lm=num(g.ri(5, 40) / 10), lado=g.pick(["direita", "esquerda"]))
    doc.t("ODONTOGRAMA (notação FDI)\n")
    odontogram(g, doc)
    doc.t("\nFASES\n")
    rows = []
    for ph, al, m in [("1. Alinhamento e nivelamento", g.ri(10, 18), g.ri(5, 9)), ("2. Correção sagital (elásticos Classe II)", g.ri(8, 14), g.ri(4, 7)),
                      ("3. Refinamento", g.ri(4, 10), g.ri(2, 5)), ("4. Contenção", 0, 12)][:g.ri(3, 4)]:
        rows.append([V(ph), V(str(al) if al else "—"), V(str(m)), V(money(g, 900, 6800))])
    table_ruled(doc, ["fase", "alinhadores", "meses", "valor"], rows, g.pick(["plus", "plain", "psql"]))
    pairs = g.sample(["13/12", "12/11", "11/21", "21/22", "22/23", "33/32", "32/31", "31/41", "41/42", "42/43"], g.ri(2, 4))
    doc.f("IPR: «p». Attachments: dentes «a».\n", p="; ".join(f"{x} {num(g.pick([1, 2, 3, 4, 5]) / 10)} mm" for x in pairs),
          a=", ".join(g.sample(TEETH_UP[3:13] + TEETH_LO[3:13], g.ri(4, 8))))
    if g.chance(0.55):
        fono = g.person(True)
        doc.f("Encaminhamento: fonoaudiologia (deglutição atípica) — «f», «c»", f=[V("Dra. "), P(fono.full)] if g.chance(0.5) else P(fono.full), c=(crfa(g), "PROFESSIONAL_ID"))
        if g.chance(0.5):
            ent = g.person()
            doc.f("; otorrinolaringologia (respiração oral) — «d» «n», «c»", d=dr(ent), n=P(ent.short), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        doc.t(".\n")
    if g.chance(0.5):
        doc.f("\nPlano aprovado pelo responsável via link em «t» (IP «ip»).", t=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\nCiente e de acordo: «p» («g»), CPF «cpf»   «c», «d»\nDúvidas sobre o plano: «e» / «tel»\n", tel=(lphone(g, uf, mobile=g.chance(0.4)), "PHONE_NUMBER"), p=P(par.full), g=gw(par, "pai", "mãe"), cpf=(g.cpf(), "BR_CPF"), c=city, d=g.date("br", 2025),
          e=(corp_mail(den, dom, g), "EMAIL_ADDRESS") if g.chance(0.6) else V(f"planejamento@{dom}"))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """The clinical notes of a patient's record (evolução clínica) in orthodontic shorthand: the patient (name, birth date, the
    guardian), dated entries each signed by the professional with name and CRO (dentists, a TSB with "TSB" outside the span), the
    wires and aligners, a loose bracket, a missed visit, the companion of the day by name, a phone call to the mother logged with her
    number."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    dens = [(g.person(), cro(g, uf)) for _ in range(2)]
    tsb = (g.person(True), cro(g, uf))
    doc.f("PRONTUÁRIO «pr» — EVOLUÇÃO CLÍNICA\nPaciente: «k» (DN «dn»)«cpf» — resp.: «p»«ph»\n\n", pr=prontuario(g), k=P(g.pick([kid.full, kid.caps])), dn=(kdob(g, "br"), "DATE_OF_BIRTH"),
          cpf=[V(" — CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "", p=P(g.pick([par.short, par.full])),
          ph=[V(", CPF "), (g.cpf(), "BR_CPF"), V(", tel. "), (lphone(g, uf), "PHONE_NUMBER")] if g.chance(0.7) else "")
    d = fday(g)
    notes = ["Inst. fixo sup/inf Roth .022. Arco 0.014 NiTi. Orient. higiene e dieta.", "Troca p/ 0.016 NiTi sup. Amarrilho metálico 13-23. Sem queixas.",
             "Bráquete 25 solto — recolado. Paciente relata dureza (pipoca).", "Entrega placas 1-6 (troca a cada 10 dias). Attachments 13, 23, 33, 43.",
             "IPR 12/11 0,2 mm e 21/22 0,2 mm. Fotos intraorais. Sem sangramento.", "Elástico 3/16 médio Classe II bilateral, uso 22h.",
             "Placas 7-14. Falta de encaixe 17 — orientado mastigar chewie.", "Faltou. Contato com a responsável.", "Escaneamento p/ refinamento enviado ao laboratório.",
             "Remoção do aparelho. Contenção 3x3 inf colada; placa de Hawley sup.", "Orçamento de refinamento enviado ao e-mail do responsável."]
    for k, note in enumerate(g.sample(notes, g.ri(3, 5))):
        d = d + datetime.timedelta(days=g.ri(21, 45))
        who, reg = g.pick(dens + [tsb]) if k else dens[0]
        doc.f("«d» — «n»", d=dbr(d, g.pick(["br", "br", "short"])), n=note)
        if "e-mail do responsável" in note:
            doc.f(" («e»)", e=(g.email(par), "EMAIL_ADDRESS"))
        if "Faltou" in note:
            doc.f(" Ligação p/ «m» «p»: «r».", m=P(g.pick([par.first, par.full])), p=(lphone(g, uf, style=g.pick(["par", "raw"])), "PHONE_NUMBER"),
                  r=g.pick(["remarcado", "não atendeu", "viagem, retorna em 15 dias"]))
        elif g.chance(0.25):
            c = g.relative(kid)
            doc.f(" Acompanhante: «c» («r»).", c=P(c.first if g.chance(0.5) else c.short), r=g.pick(["avó", "tia", "irmã", "madrasta"] if c.female else ["avô", "tio", "irmão", "padrasto"]))
        doc.t("\n   ")
        if who is tsb[0]:
            doc.f("TSB «n» — «c»\n", n=P(who.short), c=(reg, "PROFESSIONAL_ID"))
        elif g.chance(0.35):
            doc.f("[assinado digitalmente — «c»]\n", c=(reg, "PROFESSIONAL_ID"))
        else:
            doc.f("«n» — «c»\n", n=P(g.pick([who.full, who.short])), c=(reg, "PROFESSIONAL_ID"))
    doc.f("\n«w»\n", w=g.pick([word_neg(g), "Próx. retorno em 30 dias.", "Solicitada panorâmica de controle."]))
    return doc


def sa_pedido_lab(g: Gen) -> Doc:
    """The aligner lab's order form (prescription) and its reply: the case number (not labelled), the dentist (name, CRO, e-mail),
    the patient (name, birth date), the arches, movements ticked, IPR and attachments; the courier who collects the impressions (name,
    CNH sometimes, the motorcycle's plate); the lab's planner with corporate e-mail and its dental technician (TPD, with the CRO); the
    lab's CNPJ on the invoice line."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    lab, ldom, lshort = g.pick(LABS)
    den = g.person()
    pat = kid_of(g, guardian(g)) if g.chance(0.6) else g.person()
    doc.f("«l» — PEDIDO DE ALINHADORES\nCaso: «c»   Data: «d»   Clínica: «s» (unidade «u»)\n\n", l=lshort.upper(), c=caso(g), d=g.date("br", 2025), s=short, u=unidade(g))
    f = [("Dentista solicitante", P(den.full)), ("CRO", (cro(g, uf), "PROFESSIONAL_ID")), ("E-mail do dentista", (corp_mail(den, dom, g) if g.chance(0.5) else g.email(den), "EMAIL_ADDRESS")),
         ("Paciente", P(g.pick([pat.full, pat.caps]))), ("Data de nascimento", (kdob(g, "br") if g.chance(0.6) else adob(g, "br"), "DATE_OF_BIRTH")),
         ("CPF (para NF)", (g.cpf(), "BR_CPF") if g.chance(0.8) else V("—")), ("Telefone da clínica", (lphone(g, uf, mobile=g.chance(0.4)), "PHONE_NUMBER")),
         ("Arcadas", V(g.pick(["superior e inferior", "superior", "inferior"]))), ("Arquivos", V(f"scan_{clean(g, lambda: g.hexs(8))}.stl (iTero) + fotos (8)"))]
    kv_block(doc, f, g.pick(["plain", "dots", "box"]))
    doc.t("\nMOVIMENTOS DESEJADOS\n")
    for m in ["Expansão", "Intrusão anterior", "Extrusão", "Distalização", "Correção de linha média", "Fechamento de diastemas", "Rotação de caninos"]:
        doc.t(f"[{'X' if g.chance(0.5) else ' '}] {m}   ")
    doc.f("\nIPR permitido: «i»   Attachments: «a»   Refinamento incluso: «r»\n", i=g.pick(["sim, até 0,5 mm por contato", "não", "somente anteriores"]),
          a=g.pick(["conforme setup", "evitar nos incisivos", "sim"]), r=g.pick(["sim", "não"]))
    doc.f("Observações clínicas: «o»\n", o=g.pick(["dente 12 conóide — reservar espaço", "paciente com bruxismo", "agenesia de 35", "não mover 36 (implante)"]))
    if g.chance(0.6):
        mb = g.person(False)
        doc.f("\nColeta: «c» — motoboy «n»«h» — placa «p» — «d»\n", c=g.pick(COURIERS[:3]), n=P(g.pick([mb.full, mb.short, mb.first])),
              h=[V(" (CNH "), (g.cnh(), "BR_CNH"), V(")")] if g.chance(0.4) else [V(" "), (lphone(g, uf), "PHONE_NUMBER")], p=(g.plate(), "LICENSE_PLATE"), d=ts(g.moment(), "br"))
    else:
        doc.f("\nEnvio: «c», objeto «o»\n", c=g.pick(["SEDEX", "Jadlog"]), o=clean(g, lambda: f"{g.up(2)}{g.d(9)}BR"))
    pl, tpd = g.person(), g.person()
    if g.chance(0.6):
        doc.f("[pedido enviado pelo portal do laboratório — login «l» — IP «ip»]\n", l=login(den, g), ip=(g.ip(), "IP_ADDRESS"))
    doc.t("\n--- resposta do laboratório ---\n")
    doc.f("Setup v«v» disponível para aprovação: «n» etapas sup / «m» inf. Planejador(a): «p» («e»). Revisão técnica: «t», TPD «c».\n",
          v=g.ri(1, 3), n=g.ri(12, 34), m=g.ri(10, 30), p=P(pl.full), e=(corp_mail(pl, ldom, g), "EMAIL_ADDRESS"), t=P(tpd.short), c=(cro(g), "PROFESSIONAL_ID"))
    doc.f("Faturamento: «l» — CNPJ «c» — «v» (NF emitida após aprovação)\n", l=lab, c=(g.cnpj(alnum=g.chance(0.3)), "BR_CNPJ"), v=money(g, 900, 3900))
    return doc


def sa_guia(g: Gen) -> Doc:
    """The dental plan's treatment guide (GTO in the TISS layout) and its authorisation: the insurer's ANS registration, guide numbers
    and password (not labelled); the beneficiary (plan card not labelled, name, CNS, birth date), the holder when the beneficiary is a
    dependant (name, CPF); the provider (the chain's CNPJ, CNES not labelled), the executing dentist with CRO and the CBO (not
    labelled); the procedures table (TUSS codes, tooth, face, quantity, amount); the audit result with the insurer's dental auditor and
    CRO, and the authorisation phone."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    ins, idom, ishort = g.pick(INSURERS)
    hold = guardian(g)
    ben = kid_of(g, hold) if g.chance(0.7) else hold
    den, aud = g.person(), g.person()
    doc.f("GUIA DE TRATAMENTO ODONTOLÓGICO — GTO\n1 - Registro ANS: «a»   2 - Nº guia prestador: «n»   3 - Nº guia operadora: «o»\n4 - Senha: «s»   Operadora: «i»\n\n",
          a=ans(g), n=clean(g, lambda: g.d(9)), o=clean(g, lambda: g.d(12)), s=clean(g, lambda: f"{g.d(4)}{g.up(2)}{g.d(3)}"), i=ins)
    f = [("5 - Número da carteira", V(carteirinha(g))), ("6 - Nome do beneficiário", P(ben.capsf)), ("7 - Cartão Nacional de Saúde", (g.cns(), "BR_CNS") if g.chance(0.75) else V("")),
         ("8 - Data de nascimento", (kdob(g, "br") if ben is not hold else adob(g, "br"), "DATE_OF_BIRTH"))]
    if ben is not hold:
        f += [("9 - Titular do plano", P(hold.capsf)), ("10 - CPF do titular", (g.cpf(), "BR_CPF"))]
    f += [("11 - Contratado executante", V(chain)), ("12 - CNPJ", (g.cnpj(), "BR_CNPJ")), ("13 - CNES", V(clean(g, lambda: g.d(7)))),
          ("14 - Cirurgião-dentista executante", P(den.capsf)), ("15 - Conselho / nº / UF", (cro(g, uf), "PROFESSIONAL_ID")), ("16 - CPF do executante", (g.cpf(), "BR_CPF")),
          ("17 - CBO", V(g.pick(["2232-08", "2232-56", "223208"]))), ("18 - Telefone do beneficiário", (lphone(g, uf), "PHONE_NUMBER") if g.chance(0.9) else V(""))]
    kv_block(doc, f, g.pick(["plain", "box", "dots"]))
    doc.t("\n")
    rows = []
    for code, name in g.sample(TUSS, g.ri(3, 5)):
        rows.append([V(code), V(name), V(g.pick(["—", "11", "21", "36", "46", "ARC SUP", "ARC INF"])), V(g.pick(["—", "O", "V", "M", "D", "L"])), V(str(g.ri(1, 2))),
                     V(brl(g.ri(40, 420)))])
    table_ruled(doc, ["código", "procedimento", "dente", "face", "qtd", "valor R$"], rows, g.pick(["plus", "psql", "plain"]))
    res = g.pick(["AUTORIZADO", "AUTORIZADO PARCIALMENTE", "NEGADO", "EM ANÁLISE — solicitada documentação"])
    doc.f("\nResultado da auditoria: «r» em «d»\nAuditor(a): «n» — «c»\n", r=res, d=g.date("br", 2025), n=P(g.pick([aud.full, aud.short])), c=(cro(g, g.pick(["SP", "RJ", "MG", uf])), "PROFESSIONAL_ID"))
    if res != "AUTORIZADO":
        doc.f("Justificativa: «j». Recurso: autorizacao@«d» ou «p».\n", j=g.pick(["aparelho ortodôntico fora da cobertura do plano (rol ANS)", "carência de 180 dias não cumprida",
                                                                             "radiografia inicial ilegível", "limite de 1 manutenção/mês"]), d=idom,
              p=(lphone(g, uf, mobile=False, style="par"), "PHONE_NUMBER") if g.chance(0.5) else V(f"0800 {g.d(3)} {g.d(4)}"))
    doc.f("Assinatura do beneficiário/responsável: «n»\n", n=P(g.pick([hold.full, hold.caps])))
    return doc


def sa_radiologia(g: Gen) -> Doc:
    """The orthodontic documentation order to a radiology centre and its report: the request (dentist with CRO, patient with birth date
    and CPF sometimes, exams ticked), the cephalometric report (angles and measures, not labelled; findings such as impacted canines
    and third molars with ICD-10), the radiologist with CRO; the delivery receipt signed by the guardian with RG, and the centre's
    phone."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    rc = g.pick(RADIO)
    den, rad = g.person(), g.person()
    par = guardian(g)
    pat = kid_of(g, par)
    doc.f("SOLICITAÇÃO DE DOCUMENTAÇÃO ORTODÔNTICA — «s»\nPara: «r»\nPaciente: «p»   Nasc.: «d»«c»\n", s=short, r=rc, p=P(pat.full), d=(kdob(g, "br"), "DATE_OF_BIRTH"),
          c=[V("   CPF: "), (g.cpf(), "BR_CPF")] if g.chance(0.7) else "")
    for ex in ["Panorâmica", "Telerradiografia lateral c/ traçado", "Periapicais incisivos", "Fotos extra e intraorais", "Modelos digitais", "Tomografia (CBCT) de maxila"]:
        doc.t(f"({'X' if g.chance(0.7) else ' '}) {ex}  ")
    doc.f("\nSolicitante: «d» — «c» — tel. «t» — enviar laudo para «e»\n\n", t=(lphone(g, uf, mobile=g.chance(0.5)), "PHONE_NUMBER"), d=[V(dr(den) + " "), P(den.full)], c=(cro(g, uf), "PROFESSIONAL_ID"),
          e=(corp_mail(den, dom, g) if g.chance(0.6) else g.email(den), "EMAIL_ADDRESS"))
    doc.f("===== «r» — LAUDO CEFALOMÉTRICO =====\nPaciente: «p»   Exame de «d»\n", r=rc.upper(), p=P(g.pick([pat.caps, pat.full])), d=g.date("br", 2025))
    meas = [("SNA", g.ri(78, 88)), ("SNB", g.ri(74, 84)), ("ANB", g.ri(0, 7)), ("FMA", g.ri(20, 32)), ("IMPA", g.ri(85, 105)), ("1.NA", g.ri(18, 30))]
    for k, v in g.sample(meas, g.ri(4, 6)):
        doc.t(f"  {k:<6}{v},{g.ri(0, 9)}°\n")
    cid = g.pick([("K01.1", "canino superior incluso"), ("K00.0", "agenesia de incisivo lateral"), ("K07.2", "padrão esquelético Classe II"), ("K01.1", "terceiros molares inclusos")])
    doc.f("Impressão: «t» (CID «c»). Vias aéreas: «v».\nRadiologista: «n» — «cr»\n", t=cid[1], c=cid[0], v=g.pick(["sem alterações", "hipertrofia de adenoide sugerida", "redução do espaço nasofaríngeo"]),
          n=[V(dr(rad) + " "), P(rad.full)], cr=(cro(g, uf), "PROFESSIONAL_ID"))
    doc.f("\nRecibo de entrega: recebi os exames em «d». «n», RG «rg», CPF «cp», tel. «t». Dúvidas: «p»\n", d=g.date("br", 2025), n=P(par.full), rg=(g.rg(), "BR_RG"), cp=(g.cpf(), "BR_CPF"),
          t=(lphone(g, uf), "PHONE_NUMBER"), p=(lphone(g, uf, mobile=False), "PHONE_NUMBER"))
    return doc


def sa_anamnese(g: Gen) -> Doc:
    """An adult aligner patient's health questionnaire (anamnese) as a form with Sim/Não answers (clean, or scanned and OCR'd): name,
    birth date, CPF, CNS sometimes, job, phone, e-mail, address, CEP; medical history (bisphosphonates, anticoagulants, allergies;
    ICD-10 codes not labelled), the attending physician with CRM, an emergency contact with phone, the signature; the dentist's
    review with CRO."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    pat = g.person()
    den, med = g.person(), g.person()
    scan = g.chance(0.35)
    rate = 0.35 if scan else 0.0

    def o(s: str) -> str:
        return ocr(s, g, rate) if scan else s

    def on(s: str) -> str:
        return ocr(s, g, rate * 0.5, names=True) if scan else s
    doc.t(o(f"{short} — ANAMNESE (paciente adulto)") + "\n\n")
    f = [(o("Nome"), P(on(pat.full))), (o("Nascimento"), (adob(g, g.pick(["br", "nopad"])), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        f.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.3):
        f.append((o("Cartão SUS"), (g.cns(), "BR_CNS")))
    f += [(o("Profissão"), V(o(g.pick(JOBS[pat.female])))), (o("Celular"), (lphone(g, uf), "PHONE_NUMBER")), (o("Tel. fixo"), (lphone(g, uf, mobile=False), "PHONE_NUMBER") if g.chance(0.4) else V("—")), ("E-mail", (g.email(pat), "EMAIL_ADDRESS")),
          (o("Endereço"), (on(g.address()), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, f, g.pick(["plain", "dots"]))
    doc.t("\n")
    qs = [("Está em tratamento médico?", None), ("Usa bifosfonatos (ex.: alendronato)?", None), ("Usa anticoagulante?", None), ("Tem alergia a látex ou níquel?", None),
          ("É diabético(a)?", "E11.9"), ("Tem hipertensão?", "I10"), ("Está grávida ou amamentando?", None), ("Range os dentes à noite?", "F45.8"), ("Já fez tratamento ortodôntico?", None)]
    for q, code in g.sample(qs, g.ri(5, 8)):
        yes = g.chance(0.3)
        doc.t(o(q) + f"  ({'X' if yes else ' '}) Sim  ({' ' if yes else 'X'}) Não" + (f"  — CID {code}" if yes and code else "") + "\n")
    if g.chance(0.6):
        doc.f(o("Médico que acompanha") + ": «d» «n», «c» — «p»\n", d=dr(med), n=P(on(med.full)), c=(g.council("CRM", uf), "PROFESSIONAL_ID"), p=(lphone(g, uf, mobile=False), "PHONE_NUMBER"))
    ec = g.relative(pat) if g.chance(0.5) else g.person()
    doc.f(o("Contato de emergência") + ": «n» («r») «p»\n", n=P(on(ec.full)), r=g.pick(["cônjuge", "mãe", "irmã", "filho", "amiga"]), p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f("\n" + o("Declaro que as informações acima são verdadeiras.") + "\n«c», «d»   ________________ «n»\n", c=city, d=g.date("br", 2025), n=P(on(pat.full)))
    if not scan and g.chance(0.6):
        doc.f("[formulário preenchido online em «t» — IP «ip»]\n", t=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f(o("Revisado por") + ": «n», «c»\n", n=P(g.pick([den.full, den.short])), c=(cro(g, uf), "PROFESSIONAL_ID"))
    return doc


def sa_urgencia(g: Gen) -> Doc:
    """The weekend on-call log of orthodontic emergencies (plantão de urgência), typed by the dentist on call: time, patient (name with
    age or birth date), the guardian's phone, the complaint and the conduct; a dental trauma referred to a hospital (ICD-10 S02.5,
    not labelled) with the ER physician named; the dentist on call with CRO; the next on-call dentist."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    den, nxt = g.person(), g.person()
    d = fday(g)
    doc.f("PLANTÃO DE URGÊNCIA ORTODÔNTICA — «s» — «d» («w»)\nPlantonista: «n» — «c» — celular do plantão «p»\n\n", s=short, d=dbr(d), w=g.pick(["sábado", "domingo", "feriado"]),
          n=[V(dr(den) + " "), P(den.full)], c=(cro(g, uf), "PROFESSIONAL_ID"), p=(lphone(g, uf), "PHONE_NUMBER"))
    for hh in sorted(slot(g) for _ in range(g.ri(3, 5))):
        par = guardian(g)
        kid = kid_of(g, par)
        doc.f("«h» | «k»«a» | «p» | «q» | «c»\n", h=hh, k=P(g.pick([kid.full, kid.short, kid.caps])),
              a=[V(", DN "), (kdob(g, "br"), "DATE_OF_BIRTH")] if g.chance(0.7) else V(f", {g.ri(8, 17)}a"),
              p=[V(gw(par, "pai ", "mãe ")), (lphone(g, uf, style=g.pick(["par", "raw", "plain"])), "PHONE_NUMBER")] if g.chance(0.5) else (lphone(g, uf), "PHONE_NUMBER"),
              q=g.pick(["fio distal machucando", "bráquete solto 24", "alinhador quebrado (placa 9)", "dor após ativação", "elástico engolido", "contenção descolada"]),
              c=g.pick(["orientado cera; retorno seg.", "corte do fio em consultório", "voltar à placa anterior", "analgésico; observar", "agendado encaixe"]))
    if g.chance(0.7):
        doc.t("\nLigações perdidas no celular do plantão: ")
        for k in range(g.ri(1, 3)):
            doc.t(" / " if k else "")
            doc.e(lphone(g, uf, style=g.pick(["raw", "par"])), "PHONE_NUMBER")
        doc.t(" (retornadas às " + slot(g) + ")\n")
    trauma = kid_of(g, guardian(g))
    er = g.person()
    doc.f("\nTrauma: «k» (CPF «c», CNS «s», resp. «p»), queda de bicicleta, avulsão do 11 (CID S02.5). Reimplante e contenção; encaminhad«o» ao «h» para sutura«r».\n",
          k=P(trauma.full), c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"), p=(lphone(g, uf), "PHONE_NUMBER"), o=trauma.o, h=g.pick(HOSPS), r=[V(" — recebid" + trauma.o + " por " + dr(er) + " "), P(er.short)] if g.chance(0.4) else "")
    doc.f("\nPassagem de plantão para «n» (próximo fim de semana). «w»\n", n=[V(dr(nxt) + " "), P(g.pick([nxt.short, nxt.full]))] if g.chance(0.5) else V("a escala seguinte"),
          w=g.pick(["", word_neg(g)]))
    return doc


# ------------------------------------------------------------------ financeiro

def fi_parcelamento(g: Gen) -> Doc:
    """The instalment plan of a treatment contract printed from the ERP: the chain's CNPJ, the contract, the guardian (name, CPF,
    e-mail, phone), the patient (name, birth date), the entrance (Pix to the chain's random key, or a masked card), the instalments
    as an aligned table (number, due date, amount, method, status), the typeable line of the next boleto (not labelled, checked to
    fail), and sometimes the recurring-card authorisation with the full card number the guardian wrote on the form."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    doc.f("«c» — CNPJ «cn»\nPLANO DE PAGAMENTO — contrato «ct» — unidade «u»\n\n", c=chain, cn=(g.cnpj(), "BR_CNPJ"), ct=contrato(g), u=unidade(g))
    f = [("Responsável financeiro", P(g.pick([par.full, par.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail p/ boletos", (g.email(par), "EMAIL_ADDRESS")),
         ("Celular", (lphone(g, uf), "PHONE_NUMBER"))]
    if g.chance(0.8):
        f += [("Endereço de cobrança", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    f += [("Paciente", P(kid.full)), ("Nascimento", (kdob(g, "br"), "DATE_OF_BIRTH"))]
    kv_block(doc, f, g.pick(["plain", "dots", "box"]))
    tot, n = g.ri(4800, 16800), g.pick([12, 18, 24, 30])
    ent = g.ri(300, 1500)
    if g.chance(0.5):
        doc.f("\nEntrada: R$ «e» via Pix em «d» (chave aleatória «k»)\n", e=brl(ent), d=g.date("br", 2025), k=(g.uuid(), "PIX_KEY"))
    else:
        doc.f("\nEntrada: R$ «e» no cartão «m» em «d»\n", e=brl(ent), m=g.masked_card(), d=g.date("br", 2025))
    val = (tot - ent) / n
    d0 = fday(g)
    paid = g.ri(1, min(8, n - 2))
    rows = []
    show = list(range(1, min(n, paid + g.ri(3, 6)) + 1))
    for k in show:
        dt = d0 + datetime.timedelta(days=30 * (k - 1))
        st = "PAGA" if k <= paid else ("VENCIDA" if k == paid + 1 and g.chance(0.4) else "A VENCER")
        rows.append([V(f"{k:02d}/{n}"), V(dbr(dt)), V(brl(val)), V(g.pick(["BOLETO", "BOLETO", "PIX", "CARTÃO"])), V(st)])
    table_ruled(doc, ["parcela", "vencimento", "valor R$", "forma", "situação"], rows, g.pick(["plus", "plain", "psql", "pipe"]))
    doc.f("(... demais parcelas até «n»/«n»)\n", n=n)
    bank = g.pick(["341", "237", "001", "756", "033"])
    doc.f("\nPróximo boleto — linha digitável: «l»\nPagador: «p» — CPF «c»\n", l=linha_digitavel(g, bank), p=P(par.capsf), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f("\nAUTORIZAÇÃO DE DÉBITO RECORRENTE: eu, «n», autorizo a cobrança das parcelas no cartão «c», validade «v», titular «t».\n",
              n=P(par.full), c=(g.card(g.chance(0.6)), "CREDIT_CARD"), v=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", t=P(fold(par.short).upper()))
    if g.chance(0.5):
        doc.f("Aceite eletrônico do plano: «t», IP «ip»\n", t=ts(g.moment(), "brs"), ip=(g.ip(), "IP_ADDRESS"))
    doc.f("\nEmitido por «a» em «d». «w»\n", a=login(g.person(), g), d=ts(g.moment(), "br"), w=g.pick(["Multa de 2% e juros de 1% a.m. após o vencimento.", word_neg(g)]))
    return doc


def fi_conciliacao(g: Gen) -> Doc:
    """The treasury's reconciliation of a day's receipts exported from the bank as semicolon CSV (date, type, payer's name, payer's CPF
    or CNPJ, the chain's receiving key (a random Pix key) or boleto, the end-to-end id (not labelled), amount, matched contract and
    patient); then the analyst's notes on a Pix paid by a grandmother (name, CPF) and a boleto paid twice, with the guardian to call
    (phone) and the analyst's corporate e-mail."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    key = g.uuid()
    an = g.person()
    doc.f("# conciliacao recebimentos «s» — «d» — conta «b» ag «a» cc «c»\n", s=short, d=g.date("iso", 2025), b=g.pick(["Itaú", "Bradesco", "Banco do Brasil", "Sicoob"]),
          a=(g.agency(False), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.t("data;tipo;pagador;doc_pagador;recebedor;id_transacao;valor;contrato\n")
    grand = None
    for _ in range(g.ri(3, 6)):
        par = guardian(g)
        kid = kid_of(g, par)
        tipo = g.pick(["PIX", "PIX", "BOLETO"])
        doc_ = (g.cpf(g.pick(["dot", "raw"])), "BR_CPF")
        pay = P(g.pick([par.caps, par.capsf]))
        if g.chance(0.12):
            doc_ = (g.cnpj(), "BR_CNPJ")
            pay = V(g.pick(["ROSA & FILHOS COMERCIO LTDA", "AURORA TRANSPORTES LTDA", "PADARIA BENTO AMADO ME", "CLEMENTE ENGENHARIA LTDA"]))
        elif tipo == "PIX" and grand is None and g.chance(0.35):
            grand = (g.relative(par, True), par, kid, doc_[0])
            pay = P(g.pick([grand[0].caps, grand[0].capsf]))
        row = [V(g.date("br", 2025)), V(tipo), pay, doc_,
               (key, "PIX_KEY") if tipo == "PIX" else V("boleto"), V(e2e(g) if tipo == "PIX" else clean(g, lambda: g.d(11) + g.up(1))),
               V(brl(g.ri(180, 1400))), V(contrato(g))]
        for k, (v, lab) in enumerate(row):
            if k:
                doc.t(";")
            doc.e(v, lab)
        doc.t("\n")
    doc.t("\n# observacoes\n")
    if grand:
        gm, par, kid, gcpf = grand
        doc.f("# Pix de «g» (avó d«o» paciente «k»), CPF «c» — baixado na parcela do contrato; confirmar com «p» «ph».\n", g=P(gm.full), o=kid.o, k=P(kid.first),
              c=(gcpf, "BR_CPF"), p=P(par.first), ph=(lphone(g, uf), "PHONE_NUMBER"))
    p2 = guardian(g)
    doc.f("# Boleto pago em duplicidade por «n» (CPF «c»): devolver via TED, «b» ag «a» c/c «cc».\n", n=P(p2.full), c=(g.cpf(), "BR_CPF"), b=g.pick(BANKS)[1],
          a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("# analista: «a» <«e»>\n", a=P(an.short) if g.chance(0.5) else V(login(an)), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"))
    return doc


def fi_glosa(g: Gen) -> Doc:
    """The dental insurer's payment statement with its glosas (demonstrativo de análise de conta): insurer, ANS registration, the
    provider (the chain's CNPJ, provider code not labelled), batch and payment date, the table of guides (guide number, beneficiary,
    plan card not labelled, TUSS code, tooth, presented and glossed amounts, glosa code); the payment credited to the chain's agency and
    account; then the appeal (recurso de glosa) by the billing analyst (corporate e-mail) with the orthodontist's CRO and the auditor."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    ins, idom, ishort = g.pick(INSURERS)
    doc.f("«i» — CNPJ «ic» — Registro ANS «a»\nDEMONSTRATIVO DE ANÁLISE DE CONTA ODONTOLÓGICA\nPrestador: «c» — CNPJ «cn» — código «pc»\nLote «l» — competência «m» — pagamento em «d»\n\n",
          i=ins.upper(), ic=(g.cnpj(), "BR_CNPJ"), a=ans(g), c=chain, cn=(g.cnpj(), "BR_CNPJ"), pc=clean(g, lambda: g.d(8)), l=clean(g, lambda: g.d(6)), m=f"{g.ri(1, 12):02d}/2025", d=g.date("br", 2025))
    rows = []
    tp_, tg = 0.0, 0.0
    gl = []
    for _ in range(g.ri(3, 5)):
        b = kid_of(g, guardian(g)) if g.chance(0.6) else g.person()
        code, name = g.pick(TUSS)
        v = g.ri(40, 420) + 0.0
        glos = g.chance(0.45)
        gv = v if glos and g.chance(0.6) else (round(v * 0.3, 2) if glos else 0.0)
        gc = g.pick(GLOSA) if glos else None
        tp_ += v
        tg += gv
        if glos:
            gl.append((b, code, gc))
        rows.append([V(clean(g, lambda: g.d(9))), P(cut(b.capsf, 28)), V(carteirinha(g)), V(code), V(g.pick(["11", "21", "36", "46", "—", "16", "26"])), V(brl(v)),
                     V(brl(gv)), V(gc[0] if gc else "")])
    table_ruled(doc, ["guia", "beneficiário", "carteira", "TUSS", "dente", "apresentado", "glosado", "cód."], rows, g.pick(["plain", "psql", "plus"]))
    doc.f("\nTotal apresentado R$ «a» | glosado R$ «b» | líquido R$ «c»\nCrédito em «bk», agência «ag», conta «cc»\n", a=brl(tp_), b=brl(tg), c=brl(tp_ - tg),
          bk=g.pick(["Banco do Brasil", "Itaú", "Bradesco", "Santander"]), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.t("Códigos: " + "; ".join(f"{c} {d}" for c, d in sorted({x[2] for x in gl})) + "\n" if gl else "Sem glosas no lote.\n")
    an, den, aud = g.person(), g.person(), g.person()
    doc.t("\n" + "-" * 40 + "\n")
    doc.f("De: «n» <«e»>\nPara: glosas@«d»\nCc: «a»\nAssunto: Recurso de glosa — lote «l»\n\n", n=P(an.full), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), d=idom,
          a=(corp_mail(aud, idom, g), "EMAIL_ADDRESS"), l=clean(g, lambda: g.d(6)))
    if gl:
        b, code, gc = gl[0]
        doc.f("Recorremos da glosa «g» na guia de «b» (DN «dn», TUSS «c»): o procedimento foi autorizado «a» (senha em anexo) e executado por «dd», «cr». "
              "Segue radiografia final.\n", g=gc[0], b=P(b.full), dn=(kdob(g, "br"), "DATE_OF_BIRTH"), c=code, a=[V(gw(aud, "pelo auditor ", "pela auditora ")), P(aud.short)] if g.chance(0.5) else V("pela auditoria"), dd=[V(dr(den) + " "), P(den.full)],
              cr=(cro(g, uf), "PROFESSIONAL_ID"))
    else:
        doc.f("Sem glosas a recorrer; solicitamos apenas o extrato da competência anterior. Responsável técnico: «dd», «cr».\n", dd=P(den.full), cr=(cro(g, uf), "PROFESSIONAL_ID"))
    doc.f("\nFaturamento de convênios — «s» — «p»\n", s=short, p=(lphone(g, uf, mobile=g.chance(0.3)), "PHONE_NUMBER"))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """The collections desk's overdue list (régua de cobrança) as a fixed-width report: contract, guardian (name in capitals cut at the
    width), CPF, phone, e-mail, instalments late, amount, days, flag (sent to the credit bureau or not); then the collectors' notes
    (logins or first names) with a promise to pay, a wrong number ("não conhece"), and the patient's name where the guardian asks to
    keep the treatment going."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    doc.f("«s» — INADIMPLÊNCIA > 30 DIAS — posição «d» — unidade «u»\n\n", s=short.upper(), d=g.date("br", 2025), u=unidade(g))
    W = g.ri(24, 30)
    doc.t("CONTRATO      " + "RESPONSÁVEL".ljust(W) + "  CPF             TELEFONE          E-MAIL                          PARC  VALOR      DIAS  SPC\n")
    doc.t("-" * (W + 112) + "\n")
    debt = []
    for _ in range(g.ri(5, 8)):
        p = guardian(g)
        debt.append(p)
        ct = contrato(g)
        doc.t(ct.ljust(14))
        debt[-1] = (p, ct)
        doc.cell(cut(p.capsf, W), W, "PERSON")
        doc.t("  ")
        doc.cell(g.cpf("dot"), 14, "BR_CPF")
        doc.t("  ")
        doc.cell(lphone(g, uf, style=g.pick(["par", "raw"])), 16, "PHONE_NUMBER")
        doc.t("  ")
        em = g.email(p)
        if len(em) <= 30 and g.chance(0.85):
            doc.cell(em, 30, "EMAIL_ADDRESS")
        else:
            doc.cell("—", 30)
        doc.t(f"  {g.ri(1, 6):>4}  {brl(g.ri(300, 4800)):>9}  {g.ri(31, 240):>4}  {g.pick(['S', 'N', 'N'])}\n")
    doc.t("\nANOTAÇÕES\n")
    cols = [g.person() for _ in range(2)]
    for p, ct in g.sample(debt, min(len(debt), g.ri(1, 2))):
        col = g.pick(cols)
        who = login(col) if g.chance(0.5) else col.first
        lab = None if who == login(col) else "PERSON"
        kid = kid_of(g, p)
        note = g.pick([[V("promessa de pagamento p/ "), V(g.date("br", 2025)), V("; enviado boleto atualizado")],
                       [V("atendeu terceiro, disse não conhecer "), P(p.first), V("; número errado, pedir atualização")],
                       [V("pede para não suspender o tratamento d" + kid.o + " "), P(kid.first), V("; proposta de acordo em 6x")],
                       [V("não atende; enviado WhatsApp e e-mail")],
                       [V("alega desemprego; encaminhado ao jurídico ("), P(g.person().short), V(")")]])
        doc.f("- «c» / «w»: ", c=ct, w=(who, lab))
        for s, l in note:
            doc.e(s, l)
        doc.t("\n")
    return doc


def fi_repasse(g: Gen) -> Doc:
    """The monthly payout to the orthodontists who work for the chain (repasse): a row per dentist (name, CRO, CPF or the dentist's
    company CNPJ, bank, agency, account, or a Pix key -- random, e-mail, phone or CPF --, production, share, net); the RPA block of an
    autonomous TSB with CPF and PIS; the finance manager's approval and the accountant with CRC."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    doc.f("«s» — REPASSE DE PRODUÇÃO — competência «m»/2025 — unidade «u»\n\n", s=short, m=f"{g.ri(1, 12):02d}", u=unidade(g))
    rows = []
    for _ in range(g.ri(4, 6)):
        den = g.person()
        pj = g.chance(0.35)
        prod = g.ri(6000, 48000)
        pct = g.pick([30, 35, 40, 45])
        if g.chance(0.6):
            pay = [V(g.pick(BANKS)[1]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kind, key = pix_key(g, den)
            pay = [V("Pix " + kind), key, V("")]
        rows.append([P(g.pick([den.full, den.inverted])), (cro(g, uf), "PROFESSIONAL_ID"), (g.cnpj(), "BR_CNPJ") if pj else (g.cpf(), "BR_CPF"),
                     (g.pis(), "BR_PIS") if not pj and g.chance(0.6) else V("—")] + pay +
                    [V(brl(prod)), V(f"{pct}%"), V(brl(prod * pct / 100))])
    table_ruled(doc, ["ortodontista", "CRO", "CPF/CNPJ", "NIT", "banco", "ag./chave", "conta", "produção", "%", "repasse"], rows, g.pick(["plus", "psql", "plain"]))
    tsb = g.person(True)
    gross = g.ri(1800, 3600)
    doc.f("\nRPA — autônomo(a): «n», TSB «c», CPF «cpf», PIS/NIT «p» — bruto R$ «b» (INSS 11% e ISS retidos)\n", n=P(tsb.full), c=(cro(g, uf), "PROFESSIONAL_ID"),
          cpf=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"), b=brl(gross))
    mg, acc = g.person(), g.person()
    doc.f("\nAprovado: «m» (gerente financeiro) em «d»\nContabilidade: «a», «c»\n", m=P(mg.full), d=g.date("br", 2025), a=P(acc.short), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    return doc


def fi_distrato(g: Gen) -> Doc:
    """The financial summary of a cancellation (distrato) sent by the finance analyst: the guardian (name, CPF), the patient, the
    contract; the paid instalments, the retained costs (aligners already produced by the lab, sessions attended) as a table; the
    refund by TED to the guardian's agency and account, to a Pix key, or as a reversal on the card (masked); the e-mail with the
    analyst's corporate address and the guardian's e-mail."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    kid = kid_of(g, par)
    an = g.person()
    pe = g.email(par)
    doc.f("De: «n» <«e»>\nPara: «t»\nAssunto: Distrato — contrato «c» — «k»\n\n", n=P(an.full), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), t=(pe, "EMAIL_ADDRESS"), c=contrato(g),
          k=P(kid.full))
    doc.f("Prezad«o» «p» (CPF «c»),\n\nConforme solicitado, segue o demonstrativo do distrato do tratamento d«x» «k» (nascid«x» em «dn»):\n\n", o=par.o,
          p=P(g.pick([par.full, par.first])), c=(g.cpf(), "BR_CPF"), x=kid.o, k=[P(kid.first), V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else P(kid.first),
          dn=(kdob(g, "br"), "DATE_OF_BIRTH"))
    paid = g.ri(1500, 7200)
    lab_c = g.ri(600, 2400)
    ses = g.ri(200, 900)
    fine = g.pick([0, 0, round(paid * 0.1, 2)])
    rows = [[V("Total pago (entrada + parcelas)"), V(brl(paid))], [V("(-) Alinhadores produzidos (" + g.pick(LABS)[2] + ")"), V(brl(lab_c))],
            [V("(-) Consultas e documentação realizadas"), V(brl(ses))], [V("(-) Multa contratual (cláusula 6ª)"), V(brl(fine))],
            [V("= Valor a devolver"), V(brl(max(0, paid - lab_c - ses - fine)))]]
    table_ruled(doc, ["descrição", "R$"], rows, g.pick(["plain", "plus", "md"]))
    r = g.rng.random()
    if r < 0.45:
        doc.f("\nA devolução será feita por TED em até 10 dias úteis: «b», agência «a», conta «cc», titular «t».\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(par.full))
    elif r < 0.75:
        kind, key = pix_key(g, par)
        doc.f("\nA devolução será feita por Pix (chave «k»: «v») em até 10 dias úteis.\n", k=kind, v=key)
    else:
        doc.f("\nComo o pagamento foi no cartão «m», o valor será estornado na fatura (1 a 2 ciclos).\n", m=g.masked_card())
    if g.chance(0.85):
        doc.f("\nO termo de distrato será enviado também por carta para «a», CEP «c». Confirme se o endereço e o telefone «p» estão atualizados.\n",
              a=(g.address(), "ADDRESS"), c=(g.cep(), "BR_CEP"), p=(lphone(g, uf), "PHONE_NUMBER"))
    doc.f("\nPedimos assinar o termo pelo link enviado. «w»\n\n«n»\nFinanceiro — «s»\nfinanceiro@«d»\n", w=g.pick(["", "O prontuário e as radiografias ficam à disposição.", word_neg(g)]),
          n=P(an.short), s=short, d=dom)
    return doc


def fi_informe(g: Gen) -> Doc:
    """The annual statement of dental payments for the income-tax return (declaração para o IRPF): the chain's CNPJ, the holder who paid
    (name, CPF), the beneficiaries (the holder or dependants: name, CPF, birth date, kinship, amount), the monthly amounts, the
    orthodontists who signed individual receipts (name, CPF, CRO), and the finance manager's signature."""
    doc = Doc()
    city, uf = where(g)
    chain, dom, short = g.pick(CHAINS)
    par = guardian(g)
    doc.f("DECLARAÇÃO DE PAGAMENTOS DE SERVIÇOS ODONTOLÓGICOS — ANO-CALENDÁRIO 2025\n«c», CNPJ «cn», declara para fins de Imposto de Renda Pessoa Física que recebeu de\n",
          c=chain, cn=(g.cnpj(), "BR_CNPJ"))
    doc.f("«n», CPF «c»«a», os valores abaixo, referentes a tratamento ortodôntico:\n\n", n=P(g.pick([par.full, par.caps])), c=(g.cpf(), "BR_CPF"),
          a=[V(", residente na "), (g.address(), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")] if g.chance(0.6) else "")
    rows = []
    for k in range(g.ri(1, 3)):
        b = kid_of(g, par)
        rows.append([P(b.full), (g.cpf(), "BR_CPF") if g.chance(0.8) else V("—"), (kdob(g, "br"), "DATE_OF_BIRTH"), V(gw(b, "filho", "filha")), V(brl(g.ri(1200, 9800)))])
    if g.chance(0.3):
        rows.append([P(par.full), (g.cpf(), "BR_CPF"), (adob(g, "br"), "DATE_OF_BIRTH"), V("titular"), V(brl(g.ri(1200, 9800)))])
    table_ruled(doc, ["beneficiário", "CPF", "nascimento", "relação", "valor R$"], rows, g.pick(["plus", "plain", "psql"]))
    doc.t("\nPagamentos mensais (R$): " + " | ".join(f"{MONTHS[m][:3]} {brl(g.ri(180, 900))}" for m in sorted(g.sample(range(12), g.ri(4, 8)))) + "\n")
    if g.chance(0.85):
        doc.t("\nRecibos individuais emitidos pelos profissionais (carnê-leão):\n")
        for _ in range(g.ri(1, 2)):
            den = g.person()
            doc.f("- «n», CPF «c», «r»\n", n=P(den.full), c=(g.cpf(), "BR_CPF"), r=(cro(g, uf), "PROFESSIONAL_ID"))
    mg = g.person()
    doc.f("\n«c», «d».\n", c=city, d=g.docdate())
    signed(g, doc, mg, gw(mg, "Gerente financeiro", "Gerente financeira") + f" — {short}")
    doc.f("Dúvidas: «e»\n", e=(corp_mail(mg, dom, g), "EMAIL_ADDRESS") if g.chance(0.5) else V(f"financeiro@{dom}"))
    return doc


AT = [at_whatsapp, at_ligacoes, at_agenda, at_pesquisa, at_transcricao, at_email, at_ficha]
JU = [ju_procon, ju_resposta, ju_contrato, ju_acordo, ju_consentimento, ju_peticao, ju_prontuario]
SA = [sa_plano, sa_evolucao, sa_pedido_lab, sa_guia, sa_radiologia, sa_anamnese, sa_urgencia]
FI = [fi_parcelamento, fi_conciliacao, fi_glosa, fi_cobranca, fi_repasse, fi_distrato, fi_informe]


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
            assert PLATE_RE.fullmatch(v.upper()), (rid, v)  # a plate typed in lower case by a citizen is a plate
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr|est)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC|CRN|CRO|CRFa)(?![A-Za-z])", v), (rid, v)
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
    print("hundredfortyeighth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
