"""Build the ninety-ninth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_ninetyninth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, no Faker, no import from afinar or from the other generators),
stdlib only, seed 9999, 280 records: 4 domains x 7 templates x 10 copies.

Register, new: ASSISTED REPRODUCTION AND FERTILITY -- IVF clinics and the public reproduction
services, sperm and egg banks (BCTG), embryology and andrology labs, genetic counselling and
pre-implantation testing (PGT-A / PGT-M), egg freezing and oncofertility, embryo custody and the
disputes over frozen embryos, surrogacy (cessão temporária de útero), treatment budgets, egg-
freezing financing, card instalments and chargebacks, health-plan reimbursement claims, NFS-e and
fee splits. Layouts vary heavily: WhatsApp exports (Android and iOS; senders by saved name or by
number), a patient-portal chat with a bot and a human agent, "Campo: valor" forms, ruled boxes and
dotted leaders, e-mail threads, a speech-to-text call (lower case, no accents, digits read in
groups, spoken birth dates), scheduling-API JSON with nginx access-log lines, legal prose (consent
term, contracts, petition, judgment), an OCR'd ALL CAPS extrajudicial notification with typos,
HL7 v2-like messages (PID, NK1, PV1, OBR, OBX) with interface log lines, lab reports with +---+ and
plain tables, psql tables, semicolon CSV, Markdown tables, indented and one-line JSON, an NFS-e as
text, a fixed-width fee-split statement (names cut at the field width or "SURNAME, GIVEN").
- atendimento: (0) a WhatsApp export between a patient and an IVF clinic's reception (name, CPF --
  sometimes first mistyped --, birth date; the partner's name, CPF and birth date for a first
  consultation; a beta-hCG result and the husband's or wife's phone; refrigerated stimulation drugs
  delivered to an address with CEP, left with a doorwoman called Rosa, Luz or Flor, by a motoboy with
  his plate; a booking deposit paid to the clinic's random Pix key in a relative's name; a new
  e-mail; the clinic's landline); (1) a patient-portal chat (login e-mail and session IP, a bot,
  then an agent by name or as "Atendente"; CPF and birth date; embryo-custody fee with cycle and
  embryo ids; reports signed by an embryologist with CRBio; a card number typed in the chat; a
  separated patient's ex-partner and his phone, a new address; the account's last accesses with IPs);
  (2) a first-consultation registration form of a couple, a woman alone or two women (box, dots or
  lines: CPF, RG, birth date, phone, e-mail, sometimes a social name, a CNH, the SUS card in a public
  service; address, CEP, health-plan card; referring doctor with CRM; emergency contact; the nurse's
  COREN); (3) an e-mail thread with a sperm bank (the client's data block, a wife in shared
  motherhood, the coordinator's corporate e-mail, the donor catalogue by code, an ANVISA import
  process, the bank's random Pix key, the dry shipper sent with a driver and plate, the doctor in
  Cc); (4) the speech-to-text transcript of a call from the nurse or reception (CPF read in groups,
  spoken birth date, beta result, trigger shot, retrieval, drug delivery address and CEP, phones);
  (5) a scheduling API's JSON (professionals with CRM; patients with CPF, birth date, E.164 phone,
  e-mail; companions) with access-log lines (public and private IPs, an e-mail leaked in a query
  string) and IT's note; (6) an ombudsman's complaint (public title and author shown as a first
  name or "Leila C.", internal data block, the ombudsman's handling: refund to an account, a
  suspended discard and the lawyer's OAB, a mother called as emergency contact, a late PGT report).
- juridico: (0) the informed-consent term for IVF/ICSI and the fate of the embryos (couple or woman
  qualified with RG or CNH, CPF, sometimes birth date, voter card, address, CEP, e-mail, phone; donor
  code; divorce / death / abandonment choices naming the survivor or the person to be told; doctor's
  CRM, embryologist's CRBio or CRBM; witnesses with CPF); (1) the embryo or oocyte custody contract
  (the clinic's CNPJ and seat, its technical director's CRM, the contractors qualified, cycle,
  straws and tank, annual fee paid by automatic debit to an agency and account, a recurring card
  shown masked, or the clinic's random Pix key; the e-signature log with names, e-mails and IPs);
  (2) the surrogacy term (intended parents, the surrogate -- sister, mother, cousin, aunt or a
  friend needing CRM authorisation -- with birth date, sometimes voter card and SUS card, her spouse's
  consent; the psychologist's CRP; the child's registration and sometimes an addendum with the
  baby's birth date and name; doctor's CRM, lawyer's OAB); (3) a petition in a family court over the
  frozen embryos after a divorce (both parties qualified, the clinic's CNPJ, embryo ids, the ex's
  e-mail asking for discard, the clinic coordinator's phone, CNJ numbers, the lawyer's OAB and
  e-mail); (4) a judgment: a health plan and oocyte cryopreservation before chemotherapy (the
  plaintiff's CPF and birth date, oncologist's and specialist's CRM) or the posthumous use of a
  late husband's semen (the widow's and the deceased's CPF, his mother); lawyers with OAB, the
  judge; (5) an LGPD access request (art. 18) and the DPO's JSON export (contacts, address, partner,
  donor code, portal-login IPs, masked card, the genetics lab's and fintech's CNPJ); (6) an OCR'd
  extrajudicial notification from a registry of deeds to a couple whose embryos are deemed abandoned
  (CPF, last address, CEP, phones; the clinic's lawyer; the delivery certificate: the person served
  with RG, a neighbour saying they moved, or a signed AR; the clerk).
- saude: (0) HL7 v2-like messages (ADT^A04 with the partner in NK1, ORU^R01 with semen analysis or
  hormone results; CPF and CNS in PID-3, names by component, compact birth dates, address, CEP,
  phones, e-mail; the attending doctor's CRM in PV1; the releasing biomedic's CRBM or pharmacist's
  CRF) and the interface log lines; (1) a semen analysis report with WHO 2021 reference values (the
  patient or a donor sample by code; CPF, birth date, phone, partner, requesting doctor's CRM, the
  signer's CRBM / CRF / CRBio); (2) an embryology cycle sheet (patient and partner with birth dates,
  age, CPF and contact phone, or a donor code; doctor's CRM; oocytes, ICSI by an embryologist, D3 /
  D5 grades per embryo id, straws, tank position; the double-witnessing embryologists; the lab's
  technical lead with CRBio or CRBM); (3) an outpatient clinical note (birth date and age, CPF or
  CNS; partner; history, ICD-10, follicular-monitoring table, prescription, doctor's CRM and RQE;
  nursing teleorientation for OHSS with the patient's and companion's phones, the nurse's COREN);
  (4) a semicolon CSV export of the cycle register (name, CPF -- one mistyped --, birth date, phone,
  e-mail, partner, cycle, outcomes, donor code) with the quality manager's note (SisEmbrio is sent
  de-identified; an embryologist's CRBio); (5) a genetic-counselling report with the PGT-A / PGT-M
  table (the consultand's CPF, birth dates, phone, e-mail; a sibling, nephew or cousin with the
  disease; the lab's CNPJ; geneticist's CRM, counsellor's CRBio or CRBM and e-mail); (6) the clinic
  team's WhatsApp group on a procedures day (members by number or name; patients of the day by name
  or by prontuário; the anaesthetist's CRM; a husband late for his sample and his phone; the sperm
  bank's driver and plate; a patient with OHSS sent to the ER with CPF, sometimes CNS, birth date;
  her sister's phone).
- financeiro: (0) an IVF budget (patient, partner, CPF, e-mail, phone, address, CEP; items incl.
  donor sperm or ROPA for two women; Pix discount to the clinic's random key, card instalments,
  boleto, financing; the financial consultant's corporate e-mail and phone; the signed acceptance);
  (1) an egg-freezing financing application (a fintech's API JSON: CPF, birth date, e-mail, phone,
  address, CEP, employer's CNPJ, the clinic's CNPJ as payee, KYC with CNH or RG and device IP), the
  credit opinion, a guarantor with CPF and phone or the instalment schedule and the debit account;
  (2) a health-plan reimbursement claim (holder and beneficiary, CPF, birth date, phone, e-mail,
  address, CEP, agency and account; providers by CNPJ or, for doctors, name and CPF; partial denial
  citing the legal exclusion, an appeal with the doctor's CRM); (3) an NFS-e to the patient (the
  clinic's CNPJ and seat; the taker's CPF, address, CEP, e-mail) and the e-mail thread asking for it
  in the spouse's name for the tax return (the spouse's CPF; the billing clerk's corporate e-mail);
  (4) a collection queue of overdue custody fees (semicolon CSV: holder, CPF, co-holder, phones,
  e-mail) and the negotiators' log (a Pix agreement to the clinic's random key, a divorced patient
  pointing to the ex and his phone, an e-mail opened from an IP with a boleto line, a new address and
  CEP); (5) a chargeback dossier (the acquirer's table with masked cards, the clinic's defence with
  the patient's CPF, e-signature IP and e-mail, the spouse; a gateway DEBUG log that leaked full card
  numbers with customers' CPF, e-mail, IP and embossed holder names); (6) a fixed-width fee-split
  statement (professionals cut or inverted, CRM / CRBio / CRBM / COREN, CPF, NIT or "(PJ)", agency,
  account) with notes (an account change asked by e-mail and confirmed by phone, an anaesthetist's
  company CNPJ, a refund of a cancelled cycle to the spouse's account, the accountant's CRC).

Conventions (the twentieth set's, as the later sets apply them): PERSON covers the name only,
never "Sr.", "Sra.", "Dr.", "Dra.", "dona", "seu"; particles inside a name (de, da, do, das, dos, e)
and suffixes (Filho, Júnior, Neto, Sobrinho) are part of it; "SURNAME, GIVEN" is one span; first
names alone, nicknames and a surname alone used for a person ("à Dra. Pimentel Brasil"), also in
lower case or ALL CAPS, are persons; a first name with a surname initial ("Leila C.") is one span.
Staff named in the text are persons: receptionists, agents, nurses, doctors, anaesthetists,
embryologists, biomedics, pharmacists, geneticists and genetic counsellors, psychologists,
coordinators, couriers, motoboys and drivers, financial consultants, credit and reimbursement
analysts, negotiators, billing clerks, ombudsmen, DPOs, quality managers, IT analysts, lawyers,
judges, registry clerks, accountants. Logins ("dalmeida73", "lvarjao09"), system users, the bots
("Cegonha Virtual", "Lia", "Fertibot", "Aurora (assistente)", "Semente") are not. Corporate e-mails
of people (fulana.tal@clinica.com.br, a coordinator's, a doctor's in Cc) are EMAIL_ADDRESS; role
mailboxes (atendimento@, logistica@, privacidade@, financeiro@, dpo@) are not labelled. ADDRESS is
street type + name + number + complement, in full, abbreviated, ALL CAPS, lower case, spoken or in
the HL7 street component (not bairro, city, UF; the CEP is BR_CEP). Agency and account are
separate BANK_ACCOUNT spans; bank codes and names are not. PIX_KEY only for random (UUID) keys,
whoever holds them (the clinic's and the sperm bank's collection keys too). DATE_OF_BIRTH only for
birth dates, in any form (dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ISO, compact yyyymmdd in HL7, long,
spoken "13 do 6 de 93" or in words). PROFESSIONAL_ID includes the council acronym and UF or
region. Every CNPJ (numeric and the 2026 alphanumeric form, dotted or raw) is BR_CNPJ. Masked
values ("**** **** **** 8227", "482874******9531", "final 7701") are not labelled.
Decisions of this set:
- Donor anonymity does not create labels and does not remove them: donor codes ("doador D-4471",
  "DS-18344", "#91403", "OV-2291", "DOA-F071") and the catalogue's characteristics (ABO, eyes,
  height, occupation) are not labelled; the intended parents, surrogates, patients, partners and
  ex-partners are persons with all their identifiers. A deceased husband whose semen is used after
  death is a PERSON with his CPF.
- Not labelled (clinical and registry ids): embryo ids ("C26-8590-E2"), cycle ids ("FIV2025/7841",
  "CIC-48667"), straw / palheta codes ("HS-28865"), tank positions, dry-shipper and seal numbers,
  prontuário numbers (also 11-digit ones, checked to fail the CPF check), SisEmbrio / BCTG numbers,
  ANVISA import processes ("25351.645369/2026-18") and product registrations, CNES, DNV numbers,
  health-plan card numbers ("carteirinha") and ANS registrations, NIP numbers, RQE numbers beside
  a CRM, order / proposal / protocol / contract / envelope / correlation ids, AR numbers, NSU and
  authorisation codes, boleto lines.
- Not labelled (clinical values): ICD-10 codes (N97.0, N97.1, N46, E28.2, E28.3, N80.1, N80.3,
  N98.1, Z31.2, Z31.5, Z31.8, I86.1, D25.9, Q98.0, C50.9, C81.9), Gardner and day-3 grades ("4AA",
  "8B"), karyotypes and PGT results ("47,XX,+16"), HGVS variants ("c.1521_1523del"), WHO 2021
  reference values, hormone levels, follicle sizes, G/P/A counts.
- DATE_OF_BIRTH also for a baby born of surrogacy in the addendum of the term; the dates of the
  last menstruation, trigger, retrieval, transfer, beta-hCG, vitrification, death, contracts and
  invoices are not birth dates.
- PROFESSIONAL_ID: CRM, COREN, CRP, OAB and, decided here, CRBio of embryologists and genetic
  counsellors ("CRBio 45744/03-D", "CRBio-8 42512/08"), CRBM of biomedics, CRF of pharmacists who
  release lab reports, and CRC of the accountant ("CRC-AL 822905/O-9"). In HL7 the council id is
  its own component after the name.
- HL7 names: each XPN component (SURNAME^GIVEN^MIDDLE, the mother's name in PID-6 and the
  partner's in NK1-2) is its own PERSON span, as first_name / last_name columns are.
- A social name (nome social) on the registration form is a PERSON, like the civil name.
- CNS is labelled grouped or raw; a NIT on the fee-split statement is BR_PIS; a CNH shown for KYC
  or used instead of an RG in a qualification, or written on the form, is BR_CNH; a voter card in a
  qualification is BR_TITULO_ELEITOR.
- IP_ADDRESS for every public IPv4 / IPv6 address (portal sessions and last accesses, access-log
  clients, HL7 peers, e-signatures, KYC devices, checkout customers, an opened e-mail); private
  RFC 1918 addresses are not labelled (checked); the port after ":" stays outside the span.
- PHONE_NUMBER for every personal or institutional line in any format (a clinic's landline,
  WhatsApp senders shown by number, E.164 in JSON, raw in HL7 and CSV, read in groups in the
  transcript).
- Plates of motoboys and of the sperm bank's vans are LICENSE_PLATE.
- A clinic's or a company's seat ("com sede na Rua ..." in a contract, the NFS-e provider's address)
  is not labelled; the patients' addresses are. Companies named after people (Instituto Bento
  Queiroga de Reprodução Humana, Centro de Reprodução Humana Prudente Amado, "LOPES ANESTESIOLOGIA
  LTDA", Laboratório Bento & Filhos) are not persons.
- Full card numbers typed in the chat or logged by the gateway are CREDIT_CARD; the embossed holder
  name in the log is a PERSON.
- Names cut by a fixed-width field are labelled as they stand ("ERICK YAGO QUIXADA MONTEIR"); so are
  names and addresses damaged by OCR in the notification ("BASSEL KAYYALl", "ESTRADA FREl CANECA,
  2611") -- an OCR "0" for "O" may stand inside a name. Identifiers in the scan are printed clean.

Names: Brazilian names of many origins -- Portuguese common, regional and old-fashioned (Gumercindo,
Quitéria, Leopoldina, Sinfrônio, Crisóstomo), coined (Thayslane, Dhiennifer, Jhullya, Uóshington,
Keverson), Italian, German/Pomeranian, Japanese/Okinawan, Lebanese, Syrian, Korean, Chinese,
Haitian, Angolan, Senegalese, Nigerian, indigenous, Jewish, Greek, Bolivian and Peruvian -- with
rare or invented name words well above a quarter (main() prints the share). Names that are also
words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Esperança, Graça, Pérola, Serena, Bento,
Prudente, Amado, Clemente, Justo, Modesto, Leão, Branco, Feliz; surnames Rosa, Branco, Prudente,
Amado, Leão, Paz, Cruz, Luz, Bento, Torres, Lobo, Neves, Serra, Vale, Graça, Paixão, Esperança,
Aurora) are used as names (a doorwoman called Rosa, Luz or Flor, an attendant called Luz, a patient
called Esperança, a doctor called Leão) and, elsewhere, as words and in clinics, banks, plans,
labs, streets and places, which are not persons: Clínica Aurora de Reprodução Humana, Centro de
Fertilidade Luz, Vitória Fertilidade, Hospital Santa Rosa, Banco de Sêmen Estrela do Sul, Banco de
Óvulos Aurora, Laboratório Amado Genética, Lab Vitória Citogenética, Crédito Esperança S.A. SCD,
Bento Capital SCD, Amado Saúde, Rosa dos Ventos Saúde, Prudente Saúde Empresarial, Hospital e
Maternidade Bento Amado, the bot "Aurora (assistente)", "Foi uma vitória", "laço rosa", "a luz do
fluxo laminar", "Luz verde", Presidente Prudente, Bento Gonçalves, Santa Rosa, Nova Aurora,
Esperança (PB), Vitória (ES), Bairro da Luz, Jardim Esperança, "no trânsito na Bento Gonçalves".

Hard negatives (never labelled): CNJ process numbers, 11-digit numbers failing the CPF check
(protocols, prontuários, ANVISA registrations, mistyped CPFs; the script checks every CPF-shaped run
outside a gold span), 15-digit runs that are not valid CNS and 16-digit runs failing Luhn
(checked), UUIDs that are not Pix keys (e-signature envelopes, correlation ids; checked not to sit
after "chave"), private IPs (checked), the ids and clinical values listed above, money, laws and
rules (Lei 11.105/2005, art. 5º; Resolução CFM nº 2.320/2022; RDC ANVISA nº 771/2022; Provimento
CNJ nº 149/2023; Lei 9.656/1998, art. 10, III; RN ANS nº 465/2021; Tema 1.067 do STJ; REsp
1.918.421/SP; Código Civil art. 1.597; Lei 13.709/2018; Lei 13.787/2018; Lei 9.250/1995; LC
116/2003), companies named after people or words, streets named after people outside an address,
dates that are not birth dates, masked CPFs and card endings.
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
SEED = 9999
OUT_NAME = "ninetyninth.jsonl"

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


def lo(s: str) -> str:
    return fold(s).lower()


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
          "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UNITS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
         "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned, coined
# or foreign names that are not in the common Brazilian name lists; main() prints their share.

COMMON_F = ["Maria", "Ana", "Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia",
            "Mariana", "Gabriela", "Beatriz", "Larissa", "Vanessa", "Luana", "Tatiane", "Daniele", "Raquel", "Carolina",
            "Priscila", "Renata", "Natália", "Thaís", "Paula", "Cristina", "Ana Carolina", "Maria Eduarda", "Débora",
            "Viviane", "Michele"]
COMMON_M = ["José", "João", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael", "Daniel",
            "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Gustavo", "Mateus", "Diego", "Thiago", "Leandro",
            "Fábio", "Ricardo", "André", "Henrique", "Vinícius", "Renato", "João Pedro", "Luiz Fernando"]
RARE_F = ["Aldenora", "Clemilda", "Dorilene", "Francinete", "Gildete", "Ivaneide", "Josenilda", "Lindalva", "Mirtes",
          "Odaléia", "Rosilda", "Zulmira", "Ednalva", "Gracinete", "Cremilda", "Eulália", "Filomena", "Idalina",
          "Leopoldina", "Quitéria", "Jandira", "Valquíria", "Deolinda", "Marilac", "Kellyane", "Thayslane", "Raylla",
          "Dhiennifer", "Jhullya", "Myllena", "Sthefanny", "Lohanny", "Brunnelly", "Wandressa", "Kemilly", "Yasmyn",
          "Rhuanna", "Eloá Vitória", "Gleicy", "Daiara"]
RARE_M = ["Ademílson", "Cleidson", "Dorgival", "Edinaldo", "Florisvaldo", "Gecivaldo", "Jucelino", "Lindomar",
          "Manoelito", "Orlandino", "Sinfrônio", "Teotônio", "Ubirajara", "Valdeci", "Anacleto", "Belarmino",
          "Crisóstomo", "Deodato", "Eleutério", "Gumercindo", "Inocêncio", "Januário", "Olegário", "Maxsuel",
          "Wellerson", "Rhuan", "Ueverton", "Jhordan", "Keverson", "Dyego", "Uóshington", "Érick Yago", "Josemar",
          "Cledivaldo", "Hermógenes", "Arquimedes"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Esperança", "Graça", "Pérola", "Serena",
          "Maria da Luz", "Maria das Graças", "Rosa Maria", "Maria Flor"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Justo", "Modesto", "Leão", "Vitório", "Branco", "Feliz"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida",
          "Nascimento", "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes",
          "Freitas", "Cardoso", "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo",
          "Castro", "Azevedo", "Monteiro"]
RARE_SUR = ["Gadelha", "Bessa", "Queiroga", "Jucá", "Cisneiros", "Sobreira", "Anchieta", "Baraúna", "Esmeraldo",
            "Frota", "Landim", "Mourão", "Paranaguá", "Uchôa", "Varjão", "Quixadá", "Arrais", "Bringel", "Ximenes",
            "Otoni", "Gurgel", "Nepomuceno", "Pimentel Brasil", "Cabral de Mello", "Sucupira", "Torreão", "Aires", "Coriolano", "Pitombeira", "Evangelista", "Juvêncio", "Moraes Sarmento",
            "Albuquerque Lins", "Tenório", "Candeia", "Rolim"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo",
            "Neves", "Pinheiro", "Fontes", "Campos", "Serra", "Vale", "Graça", "Paixão", "Esperança", "Aurora", "Cordeiro"]
NICK = {"José": "Zé", "João": "Joca", "Maria": "Mariazinha", "Francinete": "Neta", "Josenilda": "Nilda", "Zulmira": "Mira",
        "Gildete": "Dete", "Lindalva": "Linda", "Quitéria": "Teca", "Leopoldina": "Dina", "Eulália": "Lalá",
        "Gumercindo": "Cindo", "Sinfrônio": "Frôni", "Teotônio": "Tonico", "Januário": "Nonô", "Anacleto": "Cleto",
        "Maria das Graças": "Gracinha", "Maria da Luz": "Luzinha", "Rosa": "Rosinha", "Bento": "Bentinho",
        "Ubirajara": "Bira", "Valquíria": "Val", "Cremilda": "Mida", "Belarmino": "Mino", "Eleutério": "Téo",
        "Kellyane": "Kelly", "Gabriela": "Gabi", "Fernanda": "Nanda", "Rafael": "Rafa", "Luiz Fernando": "Nando",
        "Thiago": "Thi", "Daniele": "Dani", "Mariana": "Mari", "Juliana": "Ju", "Wellerson": "Well"}
FOREIGN = {
    "it": (["Giuliana", "Loredana", "Rossella"], ["Giuseppe", "Massimo", "Renzo"],
           ["Lucchesi", "Bortolotto", "Zambiasi", "Dal Molin", "Girardello", "Tessaro", "Pozzobon"]),
    "de": (["Irmgard", "Helga", "Ute"], ["Arno", "Helmut", "Volkmar"],
           ["Buss", "Dettmann", "Pagel", "Schroeder", "Tesch", "Lemke", "Ziemer"]),
    "jp": (["Harumi", "Sachiko", "Emiko"], ["Hiroshi", "Kenji", "Tadashi"],
           ["Yamashiro", "Kuniyoshi", "Tamashiro", "Oshiro", "Nakandakari", "Sakugawa"]),
    "ar": (["Najla", "Rania", "Leila"], ["Nagib", "Fuad", "Rachid"],
           ["Haddad", "Mattar", "Farah", "Nassif", "Chamas", "Abib"]),
    "kr": (["Hye-jin", "Soo-ah"], ["Jae-won", "Sung-min"], ["Choi", "Yoon", "Han", "Seo"]),
    "cn": (["Xiaomei", "Lihua"], ["Zhiwei", "Haoran"], ["Wu", "Chen", "Lin", "Zhou"]),
    "ht": (["Mirlande", "Guerline", "Roseline"], ["Jean-Claude", "Dieudonné", "Wilner"],
           ["Jean-Baptiste", "Célestin", "Dorvil", "Joseph", "Estimé"]),
    "ao": (["Nsimba", "Kieza", "Wandi"], ["Kalunga", "Nkosi", "Sebastião Ndala"], ["Kassoma", "Chipenda", "Mateta", "Lukamba"]),
    "sn": (["Fatou", "Aminata", "Khady"], ["Mamadou", "Cheikh", "Ousmane"], ["Ndiaye", "Diop", "Sow", "Fall"]),
    "in": (["Potyra", "Tainá", "Yarusha"], ["Ubiratã", "Piatã", "Kauã Poty"],
           ["Karajá", "Baniwa", "Tukano", "Munduruku", "Xakriabá"]),
    "jw": (["Raquel Sara", "Rivka", "Hanna"], ["Moshe", "Shlomo", "Ariel"],
           ["Rosenberg", "Feldman", "Grinberg", "Zilberman", "Fainzilber"]),
    "bo": (["Wilma", "Filomena Rosa", "Justina"], ["Wilfredo", "Remigio", "Fermín"], ["Mamani", "Choque", "Apaza", "Ticona", "Copa"]),
    "gr": (["Eleni", "Despina"], ["Konstantinos", "Stavros"], ["Papadopoulos", "Kalogeras", "Triantafyllou"]),
    "sy": (["Rasha", "Hiba"], ["Bassel", "Ghassan"], ["Hallak", "Sabbagh", "Kayyali"]),
    "ng": (["Chiamaka", "Ngozi"], ["Emeka", "Oluwaseun"], ["Okafor", "Adeyemi", "Nwosu"]),
    "pe": (["Rosario", "Yesenia"], ["Wilber", "Édgar"], ["Huamán", "Ccori", "Quispe Tito"]),
}
RARE_ORIGINS = ("kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "gr", "sy", "ng", "pe")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
RARE.update(["Loredana", "Rossella", "Lucchesi", "Bortolotto", "Zambiasi", "Girardello", "Tessaro", "Pozzobon", "Irmgard",
             "Ute", "Volkmar", "Dettmann", "Pagel", "Tesch", "Ziemer", "Kuniyoshi", "Tamashiro", "Nakandakari", "Sakugawa",
             "Harumi", "Tadashi", "Najla", "Rania", "Nagib", "Fuad", "Rachid", "Chamas", "Abib", "Nassif"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Graça", "Paixão", "Rocha", "Esperança"}
DO_SUR = {"Nascimento", "Vale"}
DOS_SUR = {"Santos", "Campos"}


def particle(surname: str) -> str:
    if surname in DA_SUR:
        return "da"
    if surname in DO_SUR:
        return "do"
    if surname in DOS_SUR:
        return "dos"
    return "de"


DDDS = ["11", "12", "13", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43",
        "44", "47", "48", "51", "53", "54", "61", "62", "65", "67", "71", "73", "75", "79", "81", "82", "83", "84",
        "85", "86", "88", "91", "92", "95", "96", "98"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Vila"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "das Hortênsias", "da Aurora", "Estrela do Mar",
                "Doutor Nagib Haddad", "Dom Pedro II", "Coronel Gadelha", "Professora Eulália Sobreira", "Tiradentes",
                "Quinze de Novembro", "Marechal Floriano", "da Paz", "Luz do Sol", "Rosa e Silva", "Amado Nervo",
                "Castro Alves", "Santos Dumont", "Frei Caneca", "Irmã Dulce", "dos Jasmins", "Visconde de Pirajá",
                "Ana Néri", "das Gestantes", "Getúlio Vargas", "Sete de Setembro", "das Acácias", "Senador Queiroga",
                "Monsenhor Otoni", "São Bento", "Beira-Mar", "Vitória Régia", "dos Ipês", "Engenheiro Jucá",
                "Flor de Liz", "Padre Cícero", "Pioneiro Arno Buss", "Cônego Landim", "Graça Aranha"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Ribeirão Preto", "SP"), ("Santos", "SP"), ("Presidente Prudente", "SP"),
          ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"), ("Uberlândia", "MG"),
          ("Vitória", "ES"), ("Vila Velha", "ES"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Florianópolis", "SC"), ("Joinville", "SC"), ("Blumenau", "SC"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"),
          ("Santa Rosa", "RS"), ("Caxias do Sul", "RS"), ("Goiânia", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"),
          ("Cuiabá", "MT"), ("Salvador", "BA"), ("Feira de Santana", "BA"), ("Recife", "PE"), ("Caruaru", "PE"),
          ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("João Pessoa", "PB"), ("Natal", "RN"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Teresina", "PI"), ("São Luís", "MA"), ("Belém", "PA"), ("Manaus", "AM"), ("Boa Vista", "RR"),
          ("Nova Aurora", "PR"), ("Esperança", "PB")]
UFS = ["SP", "RJ", "MG", "RS", "PR", "SC", "BA", "PE", "CE", "GO", "PA", "AM", "DF", "ES", "MA", "RN", "PB", "MT",
       "MS", "PI", "SE", "AL"]
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Glória", "Boa Viagem", "Pituba", "Aldeota",
           "Moinhos de Vento", "Savassi", "Batel", "Jardim Paulista", "Tijuca", "Meireles", "Praia do Canto",
           "Jardim Esperança", "Vila Estrela", "Parque das Flores", "Bairro da Luz", "Cidade Nova", "Asa Sul"]

CLINICS = ["Clínica Aurora de Reprodução Humana", "Instituto Flor da Vida — Medicina Reprodutiva", "Fertilitá Centro de Fertilidade",
           "Gênesis Reprodução Assistida", "Centro de Fertilidade Luz", "Ninho Medicina Reprodutiva", "Clínica Semear",
           "Instituto Bento Queiroga de Reprodução Humana", "Cegonha Clínica de Fertilidade", "Vitória Fertilidade",
           "Primavera Medicina Reprodutiva", "Origem Clínica de Reprodução", "Centro de Reprodução Humana Prudente Amado",
           "Hospital Santa Rosa — Unidade de Reprodução Humana"]
PUBLIC_SERVICES = ["Hospital Regional da Mulher Prudente de Morais", "Centro de Referência da Saúde da Mulher Aurora",
                   "Hospital das Clínicas — Setor de Reprodução Humana", "Maternidade Escola Santa Rosa"]
BRAND = {"Clínica Aurora de Reprodução Humana": "Clínica Aurora", "Instituto Flor da Vida — Medicina Reprodutiva": "Flor da Vida",
         "Fertilitá Centro de Fertilidade": "Fertilitá", "Gênesis Reprodução Assistida": "Gênesis", "Centro de Fertilidade Luz": "Fertilidade Luz",
         "Ninho Medicina Reprodutiva": "Ninho", "Clínica Semear": "Semear", "Instituto Bento Queiroga de Reprodução Humana": "Instituto Bento Queiroga",
         "Cegonha Clínica de Fertilidade": "Cegonha", "Vitória Fertilidade": "Vitória Fertilidade", "Primavera Medicina Reprodutiva": "Primavera",
         "Origem Clínica de Reprodução": "Origem", "Centro de Reprodução Humana Prudente Amado": "CRH Prudente Amado",
         "Hospital Santa Rosa — Unidade de Reprodução Humana": "Repro Santa Rosa"}
BANKS_SEMEN = ["Banco de Sêmen Estrela do Sul", "CryoGen Banco de Células Germinativas", "Pró-Sêmen BCTG", "Northbay Cryobank (EUA)",
               "Banco de Óvulos Aurora", "Semente BCTG Ltda."]
GEN_LABS = ["GeneFértil Laboratório", "Laboratório Amado Genética", "DNA Origem Diagnósticos", "Helix PGT Genômica",
            "Lab Vitória Citogenética"]
FINTECHS = ["Crédito Esperança S.A. SCD", "FertiPay Soluções Financeiras", "Semente Crédito", "Bento Capital SCD S.A.",
            "Cegonha Pay Instituição de Pagamento"]
PLANS = ["Amado Saúde", "Rosa dos Ventos Saúde", "Plano Vida Estrela", "Bem-Estar Saúde", "Cariri Saúde", "Nova Aurora Assistência Médica",
         "Prudente Saúde Empresarial", "Serra Azul Saúde"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nu Pagamentos"), ("077", "Banco Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"),
         ("212", "Banco Original"), ("422", "Safra")]
CIDS = [("N97.0", "infertilidade feminina associada à anovulação"), ("N97.1", "infertilidade feminina de origem tubária"),
        ("N97.2", "infertilidade feminina de origem uterina"), ("N97.9", "infertilidade feminina não especificada"),
        ("N46", "infertilidade masculina"), ("E28.2", "síndrome dos ovários policísticos"), ("N80.1", "endometriose do ovário"),
        ("N80.3", "endometriose do peritônio pélvico"), ("Z31.2", "fertilização in vitro"), ("Z31.5", "aconselhamento genético"),
        ("Z31.8", "outra medida de procriação especificada"), ("I86.1", "varizes escrotais (varicocele)"),
        ("D25.9", "leiomioma do útero"), ("E28.3", "insuficiência ovariana primária"), ("Q98.0", "síndrome de Klinefelter")]
DRUGS = ["folitropina alfa 225 UI", "menotropina 150 UI", "folitropina delta 12 mcg", "ganirrelix 0,25 mg", "cetrorrelix 0,25 mg",
         "alfacoriogonadotropina 250 mcg", "triptorrelina 0,2 mg", "progesterona micronizada 200 mg 8/8h",
         "estradiol 2 mg 12/12h", "letrozol 2,5 mg", "cabergolina 0,5 mg", "progesterona em gel vaginal 90 mg"]


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
        if g.startswith("Maria d") or g in ("Rosa Maria", "Maria Flor", "Ana Carolina", "Maria Eduarda", "João Pedro",
                                            "Luiz Fernando", "Eloá Vitória", "Raquel Sara", "Filomena Rosa", "Kauã Poty",
                                            "Érick Yago", "Sebastião Ndala"):
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


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "compact": f"{yy}{mm:02d}{dd:02d}", "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}",
            "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


def words_num(n: int) -> str:
    """Spoken Portuguese (lower case, no accents) for 0..99."""
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " e " + UNITS[u])


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
        """n digits that pass no identifier check of that length (protocols, prontuários, contracts)."""
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
        """A CPF-shaped number (dotted) that fails the check: a patient's typo."""
        return fmt_cpf(self.neg(11))

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.40:
            return self.pick(RARE_SUR)
        if r < 0.54:
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
                if " " not in surnames[pos]:
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
        """A sibling, parent or child: own given name, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def partner(self, of: Person, same_sex: bool = False) -> Person:
        female = of.female if same_sex else not of.female
        p = self.person(female=female)
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
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 4)) + self.d(7))
            if not cpf_ok(ddd + local):  # a raw 11-digit number never doubles as a valid CPF
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}",
                "e164": f"+55{ddd}{local}", "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}",
                "nospace": f"({ddd}){h}-{t}", "wa": f"+55 {ddd} {h}-{t}", "dot": f"{ddd}.{h}.{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

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

    def bank(self) -> tuple[str, str]:
        return self.pick(BANKS)

    # ----------------------------------------------------------------- network
    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3 if pre in ("2804", "2801") else 2)]
        addr = pre + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}", f"::{self.hexs(3)}:{self.hexs(4)}"])
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
        num = str(self.ri(3, 3999)) if self.chance(0.93) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1804)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 2210)}", f"sala {self.ri(101, 1520)}", f"cobertura {self.ri(1, 3)}",
                          f"Torre {self.ri(1, 4)}, apto {self.ri(11, 254)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr", "Praça": "pç"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower() if t != "Praça" else s.lower()
        if style == "stt":
            s = f"{t} {name} {num if num != 's/n' else 'sem numero'}" + (f" {comp}" if comp else "")
            return fold(s).lower().replace("apto", "apartamento").replace("ap.", "apartamento")
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr.", "Praça": "Pç."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def company_address(self) -> str:
        """A clinic's or a company's seat (never labelled)."""
        return (f"{self.pick(['Rua', 'Avenida', 'Av.', 'Alameda'])} {self.pick(STREET_NAMES)}, {self.ri(10, 4999)}"
                + self.pick(["", f", {self.ri(2, 22)}º andar", f", conj. {self.ri(11, 220)}", f", salas {self.ri(101, 900)} a {self.ri(901, 1500)}",
                             " — Torre Médica"]))

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1975, hi: int = 2000) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1975, hi: int = 2000) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def fdob(self, fmt: str | None = None) -> str:
        """A woman in treatment (or freezing her eggs)."""
        return self.dob(fmt, 1977, 1999)

    def mdob(self, fmt: str | None = None) -> str:
        return self.dob(fmt, 1968, 1998)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2024, 2025, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28))

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moments(self, n: int, start: datetime.date | None = None, days: int = 2,
                hours: tuple[int, int] = (0, 24)) -> list[datetime.datetime]:
        start = start or self.day()
        base = datetime.datetime(start.year, start.month, start.day)
        out = []
        for s in sorted(self.rng.sample(range(days * 86400), n)):
            t = base + datetime.timedelta(seconds=s)
            if not hours[0] <= t.hour < hours[1]:
                t = t.replace(hour=self.ri(hours[0], hours[1] - 1))
            out.append(t)
        return sorted(out)

    def hm(self) -> str:
        return f"{self.ri(7, 19):02d}:{self.ri(0, 59):02d}"

    def money(self, lo: int = 20, hi: int = 5000) -> str:
        v = self.ri(lo * 100, hi * 100)
        r, c = divmod(v, 100)
        return f"{r:,}".replace(",", ".") + f",{c:02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.16", "8.24", "8.05", "8.17", "8.06", "8.07", "8.09"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2019, 2026)}.{seg}.{self.d(4)}"

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
        if kind == "CRBM":
            return self.pick([f"CRBM-{self.ri(1, 6)} {self.d(5)}", f"CRBM {self.ri(1, 6)}ª Região nº {self.d(4)}", f"CRBM/{uf} {self.d(5)}"])
        if kind == "CRBio":
            return self.pick([f"CRBio {self.d(5)}/{self.ri(1, 8):02d}-D", f"CRBio-{self.ri(1, 8)} {self.d(5)}/{self.ri(1, 8):02d}",
                              f"CRBio nº {self.d(6)}/{self.ri(1, 8):02d}-D"])
        if kind == "CRF":
            return self.pick([f"CRF-{uf} {self.d(5)}", f"CRF/{uf} {self.d(4)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])

    # ----------------------------------------------------------------- register-specific ids (never labelled)
    def donor_code(self, female: bool = False) -> str:
        return self.pick([f"D-{self.ri(1000, 9999)}", f"{self.up(2)}{self.ri(100, 9999)}", f"#{self.ri(10000, 99999)}",
                          f"DS-{self.d(5)}"]) if not female else self.pick([f"OV-{self.ri(1000, 9999)}", f"DO-{self.d(4)}",
                                                                            f"DOA-{self.up(1)}{self.d(3)}"])

    def embryo_id(self, cycle: str | None = None, k: int | None = None) -> str:
        cycle = cycle or self.cycle_id()
        return f"{cycle}-E{k or self.ri(1, 9)}"

    def cycle_id(self) -> str:
        return self.pick([f"C{self.ri(24, 26)}-{self.d(4)}", f"FIV{self.ri(2024, 2026)}/{self.d(4)}", f"CIC-{self.d(5)}"])

    def prontuario(self) -> str:
        return self.pick([self.d(6), f"{self.d(2)}.{self.d(3)}", f"PR-{self.d(6)}", self.neg(11)])

    def straw(self) -> str:
        return f"{self.pick(['P', 'PL', 'CBS', 'HS'])}-{self.d(5)}"

    def tank(self) -> str:
        return f"Tanque {self.ri(1, 6)} / Canister {self.pick('ABCDEF')} / Rack {self.ri(1, 12)} / Pos. {self.ri(1, 10)}"

    def grade(self, day: int = 5) -> str:
        if day == 3:
            return f"{self.pick([6, 7, 8, 8, 8, 9, 10])}{self.pick('AABBC')}"
        return f"{self.pick('3445556')}{self.pick('AABBC')}{self.pick('AABBC')}"

    def anvisa_proc(self) -> str:
        return f"25351.{self.d(6)}/{self.ri(2024, 2026)}-{self.d(2)}"

    def sisembrio(self) -> str:
        return f"{self.ri(10, 53)}.{self.d(4)}-{self.d(1)}"

    def cnes(self) -> str:
        return self.d(7)

    def cid(self) -> tuple[str, str]:
        return self.pick(CIDS)

    def carteira(self) -> str:
        """A health plan's beneficiary card number (not labelled)."""
        return self.pick([f"{self.d(3)} {self.d(4)} {self.d(6)} {self.d(2)}-{self.d(1)}", f"0{self.d(16)}", f"{self.d(4)}.{self.d(4)}.{self.d(6)}.{self.d(2)}"])


def dob_age(g: Gen, at: datetime.date, fmt: str, lo: int = 1977, hi: int = 1999) -> tuple[str, int]:
    """A birth date and the age on a given day."""
    dd, mm, yy = g.dob_parts(lo, hi)
    age = at.year - yy - ((at.month, at.day) < (mm, dd))
    return fmt_date(dd, mm, yy, fmt), age


def spoken_dob(g: Gen, lo: int = 1975, hi: int = 1999) -> str:
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
            "clf": f"{t.day:02d}/{MON_EN[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')} -0300",
            "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"),
            "hl7": t.strftime("%Y%m%d%H%M%S")}[fmt]


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
            "lowshort": fold(p.short).lower()}[form]


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


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.3):
        return f"{f[0]}{l}@{dom}"
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def dom_of(company: str) -> str:
    w = [x for x in re.sub(r"[^a-z ]", "", fold(company).lower()).split()
         if x not in ("de", "da", "do", "dos", "ltda", "e", "sa", "me", "centro", "clinica", "instituto", "medicina",
                      "hospital", "unidade", "reproducao", "humana", "banco", "laboratorio", "bctg", "scd", "s", "a", "em",
                      "solucoes", "financeiras", "de", "instituicao", "pagamento", "fertilidade", "assistida")]
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


def join_names(doc: Doc, names: list[str], last: str = " e ") -> None:
    for k, n in enumerate(names):
        if k:
            doc.t(last if k == len(names) - 1 else ", ")
        doc.e(n, "PERSON")


PROFS_F = ["advogada", "professora", "engenheira", "servidora pública", "arquiteta", "empresária", "enfermeira", "jornalista",
           "analista de sistemas", "dentista", "psicóloga", "bancária", "farmacêutica", "autônoma", "publicitária"]
PROFS_M = ["engenheiro", "advogado", "empresário", "médico veterinário", "professor", "analista financeiro", "servidor público",
           "comerciante", "representante comercial", "policial militar", "autônomo", "contador", "piloto de avião", "músico"]


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = True, dob: bool = False, rg: bool = True, email: bool = True,
            addr: bool = True, phone: bool = False, civil: str | None = None, titulo: bool = False,
            where: tuple[str, str] | None = None) -> None:
    """Qualification of a natural person in a contract, a term or a petition."""
    city, uf = where or g.city()
    doc.f("«n», «nac», «ec», «prof», ", n=P(p.caps if caps else p.full), nac="brasileira" if p.female else "brasileiro",
          ec=civil or (g.pick(["casad", "solteir", "divorciad", "em união estável, solteir"]) + p.o), prof=g.pick(PROFS_F if p.female else PROFS_M))
    if dob:
        doc.f("nascid«o» em «d», ", o=p.o, d=(g.dob(g.pick(["br", "long"]), 1972, 1999), "DATE_OF_BIRTH"))
    if rg and g.chance(0.12):
        doc.f("portador«a» da CNH nº «cnh» (DETRAN/«uf»), ", a="a" if p.female else "", cnh=(g.cnh(), "BR_CNH"), uf=uf)
    elif rg:
        doc.f("portador«a» da cédula de identidade RG nº «rg» «org», ", a="a" if p.female else "", rg=(g.rg(), "BR_RG"),
              org=g.pick(["SSP/" + uf, "SSP-" + uf, "SESP/" + uf, "IIRGD/" + uf, "DETRAN/" + uf]))
    doc.f("inscrit«o» no CPF/MF sob o nº «cpf»", o=p.o, cpf=(g.cpf(), "BR_CPF"))
    if titulo:
        doc.f(", título de eleitor nº «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if addr:
        doc.f(", residente e domiciliad«o» na «ad», «b», «city»/«uf», CEP «cep»", o=p.o, ad=(g.address(), "ADDRESS"),
              b=g.pick(BAIRROS), city=city, uf=uf, cep=(g.cep(), "BR_CEP"))
    if email:
        doc.f(", e-mail «e»", e=(g.email(p), "EMAIL_ADDRESS"))
    if phone:
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))


def person_of(g: Gen, female: bool | None = None) -> Person:
    return g.person(female=female)


# TEMPLATES_START
# =========================================================================== atendimento

BOTS = ["Cegonha Virtual", "Lia (assistente virtual)", "Fertibot", "Aurora (assistente)", "Semente"]


def wa_header(t: datetime.datetime, ios: bool) -> str:
    return ts(t, "waios") + " " if ios else ts(t, "wa") + " - "


def at_whatsapp_recepcao(g: Gen) -> Doc:
    """WhatsApp export between a patient and the reception (atendimento) of an IVF clinic."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    pat = g.person(female=True)
    same = g.chance(0.2)
    part = g.partner(pat, same_sex=same)
    att = g.person(female=g.chance(0.85))
    doctor = g.person()
    ios = g.chance(0.5)
    day = g.day()
    it = iter(g.moments(16, day, 3, (7, 22)))
    saved = g.chance(0.3)
    ddd, local = g.msisdn()
    pat_label = g.pick([pat.short, pat.first, pat.full, pat.nick])
    biz = g.pick([clinic.split(" — ")[0], BRAND[clinic] + " Atendimento", "Recepção " + BRAND[clinic], BRAND[clinic]])
    doc.t(f"Conversa do WhatsApp com {biz}\n")
    if not ios:
        doc.t(f"{ts(next(it), 'wa')} - As mensagens e as ligações são protegidas com a criptografia de ponta a ponta.\n")
    else:
        next(it)

    def line(who: str, msg: str, **kw) -> None:
        doc.t(wa_header(next(it), ios))
        if who == "p":
            if saved:
                doc.e(pat_label, "PERSON")
                doc.t(g.pick(["", "", " 🌷", " (paciente)"]) if pat_label in (pat.first, pat.nick) else "")
            else:
                doc.e(g.fmt_phone(ddd, local, "wa"), "PHONE_NUMBER")
        else:
            doc.t(biz)
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    topic = g.pick(["primeira", "beta", "medicacao", "pix"])
    line("p", g.pick(["Boa tarde! Gostaria de agendar uma primeira consulta de fertilidade", "oi, bom dia. sou paciente da Dra. «d» e preciso de uma informação",
                      "Olá! Vi o perfil de vcs no Instagram. Vcs fazem congelamento de óvulos?"]), d=P(doctor.first))
    line("c", "Olá! Aqui é «a», da recepção 🌸 Para localizar ou criar seu cadastro, me envie por favor nome completo, CPF e data de nascimento.",
         a=P(g.pick([att.first, att.short])))
    if g.chance(0.25):
        line("p", "«n» «c»", n=P(g.pick([pat.full, pat.caps])), c=g.neg_cpf())
        line("c", "Acho que o CPF veio com um número trocado, pode conferir? 🙏")
    line("p", "«n»\nCPF «c»\nnasc. «d»", n=P(g.pick([pat.full, pat.low])), c=(g.cpf(), "BR_CPF"), d=(g.fdob(g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"))
    if topic == "primeira":
        line("c", "Obrigada! Vocês vêm em casal? Se sim, preciso dos dados d«x» parceir«o» também (nome, CPF e nascimento).",
             x="a" if part.female else "o", o=part.o)
        line("p", "sim, «r» é «n», CPF «c», nasceu «d». e-mail pra mandar as orientações: «e»",
             r=g.pick(["minha esposa", "minha companheira"]) if part.female else g.pick(["meu marido", "meu companheiro", "meu noivo"]),
             n=P(g.pick([part.full, part.short])), c=(g.cpf(), "BR_CPF"), d=(g.dob(g.pick(["br", "nopad"]), 1970, 1998), "DATE_OF_BIRTH"),
             e=(g.email(pat), "EMAIL_ADDRESS"))
        line("c", "Agendado ✅ Primeira consulta com Dr«a». «d» dia «dt» às «h». Tragam exames anteriores (AMH, espermograma, histerossalpingografia) e documento com foto. "
             "A consulta é particular (R$ «v»), emitimos recibo para reembolso.",
             a="a" if doctor.female else "", d=P(doctor.short), dt=dbr(g.after(day, 5, 30)), h=g.hm(), v=g.money(450, 1200))
        line("p", g.pick(["Foi uma vitória conseguir vaga, obrigada!!", "perfeito, obrigada", "ok! meu plano é o «pl», cobre alguma coisa?"]), pl=g.pick(PLANS))
    elif topic == "beta":
        line("c", "Recebi seu resultado, «n». O beta-hCG de «dt» deu «v» mUI/mL (positivo acima de 25). A Dra. vai te ligar ainda hoje 💛",
             n=P(pat.first), dt=dbr(g.after(day, -1, 0)), v=f"{g.ri(60, 900)},{g.d(1)}")
        line("p", "meu deus!!! 😭😭 pode ligar no celular do meu «r» também, «n», «t»",
             r="marido" if not part.female else "esposa", n=P(g.pick([part.first, part.nick])), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        line("c", "Anotado! Mantenha a progesterona até a consulta. Repetimos o beta em 48h (dia «dt»).", dt=dbr(g.after(day, 2, 3)))
    elif topic == "medicacao":
        cr = g.person(female=False)
        line("c", "A farmácia parceira vai entregar as medicações do estímulo (precisam de geladeira). Confirma o endereço de entrega?")
        line("p", "«ad», «b». cep «cep». se eu não estiver, deixa com a «v» na portaria", ad=(g.address(g.pick(["text", "low"])), "ADDRESS"),
             b=g.pick(BAIRROS), cep=(g.cep(g.chance(0.7)), "BR_CEP"), v=P(g.pick(["Rosa", "Luz", "Flor", g.person(female=True).first])))
        line("c", "Saiu para entrega com o motoboy «m», placa «pl». Caixa térmica com gelo reciclável; guardar na geladeira (não no congelador).",
             m=P(g.pick([cr.first, cr.short])), pl=(g.plate(), "LICENSE_PLATE"))
        line("p", "chegou! a caixinha veio com laço rosa kkk amei")
    else:
        line("c", "Para confirmar a reserva da punção, o sinal é de R$ «v». Pix (chave aleatória): «k»", v=g.money(800, 3000), k=(g.uuid(), "PIX_KEY"))
        line("p", "‎imagem ocultada" if ios else "<Mídia oculta>")
        line("p", "pago. o comprovante saiu no nome do meu «r» «n»", r="pai" if g.chance(0.3) else ("marido" if not part.female else "sogro"),
             n=P(g.pick([g.person(female=False).full, part.full if not part.female else g.person(female=False).short])))
        line("c", "Recebido, obrigada! Emitimos a nota no CPF da paciente, tudo bem?")
    if g.chance(0.45):
        line("p", "outra coisa: vocês mandam o relatório pro meu e-mail novo? «e»", e=(g.email(pat), "EMAIL_ADDRESS"))
        line("c", "Atualizei o cadastro 😊")
    line("c", "Qualquer dúvida estamos por aqui. Horário de atendimento: seg a sex, 7h às 19h. Telefone fixo «t».",
         t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    return doc


def at_portal_chat(g: Gen) -> Doc:
    """A patient-portal chat (virtual assistant, then a human agent) about embryo custody, reports or a card payment."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    bot = g.pick(BOTS)
    pat = g.person(female=g.chance(0.85))
    ag = g.person()
    start = g.moments(1, None, 1, (8, 22))[0]
    k = iter([start + datetime.timedelta(seconds=s) for s in sorted(g.sample(range(5, 2400), 22))])
    user_mail = g.email(pat)
    ip = (g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv())
    doc.f("Portal do Paciente — «c»\nSessão «sid» · usuário «u» · IP «ip» · início «st» · atendimento nº «pr»\n\n",
          c=clinic, sid=g.hexs(12), u=(user_mail, "EMAIL_ADDRESS"), ip=ip, st=ts(start, "brs"), pr=g.protocol())
    ag_name = g.pick([ag.first, ag.short])
    named = g.chance(0.25)

    def line(who: str, msg: str, **kw) -> None:
        doc.t(f"({ts(next(k), 'hm')}) ")
        if who == "c":
            doc.t("Paciente: ")
        elif who == "a":
            if named:
                doc.e(ag_name, "PERSON")
                doc.t(" (Central de Relacionamento): ")
            else:
                doc.t("Atendente: ")
        else:
            doc.t(bot + ": ")
        doc.f(msg, **kw)
        doc.t("\n")

    line("b", "Olá, «n»! Como posso ajudar? 1) Resultados de exames 2) Criopreservação e anuidade 3) Financeiro 4) Falar com a equipe",
         n=P(pat.first))
    topic = g.pick(["custodia", "relatorio", "cartao", "divorcio"])
    line("c", {"custodia": "2", "relatorio": "1", "cartao": "3", "divorcio": "4"}[topic])
    line("b", "Vou te transferir para um atendente humano. Aguarde um instante 💛")
    line("a", "Oi, «n», tudo bem? Aqui é «a». Para sua segurança, confirme o CPF e a data de nascimento do titular do prontuário.",
         n=P(g.pick([pat.first, pat.full])), a=P(ag.first))
    line("c", "«c» / «d»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), d=(g.fdob(g.pick(["br", "nopad"])) if pat.female else g.mdob("br"), "DATE_OF_BIRTH"))
    cyc = g.cycle_id()
    if topic == "custodia":
        n = g.ri(1, 5)
        line("c", "recebi o boleto da anuidade dos embriões congelados (R$ «v»). não consigo pagar agora, dá pra parcelar?", v=g.money(900, 2400))
        line("a", "Localizei: «n» embrião(ões) do ciclo «cy» (ids «ids»), vitrificados em «dt». Podemos parcelar em até 3x no cartão ou via Pix recorrente.",
             n=n, cy=cyc, ids=", ".join(g.embryo_id(cyc, i) for i in g.sample(range(1, 9), n)), dt=dbr(g.after(g.day(), -900, -200)))
    elif topic == "relatorio":
        line("c", "preciso do relatório do espermograma e da embriologia pra levar na clínica nova. meu marido é o «m»",
             m=P(g.pick([g.person(female=False).full, g.person(female=False).short])))
        line("a", "Os laudos ficam disponíveis na aba Documentos. O relatório da embriologia é assinado pela embriologista «e» («cr») e sai em até 5 dias úteis.",
             e=P(g.person(female=True).short), cr=(g.council("CRBio"), "PROFESSIONAL_ID"))
    elif topic == "cartao":
        line("c", "o pagamento da medicação deu recusado no site. vou passar aqui: «cc» validade «vl» cvv «cv»",
             cc=(g.card(g.chance(0.6)), "CREDIT_CARD"), vl=f"{g.ri(1, 12):02d}/{g.ri(26, 33)}", cv=g.d(3))
        line("a", "Por segurança não digite dados de cartão no chat! Já apaguei a mensagem. Envio um link de pagamento para «e».", e=(user_mail, "EMAIL_ADDRESS"))
    else:
        ex = g.partner(pat)
        line("c", "me separei d«o» «n». quero saber o que acontece com os embriões, e não quero que liguem mais pro número del«o» «t»",
             o=ex.o, n=P(g.pick([ex.first, ex.full])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
        line("a", "Entendo. Pelo termo assinado, qualquer decisão sobre os embriões do ciclo «cy» precisa da manifestação de ambos. Vou encaminhar ao jurídico e à Dra. «d».",
             cy=cyc, d=P(g.person(female=True).last))
        if g.chance(0.6):
            line("c", "meu endereço novo é «ad», cep «cep»", ad=(g.address(g.pick(["low", "text"])), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    line("c", g.pick(["ok, obrigada", "obrigad" + pat.o, "certo. aguardo retorno"]))
    line("a", "Protocolo: «p». O prazo de retorno é de 2 dias úteis. Pode avaliar o atendimento ao fechar a janela ⭐", p=g.protocol())
    doc.f("\n[sessão encerrada por inatividade · transcrição enviada para «e»]\n", e=(user_mail, "EMAIL_ADDRESS"))
    if g.chance(0.6):
        doc.t("Últimos acessos desta conta:\n")
        for t in g.moments(g.ri(2, 3), start.date() - datetime.timedelta(days=20), 19, (6, 23)):
            doc.f("  «t»  «ip»  «dv»\n", t=ts(t, "br"), ip=(g.ip(), "IP_ADDRESS") if g.chance(0.8) else V(g.ip_priv()),
                  dv=g.pick(["app iOS", "app Android", "Chrome/Windows", "Safari/macOS"]))
    return doc


def at_ficha_casal(g: Gen) -> Doc:
    """First-consultation registration form of a couple (or a woman alone) at an IVF clinic."""
    doc = Doc()
    clinic = g.pick(CLINICS + PUBLIC_SERVICES[:2])
    public = clinic in PUBLIC_SERVICES
    pat = g.person(female=True)
    kind = g.pick(["hetero", "hetero", "hetero", "duas", "solo"])
    part = None if kind == "solo" else g.partner(pat, same_sex=(kind == "duas"))
    city, uf = g.city()
    style = g.pick(["box", "dots", "lines"])
    doc.f("«c»\nFICHA DE CADASTRO — PRIMEIRA CONSULTA     Prontuário nº «pr»     Data: «d»\n\n", c=fold(clinic).upper() if g.chance(0.4) else clinic,
          pr=g.prontuario(), d=dbr(g.day()))

    def block(title: str, p: Person, dobf, female_pat: bool) -> None:
        doc.t(title + "\n")
        fields = [("Nome", P(g.pick([p.full, p.caps])))]
        if g.chance(0.1):
            fields.append(("Nome social", P(g.person(female=not p.female).first)))
        fields += [("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")), ("Data de nascimento", (dobf(g.pick(["br", "br", "nopad"])), "DATE_OF_BIRTH")),
                   ("Profissão", V(g.pick(PROFS_F if p.female else PROFS_M))), ("Celular / WhatsApp", (g.phone(g.pick(["par", "plain", "nospace"])), "PHONE_NUMBER")),
                   ("E-mail", (g.email(p), "EMAIL_ADDRESS"))]
        if public:
            fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
        if g.chance(0.25):
            fields.append(("CNH", (g.cnh(), "BR_CNH")))
        kv_block(g, doc, fields, style)
        doc.t("\n")

    block("1. PACIENTE", pat, g.fdob, True)
    if part:
        block("2. PARCEIR" + ("A" if part.female else "O") + " / CÔNJUGE", part, g.fdob if part.female else g.mdob, False)
    doc.t("3. ENDEREÇO E CONVÊNIO\n")
    fields = [("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("Cidade/UF", V(f"{city}/{uf}")),
              ("CEP", (g.cep(g.chance(0.8)), "BR_CEP"))]
    if not public:
        fields += [("Convênio", V(g.pick(PLANS + ["Particular"]))), ("Carteirinha", V(g.carteira()))]
    kv_block(g, doc, fields, style)
    ref = g.person()
    emer = g.relative(pat)
    how = g.pick(["Instagram", "amiga que fez tratamento aqui", "Google", "plano de saúde", "médico de origem", "médico de origem"])
    doc.f("\n4. INDICAÇÃO: «how»\n", how=how)
    if how == "médico de origem" or g.chance(0.3):
        doc.f("   Médic«o» de origem: Dr«a». «n» — «crm»\n", o=ref.o, a="a" if ref.female else "", n=P(ref.full), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("   Contato de emergência: «n» («r») — «t»\n", n=P(g.pick([emer.full, emer.first])),
          r=g.pick(["mãe", "irmã", "tia", "amiga"]) if emer.female else g.pick(["pai", "irmão", "tio"]),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    cid, desc = g.cid()
    doc.f("\n5. HISTÓRIA (preenchimento da enfermagem)\n   Tentando engravidar há «y» anos. G«g»P«p»A«ab». Motivo da consulta: «m». Hipótese: «cid» — «desc».\n",
          y=g.ri(1, 8), g=(gg := g.ri(0, 3)), p=g.ri(0, gg), ab=g.ri(0, gg), m=g.pick(["infertilidade conjugal", "preservação da fertilidade (congelamento de óvulos)",
                                                                                   "produção independente com sêmen de doador", "gestação compartilhada (ROPA)",
                                                                                   "perdas gestacionais de repetição"]),
          cid=cid, desc=desc)
    nurse = g.person(female=True)
    doc.f("\n[x] Autorizo o uso dos meus dados para fins de tratamento (Lei 13.709/2018, art. 11, II, f)\n[«s»] Aceito receber comunicações por WhatsApp\n\n"
          "Cadastro realizado por: «n» — «co»\n", s=g.pick(["x", " "]), n=P(g.pick([nurse.full, nurse.short])), co=(g.council("COREN", uf), "PROFESSIONAL_ID")
          if g.chance(0.5) else V("recepção"))
    return doc


def at_email_banco_semen(g: Gen) -> Doc:
    """E-mail thread between a client and a sperm bank's coordinator: catalogue, reservation of straws, dry-shipper transport."""
    doc = Doc()
    bank = g.pick(BANKS_SEMEN[:4])
    clinic = g.pick(CLINICS)
    cli = g.person(female=True)
    wife = g.partner(cli, same_sex=True) if g.chance(0.4) else None
    coord = g.person()
    doctor = g.person()
    dom = dom_of(bank)
    day = g.day()
    t1 = g.moments(1, day, 1, (8, 22))[0]
    foreign = "EUA" in bank
    cli_mail = g.email(cli)
    doc.f("De: «n» <«e»>\nPara: atendimento@«dom»\nData: «t»\nAssunto: Reserva de amostras — doador «dc»\n\n",
          n=P(cli.full), e=(cli_mail, "EMAIL_ADDRESS"), dom=dom, t=ts(t1, "br"), dc=(dc := g.donor_code()))
    doc.f("Boa tarde! Sou paciente da «c», em acompanhamento com Dr«a». «d». Escolhemos o doador «dc» no catálogo e gostaríamos de reservar «q» amostras "
          "para FIV. Seguem meus dados:\n\nNome: «n»\nCPF: «cpf»\nNascimento: «dob»\nCelular: «tel»\nEndereço: «ad» — CEP «cep»\n",
          c=clinic, a="a" if doctor.female else "", d=P(doctor.short), dc=dc, q=g.pick(["2", "3", "4"]), n=P(cli.full), cpf=(g.cpf(), "BR_CPF"),
          dob=(g.fdob(), "DATE_OF_BIRTH"), tel=(g.phone(), "PHONE_NUMBER"), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    if wife:
        doc.f("Minha esposa, «n» (CPF «cpf»), também assina o termo — faremos gestação compartilhada.\n", n=P(wife.full), cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nObrigada,\n«s»\n\n", s=P(g.pick([cli.first, cli.full])))
    t2 = t1 + datetime.timedelta(hours=g.ri(2, 30))
    doc.f("-----\nDe: «n» <«e»>\nData: «t»\n\nOlá, «c»!\n\nConfirmo a disponibilidade do doador «dc». Resumo do catálogo:\n\n",
          n=P(coord.full), e=(corp_mail(coord, dom, g), "EMAIL_ADDRESS"), t=ts(t2, "br"), c=P(cli.first), dc=dc)
    rows = []
    for code in [dc] + [g.donor_code() for _ in range(g.ri(1, 2))]:
        rows.append([V(code), V(g.pick(["A+", "O+", "O-", "B+", "AB+", "A-"])), V(g.pick(["castanhos", "verdes", "azuis", "pretos"])),
                     V(f"1,{g.ri(65, 95)} m"), V(g.pick(["branca", "parda", "amarela", "preta"])),
                     V(g.pick(["estudante de medicina", "engenheiro", "músico", "professor de educação física", "analista de TI"])),
                     V(g.pick(["disponível", "últimas amostras", "esgotado"]))])
    table_md(doc, ["Doador", "ABO/Rh", "Olhos", "Altura", "Cor/raça", "Ocupação", "Status"], rows)
    doc.f("\nValor por amostra (palheta IUI/ICSI): R$ «v». Frete em botijão seco (dry shipper) até a «c»: R$ «fr».",
          v=g.money(1800, 4500), c=clinic, fr=g.money(350, 900))
    if foreign:
        doc.f(" Por ser importação, o processo de autorização na ANVISA (nº «an») leva cerca de 30 dias; a taxa é cobrada em dólar.", an=g.anvisa_proc())
    doc.f("\n\nPara reservar: Pix (chave aleatória) «k» ou cartão em até 6x pelo link. O doador permanece anônimo (Resolução CFM nº 2.320/2022); "
          "a clínica recebe apenas o código e o laudo sorológico.\n\nAtenciosamente,\n«n»\nCoordenação de Atendimento — «b»\n«tel»\n\n",
          k=(g.uuid(), "PIX_KEY"), n=P(coord.first if g.chance(0.5) else coord.full) if g.chance(0.6) else "Equipe de Atendimento", b=bank,
          tel=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"))
    t3 = t2 + datetime.timedelta(days=g.ri(3, 12))
    drv = g.person(female=False)
    doc.f("-----\nDe: logistica@«dom»\nData: «t»\nCc: «dm»\n\nAs «q» palhetas do doador «dc» saem hoje no botijão «bt» com o motorista «m» (veículo placa «pl»). "
          "Previsão de entrega na «c»: «pr». Quem recebe deve conferir o lacre e assinar o termo de transporte.\n",
          dom=dom, t=ts(t3, "br"), dm=(corp_mail(doctor, dom_of(clinic), g), "EMAIL_ADDRESS"), q=g.pick(["duas", "três", "quatro"]), dc=dc,
          bt=f"DS-{g.d(4)}", m=P(g.pick([drv.full, drv.short])), pl=(g.plate(), "LICENSE_PLATE"), c=clinic, pr=dbr(g.after(t3.date(), 1, 3)))
    return doc


def at_transcricao(g: Gen) -> Doc:
    """Speech-to-text transcript (lower case, no accents) of a call between an IVF clinic's nurse or reception and a patient."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    ag = g.person(female=g.chance(0.85))
    pat = g.person(female=True)
    case = g.pick(["beta", "gatilho", "puncao", "medicacao"])
    doc.f("[transcricao automatica | «c» | ramal «r» | «dir» | «dt» | duracao «mm»:«ss» | op «lg»]\n\n",
          c=lo(clinic), r=g.ri(200, 899), dir=g.pick(["ligacao ativa", "ligacao receptiva"]), dt=ts(g.moments(1, None, 1, (7, 20))[0], "sql"),
          mm=f"{g.ri(2, 12):02d}", ss=f"{g.ri(0, 59):02d}", lg=login(ag, g))
    A, C = g.pick([("enfermeira: ", "paciente: "), ("atendente: ", "paciente: ")])
    doc.f(A + "alo bom dia aqui e a «a» da «c» eu falo com a «n»\n" + C + "«x»\n", a=P(lo(g.pick([ag.first, ag.short]))), c=lo(clinic.split(" — ")[0]),
          n=P(lo(g.pick([pat.full, pat.first, pat.short]))), x=g.pick(["sou eu", "e ela", "isso pode falar"]))
    doc.f(A + "so pra confirmar seu cadastro me fala o cpf\n" + C + "«cpf»\n", cpf=(g.cpf("sp"), "BR_CPF"))
    doc.f(A + "e a data de nascimento\n" + C + "«d»\n", d=(spoken_dob(g, 1977, 1999), "DATE_OF_BIRTH"))
    if case == "beta":
        doc.f(A + "o seu beta saiu e deu positivo o valor foi «v» a doutora «d» quer repetir na quinta\n" + C + "nossa nao acredito vou avisar o «m»\n",
              v=words_num(g.ri(30, 99)) + " e " + words_num(g.ri(1, 9)), d=P(lo(g.person(female=True).last)), m=P(lo(g.person(female=False).first)))
    elif case == "gatilho":
        doc.f(A + "o ultrassom de hoje mostrou os foliculos no tamanho certo entao o gatilho e hoje as «h» em ponto a puncao fica pra «dd» as «h2»\n"
              + C + "precisa de acompanhante\n" + A + "precisa sim por causa da sedacao quem vem com voce\n" + C + "minha «r» «n»\n",
              h=g.pick(["vinte e duas horas", "vinte e uma e trinta", "vinte e tres horas"]), dd=g.pick(["quinta", "sexta", "sabado", "depois de amanha"]),
              h2=g.pick(["sete e meia", "oito horas", "nove"]), r=g.pick(["mae", "irma", "esposa", "amiga"]), n=P(lo(g.person(female=True).first)))
    elif case == "puncao":
        doc.f(A + "foram aspirados «o» ovulos e «m» estavam maduros o laboratorio fez icsi com a amostra do «p» e amanha a embriologista «e» liga com a fertilizacao\n"
              + C + "ta bom obrigada\n", o=words_num(g.ri(4, 19)), m=words_num(g.ri(2, 12)),
              p=g.pick(["seu marido", "doador", "seu companheiro"]), e=P(lo(g.person(female=True).first)))
    else:
        doc.f(A + "a medicacao vai ser entregue em casa qual o endereco\n" + C + "«ad»\n", ad=(g.address("stt"), "ADDRESS"))
        cp = g.cep(False)
        doc.f(A + "e o cep\n" + C + "«cep»\n", cep=(cp[:5] + " " + cp[5:] if g.chance(0.5) else " ".join(cp), "BR_CEP"))
    doc.t(A + "qual o melhor telefone pra gente falar com voce\n" + C)
    doc.f("«t»\n", t=(g.phone("stt"), "PHONE_NUMBER"))
    if case != "medicacao" and g.chance(0.4):
        doc.f(A + "vou mandar o termo impresso pelo correio confirma o endereco\n" + C + "«ad» cep «cep»\n", ad=(g.address("stt"), "ADDRESS"),
              cep=(g.cep(False), "BR_CEP"))
    if g.chance(0.7):
        doc.f(A + "e um segundo contato\n" + C + "do meu «r» «n» «t»\n", r=g.pick(["marido", "pai", "irmao"]), n=P(lo(g.person(female=False).first)),
              t=(g.phone("stt"), "PHONE_NUMBER"))
    doc.f(A + "o protocolo e «p» qualquer coisa liga pra gente boa sorte viu\n\n[fim | confianca 0,«k» | revisado: «r»]\n",
          p=" ".join(g.d(3) for _ in range(3)), k=g.ri(60, 97), r=g.pick(["nao", "sim — " + login(g.person(), g), "qa_" + g.d(3)]))
    return doc


def at_agendamento_api(g: Gen) -> Doc:
    """JSON from an IVF clinic's online scheduling API, the web server's access log and the IT analyst's note."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    day = g.day()
    dom = dom_of(clinic)
    doc.f("GET /api/v2/agenda?unidade=«u»&data=«d»  200 OK  («ms» ms)\n\n", u=g.pick(["matriz", "jardins", "barra", "centro", "sul"]), d=dbr(day, "iso"),
          ms=g.ri(40, 900))
    appts = []
    people = []
    for _ in range(g.ri(2, 4)):
        p = g.person(female=g.chance(0.8))
        people.append(p)
        a = {"id": g.ri(100000, 999999), "hora": g.hm(), "tipo": g.pick(["primeira_consulta", "us_seriada", "coleta_semen", "transferencia_embrionaria",
                                                                      "retorno", "aconselhamento_genetico"]),
             "profissional": {"nome": P(g.person().full), "conselho": (g.council("CRM"), "PROFESSIONAL_ID")} if g.chance(0.6) else
                             {"id": g.ri(100, 999), "conselho": (g.council("CRM"), "PROFESSIONAL_ID")},
             "paciente": {"nome": P(g.pick([p.full, p.caps])), "cpf": (g.cpf("raw"), "BR_CPF"),
                          "nascimento": ((g.fdob("iso") if p.female else g.mdob("iso")), "DATE_OF_BIRTH"),
                          "celular": (g.phone("e164"), "PHONE_NUMBER"), "email": (g.email(p), "EMAIL_ADDRESS") if g.chance(0.8) else None},
             "convenio": g.pick(PLANS + ["PARTICULAR", "PARTICULAR"]), "origem": g.pick(["site", "app", "whatsapp_bot", "recepcao"])}
        if g.chance(0.4):
            q = g.partner(p)
            a["acompanhante"] = {"nome": P(q.full), "cpf": (g.cpf("raw"), "BR_CPF") if g.chance(0.6) else None}
        if a["tipo"] == "transferencia_embrionaria":
            cy = g.cycle_id()
            a["obs"] = f"TE de 1 blastocisto ({g.embryo_id(cy)}, {g.grade()}) — bexiga cheia"
        appts.append(a)
    jval(doc, {"data": dbr(day, "iso"), "unidade": clinic, "agendamentos": appts}, 0)
    doc.t("\n\n# /var/log/nginx/access.log (trecho)\n")
    base = g.moments(1, day, 1, (6, 22))[0]
    for off in sorted(g.sample(range(1, 20000), g.ri(3, 5))):
        t = base + datetime.timedelta(seconds=off)
        pub = g.chance(0.65)
        ip = (g.ip(), "IP_ADDRESS") if pub else V(g.ip_priv())
        path = g.pick(["/api/v2/agenda", "/api/v2/pacientes/login", "/portal/resultados", "/api/v2/agenda/confirmar"])
        mail = V("")
        if g.chance(0.3):
            path = "/api/v2/pacientes/buscar?email="
            mail = (g.email(g.pick(people)), "EMAIL_ADDRESS")
        doc.f("«ip» - - [«t»] \"«m» «pa»«ml» HTTP/1.1\" «st» «b» \"-\" \"«ua»\"\n", ip=ip, t=ts(t, "clf"), m=g.pick(["GET", "POST"]), pa=path, ml=mail,
              st=g.pick(["200", "200", "201", "401", "302"]), b=g.ri(200, 9000), ua=g.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)", "okhttp/4.9.3",
                                                                                              "Mozilla/5.0 (Windows NT 10.0; Win64)"]))
    an = g.person()
    doc.f("\nNota de «n» (TI, «e»): a busca por e-mail grava o endereço do paciente na URL e, portanto, no log. Abrimos chamado «ch» para trocar por POST e "
          "expurgar os logs com mais de 30 dias (Lei 13.709/2018, art. 46).\n",
          n=P(an.full), e=(corp_mail(an, dom, g), "EMAIL_ADDRESS"), ch=f"INC-{g.d(6)}")
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """A complaint to the clinic's ombudsman (from a complaints site or the site form) and its internal handling."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    pat = g.person(female=True)
    part = g.partner(pat)
    ouv = g.person()
    city, uf = g.city()
    day = g.day()
    issue = g.pick(["cobranca", "descarte", "ligacao", "atraso"])
    doc.f("OUVIDORIA — «c»\nManifestação nº «m»   Canal: «can»   Recebida em «d»   Tipo: RECLAMAÇÃO\n\n",
          c=clinic, m=f"OUV-{day.year}-{g.d(5)}", can=g.pick(["site de reclamações", "formulário do site", "e-mail", "telefone"]), d=dbr(day))
    doc.f("Título público: \"«tt»\"\nAutor(a) (exibição pública): «n» — «city»/«uf»\n\n",
          tt={"cobranca": "Cobrança de anuidade de embriões que já foram transferidos", "descarte": "Clínica ameaça descartar nossos embriões",
              "ligacao": "Ligaram para minha mãe falando do meu tratamento", "atraso": "Resultado do PGT atrasado há 40 dias"}[issue],
          n=P(g.pick([pat.first, pat.first + " " + pat.last[0] + "."])), city=city, uf=uf)
    body = {"cobranca": "Fizemos a transferência dos dois últimos embriões em «d» e mesmo assim recebi boleto da anuidade de criopreservação de R$ «v». "
                        "Já mandei três e-mails e ninguém responde. Quero o estorno.",
            "descarte": "Recebemos uma carta dizendo que os embriões seriam descartados por abandono. Nunca abandonamos nada, só mudamos de cidade e "
                        "de telefone. Meu marido «p» está desesperado.",
            "ligacao": "A recepção ligou para o telefone da minha mãe e contou que eu estava fazendo FIV. Eu nunca autorizei esse contato. "
                       "Isso é dado sensível! Foi a atendente «a».",
            "atraso": "Pagamos R$ «v» pelo PGT-A de 4 embriões e o laudo do laboratório não chega. A transferência já foi remarcada duas vezes."}[issue]
    doc.t("Relato:\n")
    doc.f(body + "\n\n", d=dbr(g.after(day, -120, -30)), v=g.money(900, 6000), p=P(g.pick([part.first, part.full])),
          a=P(g.pick([g.person(female=True).first, "Luz", "Rosa"])))
    doc.t("— DADOS INTERNOS (não publicar) —\n")
    fields = [("Paciente", P(pat.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Nascimento", (g.fdob(), "DATE_OF_BIRTH")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(pat), "EMAIL_ADDRESS")), ("Prontuário", V(g.prontuario())),
              ("Cônjuge", P(part.full))]
    fields += [("Endereço" + (" atualizado" if issue == "descarte" else ""), (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    doc.f("\nTratativa («o», ouvidor«a»):\n", o=P(ouv.full), a="a" if ouv.female else "")
    t = g.moments(1, g.after(day, 0, 3), 1, (8, 18))[0]
    if issue == "cobranca":
        doc.f("«t» — confirmado no sistema: ciclo «cy» sem embriões remanescentes. Boleto cancelado. Estorno do valor pago para «b» ag. «ag» c/c «cc» "
              "(titular: «n»).\n", t=ts(t, "br"), cy=g.cycle_id(), b=g.bank()[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
              n=P(g.pick([pat.full, part.full])))
    elif issue == "descarte":
        doc.f("«t» — a notificação foi enviada ao endereço antigo por falta de atualização cadastral. Descarte suspenso; orientada a assinar o aditivo de custódia. "
              "Encaminhado ao jurídico (Dr«a». «adv», «oab»).\n", t=ts(t, "br"), a="a" if (adv := g.person()).female else "", adv=P(adv.short),
              oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    elif issue == "ligacao":
        doc.f("«t» — a mãe constava como contato de emergência («m», «tel»). Colaboradora reorientada; registrado incidente no encarregado de dados "
              "(dpo@«dom»). Contato de emergência removido a pedido da paciente.\n", t=ts(t, "br"), m=P(g.relative(pat, True).full),
              tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), dom=dom_of(clinic))
    else:
        doc.f("«t» — o laboratório «lab» informou reprocessamento de 2 amostras (falha de amplificação). Laudo previsto para «p». Cortesia: uma consulta de retorno.\n",
              t=ts(t, "br"), lab=g.pick(GEN_LABS), p=dbr(g.after(t.date(), 3, 10)))
    doc.f("Resposta pública publicada em «d». Status: «s».\n", d=dbr(g.after(t.date(), 0, 2)), s=g.pick(["respondida", "resolvida", "aguardando avaliação"]))
    return doc


AT = [at_whatsapp_recepcao, at_portal_chat, at_ficha_casal, at_email_banco_semen, at_transcricao, at_agendamento_api, at_ouvidoria]

# =========================================================================== juridico


def sign_line(doc: Doc, name: str, role: str, pid: tuple | None = None) -> None:
    doc.t("\n_______________________________________\n")
    doc.e(name, "PERSON")
    if pid:
        doc.t(" — ")
        doc.e(pid[0], pid[1])
    doc.t(f"\n{role}\n")


def ju_tcle_fiv(g: Gen) -> Doc:
    """Informed-consent term for IVF/ICSI, embryo cryopreservation and the fate of surplus embryos (divorce, death, abandonment)."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    a = g.person(female=True)
    kind = g.pick(["hetero", "hetero", "hetero", "duas", "solo"])
    b = None if kind == "solo" else g.partner(a, same_sex=(kind == "duas"))
    city, uf = g.city()
    doc.f("«c» — CNPJ «cnpj»\n\nTERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO\nFERTILIZAÇÃO IN VITRO (FIV/ICSI), CRIOPRESERVAÇÃO E DESTINO DOS EMBRIÕES\n"
          "Ciclo «cy» · Prontuário «pr»\n\n", c=fold(clinic).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), cy=g.cycle_id(), pr=g.prontuario())
    doc.t("Pelo presente instrumento, ")
    qualify(g, doc, a, caps=g.chance(0.6), dob=g.chance(0.6), email=g.chance(0.5), where=(city, uf), titulo=g.chance(0.2), phone=g.chance(0.5))
    if b:
        doc.t(", e ")
        qualify(g, doc, b, caps=g.chance(0.6), dob=g.chance(0.6), email=g.chance(0.5), addr=False, where=(city, uf))
        doc.t(", doravante denominados PACIENTES, declaram")
    else:
        doc.t(", doravante denominada PACIENTE, declara")
    doc.f(" ter sido informad«o»s pel«d» médic«d» assistente sobre as etapas do tratamento (estimulação ovariana, punção folicular sob sedação, "
          "fertilização por ICSI, cultivo embrionário até D5, transferência e criopreservação por vitrificação), seus riscos (síndrome de hiperestímulo "
          "ovariano — CID N98.1, gestação múltipla, gestação ectópica) e taxas de sucesso, nos termos da Resolução CFM nº 2.320/2022.\n\n",
          o="a" if (b is None or b.female) else "o", d="a" if g.chance(0.5) else "o")
    n_te = g.pick(["até 2 (dois)", "até 3 (três)", "1 (um)"])
    doc.f("1. O número de embriões a transferir será de «n», conforme a idade da paciente e a recomendação do CFM.\n"
          "2. Os embriões excedentes viáveis serão obrigatoriamente criopreservados, mediante contrato de custódia em separado.\n", n=n_te)
    num = 3
    if kind != "hetero":
        num = 4
        doc.f("3. Será utilizado sêmen de doador anônimo, código «dc», fornecido por «bk». O sigilo sobre a identidade do doador é mantido, "
              "ressalvadas as hipóteses médicas previstas.\n", dc=g.donor_code(), bk=g.pick(BANKS_SEMEN))
    doc.f("«k». DESTINO DOS EMBRIÕES CRIOPRESERVADOS (assinalar uma opção por item):\n", k=num)
    ca = g.ri(0, 3)
    xa = ["X" if i == ca else " " for i in range(4)]
    doc.f("   a) Divórcio, separação ou dissolução da união estável: [«a1»] descarte  [«a2»] doação a outro casal  [«a3»] doação para pesquisa "
          "(Lei 11.105/2005, art. 5º)  [«a4»] manutenção até decisão judicial\n", a1=xa[0], a2=xa[1], a3=xa[2], a4=xa[3])
    cb = g.chance(0.7)
    if b:
        doc.f("   b) Falecimento de um dos PACIENTES: [«b1»] descarte  [«b2»] autorizo a utilização pel«o» sobrevivente, «n», inclusive após meu falecimento "
              "(reprodução assistida post mortem)\n", b1=" " if cb else "X", b2="X" if cb else " ", o="a" if b.female else "o", n=P(g.pick([b.full, b.caps])))
    else:
        heir = g.relative(a)
        doc.f("   b) Falecimento da PACIENTE: [«b1»] descarte  [«b2»] doação para pesquisa. Pessoa a ser comunicada: «n», «t»\n", b1=" " if cb else "X",
              b2="X" if cb else " ", n=P(heir.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t("   c) Ausência de manifestação e inadimplência da custódia por 3 (três) anos: os embriões poderão ser descartados ou doados para pesquisa, "
          "após notificação ao último endereço informado.\n\n")
    dr = g.person()
    emb = g.person(female=g.chance(0.7))
    w1, w2 = g.person(), g.person()
    doc.f("«city», «d».\n", city=city, d=dbr(g.day(), "long"))
    sign_line(doc, g.pick([a.full, a.caps]), "PACIENTE")
    if b:
        sign_line(doc, g.pick([b.full, b.caps]), "PACIENTE")
    sign_line(doc, dr.full, "Médic" + dr.o + " responsável", (g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        sign_line(doc, emb.full, "Embriologista responsável", (g.council(g.pick(["CRBio", "CRBio", "CRBM"])), "PROFESSIONAL_ID"))
    doc.t("\nTestemunhas:\n")
    for w in (w1, w2):
        doc.f("«n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_contrato_custodia(g: Gen) -> Doc:
    """Contract for the cryopreservation and custody of embryos or oocytes, with the e-signature log."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    p1 = g.person(female=True)
    oocytes = g.chance(0.35)
    p2 = None if oocytes else g.partner(p1, same_sex=g.chance(0.15))
    city, uf = g.city()
    rep = g.person()
    doc.f("CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE CRIOPRESERVAÇÃO E CUSTÓDIA DE «o»\nContrato nº «n»\n\n", o="ÓVULOS (OÓCITOS)" if oocytes else "EMBRIÕES",
          n=f"{g.ri(2024, 2026)}/{g.d(5)}")
    doc.f("CONTRATADA: «c», inscrita no CNPJ sob o nº «cnpj», com sede na «sede», «city»/«uf», neste ato representada por «r», diretor«a» técnic«a», «crm».\n\n",
          c=clinic, cnpj=(g.any_cnpj(), "BR_CNPJ"), sede=g.company_address(), city=city, uf=uf, r=P(rep.full), a="a" if rep.female else "",
          crm=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.t("CONTRATANTE(S): ")
    qualify(g, doc, p1, caps=True, dob=g.chance(0.5), where=(city, uf), phone=g.chance(0.4))
    if p2:
        doc.t("; e ")
        qualify(g, doc, p2, caps=True, dob=g.chance(0.5), addr=False, where=(city, uf), phone=g.chance(0.4))
    doc.t(".\n\n")
    cy = g.cycle_id()
    n = g.ri(2, 8)
    doc.f("CLÁUSULA 1ª — OBJETO. Custódia de «n» «o» do ciclo «cy», vitrificados em «d», armazenados em nitrogênio líquido (−196 °C) em «tk», palhetas «st».\n",
          n=n, o="oócitos maduros (MII)" if oocytes else "embriões", cy=cy, d=dbr(vit := g.after(g.day(), -400, -5)), tk=g.tank(),
          st=", ".join(g.straw() for _ in range(g.ri(1, 3))))
    fee = g.money(800, 2600)
    doc.f("CLÁUSULA 2ª — PREÇO. Taxa anual de R$ «v», com vencimento no aniversário da vitrificação, reajustada pelo IPCA. Forma de pagamento escolhida: ",
          v=fee)
    pay = g.pick(["debito", "cartao", "pix"])
    if pay == "debito":
        bk = g.bank()
        doc.f("débito automático no «b» (cód. «bc»), agência «ag», conta corrente «cc», de titularidade de «t».\n", b=bk[1], bc=bk[0], ag=(g.agency(), "BANK_ACCOUNT"),
              cc=(g.account(), "BANK_ACCOUNT"), t=P(g.pick([p1.full, p2.full if p2 else p1.short])))
    elif pay == "cartao":
        doc.f("cobrança recorrente no cartão de crédito «m» (titular «t»).\n", m=g.masked_card(), t=P(g.pick([p1.caps, p1.full])))
    else:
        doc.f("Pix para a chave aleatória da CONTRATADA «k», com envio do comprovante ao financeiro.\n", k=(g.uuid(), "PIX_KEY"))
    doc.t("CLÁUSULA 3ª — TRANSFERÊNCIA. A remoção do material para outro centro depende de pedido escrito de todos os CONTRATANTES e será feita em botijão seco "
          "por transportadora habilitada (RDC ANVISA nº 771/2022), às expensas dos CONTRATANTES.\n")
    doc.t("CLÁUSULA 4ª — ABANDONO. Inadimplência superior a 3 (três) anos, somada à impossibilidade de contato nos endereços e telefones cadastrados, caracteriza "
          "abandono, podendo o material ter a destinação prevista no termo de consentimento (Lei 11.105/2005, art. 5º; Resolução CFM nº 2.320/2022).\n")
    doc.f("CLÁUSULA 5ª — COMUNICAÇÕES. Os CONTRATANTES manterão atualizados endereço e telefone (atual: «t»). Foro de «city»/«uf».\n\n",
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), city=city, uf=uf)
    doc.f("Assinado eletronicamente — envelope «env»\n", env=g.uuid())
    signers = [(p1, g.email(p1)), (rep, corp_mail(rep, dom_of(clinic), g))]
    if p2:
        signers.insert(1, (p2, g.email(p2)))
    start = g.moments(1, g.after(vit, 1, 20), 2, (8, 23))[0]
    rows = []
    for k, (p, mail) in enumerate(signers):
        t = start + datetime.timedelta(minutes=g.ri(5, 600) * (k + 1))
        ip = (g.ip(), "IP_ADDRESS") if (k < len(signers) - 1 or g.chance(0.5)) else V(g.ip_priv())
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), V(ts(t, "brs")), ip, V(g.pick(["token SMS", "e-mail", "selfie + token"]))])
    table_ruled(doc, ["Signatário", "E-mail", "Data/hora", "IP", "Autenticação"], rows, g.pick(["plus", "psql", "plain"]))
    return doc


def ju_cessao_utero(g: Gen) -> Doc:
    """Term of temporary cession of the uterus (surrogacy): intended parents, the surrogate and her spouse, psychologist, doctor, lawyer."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    m = g.person(female=True)
    f = g.partner(m, same_sex=g.chance(0.2)) if g.chance(0.85) else None
    rel = g.pick(["irmã", "mãe", "prima", "tia", "sobrinha", "cunhada", "amiga"])
    sur = g.relative(m, True) if rel != "amiga" else g.person(female=True)
    sp = g.partner(sur) if g.chance(0.7) else None
    city, uf = g.city()
    doc.f("TERMO DE COMPROMISSO DE CESSÃO TEMPORÁRIA DE ÚTERO\n(Resolução CFM nº 2.320/2022, item VII; Provimento CNJ nº 149/2023)\n\n"
          "I — BENEFICIÁRI«o»S (pacientes em tratamento na «c»):\n", o="A" if (f is None or f.female) else "O", c=clinic)
    qualify(g, doc, m, caps=True, dob=True, where=(city, uf), titulo=g.chance(0.15))
    if f:
        doc.t(";\n")
        qualify(g, doc, f, caps=True, dob=True, addr=False, where=(city, uf))
    doc.f(".\n\nII — CEDENTE DO ÚTERO («r» d«a» beneficiári«a»):\n", r=rel, a="a", o="a")
    qualify(g, doc, sur, caps=True, dob=True, where=g.city(), phone=True, titulo=g.chance(0.3),
            civil=(g.pick(["casada", "em união estável"]) if sp else None))
    if g.chance(0.3):
        doc.f(", Cartão Nacional de Saúde nº «cns» (pré-natal de risco habitual na UBS de referência)", cns=(g.cns(), "BR_CNS"))
    if sp:
        doc.f(".\n\nIII — CÔNJUGE/COMPANHEIRO DA CEDENTE, que manifesta anuência expressa:\n")
        qualify(g, doc, sp, caps=True, addr=False, email=False, civil=g.pick(["casado", "em união estável"]) if not sp.female else "casada")
    doc.t(".\n\n")
    if rel == "amiga":
        doc.f("Não havendo parentesco até o 4º grau, o presente depende de autorização do Conselho Regional de Medicina (processo-consulta CRM-«uf» nº «pc»).\n\n",
              uf=uf, pc=f"{g.d(4)}/{g.ri(2024, 2026)}")
    psi = g.person()
    dr = g.person()
    adv = g.person()
    doc.f("Cláusulas: (1) a cessão é gratuita, vedado qualquer caráter lucrativo ou comercial; (2) a CEDENTE recebeu avaliação psicológica favorável "
          "(relatório de «p», «crp», em «d»); (3) o acompanhamento pré-natal será custeado pel«o»s BENEFICIÁRI«O»S, inclusive pelo plano «pl» da CEDENTE "
          "(carteirinha «ct»); (4) a criança será registrada em nome d«o»s BENEFICIÁRI«O»S, apresentando-se ao cartório a DNV, este termo e a declaração do "
          "diretor técnico da clínica; (5) a CEDENTE não terá qualquer vínculo de filiação com a criança.\n\n",
          p=P(psi.full), crp=(g.council("CRP"), "PROFESSIONAL_ID"), d=dbr(g.day()), o="a" if (f is None or f.female) else "o",
          O="A" if (f is None or f.female) else "O", pl=g.pick(PLANS),
          ct=g.carteira())
    signed = datetime.date(g.ri(2022, 2025), g.ri(1, 12), g.ri(1, 28))
    if g.chance(0.35):
        baby = g.relative(m)
        born = signed + datetime.timedelta(days=g.ri(300, 430))
        doc.f("ADITIVO («da»): nasceu em «dn» «n», DNV nº «dnv», no «h». Registro lavrado no Cartório do «rc» Ofício de «city».\n\n",
              da=dbr(born + datetime.timedelta(days=g.ri(5, 60))), dn=(dbr(born, g.pick(["br", "long"])), "DATE_OF_BIRTH"), n=P(baby.full),
              dnv=f"{g.d(2)}-{g.d(8)}-{g.d(1)}",
              h=g.pick(["Hospital Santa Rosa", "Maternidade Escola Santa Rosa", "Hospital e Maternidade Bento Amado", "Hospital Vitória"]),
              rc=g.pick(["1º", "2º", "3º", "5º"]), city=city)
    doc.f("«city», «d».\n", city=city, d=dbr(signed, "long"))
    sign_line(doc, m.full, "Beneficiária")
    if f:
        sign_line(doc, f.full, "Beneficiári" + f.o)
    sign_line(doc, sur.full, "Cedente")
    if sp:
        sign_line(doc, sp.full, "Cônjuge da cedente (anuência)")
    sign_line(doc, dr.full, "Médic" + dr.o + " responsável", (g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        sign_line(doc, adv.full, "Advogad" + adv.o, (g.council("OAB", uf), "PROFESSIONAL_ID"))
    return doc


def ju_peticao_embrioes(g: Gen) -> Doc:
    """A petition in a family court about frozen embryos after a divorce (urgent relief against their discard or use)."""
    doc = Doc()
    a = g.person()
    b = g.partner(a)
    clinic = g.pick(CLINICS)
    city, uf = g.city()
    adv = g.person()
    vara = g.pick(["1ª Vara de Família e Sucessões", "2ª Vara de Família", "3ª Vara de Família e Registro Civil", "Vara de Família do Foro Regional"])
    doc.f("EXCELENTÍSSIM«o» SENHOR«a» DOUTOR«a» JUIZ«a» DE DIREITO DA «v» DA COMARCA DE «city»/«uf»\n\nDistribuição por dependência aos autos nº «cnj»\n\n",
          o="O(A)", a="(A)", v=fold(vara).upper(), city=fold(city).upper(), uf=uf, cnj=g.cnj())
    qualify(g, doc, a, caps=True, dob=g.chance(0.4), where=(city, uf))
    doc.f(", por seu(sua) advogado(a) infra-assinado(a), vem propor\n\nAÇÃO DE OBRIGAÇÃO DE NÃO FAZER COM PEDIDO DE TUTELA DE URGÊNCIA\n\nem face de ")
    qualify(g, doc, b, caps=True, rg=g.chance(0.5), where=g.city(), email=g.chance(0.4))
    doc.f(", e de «c», CNPJ «cnpj», pelos fatos e fundamentos a seguir.\n\n", c=fold(clinic).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"))
    cy = g.cycle_id()
    n = g.ri(2, 6)
    want = g.pick(["descarte", "uso"])
    doc.f("I — DOS FATOS\n\nAs partes foram casadas de «d1» a «d2» (divórcio nos autos acima). Em «d3» realizaram FIV na segunda requerida, restando «n» "
          "embriões criopreservados (ciclo «cy»; identificação «ids»). ", d1=dbr(datetime.date(g.ri(2010, 2019), g.ri(1, 12), g.ri(1, 28))),
          d2=dbr(g.day()), d3=dbr(g.after(g.day(), -900, -300)), n=n, cy=cy, ids=", ".join(g.embryo_id(cy, i) for i in range(1, n + 1)))
    if want == "descarte":
        doc.f("Em «d», «o» requerid«o» enviou e-mail à clínica («e») solicitando o descarte dos embriões, o que o(a) requerente não admite, pois pretende doá-los "
              "a outro casal, como previsto no termo de consentimento.\n\n", d=dbr(g.day()), o="a" if b.female else "o", e=(g.email(b), "EMAIL_ADDRESS"))
    else:
        doc.f("O(A) requerente pretende a transferência dos embriões, ao que «o» requerid«o» se opõe. O termo assinado previu, em caso de divórcio, a "
              "manutenção até decisão judicial, de modo que a clínica se recusa a liberá-los.\n\n", o="a" if b.female else "o")
    wit = g.person(female=True)
    doc.f("A coordenadora da clínica, «w», confirmou por telefone («t») que o descarte só não ocorreu por ordem interna. Cita-se o REsp 1.918.421/SP e a "
          "apelação nº «cnj2» do TJ«uf».\n\nII — DO DIREITO\n\nArt. 1.597, IV, do Código Civil; Lei 11.105/2005, art. 5º; Resolução CFM nº 2.320/2022. "
          "O embrião criopreservado não é coisa a ser partilhada, mas tampouco pode ser descartado por vontade unilateral.\n\n",
          w=P(g.pick([wit.full, wit.short])), t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER"), cnj2=g.cnj(), uf=uf)
    doc.f("III — DOS PEDIDOS\n\na) tutela de urgência para que a clínica se abstenha de descartar, transferir ou doar os embriões, sob multa diária de R$ «m»;\n"
          "b) a citação dos requeridos; c) ao final, a procedência do pedido.\n\nDá-se à causa o valor de R$ «vc».\n\nTermos em que pede deferimento.\n"
          "«city», «d».\n\n«adv»\n«oab»\n«e»\n",
          m=g.money(1000, 10000), vc=g.money(1000, 50000), city=city, d=dbr(g.day(), "long"), adv=P(g.pick([adv.full, adv.caps])),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"), e=(g.email(adv, g.pick(["adv.br", "advocacia.com.br", "gmail.com"])), "EMAIL_ADDRESS"))
    return doc


def ju_sentenca(g: Gen) -> Doc:
    """A judgment: a health plan ordered (or not) to pay oocyte cryopreservation before chemotherapy, or authorisation of posthumous use."""
    doc = Doc()
    city, uf = g.city()
    judge = g.person()
    case = g.pick(["onco", "onco", "postmortem"])
    pl = g.pick(PLANS)
    a = g.person(female=True)
    doc.f("PODER JUDICIÁRIO\nTribunal de Justiça — TJ«uf»\n«v» — Comarca de «city»\n\nProcesso nº «cnj»\nClasse: Procedimento Comum Cível\n",
          uf=uf, v=g.pick(["4ª Vara Cível", "12ª Vara Cível", "Vara Única", "2ª Vara de Família e Sucessões"]), city=city, cnj=g.cnj())
    if case == "onco":
        doc.f("Autora: «a»\nRé: «pl» (CNPJ «cnpj»)\n\nSENTENÇA\n\n", a=P(g.pick([a.full, a.caps])), pl=fold(pl).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"))
        onc = g.person()
        cid = g.pick(["C50.9", "C81.9", "C53.9", "C56", "C91.0"])
        doc.f("Vistos. «a», CPF «cpf», nascida em «d», beneficiária do plano (carteira «ct»), diagnosticada com neoplasia (CID «cid») e com indicação de "
              "quimioterapia gonadotóxica, pediu a cobertura da criopreservação de oócitos, prescrita pel«o» oncologista «o2» («crm») e pela especialista em "
              "reprodução «rp» («crm2»). A ré negou com base no art. 10, III, da Lei 9.656/1998 e no Tema 1.067 do STJ.\n\n",
              a=P(a.full), cpf=(g.cpf(), "BR_CPF"), d=(g.dob("br", 1985, 2004), "DATE_OF_BIRTH"), ct=g.carteira(), cid=cid, o=onc.o, o2=P(onc.full),
              crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), rp=P(g.person(female=True).full), crm2=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        res = g.chance(0.75)
        doc.f("É o relatório. Decido.\n\nO caso não se confunde com o tratamento de infertilidade excluído pelo Tema 1.067: trata-se de prevenir sequela de "
              "tratamento coberto (art. 35-F da Lei 9.656/1998). «r»\n\n",
              r="Por isso, JULGO PROCEDENTE o pedido para condenar a ré a custear a estimulação ovariana, a punção e a vitrificação dos oócitos, bem como a "
                "custódia até o fim da quimioterapia, confirmando a tutela antecipada. Condeno a ré ao pagamento de R$ " + g.money(3000, 10000)
                + " a título de danos morais." if res else
                "Contudo, a autora já concluiu a quimioterapia, o que esvazia a indicação. JULGO IMPROCEDENTE o pedido.")
    else:
        dead = g.partner(a)
        doc.f("Requerente: «a»\nInteressada: «c» (CNPJ «cnpj»)\n\nSENTENÇA\n\n", a=P(g.pick([a.full, a.caps])), c=g.pick(CLINICS),
              cnpj=(g.any_cnpj(), "BR_CNPJ"))
        doc.f("Vistos. «a», CPF «cpf», viúva de «d» (falecido em «df», CPF «cpf2»), requer autorização para utilizar o sêmen criopreservado do marido na clínica "
              "interessada, amostras «am». Juntou o termo assinado pelo falecido em «dt», com a opção \"autorizo a utilização post mortem\" assinalada, e a "
              "declaração da mãe do falecido, «m», favorável ao pedido.\n\n",
              a=P(a.full), cpf=(g.cpf(), "BR_CPF"), d=P(g.pick([dead.full, dead.caps])), df=dbr(g.day()), cpf2=(g.cpf(), "BR_CPF"),
              am=", ".join(g.straw() for _ in range(g.ri(2, 4))), dt=dbr(g.after(g.day(), -900, -300)), m=P(g.relative(dead, True).full))
        doc.f("É o relatório. Decido.\n\nNos termos do REsp 1.918.421/SP, a reprodução post mortem exige manifestação inequívoca e formal do falecido, o que há "
              "nos autos. JULGO PROCEDENTE o pedido e AUTORIZO a utilização do material, observada a presunção de filiação do art. 1.597, III, do Código Civil.\n\n")
    adv1, adv2 = g.person(), g.person()
    doc.f("Advogad«o1» d«a»: «a1» («oab1»)", o1=adv1.o, a="a autora" if case == "onco" else "a requerente", a1=P(adv1.full),
          oab1=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if case == "onco":
        doc.f(" — Advogad«o2» da ré: «a2» («oab2»)", o2=adv2.o, a2=P(adv2.full), oab2=(g.council("OAB"), "PROFESSIONAL_ID"))
    doc.t("\n\n")
    doc.f("Custas na forma da lei. P.R.I.\n«city», «d».\n\n«j»\nJuiz«a» de Direito\n(assinado digitalmente)\n", city=city, d=dbr(g.day()),
          j=P(g.pick([judge.full, judge.caps])), a="a" if judge.female else "")
    return doc


def ju_lgpd(g: Gen) -> Doc:
    """A patient's data-subject access request (LGPD, art. 18) to an IVF clinic and the DPO's JSON export."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    dom = dom_of(clinic)
    p = g.person(female=True)
    q = g.partner(p, same_sex=g.chance(0.15)) if g.chance(0.75) else None
    dpo = g.person()
    day = g.day()
    mail = g.email(p)
    doc.f("De: «n» <«e»>\nPara: privacidade@«dom»\nData: «d»\nAssunto: Solicitação de acesso aos meus dados (art. 18 da LGPD)\n\n",
          n=P(p.full), e=(mail, "EMAIL_ADDRESS"), dom=dom, d=ts(g.moments(1, day, 1, (8, 23))[0], "br"))
    doc.f("Prezados, com base no art. 18, II, da Lei 13.709/2018, solicito cópia integral dos dados pessoais que a clínica mantém sobre mim, inclusive os "
          "sensíveis (art. 11), e a lista de com quem foram compartilhados. CPF «c».\n\n«s»\n\n", c=(g.cpf(), "BR_CPF"), s=P(p.first))
    doc.f("-----\nDe: «n» (Encarregad«o» de Dados) <«e»>\nData: «d»\n\nPrezada «p», segue a exportação (formato estruturado). Dados de terceiros (doador) "
          "não são fornecidos, por força do sigilo previsto na Resolução CFM nº 2.320/2022.\n\n",
          n=P(dpo.full), o="a" if dpo.female else "o", e=(corp_mail(dpo, dom, g), "EMAIL_ADDRESS"), d=dbr(g.after(day, 3, 14)), p=P(p.first))
    cy = g.cycle_id()
    export = {
        "titular": {"nome": P(p.full), "cpf": (g.cpf("raw"), "BR_CPF"), "data_nascimento": (g.fdob("iso"), "DATE_OF_BIRTH"),
                    "email": (mail, "EMAIL_ADDRESS"), "celular": (g.phone("e164"), "PHONE_NUMBER"),
                    "endereco": {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP"), "cidade": g.city()[0]}},
        "parceiro": {"nome": P(q.full), "cpf": (g.cpf("raw"), "BR_CPF"), "celular": (g.phone("e164"), "PHONE_NUMBER")} if q else None,
        "dados_clinicos": {"cid": [c[0] for c in g.sample(CIDS, 2)], "ciclos": [cy], "embrioes_criopreservados": g.ri(0, 5),
                           "doador_semen": g.donor_code() if (q is None or q.female) else None},
        "acessos_portal": [{"data": ts(t, "iso"), "ip": (g.ip(), "IP_ADDRESS")} for t in g.moments(g.ri(1, 3), g.after(day, -60, -1), 30)],
        "pagamentos": [{"forma": "cartao", "cartao": g.masked_card(), "valor": g.money(500, 20000)}],
        "compartilhamentos": [{"com": g.pick(GEN_LABS), "cnpj": (g.any_cnpj(), "BR_CNPJ"), "finalidade": "PGT-A"},
                              {"com": g.pick(FINTECHS), "cnpj": (g.any_cnpj(), "BR_CNPJ"), "finalidade": "financiamento"}],
    }
    jval(doc, export, 0)
    doc.f("\n\nPrazo de guarda: prontuário por 20 anos (Lei 13.787/2018). Dúvidas: privacidade@«dom».\n", dom=dom)
    return doc


def ju_notificacao_ocr(g: Gen) -> Doc:
    """An OCR'd extrajudicial notification (registry of deeds) of patients whose embryos are deemed abandoned, with the delivery certificate."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    city, uf = g.city()
    a = g.person(female=True)
    b = g.partner(a)
    cy = g.cycle_id()
    doc.f(ocr_t("«o» OFICIAL DE REGISTRO DE TITULOS E DOCUMENTOS DE «city»\nPROTOCOLO Nº «pr»   MICROFILME/REGISTRO Nº «mf»\n\nNOTIFICACAO EXTRAJUDICIAL\n\n", g),
          o=g.pick(["1º", "2º", "3º", "4º"]), city=fold(city).upper(), pr=f"{g.d(3)}.{g.d(3)}", mf=g.d(7))
    doc.f(ocr_t("NOTIFICANTE: «c», CNPJ «cnpj».\nNOTIFICADOS: «a», CPF «ca», e «b», CPF «cb», ambos com ultimo endereco conhecido na «ad», «ci»/«uf», CEP «cep».\n\n", g),
          c=fold(clinic).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"), a=P(ocr(a.capsf, g, 0.25)), ca=(g.cpf(), "BR_CPF"), b=P(ocr(b.capsf, g, 0.25)),
          cb=(g.cpf(), "BR_CPF"), ad=(ocr(g.address("caps"), g, 0.2), "ADDRESS"), ci=fold(city).upper(), uf=uf, cep=(g.cep(), "BR_CEP"))
    doc.f(ocr_t("PELA PRESENTE, FICAM V.SAS. NOTIFICADOS DE QUE OS «n» EMBRIOES DO CICLO «cy», CRIOPRESERVADOS DESDE «d», ENCONTRAM-SE SEM PAGAMENTO DA TAXA "
                "DE CUSTODIA HA MAIS DE 3 (TRES) ANOS (DEBITO ATUALIZADO: R$ «v»), E QUE FORAM INFRUTIFERAS AS TENTATIVAS DE CONTATO PELOS TELEFONES «t1» E «t2». "
                "NO PRAZO DE 30 DIAS, DEVERAO MANIFESTAR-SE SOBRE O DESTINO DOS EMBRIOES, SOB PENA DE DOACAO PARA PESQUISA OU DESCARTE, NOS TERMOS DO "
                "TERMO DE CONSENTIMENTO, DA LEI 11.105/2005, ART. 5, E DA RESOLUCAO CFM Nº 2.320/2022.\n\n", g, 0.25),
          n=g.ri(2, 6), cy=cy, d=dbr(g.after(g.day(), -2000, -1200)), v=g.money(2500, 9000),
          t1=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), t2=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    adv = g.person()
    nday = g.day()
    doc.f(ocr_t("«city», «d».\n«adv» — «oab»\nPP. NOTIFICANTE\n\n", g), city=fold(city).upper(), d=dbr(nday, "caps"), adv=P(ocr(adv.capsf, g, 0.2)),
          oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    esc = g.person()
    doc.t(ocr_t("CERTIDAO\n", g))
    r = g.rng.random()
    if r < 0.45:
        rec = g.pick([a, b, g.relative(a)])
        doc.f(ocr_t("CERTIFICO QUE, EM «d», AS «h», DIRIGI-ME AO ENDERECO INDICADO E ALI NOTIFIQUEI «n», PORTADOR(A) DO RG «rg», QUE RECEBEU A CONTRAFE E "
                    "APOS SUA ASSINATURA.\n", g, 0.2), d=dbr(g.after(nday, 3, 25)), h=g.hm(), n=P(ocr(rec.capsf, g, 0.25)), rg=(g.rg(), "BR_RG"))
    elif r < 0.8:
        viz = g.person()
        doc.f(ocr_t("CERTIFICO QUE DEIXEI DE NOTIFICAR OS DESTINATARIOS, POIS SEGUNDO INFORMACAO DO(A) VIZINHO(A) «v», ELES SE MUDARAM HA CERCA DE DOIS ANOS "
                    "PARA «dest», SEM DEIXAR ENDERECO. AR Nº «ar».\n", g, 0.2), v=P(ocr(g.pick([viz.capsf, fold(viz.first).upper()]), g, 0.2)),
              dest=fold(g.city()[0]).upper(), ar=f"JT{g.d(9)}BR")
    else:
        doc.f(ocr_t("CERTIFICO QUE A NOTIFICACAO FOI ENTREGUE PELO CORREIO COM AVISO DE RECEBIMENTO (AR Nº «ar»), ASSINADO POR «n» EM «d».\n", g, 0.2),
              ar=f"JT{g.d(9)}BR", n=P(ocr(g.pick([a.capsf, fold(a.first).upper() + " " + fold(a.last).upper()]), g, 0.2)), d=dbr(g.after(nday, 3, 25)))
    doc.f(ocr_t("O REFERIDO E VERDADE E DOU FE.\n«e»\nESCREVENTE AUTORIZADO(A)\nEMOLUMENTOS: R$ «em»\n", g), e=P(ocr(esc.capsf, g, 0.2)), em=g.money(80, 400))
    return doc


JU = [ju_tcle_fiv, ju_contrato_custodia, ju_cessao_utero, ju_peticao_embrioes, ju_sentenca, ju_lgpd, ju_notificacao_ocr]

# =========================================================================== saude


def hl7_name(p: Person) -> list:
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
    """A segment: fields separated by |, a field a str, a (value, LABEL) or a list of components joined by ^."""
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
    """HL7 v2-like messages from an IVF clinic's system (patient registration with the partner as NK1, ORU results) and interface log lines."""
    doc = Doc()
    clinic = g.pick(CLINICS + PUBLIC_SERVICES)
    public = clinic in PUBLIC_SERVICES
    app = g.pick(["FERTISYS", "REPROWEB", "EMBRYOLAB", "IVFMANAGER", "GENESIS_HIS"])
    day = g.day()
    t0 = g.moments(1, day, 1, (6, 20))[0]
    doc.f("# canal «a» → LIS | «c» | lote «l»\n", a=app, c=clinic, l=g.d(6))
    p = g.person(female=True)
    q = g.partner(p)
    mom = g.person(female=True)
    for k in range(2):
        t = t0 + datetime.timedelta(minutes=g.ri(1, 300) * (k + 1))
        doc.t("\n")
        hl7_write(doc, ["MSH", "^~\\&", app, fold(clinic).upper().replace(" ", "_")[:18], "LIS", "LAB_ANDROLOGIA" if k else "ADT_RECEPCAO",
                        ts(t, "hl7"), "", "ADT^A04" if k == 0 else "ORU^R01", g.d(9), "P", "2.5"])
        subj = p if k == 0 else g.pick([p, q])
        ids = [[g.prontuario().replace(".", ""), "", "", app, "MR"]]
        if g.chance(0.85):
            ids.append([(g.cpf("raw"), "BR_CPF"), "", "", "RFB", "CPF"])
        if public or g.chance(0.3):
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
        for i, c in enumerate(hl7_name(subj)):
            if i:
                doc.t("^")
            doc.e(c[0], c[1])
        doc.t("|")
        if k == 0 and g.chance(0.3):
            for i, c in enumerate(hl7_name(mom)):
                if i:
                    doc.t("^")
                doc.e(c[0], c[1])
        doc.t("|")
        doc.e(g.fdob("compact") if subj.female else g.mdob("compact"), "DATE_OF_BIRTH")
        doc.f("|«s»|||", s="F" if subj.female else "M")
        city, uf = g.city()
        doc.e(g.address("caps"), "ADDRESS")
        doc.f("^«b»^«c»^«uf»^", b=fold(g.pick(BAIRROS)).upper(), c=fold(city).upper(), uf=uf)
        doc.e(g.cep(False), "BR_CEP")
        doc.t("^BRA||")
        doc.e(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")
        if g.chance(0.45):
            doc.t("~")
            doc.e(g.phone(g.pick(["raw", "par"]), mobile=False), "PHONE_NUMBER")
        if g.chance(0.5):
            doc.t("~")
            doc.e(g.email(subj), "EMAIL_ADDRESS")
        doc.t("\n")
        if k == 0:
            doc.t("NK1|1|")
            for i, c in enumerate(hl7_name(q)):
                if i:
                    doc.t("^")
                doc.e(c[0], c[1])
            doc.t("|CON^CONJUGE|||")
            doc.e(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER")
            doc.t("\n")
            hl7_write(doc, ["PV1", "1", "O", g.pick(["REPRO^CONS1", "REPRO^US2", "LAB^ANDRO"]), "", "", "", [P(fold(g.person().full).upper()),
                            (g.council("CRM", uf), "PROFESSIONAL_ID")], "", "", "REPRO"])
        else:
            hl7_write(doc, ["OBR", "1", g.d(8), g.d(10), "ESPERMO^Espermograma (OMS 2021)" if subj is q else
                            g.pick(["BHCG^Beta-hCG quantitativo", "AMH^Hormônio antimülleriano", "HORM^Perfil hormonal"]), "", "", ts(t, "hl7")])
            if subj is q:
                obs = [("VOL", f"{g.ri(8, 55) / 10:.1f}".replace(".", ","), "mL", "1,4-"), ("CONC", str(g.ri(2, 120)), "10^6/mL", "16-"),
                       ("MOTPR", str(g.ri(5, 65)), "%", "30-"), ("MORF", str(g.ri(1, 12)), "%", "4-")]
            else:
                obs = [(g.pick(["BHCG", "AMH", "FSH", "E2"]), str(g.ri(1, 900)), g.pick(["mUI/mL", "ng/mL", "UI/L", "pg/mL"]), "")]
            for j, (c, v, u, r) in enumerate(obs, 1):
                hl7_write(doc, ["OBX", str(j), "NM", c, "", v, u, r, "", "", "", "F"])
            bm = g.person()
            hl7_write(doc, ["OBX", str(len(obs) + 1), "ST", "LIBERADO_POR", "", [P(fold(bm.full).upper()), (g.council(g.pick(["CRBM", "CRBM", "CRF"])), "PROFESSIONAL_ID")],
                            "", "", "", "", "", "F"])
    doc.t("\n")
    for off in sorted(g.sample(range(10, 20000), g.ri(3, 5))):
        t = t0 + datetime.timedelta(seconds=off)
        src = (g.ip_pub(), "IP_ADDRESS") if g.chance(0.5) else V(g.ip_priv())
        doc.f("«t» INFO  [mllp] conexão de «ip»:«po» — «ev»\n", t=ts(t, "sql"), ip=src, po=g.ri(1024, 65000),
              ev=g.pick(["ACK AA enviado", "ADT^A04 aceita", "ORU^R01 roteado para PORTAL_PACIENTE", "NACK AE: PID-7 inválido", "reenvio 1/3 (timeout)"]))
    an = g.person()
    doc.f("«t» WARN  [auditoria] usuário «u»", t=ts(t0 + datetime.timedelta(seconds=g.ri(20001, 30000)), "sql"), u=login(an, g))
    if g.chance(0.5):
        doc.f(" («n»)", n=P(an.full))
    doc.f(" exportou o lote para «dest»\n", dest=g.pick(["o SisEmbrio (anonimizado)", "o portal do paciente", "o laboratório de apoio", "o BI"]))
    return doc


def fmtn(x: float, nd: int = 1) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


def sa_espermograma(g: Gen) -> Doc:
    """A semen analysis report (WHO 2021 reference values) from a clinic's andrology lab, for a partner or a donor sample."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    donor = g.chance(0.2)
    p = g.person(female=False)
    dr = g.person()
    bm = g.person()
    day = g.day()
    doc.f("«c»\nLABORATÓRIO DE ANDROLOGIA — CNES «cn»\n\nLAUDO DE ESPERMOGRAMA\n\n", c=fold(clinic).upper(), cn=g.cnes())
    if donor:
        fields = [("Amostra", V(f"doador {g.donor_code()} — quarentena, 2ª coleta")), ("Banco", V(g.pick(BANKS_SEMEN))),
                  ("Solicitante", P(dr.full)), ("Conselho", (g.council("CRM"), "PROFESSIONAL_ID"))]
    else:
        fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("Nascimento", (g.mdob(g.pick(["br", "nopad"])), "DATE_OF_BIRTH"))]
        if g.chance(0.8):
            fields.append(("CPF", (g.cpf(), "BR_CPF")))
        if g.chance(0.4):
            fields.append(("Telefone", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")))
        fields += [("Parceira", P(g.person(female=True).full)), ("Médico(a) solicitante", P(dr.full)),
                   ("CRM", (g.council("CRM"), "PROFESSIONAL_ID"))]
    fields += [("Coleta", V(f"{dbr(day)} {g.hm()} — masturbação, no laboratório")), ("Abstinência", V(f"{g.ri(2, 7)} dias")),
               ("Prontuário", V(g.prontuario()))]
    kv_block(g, doc, fields, g.pick(["dots", "lines", "box"]))
    vol = g.ri(5, 60) / 10
    conc = g.ri(0, 140)
    prog = g.ri(3, 65)
    nprog = g.ri(2, 15)
    morf = g.ri(0, 14)
    vit = g.ri(30, 90)
    rows = [["Volume", fmtn(vol), "mL", "≥ 1,4"], ["pH", fmtn(g.ri(70, 82) / 10), "", "≥ 7,2"],
            ["Concentração", fmtn(conc, 0), "milhões/mL", "≥ 16"], ["Número total", fmtn(vol * conc, 0), "milhões", "≥ 39"],
            ["Motilidade progressiva (PR)", str(prog), "%", "≥ 30"], ["Não progressiva (NP)", str(nprog), "%", "—"],
            ["Motilidade total (PR+NP)", str(prog + nprog), "%", "≥ 42"], ["Vitalidade", str(vit), "%", "≥ 54"],
            ["Morfologia (Kruger)", str(morf), "% normais", "≥ 4"], ["Leucócitos", fmtn(g.ri(0, 20) / 10), "milhões/mL", "< 1,0"]]
    doc.t("\n")
    table_ruled(doc, ["Parâmetro", "Resultado", "Unidade", "Referência (OMS 2021)"], [[V(c) for c in r] for r in rows], g.pick(["plus", "plain"]))
    concl = []
    if conc == 0:
        concl.append("azoospermia (confirmar com centrifugação; CID N46)")
    else:
        if conc < 16:
            concl.append("oligozoospermia")
        if prog < 30:
            concl.append("astenozoospermia")
        if morf < 4:
            concl.append("teratozoospermia")
    doc.f("\nConclusão: «c».\n", c=", ".join(concl) if concl else "normozoospermia")
    if g.chance(0.4):
        doc.f("Fragmentação do DNA espermático (SCD): «f»% (referência < 30%).\n", f=g.ri(8, 45))
    doc.f("\nLiberado em «d» por «n» — «cr»\n", d=dbr(g.after(day, 0, 2)), n=P(g.pick([bm.full, bm.short])),
          cr=(g.council(g.pick(["CRBM", "CRBM", "CRF", "CRBio"])), "PROFESSIONAL_ID"))
    if not donor and g.chance(0.5):
        doc.f("Resultado enviado ao paciente por e-mail («e») e disponível no portal.\n", e=(g.email(p), "EMAIL_ADDRESS"))
    return doc


def sa_embriologia(g: Gen) -> Doc:
    """An embryology lab cycle sheet: retrieval, ICSI, culture to D5, PGT biopsy, vitrification with straws and tank positions, double witnessing."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    p = g.person(female=True)
    donor = g.chance(0.25)
    q = None if donor else g.partner(p)
    e1 = g.person(female=g.chance(0.7))
    e2 = g.person()
    dr = g.person()
    day = g.day()
    cy = g.cycle_id()
    doc.f("«c» — LABORATÓRIO DE EMBRIOLOGIA\nFICHA DO CICLO «cy»   (SisEmbrio: BCTG nº «sis»)\n\n", c=clinic, cy=cy, sis=g.sisembrio())
    dob, age = dob_age(g, day, "br")
    doc.f("Paciente: «n»   Nasc.: «d»   Idade: «i» anos   Prontuário: «pr»\n", n=P(g.pick([p.full, p.caps, p.inverted])), d=(dob, "DATE_OF_BIRTH"),
          i=age, pr=g.prontuario())
    if g.chance(0.6):
        doc.f("CPF: «c»   Contato para resultados: «t»\n", c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if q:
        doc.f("Parceiro(a): «n»   Nasc.: «d»   Amostra: «a»\n", n=P(g.pick([q.full, q.caps])), d=(g.mdob("br") if not q.female else g.fdob("br"), "DATE_OF_BIRTH"),
              a=g.pick(["fresca (coleta no dia)", "congelada (palheta " + g.straw() + ")", "biópsia testicular (TESE)"]))
    else:
        doc.f("Sêmen de doador: código «dc» («bk»), lote «l»\n", dc=g.donor_code(), bk=g.pick(BANKS_SEMEN), l=g.d(6))
    doc.f("Médic«o»: «m» («crm»)   Punção: «pd» «h»   Indicação: «cid»\n\n", o=dr.o, m=P(dr.short), crm=(g.council("CRM"), "PROFESSIONAL_ID"), pd=dbr(day), h=g.hm(),
          cid=g.pick(["N97.0", "N97.1", "N46", "E28.2", "N80.1", "Z31.2"]))
    cocs = g.ri(3, 18)
    mii = g.ri(2, cocs)
    tpn = g.ri(1, mii)
    icsi = "ICSI às «h» por «e»." if g.chance(0.5) else "ICSI às «h»."
    doc.f("OÓCITOS: «c» COCs — «m» MII, «mi» MI, «vg» VG. " + icsi + "\nFERTILIZAÇÃO (D1, 16-18h): «t» 2PN, «a» 1PN, «b» 3PN.\n\n",
          c=cocs, m=mii, mi=g.ri(0, 3), vg=g.ri(0, 2), h=g.hm(), e=P(g.pick([e1.first, e1.short])), t=tpn, a=g.ri(0, 1), b=g.ri(0, 1))
    rows = []
    for k in range(1, tpn + 1):
        d5 = g.chance(0.6)
        dest = g.pick(["vitrificado", "vitrificado", "transferido a fresco", "descartado (parada)", "biopsiado + vitrificado"]) if d5 else "descartado (parada)"
        rows.append([V(g.embryo_id(cy, k)), V(g.grade(3)), V(g.grade(5) if d5 else "—"), V(dest),
                     V(g.straw() if "vitrif" in dest else "—")])
    table_ruled(doc, ["Embrião", "D3", "D5/D6", "Destino", "Palheta"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nArmazenamento: «tk». Meio de cultivo lote «lot» (registro ANVISA «rg»).\n", tk=g.tank(), lot=g.d(6), rg=g.neg(11))
    doc.f("Dupla checagem (identificação de gametas, ICSI, vitrificação): «a» e «b».\n", a=P(g.pick([e1.full, e1.short])), b=P(g.pick([e2.full, e2.short])))
    if g.chance(0.5):
        doc.f("Responsável técnic«o»: «n» — «cr»\n", o=e1.o, n=P(e1.full), cr=(g.council(g.pick(["CRBio", "CRBio", "CRBM"])), "PROFESSIONAL_ID"))
    else:
        doc.f("Responsável técnico do laboratório: «cr»\n", cr=(g.council(g.pick(["CRBio", "CRBio", "CRBM"])), "PROFESSIONAL_ID"))
    if g.chance(0.35):
        doc.f("Obs.: a luz do fluxo laminar 2 oscilou às «h»; placas transferidas para o fluxo 1 sem intercorrência. Paciente informada por «n».\n",
              h=g.hm(), n=P(g.person(female=True).first))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """An outpatient clinical note (evolução) of an IVF consultation with follicular monitoring, prescription and nursing teleorientation."""
    doc = Doc()
    clinic = g.pick(CLINICS + PUBLIC_SERVICES[:2])
    public = clinic in PUBLIC_SERVICES
    p = g.person(female=True)
    q = g.partner(p, same_sex=g.chance(0.12))
    dr = g.person()
    nurse = g.person(female=True)
    day = g.day()
    dob, age = dob_age(g, day, g.pick(["br", "short", "nopad"]))
    doc.f("«c» — PRONTUÁRIO ELETRÔNICO\nEvolução ambulatorial — «d» «h»\n\nPaciente: «n» («a» anos) — DN «dob»", c=clinic, d=dbr(day), h=g.hm(),
          n=P(g.pick([p.full, p.caps])), a=age, dob=(dob, "DATE_OF_BIRTH"))
    if public:
        doc.f(" — CNS «cns»", cns=(g.cns(), "BR_CNS"))
    elif g.chance(0.75):
        doc.f(" — CPF «cpf»", cpf=(g.cpf(), "BR_CPF"))
    doc.f("\nParceir«o»: «n», «a» anos\n\n", o=q.o, n=P(g.pick([q.full, q.first])), a=max(24, age + g.ri(-4, 9)))
    c1, d1 = g.cid()
    gg = g.ri(0, 3)
    doc.f("S: Casal tentando gestar há «y» anos. G«g»P«pp»A«ab». Ciclos regulares? «r». «hist»\n", y=g.ri(1, 7), g=gg, pp=g.ri(0, gg), ab=g.ri(0, gg),
          r=g.pick(["sim", "não (oligomenorreia)"]), hist=g.pick(["Nega comorbidades.", "Endometriose operada em 2019 (videolaparoscopia).",
                                                                  "HSG: obstrução tubária bilateral.", "2 FIV prévias em outro serviço, sem gestação."]))
    doc.f("O: AMH «amh» ng/mL; FSH «fsh» UI/L; CFA «cfa» folículos. Espermograma do parceiro: «esp».\n",
          amh=fmtn(g.ri(2, 60) / 10), fsh=fmtn(g.ri(30, 140) / 10), cfa=g.ri(3, 28),
          esp=g.pick(["normal", "oligoastenozoospermia moderada", "azoospermia — indicado sêmen de doador", "teratozoospermia isolada"]))
    doc.t("\nMonitorização folicular:\n")
    rows = []
    d0 = day
    for k in range(g.ri(3, 4)):
        dd = g.after(d0, 2, 3) if k else d0
        d0 = dd
        rows.append([V(dbr(dd, "short")), V(f"D{k * 2 + 5}"), V(str(g.ri(150, 600) * (k + 1))),
                     V(" / ".join(str(max(6, 9 + 3 * k + g.ri(-3, 2))) for _ in range(g.ri(2, 5)))), V(fmtn((60 + 15 * k + g.ri(0, 15)) / 10))])
    table_ruled(doc, ["Data", "Dia", "E2 (pg/mL)", "Folículos (mm)", "Endométrio (mm)"], rows, g.pick(["plain", "plus"]))
    doc.f("\nA: «c1» — «d1»«c2».\nP: «drug1» + «drug2»; gatilho quando ≥ 3 folículos de 18 mm. Punção prevista para «pd».\n",
          c1=c1, d1=d1, c2="; Z31.2 — fertilização in vitro" if g.chance(0.5) else "", drug1=g.pick(DRUGS[:3]), drug2=g.pick(DRUGS[3:6]),
          pd=dbr(g.after(day, 8, 14)))
    doc.f("\n«tt»«n» — «crm»«rqe»\n", tt=g.pick(["", "Dr" + ("a" if dr.female else "") + ". "]), n=P(g.pick([dr.full, dr.short])), crm=(g.council("CRM"), "PROFESSIONAL_ID"),
          rqe=f" — RQE {g.d(5)}" if g.chance(0.5) else "")
    tt = g.moments(1, g.after(day, 9, 15), 1, (7, 22))[0]
    doc.f("\nTeleorientação de enfermagem («t»): paciente refere distensão abdominal e náusea 3 dias após a punção. Orientada sobre sinais de hiperestímulo "
          "(N98.1): hidratação, medir diurese, procurar o pronto-socorro se falta de ar. Contato: «tel»",
          t=ts(tt, "br"), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("; acompanhante: «n», «tel»", n=P(g.pick([q.first, g.relative(p).full])), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(".\n«n» — «co»\n", n=P(g.pick([nurse.full, nurse.short])), co=(g.council("COREN"), "PROFESSIONAL_ID"))
    return doc


def sa_export_csv(g: Gen) -> Doc:
    """A semicolon CSV export of the clinic system's cycle register (internal base of the SisEmbrio report) with the quality manager's note."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    year = g.pick([2024, 2025])
    gq = g.person(female=g.chance(0.7))
    doc.f("-- export ciclos_«y».csv | «c» | gerado por «lg» em «d» | encoding=UTF-8 | sep=;\n", y=year, c=clinic, lg=login(gq, g), d=ts(g.moments(1)[0], "sql"))
    cols = ["prontuario", "paciente", "cpf", "dt_nasc", "celular", "email", "parceiro", "ciclo", "dt_puncao", "oocitos", "mii", "embr_cong", "te", "resultado", "doador"]
    doc.t(";".join(cols) + "\n")
    bad = None
    for _ in range(g.ri(4, 6)):
        p = g.person(female=True)
        q = g.partner(p) if g.chance(0.5) else None
        cy = g.cycle_id()
        oo = g.ri(0, 20)
        mii = g.ri(0, oo)
        mistyped = bad is None and g.chance(0.25)
        if mistyped:
            bad = p
        row = [V(g.prontuario().replace(".", "")), P(g.pick([p.caps, p.capsf, p.full])),
               V(g.neg_cpf()) if mistyped else (g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), (g.fdob(g.pick(["br", "iso"])), "DATE_OF_BIRTH"),
               (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER") if g.chance(0.85) else V(""),
               (g.email(p), "EMAIL_ADDRESS") if g.chance(0.6) else V(""), P(g.pick([q.caps, q.capsf])) if q else V(""), V(cy), V(dbr(datetime.date(year, g.ri(1, 12), g.ri(1, 28)))), V(str(oo)), V(str(mii)),
               V(str(g.ri(0, mii))), V(str(g.ri(0, 2))), V(g.pick(["beta+", "beta-", "aguardando", "sem TE", "cancelado"])),
               V(g.donor_code() if q is None else "")]
        table_csv(doc, None, [row], ";")
    doc.f("-- «n» linhas\n\n", n=g.ri(120, 900))
    doc.f("Nota da Gestão da Qualidade («n», «e»):\n", n=P(gq.full), e=(corp_mail(gq, dom_of(clinic), g), "EMAIL_ADDRESS"))
    doc.t("- O envio ao SisEmbrio é feito com dados agregados e sem identificação (RDC ANVISA nº 771/2022); esta planilha é interna e não deve circular por e-mail.\n")
    if bad:
        doc.f("- CPF da paciente «n» com dígito inválido na linha acima; corrigido no cadastro após contato pelo telefone «t».\n",
              n=P(g.pick([bad.full, bad.short])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("- Ciclos com óvulos de doadora (ovodoação compartilhada) constam só com o código da doadora (ex.: «dc»); a identificação fica no prontuário físico.\n",
          dc=g.donor_code(True))
    if g.chance(0.5):
        emb = g.person()
        doc.f("- Divergência de 1 embrião no tanque «tk»; conferido com a embriologista «n» («cr»). Registro no livro de ocorrências.\n",
              tk=g.ri(1, 6), n=P(emb.short), cr=(g.council("CRBio"), "PROFESSIONAL_ID"))
    return doc


def sa_aconselhamento(g: Gen) -> Doc:
    """A genetic-counselling report (family history, carrier screening) with the PGT-A / PGT-M result per embryo."""
    doc = Doc()
    lab = g.pick(GEN_LABS)
    clinic = g.pick(CLINICS)
    p = g.person(female=True)
    q = g.partner(p)
    gen = g.person()
    cons = g.person(female=True)
    day = g.day()
    doc.f("«l» — CNPJ «cnpj»\nRELATÓRIO DE ACONSELHAMENTO GENÉTICO E RESULTADO DE PGT\n\n", l=fold(lab).upper(), cnpj=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Consulente", P(p.full)), ("Nascimento", (g.fdob(), "DATE_OF_BIRTH")), ("Parceiro", P(q.full)),
              ("Nascimento ", (g.mdob(), "DATE_OF_BIRTH")), ("Contato", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("E-mail", (g.email(p), "EMAIL_ADDRESS")), ("Clínica de origem", V(clinic)), ("Pedido nº", V(f"PGT-{g.d(6)}")), ("Data da consulta", V(dbr(day)))]
    if g.chance(0.5):
        fields.insert(1, ("CPF", (g.cpf(), "BR_CPF")))
    kv_block(g, doc, fields, g.pick(["lines", "dots"]))
    dis = g.pick([("fibrose cística", "CFTR", "c.1521_1523del (p.Phe508del)"), ("atrofia muscular espinhal", "SMN1", "deleção exon 7"),
                  ("anemia falciforme", "HBB", "c.20A>T (p.Glu7Val)"), ("síndrome do X frágil", "FMR1", "pré-mutação 78 repetições CGG")])
    side = p if g.chance(0.5) else q
    rel = g.pick(["O irmão", "A irmã", "O sobrinho", "A prima"])
    sib = g.relative(side, female=rel.startswith("A "))
    doc.f("\nHistória familiar: «rel» «o», «s», tem diagnóstico de «d». Heredograma com 3 gerações (anexo). Consanguinidade negada.\n"
          "Triagem de portadores: ambos portadores de «v» no gene «ge» (ACMG: patogênica).\nRisco de recorrência: 25% por gestação.\n\n",
          rel=rel, o="da consulente" if side is p else "do parceiro", s=P(g.pick([sib.full, sib.first])), d=dis[0],
          v=dis[2], ge=dis[1])
    cy = g.cycle_id()
    rows = []
    for k in range(1, g.ri(3, 6)):
        res = g.pick(["euploide 46,XX", "euploide 46,XY", "aneuploide 47,XX,+16", "aneuploide 45,XY,-22", "mosaico baixo grau (+7, 30%)", "sem amplificação"])
        mono = g.pick(["não afetado", "portador", "afetado"]) if "euploide" in res else "—"
        rows.append([V(g.embryo_id(cy, k)), V(g.grade()), V(res), V(mono)])
    table_md(doc, ["Embrião", "Gardner", "PGT-A (NGS)", f"PGT-M ({dis[1]})"], rows)
    doc.f("\nConduta: transferir preferencialmente embriões euploides não afetados. Embriões afetados permanecem criopreservados até decisão do casal.\n\n"
          "«g» — Geneticista — «crm»\n«c» — Aconselhadora genética — «cr»\nContato: «e»\n",
          g=P(gen.full), crm=(g.council("CRM"), "PROFESSIONAL_ID"), c=P(cons.full), cr=(g.council(g.pick(["CRBio", "CRBM"])), "PROFESSIONAL_ID"),
          e=(corp_mail(cons, dom_of(lab), g), "EMAIL_ADDRESS"))
    return doc


def sa_whatsapp_equipe(g: Gen) -> Doc:
    """The clinic team's WhatsApp group on a day of retrievals and transfers (embryology, nursing, doctors, anaesthetist, courier)."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    ios = g.chance(0.5)
    day = g.day()
    team = [g.person(female=g.chance(0.75)) for _ in range(4)]
    show = [(P(g.pick([m.first, m.short])) if g.chance(0.3) else (g.phone("wa"), "PHONE_NUMBER")) for m in team]
    it = iter(g.moments(14, day, 1, (6, 21)))
    grp = g.pick(["Centro Cirúrgico Repro", "Lab + Enfermagem", "Equipe " + BRAND[clinic], "Punções e TEs 💉"])
    doc.f("Conversa do WhatsApp com «g»\n", g=grp)

    def line(k: int, msg: str, **kw) -> None:
        doc.t(wa_header(next(it), ios))
        doc.e(*show[k])
        doc.t(": ")
        doc.f(msg, **kw)
        doc.t("\n")

    pats = [g.person(female=True) for _ in range(3)]
    by_pr = g.chance(0.35)
    agenda = "Bom dia, equipe! Agenda de hoje:\n1) «h1» punção — «a»\n2) «h2» punção — «b»\n3) «h3» TE — " + ("pront. «pr» (1 blasto «e»)" if by_pr else "«c» (1 blasto «e»)")
    line(0, agenda, h1="07:30", h2="08:30", h3="10:00", a=P(g.pick([pats[0].full, pats[0].short])), b=P(g.pick([pats[1].full, pats[1].caps])),
         c=P(g.pick([pats[2].short, pats[2].full])), e=g.grade(), pr=g.prontuario())
    an = g.person()
    line(1, "Anestesista de hoje é «o» Dr«a». «n» («crm»), já confirmou", o=an.o, a="a" if an.female else "", n=P(g.pick([an.short, an.first])),
         crm=(g.council("CRM"), "PROFESSIONAL_ID"))
    line(2, "Lab pronto. Placas equilibradas desde ontem 👍")
    hub = g.person(female=False)
    line(3, "O marido da «p», «m», ainda não chegou pra coleta. Celular dele: «t»", p=P(pats[1].first), m=P(g.pick([hub.first, hub.full])),
         t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    line(1, "liguei, tá no trânsito na «rua»", rua=g.pick(["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "marginal", "Rosa e Silva"]))
    if g.chance(0.6):
        cour = g.person(female=False)
        line(2, "Chegou o botijão do «bk» com as palhetas do doador «dc». Motorista «n», placa «pl». Conferi lacre «la» ✅",
             bk=g.pick(BANKS_SEMEN[:3]), dc=g.donor_code(), n=P(g.pick([cour.first, cour.full])), pl=(g.plate(), "LICENSE_PLATE"), la=g.d(7))
    line(0, "Punção da «p»: «n» oócitos. Ela tá bem, na recuperação.", p=P(pats[0].first), n=g.ri(4, 18))
    ohss = g.chance(0.55)
    if ohss:
        pp = g.person(female=True)
        msg = "Gente, a «n» (punção de segunda) ligou com falta de ar e barriga muito distendida. Mandei ir pro PS do «h». Dados pro PS: CPF «cpf», "
        msg += "CNS «cns», nascida em «dob»" if g.chance(0.4) else "nascida em «dob»"
        line(3, msg, n=P(g.pick([pp.full, pp.short])), h=g.pick(["Hospital Santa Rosa", "Hospital São Bento", "Hospital Estrela", "Pronto-Socorro da Luz"]),
             cpf=(g.cpf(), "BR_CPF"), cns=(g.cns(), "BR_CNS"), dob=(g.fdob(g.pick(["br", "nopad"])), "DATE_OF_BIRTH"))
        line(1, "Avisa o plantonista que é hiperestímulo (N98.1). A irmã dela «i» vai junto, «t»", i=P(g.relative(pp, True).first),
             t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    line(2, "TE " + ("do pront. «pr»" if by_pr else "da «p»") + " feita às «h», sem intercorrências. Beta em «d» 🙏", p=P(pats[2].first), pr=g.prontuario(), h=f"10:{g.ri(5, 40):02d}", d=dbr(g.after(day, 9, 11)))
    fol = team[1] if g.chance(0.5) else team[2]
    line(0, "Obrigada, time! Amanhã só 1 punção. Luz verde pra folga d«o» «n» 😄", o=fol.o, n=P(fol.first))
    return doc


SA = [sa_hl7, sa_espermograma, sa_embriologia, sa_evolucao, sa_export_csv, sa_aconselhamento, sa_whatsapp_equipe]

# =========================================================================== financeiro


def brl(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fi_orcamento(g: Gen) -> Doc:
    """An IVF budget with the payment plan (Pix with discount, card instalments, boleto) and the signed acceptance."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    dom = dom_of(clinic)
    p = g.person(female=True)
    q = g.partner(p, same_sex=g.chance(0.15)) if g.chance(0.8) else None
    cons = g.person(female=g.chance(0.7))
    day = g.day()
    doc.f("«c» — CNPJ «cnpj»\nORÇAMENTO Nº «n» — validade 30 dias — emitido em «d»\n\n", c=clinic, cnpj=(g.any_cnpj(), "BR_CNPJ"), n=f"{day.year}-{g.d(4)}", d=dbr(day))
    fields = [("Paciente", P(g.pick([p.full, p.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(p), "EMAIL_ADDRESS")),
              ("Celular", (g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))]
    if q:
        fields += [("Parceir" + q.o, P(q.full)), ("CPF ", (g.cpf(), "BR_CPF"))]
    if g.chance(0.7):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields.append(("Médic" + (dr := g.person()).o, P(dr.short)))
    kv_block(g, doc, fields, g.pick(["lines", "dots", "box"]))
    items = [("Pacote FIV/ICSI (monitorização, punção, ICSI, cultivo até D5, 1 transferência)", g.ri(14000, 26000)),
             ("Sedação — anestesista", g.ri(900, 2200)), ("Vitrificação de embriões + 1ª anuidade", g.ri(1500, 3500))]
    if g.chance(0.5):
        items.append((f"PGT-A por embrião (estimado {g.ri(2, 5)})", g.ri(2000, 3500) * g.ri(2, 5)))
    if q is None or q.female:
        items.append((f"Sêmen de doador (2 palhetas, {g.pick(BANKS_SEMEN[:3])})", g.ri(3500, 9000)))
    if q is not None and q.female and g.chance(0.6):
        items.append(("ROPA — gestação compartilhada (FIV na parceira, TE na paciente)", g.ri(2500, 6000)))
    doc.t("\n")
    rows = [[V(desc), V(brl(v))] for desc, v in items]
    total = sum(v for _, v in items)
    rows.append([V("TOTAL"), V(brl(total))])
    table_ruled(doc, ["Item", "Valor (R$)"], rows, g.pick(["plus", "plain", "psql"]))
    doc.f("\nMedicações do estímulo NÃO incluídas (estimativa R$ «m», farmácia de manipulação e importadoras parceiras).\n\n"
          "FORMAS DE PAGAMENTO\n  a) Pix à vista com 5% de desconto: R$ «pv» — chave aleatória «k»\n  b) Cartão de crédito em até «x»x sem juros de R$ «px»\n"
          "  c) Boleto: entrada de 30% + 3 parcelas\n  d) Financiamento pela «fin» (sujeito a análise)\n\n",
          m=g.money(4000, 15000), pv=brl(total * 0.95), k=(g.uuid(), "PIX_KEY"), x=(x := g.pick([6, 10, 12])), px=brl(total / x), fin=g.pick(FINTECHS))
    doc.f("Consultora financeira: «n» — «e» — «t»\n\nDE ACORDO. Forma escolhida: «f».\n", n=P(g.pick([cons.full, cons.short])),
          e=(corp_mail(cons, dom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain", "plus"])), "PHONE_NUMBER"), f=g.pick(["a", "b", "c", "d"]))
    sign_line(doc, g.pick([p.full, p.caps]), "Paciente — " + dbr(g.after(day, 0, 20)))
    return doc


def fi_financiamento(g: Gen) -> Doc:
    """An egg-freezing financing application (a fintech's API JSON), the credit analyst's note and the instalment schedule."""
    doc = Doc()
    fin = g.pick(FINTECHS)
    clinic = g.pick(CLINICS)
    p = g.person(female=True)
    an = g.person()
    day = g.day()
    value = g.ri(12000, 32000)
    n = g.pick([12, 18, 24, 36])
    city, uf = g.city()
    doc.f("POST /v1/propostas  201  («ms» ms)\nx-correlation-id: «cid»\n\n", ms=g.ri(200, 2500), cid=g.uuid())
    obj = {"proposta": f"PRP-{g.d(8)}", "produto": g.pick(["congelamento_ovulos", "fiv_pacote", "ovodoacao"]),
           "solicitante": {"nome": P(p.full), "cpf": (g.cpf("raw"), "BR_CPF"), "data_nascimento": (g.fdob("iso"), "DATE_OF_BIRTH"),
                           "email": (g.email(p), "EMAIL_ADDRESS"), "celular": (g.phone("e164"), "PHONE_NUMBER"),
                           "endereco": {"logradouro": (g.address(), "ADDRESS"), "cep": (g.cep(False), "BR_CEP"), "cidade": city, "uf": uf},
                           "renda_mensal": g.ri(4000, 35000), "ocupacao": g.pick(PROFS_F),
                           "empregador_cnpj": (g.cnpj("raw", g.chance(0.3)), "BR_CNPJ") if g.chance(0.7) else None},
           "operacao": {"valor_solicitado": value, "parcelas": n, "taxa_mensal": f"{g.ri(129, 349) / 100:.2f}", "cet_anual": f"{g.ri(18, 52)}.{g.d(1)}%",
                        "favorecido": {"nome": clinic, "cnpj": (g.any_cnpj(), "BR_CNPJ")}},
           "kyc": {"documento": g.pick(["CNH", "RG"]), "numero": None, "selfie_score": round(g.ri(70, 99) / 100, 2),
                   "ip": (g.ip(), "IP_ADDRESS"), "device": g.pick(["iPhone15,3", "SM-S918B", "moto g84"])}}
    if obj["kyc"]["documento"] == "CNH":
        obj["kyc"]["numero"] = (g.cnh(), "BR_CNH")
    else:
        obj["kyc"]["numero"] = (g.rg("raw"), "BR_RG")
    jval(doc, obj, 0)
    ok = g.chance(0.7)
    doc.f("\n\nParecer de crédito («n», «d»): «r»\n", n=P(an.full), d=dbr(g.after(day, 0, 3)),
          r=("APROVADO. Score interno " + str(g.ri(600, 950)) + "; comprometimento de renda " + str(g.ri(8, 29)) + "%. Desembolso direto à clínica após o aceite da CCB.")
          if ok else "PENDENTE — renda não comprovada; solicitar extratos dos últimos 3 meses ou inclusão de avalista.")
    if not ok and g.chance(0.6):
        av = g.relative(p)
        doc.f("Avalista indicada pela cliente: «n», CPF «c», tel. «t».\n", n=P(av.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if ok:
        doc.t("\nCronograma (primeiras parcelas):\n")
        pmt = value * 1.025 ** n * 0.025 / (1.025 ** n - 1)
        rows = []
        d0 = g.after(day, 25, 35)
        for k in range(1, 5):
            dd = d0 + datetime.timedelta(days=30 * (k - 1))
            rows.append([V(f"{k}/{n}"), V(dbr(dd)), V(brl(pmt)), V(g.pick(["boleto", "débito em conta", "Pix automático"]))])
        table_md(doc, ["Parcela", "Vencimento", "Valor (R$)", "Forma"], rows)
        if g.chance(0.5):
            bk = g.bank()
            doc.f("\nDébito autorizado: «b», ag. «ag», conta «cc».\n", b=bk[1], ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    return doc


def fi_reembolso(g: Gen) -> Doc:
    """A health plan reimbursement claim for fertility investigation (consultations, exams, surgery) and the analyst's partial denial."""
    doc = Doc()
    plan = g.pick(PLANS)
    h = g.person(female=g.chance(0.5))
    dep = g.partner(h)
    pat = h if h.female else dep
    an = g.person()
    day = g.day()
    city, uf = g.city()
    doc.f("«pl» — Registro ANS nº «ans»\nSOLICITAÇÃO DE REEMBOLSO Nº «n»\n\n", pl=fold(plan).upper(), ans=g.d(6), n=f"{g.ri(2024, 2026)}{g.d(9)}")
    fields = [("Titular", P(g.pick([h.full, h.caps]))), ("CPF do titular", (g.cpf(), "BR_CPF")), ("Carteirinha", V(g.carteira())),
              ("Beneficiária do atendimento", P(pat.full if pat is not h else "a própria titular") if pat is not h else V("a própria titular")),
              ("Nascimento da beneficiária", (g.fdob(), "DATE_OF_BIRTH")), ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(h), "EMAIL_ADDRESS")),
              ("Endereço", (g.address(g.pick(["text", "caps"])), "ADDRESS")), ("CEP", (g.cep(g.chance(0.7)), "BR_CEP"))]
    bk = g.bank()
    fields += [("Banco", V(f"{bk[0]} — {bk[1]}")), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta corrente", (g.account(), "BANK_ACCOUNT"))]
    kv_block(g, doc, fields, g.pick(["box", "dots", "lines"]))
    doc.t("\nDOCUMENTOS APRESENTADOS\n")
    rows = []
    covered = []
    labs = ["Laboratório Amado Genética", "Lab Vitória Citogenética", "Laboratório Bento & Filhos Análises Clínicas", "Imagem Prudente Diagnósticos"]
    for desc, ok, lo_, hi_, pf in g.sample([("Consulta em reprodução humana", True, 450, 1200, True), ("Ultrassonografia transvaginal seriada", True, 300, 1500, True),
                                            ("Histerossalpingografia", True, 400, 1200, False), ("Dosagem de AMH", True, 120, 400, False),
                                            ("Videolaparoscopia — endometriose (N80.3)", True, 6000, 18000, True),
                                            ("Espermograma do cônjuge", True, 90, 350, False), ("Fertilização in vitro — pacote", False, 15000, 30000, False),
                                            ("Medicações de estímulo ovariano", False, 3000, 12000, False), ("Criopreservação de embriões", False, 1500, 3500, False),
                                            ("Inseminação intrauterina", False, 2500, 6000, False)], g.ri(3, 5)):
        doc_pf = pf and g.chance(0.6)
        prov = g.person()
        if doc_pf:
            who = (P(prov.full), (g.cpf(), "BR_CPF"))
        else:
            who = (V(g.pick(CLINICS if lo_ > 1000 or "Ultra" in desc else labs)), (g.any_cnpj(), "BR_CNPJ"))
        rows.append([V(desc), who[0], who[1], V(g.money(lo_, hi_)), V("pago" if ok else "glosado")])
        covered.append(ok)
    table_ruled(doc, ["Procedimento", "Prestador", "CPF/CNPJ", "Valor (R$)", "Status"], rows, g.pick(["plus", "psql"]))
    doc.f("\nPARECER («n», analista de reembolso, «d»): ", n=P(an.full), d=dbr(g.after(day, 5, 25)))
    if all(covered):
        doc.t("reembolso integral nos limites da tabela do plano. Crédito em até 30 dias na conta informada.\n")
    else:
        doc.t("itens glosados por exclusão legal de cobertura de inseminação artificial e técnicas de reprodução assistida (Lei 9.656/1998, art. 10, III; "
              "RN ANS nº 465/2021; Tema 1.067 do STJ). Demais itens reembolsados.\n")
    if g.chance(0.5):
        doc.f("Recurso da beneficiária anexado em «d»: relatório da Dra. «m» («crm») indicando endometriose profunda (CID N80.3). NIP nº «nip».\n",
              d=dbr(g.after(day, 25, 40)), m=P(g.person(female=True).short), crm=(g.council("CRM", uf), "PROFESSIONAL_ID"), nip=f"{g.d(7)}.{g.ri(2024, 2026)}")
    return doc


def fi_nfse(g: Gen) -> Doc:
    """A municipal service invoice (NFS-e) from an IVF clinic to a patient, and the e-mail asking for a second one in the spouse's name for the tax return."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    dom = dom_of(clinic)
    city, uf = g.city()
    p = g.person(female=True)
    q = g.partner(p)
    day = g.day()
    v = g.ri(3000, 32000)
    doc.f("PREFEITURA MUNICIPAL DE «c»\nNOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e\nNúmero: «n»   Emissão: «d»   Código de verificação: «cv»\n\n",
          c=fold(city).upper(), n=g.d(8), d=ts(g.moments(1, day, 1, (8, 19))[0], "brs"), cv=g.up(4) + "-" + g.up(4))
    doc.f("PRESTADOR\n«cl»\nCNPJ: «cnpj»   Inscrição Municipal: «im»\n«sede» — «c»/«uf»\n\n", cl=clinic, cnpj=(g.any_cnpj(), "BR_CNPJ"), im=g.d(8), sede=g.company_address(),
          c=city, uf=uf)
    doc.f("TOMADOR\nNome: «n»\nCPF: «cpf»\nEndereço: «ad» — «b» — CEP «cep»\nE-mail: «e»\n\n", n=P(g.pick([p.caps, p.full])), cpf=(g.cpf(), "BR_CPF"),
          ad=(g.address(g.pick(["text", "caps"])), "ADDRESS"), b=g.pick(BAIRROS), cep=(g.cep(), "BR_CEP"), e=(g.email(p), "EMAIL_ADDRESS"))
    doc.f("DISCRIMINAÇÃO DOS SERVIÇOS\n«d»\nCiclo «cy». Parcela «k» de «x».\n\nItem LC 116/2003: 4.03   Alíquota ISS: «al»%   Valor dos serviços: R$ «v»   "
          "ISS: R$ «iss»\n\n",
          d=g.pick(["Serviços médicos de reprodução assistida (FIV/ICSI) — procedimento e laboratório", "Criopreservação e custódia anual de embriões",
                    "Consultas e ultrassonografias seriadas — monitorização de ciclo", "Congelamento de óvulos — preservação da fertilidade"]),
          cy=g.cycle_id(), k=(k := g.ri(1, 6)), x=g.ri(k, 10), al=g.pick(["2", "3", "5"]), v=brl(v), iss=brl(v * 0.03))
    t1 = g.moments(1, g.after(day, 2, 60), 1, (8, 23))[0]
    doc.f("-----\nDe: «n» <«e»>\nPara: financeiro@«dom»\nData: «d»\nAssunto: NF no nome do meu «r» (IR)\n\n"
          "Olá! Para a declaração do imposto de renda, preciso que as notas saiam no nome do meu «r», que é o titular das despesas médicas: «q», CPF «cpf». "
          "Pode cancelar e reemitir? Obrigada!\n«s»\n\n",
          n=P(p.full), e=(g.email(p), "EMAIL_ADDRESS"), dom=dom, d=ts(t1, "br"), r="marido" if not q.female else "esposa",
          q=P(q.full), cpf=(g.cpf(), "BR_CPF"), s=P(g.pick([p.first, p.nick])))
    fa = g.person()
    doc.f("-----\nDe: «n» <«e»>\n\nOlá, «p». A NFS-e só pode ser emitida para quem recebeu o serviço ou pagou por ele. Como o pagamento saiu do cartão d«o» «r» "
          "(final «f»), reemitimos no nome «dl». A Receita aceita a dedução de despesas com reprodução assistida (art. 8º, II, a, da Lei 9.250/1995).\n",
          n=P(fa.full), e=(corp_mail(fa, dom, g), "EMAIL_ADDRESS"), p=P(p.first), o="a" if q.female else "o", dl="dela" if q.female else "dele",
          r="sua esposa" if q.female else "seu marido",
          f=g.d(4))
    return doc


def fi_cobranca_custodia(g: Gen) -> Doc:
    """A collection queue of overdue embryo-custody fees (semicolon CSV) and the negotiators' contact log."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    neg = [g.person() for _ in range(2)]
    logins = [login(n, g) for n in neg]
    day = g.day()
    doc.f("# fila_cobranca_criopreservacao.csv — «c» — posição de «d»\n", c=clinic, d=dbr(day))
    cols = ["contrato", "titular", "cpf", "cotitular", "telefone", "telefone2", "email", "anos_em_aberto", "valor_atualizado", "embrioes", "status"]
    doc.t(";".join(cols) + "\n")
    people = []
    for _ in range(g.ri(4, 6)):
        p = g.person(female=g.chance(0.7))
        q = g.partner(p) if g.chance(0.35) else None
        people.append((p, q))
        row = [V(f"CUST-{g.d(5)}"), P(g.pick([p.caps, p.full])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), P(q.caps) if q else V(""),
               (g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"),
               (g.phone(g.pick(["raw", "par"]), mobile=g.chance(0.5)), "PHONE_NUMBER") if g.chance(0.55) else V(""),
               (g.email(p), "EMAIL_ADDRESS") if g.chance(0.7) else V(""),
               V(str(g.ri(1, 6))), V(g.money(900, 12000)), V(str(g.ri(1, 7))), V(g.pick(["novo", "em negociação", "sem contato", "acordo", "notificar cartório"]))]
        table_csv(doc, None, [row], ";")
    doc.t("\nHISTÓRICO DE CONTATOS\n")
    for t in g.moments(g.ri(3, 4), g.after(day, 1, 3), 5, (8, 20)):
        p, q = g.pick(people)
        k = g.ri(0, 1)
        n = neg[k]
        doc.f("«t» [«lg»] ", t=ts(t, "br"), lg=logins[k])
        r = g.rng.random()
        if r < 0.3:
            doc.f("«n» falou com «p»: acordo de R$ «v» em 3x via Pix na chave aleatória «k»; 1ª parcela em «d».\n", n=P(n.first), p=P(g.pick([p.first, p.full])),
                  v=g.money(900, 5000), k=(g.uuid(), "PIX_KEY"), d=dbr(g.after(t.date(), 1, 10)))
        elif r < 0.55:
            ex = q or g.partner(p)
            doc.f("«p» disse que se divorciou e que o responsável agora é «x» («tel»). Não aceita pagar sozinh«o»; quer doar os embriões.\n",
                  p=P(g.pick([p.first, p.short])), x=P(g.pick([ex.full, ex.first])), tel=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=p.o)
        elif r < 0.8:
            doc.f("E-mail de cobrança aberto às «h» (IP «ip»). Enviada 2ª via: boleto «bl».\n", h=ts(t + datetime.timedelta(hours=2), "hm"),
                  ip=(g.ip(), "IP_ADDRESS"), bl=" ".join([g.d(5) + "." + g.d(5), g.d(5) + "." + g.d(6), g.d(5) + "." + g.d(6), g.d(1), g.neg(14)]))
        else:
            doc.f("Telefone de «p» não existe. Endereço novo achado em cadastro do plano: «ad», CEP «cep». Encaminhar notificação extrajudicial.\n",
                  p=P(g.pick([p.full, p.caps])), ad=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
    doc.f("\nSupervisão: «s». Lembrete: não mencionar o tratamento a terceiros que atenderem o telefone (dado sensível — LGPD art. 11).\n",
          s=P(g.person().full))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A chargeback dossier: the acquirer's notice, the clinic's defence with the signed consent, and a gateway debug log that leaked full card numbers."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    dom = dom_of(clinic)
    p = g.person(female=True)
    q = g.partner(p)
    day = g.day()
    acq = g.pick(["Cielo", "Rede", "Stone", "Getnet", "PagSeguro"])
    doc.f("«a» — AVISO DE CONTESTAÇÃO (CHARGEBACK)\nEstabelecimento: «c» — EC «ec»\nCNPJ: «cnpj»\n\n", a=acq.upper(), c=clinic, ec=g.d(10),
          cnpj=(g.any_cnpj(), "BR_CNPJ"))
    rows = []
    for _ in range(g.ri(1, 3)):
        rows.append([V(dbr(g.after(day, -150, -20))), V(g.masked_card()), V(g.d(6)), V(g.d(9)), V(g.pick(["4853", "4837", "13.1", "10.4"])),
                     V(g.money(1500, 12000)), V(f"{g.pick([6, 10, 12])}x")])
    table_ruled(doc, ["Venda", "Cartão", "Autorização", "NSU", "Motivo", "Valor (R$)", "Parcelas"], rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nPrazo para defesa: «d».\n\n", d=dbr(g.after(day, 5, 10)))
    fa = g.person()
    p_cpf, p_mail = g.cpf(), g.email(p)
    known = {id(p): (p_cpf, p_mail)}
    doc.f("DEFESA DO ESTABELECIMENTO\nA portadora «n» (CPF «cpf») contratou o pacote de FIV em «d», assinando eletronicamente o contrato e o termo de consentimento "
          "(IP «ip», e-mail «e»). A punção foi realizada em «dp» com «o» oócitos e os embriões seguem criopreservados. O resultado negativo do beta-hCG não "
          "caracteriza serviço não prestado. O cônjuge, «q», acompanhou todos os procedimentos.\n\nResponsável: «f» — «fe»\n\n",
          n=P(g.pick([p.full, p.caps])), cpf=(p_cpf, "BR_CPF"), d=dbr(g.after(day, -200, -60)), ip=(g.ip(), "IP_ADDRESS"), e=(p_mail, "EMAIL_ADDRESS"),
          dp=dbr(g.after(day, -60, -30)), o=g.ri(3, 15), q=P(q.full), f=P(fa.full), fe=(corp_mail(fa, dom, g), "EMAIL_ADDRESS"))
    if g.chance(0.85):
        doc.t("ANEXO — trecho do log do gateway (ambiente de produção, nível DEBUG ativado por engano):\n")
        for t in g.moments(g.ri(2, 4), g.after(day, -150, -20), 1, (8, 22)):
            pp = g.pick([p, q, g.person()])
            if id(pp) not in known:
                known[id(pp)] = (g.cpf(), g.email(pp))
            cpf_pp, mail_pp = known[id(pp)]
            card = g.card(False)
            payload = {"ts": ts(t, "iso"), "level": "DEBUG", "order": f"ORD-{g.d(7)}",
                       "customer": {"name": P(pp.full), "document": (re.sub(r"\D", "", cpf_pp), "BR_CPF"), "email": (mail_pp, "EMAIL_ADDRESS"),
                                    "ip": (g.ip(), "IP_ADDRESS")},
                       "card": {"number": (card, "CREDIT_CARD"), "holder": P(fold(pp.first + " " + pp.last).upper()), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 32)}",
                                "installments": g.pick([1, 6, 10, 12])},
                       "amount": int(g.ri(1500, 12000) * 100)}
            jval(doc, payload, None)
            doc.t("\n")
        doc.f("\nIncidente «i» aberto: DEBUG desativado, logs expurgados, adquirente e titulares notificados (Lei 13.709/2018, art. 48). DPO: «d».\n",
              i=f"SEC-{g.d(5)}", d=P(g.person().full))
    return doc


def fi_repasse(g: Gen) -> Doc:
    """A fixed-width statement of professional fee splits (repasse / RPA) of an IVF clinic, with the finance notes."""
    doc = Doc()
    clinic = g.pick(CLINICS)
    day = g.day()
    doc.f("«c»\nDEMONSTRATIVO DE REPASSE DE HONORÁRIOS — COMPETÊNCIA «m»\nEmitido em «d» por «lg»\n\n", c=fold(clinic).upper(), m=f"{day.month:02d}/{day.year}",
          d=dbr(g.after(day, 28, 35)), lg=login(g.person(), g))
    widths = [26, 18, 14, 14, 4, 6, 11, 10]
    heads = ["PROFISSIONAL", "CONSELHO", "CPF", "NIT", "BCO", "AG", "CONTA", "LIQUIDO"]
    doc.t(" ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n" + " ".join("=" * w for w in widths) + "\n")
    pros = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        pros.append(p)
        kind = g.pick(["CRM", "CRM", "CRM", "CRBio", "CRBM", "COREN"])
        doc.cell(cut(g.pick([p.capsf, p.inverted]), widths[0]), widths[0], "PERSON")
        doc.t(" ")
        cr = g.council(kind)
        if len(cr) > widths[1]:
            cr = {"CRBio": f"CRBio {g.d(5)}/{g.ri(1, 8):02d}", "CRBM": f"CRBM-{g.ri(1, 6)} {g.d(5)}", "COREN": f"COREN-{g.pick(UFS)} {g.d(6)}"}.get(kind, f"CRM-{g.pick(UFS)} {g.d(6)}")
        doc.cell(cr, widths[1], "PROFESSIONAL_ID")
        doc.t(" ")
        doc.cell(g.cpf(), widths[2], "BR_CPF")
        doc.t(" ")
        if g.chance(0.7):
            doc.cell(g.pis("dot"), widths[3], "BR_PIS")
        else:
            doc.cell("(PJ)", widths[3])
        doc.t(" ")
        doc.cell(g.bank()[0], widths[4])
        doc.t(" ")
        doc.cell(g.agency(False), widths[5], "BANK_ACCOUNT")
        doc.t(" ")
        doc.cell(g.account(), widths[6], "BANK_ACCOUNT")
        doc.t(" ")
        doc.t(brl(g.ri(2000, 48000) + g.ri(0, 99) / 100).rjust(widths[7]) + "\n")
    doc.t("\nNOTAS\n")
    a = g.pick(pros)
    doc.f("1. «n» pediu por e-mail («e») a troca da conta para ag. «ag», c/c «cc»; confirmado por ligação ao «t» (call-back).\n",
          n=P(g.pick([a.full, a.short])), e=(g.email(a), "EMAIL_ADDRESS"), ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    b = g.pick(pros)
    doc.f("2. Anestesia: repasse de «n» passa a ser feito à «pj», CNPJ «cnpj», a partir de «d».\n", n=P(b.short),
          pj=fold(b.last).upper() + g.pick([" ANESTESIOLOGIA LTDA", " SERVIÇOS MÉDICOS S/S", " & ASSOCIADOS"]), cnpj=(g.any_cnpj(), "BR_CNPJ"),
          d=dbr(g.after(day, 30, 60)))
    pat = g.person(female=True)
    hub = g.partner(pat)
    doc.f("3. Estorno de ciclo cancelado (baixa resposta, 1 folículo) da paciente «p»: R$ «v» devolvidos para a conta do cônjuge «h», «bk» ag. «ag» conta «cc», "
          "conforme termo de distrato.\n", p=P(g.pick([pat.full, pat.caps])), v=g.money(3000, 15000), h=P(hub.full), bk=g.bank()[1],
          ag=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    doc.f("4. INSS retido (11%) e IRRF conforme tabela; RPA assinados digitalmente. Contador responsável: «n», «crc».\n", n=P(g.person().full),
          crc=(f"CRC-{g.pick(UFS)} {g.d(6)}/O-{g.d(1)}", "PROFESSIONAL_ID"))
    return doc


FI = [fi_orcamento, fi_financiamento, fi_reembolso, fi_nfse, fi_cobranca_custodia, fi_chargeback, fi_repasse]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
ROLE_MAILBOXES = ("sac", "dpo", "juridico", "ouvidoria", "financeiro", "privacidade", "atendimento", "logistica", "cobranca", "contato")


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|enf)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert v.split("@")[0] not in ROLE_MAILBOXES, (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert re.fullmatch(r"[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2}", v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"(?i)janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRBM|CRBio|CRF|CRC)\b", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    # hard negatives: a CPF-shaped run outside the gold spans fails the CPF check
    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    # an IPv4 address outside the gold spans is private; an IPv6 outside the spans is a prefix
    for m in re.finditer(r"(?<![\w:/])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    # 15-digit ids outside the spans are never valid CNS; 16-digit runs outside the spans never pass Luhn
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    # every UUID outside the spans is not a Pix key by construction (envelopes, correlation ids); none sits next to "chave"
    for m in re.finditer(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text):
        if free(m):
            assert "chave" not in text[max(0, m.start() - 30):m.start()].lower(), (rid, m.group(0))


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
    print("ninetyninth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
